import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFieldView } from "../../src/detect.js";
import type { ProviderDefinition } from "../../src/providers/define-provider.js";
import { PROVIDERS } from "../../src/providers/registry.js";
import { FIXTURES } from "../helpers/fixture-cases.js";

// Detection only asks a provider's `matches` about deliveries that carry one of its fingerprint keys. So whatever
// `matches` accepts must carry one: else a delivery it recognises is never offered to it. Checked on every
// fixture of every provider, with keys dropped, re-cased and borrowed from other fixtures.

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const SEED = 20261202;

const recase = (key: string, how: number): string =>
  how === 0 ? key : how === 1 ? key.toUpperCase() : key.charAt(0).toUpperCase() + key.slice(1);

/** A delivery's fields built from fixtures: some keys of one, re-cased, plus some keys of another. */
const deliveries = fc
  .record({
    base: fc.constantFrom(...FIXTURES),
    other: fc.constantFrom(...FIXTURES),
    keep: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    cases: fc.array(fc.nat(2), { minLength: 64, maxLength: 64 }),
    borrow: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
  })
  .map(({ base, other, keep, cases, borrow }) => {
    const fields: Record<string, unknown> = {};
    Object.keys(base.record).forEach((key, index) => {
      if (keep[index % 64]) fields[recase(key, cases[index % 64] ?? 0)] = base.record[key];
    });
    Object.keys(other.record).forEach((key, index) => {
      if (borrow[index % 64] && !(key in fields)) fields[key] = other.record[key];
    });
    return fields;
  });

/** The deliveries a provider's `matches` accepts without one of its fingerprint keys. */
function violations(provider: ProviderDefinition, runs: number): string[] {
  const found: string[] = [];
  const keys = new Set(provider.fingerprint.keys);
  const check = (fields: Record<string, unknown>): void => {
    if (!provider.fingerprint.matches(createFieldView(fields))) return;
    if (!Object.keys(fields).some((key) => keys.has(key.toLowerCase()))) found.push(Object.keys(fields).join(","));
  };
  for (const fixture of FIXTURES) check({ ...fixture.record });
  fc.assert(
    fc.property(deliveries, (fields) => {
      check(fields);
    }),
    { seed: SEED, numRuns: runs },
  );
  return found;
}

describe("fingerprint keys and matches agree", () => {
  for (const provider of PROVIDERS) {
    it(`${provider.id}: every delivery matches accepts carries a fingerprint key`, () => {
      expect(violations(provider, RUNS)).toEqual([]);
    });
  }

  it("catches a provider whose keys miss what its matches reads", () => {
    for (const provider of PROVIDERS) {
      // Without its keys, a provider that accepts any of the fixtures is caught.
      const keyless: ProviderDefinition = { ...provider, fingerprint: { ...provider.fingerprint, keys: [] } };
      expect(violations(keyless, 20).length, provider.id).toBeGreaterThan(0);
    }
  });
});
