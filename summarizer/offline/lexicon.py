"""Word lists for the offline rules: reporting verbs, titles, organisation and media words.

Countries come from pycountry (ISO 3166, maintained) plus the short forms news writing uses that
ISO names do not cover ("Russia", "Turkey", "US", "Britain").
"""

from __future__ import annotations

import re
from functools import cache

# Reporting verbs, as they appear (past, present, participle). "according to" is handled apart.
REPORTING_VERBS = frozenset(
    """said says say saying told tells tell added adds wrote writes write tweeted tweets posted
    stated states explained explains noted notes claimed claims argued argues warned warns
    remarked remarks commented comments announced announces declared declares described describes
    called calls insisted insists asked asks answered answers responded responds replied replies
    continued continues concluded concludes admitted admits acknowledged acknowledges suggested
    suggests urged urges predicted predicts promised promises vowed vows threatened threatens
    denied denies confirmed confirms reported reports recalled recalls observed observes
    emphasized emphasised emphasizes emphasises stressed stresses criticized criticised
    praised accused accuses blamed blames quipped joked agreed agrees pointed alleged alleges
    indicated indicates revealed reveals disclosed discloses maintained maintains estimated
    testified testifies recounted recounts shouted wrote pleaded appealed expressed
    condemned condemns demanded demands questioned questions rejected rejects dismissed
    defended defends spoke speaks declaring informed informs reacted
    elaborated characterized characterised attacked labelled labeled branded underlined
    underlines underscored underscores denounced denounces referred lauded hailed reads read
    exclaimed exclaims countered counters professed professes conceded concedes boasted boasts
    cautioned cautions lamented laments retorted complained complains assured assures
    reiterated reiterates asserted asserts contended contends opined opines mused
    slammed slams blasted blasts pledged pledges implied implies cited cites discussed
    mentioned mentions argue warn allege insist deny reject confirm predict suggest admit
    acknowledge announce explain stress urge vow deemed deems regarded
    touted touts mocked mocks derided derides ridiculed ridicules decried decries
    interrupted interjected chanted describe pressed held""".split()  # noqa: SIM905
)
# Verbs that can carry a quote from the start of the next sentence ('"...!" Macron told').
STRONG_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "wrote",
        "writes",
        "tweeted",
        "asked",
        "continued",
        "explained",
    ]
)  # noqa: SIM905

CLAIM_KIND_BY_VERB = {
    "warned": "threat", "warns": "threat", "threatened": "threat", "threatens": "threat",
    "denied": "denial", "denies": "denial", "rejected": "denial", "dismissed": "denial",
    "predicted": "prediction", "predicts": "prediction", "estimated": "prediction",
    "promised": "promise", "promises": "promise", "vowed": "promise", "vows": "promise",
    "accused": "accusation", "accuses": "accusation", "blamed": "accusation", "alleged": "accusation",
    "criticized": "opinion", "criticised": "opinion", "praised": "opinion", "described": "opinion",
    "called": "opinion", "condemned": "opinion", "argued": "opinion", "argues": "opinion",
}  # fmt: skip

# Titles and honorifics that only ever come before a person's name ("Detective Constable Rachel
# Hurst", "Alhaji Musiliu Adebanjo", "Datuk Noraini Yusof", "Cr Tony Rossiter", "Nana Kofi
# Agyeman II").
_HONORIFICS = """constable sgt cllr corporator alderman alderwoman alderperson councilman
    councilwoman councilperson magistrate coroner grandmaster counsel barrister undersecretary
    councilmember cr hon engr sp ssp acp dsp asp alhaji alhaja haji hajia hajiya datuk dato datin
    tun pastor apostle evangelist prophet madam maulana mufti imam fr advocate adv honorable
    honourable cde emeritus ombudsman taoiseach tanaiste tánaiste rabbi vicar deacon chaplain
    curate abbot abbess rector friar bhai geshe rinpoche shri smt shrimati hajj eng dad mum mom
    nana osagyefo ozo mzee igwe togbe khun paduka landeshauptmann uncle aunty auntie kaumatua
    kaumātua kuia ratu pcso"""
TITLE_WORDS = frozenset(
    """president vice prime minister secretary senator sen rep representative governor mayor
    regent seri chancellor king queen prince princess pope sir lord lady dame general gen
    captain capt sheriff judge justice chief director spokesman spokeswoman spokesperson
    commissioner ambassador archbishop bishop cardinal rev reverend chairman chairwoman chair ceo
    leader speaker mr mrs ms dr prof professor officer commander colonel lieutenant sergeant
    superintendent inspector detective prosecutor attorney lawyer founder coach manager
    minister chancellor premier emir sultan sheikh ayatollah councillor councilor deputy
    head dean economist scientist researcher astronomer doctor analyst editor correspondent
    spokesperson congressman congresswoman assemblyman lawmaker legislator mp mep
    principal captain skipper candidate nominee official admiral commandant marshal brigadier brig
    clerk executive sister meteorologist forecaster headteacher headmaster headmistress trustee
    administrator supt det pc dc ds dci insp treasurer recorder auditor engineer coordinator
    supervisor registrar surveyor
    comptroller adviser advisor envoy assemblywoman assemblymember monsignor whip td mla msp
    comrade lt col cpl maj pte pvt cmdr corporal gov trooper agent assistant acting
    interim monarch pontiff pm boss collector father major canon provost coo cfo
    cto associate chairperson mk cm mec mca""".split()  # noqa: SIM905
    + _HONORIFICS.split()
)
# A few titles are only titles when capitalised ("the Speaker") or before a name.
ROLE_NOUNS = frozenset(
    """president minister secretary senator governor mayor chancellor spokesman spokeswoman
    spokesperson sheriff judge chief director official officials prime leader
    premier captain coach ambassador commissioner prosecutor archbishop bishop pope deputy
    chairman chairwoman founder manager commander superintendent inspector sergeant detective
    constable councillor principal headteacher dean executive congressman congresswoman
    representative coroner magistrate pathologist registrar ombudsman barrister solicitor
    counsel head king queen prince princess monarch pontiff pm boss collector""".split()  # noqa: SIM905
)
# People described rather than named ("the father said", "one of the children said"): when no
# named actor holds the description, the description itself becomes the speaker.
DESCRIBED_PEOPLE = frozenset(
    """father mother son daughter wife husband brother sister child children parent parents
    judge witness eyewitness witnesses spokesman spokeswoman spokesperson official officials
    police officer officers doctor lawyer prosecutor prosecutors resident residents neighbour
    victims attendee attendees contributor contributors donor donors veteran veterans delegate
    delegates participant participants spectator spectators onlooker onlookers
    neighbor victim student teacher expert experts analyst analysts source sources protester
    protesters organisers organizers archbishop bishop president minister mayor
    user users fan fans voter voters member members survivor survivors researcher researchers
    guide guides midwife midwives
    scientist scientists critic critics supporter supporters employee employees worker workers
    passenger passengers patient patients activist activists interviewee authorities
    investigators doctors lawyers firefighters paramedics rescuers observers diplomats
    lawmakers legislators attorney attorneys agent publicist unions campaigners opponents
    demonstrators economists locals villagers farmers nurses students teachers relatives
    colleagues commentators citizens man woman boy girl teenager suspect gunman attacker assailant
    driver motorist motorcyclist cyclist pedestrian trader traders vendor vendors traveller
    travellers traveler travelers bystander bystanders tourist visitor owner customer
    friend friends relative aide adviser advisor volunteer volunteers guard soldier soldiers
    priest pastor assailants attackers militants manager shopkeeper shopkeepers passer-by
    passers-by mourner mourners commuter commuters teammate teammates nurse shopper shoppers
    motorists drivers pilgrim pilgrims tourists visitors worshipper worshippers farmer
    fisherman fishermen steward stewards advisers advisors agents aides guards judges ministers
    mayors presidents owners managers customers neighbors neighbours suspects senators
    forecasters meteorologists historians journalists reporters engineers archaeologists
    palaeontologists paleontologists epidemiologists physicians surgeons pilots
    players authors steelworker dockworker docker boatman ferryman clerk electrician plumber
    carpenter mechanic rancher tenant tenants landlord baker butcher chef waiter waitress cleaner
    porter caretaker janitor labourer laborer welder trucker hawker stallholder herder shepherd
    housewife homemaker widow widower paramedic pharmacist diner diners graduate rescuer
    investigator forecaster schoolteacher juror jurors colleague classmate classmates coworker
    coworkers co-worker co-workers inspector vaccinator vaccinators dispatcher
    sophomore freshman junior gamer gamers reader readers viewer viewers listener listeners
    crofter investor investors buyer buyers homeowner homeowners shareholder shareholders
    depositor depositors artisan artisans craftsman craftswoman weaver potter tailor seamstress miner
    miners fisherwoman herdsman herdsmen smallholder peasant peasants labourers laborers cobbler
    blacksmith seller sellers maid ranger rangers headteacher headmaster headmistress
    principal rider riders detainee detainees pensioner pensioners dealer dealers vet vets
    veterinarian veterinarians grazier graziers magistrate magistrates""".split()  # noqa: SIM905
)
# The plural ones ("witnesses", "the residents", "police"): a group, never "he" or "she"
PLURAL_PEOPLE = frozenset(w for w in DESCRIBED_PEOPLE if w.endswith("s") and not w.endswith("ss"))
PLURAL_PEOPLE |= frozenset(("children", "fishermen", "gunmen", "people", "police"))
# Words that say a person is a woman or a man ("Mrs", "widow", "spokesman"): the article's own
# evidence of who "she" or "he" can be (no list of first names)
FEMALE_WORDS = frozenset(
    """mrs ms miss madam lady dame queen princess duchess countess baroness sister mother wife
    daughter girl woman actress spokeswoman chairwoman congresswoman businesswoman
    councilwoman sportswoman policewoman grandmother aunt niece widow""".split()  # noqa: SIM905
)
MALE_WORDS = frozenset(
    """mr sir lord king prince duke count baron brother father husband son boy man spokesman
    congressman businessman councilman sportsman policeman grandfather uncle nephew
    widower""".split()  # noqa: SIM905
)


def noun_gender(word: str) -> str | None:
    """'f' for a woman's word ("mother", "Mrs"), 'm' for a man's ("son"), else None."""
    return "f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else None


# Described sources that are not people, so never a "he" or "she": "the team wrote", "the study
# reports" speak for the researchers behind them, "the family said" for its members.
DESCRIBED_NON_PERSONS = frozenset(("team", "study", "family"))
DESCRIBED_SPEAKERS = DESCRIBED_PEOPLE | DESCRIBED_NON_PERSONS

# Occupations written before a name in lower case ("comic artist Jenn St-Onge", "Actor Brendan
# Fraser" at a sentence start): the name is a person's, and the words are their role.
OCCUPATIONS = frozenset(
    """priest moderator artist fellow actor actress writer author editor producer singer musician
    rapper comedian designer photographer journalist reporter columnist novelist poet painter player
    footballer athlete businessman businesswoman entrepreneur activist campaigner nurse historian
    archaeologist physicist biologist chemist engineer lead star host presenter anchor creator
    owner student sophomore junior teacher survivor veteran pilot executive politician strategist
    commentator loyalist co-author professor researcher scientist economist analyst opener batter batsman
    bowler spinner all-rounder wicketkeeper goalkeeper keeper striker midfielder defender winger
    forward pitcher quarterback sprinter runner swimmer cyclist boxer jockey podcaster
    broadcaster blogger guitarist drummer bassist vocalist songwriter filmmaker playwright
    sculptor dancer choreographer pianist violinist cellist saxophonist trumpeter composer
    organist percussionist bandleader lyricist golfer paceman seamer headliner fiddler
    microbiologist seismologist entomologist epidemiologist virologist immunologist ecologist
    geologist glaciologist climatologist oceanographer palaeontologist paleontologist
    anthropologist sociologist psychologist criminologist toxicologist cardiologist oncologist
    neurologist pharmacologist volcanologist zoologist botanist ornithologist hydrologist
    demographer statistician paediatrician pediatrician physician surgeon geneticist
    neuroscientist astrophysicist mathematician psychiatrist nutritionist veterinarian midwife
    paramedic firefighter promoter showrunner curator conductor screenwriter illustrator
    cartoonist publicist critic chef winner champion laureate nominee medallist medalist
    finalist grazier""".split()  # noqa: SIM905
)

# Kinds of business written in lower case before a company's name ("carmaker Rheinwerk AG",
# "Italian carrier Aeroliva"): the name is an organisation's.
BUSINESS_NOUNS = frozenset(
    """carmaker automaker carrier airline company firm retailer chain maker manufacturer
    supplier insurer lender startup start-up conglomerate brewer miner utility giant charity
    thinktank shipper shipbuilder distributor wholesaler provider housebuilder
    homebuilder group organisation organization watchdog coalition alliance network union
    association movement party club ngo spa resort restaurant cafe café pub supermarket brewery
    distillery winery""".split()  # noqa: SIM905
)

# Lowercase words for a person, not part of a name ("Actor Brendan Fraser", "Resident Ann Lee" at
# a sentence start, "Heidedal resident Shireen Adams", "Civil Defence controller Hemi Walker"),
# and a basketball position ("Centre Oluwaseun Adebayo-Kane scored 31 points").
_MORE_PERSON_NOUNS = (
    "runner-up winner champion farmer fisherman shopkeeper controller coordinator centre center"
    " evacuee evacuees refugee refugees villager migrant migrants pensioner pensioners retiree"
    " retirees incumbent challenger assistant cashier bartender receptionist hairdresser barber"
    " tailor courier postman postwoman nanny housekeeper gardener salesman saleswoman hiker"
    " climber protestor organiser organizer accountant programmer architect consultant"
    " lecturer imam rabbi monk nun merchant"
)
PERSON_NOUNS = DESCRIBED_PEOPLE | OCCUPATIONS | frozenset(_MORE_PERSON_NOUNS.split())  # noqa: SIM905

# Words that give a person their role, before the name ("Professor", "comic artist").
ROLE_WORDS = TITLE_WORDS | OCCUPATIONS

# The word a club is called by alone, after its full name ("Rovers" for "Castleford Rovers")
CLUB_NAME_ENDINGS = frozenset("rovers wanderers albion hotspur athletic thistle".split())  # noqa: SIM905
ORG_WORDS = (
    frozenset(
        """university institution institute council party police department ministry agency court
    committee commission congress senate house parliament assembly government army navy force
    forces guard service services bank company corporation corp inc ltd llc plc group ag gmbh
    holdings bhd berhad pte pty sdn cooperative co-operative co-op branch resources energy mining
    minerals partners securities systems technologies industries pharmaceuticals motors airways
    exchange logistics robotics aerospace telecom investments ventures studios pictures
    association organization organisation foundation union network office administration
    authority authorities board bureau church club fc league federation fund trust hospital
    school college centre center museum academy alliance coalition movement front council
    tribunal cabinet command patrol brigade battalion federation society laboratory lab labs
    observatory nasa airlines airline railways railway team nations campaign jewellers jewelers
    bakery pharmacy grocers outfitters homes appliances community presidency operations chamber
    management s.a. s.a directorate inspectorate journal
    secretariat clinic centers centres programme embassy consulate conference legislature
    legislatures incorporated limited capital consulting consultancy advisory
    forum foods unit survey headquarters confederation organisations division cross crescent
    organizations zoo aquarium consortium dynamics therapeutics biotherapeutics networks
    solutions utilities brands entertainment insurance software collective initiative promotions
    museo musée museu tribe units watch defence defense""".split()  # noqa: SIM905
    )
    | CLUB_NAME_ENDINGS
)
# Nouns for a company: "the company said" is not a university or a ministry named before.
COMPANY_NOUNS = frozenset(("company", "firm", "business"))
# Who speaks for a body, not for themselves ("a Netflix spokesperson", "the spokesman said")
SPOKESPEOPLE = frozenset(("spokesperson", "spokesman", "spokeswoman"))
# What a company does, as the article calls it ("the carmaker said", "The air navigation provider
# said"): the company named before, or the unclassified name a recent sentence opens with.
TRADE_NOUNS = frozenset(
    """carmaker automaker airline carrier retailer manufacturer supplier insurer lender provider
    operator brewer miner shipper distributor wholesaler chipmaker drugmaker developer
    housebuilder startup start-up""".split()  # noqa: SIM905
)
# Organisations described rather than named ("the commission said", "the company noted").
GENERIC_ORG_NOUNS = COMPANY_NOUNS | frozenset(("organisation", "organization", "group"))
DESCRIBED_ORGANISATIONS = (
    GENERIC_ORG_NOUNS
    | frozenset(
        """university council party department ministry agency court committee commission government
    army navy corporation association foundation union network administration authority board
    bureau church club league federation hospital school college museum alliance coalition
    institute bank office observatory consortium festival partnership society trust band
    orchestra charity regulator watchdog police tribunal journal centre center campaign embassy
    consulate zoo aquarium service team prefecture fund force airport military presidency
    headquarters""".split()  # noqa: SIM905
    )
    | TRADE_NOUNS
)
MEDIA_WORDS = frozenset(
    """times journal post news press herald tribune guardian telegraph gazette daily radio
    television tv broadcasting magazine channel media reuters observer independent chronicle
    express mirror standard sun insider today mail bulletin""".split()  # noqa: SIM905
)
# Kinds of outlet, written in lower case ("the magazine Africa Letters", "local news outlets")
OUTLET_NOUNS = frozenset("magazine newspaper broadcaster tabloid outlet".split())  # noqa: SIM905
# Outlets' names, lower-cased. A two-word name starting with one of the one-word names is an
# outlet's only when that word is an initialism ("BBC Sport", "RIA Novosti"): "Al Gore" and
# "Sky Brown" are people, so the title-case two-word outlets are listed whole.
MEDIA_NAMES = frozenset(
    """cnn bbc wsj nbc abc cbs npr pbs afp ap reuters bloomberg al-jazeera tass xinhua fox
    msnbc politico axios vox slate itv sky rt dw euronews tvn24 ria kyodo yonhap ani pti
    anadolu efe ansa dpa uol wikinews""".split()  # noqa: SIM905
) | frozenset(
    (
        "al jazeera",
        "al arabiya",
        "agence france-presse",
        "anadolu agency",
        "sky sports",
        "fox sports",
        "rolling stone",
    )
)
PLACE_WORDS = frozenset(
    """island islands square street road avenue park river sea ocean mountain mountains lake
    bay airport station bridge city county state province region valley coast beach hall
    palace tower cathedral stadium hotel mosque temple district peninsula strait gulf canal
    desert forest village town camp base prison border zone capitol oblast krai prefecture
    canton municipality governorate territory mount regency drive boulevard crescent rd ave
    blvd""".split()  # noqa: SIM905
)
# Place words that are also common surnames ("Judge Durham Hall", "Senator Brian Park").
SURNAME_PLACE_WORDS = frozenset("hall park lake street forest bay".split())  # noqa: SIM905
# Titles only ever written before a person's name (not "Prince Edward Island", "Lord Howe").
PERSON_TITLES = frozenset(
    """mr mrs ms dr judge justice senator sen rep representative governor mayor president
    professor prof detective sergeant inspector congressman congresswoman councillor councilor
    prosecutor minister chancellor premier ambassador commissioner""".split()  # noqa: SIM905
    + _HONORIFICS.split()
)
# Words that make a capitalised run an organisation's or a place's name rather than a person's.
_NOT_NAME_WORDS = (
    "national international federal state royal united management general central week day "
    "month year festival games cup championship awards war revolution act bill law treaty "
    "agreement accord protocol constitution amendment americans commerce"
)
# Social platforms: a place words are posted, not a speaker ("posted on Twitter, saying").
PLATFORMS = frozenset(
    """twitter facebook instagram youtube tiktok weibo telegram bluesky linkedin reddit mastodon
    threads snapchat whatsapp wechat""".split()  # noqa: SIM905
)


def is_platform(name: str) -> bool:
    """Whether an actor's name is a social platform's: one of `PLATFORMS` in any case, or "X"
    (Twitter's new name) only as the capital letter alone, not the "X" opening "X Games"."""
    return name.lower() in PLATFORMS or name == "X"


# Nouns for a person's or body's organisation: "the Trump campaign said" is the campaign's.
GROUP_NOUNS = frozenset("campaign administration team family office".split())  # noqa: SIM905
# Documents that speak for their owner: "the RIAA's DMCA notice alleged", "an AEW press release".
DOCUMENT_NOUNS = frozenset(
    """notice statement letter release report filing complaint decree ruling memo summary
    proclamation judgment judgement order bulletin advisory""".split()  # noqa: SIM905
)
# Last words of a name that make it a body's ("Amnesty International", "Ashcombe United") or a
# document's, a law's or an event's ("Voting Rights Act", "US Constitution", "Iraq War").
BODY_NAME_WORDS = frozenset(("international", "united"))
THING_NAME_WORDS = frozenset(
    """act bill law treaty agreement accord protocol constitution amendment games cup
    championship championships awards war revolution convention marathon olympiad olympics
    festival summit expo celebration primary tournament pandemic""".split()  # noqa: SIM905
)
NOT_IN_PERSON_NAMES = (
    frozenset(_NOT_NAME_WORDS.split())  # noqa: SIM905
    | ORG_WORDS
    | PLACE_WORDS
    | MEDIA_WORDS
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # noqa: SIM905
CALENDAR_WORDS = WEEKDAYS | frozenset(
    """january february march april may june july august september october november december
    christmas easter""".split()  # noqa: SIM905
)
# Capitalised words that start sentences or headlines but never names.
COMMON_CAPITALISED = frozenset(
    """the a an this that these those there here however but and or so yet if when while after
    before during since as at on in of for from with by to into about after also although
    because many some several most more other another each every his her their its our my we i
    you it he she they no not one two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty sixty seventy eighty ninety hundreds thousands dozens just meanwhile
    according despite following earlier later last next photo image file support speaking
    until unless though whether what which who whom whose why how where then now today
    yesterday tomorrow reports officials authorities police nevertheless nonetheless moreover
    furthermore additionally afterwards instead indeed still thus therefore again once
    previously currently recently reportedly separately similarly finally overall elsewhere
    altogether meanwhile otherwise per amongst among within without upon via throughout toward
    towards regarding concerning including beyond besides unlike like near whereas nor neither
    either both your yours ours us them former under over against across behind between around
    through nobody everybody somebody anybody everyone someone anyone nothing everything something
    anything thousands hundreds dozens millions tens scores data figures statistics
    footage outside inside beside alongside above below beneath along amid amidst atop onto
    opposite rival rivals embattled beleaguered struggling troubled ailing cash-strapped
    loss-making debt-laden scandal-hit crisis-hit""".split()  # noqa: SIM905
)
NAME_CONNECTORS = frozenset(
    [
        "of",
        "de",
        "del",
        "dela",
        "des",
        "ibn",
        "della",
        "da",
        "di",
        "van",
        "von",
        "ten",  # Dutch: "Erik ten Hag", "Jan ter Horst"
        "ter",
        "der",
        "bin",
        "bint",
        "binti",
        "al",
        "el",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "y",
        "do",  # Portuguese: "Maria do Socorro Pereira"
        "a/l",  # Malaysian, "son of": "Gurdial Singh a/l Harbans Singh"
        "a/p",  # "daughter of"
        "i",  # Catalan: "Montserrat Puig i Ferrer"
        "ap",  # Welsh: "Rhodri ap Gwilym"
        "ole",  # Maasai and Kalenjin: "Daniel ole Kaelo", "Daniel arap Moi"
        "arap",
        "an",  # Irish, after "Mac" or "Nic" only: "Siobhan Mac an tSaoir"
        # two-word particles: "Pieter van der Merwe", "Ursula von der Leyen", "Sor Juana de la Cruz"
        "van der",
        "van den",
        "van de",
        "von der",
        "de la",
        "de los",
        "de las",
    ]
)  # noqa: SIM905
# Connectors that join only organisation names ("Food and Agriculture Organization").
ORG_CONNECTORS = frozenset("and for on & the".split())  # noqa: SIM905

_COUNTRY_EXTRAS = {
    "Russia": "Russia", "Turkey": "Turkey", "Türkiye": "Turkey", "US": "United States",
    "U.S.": "United States", "USA": "United States", "America": "United States",
    "the United States": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom", "Palestine": "Palestine",
    "Vatican": "Vatican", "Kosovo": "Kosovo", "Czech Republic": "Czechia",
}  # fmt: skip


@cache
def countries() -> dict[str, str]:
    """Every country name and short form we recognise -> one canonical name."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name.split(",")[0]
        for name in (country.name, getattr(country, "official_name", None), canonical):
            if name:
                names[name] = canonical
                names[name.split(",")[0]] = canonical
    names.update(_COUNTRY_EXTRAS)
    return names


@cache
def places() -> frozenset[str]:
    """Countries and their subdivisions (states, provinces, regions) from pycountry, and their
    capitals from countryinfo ("Moscow said": the government seated there)."""
    import pycountry

    return frozenset(countries()) | frozenset(s.name for s in pycountry.subdivisions) | capitals()


@cache
def capitals() -> frozenset[str]:
    """Capital cities ("Washington D.C." also as "Washington"), from countryinfo."""
    from countryinfo import all_countries

    names: set[str] = set()
    for country in all_countries():
        try:
            capital = country.capital()
        except (KeyError, ValueError, AttributeError):  # a territory without one
            continue
        for name in capital if isinstance(capital, list) else [capital]:
            if name:
                names.add(name)
                names.add(name.removesuffix(" D.C."))
    return frozenset(names)


# Demonyms that do not follow the '<country stem> + an/ian/ish/ese/i' pattern.
_IRREGULAR_DEMONYMS = frozenset(
    """English Scottish Welsh Kurdish Kurd Arab European African Asian Latin Palestinian Briton
    Basque Catalan Flemish Argentinian Swede Dane Scot Serb Croat Pole Brit Spaniard Frenchman
    Frenchwoman Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Scotsman
    Scotswoman Dutchman Dutchwoman Filipina Icelander""".split()  # noqa: SIM905
)
_DEMONYM_SUFFIXES = ("ian", "ish", "ese", "an", "n")


@cache
def _country_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in countries() | {"Europe": "", "Africa": ""})


@cache
def _two_word_countries() -> frozenset[str]:
    return frozenset(name for name in countries() if name.count(" ") == 1)


# Demonyms mapped to their country by hand, for "the French government" -> France: the
# irregular ones, and common ones the suffix rule below might miss or confuse.
_DEMONYM_COUNTRIES = {
    "Irish": "Ireland", "French": "France", "Dutch": "Netherlands", "Greek": "Greece",
    "Swiss": "Switzerland", "Thai": "Thailand", "Filipino": "Philippines", "Cypriot": "Cyprus",
    "Saudi": "Saudi Arabia", "Polish": "Poland", "Danish": "Denmark", "Finnish": "Finland",
    "Spanish": "Spain", "Norwegian": "Norway", "Peruvian": "Peru", "Afghan": "Afghanistan",
    "Emirati": "United Arab Emirates", "Argentine": "Argentina", "Kazakh": "Kazakhstan",
    "Czech": "Czechia", "Slovak": "Slovakia", "British": "United Kingdom", "Somali": "Somalia",
    "Swedish": "Sweden", "Turkish": "Turkey", "Lebanese": "Lebanon", "Chinese": "China",
    "American": "United States", "Israeli": "Israel", "Iraqi": "Iraq", "Pakistani": "Pakistan",
    "Mozambican": "Mozambique", "Malagasy": "Madagascar", "Ivorian": "Côte d'Ivoire",
    "Togolese": "Togo", "Burkinabe": "Burkina Faso", "Nigerien": "Niger", "Burmese": "Myanmar",
    "Laotian": "Laos", "Salvadoran": "El Salvador", "Panamanian": "Panama",
    "Portuguese": "Portugal", "Bosnian": "Bosnia and Herzegovina", "Montenegrin": "Montenegro",
    "Macedonian": "North Macedonia", "Icelandic": "Iceland", "Kosovar": "Kosovo",
    "Nepalese": "Nepal", "Uzbek": "Uzbekistan", "Tajik": "Tajikistan",
    "Turkmen": "Turkmenistan", "Kyrgyz": "Kyrgyzstan", "Sri Lankan": "Sri Lanka",
    "Korean": "", "Congolese": "",  # North or South, which Congo: not said
}  # fmt: skip


_IRREGULAR_DEMONYMS |= _DEMONYM_COUNTRIES.keys()


@cache
def country_of_demonym(word: str) -> str | None:
    """'German' -> 'Germany', 'Samoan' -> 'Samoa', 'French' -> 'France'; None if unsure."""
    if word in _DEMONYM_COUNTRIES:
        country = _DEMONYM_COUNTRIES[word]
        return countries().get(country, country) or None
    if word.endswith("i") and word[:-1] in countries():  # "Bangladeshi", "Omani", "Qatari"
        return countries()[word[:-1]]
    for suffix in _DEMONYM_SUFFIXES:
        stem = word[: len(word) - len(suffix)]
        if not word.endswith(suffix) or len(stem) < 4:
            continue
        found = {
            countries()[name]
            for name in countries()
            if " " not in name and name.startswith(stem) and len(name) - len(stem) <= 2
        }
        if len(found) == 1:
            return found.pop()
    return None


def government_name(text: str) -> str:
    """The country a government mention names: 'US' -> 'United States', 'the German
    government' -> 'Germany' (the words stay an alias); unknown forms are kept."""
    if text in countries():
        return countries()[text]
    first, _, rest = text.partition(" ")
    if rest == "government":
        return country_of_demonym(first) or text
    return text


@cache
def is_demonym(word: str) -> bool:
    """'Turkish', 'Iranian', 'Americans', 'Saudi': a nationality word, not a name.

    The stem left after a nationality suffix must start a country's name that is at most two
    letters longer ('Turk' -> 'Turkey'), so 'Brian', 'Christian' or 'Dominic' stay names."""
    if word.rstrip("s") in _IRREGULAR_DEMONYMS:
        return True
    if " " in word:  # "South African", "New Zealander", "Sri Lankan": a two-word country's
        return _stem_starts_a_country(word, (*_DEMONYM_SUFFIXES, "er"), _two_word_countries())
    if word in countries() or word == "Union":  # ("Union of the Comoros": no nationality)
        return False
    if word.endswith(("ns", "is")):  # "Americans", "Israelis"
        return is_demonym(word[:-1])
    if word.endswith("i") and word[:-1] in _country_first_words():  # "Israeli", "Iraqi"
        return True
    return _stem_starts_a_country(word, _DEMONYM_SUFFIXES, _country_first_words(), shortest=4)


@cache
def is_people_of_a_place(word: str) -> bool:
    """'Aucklanders', 'Texans', 'Queenslanders', 'New Zealanders': the people of a country, state
    or city, in the plural; never a name. 'ers' only after a place's whole name (not "Landers")."""
    if not word.endswith("s") or not word[:1].isupper():
        return False
    if " " in word:
        return is_demonym(word[:-1])
    if word.endswith("ers") and word[:-3] in places():
        return True
    stems = [word[: -len(suffix)] for suffix in ("ians", "ans") if word.endswith(suffix)]
    return any(
        len(stem) >= 4
        and any(" " not in p and p.startswith(stem) and len(p) - len(stem) <= 2 for p in places())
        for stem in stems
    )


def _stem_starts_a_country(
    word: str, suffixes: tuple[str, ...], names: frozenset[str], shortest: int = 0
) -> bool:
    """Does `word` less one of `suffixes` start one of `names`, at most two letters short?"""
    return any(
        name.startswith(stem) and len(name) - len(stem) <= 2
        for suffix in suffixes
        if word.endswith(suffix) and len(stem := word[: len(word) - len(suffix)]) >= shortest
        for name in names
    )


# A participle after a comma reports for the clause's subject ("..., saying X", "..., calling it X").
PARTICIPLE_CUES = frozenset(
    """saying adding noting calling describing telling warning arguing explaining insisting
    claiming promising vowing urging pledging stressing suggesting acknowledging admitting
    stating announcing denying predicting accusing chanting ruling contending asserting
    alleging shouting screaming yelling ordering begging pleading""".split()  # noqa: SIM905
)


# Initials of things, not of bodies: diseases, molecules, devices, formats
NOT_BODY_INITIALISMS = frozenset(
    """hiv aids dna rna covid sars mers h1n1 ebola evd std sti mri ct icu tv dvd cd pc it id os
    api gps usb pdf url ai vr gdp lgbt lgbtq lgbtqia drm eula gpl lgpl cbd thc ptsd adhd
    fgm pfas pfoa pfos ppe co2 ghg lng lpg""".split()  # noqa: SIM905
)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
