// Hono on Node (@hono/node-server): c.env.incoming is the Node request under c.req.raw, so callhooks/node reads it
// as on node:http, taking a body Node has already buffered with one read(). parseRequest(c.req.raw) works too, but
// has @hono/node-server read the body for it (listeners, then a copy into an ArrayBuffer): 1.56× (JSON) and 1.41×
// (form) the server CPU per request of a bare JSON.parse handler, against 1.20× and 1.10× through c.env.incoming,
// most of which is the parse itself (npm run bench:server, medians of 5 runs).
// On Bun, Deno or Workers there is no Node request: use parseRequest(c.req.raw) from "callhooks" there.
// The region is the README's Hono snippet (scripts/check-readme.mjs keeps them equal).

// #region webhooks
import { type HttpBindings, serve } from "@hono/node-server";
import { parseIncomingMessage } from "callhooks/node";
import { Hono } from "hono";

const app = new Hono<{ Bindings: HttpBindings }>();
app.all("/webhooks/:provider?", async (c) => {
  const provider = c.req.param("provider") === "kaleyra" ? "kaleyra" : undefined;
  // c.env.incoming: the Node request (on Bun, Deno or Workers: parseRequest(c.req.raw) from "callhooks").
  const result = await parseIncomingMessage(c.env.incoming, provider === undefined ? {} : { provider });
  return c.body(null, result.ok ? 200 : 400);
});
serve({ fetch: app.fetch, port: 3000 });
// #endregion
