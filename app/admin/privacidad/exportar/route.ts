import { clientIpFrom } from "@/lib/auth/client-ip";
import { hasPermission } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { exportSchema } from "@/lib/privacy/schemas";
import { exportSubject } from "@/lib/privacy/subject";

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The download of one person's data (JSON or CSV). A POST from the privacy page, so the document number
 * never sits in a URL; a form posted from another site is refused (the session cookie would ride along).
 */
export async function POST(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin || origin !== new URL(request.url).origin) return plain(403, "Solicitud no permitida.");
  const viewer = await getViewer();
  if (!viewer || !hasPermission(viewer.role, "privacy.manage")) return plain(404, "No encontrado");
  const form = await request.formData().catch(() => null);
  const parsed = exportSchema.safeParse(form ? Object.fromEntries([...form.entries()].filter(([key]) => !key.startsWith("$ACTION"))) : null);
  if (!parsed.success) return plain(400, "Revise el número de documento y el formato.");

  const file = await exportSubject(viewer, clientIpFrom(request.headers), parsed.data.documentNumber, parsed.data.format);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      // No document number in the name either: downloads folders are synced and shared.
      "Content-Disposition": `attachment; filename="datos-titular-${stamp}.${file.extension}"`,
      "Cache-Control": "no-store",
    },
  });
}
