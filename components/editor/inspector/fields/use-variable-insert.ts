import { useRef } from "react";

/**
 * Inserting `{{name}}` where the caret is in a controlled input: `insert` builds the new value,
 * `restoreFocus` (after the picker closed and the value rendered) puts the caret behind the token.
 */
export function useVariableInsert<E extends HTMLInputElement | HTMLTextAreaElement>(
  value: string,
  onChange: (value: string) => void,
) {
  const ref = useRef<E>(null);
  const caret = useRef<number | null>(null);
  const insert = (reference: string) => {
    const element = ref.current;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? start;
    const token = `{{${reference}}}`;
    caret.current = start + token.length;
    onChange(value.slice(0, start) + token + value.slice(end));
  };
  const restoreFocus = () => {
    requestAnimationFrame(() => {
      const element = ref.current;
      if (!element) return;
      element.focus();
      if (caret.current !== null) element.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    });
  };
  return { ref, insert, restoreFocus };
}
