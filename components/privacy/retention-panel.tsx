import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { runRetentionNowAction } from "@/lib/privacy/actions";
import type { retentionOverview } from "@/lib/privacy/retention";

type Overview = Awaited<ReturnType<typeof retentionOverview>>;

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** The retention period, the last run (counts only) and the drill button. */
export function RetentionPanel({ overview }: { overview: Overview }) {
  const { months, cutoff, lastRun, due, held, anonymised } = overview;
  return (
    <div className="space-y-3">
      <p>
        Plazo de conservación: <strong>{plural(months, "mes", "meses")}</strong> desde el cierre del caso. Hoy corresponde anonimizar los casos cerrados antes del {formatDate(cutoff)}.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>{plural(due, "caso cerrado espera", "casos cerrados esperan")} la próxima anonimización.</li>
        <li>{plural(held, "caso tiene", "casos tienen")} retención legal y no se anonimizan.</li>
        <li>{plural(anonymised, "caso ya fue anonimizado", "casos ya fueron anonimizados")}.</li>
      </ul>
      <p>
        {lastRun ? (
          <>
            Última ejecución: {formatDateTime(lastRun.startedAt)} ({lastRun.trigger === "manual" ? `a mano, por ${lastRun.actorName ?? "administración"}` : "programada"}):{" "}
            <strong>
              {plural(lastRun.cases, "caso", "casos")}, {plural(lastRun.participants, "persona", "personas")}, {plural(lastRun.files, "archivo", "archivos")}
            </strong>
            {lastRun.failures > 0 && <> — {plural(lastRun.failures, "caso falló y se reintentará", "casos fallaron y se reintentarán")}</>}.
          </>
        ) : (
          "Todavía no hay ejecuciones registradas."
        )}
      </p>
      <p className="text-sm text-muted">La anonimización corre sola cada noche (03:30, hora de Chile). Puede ejecutarla ahora para un simulacro o después de cambiar el plazo.</p>
      <ActionForm
        action={runRetentionNowAction}
        confirm={{
          title: "¿Anonimizar ahora los casos vencidos?",
          body: "Los datos personales, relatos y archivos de esos casos se eliminan para siempre; no hay copia que permita recuperarlos desde el portal.",
          details: [
            `${plural(due, "caso cerrado", "casos cerrados")} antes del ${formatDate(cutoff)} se anonimizarán`,
            `${plural(held, "caso con retención legal queda", "casos con retención legal quedan")} fuera`,
          ],
          confirmLabel: "Anonimizar ahora",
        }}
        successMessage="Anonimización ejecutada. El resumen de arriba muestra lo que hizo."
      >
        <SubmitButton variant="danger" pendingLabel="Ejecutando…">
          Ejecutar ahora
        </SubmitButton>
      </ActionForm>
    </div>
  );
}
