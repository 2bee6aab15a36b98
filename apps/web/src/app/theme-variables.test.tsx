import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme';

/**
 * The theme's CSS variables are a stylesheet of the build (theme-variables.css, imported by
 * mantine-styles.ts), not a <style> Mantine works out and writes into the page at the app's
 * takeover: on a slow phone that was main-thread work and a style pass in the takeover's longest
 * tasks (issue 22). Providers turns Mantine's own off, so the sheet must say exactly what Mantine
 * would. After a change to theme.ts or to Mantine, `npx vitest run -u apps/web/src/app/theme-variables.test.tsx`
 * writes it again.
 */
describe('the theme variables stylesheet', () => {
  it('holds exactly the variables Mantine would write for our theme', async () => {
    render(
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <p>theme</p>
      </MantineProvider>,
    );
    const written = [...document.querySelectorAll('style[data-mantine-styles]')].map((s) => s.textContent ?? '').filter((css) => css.includes(':root'));
    expect(written).toHaveLength(1);
    await expect(`${written[0]}\n`).toMatchFileSnapshot('./theme-variables.css');
  });

  it('sets what makes the theme ours: the primary colour and the darker dimmed text', () => {
    const css = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'theme-variables.css'), 'utf8');
    expect(css).toContain('--mantine-primary-color-filled: var(--mantine-color-harbour-filled)');
    expect(css).toContain('--mantine-color-harbour-7: #10706c');
    expect(css).toContain('--mantine-color-dimmed: var(--mantine-color-gray-7)');
  });
});
