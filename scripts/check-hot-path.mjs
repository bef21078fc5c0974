// Guard for the performance rule "no schema, regular expression or lookup table built per call" (issue 6):
// in src/ (the Node-only CLI and helpers aside), a regular expression literal, `new RegExp`, `new Map` or
// `new Set` may only appear at module level or inside a pure factory (marked `@__NO_SIDE_EFFECTS__`, called at
// module level), and so may valibot's schema factories (`v.object(…)`, `v.pipe(…)`, …). Exits 1 on a breach.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const root = new URL("../src/", import.meta.url).pathname;
const EXCLUDED = ["cli", "node"];
// Per-call data structures that are not lookup tables: the decoded record's views and small result sets.
const ALLOWED = new Set([
  "decode/decode-body.ts:new Set", // the body's keys, merged with a query
  "providers/kaleyra/replies/callback-param.ts:new Set", // the duplicates of one spec (a builder, not a parse)
  "normalize/phone-plans.ts:new RegExp", // a numbering plan's patterns, compiled on its first use and kept (≤ 254 plans)
  "normalize/phone-plans.ts:new Map", // a plan table's index, built on its first use and kept (not at import)
]);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return EXCLUDED.includes(relative(root, path)) ? [] : files(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

function isPureFactory(node, source) {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  return ranges.some((range) => source.text.slice(range.pos, range.end).includes("@__NO_SIDE_EFFECTS__"));
}

// A callback handed to an array method at module level (`PROVIDERS.map((provider) => …)`) runs while the module loads.
const ARRAY_METHODS = new Set(["map", "flatMap", "filter", "forEach", "reduce", "some", "every"]);
// A builder handed to these at module level runs once, on first use, and what it builds is kept
// (src/schema/deferred.ts, src/schema/record.ts): `record(() => ({ … }))`, `once(() => v.object(…))`.
const BUILT_ONCE = new Set(["record", "once", "deferred"]);
function runsNow(node) {
  const call = node.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(node)) return false;
  if (ts.isIdentifier(call.expression)) return BUILT_ONCE.has(call.expression.text);
  return ts.isPropertyAccessExpression(call.expression) && ARRAY_METHODS.has(call.expression.name.text);
}

const breaches = [];
let scanned = 0;
for (const file of files(root)) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const name = relative(root, file);
  // Where code runs: at module load ("module"), while a pure factory builds a schema ("factory"), or on every
  // call ("call"). Inside a factory, a callback passed to a call (`events.map(…)`) runs while it builds; any
  // other function there (a schema's `~run`, a returned closure) runs per call.
  const visit = (node, where) => {
    let inner = where;
    if (ts.isFunctionLike(node) && node.body !== undefined) {
      const declaration = ts.isVariableDeclaration(node.parent) ? node.parent.parent.parent : node;
      if (where === "module") inner = isPureFactory(declaration, source) || runsNow(node) ? "factory" : "call";
      else if (where === "factory") inner = ts.isCallExpression(node.parent) ? "factory" : "call";
      else inner = "call";
    }
    const inFunction = where === "call";
    let what;
    if (ts.isRegularExpressionLiteral(node)) what = "a regular expression literal";
    else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ["RegExp", "Map", "Set"].includes(node.expression.text)
    )
      what = `new ${node.expression.text}`;
    else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === "v" &&
      !node.expression.name.text.startsWith("_") &&
      !["safeParse", "parse", "is"].includes(node.expression.name.text)
    )
      what = `valibot's ${node.expression.name.text}()`;
    if (what !== undefined) scanned++;
    if (what !== undefined && inFunction) {
      const key = `${name}:${what}`;
      if (!ALLOWED.has(key)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        breaches.push(
          `${name}:${line + 1}: ${what} inside a function runs on every call; build it once at module level.`,
        );
      }
    }
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(source, "module");
}

if (scanned === 0) {
  console.error("check-hot-path: found no regular expression, table or schema at all: is it scanning src/?");
  process.exit(1);
}
if (breaches.length > 0) {
  console.error(breaches.join("\n"));
  process.exit(1);
}
console.log(`check-hot-path: ${scanned} regular expressions, tables and schemas, none built per call.`);
