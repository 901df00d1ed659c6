// What a Meldcode step records, in readable Dutch: used on the trajectory page and in the report
// Veilig Thuis receives (the same data, as sent with the report).
import type { ReactNode } from 'react';
import { useLang, useT, useTDynamic, type MessageKey } from '../i18n/index.tsx';
import { formatDate } from '../format.ts';
import type { BesluitData, DecisionQuestion, QuestionAnswer } from '../meldcode.ts';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd kv-prewrap">{children}</dd>
    </div>
  );
}

type Data = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));

/** The data of one record (signaal, consultatie, …, besluit, evaluatie, pauze) as a description list. */
export function RecordData({ kind, data }: { kind: string; data: unknown }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const { lang } = useLang();
  const d = (data && typeof data === 'object' ? data : {}) as Data;
  const date = (field: string) => formatDate(str(d[field]), lang);
  const forms = (value: unknown) => {
    const list = Array.isArray(value) ? value.map(String) : [];
    return list.length ? list.map((f) => tDynamic(`meldcode.form.${f}`, f)).join(', ') : t('meldcode.signaal.formsNone');
  };
  const answer = (q: DecisionQuestion | 'q5ResultaatBereikt') => {
    const a = d[q] as QuestionAnswer | undefined;
    if (!a) return null;
    return (
      <Item key={q} label={t(`meldcode.qShort.${q}` as MessageKey)}>
        {t('meldcode.answerWithReason', { answer: t(a.answer === 'ja' ? 'meldcode.answer.ja' : 'meldcode.answer.nee'), reasoning: a.reasoning })}
      </Item>
    );
  };

  let items: ReactNode;
  switch (kind) {
    case 'signaal':
      items = (
        <>
          <Item label={t('meldcode.field.observedOn')}>{date('observedOn')}</Item>
          <Item label={t('meldcode.field.observationType')}>{tDynamic(`meldcode.observation.${str(d.observationType)}`, str(d.observationType))}</Item>
          <Item label={t('meldcode.field.source')}>{str(d.source)}</Item>
          <Item label={t('meldcode.field.description')}>{str(d.description)}</Item>
          <Item label={t('meldcode.field.forms')}>{forms(d.forms)}</Item>
        </>
      );
      break;
    case 'consultatie':
      items = (
        <>
          <Item label={t('meldcode.field.consultedOn')}>{date('consultedOn')}</Item>
          <Item label={t('meldcode.field.who')}>{tDynamic(`meldcode.who.${str(d.who)}`, str(d.who))}</Item>
          <Item label={t('meldcode.field.name')}>{str(d.name)}</Item>
          <Item label={t('meldcode.field.advice')}>{str(d.advice)}</Item>
        </>
      );
      break;
    case 'gesprek':
      items = (
        <>
          <Item label={t('meldcode.field.heldOn')}>{date('heldOn')}</Item>
          <Item label={t('meldcode.field.withWhom')}>{str(d.withWhom)}</Item>
          <Item label={t('meldcode.field.summary')}>{str(d.summary)}</Item>
          <Item label={t('meldcode.field.reaction')}>{str(d.reaction)}</Item>
        </>
      );
      break;
    case 'gesprek_overgeslagen':
      items = (
        <>
          <Item label={t('meldcode.field.reason')}>{tDynamic(`meldcode.skip.${str(d.reason)}`, str(d.reason))}</Item>
          <Item label={t('meldcode.field.explanation')}>{str(d.explanation)}</Item>
        </>
      );
      break;
    case 'weging':
      items = (
        <>
          <Item label={t('meldcode.field.weighedOn')}>{date('weighedOn')}</Item>
          <Item label={t('meldcode.field.framework')}>{str(d.framework)}</Item>
          <Item label={t('meldcode.field.forms')}>{forms(d.forms)}</Item>
          <Item label={t('meldcode.field.seriousness')}>{tDynamic(`meldcode.seriousness.${str(d.seriousness)}`, str(d.seriousness))}</Item>
          <Item label={t('meldcode.field.risk')}>{str(d.risk)}</Item>
          <Item label={t('meldcode.field.reasoning')}>{str(d.reasoning)}</Item>
        </>
      );
      break;
    case 'besluit': {
      const b = d as unknown as Partial<BesluitData>;
      const reasons = Object.entries(b.emptyStepReasons ?? {}).filter(([, v]) => !!v);
      items = (
        <>
          <Item label={t('meldcode.field.decidedOn')}>{date('decidedOn')}</Item>
          {answer('q1Vermoeden')}
          {answer('q2AcuutStructureel')}
          {answer('q3HulpMogelijk')}
          {answer('q4HulpAanvaard')}
          <Item label={t('meldcode.field.outcome')}>{tDynamic(`meldcode.outcome.${str(b.outcome)}`, str(b.outcome))}</Item>
          <Item label={t('meldcode.field.reasoning')}>{str(b.reasoning)}</Item>
          {b.agreements && <Item label={t('meldcode.field.agreements')}>{b.agreements}</Item>}
          {b.followUpDate && <Item label={t('meldcode.field.followUpDate')}>{formatDate(b.followUpDate, lang)}</Item>}
          {reasons.map(([step, reason]) => (
            <Item key={step} label={t('meldcode.besluit.emptyStepReasonsShown', { step })}>{reason}</Item>
          ))}
        </>
      );
      break;
    }
    case 'evaluatie':
      items = (
        <>
          <Item label={t('meldcode.field.evaluatedOn')}>{date('evaluatedOn')}</Item>
          {answer('q5ResultaatBereikt')}
          {typeof d.monitoringAgreements === 'string' && <Item label={t('meldcode.field.monitoringAgreements')}>{d.monitoringAgreements}</Item>}
        </>
      );
      break;
    case 'pauze':
      items = <Item label={t('meldcode.field.pauseReason')}>{str(d.reason)}</Item>;
      break;
    case 'hervatting':
      return null;
    default:
      // A kind this UI does not know yet: show the fields as they are.
      items = Object.entries(d).map(([k, v]) => <Item key={k} label={k}>{str(v)}</Item>);
  }
  return <dl className="utrecht-data-list kv-data-list kv-record__data">{items}</dl>;
}
