/** The last path segment of a URL, decoded: what WhatsApp shows for a document without a name. */
export function fileNameFromUrl(url: string): string {
  try {
    const segment = new URL(url).pathname.split("/").filter(Boolean).pop();
    return segment ? decodeURIComponent(segment) : new URL(url).hostname;
  } catch {
    return url;
  }
}

/** "PDF", "XLSX"… from a file name, or null. */
export function fileExtension(name: string): string | null {
  const match = /\.([a-z0-9]{1,5})$/i.exec(name);
  return match?.[1] ? match[1].toUpperCase() : null;
}
