// One match: who else is involved (with contact details), the regievoerder, "ik heb afgestemd",
// and the earlier (closed) signals on the same youths.
import { useState, type FormEvent } from 'react';
import { ApiError, get, post, put } from '../api.ts';
import { useErrorText, useLang, useT, useTDynamic } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime, today } from '../format.ts';
import type { Match } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Button, ButtonGroup } from '../components/Button.tsx';
import { Alert } from '../components/Alert.tsx';
import { SelectField, TextField } from '../components/FormField.tsx';
import { ExternalLink, Link } from '../components/Link.tsx';
import { youthNames } from './MatchesPage.tsx';
import { useSubmit, type Refusal } from './KetenShared.tsx';

export function MatchDetailPage({ id }: { id: string }) {
  const t = useT();
  const match = useResource(() => get<Match>(`/matches/${encodeURIComponent(id)}`), [id]);
  const title = match.data
    ? `${t(match.data.type === 'kind' ? 'match.typeTitle.kind' : 'match.typeTitle.gezin')}: ${youthNames(match.data)}`
    : t('match.title');
  return (
    <Page title={title}>
      <Paragraph><Link href="/matches">{t('match.back')}</Link></Paragraph>
      <Loaded resource={match}>{(data) => <MatchDetail match={data} onUpdated={match.setData} />}</Loaded>
    </Page>
  );
}

function MatchDetail({ match, onUpdated }: { match: Match; onUpdated: (m: Match) => void }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const { lang } = useLang();
  const youthName = (youthId: string) => match.members.find((m) => m.youth.id === youthId)?.youth.name ?? '—';

  return (
    <>
      <Paragraph>
        {t('match.createdOn', { date: formatDateTime(match.createdAt, lang) })}{' '}
        {t(match.type === 'kind' ? 'match.explain.kind' : 'match.explain.gezin')}
      </Paragraph>
      <Alert type="info">{t('match.advice')}</Alert>

      <Section id="match-regie" title={t('match.regie.title')}>
        <Paragraph>
          {match.regievoerder
            ? t('match.regie.current', {
                name: match.regievoerder.name,
                organisation: match.regievoerder.organisation,
                since: formatDate(match.regievoerder.since, lang),
              })
            : t('match.regie.none')}
        </Paragraph>
        <RegievoerderForm match={match} onUpdated={onUpdated} />
      </Section>

      <Section id="match-members" title={t('match.members.title')}>
        <Table caption={t('match.members.caption')} captionHidden>
          <THead>
            <Tr>
              <Th>{t('match.col.professional')}</Th>
              <Th>{t('match.col.organisation')}</Th>
              <Th>{t('match.col.contact')}</Th>
              <Th>{t('match.col.youth')}</Th>
              <Th>{t('match.col.status')}</Th>
              <Th>{t('match.col.afgestemdOp')}</Th>
            </Tr>
          </THead>
          <TBody>
            {match.members.map((m) => (
              <Tr key={m.signalId}>
                <Th scope="row">
                  {m.professional.name}
                  {m.mine && <span className="kv-mine"> ({t('match.mine')})</span>}
                </Th>
                <Td>
                  {m.organisation}
                  <br />
                  <span className="kv-muted">{tDynamic(`sector.${m.sector}`, m.sector)}</span>
                </Td>
                <Td>
                  <ExternalLink href={`tel:${m.professional.phone.replace(/[^\d+]/g, '')}`} telephone>{m.professional.phone}</ExternalLink>
                  <br />
                  <ExternalLink href={`mailto:${m.professional.email}`}>{m.professional.email}</ExternalLink>
                </Td>
                <Td>
                  {m.youth.name}
                  <br />
                  <span className="kv-muted">{t('match.born', { date: formatDate(m.youth.dateOfBirth, lang) })}</span>
                </Td>
                <Td>
                  {t(m.status === 'actief' ? 'signal.status.actief' : 'signal.status.inactief')}
                  <br />
                  <span className="kv-muted">{t('match.since', { date: formatDate(m.startDate, lang) })}</span>
                </Td>
                <Td>{m.afgestemdOp ? formatDate(m.afgestemdOp, lang) : t('match.notAfgestemd')}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Section>

      <Section id="match-afstemming" title={t('match.afstemming.title')}>
        <AfstemmingForm match={match} onUpdated={onUpdated} />
      </Section>

      <Section id="match-history" title={t('match.history.title')}>
        {match.historicalSignals.length === 0 ? (
          <Paragraph>{t('match.history.none')}</Paragraph>
        ) : (
          <Table caption={t('match.history.caption')} captionHidden>
            <THead>
              <Tr>
                <Th>{t('match.col.youth')}</Th>
                <Th>{t('match.col.organisation')}</Th>
                <Th>{t('match.col.professional')}</Th>
                <Th>{t('match.col.contact')}</Th>
                <Th>{t('match.col.period')}</Th>
              </Tr>
            </THead>
            <TBody>
              {match.historicalSignals.map((h) => (
                <Tr key={h.signalId}>
                  <Th scope="row">{youthName(h.youthId)}</Th>
                  <Td>{h.organisation}</Td>
                  <Td>{h.professional.name}</Td>
                  <Td>
                    <ExternalLink href={`tel:${h.professional.phone.replace(/[^\d+]/g, '')}`} telephone>{h.professional.phone}</ExternalLink>
                    <br />
                    <ExternalLink href={`mailto:${h.professional.email}`}>{h.professional.email}</ExternalLink>
                  </Td>
                  <Td>{formatDate(h.startDate, lang)} – {formatDate(h.endDate, lang)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Section>
    </>
  );
}

function RegievoerderForm({ match, onUpdated }: { match: Match; onUpdated: (m: Match) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const professionals = [...new Map(match.members.map((m) => [m.userId, m])).values()];
  const [userId, setUserId] = useState(match.regievoerder?.userId ?? '');
  const [since, setSince] = useState(today());
  const { form, errors, formError, done, busy, submit: run } = useSubmit();
  const canDesignate = match.members.some((m) => m.mine && m.status === 'actief');
  if (!canDesignate) return <Paragraph>{t('match.regie.notAllowed')}</Paragraph>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!userId) e.userId = t('match.regie.userRequired');
    if (!since) e.since = t('match.regie.sinceRequired');
    else if (since > today()) e.since = t('match.dateFuture');
    void run(e, async () => {
      const updated = await put<Match>(`/matches/${match.id}/regievoerder`, { userId, since });
      onUpdated(updated);
      return t('match.regie.saved', { name: updated.regievoerder?.name ?? '' });
    }, (err) => {
      const fieldErrors: Record<string, string> = {};
      if (err instanceof ApiError) {
        for (const f of err.errors) if (f.path === 'userId' || f.path === 'since') fieldErrors[f.path] = f.message;
        if (err.code === 'date-in-future' || err.code === 'date-before-match') fieldErrors.since = errorText(err);
        if (err.code === 'regievoerder-not-in-match') fieldErrors.userId = errorText(err);
      }
      return [fieldErrors, errorText(err)];
    }, null);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="kv-form" aria-labelledby="regie-form-title">
      <h3 className="utrecht-heading-3" id="regie-form-title">{t(match.regievoerder ? 'match.regie.formTitleChange' : 'match.regie.formTitle')}</h3>
      {done && <Alert type="ok">{done}</Alert>}
      {formError && <Alert type="error">{formError}</Alert>}
      <SelectField
        label={t('match.regie.user')}
        name="regievoerder"
        required
        value={userId}
        onValue={setUserId}
        error={errors.userId}
        placeholder={t('match.regie.choose')}
        options={professionals.map((m) => ({ value: m.userId, label: `${m.professional.name} (${m.organisation})` }))}
      />
      <TextField
        label={t('match.regie.since')}
        name="regieSince"
        type="date"
        max={today()}
        required
        value={since}
        onValue={setSince}
        error={errors.since}
        className="kv-input--date"
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>{t('match.regie.submit')}</Button>
      </ButtonGroup>
    </form>
  );
}

function AfstemmingForm({ match, onUpdated }: { match: Match; onUpdated: (m: Match) => void }) {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const [date, setDate] = useState(today());
  const { form, errors, formError, done, busy, submit: run } = useSubmit();
  const mine = match.members.filter((m) => m.mine);
  const current = mine.map((m) => m.afgestemdOp).filter((d): d is string => !!d).sort().pop();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !date ? t('match.afstemming.dateRequired') : date > today() ? t('match.dateFuture') : undefined;
    void run(problem ? { afgestemdOp: problem } : {}, async () => {
      onUpdated(await post<Match>(`/matches/${match.id}/afstemmingen`, { afgestemdOp: date }));
      return t('match.afstemming.saved', { date: formatDate(date, lang) });
    }, (err): Refusal => {
      const field = err instanceof ApiError ? err.fieldError('afgestemdOp') ?? (err.code.startsWith('date-') ? errorText(err) : undefined) : undefined;
      return [field ? { afgestemdOp: field } : {}, errorText(err)];
    }, null);
  };

  return (
    <>
      <Paragraph>
        {current ? t('match.afstemming.current', { date: formatDate(current, lang) }) : t('match.afstemming.none')}
      </Paragraph>
      {done && <Alert type="ok">{done}</Alert>}
      {formError && <Alert type="error">{formError}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="kv-form" aria-label={t('match.afstemming.title')}>
        <TextField
          label={t('match.afstemming.date')}
          name="afgestemdOp"
          type="date"
          max={today()}
          required
          value={date}
          onValue={setDate}
          error={errors.afgestemdOp}
          className="kv-input--date"
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy} disabled={busy}>
            {t('match.afstemming.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
