import type { MessageIntent } from '@steadfast/contracts';
import type { ReplyWindow } from './reply-windows.policy';
import { localDateOf, addDays, dateKey, offsetMs } from './working-time';

const TITLES = /^(dr|mr|mrs|ms|mx|prof|professor)\.?$/i;

/** How a client calls a clinician: "Dana" for Dana Reyes, "Dr Patel" for Dr Priya Patel. */
export function callName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length > 1 && TITLES.test(parts[0]!)) return `${parts[0]} ${parts[parts.length - 1]}`;
  return parts[0] ?? fullName;
}

// Intl formatters are costly to build and a send words its reply time: keep one per zone and shape.
const formatters = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string, shape: 'weekday' | 'date'): Intl.DateTimeFormat {
  const key = `${timeZone}|${shape}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = shape === 'weekday' ? { weekday: 'long' } : { day: 'numeric', month: 'long' };
    f = new Intl.DateTimeFormat('en-GB', { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

function clockWords(at: Date, timeZone: string): string {
  // The local wall clock is the instant moved by the zone's offset (cached per hour), read as UTC.
  const wall = new Date(at.getTime() + offsetMs(at, timeZone));
  const hour = wall.getUTCHours();
  const minute = String(wall.getUTCMinutes()).padStart(2, '0');
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute === '00' ? '' : `:${minute}`} ${hour < 12 ? 'am' : 'pm'}`;
}

/** "5 pm today", "5 pm tomorrow", "5 pm on Thursday", or with the date when it is a week or more away. */
export function whenWords(at: Date, now: Date, timeZone: string): string {
  const day = localDateOf(at, timeZone);
  const today = localDateOf(now, timeZone);
  const clock = clockWords(at, timeZone);
  if (dateKey(day) === dateKey(today)) return `${clock} today`;
  if (dateKey(day) === dateKey(addDays(today, 1))) return `${clock} tomorrow`;
  const weekday = format(timeZone, 'weekday').format(at);
  const daysAway = (Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(today.year, today.month - 1, today.day)) / 86_400_000;
  if (daysAway < 7) return `${clock} on ${weekday}`;
  const date = format(timeZone, 'date').format(at);
  return `${clock} on ${weekday} ${date}`;
}

export function windowWords(window: ReplyWindow): string {
  if ('workingDays' in window) return window.workingDays === 1 ? '1 working day' : `${window.workingDays} working days`;
  return window.workingHours === 1 ? '1 working hour' : `${window.workingHours} working hours`;
}

export interface ExpectationFacts {
  intent: MessageIntent;
  /** Null when the client has no primary clinician right now (between handovers). */
  clinicianName: string | null;
  onCallName?: string;
  window: ReplyWindow | null;
  by: Date | null;
  now: Date;
  timeZone: string;
  /** The primary clinician's name when a named cover answers in their place. */
  coverFor?: string;
}

/**
 * What the client reads on sending (SPEC §2.2): who will read it and by when, in plain words.
 * The lane decides the time, never how the message sounds (CLINICAL.md §3.2); crisis words
 * never promise a time and always point to the routes that are there around the clock.
 */
export function expectationWords(f: ExpectationFacts): string {
  const words = laneWords(f);
  return f.coverFor && f.clinicianName ? `${callName(f.coverFor)} is away, and ${callName(f.clinicianName)} is covering. ${words}` : words;
}

function laneWords(f: ExpectationFacts): string {
  const name = f.clinicianName ? callName(f.clinicianName) : 'Your care team';
  const by = f.by ? whenWords(f.by, f.now, f.timeZone) : undefined;
  switch (f.intent) {
    case 'share':
      return `No reply is expected. ${name} will read it in working hours.`;
    case 'before_session':
      return f.window && by
        ? `${name} will read this before your next session, and within ${windowWords(f.window)}: by ${by}.`
        : `${name} will read this before your next session.`;
    case 'soon':
      return f.window && by ? `${name} replies to ‘soon’ messages within ${windowWords(f.window)}: by ${by}.` : `${name} will reply in working hours.`;
    case 'crisis': {
      const who = f.onCallName && callName(f.onCallName) !== name ? `${callName(f.onCallName)}, on call now, and ${name}` : name;
      return `${who} will see this as soon as they can. Messages are not watched around the clock, so please use your safety plan and the crisis lines now: they are there any time.`;
    }
  }
}
