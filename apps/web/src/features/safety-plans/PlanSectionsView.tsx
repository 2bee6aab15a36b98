import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { safetyPlanSections, type SafetyPlanCareRoute, type SafetyPlanContent, type SafetyPlanSection } from '@steadfast/contracts';
import { useId } from 'react';
import { describeMember } from '../care-teams/care-teams.words';
import { PlanContact, type PlanContactProps } from './PlanContact';
import { safetyPlanEditorWords as editorWords, safetyPlanWords as words } from './safety-plans.words';

interface PlanSectionsViewProps {
  plan: SafetyPlanContent;
  careRoute?: SafetyPlanCareRoute | undefined;
  /** Call and text links for the client's own contacts; plain numbers elsewhere. */
  oneTapLinks?: boolean;
  /** Heading level of each step: 2 on a plan page, deeper inside a notice or a history entry. */
  level?: 2 | 3 | 4;
  /** Show only these steps (one step of another version, after a conflict). */
  only?: readonly SafetyPlanSection[];
}

/** Every step of a plan in order, empty ones said plainly, with the care route in step 5. */
export function PlanSectionsView({ plan, careRoute, oneTapLinks = false, level = 2, only = safetyPlanSections }: PlanSectionsViewProps) {
  const uid = useId();
  return (
    <Stack gap="sm" className="plan-sections">
      {only.map((section) => (
        <Paper key={section} withBorder p="md" className="plan-card" component="section" aria-labelledby={`${uid}-${section}`}>
          <Title order={level} size="h4" mb="xs" id={`${uid}-${section}`}>
            {words.section[section]}
          </Title>
          <SectionBody section={section} plan={plan} careRoute={careRoute} oneTapLinks={oneTapLinks} />
        </Paper>
      ))}
    </Stack>
  );
}

function SectionBody({
  section,
  plan,
  careRoute,
  oneTapLinks,
}: {
  section: SafetyPlanSection;
  plan: SafetyPlanContent;
  careRoute?: SafetyPlanCareRoute | undefined;
  oneTapLinks: boolean;
}) {
  switch (section) {
    case 'mattersMost':
      return plan.mattersMost ? <Text style={{ whiteSpace: 'pre-wrap' }}>{plan.mattersMost}</Text> : <Empty />;
    case 'distractions': {
      const { people, places } = plan.distractions;
      if (people.length + places.length === 0) return <Empty />;
      return (
        <Stack gap="xs">
          {people.map((p, i) => (
            <Contact key={i} name={p.name} phone={p.phone} oneTapLinks={oneTapLinks} />
          ))}
          <Items items={places} />
        </Stack>
      );
    }
    case 'helpers':
      if (plan.helpers.length === 0) return <Empty />;
      return (
        <Stack gap="xs">
          {plan.helpers.map((h, i) => (
            <Contact key={i} name={h.name} detail={h.relationship} phone={h.phone} oneTapLinks={oneTapLinks} withText />
          ))}
        </Stack>
      );
    case 'professionals':
      return <Professionals plan={plan} careRoute={careRoute} oneTapLinks={oneTapLinks} />;
    default:
      return plan[section].length > 0 ? <Items items={plan[section]} /> : <Empty />;
  }
}

function Professionals({ plan, careRoute, oneTapLinks }: { plan: SafetyPlanContent; careRoute?: SafetyPlanCareRoute | undefined; oneTapLinks: boolean }) {
  const hasCareRoute = careRoute && careRoute.careTeam.length > 0;
  if (!hasCareRoute && plan.professionals.length === 0) return <Empty />;
  return (
    <Stack gap="xs">
      {careRoute && hasCareRoute ? (
        <div>
          <Text fw={600}>{editorWords.careRoute.heading}</Text>
          <List spacing={2}>
            {careRoute.careTeam.map((m) => (
              <List.Item key={m.name}>{describeMember(m)}</List.Item>
            ))}
          </List>
          <Text size="sm" mt={4}>
            {editorWords.careRoute.onCall(careRoute.onCall.label)}
          </Text>
        </div>
      ) : null}
      {plan.professionals.map((p, i) => (
        <Stack key={i} gap={2}>
          <Contact name={p.name} detail={p.note} phone={p.phone} oneTapLinks={oneTapLinks} />
          {p.link ? (
            <Anchor href={p.link} target="_blank" rel="noopener noreferrer" size="sm">
              {words.website(p.name)}
            </Anchor>
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
}

function Items({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <List spacing={4}>
      {items.map((item, i) => (
        <List.Item key={i} style={{ whiteSpace: 'pre-wrap' }}>
          {item}
        </List.Item>
      ))}
    </List>
  );
}

function Empty() {
  return (
    <Text c="dimmed" size="sm">
      {editorWords.empty}
    </Text>
  );
}

/** A contact on a plan page: buttons hidden when printed. */
function Contact(props: Omit<PlanContactProps, 'noPrintClassName'>) {
  return <PlanContact {...props} noPrintClassName="plan-no-print" />;
}
