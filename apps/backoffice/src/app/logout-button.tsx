"use client";
import { signOut } from "next-auth/react";

export function LogoutButton() {
  return (
    <button type="button" className="underline" onClick={() => void signOut({ callbackUrl: "/" })}>
      Keluar
    </button>
  );
}
