/** A short id that is not in `taken`; readable in exported JSON (`buttons_k3f9a2`). */
export function newId(prefix: string, taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `${prefix}_${crypto.randomUUID().replace(/-/g, "").slice(0, 6)}`;
    if (!taken.has(id)) return id;
  }
}
