import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useId } from './mantine-use-id';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

function Ids({ staticId, seen }: { staticId?: string; seen: string[] }) {
  const id = useId(staticId);
  seen.push(id);
  return <span id={id} />;
}

describe("the app's stand-in for Mantine's useId", () => {
  it('takes the place vite.config.ts gives it: Mantine still imports its useId from that file', () => {
    const index = fs.readFileSync(path.join(repoRoot, 'node_modules/@mantine/hooks/esm/index.mjs'), 'utf8');
    expect(index).toContain('import { useId } from "./use-id/use-id.mjs"');
  });

  it('gives a component one id for good, its own, usable in a selector; a static id wins', () => {
    const first: string[] = [];
    const second: string[] = [];
    const fixed: string[] = [];
    const { rerender } = render(
      <>
        <Ids seen={first} />
        <Ids seen={second} />
        <Ids staticId="email" seen={fixed} />
      </>,
    );
    rerender(
      <>
        <Ids seen={first} />
        <Ids seen={second} />
        <Ids staticId="email" seen={fixed} />
      </>,
    );
    expect(new Set(first).size).toBe(1);
    expect(first[0]).toMatch(/^mantine-[a-zA-Z0-9-]+$/);
    expect(second[0]).not.toBe(first[0]);
    expect(new Set(fixed)).toEqual(new Set(['email']));
    expect(document.querySelector(`#${first[0]}`)).not.toBeNull();
  });
});
