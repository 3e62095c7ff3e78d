import { fileSize } from "@/components/cases/file-size";

type File = { id: string; originalName: string; contentType: string; size: number };

const FORMAT = { "application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPG" } as Record<string, string>;

/** Images show a thumbnail; PDFs and images open in the browser's own viewer; everything downloads. */
export function MaterialPreview({ file, title }: { file: File; title: string }) {
  const image = file.contentType.startsWith("image/");
  return (
    <div className={`h-44 overflow-hidden rounded-lg bg-slate-100 ${image ? "" : "grid place-items-center"}`}>
      {image ? (
        // eslint-disable-next-line @next/next/no-img-element -- the authorised file route, not a static asset next/image could optimise
        <img src={`/archivos/${file.id}?vista=1`} alt={`Vista previa de ${title}`} className="block h-full w-full object-contain" loading="lazy" />
      ) : (
        <span aria-hidden="true" className="text-3xl font-bold text-slate-500">
          {FORMAT[file.contentType] ?? "DOC"}
        </span>
      )}
    </div>
  );
}

export function MaterialLinks({ file, title }: { file: File; title: string }) {
  const viewable = file.contentType in FORMAT;
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {viewable && (
        <a href={`/archivos/${file.id}?vista=1`} target="_blank" rel="noopener">
          Ver en el navegador<span className="sr-only">: {title} (se abre en otra pestaña)</span>
        </a>
      )}
      <a href={`/archivos/${file.id}`}>
        Descargar<span className="sr-only"> {title}</span> ({FORMAT[file.contentType] ?? "Word"}, {fileSize(file.size)})
      </a>
    </p>
  );
}
