// An adapter over one provider's parse: the bundle keeps that provider alone.
// The region is a README snippet (scripts/check-readme.mjs keeps them equal).

// #region one-provider
import { createRequestParser } from "callhooks";
import { parse } from "callhooks/telecmi";

const parseTelecmiRequest = createRequestParser(parse); // (request, options?) => Promise<ParseResult>
// #endregion

export default { fetch: (request: Request) => parseTelecmiRequest(request) };
