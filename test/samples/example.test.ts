import { describe, expect, it, vi } from "vitest";

describe("examples/samples.ts", () => {
  it("runs as the README says: the 8x8 call.ended sample with its callId set, and a Kaleyra GET edited", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const { late, method } = await import("../../examples/samples.js");
    expect(log).toHaveBeenCalledWith("call.ended", "call-42");
    log.mockRestore();
    expect(method).toBe("POST");
    expect(late).toMatchObject({ ok: true, delivery: { method: "GET", body: null } });
    const query = new URLSearchParams(late?.ok ? late.delivery.query : "");
    expect([query.get("id"), query.get("billsec"), query.get("event")]).toEqual(["call-43", "30", "call_end"]);
  });
});
