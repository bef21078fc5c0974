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

  it("finds a mixed-case name among keys all sent in lower case, and lists the keys in lower case", () => {
    const view = createFieldView({ calla: { status: "x" }, eventtype: "CALL_STATUS" });
    expect(view.get("callA")).toEqual({ status: "x" });
    expect(view.get("eventType")).toBe("CALL_STATUS");
    expect(view.get("callB")).toBeUndefined();
    expect(view.get("calla")).toEqual({ status: "x" });
    expect(createFieldView({ CallA: 1, b: 2 }).lowerKeys).toEqual(["calla", "b"]);
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
});
