/** A command or URL to copy: monospace, never cut; a long line scrolls in its own keyboard-reachable box. */
export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-surface px-4 py-3 text-sm">
      <pre className="m-0">
        <code>{children}</code>
      </pre>
    </div>
  );
}
