import type { AlumniProfile } from "@/db/schema";
import type { AlumniProfileInput } from "@/lib/validations/network-profile";

/** A stored profile as the profile form's values (null → "", year as text); names from the account when no profile exists yet. */
export function alumniProfileDefaults(profile: AlumniProfile | null, fallbackName: string | null): AlumniProfileInput {
  const [first = "", ...rest] = (fallbackName ?? "").trim().split(/\s+/);
  return {
    countryOfOrigin: profile?.countryOfOrigin ?? "",
    countryOfActivity: profile?.countryOfActivity ?? "",
    lastName: profile?.lastName ?? rest.join(" "),
    firstName: profile?.firstName ?? first,
    schoolOfOrigin: profile?.schoolOfOrigin ?? "",
    company: profile?.company ?? "",
    position: profile?.position ?? "",
    trainingType: profile?.trainingType ?? "",
    speciality: profile?.speciality ?? "",
    school: profile?.school ?? "",
    year: profile?.year != null ? String(profile.year) : "",
    internshipCompany: profile?.internshipCompany ?? "",
    contactEmail: profile?.contactEmail ?? "",
    contactPhone: profile?.contactPhone ?? "",
  };
}
