import { z } from "zod";
import { contactSnapshotSchema, nodeRegistry } from "@/lib/flow";

/** The option of a discriminated union whose `key` is the literal `value`, with its own type. */
export function variantOf<O extends z.ZodObject, K extends string, V extends string>(
  options: readonly O[],
  key: K,
  value: V,
): Extract<O, { shape: Record<K, z.ZodLiteral<V>> }> {
  const found = options.find((o): o is Extract<O, { shape: Record<K, z.ZodLiteral<V>> }> => {
    const field: unknown = o.shape[key];
    return field instanceof z.ZodLiteral && field.value === value;
  });
  if (!found) throw new Error(`lib/flow has no ${key} "${value}"`);
  return found;
}

/*
 * The choices the inspector offers, read from lib/flow's node schemas so a value added there shows
 * up here (and its missing translation fails the catalog test) without a second list.
 */
const start = nodeRegistry.start.schema.shape.data.shape;
const question = nodeRegistry.question.schema.shape.data.shape;
const rule =
  nodeRegistry.condition.schema.shape.data.shape.branches.element.shape.groups.element.shape.rules
    .element.shape;
const assignmentValue =
  nodeRegistry.set_variable.schema.shape.data.shape.assignments.element.shape.value;
const dateAssignment = variantOf(assignmentValue.options, "kind", "date");
const randomAssignment = variantOf(assignmentValue.options, "kind", "random_code");
const answer = question.answer.unwrap();
const dateAnswer = variantOf(answer.options, "type", "date");
const mediaAnswer = variantOf(answer.options, "type", "media");
const keywordTrigger = variantOf(start.trigger.options, "kind", "keyword");
const contactUpdate = nodeRegistry.contact_update.schema.shape.data.shape;

export const FLOW_ENUMS = {
  triggerKinds: start.trigger.options.map((o) => o.shape.kind.value),
  keywordMatch: keywordTrigger.shape.match.unwrap().options,
  mediaKinds: nodeRegistry.message.schema.shape.data.shape.media.unwrap().shape.kind.options,
  answerTypes: answer.options.map((o) => o.shape.type.value),
  dateOrders: dateAnswer.shape.order.unwrap().options,
  answerMediaKinds: mediaAnswer.shape.kinds.unwrap().element.options,
  subjectKinds: rule.subject.options.map((o) => o.shape.kind.value),
  operators: rule.operator.options,
  matchModes:
    nodeRegistry.condition.schema.shape.data.shape.branches.element.shape.match.unwrap().options,
  assignmentKinds: assignmentValue.options.map((o) => o.shape.kind.value),
  timeUnits: nodeRegistry.delay.schema.shape.data.shape.unit.unwrap().options,
  dateLocales: dateAssignment.shape.locale.unwrap().options,
  alphabets: randomAssignment.shape.alphabet.unwrap().options,
  httpMethods: nodeRegistry.http_request.schema.shape.data.shape.method.unwrap().options,
  contactFields: contactUpdate.fields.unwrap().element.shape.field.options,
  optIn: contactUpdate.optIn.unwrap().options,
  discountSources: nodeRegistry.discount_code.schema.shape.data.shape.source.options.map(
    (o) => o.shape.kind.value,
  ),
  jumpTargets: nodeRegistry.jump.schema.shape.data.shape.target.options.map(
    (o) => o.shape.kind.value,
  ),
  templateButtonKinds: nodeRegistry.template.schema.shape.data.shape.buttons
    .unwrap()
    .element.options.map((o) => o.shape.kind.value),
  /** `{{contact.<field>}}` references the engine resolves (custom fields live under `fields`). */
  contactReferences: Object.keys(contactSnapshotSchema.shape).filter((key) => key !== "fields"),
} as const;
