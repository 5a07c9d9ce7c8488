import { router } from "./trpc";
import { health } from "./routers/health";
import { permitTypes } from "./routers/service/permit-types";
import { staffProfile } from "./routers/me/staff-profile";
import { inbox } from "./routers/worklist/inbox";
import { actedOn } from "./routers/worklist/acted-on";
import { get as getFile } from "./routers/files/get";
import { act } from "./routers/files/act";

/** What the back office may call; every procedure but health and service info names a permission. */
export const backofficeRouter = router({
  health,
  service: router({ permitTypes }),
  me: router({ profile: staffProfile }),
  worklist: router({ inbox, actedOn }),
  files: router({ get: getFile, act }),
});
export type BackofficeRouter = typeof backofficeRouter;
