// Read model of one dossier: the child, the family as the persons register knows it, who is
// involved, and the timeline (who wrote what and when).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { fullName, personView } from '../persons/service.ts';
import type { DossierRow } from './service.ts';

export async function dossierDetail(db: Kysely<DB>, dossier: DossierRow) {
  const child = await db.selectFrom('persons').selectAll().where('id', '=', dossier.person_id).executeTakeFirstOrThrow();
  const organisation = await db.selectFrom('organisations').select('name').where('id', '=', dossier.organisation_id).executeTakeFirstOrThrow();
  const relative = (r: { id: string; given_names: string; tussenvoegsel: string | null; family_name: string; date_of_birth: string; kind: string }) =>
    ({ id: r.id, name: fullName(r), dateOfBirth: r.date_of_birth, relation: r.kind });
  const parents = await db.selectFrom('parent_child as pc').innerJoin('persons as p', 'p.id', 'pc.parent_id')
    .select(['p.id', 'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'p.date_of_birth', 'pc.kind'])
    .where('pc.child_id', '=', child.id).orderBy('p.date_of_birth').execute();
  const siblings = parents.length === 0 ? [] : await db.selectFrom('parent_child as pc').innerJoin('persons as p', 'p.id', 'pc.child_id')
    .select(['p.id', 'p.given_names', 'p.tussenvoegsel', 'p.family_name', 'p.date_of_birth', 'pc.kind'])
    .where('pc.parent_id', 'in', parents.map((p) => p.id)).where('pc.child_id', '<>', child.id)
    .distinctOn('p.id').orderBy('p.id').execute();
  const members = await db.selectFrom('dossier_members as m').innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name', 'm.role', 'm.added_at']).where('m.dossier_id', '=', dossier.id).orderBy('m.added_at').execute();
  const entries = await db.selectFrom('dossier_entries as e').innerJoin('users as u', 'u.id', 'e.author_id')
    .select(['e.id', 'e.at', 'e.kind', 'e.summary', 'e.record_type', 'e.record_id', 'e.body', 'u.display_name'])
    .where('e.dossier_id', '=', dossier.id).orderBy('e.seq').execute();
  return {
    id: dossier.id,
    status: dossier.status,
    createdAt: new Date(dossier.created_at).toISOString(),
    organisation: organisation.name,
    child: personView(child),
    family: {
      parents: parents.map(relative),
      siblings: siblings.map((s) => ({ ...relative(s), relation: 'broer/zus' })),
    },
    members: members.map((m) => ({ userId: m.id, name: m.display_name, role: m.role })),
    timeline: entries.map((e) => ({
      id: e.id, at: new Date(e.at).toISOString(), author: e.display_name, kind: e.kind, summary: e.summary,
      recordType: e.record_type, recordId: e.record_id, body: e.body,
    })),
  };
}

export type DossierDetail = Awaited<ReturnType<typeof dossierDetail>>;

/** Everyone whose personal data a dossier view shows, for the audit log. */
export const personsShown = (d: DossierDetail) => [d.child.id, ...d.family.parents.map((p) => p.id), ...d.family.siblings.map((s) => s.id)];
