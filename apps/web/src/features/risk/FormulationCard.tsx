import { Paper, Stack, Text } from '@mantine/core';
import type { RiskFormulationView } from '@steadfast/contracts';
import { formatDate, formatDateTime } from '../../ui/format-date';
import { formulationWords as words } from './risk.words';

/** One risk formulation as its clinician wrote it, read-only (the risk page, the clinical notes beside it). */
export function FormulationCard({ formulation: f, timeZone }: { formulation: RiskFormulationView; timeZone?: string }) {
  const block = (label: string, text: string) =>
    text ? (
      <div>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      </div>
    ) : null;
  return (
    <Paper withBorder p="md" component="article" aria-label={words.by(f.author.name, formatDateTime(f.createdAt, timeZone))}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {words.by(f.author.name, formatDateTime(f.createdAt, timeZone))}
          {f.reviewBy ? ` · ${words.review(formatDate(f.reviewBy))}` : ''}
        </Text>
        {block(words.formulation, f.formulation)}
        {block(words.judgement, f.judgement)}
        {block(words.plan, f.plan)}
        {block(words.changeableFactors, f.changeableFactors)}
      </Stack>
    </Paper>
  );
}
