import { z } from "zod";
import { localeSchema } from "../localized";

export const globalKeywordsSchema = z.object({
  restart: z.array(z.string()).default(["restart", "yeniden başla"]),
  human: z.array(z.string()).default(["human", "agent", "temsilci", "müşteri temsilcisi"]),
  stop: z.array(z.string()).default(["stop", "dur", "abonelikten çık"]),
});

/**
 * Flow-wide behaviour. Empty message strings mean "use the built-in text in `locale`", so a new
 * flow behaves sensibly without the marketer writing every system message.
 */
export const flowSettingsSchema = z.object({
  locale: localeSchema.default("en"),
  timeZone: z.string().default("Europe/Istanbul"),
  /** Minutes without a customer reply after which the session ends; 0 = never. */
  inactivityTimeoutMinutes: z.number().nonnegative().default(60),
  inactivityMessage: z.string().default(""),
  fallbackMessage: z.string().default(""),
  globalKeywords: globalKeywordsSchema.prefault({}),
  humanHandoffMessage: z.string().default(""),
  humanHandoffTeam: z.string().default(""),
  stopMessage: z.string().default(""),
  /**
   * The flow's own template node to send when WhatsApp refuses a message because the 24-hour
   * window has closed (error 131047); "" = none. A default, so older documents stay valid.
   */
  windowClosedTemplateNodeId: z.string().default(""),
});
export type FlowSettings = z.infer<typeof flowSettingsSchema>;
