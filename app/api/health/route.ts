import { db } from "@/lib/db";

/** Liveness for load balancers and the benchmark: answers 200 only when the database answers too. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "sin base de datos" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
