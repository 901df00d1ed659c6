// HTTP API of the warm handover: send (with consent, after the parents saw it), the school's
// inbox and acknowledgement, and a printable copy for the parents.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import PDFDocument from 'pdfkit';
import type { App } from '../../platform/http/app.ts';
import { actorOf, currentUser, type AppContext } from '../../platform/http/context.ts';
import { conflict, forbidden, notFound, unprocessable } from '../../platform/http/problem.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { dateSchema } from '../persons/validation.ts';
import { fullName } from '../persons/service.ts';
import { addTimelineEntry, dossierFor, dossierUser } from '../zorgdossier/service.ts';

import { HANDOVER_RECEIVERS, HANDOVER_SENDERS } from '../../contract/sectors.ts';

export { HANDOVER_RECEIVERS, HANDOVER_SENDERS };

const text = z.string().trim().min(1).max(10_000);
const handoverSchema = z.object({
  id: z.string(), createdAt: z.string(), fromOrganisation: z.string(), fromProfessional: z.string(), toOrganisation: z.string(),
  child: z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string() }),
  content: z.object({ ontwikkeling: z.string(), ondersteuningsbehoeften: z.string(), watWerkt: z.string().optional() }),
  consentDate: z.string(), parentsSeenOn: z.string(), acknowledgedAt: z.string().nullable(), acknowledgedBy: z.string().nullable(),
});

function handoverQuery(db: Kysely<DB>) {
  return db.selectFrom('overdrachten as h').innerJoin('organisations as fo', 'fo.id', 'h.from_organisation_id')
    .innerJoin('organisations as tor', 'tor.id', 'h.to_organisation_id').innerJoin('users as fu', 'fu.id', 'h.from_user_id')
    .leftJoin('users as ack', 'ack.id', 'h.acknowledged_by').innerJoin('persons as p', 'p.id', 'h.person_id')
    .selectAll('h').select(['fo.name as from_org', 'tor.name as to_org', 'fu.display_name as from_name', 'ack.display_name as ack_name',
      'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'p.date_of_birth']);
}
type Row = Awaited<ReturnType<ReturnType<typeof handoverQuery>['execute']>>[number];
const view = (r: Row) => ({
  id: r.id, createdAt: new Date(r.created_at).toISOString(), fromOrganisation: r.from_org, fromProfessional: r.from_name, toOrganisation: r.to_org,
  child: { id: r.person_id, name: fullName(r), dateOfBirth: r.date_of_birth }, content: r.content,
  consentDate: r.consent_date, parentsSeenOn: r.parents_seen_on,
  acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at).toISOString() : null, acknowledgedBy: r.ack_name,
});

function parentCopy(h: ReturnType<typeof view>): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Overdracht ${h.child.name}`, Author: 'Kindveilig' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(18).text(`Overdracht naar de basisschool: ${h.child.name}`);
  doc.fontSize(10).text(`Van ${h.fromOrganisation} (${h.fromProfessional}) aan ${h.toOrganisation}. Toestemming van de ouders: ${h.consentDate}.`);
  doc.text('Dit is precies wat aan de school is doorgegeven.').moveDown();
  doc.fontSize(13).text('Ontwikkeling').fontSize(10).text(h.content.ontwikkeling).moveDown();
  doc.fontSize(13).text('Ondersteuningsbehoeften').fontSize(10).text(h.content.ondersteuningsbehoeften).moveDown();
  if (h.content.watWerkt) doc.fontSize(13).text('Wat werkt').fontSize(10).text(h.content.watWerkt);
  doc.end();
  return done;
}

export function overdrachtRoutes(app: App, ctx: AppContext) {
  const { db, clock, notifier } = ctx;
  ctx.personAccess.add(async (tx, user, personId) =>
    !!(await tx.selectFrom('overdrachten').select('id').where('person_id', '=', personId).where('to_organisation_id', '=', user.organisationId).executeTakeFirst()));

  app.post('/api/v1/dossiers/:id/overdrachten', {
    schema: {
      tags: ['overdracht'], summary: 'Warme overdracht naar de basisschool: met toestemming van de ouders, die de inhoud hebben gezien',
      params: z.object({ id: z.uuid() }),
      body: z.strictObject({
        toOrganisationId: z.uuid(),
        content: z.strictObject({ ontwikkeling: text, ondersteuningsbehoeften: text, watWerkt: text.optional() }),
        consentDate: dateSchema.optional().describe('Datum waarop de ouders toestemming gaven'),
        parentsSeenOn: dateSchema.optional().describe('Datum waarop de ouders de inhoud zagen'),
      }),
      response: { 201: handoverSchema },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const b = req.body;
    if (!HANDOVER_SENDERS.includes(user.sector)) throw forbidden('Een warme overdracht gaat uit van peuterspeelzaal/VVE, kinderopvang of JGZ.', 'sector-not-allowed');
    const id = await db.transaction().execute(async (tx) => {
      const { dossier } = await dossierFor(tx, user, req.params.id, { write: true });
      if (!b.consentDate) throw unprocessable('consent-required', 'Een overdracht kan alleen met toestemming van de ouders; vul de datum in.', { fields: ['consentDate'] });
      if (!b.parentsSeenOn) throw unprocessable('parents-not-informed', 'De ouders zien wat er wordt doorgegeven; vul in wanneer zij de inhoud zagen.', { fields: ['parentsSeenOn'] });
      for (const [field, value] of [['consentDate', b.consentDate], ['parentsSeenOn', b.parentsSeenOn]] as const) {
        if (value > clock.today()) throw unprocessable('date-in-future', 'Deze datum ligt in de toekomst.', { fields: [field] });
      }
      const school = await tx.selectFrom('organisations').select(['id', 'name', 'sector']).where('id', '=', b.toOrganisationId).executeTakeFirst();
      if (!school || !HANDOVER_RECEIVERS.includes(school.sector)) throw unprocessable('recipient-not-primary-school', 'Een warme overdracht gaat naar een basisschool.', { fields: ['toOrganisationId'] });
      const row = await tx.insertInto('overdrachten').values({
        dossier_id: dossier.id, person_id: dossier.person_id, from_organisation_id: user.organisationId, from_user_id: user.id, to_organisation_id: school.id,
        created_at: clock.now(), content: JSON.stringify(b.content) as never, consent_date: b.consentDate, parents_seen_on: b.parentsSeenOn,
      }).returning('id').executeTakeFirstOrThrow();
      await addTimelineEntry(tx, dossier.id, user.id, { kind: 'overdracht', summary: `Warme overdracht naar ${school.name} (toestemming ouders ${b.consentDate}).`, recordType: 'overdracht', recordId: row.id }, clock.now());
      const staff = await tx.selectFrom('users').select('id').where('organisation_id', '=', school.id).where('active', '=', true).where('role', 'in', ['professional', 'aandachtsfunctionaris']).execute();
      await notifier.notify(tx, [{ userIds: staff.map((s) => s.id), subject: 'Warme overdracht ontvangen', body: `${user.organisationName} draagt een kind over aan uw school. Bevestig de ontvangst in Kindveilig.`, link: `/overdrachten/${row.id}` }]);
      await recordAudit(tx, actorOf(req), [{ action: 'share', recordType: 'overdracht', recordId: row.id, personId: dossier.person_id, detail: { to: school.id } }]);
      return row.id;
    });
    return reply.code(201).send(view(await handoverQuery(db).where('h.id', '=', id).executeTakeFirstOrThrow()));
  });

  app.get('/api/v1/overdrachten', {
    schema: { tags: ['overdracht'], summary: 'Overdrachten aan mijn school en die ik verstuurde', response: { 200: z.object({ ontvangen: z.array(handoverSchema), verzonden: z.array(handoverSchema) }) } },
  }, async (req) => {
    const user = currentUser(req);
    const received = await handoverQuery(db).where('h.to_organisation_id', '=', user.organisationId).orderBy('h.created_at', 'desc').execute();
    const sent = await handoverQuery(db).where('h.from_user_id', '=', user.id).orderBy('h.created_at', 'desc').execute();
    await recordAudit(db, actorOf(req), [...received, ...sent].map((r) => ({ action: 'read', recordType: 'overdracht', recordId: r.id, personId: r.person_id })));
    return { ontvangen: received.map(view), verzonden: sent.map(view) };
  });

  async function handoverFor(req: FastifyRequest, id: string) {
    const user = currentUser(req);
    const r = await handoverQuery(db).where('h.id', '=', id).executeTakeFirst();
    if (!r) throw notFound('Deze overdracht bestaat niet.');
    const recipient = r.to_organisation_id === user.organisationId;
    if (!recipient && r.from_user_id !== user.id) throw forbidden('Deze overdracht is niet voor u.').about({ recordType: 'overdracht', recordId: r.id, personId: r.person_id });
    return { user, r, recipient };
  }

  app.get('/api/v1/overdrachten/:id', {
    schema: { tags: ['overdracht'], summary: 'Eén overdracht', params: z.object({ id: z.uuid() }), response: { 200: handoverSchema } },
  }, async (req) => {
    const { r } = await handoverFor(req, req.params.id);
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'overdracht', recordId: r.id, personId: r.person_id }]);
    return view(r);
  });

  app.get('/api/v1/overdrachten/:id/ouderversie', {
    schema: { tags: ['overdracht'], summary: 'De overdracht als PDF voor de ouders: precies wat de school krijgt', params: z.object({ id: z.uuid() }) },
  }, async (req, reply) => {
    const { r } = await handoverFor(req, req.params.id);
    await recordAudit(db, actorOf(req), [{ action: 'export', recordType: 'overdracht', recordId: r.id, personId: r.person_id }]);
    return reply.type('application/pdf').header('Content-Disposition', `attachment; filename="overdracht-${r.id}.pdf"`).send(await parentCopy(view(r)));
  });

  app.post('/api/v1/overdrachten/:id/ontvangst', {
    schema: { tags: ['overdracht'], summary: 'De school bevestigt de ontvangst', params: z.object({ id: z.uuid() }), response: { 201: handoverSchema } },
  }, async (req, reply) => {
    const { user, r, recipient } = await handoverFor(req, req.params.id);
    if (!recipient) throw forbidden('Alleen de ontvangende school bevestigt de ontvangst.', 'not-the-recipient');
    if (r.acknowledged_at) throw conflict('already-acknowledged', 'De ontvangst is al bevestigd.');
    await db.transaction().execute(async (tx) => {
      await tx.updateTable('overdrachten').set({ acknowledged_by: user.id, acknowledged_at: clock.now() }).where('id', '=', r.id).execute();
      await addTimelineEntry(tx, r.dossier_id, user.id, { kind: 'overdracht-ontvangen', summary: `${user.organisationName} bevestigde de ontvangst van de overdracht.`, recordType: 'overdracht', recordId: r.id }, clock.now());
      await notifier.notify(tx, [{ userIds: [r.from_user_id], subject: 'De school heeft uw overdracht ontvangen', body: `${user.organisationName} heeft de ontvangst bevestigd.`, link: `/dossiers/${r.dossier_id}` }]);
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'overdracht', recordId: r.id, personId: r.person_id, detail: { acknowledged: true } }]);
    });
    return reply.code(201).send(view(await handoverQuery(db).where('h.id', '=', r.id).executeTakeFirstOrThrow()));
  });
}
