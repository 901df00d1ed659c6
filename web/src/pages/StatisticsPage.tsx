// Statistieken (regiocoördinator): counts per municipality and the region total. Suppressed
// counts come back as null with a reason (small, or hidden so a small one cannot be recomputed)
// and are shown as "·" as CBS does, with the reason for screen readers.
import { get } from '../api.ts';
import { useT } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import type { Statistics } from '../types.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, VisuallyHidden } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';

export function StatisticsPage() {
  const t = useT();
  const stats = useResource(() => get<Statistics>('/verwijsindex/statistieken'), []);
  type Row = Statistics['totaal'];
  const count = (row: Row, field: 'activeSignals' | 'childMatches' | 'familyMatches') => (row[field] === null
    ? <><span aria-hidden="true">·</span><VisuallyHidden>{t(row.onderdrukking[field] === 'secundair' ? 'stats.suppressedSecondary' : 'stats.suppressed')}</VisuallyHidden></>
    : row[field]);
  return (
    <Page title={t('stats.title')}>
      <Paragraph lead>{t('stats.intro')}</Paragraph>
      <Loaded resource={stats}>
        {(data) => (
          <>
            <Table caption={t('stats.caption', { region: data.region })}>
              <THead>
                <Tr>
                  <Th>{t('stats.col.municipality')}</Th>
                  <Th numeric>{t('stats.col.activeSignals')}</Th>
                  <Th numeric>{t('stats.col.childMatches')}</Th>
                  <Th numeric>{t('stats.col.familyMatches')}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.items.map((row) => (
                  <Tr key={row.municipality}>
                    <Th scope="row">{row.municipality}</Th>
                    <Td numeric>{count(row, 'activeSignals')}</Td>
                    <Td numeric>{count(row, 'childMatches')}</Td>
                    <Td numeric>{count(row, 'familyMatches')}</Td>
                  </Tr>
                ))}
                <Tr>
                  <Th scope="row">{t('stats.total')}</Th>
                  <Td numeric>{count(data.totaal, 'activeSignals')}</Td>
                  <Td numeric>{count(data.totaal, 'childMatches')}</Td>
                  <Td numeric>{count(data.totaal, 'familyMatches')}</Td>
                </Tr>
              </TBody>
            </Table>
            <Paragraph small>{t('stats.note')}</Paragraph>
            <Paragraph small>{data.beveiliging.regel}</Paragraph>
          </>
        )}
      </Loaded>
    </Page>
  );
}
