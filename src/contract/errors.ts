// Every problem `code` the API can answer with (RFC 9457 problem+json), per module. The server's
// Problem type only accepts these, so a new code cannot be thrown without being listed here; the
// web catalogue must have a Dutch (and English) message for each (tests/contract.test.ts).
// No server imports: the web imports this module too.
export const ERROR_CODES_BY_MODULE = {
  platform: [
    'account-locked', 'already-acknowledged', 'body-too-large', 'conflict', 'consent-required',
    'csrf-token-invalid', 'date-in-future', 'dossier-closed', 'forbidden', 'internal-error',
    'invalid-characters', 'invalid-credentials', 'invalid-json', 'module-disabled', 'municipality-unknown',
    'not-a-child', 'not-authenticated', 'not-found', 'not-the-recipient', 'organisation-unknown',
    'password-incorrect', 'password-too-short', 'password-unchanged', 'person-deceased', 'person-unknown',
    'recovery-code-invalid', 'role-forbidden', 'session-expired', 'too-many-requests', 'totp-already-enabled',
    'totp-enrolment-required', 'totp-invalid', 'totp-not-enrolled', 'totp-required', 'unknown-fields',
    'unsupported-media-type', 'validation-failed',
    // HTTP layer: router and parser errors, database values, availability
    'bad-request', 'database-unavailable', 'invalid-url', 'invalid-value', 'number-out-of-range',
    'request-head-too-large', 'request-timeout', 'uri-too-long',
    // passwords (NIST 800-63B) and rate limits
    'password-common', 'password-context', 'password-predictable', 'search-limit-reached',
    // disclosure control of aggregates (decision 0009)
    'disclosure-differencing', 'disclosure-period',
    // the admin API of the CLI commands (never shown in the web)
    'admin-api-browser-refused', 'admin-token-invalid',
  ],
  betrokkenheid: [
    'relationship-explanation-required', 'relationship-required',
  ],
  kindcheck: [
    'child-not-of-client', 'children-required', 'children-unexpected', 'client-not-adult',
    'sector-not-adult-care',
  ],
  meldcode: [
    'agreements-required', 'already-received', 'decision-incomplete', 'decision-inconsistent',
    'dossier-required', 'follow-up-in-past', 'monitoring-required', 'no-veilig-thuis', 'step-missing',
    'traject-closed', 'traject-not-paused', 'traject-paused', 'traject-running',
  ],
  opvolging: [
    'assignee-not-member', 'due-date-in-past', 'task-not-open',
  ],
  organisations: [
    'municipality-exists', 'region-exists', 'region-unknown', 'self-lockout', 'username-taken',
  ],
  overdracht: [
    'parents-not-informed', 'recipient-not-primary-school', 'sector-not-allowed',
  ],
  persons: [
    'import-invalid', 'person-exists', 'person-invalid', 'relation-parent-younger', 'relation-self',
  ],
  stap0: [
    'child-too-young', 'factor-twice', 'factor-unknown', 'meldcode-required', 'next-action-required',
    'screening-incomplete', 'source-required',
  ],
  veiligthuis: [
    'acute-already-handled', 'alarm-explanation-required', 'already-approved', 'already-involved',
    'already-recorded', 'anonymity-only-for-reports', 'anonymous-report-not-allowed',
    'anonymous-with-identity', 'approval-requires-teamleider', 'assign-requires-teamleider',
    'assignee-not-in-team', 'channel-required', 'child-required', 'date-in-past',
    'decision-details-not-applicable', 'decision-details-required', 'decision-exclusive',
    'feedback-already-sent', 'feedback-contains-protected-identity', 'feedback-no-reporter',
    'feedback-not-wanted', 'feedback-too-early', 'four-eyes', 'handover-not-applicable', 'handover-required',
    'handover-to-self', 'keep-reason-not-applicable', 'keep-reason-required', 'monitoring-not-safe',
    'monitoring-open', 'no-open-investigation', 'not-a-child-in-case', 'not-acute', 'not-an-advice',
    'not-involved', 'not-the-receiver', 'period-invalid', 'proposal-gone', 'receiver-not-in-organisation',
    'reporter-required', 'research-question-order', 'research-questions-open', 'risk-scenario-needs-plan',
    'safety-conditions-required', 'too-many-questions', 'unknown-alarm-signal', 'unknown-item',
    'unknown-step', 'wrong-status',
  ],
  verwijsindex: [
    'contact-missing', 'date-before-birth', 'date-before-match', 'date-before-start', 'person-not-born',
    'person-too-old', 'regievoerder-not-in-match', 'signal-content-forbidden', 'signal-duplicate',
    'signal-not-active', 'start-date-expired',
  ],
  zorgdelen: [
    'organisation-no-casework', 'recipient-not-casework',
    'conflict-answers-required', 'consent-date-in-future', 'legal-basis-required',
    'recipient-not-in-organisation', 'share-within-organisation',
  ],
  zorgdossier: [
    'already-member', 'colleague-not-eligible', 'dossier-exists', 'not-a-member',
  ],
} as const;

export type ErrorCode = (typeof ERROR_CODES_BY_MODULE)[keyof typeof ERROR_CODES_BY_MODULE][number];

export const ERROR_CODES: readonly ErrorCode[] = Object.values(ERROR_CODES_BY_MODULE).flat();

/** The `errors` of an `import-invalid` problem: what is wrong, line by line. */
export interface ImportLineError {
  /** CSV: the line number in the file; JSON: the list and 1-based position, e.g. "personen[3]". */
  line: number | string;
  field?: string;
  message: string;
}
