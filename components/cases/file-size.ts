const decimal = new Intl.NumberFormat("es-CL", { maximumFractionDigits: 1 });

/** 245760 → "240 KB", 1258291 → "1,2 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${decimal.format(bytes / (1024 * 1024))} MB`;
}
