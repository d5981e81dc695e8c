import type { NodeGroup } from "@/lib/flow";

/** The accent of each palette group, shared by palette tiles, fallback cards and the minimap. */
export const groupStyle: Record<NodeGroup, { tile: string; minimap: string }> = {
  Messages: {
    tile: "bg-emerald-500/12 text-emerald-700 dark:text-emerald-300",
    minimap: "#10b981",
  },
  Questions: { tile: "bg-sky-500/12 text-sky-700 dark:text-sky-300", minimap: "#0ea5e9" },
  Logic: { tile: "bg-violet-500/12 text-violet-700 dark:text-violet-300", minimap: "#8b5cf6" },
  Actions: { tile: "bg-amber-500/15 text-amber-700 dark:text-amber-300", minimap: "#f59e0b" },
  Commerce: { tile: "bg-rose-500/12 text-rose-700 dark:text-rose-300", minimap: "#f43f5e" },
};
