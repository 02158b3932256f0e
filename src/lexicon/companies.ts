/**
 * Well-known firms' one-word names, for the entity layer: a one-word speaker the article gives no person's
 * evidence (no given name, honorific, gender or role) and that names a known firm (`Gartner`, `Boeing`,
 * `Facebook`) is a body's name. The words are those of cspell's company-name dictionary
 * (`@cspell/dict-companies`, MIT, about 2,300 names and tickers in a 17 kB text file, kept up by the cspell
 * project), less the words that name people or places as often as firms: given names (`Charles`, `Morgan`),
 * places and nationalities (`Boston`, `Dutch`), the words of bodies' names that say nothing alone (`Group`,
 * `Energy`), and capitals-only tickers (the shape of the name already tells a body: `IBM`). Evidence in the
 * article is read first: the list only settles a name nothing else types.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isGivenName } from './given-names.js';
import { NATIONALITIES, PLACES, US_STATES } from './places.js';
import { GIVEN_NAMES, ORG_WORDS, TITLE_TOKENS } from './words.js';

/**
 * Words of the dictionary that are English words or surnames far more often than a firm's whole name (`Advance`,
 * `Best`, `Brown`, `Electric`): its words that open or close longer names of firms (`Best Buy`, `General Electric`).
 */
const NOT_FIRMS: ReadonlySet<string> = new Set(
  `Advance Advanced Aid Air Airlines Airways All Alliance Alpha America American An Analog Analytics Apartment
  Apartments Applied Arts Associates Association Assurances Auto Automatic Automation Automobile Automotive
  Autonomous Aviation Baker Ball Bank Banking Banks Beauty Bed Benefits Best Beverage Beyond Big Black Bridge Brown
  Budget Building Business Buy Cable Cape Capital Cardinal Carrier Case Castle Central Century Chapel Chase Chemical
  Chemicals Chicken Chinese Church Circuit Citizens City Class Classification Cliffs Co Coach Coal College Commercial
  Commonwealth Communications Communities Community Companies Company Compass Computer Connectivity Consolidated
  Construction Continental Controls Cooper Copper Corp Corporation Cos Creations Credit Crown Cruise Data Davis Dean
  Design Devices Diagnostics Digital Discover Discovery Dish Distribution Dr Duke Dutch East Economics Electric
  Electronic Electronics Energy Engineering Enterprise Enterprises Entertainment Equipment Equities Equity Estate
  Exchange Express Extra Family Farm Federal Finance Financial First Fisher Flavors Foods Foot Fortune Foundation Fox
  Fragrances Free Freight Friendship Fuel Future Gamble Gap Gas General Genuine Global Globe Gold Goods Gp Green Grid
  Grill Group Guardian Half Harris Hat Health Healthcare Heavy Hill Holding Holdings Home Hon Host Hotels House
  Humanities Hunt Income Incorporated Index Industrial Industries Industry Information Ins Insight Institute
  Instruments Insurance Integrated Interactive International Investment Iron Jack Joy Key King La Laboratories
  Laboratory Labs Lamb Land Las Last Legal Level Liberty Life Limited Line Lines Live Locker Logistics Los Lots Ltd
  Machines Mail Management Marine Market Marketing Markets Materials Media Medical Merchants Metals Micro Mills
  Mini Mining Minor Mobile Monster Motor Motors Mountain Murphy Mutual Nation National Natural Net Network Networks
  New News Noble Normal North Northeast Northern Northwest Ocean Office Offshore Oil Old One Partners Power Press
  Products Progressive Property Public Research Resources Services Solutions Systems Technologies Technology Trust
  Union United University Ventures Water West White Wireless`.split(/\s+/u),
);

/**
 * Places, universities and schools in the dictionary (`Aarhus`, `Oxford`, `Caltech`): a place never speaks, a
 * university is typed by its longer name (`University of Oxford`).
 */
const PLACE_ENTRIES = `Aachen Aalto Aarhus Aberdeen Amherst Andes Antwerp Auckland Baden-Wurttemberg Bandung Bangalore Basel Bath
  Beihang Beirut Bergen Bilbao Bologna Bombay Bonn Buenos Caltech Cambridge Canterbury Carnegie Chubu Chulalongkorn
  Cincinnati Columbia Complutense Curtin Darmstadt Dartmouth Darussalam Deakin Delft Dover Dresden Durham Ecole
  Eindhoven Essex Exeter Freiburg Fudan Gadjah Galway Gent Georgetown Ghent Gothenburg Graz Greenland Groningen Gwangju
  Göttingen Hamburg Hanyang Harbin Harvard Hebrew Heidelberg Henan Hokkaido Hong Hopkins Huazhong Humboldt
  Jagiellonian Jiangsu Jiaotong Kanpur Kansai Karlsruhe Keio Kobe Kong Korea Kragpur Kyoto Kyung Kyushu Lancaster
  Lausanne Leiden Leuven Lomonosov Loughborough Lund Maastricht Madras Mahidol Malaya McGill McMaster Midland Milano
  Monash Monterey Munich Nagoya Nanjing Nanyang Navarra Newcastle Nijmegen Norfolk Normale Northeastern Northwestern
  Notre Nottingham Novosibirsk Omaha Osaka Otago Oxford Padova Penh Petersburg Phnom Pittsburgh Plains Pohang
  Politecnico Polytechnic Pompeu Porto Princeton Purdue Putra Queensland Reading Rotterdam Rutgers San Santa Sao Scotia
  Shandong Shanxi Sorbonne Southampton Staat Sungkyunkwan Sussex Swinburne Tartu Ticino Toledo Tomsk Tongji Tsing
  Tsinghua Turku Twente Tübingen Universiteit Uppsala Urbana-Champaign Utrecht Vanderbilt Vegas Vizcaya Wageningen
  Warwick Waseda Waterloo Wellington Wisconsin-Madison Wollongong Wuhan Xi'an Yat-Sen Yeshiva Yonsei Zealand Zhejiang`;
/** Surnames in the dictionary, of founders and of everyone else (`Johnson`, `Hughes`, `Goldman`): a person's as often. */
const SURNAME_ENTRIES = `Abdulaziz Andrews Archer Barnes Bauman Campbell Cheng Daniels Decker Dickinson Dodge Eastman Eaton Edison
  Edwards Goldman Hai Hee Hess Hewlett Hua Hughes Huntsman Icahn Jacobs Johnson Jones Khalifa Kinder Kung Lauder Lovatt
  Massey Matheson McCormick McGraw McLennan Mellon Ming Morrison Nagel Owens Packard Peabody Penney Phillips Platt
  Ryder Sachs Saud Schneider Schwab Smucker Walgreen Watson Weiss Williams Yang`;
/**
 * English words in the dictionary, most of them words of longer names of firms (`Sales` of `Acme Sales`, `Orange`,
 * `Target`): as one word, far more often no firm's name.
 */
const WORD_ENTRIES = `Aerospace Agricultural Aluminum Align Apache Appetize Arrow Atmos Bakeries Baptist Brake Brands Centers Charter
  Chartered Constellation Delta Depot Dollar Dominion Dynamics Everest Fifth Fried Imperial Innovations Int'l Intuitive
  Kindred Lifesciences Lotus Lutherans Marathon Metallurgical Metro Mosaic Nova Oilwell Orange Oy Pacific Packaging
  Pantry Paper Parcel Parts Payments Pepper Petrochemical Petroleum Pharmaceutical Pharmaceuticals Photonics Physics
  Pioneer Pioneering Pipeline Pizza Plans Plc Po Pool Postal Precision Principal Prisma Processing Properties Pty Quest
  Railway Re Real Realty Refining Regency Regions Reinsurance Reliance Rentals Reserve Residential Resorts Restaurants
  Rubber Sales Science Sciences Scientific Scripts Sealed Seat Secure Seven Sharp Shipbuilding Shipping Side Societe
  Software Sonic Sons Soup South Space Specialty Spectrum Sporting Sprint Squibb St Standard Staples Stationers Steel
  Storage Stores Suisse Sun Super Supermarkets Supply Surgical Svc System Target Tech Technical Technological Tel
  Telecom Telecommunications Telegraph Telephone Tenet The Third Time Tire Tobacco Tool Total Tower Towers Toys Tractor
  Transfer Transnational Transport Travelers Tree Trinity Triumph Twenty-First Under Universal Us Utilities Vanguard
  Vertex Vulcan Waste Waters Whole Wholesale Wm Works World Worldwide Zebra Zentrale`;

const EXCLUDED: ReadonlySet<string> = new Set(
  [PLACE_ENTRIES, SURNAME_ENTRIES, WORD_ENTRIES].flatMap((list) => list.split(/\s+/u)),
);

let firms: ReadonlySet<string> | null = null;

/** The dictionary's lines: its words, one a line, after a comment header. */
function dictionaryWords(): string[] {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json'));
  return readFileSync(path.join(dir, 'dict', 'companies.txt'), 'utf8').split(/\r?\n/u);
}

/** Is `word` (as written: `Gartner`) a well-known firm's one-word name? The list is read on first use. */
export function isKnownFirm(word: string): boolean {
  firms ??= new Set(
    dictionaryWords().filter(
      (w) =>
        /^\p{Lu}\p{Ll}[\p{L}\p{N}'’-]*$/u.test(w) &&
        !NOT_FIRMS.has(w) &&
        !EXCLUDED.has(w) &&
        !isGivenName(w) &&
        !Object.hasOwn(GIVEN_NAMES, w) &&
        !PLACES.has(w) &&
        !US_STATES.has(w) &&
        !NATIONALITIES.has(w) &&
        !ORG_WORDS.has(w) &&
        !TITLE_TOKENS.has(w),
    ),
  );
  return firms.has(word);
}
