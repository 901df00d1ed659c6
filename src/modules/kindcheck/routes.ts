// The kindcheck: a professional who sees adults (GGZ, verslavingszorg, schuldhulpverlening,
// huisarts, AMW, reclassering) asks, when registering an adult client, whether children are in
// their care and whether they are safe — and is offered the stap 0 screening for each child.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../platform/http/app.ts';
import { actorOf, requireRole, type AppContext, type AuthUser } from '../../platform/http/context.ts';
import { forbidden, notFound, unprocessable } from '../../platform/http/problem.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { enforcePersonSearchLimit } from '../../platform/rate-limit.ts';
import { ageOn } from '../../platform/dates.ts';
import { bsnSchema, dateSchema } from '../persons/validation.ts';
import { fullName } from '../persons/service.ts';
import { recordRelationship, relationshipAudit, type Relationship } from '../betrokkenheid/relationship.ts';

/** A kindcheck is about the professional's own adult client: that is its relationship, by definition. */
const CLIENT: Relationship = { reason: 'client_in_zorg' };

export { ADULT_CARE_SECTORS } from '../../contract/sectors.ts';
import { ADULT_CARE_SECTORS } from '../../contract/sectors.ts';
const CHILD_MAX_AGE = 18;

const client = { clientBsn: bsnSchema, clientDateOfBirth: dateSchema };
/** Before the kindcheck is recorded: who the children are, for confirmation; no BSN, no address. */
const childSchema = z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string(), relation: z.string(), sameAddress: z.boolean() });

export function kindcheckRoutes(app: App, ctx: AppContext) {
  const { db, clock } = ctx;

  function adultCareProfessional(req: FastifyRequest): AuthUser {
    const user = requireRole(req, ['professional', 'aandachtsfunctionaris']);
    if (!ADULT_CARE_SECTORS.includes(user.sector)) {
      throw forbidden('De kindcheck is voor professionals die volwassenen zien (GGZ, verslavingszorg, schuldhulpverlening, huisarts, AMW, reclassering).', 'sector-not-adult-care');
    }
    return user;
  }

  /**
   * The client, checked on BSN and date of birth together: no fishing with a BSN alone, and
   * counted against the user's person-search limit, which slows fishing with pairs. A failed lookup
   * is audited, under the person the BSN names if there is one.
   */
  async function adultClient(req: FastifyRequest, bsn: string, dateOfBirth: string) {
    await enforcePersonSearchLimit(ctx, req, { action: `${req.method} ${req.routeOptions.url}`, recordType: 'kindcheck' });
    const person = await db.selectFrom('persons').selectAll().where('bsn', '=', bsn).executeTakeFirst();
    const refuse = async (reason: string) => recordAudit(db, actorOf(req), [{
      action: 'search', recordType: 'kindcheck', recordId: person?.id ?? null, personId: person?.id ?? null, outcome: 'refused', detail: { reason },
    }]);
    if (!person || person.date_of_birth !== dateOfBirth) {
      await refuse(person ? 'geboortedatum-wijkt-af' : 'onbekend-bsn');
      throw notFound('Geen cliënt met dit BSN en deze geboortedatum bekend.');
    }
    if (ageOn(person.date_of_birth, clock.today()) < CHILD_MAX_AGE) {
      await refuse('geen-volwassene');
      throw unprocessable('client-not-adult', 'De kindcheck gaat over volwassen cliënten; voor een kind opent u een zorgdossier.');
    }
    return person;
  }

  app.post('/api/v1/kindchecks/_kinderen', {
    schema: {
      tags: ['kindcheck'], summary: 'De minderjarige kinderen van een volwassen cliënt volgens het register, om de kindcheck mee te beginnen',
      body: z.strictObject(client), response: { 200: z.object({ client: z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string() }), children: z.array(childSchema) }) },
    },
  }, async (req) => {
    adultCareProfessional(req);
    const person = await adultClient(req, req.body.clientBsn, req.body.clientDateOfBirth);
    const rows = await db.selectFrom('parent_child as pc').innerJoin('persons as c', 'c.id', 'pc.child_id')
      .select(['c.id', 'c.given_names', 'c.tussenvoegsel', 'c.family_name', 'c.date_of_birth', 'c.street', 'c.house_number', 'c.postcode', 'c.date_of_death', 'pc.kind'])
      .where('pc.parent_id', '=', person.id).orderBy('c.date_of_birth').execute();
    const children = rows.filter((c) => !c.date_of_death && ageOn(c.date_of_birth, clock.today()) < CHILD_MAX_AGE).map((c) => ({
      id: c.id, name: fullName(c), dateOfBirth: c.date_of_birth, relation: c.kind,
      sameAddress: !!person.postcode && c.postcode === person.postcode && c.house_number === person.house_number,
    }));
    await recordAudit(db, actorOf(req), [person.id, ...children.map((c) => c.id)].map((personId) => ({ action: 'read', recordType: 'kindcheck', personId })));
    return { client: { id: person.id, name: fullName(person), dateOfBirth: person.date_of_birth }, children };
  });

  app.post('/api/v1/kindchecks', {
    schema: {
      tags: ['kindcheck'], summary: 'De kindcheck vastleggen: kinderen in de zorg van de cliënt en of zij veilig zijn; biedt de screening aan per kind',
      body: z.strictObject({
        ...client,
        childrenInCare: z.enum(['ja', 'nee', 'onbekend']),
        children: z.array(z.strictObject({
          personId: z.uuid().optional(), name: z.string().trim().min(1).max(200), dateOfBirth: dateSchema.optional(),
          safe: z.enum(['ja', 'nee', 'twijfel']), note: z.string().trim().max(2000).optional(),
        })).max(20).default([]),
      }),
      response: { 201: z.object({
        id: z.string(),
        offers: z.array(z.object({ childId: z.string().nullable(), bsn: z.string().nullable(), name: z.string(), action: z.enum(['screening', 'kind-vastleggen']) })),
      }) },
    },
  }, async (req, reply) => {
    const user = adultCareProfessional(req);
    const b = req.body;
    const person = await adultClient(req, b.clientBsn, b.clientDateOfBirth);
    if (b.childrenInCare === 'ja' && b.children.length === 0) throw unprocessable('children-required', 'Noem de kinderen die in de zorg van de cliënt zijn.', { fields: ['children'] });
    if (b.childrenInCare !== 'ja' && b.children.length > 0) throw unprocessable('children-unexpected', 'U gaf aan dat er geen kinderen in de zorg zijn.', { fields: ['childrenInCare'] });
    for (const c of b.children) {
      if (c.dateOfBirth && (c.dateOfBirth > clock.today() || ageOn(c.dateOfBirth, clock.today()) >= CHILD_MAX_AGE)) {
        throw unprocessable('not-a-child', `${c.name} is geen minderjarig kind volgens de geboortedatum.`, { fields: ['children'] });
      }
    }
    const known = b.children.filter((c) => c.personId).map((c) => c.personId!);
    if (known.length) {
      const ofClient = new Set((await db.selectFrom('parent_child').select('child_id').where('parent_id', '=', person.id).where('child_id', 'in', known).execute()).map((r) => r.child_id));
      if (known.some((id) => !ofClient.has(id))) throw unprocessable('child-not-of-client', 'Een genoemd kind staat niet als kind van deze cliënt in het register; noem het dan zonder koppeling.', { fields: ['children'] });
    }
    const row = await db.transaction().execute(async (tx) => {
      const kc = await tx.insertInto('kindchecks').values({
        client_person_id: person.id, user_id: user.id, organisation_id: user.organisationId, checked_at: clock.now(),
        children_in_care: b.childrenInCare, children: JSON.stringify(b.children) as never,
      }).returning('id').executeTakeFirstOrThrow();
      await recordRelationship(tx, user, person.id, { kindcheckId: kc.id }, CLIENT, clock.now());
      await recordAudit(tx, actorOf(req), [
        ...[person.id, ...known].map((personId) => ({ action: 'create', recordType: 'kindcheck', recordId: kc.id, personId })),
        relationshipAudit(CLIENT, 'kindcheck', kc.id, person.id),
      ]);
      return kc;
    });
    // Every child whose safety is not certain gets the screening offered; unknown children first need recording.
    const bsnOf = new Map(known.length ? (await db.selectFrom('persons').select(['id', 'bsn']).where('id', 'in', known).execute()).map((r) => [r.id, r.bsn]) : []);
    const offers = b.children.filter((c) => c.safe !== 'ja').map((c) => ({
      childId: c.personId ?? null, bsn: (c.personId && bsnOf.get(c.personId)) || null, name: c.name,
      action: c.personId ? ('screening' as const) : ('kind-vastleggen' as const),
    }));
    return reply.code(201).send({ id: row.id, offers });
  });
}
