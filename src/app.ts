// Composition root: the platform plus every domain module, on a given database.
import { buildApp, type App, type RouteModule } from './platform/http/app.ts';
import type { AppContext } from './platform/http/context.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/database.ts';
import { systemClock, type Clock } from './platform/dates.ts';
import { createNotifier } from './platform/notifications/notifier.ts';
import { PersonAccess } from './platform/access.ts';
import { migrateToLatest } from './platform/db/migrations.ts';
import { healthRoutes } from './platform/http/health.ts';
import { authRoutes } from './platform/auth/routes.ts';
import { notificationRoutes } from './platform/notifications/routes.ts';
import { auditRoutes } from './platform/audit/routes.ts';
import { openAuditChain } from './platform/audit/audit.ts';
import { organisationRoutes } from './modules/organisations/routes.ts';
import { personRoutes } from './modules/persons/routes.ts';
import { verwijsindexRoutes } from './modules/verwijsindex/routes.ts';
import { zorgdossierRoutes } from './modules/zorgdossier/routes.ts';
import { stap0Routes } from './modules/stap0/routes.ts';
import { meldcodeRoutes } from './modules/meldcode/routes.ts';
import { opvolgingRoutes } from './modules/opvolging/routes.ts';
import { zorgdelenRoutes } from './modules/zorgdelen/routes.ts';
import { kindcheckRoutes } from './modules/kindcheck/routes.ts';
import { bereikRoutes } from './modules/bereik/routes.ts';
import { overdrachtRoutes } from './modules/overdracht/routes.ts';
import { veiligThuisRoutes } from './modules/veiligthuis/routes.ts';
import { betrokkenheidRoutes } from './modules/betrokkenheid/routes.ts';

export const MODULES: RouteModule[] = [
  healthRoutes,
  authRoutes,
  notificationRoutes,
  auditRoutes,
  organisationRoutes,
  personRoutes,
  verwijsindexRoutes,
  zorgdossierRoutes,
  stap0Routes,
  meldcodeRoutes,
  opvolgingRoutes,
  zorgdelenRoutes,
  kindcheckRoutes,
  bereikRoutes,
  overdrachtRoutes,
  veiligThuisRoutes,
  betrokkenheidRoutes,
];

export async function createKindveilig(config: Config, db: Database, clock: Clock = systemClock): Promise<{ app: App; ctx: AppContext }> {
  await migrateToLatest(db);
  const ctx: AppContext = {
    db,
    config,
    clock,
    notifier: createNotifier(config.smtp, config.publicUrl),
    personAccess: new PersonAccess(),
    auditChain: openAuditChain(config),
  };
  const app = await buildApp(ctx, MODULES);
  return { app, ctx };
}
