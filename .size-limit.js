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

// Measured (min+gzip): parseCallback 48.23 kB, parseRequest 48.83, everything 49.08, carrierx 37.86,
// wavecell 42.39, kaleyra 39.98, telecmi 38.3, urlnetworks 38.63, node 49.04.
export default [
  entry("callhooks (parseCallback)", "dist/index.js", "{ parseCallback }", "51 kB"),
  entry("callhooks (parseRequest)", "dist/index.js", "{ parseRequest }", "51.5 kB"),
  entry("callhooks (everything)", "dist/index.js", "*", "52 kB"),
  entry("callhooks/carrierx", "dist/carrierx.js", "{ parse }", "40 kB"),
  entry("callhooks/wavecell", "dist/wavecell.js", "{ parse }", "44.5 kB"),
  entry("callhooks/kaleyra", "dist/kaleyra.js", "{ parse }", "42 kB"),
  entry("callhooks/telecmi", "dist/telecmi.js", "{ parse }", "40.5 kB"),
  entry("callhooks/urlnetworks", "dist/urlnetworks.js", "{ parse }", "40.5 kB"),
  entry("callhooks/node", "dist/node.js", "{ parseIncomingMessage }", "51.5 kB"),
];
