// Lint rules: typescript-eslint's recommended type-aware set for src/, scripts/, tests/, bench/ and the plans'
// configs in content/ (types
// from tsconfig.json through the project service), and the layers of tests/unit/structure.test.ts as import rules, so
// an editor flags a forbidden import as it is written. The test resolves every import exactly; these rules
// match specifiers, a close approximation.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// A specifier reaching src/ui or src/map: `../ui/x` from src/data or src/state, `../../src/map/x` from scripts.
const uiOrMap = '(^\\.\\.|/src)/(ui|map)(/|$)';
const ui = '(^\\.\\.|/src)/ui(/|$)';
const map = '(^\\.\\.|/src)/map(/|$)';

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
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/state/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: uiOrMap, message: 'Data and state import nothing from src/ui or src/map.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: ui, message: 'Scripts import nothing from src/ui.' },
            { regex: map, allowTypeImports: true, message: 'Scripts import only types from src/map.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
