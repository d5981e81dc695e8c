/**
 * Just enough multipart/form-data parsing for the media upload endpoint (`file`, `type`,
 * `messaging_product` fields); the emulator must not pull in a dependency for it.
 */
export type MultipartPart = { name: string; filename?: string; contentType?: string; data: Buffer };

export function parseMultipart(
  body: Buffer,
  contentTypeHeader: string | undefined,
): MultipartPart[] | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentTypeHeader ?? "");
  const token = boundary?.[1] ?? boundary?.[2];
  if (!token) return null;
  const delimiter = Buffer.from(`--${token}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    // Each part: CRLF, headers, CRLF CRLF, data, CRLF, then the next delimiter.
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    if (split !== -1) {
      const headers = part.subarray(0, split).toString("utf8");
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      if (name !== undefined) {
        const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
        const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
        parts.push({ name, filename, contentType, data: Buffer.from(part.subarray(split + 4)) });
      }
    }
    start = next;
  }
  return parts;
}
