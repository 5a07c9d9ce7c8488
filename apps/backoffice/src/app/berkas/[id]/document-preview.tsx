"use client";
import { useState, type ReactNode } from "react";

/**
 * An uploaded document shown inside the page on request. The viewer is created only once the
 * officer opens it: Chromium loads an iframe inside a closed <details> all the same, and a file
 * with seven PDF requirements started seven PDF viewers on every visit.
 */
export function DocumentPreview({
  documentId,
  mimeType,
  title,
  summary,
  summaryClassName,
  frameClassName,
  imageClassName,
}: {
  documentId: string;
  mimeType: string;
  title: string;
  summary: ReactNode;
  summaryClassName?: string;
  frameClassName: string;
  imageClassName: string;
}) {
  const [open, setOpen] = useState(false);
  const src = `/api/dokumen/${documentId}`;
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={summaryClassName ?? "cursor-pointer text-brand-700"}>{summary}</summary>
      {open ? (
        mimeType === "application/pdf" ? (
          <iframe title={title} src={src} className={frameClassName} />
        ) : (
          // An upload behind the staff session, at its own size: next/image's optimizer would
          // fetch it without the session cookie and keep resized copies.
          // eslint-disable-next-line @next/next/no-img-element
          <img alt={title} src={src} className={imageClassName} />
        )
      ) : null}
    </details>
  );
}
