import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createFieldView } from "../../src/detect.js";
import { parseCallback } from "../../src/index.js";
import { isUnsupported } from "../../src/providers/define-provider.js";
import { PROVIDERS } from "../../src/providers/registry.js";
import { FIXTURES } from "../helpers/fixture-cases.js";

// What every registered provider must bring, checked for each one: a sixth provider that is registered without
// fixtures, a docs page, its tests or its package wiring fails here.

const root = fileURLToPath(new URL("../../", import.meta.url));
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
  typesVersions: { "*": Record<string, unknown> };
};

describe.each(PROVIDERS.map((provider) => [provider.id, provider] as const))("provider %s", (id, provider) => {
  it("has fixtures in its fixtures folder", () => {
    expect(provider.fixtures).toBe(`fixtures/${id}`);
    expect(readdirSync(join(root, provider.fixtures)).length).toBeGreaterThan(0);
  });

  it("has a docs page with its sources", () => {
    const page = join(root, "docs", "providers", `${id}.md`);
    expect(existsSync(page), `docs/providers/${id}.md`).toBe(true);
    expect(readFileSync(page, "utf8")).toMatch(/^## Sources$/m);
  });

  it("has its tests in test/providers/<id>/, its whole-event test and its drift snapshot among them", () => {
    const folder = join(root, "test", "providers", id);
    expect(readdirSync(folder)).toContain(`${id}.test.ts`);
    expect(existsSync(join(folder, "__snapshots__", "drift.snap"))).toBe(true);
  });

  it("has its subpath in package.json (npm run wiring)", () => {
    expect(packageJson.exports[`./${id}`]).toBeDefined();
    expect(packageJson.typesVersions["*"][id]).toBeDefined();
  });

  it("has lower-case fingerprint keys, each once", () => {
    for (const key of provider.fingerprint.keys) expect(key).toBe(key.toLowerCase());
    expect(new Set(provider.fingerprint.keys).size).toBe(provider.fingerprint.keys.length);
  });

  const fixtures = FIXTURES.filter((fixture) => fixture.provider === id);

  it("emits only the event types each shape declares, and every shape has a fixture", () => {
    const seen = new Set<string>();
    for (const fixture of fixtures) {
      const shapeName = provider.classify(createFieldView({ ...fixture.record }), {
        event: undefined,
        region: undefined,
      });
      if (isUnsupported(shapeName)) continue;
      seen.add(shapeName);
      const delivery =
        fixture.format === "query"
          ? parseCallback(null, null, {
              provider: id,
              query: new URLSearchParams(fixture.record as Record<string, string>),
            })
          : parseCallback({ ...fixture.record }, null, { provider: id });
      if (!delivery.ok) continue;
      const shapes: Readonly<Record<string, { readonly emits: readonly string[] }>> = provider.shapes;
      expect(shapes[shapeName]?.emits, `${fixture.name} (${shapeName})`).toContain(delivery.event.type);
    }
    // A shape chosen by options.event alone (Kaleyra) is reached by its fixtures' `event` key.
    expect([...seen].sort()).toEqual(Object.keys(provider.shapes).sort());
  });

  it("labels each shape, names its product line and what it emits", () => {
    for (const shape of Object.values(provider.shapes)) {
      expect(shape.label.length).toBeGreaterThan(0);
      expect(shape.emits.length).toBeGreaterThan(0);
      expect(shape.product.length).toBeGreaterThan(0);
    }
  });
});

describe("the registry", () => {
  it("lists each provider once, under the id of its folder", () => {
    const ids = PROVIDERS.map((provider) => provider.id);
    expect(new Set(ids).size).toBe(ids.length);
    const folders = readdirSync(join(root, "src", "providers"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...ids].sort()).toEqual(folders.sort());
  });
});
