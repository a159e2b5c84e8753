/**
 * The import structure of src/ and reporters/ (npm run check:structure, part of npm test):
 * no file imports itself back through others, nor does any folder; and the second run, with
 * every top-level folder of src/ (and reporters/) collapsed into one node, holds the rooms of
 * the layout to the same. Type-only imports count: they are dependencies of the design too.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      comment: 'A file that imports itself back through others. Move the shared part down into a file both can import.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'A folder that imports itself back through others (e.g. load -> engine -> load). Move the file to the folder it belongs to.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-is-general',
      comment: 'src/lib/ holds helpers that know nothing of ctrlflow: they import npm packages, each other and model types only.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^(src|reporters)/', pathNot: '^src/(lib|model)/' },
    },
    {
      name: 'sdk-only-in-providers',
      comment: 'Cloud SDKs are imported in src/providers/ alone; nodes and the rest see the provider interface.',
      severity: 'error',
      from: { pathNot: '^src/providers/' },
      to: { path: 'node_modules/(@aws-sdk|@azure|@google-cloud|@smithy)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|test|bench|scripts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.build.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
