import type { ReactNode } from "react";

/** The government-site banner: regency, office and the site's purpose. */
export function SiteHeader({ office, title, right }: { office: string; title: string; right?: ReactNode }) {
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div>
          <p className="text-xs uppercase tracking-wide text-brand-100">{office}</p>
          <p className="text-lg font-bold">{title}</p>
        </div>
        {right ? <nav aria-label="Navigasi akun" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">{right}</nav> : null}
      </div>
    </header>
  );
}
