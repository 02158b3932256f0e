/** Place names, for the entity layer (a place never speaks) and for names read after a title (`Senator from …`). */

const words = (s: string): string[] => s.split(/\s+/u).filter(Boolean);

/** Countries, continents, regions and a few large cities: places, never speakers on their own. */
export const PLACES: ReadonlySet<string> = new Set([
  ...words(`
  Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
  Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi
  Cambodia Cameroon Canada Chad Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica
  Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece
  Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Italy Jamaica
  Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya
  Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico
  Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands Holland
  Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal
  Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan
  Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan
  Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain England
  Scotland Wales Europe Asia Africa Antarctica Oceania America Americas Arctic Caribbean Balkans Scandinavia
  Crimea Donbas Gaza Kashmir Tibet Xinjiang Catalonia Flanders Siberia Sahara Sahel Patagonia Hawaii Alaska
  London Paris Berlin Moscow Beijing Tokyo Rome Madrid Brussels Boston Chicago Toronto Sydney Melbourne Dublin
  Edinburgh Glasgow Cardiff Belfast Manchester Liverpool Birmingham Leeds Bristol Vienna Prague Warsaw Budapest
  Athens Istanbul Ankara Cairo Tehran Baghdad Kabul Delhi Mumbai Karachi Lagos Nairobi Johannesburg Shanghai
  Seoul Pyongyang Hanoi Bangkok Jakarta Manila Kyiv Kiev Minsk Ottawa Montreal Vancouver Havana Caracas Lima
  Bogota Santiago Geneva Zurich Stockholm Oslo Copenhagen Helsinki Amsterdam Lisbon Barcelona Milan Naples
  Hollywood Manhattan Brooklyn Seattle Houston Dallas Atlanta Miami Denver Phoenix Detroit Philadelphia Baltimore
  Israel Macedonia Vatican Quebec Ontario Manitoba Saskatchewan Newfoundland Labrador Yukon Nunavut Calgary
  Edmonton Winnipeg Yorkshire Midlands UK U.K.
  `),
  // seats of government that stand for a parliament or a civil service, never for a speaker: `The party's
  // Holyrood leader Ann Roe`, `Westminster politics`
  ...words('Holyrood Westminster Stormont Whitehall'),
  'South Sudan',
  'Burkina Faso',
  'Czech Republic',
  'Dominican Republic',
  'Central African Republic',
  'North Macedonia',
  'Papua New Guinea',
  'East Timor',
  'San Marino',
  'Cape Verde',
  'British Columbia',
  'Nova Scotia',
  'New Brunswick',
  'Prince Edward Island',
  'Northwest Territories',
  'Quebec City',
  'North East',
  'North West',
  'South East',
  'South West',
  'East Midlands',
  'West Midlands',
  'East Anglia',
  'Sri Lanka',
  'South Africa',
  'North Korea',
  'South Korea',
  'New Zealand',
  'Saudi Arabia',
  'United States',
  'United Kingdom',
  'Great Britain',
  'Northern Ireland',
  'Middle East',
  'Hong Kong',
  'Latin America',
  'North America',
  'South America',
  'Costa Rica',
  'El Salvador',
  'Ivory Coast',
  'Sierra Leone',
  'Puerto Rico',
  'Los Angeles',
  'San Francisco',
  'New York City',
  'Washington DC',
  'Washington D.C.',
  'New Delhi',
  'Tel Aviv',
  'Abu Dhabi',
  'Buenos Aires',
  'Mexico City',
  'Rio de Janeiro',
  'Sao Paulo',
  'São Paulo',
  'Cape Town',
  'Las Vegas',
  'New Orleans',
  'West Bank',
  'East Africa',
  'West Africa',
  'South Asia',
  'Southeast Asia',
  'East Asia',
  'Western Europe',
  'Eastern Europe',
  'Central America',
  'Central Asia',
  'Persian Gulf',
  'Gulf',
]);

/**
 * States of the United States: after `Senator from` or `Governor of`, the state belongs to the title, not to the
 * name that follows (`Senator from Vermont Jo Lee` names Jo Lee). Not places for the entity layer on their own:
 * several are also given names.
 */
export const US_STATES: ReadonlySet<string> = new Set([
  ...words(`
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
  Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
  Wisconsin Wyoming
  `),
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'West Virginia',
]);

/**
 * Nationality and place adjectives and words for peoples (`German`, `Canadians`, `Frenchman`): no
 * speaker's name on their own, and a role, never part of the name, when written before one (`Russian
 * Nadia Petrova`).
 */
export const NATIONALITIES: ReadonlySet<string> = new Set([
  ...words(`
  American Americans British Britons Brits English Scottish Scots Welsh Irish Canadian Canadians Chinese French
  German Germans Russian Russians Italian Italians Spanish Spaniards Japanese Korean Koreans Indian Indians
  Pakistani Pakistanis Iranian Iranians Iraqi Iraqis Israeli Israelis Palestinian Palestinians Syrian Syrians
  Turkish Turks Greek Greeks Dutch Belgian Swiss Austrian Swedish Swedes Norwegian Danish Finnish Polish Poles
  Czech Hungarian Romanian Bulgarian Ukrainian Ukrainians Belarusian Mexican Mexicans Brazilian Brazilians
  Argentine Argentinian Chilean Colombian Venezuelan Venezuelans Peruvian Australian Australians European
  Europeans African Africans Asian Asians Arab Arabs Egyptian Egyptians Afghan Afghans Nigerian Nigerians Kenyan
  Kenyans Ethiopian Somali Somalis Sudanese Libyan Libyans Lebanese Jordanian Yemeni Qatari Emirati Kurdish
  Kurds Vietnamese Thai Filipino Filipinos Indonesian Malaysian Singaporean Taiwanese Tibetan Mongolian Kazakh
  Uzbek Armenian Serbian Serbs Croatian Croats Bosnian Albanian Portuguese Western Eastern Northern Southern
  Muslim Muslims Christians Catholic Catholics Protestant Protestants Jewish Jews Hindu Hindus Sikh Sikhs Buddhist Buddhists
  Latino Latinos Hispanic Hispanics Caucasian Native Natives Aboriginal Indigenous Ottoman Soviet Soviets
  Nordic Baltic Balkan Scandinavian Latin Anglo
  Englishman Englishwoman Frenchman Frenchwoman Irishman Irishwoman Scotsman Scotswoman Welshman Welshwoman
  Dutchman Dutchwoman Cornishman Manxman Yorkshireman Yorkshirewoman
`),
]);

/**
 * Words for the people of a state or city (`Texan`, `Londoner`, `New Yorker`): a role before a name, never
 * its part (`New Yorker Dick Morris`). Not typed as no-speakers alone: `the Texan said` is a description
 * of a person, which coreference resolves.
 */
export const RESIDENTS: ReadonlySet<string> = new Set([
  ...words(`
  Londoner Londoners Parisian Parisians Muscovite Muscovites Berliner Texan Texans Californian Californians
  Floridian Floridians Chicagoan Chicagoans Bostonian Bostonians Iowan Iowans Ohioan Ohioans Virginian Virginians
  Georgian Georgians Hoosier Hoosiers Minnesotan Minnesotans Oregonian Coloradan Arizonan Nevadan Alaskan
  Hawaiian Kentuckian Tennessean Carolinian Carolinians Vermonter Vermonters Mancunian Liverpudlian Glaswegian
  Geordie Aussie Aussies Kiwi Kiwis Yank Yanks Quebecer Quebecker Torontonian Albertan Ontarian
`),
  // residents' words of two words: `New Yorker Dick Morris` (a role before the name, never its part)
  'New Yorker',
  'New Yorkers',
  'New Zealander',
  'New Zealanders',
  'New Jerseyan',
  'New Englander',
  'Rhode Islander',
  'Long Islander',
]);

/**
 * The abbreviations news writes for US states after a town (`San Bernardino, Calif.`, `Plymouth, N.H.`), with and
 * without their final period: places, never a speaker. Not `Miss` (an honorific) nor `Me`, `Del`, `Ore` alone,
 * which are words or names too.
 */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `Ala Ariz Ark Calif Colo Conn Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Mo Mont Neb Nebr Nev Okla Penn Pa
  Tenn Tex Va Vt Wash Wis Wyo N.H N.J N.M N.Y N.C N.D S.C S.D R.I W.Va`
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((a) => [a, `${a}.`]),
);

/**
 * Nouns for one person of a nation (`Spaniard`, `Swede`): written before a given name and a surname (`Swede Jo
 * Lind`) they describe the person, as a nationality adjective does (`Australian Jo Lee`). Some are also given
 * names or surnames (`Dane`, `Finn`): they are read so only before a given name and a surname.
 */
export const DEMONYM_NOUNS: ReadonlySet<string> = new Set(
  words(`
  Spaniard Swede Briton Brit Scot Dane Finn Pole Turk Serb Croat Kurd Swiss Frenchman Frenchwoman Englishman
  Englishwoman Scotsman Scotswoman Welshman Welshwoman Irishman Irishwoman Dutchman Dutchwoman Kiwi Aussie
`),
);

/** Nationality words that name no one person of a nation: a direction, a region's or an era's adjective. */
const NOT_ONE_PERSON: ReadonlySet<string> = new Set(
  words(`Western Eastern Northern Southern European Native Latin Anglo Nordic Baltic Balkan Ottoman Soviet Indigenous
  Aboriginal Scandinavian`),
);

/**
 * Is `word` a noun for one person of a nation or a place, as a description's head (`the Brazilian`, `the Dutchman`,
 * `the Spaniard`, `the Texan`)? The singular nouns of the lists: a demonym noun, a resident's word, or a nationality
 * ending as a noun for one person does (`-an`, `-ine`, `-i`, `-man`, `-woman`); not an adjective only (`British`,
 * `French`) nor a plural (`Brazilians`).
 */
export function personOfNation(word: string): boolean {
  if (DEMONYM_NOUNS.has(word)) return true;
  if (RESIDENTS.has(word)) return !/s$/u.test(word);
  return NATIONALITIES.has(word) && !NOT_ONE_PERSON.has(word) && /(?:an|ine|i)$/u.test(word);
}
