import { Alert, Button, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { FORMULATION_TEXT_MAX } from '@steadfast/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAddRiskFormulation } from './risk.api';
import { formulationWords as words } from './risk.words';

const empty = { formulation: '', judgement: '', plan: '', changeableFactors: '', reviewBy: '' };

/** A new formulation, in the clinician's words: every field starts empty, never filled from a flag or score. */
export function FormulationForm({ clientId }: { clientId: string }) {
  const add = useAddRiskFormulation(clientId);
  const [values, setValues] = useState(empty);
  const [tried, setTried] = useState(false);
  const set = (field: keyof typeof empty) => (e: { currentTarget: { value: string } }) => setValues((v) => ({ ...v, [field]: e.currentTarget.value }));
  const missing = (field: 'formulation' | 'judgement' | 'plan') => (tried && !values[field].trim() ? words.required : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!values.formulation.trim() || !values.judgement.trim() || !values.plan.trim()) return;
    add.mutate(
      { ...values, reviewBy: values.reviewBy || null },
      {
        onSuccess: () => {
          setValues(empty);
          setTried(false);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="formulation-form-heading" data-testid="formulation-form">
      <Stack gap="sm">
        <Title order={2} id="formulation-form-heading">
          {words.formHeading}
        </Title>
        <Textarea
          label={words.formulation}
          description={words.formulationHint}
          required
          autosize
          minRows={3}
          maxLength={FORMULATION_TEXT_MAX}
          value={values.formulation}
          onChange={set('formulation')}
          error={missing('formulation')}
        />
        <Textarea
          label={words.judgement}
          description={words.judgementHint}
          required
          autosize
          minRows={2}
          maxLength={FORMULATION_TEXT_MAX}
          value={values.judgement}
          onChange={set('judgement')}
          error={missing('judgement')}
        />
        <Textarea
          label={words.plan}
          description={words.planHint}
          required
          autosize
          minRows={2}
          maxLength={FORMULATION_TEXT_MAX}
          value={values.plan}
          onChange={set('plan')}
          error={missing('plan')}
        />
        <Textarea
          label={words.changeableFactors}
          autosize
          minRows={2}
          maxLength={FORMULATION_TEXT_MAX}
          value={values.changeableFactors}
          onChange={set('changeableFactors')}
        />
        <TextInput type="date" label={words.reviewBy} value={values.reviewBy} onChange={set('reviewBy')} maw={220} />
        {add.error ? <ErrorNotice error={add.error} /> : null}
        {add.isSuccess ? (
          <Alert color="harbour" role="status">
            {words.saved}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" loading={add.isPending}>
            {words.save}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
