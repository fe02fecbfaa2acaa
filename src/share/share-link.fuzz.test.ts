import { crc32 } from "node:zlib";
import fc from "fast-check";
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { planInputSchema } from "../planning/plan-input-schema";
import { anyPlanInputArb, planInputArb } from "../planning/test-arbitraries";
import { decodePlanLink, encodePlanLink } from "./share-link";

/**
 * Hardening: whatever arrives in the fragment, the decoder answers with a plan the schema accepts or
 * with a message, and never throws. Seeded, so a failure reproduces.
 */

const RUNS = 10_000;
const SEED = 4_341;
/** 10,000 links take seconds on an idle core and ten times that on a machine busy with other work. */
const FUZZ_TIMEOUT_MS = 300_000;

function expectAnswer(fragment: string): void {
  const decoded = decodePlanLink(fragment);
  if (decoded.ok) expect(planInputSchema.safeParse(decoded.input).success).toBe(true);
  else expect(decoded.message).toMatch(/^This link (is damaged|was made by a newer version)/);
}

/** A payload with a correct v1 checksum, so the fuzzing reaches the code behind the checksum. */
function sealV1(payload: string): string {
  const head = `v1.${payload}`;
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
  const crc = crc32(head);
  return `${head}.${Array.from({ length: 6 }, (_, i) => alphabet[Math.floor(crc / 64 ** i) % 64]).join("")}`;
}

const compactOf = (link: string): unknown => JSON.parse(LZString.decompressFromEncodedURIComponent(link.slice(3, link.lastIndexOf("."))));

/** Version tags a link might carry: older, newer, padded, capitalised, absurd. */
const VERSION_TAGS = ["v0", "v2", "v9", "v01", "V1", "v", "v-1", "v1.5", "v99999999999", "v4294967297", ""] as const;

/**
 * One edit of a text: a character replaced, inserted or removed, a cut, a slice repeated, or the
 * version tag swapped.
 */
const mutationArb = fc.record({
  kind: fc.constantFrom("replace", "insert", "remove", "cut", "repeat", "retag"),
  at: fc.nat(),
  char: fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }),
});

function mutate(text: string, { kind, at, char }: { kind: string; at: number; char: string }): string {
  const position = text.length === 0 ? 0 : at % text.length;
  switch (kind) {
    case "retag":
      return text.replace(/^v\d*/, VERSION_TAGS[at % VERSION_TAGS.length] ?? "");
    case "replace":
      return `${text.slice(0, position)}${char}${text.slice(position + 1)}`;
    case "insert":
      return `${text.slice(0, position)}${char}${text.slice(position)}`;
    case "remove":
      return `${text.slice(0, position)}${text.slice(position + 1)}`;
    case "cut":
      return text.slice(0, position);
    default:
      return `${text.slice(0, position)}${text.slice(position, position * 2)}${text.slice(position)}`;
  }
}

/** Any JSON value, or the structure of a real compact plan with one value swapped for any JSON. */
const sealedCompactArb = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.tuple(planInputArb, fc.jsonValue({ maxDepth: 2 }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 })).map(([input, value, path]) => {
    const compact = compactOf(encodePlanLink(input));
    let node: unknown = compact;
    for (const [depth, step] of path.entries()) {
      if (!Array.isArray(node) || node.length === 0) break;
      const index = step % node.length;
      if (depth === path.length - 1 || !Array.isArray(node[index])) {
        node[index] = value;
        break;
      }
      node = node[index];
    }
    return compact;
  }),
);

// Ten thousand runs take a few seconds alone, longer on a busy CI machine: no time limit that fails a correct decoder.
describe("the link decoder never throws", () => {
  it("on random text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string().map((text) => `v1.${text}`), fc.string().map((text) => `#v${text}`)), expectAnswer),
      { seed: SEED, numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT_MS);

  it("on mutated links of random plans", () => {
    fc.assert(
      fc.property(fc.oneof(planInputArb, anyPlanInputArb), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (input, mutations) => {
        expectAnswer(mutations.reduce(mutate, encodePlanLink(input)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT_MS);

  it.each([
    ["#v1.garbage", "#v1.garbage"],
    ["#v9.x", "#v9.x"],
    ["#", "#"],
    ["v1.", "v1."],
    ["v1..", "v1.."],
    ["broken percent-encoding", "#v1.%E0%A4%A"],
    ["20,000 characters", `v1.${"A".repeat(20_000)}`],
    ["markup", "#v1.<img src=x onerror=alert(1)>"],
  ])("on %s", (_name, fragment) => {
    expectAnswer(fragment);
    expect(decodePlanLink(fragment).ok).toBe(false);
  });

  it("on anything behind a valid checksum", () => {
    fc.assert(
      fc.property(sealedCompactArb, (compact) => {
        expectAnswer(sealV1(LZString.compressToEncodedURIComponent(JSON.stringify(compact) ?? "")));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, FUZZ_TIMEOUT_MS);
});
