import { FileJson } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { ReferenceField, ReferenceOperation } from "@/lib/public-api/reference";

const METHOD_TONES: Record<string, string> = {
  GET: "bg-sky-500/10 text-sky-700 dark:text-sky-300",
  POST: "bg-emerald-500/10 text-emerald-700 dark:text-emerald-300",
  PATCH: "bg-amber-500/10 text-amber-700 dark:text-amber-300",
  PUT: "bg-amber-500/10 text-amber-700 dark:text-amber-300",
  DELETE: "bg-rose-500/10 text-rose-700 dark:text-rose-300",
};

function FieldTable({
  fields,
  showIn,
}: {
  fields: (ReferenceField & { in?: string })[];
  showIn?: boolean;
}) {
  return (
    <table className="w-full text-left text-xs">
      <tbody className="divide-y">
        {fields.map((field) => (
          <tr key={`${field.in ?? ""}${field.name}`}>
            <td className="py-1.5 pr-3 align-top whitespace-nowrap">
              <code className="font-mono font-medium">{field.name}</code>
              {field.required ? <span className="text-destructive ml-0.5">*</span> : null}
            </td>
            <td className="text-muted-foreground py-1.5 pr-3 align-top font-mono">{field.type}</td>
            {showIn ? (
              <td className="text-muted-foreground py-1.5 pr-3 align-top">{field.in}</td>
            ) : null}
            <td className="text-muted-foreground py-1.5 align-top">{field.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function curlOf(operation: ReferenceOperation, origin: string): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => `<${name}>`);
  const lines = [
    `curl -X ${operation.method} '${origin}${path}'`,
    `  -H 'Authorization: Bearer $SOHBET_API_KEY'`,
  ];
  if (operation.body) lines.push(`  -H 'Content-Type: application/json'`, `  -d '{ … }'`);
  return lines.join(" \\\n");
}

/** The public API's reference, rendered from the endpoint definitions the server itself runs. */
export async function ApiReference({
  operations,
  origin,
}: {
  operations: ReferenceOperation[];
  origin: string;
}) {
  const t = await getTranslations("developers.reference");
  const tags = [...new Set(operations.map((o) => o.tag))];
  return (
    <Card>
      <CardHeader className="flex flex-row items-start justify-between gap-4">
        <div className="grid gap-1">
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        <a
          href="/api/v1/openapi.json"
          className="text-primary inline-flex items-center gap-1.5 text-sm font-medium hover:underline"
        >
          <FileJson className="size-4" />
          OpenAPI
        </a>
      </CardHeader>
      <CardContent className="grid gap-6">
        <div className="bg-muted/60 grid gap-1 rounded-lg p-3 text-sm">
          <p>{t("auth")}</p>
          <code className="font-mono text-xs">Authorization: Bearer sbt_…</code>
          <p className="text-muted-foreground text-xs">{t("errors")}</p>
        </div>
        {tags.map((tag) => (
          <section key={tag} className="grid gap-3">
            <h3 className="text-sm font-semibold tracking-wide uppercase">{tag}</h3>
            {operations
              .filter((o) => o.tag === tag)
              .map((operation) => (
                <details
                  key={operation.operationId}
                  className="group rounded-lg border"
                  data-testid="api-operation"
                >
                  <summary className="hover:bg-muted/50 flex cursor-pointer list-none items-center gap-3 p-3">
                    <span
                      className={cn(
                        "w-16 rounded px-1.5 py-0.5 text-center font-mono text-xs font-semibold",
                        METHOD_TONES[operation.method],
                      )}
                    >
                      {operation.method}
                    </span>
                    <code className="flex-1 truncate font-mono text-sm">{operation.path}</code>
                    <span className="text-muted-foreground hidden text-sm sm:inline">
                      {operation.summary}
                    </span>
                    <Badge tone={operation.scope === "write" ? "primary" : "neutral"}>
                      {operation.scope}
                    </Badge>
                  </summary>
                  <div className="grid gap-4 border-t p-4">
                    {operation.description ? (
                      <p className="text-sm">{operation.description}</p>
                    ) : null}
                    {operation.parameters.length > 0 ? (
                      <div className="grid gap-1">
                        <h4 className="text-xs font-semibold">{t("parameters")}</h4>
                        <FieldTable fields={operation.parameters} showIn />
                      </div>
                    ) : null}
                    {operation.body ? (
                      <div className="grid gap-1">
                        <h4 className="text-xs font-semibold">
                          {t("body")}{" "}
                          <span className="text-muted-foreground font-mono font-normal">
                            {operation.body.name}
                          </span>
                        </h4>
                        <FieldTable fields={operation.body.fields} />
                      </div>
                    ) : null}
                    <div className="grid gap-1">
                      <h4 className="text-xs font-semibold">{t("responses")}</h4>
                      <ul className="grid gap-1 text-xs">
                        {operation.responses.map((response) => (
                          <li key={response.status} className="flex gap-2">
                            <code
                              className={cn(
                                "font-mono font-semibold",
                                response.status < 300 ? "text-success" : "text-destructive",
                              )}
                            >
                              {response.status}
                            </code>
                            <span>{response.description}</span>
                            {response.schema ? (
                              <code className="text-muted-foreground font-mono">
                                {response.schema}
                              </code>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                    <pre className="bg-foreground text-background overflow-x-auto rounded-lg p-3 font-mono text-xs">
                      {curlOf(operation, origin)}
                    </pre>
                  </div>
                </details>
              ))}
          </section>
        ))}
      </CardContent>
    </Card>
  );
}
