// Issue 16 item 2: a worry shared with an organisation without a named recipient is for the
// casework roles there only. Every role of the receiving organisation, through the HTTP API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { PASSWORD, buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { ROLES, type Role } from '../../platform/auth/roles.ts';

const TODAY = '2026-06-15';
const CASEWORK: Role[] = ['professional', 'aandachtsfunctionaris', 'veilig_thuis_medewerker', 'teamleider'];
const NOT_CASEWORK: Role[] = ['regiocoordinator', 'functioneel_beheerder'];

describe.each(ENGINES)('a worry shared with an organisation on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let school: ApiClient;
  let dossierId: string;
  let wijkteam: string;
  let childId: string;
  const as: Partial<Record<Role, ApiClient>> = {};
  const userId: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    const bsn = w.bsn();
    await importPersons(w, [{ bsn, givenNames: 'Noa', familyName: 'Smit', dateOfBirth: '2016-05-05' }]);
    school = await w.as('leerkracht');
    const dossier = await school.post('/api/v1/dossiers', { bsn, relationship: { reason: 'leerling' } });
    dossierId = dossier.body.id;
    childId = dossier.body.child.id;
    // An organisation with a user in every role.
    wijkteam = (await t.db.insertInto('organisations').values({ name: 'Wijkteam Noord', sector: 'cjg_wijkteam', municipality_code: 'GM9001' })
      .returning('id').executeTakeFirstOrThrow()).id;
    const hash = await hashPassword(PASSWORD);
    for (const role of ROLES) {
      const row = await t.db.insertInto('users').values({
        username: `wt-${role}`, password_hash: hash, display_name: `Wijkteam ${role}`, email: `wt-${role}@test.nl`, phone: '010-7654321',
        organisation_id: wijkteam, role,
      }).returning('id').executeTakeFirstOrThrow();
      userId[role] = row.id;
      as[role] = await w.as(`wt-${role}`);
    }
  });
  afterAll(async () => t?.close());

  const share = (body: Record<string, unknown> = {}) => school.post(`/api/v1/dossiers/${dossierId}/zorg-delingen`, {
    toOrganisationId: wijkteam, message: 'Noa komt vaak hongerig op school.', legalBasis: 'meldrecht', ...body,
  });

  it('offers only organisations with casework roles, and refuses the others as recipient', async () => {
    const offered = (await school.get('/api/v1/zorg-delen/organisaties')).body.items.map((o: any) => o.name);
    expect(offered).toContain('Wijkteam Noord');
    expect(offered).toContain('JGZ Noord');
    expect(offered).not.toContain('Gemeente Noordstad'); // regiocoördinator and beheerder only
    expect(offered).not.toContain('Basisschool Noord'); // the own organisation
    expect((await share({ toOrganisationId: w.orgs.gemeente })).body.code).toBe('organisation-no-casework');
    for (const role of NOT_CASEWORK) expect((await share({ toUserId: userId[role] })).body.code).toBe('recipient-not-casework');
    expect(await t.db.selectFrom('zorg_delingen').select('id').execute()).toEqual([]);
  });

  it('notifies, lets read and acknowledge every casework role of the receiving organisation', async () => {
    for (const role of CASEWORK) {
      const shared = await share();
      expect(shared.status).toBe(201);
      const c = as[role]!;
      expect((await c.get('/api/v1/berichten')).body.items.some((n: any) => n.link === `/zorg-delingen/${shared.body.id}`)).toBe(true);
      expect((await c.get('/api/v1/zorg-delingen')).body.ontvangen.map((s: any) => s.id)).toContain(shared.body.id);
      expect((await c.get(`/api/v1/zorg-delingen/${shared.body.id}`)).status).toBe(200);
      expect((await c.post(`/api/v1/zorg-delingen/${shared.body.id}/ontvangst`, {})).status).toBe(201);
    }
    // Through the sharing, each casework role of the organisation may now see the child.
    for (const role of CASEWORK) {
      expect((await as[role]!.get(`/api/v1/personen/${childId}`)).status).toBe(200);
    }
  });

  it('refuses the regiocoördinator and the functioneel beheerder, audited under the child, and keeps the child’s record closed', async () => {
    const shared = await share();
    const id = shared.body.id;
    for (const role of NOT_CASEWORK) {
      const c = as[role]!;
      expect((await c.get('/api/v1/berichten')).body.items.some((n: any) => n.link === `/zorg-delingen/${id}`)).toBe(false);
      expect((await c.get('/api/v1/zorg-delingen')).body.ontvangen).toEqual([]);
      expect((await c.get(`/api/v1/zorg-delingen/${id}`)).status).toBe(403);
      expect((await c.post(`/api/v1/zorg-delingen/${id}/ontvangst`, {})).status).toBe(403);
      expect((await c.get(`/api/v1/personen/${childId}`)).status).toBe(403);
      const refused = await t.db.selectFrom('audit_log').select(['record_type', 'person_id'])
        .where('user_id', '=', userId[role]!).where('outcome', '=', 'refused').execute();
      expect(refused).toEqual(expect.arrayContaining([
        { record_type: 'zorg-deling', person_id: childId },
        { record_type: 'persoon', person_id: childId },
      ]));
    }
    const row = await t.db.selectFrom('zorg_delingen').select(['acknowledged_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.acknowledged_at).toBeNull();
    const timeline = (await school.get(`/api/v1/dossiers/${dossierId}`)).body.timeline;
    expect(timeline.filter((e: any) => e.kind === 'zorg-ontvangen')).toHaveLength(CASEWORK.length);
  });
});
