import type { TimelineItem } from "@/lib/cases/queries";
import { formatDateTime } from "@/lib/format";
import { fileSize } from "./file-size";

function Body({ item }: { item: TimelineItem }) {
  switch (item.kind) {
    case "event":
      return (
        <>
          <p className="font-medium">{item.label}</p>
          {item.lines.length > 0 && (
            <ul className="mt-1 space-y-0.5 text-sm">
              {item.lines.map((line) => (
                <li key={line} className="break-words">
                  {line}
                </li>
              ))}
            </ul>
          )}
        </>
      );
    case "note":
      return (
        <>
          <p className="font-medium">{item.internal ? "Nota interna" : "Nota"}</p>
          <p className="mt-1 whitespace-pre-line break-words">{item.body}</p>
        </>
      );
    case "attachment":
      return (
        <p>
          <span className="font-medium">{item.internal ? "Archivo interno" : "Archivo"}:</span>{" "}
          <a href={`/archivos/${item.fileId}`} className="break-all">
            {item.fileName}
          </a>{" "}
          <span className="text-sm text-muted">({fileSize(item.size)})</span>
        </p>
      );
  }
}

/**
 * The case's history, oldest first, as everyone who sees the case shares it. Internal entries only
 * ever reach SERMIG staff (the query leaves them out for the municipality); they are marked as such.
 */
export function CaseTimeline({ items }: { items: TimelineItem[] }) {
  return (
    <section aria-labelledby="historial" className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <h2 id="historial" className="text-xl font-bold">
        Historial
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-muted">Aún no hay movimientos.</p>
      ) : (
        <ol className="mt-4 space-y-4 border-l-2 border-slate-200 pl-4 sm:pl-6">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className={item.internal ? "rounded-lg border border-dashed border-amber-600 bg-amber-50 p-3" : ""}>
              <p className="text-sm text-muted">
                <time dateTime={item.at.toISOString()}>{formatDateTime(item.at)}</time> · {item.actorName}
                {item.internal && <span className="ml-2 rounded bg-amber-200 px-1.5 text-xs font-bold text-amber-950">Interno: solo SERMIG</span>}
              </p>
              <div className="mt-1">
                <Body item={item} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
