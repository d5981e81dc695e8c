import type { Executor } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import {
  privateHttpAllowed,
  type PrivateHttpMode,
} from "@/lib/runtime/effects/private-http-policy";
import type { HttpSettingsJson } from "./api-schemas";
import { setWorkspaceAllowsPrivateHttp, workspaceAllowsPrivateHttp } from "./private-http-setting";

/** The settings page's "HTTP requests" section: the workspace's choice and the operator's mode. */
export async function httpSettings(
  db: Executor,
  workspaceId: string,
  operatorMode: PrivateHttpMode,
): Promise<HttpSettingsJson> {
  const allowPrivateHttp = await workspaceAllowsPrivateHttp(db, workspaceId);
  return {
    allowPrivateHttp,
    operatorMode,
    privateAllowed: privateHttpAllowed(operatorMode, allowPrivateHttp),
  };
}

/**
 * Stores the owner's choice. Refused while the operator fixed the answer (`always` / `never`):
 * a stored choice would silently start to count the day the operator hands it back.
 */
export async function updatePrivateHttpSetting(
  db: Executor,
  workspaceId: string,
  operatorMode: PrivateHttpMode,
  allowed: boolean,
): Promise<HttpSettingsJson> {
  if (operatorMode !== "workspace") {
    throw new AppError(409, "set_by_operator", "errors.privateHttp.setByOperator");
  }
  await setWorkspaceAllowsPrivateHttp(db, workspaceId, allowed);
  return httpSettings(db, workspaceId, operatorMode);
}
