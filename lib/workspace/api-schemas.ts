import { z } from "zod";
import { PRIVATE_HTTP_MODES } from "@/lib/runtime/effects/private-http-policy";
import { ROLES } from "./roles";

export const memberJsonSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  joinedAt: z.string(),
});
export const memberListJsonSchema = z.object({ members: z.array(memberJsonSchema) });
export type MemberJson = z.infer<typeof memberJsonSchema>;

export const inviteJsonSchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export const inviteListJsonSchema = z.object({ invites: z.array(inviteJsonSchema) });
export const inviteCreatedJsonSchema = z.object({ invite: inviteJsonSchema, url: z.string() });
export type InviteJson = z.infer<typeof inviteJsonSchema>;

export function toInviteJson(invite: {
  id: string;
  role: (typeof ROLES)[number];
  createdAt: Date;
  expiresAt: Date;
}) {
  return {
    ...invite,
    createdAt: invite.createdAt.toISOString(),
    expiresAt: invite.expiresAt.toISOString(),
  };
}

/** GET/PUT /api/w/{slug}/http-settings: the workspace's setting and the operator's mode over it. */
export const httpSettingsJsonSchema = z.object({
  allowPrivateHttp: z.boolean(),
  operatorMode: z.enum(PRIVATE_HTTP_MODES),
  /** What HTTP nodes of this workspace actually may do now. */
  privateAllowed: z.boolean(),
});
export type HttpSettingsJson = z.infer<typeof httpSettingsJsonSchema>;
