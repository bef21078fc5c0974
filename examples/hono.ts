// Hono on Node (@hono/node-server): c.req.raw is a Web Request, so parseRequest reads it.
import { serve } from "@hono/node-server";
import { parseRequest } from "callhooks";
import { Hono } from "hono";

const app = new Hono();

app.all("/webhooks/:provider?", async (c) => {
  const provider = c.req.param("provider") === "kaleyra" ? "kaleyra" : undefined;
  const result = await parseRequest(c.req.raw, provider === undefined ? {} : { provider });
  if (!result.ok) return c.text(`${result.error.code}: ${result.error.message}`, 400);
  console.log(result.event.provider, result.event.type, result.event.callId);
  return c.body(null, 200);
});

serve({ fetch: app.fetch, port: 3000 });
