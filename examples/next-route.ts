// Next.js App Router: save as app/webhooks/route.ts. Route handlers get a Web Request.
// The region is the README's Next.js snippet (scripts/check-readme.mjs keeps them equal).

// #region route
// app/webhooks/route.ts
import { parseRequest } from "callhooks";

async function handle(request: Request): Promise<Response> {
  const result = await parseRequest(request, { maxBodyBytes: 65_536 });
  if (!result.ok) return new Response(`${result.error.code}: ${result.error.message}`, { status: 400 });
  return new Response(null, { status: 200 });
}
export const POST = handle;
export const GET = handle; // GET deliveries carry the data in the query
// #endregion
