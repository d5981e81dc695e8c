import type { NodeTypes } from "@xyflow/react";
import { nodeTypes } from "@/lib/flow";
import { createNodeCard } from "./flow-node-card";

/**
 * React Flow's node types, one card per lib/flow registry type. Module-level so the object is
 * stable: React Flow warns and re-mounts every node when `nodeTypes` changes identity.
 */
export const flowNodeTypes: NodeTypes = Object.fromEntries(
  nodeTypes.map((type) => [type, createNodeCard(type)]),
);
