// Dossiers: the zorgdossiers the user is involved in (the aandachtsfunctionaris sees all of the
// organisation's), and opening a new dossier for a child by BSN.
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, get, post } from '../api.ts';
import { useErrorText, useLang, useT } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { focusFirstInvalid, formatDate, formatDateTime } from '../format.ts';
import { navigate } from '../router.tsx';
import type { Dossier, DossierSummary } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { TextField } from '../components/FormField.tsx';
import { Link } from '../components/Link.tsx';
import { checkRelationship, emptyRelationship, RelationshipFields, relationshipBody, type RelationshipValue } from './RelationshipFields.tsx';
import { bsnProblem } from '../../../src/contract/bsn.ts';

export function DossiersPage() {
  const t = useT();
  const { user } = useSessionView();
  const dossiers = useResource(() => get<{ items: DossierSummary[] }>('/dossiers'), []);
  const officer = user.role === 'aandachtsfunctionaris';
  return (
    <Page title={t('dossiers.title')}>
      <Paragraph lead>{t('dossiers.intro')}</Paragraph>
      <Section id="dossiers-list" title={t(officer ? 'dossiers.listTitleOfficer' : 'dossiers.listTitle')}>
        <Loaded resource={dossiers}>
          {(data) => (data.items.length === 0 ? <Paragraph>{t('dossiers.none')}</Paragraph> : <DossierTable items={data.items} officer={officer} />)}
        </Loaded>
      </Section>
      <Section id="dossier-new" title={t('dossierForm.title')}>
        <DossierForm known={dossiers.data?.items ?? []} />
      </Section>
    </Page>
  );
}

function DossierTable({ items, officer }: { items: DossierSummary[]; officer: boolean }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Table caption={t(officer ? 'dossiers.listTitleOfficer' : 'dossiers.listTitle')} captionHidden>
      <THead>
        <Tr>
          <Th>{t('dossiers.col.child')}</Th>
          <Th>{t('dossiers.col.dateOfBirth')}</Th>
          <Th>{t('dossiers.col.opened')}</Th>
          <Th>{t('dossiers.col.lastActivity')}</Th>
          <Th>{t('dossiers.col.status')}</Th>
          <Th>{t('dossiers.col.involved')}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((d) => (
          <Tr key={d.id}>
            <Th scope="row">
              <Link href={`/dossiers/${d.id}`}>{d.child.name}</Link>
            </Th>
            <Td>{formatDate(d.child.dateOfBirth, lang)}</Td>
            <Td>{formatDateTime(d.createdAt, lang)}</Td>
            <Td>{formatDateTime(d.lastActivity, lang)}</Td>
            <Td>
              <span className={`utrecht-status-badge utrecht-status-badge--${d.status === 'open' ? 'active' : 'inactive'} kv-status`}>
                {t(d.status === 'open' ? 'dossier.status.open' : 'dossier.status.gesloten')}
              </span>
            </Td>
            <Td>{t(d.mine ? 'dossiers.mine' : 'dossiers.notMine')}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** "Dossier openen": on success the new dossier's page opens. */
function DossierForm({ known }: { known: DossierSummary[] }) {
  const t = useT();
  const errorText = useErrorText();
  const [bsn, setBsn] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [existing, setExisting] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [relationship, setRelationship] = useState<RelationshipValue>(emptyRelationship);
  const [relationshipErrors, setRelationshipErrors] = useState<Record<string, string>>({});
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setExisting(null);
    const b = bsn.trim();
    const problem = !b
      ? t('dossierForm.bsnRequired')
      : bsnProblem(b) === 'format'
        ? t('validation.bsnFormat')
        : bsnProblem(b) === 'elfproef'
          ? t('validation.bsnElfproef')
          : undefined;
    setError(problem);
    const relErrors: Record<string, string> = {};
    checkRelationship(relErrors, relationship, t);
    setRelationshipErrors(relErrors);
    if (problem || Object.keys(relErrors).length) {
      if (problem) input.current?.focus();
      else window.setTimeout(() => focusFirstInvalid(form.current));
      return;
    }
    setBusy(true);
    try {
      const dossier = await post<Dossier>('/dossiers', { bsn: b, relationship: relationshipBody(relationship) });
      navigate(`/dossiers/${dossier.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'dossier-exists' && typeof e.problem.dossierId === 'string') {
        setError(undefined);
        setExisting(e.problem.dossierId);
      } else if (e instanceof ApiError && e.code.startsWith('relationship-')) {
        setRelationshipErrors({ [e.code === 'relationship-required' ? 'relationshipReason' : 'relationshipExplanation']: errorText(e) });
        window.setTimeout(() => focusFirstInvalid(form.current));
      } else {
        // The dossier-specific wording for a deceased child; other codes as everywhere.
        setError(e instanceof ApiError && e.code === 'person-deceased' ? t('dossierForm.deceased') : (e instanceof ApiError && e.fieldError('bsn')) || errorText(e));
        input.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  };

  const visible = existing ? known.some((d) => d.id === existing) : false;

  return (
    <>
      <Paragraph>{t('dossierForm.intro')}</Paragraph>
      {existing && (
        <Alert type="warning" live="alert">
          <p className="utrecht-paragraph"><strong>{t('error.dossier-exists')}</strong></p>
          <p className="utrecht-paragraph">
            {visible ? <Link href={`/dossiers/${existing}`}>{t('dossierForm.existsOpen')}</Link> : t('dossierForm.existsAsk')}
          </p>
        </Alert>
      )}
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--narrow" aria-label={t('dossierForm.title')}>
        <TextField
          ref={input}
          label={t('dossierForm.bsn')}
          description={t('dossierForm.bsnHelp')}
          name="bsn"
          inputMode="numeric"
          autoComplete="off"
          required
          value={bsn}
          onValue={(v) => setBsn(v.replace(/\s/g, ''))}
          error={error}
          className="kv-input--short"
        />
        <RelationshipFields value={relationship} onValue={setRelationship} errors={relationshipErrors} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('dossierForm.submit')}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}
