import { vi } from "vitest";

// `server-only` throws outside a React server build; in tests every module is server-side anyway.
vi.mock("server-only", () => ({}));
