// Package check: what users install type-checks in their project. Packs the package as npm publishes it
// (`npm pack`, after `npm run build`), installs the tarball into a throwaway consumer folder without the network
// (the tarball is extracted into node_modules/callhooks; its dependency and the type packages are links into
// this repo's node_modules), and type-checks user code with `strict` and `skipLibCheck: false` under four
// resolutions: NodeNext ESM, NodeNext CJS, bundler and node10. The user code is test/consumer/consumer.ts
// (namespace types, subpath types, narrowing, Express 5's req.query) and, under NodeNext ESM, every
// examples/*.ts file (the files README snippets are checked against, by scripts/check-readme.mjs).
// TypeScript's own lib files are not checked (skipDefaultLibCheck): they are not what callhooks publishes, and
// checking lib.dom.d.ts four times would double the run. The four checks run at once.
// Exits 1 on any error. KEEP_CONSUMER=1 keeps the folder and prints its path.
import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "callhooks-consumer-"));
const app = join(work, "app");
const modules = join(app, "node_modules");

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

try {
  // The tarball, exactly as `npm publish` would upload it.
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
  mkdirSync(join(modules, "callhooks"), { recursive: true });
  run("tar", ["-xzf", join(work, packed.filename), "-C", join(modules, "callhooks"), "--strip-components=1"], work);

  // Everything else the consumer needs (valibot, @types/node, @types/express, express, fastify, hono…) is
  // already installed here: linked, not downloaded.
  const source = join(root, "node_modules");
  for (const name of readdirSync(source)) {
    if (name.startsWith(".") || name === "callhooks") continue;
    if (name.startsWith("@")) {
      mkdirSync(join(modules, name), { recursive: true });
      for (const scoped of readdirSync(join(source, name))) {
        symlinkSync(join(source, name, scoped), join(modules, name, scoped), "dir");
      }
    } else symlinkSync(join(source, name), join(modules, name), "dir");
  }

  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const consumer = join(root, "test/consumer/consumer.ts");
  copyFileSync(consumer, join(app, "consumer.mts"));
  copyFileSync(consumer, join(app, "consumer.cts"));
  copyFileSync(consumer, join(app, "consumer.ts"));
  mkdirSync(join(app, "examples"));
  const examples = readdirSync(join(root, "examples")).filter((name) => name.endsWith(".ts"));
  for (const name of examples) copyFileSync(join(root, "examples", name), join(app, "examples", name));
  const exampleFiles = examples.map((name) => `examples/${name}`);

  const common = {
    strict: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    noEmit: true,
    target: "ES2022",
    lib: ["ES2022", "DOM"],
    types: ["node"],
    esModuleInterop: true,
    ignoreDeprecations: "6.0",
  };
  const setups = {
    "NodeNext ESM": {
      compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext" },
      files: ["consumer.mts", ...exampleFiles],
    },
    "NodeNext CJS": { compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext" }, files: ["consumer.cts"] },
    bundler: {
      compilerOptions: { module: "ESNext", moduleResolution: "Bundler", exactOptionalPropertyTypes: true },
      files: ["consumer.ts"],
    },
    node10: { compilerOptions: { module: "CommonJS", moduleResolution: "node10" }, files: ["consumer.ts"] },
  };

  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const checks = Object.entries(setups).map(async ([name, setup]) => {
    const config = `tsconfig.${name.replace(/\W+/g, "-").toLowerCase()}.json`;
    writeFileSync(
      join(app, config),
      JSON.stringify({ compilerOptions: { ...common, ...setup.compilerOptions }, files: setup.files }),
    );
    try {
      await promisify(execFile)(process.execPath, [tsc, "-p", config], { cwd: app, encoding: "utf8" });
      return `consumer: ${name}: ${setup.files.length} files type-check (strict, skipLibCheck false).`;
    } catch (error) {
      process.exitCode = 1;
      return `consumer: ${name}: type errors:\n${error.stdout}${error.stderr}`;
    }
  });
  for (const line of await Promise.all(checks)) console.log(line);
} finally {
  if (process.env.KEEP_CONSUMER) console.log(`consumer: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
