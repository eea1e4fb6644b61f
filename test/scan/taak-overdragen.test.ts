import { describe, it } from 'vitest'
import { expectGolden, loadRealScan } from './helpers.ts'

const scan = loadRealScan('taak-overdragen')

describe('scan taak-overdragen: golden scenarios (scan-logic §3.6)', () => {
  it('G3.1 residents challenge the council to maintain green space; the council stops and gives € 15.000 a year', () => {
    expectGolden(scan, {
      id: 'G3.1',
      answers: { uitdaging: 'ja-verordening', taak: 'openbare-ruimte', 'blijft-taak': 'nee', geld: 'budget', waarde: 'tot-50k', afdwingen: 'nee', zeggenschap: 'bewoners', 'lopend-contract': 'nee', vastgoed: 'nee' },
      rules: { uitdaagrecht: 'geldt', 'subsidie-of-opdracht': 'voldaan', 'awb-subsidietitel': 'geldt', 'schaarse-subsidies': 'mogelijk', 'btw-en-anbi': 'voldaan' },
      workarounds: ['uitdaagrecht-in-participatieverordening', 'uitdaagrecht-via-subsidie', 'subsidie-in-plaats-van-opdracht', 'budgetsubsidie-zonder-tegenprestatie', 'subsidietender', 'begrotingssubsidie-met-mededingingsruimte', 'participatie-op-maat'],
      cases: ['burgerbegroting-oldebroek', 'dorpscooperatie-nieuw-dordrecht'],
      not: {
        rules: ['aanbestedingswet', 'didam-arrest', 'deelneming-en-garanties', 'staatssteun-de-minimis', 'wtza-zorgcooperaties'],
        workarounds: ['quasi-inbesteding', 'onderhands-onder-de-drempel', 'open-house', 'enige-serieuze-gegadigde'],
      },
    })
  })
  it('G3.2 a mixed village cooperative maintains bridges for € 2 mln; the council stays responsible', () => {
    expectGolden(scan, {
      id: 'G3.2',
      answers: { uitdaging: 'ja-geen-regels', taak: 'openbare-ruimte', 'blijft-taak': 'ja', geld: 'budget', waarde: 'boven-750k', afdwingen: 'ja', zeggenschap: 'gemengd', 'lopend-contract': 'nee', vastgoed: 'nee' },
      rules: { uitdaagrecht: 'geldt', 'subsidie-of-opdracht': 'geldt', aanbestedingswet: 'geldt', 'deelneming-en-garanties': 'geldt', 'btw-en-anbi': 'geldt' },
      demands: { aanbestedingswet: ['quasi-inbesteding in beginsel niet mogelijk'] },
      grey: ['aanbestedingswet'],
      workarounds: ['quasi-inbesteding', 'maatschappelijk-aanbesteden', 'proportionele-eisen', 'faciliteren-zonder-deelneming', 'uitdaagrecht-in-participatieverordening', 'ruimte-voor-challenges-in-inkoopbeleid'],
      warned: ['quasi-inbesteding'],
      cases: ['pekela-bruggen', 'afrikaanderwijk-cooperatie', 'burgerbegroting-oldebroek'],
      not: { rules: ['awb-subsidietitel', 'schaarse-subsidies', 'didam-arrest', 'wtza-zorgcooperaties'], workarounds: ['subsidie-in-plaats-van-opdracht', 'uitdaagrecht-via-subsidie', 'onderhands-onder-de-drempel'] },
    })
  })
  it('G3.3 a care cooperative wants to offer district nursing itself; the council pays nothing', () => {
    expectGolden(scan, {
      id: 'G3.3',
      answers: { uitdaging: 'nee', taak: 'zorg-zvw-wlz', 'blijft-taak': 'nee', geld: 'geen', zeggenschap: 'bewoners', 'lopend-contract': 'nee', vastgoed: 'nee' },
      rules: { 'wtza-zorgcooperaties': 'geldt' },
      signals: ['geen-geld'],
      workarounds: ['samenwerken-met-zorgaanbieder', 'zorgcooperatie-binnen-wmo'],
      cases: ['zorgcooperatie-hoogeloon'],
      not: { rules: ['aanbestedingswet', 'sociale-en-specifieke-diensten', 'subsidie-of-opdracht', 'uitdaagrecht', 'awb-subsidietitel'], workarounds: ['open-house', 'quasi-inbesteding', 'sas-procedure-op-maat', 'uitdaagrecht-via-subsidie'] },
    })
  })
  it('G3.4 the council stops running 90 playgrounds; a foundation takes the equipment, uses council land and gets € 450.000 once', () => {
    expectGolden(scan, {
      id: 'G3.4',
      answers: { uitdaging: 'nee', taak: 'openbare-ruimte', 'blijft-taak': 'nee', geld: 'eenmalig', waarde: '216k-750k', afdwingen: 'nee', zeggenschap: 'bewoners', 'lopend-contract': 'nee', vastgoed: 'onroerend' },
      rules: { 'subsidie-of-opdracht': 'voldaan', 'awb-subsidietitel': 'geldt', 'didam-arrest': 'geldt', 'wet-markt-en-overheid': 'mogelijk', 'btw-en-anbi': 'voldaan' },
      signals: ['ook-grond'],
      workarounds: ['subsidie-in-plaats-van-opdracht', 'budgetsubsidie-zonder-tegenprestatie', 'enige-serieuze-gegadigde', 'voornemen-publiceren-voor-contract', 'algemeen-belangbesluit', 'kostendekkende-huur-met-subsidie', 'geen-economische-activiteit'],
      cases: ['speelplekken-tevreden-deventer'],
      not: { rules: ['uitdaagrecht', 'aanbestedingswet', 'schaarse-subsidies', 'deelneming-en-garanties'], workarounds: ['quasi-inbesteding', 'open-house', 'onderhands-onder-de-drempel'] },
    })
  })
  it('G3.5 a neighbourhood association challenges the council to run the community centre; much is unknown', () => {
    expectGolden(scan, {
      id: 'G3.5',
      answers: { uitdaging: 'ja-verordening', taak: 'voorziening', 'blijft-taak': 'weet-niet', geld: 'budget', waarde: 'weet-niet', afdwingen: 'weet-niet', zeggenschap: 'weet-niet', 'lopend-contract': 'ja', vastgoed: 'onroerend' },
      rules: {
        uitdaagrecht: 'geldt', 'subsidie-of-opdracht': 'mogelijk', aanbestedingswet: 'mogelijk', 'sociale-en-specifieke-diensten': 'mogelijk', 'awb-subsidietitel': 'mogelijk', 'schaarse-subsidies': 'mogelijk',
        'deelneming-en-garanties': 'mogelijk', 'didam-arrest': 'geldt', 'wet-markt-en-overheid': 'mogelijk', 'staatssteun-de-minimis': 'mogelijk', daeb: 'mogelijk', 'btw-en-anbi': 'mogelijk',
      },
      demands: { 'btw-en-anbi': ['sportaccommodatie'] },
      signals: ['lopend-contract', 'ook-grond', 'ook-betalen'],
      workarounds: ['ruimte-voor-challenges-in-inkoopbeleid', 'uitdaagrecht-in-participatieverordening', 'proportionele-eisen', 'enige-serieuze-gegadigde', 'voornemen-publiceren-voor-contract', 'subsidietender', 'de-minimis-verklaring', 'daeb-aanwijzing'],
      cases: ['zwembad-albrandswaard', 'dorpshuis-oldenzijl'],
      not: { rules: ['wtza-zorgcooperaties'], workarounds: ['quasi-inbesteding', 'voorbehouden-opdracht'] },
    })
  })
})
