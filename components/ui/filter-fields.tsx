import { inputClass } from "./field";

/**
 * Fields of a GET filter form: values come from and go back to the URL. `error` is parseQuery()'s
 * message for a value in the URL that was malformed and ignored, shown where the person typed it.
 */
type InputProps = { name: string; label: string; defaultValue?: string; type?: "search" | "date"; placeholder?: string; error?: string };

export function FilterInput({ name, label, defaultValue, type = "search", placeholder, error }: InputProps) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        placeholder={placeholder}
        maxLength={80}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        className={inputClass}
      />
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

export function FilterSelect({
  name,
  label,
  defaultValue,
  allLabel,
  options,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  /** The first option, meaning "no filter"; omit it when the filter always has a value. */
  allLabel?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={defaultValue ?? ""} className={inputClass}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
