import { takenValues, type CheckinBody, type CheckinConfig, type CheckinView, type Taken } from '@steadfast/contracts';
import { useEffect, useState } from 'react';
import { forgetLocalCopy, is, readLocalCopy, writeLocalCopy } from '../../app/local-copy';

/** The answers while they are being given: everything optional until sent, mood needed to send. */
export interface CheckinDraft {
  mood: number | null;
  urges: Record<string, number>;
  actedOn: string[];
  emotions: Record<string, number>;
  skills: string[];
  medication: Taken | null;
  water: Taken | null;
  meals: Taken | null;
  sleepHours: number | null;
  note: string;
}

export const emptyDraft: CheckinDraft = {
  mood: null,
  urges: {},
  actedOn: [],
  emotions: {},
  skills: [],
  medication: null,
  water: null,
  meals: null,
  sleepHours: null,
  note: '',
};

const taken: readonly unknown[] = takenValues;
const numberOrNull = (v: unknown) => v === null || typeof v === 'number';
const takenOrNull = (v: unknown) => v === null || taken.includes(v);
const ratings = (v: unknown) => is.record(v) && Object.values(v).every((n) => typeof n === 'number');
const isDraft = (v: unknown): v is CheckinDraft =>
  is.record(v) &&
  numberOrNull(v.mood) &&
  ratings(v.urges) &&
  is.arrayOf(is.string)(v.actedOn) &&
  ratings(v.emotions) &&
  is.arrayOf(is.string)(v.skills) &&
  takenOrNull(v.medication) &&
  takenOrNull(v.water) &&
  takenOrNull(v.meals) &&
  numberOrNull(v.sleepHours) &&
  is.string(v.note);

/** A day's check-in as the server holds it, to change it the same day. */
export function draftFrom(checkin: CheckinView | CheckinBody | null | undefined): CheckinDraft {
  if (!checkin) return emptyDraft;
  return {
    mood: checkin.mood,
    urges: { ...checkin.urges },
    actedOn: [...(checkin.actedOn ?? [])],
    emotions: { ...checkin.emotions },
    skills: [...(checkin.skills ?? [])],
    medication: checkin.medication ?? null,
    water: checkin.water ?? null,
    meals: checkin.meals ?? null,
    sleepHours: checkin.sleepHours ?? null,
    note: checkin.note ?? '',
  };
}

/**
 * What goes to the server: only what the clinician configured and the person answered, so an
 * item switched off meanwhile is never sent (the server would refuse an unknown urge name).
 */
export function toBody(draft: CheckinDraft, config: CheckinConfig, date: string): (CheckinBody & { date: string }) | null {
  if (draft.mood === null) return null;
  const on = new Set(config.items);
  const pick = (values: Record<string, number>, keys: string[]) => Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k]!]));
  const urgeKeys = config.urges.map((u) => u.key);
  const emotionKeys = config.emotions.map((e) => e.key);
  const skillKeys = new Set(config.skills.map((s) => s.key));
  const note = draft.note.trim();
  const urges = on.has('urges') ? pick(draft.urges, urgeKeys) : {};
  const acted = on.has('urges') ? draft.actedOn.filter((k) => urgeKeys.includes(k)) : [];
  const emotions = on.has('emotions') ? pick(draft.emotions, emotionKeys) : {};
  const skills = on.has('skills') ? draft.skills.filter((k) => skillKeys.has(k)) : [];
  return {
    date,
    mood: draft.mood,
    ...(Object.keys(urges).length > 0 ? { urges } : {}),
    ...(acted.length > 0 ? { actedOn: acted } : {}),
    ...(Object.keys(emotions).length > 0 ? { emotions } : {}),
    ...(skills.length > 0 ? { skills } : {}),
    ...(on.has('medication') && draft.medication ? { medication: draft.medication } : {}),
    ...(on.has('water') && draft.water ? { water: draft.water } : {}),
    ...(on.has('meals') && draft.meals ? { meals: draft.meals } : {}),
    ...(on.has('sleep') && draft.sleepHours !== null ? { sleepHours: draft.sleepHours } : {}),
    ...(on.has('note') && note ? { note } : {}),
  };
}

/**
 * The day's answers as they are given, kept on this device per person and day, so a reload, a
 * closed tab or a dropped connection loses nothing. `null` until the person changes something:
 * then the form shows what the server holds for that day.
 */
export function useCheckinDraft(userId: string, clientId: string, date: string) {
  const storageKey = `checkinDraft.${userId}.${clientId}.${date}`;
  const [draft, setDraft] = useState<CheckinDraft | null>(() => readLocalCopy(storageKey, isDraft) ?? null);
  useEffect(() => {
    setDraft(readLocalCopy(storageKey, isDraft) ?? null);
  }, [storageKey]);
  return {
    draft,
    change(next: CheckinDraft) {
      setDraft(next);
      writeLocalCopy(storageKey, next);
    },
    forget() {
      setDraft(null);
      forgetLocalCopy(storageKey);
    },
  };
}
