// Need-to-know for persons. Each module that gives a professional a reason to see a person
// (a signal, a match, later a dossier or a case) contributes a rule; a person is visible to a
// user only if some rule says yes. Decided on the server for every request.
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.ts';
import type { AuthUser } from './http/context.ts';

export type PersonAccessRule = (db: Kysely<DB>, user: AuthUser, personId: string) => Promise<boolean>;

export class PersonAccess {
  private readonly rules: PersonAccessRule[] = [];

  add(rule: PersonAccessRule): void {
    this.rules.push(rule);
  }

  async canSee(db: Kysely<DB>, user: AuthUser, personId: string): Promise<boolean> {
    for (const rule of this.rules) if (await rule(db, user, personId)) return true;
    return false;
  }
}
