import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formattedTextToHtml } from "./formatting";
import { richTextPlain, sanitizeRichText } from "./sanitize";

/** Nothing in the output may run code or load anything, whatever the input was. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<\s*(script|style|iframe|object|embed|svg|math|img|form|input|button|link|meta|base|video|audio|source|template|frame|frameset|textarea|select)\b/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(javascript|vbscript|data|file)\s*:/i);
  expect(html).not.toMatch(/\s(style|class|id|srcdoc|formaction|xlink:href|src)\s*=/i);
}

const VECTORS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//x.example/xss.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<img src=x onerror=alert(1)>",
  "<p onclick=\"alert(1)\">hola</p>",
  "<p ONMOUSEOVER='alert(1)'>hola</p>",
  "<a href=\"javascript:alert(1)\">clic</a>",
  "<a href=\"JaVaScRiPt:alert(1)\">clic</a>",
  "<a href=\"  javascript:alert(1)\">clic</a>",
  "<a href=\"java&#09;script:alert(1)\">clic</a>",
  "<a href=\"java\nscript:alert(1)\">clic</a>",
  "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">clic</a>",
  "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">clic</a>",
  "<a href=\"vbscript:msgbox(1)\">clic</a>",
  "<a href=\"file:///etc/passwd\">clic</a>",
  "<iframe src=\"https://example.org\"></iframe>",
  "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
  "<svg onload=alert(1)><circle r=1></circle></svg>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
  "<style>body{display:none}</style>",
  "<p style=\"background:url(javascript:alert(1))\">x</p>",
  "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
  "<form action=\"https://evil.example\"><input name=a><button formaction=\"javascript:alert(1)\">x</button></form>",
  "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
  "<base href=\"javascript:alert(1)//\">",
  "<link rel=stylesheet href=\"https://evil.example/x.css\">",
  "<video><source onerror=\"alert(1)\"></video>",
  "<body onload=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<a href=\"https://ok.example\" onmouseover=\"alert(1)\" target=\"_blank\">ok</a>",
  "<!--<script>alert(1)</script>-->",
  "<![CDATA[<script>alert(1)</script>]]>",
  "<img src=\"x\" onerror=\"&#97;lert(1)\">",
  "<<script>script>alert(1)<</script>/script>",
  "<template><script>alert(1)</script></template>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
  "<textarea><script>alert(1)</script></textarea>",
  "<p id=\"x\" class=\"y\">hola</p>",
  "<a href=\"//evil.example\">protocolo relativo</a>",
];

describe("sanitizeRichText", () => {
  it.each(VECTORS)("renders %s inert", (vector) => {
    expectInert(sanitizeRichText(vector));
    expectInert(sanitizeRichText(`<p>antes</p>${vector}<p>después</p>`));
  });

  it("never leaves executable text from scripts, styles or frames", () => {
    expect(sanitizeRichText("<script>alert(1)</script><p>hola</p>")).toBe("<p>hola</p>");
    expect(sanitizeRichText("<style>p{}</style><p>hola</p>")).toBe("<p>hola</p>");
    expect(sanitizeRichText("<svg><script>alert(1)</script></svg>hola")).toBe("hola");
  });

  it("keeps the allowed formatting", () => {
    const html = "<h2>Título</h2><h3>Sub</h3><p>Texto <strong>fuerte</strong> y <em>cursiva</em><br />línea</p><ul><li>a</li></ul><ol><li>b</li></ol>";
    expect(sanitizeRichText(html)).toBe(html);
  });

  it("keeps http, https and mailto links and forces rel=noopener noreferrer", () => {
    expect(sanitizeRichText('<a href="https://www.sermig.gob.cl" target="_blank" rel="opener">SERMIG</a>')).toBe(
      '<a href="https://www.sermig.gob.cl" rel="noopener noreferrer">SERMIG</a>',
    );
    expect(sanitizeRichText('<a href="mailto:contacto@sermig.gob.cl">correo</a>')).toBe('<a href="mailto:contacto@sermig.gob.cl" rel="noopener noreferrer">correo</a>');
    expect(sanitizeRichText('<a href="http://example.org/a?b=1&amp;c=2">x</a>')).toBe('<a href="http://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">x</a>');
  });

  it("keeps the text of a refused link but not the link", () => {
    expect(sanitizeRichText('<p><a href="javascript:alert(1)">clic aquí</a></p>')).toBe("<p>clic aquí</p>");
  });

  it("drops only a refused link: the text after it stays outside the next link and every tag is closed by its own name", () => {
    expect(sanitizeRichText('<a href="javascript:alert(1)">first</a> <a href="https://ok.example/">second</a> tail')).toBe(
      'first <a href="https://ok.example/" rel="noopener noreferrer">second</a> tail',
    );
    expect(sanitizeRichText('<p><a href="vbscript:x">a</a> b <strong>c</strong></p>')).toBe("<p>a b <strong>c</strong></p>");
  });

  it("always gives well-formed markup, whatever mix of good and refused links and formatting", () => {
    const piece = fc.constantFrom(
      '<a href="javascript:alert(1)">malo</a>',
      '<a href="https://ok.example/">bueno</a>',
      '<a href="data:text/html,x">datos</a>',
      '<a>sin dirección</a>',
      "<strong>negrita</strong>",
      "<em>cursiva</em>",
      "<img src=x>",
      " texto ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), (pieces, wrap) => {
        const input = wrap ? `<p>${pieces.join("")}</p>` : pieces.join("");
        const open: string[] = [];
        for (const [, closing, name] of sanitizeRichText(input).matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
          if (name === "br") continue;
          if (!closing) open.push(name);
          else expect(open.pop()).toBe(name);
        }
        expect(open).toEqual([]);
      }),
    );
  });

  it("maps b, i and h1 to their allowed equivalents and escapes stray markup characters", () => {
    expect(sanitizeRichText("<b>a</b><i>b</i><h1>c</h1>")).toBe("<strong>a</strong><em>b</em><h2>c</h2>");
    expect(sanitizeRichText("<p>edad < 18 & > 5</p>")).toBe("<p>edad &lt; 18 &amp; &gt; 5</p>");
  });

  it("drops blocks left empty once their dangerous content is gone", () => {
    expect(sanitizeRichText('<p><img src=x onerror=alert(1)></p><p>texto</p><ul><li><iframe></iframe></li></ul>')).toBe("<p>texto</p>");
  });

  it("keeps the whole address of a formatted link with parentheses, and the link text alone when refused", () => {
    expect(sanitizeRichText(formattedTextToHtml("[Ley](https://es.wikipedia.org/wiki/Ley_(Chile))"))).toBe('<p><a href="https://es.wikipedia.org/wiki/Ley_(Chile)" rel="noopener noreferrer">Ley</a></p>');
    expect(sanitizeRichText(formattedTextToHtml("[enlace malo](javascript:alert(4))"))).toBe("<p>enlace malo</p>");
  });

  it("tells an empty body from a real one", () => {
    expect(richTextPlain(sanitizeRichText("<script>x</script><p> </p>"))).toBe("");
    expect(richTextPlain("<p>Hola <strong>mundo</strong></p>")).toBe("Hola mundo");
  });
});

describe("formattedTextToHtml", () => {
  it("turns the editor's formatting into the allowed tags", () => {
    const source = "## Novedades\n\nPrimer párrafo con **negrita** y *cursiva*.\nSegunda línea.\n\n- uno\n- dos\n\n1. primero\n2. segundo\n\n### Enlaces\nVer [SERMIG](https://www.sermig.gob.cl).";
    expect(sanitizeRichText(formattedTextToHtml(source))).toBe(
      [
        "<h2>Novedades</h2>",
        "<p>Primer párrafo con <strong>negrita</strong> y <em>cursiva</em>.<br />Segunda línea.</p>",
        "<ul><li>uno</li><li>dos</li></ul>",
        "<ol><li>primero</li><li>segundo</li></ol>",
        "<h3>Enlaces</h3>",
        '<p>Ver <a href="https://www.sermig.gob.cl" rel="noopener noreferrer">SERMIG</a>.</p>',
      ].join("\n"),
    );
  });

  it("cannot smuggle a dangerous link through the link syntax", () => {
    for (const source of ["[clic](javascript:alert(1))", '[x](https://a.example"onmouseover="alert(1))', "[x](data:text/html,<script>alert(1)</script>)"]) {
      expectInert(sanitizeRichText(formattedTextToHtml(source)));
    }
  });
});
