import { parseFlow, validateFlow, type Flow, type Problem } from "@/lib/flow";

/** File name for an exported flow: the flow's name, safe for every file system. */
export function exportFileName(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .toLowerCase();
  return `${base || "flow"}.sohbet.json`;
}

export function exportFlowJson(flow: Flow): string {
  return `${JSON.stringify(flow, null, 2)}\n`;
}

export type ImportResult =
  { ok: true; flow: Flow; problems: Problem[] } | { ok: false; path: string; message: string };

/** Reads an uploaded flow file: any version parseFlow upgrades, or the first bad field. */
export function importFlowJson(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, path: "", message: error instanceof Error ? error.message : "bad JSON" };
  }
  const parsed = parseFlow(json);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    return { ok: false, path: first?.path ?? "", message: first?.message ?? "invalid flow" };
  }
  return { ok: true, flow: parsed.flow, problems: validateFlow(parsed.flow) };
}
