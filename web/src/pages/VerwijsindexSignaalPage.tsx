// "Verwijsindex-signaal afgeven" from the dossier: one step, on the dossier's child. As on the
// signals page, the professional confirms having informed the youth and/or the parents first;
// a signal holds no content.
import { useState, type FormEvent } from 'react';
import { post } from '../api.ts';
import { useErrorText, useT } from '../i18n/index.tsx';
import { serverFieldErrors } from '../keten.ts';
import type { Dossier } from '../types.ts';
import { Paragraph } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { ButtonLink, Link } from '../components/Link.tsx';
import { checkInformed, InformedFields, NoContentNotice } from './SignalFields.tsx';
import { DossierSubPage, useFocusResult, useSubmit } from './KetenShared.tsx';

export function VerwijsindexSignaalPage({ id }: { id: string }) {
  const t = useT();
  return (
    <DossierSubPage id={id} title={(name) => t('vi.title', { name })} titleShort={t('vi.titleShort')}>
      {(dossier) => <SignaalForm dossier={dossier} />}
    </DossierSubPage>
  );
}

function SignaalForm({ dossier }: { dossier: Dossier }) {
  const t = useT();
  const errorText = useErrorText();
  const [informedOn, setInformedOn] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<{ matches: number } | null>(null);
  const { form, errors, formError, busy, submit: run } = useSubmit();
  const [result, focusResult] = useFocusResult<HTMLDivElement>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    checkInformed(e, informedOn, confirmed, t);
    void run(e, async () => {
      const r = await post<{ signalId: string; matches: number }>(`/dossiers/${dossier.id}/verwijsindex-signaal`, { informedOn });
      setDone({ matches: r.matches });
      focusResult();
    }, (err) => [serverFieldErrors(err, { informedOn: 'informedOn', startDate: 'informedOn' }, errorText), errorText(err)]);
  };

  if (done) {
    return (
      <div ref={result} tabIndex={-1} className="kv-result">
        <Alert type="ok">
          <p className="utrecht-paragraph"><strong>{t('vi.done', { name: dossier.child.fullName })}</strong></p>
          <p className="utrecht-paragraph">{done.matches > 0 ? t('vi.match') : t('signalForm.noMatch')}</p>
        </Alert>
        <ButtonGroup>
          {done.matches > 0 && <ButtonLink href="/matches" appearance="primary">{t('vi.viewMatches')}</ButtonLink>}
          <Link href={`/dossiers/${dossier.id}`}>{t('screening.back')}</Link>
        </ButtonGroup>
      </div>
    );
  }

  return (
    <>
      <NoContentNotice />
      <Paragraph>{t('vi.intro', { name: dossier.child.fullName, bsn: dossier.child.bsn })}</Paragraph>
      {formError && <Alert type="error">{formError}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="kv-form" aria-label={t('vi.titleShort')}>
        <InformedFields informedOn={informedOn} onInformedOn={setInformedOn} confirmed={confirmed} onConfirmed={setConfirmed} errors={errors} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('signalForm.submit')}</Button>
          <Link href={`/dossiers/${dossier.id}`}>{t('common.cancel')}</Link>
        </ButtonGroup>
      </form>
    </>
  );
}
