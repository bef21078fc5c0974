// Express: one route for every provider, and one for Kaleyra (whose payload carries no fingerprint).
// parseIncomingMessage reads the raw body itself, or takes what express.json()/express.urlencoded() parsed.

import { parseIncomingMessage } from "callhooks/node";
import express from "express";

const app = express();

app.all("/webhooks/kaleyra", async (req, res) => {
  const result = await parseIncomingMessage(req, { provider: "kaleyra" });
  if (!result.ok) {
    res.status(400).send(`${result.error.code}: ${result.error.message}`);
    return;
  }
  console.log(result.event.type, result.event.callId);
  res.sendStatus(200);
});

app.all("/webhooks", async (req, res) => {
  const result = await parseIncomingMessage(req);
  if (!result.ok) {
    res.status(400).send(`${result.error.code}: ${result.error.message}`);
    return;
  }
  const event = result.event;
  if (event.type === "call.ended") console.log(event.provider, event.callId, event.outcome, event.durationSec);
  res.sendStatus(200);
});

app.listen(3000);
