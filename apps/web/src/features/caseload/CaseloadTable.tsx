import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import type { CaseloadEntry } from '@steadfast/contracts';
import { Link } from 'react-router';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { careTeamWords } from '../care-teams/care-teams.words';
import { CaseloadCheckinLine } from '../check-ins/CaseloadCheckinLine';
import { CaseloadStabilityLine } from '../okay-plan/CaseloadStabilityLine';
import { CaseloadSchedulingSignals } from '../scheduling/CaseloadSchedulingSignals';
import { FlagBadge, MessageSignals, openRiskOf, roleWords } from './CaseloadClientCard';
import { whenWords } from './caseload.time';
import { caseloadWords as words, viewWords } from './caseload.words';
import classes from './caseload.module.css';

interface CaseloadTableProps {
  clients: CaseloadEntry[];
  now: number;
  timeZone?: string;
  /** The id of the heading that names the table. */
  labelledBy: string;
}

/**
 * The caseload as clinicians know it from their practice systems: one row per client, a column
 * per signal, dense enough for 100 clients on a laptop or a tablet. Each row's header is the
 * client's name, a heading, so a screen reader can move from client to client.
 */
export function CaseloadTable({ clients, now, timeZone, labelledBy }: CaseloadTableProps) {
  return (
    <ScrollRegion labelledBy={labelledBy}>
      <Table verticalSpacing="sm" withTableBorder withRowBorders striped={false} data-testid="caseload-table" className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{viewWords.columns.client}</Table.Th>
            <Table.Th scope="col">{viewWords.columns.risk}</Table.Th>
            <Table.Th scope="col">{viewWords.columns.messages}</Table.Th>
            <Table.Th scope="col">{viewWords.columns.checkins}</Table.Th>
            <Table.Th scope="col">{viewWords.columns.stability}</Table.Th>
            <Table.Th scope="col">{viewWords.columns.sessions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <CaseloadRow key={client.clientId} client={client} now={now} timeZone={timeZone} />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

function CaseloadRow({ client, now, timeZone }: { client: CaseloadEntry; now: number; timeZone?: string }) {
  const risk = openRiskOf(client);
  const flags = client.signals.flags;
  return (
    <Table.Tr data-testid="caseload-client" className={risk && risk !== 'none' ? classes[risk] : undefined}>
      <Table.Th scope="row" fw={400} className={classes.clientCell}>
        <Stack gap={2}>
          <Title order={3} size="h5" id={`client-${client.clientId}`}>
            <Anchor component={Link} to={`/clients/${client.clientId}`} inherit>
              {client.name}
            </Anchor>
          </Title>
          <Text size="xs">{roleWords(client)}</Text>
          {client.coveringFor ? (
            <Text size="xs" fw={600} data-testid="caseload-covering">
              {words.coveringFor(client.coveringFor.clinicianName, whenWords(client.coveringFor.until, now, timeZone))}
            </Text>
          ) : null}
          {client.status === 'discharged' ? (
            <Badge color="gray" size="sm">
              {careTeamWords.discharged}
            </Badge>
          ) : null}
        </Stack>
      </Table.Th>
      <Table.Td className={classes.risk}>
        {flags && risk ? <FlagBadge clientId={client.clientId} flags={flags} level={risk} /> : <Text size="sm">{viewWords.noFlag}</Text>}
      </Table.Td>
      <Table.Td className={classes.wide}>
        <MessageSignals clientId={client.clientId} signals={client.signals.messages} now={now} timeZone={timeZone} />
      </Table.Td>
      <Table.Td className={classes.wide}>
        <CaseloadCheckinLine clientId={client.clientId} signals={client.signals.checkins} />
      </Table.Td>
      <Table.Td className={classes.wide}>
        {client.signals.stability ? (
          <CaseloadStabilityLine clientId={client.clientId} clientName={client.name} signals={client.signals.stability} now={now} />
        ) : (
          <Text size="sm">{viewWords.notStable}</Text>
        )}
      </Table.Td>
      <Table.Td className={classes.wide}>
        <Stack gap={4}>
          <CaseloadSchedulingSignals clientId={client.clientId} appointments={client.signals.appointments} stepUp={client.signals.stepUp} timeZone={timeZone} />
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
