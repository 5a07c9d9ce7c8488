import type { PermitTypeDefinition } from "../permit-type/definition";
import { IZIN_REKLAME } from "./izin-reklame";
import { SIK_PEREKAM_MEDIS } from "./sik-perekam-medis";
import { SIP_BIDAN } from "./sip-bidan";
import { SIP_PERAWAT } from "./sip-perawat";

/** The permit types the demo office starts with; real data, editable in Administrasi → Jenis izin. */
export const SEED_PERMIT_TYPES: readonly PermitTypeDefinition[] = [SIK_PEREKAM_MEDIS, SIP_BIDAN, SIP_PERAWAT, IZIN_REKLAME];
export { IZIN_REKLAME, SIK_PEREKAM_MEDIS, SIP_BIDAN, SIP_PERAWAT };
