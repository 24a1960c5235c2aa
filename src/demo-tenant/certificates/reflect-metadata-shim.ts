// @peculiar/x509 uses tsyringe, which refuses to load without the Reflect metadata API
// ("tsyringe requires a reflect polyfill"). No polyfill package is installed, and x509 only needs
// getMetadata / getOwnMetadata / defineMetadata, so this installs a minimal WeakMap-backed version
// when (and only when) the real one is absent. Import it before @peculiar/x509 is loaded.

type MetadataTarget = object;

const metadata = new WeakMap<MetadataTarget, Map<unknown, unknown>>();

function ownMetadata(target: MetadataTarget): Map<unknown, unknown> {
  let entries = metadata.get(target);
  if (!entries) {
    entries = new Map();
    metadata.set(target, entries);
  }
  return entries;
}

const reflect = Reflect as unknown as Record<string, unknown>;

if (typeof reflect.getMetadata !== 'function') {
  reflect.defineMetadata = (key: unknown, value: unknown, target: MetadataTarget): void => {
    ownMetadata(target).set(key, value);
  };
  reflect.getOwnMetadata = (key: unknown, target: MetadataTarget): unknown => metadata.get(target)?.get(key);
  reflect.getMetadata = (key: unknown, target: MetadataTarget): unknown => {
    for (let current: MetadataTarget | null = target; current; current = Object.getPrototypeOf(current) as MetadataTarget | null) {
      const entries = metadata.get(current);
      if (entries?.has(key)) return entries.get(key);
    }
    return undefined;
  };
}

export {};
