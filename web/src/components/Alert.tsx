import type { ReactNode } from 'react';

type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * Utrecht alert. Errors use role="alert" (announced at once); confirmations role="status".
 * A plain informative note has no live role.
 */
export function Alert({ type = 'info', children, live = type === 'error' ? 'alert' : type === 'ok' ? 'status' : undefined, id }: {
  type?: AlertType;
  children: ReactNode;
  live?: 'alert' | 'status';
  id?: string;
}) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type} kv-alert`} role={live} id={id}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
