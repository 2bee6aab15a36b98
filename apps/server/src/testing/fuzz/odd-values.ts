import fc from 'fast-check';

/**
 * Emails the fuzzer signs in with: a real account kept for the purpose (fuzz-world.ts creates it)
 * and one that does not exist. Never the people it acts as, whom wrong passwords would lock out.
 */
export const signInDecoyEmails = ['fuzz-decoy@harbour.example', 'nobody@harbour.example'] as const;

/**
 * Text that has broken real systems: lone surrogates (invalid UTF-16, unencodable as UTF-8), NUL
 * (PostgreSQL refuses it in text columns), right-to-left overrides, zero-width and byte-order
 * marks, stacked combining marks, joined emoji, and strings that look like code to some layer.
 */
export const oddFragments = [
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  '\u0000',
  'a\u0000b',
  '\u202E',
  '\u200F',
  '\u200B',
  '\uFEFF',
  'e\u0301\u0301\u0301\u0301',
  '\u0338\u20DD',
  '👩‍👩‍👧‍👦',
  '🏳️‍⚧️',
  '𝕳𝖊𝖑𝖑𝖔',
  'مرحبا',
  '\r\n',
  '\t',
  '\\',
  '"',
  "'; drop table users; --",
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '%',
  '\u0085',
  '\u2028\u2029',
  '\uFFFF',
  '\uFFFE',
] as const;

/** A string built from odd fragments and ordinary letters. */
/**
 * Any code point, surrogates included. (fast-check's own `unit: 'binary'` spends seconds building
 * its tables on first use, which a short test run cannot afford.)
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));

export const oddString = (): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...oddFragments), fc.string({ maxLength: 4 }), fc.string({ unit: anyCodePoint, maxLength: 4 })), {
      minLength: 1,
      maxLength: 12,
    })
    .map((parts) => parts.join(''));

/** A string far past any field's limit; the largest are bigger than the body limit on purpose. */
export const hugeString = (): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(501, 5_001, 20_000, 70_000, 200_000), fc.constantFrom('x', 'é', '😀', '\u0000', ' ')).map(([n, ch]) => ch.repeat(n));

/** A value of any JSON type, for "wrong type" mutations. */
export const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.constantFrom(0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324),
    fc.string({ maxLength: 20 }),
    oddString(),
    fc.constant([]),
    fc.constant({}),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  );

/** Request bodies that are not valid JSON, or JSON that no schema here accepts at the top. */
export const malformedJsonTexts = [
  '',
  ' ',
  '{',
  '}',
  '{"a":}',
  '{"a":1,}',
  '[1,2,',
  'NaN',
  'undefined',
  "{'a':1}",
  '{"a":1}{"b":2}',
  'null',
  'true',
  '0',
  '"just a string"',
  '[]',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '\uFEFF{}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"a":${'1'.repeat(400)}}`,
] as const;

/** Content types other than plain JSON, some of them lying about a JSON body. */
export const oddContentTypes = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json, text/plain',
  'application/jsonx',
  'APPLICATION/JSON',
  '*/*',
  ';;;',
  'application/merge-patch+json',
] as const;

/** Path segments that are not ids: traversal, encodings, overlong numbers, and broken percent escapes. */
export const oddPathSegments = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '8C5EBA2A-A7DB-44A2-BC27-3F8F138B9EFD',
  '{8c5eba2a-a7db-44a2-bc27-3f8f138b9efd}',
  '8c5eba2aa7db44a2bc273f8f138b9efd',
  '..',
  '%2e%2e%2f%2e%2e%2f',
  '%00',
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '%F0%9F%98%80',
  '%E2%80%AE',
  'null',
  'undefined',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  '9'.repeat(400),
  'a'.repeat(2_000),
  "'%20or%201=1--",
  '%7B%7D',
] as const;

/** A path segment, percent-encoded when it is text (lone surrogates cannot be encoded, so they appear as raw escapes). */
export function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}
