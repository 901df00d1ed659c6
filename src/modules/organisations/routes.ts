// Administration of regions, municipalities, organisations and users (functioneel beheerder).
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { actorOf, requireRole, type AppContext } from '../../platform/http/context.ts';
import { conflict, notFound, unprocessable } from '../../platform/http/problem.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertPasswordPolicy, hashPassword } from '../../platform/auth/passwords.ts';
import { ROLES } from '../../platform/auth/roles.ts';
import { SECTORS } from './sectors.ts';

const ADMIN = ['functioneel_beheerder'] as const;

const regionSchema = z.object({ id: z.number(), name: z.string() });
const municipalitySchema = z.object({ code: z.string(), name: z.string(), regionId: z.number(), verwijsindexEnabled: z.boolean() });
const organisationSchema = z.object({
  id: z.string(), name: z.string(), sector: z.enum(SECTORS), municipalityCode: z.string(), requiresTotp: z.boolean(),
});
const userSchema = z.object({
  id: z.string(), username: z.string(), displayName: z.string(), email: z.string().nullable(), phone: z.string().nullable(),
  organisationId: z.string(), role: z.enum(ROLES), active: z.boolean(), totpEnabled: z.boolean(), locked: z.boolean(),
});

export function organisationRoutes(app: App, ctx: AppContext) {
  const { db, clock } = ctx;

  app.get('/api/v1/regios', {
    schema: { tags: ['beheer'], summary: 'Regio’s', response: { 200: z.object({ items: z.array(regionSchema) }) } },
  }, async () => ({ items: await db.selectFrom('regions').select(['id', 'name']).orderBy('name').execute() }));

  app.post('/api/v1/regios', {
    schema: { tags: ['beheer'], summary: 'Regio toevoegen', body: z.strictObject({ name: z.string().trim().min(1).max(100) }), response: { 201: regionSchema } },
  }, async (req, reply) => {
    requireRole(req, ADMIN);
    const exists = await db.selectFrom('regions').select('id').where('name', '=', req.body.name).executeTakeFirst();
    if (exists) throw conflict('region-exists', 'Deze regio bestaat al.');
    const row = await db.insertInto('regions').values({ name: req.body.name }).returning(['id', 'name']).executeTakeFirstOrThrow();
    await recordAudit(db, actorOf(req), [{ action: 'create', recordType: 'regio', recordId: String(row.id) }]);
    return reply.code(201).send(row);
  });

  app.get('/api/v1/gemeenten', {
    schema: { tags: ['beheer'], summary: 'Gemeenten', response: { 200: z.object({ items: z.array(municipalitySchema) }) } },
  }, async () => ({
    items: (await db.selectFrom('municipalities').selectAll().orderBy('name').execute()).map((m) => ({
      code: m.code, name: m.name, regionId: m.region_id, verwijsindexEnabled: m.verwijsindex_enabled,
    })),
  }));

  app.post('/api/v1/gemeenten', {
    schema: {
      tags: ['beheer'], summary: 'Gemeente toevoegen',
      body: z.strictObject({ code: z.string().regex(/^GM\d{4}$/, 'Gemeentecode als GM0363.'), name: z.string().trim().min(1).max(100), regionId: z.number().int().min(1).max(2_147_483_647) }),
      response: { 201: municipalitySchema },
    },
  }, async (req, reply) => {
    requireRole(req, ADMIN);
    const region = await db.selectFrom('regions').select('id').where('id', '=', req.body.regionId).executeTakeFirst();
    if (!region) throw unprocessable('region-unknown', 'Onbekende regio.');
    const exists = await db.selectFrom('municipalities').select('code').where('code', '=', req.body.code).executeTakeFirst();
    if (exists) throw conflict('municipality-exists', 'Deze gemeente bestaat al.');
    await db.insertInto('municipalities').values({ code: req.body.code, name: req.body.name, region_id: req.body.regionId }).execute();
    await recordAudit(db, actorOf(req), [{ action: 'create', recordType: 'gemeente', recordId: req.body.code }]);
    return reply.code(201).send({ ...req.body, verwijsindexEnabled: true });
  });

  app.patch('/api/v1/gemeenten/:code', {
    schema: {
      tags: ['beheer'], summary: 'Verwijsindex per gemeente aan- of uitzetten',
      params: z.object({ code: z.string() }), body: z.strictObject({ verwijsindexEnabled: z.boolean() }), response: { 200: municipalitySchema },
    },
  }, async (req) => {
    requireRole(req, ADMIN);
    const row = await db.updateTable('municipalities').set({ verwijsindex_enabled: req.body.verwijsindexEnabled })
      .where('code', '=', req.params.code).returningAll().executeTakeFirst();
    if (!row) throw notFound('Deze gemeente bestaat niet.');
    await recordAudit(db, actorOf(req), [{ action: 'update', recordType: 'gemeente', recordId: row.code, detail: req.body }]);
    return { code: row.code, name: row.name, regionId: row.region_id, verwijsindexEnabled: row.verwijsindex_enabled };
  });

  app.get('/api/v1/organisaties', {
    schema: { tags: ['beheer'], summary: 'Organisaties', response: { 200: z.object({ items: z.array(organisationSchema) }) } },
  }, async () => ({
    items: (await db.selectFrom('organisations').selectAll().orderBy('name').execute()).map((o) => ({
      id: o.id, name: o.name, sector: o.sector as (typeof SECTORS)[number], municipalityCode: o.municipality_code, requiresTotp: o.requires_totp,
    })),
  }));

  const organisationFields = {
    name: z.string().trim().min(1).max(200), sector: z.enum(SECTORS), municipalityCode: z.string(), requiresTotp: z.boolean(),
  };
  const organisationBody = z.strictObject({ ...organisationFields, requiresTotp: organisationFields.requiresTotp.default(false) });
  // No defaults on PATCH: a field left out stays as it is.
  const organisationPatch = z.strictObject(organisationFields).partial().refine((b) => Object.keys(b).length > 0, 'Geef minstens één veld om te wijzigen.');

  async function assertMunicipality(code: string) {
    const m = await db.selectFrom('municipalities').select('code').where('code', '=', code).executeTakeFirst();
    if (!m) throw unprocessable('municipality-unknown', 'Onbekende gemeente.');
  }

  app.post('/api/v1/organisaties', {
    schema: { tags: ['beheer'], summary: 'Organisatie toevoegen', body: organisationBody, response: { 201: organisationSchema } },
  }, async (req, reply) => {
    requireRole(req, ADMIN);
    await assertMunicipality(req.body.municipalityCode);
    const o = await db.insertInto('organisations').values({
      name: req.body.name, sector: req.body.sector, municipality_code: req.body.municipalityCode, requires_totp: req.body.requiresTotp,
    }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(db, actorOf(req), [{ action: 'create', recordType: 'organisatie', recordId: o.id }]);
    return reply.code(201).send({ id: o.id, name: o.name, sector: req.body.sector, municipalityCode: o.municipality_code, requiresTotp: o.requires_totp });
  });

  app.patch('/api/v1/organisaties/:id', {
    schema: {
      tags: ['beheer'], summary: 'Organisatie wijzigen (o.a. tweestapsverificatie verplicht)',
      params: z.object({ id: z.uuid() }), body: organisationPatch, response: { 200: organisationSchema },
    },
  }, async (req) => {
    requireRole(req, ADMIN);
    const b = req.body;
    if (b.municipalityCode !== undefined) await assertMunicipality(b.municipalityCode);
    const o = await db.transaction().execute(async (tx) => {
      const row = await tx.updateTable('organisations').set({
        ...(b.name !== undefined && { name: b.name }), ...(b.sector !== undefined && { sector: b.sector }),
        ...(b.municipalityCode !== undefined && { municipality_code: b.municipalityCode }),
        ...(b.requiresTotp !== undefined && { requires_totp: b.requiresTotp }),
      }).where('id', '=', req.params.id).returningAll().executeTakeFirst();
      if (!row) throw notFound('Deze organisatie bestaat niet.');
      if (b.requiresTotp) {
        // Sessions opened before the switch must enrol too, not only the next login.
        await tx.updateTable('sessions').set({ totp_enrolment_required: true })
          .where('user_id', 'in', tx.selectFrom('users').select('id').where('organisation_id', '=', row.id).where('totp_enabled', '=', false))
          .execute();
      }
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'organisatie', recordId: row.id, detail: b }]);
      return row;
    });
    return { id: o.id, name: o.name, sector: o.sector as (typeof SECTORS)[number], municipalityCode: o.municipality_code, requiresTotp: o.requires_totp };
  });

  const toUser = (u: { id: string; username: string; display_name: string; email: string | null; phone: string | null; organisation_id: string; role: string; active: boolean; totp_enabled: boolean; locked_until: Date | null }) => ({
    id: u.id, username: u.username, displayName: u.display_name, email: u.email, phone: u.phone, organisationId: u.organisation_id,
    role: u.role as (typeof ROLES)[number], active: u.active, totpEnabled: u.totp_enabled,
    locked: !!u.locked_until && new Date(u.locked_until) > clock.now(),
  });

  app.get('/api/v1/gebruikers', {
    schema: {
      tags: ['beheer'], summary: 'Gebruikers (functioneel beheerder)',
      querystring: z.strictObject({ organisatie: z.uuid().optional() }),
      response: { 200: z.object({ items: z.array(userSchema) }) },
    },
  }, async (req) => {
    requireRole(req, ADMIN);
    let q = db.selectFrom('users').selectAll().orderBy('username');
    if (req.query.organisatie) q = q.where('organisation_id', '=', req.query.organisatie);
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'gebruikers' }]);
    return { items: (await q.execute()).map(toUser) };
  });

  app.post('/api/v1/gebruikers', {
    schema: {
      tags: ['beheer'], summary: 'Gebruiker aanmaken',
      body: z.strictObject({
        username: z.string().trim().min(3).max(100).regex(/^[a-z0-9._-]+$/, 'Alleen kleine letters, cijfers, punt, streep en liggend streepje.'),
        password: z.string().max(200), displayName: z.string().trim().min(1).max(200),
        email: z.email().nullable().optional(), phone: z.string().max(30).nullable().optional(),
        organisationId: z.uuid(), role: z.enum(ROLES),
      }),
      response: { 201: userSchema },
    },
  }, async (req, reply) => {
    requireRole(req, ADMIN);
    assertPasswordPolicy(req.body.password, req.body.username);
    const org = await db.selectFrom('organisations').select('id').where('id', '=', req.body.organisationId).executeTakeFirst();
    if (!org) throw unprocessable('organisation-unknown', 'Onbekende organisatie.');
    const exists = await db.selectFrom('users').select('id').where('username', '=', req.body.username).executeTakeFirst();
    if (exists) throw conflict('username-taken', 'Deze gebruikersnaam is al in gebruik.');
    const u = await db.insertInto('users').values({
      username: req.body.username, password_hash: await hashPassword(req.body.password), display_name: req.body.displayName,
      email: req.body.email ?? null, phone: req.body.phone ?? null, organisation_id: req.body.organisationId, role: req.body.role,
    }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(db, actorOf(req), [{ action: 'create', recordType: 'gebruiker', recordId: u.id }]);
    return reply.code(201).send(toUser(u));
  });

  app.patch('/api/v1/gebruikers/:id', {
    schema: {
      tags: ['beheer'], summary: 'Gebruiker wijzigen, blokkeren, deblokkeren of wachtwoord resetten',
      params: z.object({ id: z.uuid() }),
      body: z.strictObject({
        displayName: z.string().trim().min(1).max(200).optional(), email: z.email().nullable().optional(),
        phone: z.string().max(30).nullable().optional(), role: z.enum(ROLES).optional(), active: z.boolean().optional(),
        unlock: z.literal(true).optional(), password: z.string().max(200).optional(), resetTotp: z.literal(true).optional(),
      }).refine((b) => Object.keys(b).length > 0, 'Geef minstens één veld om te wijzigen.'),
      response: { 200: userSchema },
    },
  }, async (req) => {
    const me = requireRole(req, ADMIN);
    const b = req.body;
    if (req.params.id === me.id && (b.active === false || (b.role !== undefined && b.role !== 'functioneel_beheerder'))) {
      throw unprocessable('self-lockout', 'U kunt uzelf niet blokkeren of uw eigen beheerrol afnemen; laat een andere beheerder dat doen.');
    }
    if (b.password !== undefined) {
      const target = await db.selectFrom('users').select('username').where('id', '=', req.params.id).executeTakeFirst();
      assertPasswordPolicy(b.password, target?.username);
    }
    const u = await db.transaction().execute(async (tx) => {
      const row = await tx.updateTable('users').set({
        ...(b.displayName !== undefined && { display_name: b.displayName }),
        ...(b.email !== undefined && { email: b.email }),
        ...(b.phone !== undefined && { phone: b.phone }),
        ...(b.role !== undefined && { role: b.role }),
        ...(b.active !== undefined && { active: b.active }),
        ...(b.unlock && { failed_logins: 0, locked_until: null }),
        ...(b.password !== undefined && { password_hash: await hashPassword(b.password), password_changed_at: clock.now() }),
        ...(b.resetTotp && { totp_enabled: false, totp_secret: null, totp_last_step: null }),
      }).where('id', '=', req.params.id).returningAll().executeTakeFirst();
      if (!row) throw notFound('Deze gebruiker bestaat niet.');
      if (b.password !== undefined || b.active === false || b.role !== undefined || b.resetTotp) {
        await tx.deleteFrom('sessions').where('user_id', '=', row.id).execute();
      }
      const { password: _p, ...logged } = b;
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'gebruiker', recordId: row.id, detail: { ...logged, passwordReset: b.password !== undefined } }]);
      return row;
    });
    return toUser(u);
  });
}
