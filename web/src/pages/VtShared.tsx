// Pieces the Veilig Thuis pages share: the case in a context (so each section updates the case
// with the server's fresh view), labels, the "Acuut" and "Te laat" markers, a one-field reason
// form, the approval panel (four eyes) and the handover fields.
import { createContext, useContext, useState, type FormEvent, type ReactNode } from 'react';
import { get, post } from '../api.ts';
import { useErrorText, useT, useTDynamic } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import { serverFieldErrors } from '../keten.ts';
import type { Organisation, SessionUser } from '../types.ts';
import { lines, type CaseloadRow, type HandoverInput, type Referentie, type VtZaak } from '../vt.ts';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { SelectField, TextAreaField, TextField } from '../components/FormField.tsx';
import { Heading3, Paragraph } from '../components/Typography.tsx';
import { useSubmit, type Refusal } from './KetenShared.tsx';
import '../vt.css';

// --- The case in context -------------------------------------------------------------------

export interface ZaakContextValue {
  zaak: VtZaak;
  referentie: Referentie;
  /** The team (from the caseload), for assigning the case. */
  team: CaseloadRow[];
  user: SessionUser;
  /** Replace the case with the server's fresh view and announce what happened. */
  update: (zaak: VtZaak, message: string) => void;
}

const ZaakContext = createContext<ZaakContextValue | null>(null);
export const ZaakProvider = ZaakContext.Provider;

export function useZaak(): ZaakContextValue {
  const value = useContext(ZaakContext);
  if (!value) throw new Error('useZaak outside ZaakProvider');
  return value;
}

/** Whether a write on the case is open to the user: the case is not closed. */
export const isOpen = (zaak: VtZaak) => zaak.status !== 'afgesloten';

// --- Labels ----------------------------------------------------------------------------------

/** A label from the vtz catalog by group and value (status, rol, uitkomst, …); the value itself when unknown. */
export function useLabel(): (group: string, value: string) => string {
  const tDynamic = useTDynamic();
  return (group, value) => tDynamic(`vtz.${group}.${value}`, value);
}

export function AcuutBadge() {
  const t = useT();
  return <span className="utrecht-status-badge kv-status kv-status--acuut">{t('vtz.acuut')}</span>;
}

export function TeLaatBadge() {
  const t = useT();
  return <span className="utrecht-status-badge utrecht-status-badge--warning kv-status kv-status--te-laat">{t('vtz.teLaat')}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  const label = useLabel();
  const done = status === 'afgesloten';
  return <span className={`utrecht-status-badge utrecht-status-badge--${done ? 'inactive' : 'active'} kv-status`}>{label('status', status)}</span>;
}

// --- Errors ----------------------------------------------------------------------------------

/**
 * The refusal of a request for a form: the server's field errors at the form's fields (`paths`
 * maps a body path to a field name) and the server's Dutch detail above the form.
 */
export function useRefusal(): (err: unknown, paths: Record<string, string>) => Refusal {
  const errorText = useErrorText();
  return (err, paths) => [serverFieldErrors(err, paths, errorText), errorText(err)];
}

// --- A form with one text ----------------------------------------------------------------------

/**
 * A form with one required text (a reason, the acute action) and a submit button. `field` is the
 * body key the API expects; `send` posts it and returns the fresh case.
 */
export function ReasonForm({ label, description, field, submitLabel, formLabel, send, done, rows = 3, danger }: {
  label: string;
  description?: string;
  field: string;
  submitLabel: string;
  formLabel?: string;
  send: (text: string) => Promise<VtZaak>;
  /** The confirmation announced after success. */
  done: string;
  rows?: number;
  danger?: boolean;
}) {
  const t = useT();
  const { update } = useZaak();
  const refusal = useRefusal();
  const [text, setText] = useState('');
  const { form, errors, formError, busy, submit } = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(text.trim() ? {} : { [field]: t('vtz.required') }, async () => {
      const zaak = await send(text.trim());
      setText('');
      update(zaak, done);
    }, (err) => refusal(err, { [field]: field }));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="kv-form" aria-label={formLabel ?? submitLabel}>
      <TextAreaField label={label} description={description} name={field} required rows={rows} maxLength={5000} value={text} onValue={setText} error={errors[field]} />
      {formError && <Alert type="error">{formError}</Alert>}
      <ButtonGroup>
        <Button type="submit" appearance="primary" danger={danger} busy={busy} disabled={busy}>{submitLabel}</Button>
      </ButtonGroup>
    </form>
  );
}

/** A `<details>` with a summary; its content is only rendered when open (long forms stay light). */
export function Disclosure({ summary, children, defaultOpen = false, className }: { summary: ReactNode; children: ReactNode; defaultOpen?: boolean; className?: string }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details className={`kv-details${className ? ` ${className}` : ''}`} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary className="kv-details__summary">{summary}</summary>
      {open && children}
    </details>
  );
}

/** A titled part of a section (h3), a region for assistive technology. */
export function SubSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="kv-section">
      <Heading3 id={id}>{title}</Heading3>
      {children}
    </section>
  );
}

// --- Four eyes -------------------------------------------------------------------------------

/**
 * Approve or reject what a colleague recorded. Only a team leader who did not record it may;
 * everyone else reads that a second team leader must approve. The API only gives the recorder's
 * name, so "did not record it" is judged by name here; the server decides (four-eyes refusal).
 */
export function ApprovalPanel({ recordedBy, recordedById, approvePath, rejectPath, approvedMessage, rejectedMessage }: {
  recordedBy: string | null;
  recordedById: string;
  approvePath: string;
  rejectPath: string;
  approvedMessage: string;
  rejectedMessage: string;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { user, update } = useZaak();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ownProposal = user.role === 'teamleider' && recordedById === user.id;
  if (user.role !== 'teamleider' || ownProposal) {
    return (
      <Alert type="info">
        <p className="utrecht-paragraph">{t(ownProposal ? 'vtz.fourEyes.own' : 'vtz.fourEyes.waiting', { name: recordedBy ?? '—' })}</p>
      </Alert>
    );
  }
  const approve = async () => {
    setBusy(true);
    setError(null);
    try {
      update(await post<VtZaak>(approvePath, { akkoord: true }), approvedMessage);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="kv-approval">
      <Paragraph>{t('vtz.fourEyes.intro', { name: recordedBy ?? '—' })}</Paragraph>
      {error && <Alert type="error">{error}</Alert>}
      <ButtonGroup>
        <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void approve()}>{t('vtz.fourEyes.approve')}</Button>
      </ButtonGroup>
      <Disclosure summary={t('vtz.fourEyes.reject')}>
        <ReasonForm
          label={t('vtz.fourEyes.rejectReason')}
          description={t('vtz.fourEyes.rejectHelp')}
          field="reden"
          submitLabel={t('vtz.fourEyes.rejectSubmit')}
          send={(reden) => post<VtZaak>(rejectPath, { reden })}
          done={rejectedMessage}
          danger
        />
      </Disclosure>
    </div>
  );
}

// --- Handover fields -------------------------------------------------------------------------

export interface HandoverState {
  naarOrganisationId: string;
  voorwaarden: string;
  informatie: string;
}

export const emptyHandover = (): HandoverState => ({ naarOrganisationId: '', voorwaarden: '', informatie: '' });

/** The handover fields' own errors, keyed by the field names of HandoverFields. */
export function handoverProblems(h: HandoverState, t: ReturnType<typeof useT>): Record<string, string> {
  const e: Record<string, string> = {};
  if (!h.naarOrganisationId.trim()) e.naarOrganisationId = t('vtz.handover.organisationRequired');
  if (lines(h.voorwaarden).length === 0) e.voorwaarden = t('vtz.handover.conditionsRequired');
  if (!h.informatie.trim()) e.informatie = t('vtz.required');
  return e;
}

export const handoverBody = (h: HandoverState): HandoverInput => ({
  naarOrganisationId: h.naarOrganisationId.trim(), veiligheidsvoorwaarden: lines(h.voorwaarden), informatie: h.informatie.trim(),
});

/** Server paths of a handover under `prefix` ("overdracht") → the field names of HandoverFields. */
export const handoverPaths = (prefix: string): Record<string, string> => ({
  [prefix]: 'naarOrganisationId',
  [`${prefix}.naarOrganisationId`]: 'naarOrganisationId',
  [`${prefix}.veiligheidsvoorwaarden`]: 'voorwaarden',
  [`${prefix}.informatie`]: 'informatie',
});

/** The organisations a case can be handed over to: every organisation except Veilig Thuis. */
function useReceivers() {
  return useResource(() => get<{ items: Organisation[] }>('/organisaties').then((r) => r.items.filter((o) => o.sector !== 'veilig_thuis')), []);
}

export function HandoverFields({ value, onChange, errors }: { value: HandoverState; onChange: (h: HandoverState) => void; errors: Record<string, string> }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const receivers = useReceivers();
  const set = (field: keyof HandoverState) => (v: string) => onChange({ ...value, [field]: v });
  return (
    <div className="kv-subform">
      {receivers.data ? (
        <SelectField
          label={t('vtz.handover.organisation')}
          description={t('vtz.handover.organisationHelp')}
          name="naarOrganisationId"
          required
          placeholder={t('common.choose')}
          value={value.naarOrganisationId}
          onValue={set('naarOrganisationId')}
          error={errors.naarOrganisationId}
          options={receivers.data.map((o) => ({ value: o.id, label: `${o.name} (${tDynamic(`sector.${o.sector}`, o.sector)})` }))}
        />
      ) : (
        // The list could not be loaded: the organisation's id by hand.
        <TextField
          label={t('vtz.handover.organisationId')}
          name="naarOrganisationId"
          required
          value={value.naarOrganisationId}
          onValue={set('naarOrganisationId')}
          error={errors.naarOrganisationId}
        />
      )}
      <TextAreaField
        label={t('vtz.handover.conditions')}
        description={t('vtz.handover.conditionsHelp')}
        name="voorwaarden"
        required
        rows={5}
        value={value.voorwaarden}
        onValue={set('voorwaarden')}
        error={errors.voorwaarden}
      />
      <TextAreaField
        label={t('vtz.handover.informatie')}
        description={t('vtz.handover.informatieHelp')}
        name="informatie"
        required
        rows={4}
        maxLength={10_000}
        value={value.informatie}
        onValue={set('informatie')}
        error={errors.informatie}
      />
    </div>
  );
}

/** A numbered list of safety conditions. */
export function Conditions({ items, label }: { items: string[]; label: string }) {
  return (
    <ol className="utrecht-ordered-list kv-conditions" aria-label={label}>
      {items.map((c, i) => <li className="utrecht-ordered-list__item" key={i}>{c}</li>)}
    </ol>
  );
}
