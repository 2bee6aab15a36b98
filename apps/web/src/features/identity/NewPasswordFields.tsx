import { PasswordInput } from '@mantine/core';
import { identityWords } from './identity.words';

const words = identityWords.newPassword;
/** The server's rule (contracts `Password`), checked here first so the person is told beside the field. */
export const MIN_PASSWORD = 10;

/** What is wrong with a chosen password and its repeat, if anything; `current` when changing one. */
export function newPasswordProblems(password: string, again: string, current?: string): { password?: string; again?: string } {
  if (password.length < MIN_PASSWORD) return { password: words.tooShort };
  if (current !== undefined && password === current) return { password: words.same };
  if (password !== again) return { again: words.mismatch };
  return {};
}

interface NewPasswordFieldsProps {
  labels: { password: string; again: string };
  password: string;
  again: string;
  onPasswordChange: (value: string) => void;
  onAgainChange: (value: string) => void;
  /** Errors show only once the person has tried to submit. */
  problems: { password?: string; again?: string } | undefined;
}

/** A new password typed twice, with the same rules and words wherever a password is chosen. */
export function NewPasswordFields({ labels, password, again, onPasswordChange, onAgainChange, problems }: NewPasswordFieldsProps) {
  return (
    <>
      <PasswordInput
        label={labels.password}
        description={words.help}
        value={password}
        onChange={(e) => onPasswordChange(e.currentTarget.value)}
        autoComplete="new-password"
        required
        name="new-password"
        error={problems?.password}
      />
      <PasswordInput
        label={labels.again}
        value={again}
        onChange={(e) => onAgainChange(e.currentTarget.value)}
        autoComplete="new-password"
        required
        name="confirm-password"
        error={problems?.again}
      />
    </>
  );
}
