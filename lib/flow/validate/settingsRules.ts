import { isValidTimeZone } from "../date/zonedTime";
import type { FlowIndex } from "../graph/flowIndex";
import { LIMITS } from "../io";
import { localized } from "../localized";
import { normalizeText } from "../text/normalizeText";
import { problem, type Problem } from "./problem";

export function settingsRules(index: FlowIndex): Problem[] {
  const { settings } = index.flow;
  const problems: Problem[] = [];
  if (!isValidTimeZone(settings.timeZone)) {
    problems.push(
      problem({
        code: "invalid_time_zone",
        severity: "error",
        field: "settings.timeZone",
        message: localized(
          `"${settings.timeZone}" is not a time zone like Europe/Istanbul.`,
          `"${settings.timeZone}" Europe/Istanbul gibi bir saat dilimi değil.`,
        ),
      }),
    );
  }
  for (const key of [
    "fallbackMessage",
    "inactivityMessage",
    "humanHandoffMessage",
    "stopMessage",
  ] as const) {
    if (settings[key].length > LIMITS.textBody) {
      problems.push(
        problem({
          code: "too_long",
          severity: "error",
          field: `settings.${key}`,
          message: localized(
            `This message has ${settings[key].length} characters; WhatsApp allows at most ${LIMITS.textBody}.`,
            `Bu mesaj ${settings[key].length} karakter; WhatsApp en fazla ${LIMITS.textBody} karaktere izin veriyor.`,
          ),
        }),
      );
    }
  }
  for (const action of ["restart", "human", "stop"] as const) {
    settings.globalKeywords[action].forEach((keyword, i) => {
      if (normalizeText(keyword) !== "") return;
      problems.push(
        problem({
          code: "keyword_empty",
          severity: "warning",
          field: `settings.globalKeywords.${action}.${i}`,
          message: localized(
            "An empty keyword never matches; remove it.",
            "Boş bir anahtar kelime hiç eşleşmez; kaldırın.",
          ),
        }),
      );
    });
  }
  if (settings.globalKeywords.stop.every((k) => normalizeText(k) === "")) {
    problems.push(
      problem({
        code: "no_stop_keyword",
        severity: "warning",
        field: "settings.globalKeywords.stop",
        message: localized(
          "Customers need a word to opt out of messages (such as STOP).",
          "Müşterilerin mesajlardan çıkmak için bir kelimeye (örneğin DUR) ihtiyacı var.",
        ),
      }),
    );
  }
  const fallbackId = settings.windowClosedTemplateNodeId;
  if (fallbackId !== "") {
    const target = index.nodeById.get(fallbackId);
    if (target === undefined) {
      problems.push(
        problem({
          code: "window_fallback_missing",
          severity: "error",
          field: "settings.windowClosedTemplateNodeId",
          message: localized(
            `The template to send when the 24-hour window has closed ("${fallbackId}") is no longer in the flow; choose another one or none.`,
            `24 saatlik pencere kapandığında gönderilecek şablon ("${fallbackId}") artık akışta yok; başka birini seçin ya da hiçbirini seçmeyin.`,
          ),
        }),
      );
    } else if (target.type !== "template") {
      problems.push(
        problem({
          code: "window_fallback_not_template",
          severity: "error",
          nodeId: target.id,
          field: "settings.windowClosedTemplateNodeId",
          message: localized(
            "Only a template node can be sent when the 24-hour window has closed; WhatsApp refuses anything else.",
            "24 saatlik pencere kapandığında yalnızca bir şablon düğümü gönderilebilir; WhatsApp başka her şeyi reddeder.",
          ),
        }),
      );
    } else if (!target.data.buttons.some((b) => b.kind === "quick_reply")) {
      problems.push(
        problem({
          code: "window_fallback_no_replies",
          severity: "warning",
          nodeId: target.id,
          field: "settings.windowClosedTemplateNodeId",
          message: localized(
            "This template has no quick-reply buttons, so the flow does not wait for the customer: the free-form steps after it are dropped while the window is closed.",
            "Bu şablonda hızlı yanıt düğmesi yok, bu yüzden akış müşteriyi beklemez: pencere kapalıyken ardından gelen serbest mesajlar gönderilmez.",
          ),
        }),
      );
    }
  }
  return problems;
}
