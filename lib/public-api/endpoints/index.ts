import { createChannelEndpoint, deleteChannelEndpoint, listChannelsEndpoint } from "./channels";
import {
  listConversationsEndpoint,
  listMessagesEndpoint,
  startFlowEndpoint,
} from "./conversations";
import { createFlowEndpoint, getFlowEndpoint, listFlowsEndpoint } from "./flows";
import {
  listVersionsEndpoint,
  publishFlowEndpoint,
  unpublishFlowEndpoint,
  updateFlowEndpoint,
} from "./publishing";

/** Every public API operation, in the order the reference shows them. */
export const endpoints = [
  listFlowsEndpoint,
  createFlowEndpoint,
  getFlowEndpoint,
  updateFlowEndpoint,
  publishFlowEndpoint,
  unpublishFlowEndpoint,
  listVersionsEndpoint,
  startFlowEndpoint,
  listChannelsEndpoint,
  createChannelEndpoint,
  deleteChannelEndpoint,
  listConversationsEndpoint,
  listMessagesEndpoint,
];
