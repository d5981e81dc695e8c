import { z } from "zod";
import { ROLES } from "./roles";

export const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, "errors.workspaceName.required")
  .max(80, "errors.workspaceName.tooLong");

export const roleSchema = z.enum(ROLES);

export const createWorkspaceSchema = z.object({ name: workspaceNameSchema });
export const renameWorkspaceSchema = z.object({ name: workspaceNameSchema });
export const createInviteSchema = z.object({ role: roleSchema });
export const changeRoleSchema = z.object({ role: roleSchema });

/** PUT /api/w/{slug}/http-settings. */
export const privateHttpSettingSchema = z.strictObject({
  allowPrivateHttp: z.boolean({ error: "errors.privateHttp.notBoolean" }),
});
