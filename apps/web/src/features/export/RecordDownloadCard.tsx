import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { exportUrl, exportWords } from './export.words';
import wrapping from '../../ui/wrapping-button.module.css';

interface RecordDownloadCardProps {
  clientId: string;
  /** The client downloads their own information; their primary clinician exports the record. */
  audience: 'client' | 'clinician';
}

/** Two plain downloads of a client's record: our JSON, or FHIR for another health service. */
export function RecordDownloadCard({ clientId, audience }: RecordDownloadCardProps) {
  const words = exportWords[audience];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="record-download-heading">
      <Stack gap="sm">
        <Title order={2} id="record-download-heading">
          {words.heading}
        </Title>
        <Text>{words.text}</Text>
        <Group gap="sm">
          <Button component="a" href={exportUrl(clientId, 'json')} download variant="light" className={wrapping.wraps} data-testid="export-json">
            {words.json}
          </Button>
          <Button component="a" href={exportUrl(clientId, 'fhir')} download variant="light" className={wrapping.wraps} data-testid="export-fhir">
            {words.fhir}
          </Button>
        </Group>
        {audience === 'client' ? (
          <>
            <Text size="sm" c="dimmed">
              {exportWords.client.fhirHint}
            </Text>
            <Text size="sm">{exportWords.client.notIncluded}</Text>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
