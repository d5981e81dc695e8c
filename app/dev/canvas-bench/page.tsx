import { notFound } from "next/navigation";
import { BareCanvas } from "@/components/editor/bench/bare-canvas";

export const dynamic = "force-dynamic";

// The bare React Flow page `npm run bench:canvas` compares the editor with. Development servers,
// or a production server started with SOHBET_BENCH=1.
export default function CanvasBenchRoute() {
  if (process.env.NODE_ENV === "production" && process.env.SOHBET_BENCH !== "1") notFound();
  return <BareCanvas />;
}
