// URL Networks: an API Event action sends HTTP Basic credentials when its username and password are filled in;
// the HTTP Endpoint events (ringing, hangup, extension events) send only to a URL, so put a secret token in it:
// https://example.com/webhooks/urlnetworks?token=… (the token is removed before parsing).
import type { VerifyPolicy } from "callhooks";
import { parseIncomingMessage } from "callhooks/node";
import express from "express";

const apiEvents: VerifyPolicy = {
  basicAuth: [{ username: "urlnetworks", password: process.env.URLN_API_EVENT_PASSWORD }],
};
const endpointEvents: VerifyPolicy = {
  urlToken: { param: "token", values: [process.env.URLN_CALLBACK_TOKEN] },
};

const app = express();
for (const [path, verify] of [
  ["/webhooks/urlnetworks/api-event", apiEvents],
  ["/webhooks/urlnetworks", endpointEvents],
] as const) {
  app.post(path, async (req, res) => {
    const result = await parseIncomingMessage(req, { verify });
    if (!result.ok) {
      res.sendStatus(result.error.code === "unauthorized" ? 401 : 400);
      return;
    }
    console.log(result.event.type, result.event.callId);
    res.sendStatus(200);
  });
}
app.listen(3000);
