import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

/** Where test servers listen: the loopback address only. */
export const HOST = "127.0.0.1";

/**
 * Starts a server on 127.0.0.1 and a random port.
 *
 * @param server The server.
 * @returns Its base URL, e.g. `http://127.0.0.1:43123`.
 * @example
 * ```ts
 * const url = await listening(createServer(handler));
 * ```
 */
export function listening(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, HOST, () => resolve(`http://${HOST}:${(server.address() as AddressInfo).port}`));
  });
}

/**
 * Stops a server, its keep-alive connections too.
 *
 * @param server The server.
 * @returns When it is closed.
 * @example
 * ```ts
 * await closing(server);
 * ```
 */
export function closing(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Serves a fetch handler (Hono's `app.fetch`) with `@hono/node-server` on 127.0.0.1 and a random port.
 *
 * @param fetch The handler.
 * @returns The base URL, and how to stop it.
 * @example
 * ```ts
 * const { url, close } = await servingFetch(app.fetch);
 * ```
 */
export async function servingFetch(
  fetch: Parameters<typeof serve>[0]["fetch"],
): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch, port: 0, hostname: HOST }, () => resolve(started as Server));
  });
  return { url: `http://${HOST}:${(server.address() as AddressInfo).port}`, close: () => closing(server) };
}
