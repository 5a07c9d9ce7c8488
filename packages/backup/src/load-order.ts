/**
 * Tables in an order where every table comes after the tables it references, so rows can be
 * loaded with every foreign key checked as they arrive. Ties go by name, so the order is stable.
 * A table referencing itself is left to its own row order (the schema has none today).
 */
export function loadOrder(tables: string[], foreignKeys: { table: string; references: string }[]): string[] {
  const waitingFor = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { table, references } of foreignKeys) {
    if (table !== references && waitingFor.has(references)) waitingFor.get(table)?.add(references);
  }
  const order: string[] = [];
  while (waitingFor.size > 0) {
    const ready = [...waitingFor]
      .filter(([, needs]) => [...needs].every((n) => !waitingFor.has(n)))
      .map(([t]) => t)
      .sort();
    if (ready.length === 0) {
      throw new Error(`tabel-tabel ini saling merujuk sehingga urutan pemuatan tidak dapat ditentukan: ${[...waitingFor.keys()].join(", ")}`);
    }
    for (const t of ready) {
      order.push(t);
      waitingFor.delete(t);
    }
  }
  return order;
}
