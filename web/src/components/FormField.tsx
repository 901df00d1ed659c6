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

/** The ids of a control (given or generated) and the aria attributes that tie it to its description and error. */
function useFieldIds(id: string | undefined, { description, error, required }: Omit<FieldProps, 'label'>) {
  const generated = useId();
  const inputId = id ?? generated;
  const descId = `${inputId}-description`;
  const errId = `${inputId}-error`;
  const aria = {
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(description !== undefined && descId, !!error && errId),
  };
  return { inputId, descId, errId, aria };
}

/** Description and error message, shared by single fields and fieldsets. */
function Messages({ descId, errId, description, error }: { descId: string; errId: string; description?: ReactNode; error?: string }) {
  return (
    <>
      {description && <div className="utrecht-form-field__description utrecht-form-field-description" id={descId}>{description}</div>}
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message kv-field-error" id={errId} role="alert">
          {error}
        </div>
      )}
    </>
  );
}

/** The shell around one control: label, description, error and the control itself. */
function FieldShell({ kind, ids, label, description, error, children }: {
  kind: 'text' | 'textarea' | 'select' | 'checkbox';
  ids: { inputId: string; descId: string; errId: string };
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const checkbox = kind === 'checkbox' ? ' utrecht-form-field__label--checkbox' : '';
  return (
    <div className={`utrecht-form-field utrecht-form-field--${kind} kv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className={`utrecht-form-field__label${checkbox}`}>
        <label className={`utrecht-form-label${kind === 'checkbox' ? ' utrecht-form-label--checkbox' : ''}`} htmlFor={ids.inputId}>{label}</label>
      </div>
      <Messages descId={ids.descId} errId={ids.errId} description={description} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
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
  const ids = useFieldIds(id, { description, error, required });
  return (
    <FieldShell kind="text" ids={ids} label={<LabelText label={label} required={required} />} description={description} error={error}>
      <input
        {...rest}
        ref={ref}
        id={ids.inputId}
        type={type}
        required={required}
        {...ids.aria}
        className={['utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', className].filter(Boolean).join(' ')}
        onChange={(e) => {
          onChange?.(e);
          onValue?.(e.target.value);
        }}
      />
    </FieldShell>
  );
});

export type TextAreaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'required'> & {
  onValue?: (value: string) => void;
};

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { label, description, error, required, id, onValue, onChange, className, rows = 4, ...rest },
  ref,
) {
  const ids = useFieldIds(id, { description, error, required });
  return (
    <FieldShell kind="textarea" ids={ids} label={<LabelText label={label} required={required} />} description={description} error={error}>
      <textarea
        {...rest}
        ref={ref}
        id={ids.inputId}
        rows={rows}
        // No native `required`: Utrecht styles an empty required textarea as :invalid before any
        // input. Forms validate themselves (noValidate); aria-required tells assistive technology.
        {...ids.aria}
        className={['utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid', className].filter(Boolean).join(' ')}
        onChange={(e) => {
          onChange?.(e);
          onValue?.(e.target.value);
        }}
      />
    </FieldShell>
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
  const ids = useFieldIds(id, { description, error, required });
  return (
    <FieldShell kind="select" ids={ids} label={<LabelText label={label} required={required} />} description={description} error={error}>
      <select
        {...rest}
        ref={ref}
        id={ids.inputId}
        required={required}
        {...ids.aria}
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        onChange={(e) => {
          onChange?.(e);
          onValue?.(e.target.value);
        }}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </FieldShell>
  );
});

export type CheckboxFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'required' | 'type'> & {
  onChecked?: (checked: boolean) => void;
};

export const CheckboxField = forwardRef<HTMLInputElement, CheckboxFieldProps>(function CheckboxField(
  { label, description, error, required, id, onChecked, onChange, ...rest },
  ref,
) {
  const ids = useFieldIds(id, { description, error, required });
  return (
    // The label is the statement itself, so no "(niet verplicht)".
    <FieldShell kind="checkbox" ids={ids} label={label} description={description} error={error}>
      <input
        {...rest}
        ref={ref}
        id={ids.inputId}
        type="checkbox"
        required={required}
        {...ids.aria}
        className={`utrecht-checkbox utrecht-checkbox--html-input${error ? ' utrecht-checkbox--invalid' : ''}`}
        onChange={(e) => {
          onChange?.(e);
          onChecked?.(e.target.checked);
        }}
      />
    </FieldShell>
  );
});

/** A fieldset of radio buttons or checkboxes, with a legend, description and error. */
export function ChoiceFieldset<V extends string>({ type, legend, name, options, isChecked, onCheck, error, required, description, className, children }: Omit<FieldProps, 'label'> & {
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  name: string;
  options: { value: V; label: string }[];
  isChecked: (value: V) => boolean;
  onCheck: (value: V, checked: boolean) => void;
  className?: string;
  children?: ReactNode;
}) {
  const { inputId: id, descId, errId, aria } = useFieldIds(undefined, { description, error, required });
  const control = type === 'radio' ? 'utrecht-radio-button' : 'utrecht-checkbox';
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-field${error ? ' utrecht-form-fieldset--invalid' : ''}${className ? ` ${className}` : ''}`}
      {...aria}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
        <LabelText label={legend} required={required} />
      </legend>
      <Messages descId={descId} errId={errId} description={description} error={error} />
      <div className={`kv-${type}-options`}>
        {options.map((o) => {
          const optionId = `${id}-${o.value}`;
          return (
            <div className={`utrecht-form-field utrecht-form-field--${type}`} key={o.value}>
              <div className={`utrecht-form-field__label utrecht-form-field__label--${type}`}>
                <label className={`utrecht-form-label utrecht-form-label--${type}`} htmlFor={optionId}>{o.label}</label>
              </div>
              <div className="utrecht-form-field__input">
                <input
                  type={type}
                  id={optionId}
                  name={name}
                  value={o.value}
                  checked={isChecked(o.value)}
                  // A required radio group needs one choice; a checkbox group may stay empty.
                  required={type === 'radio' ? required : undefined}
                  onChange={(e) => onCheck(o.value, e.target.checked)}
                  className={`${control} ${control}--html-input`}
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

/** A group of radio buttons in a fieldset with a legend. */
export function RadioGroup({ value, onValue, ...rest }: Omit<FieldProps, 'label'> & {
  legend: ReactNode;
  /** Shown inside the fieldset after the options (e.g. follow-up fields for the chosen option). */
  children?: ReactNode;
  name: string;
  value: string;
  options: { value: string; label: string }[];
  onValue: (value: string) => void;
  className?: string;
}) {
  return <ChoiceFieldset type="radio" {...rest} isChecked={(v) => v === value} onCheck={(v) => onValue(v)} />;
}
