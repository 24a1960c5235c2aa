// Values are shown and kept trimmed instead of rejected for surrounding spaces: text copied from a
// mail or a spreadsheet often carries a space or a line break at either end, invisible in a field.
// The answers' rules still refuse such a value (answers-schema.ts trims nothing silently); the
// fields remove the spaces where the admin can see it happen: on paste and on leaving the field.
import type { ClipboardEvent } from 'react';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * Pastes the clipboard's text without its surrounding white space, where the caret is (replacing
 * the selection); `setValue` receives the field's whole new value. Text without such space pastes
 * as the browser does.
 */
export function pasteTrimmed(event: ClipboardEvent<TextControl>, setValue: (value: string) => void): void {
  const pasted = event.clipboardData.getData('text/plain');
  const trimmed = pasted.trim();
  if (trimmed === pasted) return;
  event.preventDefault();
  const control = event.currentTarget;
  const start = control.selectionStart ?? control.value.length;
  const end = control.selectionEnd ?? start;
  setValue(control.value.slice(0, start) + trimmed + control.value.slice(end));
  const caret = start + trimmed.length;
  // After React has written the new value, which moves the caret to the end.
  requestAnimationFrame(() => control.setSelectionRange(caret, caret));
}

interface TextField {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** For a react-hook-form field (spread after `{...field}`): trimmed on paste and on blur. */
export function trimmedInput(field: TextField) {
  return {
    onPaste: (event: ClipboardEvent<TextControl>) => pasteTrimmed(event, field.onChange),
    onBlur: () => {
      const trimmed = field.value.trim();
      if (trimmed !== field.value) field.onChange(trimmed);
      field.onBlur();
    },
  };
}
