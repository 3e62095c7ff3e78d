/** The raw-SQL floor of a read scenario: its queries, straight through `pg`, on the same database. */
import type pg from "pg";
import type { SqlQuery } from "./scenarios";
import { median } from "./stats";

/** Median wall time of running every query of the scenario once, after a few warm-up rounds. */
export async function timeSql(client: pg.Client, queries: SqlQuery[], rounds = 25): Promise<number> {
  const once = async () => {
    const started = performance.now();
    for (const query of queries) await client.query(query.text, query.values);
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) samples.push(await once());
  return Math.round(median(samples) * 100) / 100;
}
