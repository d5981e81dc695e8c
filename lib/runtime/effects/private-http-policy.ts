/**
 * Who decides whether flow HTTP nodes may reach private, loopback and link-local addresses.
 * Sohbet may host many workspaces on one server: letting any workspace owner reach the host's own
 * network is server-side request forgery, so the operator (SOHBET_HTTP_ALLOW_PRIVATE) has the last
 * word and can hand the choice to each workspace's owners.
 */
export const PRIVATE_HTTP_MODES = ["always", "workspace", "never"] as const;
export type PrivateHttpMode = (typeof PRIVATE_HTTP_MODES)[number];

/** THE rule, shared by the live runtime and the simulator. */
export function privateHttpAllowed(mode: PrivateHttpMode, workspaceAllows: boolean): boolean {
  switch (mode) {
    case "always":
      return true;
    case "never":
      return false;
    case "workspace":
      return workspaceAllows;
  }
}

/** How `performHttp` words a refused private address; the simulator recognises it to add a hint. */
export const PRIVATE_ADDRESS_REFUSAL = "Refusing to call a private address";

export function isPrivateAddressRefusal(message: string): boolean {
  return message.startsWith(PRIVATE_ADDRESS_REFUSAL);
}
