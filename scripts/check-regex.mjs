// Checks every regular expression in src/ for catastrophic backtracking (ReDoS) with recheck, which
// analyses the expression's automaton (and fuzzes where it cannot). Part of `npm test`.
//
// Regular expressions are found with the TypeScript parser (regex literals, and `RegExp(...)` /
// `new RegExp(...)` calls), not with a regular expression. A `RegExp` built from anything but a string
// literal cannot be checked statically and fails the check. Finding none at all also fails: a guard that
// the scan is really looking at the sources.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { check } from "recheck";
import ts from "typescript";
import { importSource } from "./lib/registry.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// The folder to scan: src/ (an argument overrides it, to try the check on other code).
const srcDir = process.argv[2] === undefined ? join(root, "src") : join(process.cwd(), process.argv[2]);

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(?:[cm]?ts|tsx|[cm]?js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) yield path;
  }
}

/** Every regular expression of one file: `{ file, line, source, flags }`, or `{ …, dynamic: true }`. */
function regexesOf(path) {
  const text = readFileSync(path, "utf8");
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const where = (node) => ({
    file: relative(root, path),
    line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
  });
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const end = literal.lastIndexOf("/");
      found.push({ ...where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp"
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const isText = (arg) => arg !== undefined && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg));
      if (isText(pattern) && (flags === undefined || isText(flags))) {
        found.push({ ...where(node), source: pattern.text, flags: flags?.text ?? "" });
      } else {
        found.push({ ...where(node), source: node.getText(file), flags: "", dynamic: true });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

// The numbering-plan reader builds its regular expressions from the tables scripts/phone-data.mjs generates: those
// two constructions are checked through every pattern of the tables, in the forms the reader builds (`^(?:…)`
// for prefixes and leading digits, `^(?:…)$` for whole-number patterns).
const TABLE_READER = "src/normalize/phone-plans.ts";
const TABLES = "src/normalize/phone-data";

/** Every pattern of the generated numbering-plan tables, as the reader builds it: `{ file, line, source, flags }`. */
async function tablePatterns() {
  // The whole table writes its patterns short, read back with the reader's patternSource; a one-plan table (plan-in.ts)
  // writes them as they are.
  const { patternSource } = await importSource(TABLE_READER);
  const found = new Map();
  const dir = join(root, TABLES);
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, name), "utf8");
    const table = / = `([^`]*)`/.exec(text)?.[1].replaceAll("\\\\", "\\") ?? "";
    const source = name === "plan-table.ts" ? patternSource : (pattern) => pattern;
    for (const line of table.split("\n")) {
      const [key, , idd, pattern, , prefix, , leading, ...types] = line.split(" ");
      const at = { file: `${TABLES}/${name}`, line: key };
      for (const part of [idd, prefix, leading]) if (part) found.set(`^(?:${source(part)})`, at);
      for (const part of [pattern, ...types.map((type) => type.split("/")[0])])
        if (part) found.set(`^(?:${source(part)})$`, at);
    }
  }
  return [...found].map(([source, at]) => ({ ...at, source, flags: "", table: true }));
}

const scanned = [...sourceFiles(srcDir)].sort().flatMap(regexesOf);
const fromTables = scanned.some((regex) => regex.dynamic && regex.file === TABLE_READER) ? await tablePatterns() : [];
const regexes = [
  ...scanned.map((regex) => (regex.dynamic && regex.file === TABLE_READER ? { ...regex, fromTables: true } : regex)),
  ...fromTables,
];
if (regexes.length === 0) {
  console.error(`check-regex: found no regular expression in ${relative(root, srcDir) || "."}; the scan is broken.`);
  process.exit(1);
}

const rows = [];
let failed = 0;
for (const regex of regexes) {
  let status;
  let detail = "";
  if (regex.fromTables) {
    status = fromTables.length > 0 ? "safe" : "dynamic";
    detail = `built from ${TABLES}/: its ${fromTables.length} patterns are checked one by one`;
  } else if (regex.dynamic) {
    status = "dynamic";
    detail = "built at run time: cannot be checked";
  } else {
    const result = await check(regex.source, regex.flags, { timeout: 10_000 });
    status = result.status;
    if (result.status === "vulnerable") detail = `${result.complexity.type} (attack: ${result.attack.pattern})`;
    else if (result.status === "safe") detail = result.complexity.type;
    else if (result.status === "unknown") detail = result.error.kind;
  }
  if (status !== "safe") failed++;
  // A table's patterns are many (hundreds): listed only when one is not safe.
  if (!regex.table || status !== "safe") {
    rows.push([`${regex.file}:${regex.line}`, `/${regex.source}/${regex.flags}`, status, detail]);
  }
}
if (fromTables.length > 0) {
  const safe = fromTables.length - rows.filter((row) => row[0].startsWith(TABLES)).length;
  rows.push([
    `${TABLES}/*`,
    `${fromTables.length} patterns of the numbering-plan tables`,
    safe === fromTables.length ? "safe" : "not safe",
    `${safe} safe`,
  ]);
}

const widths = [0, 1, 2].map((i) =>
  Math.max(...rows.map((row) => row[i].length), ["where", "regex", "status"][i].length),
);
const line = (cells) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join("  ");
console.log(line(["where", "regex", "status", "complexity"]));
for (const row of rows) console.log(line(row));
console.log(`check-regex: ${regexes.length} regular expressions, ${regexes.length - failed} safe, ${failed} not safe.`);
process.exit(failed === 0 ? 0 : 1);
