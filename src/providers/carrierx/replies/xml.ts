/**
 * Tells whether text can be written into an XML 1.0 document: no control character other than tab, line feed
 * and carriage return (C0, DEL and C1 are refused: no TTS text, URL or id needs them), no U+FFFE/U+FFFF, and
 * no unpaired surrogate. One pass over the text.
 *
 * @param text The text.
 * @returns `true` when every character may be written.
 * @example
 * ```ts
 * isXmlSafe("Press 1\u0007");
 * //=> false
 * ```
 */
export function isXmlSafe(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x20) {
      if (code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
    } else if (code >= 0x7f && code <= 0x9f) {
      return false;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(at + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      at++;
    } else if ((code >= 0xdc00 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
      return false;
    }
  }
  return true;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Character references keep tab and line breaks as sent in an attribute value, which XML would turn into spaces.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
const TO_ESCAPE = /[&<>"'\t\n\r]/g;

/**
 * Escapes text for XML element content or a double-quoted attribute value.
 *
 * @param text Text that `isXmlSafe` accepts.
 * @returns The escaped text.
 * @example
 * ```ts
 * escapeXml(`Tom & "Jerry" <3`);
 * //=> "Tom &amp; &quot;Jerry&quot; &lt;3"
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(TO_ESCAPE, (character) => ESCAPES[character] ?? character);
}

/**
 * One validated FlexML element: its name under `verb` or `noun`, its text content under `text`, its nested
 * elements under `children`, and every other key an attribute (a string, a whole number or a boolean).
 *
 * @example
 * ```ts
 * const element: XmlElement = { verb: "Say", voice: "woman", text: "Hello" };
 * ```
 */
export type XmlElement = { readonly [key: string]: unknown };

/** The keys that are no attribute: the element's name and content. */
const isContentKey = (key: string): boolean => key === "verb" || key === "noun" || key === "text" || key === "children";

/**
 * Writes one validated element and its children as XML. The depth is the schema's (four levels at most), so the
 * recursion is bounded whatever the input was.
 *
 * @param element The element.
 * @returns The XML.
 * @example
 * ```ts
 * writeElement({ verb: "Pause", length: 2 });
 * //=> '<Pause length="2"/>'
 * ```
 */
export function writeElement(element: XmlElement): string {
  const name = String(element.verb ?? element.noun);
  let xml = `<${name}`;
  for (const key of Object.keys(element)) {
    const value = element[key];
    if (isContentKey(key) || value === undefined) continue;
    xml += ` ${key}="${escapeXml(String(value))}"`;
  }
  const { text, children } = element;
  if (typeof text === "string") return `${xml}>${escapeXml(text)}</${name}>`;
  if (Array.isArray(children) && children.length > 0) {
    xml += ">";
    for (const child of children) xml += writeElement(child);
    return `${xml}</${name}>`;
  }
  return `${xml}/>`;
}
