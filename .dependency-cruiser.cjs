/**
 * The layers of src/, bottom first: a module may import its own folder and the layers below
 * it, never a layer above or a peer of its own layer. `npm run lint:layers` checks it in CI.
 *
 *   contract            generated types, error table, keys, scopes, ids
 *   settings            every setting once: its flag, variable, default and check (parseConfig)
 *   spec | data         reading the document and validating by it | record generators
 *   world               state: clinics, keys, clock, faults, journal, outbox, the Sandbox
 *   auth                who is calling, at which clinic, with which scopes
 *   http                request flow, responses, errors, bodies
 *   routes | console | pages   the /v3 and /_sandbox handlers | serving the demo console | the HTML pages (/, /docs)
 *   app                 src/*.ts: createApp, startServer, the package entry
 *   conformance         checking a server (the sandbox or the real API) against the document
 *   cli | testing       the command line | what other projects import
 */
const LAYERS = [
  ['contract'],
  ['settings'],
  ['spec', 'data'],
  ['world'],
  ['auth'],
  ['http'],
  ['routes', 'console', 'pages'],
  ['app'],
  // A client of the document, not of the server: it needs only spec, but sits under cli, its caller.
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
