// Bad input that once gave a 500 (found by fuzzing): each is now a 4xx problem+json and leaves
// nothing behind, on every database engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { ApiClient } from '../../../tests/support/fixtures.ts';
import { DEMO_PASSWORD } from '../../demo/seed.ts';

describe.each(ENGINES)('bad input on %s', (engine) => {
  let t: TestApp;
  let address = 0;
  const login = async (username: string) => {
    const c = new ApiClient(t, `10.9.${engine === 'postgres' ? 1 : 0}.${++address}`);
    const res = await c.login(username, DEMO_PASSWORD);
    if (res.status !== 201) throw new Error(`login ${username}: ${JSON.stringify(res.body)}`);
    return c;
  };
  const count = async (table: 'vt_zaken' | 'municipalities' | 'bereik_protocollen') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const expectProblem = (res: { status: number; body: any; headers: Record<string, unknown> }, status: number, code: string) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe(code);
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { demo: true });
  });
  afterAll(async () => t?.close());

  it('refuses a lone UTF-16 surrogate in text, whether it would be stored as jsonb or as text', async () => {
    const vt = await login('vt.medewerker');
    const before = await count('vt_zaken');
    const intake = (melder: Record<string, string>, zorg = 'Zorg over een buurkind.') =>
      vt.post('/api/v1/vt-zaken', { soort: 'advies', bron: 'burger', anoniem: false, zorg, melder: { relatie: 'buurvrouw', ...melder }, betrokkenen: [] });
    expectProblem(await intake({ naam: '\ud800x' }), 400, 'invalid-characters'); // melder is jsonb: PostgreSQL refused with 22P02
    expectProblem(await intake({ naam: 'Greet' }, 'zorg \udc00 x'), 400, 'invalid-characters'); // text: would silently become U+FFFD
    expectProblem(await intake({ naam: 'Greet', ['\ud800']: 'x' }), 400, 'invalid-characters'); // in a key too
    expect(await count('vt_zaken')).toBe(before);
    // A well-formed pair (an emoji) is ordinary text.
    expect((await intake({ naam: 'Greet 🙂' })).status).toBe(201);
  });

  it('refuses an empty PATCH of a Veilig Thuis case', async () => {
    const vt = await login('vt.medewerker');
    const zaak = (await vt.get('/api/v1/vt-zaken')).body.items[0];
    const res = await vt.patch(`/api/v1/vt-zaken/${zaak.id}`, {});
    expectProblem(res, 400, 'validation-failed');
    expect(res.body.detail).toBeTruthy();
    expect((await vt.patch(`/api/v1/vt-zaken/${zaak.id}`, { terugkoppelingGewenst: true })).status).toBe(200);
  });

  it('refuses a region id beyond the database integer range', async () => {
    const admin = await login('beheerder');
    const before = await count('municipalities');
    expectProblem(await admin.post('/api/v1/gemeenten', { code: 'GM9999', name: 'Grensstad', regionId: 2_147_483_648 }), 400, 'validation-failed');
    expectProblem(await admin.post('/api/v1/gemeenten', { code: 'GM9999', name: 'Grensstad', regionId: 1e300 }), 400, 'validation-failed');
    expect(await count('municipalities')).toBe(before);
  });

  it('refuses an empty reach protocol with a clear message', async () => {
    const af = await login('aandachtsfunctionaris');
    const res = await af.put('/api/v1/bereik-protocol', { steps: [] });
    expectProblem(res, 400, 'validation-failed');
    expect(res.body.errors).toEqual([{ path: 'steps', message: 'Het protocol heeft minstens één stap: de laatste is het voorstel tot escalatie.' }]);
    expect(await count('bereik_protocollen')).toBe(0);
  });
});
