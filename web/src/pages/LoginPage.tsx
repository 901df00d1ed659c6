// Inloggen: username and password, then a TOTP code (or a recovery code) when the account asks.
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, post } from '../api.ts';
import { useSession } from '../session.tsx';
import { useErrorText, useT } from '../i18n/index.tsx';
import type { SessionView } from '../types.ts';
import { Page } from '../components/Page.tsx';
import { TextField } from '../components/FormField.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { Paragraph } from '../components/Typography.tsx';
import { focusFirstInvalid } from '../format.ts';
import { focusNextPage } from '../router.tsx';
import { preloadLanding } from '../preload.ts';

export function LoginPage() {
  const t = useT();
  const errorText = useErrorText();
  const { signIn, endReason } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [secondFactor, setSecondFactor] = useState<'none' | 'totp' | 'recovery'>('none');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const codeField = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const errors: Record<string, string> = {};
    if (!username.trim()) errors.username = t('login.usernameRequired');
    if (!password) errors.password = t('login.passwordRequired');
    if (secondFactor !== 'none' && !code.trim()) errors.code = t(secondFactor === 'totp' ? 'login.totpRequired' : 'login.recoveryRequired');
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length) {
      window.setTimeout(() => focusFirstInvalid(form.current));
      return;
    }
    setBusy(true);
    try {
      const body: Record<string, string> = { username: username.trim(), password };
      if (secondFactor === 'totp') body.totpCode = code.replace(/\s/g, '');
      if (secondFactor === 'recovery') body.recoveryCode = code.trim();
      const view = await post<SessionView>('/sessions', body);
      focusNextPage();
      await preloadLanding(view.user.role);
      signIn(view);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'totp-required') {
        setSecondFactor('totp');
        setError(null);
        window.setTimeout(() => codeField.current?.focus());
      } else if (e instanceof ApiError && (e.code === 'totp-invalid' || e.code === 'recovery-code-invalid')) {
        setFieldErrors({ code: errorText(e) });
        window.setTimeout(() => codeField.current?.focus());
      } else {
        setError(errorText(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('login.title')}>
      {!submitted && endReason === 'expired' && <Alert type="warning" live="status">{t('login.sessionExpired')}</Alert>}
      {!submitted && endReason === 'ended' && <Alert type="warning" live="status">{t('login.sessionEnded')}</Alert>}
      {!submitted && endReason === 'logout' && <Alert type="ok">{t('login.loggedOut')}</Alert>}
      <Paragraph>{t('login.intro')}</Paragraph>
      {error && <Alert type="error">{error}</Alert>}
      {secondFactor === 'totp' && !error && <Alert type="info" live="status">{t('login.totpPrompt')}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--narrow">
        <TextField
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onValue={setUsername}
          error={fieldErrors.username}
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
          error={fieldErrors.password}
        />
        {secondFactor === 'totp' && (
          <TextField
            ref={codeField}
            label={t('login.totpCode')}
            description={t('login.totpCodeHelp')}
            name="totpCode"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={10}
            required
            value={code}
            onValue={setCode}
            error={fieldErrors.code}
            className="kv-input--short"
          />
        )}
        {secondFactor === 'recovery' && (
          <TextField
            ref={codeField}
            label={t('login.recoveryCode')}
            description={t('login.recoveryCodeHelp')}
            name="recoveryCode"
            autoComplete="off"
            maxLength={20}
            required
            value={code}
            onValue={setCode}
            error={fieldErrors.code}
          />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('login.submit')}</Button>
          {secondFactor !== 'none' && (
            <Button
              appearance="subtle"
              onClick={() => {
                setSecondFactor(secondFactor === 'totp' ? 'recovery' : 'totp');
                setCode('');
                setFieldErrors({});
              }}
            >
              {t(secondFactor === 'totp' ? 'login.useRecovery' : 'login.useTotp')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </Page>
  );
}
