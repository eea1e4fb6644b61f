import { describe, it } from 'vitest'
import { expectGolden, loadRealScan } from './helpers.ts'

const scan = loadRealScan('samen-energie')

describe('scan samen-energie: golden scenarios (scan-logic §4.6)', () => {
  it('G4.1 a cooperative wants solar panels on a municipal sports hall and counts on the SCE', () => {
    expectGolden(scan, {
      id: 'G4.1',
      answers: { project: ['dak-zon'], plek: 'overheid-dak', organisatie: 'cooperatie', 'rol-gemeente': ['faciliteren'], net: 'niet-gevraagd', omvang: 'middel', levering: 'leverancier', sce: 'ja' },
      rules: { netcongestie: 'mogelijk', 'sce-regeling': 'geldt', 'staatssteun-de-minimis': 'mogelijk', 'didam-arrest': 'geldt', 'wet-markt-en-overheid': 'mogelijk', 'lokaal-eigendom': 'mogelijk', 'wet-bibob': 'mogelijk' },
      grey: ['sce-regeling'],
      signals: ['ook-grond'],
      workarounds: ['energiegemeenschap', 'sce-via-regionale-cooperatie', 'lokaal-eigendom-als-uitgiftecriterium', 'selectie-op-maatschappelijke-criteria', 'voornemen-publiceren-voor-contract', 'marktconforme-prijs', 'de-minimis-verklaring', 'algemeen-belangbesluit', 'flexibel-transportrecht'],
      warned: ['sce-via-regionale-cooperatie'],
      cases: ['dezo-zoetermeer-daken', 'spaarnezaam-zonnedaken-rudolf-steiner-haarlem'],
      not: {
        rules: ['energiewet-energiedelen', 'warmtewet', 'deelneming-en-garanties'],
        workarounds: ['cable-pooling', 'garantieverordening-voor-initiatieven', 'warmtegemeenschap'],
        cases: ['duurzaam-tolhuislanden-zwolle-lening', 'warmtenet-oost-wageningen'],
      },
    })
  })
  it('G4.2 a residents cooperative builds wind and solar on its own land (2 MW or more); the council lends money', () => {
    expectGolden(scan, {
      id: 'G4.2',
      answers: { project: ['veld'], plek: 'eigen', organisatie: 'cooperatie', 'rol-gemeente': ['lening'], net: 'weet-niet', omvang: 'groot', levering: 'leverancier', sce: 'nee' },
      rules: { netcongestie: 'mogelijk', 'deelneming-en-garanties': 'geldt', 'staatssteun-de-minimis': 'geldt', 'lokaal-eigendom': 'mogelijk', 'omgevingswet-participatie': 'mogelijk' },
      demands: { 'deelneming-en-garanties': ['publieke taak'], 'staatssteun-de-minimis': ['€ 300.000'] },
      workarounds: ['energiegemeenschap', 'marktconforme-prijs', 'de-minimis-verklaring', 'cable-pooling', 'flexibel-transportrecht', 'congestieverzachter-worden', 'participatie-op-maat'],
      cases: ['duurzaam-tolhuislanden-zwolle-lening'],
      not: {
        rules: ['didam-arrest', 'wet-markt-en-overheid', 'sce-regeling', 'warmtewet'],
        workarounds: ['lokaal-eigendom-als-uitgiftecriterium', 'voornemen-publiceren-voor-contract', 'sce-via-regionale-cooperatie'],
        cases: ['dezo-zoetermeer-daken'],
      },
    })
  })
  it('G4.3 a heat network for about 400 homes, with the council as member', () => {
    expectGolden(scan, {
      id: 'G4.3',
      answers: { project: ['warmte'], plek: 'eigen', organisatie: 'cooperatie', 'rol-gemeente': ['lid'], net: 'niet-gevraagd', 'warmte-aansluitingen': 'tot-1500' },
      rules: { warmtewet: 'geldt', 'deelneming-en-garanties': 'geldt', netcongestie: 'mogelijk', 'staatssteun-de-minimis': 'mogelijk', aanbestedingswet: 'mogelijk', 'omgevingswet-participatie': 'mogelijk' },
      grey: ['warmtewet'],
      workarounds: ['warmtegemeenschap', 'faciliteren-zonder-deelneming', 'marktconforme-prijs', 'participatie-op-maat'],
      cases: ['warmtenet-oost-wageningen', 'energiewijk-bospolder-tussendijken'],
      not: { rules: ['energiewet-energiedelen', 'sce-regeling', 'didam-arrest', 'lokaal-eigendom'], workarounds: ['energiegemeenschap', 'cable-pooling', 'sce-via-regionale-cooperatie'] },
    })
  })
  it('G4.4 a floating neighbourhood shares its solar power and wants to supply itself', () => {
    expectGolden(scan, {
      id: 'G4.4',
      answers: { project: ['dak-zon', 'delen'], plek: 'eigen', organisatie: 'cooperatie', 'rol-gemeente': ['geen'], net: 'bevestigd', omvang: 'middel', levering: 'zelf', sce: 'nee' },
      rules: { 'energiewet-energiedelen': 'geldt', netcongestie: 'voldaan' },
      demands: { 'energiewet-energiedelen': ['leveringsvergunning', 'één en dezelfde leverancier'] },
      grey: ['energiewet-energiedelen'],
      workarounds: ['energiegemeenschap', 'sce-via-regionale-cooperatie'],
      warned: ['sce-via-regionale-cooperatie'],
      cases: ['schoonschip-amsterdam-energie-delen'],
      not: {
        rules: ['deelneming-en-garanties', 'staatssteun-de-minimis', 'didam-arrest', 'sce-regeling'],
        workarounds: ['cable-pooling', 'flexibel-transportrecht', 'congestieverzachter-worden'],
        cases: ['duurzaam-tolhuislanden-zwolle-lening', 'dezo-zoetermeer-daken'],
      },
    })
  })
})
