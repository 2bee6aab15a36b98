/**
 * `npx steadfast screen` (SPEC §4): JSON lines {"id","text"} in, one line
 * {"id","level","reasons"} out per input line, so anyone can evaluate the screener on their
 * own labelled data. A bad line yields {"id":null,"error":"…"} and the stream goes on;
 * blank lines (a trailing newline) are skipped. Errors never echo the input: it may be
 * clinical text.
 */
import { createInterface } from 'node:readline';
import { screen } from './final';

interface ScreenLine {
  id: unknown;
  text: string;
}

/** Reads `input` to its end, writing one result line per non-empty input line. */
export async function runScreenCli(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const ok = output.write(`${JSON.stringify(screenLine(line))}\n`);
    if (!ok) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  }
}

/** One input line to one output object; never throws. */
export function screenLine(line: string): Record<string, unknown> {
  const parsed = parseLine(line);
  if ('error' in parsed) return { id: parsed.id, error: parsed.error };
  const result = screen(parsed.text);
  return { id: parsed.id, level: result.level, reasons: result.reasons };
}

function parseLine(line: string): ScreenLine | { id: unknown; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: 'expected a JSON object' };
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { id: null, error: 'expected "id" to be a string or a number' };
  if (typeof text !== 'string') return { id: null, error: 'expected "text" to be a string' };
  return { id, text };
}
