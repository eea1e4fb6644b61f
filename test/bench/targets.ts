/**
 * The planted recall targets (search-bench.md §2): twenty documents that each hold one term
 * found nowhere else. Ten have diacritics, one is hyphenated; the typos are the mistakes people
 * make (a missing tussen-n or tussen-s, k for c, y for i).
 */

export interface TargetTerm {
  term: string
  /** One realistic error. */
  typo: string
  /** Plural for a singular term, singular for a plural one. */
  inflected: string
  /** The compound written apart, or a hyphenated word written joined. */
  split: string
}

export const TARGET_TERMS: readonly TargetTerm[] = [
  { term: 'zwaluwtilcoöperatie', typo: 'zwaluwtilcoöpratie', inflected: 'zwaluwtilcoöperaties', split: 'zwaluwtil coöperatie' },
  { term: 'heidecomité', typo: 'heidekomité', inflected: 'heidecomités', split: 'heide comité' },
  { term: 'veenweideideeënbus', typo: 'veenweideideënbus', inflected: 'veenweideideeënbussen', split: 'veenweide ideeënbus' },
  { term: 'kweldergeïnteresseerden', typo: 'kweldergeïntresseerden', inflected: 'kweldergeïnteresseerde', split: 'kwelder geïnteresseerden' },
  { term: 'Wierdenland-arrest', typo: 'Wierdeland-arrest', inflected: 'Wierdenland-arresten', split: 'wierdenlandarrest' },
  { term: 'zeeëgelsubsidie', typo: 'zeeëgelsubsydie', inflected: 'zeeëgelsubsidies', split: 'zeeëgel subsidie' },
  { term: 'knotwilgenfonds', typo: 'knotwilgefonds', inflected: 'knotwilgenfondsen', split: 'knotwilgen fonds' },
  { term: 'terpenlandschapsvisie', typo: 'terpenlandschapvisie', inflected: 'terpenlandschapsvisies', split: 'terpenlandschap visie' },
  { term: 'stinzenfloraregeling', typo: 'stinsenfloraregeling', inflected: 'stinzenfloraregelingen', split: 'stinzenflora regeling' },
  { term: 'ooievaarsnestpaal', typo: 'ooijevaarsnestpaal', inflected: 'ooievaarsnestpalen', split: 'ooievaar nestpaal' },
  { term: 'vlasserijcoördinator', typo: 'vlaserijcoördinator', inflected: 'vlasserijcoördinatoren', split: 'vlasserij coördinator' },
  { term: 'molenaarsbeëindigingsregeling', typo: 'molenaarsbeëindigingregeling', inflected: 'molenaarsbeëindigingsregelingen', split: 'molenaars beëindigingsregeling' },
  { term: 'wadcliëntenraad', typo: 'wadcliëntenrad', inflected: 'wadcliëntenraden', split: 'wad cliëntenraad' },
  { term: 'turfcaféconvenant', typo: 'turfcaféconvenent', inflected: 'turfcaféconvenanten', split: 'turfcafé convenant' },
  { term: 'kreekruïnefonds', typo: 'kreekruïnefons', inflected: 'kreekruïnefondsen', split: 'kreek ruïnefonds' },
  { term: 'meidoornhaagsubsidie', typo: 'meidoornhaagsubsiedie', inflected: 'meidoornhaagsubsidies', split: 'meidoornhaag subsidie' },
  { term: 'gruttoweidecontract', typo: 'gruttoweidekontract', inflected: 'gruttoweidecontracten', split: 'gruttoweide contract' },
  { term: 'elzensingelprotocol', typo: 'elzesingelprotocol', inflected: 'elzensingelprotocollen', split: 'elzensingel protocol' },
  { term: 'klompenpadvergunning', typo: 'klompepadvergunning', inflected: 'klompenpadvergunningen', split: 'klompenpad vergunning' },
  { term: 'kwelderbeheerplan', typo: 'kwelderbeheersplan', inflected: 'kwelderbeheerplannen', split: 'kwelder beheerplan' },
]

/**
 * Index of the document that holds target k. All targets sit in the first 100 documents, so
 * every corpus size (each a prefix of the next) contains all of them.
 */
export function targetDocIndex(k: number): number {
  return 3 + 5 * k
}
