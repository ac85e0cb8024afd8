import { listRecentImages } from "@/lib/media/upload-route";

/** The latest network uploads, for the image picker of the network's editors (JSON ActionResult). */
export async function GET(): Promise<Response> {
  return listRecentImages("network");
}
