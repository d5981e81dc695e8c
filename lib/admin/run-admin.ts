import { parseArgs } from "node:util";
import { z } from "zod";
import { emailSchema, passwordSchema, personNameSchema } from "@/lib/auth/schemas";
import { listUsers, registerUser } from "@/lib/auth/users";
import type { Db } from "@/lib/db";
import { createChannel } from "@/lib/channels/channels";
import { createChannelSchema } from "@/lib/channels/schemas";
import { AppError } from "@/lib/errors/app-error";
import { createApiKey } from "@/lib/public-api/api-keys";
import { workspaceNameSchema } from "@/lib/workspace/schemas";
import { findWorkspaceByName } from "@/lib/workspace/workspaces";

export interface AdminIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Command {
  summary: string;
  usage: string;
  options: Record<string, { type: "string" | "boolean" }>;
  run: (db: Db, values: Record<string, string | boolean | undefined>, io: AdminIo) => Promise<void>;
}

/** Plain-English messages for the CLI, which has no catalog of its own. */
const CLI_MESSAGES: Record<string, string> = {
  "errors.email.required": "--email is required",
  "errors.email.invalid": "--email is not a valid e-mail address",
  "errors.email.taken": "a user with this e-mail already exists",
  "errors.password.required": "--password is required",
  "errors.password.tooShort": "--password must be at least 8 characters",
  "errors.password.tooLong": "--password must be at most 200 characters",
  "errors.name.required": "--name must not be empty",
  "errors.name.tooLong": "--name must be at most 100 characters",
  "errors.workspaceName.required": "--workspace must not be empty",
  "errors.workspaceName.tooLong": "--workspace must be at most 80 characters",
  "channels.errors.nameRequired": "--name must not be empty",
  "channels.errors.nameTooLong": "--name must be at most 80 characters",
  "channels.errors.phoneNumberIdRequired": "--phone-number-id is required",
  "channels.errors.phoneNumberIdInvalid": "--phone-number-id must be Meta's numeric id",
  "channels.errors.wabaIdRequired": "--waba-id is required",
  "channels.errors.wabaIdInvalid": "--waba-id must be Meta's numeric id",
  "channels.errors.accessTokenRequired": "--access-token is required",
  "channels.errors.accessTokenTooLong": "--access-token is too long",
  "channels.errors.appSecretRequired": "--app-secret is required",
  "channels.errors.appSecretTooLong": "--app-secret is too long",
  "channels.errors.verifyTokenInvalid":
    "--verify-token must be 8 to 100 letters, digits or . _ ~ -",
  "channels.errors.displayPhoneNumberTooLong": "--display-phone-number is too long",
  "channels.errors.graphApiVersionInvalid": "--graph-api-version must look like v23.0",
  "channels.errors.phoneNumberTaken": "this phone number id is already connected to a channel",
};

export class UsageError extends Error {}

function parseOrExplain<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const messages = result.error.issues.map(
    (issue) => CLI_MESSAGES[issue.message] ?? `${issue.path.join(".")}: ${issue.message}`,
  );
  throw new UsageError(messages.join("\n"));
}

export const commands: Record<string, Command> = {
  "create-user": {
    summary: "Create an account (and its first workspace).",
    usage: "create-user --email EMAIL --password PASSWORD [--name NAME] [--workspace NAME]",
    options: {
      email: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      workspace: { type: "string" },
    },
    async run(db, values, io) {
      const input = parseOrExplain(
        z.object({
          email: emailSchema,
          password: passwordSchema,
          name: personNameSchema.optional(),
          workspace: workspaceNameSchema.optional(),
        }),
        values,
      );
      const name = input.name ?? input.email.split("@")[0] ?? input.email;
      const { user, workspace } = await registerUser(db, {
        email: input.email,
        password: input.password,
        name,
        workspaceName: input.workspace ?? `${name}'s workspace`,
      });
      io.out(`Created user ${user.email} (${user.id})`);
      io.out(`Workspace "${workspace.name}" at /w/${workspace.slug}`);
    },
  },
  "list-users": {
    summary: "List every account.",
    usage: "list-users [--json]",
    options: { json: { type: "boolean" } },
    async run(db, values, io) {
      const users = await listUsers(db);
      if (values.json) {
        io.out(JSON.stringify(users, null, 2));
        return;
      }
      if (users.length === 0) {
        io.out("No users yet.");
        return;
      }
      const rows = users.map((u) => [
        u.email,
        u.name,
        String(u.workspaces),
        u.createdAt.toISOString().slice(0, 16).replace("T", " "),
      ]);
      const header = ["E-MAIL", "NAME", "WORKSPACES", "CREATED (UTC)"];
      const widths = header.map((h, i) =>
        Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)),
      );
      for (const row of [header, ...rows])
        io.out(
          row
            .map((cell, i) => cell.padEnd(widths[i] ?? 0))
            .join("  ")
            .trimEnd(),
        );
    },
  },
};

commands["create-api-key"] = {
  summary: "Create a workspace API key for the public API (printed once).",
  usage: "create-api-key --workspace NAME [--name KEY_NAME] [--read-only]",
  options: {
    workspace: { type: "string" },
    name: { type: "string" },
    "read-only": { type: "boolean" },
  },
  async run(db, values, io) {
    const input = parseOrExplain(
      z.object({
        workspace: z
          .string({ error: "--workspace is required" })
          .trim()
          .min(1, "--workspace is required"),
        name: z.string().trim().min(1).max(60).default("Admin CLI"),
        "read-only": z.boolean().default(false),
      }),
      values,
    );
    const workspace = await findWorkspaceByName(db, input.workspace);
    if (!workspace) throw new UsageError(`No workspace is named "${input.workspace}".`);
    const { key, apiKey } = await createApiKey(db, {
      workspaceId: workspace.id,
      name: input.name,
      scope: input["read-only"] ? "read" : "write",
      createdBy: null,
    });
    io.out(`API key "${apiKey.name}" (${apiKey.scope}) for workspace "${workspace.name}":`);
    io.out(key);
    io.out("Store it now: it is not shown again.");
  },
};

commands["create-channel"] = {
  summary: "Connect a WhatsApp Cloud API number to a workspace.",
  usage:
    "create-channel --workspace NAME --phone-number-id ID --waba-id ID --app-secret S --access-token T [--verify-token V] [--name NAME] [--display-phone-number N] [--graph-api-version vX.Y]",
  options: {
    workspace: { type: "string" },
    name: { type: "string" },
    "phone-number-id": { type: "string" },
    "waba-id": { type: "string" },
    "app-secret": { type: "string" },
    "access-token": { type: "string" },
    "verify-token": { type: "string" },
    "display-phone-number": { type: "string" },
    "graph-api-version": { type: "string" },
  },
  async run(db, values, io) {
    const { workspace: workspaceName } = parseOrExplain(
      z.object({
        workspace: z
          .string({ error: "--workspace is required" })
          .trim()
          .min(1, "--workspace is required"),
      }),
      values,
    );
    const phoneNumberId = values["phone-number-id"];
    const channel = parseOrExplain(createChannelSchema, {
      name: values.name ?? (typeof phoneNumberId === "string" ? `WhatsApp ${phoneNumberId}` : ""),
      phoneNumberId,
      wabaId: values["waba-id"],
      appSecret: values["app-secret"],
      accessToken: values["access-token"],
      verifyToken: values["verify-token"],
      displayPhoneNumber: values["display-phone-number"],
      graphApiVersion: values["graph-api-version"],
    });
    const workspace = await findWorkspaceByName(db, workspaceName);
    if (!workspace) throw new UsageError(`No workspace is named "${workspaceName}".`);
    const created = await createChannel(db, { workspaceId: workspace.id, userId: null, channel });
    io.out(`Channel "${created.name}" (${created.id}) for workspace "${workspace.name}"`);
    io.out(`Webhook URL path: ${created.webhookPath}`);
    io.out(`Verify token: ${created.verifyToken}`);
  },
};

export function helpText(): string {
  const lines = ["Usage: npm run admin -- <command> [options]", "", "Commands:"];
  for (const [name, command] of Object.entries(commands)) {
    lines.push(`  ${name.padEnd(16)} ${command.summary}`, `  ${"".padEnd(16)} ${command.usage}`);
  }
  return lines.join("\n");
}

/** Runs one admin command; returns the process exit code. */
export async function runAdmin(argv: string[], db: Db, io: AdminIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help") {
    io.out(helpText());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${helpText()}`);
    return 1;
  }
  try {
    const { values } = parseArgs({
      args: rest,
      options: command.options,
      strict: true,
      allowPositionals: false,
    });
    await command.run(db, values, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nUsage: npm run admin -- ${command.usage}`);
      return 1;
    }
    if (error instanceof AppError) {
      io.err(CLI_MESSAGES[error.messageKey] ?? error.code);
      return 1;
    }
    if (
      error instanceof TypeError &&
      "code" in error &&
      String(error.code).startsWith("ERR_PARSE_ARGS")
    ) {
      io.err(`${error.message}\nUsage: npm run admin -- ${command.usage}`);
      return 1;
    }
    throw error;
  }
}
