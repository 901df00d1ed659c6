// Statistieken (regiocoördinator): counts per municipality in the own region. Small numbers
// (below 5) come back as null and are shown as "< 5".
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
  const count = (n: number | null) => (n === null ? <><span aria-hidden="true">&lt; 5</span><VisuallyHidden>{t('stats.suppressed')}</VisuallyHidden></> : n);
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
                    <Td numeric>{count(row.activeSignals)}</Td>
                    <Td numeric>{count(row.childMatches)}</Td>
                    <Td numeric>{count(row.familyMatches)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
            <Paragraph small>{t('stats.note')}</Paragraph>
          </>
        )}
      </Loaded>
    </Page>
  );
}
