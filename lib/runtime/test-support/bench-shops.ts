/**
 * The runtime benchmarks' numbers and contacts. The load is spread over several WhatsApp
 * numbers because one number cannot carry it: Meta caps a number at 1,000 messages/s (inbound
 * and outbound together), and at 500 customer messages/s a new contact's two replies plus its
 * read receipt would ask one number for 1,500 calls/s — the runtime would rightly queue them at
 * the number's rate, and the benchmark would measure Meta's cap instead of Sohbet.
 */
import type { Executor } from "@/lib/db";
import { benchFlow } from "./bench-flow";
import { publish, seedShop, type Shop } from "../testing";

/** A customer of one of the benchmark's numbers. */
export interface BenchContact {
  shop: Shop;
  contact: string;
}

/** `count` shops, each with its own number and the bench flow live on it. */
export async function seedBenchShops(db: Executor, count: number): Promise<Shop[]> {
  const shops: Shop[] = [];
  for (let i = 0; i < count; i += 1) {
    const shop = await seedShop(db);
    await publish(db, shop, benchFlow, "Bench");
    shops.push(shop);
  }
  return shops;
}

/** `count` distinct customers, dealt round-robin over the shops' numbers. */
export function benchContacts(shops: Shop[], count: number, prefix: string): BenchContact[] {
  return Array.from({ length: count }, (_, i) => {
    const shop = shops[i % shops.length];
    if (!shop) throw new Error("benchContacts needs at least one shop");
    return { shop, contact: `${prefix}${1_000_000 + i}` };
  });
}
