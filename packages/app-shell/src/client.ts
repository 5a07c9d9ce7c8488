export { LogoutButton } from "./logout-button";
export { TRPCQueryProvider, type TRPCProviderFor } from "./trpc-provider";
