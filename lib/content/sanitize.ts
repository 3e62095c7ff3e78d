import sanitizeHtml from "sanitize-html";

/**
 * The only HTML the portal stores and renders from people's input (bulletins). An allowlist: anything
 * not named here — scripts, styles, frames, forms, images, event handlers, classes, inline styles — is
 * dropped, and links keep only an http, https or mailto address. Runs on the server before saving and
 * again before rendering, so a row written by any other path is still rendered inert.
 */
const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s]/i;

const EMPTIABLE = new Set(["p", "h2", "h3", "li", "ul", "ol", "strong", "em"]);

const ALLOWED_TAGS = ["p", "br", "strong", "em", "ul", "ol", "li", "h2", "h3", "a"];
/** What a refused link becomes in the first pass, so that the second drops its tags and keeps its text. */
const REFUSED_LINK = "sello-refused-link";

const COMMON: sanitizeHtml.IOptions = {
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // The text inside these is code or markup, never something a reader should see.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template", "title", "svg", "math", "xmp", "noembed", "noframes"],
};

/**
 * First pass: the allowlist, with renames. A renamed tag must itself be allowed here: sanitize-html 2.17
 * forgets to clear a rename when it discards the renamed tag, and then closes the NEXT tag at that depth
 * with the discarded name (`first <a href=…>second</span> tail`).
 */
const RENAME: sanitizeHtml.IOptions = {
  ...COMMON,
  allowedTags: [...ALLOWED_TAGS, REFUSED_LINK],
  transformTags: {
    b: "strong",
    i: "em",
    h1: "h2",
    h4: "h3",
    // A link keeps only an absolute http(s) or mailto address and never hands this page to its target;
    // any other link keeps only its text. (The allowlist of schemes checks again.)
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim() ?? "";
      return SAFE_HREF.test(href) ? { tagName, attribs: { href, rel: "noopener noreferrer" } } : { tagName: REFUSED_LINK, attribs: {} };
    },
  },
};

/** Second pass, without renames: refused links lose their tags, and blocks left empty go. */
const FINAL: sanitizeHtml.IOptions = {
  ...COMMON,
  allowedTags: ALLOWED_TAGS,
  // A block left empty once its dangerous content is gone (an image, a frame) would only add blank space.
  exclusiveFilter: (frame) => EMPTIABLE.has(frame.tag) && !frame.text.trim(),
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(sanitizeHtml(html, RENAME), FINAL).trim();
}

/** The visible text of sanitised HTML, to tell an empty body from a real one. */
export function richTextPlain(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
