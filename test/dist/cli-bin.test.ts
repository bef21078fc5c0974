// The built `callhooks` executable, run as a user runs it: a child process.
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("dist/cli.js", () => {
  it("parses a fixture and prints its event", async () => {
    const { stdout } = await run(process.execPath, [
      "dist/cli.js",
      "parse",
      "fixtures/telecmi/cdr-incoming-answered.json",
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ provider: "telecmi", type: "call.ended", outcome: "completed" });
  });

  it("exits 1 with the error code and message on stderr", async () => {
    const failure = await run(process.execPath, ["dist/cli.js", "parse", "fixtures/carrierx/sms-inbound.json"]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringMatching(/^unsupported_event: /) });
  });

  it("listens, prints a delivery, and exits 0 on SIGINT", async () => {
    const child = spawn(process.execPath, ["dist/cli.js", "listen", "--port", "0"], { stdio: "pipe" });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    await expect.poll(() => err, { timeout: 10_000 }).toMatch(/Listening on (http:\S+)/);
    const url = /Listening on (http:\S+)/.exec(err)?.[1] ?? "";
    const response = await fetch(`${url}/webhooks?caller=1&receiver=2&status=ANSWER&billsec=3&id=9`);
    expect(response.status).toBe(200);
    await expect.poll(() => out).toMatch(/GET \/webhooks {2}kaleyra call.ended \(completed\) {2}1 → 2 {2}callId 9\n/);
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(err).toMatch(/Stopped\.\n$/);
  }, 20_000);
});
