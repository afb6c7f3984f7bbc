/* SPDX-License-Identifier: MIT
 *
 * Names: people, organisations and places, found as runs of capitalised
 * words and sorted by tables: titles that make a role ("President
 * Vladimir Putin" is Vladimir Putin, role President), words that make an
 * organisation ("Institution", "Ministry", "Inc."), and a gazetteer of
 * places. A later short form ("Putin") points to the full name it stands
 * for through `ref`.
 */
#define G_LOG_DOMAIN "storywatch-facts"

#include <string.h>

#include "facts-private.h"

/* ---- tables ---- */

/* titles, longest first where one is the start of another */
static const gchar *const sw_names_titles[] = {
    "Vice President", "President", "President-elect", "Vice President-elect",
    "Prime Minister", "Deputy Prime Minister", "Foreign Minister",
    "Defense Minister", "Defence Minister", "Finance Minister", "Interior Minister", "Minister", "General Secretary",
    "Secretary of State", "Secretary-General", "Secretary General", "Director-General", "Director General", "Secretary", "Chancellor",
    "State Councilor", "State Councillor", "Councillor", "Councilor", "Councilman",
    "Councilwoman", "King", "Queen", "Prince", "Princess", "Emperor", "Senator", "Sen.",
    "Representative", "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor",
    "General", "Gen.", "Lt. Gen.", "Maj. Gen.", "Colonel", "Col.", "Major", "Maj.",
    "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral", "Adm.",
    "Commander", "Cmdr.", "Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer",
    "Chief Technology Officer", "Chief Information Officer", "Chief Investment Officer",
    "Chief Marketing Officer", "Chief Medical Officer", "Chief Economist", "Chief Strategist",
    "Chief Constable", "Chief Inspector", "Chief of Staff", "Chief Executive", "CEO", "CFO", "COO", "CTO", "Chairman", "Chairwoman", "Chair",
    "Director", "Judge", "Justice", "Chief Justice", "Pope", "Cardinal", "Bishop",
    "Archbishop", "Rabbi", "Imam", "Sheikh", "Ambassador", "Commissioner", "Spokesman",
    "Spokeswoman", "Spokesperson", "Professor", "Prof.", "Prof", "Dr.", "Dr", "Detective", "Officer",
    "Inspector", "Superintendent", "Chief", "Coach", "Manager", "Editor", "Speaker", "Leader",
    "Attorney General", "Whip", "Sheriff", "Pastor", "Father", "Sister", "Brother", "Advisor",
    "Adviser", "Treasurer", "Attorney", "Rev.", "Reverend", "Founder", "Co-founder", "Presidents", "Justices",
    "Senators", "Ministers", "Premier", "Vice Premier", "Crown Prince", "Sultan", "Emir", "Ayatollah",
    "Patriarch", "Marshal", "Field Marshal", "Brigadier", "Corporal", "Magistrate", "Prosecutor",
    "District Attorney", "Solicitor General", "Inspector General", "Surgeon General", "Comptroller",
    "Envoy", "Consul", "Chairperson", "MP", "MEP", "MSP", "MPs", "MEPs", "Press Secretary",
    "Correspondent", "Reporter", "Columnist", "Administrator",
    /* players by position, and other trades a story puts before a name */
    "Striker", "Midfielder", "Defender", "Goalkeeper", "Winger", "Quarterback", "Pitcher", "Batsman", "Bowler",
    "Jockey", "Trainer", "Referee", "Umpire", "Skipper", "Actor", "Actress", "Singer", "Novelist",
    "Analyst", "Lawyer", "Architect", "Footballer", "Cricketer", "Boxer", "Golfer", "Swimmer", "Athlete",
    "Sprinter", "Cyclist", "Rapper", "Musician", "Comedian", "Presenter", "Author",
    "Businessman", "Businesswoman", "Tycoon", "Billionaire", "Entrepreneur", "Chef",
    /* a race's: "Challenger Maria Ruiz won" */
    "Challenger", "Nominee",
    /* British police ranks, written out and short */
    "Detective Inspector", "Detective Chief Inspector", "Detective Sergeant", "Detective Superintendent",
    "Detective Chief Superintendent", "Detective Constable", "Chief Superintendent", "Police Constable",
    "Assistant Chief Constable", "Deputy Chief Constable", "Det Ch Insp", "Det Insp", "Det Sgt", "Det Supt",
    "Det Ch Supt", "Det Con", "Ch Supt", "Ch Insp", "Supt", "Insp", "Sgt", "DCI", "DCS",
    /* military ranks short, written without stops in Britain (not "Gen"
     * alone: "Gen Z") */
    "Lt", "Lt Col", "Lt Gen", "Maj Gen", "Brig Gen", "Col", "Maj", "Capt", "Cpl", "Cdr", "Adm",
};

/* titles of several people, each named after them with the title in
 * the singular */
static const gchar *const sw_names_plural_titles[] = {"Presidents", "Justices", "Senators", "Ministers", "MPs", "MEPs"};

/* courtesy titles: not a role, not part of the name */
static const gchar *const sw_names_honorifics[] = {
    "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord", "Lady",
};

/* first words of organisations, never of a person's name */
static const gchar *const sw_names_org_leads[] = {
    "National", "Royal", "Federal", "Imperial", "Global", "Allied", "Consolidated",
    /* clubs: "Real Madrid", "Sporting Lisbon", "Inter Milan" */
    "Real", "Atletico", "Sporting", "Inter", "Olympique", "Borussia", "Dynamo", "Dinamo", "Lokomotiv",
    "Spartak", "Deportivo", "Athletic",
    /* firms in other languages: "Grupo Televisa", "Banco Santander", "Deutsche Telekom" */
    "Grupo", "Groupe", "Banco", "Banque", "Banca", "Compañía", "Compagnie", "Société", "Transportes",
    "Aerolíneas", "Industrias", "Deutsche",
};
static SwWordSet sw_names_org_leads_set = SW_WORD_SET(sw_names_org_leads);

/* a country's letters */
static const gchar *const sw_names_country_codes[] = {"UK", "U.K.", "US", "U.S.", "USA", "GB", "EU"};
static SwWordSet sw_names_country_codes_set = SW_WORD_SET(sw_names_country_codes);

/* words that make a run of names an organisation */
static const gchar *const sw_names_org_words[] = {
    "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Company", "Ltd.", "Ltd", "LLC", "LLP",
    "Pty", "N.V.", "S.A.", "SpA", "S.p.A.", "PLC", "plc", "AG", "SA", "GmbH", "Cie.", "Cie", "Group",
    "Holdings", "Bank", "Agency", "Ministry",
    "Department", "Office", "Council", "Committee", "Commission", "Party", "Union",
    "University", "College", "School", "Institute", "Institution", "Foundation",
    "Association", "Organisation", "Organization", "Authority", "Court", "Parliament",
    "Congress", "Senate", "Assembly", "Navy", "Army", "Air Force", "Police", "Times", "Post",
    "News", "Journal", "Press", "Herald", "Tribune", "Gazette", "Magazine", "Radio",
    "Television", "TV", "Network", "Service", "Services", "Systems", "Technologies",
    "Airlines", "Airline", "Airways", "Motors", "Industries", "Partners", "Fund", "Federation",
    "League", "Club", "Church", "Hospital", "Board", "Bureau", "Administration", "Cabinet",
    "Government", "Forces", "Guard", "Front", "Movement", "Alliance", "Coalition", "Society",
    "Trust", "Exchange", "Reserve", "Marine", "Media", "Telecom", "Telecommunications",
    "Cooperation", "Summit", "Forum", "House", "Kremlin", "Pentagon", "Images", "Studios", "Port",
    "Nations", "Treasury", "Archdiocese", "Diocese", "Centers", "Centres", "Institutes",
};

/* words that make a run an organisation after a first word of its own,
 * and alone say nothing ("the Embassy", "Brothers"): "U.S. Embassy",
 * "Fidelity Investments", "the Warsaw Pact", "Newark International
 * Airport"; in a run of more than four words they end a title-case
 * headline ("Russia and China Edge Out US With Proposed Cyber Security
 * Pact") */
static const gchar *const sw_names_org_tails[] = {
    "Force", "Marines", "Center", "Centre", "Embassy", "Consulate", "Pact", "Bancorp",
    "Financial", "Investments", "Securities", "Insurance", "Foods", "Enterprises", "Brothers",
    "Petroleum", "Chemical", "Chemicals", "Pharmaceuticals", "Electric", "Electronics",
    "Entertainment", "Communications", "Broadcasting", "Laboratories", "Mining", "Resources",
    "Railway", "Railroad", "Airport", "Museum", "Library", "Academy", "Index", "Gas", "Oil", "Jail", "Prison",
    "Protection",
    /* trades a firm's name ends in */
    "Brands", "Stores", "Products", "Solutions", "Software", "Therapeutics", "Biotech", "Aerospace",
    "Automotive", "Properties", "Hotels", "Resorts", "Beverages", "Healthcare", "Air", "Powergrid",
    "Utilities",
    "Energy", "Textiles", "Trading", "Capital", "Computer", "Brewing", "Savings", "Data",
    "International", "Watch", "Sports", "Ferries", "Shipping", "Logistics", "Rail", "Railways", "United", "Rovers", "Wanderers", "Hotspur", "Athletic", "Albion", "Rangers",
    "FC", "AFC",
    /* newspapers' names after their city's (not "Examiner", a
     * medical one's title) */
    "Chronicle", "Inquirer", "Courier", "Dispatch", "Telegraph", "Enquirer", "Bee",
    /* studios and labels */
    "Productions", "Pictures", "Films", "Records", "Labs", "Ventures",
    /* a party's members somewhere: "Kentucky Democrats" */
    "Democrats", "Republicans",
};

/* the last words of named events, eras and feasts, which are no one's
 * name: "the Cold War", "the Winter Olympics", "Chinese New Year",
 * "Bonfire Night", "Fashion Week" */
static const gchar *const sw_names_events[] = {
    "War", "Wars", "Olympics", "Games", "Cup", "Championship", "Championships", "Festival",
    "Revolution", "Crisis", "Prize", "Awards", "Award", "Day", "Era", "Age", "Uprising",
    "Spring", "Accords", "Treaty", "Act", "Plan", "Initiative", "Doctrine", "Flight",
    "Year", "Eve", "Night", "Week", "Show", "Expo", "Conference", "Convention", "Marathon",
    /* a contest's: "the Davis Cup Finals", "the US Open", "the World Series" */
    "Final", "Finals", "Open", "Series", "Trophy", "Tournament", "Summit", "Classic", "Prix", "Rally",
};

/* jobs that end a run in title case and are nobody's family name: "By
 * Hannah Clarke, Transport Correspondent", "Political Editor" (not
 * "King", "Major" or "Bishop", which are) */
static const gchar *const sw_names_jobs[] = {
    "Correspondent", "Reporter", "Columnist", "Editor", "Writer", "Spokesman", "Spokeswoman",
    "Spokesperson", "Analyst", "Economist", "Strategist", "Commentator", "Photographer", "Member",
    "Contributor", "Producer",
    /* a firm's officers: "Chief Strategy Officer", "Managing Director" */
    "Officer", "Director", "Executive", "Manager", "Chairman", "Chairwoman", "Chairperson", "President",
    "Treasurer", "Founder", "Co-founder",
};

/* ranks that "the" leads in a person's name: "the Duke of Edinburgh",
 * "the Dalai Lama" */
static const gchar *const sw_names_ranks[] = {
    "Duke", "Duchess", "Earl", "Countess", "Baron", "Baroness", "Prince", "Princess", "King", "Queen",
    "Pope", "Dalai", "Archbishop", "Bishop", "Cardinal", "Emir", "Sultan", "Sheikh",
};
static SwWordSet sw_names_ranks_set = SW_WORD_SET(sw_names_ranks);

/* the first words of named storms, feasts and the like: "Hurricane
 * Hugo", "Yom Kippur" are no one */
static const gchar *const sw_names_event_leads[] = {
    "Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Grand", "Rosh", "Yom", "Eid",
};

/* a single unknown word after these names an organisation: "the
 * newspaper Kommersant", "the broadcaster RT" */
static const gchar *const sw_names_org_heads[] = {
    "newspaper", "daily", "weekly", "agency", "company", "firm", "group", "outlet", "network",
    "website", "site", "magazine", "channel", "broadcaster", "publisher", "bank", "carrier",
    "maker", "manufacturer", "giant", "operator", "startup", "tabloid", "paper", "charity",
};

/* places: countries, regions, capitals and other large cities, US states */
static const gchar *const sw_names_places[] = {
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia",
    "Bosnia", "Brazil", "Bulgaria", "Burma", "Cambodia", "Cameroon", "Canada", "Chad", "Chile",
    "China", "Colombia", "Congo", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark",
    "Ecuador", "Egypt", "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany",
    "Ghana", "Greece", "Guatemala", "Haiti", "Honduras", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
    "Kazakhstan", "Kenya", "Korea", "North Korea", "South Korea", "Kosovo", "Kuwait",
    "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Liberia", "Libya", "Lithuania", "Luxembourg",
    "Malaysia", "Mali", "Malta", "Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco",
    "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands", "New Zealand", "Nicaragua",
    "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay",
    "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
    "Saudi Arabia", "Senegal", "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia",
    "South Africa", "Spain", "Sri Lanka", "Sudan", "South Sudan", "Sweden", "Switzerland",
    "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Tibet", "Tunisia", "Turkey",
    "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom",
    "United States", "United States of America", "U.S", "Uruguay", "Uzbekistan", "Venezuela",
    "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Puerto Rico", "Costa Rica", "El Salvador",
    "Dominican Republic", "People's Republic of China", "Democratic Republic of Congo",
    "Central African Republic", "Republic of Ireland", "Sierra Leone", "Ivory Coast", "Burkina Faso", "Papua New Guinea",
    "Phnom Penh", "Abu Dhabi", "San Salvador", "Santo Domingo", "Port-au-Prince",
    "Britain", "Great Britain", "England",
    "Scotland", "Wales", "Northern Ireland", "America", "U.S.", "US", "USA", "U.S.A.", "UK",
    "U.K.", "UAE", "Gaza", "West Bank", "Crimea", "Chechnya", "Kashmir", "Hong Kong",
    "Macau", "Europe", "Asia", "Africa", "Antarctica", "Arctic", "Middle East", "Latin America",
    "North America", "South America", "Central Asia", "Southeast Asia", "East Asia",
    "Eastern Europe", "Western Europe", "Siberia", "Balkans", "Caucasus", "Caribbean",
    "Pacific", "Atlantic", "Mediterranean", "Persian Gulf", "Gulf", "Scandinavia",
    "Beijing", "Shanghai", "Moscow", "St. Petersburg", "Kiev", "Kyiv", "London", "Paris",
    "Berlin", "Rome", "Madrid", "Lisbon", "Brussels", "Amsterdam", "Vienna", "Warsaw",
    "Prague", "Budapest", "Athens", "Ankara", "Istanbul", "Tehran", "Baghdad", "Damascus",
    "Beirut", "Jerusalem", "Tel Aviv", "Cairo", "Riyadh", "Dubai", "Doha", "Kabul",
    "Islamabad", "Karachi", "New Delhi", "Delhi", "Mumbai", "Dhaka", "Kathmandu", "Bangkok",
    "Hanoi", "Manila", "Jakarta", "Kuala Lumpur", "Seoul", "Pyongyang", "Tokyo", "Osaka",
    "Taipei", "Sydney", "Melbourne", "Canberra", "Wellington", "Ottawa", "Toronto",
    "Montreal", "Vancouver", "Washington", "New York", "New York City", "Los Angeles",
    "Chicago", "Houston", "Boston", "San Francisco", "Seattle", "Miami", "Atlanta", "Dallas",
    "Philadelphia", "Detroit", "Mexico City", "Havana", "Caracas", "Bogota", "Lima",
    "Santiago", "Buenos Aires", "Brasilia", "Rio de Janeiro", "Sao Paulo", "Nairobi", "Dar es Salaam",
    "Lagos", "Johannesburg", "Cape Town", "Addis Ababa", "Khartoum", "Tripoli", "Tunis",
    "Algiers", "Rabat", "Geneva", "Zurich", "Stockholm", "Oslo", "Copenhagen", "Helsinki",
    "Dublin", "Edinburgh", "Minsk", "Vladivostok", "Hangzhou", "Shenzhen", "Guangzhou",
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",
    "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
    /* "Hill" is also a family name: the one news names most */
    "Capitol Hill",
};

/* a place by its form: "St. Louis", "Mount Kenya", "Fort Worth", "Lake
 * Placid"; "Vermont St.", "Tiananmen Square", "Orange County" */
static const gchar *const sw_names_place_leads[] = {
    "St.", "Mt.", "Ft.", "Mount", "Fort", "Lake", "Cape", "Port", "San", "Santa", "Los", "Las",
    /* "the River Taff", "Loch Ness", "the Isle of Wight" */
    "River", "Loch", "Isle",
    /* "New Orleans", "New Haven", "New South Wales": no one's name
     * begins so */
    "New",
};
/* (no "Lane": Diane Lane is someone) */
static const gchar *const sw_names_place_tails[] = {
    "St.", "Ave.", "Street", "Avenue", "Road", "Boulevard", "Square", "Drive", "Terrace", "Crescent", "Island", "Islands",
    "River", "Valley", "County", "Province", "Mountains", "Bay", "Strait", "Straits", "Peninsula",
    "City", "Sea", "Ocean", "Canal", "Coast", "Desert", "Beach", "Heights", "Bridge", "Empire",
    "Stadium", "Station", "Harbour", "Harbor", "Highway", "Plaza", "Creek", "Canyon",
    /* venues and grounds ("the Mohegan Sun Arena", "the Taupo Volcanic
     * Zone", "Sherwood Forest"); no "Park" (Nick Park) nor "Lake" */
    "Arena", "Zone", "Forest", "Racecourse", "Speedway", "Reservoir", "Theater", "Theatre", "Cinema",
    /* the land and the sea floor ("the Nankai Trough", "the Niger
     * Delta"; no "Ridge", a family name too) */
    "Trough", "Trench", "Plateau", "Basin", "Glacier", "Gorge", "Reef", "Delta", "Lagoon",
};
/* the parts of a region named after it: "the Pacific Northwest" */
static const gchar *const sw_names_quarters[] = {
    "Northwest", "Northeast", "Southwest", "Southeast",
};
static SwWordSet sw_names_quarters_set = SW_WORD_SET(sw_names_quarters);

/* a part of a known place: "South Florida", "East Africa", "Little
 * Havana", "Greater London" */
static const gchar *const sw_names_compass[] = {
    "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
    "Upper", "Lower", "Little", "Old", "Greater",
};
/* a kind of place that "of" and a name follow, besides the tails above:
 * "the Gulf of Mexico", "the Straits of Florida" */
static const gchar *const sw_names_place_heads[] = {
    "Gulf", "Isle", "Republic", "District", "Kingdom",
};

/* words that start a sentence or a phrase, capitalised but no name */
static const gchar *const sw_names_not_names[] = {
    "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "But", "And", "Or",
    "If", "When", "While", "As", "After", "Before", "For", "By", "With", "It", "He", "She",
    "They", "We", "I", "You", "His", "Her", "Their", "Its", "Our", "My", "Your", "There",
    "Here", "What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "All",
    "Both", "Each", "Every", "No", "Not", "So", "Yet", "Still", "Also", "Despite",
    "According", "Although", "Because", "Since", "Until", "During", "Under", "Over",
    "Meanwhile", "However", "Moreover", "Then", "Now", "Today", "Yesterday", "Tomorrow",
    "Last", "Next", "Earlier", "Later", "Once", "Such", "Other", "Another", "More", "Less",
    "Mr.", "Mrs.", "Ms.", "Dr.", "Read", "Share", "Updated", "Photo", "Correction", "Not",
    "Both", "Neither", "Either", "One", "Two", "Three", "First", "Second", "Third", "Even",
    "Like", "Unlike", "Just", "Only", "Instead", "Please", "Click", "Sign", "Join", "Follow", "See",
    "To", "Of", "From", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "I'm", "Yes", "Yeah",
    "Says", "Whether", "Besides", "Certainly", "Perhaps", "Indeed", "Former", "Ex", "Interim",
    "Acting", "Shadow",
    /* a question's opening verb ("Should Tim Cook have ...?"); "Will" is
     * also a first name */
    "Should", "Would", "Could", "Can", "Must", "Might", "Shall", "Has", "Have", "Had",
    /* time zones, not bodies */
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST",
};

/* capitals that name a thing or a job, not a body: "advanced AI", "as
 * CEO" */
static const gchar *const sw_names_plain_acronyms[] = {
    "AI",  "GDP", "IPO", "TV",	 "PC",	"DNA", "HIV", "AIDS", "COVID", "ID",  "IT",  "VAT",
    "EV",  "EVs", "SUV", "NFT",	 "ETF", "LNG", "UV",  "RNA",  "MP",    "MPs", "PhD", "CEO",
    "CFO", "COO", "CTO", "OK",	 "AM",	"PM",  "FM",  "GPS",  "ATM",   "CCTV", "VIP", "CD",
    "DVD", "SMS", "PR",	 "HR",	"R&D", "M&A", "Q&A", "USB",  "LED",   "CPU", "GPU", "VR",
    /* a family doctor and a casualty department: "a GP surgery", "A&E" */
    "GP", "GPs", "A&E",
    /* units: "24.5 GW of solar" */
    "GW", "MW", "TW", "GWh", "MWh", "TWh", "GB", "MB", "TB", "MHz", "GHz",
};
static SwWordSet sw_names_plain_acronyms_set = SW_WORD_SET(sw_names_plain_acronyms);

/* words inside a run of capitals that end it: "U.S. The", "N.Y. His" */
static const gchar *const sw_names_run_breaks[] = {
    "The", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "Your",
    "He", "She", "They", "We", "I", "I'm", "It", "And", "But",
    /* degrees: "two Stanford PhD students", "Jane Smith PhD" */
    "PhD", "DPhil", "MBA", "MSc", "BSc",
};

/* words that name a paper or a channel after a country's name */
static const gchar *const sw_names_paper_words[] = {"Today", "Daily", "Weekly"};

/* letters after a name: a seat, which is a role, and silks and
 * honours, which are none */
static const gchar *const sw_names_seats[] = {"MP", "MEP", "MSP", "MLA"};
static const gchar *const sw_names_honours[] = {"QC", "KC", "OBE", "CBE", "KBE"};

/* number words in capitals, which may open a title or a brand ("the Ten
 * Most Wanted") but no one's name; the table spares the number parser
 * every name's first word */
static const gchar *const sw_names_number_words[] = {
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty",
    "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred", "Thousand", "Dozen",
};

/* lowercase words allowed inside a name: "Bank of America", "Ludwig van Beethoven",
 * "Rhun ap Iorwerth", "Jorge dos Santos" */
static const gchar *const sw_names_connectors[] = {
    "of", "de", "del", "della", "der", "den", "ten", "ter", "van", "von", "da", "di", "du", "dos", "la", "le",
    "wa", "bin", "ibn", "al", "el", "es", "ap", "for", "&", "the",
};

/* abbreviations that keep their full stop inside a name */
static const gchar *const sw_names_abbrevs[] = {
    "St", "Dr", "Mr", "Mrs", "Ms", "Gen", "Sen", "Rep", "Gov", "Col", "Lt", "Sgt", "Capt",
    "Maj", "Adm", "Cmdr", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Prof", "Rev", "Mt", "Ft", "Cie",
};

/* ---- candidates ---- */

typedef struct {
	gsize start;
	gsize end;
	GPtrArray *words; /* gchar* */
} SwNameRun;

static gboolean
sw_names_is_cap_word(const gchar *w)
{
	gunichar c;

	/* most words are ASCII: no Unicode table for them */
	if ((guchar)*w < 0x80)
		return g_ascii_isupper(*w);
	c = g_utf8_get_char(w);
	return g_unichar_isupper(c) || g_unichar_istitle(c);
}

/* a family name joined to its particle: "al-Assad", "el-Sisi",
 * "bin-Laden", "de-Gaulle" stand inside a name though their first letter
 * is small */
static gboolean
sw_names_is_particle_name(const gchar *w)
{
	static const gchar *const particles[] = {"al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-", "abu-"};

	for (guint i = 0; i < G_N_ELEMENTS(particles); i++) {
		gsize l = strlen(particles[i]);
		if (g_str_has_prefix(w, particles[i]) && g_unichar_isupper(g_utf8_get_char(w + l)))
			return TRUE;
	}
	return FALSE;
}

static SwWordSet sw_names_titles_set = SW_WORD_SET(sw_names_titles);
static SwWordSet sw_names_titles_folded = SW_WORD_SET_FOLD(sw_names_titles);
static SwWordSet sw_names_honorifics_set = SW_WORD_SET(sw_names_honorifics);
static SwWordSet sw_names_org_words_set = SW_WORD_SET(sw_names_org_words);
static SwWordSet sw_names_plural_titles_set = SW_WORD_SET(sw_names_plural_titles);
static SwWordSet sw_names_event_leads_set = SW_WORD_SET(sw_names_event_leads);
static SwWordSet sw_names_org_tails_set = SW_WORD_SET(sw_names_org_tails);
static SwWordSet sw_names_org_heads_set = SW_WORD_SET(sw_names_org_heads);
static SwWordSet sw_names_places_set = SW_WORD_SET(sw_names_places);
static SwWordSet sw_names_places_folded = SW_WORD_SET_FOLD(sw_names_places);
static SwWordSet sw_names_not_names_set = SW_WORD_SET(sw_names_not_names);
static SwWordSet sw_names_compass_set = SW_WORD_SET(sw_names_compass);
static SwWordSet sw_names_place_heads_set = SW_WORD_SET(sw_names_place_heads);
static SwWordSet sw_names_place_leads_set = SW_WORD_SET(sw_names_place_leads);
static SwWordSet sw_names_place_tails_set = SW_WORD_SET(sw_names_place_tails);
static SwWordSet sw_names_run_breaks_set = SW_WORD_SET(sw_names_run_breaks);
static SwWordSet sw_names_number_words_set = SW_WORD_SET(sw_names_number_words);
static SwWordSet sw_names_honours_set = SW_WORD_SET(sw_names_honours);
static SwWordSet sw_names_seats_set = SW_WORD_SET(sw_names_seats);
static SwWordSet sw_names_paper_words_set = SW_WORD_SET(sw_names_paper_words);
static SwWordSet sw_names_events_set = SW_WORD_SET(sw_names_events);
static SwWordSet sw_names_jobs_set = SW_WORD_SET(sw_names_jobs);
static SwWordSet sw_names_connectors_set = SW_WORD_SET(sw_names_connectors);
static SwWordSet sw_names_abbrevs_set = SW_WORD_SET(sw_names_abbrevs);
static SwWordSet sw_names_grades_set = SW_WORD_SET_JOINED(SW_FACTS_GRADES);

#define SW_IN(table, w) sw_word_set_has(&table##_set, w)

/* the words of text[start, end) joined by single spaces */
static gchar *
sw_names_join(GPtrArray *words, guint from, guint to)
{
	g_autoptr(GString) s = g_string_new(NULL);
	for (guint i = from; i < to; i++) {
		if (s->len > 0)
			g_string_append_c(s, ' ');
		g_string_append(s, g_ptr_array_index(words, i));
	}
	return g_string_free(g_steal_pointer(&s), FALSE);
}

/* tokens of the text: words (letters, digits, ', -, . inside initials and
 * abbreviations) with their offsets */
typedef struct {
	gsize start;
	gsize end;
	gchar *word; /* in the tokens' string chunk */
	gboolean sentence_start;
} SwNameTok;

/* common nouns whose possessive opens a name: "the People's Bank of
 * China", "Children's Hospital", "the Women's March" */
static const gchar *const sw_names_possessors[] = {
    "People's", "Children's", "Women's", "Men's", "People’s", "Children’s", "Women’s", "Men’s",
};
static SwWordSet sw_names_possessors_set = SW_WORD_SET(sw_names_possessors);

/* letters and digits; ASCII without the Unicode tables */
static inline gboolean
sw_names_is_word_char(gunichar c)
{
	if (c < 0x80)
		return g_ascii_isalnum(c) || c == '&';
	return g_unichar_isalnum(c);
}

/* "New York-based RJR", "a Kremlin-backed group": the name before an
 * adjective's ending is a name of its own, and the run of capitals ends
 * with it (the token loses the ending; the gap it leaves breaks the run) */
static const gchar *const sw_names_adjective_endings[] = {
    "based", "born", "led", "owned", "backed", "run", "funded", "made", "bred", "listed",
    "headquartered", "controlled", "allied", "linked", "registered", "style", "era", "area",
};
static SwWordSet sw_names_adjective_endings_set = SW_WORD_SET(sw_names_adjective_endings);

static void
sw_names_cut_adjective(SwNameTok *t)
{
	gchar *dash = strrchr(t->word, '-');

	if (dash == NULL || dash == t->word || !sw_names_is_cap_word(t->word) ||
	    !sw_word_set_has(&sw_names_adjective_endings_set, dash + 1))
		return;
	t->end -= strlen(dash);
	*dash = '\0';
}

/* is the word after one space at @p a word that makes a body's name
 * ("Court", "Union")? */
static gboolean
sw_names_org_word_after(const gchar *p, const gchar *end)
{
	gchar word[24];
	gsize n = 0;

	if (p >= end || *p != ' ')
		return FALSE;
	for (p++; p < end && g_ascii_isalpha(*p) && n + 1 < sizeof word; p++)
		word[n++] = *p;
	word[n] = '\0';
	return n > 0 && (p >= end || !g_ascii_isalpha(*p)) && SW_IN(sw_names_org_words, word);
}

static GArray *
sw_names_tokenize(const SwFactsCtx *ctx, GStringChunk *words)
{
	GArray *toks = g_array_new(FALSE, FALSE, sizeof(SwNameTok));
	const gchar *p = ctx->text;
	const gchar *end = ctx->text + ctx->len;
	gboolean sentence_start = TRUE;

	while (p < end) {
		gunichar c = g_utf8_get_char(p);
		const gchar *s;
		if (!sw_names_is_word_char(c)) {
			if (c == '.' || c == '!' || c == '?' || c == '\n' || c == 0x201C || c == '"' ||
			    c == ':')
				sentence_start = TRUE;
			p = g_utf8_next_char(p);
			continue;
		}
		s = p;
		while (p < end) {
			gunichar d = g_utf8_get_char(p);
			if (sw_names_is_word_char(d)) {
				p = g_utf8_next_char(p);
				continue;
			}
			/* inner hyphens and apostrophes; a full stop after an
			 * initial or inside an abbreviation (U.S., St.) */
			if ((d == '-' || d == '\'' || d == 0x2019) && p + 1 < end &&
			    g_unichar_isalnum(g_utf8_get_char(g_utf8_next_char(p)))) {
				p = g_utf8_next_char(p);
				continue;
			}
			/* a plural's apostrophe inside a body's name: "Leeds
			 * Magistrates' Court", "the Teachers' Union" */
			if ((d == '\'' || d == 0x2019) && p > s && p[-1] == 's' &&
			    sw_names_org_word_after(g_utf8_next_char(p), end)) {
				p = g_utf8_next_char(p);
				break;
			}
			/* keep the full stop of an initial ("F."), of a dotted
			 * abbreviation (U.S.) and of a known one (St., Gen.) */
			if (d == '.' && sw_names_is_cap_word(s)) {
				g_autofree gchar *so_far = g_strndup(s, p - s);
				gboolean inner = p + 1 < end && g_ascii_isalpha(p[1]);
				gboolean initial = g_utf8_strlen(so_far, -1) == 1;
				gboolean dotted = strchr(so_far, '.') != NULL;
				if (inner || initial || dotted || SW_IN(sw_names_abbrevs, so_far)) {
					p++;
					continue;
				}
			}
			break;
		}
		{
			/* one chunk holds every word: a page has tens of
			 * thousands */
			gsize n = (gsize)(p - s);
			SwNameTok t = {(gsize)(s - ctx->text), (gsize)(p - ctx->text),
				       g_string_chunk_insert_len(words, s, (gssize)n), sentence_start};
			gsize cut = 0;
			/* "'s" is not part of a name, but of "People's" */
			if (n > 2 && s[n - 1] == 's' && s[n - 2] == '\'')
				cut = 2;
			else if (n > 4 && memcmp(s + n - 4, "\u2019s", 4) == 0)
				cut = 4;
			if (cut > 0 && !SW_IN(sw_names_possessors, t.word)) {
				t.word[n - cut] = '\0';
				t.end -= cut;
			}
			sw_names_cut_adjective(&t);
			g_array_append_val(toks, t);
		}
		sentence_start = FALSE;
	}
	return toks;
}

/* ---- classification ---- */

typedef struct {
	/* every later part of a full name seen ("Putin", "Luther King") to
	 * the first full name it ends */
	GHashTable *short_forms;
	/* names of two words or more a body's noun followed ("the Sinn Fein
	 * party"), with their endings of two words or more after a
	 * capitalised word ("IRA-allied Sinn Fein": "Sinn Fein") */
	GHashTable *bodies;
	/* the role of a plural title ("Presidents Barack Obama and
	 * Vladimir Putin"), for the names listed after the first, and where
	 * the last of them ends */
	gchar *plural_role;
	gsize plural_end;
	/* the words the text writes in lower case inside a sentence, built
	 * when first asked (sw_names_common_words) */
	GHashTable *lower;
} SwNamesState;

/* the role a plural title gives the name at text[start], the next of
 * its list: one comma or "and" after the last ("Senators Elizabeth
 * Warren and Bernie Sanders"); NULL otherwise */
static gchar *
sw_names_listed_role(const SwFactsCtx *ctx, SwNamesState *st, gsize start)
{
	const gchar *between;
	gsize n;

	if (st->plural_role == NULL || start < st->plural_end)
		return NULL;
	between = ctx->text + st->plural_end;
	n = start - st->plural_end;
	if ((n == 5 && memcmp(between, " and ", 5) == 0) || (n == 2 && memcmp(between, ", ", 2) == 0) ||
	    (n == 6 && memcmp(between, ", and ", 6) == 0))
		return g_strdup(st->plural_role);
	g_clear_pointer(&st->plural_role, g_free);
	return NULL;
}

static gboolean
sw_names_is_acronym(const gchar *w)
{
	guint upper = 0;

	/* six capitals and more is a word shouted, not an acronym */
	if (strlen(w) > 5 && strchr(w, '.') == NULL)
		return FALSE;
	for (const gchar *p = w; *p != '\0'; p++) {
		if (g_ascii_isupper(*p))
			upper++;
		else if (*p != '.' && *p != '&')
			return FALSE;
	}
	return upper >= 2;
}

static gboolean
sw_names_all_caps(GPtrArray *words)
{
	for (guint i = 0; i < words->len; i++) {
		for (const gchar *p = g_ptr_array_index(words, i); *p != '\0'; p++) {
			if (g_ascii_islower(*p))
				return FALSE;
		}
	}
	return TRUE;
}

/* "RAF Lossiemouth", "NHS England", "IBM Research": a name led by an
 * acronym of three capitals or more is a body's; no one's name starts
 * so, while initials have stops or two letters ("J.R. Smith", "TJ
 * Watt"), and a name in capitals is shouted ("BRUCE R. BENT"), so the
 * next word must be in lower case but its first letter */
static gboolean
sw_names_acronym_led(GPtrArray *words)
{
	const gchar *w = g_ptr_array_index(words, 0);
	const gchar *next = words->len >= 2 ? g_ptr_array_index(words, 1) : "";
	gboolean lower = FALSE;

	for (const gchar *p = next; *p != '\0' && !lower; p++)
		lower = g_ascii_islower(*p);
	return lower && strlen(w) >= 3 && strchr(w, '.') == NULL && sw_names_is_acronym(w);
}

static gboolean
sw_names_is_place_form(GPtrArray *words, const gchar *name)
{
	const gchar *first = g_ptr_array_index(words, 0);

	if (words->len < 2)
		return FALSE;
	/* "the Straits of Florida", "the Gulf of Mexico", "the District of
	 * Columbia": a kind of place of a name */
	if (words->len >= 3 && g_str_equal(g_ptr_array_index(words, 1), "of") &&
	    (sw_word_set_has(&sw_names_place_tails_set, first) || sw_word_set_has(&sw_names_place_heads_set, first)))
		return TRUE;
	if (sw_word_set_has(&sw_names_compass_set, first) &&
	    sw_word_set_has(&sw_names_places_set, name + strlen(first) + 1))
		return TRUE;
	/* "the Pacific Northwest": a part of a known place ("America West"
	 * is an airline) */
	if (words->len == 2 && sw_word_set_has(&sw_names_places_set, first) &&
	    sw_word_set_has(&sw_names_quarters_set, g_ptr_array_index(words, 1)))
		return TRUE;
	/* "the Los Angeles Lakers", "the San Antonio Spurs", "the New
	 * England Patriots": a place, known or led as places are, and a
	 * plural of capitals is a team */
	if (words->len >= 3 && g_str_has_suffix(g_ptr_array_index(words, words->len - 1), "s") &&
	    !sw_word_set_has(&sw_names_place_tails_set, g_ptr_array_index(words, words->len - 1))) {
		g_autofree gchar *place = g_strndup(name, strlen(name) - strlen(g_ptr_array_index(words, words->len - 1)) - 1);
		if (sw_word_set_has(&sw_names_places_set, place) || sw_word_set_has(&sw_names_place_leads_set, first))
			return FALSE;
	}
	return sw_word_set_has(&sw_names_place_leads_set, first) ||
	       sw_word_set_has(&sw_names_place_tails_set, g_ptr_array_index(words, words->len - 1));
}

/* peoples' names no suffix rule makes from a place's */
static const gchar *const sw_names_demonyms[] = {
    "British", "English", "Scottish", "Welsh", "Irish", "French", "Dutch", "Swiss", "Spanish",
    "Portuguese", "Danish", "Swedish", "Finnish", "Polish", "Turkish", "Kurdish", "Greek",
    "Chinese", "Japanese", "Vietnamese", "Lebanese", "Sudanese", "Congolese", "Thai", "Arab",
    "Arabs", "Saudi", "Saudis", "Afghan", "Afghans", "Filipino", "Filipinos", "Palestinian",
    "Palestinians", "Serb", "Serbs", "Croat", "Croats", "Scots", "Welshman", "Brits", "Somali",
    "Czech", "Slovak", "Uzbek", "Kazakh", "Tajik", "Kurd", "Kurds", "Basque", "Catalan", "Tamil",
    "Sunni", "Shiite", "Shia", "Druze", "Pashtun", "Hutu", "Tutsi", "Uighur", "Uyghur", "Rohingya",
    "Maori", "Sikh", "Hindu", "Muslim", "Muslims", "Jew", "Jews",
};
static SwWordSet sw_names_demonyms_set = SW_WORD_SET(sw_names_demonyms);

/* a people's name made from a place's: "American" (America), "German"
 * (Germany), "Brazilian" (Brazil), "Canadian" (Canada), "Kuwaiti"
 * (Kuwait), plural or not, or one of the table above */
static gboolean
sw_names_is_demonym(const gchar *word)
{
	g_autofree gchar *w = g_strdup(word);
	gsize l = strlen(w);
	gchar stem[64];

	if (sw_word_set_has(&sw_names_demonyms_set, word))
		return TRUE;
	if (l > 1 && w[l - 1] == 's')
		w[--l] = '\0';
	/* Kuwait-i, Iraq-i, Pakistan-i */
	if (l >= 5 && l < sizeof(stem) && w[l - 1] == 'i') {
		g_snprintf(stem, sizeof(stem), "%.*s", (gint)(l - 1), w);
		if (sw_word_set_has(&sw_names_places_set, stem))
			return TRUE;
	}
	if (l < 5 || l >= sizeof(stem) - 2 || !g_str_has_suffix(w, "n"))
		return FALSE;
	/* America-n, Cuba-n */
	g_snprintf(stem, sizeof(stem), "%.*s", (gint)(l - 1), w);
	if (sw_word_set_has(&sw_names_places_set, stem))
		return TRUE;
	/* German-y */
	g_snprintf(stem, sizeof(stem), "%sy", w);
	if (sw_word_set_has(&sw_names_places_set, stem))
		return TRUE;
	if (!g_str_has_suffix(w, "ian"))
		return FALSE;
	/* Brazil-ian, Canad-ian + a */
	g_snprintf(stem, sizeof(stem), "%.*s", (gint)(l - 3), w);
	if (sw_word_set_has(&sw_names_places_set, stem))
		return TRUE;
	g_snprintf(stem, sizeof(stem), "%.*sa", (gint)(l - 3), w);
	return sw_word_set_has(&sw_names_places_set, stem);
}

/* "Class A", "Series B", "World War II": a word and a letter or a
 * Roman numeral after it names a class or a sequel, not a person ("John
 * Paul II" keeps his name: two words before the numeral) */
static gboolean
sw_names_is_label(GPtrArray *words)
{
	const gchar *last = g_ptr_array_index(words, words->len - 1);
	gsize l = strlen(last);

	if (l == 1 && g_ascii_isupper(last[0]) && words->len == 2)
		return TRUE;
	/* "War II", "World War II": a numeral after an event word */
	if (words->len >= 2 && strspn(last, "IVX") == l && l >= 1 && l <= 4)
		return SW_IN(sw_names_events, (const gchar *)g_ptr_array_index(words, words->len - 2));
	return FALSE;
}

/* "CHINA" in a dateline is China */
static gboolean
sw_names_is_shouted_place(const gchar *name)
{
	return strlen(name) > 3 && sw_word_set_has(&sw_names_places_folded, name);
}

/* a verb and "its" right after a name; a verb of saying is left out,
 * since "Smith said its engine failed" speaks of something else */
static SwFactsRe sw_names_re_its =
    SW_FACTS_RE("^\\s+(?!(?:" SW_FACTS_SAY ")\\b)[a-z]+\\s+its\\b");
/* ... and, for one word, its verb: a plain present or a past ("Nvidia
 * raised its forecast", "Boeing cut its outlook"; not "the Internet and
 * its", "Westerners under its control") */
static SwFactsRe sw_names_re_verb_its =
    SW_FACTS_RE("^\\s+(?!(?:" SW_FACTS_SAY ")\\b)(?:[a-z]+(?:ed|s)|" SW_FACTS_IRREGULAR_PAST ")\\s+its\\b");

/* an apposition that says what kind of body a name is: "Euroclear, the
 * Brussels-based depository that", "Goldman Sachs, the investment bank,",
 * "Unite, Britain's biggest union,"; the kind ends the phrase, so "a bank
 * manager" is a person's job */
static SwFactsRe sw_names_re_body_apposition = SW_FACTS_RE(
    "^,\\s+(?:a|an|the|(?-i:\\p{Lu}[\\w.]*)['\u2019]s)\\s+"
    "(?:(?!(?:of|for|at|with|to|in|from|by)\\b)[\\w.-]+\\s+){0,3}?"
    "(?-i:company|firm|group|bank|lender|insurer|carrier|airline|carmaker|automaker|chipmaker|retailer|"
    "depository|broadcaster|newspaper|agency|regulator|conglomerate|startup|charity|watchdog|"
    "manufacturer|tabloid|exchange|fund|union|party|operator|producer|supplier|publisher|developer|"
    "giant|utility|miner|club|university)"
    "(?=\\s*[,.;]|\\s+(?:that|which|based|in|of|with|for|whose|and)\\b)");

/* a name, alone or in a list, said to be among bodies of a kind:
 * "Goldman Sachs and JPMorgan Chase were among the banks fined" (not
 * among investors or donors, who may be people) */
static SwFactsRe sw_names_re_among_bodies = SW_FACTS_RE(
    "^(?:\\s*(?:,|\\band\\b)\\s*(?-i:\\p{Lu}[\\w.&'-]*)(?:\\s+(?-i:\\p{Lu}[\\w.&'-]*)){0,3}){0,4}\\s+"
    "(?:are|were|is|was)\\s+(?:also\\s+|both\\s+|all\\s+)?among\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?"
    "(?-i:companies|firms|groups|banks|lenders|insurers|carriers|airlines|carmakers|automakers|"
    "chipmakers|retailers|broadcasters|newspapers|agencies|regulators|startups|charities|"
    "manufacturers|funds|unions|parties|operators|producers|suppliers|publishers|developers|"
    "utilities|miners|clubs|universities|brands|businesses|institutions|organi[sz]ations)\\b");

/* a plural verb right after a name: a body told of as its members, as
 * British English does ("Manchester United have sacked their manager",
 * "Goldman Sachs are hiring"); one person takes "has" and "is". Not in
 * a list ("Smith and Jones were", "the minister and US envoy Jane Doe
 * were"), after a modal ("should Tim Cook have") nor after a preposition,
 * where the name is not the subject ("civilians from Kuwait City are") */
static SwFactsRe sw_names_re_plural_verb = SW_FACTS_RE("^(?:,\\s+who)?\\s+(?-i:have|are|were)\\b");
static SwFactsRe sw_names_re_list_before =
    SW_FACTS_RE("(?:\\b(?:and|or|nor)\\b[^.;!?]{0,60}|\\b(?:should|would|could|might|must|will|did|do|does|from|in|of|at|to|with|by|for|on|near|"
		"about|against|like|than)\\s*|[,&]\\s*)$");

/* a name that a job in lower case and another name follow employs that
 * person: "Goldman Sachs analyst Jim O'Neill", "Capital Economics
 * economist Jane Foley", "Apple chief executive Tim Cook" */
static SwFactsRe sw_names_re_staff_after =
    SW_FACTS_RE("^(?:\\s+(?-i:(?:chief|senior|deputy|lead|top)\\s+)?(?-i:(?:financial|operating|executive|"
		"technology|investment|information|marketing|medical)\\s+officer|analyst|analysts|economist|economists|spokesman|spokeswoman|spokesperson|"
		"strategist|researcher|scientist|engineer|trader|lawyer|executive|official|"
		"chairman|chairwoman|boss|founder|co-founder|chief|"
		/* a club's: "Arsenal manager Mikel Arteta" */
		"manager|coach|captain|striker|midfielder|defender|goalkeeper|winger)\\s+(?-i:\\p{Lu})|"
		/* "Apple's chief executive", "OpenAI's chief technology
		 * officer": a firm's officers, no one's (a person has a
		 * lawyer or a spokesman too) */
		"['\u2019]s\\s+(?-i:chief\\s+(?:executive|(?:financial|operating|technology|investment|"
		"information|marketing)\\s+officer)|founder|co-founder|chairman|chairwoman)\\b)");

/* staff "at" a one-word name work for it, and shares are "of" it:
 * "analysts at Barclays", "a researcher at Inserm", "shares of Nvidia" */
static SwFactsRe sw_names_re_staff_at =
    SW_FACTS_RE("\\b(?:(?:analysts?|economists?|strategists?|researchers?|scientists?|engineers?|"
		"traders?|lawyers?|executives?|officials?|employees?|workers?|staff|managers?)\\s+at|"
		/* "shares of Nvidia", "a stake in Arm" */
		"(?:shares|stock|stakes?|interests?|holding|holdings|shareholders|investors)\\s+(?:of|in)|"
		/* "a stake of less than 5% in Nashua" */
		"stakes?\\s+of\\s+[^,.;]{1,30}?\\s+in|"
		/* "AT&T bought Time Warner", "a takeover of Cadbury": a firm
		 * is bought, no one */
		"(?:bought|acquired|acquire|acquires|acquiring|takeover\\s+of|acquisition\\s+of|to\\s+buy|buys|"
		"buying|take\\s+over|takes\\s+over|taking\\s+over|"
		"merger\\s+with|merge\\s+with|merged\\s+with|bid\\s+for)(?:\\s+(?:rival|rivals))?)\\s+$");

/* words that put a name on the map: "near Vienne", "outside Kyiv", "50
 * km north of Kharkiv", "the town of Bucha", "residents of Bristol",
 * "the outskirts of Lyon" */
static SwFactsRe sw_names_re_place_cue = SW_FACTS_RE(
    "(?:\\b(?-i:near|outside)|\\b(?-i:(?:north|south|east|west)(?:-?(?:east|west))?)\\s+of|"
    "\\b(?-i:town|city|village|port|province|region|district|county|suburb|island)\\s+of|"
    /* these open a sentence too: "Residents of Bristol were told" */
    "\\b(?:residents|inhabitants|streets|outskirts|centre|center)\\s+of)\\s+$");

static gchar *sw_names_word_before(const SwFactsCtx *ctx, gsize pos);

/* do the words before text[start] put a name on the map? The word right
 * before is "near", "outside" or "of", else no pattern need run */
static gboolean
sw_names_place_cue(const SwFactsCtx *ctx, gsize start)
{
	g_autofree gchar *before = sw_names_word_before(ctx, start);

	if (!g_str_equal(before, "near") && !g_str_equal(before, "outside") && !g_str_equal(before, "of"))
		return FALSE;
	return sw_facts_re_matches_before(&sw_names_re_place_cue, ctx, start, 24);
}

/* a place, a name and "and" or "or" between them: "in Nairobi and
 * Mombasa"; the place must be the name just before, which is the last
 * fact out, since names are found in text order after every other kind
 * but quotes (one look, not a walk back over a page's dates) */
static gboolean
sw_names_joins_place(const SwFactsCtx *ctx, gsize start)
{
	const SwFact *prev = ctx->out->len > 0 ? g_ptr_array_index(ctx->out, ctx->out->len - 1) : NULL;
	gsize e = start;

	if (prev == NULL || prev->kind != SW_FACT_PLACE || prev->end > start || start - prev->end > 5)
		return FALSE;
	while (e > prev->end && ctx->text[e - 1] == ' ')
		e--;
	return (e - prev->end == 4 && strncmp(ctx->text + prev->end, " and", 4) == 0) ||
	       (e - prev->end == 3 && strncmp(ctx->text + prev->end, " or", 3) == 0);
}

/* languages, which follow "in" as places do: "taught in Arabic" */
static const gchar *const sw_names_languages[] = {
    "Arabic", "Hebrew", "Mandarin", "Cantonese", "Latin", "Hindi", "Urdu", "Persian", "Farsi", "Swahili",
    "Esperanto", "Sanskrit", "Gaelic", "Yiddish",
};
static SwWordSet sw_names_languages_set = SW_WORD_SET(sw_names_languages);

/* what may follow a place named after "in": a stop, a word that starts
 * the next phrase ("in Belfast on Monday", "in Munich and") or a verb
 * ("police in Manchester arrested"); a noun after it makes the name a
 * modifier ("in Nasdaq trading", "in Hughes earnings") */
static SwFactsRe sw_names_re_after_in_place = SW_FACTS_RE(
    "^(?:\\s*[,.;:)!?]|\\s*$|\\s+(?-i:on|and|or|for|to|at|last|this|next|since|where|with|after|before|"
    "during|when|while|as|but|that|which|who|until|from|by|in|earlier|later|yesterday|today|"
    /* a verb: "police in Manchester arrested" */
    "tomorrow|have|has|had|are|were|is|was|will|said|say|says|[a-z]+ed|" SW_FACTS_IRREGULAR_PAST "|"
    /* a time of day or a cause: "in Valencia late on Tuesday", "in
     * Lagos overnight", "in Gaza amid" */
    "late|early|overnight|amid)\\b)");

/* what is "in" a publication, not a place: "an article in Kommersant",
 * "an interview in Granma", "this article first appeared in"; "reported
 * in" or "appeared in" alone may be either ("flooding reported in
 * Yorkshire") */
static SwFactsRe sw_names_re_in_print = SW_FACTS_RE(
    "\\b(?:published|printed|wrote|written|article|interview|editorial|column|op-ed|commentary|quoted|"
    "story|stories|an?\\s+report|(?:article|story|piece)(?:\\s+\\w+){0,2}\\s+(?:appeared|ran))\\s+in\\s+$");

/* words that take "in" before what is no place: "invested in Tesla",
 * "starred in Titanic", "believes in God", "a role in Dallas" */
static SwFactsRe sw_names_re_in_not_place = SW_FACTS_RE(
    "\\b(?:invest\\w*|star(?:s|red|ring)?|believ\\w*|faith|appear\\w*|featur\\w*|cast|roles?|"
    "participat\\w*|engag\\w*|speciali[sz]\\w*|trust|confidence|interest\\w*|included|involved|"
    "results?|resulted)\\s+in\\s+$");

/* one unknown word after "in" is a place when nothing else sorts it:
 * "arrested in Manchester", "a ceremony in Independence, Mo.", unless it
 * is a language, a point of the compass ("in South and Central
 * America"), a body the story named as one, what a stake is in, a
 * publication, or what a verb such as "invested" takes */
static gboolean
sw_names_in_place(const SwFactsCtx *ctx, SwNamesState *st, const SwNameTok *before, gsize start, gsize end,
		  const gchar *name)
{
	/* a sentence's first "In" counts when a comma closes the phrase: "In
	 * Valencia, the water rose", not "In Nasdaq trading" */
	gboolean opening = before != NULL && before->sentence_start && before->end + 1 == start &&
			   g_str_equal(before->word, "In") && end < ctx->len && ctx->text[end] == ',';

	return ((start >= 4 && memcmp(ctx->text + start - 4, " in ", 4) == 0) || opening) &&
	       !sw_word_set_has(&sw_names_languages_set, name) && !sw_word_set_has(&sw_names_compass_set, name) &&
	       !g_hash_table_contains(st->bodies, name) &&
	       !sw_facts_re_matches_before(&sw_names_re_staff_at, ctx, start, 40) &&
	       !sw_facts_re_matches_before(&sw_names_re_in_print, ctx, start, 48) &&
	       !sw_facts_re_matches_before(&sw_names_re_in_not_place, ctx, start, 24) &&
	       sw_facts_re_matches_at(&sw_names_re_after_in_place, ctx, end, 16);
}

/* a body's own title after one word names that body: "Bundesbank
 * President Joachim Nagel", "Tesla CEO Elon Musk", "Fed Chair Jerome
 * Powell" (a people's or a party's word is sorted out before) */
static SwFactsRe sw_names_re_body_title_after =
    SW_FACTS_RE("^\\s+(?-i:CEO|Chief Executive|Chairman|Chairwoman|Chair|President|Spokesman|Spokeswoman|"
		"Spokesperson|Director|Governor)\\s+(?-i:\\p{Lu})");

/* a word that may be a people's or a party's, not a body's: "Chinese",
 * "Turkish", "Israeli", "French", "Democratic": a party's word, a
 * people's word made from a known place (sw_names_is_demonym), or one
 * that ends as peoples' words of places the gazetteer lacks do
 * ("Yemeni", "Azerbaijani"); bodies that end in "-an" or "-ai" ("Nissan",
 * "Hyundai") are bodies */
static const gchar *const sw_names_people_words[] = {
    "Republican", "Conservative", "Liberal", "Socialist", "Communist", "Democrat", "Democratic",
    "Swiss", "Thai", "Greek", "Afghan", "Filipino", "Welsh", "Scots",
    /* ranks: "Senior official Ann Lee", "Top aide" */
    "Senior", "Top", "Chief", "Veteran", "Local", "Retired", "Longtime",
};
static SwWordSet sw_names_people_words_set = SW_WORD_SET(sw_names_people_words);

static gboolean
sw_names_is_people_word(const gchar *w)
{
	static const gchar *const ends[] = {"ian", "ean", "ese", "ish", "ic", "ine", "eni", "ani", "ki"};

	if (SW_IN(sw_names_people_words, w) || sw_names_is_demonym(w))
		return TRUE;
	for (guint i = 0; i < G_N_ELEMENTS(ends); i++) {
		if (g_str_has_suffix(w, ends[i]))
			return TRUE;
	}
	return FALSE;
}

/* does a place's adjective of a seat stand right before text[start]?
 * The name after it is a body: "Atlanta-based BellSouth", "London-listed
 * Shell", "Chinese-owned Volvo" (not "state-owned": no capital) */
static gboolean
sw_names_after_seat(const SwFactsCtx *ctx, gsize start)
{
	static const gchar *const seats[] = {"based", "listed", "headquartered", "registered", "owned", "controlled"};
	gsize e, b;

	if (start < 4 || ctx->text[start - 1] != ' ')
		return FALSE;
	e = start - 1;
	b = e;
	while (b > 0 && g_ascii_islower(ctx->text[b - 1]))
		b--;
	if (b < 2 || ctx->text[b - 1] != '-')
		return FALSE;
	{
		gboolean seat = FALSE;
		for (guint i = 0; i < G_N_ELEMENTS(seats) && !seat; i++)
			seat = strlen(seats[i]) == e - b && memcmp(ctx->text + b, seats[i], e - b) == 0;
		if (!seat)
			return FALSE;
	}
	/* the capitalised word the ending is written onto */
	b--;
	while (b > 0 && (g_ascii_isalnum(ctx->text[b - 1]) || ctx->text[b - 1] == '.'))
		b--;
	return g_ascii_isupper(ctx->text[b]);
}

/* a name of two words or more that a body's common noun follows is that
 * body: "the Islamic State group", "the Khmer Rouge movement". Not one
 * word, which is often an adjective ("the Japanese group"), nor "company"
 * or "firm", which a place often leads ("a St. Louis company") */
static SwFactsRe sw_names_re_body_after =
    SW_FACTS_RE("^\\s+(?-i:group|militia|movement|faction|organi[sz]ation|alliance|coalition|union|party|"
		"federation|league|association|network|"
		/* a medium's, after a name that is no place ("told France
		 * Inter radio"; "a San Antonio newspaper" is where it is) */
		"(?<medium>radio|television|newspaper|channel|broadcaster|magazine|website))\\b");

/* the disasters a place names ("the Cedar Ridge fire") */
static SwFactsRe sw_names_re_disaster_after = SW_FACTS_RE(
    "^\\s+(?-i:fire|fires|blaze|wildfire|bushfire|flood|floods|flooding|earthquake|quake|eruption|landslide|"
    "mudslide|tsunami)\\b");

/* a name that "the" leads and no noun of its own follows: "beat the
 * Golden State Warriors 120-115", "the Denver Nuggets on Thursday"; but
 * "the Elian Gonzalez case" speaks of a person */
static SwFactsRe sw_names_re_modifier_after =
    SW_FACTS_RE("^\\s+(?!(?:on|in|at|and|or|of|for|to|with|by|from|as|who|which|that|whose|said|says|"
		"have|has|had|is|are|was|were|will|would|could|may|might|can|did|do|does|"
		/* a verb in the past, which no noun is: "The Golden State
		 * Warriors beat the Lakers" */
		"[a-z]+ed|beat|beats|" SW_FACTS_IRREGULAR_PAST ")\\b)(?-i:[a-z])");

static gboolean
sw_names_the_before(const SwFactsCtx *ctx, gsize start, gsize end)
{
	/* "The Golden State Warriors beat ..." opens a sentence */
	return start >= 4 && g_ascii_strncasecmp(ctx->text + start - 4, "the ", 4) == 0 &&
	       (start == 4 || !g_ascii_isalpha(ctx->text[start - 5])) &&
	       !sw_facts_re_matches_at(&sw_names_re_modifier_after, ctx, end, 32);
}

/* a word in lower case with a capital inside ("iPhone", "eBay") ends
 * one space before text[start] */
static gboolean
sw_names_camel_before(const SwFactsCtx *ctx, gsize start)
{
	gsize b = 0;

	return start >= 3 && ctx->text[start - 1] == ' ' && sw_facts_capitals_before(ctx, start - 1, &b) > 0 &&
	       g_ascii_islower(ctx->text[b]);
}

/* "'s" right after text[pos): "in Fidel Castro's Cuba" is no place */
static gboolean
sw_names_possessive_after(const SwFactsCtx *ctx, gsize pos)
{
	if (pos + 1 < ctx->len && ctx->text[pos] == '\'')
		return ctx->text[pos + 1] == 's';
	/* U+2019 is three bytes */
	return pos + 3 < ctx->len && memcmp(ctx->text + pos, "\u2019", 3) == 0 && ctx->text[pos + 3] == 's';
}

/* a facility's lower-case noun right after text[pos]: "Temple Meads
 * station", "Heathrow airport" name a place, no one */
static SwFactsRe sw_names_re_facility_after =
    SW_FACTS_RE("^\\s(?-i:station|airport|stadium|bridge|harbour|harbor|motorway|beach|prison|"
		"reservoir|campus|estate|crossing|checkpoint|terminal)\\b");

/* the name just before, the last fact out, is a person's in the
 * possessive right before text[start]: what "Richard Branson's Virgin
 * Galactic" or "Rupert Murdoch's News Corp" names is a thing they own,
 * no one (a relative has a word between: "Obama's wife, Michelle") */
static gboolean
sw_names_owned_by_person(const SwFactsCtx *ctx, gsize start)
{
	const SwFact *prev = ctx->out->len > 0 ? g_ptr_array_index(ctx->out, ctx->out->len - 1) : NULL;

	if (prev == NULL || prev->kind != SW_FACT_PERSON || prev->end > start || !sw_names_possessive_after(ctx, prev->end))
		return FALSE;
	return start - prev->end == (ctx->text[prev->end] == '\'' ? 3u : 5u) && ctx->text[start - 1] == ' ';
}

/* words before "at" that aim at someone: "hit out at", "a swipe at",
 * "fired a shot at Ana Ruiz" */
static const gchar *const sw_names_aims[] = {
    "out", "swipe", "swipes", "dig", "digs", "jab", "jabs", "shot", "shots", "aim", "aimed", "aiming",
    "looked", "stared", "glared", "laughed", "pointed", "fired", "directed", "angry", "furious",
};
static SwWordSet sw_names_aims_set = SW_WORD_SET(sw_names_aims);

/* is the name text[start, end) after "at" (@before) where someone works,
 * a body ("an economist at Capital Economics")? Not when "at" aims at
 * a person ("hit out at Boris Johnson") or when the name owns the place
 * ("speak at Ola Berg's conference") */
static gboolean
sw_names_works_at(const SwFactsCtx *ctx, const gchar *before, gsize start, gsize end)
{
	gchar word[16];
	gsize at;

	if (!g_str_equal(before, "at"))
		return FALSE;
	/* "at Ola Berg's conference"; but "at Westminster Magistrate's
	 * Court" is a body's name going on */
	if (sw_names_possessive_after(ctx, end)) {
		gsize w = end + (ctx->text[end] == '\'' ? 2 : 4);
		if (w + 1 < ctx->len && ctx->text[w] == ' ' && g_ascii_islower(ctx->text[w + 1]))
			return FALSE;
	}
	at = sw_facts_word_before(ctx, start > 64 ? start - 64 : 0, start, word, sizeof word);
	sw_facts_word_before(ctx, at > 64 ? at - 64 : 0, at, word, sizeof word);
	return !SW_IN(sw_names_aims, word);
}

/* the states as American news abbreviates them after a town ("Van
 * Nuys, Calif."), less their full stop */
static const gchar *const sw_names_state_abbrevs[] = {
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
    "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
    "Va", "Vt", "Wash", "Wis", "Wyo",
};
static SwWordSet sw_names_state_abbrevs_set = SW_WORD_SET(sw_names_state_abbrevs);

static gboolean sw_names_ends_in_title(const gchar *phrase);

/* do one to three words in lower case after text[pos] end in a job
 * ("country director", "foreign minister")? */
static gboolean
sw_names_job_after(const SwFactsCtx *ctx, gsize pos, gsize *end)
{
	gsize e = pos;
	guint words = 0;
	g_autofree gchar *phrase = NULL;

	while (words < 3 && e + 1 < ctx->len && ctx->text[e] == ' ' && g_ascii_islower(ctx->text[e + 1])) {
		e++;
		while (e < ctx->len && (g_ascii_isalpha(ctx->text[e]) || ctx->text[e] == '-'))
			e++;
		words++;
		g_free(phrase);
		phrase = g_strndup(ctx->text + pos + 1, e - pos - 1);
		if (sw_names_ends_in_title(phrase)) {
			if (end != NULL)
				*end = e;
			return TRUE;
		}
	}
	return FALSE;
}

static SwFactsRe sw_names_re_not_job =
    SW_FACTS_RE("^(?:\\s+[a-z-]+)*?\\s+(?:" SW_FACTS_SAY "|and|or|but|nor|then|who|with|for|to|of|the|a|an)\\b");

/* a job in lower case after text[pos], and a capitalised name after it:
 * "(Cal Fire) battalion chief Laura Mendes" */
static gboolean
sw_names_job_before_name(const SwFactsCtx *ctx, gsize pos)
{
	gsize e = pos;

	if (!sw_names_job_after(ctx, pos, &e) || e + 1 >= ctx->len || ctx->text[e] != ' ' ||
	    !g_ascii_isupper(ctx->text[e + 1]))
		return FALSE;
	/* no verb nor joining word among them: "Gremitskikh said special
	 * envoy Mikhail Sytenko", "Warren and congresswoman Alexandria
	 * Ocasio-Cortez" */
	return !sw_facts_re_matches_at(&sw_names_re_not_job, ctx, pos, e - pos);
}

/* the part of a place a word in lower case names: "south London",
 * "central Albania" */
static const gchar *const sw_names_parts[] = {
    "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast",
    "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western", "central",
};
static SwWordSet sw_names_parts_set = SW_WORD_SET(sw_names_parts);

/* past a part's word and its space at text[pos], else pos */
static gsize
sw_names_skip_part(const SwFactsCtx *ctx, gsize pos)
{
	gchar word[16];
	gsize n = 0;

	while (pos + n < ctx->len && n + 1 < sizeof word &&
	       (g_ascii_islower(ctx->text[pos + n]) || ctx->text[pos + n] == '-')) {
		word[n] = ctx->text[pos + n];
		n++;
	}
	word[n] = '\0';
	if (n == 0 || pos + n >= ctx->len || ctx->text[pos + n] != ' ' || !SW_IN(sw_names_parts, word))
		return pos;
	return pos + n + 1;
}

/* a known place after a comma at text[pos]: "Austin, Texas", "Vienne,
 * France", "Menlo Park, Calif.", "Croydon, south London" put the name
 * before it on the map */
static gboolean
sw_names_place_after_comma(const SwFactsCtx *ctx, gsize pos)
{
	gchar buf[32];
	gchar *sp;
	gsize w, e, n = 0;

	if (pos + 2 >= ctx->len || ctx->text[pos] != ',' || ctx->text[pos + 1] != ' ')
		return FALSE;
	w = sw_names_skip_part(ctx, pos + 2);
	if (w >= ctx->len || !g_ascii_isupper(ctx->text[w]))
		return FALSE;
	/* one word or two ("New Mexico") */
	for (e = w; e < ctx->len && n + 1 < sizeof buf; e++) {
		gchar c = ctx->text[e];
		if (!g_ascii_isalpha(c) && !(c == ' ' && e + 1 < ctx->len && g_ascii_isupper(ctx->text[e + 1]) &&
					      memchr(buf, ' ', n) == NULL))
			break;
		buf[n++] = c;
	}
	buf[n] = '\0';
	/* "Uri Lubrani, Israel's coordinator", "Ola Berg, Tunisia
	 * country director": an apposition, no address */
	if (sw_names_possessive_after(ctx, e) || sw_names_job_after(ctx, e, NULL))
		return FALSE;
	if (e < ctx->len && ctx->text[e] == '.' && SW_IN(sw_names_state_abbrevs, buf))
		return TRUE;
	if (sw_word_set_has(&sw_names_places_set, buf))
		return TRUE;
	/* the first word alone before a title: "Austin, Texas Governor
	 * ..." ("Ana Ruiz, Washington State Department of Health" is
	 * a body's officer) */
	sp = strchr(buf, ' ');
	if (sp == NULL || !SW_IN(sw_names_titles, sp + 1))
		return FALSE;
	*sp = '\0';
	return sw_word_set_has(&sw_names_places_set, buf);
}

/* the word right before text[pos], past spaces, in lower case ("" for
 * none, or for a word longer than any the callers look for) */
static gchar *
sw_names_word_before(const SwFactsCtx *ctx, gsize pos)
{
	gchar word[64];

	sw_facts_word_before(ctx, 0, pos, word, sizeof word);
	return g_strdup(word);
}

/* an officer's letters joined to a job in lower case: "CEO and founder
 * of Vexa" */
#define SW_NAMES_EXEC_AND "(?-i:CEO|CFO|COO|CTO|CIO)\\s+and\\s+"

/* a job's words are no verb's, article's or adverb's: "indicted
 * as the architect", "a wildly popular singer", "below average
 * quarterback" give no job */
#define SW_NAMES_ROLE_INNER                                                                                        \
	"(?!(?:as|the|an?|by|from|below|above|was|is|has|had|been)\\b)(?!(?!family\\b)[a-z]+ly\\b)"

/* an apposition after a name that gives the job: "Sharon Graham,
 * general secretary of Unite", "Tim Cook, Apple's chief executive,",
 * "Ana Ruiz, a former minister", "Mary Jones, the company's senior
 * vice president", "Angela Merkel, the German chancellor"; group "role"
 * holds the words in lower case that end in a title */
static SwFactsRe sw_names_re_role_after =
    SW_FACTS_RE("^,\\s+(?:(?:a|an|the|his|her|its|their)\\s+)?(?:[\\w.&-]+(?:\\s+[\\w.&-]+){0,3}"
		"['\u2019]s\\s+|(?:(?!" SW_NAMES_EXEC_AND ")(?-i:\\p{Lu}[\\w.-]*)\\s+){1,3})?"
		/* a relative clause is no job: "Kelly Ortberg, who became chief
		 * executive in August" */
		"(?!(?:who|which|that|whose|whom|when|where)\\b)(?<role>(?:" SW_NAMES_EXEC_AND ")?"
		SW_NAMES_ROLE_INNER "(?-i:[a-z][a-z-]*)(?:\\s+" SW_NAMES_ROLE_INNER "(?-i:[a-z][a-z-]*)){0,3}?)"
		"(?=\\s+(?:of|at|for|to|with|in)\\b|\\s*[,.;])");

/* a title word that in lower case names kin, not a job: "his younger
 * brother" */
static const gchar *const sw_names_kin[] = {"brother", "sister", "father"};
static SwWordSet sw_names_kin_set = SW_WORD_SET(sw_names_kin);

/* does @phrase end in a title (its last one or two words), and not in
 * kin? */
static gboolean
sw_names_ends_in_title(const gchar *phrase)
{
	g_auto(GStrv) words = g_strsplit(phrase, " ", -1);
	guint n = g_strv_length(words);

	if (n == 0 || SW_IN(sw_names_kin, words[n - 1]))
		return FALSE;
	for (guint k = 1; k <= MIN(n, 2); k++) {
		g_autofree gchar *last = g_strjoinv(" ", words + n - k);
		if (sw_word_set_has(&sw_names_titles_folded, last))
			return TRUE;
	}
	return FALSE;
}

/* the role an apposition right after @pos gives, or NULL: the whole
 * phrase when each of its parts joined by "and" ends in a title
 * ("former president", "president and chief executive"; not "resigned
 * and its chairman") */
static gchar *
sw_names_role_after(SwFactsCtx *ctx, gsize pos)
{
	g_autoptr(GMatchInfo) m = NULL;
	gsize s, end;
	g_autofree gchar *role = NULL;
	g_auto(GStrv) parts = NULL;

	/* within the sentence: "Sadiq Khan, told LBC. Britain's finance
	 * minister" gives Khan no job */
	sw_facts_clause(ctx, pos, pos, 0, 120, ".!?\n", &s, &end);
	if (end < ctx->len && ctx->text[end] == '.')
		end++;
	if (pos >= ctx->len || ctx->text[pos] != ',' ||
	    !g_regex_match_full(sw_facts_re(&sw_names_re_role_after), ctx->text + pos, (gssize)(end - pos), 0,
				0, &m, NULL))
		return NULL;
	role = g_match_info_fetch_named(m, "role");
	parts = g_strsplit(role, " and ", -1);
	for (guint i = 0; parts[i] != NULL; i++) {
		if (!sw_names_ends_in_title(parts[i]))
			return NULL;
	}
	return g_steal_pointer(&role);
}

/* a job in lower case and a comma right before a name, an apposition
 * the name closes: "the mayor, Sadiq Khan, said", "Britain's finance
 * minister, Rachel Reeves,", "The spokeswoman, Jen Psaki," at a
 * sentence's start, "the Federal Reserve chair, Janet Yellen," after the
 * body's name; the job's words are never "and", "of" or a determiner */
#define SW_NAMES_ROLE_WORD "(?-i:(?!(?:and|or|of|the|its|his|her|their)\\b)[a-z][a-z-]*)"
/* ... or in title case ("The Chancellor, Rachel Reeves,") */
#define SW_NAMES_ROLE_CAP "(?-i:\\p{Lu}[a-z-]+)"
static SwFactsRe sw_names_re_role_before = SW_FACTS_RE(
    "(?:\\b(?-i:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\\p{Lu}[\\w&.-]*)|['\u2019]s)\\s+"
    "(?<role>" SW_NAMES_ROLE_WORD "(?:\\s+" SW_NAMES_ROLE_WORD "){0,2}|"
    SW_NAMES_ROLE_CAP "(?:\\s+" SW_NAMES_ROLE_CAP "){0,2})"
    /* "The mayor of Kharkiv, Ihor Terekhov,": the job, not its seat */
    "(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?-i:\\p{Lu}[\\w.-]*)(?:\\s+(?:of\\s+)?(?-i:\\p{Lu}[\\w.-]*)){0,3})?,\\s+$");

/* the role an apposition before the name at @start (ending at @end)
 * gives, or NULL: the job when it ends in a title and a comma closes the
 * apposition after the name */
static gchar *
sw_names_role_before(SwFactsCtx *ctx, gsize start, gsize end)
{
	g_autoptr(GMatchInfo) m = NULL;
	gsize from, e;
	gchar *role;

	/* the apposition closes at a comma or at the sentence's end, and
	 * opens with one right before the name, or its courtesy title ("The
	 * Prime Minister, Sir Keir Starmer,") */
	start = sw_names_honorific_before(ctx, start);
	if (end >= ctx->len || strchr(",.;", ctx->text[end]) == NULL || start < 4 || ctx->text[start - 1] != ' ' ||
	    ctx->text[start - 2] != ',')
		return NULL;
	sw_facts_clause(ctx, start, start, 60, 0, ".!?\n", &from, &e);
	if (!g_regex_match_full(sw_facts_re(&sw_names_re_role_before), ctx->text, (gssize)start, (gint)from, 0, &m,
				NULL))
		return NULL;
	role = g_match_info_fetch_named(m, "role");
	if (!sw_names_ends_in_title(role)) {
		g_free(role);
		return NULL;
	}
	return role;
}

/* a party's members' words ("Republican Ola Berg"), never a name's
 * first word */
static const gchar *const sw_names_parties[] = {
    "Republican", "Democrat", "Democratic", "Labour", "Tory", "Conservative", "Liberal", "Socialist",
    "Communist",
};
static SwWordSet sw_names_parties_set = SW_WORD_SET(sw_names_parties);

/* the particles of family names, which a headline in title case never
 * holds: "Luiz Inacio Lula da Silva", "Tamim bin Hamad Al Thani" */
static const gchar *const sw_names_particles[] = {
    "da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ten", "ter", "bin", "ibn",
    "al", "el", "es", "wa", "ap",
};
static SwWordSet sw_names_particles_set = SW_WORD_SET(sw_names_particles);

static gboolean
sw_names_has_particle(GPtrArray *words)
{
	for (guint i = 1; i + 1 < words->len; i++) {
		if (SW_IN(sw_names_particles, (const gchar *)g_ptr_array_index(words, i)))
			return TRUE;
	}
	return FALSE;
}

/* the full name @name is a later part of, or NULL; a particle opening a
 * sentence is capitalised ("Von der Leyen said" after "Ursula von der
 * Leyen") */
static const gchar *
sw_names_full_name(SwNamesState *st, const gchar *name)
{
	const gchar *full = g_hash_table_lookup(st->short_forms, name);
	const gchar *sp = strchr(name, ' ');
	g_autofree gchar *low = NULL;

	if (full != NULL || sp == NULL || !g_ascii_isupper(name[0]))
		return full;
	low = g_strdup(name);
	low[0] = g_ascii_tolower(low[0]);
	low[sp - name] = '\0';
	if (!SW_IN(sw_names_particles, low))
		return NULL;
	low[sp - name] = ' ';
	return g_hash_table_lookup(st->short_forms, low);
}

/* where the run toks[i, k) starts with the particles right before it,
 * when with them it is a short form seen: "later, von der Leyen added"
 * after "Ursula von der Leyen" (else @i) */
static guint
sw_names_particles_before(SwNamesState *st, GArray *toks, guint i, guint k)
{
	guint p = i;
	g_autoptr(GPtrArray) words = NULL;
	g_autofree gchar *joined = NULL;

	while (p > 0 && p + 2 >= i && SW_IN(sw_names_particles, g_array_index(toks, SwNameTok, p - 1).word) &&
	       g_array_index(toks, SwNameTok, p - 1).end + 1 == g_array_index(toks, SwNameTok, p).start &&
	       !g_array_index(toks, SwNameTok, p).sentence_start)
		p--;
	if (p == i)
		return i;
	words = g_ptr_array_new();
	for (guint x = p; x < k; x++)
		g_ptr_array_add(words, g_array_index(toks, SwNameTok, x).word);
	joined = sw_names_join(words, 0, words->len);
	return g_hash_table_contains(st->short_forms, joined) ? p : i;
}

/* @name, and its endings of two words or more after a capitalised
 * word, into @st's bodies ("Friends of John Smith" is no John Smith) */
static void
sw_names_add_body(SwNamesState *st, const gchar *name)
{
	g_hash_table_add(st->bodies, g_strdup(name));
	for (const gchar *sp = strchr(name, ' '); sp != NULL; sp = strchr(sp + 1, ' ')) {
		const gchar *w = sp;
		while (w > name && w[-1] != ' ')
			w--;
		if (strchr(sp + 1, ' ') == NULL || !sw_names_is_cap_word(w))
			break;
		g_hash_table_add(st->bodies, g_strdup(sp + 1));
	}
}

/* a body's common noun, lower case, right before its name ("the
 * newspaper Kommersant", "the drugmaker Bavarian Nordic", "the carmaker
 * Jaguar Land Rover") */
static gboolean
sw_names_is_org_head(const gchar *word)
{
	return SW_IN(sw_names_org_heads, word) || (strlen(word) > 5 && g_str_has_suffix(word, "maker"));
}

/* does a body's common noun follow the name @words (@name) that ends at
 * @end? */
static gboolean
sw_names_body_after(const SwFactsCtx *ctx, GPtrArray *words, const gchar *name, gsize end)
{
	g_autoptr(GMatchInfo) m = NULL;
	gint ms = -1, me = -1;

	if (!sw_facts_re_match_at(&sw_names_re_body_after, ctx, end, 32, &m))
		return FALSE;
	return !g_match_info_fetch_named_pos(m, "medium", &ms, &me) || ms < 0 || !sw_names_is_place_form(words, name);
}

/* could the first @n of @words be someone's name: no body's word, no
 * country's letters ("the U.S. Generalized System of Preferences")? */
static gboolean
sw_names_personal(GPtrArray *words, guint n)
{
	for (guint i = 0; i < n; i++) {
		const gchar *w = g_ptr_array_index(words, i);
		if (SW_IN(sw_names_org_words, w) || SW_IN(sw_names_org_tails, w) || SW_IN(sw_names_country_codes, w))
			return FALSE;
	}
	return TRUE;
}

static void sw_names_emit_person_of(SwFactsCtx *ctx, SwNamesState *st, GArray *toks, guint a, guint of, guint b,
				    const gchar *role);

/* a word in -ing or -ly, a verb's or an adverb's form, which opens no
 * one's name ("Following", "Regarding", "Recently") */
static gboolean
sw_names_verb_form(const gchar *word)
{
	gsize n = strlen(word);

	return n >= 5 && (g_str_has_suffix(word, "ing") || g_str_has_suffix(word, "ly"));
}

/* are @words [@from, @to) all written in lower case elsewhere in the
 * text, inside a sentence ("the grocery store", "a mesh router")? Then
 * the words in capitals are a heading's or a product's, no one's name:
 * a name's words are seldom all common words of the same story. A
 * sentence's first word does not count, as a transcript's lower-case
 * sign-off ("ola berg, CNN, Washington") is still a name */
static gboolean
sw_names_common_words(SwNamesState *st, GArray *toks, GPtrArray *words, guint from, guint to)
{
	if (st->lower == NULL) {
		st->lower = g_hash_table_new(g_str_hash, g_str_equal);
		for (guint i = 0; i < toks->len; i++) {
			const SwNameTok *t = &g_array_index(toks, SwNameTok, i);
			if (!t->sentence_start && g_ascii_islower(t->word[0]))
				g_hash_table_add(st->lower, t->word);
		}
	}
	for (guint i = from; i < to; i++) {
		g_autofree gchar *low = g_utf8_strdown(g_ptr_array_index(words, i), -1);
		if (!g_hash_table_contains(st->lower, low))
			return FALSE;
	}
	return TRUE;
}

/* the endings of abstract nouns and adjectives, with the letters a
 * word must have before them, that no one's given name or surname takes
 * ("Marion", "Clement", "Gable", "Damarious" are names; "Fusion",
 * "Amendment", "Edition", "Partnership", "Helpful" are not) */
static const struct {
	const gchar *ending;
	gsize before;
} sw_names_abstract_endings[] = {
    {"tion", 3}, {"tions", 3}, {"sion", 3}, {"sions", 3}, {"ism", 2},	  {"ful", 2},
    {"ment", 5}, {"ments", 5}, {"able", 4}, {"ible", 4},	{"ship", 4}, {"ships", 4},
};

/* is a word of @words one of those? */
static gboolean
sw_names_abstract_word(GPtrArray *words)
{
	for (guint i = 0; i < words->len; i++) {
		const gchar *w = g_ptr_array_index(words, i);
		gsize l = strlen(w);
		/* a capital, then lower case: "Fusion", not "FUSION" or
		 * "LaMotion"'s inner capital */
		gboolean lower = g_ascii_isupper(w[0]);
		for (gsize c = 1; lower && c < l; c++)
			lower = g_ascii_islower(w[c]);
		for (guint k = 0; lower && k < G_N_ELEMENTS(sw_names_abstract_endings); k++) {
			gsize n = strlen(sw_names_abstract_endings[k].ending);
			if (l >= n + sw_names_abstract_endings[k].before &&
			    g_str_has_suffix(w, sw_names_abstract_endings[k].ending))
				return TRUE;
		}
	}
	return FALSE;
}

/* a product's or a program's word, which no one's name has: a figure in
 * it ("PS4 Pro", "Beats Solo3") or two words run together, the first of
 * four letters or more ("AirPods" is three, but "OpenOffice",
 * "QuickStats", "ChatZilla"; "McHugh", "MacDonald", "LaJoie", "DeShawn"
 * are names) */
/* the last of @words that is a body's or a product's capitals ("VR",
 * "SRL", "DL"), or -1: not a Roman numeral ("Elizabeth II"), a seat or
 * an honour, nor two letters before the run's last word, which may be
 * initials ("AJ Styles", "Struan WA Wilkie"); a run with a word in lower
 * case ("Rosaly Lopes of NASA") is read by the rules for "of" */
static gint
sw_names_letters_at(GPtrArray *words)
{
	for (guint i = 0; i < words->len; i++) {
		if (!g_ascii_isupper(*(const gchar *)g_ptr_array_index(words, i)))
			return -1;
	}
	for (guint i = words->len; i-- > 0;) {
		const gchar *w = g_ptr_array_index(words, i);
		if (!sw_names_is_acronym(w) || strchr(w, '.') != NULL || strspn(w, "IVX") == strlen(w) ||
		    SW_IN(sw_names_seats, w) || SW_IN(sw_names_honours, w) ||
		    (strlen(w) == 2 && i + 2 == words->len))
			continue;
		return (gint)i;
	}
	return -1;
}

static gboolean
sw_names_product_word(GPtrArray *words)
{
	for (guint i = 0; i < words->len; i++) {
		const gchar *w = g_ptr_array_index(words, i);
		guint lower = 0;
		for (const gchar *p = w; *p != '\0'; p++) {
			if (g_ascii_isdigit(*p))
				return TRUE;
			if (g_ascii_islower(*p))
				lower++;
			else if (g_ascii_isupper(*p) && p > w && lower >= 4 && g_ascii_islower(p[1]))
				return TRUE;
			else
				lower = 0;
		}
	}
	return FALSE;
}

/* a first word that counts a unit, "Six-Day", "One-Minute": a name
 * so led is an event's or a title's, no one's */
static gboolean
sw_names_counted_lead(const gchar *word)
{
	const gchar *hyphen = strchr(word, '-');
	g_autofree gchar *count = NULL;
	gdouble n;

	if (hyphen == NULL || hyphen - word < 3)
		return FALSE;
	count = g_ascii_strdown(word, hyphen - word);
	return sw_facts_number(count, &n);
}

/* what the words of a run say of a body: a body's word ("Ministry",
 * "Inc."), "&", a body's lead or its country's letters, a body's
 * letters, a possessor ("the People's Daily"), a body's verb or seat;
 * or that the run names nothing ("iPhone SE", a shouted word) */
typedef enum {
	SW_NAMES_NO_NAME,
	SW_NAMES_NO_BODY,
	SW_NAMES_BODY,
} SwNamesBodyForm;

static SwNamesBodyForm
sw_names_body_form(SwFactsCtx *ctx, SwNamesState *st, GArray *toks, GPtrArray *words, const gchar *name,
		   const SwNameTok *first, const SwNameTok *last)
{
	gboolean org = FALSE;

	for (guint i = 0; i < words->len && !org; i++)
		org = SW_IN(sw_names_org_words, (const gchar *)g_ptr_array_index(words, i)) ||
		      (i > 0 && words->len <= 4 &&
		       SW_IN(sw_names_org_tails, (const gchar *)g_ptr_array_index(words, i)));
	/* "the San Diego Union-Tribune": a body's word after a hyphen
	 * ends the name */
	if (!org && words->len >= 2) {
		const gchar *dash = strrchr(g_ptr_array_index(words, words->len - 1), '-');
		org = dash != NULL &&
		      (SW_IN(sw_names_org_words, dash + 1) || SW_IN(sw_names_org_tails, dash + 1));
	}
	/* "Procter & Gamble", "Marks & Spencer", "P&O Ferries", "AT&T" */
	for (guint i = 0; i < words->len && !org; i++)
		org = (i > 0 && i + 1 < words->len && g_str_equal(g_ptr_array_index(words, i), "&")) ||
		      (strlen(g_ptr_array_index(words, i)) > 2 &&
		       strchr(g_ptr_array_index(words, i), '&') != NULL &&
		       !SW_IN(sw_names_plain_acronyms, (const gchar *)g_ptr_array_index(words, i)));
	/* "National Grid", "Royal Mail": no one's first name */
	if (!org && words->len >= 2)
		org = SW_IN(sw_names_org_leads, (const gchar *)g_ptr_array_index(words, 0));
	/* "the Center for Economic Policy Research", "the Museum of
	 * Modern Art": a body's last word opens its name before "for"
	 * or "of" */
	if (!org && words->len >= 3 && SW_IN(sw_names_org_tails, (const gchar *)g_ptr_array_index(words, 0)))
		org = g_str_equal(g_ptr_array_index(words, 1), "for") ||
		      g_str_equal(g_ptr_array_index(words, 1), "of");
	/* "Reform UK", "Cancer Research UK": a country's letters end a
	 * body's name, never a person's (a longer run is a headline) */
	if (!org && words->len >= 2 && words->len <= 4)
		org = SW_IN(sw_names_country_codes, (const gchar *)g_ptr_array_index(words, words->len - 1));
	if (!org && words->len == 1 && sw_names_is_acronym(name)) {
		/* "the iPhone SE": a model's letters after a name whose
		 * capital is inside */
		if (SW_IN(sw_names_plain_acronyms, name) || sw_names_camel_before(ctx, first->start))
			return SW_NAMES_NO_NAME;
		/* "BIG", "VOTE", "AND": a word of three letters or more
		 * shouted, which the story also writes in lower case,
		 * is no body's letters (though "WHO" is; "IS" and "UN"
		 * are too short to tell) */
		if (strlen(name) >= 3 && !g_str_equal(name, "WHO") && sw_names_common_words(st, toks, words, 0, 1))
			return SW_NAMES_NO_NAME;
		org = TRUE;
	}
	/* "Russia Today", "China Daily": a country and a paper's word are
	 * a paper or a broadcaster, no one ("Jordan Peterson" is someone) */
	if (!org && words->len == 2 && SW_IN(sw_names_places, (const gchar *)g_ptr_array_index(words, 0)) &&
	    SW_IN(sw_names_paper_words, (const gchar *)g_ptr_array_index(words, 1)))
		org = TRUE;
	/* "the People's Daily": a body, never one person; alone
	 * ("People's") nothing */
	if (!org && SW_IN(sw_names_possessors, (const gchar *)g_ptr_array_index(words, 0))) {
		if (words->len == 1)
			return SW_NAMES_NO_NAME;
		org = !SW_IN(sw_names_events, (const gchar *)g_ptr_array_index(words, words->len - 1));
	}
	/* "Cal Fire battalion chief Laura Mendes": a run of two words or
	 * more before a job in lower case and a name is the body the job
	 * is in (one word may be a family name: "Biden adviser Jake
	 * Sullivan"; "Kansas City mayor Quinton Lucas" is a place's) */
	if (!org && ((words->len >= 2 && (sw_names_body_after(ctx, words, name, last->end) ||
					  (sw_names_job_before_name(ctx, last->end) &&
					   !sw_names_is_place_form(words, name)))) ||
		     sw_names_after_seat(ctx, first->start))) {
		org = TRUE;
		sw_names_add_body(st, name);
	}
	/* a body everywhere in the story, as a body's noun makes it
	 * ("Acme Sound have denied it" makes "Acme Sound says"
	 * one too) */
	if (!org && words->len >= 2 && sw_facts_re_matches_at(&sw_names_re_plural_verb, ctx, last->end, 16) &&
	    !sw_facts_re_matches_before(&sw_names_re_list_before, ctx, first->start, 72)) {
		org = TRUE;
		sw_names_add_body(st, name);
	}
	return org ? SW_NAMES_BODY : SW_NAMES_NO_BODY;
}

/* the name of tokens [a, b); @role as sw_names_run's; @body: the name is
 * where someone works or comes from ("of Bindmans LLP"), a body or a
 * place, never a person */
static void
sw_names_emit(SwFactsCtx *ctx, SwNamesState *st, GArray *toks, guint a, guint b, const gchar *role, gboolean body)
{
	g_autoptr(GPtrArray) words = g_ptr_array_new();
	g_autofree gchar *name = NULL;
	SwNameTok *first;
	SwNameTok *last;
	SwFactKind kind;
	SwFact *f;
	const gchar *ref = NULL;
	gdouble count;

	g_return_if_fail(a < b && b <= toks->len);
	first = &g_array_index(toks, SwNameTok, a);
	last = &g_array_index(toks, SwNameTok, b - 1);
	for (guint i = a; i < b; i++)
		g_ptr_array_add(words, g_array_index(toks, SwNameTok, i).word);
	name = sw_names_join(words, 0, words->len);
	if (sw_facts_taken(ctx, first->start, last->end))
		return;
	/* "Alert Level 4", "Category 3": a grade's words before its figure,
	 * which the figure's fact holds as its noun */
	if (SW_IN(sw_names_grades, last->word) && last->end + 1 < ctx->len && ctx->text[last->end] == ' ' &&
	    g_ascii_isdigit(ctx->text[last->end + 1]))
		return;
	/* letters after a person's name are no part of it: a seat, which is
	 * the role ("Jess Phillips MP"), a silk or an honour ("Jane Smith
	 * QC", "John Smith OBE") */
	if (words->len >= 3 && (SW_IN(sw_names_seats, last->word) || SW_IN(sw_names_honours, last->word))) {
		gboolean seat = SW_IN(sw_names_seats, last->word);
		sw_names_emit(ctx, st, toks, a, b - 1, role != NULL && *role != '\0' ? role : seat ? last->word : NULL,
			      body);
		return;
	}
	/* "the Ten Most Wanted fugitives", "the Four Seasons": a number word
	 * opens a title or a brand, and a name only as the later form of
	 * one seen ("Ten Hag" after "Erik ten Hag") */
	if (words->len >= 2 && SW_IN(sw_names_number_words, first->word) && sw_facts_number(first->word, &count) &&
	    sw_names_full_name(st, name) == NULL && !SW_IN(sw_names_places, name))
		return;
	if (SW_IN(sw_names_places, name) || sw_names_is_shouted_place(name) ||
	    (sw_facts_re_matches_at(&sw_names_re_facility_after, ctx, last->end, 16) &&
	     sw_names_full_name(st, name) == NULL)) {
		kind = SW_FACT_PLACE;
	} else if (words->len > 1 && sw_names_all_caps(words)) {
		/* "THANK YOU": shouting, not a name */
		return;
	} else {
		SwNamesBodyForm form = sw_names_body_form(ctx, st, toks, words, name, first, last);
		gboolean org = form == SW_NAMES_BODY;
		if (form == SW_NAMES_NO_NAME)
			return;
		if (org) {
			kind = SW_FACT_ORG;
		} else if (sw_names_is_place_form(words, name) ||
			   (words->len == 1 &&
			    (sw_names_place_cue(ctx, first->start) || sw_names_joins_place(ctx, first->start) ||
			     sw_names_in_place(ctx, st, a > 0 ? first - 1 : NULL, first->start, last->end, name) ||
			     (sw_names_place_after_comma(ctx, last->end) && !SW_IN(sw_names_titles, name))) &&
			    !sw_names_is_demonym(name) &&
			    !sw_names_possessive_after(ctx, last->end) &&
			    !g_hash_table_contains(st->short_forms, name))) {
			/* "New Safety Recommendations Issued After Deadly SWA
			 * Flight": a run this long is a headline in title case,
			 * no place (the gazetteer's long names are read before) */
			if (words->len > 4 && SW_IN(sw_names_place_leads, first->word) && !sw_names_has_particle(words))
				return;
			/* "the New Price Drop": a place's lead before two words
			 * or more the story writes in lower case is a heading's
			 * word, no place (known places, "Fort Worth", are read
			 * before; one word may be a place's, "New Haven" in a
			 * story of a haven) */
			if (words->len >= 3 && SW_IN(sw_names_place_leads, first->word) &&
			    sw_names_common_words(st, toks, words, 1, words->len))
				return;
			kind = SW_FACT_PLACE;
		} else if (words->len > 1 &&
			   sw_names_is_demonym(g_ptr_array_index(words, words->len - 1))) {
			/* "Cuban Americans", "West German": a people or an
			 * adjective, no one's name */
			return;
		} else if (words->len > (sw_names_has_particle(words) ? 6 : 4)) {
			/* a run this long is a title-case headline, not a name,
			 * unless it is a person of two or three words "of" a body
			 * of four at most ("Daniel Ferreira of Bindmans LLP") */
			for (guint i = 2; i <= 3; i++) {
				if (g_str_equal(g_ptr_array_index(words, i), "of") && words->len - i - 1 <= 4 &&
				    sw_names_personal(words, i)) {
					sw_names_emit_person_of(ctx, st, toks, a, a + i, b, role);
					break;
				}
			}
			return;
		} else if (SW_IN(sw_names_jobs, (const gchar *)g_ptr_array_index(words, words->len - 1))) {
			/* "Transport Correspondent": a job, no one */
			return;
		} else if (words->len > 1 &&
			   (SW_IN(sw_names_events, (const gchar *)g_ptr_array_index(words, words->len - 1)) ||
			    SW_IN(sw_names_event_leads, (const gchar *)g_ptr_array_index(words, 0)) ||
			    sw_names_counted_lead(g_ptr_array_index(words, 0)) || sw_names_is_label(words))) {
			/* an event ("World War II", "Hurricane Hugo", "the
			 * Six-Day War"), a title ("The One-Minute Time
			 * Machine") or a label ("Class A" shares) */
			return;
		} else if (role != NULL) {
			/* a role "" marks a courtesy title: a person, no role */
			kind = SW_FACT_PERSON;
		} else if (words->len >= 2) {
			/* "an economist at Capital Economics": one works at a
			 * firm, not at a person; "Goldman Sachs raised its
			 * forecast": a firm acts on its own things */
			g_autofree gchar *before = sw_names_word_before(ctx, first->start);
			/* "Ola Berg of Aberdeen, Scotland": a person of a
			 * place, whatever place follows the comma */
			gboolean person_of = FALSE;
			for (guint i = 2; i + 1 < words->len && !person_of; i++)
				person_of = g_str_equal(g_ptr_array_index(words, i), "of") && sw_names_personal(words, i);
			/* "operations in Khan Younis", "20 km north of Novo
			 * Selo": one is in a place, not in a person ("near Tim
			 * Cook" may be either) */
			/* "beat the Golden State Warriors": "the" leads no
			 * one's name, a body's often (sw_names_the_before) */
			kind = sw_facts_re_matches_before(&sw_names_re_staff_at, ctx, first->start, 40) ? SW_FACT_ORG
			       : (g_str_equal(before, "in") ||
				  (g_str_equal(before, "of") && sw_names_place_cue(ctx, first->start)) ||
				  (sw_names_place_after_comma(ctx, last->end) && !person_of)) &&
					   !sw_names_possessive_after(ctx, last->end)
				   ? SW_FACT_PLACE
			       : sw_names_works_at(ctx, before, first->start, last->end) || sw_names_acronym_led(words) ||
					   (sw_names_the_before(ctx, first->start, last->end) &&
					    !SW_IN(sw_names_ranks, (const gchar *)g_ptr_array_index(words, 0))) ||
					   sw_facts_re_matches_at(&sw_names_re_its, ctx, last->end, 32) ||
					   sw_facts_re_matches_at(&sw_names_re_body_apposition, ctx, last->end, 80) ||
					   sw_facts_re_matches_at(&sw_names_re_staff_after, ctx, last->end, 40) ||
					   sw_names_owned_by_person(ctx, first->start) ||
					   /* "the carrier Dwight D. Eisenhower" is a
					    * ship a person named */
					   (sw_names_is_org_head(before) && !g_str_equal(before, "carrier")) ||
					   sw_facts_re_matches_at(&sw_names_re_among_bodies, ctx, last->end, 160)
				   ? SW_FACT_ORG
			       : body ? SW_FACT_ORG
				      : SW_FACT_PERSON;
			/* "St Petersburg", "St Albans": a name a saint's
			 * title opens is a town's more often than the saint's
			 * in news, and the saint is no one the story quotes */
			if (kind == SW_FACT_PERSON && (g_str_equal(g_ptr_array_index(words, 0), "St") ||
						       g_str_equal(g_ptr_array_index(words, 0), "St.")))
				kind = SW_FACT_PLACE;
			/* "the Cedar Ridge fire", "the Tohoku earthquake": a
			 * disaster is named for where it is */
			if (kind == SW_FACT_PERSON && first->start >= 4 &&
			    g_ascii_strncasecmp(ctx->text + first->start - 4, "the ", 4) == 0 &&
			    sw_facts_re_matches_at(&sw_names_re_disaster_after, ctx, last->end, 24))
				kind = SW_FACT_PLACE;
			/* "Mesh Router" beside "a mesh router": a heading's or a
			 * product's words, no one's name */
			if (kind == SW_FACT_PERSON && sw_names_common_words(st, toks, words, 0, words->len))
				return;
			/* "Pixar Animation", "Jet Propulsion Laboratory", "Sixth
			 * Amendment", "PS4 Pro", "LibreOffice Online": a word of an
			 * abstract noun's ending, or a product's, names a body or
			 * a thing, no one */
			if (kind == SW_FACT_PERSON && (sw_names_abstract_word(words) || sw_names_product_word(words)))
				kind = SW_FACT_ORG;
			/* "Mozilla VR", "Arduino SRL", "Firefox OS": a body's or a
			 * product's letters in the run name no one; before a name
			 * of two words they are a position or a label ("Browns DL
			 * Sheldon Richardson"), and the name after them stands
			 * alone */
			if (kind == SW_FACT_PERSON) {
				/* letters that open the run are read by the rules
				 * above ("UK Home Secretary") */
				gint k = sw_names_letters_at(words);
				if (k > 0 && (guint)k + 2 < words->len) {
					sw_names_emit(ctx, st, toks, a + (guint)k + 1, b, role, body);
					return;
				}
				if (k > 0)
					kind = SW_FACT_ORG;
			}
			/* "the envoy to Ukraine Ola Berg", "ambassador to
			 * Britain Ana Ruiz": the place a title is to, then
			 * the person */
			if (kind == SW_FACT_PERSON && words->len >= 3 && g_str_equal(before, "to") &&
			    SW_IN(sw_names_places, first->word)) {
				sw_names_emit(ctx, st, toks, a, a + 1, NULL, FALSE);
				sw_names_emit(ctx, st, toks, a + 1, b, role, body);
				return;
			}
			if (kind == SW_FACT_PERSON && words->len == 2 && first->sentence_start &&
			    sw_names_verb_form(first->word) &&
			    (sw_names_common_words(st, toks, words, 0, 1) ||
			     g_hash_table_contains(st->short_forms, g_array_index(toks, SwNameTok, a + 1).word))) {
				/* "Hosting Holm, the fair ...", "Questioning Berg":
				 * a verb's form opens the sentence, one the story
				 * writes in lower case or before a name it gave in
				 * full; the name after it stands alone */
				sw_names_emit(ctx, st, toks, a + 1, b, role, body);
				return;
			}
			/* a word before a person's name of two words or more
			 * that is no part of it: a sentence's first word the
			 * story writes in lower case, before two or three
			 * capitalised words ("Defenseman Jonas Holm",
			 * "Employee Ana Ruiz"), or a people's or a party's
			 * word, which says where they are from or whom they
			 * stand for ("Canadian Lena Marsh", "Republican
			 * Ola Berg"; "the Russian Far East" and "the British
			 * Foreign Office" are read whole) */
			if (kind == SW_FACT_PERSON && words->len >= 3 &&
			    ((first->sentence_start && words->len <= 4 &&
			      sw_names_is_cap_word(g_ptr_array_index(words, 1)) &&
			      sw_names_is_cap_word(g_ptr_array_index(words, words->len - 1)) &&
			      (words->len == 3 || sw_names_is_cap_word(g_ptr_array_index(words, 2))) &&
			      sw_names_common_words(st, toks, words, 0, 1)) ||
			     sw_names_is_demonym(g_ptr_array_index(words, 0)) ||
			     SW_IN(sw_names_parties, (const gchar *)g_ptr_array_index(words, 0)) ||
			     /* a position's letters in a roster: "DL Ola
			      * Berg", "CB A.J. Holm" */
			     (strlen(first->word) <= 3 && strchr(first->word, '.') == NULL &&
			      sw_names_is_acronym(first->word) && !SW_IN(sw_names_country_codes, first->word) &&
			      !SW_IN(sw_names_places, first->word)))) {
				guint n = ctx->out->len;
				sw_names_emit(ctx, st, toks, a + 1, b, role, body);
				/* the role an apposition gives the whole run ("The
				 * governor, Republican Ola Berg,") is the person's */
				if (ctx->out->len > n) {
					SwFact *p = g_ptr_array_index(ctx->out, ctx->out->len - 1);
					if (p->kind == SW_FACT_PERSON && p->role == NULL && p->ref == NULL)
						p->role = sw_names_role_before(ctx, first->start, last->end);
				}
				return;
			}
		} else {
			/* one word: a person only as the short form of one seen */
			ref = g_hash_table_lookup(st->short_forms, name);
			/* a people's word is no body ("acquired Japanese rivals") */
			if (ref == NULL && sw_names_is_demonym(name))
				return;
			if (ref == NULL) {
				/* "the newspaper Kommersant"; a body the story named
				 * as one before ("Atlanta-based BellSouth ...
				 * BellSouth said") */
				g_autofree gchar *head = sw_names_word_before(ctx, first->start);
				if (!sw_names_is_org_head(head) && !g_hash_table_contains(st->bodies, name) &&
				    !sw_facts_re_matches_before(&sw_names_re_staff_at, ctx, first->start, 40) &&
				    !sw_facts_re_matches_at(&sw_names_re_body_apposition, ctx, last->end, 80) &&
				    !((sw_facts_re_matches_at(&sw_names_re_body_title_after, ctx, last->end, 40) ||
				       sw_facts_re_matches_at(&sw_names_re_staff_after, ctx, last->end, 40) ||
				       /* "Nvidia raised its forecast": a body acts on
					* its own things */
				       sw_facts_re_matches_at(&sw_names_re_verb_its, ctx, last->end, 32)) &&
				      !sw_names_is_people_word(name)))
					return;
				kind = SW_FACT_ORG;
			} else {
				kind = SW_FACT_PERSON;
			}
		}
	}
	/* "the occupation by Russia of Crimea": a country is no one's name,
	 * so two names, the country and what is "of" it */
	if (kind == SW_FACT_PERSON && words->len >= 3 && g_str_equal(g_ptr_array_index(words, 1), "of") &&
	    sw_word_set_has(&sw_names_places_set, g_ptr_array_index(words, 0))) {
		sw_names_emit(ctx, st, toks, a, a + 1, NULL, TRUE);
		sw_names_emit(ctx, st, toks, a + 2, b, NULL, TRUE);
		return;
	}
	/* "Dale Brown of LSU": a person of a body or a place, not one name
	 * ("Catherine of Aragon", one word before "of", keeps it) */
	if (kind == SW_FACT_PERSON) {
		for (guint i = 2; i + 1 < words->len; i++) {
			if (g_str_equal(g_ptr_array_index(words, i), "of")) {
				sw_names_emit_person_of(ctx, st, toks, a, a + i, b, role);
				return;
			}
		}
	}
	f = sw_fact_new(ctx, kind, first->start, last->end);
	f->value = g_strdup(ref != NULL ? ref : name);
	if (ref != NULL)
		f->ref = g_strdup(ref);
	if (role != NULL && *role != '\0')
		f->role = g_strdup(role);
	else if (kind == SW_FACT_PERSON && ref == NULL && words->len >= 2) {
		f->role = sw_names_role_after(ctx, last->end);
		if (f->role == NULL)
			f->role = sw_names_role_before(ctx, first->start, last->end);
	}
	/* "President Trump ... Trump said": a family name a title gave is a
	 * person's alone later on (not a word the story writes in lower case:
	 * "General History") */
	if (kind == SW_FACT_PERSON && ref == NULL && words->len == 1 && role != NULL && *role != '\0' &&
	    sw_names_is_cap_word(name) && !g_hash_table_contains(st->short_forms, name) && !sw_names_is_demonym(name) &&
	    !sw_names_common_words(st, toks, words, 0, 1))
		g_hash_table_insert(st->short_forms, g_strdup(name), g_strdup(name));
	if (kind == SW_FACT_PERSON && ref == NULL && words->len >= 2) {
		/* every tail of the name ("Putin", "Luther King"), and the first
		 * of two words, the family name in Chinese or Korean ("Xi") */
		for (const gchar *sp = strchr(name, ' '); sp != NULL; sp = strchr(sp + 1, ' ')) {
			if (!g_hash_table_contains(st->short_forms, sp + 1))
				g_hash_table_insert(st->short_forms, g_strdup(sp + 1), g_strdup(name));
		}
		if (words->len == 2 && !g_hash_table_contains(st->short_forms, g_ptr_array_index(words, 0)))
			g_hash_table_insert(st->short_forms, g_strdup(g_ptr_array_index(words, 0)),
					    g_strdup(name));
		/* a word inside, the name a person goes by ("Lula" for "Luiz
		 * Inácio Lula da Silva"), not an initial nor a particle */
		for (guint i = 1; i + 1 < words->len; i++) {
			const gchar *w = g_ptr_array_index(words, i);
			if (strlen(w) >= 3 && sw_names_is_cap_word(w) && strchr(w, '.') == NULL &&
			    !g_hash_table_contains(st->short_forms, w))
				g_hash_table_insert(st->short_forms, g_strdup(w), g_strdup(name));
		}
		/* "Assad" for "Bashar al-Assad" */
		{
			const gchar *last_word = g_ptr_array_index(words, words->len - 1);
			const gchar *dash = strchr(last_word, '-');
			if (sw_names_is_particle_name(last_word) && dash != NULL &&
			    !g_hash_table_contains(st->short_forms, dash + 1))
				g_hash_table_insert(st->short_forms, g_strdup(dash + 1), g_strdup(name));
		}
	}
	/* a later "Luther King", "Mr Biden" or "Von der Leyen" also points
	 * back at the full name, which is its value as any short form's; a
	 * title keeps its own ("King Hussein" is not "Saddam Hussein") */
	if (kind == SW_FACT_PERSON && ref == NULL) {
		const gchar *full = sw_names_full_name(st, name);
		if (full != NULL) {
			f->ref = g_strdup(full);
			if (role == NULL || *role == '\0') {
				g_free(f->value);
				f->value = g_strdup(full);
			}
		}
	}
}

/* a person, tokens [a, of), and the body or place after "of", [of + 1, b) */
static void
sw_names_emit_person_of(SwFactsCtx *ctx, SwNamesState *st, GArray *toks, guint a, guint of, guint b, const gchar *role)
{
	sw_names_emit(ctx, st, toks, a, of, role, FALSE);
	sw_names_emit(ctx, st, toks, of + 1, b, NULL, TRUE);
}

/* words of a portfolio after a title: "Minister for Foreign Affairs" */
static const gchar *const sw_names_portfolio[] = {
    "Foreign", "Affairs", "Defense", "Defence", "Security", "Finance", "Trade", "State",
    "Education", "Health", "Justice", "Interior", "Home", "Economy", "Economic", "Energy",
    "Transport", "Culture", "Industry", "Information", "Communications", "Development",
    "Agriculture", "Labour", "Labor", "Environment", "Public", "Internal", "External",
    "Homeland", "National", "International", "Relations", "Policy", "Technology", "Science",
    "Research", "Operations", "Intelligence", "Planning", "Strategy", "Police", "Fire", "Deputy",
    "Assistant", "Acting", "Interim", "Majority", "Minority", "Vice", "Managing", "Executive",
    "Prosecution", "Prosecutions",
};
static SwWordSet sw_names_portfolio_set = SW_WORD_SET(sw_names_portfolio);
static SwWordSet sw_names_portfolio_folded = SW_WORD_SET_FOLD(sw_names_portfolio);

/* does a title begin with @word ("Prime" for "Prime Minister")? */
static gboolean
sw_names_opens_title(const gchar *word)
{
	static GHashTable *firsts = NULL;

	if (g_once_init_enter(&firsts)) {
		GHashTable *h = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		for (guint i = 0; i < G_N_ELEMENTS(sw_names_titles); i++) {
			const gchar *sp = strchr(sw_names_titles[i], ' ');
			g_hash_table_add(h, sp != NULL ? g_strndup(sw_names_titles[i], (gsize)(sp - sw_names_titles[i]))
						       : g_strdup(sw_names_titles[i]));
		}
		g_once_init_leave(&firsts, h);
	}
	return g_hash_table_contains(firsts, word);
}

/* the title phrase that is tokens [q, p), if any: longest first */
static guint
sw_names_title_at(GArray *toks, guint q, guint limit)
{
	/* most words open no title: one look-up, not four phrases built */
	if (!sw_names_opens_title(g_array_index(toks, SwNameTok, q).word))
		return 0;
	for (guint n = MIN(limit - q, 4); n > 0; n--) {
		g_autoptr(GPtrArray) words = g_ptr_array_new();
		g_autofree gchar *phrase = NULL;
		for (guint k = q; k < q + n; k++)
			g_ptr_array_add(words, g_array_index(toks, SwNameTok, k).word);
		phrase = sw_names_join(words, 0, words->len);
		if (SW_IN(sw_names_titles, phrase))
			return n;
	}
	return 0;
}

static gboolean
sw_names_is_short_form(SwNamesState *st, const gchar *word)
{
	return g_hash_table_contains(st->short_forms, word);
}

SwFactKind
sw_facts_name_kind(const gchar *name)
{
	g_auto(GStrv) words = g_strsplit(name, " ", -1);

	if (SW_IN(sw_names_places, name) || sw_names_is_shouted_place(name))
		return SW_FACT_PLACE;
	for (guint i = 0; words[i] != NULL; i++) {
		if (SW_IN(sw_names_org_words, words[i]))
			return SW_FACT_ORG;
	}
	if (words[0] != NULL && words[1] == NULL && sw_names_is_acronym(name) &&
	    !SW_IN(sw_names_plain_acronyms, name))
		return SW_FACT_ORG;
	return SW_FACT_PERSON;
}

gboolean
sw_names_is_common(const gchar *word)
{
	return SW_IN(sw_names_not_names, word);
}

gsize
sw_names_honorific_before(const SwFactsCtx *ctx, gsize pos)
{
	gsize b;
	gchar word[8];

	if (pos < 2 || ctx->text[pos - 1] != ' ')
		return pos;
	b = pos - 1;
	while (b > 0 && pos - 1 - b < sizeof word && (g_ascii_isalpha(ctx->text[b - 1]) || ctx->text[b - 1] == '.'))
		b--;
	if (pos - 1 - b == 0 || pos - 1 - b >= sizeof word)
		return pos;
	memcpy(word, ctx->text + b, pos - 1 - b);
	word[pos - 1 - b] = '\0';
	return SW_IN(sw_names_honorifics, word) ? b : pos;
}

/* a title in lower case right before token @j: "China's president Xi
 * Jinping", "foreign minister Sergei Lavrov"; NULL for none */
static gchar *
sw_names_title_before(SwFactsCtx *ctx, GArray *toks, guint j)
{
	/* the word right before the name ends any title: none in lower case
	 * and touching it, no title (most names) */
	if (j == 0 || !g_ascii_islower(g_array_index(toks, SwNameTok, j - 1).word[0]) ||
	    g_array_index(toks, SwNameTok, j - 1).end + 1 != g_array_index(toks, SwNameTok, j).start)
		return NULL;
	/* the longest first: "deputy prime minister", "chief financial
	 * officer" */
	for (guint n = MIN(j, 3); n > 0; n--) {
		g_autoptr(GString) phrase = g_string_new(NULL);
		gboolean ok = TRUE;
		for (guint x = j - n; x < j && ok; x++) {
			const SwNameTok *t = &g_array_index(toks, SwNameTok, x);
			const SwNameTok *next = &g_array_index(toks, SwNameTok, x + 1);
			/* lower case, one space apart, up to the name; a
			 * sentence's first word in capitals ("Chief executive
			 * Kelly Ortberg said") */
			ok = (g_ascii_islower(t->word[0]) || (x == j - n && n >= 2 && t->sentence_start)) &&
			     next->start == t->end + 1 && ctx->text[t->end] == ' ';
			if (phrase->len > 0)
				g_string_append_c(phrase, ' ');
			g_string_append(phrase, t->word);
		}
		if (ok && sw_word_set_has(&sw_names_titles_folded, phrase->str)) {
			/* with its portfolio in lower case: "former transport
			 * minister Pavel Roussev" is a transport minister, and
			 * "former" stands before the whole */
			for (guint x = j - n; x > 0 && j - x < 4; x--) {
				const SwNameTok *t = &g_array_index(toks, SwNameTok, x - 1);
				if (!g_ascii_islower(t->word[0]) || t->end + 1 != g_array_index(toks, SwNameTok, x).start ||
				    !sw_word_set_has(&sw_names_portfolio_folded, t->word))
					break;
				g_string_prepend_c(phrase, ' ');
				g_string_prepend(phrase, t->word);
			}
			return g_string_free(g_steal_pointer(&phrase), FALSE);
		}
	}
	return NULL;
}

/* generational suffixes */
static const gchar *const sw_names_suffixes[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"};
static SwWordSet sw_names_suffixes_set = SW_WORD_SET(sw_names_suffixes);

/* are tokens [a, b) all generational suffixes ("Jr.", "III")? */
static gboolean
sw_names_only_suffixes(GArray *toks, guint a, guint b)
{
	for (guint x = a; x < b; x++) {
		if (!SW_IN(sw_names_suffixes, g_array_index(toks, SwNameTok, x).word))
			return FALSE;
	}
	return TRUE;
}

/* words before a title that tell a different standing, kept in the role
 * since the diff tells them: "former" (first: it is always written in
 * lower case), "shadow" (the opposition's), "acting", "interim" */
static const gchar *const sw_names_standings[] = {"former", "shadow", "acting", "interim"};

/* @role with its standing when one comes right before token @at, the
 * title's first word: "former Prime Minister Boris Johnson" is role
 * "former Prime Minister", which a diff can tell from "Prime Minister";
 * "Shadow chancellor Jeremy Hunt" role "Shadow chancellor" */
static gchar *
sw_names_standing(GArray *toks, guint at, gchar *role)
{
	const SwNameTok *t;

	if (at == 0 || role == NULL)
		return role;
	t = &g_array_index(toks, SwNameTok, at - 1);
	if (g_array_index(toks, SwNameTok, at).start != t->end + 1)
		return role;
	for (guint i = 0; i < G_N_ELEMENTS(sw_names_standings); i++) {
		if (g_ascii_strcasecmp(t->word, sw_names_standings[i]) == 0) {
			/* as written ("Interim CEO"), but "former" in lower case
			 * wherever it stands, as it always was */
			gchar *r = g_strconcat(i == 0 ? sw_names_standings[i] : t->word, " ", role, NULL);
			g_free(role);
			return r;
		}
	}
	return role;
}

/* one run of capitalised words [j, k): a title inside it is the role and
 * splits it; what precedes the title ("US", "Chinese") stands alone */
static void
sw_names_run(SwFactsCtx *ctx, SwNamesState *st, GArray *toks, guint j, guint k, gboolean honorific)
{
	guint best_q = 0, best_p = 0;
	gboolean found = FALSE;

	/* the first title, at its longest: "State Councilor", not the
	 * "Councilor" inside it */
	for (guint q = j; q < k && !found; q++) {
		guint n = sw_names_title_at(toks, q, k);
		guint more;
		/* titles one after another are one rank: "Detective Inspector
		 * Paul Grant", "Lance Corporal" (a name must be left) */
		while (n > 0 && q + n < k && (more = sw_names_title_at(toks, q + n, k)) > 0 && q + n + more < k &&
		       !sw_names_only_suffixes(toks, q + n + more, k))
			n += more;
		/* "Martin Luther King Jr.": a suffix alone after the title
		 * is no name, so the title is part of one */
		if (n > 0 && q + n < k && !sw_names_only_suffixes(toks, q + n, k)) {
			best_q = q;
			best_p = q + n;
			found = TRUE;
		}
	}
	/* "the Justice Department": an organisation after the title word
	 * makes the whole run one */
	for (guint x = best_p; found && x < k; x++) {
		if (SW_IN(sw_names_org_words, g_array_index(toks, SwNameTok, x).word))
			found = FALSE;
	}
	/* "The Prime Minister's spokesman", "the Foreign Secretary arrived":
	 * a title and nothing more is a role, no one's name nor a body's */
	if (!found && k > j + 1) {
		guint t = j;
		while (t < k && SW_IN(sw_names_portfolio, g_array_index(toks, SwNameTok, t).word))
			t++;
		if (t < k && sw_names_title_at(toks, t, k) == k - t)
			return;
	}
	if (!found) {
		g_autofree gchar *before = sw_names_title_before(ctx, toks, j);
		/* its first word: "foreign minister" is two before the name */
		if (before != NULL) {
			guint words = 1;
			for (const gchar *c = before; *c != '\0'; c++)
				words += *c == ' ';
			before = sw_names_standing(toks, j - words, before);
		}
		if (before == NULL && !honorific) {
			before = sw_names_listed_role(ctx, st, g_array_index(toks, SwNameTok, j).start);
			if (before != NULL)
				st->plural_end = g_array_index(toks, SwNameTok, k - 1).end;
		}
		sw_names_emit(ctx, st, toks, j, k, before != NULL ? before : honorific ? "" : NULL, FALSE);
		return;
	}
	/* a portfolio before the title is part of it: "Defense Secretary" */
	while (best_q > j &&
	       SW_IN(sw_names_portfolio, g_array_index(toks, SwNameTok, best_q - 1).word))
		best_q--;
	/* so are two words and more before it that name nothing of their
	 * own: "U.S. District Judge"; "US" or "Chinese" alone stand apart */
	if (best_q >= j + 2) {
		g_autoptr(GPtrArray) lead = g_ptr_array_new();
		g_autofree gchar *joined = NULL;
		for (guint x = j; x < best_q; x++)
			g_ptr_array_add(lead, g_array_index(toks, SwNameTok, x).word);
		joined = sw_names_join(lead, 0, lead->len);
		if (sw_facts_name_kind(joined) == SW_FACT_PERSON)
			best_q = j;
	}
	{
		g_autoptr(GPtrArray) words = g_ptr_array_new();
		g_autofree gchar *role = NULL;
		guint name = best_p;
		/* "for Foreign Affairs": the portfolio belongs to the role */
		if (name < k && SW_IN(sw_names_connectors, g_array_index(toks, SwNameTok, name).word)) {
			guint r = name + 1;
			while (r < k && SW_IN(sw_names_portfolio, g_array_index(toks, SwNameTok, r).word))
				r++;
			if (r > name + 1 && r < k)
				name = r;
		}
		for (guint x = best_q; x < name; x++)
			g_ptr_array_add(words, g_array_index(toks, SwNameTok, x).word);
		role = sw_names_join(words, 0, words->len);
		/* "Presidents Leonid Kuchma and Boris Yeltsin": each a
		 * president */
		if (SW_IN(sw_names_plural_titles, (const gchar *)g_ptr_array_index(words, words->len - 1))) {
			role[strlen(role) - 1] = '\0';
			g_free(st->plural_role);
			st->plural_role = g_strdup(role);
			st->plural_end = g_array_index(toks, SwNameTok, k - 1).end;
		}
		if (best_q > j)
			sw_names_emit(ctx, st, toks, j, best_q, NULL, FALSE);
		else
			role = sw_names_standing(toks, j, role);
		/* "President of UNOS", "Professor of Transplant Surgery": a
		 * title of a body or a field, no one named; the body is a name
		 * of its own, the field none */
		if (name + 1 < k && SW_IN(sw_names_connectors, g_array_index(toks, SwNameTok, name).word)) {
			g_autoptr(GPtrArray) rest = g_ptr_array_new();
			g_autofree gchar *joined = NULL;
			for (guint x = name + 1; x < k; x++)
				g_ptr_array_add(rest, g_array_index(toks, SwNameTok, x).word);
			joined = sw_names_join(rest, 0, rest->len);
			if (sw_facts_name_kind(joined) != SW_FACT_PERSON)
				sw_names_emit(ctx, st, toks, name + 1, k, NULL, FALSE);
			return;
		}
		if (name < k)
			sw_names_emit(ctx, st, toks, name, k, role, FALSE);
	}
}

/* where a run [j, k) splits into a person "of" an organisation or a
 * place: the index of "of", or 0, with the second name's first token in
 * @rest. The person's part is two words at least, holds no organisation
 * word and does not end in a title ("the Deputy Governor of the Bank of
 * England" stays whole); the part after "of" (and "the") is an
 * organisation or a place */
static guint
sw_names_of_split(GArray *toks, guint j, guint k, guint *rest)
{
	/* "the People's Republic of China" is one place */
	{
		g_autoptr(GPtrArray) all = g_ptr_array_new();
		g_autofree gchar *whole = NULL;
		for (guint x = j; x < k; x++)
			g_ptr_array_add(all, g_array_index(toks, SwNameTok, x).word);
		whole = sw_names_join(all, 0, all->len);
		if (SW_IN(sw_names_places, whole))
			return 0;
	}
	for (guint c = j + 2; c + 1 < k; c++) {
		g_autoptr(GPtrArray) right = g_ptr_array_new();
		g_autofree gchar *name = NULL;
		guint r = c + 1;
		gboolean org = FALSE;

		if (!g_str_equal(g_array_index(toks, SwNameTok, c).word, "of"))
			continue;
		for (guint x = j; x < c; x++) {
			if (SW_IN(sw_names_org_words, g_array_index(toks, SwNameTok, x).word) ||
			    sw_names_title_at(toks, x, c) == c - x)
				return 0;
		}
		if (g_str_equal(g_array_index(toks, SwNameTok, r).word, "the"))
			r++;
		for (guint x = r; x < k; x++) {
			const gchar *w = g_array_index(toks, SwNameTok, x).word;
			org = org || SW_IN(sw_names_org_words, w);
			g_ptr_array_add(right, (gpointer)w);
		}
		if (right->len == 0)
			return 0;
		name = sw_names_join(right, 0, right->len);
		*rest = r;
		return org || SW_IN(sw_names_places, name) ? c : 0;
	}
	return 0;
}

/* the epithets "the" joins to a name: "Alexander the Great", "Jack the
 * Ripper" */
static const gchar *const sw_names_epithets[] = {
    "Great", "Terrible", "Elder", "Younger", "Baptist", "Ripper", "Conqueror", "Bold", "Magnificent", "Pooh",
    "Wise", "Good", "Pious", "Lionheart", "Confessor", "Apostle", "Evangelist", "Venerable",
};
static SwWordSet sw_names_epithets_set = SW_WORD_SET(sw_names_epithets);

/* does the connector at token @k ("of", "von") join the run to a
 * capitalised word, one space apart, maybe past a second particle of a
 * family name ("Ursula von der Leyen"; not "New York for the Kenya
 * Tourist Office")? */
static gboolean
sw_names_connects(GArray *toks, guint k)
{
	for (guint n = 0; n < 2 && k + 1 < toks->len; n++, k++) {
		const SwNameTok *u = &g_array_index(toks, SwNameTok, k);
		const SwNameTok *next = &g_array_index(toks, SwNameTok, k + 1);

		if (!SW_IN(sw_names_connectors, u->word) || next->start != u->end + 1)
			return FALSE;
		/* "the" joins an epithet only ("Alexander the Great"; "told
		 * Billboard the Doobies" are two names) */
		if (g_str_equal(u->word, "the"))
			return SW_IN(sw_names_epithets, next->word);
		if (sw_names_is_cap_word(next->word))
			return !SW_IN(sw_names_run_breaks, next->word);
		if (!SW_IN(sw_names_particles, u->word) || !SW_IN(sw_names_particles, next->word))
			return FALSE;
	}
	return FALSE;
}

/* determiners a name may hold in capitals: "Save Our Fields", "Save The
 * Children" */
static const gchar *const sw_names_inner_determiners[] = {"The", "Our", "Your", "My", "Their", "This"};
static SwWordSet sw_names_inner_determiners_set = SW_WORD_SET(sw_names_inner_determiners);

/* is token @k of a run from @i a determiner inside a name: the run's
 * second word, after a verb-like first one in title case that no stop
 * ends ("in the U.S. The next day" starts something else, and so does
 * "President The" in a signature's capitals), before a capitalised word
 * one space on? */
static gboolean
sw_names_inner_determiner(GArray *toks, guint i, guint k)
{
	const SwNameTok *prev, *u, *next;

	if (k != i + 1 || k + 1 >= toks->len)
		return FALSE;
	prev = &g_array_index(toks, SwNameTok, k - 1);
	u = &g_array_index(toks, SwNameTok, k);
	next = &g_array_index(toks, SwNameTok, k + 1);
	return SW_IN(sw_names_inner_determiners, u->word) && g_ascii_islower(prev->word[1]) &&
	       prev->word[strlen(prev->word) - 1] != '.' && !sw_names_opens_title(prev->word) &&
	       next->start == u->end + 1 && sw_names_is_cap_word(next->word) && !next->sentence_start &&
	       !SW_IN(sw_names_run_breaks, next->word);
}

/* the end of the run of capitalised words from token @i, with
 * connectors inside */
static guint
sw_names_run_end(const SwFactsCtx *ctx, GArray *toks, guint i)
{
	guint k = i;

	while (k < toks->len) {
		SwNameTok *u = &g_array_index(toks, SwNameTok, k);
		/* anything but one space between two words ends the name */
		if (k > i && (u->start != g_array_index(toks, SwNameTok, k - 1).end + 1 ||
			      ctx->text[u->start - 1] != ' '))
			break;
		/* "in the U.S. The next day": a determiner or a pronoun
		 * starts something else */
		if ((sw_names_is_cap_word(u->word) || (k > i && sw_names_is_particle_name(u->word))) &&
		    !(k > i && u->sentence_start) && !SW_IN(sw_names_honorifics, u->word) &&
		    (!SW_IN(sw_names_run_breaks, u->word) || sw_names_inner_determiner(toks, i, k))) {
			k++;
			continue;
		}
		if (k > i && sw_names_connects(toks, k)) {
			k++;
			continue;
		}
		break;
	}
	return k;
}

static const gchar *const sw_names_firm_suffixes[] = {
    "Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "LLC", "LLP", "Pty", "N.V.", "S.A.", "SpA", "S.p.A.", "PLC",
    "plc", "AG", "SA", "GmbH", "Cie.",
};
static SwWordSet sw_names_firm_suffixes_set = SW_WORD_SET(sw_names_firm_suffixes);

/* "the Department of Health and Human Services", "the National
 * Institute of Allergy and Infectious Diseases": a body's word, "of", a
 * field, then "and" and one to three capitalised words that name no
 * title, place or person ("the Ministry of Defence and Prime Minister
 * Keir Starmer" is two names); the run before "and" is toks[i, k) */
static gboolean
sw_names_of_fields(GArray *toks, guint i, guint k)
{
	gboolean of_field = FALSE;
	guint e;

	for (guint j = i; j + 2 < k && !of_field; j++)
		of_field = SW_IN(sw_names_org_words, g_array_index(toks, SwNameTok, j).word) &&
			   g_str_equal(g_array_index(toks, SwNameTok, j + 1).word, "of");
	if (!of_field)
		return FALSE;
	for (e = k + 1; e < toks->len; e++) {
		const SwNameTok *u = &g_array_index(toks, SwNameTok, e);
		if (u->start != g_array_index(toks, SwNameTok, e - 1).end + 1 || !sw_names_is_cap_word(u->word) ||
		    u->sentence_start)
			break;
		/* four capitalised words or more: some other name */
		if (e > k + 3 || SW_IN(sw_names_titles, u->word) || SW_IN(sw_names_honorifics, u->word) ||
		    SW_IN(sw_names_places, u->word))
			return FALSE;
	}
	return e > k + 1;
}

/* does the run [i, k) go on past "and" into a body's name? It does when
 * the run after "and" ends in a word of a body and the run before
 * names nothing of its own: one word that is no place, body or person
 * seen ("Securities"), or a place and one word ("U.S. Immigration") */
static gboolean
sw_names_and_body(SwNamesState *st, GArray *toks, guint i, guint k)
{
	const SwNameTok *and = k + 1 < toks->len ? &g_array_index(toks, SwNameTok, k) : NULL;
	const SwNameTok *next;
	const gchar *first = g_array_index(toks, SwNameTok, i).word;
	const gchar *last = g_array_index(toks, SwNameTok, k - 1).word;
	guint e;

	if (and == NULL || !g_str_equal(and->word, "and") ||
	    and->start != g_array_index(toks, SwNameTok, k - 1).end + 1)
		return FALSE;
	next = &g_array_index(toks, SwNameTok, k + 1);
	if (next->start != and->end + 1 || !sw_names_is_cap_word(next->word) ||
	    SW_IN(sw_names_run_breaks, next->word))
		return FALSE;
	if (SW_IN(sw_names_org_words, last) || SW_IN(sw_names_places, last) || sw_names_is_short_form(st, last))
		return FALSE;
	if (sw_names_of_fields(toks, i, k))
		return TRUE;
	if (!(k == i + 1 || (k == i + 2 && SW_IN(sw_names_places, first))))
		return FALSE;
	/* the capitals right after "and", up to any connector: "Exchange
	 * Commission" in "the Securities and Exchange Commission of India"
	 * (the whole run, sw_names_run_end's, ends in "India") */
	for (e = k + 1; e < toks->len; e++) {
		const SwNameTok *u = &g_array_index(toks, SwNameTok, e);
		if (e > k + 1 && (u->start != g_array_index(toks, SwNameTok, e - 1).end + 1 ||
				  !sw_names_is_cap_word(u->word) || u->sentence_start))
			break;
	}
	/* "units of Innopac and Mobil Corp.": a firm's suffix closes a
	 * name of its own */
	return e > k + 1 && SW_IN(sw_names_org_words, g_array_index(toks, SwNameTok, e - 1).word) &&
	       !SW_IN(sw_names_firm_suffixes, g_array_index(toks, SwNameTok, e - 1).word);
}

/* does a capitalised or possessive word stand right before @pos, one
 * space apart? */
static gboolean
sw_names_word_joins(const SwFactsCtx *ctx, gsize pos)
{
	gsize b;

	if (pos < 2 || ctx->text[pos - 1] != ' ')
		return FALSE;
	b = pos - 1;
	/* a word's start, no farther back than a name's word runs */
	while (b > 0 && pos - 1 - b < 64 && !g_ascii_isspace(ctx->text[b - 1]))
		b--;
	return g_ascii_isupper(ctx->text[b]) || (pos - 1 - b >= 2 && ctx->text[pos - 2] == 's' &&
						 (ctx->text[pos - 3] == '\'' || (guchar)ctx->text[pos - 3] == 0x99));
}

/* a one-word name the story shows to be a body somewhere ("shares of
 * Amazon", "analysts at Barclays") is that body wherever it stands alone,
 * at a sentence's start too ("Amazon said on Thursday"); the facts from
 * @first on are this pass's */
static void
sw_names_bodies_everywhere(SwFactsCtx *ctx, GArray *toks, guint first)
{
	g_autoptr(GHashTable) bodies = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	for (guint i = first; i < ctx->out->len; i++) {
		SwFact *f = g_ptr_array_index(ctx->out, i);
		const gchar *sp;
		if (f->kind != SW_FACT_ORG)
			continue;
		sp = strchr(f->value, ' ');
		if (sp == NULL && !sw_names_is_acronym(f->value))
			g_hash_table_insert(bodies, g_strdup(f->value), f->value);
		/* "Nestle S.A." is "Nestle" later on; not a name found cut
		 * short ("Hudson's [Bay Co.]", "First [Security Corp.]") */
		else if (sp != NULL && strchr(sp + 1, ' ') == NULL && SW_IN(sw_names_firm_suffixes, sp + 1) &&
			 !sw_names_word_joins(ctx, f->start)) {
			gchar *stem = g_strndup(f->value, (gsize)(sp - f->value));
			if (!sw_names_is_acronym(stem) && !g_hash_table_contains(bodies, stem))
				g_hash_table_insert(bodies, stem, f->value);
			else
				g_free(stem);
		}
	}
	if (g_hash_table_size(bodies) == 0)
		return;
	for (guint i = 0; i < toks->len; i++) {
		const SwNameTok *t = &g_array_index(toks, SwNameTok, i);
		const SwNameTok *prev = i > 0 ? &g_array_index(toks, SwNameTok, i - 1) : NULL;
		const SwNameTok *next = i + 1 < toks->len ? &g_array_index(toks, SwNameTok, i + 1) : NULL;
		const gchar *full;
		SwFact *f;
		if (!g_hash_table_contains(bodies, t->word) || sw_facts_taken(ctx, t->start, t->end))
			continue;
		/* alone: no capitalised word right beside it ("Amazon Web
		 * Services" is another name) */
		if ((prev != NULL && prev->end + 1 == t->start && sw_names_is_cap_word(prev->word) &&
		     !t->sentence_start && !SW_IN(sw_names_not_names, prev->word)) ||
		    (next != NULL && t->end + 1 == next->start && sw_names_is_cap_word(next->word)))
			continue;
		full = g_hash_table_lookup(bodies, t->word);
		f = sw_fact_new(ctx, SW_FACT_ORG, t->start, t->end);
		f->value = g_strdup(full);
		if (!g_str_equal(full, t->word))
			f->ref = g_strdup(full);
	}
}

/* A name of two words or more a body's noun followed once is that body
 * wherever the story read it as a person: "the Sinn Fein party ... Sinn
 * Fein said". Other signs of a body ("rushed at Manuel Gonzalez") are
 * too weak to carry over. */
static void
sw_names_bodies_of_people(SwFactsCtx *ctx, SwNamesState *st, guint first)
{
	if (g_hash_table_size(st->bodies) == 0)
		return;
	for (guint i = first; i < ctx->out->len; i++) {
		SwFact *f = g_ptr_array_index(ctx->out, i);
		if (f->kind == SW_FACT_PERSON && f->role == NULL && g_hash_table_contains(st->bodies, f->value)) {
			f->kind = SW_FACT_ORG;
			g_clear_pointer(&f->ref, g_free);
		}
	}
}

void
sw_names_find(SwFactsCtx *ctx)
{
	g_autoptr(GStringChunk) words = g_string_chunk_new(4096);
	g_autoptr(GArray) toks = sw_names_tokenize(ctx, words);
	SwNamesState st = {g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free),
			   g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL), NULL, 0, NULL};
	guint i = 0;
	guint first_fact = ctx->out->len;

	while (i < toks->len) {
		SwNameTok *t = &g_array_index(toks, SwNameTok, i);
		gboolean honorific = FALSE;
		guint k;

		if (SW_IN(sw_names_honorifics, t->word) && i + 1 < toks->len) {
			honorific = TRUE;
			i++;
			t = &g_array_index(toks, SwNameTok, i);
		}
		if (!sw_names_is_cap_word(t->word) || SW_IN(sw_names_not_names, t->word)) {
			i++;
			continue;
		}
		/* the run of capitalised words, with connectors inside */
		k = sw_names_run_end(ctx, toks, i);
		/* "the Securities and Exchange Commission", "the U.S.
		 * Immigration and Naturalization Service": a body's name
		 * joined by "and" */
		if (k > i && sw_names_and_body(&st, toks, i, k))
			k = sw_names_run_end(ctx, toks, k + 1);
		/* "Sir Sir": an honorific stops a run before it starts */
		if (k == i) {
			i++;
			continue;
		}
		/* "Shares of Apple": a sentence's first word joined by "of" is a
		 * common noun, unless it heads an organisation or a title */
		if (t->sentence_start && !honorific && k > i + 2 &&
		    SW_IN(sw_names_connectors, g_array_index(toks, SwNameTok, i + 1).word) &&
		    !SW_IN(sw_names_particles, g_array_index(toks, SwNameTok, i + 1).word) &&
		    !g_str_equal(g_array_index(toks, SwNameTok, i + 1).word, "&") &&
		    !SW_IN(sw_names_org_words, t->word) && !SW_IN(sw_names_places, t->word) &&
		    sw_names_title_at(toks, i, k) == 0) {
			i += 2;
			continue;
		}
		/* a sentence's first word alone is usually no name, unless it is
		 * the short form of a person already named */
		if (k == i + 1 && t->sentence_start && !honorific && !SW_IN(sw_names_places, t->word) &&
		    !sw_names_is_shouted_place(t->word) &&
		    !sw_names_is_acronym(t->word) && sw_names_title_at(toks, i, k) == 0 &&
		    !sw_names_is_short_form(&st, t->word) &&
		    /* "Amazon founder Jeff Bezos said", "Euroclear, the
		     * depository that" */
		    !((sw_facts_re_matches_at(&sw_names_re_staff_after, ctx, t->end, 40) ||
		       sw_facts_re_matches_at(&sw_names_re_body_apposition, ctx, t->end, 80)) &&
		      !sw_names_is_people_word(t->word))) {
			i = k;
			continue;
		}
		{
			/* "Amina Yusuf of Johns Hopkins University": a person
			 * and where they work, two names */
			guint rest = 0;
			guint of = sw_names_of_split(toks, i, k, &rest);
			if (of > 0) {
				sw_names_run(ctx, &st, toks, i, of, honorific);
				sw_names_run(ctx, &st, toks, rest, k, FALSE);
				i = k;
				continue;
			}
		}
		sw_names_run(ctx, &st, toks, sw_names_particles_before(&st, toks, i, k), k, honorific);
		i = MAX(k, i + 1);
	}
	sw_names_bodies_everywhere(ctx, toks, first_fact);
	sw_names_bodies_of_people(ctx, &st, first_fact);
	g_hash_table_unref(st.short_forms);
	g_hash_table_unref(st.bodies);
	g_clear_pointer(&st.lower, g_hash_table_unref);
	g_free(st.plural_role);
}
