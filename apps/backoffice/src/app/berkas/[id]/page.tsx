import { redirect } from "next/navigation";
import { getSession } from "~/server/auth";
import { FileView } from "./file-view";

export default async function FilePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await getSession())?.user) redirect("/masuk");
  return <FileView id={id} />;
}
