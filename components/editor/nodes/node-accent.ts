import { nodeRegistry, type NodeGroup, type NodeType } from "@/lib/flow";

/**
 * One hue per palette group, so a marketer tells messages from logic at a glance. Tailwind's palette
 * (not the app tokens) because the app has a single brand hue; each entry covers light and dark.
 */
const GROUP_ACCENTS: Record<NodeGroup, { icon: string; bar: string }> = {
  Messages: {
    icon: "bg-emerald-500/15 text-emerald-700 dark:bg-emerald-400/15 dark:text-emerald-300",
    bar: "bg-emerald-500 dark:bg-emerald-400",
  },
  Questions: {
    icon: "bg-sky-500/15 text-sky-700 dark:bg-sky-400/15 dark:text-sky-300",
    bar: "bg-sky-500 dark:bg-sky-400",
  },
  Logic: {
    icon: "bg-violet-500/15 text-violet-700 dark:bg-violet-400/15 dark:text-violet-300",
    bar: "bg-violet-500 dark:bg-violet-400",
  },
  Actions: {
    icon: "bg-amber-500/15 text-amber-700 dark:bg-amber-400/15 dark:text-amber-300",
    bar: "bg-amber-500 dark:bg-amber-400",
  },
  Commerce: {
    icon: "bg-pink-500/15 text-pink-700 dark:bg-pink-400/15 dark:text-pink-300",
    bar: "bg-pink-500 dark:bg-pink-400",
  },
};

export function nodeAccent(type: NodeType): { icon: string; bar: string } {
  return GROUP_ACCENTS[nodeRegistry[type].meta.group];
}
