// A user's code, never run: scripts/check-consumer.mjs type-checks it against the packed package (strict,
// skipLibCheck false) under NodeNext ESM (as .mts), NodeNext CJS (as .cts), bundler and node10 resolution.
// tsconfig.examples.json checks it against src/ too.
import {
  type AdapterOptions,
  type CallbackErrorCode,
  type CallEvent,
  type carrierx,
  type ParseOptions,
  type ParseResult,
  parseCallback,
  parseRequest,
  type QueryInput,
  type telecmi,
} from "callhooks";
import { parseIncomingMessage } from "callhooks/node";
import "callhooks/phone-data";
import { parse as parseTelecmi, type TelecmiPayload } from "callhooks/telecmi";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";

// Namespace types from the root, and the same type from the subpath.
const sameRaw = (raw: telecmi.TelecmiPayload): TelecmiPayload => raw;
export function mediatorSid(raw: carrierx.CarrierxPayload): string {
  return "dr_sid" in raw ? (raw as carrierx.CarrierxMediatorRecord).dr_sid : raw.CallSid;
}

// Narrowing on type, then on provider (which narrows raw to that provider's payload).
export function describe(event: CallEvent): string {
  if (event.provider === "telecmi") return `${sameRaw(event.raw).cmiuuid ?? ""} ${event.type}`;
  if (event.provider === "carrierx") return mediatorSid(event.raw);
  switch (event.type) {
    case "call.ended":
      return `${event.outcome} after ${event.durationSec ?? "?"} s`;
    case "call.dtmf":
      return event.digits;
    default:
      return event.from?.e164 ?? event.from?.raw ?? "unknown caller";
  }
}

// Every error code a user switches on, the new ones included.
export function statusOf(code: CallbackErrorCode): number {
  switch (code) {
    case "body_too_large":
      return 413;
    case "body_timeout":
      return 408;
    case "too_many_fields":
    case "unsupported_content_type":
    case "malformed_body":
    case "unknown_provider":
    case "invalid_payload":
      return 400;
    case "unsupported_event":
      return 200;
    case "unauthorized":
      return 401;
    case "invalid_verify_policy":
      return 500;
  }
}

// Express 5: req.query (qs's ParsedQs) is a QueryInput as it is, and the limits are options.
export async function express5(req: ExpressRequest, res: ExpressResponse): Promise<void> {
  const query: QueryInput = req.query;
  const options: AdapterOptions = { query, maxFields: 200, maxDepth: 8, bodyTimeoutMs: 5_000 };
  const result = await parseIncomingMessage(req, options);
  const direct: ParseResult = parseCallback(req.body as Record<string, unknown>, req.get("content-type"), {
    query: req.query,
  });
  res.sendStatus(result.ok && direct.ok ? 200 : statusOf(result.ok ? "unsupported_event" : result.error.code));
}

// A Web Request, and one provider's parser.
export async function web(request: Request): Promise<Response> {
  const options: ParseOptions = { provider: "telecmi", maxBodyBytes: 65_536 };
  const result = await parseRequest(request, options);
  const one = parseTelecmi("{}", "application/json");
  if (one.ok) sameRaw(one.event.raw);
  return new Response(result.ok ? describe(result.event) : result.error.message, {
    status: result.ok ? 200 : statusOf(result.error.code),
  });
}
