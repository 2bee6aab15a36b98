import { Button, Fieldset, Group, NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { crisisChannels, type CrisisLineInput } from '@steadfast/contracts';
import { crisisEditorWords as words } from './crisis-editor.words';

export type FieldErrors = Partial<Record<keyof CrisisLineInput, string>>;

interface CrisisLineFieldsProps {
  index: number;
  count: number;
  line: CrisisLineInput;
  errors: FieldErrors | undefined;
  onChange: (line: CrisisLineInput) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One crisis line's fields, with its place in the order. */
export function CrisisLineFields({ index, count, line, errors, onChange, onMove, onRemove }: CrisisLineFieldsProps) {
  const n = index + 1;
  const set = <K extends keyof CrisisLineInput>(key: K, value: CrisisLineInput[K]) => onChange({ ...line, [key]: value });
  return (
    <Fieldset legend={words.lineLegend(n, line.name)} data-testid="crisis-line-fields">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={words.name} value={line.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors?.name} required maxLength={100} />
        <NativeSelect
          label={words.channel}
          value={line.channel}
          onChange={(e) => set('channel', e.currentTarget.value as CrisisLineInput['channel'])}
          data={crisisChannels.map((c) => ({ value: c, label: words.channels[c] }))}
          error={errors?.channel}
        />
        <TextInput label={words.contact} description={words.contactHelp} value={line.contact} onChange={(e) => set('contact', e.currentTarget.value)} error={errors?.contact} required maxLength={120} />
        <TextInput label={words.href} description={words.hrefHelp} value={line.href} onChange={(e) => set('href', e.currentTarget.value)} error={errors?.href} required maxLength={300} />
        <Textarea label={words.description} value={line.description} onChange={(e) => set('description', e.currentTarget.value)} error={errors?.description} maxLength={300} autosize minRows={2} />
        <TextInput label={words.hours} value={line.hours} onChange={(e) => set('hours', e.currentTarget.value)} error={errors?.hours} maxLength={60} />
        <TextInput label={words.lastVerified} type="date" value={line.lastVerified} onChange={(e) => set('lastVerified', e.currentTarget.value)} error={errors?.lastVerified} required />
      </SimpleGrid>
      <Group gap="xs" mt="md">
        <Button size="sm" variant="default" onClick={() => onMove(-1)} disabled={index === 0} aria-label={words.moveUpLabel(n)}>
          {words.moveUp}
        </Button>
        <Button size="sm" variant="default" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={words.moveDownLabel(n)}>
          {words.moveDown}
        </Button>
        <Button size="sm" variant="default" onClick={onRemove} disabled={count === 1} aria-label={words.removeLabel(n)}>
          {words.remove}
        </Button>
      </Group>
    </Fieldset>
  );
}
