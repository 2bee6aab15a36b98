import { describe, expect, it } from 'vitest';
import { cases } from './screener.cases';
import { combine, maxLevel, screen, SCREENER_VERSION } from './index';

const allTexts = Object.values(cases).flatMap((list) => list.map(([text]) => text));

describe('reasons explain the level', () => {
  it.each(allTexts)('every span of %j points at its phrase in the original text', (text) => {
    for (const reason of screen(text).reasons) {
      expect(text.slice(reason.span[0], reason.span[1])).toBe(reason.phrase);
      expect(reason.span[0]).toBeLessThan(reason.span[1]);
    }
  });

  it('a flagged text always has a reason, an unflagged one never', () => {
    for (const text of allTexts) {
      const result = screen(text);
      expect(result.reasons.length > 0).toBe(result.level !== 'none');
    }
  });

  it('names the words, the construct and where they are', () => {
    const text = 'Rough week. I want to die.';
    expect(screen(text)).toEqual({
      level: 'high',
      reasons: [{ phrase: 'want to die', construct: 'passive_suicidal_ideation', span: [14, 25] }],
      screenerVersion: SCREENER_VERSION,
    });
  });

  it('keeps offsets into the original text through contractions, leet and stretched letters', () => {
    const text = "ok so… I'm gonna k!ll myselfffff tonight";
    const [top] = screen(text).reasons;
    expect(top?.phrase).toBe("I'm gonna k!ll myselfffff");
    expect(top?.span).toEqual([7, 32]);
    expect(top?.construct).toBe('active_suicidal_ideation_suicidal_planning');
  });

  it('counts offsets in UTF-16 units after astral characters', () => {
    const text = '😭😭 I want to die';
    const [reason] = screen(text).reasons;
    expect(reason?.span).toEqual([7, 18]); // each 😭 is two UTF-16 units
    expect(text.slice(7, 18)).toBe('want to die');
  });

  it('puts the strongest reason first', () => {
    const result = screen('I feel hopeless. I have the pills in front of me.');
    expect(result.level).toBe('imminent');
    expect(result.reasons.map((r) => r.construct)).toEqual(['lethal_means_for_suicide', 'hopelessness']);
  });

  it.each([
    ['my friend wants to die', 'passive_suicidal_ideation:third_party'],
    ['I used to want to die', 'passive_suicidal_ideation:past'],
    ['"I want to die" keeps going round my head', 'passive_suicidal_ideation:quoted'],
    ['I cut myself right now', 'direct_self_injury:now'],
    ["I'm going to kill myself lol", 'active_suicidal_ideation_suicidal_planning:jocular'],
    ['I want to die 💊', 'lethal_means_for_suicide:escalated'],
  ])('marks the context rule that changed the level: %j → %s', (text, construct) => {
    expect(screen(text).reasons.map((r) => r.construct)).toContain(construct);
  });

  it('reports what it flagged inside a longer message, not the negated clause', () => {
    const text = "I'm not going to kill myself, but I wish I could disappear";
    const result = screen(text);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]?.phrase).toBe('wish I could disappear');
  });

  it('stamps the screener and tier versions', () => {
    expect(screen('hello').screenerVersion).toMatch(/^screener-\d+\.\d+\.\d+\+tiers-v1-\d+\.\d+\.\d+\+model-\d+\.\d+\.\d+$/);
  });

  it.each([
    ['one phrase many times', 'kms '.repeat(20_000)],
    ['many emoji in one sentence', '💊🔪'.repeat(20_000)],
    ['many quotes', '"I want to die" '.repeat(5_000)],
    ['one endless clause', 'i want to really really so just '.repeat(3_000)],
  ])('stays fast and lists at most 25 reasons on pathological input: %s', (_name, text) => {
    const started = performance.now();
    const result = screen(text);
    expect(performance.now() - started).toBeLessThan(5_000); // linear, with room for a busy CI machine
    expect(result.reasons.length).toBeLessThanOrEqual(25);
  });

  it('never throws on odd input', () => {
    for (const text of ['', ' ', '\u0000', '"', "'", '…', '#', '****', '💊'.repeat(500), 'a'.repeat(10_000), '\ud83d']) {
      expect(() => screen(text)).not.toThrow();
    }
  });
});

describe('maxLevel and combine', () => {
  it('maxLevel takes the highest, none for nothing', () => {
    expect(maxLevel()).toBe('none');
    expect(maxLevel('concern', 'none', 'high')).toBe('high');
    expect(maxLevel('imminent', 'high')).toBe('imminent');
  });

  it('combine merges levels and reasons without duplicates, strongest first', () => {
    const a = screen('I feel hopeless');
    const b = screen('I want to die');
    const merged = combine([a, b, b]);
    expect(merged.level).toBe('high');
    expect(merged.reasons.map((r) => r.construct)).toEqual(['passive_suicidal_ideation', 'hopelessness']);
    expect(merged.screenerVersion).toBe(SCREENER_VERSION);
  });

  it('combine of nothing is none', () => {
    expect(combine([])).toEqual({ level: 'none', reasons: [], screenerVersion: SCREENER_VERSION });
  });
});
