import { z } from "zod";

export const versionNoteSchema = z
  .string()
  .trim()
  .max(500, "publishing.errors.noteTooLong")
  .transform((note) => (note === "" ? null : note));

export const publishFlowSchema = z.object({
  channelId: z.uuid({ error: "publishing.errors.channelRequired" }),
  note: versionNoteSchema.nullable().optional(),
  /** The draft revision the publisher looked at: a newer save in between is a conflict. */
  revision: z.number().int().positive().optional(),
});
export type PublishFlowInput = z.infer<typeof publishFlowSchema>;

export const rollbackSchema = z.object({
  versionId: z.uuid({ error: "publishing.errors.versionRequired" }),
  note: versionNoteSchema.nullable().optional(),
  /** Defaults to the channel the flow is live on now. */
  channelId: z.uuid({ error: "publishing.errors.channelRequired" }).optional(),
});
export type RollbackInput = z.infer<typeof rollbackSchema>;
