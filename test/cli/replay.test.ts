import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { replayOrder } from "../../src/cli/run-replay.js";
import { shuffled } from "../../src/cli/shuffle.js";
import { applyEvent, type CallRecord, callKey, parseCallback } from "../../src/index.js";
import * as samples from "../../src/samples/index.js";
import { memoryIo } from "./io.js";
import { type Recorded, type Recorder, startRecorder } from "./recorder.js";

let app: Recorder | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const replay = async (...argv: string[]) => {
  const io = memoryIo();
  const status = await main(["replay", ...argv], io, new AbortController().signal);
  return { status, out: io.out(), err: io.err() };
};

/** What a delivery was, as the app saw it: enough to tell every sample apart. */
const seen = (request: Recorded) => `${request.method} ${request.path} ${request.query} ${request.body.toString()}`;
const sent = (sample: samples.SampleDelivery, path: string) =>
  `${sample.method} ${path} ${sample.query} ${sample.body ?? ""}`;

describe("replayOrder", () => {
  it("repeats the whole set, then shuffles it the same way for the same seed", () => {
    expect(replayOrder(["a", "b", "c"], 2, undefined)).toEqual(["a", "b", "c", "a", "b", "c"]);
    const once = replayOrder(["a", "b", "c", "d", "e", "f"], 2, 1);
    expect(replayOrder(["a", "b", "c", "d", "e", "f"], 2, 1)).toEqual(once);
    expect(replayOrder(["a", "b", "c", "d", "e", "f"], 2, 2)).not.toEqual(once);
    expect([...once].sort()).toEqual(["a", "a", "b", "b", "c", "c", "d", "d", "e", "e", "f", "f"]);
  });

  it("draws every order of a small set, evenly (Fisher–Yates, not a biased sort)", () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 6000; seed++) {
      const order = shuffled([1, 2, 3], seed).join("");
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(count).toBeGreaterThan(850);
  });
});

describe("callhooks replay", () => {
  it("delivers each sample of the providers named twice, shuffled by the seed, and sums it up", async () => {
    app = await startRecorder((request, res) => res.writeHead(request.method === "GET" ? 204 : 200).end());
    const to = `${app.url.replace("//", "//user:secret@")}/{provider}?token=t0ken`;
    const { status, out } = await replay(
      "kaleyra",
      "urlnetworks",
      "--to",
      to,
      "--shuffle",
      "--duplicate",
      "2",
      "--seed",
      "1",
    );
    expect(status).toBe(0);
    expect(out).toContain(` to ${app.url}/{provider}, 1 at a time.\n`);
    expect(out).not.toMatch(/secret|t0ken/);
    expect(app.requests[0]?.headers.authorization).toBe(`Basic ${btoa("user:secret")}`);
    const set = [...samples.list("kaleyra"), ...samples.list("urlnetworks")];
    const expected = replayOrder(set, 2, 1).map((sample) =>
      sent(
        { ...sample, query: sample.query === "" ? "token=t0ken" : `token=t0ken&${sample.query}` },
        `/${sample.provider}`,
      ),
    );
    expect(app.requests.map(seen)).toEqual(expected);
    const gets = set.filter((sample) => sample.method === "GET").length * 2;
    expect(out).toMatch(
      new RegExp(`^Replaying ${set.length * 2} deliveries \\(${set.length} × 2, shuffled with --seed 1\\)`),
    );
    expect(out).toMatch(
      new RegExp(
        `Sent ${set.length * 2} of ${set.length * 2} in [\\d.]+ s: 200 ×${set.length * 2 - gets}, 204 ×${gets}\\. Failed \\(no answer or 5xx\\): 0\\.\\n$`,
      ),
    );
  });

  it("reads a folder's .json, .form and .query files, subfolders too, with the provider its folder names", async () => {
    app = await startRecorder();
    const folder = mkdtempSync(join(tmpdir(), "callhooks-replay-"));
    mkdirSync(join(folder, "kaleyra"));
    writeFileSync(join(folder, "kaleyra", "end.query"), "event=call_end&id=1\n");
    writeFileSync(join(folder, "cdr.json"), '{"type":"cdr"}');
    writeFileSync(join(folder, "notes.txt"), "not a delivery");
    const { status } = await replay(folder, "--to", `${app.url}/hooks/{provider}`, "--provider", "telecmi");
    expect(status).toBe(0);
    expect(app.requests.map(seen)).toEqual([
      'POST /hooks/telecmi  {"type":"cdr"}',
      "GET /hooks/kaleyra event=call_end&id=1 ",
    ]);
  });

  it("keeps at most --concurrency deliveries in flight", async () => {
    let inFlight = 0;
    let most = 0;
    app = await startRecorder((_, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        res.end();
      }, 20);
    });
    const { status } = await replay("wavecell", "--to", app.url, "--concurrency", "3");
    expect(status).toBe(0);
    expect(app.requests).toHaveLength(samples.list("wavecell").length);
    expect(most).toBe(3);
  });

  it("counts a 5xx and no answer as failures, lists them, and exits 1", async () => {
    app = await startRecorder((request, res) =>
      res.writeHead(request.path.endsWith("kaleyra") ? 500 : 200).end("boom"),
    );
    const { status, out } = await replay("kaleyra", "telecmi/cdr-incoming-answered", "--to", `${app.url}/{provider}`);
    expect(status).toBe(1);
    const kaleyra = samples.list("kaleyra").length;
    expect(out).toMatch(new RegExp(`: 200 ×1, 500 ×${kaleyra}\\. Failed \\(no answer or 5xx\\): ${kaleyra}\\.`));
    expect(out).toMatch(/ {2}✘ 1: kaleyra\/call-answer.query: 500 Internal Server Error {2}boom\n/);
    expect(out).toMatch(new RegExp(`… and ${kaleyra - 10} more\\n$`));
  });

  it("proves a handler that folds events with applyEvent idempotent: the same records, shuffled and repeated", async () => {
    const records = new Map<string, CallRecord>();
    app = await startRecorder((request, res) => {
      const provider = request.path.slice(1) as "telecmi";
      const result = parseCallback(
        request.body.byteLength === 0 ? null : request.body,
        request.headers["content-type"],
        {
          provider,
          query: request.query,
        },
      );
      const key = result.ok ? callKey(result.event) : null;
      if (result.ok && key !== null) {
        const folded = applyEvent(records.get(key) ?? null, result.event);
        if (folded.ok) records.set(key, folded.record);
      }
      res.writeHead(result.ok || result.error.code === "unsupported_event" ? 200 : 400).end();
    });
    expect((await replay("telecmi", "--to", `${app.url}/{provider}`)).status).toBe(0);
    const inOrder = structuredClone(Object.fromEntries(records));
    records.clear();
    const chaos = await replay(
      "telecmi",
      "--to",
      `${app.url}/{provider}`,
      "--shuffle",
      "--duplicate",
      "3",
      "--seed",
      "7",
      "--concurrency",
      "4",
    );
    expect(chaos.status).toBe(0);
    expect(Object.fromEntries(records)).toEqual(inOrder);
    expect(Object.keys(inOrder).length).toBeGreaterThan(5);
  });

  it.each([
    [["--to", "http://x"], /name a folder, samples or a provider/],
    [["telecmi"], /--to URL is required/],
    [["telecmi", "--to", "http://x", "--seed", "1"], /--seed goes with --shuffle/],
    [["telecmi", "--to", "http://x", "--shuffle", "--seed", "1.5"], /--seed takes a whole number/],
    [["telecmi", "--to", "http://x", "--duplicate", "101"], /--duplicate takes a whole number from 1 to 100/],
    [["telecmi", "--to", "http://x", "--concurrency", "0"], /--concurrency takes a whole number from 1 to 64/],
    [["telecmy", "--to", "http://x"], /No file or sample is called telecmy \(did you mean telecmi\?\)/],
    [["telecmi", "--to", "http://x", "--shufle"], /unknown option --shufle \(did you mean --shuffle\?\)/],
  ])("refuses %j with one line and exit status 2", async (argv, message) => {
    const { status, err } = await replay(...argv);
    expect(status).toBe(2);
    expect(err).toMatch(message);
    expect(err.trimEnd().split("\n")).toHaveLength(1);
  });

  it("stops on Ctrl-C: nothing more is sent, the summary so far is printed, exit 130", async () => {
    app = await startRecorder((_request, res) => {
      if (app && app.requests.length < 3) res.end();
    });
    const stop = new AbortController();
    const io = memoryIo();
    const running = main(["replay", "wavecell", "--to", app.url], io, stop.signal);
    await expect.poll(() => app?.requests.length).toBe(3);
    stop.abort();
    expect(await running).toBe(130);
    expect(io.out()).toMatch(new RegExp(`Sent 2 of ${samples.list("wavecell").length} in`));
    expect(app.requests).toHaveLength(3);
  });
});
