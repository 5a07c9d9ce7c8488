"use server";
import { formErrorOf } from "@perizinan/api";
import { asText } from "@perizinan/ui";
import { api } from "~/trpc/server";

type Tracked = Awaited<ReturnType<Awaited<ReturnType<typeof api>>["tracking"]["lookup"]>>;

export interface TrackState {
  result: Tracked | null;
  message: string | null;
  fieldErrors: Record<string, string>;
  registrationNumber: string;
}

/**
 * The tracking lookup as a server action: the registration number and the NIK's last digits
 * go in the POST body, never the address bar, and the page answers without JavaScript too.
 */
export async function trackFile(_state: TrackState, formData: FormData): Promise<TrackState> {
  const registrationNumber = asText(formData.get("registrationNumber"));
  const nikLast4 = asText(formData.get("nikLast4"));
  try {
    return { result: await (await api()).tracking.lookup({ registrationNumber, nikLast4 }), message: null, fieldErrors: {}, registrationNumber };
  } catch (error) {
    const refused = formErrorOf(error);
    if (!refused) throw error;
    return { result: null, ...refused, registrationNumber };
  }
}
