import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./disposition";

describe("attachmentDisposition", () => {
  it("keeps accents in filename* and drops them from the ASCII fallback", () => {
    expect(attachmentDisposition("Carta de adhesión (firmada).pdf")).toBe(
      `attachment; filename="Carta de adhesion (firmada).pdf"; filename*=UTF-8''Carta%20de%20adhesi%C3%B3n%20%28firmada%29.pdf`,
    );
  });

  it("cannot break out of the quoted filename", () => {
    const header = attachmentDisposition('a"; filename="x.html\\.pdf');
    expect(header).toMatch(/^attachment; filename="a_; filename=_x\.html_\.pdf"; filename\*=UTF-8''[^"\s;]+$/);
  });

  it("falls back to a generic name when nothing ASCII is left", () => {
    expect(attachmentDisposition("報告.pdf")).toContain('filename="__.pdf"');
    expect(attachmentDisposition("")).toContain('filename="archivo"');
  });
});
