// The admin API of a server on the embedded database: the one way for `npm run retentie`,
// `audit:verify` and `backup` to reach a data folder that the server holds. It listens on
// 127.0.0.1 on a port of its own (never on the public address), knows no sessions or cookies,
// and takes one bearer token, fresh per start, that the server writes to DATA_DIR/beheer.json
// with mode 0600: whoever may read the data folder may run these commands, nobody else. A
// request that carries browser headers (Origin, Sec-Fetch-Site) is refused outright, so a page in a
// browser cannot reach it even if it learned the port. Every call and every refusal is audited.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { problemBody } from '../http/problem.ts';
import type { ErrorCode } from '../../contract/errors.ts';
import { anchorAuditHead, recordAudit, sealPending, verifyAuditChain, type Actor } from '../audit/audit.ts';
import { isValidDate } from '../dates.ts';
import { runRetention } from '../../modules/verwijsindex/retention.ts';
import { backupPglite } from './backup.ts';

export const ADMIN_FILE = 'beheer.json';

export interface AdminChannel {
  url: string;
  token: string;
  pid: number;
}

function actor(req: FastifyRequest): Actor {
  return { userId: null, username: 'beheercommando', organisationId: null, role: 'beheer-api', ip: req.ip, userAgent: (req.headers['user-agent'] as string | undefined) ?? null };
}

function tokenMatches(sent: string | undefined, token: string): boolean {
  const want = Buffer.from(`Bearer ${token}`);
  const got = Buffer.from(sent ?? '');
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Writes the channel file readable by the owner only, atomically. */
function writeChannel(file: string, channel: AdminChannel) {
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(channel) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export async function startAdminApi(ctx: AppContext, dataDir: string): Promise<{ channel: AdminChannel; close(): Promise<void> }> {
  const token = randomBytes(32).toString('base64url');
  const app = Fastify({ logger: false, bodyLimit: 16_384 });

  const refuse = async (req: FastifyRequest, reply: FastifyReply, status: number, code: ErrorCode, detail: string) => {
    await recordAudit(ctx.db, actor(req), [{ action: `${req.method} ${req.url}`, recordType: 'beheer-api', outcome: 'refused', detail: { code } }]).catch(() => undefined);
    return reply.code(status).type('application/problem+json').send(problemBody(status, code, detail, req.url));
  };

  app.addHook('onRequest', async (req, reply) => {
    if (req.headers.origin !== undefined || req.headers['sec-fetch-site'] !== undefined) {
      return refuse(req, reply, 403, 'admin-api-browser-refused', 'De beheer-API is niet bereikbaar vanuit een browser; gebruik de beheercommando\'s (npm run …).');
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      return refuse(req, reply, 401, 'admin-token-invalid', `Het beheertoken ontbreekt of klopt niet. Het geldige token staat in ${ADMIN_FILE} in de datamap van de draaiende server.`);
    }
  });

  app.setErrorHandler(async (error, req, reply) => {
    const status = (error as { statusCode?: number }).statusCode === 400 ? 400 : 500;
    if (status === 500) console.error(error);
    return reply.code(status).type('application/problem+json').send(
      problemBody(status, status === 400 ? 'invalid-json' : 'internal-error', status === 400 ? 'Het verzoek is geen geldige JSON.' : 'Er ging iets mis in de server; zie het serverlog.', req.url));
  });

  app.post('/beheer/v1/retentie', async (req, reply) => {
    const body = (req.body ?? {}) as { peildatum?: unknown; dryRun?: unknown };
    if (typeof body.peildatum !== 'string' || !isValidDate(body.peildatum) || (body.dryRun !== undefined && typeof body.dryRun !== 'boolean')) {
      return reply.code(400).type('application/problem+json').send(problemBody(400, 'validation-failed', 'Geef een geldige peildatum (JJJJ-MM-DD) en eventueel dryRun (true/false).', req.url));
    }
    const report = await runRetention(ctx.db, body.peildatum, { dryRun: body.dryRun === true });
    await recordAudit(ctx.db, actor(req), [{ action: body.dryRun ? 'retention-dry-run' : 'retention', recordType: 'verwijsindex', detail: { peildatum: body.peildatum } }]);
    return report;
  });

  app.post('/beheer/v1/auditketen', async (req) => {
    await sealPending(ctx.db, ctx.auditChain);
    const report = await verifyAuditChain(ctx.db, ctx.auditChain);
    if (report.ok) await anchorAuditHead(ctx.db, ctx.auditChain);
    await recordAudit(ctx.db, actor(req), [{ action: 'verify', recordType: 'auditlog', detail: { ...report } }]);
    return report;
  });

  app.post('/beheer/v1/backup', async (req, reply) => {
    // Audited before the dump, so the backup holds the record of its own making.
    await recordAudit(ctx.db, actor(req), [{ action: 'export', recordType: 'database', detail: { kind: 'backup' } }]);
    const { file, pausedMs } = await backupPglite(ctx.db);
    console.log(`Back-up gemaakt via de beheer-API: ${file.length} bytes; verzoeken wachtten ${Math.round(pausedMs)} ms.`);
    return reply.type('application/octet-stream').header('x-kindveilig-pauze-ms', String(Math.round(pausedMs))).send(file);
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const channel: AdminChannel = { url: `http://127.0.0.1:${port}`, token, pid: process.pid };
  const file = path.join(dataDir, ADMIN_FILE);
  writeChannel(file, channel);
  const forget = () => {
    try {
      if ((JSON.parse(fs.readFileSync(file, 'utf8')) as AdminChannel).token === token) fs.rmSync(file);
    } catch {
      /* gone already */
    }
  };
  process.once('exit', forget);
  return {
    channel,
    async close() {
      forget();
      await app.close();
    },
  };
}
