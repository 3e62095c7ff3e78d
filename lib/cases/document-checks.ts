import "server-only";
import { RuleError } from "@/lib/errors";
import { postgresLimit } from "@/lib/rate-limit";

/**
 * Saves of the case form that carry documents, per person, in DOCUMENT_CHECK_WINDOW seconds. Each one
 * looks the documents up among open cases; far above what filing by hand needs, low enough that the
 * form cannot be driven to look up RUN after RUN. Counted in PostgreSQL, so shared by every instance.
 */
export const DOCUMENT_CHECKS_PER_WINDOW = 60;
export const DOCUMENT_CHECK_WINDOW = 600;

export const DOCUMENT_CHECKS_MESSAGE =
  "Guardó casos con documentos muchas veces en pocos minutos. Espere unos minutos y vuelva a intentarlo: lo que escribió sigue en el formulario.";

const documentCheck = postgresLimit({ keyPrefix: "doccheck", points: DOCUMENT_CHECKS_PER_WINDOW, seconds: DOCUMENT_CHECK_WINDOW });

/** Counts one save with documents by `userId`; over the limit it refuses the save, before anything is read or written. */
export async function consumeDocumentCheck(userId: string, documentKeys: (string | null)[]): Promise<void> {
  if (!documentKeys.some(Boolean)) return;
  if (await documentCheck(userId)) throw new RuleError(DOCUMENT_CHECKS_MESSAGE);
}

/**
 * Searches by document number, per person, in DOCUMENT_CHECK_WINDOW seconds: plenty for a desk that
 * looks people up as they call, too few to walk through RUN after RUN.
 */
export const DOCUMENT_SEARCHES_PER_WINDOW = 60;

export const DOCUMENT_SEARCHES_MESSAGE = "Buscó por documento muchas veces en pocos minutos. Espere unos minutos y vuelva a intentarlo.";

const documentSearch = postgresLimit({ keyPrefix: "docsearch", points: DOCUMENT_SEARCHES_PER_WINDOW, seconds: DOCUMENT_CHECK_WINDOW });

/** Counts one search by document by `userId`; over the limit it refuses it before anything is read. */
export async function consumeDocumentSearch(userId: string): Promise<void> {
  if (await documentSearch(userId)) throw new RuleError(DOCUMENT_SEARCHES_MESSAGE, "documento");
}
