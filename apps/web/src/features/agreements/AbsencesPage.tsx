import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../../ui/format-date';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { useRota } from '../on-call/on-call.api';
import { useCancelAbsence, useMyAbsences, useSetAbsence } from './agreements.api';
import { agreementWords } from './agreements.words';

const words = agreementWords.absences;

/** Local midnight of a YYYY-MM-DD date in the browser's zone, as an instant. */
const midnight = (date: string, addDays = 0) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d! + addDays).toISOString();
};

/** A clinician sets an absence with a named cover; their clients are told at once. */
export default function AbsencesPage() {
  const me = useMe().data;
  const absences = useMyAbsences();
  const clinicians = useRota().data?.clinicians ?? [];
  const set = useSetAbsence();
  const cancel = useCancelAbsence();
  const [form, setForm] = useState({ starts: '', ends: '', cover: '', note: '' });
  const options = clinicians.filter((c) => c.id !== me?.user.id).map((c) => ({ value: c.id, label: c.name }));
  return (
    <Page title={words.title} intro={words.intro}>
      <Paper withBorder p="md" component="section" aria-labelledby="absence-form-heading">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            set.mutate({ startsAt: midnight(form.starts), endsAt: midnight(form.ends, 1), coverClinicianId: form.cover, note: form.note });
          }}
        >
          <Stack gap="sm">
            <Title order={2} id="absence-form-heading">
              {words.submit}
            </Title>
            <Group grow align="flex-start">
              <TextInput type="date" label={words.starts} required value={form.starts} onChange={(e) => setForm({ ...form, starts: e.currentTarget.value })} />
              <TextInput type="date" label={words.ends} required value={form.ends} onChange={(e) => setForm({ ...form, ends: e.currentTarget.value })} />
            </Group>
            <Select label={words.cover} required data={options} value={form.cover || null} onChange={(value) => setForm({ ...form, cover: value ?? '' })} />
            <Textarea label={words.note} value={form.note} onChange={(e) => setForm({ ...form, note: e.currentTarget.value })} />
            <Button type="submit" loading={set.isPending} style={{ alignSelf: 'flex-start' }}>
              {words.submit}
            </Button>
            {set.data ? <Alert color="teal">{words.saved(set.data.clientsTold, set.data.shortNotice)}</Alert> : null}
            {set.error ? <ErrorNotice error={set.error} /> : null}
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="absence-list-heading">
        <Stack gap="sm">
          <Title order={2} id="absence-list-heading">
            {words.listHeading}
          </Title>
          {absences.isPending ? <Loading /> : null}
          {absences.data?.absences.length === 0 ? <Text>{words.none}</Text> : null}
          {absences.data?.absences.map((a) => (
            <Group key={a.id} justify="space-between" wrap="wrap">
              <Text>
                {formatDate(a.startsAt)} – {formatDate(new Date(new Date(a.endsAt).getTime() - 1).toISOString())} · {a.coverName} covers
                {a.note ? ` · ${a.note}` : ''}
              </Text>
              <Button variant="outline" color="red.9" size="xs" onClick={() => cancel.mutate(a.id)}>
                {words.cancel}
              </Button>
            </Group>
          ))}
        </Stack>
      </Paper>
    </Page>
  );
}
