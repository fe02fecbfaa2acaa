import { describe, expect, it } from "vitest";
import { janeDhcp, janeStatic } from "../planning/fixtures/plan-inputs";
import { emptyPlanInput } from "../planning/plan-input-schema";
import { decideLoad } from "./load-decision";

describe("decideLoad", () => {
  it.each([
    ["the plan on screen arrives again", janeStatic(), janeStatic(), "same"],
    ["nothing is entered yet", emptyPlanInput(), janeStatic(), "load"],
    ["the admin has a different plan open", janeStatic(), janeDhcp(), "ask"],
    ["the admin typed only a name", { ...emptyPlanInput(), vnet: { ...emptyPlanInput().vnet, name: "mine" } }, janeStatic(), "ask"],
    ["an empty plan arrives over a plan", janeStatic(), emptyPlanInput(), "ask"],
  ])("%s: %s", (_, current, incoming, expected) => {
    expect(decideLoad(current, incoming)).toBe(expected);
  });
});
