"use client";

import { useQuery } from "@tanstack/react-query";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { apiFetch } from "@/components/providers/api-fetch";
import { poolListJsonSchema, type PoolJson } from "@/lib/discounts/schemas";

export interface DiscountPoolsValue {
  /** null while loading or when the list could not be read. */
  pools: PoolJson[] | null;
  manageHref: string;
}

/** Exported for tests; the app provides it through DiscountPoolsProvider. */
export const DiscountPoolsContext = createContext<DiscountPoolsValue | null>(null);

export function discountPoolsQueryKey(slug: string) {
  return ["discount-pools", slug];
}

/**
 * The workspace's discount code pools for the editor: flows store a pool's id, marketers think in
 * pool names. Shares its query with the Discount codes page, so a pool added there shows here.
 */
export function DiscountPoolsProvider({ slug, children }: { slug: string; children: ReactNode }) {
  const pools = useQuery({
    queryKey: discountPoolsQueryKey(slug),
    queryFn: ({ signal }) =>
      apiFetch(`/api/w/${slug}/discount-pools`, poolListJsonSchema, { signal }).then(
        (r) => r.pools,
      ),
  });
  // Node cards read this: a new object only when the list changes, so they do not re-render.
  const data = pools.data ?? null;
  const value = useMemo(() => ({ pools: data, manageHref: `/w/${slug}/discounts` }), [data, slug]);
  return <DiscountPoolsContext.Provider value={value}>{children}</DiscountPoolsContext.Provider>;
}

/** null outside an editor (component tests, galleries): callers fall back to showing the id. */
export function useDiscountPools(): DiscountPoolsValue | null {
  return useContext(DiscountPoolsContext);
}
