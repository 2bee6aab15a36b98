import { List, Stack, Text, Title } from '@mantine/core';
import type { ErasureView } from '@steadfast/contracts';
import { formatDate } from '../../ui/format-date';
import { erasureWords, kindWords } from './erasure.words';

const words = erasureWords.preview;

/** What erasure removes, pseudonymises and keeps, in plain words, with why and until when. */
export function ErasurePreview({ view, headingOrder = 3 }: { view: ErasureView; headingOrder?: 3 | 4 }) {
  const kinds = (pick: (c: ErasureView['counts'][number]) => number) => view.counts.filter((c) => pick(c) > 0 && c.kind !== 'account').map((c) => c.kind);
  const removed = kinds((c) => c.removed);
  const pseudonymised = kinds((c) => c.pseudonymised);
  const kept = kinds((c) => c.kept);
  const section = (heading: string, list: typeof removed) =>
    list.length === 0 ? null : (
      <Stack gap={4}>
        <Title order={headingOrder}>{heading}</Title>
        <List size="sm">
          {list.map((k) => (
            <List.Item key={k}>{kindWords[k]}</List.Item>
          ))}
        </List>
      </Stack>
    );
  const until = view.retention.keptUntil;
  return (
    <Stack gap="sm" data-testid="erasure-preview">
      {section(words.removedHeading, removed)}
      {section(words.pseudonymisedHeading, pseudonymised)}
      {section(words.keptHeading, kept)}
      <Text size="sm">{until ? words.keptWhy(view.retention.retentionYears, formatDate(until)) : words.nothingKept}</Text>
      <Text size="sm">{words.accountKept}</Text>
    </Stack>
  );
}
