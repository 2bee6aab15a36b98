import { Text } from '@mantine/core';
import type { FlagExcerpt as Excerpt } from '@steadfast/contracts';
import { Fragment } from 'react';
import { triageWords } from './risk.words';
import classes from './risk.module.css';

/** The client's words with the phrases that raised the flag marked (<mark>), as a quotation. */
export function FlagExcerpt({ excerpt }: { excerpt: Excerpt }) {
  const parts: { text: string; construct?: string }[] = [];
  let at = 0;
  for (const h of excerpt.highlights) {
    if (h.start > at) parts.push({ text: excerpt.text.slice(at, h.start) });
    parts.push({ text: excerpt.text.slice(h.start, h.end), construct: h.construct });
    at = h.end;
  }
  if (at < excerpt.text.length) parts.push({ text: excerpt.text.slice(at) });
  return (
    <Text component="blockquote" className={classes.excerpt}>
      {excerpt.clippedStart ? '… ' : null}
      {parts.map((part, i) =>
        part.construct ? (
          <mark key={i} className={classes.mark} title={triageWords.construct(part.construct)}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
      {excerpt.clippedEnd ? ' …' : null}
    </Text>
  );
}
