// @vitest-environment happy-dom
import { Suspense } from "react";
import { act, cleanup, render, renderHook, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyPlanInput } from "../planning/plan-input-schema";
import { loadPlanner, type CreatePlan } from "./planner";
import { usePlanStore } from "./plan-store";
import { currentPlan, useFieldIssues, usePlan, usePlanIfReady } from "./use-plan";

// The planner's chunk, held back until the test lets it in (the setup file's real one is loaded already).
const chunk = vi.hoisted(() => {
  let arrive: (createPlan: CreatePlan) => void = () => undefined;
  const here = new Promise<CreatePlan>((resolve) => (arrive = resolve));
  return { here, arrive: (createPlan: CreatePlan) => arrive(createPlan) };
});

vi.mock("./planner", async () => {
  const { create } = await import("zustand");
  const usePlanner = create<{ createPlan: CreatePlan | null }>(() => ({ createPlan: null }));
  const loaded = chunk.here.then((createPlan) => {
    usePlanner.setState({ createPlan });
    return createPlan;
  });
  return { usePlanner, loadPlanner: () => loaded };
});

afterEach(cleanup);

function PlanTotal() {
  return <p>{usePlan().need.total} addresses</p>;
}

describe("the plan while the planner's chunk loads, and once it is here", () => {
  it("draws without it, waits for it where a plan is needed, then fills in", async () => {
    usePlanStore.getState().resetPlan();
    const { createPlan } = await import("../planning/create-plan");
    const expected = createPlan(usePlanStore.getState().input);
    const firstPath = expected.issues[0]?.path ?? "";
    expect(firstPath).not.toBe("");

    const ready = renderHook(() => usePlanIfReady());
    const fieldIssues = renderHook(() => useFieldIssues(firstPath));
    // Awaited: React retries a component that suspended inside act only when the act is awaited.
    await act(async () => {
      render(
        <Suspense fallback={<p>Working out the plan</p>}>
          <PlanTotal />
        </Suspense>,
      );
    });
    const nextStepPlan = currentPlan();
    expect(ready.result.current).toBeNull();
    expect(fieldIssues.result.current).toEqual([]);
    expect(screen.getByText("Working out the plan")).toBeTruthy();

    await act(async () => {
      chunk.arrive(createPlan);
      await loadPlanner();
    });

    expect(ready.result.current).toEqual(expected);
    expect(fieldIssues.result.current.map((issue) => issue.path)).toContain(firstPath);
    expect(await screen.findByText(`${expected.need.total} addresses`)).toBeTruthy();
    expect(await nextStepPlan).toEqual(expected);
  });

  it("follows the input once it is here", async () => {
    usePlanStore.getState().resetPlan();
    const { createPlan } = await import("../planning/create-plan");
    const { result } = renderHook(() => usePlan());
    const before = result.current;
    act(() => usePlanStore.getState().loadInput({ ...emptyPlanInput(), model: "dhcp" }));
    expect(result.current).not.toBe(before);
    expect(result.current).toEqual(createPlan(usePlanStore.getState().input));
  });
});
