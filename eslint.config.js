// One lint config. Layer rules (STYLE.md): domain <- data <- features <- app; extract/ depends only
// on src/domain and runs in Node and in the browser, so it may not import node:* modules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['map', 'timeline', 'contacts', 'filters', 'source', 'events', 'about', 'byo'];

const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-test', 'dist-size', 'dist-bench', 'node_modules', 'public', 'coverage', 'docs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text, never as HTML.',
        },
      ],
    },
  },
  layer(
    ['src/domain/**'],
    [
      {
        // `../data/*` is src/data; the top-level data/ folder (gazetteer, actors) is reference data and allowed.
        group: [
          '../data/*',
          '**/src/data/*',
          '**/features/*',
          '**/app/*',
          'react',
          'react-dom',
          'leaflet',
          'recharts',
        ],
        message: 'domain/ is framework-free and depends on nothing above it.',
      },
      { group: ['node:*'], message: 'domain/ runs in the browser.' },
    ],
  ),
  layer(
    ['extract/**'],
    [
      {
        group: ['node:*', 'fs', 'path'],
        message: 'extract/ runs in Node and in the browser: no node:* imports.',
      },
      {
        group: ['**/src/data/*', '**/src/features/*', '**/src/app/*', 'react', 'react-dom'],
        message: 'extract/ depends only on src/domain.',
      },
    ],
  ),
  {
    // the library code prints nothing: a stray debugging line fails the lint (scripts/ may print)
    files: ['extract/**', 'src/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-console': 'error' },
  },
  layer(
    ['src/data/**'],
    [{ group: ['**/features/*', '**/app/*'], message: 'data/ sits below features and app.' }],
  ),
  ...FEATURES.map((f) =>
    layer(
      [`src/features/${f}/**`],
      [
        { group: ['**/app/*'], message: 'features sit below app.' },
        {
          group: FEATURES.filter((o) => o !== f).flatMap((o) => [`**/features/${o}/*`, `../${o}/*`]),
          message: 'a feature never imports another feature.',
        },
      ],
    ),
  ),
);
