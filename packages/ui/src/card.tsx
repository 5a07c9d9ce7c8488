import type { ReactNode } from "react";
import { cn } from "./cn";

export function Card({ title, children, className }: { title?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={cn("rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6", className)}>
      {title ? <h2 className="mb-3 text-lg font-semibold text-gray-900">{title}</h2> : null}
      {children}
    </section>
  );
}
