// The demo data tells people apart: no reporter or family member shares a name with a demo user,
// so that a case page never takes a neighbour for a colleague ("werkt niet in Kindveilig").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../tests/support/harness.ts';
import { ApiClient } from '../../tests/support/fixtures.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './seed.ts';

/** A name as a person would say it: without a role in brackets, a title, or case. */
const spoken = (name: string) => name.replace(/\([^)]*\)/g, '').replace(/\b(dr|mr|drs|ir)\.\s*/gi, '').replace(/\s+/g, ' ').trim().toLowerCase();

describe.each(ENGINES)('demo data on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { demo: true });
  });
  afterAll(async () => t?.close());

  const as = async (username: string) => {
    const c = new ApiClient(t, `10.6.${engine === 'postgres' ? 1 : 0}.${DEMO_USERS.findIndex((u) => u.username === username) + 1}`);
    expect((await c.login(username, DEMO_PASSWORD)).status).toBe(201);
    return c;
  };

  it('gives no demo reporter or person the name of a demo user', async () => {
    const admin = await as('beheerder');
    const users = (await admin.get('/api/v1/gebruikers')).body.items as { displayName: string }[];
    expect(users.length).toBe(DEMO_USERS.length);
    const userNames = new Set(users.map((u) => spoken(u.displayName)));
    expect(userNames.size).toBe(users.length); // users are told apart among themselves too

    const vt = await as('vt.medewerker');
    const zaken = (await vt.get('/api/v1/vt-zaken')).body.items as { id: string }[];
    expect(zaken.length).toBeGreaterThan(0);
    const reporters: string[] = [];
    for (const { id } of zaken) {
      const melder = (await vt.get(`/api/v1/vt-zaken/${id}`)).body.melder as { naam: string } | null;
      if (melder) reporters.push(melder.naam);
    }
    expect(reporters.length).toBeGreaterThan(0);
    expect(reporters.filter((name) => userNames.has(spoken(name)))).toEqual([]);

    const persons = await t.db.selectFrom('persons').select(['given_names', 'tussenvoegsel', 'family_name']).where('source', '=', 'demo').execute();
    const personNames = persons.map((p) => [p.given_names, p.tussenvoegsel, p.family_name].filter(Boolean).join(' '));
    expect(personNames.filter((name) => userNames.has(spoken(name)))).toEqual([]);
    expect(new Set(personNames.map(spoken)).size).toBe(personNames.length);
  });
});
