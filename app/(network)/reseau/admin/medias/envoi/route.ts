import { receiveImageUpload } from "@/lib/media/upload-route";

/**
 * Receives one image from the network's editors ("network:publish": network administrators and
 * editors), for news items and newsletters; see lib/media/upload-route.ts and lib/media/areas.ts.
 */
export async function POST(request: Request): Promise<Response> {
  return receiveImageUpload(request, "network");
}
