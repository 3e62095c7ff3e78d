import type pg from "pg";

export type Value = string | number | null;

/**
 * Inserts, in one statement per table, the rows that are not there yet, and returns the first key
 * column of those it inserted. Rows already present are left alone: the development server seeds on
 * every start, and what a demo user changed in the portal must survive a restart.
 */
export async function insertMissing<T extends Record<string, Value>>(
  client: pg.Client,
  table: string,
  key: (keyof T & string)[],
  types: { [K in keyof T]: string },
  rows: T[],
): Promise<string[]> {
  const columns = Object.keys(types) as (keyof T & string)[];
  const { rows: inserted } = await client.query<{ key: string }>(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) ` +
      `SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${types[c]}[]`).join(", ")}) ` +
      `ON CONFLICT (${key.map((k) => `"${k}"`).join(", ")}) DO NOTHING RETURNING "${key[0]}" AS key`,
    columns.map((c) => rows.map((row) => row[c])),
  );
  return inserted.map((row) => row.key);
}
