export async function register(): Promise<void> {
  // The database and workers live in the Node.js server only.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/startup");
  await startServer();
}
