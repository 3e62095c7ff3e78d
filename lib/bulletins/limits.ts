/** Shared with the client form; kept apart from the zod schemas so the browser bundle does not carry zod. */
export const MAX_ATTACHMENTS = 5;
export const MAX_BODY = 20_000;
