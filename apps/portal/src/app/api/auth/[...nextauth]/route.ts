import NextAuth from "next-auth";
import { portalAuthOptions } from "~/server/auth";

const handler = NextAuth(portalAuthOptions);
export { handler as GET, handler as POST };
