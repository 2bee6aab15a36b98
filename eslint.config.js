// ESLint (flat config) for the whole monorepo: JavaScript's and typescript-eslint's recommended
// rules. Import direction between server modules is dependency-cruiser's job (.dependency-cruiser.cjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'apps/web/dev-dist/**', 'bench/results/**', 'apps/server/drizzle/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { console: 'readonly', process: 'readonly', crypto: 'readonly' } },
    rules: {
      // Unused names are defects, except a deliberately ignored argument or rest sibling.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // TypeScript already knows every global; this rule cannot see types.
      'no-undef': 'off',
    },
  },
);
