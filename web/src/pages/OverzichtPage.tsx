// Overzicht for the aandachtsfunctionaris: the organisation's running Meldcode trajectories (age,
// next step, follow-up date), recent stap 0 screenings, and every task that is overdue.
import { get } from '../api.ts';
import { useLang, useT, useTDynamic } from '../i18n/index.tsx';
import { useResource } from '../useResource.ts';
import { formatDate } from '../format.ts';
import type { MeldcodeOverview, Task } from '../meldcode.ts';
import { Loaded, Page } from '../components/Page.tsx';
import { Paragraph, Section, VisuallyHidden } from '../components/Typography.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table.tsx';
import { Link } from '../components/Link.tsx';
import { statusBadge } from '../features/meldcode/common.tsx';
import { DueState, SOURCE_KEYS } from './TasksPage.tsx';
import type { MessageKey } from '../i18n/index.tsx';
import '../meldcode.css';

const STEP_TITLE: Record<number, MessageKey> = {
  1: 'meldcode.step.1', 2: 'meldcode.step.2', 3: 'meldcode.step.3', 4: 'meldcode.step.4', 5: 'meldcode.step.5',
};

export function OverzichtPage() {
  const t = useT();
  const overview = useResource(() => get<MeldcodeOverview>('/meldcode/overzicht'), []);
  const overdue = useResource(() => get<{ items: Task[] }>('/taken/over-datum'), []);
  return (
    <Page title={t('overzicht.title')}>
      <Paragraph lead>{t('overzicht.intro')}</Paragraph>
      <Loaded resource={overview}>
        {(data) => (
          <>
            <Section id="overzicht-trajecten" title={t('overzicht.trajecten')}>
              {data.trajecten.length === 0 ? <Paragraph>{t('overzicht.trajectenNone')}</Paragraph> : <Trajecten items={data.trajecten} />}
            </Section>
            <Section id="overzicht-screenings" title={t('overzicht.screenings')}>
              {data.screenings.length === 0 ? <Paragraph>{t('overzicht.screeningsNone')}</Paragraph> : <Screenings items={data.screenings} />}
            </Section>
          </>
        )}
      </Loaded>
      <Section id="overzicht-overdue" title={t('overzicht.overdue')}>
        <Loaded resource={overdue}>
          {(data) => (data.items.length === 0 ? <Paragraph>{t('overzicht.overdueNone')}</Paragraph> : <Overdue items={data.items} />)}
        </Loaded>
      </Section>
    </Page>
  );
}

function Trajecten({ items }: { items: MeldcodeOverview['trajecten'] }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Table caption={t('overzicht.trajecten')} captionHidden>
      <THead>
        <Tr>
          <Th>{t('overzicht.col.child')}</Th>
          <Th>{t('overzicht.col.status')}</Th>
          <Th numeric>{t('overzicht.col.age')}</Th>
          <Th>{t('overzicht.col.nextStep')}</Th>
          <Th>{t('overzicht.col.followUp')}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((x) => (
          <Tr key={x.id}>
            <Th scope="row">
              <Link href={`/meldcode/${x.id}`}>{x.child}<VisuallyHidden> ({t('overzicht.openTraject')})</VisuallyHidden></Link>
            </Th>
            <Td>{statusBadge(x.status, t)}</Td>
            <Td numeric>{x.ageDays}</Td>
            <Td>{x.nextStep ? t('meldcode.stepTitle', { step: x.nextStep, title: t(STEP_TITLE[x.nextStep]) }) : t('overzicht.noNextStep')}</Td>
            <Td className="kv-nowrap">{formatDate(x.followUpDate, lang)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function Screenings({ items }: { items: MeldcodeOverview['screenings'] }) {
  const t = useT();
  const tDynamic = useTDynamic();
  const { lang } = useLang();
  return (
    <Table caption={t('overzicht.screenings')} captionHidden>
      <THead>
        <Tr>
          <Th>{t('overzicht.col.child')}</Th>
          <Th>{t('overzicht.col.judgement')}</Th>
          <Th>{t('overzicht.col.nextAction')}</Th>
          <Th>{t('overzicht.col.date')}</Th>
          <Th numeric>{t('overzicht.col.daysAgo')}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((s) => (
          <Tr key={s.id}>
            <Th scope="row"><Link href={`/dossiers/${s.dossierId}/screenings/${s.id}`}>{s.child}</Link></Th>
            <Td>{tDynamic(`screening.judgement.${s.judgement}`, s.judgement)}</Td>
            <Td>{tDynamic(`screening.next.${s.nextAction}`, s.nextAction)}</Td>
            <Td className="kv-nowrap">{formatDate(s.createdAt, lang)}</Td>
            <Td numeric>{s.ageDays}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function Overdue({ items }: { items: Task[] }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Table caption={t('overzicht.overdue')} captionHidden>
      <THead>
        <Tr>
          <Th>{t('taken.col.assignee')}</Th>
          <Th>{t('taken.col.title')}</Th>
          <Th>{t('taken.col.child')}</Th>
          <Th>{t('taken.col.due')}</Th>
          <Th>{t('taken.col.status')}</Th>
          <Th>{t('taken.col.source')}</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((task) => (
          <Tr key={task.id}>
            <Th scope="row">{task.assignee}</Th>
            <Td>{task.title}</Td>
            <Td><Link href={`/dossiers/${task.dossierId}`}>{task.child}<VisuallyHidden> ({t('taken.dossierLink')})</VisuallyHidden></Link></Td>
            <Td className="kv-nowrap">{formatDate(task.dueDate, lang)}</Td>
            <Td><DueState task={task} /></Td>
            <Td>{t(SOURCE_KEYS[task.source])}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
