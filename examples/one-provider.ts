// One provider's entry point: its parse, and its payload type on event.raw.
// The region is a README snippet (scripts/check-readme.mjs keeps them equal).
import type { Request } from "express";

declare const req: Request;
declare const url: URL;

// #region subpath
import { parse } from "callhooks/telecmi";

const result = parse(req.body, req.headers["content-type"]);
if (result.ok) console.log(result.event.raw.cmiuuid); // raw is TeleCMI's validated payload type
// #endregion

// #region phone-data
import "callhooks/phone-data"; // every region's numbering plan, for defaultCountry in a provider subpath
import { parse as parseKaleyra } from "callhooks/kaleyra";

const kaleyraResult = parseKaleyra(null, null, { provider: "kaleyra", query: url.searchParams, defaultCountry: "IN" });
// #endregion
if (kaleyraResult.ok) console.log(kaleyraResult.event.from?.e164);
