import { describe, it } from 'vitest'
import { expectGolden, loadRealScan } from './helpers.ts'

const scan = loadRealScan('samen-meten')

describe('scan samen-meten: golden scenarios (scan-logic §5.6)', () => {
  it('G5.1 a heat and particulate network; the council pays a yearly subscription and uses the data for its climate policy', () => {
    expectGolden(scan, {
      id: 'G5.1',
      answers: { gegevens: ['omgeving'], herleidbaar: 'adres', bepaalt: 'initiatief', 'gebruik-gemeente': ['beleid'], betaling: 'abonnement', bedrag: '50k-216k', licentie: 'open', documenten: 'ja-gewoon', schaal: 'klein' },
      rules: { avg: 'geldt', 'wet-open-overheid': 'geldt', 'subsidie-of-opdracht': 'geldt', aanbestedingswet: 'geldt', 'btw-en-anbi': 'geldt' },
      demands: { avg: ['eigen grondslag'], 'wet-open-overheid': ['Woo-verzoek', 'milieu-informatie'], 'subsidie-of-opdracht': ['abonnement'], aanbestedingswet: ['inkoopbeleid'] },
      workarounds: ['privacy-by-design-meetnet', 'avg-rollen-vastleggen', 'deelnemersreglement-meetnet', 'open-licentie-vooraf', 'onderhands-onder-de-drempel', 'proportionele-eisen'],
      cases: ['meet-je-stad-amersfoort'],
      not: { rules: ['awb-subsidietitel', 'schaarse-subsidies'], workarounds: ['subsidie-in-plaats-van-opdracht', 'budgetsubsidie-zonder-tegenprestatie', 'innovatiepartnerschap'] },
    })
  })
  it('G5.2 a province commissions a regional air network above the EU threshold; residents and province set the questions together', () => {
    expectGolden(scan, {
      id: 'G5.2',
      answers: { gegevens: ['omgeving'], herleidbaar: 'adres', bepaalt: 'samen', 'gebruik-gemeente': ['beleid', 'publiceren'], betaling: 'opdracht', bedrag: 'boven-216k', licentie: 'open', documenten: 'nee', schaal: 'groot' },
      rules: { avg: 'geldt', 'wet-open-overheid': 'geldt', 'subsidie-of-opdracht': 'geldt', aanbestedingswet: 'geldt', 'btw-en-anbi': 'geldt' },
      demands: { avg: ['samen verantwoordelijk', 'DPIA'], aanbestedingswet: ['Europese procedure'] },
      grey: ['avg'],
      workarounds: ['avg-rollen-vastleggen', 'privacy-by-design-meetnet', 'deelnemersreglement-meetnet', 'open-licentie-vooraf', 'proportionele-eisen', 'innovatiepartnerschap'],
      warned: ['innovatiepartnerschap'],
      cases: ['hollandse-luchten', 'aireas-eindhoven'],
      not: { rules: ['awb-subsidietitel'], workarounds: ['onderhands-onder-de-drempel', 'subsidie-in-plaats-van-opdracht'] },
    })
  })
  it('G5.3 residents want to count shoppers with cameras and wifi sensors and give the counts to the council; no money', () => {
    expectGolden(scan, {
      id: 'G5.3',
      answers: { gegevens: ['personen', 'mobiliteit'], herleidbaar: 'direct', bepaalt: 'initiatief', 'gebruik-gemeente': ['beleid'], betaling: 'nee', licentie: 'geen-afspraak', documenten: 'nee', schaal: 'groot' },
      rules: { avg: 'geldt' },
      demands: { avg: ['niet zomaar filmen', 'eigen grondslag', 'DPIA'] },
      workarounds: ['privacy-by-design-meetnet', 'avg-rollen-vastleggen', 'open-licentie-vooraf'],
      warned: ['privacy-by-design-meetnet'],
      not: {
        rules: ['subsidie-of-opdracht', 'aanbestedingswet', 'awb-subsidietitel', 'btw-en-anbi'],
        workarounds: ['subsidie-in-plaats-van-opdracht', 'onderhands-onder-de-drempel', 'budgetsubsidie-zonder-tegenprestatie'],
        cases: ['meet-je-stad-amersfoort', 'hollandse-luchten'],
      },
    })
  })
  it('G5.4 a small anonymous air network with € 30.000 subsidy and open data; a confidential budget is shared', () => {
    expectGolden(scan, {
      id: 'G5.4',
      answers: { gegevens: ['omgeving'], herleidbaar: 'nee', bepaalt: 'initiatief', 'gebruik-gemeente': ['publiceren'], betaling: 'subsidie', bedrag: 'tot-50k', licentie: 'open', documenten: 'ja-gevoelig', schaal: 'klein' },
      rules: { avg: 'voldaan', 'wet-open-overheid': 'geldt', 'subsidie-of-opdracht': 'voldaan', 'awb-subsidietitel': 'geldt', 'btw-en-anbi': 'voldaan' },
      demands: { 'wet-open-overheid': ['vertrouwelijk', 'milieu-informatie'] },
      workarounds: ['privacy-by-design-meetnet', 'open-licentie-vooraf', 'subsidie-in-plaats-van-opdracht', 'budgetsubsidie-zonder-tegenprestatie', 'gestaffelde-verantwoording', 'openeinderegeling', 'deelnemersreglement-meetnet'],
      cases: ['smart-emission-nijmegen', 'meet-je-stad-amersfoort'],
      not: { rules: ['aanbestedingswet', 'schaarse-subsidies'], workarounds: ['avg-rollen-vastleggen', 'onderhands-onder-de-drempel', 'innovatiepartnerschap'] },
    })
  })
})
