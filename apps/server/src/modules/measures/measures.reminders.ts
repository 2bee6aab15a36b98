import type { Instrument } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { systemCtx } from '../../http/context';
import { enqueueJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';
import { clientsWithNames } from '../care-teams';
import { notifyPerson } from '../notifications';
import { addDays, dateKey, instantAt, localDateOf } from '../reply-windows';
import { measuresOf } from './measures.queries';
import { currentRound, scheduleOf } from './measures.schedule';

export const MEASURE_ROUND_JOB = 'measures.round';

/** Measure notices go out at this local time: mid-morning, never at night. */
const NOTICE_MINUTES = 10 * 60;
/** One reminder, two days into a round, then nothing more (FIELD-NOTES: capped). */
const REMINDER_AFTER_DAYS = 2;

type Stage = 'open' | 'reminder';
interface RoundPayload {
  practiceId: string;
  clientId: string;
  instrument: Instrument;
  roundStart: string;
  startsOn: string;
  stage: Stage;
}

const parse = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year!, month: month!, day: date! };
};
const shift = (day: string, n: number) => dateKey(addDays(parse(day), n));

/** Queues the current round's notice for each scheduled instrument; each round queues the next. */
export async function scheduleMeasureRounds(db: Db, practiceId: string, clientId: string, now: Date): Promise<void> {
  const schedule = await scheduleOf(db, practiceId, clientId);
  const [client] = await clientsWithNames(db, practiceId, [clientId]);
  if (!client || !schedule.startsOn) return;
  const today = dateKey(localDateOf(now, client.timeZone));
  for (const instrument of ['phq9', 'gad7'] as const) {
    const round = currentRound(schedule, instrument, today);
    if (round)
      await queueStage(db, { practiceId, clientId, instrument, roundStart: round.start, startsOn: schedule.startsOn, stage: 'open' }, client.timeZone, now);
  }
}

async function queueStage(db: Db, payload: RoundPayload, timeZone: string, now: Date) {
  const day = payload.stage === 'open' ? payload.roundStart : shift(payload.roundStart, REMINDER_AFTER_DAYS);
  const at = instantAt(parse(day), NOTICE_MINUTES, timeZone);
  await enqueueJob(db, {
    kind: MEASURE_ROUND_JOB,
    payload: { ...payload },
    runAt: at < now ? now : at,
    dedupeKey: `${MEASURE_ROUND_JOB}:${payload.clientId}:${payload.instrument}:${payload.startsOn}:${payload.roundStart}:${payload.stage}`,
  });
}

/** Opens a round (one notice, no clinical content) and queues its single reminder and the next round. */
export const measureRoundJob: JobHandler = {
  kind: MEASURE_ROUND_JOB,
  mode: 'transactional',
  async run(job, db, deps) {
    const p = job.payload as unknown as RoundPayload;
    const now = deps.clock.now();
    const schedule = await scheduleOf(db, p.practiceId, p.clientId);
    const [client] = await clientsWithNames(db, p.practiceId, [p.clientId]);
    // A changed schedule superseded this round: its own jobs were queued when it was saved.
    if (!client || client.status !== 'active' || schedule.startsOn !== p.startsOn) return;
    const round = currentRound(schedule, p.instrument, p.roundStart);
    if (!round || round.start !== p.roundStart) return;
    const done = (await measuresOf(db, p.practiceId, p.clientId, { instrument: p.instrument, from: p.roundStart })).length > 0;
    const ctx = systemCtx(deps, p.practiceId, db);
    if (!done) await notifyPerson(ctx, { userId: client.userId, kind: 'measure_due', clientId: p.clientId });
    if (p.stage === 'open') {
      if (!done && schedule.expiresAfterDays > REMINDER_AFTER_DAYS) await queueStage(db, { ...p, stage: 'reminder' }, client.timeZone, now);
      await queueStage(db, { ...p, roundStart: shift(p.roundStart, round.periodDays), stage: 'open' }, client.timeZone, now);
    }
  },
};
