// Writes src/normalize/phone-data/ from libphonenumber-js's metadata (metadata.min.json, a devDependency): what
// callhooks' phone reader (src/normalize/phone-plans.ts) needs to read a national number and to tell a number
// valid, for every region libphonenumber-js knows, and nothing else (no formats: they are most of the metadata).
//   node scripts/phone-data.mjs          check: exits 1 when the file is stale (run in `npm test`)
//   node scripts/phone-data.mjs --write  rewrite it (`npm run phone-data`, after updating libphonenumber-js)
//
// One line per numbering plan, in the order of the metadata's calling codes (the main region of a shared calling
// code first, as libphonenumber-js tries them), then the non-geographic plans; its fields separated by one space (no pattern holds a space):
//   key callingCode idd nationalNumberPattern lengths nationalPrefixForParsing transformRule leadingDigits [types…]
// - key: the region (ISO 3166 alpha-2), or the calling code of a non-geographic plan (800, 808, 870, …);
// - lengths: the possible lengths of a national number, one base-36 digit each (`56789ac` = 5, 6, 7, 8, 9, 10, 12);
// - nationalPrefixForParsing: the metadata's own, else the national prefix (as libphonenumber-js falls back);
// - types: present only where the metadata has number types (it keeps them where they tell apart the regions of a
//   shared calling code): each `pattern` or `pattern/lengths`; a type with an empty pattern never matches and is
//   left out. A plan with types and none left would end in one empty field (none does; the script checks).
// Empty fields are empty strings.
// The whole table's regular expressions (every field but key, callingCode, lengths and transformRule) are written
// short, as src/normalize/phone-plans.ts's patternSource reads them back: `d` for `\d`, `(` for `(?:`, `<` for a capturing `(`, and each
// digit class as two letters of CLASS_LETTERS, the high and low five bits of the mask of its digits (`[2-57-9]`:
// digits 2 3 4 5 7 8 9, 0b1110111100 = 956 = 29·32 + 28, `ec`). The metadata writes a class's runs of three or more
// digits as a range and shorter ones digit by digit, so the mask gives back its text (the script checks each).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { importSource } from "./lib/registry.mjs";

const require = createRequire(import.meta.url);
const metadata = require("libphonenumber-js/metadata.min.json");
const { version } = require("libphonenumber-js/package.json");

// Regions a provider reads national numbers in without options.defaultCountry and without the whole table, each
// written apart as a one-plan table: Kaleyra's legacy IVR sends Indian national numbers
// (docs/providers/kaleyra.md#ten-digit-numbers). A one-plan table is exact only for a region whose calling code no
// other region shares and whose international prefix is `00` (a national number never leaves its plan: numbers
// that start with 00 are read as international before a plan is asked; src/normalize/phone.ts).
const ALONE = ["IN"];

const DIR = "src/normalize/phone-data";
const write = process.argv.includes("--write");
const problems = [];

const text = (value) => (typeof value === "string" ? value : "");
const lengths = (list) => (Array.isArray(list) ? list.map((length) => length.toString(36)).join("") : "");

if (metadata.version !== 4) problems.push(`metadata.min.json is version ${metadata.version}, the reader knows 4`);

// The reader's own letters and read-back (src/normalize/phone-plans.ts): what is written short is checked to read
// back to the metadata's text, letter for letter.
const { CLASS_LETTERS, patternSource } = await importSource("src/normalize/phone-plans.ts");

/** A pattern as the metadata writes it (a one-plan table's). */
const long = (_key, pattern) => pattern;

/** A pattern written short (see above); what it cannot write short is a problem. */
function short(key, pattern) {
  if (/[A-Za-z<]/.test(pattern.replaceAll("\\d", "")) || /\(\?(?!:)/.test(pattern))
    problems.push(`${key} has a pattern the short form cannot hold`);
  const written = pattern.replace(/\[[^\]]*\]|\\d|\(\?:|\(/g, (token) => {
    if (token === "\\d") return "d";
    if (token === "(?:") return "(";
    if (token === "(") return "<";
    let mask = 0;
    for (const [, from, to = from] of token.matchAll(/(\d)(?:-(\d))?/g))
      for (let digit = Number(from); digit <= Number(to); digit++) mask |= 1 << digit;
    return `${CLASS_LETTERS[mask >> 5]}${CLASS_LETTERS[mask & 31]}`;
  });
  if (patternSource(written) !== pattern)
    problems.push(`${key}'s pattern ${pattern} does not read back from ${written}`);
  return written;
}

function planLine(key, plan, write = short) {
  // [0] calling code, [1] international prefix, [2] national number pattern, [3] possible lengths, [5] national
  // prefix, [7] national prefix for parsing, [8] its transform rule, [10] leading digits, [11] types
  // (libphonenumber-js's source/metadata.js reads the same positions).
  const fields = [
    key,
    plan[0],
    write(key, text(plan[1])),
    write(key, text(plan[2])),
    lengths(plan[3]),
    write(key, text(plan[7]) || text(plan[5])),
    text(plan[8]),
    write(key, text(plan[10])),
  ];
  if (!Array.isArray(plan[3]) || plan[3].length === 0) problems.push(`${key} has no possible lengths`);
  if (plan[3]?.some((length) => length > 35)) problems.push(`${key} has a length over 35`);
  const types = plan[11];
  if (Array.isArray(types) && types.length > 0) {
    const kept = types
      .filter((type) => Array.isArray(type) && text(type[0]) !== "")
      .map((type) => write(key, type[0]) + (Array.isArray(type[1]) ? `/${lengths(type[1])}` : ""));
    fields.push(...(kept.length > 0 ? kept : [""]));
  }
  // A space would split a field; a backtick or `${` would end or break the template literal.
  for (const field of fields) if (/\s|`|\$\{/.test(field)) problems.push(`${key} has a field the format cannot hold`);
  return fields.join(" ");
}

const lines = [];
const alone = {};
for (const [callingCode, regions] of Object.entries(metadata.country_calling_codes)) {
  for (const region of regions) {
    const plan = metadata.countries[region];
    if (plan === undefined) problems.push(`no plan for ${region} (${callingCode})`);
    else if (plan[0] !== callingCode)
      problems.push(`${region}'s calling code is ${plan[0]}, listed under ${callingCode}`);
    else {
      const line = planLine(region, plan);
      lines.push(line);
      if (ALONE.includes(region)) {
        if (regions.length !== 1)
          problems.push(`${region} shares calling code ${callingCode}: it cannot be read alone`);
        if (plan[1] !== "00") problems.push(`${region}'s international prefix is not 00: it cannot be read alone`);
        // Written long: a one-plan table is read without patternSource, which its bundle then leaves out
        // (callhooks/kaleyra 14.66 → 14.51 kB, npm run size).
        alone[region] = planLine(region, plan, long);
      }
    }
  }
}
// The non-geographic calling codes (800, 808, …) are listed apart, not among the calling codes of regions.
for (const [callingCode, plan] of Object.entries(metadata.nonGeographic)) {
  if (plan[0] !== callingCode || callingCode in metadata.country_calling_codes)
    problems.push(`non-geographic ${callingCode}`);
  else lines.push(planLine(callingCode, plan));
}
const regions = Object.keys(metadata.countries).sort();
for (const region of regions) if (!/^[A-Z]{2}$/.test(region)) problems.push(`region ${region} is not two letters`);
if (lines.length !== regions.length + Object.keys(metadata.nonGeographic).length) problems.push("plans are missing");

/** A template literal's text: every backslash doubled (the patterns' `\d`); nothing else needs escaping. */
const literal = (value) => `\`${value.replaceAll("\\", "\\\\")}\``;

// A module each, so that a bundle (and a chunk of the build) holds only the table it uses: the whole table where
// national numbers of any region are read, one region's where a provider reads that region's alone.
const HEADER = `// Generated by \`npm run phone-data\` (scripts/phone-data.mjs) from libphonenumber-js ${version}'s metadata.min.json:
// do not edit. \`npm test\` fails when it is stale. The format is described in scripts/phone-data.mjs.
`;
const files = {
  [`${DIR}/plan-table.ts`]: `${HEADER}
/**
 * The numbering plan of every region and non-geographic calling code: one line each (scripts/phone-data.mjs).
 *
 * @example
 * \`\`\`ts
 * PHONE_PLAN_TABLE.split("\\n").length;
 * //=> ${lines.length}
 * \`\`\`
 */
export const PHONE_PLAN_TABLE = ${literal(lines.join("\n"))};
`,
  ...Object.fromEntries(
    Object.entries(alone).map(([region, line]) => [
      `${DIR}/plan-${region.toLowerCase()}.ts`,
      `${HEADER}
/**
 * ${region}'s numbering plan alone, a one-plan table (its line of \`PHONE_PLAN_TABLE\`, its patterns written as they are).
 *
 * @example
 * \`\`\`ts
 * PHONE_PLAN_${region}.startsWith("${region} ");
 * //=> true
 * \`\`\`
 */
export const PHONE_PLAN_${region} = ${literal(line)};
`,
    ]),
  ),
};

if (problems.length > 0) {
  console.error(`scripts/phone-data.mjs: libphonenumber-js ${version}'s metadata does not fit the reader:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}

const stale = [];
for (const [path, source] of Object.entries(files)) {
  const formatted = execFileSync("node_modules/.bin/biome", ["format", `--stdin-file-path=${path}`], {
    input: source,
    encoding: "utf8",
  });
  let before = "";
  try {
    before = readFileSync(path, "utf8");
  } catch {}
  if (before === formatted) continue;
  stale.push(path);
  if (write) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, formatted);
  }
}
const others = readdirSync(DIR).filter((name) => !(`${DIR}/${name}` in files));
for (const name of others) {
  stale.push(`${DIR}/${name} (no longer generated)`);
  if (write) rmSync(`${DIR}/${name}`);
}
if (stale.length === 0) console.log(`${DIR}/ is up to date (libphonenumber-js ${version}: ${lines.length} plans)`);
else if (write) console.log(`wrote ${DIR}/ from libphonenumber-js ${version}: ${lines.length} plans`);
else {
  console.error(`stale (libphonenumber-js ${version}): ${stale.join(", ")}: run npm run phone-data`);
  process.exit(1);
}
