import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { CallEvent } from "../call-event.js";
import type { CallbackErrorCode } from "../errors.js";
import { parseIncomingMessage } from "../node/parse-incoming-message.js";
import { readIncomingBody } from "../node/read-incoming-body.js";
import { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES } from "../options.js";
import type { ParseResult } from "../parse-result.js";
import { PROVIDERS, type ProviderId } from "../providers/registry.js";
import { type RequestOptions, verifyBeforeRead } from "../verify/request-options.js";
import type { VerifyPolicy } from "../verify/verify-policy.js";
import { startCommand } from "./args.js";
import { readTarget } from "./deliver.js";
import { formatEventLine } from "./event-line.js";
import { LISTEN_HELP } from "./help.js";
import { type Agents, createAgents } from "./http-exchange.js";
import type { CliIo } from "./io.js";
import { forwardDelivery, forwardedBy } from "./listen-forward.js";
import { listenReply } from "./listen-reply.js";
import { listenPolicy } from "./listen-verify.js";
import { formatError } from "./report-error.js";
import { checkNames } from "./run-send.js";
import { terminalJson, terminalText } from "./terminal-text.js";

const PROVIDER_IDS: ReadonlySet<string> = new Set(PROVIDERS.map((provider) => provider.id));

/**
 * Options of `startListen`.
 *
 * @example
 * ```ts
 * const options: ListenOptions = { port: 0, host: "127.0.0.1", json: false };
 * ```
 */
export interface ListenOptions {
  /** The port; 0 picks a free one. */
  readonly port: number;
  /** The interface to listen on. */
  readonly host: string;
  /** Print each event as one line of JSON instead of the readable line. */
  readonly json: boolean;
  /** Parse every delivery as this provider's. */
  readonly provider?: ProviderId;
  /** The region of national-format numbers. */
  readonly defaultCountry?: string;
  /** The clock, for the time on each line. */
  readonly now?: () => Date;
  /** What each delivery must show before its body is read (refused with 401 otherwise). */
  readonly verify?: VerifyPolicy;
  /** The app each delivery is passed on to; the sender gets the app's answer. */
  readonly forwardTo?: URL;
  /** How long the app may take to answer a forwarded delivery (default 10 s). */
  readonly forwardTimeoutMs?: number;
}

/**
 * A running receiver.
 *
 * @example
 * ```ts
 * const listener: Listener = await startListen({ port: 0, host: "127.0.0.1", json: false }, io);
 * await listener.close();
 * ```
 */
export interface Listener {
  /** The receiver's base URL, e.g. `http://127.0.0.1:5000`. */
  readonly url: string;
  /** Stops accepting deliveries and closes every open connection. */
  readonly close: () => Promise<void>;
}

// A path segment naming a provider (/webhooks/kaleyra) routes to it, as a real app's per-provider route would.
function providerOfPath(url: string): ProviderId | undefined {
  const path = url.split("?", 1)[0] ?? "";
  return path
    .split("/")
    .map((segment) => segment.toLowerCase())
    .find((segment) => PROVIDER_IDS.has(segment)) as ProviderId | undefined;
}

/** What the receiver answers a delivery with, and how it prints it. */
interface Answer {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** The response body. */
  readonly body: string;
  /** The readable line, escaped, with its newline. */
  readonly line: string;
  /** The `--json` line's value. */
  readonly json: unknown;
}

// What a provider must not retry is acknowledged: a delivery callhooks does not map (an SMS record, a
// conference event) is no error of the sender's. A body refused at the cap or the deadline was not read to its
// end, so the connection is closed rather than read further.
const STATUS_BY_CODE: Partial<Readonly<Record<CallbackErrorCode, number>>> = {
  unsupported_event: 200,
  body_too_large: 413,
  body_timeout: 408,
  unauthorized: 401,
};

function answerOf(result: ParseResult<CallEvent>, receivedAt: Date, request: string, withReply = true): Answer {
  if (result.ok) {
    const reply = withReply ? listenReply(result.event) : null;
    return {
      status: 200,
      headers: reply === null ? {} : { "content-type": reply.contentType },
      body: reply?.body ?? "",
      line: `${formatEventLine(result.event, receivedAt, request)}${reply === null ? "" : `  ↩ ${reply.body}`}\n`,
      json: result.event,
    };
  }
  const { error } = result;
  const status = STATUS_BY_CODE[error.code] ?? 400;
  const text = formatError(error);
  return {
    status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      ...(status === 413 || status === 408 ? { connection: "close" } : {}),
    },
    body: text,
    line: `${receivedAt.toISOString().slice(11, 19)} ${terminalText(request)}  ${status} ${text}`,
    json: { receivedAt, request, status, error },
  };
}

function parseOptionsOf(req: IncomingMessage, options: ListenOptions): RequestOptions {
  const provider = options.provider ?? providerOfPath(req.url ?? "/");
  return {
    ...(provider === undefined ? {} : { provider }),
    ...(options.defaultCountry === undefined ? {} : { defaultCountry: options.defaultCountry }),
    ...(options.verify === undefined ? {} : { verify: options.verify }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: ListenOptions, io: CliIo): Promise<void> {
  const receivedAt = (options.now ?? (() => new Date()))();
  const request = `${req.method ?? "?"} ${(req.url ?? "/").split("?", 1)[0]}`;
  const result = await parseIncomingMessage(req, parseOptionsOf(req, options));
  const answer = answerOf(result, receivedAt, request);
  io.stdout(options.json ? `${terminalJson(answer.json)}\n` : answer.line);
  res.writeHead(answer.status, answer.headers).end(answer.body);
}

/**
 * `listen --forward-to`: the delivery is checked (`verify`) and read (cap, deadline) as without it; then parsed, for
 * the printed line, and passed on to the app, whose answer goes back to the sender. A delivery refused before or
 * while its body is read is answered as without --forward-to, and not forwarded.
 */
async function handleForward(
  req: IncomingMessage,
  res: ServerResponse,
  options: ListenOptions & { readonly forwardTo: URL },
  forwarder: { readonly agents: Agents; readonly self: string },
  io: CliIo,
): Promise<void> {
  const receivedAt = (options.now ?? (() => new Date()))();
  const request = `${req.method ?? "?"} ${(req.url ?? "/").split("?", 1)[0]}`;
  if (forwardedBy(req, forwarder.self)) {
    // --forward-to leads back here: each pass would forward again, without end.
    const message =
      "callhooks listen: this delivery came back to the receiver that forwarded it: --forward-to points at the receiver itself.";
    io.stdout(`${receivedAt.toISOString().slice(11, 19)} ${terminalText(request)}  508 ${message}\n`);
    res.writeHead(508, { "content-type": "text/plain; charset=utf-8" }).end(`${message}\n`);
    return;
  }
  const parseOptions = parseOptionsOf(req, options);
  const verified = verifyBeforeRead(req, parseOptions);
  const read = verified.ok
    ? await readIncomingBody(req, DEFAULT_MAX_BODY_BYTES, DEFAULT_BODY_TIMEOUT_MS)
    : { ok: false as const, error: verified.error };
  if (!read.ok) {
    const refused = answerOf(read, receivedAt, request);
    io.stdout(options.json ? `${terminalJson(refused.json)}\n` : refused.line);
    res.writeHead(refused.status, refused.headers).end(refused.body);
    return;
  }
  // The body read is handed to the adapter as a framework's raw body (an empty one: the ended stream, read as none).
  const body = read.bytes.byteLength === 0 ? undefined : read.bytes;
  const [result, forwarded] = await Promise.all([
    parseIncomingMessage({ raw: req, body }, parseOptions),
    forwardDelivery(req, read.bytes, options.forwardTo, forwarder.self, forwarder.agents, options.forwardTimeoutMs),
  ]);
  const parsed = answerOf(result, receivedAt, request, false);
  const line = `${parsed.line.replace(/\n$/, "")}  ${forwarded.note}\n`;
  const json = {
    receivedAt,
    request,
    ...(result.ok ? { event: result.event } : { error: result.error }),
    forwarded: { status: forwarded.status },
  };
  io.stdout(options.json ? `${terminalJson(json)}\n` : line);
  res.writeHead(forwarded.status, forwarded.headers).end(forwarded.body);
}

/**
 * Starts the `callhooks listen` receiver: any path, GET or POST; one escaped line per delivery; 200 with the
 * reply a provider expects (`listenReply`), 200 for an `unsupported_event` (acknowledged, so that the provider
 * does not retry it), 413 or 408 closing the connection for a body refused at the cap or the deadline, or 400
 * with the error.
 *
 * @param options Where to listen and how to print.
 * @param io Where to print.
 * @returns The running receiver.
 * @example
 * ```ts
 * const listener = await startListen({ port: 5000, host: "127.0.0.1", json: false }, nodeIo());
 * ```
 */
export function startListen(options: ListenOptions, io: CliIo): Promise<Listener> {
  const { forwardTo } = options;
  // One pool for the receiver's life: a few connections to the app, closed with the receiver.
  const agents = forwardTo === undefined ? undefined : createAgents(16);
  const self = `callhooks-${randomUUID().slice(0, 8)}`;
  const server = createServer((req, res) => {
    const handled =
      forwardTo === undefined || agents === undefined
        ? handle(req, res, options, io)
        : handleForward(req, res, { ...options, forwardTo }, { agents, self }, io);
    handled.catch((error: unknown) => {
      io.stderr(`callhooks listen: ${error instanceof Error ? error.message : String(error)}\n`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", (error) => {
      agents?.destroy();
      reject(error);
    });
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(":") ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
            agents?.destroy();
          }),
      });
    });
  });
}

/**
 * Runs `callhooks listen` until `stop` aborts (the bin aborts it on Ctrl-C or SIGTERM).
 *
 * @param argv The arguments after `listen`.
 * @param io Where to print.
 * @param stop Aborted to stop the receiver.
 * @returns The exit status: 0 after a clean stop, 1 if it cannot listen, 2 for a usage error.
 * @example
 * ```ts
 * const stop = new AbortController();
 * process.once("SIGINT", () => stop.abort());
 * process.exitCode = await runListen(["--port", "5000"], nodeIo(), stop.signal);
 * ```
 */
export async function runListen(argv: readonly string[], io: CliIo, stop: AbortSignal): Promise<number> {
  const args = startCommand("listen", argv, OPTIONS, false, LISTEN_HELP, io);
  if (typeof args === "number") return args;
  const { values } = args;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    io.stderr(`--port must be a port number (0–65535), got ${JSON.stringify(values.port)}.\n`);
    return 2;
  }
  const wrongName = checkNames(values.provider);
  if (wrongName !== undefined) {
    io.stderr(`callhooks listen: ${wrongName}.\n`);
    return 2;
  }
  const forwardTo = values["forward-to"] === undefined ? undefined : readTarget(values["forward-to"]);
  if (forwardTo !== undefined && !forwardTo.ok) {
    io.stderr(`callhooks listen: ${forwardTo.message.replace("--to", "--forward-to")}.\n`);
    return 2;
  }
  const verify = listenPolicy(values);
  if (!verify.ok) {
    io.stderr(`${verify.message}\n`);
    return 2;
  }
  let listener: Listener;
  try {
    listener = await startListen(
      {
        port,
        host: values.host,
        json: values.json,
        ...(values.provider === undefined ? {} : { provider: values.provider as ProviderId }),
        ...(values.country === undefined ? {} : { defaultCountry: values.country }),
        ...(verify.policy === undefined ? {} : { verify: verify.policy }),
        ...(forwardTo === undefined ? {} : { forwardTo: new URL(forwardTo.template) }),
      },
      io,
    );
  } catch (error) {
    io.stderr(
      `callhooks listen: cannot listen on ${values.host}:${port}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  io.stderr(`Listening on ${listener.url} (any path, GET or POST). Ctrl-C to stop.\n`);
  if (forwardTo !== undefined) {
    const app = new URL(forwardTo.template);
    io.stderr(
      `Forwarding each delivery to ${terminalText(app.origin + app.pathname)}; the sender gets the app's answer.\n`,
    );
  }
  if (verify.policy !== undefined) io.stderr(`Each delivery must show ${verify.summary}; others get 401.\n`);
  if (!stop.aborted) await new Promise((resolve) => stop.addEventListener("abort", resolve, { once: true }));
  await listener.close();
  io.stderr("Stopped.\n");
  return 0;
}

const OPTIONS = {
  port: { type: "string", default: "5000" },
  host: { type: "string", default: "127.0.0.1" },
  "forward-to": { type: "string" },
  json: { type: "boolean", default: false },
  provider: { type: "string" },
  country: { type: "string" },
  "basic-auth": { type: "string", multiple: true },
  header: { type: "string", multiple: true },
  token: { type: "string", multiple: true },
  "allow-ip": { type: "string", multiple: true },
  "trust-proxy": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;
