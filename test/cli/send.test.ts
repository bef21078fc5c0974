import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import * as samples from "../../src/samples/index.js";
import { memoryIo } from "./io.js";
import { type Recorder, startRecorder } from "./recorder.js";

let app: Recorder | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const running = new AbortController().signal;
const send = async (...argv: string[]) => {
  const io = memoryIo();
  const status = await main(["send", ...argv], io, running);
  return { status, out: io.out(), err: io.err() };
};

describe("callhooks send", () => {
  it("delivers a JSON sample, a form sample and a GET sample as their providers do, and prints each answer", async () => {
    app = await startRecorder((request, res) =>
      res.writeHead(request.method === "GET" ? 200 : 202, { "content-type": "text/plain" }).end("thanks\n"),
    );
    const names = ["telecmi/cdr-incoming-answered", "urlnetworks/extension-answered.form", "kaleyra/call-end.query"];
    const { status, out } = await send(...names, "--to", `${app.url}/hooks/{provider}?token=t`);
    expect(status).toBe(0);
    const [json, form, get] = app.requests;
    const cdr = samples.get("telecmi/cdr-incoming-answered") ?? samples.list()[0];
    expect(json).toMatchObject({ method: "POST", path: "/hooks/telecmi", query: "token=t" });
    expect(json?.headers["content-type"]).toBe("application/json");
    expect(json?.body.toString()).toBe(cdr?.body);
    expect(json?.headers["user-agent"]).toMatch(/^callhooks\//);
    expect(form?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(form?.body.toString()).toBe(samples.get("urlnetworks/extension-answered.form")?.body);
    expect(get).toMatchObject({ method: "GET", path: "/hooks/kaleyra" });
    expect(get?.query).toBe(`token=t&${samples.get("kaleyra/call-end.query")?.query}`);
    expect(get?.headers["content-type"]).toBeUndefined();
    expect(get?.body.byteLength).toBe(0);
    expect(out).toBe(
      [
        `POST ${app.url}/hooks/telecmi  telecmi/cdr-incoming-answered.json  → 202 Accepted  thanks`,
        `POST ${app.url}/hooks/urlnetworks  urlnetworks/extension-answered.form  → 202 Accepted  thanks`,
        `GET ${app.url}/hooks/kaleyra  kaleyra/call-end.query  → 200 OK  thanks`,
        "",
      ].join("\n"),
    );
  });

  it("picks the provider's sample of an event type, sets native fields typed like the ones they replace, repeats", async () => {
    app = await startRecorder();
    const { status } = await send(
      "--provider",
      "wavecell",
      "--event",
      "call.answered",
      "--set",
      "payload.callId=test-1",
      "--set",
      "payload.callDuration=42",
      "--set",
      "payload.brandNew=7",
      "--repeat",
      "2",
      "--header",
      "X-Secret: s3cret",
      "--to",
      app.url,
    );
    expect(status).toBe(0);
    expect(app.requests).toHaveLength(2);
    const body = JSON.parse(app.requests[0]?.body.toString() ?? "");
    expect(body.payload).toMatchObject({ callId: "test-1", callDuration: 42, brandNew: "7" });
    expect(app.requests[1]?.body.equals(app.requests[0]?.body ?? Buffer.alloc(0))).toBe(true);
    expect(app.requests[0]?.headers["x-secret"]).toBe("s3cret");
  });

  it("sends a file: by its extension, else JSON when it starts with { and a form otherwise", async () => {
    app = await startRecorder();
    const folder = mkdtempSync(join(tmpdir(), "callhooks-send-"));
    writeFileSync(join(folder, "captured.txt"), '  {"type":"cdr"}\n');
    writeFileSync(join(folder, "other.txt"), "a=1&b=2\n");
    writeFileSync(join(folder, "get.query"), "event=call_end&id=5\n");
    const { status } = await send(
      join(folder, "captured.txt"),
      join(folder, "other.txt"),
      join(folder, "get.query"),
      "--to",
      app.url,
    );
    expect(status).toBe(0);
    expect(
      app.requests.map((request) => [
        request.method,
        request.headers["content-type"],
        request.body.toString(),
        request.query,
      ]),
    ).toEqual([
      ["POST", "application/json", '  {"type":"cdr"}', ""],
      ["POST", "application/x-www-form-urlencoded", "a=1&b=2", ""],
      ["GET", undefined, "", "event=call_end&id=5"],
    ]);
  });

  it("exits 1 on a 5xx and on no answer, 0 on a 4xx", async () => {
    app = await startRecorder((request, res) => res.writeHead(request.path === "/down" ? 503 : 401).end());
    expect((await send("telecmi/cdr-incoming-answered", "--to", `${app.url}/down`)).status).toBe(1);
    expect((await send("telecmi/cdr-incoming-answered", "--to", `${app.url}/auth`)).status).toBe(0);
    const closed = app.url;
    await app.close();
    app = undefined;
    const refused = await send("telecmi/cdr-incoming-answered", "--to", closed);
    expect(refused.status).toBe(1);
    expect(refused.out).toMatch(/→ no answer: .*ECONNREFUSED/);
  });

  it("escapes what the app answers before printing it", async () => {
    app = await startRecorder((_, res) => res.end("ok\u001b[2J\u202e"));
    const { out } = await send("telecmi/cdr-incoming-answered", "--to", app.url);
    expect(out).toContain("ok\\u001b[2J\\u202e");
    expect(out).not.toContain("\u001b");
  });

  it.each([
    [["telecmi/cdr-incoming-answered"], /--to URL is required/],
    [["telecmi/cdr-incoming-answerd", "--to", "http://127.0.0.1:1"], /did you mean telecmi\/cdr-incoming-answered\?/],
    [["kaleyra/call-end", "--to", "http://127.0.0.1:1"], /names 3 samples: kaleyra\/call-end.form, /],
    [["--provider", "telcmi", "--to", "http://127.0.0.1:1"], /did you mean telecmi\?/],
    [
      ["--provider", "urlnetworks", "--event", "call.dtmf", "--to", "http://127.0.0.1:1"],
      /No urlnetworks sample is a "call.dtmf" event/,
    ],
    [["telecmi/cdr-incoming-answered", "--to", "localhost:3000"], /--to must be an http or https URL/],
    [
      ["telecmi/cdr-incoming-answered", "--to", "http://x", "--repeat", "0"],
      /--repeat takes a whole number from 1 to 1000/,
    ],
    [["telecmi/cdr-incoming-answered", "--to", "http://x", "--set", "nokey"], /--set takes key=value/],
    [["telecmi/cdr-incoming-answered", "--to", "http://x", "--set", "type.x=1"], /"type" is not an object/],
    [["telecmi/cdr-incoming-answered", "--to", "http://x", "--header", "Bad Name: v"], /--header takes "Name: value"/],
    [
      ["telecmi/cdr-incoming-answered", "--to", "http://x", "--rpeat", "2"],
      /unknown option --rpeat \(did you mean --repeat\?\)/,
    ],
  ])("refuses %j with one line and exit status 2", async (argv, message) => {
    const { status, err, out } = await send(...argv);
    expect(status).toBe(2);
    expect(err).toMatch(message);
    expect(err.trimEnd().split("\n")).toHaveLength(1);
    expect(out).toBe("");
  });

  it("stops at once when stopped (Ctrl-C) and exits 130", async () => {
    app = await startRecorder(() => {}); // never answers
    const stop = new AbortController();
    const io = memoryIo();
    const running = main(["send", "telecmi/cdr-incoming-answered", "--to", app.url], io, stop.signal);
    await expect.poll(() => app?.requests.length).toBe(1);
    stop.abort();
    expect(await running).toBe(130);
  });
});
