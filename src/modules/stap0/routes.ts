// HTTP API of stap 0: the factor lists, and screenings in a child's zorgdossier.
import { z } from 'zod';
import { ANSWERS } from '../../contract/stap0.ts';
import type { App } from '../../platform/http/app.ts';
import { actorOf, type AppContext } from '../../platform/http/context.ts';
import { conflict, notFound, unprocessable } from '../../platform/http/problem.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { ageOn } from '../../platform/dates.ts';
import { addTimelineEntry, dossierFor, dossierUser } from '../zorgdossier/service.ts';
import { CHILD_MAX_AGE } from '../zorgdossier/routes.ts';
import { FACTOR_GROUPS } from './factors.ts';
import { JUDGEMENTS, JUDGEMENT_LABEL, NEXT_ACTIONS, NEXT_ACTION_LABEL, balance, validateScreening } from './screening.ts';
import { CHILD_STEPS, MIN_CHILD_AGE, PARENT_STEPS, conversationSchema } from './conversation.ts';
import { createTasks } from '../opvolging/tasks.ts';

const answerSchema = z.strictObject({
  factorId: z.string().max(100),
  answer: z.enum(ANSWERS),
  note: z.string().trim().max(1000).optional(),
  source: z.string().trim().max(200).optional().describe('Bron van de kennis: eigen waarneming, ouder, kind, collega, …'),
});
const sideSchema = z.array(z.object({
  groupId: z.string(), group: z.string(),
  factors: z.array(z.object({ id: z.string(), label: z.string(), note: z.string().nullable(), source: z.string().nullable() })),
}));
const screeningSchema = z.object({
  id: z.string(), dossierId: z.string(), createdAt: z.string(), author: z.string(),
  judgement: z.enum(JUDGEMENTS), judgementNote: z.string().nullable(), nextAction: z.enum(NEXT_ACTIONS),
  answers: z.array(answerSchema),
  balance: z.object({ draaglast: sideSchema, draagkracht: sideSchema, unknown: z.number() }),
});

export function stap0Routes(app: App, ctx: AppContext) {
  const { db, clock } = ctx;

  app.get('/api/v1/stap0/factoren', {
    schema: {
      tags: ['stap0'], summary: 'De risicofactoren en beschermende factoren, gegroepeerd zoals in de bronnen, met bronverwijzing',
      response: { 200: z.object({ groups: z.array(z.object({
        id: z.string(), kind: z.enum(['risico', 'beschermend']), nl: z.string(), en: z.string(), ref: z.string(),
        factors: z.array(z.object({ id: z.string(), nl: z.string(), en: z.string(), ref: z.string(), hint: z.string().optional() })),
      })) }) },
    },
  }, async () => ({ groups: FACTOR_GROUPS.map((g) => ({ ...g, factors: [...g.factors] })) }));

  const view = (s: { id: string; dossier_id: string; created_at: Date; display_name: string; judgement: (typeof JUDGEMENTS)[number]; judgement_note: string | null; next_action: string; answers: z.infer<typeof answerSchema>[] }) => ({
    id: s.id, dossierId: s.dossier_id, createdAt: new Date(s.created_at).toISOString(), author: s.display_name,
    judgement: s.judgement, judgementNote: s.judgement_note, nextAction: s.next_action as (typeof NEXT_ACTIONS)[number],
    answers: s.answers, balance: balance(s.answers),
  });

  app.post('/api/v1/dossiers/:id/screenings', {
    schema: {
      tags: ['stap0'], summary: 'Stap 0-screening vastleggen: alle factoren, het eigen oordeel en de vervolgstap',
      params: z.object({ id: z.uuid() }),
      body: z.strictObject({
        answers: z.array(answerSchema).max(500),
        judgement: z.enum(JUDGEMENTS),
        judgementNote: z.string().trim().max(5000).optional(),
        nextAction: z.enum(NEXT_ACTIONS),
      }),
      response: { 201: screeningSchema },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const result = await db.transaction().execute(async (tx) => {
      const { dossier } = await dossierFor(tx, user, req.params.id, { write: true });
      if (dossier.status !== 'open') throw conflict('dossier-closed', 'Dit dossier is gesloten.');
      const child = await tx.selectFrom('persons').select(['date_of_birth']).where('id', '=', dossier.person_id).executeTakeFirstOrThrow();
      if (ageOn(child.date_of_birth, clock.today()) >= CHILD_MAX_AGE) throw unprocessable('not-a-child', 'Stap 0 is voor kinderen; deze persoon is volwassen.');
      const { answers, judgement, judgementNote, nextAction } = req.body;
      validateScreening(answers, judgement, nextAction);
      const row = await tx.insertInto('screenings').values({
        dossier_id: dossier.id, person_id: dossier.person_id, created_by: user.id, created_at: clock.now(),
        judgement, judgement_note: judgementNote ?? null, next_action: nextAction, answers: JSON.stringify(answers) as never,
      }).returningAll().executeTakeFirstOrThrow();
      await addTimelineEntry(tx, dossier.id, user.id, {
        kind: 'screening',
        summary: `Stap 0-screening: oordeel ${JUDGEMENT_LABEL[judgement]}; vervolg: ${NEXT_ACTION_LABEL[nextAction]}.`,
        recordType: 'screening', recordId: row.id, body: judgementNote,
      }, clock.now());
      await recordAudit(tx, actorOf(req), [{ action: 'create', recordType: 'screening', recordId: row.id, personId: dossier.person_id }]);
      return view({ ...row, display_name: user.displayName });
    });
    return reply.code(201).send(result);
  });

  app.get('/api/v1/dossiers/:id/screenings/:screeningId', {
    schema: {
      tags: ['stap0'], summary: 'Eén screening met draaglast en draagkracht naast elkaar',
      params: z.object({ id: z.uuid(), screeningId: z.uuid() }), response: { 200: screeningSchema },
    },
  }, async (req) => {
    const user = await dossierUser(db, req);
    const { dossier } = await dossierFor(db, user, req.params.id);
    const row = await db.selectFrom('screenings as s').innerJoin('users as u', 'u.id', 's.created_by')
      .selectAll('s').select('u.display_name').where('s.id', '=', req.params.screeningId).where('s.dossier_id', '=', dossier.id).executeTakeFirst();
    if (!row) throw notFound('Deze screening bestaat niet in dit dossier.');
    await recordAudit(db, actorOf(req), [{ action: 'read', recordType: 'screening', recordId: row.id, personId: dossier.person_id }]);
    return view(row);
  });

  app.get('/api/v1/stap0/gespreksstappen', {
    schema: {
      tags: ['stap0'], summary: 'De stappen van het gesprek met ouders (seed 001 §4.3) en met het kind (§4.4)',
      response: { 200: z.object({ ouders: z.record(z.string(), z.string()), kind: z.record(z.string(), z.string()), minChildAge: z.number() }) },
    },
  }, async () => ({ ouders: { ...PARENT_STEPS }, kind: { ...CHILD_STEPS }, minChildAge: MIN_CHILD_AGE }));

  app.post('/api/v1/dossiers/:id/gesprekken', {
    schema: {
      tags: ['stap0'], summary: 'Gesprek met de ouders of het kind vastleggen, stap voor stap; afspraken worden taken',
      params: z.object({ id: z.uuid() }), body: conversationSchema,
      response: { 201: z.object({ id: z.string(), taskIds: z.array(z.string()) }) },
    },
  }, async (req, reply) => {
    const user = await dossierUser(db, req);
    const c = req.body;
    const result = await db.transaction().execute(async (tx) => {
      const { dossier } = await dossierFor(tx, user, req.params.id, { write: true });
      if (dossier.status !== 'open') throw conflict('dossier-closed', 'Dit dossier is gesloten.');
      if (c.heldOn > clock.today()) throw unprocessable('date-in-future', 'De datum van het gesprek ligt in de toekomst.', { fields: ['heldOn'] });
      if (c.with === 'kind') {
        const child = await tx.selectFrom('persons').select('date_of_birth').where('id', '=', dossier.person_id).executeTakeFirstOrThrow();
        if (ageOn(child.date_of_birth, c.heldOn) < MIN_CHILD_AGE) {
          throw unprocessable('child-too-young', `Een gesprek met het kind vanaf ${MIN_CHILD_AGE} jaar; leg bij jongere kinderen het gesprek met de ouders vast.`);
        }
      }
      const row = await tx.insertInto('conversations').values({
        dossier_id: dossier.id, person_id: dossier.person_id, author_id: user.id, recorded_at: clock.now(), held_on: c.heldOn,
        with_whom: c.with, participants: c.participants, steps: JSON.stringify(c.steps) as never,
      }).returning('id').executeTakeFirstOrThrow();
      const labels: Record<string, string> = c.with === 'ouders' ? PARENT_STEPS : CHILD_STEPS;
      await addTimelineEntry(tx, dossier.id, user.id, {
        kind: 'gesprek', summary: `Gesprek met ${c.with === 'ouders' ? 'de ouders' : 'het kind'} op ${c.heldOn} (${c.participants}).`,
        recordType: 'gesprek', recordId: row.id,
        body: Object.entries(c.steps).map(([k, v]) => `${labels[k]}: ${v}`).join('\n'),
      }, clock.now());
      const taskIds = await createTasks(tx, dossier, user.id, c.agreements.map((a) => ({
        title: a.description, dueDate: a.dueDate, assigneeId: a.assigneeId ?? user.id, source: 'afspraak' as const, sourceId: row.id,
      })), clock.today(), clock.now());
      await recordAudit(tx, actorOf(req), [{ action: 'create', recordType: 'gesprek', recordId: row.id, personId: dossier.person_id }]);
      return { id: row.id, taskIds };
    });
    return reply.code(201).send(result);
  });
}
