/**
 * Business-scoped user ids look like `US.13491208655302741918` (or `US.ENT.…` for parent ids): a
 * country code, a dot, up to 128 alphanumerics. Phone numbers never contain a dot.
 */
export function isBusinessScopedUserId(value: string): boolean {
  return /^[A-Z]{2}(\.ENT)?\.[A-Za-z0-9]{1,128}$/.test(value);
}
