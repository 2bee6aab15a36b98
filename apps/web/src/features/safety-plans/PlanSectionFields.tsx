import { Button, CloseButton, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { SAFETY_PLAN_ITEM_MAX, type SafetyPlanSection } from '@steadfast/contracts';
import { listMax, type DraftErrors, type PlanDraft, type TextListSection } from './safety-plans.draft';
import { safetyPlanEditorWords as words } from './safety-plans.words';

interface SectionFieldsProps {
  section: SafetyPlanSection;
  draft: PlanDraft;
  onChange: (draft: PlanDraft) => void;
  errors: DraftErrors;
}

/** The fields of one step of the plan, as plain inputs with labels a screen reader names. */
export function PlanSectionFields({ section, draft, onChange, errors }: SectionFieldsProps) {
  const prompt = words.prompts[section];
  switch (section) {
    case 'mattersMost':
      return (
        <Textarea
          aria-label={prompt.item}
          placeholder={prompt.example}
          autosize
          minRows={2}
          maxLength={SAFETY_PLAN_ITEM_MAX}
          value={draft.mattersMost}
          onChange={(e) => onChange({ ...draft, mattersMost: e.currentTarget.value })}
        />
      );
    case 'distractions':
      return (
        <Stack gap="md">
          <ContactList
            legend={words.people}
            rows={draft.distractions.people}
            blankRow={{ name: '', phone: '' }}
            addLabel={words.personAdd}
            itemName={words.prompts.helpers.item}
            path="distractions.people"
            errors={errors}
            onChange={(people) => onChange({ ...draft, distractions: { ...draft.distractions, people } })}
            fields={[
              { key: 'name', label: words.name, max: 120 },
              { key: 'phone', label: words.phoneOptional, max: 40, type: 'tel' },
            ]}
          />
          <TextList
            items={draft.distractions.places}
            prompt={prompt}
            onChange={(places) => onChange({ ...draft, distractions: { ...draft.distractions, places } })}
          />
        </Stack>
      );
    case 'helpers':
      return (
        <ContactList
          rows={draft.helpers}
          blankRow={{ name: '', relationship: '', phone: '' }}
          addLabel={prompt.add}
          itemName={prompt.item}
          path="helpers"
          errors={errors}
          onChange={(helpers) => onChange({ ...draft, helpers })}
          fields={[
            { key: 'name', label: words.name, max: 120, placeholder: prompt.example },
            { key: 'relationship', label: words.relationship, max: 120 },
            { key: 'phone', label: words.phone, max: 40, type: 'tel', description: words.phoneHelp },
          ]}
        />
      );
    case 'professionals':
      return (
        <ContactList
          rows={draft.professionals}
          blankRow={{ name: '', phone: '', link: '', note: '' }}
          addLabel={prompt.add}
          itemName={prompt.item}
          path="professionals"
          errors={errors}
          onChange={(professionals) => onChange({ ...draft, professionals })}
          fields={[
            { key: 'name', label: words.name, max: 120, placeholder: prompt.example },
            { key: 'phone', label: words.phoneOptional, max: 40, type: 'tel' },
            { key: 'link', label: words.link, max: 300, type: 'url' },
            { key: 'note', label: words.note, max: SAFETY_PLAN_ITEM_MAX },
          ]}
        />
      );
    default:
      return <TextList items={draft[section]} prompt={prompt} onChange={(items) => onChange({ ...draft, [section satisfies TextListSection]: items })} />;
  }
}

interface TextListProps {
  items: string[];
  prompt: { item: string; example: string; add: string };
  onChange: (items: string[]) => void;
}

/** A list of short texts. An empty list still shows one box to write in: never a blank page. */
function TextList({ items, prompt, onChange }: TextListProps) {
  const rows = items.length > 0 ? items : [''];
  const set = (i: number, value: string) => onChange(rows.map((row, j) => (j === i ? value : row)));
  return (
    <Stack gap="xs">
      {rows.map((row, i) => {
        const name = words.itemNumber(prompt.item, i + 1);
        return (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <Textarea
              aria-label={name}
              placeholder={i === 0 ? prompt.example : undefined}
              autosize
              minRows={1}
              maxLength={SAFETY_PLAN_ITEM_MAX}
              value={row}
              onChange={(e) => set(i, e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            {rows.length > 1 || row !== '' ? (
              <CloseButton size="lg" mt={4} aria-label={words.remove(name.toLowerCase())} onClick={() => onChange(rows.filter((_, j) => j !== i))} />
            ) : null}
          </Group>
        );
      })}
      <AddButton count={rows.length} label={prompt.add} onAdd={() => onChange([...rows, ''])} />
    </Stack>
  );
}

interface ContactField<Row> {
  key: keyof Row & string;
  label: string;
  max: number;
  type?: 'tel' | 'url';
  placeholder?: string;
  description?: string;
}

interface ContactListProps<Row extends Record<string, string>> {
  legend?: string;
  rows: Row[];
  blankRow: Row;
  fields: ContactField<Row>[];
  addLabel: string;
  itemName: string;
  path: string;
  errors: DraftErrors;
  onChange: (rows: Row[]) => void;
}

/** People or services, each a small card of labelled inputs; one blank card when there are none. */
function ContactList<Row extends Record<string, string>>({
  legend,
  rows,
  blankRow,
  fields,
  addLabel,
  itemName,
  path,
  errors,
  onChange,
}: ContactListProps<Row>) {
  const shown = rows.length > 0 ? rows : [blankRow];
  const set = (i: number, key: keyof Row, value: string) => onChange(shown.map((row, j) => (j === i ? { ...row, [key]: value } : row)));
  return (
    <Stack gap="xs">
      {legend ? <Text fw={600}>{legend}</Text> : null}
      {shown.map((row, i) => {
        const name = words.itemNumber(itemName, i + 1);
        return (
          <Paper key={i} withBorder p="sm" component="fieldset" aria-label={name} style={{ margin: 0 }}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={600} aria-hidden>
                  {name}
                </Text>
                {rows.length > 0 ? (
                  <CloseButton aria-label={words.remove(name.toLowerCase())} onClick={() => onChange(shown.filter((_, j) => j !== i))} />
                ) : null}
              </Group>
              {fields.map((field) => (
                <TextInput
                  key={field.key}
                  label={field.label}
                  description={field.description}
                  placeholder={field.placeholder}
                  type={field.type ?? 'text'}
                  inputMode={field.type === 'tel' ? 'tel' : undefined}
                  autoComplete="off"
                  maxLength={field.max}
                  value={row[field.key]}
                  error={errors[`${path}.${i}.${field.key}`]}
                  onChange={(e) => set(i, field.key, e.currentTarget.value)}
                />
              ))}
            </Stack>
          </Paper>
        );
      })}
      <AddButton count={shown.length} label={addLabel} onAdd={() => onChange([...shown, { ...blankRow }])} />
    </Stack>
  );
}

function AddButton({ count, label, onAdd }: { count: number; label: string; onAdd: () => void }) {
  if (count >= listMax) return <Text size="sm">{words.listFull}</Text>;
  return (
    <div>
      <Button variant="light" size="sm" onClick={onAdd}>
        {label}
      </Button>
    </div>
  );
}
