import NextAuth from "next-auth";
import { backofficeAuthOptions } from "~/server/auth";

const handler = NextAuth(backofficeAuthOptions);
export { handler as GET, handler as POST };
