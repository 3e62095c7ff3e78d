import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateRawSync, deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import { EVIDENCE_POLICY, LETTER_POLICY, storeUpload, type UploadPolicy } from "./upload";

const MB = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// ── Real files, built byte by byte ──

const ascii = (text: string) => new TextEncoder().encode(text);

/** A one-page PDF with a correct cross-reference table. */
function pdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(body);
}

/** A 1×1 white PNG. */
function png(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const typed = Buffer.concat([ascii(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const pixels = deflateSync(Buffer.from([0, 255, 255, 255]));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", new Uint8Array())]);
}

/** The start of a JFIF JPEG (SOI, APP0) and its end marker: what content sniffing looks at. */
function jpeg(): Uint8Array {
  return Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...ascii("JFIF"), 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);
}

/** A deflate-compressed ZIP archive, laid out as Office writes one (local headers, central directory). */
function zip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name, "utf8");
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed
    common.writeUInt16LE(0, 2); // flags
    common.writeUInt16LE(8, 4); // deflate
    common.writeUInt16LE(0, 6); // time
    common.writeUInt16LE(0x21, 8); // 1980-01-01
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(fileName.length, 22);
    common.writeUInt16LE(0, 24); // extra length
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, fileName, packed]);
    const tail = Buffer.alloc(16);
    tail.writeUInt32LE(offset, 12); // comment length, disk, attributes are zero
    centrals.push(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02]), Buffer.from([20, 0]), common, tail, fileName]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const RELS_TYPE = 'Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"';
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function docx(): Uint8Array {
  return zip({
    "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ${RELS_TYPE}/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/document.xml": `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Acta de la mesa comunal</w:t></w:r></w:p></w:body></w:document>`,
  });
}

function xlsx(): Uint8Array {
  const sheetMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  return zip({
    "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ${RELS_TYPE}/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML}<workbook xmlns="${sheetMain}" xmlns:r="${OFFICE_DOCUMENT}"><sheets><sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `${XML}<worksheet xmlns="${sheetMain}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Asistentes</t></is></c></row></sheetData></worksheet>`,
  });
}

const HTML = ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
const SVG = ascii('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>');

/** PDF bytes padded to an exact size. */
function pdfOfSize(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(pdf());
  return bytes;
}

// ── Harness ──

let storeDir: string;
let uploaderId: string;
const createdFiles: string[] = [];
const previousStoreDir = process.env.FILE_STORE_DIR;

beforeAll(async () => {
  storeDir = await mkdtemp(path.join(tmpdir(), "sello-uploads-"));
  process.env.FILE_STORE_DIR = storeDir;
  uploaderId = (await db.user.findUniqueOrThrow({ where: { run: "44444444-4" }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.storedFile.deleteMany({ where: { id: { in: createdFiles } } });
  await db.$disconnect();
  if (previousStoreDir === undefined) delete process.env.FILE_STORE_DIR;
  else process.env.FILE_STORE_DIR = previousStoreDir;
  await rm(storeDir, { recursive: true, force: true });
});

// Copied into a fresh ArrayBuffer, which is what File accepts.
const asFile = (bytes: Uint8Array, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

async function upload(bytes: Uint8Array, name: string, policy: UploadPolicy, type = "") {
  const { id } = await db.$transaction((tx) => storeUpload(tx, asFile(bytes, name, type), policy, { id: uploaderId }, "Evidence"));
  createdFiles.push(id);
  return db.storedFile.findUniqueOrThrow({ where: { id } });
}

/** Expects a refusal with `message` on the "archivo" field that leaves no row and no stored bytes. */
async function expectRefused(bytes: Uint8Array, name: string, policy: UploadPolicy, message: string | RegExp, type = "") {
  const rows = await db.storedFile.count();
  const blobs = (await readdir(storeDir)).length;
  const attempt = db.$transaction((tx) => storeUpload(tx, asFile(bytes, name, type), policy, { id: uploaderId }, "AdhesionLetter"));
  await expect(attempt).rejects.toThrow(RuleError);
  await expect(attempt).rejects.toMatchObject({ field: "archivo", message });
  expect(await db.storedFile.count()).toBe(rows);
  expect((await readdir(storeDir)).length).toBe(blobs);
}

const NOT_ALLOWED = "El contenido del archivo no corresponde a un PDF, una imagen JPG o PNG, ni a un documento Word o Excel.";

describe("storeUpload", () => {
  it("stores a real PDF letter under a UUID key, with its hash, size and detected type", async () => {
    const bytes = pdf();
    const row = await upload(bytes, "Carta de adhesión.pdf", LETTER_POLICY, "application/pdf");
    expect(row).toMatchObject({
      originalName: "Carta de adhesión.pdf",
      contentType: "application/pdf",
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedById: uploaderId,
      ownerType: "Evidence",
    });
    expect(row.storageKey).toMatch(UUID);
    expect(new Uint8Array(await readFile(path.join(storeDir, row.storageKey)))).toEqual(bytes);
  });

  it("refuses for a letter anything that is not a PDF, whatever its name says", async () => {
    await expectRefused(png(), "carta.pdf", LETTER_POLICY, "Solo se aceptan archivos PDF.");
    await expectRefused(HTML, "carta.pdf", LETTER_POLICY, "Solo se aceptan archivos PDF.");
    await expectRefused(SVG, "carta.pdf", LETTER_POLICY, "Solo se aceptan archivos PDF.");
    await expectRefused(docx(), "carta.pdf", LETTER_POLICY, "Solo se aceptan archivos PDF.");
  });

  it("refuses SVG, HTML and plain ZIP archives as evidence", async () => {
    await expectRefused(SVG, "logo.svg", EVIDENCE_POLICY, NOT_ALLOWED, "image/svg+xml");
    await expectRefused(SVG, "logo.png", EVIDENCE_POLICY, NOT_ALLOWED);
    await expectRefused(HTML, "acta.pdf", EVIDENCE_POLICY, NOT_ALLOWED);
    await expectRefused(zip({ "acta.txt": "texto" }), "acta.zip", EVIDENCE_POLICY, NOT_ALLOWED);
  });

  it("refuses a name whose extension does not match the content", async () => {
    await expectRefused(png(), "foto.pdf", EVIDENCE_POLICY, "El archivo es PNG: su nombre debe terminar en .png.");
    await expectRefused(pdf(), "acta.docx", EVIDENCE_POLICY, "El archivo es PDF: su nombre debe terminar en .pdf.");
    await expectRefused(jpeg(), "foto", EVIDENCE_POLICY, "El archivo es JPG: su nombre debe terminar en .jpg o .jpeg.");
    await expectRefused(docx(), "planilla.xlsx", EVIDENCE_POLICY, "El archivo es Word: su nombre debe terminar en .docx.");
  });

  it("refuses a declared type that contradicts the content", async () => {
    await expectRefused(pdf(), "carta.pdf", LETTER_POLICY, "El tipo declarado del archivo no corresponde a su contenido (PDF).", "text/html");
  });

  it("refuses empty files and files over 10 MB, and accepts exactly 10 MB", async () => {
    await expectRefused(new Uint8Array(), "carta.pdf", LETTER_POLICY, "El archivo está vacío.");
    await expectRefused(pdfOfSize(10 * MB + 1), "carta.pdf", LETTER_POLICY, "El archivo supera 10 MB.");
    await expectRefused(pdfOfSize(10 * MB + 1), "acta.pdf", EVIDENCE_POLICY, "El archivo supera 10 MB.");
    expect((await upload(pdfOfSize(10 * MB), "carta.pdf", LETTER_POLICY)).size).toBe(10 * MB);
  });

  it("accepts JPG, PNG, Word and Excel evidence, typed by content", async () => {
    expect((await upload(jpeg(), "foto.JPEG", EVIDENCE_POLICY, "image/jpeg")).contentType).toBe("image/jpeg");
    expect((await upload(jpeg(), "foto.jpg", EVIDENCE_POLICY)).contentType).toBe("image/jpeg");
    expect((await upload(png(), "afiche.png", EVIDENCE_POLICY, "image/png")).contentType).toBe("image/png");
    expect((await upload(docx(), "acta.docx", EVIDENCE_POLICY, "application/octet-stream")).contentType).toBe(DOCX_MIME);
    expect((await upload(xlsx(), "asistencia.xlsx", EVIDENCE_POLICY, XLSX_MIME)).contentType).toBe(XLSX_MIME);
  });

  it("keeps the user's name as metadata only: the key is a UUID even for a path", async () => {
    const row = await upload(pdf(), "../../etc/passwd.pdf", EVIDENCE_POLICY);
    expect(row.storageKey).toMatch(UUID);
    expect(row.originalName).toBe("passwd.pdf");
    expect(await readdir(storeDir)).toContain(row.storageKey);
    expect((await upload(pdf(), "C:\\Users\\ana\\acta.pdf", EVIDENCE_POLICY)).originalName).toBe("acta.pdf");
  });

  it("strips control and direction characters and caps the name at 200 characters, keeping the extension", async () => {
    expect((await upload(pdf(), "  acta\u0000\n\u202Efdp.pdf  ", EVIDENCE_POLICY)).originalName).toBe("actafdp.pdf");
    const long = await upload(pdf(), `${"ñ".repeat(300)}.pdf`, EVIDENCE_POLICY);
    expect(long.originalName).toBe(`${"ñ".repeat(196)}.pdf`);
  });
});
