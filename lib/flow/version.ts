/** Version of the flow document written by this code; older documents are migrated on parse. */
export const FLOW_VERSION = 1;
