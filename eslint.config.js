// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'proto/gen/**', 'coverage/**', 'cloud/dashboard/feed-client.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain Node.js scripts.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } },
  },
  {
    // The dashboard's browser modules: tsconfig.dashboard.json checks every name against the
    // DOM library (no-undef knows only the Node globals above).
    files: ['cloud/dashboard/**/*.js'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
);
