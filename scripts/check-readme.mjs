// README check: every TypeScript snippet in README.md compiles, because it is a copy of code that does.
//
// The rule: each ```ts (or ```typescript) block in README.md is preceded, on the line just above its fence, by a
// marker naming where its code lives:
//
//   <!-- example: examples/express.ts -->            the block is the whole file
//   <!-- example: examples/express.ts#webhooks -->   the block is the region between `// #region webhooks` and
//                                                    the next `// #endregion` in that file
//
// and the block's lines equal that file's or region's lines (trailing spaces and blank lines at either end
// aside). The examples/ files are type-checked against src/ (`npm run typecheck`, tsconfig.examples.json) and
// against the packed package (scripts/check-consumer.mjs), and formatted by Biome, so a snippet that does not
// compile or is not formatted fails `npm test` here. To change a snippet, edit the example file, then run
// `node scripts/check-readme.mjs --write`, which copies every marked region into README.md.
// Exits 1 on a block without a marker, a marker naming a missing file or region, or a block that differs.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const write = process.argv.includes("--write");
const MARKER = /^<!-- example: (examples\/[\w./-]+\.ts)(?:#([\w-]+))? -->$/;
const FENCE = /^```(?:ts|typescript)\s*$/;

const trimBlock = (lines) => {
  const out = lines.map((line) => line.trimEnd());
  while (out.length > 0 && out[0] === "") out.shift();
  while (out.length > 0 && out.at(-1) === "") out.pop();
  return out;
};

/** The lines of a file, or of one of its regions; a string when they cannot be found. */
function exampleLines(file, region) {
  let text;
  try {
    text = readFileSync(join(root, file), "utf8");
  } catch {
    return `${file} does not exist`;
  }
  const lines = text.split("\n");
  if (region === undefined) return trimBlock(lines);
  const start = lines.findIndex((line) => line.trim() === `// #region ${region}`);
  if (start === -1) return `${file} has no "// #region ${region}"`;
  const end = lines.findIndex((line, index) => index > start && line.trim().startsWith("// #endregion"));
  if (end === -1) return `${file}'s region ${region} has no "// #endregion"`;
  return trimBlock(lines.slice(start + 1, end));
}

const readme = readFileSync(join(root, "README.md"), "utf8").split("\n");
const problems = [];
let checked = 0;
for (let index = 0; index < readme.length; index++) {
  if (!FENCE.test(readme[index])) continue;
  const close = readme.findIndex((line, at) => at > index && line.startsWith("```"));
  const where = `README.md:${index + 1}`;
  const marker = MARKER.exec(readme[index - 1] ?? "");
  if (marker === null) {
    problems.push(`${where}: a \`\`\`ts block needs a "<!-- example: examples/<file>.ts#<region> -->" line above it.`);
  } else {
    const expected = exampleLines(marker[1], marker[2]);
    if (typeof expected === "string") problems.push(`${where}: ${expected}.`);
    else if (trimBlock(readme.slice(index + 1, close)).join("\n") !== expected.join("\n")) {
      if (write) readme.splice(index + 1, close - index - 1, ...expected);
      else problems.push(`${where}: the block differs from ${marker[1]}${marker[2] ? `#${marker[2]}` : ""}.`);
    }
    checked++;
  }
  index = readme.findIndex((line, at) => at > index && line.startsWith("```"));
}
if (write) writeFileSync(join(root, "README.md"), readme.join("\n"));
if (problems.length > 0) {
  console.error(
    `check-readme:\n  ${problems.join("\n  ")}\nEdit examples/, then run: node scripts/check-readme.mjs --write`,
  );
  process.exit(1);
}
console.log(`check-readme: ${checked} TypeScript snippets, each equal to its examples/ file or region.`);
