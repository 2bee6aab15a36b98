import type { FlagSourceType } from '@steadfast/contracts';
import type { Db } from '../../db/database';

/** Reads the words of some sources of one practice by id (a missing or erased source is simply absent). */
export type SourceTextReader = (db: Db, practiceId: string, ids: readonly string[]) => Promise<Map<string, string>>;

/**
 * Where the words behind a flag are read from, per source type, through the owning module's own
 * query: the modules that screen through risk sit above it, so app.ts hands their readers to
 * riskRoutes once. A source type without a reader shows its reasons' constructs and phrases, without an excerpt.
 */
export type SourceTextReaders = Readonly<Partial<Record<FlagSourceType, SourceTextReader>>>;

/** The words of the given flags' sources, keyed by source id. */
export async function readSourceTexts(
  readers: SourceTextReaders,
  db: Db,
  practiceId: string,
  sources: readonly { sourceType: FlagSourceType; sourceId: string }[],
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const byType = new Map<FlagSourceType, string[]>();
  for (const s of sources) byType.set(s.sourceType, [...(byType.get(s.sourceType) ?? []), s.sourceId]);
  for (const [type, ids] of byType) {
    const reader = readers[type];
    if (!reader) continue;
    for (const [id, text] of await reader(db, practiceId, ids)) texts.set(`${type}:${id}`, text);
  }
  return texts;
}
