/**
 * ROME texts come as ordered sentences. A definition opens with a full sentence and goes on with
 * task lines (no final period), which read best as a list under that lead.
 */
export function TextBlock({ paragraphs, leadThenList = false }: { paragraphs: string[]; leadThenList?: boolean }) {
  if (leadThenList && paragraphs.length > 2) {
    const [lead, ...tasks] = paragraphs;
    return (
      <div className="max-w-3xl text-[1.0625rem]">
        <p>{lead}</p>
        <ul className="mt-3 list-disc space-y-1.5 pl-5 marker:text-brand-600">
          {tasks.map((task) => (
            <li key={task}>{task}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-3 text-[1.0625rem]">
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </div>
  );
}
