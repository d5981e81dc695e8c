/** The little hook WhatsApp draws at the top of the first bubble in a run. */
export function BubbleTail({ side }: { side: "in" | "out" }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 8 13"
      width="8"
      height="13"
      className={
        side === "in"
          ? "text-wa-incoming absolute top-0 -left-2"
          : "text-wa-outgoing absolute top-0 -right-2 -scale-x-100"
      }
    >
      <path fill="currentColor" d="M1.533 3.568 8 12.193V1H2.812C1.042 1 .474 2.156 1.533 3.568z" />
    </svg>
  );
}
