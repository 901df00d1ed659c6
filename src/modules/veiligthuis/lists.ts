// Veilig Thuis investigation forms: the reference lists of seed 001 (NJi, "Hulp na kinder-
// mishandeling") chapter 3, "Onderzoeken wat er aan de hand is", for the research questions, the
// alarm-signal checklist, the Framework assessment, tables 3.1–3.3, the parent factors and the
// risk-assessment instruments.
//
// Source: the English extraction of seed 001, part B, in the shared folder beside the repository:
// ../shared/domain/seed-001-part-b-investigation-safety-risk-conversations.md (§3.1.1, §3.1.2,
// §3.2.1, §3.2.2 tabel 3.1, §3.2.3 tabel 3.2, §3.3.1, §3.3.2 tabel 3.3 and the §3.4 cross-reference
// of risk instruments).
//
// Rules for this file (held by lists.test.ts against the extraction, item for item):
// - every list holds exactly the items of its source list, in the source's order; nothing is added,
//   merged or de-duplicated (tabel 3.1 has "Heeft irreële verwachtingen van het kind" under both
//   Stimuleren and Regels en grenzen, tabel 3.2 has "Gedraagt zich niet naar zijn leeftijd" under
//   both Emotionele ontwikkeling en gedrag and Sociale presentatie — kept, as the source notes ask);
// - `nl` is the extraction's italic Dutch wording verbatim (without the asterisks); `en` is the
//   English gloss after the em dash, with the markdown emphasis markers (* and **) removed;
// - dimension names are those of the list itself (tabel 3.3 says "Sociale integratie" where the
//   Framework says "Sociale integratie gezin"; tabel 3.2 glosses Zelfredzaamheid as "Self-reliance");
// - ids are stable and stored with answers: never renumber or reuse one. Schemes:
//     research questions  RQ1..RQ6
//     alarm signals       group A..D, item A1..D5
//     Framework           side fw-1..fw-3, dimension fw-<side>-<dim>, item fw-<side>-<dim>-<n>
//     tabel 3.1/3.2/3.3   dimension t31-<dim> (t32-, t33-), zorgpunt t31-<dim>-z<n>,
//                         positief punt / bron van steun t31-<dim>-p<n>
//     parent factors      of-n1..of-n6 (negative), of-p1..of-p7 (positive)
//     risk instruments    cfra, care-nl, delta-veiligheidslijst, lirik
// - `ref` always starts with 'seed 001 §'.
//
// The lists below are plain literal data; ASSESSMENT_SECTIONS at the end only flattens them for
// validating answers per item id.

/** One item of a seed list. */
export interface ListItem {
  /** Stable id (see the schemes above); stored with answers. */
  id: string;
  /** The seed's Dutch wording, verbatim. */
  nl: string;
  /** The extraction's English gloss. */
  en: string;
  /** Where in seed 001 the item is, e.g. 'seed 001 §3.2.1 A.1'. */
  ref: string;
}

// ---------------------------------------------------------------------------------------------
// §3.1.1 The six general research questions ("moet … altijd beantwoord worden"), in order.

export type ResearchQuestionId = 'RQ1' | 'RQ2' | 'RQ3' | 'RQ4' | 'RQ5' | 'RQ6';

export interface ResearchQuestion extends ListItem {
  id: ResearchQuestionId;
  /** The section of seed 001 that answers the question (the most specific row of the §3.1.1 table). */
  answeredIn: '§3.2.1' | '§3.2.2' | '§3.2.3' | '§3.3' | '§3.4';
}

export const RESEARCH_QUESTIONS: readonly ResearchQuestion[] = [
  { id: 'RQ1', nl: 'Is er sprake van direct gevaar voor het kind?', en: 'Is the child in immediate danger?', answeredIn: '§3.2.1', ref: 'seed 001 §3.1.1 RQ1' },
  { id: 'RQ2', nl: 'Is er sprake van bedreigend handelen of nalaten van de ouder(s)?', en: 'Is there threatening action or omission (neglect) by the parent(s)?', answeredIn: '§3.2.2', ref: 'seed 001 §3.1.1 RQ2' },
  { id: 'RQ3', nl: 'Zijn er kindsignalen die wijzen op kindermishandeling?', en: 'Are there signals in the child that point to child abuse?', answeredIn: '§3.2.3', ref: 'seed 001 §3.1.1 RQ3' },
  { id: 'RQ4', nl: 'Welke gevolgen heeft de kindermishandeling voor het kind?', en: 'What consequences does the child abuse have for the child?', answeredIn: '§3.2.3', ref: 'seed 001 §3.1.1 RQ4' },
  { id: 'RQ5', nl: 'Hoe komt het dat deze ouders niet in staat zijn om hun kind veilig op te voeden?', en: 'How is it that these parents are not able to raise their child safely?', answeredIn: '§3.3', ref: 'seed 001 §3.1.1 RQ5' },
  { id: 'RQ6', nl: "Zijn er risico's voor de veiligheid van het kind in de nabije toekomst?", en: "Are there risks to the child's safety in the near future?", answeredIn: '§3.4', ref: 'seed 001 §3.1.1 RQ6' },
];

// ---------------------------------------------------------------------------------------------
// §3.2.1 Alarm signals (alarmsignalen): 19 signals in four groups.

const ALARM_SIGNAL_IDS = [
  'A1', 'A2', 'A3', 'A4', 'A5',
  'B1', 'B2', 'B3', 'B4',
  'C1', 'C2', 'C3', 'C4', 'C5',
  'D1', 'D2', 'D3', 'D4', 'D5',
] as const;

export type AlarmSignalId = (typeof ALARM_SIGNAL_IDS)[number];

/** The 19 alarm-signal ids in source order, for validating input (`ALL_ALARM_SIGNAL_IDS.includes(id)`);
 * typed as plain strings so that unchecked input can be passed; `isAlarmSignalId` narrows. */
export const ALL_ALARM_SIGNAL_IDS: readonly string[] = ALARM_SIGNAL_IDS;

export type AlarmSignalGroupId = 'A' | 'B' | 'C' | 'D';

export interface AlarmSignal extends ListItem {
  id: AlarmSignalId;
}

export interface AlarmSignalGroup {
  id: AlarmSignalGroupId;
  nl: string;
  en: string;
  ref: string;
  items: readonly AlarmSignal[];
}

export const ALARM_SIGNAL_GROUPS: readonly AlarmSignalGroup[] = [
  {
    id: 'A', nl: 'Alarmsignalen vermoedelijke kindermishandeling', en: 'Alarm signals — suspected child abuse', ref: 'seed 001 §3.2.1 A',
    items: [
      { id: 'A1', nl: 'letsel niet veroorzaakt door een ongeval (tenzij ongeval samenhangt met nalatigheid van de ouder)', en: "injury not caused by an accident (unless the accident is linked to the parent's negligence, in which case it also counts)", ref: 'seed 001 §3.2.1 A.1' },
      { id: 'A2', nl: 'ernstig fysiek geweld of buitensporige disciplinering', en: 'serious physical violence or excessive discipline', ref: 'seed 001 §3.2.1 A.2' },
      { id: 'A3', nl: 'duidelijke aanwijzingen voor ernstig seksueel misbruik', en: 'clear indications of serious sexual abuse', ref: 'seed 001 §3.2.1 A.3' },
      { id: 'A4', nl: 'fysieke leefomgeving is ernstig bedreigend voor gezondheid en/of veiligheid kind', en: "the physical living environment seriously threatens the child's health and/or safety", ref: 'seed 001 §3.2.1 A.4' },
      { id: 'A5', nl: 'ernstig huiselijk geweld in het gezin', en: 'serious domestic violence in the family', ref: 'seed 001 §3.2.1 A.5' },
    ],
  },
  {
    id: 'B', nl: 'Alarmsignalen omgang tussen ouder en kind', en: 'Alarm signals — parent–child interaction', ref: 'seed 001 §3.2.1 B',
    items: [
      { id: 'B1', nl: 'ouder komt niet tegemoet aan de fysieke basisbehoeften van het kind, waaronder toezicht, eten, kleding, medische zorg, woonsituatie', en: "parent does not meet the child's basic physical needs, including supervision, food, clothing, medical care, housing", ref: 'seed 001 §3.2.1 B.1' },
      { id: 'B2', nl: 'onvoldoende bescherming tegen acuut en ernstig gevaar of bedreiging door anderen', en: 'insufficient protection against acute and serious danger or threat from others', ref: 'seed 001 §3.2.1 B.2' },
      { id: 'B3', nl: 'ouder weigert derden zicht op of toegang tot kind; vluchtgedrag ouder(s)', en: 'parent refuses third parties sight of or access to the child; the parent(s) avoid contact or flee (vluchtgedrag)', ref: 'seed 001 §3.2.1 B.3' },
      { id: 'B4', nl: 'ouder toont geen enkele betrokkenheid bij het kind en verzorgt het kind als een ding', en: 'parent shows no involvement at all with the child and cares for it as an object', ref: 'seed 001 §3.2.1 B.4' },
    ],
  },
  {
    id: 'C', nl: 'Alarmsignalen bij de ouder', en: 'Alarm signals — in the parent', ref: 'seed 001 §3.2.1 C',
    items: [
      { id: 'C1', nl: 'verklaring ouder over letsel kind is twijfelachtig/inconsistent met type letsel en aard letsel suggereert direct gevaar voor veiligheid kind', en: "the parent's explanation of the child's injury is doubtful or inconsistent with the type of injury, and the nature of the injury suggests direct danger to the child's safety", ref: 'seed 001 §3.2.1 C.1' },
      { id: 'C2', nl: 'ouder was eerder oorzakelijk betrokken bij het overlijden van een kind door kindermishandeling of ernstig gebrek aan toezicht', en: "the parent was previously causally involved in a child's death through child abuse or serious lack of supervision", ref: 'seed 001 §3.2.1 C.2' },
      { id: 'C3', nl: 'ouder dreigt geweld te gebruiken tegen (of wraak te nemen op) kind', en: 'the parent threatens to use violence against (or take revenge on) the child', ref: 'seed 001 §3.2.1 C.3' },
      { id: 'C4', nl: 'ouder niet beschikbaar, onder andere door ernstige verslaving, emotionele instabiliteit of fysieke afwezigheid', en: 'the parent is not available, e.g. through serious addiction, emotional instability or physical absence', ref: 'seed 001 §3.2.1 C.4' },
      { id: 'C5', nl: 'ouder met ernstige verstandelijke beperking', en: 'parent with a serious intellectual disability', ref: 'seed 001 §3.2.1 C.5' },
    ],
  },
  {
    id: 'D', nl: 'Alarmsignalen bij het kind', en: 'Alarm signals — in the child', ref: 'seed 001 §3.2.1 D',
    items: [
      { id: 'D1', nl: 'kind blootgesteld aan toxische stoffen; drugsbaby', en: 'child exposed to toxic substances; "drug baby" (born with prenatal drug exposure)', ref: 'seed 001 §3.2.1 D.1' },
      { id: 'D2', nl: "kind met 'shaken baby'-syndroom", en: 'child with shaken baby syndrome', ref: 'seed 001 §3.2.1 D.2' },
      { id: 'D3', nl: 'verdachte medische symptomen zonder adequate verklaring', en: 'suspicious medical symptoms without an adequate explanation', ref: 'seed 001 §3.2.1 D.3' },
      { id: 'D4', nl: 'broertjes of zusjes waarop een of meer van de alarmsignalen van toepassing zijn (bijvoorbeeld ernstig letsel)', en: 'brothers or sisters to whom one or more alarm signals apply (e.g. serious injury)', ref: 'seed 001 §3.2.1 D.4' },
      { id: 'D5', nl: 'besnijdenismilieu plus voorgenomen reis naar besnijdenisland', en: 'a milieu where (female) circumcision is practised plus a planned trip to a country where circumcision is practised', ref: 'seed 001 §3.2.1 D.5' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// §3.1.2 The Framework for the Assessment of Children in Need and their Families: three sides,
// their dimensions and the points to examine per dimension (7 / 6 / 7 dimensions).

export interface FrameworkDimension {
  /** fw-<side>-<dimension> */
  id: string;
  number: number;
  nl: string;
  en: string;
  ref: string;
  items: readonly ListItem[];
}

export interface FrameworkSide {
  id: 'fw-1' | 'fw-2' | 'fw-3';
  number: 1 | 2 | 3;
  nl: string;
  en: string;
  ref: string;
  dimensions: readonly FrameworkDimension[];
}

export const FRAMEWORK_SIDES: readonly FrameworkSide[] = [
  {
    id: 'fw-1', number: 1, nl: 'Ontwikkeling van het kind', en: "Child's development", ref: 'seed 001 §3.1.2 zijde 1',
    dimensions: [
      {
        id: 'fw-1-1', number: 1, nl: 'Gezondheid en fysieke verschijning', en: 'Health and physical appearance', ref: 'seed 001 §3.1.2 zijde 1, 1. Gezondheid en fysieke verschijning',
        items: [
          { id: 'fw-1-1-1', nl: 'algemene gezondheid, groei en ontwikkeling', en: 'general health, growth and development', ref: 'seed 001 §3.1.2 zijde 1, 1. Gezondheid en fysieke verschijning, punt 1' },
          { id: 'fw-1-1-2', nl: 'speciale behoeften door bijvoorbeeld ziekte of beperking', en: 'special needs, e.g. because of illness or disability', ref: 'seed 001 §3.1.2 zijde 1, 1. Gezondheid en fysieke verschijning, punt 2' },
          { id: 'fw-1-1-3', nl: 'aanwezigheid van letsel (mogelijk als gevolg van kindermishandeling)', en: 'presence of injury (possibly resulting from child abuse)', ref: 'seed 001 §3.1.2 zijde 1, 1. Gezondheid en fysieke verschijning, punt 3' },
          { id: 'fw-1-1-4', nl: 'uiterlijke verschijning (bijvoorbeeld kleding, uitgerust/vermoeid)', en: 'outward appearance (e.g. clothing, rested/tired)', ref: 'seed 001 §3.1.2 zijde 1, 1. Gezondheid en fysieke verschijning, punt 4' },
          { id: 'fw-1-1-5', nl: 'lichaamsbeweging en eetgewoonten', en: 'physical exercise and eating habits', ref: 'seed 001 §3.1.2 zijde 1, 1. Gezondheid en fysieke verschijning, punt 5' },
        ],
      },
      {
        id: 'fw-1-2', number: 2, nl: 'Cognitieve ontwikkeling', en: 'Cognitive development', ref: 'seed 001 §3.1.2 zijde 1, 2. Cognitieve ontwikkeling',
        items: [
          { id: 'fw-1-2-1', nl: 'taalontwikkeling en taalgebruik', en: 'language development and language use', ref: 'seed 001 §3.1.2 zijde 1, 2. Cognitieve ontwikkeling, punt 1' },
          { id: 'fw-1-2-2', nl: 'werkhouding op school (concentratie, niveau)', en: 'attitude to work at school (concentration, level)', ref: 'seed 001 §3.1.2 zijde 1, 2. Cognitieve ontwikkeling, punt 2' },
          { id: 'fw-1-2-3', nl: 'voortgang op school, succes- en faalervaringen', en: 'progress at school, experiences of success and failure', ref: 'seed 001 §3.1.2 zijde 1, 2. Cognitieve ontwikkeling, punt 3' },
        ],
      },
      {
        id: 'fw-1-3', number: 3, nl: 'Emotionele ontwikkeling en gedrag', en: 'Emotional development and behaviour', ref: 'seed 001 §3.1.2 zijde 1, 3. Emotionele ontwikkeling en gedrag',
        items: [
          { id: 'fw-1-3-1', nl: 'omgaan met emoties en expressie van gevoelens', en: 'dealing with emotions and expressing feelings', ref: 'seed 001 §3.1.2 zijde 1, 3. Emotionele ontwikkeling en gedrag, punt 1' },
          { id: 'fw-1-3-2', nl: 'hechting', en: 'attachment', ref: 'seed 001 §3.1.2 zijde 1, 3. Emotionele ontwikkeling en gedrag, punt 2' },
          { id: 'fw-1-3-3', nl: 'temperament', en: 'temperament', ref: 'seed 001 §3.1.2 zijde 1, 3. Emotionele ontwikkeling en gedrag, punt 3' },
          { id: 'fw-1-3-4', nl: '(spel)gedrag thuis, op school en in de omgeving (bijvoorbeeld sportclub)', en: '(play) behaviour at home, at school and in the neighbourhood (e.g. sports club)', ref: 'seed 001 §3.1.2 zijde 1, 3. Emotionele ontwikkeling en gedrag, punt 4' },
          { id: 'fw-1-3-5', nl: 'sociaal gedrag (contact met leeftijdgenoten en volwassenen)', en: 'social behaviour (contact with peers and adults)', ref: 'seed 001 §3.1.2 zijde 1, 3. Emotionele ontwikkeling en gedrag, punt 5' },
          { id: 'fw-1-3-6', nl: 'reactie op traumatische of stressvolle gebeurtenissen', en: 'reaction to traumatic or stressful events', ref: 'seed 001 §3.1.2 zijde 1, 3. Emotionele ontwikkeling en gedrag, punt 6' },
        ],
      },
      {
        id: 'fw-1-4', number: 4, nl: 'Identiteit', en: 'Identity', ref: 'seed 001 §3.1.2 zijde 1, 4. Identiteit',
        items: [
          { id: 'fw-1-4-1', nl: 'de mate waarin het kind zichzelf ziet als individu en als deel van het gezin', en: 'how far the child sees itself as an individual and as part of the family', ref: 'seed 001 §3.1.2 zijde 1, 4. Identiteit, punt 1' },
          { id: 'fw-1-4-2', nl: 'zelfbeeld en zelfvertrouwen', en: 'self-image and self-confidence', ref: 'seed 001 §3.1.2 zijde 1, 4. Identiteit, punt 2' },
          { id: 'fw-1-4-3', nl: 'keuzes maken en initiatief nemen', en: 'making choices and taking initiative', ref: 'seed 001 §3.1.2 zijde 1, 4. Identiteit, punt 3' },
          { id: 'fw-1-4-4', nl: 'gender en/of seksuele identiteit', en: 'gender and/or sexual identity', ref: 'seed 001 §3.1.2 zijde 1, 4. Identiteit, punt 4' },
        ],
      },
      {
        id: 'fw-1-5', number: 5, nl: 'Gezins- en sociale relaties', en: 'Family and social relationships', ref: 'seed 001 §3.1.2 zijde 1, 5. Gezins- en sociale relaties',
        items: [
          { id: 'fw-1-5-1', nl: 'relaties met gezinsleden (ouders, broers/zussen)', en: 'relationships with family members (parents, brothers/sisters)', ref: 'seed 001 §3.1.2 zijde 1, 5. Gezins- en sociale relaties, punt 1' },
          { id: 'fw-1-5-2', nl: 'relaties met leeftijdgenoten', en: 'relationships with peers', ref: 'seed 001 §3.1.2 zijde 1, 5. Gezins- en sociale relaties, punt 2' },
          { id: 'fw-1-5-3', nl: 'relaties met volwassenen', en: 'relationships with adults', ref: 'seed 001 §3.1.2 zijde 1, 5. Gezins- en sociale relaties, punt 3' },
          { id: 'fw-1-5-4', nl: 'empathisch vermogen', en: 'capacity for empathy', ref: 'seed 001 §3.1.2 zijde 1, 5. Gezins- en sociale relaties, punt 4' },
          { id: 'fw-1-5-5', nl: 'manier van contact leggen met professional (bijvoorbeeld oogcontact maken, mate van openheid of afweer, mate van weerbaarheid of afhankelijkheid)', en: 'how the child makes contact with the professional (e.g. eye contact, openness or defensiveness, resilience/assertiveness or dependence)', ref: 'seed 001 §3.1.2 zijde 1, 5. Gezins- en sociale relaties, punt 5' },
        ],
      },
      {
        id: 'fw-1-6', number: 6, nl: 'Sociale presentatie', en: 'Social presentation', ref: 'seed 001 §3.1.2 zijde 1, 6. Sociale presentatie',
        items: [
          { id: 'fw-1-6-1', nl: 'verschijning en gedrag in sociale situaties (passende kleding, passend gedrag, netheid en persoonlijke hygiëne)', en: 'appearance and behaviour in social situations (suitable clothing, suitable behaviour, tidiness and personal hygiene)', ref: 'seed 001 §3.1.2 zijde 1, 6. Sociale presentatie, punt 1' },
          { id: 'fw-1-6-2', nl: 'aanpassing aan en houding t.a.v. beperkingen en discriminatie door anderen', en: 'adjustment to, and attitude towards, limitations and discrimination by others', ref: 'seed 001 §3.1.2 zijde 1, 6. Sociale presentatie, punt 2' },
          { id: 'fw-1-6-3', nl: 'respect voor gezins-, culturele en religieuze waarden en diversiteit', en: 'respect for family, cultural and religious values and diversity', ref: 'seed 001 §3.1.2 zijde 1, 6. Sociale presentatie, punt 3' },
        ],
      },
      {
        id: 'fw-1-7', number: 7, nl: 'Zelfredzaamheid', en: 'Self-care skills / self-reliance', ref: 'seed 001 §3.1.2 zijde 1, 7. Zelfredzaamheid',
        items: [
          { id: 'fw-1-7-1', nl: 'praktische, emotionele en communicatieve vaardigheden die vereist zijn voor toenemende onafhankelijkheid', en: 'practical, emotional and communicative skills needed for growing independence', ref: 'seed 001 §3.1.2 zijde 1, 7. Zelfredzaamheid, punt 1' },
          { id: 'fw-1-7-2', nl: 'oplossingsvaardigheden', en: 'problem-solving skills', ref: 'seed 001 §3.1.2 zijde 1, 7. Zelfredzaamheid, punt 2' },
          { id: 'fw-1-7-3', nl: "inschatten van eigen veiligheid en risico's", en: "judging one's own safety and risks", ref: 'seed 001 §3.1.2 zijde 1, 7. Zelfredzaamheid, punt 3' },
        ],
      },
    ],
  },
  {
    id: 'fw-2', number: 2, nl: 'Opvoedingscapaciteiten van de ouders', en: 'Parenting capacities of the parents', ref: 'seed 001 §3.1.2 zijde 2',
    dimensions: [
      {
        id: 'fw-2-1', number: 1, nl: 'Basale verzorging', en: 'Basic care', ref: 'seed 001 §3.1.2 zijde 2, 1. Basale verzorging',
        items: [
          { id: 'fw-2-1-1', nl: 'voorzien in fysieke behoeften van het kind (voeding, hygiëne, onderdak)', en: "providing for the child's physical needs (food, hygiene, shelter)", ref: 'seed 001 §3.1.2 zijde 2, 1. Basale verzorging, punt 1' },
          { id: 'fw-2-1-2', nl: 'zorg dragen voor goede gezondheidszorg (bijvoorbeeld bezoek aan huisarts en tandarts, deelname aan vaccinatieprogramma, specialistische hulp)', en: 'arranging good health care (e.g. GP and dentist visits, taking part in the vaccination programme, specialist help)', ref: 'seed 001 §3.1.2 zijde 2, 1. Basale verzorging, punt 2' },
        ],
      },
      {
        id: 'fw-2-2', number: 2, nl: 'Garanderen veiligheid', en: 'Ensuring safety', ref: 'seed 001 §3.1.2 zijde 2, 2. Garanderen veiligheid',
        items: [
          { id: 'fw-2-2-1', nl: 'bieden van een veilige leefomgeving', en: 'providing a safe living environment', ref: 'seed 001 §3.1.2 zijde 2, 2. Garanderen veiligheid, punt 1' },
          { id: 'fw-2-2-2', nl: 'bescherming bieden tegen mensen die mogelijk gevaar opleveren', en: 'protecting against people who may be dangerous', ref: 'seed 001 §3.1.2 zijde 2, 2. Garanderen veiligheid, punt 2' },
          { id: 'fw-2-2-3', nl: 'voldoende toezicht van een volwassene', en: 'enough supervision by an adult', ref: 'seed 001 §3.1.2 zijde 2, 2. Garanderen veiligheid, punt 3' },
          { id: 'fw-2-2-4', nl: 'weerbaar maken: bespreken hoe om te gaan met risicovolle situaties', en: 'making the child resilient: discussing how to deal with risky situations', ref: 'seed 001 §3.1.2 zijde 2, 2. Garanderen veiligheid, punt 4' },
        ],
      },
      {
        id: 'fw-2-3', number: 3, nl: 'Emotionele warmte', en: 'Emotional warmth', ref: 'seed 001 §3.1.2 zijde 2, 3. Emotionele warmte',
        items: [
          { id: 'fw-2-3-1', nl: 'waardering en respect tonen voor kind', en: 'showing appreciation and respect for the child', ref: 'seed 001 §3.1.2 zijde 2, 3. Emotionele warmte, punt 1' },
          { id: 'fw-2-3-2', nl: 'empathie en begrip tonen', en: 'showing empathy and understanding', ref: 'seed 001 §3.1.2 zijde 2, 3. Emotionele warmte, punt 2' },
          { id: 'fw-2-3-3', nl: 'sensitief en responsief reageren op de behoeften van het kind', en: "responding sensitively and responsively to the child's needs", ref: 'seed 001 §3.1.2 zijde 2, 3. Emotionele warmte, punt 3' },
          { id: 'fw-2-3-4', nl: 'betrokkenheid, steun en participatie bij (activiteiten van) het kind', en: 'involvement, support and taking part in (the activities of) the child', ref: 'seed 001 §3.1.2 zijde 2, 3. Emotionele warmte, punt 4' },
        ],
      },
      {
        id: 'fw-2-4', number: 4, nl: 'Stimuleren', en: 'Stimulation', ref: 'seed 001 §3.1.2 zijde 2, 4. Stimuleren',
        items: [
          { id: 'fw-2-4-1', nl: 'bevorderen van cognitieve ontwikkeling door aanmoediging, communicatie en stimulatie', en: 'promoting cognitive development through encouragement, communication and stimulation', ref: 'seed 001 §3.1.2 zijde 2, 4. Stimuleren, punt 1' },
          { id: 'fw-2-4-2', nl: 'voorzien in leermogelijkheden en sociale participatie', en: 'providing learning opportunities and social participation', ref: 'seed 001 §3.1.2 zijde 2, 4. Stimuleren, punt 2' },
          { id: 'fw-2-4-3', nl: 'zorgen voor en ondersteunen van onderwijs en succeservaringen', en: 'arranging and supporting education and experiences of success', ref: 'seed 001 §3.1.2 zijde 2, 4. Stimuleren, punt 3' },
        ],
      },
      {
        id: 'fw-2-5', number: 5, nl: 'Regels en grenzen', en: 'Rules and boundaries', ref: 'seed 001 §3.1.2 zijde 2, 5. Regels en grenzen',
        items: [
          { id: 'fw-2-5-1', nl: 'stellen van heldere, realistische grenzen, regels en verwachtingen', en: 'setting clear, realistic boundaries, rules and expectations', ref: 'seed 001 §3.1.2 zijde 2, 5. Regels en grenzen, punt 1' },
          { id: 'fw-2-5-2', nl: 'regulering van gedrag en emoties van het kind (leren omgaan met frustraties)', en: "regulating the child's behaviour and emotions (learning to deal with frustration)", ref: 'seed 001 §3.1.2 zijde 2, 5. Regels en grenzen, punt 2' },
          { id: 'fw-2-5-3', nl: 'omgaan met conflicten', en: 'dealing with conflicts', ref: 'seed 001 §3.1.2 zijde 2, 5. Regels en grenzen, punt 3' },
          { id: 'fw-2-5-4', nl: 'passende verantwoordelijkheden geven', en: 'giving suitable responsibilities', ref: 'seed 001 §3.1.2 zijde 2, 5. Regels en grenzen, punt 4' },
        ],
      },
      {
        id: 'fw-2-6', number: 6, nl: 'Stabiliteit', en: 'Stability', ref: 'seed 001 §3.1.2 zijde 2, 6. Stabiliteit',
        items: [
          { id: 'fw-2-6-1', nl: 'structuur, stabiliteit en continuïteit in opvoeding en verzorging', en: 'structure, stability and continuity in upbringing and care', ref: 'seed 001 §3.1.2 zijde 2, 6. Stabiliteit, punt 1' },
          { id: 'fw-2-6-2', nl: 'voorspelbaarheid van reacties van de ouder voor het kind', en: "predictability of the parent's reactions for the child", ref: 'seed 001 §3.1.2 zijde 2, 6. Stabiliteit, punt 2' },
          { id: 'fw-2-6-3', nl: 'fysieke en psychische beschikbaarheid van minimaal een vaste opvoeder', en: 'physical and psychological availability of at least one stable carer', ref: 'seed 001 §3.1.2 zijde 2, 6. Stabiliteit, punt 3' },
        ],
      },
    ],
  },
  {
    id: 'fw-3', number: 3, nl: 'Gezins- en omgevingsfactoren', en: 'Family and environmental factors', ref: 'seed 001 §3.1.2 zijde 3',
    dimensions: [
      {
        id: 'fw-3-1', number: 1, nl: 'Voorgeschiedenis en functioneren gezin', en: 'Family history and functioning', ref: 'seed 001 §3.1.2 zijde 3, 1. Voorgeschiedenis en functioneren gezin',
        items: [
          { id: 'fw-3-1-1', nl: 'gezinsrelaties, partnerrelatie, relatie tussen gescheiden ouders', en: 'family relationships, partner relationship, relationship between separated parents', ref: 'seed 001 §3.1.2 zijde 3, 1. Voorgeschiedenis en functioneren gezin, punt 1' },
          { id: 'fw-3-1-2', nl: 'belangrijke gebeurtenissen en veranderingen', en: 'important events and changes', ref: 'seed 001 §3.1.2 zijde 3, 1. Voorgeschiedenis en functioneren gezin, punt 2' },
          { id: 'fw-3-1-3', nl: 'gezinsorganisatie en -klimaat', en: 'family organisation and climate', ref: 'seed 001 §3.1.2 zijde 3, 1. Voorgeschiedenis en functioneren gezin, punt 3' },
        ],
      },
      {
        id: 'fw-3-2', number: 2, nl: 'Bredere familie', en: 'Wider family', ref: 'seed 001 §3.1.2 zijde 3, 2. Bredere familie',
        items: [
          { id: 'fw-3-2-1', nl: 'contacten met familieleden en de impact daarvan op het gezin', en: 'contacts with relatives and their impact on the family', ref: 'seed 001 §3.1.2 zijde 3, 2. Bredere familie, punt 1' },
        ],
      },
      {
        id: 'fw-3-3', number: 3, nl: 'Woonsituatie', en: 'Housing', ref: 'seed 001 §3.1.2 zijde 3, 3. Woonsituatie',
        items: [
          { id: 'fw-3-3-1', nl: 'beschikbaarheid en kwaliteit van woonruimte en woonomgeving', en: 'availability and quality of housing and neighbourhood', ref: 'seed 001 §3.1.2 zijde 3, 3. Woonsituatie, punt 1' },
          { id: 'fw-3-3-2', nl: 'basisfaciliteiten (gas, water, elektra, kookfaciliteiten, slaapruimte)', en: 'basic facilities (gas, water, electricity, cooking facilities, sleeping space)', ref: 'seed 001 §3.1.2 zijde 3, 3. Woonsituatie, punt 2' },
        ],
      },
      {
        id: 'fw-3-4', number: 4, nl: 'Werksituatie', en: 'Employment', ref: 'seed 001 §3.1.2 zijde 3, 4. Werksituatie',
        items: [
          { id: 'fw-3-4-1', nl: 'hebben van werk', en: 'having work', ref: 'seed 001 §3.1.2 zijde 3, 4. Werksituatie, punt 1' },
          { id: 'fw-3-4-2', nl: 'invloed van type werk en arbeidsomstandigheden', en: 'influence of the type of work and working conditions', ref: 'seed 001 §3.1.2 zijde 3, 4. Werksituatie, punt 2' },
          { id: 'fw-3-4-3', nl: 'balans tussen werk en opvoeding', en: 'balance between work and parenting', ref: 'seed 001 §3.1.2 zijde 3, 4. Werksituatie, punt 3' },
        ],
      },
      {
        id: 'fw-3-5', number: 5, nl: 'Financiële situatie', en: 'Financial situation', ref: 'seed 001 §3.1.2 zijde 3, 5. Financiële situatie',
        items: [
          { id: 'fw-3-5-1', nl: 'voldoende basisinkomen', en: 'enough basic income', ref: 'seed 001 §3.1.2 zijde 3, 5. Financiële situatie, punt 1' },
          { id: 'fw-3-5-2', nl: 'schulden', en: 'debts', ref: 'seed 001 §3.1.2 zijde 3, 5. Financiële situatie, punt 2' },
        ],
      },
      {
        id: 'fw-3-6', number: 6, nl: 'Sociale integratie gezin', en: 'Social integration of the family', ref: 'seed 001 §3.1.2 zijde 3, 6. Sociale integratie gezin',
        items: [
          { id: 'fw-3-6-1', nl: 'contacten met buren en vrienden', en: 'contacts with neighbours and friends', ref: 'seed 001 §3.1.2 zijde 3, 6. Sociale integratie gezin, punt 1' },
          { id: 'fw-3-6-2', nl: 'mogelijkheid voor kind tot contact met leeftijdgenoten in de buurt', en: 'chance for the child to have contact with peers in the neighbourhood', ref: 'seed 001 §3.1.2 zijde 3, 6. Sociale integratie gezin, punt 2' },
          { id: 'fw-3-6-3', nl: 'integratie in de buurt', en: 'integration in the neighbourhood', ref: 'seed 001 §3.1.2 zijde 3, 6. Sociale integratie gezin, punt 3' },
        ],
      },
      {
        id: 'fw-3-7', number: 7, nl: 'Faciliteiten en bronnen van hulp en steun in de omgeving', en: 'Community facilities and sources of help and support', ref: 'seed 001 §3.1.2 zijde 3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving',
        items: [
          { id: 'fw-3-7-1', nl: 'beschikbaarheid en kwaliteit van diensten en voorzieningen (primaire gezondheidszorg, kinderopvang, scholen, winkels)', en: 'availability and quality of services and facilities (primary health care, childcare, schools, shops)', ref: 'seed 001 §3.1.2 zijde 3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, punt 1' },
          { id: 'fw-3-7-2', nl: 'beschikbaarheid van specialistische hulpverlening', en: 'availability of specialist help', ref: 'seed 001 §3.1.2 zijde 3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, punt 2' },
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Tables 3.1–3.3: per dimension the concerns (zorgpunten) and the positive points (tabel 3.1, 3.2)
// or sources of support (bronnen van steun, tabel 3.3).

export interface TableDimension {
  /** t31-<dimension>, t32-<dimension>, t33-<dimension> */
  id: string;
  number: number;
  nl: string;
  en: string;
  ref: string;
  /** Zorgpunten; ids <dimension id>-z<n>. */
  concerns: readonly ListItem[];
  /** Positieve punten / bronnen van steun; ids <dimension id>-p<n>. */
  strengths: readonly ListItem[];
}

/** §3.2.2 Tabel 3.1: Zorgpunten en positieve punten in de omgang tussen ouder en kind. */
export const TABLE_3_1: readonly TableDimension[] = [
  {
    id: 't31-1', number: 1, nl: 'Basale verzorging', en: 'Basic care', ref: 'seed 001 §3.2.2 tabel 3.1, 1. Basale verzorging',
    concerns: [
      { id: 't31-1-z1', nl: 'Kleedt het kind te warm of te koud aan', en: 'dresses the child too warmly or too coldly', ref: 'seed 001 §3.2.2 tabel 3.1, 1. Basale verzorging, zorgpunt 1' },
      { id: 't31-1-z2', nl: 'Vergeet preventieve inentingen', en: 'forgets preventive vaccinations', ref: 'seed 001 §3.2.2 tabel 3.1, 1. Basale verzorging, zorgpunt 2' },
      { id: 't31-1-z3', nl: 'Slechte verzorging m.b.t. algemene hygiëne', en: 'poor care regarding general hygiene', ref: 'seed 001 §3.2.2 tabel 3.1, 1. Basale verzorging, zorgpunt 3' },
      { id: 't31-1-z4', nl: 'Slechte verzorging wat betreft kleding', en: 'poor care regarding clothing', ref: 'seed 001 §3.2.2 tabel 3.1, 1. Basale verzorging, zorgpunt 4' },
      { id: 't31-1-z5', nl: 'Slechte verzorging wat betreft voeding', en: 'poor care regarding food', ref: 'seed 001 §3.2.2 tabel 3.1, 1. Basale verzorging, zorgpunt 5' },
    ],
    strengths: [
      { id: 't31-1-p1', nl: 'Adequaat handelen tijdens de zwangerschap, bijvoorbeeld stoppen met roken en alcoholgebruik en bezoek aan verloskundige', en: 'acted adequately during pregnancy, e.g. stopped smoking and drinking, saw a midwife', ref: 'seed 001 §3.2.2 tabel 3.1, 1. Basale verzorging, positief punt 1' },
      { id: 't31-1-p2', nl: 'Ouders werken samen om in adequate, voldoende georganiseerde basale zorg te voorzien', en: 'parents work together to provide adequate, sufficiently organised basic care', ref: 'seed 001 §3.2.2 tabel 3.1, 1. Basale verzorging, positief punt 2' },
      { id: 't31-1-p3', nl: 'Begrip van de veranderende behoeften van hun kind en zich daaraan kunnen aanpassen', en: "understand their child's changing needs and can adapt to them", ref: 'seed 001 §3.2.2 tabel 3.1, 1. Basale verzorging, positief punt 3' },
      { id: 't31-1-p4', nl: 'Ouders schatten de betrouwbaarheid van anderen voor de verzorging van hun kind adequaat in', en: 'parents judge adequately how reliable others are to care for their child', ref: 'seed 001 §3.2.2 tabel 3.1, 1. Basale verzorging, positief punt 4' },
    ],
  },
  {
    id: 't31-2', number: 2, nl: 'Garanderen veiligheid', en: 'Ensuring safety', ref: 'seed 001 §3.2.2 tabel 3.1, 2. Garanderen veiligheid',
    concerns: [
      { id: 't31-2-z1', nl: 'Schreeuwt naar het kind of scheldt het kind uit', en: 'shouts at the child or calls it names', ref: 'seed 001 §3.2.2 tabel 3.1, 2. Garanderen veiligheid, zorgpunt 1' },
      { id: 't31-2-z2', nl: 'Laat het kind langdurig alleen thuis', en: 'leaves the child home alone for long periods', ref: 'seed 001 §3.2.2 tabel 3.1, 2. Garanderen veiligheid, zorgpunt 2' },
      { id: 't31-2-z3', nl: 'Laat het kind zonder toezicht op straat', en: 'leaves the child on the street without supervision', ref: 'seed 001 §3.2.2 tabel 3.1, 2. Garanderen veiligheid, zorgpunt 3' },
      { id: 't31-2-z4', nl: 'Onrealistische verwachtingen t.a.v. het kind als het gaat om veiligheid en bescherming', en: 'unrealistic expectations of the child where safety and protection are concerned', ref: 'seed 001 §3.2.2 tabel 3.1, 2. Garanderen veiligheid, zorgpunt 4' },
      { id: 't31-2-z5', nl: 'Partnermishandeling, huiselijk geweld', en: 'partner abuse, domestic violence', ref: 'seed 001 §3.2.2 tabel 3.1, 2. Garanderen veiligheid, zorgpunt 5' },
    ],
    strengths: [
      { id: 't31-2-p1', nl: 'Ouder zorgt voor voldoende toezicht door een verantwoordelijke volwassene', en: 'parent ensures enough supervision by a responsible adult', ref: 'seed 001 §3.2.2 tabel 3.1, 2. Garanderen veiligheid, positief punt 1' },
      { id: 't31-2-p2', nl: 'Kan situaties van onveiligheid goed inschatten en daar adequaat op reageren', en: 'can judge unsafe situations well and respond adequately', ref: 'seed 001 §3.2.2 tabel 3.1, 2. Garanderen veiligheid, positief punt 2' },
    ],
  },
  {
    id: 't31-3', number: 3, nl: 'Emotionele warmte', en: 'Emotional warmth', ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte',
    concerns: [
      { id: 't31-3-z1', nl: 'Onverschillig over welzijn van het kind', en: "indifferent to the child's well-being", ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte, zorgpunt 1' },
      { id: 't31-3-z2', nl: 'Troost het kind niet', en: 'does not comfort the child', ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte, zorgpunt 2' },
      { id: 't31-3-z3', nl: 'Laat zich regelmatig negatief uit over het kind', en: 'regularly speaks negatively about the child', ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte, zorgpunt 3' },
      { id: 't31-3-z4', nl: 'Verwacht te veel onafhankelijkheid van het kind of juist te veel afhankelijkheid (in relatie tot zijn leeftijd)', en: 'expects too much independence, or on the contrary too much dependence, from the child (relative to its age)', ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte, zorgpunt 4' },
      { id: 't31-3-z5', nl: 'Niet betrokken bij het kind, geen ondersteuning', en: 'not involved with the child, no support', ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte, zorgpunt 5' },
      { id: 't31-3-z6', nl: 'Negeren of vernederen van het kind', en: 'ignores or humiliates the child', ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte, zorgpunt 6' },
      { id: 't31-3-z7', nl: 'Inconsequent reageren op de behoeften van het kind', en: "responds inconsistently to the child's needs", ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte, zorgpunt 7' },
    ],
    strengths: [
      { id: 't31-3-p1', nl: 'Begripvolle, consequente reacties op emotionele behoeften van het kind', en: "understanding, consistent responses to the child's emotional needs", ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte, positief punt 1' },
      { id: 't31-3-p2', nl: 'Warm, tolerant, ontvankelijk en empathisch in contact met het kind', en: 'warm, tolerant, receptive and empathic in contact with the child', ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte, positief punt 2' },
      { id: 't31-3-p3', nl: 'Ondersteunend, betrokken en stimulerend voor het kind', en: 'supportive, involved and stimulating for the child', ref: 'seed 001 §3.2.2 tabel 3.1, 3. Emotionele warmte, positief punt 3' },
    ],
  },
  {
    id: 't31-4', number: 4, nl: 'Stimuleren', en: 'Stimulation', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren',
    concerns: [
      { id: 't31-4-z1', nl: 'Houdt het kind vaak thuis van school', en: 'often keeps the child home from school', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, zorgpunt 1' },
      { id: 't31-4-z2', nl: 'Heeft irreële verwachtingen van het kind', en: 'has unrealistic expectations of the child', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, zorgpunt 2' },
      { id: 't31-4-z3', nl: 'Zet het kind onder druk om te presteren boven zijn kunnen te functioneren', en: 'pressures the child to perform/function above its ability', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, zorgpunt 3' },
      { id: 't31-4-z4', nl: 'Biedt weinig stimulans en reageert niet responsief op de behoefte van het kind om te leren', en: "offers little stimulation and does not respond to the child's need to learn", ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, zorgpunt 4' },
      { id: 't31-4-z5', nl: 'Controlerend of te sterk sturend gedrag', en: 'controlling or overly directive behaviour', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, zorgpunt 5' },
      { id: 't31-4-z6', nl: 'Niet betrokken bij spel-, leer- en sociale activiteiten van het kind', en: "not involved in the child's play, learning and social activities", ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, zorgpunt 6' },
      { id: 't31-4-z7', nl: 'Geen uitwisseling/communicatie tussen ouders en kinderen', en: 'no exchange or communication between parents and children', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, zorgpunt 7' },
      { id: 't31-4-z8', nl: 'Kinderen niet voorbereiden op / niet betrokken zijn bij schoolbezoek', en: 'not preparing children for, or not being involved in, school attendance/school visits (schoolbezoek)', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, zorgpunt 8' },
    ],
    strengths: [
      { id: 't31-4-p1', nl: 'Sensitief voor behoefte van het kind om te leren', en: "sensitive to the child's need to learn", ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, positief punt 1' },
      { id: 't31-4-p2', nl: 'Het kind aanmoedigen in leersituaties', en: 'encourages the child in learning situations', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, positief punt 2' },
      { id: 't31-4-p3', nl: 'Goede communicatie', en: 'good communication', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, positief punt 3' },
      { id: 't31-4-p4', nl: 'Uitdagende taken en activiteiten aanbieden (thuis en in sociale omgeving)', en: 'offers challenging tasks and activities (at home and in the social environment)', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, positief punt 4' },
      { id: 't31-4-p5', nl: 'Ondersteuning bieden bij het leren en in de sociale ontwikkeling', en: 'supports learning and social development', ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, positief punt 5' },
      { id: 't31-4-p6', nl: 'Betrokken bij, gericht op en creatief in spel, leer- en sociale activiteiten van het kind', en: "involved in, focused on and creative in the child's play, learning and social activities", ref: 'seed 001 §3.2.2 tabel 3.1, 4. Stimuleren, positief punt 6' },
    ],
  },
  {
    id: 't31-5', number: 5, nl: 'Regels en grenzen', en: 'Rules and boundaries', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen',
    concerns: [
      { id: 't31-5-z1', nl: 'Heeft irreële verwachtingen van het kind', en: 'has unrealistic expectations of the child', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, zorgpunt 1' },
      { id: 't31-5-z2', nl: 'Lichamelijk/geestelijk straffen', en: 'physical/mental punishment', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, zorgpunt 2' },
      { id: 't31-5-z3', nl: 'Intolerantie naar of versterken van frustratie of negatieve stemming van het kind', en: "intolerance of, or reinforcing, the child's frustration or negative mood", ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, zorgpunt 3' },
      { id: 't31-5-z4', nl: 'Rigide grenzen (overbescherming)', en: 'rigid boundaries (overprotection)', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, zorgpunt 4' },
      { id: 't31-5-z5', nl: 'Gebrek aan regels en grenzen', en: 'lack of rules and boundaries', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, zorgpunt 5' },
      { id: 't31-5-z6', nl: 'Er wordt van het kind verwacht dat het voor zijn ouders zorgt (parentificatie)', en: 'the child is expected to look after its parents (parentification)', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, zorgpunt 6' },
    ],
    strengths: [
      { id: 't31-5-p1', nl: 'Duidelijke structuur', en: 'clear structure', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, positief punt 1' },
      { id: 't31-5-p2', nl: 'Duidelijk onderscheid in rollen/verwachtingen van volwassene en kind', en: 'clear distinction between the roles/expectations of adult and child', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, positief punt 2' },
      { id: 't31-5-p3', nl: 'Opstandig gedrag hanteren zonder escalerend conflict met het kind', en: 'handles defiant behaviour without an escalating conflict with the child', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, positief punt 3' },
      { id: 't31-5-p4', nl: 'Helpen het kind met frustratie en negatieve stemming om te gaan of het daarvan af te leiden', en: 'helps the child deal with frustration and negative mood, or distracts it from them', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, positief punt 4' },
      { id: 't31-5-p5', nl: 'Positieve sturing en gedragshantering', en: 'positive guidance and behaviour management', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, positief punt 5' },
      { id: 't31-5-p6', nl: 'Realistische verwachtingen', en: 'realistic expectations', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, positief punt 6' },
      { id: 't31-5-p7', nl: 'Geschikte toepassing van beloning en straf', en: 'appropriate use of reward and punishment', ref: 'seed 001 §3.2.2 tabel 3.1, 5. Regels en grenzen, positief punt 7' },
    ],
  },
  {
    id: 't31-6', number: 6, nl: 'Stabiliteit', en: 'Stability', ref: 'seed 001 §3.2.2 tabel 3.1, 6. Stabiliteit',
    concerns: [
      { id: 't31-6-z1', nl: 'Ernstig (psychisch) ziek', en: 'seriously (mentally) ill', ref: 'seed 001 §3.2.2 tabel 3.1, 6. Stabiliteit, zorgpunt 1' },
      { id: 't31-6-z2', nl: 'Verslaving', en: 'addiction', ref: 'seed 001 §3.2.2 tabel 3.1, 6. Stabiliteit, zorgpunt 2' },
      { id: 't31-6-z3', nl: 'Geeft aan het niet meer aan te kunnen', en: 'says they can no longer cope', ref: 'seed 001 §3.2.2 tabel 3.1, 6. Stabiliteit, zorgpunt 3' },
      { id: 't31-6-z4', nl: 'Zegt regelmatig afspraken af', en: 'regularly cancels appointments', ref: 'seed 001 §3.2.2 tabel 3.1, 6. Stabiliteit, zorgpunt 4' },
    ],
    strengths: [
      { id: 't31-6-p1', nl: 'Er is ten minste een vaste verzorger/opvoeder beschikbaar voor het kind', en: 'at least one stable carer is available to the child', ref: 'seed 001 §3.2.2 tabel 3.1, 6. Stabiliteit, positief punt 1' },
    ],
  },
];

/** §3.2.3 Tabel 3.2: Zorgpunten en positieve punten in het functioneren van het kind. */
export const TABLE_3_2: readonly TableDimension[] = [
  {
    id: 't32-1', number: 1, nl: 'Gezondheid en fysieke verschijning', en: 'Health and physical appearance', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning',
    concerns: [
      { id: 't32-1-z1', nl: 'Onverklaarbare blauwe plekken', en: 'unexplained bruises', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, zorgpunt 1' },
      { id: 't32-1-z2', nl: 'Onverklaarbare schaafwonden, kneuzingen', en: 'unexplained grazes, contusions', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, zorgpunt 2' },
      { id: 't32-1-z3', nl: 'Onverklaarbare botbreuken', en: 'unexplained fractures', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, zorgpunt 3' },
      { id: 't32-1-z4', nl: 'Krab-, bijt- of brandwonden', en: 'scratch, bite or burn wounds', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, zorgpunt 4' },
      { id: 't32-1-z5', nl: 'Ernstige luieruitslag', en: 'severe nappy rash', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, zorgpunt 5' },
      { id: 't32-1-z6', nl: 'Littekens (onverklaarbaar)', en: 'scars (unexplained)', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, zorgpunt 6' },
      { id: 't32-1-z7', nl: 'Vaak ziek / herstelt slecht van ziekte', en: 'often ill / recovers poorly from illness', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, zorgpunt 7' },
      { id: 't32-1-z8', nl: 'Hongerig', en: 'hungry', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, zorgpunt 8' },
      { id: 't32-1-z9', nl: 'Ontwenningsverschijnselen bij de geboorte', en: 'withdrawal symptoms at birth', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, zorgpunt 9' },
      { id: 't32-1-z10', nl: 'Motoriek blijft achter', en: 'motor development lags behind', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, zorgpunt 10' },
    ],
    strengths: [
      { id: 't32-1-p1', nl: 'Goede fysieke gezondheid en groei', en: 'good physical health and growth', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, positief punt 1' },
      { id: 't32-1-p2', nl: 'Zo nodig gebruikmaken van gezondheidszorg', en: 'uses health care when needed', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, positief punt 2' },
      { id: 't32-1-p3', nl: 'Goed verzorgd', en: 'well cared for', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, positief punt 3' },
      { id: 't32-1-p4', nl: 'Voldoende motorische vaardigheden', en: 'sufficient motor skills', ref: 'seed 001 §3.2.3 tabel 3.2, 1. Gezondheid en fysieke verschijning, positief punt 4' },
    ],
  },
  {
    id: 't32-2', number: 2, nl: 'Cognitieve ontwikkeling', en: 'Cognitive development', ref: 'seed 001 §3.2.3 tabel 3.2, 2. Cognitieve ontwikkeling',
    concerns: [
      { id: 't32-2-z1', nl: 'Spraak blijft achter', en: 'speech lags behind', ref: 'seed 001 §3.2.3 tabel 3.2, 2. Cognitieve ontwikkeling, zorgpunt 1' },
      { id: 't32-2-z2', nl: 'Taal-/spraakstoornissen', en: 'language/speech disorders', ref: 'seed 001 §3.2.3 tabel 3.2, 2. Cognitieve ontwikkeling, zorgpunt 2' },
      { id: 't32-2-z3', nl: 'Slechte leerprestaties', en: 'poor school performance', ref: 'seed 001 §3.2.3 tabel 3.2, 2. Cognitieve ontwikkeling, zorgpunt 3' },
      { id: 't32-2-z4', nl: 'Gaat niet naar school', en: 'does not go to school', ref: 'seed 001 §3.2.3 tabel 3.2, 2. Cognitieve ontwikkeling, zorgpunt 4' },
      { id: 't32-2-z5', nl: 'Kind is niet geïnteresseerd in school of heeft geen intrinsieke motivatie voor leren', en: 'the child is not interested in school or has no intrinsic motivation to learn', ref: 'seed 001 §3.2.3 tabel 3.2, 2. Cognitieve ontwikkeling, zorgpunt 5' },
    ],
    strengths: [
      { id: 't32-2-p1', nl: 'Voldoende ontwikkeling van cognitieve en taalvaardigheden', en: 'sufficient development of cognitive and language skills', ref: 'seed 001 §3.2.3 tabel 3.2, 2. Cognitieve ontwikkeling, positief punt 1' },
      { id: 't32-2-p2', nl: 'Schoolgang goed ondersteund, voldoende vooruitgang', en: 'school attendance well supported, sufficient progress', ref: 'seed 001 §3.2.3 tabel 3.2, 2. Cognitieve ontwikkeling, positief punt 2' },
      { id: 't32-2-p3', nl: 'Kind wil graag leren', en: 'the child is keen to learn', ref: 'seed 001 §3.2.3 tabel 3.2, 2. Cognitieve ontwikkeling, positief punt 3' },
    ],
  },
  {
    id: 't32-3', number: 3, nl: 'Emotionele ontwikkeling en gedrag', en: 'Emotional development and behaviour', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag',
    concerns: [
      { id: 't32-3-z1', nl: 'Gedraagt zich niet naar zijn leeftijd', en: 'does not behave as expected for its age', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 1' },
      { id: 't32-3-z2', nl: 'Vermoeid / oververmoeid', en: 'tired / overtired', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 2' },
      { id: 't32-3-z3', nl: 'Depressief, timide', en: 'depressed, timid', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 3' },
      { id: 't32-3-z4', nl: 'Passief, lusteloos, weinig interesse in spel', en: 'passive, listless, little interest in play', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 4' },
      { id: 't32-3-z5', nl: '(Erg) nerveus', en: '(very) nervous', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 5' },
      { id: 't32-3-z6', nl: 'Hyperactief', en: 'hyperactive', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 6' },
      { id: 't32-3-z7', nl: 'Agressief, vernielzuchtig', en: 'aggressive, destructive', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 7' },
      { id: 't32-3-z8', nl: 'Wantrouwend', en: 'distrustful', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 8' },
      { id: 't32-3-z9', nl: 'Labiel', en: 'emotionally unstable (labile)', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 9' },
      { id: 't32-3-z10', nl: 'Angstig, schrikachtig', en: 'anxious, easily startled', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 10' },
      { id: 't32-3-z11', nl: 'Waakzaam', en: 'watchful (hypervigilant)', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, zorgpunt 11' },
    ],
    strengths: [
      { id: 't32-3-p1', nl: 'Veilig gehecht', en: 'securely attached', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, positief punt 1' },
      { id: 't32-3-p2', nl: 'Evenwichtig', en: 'well-balanced', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, positief punt 2' },
      { id: 't32-3-p3', nl: 'Positief ingesteld', en: 'positive in outlook', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, positief punt 3' },
      { id: 't32-3-p4', nl: 'Empathisch', en: 'empathic', ref: 'seed 001 §3.2.3 tabel 3.2, 3. Emotionele ontwikkeling en gedrag, positief punt 4' },
    ],
  },
  {
    id: 't32-4', number: 4, nl: 'Identiteit', en: 'Identity', ref: 'seed 001 §3.2.3 tabel 3.2, 4. Identiteit',
    concerns: [
      { id: 't32-4-z1', nl: 'Negatief zelfbeeld', en: 'negative self-image', ref: 'seed 001 §3.2.3 tabel 3.2, 4. Identiteit, zorgpunt 1' },
      { id: 't32-4-z2', nl: 'Geen zelfvertrouwen', en: 'no self-confidence', ref: 'seed 001 §3.2.3 tabel 3.2, 4. Identiteit, zorgpunt 2' },
    ],
    strengths: [
      { id: 't32-4-p1', nl: 'Gevoel erbij te horen', en: 'feeling of belonging', ref: 'seed 001 §3.2.3 tabel 3.2, 4. Identiteit, positief punt 1' },
      { id: 't32-4-p2', nl: 'Vol zelfvertrouwen', en: 'full of self-confidence', ref: 'seed 001 §3.2.3 tabel 3.2, 4. Identiteit, positief punt 2' },
      { id: 't32-4-p3', nl: 'Zelfverzekerde uitstraling', en: 'self-assured presence', ref: 'seed 001 §3.2.3 tabel 3.2, 4. Identiteit, positief punt 3' },
      { id: 't32-4-p4', nl: 'Gevoel van trots ten aanzien van zichzelf', en: 'sense of pride in itself', ref: 'seed 001 §3.2.3 tabel 3.2, 4. Identiteit, positief punt 4' },
    ],
  },
  {
    id: 't32-5', number: 5, nl: 'Gezins- en sociale relaties', en: 'Family and social relationships', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties',
    concerns: [
      { id: 't32-5-z1', nl: 'Weinig/niet geliefd bij andere kinderen', en: 'little or not liked by other children', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties, zorgpunt 1' },
      { id: 't32-5-z2', nl: 'Speelt weinig met andere kinderen', en: 'plays little with other children', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties, zorgpunt 2' },
      { id: 't32-5-z3', nl: 'Agressief tegenover andere kinderen', en: 'aggressive towards other children', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties, zorgpunt 3' },
      { id: 't32-5-z4', nl: 'Meegaand, volgzaam (t.o.v. ouders)', en: 'compliant, submissive (towards parents)', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties, zorgpunt 4' },
      { id: 't32-5-z5', nl: 'Schrikachtig (t.o.v. ouders)', en: 'easily startled (towards parents)', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties, zorgpunt 5' },
      { id: 't32-5-z6', nl: 'Sterk afhankelijk, vermijdend of controlerend in relaties', en: 'very dependent, avoidant or controlling in relationships', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties, zorgpunt 6' },
    ],
    strengths: [
      { id: 't32-5-p1', nl: 'Gericht op samenwerking', en: 'oriented towards cooperation', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties, positief punt 1' },
      { id: 't32-5-p2', nl: 'Geliefd bij andere kinderen', en: 'liked by other children', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties, positief punt 2' },
      { id: 't32-5-p3', nl: 'Positief contact met leeftijdgenoten', en: 'positive contact with peers', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties, positief punt 3' },
      { id: 't32-5-p4', nl: 'Positieve sociale relaties', en: 'positive social relationships', ref: 'seed 001 §3.2.3 tabel 3.2, 5. Gezins- en sociale relaties, positief punt 4' },
    ],
  },
  {
    id: 't32-6', number: 6, nl: 'Sociale presentatie', en: 'Social presentation', ref: 'seed 001 §3.2.3 tabel 3.2, 6. Sociale presentatie',
    concerns: [
      { id: 't32-6-z1', nl: 'Gedraagt zich niet naar zijn leeftijd', en: 'does not behave as expected for its age', ref: 'seed 001 §3.2.3 tabel 3.2, 6. Sociale presentatie, zorgpunt 1' },
      { id: 't32-6-z2', nl: 'Kind stinkt', en: 'the child smells', ref: 'seed 001 §3.2.3 tabel 3.2, 6. Sociale presentatie, zorgpunt 2' },
      { id: 't32-6-z3', nl: 'Extreem seksueel gekleurd taalgebruik', en: 'extremely sexualised language', ref: 'seed 001 §3.2.3 tabel 3.2, 6. Sociale presentatie, zorgpunt 3' },
      { id: 't32-6-z4', nl: 'Agressief sociaal gedrag', en: 'aggressive social behaviour', ref: 'seed 001 §3.2.3 tabel 3.2, 6. Sociale presentatie, zorgpunt 4' },
      { id: 't32-6-z5', nl: 'Teruggetrokken gedrag', en: 'withdrawn behaviour', ref: 'seed 001 §3.2.3 tabel 3.2, 6. Sociale presentatie, zorgpunt 5' },
    ],
    strengths: [
      { id: 't32-6-p1', nl: 'Sociaal, vriendelijk', en: 'sociable, friendly', ref: 'seed 001 §3.2.3 tabel 3.2, 6. Sociale presentatie, positief punt 1' },
      { id: 't32-6-p2', nl: 'Positieve presentatie', en: 'positive presentation', ref: 'seed 001 §3.2.3 tabel 3.2, 6. Sociale presentatie, positief punt 2' },
      { id: 't32-6-p3', nl: 'Tolerant ten opzichte van anderen', en: 'tolerant of others', ref: 'seed 001 §3.2.3 tabel 3.2, 6. Sociale presentatie, positief punt 3' },
    ],
  },
  {
    id: 't32-7', number: 7, nl: 'Zelfredzaamheid', en: 'Self-reliance', ref: 'seed 001 §3.2.3 tabel 3.2, 7. Zelfredzaamheid',
    concerns: [
      { id: 't32-7-z1', nl: 'Extreme niet bij leeftijd passende (on)afhankelijkheid', en: 'extreme (in)dependence that does not fit its age', ref: 'seed 001 §3.2.3 tabel 3.2, 7. Zelfredzaamheid, zorgpunt 1' },
      { id: 't32-7-z2', nl: 'Bij de leeftijd passende praktische vaardigheden (aankleden, eten, activiteiten ondernemen buiten het gezin) niet onder de knie', en: 'has not mastered age-appropriate practical skills (dressing, eating, doing activities outside the family)', ref: 'seed 001 §3.2.3 tabel 3.2, 7. Zelfredzaamheid, zorgpunt 2' },
      { id: 't32-7-z3', nl: 'Riskant gedrag of juist extreem angstig gedrag', en: 'risky behaviour or, on the contrary, extremely anxious behaviour', ref: 'seed 001 §3.2.3 tabel 3.2, 7. Zelfredzaamheid, zorgpunt 3' },
    ],
    strengths: [
      { id: 't32-7-p1', nl: 'Kan problemen oplossen', en: 'can solve problems', ref: 'seed 001 §3.2.3 tabel 3.2, 7. Zelfredzaamheid, positief punt 1' },
      { id: 't32-7-p2', nl: "Kan risico's goed inschatten en hanteren", en: 'can judge and handle risks well', ref: 'seed 001 §3.2.3 tabel 3.2, 7. Zelfredzaamheid, positief punt 2' },
    ],
  },
];

/** §3.3.2 Tabel 3.3: Zorgpunten en bronnen van steun in gezin en omgeving. */
export const TABLE_3_3: readonly TableDimension[] = [
  {
    id: 't33-1', number: 1, nl: 'Voorgeschiedenis en functioneren gezin', en: 'Family history and functioning', ref: 'seed 001 §3.3.2 tabel 3.3, 1. Voorgeschiedenis en functioneren gezin',
    concerns: [
      { id: 't33-1-z1', nl: 'Partnerrelatie niet ondersteunend, onbetrouwbaar en niet uitgebalanceerd (dominant of onderworpen patroon), conflictueus, destructief', en: 'partner relationship unsupportive, unreliable and unbalanced (dominant or submissive pattern), conflictual, destructive', ref: 'seed 001 §3.3.2 tabel 3.3, 1. Voorgeschiedenis en functioneren gezin, zorgpunt 1' },
      { id: 't33-1-z2', nl: 'Gewelddadige partner, die geweld ontkent of bagatelliseert, geen verantwoordelijkheid neemt of slachtoffer de schuld geeft, impact op kinderen negeert, niet bereid is problemen aan te pakken', en: 'violent partner who denies or minimises the violence, takes no responsibility or blames the victim, ignores the impact on the children, and is not willing to tackle the problems', ref: 'seed 001 §3.3.2 tabel 3.3, 1. Voorgeschiedenis en functioneren gezin, zorgpunt 2' },
      { id: 't33-1-z3', nl: 'Rigide of chaotische gezinsorganisatie, geen aanpassing aan veranderende omstandigheden of behoeften', en: 'rigid or chaotic family organisation, no adjustment to changing circumstances or needs', ref: 'seed 001 §3.3.2 tabel 3.3, 1. Voorgeschiedenis en functioneren gezin, zorgpunt 3' },
      { id: 't33-1-z4', nl: 'Problemen in onderlinge communicatie tussen gezinsleden (luisteren naar of reageren op elkaar, expressie van emoties en reactie daarop)', en: 'problems in communication between family members (listening or responding to each other, expressing emotions and responding to them)', ref: 'seed 001 §3.3.2 tabel 3.3, 1. Voorgeschiedenis en functioneren gezin, zorgpunt 4' },
    ],
    strengths: [
      { id: 't33-1-p1', nl: 'Ondersteunende, respectvolle en betrouwbare relatie tussen partners, waarin evenwicht is tussen assertiviteit en vermogen om compromissen te sluiten', en: 'supportive, respectful and reliable relationship between partners, balancing assertiveness and the ability to compromise', ref: 'seed 001 §3.3.2 tabel 3.3, 1. Voorgeschiedenis en functioneren gezin, bron van steun 1' },
      { id: 't33-1-p2', nl: 'Gewelddadige partner erkent geweld, is bewust van de gevolgen voor partner en kinderen en is bereid verantwoordelijkheid te nemen en hulp te zoeken', en: 'violent partner acknowledges the violence, is aware of its consequences for partner and children, and is willing to take responsibility and seek help', ref: 'seed 001 §3.3.2 tabel 3.3, 1. Voorgeschiedenis en functioneren gezin, bron van steun 2' },
      { id: 't33-1-p3', nl: 'Redelijk flexibele, maar wel stabiele gezinsorganisatie die tegemoet kan komen aan individuele behoeften en zich kan aanpassen aan veranderende omstandigheden of ontwikkelingsfasen van kinderen', en: "reasonably flexible but stable family organisation that can meet individual needs and adapt to changing circumstances or the children's developmental phases", ref: 'seed 001 §3.3.2 tabel 3.3, 1. Voorgeschiedenis en functioneren gezin, bron van steun 3' },
      { id: 't33-1-p4', nl: 'Redelijke communicatie tussen gezinsleden (luisteren, reageren, emoties)', en: 'reasonable communication between family members (listening, responding, emotions)', ref: 'seed 001 §3.3.2 tabel 3.3, 1. Voorgeschiedenis en functioneren gezin, bron van steun 4' },
    ],
  },
  {
    id: 't33-2', number: 2, nl: 'Bredere familie', en: 'Wider family', ref: 'seed 001 §3.3.2 tabel 3.3, 2. Bredere familie',
    concerns: [
      { id: 't33-2-z1', nl: 'Overbetrokken, verstorende, afwijzende of ineffectieve relaties met familieleden', en: 'over-involved, disruptive, rejecting or ineffective relationships with relatives', ref: 'seed 001 §3.3.2 tabel 3.3, 2. Bredere familie, zorgpunt 1' },
      { id: 't33-2-z2', nl: 'Geen praktische of emotionele ondersteuning', en: 'no practical or emotional support', ref: 'seed 001 §3.3.2 tabel 3.3, 2. Bredere familie, zorgpunt 2' },
    ],
    strengths: [
      { id: 't33-2-p1', nl: 'Ondersteunende relaties met familieleden', en: 'supportive relationships with relatives', ref: 'seed 001 §3.3.2 tabel 3.3, 2. Bredere familie, bron van steun 1' },
      { id: 't33-2-p2', nl: 'Ondersteuning beschikbaar bij ziekte of stressvolle situaties', en: 'support available during illness or stressful situations', ref: 'seed 001 §3.3.2 tabel 3.3, 2. Bredere familie, bron van steun 2' },
      { id: 't33-2-p3', nl: 'Praktische en emotionele ondersteuning', en: 'practical and emotional support', ref: 'seed 001 §3.3.2 tabel 3.3, 2. Bredere familie, bron van steun 3' },
    ],
  },
  {
    id: 't33-3', number: 3, nl: 'Woonsituatie', en: 'Housing', ref: 'seed 001 §3.3.2 tabel 3.3, 3. Woonsituatie',
    concerns: [
      { id: 't33-3-z1', nl: 'Woonruimte niet geschikt voor de behoeften van het kind', en: "housing not suitable for the child's needs", ref: 'seed 001 §3.3.2 tabel 3.3, 3. Woonsituatie, zorgpunt 1' },
      { id: 't33-3-z2', nl: 'Herhaaldelijk verhuizen', en: 'repeated moves', ref: 'seed 001 §3.3.2 tabel 3.3, 3. Woonsituatie, zorgpunt 2' },
      { id: 't33-3-z3', nl: 'Slecht onderhouden woonruimte', en: 'poorly maintained housing', ref: 'seed 001 §3.3.2 tabel 3.3, 3. Woonsituatie, zorgpunt 3' },
    ],
    strengths: [
      { id: 't33-3-p1', nl: 'Stabiele woonplek', en: 'stable place to live', ref: 'seed 001 §3.3.2 tabel 3.3, 3. Woonsituatie, bron van steun 1' },
      { id: 't33-3-p2', nl: 'Geschikt voor behoeften van het kind', en: "suitable for the child's needs", ref: 'seed 001 §3.3.2 tabel 3.3, 3. Woonsituatie, bron van steun 2' },
      { id: 't33-3-p3', nl: 'Goed onderhouden', en: 'well maintained', ref: 'seed 001 §3.3.2 tabel 3.3, 3. Woonsituatie, bron van steun 3' },
    ],
  },
  {
    id: 't33-4', number: 4, nl: 'Werksituatie', en: 'Employment', ref: 'seed 001 §3.3.2 tabel 3.3, 4. Werksituatie',
    concerns: [
      { id: 't33-4-z1', nl: 'Onregelmatig werk', en: 'irregular work', ref: 'seed 001 §3.3.2 tabel 3.3, 4. Werksituatie, zorgpunt 1' },
      { id: 't33-4-z2', nl: 'Werkuren/-ritme verstoort gezinsleven of behoeften van het kind', en: "working hours/rhythm disrupt family life or the child's needs", ref: 'seed 001 §3.3.2 tabel 3.3, 4. Werksituatie, zorgpunt 2' },
      { id: 't33-4-z3', nl: 'Werkloosheid verstoort en ondermijnt gezinsleven', en: 'unemployment disrupts and undermines family life', ref: 'seed 001 §3.3.2 tabel 3.3, 4. Werksituatie, zorgpunt 3' },
    ],
    strengths: [
      { id: 't33-4-p1', nl: 'Regelmatig werk', en: 'regular work', ref: 'seed 001 §3.3.2 tabel 3.3, 4. Werksituatie, bron van steun 1' },
      { id: 't33-4-p2', nl: 'Goede balans tussen werk en gezin/behoeften van het kind', en: "good balance between work and family/the child's needs", ref: 'seed 001 §3.3.2 tabel 3.3, 4. Werksituatie, bron van steun 2' },
      { id: 't33-4-p3', nl: 'Werkloosheid wordt zodanig mee omgegaan dat het niet het gezinsleven ondermijnt', en: 'unemployment is handled so that it does not undermine family life', ref: 'seed 001 §3.3.2 tabel 3.3, 4. Werksituatie, bron van steun 3' },
    ],
  },
  {
    id: 't33-5', number: 5, nl: 'Financiële situatie', en: 'Financial situation', ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie',
    concerns: [
      { id: 't33-5-z1', nl: 'Inkomen niet toereikend', en: 'income not sufficient', ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie, zorgpunt 1' },
      { id: 't33-5-z2', nl: 'Uitkering waar recht op is wordt niet aangevraagd', en: 'benefits the family is entitled to are not claimed', ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie, zorgpunt 2' },
      { id: 't33-5-z3', nl: 'Beschikbaar inkomen gebruikt voor behoeften van volwassene, niet voor kind of gezin', en: "available income used for the adult's needs, not for the child or family", ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie, zorgpunt 3' },
      { id: 't33-5-z4', nl: 'Kinderen niet beschermd tegen impact van variaties in inkomen', en: 'children not protected from the impact of variations in income', ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie, zorgpunt 4' },
      { id: 't33-5-z5', nl: 'Beschikbaar inkomen slecht beheerd', en: 'available income poorly managed', ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie, zorgpunt 5' },
    ],
    strengths: [
      { id: 't33-5-p1', nl: 'Stabiel en toereikend inkomen', en: 'stable and sufficient income', ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie, bron van steun 1' },
      { id: 't33-5-p2', nl: 'Uitkering waar recht op is, wordt aangevraagd', en: 'benefits the family is entitled to are claimed', ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie, bron van steun 2' },
      { id: 't33-5-p3', nl: 'Primair gericht op gebruik van beschikbaar inkomen voor behoeften van het kind en gezin', en: 'available income used primarily for the needs of the child and family', ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie, bron van steun 3' },
      { id: 't33-5-p4', nl: 'Kinderen beschermd tegen variatie in inkomen', en: 'children protected from variation in income', ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie, bron van steun 4' },
      { id: 't33-5-p5', nl: 'Beschikbaar inkomen goed beheerd', en: 'available income well managed', ref: 'seed 001 §3.3.2 tabel 3.3, 5. Financiële situatie, bron van steun 5' },
    ],
  },
  {
    id: 't33-6', number: 6, nl: 'Sociale integratie', en: 'Social integration', ref: 'seed 001 §3.3.2 tabel 3.3, 6. Sociale integratie',
    concerns: [
      { id: 't33-6-z1', nl: 'Geïsoleerd gezin', en: 'isolated family', ref: 'seed 001 §3.3.2 tabel 3.3, 6. Sociale integratie, zorgpunt 1' },
      { id: 't33-6-z2', nl: 'Geen gebruik van beschikbare bronnen', en: 'available resources not used', ref: 'seed 001 §3.3.2 tabel 3.3, 6. Sociale integratie, zorgpunt 2' },
      { id: 't33-6-z3', nl: 'Geen mogelijkheden tot contact met leeftijdgenoten', en: 'no opportunities for contact with peers', ref: 'seed 001 §3.3.2 tabel 3.3, 6. Sociale integratie, zorgpunt 3' },
    ],
    strengths: [
      { id: 't33-6-p1', nl: 'Geaccepteerd en geïntegreerd gezin', en: 'accepted and integrated family', ref: 'seed 001 §3.3.2 tabel 3.3, 6. Sociale integratie, bron van steun 1' },
      { id: 't33-6-p2', nl: 'Steun uit het informele netwerk (praktisch, emotioneel, materieel)', en: 'support from the informal network (practical, emotional, material)', ref: 'seed 001 §3.3.2 tabel 3.3, 6. Sociale integratie, bron van steun 2' },
      { id: 't33-6-p3', nl: 'Gebruik van beschikbare bronnen voor sociale en identiteitsontwikkeling van kinderen', en: "available resources used for the children's social and identity development", ref: 'seed 001 §3.3.2 tabel 3.3, 6. Sociale integratie, bron van steun 3' },
      { id: 't33-6-p4', nl: 'Mogelijkheden tot en daadwerkelijk contact met leeftijdgenoten', en: 'opportunities for, and actual, contact with peers', ref: 'seed 001 §3.3.2 tabel 3.3, 6. Sociale integratie, bron van steun 4' },
    ],
  },
  {
    id: 't33-7', number: 7, nl: 'Faciliteiten en bronnen van hulp en steun in de omgeving', en: 'Community facilities and sources of help and support', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving',
    concerns: [
      { id: 't33-7-z1', nl: 'Geen of inadequate faciliteiten', en: 'no or inadequate facilities', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, zorgpunt 1' },
      { id: 't33-7-z2', nl: 'Hoge drempel om gebruik te maken van diensten, diensten sluiten niet aan bij behoeften van kinderen/gezinnen', en: 'high threshold to use services; services do not fit the needs of children/families', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, zorgpunt 2' },
      { id: 't33-7-z3', nl: 'Geen specialistische hulp beschikbaar', en: 'no specialist help available', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, zorgpunt 3' },
      { id: 't33-7-z4', nl: 'Gezinsleden slagen er niet in aan behandeling of sociale steun deel te nemen of wijzen hulp af', en: 'family members do not manage to take part in treatment or social support, or refuse help', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, zorgpunt 4' },
      { id: 't33-7-z5', nl: 'Slechte relatie of communicatie tussen gezin en professionals', en: 'poor relationship or communication between family and professionals', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, zorgpunt 5' },
      { id: 't33-7-z6', nl: 'Gezin slaagt er niet in met professional samen te werken in het belang van het kind', en: "family does not manage to cooperate with the professional in the child's interest", ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, zorgpunt 6' },
    ],
    strengths: [
      { id: 't33-7-p1', nl: 'Faciliteiten beschikbaar en adequaat', en: 'facilities available and adequate', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, bron van steun 1' },
      { id: 't33-7-p2', nl: 'Diensten sluiten aan bij behoeften van kinderen/gezinnen', en: 'services fit the needs of children/families', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, bron van steun 2' },
      { id: 't33-7-p3', nl: 'Specialistische hulp beschikbaar', en: 'specialist help available', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, bron van steun 3' },
      { id: 't33-7-p4', nl: 'Gezin maakt gebruik van hulp of sociale steun', en: 'family uses help or social support', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, bron van steun 4' },
      { id: 't33-7-p5', nl: 'Redelijke relatie en communicatie tussen gezin en professional', en: 'reasonable relationship and communication between family and professional', ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, bron van steun 5' },
      { id: 't33-7-p6', nl: 'Gezin is in staat samen te werken met professional in het belang van het kind', en: "family is able to cooperate with the professional in the child's interest", ref: 'seed 001 §3.3.2 tabel 3.3, 7. Faciliteiten en bronnen van hulp en steun in de omgeving, bron van steun 6' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// §3.3.1 Parent factors (ouderfactoren): 6 that can have a negative influence, 7 that can have a
// positive influence.

export const PARENT_FACTOR_LABELS = {
  negative: { nl: 'Ouderfactoren die een negatieve invloed kunnen hebben', en: 'Parent factors that can have a negative influence' },
  positive: { nl: 'Ouderfactoren die een positieve invloed kunnen hebben', en: 'Parent factors that can have a positive influence' },
} as const;

export const PARENT_FACTORS: { readonly negative: readonly ListItem[]; readonly positive: readonly ListItem[] } = {
  negative: [
    { id: 'of-n1', nl: 'psychische of psychiatrische problematiek', en: 'psychological or psychiatric problems', ref: 'seed 001 §3.3.1 negatieve ouderfactor 1' },
    { id: 'of-n2', nl: 'verslavingsproblematiek', en: 'addiction problems', ref: 'seed 001 §3.3.1 negatieve ouderfactor 2' },
    { id: 'of-n3', nl: 'verstandelijke beperking', en: 'intellectual disability', ref: 'seed 001 §3.3.1 negatieve ouderfactor 3' },
    { id: 'of-n4', nl: 'fysieke gezondheidsproblemen', en: 'physical health problems', ref: 'seed 001 §3.3.1 negatieve ouderfactor 4' },
    { id: 'of-n5', nl: 'ontoereikende pedagogische kennis en inzichten', en: 'insufficient knowledge and insight about parenting', ref: 'seed 001 §3.3.1 negatieve ouderfactor 5' },
    { id: 'of-n6', nl: 'onverwerkte jeugdervaring als slachtoffer van kindermishandeling', en: 'unresolved childhood experience as a victim of child abuse', ref: 'seed 001 §3.3.1 negatieve ouderfactor 6' },
  ],
  positive: [
    { id: 'of-p1', nl: 'gevoel van competentie, draagkracht', en: 'sense of competence, capacity to cope (draagkracht)', ref: 'seed 001 §3.3.1 positieve ouderfactor 1' },
    { id: 'of-p2', nl: 'positief zelfbeeld', en: 'positive self-image', ref: 'seed 001 §3.3.1 positieve ouderfactor 2' },
    { id: 'of-p3', nl: 'stabiel en stressbestendig, flexibel', en: 'stable, stress-resistant, flexible', ref: 'seed 001 §3.3.1 positieve ouderfactor 3' },
    { id: 'of-p4', nl: 'pedagogische kennis en inzichten', en: 'knowledge and insight about parenting', ref: 'seed 001 §3.3.1 positieve ouderfactor 4' },
    { id: 'of-p5', nl: 'ondersteunende partner', en: 'supportive partner', ref: 'seed 001 §3.3.1 positieve ouderfactor 5' },
    { id: 'of-p6', nl: 'kan eigen jeugdervaringen hanteren', en: 'can handle own childhood experiences', ref: 'seed 001 §3.3.1 positieve ouderfactor 6' },
    { id: 'of-p7', nl: 'in staat om steun te vragen en daarvan te profiteren', en: 'able to ask for support and benefit from it', ref: 'seed 001 §3.3.1 positieve ouderfactor 7' },
  ],
};

// ---------------------------------------------------------------------------------------------
// §3.4 Risk-assessment instruments: the cross-reference table of the four instruments named in
// seed 001 (details in bijlage 3.1, seed 001 part C). Per §3.4 only the LIRIK and the
// Deltaveiligheidslijst answer whether the child is safe now.

export type RiskInstrumentId = 'cfra' | 'care-nl' | 'delta-veiligheidslijst' | 'lirik';

export interface RiskInstrument {
  id: RiskInstrumentId;
  /** The instrument's short name as the table gives it in bold. */
  name: string;
  /** The rest of the table's first column: full name and source. */
  fullName: string;
  type: string;
  intendedUser: string;
  /** Whether the instrument answers "is the child safe now?" (§3.4, second caveat). */
  answersSafeNow: boolean;
  ref: string;
}

export const RISK_INSTRUMENTS: readonly RiskInstrument[] = [
  {
    id: 'cfra', name: 'CFRA', fullName: 'California Family Risk Assessment (Dutch translation Hermanns, 2006)',
    type: 'Actuarial; overall risk score', intendedUser: 'Professional (US: child-protection investigator)',
    answersSafeNow: false, ref: 'seed 001 §3.4 (kruisverwijzing bijlage 3.1), CFRA',
  },
  {
    id: 'care-nl', name: 'CARE-NL', fullName: 'Child Abuse Risk Evaluation–NL (De Ruiter & De Jong, 2006)',
    type: 'Structured professional judgement; not actuarial', intendedUser: 'Youth care, child protection, youth health care',
    answersSafeNow: false, ref: 'seed 001 §3.4 (kruisverwijzing bijlage 3.1), CARE-NL',
  },
  {
    id: 'delta-veiligheidslijst', name: 'Delta veiligheidslijst', fullName: 'Delta safety list (Pi Research & Van Montfoort, 2008), part of the Deltamethode',
    type: 'Checklist; risk and safety; risk management', intendedUser: 'Family guardian (gezinsvoogd), used in conversation with the parents',
    answersSafeNow: true, ref: 'seed 001 §3.4 (kruisverwijzing bijlage 3.1), Delta veiligheidslijst',
  },
  {
    id: 'lirik', name: 'LIRIK', fullName: 'Licht Instrument Risicotaxatie Kindveiligheid (Ten Berge & Eijgenraam, 2009)',
    type: 'Checklist; structured professional judgement', intendedUser: 'Bureau Jeugdzorg; also youth care, youth health care, youth mental health, adult care',
    answersSafeNow: true, ref: 'seed 001 §3.4 (kruisverwijzing bijlage 3.1), LIRIK',
  },
];

// ---------------------------------------------------------------------------------------------
// Assessment sections: the lists above, flattened per form, so that an API can validate answers
// per item id. Derived from the literal data only (no items of its own).

export type AssessmentSectionId = 'framework' | 'tabel-3.1' | 'tabel-3.2' | 'tabel-3.3' | 'ouderfactoren';

/** zorgpunt: a concern (negative parent factor); sterk: a positive point, source of support or
 * positive parent factor; aandachtspunt: a Framework point to examine (neither good nor bad). */
export type AssessmentItemKind = 'zorgpunt' | 'sterk' | 'aandachtspunt';

export interface AssessmentItem extends ListItem {
  /** The Dutch name of the item's dimension (for the parent factors: the Dutch list title). */
  group: string;
  kind: AssessmentItemKind;
}

export interface AssessmentSection {
  id: AssessmentSectionId;
  nl: string;
  en: string;
  ref: string;
  items: readonly AssessmentItem[];
}

const fromTable = (table: readonly TableDimension[]): AssessmentItem[] =>
  table.flatMap((d) => [
    ...d.concerns.map((i) => ({ ...i, group: d.nl, kind: 'zorgpunt' as const })),
    ...d.strengths.map((i) => ({ ...i, group: d.nl, kind: 'sterk' as const })),
  ]);

export const ASSESSMENT_SECTIONS: Readonly<Record<AssessmentSectionId, AssessmentSection>> = {
  framework: {
    id: 'framework',
    nl: 'Informatie verzamelen',
    en: 'Collecting information (Framework for the Assessment of Children in Need and their Families)',
    ref: 'seed 001 §3.1.2',
    items: FRAMEWORK_SIDES.flatMap((s) => s.dimensions.flatMap((d) => d.items.map((i) => ({ ...i, group: d.nl, kind: 'aandachtspunt' as const })))),
  },
  'tabel-3.1': {
    id: 'tabel-3.1',
    nl: 'Zorgpunten en positieve punten in de omgang tussen ouder en kind',
    en: 'Concerns and positive points in parent–child interaction',
    ref: 'seed 001 §3.2.2 tabel 3.1',
    items: fromTable(TABLE_3_1),
  },
  'tabel-3.2': {
    id: 'tabel-3.2',
    nl: 'Zorgpunten en positieve punten in het functioneren van het kind',
    en: "Concerns and positive points in the child's functioning",
    ref: 'seed 001 §3.2.3 tabel 3.2',
    items: fromTable(TABLE_3_2),
  },
  'tabel-3.3': {
    id: 'tabel-3.3',
    nl: 'Zorgpunten en bronnen van steun in gezin en omgeving',
    en: 'Concerns and sources of support in family and environment',
    ref: 'seed 001 §3.3.2 tabel 3.3',
    items: fromTable(TABLE_3_3),
  },
  ouderfactoren: {
    id: 'ouderfactoren',
    nl: 'Ouderfactoren',
    en: 'Parent factors',
    ref: 'seed 001 §3.3.1',
    items: [
      ...PARENT_FACTORS.negative.map((i) => ({ ...i, group: PARENT_FACTOR_LABELS.negative.nl, kind: 'zorgpunt' as const })),
      ...PARENT_FACTORS.positive.map((i) => ({ ...i, group: PARENT_FACTOR_LABELS.positive.nl, kind: 'sterk' as const })),
    ],
  },
};

export const ASSESSMENT_SECTION_IDS = Object.keys(ASSESSMENT_SECTIONS) as AssessmentSectionId[];

const itemIndex = new Map<AssessmentSectionId, ReadonlyMap<string, AssessmentItem>>(
  ASSESSMENT_SECTION_IDS.map((s) => [s, new Map(ASSESSMENT_SECTIONS[s].items.map((i) => [i.id, i]))]),
);

export const isAssessmentSectionId = (s: string): s is AssessmentSectionId => Object.hasOwn(ASSESSMENT_SECTIONS, s);

/** The item of a section by id, or undefined when the id is not an item of that section. */
export function assessmentItem(section: AssessmentSectionId, itemId: string): AssessmentItem | undefined {
  return itemIndex.get(section)?.get(itemId);
}

const alarmSignalIds: ReadonlySet<string> = new Set(ALARM_SIGNAL_IDS);
export const isAlarmSignalId = (id: string): id is AlarmSignalId => alarmSignalIds.has(id);
