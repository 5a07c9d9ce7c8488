import { router } from "./trpc";
import { health } from "./routers/health";
import { office } from "./routers/service/office";
import { permitTypes } from "./routers/service/permit-types";
import { staffProfile } from "./routers/me/staff-profile";
import { inbox } from "./routers/worklist/inbox";
import { actedOn } from "./routers/worklist/acted-on";
import { lateUnderMe } from "./routers/worklist/late-under-me";
import { get as getFile } from "./routers/files/get";
import { act } from "./routers/files/act";
import { search as searchFiles } from "./routers/files/search";
import { start as intakeStart } from "./routers/intake/start";
import { get as intakeGet } from "./routers/intake/get";
import { saveForm as intakeSaveForm } from "./routers/intake/save-form";
import { submit as intakeSubmit } from "./routers/intake/submit";
import { adminRouter } from "./routers/admin";
import { dashboardRouter } from "./routers/dashboard";
import { staffNotifications } from "./routers/notifications/staff";

/** What the back office may call; every procedure but health and service info names a permission. */
export const backofficeRouter = router({
  health,
  service: router({ permitTypes, office }),
  me: router({ profile: staffProfile }),
  worklist: router({ inbox, actedOn, lateUnderMe }),
  files: router({ get: getFile, act, search: searchFiles }),
  intake: router({ start: intakeStart, get: intakeGet, saveForm: intakeSaveForm, submit: intakeSubmit }),
  admin: adminRouter,
  dashboard: dashboardRouter,
  notifications: staffNotifications,
});
export type BackofficeRouter = typeof backofficeRouter;
