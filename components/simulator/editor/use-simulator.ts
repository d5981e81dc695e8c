"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, apiFetch } from "@/components/providers/api-fetch";
import type { SimulatorAction } from "@/lib/simulator/simulator-action";
import {
  simulatorResponseSchema,
  type SimulatorResponse,
} from "@/lib/simulator/simulator-response";
import type { SimulatorState } from "@/lib/simulator/simulator-state";
import type { TranscriptEntry } from "@/lib/simulator/transcript";

/** Delays this close are waited out with the pane open; longer ones are for "skip". */
const AUTO_TICK_MS = 2 * 60_000;

export interface UseSimulator {
  state: SimulatorState | null;
  busy: boolean;
  blocked: SimulatorResponse["blocked"];
  /** A failed request, as a notice at the end of the chat. */
  failure: TranscriptEntry | null;
  run(action: SimulatorAction): void;
}

/**
 * The simulator's conversation with the server: loads the stored sandbox, sends each action with
 * the editor's current document (`getDocument`, unsaved changes included), one at a time, and
 * runs short delays when they come due.
 */
export function useSimulator({
  slug,
  flowId,
  getDocument,
  networkMessage,
}: {
  slug: string;
  flowId: string;
  getDocument(): unknown;
  networkMessage: string;
}): UseSimulator {
  const url = `/api/w/${encodeURIComponent(slug)}/flows/${encodeURIComponent(flowId)}/simulator`;
  const [state, setState] = useState<SimulatorState | null>(null);
  const [blocked, setBlocked] = useState<SimulatorResponse["blocked"]>(null);
  const [failure, setFailure] = useState<TranscriptEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const fail = useCallback(
    (error: unknown, at: number) => {
      const message =
        error instanceof ApiError && error.code !== "network" ? error.message : networkMessage;
      setFailure({
        kind: "notice",
        id: `failure-${at}`,
        at,
        notice: { type: "runtime_error", message },
      });
    },
    [networkMessage],
  );

  useEffect(() => {
    let cancelled = false;
    // Actions queue behind the load, so a slow load never overwrites their answer.
    queue.current = queue.current.then(() =>
      apiFetch(url, simulatorResponseSchema)
        .then((res) => {
          if (!cancelled) setState(res.state);
        })
        .catch((error: unknown) => {
          if (!cancelled) fail(error, Date.now());
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [url, fail]);

  const run = useCallback(
    (action: SimulatorAction) => {
      // One action at a time, in order: the sandbox applies them as the person made them.
      queue.current = queue.current.then(async () => {
        setBusy(true);
        try {
          const res = await apiFetch(url, simulatorResponseSchema, {
            method: "POST",
            body: { document: getDocument(), action },
          });
          setState(res.state);
          setBlocked(res.blocked);
          setFailure(null);
        } catch (error) {
          fail(error, Date.now());
        } finally {
          setBusy(false);
        }
      });
    },
    [url, fail, getDocument],
  );

  // A short delay comes due while the pane is open: run it as the live runtime would.
  const nextTimerAt = state?.nextTimerAt ?? null;
  const clock = state?.clock ?? null;
  useEffect(() => {
    if (nextTimerAt === null || clock === null) return;
    const wait = nextTimerAt - clock;
    if (wait > AUTO_TICK_MS) return;
    const timer = setTimeout(() => run({ type: "tick" }), Math.max(0, wait) + 250);
    return () => clearTimeout(timer);
  }, [nextTimerAt, clock, run]);

  return { state, busy, blocked, failure, run };
}
