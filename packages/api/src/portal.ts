import { router } from "./trpc";
import { health } from "./routers/health";
import { office } from "./routers/service/office";
import { permitTypes } from "./routers/service/permit-types";
import { applicantProfile } from "./routers/me/applicant-profile";
import { register } from "./routers/account/register";
import { changePassword } from "./routers/account/change-password";
import { mine } from "./routers/applications/mine";
import { create } from "./routers/applications/create";
import { get } from "./routers/applications/get";
import { saveForm } from "./routers/applications/save-form";
import { removeDocument } from "./routers/applications/remove-document";
import { submit } from "./routers/applications/submit";
import { resubmit } from "./routers/applications/resubmit";
import { withdraw } from "./routers/applications/withdraw";
import { confirmReceipt } from "./routers/applications/confirm-receipt";
import { lookup } from "./routers/tracking/lookup";
import { documentHash, permit } from "./routers/verify/permit";
import { applicantNotifications } from "./routers/notifications/applicant";

/** What the public portal may call. No staff procedure is reachable from here. */
export const portalRouter = router({
  health,
  service: router({ permitTypes, office }),
  tracking: router({ lookup }),
  verify: router({ permit, documentHash }),
  account: router({ register, changePassword }),
  me: router({ profile: applicantProfile }),
  applications: router({ mine, create, get, saveForm, removeDocument, submit, resubmit, withdraw, confirmReceipt }),
  notifications: applicantNotifications,
});
export type PortalRouter = typeof portalRouter;
