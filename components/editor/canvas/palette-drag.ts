/** dataTransfer type of a node type dragged from the palette onto the canvas. */
export const PALETTE_DRAG_TYPE = "application/x-sohbet-node-type";
