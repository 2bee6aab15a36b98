import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * A calm deep teal. Shade 7 is the primary shade: white text on it is 5.9:1 and it is 5.2:1
 * on shade 0, so buttons, links and focus rings pass WCAG 2.2 AA (Mantine's default blue
 * does not). Checked with the WCAG relative-luminance formula.
 */
const harbour: MantineColorsTuple = [
  '#e6f4f3',
  '#cbe7e5',
  '#9dd2cf',
  '#6bbbb7',
  '#43a6a2',
  '#2b9894',
  '#1b827e',
  '#10706c',
  '#0b5c59',
  '#064643',
];

/** A warm, distinct colour kept for the "I'm not okay" action only: white on shade 7 is 5.5:1. */
const ember: MantineColorsTuple = [
  '#fdf0ea',
  '#f9dccf',
  '#f1b79f',
  '#e9916d',
  '#e07045',
  '#d45a2c',
  '#c44d23',
  '#b4441f',
  '#9a3412',
  '#7c2a0e',
];

export const theme = createTheme({
  primaryColor: 'harbour',
  primaryShade: 7,
  colors: { harbour, ember },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontWeight: '650',
    // Calmer than the defaults, and still in a clear order.
    sizes: {
      h1: { fontSize: '1.875rem', lineHeight: '1.25' },
      h2: { fontSize: '1.375rem', lineHeight: '1.3' },
      h3: { fontSize: '1.125rem', lineHeight: '1.35' },
      h4: { fontSize: '1rem', lineHeight: '1.4' },
    },
  },
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Badge: { defaultProps: { tt: 'none', size: 'md' } },
  },
});

/**
 * Mantine's grey "dimmed" text (3.3:1) and red error text (3.6:1) fail contrast on white:
 * use the next darker shades (8.2:1 and 5.5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
