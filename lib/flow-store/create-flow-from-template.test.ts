import { expect, it } from "vitest";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { describeEachDatabase } from "@/lib/db/testing";
import { parseFlow, validateFlow, type Locale } from "@/lib/flow";
import { buildTemplateFlow, TEMPLATE_IDS } from "@/lib/templates";
import { createFlowFromTemplate } from "./create-flow-from-template";
import { getFlow, listFlows } from "./flows";
import { createFlowSchema } from "./schemas";

const LOCALES: Locale[] = ["en", "tr"];

describeEachDatabase("flows from templates", (get) => {
  it("stores every template in both languages as a valid, unchanged draft", async () => {
    const { db } = get();
    const { user, workspace } = await seedUserWithWorkspace(db);
    for (const templateId of TEMPLATE_IDS) {
      for (const locale of LOCALES) {
        const name = `${templateId} ${locale}`;
        const { id } = await createFlowFromTemplate(db, {
          workspaceId: workspace.id,
          name,
          userId: user.id,
          templateId,
          locale,
        });
        const stored = await getFlow(db, workspace.id, id);
        expect(stored).toMatchObject({ name, status: "draft", revision: 1 });
        const parsed = parseFlow(stored.document);
        if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
        expect(parsed.flow).toEqual(buildTemplateFlow(templateId, locale));
        expect(validateFlow(parsed.flow).filter((p) => p.severity === "error")).toEqual([]);
      }
    }
    expect(await listFlows(db, workspace.id)).toHaveLength(TEMPLATE_IDS.length * LOCALES.length);
  });

  it("keeps a template flow inside its workspace", async () => {
    const { db } = get();
    const mine = await seedUserWithWorkspace(db, "mine");
    const theirs = await seedUserWithWorkspace(db, "theirs");
    const { id } = await createFlowFromTemplate(db, {
      workspaceId: theirs.workspace.id,
      name: "Müşteri adayı",
      userId: theirs.user.id,
      templateId: "lead-capture",
      locale: "tr",
    });
    await expect(getFlow(db, mine.workspace.id, id)).rejects.toMatchObject({ status: 404 });
    expect(await listFlows(db, mine.workspace.id)).toEqual([]);
    const stored = await getFlow(db, theirs.workspace.id, id);
    const parsed = parseFlow(stored.document);
    expect(parsed.ok && parsed.flow.settings.locale).toBe("tr");
  });
});

it("accepts a known template and language, and names the field of a wrong one", () => {
  expect(
    createFlowSchema.parse({ name: " Welcome ", templateId: "lead-capture", locale: "tr" }),
  ).toEqual({ name: "Welcome", templateId: "lead-capture", locale: "tr" });
  expect(createFlowSchema.parse({ name: "Blank" })).toEqual({ name: "Blank" });

  const unknown = createFlowSchema.safeParse({ name: "x", templateId: "teleport" });
  expect(unknown.error?.issues).toEqual([
    expect.objectContaining({ path: ["templateId"], message: "errors.template.unknown" }),
  ]);
  const locale = createFlowSchema.safeParse({ name: "x", templateId: "faq-menu", locale: "nl" });
  expect(locale.error?.issues).toEqual([
    expect.objectContaining({ path: ["locale"], message: "errors.template.locale" }),
  ]);
  expect(createFlowSchema.safeParse({ name: "x", templateId: 7 }).success).toBe(false);
});
