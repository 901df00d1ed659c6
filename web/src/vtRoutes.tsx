// The routes and menu items of the Veilig Thuis case work (team lists, intake, the case) and of
// the handovers from Veilig Thuis for the receiving organisation; App.tsx adds them to its own.
import { lazy, type ReactNode } from 'react';
import type { MessageKey } from './i18n/index.tsx';
import { type Role } from './types.ts';
import { DOSSIER_ROLES, VT_ROLES, hasRole } from '../../src/contract/roles.ts';

// Each feature's pages load when first shown (their own chunks), so the login page stays small.
const VtTeamPage = lazy(() => import('./pages/VtTeamPage.tsx').then((m) => ({ default: m.VtTeamPage })));
const VtIntakePage = lazy(() => import('./pages/VtIntakePage.tsx').then((m) => ({ default: m.VtIntakePage })));
const VtZaakPage = lazy(() => import('./pages/VtZaakPage.tsx').then((m) => ({ default: m.VtZaakPage })));
const VtOverdrachtenPage = lazy(() => import('./pages/VtOverdrachtPages.tsx').then((m) => ({ default: m.VtOverdrachtenPage })));
const VtOverdrachtPage = lazy(() => import('./pages/VtOverdrachtPages.tsx').then((m) => ({ default: m.VtOverdrachtPage })));

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
