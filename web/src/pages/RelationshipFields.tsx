// The reason of relationship asked when opening a dossier and when registering a signal (issue
// 17): a choice plus text, the text required for "anders". It says why the professional knows
// the child, not the worry; only the privacy officer sees it.
import type { Translate } from '../i18n/index.tsx';
import { useT } from '../i18n/index.tsx';
import { SelectField, TextField } from '../components/FormField.tsx';

/** Keep in step with RELATIONSHIP_REASONS in src/modules/betrokkenheid/relationship.ts. */
export const RELATIONSHIP_REASONS = ['client_in_zorg', 'leerling', 'kind_van_client', 'gezinslid_van_client', 'consult', 'melding_of_advies', 'anders'] as const;
export type RelationshipReason = (typeof RELATIONSHIP_REASONS)[number];
export const EXPLANATION_MAX = 500;

export interface RelationshipValue {
  reason: RelationshipReason | '';
  explanation: string;
}
export const emptyRelationship: RelationshipValue = { reason: '', explanation: '' };

/** Adds the errors of the relationship to `e`, under relationshipReason and relationshipExplanation. */
export function checkRelationship(e: Record<string, string>, value: RelationshipValue, t: Translate): void {
  if (!value.reason) e.relationshipReason = t('relationship.reasonRequired');
  else if (value.reason === 'anders' && !value.explanation.trim()) e.relationshipExplanation = t('relationship.explanationRequired');
}

/** The body's `relationship`, once checkRelationship passed. */
export function relationshipBody(value: RelationshipValue): { reason: RelationshipReason; explanation?: string } {
  if (!value.reason) throw new Error('relationshipBody before checkRelationship');
  const explanation = value.explanation.trim();
  return { reason: value.reason, ...(explanation ? { explanation } : {}) };
}

export function RelationshipFields({ value, onValue, errors }: {
  value: RelationshipValue;
  onValue: (value: RelationshipValue) => void;
  errors: Record<string, string | undefined>;
}) {
  const t = useT();
  return (
    <>
      <SelectField
        label={t('relationship.reason')}
        description={t('relationship.reasonHelp')}
        name="relationshipReason"
        required
        value={value.reason}
        onValue={(reason) => onValue({ ...value, reason: reason as RelationshipReason })}
        error={errors.relationshipReason}
        placeholder={t('relationship.choose')}
        options={RELATIONSHIP_REASONS.map((r) => ({ value: r, label: t(`relationship.reason.${r}`) }))}
      />
      <TextField
        label={t('relationship.explanation')}
        description={t('relationship.explanationHelp')}
        name="relationshipExplanation"
        autoComplete="off"
        required={value.reason === 'anders'}
        maxLength={EXPLANATION_MAX}
        value={value.explanation}
        onValue={(explanation) => onValue({ ...value, explanation })}
        error={errors.relationshipExplanation}
      />
    </>
  );
}
