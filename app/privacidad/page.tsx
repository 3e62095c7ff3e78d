import { connection } from "next/server";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { retentionMonths } from "@/lib/privacy/retention-config";

export default async function PrivacyNoticePage() {
  // The period comes from the running server's configuration, not from the build.
  await connection();
  return <PrivacyNotice retentionMonths={retentionMonths()} />;
}
