import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDetector, createFieldView } from "../src/detect.js";
import type { ProviderDefinition } from "../src/providers/define-provider.js";

describe("createFieldView", () => {
  it("reads a key as spelled first, then without case, the first spelling sent winning", () => {
    const view = createFieldView({ CMIUUID: "upper", cmiuuid: "lower", Type: "cdr" });
    expect(view.get("cmiuuid")).toBe("lower");
    expect(view.get("CMIUUID")).toBe("upper");
    expect(view.get("cmiUUID")).toBe("upper");
    expect(view.get("type")).toBe("cdr");
    expect(view.get("missing")).toBeUndefined();
    expect(view.keys).toEqual(["CMIUUID", "cmiuuid", "Type"]);
  });

  it("finds a key without case the same way in a long key list (a lowercase map instead of a scan)", () => {
    const padding = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`extra_${index}`, index]));
    const view = createFieldView({ ...padding, CMIUUID: "upper", cmiuuid: "lower", Type: "cdr" });
    expect(view.get("cmiuuid")).toBe("lower");
    expect(view.get("cmiUUID")).toBe("upper");
    expect(view.get("type")).toBe("cdr");
    expect(view.get("EXTRA_39")).toBe(39);
    expect(view.get("missing")).toBeUndefined();
    const short = createFieldView({ Callid: "a", CALLID: "b", callidx: "c" });
    expect(short.get("callId")).toBe("a");
    expect(short.get("callidX")).toBe("c");
  });

  it("finds a mixed-case name among keys all sent in lower case", () => {
    const view = createFieldView({ calla: { status: "x" }, eventtype: "CALL_STATUS" });
    expect(view.get("callA")).toEqual({ status: "x" });
    expect(view.get("eventType")).toBe("CALL_STATUS");
    expect(view.get("callB")).toBeUndefined();
    expect(view.get("calla")).toEqual({ status: "x" });
  });

  it("finds the same key as lower-casing every key sent would (the scan passes over keys of another length)", () => {
    // Spellings that lower-case to ASCII from other characters (the Kelvin sign K), or to more characters (İ).
    const letters = fc.constantFrom(
      "a",
      "A",
      "k",
      "K",
      "\u212a",
      "i",
      "I",
      "\u0130",
      "_",
      "1",
      "ß",
      "é",
      "É",
      "\u0307",
    );
    const word = fc.array(letters, { minLength: 0, maxLength: 5 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 8 }), word, (keys, name) => {
        const fields = Object.fromEntries(keys.map((key, index) => [key, index]));
        const lower = name.toLowerCase();
        const expected = Object.hasOwn(fields, name)
          ? fields[name]
          : keys.find((key) => key.toLowerCase() === lower) === undefined
            ? undefined
            : fields[keys.find((key) => key.toLowerCase() === lower) as string];
        expect(createFieldView(fields).get(name)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("says a key is present only when its value is not absent", () => {
    const view = createFieldView({ a: "", b: "null", c: "0", d: 0, e: null });
    expect(["a", "b", "c", "d", "e", "f"].map((key) => view.has(key))).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("createDetector", () => {
  const provider = (id: string, keys: string[], matches: (view: ReturnType<typeof createFieldView>) => boolean) => {
    const calls: string[] = [];
    const module = {
      id,
      name: id.toUpperCase(),
      fingerprint: {
        keys,
        matches: (view: ReturnType<typeof createFieldView>) => {
          calls.push(id);
          return matches(view);
        },
      },
    } as unknown as ProviderDefinition;
    return { module, calls };
  };

  it("asks each candidate once, however many of its keys are sent, and only candidates", () => {
    const a = provider("a", ["x", "y"], (view) => view.has("x"));
    const b = provider("b", ["z"], () => true);
    const detect = createDetector([a.module, b.module]);
    expect(detect(createFieldView({ X: "1", y: "2" }))).toEqual({ kind: "one", provider: a.module });
    expect(a.calls).toEqual(["a"]);
    expect(b.calls).toEqual([]);
  });

  it("reports none, one or many", () => {
    const a = provider("a", ["k"], (view) => view.get("k") === "a" || view.get("k") === "both");
    const b = provider("b", ["k", "k"], (view) => view.get("k") === "b" || view.get("k") === "both");
    const detect = createDetector([a.module, b.module]);
    expect(detect(createFieldView({ k: "none" }))).toEqual({ kind: "none" });
    expect(detect(createFieldView({ other: "a" }))).toEqual({ kind: "none" });
    expect(detect(createFieldView({ k: "b" }))).toEqual({ kind: "one", provider: b.module });
    expect(detect(createFieldView({ k: "both" }))).toEqual({ kind: "many", providers: [a.module, b.module] });
    // Asked for every delivery that carries its key (three of the four), once each though it lists k twice.
    expect(b.calls.length).toBe(3);
  });

  it("keeps the candidates of the last key list only while the keys sent are the same, in the same order", () => {
    const a = provider("a", ["x"], () => true);
    const b = provider("b", ["y"], () => true);
    const detect = createDetector([a.module, b.module]);
    expect(detect(createFieldView({ x: "1", other: "2" }))).toEqual({ kind: "one", provider: a.module });
    expect(detect(createFieldView({ x: "3", other: "4" }))).toEqual({ kind: "one", provider: a.module });
    // As many keys, one of them another: the candidates are looked up again.
    expect(detect(createFieldView({ y: "1", other: "2" }))).toEqual({ kind: "one", provider: b.module });
    expect(detect(createFieldView({ other: "2", Y: "1" }))).toEqual({ kind: "one", provider: b.module });
    expect(detect(createFieldView({ other: "2", z: "1" }))).toEqual({ kind: "none" });
    expect(detect(createFieldView({ other: "2", X: "1", y: "0" }))).toEqual({
      kind: "many",
      providers: [a.module, b.module],
    });
    expect([a.calls.length, b.calls.length]).toEqual([3, 3]);
  });

  it("finds the candidates lower-casing every key sent would (keys of other lengths and first letters passed over)", () => {
    const fingerprints = [["cmiuuid", "app_id"], ["callsid", "call_sid", "k_id"], ["receiver"], ["_x", "9lives"]];
    const spelled = fc.constantFrom(...fingerprints.flat(), "kid", "callSID", "other", "id", "Receivers", "x");
    // Each character as sent, upper-cased, or (for k) the Kelvin sign, which lower-cases to k.
    const recased = spelled.chain((key) =>
      fc
        .array(fc.constantFrom("same", "upper", "kelvin"), { minLength: key.length, maxLength: key.length })
        .map((how) =>
          Array.from(key, (char, index) =>
            how[index] === "upper" ? char.toUpperCase() : how[index] === "kelvin" && char === "k" ? "\u212a" : char,
          ).join(""),
        ),
    );
    const modules = fingerprints.map((keys, index) => ({
      id: `p${index}`,
      name: `P${index}`,
      fingerprint: { keys, matches: () => true },
    })) as unknown as ProviderDefinition[];
    const detect = createDetector(modules);
    fc.assert(
      fc.property(fc.uniqueArray(recased, { maxLength: 6 }), (keys) => {
        const lower = keys.map((key) => key.toLowerCase());
        const expected = modules.filter((module) => module.fingerprint.keys.some((key) => lower.includes(key)));
        // In the order of their first key sent.
        expected.sort(
          (a, b) =>
            Math.min(...a.fingerprint.keys.map((key) => lower.indexOf(key)).filter((at) => at >= 0)) -
            Math.min(...b.fingerprint.keys.map((key) => lower.indexOf(key)).filter((at) => at >= 0)),
        );
        const found = detect(createFieldView(Object.fromEntries(keys.map((key) => [key, "1"]))));
        if (expected.length === 0) expect(found).toEqual({ kind: "none" });
        else if (expected.length === 1) expect(found).toEqual({ kind: "one", provider: expected[0] });
        else expect(found).toEqual({ kind: "many", providers: expected });
      }),
      { numRuns: 3000 },
    );
  });
});
