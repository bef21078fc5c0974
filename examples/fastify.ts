// Fastify: JSON bodies arrive parsed (passed on as the object); form bodies need a parser, so take them raw.

import { parseIncomingMessage } from "callhooks/node";
import Fastify from "fastify";

const app = Fastify();
// Fastify refuses form bodies (415) without a parser: hand the raw text to callhooks.
app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) =>
  done(null, body),
);

app.all("/webhooks", async (request, reply) => {
  const result = await parseIncomingMessage(request); // GET deliveries: the query comes from the URL
  if (!result.ok) return reply.code(400).send(`${result.error.code}: ${result.error.message}`);
  console.log(result.event.provider, result.event.type, result.event.callId);
  return reply.code(200).send();
});

await app.listen({ port: 3000 });
