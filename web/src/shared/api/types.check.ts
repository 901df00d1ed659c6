// Compile-time checks that the aliases resolve to real shapes (a wrong path or status would make
// them `never`, on which every property access type-checks).
import type { Dossier, Screening, SessionView, Signal, FactorGroup, AuditEntry, ImportResult, MatchChange } from '../../types.ts';
import type { VtZaak, VtZaakSummary, Referentie, VtHandover, Kpis, Radar, CaseloadRow } from '../../vt.ts';
import type { Traject, VtMelding, Task, MeldcodeOverview, SignaalData, WegingData, BesluitData, EvaluatieData } from '../../meldcode.ts';
import type { ConversationSteps, Agreement, Sharing, RegisterChild, KindcheckOffer, ProtocolStep, ReachResult, Handover } from '../../keten.ts';

type IsNever<T> = [T] extends [never] ? true : false;
type AssertReal<T extends false> = T;

export type Checks = [
  AssertReal<IsNever<Dossier>>, AssertReal<IsNever<Screening>>, AssertReal<IsNever<SessionView>>, AssertReal<IsNever<Signal>>,
  AssertReal<IsNever<FactorGroup>>, AssertReal<IsNever<AuditEntry>>, AssertReal<IsNever<ImportResult>>, AssertReal<IsNever<MatchChange>>,
  AssertReal<IsNever<VtZaak>>, AssertReal<IsNever<VtZaakSummary>>, AssertReal<IsNever<Referentie>>, AssertReal<IsNever<VtHandover>>,
  AssertReal<IsNever<Kpis>>, AssertReal<IsNever<Radar>>, AssertReal<IsNever<CaseloadRow>>,
  AssertReal<IsNever<Traject>>, AssertReal<IsNever<VtMelding>>, AssertReal<IsNever<Task>>, AssertReal<IsNever<MeldcodeOverview>>,
  AssertReal<IsNever<SignaalData>>, AssertReal<IsNever<WegingData>>, AssertReal<IsNever<BesluitData>>, AssertReal<IsNever<EvaluatieData>>,
  AssertReal<IsNever<ConversationSteps>>, AssertReal<IsNever<Agreement>>, AssertReal<IsNever<Sharing>>, AssertReal<IsNever<RegisterChild>>,
  AssertReal<IsNever<KindcheckOffer>>, AssertReal<IsNever<ProtocolStep>>, AssertReal<IsNever<ReachResult>>, AssertReal<IsNever<Handover>>,
];
