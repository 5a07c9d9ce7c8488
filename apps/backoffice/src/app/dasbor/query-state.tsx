"use client";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Alert, messageOf } from "@perizinan/ui";

/** Whether the API refused what it was asked (a bad period, an unknown permit type) rather than failed. */
export function isInputProblem(error: unknown): boolean {
  const code = (error as { data?: { code?: string } } | null)?.data?.code;
  return code === "BAD_REQUEST" || code === "NOT_FOUND";
}

/** A placeholder the size of what is coming, announced as busy. */
export function Loading({ label, height = "h-32" }: { label: string; height?: string }) {
  return (
    <div aria-busy="true" className="flex flex-col gap-2">
      <p className="text-sm text-gray-700">Memuat {label}…</p>
      <div className={`${height} animate-pulse rounded-md bg-gray-100`} />
    </div>
  );
}

/** The three states of a query: loading, failed (in words), or its data. */
export function QueryState<T, E>({ query, label, children }: { query: UseQueryResult<T, E>; label: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading label={label} />;
  if (query.isError) {
    return (
      <Alert tone="error">
        Data {label} tidak dapat dimuat: {messageOf(query.error)}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
