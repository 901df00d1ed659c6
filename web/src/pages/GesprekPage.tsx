// "Gesprek vastleggen": the conversation with the parents (seed 001 §4.3) or with the child
// (§4.4, from four years), in the seed's seven steps in order; agreements become tasks.
import { useState, type FormEvent } from 'react';
import { ApiError, get, post } from '../api.ts';
import { useErrorText, useLang, useT } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, today } from '../format.ts';
import { ageOn, serverFieldErrors, type Agreement, type ConversationSteps, type ConversationWith } from '../keten.ts';
import type { Dossier } from '../types.ts';
import { Loaded } from '../components/Page.tsx';
import { Heading2, Paragraph } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { ButtonLink, Link } from '../components/Link.tsx';
import { DossierSubPage, useFocusResult, useSubmit } from './KetenShared.tsx';

const STEP_MAX = 5000;
const PARTICIPANTS_MAX = 300;
const AGREEMENT_MAX = 300;
const AGREEMENTS_MAX = 20;

interface AgreementRow {
  key: number;
  description: string;
  dueDate: string;
  assigneeId: string;
}

export function GesprekPage({ id }: { id: string }) {
  const t = useT();
  return (
    <DossierSubPage id={id} title={(name) => t('gesprek.title', { name })} titleShort={t('gesprek.titleShort')}>
      {(dossier) => <GesprekLoader dossier={dossier} />}
    </DossierSubPage>
  );
}

function GesprekLoader({ dossier }: { dossier: Dossier }) {
  const steps = useResource(() => get<ConversationSteps>('/stap0/gespreksstappen'), []);
  return <Loaded resource={steps}>{(s) => <GesprekForm dossier={dossier} steps={s} />}</Loaded>;
}

let nextKey = 1;
const emptyRow = (assigneeId: string): AgreementRow => ({ key: nextKey++, description: '', dueDate: '', assigneeId });

function GesprekForm({ dossier, steps }: { dossier: Dossier; steps: ConversationSteps }) {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const { user } = useSessionView();
  const [withWhom, setWithWhom] = useState<ConversationWith | ''>('');
  const [heldOn, setHeldOn] = useState(today());
  const [participants, setParticipants] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [agreements, setAgreements] = useState<AgreementRow[]>([]);
  const [saved, setSaved] = useState<{ tasks: number } | null>(null);
  const { form, errors, formError, busy, submit: run } = useSubmit();
  const [result, focusResult] = useFocusResult<HTMLDivElement>();

  const childAge = ageOn(dossier.child.dateOfBirth, heldOn && /^\d{4}-\d{2}-\d{2}$/.test(heldOn) ? heldOn : today());
  const tooYoung = childAge < steps.minChildAge;
  const stepTexts = withWhom ? steps[withWhom] : null;

  const setRow = (key: number, patch: Partial<AgreementRow>) => setAgreements((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const validate = (): Record<string, string> => {
    const e: Record<string, string> = {};
    if (!withWhom) e.with = t('gesprek.withRequired');
    else if (withWhom === 'kind' && tooYoung) e.with = t('error.child-too-young');
    if (!heldOn) e.heldOn = t('gesprek.heldOnRequired');
    else if (heldOn > today()) e.heldOn = t('error.date-in-future');
    if (!participants.trim()) e.participants = t('gesprek.participantsRequired');
    if (stepTexts) {
      for (const key of Object.keys(stepTexts)) if (!(answers[`${withWhom}:${key}`] ?? '').trim()) e[`step:${key}`] = t('gesprek.stepRequired');
    }
    agreements.forEach((a, i) => {
      if (!a.description.trim()) e[`agreement:${i}:description`] = t('gesprek.agreementDescriptionRequired');
      if (!a.dueDate) e[`agreement:${i}:dueDate`] = t('gesprek.agreementDueDateRequired');
      else if (a.dueDate < today()) e[`agreement:${i}:dueDate`] = t('error.due-date-in-past');
    });
    return e;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // validate() requires the choice of with whom, so the steps are known when sending.
    const stepKeys = Object.keys(stepTexts ?? {});
    void run(validate(), async () => {
      const body = {
        with: withWhom,
        heldOn,
        participants: participants.trim(),
        steps: Object.fromEntries(stepKeys.map((key) => [key, answers[`${withWhom}:${key}`].trim()])),
        agreements: agreements.map((a): Agreement => ({
          description: a.description.trim(), dueDate: a.dueDate, ...(a.assigneeId && a.assigneeId !== user.id ? { assigneeId: a.assigneeId } : {}),
        })),
      };
      const r = await post<{ id: string; taskIds: string[] }>(`/dossiers/${dossier.id}/gesprekken`, body);
      setSaved({ tasks: r.taskIds.length });
      focusResult();
    }, (err) => {
      const paths: Record<string, string> = { with: 'with', heldOn: 'heldOn', participants: 'participants' };
      for (const key of stepKeys) paths[`steps.${key}`] = `step:${key}`;
      agreements.forEach((_, i) => {
        paths[`agreements.${i}.description`] = `agreement:${i}:description`;
        paths[`agreements.${i}.dueDate`] = `agreement:${i}:dueDate`;
        paths[`agreements.${i}.assigneeId`] = `agreement:${i}:assigneeId`;
      });
      const fe = serverFieldErrors(err, paths, errorText);
      if (err instanceof ApiError) {
        if (err.code === 'child-too-young') fe.with = errorText(err);
        // Tasks name no row: mark the agreements whose date is past, or whose assignee is refused.
        if (err.code === 'due-date-in-past') agreements.forEach((a, i) => { if (a.dueDate < today()) fe[`agreement:${i}:dueDate`] = errorText(err); });
        if (err.code === 'assignee-not-member') agreements.forEach((a, i) => { if (a.assigneeId) fe[`agreement:${i}:assigneeId`] = errorText(err); });
      }
      return [fe, Object.keys(fe).length ? t('common.checkFields') : errorText(err)];
    });
  };

  if (saved) {
    return (
      <div ref={result} tabIndex={-1} className="kv-result">
        <Alert type="ok">
          <p className="utrecht-paragraph"><strong>{t('gesprek.saved')}</strong></p>
          <p className="utrecht-paragraph">{saved.tasks === 0 ? t('gesprek.savedNoTasks') : t('gesprek.savedTasks', { count: saved.tasks })}</p>
        </Alert>
        <ButtonGroup>
          <ButtonLink href={`/dossiers/${dossier.id}`} appearance="primary">{t('screening.back')}</ButtonLink>
        </ButtonGroup>
      </div>
    );
  }

  const memberOptions = dossier.members.map((m) => ({ value: m.userId, label: m.userId === user.id ? t('gesprek.assigneeMe', { name: m.name }) : m.name }));

  return (
    <>
      <Paragraph lead>{t('gesprek.intro')}</Paragraph>
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--wide" aria-label={t('gesprek.titleShort')}>
        <RadioGroup
          legend={t('gesprek.with')}
          description={t('gesprek.withHelp', { age: steps.minChildAge, childAge, date: formatDate(dossier.child.dateOfBirth, lang) })}
          name="with"
          required
          value={withWhom}
          onValue={(v) => setWithWhom(v as ConversationWith)}
          error={errors.with}
          options={[{ value: 'ouders', label: t('gesprek.with.ouders') }, { value: 'kind', label: t('gesprek.with.kind') }]}
        />
        <TextField
          label={t('gesprek.heldOn')}
          name="heldOn"
          type="date"
          max={today()}
          required
          value={heldOn}
          onValue={setHeldOn}
          error={errors.heldOn}
          className="kv-input--date"
        />
        <TextField
          label={t('gesprek.participants')}
          description={t('gesprek.participantsHelp')}
          name="participants"
          autoComplete="off"
          required
          maxLength={PARTICIPANTS_MAX}
          value={participants}
          onValue={setParticipants}
          error={errors.participants}
        />

        {stepTexts && (
          <section aria-labelledby="gesprek-stappen" className="kv-section">
            <Heading2 id="gesprek-stappen">{t(withWhom === 'kind' ? 'gesprek.steps.kind' : 'gesprek.steps.ouders')}</Heading2>
            <Paragraph small>{t(withWhom === 'kind' ? 'gesprek.steps.kindRef' : 'gesprek.steps.oudersRef')}</Paragraph>
            <ol className="kv-steps">
              {Object.entries(stepTexts).map(([key, text]) => (
                <li key={`${withWhom}:${key}`} className="kv-steps__item">
                  <TextAreaField
                    label={text}
                    name={`step-${key}`}
                    required
                    rows={3}
                    maxLength={STEP_MAX}
                    value={answers[`${withWhom}:${key}`] ?? ''}
                    onValue={(v) => setAnswers((a) => ({ ...a, [`${withWhom}:${key}`]: v }))}
                    error={errors[`step:${key}`]}
                  />
                </li>
              ))}
            </ol>
          </section>
        )}

        <section aria-labelledby="gesprek-afspraken" className="kv-section">
          <Heading2 id="gesprek-afspraken">{t('gesprek.agreements')}</Heading2>
          <Paragraph small>{t('gesprek.agreementsHelp')}</Paragraph>
          {agreements.length === 0 && <Paragraph>{t('gesprek.agreementsNone')}</Paragraph>}
          {agreements.map((a, i) => (
            <fieldset key={a.key} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kv-row">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend kv-row__legend">{t('gesprek.agreement', { n: i + 1 })}</legend>
              <TextField
                label={t('gesprek.agreementDescription')}
                name={`agreement-${i}-description`}
                autoComplete="off"
                // A row only mounts when the user adds it: the cursor goes to its first field.
                autoFocus
                required
                maxLength={AGREEMENT_MAX}
                value={a.description}
                onValue={(description) => setRow(a.key, { description })}
                error={errors[`agreement:${i}:description`]}
              />
              <TextField
                label={t('gesprek.agreementDueDate')}
                name={`agreement-${i}-dueDate`}
                type="date"
                min={today()}
                required
                value={a.dueDate}
                onValue={(dueDate) => setRow(a.key, { dueDate })}
                error={errors[`agreement:${i}:dueDate`]}
                className="kv-input--date"
              />
              {memberOptions.length > 1 && (
                <SelectField
                  label={t('gesprek.agreementAssignee')}
                  name={`agreement-${i}-assignee`}
                  value={a.assigneeId}
                  onValue={(assigneeId) => setRow(a.key, { assigneeId })}
                  error={errors[`agreement:${i}:assigneeId`]}
                  options={memberOptions}
                />
              )}
              <ButtonGroup>
                <Button appearance="subtle" onClick={() => setAgreements((rows) => rows.filter((r) => r.key !== a.key))}>
                  {t('gesprek.agreementRemove', { n: i + 1 })}
                </Button>
              </ButtonGroup>
            </fieldset>
          ))}
          {agreements.length < AGREEMENTS_MAX && (
            <ButtonGroup>
              <Button onClick={() => setAgreements((rows) => [...rows, emptyRow(user.id)])}>{t('gesprek.agreementAdd')}</Button>
            </ButtonGroup>
          )}
        </section>

        {formError && <Alert type="error">{formError}</Alert>}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('gesprek.submit')}</Button>
          <Link href={`/dossiers/${dossier.id}`}>{t('common.cancel')}</Link>
        </ButtonGroup>
      </form>
    </>
  );
}
