import { useTranslations } from "next-intl";
import { nodeRegistry } from "@/lib/flow";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { FLOW_ENUMS } from "../flow-enums";
import { useInspectorScope } from "../inspector-scope";
import { pickLocalized } from "../../nodes/use-ui-locale";
import { variantDefault } from "../variant-default";
import type { FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

const targetSchema = nodeRegistry.jump.schema.shape.data.shape.target;

export function JumpForm({ data, onChange }: FormProps<"jump">) {
  const t = useTranslations("inspector");
  const { flow, nodeId, locale } = useInspectorScope();
  const { target } = data;
  const nodeChoices = flow.nodes.filter((n) => n.id !== nodeId);
  return (
    <InspectorSection>
      <SelectField
        path="target.kind"
        label={t("field.jumpTo")}
        value={target.kind}
        options={FLOW_ENUMS.jumpTargets}
        optionLabel={(kind) => t(`jumpTarget.${kind}`)}
        onChange={(kind) =>
          onChange({
            ...data,
            target: variantDefault(targetSchema, targetSchema.options, "kind", kind),
          })
        }
      />
      {target.kind === "node" ? (
        <SelectField
          path="target.nodeId"
          label={t("field.targetNode")}
          value={target.nodeId}
          options={["", ...nodeChoices.map((n) => n.id)]}
          optionLabel={(id) => {
            const node = nodeChoices.find((n) => n.id === id);
            if (!node) return t("chooseNode");
            return `${pickLocalized(nodeRegistry[node.type].meta.label, locale)} · ${id}`;
          }}
          onChange={(nodeId) => onChange({ ...data, target: { ...target, nodeId } })}
        />
      ) : (
        <>
          <TextField
            path="target.flowId"
            label={t("field.targetFlow")}
            value={target.flowId}
            mono
            hint={t("hint.targetFlow")}
            onChange={(flowId) => onChange({ ...data, target: { ...target, flowId } })}
          />
          <TextField
            path="target.startNodeId"
            label={t("field.startNodeId")}
            value={target.startNodeId}
            mono
            hint={t("hint.startNodeId")}
            onChange={(startNodeId) => onChange({ ...data, target: { ...target, startNodeId } })}
          />
        </>
      )}
    </InspectorSection>
  );
}
