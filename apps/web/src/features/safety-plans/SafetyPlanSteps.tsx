import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { SafetyPlanContent, SafetyPlanSection } from '@steadfast/contracts';
import type { ReactNode } from 'react';
import { PlanContact, type PlanContactProps } from './PlanContact';
import { useSafetyPlan } from './safety-plans.api';
import { safetyPlanWords as words } from './safety-plans.words';

/**
 * The client's own safety plan steps, in the order they are used (CLINICAL.md §1.1), for the
 * crisis screen. Renders nothing when there is no plan or nothing written yet: the crisis
 * screen never shows an empty box or a spinner. `clientId` as in useSafetyPlan.
 */
export function SafetyPlanSteps({ clientId }: { clientId: string | null | undefined }) {
  const { data } = useSafetyPlan(clientId);
  const steps = data ? planSteps(data.plan) : [];
  if (steps.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="plan-heading" data-testid="safety-plan-steps">
      <Title order={2} id="plan-heading">
        {words.heading}
      </Title>
      <Text>{words.intro}</Text>
      {steps.map(([section, body]) => (
        <Paper key={section} withBorder p="md" className="crisis-card">
          <Title order={3} size="h4" mb="xs">
            {words.section[section]}
          </Title>
          {body}
        </Paper>
      ))}
    </Stack>
  );
}

type Step = [SafetyPlanSection, ReactNode];

/** The written steps only, each as its heading and content. */
function planSteps(plan: SafetyPlanContent): Step[] {
  const steps: Step[] = [];
  const list = (section: SafetyPlanSection, items: string[]) => {
    if (items.length > 0) steps.push([section, <PlainList items={items} />]);
  };
  list('warningSigns', plan.warningSigns);
  list('copingAlone', plan.copingAlone);
  if (plan.distractions.people.length > 0 || plan.distractions.places.length > 0) {
    steps.push(['distractions', <Distractions distractions={plan.distractions} />]);
  }
  if (plan.helpers.length > 0) {
    steps.push([
      'helpers',
      <Stack gap="sm">
        {plan.helpers.map((helper, i) => (
          <Person key={i} name={helper.name} detail={helper.relationship} phone={helper.phone} withText />
        ))}
      </Stack>,
    ]);
  }
  if (plan.professionals.length > 0) {
    steps.push(['professionals', <Professionals professionals={plan.professionals} />]);
  }
  list('saferSurroundings', plan.saferSurroundings);
  if (plan.mattersMost) steps.push(['mattersMost', <Text>{plan.mattersMost}</Text>]);
  list('reasonsForLiving', plan.reasonsForLiving);
  return steps;
}

function PlainList({ items }: { items: string[] }) {
  return (
    <List spacing="xs">
      {items.map((item, i) => (
        <List.Item key={i}>{item}</List.Item>
      ))}
    </List>
  );
}

function Distractions({ distractions }: { distractions: SafetyPlanContent['distractions'] }) {
  return (
    <Stack gap="sm">
      {distractions.people.map((person, i) => (
        <Person key={i} name={person.name} phone={person.phone} />
      ))}
      {distractions.places.length > 0 ? <PlainList items={distractions.places} /> : null}
    </Stack>
  );
}

function Professionals({ professionals }: { professionals: SafetyPlanContent['professionals'] }) {
  return (
    <Stack gap="sm">
      {professionals.map((contact, i) => (
        <Stack key={i} gap={4}>
          <Person name={contact.name} detail={contact.note} phone={contact.phone} />
          {contact.link ? (
            <Anchor href={contact.link} target="_blank" rel="noopener noreferrer">
              {words.website(contact.name)}
            </Anchor>
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
}

/** A contact on the crisis screen: always one tap to call, buttons hidden when printed. */
function Person(props: Omit<PlanContactProps, 'oneTapLinks' | 'noPrintClassName'>) {
  return <PlanContact {...props} oneTapLinks noPrintClassName="crisis-no-print" />;
}
