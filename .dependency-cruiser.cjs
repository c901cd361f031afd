/**
 * The layers of src/, bottom first: a module may import its own folder and the layers below
 * it, never a layer above or a peer of its own layer. `npm run lint:layers` checks it in CI.
 *
 *   contract            what the API document says: generated types, error table, keys, scopes, ids, timestamps
 *   settings            every setting of the sandbox, its default and its check (parseConfig)
 *   openapi | data      reading the document and validating by it | record generators
 *   records             one description per record type (KINDS), a clinic's records and their edits
 *   world               state: clinics, keys, clock, faults, journal, outbox, record editing
 *   auth                who is calling, at which clinic, with which scopes
 *   http                request flow, its caches, responses, errors, bodies
 *   routes | pages      the /v3 and /_sandbox handlers | the pages a person opens (/, /docs, the console)
 *   app                 src/*.ts: createSandbox, createApp, startServer, the package entry
 *   conformance         checking a server (the sandbox or the real API) against the document
 *   cli | testing       the command line | what other projects import
 */
const LAYERS = [
  ['contract'],
  ['settings'],
  ['openapi', 'data'],
  ['records'],
  ['world'],
  ['auth'],
  ['http'],
  ['routes', 'pages'],
  ['app'],
  // A client of the document, not of the server: it needs only openapi, but sits under cli, its caller.
  ['conformance'],
  ['cli', 'testing'],
];

/** The path pattern of a layer's folder; `app` is the files directly in src/. */
const folder = (name) => (name === 'app' ? '^src/[^/]+$' : `^src/${name}/`);

const layerRules = LAYERS.flatMap((layer, index) =>
  layer.map((name) => {
    const above = LAYERS.slice(index + 1).flat();
    const peers = layer.filter((peer) => peer !== name);
    return {
      name: `${name}-points-down`,
      comment: `src/${name === 'app' ? '*.ts' : `${name}/`} may import only its own folder and the layers below it`,
      severity: 'error',
      from: { path: folder(name) },
      to: { path: [...above, ...peers].map(folder) },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules.filter((rule) => rule.to.path.length > 0),
    // Inside a layer, sub-folders are peers too: the /v3 handlers and the admin handlers share only what lies below.
    {
      name: 'routes-v3-not-to-sandbox',
      comment: 'src/routes/v3/ may not import src/routes/sandbox/',
      severity: 'error',
      from: { path: '^src/routes/v3/' },
      to: { path: '^src/routes/sandbox/' },
    },
    {
      name: 'routes-sandbox-not-to-v3',
      comment: 'src/routes/sandbox/ may not import src/routes/v3/',
      severity: 'error',
      from: { path: '^src/routes/sandbox/' },
      to: { path: '^src/routes/v3/' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or through others, cannot be read one at a time',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are edges too: a type from a layer above is still a dependency on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.build.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
