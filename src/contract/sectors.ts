// Sectors of the chain around a child (seed 002 §4, seed 004; issue #3), and the sectors that may
// use a part of it. Shared by server and web: no server imports.
export const SECTORS = [
  'verloskunde', 'kraamzorg', 'jgz', 'cjg_wijkteam', 'huisarts', 'kinderopvang', 'peuterspeelzaal_vve',
  'primair_onderwijs', 'voortgezet_onderwijs', 'mbo', 'amw', 'ggz', 'verslavingszorg', 'schuldhulpverlening',
  'mee', 'politie', 'veilig_thuis', 'raad_kinderbescherming', 'jeugdbescherming', 'jeugdhulp', 'reclassering',
  'coa', 'gemeente',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Sectors whose professionals see adults and do the kindcheck. */
export const ADULT_CARE_SECTORS: readonly string[] = ['ggz', 'verslavingszorg', 'schuldhulpverlening', 'huisarts', 'amw', 'reclassering'] satisfies Sector[];

/** Sectors a warm handover to school starts from, and the sector that receives it. */
export const HANDOVER_SENDERS: readonly string[] = ['peuterspeelzaal_vve', 'kinderopvang', 'jgz'] satisfies Sector[];
export const HANDOVER_RECEIVERS: readonly string[] = ['primair_onderwijs'] satisfies Sector[];
