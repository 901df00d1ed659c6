// The Verwijsindex rules in one place (Jeugdwet art. 7.1.4.x as described in
// shared/domain/practice-and-peers.md §2; seed 004 ch. 5 for the family match).
export const MAX_AGE_YEARS = 23; // youths 0 up to 23
export const ACTIVE_YEARS = 2; // a signal is active for at most 2 years
export const ARCHIVE_YEARS = 5; // inactive signals stay visible for 5 more years, then destroyed

/**
 * Relations that make two youths "share a parent" for the family match. The legal family match
 * uses parents registered in the BRP; step, foster and guardian relations are recorded for the
 * professionals' picture but do not by themselves join step-siblings into a match.
 */
export const MATCHING_PARENT_KINDS = ['juridisch', 'biologisch'] as const;

/** Field names that would carry content; a signal never holds a reason or any content. */
export const CONTENT_FIELDS = [
  'reden', 'reason', 'toelichting', 'opmerking', 'opmerkingen', 'notitie', 'notities', 'note', 'notes', 'inhoud',
  'content', 'zorg', 'zorgen', 'omschrijving', 'description', 'problematiek', 'aanleiding', 'memo', 'comment',
];
