/**
 * `npx tsx bench/explain.ts [scenario…]`: EXPLAIN (ANALYZE, BUFFERS) of each query of the scenarios'
 * raw-SQL baselines on the benchmark database (load it first with `npm run bench`), for checking
 * that the indexes the portal's queries need are there and used.
 */
import pg from "pg";
import { openBenchDatabase } from "./database";
import { benchContext } from "./personas";
import { SCENARIOS } from "./scenarios";

const wanted = process.argv.slice(2);
const database = await openBenchDatabase();
const client = new pg.Client({ connectionString: database.url });
try {
  await client.connect();
  const ctx = await benchContext(client);
  for (const scenario of SCENARIOS.filter((s) => s.sql && (wanted.length === 0 || wanted.includes(s.name)))) {
    for (const [i, query] of scenario.sql!(ctx).entries()) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values);
      console.log(`\n── ${scenario.name} #${i + 1} ──\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
  }
} finally {
  await client.end();
  await database.release();
}
