"use client";
import { signOut } from "next-auth/react";

/** Ends the NextAuth session of the app it is rendered in and goes back to that app's home page. */
export function LogoutButton({ label = "Keluar", callbackUrl = "/" }: { label?: string; callbackUrl?: string }) {
  return (
    <button type="button" className="underline" onClick={() => void signOut({ callbackUrl })}>
      {label}
    </button>
  );
}
