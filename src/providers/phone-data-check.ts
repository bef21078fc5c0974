import { invalidOption } from "../decode/limits.js";
import { registeredPhonePlans } from "../normalize/phone.js";
import type { CallbackParser } from "../parse-callback.js";

/** Whether `options.defaultCountry` is a string, read without throwing (the parser reports a bad options object). */
function regionAsked(options: unknown): boolean {
  try {
    return typeof (options as { defaultCountry?: unknown } | null | undefined)?.defaultCountry === "string";
  } catch {
    return false;
  }
}

/**
 * A provider subpath's parser: the same, but while the numbering plans of every region are not loaded (a subpath
 * whose numbers are international leaves them out: 8 kB), a parse with `options.defaultCountry` is refused with an
 * `invalid_payload` error that says how to load them, never read without them. `import "callhooks/phone-data"`
 * loads them, and so do `callhooks` and `callhooks/urlnetworks`.
 *
 * @param parse The subpath's parser.
 * @param subpath The subpath, for the message (`"callhooks/telecmi"`).
 * @returns The parser.
 * @example
 * ```ts
 * export const parse = withPhoneDataCheck(createCallbackParser([telecmi]), "callhooks/telecmi");
 * parse(body, "application/json", { defaultCountry: "IN" }).ok;
 * //=> false, until `import "callhooks/phone-data"`
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function withPhoneDataCheck<E>(parse: CallbackParser<E>, subpath: string): CallbackParser<E> {
  return (body, contentType, options) =>
    registeredPhonePlans() === undefined && regionAsked(options)
      ? invalidOption(
          "defaultCountry",
          `needs the phone numbering plans, which ${subpath} leaves out to stay small: add \`import "callhooks/phone-data";\` once in your app (or use parseCallback from "callhooks", which has them).`,
        )
      : parse(body, contentType, options);
}
