// The zorgdossier: one per child per organisation. Who may see it: the organisation's
// professionals involved with the child (members) and the organisation's aandachtsfunctionaris.
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { FastifyRequest } from 'fastify';
import { currentUser, type AuthUser } from '../../platform/http/context.ts';
import { forbidden, notFound } from '../../platform/http/problem.ts';

export { DOSSIER_ROLES } from '../../contract/roles.ts';
import { DOSSIER_ROLES } from '../../contract/roles.ts';

/**
 * The signed-in user if their role works with dossiers. A refusal names the child of the
 * dossier asked for, so the privacy officer sees it under "who looked at this child".
 */
export async function dossierUser(db: Kysely<DB>, req: FastifyRequest): Promise<AuthUser> {
  const user = currentUser(req);
  if ((DOSSIER_ROLES as readonly string[]).includes(user.role)) return user;
  const id = (req.params as { id?: string } | undefined)?.id;
  const route = req.routeOptions.url ?? '';
  const [, recordType, table] = RECORDS_BY_ROUTE.find(([prefix]) => route.startsWith(prefix)) ?? ['', 'dossier', 'dossiers'];
  const record = id ? await db.selectFrom(table as 'dossiers').select('person_id').where('id', '=', id).executeTakeFirst() : undefined;
  throw forbidden('Uw rol geeft geen toegang tot zorgdossiers.', 'role-forbidden')
    .about({ recordType, recordId: id ?? null, personId: record?.person_id ?? null });
}

/** The record a route's `:id` names, for routes behind `dossierUser` that are not `/dossiers/:id`. */
const RECORDS_BY_ROUTE: [string, string, 'dossiers' | 'meldcode_trajecten' | 'tasks'][] = [
  ['/api/v1/meldcode-trajecten/:id', 'meldcode', 'meldcode_trajecten'],
  ['/api/v1/taken/:id', 'taak', 'tasks'],
];

export type DossierRow = Selectable<DB['dossiers']>;

export interface TimelineEntry {
  kind: string;
  summary: string;
  recordType?: string;
  recordId?: string;
  body?: string;
}

/** Appends to a dossier's timeline; every module that writes into a dossier calls this. */
export async function addTimelineEntry(db: Kysely<DB>, dossierId: string, authorId: string, entry: TimelineEntry, at: Date): Promise<void> {
  await db.insertInto('dossier_entries').values({
    dossier_id: dossierId,
    author_id: authorId,
    at,
    kind: entry.kind,
    summary: entry.summary,
    record_type: entry.recordType ?? null,
    record_id: entry.recordId ?? null,
    body: entry.body ?? null,
  }).execute();
}

export function mayJoinAsAttentionOfficer(user: AuthUser, dossier: DossierRow): boolean {
  return user.role === 'aandachtsfunctionaris' && user.organisationId === dossier.organisation_id;
}

/**
 * The dossier if the user may see it (or, with `write`, is a member and may write in it);
 * otherwise a 404 or a refusal that names the child for the audit log.
 */
export async function dossierFor(db: Kysely<DB>, user: AuthUser, dossierId: string, opts: { write?: boolean } = {}): Promise<{ dossier: DossierRow; member: boolean }> {
  const dossier = await db.selectFrom('dossiers').selectAll().where('id', '=', dossierId).executeTakeFirst();
  if (!dossier) throw notFound('Dit dossier bestaat niet.');
  const member = !!(await db.selectFrom('dossier_members').select('user_id')
    .where('dossier_id', '=', dossierId).where('user_id', '=', user.id).executeTakeFirst());
  if (!member && !mayJoinAsAttentionOfficer(user, dossier)) {
    throw forbidden('U bent niet betrokken bij dit dossier.').about({ recordType: 'dossier', recordId: dossierId, personId: dossier.person_id });
  }
  if (opts.write && !member) {
    throw forbidden('Sluit eerst aan bij het dossier om erin te schrijven.', 'not-a-member').about({ recordType: 'dossier', recordId: dossierId, personId: dossier.person_id });
  }
  return { dossier, member };
}

/** Need-to-know rule for persons: a member of a dossier about them, or the organisation's aandachtsfunctionaris. */
export async function userSeesPersonThroughDossier(db: Kysely<DB>, user: AuthUser, personId: string): Promise<boolean> {
  const row = await db.selectFrom('dossiers as d')
    .leftJoin('dossier_members as m', (j) => j.onRef('m.dossier_id', '=', 'd.id').on('m.user_id', '=', user.id))
    .select('d.id')
    .where('d.person_id', '=', personId)
    .where((eb) => eb.or([
      eb('m.user_id', 'is not', null),
      ...(user.role === 'aandachtsfunctionaris' ? [eb('d.organisation_id', '=', user.organisationId)] : []),
    ]))
    .limit(1)
    .executeTakeFirst();
  return !!row;
}
