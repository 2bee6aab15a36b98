/**
 * Choosing the model's cut-offs without looking at data it is scored on: five folds of half A
 * by user; each fold is scored by a model trained on the other four. Users are scored as the
 * benchmark scores them (the highest level over their posts, rules and model together).
 * High: the lowest cut-off at which the model costs at most SPECIFICITY_BUDGET of specificity
 * below high beyond what the rules alone cost (recall first, CLINICAL §6, but the on-call
 * clinician's attention is finite: false alarms are hazard H2 in docs/CLINICAL-SAFETY.md).
 * Concern: the cut-off (at or below high) with the best any-risk F1, the lower on a tie.
 */
import { marginOf, sigmoid, words } from '../src/model/features';
import { screenRules } from '../src/screen';
import { levelRank, type RiskLevel } from '../src/types';
import { train, type Doc, type TrainOptions } from './train-lib';

const FOLDS = 5;
const SPECIFICITY_BUDGET = 0.05;

function foldOf(group: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${group}#fold`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % FOLDS;
}

/** Out-of-fold probability for every document, by id. */
export function outOfFold(docs: readonly Doc[], options: TrainOptions): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < FOLDS; k += 1) {
    const model = train(
      docs.filter((d) => foldOf(d.group) !== k),
      options,
    );
    for (const d of docs) if (foldOf(d.group) === k) out.set(d.id, sigmoid(marginOf(words(d.text), model.weights, model.bias)));
  }
  return out;
}

interface UserScores {
  label: string;
  posts: Array<{ rule: number; p: number }>;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

function userLevel(u: UserScores, concern: number, high: number): number {
  let best = 0;
  for (const post of u.posts) best = Math.max(best, post.rule, post.p >= high ? 2 : post.p >= concern ? 1 : 0);
  return best;
}

function figures(users: UserScores[], concern: number, high: number) {
  const risky = users.filter((u) => u.label === 'ideation' || u.label === 'behavior/attempt');
  const none = users.filter((u) => u.label === 'none');
  const levels = new Map(users.map((u) => [u, userLevel(u, concern, high)]));
  const share = (list: UserScores[], test: (l: number) => boolean) => (list.length ? list.filter((u) => test(levels.get(u) ?? 0)).length / list.length : 0);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const u of users) {
    const actual = u.label !== 'none';
    const predicted = (levels.get(u) ?? 0) >= 1;
    if (actual && predicted) tp += 1;
    else if (predicted) fp += 1;
    else if (actual) fn += 1;
  }
  return {
    users: users.length,
    recallHigh: round4(share(risky, (l) => l >= 2)),
    specificityHigh: round4(share(none, (l) => l < 2)),
    f1: round4(tp ? (2 * tp) / (2 * tp + fp + fn) : 0),
  };
}

export function chooseCutoffs(docs: readonly Doc[], oof: Map<string, number>, labels: Map<string, string>) {
  const users = new Map<string, UserScores>();
  for (const d of docs) {
    const u = users.get(d.group) ?? { label: labels.get(d.group) ?? 'none', posts: [] };
    u.posts.push({ rule: Math.min(2, levelRank(screenRules(d.text).level as RiskLevel)), p: oof.get(d.id) ?? 0 });
    users.set(d.group, u);
  }
  const list = [...users.keys()].sort().map((k) => users.get(k) as UserScores);
  const grid = Array.from({ length: 999 }, (_, i) => round4(0.001 * (i + 1)));
  const floor = figures(list, 2, 2).specificityHigh - SPECIFICITY_BUDGET;
  const high = grid.find((t) => figures(list, t, t).specificityHigh >= floor) ?? 1;
  let concern = high;
  let bestF1 = -1;
  for (const t of grid.filter((x) => x <= high)) {
    const f1 = figures(list, t, high).f1;
    if (f1 > bestF1) {
      bestF1 = f1;
      concern = t;
    }
  }
  return {
    concern,
    high,
    note: `high: lowest cut-off at which the model lowers half-A specificity below high by at most ${SPECIFICITY_BUDGET} beyond the rules (users, ${FOLDS}-fold out-of-fold); concern: best any-risk F1 at or below it`,
    figures: { rulesOnly: figures(list, 2, 2), rulesAndModel: figures(list, concern, high) },
  };
}
