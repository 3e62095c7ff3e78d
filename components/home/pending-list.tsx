import type { ReactNode } from "react";
import { AppLink } from "@/components/ui/app-link";
import { CASE_TYPES } from "@/lib/cases/catalogue";
import type { InfoAnswerDeadline } from "@/lib/cases/info-answer";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { pendingCount, type PendingItems } from "@/lib/home/pending";
import { santiagoWallClock } from "@/lib/santiago-clock";
import { formatChileDateTime } from "@/lib/trainings/local-time";

const WEEKDAYS = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

/** "jueves 10-12-2026": the day as a person plans it, read on Chile's clock. */
function chileDay(instant: Date): string {
  const { year, month, day } = santiagoWallClock(instant);
  return `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${formatDateTime(instant).slice(0, 10)}`;
}

function deadlineText(deadline: InfoAnswerDeadline): string {
  if (deadline.overdue) return `El plazo para responder venció el ${chileDay(deadline.dueAt)}.`;
  const left = deadline.workingDaysLeft === 0 ? "vence hoy" : deadline.workingDaysLeft === 1 ? "queda 1 día hábil" : `quedan ${deadline.workingDaysLeft} días hábiles`;
  return `Responder a más tardar el ${chileDay(deadline.dueAt)} (${left}).`;
}

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="mt-5">
      <h3 id={id} className="font-bold">
        {title}
      </h3>
      <ul aria-labelledby={id} className="mt-1 divide-y divide-slate-100">
        {children}
      </ul>
    </div>
  );
}

function Item({ href, title, children, late = false }: { href: string; title: string; children?: ReactNode; late?: boolean }) {
  return (
    <li className="py-2">
      <AppLink href={href} className="break-words font-medium">
        {title}
      </AppLink>
      {children && <p className={`text-sm ${late ? "font-medium text-red-800" : "text-muted"}`}>{children}</p>}
    </li>
  );
}

const withReference = (label: string, reference: string | null) => (reference ? `${label} · ${reference}` : label);

/** The officer's "Pendientes": each item links to the page where it is done. */
export function PendingList({ items }: { items: PendingItems }) {
  const total = pendingCount(items);
  return (
    <section aria-labelledby="pendientes" className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <h2 id="pendientes" className="text-2xl font-bold">
        Pendientes {total > 0 && <span className="text-muted">({formatNumber(total)})</span>}
      </h2>
      {total === 0 && <p className="mt-2 text-muted">No tiene pendientes: SERMIG no espera respuestas suyas y no hay acuerdos ni borradores por atender.</p>}
      {items.infoRequests.length > 0 && (
        <Group id="pendientes-informacion" title="SERMIG espera información de su municipalidad">
          {items.infoRequests.map((item) => (
            <Item key={item.id} href={`/casos/${item.id}#responder`} title={withReference(`${item.folio} · ${CASE_TYPES[item.type].label}`, item.municipalReference)} late={item.deadline?.overdue}>
              {item.deadline ? deadlineText(item.deadline) : "Responda en la página del caso."}
            </Item>
          ))}
        </Group>
      )}
      {items.agreements.length > 0 && (
        <Group id="pendientes-acuerdos" title="Acuerdos de visitas técnicas">
          {items.agreements.map((item) => (
            <Item key={item.id} href={`/visitas/${item.visitId}`} title={item.description} late={item.overdue}>
              {item.overdue ? `Plazo vencido el ${formatDate(item.dueOn)}` : `Plazo: ${formatDate(item.dueOn)}`} · visita del {formatDate(item.visitOn)}
            </Item>
          ))}
        </Group>
      )}
      {items.drafts.length > 0 && (
        <Group id="pendientes-borradores" title="Sus borradores sin enviar">
          {items.drafts.map((item) => (
            <Item key={item.id} href={`/casos/${item.id}/editar`} title={withReference(`Borrador: ${CASE_TYPES[item.type].label}`, item.municipalReference)}>
              Guardado el {formatDateTime(item.updatedAt).slice(0, 10)}. Aún no llega a SERMIG.
            </Item>
          ))}
        </Group>
      )}
      {items.trainings.length > 0 && (
        <Group id="pendientes-capacitaciones" title="Capacitaciones con personas que usted inscribió">
          {items.trainings.map((item) => (
            <Item key={item.id} href={`/capacitaciones/${item.id}`} title={item.topic}>
              {formatChileDateTime(item.startsAt)} · {item.registered === 1 ? "1 persona inscrita" : `${formatNumber(item.registered)} personas inscritas`} de su municipalidad
            </Item>
          ))}
        </Group>
      )}
      {items.bulletins.length > 0 && (
        <Group id="pendientes-boletines" title="Boletines sin leer">
          {items.bulletins.map((item) => (
            <Item key={item.id} href={`/boletines/${item.id}`} title={item.title}>
              Publicado el {formatDateTime(item.publishedAt).slice(0, 10)}
            </Item>
          ))}
        </Group>
      )}
    </section>
  );
}
