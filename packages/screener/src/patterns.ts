/**
 * A tiny phrase-pattern language compiled once into a word trie (matched by matcher.ts), so
 * screening a text is one pass over its words with no regular expressions built per text.
 *
 *   want to (die|be dead)     alternatives; an empty alternative makes the group optional
 *   [really] want to die      optional words; "(a|the)?" is an optional group too
 *   @me                       a macro from tiers/v1/macros.ts, substituted before parsing
 *   want * die                a gap of 0–3 words (** for 0–6), never at either end
 *   suicid*                   a word prefix
 *   <num>                     any number ("when i was <num>")
 *   $                         the end of the clause ("i am not eating $")
 */

type Elem = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'gap'; max: number } | { kind: 'alt'; options: Elem[][] };

export class TrieNode<E> {
  words: Map<string, TrieNode<E>> | undefined;
  prefixes: Array<[string, TrieNode<E>]> | undefined;
  gaps: Map<number, TrieNode<E>> | undefined;
  /** Empty moves: where the branches of a group join again, so groups never multiply out. */
  joins: Array<TrieNode<E>> | undefined;
  ends: E[] | undefined;
}

/** Substitutes `@name` macros (which may use other macros). */
export function expandMacros(pattern: string, macros: Readonly<Record<string, string>>): string {
  let out = pattern;
  for (let depth = 0; out.includes('@'); depth += 1) {
    if (depth > 8) throw new Error(`macro loop in "${pattern}"`);
    out = out.replace(/@([a-z_]+)/g, (_, name: string) => {
      const body = macros[name];
      if (body === undefined) throw new Error(`unknown macro @${name} in "${pattern}"`);
      return `(${body})`;
    });
  }
  return out;
}

/** Parses a macro-free pattern into elements. Throws on malformed patterns at load time. */
export function parsePattern(pattern: string): Elem[] {
  const src = pattern
    .replace(/([()[\]|?])/g, ' $1 ')
    .trim()
    .split(/\s+/);
  let pos = 0;
  const parseSeq = (closers: string): Elem[][] => {
    const options: Elem[][] = [[]];
    while (pos < src.length) {
      const t = src[pos] ?? '';
      if (closers.includes(t)) break;
      pos += 1;
      const current = options[options.length - 1] ?? [];
      if (t === '|') options.push([]);
      else if (t === '(' || t === '[') {
        const inner = parseSeq(t === '(' ? ')' : ']');
        if (src[pos] !== (t === '(' ? ')' : ']')) throw new Error(`unclosed group in "${pattern}"`);
        pos += 1;
        const optional = t === '[' || src[pos] === '?';
        if (src[pos] === '?') pos += 1;
        current.push({ kind: 'alt', options: optional ? [...inner, []] : inner });
      } else current.push(parseToken(t));
    }
    return options;
  };
  const top = parseSeq('');
  if (pos !== src.length) throw new Error(`stray bracket in "${pattern}"`);
  for (const seq of top) {
    if (seq[0]?.kind === 'gap' || seq[seq.length - 1]?.kind === 'gap') throw new Error(`gap at an end of "${pattern}"`);
  }
  // "a b|c d" at the top level means either phrase.
  return top.length === 1 ? (top[0] ?? []) : [{ kind: 'alt', options: top }];
}

function parseToken(t: string): Elem {
  if (t === ')' || t === ']' || t === '?') throw new Error(`misplaced "${t}"`);
  if (t === '*') return { kind: 'gap', max: 3 };
  if (t === '**') return { kind: 'gap', max: 6 };
  if (t.endsWith('*')) return { kind: 'prefix', prefix: t.slice(0, -1) };
  return { kind: 'word', word: t };
}

/**
 * Adds one pattern to the trie; returns the plain words it uses (for the normaliser).
 * Words shared with earlier patterns reuse trie nodes; each group gets a fresh join node,
 * reached only by empty moves, so one pattern's branches never leak into another's.
 */
export function insertPattern<E>(root: TrieNode<E>, pattern: string, entry: E): string[] {
  const words: string[] = [];
  const elems = parsePattern(pattern);
  if (elems.every(canBeEmpty)) throw new Error(`pattern can match no words: "${pattern}"`);
  const end = insertSeq(root, elems, words);
  (end.ends ??= []).push(entry);
  return words;
}

function canBeEmpty(el: Elem): boolean {
  if (el.kind === 'gap') return true;
  if (el.kind === 'alt') return el.options.some((option) => option.every(canBeEmpty));
  return false;
}

function insertSeq<E>(start: TrieNode<E>, elems: Elem[], words: string[]): TrieNode<E> {
  let node = start;
  for (const el of elems) {
    if (el.kind === 'alt') {
      const join = new TrieNode<E>();
      for (const option of el.options) {
        const end = insertSeq(node, option, words);
        (end.joins ??= []).push(join);
      }
      node = join;
    } else {
      if (el.kind === 'word') words.push(el.word);
      node = childFor(node, el);
    }
  }
  return node;
}

function childFor<E>(node: TrieNode<E>, el: Exclude<Elem, { kind: 'alt' }>): TrieNode<E> {
  if (el.kind === 'word') {
    node.words ??= new Map();
    let next = node.words.get(el.word);
    if (!next) node.words.set(el.word, (next = new TrieNode<E>()));
    return next;
  }
  if (el.kind === 'prefix') {
    node.prefixes ??= [];
    const found = node.prefixes.find(([p]) => p === el.prefix);
    if (found) return found[1];
    const next = new TrieNode<E>();
    node.prefixes.push([el.prefix, next]);
    return next;
  }
  node.gaps ??= new Map();
  let next = node.gaps.get(el.max);
  if (!next) node.gaps.set(el.max, (next = new TrieNode<E>()));
  return next;
}
