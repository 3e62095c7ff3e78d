import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The TLS reverse proxy in front compresses (README, deployment). Compressing here as well would spend
  // the Node process's one thread on zlib, and a server action that redirects would pay it twice: Next
  // fetches the destination page from itself, compressed, and inflates it again.
  compress: false,
  productionBrowserSourceMaps: false,
  // The data dir holds the embedded PostgreSQL cluster; the dev watcher must not crawl it.
  outputFileTracingExcludes: { "*": [".data/**"] },
  // Uploads (letters, evidence) go up to 10 MB; the extra megabyte is the rest of the form. The service
  // refuses anything over 10 MB with a Spanish message.
  experimental: {
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  // On every response, static files and errors included. (The CSP, which needs a per-request nonce,
  // is set in proxy.ts.) Browsers ignore HSTS over plain HTTP, so it is safe in development too.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
        ],
      },
    ];
  },
};

export default nextConfig;
