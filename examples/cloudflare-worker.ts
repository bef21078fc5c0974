// Cloudflare Worker: the core has no Node built-ins, so it runs as it is.
import { parseRequest } from "callhooks";

export default {
  async fetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    const result = await parseRequest(request, pathname.endsWith("/kaleyra") ? { provider: "kaleyra" } : {});
    if (!result.ok) return new Response(`${result.error.code}: ${result.error.message}`, { status: 400 });
    console.log(result.event.provider, result.event.type, result.event.callId);
    return new Response(null, { status: 200 });
  },
};
