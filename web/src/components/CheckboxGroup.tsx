// A group of checkboxes in a fieldset with a legend (NL Design System / Utrecht markup), in the
// manner of RadioGroup in FormField.tsx: description and error linked with aria-describedby,
// the error announced (role="alert"), the fieldset marked aria-invalid.
import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';

export function CheckboxGroup<V extends string>({ legend, name, values, options, onValues, error, required, description, className }: {
  legend: ReactNode;
  name: string;
  values: readonly V[];
  options: { value: V; label: string }[];
  onValues: (values: V[]) => void;
  error?: string;
  required?: boolean;
  description?: ReactNode;
  className?: string;
}) {
  const t = useT();
  const id = useId();
  const errId = `${id}-error`;
  const descId = `${id}-description`;
  const describedBy = [description !== undefined && descId, !!error && errId].filter(Boolean).join(' ') || undefined;
  const toggle = (value: V, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order, whatever the order of clicking.
    onValues(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-field${error ? ' utrecht-form-fieldset--invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      aria-required={required || undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
        {legend}
        {!required && <span className="kv-optional"> {t('common.optional')}</span>}
      </legend>
      {description && <div className="utrecht-form-field__description utrecht-form-field-description" id={descId}>{description}</div>}
      {error && <div className="utrecht-form-field__error-message utrecht-form-field-error-message kv-field-error" id={errId} role="alert">{error}</div>}
      <div className="kv-checkbox-options">
        {options.map((o) => {
          const optionId = `${id}-${o.value}`;
          return (
            <div className="utrecht-form-field utrecht-form-field--checkbox" key={o.value}>
              <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={optionId}>{o.label}</label>
              </div>
              <div className="utrecht-form-field__input">
                <input
                  type="checkbox"
                  id={optionId}
                  name={name}
                  value={o.value}
                  checked={values.includes(o.value)}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                />
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
