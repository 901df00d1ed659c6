// A bounded concurrent write load over real HTTP, as demo users: Verwijsindex registrations
// (as `leerkracht`) and dossier notes. Every outcome is recorded, so a caller can check after a
// shutdown or failover that each acknowledged write is still there, and what clients saw.
import http from 'node:http';
import { validBsns } from '../../src/modules/persons/bsn.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';

export interface Answer {
  status: number;
  body: any;
  headers: http.IncomingHttpHeaders;
}

/** A logged-in user: session cookie and CSRF token, like the web UI. */
export class HttpSession {
  cookie?: string;
  csrf?: string;
  private readonly agent: http.Agent | false;

  /** keepAlive false: one connection per request, closed after the answer. */
  constructor(readonly base: string, keepAlive = true) {
    this.agent = keepAlive ? new http.Agent({ keepAlive: true, maxSockets: 64 }) : false;
  }

  request(method: string, path: string, body?: unknown, timeoutMs = 30_000): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(new URL(path, this.base), {
        method,
        agent: this.agent,
        timeout: timeoutMs,
        headers: {
          ...(this.cookie ? { cookie: this.cookie } : {}),
          ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
          ...(payload !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(this.agent === false ? { connection: 'close' } : {}),
        },
      }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { text += d; });
        res.on('error', reject);
        res.on('end', () => {
          if (!res.complete) return reject(Object.assign(new Error('answer cut off'), { code: 'ECUTOFF' }));
          let parsed: unknown = text;
          try { parsed = text ? JSON.parse(text) : undefined; } catch { /* not JSON */ }
          resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
        });
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end(payload);
    });
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<void> {
    const res = await this.request('POST', '/api/v1/sessions', { username, password });
    if (res.status !== 201) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    const setCookie = res.headers['set-cookie']?.find((c) => c.startsWith('kv_session=') || c.includes('session='));
    this.cookie = setCookie?.split(';')[0];
    this.csrf = res.body.csrfToken;
  }

  close(): void {
    if (this.agent) this.agent.destroy();
  }
}

export interface World {
  /** Youths without a signal yet, one per registration. */
  bsns: string[];
  /** One open dossier per worker, for notes. */
  dossierIds: string[];
}

/** Imports youths (as `beheerder`) and opens dossiers (as `leerkracht`) for the load. */
export async function prepareWorld(base: string, options: { registrations: number; workers: number; bsnStart?: number }): Promise<World> {
  const admin = new HttpSession(base);
  await admin.login('beheerder');
  const gen = validBsns(options.bsnStart ?? 50_000_000);
  const all = Array.from({ length: options.registrations + options.workers }, () => gen.next().value as string);
  const personen = all.map((bsn, i) => ({ bsn, givenNames: 'Belasting', familyName: `Kind ${i}`, dateOfBirth: '2016-03-01', sex: 'O' }));
  const imported = await admin.request('POST', '/api/v1/brp-imports', { format: 'json', content: JSON.stringify({ personen, relaties: [] }) });
  if (imported.status !== 201) throw new Error(`import: ${imported.status} ${JSON.stringify(imported.body)}`);
  admin.close();
  const prof = new HttpSession(base);
  await prof.login('leerkracht');
  const dossierIds: string[] = [];
  for (const bsn of all.slice(0, options.workers)) {
    const res = await prof.request('POST', '/api/v1/dossiers', { bsn, relationship: { reason: 'leerling' } });
    if (res.status !== 201) throw new Error(`dossier: ${res.status} ${JSON.stringify(res.body)}`);
    dossierIds.push(res.body.id);
  }
  prof.close();
  return { bsns: all.slice(options.workers), dossierIds };
}

export interface Outcome {
  kind: 'signaal' | 'notitie';
  /** The BSN registered, or the note's unique text. */
  key: string;
  start: number;
  end: number;
  status?: number;
  code?: string;
  retryAfter?: string;
  contentType?: string;
  /** Network error code when no (complete) answer came. */
  error?: string;
  /** The id the server acknowledged (signal id, timeline entry id). */
  id?: string;
  dossierId?: string;
}

export interface LoadOptions {
  workers: number;
  /** Stop when this returns true (checked before each request). */
  until: () => boolean;
  pauseMs?: number;
  keepAlive?: boolean;
  onOutcome?: (o: Outcome) => void;
}

/** Runs the load as `leerkracht` until told to stop or out of youths; returns every outcome. */
export async function runLoad(base: string, world: World, options: LoadOptions): Promise<Outcome[]> {
  const session = new HttpSession(base, options.keepAlive ?? true);
  await session.login('leerkracht');
  const outcomes: Outcome[] = [];
  const queue = [...world.bsns];
  let noteNo = 0;
  const worker = async (w: number) => {
    for (let i = 0; !options.until(); i++) {
      const note = i % 2 === 1;
      const key = note ? `belastingnotitie ${w}-${noteNo++}-${Date.now()}` : queue.shift();
      if (key === undefined) return;
      const dossierId = world.dossierIds[w % world.dossierIds.length];
      const o: Outcome = { kind: note ? 'notitie' : 'signaal', key, start: Date.now(), end: 0, ...(note ? { dossierId } : {}) };
      try {
        const res = note
          ? await session.request('POST', `/api/v1/dossiers/${dossierId}/notities`, { text: key })
          : await session.request('POST', '/api/v1/signalen', { bsn: key, informedOn: new Date().toISOString().slice(0, 10), relationship: { reason: 'leerling' } });
        o.status = res.status;
        o.contentType = res.headers['content-type'];
        o.retryAfter = res.headers['retry-after'] as string | undefined;
        if (res.status === 201) o.id = note ? res.body.timeline.find((e: { body: string | null }) => e.body === key)?.id : res.body.signal.id;
        else o.code = res.body?.code;
      } catch (error) {
        o.error = (error as { code?: string }).code ?? String(error);
      }
      o.end = Date.now();
      outcomes.push(o);
      options.onOutcome?.(o);
      if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: options.workers }, (_, w) => worker(w)));
  session.close();
  return outcomes;
}

/** What the server holds now, read back as `leerkracht`: signal ids by BSN, note texts by id. */
export async function readBack(base: string, world: World): Promise<{ signalsByBsn: Map<string, string>; noteIds: Set<string>; noteTexts: Set<string> }> {
  const session = new HttpSession(base);
  await session.login('leerkracht');
  const signals = await session.request('GET', '/api/v1/signalen');
  if (signals.status !== 200) throw new Error(`signalen: ${signals.status}`);
  const signalsByBsn = new Map<string, string>(signals.body.items.map((s: { id: string; youth: { bsn: string } }) => [s.youth.bsn, s.id]));
  const noteIds = new Set<string>();
  const noteTexts = new Set<string>();
  for (const id of world.dossierIds) {
    const d = await session.request('GET', `/api/v1/dossiers/${id}`);
    if (d.status !== 200) throw new Error(`dossier: ${d.status}`);
    for (const e of d.body.timeline) if (e.kind === 'notitie') { noteIds.add(e.id); noteTexts.add(e.body); }
  }
  session.close();
  return { signalsByBsn, noteIds, noteTexts };
}

/** Acknowledged writes (201) that the server no longer has. */
export function lostWrites(outcomes: Outcome[], now: Awaited<ReturnType<typeof readBack>>): Outcome[] {
  return outcomes.filter((o) => o.status === 201 && !(o.kind === 'signaal' ? now.signalsByBsn.get(o.key) === o.id : now.noteIds.has(o.id!)));
}
