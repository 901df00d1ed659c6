// Mijn matches: the matches in which the user holds a signal.
import { get } from '../api.ts';
import { useLang, useT } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { Match } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Link } from '../components/Link.tsx';

export function youthNames(match: Match): string {
  return [...new Set(match.members.map((m) => m.youth.name))].join(', ');
}

export function MatchesPage() {
  const t = useT();
  const { lang } = useLang();
  const matches = useResource(() => get<{ items: Match[] }>('/matches'), []);
  const typeTitle = (m: Match) => t(m.type === 'kind' ? 'match.typeTitle.kind' : 'match.typeTitle.gezin');
  return (
    <Page title={t('matches.title')}>
      <Paragraph lead>{t('matches.intro')}</Paragraph>
      <Loaded resource={matches}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph>{t('matches.none')}</Paragraph>
          ) : (
            <Table caption={t('matches.caption')}>
              <THead>
                <Tr>
                  <Th>{t('matches.col.match')}</Th>
                  <Th>{t('matches.col.created')}</Th>
                  <Th>{t('matches.col.organisations')}</Th>
                  <Th>{t('matches.col.regievoerder')}</Th>
                  <Th>{t('matches.col.afgestemd')}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.items.map((m) => {
                  const mine = m.members.filter((x) => x.mine);
                  const afgestemd = mine.map((x) => x.afgestemdOp).filter((d): d is string => !!d).sort().pop();
                  return (
                    <Tr key={m.id}>
                      <Th scope="row">
                        <Link href={`/matches/${m.id}`}>{typeTitle(m)}: {youthNames(m)}</Link>
                      </Th>
                      <Td>{formatDateTime(m.createdAt, lang)}</Td>
                      <Td>{[...new Set(m.members.map((x) => x.organisation))].join(', ')}</Td>
                      <Td>{m.regievoerder ? `${m.regievoerder.name} (${m.regievoerder.organisation})` : t('match.noRegievoerderShort')}</Td>
                      <Td>{afgestemd ? formatDate(afgestemd, lang) : t('match.notAfgestemd')}</Td>
                    </Tr>
                  );
                })}
              </TBody>
            </Table>
          )
        }
      </Loaded>
    </Page>
  );
}
