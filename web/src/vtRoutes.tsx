// The routes and menu items of the Veilig Thuis case work (team lists, intake, the case) and of
// the handovers from Veilig Thuis for the receiving organisation; App.tsx adds them to its own.
import { type ReactNode } from 'react';
import type { MessageKey } from './i18n/index.tsx';
import { type Role } from './types.ts';
import { DOSSIER_ROLES, VT_ROLES, hasRole } from '../../src/contract/roles.ts';
import { lazyPage } from './lazyPage.ts';

// Each feature's pages load when first shown (their own chunks), so the login page stays small.
const VtTeamPage = lazyPage(() => import('./pages/VtTeamPage.tsx').then((m) => m.VtTeamPage));
const VtIntakePage = lazyPage(() => import('./pages/VtIntakePage.tsx').then((m) => m.VtIntakePage));
const VtZaakPage = lazyPage(() => import('./pages/VtZaakPage.tsx').then((m) => m.VtZaakPage));
const VtOverdrachtenPage = lazyPage(() => import('./pages/VtOverdrachtPages.tsx').then((m) => m.VtOverdrachtenPage));
const VtOverdrachtPage = lazyPage(() => import('./pages/VtOverdrachtPages.tsx').then((m) => m.VtOverdrachtPage));

export const VT_ROUTES: { pattern: string; roles: readonly Role[]; render: (params: Record<string, string>) => ReactNode }[] = [
  { pattern: '/veilig-thuis', roles: VT_ROLES, render: () => <VtTeamPage /> },
  { pattern: '/veilig-thuis/nieuw', roles: VT_ROLES, render: () => <VtIntakePage /> },
  { pattern: '/veilig-thuis/zaken/:id', roles: VT_ROLES, render: (p) => <VtZaakPage id={p.id} /> },
  { pattern: '/vt-overdrachten', roles: DOSSIER_ROLES, render: () => <VtOverdrachtenPage /> },
  { pattern: '/vt-overdrachten/:id', roles: DOSSIER_ROLES, render: (p) => <VtOverdrachtPage id={p.id} /> },
];

/** Menu items: "Veilig Thuis" (the team's cases) for its staff; "Van Veilig Thuis" (handovers) for the casework roles outside it. */
export function vtNavItems(role: Role): { href: string; label: MessageKey; prefix?: string }[] {
  if (hasRole(VT_ROLES, role)) return [{ href: '/veilig-thuis', label: 'nav.vtTeam', prefix: '/veilig-thuis/zaken/' }];
  if (hasRole(DOSSIER_ROLES, role)) return [{ href: '/vt-overdrachten', label: 'nav.vtOverdrachten', prefix: '/vt-overdrachten/' }];
  return [];
}
