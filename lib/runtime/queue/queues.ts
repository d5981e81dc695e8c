/** The runtime's pg-boss queues (what each carries: runtime-queue.ts). */
export const QUEUES = {
  drain: "sohbet-drain",
  send: "sohbet-send",
  wake: "sohbet-wake",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
