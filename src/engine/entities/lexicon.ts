// Word lists the entity stage reasons with: the place names a news desk meets every day,
// the words that end or begin an organisation's or a place's name, titles that precede a
// person's name, and the nationality words that are adjectives, not entities. Compact and
// hand-written; compromise's own lexicon covers many more names through its tags.

/** The form names are compared in: lower case, full stops dropped, single spaces. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

function set(words: string): ReadonlySet<string> {
  return new Set(words.split('|').map(normalizeName).filter(Boolean));
}

/** Countries, US states, continents, regions and major cities (lower case). */
export const PLACES = set(
  // continents, oceans and broad regions
  'Africa|Antarctica|Asia|Europe|North America|South America|Latin America|Central America|Oceania|' +
    'Middle East|Near East|Far East|Balkans|Caribbean|Scandinavia|Siberia|Arctic|Antarctic|Pacific|Atlantic|' +
    'Mediterranean|Gulf|Sahara|Caucasus|Kashmir|West Bank|Gaza|Gaza Strip|Golan Heights|Sinai|Kurdistan|' +
    'Midwest|New England|Pacific Northwest|Southeast Asia|South Asia|East Asia|Central Asia|Western Europe|' +
    'Eastern Europe|Horn of Africa|Persian Gulf|Gulf of Mexico|Great Lakes|' +
    'Chechnya|Crimea|Tibet|Xinjiang|Hong Kong|Macau|Taiwan|Silicon Valley|Wall Street|' +
    // countries
    'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|' +
    'Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|' +
    'Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burma|Burundi|Cambodia|Cameroon|Canada|' +
    'Cape Verde|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|' +
    'Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|England|' +
    'Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|' +
    'Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Holland|Honduras|Hungary|Iceland|India|' +
    'Indonesia|Iran|Iraq|Ireland|Northern Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|' +
    'Kenya|Kiribati|Korea|North Korea|South Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|' +
    'Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macedonia|North Macedonia|Madagascar|Malawi|Malaysia|' +
    'Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|' +
    'Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|Norway|Oman|' +
    'Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|' +
    'Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Scotland|Senegal|Serbia|Seychelles|Sierra Leone|' +
    'Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Swaziland|' +
    'Sweden|Switzerland|Syria|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Trinidad and Tobago|Tunisia|' +
    'Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|' +
    'Great Britain|United States|United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|' +
    'Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Wales|Yemen|Yugoslavia|Zaire|Zambia|Zimbabwe|' +
    'Soviet Union|USSR|Ulster|' +
    // places named with "and", kept whole however the parts read alone
    'Antigua|Barbuda|Antigua and Barbuda|Tobago|St Kitts|Saint Kitts|Nevis|St Kitts and Nevis|Saint Kitts and Nevis|' +
    'St Vincent and the Grenadines|Saint Vincent and the Grenadines|Grenadines|Sao Tome and Principe|São Tomé and Príncipe|' +
    'Turks and Caicos|Turks and Caicos Islands|Wallis and Futuna|Saint Pierre and Miquelon|Heard and McDonald Islands|' +
    'Jammu|Jammu and Kashmir|Andaman and Nicobar|Andaman and Nicobar Islands|Dadra and Nagar Haveli|Daman and Diu|' +
    'Tyne and Wear|Brighton and Hove|Kabardino-Balkaria|Karachay-Cherkessia|Khanty-Mansi|' +
    // US states
    'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|' +
    'Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|' +
    'Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|' +
    'North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|' +
    'South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Washington|Wisconsin|Wyoming|' +
    'Puerto Rico|Guam|District of Columbia|' +
    // counties and regions of the UK ("parts of Cornwall and Devon"), not those that are
    // surnames as often ("Kent", "Durham")
    'Cornwall|Devon|Somerset|Dorset|Essex|Surrey|Sussex|East Sussex|West Sussex|Suffolk|Norfolk|Cumbria|' +
    'Yorkshire|North Yorkshire|West Yorkshire|South Yorkshire|East Yorkshire|Lancashire|Cheshire|Shropshire|' +
    'Wiltshire|Hampshire|Berkshire|Gloucestershire|Northumberland|Lincolnshire|Derbyshire|Nottinghamshire|' +
    'Staffordshire|Warwickshire|Worcestershire|Herefordshire|Oxfordshire|Buckinghamshire|Bedfordshire|' +
    'Hertfordshire|Cambridgeshire|Northamptonshire|Leicestershire|Merseyside|Greater Manchester|West Midlands|' +
    'East Midlands|East Anglia|Fife|Lothian|Gwynedd|Powys|Ceredigion|Pembrokeshire|Anglesey|Antrim|Armagh|' +
    'Tyrone|Fermanagh|Cotswolds|Lake District|Peak District|Dartmoor|Exmoor|' +
    // AP abbreviations of US states ("Flint, Mich.")
    'Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Fla.|Ga.|Ill.|Kan.|Ky.|Md.|Mich.|Minn.|Mo.|Mont.|Neb.|Nev.|N.H.|' +
    'N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Pa.|R.I.|S.C.|S.D.|Tenn.|Tex.|Vt.|Va.|W.Va.|Wis.|Wyo.|D.C.|' +
    // capitals and large cities
    'Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Athens|Baghdad|Baku|Bangkok|' +
    'Barcelona|Beijing|Beirut|Belgrade|Berlin|Bern|Bogota|Bombay|Mumbai|Bonn|Boston|Brasilia|Bratislava|' +
    'Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Calcutta|Kolkata|Canberra|Cape Town|Caracas|Chicago|' +
    'Colombo|Copenhagen|Dakar|Dallas|Damascus|Delhi|New Delhi|Detroit|Dhaka|Doha|Dubai|Dublin|Edinburgh|' +
    'Frankfurt|Geneva|Glasgow|Guangzhou|Hanoi|Harare|Havana|Helsinki|Houston|Islamabad|Istanbul|Jakarta|' +
    'Jerusalem|Johannesburg|Kabul|Kampala|Karachi|Kathmandu|Khartoum|Kiev|Kyiv|Kinshasa|Kuala Lumpur|' +
    'Lagos|Lahore|Las Vegas|Lima|Lisbon|Ljubljana|London|Los Angeles|Luanda|Lusaka|Madrid|Managua|Manila|' +
    'Melbourne|Mexico City|Miami|Milan|Minsk|Mogadishu|Montreal|Moscow|Munich|Nairobi|Naples|New Orleans|' +
    'Nicosia|Osaka|Oslo|Ottawa|Paris|Philadelphia|Phnom Penh|Prague|Pretoria|Pyongyang|Quito|Rabat|' +
    'Riga|Rio de Janeiro|Riyadh|Rome|San Francisco|Santiago|Sao Paulo|Sarajevo|Seattle|Seoul|Shanghai|' +
    'Singapore|Sofia|St. Petersburg|Stockholm|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tel Aviv|' +
    'Tokyo|Toronto|Tripoli|Tunis|Vancouver|Vienna|Vilnius|Warsaw|Washington|Wellington|Yerevan|Zagreb|Zurich|' +
    'Atlanta|Baltimore|Denver|Phoenix|San Diego|Brooklyn|Manhattan|Queens|Bronx|Hollywood|Beverly Hills|' +
    'Liverpool|Manchester|Birmingham|Leeds|Bristol|Belfast|Cardiff|Marseille|Lyon|Hamburg|Cologne|Rotterdam|' +
    'Antwerp|Kuwait City|Jeddah|Mecca|Medina|Basra|Mosul|Aleppo|Kandahar|Gdansk|Krakow|Odessa|Sevastopol|' +
    // more national capitals
    'Antananarivo|Apia|Ashgabat|Asmara|Astana|Asuncion|Bamako|Bangui|Banjul|Bishkek|Bissau|Bloemfontein|' +
    'Brazzaville|Bridgetown|Bujumbura|Castries|Chisinau|Conakry|Dili|Dodoma|Dushanbe|Freetown|Gaborone|' +
    'Georgetown|Guatemala City|Hague|The Hague|Honiara|Jerusalem|Juba|Kigali|Kuwait City|Libreville|' +
    'Lilongwe|Lome|Luxembourg City|Majuro|Malabo|Maputo|Maseru|Mbabane|Monrovia|Montevideo|Moroni|' +
    'Muscat|Nassau|Naypyidaw|Ndjamena|Niamey|Nouakchott|Nuku\'alofa|Ouagadougou|Panama City|Paramaribo|' +
    'Podgorica|Port Louis|Port Moresby|Port of Spain|Port-au-Prince|Porto-Novo|Praia|Reykjavik|Rangoon|' +
    'Yangon|Saigon|Ho Chi Minh City|San Jose|San Juan|San Salvador|Sanaa|Santo Domingo|Skopje|Suva|' +
    'Tegucigalpa|Thimphu|Tirana|Ulaanbaatar|Ulan Bator|Vaduz|Valletta|Vientiane|Windhoek|' +
    'Yamoussoukro|Yaounde|Abidjan|Alma-Ata|Almaty|Peking|' +
    // more large US cities
    'Cincinnati|Milwaukee|Pittsburgh|Oakland|St. Louis|Saint Louis|Kansas City|Minneapolis|St. Paul|' +
    'Cleveland|Indianapolis|Nashville|Memphis|Charlotte|Sacramento|Portland|Salt Lake City|San Antonio|' +
    'Orlando|Tampa|Anaheim|Honolulu|Jacksonville|Fort Worth|El Paso|Albuquerque|Tucson|' +
    'Omaha|Raleigh|Louisville|Newark|Hartford|Anchorage|Little Rock|Des Moines|Boise|Flint|' +
    'Kobe|Kyoto|Hiroshima|Nagasaki|Shenzhen|Chongqing|Wuhan|Calgary|Havana|Kingston|Auckland|Perth|Brisbane|Adelaide',
);

/** Words that end an organisation's name ("Acme Corp.", "Labour Party", "Manchester United"). */
export const ORG_SUFFIXES = set(
  'Inc|Incorporated|Corp|Corporation|Co|Company|Companies|Ltd|Limited|LLC|LLP|PLC|AG|SA|NV|GmbH|Plc|Bhd|' +
    // company forms abroad: "Halden Foods ASA", "Volvo AB", "Pirelli SpA"
    'ASA|AB|Oyj|SpA|KK|BV|SAS|Srl|SARL|Pty|Tbk|Berhad|Ltda|PJSC|KGaA|Homes|Programme|Program|Ratings|' +
    'Group|Holdings|Holding|Industries|Enterprises|Partners|Associates|Ventures|Capital|Investments|Bancorp|' +
    'Bank|Bankers|Securities|Insurance|Trust|Fund|Exchange|Motors|Airlines|Airways|Air|Systems|Technologies|' +
    'Technology|Software|Networks|Communications|Telecom|Pharmaceuticals|Electric|Electronics|Chemical|Chemicals|Energy|Petroleum|Oil|Steel|Mining|' +
    'Media|News|Times|Post|Journal|Herald|Tribune|Gazette|Press|Television|Broadcasting|Radio|Studios|Newsroom|Desk|' +
    'Party|Ministry|Department|Dept|University|College|School|Academy|Institute|Agency|Council|Commission|' +
    'Committee|Board|Authority|Association|Federation|Union|League|Society|Foundation|Organization|Chamber|' +
    'Organisation|Office|Bureau|Service|Services|Court|Tribunal|Senate|Congress|Parliament|Assembly|' +
    'Government|Administration|Cabinet|Army|Navy|Force|Forces|Guard|Police|Constabulary|Church|Hospital|Hospitals|Infirmary|Hospice|Clinic|Centre|' +
    'Center|Museum|Library|Libraries|Club|FC|United|Rovers|Wanderers|Athletic|Athletico|Albion|Rangers|Hotspur|Celtic|' +
    'Brigade|Brigades|Front|Movement|Alliance|Coalition|Caucus|Campaign|Network|Stores|Foods|Brands|Express|' +
    'Consortium|Partnership|Syndicate|Cooperative|Co-operative|Confederation|' +
    // what a company makes or does, as the last word of its name ("Lunova Semiconductor")
    'Semiconductor|Semiconductors|Pharma|Biotech|Labs|Laboratories|Robotics|Therapeutics|Logistics|Automotive|' +
    'Aerospace|Entertainment|Solutions|Resources|Healthcare|Financial|Realty|Properties|Estates|Manufacturing|Devices|' +
    'Instruments|Materials|Dynamics|Analytics|Biosciences|Motor|Shipping|Utilities|Wireless|Telecommunications|' +
    // the network a utility or an operator runs ("Network Rail", "National Grid", "Thames Water")
    'Rail|Railway|Railways|Railroad|Trains|Buses|Ferries|Lines|Grid|Gas|Water|Power',
);

/** Words that begin an organisation's name when "of" follows ("Bank of England"). */
export const ORG_HEADS_OF = set(
  'Agency|Corporation|Company|Centre|Center|Centres|Centers|Assembly|Bank|University|Ministry|Department|Institute|Council|Federation|Commission|Association|Board|Church|' +
    'College|Museum|Court|Office|Bureau|Organization|Organisation|Union|League|Chamber|Academy|Society|' +
    'School|Party|Committee|Army|House|Parliament|Order|Congress|Confederation|Friends|Sons|Daughters|' +
    'Foundation|Journal|Service|Authority|Fund|Hospital|Alliance|Coalition|Conference|Assembly|Secretariat|Trust|' +
    'Diocese|Archdiocese|Campaign|' +
    // unions named for their members ("Communications Workers of America", "Dairy Farmers of America")
    'Workers|Employees|Teachers|Engineers|Machinists|Pilots|Nurses|Farmers|Veterans|' +
    // the same heads in Spanish, Portuguese, French and Italian names ("Banco de Chile")
    'Banco|Banca|Banque|Universidad|Universidade|Université|Partido|Ministerio|Ministério|Instituto|Fundación|Fundação|' +
    'Comisión|Consejo|Compagnie|Société|Compañía|Grupo',
);

/** Words that end ("Hudson River") or begin with "of" ("Gulf of Mexico") a place's name. */
export const PLACE_SUFFIXES = set(
  'River|Mountains|Mountain|Mount|Island|Islands|Isles|Sea|Ocean|Valley|Bay|Gulf|Peninsula|Strait|Straits|' +
    // (landforms that are no one's surname: not "Ridge", "Brook", "Marsh", "Heath")
    'Creek|Canyon|Glacier|Reservoir|Springs|Gorge|Fjord|Estuary|Lagoon|Wetlands|' +
    'Desert|Lake|Lakes|Province|Prefecture|Region|Street|St|Avenue|Ave|Boulevard|Road|Square|Airport|Canal|' +
    'Falls|Heights|Beach|Harbor|Harbour|Coast|Plain|Plains|Plateau|Basin|Delta|Forest|Hills|Park|Territory|' +
    'Territories|Republic|Emirates|Kingdom|Oblast|District|Township|Borough|Village|Town|City|County|State|' +
    'Hotel|Stadium|Arena|Highway|Expressway|Motorway|Freeway|Bypass|Tunnel',
);
export const PLACE_HEADS_OF = set(
  'Republic|Gulf|Bay|Isle|Sea|Strait|Straits|Kingdom|Cape|Lake|Mount|City|State|Province|County|Port|' +
    'Puerto|Porto|Ciudad|Isla|Lago|Golfo|Cabo|Bahía|Bahia|Monte',
);

/** Words that begin a place's name (no "of" needed): "Lake Victoria", "Mount Everest". */
export const PLACE_PREFIXES = set('Lake|Loch|Lough|Mount|Mt|Cape|Port|Fort|Saint|San|Santa|Los|Las|New|North|South|East|West');

/**
 * Titles and honorifics that precede a person's name and become a descriptor
 * ("Sen. Warren", "President Obama", "Secretary of State John Kerry").
 */
export const PERSON_TITLES = set(
  'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Reverend|Fr|Father|Rabbi|Imam|Sheikh|Sheik|' +
    'Sen|Senator|Rep|Representative|Congressman|Congresswoman|Gov|Governor|Lt. Gov|President|' +
    'Vice President|Premier|Chancellor|Minister|Secretary|Mayor|Judge|Justice|Gen|General|Col|Colonel|Lt|' +
    'Lieutenant|Maj|Capt|Captain|Sgt|Sergeant|Cpl|Corporal|Pvt|Private|Adm|Admiral|Cmdr|Commander|' +
    'King|Queen|Prince|Princess|Emperor|Empress|Pope|Cardinal|Archbishop|Bishop|Ayatollah|Chairman|' +
    'Chairwoman|Chairperson|Chair|Ambassador|Commissioner|Inspector|Detective|Officer|Sheriff|Coach|Speaker|' +
    'Leader|Attorney|Prosecutor|Councilman|Councilwoman|Councillor|Alderman|Senator-elect|President-elect|' +
    'Duke|Duchess|Count|Countess|Baron|Baroness|Lama|Mullah|Marshal|Superintendent|Chief|' +
    'Sens|Reps|Govs|Drs|Messrs|Executive|Officer|Director|Adviser|Advisor|Spokesman|Spokeswoman|Spokesperson|Editor|Economist|Analyst|' +
    'Founder|Manager|Treasurer|Comptroller|Counsel|Envoy|Delegate|Nominee|Candidate|Chair|Chairperson|' +
    // police and council ranks, written out and shortened: "Det Insp", "Supt", "Cllr"
    'Constable|Det|Insp|Supt|Ch Supt|Cllr|Coun|Cr|Nurse|' +
    // school heads: "Headteacher Rhian Pritchard"
    'Headteacher|Headmaster|Headmistress|' +
    // members of parliaments before a name: "MSP Isla Baird" ("MP" is read as a role, and "TD" opens "TD Securities")
    'MSP|MEP|MLA|' +
    // a newsroom's own titles, in bylines: "By Priya Natarajan, Property Correspondent"
    'Correspondent|Reporter|Columnist|Editor-at-large|Writer-at-large',
);

/** Ranks shortened to a word that is a title only after a force ("Det Con Amy Walsh"; "Con Edison" is a company). */
export const SHORT_RANKS = set('Con');

/** Words that qualify a title ("Prime Minister", "First Minister", "Foreign Secretary", "Deputy Mayor"). */
export const TITLE_MODIFIERS = set(
  'Prime|First|Deputy|Vice|Acting|Interim|Former|Foreign|Defence|Defense|Finance|Interior|Home|Trade|Justice|' +
    'Health|Education|Energy|Economy|Economic|Agriculture|Labour|Labor|Transport|Culture|Environment|' +
    'Attorney|Chief|Executive|Senior|Junior|Assistant|Associate|General|Secretary|State|Treasury|Supreme|' +
    // "Grand Duke", "Crown Prince", "Field Marshal", "Dalai Lama", "U.S. District Judge": only with a title after them
    'Grand|Crown|Field|Dalai|District|Circuit|Magistrate|' +
    'Majority|Minority|House|Senate|Opposition|Party|Sports|Industry|Commerce|Communications|Information|' +
    // a force before a rank: "Police Constable", "Garda Superintendent", "Detective Chief Inspector"
    'Police|Garda|Fire|Detective|Det|Ch',
);

/** Titles strong enough to mark the next name a person even in the middle of a capitalised run. */
export const STRONG_TITLES = set(
  'Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gov|Governor|President|Premier|Chancellor|Minister|Secretary|Mayor|Judge|' +
    'King|Queen|Prince|Princess|Pope|Sheikh|Ayatollah|Chairman|Chairwoman|Chair|Chairperson|Ambassador|Coach|Congressman|' +
    'Congresswoman|Lt|Gen|Col|Capt|Sgt|Adm|Prof|Rev|Sir|Dame|Lord|Lady|Emperor|Cardinal|Archbishop|Bishop',
);

/** Nationality and group adjectives: capitalised but not entities ("North Korean", "Texan"). */
export const DEMONYMS = set(
  'American|Americans|British|Briton|Britons|English|Scottish|Scots|Welsh|Irish|French|German|Germans|' +
    'Italian|Italians|Spanish|Spaniard|Portuguese|Dutch|Belgian|Swiss|Austrian|Swedish|Swede|Norwegian|' +
    'Danish|Dane|Finnish|Finn|Icelandic|Polish|Pole|Czech|Czechs|Slovak|Hungarian|Romanian|Bulgarian|Greek|' +
    'Greeks|Turkish|Turk|Turks|Cypriot|Russian|Russians|Ukrainian|Belarusian|Georgian|Armenian|Azeri|' +
    'Serbian|Serb|Serbs|Croatian|Croat|Croats|Bosnian|Slovenian|Albanian|Macedonian|Kosovar|Chinese|' +
    'Japanese|Korean|Koreans|Taiwanese|Vietnamese|Thai|Cambodian|Burmese|Malaysian|Indonesian|Filipino|' +
    'Indian|Indians|Pakistani|Pakistanis|Afghan|Afghans|Bangladeshi|Nepali|Sri Lankan|Iranian|Iranians|' +
    'Iraqi|Iraqis|Syrian|Syrians|Lebanese|Israeli|Israelis|Palestinian|Palestinians|Jordanian|Saudi|' +
    'Saudis|Kuwaiti|Emirati|Yemeni|Egyptian|Egyptians|Libyan|Tunisian|Algerian|Moroccan|Sudanese|' +
    'Ethiopian|Somali|Kenyan|Ugandan|Nigerian|Ghanaian|Senegalese|Congolese|Angolan|Zimbabwean|' +
    'South African|Canadian|Canadians|Mexican|Mexicans|Cuban|Cubans|Haitian|Jamaican|Brazilian|' +
    'Argentine|Argentinian|Chilean|Colombian|Peruvian|Venezuelan|Bolivian|Ecuadorean|Ecuadorian|Uruguayan|' +
    'Paraguayan|Australian|Australians|New Zealander|European|Europeans|African|Africans|Asian|Asians|' +
    'Latin|Latino|Latinos|Latina|Hispanic|Hispanics|Arab|Arabs|Arabic|Kurdish|Kurd|Kurds|Persian|Jewish|' +
    'Jew|Jews|Muslim|Muslims|Christian|Christians|Catholic|Catholics|Protestant|Hindu|Hindus|Buddhist|Sikh|' +
    'Sunni|Shia|Shiite|Shi\'ite|Islamic|Western|Eastern|Northern|Southern|Soviet|Texan|Californian|' +
    'Republican|Republicans|Democrat|Democrats|Democratic|Conservative|Conservatives|Liberal|Liberals|' +
    'Socialist|Socialists|Communist|Communists|Nazi|Nazis|Olympic|Olympics|Caribbean|Nordic|Baltic|Balkan|' +
    'Chechen|Chechens|Yugoslav|Yugoslavs|Tajik|Tajiks|Uzbek|Uzbeks|Kazakh|Kazakhs|Hutu|Hutus|Tutsi|Tutsis|' +
    'Pashtun|Tamil|Tamils|Sinhalese|Basque|Basques|Catalan|Flemish|Walloon|Afrikaner|Afrikaners|Moslem|' +
    'Moslems|Azeris|Bosnians|Roma|Inuit|Maori|Aboriginal|Zionist|' +
    'Slav|Slavic|Celtic|Gaelic|Scandinavian|Mediterranean|Atlantic|Pacific|Asiatic|Anglo|Franco|Sino|Indo',
);

/** Compass words that may precede a demonym ("North Korean", "West Indian"). */
export const COMPASS = set('North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower');

/** Lower-case words allowed inside a name ("Bank of England", "Charles de Gaulle"). */
export const NAME_CONNECTORS = set('of|de|du|des|da|di|del|della|van|von|der|den|ter|la|le|bin|ibn|al|el|y|&');

/** Corporate endings dropped to link "Acme" with "Acme Corp.". */
export const CORPORATE_ENDINGS = set(
  'Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|PLC|Plc|Group|Holdings|AG|SA|NV|GmbH|' +
    'ASA|AB|Oyj|SpA|KK|BV|SAS|Srl|SARL|Pty|Tbk|Berhad|Bhd|Ltda|PJSC|KGaA',
);

/**
 * Last words of a company's name that say what it makes or does: "Lunova" after "Lunova
 * Semiconductor" is the company, as "Acme" is after "Acme Corp." (but "Texas" after "Texas
 * Instruments" is still the state).
 */
export const INDUSTRY_ENDINGS = set(
  'Semiconductor|Semiconductors|Pharma|Pharmaceuticals|Biotech|Labs|Laboratories|Robotics|Therapeutics|Logistics|' +
    'Capital|Partners|Securities|Investments|Insurance|Bancorp|Bank|Advisors|Advisers|' +
    'Automotive|Aerospace|Entertainment|Motors|Motor|Airlines|Airways|Air|Systems|Technologies|Technology|Software|' +
    'Networks|Communications|Telecom|Electronics|Energy|Petroleum|Steel|Mining|Industries|Enterprises|Foods|Brands|' +
    'Stores|Instruments|Devices|Materials|Dynamics|Shipping|Wireless|Healthcare|Financial|Realty|Properties|Estates|' +
    'Ferries|Lines|Cruises|Freight|Aviation|Telecoms|Utilities|Hotels|Resorts|Brewery|Breweries|Textiles|Apparel|Cosmetics|Beverages|Health',
);

/** Last words of a body's name that say where it works: "Reform" after "Reform UK", "Amnesty" after "Amnesty International". */
export const BRANCH_ENDINGS = set('UK|US|USA|International|Global|Worldwide');

/**
 * Compound role nouns written as one word ("chipmaker", "automaker", "drugmaker"): a word
 * ending in one of these, after an ordinary word, names what a company or person is.
 */
export const ROLE_NOUN_ENDINGS = ['maker', 'makers', 'builder', 'giant', 'firm', 'company', 'producer', 'retailer', 'carrier', 'operator', 'owner'];

/**
 * Last words of a club's name that a report drops on second reference: "Marlow" after
 * "Marlow Athletic" is the club (a town on the place list stays the town).
 */
export const TEAM_ENDINGS = set('United|Athletic|Rovers|Wanderers|Albion|Hotspur|FC|AFC|Rangers|Harriers|Dynamo');

/** Abbreviations whose full stop belongs to the name ("Acme Inc.", "Jr."). */
export const NAME_ABBREVIATIONS = set('Inc|Corp|Co|Ltd|Jr|Sr|Bros|St|Mt|Ft|Dept|Plc|Ave');

/** Verbs whose bare form opens a sentence with someone or something named after it ("Ask Mayor Ana Ruiz", "Call Acme"). */
export const OBJECT_VERBS = set(
  'ask|meet|tell|thank|call|let|help|invite|welcome|blame|trust|follow|watch|remember|forget|elect|vote|join|see|hear|congratulate|urge|make',
);

/** Lower-case role nouns that, just before a name, describe it ("chipmaker Acme"). */
export const ROLE_NOUNS = set(
  'company|firm|group|maker|giant|agency|carrier|bank|lender|retailer|insurer|startup|airline|newspaper|daily|weekly|tabloid|' +
    'network|broadcaster|automaker|carmaker|chipmaker|conglomerate|rival|partner|regulator|ministry|party|' +
    'club|team|side|organization|organisation|charity|union|manufacturer|producer|developer|publisher|' +
    // what a business is ('the rail operator Northway', 'the supermarket chain Aldi')
    'operator|chain|supermarket|utility|supplier|distributor|wholesaler|brewer|haulier|housebuilder',
);

/** Capitalised abbreviations that are not names ("GMT", "CEO", "GDP"). */
export const COMMON_ABBREVIATIONS = set(
  'GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|AM|PM|GDP|GNP|CPI|CEO|CFO|COO|CTO|TV|OK|AIDS|HIV|DNA|IPO|VAT|' +
    'PC|ID|UFO|FAQ|PR|HQ|MP|MPs|VIP|ATM|SUV|USD|EUR|RPM|MPH|KM|KG|AD|BC|' +
    // technology, health and trade: "AI chips", "the EV maker", "an LNG terminal"
    'AI|AGI|EV|EVs|LNG|LPG|GPS|LED|LEDs|USB|API|APIs|VPN|SMS|PDF|CCTV|MRI|ICU|IVF|PPE|GMO|GMOs|ESG|AGM|NGO|NGOs|' +
    'CEOs|ATMs|SUVs|IPOs|PhD|MBA|HGV|UAV|UAVs|' +
    // examinations ("Our GCSE pass rate")
    'GCSE|GCSEs|IGCSE|' +
    // people by their job ("GPs should prescribe walking", "two A&E nurses") and sports statistics ("a 3.21 ERA", "120 RBIs")
    'GP|GPs|A&E|ERA|RBI|RBIs|MVP|MVPs|' +
    // vaccines and tests ("Uptake of the MMR vaccine", "the HPV jab", "a PCR test")
    'MMR|HPV|BCG|PCR',
);

/**
 * Honours written after a name or after "appointed", "made", "awarded" ("Jane Doe OBE", "was
 * made an MBE"): letters a person holds, never a body's name. A closed class, as the crown
 * awards them.
 */
export const HONOURS = set('OBE|MBE|CBE|KBE|DBE|GBE|BEM|KCMG|GCMG|CMG|KCB|GCB|KCVO|GCVO|CVO|LVO|MVO|QPM|KPM|QFSM|OBEs|MBEs|CBEs|' +
  // King's and Queen's Counsel, after a barrister's or a judge's name: "Judge Catherine Ashworth KC"
  'KC|QC');

/**
 * What a ministry or a department is for, as its name lists it ("Department for Culture,
 * Media and Sport", "Ministry of Agriculture, Fisheries and Food"): the areas of government,
 * a closed class. Many are words the tagging lexicon does not list.
 */
export const PORTFOLIOS = set(
  'Culture|Media|Sport|Sports|Arts|Heritage|Tourism|Digital|Food|Rural|Affairs|Environment|Agriculture|Fisheries|Forestry|' +
    'Health|Care|Social|Education|Skills|Science|Innovation|Technology|Research|Energy|Climate|Change|Net|Zero|Security|' +
    'Business|Trade|Industry|Industrial|Strategy|Enterprise|Employment|Work|Pensions|Welfare|Labour|Transport|Infrastructure|' +
    'Housing|Communities|Local|Government|Levelling|Up|Justice|Defence|Defense|Finance|Economy|Planning|Development|' +
    'Youth|Women|Equalities|Equality|Children|Families|Schools|Lifelong|Learning|Water|Natural|Resources|Mines|Land|' +
    'Foreign|Home|Interior|Immigration|Citizenship|Veterans|Regions|Cities|Commerce|Competition|Consumer|Consumers|Public|Services|' +
    // a reporter's beat ("Property Correspondent", "Crime Reporter")
    'Property|Crime|Courts|Political|Politics|Diplomatic|Economics|Motoring|Travel|Music|Film',
);

/** Abbreviations for a member of a parliament: a person's role in "Jane Doe, the Labour MP,". */
export const LAWMAKERS = set('MP|MPs|MSP|MSPs|MEP|MEPs|TD|TDs|MLA|MLAs');

/** Last words of events, competitions, wars and documents: names, but not of a person, place or organisation. */
export const EVENT_ENDINGS = set(
  'Open|Games|Olympics|Cup|Championship|Championships|Tournament|Trophy|Prix|Classic|Marathon|Bowl|Series|' +
    'Festival|Awards|Award|Prize|War|Revolution|Protocol|Treaty|Accord|Accords|Agreement|Act|Convention|' +
    'Declaration|Summit|Expo|Fair|Week|Day|Era|Age|Amendment',
);

/**
 * What a country's or a place's body runs, named with the place ("UK Athletics", "England
 * Rugby", "UK Export Finance", "Statistics Canada", "British Cycling", "Scottish Water"): a
 * sport, a public service, a sector.
 */
export const BODY_NOUNS = set(
  'Athletics|Cycling|Sport|Sports|Rugby|Football|Cricket|Tennis|Golf|Hockey|Swimming|Swim|Rowing|Sailing|Boxing|' +
    'Gymnastics|Triathlon|Basketball|Netball|Volleyball|Badminton|Skiing|Snowsport|Equestrian|Archery|Judo|Fencing|' +
    'Canoeing|Squash|Finance|Rail|Railways|Water|Power|Tourism|Heritage|Statistics|Transport|Enterprise|Aid|Opera|Ballet',
);

/**
 * Landforms and structures, which with a place's name name a spot in it ("London Bridge",
 * "Castle Hill", "Victoria Station"): a closed set of words for where things are, unlike the
 * body a place's name and another noun make ("Police Scotland", "Health Canada").
 */
export const LANDMARKS = set(
  'Bridge|Hill|Palace|Castle|Tower|Towers|Gate|Station|Market|Abbey|Pier|Dock|Docks|Gardens|Garden|Common|Green|' +
    'Heath|Moor|Wood|Woods|Marsh|Fields|Cross|Circus|Terrace|Row|Lane|Way|Place|Quay|Wharf|Mall|Centre|Center|' +
    'Downs|Fen|Glen|Ridge|Point|Head|Sound|Creek|Springs|Rock|Reef|Dam|Reservoir|Canyon|Pass|Cove|Estuary|Downtown',
);

/**
 * Holidays and festivals ("at Christmas", "during Ramadan", "Eid al-Fitr"): dates of the
 * calendar like months, no person, place or organisation. The tagging build the engine loads
 * has no holiday words, so they are listed (a closed class: the feasts news copy names).
 */
export const HOLIDAYS = set(
  'Christmas|Xmas|Easter|Ramadan|Diwali|Deepavali|Hanukkah|Chanukah|Thanksgiving|Eid|Eid al-Fitr|Eid al-Adha|' +
    'Eid ul-Fitr|Eid ul-Adha|Passover|Pesach|Yom Kippur|Rosh Hashanah|Halloween|Lent|Advent|Pentecost|Whitsun|' +
    'Epiphany|Holi|Navratri|Dussehra|Vesak|Nowruz|Kwanzaa|Hogmanay|Purim|Sukkot|Shavuot|Good Friday|Ash Wednesday|' +
    'Shrove Tuesday|Mardi Gras|New Year|Lunar New Year|Chinese New Year|Vaisakhi|Baisakhi|Onam|Pongal|Durga Puja',
);

/** Institutions named by one word ("Congress", "the Kremlin"). */
export const INSTITUTIONS = set(
  'Congress|Senate|Parliament|Pentagon|Kremlin|Cabinet|Treasury|Army|Navy|Judiciary|Bundestag|Duma|Knesset|' +
    'Politburo|Interpol|Europol|Hamas|Hezbollah|Taliban|Labour|Tories',
);

/**
 * Organisations every newsroom cites: news agencies and broadcasters, and the international
 * bodies known by short names ("Reuters", "the Fed", "NATO").
 */
export const KNOWN_ORGANIZATIONS = set(
  'Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|Xinhua|Interfax|Itar-Tass|Tass|Kyodo|' +
    'Yonhap|BBC|CNN|NBC|CBS|ABC|Fox News|NPR|PBS|MSNBC|Al Jazeera|Dow Jones|' +
    'Fed|Federal Reserve|NATO|U.N.|UN|United Nations|EU|European Union|IMF|World Bank|WTO|OPEC|UNESCO|' +
    'UNICEF|UNHCR|Red Cross|Red Crescent|FIFA|IOC|UEFA|ASEAN|African Union|Arab League|OECD|G7|G20|' +
    'FBI|CIA|NSA|NASA|EPA|IRS|FDA|SEC|Pentagon|Kremlin|Interpol|' +
    // parties whose names read as people's or are letters
    'Sinn Féin|Sinn Fein|Fianna Fáil|Fianna Fail|Fine Gael|Plaid Cymru|SNP|DUP|SDLP|BJP|ANC|AfD|CDU|SPD|Likud|Fidesz',
);

/**
 * AP's abbreviations of US states, as written before their full stop ("SPRINGDALE, Ark.
 * (AP)"), and the states' names: a reader of the hover card sees "Arkansas".
 */
export const AP_STATES: ReadonlyMap<string, string> = new Map([
  ['Ala', 'Alabama'], ['Ariz', 'Arizona'], ['Ark', 'Arkansas'], ['Calif', 'California'], ['Colo', 'Colorado'],
  ['Conn', 'Connecticut'], ['Fla', 'Florida'], ['Ga', 'Georgia'], ['Kan', 'Kansas'], ['Ky', 'Kentucky'],
  ['Md', 'Maryland'], ['Mass', 'Massachusetts'], ['Mich', 'Michigan'], ['Minn', 'Minnesota'], ['Mo', 'Missouri'],
  ['Mont', 'Montana'], ['Neb', 'Nebraska'], ['Nev', 'Nevada'], ['Okla', 'Oklahoma'], ['Ore', 'Oregon'],
  ['Pa', 'Pennsylvania'], ['Tenn', 'Tennessee'], ['Tex', 'Texas'], ['Va', 'Virginia'], ['Vt', 'Vermont'],
  ['Wash', 'Washington'], ['Wis', 'Wisconsin'], ['Wyo', 'Wyoming'],
]);

/**
 * Short forms every reader knows for a body, and the full names they stand for ("the Fed" is
 * the Federal Reserve, "the Met" the Metropolitan Police): a short form joins the full name
 * when the article uses exactly one of them. Short forms made of initials are found by their
 * letters (entities.ts linkAcronyms) and need no entry here.
 */
export const WELL_KNOWN_SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['Fed', 'Federal Reserve|Federal Reserve Board|Federal Reserve System|U.S. Federal Reserve|US Federal Reserve'],
      ['Met', 'Metropolitan Police|Metropolitan Police Service|Met Police|Met Office|Metropolitan Opera|Metropolitan Museum of Art'],
      ['Bundesbank', 'Deutsche Bundesbank'],
      ['Commons', 'House of Commons'],
      ['Lords', 'House of Lords'],
      ['Amex', 'American Express'],
      ['StanChart', 'Standard Chartered'],
      ['Aramco', 'Saudi Aramco'],
      ['Stormont', 'Northern Ireland Assembly'],
      ['Holyrood', 'Scottish Parliament'],
      ['Beeb', 'BBC|British Broadcasting Corporation'],
      ['Tories', 'Conservative Party'],
    ] as const
  )
    .map(([short, full]): [string, readonly string[]] => [normalizeName(short), [...set(full)]])
    // AP's state abbreviations, in datelines and after towns ("REDDING, Calif. (AP)")
    .concat([...AP_STATES].map(([short, full]): [string, readonly string[]] => [normalizeName(short), [normalizeName(full)]])),
);

/**
 * What a company owns or employs, named after its possessive: "Lunova's shares", "Talvik's
 * chief executive", "Pirelli's cables division". Not what a person has as well (a
 * spokesman, a manager, earnings).
 */
export const COMPANY_POSSESSIONS = set(
  'share|shares|share price|stock|stocks|shareholders|stockholders|bondholders|subsidiary|subsidiaries|unit|division|' +
    'chief executive|chief financial officer|ceo|cfo|chairman|chairwoman|chair|chairperson|trustees|board|headquarters|head office|employees|workforce|' +
    'bonds|profit|profits|revenue|revenues|sales|turnover|' +
    'market value|market capitalisation|market capitalization|net income|net loss|pretax profit|operating profit',
);

/**
 * The same, and the staff of a firm or a club, written after its name as a modifier:
 * "Pirelli shares", "Ericsson spokesman", "Deportivo chairman", "Chelsea defender".
 */
export const COMPANY_MODIFIED = set(
  [...COMPANY_POSSESSIONS].join('|') +
    '|spokesman|spokeswoman|spokesperson|executive|executives|earnings|newspaper|daily|' +
    'defender|striker|midfielder|goalkeeper|keeper|winger|forward|coach|manager|captain|player|players|squad|' +
    'teammate|teammates|team-mate|team-mates',
);

/** What is held "of" or "in" a company: "a stake in Lunova", "shares of Talvik", "percent of Ruch". */
export const COMPANY_HOLDINGS = set(
  'shares|stake|stock|holding|holdings|shareholders|stockholders|subsidiary|unit|division|percent|ceo|' +
    'chairman|chairwoman|executive|takeover|acquisition|shareholder|stakeholder|owners|owner',
);

/** People who work at a firm: "analysts at Morgan Stanley", "bankers at Halvorsen Hatch". */
export const WORKFORCE = set(
  'analysts|economists|strategists|bankers|traders|executives|employees|workers|engineers|researchers|' +
    'lawyers|partners|managers|directors|scientists|auditors|brokers|dealers|staff|staffers',
);

/** Verbs a company's results follow ("reported a net loss"), and the results themselves. */
export const RESULT_VERBS = set('reported|reports|posted|posts|booked|books|recorded|records|announced|forecast|forecasts|expects|expected');
export const RESULTS = set(
  'profit|profits|loss|losses|revenue|revenues|earnings|sales|income|turnover|dividend|dividends|margin|margins|results',
);

/**
 * Firms whose names read like people's ("Morgan Stanley", "Lloyds", "Baker McKenzie"): what a
 * business reader simply knows. One signal among the others (companyEvidence), so that
 * "Mr." or a person's role still makes a person of the same words.
 */
export const FIRMS_NAMED_LIKE_PEOPLE = set(
  'Morgan Stanley|Goldman Sachs|JPMorgan|J.P. Morgan|JPMorgan Chase|Merrill Lynch|Lehman Brothers|Bear Stearns|' +
    'Salomon Brothers|Smith Barney|Dean Witter|Paine Webber|Kidder Peabody|Charles Schwab|Raymond James|' +
    'Edward Jones|Cantor Fitzgerald|Wells Fargo|Lloyds|Barclays|Schroders|Rothschild|Lazard|Warburg|' +
    'Deloitte|Ernst & Young|Price Waterhouse|PricewaterhouseCoopers|Arthur Andersen|McKinsey|Baker McKenzie|' +
    'Clifford Chance|Allen & Overy|Freshfields|Linklaters|Slaughter and May|Sullivan & Cromwell|Skadden|' +
    'Procter & Gamble|Johnson & Johnson|Marks & Spencer|Sainsbury|Sotheby|Eli Lilly|Philip Morris|' +
    'Hewlett-Packard|Harley-Davidson|Rolls-Royce|Berkshire Hathaway|Abercrombie & Fitch|Dolce & Gabbana',
);
