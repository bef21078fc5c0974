// Adversarial bodies of a given size, by shape family: the inputs of the scaling property test
// (test/property/scaling.test.ts) and of `npm run bench:hostile`. Each body opens with a small valid TeleCMI CDR,
// so that detection, validation and normalization run over every field the hostile part adds; its size is the
// size asked for, to the character (ASCII only, so characters are bytes).

const CDR_FORM =
  "type=cdr&cmiuuid=16132200-57fa-47b5-888d-4ab5b7e631ee&status=answered&direction=inbound&from=440000000002&to=440000000001&time=1634720920615&answeredsec=11";
const CDR_JSON =
  '"type":"cdr","cmiuuid":"16132200-57fa-47b5-888d-4ab5b7e631ee","status":"answered","direction":"inbound","from":440000000002,"to":440000000001,"time":1634720920615,"answeredsec":11';

/** Whole `unit`s filling `room` characters, the remainder made of `pad`. */
function fill(unit, room, pad) {
  const units = Math.max(0, Math.floor(room / unit.length));
  return unit.repeat(units) + pad.repeat(Math.max(0, room - units * unit.length));
}

/** `head` + whole units (the remainder padded) + `tail`: exactly `size` characters. */
const exactly = (size, head, unit, tail = "", pad = "x") =>
  head + fill(unit, size - head.length - tail.length, pad) + tail;

/** Unique items joined by `&` or `,`: exactly `size` characters with the head, the tail and the padding. */
function unique(size, head, item, joiner, tail = "", pad = "x") {
  const parts = [];
  let length = head.length + tail.length;
  for (let n = 0; ; n++) {
    const next = item(n);
    if (length + next.length + joiner.length > size) break;
    parts.push(next);
    length += next.length + joiner.length;
  }
  const body = head + parts.map((part) => part + joiner).join("");
  return body + pad.repeat(Math.max(0, size - body.length - tail.length)) + tail;
}

/**
 * The shape families. `kind` says how the body is sent: `form` (application/x-www-form-urlencoded, its floor is
 * URLSearchParams) or `json` (application/json, its floor is JSON.parse, of `floorText(body)` when given).
 */
export const FAMILIES = [
  // The quadratic case of issue 11: pairs without `=` before one that has it.
  { name: "separators: a&a&…a=", kind: "form", build: (size) => exactly(size, `${CDR_FORM}&`, "a&", "&a=") },
  { name: "separators: &&&…", kind: "form", build: (size) => exactly(size, `${CDR_FORM}&`, "&") },
  { name: "separators: a====…", kind: "form", build: (size) => exactly(size, `${CDR_FORM}&a=`, "=") },
  { name: "escapes: %41%41…", kind: "form", build: (size) => exactly(size, `${CDR_FORM}&a=`, "%41") },
  { name: "escapes: +++…", kind: "form", build: (size) => exactly(size, `${CDR_FORM}&a=`, "+") },
  { name: "escapes: invalid %zz&…", kind: "form", build: (size) => exactly(size, `${CDR_FORM}&`, "b=%zz&") },
  { name: "keys without values", kind: "form", build: (size) => unique(size, `${CDR_FORM}&`, (n) => `k${n}`, "&") },
  { name: "repeated keys", kind: "form", build: (size) => exactly(size, `${CDR_FORM}&`, "team=a&") },
  { name: "unique keys", kind: "form", build: (size) => unique(size, `${CDR_FORM}&`, (n) => `k${n}=v`, "&") },
  { name: "bracket keys", kind: "form", build: (size) => unique(size, `${CDR_FORM}&`, (n) => `a[${n}][b]=v`, "&") },
  { name: "long value", kind: "form", build: (size) => exactly(size, `${CDR_FORM}&team=`, "x") },
  { name: "long key", kind: "form", build: (size) => exactly(size, `${CDR_FORM}&`, "k", "=1") },
  {
    name: "long phone number",
    kind: "form",
    build: (size) => exactly(size, CDR_FORM.replace("from=440000000002", "from="), "4"),
  },
  { name: "JSON: long string", kind: "json", build: (size) => exactly(size, `{${CDR_JSON},"team":"`, "x", '"}') },
  { name: "JSON: escapes", kind: "json", build: (size) => exactly(size, `{${CDR_JSON},"team":"`, "\\u0041", '"}') },
  {
    name: "JSON: unique keys",
    kind: "json",
    build: (size) => unique(size, `{${CDR_JSON},`, (n) => `"k${n}":1`, ",", '"z":1}', " "),
  },
  { name: "JSON: big array", kind: "json", build: (size) => exactly(size, `{${CDR_JSON},"a":[`, "1,", "1]}", " ") },
  {
    name: "JSON: nesting",
    kind: "json",
    build: (size) => {
      const levels = Math.floor((size - CDR_JSON.length - 12) / 6);
      return exactly(size, `{${CDR_JSON},"p":${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`, " ", "}", " ");
    },
  },
  {
    name: "JSON: forbidden keys",
    kind: "json",
    build: (size) => exactly(size, `{${CDR_JSON},"a":[`, '{"__proto__":1},', "1]}", " "),
  },
  {
    name: "JSON: leading zeros",
    kind: "json",
    build: (size) => exactly(size, `{${CDR_JSON},"a":[`, "07,", "1]}", " "),
    // Not JSON as sent (TeleCMI's docs print such numbers): the floor parses the JSON it is read as.
    floorText: (body) => body.replaceAll("07,", '"07",'),
  },
];

/** The two sizes compared: 64 KiB and 1 MiB (the default cap). */
export const SIZES = [64 * 1024, 1024 * 1024];
