// The routes and menu items of the chain pages (conversations, sharing a worry, the kindcheck,
// the reach protocol, the warm handover); App.tsx adds them to its own.
import { type ReactNode } from 'react';
import type { MessageKey } from './i18n/index.tsx';
import { type Role } from './types.ts';
import { CASEWORK_ROLES, DOSSIER_ROLES, hasRole } from '../../src/contract/roles.ts';
import { ADULT_CARE_SECTORS, HANDOVER_RECEIVERS, HANDOVER_SENDERS } from '../../src/contract/sectors.ts';
import { lazyPage } from './lazyPage.ts';

// Each feature's pages load when first shown (their own chunks), so the login page stays small.
const GesprekPage = lazyPage(() => import('./pages/GesprekPage.tsx').then((m) => m.GesprekPage));
const ZorgDelenPage = lazyPage(() => import('./pages/ZorgDelenPages.tsx').then((m) => m.ZorgDelenPage));
const ZorgDelingenPage = lazyPage(() => import('./pages/ZorgDelenPages.tsx').then((m) => m.ZorgDelingenPage));
const ZorgDelingPage = lazyPage(() => import('./pages/ZorgDelenPages.tsx').then((m) => m.ZorgDelingPage));
const VerwijsindexSignaalPage = lazyPage(() => import('./pages/VerwijsindexSignaalPage.tsx').then((m) => m.VerwijsindexSignaalPage));
const BereikProtocolPage = lazyPage(() => import('./pages/BereikPages.tsx').then((m) => m.BereikProtocolPage));
const NietVerschenenPage = lazyPage(() => import('./pages/BereikPages.tsx').then((m) => m.NietVerschenenPage));
const KindcheckPage = lazyPage(() => import('./pages/KindcheckPage.tsx').then((m) => m.KindcheckPage));
const OverdrachtFormPage = lazyPage(() => import('./pages/OverdrachtPages.tsx').then((m) => m.OverdrachtFormPage));
const OverdrachtenPage = lazyPage(() => import('./pages/OverdrachtPages.tsx').then((m) => m.OverdrachtenPage));
const OverdrachtPage = lazyPage(() => import('./pages/OverdrachtPages.tsx').then((m) => m.OverdrachtPage));

export const KETEN_ROUTES: { pattern: string; roles: readonly Role[]; render: (params: Record<string, string>) => ReactNode }[] = [
  { pattern: '/dossiers/:id/gesprek', roles: DOSSIER_ROLES, render: (p) => <GesprekPage id={p.id} /> },
  { pattern: '/dossiers/:id/zorg-delen', roles: DOSSIER_ROLES, render: (p) => <ZorgDelenPage id={p.id} /> },
  { pattern: '/dossiers/:id/verwijsindex-signaal', roles: DOSSIER_ROLES, render: (p) => <VerwijsindexSignaalPage id={p.id} /> },
  { pattern: '/dossiers/:id/niet-verschenen', roles: DOSSIER_ROLES, render: (p) => <NietVerschenenPage id={p.id} /> },
  { pattern: '/dossiers/:id/overdracht', roles: DOSSIER_ROLES, render: (p) => <OverdrachtFormPage id={p.id} /> },
  { pattern: '/zorg-delingen', roles: CASEWORK_ROLES, render: () => <ZorgDelingenPage /> },
  { pattern: '/zorg-delingen/:id', roles: CASEWORK_ROLES, render: (p) => <ZorgDelingPage id={p.id} /> },
  { pattern: '/kindcheck', roles: DOSSIER_ROLES, render: () => <KindcheckPage /> },
  { pattern: '/overdrachten', roles: DOSSIER_ROLES, render: () => <OverdrachtenPage /> },
  { pattern: '/overdrachten/:id', roles: DOSSIER_ROLES, render: (p) => <OverdrachtPage id={p.id} /> },
  { pattern: '/bereik-protocol', roles: ['aandachtsfunctionaris'], render: () => <BereikProtocolPage /> },
];

/** Menu items of the chain pages for a casework role; some depend on the organisation's sector. */
export function ketenNavItems(role: Role, sector: string): { href: string; label: MessageKey; prefix?: string }[] {
  const dossierRole = hasRole(DOSSIER_ROLES, role);
  return [
    { href: '/zorg-delingen', label: 'nav.zorgDelingen', prefix: '/zorg-delingen/' },
    ...(dossierRole && ADULT_CARE_SECTORS.includes(sector) ? [{ href: '/kindcheck', label: 'nav.kindcheck' as const }] : []),
    ...(dossierRole && [...HANDOVER_SENDERS, ...HANDOVER_RECEIVERS].includes(sector)
      ? [{ href: '/overdrachten', label: 'nav.overdrachten' as const, prefix: '/overdrachten/' }] : []),
    ...(role === 'aandachtsfunctionaris' ? [{ href: '/bereik-protocol', label: 'nav.bereikProtocol' as const }] : []),
  ];
}
