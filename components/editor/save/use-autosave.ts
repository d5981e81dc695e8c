"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef } from "react";
import { toast } from "sonner";
import { ApiError, errorText } from "@/components/providers/api-fetch";
import { parseFlow, type Flow } from "@/lib/flow";
import { hasUnsavedChanges } from "../store/editor-store";
import { useEditorStore } from "../store/editor-store-context";
import { getStoredFlow, putFlowDocument } from "./flow-document-api";

/** Quiet time after the last change before saving. */
export const SAVE_DEBOUNCE_MS = 700;
const MAX_BACKOFF_MS = 30_000;

/** Answers that retrying cannot fix (bad document, no right, gone). */
const isPermanent = (error: unknown) =>
  error instanceof ApiError && [400, 403, 404, 413].includes(error.status);

/**
 * Saves the document a moment after every change, one request at a time, with the revision it is
 * based on. Failures retry with exponential back-off; the document stays in the store meanwhile,
 * so nothing typed is lost. A stale revision stops saving until the user picks reload or overwrite.
 */
export function useAutosave({
  slug,
  flowId,
  enabled,
}: {
  slug: string;
  flowId: string;
  enabled: boolean;
}) {
  const t = useTranslations();
  const store = useEditorStore();
  const { mutateAsync } = useMutation({
    mutationKey: ["flow-document", flowId],
    mutationFn: (body: { document: Flow; revision: number }) => putFlowDocument(slug, flowId, body),
    retry: false,
  });
  const scheduleRef = useRef<(delay: number) => void>(() => {});

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = false;
    let attempt = 0;
    let disposed = false;

    const schedule = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), delay);
    };
    scheduleRef.current = schedule;

    async function run() {
      const state = store.getState();
      if (disposed || inFlight || state.saveStatus === "conflict") return;
      if (!hasUnsavedChanges(state)) return;
      // A drag in progress saves once it ends.
      if (state.gestureStart !== null) return;
      const document = state.flow;
      inFlight = true;
      if (state.saveStatus !== "retrying") state.markSaving();
      try {
        const saved = await mutateAsync({ document, revision: state.revision });
        attempt = 0;
        store.getState().markSaved(document, saved.revision);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          const stored = await getStoredFlow(slug, flowId).catch(() => null);
          store.getState().markConflict(stored?.revision ?? state.revision + 1);
        } else if (isPermanent(error)) {
          store.getState().markError();
          toast.error(t("editor.save.failed"), {
            description: errorText(error, (key) => t(key)),
            id: "save-failed",
          });
        } else {
          attempt += 1;
          store.getState().markRetrying();
          schedule(Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (attempt - 1)));
        }
      } finally {
        inFlight = false;
      }
      // Changes made while the request ran are saved next.
      const after = store.getState();
      if (after.saveStatus === "saved" && hasUnsavedChanges(after)) schedule(SAVE_DEBOUNCE_MS);
    }

    const unsubscribe = store.subscribe((state, previous) => {
      const changed = state.flow !== previous.flow;
      const gestureEnded = previous.gestureStart !== null && state.gestureStart === null;
      if ((changed || gestureEnded) && state.saveStatus !== "retrying") schedule(SAVE_DEBOUNCE_MS);
      if (previous.saveStatus === "conflict" && state.saveStatus === "saving") schedule(0);
    });
    const onOnline = () => schedule(0);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges(store.getState())) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = "";
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("beforeunload", onBeforeUnload);
    if (hasUnsavedChanges(store.getState())) schedule(SAVE_DEBOUNCE_MS);
    return () => {
      disposed = true;
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener("online", onOnline);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [enabled, store, mutateAsync, slug, flowId, t]);

  /** Conflict → take the stored document and drop local changes. */
  const reload = useCallback(async () => {
    const stored = await getStoredFlow(slug, flowId);
    const parsed = parseFlow(stored.document);
    if (!parsed.ok) throw new Error("stored flow does not parse");
    store.getState().resetDocument(parsed.flow, stored.revision);
  }, [slug, flowId, store]);

  /** Conflict → save this tab's document over the stored one. */
  const overwrite = useCallback(() => {
    store.getState().overwriteNextSave();
  }, [store]);

  const saveNow = useCallback(() => scheduleRef.current(0), []);

  return { reload, overwrite, saveNow };
}
