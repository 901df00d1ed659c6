// Shapes of the API answers the UI uses (see the zod schemas in src/**/routes.ts).

export type { Role } from '../../src/contract/roles.ts';
import type { Role } from '../../src/contract/roles.ts';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  role: Role;
  organisationId: string;
  organisationName: string;
  sector: string;
  totpEnabled: boolean;
}

export interface SessionView {
  user: SessionUser;
  csrfToken: string;
  totpEnrolmentRequired: boolean;
}

export interface Youth {
  id: string;
  bsn: string;
  name: string;
  dateOfBirth: string;
}

export interface Signal {
  id: string;
  youth: Youth;
  startDate: string;
  informedOn: string;
  status: 'actief' | 'inactief';
  endDate: string | null;
  endReason: 'afgesloten' | 'verlopen' | null;
  contactPhone: string;
  contactEmail: string;
  matchCount: number;
}

export type MatchType = 'kind' | 'gezin';

export interface MatchChange {
  matchId: string;
  type: MatchType;
  created: boolean;
}

export interface Contact {
  name: string;
  phone: string;
  email: string;
}

export interface MatchMember {
  signalId: string;
  userId: string;
  mine: boolean;
  youth: Youth;
  organisation: string;
  sector: string;
  professional: Contact;
  status: 'actief' | 'inactief';
  startDate: string;
  endDate: string | null;
  afgestemdOp: string | null;
}

export interface Match {
  id: string;
  type: MatchType;
  createdAt: string;
  regievoerder: { userId: string; name: string; organisation: string; since: string | null } | null;
  members: MatchMember[];
  historicalSignals: {
    signalId: string;
    youthId: string;
    organisation: string;
    professional: Contact;
    startDate: string;
    endDate: string | null;
  }[];
}

export interface Notification {
  id: string;
  createdAt: string;
  subject: string;
  body: string;
  link: string | null;
  read: boolean;
}

export interface Region {
  id: number;
  name: string;
}

export interface Municipality {
  code: string;
  name: string;
  regionId: number;
  verwijsindexEnabled: boolean;
}

export interface Organisation {
  id: string;
  name: string;
  sector: string;
  municipalityCode: string;
  requiresTotp: boolean;
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  organisationId: string;
  role: Role;
  active: boolean;
  totpEnabled: boolean;
  locked: boolean;
}

export interface AuditEntry {
  seq: number;
  at: string;
  userId: string | null;
  username: string | null;
  organisationId: string | null;
  organisation: string | null;
  role: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  personId: string | null;
  ip: string | null;
  userAgent: string | null;
  outcome: string;
  sealed: boolean;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  unsealed: number;
  firstBadPosition?: number;
  reason?: string;
}

export interface Statistics {
  region: string;
  items: { municipality: string; activeSignals: number | null; childMatches: number | null; familyMatches: number | null }[];
}

export interface ImportResult {
  personsCreated: number;
  personsUpdated: number;
  relationsAdded: number;
}

export interface ImportLineError {
  line: number | string;
  field?: string;
  message: string;
}

export interface DossierSummary {
  id: string;
  status: 'open' | 'gesloten';
  createdAt: string;
  child: { id: string; name: string; dateOfBirth: string };
  lastActivity: string;
  /** The user is a member (the aandachtsfunctionaris also sees the organisation's other dossiers). */
  mine: boolean;
}

export interface Relative {
  id: string;
  name: string;
  dateOfBirth: string;
  /** Parents: juridisch, biologisch, stief, pleeg, voogd; siblings: broer/zus. */
  relation: string;
}

export interface DossierMember {
  userId: string;
  name: string;
  role: 'betrokken' | 'aandachtsfunctionaris';
}

export interface TimelineEntry {
  id: string;
  at: string;
  author: string;
  /** aangemaakt, notitie, betrokkene, screening, … */
  kind: string;
  /** Dutch summary written by the server. */
  summary: string;
  recordType: string | null;
  recordId: string | null;
  body: string | null;
}

export interface Dossier {
  id: string;
  status: 'open' | 'gesloten';
  createdAt: string;
  organisation: string;
  child: {
    id: string;
    bsn: string;
    fullName: string;
    dateOfBirth: string;
    street?: string | null;
    houseNumber?: string | null;
    postcode?: string | null;
    city?: string | null;
  };
  family: { parents: Relative[]; siblings: Relative[] };
  members: DossierMember[];
  /** Oldest first, as the server sends it. */
  timeline: TimelineEntry[];
}

export type FactorKind = 'risico' | 'beschermend';

export interface Factor {
  id: string;
  nl: string;
  en: string;
  /** Seed references, e.g. "seed 004 hfst. 2 (kindfactoren)". */
  ref: string;
  /** Optional short Dutch clarification (not yet sent by the API, see the report). */
  hint?: string;
}

export interface FactorGroup {
  id: string;
  kind: FactorKind;
  nl: string;
  en: string;
  ref: string;
  factors: Factor[];
}

export const ANSWERS = ['aanwezig', 'niet_aanwezig', 'onbekend'] as const;
export type Answer = (typeof ANSWERS)[number];

export const JUDGEMENTS = ['geen_zorg', 'zorg', 'ernstige_zorg', 'vermoeden_kindermishandeling'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

export const NEXT_ACTIONS = ['geen_actie', 'bespreken_met_ouders', 'zorg_delen', 'hulp_aanbieden', 'meldcode_starten'] as const;
export type NextAction = (typeof NEXT_ACTIONS)[number];

export interface ScreeningAnswer {
  factorId: string;
  answer: Answer;
  note?: string;
  source?: string;
}

export interface BalanceSide {
  groupId: string;
  /** Dutch group name. */
  group: string;
  factors: { id: string; label: string; note: string | null; source: string | null }[];
}

export interface Screening {
  id: string;
  dossierId: string;
  createdAt: string;
  author: string;
  judgement: Judgement;
  judgementNote: string | null;
  nextAction: NextAction;
  answers: ScreeningAnswer[];
  balance: { draaglast: BalanceSide[]; draagkracht: BalanceSide[]; unknown: number };
}
