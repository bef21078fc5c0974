// Next.js App Router: save as app/webhooks/route.ts. Route handlers get a Web Request.
import { parseRequest } from "callhooks";

async function handle(request: Request): Promise<Response> {
  const result = await parseRequest(request, { maxBodyBytes: 65_536 });
  if (!result.ok) return new Response(`${result.error.code}: ${result.error.message}`, { status: 400 });
  console.log(result.event.provider, result.event.type, result.event.callId);
  return new Response(null, { status: 200 });
}

export const POST = handle;
export const GET = handle; // GET deliveries (Kaleyra, TeleCMI in GET mode) carry the data in the query
