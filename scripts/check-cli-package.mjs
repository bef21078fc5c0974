// Package check: the `callhooks` command works from the packed tarball in an app that installed it, with no fixtures/
// folder beside it. Packs the package as npm publishes it (`npm pack`, after `npm run build`), installs the tarball
// into a throwaway app without the network (extracted into node_modules/callhooks, its bin linked into
// node_modules/.bin as npm links it, its dependency linked from this repo's node_modules), starts a local server on
// 127.0.0.1, and runs with `npx callhooks`:
// - `send telecmi/cdr-incoming-answered.json --to …`: the server gets the sample as TeleCMI sends it;
// - `parse kaleyra/call-end.query`: prints the call.ended event;
// - `--version`: the package's version;
// - every example of `callhooks parse|send|replay|samples --help` (http://127.0.0.1:3000 pointed at the server):
//   each exits 0.
// Exits 1 on any failure. KEEP_APP=1 keeps the folder and prints its path.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const work = mkdtempSync(join(tmpdir(), "callhooks-cli-"));
const app = join(work, "app");
const modules = join(app, "node_modules");
const exec = promisify(execFile);
// Each command has its own deadline: a hung command fails the check instead of hanging it.
const TIMEOUT_MS = 30_000;

const received = [];
const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    received.push({
      method: req.method,
      url: req.url,
      type: req.headers["content-type"],
      body: Buffer.concat(chunks).toString(),
    });
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
  });
});

/**
 * Runs a shell command line in the app, as a user types it. `callhooks` becomes `npx --no -- callhooks`: `--no` so
 * that npx never downloads, `--` so that it leaves every flag after it (`--version`) to callhooks.
 */
async function sh(line) {
  const command = line.replaceAll(/(^|\| )callhooks /g, "$1npx --no -- callhooks ");
  try {
    return await exec("sh", ["-c", command], { cwd: app, encoding: "utf8", timeout: TIMEOUT_MS });
  } catch (error) {
    throw new Error(`"${line}" failed (exit ${error.code}):\n${error.stdout}${error.stderr}`);
  }
}

try {
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}`;

  const { stdout: packed } = await exec("npm", ["pack", "--json", "--pack-destination", work], { cwd: root });
  const [{ filename }] = JSON.parse(packed);
  const installed = join(modules, "callhooks");
  mkdirSync(installed, { recursive: true });
  await exec("tar", ["-xzf", join(work, filename), "-C", installed, "--strip-components=1"]);
  // What `npm install` does besides extracting: link the bin (executable) and the dependencies.
  mkdirSync(join(modules, ".bin"));
  for (const [name, path] of Object.entries(pkg.bin)) {
    const target = join(installed, path);
    chmodSync(target, statSync(target).mode | 0o111);
    symlinkSync(join("..", "callhooks", path), join(modules, ".bin", name));
  }
  for (const name of Object.keys(pkg.dependencies ?? {}))
    symlinkSync(join(root, "node_modules", name), join(modules, name), "dir");
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "app", private: true, type: "module", dependencies: { callhooks: pkg.version } }),
  );

  const sent = await sh(`callhooks send telecmi/cdr-incoming-answered.json --to ${base}/webhooks`);
  const fixture = readFileSync(join(root, "fixtures/telecmi/cdr-incoming-answered.json"), "utf8").replace(/\n$/, "");
  assert.deepEqual(received.shift(), { method: "POST", url: "/webhooks", type: "application/json", body: fixture });
  assert.match(sent.stdout, /→ 200 OK {2}ok\n$/);

  const parsed = JSON.parse((await sh("callhooks parse kaleyra/call-end.query")).stdout);
  assert.equal(parsed.provider, "kaleyra");
  assert.equal(parsed.type, "call.ended");

  assert.equal((await sh("callhooks --version")).stdout, `${pkg.version}\n`);

  let examples = 0;
  for (const command of ["parse", "send", "replay", "samples"]) {
    const help = (await sh(`callhooks ${command} --help`)).stdout;
    const lines = help
      .split("\n")
      .filter((line) => /^ {2}(printf .* \| )?callhooks /.test(line))
      .map((line) => line.trim().replaceAll("http://127.0.0.1:3000", base));
    assert.ok(lines.length > 0, `callhooks ${command} --help has examples`);
    for (const line of lines) {
      await sh(line);
      examples++;
    }
  }
  console.log(
    `cli-package: npx callhooks send, parse, --version and ${examples} --help examples work from the packed tarball.`,
  );
} finally {
  server.close();
  server.closeAllConnections();
  if (process.env.KEEP_APP) console.log(`cli-package: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
