import { z } from "zod";
import { getFlow, renameFlow } from "@/lib/flow-store/flows";
import { saveFlowDocument } from "@/lib/flow-store/save-flow-document";
import { flowSchema } from "@/lib/flow";
import {
  publicationJsonSchema,
  publishedJsonSchema,
  toPublicationJson,
  toPublishedJson,
  toVersionJson,
  versionJsonSchema,
} from "@/lib/publishing/api-schemas";
import { publishFlow, unpublishFlow } from "@/lib/publishing/publish";
import { versionNoteSchema } from "@/lib/publishing/schemas";
import { getPublication, listVersions } from "@/lib/publishing/versions";
import { defineEndpoint, NO_BODY, NO_QUERY, type NamedSchema } from "../endpoint";
import { errorBody, flowDetailBody, flowNameField, uuidParam } from "../schemas";

const named = <S extends z.ZodType>(name: string, schema: S): NamedSchema<S> => ({ name, schema });
const flowParams = z.object({ flowId: uuidParam });

function toDetail(flow: Awaited<ReturnType<typeof getFlow>>) {
  return {
    id: flow.id,
    name: flow.name,
    status: flow.status,
    revision: flow.revision,
    updatedAt: flow.updatedAt.toISOString(),
    document: flow.document,
  };
}

export const updateFlowEndpoint = defineEndpoint({
  operationId: "updateFlow",
  method: "PATCH",
  path: "/api/v1/flows/{flowId}",
  summary: "Update a flow",
  description:
    "Renames the flow and/or replaces its draft document. Send the `revision` you read to be refused (409) if someone saved in between; omit it to overwrite. Live versions do not change until the flow is published again.",
  tag: "Flows",
  scope: "write",
  params: flowParams,
  query: NO_QUERY,
  body: named(
    "UpdateFlow",
    z.object({
      name: flowNameField.optional(),
      document: flowSchema.optional(),
      revision: z.number().int().positive().optional(),
    }),
  ),
  responses: [
    { status: 200, description: "The updated flow.", body: flowDetailBody },
    { status: 404, description: "No such flow in this workspace.", body: errorBody },
    { status: 409, description: "The draft changed since `revision`.", body: errorBody },
    { status: 422, description: "The name or the document is invalid.", body: errorBody },
  ],
  async handle({ db, caller, params, body }) {
    const workspaceId = caller.workspace.id;
    await db.transaction(async (tx) => {
      const current = await getFlow(tx, workspaceId, params.flowId);
      if (body.name !== undefined) {
        await renameFlow(tx, { workspaceId, flowId: params.flowId, name: body.name, userId: null });
      }
      if (body.document !== undefined) {
        await saveFlowDocument(
          tx,
          workspaceId,
          params.flowId,
          { document: body.document, revision: body.revision ?? current.revision },
          null,
        );
      }
    });
    return { status: 200, body: toDetail(await getFlow(db, workspaceId, params.flowId)) };
  },
});

export const publishFlowEndpoint = defineEndpoint({
  operationId: "publishFlow",
  method: "POST",
  path: "/api/v1/flows/{flowId}/publish",
  summary: "Publish a flow",
  description:
    "Freezes the draft as a new numbered version and makes it live on the channel. Refused (422) with the list of problems while the flow has errors, and (409) when another live flow on the channel already starts on the same trigger.",
  tag: "Publishing",
  scope: "write",
  params: flowParams,
  query: NO_QUERY,
  body: named(
    "PublishFlow",
    z.object({
      channelId: z.uuid(),
      note: versionNoteSchema.optional(),
    }),
  ),
  responses: [
    { status: 201, description: "Live.", body: named("Published", publishedJsonSchema) },
    { status: 404, description: "No such flow or channel in this workspace.", body: errorBody },
    { status: 409, description: "Another live flow claims the same trigger.", body: errorBody },
    { status: 422, description: "The flow has errors; `issues` lists them.", body: errorBody },
  ],
  async handle({ db, caller, params, body }) {
    const published = await publishFlow(db, {
      workspaceId: caller.workspace.id,
      flowId: params.flowId,
      channelId: body.channelId,
      userId: null,
      note: body.note,
      locale: "en",
    });
    return { status: 201, body: toPublishedJson(published) };
  },
});

export const unpublishFlowEndpoint = defineEndpoint({
  operationId: "unpublishFlow",
  method: "DELETE",
  path: "/api/v1/flows/{flowId}/publish",
  summary: "Unpublish a flow",
  description:
    "New conversations stop starting the flow; running ones finish on their version. Idempotent.",
  tag: "Publishing",
  scope: "write",
  params: flowParams,
  query: NO_QUERY,
  body: NO_BODY,
  responses: [
    {
      status: 200,
      description: "Not live (any more).",
      body: named("Unpublished", z.object({ wasLive: z.boolean() })),
    },
    { status: 404, description: "No such flow in this workspace.", body: errorBody },
  ],
  async handle({ db, caller, params }) {
    const result = await unpublishFlow(db, {
      workspaceId: caller.workspace.id,
      flowId: params.flowId,
    });
    return { status: 200, body: result };
  },
});

export const listVersionsEndpoint = defineEndpoint({
  operationId: "listFlowVersions",
  method: "GET",
  path: "/api/v1/flows/{flowId}/versions",
  summary: "List a flow's versions",
  description:
    "Every published version, newest first, with what changed since the one before, and where the flow is live.",
  tag: "Publishing",
  scope: "read",
  params: flowParams,
  query: NO_QUERY,
  body: NO_BODY,
  responses: [
    {
      status: 200,
      description: "The versions.",
      body: named(
        "FlowVersions",
        z.object({
          versions: z.array(versionJsonSchema),
          publication: publicationJsonSchema.nullable(),
        }),
      ),
    },
    { status: 404, description: "No such flow in this workspace.", body: errorBody },
  ],
  async handle({ db, caller, params }) {
    const workspaceId = caller.workspace.id;
    const versions = await listVersions(db, workspaceId, params.flowId);
    const publication = await getPublication(db, workspaceId, params.flowId);
    return {
      status: 200,
      body: { versions: versions.map(toVersionJson), publication: toPublicationJson(publication) },
    };
  },
});
