// Fastify: JSON bodies arrive parsed (passed on as the object); form bodies need a parser, so take them raw.
// The region is the README's Fastify snippet (scripts/check-readme.mjs keeps them equal).

// #region webhooks
import { parseIncomingMessage } from "callhooks/node";
import Fastify from "fastify";

const app = Fastify();
// Fastify answers 415 to form bodies unless a parser is registered: hand callhooks the raw text.
app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) =>
  done(null, body),
);
app.all("/webhooks", async (request, reply) => {
  const result = await parseIncomingMessage(request); // the Fastify request: request.raw and request.body
  return reply.code(result.ok ? 200 : 400).send();
});
// #endregion

await app.listen({ port: 3000 });
