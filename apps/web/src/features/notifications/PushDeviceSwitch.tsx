import { Alert, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { isApiError } from '../../app/api';
import { notificationsWords } from './notifications.words';
import { readPushState, turnPushOff, turnPushOn, type PushState } from './push-device';

const words = notificationsWords.device;

/** "Notify me on this device": asks the browser only when the person turns it on. */
export function PushDeviceSwitch({ pushPreferenceOn }: { pushPreferenceOn: boolean }) {
  const device = usePushDevice();
  const { state } = device;
  const explanation = state === undefined ? words.checking : words[state];
  return (
    <Stack gap="xs">
      <Switch
        size="md"
        label={words.switch}
        checked={state === 'on'}
        disabled={state === undefined || state === 'unsupported' || state === 'blocked' || device.busy}
        onChange={(event) => void device.turn(event.currentTarget.checked)}
        description={explanation}
        data-testid="push-switch"
        data-state={state ?? 'checking'}
      />
      {state === 'on' && !pushPreferenceOn ? <Text size="sm">{words.pushOffAbove}</Text> : null}
      {device.dismissed ? (
        <Text size="sm" role="status">
          {words.dismissed}
        </Text>
      ) : null}
      {device.error ? (
        // The API's own words when it answered; a browser's push service failing has none worth showing.
        <Alert color="red" variant="light" role="alert">
          {words.failed} {isApiError(device.error) ? device.error.message : null}
        </Alert>
      ) : null}
    </Stack>
  );
}

/** This device's push state, read on mount, and the person's on/off action. */
function usePushDevice() {
  const [state, setState] = useState<PushState | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    let cancelled = false;
    readPushState()
      .then((s) => !cancelled && setState(s))
      .catch(() => !cancelled && setState('unsupported'));
    return () => {
      cancelled = true;
    };
  }, []);
  const turn = async (on: boolean) => {
    setBusy(true);
    setError(undefined);
    setDismissed(false);
    try {
      const result = on ? await turnPushOn() : await turnPushOff();
      if (result === 'dismissed') setDismissed(true);
      else setState(result);
    } catch (caught) {
      setError(caught);
      setState(await readPushState().catch(() => 'unsupported' as const));
    } finally {
      setBusy(false);
    }
  };
  return { state, busy, dismissed, error, turn };
}
