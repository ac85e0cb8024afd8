/**
 * The parser's output for one `<formation>`: a plain element tree, kept schema-agnostic so that
 * unknown or misspelt elements in real feeds (e.g. `coordonneFs`) never break parsing; the mapper
 * decides what each element means.
 */
export type XmlElement = {
  name: string;
  attrs: Record<string, string>;
  /** Concatenated character data, untrimmed (only meaningful for leaf elements). */
  text: string;
  children: XmlElement[];
};

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** Trimmed text of a leaf; undefined when absent or blank. */
export function textOf(el: XmlElement | undefined): string | undefined {
  const value = el?.text.trim();
  return value ? value : undefined;
}

export function childText(el: XmlElement | undefined, name: string): string | undefined {
  return textOf(child(el, name));
}

export function childTexts(el: XmlElement | undefined, name: string): string[] {
  return childrenNamed(el, name)
    .map(textOf)
    .filter((v): v is string => v !== undefined);
}

/** Follows a chain of single children: `descend(action, "SIRET-formateur", "SIRET")`. */
export function descend(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = el;
  for (const name of names) current = child(current, name);
  return current;
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  const value = el?.attrs[name]?.trim();
  return value ? value : undefined;
}
