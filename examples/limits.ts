// Tighter limits for a webhook route, and the replies that go with them.
// The region is the README's Security snippet (scripts/check-readme.mjs keeps them equal).

// #region limits
import type { CallbackErrorCode } from "callhooks";
import { parseIncomingMessage } from "callhooks/node";
import express from "express";

const STATUS: Partial<Record<CallbackErrorCode, number>> = {
  body_too_large: 413,
  body_timeout: 408,
  unsupported_event: 200, // a payload callhooks does not map: acknowledged, or the provider retries it
};

const app = express();
app.post("/webhooks", async (req, res) => {
  const result = await parseIncomingMessage(req, {
    maxBodyBytes: 65_536, // default 1 MiB
    maxFields: 200, // default 1000
    maxDepth: 8, // default 64
    bodyTimeoutMs: 5_000, // default 10 s
  });
  if (result.ok) {
    console.log(result.event.type, result.event.callId);
    res.sendStatus(200);
    return;
  }
  const { code } = result.error;
  // The body was not read to its end: close the connection rather than keep it for another request.
  if (code === "body_too_large" || code === "body_timeout") res.set("connection", "close");
  res.status(STATUS[code] ?? 400).send(code);
});
// #endregion

app.listen(3000);
