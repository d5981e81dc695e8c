import { describe, expect, it } from "vitest";
import { createEmptyFlow, createNode } from "@/lib/flow";
import { moveNodes } from "./document-actions";
import { COALESCE_MS, HISTORY_LIMIT, createEditorStore, hasUnsavedChanges } from "./editor-store";

function storeWithNodes() {
  const store = createEditorStore({ flow: createEmptyFlow(), revision: 1 });
  store.getState().addNode(createNode("message", "m1", { x: 300, y: 200 }));
  store.getState().addNode(createNode("end", "end1", { x: 600, y: 200 }));
  return store;
}

describe("editor store history", () => {
  it("undoes and redoes document changes to the exact same states", () => {
    const store = storeWithNodes();
    const states = [store.getState().flow];
    store.getState().connect({ id: "e1", source: "start", sourceHandle: "next", target: "m1" });
    states.push(store.getState().flow);
    store.getState().deleteElements(new Set(["end1"]), new Set());
    states.push(store.getState().flow);

    store.getState().undo();
    expect(store.getState().flow).toBe(states[1]);
    store.getState().undo();
    expect(store.getState().flow).toBe(states[0]);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().flow).toBe(states[2]);
    store.getState().redo();
    expect(store.getState().flow).toBe(states[2]);
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().flow.nodes.map((n) => n.id)).toEqual(["start"]);
  });

  it("a new change after undo drops the redo branch", () => {
    const store = storeWithNodes();
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    store.getState().addNode(createNode("delay", "d1", { x: 0, y: 0 }));
    expect(store.getState().future).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().flow.nodes.map((n) => n.id)).toEqual(["start", "m1", "d1"]);
  });

  it("selection, measured sizes and panels are not undone", () => {
    const store = storeWithNodes();
    const pastLength = store.getState().past.length;
    store.getState().select(["m1"]);
    store.getState().setMeasured(new Map([["m1", { width: 200, height: 80 }]]));
    store.getState().setSidebarTab("problems");
    expect(store.getState().past).toHaveLength(pastLength);
    store.getState().undo();
    expect(store.getState().sidebarTab).toBe("problems");
    expect(store.getState().measured.get("m1")).toEqual({ width: 200, height: 80 });
  });

  it("prunes selection of nodes that undo removed", () => {
    const store = storeWithNodes();
    expect([...store.getState().selectedNodeIds]).toEqual(["end1"]);
    store.getState().undo();
    expect(store.getState().selectedNodeIds.size).toBe(0);
  });

  it("a drag is one undo step however many frames it has", () => {
    const store = storeWithNodes();
    const before = store.getState().flow;
    const steps = store.getState().past.length;
    store.getState().beginGesture();
    for (let i = 1; i <= 30; i++) {
      store
        .getState()
        .updateGesture((flow) => moveNodes(flow, new Map([["m1", { x: 300 + i, y: 200 }]])));
    }
    // Other commits are ignored while the gesture runs, and so is undo.
    store.getState().undo();
    expect(store.getState().flow.nodes[1]?.position).toEqual({ x: 330, y: 200 });
    store.getState().endGesture();
    expect(store.getState().past).toHaveLength(steps + 1);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
    store.getState().redo();
    expect(store.getState().flow.nodes[1]?.position).toEqual({ x: 330, y: 200 });
  });

  it("a gesture that changed nothing adds no step", () => {
    const store = storeWithNodes();
    const steps = store.getState().past.length;
    store.getState().beginGesture();
    store.getState().endGesture();
    expect(store.getState().past).toHaveLength(steps);
  });

  it("coalesces typing in one node into one step per pause", () => {
    const store = storeWithNodes();
    const steps = store.getState().past.length;
    const texts = ["H", "He", "Hel", "Hello"];
    let now = 1000;
    for (const text of texts) {
      store.getState().commit(
        (flow) => ({
          ...flow,
          nodes: flow.nodes.map((n) =>
            n.id === "m1" && n.type === "message" ? { ...n, data: { ...n.data, text } } : n,
          ),
        }),
        { coalesceKey: "data:m1", now },
      );
      now += 100;
    }
    expect(store.getState().past).toHaveLength(steps + 1);
    now += COALESCE_MS;
    store.getState().commit((flow) => ({ ...flow, variables: [{ name: "email" }] }), {
      coalesceKey: "data:m1",
      now,
    });
    expect(store.getState().past).toHaveLength(steps + 2);
  });

  it("updateNodeData is undoable and unchanged data adds no step", () => {
    const store = storeWithNodes();
    const steps = store.getState().past.length;
    store.getState().updateNodeData("m1", { text: "Hi {{name}}" });
    const node = store.getState().flow.nodes.find((n) => n.id === "m1");
    expect(node?.type === "message" && node.data.text).toBe("Hi {{name}}");
    expect(store.getState().past).toHaveLength(steps + 1);
    store.getState().updateNodeData("m1", 42);
    expect(store.getState().past).toHaveLength(steps + 1);
  });

  it("keeps at most HISTORY_LIMIT steps", () => {
    const store = createEditorStore({ flow: createEmptyFlow(), revision: 1 });
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      store.getState().moveNodes(new Map([["start", { x: i, y: i }]]));
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it("pasting 100 nodes is one step and selects them", () => {
    const store = createEditorStore({ flow: createEmptyFlow(), revision: 1 });
    const nodes = Array.from({ length: 100 }, (_, i) =>
      createNode("message", `p${i}`, { x: i * 10, y: 0 }),
    );
    store.getState().paste(nodes, []);
    expect(store.getState().selectedNodeIds.size).toBe(100);
    store.getState().undo();
    expect(store.getState().flow.nodes).toHaveLength(1);
  });

  it("tracks unsaved changes against the last saved flow, also after undo", () => {
    const store = createEditorStore({ flow: createEmptyFlow(), revision: 3 });
    expect(hasUnsavedChanges(store.getState())).toBe(false);
    store.getState().addNode(createNode("message", "m1", { x: 0, y: 0 }));
    expect(hasUnsavedChanges(store.getState())).toBe(true);
    store.getState().markSaved(store.getState().flow, 4);
    expect(hasUnsavedChanges(store.getState())).toBe(false);
    expect(store.getState().revision).toBe(4);
    store.getState().undo();
    expect(hasUnsavedChanges(store.getState())).toBe(true);
    store.getState().resetDocument(createEmptyFlow(), 9);
    expect(store.getState()).toMatchObject({
      revision: 9,
      past: [],
      future: [],
      saveStatus: "saved",
    });
  });
});

/** A buttons step "ask" whose buttons lead to "m1" and "end1", on top of storeWithNodes. */
function storeWithConnectedButtons() {
  const store = storeWithNodes();
  store.getState().addNode(createNode("buttons", "ask", { x: 0, y: 300 }));
  store.getState().connect({ id: "e-yes", source: "ask", sourceHandle: "btn_1", target: "m1" });
  store.getState().connect({ id: "e-no", source: "ask", sourceHandle: "btn_2", target: "end1" });
  return store;
}

function buttonsOf(store: ReturnType<typeof createEditorStore>) {
  const node = store.getState().flow.nodes.find((n) => n.id === "ask");
  if (node?.type !== "buttons") throw new Error("expected the buttons step");
  return node.data;
}

function edgesFromAsk(store: ReturnType<typeof createEditorStore>) {
  return store
    .getState()
    .flow.edges.filter((e) => e.source === "ask")
    .map((e) => `${e.id}:${e.sourceHandle}->${e.target}`);
}

describe("editing a step's outputs in the inspector", () => {
  it("renaming a button's title keeps its id, so its edge stays", () => {
    const store = storeWithConnectedButtons();
    const data = buttonsOf(store);
    store.getState().updateNodeData("ask", {
      ...data,
      buttons: data.buttons.map((b) => (b.id === "btn_1" ? { ...b, title: "Yes please" } : b)),
    });
    expect(buttonsOf(store).buttons.map((b) => b.id)).toEqual(["btn_1", "btn_2"]);
    expect(edgesFromAsk(store)).toEqual(["e-yes:btn_1->m1", "e-no:btn_2->end1"]);
  });

  it("reordering buttons keeps each edge on its own button", () => {
    const store = storeWithConnectedButtons();
    const data = buttonsOf(store);
    store.getState().updateNodeData("ask", { ...data, buttons: [...data.buttons].reverse() });
    expect(edgesFromAsk(store)).toEqual(["e-yes:btn_1->m1", "e-no:btn_2->end1"]);
  });

  it("typing a new output id moves the edge along with it, as one undo step", () => {
    const store = storeWithConnectedButtons();
    const before = store.getState().flow;
    const steps = store.getState().past.length;
    const data = buttonsOf(store);
    // Keystroke by keystroke, as the id field sends it (quicker than COALESCE_MS).
    for (const id of ["btn_", "btn_y", "btn_ye", "btn_yes"]) {
      store.getState().updateNodeData("ask", {
        ...data,
        buttons: data.buttons.map((b, i) => (i === 0 ? { ...b, id } : b)),
      });
    }
    expect(buttonsOf(store).buttons.map((b) => b.id)).toEqual(["btn_yes", "btn_2"]);
    expect(edgesFromAsk(store)).toEqual(["e-yes:btn_yes->m1", "e-no:btn_2->end1"]);
    expect(store.getState().past).toHaveLength(steps + 1);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
    expect(edgesFromAsk(store)).toEqual(["e-yes:btn_1->m1", "e-no:btn_2->end1"]);
  });

  it("deleting a button removes its edge in the same undo step", () => {
    const store = storeWithConnectedButtons();
    const steps = store.getState().past.length;
    const data = buttonsOf(store);
    store.getState().updateNodeData("ask", {
      ...data,
      buttons: data.buttons.filter((b) => b.id !== "btn_2"),
    });
    expect(buttonsOf(store).buttons.map((b) => b.id)).toEqual(["btn_1"]);
    expect(edgesFromAsk(store)).toEqual(["e-yes:btn_1->m1"]);
    expect(store.getState().past).toHaveLength(steps + 1);

    store.getState().undo();
    expect(buttonsOf(store).buttons.map((b) => b.id)).toEqual(["btn_1", "btn_2"]);
    expect(edgesFromAsk(store)).toEqual(["e-yes:btn_1->m1", "e-no:btn_2->end1"]);
    store.getState().redo();
    expect(edgesFromAsk(store)).toEqual(["e-yes:btn_1->m1"]);
  });
});
