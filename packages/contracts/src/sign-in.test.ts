import { describe, expect, it } from 'vitest';
import { safeNextPath } from './sign-in';

describe('where sign-in may send a person next', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/clients/c1?tab=notes')).toBe('/clients/c1?tab=notes');
    expect(safeNextPath('/')).toBe('/');
    expect(safeNextPath('/clients/c1/messages?q=%E4%B8%AD')).toBe('/clients/c1/messages?q=%E4%B8%AD');
  });

  it('goes home for nothing, another site, or an address a browser would read as another site', () => {
    for (const next of [null, undefined, '', 'https://evil.example/', '//evil.example', '/\\evil.example', '/\\/evil.example', 'clients', '/a\nb', '/a\u0000b', '/a b', '/中', '/caf\u00e9']) {
      expect(safeNextPath(next), JSON.stringify(next)).toBe('/');
    }
  });
});
