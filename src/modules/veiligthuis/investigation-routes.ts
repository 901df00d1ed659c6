// HTTP API of the investigation (onderzoek): research plan and the six research questions, the
// assessment forms, information gathering, risk scenarios, instruments and conversations; then
// the decision with four-eyes approval, and the request to the Raad carrying the findings.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { App } from '../../platform/http/app.ts';
import { actorOf, type AppContext, type AuthUser } from '../../platform/http/context.ts';
import { conflict, notFound, unprocessable } from '../../platform/http/problem.ts';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit.ts';
import { dutchDate } from '../../platform/dates.ts';
import { attachment, fileName, taggedPdf } from '../../platform/pdf.ts';
import type { DB } from '../../platform/db/schema.ts';
import { PARENT_STEPS, CHILD_STEPS } from '../stap0/conversation.ts';
import { DECISIONS, INFO_SOURCES, ITEM_VALUES, LEGAL_BASES, MEANS, answerSchema, decisionSchema, recordSchemas, type AssessmentAnswers, type DecisionData, type RecordKind, type ResearchAnswer } from './model.ts';
import { assertApprover, assertDecision, assertReceiver, assertStatus, houseBanUntil, notifyTeam, openQuestions, sendHandover, type ZaakRow } from './service.ts';
import { raadFindings, zaakDetail, type ZaakDetail } from './views.ts';
import { ASSESSMENT_SECTIONS } from './lists.ts';
import { raadVerzoekSchema, zaakDetailSchema } from './schemas.ts';

type Write = (req: FastifyRequest, id: string, what: string, work: (tx: Kysely<DB>, user: AuthUser, zaak: ZaakRow) => Promise<unknown>) => Promise<ZaakDetail>;
interface Helpers {
  load: (req: FastifyRequest, id: string, tx?: Kysely<DB>) => Promise<{ user: AuthUser; zaak: ZaakRow }>;
  write: Write;
  concerning: (tx: Kysely<DB>, zaakId: string, action: string, recordType?: string, recordId?: string, detail?: Record<string, unknown>) => Promise<AuditEvent[]>;
  teamLeaders: (tx: Kysely<DB>, organisationId: string, except: string) => Promise<string[]>;
}

const params = z.object({ id: z.uuid() });
/** The six standard questions and room for specific ones. */
const MAX_QUESTIONS = 30;
const RECORD_PATHS: Record<RecordKind, string> = { informatie: 'informatie', risicoscenario: 'risicoscenarios', instrument: 'instrumenten', gesprek: 'gesprekken' };

async function openInvestigation(tx: Kysely<DB>, zaak: ZaakRow) {
  assertStatus(zaak, ['onderzoek'], 'Onderzoek vastleggen');
  const o = await tx.selectFrom('vt_onderzoeken').selectAll().where('zaak_id', '=', zaak.id).orderBy('ronde', 'desc').executeTakeFirst();
  if (!o || o.afgesloten_op) throw conflict('no-open-investigation', 'Er loopt geen onderzoek in deze zaak.');
  return o;
}

export function investigationRoutes(app: App, ctx: AppContext, { load, write, concerning, teamLeaders }: Helpers) {
  const { db, clock, notifier } = ctx;

  app.put('/api/v1/vt-zaken/:id/onderzoek/plan', {
    schema: { tags: ['veilig-thuis'], summary: 'Onderzoeksplan: welke informatie, van wie, met welke middelen', params, body: z.strictObject({ onderzoeksplan: z.string().trim().min(1).max(20_000) }), response: { 200: zaakDetailSchema } },
  }, async (req) => write(req, req.params.id, 'onderzoeksplan', async (tx, _u, zaak) => {
    const o = await openInvestigation(tx, zaak);
    await tx.updateTable('vt_onderzoeken').set({ onderzoeksplan: req.body.onderzoeksplan }).where('id', '=', o.id).execute();
  }));

  app.post('/api/v1/vt-zaken/:id/onderzoek/vragen', {
    schema: { tags: ['veilig-thuis'], summary: 'Specifieke onderzoeksvraag toevoegen (na de zes standaardvragen)', params, body: z.strictObject({ vraag: z.string().trim().min(5).max(1000) }), response: { 201: zaakDetailSchema } },
  }, async (req, reply) => reply.code(201).send(await write(req, req.params.id, 'onderzoeksvraag', async (tx, _u, zaak) => {
    const o = await openInvestigation(tx, zaak);
    if (o.vragen.length >= MAX_QUESTIONS) throw unprocessable('too-many-questions', `Een onderzoek heeft hooguit ${MAX_QUESTIONS} onderzoeksvragen.`);
    const vragen: ResearchAnswer[] = [...o.vragen, { nr: o.vragen.length + 1, vraag: req.body.vraag, standaard: false, conclusie: null, bronnen: null, redenNietBeantwoord: null }];
    await tx.updateTable('vt_onderzoeken').set({ vragen: JSON.stringify(vragen) as never }).where('id', '=', o.id).execute();
  })));

  app.put('/api/v1/vt-zaken/:id/onderzoek/vragen/:nr', {
    schema: {
      tags: ['veilig-thuis'], summary: 'Onderzoeksvraag beantwoorden: conclusie met bronnen, of de reden waarom ze niet te beantwoorden is',
      params: z.object({ id: z.uuid(), nr: z.coerce.number().int().min(1).max(MAX_QUESTIONS) }), body: answerSchema, response: { 200: zaakDetailSchema },
    },
  }, async (req) => write(req, req.params.id, 'onderzoeksvraag-beantwoord', async (tx, _u, zaak) => {
    const o = await openInvestigation(tx, zaak);
    const nr = req.params.nr;
    const vraag = o.vragen.find((v) => v.nr === nr);
    if (!vraag) throw notFound(`Onderzoeksvraag ${nr} bestaat niet.`);
    const earlier = o.vragen.filter((v) => v.standaard && v.nr < nr && !v.conclusie && !v.redenNietBeantwoord);
    if (vraag.standaard && earlier.length && (req.body.conclusie || req.body.redenNietBeantwoord)) {
      throw unprocessable('research-question-order', `Beantwoord de standaardvragen op volgorde; vraag ${earlier[0].nr} is nog open.`, { field: 'nr' });
    }
    const updated = o.vragen.map((v) => (v.nr === nr ? { ...v, conclusie: req.body.conclusie ?? null, bronnen: req.body.bronnen ?? null, redenNietBeantwoord: req.body.redenNietBeantwoord ?? null } : v));
    await tx.updateTable('vt_onderzoeken').set({ vragen: JSON.stringify(updated) as never }).where('id', '=', o.id).execute();
    return { nr };
  }));

  app.put('/api/v1/vt-zaken/:id/onderzoek/beoordelingen/:sectie', {
    schema: {
      tags: ['veilig-thuis'], summary: 'Beoordelingsformulier (afwegingskader, tabel 3.1–3.3, ouderfactoren): per item zorg / sterk / n.v.t. / onbekend met notitie. Het oordeel is van de professional; er wordt niets berekend',
      params: z.object({ id: z.uuid(), sectie: z.enum(Object.keys(ASSESSMENT_SECTIONS) as [string, ...string[]]) }),
      body: z.strictObject({
        kindId: z.uuid().optional().describe('Bij een formulier over één kind'),
        antwoorden: z.record(z.string().max(40), z.strictObject({ waarde: z.enum(ITEM_VALUES), notitie: z.string().trim().max(2000).optional() }).nullable())
          .describe('Item-id → oordeel; null wist een eerder oordeel'),
      }),
      response: { 200: zaakDetailSchema },
    },
  }, async (req) => write(req, req.params.id, 'beoordeling', async (tx, _u, zaak) => {
    const o = await openInvestigation(tx, zaak);
    const section = ASSESSMENT_SECTIONS[req.params.sectie as keyof typeof ASSESSMENT_SECTIONS];
    const known = new Set(section.items.map((i) => i.id));
    const unknown = Object.keys(req.body.antwoorden).filter((k) => !known.has(k));
    if (unknown.length) throw unprocessable('unknown-item', `Onbekend item in dit formulier: ${unknown.join(', ')}.`, { fields: unknown });
    if (req.body.kindId) {
      const child = await tx.selectFrom('vt_betrokkenen').select('id').where('zaak_id', '=', zaak.id).where('person_id', '=', req.body.kindId).where('rol', '=', 'kind').executeTakeFirst();
      if (!child) throw unprocessable('not-a-child-in-case', 'Dit kind staat niet bij de betrokkenen van de zaak.', { field: 'kindId' });
    }
    const key = req.body.kindId ? `${req.params.sectie}:${req.body.kindId}` : req.params.sectie;
    const all = { ...o.beoordelingen } as Record<string, AssessmentAnswers>;
    const merged = { ...(all[key] ?? {}) };
    for (const [item, answer] of Object.entries(req.body.antwoorden)) {
      if (answer) merged[item] = answer;
      else delete merged[item];
    }
    all[key] = merged;
    await tx.updateTable('vt_onderzoeken').set({ beoordelingen: JSON.stringify(all) as never }).where('id', '=', o.id).execute();
    return { sectie: key, items: Object.keys(req.body.antwoorden).length };
  }));

  for (const kind of Object.keys(recordSchemas) as RecordKind[]) {
    app.post(`/api/v1/vt-zaken/:id/onderzoek/${RECORD_PATHS[kind]}`, {
      schema: { tags: ['veilig-thuis'], summary: `Onderzoek: ${kind} vastleggen`, params, body: recordSchemas[kind], response: { 201: zaakDetailSchema } },
    }, async (req, reply) => reply.code(201).send(await write(req, (req.params as { id: string }).id, kind, async (tx, user, zaak) => {
      const o = await openInvestigation(tx, zaak);
      await assertRecord(tx, zaak, kind, req.body as Record<string, unknown>, clock.today());
      await tx.insertInto('vt_onderzoek_records').values({ onderzoek_id: o.id, soort: kind, gegevens: JSON.stringify(req.body) as never, vastgelegd_by: user.id, vastgelegd_at: clock.now() }).execute();
    })));
  }

  // --- Decision, four eyes ----------------------------------------------------------------------

  app.post('/api/v1/vt-zaken/:id/besluiten', {
    schema: { tags: ['veilig-thuis'], summary: 'Besluit na onderzoek voorstellen, met onderbouwing; gaat ter goedkeuring naar een teamleider', params, body: decisionSchema, response: { 201: zaakDetailSchema } },
  }, async (req, reply) => reply.code(201).send(await write(req, req.params.id, 'besluit-voorgesteld', async (tx, user, zaak) => {
    const o = await openInvestigation(tx, zaak);
    const open = openQuestions(o.vragen);
    if (open.length) {
      throw unprocessable('research-questions-open', `Onderzoeksvraag ${open.map((v) => v.nr).join(', ')} heeft nog geen conclusie en geen reden waarom niet.`, { fields: open.map((v) => `vragen.${v.nr}`) });
    }
    const d: DecisionData = { ...req.body };
    assertDecision(d, clock.today());
    if (d.overdracht) await assertReceiver(tx, zaak, d.overdracht);
    if (d.huisverbod) d.huisverbodTot = houseBanUntil(d.huisverbod.ingangsdatum);
    await tx.insertInto('vt_besluiten').values({ zaak_id: zaak.id, gegevens: JSON.stringify(d) as never, voorgesteld_by: user.id, voorgesteld_at: clock.now() }).execute();
    await tx.updateTable('vt_zaken').set({ status: 'besluit_ter_goedkeuring' }).where('id', '=', zaak.id).execute();
    await notifier.notify(tx, [{ userIds: await teamLeaders(tx, zaak.organisation_id, user.id), subject: 'Besluit ter goedkeuring', body: `${user.displayName} vraagt uw goedkeuring voor een besluit (vier ogen).`, link: `/veilig-thuis/zaken/${zaak.id}` }]);
    return { besluiten: d.besluiten };
  })));

  /** The decision awaiting approval, read again under the case lock, and the four-eyes check. */
  async function pendingDecision(tx: Kysely<DB>, zaak: ZaakRow, id: string, user: AuthUser) {
    const current = await tx.selectFrom('vt_besluiten').selectAll().where('id', '=', id).executeTakeFirst();
    if (!current) throw conflict('proposal-gone', 'Dit besluit is intussen afgewezen.');
    if (current.goedgekeurd_at) throw conflict('already-approved', 'Dit besluit is al goedgekeurd.');
    assertStatus(zaak, ['besluit_ter_goedkeuring'], 'Goedkeuren of afwijzen');
    assertApprover(user, zaak, current.voorgesteld_by);
    return current;
  }

  async function decisionFor(id: string) {
    const b = await db.selectFrom('vt_besluiten').selectAll().where('id', '=', id).executeTakeFirst();
    if (!b) throw notFound('Dit besluit bestaat niet.');
    return b;
  }

  app.post('/api/v1/vt-besluiten/:id/goedkeuring', {
    schema: { tags: ['veilig-thuis'], summary: 'Besluit goedkeuren (teamleider, niet de opsteller); voert het besluit uit', params, body: z.strictObject({ akkoord: z.literal(true) }), response: { 200: zaakDetailSchema } },
  }, async (req) => {
    const b = await decisionFor(req.params.id);
    return write(req, b.zaak_id, 'besluit-goedgekeurd', async (tx, user, zaak) => {
      await pendingDecision(tx, zaak, b.id, user);
      const d = b.gegevens;
      const now = clock.now();
      await tx.updateTable('vt_besluiten').set({ goedgekeurd_by: user.id, goedgekeurd_at: now }).where('id', '=', b.id).execute();
      await tx.updateTable('vt_onderzoeken').set({ afgesloten_op: clock.today() }).where('zaak_id', '=', zaak.id).where('afgesloten_op', 'is', null).execute();
      if (d.besluiten.includes('raad')) {
        // Only the request itself is stored; its findings are read from the case each time, so a
        // later promise of anonymity is honoured in every copy.
        await tx.updateTable('vt_besluiten').set({ raad_verzoek: JSON.stringify({ vraag: d.raad!.vraag, verzoekDatum: clock.today() }) as never }).where('id', '=', b.id).execute();
      }
      if (d.besluiten.includes('vrijwillige_hulp')) {
        await sendHandover(tx, notifier, zaak, d.overdracht!, user, b.voorgesteld_by, now);
      } else {
        const next = d.besluiten.includes('geen_actie') ? { status: 'afgesloten' as const, closed_at: now } : { status: 'monitoring' as const };
        await tx.updateTable('vt_zaken').set(next).where('id', '=', zaak.id).execute();
      }
      await notifyTeam(tx, notifier, zaak.organisation_id, 'Besluit goedgekeurd', `${user.displayName} heeft het besluit goedgekeurd.`, zaak.id);
      return { besluiten: d.besluiten };
    });
  });

  app.post('/api/v1/vt-besluiten/:id/afwijzing', {
    schema: { tags: ['veilig-thuis'], summary: 'Besluit niet goedkeuren: terug naar het onderzoek, met de reden', params, body: z.strictObject({ reden: z.string().trim().min(1).max(5000) }), response: { 200: zaakDetailSchema } },
  }, async (req) => {
    const b = await decisionFor(req.params.id);
    return write(req, b.zaak_id, 'besluit-afgewezen', async (tx, user, zaak) => {
      await pendingDecision(tx, zaak, b.id, user);
      await tx.deleteFrom('vt_besluiten').where('id', '=', b.id).execute();
      await tx.updateTable('vt_zaken').set({ status: 'onderzoek' }).where('id', '=', zaak.id).execute();
      await notifier.notify(tx, [{ userIds: [b.voorgesteld_by], subject: 'Besluit niet goedgekeurd', body: `${user.displayName}: ${req.body.reden}`, link: `/veilig-thuis/zaken/${zaak.id}` }]);
      return { reden: req.body.reden };
    });
  });

  // --- Request to the Raad voor de Kinderbescherming --------------------------------------------

  async function raadRequest(req: FastifyRequest, id: string) {
    const { zaak } = await load(req, id);
    const b = await db.selectFrom('vt_besluiten').select(['raad_verzoek', 'gegevens']).where('zaak_id', '=', zaak.id).where('raad_verzoek', 'is not', null)
      .orderBy('goedgekeurd_at', 'desc').executeTakeFirst();
    if (!b) throw notFound('In deze zaak is geen verzoek aan de Raad voor de Kinderbescherming gedaan.');
    const stored = b.raad_verzoek as { vraag: string; verzoekDatum: string };
    const detail = await zaakDetail(db, zaak, clock.today());
    return { zaak, verzoek: { ...raadFindings(detail, stored.vraag), besluit: b.gegevens, verzoekDatum: stored.verzoekDatum } };
  }

  app.get('/api/v1/vt-zaken/:id/raad-verzoek', {
    schema: { tags: ['veilig-thuis'], summary: 'Verzoek tot onderzoek aan de Raad, met de bevindingen van het onderzoek (zonder beschermde melder)', params, response: { 200: raadVerzoekSchema } },
  }, async (req) => {
    const { zaak, verzoek } = await raadRequest(req, req.params.id);
    await recordAudit(db, actorOf(req), await concerning(db, zaak.id, 'read', 'vt-raad-verzoek'));
    return verzoek;
  });

  app.get('/api/v1/vt-zaken/:id/raad-verzoek/pdf', {
    schema: { tags: ['veilig-thuis'], summary: 'Het verzoek aan de Raad als PDF', params },
  }, async (req, reply) => {
    const { zaak, verzoek } = await raadRequest(req, req.params.id);
    await recordAudit(db, actorOf(req), await concerning(db, zaak.id, 'export', 'vt-raad-verzoek', zaak.id, { format: 'pdf' }));
    const children = verzoek.betrokkenen.filter((b) => b.rol === 'kind').map((b) => b.naam);
    return reply.type('application/pdf').header('content-disposition', attachment(fileName(['verzoek raad', ...children, verzoek.verzoekDatum], 'pdf'))).send(await raadPdf(verzoek));
  });
}

async function assertRecord(tx: Kysely<DB>, zaak: ZaakRow, kind: RecordKind, data: Record<string, unknown>, today: string) {
  for (const field of ['datum', 'ingevuldOp']) {
    if (typeof data[field] === 'string' && (data[field] as string) > today) throw unprocessable('date-in-future', 'De datum ligt in de toekomst.', { field });
  }
  if (kind === 'risicoscenario' && data.meestRisicovol && (!data.voorkomen || !data.alsHetGebeurt || !data.leidtTot)) {
    throw unprocessable('risk-scenario-needs-plan', 'Bij een van de meest risicovolle scenario’s legt u vast wie wat doet om het te voorkomen en als het toch gebeurt, en of dat in de veiligheidsvoorwaarden of het veiligheidsplan komt.', { fields: ['voorkomen', 'alsHetGebeurt', 'leidtTot'] });
  }
  if (kind === 'gesprek') {
    const steps = data.met === 'ouders' ? PARENT_STEPS : CHILD_STEPS;
    const unknown = Object.keys(data.stappen as object).filter((k) => !Object.hasOwn(steps, k));
    if (unknown.length) throw unprocessable('unknown-step', `Onbekende gespreksstap: ${unknown.join(', ')}.`, { fields: unknown });
    if (data.personId) {
      const b = await tx.selectFrom('vt_betrokkenen').select('rol').where('zaak_id', '=', zaak.id).where('person_id', '=', data.personId as string).executeTakeFirst();
      if (!b) throw unprocessable('not-involved', 'Deze persoon staat niet bij de betrokkenen van de zaak.', { field: 'personId' });
    }
  }
}

function raadPdf(v: ReturnType<typeof raadFindings> & { verzoekDatum: string; besluit: DecisionData }): Promise<Buffer> {
  const pdf = taggedPdf(`Verzoek tot onderzoek aan de Raad voor de Kinderbescherming, zaak ${v.zaaknummer}`);
  pdf.h1('Verzoek tot onderzoek aan de Raad voor de Kinderbescherming');
  pdf.p(`Zaak ${v.zaaknummer}, verzoek van ${dutchDate(v.verzoekDatum)}. Met de bevindingen van het onderzoek van Veilig Thuis.`);
  pdf.h2('Vraag aan de Raad');
  pdf.p(v.vraag);
  pdf.h2('Betrokkenen');
  pdf.list(v.betrokkenen.map((b) => `${b.naam} (${b.rol.replace('_', ' ')})${b.geboortedatum ? `, geboren op ${dutchDate(b.geboortedatum)}` : ''}`));
  pdf.h2('Melding');
  pdf.p(`Ontvangen op ${dutchDate(v.melding.ontvangenAt)}. Melder: ${v.melding.melder}.`);
  pdf.p(v.melding.zorg);
  pdf.h2('Onderzoeksvragen en conclusies');
  pdf.list(v.onderzoek.vragen.map((q) => `${q.nr}. ${q.vraag}\n${q.conclusie ? `Conclusie: ${q.conclusie} (bronnen: ${q.bronnen})` : `Niet beantwoord: ${q.redenNietBeantwoord}`}`));
  pdf.h2('Verzamelde informatie');
  pdf.list((v.onderzoek.informatie as { bron: keyof typeof INFO_SOURCES; datum: string; middel: keyof typeof MEANS; bevindingen: string; grondslag: keyof typeof LEGAL_BASES }[])
    .map((i) => `${dutchDate(i.datum)} — ${INFO_SOURCES[i.bron]} (${MEANS[i.middel].toLowerCase()}; grondslag: ${LEGAL_BASES[i.grondslag]}): ${i.bevindingen}`));
  pdf.h2('Risicoscenario’s');
  pdf.list((v.onderzoek.risicoscenarios as { wat: string; kans: number; ernst: number; meestRisicovol: boolean }[])
    .map((r) => `${r.wat} — kans ${r.kans}%, ernst ${r.ernst}/5${r.meestRisicovol ? ' (meest risicovol)' : ''}`));
  pdf.h2('Besluit');
  pdf.p(Object.entries(DECISIONS).filter(([k]) => v.besluit.besluiten.includes(k as keyof typeof DECISIONS)).map(([, label]) => label).join('; '));
  return pdf.done();
}
