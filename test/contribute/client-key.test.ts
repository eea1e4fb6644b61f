import { describe, expect, it } from 'vitest'
import { clientBucketKey } from '../../src/contribute/client-key.ts'

describe('the key a client is counted under', () => {
  it('is the IPv4 address, also when Node reports it IPv4-mapped', () => {
    expect(clientBucketKey('198.51.100.7')).toBe('198.51.100.7')
    expect(clientBucketKey('::ffff:198.51.100.7')).toBe('198.51.100.7')
  })

  it('is the /64 prefix of an IPv6 address, however it is written', () => {
    expect(clientBucketKey('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64')
    expect(clientBucketKey('2001:0DB8:0000:0001:ffff:0:0:9')).toBe('2001:db8:0:1::/64')
    expect(clientBucketKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(clientBucketKey('::1')).toBe('0:0:0:0::/64')
    expect(clientBucketKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64')
  })

  it('keeps what is not an address as it is, and names a missing one', () => {
    expect(clientBucketKey('1::2::3')).toBe('1::2::3')
    expect(clientBucketKey(undefined)).toBe('unknown')
  })
})
