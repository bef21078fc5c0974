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

// Measured (min+gzip): parseCallback 50.29 kB, parseRequest 50.95, everything 51.14, carrierx 39.36,
// wavecell 44.3, kaleyra 41.91, telecmi 39.76, urlnetworks 40.1, node 51.21. With call records: everything 55.94
// (was 51.54), the fold alone (applyEvent, mergeCallRecords, callKey) 6.79, eventToJSON/parseEventJSON 52.44 (they
// check raw with every provider's payload schemas); parseCallback unchanged (50.68).
export default [
  entry("callhooks (parseCallback)", "dist/index.js", "{ parseCallback }", "53.5 kB"),
  entry("callhooks (parseRequest)", "dist/index.js", "{ parseRequest }", "53.5 kB"),
  entry("callhooks (everything)", "dist/index.js", "*", "59 kB"),
  entry("callhooks (applyEvent)", "dist/index.js", "{ applyEvent, mergeCallRecords, callKey }", "7.2 kB"),
  entry("callhooks (parseEventJSON)", "dist/index.js", "{ eventToJSON, parseEventJSON }", "55 kB"),
  entry("callhooks/carrierx", "dist/carrierx.js", "{ parse }", "41.5 kB"),
  entry("callhooks/wavecell", "dist/wavecell.js", "{ parse }", "46.5 kB"),
  entry("callhooks/kaleyra", "dist/kaleyra.js", "{ parse }", "44 kB"),
  entry("callhooks/telecmi", "dist/telecmi.js", "{ parse }", "42 kB"),
  entry("callhooks/urlnetworks", "dist/urlnetworks.js", "{ parse }", "42 kB"),
  entry("callhooks/node", "dist/node.js", "{ parseIncomingMessage }", "54 kB"),
];
