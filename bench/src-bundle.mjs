// Bundles an entry written against src/ (its internals, which the package does not export) with esbuild, and
// imports it: what bench/stages.mjs measures. `patches` rewrites source files as they are bundled ({ file, from,
// to }: `file` relative to src/, `from` an exact text that must occur once), so one process can hold a variant
// of the code beside the code as it is and time both interleaved.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = new URL("../src/", import.meta.url).pathname;

/**
 * @param {string} entry Module text; its imports are relative to src/.
 * @param {readonly { file: string, from: string, to: string }[]} [patches]
 * @param {string} [src] Another src/ folder (e.g. an older commit's, from `git archive`).
 * @returns {Promise<Record<string, any>>} The entry's exports.
 */
export async function bundleSrc(entry, patches = [], src = here) {
  const { file, remove } = await bundleFile(entry, patches, src);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    remove();
  }
}

/**
 * Like `bundleSrc`, but writes the bundle to a file for another process to import.
 *
 * @returns {Promise<{ file: string, remove: () => void }>} The file and how to delete it.
 */
export async function bundleFile(entry, patches = [], src = here) {
  const used = new Set();
  const bundled = await build({
    stdin: { contents: entry, resolveDir: src, loader: "ts" },
    // An archived src/ finds its dependencies here.
    nodePaths: [new URL("../node_modules/", import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    logLevel: "error",
    plugins: [
      {
        name: "patches",
        setup(builder) {
          if (patches.length === 0) return;
          builder.onLoad({ filter: /\.ts$/ }, (args) => {
            const mine = patches.filter((patch) => join(src, patch.file) === args.path);
            if (mine.length === 0) return undefined;
            let text = readFileSync(args.path, "utf8");
            for (const patch of mine) {
              const count = text.split(patch.from).length - 1;
              if (count !== 1) throw new Error(`patch of ${patch.file}: its text occurs ${count} times, not once`);
              text = text.replace(patch.from, () => patch.to);
              used.add(patch);
            }
            return { contents: text, loader: "ts" };
          });
        },
      },
    ],
  });
  const unused = patches.filter((patch) => !used.has(patch));
  if (unused.length > 0) throw new Error(`patch of ${unused[0].file}: the file is not part of the bundle`);
  const folder = mkdtempSync(join(tmpdir(), "callhooks-src-"));
  const file = join(folder, "internals.mjs");
  writeFileSync(file, bundled.outputFiles[0].text);
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * Writes a commit's src/ into a temporary folder, for `bundleSrc`.
 *
 * @param {string} ref A git commit, branch or tag.
 * @returns {{ src: string, remove: () => void }} The folder (ending in /src/) and how to delete it.
 */
export function archivedSrc(ref) {
  const folder = mkdtempSync(join(tmpdir(), "callhooks-ref-"));
  const root = new URL("..", import.meta.url).pathname;
  const tar = execFileSync("git", ["archive", "--format=tar", ref, "src"], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync("tar", ["-x", "-C", folder], { input: tar });
  return { src: join(folder, "src/"), remove: () => rmSync(folder, { recursive: true }) };
}
