// Express: one route for every provider, and one for Kaleyra (whose payload carries no fingerprint).
// parseIncomingMessage reads the raw body itself, or takes what express.json()/express.urlencoded() parsed.
// The region is the README's Express snippet (scripts/check-readme.mjs keeps them equal).

// #region webhooks
import { parseIncomingMessage } from "callhooks/node";
import express from "express";

const app = express();
app.all("/webhooks/kaleyra", async (req, res) => {
  const result = await parseIncomingMessage(req, { provider: "kaleyra" }); // Kaleyra needs its route
  res.sendStatus(result.ok ? 200 : 400);
});
app.all("/webhooks", async (req, res) => {
  const result = await parseIncomingMessage(req);
  if (!result.ok) {
    res.status(400).send(`${result.error.code}: ${result.error.message}`);
    return;
  }
  if (result.event.type === "call.ended") save(result.event.callId, result.event.outcome);
  res.sendStatus(200);
});
// #endregion

function save(callId: string, outcome: string): void {
  console.log(callId, outcome);
}

app.listen(3000);
