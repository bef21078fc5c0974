import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type HttpBindings, serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIncomingMessage } from "../../src/node/index.js";
import { fixture } from "../helpers/fixtures.js";
import { allDeliveries, type HttpDelivery, send } from "./deliveries.js";
import { type RunningServer, startExpress, startFastify, startHono, startNodeHttp } from "./servers.js";

const deliveries = allDeliveries();

const setups: [string, () => Promise<RunningServer>][] = [
  ["node:http", startNodeHttp],
  ["Express, raw body", () => startExpress("raw")],
  ["Express, express.json + urlencoded extended", () => startExpress("extended")],
  ["Express, express.json + urlencoded simple", () => startExpress("simple")],
  ["Fastify", startFastify],
  ["Hono on @hono/node-server, c.env.incoming", () => startHono("incoming")],
  ["Hono on @hono/node-server, c.req.raw", () => startHono("request")],
];

describe.each(setups)("%s", (_name, start) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server.close());

  it("returns the normalized event of every fixture sent over HTTP (JSON, form, GET with a query)", async () => {
    // A framework's own JSON parser refuses the TeleCMI doc's invalid JSON before callhooks sees it.
    const sent = deliveries.filter((delivery) => delivery.strictJson || !server.parsesJson);
    expect(sent.length).toBeGreaterThan(70);
    for (const delivery of sent) {
      const { status, text } = await send(server.url, delivery);
      expect({ label: delivery.label, status, result: JSON.parse(text) }).toEqual({
        label: delivery.label,
        status: delivery.status,
        result: delivery.expected,
      });
    }
  });

  it("refuses a body over the cap with body_too_large", async () => {
    const response = await fetch(`${server.url}/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"pad":"${"x".repeat(1024 * 1024)}"}`,
    });
    // Express's and Fastify's own parsers have smaller default limits (100 KB, 1 MiB) and answer 413 first.
    if (response.status === 413) return;
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("body_too_large");
  });
});

const LOAD_REQUESTS = 2_000;
const LOAD_CONCURRENCY = 100;

// Percentile of a list of latencies, in ms.
const percentile = (list: readonly number[], q: number): string =>
  ([...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0).toFixed(1);

async function load(server: RunningServer, sample: readonly HttpDelivery[]) {
  const latencies: number[] = [];
  // The first round opens the 100 connections at once, which dominates its latency: reported apart.
  const steady: number[] = [];
  const ids: string[] = [];
  const wrong: string[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < LOAD_REQUESTS) {
      const index = next++;
      const delivery = sample[index % sample.length] as HttpDelivery;
      const begin = performance.now();
      const { status, text } = await send(server.url, delivery);
      const elapsed = performance.now() - begin;
      latencies.push(elapsed);
      if (index >= LOAD_CONCURRENCY) steady.push(elapsed);
      if (status !== delivery.status || text !== delivery.expectedText) wrong.push(`${delivery.label}: ${status}`);
      const parsed = JSON.parse(text) as { ok: boolean; event?: { id: string } };
      if (parsed.event !== undefined) ids.push(parsed.event.id);
    }
  };
  await Promise.all(Array.from({ length: LOAD_CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `load ${server.name}: ${latencies.length} requests, ${LOAD_CONCURRENCY} at a time, ${seconds.toFixed(2)} s, ` +
      `${Math.round(latencies.length / seconds)} req/s, p50 ${percentile(latencies, 0.5)} ms, p99 ${percentile(latencies, 0.99)} ms; ` +
      `after the first ${LOAD_CONCURRENCY}: p50 ${percentile(steady, 0.5)} ms, p99 ${percentile(steady, 0.99)} ms; ${wrong.length} wrong`,
  );
  return { count: latencies.length, ids, wrong };
}

describe.each([
  ["Express", () => startExpress("extended")],
  ["Fastify", startFastify],
  ["Hono, c.env.incoming", () => startHono("incoming")],
  ["Hono, c.req.raw", () => startHono("request")],
] as [string, () => Promise<RunningServer>][])("load: %s", (_name, start) => {
  it(`answers ${LOAD_REQUESTS} requests, ${LOAD_CONCURRENCY} at a time, every one correct`, async () => {
    const server = await start();
    try {
      const sample = deliveries.filter((delivery) => delivery.strictJson);
      const { count, ids, wrong } = await load(server, sample);
      expect(wrong).toEqual([]);
      expect(count).toBe(LOAD_REQUESTS);
      const expectedIds = Array.from({ length: LOAD_REQUESTS }, (_, i) => sample[i % sample.length]?.expectedId);
      expect(ids.sort()).toEqual(expectedIds.filter((id) => typeof id === "string").sort());
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe("Hono through c.env.incoming (examples/hono.ts): the body as it arrives", () => {
  let url: string;
  let server: Server;
  beforeAll(async () => {
    const app = new Hono<{ Bindings: HttpBindings }>();
    app.all("/webhooks", async (c) => {
      const result = await parseIncomingMessage(c.env.incoming, { bodyTimeoutMs: 300 });
      return c.json(result, result.ok ? 200 : 400);
    });
    server = await new Promise<Server>((resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started as Server));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  /** Sends the headers and the first part at once, the rest (if any) after `delayMs`. */
  const sendInParts = (parts: readonly string[], delayMs: number, length: number) =>
    new Promise<{ status: number; code: string | undefined; id: string | undefined }>((resolve, reject) => {
      const req = request(
        url,
        { method: "POST", headers: { "content-type": "application/json", "content-length": length } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            text += chunk;
          });
          res.on("end", () => {
            const body = JSON.parse(text) as { error?: { code: string }; event?: { id: string } };
            resolve({ status: res.statusCode ?? 0, code: body.error?.code, id: body.event?.id });
            req.destroy();
          });
        },
      );
      req.on("error", reject);
      req.write(parts[0] ?? "");
      const rest = parts.slice(1).join("");
      if (rest !== "") setTimeout(() => req.write(rest), delayMs);
    });

  const cdr = fixture("telecmi", "cdr-incoming-answered.json");

  it("waits for a body that arrives in parts, and parses it", async () => {
    const result = await sendInParts([cdr.text.slice(0, 30), cdr.text.slice(30)], 50, Buffer.byteLength(cdr.text));
    expect(result).toEqual({
      status: 200,
      code: undefined,
      id: "telecmi:cdr:answered:16132200-57fa-47b5-888d-4ab5b7e631ee",
    });
  });

  it("stops waiting for a body that stalls, with body_timeout", async () => {
    const result = await sendInParts([cdr.text.slice(0, 30)], 0, Buffer.byteLength(cdr.text));
    expect(result).toMatchObject({ status: 400, code: "body_timeout" });
  });
});
