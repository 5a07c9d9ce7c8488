import "server-only";
import { cache } from "react";
import { api } from "~/trpc/server";

/** The office this site speaks for, once per request (the layout and its metadata both ask). */
export const currentOffice = cache(async () => (await api()).service.office());
