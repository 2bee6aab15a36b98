import { Button, Checkbox, Chip, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { CHECKIN_NOTE_MAX, MOOD_MAX, RATING_MAX, takenValues, type CheckinConfig, type Taken } from '@steadfast/contracts';
import { useState, type FormEvent } from 'react';
import { ChoiceScale, numberChoices } from './ChoiceScale';
import type { CheckinDraft } from './check-ins.draft';
import { checkinWords as words } from './check-ins.words';

interface CheckinFormProps {
  config: CheckinConfig;
  draft: CheckinDraft;
  onChange: (draft: CheckinDraft) => void;
  onSubmit: () => void;
  /** True when the day already has a check-in: the button says "Update". */
  updating: boolean;
  /** False when filling in a missed day: the questions speak of that day. */
  isToday?: boolean;
}

const moodChoices = numberChoices(MOOD_MAX);
const ratingChoices = numberChoices(RATING_MAX);
const takenChoices = takenValues.map((value) => ({ value, label: words.takenValue[value] }));

/**
 * The day's check-in: only the items the clinician switched on, each one tap on a labelled scale,
 * in the order a person thinks of their day. Mood is the one answer needed to send.
 */
export function CheckinForm({ config, draft, onChange, onSubmit, updating, isToday = true }: CheckinFormProps) {
  const [moodMissing, setMoodMissing] = useState(false);
  const on = new Set(config.items);
  const set = (patch: Partial<CheckinDraft>) => onChange({ ...draft, ...patch });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.mood === null) return setMoodMissing(true);
    onSubmit();
  }

  return (
    <form onSubmit={submit} noValidate data-testid="checkin-form">
      <Stack gap="lg">
        <Paper withBorder p="md">
          <ChoiceScale
            legend={isToday ? words.mood.legend : words.mood.legendPast}
            hint={words.mood.hint}
            choices={moodChoices}
            value={draft.mood ?? undefined}
            onChange={(mood) => {
              setMoodMissing(false);
              set({ mood });
            }}
            ends={[words.mood.low, words.mood.high]}
            testId="checkin-mood"
          />
          {moodMissing ? (
            <Text c="red.9" size="sm" mt={6} role="alert">
              {words.moodNeeded}
            </Text>
          ) : null}
        </Paper>

        {on.has('urges') && config.urges.length > 0 ? (
          <Paper withBorder p="md" component="section" aria-labelledby="urges-heading">
            <Stack gap="md">
              <div>
                <Title order={2} size="h3" id="urges-heading">
                  {words.urges.heading}
                </Title>
                <Text size="sm" c="dimmed">
                  {words.urges.hint}
                </Text>
              </div>
              {config.urges.map((urge) => (
                <Stack key={urge.key} gap={6}>
                  <ChoiceScale
                    legend={urge.label}
                    choices={ratingChoices}
                    value={draft.urges[urge.key]}
                    onChange={(n) => set({ urges: { ...draft.urges, [urge.key]: n } })}
                    ends={[words.urges.low, words.urges.high]}
                    testId={`checkin-urge-${urge.key}`}
                  />
                  <Checkbox
                    label={words.urges.actedOn}
                    aria-label={`${words.urges.actedOn}: ${urge.label}`}
                    checked={draft.actedOn.includes(urge.key)}
                    onChange={(e) => set({ actedOn: e.currentTarget.checked ? [...draft.actedOn, urge.key] : draft.actedOn.filter((k) => k !== urge.key) })}
                  />
                </Stack>
              ))}
            </Stack>
          </Paper>
        ) : null}

        {on.has('emotions') && config.emotions.length > 0 ? (
          <Paper withBorder p="md" component="section" aria-labelledby="emotions-heading">
            <Stack gap="md">
              <div>
                <Title order={2} size="h3" id="emotions-heading">
                  {words.emotions.heading}
                </Title>
                <Text size="sm" c="dimmed">
                  {words.emotions.hint}
                </Text>
              </div>
              {config.emotions.map((emotion) => (
                <ChoiceScale
                  key={emotion.key}
                  legend={emotion.label}
                  choices={ratingChoices}
                  value={draft.emotions[emotion.key]}
                  onChange={(n) => set({ emotions: { ...draft.emotions, [emotion.key]: n } })}
                  ends={[words.emotions.low, words.emotions.high]}
                />
              ))}
            </Stack>
          </Paper>
        ) : null}

        {(['medication', 'water', 'meals'] as const).some((k) => on.has(k)) ? (
          <Paper withBorder p="md">
            <Stack gap="md">
              {(['medication', 'water', 'meals'] as const)
                .filter((k) => on.has(k))
                .map((k) => (
                  <ChoiceScale<Taken>
                    key={k}
                    legend={words.taken[k]}
                    choices={takenChoices}
                    value={draft[k] ?? undefined}
                    onChange={(value) => set({ [k]: value })}
                    testId={`checkin-${k}`}
                  />
                ))}
            </Stack>
          </Paper>
        ) : null}

        {on.has('skills') && config.skills.length > 0 ? (
          <Paper withBorder p="md">
            <Chip.Group multiple value={draft.skills} onChange={(skills) => set({ skills })}>
              <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
                <legend style={{ fontWeight: 600, padding: 0 }}>{words.skills.legend}</legend>
                <Text size="sm" c="dimmed" mb={6}>
                  {words.skills.hint}
                </Text>
                <Group gap="xs">
                  {config.skills.map((skill) => (
                    <Chip key={skill.key} value={skill.key} variant="outline">
                      {skill.label}
                    </Chip>
                  ))}
                </Group>
              </fieldset>
            </Chip.Group>
          </Paper>
        ) : null}

        {on.has('sleep') ? (
          <NumberInput
            label={words.sleep.legend}
            suffix={` ${words.sleep.unit}`}
            min={0}
            max={24}
            step={0.5}
            decimalScale={1}
            value={draft.sleepHours ?? ''}
            onChange={(v) => set({ sleepHours: typeof v === 'number' ? Math.round(v * 2) / 2 : null })}
            inputMode="decimal"
          />
        ) : null}

        {on.has('note') ? (
          <Textarea
            label={words.note.label}
            description={words.note.hint}
            autosize
            minRows={3}
            maxLength={CHECKIN_NOTE_MAX}
            value={draft.note}
            onChange={(e) => set({ note: e.currentTarget.value })}
          />
        ) : null}

        <Text size="sm" c="dimmed">
          {words.draftKept}
        </Text>
        <div>
          <Button type="submit" size="md">
            {updating ? words.update : words.send}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
