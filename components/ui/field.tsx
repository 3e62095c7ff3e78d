export const inputClass = "mt-1 w-full rounded-lg border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";
