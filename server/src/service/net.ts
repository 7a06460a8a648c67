/** IPv4 subnets, through ipaddr.js. */
import ipaddr from 'ipaddr.js';

export interface Subnet {
  addr: ipaddr.IPv4;
  bits: number;
  /** Network address / prefix, e.g. 10.1.20.0/24. */
  canonical: string;
  /** First and last address as 32-bit numbers, for overlap checks. */
  first: number;
  last: number;
  /** True when the address has bits set past the prefix (10.1.20.5/24). */
  hostBits: boolean;
}

function toNum(a: ipaddr.IPv4): number {
  const o = a.octets;
  return ((o[0]! << 24) >>> 0) + (o[1]! << 16) + (o[2]! << 8) + o[3]!;
}

const FOUR_PART_DECIMAL = /^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/;

/**
 * The address in `s` when it is a four-part decimal IPv4 address (what ipaddr.js's
 * isValidFourPartDecimal accepts), parsed once: that check parses, and callers parsed again.
 */
export function parseIpv4(s: string): ipaddr.IPv4 | undefined {
  if (!FOUR_PART_DECIMAL.test(s)) return undefined;
  try { return ipaddr.IPv4.parse(s); } catch { return undefined; }
}

export function parseSubnet(text: string | undefined): Subnet | undefined {
  if (!text) return undefined;
  const m = /^\s*([0-9.]+)\/(\d{1,2})\s*$/.exec(text);
  const addr = m ? parseIpv4(m[1]!) : undefined;
  if (!addr) return undefined;
  const bits = Number(m![2]);
  if (bits > 32) return undefined;
  const n = toNum(addr);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  const first = (n & mask) >>> 0;
  const last = (first | (~mask >>> 0)) >>> 0;
  const octets = [first >>> 24, (first >>> 16) & 255, (first >>> 8) & 255, first & 255];
  // ipaddr.js writes an IPv4 address as its octets joined by dots: the same text, without a parse.
  return { addr: new ipaddr.IPv4(octets), bits, canonical: `${octets.join('.')}/${bits}`, first, last, hostBits: first !== n };
}
