export type { HeaderRecord, RequestParts, VerifiableRequest } from "./request-like.js";
export type { RequestOptions } from "./request-options.js";
export { type VerifyCallbackOptions, type VerifyResult, verifyCallback } from "./verify-callback.js";
export type { BasicCredential, HeaderCheck, IpAllowList, UrlTokenCheck, VerifyPolicy } from "./verify-policy.js";
