/** What an answer to hostile input must never contain: an error's insides reaching the client. */
export const LEAKS: [string, RegExp][] = [
  ["traza de pila", /\bat [\w.$<>]+ \([^)]*:\d+:\d+\)/],
  ["ruta del servidor", /node_modules\/|\/app\/\.next\/server/],
  ["Prisma", /PrismaClient|prisma\.\w+\.\w+\(|Invalid `prisma/],
  ["SQL", /invalid byte sequence|\bSELECT\s+[\w"*,. ]+\s+FROM\b|syntax error at or near|violates \w+ constraint/],
  ["error de renderizado", /data-dgst="(?!NEXT_)|\\?"digest\\?":\\?"(?!NEXT_)/],
  ["mensaje de error", /\b(?:TypeError|RangeError|SyntaxError|ReferenceError|Error): [A-Z][\w ]{3,}/],
];

export const SPANISH_404 = /No encontramos esta página|No encontrado/;
