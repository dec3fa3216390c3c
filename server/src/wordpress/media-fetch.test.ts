import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import { addressProblem, fetchMedia, MAX_REDIRECTS, MediaRefused, PUBLIC_PORTS, type MediaFetchOptions } from './media-fetch';

describe('addressProblem: which addresses the import connects to', () => {
  it('allows public unicast addresses of both families', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect(addressProblem(address, [])).toBeNull();
  });

  it('refuses loopback, private, link-local (cloud metadata), carrier-grade NAT, unique-local, unspecified and multicast, naming the range', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'loopback'],
      ['10.1.2.3', 'private'],
      ['192.168.0.10', 'private'],
      ['172.16.5.4', 'private'],
      ['169.254.169.254', 'linkLocal'],
      ['100.64.0.1', 'carrierGradeNat'],
      ['0.0.0.0', 'unspecified'],
      ['224.0.0.1', 'multicast'],
      ['::1', 'loopback'],
      ['fd00::1', 'uniqueLocal'],
      ['fe80::1', 'linkLocal'],
    ];
    for (const [address, range] of cases) {
      expect(addressProblem(address, [])).toBe(`${address} is not a public address (${range}); allow its network with the plugin option importMediaAllowedNetworks`);
    }
  });

  it('judges an IPv4-mapped IPv6 address as the IPv4 address it is', () => {
    expect(addressProblem('::ffff:127.0.0.1', [])).toMatch(/^127\.0\.0\.1 is not a public address \(loopback\)/);
    expect(addressProblem('::ffff:10.0.0.5', ['10.0.0.0/8'])).toBeNull();
  });

  it('allows what an allowed network holds, and only that', () => {
    expect(addressProblem('10.20.3.4', ['10.20.0.0/16'])).toBeNull();
    expect(addressProblem('10.21.3.4', ['10.20.0.0/16'])).toMatch(/private/);
    expect(addressProblem('127.0.0.1', ['127.0.0.1'])).toBeNull();
    expect(addressProblem('127.0.0.2', ['127.0.0.1'])).toMatch(/loopback/);
    expect(addressProblem('fd00::7', ['fd00::/8'])).toBeNull();
    // An IPv4 network holds no IPv6 address.
    expect(addressProblem('::1', ['127.0.0.0/8'])).toMatch(/loopback/);
  });
  it("connects to a public address on WordPress's safe ports only (80, 443, 8080), to an allowed network on any", () => {
    expect(PUBLIC_PORTS).toEqual([80, 443, 8080]);
    for (const port of PUBLIC_PORTS) expect(addressProblem('93.184.216.34', [], port)).toBeNull();
    for (const port of [22, 25, 3306, 5432, 6379, 8443]) {
      expect(addressProblem('93.184.216.34', [], port)).toBe(
        `port ${port} of 93.184.216.34: media are fetched from a public address on ports 80, 443, 8080 only; allow the address with the plugin option importMediaAllowedNetworks`
      );
    }
    expect(addressProblem('2606:4700:4700::1111', [], 22)).toMatch(/^port 22 of 2606:4700:4700::1111: /);
    expect(addressProblem('10.20.3.4', ['10.20.0.0/16'], 8081)).toBeNull();
    // A public address listed as an allowed network is fetched on any port: the app has named it.
    expect(addressProblem('93.184.216.34', ['93.184.216.34'], 8443)).toBeNull();
    // An address outside the public internet is refused for what it is, whatever the port.
    expect(addressProblem('127.0.0.1', [], 80)).toMatch(/^127\.0\.0\.1 is not a public address \(loopback\)/);
  });
});

describe('fetchMedia', () => {
  const jpeg = Buffer.alloc(2048, 7);
  let server: http.Server;
  let port: number;
  let requests: string[];
  let dir: string;
  const options = (allowedNetworks: string[] = []): MediaFetchOptions => ({ allowedNetworks, timeoutMs: 5000, maxBytes: 4096 });
  const file = () => path.join(dir, `f-${requests.length}-${Math.random()}.jpg`);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-media-fetch-'));
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/a.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
      else if (url.pathname === '/big.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(10_000));
      else if (url.pathname === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>');
      else if (url.pathname === '/to') res.writeHead(302, { location: url.searchParams.get('url') ?? '/' }).end();
      else if (url.pathname === '/loop') res.writeHead(301, { location: '/loop' }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  beforeEach(() => {
    requests = [];
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a loopback address written in the URL without connecting', async () => {
    await expect(fetchMedia(`http://127.0.0.1:${port}/a.jpg`, file(), options())).rejects.toThrow(new MediaRefused('127.0.0.1 is not a public address (loopback); allow its network with the plugin option importMediaAllowedNetworks'));
    expect(requests).toEqual([]);
  });

  it('refuses a host name that resolves to a loopback address, at the lookup', async () => {
    const attempt = fetchMedia(`http://localhost:${port}/a.jpg`, file(), options());
    await expect(attempt).rejects.toBeInstanceOf(MediaRefused);
    await expect(attempt).rejects.toThrow(/^localhost: .* is not a public address \(loopback\)/);
    expect(requests).toEqual([]);
  });

  it('fetches from an allowed network, whether named by address or by host name', async () => {
    const target = file();
    await expect(fetchMedia(`http://127.0.0.1:${port}/a.jpg`, target, options(['127.0.0.1']))).resolves.toEqual({ type: 'image/jpeg', size: jpeg.length });
    expect(fs.readFileSync(target)).toEqual(jpeg);
    await expect(fetchMedia(`http://localhost:${port}/a.jpg`, file(), options(['127.0.0.0/8', '::1']))).resolves.toEqual({ type: 'image/jpeg', size: jpeg.length });
  });

  it('checks every redirect as it checked the first URL', async () => {
    const elsewhere = encodeURIComponent(`http://127.0.0.2:${port}/a.jpg`);
    await expect(fetchMedia(`http://127.0.0.1:${port}/to?url=${elsewhere}`, file(), options(['127.0.0.1']))).rejects.toThrow(/^127\.0\.0\.2 is not a public address \(loopback\)/);
    expect(requests).toEqual([`/to?url=${elsewhere}`]);
    const metadata = encodeURIComponent('http://169.254.169.254/latest/meta-data/');
    await expect(fetchMedia(`http://127.0.0.1:${port}/to?url=${metadata}`, file(), options(['127.0.0.1']))).rejects.toThrow(/^169\.254\.169\.254 is not a public address \(linkLocal\)/);
    const same = encodeURIComponent('/a.jpg');
    await expect(fetchMedia(`http://127.0.0.1:${port}/to?url=${same}`, file(), options(['127.0.0.1']))).resolves.toEqual({ type: 'image/jpeg', size: jpeg.length });
  });

  it('refuses a public address on a port outside the safe ones without connecting, in the URL or a redirect', async () => {
    await expect(fetchMedia('http://93.184.216.34:22/a.jpg', file(), options())).rejects.toThrow(
      new MediaRefused('port 22 of 93.184.216.34: media are fetched from a public address on ports 80, 443, 8080 only; allow the address with the plugin option importMediaAllowedNetworks')
    );
    const smtp = encodeURIComponent('http://93.184.216.34:25/');
    await expect(fetchMedia(`http://127.0.0.1:${port}/to?url=${smtp}`, file(), options(['127.0.0.1']))).rejects.toThrow(/^port 25 of 93\.184\.216\.34: /);
    expect(requests).toEqual([`/to?url=${smtp}`]);
  });

  it(`stops after ${MAX_REDIRECTS} redirects`, async () => {
    await expect(fetchMedia(`http://127.0.0.1:${port}/loop`, file(), options(['127.0.0.1']))).rejects.toThrow(new MediaRefused(`more than ${MAX_REDIRECTS} redirects`));
    expect(requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('refuses what is not http(s) or not a URL, and fails on an HTTP error, a page, a file too large (leaving no file)', async () => {
    await expect(fetchMedia('file:///etc/passwd', file(), options())).rejects.toThrow(new MediaRefused('not an http(s) URL (file:)'));
    await expect(fetchMedia('not a url', file(), options())).rejects.toThrow(new MediaRefused('not a URL'));
    await expect(fetchMedia(`http://127.0.0.1:${port}/missing.jpg`, file(), options(['127.0.0.1']))).rejects.toThrow('HTTP 404');
    await expect(fetchMedia(`http://127.0.0.1:${port}/page`, file(), options(['127.0.0.1']))).rejects.toThrow('not an image, video or audio file (text/html)');
    const target = file();
    await expect(fetchMedia(`http://127.0.0.1:${port}/big.jpg`, target, options(['127.0.0.1']))).rejects.toThrow('larger than 4096 bytes');
    expect(fs.existsSync(target)).toBe(false);
  });
});
