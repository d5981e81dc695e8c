/**
 * JSON as Meta writes it on the wire: non-ASCII characters escaped as `\uXXXX` and `/` as `\/`.
 * Posting bodies in this form is what proves the app verifies signatures over the raw bytes: a
 * body re-serialised with JSON.stringify would no longer match.
 */
export function serializeLikeMeta(body: unknown): string {
  // Outside strings JSON has no "/" and no non-ASCII, so escaping them everywhere is safe.
  return (JSON.stringify(body) ?? "null")
    .replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/\//g, "\\/");
}
