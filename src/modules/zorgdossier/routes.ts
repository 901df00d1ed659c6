// HTTP API of the zorgdossier: open one for a child, see my dossiers, the timeline, notes,
// colleagues joining, and the PDF.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../platform/http/app.ts';
import { actorOf, type AppContext } from '../../platform/http/context.ts';
import { Problem, conflict, unprocessable } from '../../platform/http/problem.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { ageOn } from '../../platform/dates.ts';
import { bsnSchema } from '../persons/validation.ts';
import { DOSSIER_ROLES, addTimelineEntry, dossierFor, dossierUser, mayJoinAsAttentionOfficer, userSeesPersonThroughDossier } from './service.ts';
import { dossierDetail, personsShown } from './views.ts';
import { dossierPdf } from './pdf.ts';
import { attachment, fileName } from '../../platform/pdf.ts';
import { recordRelationship, relationshipAudit, relationshipSchema, requireRelationship } from '../betrokkenheid/relationship.ts';

export const CHILD_MAX_AGE = 18;

const relativeSchema = z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string(), relation: z.string() });
const dossierSchema = z.object({
  id: z.string(), status: z.enum(['open', 'gesloten']), createdAt: z.string(), organisation: z.string(),
  child: z.object({ id: z.string(), bsn: z.string(), fullName: z.string(), dateOfBirth: z.string() }).loose(),
  family: z.object({ parents: z.array(relativeSchema), siblings: z.array(relativeSchema) }),
  members: z.array(z.object({ userId: z.string(), name: z.string(), role: z.enum(['betrokken', 'aandachtsfunctionaris']) })),
  timeline: z.array(z.object({
    id: z.string(), at: z.string(), author: z.string(), kind: z.string(), summary: z.string(),
    recordType: z.string().nullable(), recordId: z.string().nullable(), body: z.string().nullable(),
  })),
});
const summarySchema = z.object({
  id: z.string(), status: z.enum(['open', 'gesloten']), createdAt: z.string(), child: z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string() }),
  lastActivity: z.string(), mine: z.boolean(),
});

export function zorgdossierRoutes(app: App, ctx: AppContext) {
  const { db, clock } = ctx;
  ctx.personAccess.add(userSeesPersonThroughDossier);

  /** A write answers with the whole dossier: the parents and siblings in it are read too. */
  async function shownAndAudited(tx: typeof db, req: FastifyRequest, dossier: Parameters<typeof dossierDetail>[1]) {
    const d = await dossierDetail(tx, dossier);
    await recordAudit(tx, actorOf(req), personsShown(d).slice(1).map((personId) => ({ action: 'read', recordType: 'dossier', recordId: dossier.id, personId })));
    return d;
  }

  app.post('/api/v1/dossiers', {
    schema: {
      tags: ['zorgdossier'], summary: 'Zorgdossier openen voor een kind bij de eigen organisatie, met de reden van betrokkenheid',
      body: z.strictObject({ bsn: bsnSchema, relationship: relationshipSchema.optional() }),
      response: { 201: dossierSchema },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const relationship = requireRelationship(req.body.relationship);
    const detail = await db.transaction().execute(async (tx) => {
      const child = await tx.selectFrom('persons').selectAll().where('bsn', '=', req.body.bsn).executeTakeFirst();
      if (!child) throw new Problem(404, 'person-unknown', 'Er is geen kind met dit BSN bekend. Leg het kind eerst vast.');
      if (child.date_of_death) throw unprocessable('person-deceased', 'Dit kind is overleden.');
      if (ageOn(child.date_of_birth, clock.today()) >= CHILD_MAX_AGE) {
        throw unprocessable('not-a-child', `Een zorgdossier is voor kinderen tot ${CHILD_MAX_AGE} jaar.`);
      }
      const open = await tx.selectFrom('dossiers').select('id').where('person_id', '=', child.id)
        .where('organisation_id', '=', user.organisationId).where('status', '=', 'open').executeTakeFirst();
      if (open) {
        throw conflict('dossier-exists', 'Uw organisatie heeft al een open dossier voor dit kind. Vraag een betrokken collega of de aandachtsfunctionaris u toe te voegen.', { dossierId: open.id });
      }
      const dossier = await tx.insertInto('dossiers').values({
        person_id: child.id, organisation_id: user.organisationId, created_by: user.id, created_at: clock.now(),
      }).returningAll().executeTakeFirstOrThrow();
      await tx.insertInto('dossier_members').values({
        dossier_id: dossier.id, user_id: user.id, role: user.role === 'aandachtsfunctionaris' ? 'aandachtsfunctionaris' : 'betrokken', added_by: user.id,
      }).execute();
      await addTimelineEntry(tx, dossier.id, user.id, { kind: 'aangemaakt', summary: `Dossier geopend door ${user.displayName}.` }, clock.now());
      await recordRelationship(tx, user, child.id, { dossierId: dossier.id }, relationship, clock.now());
      const d = await dossierDetail(tx, dossier);
      await recordAudit(tx, actorOf(req), [
        { action: 'create', recordType: 'dossier', recordId: dossier.id, personId: child.id },
        relationshipAudit(relationship, 'dossier', dossier.id, child.id),
        ...personsShown(d).slice(1).map((personId) => ({ action: 'read', recordType: 'dossier', recordId: dossier.id, personId })),
      ]);
      return d;
    });
    return reply.code(201).send(detail);
  });

  app.get('/api/v1/dossiers', {
    schema: {
      tags: ['zorgdossier'], summary: 'Mijn dossiers (de aandachtsfunctionaris ziet alle dossiers van de organisatie)',
      response: { 200: z.object({ items: z.array(summarySchema) }) },
    },
  }, async (req) => {
    const user = await dossierUser(db, req);
    const rows = await db.selectFrom('dossiers as d').innerJoin('persons as p', 'p.id', 'd.person_id')
      .leftJoin('dossier_members as m', (j) => j.onRef('m.dossier_id', '=', 'd.id').on('m.user_id', '=', user.id))
      .select(['d.id', 'd.status', 'd.created_at', 'd.person_id', 'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'p.date_of_birth', 'm.user_id as member'])
      .select((eb) => eb.selectFrom('dossier_entries as e').select((e) => e.fn.max('e.at').as('last')).whereRef('e.dossier_id', '=', 'd.id').as('last_activity'))
      .where((eb) => eb.or([
        eb('m.user_id', 'is not', null),
        ...(user.role === 'aandachtsfunctionaris' ? [eb('d.organisation_id', '=', user.organisationId)] : []),
      ]))
      .orderBy('d.status').orderBy('d.created_at', 'desc').execute();
    await recordAudit(db, actorOf(req), rows.map((r) => ({ action: 'read', recordType: 'dossier', recordId: r.id, personId: r.person_id })));
    return {
      items: rows.map((r) => ({
        id: r.id, status: r.status, createdAt: new Date(r.created_at).toISOString(),
        child: { id: r.person_id, name: [r.given_names, r.tussenvoegsel, r.family_name].filter(Boolean).join(' '), dateOfBirth: r.date_of_birth },
        lastActivity: new Date(r.last_activity ?? r.created_at).toISOString(), mine: r.member !== null,
      })),
    };
  });

  app.get('/api/v1/dossiers/:id', {
    schema: { tags: ['zorgdossier'], summary: 'Eén dossier met gezin, betrokkenen en tijdlijn', params: z.object({ id: z.uuid() }), response: { 200: dossierSchema } },
  }, async (req) => {
    const user = await dossierUser(db, req);
    const { dossier } = await dossierFor(db, user, req.params.id);
    const d = await dossierDetail(db, dossier);
    await recordAudit(db, actorOf(req), personsShown(d).map((personId) => ({ action: 'read', recordType: 'dossier', recordId: dossier.id, personId })));
    return d;
  });

  app.get('/api/v1/dossiers/:id/pdf', {
    schema: { tags: ['zorgdossier'], summary: 'Het dossier als PDF', params: z.object({ id: z.uuid() }) },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const { dossier } = await dossierFor(db, user, req.params.id);
    const d = await dossierDetail(db, dossier);
    const pdf = await dossierPdf(d, `${user.displayName} (${user.organisationName})`, clock.now());
    await recordAudit(db, actorOf(req), personsShown(d).map((personId) => ({ action: 'export', recordType: 'dossier', recordId: dossier.id, personId, detail: { format: 'pdf' } })));
    return reply.type('application/pdf').header('Content-Disposition', attachment(fileName(['dossier', d.child.fullName, clock.today()], 'pdf'))).send(pdf);
  });

  app.post('/api/v1/dossiers/:id/notities', {
    schema: {
      tags: ['zorgdossier'], summary: 'Notitie in de tijdlijn',
      params: z.object({ id: z.uuid() }), body: z.strictObject({ text: z.string().trim().min(1).max(10_000) }),
      response: { 201: dossierSchema },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const detail = await db.transaction().execute(async (tx) => {
      const { dossier } = await dossierFor(tx, user, req.params.id, { write: true });
      if (dossier.status !== 'open') throw conflict('dossier-closed', 'Dit dossier is gesloten.');
      await addTimelineEntry(tx, dossier.id, user.id, { kind: 'notitie', summary: `Notitie van ${user.displayName}`, body: req.body.text }, clock.now());
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'dossier', recordId: dossier.id, personId: dossier.person_id, detail: { notitie: true } }]);
      return shownAndAudited(tx, req, dossier);
    });
    return reply.code(201).send(detail);
  });

  app.post('/api/v1/dossiers/:id/betrokkenen', {
    schema: {
      tags: ['zorgdossier'],
      summary: 'Een collega van de eigen organisatie toevoegen; zonder userId voegt de aandachtsfunctionaris zichzelf toe',
      params: z.object({ id: z.uuid() }), body: z.strictObject({ userId: z.uuid().optional() }),
      response: { 201: dossierSchema },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const detail = await db.transaction().execute(async (tx) => {
      const { dossier, member } = await dossierFor(tx, user, req.params.id);
      const targetId = req.body.userId ?? user.id;
      if (!member && !(targetId === user.id && mayJoinAsAttentionOfficer(user, dossier))) {
        throw unprocessable('not-a-member', 'Alleen betrokkenen voegen collega’s toe; de aandachtsfunctionaris kan zichzelf aansluiten.');
      }
      const target = await tx.selectFrom('users').select(['id', 'display_name', 'role', 'organisation_id', 'active']).where('id', '=', targetId).executeTakeFirst();
      if (!target || !target.active || target.organisation_id !== dossier.organisation_id || !DOSSIER_ROLES.includes(target.role as never)) {
        throw unprocessable('colleague-not-eligible', 'Alleen actieve professionals en de aandachtsfunctionaris van uw eigen organisatie kunnen worden toegevoegd.');
      }
      const added = await tx.insertInto('dossier_members').values({
        dossier_id: dossier.id, user_id: target.id, role: target.role === 'aandachtsfunctionaris' ? 'aandachtsfunctionaris' : 'betrokken', added_by: user.id,
      }).onConflict((oc) => oc.doNothing()).executeTakeFirst();
      if (Number(added.numInsertedOrUpdatedRows ?? 0) === 0) throw conflict('already-member', 'Deze collega is al betrokken bij het dossier.');
      const summary = target.id === user.id ? `${user.displayName} sloot aan als ${target.role === 'aandachtsfunctionaris' ? 'aandachtsfunctionaris' : 'betrokkene'}.` : `${user.displayName} voegde ${target.display_name} toe.`;
      await addTimelineEntry(tx, dossier.id, user.id, { kind: 'betrokkene', summary }, clock.now());
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'dossier', recordId: dossier.id, personId: dossier.person_id, detail: { member: target.id } }]);
      if (target.id !== user.id) {
        await ctx.notifier.notify(tx, [{ userIds: [target.id], subject: 'U bent toegevoegd aan een zorgdossier', body: `${user.displayName} heeft u betrokken bij een zorgdossier van uw organisatie.`, link: `/dossiers/${dossier.id}` }]);
      }
      return shownAndAudited(tx, req, dossier);
    });
    return reply.code(201).send(detail);
  });

  app.get('/api/v1/dossiers/:id/collegas', {
    schema: {
      tags: ['zorgdossier'], summary: 'Collega’s van de eigen organisatie die nog niet bij het dossier betrokken zijn (om toe te voegen)',
      params: z.object({ id: z.uuid() }),
      response: { 200: z.object({ items: z.array(z.object({ userId: z.string(), name: z.string(), role: z.enum(DOSSIER_ROLES) })) }) },
    },
  }, async (req) => {
    const user = await dossierUser(db, req);
    const { dossier } = await dossierFor(db, user, req.params.id, { write: true });
    const rows = await db.selectFrom('users as u').select(['u.id', 'u.display_name', 'u.role'])
      .where('u.organisation_id', '=', dossier.organisation_id).where('u.active', '=', true).where('u.role', 'in', DOSSIER_ROLES)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('dossier_members as m').select('m.user_id').whereRef('m.user_id', '=', 'u.id').where('m.dossier_id', '=', dossier.id))))
      .orderBy('u.display_name').execute();
    return { items: rows.map((r) => ({ userId: r.id, name: r.display_name, role: r.role as (typeof DOSSIER_ROLES)[number] })) };
  });
}
