// TeleCMI on a Cloudflare Worker: a token in the webhook URL (https://example.com/webhooks/telecmi?token=…), and,
// once you know the addresses TeleCMI calls from, an allow-list. verifyCallback + parseCallback: the query to
// parse is the one verifyCallback returns, without the token.
import { parseCallback, type VerifyPolicy, verifyCallback } from "callhooks";

interface Env {
  readonly TELECMI_CALLBACK_TOKEN?: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const verify: VerifyPolicy = { urlToken: { param: "token", values: [env.TELECMI_CALLBACK_TOKEN] } };
    // Cloudflare sets CF-Connecting-IP to the client's address (for an ipAllowList).
    const verified = verifyCallback(request, verify, {
      remoteAddress: request.headers.get("cf-connecting-ip") ?? undefined,
    });
    if (!verified.ok) return new Response(verified.error.code, { status: 401 });
    const body = request.method === "GET" ? null : await request.text();
    const result = parseCallback(body, request.headers.get("content-type"), {
      provider: "telecmi",
      query: verified.query,
    });
    if (!result.ok) return new Response(result.error.code, { status: 400 });
    console.log(result.event.type, result.event.callId);
    return new Response(null, { status: 200 });
  },
};
