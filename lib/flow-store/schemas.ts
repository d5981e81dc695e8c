import { z } from "zod";

export const flowNameSchema = z
  .string()
  .trim()
  .min(1, "errors.flowName.required")
  .max(100, "errors.flowName.tooLong");

export const createFlowSchema = z.object({ name: flowNameSchema });
export const renameFlowSchema = z.object({ name: flowNameSchema });
export const duplicateFlowSchema = z.object({ name: flowNameSchema });
export const listFlowsQuerySchema = z.object({ q: z.string().trim().max(100).optional() });
