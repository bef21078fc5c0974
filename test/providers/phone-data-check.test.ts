import { afterEach, describe, expect, it } from "vitest";
import { isKnownRegion, registeredPhonePlans } from "../../src/normalize/phone.js";
import { PHONE_PLANS } from "../../src/normalize/phone-plans-all.js";
import { parse } from "../../src/providers/kaleyra/index.js";

// A provider subpath whose numbers are international leaves the numbering plans out of its bundle: with
// options.defaultCountry its parse needs `import "callhooks/phone-data"` and says so (scripts/check-subpaths.mjs
// checks the same on the built package, bundled and in Node). Here the plans are taken away for a test, then put back.
const PLANS = Symbol.for("callhooks.phone-plans.v1");
const shared = globalThis as { [PLANS]?: unknown };
const withoutPlans = () => {
  delete shared[PLANS];
};
afterEach(() => {
  shared[PLANS] = PHONE_PLANS;
});

const query = "event=call_end&caller=9845012345&receiver=919900112233&status=ANSWER&billsec=55&id=8841502400";
const parseWith = (options: Record<string, unknown>) =>
  parse(null, null, { provider: "kaleyra", query, ...options } as Parameters<typeof parse>[2]);

describe("a provider subpath without the numbering plans", () => {
  it("refuses defaultCountry with invalid_payload naming the import, never reading without them", () => {
    withoutPlans();
    const result = parseWith({ defaultCountry: "IN" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_payload");
    expect(result.error.message).toContain('import "callhooks/phone-data"');
    expect(result.error.message).toContain("callhooks/kaleyra");
    expect(result.error.issues).toEqual([{ path: ["options", "defaultCountry"], message: result.error.message }]);
    expect(isKnownRegion("IN")).toBe(false);
  });

  it("parses as before without defaultCountry: international digits need no plans", () => {
    withoutPlans();
    const result = parseWith({});
    expect(result.ok && result.event.to).toEqual({ raw: "919900112233", e164: "+919900112233" });
    expect(result.ok && result.event.from).toEqual({ raw: "9845012345", e164: "+9845012345" });
  });

  it("leaves a defaultCountry that is no string, or options that throw, to the parser's own answers", () => {
    withoutPlans();
    const notText = parseWith({ defaultCountry: 91 });
    expect(!notText.ok && notText.error.message).toMatch(/^options\.defaultCountry must be an ISO 3166/);
    const hostile = Object.defineProperty({ provider: "kaleyra" as const, query }, "defaultCountry", {
      get() {
        throw new Error("no");
      },
    });
    expect(() => parse(null, null, hostile)).not.toThrow();
    expect(parse(null, null, hostile).ok).toBe(false);
  });

  it("reads the national number once they are loaded", () => {
    expect(registeredPhonePlans()).toBe(PHONE_PLANS);
    const result = parseWith({ defaultCountry: "in" });
    expect(result.ok && result.event.from).toEqual({ raw: "9845012345", e164: "+919845012345" });
  });
});
