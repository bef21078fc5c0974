// Cloudflare Worker: the core has no Node built-ins, so it runs as it is.
// The region is the README's Workers snippet (scripts/check-readme.mjs keeps them equal).

// #region worker
import { parseRequest } from "callhooks";

export default {
  async fetch(request: Request): Promise<Response> {
    const result = await parseRequest(request);
    return new Response(null, { status: result.ok ? 200 : 400 });
  },
};
// #endregion
