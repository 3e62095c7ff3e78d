/**
 * The bulletin editor's short formatting language, turned into HTML before sanitising:
 *
 *   ## Título / ### Subtítulo      a heading line
 *   - punto                        a bulleted list (consecutive lines)
 *   1. punto                       a numbered list
 *   **negrita**, *cursiva*, [texto](https://…)
 *   a blank line                   a new paragraph; a single line break stays a line break
 *
 * HTML typed or pasted by the author passes through unchanged here: the sanitiser decides what of it
 * survives, so this converter never needs to be a security boundary.
 */
function inline(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^*])\*([^*\s][^*]*?)\*(?!\*)/g, "$1<em>$2</em>")
    // An address may hold one level of parentheses, as Wikipedia's do.
    .replace(/\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g, '<a href="$2">$1</a>');
}

type Block = { kind: "p" | "ul" | "ol"; lines: string[] };

export function formattedTextToHtml(source: string): string {
  const html: string[] = [];
  const open: { block: Block | null } = { block: null };
  const flush = () => {
    const block = open.block;
    if (!block) return;
    if (block.kind === "p") html.push(`<p>${block.lines.map(inline).join("<br>")}</p>`);
    else html.push(`<${block.kind}>${block.lines.map((line) => `<li>${inline(line)}</li>`).join("")}</${block.kind}>`);
    open.block = null;
  };
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const heading = /^(#{2,3})\s+(.*)$/.exec(line);
    const bullet = /^[-•*]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (!line) {
      flush();
    } else if (heading) {
      flush();
      const level = heading[1].length;
      html.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (bullet || numbered) {
      const kind = bullet ? "ul" : "ol";
      if (open.block?.kind !== kind) flush();
      open.block ??= { kind, lines: [] };
      open.block.lines.push((bullet ?? numbered)![1]);
    } else {
      if (open.block && open.block.kind !== "p") flush();
      open.block ??= { kind: "p", lines: [] };
      open.block.lines.push(line);
    }
  }
  flush();
  return html.join("\n");
}
