import { z } from "zod";
import { createFlow, getFlow, listFlows } from "@/lib/flow-store/flows";
import { defineEndpoint, NO_BODY, NO_PARAMS, NO_QUERY } from "../endpoint";
import { createFlowBody, errorBody, flowDetailBody, flowListBody, uuidParam } from "../schemas";

const flowParams = z.object({ flowId: uuidParam });

function toSummary(flow: {
  id: string;
  name: string;
  status: "draft" | "published";
  revision: number;
  updatedAt: Date;
}) {
  return {
    id: flow.id,
    name: flow.name,
    status: flow.status,
    revision: flow.revision,
    updatedAt: flow.updatedAt.toISOString(),
  };
}

export const listFlowsEndpoint = defineEndpoint({
  operationId: "listFlows",
  method: "GET",
  path: "/api/v1/flows",
  summary: "List flows",
  description: "Every flow of the API key's workspace, most recently edited first.",
  tag: "Flows",
  scope: "read",
  params: NO_PARAMS,
  query: z.object({
    q: z.string().trim().max(100).optional().meta({ description: "Filter by name." }),
  }),
  body: NO_BODY,
  responses: [{ status: 200, description: "The flows.", body: flowListBody }],
  async handle({ db, caller, query }) {
    const flows = await listFlows(db, caller.workspace.id, { q: query.q });
    return { status: 200, body: { flows: flows.map(toSummary) } };
  },
});

export const getFlowEndpoint = defineEndpoint({
  operationId: "getFlow",
  method: "GET",
  path: "/api/v1/flows/{flowId}",
  summary: "Get a flow",
  description: "One flow with its draft document.",
  tag: "Flows",
  scope: "read",
  params: flowParams,
  query: NO_QUERY,
  body: NO_BODY,
  responses: [
    { status: 200, description: "The flow.", body: flowDetailBody },
    { status: 404, description: "No such flow in this workspace.", body: errorBody },
  ],
  async handle({ db, caller, params }) {
    const flow = await getFlow(db, caller.workspace.id, params.flowId);
    return { status: 200, body: { ...toSummary(flow), document: flow.document } };
  },
});

export const createFlowEndpoint = defineEndpoint({
  operationId: "createFlow",
  method: "POST",
  path: "/api/v1/flows",
  summary: "Create a flow",
  description: "Creates a draft flow, empty or from a flow document.",
  tag: "Flows",
  scope: "write",
  params: NO_PARAMS,
  query: NO_QUERY,
  body: createFlowBody,
  responses: [
    { status: 201, description: "Created.", body: flowDetailBody },
    { status: 422, description: "The name or the document is invalid.", body: errorBody },
  ],
  async handle({ db, caller, body }) {
    const { id } = await createFlow(db, {
      workspaceId: caller.workspace.id,
      name: body.name,
      userId: null,
      document: body.document,
    });
    const flow = await getFlow(db, caller.workspace.id, id);
    return { status: 201, body: { ...toSummary(flow), document: flow.document } };
  },
});
