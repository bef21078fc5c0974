import * as core from "libphonenumber-js/core";
import { getCountryCallingCode, parsePhoneNumberFromString, parsePhoneNumberWithError } from "libphonenumber-js/min";
import metadata from "libphonenumber-js/min/metadata";

function t(name, fn, n = 20000) {
  for (let i = 0; i < 2000; i++) fn(i);
  const s = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  console.log(name.padEnd(40), (Number(process.hrtime.bigint() - s) / n).toFixed(0), "ns");
}
t("fromString(n, 'AU')", () => parsePhoneNumberFromString("0390085900", "AU"));
t("fromString(n, {defaultCountry, extract:false})", () =>
  parsePhoneNumberFromString("0390085900", { defaultCountry: "AU", extract: false }),
);
t("core.parsePhoneNumberFromString", () =>
  core.parsePhoneNumberFromString("0390085900", { defaultCountry: "AU", extract: false }, metadata),
);
t("fromString intl +61", () => parsePhoneNumberFromString("+61390085900"));
t("getCountryCallingCode", () => getCountryCallingCode("AU"));
t(".number only", () => parsePhoneNumberFromString("0390085900", "AU").number);
t("isValid", () => parsePhoneNumberFromString("0390085900", "AU").isValid());
