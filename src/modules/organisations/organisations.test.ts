// Administration by the functioneel beheerder — regions, municipalities, organisations, users,
// blocking, password resets, compulsory two-factor authentication — through the public HTTP API,
// on every engine. Every other role is refused every admin write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { ApiClient, buildWorld, PASSWORD, type World } from '../../../tests/support/fixtures.ts';
import { totpCode } from '../../platform/auth/totp.ts';
import { SECTORS } from './sectors.ts';

const TODAY = '2026-06-15';

describe.each(ENGINES)('Organisations and users on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let admin: ApiClient;

  // Login attempts are rate-limited per client address (20 a minute, and the test clock stands
  // still), so every client here gets its own address.
  let clients = 0;
  const client = () => {
    clients += 1;
    return new ApiClient(t, `10.9.${Math.floor(clients / 200)}.${(clients % 200) + 1}`);
  };
  const login = async (username: string, password = PASSWORD) => {
    const c = client();
    const res = await c.login(username, password);
    if (res.status !== 201) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return c;
  };
  const tryLogin = (username: string, password = PASSWORD, extra: Record<string, string> = {}) => client().login(username, password, extra);

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    admin = await login('beheerder');
  });
  afterAll(async () => t?.close());

  const auditOf = (recordType: string, recordId: string) =>
    t.db.selectFrom('audit_log').selectAll().where('record_type', '=', recordType).where('record_id', '=', recordId).orderBy('seq').execute();
  const parseDetail = (d: unknown) => (typeof d === 'string' ? JSON.parse(d) : d) as Record<string, unknown> | null;
  const sessionsOf = async (userId: string) => (await t.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).length;

  let seq = 0;
  const unique = (prefix: string) => `${prefix}${++seq}`;
  const newRegion = async () => (await admin.post('/api/v1/regios', { name: unique('Regio Test ') })).body.id as number;
  const newOrganisation = async (extra: Record<string, unknown> = {}) => {
    const res = await admin.post('/api/v1/organisaties', { name: unique('Organisatie '), sector: 'jeugdhulp', municipalityCode: 'GM9001', ...extra });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const newUser = async (extra: Record<string, unknown> = {}) => {
    const username = unique('gebruiker.');
    const res = await admin.post('/api/v1/gebruikers', {
      username, password: 'een-lang-wachtwoord', displayName: `Naam ${username}`, email: `${username}@test.nl`, phone: '06-12345678',
      organisationId: w.orgs.school, role: 'professional', ...extra,
    });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, username, password: (extra.password as string | undefined) ?? 'een-lang-wachtwoord' };
  };

  describe('regions', () => {
    it('the beheerder creates a region (201); it is listed and audited', async () => {
      const res = await admin.post('/api/v1/regios', { name: 'Regio Oost' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: expect.any(Number), name: 'Regio Oost' });
      const list = await admin.get('/api/v1/regios');
      expect(list.body.items).toContainEqual({ id: res.body.id, name: 'Regio Oost' });
      const audit = await auditOf('regio', String(res.body.id));
      expect(audit).toEqual([expect.objectContaining({ action: 'create', username: 'beheerder', user_id: w.users.beheerder.id, outcome: 'success' })]);
    });

    it('refuses a duplicate name (409 region-exists) and an empty name (400)', async () => {
      const dup = await admin.post('/api/v1/regios', { name: 'Regio Noord' });
      expect(dup.status).toBe(409);
      expect(dup.body.code).toBe('region-exists');
      for (const name of ['', '   ']) {
        const res = await admin.post('/api/v1/regios', { name });
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: any) => e.path)).toEqual(['name']);
      }
      const names = (await admin.get('/api/v1/regios')).body.items.map((r: any) => r.name);
      expect(names.filter((n: string) => n === 'Regio Noord')).toHaveLength(1);
      expect(names).not.toContain('');
    });
  });

  describe('municipalities', () => {
    it('the beheerder creates a municipality with a GM code (201), Verwijsindex on; audited', async () => {
      const regionId = await newRegion();
      const res = await admin.post('/api/v1/gemeenten', { code: 'GM0363', name: 'Oostwoud', regionId });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ code: 'GM0363', name: 'Oostwoud', regionId, verwijsindexEnabled: true });
      expect((await admin.get('/api/v1/gemeenten')).body.items).toContainEqual(res.body);
      expect(await auditOf('gemeente', 'GM0363')).toEqual([expect.objectContaining({ action: 'create', username: 'beheerder' })]);
    });

    it('refuses a code that is not GM followed by four digits (400 on path code), storing nothing', async () => {
      const regionId = await newRegion();
      const before = (await admin.get('/api/v1/gemeenten')).body.items.length;
      for (const code of ['GM363', 'GM03630', 'gm0364', '0364', 'GM036A', 'XX0364', ' GM0364', '']) {
        const res = await admin.post('/api/v1/gemeenten', { code, name: 'Fout', regionId });
        expect(res.status, code).toBe(400);
        expect(res.body.code).toBe('validation-failed');
        expect(res.body.errors.map((e: any) => e.path), code).toEqual(['code']);
      }
      expect((await admin.get('/api/v1/gemeenten')).body.items.length).toBe(before);
    });

    it('refuses a duplicate code (409) and an unknown region (422 region-unknown)', async () => {
      const dup = await admin.post('/api/v1/gemeenten', { code: 'GM9001', name: 'Andere naam', regionId: w.regions.zuid });
      expect(dup.status).toBe(409);
      expect(dup.body.code).toBe('municipality-exists');
      const stillNoord = (await admin.get('/api/v1/gemeenten')).body.items.find((m: any) => m.code === 'GM9001');
      expect(stillNoord).toMatchObject({ name: 'Noordstad', regionId: w.regions.noord });
      const region = await admin.post('/api/v1/gemeenten', { code: 'GM0365', name: 'Nergens', regionId: 999_999 });
      expect(region.status).toBe(422);
      expect(region.body.code).toBe('region-unknown');
      expect((await admin.get('/api/v1/gemeenten')).body.items.map((m: any) => m.code)).not.toContain('GM0365');
    });

    it('switches the Verwijsindex off and on per municipality; unknown code is 404', async () => {
      const regionId = await newRegion();
      await admin.post('/api/v1/gemeenten', { code: 'GM0366', name: 'Schakeldorp', regionId });
      const off = await admin.patch('/api/v1/gemeenten/GM0366', { verwijsindexEnabled: false });
      expect(off.status).toBe(200);
      expect(off.body).toEqual({ code: 'GM0366', name: 'Schakeldorp', regionId, verwijsindexEnabled: false });
      const stored = await t.db.selectFrom('municipalities').select('verwijsindex_enabled').where('code', '=', 'GM0366').executeTakeFirstOrThrow();
      expect(stored.verwijsindex_enabled).toBe(false);
      expect((await admin.patch('/api/v1/gemeenten/GM0366', { verwijsindexEnabled: true })).body.verwijsindexEnabled).toBe(true);
      const audit = await auditOf('gemeente', 'GM0366');
      expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
      expect(parseDetail(audit[1].detail)).toEqual({ verwijsindexEnabled: false });
      const unknown = await admin.patch('/api/v1/gemeenten/GM0000', { verwijsindexEnabled: false });
      expect(unknown.status).toBe(404);
    });
  });

  describe('organisations', () => {
    it('the beheerder creates an organisation (201) and it is audited', async () => {
      const res = await admin.post('/api/v1/organisaties', { name: 'Jeugdhulp Oost', sector: 'jeugdhulp', municipalityCode: 'GM9002' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: expect.any(String), name: 'Jeugdhulp Oost', sector: 'jeugdhulp', municipalityCode: 'GM9002', requiresTotp: false });
      expect((await admin.get('/api/v1/organisaties')).body.items).toContainEqual(res.body);
      expect(await auditOf('organisatie', res.body.id)).toEqual([expect.objectContaining({ action: 'create', username: 'beheerder' })]);
    });

    it('accepts every sector of the list', async () => {
      for (const sector of SECTORS) {
        const res = await admin.post('/api/v1/organisaties', { name: `Sector ${sector}`, sector, municipalityCode: 'GM9003' });
        expect(res.status, sector).toBe(201);
        expect(res.body.sector).toBe(sector);
      }
    });

    it('refuses an unknown sector (400) and an unknown municipality (422), storing nothing', async () => {
      const before = (await admin.get('/api/v1/organisaties')).body.items.length;
      for (const sector of ['bakkerij', 'JGZ', '']) {
        const res = await admin.post('/api/v1/organisaties', { name: 'Bakkerij Brood', sector, municipalityCode: 'GM9001' });
        expect(res.status, sector).toBe(400);
        expect(res.body.code).toBe('validation-failed');
        expect(res.body.errors.map((e: any) => e.path)).toEqual(['sector']);
      }
      const municipality = await admin.post('/api/v1/organisaties', { name: 'Nergens BV', sector: 'ggz', municipalityCode: 'GM0000' });
      expect(municipality.status).toBe(422);
      expect(municipality.body.code).toBe('municipality-unknown');
      expect((await admin.get('/api/v1/organisaties')).body.items.length).toBe(before);
    });

    it('renames an organisation and changes its sector; unknown id is 404, unknown sector 400', async () => {
      const id = await newOrganisation();
      const res = await admin.patch(`/api/v1/organisaties/${id}`, { name: 'Wijkteam Centrum', sector: 'cjg_wijkteam' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, name: 'Wijkteam Centrum', sector: 'cjg_wijkteam', municipalityCode: 'GM9001' });
      const audit = await auditOf('organisatie', id);
      expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
      expect(parseDetail(audit[1].detail)).toMatchObject({ name: 'Wijkteam Centrum', sector: 'cjg_wijkteam' });
      expect((await admin.patch('/api/v1/organisaties/6f1c2f6e-1d5c-4f4e-9a53-2b1c3d4e5f60', { name: 'X' })).status).toBe(404);
      const sector = await admin.patch(`/api/v1/organisaties/${id}`, { sector: 'bakkerij' });
      expect(sector.status).toBe(400);
      expect((await admin.get('/api/v1/organisaties')).body.items.find((o: any) => o.id === id).sector).toBe('cjg_wijkteam');
    });

    it('a PATCH without requiresTotp leaves the two-factor requirement as it is', async () => {
      const id = await newOrganisation({ requiresTotp: true });
      const rename = await admin.patch(`/api/v1/organisaties/${id}`, { name: unique('Hernoemd ') });
      expect(rename.status).toBe(200);
      const stored = await t.db.selectFrom('organisations').select('requires_totp').where('id', '=', id).executeTakeFirstOrThrow();
      expect(stored.requires_totp).toBe(true);
      expect(rename.body.requiresTotp).toBe(true);
    });

    it('an empty PATCH of an organisation changes nothing', async () => {
      const id = await newOrganisation({ requiresTotp: true });
      const res = await admin.patch(`/api/v1/organisaties/${id}`, {});
      expect([200, 400]).toContain(res.status);
      const stored = await t.db.selectFrom('organisations').select('requires_totp').where('id', '=', id).executeTakeFirstOrThrow();
      expect(stored.requires_totp).toBe(true);
    });

    it('a PATCH to an unknown municipality is 422 municipality-unknown', async () => {
      const id = await newOrganisation();
      const res = await admin.patch(`/api/v1/organisaties/${id}`, { municipalityCode: 'GM0000' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('municipality-unknown');
    });
  });

  describe('users', () => {
    it('the beheerder creates a user (201) without exposing the password; audited', async () => {
      const res = await admin.post('/api/v1/gebruikers', {
        username: 'nieuwe.collega', password: 'twaalf-tekens', displayName: 'Nieuwe Collega', email: 'nieuw@test.nl',
        phone: '06-11112222', organisationId: w.orgs.jgz, role: 'aandachtsfunctionaris',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String), username: 'nieuwe.collega', displayName: 'Nieuwe Collega', email: 'nieuw@test.nl', phone: '06-11112222',
        organisationId: w.orgs.jgz, role: 'aandachtsfunctionaris', active: true, totpEnabled: false, locked: false,
      });
      const stored = await t.db.selectFrom('users').select('password_hash').where('id', '=', res.body.id).executeTakeFirstOrThrow();
      expect(stored.password_hash).toMatch(/^\$argon2id\$/);
      expect(stored.password_hash).not.toContain('twaalf-tekens');
      const audit = await auditOf('gebruiker', res.body.id);
      expect(audit).toEqual([expect.objectContaining({ action: 'create', username: 'beheerder' })]);
      expect(JSON.stringify(audit)).not.toContain('twaalf-tekens');
      const listed = (await admin.get(`/api/v1/gebruikers?organisatie=${w.orgs.jgz}`)).body.items;
      expect(listed.map((u: any) => u.username).sort()).toEqual(['jgz', 'nieuwe.collega']);
      expect(JSON.stringify(listed)).not.toMatch(/argon2|password/i);
    });

    it('the new user can log in', async () => {
      const c = client();
      const res = await c.login('nieuwe.collega', 'twaalf-tekens');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ totpEnrolmentRequired: false, user: { username: 'nieuwe.collega', role: 'aandachtsfunctionaris', organisationName: 'JGZ Noord' } });
      const current = await c.get('/api/v1/sessions/current');
      expect(current.status).toBe(200);
      expect(current.body.user.username).toBe('nieuwe.collega');
      expect((await c.get('/api/v1/signalen')).status).toBe(200);
      expect((await tryLogin('nieuwe.collega', 'twaalf-tekenz')).status).toBe(401);
    });

    it('refuses a password shorter than 12 characters (422 password-too-short); 12 is enough', async () => {
      const body = { displayName: 'Kort', organisationId: w.orgs.school, role: 'professional' };
      const short = await admin.post('/api/v1/gebruikers', { ...body, username: 'kort.wachtwoord', password: 'elf-tekens!' });
      expect(short.status).toBe(422);
      expect(short.body.code).toBe('password-too-short');
      expect(await t.db.selectFrom('users').select('id').where('username', '=', 'kort.wachtwoord').executeTakeFirst()).toBeUndefined();
      const twelve = await admin.post('/api/v1/gebruikers', { ...body, username: 'kort.wachtwoord', password: 'twaalf-teken' });
      expect(twelve.status).toBe(201);
      expect((await tryLogin('kort.wachtwoord', 'twaalf-teken')).status).toBe(201);
    });

    it('refuses a username that is taken (409 username-taken), leaving the existing user as is', async () => {
      const res = await admin.post('/api/v1/gebruikers', {
        username: 'leerkracht', password: 'een-ander-wachtwoord', displayName: 'Indringer', organisationId: w.orgs.vt, role: 'teamleider',
      });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('username-taken');
      const users = await t.db.selectFrom('users').selectAll().where('username', '=', 'leerkracht').execute();
      expect(users).toHaveLength(1);
      expect(users[0]).toMatchObject({ role: 'professional', organisation_id: w.orgs.school, display_name: 'Naam leerkracht' });
      expect((await tryLogin('leerkracht', 'een-ander-wachtwoord')).status).toBe(401);
    });

    it('refuses a bad username, an unknown role and an unknown organisation', async () => {
      const body = { password: 'een-lang-wachtwoord', displayName: 'X', organisationId: w.orgs.school, role: 'professional' };
      for (const username of ['Jan Jansen', 'JAN', 'ja', 'jan@school']) {
        const res = await admin.post('/api/v1/gebruikers', { ...body, username });
        expect(res.status, username).toBe(400);
        expect(res.body.errors.map((e: any) => e.path)).toEqual(['username']);
      }
      const role = await admin.post('/api/v1/gebruikers', { ...body, username: 'rol.onbekend', role: 'directeur' });
      expect(role.status).toBe(400);
      expect(role.body.errors.map((e: any) => e.path)).toEqual(['role']);
      const org = await admin.post('/api/v1/gebruikers', { ...body, username: 'org.onbekend', organisationId: '6f1c2f6e-1d5c-4f4e-9a53-2b1c3d4e5f60' });
      expect(org.status).toBe(422);
      expect(org.body.code).toBe('organisation-unknown');
      expect(await t.db.selectFrom('users').select('id').where('username', 'in', ['rol.onbekend', 'org.onbekend']).execute()).toEqual([]);
    });

    it('blocking a user ends their sessions (next request 401) and login fails; unblocking restores it', async () => {
      const u = await newUser();
      const c = await login(u.username, u.password);
      const other = await login(u.username, u.password);
      expect((await c.get('/api/v1/sessions/current')).status).toBe(200);
      expect(await sessionsOf(u.id)).toBe(2);
      const block = await admin.patch(`/api/v1/gebruikers/${u.id}`, { active: false });
      expect(block.status).toBe(200);
      expect(block.body).toMatchObject({ id: u.id, active: false });
      expect(await sessionsOf(u.id)).toBe(0);
      for (const s of [c, other]) {
        const res = await s.get('/api/v1/sessions/current');
        expect(res.status).toBe(401);
      }
      expect((await c.get('/api/v1/signalen')).status).toBe(401);
      const refused = await tryLogin(u.username, u.password);
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe('invalid-credentials');
      expect((await admin.get('/api/v1/gebruikers')).body.items.find((x: any) => x.id === u.id).active).toBe(false);
      const audit = await auditOf('gebruiker', u.id);
      expect(audit.at(-1)).toMatchObject({ action: 'update', username: 'beheerder' });
      expect(parseDetail(audit.at(-1)!.detail)).toMatchObject({ active: false });

      expect((await admin.patch(`/api/v1/gebruikers/${u.id}`, { active: true })).body.active).toBe(true);
      expect((await tryLogin(u.username, u.password)).status).toBe(201);
    });

    it('resetting the password ends the sessions; the old password fails, the new one works; never logged', async () => {
      const u = await newUser();
      const c = await login(u.username, u.password);
      const short = await admin.patch(`/api/v1/gebruikers/${u.id}`, { password: 'te-kort' });
      expect(short.status).toBe(422);
      expect(short.body.code).toBe('password-too-short');
      expect((await c.get('/api/v1/sessions/current')).status).toBe(200); // a refused reset changes nothing
      expect((await tryLogin(u.username, 'te-kort')).status).toBe(401);

      const reset = await admin.patch(`/api/v1/gebruikers/${u.id}`, { password: 'een-gloednieuw-wachtwoord' });
      expect(reset.status).toBe(200);
      expect(JSON.stringify(reset.body)).not.toContain('gloednieuw');
      expect((await c.get('/api/v1/sessions/current')).status).toBe(401);
      const old = await tryLogin(u.username, u.password);
      expect(old.status).toBe(401);
      expect(old.body.code).toBe('invalid-credentials');
      expect((await tryLogin(u.username, 'een-gloednieuw-wachtwoord')).status).toBe(201);
      const audit = await auditOf('gebruiker', u.id);
      expect(parseDetail(audit.at(-1)!.detail)).toEqual({ passwordReset: true });
      expect(JSON.stringify(audit)).not.toContain('gloednieuw');
      expect((await admin.patch('/api/v1/gebruikers/6f1c2f6e-1d5c-4f4e-9a53-2b1c3d4e5f60', { password: 'een-gloednieuw-wachtwoord' })).status).toBe(404);
    });

    it('unlocks a user locked after five failed logins', async () => {
      const u = await newUser();
      for (let i = 0; i < 5; i++) expect((await tryLogin(u.username, 'fout-wachtwoord-123')).status).toBe(401);
      const locked = await tryLogin(u.username, u.password);
      expect(locked.status).toBe(423);
      expect(locked.body.code).toBe('account-locked');
      expect((await admin.get('/api/v1/gebruikers')).body.items.find((x: any) => x.id === u.id).locked).toBe(true);
      const unlock = await admin.patch(`/api/v1/gebruikers/${u.id}`, { unlock: true });
      expect(unlock.status).toBe(200);
      expect(unlock.body.locked).toBe(false);
      expect((await tryLogin(u.username, u.password)).status).toBe(201);
    });

    it('an empty PATCH of a user is not a server error', async () => {
      const u = await newUser();
      const res = await admin.patch(`/api/v1/gebruikers/${u.id}`, {});
      expect([200, 400]).toContain(res.status);
    });

    it('an administrator cannot block or demote themselves (422 self-lockout)', async () => {
      const me = w.users.beheerder.id;
      for (const body of [{ active: false }, { role: 'professional' }]) {
        const res = await admin.patch(`/api/v1/gebruikers/${me}`, body);
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('self-lockout');
      }
      expect((await admin.get('/api/v1/sessions/current')).body.user.role).toBe('functioneel_beheerder');
    });

    it('changing the role ends the sessions, and the new role applies at the next login', async () => {
      const u = await newUser();
      const c = await login(u.username, u.password);
      expect((await c.get('/api/v1/signalen')).status).toBe(200);
      const res = await admin.patch(`/api/v1/gebruikers/${u.id}`, { role: 'regiocoordinator' });
      expect(res.body.role).toBe('regiocoordinator');
      expect((await c.get('/api/v1/signalen')).status).toBe(401);
      const again = await login(u.username, u.password);
      const refused = await again.get('/api/v1/signalen');
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('role-forbidden');
    });
  });

  describe('every other role is refused administration', () => {
    const ROLE_USERS = ['leerkracht', 'af', 'vt', 'teamleider', 'regio'] as const; // professional, aandachtsfunctionaris, veilig_thuis_medewerker, teamleider, regiocoordinator

    const attempts = () => [
      ['POST', '/api/v1/regios', { name: 'Regio Indringer' }],
      ['POST', '/api/v1/gemeenten', { code: 'GM0999', name: 'Indringerdorp', regionId: w.regions.noord }],
      ['PATCH', '/api/v1/gemeenten/GM9001', { verwijsindexEnabled: false }],
      ['POST', '/api/v1/organisaties', { name: 'Indringer BV', sector: 'gemeente', municipalityCode: 'GM9001' }],
      ['PATCH', `/api/v1/organisaties/${w.orgs.school}`, { name: 'Overgenomen', requiresTotp: true }],
      ['POST', '/api/v1/gebruikers', { username: 'indringer', password: 'een-lang-wachtwoord', displayName: 'Indringer', organisationId: w.orgs.school, role: 'functioneel_beheerder' }],
      ['PATCH', `/api/v1/gebruikers/${w.users.collega.id}`, { active: false, password: 'overgenomen-wachtwoord', role: 'functioneel_beheerder' }],
      ['GET', '/api/v1/gebruikers', undefined],
      ['GET', `/api/v1/gebruikers?organisatie=${w.orgs.school}`, undefined],
    ] as const;

    it.each(ROLE_USERS)('%s gets 403 role-forbidden on every admin write and on the user list; nothing changes; refusals audited', async (username) => {
      const c = await login(username);
      const refusedBefore = (await t.db.selectFrom('audit_log').select('seq').where('username', '=', username).where('outcome', '=', 'refused').execute()).length;
      for (const [method, url, body] of attempts()) {
        const res = await c.request(method, url, body);
        expect(res.status, `${username} ${method} ${url}`).toBe(403);
        expect(res.body.code, `${username} ${method} ${url}`).toBe('role-forbidden');
        expect(res.body.items).toBeUndefined();
      }
      const refused = await t.db.selectFrom('audit_log').selectAll().where('username', '=', username).where('outcome', '=', 'refused').orderBy('seq').execute();
      expect(refused.length - refusedBefore).toBe(attempts().length);
      expect(refused.slice(refusedBefore).map((a) => a.action)).toEqual(attempts().map(([m, url]) => `${m} ${url.split('?')[0]
        .replace(w.orgs.school, ':id').replace(w.users.collega.id, ':id').replace('GM9001', ':code')}`));

      // Nothing of it happened.
      expect((await admin.get('/api/v1/regios')).body.items.map((r: any) => r.name)).not.toContain('Regio Indringer');
      const municipalities = (await admin.get('/api/v1/gemeenten')).body.items;
      expect(municipalities.map((m: any) => m.code)).not.toContain('GM0999');
      expect(municipalities.find((m: any) => m.code === 'GM9001').verwijsindexEnabled).toBe(true);
      const organisations = (await admin.get('/api/v1/organisaties')).body.items;
      expect(organisations.map((o: any) => o.name)).not.toContain('Indringer BV');
      expect(organisations.find((o: any) => o.id === w.orgs.school)).toMatchObject({ name: 'Basisschool Noord', requiresTotp: false });
      const users = (await admin.get('/api/v1/gebruikers')).body.items;
      expect(users.map((u: any) => u.username)).not.toContain('indringer');
      expect(users.find((u: any) => u.id === w.users.collega.id)).toMatchObject({ active: true, role: 'professional' });
      expect((await tryLogin('collega')).status).toBe(201);
    });

    it('without a session admin calls are 401; without the CSRF token they are 403 and change nothing', async () => {
      const anonymous = client();
      expect((await anonymous.post('/api/v1/regios', { name: 'Regio Anoniem' })).status).toBe(401);
      expect((await anonymous.get('/api/v1/gebruikers')).status).toBe(401);
      const noCsrf = await admin.request('POST', '/api/v1/regios', { name: 'Regio Zonder Token' }, { 'x-csrf-token': '' });
      expect(noCsrf.status).toBe(403);
      expect(noCsrf.body.code).toBe('csrf-token-invalid');
      const names = (await admin.get('/api/v1/regios')).body.items.map((r: any) => r.name);
      expect(names).not.toContain('Regio Anoniem');
      expect(names).not.toContain('Regio Zonder Token');
    });
  });

  describe('compulsory two-factor authentication per organisation', () => {
    let orgId: string;
    let user: { id: string; username: string; password: string };
    let before: ApiClient; // a session that existed before TOTP became compulsory

    beforeAll(async () => {
      orgId = await newOrganisation({ sector: 'ggz', municipalityCode: 'GM9001' });
      user = await newUser({ organisationId: orgId });
      before = await login(user.username, user.password);
    });

    it('without the requirement, a user of the organisation works without two-factor', async () => {
      expect((await before.get('/api/v1/sessions/current')).body.totpEnrolmentRequired).toBe(false);
      expect((await before.get('/api/v1/signalen')).status).toBe(200);
    });

    it('PATCH requiresTotp:true lands a new session in enrolment: only the session and enrolment routes work', async () => {
      const res = await admin.patch(`/api/v1/organisaties/${orgId}`, { requiresTotp: true });
      expect(res.status).toBe(200);
      expect(res.body.requiresTotp).toBe(true);
      const audit = await auditOf('organisatie', orgId);
      expect(audit.at(-1)).toMatchObject({ action: 'update', username: 'beheerder' });
      expect(parseDetail(audit.at(-1)!.detail)).toMatchObject({ requiresTotp: true });

      const c = client();
      const loggedIn = await c.login(user.username, user.password);
      expect(loggedIn.status).toBe(201);
      expect(loggedIn.body.totpEnrolmentRequired).toBe(true);
      const list = await c.get('/api/v1/signalen');
      expect(list.status).toBe(403);
      expect(list.body.code).toBe('totp-enrolment-required');
      const register = await c.post('/api/v1/signalen', { bsn: w.bsn(), informedOn: TODAY, relationship: { reason: 'client_in_zorg' } });
      expect(register.status).toBe(403);
      expect(register.body.code).toBe('totp-enrolment-required');
      expect((await c.post('/api/v1/personen/_zoek', { bsn: w.bsn(), geboortedatum: '2015-01-01' })).body.code).toBe('totp-enrolment-required');
      const current = await c.get('/api/v1/sessions/current');
      expect(current.status).toBe(200);
      expect(current.body).toMatchObject({ totpEnrolmentRequired: true, user: { username: user.username } });
    });

    it('after enrolment the session works, and later logins need the code', async () => {
      const c = await login(user.username, user.password);
      const secret = await c.post('/api/v1/account/totp');
      expect(secret.status).toBe(201);
      const activation = await c.post('/api/v1/account/totp/activation', { code: totpCode(secret.body.secret, t.clock.now().getTime()) });
      expect(activation.status).toBe(201);
      expect(activation.body.recoveryCodes.length).toBeGreaterThan(0);
      expect((await c.get('/api/v1/signalen')).status).toBe(200);
      expect((await c.get('/api/v1/sessions/current')).body.totpEnrolmentRequired).toBe(false);

      t.clock.advanceMinutes(1); // a fresh code, not the one used for the activation
      const withoutCode = await tryLogin(user.username, user.password);
      expect(withoutCode.status).toBe(401);
      expect(withoutCode.body.code).toBe('totp-required');
      const withCode = await tryLogin(user.username, user.password, { totpCode: totpCode(secret.body.secret, t.clock.now().getTime()) });
      expect(withCode.status).toBe(201);
      expect(withCode.body.totpEnrolmentRequired).toBe(false);
      expect((await admin.get(`/api/v1/gebruikers?organisatie=${orgId}`)).body.items[0]).toMatchObject({ username: user.username, totpEnabled: true });
    });

    it('the beheerder resets a lost second factor: sessions end and the user must enrol again', async () => {
      const secret = (await t.db.selectFrom('users').select('totp_secret').where('id', '=', user.id).executeTakeFirstOrThrow()).totp_secret!;
      const withoutCode = await tryLogin(user.username, user.password);
      expect(withoutCode.body.code).toBe('totp-required');
      t.clock.advanceMinutes(1); // a fresh code, not the one used before
      const s = client();
      expect((await s.login(user.username, user.password, { totpCode: totpCode(secret, t.clock.now().getTime()) })).status).toBe(201);
      const reset = await admin.patch(`/api/v1/gebruikers/${user.id}`, { resetTotp: true });
      expect(reset.status).toBe(200);
      expect(reset.body.totpEnabled).toBe(false);
      expect((await s.get('/api/v1/sessions/current')).status).toBe(401);
      const again = client();
      const res = await again.login(user.username, user.password);
      expect(res.status).toBe(201);
      expect(res.body.totpEnrolmentRequired).toBe(true);
      expect((await again.get('/api/v1/signalen')).body.code).toBe('totp-enrolment-required');
    });

    it('switching the requirement off lets new sessions work without enrolment', async () => {
      expect((await admin.patch(`/api/v1/organisaties/${orgId}`, { requiresTotp: false })).body.requiresTotp).toBe(false);
      const c = await login(user.username, user.password);
      expect((await c.get('/api/v1/sessions/current')).body.totpEnrolmentRequired).toBe(false);
      expect((await c.get('/api/v1/signalen')).status).toBe(200);
    });

    it('a session that existed before requiresTotp was switched on loses access too', async () => {
      const org = await newOrganisation({ sector: 'ggz' });
      const u = await newUser({ organisationId: org });
      const c = await login(u.username, u.password);
      expect((await c.get('/api/v1/signalen')).status).toBe(200);
      await admin.patch(`/api/v1/organisaties/${org}`, { requiresTotp: true });
      const res = await c.get('/api/v1/signalen');
      expect([401, 403]).toContain(res.status);
      if (res.status === 403) expect(res.body.code).toBe('totp-enrolment-required');
    });
  });
});
