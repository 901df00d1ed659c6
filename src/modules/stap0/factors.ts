// Stap 0: the complete lists of risk factors (risicofactoren, draaglast) and protective factors
// (beschermende factoren, draagkracht) for the screening form, with the seed section of every item.
//
// Grouping: the four risk groups and the parent/child split of protective factors are those of
// seed 004 ("Meldcode: stap 0", 2013) chapter 2 ("Globaal valt de volgende onderverdeling in
// risicofactoren te maken"). Seed 001 (NJi, "Hulp na kindermishandeling") adds the fuller research
// lists: §1.3.1 tabel 1.1 (by level ouder / kind / gezin / omgeving) and its bullet list "Risico-
// factoren bij kinderen", §1.3.2 (protective factors of parents) and §1.4.3 (protective factors of
// children, "Mogelijk beschermende factoren"). Seed 001 §1.3.2 itself has no list for children;
// seed 004 names two protective factors for children, and both are items of the §1.4.3 list, so that
// list is taken as the children's list (it is about protection against the *consequences* of abuse).
//
// Rules for this file (held by factors.test.ts against the seed texts, item for item):
// - every item of every list in SEED_LISTS appears exactly once, as a `sources` entry carrying the
//   seed's own wording verbatim (line breaks and hyphenation joined);
// - where both seeds (or two lists of one seed) name the same factor, it is one item with several
//   sources; every such merge is explained in a comment at the item;
// - `nl` is the wording of the item's first source, lightly normalised (sentence case, no trailing
//   punctuation); for merged items that is the fuller seed 001 list unless noted at the item;
// - `ref` names every source list of the item;
// - nothing is invented: prose that is not one of these lists is not turned into items (see the notes
//   at the end of this file).

export type SeedListId =
  | '004-ouder-gezin'
  | '004-kind'
  | '004-leefomstandigheden'
  | '004-maatschappelijk'
  | '004-opleiding-werkloosheid'
  | '004-beschermend-ouders'
  | '004-beschermend-kinderen'
  | '001-tabel-ouder'
  | '001-tabel-kind'
  | '001-tabel-gezin'
  | '001-tabel-omgeving'
  | '001-risico-kinderen'
  | '001-beschermend-ouders'
  | '001-beschermend-kinderen';

export type FactorGroupId =
  | 'risico-ouder-gezin'
  | 'risico-kind'
  | 'risico-leefomstandigheden'
  | 'risico-maatschappelijk'
  | 'beschermend-ouders'
  | 'beschermend-kinderen';

/** One list in a seed document that the product's factor lists must reproduce item for item. */
export interface SeedList {
  id: SeedListId;
  seed: '001' | '004';
  /** The reference as it appears in a factor's `ref`. */
  ref: string;
  /** What the list is, in the seed's words. */
  nl: string;
  /** The product groups its items may be placed in. */
  groups: readonly FactorGroupId[];
}

/** One seed's own wording of a factor, verbatim, and the list it is an item of. */
export interface FactorSource {
  list: SeedListId;
  wording: string;
}

export interface Factor {
  /** Stable Dutch kebab-case id, unique over all groups (stored in screenings). */
  id: string;
  /** Dutch label: the wording of the first source, lightly normalised. */
  nl: string;
  /** Faithful English gloss. */
  en: string;
  /** Seed references of all sources, e.g. 'seed 004 hfst. 2 (kindfactoren); seed 001 §1.3.1, tabel 1.1 (kind)'. */
  ref: string;
  /** Every seed list this factor is an item of, with that list's wording; the first gives the label. */
  sources: readonly FactorSource[];
  /** Optional short Dutch clarification for the form, taken from the seed's explanatory text. */
  hint?: string;
}

export interface FactorGroup {
  id: FactorGroupId;
  kind: 'risico' | 'beschermend';
  nl: string;
  en: string;
  ref: string;
  factors: readonly Factor[];
}

const list = (id: SeedListId, seed: SeedList['seed'], ref: string, nl: string, groups: FactorGroupId[]): SeedList =>
  ({ id, seed, ref, nl, groups });

export const SEED_LISTS: Readonly<Record<SeedListId, SeedList>> = {
  '004-ouder-gezin': list('004-ouder-gezin', '004', 'seed 004 hfst. 2 (ouder- en gezinsfactoren)',
    'Ouder- en gezinsfactoren, zoals …', ['risico-ouder-gezin']),
  '004-kind': list('004-kind', '004', 'seed 004 hfst. 2 (kindfactoren)',
    'Kindfactoren. Kinderen die extra zorg vragen, zoals … Verder hebben … een groter risico op mishandeling', ['risico-kind']),
  '004-leefomstandigheden': list('004-leefomstandigheden', '004', 'seed 004 hfst. 2 (leefomstandigheden of sociale (gezins)factoren)',
    'Leefomstandigheden of sociale (gezins)-factoren, zoals …', ['risico-leefomstandigheden']),
  '004-maatschappelijk': list('004-maatschappelijk', '004', 'seed 004 hfst. 2 (maatschappelijke, sociaal-economische en culturele factoren)',
    'Maatschappelijke, sociaal-economische en culturele factoren', ['risico-maatschappelijk']),
  // The paragraph right after the fourth group ("Bekend is ook dat …"): two socio-economic risk
  // factors with their NPM-2010 figures.
  '004-opleiding-werkloosheid': list('004-opleiding-werkloosheid', '004', 'seed 004 hfst. 2 (laag opgeleide ouders, werkloosheid)',
    'Bekend is ook dat … Werkloosheid van beide ouders vergroot het risico bijna vijf keer', ['risico-maatschappelijk', 'risico-leefomstandigheden']),
  '004-beschermend-ouders': list('004-beschermend-ouders', '004', 'seed 004 hfst. 2 (beschermende factoren bij ouders)',
    'Beschermende factoren … zijn bijvoorbeeld bij ouders …', ['beschermend-ouders']),
  '004-beschermend-kinderen': list('004-beschermend-kinderen', '004', 'seed 004 hfst. 2 (beschermende factoren voor kinderen)',
    'Voor kinderen zijn dit ondermeer …', ['beschermend-kinderen']),
  '001-tabel-ouder': list('001-tabel-ouder', '001', 'seed 001 §1.3.1, tabel 1.1 (ouder)',
    'Tabel 1.1 Veelgenoemde risicofactoren voor kindermishandeling, niveau Ouder', ['risico-ouder-gezin']),
  '001-tabel-kind': list('001-tabel-kind', '001', 'seed 001 §1.3.1, tabel 1.1 (kind)',
    'Tabel 1.1, niveau Kind', ['risico-kind']),
  // Tabel 1.1 "Gezin" holds both family-system factors (seed 004: ouder- en gezinsfactoren) and
  // socio-economic and network factors (seed 004: leefomstandigheden of sociale (gezins)factoren).
  '001-tabel-gezin': list('001-tabel-gezin', '001', 'seed 001 §1.3.1, tabel 1.1 (gezin)',
    'Tabel 1.1, niveau Gezin', ['risico-ouder-gezin', 'risico-leefomstandigheden']),
  // Tabel 1.1 "Omgeving": the neighbourhood (leefomstandigheden) and the socio-cultural context
  // (seed 004: maatschappelijke en culturele factoren).
  '001-tabel-omgeving': list('001-tabel-omgeving', '001', 'seed 001 §1.3.1, tabel 1.1 (omgeving)',
    'Tabel 1.1, niveau Omgeving', ['risico-leefomstandigheden', 'risico-maatschappelijk']),
  '001-risico-kinderen': list('001-risico-kinderen', '001', 'seed 001 §1.3.1 (risicofactoren bij kinderen)',
    'Risicofactoren bij kinderen: … Dit geldt bijvoorbeeld voor kinderen met: …', ['risico-kind']),
  '001-beschermend-ouders': list('001-beschermend-ouders', '001', 'seed 001 §1.3.2',
    'Belangrijke beschermende factoren bij de ouders zijn …', ['beschermend-ouders']),
  '001-beschermend-kinderen': list('001-beschermend-kinderen', '001', 'seed 001 §1.4.3',
    'Mogelijk beschermende factoren zijn … (tegen de gevolgen van kindermishandeling)', ['beschermend-kinderen']),
};

const src = (list: SeedListId, wording: string): FactorSource => ({ list, wording });

function factor(id: string, nl: string, en: string, sources: FactorSource[], hint?: string): Factor {
  const ref = sources.map((s) => SEED_LISTS[s.list].ref).join('; ');
  return hint === undefined ? { id, nl, en, ref, sources } : { id, nl, en, ref, sources, hint };
}

export const FACTOR_GROUPS: readonly FactorGroup[] = [
  {
    id: 'risico-ouder-gezin',
    kind: 'risico',
    nl: 'Ouder- en gezinsfactoren',
    en: 'Parent and family factors',
    ref: 'seed 004 hfst. 2; seed 001 §1.3.1, tabel 1.1 (ouder, gezin)',
    factors: [
      // Merge: seed 004 "verminderde pedagogische vaardigheden" is the same factor; seed 001's
      // wording is the fuller one (knowledge and/or skills).
      factor('ontoereikende-pedagogische-kennis-vaardigheden', 'Ontoereikende pedagogische kennis en/of vaardigheden',
        'Insufficient parenting knowledge and/or skills', [
          src('001-tabel-ouder', 'Ontoereikende pedagogische kennis en/of vaardigheden'),
          src('004-ouder-gezin', 'verminderde pedagogische vaardigheden'),
        ]),
      factor('problemen-ouder-kindinteractie', 'Problemen in de ouder-kindinteractie',
        'Problems in the parent–child interaction', [src('001-tabel-ouder', 'Problemen in de ouder-kindinteractie')]),
      factor('negatieve-houding-kind', 'Negatieve houding t.a.v. kind',
        'Negative attitude towards the child', [src('001-tabel-ouder', 'Negatieve houding t.a.v. kind')]),
      factor('eerder-kind-mishandeld', 'Eerder een kind mishandeld, verwaarloosd of misbruikt',
        'Has previously abused, neglected or sexually abused a child', [src('001-tabel-ouder', 'Eerder een kind mishandeld, verwaarloosd of misbruikt')]),
      factor('minimaliseren-ontkennen-kindermishandeling', 'Minimaliseren/ontkennen aangetoonde kindermishandeling',
        'Minimising/denying substantiated child abuse', [src('001-tabel-ouder', 'Minimaliseren/ontkennen aangetoonde kindermishandeling')]),
      // Merge: seed 001 "Psychiatrische problematiek" is the same factor. Label from seed 004 because
      // it is the broader wording (seed 001's own explanation also covers psychological problems such
      // as depression: "psychische of psychiatrische problematiek").
      factor('psychische-psychiatrische-problemen', 'Psychische of psychiatrische problemen',
        'Psychological or psychiatric problems', [
          src('004-ouder-gezin', 'psychische of psychiatrische problemen'),
          src('001-tabel-ouder', 'Psychiatrische problematiek'),
        ]),
      // Merge: seed 004 "verslaving aan alcohol en drugs" is the same factor; seed 001's wording is
      // the broader one (any addiction).
      factor('verslavingsproblematiek', 'Verslavingsproblematiek',
        'Addiction problems (seed 004: addiction to alcohol and drugs)', [
          src('001-tabel-ouder', 'Verslavingsproblematiek'),
          src('004-ouder-gezin', 'verslaving aan alcohol en drugs'),
        ]),
      // Merge: seed 004 "een laag IQ" (of a parent, in the list of parent and family factors) is
      // taken as the same factor as seed 001 "Verstandelijke beperking": both name a parent's limited
      // intellectual capacity. Label from seed 001.
      factor('verstandelijke-beperking-ouder', 'Verstandelijke beperking',
        'Intellectual disability (of a parent; seed 004: a low IQ)', [
          src('001-tabel-ouder', 'Verstandelijke beperking'),
          src('004-ouder-gezin', 'een laag IQ'),
        ]),
      // Ambiguity in the seed: tabel 1.1 lists this risk factor without a negation. Seed 001's text
      // ("Beschikbaarheid voor het kind") makes clear that the risk is its absence; the label keeps
      // the seed's wording and the hint says so.
      factor('beschikbaarheid-voor-kind', 'Fysieke en emotionele beschikbaarheid voor het kind',
        'Physical and emotional availability for the child (the risk is its absence: a parent who is physically or emotionally not available)', [
          src('001-tabel-ouder', 'Fysieke en emotionele beschikbaarheid voor het kind'),
        ], 'Het risico is het ontbreken hiervan: ouders die fysiek of emotioneel niet beschikbaar zijn voor hun kind (seed 001 §1.3.1, "Beschikbaarheid voor het kind").'),
      // Merge: seed 004 "een jonge leeftijd van de moeder bij de geboorte van het kind" is the same
      // factor; seed 001 gives the age limit (<18) and covers both parents, so its wording is the label.
      factor('jong-ouderschap', 'Op jonge leeftijd (<18 jaar) ouder geworden',
        'Became a parent at a young age (under 18; seed 004: young age of the mother at the birth of the child)', [
          src('001-tabel-ouder', 'Op jonge leeftijd (<18 jaar) ouder geworden'),
          src('004-ouder-gezin', 'een jonge leeftijd van de moeder bij de geboorte van het kind'),
        ]),
      factor('zelf-slachtoffer-kindermishandeling', 'Zelf slachtoffer van kindermishandeling',
        'Was a victim of child abuse themselves', [src('001-tabel-ouder', 'Zelf slachtoffer van kindermishandeling')]),
      factor('eerder-geweld-tegen-personen', 'Eerder geweld gebruikt tegen personen',
        'Has previously used violence against persons', [src('001-tabel-ouder', 'Eerder geweld gebruikt tegen personen')]),
      // Seed 001 tabel 1.1, level Gezin: family composition. (Seed 004 names "stiefkinderen" as a
      // child factor; that is the child's own position and stays a separate item under risico-kind.)
      factor('eenoudergezin-stiefgezin-groot-gezin', 'Eenoudergezin, stiefgezin, groot gezin',
        'Single-parent family, stepfamily, large family (seed 001: three or more children)', [
          src('001-tabel-gezin', 'Eenoudergezin, stiefgezin, groot gezin'),
        ]),
      factor('veel-conflicten', 'Veel conflicten',
        'Many conflicts (in the family)', [src('001-tabel-gezin', 'Veel conflicten')]),
      // Merge: seed 004 "ernstige relatieproblemen/echtscheiding" is taken as the same factor (serious
      // problems in the parents' relationship). Label from seed 001 because it also names domestic
      // violence; seed 004's mention of divorce stays in its source wording.
      factor('problematische-partnerrelatie', 'Problematische partnerrelatie, huiselijk geweld',
        'Problematic partner relationship, domestic violence (seed 004: serious relationship problems/divorce)', [
          src('001-tabel-gezin', 'Problematische partnerrelatie, huiselijk geweld'),
          src('004-ouder-gezin', 'ernstige relatieproblemen/echtscheiding'),
        ]),
      // Seed 004 only. Not merged with seed 001 "Instabiel, ongeregeld leven" (that is about daily
      // structure and routine, see seed 001 §1.3.1 "Risicofactoren in het gezin"); seed 001 mentions
      // unstable and changing partner relationships only in its explanatory text.
      factor('instabiele-wisselende-relaties', 'Instabiele en wisselende relaties',
        'Unstable and changing relationships', [src('004-ouder-gezin', 'instabiele en wisselende relaties')]),
      factor('instabiel-ongeregeld-leven', 'Instabiel, ongeregeld leven',
        'Unstable, disorderly life (no daily structure or routine)', [src('001-tabel-gezin', 'Instabiel, ongeregeld leven')]),
    ],
  },
  {
    id: 'risico-kind',
    kind: 'risico',
    nl: 'Kindfactoren',
    en: 'Child factors',
    ref: 'seed 004 hfst. 2; seed 001 §1.3.1, tabel 1.1 (kind)',
    // Seed 004's "Kinderen die extra zorg vragen" is the heading of its examples, not an item.
    factors: [
      // Merge: seed 004 "jonge kinderen"; seed 001 gives the age limit.
      factor('jong-kind', 'Jong kind (< 5 jaar)',
        'Young child (under 5)', [
          src('001-tabel-kind', 'Jong kind (< 5 jaar)'),
          src('004-kind', 'jonge kinderen'),
        ]),
      // Merge: seed 004 "kinderen die te vroeg geboren zijn" is seed 001's example (prematuur). Label
      // from seed 001 §1.3.1's list (same item as the table, with "bijvoorbeeld" written out).
      factor('belaste-voorgeschiedenis', 'Belaste voorgeschiedenis (bijvoorbeeld prematuur en/of laag geboortegewicht)',
        'Burdened history (e.g. premature birth and/or low birth weight)', [
          src('001-risico-kinderen', 'belaste voorgeschiedenis (bijvoorbeeld prematuur en/of laag geboortegewicht)'),
          src('001-tabel-kind', 'Belaste voorgeschiedenis (bijv. prematuur en/of laag geboortegewicht)'),
          src('004-kind', 'kinderen die te vroeg geboren zijn'),
        ]),
      // Merge: seed 004 "kinderen met een lichamelijke of verstandelijke handicap" is the handicap part
      // of seed 001's item. Seed 004's "kinderen die vaak ziek zijn" is kept apart (frequent illness
      // is not the same as a (serious) illness).
      factor('ziekte-of-handicap', '(Ernstige) ziekte of handicap',
        '(Serious) illness or disability (seed 004: a physical or intellectual disability)', [
          src('001-tabel-kind', '(Ernstige) ziekte of handicap'),
          src('001-risico-kinderen', '(ernstige) ziekte of handicap'),
          src('004-kind', 'kinderen met een lichamelijke of verstandelijke handicap'),
        ]),
      factor('vaak-ziek', 'Kinderen die vaak ziek zijn',
        'Children who are often ill', [src('004-kind', 'kinderen die vaak ziek zijn')]),
      factor('gedrags-ontwikkelingsproblemen', 'Gedrags- en/of ontwikkelingsproblemen',
        'Behavioural and/or developmental problems', [
          src('001-tabel-kind', 'Gedrags- en/of ontwikkelingsproblemen'),
          src('001-risico-kinderen', 'gedrags- en/of ontwikkelingsproblemen'),
        ]),
      // Merge: seed 004 "kinderen met een moeilijk temperament (bijvoorbeeld huilbaby's)".
      factor('moeilijk-temperament', 'Moeilijk temperament',
        "Difficult temperament (seed 004: e.g. babies who cry a lot)", [
          src('001-tabel-kind', 'Moeilijk temperament'),
          src('001-risico-kinderen', 'moeilijk temperament'),
          src('004-kind', "kinderen met een moeilijk temperament (bijvoorbeeld huilbaby's)"),
        ]),
      // Merge: seed 001 "Ongewenst" (the table's one-word item). Label from seed 004, which says
      // the same in full.
      factor('ongewenst-kind', 'Ongewenste kinderen',
        'Unwanted children', [
          src('004-kind', 'ongewenste kinderen'),
          src('001-tabel-kind', 'Ongewenst'),
        ]),
      factor('stiefkind', 'Stiefkinderen',
        'Stepchildren', [src('004-kind', 'stiefkinderen')]),
    ],
  },
  {
    id: 'risico-leefomstandigheden',
    kind: 'risico',
    nl: 'Leefomstandigheden of sociale (gezins)factoren',
    en: 'Living circumstances and social (family) factors',
    ref: 'seed 004 hfst. 2; seed 001 §1.3.1, tabel 1.1 (gezin, omgeving)',
    factors: [
      // Merge: seed 004 "woonachtig in buurten met zwakke sociale verbanden" is seed 001's
      // problematic living environment (seed 001 §1.3.1: "buurten die gekenmerkt worden door sociale
      // desorganisatie, criminaliteit, drugsproblematiek, armoede en achterstand").
      // Ambiguity in seed 004: its list "woonachtig in buurten met zwakke sociale verbanden,
      // criminaliteit, drugsproblematiek, armoede, werkloosheid, …" can be read as neighbourhood
      // features or as separate factors. Nothing is dropped: crime, drug problems and poverty are kept
      // as items of their own (they can concern the neighbourhood or the family).
      factor('problematische-woonomgeving', 'Problematische woonomgeving (bijvoorbeeld criminaliteit, armoede, achterstand)',
        'Problematic neighbourhood (e.g. crime, poverty, deprivation; seed 004: living in neighbourhoods with weak social ties)', [
          src('001-tabel-omgeving', 'Problematische woonomgeving (bijvoorbeeld criminaliteit, armoede, achterstand)'),
          src('004-leefomstandigheden', 'woonachtig in buurten met zwakke sociale verbanden'),
        ], 'Criminaliteit, drugsproblematiek en armoede staan ook als eigen factor in deze lijst (seed 004).'),
      factor('criminaliteit', 'Criminaliteit',
        'Crime (in the neighbourhood or the family; seed 004 does not say which)', [src('004-leefomstandigheden', 'criminaliteit')]),
      factor('drugsproblematiek', 'Drugsproblematiek',
        'Drug problems (in the neighbourhood or the family; seed 004 does not say which)', [src('004-leefomstandigheden', 'drugsproblematiek')]),
      factor('armoede', 'Armoede',
        'Poverty', [src('004-leefomstandigheden', 'armoede')]),
      // Merge: seed 004's later sentence "Werkloosheid van beide ouders vergroot het risico bijna
      // vijf keer" gives the figure for this same factor.
      factor('werkloosheid', 'Werkloosheid',
        'Unemployment (seed 004: unemployment of both parents raises the risk almost five times)', [
          src('004-leefomstandigheden', 'werkloosheid'),
          src('004-opleiding-werkloosheid', 'Werkloosheid van beide ouders'),
        ]),
      // Merge: seed 004 "financiële problemen". Seed 001 names unemployment and poor housing as
      // examples inside this item; seed 004 lists them as factors of their own, so they are separate
      // items here and the hint says so.
      factor('materiele-financiele-problemen', 'Materiële/financiële problemen (werkloosheid, slechte huisvesting)',
        'Material/financial problems (unemployment, poor housing)', [
          src('001-tabel-gezin', 'Materiële/financiële problemen (werkloosheid, slechte huisvesting)'),
          src('004-leefomstandigheden', 'financiële problemen'),
        ], 'Werkloosheid en slechte huisvesting staan ook als eigen factor in deze lijst (seed 004).'),
      factor('slechte-huisvesting', 'Slechte huisvesting',
        'Poor housing', [src('004-leefomstandigheden', 'slechte huisvesting')]),
      // Seed 004 only. Seed 001 describes the lack of practical and emotional support from the
      // social network in its text but lists only "Sociaal isolement/sociaal conflict"; the two are
      // kept apart as seed 004 keeps them apart.
      factor('ontbreken-praktische-emotionele-steun', 'Het ontbreken van praktische en emotionele steun',
        'Lack of practical and emotional support', [src('004-leefomstandigheden', 'het ontbreken van praktische en emotionele steun')]),
      // Merge: seed 004 "sociaal isolement".
      factor('sociaal-isolement', 'Sociaal isolement/sociaal conflict',
        'Social isolation/social conflict', [
          src('001-tabel-gezin', 'Sociaal isolement/sociaal conflict'),
          src('004-leefomstandigheden', 'sociaal isolement'),
        ]),
      // Seed 001 tabel 1.1 level Gezin; placed with the living circumstances (e.g. the sudden death
      // of a family member, seed 001 §1.3.1).
      factor('ingrijpende-levensgebeurtenissen', 'Ingrijpende levensgebeurtenissen',
        'Major life events', [src('001-tabel-gezin', 'Ingrijpende levensgebeurtenissen')]),
    ],
  },
  {
    id: 'risico-maatschappelijk',
    kind: 'risico',
    nl: 'Maatschappelijke, sociaal-economische en culturele factoren',
    en: 'Societal, socio-economic and cultural factors',
    ref: 'seed 004 hfst. 2; seed 001 §1.3.1, tabel 1.1 (omgeving)',
    factors: [
      // Merge: seed 004's sentence "Op basis van etnisch-culturele, religieuze of sociale
      // achtergronden kunnen opvattingen over wat acceptabel opvoedingsgedrag is verschillen" (its
      // next sentence, on light physical punishment, is an example of it, not another factor) is
      // seed 001's "Sociaal-culturele context".
      factor('sociaal-culturele-context', 'Sociaal-culturele context (bijvoorbeeld acceptatie van geweld)',
        'Socio-cultural context (e.g. acceptance of violence; seed 004: views on acceptable parenting differ by ethnic-cultural, religious or social background)', [
          src('001-tabel-omgeving', 'Sociaal-culturele context (bijvoorbeeld acceptatie van geweld)'),
          src('004-maatschappelijk', 'opvattingen over wat acceptabel opvoedingsgedrag is'),
        ]),
      // Seed 004 only as a list item ("kinderen in gezinnen met laag opgeleide ouders ruim acht keer
      // vaker worden mishandeld"); placed here as a socio-economic factor.
      factor('laag-opgeleide-ouders', 'Laag opgeleide ouders',
        'Parents with a low level of education (seed 004: children of such parents are abused more than eight times as often)', [
          src('004-opleiding-werkloosheid', 'laag opgeleide ouders'),
        ]),
    ],
  },
  {
    id: 'beschermend-ouders',
    kind: 'beschermend',
    nl: 'Beschermende factoren bij ouders',
    en: 'Protective factors in parents',
    ref: 'seed 004 hfst. 2; seed 001 §1.3.2',
    factors: [
      factor('gevoel-van-competentie', 'Gevoel van competentie, draagkracht',
        'Sense of competence, coping capacity', [src('001-beschermend-ouders', 'gevoel van competentie, draagkracht')]),
      // Merge: seed 004 "het hebben van een positief zelfbeeld".
      factor('positief-zelfbeeld', 'Positief zelfbeeld',
        'Positive self-image', [
          src('001-beschermend-ouders', 'positief zelfbeeld'),
          src('004-beschermend-ouders', 'het hebben van een positief zelfbeeld'),
        ]),
      factor('emotionele-beschikbaarheid', 'Emotionele beschikbaarheid',
        'Emotional availability', [src('001-beschermend-ouders', 'emotionele beschikbaarheid')]),
      factor('flexibiliteit', 'Flexibiliteit',
        'Flexibility', [src('001-beschermend-ouders', 'flexibiliteit')]),
      factor('intelligentie', 'Intelligentie',
        'Intelligence', [src('001-beschermend-ouders', 'intelligentie')]),
      factor('stabiele-persoonlijkheid', 'Stabiele persoonlijkheid',
        'Stable personality', [src('001-beschermend-ouders', 'stabiele persoonlijkheid')]),
      factor('eigen-jeugdervaringen-hanteren', 'Kan eigen jeugdervaringen hanteren',
        'Can deal with own childhood experiences', [src('001-beschermend-ouders', 'kan eigen jeugdervaringen hanteren')]),
      // Seed 004 only; kept apart from "Kan eigen jeugdervaringen hanteren" (being aware of one's
      // childhood experiences is not the same as being able to deal with them). Possible merge left
      // open: seed 001 §1.3.2's text names "bewust zijn van de eigen jeugdervaringen en de invloed
      // daarvan op het eigen handelen als opvoeder" before its list, which then says "kan eigen
      // jeugdervaringen hanteren".
      factor('bewustzijn-eigen-jeugdervaringen', 'Het bewustzijn van eigen jeugdervaringen',
        'Awareness of own childhood experiences', [src('004-beschermend-ouders', 'het bewustzijn van eigen jeugdervaringen')]),
      factor('positieve-jeugdervaringen', 'Positieve jeugdervaringen',
        'Positive childhood experiences', [src('001-beschermend-ouders', 'positieve jeugdervaringen')]),
      factor('ondersteunende-partner', 'Ondersteunende partner',
        'Supportive partner', [src('001-beschermend-ouders', 'ondersteunende partner')]),
      // Merge: seed 004 "het hebben van een positief sociaal netwerk".
      factor('steun-sociaal-netwerk', 'Praktische en emotionele steun vanuit het sociale (informele) netwerk',
        'Practical and emotional support from the social (informal) network (seed 004: a positive social network)', [
          src('001-beschermend-ouders', 'praktische en emotionele steun vanuit het sociale (informele) netwerk'),
          src('004-beschermend-ouders', 'het hebben van een positief sociaal netwerk'),
        ]),
      factor('steun-formeel-netwerk', 'Steun uit het formele netwerk',
        'Support from the formal network (professionals and services)', [src('001-beschermend-ouders', 'steun uit het formele netwerk')]),
      factor('steun-kunnen-vragen', 'Steun kunnen vragen en daarvan profiteren',
        'Able to ask for support and benefit from it', [src('001-beschermend-ouders', 'steun kunnen vragen en daarvan profiteren')]),
      factor('bereid-te-veranderen', 'Bereid en in staat zijn om te veranderen',
        'Willing and able to change', [src('001-beschermend-ouders', 'bereid en in staat zijn om te veranderen')]),
    ],
  },
  {
    id: 'beschermend-kinderen',
    kind: 'beschermend',
    nl: 'Beschermende factoren bij kinderen',
    en: 'Protective factors in children',
    ref: 'seed 004 hfst. 2; seed 001 §1.4.3',
    factors: [
      factor('zelfwaardering', 'Zelfwaardering',
        'Self-esteem', [src('001-beschermend-kinderen', 'zelfwaardering')]),
      factor('egoveerkracht', 'Egoveerkracht (stressresistentie)',
        'Ego-resilience (stress resistance)', [src('001-beschermend-kinderen', 'egoveerkracht (stressresistentie)')]),
      // Merge: seed 004 "een bovengemiddeld IQ".
      factor('bovengemiddelde-intelligentie', 'Bovengemiddelde intelligentie',
        'Above-average intelligence (seed 004: an above-average IQ)', [
          src('001-beschermend-kinderen', 'bovengemiddelde intelligentie'),
          src('004-beschermend-kinderen', 'een bovengemiddeld IQ'),
        ]),
      factor('aantrekkelijk-uiterlijk', 'Aantrekkelijk uiterlijk',
        'Attractive appearance', [src('001-beschermend-kinderen', 'aantrekkelijk uiterlijk')]),
      factor('makkelijk-temperament', 'Makkelijk temperament',
        'Easy temperament', [src('001-beschermend-kinderen', 'makkelijk temperament')]),
      // Merge: seed 004 "het hebben van goede sociale vaardigheden".
      factor('sociale-competentie', 'Goede interpersoonlijke vaardigheden (sociale competentie)',
        'Good interpersonal skills (social competence; seed 004: good social skills)', [
          src('001-beschermend-kinderen', 'goede interpersoonlijke vaardigheden (sociale competentie)'),
          src('004-beschermend-kinderen', 'het hebben van goede sociale vaardigheden'),
        ]),
      factor('steun-belangrijke-volwassene', 'Steun van een voor het kind belangrijke volwassene',
        'Support from an adult who is important to the child', [src('001-beschermend-kinderen', 'steun van een voor het kind belangrijke volwassene')]),
      // Ambiguity in the seed: this item of seed 001 §1.4.3 repeats the parents' "bereid en in staat
      // zijn om te veranderen" and may have been copied from that list. It is kept as a child factor,
      // as the seed lists it, and not merged across parent and child.
      factor('kind-bereid-te-veranderen', 'Bereidheid en vermogen om te veranderen',
        'Willingness and ability to change (of the child, as seed 001 §1.4.3 lists it)', [
          src('001-beschermend-kinderen', 'bereidheid en vermogen om te veranderen'),
        ]),
    ],
  },
];

// Not turned into items (prose, not lists of the sections named in the issue):
// - seed 001 §1.3.1 "Risicofactoren voor seksueel misbruik" (communication problems, girls living
//   with a stepfather, growing up with one biological parent, a mother who is absent, …) and the
//   figures in "Risicofactoren in het gezin" (very low-educated parents, both parents unemployed,
//   families from countries with many refugees);
// - seed 001 §1.3.2's introductory text (harmonious relationship with a supportive partner, awareness
//   of one's childhood experiences, support from the social network "zowel voor ouders, als voor
//   kinderen", positive self-image, flexibility, intelligence): all but the awareness item are list
//   items already, and that one is seed 004's item above;
// - seed 001 §1.4 "de belangrijkste factoren die het effect bepalen" (severity, age at onset,
//   duration, …): they describe the impact of abuse, not risk or protection before it.

/** All factors of all groups, in form order. */
export const ALL_FACTORS: readonly Factor[] = FACTOR_GROUPS.flatMap((g) => g.factors);
