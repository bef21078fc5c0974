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
