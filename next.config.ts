import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  // The data dir holds the embedded PostgreSQL cluster; the dev watcher must not crawl it.
  outputFileTracingExcludes: { "*": [".data/**"] },
};

export default nextConfig;
