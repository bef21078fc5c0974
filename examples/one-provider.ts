// One provider's entry point: its parse, and its payload type on event.raw.
// The region is a README snippet (scripts/check-readme.mjs keeps them equal).
import type { Request } from "express";

declare const req: Request;

// #region subpath
import { parse } from "callhooks/telecmi";

const result = parse(req.body, req.headers["content-type"]);
if (result.ok) console.log(result.event.raw.cmiuuid); // raw is TeleCMI's validated payload type
// #endregion
