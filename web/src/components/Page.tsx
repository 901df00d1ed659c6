import { useEffect, useRef, type ReactNode } from 'react';
import { Heading1, Paragraph } from './Typography.tsx';
import { Alert } from './Alert.tsx';
import { hasNavigatedInApp } from '../router.tsx';
import { useErrorText, useT } from '../i18n/index.tsx';
import type { Resource } from '../useResource.ts';

/** A page: its one h1 (focused after in-app navigation) and the document title. */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (hasNavigatedInApp()) heading.current?.focus();
  }, []);
  return (
    <>
      <Heading1 ref={heading}>{title}</Heading1>
      {children}
    </>
  );
}

/** Shows "loading", the error, or the loaded data. */
export function Loaded<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  const t = useT();
  const errorText = useErrorText();
  if (resource.data !== undefined) return <>{children(resource.data)}</>;
  if (resource.error) return <Alert type="error">{errorText(resource.error)}</Alert>;
  return <div role="status"><Paragraph>{t('common.loading')}</Paragraph></div>;
}
