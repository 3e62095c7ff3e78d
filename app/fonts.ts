import localFont from "next/font/local";

// Served from the app itself: no request ever leaves the portal's origin for a font.
export const roboto = localFont({
  src: [
    { path: "../node_modules/@fontsource/roboto/files/roboto-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/roboto/files/roboto-latin-500-normal.woff2", weight: "500", style: "normal" },
    { path: "../node_modules/@fontsource/roboto/files/roboto-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-roboto",
  display: "swap",
});
