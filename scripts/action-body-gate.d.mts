import type { IncomingMessage, ServerResponse } from "node:http";

type RequestHead = { method?: string; headers: Record<string, string | string[] | undefined> };
export type Refusal = { status: number; message: string };

export const SMALL_BODY: number;
export const LIST_BODY: number;
export const UPLOAD_BODY: number;
export function actionBodyLimits(buildDir?: string, listFile?: string): Map<string, number>;
export function bodyRefusal(request: RequestHead, limits: Map<string, number>): Refusal | null;
export function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal): void;
