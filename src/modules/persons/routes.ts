// HTTP API for persons: exact lookup (never browsing), manual entry, relations, BRP import.
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { actorOf, currentUser, requireRole, type AppContext } from '../../platform/http/context.ts';
import { forbidden, notFound } from '../../platform/http/problem.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { CASEWORK_ROLES } from '../../platform/auth/roles.ts';
import { enforcePersonSearchLimit } from '../../platform/rate-limit.ts';
import { addRelation, createPerson, findByBsn, personView } from './service.ts';
import { bsnSchema, dateSchema, personInput, relationInput } from './validation.ts';
import { importExtract } from './brp-import.ts';
import { hasRelationship } from '../betrokkenheid/relationship.ts';

const personSchema = z.object({
  id: z.string(),
  bsn: z.string(),
  givenNames: z.string(),
  tussenvoegsel: z.string().nullable(),
  familyName: z.string(),
  fullName: z.string(),
  dateOfBirth: z.string(),
  sex: z.enum(['M', 'V', 'O']),
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  dateOfDeath: z.string().nullable(),
});

const ENTRY_ROLES = [...CASEWORK_ROLES, 'functioneel_beheerder'] as const;

/**
 * A search hit for someone the user has no relationship with yet: what confirming the person
 * needs (name, date of birth), never the address. The full record follows once a dossier, a
 * signal or a kindcheck with its reason of relationship exists (issue 17).
 */
const searchHitSchema = personSchema.pick({ id: true, bsn: true, givenNames: true, tussenvoegsel: true, familyName: true, fullName: true, dateOfBirth: true })
  .extend(personSchema.omit({ id: true, bsn: true, givenNames: true, tussenvoegsel: true, familyName: true, fullName: true, dateOfBirth: true }).partial().shape);

export function personRoutes(app: App, ctx: AppContext) {
  const { db, clock } = ctx;

  // A search, not a GET: a BSN never appears in a URL (proxy logs, browser history).
  app.post('/api/v1/personen/_zoek', {
    schema: {
      tags: ['personen'],
      summary: 'Zoek één persoon op exact BSN én geboortedatum (zoeken-voor-aanmaken; bladeren kan niet)',
      body: z.strictObject({ bsn: bsnSchema, geboortedatum: dateSchema }),
      response: { 200: z.object({ items: z.array(searchHitSchema) }) },
    },
  }, async (req) => {
    const user = requireRole(req, ENTRY_ROLES);
    await enforcePersonSearchLimit(ctx, req, { action: 'search', recordType: 'persoon' });
    const person = await findByBsn(db, req.body.bsn);
    const match = person && person.date_of_birth === req.body.geboortedatum ? person : undefined;
    // A BSN with the wrong date of birth shows nothing, but is findable under the person it names.
    await recordAudit(db, actorOf(req), [{
      action: 'search', recordType: 'persoon', recordId: person?.id ?? null, personId: person?.id ?? null,
      outcome: person && !match ? 'refused' : 'success', detail: { found: !!match, ...(person && !match ? { reason: 'geboortedatum-wijkt-af' } : {}) },
    }]);
    if (!match) return { items: [] };
    const related = await ctx.personAccess.canSee(db, user, match.id) || await hasRelationship(db, user.id, match.id);
    const { id, bsn, givenNames, tussenvoegsel, familyName, fullName, dateOfBirth } = personView(match);
    return { items: [related ? personView(match) : { id, bsn, givenNames, tussenvoegsel, familyName, fullName, dateOfBirth }] };
  });

  app.get('/api/v1/personen/:id', {
    schema: { tags: ['personen'], summary: 'Eén persoon, alleen met een reden uit het eigen werk', params: z.object({ id: z.uuid() }), response: { 200: personSchema } },
  }, async (req) => {
    const user = currentUser(req);
    const about = { recordType: 'persoon', recordId: req.params.id, personId: req.params.id };
    if (!ENTRY_ROLES.includes(user.role as (typeof ENTRY_ROLES)[number])) {
      throw forbidden('Uw rol geeft geen toegang tot persoonsgegevens.', 'role-forbidden').about(about);
    }
    const person = await db.selectFrom('persons').selectAll().where('id', '=', req.params.id).executeTakeFirst();
    if (!person) throw notFound('Deze persoon bestaat niet.');
    if (!(await ctx.personAccess.canSee(db, user, person.id))) {
      throw forbidden('U heeft geen betrokkenheid bij deze persoon.').about(about);
    }
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'persoon', recordId: person.id, personId: person.id }]);
    return personView(person);
  });

  app.post('/api/v1/personen', {
    schema: { tags: ['personen'], summary: 'Persoon handmatig vastleggen (weigert een BSN dat al bestaat)', body: personInput, response: { 201: personSchema } },
  }, async (req, reply) => {
    requireRole(req, ENTRY_ROLES);
    const person = await db.transaction().execute(async (tx) => {
      const created = await createPerson(tx, req.body, clock.today());
      await recordAudit(tx, actorOf(req), [{ action: 'create', recordType: 'persoon', recordId: created.id, personId: created.id }]);
      return created;
    });
    return reply.code(201).send(personView(person));
  });

  app.post('/api/v1/ouder-kindrelaties', {
    schema: {
      tags: ['personen'],
      summary: 'Ouder–kindrelatie vastleggen (juridisch, biologisch, stief, pleeg, voogd); functioneel beheer, zoals de BRP-import',
      body: relationInput,
      response: { 201: z.object({ parentId: z.string(), childId: z.string(), kind: z.string() }) },
    },
  }, async (req, reply) => {
    requireRole(req, ['functioneel_beheerder']); // relations decide family matches: BRP data, not casework
    const rel = await db.transaction().execute(async (tx) => {
      const r = await addRelation(tx, req.body);
      await recordAudit(tx, actorOf(req), [
        { action: 'create', recordType: 'ouder-kindrelatie', recordId: `${r.parentId}:${r.childId}`, personId: r.childId, detail: { kind: r.kind } },
        { action: 'create', recordType: 'ouder-kindrelatie', recordId: `${r.parentId}:${r.childId}`, personId: r.parentId, detail: { kind: r.kind } },
      ]);
      return r;
    });
    return reply.code(201).send(rel);
  });

  app.post('/api/v1/brp-imports', {
    bodyLimit: 50 * 1024 * 1024,
    schema: {
      tags: ['personen'],
      summary: 'BRP-achtig uittreksel importeren (CSV of JSON); een fout bestand wordt in zijn geheel geweigerd',
      body: z.strictObject({ format: z.enum(['csv', 'json']), content: z.string().min(1) }),
      response: { 201: z.object({ personsCreated: z.number(), personsUpdated: z.number(), relationsAdded: z.number() }) },
    },
  }, async (req, reply) => {
    requireRole(req, ['functioneel_beheerder']);
    const result = await importExtract(db, actorOf(req), req.body.format, req.body.content, clock.today());
    return reply.code(201).send(result);
  });
}
