import type { ButtonHTMLAttributes, ReactNode } from 'react';

type Appearance = 'primary' | 'secondary' | 'subtle';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: Appearance;
  danger?: boolean;
  busy?: boolean;
}

/** NL Design System (Utrecht) button. Defaults to type="button" so it never submits by accident. */
export function Button({ appearance = 'secondary', danger, busy, className, type = 'button', disabled, children, ...rest }: ButtonProps) {
  const classes = [
    'utrecht-button',
    `utrecht-button--${appearance}-action`,
    type === 'submit' && 'utrecht-button--submit',
    danger && 'utrecht-button--danger',
    busy && 'utrecht-button--busy',
    className,
  ].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type} className={classes} disabled={disabled} aria-disabled={disabled || undefined} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group utrecht-button-group--row kv-button-group">{children}</div>;
}
