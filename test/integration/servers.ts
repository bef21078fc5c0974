import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { HttpBindings } from "@hono/node-server";
import express from "express";
import Fastify from "fastify";
import { Hono } from "hono";
import { parseRequest } from "../../src/index.js";
import { parseIncomingMessage } from "../../src/node/index.js";
import type { ParseOptions } from "../../src/options.js";
import type { ParseResult } from "../../src/parse-result.js";
import { closing, HOST, listening, servingFetch } from "../helpers/listening.js";

/**
 * A real server on 127.0.0.1 and a random port, answering `/webhooks` (any provider) and `/webhooks/kaleyra`
 * with the parse result as JSON: 200 when it parsed, 400 when it did not.
 */
export interface RunningServer {
  /** The framework and setup, for test names. */
  readonly name: string;
  /** The base URL, e.g. `http://127.0.0.1:43123`. */
  readonly url: string;
  /** Whether the framework parses JSON itself (then invalid JSON never reaches callhooks). */
  readonly parsesJson: boolean;
  /** Stops the server. */
  readonly close: () => Promise<void>;
}

const optionsFor = (path: string): ParseOptions =>
  path.startsWith("/webhooks/kaleyra") ? { provider: "kaleyra" } : {};

const statusOf = (result: ParseResult): number => (result.ok ? 200 : 400);

/** A plain `node:http` server: callhooks reads the stream. */
export async function startNodeHttp(): Promise<RunningServer> {
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const result = await parseIncomingMessage(req, optionsFor(req.url ?? "/"));
    res.writeHead(statusOf(result), { "content-type": "application/json" }).end(JSON.stringify(result));
  });
  return { name: "node:http", url: await listening(server), parsesJson: false, close: () => closing(server) };
}

/**
 * Express 5. `bodies`: "raw" (no body parser: callhooks reads the stream), or the parsers most apps install,
 * with `express.urlencoded` in either `extended` setting.
 */
export async function startExpress(bodies: "raw" | "extended" | "simple"): Promise<RunningServer> {
  const app = express();
  if (bodies !== "raw") {
    app.use(express.json(), express.urlencoded({ extended: bodies === "extended" }), express.text());
  }
  app.all(["/webhooks", "/webhooks/kaleyra"], async (req, res) => {
    const result = await parseIncomingMessage(req, optionsFor(req.path));
    res.status(statusOf(result)).json(result);
  });
  const server = createServer(app);
  const name =
    bodies === "raw" ? "Express (raw body)" : `Express (json + urlencoded extended: ${bodies === "extended"})`;
  return { name, url: await listening(server), parsesJson: bodies !== "raw", close: () => closing(server) };
}

/** Fastify 5 with its JSON parser and a raw-string form parser (it has none by default). */
export async function startFastify(): Promise<RunningServer> {
  const app = Fastify();
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) =>
    done(null, body),
  );
  app.all("/webhooks", async (request, reply) => {
    const result = await parseIncomingMessage(request);
    return reply.code(statusOf(result)).send(result);
  });
  app.all("/webhooks/kaleyra", async (request, reply) => {
    const result = await parseIncomingMessage(request, { provider: "kaleyra" });
    return reply.code(statusOf(result)).send(result);
  });
  const url = await app.listen({ port: 0, host: HOST });
  return { name: "Fastify", url, parsesJson: true, close: () => app.close() };
}

/**
 * Hono on `@hono/node-server`. `reads`: "incoming" (examples/hono.ts: callhooks/node reads `c.env.incoming`, the Node
 * request) or "request" (`parseRequest(c.req.raw)`, the Web Request, as on runtimes without a Node request).
 */
export async function startHono(reads: "incoming" | "request" = "incoming"): Promise<RunningServer> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.all("/webhooks/:provider?", async (c) => {
    const options: ParseOptions = c.req.param("provider") === "kaleyra" ? { provider: "kaleyra" } : {};
    const result =
      reads === "incoming"
        ? await parseIncomingMessage(c.env.incoming, options)
        : await parseRequest(c.req.raw, options);
    return c.json(result, result.ok ? 200 : 400);
  });
  const { url, close } = await servingFetch(app.fetch);
  return {
    name: `Hono (@hono/node-server, ${reads === "incoming" ? "c.env.incoming" : "c.req.raw"})`,
    url,
    parsesJson: false,
    close,
  };
}
