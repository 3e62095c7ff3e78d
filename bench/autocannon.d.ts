// autocannon ships no types; the benchmark uses its programmatic API only through bench/load.ts.
declare module "autocannon" {
  type Instance = { on(event: string, listener: (...args: never[]) => void): void };
  export default function autocannon(options: Record<string, unknown>): Instance;
}
