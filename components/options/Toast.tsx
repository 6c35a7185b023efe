import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/kb/schema';

/** How long a message stays, and how long a message with Undo stays. */
export const TOAST_MS = 5000;
export const UNDO_MS = 10000;

export interface ToastMessage {
  text: string;
  /** Offered as an Undo button while the message shows. */
  undo?: () => Promise<void>;
}

/**
 * A short message at the bottom of the page, read out by screen readers, with an Undo button when the change can
 * be taken back. It goes away by itself; its timer ends with the component.
 */
export function Toast({ lang, message, onDone }: { lang: Lang; message: ToastMessage | null; onDone: () => void }) {
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onDone, message.undo ? UNDO_MS : TOAST_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div class="toast" role="status">
      {message && <span>{message.text}</span>}
      {message?.undo && (
        <button type="button" name="undo" onClick={() => void message.undo!()}>
          {t(lang, 'undo')}
        </button>
      )}
    </div>
  );
}
