import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { navigate } from '../router.tsx';

/** An in-app link: a real <a href> (so it can be opened in a new tab) that navigates without reload. */
export function Link({ href, className, onClick, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!href.startsWith('/')) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a {...rest} href={href} onClick={handle} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')}>
      {children}
    </a>
  );
}

/** A link that leaves the app (telephone, e-mail). */
export function ExternalLink({ href, children, telephone }: { href: string; children: ReactNode; telephone?: boolean }) {
  return <a href={href} className={`utrecht-link utrecht-link--html-a${telephone ? ' utrecht-link--telephone' : ''}`}>{children}</a>;
}
