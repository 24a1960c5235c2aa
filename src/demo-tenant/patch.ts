// PATCH semantics shared by the entity routes.

/** PATCH semantics: top-level properties replace; complex values merge one level down. */
export function mergePatch<T extends object>(target: T, patch: Record<string, unknown>): void {
  const record = target as Record<string, unknown>;
  for (const [name, value] of Object.entries(patch)) {
    if (name.startsWith('@')) continue;
    const current = record[name];
    const bothObjects =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof current === 'object' && current !== null && !Array.isArray(current);
    record[name] = bothObjects ? { ...(current as object), ...structuredClone(value) } : structuredClone(value);
  }
}
