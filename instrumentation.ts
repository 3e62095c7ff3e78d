/** Runs once when the server starts: a misconfigured production server stops here, before serving anyone. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { claveUnicaSettings, ConfigurationError } = await import("@/lib/auth/claveunica-settings");
  try {
    claveUnicaSettings();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(`El portal no se inicia. ${error.message}`);
    process.exit(1);
  }
}
