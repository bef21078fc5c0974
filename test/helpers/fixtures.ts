import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ParseOptions } from "../../src/options.js";

const root = fileURLToPath(new URL("../../fixtures/", import.meta.url));

/**
 * One bundled fixture as a delivery: a JSON or form body with its content type, or a GET query.
 */
export interface FixtureDelivery {
  /** The file's name, e.g. `cdr-incoming-answered.json`. */
  readonly name: string;
  /** The body text; `null` for a GET delivery (`.query`). */
  readonly body: string | null;
  /** The content type the provider sends; `null` for a GET delivery. */
  readonly contentType: string | null;
  /** The query string of a GET delivery. */
  readonly query: string | undefined;
  /** The file's text. */
  readonly text: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".json": "application/json",
  ".form": "application/x-www-form-urlencoded",
};

/**
 * Reads a fixture as a delivery.
 */
export function fixture(provider: string, name: string): FixtureDelivery {
  const text = readFileSync(join(root, provider, name), "utf8");
  const ext = extname(name);
  if (ext === ".query") return { name, body: null, contentType: null, query: text, text };
  return { name, body: text, contentType: CONTENT_TYPES[ext] ?? null, query: undefined, text };
}

/**
 * Lists a provider's fixture file names.
 */
export function fixtureNames(provider: string): string[] {
  return readdirSync(join(root, provider)).sort();
}

/**
 * The options that deliver a fixture (its query, for GET), merged with extra options.
 */
export function deliveryOptions(delivery: FixtureDelivery, extra: ParseOptions = {}): ParseOptions {
  return delivery.query === undefined ? extra : { ...extra, query: delivery.query };
}

/**
 * The fixture's JSON, parsed (for building the expected `raw`).
 */
export function sentJson(provider: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, provider, name), "utf8")) as Record<string, unknown>;
}

/**
 * The fixture's form or query fields, decoded as `URLSearchParams` does (for building the expected `raw`).
 */
export function sentForm(provider: string, name: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(readFileSync(join(root, provider, name), "utf8")));
}
