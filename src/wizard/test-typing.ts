import { act } from "@testing-library/react";
import { flushTypedChanges } from "./fields/typed-changes";

/**
 * Hands the typed changes still waiting for the next paint to their forms, as that paint would:
 * a DOM test asserts on the store or the planner's messages after typing without racing the timer.
 */
export async function afterPaint(): Promise<void> {
  await act(async () => flushTypedChanges());
}
