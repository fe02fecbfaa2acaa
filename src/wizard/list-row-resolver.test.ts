import { zodResolver } from "@hookform/resolvers/zod";
import { get, type FieldValues, type ResolverOptions } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod/mini";
import { listRowResolver } from "./list-row-resolver";

const row = z.object({ name: z.string(), port: z.number().check(z.int(), z.gte(1)) });
const schema = z.object({ services: z.array(row), title: z.string().check(z.minLength(1)) });
type Values = z.infer<typeof schema>;

const values: Values = {
  services: [
    { name: "a", port: 443 },
    { name: "b", port: Number.NaN },
    { name: "c", port: 0 },
  ],
  title: "",
};

function options(names?: string[]): ResolverOptions<Values> {
  return { fields: {}, shouldUseNativeValidation: false, ...(names ? { names: names as NonNullable<ResolverOptions<Values>["names"]> } : {}) };
}

function resolverWithSpies() {
  const whole = vi.fn(zodResolver(schema));
  const resolver = listRowResolver(whole, "services", zodResolver(row));
  return { whole, resolver };
}

const messageAt = (errors: FieldValues, path: string) => (get(errors, path) as { message?: string } | undefined)?.message;

describe("listRowResolver", () => {
  it("checks only the row a change lies in, and reports its errors at their full paths", async () => {
    const { whole, resolver } = resolverWithSpies();
    const { errors } = await resolver(values, undefined, options(["services.2.port"]));
    expect(whole).not.toHaveBeenCalled();
    expect(messageAt(errors, "services.2.port")).toBeTruthy();
    expect(get(errors, "services.1.port")).toBeUndefined();
    expect(get(errors, "title")).toBeUndefined();
  });

  it("has no errors for a changed row that parses, whatever the other rows hold", async () => {
    const { resolver } = resolverWithSpies();
    expect((await resolver(values, undefined, options(["services.0.name"]))).errors).toEqual({});
  });

  it.each([
    ["Next (no field named)", undefined],
    ["rows added or removed", ["services"]],
    ["a field outside the list", ["title"]],
    ["several fields at once", ["services.0.name", "services.2.port"]],
    ["a row that does not exist", ["services.7.name"]],
  ])("checks the whole form for %s", async (_, names) => {
    const { whole, resolver } = resolverWithSpies();
    const { errors } = await resolver(values, undefined, options(names));
    expect(whole).toHaveBeenCalledOnce();
    expect(["services.1.port", "services.2.port", "title"].map((path) => Boolean(messageAt(errors, path)))).toEqual([true, true, true]);
  });
});
