import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
} from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

/**
 * One HTTP request the CLI makes (`send`, `replay`, `listen --forward-to`), with its bounds.
 *
 * @example
 * ```ts
 * const request: HttpRequest = { url: new URL("http://127.0.0.1:3000/webhooks"), method: "POST", headers: {}, body: "{}", timeoutMs: 10_000, maxResponseBytes: 1_048_576 };
 * ```
 */
export interface HttpRequest {
  /** Where to (http or https). */
  readonly url: URL;
  /** The method. */
  readonly method: string;
  /** The headers. */
  readonly headers: OutgoingHttpHeaders;
  /** The body, or `null` for none. */
  readonly body: string | Uint8Array | null;
  /** The whole exchange's deadline, from connecting to the response's last byte. */
  readonly timeoutMs: number;
  /** The most response bytes read; past it the response is `truncated` and the connection closed. */
  readonly maxResponseBytes: number;
  /** Aborted to stop (Ctrl-C). */
  readonly signal?: AbortSignal | undefined;
}

/**
 * The response, or why there is none. `exchange` never rejects.
 *
 * @example
 * ```ts
 * const result: HttpResult = await exchange(request, agents);
 * if (!result.ok) console.error(result.message);
 * ```
 */
export type HttpResult =
  | {
      readonly ok: true;
      /** The status code. */
      readonly status: number;
      /** The reason phrase. */
      readonly statusText: string;
      /** The response headers. */
      readonly headers: IncomingHttpHeaders;
      /** The body read (at most `maxResponseBytes`). */
      readonly body: Uint8Array;
      /** Whether the body went on past `maxResponseBytes` (the rest was not read). */
      readonly truncated: boolean;
    }
  | {
      readonly ok: false;
      /** `timeout`: the deadline passed; `aborted`: stopped; `network`: no response (refused, reset, DNS). */
      readonly reason: "timeout" | "aborted" | "network";
      /** What happened, for a terminal (not yet escaped). */
      readonly message: string;
    };

/**
 * Connection pools for one command's requests, closed together when it ends so that no socket keeps the process up.
 *
 * @example
 * ```ts
 * const agents = createAgents(4);
 * try { await exchange(request, agents); } finally { agents.destroy(); }
 * ```
 */
export interface Agents {
  /** For http URLs. */
  readonly http: HttpAgent;
  /** For https URLs. */
  readonly https: HttpsAgent;
  /** Closes every socket. */
  destroy(): void;
}

/**
 * Keep-alive connection pools of at most `maxSockets` connections per host.
 *
 * @param maxSockets The most connections open to one host at once.
 * @returns The pools.
 * @example
 * ```ts
 * const agents = createAgents(1);
 * ```
 */
export function createAgents(maxSockets: number): Agents {
  const http = new HttpAgent({ keepAlive: true, maxSockets });
  const https = new HttpsAgent({ keepAlive: true, maxSockets });
  return {
    http,
    https,
    destroy: () => {
      http.destroy();
      https.destroy();
    },
  };
}

const describe = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code === undefined || error.message.includes(code) ? error.message : `${code}: ${error.message}`;
};

/**
 * Makes one request and reads its response, within its deadline and size cap. Never rejects.
 *
 * @param request The request.
 * @param agents The connection pools.
 * @returns The response, or why there is none.
 * @example
 * ```ts
 * const result = await exchange({ url, method: "GET", headers: {}, body: null, timeoutMs: 10_000, maxResponseBytes: 65_536 }, agents);
 * ```
 */
export function exchange(request: HttpRequest, agents: Agents): Promise<HttpResult> {
  return new Promise((resolve) => {
    const { url, signal } = request;
    let settled = false;
    const chunks: Uint8Array[] = [];
    let size = 0;
    const finish = (result: HttpResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(result);
    };
    const fail = (reason: "timeout" | "aborted" | "network", message: string): void => {
      finish({ ok: false, reason, message });
      outgoing?.destroy();
    };
    const onAbort = (): void => fail("aborted", "stopped");
    const timer = setTimeout(
      () => fail("timeout", `no complete answer within ${request.timeoutMs / 1000} s`),
      request.timeoutMs,
    );
    let outgoing: ReturnType<typeof httpRequest> | undefined;
    if (signal?.aborted) {
      fail("aborted", "stopped");
      return;
    }
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const send = url.protocol === "https:" ? httpsRequest : httpRequest;
      outgoing = send(url, {
        method: request.method,
        headers: request.headers,
        agent: url.protocol === "https:" ? agents.https : agents.http,
      });
    } catch (error) {
      fail("network", describe(error));
      return;
    }
    outgoing.on("error", (error) => fail("network", describe(error)));
    outgoing.on("response", (response) => {
      const done = (truncated: boolean): void =>
        finish({
          ok: true,
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? "",
          headers: response.headers,
          body: Buffer.concat(chunks, size),
          truncated,
        });
      response.on("data", (chunk: Buffer) => {
        if (settled) return;
        if (size + chunk.byteLength > request.maxResponseBytes) {
          done(true);
          // The rest is not read: the connection goes.
          response.destroy();
          return;
        }
        chunks.push(chunk);
        size += chunk.byteLength;
      });
      response.on("end", () => done(false));
      response.on("error", (error) => fail("network", describe(error)));
      response.on("close", () => {
        if (!response.complete) fail("network", "the connection closed before the response ended");
      });
    });
    outgoing.end(request.body ?? undefined);
  });
}
