import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { quoteLeadingZeroNumbers } from "../../src/decode/json.js";
import type { ParseOptions, ProviderId } from "../../src/index.js";

/** Every provider id, in a fixed order. */
export const PROVIDER_IDS: readonly ProviderId[] = ["carrierx", "wavecell", "kaleyra", "telecmi", "urlnetworks"];

/** A bundled fixture, decoded into a record that tests can edit. */
export interface FixtureCase {
  /** The provider. */
  readonly provider: ProviderId;
  /** The file's name. */
  readonly name: string;
  /** How it is delivered: a JSON body, a form body, or a GET query. */
  readonly format: "json" | "form" | "query";
  /** The decoded fields. */
  readonly record: Readonly<Record<string, unknown>>;
  /** The options the fixture needs (Kaleyra: the provider). */
  readonly options: ParseOptions;
}

const fixturesRoot = fileURLToPath(new URL("../../fixtures/", import.meta.url));

function loadFixtures(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const provider of PROVIDER_IDS) {
    for (const name of readdirSync(join(fixturesRoot, provider)).sort()) {
      const text = readFileSync(join(fixturesRoot, provider, name), "utf8");
      const ext = extname(name);
      const options: ParseOptions = provider === "kaleyra" ? { provider: "kaleyra" } : {};
      if (ext === ".json") {
        // TeleCMI's chub-india docs print `04471000000`, which is not JSON: read it as callhooks does.
        const record = JSON.parse(quoteLeadingZeroNumbers(text) ?? text) as Record<string, unknown>;
        cases.push({ provider, name, format: "json", record, options });
      } else {
        const record = Object.fromEntries(new URLSearchParams(text));
        cases.push({ provider, name, format: ext === ".query" ? "query" : "form", record, options });
      }
    }
  }
  return cases;
}

/** Every bundled fixture, decoded. */
export const FIXTURES: readonly FixtureCase[] = loadFixtures();
