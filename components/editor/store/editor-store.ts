import { createStore, type StoreApi } from "zustand/vanilla";
import type { Flow, FlowEdge, FlowNode, Position } from "@/lib/flow";
import {
  addNode,
  connect,
  deleteElements,
  moveNodes,
  nudgeNodes,
  pasteElements,
  updateNodeData,
  type ConnectResult,
} from "./document-actions";

/** How many document states Undo can go back. */
export const HISTORY_LIMIT = 200;
/** Repeated small edits of one kind (typing in a field, nudging) within this window are one step. */
export const COALESCE_MS = 800;

export type SidebarTab = "node" | "variables" | "settings" | "problems";
export type SaveStatus = "saved" | "saving" | "retrying" | "conflict" | "error";

export interface Size {
  width: number;
  height: number;
}

/**
 * The undoable part: the flow document and its history. Only named document actions change it,
 * always through `commit`, so undo/redo see every document change and nothing else.
 */
export interface DocumentSlice {
  flow: Flow;
  past: Flow[];
  future: Flow[];
  /** The flow before an ongoing gesture (a drag, an animated layout); null when none is running. */
  gestureStart: Flow | null;
  lastCommit: { key: string; at: number } | null;
}

/** Everything else: selection, node sizes measured by the canvas, open panel. Never undone. */
export interface UiSlice {
  selectedNodeIds: ReadonlySet<string>;
  selectedEdgeIds: ReadonlySet<string>;
  measured: ReadonlyMap<string, Size>;
  sidebarTab: SidebarTab;
}

/** What the server has: the flow it last accepted, at which revision, and how saving goes. */
export interface SaveSlice {
  savedFlow: Flow;
  revision: number;
  saveStatus: SaveStatus;
  /** A save was refused because another tab or person saved first; holds their revision. */
  conflictRevision: number | null;
}

export interface CommitOptions {
  /** Consecutive commits with the same key within COALESCE_MS become one undo step. */
  coalesceKey?: string;
  now?: number;
}

/** The named document changes the editor performs; each is one undo step. */
export interface DocumentActions {
  addNode(node: FlowNode): void;
  moveNodes(positions: ReadonlyMap<string, Position>): void;
  nudgeSelection(dx: number, dy: number): void;
  connect(edge: FlowEdge): ConnectResult;
  deleteElements(nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): void;
  deleteSelection(): void;
  /** Adds nodes and edges (paste, duplicate) and selects the new nodes. */
  paste(nodes: FlowNode[], edges: FlowEdge[]): void;
  updateNodeData(nodeId: string, data: unknown): void;
  /** A whole new document from a panel (variables), an import or a layout. */
  replaceFlow(flow: Flow, options?: { coalesceKey?: string }): void;
}

export interface EditorActions extends DocumentActions {
  /** Applies a pure document change as one undoable step (no-op when it returns the same flow). */
  commit(change: (flow: Flow) => Flow, options?: CommitOptions): void;
  beginGesture(): void;
  /** Changes the document during a gesture without adding history steps. */
  updateGesture(change: (flow: Flow) => Flow): void;
  /** Ends the gesture: everything since beginGesture becomes a single undo step. */
  endGesture(): void;
  undo(): void;
  redo(): void;
  /** Replaces the document and forgets history (a reload from the server). */
  resetDocument(flow: Flow, revision: number): void;
  select(nodeIds: Iterable<string>, edgeIds?: Iterable<string>): void;
  setSelection(update: { nodes?: Map<string, boolean>; edges?: Map<string, boolean> }): void;
  setMeasured(sizes: Map<string, Size>): void;
  setSidebarTab(tab: SidebarTab): void;
  markSaving(): void;
  markSaved(flow: Flow, revision: number): void;
  markRetrying(): void;
  markConflict(revision: number): void;
  /** "Overwrite" after a conflict: the next save is based on the stored revision. */
  overwriteNextSave(): void;
  markError(): void;
}

export type EditorState = DocumentSlice & UiSlice & SaveSlice & EditorActions;
export type EditorStore = StoreApi<EditorState>;

const EMPTY: ReadonlySet<string> = new Set();

function pushPast(past: Flow[], flow: Flow): Flow[] {
  const next =
    past.length >= HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT + 1) : past.slice();
  next.push(flow);
  return next;
}

/** Selection may only name elements that exist (after undo, delete or reload). */
function pruneSelection(state: EditorState, flow: Flow): Partial<UiSlice> {
  const prune = (ids: ReadonlySet<string>, present: { id: string }[]) => {
    if (ids.size === 0) return ids;
    const exist = new Set(present.map((item) => item.id));
    const kept = [...ids].filter((id) => exist.has(id));
    return kept.length === ids.size ? ids : new Set(kept);
  };
  return {
    selectedNodeIds: prune(state.selectedNodeIds, flow.nodes),
    selectedEdgeIds: prune(state.selectedEdgeIds, flow.edges),
  };
}

export function createEditorStore(initial: { flow: Flow; revision: number }): EditorStore {
  return createStore<EditorState>()((set, get) => ({
    flow: initial.flow,
    past: [],
    future: [],
    gestureStart: null,
    lastCommit: null,
    selectedNodeIds: EMPTY,
    selectedEdgeIds: EMPTY,
    measured: new Map(),
    sidebarTab: "variables",
    savedFlow: initial.flow,
    revision: initial.revision,
    saveStatus: "saved",
    conflictRevision: null,

    addNode(node) {
      get().commit((flow) => addNode(flow, node));
      set({ selectedNodeIds: new Set([node.id]), selectedEdgeIds: EMPTY, sidebarTab: "node" });
    },
    moveNodes(positions) {
      get().commit((flow) => moveNodes(flow, positions));
    },
    nudgeSelection(dx, dy) {
      const ids = get().selectedNodeIds;
      get().commit((flow) => nudgeNodes(flow, ids, dx, dy), { coalesceKey: "nudge" });
    },
    connect(edge) {
      const result = connect(get().flow, edge);
      if (result.ok) get().commit(() => result.flow);
      return result;
    },
    deleteElements(nodeIds, edgeIds) {
      get().commit((flow) => deleteElements(flow, nodeIds, edgeIds));
    },
    deleteSelection() {
      const { selectedNodeIds, selectedEdgeIds } = get();
      get().deleteElements(selectedNodeIds, selectedEdgeIds);
    },
    paste(nodes, edges) {
      get().commit((flow) => pasteElements(flow, nodes, edges));
      set({ selectedNodeIds: new Set(nodes.map((node) => node.id)), selectedEdgeIds: EMPTY });
    },
    updateNodeData(nodeId, data) {
      // Typing in one node's fields coalesces into one step per pause.
      get().commit((flow) => updateNodeData(flow, nodeId, data), {
        coalesceKey: `data:${nodeId}`,
      });
    },
    replaceFlow(flow, options = {}) {
      get().commit(() => flow, options);
    },

    commit(change, options = {}) {
      const state = get();
      if (state.gestureStart !== null) return;
      const next = change(state.flow);
      if (next === state.flow) return;
      const now = options.now ?? Date.now();
      const key = options.coalesceKey;
      const coalesce =
        key !== undefined &&
        state.lastCommit?.key === key &&
        now - state.lastCommit.at < COALESCE_MS &&
        state.past.length > 0;
      set({
        flow: next,
        past: coalesce ? state.past : pushPast(state.past, state.flow),
        future: [],
        lastCommit: key === undefined ? null : { key, at: now },
        ...pruneSelection(state, next),
      });
    },

    beginGesture() {
      const state = get();
      if (state.gestureStart === null) set({ gestureStart: state.flow });
    },

    updateGesture(change) {
      const state = get();
      if (state.gestureStart === null) return;
      const next = change(state.flow);
      if (next !== state.flow) set({ flow: next });
    },

    endGesture() {
      const state = get();
      const start = state.gestureStart;
      if (start === null) return;
      if (start === state.flow) {
        set({ gestureStart: null });
        return;
      }
      set({
        gestureStart: null,
        past: pushPast(state.past, start),
        future: [],
        lastCommit: null,
      });
    },

    undo() {
      const state = get();
      const previous = state.past.at(-1);
      if (state.gestureStart !== null || previous === undefined) return;
      set({
        flow: previous,
        past: state.past.slice(0, -1),
        future: [...state.future, state.flow],
        lastCommit: null,
        ...pruneSelection(state, previous),
      });
    },

    redo() {
      const state = get();
      const next = state.future.at(-1);
      if (state.gestureStart !== null || next === undefined) return;
      set({
        flow: next,
        past: pushPast(state.past, state.flow),
        future: state.future.slice(0, -1),
        lastCommit: null,
        ...pruneSelection(state, next),
      });
    },

    resetDocument(flow, revision) {
      const state = get();
      set({
        flow,
        past: [],
        future: [],
        gestureStart: null,
        lastCommit: null,
        savedFlow: flow,
        revision,
        saveStatus: "saved",
        conflictRevision: null,
        ...pruneSelection(state, flow),
      });
    },

    select(nodeIds, edgeIds = []) {
      const selectedNodeIds = new Set(nodeIds);
      set({
        selectedNodeIds,
        selectedEdgeIds: new Set(edgeIds),
        ...(selectedNodeIds.size === 1 ? { sidebarTab: "node" as const } : {}),
      });
    },

    setSelection({ nodes, edges }) {
      const state = get();
      const apply = (current: ReadonlySet<string>, changes: Map<string, boolean> | undefined) => {
        if (changes === undefined || changes.size === 0) return current;
        const next = new Set(current);
        for (const [id, selected] of changes) {
          if (selected) next.add(id);
          else next.delete(id);
        }
        return next;
      };
      const selectedNodeIds = apply(state.selectedNodeIds, nodes);
      set({
        selectedNodeIds,
        selectedEdgeIds: apply(state.selectedEdgeIds, edges),
        // Picking one node opens its settings.
        ...(selectedNodeIds.size === 1 && selectedNodeIds !== state.selectedNodeIds
          ? { sidebarTab: "node" as const }
          : {}),
      });
    },

    setMeasured(sizes) {
      if (sizes.size === 0) return;
      const next = new Map(get().measured);
      for (const [id, size] of sizes) next.set(id, size);
      set({ measured: next });
    },

    setSidebarTab(tab) {
      set({ sidebarTab: tab });
    },

    markSaving() {
      set({ saveStatus: "saving" });
    },
    markSaved(flow, revision) {
      set({ savedFlow: flow, revision, saveStatus: "saved", conflictRevision: null });
    },
    markRetrying() {
      set({ saveStatus: "retrying" });
    },
    markConflict(revision) {
      set({ saveStatus: "conflict", conflictRevision: revision });
    },
    overwriteNextSave() {
      const { conflictRevision } = get();
      if (conflictRevision === null) return;
      set({ revision: conflictRevision, conflictRevision: null, saveStatus: "saving" });
    },
    markError() {
      set({ saveStatus: "error" });
    },
  }));
}

/** True while the document differs from what the server last accepted. */
export function hasUnsavedChanges(state: Pick<EditorState, "flow" | "savedFlow">): boolean {
  return state.flow !== state.savedFlow;
}
