import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const examples = new URL("../examples/", import.meta.url);
const files = readdirSync(examples, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => readFileSync(new URL(entry.name, examples), "utf8").trimEnd());

// The section's ```ts blocks, each of which must be a file of examples/ (type-checked by `npm run typecheck`).
function snippetsOf(heading: string): string[] {
  const start = readme.indexOf(`\n${heading}\n`);
  const end = readme.indexOf("\n## ", start + heading.length + 2);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return Array.from(section.matchAll(/```ts\n([\s\S]*?)\n```/g), (match) => match[1] ?? "");
}

describe("README snippets", () => {
  it("of Protecting the callback URL are files of examples/, as they are", () => {
    const snippets = snippetsOf("### Protecting the callback URL");
    expect(snippets.length).toBe(5);
    for (const snippet of snippets) expect(files).toContain(snippet);
  });
});
