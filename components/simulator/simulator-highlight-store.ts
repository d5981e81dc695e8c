import { create } from "zustand";

export interface SimulatorHighlight {
  /** The node the simulated conversation waits at. */
  waitingNodeId: string | null;
  /** Nodes and edges the current simulated session went through. */
  nodeIds: readonly string[];
  edgeIds: readonly string[];
  show(highlight: Omit<SimulatorHighlight, "show" | "clear">): void;
  clear(): void;
}

/**
 * What the simulator marks on the canvas. Ephemeral UI state, outside the editor's document
 * store: nothing here is saved or undone, and the canvas only reads it.
 */
export const useSimulatorHighlight = create<SimulatorHighlight>()((set) => ({
  waitingNodeId: null,
  nodeIds: [],
  edgeIds: [],
  show: (highlight) => set(highlight),
  clear: () => set({ waitingNodeId: null, nodeIds: [], edgeIds: [] }),
}));
