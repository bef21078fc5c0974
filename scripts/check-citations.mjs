// Code comments cite what a maintainer of the published package can open: docs/providers/<id>.md#<anchor> or a
// public URL, never the documents the product was first specified from (provider notes, the contract, their source
// codes). Fails on such a citation in src/, test/, scripts/, bench/ or examples/, and on a docs anchor that names no
// heading of its page.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const FOLDERS = ["src", "test", "scripts", "bench", "examples"];
const CODE = /\.(?:ts|mts|cts|mjs|cjs|js)$/;
// "notes §2.4.5", "CONTRACT.md", "S001", "WC-AGG", "8X8-REPO", "URLN-API", "provider-notes.md".
const OUTSIDE =
  /notes §|(?<!RFC \d+ )§\d|CONTRACT\.md|provider-notes|\bS00\d\b|\bWC-(?:AGG|CMDS)\b|\b8X8-(?:REPO|IVRHANDLE)\b|\bURLN-[A-Z]+\b/;
const DOCS_LINK = /docs\/providers\/([a-z0-9]+)\.md(?:#([a-z0-9-]+))?/g;

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "__snapshots__") return [];
    if (statSync(path).isDirectory()) return files(path);
    return CODE.test(name) ? [path] : [];
  });
}

const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\s-]/g, "")
    .replace(/\s/g, "-");
const anchorsOf = new Map();
function anchors(id) {
  if (!anchorsOf.has(id)) {
    const page = join(root, "docs", "providers", `${id}.md`);
    const text = existsSync(page) ? readFileSync(page, "utf8") : null;
    anchorsOf.set(id, text === null ? null : new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, h]) => slug(h))));
  }
  return anchorsOf.get(id);
}

const problems = [];
let links = 0;
for (const file of FOLDERS.flatMap((folder) => files(join(root, folder)))) {
  if (file.endsWith("check-citations.mjs")) continue;
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, index) => {
    const where = `${relative(root, file)}:${index + 1}`;
    if (OUTSIDE.test(line))
      problems.push(`${where}: cites a document outside the repository: ${line.trim().slice(0, 100)}`);
    for (const [, id, anchor] of line.matchAll(DOCS_LINK)) {
      links++;
      const known = anchors(id);
      if (known === null) problems.push(`${where}: docs/providers/${id}.md does not exist`);
      else if (anchor !== undefined && !known.has(anchor))
        problems.push(`${where}: docs/providers/${id}.md has no #${anchor}`);
    }
  });
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`Citations: ${links} links to docs/providers/ resolve; nothing cites a document outside the repository.`);
