import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { SimulatorStory } from "@/components/simulator/story/simulator-story";
import { originFromHeaders } from "@/lib/api/public-url";

// Every message type at once, for working on the chat's look. Development servers only.
export default async function SimulatorStoryRoute() {
  if (process.env.NODE_ENV === "production") notFound();
  return <SimulatorStory origin={originFromHeaders(await headers(), "http://localhost:3000")} />;
}
