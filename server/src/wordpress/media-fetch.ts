/**
 * Fetching an imported post's media from the old site without letting the export point the server
 * at itself or its network (server-side request forgery): the export names the URLs, and an export
 * is a file from elsewhere. Only public unicast addresses are connected to, as classified by
 * ipaddr.js (IANA's special-purpose registries: loopback, private, link-local and cloud metadata,
 * carrier-grade NAT, unique-local, IPv4-mapped, multicast, reserved…), unless the app allows a
 * network (plugin option `importMediaAllowedNetworks`), and a public address only on the ports
 * WordPress's own safe fetch allows (PUBLIC_PORTS). The address is checked where the
 * connection is made — an IP literal before connecting, a host name on every address DNS answers
 * for it — so a name that resolves to an internal address is refused too, and every redirect is
 * checked again. Pure Node: no Strapi import.
 */
import dns from 'dns';
import fs from 'fs';
import http from 'http';
import https from 'https';
import ipaddr from 'ipaddr.js';
import net from 'net';
import { Transform } from 'stream';
import { pipeline } from 'stream/promises';

/** A URL the import will not fetch: its reason says why (reported to the editor). */
export class MediaRefused extends Error {}

export interface MediaFetchOptions {
  /** Networks (`10.20.0.0/16`, `fd00::/8`) or addresses outside the public internet the media may come from. */
  allowedNetworks: readonly string[];
  /** Longest wait for the whole file, redirects included. */
  timeoutMs: number;
  /** Largest file, in bytes. */
  maxBytes: number;
}

/** What the import takes as media: images, video and audio (the type the server answers). */
export const MEDIA_TYPES = /^(image|video|audio)\//;

/** Redirects followed at most, each checked as the first URL was. */
export const MAX_REDIRECTS = 5;

/**
 * Ports a public address is fetched on: those WordPress's own fetch of a URL it was given allows by
 * default (`wp_http_validate_url`, filter `http_allowed_safe_ports`). An export's media are on its
 * web server; a URL naming another port of a public host is refused, so an export cannot make the
 * server knock on a mail, database or SSH port elsewhere. An allowed network admits any port.
 */
export const PUBLIC_PORTS: readonly number[] = [80, 443, 8080];

type Address = ipaddr.IPv4 | ipaddr.IPv6;
/** An allowed network, parsed. */
type Network = [Address, number];

/** An allowed network as ipaddr.js matches it; throws for what is neither an address nor a CIDR range. */
function network(entry: string): Network {
  if (entry.includes('/')) return ipaddr.parseCIDR(entry);
  const address = ipaddr.parse(entry);
  return [address, address.kind() === 'ipv4' ? 32 : 128];
}

/** Whether `entry` is an address or a CIDR range (the config validator's check). */
export function isNetwork(entry: string): boolean {
  try {
    network(entry);
    return true;
  } catch {
    return false;
  }
}

function problemOf(address: string, networks: readonly Network[], port: number | undefined): string | null {
  let parsed: Address;
  try {
    parsed = ipaddr.process(address);
  } catch {
    return `${address} is not an IP address`;
  }
  if (networks.some(([base, bits]) => base.kind() === parsed.kind() && parsed.match(base, bits))) return null;
  const range = parsed.range();
  if (range !== 'unicast') return `${parsed.toString()} is not a public address (${range}); allow its network with the plugin option importMediaAllowedNetworks`;
  if (port !== undefined && !PUBLIC_PORTS.includes(port)) {
    return `port ${port} of ${parsed.toString()}: media are fetched from a public address on ports ${PUBLIC_PORTS.join(', ')} only; allow the address with the plugin option importMediaAllowedNetworks`;
  }
  return null;
}

/**
 * Why the import may not connect to `address` (on `port`, when given), or null when it may: an
 * address inside an allowed network, on any port, or a public unicast address on one of
 * PUBLIC_PORTS. An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) is judged as the IPv4 address it is.
 */
export function addressProblem(address: string, allowedNetworks: readonly string[], port?: number): string | null {
  return problemOf(address, allowedNetworks.map(network), port);
}

/** `dns.lookup`, answering an error instead of any address the import may not connect to on `port`. */
function checkedLookup(networks: readonly Network[], port: number): net.LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: any[]) => void) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      // One refused address refuses the name: which one a connection would use is not ours to choose.
      for (const { address } of addresses) {
        const problem = problemOf(address, networks, port);
        if (problem) return callback(new MediaRefused(`${hostname}: ${problem}`));
      }
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  }) as net.LookupFunction;
}

function request(url: URL, lookup: net.LookupFunction, signal: AbortSignal): Promise<http.IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    client
      .get(url, { lookup, signal, agent: false, headers: { accept: 'image/*, video/*, audio/*', 'user-agent': 'strapi-plugin-newsroom (WordPress import)' } }, resolve)
      .on('error', reject);
  });
}

/**
 * Fetch the media file at `url` into `file`: its content type and size. Throws MediaRefused for a URL
 * the import does not fetch (not http(s), an address outside the public internet, a public
 * address's port outside PUBLIC_PORTS, too many redirects), an Error for one that failed (an HTTP error, a type MEDIA_TYPES does not take, too large, too slow).
 */
export async function fetchMedia(url: string, file: string, options: MediaFetchOptions): Promise<{ type: string; size: number }> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const networks = options.allowedNetworks.map(network);
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new MediaRefused('not a URL');
  }
  for (let redirects = 0; ; redirects += 1) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new MediaRefused(`not an http(s) URL (${current.protocol})`);
    const port = current.port ? Number(current.port) : current.protocol === 'https:' ? 443 : 80;
    // An address written in the URL is connected to without a lookup: it is checked here.
    const literal = current.hostname.replace(/^\[(.*)\]$/, '$1');
    if (net.isIP(literal)) {
      const problem = problemOf(literal, networks, port);
      if (problem) throw new MediaRefused(problem);
    }
    const response = await request(current, checkedLookup(networks, port), signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      if (redirects >= MAX_REDIRECTS) throw new MediaRefused(`more than ${MAX_REDIRECTS} redirects`);
      current = new URL(location, current);
      continue;
    }
    if (status !== 200) {
      response.resume();
      throw new Error(`HTTP ${status}`);
    }
    const type = String(response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!MEDIA_TYPES.test(type)) {
      response.resume();
      throw new Error(`not an image, video or audio file (${type || 'no type'})`);
    }
    if (Number(response.headers['content-length'] ?? 0) > options.maxBytes) {
      response.destroy();
      throw new Error(`larger than ${options.maxBytes} bytes`);
    }
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > options.maxBytes ? new Error(`larger than ${options.maxBytes} bytes`) : null, chunk);
      },
    });
    try {
      await pipeline(response, limit, fs.createWriteStream(file));
    } catch (error) {
      await fs.promises.rm(file, { force: true });
      throw error;
    }
    return { type, size };
  }
}
