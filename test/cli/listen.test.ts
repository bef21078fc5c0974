import { request } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type Listener, runListen, startListen } from "../../src/cli/listen.js";
import { fixture } from "../helpers/fixtures.js";
import { memoryIo } from "./io.js";

const at = new Date("2026-01-06T10:17:19Z");
let listener: Listener | undefined;

afterEach(async () => {
  await listener?.close();
  listener = undefined;
});

async function post(url: string, provider: string, name: string) {
  const delivery = fixture(provider, name);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": delivery.contentType ?? "text/plain" },
    body: delivery.body ?? "",
  });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

describe("callhooks listen", () => {
  it("prints one line per event and replies 200 with an empty body", async () => {
    const io = memoryIo();
    listener = await startListen({ port: 0, host: "127.0.0.1", json: false, now: () => at }, io);
    const reply = await post(`${listener.url}/hooks/telecmi`, "telecmi", "cdr-incoming-answered.json");
    expect(reply).toMatchObject({ status: 200, text: "" });
    expect(io.out()).toBe(
      "10:17:19 POST /hooks/telecmi  telecmi call.ended (completed)  +440000000002 → +440000000001  callId 16132200-57fa-47b5-888d-4ab5b7e631ee\n",
    );
  });

  it("answers an 8x8 CALL_ACTION with a hangup callflow and a legacy Call Handle event with a Hangup command", async () => {
    const io = memoryIo();
    listener = await startListen({ port: 0, host: "127.0.0.1", json: false, now: () => at }, io);
    const action = await post(listener.url, "wavecell", "call-action-call-received.json");
    expect(action).toEqual({ status: 200, type: "application/json", text: '{"callflow":[{"action":"hangup"}]}' });
    const legacy = await post(listener.url, "wavecell", "legacy-call-received.json");
    expect(legacy).toEqual({ status: 200, type: "application/json", text: '{"commands":[{"function":"Hangup"}]}' });
    const status = await post(listener.url, "wavecell", "call-status-call-connected.json");
    expect(status).toMatchObject({ status: 200, text: "" });
    expect(io.out()).toMatch(/↩ \{"callflow":\[\{"action":"hangup"\}\]\}\n/);
  });

  it("takes GET deliveries, and the provider from a path segment (Kaleyra)", async () => {
    const io = memoryIo();
    listener = await startListen({ port: 0, host: "127.0.0.1", json: false, now: () => at }, io);
    const query = fixture("kaleyra", "call-end.query").text.trim();
    const response = await fetch(`${listener.url}/webhooks/kaleyra?${query}`);
    expect(response.status).toBe(200);
    expect(io.out()).toMatch(/^10:17:19 GET \/webhooks\/kaleyra {2}kaleyra call.ended/);
  });

  it("prints the error's code and message and replies 400", async () => {
    const io = memoryIo();
    listener = await startListen({ port: 0, host: "127.0.0.1", json: false, now: () => at }, io);
    const response = await fetch(`${listener.url}/x`, { method: "POST", body: "<xml/>" });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^unsupported_content_type: /);
    expect(io.out()).toMatch(/^10:17:19 POST \/x {2}400 unsupported_content_type: /);
  });

  it("prints the full event as one JSON line with --json", async () => {
    const io = memoryIo();
    listener = await startListen({ port: 0, host: "127.0.0.1", json: true }, io);
    await post(listener.url, "telecmi", "cdr-incoming-answered.json");
    const lines = io.out().trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ provider: "telecmi", raw: { cmiuuid: expect.any(String) } });
  });

  it("runs until stopped, then closes and exits 0", async () => {
    const io = memoryIo();
    const stop = new AbortController();
    const running = runListen(["--port", "0"], io, stop.signal);
    await expect.poll(() => io.err()).toMatch(/^Listening on http:\/\/127\.0\.0\.1:\d+ /);
    stop.abort();
    expect(await running).toBe(0);
    expect(io.err()).toMatch(/Stopped\.\n$/);
  });

  it("exits 1 when the port is taken", async () => {
    listener = await startListen({ port: 0, host: "127.0.0.1", json: false }, memoryIo());
    const io = memoryIo();
    const port = new URL(listener.url).port;
    expect(await runListen(["--port", port], io, new AbortController().signal)).toBe(1);
    expect(io.err()).toMatch(/cannot listen on 127\.0\.0\.1:\d+: .*EADDRINUSE/);
  });

  it("exits 2 on a bad port or provider", async () => {
    const never = new AbortController().signal;
    expect(await runListen(["--port", "http"], memoryIo(), never)).toBe(2);
    expect(await runListen(["--provider", "twilio"], memoryIo(), never)).toBe(2);
  });
});

/** Every character a terminal or a log must not get raw; a line's own newline aside. */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the test looks for.
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const HOSTILE = "x\u001b[2J\u001b]0;pwned\u0007\r\u009b31m\u0085\u202e\u2066\u200b\u2028\ufeffy";

/** A POST with node:http (Node's server refuses control and non-ASCII bytes in a path, so those go in the body). */
function rawPost(url: string, path: string, contentType: string, body: string) {
  return new Promise<number>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const options = { hostname, port, path, method: "POST", headers: { "content-type": contentType } };
    const req = request(options, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("callhooks listen on hostile deliveries", () => {
  const cdr = JSON.parse(fixture("telecmi", "cdr-incoming-answered.json").text) as Record<string, unknown>;
  const hostile = JSON.stringify({ ...cdr, cmiuuid: HOSTILE, from: `+44${HOSTILE}`, to: HOSTILE });

  it("escapes every field a sender chose in the readable line (C0, DEL, C1, bidi, zero-width, U+2028, BOM)", async () => {
    const io = memoryIo();
    listener = await startListen({ port: 0, host: "127.0.0.1", json: false, now: () => at }, io);
    expect(await rawPost(listener.url, "/hooks", "application/json", hostile)).toBe(200);
    const out = io.out();
    expect(out.endsWith("\n")).toBe(true);
    expect(out.slice(0, -1)).not.toMatch(UNSAFE);
    expect(out.split("\n")).toHaveLength(2);
    expect(out).toContain(
      "x\\u001b[2J\\u001b]0;pwned\\u0007\\u000d\\u009b31m\\u0085\\u202e\\u2066\\u200b\\u2028\\ufeffy",
    );
  });

  it("escapes them in --json too, as \\uXXXX, the JSON value unchanged", async () => {
    const io = memoryIo();
    listener = await startListen({ port: 0, host: "127.0.0.1", json: true }, io);
    await rawPost(listener.url, "/", "application/json", hostile);
    await rawPost(listener.url, "/x", "application/json", "{\u202e\u009b");
    const lines = io.out().trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toMatch(UNSAFE);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ callId: HOSTILE, raw: { cmiuuid: HOSTILE } });
    expect(JSON.parse(lines[1] ?? "")).toMatchObject({ request: "POST /x", status: 400 });
  });

  it("escapes an error's message and issues", async () => {
    const io = memoryIo();
    listener = await startListen({ port: 0, host: "127.0.0.1", json: false, now: () => at }, io);
    const status = await rawPost(listener.url, "/", "text/plain", `\u202e\u001b[31m${"<".repeat(3)}`);
    expect(status).toBe(400);
    expect(io.out().slice(0, -1)).not.toMatch(UNSAFE);
  });

  it("acknowledges an unsupported_event with 200, and prints it as such", async () => {
    const io = memoryIo();
    listener = await startListen({ port: 0, host: "127.0.0.1", json: false, now: () => at }, io);
    const reply = await post(listener.url, "carrierx", "sms-inbound.json");
    expect(reply.status).toBe(200);
    expect(io.out()).toMatch(/^10:17:19 POST \/ {2}200 unsupported_event: /);
  });

  it("ends the connection on a body over the cap, without reading the rest", async () => {
    const io = memoryIo();
    listener = await startListen({ port: 0, host: "127.0.0.1", json: false, now: () => at }, io);
    const { port } = new URL(listener.url);
    const socket = connect(Number(port), "127.0.0.1");
    let response = "";
    socket.on("data", (chunk: Buffer) => {
      response += chunk.toString("latin1");
    });
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.on("error", () => {});
    socket.write(
      "POST /webhooks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
    );
    // An endless body, written as fast as the connection takes it: 64 MiB unless the receiver stops reading.
    const chunk = `10000\r\n${"x".repeat(0x10000)}\r\n`;
    let written = 0;
    let open = true;
    void closed.then(() => {
      open = false;
    });
    while (open && written < 64 * 1024 * 1024) {
      written += 0x10000;
      if (!socket.write(chunk)) {
        await Promise.race([new Promise((resolve) => socket.once("drain", resolve)), closed]);
      }
    }
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response.toLowerCase()).toContain("connection: close");
    expect(written).toBeLessThan(64 * 1024 * 1024);
    expect(io.out()).toMatch(/413 body_too_large: /);
  });
});
