import { describe, expect, it } from "vitest";
import { createRequestParser, parseCallback, parseRequest } from "../src/index.js";
import { parse as parseTelecmi } from "../src/providers/telecmi/index.js";
import { fixture } from "./helpers/fixtures.js";

const cdr = fixture("telecmi", "cdr-incoming-answered.json");
const expected = parseCallback(cdr.body, cdr.contentType);

/** A body stream that counts how many chunks were pulled and whether it was cancelled. */
function countingStream(chunk: Uint8Array, chunks: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) controller.close();
      else {
        state.pulled++;
        controller.enqueue(chunk);
      }
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe("parseRequest", () => {
  it("parses a JSON POST like parseCallback does", async () => {
    const request = new Request("https://example.com/webhooks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: cdr.body,
    });
    expect(await parseRequest(request)).toEqual(expected);
  });

  it("takes a GET delivery's data from the URL's query", async () => {
    const delivery = fixture("kaleyra", "call-end.query");
    const request = new Request(`https://example.com/webhooks/kaleyra?${delivery.text.trim()}`);
    expect(await parseRequest(request, { provider: "kaleyra" })).toEqual(
      parseCallback(null, null, { provider: "kaleyra", query: delivery.text }),
    );
  });

  it("lets options.query replace the URL's query", async () => {
    const request = new Request("https://example.com/webhooks?id=ignored");
    const result = await parseRequest(request, { provider: "kaleyra", query: "event=call_start&id=42" });
    expect(result.ok && result.event.callId).toBe("42");
  });

  it("merges a POST body with the URL's query, the body winning", async () => {
    const request = new Request("https://example.com/webhooks?event=call_end&id=1", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "id=2&status=ANSWER",
    });
    const result = await parseRequest(request, { provider: "kaleyra" });
    expect(result.ok && result.event.id).toBe("kaleyra:call_end:2");
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const { stream, state } = countingStream(new Uint8Array(1024), 100);
    const request = new Request("https://example.com/", {
      method: "POST",
      body: stream,
      headers: { "content-length": "102400" },
      duplex: "half",
    } as RequestInit);
    const result = await parseRequest(request, { maxBodyBytes: 1000 });
    expect(result.ok ? null : result.error.code).toBe("body_too_large");
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  describe("a body whose Content-Length is within the cap", () => {
    /**
     * A request as @hono/node-server makes them: its `body` stream is built only when asked for (the costly part),
     * and `arrayBuffer()` reads the Node request directly.
     */
    function lightweightRequest(bytes: Promise<ArrayBuffer>, contentLength: string) {
      const touched = { body: false };
      const request = Object.create(Request.prototype, {
        method: { value: "POST" },
        url: { value: "http://127.0.0.1/webhooks" },
        headers: { value: new Headers({ "content-type": "application/json", "content-length": contentLength }) },
        bodyUsed: { value: false },
        body: {
          get() {
            touched.body = true;
            return null;
          },
        },
        arrayBuffer: { value: () => bytes },
      }) as Request;
      return { request, touched };
    }
    const encoded = new TextEncoder().encode(cdr.text);

    it("is read in one call, never through the body stream", async () => {
      const { request, touched } = lightweightRequest(Promise.resolve(encoded.buffer), String(encoded.byteLength));
      expect(await parseRequest(request)).toEqual(expected);
      expect(touched.body).toBe(false);
    });

    it("still times out when the read does not end", async () => {
      const { request } = lightweightRequest(new Promise(() => {}), String(encoded.byteLength));
      const result = await parseRequest(request, { bodyTimeoutMs: 20 });
      expect(result.ok ? null : result.error.code).toBe("body_timeout");
    });

    it("reports a read that fails as malformed_body", async () => {
      const { request } = lightweightRequest(Promise.reject(new TypeError("reset")), String(encoded.byteLength));
      const result = await parseRequest(request);
      expect(result.ok ? null : result.error).toMatchObject({ code: "malformed_body", message: /TypeError/ });
    });

    it("still counts the bytes: more than the cap is refused whatever the header said", async () => {
      const request = new Request("https://example.com/", {
        method: "POST",
        body: "x".repeat(5000),
        headers: { "content-length": "10" },
      });
      const result = await parseRequest(request, { maxBodyBytes: 1000 });
      expect(result.ok ? null : result.error.code).toBe("body_too_large");
    });

    it("says so when another reader holds the stream", async () => {
      const request = new Request("https://example.com/", {
        method: "POST",
        body: cdr.text,
        headers: { "content-length": String(encoded.byteLength) },
      });
      request.body?.getReader();
      const result = await parseRequest(request);
      expect(result.ok ? null : result.error).toMatchObject({ code: "malformed_body", message: /locked/ });
    });

    it("gives the event of an empty body as parseCallback gives it", async () => {
      const request = new Request("https://example.com/?cmiuuid=1&type=cdr", {
        method: "POST",
        body: "",
        headers: { "content-length": "0" },
      });
      expect(await parseRequest(request)).toEqual(parseCallback(null, null, { query: "cmiuuid=1&type=cdr" }));
    });
  });

  it("stops reading past the cap and cancels the rest of the stream", async () => {
    const { stream, state } = countingStream(new Uint8Array(1024), 10_000);
    const request = new Request("https://example.com/", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const result = await parseRequest(request, { maxBodyBytes: 4096 });
    expect(result.ok ? null : result.error.code).toBe("body_too_large");
    expect(state.pulled).toBeLessThan(10);
    expect(state.cancelled).toBe(true);
  });

  it("says so when the body was already read", async () => {
    const request = new Request("https://example.com/", { method: "POST", body: cdr.body ?? "" });
    await request.text();
    const result = await parseRequest(request);
    expect(result.ok ? null : result.error).toMatchObject({ code: "malformed_body", message: /already read/ });
  });

  it("reports a body stream that fails as malformed_body", async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError("aborted"));
      },
    });
    const request = new Request("https://example.com/", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const result = await parseRequest(request);
    expect(result.ok ? null : result.error.code).toBe("malformed_body");
  });

  it("reports an invalid cap as parseCallback does, before reading", async () => {
    const request = new Request("https://example.com/", { method: "POST", body: "{}" });
    const result = await parseRequest(request, { maxBodyBytes: -1 });
    expect(result).toEqual(parseCallback(null, null, { maxBodyBytes: -1 }));
    expect(request.bodyUsed).toBe(false);
  });

  it("builds a request parser over one provider's parse", async () => {
    const parseTelecmiRequest = createRequestParser(parseTelecmi);
    const request = new Request("https://example.com/", { method: "POST", body: cdr.body ?? "" });
    const result = await parseTelecmiRequest(request);
    expect(result.ok && result.event.raw.cmiuuid).toBe("16132200-57fa-47b5-888d-4ab5b7e631ee");
  });
});

describe("the adapters given the wrong request", () => {
  it("parseRequest says to use parseIncomingMessage for a Node request", async () => {
    const nodeLike = { method: "POST", url: "/webhooks", headers: { "content-type": "application/json" } };
    const result = await parseRequest(nodeLike as unknown as Request);
    expect(result.ok ? null : result.error).toMatchObject({ code: "malformed_body", message: /parseIncomingMessage/ });
  });
});
