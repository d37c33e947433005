import { describe, expect, it } from 'vitest';
import { checkUrl } from '~/lib/safeUrl';

describe('checkUrl: links', () => {
  it.each([
    'https://www.suaramuda.net/',
    'http://contoh.invalid/a?b=1&c=2',
    'mailto:redaksi@asnprima.id?subject=Koreksi&body=x',
    'HTTPS://CONTOH.INVALID/',
    '/berita/festival-asn/',
    '#rincian',
    '?q=asn',
    './lampiran/',
    '../opini/',
    'berita/',
    '',
  ])('accepts %j', (url) => {
    expect(checkUrl(url, 'link')).toEqual({ ok: true });
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    [' javascript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['&amp;#106;avascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
    ['tel:+62211234', 'tel'],
  ])('refuses %j (scheme %s)', (url, scheme) => {
    expect(checkUrl(url, 'link')).toEqual({ ok: false, reason: 'scheme', scheme });
  });

  it.each(['//contoh.invalid/', ' //contoh.invalid/', '&#47;&#47;contoh.invalid/'])('refuses the protocol-relative %j', (url) => {
    expect(checkUrl(url, 'link')).toMatchObject({ ok: false, reason: 'protocol-relative' });
  });

  it.each(['/\\contoh.invalid/', '/a\u0000b', 'https://a\u007fb/'])('refuses control characters and backslashes in %j', (url) => {
    expect(checkUrl(url, 'link')).toMatchObject({ ok: false, reason: 'control' });
  });
});

describe('checkUrl: images must be files of this site', () => {
  it.each(['./foto.jpg', '../../gambar/foto.png', 'foto.png', '/og-default.png'])('accepts %j', (url) => {
    expect(checkUrl(url, 'image')).toEqual({ ok: true });
  });

  it.each(['https://contoh.invalid/foto.png', 'http://contoh.invalid/foto.png'])('refuses the remote %j', (url) => {
    expect(checkUrl(url, 'image')).toEqual({ ok: false, reason: 'remote-image' });
  });

  it.each(['data:image/svg+xml,<svg/>', 'javascript:alert(1)'])('refuses %j', (url) => {
    expect(checkUrl(url, 'image')).toMatchObject({ ok: false, reason: 'scheme' });
  });
});
