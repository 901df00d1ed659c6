// The page a user lands on after logging in is fetched before the shell shows them signed in, so
// the first screen appears whole (with its h1), not as "loading". App.tsx, which knows the
// routes, sets the preloader; the login page calls it.
import type { Role } from '../../src/contract/roles.ts';

let preloader: (role: Role) => Promise<unknown> = async () => undefined;

export function setLandingPreloader(load: (role: Role) => Promise<unknown>): void {
  preloader = load;
}

/** Loads the landing page of `role`; never fails (a failed chunk shows its error when rendered). */
export const preloadLanding = (role: Role): Promise<unknown> => preloader(role).catch(() => undefined);
