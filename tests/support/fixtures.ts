// A small world for API tests: two regions, organisations across the chain, a user per role,
// and an HTTP client that logs in and sends the CSRF token like the web UI does.
import { hashPassword } from '../../src/platform/auth/passwords.ts';
import { validBsns } from '../../src/modules/persons/bsn.ts';
import type { Role } from '../../src/platform/auth/roles.ts';
import type { TestApp } from './harness.ts';

export const PASSWORD = 'correct-horse-battery-staple';
let sharedHash: Promise<string> | undefined;

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export class ApiClient {
  cookie?: string;
  csrf?: string;
  constructor(private readonly t: TestApp, readonly ip = '127.0.0.1') {}

  async login(username: string, password = PASSWORD, extra: Record<string, string> = {}): Promise<Reply> {
    const res = await this.request('POST', '/api/v1/sessions', { username, password, ...extra });
    if (res.status === 201) this.csrf = res.body.csrfToken;
    return res;
  }

  async request<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const res = await this.t.app.inject({
      method: method as 'GET',
      url,
      remoteAddress: this.ip,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (first && /^(__Host-)?kv_session=/.test(first)) this.cookie = first.split(';')[0];
    let parsed: unknown = res.body;
    try {
      parsed = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.statusCode, body: parsed as T, headers: res.headers };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  put<T = any>(url: string, body: unknown) {
    return this.request<T>('PUT', url, body);
  }
  patch<T = any>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }
}

type UserSpec = { username: string; org: string; role: Role };

const ORGS = [
  { key: 'school', name: 'Basisschool Noord', sector: 'primair_onderwijs', municipality: 'GM9001' },
  { key: 'school2', name: 'Basisschool Noord-West', sector: 'primair_onderwijs', municipality: 'GM9001' },
  { key: 'jgz', name: 'JGZ Noord', sector: 'jgz', municipality: 'GM9002' },
  { key: 'vt', name: 'Veilig Thuis Noord', sector: 'veilig_thuis', municipality: 'GM9001' },
  { key: 'gemeente', name: 'Gemeente Noordstad', sector: 'gemeente', municipality: 'GM9001' },
  { key: 'huisarts', name: 'Huisarts Zuid', sector: 'huisarts', municipality: 'GM9003' },
  { key: 'ggz', name: 'GGZ Zuid', sector: 'ggz', municipality: 'GM9003' },
] as const;

const USERS: UserSpec[] = [
  { username: 'leerkracht', org: 'school', role: 'professional' },
  { username: 'collega', org: 'school', role: 'professional' },
  { username: 'leerkracht2', org: 'school2', role: 'professional' },
  { username: 'af', org: 'school', role: 'aandachtsfunctionaris' },
  { username: 'jgz', org: 'jgz', role: 'professional' },
  { username: 'vt', org: 'vt', role: 'veilig_thuis_medewerker' },
  { username: 'teamleider', org: 'vt', role: 'teamleider' },
  { username: 'regio', org: 'gemeente', role: 'regiocoordinator' },
  { username: 'beheerder', org: 'gemeente', role: 'functioneel_beheerder' },
  { username: 'huisarts', org: 'huisarts', role: 'professional' },
  { username: 'ggz', org: 'ggz', role: 'professional' },
];

export interface World {
  regions: { noord: number; zuid: number };
  orgs: Record<(typeof ORGS)[number]['key'], string>;
  users: Record<string, { id: string; username: string }>;
  as(username: string): Promise<ApiClient>;
  bsn(): string;
}

export async function buildWorld(t: TestApp): Promise<World> {
  sharedHash ??= hashPassword(PASSWORD);
  const hash = await sharedHash;
  const { db } = t;
  const [noord, zuid] = await db.insertInto('regions').values([{ name: 'Regio Noord' }, { name: 'Regio Zuid' }]).returning('id').execute();
  await db.insertInto('municipalities').values([
    { code: 'GM9001', name: 'Noordstad', region_id: noord.id },
    { code: 'GM9002', name: 'Noorddorp', region_id: noord.id },
    { code: 'GM9003', name: 'Zuidstad', region_id: zuid.id },
  ]).execute();
  const orgs = {} as World['orgs'];
  for (const o of ORGS) {
    orgs[o.key] = (await db.insertInto('organisations').values({ name: o.name, sector: o.sector, municipality_code: o.municipality })
      .returning('id').executeTakeFirstOrThrow()).id;
  }
  const users: World['users'] = {};
  for (const u of USERS) {
    const row = await db.insertInto('users').values({
      username: u.username, password_hash: hash, display_name: `Naam ${u.username}`, email: `${u.username}@test.nl`, phone: '010-1234567',
      organisation_id: orgs[u.org as keyof World['orgs']], role: u.role,
    }).returning('id').executeTakeFirstOrThrow();
    users[u.username] = { id: row.id, username: u.username };
  }
  const bsns = validBsns(30_000_000);
  return {
    regions: { noord: noord.id, zuid: zuid.id },
    orgs,
    users,
    async as(username: string) {
      const client = new ApiClient(t);
      const res = await client.login(username);
      if (res.status !== 201) throw new Error(`login ${username} failed: ${JSON.stringify(res.body)}`);
      return client;
    },
    bsn: () => bsns.next().value!,
  };
}

export interface PersonSpec {
  bsn: string;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  sex?: 'M' | 'V' | 'O';
  municipalityCode?: string;
  dateOfDeath?: string;
}

/** Loads persons and relations through the BRP import API, as the functioneel beheerder would. */
export async function importPersons(world: World, persons: PersonSpec[], relations: { parentBsn: string; childBsn: string; kind?: string }[] = []) {
  const admin = await world.as('beheerder');
  const res = await admin.post('/api/v1/brp-imports', {
    format: 'json',
    content: JSON.stringify({
      personen: persons.map((p) => ({ sex: 'O', ...p })),
      relaties: relations.map((r) => ({ kind: 'juridisch', ...r })),
    }),
  });
  if (res.status !== 201) throw new Error(`import failed: ${JSON.stringify(res.body)}`);
  return res.body;
}
