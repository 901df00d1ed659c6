// The JSON request log of the real server: one line per request with request id (also a response
// header), route pattern, status and duration; and never a BSN, a name, a password, a session
// token or a CSRF token, also not for refused, malformed or invalid requests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import { HttpSession, type Answer } from '../support/write-load.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';

const BSNS = ['111100008', '111100045', '111100057', '111100100'];
const NAMES = ['Sanne', 'Jansen', 'Daan', 'Bakker', 'Noor', 'Amrani'];
const WRONG_PASSWORD = 'Onjuist-Wachtwoord-7391';
const FAKE_TOKEN = 'nep-sessietoken-8c1f2e9a7b';

describe('request log of the running server', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-logs-'));
  let server: ServerProcess;
  beforeAll(async () => { server = await startServer({ DATA_DIR: dataDir, DEMO: 'true' }); }, 120_000);
  afterAll(async () => {
    await server?.stop('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('has a line per request and no personal data or secret in any line', async () => {
    const answers: Answer[] = [];
    const anon = new HttpSession(server.url);
    const raw = async (method: string, url: string, body?: string, headers: Record<string, string> = {}) => {
      const res = await fetch(new URL(url, server.url), { method, body, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers } });
      answers.push({ status: res.status, body: await res.text(), headers: Object.fromEntries(res.headers) });
      return res;
    };
    const call = async (s: HttpSession, method: string, url: string, body?: unknown) => {
      const res = await s.request(method, url, body);
      answers.push(res);
      return res;
    };

    expect((await call(anon, 'POST', '/api/v1/sessions', { username: 'leerkracht', password: WRONG_PASSWORD })).status).toBe(401);
    expect((await call(anon, 'POST', '/api/v1/sessions', { username: 'leerkracht', password: DEMO_PASSWORD, bsn: BSNS[0] })).status).toBe(400);
    const prof = new HttpSession(server.url);
    await prof.login('leerkracht');
    const csrf = prof.csrf!;
    const sessionToken = prof.cookie!.split('=')[1];
    expect((await call(prof, 'POST', '/api/v1/signalen', { bsn: BSNS[1], informedOn: 'gisteren' })).status).toBe(400);
    expect((await call(prof, 'POST', '/api/v1/personen/_zoek', { bsn: BSNS[0], geboortedatum: '1990-01-01' })).status).toBe(200);
    expect((await call(prof, 'GET', `/api/v1/signalen/${BSNS[1]}`)).status).toBe(400);
    expect((await call(prof, 'GET', `/api/v1/dossiers?naam=${NAMES[2]}%20${NAMES[3]}&bsn=${BSNS[1]}`)).status).toBeLessThan(500);
    expect((await call(prof, 'GET', `/api/v1/bestaat-niet/${NAMES[0]}-${NAMES[1]}/${BSNS[2]}`)).status).toBe(404);
    expect((await call(prof, 'GET', '/api/v1/matches')).status).toBe(200); // names of the family in the answer
    const cookie = prof.cookie!;
    expect((await raw('POST', '/api/v1/signalen', JSON.stringify({ bsn: BSNS[3], informedOn: '2026-01-01' }), { cookie, 'x-csrf-token': `${csrf}x` })).status).toBe(403);
    expect((await raw('POST', '/api/v1/signalen', `{"bsn": "${BSNS[3]}", `, { cookie, 'x-csrf-token': csrf })).status).toBe(400);
    expect((await raw('GET', '/api/v1/signalen', undefined, { cookie: `kv_session=${FAKE_TOKEN}` })).status).toBe(401);
    const spoofed = await raw('GET', '/health/live', undefined, { 'x-request-id': BSNS[0] });
    expect(spoofed.headers.get('x-request-id')).not.toBe(BSNS[0]);
    await new Promise((r) => setTimeout(r, 300));

    const lines = server.stdout().split('\n').filter((l) => l.startsWith('{'));
    const entries = lines.map((l) => JSON.parse(l));
    for (const a of answers) {
      const id = a.headers['x-request-id'] as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const line = entries.find((e) => e.requestId === id && e.msg === 'verzoek');
      expect(line, `log line for ${id}`).toMatchObject({ status: a.status, method: expect.any(String) });
      expect(line.durationMs).toBeTypeOf('number');
      expect(Object.keys(line).sort()).toEqual(['durationMs', 'hostname', 'level', 'method', 'msg', 'pid', 'requestId', 'route', 'status', 'time']);
    }
    expect(entries.some((e) => e.route === '/api/v1/signalen/:id' && e.status === 400)).toBe(true);
    expect(entries.some((e) => e.route === null && e.status === 404)).toBe(true);

    const all = server.stdout() + server.stderr();
    for (const secret of [...BSNS, ...NAMES, WRONG_PASSWORD, DEMO_PASSWORD, sessionToken, csrf, FAKE_TOKEN]) {
      expect(all.includes(secret), `log contains ${secret}`).toBe(false);
    }
  });
});
