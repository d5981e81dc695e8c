/** The Graph API version new channels use; a channel stores its own so an upgrade is deliberate. */
export const DEFAULT_GRAPH_API_VERSION = "v23.0";
