import sanitizeHtml from "sanitize-html";

/**
 * The only HTML the portal stores and renders from people's input (bulletins). An allowlist: anything
 * not named here — scripts, styles, frames, forms, images, event handlers, classes, inline styles — is
 * dropped, and links keep only an http, https or mailto address. Runs on the server before saving and
 * again before rendering, so a row written by any other path is still rendered inert.
 */
const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s]/i;

const EMPTIABLE = new Set(["p", "h2", "h3", "li", "ul", "ol", "strong", "em"]);

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "h2", "h3", "a"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // The text inside these is code or markup, never something a reader should see.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template", "title", "svg", "math", "xmp", "noembed", "noframes"],
  transformTags: {
    b: "strong",
    i: "em",
    h1: "h2",
    h4: "h3",
    // A link keeps only an absolute http(s) or mailto address and never hands this page to its target;
    // any other link becomes a disallowed tag, so only its text remains. (The allowlist of schemes
    // below checks again.)
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim() ?? "";
      return SAFE_HREF.test(href) ? { tagName, attribs: { href, rel: "noopener noreferrer" } } : { tagName: "span", attribs: {} };
    },
  },
  // A block left empty once its dangerous content is gone (an image, a frame) would only add blank space.
  exclusiveFilter: (frame) => EMPTIABLE.has(frame.tag) && !frame.text.trim(),
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The visible text of sanitised HTML, to tell an empty body from a real one. */
export function richTextPlain(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
