/**
 * The portal's button looks, in one place: every button and button-like link takes its classes from
 * here so the same control never looks two ways.
 */
export type ButtonVariant = "primary" | "secondary" | "danger";

const BASE = "inline-block rounded-lg px-5 py-2 font-medium no-underline disabled:opacity-60";
const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-sermig-blue text-white hover:bg-sermig-blue-dark",
  secondary: "border border-sermig-blue text-sermig-blue-dark hover:bg-sermig-blue-light",
  danger: "border border-sermig-red-dark text-sermig-red-dark hover:bg-red-50",
};

export function buttonClass(variant: ButtonVariant = "primary", extra?: string) {
  return extra ? `${BASE} ${VARIANTS[variant]} ${extra}` : `${BASE} ${VARIANTS[variant]}`;
}
