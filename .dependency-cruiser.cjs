/**
 * DESIGN.md's dependency rules, checked in CI: imports point one way.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-nothing-of-ours',
      comment: 'core defines the port; it imports no other govledger package',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^(packages/(?!core/)|apps/)' },
    },
    {
      name: 'governance-imports-core-only',
      comment: 'the domain knows no store, no HTTP, no command line',
      severity: 'error',
      from: { path: '^packages/governance/' },
      to: { path: '^(packages/(?!core/|governance/)|apps/)' },
    },
    {
      name: 'stores-import-core-only',
      severity: 'error',
      from: { path: '^packages/store-[^/]+/' },
      to: { path: '^(packages/(?!core/)|apps/)', pathNot: '^packages/store-[^/]+/' },
    },
    {
      name: 'stores-do-not-import-each-other',
      severity: 'error',
      from: { path: '^packages/(store-[^/]+)/' },
      to: { path: '^packages/store-', pathNot: '^packages/$1/' },
    },
    {
      name: 'reader-never-opens-a-store',
      comment: 'the read API is handed a store; only the CLI wires stores to apps',
      severity: 'error',
      from: { path: '^apps/reader/' },
      to: { path: '^(packages/store-|apps/(?!reader/))' },
    },
    {
      name: 'witness-imports-core-only',
      comment: 'a witness is run by another organisation: it knows the log format, never our stores or apps',
      severity: 'error',
      from: { path: '^apps/witness/' },
      to: { path: '^(packages/(?!core/)|apps/(?!witness/))' },
    },
    {
      name: 'dashboard-uses-only-the-http-api',
      comment:
        'the page reads its data from the read API; it takes only the words of the event labels (a file that imports nothing) into its bundle',
      severity: 'error',
      from: { path: '^apps/dashboard/src/' },
      to: { path: '^(packages/|apps/(?!dashboard/))', pathNot: '^packages/governance/src/audit/labels\\.ts$' },
    },
    {
      name: 'examples-use-core-and-sqlite-only',
      comment: 'an embedding example builds on the public packages core and store-sqlite alone',
      severity: 'error',
      from: { path: '^examples/' },
      to: { path: '^(packages/(?!core/|store-sqlite/)|apps/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    preserveSymlinks: false,
    combinedDependencies: true,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
