"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type FormEvent } from "react";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { PASSWORD_RULE, ROLE_LABELS, STAFF_ROLES, type Role } from "@perizinan/domain";
import { Alert, Button, Card, Field, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { CheckboxGroup, foldFieldErrors } from "../form-bits";

type StaffRow = inferRouterOutputs<BackofficeRouter>["admin"]["staff"]["list"][number];

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const EMPTY = { name: "", username: "", nip: "", jobTitle: "", password: "" };

/** Staff accounts of the office: create, give and take roles, deactivate, reset a password. */
export function StaffAdmin() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const staff = useQuery(trpc.admin.staff.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.staff.list.queryKey() });
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <div className="flex flex-col gap-4">
      <CreateStaff
        onCreated={(username) => {
          setNotice(`Akun “${username}” dibuat. Sampaikan nama pengguna dan kata sandi awal kepada pegawai tersebut secara langsung.`);
          void refresh();
        }}
      />
      <Card title="Daftar pegawai">
        {notice ? <Alert testId="staff-notice">{notice}</Alert> : null}
        {staff.isPending ? <p>Memuat…</p> : null}
        {staff.isError ? <Alert tone="error">Daftar pegawai tidak dapat dimuat: {staff.error.message}</Alert> : null}
        {staff.data ? (
          <ul className="mt-3 flex flex-col gap-3" data-testid="staff-list">
            {staff.data.map((u) => (
              <StaffItem key={u.id} user={u} onChanged={(message) => { setNotice(message); void refresh(); }} />
            ))}
          </ul>
        ) : null}
      </Card>
    </div>
  );
}

function CreateStaff({ onCreated }: { onCreated: (username: string) => void }) {
  const trpc = useTRPC();
  const [form, setForm] = useState(EMPTY);
  const [roles, setRoles] = useState<Role[]>([]);
  const create = useMutation(
    trpc.admin.staff.create.mutationOptions({
      onSuccess: (created) => {
        setForm(EMPTY);
        setRoles([]);
        onCreated(created.username ?? "");
      },
    }),
  );
  const errors = create.isError ? foldFieldErrors(fieldErrorsOf(create.error)) : {};
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ ...form, roles });
  }

  return (
    <Card title="Tambah akun pegawai">
      <form method="post" onSubmit={submit} noValidate className="flex flex-col gap-3" data-testid="create-staff">
        {create.isError ? <Alert tone="error" testId="create-staff-error">{messageOf(create.error)}</Alert> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Nama lengkap" value={form.name} onChange={set("name")} error={errors.name} autoComplete="off" required />
          <Field label="Jabatan" value={form.jobTitle} onChange={set("jobTitle")} error={errors.jobTitle} autoComplete="off" required />
          <Field
            label="Nama pengguna"
            hint="Dipakai untuk masuk; huruf kecil, angka, titik, garis bawah, atau tanda hubung, tanpa spasi."
            value={form.username}
            onChange={set("username")}
            error={errors.username}
            autoComplete="off"
            required
          />
          <Field label="NIP" hint="18 digit angka; spasi boleh." inputMode="numeric" value={form.nip} onChange={set("nip")} error={errors.nip} autoComplete="off" required />
          <Field
            label="Kata sandi awal"
            hint={PASSWORD_RULE}
            type="password"
            value={form.password}
            onChange={set("password")}
            error={errors.password}
            autoComplete="new-password"
            required
          />
        </div>
        <CheckboxGroup legend="Peran" options={ROLE_OPTIONS} value={roles} onChange={setRoles} error={errors.roles} hint="Pilih paling sedikit satu peran." />
        <div>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Menyimpan…" : "Buat akun"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function StaffItem({ user, onChanged }: { user: StaffRow; onChanged: (message: string) => void }) {
  const trpc = useTRPC();
  const [mode, setMode] = useState<"view" | "roles" | "password">("view");
  const [roles, setRoles] = useState<Role[]>(user.roles.map((r) => r.role));
  const [password, setPassword] = useState("");
  const setRolesMutation = useMutation(
    trpc.admin.staff.setRoles.mutationOptions({
      onSuccess: () => {
        setMode("view");
        onChanged(`Peran ${user.name} diperbarui.`);
      },
    }),
  );
  const setActive = useMutation(
    trpc.admin.staff.setActive.mutationOptions({
      onSuccess: (r) => onChanged(r.active ? `Akun ${user.name} diaktifkan kembali.` : `Akun ${user.name} dinonaktifkan; pegawai ini tidak dapat masuk lagi.`),
    }),
  );
  const reset = useMutation(
    trpc.admin.staff.resetPassword.mutationOptions({
      onSuccess: () => {
        setMode("view");
        setPassword("");
        onChanged(`Kata sandi ${user.name} diatur ulang. Sampaikan kata sandi baru kepada pegawai tersebut secara langsung.`);
      },
    }),
  );
  const roleErrors = setRolesMutation.isError ? foldFieldErrors(fieldErrorsOf(setRolesMutation.error)) : {};
  const passwordErrors = reset.isError ? foldFieldErrors(fieldErrorsOf(reset.error)) : {};

  return (
    <li className="rounded-md border border-gray-300 p-3" data-testid={`staff-${user.username}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-semibold">
            {user.name} {user.isSelf ? <span className="text-sm font-normal text-gray-700">(akun Anda)</span> : null}
          </p>
          <p className="text-sm text-gray-700">
            {user.jobTitle ?? "—"} · Nama pengguna <span className="font-mono">{user.username}</span> · NIP <span className="font-mono">{user.nip ?? "—"}</span>
          </p>
          <p className="text-sm">Peran: {user.roles.map((r) => r.label).join(", ") || "—"}</p>
          {user.roles.some((r) => r.role === "TIM_TEKNIS") ? (
            <p className="text-sm">Instansi teknis: {user.agencyName ?? "belum ditetapkan (atur di Administrasi → Instansi Teknis)"}</p>
          ) : null}
          <p className="text-sm">
            Status: <strong data-testid="staff-status">{user.active ? "Aktif" : "Nonaktif"}</strong>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            aria-expanded={mode === "roles"}
            onClick={() => {
              setRoles(user.roles.map((r) => r.role));
              setRolesMutation.reset();
              setMode(mode === "roles" ? "view" : "roles");
            }}
          >
            Ubah peran<span className="sr-only"> {user.name}</span>
          </Button>
          <Button variant="secondary" onClick={() => setMode(mode === "password" ? "view" : "password")} aria-expanded={mode === "password"}>
            Atur ulang kata sandi<span className="sr-only"> {user.name}</span>
          </Button>
          {user.isSelf ? null : (
            <Button
              variant={user.active ? "danger" : "secondary"}
              disabled={setActive.isPending}
              onClick={() => setActive.mutate({ userId: user.id, active: !user.active })}
            >
              {user.active ? "Nonaktifkan" : "Aktifkan kembali"}
              <span className="sr-only"> {user.name}</span>
            </Button>
          )}
        </div>
      </div>
      {user.isSelf ? <p className="mt-1 text-xs text-gray-700">Akun Anda sendiri tidak dapat Anda nonaktifkan.</p> : null}
      {setActive.isError ? <Alert tone="error">{messageOf(setActive.error)}</Alert> : null}
      {mode === "roles" ? (
        <form
          noValidate
          className="mt-3 flex flex-col gap-2 border-t pt-3"
          onSubmit={(e) => {
            e.preventDefault();
            setRolesMutation.mutate({ userId: user.id, roles });
          }}
        >
          {setRolesMutation.isError ? <Alert tone="error">{messageOf(setRolesMutation.error)}</Alert> : null}
          <CheckboxGroup legend={`Peran ${user.name}`} options={ROLE_OPTIONS} value={roles} onChange={setRoles} error={roleErrors.roles} />
          <div className="flex gap-2">
            <Button type="submit" disabled={setRolesMutation.isPending}>
              Simpan peran
            </Button>
            <Button type="button" variant="secondary" onClick={() => setMode("view")}>
              Batal
            </Button>
          </div>
        </form>
      ) : null}
      {mode === "password" ? (
        <form
          noValidate
          className="mt-3 flex flex-col gap-2 border-t pt-3"
          onSubmit={(e) => {
            e.preventDefault();
            reset.mutate({ userId: user.id, password });
          }}
        >
          {reset.isError && !passwordErrors.password ? <Alert tone="error">{messageOf(reset.error)}</Alert> : null}
          <Field
            label={`Kata sandi baru untuk ${user.name}`}
            hint={PASSWORD_RULE}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={passwordErrors.password}
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={reset.isPending}>
              Simpan kata sandi
            </Button>
            <Button type="button" variant="secondary" onClick={() => setMode("view")}>
              Batal
            </Button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
