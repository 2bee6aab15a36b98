import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { createNormaliser } from './normalise';
import { freeze, matchAll, wordIds } from './matcher';
import { expandMacros, insertPattern, parsePattern, TrieNode } from './patterns';
import { scan } from './scan';
import { screenRules as screen } from './screen';
import { tiersV1 } from './tiers/v1';

function matcher(patterns: string[]): (words: string[]) => string[] {
  const root = new TrieNode<string>();
  for (const p of patterns) insertPattern(root, p, p);
  const m = freeze(root);
  return (words) => {
    const out: Array<{ entry: string; from: number; to: number }> = [];
    matchAll(m, { words, ids: wordIds(m, words) }, new Set(['not']), 0, words.length, out);
    return out.map((m) => `${m.entry}@${m.from}-${m.to}`);
  };
}

describe('pattern language', () => {
  it('matches alternatives, optional words and groups, gaps and prefixes', () => {
    const match = matcher(['want to (die|be dead)', '[really] hate it', '(so )? tired', 'want * die', 'suicid*']);
    expect(match('i want to die'.split(' '))).toEqual(['want to (die|be dead)@1-4', 'want * die@1-4']);
    expect(match('really hate it'.split(' '))).toEqual(['[really] hate it@0-3', '[really] hate it@1-3']);
    expect(match('want very much to die'.split(' '))).toContain('want * die@0-5');
    expect(match('feeling suicidal'.split(' '))).toEqual(['suicid*@1-2']);
    expect(match(['so', 'tired'])).toEqual(['(so )? tired@0-2', '(so )? tired@1-2']);
  });

  it('never lets a gap skip a stop word such as a negator', () => {
    expect(matcher(['want * die'])('want not to die'.split(' '))).toEqual([]);
  });

  it("keeps one pattern's branches out of another's", () => {
    const match = matcher(['(a|b) c', 'a d']);
    expect(match(['b', 'd'])).toEqual([]);
    expect(match(['a', 'd'])).toEqual(['a d@0-2']);
  });

  it('matches the end of a clause with $', () => {
    const match = matcher(['not eating $']);
    expect(match('i am not eating'.split(' '))).toEqual(['not eating $@2-4']);
    expect(match('i am not eating meat'.split(' '))).toEqual([]);
  });

  it('matches any number with <num>', () => {
    expect(matcher(['when i was <num>'])('when i was 15'.split(' '))).toEqual(['when i was <num>@0-4']);
  });

  it.each(['(a|b', 'a)', 'a | ( b', '* a', 'a *', '?', '[ ]'])('rejects the malformed pattern %j', (p) => {
    expect(() => insertPattern(new TrieNode<string>(), p, p)).toThrow();
  });

  it('expands macros and refuses unknown ones', () => {
    expect(expandMacros('i @v it', { v: 'love|hate' })).toBe('i (love|hate) it');
    expect(() => expandMacros('@nope', {})).toThrow(/unknown macro/);
    expect(parsePattern('a (b|c)')).toHaveLength(2);
  });
});

describe('normaliser', () => {
  const n = createNormaliser(new Set(['kill', 'die', 'suicide', 'want', 'to', 'i', 'myself']));
  it.each([
    ["don't", ['do', 'not']],
    ['I’m', ['i', 'am']],
    ['wanna', ['want', 'to']],
    ['k!ll', ['kill']],
    ['su1c1de', ['suicide']],
    ['s*icide', ['suicide']],
    ['$uicide', ['suicide']],
    ['dieeeee', ['die']],
    ['KILLLLL', ['kill']],
    ['𝓭𝓲𝓮', ['die']],
    ["mum's", ['mum']],
    ['ill', ['ill']],
    ["I'll", ['i', 'will']],
    ['2nd', ['2nd']],
    ['b4', ['b4']],
  ])('%j → %j', (raw, words) => {
    expect(n.word(raw)).toEqual(words);
  });

  it('splits hashtags into known words', () => {
    expect(n.hashtag('iwanttodie')).toEqual(['i', 'want', 'to', 'die']);
    expect(n.hashtag('IWantToDie')).toEqual(['i', 'want', 'to', 'die']);
    expect(n.hashtag('blessed')).toEqual(['blessed']);
  });
});

describe('scanner', () => {
  it('keeps words, emoji and boundaries with original offsets', () => {
    const text = 'Hi, k!ll-me 💊⚰️. "ok" #sad';
    const raw = scan(text);
    expect(raw.map((t) => [t.kind, text.slice(t.start, t.end), t.start])).toEqual([
      ['word', 'Hi', 0],
      ['clause_end', ',', 2],
      ['word', 'k!ll', 4],
      ['word', 'me', 9],
      ['emoji', '💊', 12],
      ['emoji', '⚰', 14],
      ['sentence_end', '.', 16],
      ['quote', '"', 18],
      ['word', 'ok', 19],
      ['quote', '"', 21],
      ['word', 'sad', 24],
    ]);
    expect(raw.at(-1)).toMatchObject({ hashtag: true, text: 'sad' });
    expect(raw[2]?.hash).toBe(scan('k!ll')[0]?.hash);
  });
});

describe('tier data v1', () => {
  it('compiles, and every file carries a version', () => {
    expect(() => compile(tiersV1)).not.toThrow();
    const files = [...tiersV1.tiers, tiersV1.idioms, tiersV1.cues, tiersV1.macros, tiersV1.spelling, tiersV1.constructs];
    for (const f of files) expect(f.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('maps every construct it uses to a Suicide Risk Lexicon construct', () => {
    for (const tier of tiersV1.tiers) {
      for (const group of tier.groups) expect(tiersV1.constructs.lexiconOf[group.construct]).toBeTruthy();
    }
  });
});

describe('screen() on arbitrary text', () => {
  it('never throws, and every reason span slices to its phrase', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = screen(`${text} I want to die ${text}`);
        expect(result.level).not.toBe('none');
        for (const r of result.reasons) expect(text.length >= 0 && `${text} I want to die ${text}`.slice(...r.span)).toBe(r.phrase);
      }),
      { numRuns: 300 },
    );
  });
});
