import { Agent, createServer, IncomingMessage, request } from "node:http";
import { type AddressInfo, Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { parseCallback } from "../../src/index.js";
import { createIncomingMessageParser, flattenFormObject, parseIncomingMessage } from "../../src/node/index.js";
import { parse as parseTelecmiBody } from "../../src/providers/telecmi/index.js";
import { fixture } from "../helpers/fixtures.js";

/** A Node request fed by hand, as node:http builds it. */
function message(url: string, headers: Record<string, string>, chunks: readonly (string | Uint8Array)[] = []) {
  const req = new IncomingMessage(new Socket());
  req.url = url;
  req.method = chunks.length === 0 ? "GET" : "POST";
  req.headers = headers;
  let pushed = 0;
  req._read = () => {
    const chunk = chunks[pushed++];
    req.push(chunk === undefined ? null : chunk);
  };
  return { req, pushed: () => pushed };
}

const cdr = fixture("telecmi", "cdr-incoming-answered.json");

describe("parseIncomingMessage", () => {
  it("reads the stream when no body parser ran", async () => {
    const { req } = message("/webhooks", { "content-type": "application/json" }, [
      cdr.text.slice(0, 20),
      cdr.text.slice(20),
    ]);
    expect(await parseIncomingMessage(req)).toEqual(parseCallback(cdr.body, cdr.contentType));
  });

  it("takes a GET delivery's data from the URL's query", async () => {
    const { req } = message("/webhooks/kaleyra?event=call_start&id=42", {});
    const result = await parseIncomingMessage(req, { provider: "kaleyra" });
    expect(result.ok && result.event.id).toBe("kaleyra:call_start:42");
  });

  it("uses the body a framework parsed (express.json, Fastify) without reading the stream", async () => {
    const { req, pushed } = message("/webhooks", { "content-type": "application/json" }, [cdr.text]);
    const parsed = Object.assign(req, { body: JSON.parse(cdr.text) as Record<string, unknown> });
    expect(await parseIncomingMessage(parsed)).toEqual(parseCallback(cdr.body, cdr.contentType));
    expect(pushed()).toBe(0);
  });

  it("takes a Fastify request: the raw message and its parsed body", async () => {
    const { req } = message("/webhooks?x=1", { "content-type": "application/json" });
    const result = await parseIncomingMessage({ raw: req, body: JSON.parse(cdr.text) as unknown });
    expect(result.ok && result.event.id).toBe("telecmi:cdr:answered:16132200-57fa-47b5-888d-4ab5b7e631ee");
  });

  describe("a body Node's parser has buffered whole", () => {
    /** A request whose Content-Length of bytes is already in the stream, and whose end never comes. */
    function buffered(headers: Record<string, string>) {
      const req = new IncomingMessage(new Socket());
      req.url = "/webhooks";
      req.method = "POST";
      req.headers = headers;
      req._read = () => {};
      req.push(cdr.text);
      return req;
    }
    const length = String(Buffer.byteLength(cdr.text));

    it("is taken at once, without waiting for the end of the stream", async () => {
      const req = buffered({ "content-type": "application/json", "content-length": length });
      expect(await parseIncomingMessage(req, { bodyTimeoutMs: 50 })).toEqual(parseCallback(cdr.body, cdr.contentType));
    });

    it("is read to its end: the stream ends once Node's parser closes the message (nothing left to dump or drain)", async () => {
      const req = buffered({ "content-type": "application/json", "content-length": length });
      await parseIncomingMessage(req);
      const ended = new Promise<boolean>((resolve) => {
        req.once("end", () => resolve(true));
        setTimeout(() => resolve(false), 200);
      });
      // What node:http's parser does when the message is complete, after the handler has taken the body.
      req.push(null);
      expect(await ended).toBe(true);
      expect(req.readableEnded).toBe(true);
    });

    it("is not when the body is chunked, the length is not digits, or fewer bytes than it says are in", async () => {
      for (const headers of [
        { "content-length": length, "transfer-encoding": "chunked" },
        { "content-length": ` ${length}` },
        { "content-length": String(Number(length) + 1) },
      ]) {
        const result = await parseIncomingMessage(buffered({ "content-type": "application/json", ...headers }), {
          bodyTimeoutMs: 20,
        });
        expect(result.ok ? null : result.error.code).toBe("body_timeout");
      }
    });
  });

  it("refuses a declared Content-Length over the cap without reading", async () => {
    const { req, pushed } = message("/", { "content-length": "5000" }, ["x".repeat(5000)]);
    const result = await parseIncomingMessage(req, { maxBodyBytes: 1000 });
    expect(result.ok ? null : result.error.code).toBe("body_too_large");
    expect(pushed()).toBe(0);
  });

  it("refuses at the cap whatever Content-Length said, and stops reading there", async () => {
    const chunks = Array.from({ length: 1000 }, () => new Uint8Array(1024));
    const { req, pushed } = message("/", { "content-length": "10" }, chunks);
    const result = await parseIncomingMessage(req, { maxBodyBytes: 4096 });
    expect(result.ok ? null : result.error.code).toBe("body_too_large");
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Paused: no more than the stream's read-ahead (16 KiB) past the cap is ever pulled, not the 1000 chunks.
    expect(req.isPaused()).toBe(true);
    expect(pushed()).toBeLessThan(30);
  });

  it("stops reading an oversized body off the connection; a reply with Connection: close ends it", async () => {
    let bytesRead = 0;
    const server = createServer(async (req, res) => {
      const result = await parseIncomingMessage(req, { maxBodyBytes: 1000 });
      bytesRead = req.socket.bytesRead;
      if (result.ok) res.writeHead(200).end(result.event.id);
      else res.writeHead(400, { connection: "close" }).end(result.error.code);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const post = (body: string | string[]) =>
      new Promise<string>((resolve, reject) => {
        const req = request(
          `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/kaleyra`,
          { method: "POST", agent, headers: { "content-type": "application/x-www-form-urlencoded" } },
          (res) => {
            let text = "";
            res.on("data", (chunk: Buffer) => {
              text += chunk.toString();
            });
            res.on("end", () => resolve(`${res.statusCode} ${text}`));
          },
        );
        req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" ? undefined : reject(error)));
        for (const part of Array.isArray(body) ? body : [body]) req.write(part);
        req.end();
      });
    try {
      const started = performance.now();
      expect(await post(Array.from({ length: 50 }, () => "x".repeat(100_000)))).toBe("400 body_too_large");
      // 5 MB were sent; what the server took off the connection is its socket's read-ahead, not the body.
      expect(bytesRead).toBeLessThan(1_000_000);
      expect(await post("event=call_start&id=42")).toBe("400 unknown_provider");
      // No wait for a keep-alive timeout: the next delivery got a connection of its own at once.
      expect(performance.now() - started).toBeLessThan(3000);
    } finally {
      agent.destroy();
      server.closeAllConnections();
      server.close();
    }
  });

  it("stops waiting for a body that stalls, with body_timeout", async () => {
    const { req } = message("/", { "content-type": "application/json" }, ['{"a":']);
    let pulls = 0;
    req._read = () => {
      if (pulls++ === 0) req.push('{"a":');
    };
    const started = performance.now();
    const result = await parseIncomingMessage(req, { bodyTimeoutMs: 50 });
    expect(result.ok ? null : result.error.code).toBe("body_timeout");
    expect(performance.now() - started).toBeLessThan(1000);
    expect(req.isPaused()).toBe(true);
  });

  it("reports a request that closes before its body ends", async () => {
    const { req } = message("/", { "content-type": "application/json" }, ['{"a":']);
    req._read = () => {
      req.destroy();
    };
    const result = await parseIncomingMessage(req);
    expect(result.ok ? null : result.error.code).toBe("malformed_body");
  });
});

describe("flattenFormObject", () => {
  it("restores the bracket keys and last values that qs turned into objects and arrays", () => {
    expect(flattenFormObject({ a: { b: "1", c: { d: "2" } }, e: ["3", "4"], f: "5" })).toEqual({
      "a[b]": "1",
      "a[c][d]": "2",
      e: "4",
      f: "5",
    });
  });

  it("copies a flat object as it is, and returns one it cannot flatten unchanged (parseCallback says why)", () => {
    const flat = { a: "1" };
    expect(flattenFormObject(flat)).toEqual(flat);
    const circular: Record<string, unknown> = { a: "1" };
    circular.self = circular;
    expect(flattenFormObject(circular)).toBe(circular);
  });
});

describe("parseIncomingMessage and Express 4's placeholder body", () => {
  it("reads the stream when req.body is an empty {} over an unread stream", async () => {
    const { req } = message("/webhooks", { "content-type": "application/json" }, [cdr.text]);
    const parsed = Object.assign(req, { body: {} });
    expect(await parseIncomingMessage(parsed)).toEqual(parseCallback(cdr.body, cdr.contentType));
  });
});

describe("parseIncomingMessage given the wrong request", () => {
  it("says to use parseRequest for a Web Request", async () => {
    const result = await parseIncomingMessage(new Request("https://example.com/") as unknown as IncomingMessage);
    expect(result.ok ? null : result.error).toMatchObject({ code: "malformed_body", message: /parseRequest/ });
  });
});

describe("createIncomingMessageParser", () => {
  const parseTelecmi = createIncomingMessageParser(parseTelecmiBody);

  it("parses with the parser it is given: one provider's, as a route that serves one provider would", async () => {
    const { req } = message("/webhooks/telecmi", { "content-type": "application/json" }, [cdr.text]);
    const result = await parseTelecmi(req);
    expect(result).toEqual(parseTelecmiBody(cdr.body, cdr.contentType));
    expect(result.ok && result.event.raw.cmiuuid).toBe("16132200-57fa-47b5-888d-4ab5b7e631ee");
  });

  it("refuses another provider's delivery as that parser does", async () => {
    const other = fixture("wavecell", "call-status-call-connected.json");
    const { req } = message("/webhooks/telecmi", { "content-type": "application/json" }, [other.text]);
    const result = await parseTelecmi(req);
    expect(result.ok ? "ok" : result.error.code).toBe("unknown_provider");
  });

  it("takes the URL's query and the cap as parseIncomingMessage does", async () => {
    const { req } = message("/webhooks/telecmi", { "content-type": "application/json" }, [cdr.text]);
    const result = await parseTelecmi(req, { maxBodyBytes: 10 });
    expect(result.ok ? "ok" : result.error.code).toBe("body_too_large");
  });
});
