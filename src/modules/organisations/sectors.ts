// Sectors of the chain around a child (seed 002 §4, seed 004; issue #3).
export const SECTORS = [
  'verloskunde', 'kraamzorg', 'jgz', 'cjg_wijkteam', 'huisarts', 'kinderopvang', 'peuterspeelzaal_vve',
  'primair_onderwijs', 'voortgezet_onderwijs', 'mbo', 'amw', 'ggz', 'verslavingszorg', 'schuldhulpverlening',
  'mee', 'politie', 'veilig_thuis', 'raad_kinderbescherming', 'jeugdbescherming', 'jeugdhulp', 'reclassering',
  'coa', 'gemeente',
] as const;
export type Sector = (typeof SECTORS)[number];
