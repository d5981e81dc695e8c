import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** lib/flow must stay pure: clock, randomness and I/O come in through `ctx`, never from globals. */
const FORBIDDEN: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, "reads the clock"],
  [/new Date\(\s*\)/, "reads the clock"],
  [/\bMath\.random\s*\(/, "uses unseeded randomness"],
  [/\bperformance\.now\s*\(/, "reads the clock"],
  [/\bfetch\s*\(/, "does network I/O"],
  [/\bprocess\./, "reads the process environment"],
  [/from\s+["'](?:node:|fs|path|http|https|net|child_process)/, "imports Node I/O"],
  [/from\s+["'](?:react|react-dom|next|@xyflow|lucide-react)/, "imports UI code"],
  [/\beval\s*\(|new Function\s*\(/, "evaluates code"],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "testing" || entry.name === "property" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("lib/flow purity", () => {
  const root = import.meta.dirname;
  const files = sourceFiles(root);

  it("finds the module's sources", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("never reads the clock, randomness, network, files or UI code", () => {
    const offences = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(
        ([, why]) => `${relative(root, file)} ${why}`,
      );
    });
    expect(offences).toEqual([]);
  });
});
