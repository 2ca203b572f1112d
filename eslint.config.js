import js from '@eslint/js'
import prettier from 'eslint-config-prettier/flat'

const NODE_GLOBALS = ['process', 'Buffer', 'global', '__dirname', '__filename', 'require']
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...vue.configs['flat/recommended'],
  {
    // Type-aware rules (floating promises, unsafe any, …) read the two TypeScript projects: tsconfig.app.json for
    // src (its .vue files included), tsconfig.node.json for the rest.
    files: ['**/*.ts', '**/*.vue'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
      },
    },
  },
  // The plain JavaScript files (this config, public/boot.js) belong to no TypeScript project: linted without types.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  // Layout is Prettier's (run by `npm run lint`); the rules that would argue with it are off.
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' } },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': ['error', { html: { void: 'any', normal: 'always', component: 'always' } }],
      'vue/component-name-in-template-casing': ['error', 'PascalCase'],
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/component-api-style': ['error', ['script-setup']],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The app runs in a browser: Node's globals are not there (the types cannot say so: @types/qrcode loads Node's).
    files: ['src/**'],
    rules: { 'no-restricted-globals': ['error', ...NODE_GLOBALS] },
  },
  {
    // The domain knows no Vue, no store, no database and no DOM: it is tested directly, fast.
    files: [
      'src/navigator/**',
      'src/calendar/**',
      'src/rules/**',
      'src/catalog/**',
      'src/answers/**',
      'src/search/**',
      'src/waits/**',
      'src/plans/diff.ts',
      'src/plans/ics.ts',
      'src/i18n/furigana.ts',
      'src/i18n/easy-facts.ts',
    ],
    // Composables, and the waits' own database (a cache the waits client reaches only through its store interface).
    ignores: ['src/**/use*.ts', 'src/waits/db.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vue', 'pinia', 'dexie', 'vue-*', '@vueuse/*'],
              message: 'The domain knows no Vue, store or database.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...NODE_GLOBALS,
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
  {
    // Unit test files share their modules within a worker (vitest.config.ts, isolate: false). A file that
    // replaces a module or a global would change it for the files after it: it is named *.isolated.test.ts
    // and runs in a module graph of its own.
    files: ['tests/unit/**/*.ts'],
    ignores: ['tests/unit/**/*.isolated.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'stubGlobal', 'stubEnv', 'useFakeTimers', 'resetModules'].map((property) => ({
          object: 'vi',
          property,
          message: 'Replacing a module or a global needs a file of its own: name it *.isolated.test.ts.',
        })),
      ],
    },
  },
)
