// `npm start`: opens the database (PGlite in DATA_DIR, or PostgreSQL via DATABASE_URL), migrates,
// loads demo data in demo mode, serves API and web UI, and runs the background jobs.
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/database.ts';
import { createKindveilig } from './app.ts';
import { seedDemo, DEMO_PASSWORD } from './demo/seed.ts';
import { verifyPassword } from './platform/auth/passwords.ts';
import { startJobs } from './jobs.ts';
import { holdDataDir, startAdminApi } from './platform/ops/server-ops.ts';

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

const jobs = startJobs(ctx);
await app.listen({ port: config.port, host: config.host });
if (!config.databaseUrl) await startAdminApi(ctx, config.dataDir);
console.log(`Kindveilig draait op http://localhost:${config.port} (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    jobs.stop();
    await app.close();
    await db.destroy();
    process.exit(0);
  });
}
