import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a recorder received. */
export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A local app on 127.0.0.1 that records every request and answers with `reply` (default: 200, empty). */
export interface Recorder {
  readonly url: string;
  readonly requests: Recorded[];
  close(): Promise<void>;
}

type Reply = (request: Recorded, res: ServerResponse, req: IncomingMessage) => void;

export async function startRecorder(reply: Reply = (_, res) => res.end()): Promise<Recorder> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://recorder.invalid");
      const recorded = {
        method: req.method ?? "",
        path: url.pathname,
        query: url.search.slice(1),
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(recorded);
      reply(recorded, res, req);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
