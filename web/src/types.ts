// Shapes of the API answers the UI uses, taken from the generated contract (shared/api/types.ts).
import type { ApiResponse, ItemOf } from './shared/api/types.ts';

export type { Role } from '../../src/contract/roles.ts';

export type SessionView = ApiResponse<'/api/v1/sessions/current', 'get'>;
export type SessionUser = SessionView['user'];

export type Signal = ItemOf<ApiResponse<'/api/v1/signalen', 'get'>>;
export type Youth = Signal['youth'];

export type Match = ApiResponse<'/api/v1/matches/{id}', 'get'>;
export type MatchType = Match['type'];
export type MatchMember = Match['members'][number];
export type Contact = MatchMember['professional'];
export type MatchChange = ApiResponse<'/api/v1/signalen', 'post'>['matches'][number];

export type Notification = ItemOf<ApiResponse<'/api/v1/berichten', 'get'>>;
export type Region = ItemOf<ApiResponse<'/api/v1/regios', 'get'>>;
export type Municipality = ItemOf<ApiResponse<'/api/v1/gemeenten', 'get'>>;
export type Organisation = ItemOf<ApiResponse<'/api/v1/organisaties', 'get'>>;
export type AdminUser = ItemOf<ApiResponse<'/api/v1/gebruikers', 'get'>>;
export type AuditEntry = ItemOf<ApiResponse<'/api/v1/audit-entries/_zoek', 'post'>>;
export type AuditVerification = ApiResponse<'/api/v1/audit-verifications', 'post'>;
export type Statistics = ApiResponse<'/api/v1/verwijsindex/statistieken', 'get'>;
export type ImportResult = ApiResponse<'/api/v1/brp-imports', 'post'>;

export type DossierSummary = ItemOf<ApiResponse<'/api/v1/dossiers', 'get'>>;
export type Dossier = ApiResponse<'/api/v1/dossiers/{id}', 'get'>;
export type Relative = Dossier['family']['parents'][number];
export type DossierMember = Dossier['members'][number];
export type TimelineEntry = Dossier['timeline'][number];

export type FactorGroup = ApiResponse<'/api/v1/stap0/factoren', 'get'>['groups'][number];
export type FactorKind = FactorGroup['kind'];
export type Factor = FactorGroup['factors'][number] & { /** Optional short Dutch clarification (not sent by the API). */ hint?: string };

export { ANSWERS, JUDGEMENTS, NEXT_ACTIONS, type Answer, type Judgement, type NextAction } from '../../src/contract/stap0.ts';

export type Screening = ApiResponse<'/api/v1/dossiers/{id}/screenings', 'post'>;
export type ScreeningAnswer = Screening['answers'][number];
export type BalanceSide = Screening['balance']['draaglast'][number];
