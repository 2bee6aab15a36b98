import { describe, expect, it } from 'vitest';
import { pseudonymNamesPerson } from './peer-space.policy';
import { threadOrder } from './peer-space.views';

describe('a pseudonym is never the client’s name', () => {
  it.each([
    ['Sam Taylor', true],
    ['sam.taylor', true],
    ['TAYLOR 99', true],
    ['Sámtaylor', true],
    ['Harbour Light', false],
    ['Quiet Fox', false],
  ])('%s → names Sam Taylor: %s', (pseudonym, names) => {
    expect(pseudonymNamesPerson(pseudonym, 'Sam Taylor')).toBe(names);
  });

  it('lets a short part of a name (“Jo”) appear inside another word, but not the whole name', () => {
    expect(pseudonymNamesPerson('Jolly Jogger', 'Jo Li')).toBe(false);
    expect(pseudonymNamesPerson('jo-li', 'Jo Li')).toBe(true);
    expect(pseudonymNamesPerson('Dr Priya', 'Dr Priya Patel')).toBe(true);
  });
});

describe('thread order', () => {
  it('puts each reply after the one it answers, every level oldest first; an orphan (its parent held) is not shown', () => {
    const r = (id: string, parentId: string | null) => ({ id, parentId });
    const ordered = threadOrder([r('a', null), r('b', null), r('a1', 'a'), r('a1x', 'a1'), r('a2', 'a'), r('h1', 'held')]);
    expect(ordered.map((x) => x.id)).toEqual(['a', 'a1', 'a1x', 'a2', 'b']);
  });
});
