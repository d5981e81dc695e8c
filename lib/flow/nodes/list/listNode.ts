import { LIMITS, type OutboundMessage } from "../../io";
import { localized } from "../../localized";
import { normalizeText } from "../../text/normalizeText";
import { defineNode, type NodeRuntime } from "../nodeDefinition";
import { BUILTIN_TEXTS } from "../shared/builtinTexts";
import { Issues } from "../shared/issues";
import { sharedPort, titledPort } from "../shared/ports";
import { IGNORE_REACTION, rejectAnswer } from "../shared/rejectAnswer";
import { fitText, textOr } from "../shared/runtimeText";
import { visitTemplate } from "../shared/visitVariables";
import { listNodeSchema, type ListData } from "./listSchema";

const BODY = localized("The message text", "Mesaj metni");
const HEADER = localized("The header", "Başlık");
const FOOTER = localized("The footer", "Alt bilgi");
const BUTTON = localized("The list button label", "Liste düğmesi etiketi");
const SECTION = localized("The section title", "Bölüm başlığı");
const ROW_TITLE = localized("The row title", "Satır başlığı");
const ROW_DESCRIPTION = localized("The row description", "Satır açıklaması");
const ROW_ID = localized("The row id", "Satır kimliği");

function listMessage(data: ListData, rt: NodeRuntime): OutboundMessage {
  const header = fitText(rt, data.header, LIMITS.header, HEADER);
  const footer = fitText(rt, data.footer, LIMITS.footer, FOOTER);
  return {
    type: "list",
    body: fitText(rt, data.body, LIMITS.interactiveBody, BODY),
    ...(header.trim() === "" ? {} : { header: { type: "text", text: header } }),
    ...(footer.trim() === "" ? {} : { footer }),
    buttonLabel: fitText(
      rt,
      textOr(rt, data.buttonLabel, BUILTIN_TEXTS.listButton),
      LIMITS.listButtonLabel,
      BUTTON,
    ),
    sections: data.sections.map((section) => {
      const title = fitText(rt, section.title, LIMITS.listSectionTitle, SECTION);
      return {
        ...(title.trim() === "" ? {} : { title }),
        rows: section.rows.map((row) => {
          const description = fitText(
            rt,
            row.description,
            LIMITS.listRowDescription,
            ROW_DESCRIPTION,
          );
          return {
            id: row.id,
            title: fitText(rt, row.title, LIMITS.listRowTitle, ROW_TITLE),
            ...(description.trim() === "" ? {} : { description }),
          };
        }),
      };
    }),
  };
}

export const listNode = defineNode(listNodeSchema)({
  type: "list",
  meta: {
    group: "Questions",
    icon: "List",
    label: localized("List", "Liste"),
    description: localized(
      "A menu of up to ten rows in sections; each row continues on its own path.",
      "Bölümlere ayrılmış en fazla on satırlık bir menü; her satır kendi yolundan devam eder.",
    ),
    defaultData: () => ({
      body: "",
      header: "",
      footer: "",
      buttonLabel: "",
      sections: [{ title: "", rows: [{ id: "row_1", title: "", description: "" }] }],
      retryMessage: "",
      maxAttempts: 2,
    }),
  },
  ports: (data) => [
    ...data.sections.flatMap((s) => s.rows.map((r) => titledPort(r.id, r.title, true))),
    sharedPort("invalid", false),
  ],
  traits: () => ({ waitsFor: "customer", sendsFreeForm: true }),
  portTiming: () => ({ resetsWindow: true, delayMs: 0 }),

  validate(node) {
    const { data } = node;
    const issues = new Issues()
      .text("body", data.body, LIMITS.interactiveBody, BODY)
      .maxLength("header", data.header, LIMITS.header, HEADER)
      .maxLength("footer", data.footer, LIMITS.footer, FOOTER)
      .maxLength("buttonLabel", data.buttonLabel, LIMITS.listButtonLabel, BUTTON)
      .maxAttempts("maxAttempts", data.maxAttempts);
    const rowCount = data.sections.reduce((n, s) => n + s.rows.length, 0);
    if (rowCount === 0) {
      issues.error(
        "too_few_rows",
        "sections",
        localized("Add at least one row.", "En az bir satır ekleyin."),
      );
    }
    if (rowCount > LIMITS.listRowsMax) {
      issues.error(
        "too_many_rows",
        "sections",
        localized(
          `WhatsApp allows at most ${LIMITS.listRowsMax} rows in a list (this one has ${rowCount}).`,
          `WhatsApp bir listede en fazla ${LIMITS.listRowsMax} satıra izin veriyor (bu listede ${rowCount} var).`,
        ),
      );
    }
    if (data.sections.length > LIMITS.listSectionsMax) {
      issues.error(
        "too_many_sections",
        "sections",
        localized(
          `WhatsApp allows at most ${LIMITS.listSectionsMax} sections.`,
          `WhatsApp en fazla ${LIMITS.listSectionsMax} bölüme izin veriyor.`,
        ),
      );
    }
    const ids = new Set<string>();
    const titles = new Set<string>();
    data.sections.forEach((section, s) => {
      const at = `sections.${s}`;
      if (data.sections.length > 1 && section.title.trim() === "") {
        issues.error(
          "section_title_required",
          `${at}.title`,
          localized(
            "With more than one section, every section needs a title.",
            "Birden fazla bölüm varsa her bölümün bir başlığı olmalı.",
          ),
        );
      }
      issues.maxLength(`${at}.title`, section.title, LIMITS.listSectionTitle, SECTION);
      if (section.rows.length === 0) {
        issues.error(
          "empty_section",
          `${at}.rows`,
          localized("This section has no rows.", "Bu bölümde satır yok."),
        );
      }
      section.rows.forEach((row, r) => {
        const rowAt = `${at}.rows.${r}`;
        issues.text(`${rowAt}.title`, row.title, LIMITS.listRowTitle, ROW_TITLE);
        issues.maxLength(
          `${rowAt}.description`,
          row.description,
          LIMITS.listRowDescription,
          ROW_DESCRIPTION,
        );
        issues.maxLength(`${rowAt}.id`, row.id, LIMITS.listRowId, ROW_ID);
        issues.reservedPortId(`${rowAt}.id`, row.id, ["invalid"]);
        if (ids.has(row.id)) issues.duplicate("duplicate_id", `${rowAt}.id`, row.id);
        const title = normalizeText(row.title);
        if (title !== "" && titles.has(title))
          issues.duplicate("duplicate_title", `${rowAt}.title`, row.title, "warning");
        ids.add(row.id);
        titles.add(title);
      });
    });
    return issues.list;
  },

  variables: (node, visit) => ({
    ...node,
    data: {
      ...node.data,
      body: visitTemplate(node.data.body, "body", visit),
      header: visitTemplate(node.data.header, "header", visit),
      footer: visitTemplate(node.data.footer, "footer", visit),
      sections: node.data.sections.map((section, s) => ({
        ...section,
        title: visitTemplate(section.title, `sections.${s}.title`, visit),
        rows: section.rows.map((row, r) => ({
          ...row,
          title: visitTemplate(row.title, `sections.${s}.rows.${r}.title`, visit),
          description: visitTemplate(row.description, `sections.${s}.rows.${r}.description`, visit),
        })),
      })),
      retryMessage: visitTemplate(node.data.retryMessage, "retryMessage", visit),
    },
  }),

  enter(node, rt) {
    rt.send(listMessage(node.data, rt));
    return { kind: "wait_input" };
  },

  onInput(node, rt, message) {
    const rows = node.data.sections.flatMap((s) => s.rows);
    if (message.kind === "reaction") return IGNORE_REACTION;
    if (message.kind === "list" && rows.some((r) => r.id === message.rowId))
      return { kind: "port", port: message.rowId };
    if (message.kind === "text") {
      const typed = normalizeText(message.text);
      const match = rows.find((r) => normalizeText(rt.text(r.title)) === typed);
      if (match !== undefined && typed !== "") return { kind: "port", port: match.id };
    }
    return rejectAnswer(rt, {
      maxAttempts: node.data.maxAttempts,
      retryMessage:
        node.data.retryMessage.trim() === "" ? rt.settings.fallbackMessage : node.data.retryMessage,
      defaultText: BUILTIN_TEXTS.chooseOption,
      reason: "not_a_row",
      reprompt: () => rt.send(listMessage(node.data, rt)),
    });
  },
});
