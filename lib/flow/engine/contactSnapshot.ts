import { z } from "zod";

/** What the runtime knows about the customer when it calls `advance`. */
export const contactSnapshotSchema = z.object({
  waId: z.string().optional(),
  name: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
  tags: z.array(z.string()).default([]),
  /** Marketing opt-in; undefined = never asked. */
  optIn: z.boolean().optional(),
  fields: z.record(z.string(), z.string()).default({}),
});
export type ContactSnapshot = z.infer<typeof contactSnapshotSchema>;

export const EMPTY_CONTACT: ContactSnapshot = { tags: [], fields: {} };

/** Built-in contact fields a flow can read as `{{contact.<field>}}` and write with contact_update. */
export const CONTACT_FIELDS = ["name", "email", "phone", "address"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
