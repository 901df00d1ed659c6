// "Opvallende toegang" on the privacy page (functioneel beheerder / privacy officer): what stands
// out in who opened dossiers and signals, each flag with the audit entries behind it, and the
// thresholds. Names and dates as people read them; no ids.
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, get, put } from '../api.ts';
import { useErrorText, useLang, useT, useTDynamic } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { Loaded } from '../components/Page.tsx';
import { Heading3, Paragraph } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { SelectField, TextField } from '../components/FormField.tsx';
import { useSubmit } from './KetenShared.tsx';

interface Settings {
  bulkCount: number;
  bulkHours: number;
  matchWithinHours: number;
  outsideScope: 'regio' | 'gemeente';
  periodDays: number;
}

interface Flag {
  key: string;
  kind: 'veel-nieuw' | 'buiten-regio' | 'kort-voor-match';
  user: { name: string; organisation: string; role: string };
  from: string;
  to: string;
  count: number;
  children: { name: string; dateOfBirth: string; municipality: string | null; record: 'dossier' | 'signaal'; at: string; relationship: { reason: string; explanation: string | null } }[];
  match: { type: 'kind' | 'gezin'; at: string } | null;
  trail: { at: string; user: string | null; organisation: string | null; role: string | null; action: string; recordType: string; person: string | null; outcome: string }[];
}

export function UnusualAccess() {
  const t = useT();
  const list = useResource(() => get<{ settings: Settings; items: Flag[] }>('/privacy/opvallende-toegang'), []);
  return (
    <>
      <Paragraph>{t('unusual.intro')}</Paragraph>
      <Loaded resource={list}>
        {(data) => (
          <>
            <div role="status">
              <Paragraph>{data.items.length === 0 ? t('unusual.none', { days: data.settings.periodDays }) : t(data.items.length === 1 ? 'unusual.countOne' : 'unusual.count', { count: data.items.length, days: data.settings.periodDays })}</Paragraph>
            </div>
            {data.items.length > 0 && (
              <ul className="kv-offers" role="list" aria-label={t('unusual.title')}>
                {data.items.map((f) => <li key={f.key} className="kv-offers__item"><FlagItem flag={f} scope={data.settings.outsideScope} /></li>)}
              </ul>
            )}
            <Heading3>{t('unusual.settings.title')}</Heading3>
            <SettingsForm settings={data.settings} onSaved={list.reload} />
          </>
        )}
      </Loaded>
    </>
  );
}

function FlagItem({ flag, scope }: { flag: Flag; scope: Settings['outsideScope'] }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const { lang } = useLang();
  const kind = flag.kind === 'buiten-regio' && scope === 'gemeente' ? 'unusual.kind.buiten-gemeente' : `unusual.kind.${flag.kind}` as const;
  const reason = (r: Flag['children'][number]['relationship']) =>
    `${tDynamic(`relationship.reason.${r.reason}`, r.reason)}${r.explanation ? ` (“${r.explanation}”)` : ''}`;
  return (
    <article className="kv-offer">
      <Heading3>{t(kind)}</Heading3>
      <Paragraph>
        <strong>{t('unusual.who', { user: flag.user.name, role: tDynamic(`role.${flag.user.role}`, flag.user.role), organisation: flag.user.organisation })}</strong>
        {' · '}
        {flag.from === flag.to ? t('unusual.at', { at: formatDateTime(flag.from, lang) }) : t('unusual.when', { from: formatDateTime(flag.from, lang), to: formatDateTime(flag.to, lang) })}
      </Paragraph>
      {flag.kind === 'veel-nieuw' && <Paragraph>{t('unusual.bulk', { count: flag.count })}</Paragraph>}
      {flag.match && <Paragraph>{t('unusual.match', { at: formatDateTime(flag.match.at, lang), type: t(flag.match.type === 'kind' ? 'match.type.kind' : 'match.type.gezin') })}</Paragraph>}
      <ul className="utrecht-unordered-list" aria-label={t('unusual.children')}>
        {flag.children.map((c, i) => (
          <li key={i} className="utrecht-unordered-list__item">
            {t('unusual.child', {
              name: c.name, dateOfBirth: formatDate(c.dateOfBirth, lang),
              municipality: c.municipality ? t('unusual.child.municipality', { municipality: c.municipality }) : '',
              record: t(c.record === 'dossier' ? 'unusual.record.dossier' : 'unusual.record.signaal'), at: formatDateTime(c.at, lang), reason: reason(c.relationship),
            })}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('unusual.trail', { count: flag.trail.length })}</summary>
        <Table caption={t('unusual.trailCaption')} captionHidden>
          <THead>
            <Tr>
              <Th>{t('privacy.col.at')}</Th>
              <Th>{t('privacy.col.user')}</Th>
              <Th>{t('privacy.col.action')}</Th>
              <Th>{t('privacy.col.recordType')}</Th>
              <Th>{t('unusual.col.person')}</Th>
              <Th>{t('privacy.col.outcome')}</Th>
            </Tr>
          </THead>
          <TBody>
            {flag.trail.map((e, i) => (
              <Tr key={i}>
                <Th scope="row"><time dateTime={e.at}>{formatDateTime(e.at, lang)}</time></Th>
                <Td>{e.user ?? '—'}</Td>
                <Td>{tDynamic(`audit.action.${e.action}`, e.action)}</Td>
                <Td>{e.recordType}</Td>
                <Td>{e.person ?? '—'}</Td>
                <Td>{tDynamic(`audit.outcome.${e.outcome}`, e.outcome)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </details>
    </article>
  );
}

const NUMBERS = ['bulkCount', 'bulkHours', 'matchWithinHours', 'periodDays'] as const;

function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [values, setValues] = useState(() => Object.fromEntries(NUMBERS.map((k) => [k, String(settings[k])])) as Record<(typeof NUMBERS)[number], string>);
  const [scope, setScope] = useState(settings.outsideScope);
  const { form, errors, formError, done, busy, submit: run } = useSubmit();
  useEffect(() => setScope(settings.outsideScope), [settings.outsideScope]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    for (const k of NUMBERS) if (!/^\d+$/.test(values[k].trim())) e[k] = t('unusual.settings.number');
    void run(e, async () => {
      await put('/privacy/opvallende-toegang/instellingen', { ...Object.fromEntries(NUMBERS.map((k) => [k, Number(values[k])])), outsideScope: scope });
      onSaved();
      return t('unusual.settings.saved');
    }, (err) => {
      const fe: Record<string, string> = {};
      if (err instanceof ApiError) for (const f of err.errors) if ((NUMBERS as readonly string[]).includes(f.path)) fe[f.path] = f.message;
      return [fe, errorText(err)];
    });
  };

  return (
    <>
      <Paragraph>{t('unusual.settings.intro')}</Paragraph>
      {done && <Alert type="ok">{done}</Alert>}
      {formError && <Alert type="error">{formError}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="kv-form kv-form--narrow" aria-label={t('unusual.settings.title')}>
        {NUMBERS.map((k) => (
          <TextField key={k} label={t(`unusual.settings.${k}`)} name={k} inputMode="numeric" required value={values[k]}
            onValue={(v) => setValues((old) => ({ ...old, [k]: v }))} error={errors[k]} className="kv-input--short" />
        ))}
        <SelectField label={t('unusual.settings.outsideScope')} name="outsideScope" required value={scope} onValue={(v) => setScope(v as Settings['outsideScope'])}
          options={(['regio', 'gemeente'] as const).map((s) => ({ value: s, label: t(`unusual.settings.outsideScope.${s}`) }))} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('unusual.settings.save')}</Button>
        </ButtonGroup>
      </form>
    </>
  );
}
