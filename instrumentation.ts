/** Runs once when the server starts. The checks and the job queue use Node APIs, so they load only in the Node runtime. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/startup-checks");
    const { startJobs } = await import("./lib/jobs/start");
    await startJobs();
  }
}
