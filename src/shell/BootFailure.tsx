import { appText } from '../i18n/language';
import { RuntimeConfigError } from './runtime-config';

export function BootFailure({ error }: { error: unknown }) {
  const message =
    error instanceof RuntimeConfigError ? appText(`boot.${error.messageKey}`, error.values) : error instanceof Error ? error.message : String(error);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>{appText('boot.failed')}</h1>
      <p role="alert">{message}</p>
    </main>
  );
}
