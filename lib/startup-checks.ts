import { claveUnicaSettings, ConfigurationError } from "@/lib/auth/claveunica-settings";

// A misconfigured production server stops here, before serving anyone.
try {
  claveUnicaSettings();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`El portal no se inicia. ${error.message}`);
  process.exit(1);
}
