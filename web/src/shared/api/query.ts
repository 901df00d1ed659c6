// TanStack Query: the app's one cache of server answers. No refetch on window focus and no retry:
// every GET of personal data is an audited read, so the app only asks when it needs to.
import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } },
});
