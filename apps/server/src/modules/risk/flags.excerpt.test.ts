import { describe, expect, it } from 'vitest';
import { buildExcerpt } from './flags.excerpt';

const reason = (text: string, phrase: string, construct = 'plan') => {
  const start = text.indexOf(phrase);
  return { phrase, construct, span: [start, start + phrase.length] as [number, number] };
};
const marked = (e: ReturnType<typeof buildExcerpt>) => e.highlights.map((h) => e.text.slice(h.start, h.end));

describe('the excerpt a clinician sees', () => {
  it('shows a short text whole with each reason marked', () => {
    const text = "I have the pills in front of me and I'm going tonight";
    const e = buildExcerpt(text, [reason(text, 'pills in front of me'), reason(text, 'tonight', 'timing')]);
    expect(e).toMatchObject({ text, clippedStart: false, clippedEnd: false });
    expect(marked(e)).toEqual(['pills in front of me', 'tonight']);
  });

  it('joins overlapping reasons into one mark and ignores empty or out-of-range spans', () => {
    const text = 'I want to die tonight';
    const e = buildExcerpt(text, [
      reason(text, 'want to die'),
      reason(text, 'die tonight'),
      { phrase: '', construct: 'crisis_intent', span: [0, 0] },
      { phrase: 'x', construct: 'x', span: [50, 60] },
    ]);
    expect(marked(e)).toEqual(['want to die tonight']);
  });

  it('shows a window of a long text around the marked words, cut at spaces', () => {
    const before = 'A long day at work and then the bus was late again. '.repeat(20);
    const after = ' Then I made tea and sat by the window for a while. '.repeat(20);
    const text = `${before}I keep thinking I would be better off dead.${after}`;
    const e = buildExcerpt(text, [reason(text, 'better off dead', 'passive_ideation')]);
    expect(e.clippedStart && e.clippedEnd).toBe(true);
    expect(e.text.length).toBeLessThan(500);
    expect(marked(e)).toEqual(['better off dead']);
    expect(text.includes(e.text)).toBe(true);
    expect(e.text.startsWith(' ') || e.text.endsWith(' ')).toBe(false);
  });

  it('never splits an emoji at the cut', () => {
    const text = `${'🙂'.repeat(400)} kms ${'🙂'.repeat(400)}`;
    const e = buildExcerpt(text, [reason(text, 'kms', 'coded')]);
    expect(marked(e)).toEqual(['kms']);
    expect(e.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});
