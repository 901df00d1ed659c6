// HTTP API of Veilig Thuis: intake, the team's lists, the radar, the safety assessment with four
// eyes, handover and its acknowledgement, monitoring, feedback to the reporter and the KPIs.
// The investigation and decision are in investigation-routes.ts. Only the Veilig Thuis team
// that holds a case sees it; every read and write is audited with the persons it concerns.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { App } from '../../platform/http/app.ts';
import { actorOf, currentUser, requireRole, type AppContext, type AuthUser } from '../../platform/http/context.ts';
import { conflict, forbidden, notFound, unprocessable } from '../../platform/http/problem.ts';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { dateSchema } from '../persons/validation.ts';
import { CASEWORK_ROLES } from '../../platform/auth/roles.ts';
import { addTimelineEntry } from '../zorgdossier/service.ts';
import { INVESTIGATION_WEEKS, SAFETY_ASSESSMENT_WORKING_DAYS, VT_ROLES, betrokkeneSchema, intakeSchema, safetyAssessmentSchema, type Melder } from './model.ts';
import {
  applySafetyOutcome, assertApprover, assertReceiver, assertSafetyAssessment, assertStatus, isVtStaff, notifyTeam, openZaak,
  reopenAssessment, safetyDeadline, zaakFor, type ZaakRow,
} from './service.ts';
import { TEAM_LISTS, feedbackConcept, handoverView, radar, teamList, zaakDetail } from './views.ts';
import { ASSESSMENT_SECTIONS, ALARM_SIGNAL_GROUPS, RESEARCH_QUESTIONS, RISK_INSTRUMENTS } from './lists.ts';
import { investigationRoutes } from './investigation-routes.ts';
import { caseloadSchema, handoverViewSchema, kpiSchema, radarSchema, referentieSchema, zaakDetailSchema, zaakSummarySchema } from './schemas.ts';
import { kpis } from './kpis.ts';
import { disclosureSettings, roundingQuery } from '../../platform/disclosure/index.ts';

const params = z.object({ id: z.uuid() });

export function veiligThuisRoutes(app: App, ctx: AppContext) {
  const { db, clock, notifier } = ctx;

  // The team sees the persons involved in its cases; the receiving organisation those it took over.
  ctx.personAccess.add(async (tx, user, personId) => isVtStaff(user) && !!(await tx.selectFrom('vt_betrokkenen as b')
    .innerJoin('vt_zaken as z', 'z.id', 'b.zaak_id').select('b.id').where('b.person_id', '=', personId)
    .where('z.organisation_id', '=', user.organisationId).executeTakeFirst()));
  // A receiver sees the child and its parents and carers, not others involved; a handover
  // addressed to a named professional is theirs (and their aandachtsfunctionaris').
  ctx.personAccess.add(async (tx, user, personId) => CASEWORK_ROLES.includes(user.role) && !!(await tx.selectFrom('vt_overdrachten as h')
    .innerJoin('vt_betrokkenen as b', 'b.zaak_id', 'h.zaak_id').select('h.id').where('b.person_id', '=', personId)
    .where('b.rol', 'in', ['kind', 'ouder', 'verzorger']).where('h.naar_organisation_id', '=', user.organisationId)
    .where((eb) => user.role === 'aandachtsfunctionaris' ? eb.val(true) : eb.or([eb('h.naar_user_id', 'is', null), eb('h.naar_user_id', '=', user.id)]))
    .executeTakeFirst()));

  /** Audit events for every person a case concerns. */
  async function concerning(tx: Kysely<DB>, zaakId: string, action: string, recordType = 'vt-zaak', recordId: string = zaakId, detail?: Record<string, unknown>): Promise<AuditEvent[]> {
    const persons = (await tx.selectFrom('vt_betrokkenen').select('person_id').where('zaak_id', '=', zaakId).where('person_id', 'is not', null).execute())
      .map((r) => r.person_id);
    return (persons.length ? persons : [null]).map((personId) => ({ action, recordType, recordId, personId, detail }));
  }

  /** The case for its own team; any other user is refused with the child named in the audit log. */
  async function load(req: FastifyRequest, id: string, tx: Kysely<DB> = db, lock = false) {
    const user = currentUser(req);
    return { user, zaak: await zaakFor(tx, user, id, { lock }) };
  }

  /** A write on a case: one transaction, the team check inside it, audited, then the fresh view. */
  async function write(req: FastifyRequest, id: string, what: string, work: (tx: Kysely<DB>, user: AuthUser, zaak: ZaakRow) => Promise<unknown>) {
    const detail = await db.transaction().execute(async (tx) => {
      const { user, zaak } = await load(req, id, tx, true);
      const outcome = await work(tx, user, zaak);
      await recordAudit(tx, actorOf(req), await concerning(tx, zaak.id, 'update', 'vt-zaak', zaak.id, { what, ...(outcome && typeof outcome === 'object' ? outcome : {}) }));
      const fresh = await tx.selectFrom('vt_zaken').selectAll().where('id', '=', zaak.id).executeTakeFirstOrThrow();
      return zaakDetail(tx, fresh, clock.today());
    });
    return detail;
  }

  app.get('/api/v1/vt-referentie', {
    schema: { tags: ['veilig-thuis'], summary: 'De lijsten waaruit de formulieren zijn opgebouwd, met bronverwijzing (geen persoonsgegevens)', response: { 200: referentieSchema } },
  }, async (req) => {
    requireRole(req, VT_ROLES);
    return { onderzoeksvragen: RESEARCH_QUESTIONS, alarmsignalen: ALARM_SIGNAL_GROUPS, beoordelingen: ASSESSMENT_SECTIONS, instrumenten: RISK_INSTRUMENTS,
      termijnen: { veiligheidsbeoordelingWerkdagen: SAFETY_ASSESSMENT_WORKING_DAYS, onderzoekWeken: INVESTIGATION_WEEKS } };
  });

  app.post('/api/v1/vt-zaken', {
    schema: { tags: ['veilig-thuis'], summary: 'Advies of melding vastleggen (telefonisch van een professional, of van een burger)', body: intakeSchema, response: { 201: zaakDetailSchema } },
  }, async (req, reply) => {
    const user = requireRole(req, VT_ROLES);
    const detail = await db.transaction().execute(async (tx) => {
      const id = await openZaak(tx, notifier, user, req.body, clock.now());
      await recordAudit(tx, actorOf(req), await concerning(tx, id, 'create'));
      return zaakDetail(tx, await tx.selectFrom('vt_zaken').selectAll().where('id', '=', id).executeTakeFirstOrThrow(), clock.today());
    });
    return reply.code(201).send(detail);
  });

  app.get('/api/v1/vt-zaken', {
    schema: {
      tags: ['veilig-thuis'], summary: 'Werklijsten van het team: wachtrij (nieuw, op termijn), mijn zaken, te laat, wacht op bevestiging van overdracht',
      querystring: z.strictObject({ lijst: z.enum(TEAM_LISTS).default('open') }), response: { 200: z.object({ items: z.array(zaakSummarySchema) }) },
    },
  }, async (req) => {
    const user = requireRole(req, VT_ROLES);
    const items = await teamList(db, user, req.query.lijst, clock.today());
    const persons = items.length ? await db.selectFrom('vt_betrokkenen').select(['zaak_id', 'person_id'])
      .where('zaak_id', 'in', items.map((z) => z.id)).where('person_id', 'is not', null).execute() : [];
    await recordAudit(db, actorOf(req), persons.map((p) => ({ action: 'read', recordType: 'vt-zaak', recordId: p.zaak_id, personId: p.person_id })));
    return { items };
  });

  app.get('/api/v1/vt-zaken/:id', {
    schema: { tags: ['veilig-thuis'], summary: 'Eén zaak, volledig (alleen het Veilig Thuis-team)', params, response: { 200: zaakDetailSchema } },
  }, async (req) => {
    const { zaak } = await load(req, req.params.id);
    await recordAudit(db, actorOf(req), await concerning(db, zaak.id, 'read'));
    return zaakDetail(db, zaak, clock.today());
  });

  app.patch('/api/v1/vt-zaken/:id', {
    schema: {
      tags: ['veilig-thuis'], summary: 'Acuut markeren, anonimiteit toezeggen of de wens tot terugkoppeling vastleggen', params,
      body: z.strictObject({
        acuut: z.literal(true).optional(),
        anonimiteitToegezegd: z.literal(true).optional().describe('Een toezegging van anonimiteit kan niet worden ingetrokken'),
        terugkoppelingGewenst: z.boolean().optional(),
      }).refine((b) => Object.values(b).some((v) => v !== undefined), 'Geef minstens één eigenschap op om te wijzigen.'),
      response: { 200: zaakDetailSchema },
    },
  }, async (req) => write(req, req.params.id, 'eigenschappen', async (tx, _user, zaak) => {
    const b = req.body;
    if (b.anonimiteitToegezegd !== undefined && zaak.soort !== 'melding') {
      throw unprocessable('anonymity-only-for-reports', 'Anonimiteit naar het gezin wordt toegezegd aan een melder; deze zaak is een advies.', { field: 'anonimiteitToegezegd' });
    }
    if (b.terugkoppelingGewenst && !zaak.melder) throw unprocessable('feedback-no-reporter', 'Bij een anoniem advies is er niemand om terug te koppelen.', { field: 'terugkoppelingGewenst' });
    await tx.updateTable('vt_zaken').set({
      ...(b.acuut ? { acuut: true } : {}),
      ...(b.anonimiteitToegezegd !== undefined ? { anonimiteit_toegezegd: b.anonimiteitToegezegd } : {}),
      ...(b.terugkoppelingGewenst !== undefined ? { terugkoppeling_gewenst: b.terugkoppelingGewenst } : {}),
    }).where('id', '=', zaak.id).execute();
    if (b.acuut && !zaak.acuut) await notifyTeam(tx, notifier, zaak.organisation_id, 'Zaak acuut gemaakt', 'Een zaak is als acuut gemarkeerd en moet direct worden opgepakt.', zaak.id);
    return b;
  }));

  app.post('/api/v1/vt-zaken/:id/acute-actie', {
    schema: { tags: ['veilig-thuis'], summary: 'Vastleggen wat er direct is gedaan bij een acute zaak', params, body: z.strictObject({ actie: z.string().trim().min(1).max(5000) }), response: { 200: zaakDetailSchema } },
  }, async (req) => write(req, req.params.id, 'acute-actie', async (tx, user, zaak) => {
    if (!zaak.acuut) throw conflict('not-acute', 'Deze zaak is niet als acuut gemarkeerd.');
    if (zaak.acuut_actie_at) throw conflict('acute-already-handled', 'De acute actie is al vastgelegd.');
    await tx.updateTable('vt_zaken').set({ acuut_actie: req.body.actie, acuut_actie_at: clock.now(), acuut_actie_by: user.id }).where('id', '=', zaak.id).execute();
  }));

  app.post('/api/v1/vt-zaken/:id/toewijzing', {
    schema: { tags: ['veilig-thuis'], summary: 'Zaak toewijzen aan een medewerker (teamleider), of zelf oppakken', params, body: z.strictObject({ userId: z.uuid() }), response: { 200: zaakDetailSchema } },
  }, async (req) => write(req, req.params.id, 'toewijzing', async (tx, user, zaak) => {
    if (user.role !== 'teamleider' && req.body.userId !== user.id) throw forbidden('Alleen een teamleider wijst zaken toe aan anderen; u kunt een zaak wel zelf oppakken.', 'assign-requires-teamleider');
    const worker = await tx.selectFrom('users').select(['id', 'organisation_id', 'role', 'active']).where('id', '=', req.body.userId).executeTakeFirst();
    if (!worker || worker.organisation_id !== zaak.organisation_id || !(VT_ROLES as readonly string[]).includes(worker.role) || !worker.active) {
      throw unprocessable('assignee-not-in-team', 'Deze medewerker hoort niet bij het Veilig Thuis-team van de zaak.', { field: 'userId' });
    }
    await tx.updateTable('vt_zaken').set({ behandelaar_id: worker.id }).where('id', '=', zaak.id).execute();
    if (worker.id !== user.id) {
      await notifier.notify(tx, [{ userIds: [worker.id], subject: 'Zaak aan u toegewezen', body: `${user.displayName} heeft een zaak aan u toegewezen.`, link: `/veilig-thuis/zaken/${zaak.id}` }]);
    }
    return { behandelaar: worker.id };
  }));

  app.get('/api/v1/vt-caseload', {
    schema: { tags: ['veilig-thuis'], summary: 'Caseload per medewerker van het team (aantallen)', response: { 200: caseloadSchema } },
  }, async (req) => {
    const user = requireRole(req, VT_ROLES);
    const today = clock.today();
    const rows = await db.selectFrom('users as u').leftJoin('vt_zaken as z', (j) => j.onRef('z.behandelaar_id', '=', 'u.id').on('z.status', '<>', 'afgesloten'))
      .leftJoin('vt_onderzoeken as o', (j) => j.onRef('o.zaak_id', '=', 'z.id').on('o.afgesloten_op', 'is', null))
      .select((eb) => ['u.id', 'u.display_name', 'u.role',
        eb.fn.count<number>('z.id').as('open'),
        sql<number>`count(o.id) filter (where o.afgesloten_op is null)`.as('onderzoeken'),
        sql<number>`count(z.id) filter (where z.status in ('veiligheidsbeoordeling', 'vb_ter_goedkeuring') and z.deadline < ${today})`.as('teLaat'),
      ])
      .where('u.organisation_id', '=', user.organisationId).where('u.role', 'in', [...VT_ROLES]).where('u.active', '=', true)
      .groupBy(['u.id', 'u.display_name', 'u.role']).orderBy('u.display_name').execute();
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'vt-caseload', recordId: user.organisationId }]);
    return { items: rows.map((r) => ({ userId: r.id, naam: r.display_name, rol: r.role, open: Number(r.open), onderzoeken: Number(r.onderzoeken), teLaat: Number(r.teLaat) })) };
  });

  app.get('/api/v1/vt-kpis', {
    schema: {
      tags: ['veilig-thuis'], summary: 'Stuurinformatie: aandeel veiligheidsbeoordelingen binnen 5 werkdagen en onderzoeken binnen 10 weken, per team en periode',
      querystring: z.strictObject({ van: dateSchema, tot: dateSchema, afronden: roundingQuery }), response: { 200: kpiSchema },
    },
  }, async (req) => {
    const user = requireRole(req, ['teamleider', 'veilig_thuis_medewerker', 'regiocoordinator']);
    if (req.query.tot < req.query.van) throw unprocessable('period-invalid', 'De einddatum ligt voor de begindatum.', { field: 'tot' });
    const result = await kpis(db, user, req.query.van, req.query.tot, disclosureSettings(ctx.config, req.query.afronden));
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'vt-kpis', recordId: `${req.query.van}/${req.query.tot}` }]);
    return result;
  });

  app.get('/api/v1/vt-zaken/:id/radar', {
    schema: { tags: ['veilig-thuis'], summary: 'Radar: eerdere adviezen, meldingen, Verwijsindex-matches en Veilig Thuis-bemoeienis bij dit kind en huishouden', params, response: { 200: radarSchema } },
  }, async (req) => {
    const { zaak } = await load(req, req.params.id);
    const { view, personIds } = await radar(db, zaak);
    await recordAudit(db, actorOf(req), personIds.map((personId) => ({ action: 'read', recordType: 'vt-radar', recordId: zaak.id, personId })));
    return view;
  });

  app.post('/api/v1/vt-zaken/:id/betrokkenen', {
    schema: {
      tags: ['veilig-thuis'], summary: 'Directbetrokkene toevoegen (kind, ouder/verzorger, huisgenoot, vermoedelijke pleger)', params,
      body: betrokkeneSchema, response: { 200: zaakDetailSchema },
    },
  }, async (req) => write(req, req.params.id, 'betrokkene', async (tx, _user, zaak) => {
    assertStatus(zaak, ['advies', 'veiligheidsbeoordeling', 'vb_ter_goedkeuring', 'onderzoek'], 'Een betrokkene toevoegen');
    const b = req.body;
    let personId: string | null = null;
    let naam = b.naam ?? '';
    if (b.bsn) {
      const p = await tx.selectFrom('persons').select(['id', 'given_names', 'tussenvoegsel', 'family_name']).where('bsn', '=', b.bsn).executeTakeFirst();
      if (!p) throw unprocessable('person-unknown', `Er is niemand met BSN ${b.bsn} bekend. Laat het BSN weg en vul de naam in.`, { field: 'bsn' });
      personId = p.id;
      naam = [p.given_names, p.tussenvoegsel, p.family_name].filter(Boolean).join(' ');
      const dup = await tx.selectFrom('vt_betrokkenen').select('id').where('zaak_id', '=', zaak.id).where('person_id', '=', p.id).executeTakeFirst();
      if (dup) throw conflict('already-involved', 'Deze persoon staat al bij de betrokkenen.');
    }
    await tx.insertInto('vt_betrokkenen').values({ zaak_id: zaak.id, person_id: personId, naam, rol: b.rol, toelichting: b.toelichting ?? null }).execute();
  }));

  app.post('/api/v1/vt-zaken/:id/ambtshalve-melding', {
    schema: { tags: ['veilig-thuis'], summary: 'Advies omzetten in een melding door Veilig Thuis zelf (ambtshalve), met de reden', params, body: z.strictObject({ reden: z.string().trim().min(1).max(5000) }), response: { 200: zaakDetailSchema } },
  }, async (req) => write(req, req.params.id, 'ambtshalve-melding', async (tx, user, zaak) => {
    if (zaak.soort !== 'advies' || zaak.status !== 'advies') throw conflict('not-an-advice', 'Alleen een lopend advies kan ambtshalve een melding worden.');
    const child = await tx.selectFrom('vt_betrokkenen').select('id').where('zaak_id', '=', zaak.id).where('rol', '=', 'kind').executeTakeFirst();
    if (!child) throw unprocessable('child-required', 'Een melding gaat over ten minste één kind; voeg het kind eerst toe bij de betrokkenen.', { field: 'betrokkenen' });
    await tx.updateTable('vt_zaken').set({
      soort: 'melding', status: 'veiligheidsbeoordeling', deadline: safetyDeadline(clock.today()),
      ambtshalve_reden: req.body.reden, ambtshalve_at: clock.now(), ambtshalve_by: user.id,
    }).where('id', '=', zaak.id).execute();
  }));

  app.post('/api/v1/vt-zaken/:id/afsluiting', {
    schema: { tags: ['veilig-thuis'], summary: 'Advies afronden, of monitoring afsluiten als de situatie stabiel veilig is', params, body: z.strictObject({ reden: z.string().trim().min(1).max(5000) }), response: { 200: zaakDetailSchema } },
  }, async (req) => write(req, req.params.id, 'afsluiting', async (tx, _user, zaak) => {
    assertStatus(zaak, ['advies', 'monitoring'], 'Afsluiten');
    if (zaak.status === 'monitoring') {
      const last = await tx.selectFrom('vt_monitoring').select(['uitkomst']).where('zaak_id', '=', zaak.id).where('uitgevoerd_op', 'is not', null)
        .orderBy('uitgevoerd_op', 'desc').executeTakeFirst();
      if (last?.uitkomst !== 'stabiel_veilig') throw unprocessable('monitoring-not-safe', 'Sluit de monitoring pas af na een monitoringsmoment waarop de situatie stabiel veilig is.');
      const open = await tx.selectFrom('vt_monitoring').select('id').where('zaak_id', '=', zaak.id).where('uitgevoerd_op', 'is', null).executeTakeFirst();
      if (open) throw unprocessable('monitoring-open', 'Er staat nog een gepland monitoringsmoment open; leg dat eerst vast.');
    }
    await tx.updateTable('vt_zaken').set({ status: 'afgesloten', closed_at: clock.now() }).where('id', '=', zaak.id).execute();
    return { reden: req.body.reden };
  }));

  // --- Safety assessment, four eyes ------------------------------------------------------------

  app.post('/api/v1/vt-zaken/:id/veiligheidsbeoordelingen', {
    schema: { tags: ['veilig-thuis'], summary: 'Veiligheidsbeoordeling vastleggen met uitkomst; gaat ter goedkeuring naar een teamleider', params, body: safetyAssessmentSchema, response: { 201: zaakDetailSchema } },
  }, async (req, reply) => reply.code(201).send(await write(req, req.params.id, 'veiligheidsbeoordeling', async (tx, user, zaak) => {
    assertStatus(zaak, ['veiligheidsbeoordeling'], 'Een veiligheidsbeoordeling vastleggen');
    assertSafetyAssessment(req.body);
    if (req.body.overdracht) await assertReceiver(tx, zaak, req.body.overdracht);
    const last = await tx.selectFrom('vt_veiligheidsbeoordelingen').select((eb) => eb.fn.max('ronde').as('ronde')).where('zaak_id', '=', zaak.id).executeTakeFirst();
    await tx.insertInto('vt_veiligheidsbeoordelingen').values({
      zaak_id: zaak.id, ronde: Number(last?.ronde ?? 0) + 1, deadline: zaak.deadline!, gegevens: JSON.stringify(req.body) as never, uitkomst: req.body.uitkomst,
      vastgelegd_by: user.id, vastgelegd_at: clock.now(),
    }).execute();
    await tx.updateTable('vt_zaken').set({ status: 'vb_ter_goedkeuring' }).where('id', '=', zaak.id).execute();
    await notifier.notify(tx, [{ userIds: await teamLeaders(tx, zaak.organisation_id, user.id), subject: 'Veiligheidsbeoordeling ter goedkeuring', body: `${user.displayName} vraagt uw goedkeuring (vier ogen).`, link: `/veilig-thuis/zaken/${zaak.id}` }]);
    return { uitkomst: req.body.uitkomst };
  })));

  app.post('/api/v1/vt-veiligheidsbeoordelingen/:id/goedkeuring', {
    schema: { tags: ['veilig-thuis'], summary: 'Uitkomst van de veiligheidsbeoordeling goedkeuren (teamleider, niet de opsteller)', params, body: z.strictObject({ akkoord: z.literal(true) }), response: { 200: zaakDetailSchema } },
  }, async (req) => {
    const vb = await db.selectFrom('vt_veiligheidsbeoordelingen').selectAll().where('id', '=', req.params.id).executeTakeFirst();
    if (!vb) throw notFound('Deze veiligheidsbeoordeling bestaat niet.');
    return write(req, vb.zaak_id, 'veiligheidsbeoordeling-goedgekeurd', async (tx, user, zaak) => {
      const current = await pendingAssessment(tx, zaak, vb.id, user);
      await tx.updateTable('vt_veiligheidsbeoordelingen').set({ goedgekeurd_by: user.id, goedgekeurd_at: clock.now() }).where('id', '=', current.id).execute();
      await applySafetyOutcome(tx, notifier, zaak, current.gegevens, user, current.vastgelegd_by, clock.now());
      return { uitkomst: current.uitkomst };
    });
  });

  app.post('/api/v1/vt-veiligheidsbeoordelingen/:id/afwijzing', {
    schema: { tags: ['veilig-thuis'], summary: 'Uitkomst niet goedkeuren: terug naar de medewerker, met de reden', params, body: z.strictObject({ reden: z.string().trim().min(1).max(5000) }), response: { 200: zaakDetailSchema } },
  }, async (req) => {
    const vb = await db.selectFrom('vt_veiligheidsbeoordelingen').selectAll().where('id', '=', req.params.id).executeTakeFirst();
    if (!vb) throw notFound('Deze veiligheidsbeoordeling bestaat niet.');
    return write(req, vb.zaak_id, 'veiligheidsbeoordeling-afgewezen', async (tx, user, zaak) => {
      await pendingAssessment(tx, zaak, vb.id, user);
      await tx.deleteFrom('vt_veiligheidsbeoordelingen').where('id', '=', vb.id).execute();
      await tx.updateTable('vt_zaken').set({ status: 'veiligheidsbeoordeling' }).where('id', '=', zaak.id).execute();
      await notifier.notify(tx, [{ userIds: [vb.vastgelegd_by], subject: 'Veiligheidsbeoordeling niet goedgekeurd', body: `${user.displayName}: ${req.body.reden}`, link: `/veilig-thuis/zaken/${zaak.id}` }]);
      return { reden: req.body.reden };
    });
  });

  /** The assessment awaiting approval, read again under the case lock, and the four-eyes check. */
  async function pendingAssessment(tx: Kysely<DB>, zaak: ZaakRow, id: string, user: AuthUser) {
    const current = await tx.selectFrom('vt_veiligheidsbeoordelingen').selectAll().where('id', '=', id).executeTakeFirst();
    if (!current) throw conflict('proposal-gone', 'Deze veiligheidsbeoordeling is intussen afgewezen.');
    if (current.goedgekeurd_at) throw conflict('already-approved', 'Deze veiligheidsbeoordeling is al goedgekeurd.');
    assertStatus(zaak, ['vb_ter_goedkeuring'], 'Goedkeuren of afwijzen');
    assertApprover(user, zaak, current.vastgelegd_by);
    return current;
  }

  // --- Handover to the receiving organisation --------------------------------------------------

  async function handoverFor(req: FastifyRequest, id: string) {
    const user = requireRole(req, CASEWORK_ROLES);
    const h = await handoverView(db, id);
    if (!h) throw notFound('Deze overdracht bestaat niet.');
    const child = h.betrokkenen.find((b) => b.personId)?.personId ?? null;
    if (h.naarOrganisationId !== user.organisationId) {
      throw forbidden('Deze overdracht is voor een andere organisatie.').about({ recordType: 'vt-overdracht', recordId: id, personId: child });
    }
    if (!mayReceive(user, h.naarUserId)) {
      throw forbidden('Deze overdracht is gericht aan een collega.', 'not-the-receiver').about({ recordType: 'vt-overdracht', recordId: id, personId: child });
    }
    return { user, h };
  }
  /** A handover addressed to a named professional is theirs and their aandachtsfunctionaris'. */
  const mayReceive = (user: AuthUser, naarUserId: string | null) => !naarUserId || naarUserId === user.id || user.role === 'aandachtsfunctionaris';
  const handoverAudit = (h: NonNullable<Awaited<ReturnType<typeof handoverView>>>, action: string): AuditEvent[] =>
    h.betrokkenen.filter((b) => b.personId).map((b) => ({ action, recordType: 'vt-overdracht', recordId: h.id, personId: b.personId }));

  app.get('/api/v1/vt-overdrachten', {
    schema: { tags: ['veilig-thuis'], summary: 'Overdrachten van Veilig Thuis aan mijn organisatie', response: { 200: z.object({ items: z.array(handoverViewSchema) }) } },
  }, async (req) => {
    const user = requireRole(req, CASEWORK_ROLES);
    const ids = await db.selectFrom('vt_overdrachten').select(['id', 'naar_user_id']).where('naar_organisation_id', '=', user.organisationId).orderBy('verzonden_at', 'desc').execute();
    const items = [];
    for (const { id } of ids.filter((h) => mayReceive(user, h.naar_user_id))) items.push((await handoverView(db, id))!);
    await recordAudit(db, actorOf(req), items.flatMap((h) => handoverAudit(h, 'read')));
    return { items };
  });

  app.get('/api/v1/vt-overdrachten/:id', {
    schema: { tags: ['veilig-thuis'], summary: 'Eén overdracht met de veiligheidsvoorwaarden', params, response: { 200: handoverViewSchema } },
  }, async (req) => {
    const { h } = await handoverFor(req, req.params.id);
    await recordAudit(db, actorOf(req), handoverAudit(h, 'read'));
    return h;
  });

  app.post('/api/v1/vt-overdrachten/:id/ontvangst', {
    schema: { tags: ['veilig-thuis'], summary: 'Ontvangst en overname bevestigen; pas dan verdwijnt de zaak van de lijst van Veilig Thuis', params, response: { 200: handoverViewSchema } },
  }, async (req) => {
    const { user, h } = await handoverFor(req, req.params.id);
    if (h.bevestigdAt) throw conflict('already-acknowledged', 'De overdracht is al bevestigd.');
    await db.transaction().execute(async (tx) => {
      const done = await tx.updateTable('vt_overdrachten').set({ bevestigd_by: user.id, bevestigd_at: clock.now() })
        .where('id', '=', h.id).where('bevestigd_at', 'is', null).returning('zaak_id').executeTakeFirst();
      if (!done) throw conflict('already-acknowledged', 'De overdracht is al bevestigd.');
      await tx.updateTable('vt_zaken').set({ status: 'monitoring' }).where('id', '=', done.zaak_id).where('status', '=', 'overdracht').execute();
      const zaak = await tx.selectFrom('vt_zaken').select(['organisation_id']).where('id', '=', done.zaak_id).executeTakeFirstOrThrow();
      await notifyTeam(tx, notifier, zaak.organisation_id, 'Overdracht bevestigd', `${user.organisationName} heeft de overdracht bevestigd. Plan de monitoring.`, done.zaak_id);
      await recordAudit(tx, actorOf(req), handoverAudit(h, 'update'));
    });
    return (await handoverFor(req, req.params.id)).h;
  });

  // --- Monitoring -------------------------------------------------------------------------------

  app.post('/api/v1/vt-zaken/:id/monitoring', {
    schema: { tags: ['veilig-thuis'], summary: 'Monitoringsmoment plannen', params, body: z.strictObject({ geplandOp: dateSchema }), response: { 201: zaakDetailSchema } },
  }, async (req, reply) => reply.code(201).send(await write(req, req.params.id, 'monitoring-gepland', async (tx, _user, zaak) => {
    assertStatus(zaak, ['overdracht', 'monitoring'], 'Monitoring plannen');
    if (req.body.geplandOp < clock.today()) throw unprocessable('date-in-past', 'Plan een monitoringsmoment vandaag of later.', { field: 'geplandOp' });
    await tx.insertInto('vt_monitoring').values({ zaak_id: zaak.id, gepland_op: req.body.geplandOp }).execute();
  })));

  app.patch('/api/v1/vt-monitoring/:id', {
    schema: {
      tags: ['veilig-thuis'], summary: 'Monitoringsmoment vastleggen: is de situatie stabiel veilig? Niet veilig heropent de veiligheidsbeoordeling', params,
      body: z.strictObject({ uitgevoerdOp: dateSchema, uitkomst: z.enum(['stabiel_veilig', 'niet_veilig']), bevraagd: z.string().trim().min(1).max(2000).describe('Wie zijn bevraagd: gezin en professionals'), bevindingen: z.string().trim().min(1).max(10_000) }),
      response: { 200: zaakDetailSchema },
    },
  }, async (req) => {
    const m = await db.selectFrom('vt_monitoring').selectAll().where('id', '=', req.params.id).executeTakeFirst();
    if (!m) throw notFound('Dit monitoringsmoment bestaat niet.');
    return write(req, m.zaak_id, 'monitoring-vastgelegd', async (tx, user, zaak) => {
      assertStatus(zaak, ['overdracht', 'monitoring'], 'Een monitoringsmoment vastleggen');
      if (m.uitgevoerd_op) throw conflict('already-recorded', 'Dit monitoringsmoment is al vastgelegd.');
      if (req.body.uitgevoerdOp > clock.today()) throw unprocessable('date-in-future', 'De datum ligt in de toekomst.', { field: 'uitgevoerdOp' });
      await tx.updateTable('vt_monitoring').set({ uitgevoerd_op: req.body.uitgevoerdOp, uitkomst: req.body.uitkomst, bevraagd: req.body.bevraagd, bevindingen: req.body.bevindingen, vastgelegd_by: user.id })
        .where('id', '=', m.id).execute();
      if (req.body.uitkomst === 'niet_veilig') await reopenAssessment(tx, notifier, zaak, clock.now());
      return { uitkomst: req.body.uitkomst };
    });
  });

  // --- Feedback to the reporter -----------------------------------------------------------------

  const momentSchema = z.enum(['na_veiligheidsbeoordeling', 'na_onderzoek']);

  async function feedbackContext(tx: Kysely<DB>, user: AuthUser, zaak: ZaakRow, moment: z.infer<typeof momentSchema>) {
    if (!zaak.melder) throw unprocessable('feedback-no-reporter', 'Dit is een anoniem advies: er is geen melder om terug te koppelen.');
    if (!zaak.terugkoppeling_gewenst) throw unprocessable('feedback-not-wanted', 'De melder heeft geen terugkoppeling gevraagd.');
    const detail = await zaakDetail(tx, zaak, clock.today());
    if (moment === 'na_veiligheidsbeoordeling' && !detail.veiligheidsbeoordelingen.at(-1)?.goedgekeurdAt) {
      throw conflict('feedback-too-early', 'Terugkoppelen na de veiligheidsbeoordeling kan als die is goedgekeurd.');
    }
    if (moment === 'na_onderzoek' && !(detail.onderzoek?.afgeslotenOp)) {
      throw conflict('feedback-too-early', 'Terugkoppelen na het onderzoek kan als het besluit is goedgekeurd.');
    }
    const melder = zaak.melder as Melder;
    return { detail, concept: feedbackConcept(detail, moment, melder.organisatie ?? null, user.organisationName) };
  }

  app.get('/api/v1/vt-zaken/:id/terugkoppelingen/concept', {
    schema: { tags: ['veilig-thuis'], summary: 'Concepttekst van de terugkoppeling aan de melder, gemaakt uit de zaak', params, querystring: z.strictObject({ moment: momentSchema }), response: { 200: z.object({ tekst: z.string() }) } },
  }, async (req) => {
    const { user, zaak } = await load(req, req.params.id);
    const { concept } = await feedbackContext(db, user, zaak, req.query.moment);
    await recordAudit(db, actorOf(req), await concerning(db, zaak.id, 'read', 'vt-terugkoppeling'));
    return { tekst: concept };
  });

  app.post('/api/v1/vt-zaken/:id/terugkoppelingen', {
    schema: {
      tags: ['veilig-thuis'], summary: 'Terugkoppeling aan de melder versturen (melder in Kindveilig: in het eigen dossier)', params,
      body: z.strictObject({ moment: momentSchema, tekst: z.string().trim().min(1).max(10_000), kanaal: z.enum(['telefoon', 'brief', 'email']).optional() }),
      response: { 201: zaakDetailSchema },
    },
  }, async (req, reply) => reply.code(201).send(await write(req, req.params.id, 'terugkoppeling', async (tx, user, zaak) => {
    await feedbackContext(tx, user, zaak, req.body.moment);
    const done = await tx.selectFrom('vt_terugkoppelingen').select('id').where('zaak_id', '=', zaak.id).where('moment', '=', req.body.moment).executeTakeFirst();
    if (done) throw conflict('feedback-already-sent', 'Deze terugkoppeling is al verstuurd.');
    await assertNoProtectedIdentity(tx, zaak, req.body.tekst);
    const inKindveilig = !!zaak.melder_user_id;
    if (!inKindveilig && !req.body.kanaal) throw unprocessable('channel-required', 'Kies hoe de terugkoppeling de melder bereikt (telefoon, brief of e-mail).', { field: 'kanaal' });
    await tx.insertInto('vt_terugkoppelingen').values({
      zaak_id: zaak.id, moment: req.body.moment, tekst: req.body.tekst, kanaal: inKindveilig ? 'kindveilig' : req.body.kanaal!, verzonden_at: clock.now(), verzonden_by: user.id,
    }).execute();
    if (inKindveilig) {
      const label = req.body.moment === 'na_veiligheidsbeoordeling' ? 'na de veiligheidsbeoordeling' : 'na het onderzoek';
      if (zaak.melder_dossier_id) {
        await addTimelineEntry(tx, zaak.melder_dossier_id, user.id, { kind: 'vt-terugkoppeling', summary: `Terugkoppeling van Veilig Thuis ${label}.`, body: req.body.tekst, recordType: 'vt-terugkoppeling', recordId: zaak.id }, clock.now());
      }
      await notifier.notify(tx, [{ userIds: [zaak.melder_user_id!], subject: 'Terugkoppeling van Veilig Thuis', body: `${user.organisationName} koppelt terug over uw melding (${label}).`, link: zaak.melder_dossier_id ? `/dossiers/${zaak.melder_dossier_id}` : '/berichten' }]);
    }
    return { moment: req.body.moment };
  })));

  /** Edited feedback must not name a reporter who was promised anonymity in this household's cases. */
  async function assertNoProtectedIdentity(tx: Kysely<DB>, zaak: ZaakRow, tekst: string) {
    const own = zaak.melder as Melder;
    const others = await tx.selectFrom('vt_zaken as z').select(['z.melder']).where('z.anonimiteit_toegezegd', '=', true).where('z.id', '<>', zaak.id)
      .where((eb) => eb.exists(eb.selectFrom('vt_betrokkenen as b').select('b.id').whereRef('b.zaak_id', '=', 'z.id')
        .where('b.person_id', 'in', eb.selectFrom('vt_betrokkenen as x').select('x.person_id').where('x.zaak_id', '=', zaak.id).where('x.person_id', 'is not', null))))
      .execute();
    const lower = tekst.toLowerCase();
    for (const { melder } of others) {
      const m = melder as Melder | null;
      if (!m) continue;
      for (const value of [m.naam, m.telefoon, m.email]) {
        if (value && value.length >= 3 && value.toLowerCase() !== own.naam.toLowerCase() && lower.includes(value.toLowerCase())) {
          throw unprocessable('feedback-contains-protected-identity', 'De tekst noemt een melder aan wie anonimiteit is toegezegd. Haal dat weg voordat u verstuurt.', { field: 'tekst' });
        }
      }
    }
  }

  async function teamLeaders(tx: Kysely<DB>, organisationId: string, except: string) {
    const rows = await tx.selectFrom('users').select('id').where('organisation_id', '=', organisationId).where('role', '=', 'teamleider')
      .where('active', '=', true).where('id', '<>', except).execute();
    return rows.map((r) => r.id);
  }

  investigationRoutes(app, ctx, { load, write, concerning, teamLeaders });
}
