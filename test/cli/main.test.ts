import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readArgs } from "../../src/cli/args.js";
import { EVENT_TYPES, LISTEN_HELP, MAIN_HELP, PARSE_HELP, REPLAY_HELP, SEND_HELP } from "../../src/cli/help.js";
import { main } from "../../src/cli/main.js";
import { suggest } from "../../src/cli/suggest.js";
import { PROVIDERS } from "../../src/providers/registry.js";
import * as samples from "../../src/samples/index.js";
import { memoryIo } from "./io.js";

const never = new AbortController().signal;
const run = async (...argv: string[]) => {
  const io = memoryIo();
  const status = await main(argv, io, never);
  return { status, out: io.out(), err: io.err() };
};

describe("callhooks", () => {
  it("prints the package's version", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(await run("--version")).toEqual({ status: 0, out: `${version}\n`, err: "" });
    expect((await run("-v")).out).toBe(`${version}\n`);
  });

  it("answers an unknown command or option with one line that suggests the closest", async () => {
    expect(await run("lisen")).toEqual({
      status: 2,
      out: "",
      err: 'callhooks: unknown command "lisen" (did you mean listen?). Run "callhooks --help".\n',
    });
    expect((await run("--verison")).err).toBe(
      'callhooks: unknown option "--verison" (did you mean --version?). Run "callhooks --help".\n',
    );
    expect((await run("frobnicate")).err).toBe('callhooks: unknown command "frobnicate". Run "callhooks --help".\n');
    expect((await run("\u001b[2J")).err).toContain("\\u001b[2J");
    expect((await run("listen", "--prot", "5000")).err).toBe(
      'callhooks listen: unknown option --prot (did you mean --port?). Run "callhooks listen --help".\n',
    );
    expect((await run("listen", "--forward", "http://x")).err).toMatch(/unknown option --forward\. /);
  });

  it("lists the samples, of one provider or all, as text or JSON lines", async () => {
    const kaleyra = await run("samples", "kaleyra");
    expect(kaleyra.status).toBe(0);
    const lines = kaleyra.out.trimEnd().split("\n");
    expect(lines).toHaveLength(samples.list("kaleyra").length);
    expect(lines[0]).toMatch(/^kaleyra\/call-answer.query +GET {3}call.answered$/);
    const json = await run("samples", "--json");
    expect(
      json.out
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual(samples.list());
    expect((await run("samples", "kaleyr")).err).toMatch(/no provider is called "kaleyr" \(did you mean kaleyra\?\)/);
    expect((await run("samples", "carrierx")).out).toMatch(/^carrierx\/sms-inbound.json +POST {2}-$/m);
  });

  it("derives the providers and event types in its help from the registry", () => {
    for (const provider of PROVIDERS) {
      expect(MAIN_HELP).toContain(provider.name);
      expect(PARSE_HELP).toContain(provider.id);
      expect(SEND_HELP).toContain(provider.id);
      expect(REPLAY_HELP).toContain(provider.id);
    }
    expect(SEND_HELP).toContain(EVENT_TYPES.join(", ").replace(/, (?!.*, )/, " or "));
    expect(LISTEN_HELP).toContain("--forward-to URL");
  });

  it("names only samples that exist in its help's examples", () => {
    const named = [MAIN_HELP, PARSE_HELP, SEND_HELP, REPLAY_HELP].join("\n").match(/\b[a-z]+\/[\w.-]+/g) ?? [];
    const sampleNames = named.filter((name) => PROVIDERS.some((provider) => name.startsWith(`${provider.id}/`)));
    expect(sampleNames.length).toBeGreaterThan(3);
    for (const name of sampleNames) expect(samples.get(name), name).toBeDefined();
  });
});

describe("suggest", () => {
  it("suggests a name at most two edits away, the closest first", () => {
    expect(suggest("lisen", ["parse", "listen", "send"])).toBe("listen");
    expect(suggest("sned", ["send", "samples"])).toBe("send");
    expect(suggest("replayy", ["replay", "parse"])).toBe("replay");
    expect(suggest("xyz", ["parse", "listen"])).toBeUndefined();
    expect(suggest("a".repeat(10_000), ["a"])).toBeUndefined();
  });
});

describe("readArgs", () => {
  it("reads flags and positionals, and refuses an unknown short flag too", () => {
    const options = { port: { type: "string" }, json: { type: "boolean", short: "j" } } as const;
    expect(readArgs("listen", ["--port", "1", "-j", "x"], options, true)).toEqual({
      ok: true,
      values: { port: "1", json: true },
      positionals: ["x"],
    });
    expect(readArgs("listen", ["-x"], options, true)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/unknown option -x\./),
    });
    expect(readArgs("listen", ["x"], options, false)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/unexpected argument "x" \(this command takes flags only\)\./),
    });
  });
});
