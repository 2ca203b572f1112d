import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': ['error', { html: { void: 'any', normal: 'always', component: 'always' } }],
      'vue/component-name-in-template-casing': ['error', 'PascalCase'],
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/component-api-style': ['error', ['script-setup']],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['vue', 'pinia', 'dexie', 'vue-*'], message: 'The domain knows no Vue.' }] }],
    },
  },
  {
    // Only the pure domain is barred from Vue; screens, composables and modules use it.
    files: ['src/**/*.vue', 'src/modules/**', 'src/composables/**', 'src/main.ts', 'src/env.d.ts', 'tests/component/**', 'src/*/use*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/navigator/**', 'src/catalog/**', 'src/answers/**', 'src/i18n/furigana.ts'],
    languageOptions: { globals: {} },
  },
)
