/**
 * A saved search's name inside a sentence: « … » around it, unless the name already opens with
 * the query text in guillemets (« soudeur » · Haute-Garonne), which would read « « soudeur ».
 */
export function quoteLabel(label: string): string {
  return label.startsWith("«") ? label : `« ${label} »`;
}
