type DateRangeFilterProps = {
  idPrefix: string;
  legend: string;
  hint: string;
  fromLabel: string;
  toLabel: string;
  from: string | null;
  to: string | null;
};

/** "debut" and "fin" date fields of an engine's filters, as one described fieldset. */
export function DateRangeFilter({ idPrefix, legend, hint, fromLabel, toLabel, from, to }: DateRangeFilterProps) {
  const hintId = `${idPrefix}-dates-aide`;
  return (
    <fieldset aria-describedby={hintId}>
      <legend className="mb-1 font-semibold text-ink">{legend}</legend>
      <p id={hintId} className="mb-2 text-sm text-ink-muted">
        {hint}
      </p>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-1">
        <DateField id={`${idPrefix}-debut`} name="debut" label={fromLabel} value={from} />
        <DateField id={`${idPrefix}-fin`} name="fin" label={toLabel} value={to} />
      </div>
    </fieldset>
  );
}

function DateField({ id, name, label, value }: { id: string; name: string; label: string; value: string | null }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm">
        {label}
      </label>
      <input
        id={id}
        type="date"
        name={name}
        defaultValue={value ?? ""}
        className="h-11 w-full rounded-lg border border-field bg-white px-2 text-base text-ink"
      />
    </div>
  );
}
