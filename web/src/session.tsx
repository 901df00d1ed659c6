// The signed-in session: restored on page load, set by the login page, cleared on logout or
// when the server reports the session gone. Also the unread-message count for the menu, as a
// query refetched every minute and invalidated when messages are read.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ApiError, del, get, onUnauthorized, setCsrfToken } from './api.ts';
import { queryClient } from './shared/api/query.ts';
import type { Notification, SessionView } from './types.ts';

export type EndReason = 'expired' | 'ended' | 'logout' | null;

interface SessionContextValue {
  status: 'loading' | 'anonymous' | 'authenticated';
  session: SessionView | null;
  /** Why the previous session ended, for a message on the login page. */
  endReason: EndReason;
  signIn(view: SessionView): void;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
  unread: number;
  refreshUnread(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

const UNREAD_POLL_MS = 60_000;
const UNREAD_KEY = ['berichten', 'ongelezen'] as const;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionContextValue['status']>('loading');
  const [session, setSession] = useState<SessionView | null>(null);
  const [endReason, setEndReason] = useState<EndReason>(null);

  const apply = useCallback((view: SessionView | null, reason: EndReason = null) => {
    setCsrfToken(view?.csrfToken ?? null);
    setSession(view);
    setStatus(view ? 'authenticated' : 'anonymous');
    setEndReason(reason);
  }, []);

  useEffect(() => {
    let alive = true;
    get<{ session: SessionView | null; expired: boolean }>('/sessions/probe').then(
      (probe) => alive && apply(probe.session, probe.expired ? 'expired' : null),
      () => alive && apply(null),
    );
    return () => {
      alive = false;
    };
  }, [apply]);

  useEffect(() => {
    onUnauthorized((error) => apply(null, error.code === 'session-expired' ? 'expired' : 'ended'));
    return () => onUnauthorized(null);
  }, [apply]);

  const canReadMessages = !!session && !session.totpEnrolmentRequired;
  const unreadQuery = useQuery({
    queryKey: [...UNREAD_KEY, session?.user.id],
    queryFn: async () => (await get<{ items: Notification[]; unread: number }>('/berichten')).unread,
    enabled: canReadMessages,
    refetchInterval: UNREAD_POLL_MS,
  });
  const unread = canReadMessages ? (unreadQuery.data ?? 0) : 0;

  const signIn = useCallback((view: SessionView) => apply(view), [apply]);
  const signOut = useCallback(async () => {
    try {
      await del('/sessions/current');
    } catch {
      // the session may already be gone; the user is logged out either way
    }
    apply(null, 'logout');
  }, [apply]);
  const refresh = useCallback(async () => {
    const view = await get<SessionView>('/sessions/current');
    apply(view);
  }, [apply]);
  const refreshUnread = useCallback(() => void queryClient.invalidateQueries({ queryKey: UNREAD_KEY }), []);

  const value = useMemo(
    () => ({ status, session, endReason, signIn, signOut, refresh, unread, refreshUnread }),
    [status, session, endReason, signIn, signOut, refresh, unread, refreshUnread],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in session on pages that are only shown when signed in. */
export function useSessionView(): SessionView {
  const { session } = useSession();
  if (!session) throw new Error('no session');
  return session;
}
