import { listRecentImages } from "@/lib/media/upload-route";

/** The latest portal uploads, for the image pickers of the back office (JSON ActionResult). */
export async function GET(): Promise<Response> {
  return listRecentImages("portal");
}
