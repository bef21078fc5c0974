import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { runParse } from "../../src/cli/run-parse.js";
import { parseCallback } from "../../src/index.js";
import { deliveryOptions, fixture } from "../helpers/fixtures.js";
import { memoryIo } from "./io.js";

const never = new AbortController().signal;
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("callhooks parse", () => {
  it("prints a JSON fixture's event, its content type from the extension", async () => {
    const io = memoryIo();
    expect(await runParse(["fixtures/telecmi/cdr-incoming-answered.json"], io)).toBe(0);
    const delivery = fixture("telecmi", "cdr-incoming-answered.json");
    const result = parseCallback(delivery.body, delivery.contentType);
    expect(JSON.parse(io.out())).toEqual(asJson(result.ok && result.event));
    expect(io.err()).toBe("");
  });

  it("reads a .form file as form-encoded and a .query file as a GET delivery", async () => {
    const form = memoryIo();
    expect(await runParse(["fixtures/urlnetworks/incoming-hangup-success.form"], form)).toBe(0);
    expect(JSON.parse(form.out())).toMatchObject({ provider: "urlnetworks", type: "call.ended" });
    const query = memoryIo();
    expect(await runParse(["--provider", "kaleyra", "fixtures/kaleyra/call-end.query"], query)).toBe(0);
    const delivery = fixture("kaleyra", "call-end.query");
    const result = parseCallback(null, null, deliveryOptions(delivery, { provider: "kaleyra" }));
    expect(JSON.parse(query.out())).toEqual(asJson(result.ok && result.event));
  });

  it("reads stdin, sniffing the content type, with --event, --query and --country", async () => {
    const io = memoryIo("caller=9845012345&receiver=919900112233&status=ANSWER&billsec=5");
    const code = await runParse(
      ["-", "--provider", "kaleyra", "--event", "call_end", "--query", "id=77", "--country", "IN"],
      io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({
      id: "kaleyra:call_end:77",
      from: { raw: "9845012345", e164: "+919845012345" },
      durationSec: 5,
    });
  });

  it("points at --provider when no provider is recognised", async () => {
    const io = memoryIo();
    expect(await runParse(["fixtures/kaleyra/call-answer.query"], io)).toBe(1);
    expect(io.err()).toMatch(/^unknown_provider: [\s\S]*Hint: .*--provider kaleyra/);
  });

  it("honours --content-type", async () => {
    const io = memoryIo('{"a":1}');
    expect(await runParse(["--content-type", "application/xml"], io)).toBe(1);
    expect(io.err()).toMatch(/^unsupported_content_type: /);
  });

  it("exits 1 with the error code and message on stderr", async () => {
    const io = memoryIo();
    expect(await runParse(["fixtures/carrierx/sms-inbound.json"], io)).toBe(1);
    expect(io.out()).toBe("");
    expect(io.err()).toMatch(/^unsupported_event: This is a CarrierX SMS/);
  });

  it("lists validation issues under the message", async () => {
    const io = memoryIo('{"type":"cdr","status":"answered"}');
    expect(await runParse(["--provider", "telecmi"], io)).toBe(1);
    expect(io.err()).toMatch(/^invalid_payload: .*\n {2}\S+: /);
  });

  it("prints each of several files under its name and exits 1 if one fails", async () => {
    const io = memoryIo();
    const code = await runParse(
      ["fixtures/telecmi/cdr-incoming-answered.json", "fixtures/carrierx/sms-inbound.json"],
      io,
    );
    expect(code).toBe(1);
    expect(io.out()).toMatch(/^# fixtures\/telecmi\/cdr-incoming-answered.json\n\{/);
    expect(io.err()).toMatch(/^✘ fixtures\/carrierx\/sms-inbound.json: unsupported_event: /);
  });

  it("exits 2 on a usage error: an unknown option, a missing file, nothing on stdin", async () => {
    const unknown = memoryIo();
    expect(await runParse(["--provder", "kaleyra"], unknown)).toBe(2);
    expect(unknown.err()).toBe(
      'callhooks parse: unknown option --provder (did you mean --provider?). Run "callhooks parse --help".\n',
    );
    const valueless = memoryIo();
    expect(await runParse(["--provider"], valueless)).toBe(2);
    expect(valueless.err()).toMatch(/^callhooks parse: Option '--provider <value>' argument missing\. Run /);
    const missing = memoryIo();
    expect(await runParse(["no-such-file.json"], missing)).toBe(2);
    expect(missing.err()).toMatch(/^No file or sample is called no-such-file.json\. "callhooks samples" lists/);
    const terminal = memoryIo();
    expect(await runParse([], terminal)).toBe(2);
  });

  it("parses a bundled sample by name, as its provider's route would (Kaleyra without --provider)", async () => {
    const io = memoryIo();
    expect(await runParse(["kaleyra/call-end.query", "telecmi/cdr-incoming-answered"], io)).toBe(0);
    const delivery = fixture("kaleyra", "call-end.query");
    const result = parseCallback(null, null, deliveryOptions(delivery, { provider: "kaleyra" }));
    const [, kaleyra, telecmi] = io.out().split(/^# .*$/m);
    expect(JSON.parse(kaleyra ?? "")).toEqual(asJson(result.ok && result.event));
    expect(JSON.parse(telecmi ?? "")).toMatchObject({ provider: "telecmi", type: "call.ended" });
    expect(io.out()).toMatch(/^# kaleyra\/call-end.query\n/);
  });

  it("names the samples a name could be, and suggests the closest for a typo", async () => {
    const ambiguous = memoryIo();
    expect(await runParse(["kaleyra/call-end"], ambiguous)).toBe(2);
    expect(ambiguous.err()).toMatch(
      /names 3 samples: kaleyra\/call-end.form, kaleyra\/call-end.json, kaleyra\/call-end.query/,
    );
    const typo = memoryIo();
    expect(await runParse(["wavecell/session-sumary-completed.json"], typo)).toBe(2);
    expect(typo.err()).toMatch(/did you mean wavecell\/session-summary-completed.json\?/);
  });

  it("prints help for the command and the program", async () => {
    const parseHelp = memoryIo();
    expect(await main(["parse", "--help"], parseHelp, never)).toBe(0);
    expect(parseHelp.out()).toMatch(/^Usage: callhooks parse/);
    const listenHelp = memoryIo();
    expect(await main(["listen", "--help"], listenHelp, never)).toBe(0);
    expect(listenHelp.out()).toMatch(/^Usage: callhooks listen/);
    const help = memoryIo();
    expect(await main(["--help"], help, never)).toBe(0);
    expect(help.out()).toMatch(/^Usage: callhooks <command>/);
    const unknown = memoryIo();
    expect(await main(["frobnicate"], unknown, never)).toBe(2);
  });
});
