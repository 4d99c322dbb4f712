import { describe, expect, it } from 'vitest';
import { joinAddress, lanIPv4, publicBaseUrl } from './public-url.ts';

describe('join address', () => {
  it('when the app listens on a loopback address, then phones cannot open it and the projector is told so', () => {
    expect(joinAddress({ host: '127.0.0.1', port: 4000 }, '4000')).toEqual({ baseUrl: null, loopbackOnly: true });
    expect(publicBaseUrl({ host: '127.0.0.1', port: 4000 })).toBe('http://localhost:4000');
  });

  it('when PUBLIC_URL is set, then the join link uses it whatever HOST is', () => {
    expect(joinAddress({ host: '127.0.0.1', port: 4000, publicUrl: 'https://map.example.org' }, '4000')).toEqual({
      baseUrl: 'https://map.example.org',
      loopbackOnly: false,
    });
  });

  it('when the app listens on every interface, then the join link uses this computer’s LAN IPv4 and the port asked', () => {
    const ip = lanIPv4();
    const address = joinAddress({ host: '0.0.0.0', port: 4000 }, '4201');
    expect(address.loopbackOnly).toBe(false);
    expect(address.baseUrl).toBe(ip ? `http://${ip}:4201` : null);
    if (ip) expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});
