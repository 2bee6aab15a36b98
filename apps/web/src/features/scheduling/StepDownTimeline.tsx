import { Alert, Badge, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { StepDownPlanView } from '@steadfast/contracts';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { useAgreeToPlan, useStepUp } from './scheduling.api';
import { schedulingWords } from './scheduling.words';

const words = schedulingWords.plan;

/**
 * The plan as a timeline with its reason and its promise (SPEC §2.4). The client can say yes to
 * it; the clinician sees the agreed step-back-up signals and steps back up in one click.
 */
export function StepDownTimeline({ plan, audience }: { plan: StepDownPlanView; audience: 'client' | 'clinician' }) {
  const agree = useAgreeToPlan(plan.clientId);
  const stepUp = useStepUp(plan.clientId);
  const steppedUp = plan.status === 'stepped_up';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-heading" data-testid="step-down-plan">
      <Stack gap="md">
        <Title order={2} id="plan-heading">
          {audience === 'client' ? words.heading : words.clinicianHeading}
        </Title>
        {steppedUp ? <Alert color="harbour" variant="light" title={words.steppedUp} /> : null}
        <Stack gap={4}>
          <Title order={3}>{words.why}</Title>
          <Text>{plan.reason}</Text>
        </Stack>
        <Stack gap="xs">
          <Title order={3}>{words.timeline}</Title>
          <List spacing="sm" listStyleType="none" p={0} component="ol" data-testid="plan-timeline">
            {plan.timeline.map((item) => (
              <List.Item key={`${item.kind}-${item.from}`}>
                <Text fw={600}>{words.range(formatDate(item.from), formatDate(item.to))}</Text>
                <Text>{replacedByStepUp(plan, item) ? words.replaced : item.kind === 'sessions' ? words.sessions(item.intervalWeeks, item.sessions) : item.kind === 'off' ? words.off : words.review}</Text>
              </List.Item>
            ))}
          </List>
        </Stack>
        <Text fw={600} c="harbour.9" data-testid="plan-promise">
          {plan.promise}
        </Text>
        {audience === 'client' ? (
          plan.clientAgreedAt ? (
            <Text size="sm">{words.agreed(formatDate(plan.clientAgreedAt))}</Text>
          ) : (
            <Stack gap="xs">
              <Text>{words.notAgreedYet}</Text>
              {plan.can.agree ? (
                <Button onClick={() => agree.mutate()} loading={agree.isPending} w="fit-content">
                  {words.agree}
                </Button>
              ) : null}
              {agree.error ? <ErrorNotice error={agree.error} /> : null}
            </Stack>
          )
        ) : (
          <ClinicianSignals plan={plan} onStepUp={() => stepUp.mutate()} pending={stepUp.isPending} error={stepUp.error} />
        )}
      </Stack>
    </Paper>
  );
}

/** After stepping back up, an off-week not yet over no longer happens (the agreement no longer holds it). */
function replacedByStepUp(plan: StepDownPlanView, item: StepDownPlanView['timeline'][number]): boolean {
  return plan.status === 'stepped_up' && !!plan.steppedUpAt && item.kind === 'off' && item.to >= plan.steppedUpAt.slice(0, 10);
}

function ClinicianSignals({ plan, onStepUp, pending, error }: { plan: StepDownPlanView; onStepUp(): void; pending: boolean; error: Error | null }) {
  const raised = plan.raised ?? [];
  return (
    <Stack gap="xs">
      <Title order={3}>{words.signalsHeading}</Title>
      <Text size="sm">
        {words.signalsAgreed}: {plan.stepUpSignals.map((s) => words.signalNames[s]).join(', ')}
      </Text>
      {raised.length === 0 ? <Text size="sm">{words.noneRaised}</Text> : null}
      {raised.map((signal) => (
        <Badge key={signal.kind} color="yellow" variant="light" size="lg" style={{ textTransform: 'none' }} data-testid="step-up-signal">
          {signal.detail}
        </Badge>
      ))}
      {raised.length > 0 ? <Text size="sm">{words.raisedNote}</Text> : null}
      {plan.can.stepUp ? (
        <Button onClick={onStepUp} loading={pending} w="fit-content" variant={raised.length > 0 ? 'filled' : 'outline'}>
          {words.stepUp}
        </Button>
      ) : null}
      {plan.status === 'stepped_up' ? <Text size="sm">{words.stepUpDone}</Text> : null}
      {error ? <ErrorNotice error={error} /> : null}
    </Stack>
  );
}
