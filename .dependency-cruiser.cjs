/**
 * The server's import direction (docs/ARCHITECTURE.md, "Layers"), checked by `npm run lint:boundaries`
 * and so by `npm test`. apps/server/src/boundaries.test.ts proves each rule can fail.
 *
 *   foundations   db, http, access, jobs, config, and the modules audit, mail, realtime, notifications
 *   domain        every other folder under modules/, in the order of DOMAIN_ORDER below
 *   compositions  modules/caseload, app.ts, job-handlers.ts, server.ts, cli.ts, demo/, web/
 *
 * A module reaches another only through its index.ts; a domain module imports only foundations
 * and the domain modules listed before it, so modules can never import each other both ways.
 */
const SRC = '^apps/server/src/';
const MODULES = `${SRC}modules/`;

/** Foundation modules that live under modules/: every domain module may use them. */
const FOUNDATION_MODULES = ['audit', 'mail', 'realtime', 'notifications'];

/**
 * Domain modules, lowest first: each may import only the ones before it. A new module goes after
 * everything it uses (boundaries.test.ts fails while a folder under modules/ is missing here).
 */
const DOMAIN_ORDER = [
  'identity',
  'crisis-resources',
  'practices',
  'care-teams',
  'on-call',
  'invitations',
  'safety-plans',
  'reply-windows',
  'agreements',
  'risk',
  'messaging',
  'scheduling',
  'measures',
  'check-ins',
  'caring-contacts',
  'okay-plan',
  'clinical-notes',
  'care-transitions',
  'peer-space',
];

/** Compositions under modules/: they read every domain module and nothing reads them but app.ts. */
const COMPOSITION_MODULES = ['caseload', 'care-balance', 'timeline', 'export', 'erasure'];

const TEST_CODE = ['\\.test\\.ts$', `${SRC}testing/`, '\\.testing\\.ts$'];
const any = (names) => `(${names.join('|')})`;

const orderRules = DOMAIN_ORDER.map((name, i) => ({
  name: `domain-order:${name}`,
  comment: `${name} may import only the domain modules listed before it in DOMAIN_ORDER (${DOMAIN_ORDER.slice(0, i).join(', ') || 'none'}).`,
  severity: 'error',
  from: { path: `${MODULES}${name}/`, pathNot: TEST_CODE },
  to: {
    path: `${MODULES}${any([...DOMAIN_ORDER.slice(i + 1), ...COMPOSITION_MODULES])}/`,
    // Tables name the tables they reference in foreign keys; that is the database's shape, not a call.
    pathNot: '\\.tables\\.ts$',
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No file imports itself through others: a cycle hides which module is below which.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'module-internals',
      comment:
        "A module reaches another only through its index.ts, never its tables or internal files (tests may read other modules' tables to check what was written).",
      severity: 'error',
      from: { path: `${MODULES}([^/]+)/`, pathNot: [...TEST_CODE, '\\.tables\\.ts$'] },
      to: { path: `${MODULES}[^/]+/`, pathNot: [`${MODULES}$1/`, `${MODULES}[^/]+/index\\.ts$`] },
    },
    {
      name: 'tables-reference-tables',
      comment: 'A table file imports only other tables (its foreign keys) and db/ helpers.',
      severity: 'error',
      from: { path: `${MODULES}([^/]+)/[^/]+\\.tables\\.ts$` },
      to: { path: `${MODULES}[^/]+/`, pathNot: [`${MODULES}$1/`, '\\.tables\\.ts$'] },
    },
    {
      name: 'outside-reaches-module-internals',
      comment:
        'Code outside modules/ uses a module through its index.ts. Allowed: db/schema.ts (drizzle-kit reads every table from one schema) and access/ (it owns the shared reads of the directory: people, practices, clients, care teams, the rota, cover).',
      severity: 'error',
      from: { path: SRC, pathNot: [MODULES, ...TEST_CODE, `${SRC}db/schema\\.ts$`, `${SRC}access/`, `${SRC}demo/`] },
      to: { path: `${MODULES}[^/]+/`, pathNot: `${MODULES}[^/]+/index\\.ts$` },
    },
    {
      name: 'access-reads-directory-tables-only',
      comment: 'access/ may read the directory tables (identity, practices, care-teams, on-call, agreements) and nothing else of a module.',
      severity: 'error',
      from: { path: `${SRC}access/`, pathNot: TEST_CODE },
      to: { path: MODULES, pathNot: `${MODULES}(identity|practices|care-teams|on-call|agreements)/[^/]+\\.tables\\.ts$` },
    },
    {
      name: 'demo-seeds-through-modules',
      comment:
        'The demo seed uses modules through their index.ts; the few base rows (practice, people, care teams, the rota) it writes to their tables directly.',
      severity: 'error',
      from: { path: `${SRC}demo/` },
      to: { path: `${MODULES}[^/]+/`, pathNot: [`${MODULES}[^/]+/index\\.ts$`, `${MODULES}(identity|practices|care-teams|on-call)/[^/]+\\.tables\\.ts$`] },
    },
    {
      name: 'foundations-below-domain',
      comment: 'A foundation imports no domain module or composition (db/schema.ts only gathers tables; access/ only reads directory tables).',
      severity: 'error',
      from: {
        path: [`${SRC}(db|http|access|jobs)/`, `${SRC}config\\.ts$`, `${MODULES}${any(FOUNDATION_MODULES)}/`],
        pathNot: [...TEST_CODE, `${SRC}db/schema\\.ts$`],
      },
      to: {
        path: `${MODULES}${any([...DOMAIN_ORDER, ...COMPOSITION_MODULES])}/`,
        pathNot: ['\\.tables\\.ts$'],
      },
    },
    {
      name: 'foundation-modules-order',
      comment: 'Among the foundation modules: notifications may use mail and realtime; audit, mail and realtime use none of the others.',
      severity: 'error',
      from: { path: `${MODULES}(audit|mail|realtime)/`, pathNot: [...TEST_CODE, '\\.tables\\.ts$'] },
      to: { path: `${MODULES}${any(FOUNDATION_MODULES)}/`, pathNot: `${MODULES}$1/` },
    },
    {
      name: 'nothing-imports-compositions',
      comment: 'Only the app (and tests) import a composition module.',
      severity: 'error',
      from: { path: MODULES, pathNot: [...TEST_CODE, `${MODULES}${any(COMPOSITION_MODULES)}/`] },
      to: { path: `${MODULES}${any(COMPOSITION_MODULES)}/` },
    },
    ...orderRules,
    {
      name: 'production-imports-test-code',
      comment: 'Production code never imports test helpers (testing/, *.testing.ts) or tests.',
      severity: 'error',
      from: { path: SRC, pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '^apps/web/', '^packages/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
