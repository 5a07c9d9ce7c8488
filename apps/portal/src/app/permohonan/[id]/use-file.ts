"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

export function useFile(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.applications.get.queryOptions({ id }));
}
export function useFileKey(id: string) {
  const trpc = useTRPC();
  return trpc.applications.get.queryKey({ id });
}
