// HTTP API of the reach protocol: the organisation's decision tree, registering a missed
// appointment and the outcome of an attempt; each creates the next task, and at the end the
// protocol proposes escalation (share the worry or start the Meldcode).
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { App } from '../../platform/http/app.ts';
import { actorOf, requireRole, type AppContext, type AuthUser } from '../../platform/http/context.ts';
import { unprocessable } from '../../platform/http/problem.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { dateSchema } from '../persons/validation.ts';
import { addTimelineEntry, dossierFor, dossierUser, type DossierRow } from '../zorgdossier/service.ts';
import { createTasks } from '../opvolging/tasks.ts';
import { addDays } from '../../platform/dates.ts';
import { DEFAULT_PROTOCOL, failuresInEpisode, protocolSchema, stepFor, type ProtocolStep } from './protocol.ts';

const OUTCOME_LABEL = { contact: 'contact gelegd', verklaring: 'verklaring gekregen', andere_hulp: 'andere hulp in beeld', onbereikbaar: 'niemand bereikt' } as const;

async function protocolOf(db: Kysely<DB>, organisationId: string): Promise<ProtocolStep[]> {
  const row = await db.selectFrom('bereik_protocollen').select('steps').where('organisation_id', '=', organisationId).executeTakeFirst();
  return (row?.steps as ProtocolStep[] | undefined) ?? DEFAULT_PROTOCOL;
}

const resultSchema = z.object({
  failures: z.number().describe('Mislukte pogingen in deze episode'),
  step: z.object({ action: z.enum(['contactpoging', 'huisbezoek', 'escalatie']), title: z.string(), dueDays: z.number() }).nullable(),
  taskId: z.string().nullable(),
  task: z.object({ id: z.string(), title: z.string(), dueDate: z.string() }).nullable(),
  escalation: z.object({ options: z.array(z.enum(['zorg_delen', 'meldcode_starten'])) }).nullable(),
});

export function bereikRoutes(app: App, ctx: AppContext) {
  const { db, clock } = ctx;

  app.get('/api/v1/bereik-protocol', {
    schema: { tags: ['bereik'], summary: 'Het bereikprotocol van de eigen organisatie', response: { 200: z.object({ steps: protocolSchema, isDefault: z.boolean() }) } },
  }, async (req) => {
    const user = await dossierUser(db, req);
    const row = await db.selectFrom('bereik_protocollen').select('steps').where('organisation_id', '=', user.organisationId).executeTakeFirst();
    return { steps: (row?.steps as ProtocolStep[] | undefined) ?? DEFAULT_PROTOCOL, isDefault: !row };
  });

  app.put('/api/v1/bereik-protocol', {
    schema: {
      tags: ['bereik'], summary: 'Het bereikprotocol van de organisatie instellen (aandachtsfunctionaris)',
      body: z.strictObject({ steps: protocolSchema }), response: { 200: z.object({ steps: protocolSchema, isDefault: z.boolean() }) },
    },
  }, async (req) => {
    const user = requireRole(req, ['aandachtsfunctionaris']);
    await db.insertInto('bereik_protocollen').values({ organisation_id: user.organisationId, steps: JSON.stringify(req.body.steps) as never, updated_by: user.id, updated_at: clock.now() })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ steps: JSON.stringify(req.body.steps) as never, updated_by: user.id, updated_at: clock.now() })).execute();
    await recordAudit(db, actorOf(req), [{ action: 'update', recordType: 'bereik-protocol', recordId: user.organisationId }]);
    return { steps: req.body.steps, isDefault: false };
  });

  /** Records an event and, when it is a failure to reach the family, creates the protocol's next task. */
  async function record(user: AuthUser, dossierId: string, event: { kind: 'niet_verschenen' | 'uitkomst'; onDate: string; outcome?: keyof typeof OUTCOME_LABEL; note?: string }) {
    return db.transaction().execute(async (tx) => {
      const { dossier } = await dossierFor(tx, user, dossierId, { write: true });
      if (event.onDate > clock.today()) throw unprocessable('date-in-future', 'Deze datum ligt in de toekomst.', { fields: ['onDate'] });
      await tx.insertInto('bereik_gebeurtenissen').values({
        dossier_id: dossier.id, kind: event.kind, on_date: event.onDate, outcome: event.outcome ?? null, note: event.note ?? null, author_id: user.id, created_at: clock.now(),
      }).execute();
      const summary = event.kind === 'niet_verschenen'
        ? `Niet verschenen zonder bericht op ${event.onDate}.`
        : `Bereikpoging op ${event.onDate}: ${OUTCOME_LABEL[event.outcome!]}.`;
      await addTimelineEntry(tx, dossier.id, user.id, { kind: 'bereik', summary, recordType: 'bereik', body: event.note }, clock.now());
      const result = await nextStep(tx, dossier, user, event.kind === 'niet_verschenen' || event.outcome === 'onbereikbaar');
      return { dossier, result };
    });
  }

  async function nextStep(tx: Kysely<DB>, dossier: DossierRow, user: AuthUser, failed: boolean) {
    const events = await tx.selectFrom('bereik_gebeurtenissen').select(['kind', 'outcome']).where('dossier_id', '=', dossier.id).orderBy('seq').execute();
    const failures = failuresInEpisode(events);
    if (!failed || failures === 0) return { failures, step: null, taskId: null, task: null, escalation: null };
    const step = stepFor(await protocolOf(tx, dossier.organisation_id), failures);
    const dueDate = addDays(clock.today(), step.dueDays);
    const [taskId] = await createTasks(tx, dossier, user.id, [{ title: step.title, dueDate, assigneeId: user.id, source: 'bereik' }], clock.today(), clock.now());
    if (step.action === 'escalatie') {
      await addTimelineEntry(tx, dossier.id, user.id, { kind: 'bereik-escalatie', summary: 'Het gezin blijft onbereikbaar zonder verklaring en zonder andere hulp in beeld: het protocol stelt voor de zorg te delen of de meldcode te starten.' }, clock.now());
    }
    return { failures, step, taskId, task: { id: taskId, title: step.title, dueDate }, escalation: step.action === 'escalatie' ? { options: ['zorg_delen' as const, 'meldcode_starten' as const] } : null };
  }

  app.post('/api/v1/dossiers/:id/niet-verschenen', {
    schema: {
      tags: ['bereik'], summary: 'Een afspraak waarop het gezin niet verscheen zonder bericht; het protocol maakt de volgende taak',
      params: z.object({ id: z.uuid() }), body: z.strictObject({ onDate: dateSchema, note: z.string().trim().max(2000).optional() }),
      response: { 201: resultSchema },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const { dossier, result } = await record(user, req.params.id, { kind: 'niet_verschenen', ...req.body });
    await recordAudit(db, actorOf(req), [{ action: 'create', recordType: 'bereik', recordId: dossier.id, personId: dossier.person_id }]);
    return reply.code(201).send(result);
  });

  app.post('/api/v1/dossiers/:id/bereik-uitkomsten', {
    schema: {
      tags: ['bereik'], summary: 'Uitkomst van een contactpoging of huisbezoek; contact, een verklaring of andere hulp sluit de reeks af',
      params: z.object({ id: z.uuid() }),
      body: z.strictObject({ onDate: dateSchema, outcome: z.enum(['contact', 'verklaring', 'andere_hulp', 'onbereikbaar']), note: z.string().trim().max(2000).optional() }),
      response: { 201: resultSchema },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const { dossier, result } = await record(user, req.params.id, { kind: 'uitkomst', ...req.body });
    await recordAudit(db, actorOf(req), [{ action: 'create', recordType: 'bereik', recordId: dossier.id, personId: dossier.person_id }]);
    return reply.code(201).send(result);
  });
}
