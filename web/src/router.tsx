// A very small history router: the path is external state, pages pick their route by pattern.
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let navigatedInApp = false;

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  navigatedInApp = true;
  if (path !== window.location.pathname) {
    if (options.replace) window.history.replaceState(null, '', path);
    else window.history.pushState(null, '', path);
  }
  window.scrollTo(0, 0);
  for (const l of listeners) l();
}

/** The next page rendered takes focus on its h1 (e.g. after logging in). */
export function focusNextPage(): void {
  navigatedInApp = true;
}

/** True once the user moved within the app (then a new page's h1 takes focus). */
export function hasNavigatedInApp(): boolean {
  return navigatedInApp;
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Matches "/matches/:id" against a path; returns the parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const a = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(a[i]);
    else if (p[i] !== a[i]) return null;
  }
  return params;
}
