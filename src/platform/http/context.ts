// What every request handler may reach: the application context and the signed-in user.
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import type { Config } from '../config.ts';
import type { Clock } from '../dates.ts';
import type { Actor, AuditChain } from '../audit/audit.ts';
import type { Role } from '../auth/roles.ts';
import { Problem, forbidden } from './problem.ts';
import type { Notifier } from '../notifications/notifier.ts';
import type { PersonAccess } from '../access.ts';

export interface AppContext {
  db: Database;
  config: Config;
  clock: Clock;
  notifier: Notifier;
  personAccess: PersonAccess;
  /** HMAC key and anchor file of the audit chain: kept outside the database. */
  auditChain: AuditChain;
}

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  role: Role;
  organisationId: string;
  organisationName: string;
  sector: string;
  municipalityCode: string;
  regionId: number;
  totpEnabled: boolean;
  /** The Verwijsindex is switched on for the user's municipality. */
  verwijsindexEnabled: boolean;
}

export interface Auth {
  user: AuthUser;
  sessionId: string;
  csrfToken: string;
  totpEnrolmentRequired: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: Auth;
  }
  interface FastifyContextConfig {
    /** Route needs no session (login, OpenAPI, health). */
    public?: boolean;
    /** Route stays reachable while two-factor enrolment is still required. */
    allowDuringTotpEnrolment?: boolean;
  }
}

export function actorOf(req: FastifyRequest): Actor {
  const user = req.auth?.user;
  return {
    userId: user?.id ?? null,
    username: user?.username ?? null,
    organisationId: user?.organisationId ?? null,
    role: user?.role ?? null,
    ip: req.ip ?? null,
    userAgent: (req.headers['user-agent'] as string | undefined) ?? null,
  };
}

export function currentUser(req: FastifyRequest): AuthUser {
  if (!req.auth) throw new Problem(401, 'not-authenticated', 'U bent niet ingelogd.');
  return req.auth.user;
}

export function requireRole(req: FastifyRequest, roles: readonly Role[]): AuthUser {
  const user = currentUser(req);
  if (!roles.includes(user.role)) {
    throw forbidden('Uw rol geeft geen toegang tot deze functie.', 'role-forbidden');
  }
  return user;
}
