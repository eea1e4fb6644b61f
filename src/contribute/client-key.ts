/**
 * The key a client is counted under, from the address the platform saw. An IPv6 client usually
 * holds a whole /64, so it is counted by that prefix; otherwise it could pick a fresh address,
 * and with it a fresh bucket, for every request.
 */
export function clientBucketKey(address: string | undefined): string {
  if (!address) return 'unknown'
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped) return mapped[1]!
  if (!address.includes(':')) return address
  const groups = expandIpv6(address.replace(/%.*$/, ''))
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address
}

/** The eight groups of an IPv6 address, lower case and without leading zeros; undefined if it is not one. */
function expandIpv6(address: string): string[] | undefined {
  const halves = address.toLowerCase().split('::')
  if (halves.length > 2) return undefined
  const part = (text: string) => (text ? text.split(':') : [])
  const head = part(halves[0]!)
  const tail = halves.length === 2 ? part(halves[1]!) : []
  // An embedded IPv4 tail (::1.2.3.4) stands for two groups.
  const last = tail.length ? tail : head
  if (last.length && last.at(-1)!.includes('.')) {
    const octets = last.pop()!.split('.').map(Number)
    if (octets.length !== 4 || octets.some((o) => !(o >= 0 && o <= 255))) return undefined
    last.push(((octets[0]! << 8) | octets[1]!).toString(16), ((octets[2]! << 8) | octets[3]!).toString(16))
  }
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined
  return groups.map((g) => g.replace(/^0+(?=.)/, ''))
}
