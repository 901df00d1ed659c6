// `npm start`: opens the database (PGlite in DATA_DIR, or PostgreSQL via DATABASE_URL), migrates,
// loads demo data in demo mode, serves API and web UI, and runs the background jobs.
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/database.ts';
import { createKindveilig } from './app.ts';
import { seedDemo, DEMO_PASSWORD } from './demo/seed.ts';
import { verifyPassword } from './platform/auth/passwords.ts';
import { startJobs } from './jobs.ts';
import { holdDataDir, startAdminApi } from './platform/ops/server-ops.ts';
import { markDraining } from './platform/http/health.ts';

const config = loadConfig();
// One writer on the embedded database: refuse at once if another process holds DATA_DIR.
if (!config.databaseUrl) holdDataDir(config.dataDir);
const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const { app, ctx } = await createKindveilig(config, db);

if (config.production) {
  if (config.demo) throw new Error('Weigering: DEMO staat aan in productie (NODE_ENV=production).');
  const users = await db.selectFrom('users').select(['username', 'password_hash']).execute();
  for (const u of users) {
    if (await verifyPassword(u.password_hash, DEMO_PASSWORD)) {
      console.error(`Weigering: gebruiker ${u.username} heeft het demowachtwoord. Wijzig het voordat u in productie start.`);
      process.exit(1);
    }
  }
} else if (config.demo && (await seedDemo(ctx))) {
  console.log('Demodata geladen (zie README voor de inloggegevens).');
}

const jobs = config.backgroundJobs ? startJobs(ctx, app.log) : { stop: async () => undefined };

// Graceful shutdown: readiness turns 503, the listener closes, requests in flight are answered
// (within SHUTDOWN_GRACE_MS), the background pass running finishes, then the database closes
// (PGlite writes its last pages). Past the bound the remaining connections are cut and the exit
// code says so; a transaction cut off that way is rolled back, never half-applied.
// Installed before the server announces itself: a SIGTERM right after the announcement must not
// meet the default action, which ends the process without releasing DATA_DIR's lock.
const SHUTDOWN_GRACE_MS = 10_000;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'afsluiten');
    markDraining(app);
    const force = setTimeout(() => {
      app.log.error({ graceMs: SHUTDOWN_GRACE_MS }, 'afsluiten duurde te lang; resterende verbindingen verbroken');
      app.server.closeAllConnections();
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    await Promise.all([jobs.stop(), app.close()]);
    await db.destroy();
    clearTimeout(force);
    app.log.info('afgesloten');
    process.exit(0);
  });
}

await app.listen({ port: config.port, host: config.host });
if (!config.databaseUrl) await startAdminApi(ctx, config.dataDir);
console.log(`Kindveilig draait op http://localhost:${config.port} (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`})`);
