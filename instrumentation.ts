/** Runs once when the server starts: a misconfigured production server stops here, before serving anyone. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { claveUnicaSettings } = await import("@/lib/auth/claveunica-settings");
  claveUnicaSettings();
}
