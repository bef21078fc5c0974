// Hono on Node (@hono/node-server): c.req.raw is a Web Request, so parseRequest reads it. A body whose Content-Length
// is within maxBodyBytes is read with one arrayBuffer(), which @hono/node-server serves from the Node request without
// building a Web stream (the fast path: npm run bench:server).
// The region is the README's Hono snippet (scripts/check-readme.mjs keeps them equal).

// #region webhooks
import { serve } from "@hono/node-server";
import { parseRequest } from "callhooks";
import { Hono } from "hono";

const app = new Hono();
app.all("/webhooks/:provider?", async (c) => {
  const provider = c.req.param("provider") === "kaleyra" ? "kaleyra" : undefined;
  const result = await parseRequest(c.req.raw, provider === undefined ? {} : { provider });
  return c.body(null, result.ok ? 200 : 400);
});
serve({ fetch: app.fetch, port: 3000 });
// #endregion
