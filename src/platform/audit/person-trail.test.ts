// "Who looked at this child, and who tried": the privacy officer's audit query by person finds
// every refusal about the child and every person a response showed, through the public API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type ApiClient, type World } from '../../../tests/support/fixtures.ts';

const TODAY = '2026-06-15';

describe.each(ENGINES)('audit trail under the person on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let admin: ApiClient, school: ApiClient, jgz: ApiClient, regio: ApiClient, ggz: ApiClient;
  const bsn: Record<string, string> = {};
  const id: Record<string, string> = {};
  let dossierId: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { today: TODAY });
    w = await buildWorld(t);
    for (const k of ['mother', 'father', 'child', 'sibling', 'client']) bsn[k] = w.bsn();
    await importPersons(w, [
      { bsn: bsn.mother, givenNames: 'Moeder', familyName: 'Spoor', dateOfBirth: '1985-01-01' },
      { bsn: bsn.father, givenNames: 'Vader', familyName: 'Spoor', dateOfBirth: '1984-02-02' },
      { bsn: bsn.child, givenNames: 'Kind', familyName: 'Spoor', dateOfBirth: '2016-03-03' },
      { bsn: bsn.sibling, givenNames: 'Zus', familyName: 'Spoor', dateOfBirth: '2018-04-04' },
      { bsn: bsn.client, givenNames: 'Cliënt', familyName: 'Volwassen', dateOfBirth: '1980-05-05' },
    ], [
      { parentBsn: bsn.mother, childBsn: bsn.child }, { parentBsn: bsn.father, childBsn: bsn.child },
      { parentBsn: bsn.mother, childBsn: bsn.sibling }, { parentBsn: bsn.father, childBsn: bsn.sibling },
    ]);
    for (const p of await t.db.selectFrom('persons').select(['id', 'bsn']).execute()) {
      const key = Object.keys(bsn).find((k) => bsn[k] === p.bsn);
      if (key) id[key] = p.id;
    }
    admin = await w.as('beheerder');
    [school, jgz, regio, ggz] = await Promise.all(['leerkracht', 'jgz', 'regio', 'ggz'].map((u) => w.as(u)));
    dossierId = (await school.post('/api/v1/dossiers', { bsn: bsn.child, relationship: { reason: 'leerling' } })).body.id;
  });
  afterAll(async () => t?.close());

  /** The privacy officer's question: everything in the audit log about this person. */
  const trail = async (personId: string) => {
    const res = await admin.post('/api/v1/audit-entries/_zoek', { personId, limit: 1000 });
    expect(res.status).toBe(200);
    return res.body.items as { username: string; action: string; recordType: string; recordId: string | null; outcome: string }[];
  };
  const since = async (personId: string, work: () => Promise<unknown>) => {
    const before = new Set((await trail(personId)).map((e: any) => e.seq));
    await work();
    // Without the privacy officer's own look at the trail, which is audited under the person too.
    return (await trail(personId)).filter((e: any) => !before.has(e.seq) && e.recordType !== 'auditlog');
  };

  it('a Meldcode traject asked for by a role without dossiers is refused under the child', async () => {
    const traject = await school.post('/api/v1/meldcode-trajecten', { dossierId });
    expect(traject.status).toBe(201);
    const added = await since(id.child, async () => {
      expect((await regio.get(`/api/v1/meldcode-trajecten/${traject.body.id}`)).status).toBe(403);
      expect((await regio.post(`/api/v1/meldcode-trajecten/${traject.body.id}/pauze`, { reason: 'even wachten' })).status).toBe(403);
    });
    expect(added.filter((e) => e.username === 'regio' && e.outcome === 'refused' && e.recordId === traject.body.id)).toHaveLength(2);
  });

  it('a Veilig Thuis melding asked for by another role is refused under the child', async () => {
    const traject = await t.db.selectFrom('meldcode_trajecten').select(['id', 'organisation_id']).where('dossier_id', '=', dossierId).executeTakeFirstOrThrow();
    const melding = await t.db.insertInto('veilig_thuis_meldingen').values({
      traject_id: traject.id, person_id: id.child, from_organisation_id: traject.organisation_id, from_user_id: w.users.leerkracht.id,
      to_organisation_id: w.orgs.vt, payload: JSON.stringify({}) as never,
    }).returning('id').executeTakeFirstOrThrow();
    const added = await since(id.child, async () => {
      expect((await school.get(`/api/v1/veilig-thuis/meldingen/${melding.id}`)).status).toBe(403);
      expect((await school.post(`/api/v1/veilig-thuis/meldingen/${melding.id}/ontvangst`)).status).toBe(403);
    });
    expect(added.filter((e) => e.username === 'leerkracht' && e.outcome === 'refused' && e.recordType === 'vt-melding')).toHaveLength(2);
  });

  it('a note and a new colleague answer with the family: parents and sibling are audited as read', async () => {
    for (const [url, body] of [['notities', { text: 'Gesprek met moeder gevoerd.' }], ['betrokkenen', { userId: w.users.collega.id }]] as const) {
      for (const person of ['mother', 'father', 'sibling']) {
        const added = await since(id[person], async () => expect((await school.post(`/api/v1/dossiers/${dossierId}/${url}`, body)).status).toBe(201));
        expect(added.some((e) => e.username === 'leerkracht' && e.action === 'read' && e.recordId === dossierId), `${url} ${person}`).toBe(true);
        if (url === 'betrokkenen') break; // the colleague is added once
      }
    }
  });

  it('regie and afstemming are audited under both youths of the match, changes and what the answer shows', async () => {
    expect((await school.post('/api/v1/signalen', { bsn: bsn.child, informedOn: TODAY, relationship: { reason: 'leerling' } })).status).toBe(201);
    expect((await jgz.post('/api/v1/signalen', { bsn: bsn.sibling, informedOn: TODAY, relationship: { reason: 'client_in_zorg' } })).body.matches).toHaveLength(1);
    const match = (await school.get('/api/v1/matches')).body.items[0];
    const regie = async (status = 200) => {
      const res = await school.put(`/api/v1/matches/${match.id}/regievoerder`, { userId: w.users.jgz.id, since: TODAY });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
    };
    const afstemming = async () => expect((await school.post(`/api/v1/matches/${match.id}/afstemmingen`, { afgestemdOp: TODAY })).status).toBe(200);
    for (const person of ['child', 'sibling']) {
      for (const work of [() => regie(), afstemming]) {
        const added = await since(id[person], work);
        expect(added.filter((e) => e.username === 'leerkracht' && e.recordId === match.id).map((e) => e.action).sort()).toEqual(['read', 'update']);
      }
    }
    // A refused regie change is findable under the child too.
    expect((await school.patch(`/api/v1/signalen/${(await school.get('/api/v1/signalen')).body.items[0].id}`, { status: 'inactief' })).status).toBe(200);
    const refused = await since(id.child, () => regie(403));
    expect(refused.some((e) => e.username === 'leerkracht' && e.outcome === 'refused' && e.recordId === match.id)).toBe(true);
  });

  it('a BSN search with a wrong date of birth is audited under the person the BSN names', async () => {
    const added = await since(id.sibling, async () => {
      expect((await ggz.post('/api/v1/personen/_zoek', { bsn: bsn.sibling, geboortedatum: '2018-04-05' })).body.items).toEqual([]);
    });
    expect(added).toEqual([expect.objectContaining({ username: 'ggz', action: 'search', outcome: 'refused' })]);
  });

  it('a lookup by BSN refused to the role is findable under the person the BSN names', async () => {
    const added = await since(id.child, async () => {
      expect((await regio.post('/api/v1/signalen', { bsn: bsn.child, informedOn: TODAY })).status).toBe(403);
      expect((await regio.post('/api/v1/dossiers', { bsn: bsn.child })).status).toBe(403);
      expect((await regio.post('/api/v1/personen/_zoek', { bsn: bsn.child, geboortedatum: '2016-03-03' })).status).toBe(403);
    });
    expect(added.filter((e) => e.username === 'regio' && e.outcome === 'refused')).toHaveLength(3);
  });

  it('a failed kindcheck lookup is audited, under the client when the BSN names one', async () => {
    const huisarts = await w.as('huisarts');
    const wrongDate = await since(id.client, async () => {
      expect((await huisarts.post('/api/v1/kindchecks/_kinderen', { clientBsn: bsn.client, clientDateOfBirth: '1980-05-06' })).status).toBe(404);
    });
    expect(wrongDate).toEqual([expect.objectContaining({ username: 'huisarts', recordType: 'kindcheck', outcome: 'refused' })]);
    const child = await since(id.child, async () => {
      expect((await huisarts.post('/api/v1/kindchecks/_kinderen', { clientBsn: bsn.child, clientDateOfBirth: '2016-03-03' })).status).toBe(422);
    });
    expect(child).toEqual([expect.objectContaining({ username: 'huisarts', recordType: 'kindcheck', outcome: 'refused' })]);
    const unknown = w.bsn();
    const before = await t.db.selectFrom('audit_log').select('seq').where('record_type', '=', 'kindcheck').where('person_id', 'is', null).execute();
    expect((await huisarts.post('/api/v1/kindchecks/_kinderen', { clientBsn: unknown, clientDateOfBirth: '1980-05-05' })).status).toBe(404);
    const after = await t.db.selectFrom('audit_log').select(['seq', 'username', 'outcome']).where('record_type', '=', 'kindcheck').where('person_id', 'is', null).execute();
    expect(after.length - before.length).toBe(1);
  });
});
