import { FileText } from "lucide-react";
import { useTranslations } from "next-intl";
import { fileExtension } from "./file-name";

/** A document as WhatsApp shows it: icon, name, type; opens the file when it has a link. */
export function DocumentCard({ name, href }: { name: string; href?: string }) {
  const t = useTranslations("simulator.media");
  const ext = fileExtension(name);
  const body = (
    <>
      <span className="relative flex h-10 w-8 shrink-0 items-end justify-center rounded-sm bg-red-500 pb-1 text-[8px] font-bold text-white">
        <FileText className="absolute top-1 size-4 opacity-80" />
        {ext ?? ""}
      </span>
      <span className="min-w-0">
        <span className="block truncate text-[14px]" data-testid="document-name">
          {name}
        </span>
        <span className="text-wa-meta block text-[12px]">
          {ext ? t("documentOfType", { type: ext }) : t("document")}
        </span>
      </span>
    </>
  );
  const className =
    "flex w-64 max-w-full items-center gap-3 rounded-md bg-black/5 p-2.5 text-left dark:bg-white/5";
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className={className}>
      {body}
    </a>
  ) : (
    <span className={className}>{body}</span>
  );
}
