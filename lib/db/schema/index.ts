export * from "./users";
export * from "./workspaces";
export * from "./flows";
export * from "./api-keys";
export * from "./channels";
export * from "./publishing";
export * from "./runtime";
export * from "./simulator";
