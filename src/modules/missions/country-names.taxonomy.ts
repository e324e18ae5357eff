/**
 * Country names in the reader's language, for text the server writes in three languages (alerts'
 * CAP documents): ISO 3166-1 alpha-3 → alpha-2, derived once from Natural Earth's 1:50m admin-0
 * countries (public domain; France and Norway, which it leaves without codes, added by hand), and
 * the name from the JavaScript engine's own locale data (`Intl.DisplayNames`). Pure; the web app
 * uses it too. Public taxonomy.
 */
import type { LabelLanguage } from '../incidents/incident-labels.taxonomy.js';

/** "ABWAW AFGAF …": each alpha-3 code followed by its alpha-2. */
const pairs =
  'ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU ' +
  'AUTAT AZEAZ BDIBI BELBE BENBJ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM ' +
  'BOLBO BRABR BRBBB BRNBN BTNBT BWABW CAFCF CANCA CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG ' +
  'COKCK COLCO COMKM CPVCV CRICR CUBCU CUWCW CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO ' +
  'DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA ' +
  'GBRGB GEOGE GGYGG GHAGH GINGN GMBGM GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT GUMGU GUYGY HKGHK ' +
  'HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT ' +
  'JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KOSXK KWTKW LAOLA LBNLB ' +
  'LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG ' +
  'MDVMV MEXMX MHLMH MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MUSMU MWIMW ' +
  'MYSMY NAMNA NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK ' +
  'PANPA PCNPN PERPE PHLPH PLWPW PNGPG POLPL PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA ROURO ' +
  'RUSRU RWARW SAUSA SDNSD SENSN SGPSG SGSGS SHNSH SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS ' +
  'SSDSS STPST SURSR SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH TJKTJ ' +
  'TKMTM TLSTL TONTO TTOTT TUNTN TURTR TWNTW TZATZ UGAUG UKRUA URYUY USAUS UZBUZ VATVA VCTVC ' +
  'VENVE VGBVG VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW';

const alpha2 = new Map(pairs.split(' ').map((p) => [p.slice(0, 3), p.slice(3)] as const));

/** The alpha-2 code of an alpha-3 one, if Natural Earth knows it. */
export const alpha2Of = (iso3: string): string | undefined => alpha2.get(iso3);

const displayNames = new Map<LabelLanguage, Intl.DisplayNames>();

/** The country's name in the language; `fallback` (the name the data gave) when it has none. */
export function countryNameIn(language: LabelLanguage, iso3: string, fallback: string): string {
  const code = alpha2Of(iso3);
  if (!code) return fallback;
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? fallback;
}
