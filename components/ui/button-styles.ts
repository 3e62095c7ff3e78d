/**
 * The portal's button looks, in one place: every button and button-like link takes its classes from
 * here so the same control never looks two ways.
 */
export type ButtonVariant = "primary" | "secondary" | "danger";
/** `compact` is for tight bars (the phone header), where two normal buttons beside the logo do not fit. */
export type ButtonSize = "normal" | "compact";

const BASE = "inline-block rounded-lg font-medium no-underline disabled:opacity-60";
const SIZES: Record<ButtonSize, string> = { normal: "px-5 py-2", compact: "px-3 py-1.5" };
const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-sermig-blue text-white hover:bg-sermig-blue-dark",
  secondary: "border border-sermig-blue text-sermig-blue-dark hover:bg-sermig-blue-light",
  danger: "border border-sermig-red-dark text-sermig-red-dark hover:bg-red-50",
};

export function buttonClass(variant: ButtonVariant = "primary", extra?: string, size: ButtonSize = "normal") {
  const base = `${BASE} ${SIZES[size]} ${VARIANTS[variant]}`;
  return extra ? `${base} ${extra}` : base;
}
