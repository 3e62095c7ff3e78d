import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * The portal's link to its own pages: a client-side navigation when followed, without Next's
 * prefetching. Every page is rendered for one person (session, territory), so a prefetch is a render of
 * a page they may never open: with prefetching on, showing the dashboard once made the browser send 176
 * requests (about 900 ms of server CPU for the visit, page and files included; 70–190 ms without), and
 * the inbox 58.
 */
export function AppLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
