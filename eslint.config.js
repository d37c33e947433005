// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The floors of src/ (README, "Layout"): code the browser may load never reaches Node or the
 * Node-only checks, and the lower floors never import a higher one. test/unit/importFloors.test.ts
 * checks the whole graph (every floor, and no cycles); these rules put the message in the editor.
 */
const NODE_BUILTINS = {
  paths: builtinModules.map((name) => ({ name, message: 'Browser-safe code: no Node built-ins; file access belongs in src/check/.' })),
  patterns: [
    { regex: '^node:', message: 'Browser-safe code: no Node built-ins; file access belongs in src/check/.' },
    { regex: '(^|/)check(/|$)', message: 'src/check/ is Node-only: nothing the browser loads may import it.' },
  ],
};
/**
 * @param {string[]} files
 * @param {{ regex: string; message: string }[]} patterns
 * @returns {import('eslint').Linter.Config}
 */
const browserSafe = (files, ...patterns) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths: NODE_BUILTINS.paths, patterns: [...NODE_BUILTINS.patterns, ...patterns] }],
    'no-restricted-globals': ['error', { name: 'process', message: 'Browser-safe code: `process` does not exist in the browser.' }],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'test/.output/', '.astro/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Non-null assertions are used where a lookup cannot miss (documented at each use).
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Ground floor: the site's words import nothing of ours outside src/vocab/.
  browserSafe(['src/vocab/**'], { regex: '^(\\.\\./|~/(?!vocab/))', message: 'src/vocab/ is the ground floor: it imports nothing of ours outside it.' }),
  // Schemas only declare: zod, the vocabulary and each other.
  browserSafe(['src/schemas/**'], { regex: '(^|/)(lib|consts|data|components|layouts|islands|pages|integrations)(/|$)', message: 'src/schemas/ imports only zod, src/vocab/ and other schemas.' }),
  browserSafe(['src/lib/**', 'src/islands/**', 'src/editor/**', 'src/components/search/searchPage.ts']),
);
