// ESLint flat config: TypeScript and Vue rules, plus the import boundaries from ARCHITECTURE.md.
// A wrong arrow (a component reaching a store, domain code importing Vue, anything outside
// electron/ importing electron) fails lint.
import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map(([group, message]) => ({ group, message })) }],
})

const noElectron = ['electron', 'electron/*']
const noDexie = ['dexie', 'dexie/*', '**/db', '**/db/*', '**/db/**']
const noVue = ['vue', 'vue-router', 'pinia', '**/*.vue']
const noStores = ['**/stores', '**/stores/*', '**/stores/**']
const noPlatform = ['**/platform', '**/platform/*', '**/platform/**']
const noViews = ['**/views/**', '**/router', '**/router/*']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '.briefs/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description', 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/require-default-prop': 'off',
    },
  },
  // --- import boundaries (views → stores → domain/db/platform/content → shared)
  { files: ['src/**/*.{ts,vue}'], rules: restrict([noElectron, 'Only electron/ may import electron.']) },
  { files: ['src/shared/**/*.ts'], rules: restrict([noElectron, 'shared/ must not import electron'], [noDexie, 'shared/ must not reach storage'], [noVue, 'shared/ must not import Vue'], [['**/content/**', '**/domain/**', ...noStores, ...noPlatform], 'shared/ imports nothing heavy']) },
  { files: ['src/domain/**/*.ts'], rules: restrict([noElectron, 'domain/ is pure: no electron'], [noDexie, 'domain/ is pure: no storage'], [noVue, 'domain/ is pure: no Vue'], [[...noStores, ...noPlatform, ...noViews], 'domain/ is pure']) },
  // The record model is the bottom layer: plain types, kind lists and id builders, importing nothing but itself.
  { files: ['src/domain/model/**/*.ts'], rules: restrict([[...noElectron, 'dexie', 'dexie/*', ...noVue, 'zod', 'zod/*', '../*', '../**'], 'domain/model/ imports nothing outside itself']) },
  { files: ['src/content/**/*.ts'], rules: restrict([noElectron, 'content/ must not import electron'], [noDexie, 'content/ must not reach storage'], [noVue, 'content/ must not import Vue'], [[...noStores, ...noPlatform, ...noViews], 'content/ sits below the stores']) },
  { files: ['src/db/**/*.ts'], rules: restrict([noElectron, 'db/ must not import electron'], [noVue, 'db/ must not import Vue'], [[...noStores, ...noPlatform, ...noViews], 'db/ sits below the stores']) },
  { files: ['src/platform/**/*.ts'], rules: restrict([noElectron, 'platform/ talks to electron only through window.ersTrainer'], [noDexie, 'platform/ must not reach storage'], [noVue, 'platform/ must not import Vue'], [[...noStores, ...noViews], 'platform/ sits below the stores']) },
  { files: ['src/stores/**/*.ts'], rules: restrict([noElectron, 'stores must not import electron'], [['dexie', 'dexie/*'], 'stores use repositories, never Dexie'], [noViews, 'stores must not import views'], [['**/components/**'], 'stores must not import components']) },
  { files: ['src/components/**/*.{ts,vue}'], rules: restrict([noElectron, 'no electron'], [noDexie, 'components never reach storage'], [noStores, 'components are presentational: props in, events out'], [noPlatform, 'components never reach the platform'], [noViews, 'components must not import views']) },
  { files: ['src/views/**/*.vue', 'src/App.vue', 'src/router/**/*.ts', 'src/composables/**/*.ts'], rules: restrict([noElectron, 'no electron'], [['dexie', 'dexie/*', '**/db/database', '**/db/repositories/*'], 'views use stores, not the database'], [['**/stores/services'], 'views reach storage and the platform through store actions, never services()']) },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['zod', '**/ipc-contract'], message: 'the sandboxed preload stays tiny: import only types from the contract', allowTypeImports: true }] },
      ],
    },
  },
)
