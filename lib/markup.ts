const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML or SVG markup, in element content and in quoted attribute values alike. */
export function escapeMarkup(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}
