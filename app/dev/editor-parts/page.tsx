import { notFound } from "next/navigation";
import { EditorPartsGallery } from "@/components/editor/panels/gallery/editor-parts-gallery";

// Node cards, inspector and panels side by side, for working on their look. Development servers only.
export default function EditorPartsRoute() {
  if (process.env.NODE_ENV === "production") notFound();
  return <EditorPartsGallery />;
}
