// The choices a stap 0 screening offers. Shared by the server's schemas and the web's form: no
// server imports.
export const ANSWERS = ['aanwezig', 'niet_aanwezig', 'onbekend'] as const;
export type Answer = (typeof ANSWERS)[number];

export const JUDGEMENTS = ['geen_zorg', 'zorg', 'ernstige_zorg', 'vermoeden_kindermishandeling'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

/** 'sociale_kaart' is reserved for the social map lookup, which a later issue adds. */
export const NEXT_ACTIONS = ['geen_actie', 'bespreken_met_ouders', 'zorg_delen', 'hulp_aanbieden', 'meldcode_starten'] as const;
export type NextAction = (typeof NEXT_ACTIONS)[number];
