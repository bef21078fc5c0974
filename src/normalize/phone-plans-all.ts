import { registerPhonePlans } from "./phone.js";
import { PHONE_PLAN_TABLE } from "./phone-data/plan-table.js";
import { type PhonePlans, patternSource, phonePlans } from "./phone-plans.js";

/**
 * The plans of every region and non-geographic calling code, from the whole table (6 kB min+gzip). Where this
 * constant is in a bundle, it has made itself the table every reader uses (`registeredPhonePlans`); a bundle that
 * does not use it leaves it out, and the table with it (it is a module of its own so that a chunk of the build that
 * does not need the table does not hold it either).
 *
 * @example
 * ```ts
 * PHONE_PLANS.regionsOf("61");
 * //=> ["AU", "CC", "CX"]
 * ```
 */
export const PHONE_PLANS: PhonePlans = /* @__PURE__ */ registerPhonePlans(phonePlans(PHONE_PLAN_TABLE, patternSource));
