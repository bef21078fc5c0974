// 8x8 (Wavecell): the webhook's `httpAuthHeader` value arrives as the Authorization header, and 8x8 publishes the
// addresses its Voice webhooks come from. Hono on Node: a Web Request has no socket, so pass the client address.
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { parseRequest, type VerifyPolicy } from "callhooks";
import { Hono } from "hono";

const verify: VerifyPolicy = {
  // Exactly the string given as httpAuthHeader when the webhook was created, e.g. "Bearer 9QQhlsEb8VY…".
  header: { name: "authorization", values: [process.env.EIGHT_X_EIGHT_AUTH_HEADER] },
  // Voice webhook addresses (developer.8x8.com/connect/docs/voice/voice-ip-addresses); behind a load balancer
  // that sets X-Forwarded-For, add trustProxy: 1.
  ipAllowList: { cidrs: ["18.140.80.2", "52.220.253.234", "54.255.116.8", "52.74.232.241"] },
};

const app = new Hono();
app.post("/webhooks/8x8", async (c) => {
  const result = await parseRequest(c.req.raw, { verify, remoteAddress: getConnInfo(c).remote.address });
  if (!result.ok) return c.text(result.error.code, result.error.code === "unauthorized" ? 401 : 400);
  console.log(result.event.type, result.event.callId);
  return c.body(null, 200);
});
serve({ fetch: app.fetch, port: 3000 });
