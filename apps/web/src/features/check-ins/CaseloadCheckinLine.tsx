import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { CaseloadCheckinSignals } from '@steadfast/contracts';
import { Link } from 'react-router';
import { caseloadCheckinWords as words } from './check-ins.words';
import classes from './check-ins.module.css';

/**
 * A caseload row's check-in line: when the last one was, the 14-day mood as a tiny bar strip with
 * its trend in words, and a self-neglect concern when the client's thresholds are crossed.
 * `null` signals mean the caller may not see check-ins (a GP without the scope).
 */
export function CaseloadCheckinLine({ clientId, signals }: { clientId: string; signals: CaseloadCheckinSignals | null | undefined }) {
  if (signals === undefined) return null;
  if (signals === null) {
    return (
      <Text size="sm" data-testid="caseload-checkins">
        {words.notShared}
      </Text>
    );
  }
  const since = signals.daysSinceLast;
  const when = since === null ? null : since === 0 ? words.today : since === 1 ? words.yesterday : words.daysAgo(since);
  const moods = signals.moodLast14.map((m) => (m === null ? '–' : String(m))).join(', ');
  return (
    <Group gap="xs" data-testid="caseload-checkins" wrap="wrap">
      <Text size="sm">
        <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}/check-ins`} inherit>
          {when ? words.last(when) : words.never}
        </Anchor>
        {when ? ` · ${words.trend[signals.trend]} · ${words.checkedIn(signals.checkedInDays14)}` : ''}
        {signals.maxSelfHarmUrge14 !== null && signals.maxSelfHarmUrge14 >= 3 ? ` · ${words.urge(signals.maxSelfHarmUrge14)}` : ''}
      </Text>
      {when ? (
        <span className={classes.sparkline} role="img" aria-label={words.sparkline(moods)}>
          {signals.moodLast14.map((m, i) =>
            m === null ? <span key={i} className={classes.sparkGap} /> : <span key={i} className={classes.sparkBar} style={{ height: `${2 + m * 1.8}px` }} />,
          )}
        </span>
      ) : null}
      {signals.selfNeglect.concern ? (
        <Badge color="gray.7" variant="filled" data-testid="caseload-self-neglect">
          {words.selfNeglect}
        </Badge>
      ) : null}
    </Group>
  );
}
