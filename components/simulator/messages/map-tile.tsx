import { MapPin } from "lucide-react";

/**
 * A drawn map tile with a pin. Sohbet downloads nothing at run time, so no real map: the name,
 * address and coordinates beside it carry the information.
 */
export function MapTile() {
  return (
    <div
      aria-hidden
      className="relative h-32 w-64 max-w-full overflow-hidden rounded-md bg-[#e8ecd9] dark:bg-[#2b3a33]"
    >
      <svg viewBox="0 0 256 128" className="absolute inset-0 size-full" preserveAspectRatio="none">
        <g className="stroke-white dark:stroke-[#46574f]" fill="none" strokeLinecap="round">
          <path d="M-10 90 C 60 70, 120 110, 270 60" strokeWidth="9" />
          <path d="M70 -10 L 110 140" strokeWidth="6" />
          <path d="M180 -10 C 170 40, 200 80, 190 140" strokeWidth="5" />
          <path d="M-10 30 L 270 20" strokeWidth="3" />
        </g>
        <rect
          x="14"
          y="40"
          width="40"
          height="26"
          rx="3"
          className="fill-[#cfe3b4] dark:fill-[#34493c]"
        />
        <rect
          x="205"
          y="86"
          width="38"
          height="30"
          rx="3"
          className="fill-[#cfe3b4] dark:fill-[#34493c]"
        />
      </svg>
      <MapPin className="absolute top-1/2 left-1/2 size-8 -translate-x-1/2 -translate-y-full fill-red-500 text-red-700" />
    </div>
  );
}
