// For the privacy officer (functioneel beheerder): who looked at this child's data, and is the
// chain intact.
import { z } from 'zod';
import type { App } from '../http/app.ts';
import { actorOf, requireRole, type AppContext } from '../http/context.ts';
import { anchorAuditHead, recordAudit, sealPending, verifyAuditChain } from './audit.ts';
import { bsnSchema } from '../../modules/persons/validation.ts';

const entrySchema = z.object({
  seq: z.number(), at: z.string(), userId: z.string().nullable(), username: z.string().nullable(), organisationId: z.string().nullable(),
  organisation: z.string().nullable(), role: z.string().nullable(), action: z.string(), recordType: z.string(), recordId: z.string().nullable(),
  personId: z.string().nullable(), ip: z.string().nullable(), userAgent: z.string().nullable(), outcome: z.string(), sealed: z.boolean(),
});

export function auditRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;

  // A search (POST), so that a BSN never appears in a URL.
  app.post('/api/v1/audit-entries/_zoek', {
    schema: {
      tags: ['audit'], summary: 'Auditregels over één persoon (op id of BSN) of van één gebruiker',
      body: z.strictObject({ personId: z.uuid().optional(), bsn: bsnSchema.optional(), userId: z.uuid().optional(), limit: z.number().int().min(1).max(1000).default(200) }),
      response: { 200: z.object({ items: z.array(entrySchema) }) },
    },
  }, async (req) => {
    requireRole(req, ['functioneel_beheerder']);
    let personId = req.body.personId;
    if (req.body.bsn) {
      personId = (await db.selectFrom('persons').select('id').where('bsn', '=', req.body.bsn).executeTakeFirst())?.id ?? '00000000-0000-0000-0000-000000000000';
    }
    let q = db.selectFrom('audit_log as a').leftJoin('organisations as o', 'o.id', 'a.organisation_id')
      .select(['a.seq', 'a.at', 'a.user_id', 'a.username', 'a.organisation_id', 'o.name as organisation', 'a.role', 'a.action', 'a.record_type', 'a.record_id', 'a.person_id', 'a.ip', 'a.user_agent', 'a.outcome', 'a.hash'])
      .orderBy('a.seq', 'desc').limit(req.body.limit);
    if (personId) q = q.where('a.person_id', '=', personId);
    if (req.body.userId) q = q.where('a.user_id', '=', req.body.userId);
    const rows = await q.execute();
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'auditlog', personId: personId ?? null, detail: { userId: req.body.userId } }]);
    return {
      items: rows.map((r) => ({
        seq: Number(r.seq), at: new Date(r.at).toISOString(), userId: r.user_id, username: r.username, organisationId: r.organisation_id,
        organisation: r.organisation, role: r.role, action: r.action, recordType: r.record_type, recordId: r.record_id, personId: r.person_id,
        ip: r.ip, userAgent: r.user_agent, outcome: r.outcome, sealed: r.hash !== null,
      })),
    };
  });

  app.post('/api/v1/audit-verifications', {
    schema: {
      tags: ['audit'], summary: 'De hashketen van het auditlog verzegelen en controleren',
      response: { 201: z.object({
        ok: z.boolean(), checked: z.number(), unsealed: z.number(), firstBadPosition: z.number().optional(), reason: z.string().optional(),
        anchors: z.number(), anchoredUpTo: z.number().nullable(),
      }) },
    },
  }, async (req, reply) => {
    requireRole(req, ['functioneel_beheerder']);
    await sealPending(db, ctx.auditChain);
    const report = await verifyAuditChain(db, ctx.auditChain);
    // Only an intact chain gets a new anchor; the earlier anchors keep any damage visible anyway.
    if (report.ok) await anchorAuditHead(db, ctx.auditChain);
    await recordAudit(db, actorOf(req), [{ action: 'verify', recordType: 'auditlog', detail: { ...report } }]);
    return reply.code(201).send(report);
  });
}
