// "Wie keek er?" (functioneel beheerder / privacy officer): the audit entries about one youth by
// BSN, and a check that the audit log's hash chain is intact.
import { useState, type FormEvent } from 'react';
import { ApiError, post } from '../api.ts';
import { useErrorText, useLang, useT, useTDynamic } from '../i18n/index.tsx';
import { formatDateTime } from '../format.ts';
import type { AuditEntry, AuditVerification } from '../types.ts';
import { Page } from '../components/Page.tsx';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { TextField } from '../components/FormField.tsx';
import { useSubmit, type Refusal } from './KetenShared.tsx';
import { UnusualAccess } from './UnusualAccess.tsx';
import { bsnProblem } from '../../../src/contract/bsn.ts';

export function PrivacyPage() {
  const t = useT();
  return (
    <Page title={t('privacy.title')}>
      <Paragraph lead>{t('privacy.intro')}</Paragraph>
      <Section id="privacy-lookup" title={t('privacy.lookup')}>
        <AuditLookup />
      </Section>
      <Section id="privacy-unusual" title={t('unusual.title')}>
        <UnusualAccess />
      </Section>
      <Section id="privacy-verify" title={t('privacy.verify.title')}>
        <ChainVerification />
      </Section>
    </Page>
  );
}

function AuditLookup() {
  const t = useT();
  const tDynamic = useTDynamic();
  const { lang } = useLang();
  const errorText = useErrorText();
  const [bsn, setBsn] = useState('');
  const { form, errors, formError, busy, submit: run } = useSubmit();
  const [entries, setEntries] = useState<{ bsn: string; items: AuditEntry[] } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = bsn.trim();
    const problem = !value ? t('privacy.bsnRequired') : bsnProblem(value) === 'format' ? t('validation.bsnFormat') : bsnProblem(value) ? t('validation.bsnElfproef') : undefined;
    void run(problem ? { bsn: problem } : {}, async () => {
      const result = await post<{ items: AuditEntry[] }>('/audit-entries/_zoek', { bsn: value });
      setEntries({ bsn: value, items: result.items });
    }, (e): Refusal => {
      setEntries(null);
      const field = e instanceof ApiError ? e.fieldError('bsn') : undefined;
      return [field ? { bsn: field } : {}, errorText(e)];
    }, null);
  };

  return (
    <>
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--narrow" role="search">
        <TextField
          label={t('privacy.bsn')}
          name="auditBsn"
          inputMode="numeric"
          autoComplete="off"
          required
          value={bsn}
          onValue={(v) => setBsn(v.replace(/\s/g, ''))}
          error={errors.bsn}
          className="kv-input--short"
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('privacy.search')}</Button>
        </ButtonGroup>
      </form>
      {formError && <Alert type="error">{formError}</Alert>}
      {entries && (
        entries.items.length === 0 ? (
          <div role="status"><Paragraph>{t('privacy.none', { bsn: entries.bsn })}</Paragraph></div>
        ) : (
          <Table caption={t('privacy.caption', { bsn: entries.bsn, count: entries.items.length })}>
            <THead>
              <Tr>
                <Th>{t('privacy.col.at')}</Th>
                <Th>{t('privacy.col.user')}</Th>
                <Th>{t('privacy.col.organisation')}</Th>
                <Th>{t('privacy.col.role')}</Th>
                <Th>{t('privacy.col.action')}</Th>
                <Th>{t('privacy.col.recordType')}</Th>
                <Th>{t('privacy.col.outcome')}</Th>
              </Tr>
            </THead>
            <TBody>
              {entries.items.map((e) => (
                <Tr key={e.seq}>
                  <Th scope="row"><time dateTime={e.at}>{formatDateTime(e.at, lang)}</time></Th>
                  <Td>{e.username ?? '—'}</Td>
                  <Td>{e.organisation ?? '—'}</Td>
                  <Td>{e.role ? tDynamic(`role.${e.role}`, e.role) : '—'}</Td>
                  <Td>{tDynamic(`audit.action.${e.action}`, e.action)}</Td>
                  <Td>{e.recordType}</Td>
                  <Td>{tDynamic(`audit.outcome.${e.outcome}`, e.outcome)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )
      )}
    </>
  );
}

function ChainVerification() {
  const t = useT();
  const errorText = useErrorText();
  const [report, setReport] = useState<AuditVerification | null>(null);
  const { formError, busy, submit } = useSubmit();

  const verify = () => {
    setReport(null);
    return submit({}, async () => setReport(await post<AuditVerification>('/audit-verifications')), (e) => [{}, errorText(e)]);
  };

  return (
    <>
      <Paragraph>{t('privacy.verify.intro')}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary" onClick={() => void verify()} busy={busy} disabled={busy}>{t('privacy.verify.button')}</Button>
      </ButtonGroup>
      {formError && <Alert type="error">{formError}</Alert>}
      {report && (report.ok ? (
        <Alert type="ok">{t('privacy.verify.ok', { checked: report.checked })}</Alert>
      ) : (
        <Alert type="error">
          {t('privacy.verify.broken', { position: report.firstBadPosition ?? '?' })}
          {report.reason ? ` ${report.reason}` : ''}
        </Alert>
      ))}
    </>
  );
}
