// Shapes of the API answers the UI uses (see the zod schemas in src/**/routes.ts).

export type Role =
  | 'professional'
  | 'aandachtsfunctionaris'
  | 'veilig_thuis_medewerker'
  | 'teamleider'
  | 'regiocoordinator'
  | 'functioneel_beheerder';

export const ROLES: Role[] = ['professional', 'aandachtsfunctionaris', 'veilig_thuis_medewerker', 'teamleider', 'regiocoordinator', 'functioneel_beheerder'];
export const CASEWORK_ROLES: Role[] = ['professional', 'aandachtsfunctionaris', 'veilig_thuis_medewerker', 'teamleider'];

export const SECTORS = [
  'verloskunde', 'kraamzorg', 'jgz', 'cjg_wijkteam', 'huisarts', 'kinderopvang', 'peuterspeelzaal_vve',
  'primair_onderwijs', 'voortgezet_onderwijs', 'mbo', 'amw', 'ggz', 'verslavingszorg', 'schuldhulpverlening',
  'mee', 'politie', 'veilig_thuis', 'raad_kinderbescherming', 'jeugdbescherming', 'jeugdhulp', 'reclassering',
  'coa', 'gemeente',
] as const;

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
