import { describe, expect, it } from "vitest";
import { runListen } from "../../src/cli/listen.js";
import { listenPolicy } from "../../src/cli/listen-verify.js";
import { fixture } from "../helpers/fixtures.js";
import { memoryIo } from "./io.js";

const PASSWORD = "Listen-pa55word";
const TOKEN = "tok_listen_7c1d9e";

// Starts `callhooks listen` with flags, runs the requests, stops it, and returns what it printed.
async function listen(flags: string[], requests: (url: string) => Promise<void>) {
  const io = memoryIo();
  const stop = new AbortController();
  const running = runListen(["--port", "0", ...flags], io, stop.signal);
  await expect.poll(() => io.err()).toMatch(/Listening on/);
  const url = /Listening on (\S+)/.exec(io.err())?.[1] ?? "";
  try {
    await requests(url);
  } finally {
    stop.abort();
    expect(await running).toBe(0);
  }
  return { out: io.out(), err: io.err() };
}

const cdr = fixture("telecmi", "cdr-incoming-answered.json");
const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: cdr.body ?? "" });

describe("callhooks listen --basic-auth, --token, --header, --allow-ip", () => {
  it("--basic-auth: 401 without the credentials, 200 with either of two; never prints the password", async () => {
    const statuses: number[] = [];
    const printed = await listen(
      ["--basic-auth", `kaleyra:${PASSWORD}`, "--basic-auth", "kaleyra:older-one"],
      async (url) => {
        statuses.push((await post(`${url}/hooks`)).status);
        statuses.push((await post(`${url}/hooks`, { authorization: `Basic ${btoa(`kaleyra:${PASSWORD}`)}` })).status);
        statuses.push((await post(`${url}/hooks`, { authorization: `Basic ${btoa("kaleyra:older-one")}` })).status);
        statuses.push((await post(`${url}/hooks`, { authorization: `Basic ${btoa("kaleyra:wrong")}` })).status);
      },
    );
    expect(statuses).toEqual([401, 200, 200, 401]);
    expect(printed.err).toMatch(/Each delivery must show HTTP Basic \(2 credentials\); others get 401\./);
    expect(printed.out).toMatch(
      /POST \/hooks {2}401 unauthorized: Refused before reading the body: the request has no Authorization/,
    );
    expect(`${printed.out}${printed.err}`).not.toMatch(/Listen-pa55word|older-one/);
  });

  it("--token: takes it out of the query, so neither the line nor --json shows it", async () => {
    const query = fixture("kaleyra", "call-end.query").text.trim();
    for (const json of [false, true]) {
      const statuses: number[] = [];
      const printed = await listen(["--token", `token=${TOKEN}`, ...(json ? ["--json"] : [])], async (url) => {
        statuses.push((await fetch(`${url}/webhooks/kaleyra?token=${TOKEN}&${query}`)).status);
        statuses.push((await fetch(`${url}/webhooks/kaleyra?token=nope&${query}`)).status);
      });
      expect(statuses).toEqual([200, 401]);
      expect(`${printed.out}${printed.err}`).not.toContain(TOKEN);
      if (json) expect(JSON.parse(printed.out.split("\n")[0] ?? "")).toMatchObject({ provider: "kaleyra" });
    }
  });

  it("--header and --allow-ip together", async () => {
    const statuses: number[] = [];
    const printed = await listen(["--header", `X-Callback-Key: ${TOKEN}`, "--allow-ip", "127.0.0.0/8"], async (url) => {
      statuses.push((await post(`${url}/hooks`, { "x-callback-key": TOKEN })).status);
      statuses.push((await post(`${url}/hooks`, { "x-callback-key": "nope" })).status);
    });
    expect(statuses).toEqual([200, 401]);
    expect(printed.err).toMatch(/the X-Callback-Key header \(1 value\), a client address in 1 range;/);
  });

  it("--allow-ip refuses an address outside its ranges, even with a forged X-Forwarded-For", async () => {
    const statuses: number[] = [];
    await listen(["--allow-ip", "203.0.113.0/24"], async (url) => {
      statuses.push((await post(`${url}/hooks`, { "x-forwarded-for": "203.0.113.5" })).status);
    });
    expect(statuses).toEqual([401]);
  });

  it.each([
    [["--basic-auth", "kaleyra"], /--basic-auth takes user:password/],
    [["--basic-auth", "kaleyra:"], /The protection flags are invalid: verify.basicAuth\[0\].password is empty/],
    [["--token", "token"], /--token takes name=value/],
    [["--token", "a=1", "--token", "b=2"], /--token names one URL parameter/],
    [["--header", "X-A 1"], /--header takes "Name: value"/],
    [["--header", "X-A: 1", "--header", "X-B: 2"], /--header names one header/],
    [["--allow-ip", "203.0.113.5/24"], /"203.0.113.5\/24" has bits set after its prefix length/],
    [["--trust-proxy", "1"], /--trust-proxy goes with --allow-ip/],
    [["--allow-ip", "127.0.0.1", "--trust-proxy", "x"], /trustProxy must be a number|whole number/],
  ])("exits 2 on %j", async (flags, message) => {
    const io = memoryIo();
    expect(await runListen(flags, io, new AbortController().signal)).toBe(2);
    expect(io.err()).toMatch(message);
  });

  it("builds no policy without protection flags", () => {
    expect(listenPolicy({})).toEqual({ ok: true, policy: undefined, summary: "" });
  });
});
