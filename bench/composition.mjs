// `npm run size:why`: what each entry's bundle is made of. Each entry is bundled from src/ as size-limit bundles the
// build (one named import, tree-shaken, minified); esbuild's metafile gives every input's minified bytes in the
// output, and each group's share of the min+gzip total is its share of the minified bytes (gzip is not additive,
// so these are estimates; size-limit's figure for the build is the budget).
//   node bench/composition.mjs [--json]
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;

// The same named imports as .size-limit.js, from the sources.
const ENTRIES = [
  ["callhooks (parseCallback)", "src/index.ts", "{ parseCallback }"],
  ["callhooks (parseRequest)", "src/index.ts", "{ parseRequest }"],
  ["callhooks/node", "src/node/index.ts", "{ parseIncomingMessage }"],
  ["callhooks/wavecell", "src/providers/wavecell/index.ts", "{ parse }"],
  ["callhooks/telecmi", "src/providers/telecmi/index.ts", "{ parse }"],
  ["callhooks/urlnetworks", "src/providers/urlnetworks/index.ts", "{ parse }"],
  ["callhooks/carrierx", "src/providers/carrierx/index.ts", "{ parse }"],
  ["callhooks/kaleyra", "src/providers/kaleyra/index.ts", "{ parse }"],
];

/** The group an input file counts in: a package (libphonenumber-js's metadata apart), or a folder of src/. */
function groupOf(path) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (pkg) return /libphonenumber-js\/metadata/.test(path) ? "libphonenumber-js (metadata)" : pkg[1];
  if (path.includes("phone-data")) return "src/normalize/phone-data (the phone table)";
  const folder = /^src\/((?:providers\/)?[^/]+)\//.exec(path);
  return folder ? `src/${folder[1]}/` : path.replace(/\.ts$/, "");
}

const report = [];
for (const [name, file, names] of ENTRIES) {
  const result = await build({
    stdin: { contents: `export ${names} from "./${file}";`, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    metafile: true,
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  const minified = code.length;
  const gzipped = gzipSync(code, { level: 9 }).length;
  const groups = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const group = groupOf(path);
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
  }
  const shares = [...groups]
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => ({
      group,
      bytes,
      share: bytes / minified,
      gzipKb: ((bytes / minified) * gzipped) / 1000,
    }));
  report.push({ name, minified, gzipped, shares });
}

if (process.argv.includes("--json")) console.log(JSON.stringify(report, null, 2));
else {
  for (const { name, minified, gzipped, shares } of report) {
    console.log(`\n## ${name}: ${(gzipped / 1000).toFixed(2)} kB min+gzip (${(minified / 1000).toFixed(1)} kB min)\n`);
    for (const { group, share, gzipKb } of shares) {
      if (share < 0.005) continue;
      console.log(
        `${group.padEnd(44)} ${(share * 100).toFixed(1).padStart(5)} %  ≈ ${gzipKb.toFixed(2).padStart(5)} kB`,
      );
    }
  }
}
