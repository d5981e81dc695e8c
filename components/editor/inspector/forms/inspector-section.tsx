import type { ReactNode } from "react";

/** A titled group of fields in the inspector. */
export function InspectorSection({ title, children }: { title?: ReactNode; children: ReactNode }) {
  return (
    <section className="grid gap-3 border-b px-4 py-4 last:border-b-0">
      {title ? (
        <h3 className="text-muted-foreground text-[11px] font-semibold tracking-wide uppercase">
          {title}
        </h3>
      ) : null}
      {children}
    </section>
  );
}
