import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runScreenCli } from './cli';

async function run(input: string): Promise<Array<Record<string, unknown>>> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  stdin.end(input);
  await runScreenCli(stdin, stdout);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text.endsWith('\n') || text === '').toBe(true);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('npx steadfast screen', () => {
  it('writes one result line per input line, in order', async () => {
    const out = await run(
      [
        JSON.stringify({ id: 1, text: 'I want to die' }),
        JSON.stringify({ id: 'b', text: 'just killing time' }),
        JSON.stringify({ id: 3, text: 'the pills are in front of me' }),
      ].join('\n'),
    );
    expect(out).toEqual([
      { id: 1, level: 'high', reasons: [{ phrase: 'want to die', construct: 'passive_suicidal_ideation', span: [2, 13] }] },
      { id: 'b', level: 'none', reasons: [] },
      { id: 3, level: 'imminent', reasons: [expect.objectContaining({ construct: 'lethal_means_for_suicide' })] },
    ]);
  });

  it('answers a malformed line with an error line and carries on', async () => {
    const out = await run(
      ['not json', '[1,2]', '{"id":7}', '{"text":"no id"}', '{"id":{"x":1},"text":"hi"}', JSON.stringify({ id: 8, text: 'I feel hopeless' })].join('\n'),
    );
    expect(out).toHaveLength(6);
    for (const line of out.slice(0, 5)) {
      expect(line.id).toBeNull();
      expect(typeof line.error).toBe('string');
    }
    expect(out[5]).toMatchObject({ id: 8, level: 'concern' });
  });

  it('never echoes the input in an error', async () => {
    const [line] = await run('{"id":1,"text": I want to die');
    expect(JSON.stringify(line)).not.toContain('want to die');
  });

  it('skips blank lines and handles CRLF and a missing final newline', async () => {
    const out = await run('\r\n{"id":1,"text":"kms"}\r\n\r\n{"id":2,"text":"hello"}');
    expect(out.map((o) => [o.id, o.level])).toEqual([
      [1, 'high'],
      [2, 'none'],
    ]);
  });

  it('writes nothing for empty input', async () => {
    expect(await run('')).toEqual([]);
  });
});
