// CarrierX: a callback is a URL and nothing more, so the secret goes in it:
// https://example.com/webhooks/carrierx?token=… (removed from the query before parsing: never in event.raw).
import type { VerifyPolicy } from "callhooks";
import { parseIncomingMessage } from "callhooks/node";
import Fastify from "fastify";

const verify: VerifyPolicy = {
  // Two tokens while you move the callback URL from the old one to the new one.
  urlToken: { param: "token", values: [process.env.CARRIERX_CALLBACK_TOKEN, process.env.CARRIERX_CALLBACK_TOKEN_OLD] },
};

const app = Fastify();
app.post("/webhooks/carrierx", async (request, reply) => {
  const result = await parseIncomingMessage(request, { provider: "carrierx", verify });
  if (!result.ok) return reply.code(result.error.code === "unauthorized" ? 401 : 400).send(result.error.code);
  console.log(result.event.type, result.event.callId);
  return reply.code(200).send();
});
await app.listen({ port: 3000 });
