/** Session rules (ASVS L2): 30 minutes idle, 12 hours at most, one cookie that scripts cannot read. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** Extending the idle expiry costs a write; doing it at most once a minute is plenty. */
export const SESSION_REFRESH_SECONDS = 60;
export const SESSION_COOKIE = "__Host-authjs.session-token";
