// Kaleyra deliveries in Express: GET and POST on the callback URL, and a route per event.
// The region is a README snippet (scripts/check-readme.mjs keeps them equal).
import express from "express";

const app = express();
declare function save(callId: string, outcome: string, durationSec: number | null, status2: unknown): void;

// #region routes
import { parse } from "callhooks/kaleyra"; // or: import { parseCallback } from "callhooks"

// GET: no body, everything in the query.
app.get("/webhooks/kaleyra", (req, res) => {
  const result = parse(null, null, { provider: "kaleyra", query: req.query });
  if (!result.ok) return res.status(400).send(`${result.error.code}: ${result.error.message}`);
  const event = result.event;
  if (event.type === "call.ended") save(event.callId, event.outcome, event.durationSec, event.raw.status2);
  res.sendStatus(200);
});

// POST (JSON or form). The query still counts: body and query are merged, and the body wins.
app.post("/webhooks/kaleyra", express.text({ type: "*/*" }), (req, res) => {
  const result = parse(req.body, req.headers["content-type"], { provider: "kaleyra", query: req.query });
  res.sendStatus(result.ok ? 200 : 400);
});

// A route per event, when the URL does not carry `event=`:
app.get("/webhooks/kaleyra/to-call-answer", (req, res) => {
  const result = parse(null, null, { provider: "kaleyra", event: "to_call_answer", query: req.query });
  res.sendStatus(result.ok ? 200 : 400);
});
// #endregion
