import { createFlowEndpoint, getFlowEndpoint, listFlowsEndpoint } from "./flows";

/** Every public API operation, in the order the reference shows them. */
export const endpoints = [listFlowsEndpoint, createFlowEndpoint, getFlowEndpoint];
