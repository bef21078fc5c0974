import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { quoteLeadingZeroNumbers } from "../../src/decode/json.js";
import { detectProvider, type ParseOptions, type ProviderId } from "../../src/index.js";
import { PROVIDERS } from "../../src/providers/registry.js";

/** Every provider id, in the registry's order. */
export const PROVIDER_IDS: readonly ProviderId[] = PROVIDERS.map((provider) => provider.id);

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

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

function loadFixtures(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const { id: provider, fixtures } of PROVIDERS) {
    const own: Omit<FixtureCase, "options">[] = [];
    let detected = true;
    for (const name of readdirSync(join(repositoryRoot, fixtures)).sort()) {
      const text = readFileSync(join(repositoryRoot, fixtures, name), "utf8");
      const ext = extname(name);
      if (ext === ".json") {
        // TeleCMI's chub-india docs print `04471000000`, which is not JSON: read it as callhooks does.
        const record = JSON.parse(quoteLeadingZeroNumbers(text) ?? text) as Record<string, unknown>;
        detected &&= detectProvider(text, "application/json") === provider;
        own.push({ provider, name, format: "json", record });
      } else {
        const record = Object.fromEntries(new URLSearchParams(text));
        const format = ext === ".query" ? "query" : "form";
        const found = format === "query" ? detectProvider(null, null, { query: text }) : detectProvider(text, null);
        detected &&= found === provider;
        own.push({ provider, name, format, record });
      }
    }
    // A provider some of whose deliveries detection does not claim (Kaleyra's customer-chosen keys) is named by
    // the route: its fixtures are delivered with `provider`, as its users deliver them.
    const options: ParseOptions = detected ? {} : { provider };
    for (const item of own) cases.push({ ...item, options });
  }
  return cases;
}

/** Every bundled fixture, decoded. */
export const FIXTURES: readonly FixtureCase[] = loadFixtures();
