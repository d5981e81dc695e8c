import { localized } from "../localized";
import type { Flow } from "../schema/flowSchema";
import type { EngineContext } from "./engineContext";
import { engineInputSchema, type EngineInput } from "./engineInput";
import { EngineRun, type AdvanceResult } from "./engineRun";
import type { Session } from "./session";

/**
 * The conversation engine: a pure function of (flow, session, input, ctx). It walks the flow until
 * it must wait for the customer, a timer, an effect or an agent — or the session ends — and returns
 * the new session with the messages to send, the effects to perform and a trace of what happened.
 *
 * It never throws: malformed input is rejected in the trace, and an internal failure returns the
 * session unchanged with an `internal_error` trace entry (nothing half-applied).
 */
export function advance(
  flow: Flow,
  session: Session | null,
  input: EngineInput,
  ctx: EngineContext,
): AdvanceResult {
  const parsed = engineInputSchema.safeParse(input);
  if (!parsed.success) {
    return {
      session,
      outbox: [],
      effects: [],
      trace: [
        {
          type: "input_rejected",
          reason: "invalid_input",
          message: localized(
            `The input is malformed: ${parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")}`,
            `Girdi hatalı: ${parsed.error.issues.map((i) => `${i.path.join(".") || "girdi"}: ${i.message}`).join("; ")}`,
          ),
        },
      ],
    };
  }
  const run = new EngineRun(flow, ctx);
  try {
    run.handle(session, parsed.data);
    return { session: run.session, outbox: run.outbox, effects: run.effects, trace: run.traceLog };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      session,
      outbox: [],
      effects: [],
      trace: [
        ...run.traceLog,
        {
          type: "error",
          code: "internal_error",
          message: localized(
            `The engine failed: ${detail}. Nothing was changed.`,
            `Motor hata verdi: ${detail}. Hiçbir şey değiştirilmedi.`,
          ),
        },
      ],
    };
  }
}
