import { openNoticeRoute } from "@perizinan/app-shell/server";
import { api } from "~/trpc/server";

export const GET = openNoticeRoute(async (id) => (await api()).notifications.open({ id }));
