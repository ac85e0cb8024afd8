/** OpenStreetMap centred on the point when known, else a search for the written address. */
export function openStreetMapHref(params: {
  lat: number | null;
  lon: number | null;
  address?: string | null;
  postcode?: string | null;
  city?: string | null;
}): string | null {
  if (params.lat !== null && params.lon !== null) {
    return `https://www.openstreetmap.org/?mlat=${params.lat}&mlon=${params.lon}#map=17/${params.lat}/${params.lon}`;
  }
  if (!params.city && !params.postcode) return null;
  const query = [params.address?.replace(/\n/g, ", "), params.postcode, params.city].filter(Boolean).join(", ");
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** "tel:+33561…": digits and a leading + only, whatever the spacing typed. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
