import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A PostgreSQL server started for a test, in a temporary directory. */
export interface TestPostgres {
  /** The connection string, e.g. `postgres://postgres@127.0.0.1:43123/postgres`. */
  readonly url: string;
  /** Stops the server and removes its directory. */
  readonly stop: () => void;
}

/** The directory of `initdb` and `pg_ctl`: Debian's (newest version first), else the PATH's. */
function binaries(): string {
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => existsSync(join(debian, name, "bin", "pg_ctl")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] !== undefined) return join(debian, versions[0], "bin");
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir !== "" && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) return dir;
  }
  throw new Error(
    "PostgreSQL's initdb and pg_ctl were not found: install PostgreSQL (Debian: apt-get install postgresql; .ci/run does).",
  );
}

function run(command: readonly string[]): void {
  const [file, ...args] = command as [string, ...string[]];
  const result = spawnSync(file, args, { encoding: "utf8", timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `${command.join(" ")} failed (${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`,
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject()));
    });
  });
}

/**
 * Starts a real PostgreSQL server on 127.0.0.1 and a free port, its data in a new temporary directory.
 * `initdb` and `pg_ctl` refuse to run as root: then they run as the `postgres` user, who is given the directory.
 *
 * @returns The server; call `stop` when done, also after a failure.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = binaries();
  const dir = mkdtempSync(join(tmpdir(), "callhooks-pg-"));
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const as = asRoot ? ["runuser", "-u", "postgres", "--"] : [];
  let started = false;
  const stop = (): void => {
    if (started) {
      const stopping = [join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"];
      if (asRoot) spawnSync("runuser", ["-u", "postgres", "--", ...stopping], { timeout: 30_000 });
      else spawnSync(stopping[0] as string, stopping.slice(1), { timeout: 30_000 });
    }
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (asRoot) {
      const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
      chownSync(dir, id("-u"), id("-g"));
    }
    run([
      ...as,
      join(bin, "initdb"),
      "-D",
      data,
      "-U",
      "postgres",
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--no-locale",
      "--no-sync",
    ]);
    const port = await freePort();
    // fsync off: a test database need not survive a power cut, and it saves seconds on a busy disk.
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    started = true;
    run([
      ...as,
      join(bin, "pg_ctl"),
      "-D",
      data,
      "-l",
      join(dir, "server.log"),
      "-o",
      options,
      "-w",
      "-t",
      "60",
      "start",
    ]);
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
