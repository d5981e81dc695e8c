import { toNumber } from "../../expr/arithmetic";
import type { InboundMessage } from "../../io";
import type { JsonValue } from "../../json";
import { safeRegexTest } from "../../regex/safeRegex";
import { valueToText } from "../../template/interpolate";
import { messageText } from "../../text/messageText";
import { foldCase, normalizeText } from "../../text/normalizeText";
import type { NodeRuntime } from "../nodeDefinition";
import type { ConditionBranch, ConditionRule, ConditionSubject } from "./conditionSchema";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function lastMessageValue(message: InboundMessage | null): JsonValue | undefined {
  if (message === null) return undefined;
  const text = messageText(message);
  if (text !== undefined) return text;
  if (message.kind === "media") return message.caption ?? "";
  if (message.kind === "location") return message.name ?? message.address ?? "";
  return "";
}

export function subjectValue(subject: ConditionSubject, rt: NodeRuntime): JsonValue | undefined {
  switch (subject.kind) {
    case "variable":
      return rt.lookup(subject.name);
    case "contact":
      return rt.lookup(`contact.${subject.field}`);
    case "last_message":
      return lastMessageValue(rt.lastMessage);
  }
}

function isEmpty(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

/** Compares numerically when both sides are numbers, as ISO dates when both are dates, else undefined. */
function order(left: JsonValue | undefined, right: string): number | undefined {
  const a = toNumber(left);
  const b = toNumber(right);
  if (a !== undefined && b !== undefined) return a - b;
  const text = valueToText(left);
  if (ISO_DATE.test(text) && ISO_DATE.test(right)) return text < right ? -1 : text > right ? 1 : 0;
  return undefined;
}

function same(left: JsonValue | undefined, right: string, caseSensitive: boolean): boolean {
  const a = toNumber(left);
  const b = toNumber(right);
  if (a !== undefined && b !== undefined) return a === b;
  const text = valueToText(left).trim();
  // Loose equality also ignores punctuation and spacing: customers type "Evet!" for "evet".
  return caseSensitive ? text === right.trim() : normalizeText(text) === normalizeText(right);
}

function fold(text: string, caseSensitive: boolean): string {
  return caseSensitive ? text : foldCase(text);
}

export function evaluateRule(rule: ConditionRule, rt: NodeRuntime): boolean {
  const value = subjectValue(rule.subject, rt);
  const right = (): string => rt.text(rule.value);
  // A list subject (contact.tags) "contains"/"equals" when one of its items does.
  const items = Array.isArray(value) ? value : undefined;
  switch (rule.operator) {
    case "is_set":
      return value !== undefined && value !== null;
    case "is_not_set":
      return value === undefined || value === null;
    case "is_empty":
      return isEmpty(value);
    case "is_not_empty":
      return !isEmpty(value);
    case "equals":
      return items
        ? items.some((i) => same(i, right(), rule.caseSensitive))
        : same(value, right(), rule.caseSensitive);
    case "not_equals":
      return items
        ? !items.some((i) => same(i, right(), rule.caseSensitive))
        : !same(value, right(), rule.caseSensitive);
    case "contains":
    case "not_contains": {
      const needle = fold(right(), rule.caseSensitive);
      const found = items
        ? items.some((i) => fold(valueToText(i), rule.caseSensitive) === needle)
        : fold(valueToText(value), rule.caseSensitive).includes(needle);
      return rule.operator === "contains" ? found : !found;
    }
    case "starts_with":
      return fold(valueToText(value), rule.caseSensitive).startsWith(
        fold(right(), rule.caseSensitive),
      );
    case "ends_with":
      return fold(valueToText(value), rule.caseSensitive).endsWith(
        fold(right(), rule.caseSensitive),
      );
    case "greater_than":
    case "greater_or_equal":
    case "less_than":
    case "less_or_equal": {
      const diff = order(value, right().trim());
      if (diff === undefined) return false;
      if (rule.operator === "greater_than") return diff > 0;
      if (rule.operator === "greater_or_equal") return diff >= 0;
      if (rule.operator === "less_than") return diff < 0;
      return diff <= 0;
    }
    case "in_list":
    case "not_in_list": {
      const found = rule.values.some((candidate) =>
        same(value, rt.text(candidate), rule.caseSensitive),
      );
      return rule.operator === "in_list" ? found : !found;
    }
    case "regex":
      return safeRegexTest(rt.text(rule.value), valueToText(value), rule.caseSensitive);
  }
}

/** A branch matches when its groups combine to true (`all` = AND, `any` = OR); empty never matches. */
export function evaluateBranch(branch: ConditionBranch, rt: NodeRuntime): boolean {
  const groups = branch.groups.filter((g) => g.rules.length > 0);
  if (groups.length === 0) return false;
  const groupHolds = (group: ConditionBranch["groups"][number]) =>
    group.match === "all"
      ? group.rules.every((r) => evaluateRule(r, rt))
      : group.rules.some((r) => evaluateRule(r, rt));
  return branch.match === "all" ? groups.every(groupHolds) : groups.some(groupHolds);
}
