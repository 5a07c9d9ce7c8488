import { router } from "../../trpc";
import { create as createAgency, setMember as setAgencyMember, update as updateAgency } from "./agencies/change";
import { list as listAgencies } from "./agencies/list";
import { add as addHoliday } from "./holidays/add";
import { list as listHolidays } from "./holidays/list";
import { remove as removeHoliday } from "./holidays/remove";
import { list as listAgendaBooks } from "./agenda-books/list";
import { preview as previewAgendaFormat } from "./agenda-books/preview";
import { updateFormat } from "./agenda-books/update-format";
import { addRequirement } from "./permit-types/add-requirement";
import { create as createPermitType } from "./permit-types/create";
import { draft as permitTypeDraft } from "./permit-types/draft";
import { exportDocument as exportPermitType } from "./permit-types/export";
import { importDocument as importPermitType } from "./permit-types/import";
import { publishDraft as publishPermitTypeDraft } from "./permit-types/publish-draft";
import { saveDraft as savePermitTypeDraft } from "./permit-types/save-draft";
import { list as listPermitTypes } from "./permit-types/list";
import { updateRequirement } from "./permit-types/update-requirement";
import { log as notificationLog } from "./notifications/log";
import { resend as resendNotifications } from "./notifications/resend";
import { get as getOffice } from "./office/get";
import { add as addSpecialHours, remove as removeSpecialHours } from "./special-hours/change";
import { update as updateOffice } from "./office/update";
import { get as getSop } from "./sop/get";
import { publish as publishSop } from "./sop/publish";
import { versions as sopVersions } from "./sop/versions";
import { create as createStaff } from "./staff/create";
import { list as listStaff } from "./staff/list";
import { resetPassword } from "./staff/reset-password";
import { setActive } from "./staff/set-active";
import { setRoles } from "./staff/set-roles";
import { cancel as cancelWeekChange, schedule as scheduleWeekChange } from "./working-week/change";

/** The back office's administration: every procedure names the permission the domain grants ADMIN. */
export const adminRouter = router({
  staff: router({ list: listStaff, create: createStaff, setRoles, setActive, resetPassword }),
  holidays: router({ list: listHolidays, add: addHoliday, remove: removeHoliday }),
  permitTypes: router({
    list: listPermitTypes,
    updateRequirement,
    addRequirement,
    draft: permitTypeDraft,
    create: createPermitType,
    saveDraft: savePermitTypeDraft,
    publishDraft: publishPermitTypeDraft,
    export: exportPermitType,
    import: importPermitType,
  }),
  agendaBooks: router({ list: listAgendaBooks, preview: previewAgendaFormat, updateFormat }),
  sop: router({ versions: sopVersions, get: getSop, publish: publishSop }),
  office: router({ get: getOffice, update: updateOffice }),
  notifications: router({ log: notificationLog, resend: resendNotifications }),
  specialHours: router({ add: addSpecialHours, remove: removeSpecialHours }),
  workingWeek: router({ schedule: scheduleWeekChange, cancel: cancelWeekChange }),
  agencies: router({ list: listAgencies, create: createAgency, update: updateAgency, setMember: setAgencyMember }),
});
