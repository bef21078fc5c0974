// The built `callhooks` executable's developer tools, run as a user runs them (child processes), against real local
// servers on 127.0.0.1: send, listen --forward-to, replay.
import { execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { replayOrder } from "../../src/cli/run-replay.js";
import { type Recorded, type Recorder, startRecorder } from "../cli/recorder.js";

interface Sample {
  readonly provider: string;
  readonly name: string;
  readonly method: "GET" | "POST";
  readonly contentType: string | null;
  readonly body: string | null;
  readonly query: string;
}

const run = promisify(execFile);
const samples: { list(): Sample[]; get(name: string): Sample | undefined } = await import(
  new URL("../../dist/samples.js", import.meta.url).href
);
const CALLFLOW = '{"callflow":[{"action":"say","params":{"text":"Hello from the app"}},{"action":"hangup"}]}';

let app: Recorder | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A delivery as the app saw it, and as a sample says it is sent (to /<provider>). */
const seen = (request: Recorded) =>
  [request.method, request.path, request.headers["content-type"] ?? null, request.body.toString(), request.query].join(
    " | ",
  );
const expected = (sample: Sample) =>
  [sample.method, `/${sample.provider}`, sample.contentType, sample.body ?? "", sample.query].join(" | ");

describe("dist/cli.js send, listen --forward-to, replay", () => {
  it("sends every sample with its provider's method, content type, body and query", async () => {
    app = await startRecorder();
    const all = samples.list();
    const { stdout } = await run(process.execPath, [
      "dist/cli.js",
      "send",
      ...all.map((sample) => sample.name),
      "--to",
      `${app.url}/{provider}`,
    ]);
    expect(app.requests.map(seen)).toEqual(all.map(expected));
    expect(stdout.trimEnd().split("\n")).toHaveLength(all.length);
    expect(stdout).toMatch(/^GET http:\/\/127.0.0.1:\d+\/kaleyra {2}kaleyra\/call-answer.query {2}→ 200 OK$/m);
  }, 30_000);

  it("forwards a JSON POST, a form POST and a Kaleyra GET to the app, and returns its reply to the sender", async () => {
    app = await startRecorder((request, res) => {
      if (request.path.endsWith("/8x8")) res.writeHead(200, { "content-type": "application/json" }).end(CALLFLOW);
      else res.writeHead(204).end();
    });
    const child = spawn(process.execPath, ["dist/cli.js", "listen", "--port", "0", "--forward-to", `${app.url}/app`], {
      stdio: "pipe",
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      await expect.poll(() => err, { timeout: 10_000 }).toMatch(/Listening on (http:\S+)/);
      const url = /Listening on (http:\S+)/.exec(err)?.[1] ?? "";
      const post = async (name: string, path: string) => {
        const sample = samples.get(name) as Sample;
        const response = await fetch(`${url}${path}${sample.query === "" ? "" : `?${sample.query}`}`, {
          method: sample.method,
          ...(sample.contentType === null ? {} : { headers: { "content-type": sample.contentType } }),
          ...(sample.body === null ? {} : { body: sample.body }),
        });
        return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
      };
      const json = await post("wavecell/call-action-call-received.json", "/webhooks/8x8");
      expect(json).toEqual({ status: 200, type: "application/json", text: CALLFLOW });
      expect(await post("urlnetworks/extension-answered.form", "/webhooks/urlnetworks")).toMatchObject({ status: 204 });
      expect(await post("kaleyra/call-end.query", "/webhooks/kaleyra")).toMatchObject({ status: 204 });
      const names = [
        "wavecell/call-action-call-received.json",
        "urlnetworks/extension-answered.form",
        "kaleyra/call-end.query",
      ];
      expect(
        app.requests.map((request) => [
          request.method,
          request.path,
          request.headers["content-type"] ?? null,
          request.body.toString(),
          request.query,
        ]),
      ).toEqual(
        names.map((name, index) => {
          const sample = samples.get(name) as Sample;
          const path = ["/app/webhooks/8x8", "/app/webhooks/urlnetworks", "/app/webhooks/kaleyra"][index];
          return [sample.method, path, sample.contentType, sample.body ?? "", sample.query];
        }),
      );
      await expect.poll(() => out.split("\n").length).toBe(4);
      expect(out).toMatch(/POST \/webhooks\/8x8 {2}wavecell call.ringing .* → app 200 {2}↩ \{"callflow":/);
      expect(out).toMatch(/POST \/webhooks\/urlnetworks {2}urlnetworks call.answered .* → app 204\n/);
      expect(out).toMatch(/GET \/webhooks\/kaleyra {2}kaleyra call.ended \(completed\) .* → app 204\n/);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
  }, 30_000);

  it("replays every sample shuffled and twice (--seed 1): exactly each delivery twice, in the seed's order", async () => {
    app = await startRecorder();
    const all = samples.list();
    const providers = [...new Set(all.map((sample) => sample.provider))];
    const { stdout } = await run(process.execPath, [
      "dist/cli.js",
      "replay",
      ...providers,
      "--to",
      `${app.url}/{provider}`,
      "--shuffle",
      "--duplicate",
      "2",
      "--seed",
      "1",
    ]);
    const received = app.requests.map(seen);
    expect([...received].sort()).toEqual([...all, ...all].map(expected).sort());
    expect(received).toEqual(replayOrder(all, 2, 1).map(expected));
    expect(received).not.toEqual([...all, ...all].map(expected));
    expect(stdout).toMatch(
      new RegExp(
        `Sent ${all.length * 2} of ${all.length * 2} in [\\d.]+ s: 200 ×${all.length * 2}\\. Failed \\(no answer or 5xx\\): 0\\.\\n$`,
      ),
    );
  }, 30_000);

  it("prints its version, and one line for an unknown command", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect((await run(process.execPath, ["dist/cli.js", "--version"])).stdout).toBe(`${version}\n`);
    const failure = await run(process.execPath, ["dist/cli.js", "sned"]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({
      code: 2,
      stderr: 'callhooks: unknown command "sned" (did you mean send?). Run "callhooks --help".\n',
    });
  });
});
