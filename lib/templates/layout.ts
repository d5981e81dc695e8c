import type { Position } from "@/lib/flow";

/**
 * Templates are laid out on a grid: columns read left → right in the order a conversation moves,
 * rows stack alternatives top → bottom. A cell is wide and tall enough for the canvas's node cards
 * (see layout.test.ts, which checks that no two estimated cards overlap).
 */
export const COLUMN_WIDTH = 360;
export const ROW_HEIGHT = 200;

/** `[column, row]`; rows may be fractional to centre a node between two others. */
export type Cell = readonly [column: number, row: number];

export function cellPosition([column, row]: Cell): Position {
  return { x: column * COLUMN_WIDTH, y: Math.round(row * ROW_HEIGHT) };
}
