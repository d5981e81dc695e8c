/** Where Cloud API calls go: Meta, or the local emulator in development and tests. */
export function graphApiBaseUrl(): string {
  return (process.env.WHATSAPP_GRAPH_API_URL || "https://graph.facebook.com").replace(/\/+$/, "");
}
