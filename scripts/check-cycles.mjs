// No import cycle in src/, value or type: every `import`, `import type`, `export … from` and dynamic import between
// src files counts (read with TypeScript's own pre-processor). Prints each cycle and exits 1 if there is one.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const root = resolve("src");

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

function target(from, specifier) {
  // package.json (the CLI's version) is data, not a module that can import back.
  if (!specifier.startsWith(".") || specifier.endsWith(".json")) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ""));
  for (const candidate of [`${base}.ts`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  throw new Error(`${relative(root, from)} imports ${specifier}, which is not a src file`);
}

const graph = new Map();
for (const file of files(root)) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  graph.set(file, [...new Set(importedFiles.map((item) => target(file, item.fileName)).filter(Boolean))]);
}

// Tarjan's strongly connected components: a component of two or more files (or a file importing itself) is a cycle.
let index = 0;
const indices = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function connect(file) {
  indices.set(file, index);
  low.set(file, index);
  index++;
  stack.push(file);
  onStack.add(file);
  for (const next of graph.get(file) ?? []) {
    if (!indices.has(next)) {
      connect(next);
      low.set(file, Math.min(low.get(file), low.get(next)));
    } else if (onStack.has(next)) low.set(file, Math.min(low.get(file), indices.get(next)));
  }
  if (low.get(file) !== indices.get(file)) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    onStack.delete(member);
    component.push(member);
  } while (member !== file);
  if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component);
}
for (const file of graph.keys()) if (!indices.has(file)) connect(file);

if (cycles.length > 0) {
  for (const cycle of cycles) console.error(`Import cycle: ${cycle.map((file) => relative(root, file)).join(" ↔ ")}`);
  process.exit(1);
}
console.log(`Imports: ${graph.size} src files, no cycle (type or value).`);
