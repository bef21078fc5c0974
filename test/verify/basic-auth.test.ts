import { describe, expect, it } from "vitest";
import { readBasicCredentials } from "../../src/verify/basic-auth.js";

const text = (header: string | undefined): string => {
  const read = readBasicCredentials(header);
  return read.ok
    ? new TextDecoder().decode(Uint8Array.from(read.binary, (char) => char.charCodeAt(0)))
    : `✘ ${read.problem}`;
};
const basic = (credentials: string): string => `Basic ${btoa(credentials)}`;

describe("readBasicCredentials", () => {
  it("decodes the credentials, the scheme in any case", () => {
    expect(text(basic("kaleyra:s3cret"))).toBe("kaleyra:s3cret");
    expect(text(`basic ${btoa("kaleyra:s3cret")}`)).toBe("kaleyra:s3cret");
    expect(text(`BASIC  ${btoa("kaleyra:s3cret")}`)).toBe("kaleyra:s3cret");
    expect(text("Basic a2FsZXlyYTpzM2NyZXQ")).toBe("kaleyra:s3cret"); // padding left out
  });

  it("keeps the bytes of UTF-8 credentials", () => {
    expect(text(`Basic ${Buffer.from("kaleyra:pässword").toString("base64")}`)).toBe("kaleyra:pässword");
  });

  it("tells a missing header, another scheme and malformed credentials apart", () => {
    expect(text(undefined)).toBe("✘ missing");
    expect(text("")).toBe("✘ missing");
    expect(text("Bearer a2FsZXlyYTpzM2NyZXQ=")).toBe("✘ not_basic");
    expect(text("Basicky a2FsZXlyYTpzM2NyZXQ=")).toBe("✘ not_basic");
    expect(text("Basic")).toBe("✘ malformed");
    expect(text("Basic a2Fs ZXly")).toBe("✘ malformed");
    expect(text("Basic a2FsZXlyYTpzM2NyZXQ=x")).toBe("✘ malformed");
    expect(text("Basic a")).toBe("✘ malformed"); // not a whole byte
    expect(text("Basic kaleyra:s3cret")).toBe("✘ malformed");
  });
});
