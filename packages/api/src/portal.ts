import { router } from "./trpc";
import { health } from "./routers/health";
import { permitTypes } from "./routers/service/permit-types";
import { applicantProfile } from "./routers/me/applicant-profile";
import { mine } from "./routers/applications/mine";

/** What the public portal may call. No staff procedure is reachable from here. */
export const portalRouter = router({
  health,
  service: router({ permitTypes }),
  me: router({ profile: applicantProfile }),
  applications: router({ mine }),
});
export type PortalRouter = typeof portalRouter;
