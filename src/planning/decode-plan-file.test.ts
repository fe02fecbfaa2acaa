import { describe, expect, it } from "vitest";
import { decodePlanFile } from "./decode-plan-file";

const text = '{"name":"Zürich 名前"}';
const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

describe("decodePlanFile", () => {
  it.each([
    ["UTF-8 without BOM", Buffer.from(text)],
    ["UTF-8 with BOM", Buffer.from(`\uFEFF${text}`)],
    ["UTF-16 LE with BOM", utf16le],
    ["UTF-16 BE with BOM", Buffer.from(utf16le).swap16()],
  ])("reads %s", (_name, bytes) => {
    expect(decodePlanFile(bytes)).toBe(text);
  });

  it("reads an empty file as empty text", () => {
    expect(decodePlanFile(new Uint8Array())).toBe("");
  });

  it("turns bytes that are not UTF-8 into U+FFFD rather than throwing", () => {
    expect(decodePlanFile(new Uint8Array([0x7b, 0xc3, 0x7d]))).toBe("{\uFFFD}");
  });
});
