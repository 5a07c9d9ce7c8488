import { NextResponse, type NextRequest } from "next/server";

/**
 * The route that opens an in-app notice (`/pemberitahuan/<id>`): `open` marks it read and names
 * its page, a path of this site; an unknown or another user's notice goes back to the list.
 */
export function openNoticeRoute(open: (id: string) => Promise<{ link: string }>) {
  return async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const target = await open(id).then(
      (r) => r.link,
      () => "/pemberitahuan",
    );
    return NextResponse.redirect(new URL(target, request.nextUrl.origin), 303);
  };
}
