import {
  AtSign,
  Clock,
  FileText,
  Film,
  Image as ImageIcon,
  Link2,
  Music,
  Tag,
  type LucideIcon,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ComponentType, type ReactNode } from "react";
import type { NodeDataOf, NodeType } from "@/lib/flow";
import { useDiscountPools } from "@/components/discounts/discount-pools-context";
import { cn } from "@/components/ui/cn";
import { TemplateText } from "./template-text";

/** Muted placeholder for a field the marketer has not filled in yet. */
function Empty({ children }: { children: ReactNode }) {
  return <p className="text-muted-foreground text-xs italic">{children}</p>;
}

function Chip({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span
      className={cn(
        "bg-muted text-foreground inline-flex max-w-full items-center gap-1 truncate rounded px-1.5 py-0.5 text-[11px] font-medium",
        className,
      )}
    >
      {children}
    </span>
  );
}

function VariableChip({ name }: { name: string }) {
  return (
    <Chip className="bg-primary-soft text-primary">
      <AtSign className="size-3 shrink-0" aria-hidden />
      <span className="truncate">{name}</span>
    </Chip>
  );
}

function Text({ text, empty }: { text: string; empty?: string }) {
  const t = useTranslations("nodeCards");
  if (text.trim() === "") return <Empty>{empty ?? t("noText")}</Empty>;
  return <TemplateText text={text} className="line-clamp-5" />;
}

function Line({ icon: Icon, children }: { icon?: LucideIcon; children: ReactNode }) {
  return (
    <p className="text-muted-foreground flex min-w-0 items-center gap-1.5 text-xs">
      {Icon ? <Icon className="size-3.5 shrink-0" aria-hidden /> : null}
      <span className="min-w-0 truncate">{children}</span>
    </p>
  );
}

const MEDIA_ICONS: Record<string, LucideIcon> = {
  image: ImageIcon,
  video: Film,
  document: FileText,
  audio: Music,
};

/** Only http(s) URLs become thumbnails: a `{{variable}}` URL cannot be previewed on the canvas. */
function isPreviewableImage(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url) && !url.includes("{{");
}

function MessageBody({ data }: { data: NodeDataOf<"message"> }) {
  const terms = useTranslations("nodeTerms");
  const media = data.media;
  const [brokenUrl, setBrokenUrl] = useState<string | null>(null);
  const MediaIcon = media ? (MEDIA_ICONS[media.kind] ?? FileText) : null;
  return (
    <div className="grid gap-2">
      {media && MediaIcon ? (
        media.kind === "image" && isPreviewableImage(media.url) && brokenUrl !== media.url ? (
          // eslint-disable-next-line @next/next/no-img-element -- arbitrary marketer URLs, no next/image loader
          <img
            src={media.url}
            alt=""
            loading="lazy"
            decoding="async"
            draggable={false}
            onError={() => setBrokenUrl(media.url)}
            className="bg-muted h-24 w-full rounded-md object-cover"
          />
        ) : (
          <div className="bg-muted text-muted-foreground flex h-12 items-center gap-2 rounded-md px-3 text-xs">
            <MediaIcon className="size-4 shrink-0" aria-hidden />
            <span className="truncate">
              {media.filename || media.url || terms(`media.${media.kind}`)}
            </span>
          </div>
        )
      ) : null}
      {media && media.caption ? (
        <TemplateText text={media.caption} className="line-clamp-3" />
      ) : null}
      {!media || data.text.trim() !== "" ? <Text text={data.text} /> : null}
    </div>
  );
}

function InteractiveBody({ data }: { data: { header: string; body: string; footer: string } }) {
  return (
    <div className="grid gap-1">
      {data.header ? <p className="truncate text-xs font-semibold">{data.header}</p> : null}
      <Text text={data.body} />
      {data.footer ? (
        <p className="text-muted-foreground truncate text-[11px]">{data.footer}</p>
      ) : null}
    </div>
  );
}

function StartBody({ data }: { data: NodeDataOf<"start"> }) {
  const t = useTranslations("nodeCards");
  const { trigger } = data;
  return (
    <div className="grid gap-1.5">
      {data.label ? <p className="truncate text-xs font-semibold">{data.label}</p> : null}
      {trigger.kind === "keyword" ? (
        <>
          <Line>{t(`keywordMatch.${trigger.match}`)}</Line>
          {trigger.keywords.length === 0 ? (
            <Empty>{t("noKeywords")}</Empty>
          ) : (
            <div className="flex flex-wrap gap-1">
              {trigger.keywords.slice(0, 6).map((keyword, i) => (
                <Chip key={i}>{keyword}</Chip>
              ))}
              {trigger.keywords.length > 6 ? <Chip>+{trigger.keywords.length - 6}</Chip> : null}
            </div>
          )}
        </>
      ) : trigger.kind === "ad" ? (
        <Line>
          {trigger.adIds.length === 0
            ? t("trigger.anyAd")
            : t("trigger.ads", { ids: trigger.adIds.join(", ") })}
        </Line>
      ) : (
        <Line>{t(`trigger.${trigger.kind}`)}</Line>
      )}
    </div>
  );
}

function ButtonsBody({ data }: { data: NodeDataOf<"buttons"> }) {
  return <InteractiveBody data={data} />;
}

function ListBody({ data }: { data: NodeDataOf<"list"> }) {
  const t = useTranslations("nodeCards");
  return (
    <div className="grid gap-1.5">
      <InteractiveBody data={data} />
      <Line icon={Tag}>{data.buttonLabel || t("noButtonLabel")}</Line>
    </div>
  );
}

function QuestionBody({ data }: { data: NodeDataOf<"question"> }) {
  const t = useTranslations("nodeCards");
  const terms = useTranslations("nodeTerms");
  return (
    <div className="grid gap-1.5">
      <Text text={data.prompt} />
      <div className="flex flex-wrap items-center gap-1">
        <Chip>{terms(`answer.${data.answer.type}`)}</Chip>
        {data.variable ? <VariableChip name={data.variable} /> : null}
      </div>
      {data.timeoutMinutes > 0 ? (
        <Line icon={Clock}>{t("timeoutMinutes", { minutes: data.timeoutMinutes })}</Line>
      ) : null}
    </div>
  );
}

function LocationRequestBody({ data }: { data: NodeDataOf<"location_request"> }) {
  return (
    <div className="grid gap-1.5">
      <Text text={data.body} />
      {data.variable ? <VariableChip name={data.variable} /> : null}
    </div>
  );
}

function TemplateBody({ data }: { data: NodeDataOf<"template"> }) {
  const t = useTranslations("nodeCards");
  return (
    <div className="grid gap-1.5">
      <div className="flex min-w-0 items-center gap-1">
        {data.name ? (
          <Chip className="font-mono">{data.name}</Chip>
        ) : (
          <Empty>{t("noTemplate")}</Empty>
        )}
        {data.language ? <Chip>{data.language}</Chip> : null}
      </div>
      {data.bodyText ? <TemplateText text={data.bodyText} className="line-clamp-4" /> : null}
    </div>
  );
}

function CtaUrlBody({ data }: { data: NodeDataOf<"cta_url"> }) {
  const t = useTranslations("nodeCards");
  return (
    <div className="grid gap-1.5">
      <InteractiveBody data={data} />
      <div className="border-primary/40 text-primary flex items-center justify-center gap-1.5 rounded-md border px-2 py-1 text-xs font-medium">
        <Link2 className="size-3.5 shrink-0" aria-hidden />
        <span className="truncate">{data.label || t("noLabel")}</span>
      </div>
      {data.url ? (
        <TemplateText text={data.url} className="text-muted-foreground truncate" />
      ) : null}
    </div>
  );
}

function ConditionBody({ data }: { data: NodeDataOf<"condition"> }) {
  const t = useTranslations("nodeCards");
  const rules = data.branches.reduce(
    (sum, b) => sum + b.groups.reduce((n, g) => n + g.rules.length, 0),
    0,
  );
  return <Line>{t("conditionSummary", { branches: data.branches.length, rules })}</Line>;
}

function SetVariableBody({ data }: { data: NodeDataOf<"set_variable"> }) {
  const t = useTranslations("nodeCards");
  const terms = useTranslations("nodeTerms");
  if (data.assignments.length === 0) return <Empty>{t("noAssignments")}</Empty>;
  return (
    <ul className="grid gap-1">
      {data.assignments.slice(0, 4).map((a, i) => (
        <li key={i} className="flex min-w-0 items-center gap-1.5 text-xs">
          <VariableChip name={a.variable || "?"} />
          <span className="text-muted-foreground">=</span>
          <span className="text-muted-foreground min-w-0 truncate">
            {a.value.kind === "literal"
              ? String(a.value.value)
              : a.value.kind === "template"
                ? a.value.template
                : a.value.kind === "math"
                  ? a.value.expression
                  : terms(`assignment.${a.value.kind}`)}
          </span>
        </li>
      ))}
      {data.assignments.length > 4 ? (
        <li className="text-muted-foreground text-xs">
          {t("more", { count: data.assignments.length - 4 })}
        </li>
      ) : null}
    </ul>
  );
}

function DelayBody({ data }: { data: NodeDataOf<"delay"> }) {
  const t = useTranslations("nodeCards");
  return <Line icon={Clock}>{t(`delay.${data.unit}`, { amount: data.amount })}</Line>;
}

function JumpBody({ data }: { data: NodeDataOf<"jump"> }) {
  const t = useTranslations("nodeCards");
  const { target } = data;
  if (target.kind === "node")
    return target.nodeId ? (
      <Line>{t("jumpToNode", { node: target.nodeId })}</Line>
    ) : (
      <Empty>{t("noTarget")}</Empty>
    );
  return target.flowId ? (
    <Line>{t("jumpToFlow", { flow: target.flowId })}</Line>
  ) : (
    <Empty>{t("noTarget")}</Empty>
  );
}

function HttpRequestBody({ data }: { data: NodeDataOf<"http_request"> }) {
  const t = useTranslations("nodeCards");
  return (
    <div className="grid gap-1.5">
      <div className="flex min-w-0 items-center gap-1.5">
        <Chip className="font-mono">{data.method}</Chip>
        {data.url ? (
          <TemplateText text={data.url} className="min-w-0 truncate font-mono" />
        ) : (
          <Empty>{t("noUrl")}</Empty>
        )}
      </div>
      {data.mappings.length > 0 ? (
        <div className="flex flex-wrap gap-1">
          {data.mappings.slice(0, 4).map((m, i) => (
            <VariableChip key={i} name={m.variable || "?"} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

function ContactUpdateBody({ data }: { data: NodeDataOf<"contact_update"> }) {
  const t = useTranslations("nodeCards");
  const terms = useTranslations("nodeTerms");
  const empty =
    data.fields.length === 0 &&
    data.addTags.length === 0 &&
    data.removeTags.length === 0 &&
    data.optIn === "unchanged";
  if (empty) return <Empty>{t("noChanges")}</Empty>;
  return (
    <div className="grid gap-1">
      {data.fields.slice(0, 4).map((f, i) => (
        <Line key={i}>
          {f.field === "custom" ? f.key || "?" : terms(`contactField.${f.field}`)} ← {f.value}
        </Line>
      ))}
      {data.addTags.length + data.removeTags.length > 0 ? (
        <div className="flex flex-wrap gap-1">
          {data.addTags.map((tag, i) => (
            <Chip key={`a${i}`}>+{tag}</Chip>
          ))}
          {data.removeTags.map((tag, i) => (
            <Chip key={`r${i}`} className="line-through">
              {tag}
            </Chip>
          ))}
        </div>
      ) : null}
      {data.optIn !== "unchanged" ? <Line>{terms(`optIn.${data.optIn}`)}</Line> : null}
    </div>
  );
}

function HandoffBody({ data }: { data: NodeDataOf<"handoff"> }) {
  const t = useTranslations("nodeCards");
  return (
    <div className="grid gap-1.5">
      <Text text={data.message} empty={t("builtInMessage")} />
      <Line>{data.team ? t("team", { team: data.team }) : t("defaultTeam")}</Line>
    </div>
  );
}

/** The pool's name when the editor has loaded the workspace's pools, else its id. */
function PoolLine({ poolId }: { poolId: string }) {
  const t = useTranslations("nodeCards");
  const pools = useDiscountPools()?.pools;
  if (!poolId) return <Line>{t("noPool")}</Line>;
  const pool = pools?.find((p) => p.id === poolId);
  return <Line>{t("fromPool", { pool: pool?.name ?? poolId })}</Line>;
}

function DiscountCodeBody({ data }: { data: NodeDataOf<"discount_code"> }) {
  const { source } = data;
  return (
    <div className="grid gap-1.5">
      {source.kind === "pool" ? (
        <PoolLine poolId={source.poolId} />
      ) : (
        <Chip className="w-fit font-mono">{source.pattern || "—"}</Chip>
      )}
      {data.variable ? <VariableChip name={data.variable} /> : null}
    </div>
  );
}

function EndBody({ data }: { data: NodeDataOf<"end"> }) {
  const t = useTranslations("nodeCards");
  return data.message ? <Text text={data.message} /> : <Empty>{t("endsHere")}</Empty>;
}

/** What each card shows above its ports; TypeScript demands one entry per lib/flow node type. */
export const NODE_BODIES: { readonly [K in NodeType]: ComponentType<{ data: NodeDataOf<K> }> } = {
  start: StartBody,
  message: MessageBody,
  buttons: ButtonsBody,
  list: ListBody,
  question: QuestionBody,
  location_request: LocationRequestBody,
  template: TemplateBody,
  cta_url: CtaUrlBody,
  condition: ConditionBody,
  set_variable: SetVariableBody,
  delay: DelayBody,
  jump: JumpBody,
  http_request: HttpRequestBody,
  contact_update: ContactUpdateBody,
  handoff: HandoffBody,
  discount_code: DiscountCodeBody,
  end: EndBody,
};

/** Headings shown above some ports (list rows under their section's title), by port id. */
export const PORT_HEADINGS: {
  readonly [K in NodeType]?: (data: NodeDataOf<K>) => ReadonlyMap<string, string>;
} = {
  list: (data) => {
    const headings = new Map<string, string>();
    for (const section of data.sections) {
      const first = section.rows[0];
      if (first && section.title.trim() !== "") headings.set(first.id, section.title);
    }
    return headings;
  },
};
