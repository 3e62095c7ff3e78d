import "server-only";
import { notFound } from "next/navigation";
import { hasPermission, type Permission } from "./permissions";
import { pageViewer, type Viewer } from "./viewer";

/** For pages of one permission: anonymous → sign in; signed in without it → the same 404 as a missing page. */
export async function requirePagePermission(permission: Permission, path: string): Promise<Viewer> {
  const viewer = await pageViewer(path);
  if (!hasPermission(viewer.role, permission)) notFound();
  return viewer;
}
