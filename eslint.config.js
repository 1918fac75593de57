// Lint rules, including the import direction of ../shared/ARCHITECTURE.md:
// src/policy and src/protocol import nothing else from src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const onlyWithin = (allowed) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: `^(\\.\\./)+(?!${allowed})[a-z-]+/`,
          message: `This layer may not import from other parts of src/ (see ARCHITECTURE.md).`,
        },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'console/dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: { 'no-console': 'error' },
  },
  { files: ['src/policy/**/*.ts'], rules: onlyWithin('policy') },
  { files: ['src/protocol/**/*.ts'], rules: onlyWithin('protocol') },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
