// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useEffect } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { drawFrame, slowHandOver, installFakeFrames } from "./test-hand-over";
import { flushTypedChanges } from "./typed-changes";
import { FormNumberField } from "./form-number-field";
import { FormTextField } from "./form-text-field";

type Values = { name: string; count: number | string };

let form: UseFormReturn<Values> | undefined;

function Fields() {
  const own = useForm<Values>({ defaultValues: { name: "", count: 2 } });
  useEffect(() => {
    form = own;
  }, [own]);
  return (
    <form>
      <FormTextField control={own.control} name="name" label="Name" help="" />
      <FormNumberField control={own.control} name="count" label="Count" help="" />
    </form>
  );
}

const values = () => form?.getValues();

/** The frame after a keystroke, with what React does in it. */
function drawFrameInAct(): void {
  act(drawFrame);
}

describe("a typed field", () => {
  beforeEach(() => {
    installFakeFrames();
  });
  afterEach(() => {
    act(() => flushTypedChanges());
    cleanup();
    vi.useRealTimers();
  });

  // Testing Library's async helpers wait on a timer the fake clock would hold: the events are fired directly.
  const type = (field: HTMLElement, text: string) => fireEvent.change(field, { target: { value: text } });

  it("hands each character to the form in the keystroke while that is quick", () => {
    render(<Fields />);
    type(screen.getByRole("textbox", { name: "Name" }), "w");
    expect(values()?.name).toBe("w");
  });

  it("after a slow hand-over, shows each character at once and hands the text to the form after the next paint", () => {
    render(<Fields />);
    slowHandOver();
    const name = screen.getByRole("textbox", { name: "Name" });
    type(name, "w");
    type(name, "we");
    type(name, "web");
    expect(name).toHaveProperty("value", "web");
    expect(values()?.name).toBe("");
    drawFrameInAct();
    expect(values()?.name).toBe("web");
    expect(name).toHaveProperty("value", "web");
  });

  it("after a slow hand-over, hands a count over as the number it reads, and keeps the text as typed meanwhile", () => {
    render(<Fields />);
    const count = screen.getByRole("textbox", { name: "Count" });
    slowHandOver();
    type(count, "");
    type(count, "0");
    type(count, "05");
    expect(count).toHaveProperty("value", "05");
    drawFrameInAct();
    expect(values()?.count).toBe(5);
    expect(count).toHaveProperty("value", "05");
  });

  it("after a slow hand-over, hands the text over when the field is left, without waiting for a frame", () => {
    render(<Fields />);
    const name = screen.getByRole("textbox", { name: "Name" });
    slowHandOver();
    type(name, "db");
    expect(values()?.name).toBe("");
    fireEvent.blur(name);
    expect(values()?.name).toBe("db");
  });
});
