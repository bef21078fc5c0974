import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { parseCallback, parseRequest } from "../../src/index.js";
import { parseIncomingMessage } from "../../src/node/index.js";
import type { ParseResult } from "../../src/parse-result.js";
import { sentJson } from "../helpers/fixtures.js";

// One rule for a key sent twice, whatever carries it: the last value wins, as JSON.parse does. A TeleCMI CDR sent
// with `status=answered` and then `status=missed` is a missed call on every path (it was completed on some and
// missed on others).
const sent = sentJson("telecmi", "cdr-incoming-answered.json");
const { status: _, ...rest } = sent;
const pairs: [string, string][] = Object.entries(rest).map(([key, value]) => [key, String(value)]);
const twice = new URLSearchParams([
  ...pairs.slice(0, 4),
  ["status", "answered"],
  ...pairs.slice(4),
  ["status", "missed"],
]);
const formText = twice.toString();
const jsonText = `{${[...pairs.slice(0, 4), ["status", "answered"], ...pairs.slice(4), ["status", "missed"]]
  .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
  .join(",")}}`;
const FORM = "application/x-www-form-urlencoded";
const bytes = (text: string) => new TextEncoder().encode(text);
/** What qs (express.urlencoded({ extended: true }), Express's req.query) builds: a repeated key as an array. */
const qsObject = { ...Object.fromEntries(pairs), status: ["answered", "missed"] };

function outcome(result: ParseResult): string {
  if (!result.ok) return result.error.code;
  return result.event.type === "call.ended" ? result.event.outcome : result.event.type;
}

function nodeRequest(url: string, contentType: string | undefined, body?: string, parsed?: unknown): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.url = url;
  req.method = body === undefined && parsed === undefined ? "GET" : "POST";
  req.headers = contentType === undefined ? {} : { "content-type": contentType };
  let done = false;
  req._read = () => {
    req.push(done || body === undefined ? null : body);
    done = true;
  };
  if (parsed !== undefined) Object.assign(req, { body: parsed });
  return req;
}

describe("a key sent twice: the last value wins on every path", () => {
  it("is the rule the events follow: answered alone is completed", () => {
    expect(outcome(parseCallback(JSON.stringify(sent), "application/json"))).toBe("completed");
  });

  const cases: [string, () => ParseResult | Promise<ParseResult>][] = [
    ["JSON text", () => parseCallback(jsonText, "application/json")],
    ["JSON bytes", () => parseCallback(bytes(jsonText), "application/json")],
    ["JSON sniffed", () => parseCallback(jsonText, null)],
    ["a form string", () => parseCallback(formText, FORM)],
    ["form bytes", () => parseCallback(bytes(formText), FORM)],
    ["a sniffed form", () => parseCallback(formText, null)],
    ["URLSearchParams", () => parseCallback(twice, null)],
    ["a qs-parsed form object (express.urlencoded extended)", () => parseCallback(qsObject, FORM)],
    ["options.query as a string", () => parseCallback(null, null, { query: formText })],
    ["options.query as URLSearchParams", () => parseCallback(null, null, { query: twice })],
    ["options.query as Express's req.query (arrays)", () => parseCallback(null, null, { query: qsObject })],
    ["parseIncomingMessage reading the stream", () => parseIncomingMessage(nodeRequest("/", FORM, formText))],
    ["parseIncomingMessage on a GET query", () => parseIncomingMessage(nodeRequest(`/?${formText}`, undefined))],
    [
      "parseIncomingMessage after express.urlencoded({ extended: true })",
      () => parseIncomingMessage(nodeRequest("/", FORM, undefined, qsObject)),
    ],
    [
      "parseRequest on a form POST",
      () =>
        parseRequest(
          new Request("https://example.com/", { method: "POST", headers: { "content-type": FORM }, body: formText }),
        ),
    ],
    ["parseRequest on a GET query", () => parseRequest(new Request(`https://example.com/?${formText}`))],
  ];

  for (const [name, run] of cases) {
    it(`in ${name}`, async () => {
      expect(outcome(await run())).toBe("missed");
    });
  }

  it("and the body still wins over the query", async () => {
    const body = new URLSearchParams([...pairs, ["status", "missed"]]).toString();
    const query = "status=answered&status=answered";
    expect(outcome(parseCallback(body, FORM, { query }))).toBe("missed");
    const request = new Request(`https://example.com/?${query}`, {
      method: "POST",
      headers: { "content-type": FORM },
      body,
    });
    expect(outcome(await parseRequest(request))).toBe("missed");
  });
});
