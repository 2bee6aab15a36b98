/**
 * The compiled form of the phrase trie, and the matcher. freeze() folds the empty moves of
 * patterns.ts away and numbers every word, so that matching a text is, per word, one array
 * index at the root and a short scan of small integer lists below it: no string hashing
 * beyond the one lookup that turns each word into its number.
 */
import type { TrieNode } from './patterns';

export interface Match<E> {
  entry: E;
  from: number; // first token index
  to: number; // one past the last token index
}

interface Node<E> {
  /** Children by word id: a dense array at wide nodes (the root), parallel lists elsewhere. */
  dense: Array<Array<Node<E>> | undefined> | undefined;
  keys: number[];
  children: Array<Array<Node<E>>>;
  prefixes: Array<[string, Node<E>]>;
  gaps: Array<[number, Node<E>]>;
  /** Moves taken only at the end of the clause: the `$` of a pattern. */
  atEnd: Array<Node<E>>;
  ends: E[];
}

/** The `$` pattern word: matches no word, only the end of the clause. */
export const CLAUSE_END = '$';

export interface Matcher<E> {
  root: Node<E>;
  /** Word → id; words no pattern uses have no id (-1) and can only match a prefix or gap. */
  ids: ReadonlyMap<string, number>;
  numberId: number;
}

const DENSE_FROM = 16;

/** Freezes a finished trie into a matcher. The trie must not change afterwards. */
export function freeze<E>(trie: TrieNode<E>): Matcher<E> {
  const ids = new Map<string, number>([['<num>', 0]]);
  const memo = new Map<TrieNode<E>, Node<E>>();
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    return id;
  };
  const build = (source: TrieNode<E>): Node<E> => {
    const known = memo.get(source);
    if (known) return known;
    const node: Node<E> = { dense: undefined, keys: [], children: [], prefixes: [], gaps: [], atEnd: [], ends: [] };
    memo.set(source, node);
    const byId = new Map<number, Array<TrieNode<E>>>();
    for (const member of closure(source)) {
      for (const [word, child] of member.words ?? []) {
        if (word === CLAUSE_END) {
          node.atEnd.push(build(child));
          continue;
        }
        const list = byId.get(idOf(word)) ?? [];
        if (!list.includes(child)) list.push(child);
        byId.set(idOf(word), list);
      }
      for (const [prefix, child] of member.prefixes ?? []) node.prefixes.push([prefix, build(child)]);
      for (const [max, child] of member.gaps ?? []) node.gaps.push([max, build(child)]);
      for (const e of member.ends ?? []) if (!node.ends.includes(e)) node.ends.push(e);
    }
    for (const [id, list] of byId) {
      node.keys.push(id);
      node.children.push(list.map(build));
    }
    return node;
  };
  const root = build(trie);
  for (const node of memo.values()) densify(node, ids.size);
  return { root, ids, numberId: 0 };
}

function densify<E>(node: Node<E>, size: number): void {
  if (node.keys.length < DENSE_FROM) return;
  node.dense = new Array<Array<Node<E>> | undefined>(size);
  node.keys.forEach((id, i) => {
    if (node.dense) node.dense[id] = node.children[i];
  });
}

/** The node and every node its empty moves reach. */
function closure<E>(node: TrieNode<E>): Set<TrieNode<E>> {
  const seen = new Set<TrieNode<E>>([node]);
  const stack = [node];
  while (stack.length > 0) {
    for (const join of stack.pop()?.joins ?? []) {
      if (!seen.has(join)) {
        seen.add(join);
        stack.push(join);
      }
    }
  }
  return seen;
}

/** Word ids for a text's words, for matchAll. */
export function wordIds<E>(matcher: Matcher<E>, words: readonly string[]): Int32Array {
  const out = new Int32Array(words.length);
  for (let i = 0; i < words.length; i += 1) out[i] = matcher.ids.get(words[i] ?? '') ?? -1;
  return out;
}

interface Walk<E> {
  words: readonly string[];
  ids: ArrayLike<number>;
  /** Words a gap may not skip: "i am * suicidal" must not read "i am sure she is suicidal". */
  gapStops: ReadonlySet<string>;
  numberId: number;
  to: number;
  out: Match<E>[];
}

/** Every match that starts and ends inside [from, to) of the text's words. */
export function matchAll<E>(
  matcher: Matcher<E>,
  text: { words: readonly string[]; ids: ArrayLike<number> },
  gapStops: ReadonlySet<string>,
  from: number,
  to: number,
  out: Match<E>[],
): void {
  const w: Walk<E> = { words: text.words, ids: text.ids, gapStops, numberId: matcher.numberId, to, out };
  for (let start = from; start < to; start += 1) walk(w, matcher.root, start, start);
}

// Every text visits thousands of nodes, most with no ends, prefixes or gaps: the length
// checks skip building an iterator for an empty list on each visit.
function walk<E>(w: Walk<E>, node: Node<E>, pos: number, start: number): void {
  if (pos > start && node.ends.length > 0) for (const entry of node.ends) w.out.push({ entry, from: start, to: pos });
  if (pos >= w.to) {
    for (const child of node.atEnd) walk(w, child, pos, start);
    return;
  }
  const id = w.ids[pos] ?? -1;
  if (id >= 0) stepTo(w, childrenOf(node, id), pos, start);
  if (isNumber(w.words[pos] ?? '')) stepTo(w, childrenOf(node, w.numberId), pos, start);
  if (node.prefixes.length > 0) {
    const word = w.words[pos] ?? '';
    for (const [prefix, child] of node.prefixes) if (word.startsWith(prefix)) walk(w, child, pos + 1, start);
  }
  if (node.gaps.length === 0) return;
  for (const [max, child] of node.gaps) {
    walk(w, child, pos, start);
    for (let skip = 1; skip <= max && pos + skip < w.to; skip += 1) {
      if (w.gapStops.has(w.words[pos + skip - 1] ?? '')) break;
      walk(w, child, pos + skip, start);
    }
  }
}

function stepTo<E>(w: Walk<E>, next: Array<Node<E>> | undefined, pos: number, start: number): void {
  if (next) for (const child of next) walk(w, child, pos + 1, start);
}

function childrenOf<E>(node: Node<E>, id: number): Array<Node<E>> | undefined {
  if (node.dense) return node.dense[id];
  const keys = node.keys;
  for (let i = 0; i < keys.length; i += 1) if (keys[i] === id) return node.children[i];
  return undefined;
}

function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d+$/.test(word);
}
