import { AppLink } from "@/components/ui/app-link";
import { ShortcutsPreferenceForm } from "@/components/keyboard/shortcuts-preference-form";
import { EmailPreferenceForm } from "@/components/notifications/email-preference-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { emailPreference } from "@/lib/notifications/service";
import { keyboardShortcutsEnabled } from "@/lib/preferences/keyboard";

export default async function PreferencesPage() {
  const viewer = await requirePagePermission("notifications.manage", "/preferencias");
  const [{ emailEnabled, email }, shortcuts] = await Promise.all([emailPreference(viewer), keyboardShortcutsEnabled(viewer)]);

  return (
    <div className="max-w-2xl">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/notificaciones", label: "Notificaciones" }, { label: "Preferencias" }]} />
      <PageHeading title="Preferencias" />
      <p className="mt-2 text-muted">
        Los avisos del portal siempre quedan en sus <AppLink href="/notificaciones">notificaciones</AppLink>. Además, puede recibir un correo con cada uno: el
        correo solo dice el folio del caso y qué ocurrió, con un enlace al portal, nunca datos de las personas atendidas.
      </p>

      <section aria-labelledby="correo" className="mt-6 space-y-4 rounded-xl bg-white p-6 shadow-sm">
        <h2 id="correo" className="text-xl font-bold">
          Correo electrónico
        </h2>
        {email ? (
          <p>
            Los correos llegan a <strong>{email}</strong>.
          </p>
        ) : (
          <p>No tiene un correo registrado en el portal, así que no recibirá correos aunque los active. Pida a quien lo habilitó en el portal que lo agregue.</p>
        )}
        <EmailPreferenceForm enabled={emailEnabled} />
      </section>

      <section aria-labelledby="atajos" className="mt-6 space-y-4 rounded-xl bg-white p-6 shadow-sm">
        <h2 id="atajos" className="text-xl font-bold">
          Atajos de teclado
        </h2>
        <p>
          En la bandeja y en la página de cada caso, algunas teclas solas hacen una acción: por ejemplo, <kbd>j</kbd> va al caso siguiente y <kbd>?</kbd> muestra la lista
          completa. Si usa un programa de voz o de lectura de pantalla que envía teclas sueltas, puede desactivarlos.
        </p>
        <ShortcutsPreferenceForm enabled={shortcuts} />
      </section>
    </div>
  );
}
