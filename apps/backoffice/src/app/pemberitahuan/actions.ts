"use server";
import { revalidatePath } from "next/cache";
import { api } from "~/trpc/server";

/** "Tandai semua sudah dibaca": a plain form post, so it works without JavaScript. */
export async function markAllRead(): Promise<void> {
  await (await api()).notifications.markRead({ all: true });
  revalidatePath("/", "layout");
}
