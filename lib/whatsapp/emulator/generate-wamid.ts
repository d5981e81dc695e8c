import { randomBytes } from "node:crypto";

/** A message id in Meta's style: `wamid.` and base64 of opaque bytes. Unique per call. */
export function generateWamid(): string {
  return `wamid.${randomBytes(24).toString("base64")}`;
}
