// Beheer (functioneel beheerder): organisations, users, municipalities and the BRP import.
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { ApiError, get, patch, post } from '../api.ts';
import { useErrorText, useT, useTDynamic, type MessageKey } from '../i18n/index.tsx';
import { useSessionView } from '../session.tsx';
import { useResource } from '../useResource.ts';
import { usePath } from '../router.tsx';
import type { ImportLineError } from '../../../src/contract/errors.ts';
import { type AdminUser, type ImportResult, type Municipality, type Organisation, type Region } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section, VisuallyHidden } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { CheckboxField, SelectField, TextField } from '../components/FormField.tsx';
import { Link } from '../components/Link.tsx';
import { useFocusFirstInvalid, useSubmit } from './KetenShared.tsx';
import { ROLES } from '../../../src/contract/roles.ts';
import { SECTORS } from '../../../src/contract/sectors.ts';

const ADMIN_TABS: { href: string; label: MessageKey }[] = [
  { href: '/beheer/organisaties', label: 'admin.tab.organisations' },
  { href: '/beheer/gebruikers', label: 'admin.tab.users' },
  { href: '/beheer/gemeenten', label: 'admin.tab.municipalities' },
  { href: '/beheer/brp-import', label: 'admin.tab.import' },
];

function AdminPage({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  const path = usePath();
  return (
    <Page title={title}>
      <nav aria-label={t('admin.nav')} className="kv-subnav">
        <ul className="utrecht-nav-list" role="list">
          {ADMIN_TABS.map((tab) => (
            <li className="utrecht-nav-list__item" key={tab.href}>
              <Link href={tab.href} className="utrecht-nav-list__link kv-subnav__link" aria-current={path === tab.href ? 'page' : undefined}>{t(tab.label)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </Page>
  );
}

function fieldErrorsFrom(err: unknown, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (err instanceof ApiError) for (const f of err.errors) if (fields.includes(f.path)) out[f.path] = f.message;
  return out;
}

/* ---------------------------------------------------------------- organisations */

export function OrganisationsPage() {
  const t = useT();
  const tDynamic = useTDynamic();
  const orgs = useResource(() => get<{ items: Organisation[] }>('/organisaties'), []);
  const municipalities = useResource(() => get<{ items: Municipality[] }>('/gemeenten'), []);
  const municipalityName = (code: string) => municipalities.data?.items.find((m) => m.code === code)?.name ?? code;
  return (
    <AdminPage title={t('admin.organisations.title')}>
      <Section id="org-list" title={t('admin.organisations.list')}>
        <Loaded resource={orgs}>
          {(data) => (
            <Table caption={t('admin.organisations.caption', { count: data.items.length })} captionHidden>
              <THead>
                <Tr>
                  <Th>{t('admin.organisations.name')}</Th>
                  <Th>{t('admin.organisations.sector')}</Th>
                  <Th>{t('admin.organisations.municipality')}</Th>
                  <Th>{t('admin.organisations.requiresTotp')}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.items.map((o) => (
                  <Tr key={o.id}>
                    <Th scope="row">{o.name}</Th>
                    <Td>{tDynamic(`sector.${o.sector}`, o.sector)}</Td>
                    <Td>{municipalityName(o.municipalityCode)}</Td>
                    <Td>{t(o.requiresTotp ? 'common.yes' : 'common.no')}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </Loaded>
      </Section>
      <Section id="org-new" title={t('admin.organisations.add')}>
        <OrganisationForm municipalities={municipalities.data?.items ?? []} onCreated={orgs.reload} />
      </Section>
    </AdminPage>
  );
}

function OrganisationForm({ municipalities, onCreated }: { municipalities: Municipality[]; onCreated: () => void }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [sector, setSector] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [requiresTotp, setRequiresTotp] = useState(false);
  const { form, errors, formError, done, busy, submit: run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!name.trim()) e.name = t('admin.organisations.nameRequired');
    if (!sector) e.sector = t('admin.organisations.sectorRequired');
    if (!municipalityCode) e.municipalityCode = t('admin.organisations.municipalityRequired');
    void run(e, async () => {
      const created = await post<Organisation>('/organisaties', { name: name.trim(), sector, municipalityCode, requiresTotp });
      setName('');
      setSector('');
      setMunicipalityCode('');
      setRequiresTotp(false);
      onCreated();
      return t('admin.organisations.created', { name: created.name });
    }, (err) => {
      const fe = fieldErrorsFrom(err, ['name', 'sector', 'municipalityCode']);
      if (err instanceof ApiError && err.code === 'municipality-unknown') fe.municipalityCode = errorText(err);
      return [fe, errorText(err)];
    }, null);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="kv-form">
      {done && <Alert type="ok">{done}</Alert>}
      {formError && <Alert type="error">{formError}</Alert>}
      <TextField label={t('admin.organisations.name')} name="orgName" autoComplete="organization" required value={name} onValue={setName} error={errors.name} />
      <SelectField
        label={t('admin.organisations.sector')}
        name="sector"
        required
        value={sector}
        onValue={setSector}
        error={errors.sector}
        placeholder={t('common.choose')}
        options={SECTORS.map((s) => ({ value: s, label: tDynamic(`sector.${s}`, s) }))}
      />
      <SelectField
        label={t('admin.organisations.municipality')}
        name="municipalityCode"
        required
        value={municipalityCode}
        onValue={setMunicipalityCode}
        error={errors.municipalityCode}
        placeholder={t('common.choose')}
        options={municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
      />
      <CheckboxField label={t('admin.organisations.requiresTotpLabel')} name="requiresTotp" checked={requiresTotp} onChecked={setRequiresTotp} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('admin.organisations.submit')}</Button>
      </ButtonGroup>
    </form>
  );
}

/* ---------------------------------------------------------------- users */

export function UsersPage() {
  const t = useT();
  const users = useResource(() => get<{ items: AdminUser[] }>('/gebruikers'), []);
  const orgs = useResource(() => get<{ items: Organisation[] }>('/organisaties'), []);
  return (
    <AdminPage title={t('admin.users.title')}>
      <Section id="user-list" title={t('admin.users.list')}>
        <Loaded resource={users}>
          {(data) => <UserTable users={data.items} organisations={orgs.data?.items ?? []} onChanged={(u) => users.setData({ items: data.items.map((x) => (x.id === u.id ? u : x)) })} />}
        </Loaded>
      </Section>
      <Section id="user-new" title={t('admin.users.add')}>
        <UserForm organisations={orgs.data?.items ?? []} onCreated={users.reload} />
      </Section>
    </AdminPage>
  );
}

function UserTable({ users, organisations, onChanged }: { users: AdminUser[]; organisations: Organisation[]; onChanged: (u: AdminUser) => void }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const errorText = useErrorText();
  const me = useSessionView().user;
  const { formError, done, submit } = useSubmit();
  const [resetFor, setResetFor] = useState<string | null>(null);
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '—';

  const change = (u: AdminUser, body: Record<string, unknown>, doneKey: MessageKey, after?: () => void) => submit({}, async () => {
    const updated = await patch<AdminUser>(`/gebruikers/${u.id}`, body);
    onChanged(updated);
    after?.();
    return t(doneKey, { name: updated.displayName });
  }, (e) => [{}, errorText(e)]);

  const status = (u: AdminUser) => (!u.active ? t('admin.users.blocked') : u.locked ? t('admin.users.locked') : t('admin.users.active'));

  return (
    <>
      {done && <Alert type="ok">{done}</Alert>}
      {formError && <Alert type="error">{formError}</Alert>}
      <Table caption={t('admin.users.caption', { count: users.length })} captionHidden>
        <THead>
          <Tr>
            <Th>{t('admin.users.username')}</Th>
            <Th>{t('admin.users.displayName')}</Th>
            <Th>{t('admin.users.organisation')}</Th>
            <Th>{t('admin.users.role')}</Th>
            <Th>{t('admin.users.status')}</Th>
            <Th>{t('admin.users.totp')}</Th>
            <Th>{t('common.actions')}</Th>
          </Tr>
        </THead>
        <TBody>
          {users.map((u) => (
            <Tr key={u.id}>
              <Th scope="row">{u.username}</Th>
              <Td>{u.displayName}</Td>
              <Td>{orgName(u.organisationId)}</Td>
              <Td>{tDynamic(`role.${u.role}`, u.role)}</Td>
              <Td className="kv-nowrap">{status(u)}</Td>
              <Td>{t(u.totpEnabled ? 'common.yes' : 'common.no')}</Td>
              <Td>
                <div className="kv-actions">
                  {u.id !== me.id && (
                    <Button onClick={() => void change(u, { active: !u.active }, u.active ? 'admin.users.blockedDone' : 'admin.users.unblockedDone')}>
                      {t(u.active ? 'admin.users.block' : 'admin.users.unblock')}<VisuallyHidden> ({u.username})</VisuallyHidden>
                    </Button>
                  )}
                  {u.locked && (
                    <Button onClick={() => void change(u, { unlock: true }, 'admin.users.unlockedDone')}>
                      {t('admin.users.unlock')}<VisuallyHidden> ({u.username})</VisuallyHidden>
                    </Button>
                  )}
                  {resetFor !== u.id && (
                    <Button onClick={() => setResetFor(u.id)}>
                      {t('admin.users.resetPassword')}<VisuallyHidden> ({u.username})</VisuallyHidden>
                    </Button>
                  )}
                </div>
                {resetFor === u.id && (
                  <ResetPasswordForm
                    user={u}
                    onCancel={() => setResetFor(null)}
                    onSubmit={(password) => change(u, { password }, 'admin.users.passwordResetDone', () => setResetFor(null))}
                  />
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}

function ResetPasswordForm({ user, onSubmit, onCancel }: { user: AdminUser; onSubmit: (password: string) => Promise<void>; onCancel: () => void }) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < 12) {
      setError(t('password.tooShort', { min: 12 }));
      return;
    }
    setError(undefined);
    setBusy(true);
    await onSubmit(password);
    setBusy(false);
  };
  return (
    <form onSubmit={submit} noValidate className="kv-form kv-inline-form">
      <TextField
        label={t('admin.users.newPasswordFor', { name: user.username })}
        description={t('admin.users.newPasswordHelp')}
        name="resetPassword"
        type="password"
        autoComplete="new-password"
        autoFocus
        required
        value={password}
        onValue={setPassword}
        error={error}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('admin.users.resetSubmit')}</Button>
        <Button appearance="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

const USER_FIELDS = ['username', 'displayName', 'email', 'phone', 'organisationId', 'role', 'password'] as const;

function UserForm({ organisations, onCreated }: { organisations: Organisation[]; onCreated: () => void }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const errorText = useErrorText();
  const empty = { username: '', displayName: '', email: '', phone: '', organisationId: '', role: '', password: '' };
  const [values, setValues] = useState<Record<(typeof USER_FIELDS)[number], string>>(empty);
  const { form, errors, formError, done, busy, submit: run } = useSubmit();
  const set = (field: (typeof USER_FIELDS)[number]) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!/^[a-z0-9._-]{3,100}$/.test(values.username.trim())) e.username = t('admin.users.usernameFormat');
    if (!values.displayName.trim()) e.displayName = t('admin.users.displayNameRequired');
    if (!values.organisationId) e.organisationId = t('admin.users.organisationRequired');
    if (!values.role) e.role = t('admin.users.roleRequired');
    if (values.password.length < 12) e.password = t('password.tooShort', { min: 12 });
    void run(e, async () => {
      const created = await post<AdminUser>('/gebruikers', {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        email: values.email.trim() || null,
        phone: values.phone.trim() || null,
        organisationId: values.organisationId,
        role: values.role,
        password: values.password,
      });
      setValues(empty);
      onCreated();
      return t('admin.users.created', { name: created.username });
    }, (err) => {
      const fe = fieldErrorsFrom(err, USER_FIELDS);
      if (err instanceof ApiError && err.code === 'username-taken') fe.username = errorText(err);
      if (err instanceof ApiError && err.code.startsWith('password-')) fe.password = errorText(err);
      return [fe, errorText(err)];
    }, null);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="kv-form">
      {done && <Alert type="ok">{done}</Alert>}
      {formError && <Alert type="error">{formError}</Alert>}
      <TextField label={t('admin.users.username')} description={t('admin.users.usernameHelp')} name="newUsername" autoComplete="off" autoCapitalize="none" spellCheck={false} required value={values.username} onValue={set('username')} error={errors.username} />
      <TextField label={t('admin.users.displayName')} name="displayName" autoComplete="off" required value={values.displayName} onValue={set('displayName')} error={errors.displayName} />
      <TextField label={t('account.email')} name="email" type="email" autoComplete="off" value={values.email} onValue={set('email')} error={errors.email} />
      <TextField label={t('account.phone')} name="phone" type="tel" autoComplete="off" value={values.phone} onValue={set('phone')} error={errors.phone} />
      <SelectField
        label={t('admin.users.organisation')}
        name="organisationId"
        required
        value={values.organisationId}
        onValue={set('organisationId')}
        error={errors.organisationId}
        placeholder={t('common.choose')}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <SelectField
        label={t('admin.users.role')}
        name="role"
        required
        value={values.role}
        onValue={set('role')}
        error={errors.role}
        placeholder={t('common.choose')}
        options={ROLES.map((r) => ({ value: r, label: tDynamic(`role.${r}`, r) }))}
      />
      <TextField label={t('admin.users.initialPassword')} description={t('admin.users.newPasswordHelp')} name="initialPassword" type="password" autoComplete="new-password" required value={values.password} onValue={set('password')} error={errors.password} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('admin.users.submit')}</Button>
      </ButtonGroup>
    </form>
  );
}

/* ---------------------------------------------------------------- municipalities */

export function MunicipalitiesPage() {
  const t = useT();
  const errorText = useErrorText();
  const municipalities = useResource(() => get<{ items: Municipality[] }>('/gemeenten'), []);
  const regions = useResource(() => get<{ items: Region[] }>('/regios'), []);
  const { formError, done, submit } = useSubmit();
  const regionName = (id: number) => regions.data?.items.find((r) => r.id === id)?.name ?? String(id);

  const toggle = (m: Municipality) => submit({}, async () => {
    const updated = await patch<Municipality>(`/gemeenten/${encodeURIComponent(m.code)}`, { verwijsindexEnabled: !m.verwijsindexEnabled });
    if (municipalities.data) municipalities.setData({ items: municipalities.data.items.map((x) => (x.code === updated.code ? updated : x)) });
    return t(updated.verwijsindexEnabled ? 'admin.municipalities.enabledDone' : 'admin.municipalities.disabledDone', { name: updated.name });
  }, (e) => [{}, errorText(e)]);

  return (
    <AdminPage title={t('admin.municipalities.title')}>
      <Paragraph>{t('admin.municipalities.intro')}</Paragraph>
      {done && <Alert type="ok">{done}</Alert>}
      {formError && <Alert type="error">{formError}</Alert>}
      <Loaded resource={municipalities}>
        {(data) => (
          <Table caption={t('admin.municipalities.caption')}>
            <THead>
              <Tr>
                <Th>{t('admin.municipalities.name')}</Th>
                <Th>{t('admin.municipalities.code')}</Th>
                <Th>{t('admin.municipalities.region')}</Th>
                <Th>{t('admin.municipalities.verwijsindex')}</Th>
                <Th>{t('common.actions')}</Th>
              </Tr>
            </THead>
            <TBody>
              {data.items.map((m) => (
                <Tr key={m.code}>
                  <Th scope="row">{m.name}</Th>
                  <Td>{m.code}</Td>
                  <Td>{regionName(m.regionId)}</Td>
                  <Td>{t(m.verwijsindexEnabled ? 'admin.municipalities.on' : 'admin.municipalities.off')}</Td>
                  <Td>
                    <Button onClick={() => void toggle(m)}>
                      {t(m.verwijsindexEnabled ? 'admin.municipalities.disable' : 'admin.municipalities.enable')}
                      <VisuallyHidden> {t('admin.municipalities.forName', { name: m.name })}</VisuallyHidden>
                    </Button>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Loaded>
    </AdminPage>
  );
}

/* ---------------------------------------------------------------- BRP import */

/** The API reports field names of its own model; a CSV file has Dutch column names. */
const CSV_COLUMN: Record<string, string> = {
  givenNames: 'voornamen', familyName: 'geslachtsnaam', dateOfBirth: 'geboortedatum', sex: 'geslacht', street: 'straat',
  houseNumber: 'huisnummer', city: 'woonplaats', municipalityCode: 'gemeentecode', dateOfDeath: 'overlijdensdatum',
  parentBsn: 'ouder_bsn', childBsn: 'kind_bsn', kind: 'relatie',
};

export function BrpImportPage() {
  const t = useT();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<'' | 'csv' | 'json'>('');
  const [fileError, setFileError] = useState<string | undefined>();
  const [formatError, setFormatError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<{ text: string; lines: ImportLineError[]; format: 'csv' | 'json' } | null>(null);
  const [form, focusFirstError] = useFocusFirstInvalid();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setFileError(undefined);
    if (chosen) {
      const ext = chosen.name.toLowerCase().split('.').pop();
      if (ext === 'csv' || ext === 'json') setFormat(ext);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setFailure(null);
    const fe = !file ? t('admin.import.fileRequired') : undefined;
    const fo = !format ? t('admin.import.formatRequired') : undefined;
    setFileError(fe);
    setFormatError(fo);
    if (fe || fo || !file || !format) {
      focusFirstError();
      return;
    }
    setBusy(true);
    try {
      const content = await file.text();
      if (!content.trim()) {
        setFileError(t('admin.import.fileEmpty'));
        return;
      }
      setResult(await post<ImportResult>('/brp-imports', { format, content }));
    } catch (err) {
      const lines = err instanceof ApiError && Array.isArray(err.problem.errors) ? (err.problem.errors as ImportLineError[]) : [];
      setFailure({ text: errorText(err), lines, format });
    } finally {
      setBusy(false);
    }
  };

  return (
    <AdminPage title={t('admin.import.title')}>
      <Paragraph>{t('admin.import.intro')}</Paragraph>
      <form ref={form} onSubmit={submit} noValidate className="kv-form">
        <div className={`utrecht-form-field kv-field${fileError ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="brp-file">{t('admin.import.file')}</label>
          </div>
          <div className="utrecht-form-field__description utrecht-form-field-description" id="brp-file-description">{t('admin.import.fileHelp')}</div>
          {fileError && <div className="utrecht-form-field__error-message utrecht-form-field-error-message kv-field-error" id="brp-file-error" role="alert">{fileError}</div>}
          <div className="utrecht-form-field__input">
            <input
              id="brp-file"
              name="file"
              type="file"
              accept=".csv,.json,text/csv,application/json"
              required
              aria-required
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`brp-file-description${fileError ? ' brp-file-error' : ''}`}
              onChange={choose}
              className="kv-file"
            />
          </div>
        </div>
        <SelectField
          label={t('admin.import.format')}
          name="format"
          required
          value={format}
          onValue={(v) => setFormat(v as '' | 'csv' | 'json')}
          error={formatError}
          placeholder={t('common.choose')}
          options={[
            { value: 'csv', label: 'CSV' },
            { value: 'json', label: 'JSON' },
          ]}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('admin.import.submit')}</Button>
        </ButtonGroup>
      </form>
      {result && (
        <Alert type="ok">
          {t('admin.import.done', { created: result.personsCreated, updated: result.personsUpdated, relations: result.relationsAdded })}
        </Alert>
      )}
      {failure && (
        <>
          <Alert type="error">{failure.text}</Alert>
          {failure.lines.length > 0 && (
            <Table caption={t('admin.import.errorsCaption', { count: failure.lines.length })}>
              <THead>
                <Tr>
                  <Th>{t('admin.import.line')}</Th>
                  <Th>{t('admin.import.field')}</Th>
                  <Th>{t('admin.import.message')}</Th>
                </Tr>
              </THead>
              <TBody>
                {failure.lines.map((l, i) => (
                  <Tr key={i}>
                    <Th scope="row">{String(l.line)}</Th>
                    <Td>{l.field ? (failure.format === 'csv' ? CSV_COLUMN[l.field] ?? l.field : l.field) : '—'}</Td>
                    <Td>{l.message}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </>
      )}
    </AdminPage>
  );
}
