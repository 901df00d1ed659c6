// Mijn account: own details, changing the password, and setting up two-step verification (TOTP).
// When the organisation requires TOTP and it is not set up yet, this is the only usable page.
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, post } from '../api.ts';
import { useErrorText, useT, useTDynamic } from '../i18n/index.tsx';
import { useSession, useSessionView } from '../session.tsx';
import { Page } from '../components/Page.tsx';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { TextField } from '../components/FormField.tsx';
import { useSubmit } from './KetenShared.tsx';
import { DOSSIER_ROLES, hasRole } from '../../../src/contract/roles.ts';

const MIN_PASSWORD_LENGTH = 12;

export function AccountPage({ enrolmentRequired = false }: { enrolmentRequired?: boolean }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const { user } = useSessionView();
  return (
    <Page title={t('account.title')}>
      {enrolmentRequired && <Alert type="warning" live="alert">{t('account.enrolmentRequired')}</Alert>}
      <Section id="account-details" title={t('account.details')}>
        <dl className="utrecht-data-list kv-data-list">
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('account.name')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{user.displayName}</dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('account.username')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{user.username}</dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('account.organisation')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{user.organisationName}</dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('account.role')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{tDynamic(`role.${user.role}`, user.role)}</dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('account.phone')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{user.phone ?? '—'}</dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('account.email')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{user.email ?? '—'}</dd>
          </div>
          {hasRole(DOSSIER_ROLES, user.role) && (
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('account.userId')}</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                <code className="kv-break">{user.id}</code>
                <br />
                <span className="kv-muted">{t('account.userIdHelp')}</span>
              </dd>
            </div>
          )}
        </dl>
      </Section>
      <Section id="account-totp" title={t('totp.title')}>
        <TotpSetup />
      </Section>
      <Section id="account-password" title={t('password.title')}>
        <PasswordForm />
      </Section>
    </Page>
  );
}

function PasswordForm() {
  const t = useT();
  const errorText = useErrorText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const { form, errors, formError, done, busy, submit: run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!current) e.currentPassword = t('password.currentRequired');
    if (next.length < MIN_PASSWORD_LENGTH) e.newPassword = t('password.tooShort', { min: MIN_PASSWORD_LENGTH });
    else if (next === current) e.newPassword = t('error.password-unchanged');
    if (repeat !== next) e.repeat = t('password.mismatch');
    void run(e, async () => {
      await post('/account/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setRepeat('');
      return t('password.changed');
    }, (err) => {
      const fieldErrors: Record<string, string> = {};
      if (err instanceof ApiError) {
        if (err.code === 'password-incorrect') fieldErrors.currentPassword = errorText(err);
        if (err.code.startsWith('password-') && err.code !== 'password-incorrect') fieldErrors.newPassword = errorText(err);
        for (const f of err.errors) fieldErrors[f.path] = f.message;
      }
      return [fieldErrors, errorText(err)];
    }, null);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--narrow">
      {done && <Alert type="ok">{done}</Alert>}
      {formError && <Alert type="error">{formError}</Alert>}
      <TextField label={t('password.current')} name="currentPassword" type="password" autoComplete="current-password" required value={current} onValue={setCurrent} error={errors.currentPassword} />
      <TextField
        label={t('password.new')}
        description={t('password.newHelp', { min: MIN_PASSWORD_LENGTH })}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        value={next}
        onValue={setNext}
        error={errors.newPassword}
      />
      <TextField label={t('password.repeat')} name="repeatPassword" type="password" autoComplete="new-password" required value={repeat} onValue={setRepeat} error={errors.repeat} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('password.submit')}</Button>
      </ButtonGroup>
    </form>
  );
}

function TotpSetup() {
  const t = useT();
  const errorText = useErrorText();
  const { session, refresh } = useSession();
  const [secret, setSecret] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { form, errors, formError, busy, submit } = useSubmit();
  const codeInput = useRef<HTMLInputElement>(null);

  if (recoveryCodes) {
    return (
      <>
        <Alert type="ok">{t('totp.activated')}</Alert>
        <Alert type="warning">{t('totp.recoveryWarning')}</Alert>
        <ol className="utrecht-ordered-list kv-recovery-codes" aria-label={t('totp.recoveryCodes')}>
          {recoveryCodes.map((c) => <li className="utrecht-ordered-list__item" key={c}><code className="utrecht-code">{c}</code></li>)}
        </ol>
        <ButtonGroup>
          <Button appearance="primary" onClick={() => { setRecoveryCodes(null); void refresh(); }}>{t('totp.recoverySaved')}</Button>
        </ButtonGroup>
      </>
    );
  }

  if (session?.user.totpEnabled) return <Paragraph>{t('totp.enabled')}</Paragraph>;

  const start = () => submit({}, async () => {
    setSecret(await post<{ secret: string; otpauthUri: string }>('/account/totp'));
    window.setTimeout(() => codeInput.current?.focus());
  }, (e) => [{}, errorText(e)]);

  const activate = (event: FormEvent) => {
    event.preventDefault();
    const value = code.replace(/\s/g, '');
    void submit(/^\d{6}$/.test(value) ? {} : { code: t('totp.codeFormat') }, async () => {
      const result = await post<{ recoveryCodes: string[] }>('/account/totp/activation', { code: value });
      setRecoveryCodes(result.recoveryCodes);
      setSecret(null);
      setCode('');
    }, (e) => (e instanceof ApiError && e.code === 'totp-invalid' ? [{ code: errorText(e) }, null] : [{}, errorText(e)]), null);
  };

  return (
    <>
      <Paragraph>{t('totp.intro')}</Paragraph>
      {formError && <Alert type="error">{formError}</Alert>}
      {!secret ? (
        <ButtonGroup>
          <Button appearance="primary" onClick={() => void start()} busy={busy} disabled={busy}>{t('totp.start')}</Button>
        </ButtonGroup>
      ) : (
        <>
          <Paragraph>{t('totp.scan')}</Paragraph>
          <dl className="utrecht-data-list kv-data-list">
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('totp.secret')}</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                <code className="utrecht-code kv-secret">{secret.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
              </dd>
            </div>
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('totp.uri')}</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                <code className="utrecht-code kv-break">{secret.otpauthUri}</code>
              </dd>
            </div>
          </dl>
          <form ref={form} onSubmit={activate} noValidate className="kv-form kv-form--narrow">
            <TextField
              ref={codeInput}
              label={t('totp.code')}
              description={t('totp.codeHelp')}
              name="totpActivationCode"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={10}
              required
              value={code}
              onValue={setCode}
              error={errors.code}
              className="kv-input--short"
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('totp.activate')}</Button>
            </ButtonGroup>
          </form>
        </>
      )}
    </>
  );
}
