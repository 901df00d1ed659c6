// Form fields in NL Design System (Utrecht) markup. Every control has a <label>; the description
// and the error message are linked with aria-describedby, and the error is announced (role="alert").
import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useT } from '../i18n/index.tsx';

interface FieldProps {
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  /** Marks the label "(niet verplicht)" when false; required fields also get aria-required. */
  required?: boolean;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function LabelText({ label, required }: { label: ReactNode; required?: boolean }) {
  const t = useT();
  return (
    <>
      {label}
      {!required && <span className="kv-optional"> {t('common.optional')}</span>}
    </>
  );
}

function Description({ id, children }: { id: string; children: ReactNode }) {
  return <div className="utrecht-form-field__description utrecht-form-field-description" id={id}>{children}</div>;
}

function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="utrecht-form-field__error-message utrecht-form-field-error-message kv-field-error" id={id} role="alert">
      {children}
    </div>
  );
}

export type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'required'> & {
  onValue?: (value: string) => void;
};

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, description, error, required, id, onValue, onChange, className, type = 'text', ...rest },
  ref,
) {
  const generated = useId();
  const inputId = id ?? generated;
  const descId = `${inputId}-description`;
  const errId = `${inputId}-error`;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text kv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={inputId}><LabelText label={label} required={required} /></label>
      </div>
      {description && <Description id={descId}>{description}</Description>}
      {error && <ErrorMessage id={errId}>{error}</ErrorMessage>}
      <div className="utrecht-form-field__input">
        <input
          {...rest}
          ref={ref}
          id={inputId}
          type={type}
          required={required}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(description !== undefined && descId, !!error && errId)}
          className={['utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', className].filter(Boolean).join(' ')}
          onChange={(e) => {
            onChange?.(e);
            onValue?.(e.target.value);
          }}
        />
      </div>
    </div>
  );
});

export type TextAreaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'required'> & {
  onValue?: (value: string) => void;
};

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { label, description, error, required, id, onValue, onChange, className, rows = 4, ...rest },
  ref,
) {
  const generated = useId();
  const inputId = id ?? generated;
  const descId = `${inputId}-description`;
  const errId = `${inputId}-error`;
  return (
    <div className={`utrecht-form-field utrecht-form-field--textarea kv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={inputId}><LabelText label={label} required={required} /></label>
      </div>
      {description && <Description id={descId}>{description}</Description>}
      {error && <ErrorMessage id={errId}>{error}</ErrorMessage>}
      <div className="utrecht-form-field__input">
        <textarea
          {...rest}
          ref={ref}
          id={inputId}
          rows={rows}
          // No native `required`: Utrecht styles an empty required textarea as :invalid before any
          // input. Forms validate themselves (noValidate); aria-required tells assistive technology.
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(description !== undefined && descId, !!error && errId)}
          className={['utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid', className].filter(Boolean).join(' ')}
          onChange={(e) => {
            onChange?.(e);
            onValue?.(e.target.value);
          }}
        />
      </div>
    </div>
  );
});

export type SelectFieldProps = FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'required'> & {
  options: { value: string; label: string }[];
  /** Text of an empty first option ("Kies …"); omitted when not given. */
  placeholder?: string;
  onValue?: (value: string) => void;
};

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, description, error, required, id, options, placeholder, onValue, onChange, ...rest },
  ref,
) {
  const generated = useId();
  const selectId = id ?? generated;
  const descId = `${selectId}-description`;
  const errId = `${selectId}-error`;
  return (
    <div className={`utrecht-form-field utrecht-form-field--select kv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={selectId}><LabelText label={label} required={required} /></label>
      </div>
      {description && <Description id={descId}>{description}</Description>}
      {error && <ErrorMessage id={errId}>{error}</ErrorMessage>}
      <div className="utrecht-form-field__input">
        <select
          {...rest}
          ref={ref}
          id={selectId}
          required={required}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(description !== undefined && descId, !!error && errId)}
          className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
          onChange={(e) => {
            onChange?.(e);
            onValue?.(e.target.value);
          }}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
    </div>
  );
});

export type CheckboxFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'required' | 'type'> & {
  onChecked?: (checked: boolean) => void;
};

export const CheckboxField = forwardRef<HTMLInputElement, CheckboxFieldProps>(function CheckboxField(
  { label, description, error, required, id, onChecked, onChange, ...rest },
  ref,
) {
  const generated = useId();
  const inputId = id ?? generated;
  const descId = `${inputId}-description`;
  const errId = `${inputId}-error`;
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox kv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={inputId}>{label}</label>
      </div>
      {description && <Description id={descId}>{description}</Description>}
      {error && <ErrorMessage id={errId}>{error}</ErrorMessage>}
      <div className="utrecht-form-field__input">
        <input
          {...rest}
          ref={ref}
          id={inputId}
          type="checkbox"
          required={required}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(description !== undefined && descId, !!error && errId)}
          className={`utrecht-checkbox utrecht-checkbox--html-input${error ? ' utrecht-checkbox--invalid' : ''}`}
          onChange={(e) => {
            onChange?.(e);
            onChecked?.(e.target.checked);
          }}
        />
      </div>
    </div>
  );
});

/** A group of radio buttons in a fieldset with a legend. */
export function RadioGroup({ legend, name, value, options, onValue, error, required, description, className, children }: Omit<FieldProps, 'label'> & {
  legend: ReactNode;
  /** Shown inside the fieldset after the options (e.g. follow-up fields for the chosen option). */
  children?: ReactNode;
  name: string;
  value: string;
  options: { value: string; label: string }[];
  onValue: (value: string) => void;
  className?: string;
}) {
  const id = useId();
  const errId = `${id}-error`;
  const descId = `${id}-description`;
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-field${error ? ' utrecht-form-fieldset--invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy(description !== undefined && descId, !!error && errId)}
      aria-invalid={error ? true : undefined}
      aria-required={required || undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
        <LabelText label={legend} required={required} />
      </legend>
      {description && <Description id={descId}>{description}</Description>}
      {error && <ErrorMessage id={errId}>{error}</ErrorMessage>}
      <div className="kv-radio-options">
        {options.map((o) => {
          const optionId = `${id}-${o.value}`;
          return (
            <div className="utrecht-form-field utrecht-form-field--radio" key={o.value}>
              <div className="utrecht-form-field__label utrecht-form-field__label--radio">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>{o.label}</label>
              </div>
              <div className="utrecht-form-field__input">
                <input
                  type="radio"
                  id={optionId}
                  name={name}
                  value={o.value}
                  checked={value === o.value}
                  required={required}
                  onChange={() => onValue(o.value)}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                />
              </div>
            </div>
          );
        })}
      </div>
      {children}
    </fieldset>
  );
}
