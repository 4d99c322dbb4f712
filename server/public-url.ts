import { networkInterfaces } from 'node:os';
import type { Config } from './config.ts';

/** Where phones in the room open the app: `baseUrl` (null: the page's own address) and whether only this computer can. */
export type JoinAddress = { baseUrl: string | null; loopbackOnly: boolean };

const WILDCARD = new Set(['0.0.0.0', '::', '']);
const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

/**
 * A private IPv4 address of this computer on the local network (what phones on the same Wi-Fi can open),
 * preferring 192.168/16 and 10/8 over 172.16/12 (often a container bridge); null when there is none.
 */
export function lanIPv4(): string | null {
  const candidates = Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => net!.address);
  const rank = (ip: string) => (ip.startsWith('192.168.') ? 0 : ip.startsWith('10.') ? 1 : /^172\.(1[6-9]|2\d|3[01])\./.test(ip) ? 2 : 3);
  return candidates.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/**
 * The join link's base for phones: PUBLIC_URL when set; on every interface (HOST=0.0.0.0), this computer's
 * LAN address with the port the request came to; on a loopback HOST, none (and `loopbackOnly`, so the
 * projector can warn that phones cannot open the link).
 */
export function joinAddress(config: Pick<Config, 'host' | 'port' | 'publicUrl'>, requestPort: string | null): JoinAddress {
  if (config.publicUrl) return { baseUrl: config.publicUrl, loopbackOnly: false };
  if (isLoopback(config.host)) return { baseUrl: null, loopbackOnly: true };
  if (WILDCARD.has(config.host)) {
    const ip = lanIPv4();
    const port = requestPort ?? String(config.port);
    return { baseUrl: ip ? `http://${ip}${port === '80' ? '' : `:${port}`}` : null, loopbackOnly: false };
  }
  return { baseUrl: null, loopbackOnly: false };
}

/** The app's address for links printed on the command line (setup, invitations). */
export function publicBaseUrl(config: Pick<Config, 'host' | 'port' | 'publicUrl'>, port = config.port): string {
  const joined = joinAddress(config, String(port));
  if (joined.baseUrl) return joined.baseUrl;
  const host =
    isLoopback(config.host) || WILDCARD.has(config.host) ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host}:${port}`;
}
