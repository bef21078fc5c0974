// Kaleyra: a callback profile can send custom headers, HTTP Basic credentials, or an Advanced Authentication
// bearer token. Check the one your profile sends, before the body is read; never build a value around an unset
// variable (`Bearer ${undefined}` is the string "Bearer undefined"): pass it as it is, and it is refused.
import type { VerifyPolicy } from "callhooks";
import { parseIncomingMessage } from "callhooks/node";
import express from "express";

// The profile's HTTP Basic credentials; add a second pair while you change the password.
const basicAuth: VerifyPolicy = {
  basicAuth: [{ username: "kaleyra", password: process.env.KALEYRA_CALLBACK_PASSWORD }],
};

// A custom header the profile adds, with a random value only you and Kaleyra know.
const customHeader: VerifyPolicy = {
  header: { name: "x-callback-key", values: [process.env.KALEYRA_CALLBACK_KEY] },
};

// Advanced Authentication: Kaleyra gets a token from your auth URL and sends `Authorization: Bearer <token>`.
// Have that URL issue the token named here (both during a change).
const token = process.env.KALEYRA_CALLBACK_TOKEN;
const advanced: VerifyPolicy = {
  header: { name: "authorization", values: [token && `Bearer ${token}`] },
};

// One route per callback profile, each checked the way its profile authenticates.
const app = express();
for (const [path, verify] of [
  ["/webhooks/kaleyra/basic", basicAuth],
  ["/webhooks/kaleyra/header", customHeader],
  ["/webhooks/kaleyra/advanced", advanced],
] as const) {
  app.all(path, async (req, res) => {
    const result = await parseIncomingMessage(req, { provider: "kaleyra", verify });
    if (!result.ok) {
      res.sendStatus(result.error.code === "unauthorized" ? 401 : 400);
      return;
    }
    console.log(result.event.type, result.event.callId);
    res.sendStatus(200);
  });
}
app.listen(3000);
