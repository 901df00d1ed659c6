// Berichten: the in-app inbox. Opening a message's link marks it read.
import type { ApiResponse } from '../shared/api/types.ts';
import { useState } from 'react';
import { get, patch } from '../api.ts';
import { useErrorText, useLang, useT } from '../i18n/index.tsx';
import { useSession } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { formatDateTime } from '../format.ts';
import { navigate } from '../router.tsx';
import type { Notification } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, VisuallyHidden } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { Link } from '../components/Link.tsx';

type Inbox = ApiResponse<'/api/v1/berichten', 'get'>;

export function InboxPage() {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const { refreshUnread } = useSession();
  const inbox = useResource(() => get<Inbox>('/berichten'), []);
  const [error, setError] = useState<string | null>(null);

  const markRead = async (n: Notification) => {
    setError(null);
    try {
      const updated = await patch<Notification>(`/berichten/${n.id}`, { read: true });
      if (inbox.data) {
        const items = inbox.data.items.map((x) => (x.id === updated.id ? updated : x));
        inbox.setData({ items, unread: items.filter((x) => !x.read).length });
      }
      refreshUnread();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };

  const follow = async (n: Notification) => {
    if (!n.link) return;
    if (!n.read) await markRead(n);
    navigate(n.link);
  };

  return (
    <Page title={t('inbox.title')}>
      {error && <Alert type="error">{error}</Alert>}
      <Loaded resource={inbox}>
        {(data) => (
          <>
            <Paragraph>{data.unread === 0 ? t('inbox.allRead') : t('inbox.unreadCount', { count: data.unread })}</Paragraph>
            {data.items.length === 0 ? (
              <Paragraph>{t('inbox.none')}</Paragraph>
            ) : (
              <ul className="kv-messages" aria-label={t('inbox.listLabel')}>
                {data.items.map((n) => (
                  <li key={n.id} className={`kv-message${n.read ? '' : ' kv-message--unread'}`}>
                    <article aria-labelledby={`msg-${n.id}`}>
                      <h2 className="utrecht-heading-3" id={`msg-${n.id}`}>
                        {!n.read && <span className="utrecht-status-badge utrecht-status-badge--warning kv-status">{t('inbox.new')}</span>}{' '}
                        {n.subject}
                      </h2>
                      <Paragraph small><time dateTime={n.createdAt}>{formatDateTime(n.createdAt, lang)}</time></Paragraph>
                      <Paragraph>{n.body}</Paragraph>
                      <ButtonGroup>
                        {n.link && (
                          <Link
                            href={n.link}
                            onClick={(e) => {
                              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                              e.preventDefault();
                              void follow(n);
                            }}
                          >
                            {t('inbox.open')}<VisuallyHidden> ({n.subject})</VisuallyHidden>
                          </Link>
                        )}
                        {!n.read && (
                          <Button onClick={() => void markRead(n)}>
                            {t('inbox.markRead')}<VisuallyHidden> ({n.subject})</VisuallyHidden>
                          </Button>
                        )}
                      </ButtonGroup>
                    </article>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loaded>
    </Page>
  );
}
