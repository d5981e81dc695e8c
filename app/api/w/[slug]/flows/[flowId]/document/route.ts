import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { parseId, parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { RevisionConflictError, saveFlowDocument } from "@/lib/flow-store/save-flow-document";
import { saveFlowDocumentSchema } from "@/lib/flow-store/schemas";

type Params = { slug: string; flowId: string };

/** Autosave of the editor: 400 with the bad field's path, 409 with the stored revision. */
export const PUT = withWorkspace<Params>(
  async (request, { params, workspace, user, db }) => {
    const flowId = parseId(params.flowId, "flow");
    const input = await parseJsonBody(request, saveFlowDocumentSchema);
    try {
      const saved = await saveFlowDocument(db, workspace.id, flowId, input, user.id);
      return NextResponse.json({
        revision: saved.revision,
        updatedAt: saved.updatedAt.toISOString(),
      });
    } catch (error) {
      if (!(error instanceof RevisionConflictError)) throw error;
      // The editor needs the stored revision to offer "overwrite".
      const t = await getTranslations();
      return NextResponse.json(
        {
          error: {
            code: error.code,
            message: t("editor.errors.conflict"),
            revision: error.currentRevision,
          },
        },
        { status: 409 },
      );
    }
  },
  { role: "editor" },
);
