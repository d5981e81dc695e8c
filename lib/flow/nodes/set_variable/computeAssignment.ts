import { durationMs } from "../../date/durationMs";
import { formatDate, toTimestamp } from "../../date/formatDate";
import { isValidTimeZone } from "../../date/zonedTime";
import { evaluateExpression, parseExpression } from "../../expr/arithmetic";
import type { JsonValue } from "../../json";
import { randomCode } from "../../random/randomCode";
import type { NodeRuntime } from "../nodeDefinition";
import type { AssignmentValue } from "./setVariableSchema";

export type Computed = { ok: true; value: JsonValue } | { ok: false; error: string };

export function computeAssignment(value: AssignmentValue, rt: NodeRuntime): Computed {
  switch (value.kind) {
    case "literal":
      return { ok: true, value: value.value };
    case "template":
      return { ok: true, value: rt.text(value.template) };
    case "math": {
      const parsed = parseExpression(value.expression);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      const result = evaluateExpression(parsed.expression, rt.lookup.bind(rt));
      return result.ok ? { ok: true, value: result.value } : result;
    }
    case "date": {
      const timeZone = value.timeZone === "" ? rt.settings.timeZone : value.timeZone;
      if (!isValidTimeZone(timeZone))
        return { ok: false, error: `Unknown time zone "${timeZone}"` };
      const base = value.from === "" ? rt.now : toTimestamp(rt.lookup(value.from), timeZone);
      if (base === undefined) return { ok: false, error: `"${value.from}" does not hold a date` };
      const locale = value.locale === "flow" ? rt.settings.locale : value.locale;
      return {
        ok: true,
        value: formatDate(
          base + durationMs(value.offset, value.offsetUnit),
          value.format,
          timeZone,
          locale,
        ),
      };
    }
    case "random_code":
      return {
        ok: true,
        value: value.prefix + randomCode(value.length, value.alphabet, () => rt.random()),
      };
  }
}
