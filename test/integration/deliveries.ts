import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCallback } from "../../src/index.js";
import { deliveryOptions, type FixtureDelivery, fixture, fixtureNames } from "../helpers/fixtures.js";

/**
 * One bundled fixture as an HTTP request, with the response a server must give.
 */
export interface HttpDelivery {
  /** `provider/file`, for test names. */
  readonly label: string;
  /** GET for a `.query` fixture, else POST. */
  readonly method: "GET" | "POST";
  /** The path and query. */
  readonly path: string;
  /** The body, for a POST. */
  readonly body: string | undefined;
  /** The content type, for a POST. */
  readonly contentType: string | undefined;
  /** Whether the body is valid JSON (a framework's JSON parser refuses the rest). */
  readonly strictJson: boolean;
  /** The status the server must answer with. */
  readonly status: number;
  /** The parse result, as the JSON the server sends. */
  readonly expected: unknown;
  /** The event's id, or `null` when it does not parse. */
  readonly expectedId: string | null;
  /** The same, serialized. */
  readonly expectedText: string;
}

function isStrictJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function toHttp(provider: string, delivery: FixtureDelivery): HttpDelivery {
  const route = provider === "kaleyra" ? "/webhooks/kaleyra" : "/webhooks";
  const options = provider === "kaleyra" ? { provider: "kaleyra" as const } : {};
  const result = parseCallback(delivery.body, delivery.contentType, deliveryOptions(delivery, options));
  const expectedText = JSON.stringify(result);
  return {
    label: `${provider}/${delivery.name}`,
    method: delivery.query === undefined ? "POST" : "GET",
    path: delivery.query === undefined ? route : `${route}?${delivery.query.trim()}`,
    body: delivery.body ?? undefined,
    contentType: delivery.contentType ?? undefined,
    strictJson: delivery.contentType !== "application/json" || isStrictJson(delivery.text),
    status: result.ok ? 200 : 400,
    expected: JSON.parse(expectedText),
    expectedId: result.ok ? result.event.id : null,
    expectedText,
  };
}

/**
 * Every bundled fixture as an HTTP delivery: JSON and form POSTs, and GET deliveries with their query.
 */
export function allDeliveries(): HttpDelivery[] {
  const root = fileURLToPath(new URL("../../fixtures/", import.meta.url));
  return readdirSync(root)
    .sort()
    .flatMap((provider) => fixtureNames(provider).map((name) => toHttp(provider, fixture(provider, name))));
}

/**
 * Sends a delivery to a server.
 */
export async function send(base: string, delivery: HttpDelivery): Promise<{ status: number; text: string }> {
  const init: RequestInit =
    delivery.method === "POST"
      ? { method: "POST", body: delivery.body ?? "", headers: { "content-type": delivery.contentType ?? "text/plain" } }
      : { method: "GET" };
  const response = await fetch(`${base}${delivery.path}`, init);
  return { status: response.status, text: await response.text() };
}
