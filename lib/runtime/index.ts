/** Public API of lib/runtime: what routes, scripts and other modules use. */
export { getRuntime } from "./app-runtime";
export { createRuntime, type CreateRuntimeOptions, type RunningRuntime } from "./create-runtime";
export {
  privateHttpModeFromEnv,
  runtimeConfigFromEnv,
  workersEnabled,
  type RuntimeConfig,
} from "./config";
export {
  PRIVATE_HTTP_MODES,
  privateHttpAllowed,
  type PrivateHttpMode,
} from "./effects/private-http-policy";
export { defaultSources } from "./default-sources";
export { receiveWebhook, verifyWebhook, MAX_WEBHOOK_BYTES } from "./intake/receive-webhook";
export {
  startFlowForContact,
  startFlowInputSchema,
  type StartFlowInput,
  type StartFlowResult,
} from "./start-flow-for-contact";
export type { Runtime } from "./runtime";
export type {
  ChannelSource,
  FlowSource,
  LiveFlow,
  RuntimeChannel,
  RuntimeSources,
  WorkspaceSettingsSource,
} from "./sources";
// The simulator runs the same engine call and HTTP effect on its sandbox channel.
export { advanceWithInlineEffects, type EngineRun } from "./drain/run-engine";
export { performHttp, type HttpEffectOptions } from "./effects/perform-http";
