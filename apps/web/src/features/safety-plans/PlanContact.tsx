import { Button, Group, Text } from '@mantine/core';
import { phoneLink } from './phone-links';
import { safetyPlanWords as words } from './safety-plans.words';

export interface PlanContactProps {
  name: string;
  detail?: string | undefined;
  phone?: string | undefined;
  /** One-tap call (and text) buttons; off where the number is only read (a clinician's view, history). */
  oneTapLinks: boolean;
  /** A text button as well as call, for the people the client asks for help. */
  withText?: boolean;
  /** The print stylesheet's class that keeps the buttons off paper (each page has its own). */
  noPrintClassName: string;
}

/**
 * A person or service from a safety plan, with its number; on the client's own plan one tap
 * calls or texts it. Builds links with phone-links (not the contracts) so the crisis screen,
 * which shows this too, never waits for zod.
 */
export function PlanContact({ name, detail, phone, oneTapLinks, withText = false, noPrintClassName }: PlanContactProps) {
  return (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <div>
        <Text fw={600}>{name}</Text>
        {detail ? <Text size="sm">{detail}</Text> : null}
        {phone ? <Text size="sm">{phone}</Text> : null}
      </div>
      {phone && oneTapLinks ? (
        <Group gap="xs" className={noPrintClassName}>
          <Button component="a" href={phoneLink(phone, 'tel')} size="sm" aria-label={words.call(name)}>
            {words.callShort}
          </Button>
          {withText ? (
            <Button component="a" href={phoneLink(phone, 'sms')} size="sm" variant="outline" aria-label={words.text(name)}>
              {words.textShort}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Group>
  );
}
