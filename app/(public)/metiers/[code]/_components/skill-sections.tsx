import type { SkillGroup, TradeDetail } from "@/db/queries/trade-detail";
import { fr } from "@/lib/i18n/fr";

/** Savoir-faire by category, savoir-être as chips, savoirs by category: the ROME skill blocks. */
export function SkillBlocks({ skills }: { skills: TradeDetail["skills"] }) {
  return (
    <div className="space-y-8">
      {skills.knowHow.length > 0 && (
        <div>
          <h3 className="text-xl font-bold text-brand-900">{fr.trades.knowHow}</h3>
          <GroupedList groups={skills.knowHow} />
        </div>
      )}
      {skills.softSkills.length > 0 && (
        <div>
          <h3 className="text-xl font-bold text-brand-900">{fr.trades.softSkills}</h3>
          <ul role="list" className="mt-3 flex flex-wrap gap-2">
            {skills.softSkills.map((label) => (
              <li key={label} className="rounded-full bg-brand-50 px-3 py-1 text-[0.9375rem] text-brand-900 ring-1 ring-brand-100">
                {label}
              </li>
            ))}
          </ul>
        </div>
      )}
      {skills.knowledge.length > 0 && (
        <div>
          <h3 className="text-xl font-bold text-brand-900">{fr.trades.knowledge}</h3>
          <GroupedList groups={skills.knowledge} />
        </div>
      )}
    </div>
  );
}

/** Work contexts (hours, places, conditions), each ROME context type under its own heading. */
export function WorkContexts({ groups }: { groups: SkillGroup[] }) {
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      {groups.map((group) => (
        <div key={group.category ?? ""}>
          <h3 className="font-bold text-brand-900">{group.category ?? fr.trades.otherSkills}</h3>
          <BulletList items={group.items} />
        </div>
      ))}
    </div>
  );
}

function GroupedList({ groups }: { groups: SkillGroup[] }) {
  // ROME ships savoir-faire without categories in its open data: one plain list then.
  if (groups.length === 1 && groups[0]!.category === null) return <BulletList items={groups[0]!.items} columns />;
  return (
    <div className="mt-2 space-y-4">
      {groups.map((group) => (
        <div key={group.category ?? ""}>
          <h4 className="font-semibold text-ink">{group.category ?? fr.trades.otherSkills}</h4>
          <BulletList items={group.items} columns />
        </div>
      ))}
    </div>
  );
}

function BulletList({ items, columns = false }: { items: string[]; columns?: boolean }) {
  return (
    <ul className={columns ? "mt-2 list-disc gap-8 pl-5 md:columns-2" : "mt-2 list-disc pl-5"}>
      {items.map((item) => (
        <li key={item} className="break-inside-avoid py-0.5 marker:text-brand-600">
          {item}
        </li>
      ))}
    </ul>
  );
}
