import { expect, it } from "vitest";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { describeEachDatabase } from "@/lib/db/testing";
import { createEmptyFlow, createNode, parseFlow } from "@/lib/flow";
import { createFlow, getFlow } from "./flows";
import { RevisionConflictError, saveFlowDocument } from "./save-flow-document";

function documentWithMessage(text: string) {
  const flow = createEmptyFlow();
  const message = createNode("message", "m1", { x: 300, y: 200 });
  return {
    ...flow,
    nodes: [
      ...flow.nodes,
      message.type === "message" ? { ...message, data: { ...message.data, text } } : message,
    ],
    edges: [{ id: "e1", source: "start", sourceHandle: "next", target: "m1" }],
  };
}

describeEachDatabase("saveFlowDocument", (get) => {
  it("stores a valid document, bumps the revision and records who saved", async () => {
    const { db } = get();
    const { user, workspace } = await seedUserWithWorkspace(db);
    const { id } = await createFlow(db, {
      workspaceId: workspace.id,
      name: "Lead",
      userId: user.id,
    });
    const saved = await saveFlowDocument(
      db,
      workspace.id,
      id,
      // UI keys React Flow adds are stripped, not rejected.
      { document: { ...documentWithMessage("Hello"), extra: undefined }, revision: 1 },
      user.id,
    );
    expect(saved.revision).toBe(2);
    const stored = await getFlow(db, workspace.id, id);
    expect(stored.revision).toBe(2);
    const parsed = parseFlow(stored.document);
    expect(parsed.ok && parsed.flow.nodes.map((n) => n.id)).toEqual(["start", "m1"]);
    const again = await saveFlowDocument(
      db,
      workspace.id,
      id,
      { document: documentWithMessage("Hello again"), revision: 2 },
      user.id,
    );
    expect(again.revision).toBe(3);
  });

  it("refuses a stale revision with 409 and the current revision, and changes nothing", async () => {
    const { db } = get();
    const { user, workspace } = await seedUserWithWorkspace(db);
    const { id } = await createFlow(db, {
      workspaceId: workspace.id,
      name: "Lead",
      userId: user.id,
    });
    await saveFlowDocument(
      db,
      workspace.id,
      id,
      { document: documentWithMessage("A"), revision: 1 },
      user.id,
    );
    const stale = saveFlowDocument(
      db,
      workspace.id,
      id,
      { document: documentWithMessage("B"), revision: 1 },
      user.id,
    );
    await expect(stale).rejects.toBeInstanceOf(RevisionConflictError);
    await expect(stale).rejects.toMatchObject({ status: 409, currentRevision: 2 });
    const stored = await getFlow(db, workspace.id, id);
    expect(JSON.stringify(stored.document)).toContain('"text":"A"');
  });

  it("refuses an invalid document with 400 and the path of the bad field", async () => {
    const { db } = get();
    const { user, workspace } = await seedUserWithWorkspace(db);
    const { id } = await createFlow(db, {
      workspaceId: workspace.id,
      name: "Lead",
      userId: user.id,
    });
    const bad = documentWithMessage("x");
    const document = {
      ...bad,
      nodes: [bad.nodes[0], { ...bad.nodes[1], position: { x: "left", y: 0 } }],
    };
    await expect(
      saveFlowDocument(db, workspace.id, id, { document, revision: 1 }, user.id),
    ).rejects.toMatchObject({
      status: 400,
      code: "invalid_flow",
      params: { path: "document.nodes.1.position.x" },
    });
    expect((await getFlow(db, workspace.id, id)).revision).toBe(1);
  });

  it("answers 404 for another workspace's flow", async () => {
    const { db } = get();
    const mine = await seedUserWithWorkspace(db, "mine");
    const theirs = await seedUserWithWorkspace(db, "theirs");
    const { id } = await createFlow(db, {
      workspaceId: theirs.workspace.id,
      name: "Secret",
      userId: theirs.user.id,
    });
    await expect(
      saveFlowDocument(
        db,
        mine.workspace.id,
        id,
        { document: createEmptyFlow(), revision: 1 },
        mine.user.id,
      ),
    ).rejects.toMatchObject({ status: 404 });
    expect((await getFlow(db, theirs.workspace.id, id)).revision).toBe(1);
  });
});
