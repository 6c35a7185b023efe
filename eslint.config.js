// Lint: typescript-eslint, no-unsanitized, and the direction of imports (entrypoints -> components -> lib).
import js from '@eslint/js';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

const layer = (from, forbidden, message) => ({
  files: [`${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/**`, `**/${dir}`], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['.output/**', '.out-*/**', '.wxt/**', 'node_modules/**', '.tmp/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text through JSX only.' },
      ],
    },
  },
  {
    // Tests build their fixture documents from markup.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'no-unsanitized/property': 'off' },
  },
  layer('lib', ['components', 'entrypoints', 'scripts'], 'lib/ is plain TypeScript: it never imports UI or entry points.'),
  layer('components', ['entrypoints', 'scripts'], 'components/ never import entry points.'),
  {
    files: ['entrypoints/content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/background', '**/background.ts'], message: 'The content script never imports background code.' }] },
      ],
    },
  },
);
