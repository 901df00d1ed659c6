// The fuzz gate: every operation of the app's own OpenAPI document (read at run time, so new
// routes are covered without editing this file), as every demo role and without a session, gets a
// bounded set of malformed inputs derived from its schema: wrong types, empty and huge strings,
// NUL characters and lone surrogates, impossible dates, invalid UUIDs, `__proto__` keys, deep
// nesting and extra fields, in the body, the path and the query.
//
// Input that breaks the schema is refused before any role check, so it goes once (as the first
// role); input the schema allows goes as every role.
//
// It asserts: no 5xx; every error is application/problem+json with a `code`; an input that
// breaks the documented schema is refused (4xx); and nothing is stored. "Stored" means any
// insert, update or delete in a table of domain data, compared by a fingerprint of every row of
// every table before and after each operation. Excluded are the audit trail (a refusal is meant
// to leave an audit entry), the session store (logins, last-seen times) and login limiter state.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from './support/harness.ts';
import { ApiClient } from './support/fixtures.ts';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}
interface Parameter { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema }
interface Operation { method: string; pattern: string; parameters: Parameter[]; body?: Schema }
interface Case { label: string; path: Record<string, string>; query?: string; body?: string; malformed: boolean }

/** One identity per demo role, and none. */
const IDENTITIES = ['leerkracht', 'aandachtsfunctionaris', 'vt.medewerker', 'teamleider', 'regiocoordinator', 'beheerder', null] as const;
const EXCLUDED_TABLES = /audit|session|login|limit|attempt|throttl|quota|kysely/i;
const HUGE = 60_000;
const DEEP = 3_000;
const SAMPLES = ['tekst', '111100045', 'GM0344', '2026-06-15', '1234 AB', 'a@b.nl', '123456', 'https://example.nl'];

const branch = (s: Schema): Schema => {
  if (s.anyOf?.length) return branch(s.anyOf[0]);
  if (s.oneOf?.length) return branch(s.oneOf[0]);
  if (s.allOf?.length) return Object.assign({}, ...s.allOf.map(branch));
  return s;
};
const typeOf = (s: Schema) => s.type ?? (s.properties ? 'object' : s.items ? 'array' : s.enum ? 'enum' : undefined);
const isDateField = (name: string, s: Schema) => s.format === 'date' || /date|datum/i.test(name) || /On$/.test(name);
const isIdField = (name: string, s: Schema) => s.format === 'uuid' || /Id$/.test(name);
const fitsString = (s: Schema, v: string) =>
  (!s.pattern || new RegExp(s.pattern, 'u').test(v)) && v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Infinity);

/** A value that satisfies the schema as far as it can tell, so that one mutated field gets past the others. */
function sample(schema: Schema): unknown {
  const s = branch(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  switch (typeOf(s)) {
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'email') return 'a@b.nl';
      if (s.format === 'date-time') return '2026-06-15T10:00:00.000Z';
      return SAMPLES.find((v) => fitsString(s, v)) ?? 'x'.repeat(Math.max(1, s.minLength ?? 1));
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : Math.min(1, s.maximum ?? 1));
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items ?? {}));
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties?.[k] ?? {})]));
    default:
      return 'tekst';
  }
}

/** Values that break the field's schema (`malformed`), or that it allows but cannot be stored. */
function fieldMutations(name: string, schema: Schema): { label: string; value: unknown; malformed: boolean }[] {
  const s = branch(schema);
  const t = typeOf(s);
  const out: { label: string; value: unknown; malformed: boolean }[] = [];
  const add = (label: string, value: unknown, malformed = true) => out.push({ label, value, malformed });
  if (t === 'string' || t === 'enum') {
    add('wrong type', 12345);
    if (!fitsString(s, '') || s.enum || s.format) add('empty string', '');
    if (s.maxLength !== undefined && s.maxLength < HUGE) add('huge string', 'x'.repeat(HUGE));
    add('NUL', 'a\u0000b', !!s.enum);
    add('lone surrogate', '\ud800x', !!s.enum);
    if (isDateField(name, s)) add('impossible date', '2026-02-30', s.format === 'date' || !!s.pattern || !!s.enum);
    if (isIdField(name, s)) add('invalid uuid', 'geen-uuid', s.format === 'uuid' || !!s.enum);
  } else if (t === 'integer' || t === 'number') {
    add('wrong type', 'twaalf');
    add('beyond int4', 2_147_483_648, s.maximum !== undefined);
    add('huge number', 1e300, s.maximum !== undefined);
    if (t === 'integer') add('fraction', 1.5);
  } else if (t === 'boolean') {
    add('wrong type', 'ja');
  } else if (t === 'array') {
    add('wrong type', { a: 1 });
    if ((s.minItems ?? 0) >= 1) add('empty list', []);
    if (s.maxItems !== undefined && s.maxItems < 1000) add('too many items', Array.from({ length: s.maxItems + 1 }, () => sample(s.items ?? {})));
    add('deeply nested', JSON.parse('['.repeat(DEEP) + ']'.repeat(DEEP)));
  } else if (t === 'object') {
    add('wrong type', 'tekst');
    add('extra field', { ...(sample(s) as object), onbekendVeld: 1 }, s.properties !== undefined);
  }
  return out;
}

/** Every field with its dotted path, nested objects and the first item of arrays included. */
function fields(schema: Schema, prefix: string[] = [], depth = 0): { path: string[]; schema: Schema }[] {
  const s = branch(schema);
  const out: { path: string[]; schema: Schema }[] = [];
  for (const [name, child] of Object.entries(s.properties ?? {})) {
    out.push({ path: [...prefix, name], schema: child });
    const c = branch(child);
    if (depth < 2 && typeOf(c) === 'object') out.push(...fields(c, [...prefix, name], depth + 1));
    if (depth < 2 && typeOf(c) === 'array' && c.items && typeOf(branch(c.items)) === 'object') out.push(...fields(c.items, [...prefix, name, '0'], depth + 1));
  }
  return out;
}

function withValue(base: unknown, schema: Schema, path: string[], value: unknown): unknown {
  const root = structuredClone(base) as Record<string, unknown>;
  let node: Record<string, unknown> = root;
  let s = branch(schema);
  for (const key of path.slice(0, -1)) {
    const next = /^\d+$/.test(key) ? branch(s.items ?? {}) : branch(s.properties?.[key] ?? {});
    if (node[key] === undefined || node[key] === null) node[key] = /^\d+$/.test(key) ? sample(next) : (typeOf(next) === 'array' ? [sample(next.items ?? {})] : sample(next));
    if (Array.isArray(node[key]) && (node[key] as unknown[]).length === 0) (node[key] as unknown[]).push(sample(branch(next).items ?? {}));
    node = node[key] as Record<string, unknown>;
    s = next;
  }
  node[path.at(-1)!] = value;
  return root;
}

function casesOf(op: Operation): Case[] {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const validPath = Object.fromEntries(pathParams.map((p) => [p.name, p.schema?.type === 'integer' || p.schema?.type === 'number' ? '1' : randomUUID()]));
  const base = op.body ? sample(op.body) : undefined;
  const baseBody = base === undefined ? undefined : JSON.stringify(base);
  const cases: Case[] = [];
  for (const p of pathParams) {
    for (const [label, value] of [['invalid uuid', 'geen-uuid'], ['NUL', '%00'], ['lone surrogate', '%ED%A0%80'], ['malformed encoding', '%ZZ'], ['huge', 'a'.repeat(300)], ['dot segment', '..'], ['unknown id', randomUUID()]]) {
      cases.push({ label: `path ${p.name}: ${label}`, path: { ...validPath, [p.name]: value }, body: baseBody, malformed: false });
    }
  }
  for (const p of queryParams) {
    const s = branch(p.schema ?? {});
    const values: [string, string][] = [['huge', 'x'.repeat(3000)], ['NUL', '%00'], ['lone surrogate', '%ED%A0%80'], ['malformed encoding', '%ZZ'], ['repeated', `a&${p.name}=b`]];
    if (typeOf(s) === 'integer' || typeOf(s) === 'number') values.push(['wrong type', 'twaalf'], ['beyond int4', '2147483648']);
    if (isDateField(p.name, s)) values.push(['impossible date', '2026-02-30']);
    if (isIdField(p.name, s)) values.push(['invalid uuid', 'geen-uuid']);
    for (const [label, value] of values) cases.push({ label: `query ${p.name}: ${label}`, path: validPath, query: `${p.name}=${value}`, malformed: false });
  }
  if (op.method === 'GET') cases.push({ label: 'query: __proto__ and unknown', path: validPath, query: '__proto__[x]=1&constructor[prototype][x]=1', malformed: false });
  const raw = (label: string, body: string, malformed = true) => cases.push({ label, path: validPath, body, malformed });
  if (op.method !== 'GET') {
    // Refused by the JSON parser before any route code, so safe to send to operations without a body too.
    raw('__proto__ key', `{"__proto__":{"admin":true}${baseBody && baseBody !== '{}' ? `,${baseBody.slice(1)}` : '}'}`);
    raw('constructor.prototype key', '{"constructor":{"prototype":{"admin":true}}}');
    raw('invalid JSON', '{"a":');
  }
  if (op.body) {
    raw('body: array', '[]');
    raw('body: string', '"tekst"');
    raw('body: null', 'null');
    raw('body: empty object', '{}', (branch(op.body).required ?? []).length > 0);
    raw('body: deeply nested', `{"a":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}`);
    if (op.body.properties || typeOf(branch(op.body)) === 'object') raw('body: extra field', JSON.stringify({ ...(base as object), onbekendVeld: 'x' }));
    for (const field of fields(op.body)) {
      for (const m of fieldMutations(field.path.at(-1)!, field.schema)) {
        raw(`${field.path.join('.')}: ${m.label}`, JSON.stringify(withValue(base, op.body, field.path, m.value)), m.malformed);
      }
    }
  }
  return cases;
}

function operationsOf(doc: { paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([pattern, ops]) => Object.entries(ops).map(([method, op]) => ({
    method: method.toUpperCase(),
    pattern,
    parameters: op.parameters ?? [],
    body: op.requestBody?.content?.['application/json']?.schema,
  })));
}

describe.each(ENGINES)('fuzz gate on %s', (engine) => {
  let t: TestApp;
  const clients = new Map<string | null, ApiClient>();
  let tables: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(engine, { demo: true });
    let address = 0;
    for (const username of IDENTITIES) {
      const c = new ApiClient(t, `10.8.${engine === 'postgres' ? 1 : 0}.${++address}`);
      if (username) {
        const res = await c.login(username, DEMO_PASSWORD);
        if (res.status !== 201) throw new Error(`login ${username}: ${JSON.stringify(res.body)}`);
      }
      clients.set(username, c);
    }
    const rows = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(t.db);
    tables = rows.rows.map((r) => r.table_name).filter((name) => !EXCLUDED_TABLES.test(name));
  });
  afterAll(async () => t?.close());

  /** A fingerprint of every row of every domain table. */
  async function fingerprint(): Promise<Record<string, string>> {
    const columns = tables.map((name) => sql`(select md5(coalesce(string_agg(md5(x::text), ',' order by md5(x::text)), '')) from ${sql.table(name)} x) as ${sql.ref(name)}`);
    const { rows } = await sql<Record<string, string>>`select ${sql.join(columns)}`.execute(t.db);
    return rows[0];
  }

  it('answers every operation, as every role and without a session, with no 5xx, problem+json errors, and nothing stored', async () => {
    const started = Date.now();
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThan(100);
    expect(tables.length).toBeGreaterThan(20);
    const failures: string[] = [];
    let sent = 0;
    let serverErrors = 0;
    const statuses: Record<number, number> = {};
    for (const op of operations) {
      const before = await fingerprint();
      const cases = casesOf(op);
      for (const [username, client] of clients) {
        // Without a session every request is refused before validation: a few cases show that.
        // Input that breaks the schema is refused by validation, before any code that depends on
        // the role: it goes once, as the first role. Input the schema allows goes as every role.
        const chosen = username === null ? cases.slice(0, 4) : username === IDENTITIES[0] ? cases : cases.filter((c) => !c.malformed);
        for (let i = 0; i < chosen.length; i += 4) {
          await Promise.all(chosen.slice(i, i + 4).map(async (c) => {
            const path = op.pattern.replace(/\{([^}]+)\}/g, (_, name: string) => c.path[name] ?? randomUUID());
            const url = c.query ? `${path}?${c.query}` : path;
            const res = await t.app.inject({
              method: op.method as 'GET',
              url,
              remoteAddress: client.ip,
              headers: {
                ...(client.cookie ? { cookie: client.cookie } : {}),
                ...(client.csrf ? { 'x-csrf-token': client.csrf } : {}),
                ...(c.body !== undefined ? { 'content-type': 'application/json' } : {}),
              },
              payload: c.body,
            });
            sent++;
            statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
            const who = username ?? 'anoniem';
            const where = `${op.method} ${op.pattern} [${c.label}] as ${who}`;
            if (res.statusCode >= 500) {
              serverErrors++;
              failures.push(`${where} → ${res.statusCode} ${res.body.slice(0, 200)}`);
            } else if (res.statusCode >= 400) {
              let code: unknown;
              try {
                code = JSON.parse(res.body).code;
              } catch {
                /* not JSON */
              }
              if (!String(res.headers['content-type']).startsWith('application/problem+json') || typeof code !== 'string') {
                failures.push(`${where} → ${res.statusCode} not problem+json: ${res.headers['content-type']} ${res.body.slice(0, 100)}`);
              }
            } else if (c.malformed) {
              failures.push(`${where} → ${res.statusCode}: accepted input that breaks the schema`);
            }
          }));
        }
      }
      const after = await fingerprint();
      const changed = tables.filter((name) => before[name] !== after[name]);
      if (changed.length) failures.push(`${op.method} ${op.pattern}: stored something in ${changed.join(', ')}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`fuzz on ${engine}: ${operations.length} operations, ${IDENTITIES.length} identities, ${sent} requests, ${serverErrors} answered 5xx, ${seconds} s; statuses ${JSON.stringify(statuses)}`);
    // Still signed in: a case that ended a session would have made the rest of the run test nothing.
    for (const [username, client] of clients) if (username) expect((await client.get('/api/v1/sessions/current')).status, username).toBe(200);
    expect(failures).toEqual([]);
  }, 300_000);
});
