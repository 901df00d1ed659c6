// HTTP API of the Verwijsindex. Nobody browses the index: a user sees their own signals and the
// matches they are in; a regional coordinator sees counts only.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../platform/http/app.ts';
import { actorOf, requireRole, type AppContext, type AuthUser } from '../../platform/http/context.ts';
import { Problem, forbidden, notFound, unprocessable } from '../../platform/http/problem.ts';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit.ts';
import { CASEWORK_ROLES } from '../../platform/auth/roles.ts';
import { bsnSchema, dateSchema } from '../persons/validation.ts';
import { closeSignal, registerSignal } from './signals.ts';
import { myMatches, mySignals, signalView } from './views.ts';
import { userSeesPerson } from './matching.ts';
import { CONTENT_FIELDS } from './rules.ts';
import { regionStatistics } from './statistics.ts';
import { disclosureSettings, reasonsSchema, roundingQuery, ruleSchema } from '../../platform/disclosure/index.ts';

const statisticsRow = z.object({
  activeSignals: z.number().nullable(), childMatches: z.number().nullable(), familyMatches: z.number().nullable(),
  /** Why a null is null, per field. */
  onderdrukking: reasonsSchema,
});
import { relationshipSchema, requireRelationship } from '../betrokkenheid/relationship.ts';

const youthSchema = z.object({ id: z.string(), bsn: z.string(), name: z.string(), dateOfBirth: z.string() });
const signalSchema = z.object({
  id: z.string(), youth: youthSchema, startDate: z.string(), informedOn: z.string(), status: z.enum(['actief', 'inactief']),
  endDate: z.string().nullable(), endReason: z.enum(['afgesloten', 'verlopen']).nullable(),
  contactPhone: z.string(), contactEmail: z.string(), matchCount: z.number(),
}).refine((s) => s.id !== s.youth.id, { message: 'the id of a signal is its own, not its youth’s' });
const contactSchema = z.object({ name: z.string(), phone: z.string(), email: z.string() });
const matchSchema = z.object({
  id: z.string(), type: z.enum(['kind', 'gezin']), createdAt: z.string(),
  regievoerder: z.object({ userId: z.string(), name: z.string(), organisation: z.string(), since: z.string().nullable() }).nullable(),
  members: z.array(z.object({
    signalId: z.string(), userId: z.string(), mine: z.boolean(), youth: youthSchema, organisation: z.string(), sector: z.string(),
    professional: contactSchema, status: z.enum(['actief', 'inactief']), startDate: z.string(), endDate: z.string().nullable(),
    afgestemdOp: z.string().nullable(),
  })),
  historicalSignals: z.array(z.object({
    signalId: z.string(), youthId: z.string(), organisation: z.string(), professional: contactSchema, startDate: z.string(), endDate: z.string().nullable(),
  })),
});
const matchChangeSchema = z.object({ matchId: z.string(), type: z.enum(['kind', 'gezin']), created: z.boolean() });

const reads = (signals: { youth: { id: string } }[], recordType: string, recordId?: string): AuditEvent[] =>
  [...new Set(signals.map((s) => s.youth.id))].map((personId) => ({ action: 'read', recordType, recordId: recordId ?? null, personId }));

/** A change to a match concerns every youth in it: one entry per youth, so each is findable under the child. */
const changed = (match: { id: string; members: { youth: { id: string } }[] }, detail: Record<string, unknown>): AuditEvent[] =>
  [...new Set(match.members.map((m) => m.youth.id))].map((personId) => ({ action: 'update', recordType: 'match', recordId: match.id, personId, detail }));

export function verwijsindexRoutes(app: App, ctx: AppContext) {
  const { db, clock, notifier } = ctx;

  ctx.personAccess.add((tx, user, personId) => userSeesPerson(tx, user.id, personId));

  /** The module can be switched off for the whole installation or per municipality. */
  async function professional(req: FastifyRequest): Promise<AuthUser> {
    const user = requireRole(req, CASEWORK_ROLES);
    await assertEnabled(user);
    return user;
  }
  async function assertEnabled(user: AuthUser) {
    if (!ctx.config.verwijsindexEnabled || !user.verwijsindexEnabled) {
      throw new Problem(403, 'module-disabled', 'De Verwijsindex is voor uw organisatie uitgeschakeld.');
    }
  }

  app.get('/api/v1/signalen', {
    schema: { tags: ['verwijsindex'], summary: 'Mijn signalen', response: { 200: z.object({ items: z.array(signalSchema) }) } },
  }, async (req) => {
    const user = await professional(req);
    const items = await mySignals(db, user.id);
    await recordAudit(db, actorOf(req), reads(items, 'signaal'));
    return { items };
  });

  app.get('/api/v1/signalen/:id', {
    schema: { tags: ['verwijsindex'], summary: 'Eén eigen signaal', params: z.object({ id: z.uuid() }), response: { 200: signalSchema } },
  }, async (req) => {
    const user = await professional(req);
    const [signal] = await mySignals(db, user.id, req.params.id);
    if (!signal) {
      const exists = await db.selectFrom('signals').select(['id', 'person_id']).where('id', '=', req.params.id).executeTakeFirst();
      if (!exists) throw notFound('Dit signaal bestaat niet.');
      throw forbidden('Dit is niet uw signaal.').about({ recordType: 'signaal', recordId: exists.id, personId: exists.person_id });
    }
    await recordAudit(db, actorOf(req), reads([signal], 'signaal', signal.id));
    return signal;
  });

  app.post('/api/v1/signalen', {
    preValidation: async (req) => {
      const keys = Object.keys((req.body ?? {}) as object);
      const content = keys.filter((k) => CONTENT_FIELDS.includes(k.toLowerCase()));
      if (content.length) {
        throw unprocessable('signal-content-forbidden', 'Een signaal bevat nooit een reden of inhoud; alleen dát u betrokken bent.', { fields: content });
      }
    },
    schema: {
      tags: ['verwijsindex'],
      summary: 'Signaal afgeven: alleen dát u betrokken bent bij een jeugdige (nooit waarom)',
      body: z.strictObject({
        bsn: bsnSchema,
        informedOn: dateSchema.describe('Datum waarop jeugdige/ouders over het signaal zijn geïnformeerd (verplicht)'),
        startDate: dateSchema.optional(),
        contactPhone: z.string().trim().min(6).max(30).optional(),
        contactEmail: z.email().optional(),
        relationship: relationshipSchema.optional().describe('Reden van betrokkenheid; alleen voor de privacyfunctionaris, nooit in de match'),
      }),
      response: { 201: z.object({ signal: signalSchema, matches: z.array(matchChangeSchema) }) },
    },
  }, async (req, reply) => {
    const user = await professional(req);
    const relationship = requireRelationship(req.body.relationship);
    // One autocommit statement: no BEGIN/COMMIT round trips on the index's hot path.
    const { person, signal, changes } = await registerSignal(db, notifier, user, actorOf(req), { ...req.body, relationship }, clock.now(), clock.today());
    // The signal's own columns last: both rows have an `id`, and the answer is the signal's.
    const view = signalView({ ...person, ...signal, id: signal.id, person_id: person.id, match_count: changes.length });
    return reply.code(201).send({ signal: view, matches: changes.map(({ matchId, type, created }) => ({ matchId, type, created })) });
  });

  app.patch('/api/v1/signalen/:id', {
    schema: {
      tags: ['verwijsindex'], summary: 'Eigen signaal vroegtijdig afsluiten (inactief maken)',
      params: z.object({ id: z.uuid() }),
      body: z.strictObject({ status: z.literal('inactief'), endDate: dateSchema.optional() }),
      response: { 200: signalSchema },
    },
  }, async (req) => {
    const user = await professional(req);
    return db.transaction().execute(async (tx) => {
      const closed = await closeSignal(tx, user, req.params.id, req.body.endDate ?? clock.today(), clock.today());
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'signaal', recordId: closed.id, personId: closed.person_id, detail: { status: 'inactief' } }]);
      const [view] = await mySignals(tx, user.id, closed.id);
      return view;
    });
  });

  app.get('/api/v1/matches', {
    schema: { tags: ['verwijsindex'], summary: 'Mijn matches', response: { 200: z.object({ items: z.array(matchSchema) }) } },
  }, async (req) => {
    const user = await professional(req);
    const items = await myMatches(db, user.id);
    await recordAudit(db, actorOf(req), items.flatMap((m) => reads(m.members, 'match', m.id)));
    return { items };
  });

  async function matchFor(req: FastifyRequest, user: AuthUser, matchId: string, tx = db) {
    const [match] = await myMatches(tx, user.id, matchId);
    if (!match) {
      const exists = await tx.selectFrom('matches').select(['id', 'key_person_id']).where('id', '=', matchId).executeTakeFirst();
      if (!exists) throw notFound('Deze match bestaat niet.');
      throw forbidden('U zit niet in deze match.').about({ recordType: 'match', recordId: matchId, personId: exists.key_person_id });
    }
    return match;
  }

  app.get('/api/v1/matches/:id', {
    schema: { tags: ['verwijsindex'], summary: 'Eén match waarin ik zit', params: z.object({ id: z.uuid() }), response: { 200: matchSchema } },
  }, async (req) => {
    const user = await professional(req);
    const match = await matchFor(req, user, req.params.id);
    await recordAudit(db, actorOf(req), reads(match.members, 'match', match.id));
    return match;
  });

  app.put('/api/v1/matches/:id/regievoerder', {
    schema: {
      tags: ['verwijsindex'], summary: 'Vastleggen wie de regie heeft (regievoerder), met ingangsdatum',
      params: z.object({ id: z.uuid() }),
      body: z.strictObject({ userId: z.uuid(), since: dateSchema }),
      response: { 200: matchSchema },
    },
  }, async (req) => {
    const user = await professional(req);
    return db.transaction().execute(async (tx) => {
      const match = await matchFor(req, user, req.params.id, tx);
      if (!match.members.some((m) => m.mine && m.status === 'actief')) {
        throw forbidden('Alleen professionals met een actief signaal in deze match leggen de regie vast.').about({ recordType: 'match', recordId: match.id, personId: match.members.find((m) => m.mine)?.youth.id ?? null });
      }
      if (!match.members.some((m) => m.userId === req.body.userId)) {
        throw unprocessable('regievoerder-not-in-match', 'De regievoerder moet een van de professionals in deze match zijn.');
      }
      if (req.body.since > clock.today()) throw unprocessable('date-in-future', 'De ingangsdatum van de regie ligt in de toekomst.');
      if (req.body.since < match.createdAt.slice(0, 10)) throw unprocessable('date-before-match', 'De ingangsdatum ligt voor het ontstaan van de match.');
      await tx.updateTable('matches').set({
        regievoerder_user_id: req.body.userId, regie_since: req.body.since, regie_set_by: user.id, regie_set_at: clock.now(),
      }).where('id', '=', match.id).execute();
      await recordAudit(tx, actorOf(req), changed(match, { regievoerder: req.body.userId }));
      await notifier.notify(tx, [{
        userIds: match.members.map((m) => m.userId).filter((u) => u !== user.id),
        subject: 'Regievoerder vastgelegd', body: `${user.displayName} heeft vastgelegd wie de regie heeft in een match waarin u zit.`, link: `/matches/${match.id}`,
      }]);
      const [updated] = await myMatches(tx, user.id, match.id);
      await recordAudit(tx, actorOf(req), reads(updated.members, 'match', match.id));
      return updated;
    });
  });

  app.post('/api/v1/matches/:id/afstemmingen', {
    schema: {
      tags: ['verwijsindex'], summary: 'Vastleggen dat ik heb afgestemd met de anderen in de match',
      params: z.object({ id: z.uuid() }),
      body: z.strictObject({ afgestemdOp: dateSchema }),
      response: { 200: matchSchema },
    },
  }, async (req) => {
    const user = await professional(req);
    return db.transaction().execute(async (tx) => {
      const match = await matchFor(req, user, req.params.id, tx);
      if (req.body.afgestemdOp > clock.today()) throw unprocessable('date-in-future', 'De datum van afstemming ligt in de toekomst.');
      if (req.body.afgestemdOp < match.createdAt.slice(0, 10)) throw unprocessable('date-before-match', 'De datum ligt voor het ontstaan van de match.');
      const mine = match.members.filter((m) => m.mine).map((m) => m.signalId);
      await tx.updateTable('match_members').set({ afgestemd_op: req.body.afgestemdOp, afgestemd_at: clock.now() })
        .where('match_id', '=', match.id).where('signal_id', 'in', mine).execute();
      await recordAudit(tx, actorOf(req), changed(match, { afgestemdOp: req.body.afgestemdOp }));
      const [updated] = await myMatches(tx, user.id, match.id);
      await recordAudit(tx, actorOf(req), reads(updated.members, 'match', match.id));
      return updated;
    });
  });

  app.get('/api/v1/verwijsindex/statistieken', {
    schema: {
      tags: ['verwijsindex'], summary: 'Aantallen per gemeente en regiototaal in de eigen regio (regiocoördinator), door de onthullingscontrole (besluit 0009)',
      querystring: z.strictObject({ afronden: roundingQuery }),
      response: { 200: z.object({
        region: z.string(),
        items: z.array(statisticsRow.extend({ municipality: z.string() })),
        totaal: statisticsRow,
        beveiliging: ruleSchema,
      }) },
    },
  }, async (req) => {
    const user = requireRole(req, ['regiocoordinator']);
    const stats = await regionStatistics(db, user.regionId, disclosureSettings(ctx.config, req.query.afronden));
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'statistieken', recordId: String(user.regionId) }]);
    return stats;
  });
}
