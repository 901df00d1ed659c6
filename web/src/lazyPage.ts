// A page component whose code loads when it is first shown (its own chunk). Once loaded, it renders
// at once: React.lazy alone suspends on every first render of each wrapper, even when the chunk is
// already there, which would show "loading" (and no h1) for a moment after login.
import { createElement, lazy, type ComponentType } from 'react';

export interface LazyPage<P> {
  (props: P): ReturnType<typeof createElement>;
  /** Loads the page's chunk now (e.g. the landing page while logging in). */
  preload(): Promise<void>;
}

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  const remember = () => load().then((component) => {
    loaded = component;
    return component;
  });
  const Lazy = lazy(() => remember().then((component) => ({ default: component })));
  const Page = (props: P) => createElement((loaded ?? Lazy) as ComponentType<P>, props);
  Page.preload = () => remember().then(() => undefined);
  return Page;
}
