/**
 * A one-page A4 PDF with a title and paragraphs, in the PDF standard fonts (no embedding), for the
 * demo's attachments and materials. No dates inside: the same text gives the same bytes, so a file
 * the seed stored once still matches its checksum on every later run.
 */

const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 60;
const LINE_CHARS = 86;

/** WinAnsiEncoding covers Spanish and Kreyòl; typographic marks outside Latin-1 become plain ones. */
function latin1(text: string): string {
  const plain = text.replace(/[–—]/g, "-").replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/…/g, "...");
  const outside = [...plain].find((char) => char.codePointAt(0)! > 0xff);
  if (outside) throw new RangeError(`El PDF de demostración no puede escribir «${outside}».`);
  return plain;
}

const literal = (text: string) => `(${latin1(text).replace(/[\\()]/g, (c) => `\\${c}`)})`;

function wrap(paragraph: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > LINE_CHARS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

export function simplePdf(title: string, paragraphs: string[], footer: string): Uint8Array {
  const body = paragraphs.flatMap((p, i) => [...(i > 0 ? [""] : []), ...wrap(p)]);
  const content = [
    // SERMIG blue band across the top of the page.
    "0.059 0.412 0.769 rg",
    `0 ${HEIGHT - 40} ${WIDTH} 40 re f`,
    "0 0 0 rg",
    `BT /F2 18 Tf ${MARGIN} ${HEIGHT - 90} Td ${literal(title)} Tj ET`,
    `BT /F1 11 Tf 15 TL ${MARGIN} ${HEIGHT - 125} Td`,
    ...body.map((line) => `${literal(line)} '`),
    "ET",
    `BT /F1 8 Tf ${MARGIN} 40 Td ${literal(footer)} Tj ET`,
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    `<< /Title ${literal(title)} /Producer (Portal Sello Migrante, datos de demostracion) >>`,
  ];
  let file = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets = objects.map((object, i) => {
    const offset = file.length;
    file += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = file.length;
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(file, "latin1"));
}
