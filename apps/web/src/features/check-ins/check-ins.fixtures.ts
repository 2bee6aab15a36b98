import type { CheckinBody, CheckinConfig, CheckinResponse, CheckinView, ReminderPreferences } from '@steadfast/contracts';
import { json } from '../../test/render';
import { samClientId, samMe } from '../messaging/messaging.fixtures';
import { todayIn } from './check-ins.dates';

/** Sam's check-in as Dana configured it: no emotions, skills or sleep, so the form must not ask them. */
export function samConfig(overrides: Partial<CheckinConfig> = {}): CheckinConfig {
  return {
    clientId: samClientId,
    items: ['mood', 'urges', 'medication', 'water', 'note'],
    urges: [
      { key: 'selfHarm', label: 'Urge to hurt myself', core: true },
      { key: 'sabotage', label: 'Urge to drop my own care', core: true },
      { key: 'skipMeals', label: 'Urge to skip meals', core: false },
    ],
    emotions: [],
    skills: [],
    backdateDays: 3,
    timeZone: 'Europe/London',
    today: todayIn('Europe/London'),
    canConfigure: false,
    updatedAt: null,
    ...overrides,
  };
}

const reminders: ReminderPreferences = {
  enabled: true,
  times: ['20:00'],
  channels: { inApp: true, email: false, push: false },
  missedDayNote: true,
  timeZone: 'Europe/London',
  nextAt: null,
};

/**
 * A stand-in for the check-in API with the server's rules: one check-in per day (a second one
 * updates it), and a `clientKey` seen before answers with what it stored, never a second write.
 */
export function fakeCheckinServer(config = samConfig()) {
  const state = {
    offline: false,
    byDate: new Map<string, CheckinView>(),
    posts: [] as CheckinBody[],
    writes: 0,
    keys: new Set<string>(),
  };
  const guard = () => {
    if (state.offline) throw new TypeError('Failed to fetch');
  };
  const base = `/api/v1/clients/${samClientId}/checkins`;
  const routes = {
    'GET /api/v1/me': () => (guard(), json(200, samMe)),
    [`GET ${base}/config`]: () => (guard(), json(200, config)),
    [`GET ${base}/reminders`]: () => (guard(), json(200, reminders)),
    [`GET ${base}`]: (url: URL) => {
      guard();
      const from = url.searchParams.get('from') ?? '';
      const to = url.searchParams.get('to') ?? '';
      return json(200, { checkins: [...state.byDate.values()].filter((c) => c.date >= from && c.date <= to) });
    },
    [`POST ${base}`]: (_url: URL, init: RequestInit | undefined) => {
      guard();
      const body = JSON.parse(String(init?.body)) as CheckinBody;
      state.posts.push(body);
      const date = body.date ?? config.today;
      const known = state.byDate.get(date);
      const replay = body.clientKey !== undefined && state.keys.has(body.clientKey);
      if (body.clientKey) state.keys.add(body.clientKey);
      const now = new Date().toISOString();
      const checkin: CheckinView =
        replay && known
          ? known
          : {
              id: known?.id ?? `00000000-0000-4000-8000-${String(state.byDate.size + 1).padStart(12, '0')}`,
              clientId: samClientId,
              date,
              enteredOn: config.today,
              mood: body.mood,
              urges: body.urges ?? {},
              actedOn: body.actedOn ?? [],
              medication: body.medication ?? null,
              note: body.note ?? null,
              emotions: body.emotions ?? {},
              skills: body.skills ?? [],
              water: body.water ?? null,
              meals: body.meals ?? null,
              sleepHours: body.sleepHours ?? null,
              createdAt: known?.createdAt ?? now,
              updatedAt: now,
            };
      if (!replay) {
        state.writes += 1;
        state.byDate.set(date, checkin);
      }
      const response: CheckinResponse = { checkin, showCrisisRoutes: (body.urges?.selfHarm ?? 0) >= 5, updated: Boolean(known) };
      return json(known ? 200 : 201, response);
    },
  };
  return { state, routes };
}
