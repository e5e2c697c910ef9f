/**
 * The client's address behind reverse proxies. KENTE_TRUST_PROXY is either a hop
 * count ("1" = one proxy in front of Kente) or a comma-separated list of proxy
 * addresses. The address is taken from the right of `x-forwarded-for` (what the
 * trusted proxies appended), never from the left, which any client can write.
 */
import type { IncomingMessage } from 'node:http';

export type TrustProxy = { hops: number } | { addresses: Set<string> } | null;

const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (!text || text === '0' || text === 'false') return null;
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  if (text === 'true') return { hops: 1 };
  return { addresses: new Set(text.split(',').map(plain).filter(Boolean)) };
}

/** The peer is a proxy we trust (so its x-forwarded-* headers count). */
function peerTrusted(trust: TrustProxy, peer: string): boolean {
  if (!trust) return false;
  return 'hops' in trust ? trust.hops > 0 : trust.addresses.has(peer);
}

export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  const peer = plain(req.socket.remoteAddress ?? 'unknown');
  if (!peerTrusted(trust, peer) || !trust) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map(plain).filter(Boolean);
  // chain[last] is the peer; each trusted hop appended the address it received from.
  const chain = [...forwarded, peer];
  if ('hops' in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i] as string;
    if (!trust.addresses.has(address)) return address;
  }
  return chain[0] ?? peer;
}

/** The request came over HTTPS: directly (never, we serve HTTP) or as a trusted proxy says. */
export function forwardedSecure(req: IncomingMessage, trust: TrustProxy): boolean {
  const peer = plain(req.socket.remoteAddress ?? '');
  if (!peerTrusted(trust, peer)) return false;
  const proto = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')
    .pop()
    ?.trim();
  return proto === 'https';
}
