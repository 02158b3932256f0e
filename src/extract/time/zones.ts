/**
 * Time zones: a dateline's IANA zone and the UTC offset of a wall-clock time there (DST-aware).
 */
import { PLACE_ZONES } from './words.js';
import { pad } from './days.js';
import type { Clock, Ymd } from './types.js';

/** The IANA time zone of a dateline (`Paris, France` → `Europe/Paris`), trying the city before the country. */
export function datelineZone(dateline: string | null): string | null {
  if (!dateline) return null;
  const whole = normalisePlace(dateline);
  if (PLACE_ZONES[whole]) return PLACE_ZONES[whole];
  for (const part of dateline.split(/[,;–—(/]|\s-\s/)) {
    const zone = PLACE_ZONES[normalisePlace(part)];
    if (zone) return zone;
  }
  return null;
}

/** The UTC offset (`+02:00`) of a zone at a local wall-clock time, DST-aware. */
export function utcOffset(
  zone: string,
  day: { y: number; m: number; d: number },
  clock: { h: number; min: number },
): string {
  const wall = Date.UTC(day.y, day.m - 1, day.d, clock.h, clock.min);
  // The offset at the wall time read as UTC is right except within hours of a DST change; one more step settles it.
  const first = offsetMinutes(zone, wall);
  const settled = offsetMinutes(zone, wall - first * 60_000);
  return formatOffset(settled);
}

function normalisePlace(place: string): string {
  return place.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function offsetFor(zone: string | null, day: Ymd, clock: Clock): string | null {
  return zone ? utcOffset(zone, day, clock) : null;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetMinutes(zone: string, epochMs: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = name.match(/GMT([+-])(\d{2}):(\d{2})/);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
