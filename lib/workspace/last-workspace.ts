/** Remembers the workspace last opened, so `/` returns there. */
export const LAST_WORKSPACE_COOKIE = "sohbet-last-workspace";
