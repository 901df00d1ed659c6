// HTTP API of the Meldcode: start a trajectory, document the steps, decide, pause and resume,
// evaluate help, report to Veilig Thuis; the aandachtsfunctionaris' overview; Veilig Thuis' inbox.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { App } from '../../platform/http/app.ts';
import { actorOf, currentUser, requireRole, type AppContext, type AuthUser } from '../../platform/http/context.ts';
import { conflict, forbidden, notFound, unprocessable } from '../../platform/http/problem.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { bsnSchema } from '../persons/validation.ts';
import { fullName } from '../persons/service.ts';
import { addTimelineEntry, dossierFor, dossierUser } from '../zorgdossier/service.ts';
import { TRAJECT_STATUSES } from './tables.ts';
import { VT_ROLES } from '../../contract/roles.ts';
import { STEP_SCHEMAS, decisionSchema, evaluationSchema } from './steps.ts';
import { createTasks } from '../opvolging/tasks.ts';
import { RUNNING, addRecord, assertDecisionConsistent, assertEarlierSteps, assertStatus, reportToVeiligThuis, trajectFor, type TrajectRow } from './service.ts';

const stepBody = z.discriminatedUnion('kind', [
  STEP_SCHEMAS.signaal.extend({ kind: z.literal('signaal') }),
  STEP_SCHEMAS.consultatie.extend({ kind: z.literal('consultatie') }),
  STEP_SCHEMAS.gesprek.extend({ kind: z.literal('gesprek') }),
  STEP_SCHEMAS.gesprek_overgeslagen.extend({ kind: z.literal('gesprek_overgeslagen') }),
  STEP_SCHEMAS.weging.extend({ kind: z.literal('weging') }),
]);

const STEP_SUMMARY: Record<string, string> = {
  signaal: 'Stap 1: signaal vastgelegd', consultatie: 'Stap 2: collegiale consultatie of advies vastgelegd',
  gesprek: 'Stap 3: gesprek met betrokkenen vastgelegd', gesprek_overgeslagen: 'Stap 3: gesprek niet gevoerd, met reden',
  weging: 'Stap 4: weging met het afwegingskader vastgelegd',
};

const trajectSchema = z.object({
  id: z.string(), dossierId: z.string(), status: z.enum(['open', 'gepauzeerd', 'hulp', 'gemeld', 'afgesloten']),
  child: z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string() }),
  startedAt: z.string(), pauseReason: z.string().nullable(), followUpDate: z.string().nullable(),
  nextStep: z.number().nullable().describe('De eerste stap die nog leeg is (leidraad, geen verplichting)'),
  records: z.array(z.object({ id: z.string(), step: z.number(), kind: z.string(), author: z.string(), recordedAt: z.string(), data: z.unknown() })),
  meldingen: z.array(z.object({ id: z.string(), createdAt: z.string(), toOrganisation: z.string(), receivedAt: z.string().nullable() })),
  member: z.boolean().describe('De gebruiker is betrokken bij het dossier en mag in het traject schrijven'),
});

async function trajectView(db: Kysely<DB>, t: TrajectRow, member: boolean) {
  const child = await db.selectFrom('persons').select(['id', 'given_names', 'tussenvoegsel', 'family_name', 'date_of_birth']).where('id', '=', t.person_id).executeTakeFirstOrThrow();
  const records = await db.selectFrom('meldcode_records as r').innerJoin('users as u', 'u.id', 'r.author_id')
    .select(['r.id', 'r.step', 'r.kind', 'r.recorded_at', 'r.data', 'u.display_name']).where('r.traject_id', '=', t.id).orderBy('r.seq').execute();
  const meldingen = await db.selectFrom('veilig_thuis_meldingen as v').innerJoin('organisations as o', 'o.id', 'v.to_organisation_id')
    .select(['v.id', 'v.created_at', 'v.received_at', 'o.name']).where('v.traject_id', '=', t.id).orderBy('v.created_at').execute();
  const done = new Set(records.map((r) => r.step));
  return {
    id: t.id, dossierId: t.dossier_id, status: t.status,
    child: { id: child.id, name: fullName(child), dateOfBirth: child.date_of_birth },
    startedAt: new Date(t.started_at).toISOString(), pauseReason: t.pause_reason, followUpDate: t.follow_up_date,
    nextStep: [1, 2, 3, 4, 5].find((s) => !done.has(s) || (s === 5 && !records.some((r) => r.kind === 'besluit'))) ?? null,
    records: records.map((r) => ({ id: r.id, step: r.step, kind: r.kind, author: r.display_name, recordedAt: new Date(r.recorded_at).toISOString(), data: r.data })),
    meldingen: meldingen.map((m) => ({ id: m.id, createdAt: new Date(m.created_at).toISOString(), toOrganisation: m.name, receivedAt: m.received_at ? new Date(m.received_at).toISOString() : null })),
    member,
  };
}

export function meldcodeRoutes(app: App, ctx: AppContext) {
  const { db, clock, notifier } = ctx;
  const params = z.object({ id: z.uuid() });

  /** Runs a write on a trajectory the user is a member of, in one transaction, and returns the new view. */
  async function write(req: FastifyRequest, id: string, work: (tx: Kysely<DB>, t: TrajectRow, user: AuthUser) => Promise<Record<string, unknown> | void>) {
    const user = await dossierUser(db, req);
    return db.transaction().execute(async (tx) => {
      const t = await trajectFor(tx, user, id, { write: true });
      const detail = await work(tx, t, user);
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'meldcode', recordId: t.id, personId: t.person_id, detail: detail ?? undefined }]);
      const fresh = await tx.selectFrom('meldcode_trajecten').selectAll().where('id', '=', t.id).executeTakeFirstOrThrow();
      return trajectView(tx, fresh, true);
    });
  }

  app.post('/api/v1/meldcode-trajecten', {
    schema: {
      tags: ['meldcode'], summary: 'Meldcodetraject starten vanuit een dossier, of direct voor een kind (opent zo nodig het dossier)',
      body: z.union([z.strictObject({ dossierId: z.uuid() }), z.strictObject({ bsn: bsnSchema })]),
      response: { 201: trajectSchema },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const view = await db.transaction().execute(async (tx) => {
      let dossierId: string;
      if ('dossierId' in req.body) {
        dossierId = req.body.dossierId;
      } else {
        const child = await tx.selectFrom('persons').select('id').where('bsn', '=', req.body.bsn).executeTakeFirst();
        if (!child) throw notFound('Er is geen kind met dit BSN bekend.');
        const existing = await tx.selectFrom('dossiers').select('id').where('person_id', '=', child.id)
          .where('organisation_id', '=', user.organisationId).where('status', '=', 'open').executeTakeFirst();
        if (!existing) throw conflict('dossier-required', 'Open eerst een zorgdossier voor dit kind; het traject hoort daarin.');
        dossierId = existing.id;
      }
      const { dossier } = await dossierFor(tx, user, dossierId, { write: true });
      const running = await tx.selectFrom('meldcode_trajecten').select('id').where('dossier_id', '=', dossier.id).where('status', 'in', RUNNING).executeTakeFirst();
      if (running) throw conflict('traject-running', 'Er loopt al een meldcodetraject in dit dossier.', { trajectId: running.id });
      const t = await tx.insertInto('meldcode_trajecten').values({
        dossier_id: dossier.id, person_id: dossier.person_id, organisation_id: dossier.organisation_id, started_by: user.id, started_at: clock.now(),
      }).returningAll().executeTakeFirstOrThrow();
      await addTimelineEntry(tx, dossier.id, user.id, { kind: 'meldcode-start', summary: `Meldcodetraject gestart door ${user.displayName}.`, recordType: 'meldcode', recordId: t.id }, clock.now());
      await recordAudit(tx, actorOf(req), [{ action: 'create', recordType: 'meldcode', recordId: t.id, personId: t.person_id }]);
      return trajectView(tx, t, true);
    });
    return reply.code(201).send(view);
  });

  app.get('/api/v1/meldcode-trajecten/:id', {
    schema: { tags: ['meldcode'], summary: 'Een meldcodetraject met alle vastgelegde stappen', params, response: { 200: trajectSchema } },
  }, async (req) => {
    const user = await dossierUser(db, req);
    const t = await trajectFor(db, user, req.params.id);
    const { member } = await dossierFor(db, user, t.dossier_id);
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'meldcode', recordId: t.id, personId: t.person_id }]);
    return trajectView(db, t, member);
  });

  app.get('/api/v1/dossiers/:id/meldcode-trajecten', {
    schema: {
      tags: ['meldcode'], summary: 'De meldcodetrajecten van een dossier, met status en ontvangst van een melding',
      params, response: { 200: z.object({ items: z.array(z.object({
        id: z.string(), status: z.enum(TRAJECT_STATUSES), startedAt: z.string(), closedAt: z.string().nullable(), receivedByVeiligThuisAt: z.string().nullable(),
      })) }) },
    },
  }, async (req) => {
    const user = await dossierUser(db, req);
    const { dossier } = await dossierFor(db, user, req.params.id);
    const rows = await db.selectFrom('meldcode_trajecten as t')
      .select(['t.id', 't.status', 't.started_at', 't.closed_at'])
      .select((eb) => eb.selectFrom('veilig_thuis_meldingen as v').select((v) => v.fn.max('v.received_at').as('r')).whereRef('v.traject_id', '=', 't.id').as('received_at'))
      .where('t.dossier_id', '=', dossier.id).orderBy('t.started_at', 'desc').execute();
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'meldcode', recordId: dossier.id, personId: dossier.person_id }]);
    return { items: rows.map((r) => ({
      id: r.id, status: r.status, startedAt: new Date(r.started_at).toISOString(), closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
      receivedByVeiligThuisAt: r.received_at ? new Date(r.received_at).toISOString() : null,
    })) };
  });

  app.post('/api/v1/meldcode-trajecten/:id/stappen', {
    schema: {
      tags: ['meldcode'], summary: 'Stap 1–4 documenteren: signaal, consultatie, gesprek (of reden om het over te slaan), weging',
      params, body: stepBody, response: { 201: trajectSchema },
    },
  }, async (req, reply) => {
    const { kind, ...data } = req.body;
    const view = await write(req, req.params.id, async (tx, t, user) => {
      assertStatus(t, ['open', 'hulp']);
      for (const [field, value] of Object.entries(data)) {
        if (/On$/.test(field) && typeof value === 'string' && value > clock.today()) {
          throw unprocessable('date-in-future', 'Deze datum ligt in de toekomst.', { fields: [field] });
        }
      }
      await addRecord(tx, t, user, kind, data, STEP_SUMMARY[kind], clock.now());
      return { kind };
    });
    return reply.code(201).send(view);
  });

  app.post('/api/v1/meldcode-trajecten/:id/besluiten', {
    schema: {
      tags: ['meldcode'], summary: 'Stap 5: de twee besluiten, uitgewerkt als de afwegingsvragen; uitkomst afsluiten, melden of hulp',
      params, body: decisionSchema, response: { 201: trajectSchema },
    },
  }, async (req, reply) => {
    const d = req.body;
    const view = await write(req, req.params.id, async (tx, t, user) => {
      assertStatus(t, ['open']);
      await assertEarlierSteps(tx, t, d.emptyStepReasons);
      assertDecisionConsistent(d, clock.today());
      const label = { afsluiten: 'afsluiten', melden: 'melden bij Veilig Thuis', hulp: 'hulp bieden of organiseren' }[d.outcome];
      await addRecord(tx, t, user, 'besluit', d, `Stap 5: besluit — ${label}.`, clock.now());
      if (d.outcome === 'melden') {
        const meldingId = await reportToVeiligThuis(tx, notifier, t, user, clock.now());
        await tx.updateTable('meldcode_trajecten').set({ status: 'gemeld', closed_at: clock.now() }).where('id', '=', t.id).execute();
        return { outcome: d.outcome, meldingId };
      }
      await tx.updateTable('meldcode_trajecten').set(d.outcome === 'hulp'
        ? { status: 'hulp', follow_up_date: d.followUpDate! }
        : { status: 'afgesloten', closed_at: clock.now() }).where('id', '=', t.id).execute();
      if (d.outcome === 'hulp') {
        const dossier = await tx.selectFrom('dossiers').selectAll().where('id', '=', t.dossier_id).executeTakeFirstOrThrow();
        await createTasks(tx, dossier, user.id, [{
          title: 'Meldcode vraag 5: bereikt de hulp op tijd de nodige resultaten?', dueDate: d.followUpDate!, assigneeId: user.id, source: 'vervolgdatum', sourceId: t.id,
        }], clock.today(), clock.now());
      }
      return { outcome: d.outcome };
    });
    return reply.code(201).send(view);
  });

  app.post('/api/v1/meldcode-trajecten/:id/evaluaties', {
    schema: {
      tags: ['meldcode'], summary: 'Afwegingsvraag 5 bij hulp: bereikt de hulp op tijd de nodige resultaten? Nee → (opnieuw) melden',
      params, body: evaluationSchema, response: { 201: trajectSchema },
    },
  }, async (req, reply) => {
    const e = req.body;
    const view = await write(req, req.params.id, async (tx, t, user) => {
      assertStatus(t, ['hulp']);
      if (e.evaluatedOn > clock.today()) throw unprocessable('date-in-future', 'De datum ligt in de toekomst.', { fields: ['evaluatedOn'] });
      if (e.q5ResultaatBereikt.answer === 'ja') {
        if (!e.monitoringAgreements) throw unprocessable('monitoring-required', 'Leg vast hoe de (on)veiligheid verder wordt gevolgd.', { fields: ['monitoringAgreements'] });
        await addRecord(tx, t, user, 'evaluatie', e, 'Vraag 5: de hulp bereikt de nodige resultaten; traject afgesloten met afspraken over monitoring.', clock.now());
        await tx.updateTable('meldcode_trajecten').set({ status: 'afgesloten', closed_at: clock.now() }).where('id', '=', t.id).execute();
        return { q5: 'ja' };
      }
      await addRecord(tx, t, user, 'evaluatie', e, 'Vraag 5: de hulp bereikt de resultaten niet op tijd; (opnieuw) melden bij Veilig Thuis.', clock.now());
      const meldingId = await reportToVeiligThuis(tx, notifier, t, user, clock.now());
      await tx.updateTable('meldcode_trajecten').set({ status: 'gemeld', closed_at: clock.now() }).where('id', '=', t.id).execute();
      return { q5: 'nee', meldingId };
    });
    return reply.code(201).send(view);
  });

  app.post('/api/v1/meldcode-trajecten/:id/pauze', {
    schema: { tags: ['meldcode'], summary: 'Traject pauzeren, met reden', params, body: z.strictObject({ reason: z.string().trim().min(1).max(2000) }), response: { 201: trajectSchema } },
  }, async (req, reply) => {
    const view = await write(req, req.params.id, async (tx, t, user) => {
      assertStatus(t, ['open', 'hulp']);
      await addRecord(tx, t, user, 'pauze', { reason: req.body.reason, previousStatus: t.status }, `Traject gepauzeerd: ${req.body.reason}`, clock.now());
      await tx.updateTable('meldcode_trajecten').set({ status: 'gepauzeerd', pause_reason: req.body.reason }).where('id', '=', t.id).execute();
    });
    return reply.code(201).send(view);
  });

  app.post('/api/v1/meldcode-trajecten/:id/hervatting', {
    schema: { tags: ['meldcode'], summary: 'Gepauzeerd traject hervatten', params, response: { 201: trajectSchema } },
  }, async (req, reply) => {
    const view = await write(req, req.params.id, async (tx, t, user) => {
      if (t.status !== 'gepauzeerd') throw conflict('traject-not-paused', 'Dit traject is niet gepauzeerd.');
      const pause = await tx.selectFrom('meldcode_records').select('data').where('traject_id', '=', t.id).where('kind', '=', 'pauze').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
      const previous = (pause.data as { previousStatus: 'open' | 'hulp' }).previousStatus;
      await addRecord(tx, t, user, 'hervatting', {}, 'Traject hervat.', clock.now());
      await tx.updateTable('meldcode_trajecten').set({ status: previous, pause_reason: null }).where('id', '=', t.id).execute();
    });
    return reply.code(201).send(view);
  });

  app.get('/api/v1/meldcode/overzicht', {
    schema: {
      tags: ['meldcode'], summary: 'Voor de aandachtsfunctionaris: lopende trajecten en recente screenings van de organisatie, met leeftijd en volgende datum',
      response: { 200: z.object({
        trajecten: z.array(z.object({ id: z.string(), dossierId: z.string(), child: z.string(), status: z.enum(TRAJECT_STATUSES), startedAt: z.string(), ageDays: z.number(), followUpDate: z.string().nullable(), nextStep: z.number().nullable() })),
        screenings: z.array(z.object({ id: z.string(), dossierId: z.string(), child: z.string(), judgement: z.string(), nextAction: z.string(), createdAt: z.string(), ageDays: z.number() })),
      }) },
    },
  }, async (req) => {
    const user = requireRole(req, ['aandachtsfunctionaris']);
    const now = clock.now().getTime();
    const ageDays = (d: Date) => Math.floor((now - new Date(d).getTime()) / 86_400_000);
    const trajecten = await db.selectFrom('meldcode_trajecten as t').innerJoin('persons as p', 'p.id', 't.person_id')
      .selectAll('t').select(['p.given_names', 'p.tussenvoegsel', 'p.family_name'])
      .where('t.organisation_id', '=', user.organisationId).where('t.status', 'in', RUNNING).orderBy('t.started_at').execute();
    const screenings = await db.selectFrom('screenings as s').innerJoin('dossiers as d', 'd.id', 's.dossier_id').innerJoin('persons as p', 'p.id', 's.person_id')
      .select(['s.id', 's.dossier_id', 's.judgement', 's.next_action', 's.created_at', 's.person_id', 'p.given_names', 'p.tussenvoegsel', 'p.family_name'])
      .where('d.organisation_id', '=', user.organisationId).where('d.status', '=', 'open').orderBy('s.created_at', 'desc').limit(200).execute();
    const views = await Promise.all(trajecten.map((t) => trajectView(db, t, false)));
    await recordAudit(db, actorOf(req), [...new Set([...trajecten.map((t) => t.person_id), ...screenings.map((s) => s.person_id)])]
      .map((personId) => ({ action: 'read', recordType: 'meldcode-overzicht', personId })));
    return {
      trajecten: trajecten.map((t, i) => ({
        id: t.id, dossierId: t.dossier_id, child: fullName(t), status: t.status, startedAt: new Date(t.started_at).toISOString(),
        ageDays: ageDays(t.started_at), followUpDate: t.follow_up_date, nextStep: views[i].nextStep,
      })),
      screenings: screenings.map((s) => ({
        id: s.id, dossierId: s.dossier_id, child: fullName(s), judgement: s.judgement, nextAction: s.next_action,
        createdAt: new Date(s.created_at).toISOString(), ageDays: ageDays(s.created_at),
      })),
    };
  });

  // Veilig Thuis' inbox of reports from the Meldcode, until the Veilig Thuis module takes them in.
  const meldingSchema = z.object({
    id: z.string(), createdAt: z.string(), fromOrganisation: z.string(), receivedAt: z.string().nullable(), receivedBy: z.string().nullable(),
    payload: z.object({
      kind: z.object({ id: z.string(), bsn: z.string(), naam: z.string(), geboortedatum: z.string(), adres: z.string() }),
      melder: z.object({ naam: z.string(), organisatie: z.string(), sector: z.string(), telefoon: z.string().nullable(), email: z.string().nullable() }),
      stappen: z.array(z.object({ stap: z.number(), soort: z.string(), vastgelegdOp: z.string(), door: z.string(), gegevens: z.unknown() })),
    }).describe('Wat de professional meldde: het kind, de melder en de vastgelegde stappen'),
  });
  async function meldingFor(req: FastifyRequest, id: string) {
    const user = currentUser(req);
    const m = await db.selectFrom('veilig_thuis_meldingen as v').innerJoin('organisations as o', 'o.id', 'v.from_organisation_id')
      .leftJoin('users as r', 'r.id', 'v.received_by')
      .selectAll('v').select(['o.name as from_name', 'r.display_name as received_name']).where('v.id', '=', id).executeTakeFirst();
    if (!(VT_ROLES as readonly string[]).includes(user.role)) {
      throw forbidden('Uw rol geeft geen toegang tot deze functie.', 'role-forbidden').about({ recordType: 'vt-melding', recordId: m?.id ?? null, personId: m?.person_id ?? null });
    }
    if (!m) throw notFound('Deze melding bestaat niet.');
    if (m.to_organisation_id !== user.organisationId) {
      throw forbidden('Deze melding is voor een andere Veilig Thuis-organisatie.').about({ recordType: 'vt-melding', recordId: m.id, personId: m.person_id });
    }
    return { user, m };
  }
  const meldingView = (m: { id: string; created_at: Date; from_name: string; received_at: Date | null; received_name: string | null; payload: unknown }) => ({
    id: m.id, createdAt: new Date(m.created_at).toISOString(), fromOrganisation: m.from_name,
    receivedAt: m.received_at ? new Date(m.received_at).toISOString() : null, receivedBy: m.received_name,
    // Stored as JSON by reportToVeiligThuis in exactly this shape; the response schema checks it.
    payload: m.payload as z.infer<typeof meldingSchema.shape.payload>,
  });

  app.get('/api/v1/veilig-thuis/meldingen', {
    schema: { tags: ['veilig-thuis'], summary: 'Meldingen die deze Veilig Thuis-organisatie via de meldcode ontving', response: { 200: z.object({ items: z.array(meldingSchema) }) } },
  }, async (req) => {
    const user = requireRole(req, VT_ROLES);
    const rows = await db.selectFrom('veilig_thuis_meldingen as v').innerJoin('organisations as o', 'o.id', 'v.from_organisation_id')
      .leftJoin('users as r', 'r.id', 'v.received_by')
      .selectAll('v').select(['o.name as from_name', 'r.display_name as received_name'])
      .where('v.to_organisation_id', '=', user.organisationId).orderBy('v.created_at', 'desc').execute();
    await recordAudit(db, actorOf(req), rows.map((r) => ({ action: 'read', recordType: 'vt-melding', recordId: r.id, personId: r.person_id })));
    return { items: rows.map(meldingView) };
  });

  app.get('/api/v1/veilig-thuis/meldingen/:id', {
    schema: { tags: ['veilig-thuis'], summary: 'Eén melding met alle gedocumenteerde stappen', params, response: { 200: meldingSchema } },
  }, async (req) => {
    const { m } = await meldingFor(req, req.params.id);
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'vt-melding', recordId: m.id, personId: m.person_id }]);
    return meldingView(m);
  });

  app.post('/api/v1/veilig-thuis/meldingen/:id/ontvangst', {
    schema: { tags: ['veilig-thuis'], summary: 'Ontvangst bevestigen; de melder ziet dat in het eigen dossier', params, response: { 201: meldingSchema } },
  }, async (req, reply) => {
    const { user, m } = await meldingFor(req, req.params.id);
    if (m.received_at) throw conflict('already-received', 'De ontvangst is al bevestigd.');
    await db.transaction().execute(async (tx) => {
      await tx.updateTable('veilig_thuis_meldingen').set({ received_by: user.id, received_at: clock.now() }).where('id', '=', m.id).execute();
      const t = await tx.selectFrom('meldcode_trajecten').select('dossier_id').where('id', '=', m.traject_id).executeTakeFirstOrThrow();
      await addTimelineEntry(tx, t.dossier_id, user.id, { kind: 'vt-ontvangst', summary: `Veilig Thuis (${user.organisationName}) bevestigde de ontvangst van de melding.`, recordType: 'meldcode', recordId: m.traject_id }, clock.now());
      await notifier.notify(tx, [{ userIds: [m.from_user_id], subject: 'Veilig Thuis heeft uw melding ontvangen', body: `${user.organisationName} heeft de ontvangst van uw melding bevestigd.`, link: `/dossiers/${t.dossier_id}` }]);
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'vt-melding', recordId: m.id, personId: m.person_id, detail: { received: true } }]);
    });
    const { m: fresh } = await meldingFor(req, req.params.id);
    return reply.code(201).send(meldingView(fresh));
  });
}
