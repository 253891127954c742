// Lint rules: typescript-eslint's recommended set for src/, scripts/, tests/, bench/ and the plans' rules in content/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-floor/',
      'dist-floor-bundle/',
      'node_modules/',
      'public/',
      '.scratch/',
      'bench/tmp/',
      'bench/floor/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
);
