import { describe, it } from 'vitest'
import { expectGolden, loadRealScan } from './helpers.ts'

const scan = loadRealScan('initiatief-betalen')

describe('scan initiatief-betalen: golden scenarios (scan-logic §2.7)', () => {
  it('G2.1 operating grant for a volunteer community centre from a capped scheme', () => {
    expectGolden(scan, {
      id: 'G2.1',
      answers: { 'plan-van': 'initiatief', baat: 'nee', afdwingen: 'nee', soort: 'sociaal', bedrag: '50k-216k', organisatie: 'vrijwilligers', grondslag: 'regeling-plafond', anderen: 'ja', lopend: 'nee' },
      rules: { 'subsidie-of-opdracht': 'voldaan', 'awb-subsidietitel': 'geldt', 'schaarse-subsidies': 'geldt', 'btw-en-anbi': 'voldaan' },
      demands: { 'awb-subsidietitel': ['subsidieplafond'], 'schaarse-subsidies': ['vóór de aanvraagperiode'] },
      signals: ['geen-onderneming'],
      workarounds: ['subsidie-in-plaats-van-opdracht', 'budgetsubsidie-zonder-tegenprestatie', 'subsidietender', 'gestaffelde-verantwoording', 'geen-economische-activiteit'],
      cases: ['buurtbudgetten-amsterdam'],
      not: {
        rules: ['aanbestedingswet', 'sociale-en-specifieke-diensten', 'staatssteun-de-minimis', 'subsidie-afbouw', 'wet-bibob', 'daeb'],
        workarounds: ['onderhands-onder-de-drempel', 'open-house', 'voorbehouden-opdracht', 'enige-serieuze-gegadigde', 'de-minimis-verklaring', 'afbouwtermijn'],
        cases: ['afrikaanderwijk-cooperatie', 'hollandse-luchten'],
      },
    })
  })
  it('G2.2 waste collection by a neighbourhood cooperative (30% rule) above the EU threshold, hard agreements', () => {
    expectGolden(scan, {
      id: 'G2.2',
      answers: { 'plan-van': 'initiatief', baat: 'eigen-taak', afdwingen: 'ja', soort: 'dienst', bedrag: '216k-750k', organisatie: 'sociaal-30', anderen: 'ja', lopend: 'nee' },
      rules: { 'subsidie-of-opdracht': 'geldt', aanbestedingswet: 'geldt', 'btw-en-anbi': 'geldt', 'wet-bibob': 'mogelijk' },
      demands: { aanbestedingswet: ['Europese procedure', '€ 216.000'] },
      signals: ['ook-taak', 'opdracht-marktconform'],
      workarounds: ['voorbehouden-opdracht', 'proportionele-eisen', 'maatschappelijk-aanbesteden'],
      cases: ['afrikaanderwijk-cooperatie', 'burgerbegroting-oldebroek'],
      not: {
        rules: ['awb-subsidietitel', 'schaarse-subsidies', 'sociale-en-specifieke-diensten', 'staatssteun-de-minimis'],
        workarounds: ['subsidie-in-plaats-van-opdracht', 'budgetsubsidie-zonder-tegenprestatie', 'onderhands-onder-de-drempel', 'open-house'],
      },
    })
  })
  it('G2.3 Wmo day care procured by the municipality above € 750.000', () => {
    expectGolden(scan, {
      id: 'G2.3',
      answers: { 'plan-van': 'overheid', baat: 'eigen-taak', afdwingen: 'ja', soort: 'sociaal', bedrag: 'boven-750k', organisatie: 'met-verkoop', anderen: 'ja', lopend: 'nee' },
      rules: { 'subsidie-of-opdracht': 'geldt', aanbestedingswet: 'geldt', 'sociale-en-specifieke-diensten': 'geldt', 'btw-en-anbi': 'geldt', 'wet-bibob': 'mogelijk' },
      demands: { aanbestedingswet: ['licht regime'], 'sociale-en-specifieke-diensten': ['Open House'] },
      signals: ['zorg-taak', 'opdracht-marktconform'],
      workarounds: ['open-house', 'sas-procedure-op-maat', 'proportionele-eisen', 'maatschappelijk-aanbesteden'],
      cases: ['zorgcooperatie-hoogeloon'],
      not: { rules: ['awb-subsidietitel', 'schaarse-subsidies', 'staatssteun-de-minimis'], workarounds: ['subsidie-in-plaats-van-opdracht', 'onderhands-onder-de-drempel', 'voorbehouden-opdracht'] },
    })
  })
  it('G2.4 six years of budget subsidy to a welfare foundation; a commercial provider wants in too', () => {
    expectGolden(scan, {
      id: 'G2.4',
      answers: { 'plan-van': 'initiatief', baat: 'nee', afdwingen: 'nee', soort: 'sociaal', bedrag: '216k-750k', organisatie: 'met-verkoop', grondslag: 'begroting', anderen: 'ja', lopend: 'ja' },
      rules: { 'subsidie-of-opdracht': 'voldaan', 'awb-subsidietitel': 'geldt', 'schaarse-subsidies': 'geldt', 'subsidie-afbouw': 'geldt', 'btw-en-anbi': 'voldaan', 'staatssteun-de-minimis': 'mogelijk', daeb: 'mogelijk', 'wet-bibob': 'mogelijk' },
      demands: { 'schaarse-subsidies': ['ruimte geven om mee te dingen'] },
      workarounds: ['begrotingssubsidie-met-mededingingsruimte', 'subsidietender', 'afbouwtermijn', 'de-minimis-verklaring', 'daeb-aanwijzing', 'daeb-de-minimis', 'geen-economische-activiteit'],
      warned: ['geen-economische-activiteit'],
      cases: ['noorderpark-amsterdam'],
      not: { rules: ['aanbestedingswet', 'sociale-en-specifieke-diensten'], workarounds: ['enige-serieuze-gegadigde', 'onderhands-onder-de-drempel', 'open-house'] },
    })
  })
  it('G2.5 almost everything unknown: money for green maintenance', () => {
    expectGolden(scan, {
      id: 'G2.5',
      answers: { 'plan-van': 'samen', baat: 'weet-niet', afdwingen: 'weet-niet', soort: 'dienst', bedrag: 'weet-niet', organisatie: 'weet-niet', grondslag: 'weet-niet', anderen: 'weet-niet', lopend: 'nee' },
      rules: { 'subsidie-of-opdracht': 'mogelijk', aanbestedingswet: 'mogelijk', 'awb-subsidietitel': 'mogelijk', 'schaarse-subsidies': 'mogelijk', 'btw-en-anbi': 'mogelijk', 'staatssteun-de-minimis': 'mogelijk' },
      open_questions: ['Krijgt de overheid zelf iets terug', 'Raam de totale waarde', 'subsidieregeling', 'eerlijke kans', 'Verkoopt het initiatief'],
      signals: ['afwegingsnotitie'],
      workarounds: ['proportionele-eisen', 'subsidie-in-plaats-van-opdracht', 'subsidietender', 'de-minimis-verklaring'],
      warned: ['subsidie-in-plaats-van-opdracht'],
      not: {
        rules: ['sociale-en-specifieke-diensten', 'daeb', 'subsidie-afbouw', 'wet-bibob'],
        workarounds: ['onderhands-onder-de-drempel', 'voorbehouden-opdracht', 'open-house'],
        cases: ['afrikaanderwijk-cooperatie', 'buurtbudgetten-amsterdam'],
      },
    })
  })
})
