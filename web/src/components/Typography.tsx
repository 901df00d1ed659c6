import { forwardRef, type ReactNode } from 'react';

/** The page's one h1; it takes focus after navigation so screen readers announce the new page. */
export const Heading1 = forwardRef<HTMLHeadingElement, { children: ReactNode }>(function Heading1({ children }, ref) {
  return <h1 ref={ref} className="utrecht-heading-1" tabIndex={-1} data-page-heading="">{children}</h1>;
});

export function Heading2({ children, id }: { children: ReactNode; id?: string }) {
  return <h2 className="utrecht-heading-2" id={id}>{children}</h2>;
}

export function Heading3({ children, id }: { children: ReactNode; id?: string }) {
  return <h3 className="utrecht-heading-3" id={id}>{children}</h3>;
}

export function Paragraph({ children, lead, small, id }: { children: ReactNode; lead?: boolean; small?: boolean; id?: string }) {
  const cls = ['utrecht-paragraph', lead && 'utrecht-paragraph--lead', small && 'utrecht-paragraph--small'].filter(Boolean).join(' ');
  return <p className={cls} id={id}>{children}</p>;
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="kv-visually-hidden">{children}</span>;
}

export function Section({ title, children, id }: { title: ReactNode; children: ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="kv-section">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}
