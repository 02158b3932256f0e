// ESLint: typescript-eslint's type-checked rules where they catch real bugs (floating promises, unsafe any,
// misused promises); Prettier owns layout (eslint-config-prettier turns the stylistic rules off); and import
// boundaries keep dependencies pointing down the data flow, so the layout cannot drift again.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * The stages of src/, in the order data flows through them. A folder may import from the folders before it
 * (and from itself), never from one after it. `lib` and `model` are shared by all; server.ts and cli/ sit on top.
 */
const LAYERS = [
  'lib',
  'model',
  'lexicon',
  'corpus',
  'extract',
  'speakers',
  'statements',
  'search',
  'store',
  'build',
  'backend',
  'check',
  'web',
  'cli',
];
const TOP = ['server'];

function boundaries(layer, index) {
  const later = [...LAYERS.slice(index + 1), ...TOP];
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?:\\.\\./)+(?:${later.join('|')})(?:/|\\.js$)`,
              message: `src/${layer} comes before ${later.join(', ')} in the data flow: it must not import from them (see README, "How it works").`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'index/', 'coverage/', 'bench-results/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...LAYERS.map(boundaries),
  {
    // Configuration is read once, through src/config.ts.
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'read the environment through src/config.ts' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
