// Build step (after tsup): mends the declaration files of the root's provider namespaces (`export * as telecmi`).
// rollup-plugin-dts (tsup's dts bundler) writes a namespace member that comes from another chunk as a value,
// `declare const index_TelecmiPayload: typeof TelecmiPayload`, also when it is a type: the file then fails to
// compile with skipLibCheck false (TS2693), and `telecmi.TelecmiPayload` is no type (TS2749). The chunk that
// declares it lists it as `type TelecmiPayload as x` in its exports, so each such member is looked up there
// and, when it is a type, rewritten as `type index_TelecmiPayload = TelecmiPayload` and exported as a type.
// scripts/check-consumer.mjs proves the result compiles. Prints what it mended; exits 1 on a file it cannot read.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const DECLARATION = /\.d\.c?ts$/;
const MEMBER = /^declare const (\w+): typeof (\w+);$/gm;
const IMPORT = /^import \{([^}]*)\} from '\.\/([^']+)\.(c?js)';$/gm;
const EXPORT_LIST = /^export \{([^}]*)\};$/m;

/** The exported names of a chunk that are types: `type Foo as x` → "x". */
function typeExports(file) {
  const list = EXPORT_LIST.exec(readFileSync(join(dist, file), "utf8"))?.[1] ?? "";
  const types = new Set();
  for (const item of list.split(",")) {
    const match = /^\s*type\s+(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(item);
    if (match) types.add(match[2] ?? match[1]);
  }
  return types;
}

let mended = 0;
for (const file of readdirSync(dist).filter((name) => DECLARATION.test(name))) {
  let text = readFileSync(join(dist, file), "utf8");
  if (!text.includes("declare namespace")) continue;
  // The local name of each imported binding → whether the chunk it comes from exports it as a type.
  const isType = new Map();
  for (const [, names, chunk, extension] of text.matchAll(IMPORT)) {
    const types = typeExports(`${chunk}.d.${extension === "cjs" ? "cts" : "ts"}`);
    for (const item of names.split(",")) {
      const [exported, local = exported] = item.trim().split(/\s+as\s+/);
      if (exported) isType.set(local, types.has(exported));
    }
  }
  const members = [];
  text = text.replace(MEMBER, (line, member, local) => {
    if (isType.get(local) !== true) return line;
    members.push(member);
    return `type ${member} = ${local};`;
  });
  for (const member of members) text = text.replace(new RegExp(`([{,]\\s*)${member} as `), `$1type ${member} as `);
  if (members.length > 0) {
    writeFileSync(join(dist, file), text);
    mended += members.length;
  }
}
// The root's provider namespaces are type-only (`export type * as telecmi` in src/index.ts: builders and parsers
// come from the subpaths, so a bundle of `parseCallback` holds none of them), but the bundled declarations
// re-export them as values: written `export type { … }`, a value use (`telecmi.parse(…)`) fails to compile, as it
// would fail at run time.
const typeOnly = [
  ...readFileSync(new URL("../src/index.ts", import.meta.url), "utf8").matchAll(/^export type \* as (\w+) from/gm),
].map(([, name]) => name);
let namespaces = 0;
for (const file of ["index.d.ts", "index.d.cts"]) {
  const text = readFileSync(join(dist, file), "utf8");
  const mendedText = text.replace(/^export \{ (\w+) as (\w+) \} from '([^']+)';$/gm, (line, local, name, from) => {
    if (!typeOnly.includes(name)) return line;
    namespaces++;
    return `export type { ${local} as ${name} } from '${from}';`;
  });
  if (mendedText !== text) writeFileSync(join(dist, file), mendedText);
}
if (namespaces !== typeOnly.length * 2) {
  console.error(
    `fix-dts-namespaces: found ${namespaces / 2} of the ${typeOnly.length} type-only namespaces in dist/index.d.ts`,
  );
  process.exit(1);
}
if (!process.argv.includes("--quiet")) {
  console.log(
    `fix-dts-namespaces: ${mended} namespace types written as types; ${typeOnly.length} provider namespaces exported as types.`,
  );
}
