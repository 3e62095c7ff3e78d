import { describe, expect, it } from "vitest";
import { cached, FIGURES_TTL_MS } from "./cache";

describe("dashboard figures cache", () => {
  it("shares one computation per key within the TTL, recomputes after it, and never keeps a failure", async () => {
    let calls = 0;
    const load = async () => ++calls;
    const t = 1_000_000;
    expect(await Promise.all([cached("a", load, t), cached("a", load, t + 10)])).toEqual([1, 1]);
    expect(await cached("b", load, t)).toBe(2);
    expect(await cached("a", load, t + FIGURES_TTL_MS)).toBe(3);

    await expect(cached("c", async () => Promise.reject(new Error("caída")), t)).rejects.toThrow("caída");
    expect(await cached("c", load, t + 1)).toBe(4);
  });
});
