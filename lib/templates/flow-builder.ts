import { flowSchema, FLOW_VERSION, type Flow, type FlowInput } from "@/lib/flow";
import { cellPosition, type Cell } from "./layout";

type NodeInput = FlowInput["nodes"][number];
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A node as a template writes it: defaults may be left out, the position comes from its cell. */
export type TemplateNode = DistributiveOmit<NodeInput, "position">;
type VariableInput = NonNullable<FlowInput["variables"]>[number];
type SettingsInput = NonNullable<FlowInput["settings"]>;

/**
 * Collects a template's nodes and edges tersely and parses the result with the one flow schema, so
 * a template can never hand out a document the editor or engine would not accept.
 */
export class FlowBuilder {
  private readonly nodes: NodeInput[] = [];
  private readonly edges: NonNullable<FlowInput["edges"]> = [];

  add(cell: Cell, node: TemplateNode): this {
    this.nodes.push({ ...node, position: cellPosition(cell) });
    return this;
  }

  /** One edge per output port, so `source:port` is a unique, readable id. */
  connect(source: string, port: string, target: string): this {
    this.edges.push({ id: `${source}:${port}`, source, sourceHandle: port, target });
    return this;
  }

  build(options: { variables: VariableInput[]; settings: SettingsInput }): Flow {
    return flowSchema.parse({
      version: FLOW_VERSION,
      nodes: this.nodes,
      edges: this.edges,
      variables: options.variables,
      settings: options.settings,
    });
  }
}
