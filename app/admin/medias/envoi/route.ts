import { receiveImageUpload } from "@/lib/media/upload-route";

/** Receives one image from the portal's back-office editors ("content:edit"); see lib/media/upload-route.ts. */
export async function POST(request: Request): Promise<Response> {
  return receiveImageUpload(request, "portal");
}
