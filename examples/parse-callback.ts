// parseCallback on its own, in an Express route, and the options it takes.
// Each region is a README snippet (scripts/check-readme.mjs keeps them equal).
import express from "express";

const app = express();
declare function save(callId: string, outcome: string, durationSec: number | null): void;

// #region express
import { parseCallback } from "callhooks";

// Express: pass the raw body (express.text({ type: "*/*" }) or express.raw()) or what express.json() parsed.
app.post("/callbacks", (req, res) => {
  const result = parseCallback(req.body, req.headers["content-type"], { query: req.query });
  if (!result.ok) return res.status(400).send(`${result.error.code}: ${result.error.message}`);
  const event = result.event;
  if (event.type === "call.ended") save(event.callId, event.outcome, event.durationSec);
  res.sendStatus(200);
});
// #endregion

declare const body: string;
declare const contentType: string;
declare const url: URL;

// #region options
parseCallback(body, contentType, {
  provider: "telecmi", // skip detection when the route already knows the provider
  event: "call_end", // the provider-native event when the body does not carry it (Kaleyra)
  query: url.searchParams, // the callback URL's query
  defaultCountry: "IN", // region for national-format numbers; overrides the provider's (URL Networks: AU)
  maxBodyBytes: 65_536, // default 1 MiB; a larger body is refused before it is decoded
  maxFields: 200, // default 1000: more fields (form pairs, JSON keys and items) is too_many_fields
  maxDepth: 8, // default 64: deeper nesting of objects and arrays is refused
});
// #endregion
