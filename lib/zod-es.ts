import { z } from "zod";

// Zod's own messages (wrong type, too long…) in Spanish, for every schema that sets none of its own.
z.config(z.locales.es());
