import { z } from "zod";
import type { PublishedVersion } from "./publish";
import type { Publication, VersionDetail, VersionSummary } from "./versions";

/** JSON shapes of the publishing API, shared by the route handlers, the public API and the browser. */
const nodeRefJsonSchema = z.object({ id: z.string(), type: z.string() });

export const changeSummaryJsonSchema = z.object({
  initial: z.boolean(),
  added: z.array(nodeRefJsonSchema),
  removed: z.array(nodeRefJsonSchema),
  edited: z.array(nodeRefJsonSchema),
  connectionsAdded: z.number().int(),
  connectionsRemoved: z.number().int(),
  settingsChanged: z.boolean(),
});

export const versionJsonSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  live: z.boolean(),
  changes: changeSummaryJsonSchema,
});
export type VersionJson = z.infer<typeof versionJsonSchema>;

export const publicationJsonSchema = z.object({
  channelId: z.string(),
  channelName: z.string(),
  versionId: z.string(),
  versionNumber: z.number().int(),
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
});
export type PublicationJson = z.infer<typeof publicationJsonSchema>;

export const versionListJsonSchema = z.object({
  versions: z.array(versionJsonSchema),
  publication: publicationJsonSchema.nullable(),
});

export const versionDetailJsonSchema = versionJsonSchema.omit({ changes: true }).extend({
  flowId: z.string(),
  flowName: z.string(),
  document: z.unknown(),
});

export const publishedJsonSchema = z.object({
  versionId: z.string(),
  versionNumber: z.number().int(),
  channelId: z.string(),
  channelName: z.string(),
  publishedAt: z.string(),
});
export type PublishedJson = z.infer<typeof publishedJsonSchema>;

export const publishStatusJsonSchema = z.object({
  publication: publicationJsonSchema.nullable(),
  revision: z.number().int(),
});

export function toVersionJson(version: VersionSummary): VersionJson {
  return { ...version, createdAt: version.createdAt.toISOString() };
}

export function toVersionDetailJson(
  version: VersionDetail,
): z.infer<typeof versionDetailJsonSchema> {
  return { ...version, createdAt: version.createdAt.toISOString() };
}

export function toPublicationJson(publication: Publication | null): PublicationJson | null {
  return publication
    ? { ...publication, publishedAt: publication.publishedAt.toISOString() }
    : null;
}

export function toPublishedJson(published: PublishedVersion): PublishedJson {
  return { ...published, publishedAt: published.publishedAt.toISOString() };
}
