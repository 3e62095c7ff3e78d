import { claveUnicaSettings, ConfigurationError } from "@/lib/auth/claveunica-settings";
import { trustedProxies } from "@/lib/auth/trusted-proxies.mjs";
import { mailRetrySeconds } from "@/lib/notifications/mail-retry";
import { auditLookupKeys } from "@/lib/privacy/lookup-key";
import { retentionMonths } from "@/lib/privacy/retention-config";

// A misconfigured production server stops here, before serving anyone.
try {
  claveUnicaSettings();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`El portal no se inicia. ${error.message}`);
  process.exit(1);
}

// A wrong retention period would anonymise too early or never; a wrong retry delay would hammer or
// starve the mail server; without its key the audit's document pseudonym could be reversed by anyone
// who reads the trail; and an unsaid or unreadable TRUSTED_PROXIES would let clients pick their own
// address or count them all as the proxy's: refuse to start instead. (scripts/serve.mjs checks the
// last one too, before Next loads; this covers `next start`.)
try {
  retentionMonths();
  mailRetrySeconds();
  auditLookupKeys();
  trustedProxies();
} catch (error) {
  console.error(`El portal no se inicia. ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
