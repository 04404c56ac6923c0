import tseslint from 'typescript-eslint';

const modulesInOrder = [
  'identity',
  'catalog',
  'inventory',
  'pricing',
  'cart',
  'payments',
  'orders',
  'events',
  'storefront',
  'agents',
  'dashboard',
];
const anyModule = modulesInOrder.join('|');

/** Another module's files other than its index.ts (its only public door). */
const deepImport = {
  regex: `^\\.\\./(\\.\\./)*(modules/)?(${anyModule})/(?!index\\.ts$).+`,
  message: 'Import another module only through its index.ts',
};

/**
 * The one direction of imports (STYLE.md 3.2): platform imports no module; a module imports only
 * modules to its left, and only through their index.ts.
 */
const boundaries = [
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)modules/', message: 'platform must not import modules' }] }],
    },
  },
  ...modulesInOrder.map((name, i) => {
    const later = modulesInOrder.slice(i + 1);
    const patterns = [{ ...deepImport, regex: deepImport.regex.replace(anyModule, modulesInOrder.filter((m) => m !== name).join('|')) }];
    if (later.length > 0) {
      patterns.push({
        regex: `^\\.\\./(\\.\\./)*(modules/)?(${later.join('|')})/`,
        message: `${name} may not import ${later.join(', ')}: imports point left only (use an outbox event)`,
      });
    }
    return { files: [`src/modules/${name}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
  }),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      '.tmp/**',
      'bench/results/**',
      'src/modules/dashboard/ui/**',
      'eslint.config.js',
      'bin/**',
      'scripts/**',
      'packages/**',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through platform/config.ts only',
        },
      ],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [{ from: 'package', name: ['test', 'it', 'describe', 'suite'], package: 'node:test' }],
        },
      ],
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-invalid-void-type': 'off',
      '@typescript-eslint/unified-signatures': 'off',
      '@typescript-eslint/use-unknown-in-catch-callback-variable': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  ...boundaries,
  {
    files: ['src/cli.ts', 'test/**/*.ts', 'bench/**/*.ts', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      'no-restricted-imports': 'off',
    },
  },
);
