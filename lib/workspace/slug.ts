const TURKISH: Record<string, string> = { ç: "c", ğ: "g", ı: "i", İ: "i", ö: "o", ş: "s", ü: "u" };

/** A readable URL segment from a workspace name; Turkish letters keep their base letter. */
export function slugify(name: string): string {
  const base = name
    .replace(/[çğıİöşüÇĞÖŞÜ]/g, (ch) => TURKISH[ch.toLowerCase()] ?? TURKISH[ch] ?? ch)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return base || "workspace";
}
