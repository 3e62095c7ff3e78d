import { connection } from "next/server";
import { adheredMunicipalitiesCsv } from "@/lib/coverage/open-data";

/** Public open data (no sign-in): the adhered municipalities, their status and dates. */
export async function GET() {
  // Read at request time, never frozen into the build.
  await connection();
  return new Response(await adheredMunicipalitiesCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="sello-migrante-municipalidades-adheridas.csv"',
      "Cache-Control": "public, max-age=3600",
    },
  });
}
