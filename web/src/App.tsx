// The application shell: skip link, header with the signed-in user and language switch, the
// main menu for the user's role, the routes, and the footer.
import { Suspense, useEffect, type MouseEvent, type ReactNode } from 'react';
import { matchPath, navigate, usePath } from './router.tsx';
import { useSession } from './session.tsx';
import { useLang, useT, useTDynamic, type MessageKey } from './i18n/index.tsx';
import { type Role } from './types.ts';
import { Link } from './components/Link.tsx';
import { Button } from './components/Button.tsx';
import { Page } from './components/Page.tsx';
import { Paragraph } from './components/Typography.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { KETEN_ROUTES, ketenNavItems } from './ketenRoutes.tsx';
import { MELDCODE_ROUTES, meldcodeNavItems } from './meldcodeRoutes.tsx';
import { VT_ROUTES, vtNavItems } from './vtRoutes.tsx';
import { useOverdueCount } from './tasks.ts';
import { setLandingPreloader } from './preload.ts';
import { CASEWORK_ROLES, DOSSIER_ROLES, hasRole } from '../../src/contract/roles.ts';
import { lazyPage } from './lazyPage.ts';

// Each feature's pages load when first shown (their own chunks), so the login page stays small.
const SignalsPage = lazyPage(() => import('./pages/SignalsPage.tsx').then((m) => m.SignalsPage));
const MatchesPage = lazyPage(() => import('./pages/MatchesPage.tsx').then((m) => m.MatchesPage));
const MatchDetailPage = lazyPage(() => import('./pages/MatchDetailPage.tsx').then((m) => m.MatchDetailPage));
const InboxPage = lazyPage(() => import('./pages/InboxPage.tsx').then((m) => m.InboxPage));
const AccountPage = lazyPage(() => import('./pages/AccountPage.tsx').then((m) => m.AccountPage));
const OrganisationsPage = lazyPage(() => import('./pages/AdminPages.tsx').then((m) => m.OrganisationsPage));
const UsersPage = lazyPage(() => import('./pages/AdminPages.tsx').then((m) => m.UsersPage));
const MunicipalitiesPage = lazyPage(() => import('./pages/AdminPages.tsx').then((m) => m.MunicipalitiesPage));
const BrpImportPage = lazyPage(() => import('./pages/AdminPages.tsx').then((m) => m.BrpImportPage));
const PrivacyPage = lazyPage(() => import('./pages/PrivacyPage.tsx').then((m) => m.PrivacyPage));
const StatisticsPage = lazyPage(() => import('./pages/StatisticsPage.tsx').then((m) => m.StatisticsPage));
const DossiersPage = lazyPage(() => import('./pages/DossiersPage.tsx').then((m) => m.DossiersPage));
const DossierPage = lazyPage(() => import('./pages/DossierPage.tsx').then((m) => m.DossierPage));
const ScreeningFormPage = lazyPage(() => import('./pages/ScreeningPages.tsx').then((m) => m.ScreeningFormPage));
const ScreeningResultPage = lazyPage(() => import('./pages/ScreeningPages.tsx').then((m) => m.ScreeningResultPage));

const ADMIN: Role[] = ['functioneel_beheerder'];
const ALL: Role[] = [...CASEWORK_ROLES, 'regiocoordinator', 'functioneel_beheerder'];

interface Route {
  pattern: string;
  roles: readonly Role[];
  render: (params: Record<string, string>) => ReactNode;
}

const ROUTES: Route[] = [
  { pattern: '/signalen', roles: CASEWORK_ROLES, render: () => <SignalsPage /> },
  { pattern: '/matches', roles: CASEWORK_ROLES, render: () => <MatchesPage /> },
  { pattern: '/matches/:id', roles: CASEWORK_ROLES, render: (p) => <MatchDetailPage id={p.id} /> },
  { pattern: '/dossiers', roles: DOSSIER_ROLES, render: () => <DossiersPage /> },
  { pattern: '/dossiers/:id', roles: DOSSIER_ROLES, render: (p) => <DossierPage id={p.id} /> },
  { pattern: '/dossiers/:id/screening', roles: DOSSIER_ROLES, render: (p) => <ScreeningFormPage id={p.id} /> },
  { pattern: '/dossiers/:id/screenings/:screeningId', roles: DOSSIER_ROLES, render: (p) => <ScreeningResultPage id={p.id} screeningId={p.screeningId} /> },
  { pattern: '/berichten', roles: ALL, render: () => <InboxPage /> },
  { pattern: '/account', roles: ALL, render: () => <AccountPage /> },
  { pattern: '/beheer', roles: ADMIN, render: () => <Redirect to="/beheer/organisaties" /> },
  { pattern: '/beheer/organisaties', roles: ADMIN, render: () => <OrganisationsPage /> },
  { pattern: '/beheer/gebruikers', roles: ADMIN, render: () => <UsersPage /> },
  { pattern: '/beheer/gemeenten', roles: ADMIN, render: () => <MunicipalitiesPage /> },
  { pattern: '/beheer/brp-import', roles: ADMIN, render: () => <BrpImportPage /> },
  { pattern: '/privacy', roles: ADMIN, render: () => <PrivacyPage /> },
  { pattern: '/statistieken', roles: ['regiocoordinator'], render: () => <StatisticsPage /> },
  ...KETEN_ROUTES,
  ...MELDCODE_ROUTES,
  ...VT_ROUTES,
];

interface NavItem {
  href: string;
  label: MessageKey;
  /** Paths under this one also mark the item current. */
  prefix?: string;
}

export function navItemsFor(role: Role, sector = ''): NavItem[] {
  if (hasRole(CASEWORK_ROLES, role)) {
    return [
      { href: '/signalen', label: 'nav.signalen' },
      { href: '/matches', label: 'nav.matches', prefix: '/matches/' },
      ...(hasRole(DOSSIER_ROLES, role) ? [{ href: '/dossiers', label: 'nav.dossiers', prefix: '/dossiers/' } satisfies NavItem] : []),
      ...ketenNavItems(role, sector),
      ...vtNavItems(role),
      ...meldcodeNavItems(role),
      { href: '/berichten', label: 'nav.berichten' },
    ];
  }
  if (role === 'regiocoordinator') {
    return [
      { href: '/statistieken', label: 'nav.statistieken' },
      { href: '/berichten', label: 'nav.berichten' },
    ];
  }
  return [
    { href: '/beheer/organisaties', label: 'nav.beheer', prefix: '/beheer' },
    { href: '/privacy', label: 'nav.privacy' },
    { href: '/berichten', label: 'nav.berichten' },
  ];
}

export function homeFor(role: Role): string {
  return navItemsFor(role)[0].href;
}

const LANDING_PAGES: Record<string, () => Promise<unknown>> = {
  '/signalen': SignalsPage.preload, '/statistieken': StatisticsPage.preload, '/beheer/organisaties': OrganisationsPage.preload,
};
setLandingPreloader(async (role) => LANDING_PAGES[homeFor(role)]?.());

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('notFound.title')}>
      <Paragraph>{t('notFound.text')}</Paragraph>
    </Page>
  );
}

function ForbiddenPage() {
  const t = useT();
  return (
    <Page title={t('forbidden.title')}>
      <Paragraph>{t('forbidden.text')}</Paragraph>
    </Page>
  );
}

function Content({ path }: { path: string }) {
  const { session } = useSession();
  if (!session) return <LoginPage />;
  if (session.totpEnrolmentRequired) return <AccountPage enrolmentRequired />;
  const role = session.user.role;
  if (path === '/' || path === '/inloggen') return <Redirect to={homeFor(role)} />;
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    return route.roles.includes(role) ? <>{route.render(params)}</> : <ForbiddenPage />;
  }
  return <NotFoundPage />;
}

function LanguageSwitch() {
  const t = useT();
  const { lang, setLang } = useLang();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <Button appearance="subtle" className="kv-lang-switch" lang={other} onClick={() => setLang(other)} aria-label={t('lang.switchLabel')}>
      {t('lang.other')}
    </Button>
  );
}

function MainNav({ role, path }: { role: Role; path: string }) {
  const t = useT();
  const { unread, session } = useSession();
  const overdue = useOverdueCount(hasRole(DOSSIER_ROLES, role), session?.user.id);
  return (
    <nav className="utrecht-nav-bar kv-nav" aria-label={t('nav.main')}>
      <div className="utrecht-nav-bar__content kv-nav__content">
        <ul className="utrecht-nav-list" role="list">
          {navItemsFor(role, session?.user.sector).map((item) => {
            const current = path === item.href || (!!item.prefix && path.startsWith(item.prefix));
            return (
              <li className="utrecht-nav-list__item" key={item.href}>
                <Link href={item.href} className="utrecht-nav-list__link kv-nav__link" aria-current={current ? 'page' : undefined}>
                  {t(item.label)}
                  {item.href === '/berichten' && unread > 0 && (
                    <>
                      {' '}
                      <span className="utrecht-badge-counter kv-badge" aria-hidden="true">{unread}</span>
                      <span className="kv-visually-hidden"> ({t('nav.unread', { count: unread })})</span>
                    </>
                  )}
                  {item.href === '/taken' && overdue > 0 && (
                    <>
                      {' '}
                      <span className="utrecht-badge-counter kv-badge" aria-hidden="true">{overdue}</span>
                      <span className="kv-visually-hidden"> ({t('nav.overdue', { count: overdue })})</span>
                    </>
                  )}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}

export function App() {
  const t = useT();
  const tDynamic = useTDynamic();
  const path = usePath();
  const { status, session, signOut } = useSession();

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const main = document.getElementById('main');
    main?.focus();
    main?.scrollIntoView();
  };

  return (
    <div className="utrecht-document utrecht-document--surface kv-app">
      <a href="#main" className="utrecht-skip-link utrecht-skip-link--visible-on-focus kv-skip-link" onClick={skipToMain}>
        {t('skip.toMain')}
      </a>
      <header className="utrecht-page-header kv-header">
        <div className="utrecht-page-header__content kv-header__content">
          <div className="kv-brand">
            {session ? (
              <Link href="/" className="kv-brand__name">{t('app.name')}</Link>
            ) : (
              <span className="kv-brand__name">{t('app.name')}</span>
            )}
            <span className="kv-brand__tagline">{t('app.tagline')}</span>
          </div>
          <div className="kv-header__tools">
            {session && (
              <div className="kv-user">
                <span className="kv-user__name">{session.user.displayName}</span>
                <span className="kv-user__org">
                  {session.user.organisationName} · {tDynamic(`role.${session.user.role}`, session.user.role)}
                </span>
                <span className="kv-user__links">
                  <Link href="/account" aria-current={path === '/account' ? 'page' : undefined}>{t('nav.account')}</Link>
                  <Button appearance="secondary" onClick={() => void signOut().then(() => navigate('/', { replace: true }))}>{t('header.logout')}</Button>
                </span>
              </div>
            )}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      {session && !session.totpEnrolmentRequired && <MainNav role={session.user.role} path={path} />}
      <main id="main" tabIndex={-1} className="utrecht-page-content kv-main">
        {status === 'loading' ? (
          <div role="status"><Paragraph>{t('common.loading')}</Paragraph></div>
        ) : (
          <Suspense fallback={<div role="status"><Paragraph>{t('common.loading')}</Paragraph></div>}>
            <Content key={path} path={path} />
          </Suspense>
        )}
      </main>
      <footer className="utrecht-page-footer kv-footer">
        <div className="utrecht-page-footer__content kv-footer__content">
          <Paragraph small>{t('footer.text')}</Paragraph>
        </div>
      </footer>
    </div>
  );
}
