// Size budgets (`npm run size`, and in `npm test`): the ESM build as a user's bundler ships it, tree-shaken to
// the named import, minified and gzipped, dependencies included (most of it is libphonenumber-js metadata).
// Budgets are the sizes measured when they were set (see the changeset), plus about 5%.

// tsup's chunks are imported bare; with "sideEffects": false esbuild rightly drops those imports, and says so.
const quiet = (config) => ({ ...config, logLevel: "error" });

const entry = (name, path, importName, limit) => ({
  name,
  path,
  import: importName,
  limit,
  gzip: true,
  modifyEsbuildConfig: quiet,
});

// Measured (min+gzip) after issue 11's limits, sanitizing and escaping: parseCallback 52.05 kB, parseRequest 53.19,
// everything 53.4, carrierx 41.09, wavecell 46.01, kaleyra 43.66, telecmi 41.49, urlnetworks 41.82, node 53.15.
export default [
  entry("callhooks (parseCallback)", "dist/index.js", "{ parseCallback }", "55 kB"),
  entry("callhooks (parseRequest)", "dist/index.js", "{ parseRequest }", "56 kB"),
  entry("callhooks (everything)", "dist/index.js", "*", "56 kB"),
  entry("callhooks/carrierx", "dist/carrierx.js", "{ parse }", "43.5 kB"),
  entry("callhooks/wavecell", "dist/wavecell.js", "{ parse }", "48.5 kB"),
  entry("callhooks/kaleyra", "dist/kaleyra.js", "{ parse }", "46 kB"),
  entry("callhooks/telecmi", "dist/telecmi.js", "{ parse }", "43.5 kB"),
  entry("callhooks/urlnetworks", "dist/urlnetworks.js", "{ parse }", "44 kB"),
  entry("callhooks/node", "dist/node.js", "{ parseIncomingMessage }", "56 kB"),
];
