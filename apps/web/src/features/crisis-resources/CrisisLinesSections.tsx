import { Stack, Text, Title } from '@mantine/core';
import { CrisisLineCard } from './CrisisLineCard';
import type { CrisisLineGroup } from './crisis-resources.api';
import { crisisWords as words } from './crisis-resources.words';

/** The crisis lines, then the emergency numbers, each grouped by country when there are several. */
export function CrisisLinesSections({ groups }: { groups: CrisisLineGroup[] }) {
  const several = groups.length > 1;
  const split = (emergency: boolean) =>
    groups.map((g) => ({ country: g.country, lines: g.lines.filter((l) => (l.channel === 'emergency') === emergency) })).filter((g) => g.lines.length > 0);
  return (
    <>
      <LinesSection id="lines" heading={words.linesHeading} intro={words.linesIntro} groups={split(false)} several={several} />
      <LinesSection id="emergency" heading={words.emergencyHeading} intro={words.emergencyIntro} groups={split(true)} several={several} />
    </>
  );
}

interface LinesSectionProps {
  id: string;
  heading: string;
  intro: string;
  groups: CrisisLineGroup[];
  several: boolean;
}

function LinesSection({ id, heading, intro, groups, several }: LinesSectionProps) {
  if (groups.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-heading`} data-testid={`crisis-${id}`}>
      <Title order={2} id={`${id}-heading`}>
        {heading}
      </Title>
      <Text>{intro}</Text>
      {groups.map((group) => (
        <Stack key={group.country} gap="sm">
          {several ? <Title order={3}>{words.country[group.country] ?? group.country}</Title> : null}
          {group.lines.map((line, i) => (
            <CrisisLineCard key={`${line.name}-${i}`} line={line} headingOrder={several ? 4 : 3} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
