/** The portal's modal dialogs (confirmations, keyboard help) share one look. */
export const dialogClass = "m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-300 bg-white p-6 text-ink shadow-xl backdrop:bg-black/50";
