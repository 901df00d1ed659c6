// The number of the user's overdue tasks, for the badge at "Mijn taken" in the menu: a query,
// refetched every few minutes (not every minute: each GET /taken is an audited read of the
// children concerned) and invalidated by the pages that change tasks.
import { useQuery } from '@tanstack/react-query';
import { get } from './api.ts';
import { queryClient } from './shared/api/query.ts';
import type { Task } from './meldcode.ts';

const REFRESH_MS = 5 * 60_000;
const OVERDUE_KEY = ['taken', 'over-datum-aantal'] as const;

/** Sets the count from a fresh answer of GET /taken (the tasks page already has it). */
export function setOverdueCount(count: number): void {
  queryClient.setQueriesData({ queryKey: OVERDUE_KEY }, count);
}

/** Fetches the count again, e.g. after a task was added or completed elsewhere. */
export function refreshOverdueCount(): void {
  void queryClient.invalidateQueries({ queryKey: OVERDUE_KEY });
}

/** The overdue count; `enabled` is false for roles without tasks (then it is 0). */
export function useOverdueCount(enabled: boolean, userId: string | undefined): number {
  const { data } = useQuery({
    queryKey: [...OVERDUE_KEY, userId],
    queryFn: async () => (await get<{ items: Task[]; overdue: number }>('/taken')).overdue,
    enabled: enabled && !!userId,
    refetchInterval: REFRESH_MS,
  });
  return enabled ? (data ?? 0) : 0;
}
