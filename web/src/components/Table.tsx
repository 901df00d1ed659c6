import type { ReactNode, ThHTMLAttributes, TdHTMLAttributes } from 'react';

/** A table with a caption; captionHidden keeps the caption for screen readers only (when a heading already introduces the table). */
export function Table({ caption, captionHidden, children }: { caption: ReactNode; captionHidden?: boolean; children: ReactNode }) {
  return (
    <div className="utrecht-table-container utrecht-table-container--overflow-inline kv-table-container">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className={`utrecht-table__caption${captionHidden ? ' kv-visually-hidden' : ''}`}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="utrecht-table__header">{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function Tr({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function Th({ children, scope = 'col', numeric, className, ...rest }: ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  const classes = ['utrecht-table__header-cell', numeric && 'utrecht-table__header-cell--numeric-column', className].filter(Boolean).join(' ');
  return <th {...rest} scope={scope} className={classes}>{children}</th>;
}

export function Td({ children, numeric, className, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  const classes = ['utrecht-table__cell', numeric && 'utrecht-table__cell--numeric-column', className].filter(Boolean).join(' ');
  return <td {...rest} className={classes}>{children}</td>;
}
