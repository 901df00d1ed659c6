// The number of the user's overdue tasks, for the badge at "Mijn taken" in the menu. Loaded when
// a professional signs in, refreshed by the pages that change tasks, and every few minutes (not
// every minute: each GET /taken is an audited read of the children concerned).
import { useEffect, useSyncExternalStore } from 'react';
import { get } from './api.ts';
import type { Task } from './meldcode.ts';

const REFRESH_MS = 5 * 60_000;
let overdue = 0;
const listeners = new Set<() => void>();

function publish(count: number) {
  if (count === overdue) return;
  overdue = count;
  for (const l of listeners) l();
}

/** Sets the count from a fresh answer of GET /taken (the tasks page already has it). */
export function setOverdueCount(count: number): void {
  publish(count);
}

/** Fetches the count again, e.g. after a task was added or completed elsewhere. */
export function refreshOverdueCount(): void {
  get<{ items: Task[]; overdue: number }>('/taken').then((r) => publish(r.overdue), () => undefined);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The overdue count; `enabled` is false for roles without tasks (then it stays 0). */
export function useOverdueCount(enabled: boolean, userId: string | undefined): number {
  useEffect(() => {
    if (!enabled) {
      publish(0);
      return;
    }
    refreshOverdueCount();
    const timer = window.setInterval(refreshOverdueCount, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [enabled, userId]);
  return useSyncExternalStore(subscribe, () => overdue);
}
