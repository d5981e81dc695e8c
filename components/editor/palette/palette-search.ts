import {
  NODE_GROUPS,
  nodeRegistry,
  nodeTypes,
  normalizeText,
  type NodeGroup,
  type NodeType,
} from "@/lib/flow";

/** The palette's sections after filtering by `query` (labels and descriptions, EN and TR). */
export function paletteSections(query: string): { group: NodeGroup; types: NodeType[] }[] {
  const words = normalizeText(query).split(" ").filter(Boolean);
  const matches = (type: NodeType) => {
    if (words.length === 0) return true;
    const { label, description, group } = nodeRegistry[type].meta;
    const haystack = normalizeText(
      [type, group, label.en, label.tr, description.en, description.tr].join(" "),
    );
    return words.every((word) => haystack.includes(word));
  };
  return NODE_GROUPS.map((group) => ({
    group,
    types: nodeTypes.filter((type) => nodeRegistry[type].meta.group === group && matches(type)),
  })).filter((section) => section.types.length > 0);
}
