import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { navigate } from '../router.tsx';

type AnchorProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

function inAppClick(href: string, onClick: AnchorProps['onClick']) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!href.startsWith('/')) return;
    event.preventDefault();
    navigate(href);
  };
}

/** An in-app link: a real <a href> (so it can be opened in a new tab) that navigates without reload. */
export function Link({ href, className, onClick, children, ...rest }: AnchorProps) {
  return (
    <a {...rest} href={href} onClick={inAppClick(href, onClick)} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')}>
      {children}
    </a>
  );
}

/** An in-app link that looks like a button (Utrecht button-link): for "go to the next step". */
export function ButtonLink({ href, appearance = 'secondary', className, onClick, children, ...rest }: AnchorProps & { appearance?: 'primary' | 'secondary' }) {
  const classes = ['utrecht-button-link', 'utrecht-button-link--html-a', `utrecht-button-link--${appearance}-action`, 'kv-button-link', className].filter(Boolean).join(' ');
  return (
    <a {...rest} href={href} onClick={inAppClick(href, onClick)} className={classes}>
      {children}
    </a>
  );
}

/** A link that leaves the app (telephone, e-mail). */
export function ExternalLink({ href, children, telephone }: { href: string; children: ReactNode; telephone?: boolean }) {
  return <a href={href} className={`utrecht-link utrecht-link--html-a${telephone ? ' utrecht-link--telephone' : ''}`}>{children}</a>;
}
