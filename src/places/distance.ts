/** Great-circle distance in kilometres (haversine on a sphere of the Earth's mean radius). */
export function kmBetween(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const d = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(d)));
}
