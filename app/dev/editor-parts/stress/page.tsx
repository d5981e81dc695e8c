import { notFound } from "next/navigation";
import { CardsStress } from "@/components/editor/panels/gallery/cards-stress";

// Many node cards (or React Flow's default nodes with ?plain=1) for checking that panning and
// dragging stay smooth. Development servers only.
export default async function CardsStressRoute({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (process.env.NODE_ENV === "production") notFound();
  const params = await searchParams;
  const count = Math.min(5000, Math.max(1, Number(params.count) || 1000));
  return <CardsStress count={count} plain={params.plain === "1"} />;
}
