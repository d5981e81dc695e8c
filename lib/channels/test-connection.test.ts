import { afterAll, beforeAll, expect, it } from "vitest";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { describeEachDatabase } from "@/lib/db/testing";
import { startEmulator, type EmulatorHandle } from "@/lib/whatsapp/emulator";
import { createChannel, getChannel, updateChannel } from "./channels";
import { createChannelSchema } from "./schemas";
import { testChannelConnection } from "./test-connection";

let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startEmulator({
    strict: true,
    numbers: [
      {
        phoneNumberId: "106540352242922",
        accessToken: "EAAG-good",
        displayPhoneNumber: "+90 555 000 0001",
        verifiedName: "Kahve Dükkanı",
        qualityRating: "GREEN",
      },
    ],
  });
});
afterAll(async () => {
  await emulator.close();
});

describeEachDatabase("test connection", (get) => {
  it("confirms a working token and fills in the display number", async () => {
    const { db } = get();
    const { workspace } = await seedUserWithWorkspace(db);
    const channel = await createChannel(db, {
      workspaceId: workspace.id,
      userId: null,
      channel: createChannelSchema.parse({
        name: "Kahve",
        phoneNumberId: "106540352242922",
        wabaId: "1",
        accessToken: "EAAG-good",
        appSecret: "s",
      }),
    });
    expect(
      await testChannelConnection(db, {
        workspaceId: workspace.id,
        channelId: channel.id,
        locale: "en",
        graphApiUrl: emulator.url,
      }),
    ).toEqual({
      ok: true,
      displayPhoneNumber: "+90 555 000 0001",
      verifiedName: "Kahve Dükkanı",
      qualityRating: "GREEN",
    });
    expect((await getChannel(db, workspace.id, channel.id)).displayPhoneNumber).toBe(
      "+90 555 000 0001",
    );

    const test = () =>
      testChannelConnection(db, {
        workspaceId: workspace.id,
        channelId: channel.id,
        locale: "tr",
        graphApiUrl: emulator.url,
      });
    await updateChannel(db, {
      workspaceId: workspace.id,
      channelId: channel.id,
      changes: { accessToken: "EAAG-expired" },
    });
    expect(await test()).toEqual({
      ok: false,
      title: "Erişim anahtarı reddedildi",
      detail: expect.stringContaining("190"),
    });
    await updateChannel(db, {
      workspaceId: workspace.id,
      channelId: channel.id,
      changes: { accessToken: "EAAG-good", phoneNumberId: "999000" },
    });
    expect(await test()).toMatchObject({ ok: false, title: "Telefon numarası kimliği bulunamadı" });

    const other = await seedUserWithWorkspace(db, "other");
    await expect(
      testChannelConnection(db, {
        workspaceId: other.workspace.id,
        channelId: channel.id,
        locale: "en",
        graphApiUrl: emulator.url,
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
