import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { HttpBindings } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import express from "express";
import Fastify from "fastify";
import { Hono } from "hono";
import { type ParseResult, parseRequest, type RequestOptions, type VerifyPolicy } from "../../src/index.js";
import { parseIncomingMessage } from "../../src/node/index.js";
import { closing, HOST, listening, servingFetch } from "../helpers/listening.js";

/** The secrets the policies below accept: a current and a previous one (a rotation). */
export const SECRETS = {
  password: "Pa55-word-2024",
  oldPassword: "Pa55-word-2023",
  token: "tok_5e1f0c2b9a7d4e38",
  oldToken: "tok_0a9b8c7d6e5f4a3b",
} as const;

/**
 * The policies, chosen by the first path segment: `/basic/webhooks`, `/token/webhooks/kaleyra`, …
 */
export const POLICIES: Readonly<Record<string, VerifyPolicy>> = {
  basic: {
    basicAuth: [
      { username: "kaleyra", password: SECRETS.password },
      { username: "kaleyra", password: SECRETS.oldPassword },
    ],
  },
  header: { header: { name: "Authorization", values: [`Bearer ${SECRETS.token}`, `Bearer ${SECRETS.oldToken}`] } },
  token: { urlToken: { param: "token", values: [SECRETS.token, SECRETS.oldToken] } },
  "ip-local": { ipAllowList: { cidrs: ["127.0.0.0/8", "::1/128"] } },
  "ip-remote": { ipAllowList: { cidrs: ["203.0.113.0/24"] } },
  "ip-proxy": { ipAllowList: { cidrs: ["203.0.113.0/24"], trustProxy: 1 } },
  broken: { urlToken: { param: "token", values: [] } },
};

/** A server on 127.0.0.1 that verifies and parses every request with the policy its path names. */
export interface VerifyingServer {
  /** The framework and setup, for test names. */
  readonly name: string;
  /** The base URL. */
  readonly url: string;
  /** Whether callhooks reads the body itself (no framework parser ran first), so a refusal leaves it unread. */
  readonly readsBody: boolean;
  /** Stops the server. */
  readonly close: () => Promise<void>;
}

function optionsFor(url: string, remoteAddress?: string): RequestOptions {
  const segments = (url.split("?", 1)[0] ?? "").split("/");
  const verify = POLICIES[segments[1] ?? ""];
  return {
    ...(verify === undefined ? {} : { verify }),
    ...(segments.includes("kaleyra") ? { provider: "kaleyra" as const } : {}),
    ...(remoteAddress === undefined ? {} : { remoteAddress }),
  };
}

const statusOf = (result: ParseResult): number => {
  if (result.ok) return 200;
  if (result.error.code === "unauthorized") return 401;
  return result.error.code === "invalid_verify_policy" ? 500 : 400;
};

/** `node:http`: callhooks reads the stream. */
export async function startNodeHttp(): Promise<VerifyingServer> {
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const result = await parseIncomingMessage(req, optionsFor(req.url ?? "/"));
    res.writeHead(statusOf(result), { "content-type": "application/json" }).end(JSON.stringify(result));
  });
  return { name: "node:http", url: await listening(server), readsBody: true, close: () => closing(server) };
}

/** Express 5, with no body parser (callhooks reads the stream) or with the usual ones (they read it first). */
export async function startExpress(parsers: boolean): Promise<VerifyingServer> {
  const app = express();
  if (parsers) app.use(express.json(), express.urlencoded({ extended: true }), express.text());
  app.all("/{*rest}", async (req, res) => {
    const result = await parseIncomingMessage(req, optionsFor(req.originalUrl));
    res.status(statusOf(result)).json(result);
  });
  const server = createServer(app);
  const name = parsers ? "Express (json + urlencoded)" : "Express (raw body)";
  return { name, url: await listening(server), readsBody: !parsers, close: () => closing(server) };
}

/** Fastify 5 with its JSON parser and a raw-string form parser: they read the body before the handler. */
export async function startFastify(): Promise<VerifyingServer> {
  const app = Fastify();
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) =>
    done(null, body),
  );
  app.all("/*", async (request, reply) => {
    const result = await parseIncomingMessage(request, optionsFor(request.url));
    return reply.code(statusOf(result)).send(result);
  });
  const url = await app.listen({ port: 0, host: HOST });
  return { name: "Fastify", url, readsBody: false, close: () => app.close() };
}

/**
 * Hono on `@hono/node-server`: the Node request (`c.env.incoming`, examples/hono.ts) or the Web Request
 * (`c.req.raw`), its client address from Hono's `getConnInfo`.
 */
export async function startHono(reads: "incoming" | "request" = "incoming"): Promise<VerifyingServer> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.all("*", async (c) => {
    const options = optionsFor(c.req.path, getConnInfo(c).remote.address);
    const result =
      reads === "incoming"
        ? await parseIncomingMessage(c.env.incoming, options)
        : await parseRequest(c.req.raw, options);
    return c.json(result, statusOf(result) as 200);
  });
  const { url, close } = await servingFetch(app.fetch);
  return {
    name: `Hono (@hono/node-server, ${reads === "incoming" ? "c.env.incoming" : "c.req.raw"})`,
    url,
    readsBody: true,
    close,
  };
}
