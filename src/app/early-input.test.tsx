// @vitest-environment happy-dom
import { useState } from "react";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EARLY_FOCUS_STYLE_ID, handOverEarlyInput, type EarlyInput } from "./early-input";

afterEach(cleanup);

/** A controlled choice, a button and Enter in a choice: what the first screen's handlers look like. */
function Controls({ onModel, onNext, onEnter }: { onModel: (value: string) => void; onNext: () => void; onEnter: () => void }) {
  const [model, setModel] = useState("static");
  const choose = (value: string) => {
    setModel(value);
    onModel(value);
  };
  return (
    <form onKeyDown={(event) => event.key === "Enter" && onEnter()}>
      {["static", "dhcp"].map((value) => (
        <label key={value}>
          <input type="radio" name="model" value={value} checked={model === value} onChange={() => choose(value)} />
          {value}
        </label>
      ))}
      <button type="button" onClick={onNext}>
        Next
      </button>
    </form>
  );
}

function setUp() {
  const handlers = { onModel: vi.fn(), onNext: vi.fn(), onEnter: vi.fn() };
  render(<Controls {...handlers} />);
  const radio = (name: string) => screen.getByRole<HTMLInputElement>("radio", { name });
  return { handlers, radio, next: screen.getByRole("button", { name: "Next" }) };
}

/** What the browser does to a radio before any script handles it: checks it, unchecking the others. */
function chooseNatively(input: HTMLInputElement) {
  input.checked = true;
}

async function handOver(early: EarlyInput) {
  handOverEarlyInput(early);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("handOverEarlyInput", () => {
  it("gives the app a choice the browser made before the app was up, through the app's handler", async () => {
    const { handlers, radio } = setUp();
    chooseNatively(radio("dhcp"));
    const early: EarlyInput = { queue: [{ type: "change", element: radio("dhcp") }], done: false };

    await handOver(early);

    expect(handlers.onModel).toHaveBeenCalledExactlyOnceWith("dhcp");
    expect(radio("dhcp").checked).toBe(true);
    expect(early).toEqual({ queue: [], done: true });
  });

  it("makes a choice changed twice once, as it stands", async () => {
    const { handlers, radio } = setUp();
    chooseNatively(radio("dhcp"));
    chooseNatively(radio("static"));
    const queue: EarlyInput["queue"] = [
      { type: "change", element: radio("dhcp") },
      { type: "change", element: radio("static") },
    ];

    await handOver({ queue, done: false });

    expect(handlers.onModel).toHaveBeenCalledExactlyOnceWith("static");
    expect(radio("static").checked).toBe(true);
  });

  it("replays held clicks and Enter in the order they came, after the choice before them", async () => {
    const { handlers, radio, next } = setUp();
    const order: string[] = [];
    handlers.onModel.mockImplementation((value: string) => order.push(`model ${value}`));
    handlers.onNext.mockImplementation(() => order.push("next"));
    handlers.onEnter.mockImplementation(() => order.push("enter"));
    chooseNatively(radio("dhcp"));

    await handOver({
      queue: [
        { type: "change", element: radio("dhcp") },
        { type: "enter", element: radio("dhcp") },
        { type: "click", element: next },
      ],
      done: false,
    });

    expect(order).toEqual(["model dhcp", "enter", "next"]);
  });

  it("hands the app a plan file picked before it was up", async () => {
    const picked = vi.fn();
    render(<input type="file" aria-label="Plan file to import" onChange={picked} />);
    const input = screen.getByLabelText("Plan file to import");

    await handOver({ queue: [{ type: "change", element: input }], done: false });

    expect(picked).toHaveBeenCalledOnce();
  });

  it("takes the first screen's focus style away: the app marks focus itself", async () => {
    const style = document.createElement("style");
    style.id = EARLY_FOCUS_STYLE_ID;
    document.head.append(style);

    await handOver({ queue: [], done: false });

    expect(document.getElementById(EARLY_FOCUS_STYLE_ID)).toBeNull();
  });

  it("waits for a task of its own, and skips what left the page meanwhile", async () => {
    const { handlers, next } = setUp();
    const gone = document.createElement("button");
    const clickedWhileGone = vi.fn();
    gone.addEventListener("click", clickedWhileGone);
    const early: EarlyInput = { queue: [{ type: "click", element: next }, { type: "click", element: gone }], done: false };

    handOverEarlyInput(early);
    expect(early.done).toBe(true);
    expect(handlers.onNext).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(handlers.onNext).toHaveBeenCalledOnce();
    expect(clickedWhileGone).not.toHaveBeenCalled();
  });
});
