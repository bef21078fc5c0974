import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/min";
import type { PhoneNumber } from "../events.js";
import { isKnownRegion, readPhoneNumber } from "./phone.js";

const SEPARATORS = /[\s().-]/g;
const DIGITS_WITHOUT_TRUNK_ZERO = /^[1-9]\d*$/;

/**
 * Reads a number from a provider that sends international digits without `+`, but may also pass on a national
 * number without its trunk `0` (an Indian mobile written `9845012345`, as a customer gave it to the API). With
 * a region, digits that are not a valid international number but are a
 * valid national number of that region, as they stand, are read as national; anything else is read as
 * `readPhoneNumber` reads international digits. Without a region nothing is guessed.
 *
 * Hint: `readPhoneNumber` with `international: true` turns `9845012345` into `+9845012345` whatever the
 * region, because every 7–15 digit string is taken as international there.
 *
 * @param value The value as sent (string or JSON number).
 * @param region `options.defaultCountry`, upper case, if given.
 * @returns The phone number, or `null` when absent.
 * @example
 * ```ts
 * readMixedPhoneNumber("9845012345", "IN");
 * //=> { raw: "9845012345", e164: "+919845012345" }
 * readMixedPhoneNumber("919845012345", "IN");
 * //=> { raw: "919845012345", e164: "+919845012345" }
 * ```
 */
export function readMixedPhoneNumber(value: unknown, region: string | undefined): PhoneNumber | null {
  const phone = readPhoneNumber(value, { international: true, region });
  if (phone === null || region === undefined || !isKnownRegion(region)) return phone;
  const digits = phone.raw.replace(SEPARATORS, "");
  // `+…`, `00…` and trunk-0 national numbers are already read right by readPhoneNumber.
  if (!DIGITS_WITHOUT_TRUNK_ZERO.test(digits)) return phone;
  if (parsePhoneNumberFromString(`+${digits}`)?.isValid()) return phone;
  const national = parsePhoneNumberFromString(digits, region as CountryCode);
  // `nationalNumber === digits`: the digits are national as sent, not a country code libphonenumber stripped.
  return national?.isValid() && national.nationalNumber === digits ? { raw: phone.raw, e164: national.number } : phone;
}
