// The routes and menu items of the Meldcode, Veilig Thuis' reports, tasks and the attention
// officer's overview; App.tsx adds them to its own.
import { type ReactNode } from 'react';
import type { MessageKey } from './i18n/index.tsx';
import { type Role } from './types.ts';
import { DOSSIER_ROLES, VT_ROLES, hasRole } from '../../src/contract/roles.ts';
import { lazyPage } from './lazyPage.ts';

// Each feature's pages load when first shown (their own chunks), so the login page stays small.
const MeldcodePage = lazyPage(() => import('./features/meldcode/MeldcodePage.tsx').then((m) => m.MeldcodePage));
const MeldingenPage = lazyPage(() => import('./pages/VeiligThuisPages.tsx').then((m) => m.MeldingenPage));
const MeldingPage = lazyPage(() => import('./pages/VeiligThuisPages.tsx').then((m) => m.MeldingPage));
const TasksPage = lazyPage(() => import('./pages/TasksPage.tsx').then((m) => m.TasksPage));
const OverzichtPage = lazyPage(() => import('./pages/OverzichtPage.tsx').then((m) => m.OverzichtPage));


export const MELDCODE_ROUTES: { pattern: string; roles: readonly Role[]; render: (params: Record<string, string>) => ReactNode }[] = [
  { pattern: '/meldcode/:id', roles: DOSSIER_ROLES, render: (p) => <MeldcodePage id={p.id} /> },
  { pattern: '/veilig-thuis/meldingen', roles: VT_ROLES, render: () => <MeldingenPage /> },
  { pattern: '/veilig-thuis/meldingen/:id', roles: VT_ROLES, render: (p) => <MeldingPage id={p.id} /> },
  { pattern: '/taken', roles: DOSSIER_ROLES, render: () => <TasksPage /> },
  { pattern: '/overzicht', roles: ['aandachtsfunctionaris'], render: () => <OverzichtPage /> },
];

/** Menu items for a casework role: Meldingen (Veilig Thuis), Mijn taken, Overzicht (aandachtsfunctionaris). */
export function meldcodeNavItems(role: Role): { href: string; label: MessageKey; prefix?: string }[] {
  return [
    ...(hasRole(VT_ROLES, role) ? [{ href: '/veilig-thuis/meldingen', label: 'nav.meldingen' as const, prefix: '/veilig-thuis/meldingen/' }] : []),
    ...(hasRole(DOSSIER_ROLES, role) ? [{ href: '/taken', label: 'nav.taken' as const }] : []),
    ...(role === 'aandachtsfunctionaris' ? [{ href: '/overzicht', label: 'nav.overzicht' as const }] : []),
  ];
}
