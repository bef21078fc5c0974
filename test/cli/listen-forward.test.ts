import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { type Listener, runListen, startListen } from "../../src/cli/listen.js";
import { forwardUrl } from "../../src/cli/listen-forward.js";
import * as samples from "../../src/samples/index.js";
import { memoryIo } from "./io.js";
import { type Recorder, startRecorder } from "./recorder.js";

const at = new Date("2026-01-06T10:17:19Z");
const CALLFLOW = '{"callflow":[{"action":"say","params":{"text":"Hello"}},{"action":"hangup"}]}';
let app: Recorder | undefined;
let listener: Listener | undefined;

afterEach(async () => {
  await listener?.close();
  await app?.close();
  listener = undefined;
  app = undefined;
});

async function forwarding(forwardTo: string, extra: { forwardTimeoutMs?: number } = {}) {
  const io = memoryIo();
  listener = await startListen(
    { port: 0, host: "127.0.0.1", json: false, now: () => at, forwardTo: new URL(forwardTo), ...extra },
    io,
  );
  return io;
}

/** Delivers a sample to the receiver as its provider would (node:http, which sends any header), with extra headers. */
async function deliver(name: string, path: string, headers: Record<string, string> = {}) {
  const sample = samples.get(name);
  if (sample === undefined) throw new Error(name);
  const url = `${listener?.url}${path}${sample.query === "" ? "" : `${path.includes("?") ? "&" : "?"}${sample.query}`}`;
  return new Promise<{ status: number; type: string | undefined; text: string; sample: samples.SampleDelivery }>(
    (resolve, reject) => {
      const request = httpRequest(url, {
        method: sample.method,
        headers: { ...(sample.contentType === null ? {} : { "content-type": sample.contentType }), ...headers },
      });
      request.on("error", reject);
      request.on("response", (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          text += chunk;
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"], text, sample }),
        );
      });
      request.end(sample.body ?? undefined);
    },
  );
}

describe("forwardUrl", () => {
  it("appends the delivery's path to the app's and its query after the app's", () => {
    const base = new URL("http://127.0.0.1:3000/api/?v=1");
    expect(forwardUrl(base, "/webhooks/kaleyra?event=call_end").href).toBe(
      "http://127.0.0.1:3000/api/webhooks/kaleyra?v=1&event=call_end",
    );
    expect(forwardUrl(new URL("http://127.0.0.1:3000"), "/").href).toBe("http://127.0.0.1:3000/");
    // An absolute-form target's host is never followed.
    expect(forwardUrl(new URL("http://127.0.0.1:3000"), "http://evil.test/x?y=1").href).toBe(
      "http://127.0.0.1:3000/x?y=1",
    );
    expect(forwardUrl(new URL("http://127.0.0.1:3000"), "//evil.test/x").host).toBe("127.0.0.1:3000");
  });
});

describe("callhooks listen --forward-to", () => {
  it("forwards a JSON POST unchanged and returns the app's reply (an 8x8 callflow) to the sender", async () => {
    app = await startRecorder((_, res) => res.writeHead(200, { "content-type": "application/json" }).end(CALLFLOW));
    const io = await forwarding(`${app.url}/app`);
    const reply = await deliver("wavecell/call-action-call-received.json", "/webhooks/8x8", {
      authorization: "Bearer abc",
      "x-custom": "kept",
      connection: "keep-alive, x-hop",
      "x-hop": "dropped",
    });
    expect(reply).toMatchObject({ status: 200, type: "application/json", text: CALLFLOW });
    const [forwarded] = app.requests;
    expect(forwarded).toMatchObject({ method: "POST", path: "/app/webhooks/8x8", query: "" });
    expect(forwarded?.body.toString()).toBe(reply.sample.body);
    expect(forwarded?.headers).toMatchObject({
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(reply.sample.body ?? "")),
      authorization: "Bearer abc",
      "x-custom": "kept",
      "x-forwarded-for": "127.0.0.1",
      "x-forwarded-host": new URL(listener?.url ?? "").host,
      "x-forwarded-proto": "http",
      "x-callhooks-forwarded-by": expect.stringMatching(/^callhooks-[0-9a-f]{8}$/),
    });
    expect(forwarded?.headers["x-hop"]).toBeUndefined();
    expect(io.out()).toBe(
      `10:17:19 POST /webhooks/8x8  wavecell call.ringing  +65123456789 → +65987654321  callId a1d6a5e3-efec-11e9-b999-7d370b5f90d1  → app 200  ↩ ${CALLFLOW}\n`,
    );
  });

  it("forwards a form POST and a Kaleyra GET with their queries, and the app's status", async () => {
    app = await startRecorder((request, res) => res.writeHead(request.method === "GET" ? 204 : 201).end());
    const io = await forwarding(app.url);
    const form = await deliver("urlnetworks/extension-answered.form", "/pbx?token=t");
    const get = await deliver("kaleyra/call-end.query", "/webhooks/kaleyra");
    expect([form.status, get.status]).toEqual([201, 204]);
    const [post, query] = app.requests;
    expect(post).toMatchObject({ method: "POST", path: "/pbx", query: "token=t" });
    expect(post?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(post?.body.toString()).toBe(form.sample.body);
    expect(query).toMatchObject({ method: "GET", path: "/webhooks/kaleyra", query: get.sample.query });
    expect(query?.body.byteLength).toBe(0);
    expect(query?.headers["content-length"]).toBeUndefined();
    expect(io.out()).toMatch(
      /POST \/pbx {2}urlnetworks call.answered .* → app 201\n.*GET \/webhooks\/kaleyra {2}kaleyra call.ended .* → app 204\n$/,
    );
  });

  it("forwards a delivery that does not parse, and prints its error beside the app's status", async () => {
    app = await startRecorder((_, res) => res.writeHead(202).end());
    const io = await forwarding(app.url);
    const response = await fetch(`${listener?.url}/x`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"hello":1}',
    });
    expect(response.status).toBe(202);
    expect(app.requests[0]?.body.toString()).toBe('{"hello":1}');
    expect(io.out()).toMatch(/^10:17:19 POST \/x {2}400 unknown_provider: .* {2}→ app 202\n$/s);
  });

  it("answers 502 with a message when the app cannot be reached, and 504 when it does not answer in time", async () => {
    app = await startRecorder();
    const closed = app.url;
    await app.close();
    const io = await forwarding(closed);
    const refused = await deliver("telecmi/cdr-incoming-answered.json", "/");
    expect(refused.status).toBe(502);
    expect(refused.text).toMatch(
      /^callhooks listen: the app at http:\/\/127.0.0.1:\d+ gave no answer \(.*ECONNREFUSED/,
    );
    expect(io.out()).toMatch(/→ 502: the app gave no answer \(connect ECONNREFUSED/);
    await listener?.close();

    app = await startRecorder(() => {}); // never answers
    await forwarding(app.url, { forwardTimeoutMs: 200 });
    const slow = await deliver("telecmi/cdr-incoming-answered.json", "/");
    expect(slow).toMatchObject({ status: 504, text: expect.stringMatching(/no complete answer within 0.2 s/) });
  });

  it("answers 502 when the app's answer is over 1 MiB, without passing it on", async () => {
    app = await startRecorder((_, res) => res.end(Buffer.alloc(1_048_577, 97)));
    await forwarding(app.url);
    const big = await deliver("telecmi/cdr-incoming-answered.json", "/");
    expect(big).toMatchObject({ status: 502, text: expect.stringMatching(/answer is over 1048576 bytes/) });
  });

  it("escapes the app's answer in what it prints", async () => {
    app = await startRecorder((_, res) => res.end("ok\u001b]0;pwned\u0007"));
    const io = await forwarding(app.url);
    await deliver("telecmi/cdr-incoming-answered.json", "/");
    expect(io.out()).toContain("↩ ok\\u001b]0;pwned\\u0007");
    expect(io.out()).not.toContain("\u001b");
  });

  it("forwards nothing that fails the protection flags or the body cap", async () => {
    app = await startRecorder();
    const io = memoryIo();
    listener = await startListen(
      {
        port: 0,
        host: "127.0.0.1",
        json: false,
        now: () => at,
        forwardTo: new URL(app.url),
        verify: { basicAuth: [{ username: "u", password: "p" }] },
      },
      io,
    );
    expect((await deliver("telecmi/cdr-incoming-answered.json", "/")).status).toBe(401);
    const big = await new Promise<number>((resolve) => {
      const request = httpRequest(`${listener?.url}/`, {
        method: "POST",
        headers: { authorization: `Basic ${btoa("u:p")}` },
      });
      request.on("response", (response) => resolve(response.statusCode ?? 0));
      request.on("error", () => resolve(-1));
      request.end(Buffer.alloc(1_048_577, 32));
    });
    expect(big).toBe(413);
    expect(app.requests).toHaveLength(0);
    expect(io.out()).toMatch(/401 unauthorized: .*\n.*413 body_too_large/s);
  });

  it("prints JSON lines with the event and the app's status under --json", async () => {
    app = await startRecorder();
    const io = memoryIo();
    listener = await startListen(
      { port: 0, host: "127.0.0.1", json: true, now: () => at, forwardTo: new URL(app.url) },
      io,
    );
    await deliver("telecmi/cdr-incoming-answered.json", "/hooks");
    expect(JSON.parse(io.out())).toMatchObject({
      receivedAt: at.toISOString(),
      request: "POST /hooks",
      event: { provider: "telecmi", type: "call.ended" },
      forwarded: { status: 200 },
    });
  });

  it("stops a loop: a receiver forwarding to itself answers 508 the first delivery that comes back", async () => {
    const io = memoryIo();
    listener = await startListen(
      { port: 0, host: "127.0.0.1", json: false, now: () => at, forwardTo: new URL("http://127.0.0.1:1") },
      io,
    );
    await listener.close();
    // The same port, now forwarding to itself.
    const port = Number(new URL(listener.url).port);
    listener = await startListen(
      { port, host: "127.0.0.1", json: false, now: () => at, forwardTo: new URL(`http://127.0.0.1:${port}/again`) },
      io,
    );
    const reply = await deliver("telecmi/cdr-incoming-answered.json", "/hooks");
    expect(reply.status).toBe(508);
    expect(io.out()).toMatch(/POST \/again\/hooks {2}508 callhooks listen: this delivery came back/);
    expect(io.out()).toMatch(/POST \/hooks {2}telecmi call.ended .* → app 508/);
  });

  it("refuses a --forward-to that is not an http URL", async () => {
    const io = memoryIo();
    expect(await runListen(["--forward-to", "localhost:3000"], io, AbortSignal.abort())).toBe(2);
    expect(io.err()).toMatch(/^callhooks listen: --forward-to must be an http or https URL/);
  });
});
