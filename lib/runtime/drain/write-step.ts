/**
 * Writes a single engine step outside a drain (an API start): the same writes as a drained
 * batch (step-writer.ts), for one conversation, in the caller's transaction.
 */
import type { Tx } from "@/lib/db";
import type { Runtime } from "../runtime";
import type { ContactRow, ConversationRow } from "./conversation-row";
import { StepWriter, type StepWrite } from "./step-writer";

export async function writeStep(
  tx: Tx,
  rt: Runtime,
  conv: ConversationRow,
  contact: ContactRow | null,
  step: StepWrite,
): Promise<void> {
  const writer = new StepWriter(rt);
  writer.applyStep({ conv, contact, timers: [] }, step);
  await writer.flush(tx);
}
