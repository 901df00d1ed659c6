// Sharing a worry ("zorg delen") with a named professional or organisation in the chain, with
// its legal basis recorded each time; the recipient acknowledges and the sender, who stays
// involved (seed 000), sees that. Also: place a Verwijsindex signal from the dossier in one step.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { App } from '../../platform/http/app.ts';
import { actorOf, currentUser, type AppContext, type AuthUser } from '../../platform/http/context.ts';
import { Problem, conflict, forbidden, notFound, unprocessable } from '../../platform/http/problem.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { dateSchema } from '../persons/validation.ts';
import { fullName } from '../persons/service.ts';
import { addTimelineEntry, dossierFor, dossierUser } from '../zorgdossier/service.ts';
import { registerSignal } from '../verwijsindex/signals.ts';
import { CASEWORK_ROLES, type Role } from '../../platform/auth/roles.ts';
import { relationshipSchema, requireRelationship } from '../betrokkenheid/relationship.ts';

/** The questions of the conflict of duties (conflict van plichten) before sharing without consent. */
export const CONFLICT_QUESTIONS = {
  doel: 'Welk doel wil ik bereiken met het delen zonder toestemming?',
  zonderDoorbreken: 'Kan ik dat doel ook bereiken zonder het beroepsgeheim te doorbreken?',
  geenToestemming: 'Waarom kan ik geen toestemming vragen, of waarom is dat niet verstandig?',
  belang: 'Weegt het belang van het kind zwaarder dan het belang van geheimhouding?',
  beperking: 'Welke gegevens deel ik, met wie, en hoe beperk ik de schade voor de betrokkenen?',
} as const;

const answer = z.string().trim().min(1).max(2000);
const shareBody = z.strictObject({
  toOrganisationId: z.uuid(),
  toUserId: z.uuid().optional(),
  message: z.string().trim().min(1).max(10_000).describe('Wat de afzender kiest te delen'),
  legalBasis: z.enum(['toestemming', 'conflict_van_plichten', 'meldrecht']).optional(),
  consent: z.strictObject({ by: z.enum(['ouders', 'jeugdige', 'ouders_en_jeugdige']), date: dateSchema }).optional(),
  conflictAnswers: z.strictObject(Object.fromEntries(Object.keys(CONFLICT_QUESTIONS).map((k) => [k, answer])) as Record<keyof typeof CONFLICT_QUESTIONS, typeof answer>).optional(),
});

const sharingSchema = z.object({
  id: z.string(), sentByMe: z.boolean(), dossierId: z.string().nullable(), createdAt: z.string(), from: z.object({ name: z.string(), organisation: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  toOrganisation: z.string(), toUser: z.string().nullable(), child: z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string() }),
  message: z.string(), legalBasis: z.string(), consent: z.object({ by: z.string(), date: z.string() }).nullable(),
  acknowledgedAt: z.string().nullable(), acknowledgedBy: z.string().nullable(), feedback: z.string().nullable(),
});

function sharingQuery(db: Kysely<DB>) {
  return db.selectFrom('zorg_delingen as z')
    .innerJoin('users as fu', 'fu.id', 'z.from_user_id').innerJoin('organisations as fo', 'fo.id', 'z.from_organisation_id')
    .innerJoin('organisations as tor', 'tor.id', 'z.to_organisation_id').leftJoin('users as tu', 'tu.id', 'z.to_user_id')
    .leftJoin('users as ack', 'ack.id', 'z.acknowledged_by').innerJoin('persons as p', 'p.id', 'z.person_id')
    .selectAll('z')
    .select(['fu.display_name as from_name', 'fu.email as from_email', 'fu.phone as from_phone', 'fo.name as from_org', 'tor.name as to_org',
      'tu.display_name as to_user', 'ack.display_name as ack_name', 'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'p.date_of_birth']);
}
type SharingRow = Awaited<ReturnType<ReturnType<typeof sharingQuery>['execute']>>[number];

/** `dossierId` only for the sender's own side: the recipient never learns the sender's dossier. */
const view = (r: SharingRow, forSender: boolean) => ({
  id: r.id, sentByMe: forSender, dossierId: forSender ? r.dossier_id : null, createdAt: new Date(r.created_at).toISOString(),
  from: { name: r.from_name, organisation: r.from_org, email: r.from_email, phone: r.from_phone },
  toOrganisation: r.to_org, toUser: r.to_user, child: { id: r.person_id, name: fullName(r), dateOfBirth: r.date_of_birth },
  message: r.message, legalBasis: r.legal_basis, consent: r.consent_by && r.consent_date ? { by: r.consent_by, date: r.consent_date } : null,
  acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at).toISOString() : null, acknowledgedBy: r.ack_name, feedback: r.feedback,
});

/**
 * A recipient: the named professional, or (when none is named) a casework role of the receiving
 * organisation. A regiocoördinator (counts only) or functioneel beheerder there is not one.
 */
const isRecipient = (user: AuthUser, r: { to_organisation_id: string; to_user_id: string | null }) =>
  r.to_user_id ? r.to_user_id === user.id : r.to_organisation_id === user.organisationId && CASEWORK_ROLES.includes(user.role);

/** Organisations that can receive a worry: those with an active user in a casework role. */
const receivingOrganisations = (db: Kysely<DB>) => db.selectFrom('organisations as o')
  .where(({ exists, selectFrom }) => exists(selectFrom('users as u').select('u.id').whereRef('u.organisation_id', '=', 'o.id')
    .where('u.active', '=', true).where('u.role', 'in', CASEWORK_ROLES)));

export function zorgdelenRoutes(app: App, ctx: AppContext) {
  const { db, clock, notifier } = ctx;
  ctx.personAccess.add(async (tx, user, personId) => {
    const rows = await tx.selectFrom('zorg_delingen').select(['to_organisation_id', 'to_user_id']).where('person_id', '=', personId)
      .where('to_organisation_id', '=', user.organisationId).execute();
    return rows.some((r) => isRecipient(user, r));
  });

  app.get('/api/v1/zorg-delen/organisaties', {
    schema: {
      tags: ['zorg-delen'], summary: 'Organisaties waarmee een zorg gedeeld kan worden: alleen die met professionals die de zorg kunnen oppakken',
      response: { 200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), sector: z.string(), municipalityCode: z.string() })) }) },
    },
  }, async (req) => {
    const user = await dossierUser(db, req);
    const rows = await receivingOrganisations(db).select(['o.id', 'o.name', 'o.sector', 'o.municipality_code'])
      .where('o.id', '<>', user.organisationId).orderBy('o.name').execute();
    return { items: rows.map((o) => ({ id: o.id, name: o.name, sector: o.sector, municipalityCode: o.municipality_code })) };
  });

  app.get('/api/v1/zorg-delen/conflict-van-plichten', {
    schema: { tags: ['zorg-delen'], summary: 'De vragen van het conflict van plichten', response: { 200: z.record(z.string(), z.string()) } },
  }, async () => ({ ...CONFLICT_QUESTIONS }));

  app.post('/api/v1/dossiers/:id/zorg-delingen', {
    schema: {
      tags: ['zorg-delen'], summary: 'Een zorg delen met een professional of organisatie in de keten; de grondslag wordt elke keer vastgelegd',
      params: z.object({ id: z.uuid() }), body: shareBody, response: { 201: sharingSchema },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const b = req.body;
    const id = await db.transaction().execute(async (tx) => {
      const { dossier } = await dossierFor(tx, user, req.params.id, { write: true });
      if (!b.legalBasis) {
        throw unprocessable('legal-basis-required', 'Leg de grondslag vast: toestemming van ouders/jeugdige, delen na afweging van het conflict van plichten, of het meldrecht.', { fields: ['legalBasis'] });
      }
      if (b.legalBasis === 'toestemming') {
        if (!b.consent) throw unprocessable('consent-required', 'Vul in wie toestemming gaf en wanneer.', { fields: ['consent'] });
        if (b.consent.date > clock.today()) throw unprocessable('consent-date-in-future', 'De datum van de toestemming ligt in de toekomst.', { fields: ['consent.date'] });
      }
      if (b.legalBasis === 'conflict_van_plichten' && !b.conflictAnswers) {
        throw unprocessable('conflict-answers-required', 'Beantwoord de vragen van het conflict van plichten voordat u zonder toestemming deelt.', { fields: ['conflictAnswers'] });
      }
      const org = await tx.selectFrom('organisations').select(['id', 'name']).where('id', '=', b.toOrganisationId).executeTakeFirst();
      if (!org) throw unprocessable('organisation-unknown', 'Onbekende organisatie.', { fields: ['toOrganisationId'] });
      if (org.id === user.organisationId) throw unprocessable('share-within-organisation', 'Binnen uw eigen organisatie voegt u een collega toe aan het dossier.');
      if (!(await receivingOrganisations(tx).select('o.id').where('o.id', '=', org.id).executeTakeFirst())) {
        throw unprocessable('organisation-no-casework', 'Bij deze organisatie werkt niemand die een gedeelde zorg kan oppakken; kies een andere organisatie.', { fields: ['toOrganisationId'] });
      }
      let recipients: string[];
      if (b.toUserId) {
        const to = await tx.selectFrom('users').select(['id', 'organisation_id', 'active', 'role']).where('id', '=', b.toUserId).executeTakeFirst();
        if (!to || !to.active || to.organisation_id !== org.id) throw unprocessable('recipient-not-in-organisation', 'Deze professional werkt niet bij de gekozen organisatie.', { fields: ['toUserId'] });
        if (!CASEWORK_ROLES.includes(to.role as Role)) throw unprocessable('recipient-not-casework', 'Deze gebruiker werkt niet met kinderen in zorg (bijvoorbeeld beheer of alleen aantallen); kies een professional.', { fields: ['toUserId'] });
        recipients = [to.id];
      } else {
        recipients = (await tx.selectFrom('users').select('id').where('organisation_id', '=', org.id).where('active', '=', true)
          .where('role', 'in', CASEWORK_ROLES).execute()).map((u) => u.id);
      }
      const row = await tx.insertInto('zorg_delingen').values({
        dossier_id: dossier.id, person_id: dossier.person_id, from_user_id: user.id, from_organisation_id: user.organisationId,
        to_organisation_id: org.id, to_user_id: b.toUserId ?? null, message: b.message, legal_basis: b.legalBasis,
        consent_by: b.consent?.by ?? null, consent_date: b.consent?.date ?? null,
        conflict_answers: b.conflictAnswers ? (JSON.stringify(b.conflictAnswers) as never) : null, created_at: clock.now(),
      }).returning('id').executeTakeFirstOrThrow();
      const basis = { toestemming: `met toestemming (${b.consent?.by}, ${b.consent?.date})`, conflict_van_plichten: 'zonder toestemming, na afweging van het conflict van plichten', meldrecht: 'op grond van het meldrecht' }[b.legalBasis];
      await addTimelineEntry(tx, dossier.id, user.id, { kind: 'zorg-gedeeld', summary: `Zorg gedeeld met ${org.name} ${basis}.`, recordType: 'zorg-deling', recordId: row.id, body: b.message }, clock.now());
      await notifier.notify(tx, [{ userIds: recipients, subject: 'Een ketenpartner deelt een zorg met u', body: `${user.organisationName} deelt een zorg over een kind met u. Bevestig de ontvangst in Kindveilig.`, link: `/zorg-delingen/${row.id}` }]);
      await recordAudit(tx, actorOf(req), [{ action: 'share', recordType: 'zorg-deling', recordId: row.id, personId: dossier.person_id, detail: { to: org.id, legalBasis: b.legalBasis } }]);
      return row.id;
    });
    return reply.code(201).send(view(await sharingQuery(db).where('z.id', '=', id).executeTakeFirstOrThrow(), true));
  });

  app.get('/api/v1/zorg-delingen', {
    schema: {
      tags: ['zorg-delen'], summary: 'Zorgen die met mij (of mijn organisatie) zijn gedeeld, en die ik deelde',
      response: { 200: z.object({ ontvangen: z.array(sharingSchema), verzonden: z.array(sharingSchema) }) },
    },
  }, async (req) => {
    const user = currentUser(req);
    const received = (await sharingQuery(db).where('z.to_organisation_id', '=', user.organisationId).orderBy('z.created_at', 'desc').execute())
      .filter((r) => isRecipient(user, r));
    const sent = await sharingQuery(db).where('z.from_user_id', '=', user.id).orderBy('z.created_at', 'desc').execute();
    await recordAudit(db, actorOf(req), [...received, ...sent].map((r) => ({ action: 'read', recordType: 'zorg-deling', recordId: r.id, personId: r.person_id })));
    return { ontvangen: received.map((r) => view(r, false)), verzonden: sent.map((r) => view(r, true)) };
  });

  async function sharingFor(req: FastifyRequest, id: string) {
    const user = currentUser(req);
    const r = await sharingQuery(db).where('z.id', '=', id).executeTakeFirst();
    if (!r) throw notFound('Deze gedeelde zorg bestaat niet.');
    const sender = r.from_user_id === user.id;
    if (!sender && !isRecipient(user, r)) throw forbidden('Deze zorg is niet met u gedeeld.').about({ recordType: 'zorg-deling', recordId: r.id, personId: r.person_id });
    return { user, r, sender };
  }

  app.get('/api/v1/zorg-delingen/:id', {
    schema: { tags: ['zorg-delen'], summary: 'Eén gedeelde zorg', params: z.object({ id: z.uuid() }), response: { 200: sharingSchema } },
  }, async (req) => {
    const { r, sender } = await sharingFor(req, req.params.id);
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'zorg-deling', recordId: r.id, personId: r.person_id }]);
    return view(r, sender);
  });

  app.post('/api/v1/zorg-delingen/:id/ontvangst', {
    schema: {
      tags: ['zorg-delen'], summary: 'Ontvangst bevestigen, met zo nodig een terugkoppeling die de afzender mag weten',
      params: z.object({ id: z.uuid() }), body: z.strictObject({ feedback: z.string().trim().max(2000).optional() }), response: { 201: sharingSchema },
    },
  }, async (req, reply) => {
    const { user, r, sender } = await sharingFor(req, req.params.id);
    if (sender) throw forbidden('De ontvanger bevestigt de ontvangst, niet de afzender.', 'not-the-recipient');
    if (r.acknowledged_at) throw conflict('already-acknowledged', 'De ontvangst is al bevestigd.');
    await db.transaction().execute(async (tx) => {
      await tx.updateTable('zorg_delingen').set({ acknowledged_by: user.id, acknowledged_at: clock.now(), feedback: req.body.feedback ?? null }).where('id', '=', r.id).execute();
      await addTimelineEntry(tx, r.dossier_id, user.id, {
        kind: 'zorg-ontvangen', summary: `${user.displayName} (${user.organisationName}) bevestigde de ontvangst van de gedeelde zorg.`,
        recordType: 'zorg-deling', recordId: r.id, body: req.body.feedback,
      }, clock.now());
      await notifier.notify(tx, [{ userIds: [r.from_user_id], subject: 'Uw gedeelde zorg is ontvangen', body: `${user.organisationName} heeft de ontvangst bevestigd.`, link: `/dossiers/${r.dossier_id}` }]);
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'zorg-deling', recordId: r.id, personId: r.person_id, detail: { acknowledged: true } }]);
    });
    return reply.code(201).send(view(await sharingQuery(db).where('z.id', '=', r.id).executeTakeFirstOrThrow(), false));
  });

  app.post('/api/v1/dossiers/:id/verwijsindex-signaal', {
    schema: {
      tags: ['zorg-delen'], summary: 'In één stap een Verwijsindex-signaal afgeven op het kind van dit dossier (alleen dát u betrokken bent)',
      params: z.object({ id: z.uuid() }),
      body: z.strictObject({ informedOn: dateSchema, relationship: relationshipSchema.optional().describe('Zonder: de reden van betrokkenheid van het dossier') }),
      response: { 201: z.object({ signalId: z.string(), matches: z.number() }) },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    if (!ctx.config.verwijsindexEnabled || !user.verwijsindexEnabled) throw new Problem(403, 'module-disabled', 'De Verwijsindex is voor uw organisatie uitgeschakeld.');
    const result = await db.transaction().execute(async (tx) => {
      const { dossier } = await dossierFor(tx, user, req.params.id, { write: true });
      const child = await tx.selectFrom('persons').select('bsn').where('id', '=', dossier.person_id).executeTakeFirstOrThrow();
      // The signal rests on the same relationship as the dossier, unless the professional gives another.
      const ofDossier = await tx.selectFrom('relationship_reasons').select(['reason', 'explanation']).where('dossier_id', '=', dossier.id).executeTakeFirst();
      const relationship = requireRelationship(req.body.relationship ?? (ofDossier && { reason: ofDossier.reason, explanation: ofDossier.explanation ?? undefined }));
      const { signal, changes } = await registerSignal(tx, notifier, user, actorOf(req), { bsn: child.bsn, informedOn: req.body.informedOn, relationship }, clock.now(), clock.today());
      await addTimelineEntry(tx, dossier.id, user.id, { kind: 'verwijsindex', summary: `Verwijsindex-signaal afgegeven${changes.length ? '; er is een match ontstaan' : ''}.`, recordType: 'signaal', recordId: signal.id }, clock.now());
      return { signalId: signal.id, matches: changes.length };
    });
    return reply.code(201).send(result);
  });
}
