import { startTransition, useEffect, useState } from "react";

/** An idle moment may never come on a page that keeps busy: the deferred work then starts anyway. */
const IDLE_TIMEOUT_MS = 1_500;

let idle: Promise<void> | null = null;
let reached = false;

/**
 * Resolves once the browser is idle after the first step is on screen (first asked for by an
 * effect, so after the first commit). What the first step does not show waits for it: the other
 * steps' code, the plan actions, the paper copy. The admin's first click then never queues behind
 * that work. Browsers without requestIdleCallback (Safari) wait one timer turn instead.
 */
export function whenIdle(): Promise<void> {
  idle ??= new Promise<void>((resolve) => {
    const done = () => {
      reached = true;
      resolve();
    };
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(done, 50);
  });
  return idle;
}

/**
 * False on the first render, true from the browser's first idle moment on (at once for components
 * mounted later). The switch renders as a transition, which React interrupts for a click.
 */
export function useIdle(): boolean {
  const [ready, setReady] = useState(reached);
  useEffect(() => {
    if (ready) return;
    let mounted = true;
    void whenIdle().then(() => {
      if (mounted) startTransition(() => setReady(true));
    });
    return () => {
      mounted = false;
    };
  }, [ready]);
  return ready;
}
