// A group of checkboxes in a fieldset with a legend (NL Design System / Utrecht markup); the
// markup is ChoiceFieldset's in FormField.tsx, shared with RadioGroup.
import type { ReactNode } from 'react';
import { ChoiceFieldset } from './FormField.tsx';

export function CheckboxGroup<V extends string>({ values, options, onValues, ...rest }: {
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
  const toggle = (value: V, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order, whatever the order of clicking.
    onValues(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return <ChoiceFieldset type="checkbox" {...rest} options={options} isChecked={(v) => values.includes(v)} onCheck={toggle} />;
}
