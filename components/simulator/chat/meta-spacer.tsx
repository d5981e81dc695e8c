/**
 * Room for the time (and ticks) at the end of a bubble's last line, so they sit beside the text
 * when it fits and wrap to their own line when it does not, as in WhatsApp.
 */
export function MetaSpacer({ wide = false }: { wide?: boolean }) {
  return (
    <span
      aria-hidden
      className={wide ? "inline-block h-3 w-[5.25rem]" : "inline-block h-3 w-[4.25rem]"}
    />
  );
}
