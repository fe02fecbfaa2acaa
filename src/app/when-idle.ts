import { startTransition, useEffect, useState } from "react";

/** An idle moment may never come on a page that keeps busy: the deferred work then starts anyway. */
const IDLE_TIMEOUT_MS = 1_500;
/**
 * How long after the first idle moment the work nothing on screen waits for begins (the other steps'
 * code, the paper copy with its QR code): the admin's first click comes about then, and a long task
 * of that work in its way held it up to a few hundred milliseconds on a slow machine.
 */
const SETTLE_MS = 1_000;

/** When deferred work may start: `first`, the page's first idle moment; `settled`, a while later. */
export type IdleStage = "first" | "settled";

const stages: Record<IdleStage, { promise: Promise<void> | null; reached: boolean }> = {
  first: { promise: null, reached: false },
  settled: { promise: null, reached: false },
};

function nextIdle(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 50);
  });
}

function reach(stage: IdleStage, wait: () => Promise<void>): Promise<void> {
  const state = stages[stage];
  state.promise ??= wait().then(() => {
    state.reached = true;
  });
  return state.promise;
}

/**
 * Resolves once the browser is idle after the first step is on screen (first asked for by an
 * effect, so after the first commit). What the first step does not show waits for it: the other
 * steps' code, the plan actions, the paper copy. The admin's first click then never queues behind
 * that work. Browsers without requestIdleCallback (Safari) wait one timer turn instead.
 */
export function whenIdle(): Promise<void> {
  return reach("first", nextIdle);
}

/** Resolves SETTLE_MS after whenIdle, at the next idle moment: for work nobody is waiting for yet. */
export function whenSettled(): Promise<void> {
  return reach("settled", () => whenIdle().then(() => new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS))).then(nextIdle));
}

/**
 * False on the first render, true from the given stage on (at once for components mounted later).
 * The switch renders as a transition, which React interrupts for a click.
 */
export function useIdle(stage: IdleStage = "first"): boolean {
  const [ready, setReady] = useState(stages[stage].reached);
  useEffect(() => {
    if (ready) return;
    let mounted = true;
    void (stage === "first" ? whenIdle() : whenSettled()).then(() => {
      if (mounted) startTransition(() => setReady(true));
    });
    return () => {
      mounted = false;
    };
  }, [ready, stage]);
  return ready;
}
