// @ts-check
import js from '@eslint/js';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const coreDir = path.resolve('src/core');

/**
 * Relative imports from src/core must resolve inside src/core. A glob on the specifier can't tell
 * src/core/azure (ports) from src/azure (SDK code), so this resolves the path.
 */
const stayInCore = {
  meta: { type: 'problem', schema: [], messages: { outside: "src/core depends on nothing outside src/core: '{{source}}' resolves to {{target}}." } },
  create(context) {
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), source);
      if (target !== coreDir && !target.startsWith(coreDir + path.sep)) {
        context.report({ node: node.source, messageId: 'outside', data: { source, target: path.relative(process.cwd(), target) } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

/** The engine talks to the world only through injected ports. */
const coreBoundaries = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['@azure/*'], message: 'src/core imports no Azure SDK: use a port from src/core/ports.ts, implemented in src/azure/.' },
        { group: ['@actions/*', 'azure-pipelines-task-lib', 'azure-pipelines-task-lib/*'], message: 'src/core imports no CI library: the adapter hands the core a Host.' },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Time is injected: use the Clock port.' },
    { object: 'Math', property: 'random', message: 'Randomness is injected.' },
    { object: 'globalThis', property: 'setTimeout', message: 'Sleep is injected: use the Sleep port.' },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'setTimeout', message: 'Sleep is injected: use the Sleep port.' },
    { name: 'setInterval', message: 'Sleep is injected: use the Sleep port.' },
    { name: 'fetch', message: 'HTTP goes through the HttpClient port.' },
  ],
  'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is injected: use the Clock port.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'task/dist/**', 'node_modules/**', '.cache/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly', structuredClone: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', setImmediate: 'readonly', queueMicrotask: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  { files: ['src/core/**/*.ts'], plugins: { local: { rules: { 'stay-in-core': stayInCore } } }, rules: { ...coreBoundaries, 'local/stay-in-core': 'error' } },
  { files: ['__tests__/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' } },
);
