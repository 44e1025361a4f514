"""Five more sets of stories, with who says each quote: four in the style of Wikinews, the gold set's
source, and one of news agencies and foreign desks.

Written for this suite by five separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy: STORIES_F Wikinews news in the past
tense (politics, elections, courts, disasters, health, science, transport, protests), quotes from
statements, spokespeople and other outlets; STORIES_G longer Wikinews stories with four to six
speakers each (sport, courts, business, science, local disasters), pronoun chains across
paragraphs and descriptions ("the coach", "the 28-year-old"); STORIES_H agencies and foreign desks
(AFP, Reuters, AP, Xinhua, Al Jazeera, DW, NHK, France 24): officials quoted through other
outlets, translated quotes, ministries, UN agencies, names from many countries, held out: no rule
is changed for it; STORIES_I Wikinews crime, courts, elections, company results, accidents and
obituaries, with short Wikinews interviews; STORIES_J Wikinews science, health, culture, sport,
technology and obituaries, with long titles and affiliations. Straight and curly quote marks.
Not gold and not from any article of the gold set. Each entry is (story, [(first words inside the
quote marks, speaker as first named, or None), ...]); a speaker only described is given as the
organisation they speak for.

First read, before any rule was changed for them: 146 of 168 right in STORIES_F, 190 of 228 in
STORIES_G and 158 of 197 in STORIES_H (offline backend at 9a16aaa); 181 of 196 in STORIES_I (at
6a995b9, after tuning on F and G); 179 of 207 in STORIES_J (at e77c93e, after tuning on I).
"""

# fmt: off
STORIES_F = [
    # 1 -- Wikinews, floods in Peru; said X the role, statement, told radio, split quote, descriptive role, partial quote, social media partial
    (
'''On Tuesday, flash floods swept through the mountain town of San Jerónimo del Alto in central Peru, killing at least eleven people and leaving more than 300 families without shelter, according to regional authorities.

Heavy rain that began on Sunday evening caused the Quishuar River to burst its banks shortly after midnight, sending mud and debris into the lower districts of the town, which lies about 180 kilometres east of the regional capital.

"We have never seen the water rise this quickly," said Rosa Huamaní Quispe, the mayor of San Jerónimo del Alto, speaking to reporters outside the municipal building on Tuesday afternoon. "Entire streets disappeared in less than an hour."

Huamaní, who was elected last year and had previously warned the national government about the poor state of the river's retaining walls, said rescue teams were still searching for at least six people reported missing. She added that the town's only bridge had been damaged and that supplies were being brought in by helicopter.

The Regional Emergency Operations Centre said in a statement that it had deployed 140 rescuers, four heavy machines and two field kitchens to the area. "Priority is being given to the evacuation of the elderly and of families whose homes are at risk of collapse," the statement said.

Efraín Colque, a 52-year-old farmer whose house in the Santa Rosa neighbourhood was destroyed, told local station Radio Andina Sur that he had woken to the sound of rocks striking the walls. "I took my grandchildren and ran up the hill," Colque said. "When we looked back, there was nothing left."

The national meteorological service had issued an orange alert for the area on Saturday. Its director, Dr. Gustavo Peralta-Ibáñez, told reporters in Lima that rainfall in the upper valley had reached 92 millimetres in twelve hours, "more than double the monthly average for this time of year."

Peralta-Ibáñez said further rain was expected through Thursday. "The soil is already saturated, so even moderate rain can trigger new landslides," he said.

Opposition legislator Marisol Anccasi criticised the government's response, calling it "slow, improvised and deeply unfair to rural communities" in a post on social media. The Ministry of Housing said it would announce an emergency reconstruction fund later in the week.''',
        [
            ("We have never seen the water rise", "Rosa Huamaní Quispe"),
            ("Entire streets disappeared in less than", "Rosa Huamaní Quispe"),
            ("Priority is being given to the", "Regional Emergency Operations Centre"),
            ("I took my grandchildren and ran", "Efraín Colque"),
            ("When we looked back, there was", "Efraín Colque"),
            ("more than double the monthly average", "Gustavo Peralta-Ibáñez"),
            ("The soil is already saturated, so", "Gustavo Peralta-Ibáñez"),
            ("slow, improvised and deeply unfair to", "Marisol Anccasi"),
        ],
    ),
    # 2 -- Wikinews (curly quotes), fraud sentencing in England; judge partial + "the judge said", multi-paragraph victim statement, split quote, police statement, described spokesperson
    (
'''On Friday, a court in Leeds, England sentenced a former investment adviser to nine years in prison for defrauding more than 200 clients, many of them retirees, of a combined £14.6 million over a period of eight years.

Graham Pettifer-Lowe, 61, who ran the Harrogate-based firm Pettifer Lowe Wealth Partners until its collapse in 2022, had pleaded guilty in March to fraud by abuse of position. Prosecutors said he had used money from new investors to pay returns to earlier ones while spending large sums on property, racehorses and foreign holidays.

Passing sentence, Judge Eleanor Mabey KC told Pettifer-Lowe he had “betrayed the trust of people who had placed their life savings in your hands.”

“You were not a man who made a bad investment and tried to hide it,” the judge said. “You were a man who, from the outset, knew the returns you promised could not exist.”

Several victims attended the hearing. A statement from one of them, Margaret Ellery, a 78-year-old former schoolteacher from Ripon who lost £212,000, was read to the court by the prosecution.

“I saved that money over forty years of work. I never owned an expensive car or went on luxury holidays, because I wanted to be able to look after myself in old age and not be a burden to my children.

“Now I have had to sell my home. I lie awake at night wondering how long what I have left will last.

“He smiled at me every time we met. I will never trust anyone with my affairs again.”

Speaking for the defence, Anand Raghavan said his client was “deeply ashamed of what he has done” and had cooperated fully with investigators since his arrest.

“He has not sought to blame anyone else,” Raghavan told the court, “and he accepts that he will spend much of the rest of his life repaying what he can.”

After the hearing, Detective Inspector Farah Qureshi, who led the investigation for the Northern Economic Crime Unit, said in a statement: “This was a calculated and sustained deception. We hope today’s sentence brings some measure of comfort to the victims, although we know it cannot return what they have lost.”

The Financial Compensation Authority, which administers a statutory fund for investors who lose money through the failure of regulated firms, said it had so far paid out £6.1 million to eligible clients of the firm. “We would encourage anyone who has not yet submitted a claim to contact us,” a spokesperson for the authority said.''',
        [
            ("betrayed the trust of people who", "Eleanor Mabey"),
            ("You were not a man who", "Eleanor Mabey"),
            ("You were a man who, from", "Eleanor Mabey"),
            ("I saved that money over forty", "Margaret Ellery"),
            ("deeply ashamed of what he has", "Anand Raghavan"),
            ("He has not sought to blame", "Anand Raghavan"),
            ("and he accepts that he will", "Anand Raghavan"),
            ("This was a calculated and sustained", "Farah Qureshi"),
            ("We would encourage anyone who has", "Financial Compensation Authority"),
        ],
    ),
    # 3 -- Wikinews, Latvian parliamentary election; commission partial, leader with multi-part name, partial quotes, told news agency, party statement, analyst told AFP with "she said"
    (
'''On Sunday, the centre-right Union for Renewal won the largest share of the vote in Latvia's parliamentary election but fell well short of a majority, setting the stage for what analysts expect to be weeks of coalition negotiations.

With nearly all ballots counted, the Central Election Commission said the party had received 24.8 percent of the vote, ahead of the social democratic Harmony and Work party on 19.2 percent and the nationalist Homeland Alliance on 13.5 percent. Turnout was 58.1 percent, the commission said, "the highest recorded in a parliamentary vote since 2006."

Kristaps Ozoliņš-Bērziņš, who leads the Union for Renewal and served as finance minister until last year, told supporters at a hotel in Riga that voters had "chosen stability over political adventure".

"We will speak to every party that respects our alliances and our constitution," Ozoliņš-Bērziņš said. "Latvians do not want another year of deadlock, and we will not give them one."

Harmony and Work leader Ilze Vītola conceded that her party had not achieved its goals, but said it would not join a government led by the Union for Renewal "on the terms it is currently offering".

"Our voters asked us to defend public hospitals and pensions, not to trade them for ministerial cars," Vītola told the LETA news agency.

The Homeland Alliance, whose leader Arvīds Kalniņš campaigned on tighter citizenship rules and a ban on foreign funding for non-governmental organisations, said in a statement that it was "ready to take responsibility for the country" and open to talks. Kalniņš did not appear at the party's election night event.

Dr. Līga Sproģe, a political scientist at the University of Latvia, told AFP that the result reflected voter fatigue after two years of unstable minority government. "Nobody has a clear mandate," she said. "The question is whether the Union for Renewal prefers a narrow coalition with the nationalists or a broad and uncomfortable one with the centre-left."

The president is expected to begin consultations with party leaders on Wednesday, and the new Saeima is due to hold its first sitting early next month.''',
        [
            ("the highest recorded in a parliamentary", "Central Election Commission"),
            ("chosen stability over political adventure", "Kristaps Ozoliņš-Bērziņš"),
            ("We will speak to every party", "Kristaps Ozoliņš-Bērziņš"),
            ("Latvians do not want another year", "Kristaps Ozoliņš-Bērziņš"),
            ("on the terms it is currently", "Ilze Vītola"),
            ("Our voters asked us to defend", "Ilze Vītola"),
            ("ready to take responsibility for the", "Homeland Alliance"),
            ("Nobody has a clear mandate", "Līga Sproģe"),
            ("The question is whether the Union", "Līga Sproģe"),
        ],
    ),
    # 4 -- Wikinews, asteroid science; said Professor X role, "he said" splits, press release partial, told Wikinews, split quote with "she said", anonymous engineer of named agency
    (
'''On Wednesday, researchers working on the Kagerou asteroid mission announced that the spacecraft had detected what they described as the clearest evidence yet of water-bearing minerals on the near-Earth asteroid 2011 QK47, a rocky body roughly 900 metres across.

The findings, published in the journal Planetary Science Letters, are based on infrared measurements taken by the probe during a close flyby in February at a distance of about 40 kilometres.

"We expected to see hints of hydration, but the signal is far stronger and far more widespread than any of our models predicted," said Professor Haruto Nishimura-Clarke, the mission's principal investigator and a planetary scientist at the Tohoku Institute of Space Science, at a press conference in Sagamihara.

Nishimura-Clarke said the minerals appeared to cover most of the asteroid's sunlit surface, but cautioned that the team had not detected liquid water or ice. "These are clays and other minerals that contain water locked inside their crystal structure," he said. "You could not drink it, but in principle you could extract it."

The mission's operator, the Asian Deep Space Agency, said in a press release that the discovery "strengthens the case for asteroids as a future resource for human exploration" and confirmed that Kagerou remained in good health, with enough propellant for at least one more flyby. An engineer at the agency, who asked not to be named because they were not authorised to speak to the press, said the probe had "performed flawlessly during the most demanding manoeuvre of the mission."

Dr. Oluwaseun Adebayo-Smith, an astronomer at the University of Cape Town who was not involved in the study, told Wikinews the results were significant but should be treated with care. "Infrared spectra can be ambiguous, particularly for dark, low-reflectance surfaces like this one," Adebayo-Smith said. "I would want to see an independent analysis of the raw data before drawing firm conclusions about how much water is really there."

Asked by Wikinews whether the discovery strengthened the commercial case for asteroid mining, which several private companies have promoted in recent years, Adebayo-Smith was cautious. "It moves the conversation from science fiction to engineering," she said, "but the engineering is still extraordinarily difficult."

The agency said the raw data would be released to the scientific community within twelve months. A proposed follow-up mission, which would attempt to land on the asteroid and return a sample to Earth, is currently under study.''',
        [
            ("We expected to see hints of", "Haruto Nishimura-Clarke"),
            ("These are clays and other minerals", "Haruto Nishimura-Clarke"),
            ("You could not drink it, but", "Haruto Nishimura-Clarke"),
            ("strengthens the case for asteroids as", "Asian Deep Space Agency"),
            ("performed flawlessly during the most demanding", "Asian Deep Space Agency"),
            ("Infrared spectra can be ambiguous, particularly", "Oluwaseun Adebayo-Smith"),
            ("I would want to see an", "Oluwaseun Adebayo-Smith"),
            ("It moves the conversation from science", "Oluwaseun Adebayo-Smith"),
            ("but the engineering is still extraordinarily", "Oluwaseun Adebayo-Smith"),
        ],
    ),
    # 5 -- Wikinews, shopping centre robbery in South Africa; police spokesperson statement, witness told broadcaster, company partial, commissioner told reporters, unattributed sign, union partial, said X the role
    (
'''On Saturday, armed robbers opened fire inside a shopping centre in Pietermaritzburg, South Africa, killing a security guard and wounding three shoppers before escaping with an undisclosed amount of cash, police said.

According to police, at least five men armed with rifles and handguns entered the Oakridge Junction shopping centre shortly after 10:00 local time and forced staff at a cash collection point to hand over several cash boxes.

"The suspects fired indiscriminately as they fled towards the parking area," police spokesperson Colonel Thandiwe Mokoena said in a statement. "A security officer who attempted to stop them was fatally wounded."

Mokoena said the three wounded shoppers, including a 14-year-old girl, had been taken to hospital and were in a stable condition. A getaway vehicle, a white sedan, was later found abandoned and burnt about six kilometres away.

Sipho Ndlovu, who was buying groceries with his wife when the shooting started, told eNCA that people had thrown themselves to the floor. "We heard maybe ten or fifteen shots," he said. "Children were crying, people were hiding behind the fridges. Nobody knew where it was coming from."

The centre's management company, Umgeni Retail Properties, said it was "devastated by the senseless loss of life" and that the centre would remain closed on Sunday. The company named the guard as Bongani Zulu, a 38-year-old father of two who had worked at the centre for six years.

Provincial police commissioner Lieutenant General Ashwin Naidoo, who visited the scene on Saturday afternoon, said a team of detectives had been assembled to track down the gang. "We will not rest until every one of these criminals is behind bars," Naidoo told reporters. He appealed to anyone with information to come forward.

Outside the centre on Saturday evening, a group of shop workers and security guards gathered for a candlelight vigil, some holding a hand-written sign reading "Protect those who protect us".

Nomvula Sithole, the general secretary of the Security Workers' Union, said guards were too often "sent to face rifles with nothing but a baton" and called on employers to improve training and equipment. "This is the fourth guard killed in the province this year," she said.''',
        [
            ("The suspects fired indiscriminately as they", "Thandiwe Mokoena"),
            ("A security officer who attempted to", "Thandiwe Mokoena"),
            ("We heard maybe ten or fifteen", "Sipho Ndlovu"),
            ("Children were crying, people were hiding", "Sipho Ndlovu"),
            ("devastated by the senseless loss of", "Umgeni Retail Properties"),
            ("We will not rest until every", "Ashwin Naidoo"),
            ("Protect those who protect us", None),
            ("sent to face rifles with nothing", "Nomvula Sithole"),
            ("This is the fourth guard killed", "Nomvula Sithole"),
        ],
    ),
    # 6 -- Wikinews (curly quotes), cholera outbreak in Malawi; minister "she said", WHO partial, split around "said Dr X, role", "He added:", headman told newspaper, party statement partial
    (
'''On Thursday, Malawi’s Ministry of Health declared a cholera outbreak in three districts of the country’s southern Lower Shire region, after laboratory tests confirmed the disease in 47 patients. At least nine people have died since the first suspected cases were reported two weeks ago.

Health Minister Dr. Chikondi Banda-Mwale announced the outbreak at a press briefing in Lilongwe. “The situation is serious but it is under control,” she said. “We have enough oral rehydration salts and intravenous fluids in the affected districts, and additional supplies are on their way.”

Banda-Mwale said the outbreak had been linked to contaminated water from shallow wells, many of which were flooded during heavy rains in January. She urged residents to boil or chlorinate their drinking water, and said a vaccination campaign targeting around 200,000 people would begin next week.

The World Health Organization said in a statement that it was supporting the ministry with case management and surveillance, and described the risk of further spread as “high at the national level and moderate at the regional level.”

Doctors working in the area described overcrowded treatment facilities. “Yesterday we admitted 31 patients into a tent built for twenty,” said Dr. Tomás Ferreira-Lunde, a medical coordinator with the aid group Medical Relief International, speaking by telephone from Nsanje. “Most arrive very late, already severely dehydrated, because they have walked for hours or waited for transport that never came.”

Ferreira-Lunde said the group had opened a second cholera treatment unit and was training community volunteers to distribute water purification tablets. He added: “If we can reach people in the first few hours, cholera is almost never fatal.”

Village headman Yohane Kachingwe, whose community in the Makhanga area has lost two residents to the disease, told The Nation newspaper that people had no alternative to the wells. “The borehole broke down last year,” he said. “We reported it three times. Nobody came.”

The ministry said a team would assess water infrastructure in the affected districts. In a separate statement, the opposition Alliance for Progress called the outbreak “a predictable consequence of years of neglect” and demanded a parliamentary inquiry into spending on rural water supplies.''',
        [
            ("The situation is serious but it", "Chikondi Banda-Mwale"),
            ("We have enough oral rehydration salts", "Chikondi Banda-Mwale"),
            ("high at the national level and", "World Health Organization"),
            ("Yesterday we admitted 31 patients into", "Tomás Ferreira-Lunde"),
            ("Most arrive very late, already severely", "Tomás Ferreira-Lunde"),
            ("If we can reach people in", "Tomás Ferreira-Lunde"),
            ("The borehole broke down last year", "Yohane Kachingwe"),
            ("We reported it three times. Nobody", "Yohane Kachingwe"),
            ("a predictable consequence of years of", "Alliance for Progress"),
        ],
    ),
    # 7 -- Wikinews, train derailment in Poland; quote with speaker named in following sentence, minister told reporters split, "Lis said:", social media post "she wrote", hospital spokeswoman (org)
    (
'''On Monday, a passenger train derailed near the village of Stare Kobylno in northern Poland, injuring 23 people, four of them seriously, according to the regional fire service.

The regional service from Gdańsk to Bydgoszcz was carrying around 180 passengers when three of its five carriages left the track at about 07:40 local time, on a stretch of line that had been reopened after renovation in December.

"The train was travelling at the permitted speed, around 90 kilometres per hour, and the driver applied the emergency brakes as soon as he felt the first carriage lurch." Those were the words of Piotr Zawadzki-Malinowski, a spokesman for the operator, Pomeranian Regional Railways, speaking to TVN24 on Monday morning. He said the driver had been tested for alcohol, with a negative result.

Infrastructure Minister Agnieszka Wróbel-Kaczmarek, who travelled to the site by helicopter, said it was too early to determine the cause of the accident. "I will not speculate," she told reporters at the scene. "The State Commission for Railway Accidents has begun its work, and I have asked for a preliminary report within fourteen days."

The commission's chairman, Tadeusz Lis, said investigators would examine the track, the signalling system and the train's data recorder. Asked whether the recent renovation work could have played a role, Lis said: "Every hypothesis is on the table, including that one."

Passenger Karolina Sęk, a 27-year-old nurse who was travelling to work, posted a photograph of an overturned carriage on social media minutes after the accident. "We are all okay in our carriage, thank God. People are helping each other get out through the windows," she wrote.

The four seriously injured passengers, including the train's conductor, were taken to Bydgoszcz University Hospital. "None of their injuries are life-threatening at this stage," a hospital spokeswoman said on Monday evening.

The line is expected to remain closed for at least a week while the damaged track is repaired. Replacement bus services have been organised between Tczew and Bydgoszcz, the operator said.''',
        [
            ("The train was travelling at the", "Piotr Zawadzki-Malinowski"),
            ("I will not speculate", "Agnieszka Wróbel-Kaczmarek"),
            ("The State Commission for Railway Accidents", "Agnieszka Wróbel-Kaczmarek"),
            ("Every hypothesis is on the table", "Tadeusz Lis"),
            ("We are all okay in our", "Karolina Sęk"),
            ("None of their injuries are life-threatening", "Bydgoszcz University Hospital"),
        ],
    ),
    # 8 -- Wikinews, farmers' protest in Madrid; unattributed chant, said X the role, partial, told Wikinews split, minister partial + "the minister said", police statement
    (
'''On Thursday, thousands of farmers drove tractors into central Madrid to protest against falling crop prices, rising fuel costs and new European environmental rules, bringing traffic in parts of the Spanish capital to a standstill for several hours.

Police estimated that around 6,500 people and 900 tractors took part in the march, which set off from the outskirts of the city at dawn and ended outside the Ministry of Agriculture. Organisers put the number of participants at more than 20,000.

Protesters blew horns, threw bales of straw onto the road and chanted "Without farmers, there is no food" as they made their way along the Paseo de la Castellana.

"We are not here because we want to be, we are here because we have no choice," said Jesús Álvarez de la Fuente, the secretary general of the Union of Farmers and Livestock Breeders, which organised the protest. "Every month, we sell our produce for less than it costs us to grow it."

Álvarez, who farms olives and almonds in the province of Jaén, called on the government to guarantee minimum prices and to delay the introduction of new limits on pesticide use, which he described as "written by people who have never set foot on a farm".

Among the protesters was Montserrat Puig i Ferrer, a 44-year-old dairy farmer from the Catalan province of Lleida, who said she had driven through the night to attend. "My grandfather had this farm, my father had this farm," she told Wikinews. "I do not know if my children will have it."

Agriculture Minister Luis Manuel Berrocal received a delegation of union leaders in the afternoon. Speaking to reporters afterwards, he said he shared "much of the frustration of the countryside" but noted that several of the protesters' demands fell under the competence of the European Union. "Spain will defend its farmers in Brussels, as it always has," the minister said.

The National Police said in a statement that six people had been detained for damaging street furniture and that two officers had suffered minor injuries. "The demonstration was largely peaceful," the statement said.

Further protests are planned in Seville and Valencia next week, the union said.''',
        [
            ("Without farmers, there is no food", None),
            ("We are not here because we", "Jesús Álvarez de la Fuente"),
            ("Every month, we sell our produce", "Jesús Álvarez de la Fuente"),
            ("written by people who have never", "Jesús Álvarez de la Fuente"),
            ("My grandfather had this farm, my", "Montserrat Puig i Ferrer"),
            ("I do not know if my", "Montserrat Puig i Ferrer"),
            ("much of the frustration of the", "Luis Manuel Berrocal"),
            ("Spain will defend its farmers in", "Luis Manuel Berrocal"),
            ("The demonstration was largely peaceful", "National Police"),
        ],
    ),
    # 9 -- Wikinews, minister resigns in New Zealand; resignation letter (partial + "the letter said" split), PM partial and "she told reporters:", opposition split, social media post partial, told radio split
    (
'''On Wednesday, New Zealand's Minister of Conservation, Hemi Tūhoe-Walker, resigned from Cabinet after a newspaper reported that he had used a ministerial car and driver to travel to a family holiday in the Bay of Islands in January.

In a letter to Prime Minister Catherine Ashby-Rowe, released by her office on Wednesday afternoon, Tūhoe-Walker wrote that he had "made an error of judgement that I deeply regret."

"I have always tried to hold myself to the highest standards, and on this occasion I failed to meet them," the letter said. "I do not want this matter to distract from the important work of the Government, and I therefore offer my resignation."

Ashby-Rowe said she had accepted the resignation "with considerable personal regret". Speaking to reporters at Parliament, she said: "Hemi has been a hard-working and passionate minister, but ministers must be held to account, and he has done the right thing."

Ashby-Rowe said Associate Minister Priya Raman-Fletcher would take over the conservation portfolio until a wider reshuffle expected later in the year.

Opposition leader Daniel Okoro-Hughes said the resignation raised wider questions about the Government's handling of ministerial expenses. "This is the third minister to go in eighteen months," Okoro-Hughes said. "The Prime Minister keeps telling us these are isolated incidents. New Zealanders are entitled to ask how many isolated incidents it takes before it becomes a pattern."

The Ratepayers and Taxpayers League, a lobby group that campaigns for lower government spending, posted on social media that the former minister should "repay every cent of the cost" of the trip.

Tūhoe-Walker, who represents the electorate of Te Raki and was first elected in 2014, said he would remain a member of Parliament. "I will be repaying the full cost of the travel," he told Radio Waitematā, "and I will continue to serve the people of Te Raki to the best of my ability."''',
        [
            ("made an error of judgement that", "Hemi Tūhoe-Walker"),
            ("I have always tried to hold", "Hemi Tūhoe-Walker"),
            ("I do not want this matter", "Hemi Tūhoe-Walker"),
            ("with considerable personal regret", "Catherine Ashby-Rowe"),
            ("Hemi has been a hard-working and", "Catherine Ashby-Rowe"),
            ("This is the third minister to", "Daniel Okoro-Hughes"),
            ("The Prime Minister keeps telling us", "Daniel Okoro-Hughes"),
            ("repay every cent of the cost", "Ratepayers and Taxpayers League"),
            ("I will be repaying the full", "Hemi Tūhoe-Walker"),
            ("and I will continue to serve", "Hemi Tūhoe-Walker"),
        ],
    ),
    # 10 -- Wikinews, earthquake in Indonesia; spokesman told reporters split, "he added" after another person mentioned in between, "she said" after named, resident told TV split, aid group statement
    (
'''On Sunday, a magnitude 6.4 earthquake struck the Indonesian province of West Sulawesi, killing at least 34 people and injuring more than 400, the country's National Disaster Management Agency (BNPB) said.

The earthquake hit at 03:17 local time at a depth of 12 kilometres, with its epicentre about 25 kilometres south-west of the town of Bontoraya, according to the Meteorology, Climatology and Geophysics Agency (BMKG). It was followed by more than 30 aftershocks, the strongest of magnitude 5.1.

"Many of the victims were asleep when their houses collapsed," BNPB spokesman Abdul Rahman Siregar told reporters in Jakarta. "Most homes in the area are built from brick without reinforcement, and they cannot withstand shaking of this intensity."

Siregar said search teams, supported by around 600 soldiers sent by the regional military commander, Major General Hendra Wijaya, were concentrating on a collapsed hospital wing and two schools in Bontoraya. "Heavy equipment cannot yet reach some villages because landslides have cut the roads," he added, saying food and tents were being dropped by helicopter.

Dr. Wulan Kusumawardhani, who heads the earthquake and tsunami centre at the BMKG, said the quake had not generated a tsunami. She urged residents to stay away from damaged buildings. "Aftershocks will likely continue for several days, and some may be strong enough to bring down structures that have already been weakened," she said.

Rahmat Hidayat, a 45-year-old fisherman, told Kompas TV he had pulled his neighbour's two children from the rubble of their home with his bare hands. "I could hear them calling, but I could not see them," he said. "It took us almost two hours. Their mother did not survive."

The Indonesian Humanitarian Alliance, a coalition of aid organisations, said it had sent medical teams and water purification units to the area. "Clean water, blankets and medical supplies are the most urgent needs," the alliance said in a statement.

Thousands of residents spent Sunday night in tents and in the open, fearing further aftershocks.''',
        [
            ("Many of the victims were asleep", "Abdul Rahman Siregar"),
            ("Most homes in the area are", "Abdul Rahman Siregar"),
            ("Heavy equipment cannot yet reach some", "Abdul Rahman Siregar"),
            ("Aftershocks will likely continue for several", "Wulan Kusumawardhani"),
            ("I could hear them calling, but", "Rahmat Hidayat"),
            ("It took us almost two hours", "Rahmat Hidayat"),
            ("Clean water, blankets and medical supplies", "Indonesian Humanitarian Alliance"),
        ],
    ),
    # 11 -- Wikinews (curly quotes), Kenyan High Court suspends tax; judge partial then multi-paragraph ruling, lawyer told reporters split, Treasury statement partial, anonymous Treasury official, trader "she said" split
    (
'''On Tuesday, Kenya’s High Court suspended a new tax on mobile money transfers two weeks before it was due to take effect, pending the hearing of a petition that argues the levy was passed without adequate public consultation.

The 1.5 percent levy, contained in a finance amendment passed by Parliament last month, would have applied to every transfer above 500 shillings made through mobile phone platforms, which are used by an estimated 35 million Kenyans.

In her ruling, Justice Wanjiru Mwangi-Odhiambo said the petitioners, the Kenya Consumer Rights Forum and two small traders, had raised “serious constitutional questions that cannot be answered at this preliminary stage.”

“The Constitution requires that the public be given a meaningful opportunity to participate in the making of laws that affect them. The record before this court suggests that public hearings on this levy lasted a total of two days and were held in only three counties.

“Should the levy be collected and later found to be unconstitutional, it would be practically impossible to return the money to millions of individual users.

“In the circumstances, the balance of convenience favours suspension.”

The judge ordered the case to be heard in full on 14 May.

Otieno Kiprotich, the lawyer for the petitioners, welcomed the ruling. “This is a victory for ordinary Kenyans who rely on mobile money to pay school fees, to buy food and to send money home to their parents,” he told reporters outside the Milimani Law Courts. “The government cannot simply reach into their pockets without asking them first.”

The National Treasury said in a statement that it respected the court’s decision but would “vigorously defend the legality of the measure.” A senior Treasury official, speaking on condition of anonymity because they were not authorised to comment publicly, told the Daily Nation that the levy had been expected to raise about 40 billion shillings a year. “Without it, there is a hole in the budget that will have to be filled some other way,” the official said.

Grace Akinyi Wekesa, who sells vegetables at Gikomba market in Nairobi and is one of the two traders named in the petition, said she had joined the case because small payments made up most of her business. “My customers pay me fifty shillings, a hundred shillings at a time,” she said. “Every small cut adds up.”''',
        [
            ("serious constitutional questions that cannot be", "Wanjiru Mwangi-Odhiambo"),
            ("The Constitution requires that the public", "Wanjiru Mwangi-Odhiambo"),
            ("This is a victory for ordinary", "Otieno Kiprotich"),
            ("The government cannot simply reach into", "Otieno Kiprotich"),
            ("vigorously defend the legality of the", "National Treasury"),
            ("Without it, there is a hole", "National Treasury"),
            ("My customers pay me fifty shillings", "Grace Akinyi Wekesa"),
            ("Every small cut adds up", "Grace Akinyi Wekesa"),
        ],
    ),
    # 12 -- Wikinews, mayoral election in Nova Scotia; told supporters split, several speakers in one paragraph with partials, academic split, city clerk
    (
'''On Monday, voters in Port Aldridge, Nova Scotia, elected former school principal Marguerite Boudreau-Singh as the city's mayor, ending the 16-year tenure of incumbent Russell Tamblyn in a race dominated by housing costs and the future of the city's ageing harbour.

According to unofficial results released by the city clerk's office, Boudreau-Singh received 11,482 votes, or 52.3 percent, against 9,870 for Tamblyn. A third candidate, businessman Wei-Lun Chao, received just over 600 votes. Turnout was 47 percent, up from 31 percent at the previous municipal election.

"Tonight, Port Aldridge said it is ready for a new chapter," Boudreau-Singh told cheering supporters at a community hall on Water Street. "People told me on their doorsteps that they can no longer afford to live in the city where they grew up. That is going to be the first thing on my desk."

Tamblyn, 68, conceded shortly before 10 p.m. and congratulated his opponent. "The people have spoken and I respect their decision," he said, adding that he was "proud of what we built together over sixteen years". Chao, speaking to CBC News at his campaign office, said the result showed "an appetite for change that nobody at city hall saw coming," while Tamblyn's campaign manager, Dev Persaud, called the loss "disappointing but not surprising given the national mood."

Boudreau-Singh, who taught for 28 years at Harbourview High School before retiring in 2021, campaigned on a promise to build 2,000 affordable housing units within four years, a target her critics have called unrealistic.

Dr. Fiona MacIsaac, who teaches political science at Atlantic Coast University, said the result fit a wider pattern. "Long-serving incumbents across the region have been punished this year for the housing crisis, whether or not they had much power to fix it," MacIsaac said. "Ms. Boudreau-Singh will now discover that a mayor's powers over housing are quite limited."

Official results are due to be certified on Thursday. "We are not aware of any issues that would affect the outcome," city clerk Janet Oyelaran-Briggs said on Monday night.''',
        [
            ("Tonight, Port Aldridge said it is", "Marguerite Boudreau-Singh"),
            ("People told me on their doorsteps", "Marguerite Boudreau-Singh"),
            ("The people have spoken and I", "Russell Tamblyn"),
            ("proud of what we built together", "Russell Tamblyn"),
            ("an appetite for change that nobody", "Wei-Lun Chao"),
            ("disappointing but not surprising given the", "Dev Persaud"),
            ("Long-serving incumbents across the region have", "Fiona MacIsaac"),
            ("Ms. Boudreau-Singh will now discover that", "Fiona MacIsaac"),
            ("We are not aware of any", "Janet Oyelaran-Briggs"),
        ],
    ),
    # 13 -- Wikinews, ransomware arrests in Europe; Europol statement, prosecutor partial then "she said", hospital director partial, "according to the Associated Press", researcher told Wikinews split
    (
'''On Thursday, police in the Netherlands, Germany and Romania arrested nine people suspected of operating a ransomware group that authorities say extorted more than €40 million from hospitals, municipalities and small businesses across Europe over three years.

The group, known to investigators as BlackLantern, encrypted victims' computer systems and demanded payment in cryptocurrency to restore access, threatening to publish stolen data if victims refused to pay.

In a statement, Europol said the arrests followed raids on 17 addresses and that officers had seized servers, laptops and cryptocurrency worth an estimated €6 million. "This operation has dismantled the core of one of the most active ransomware groups targeting European public services," the statement said.

Four of those arrested, all men aged between 24 and 37, are due to appear before an examining magistrate in Rotterdam on Friday. Public prosecutor Marieke van der Heijden-Bos told reporters the suspects had "shown a complete disregard for the consequences of their actions". "When a hospital cannot access patient records, operations are cancelled and lives are put at risk," she said.

Among the group's alleged victims was St. Anna Hospital in the Belgian city of Hasselt, whose systems were paralysed for nine days in 2022. The hospital's director, Dr. Luc Vermeulen, said in a statement that the arrests brought "a sense of justice to our staff and patients, who lived through a very frightening time."

Karl-Heinz Oberdorfer, a spokesman for Germany's Federal Criminal Police Office, said that two suspects arrested in Düsseldorf were believed to have written the malware, according to the Associated Press. "These were not amateurs," Oberdorfer said. "They ran their operation like a company, with a help desk, holiday schedules and performance bonuses."

Ioana Răducanu-Popescu, a security researcher at the Bucharest-based firm Carpathia Labs who has tracked the group since 2021, told Wikinews that the arrests were significant but unlikely to end the threat. "Ransomware groups are extremely resilient," she said. "Their affiliates will simply migrate to another brand within weeks. The real value of this operation is the intelligence sitting on those servers."''',
        [
            ("This operation has dismantled the core", "Europol"),
            ("shown a complete disregard for the", "Marieke van der Heijden-Bos"),
            ("When a hospital cannot access patient", "Marieke van der Heijden-Bos"),
            ("a sense of justice to our", "Luc Vermeulen"),
            ("These were not amateurs", "Karl-Heinz Oberdorfer"),
            ("They ran their operation like a", "Karl-Heinz Oberdorfer"),
            ("Ransomware groups are extremely resilient", "Ioana Răducanu-Popescu"),
            ("Their affiliates will simply migrate to", "Ioana Răducanu-Popescu"),
        ],
    ),
    # 14 -- Wikinews, air pollution study in Delhi; said Dr X role split, middle initial co-author press release, government department statement partial, campaigner partial, parent told Wikinews split
    (
'''On Monday, researchers published a study finding that children living near major roads in Delhi, India, were almost twice as likely to develop asthma as those living in less polluted parts of the city.

The study, which appeared in the Journal of Urban Respiratory Health, followed 4,200 schoolchildren aged six to twelve over five years and combined their medical records with air quality measurements from 38 monitoring stations.

"The association we found was strong, consistent and held up even after we accounted for family income, smoking in the home and other factors," said Dr. Ananya Subramanian-Rao, the study's lead author and a paediatric pulmonologist at the Institute of Child Health in New Delhi. "This is not a problem that will affect these children one day. It is affecting them now."

According to the study, children living within 200 metres of a road carrying more than 50,000 vehicles a day had an asthma rate of 14.2 percent, compared with 7.6 percent among children living more than a kilometre away.

Dr. Michael O. Brennan, an epidemiologist at the University of Edinburgh who co-authored the paper, said in a press release issued by the institute that the findings were likely to apply to other large cities in South Asia. "Delhi is an extreme case, but it is not unique," Brennan said. "Dhaka, Lahore and Kathmandu all have similar traffic patterns and similar pollution levels."

The Delhi Environment Department said in a statement that it had "taken unprecedented steps to improve air quality", pointing to an expanded fleet of electric buses and restrictions on older diesel vehicles. "We welcome all research that helps us target our policies more effectively," the statement said.

Environmental campaigners said the government was not moving fast enough. Rohan Mehta-Kapoor of the advocacy group Clean Air Collective called the findings "a wake-up call that we have already slept through far too many times".

Sunita Yadav, whose eight-year-old son was diagnosed with asthma last year, told Wikinews that the family had considered leaving the city. "We live next to the ring road because that is where my husband's work is," she said. "Every winter, he coughs through the night. What choice do we have?"''',
        [
            ("The association we found was strong", "Ananya Subramanian-Rao"),
            ("This is not a problem that", "Ananya Subramanian-Rao"),
            ("Delhi is an extreme case, but", "Michael O. Brennan"),
            ("Dhaka, Lahore and Kathmandu all have", "Michael O. Brennan"),
            ("taken unprecedented steps to improve air", "Delhi Environment Department"),
            ("We welcome all research that helps", "Delhi Environment Department"),
            ("a wake-up call that we have", "Rohan Mehta-Kapoor"),
            ("We live next to the ring", "Sunita Yadav"),
            ("Every winter, he coughs through the", "Sunita Yadav"),
        ],
    ),
    # 15 -- Wikinews, engine failure on Lisbon flight; airline statement split, passenger told the BBC with "the 34-year-old said", social media post "he wrote", investigators' statement split around cue, union president split
    (
'''On Saturday, an Atlântica Air passenger jet with 186 people on board made an emergency landing at Lisbon airport in Portugal after one of its two engines failed shortly after take-off, the airline said. No one was injured.

Flight AT412, an Airbus A320 bound for Paris, had been in the air for about eight minutes when the crew reported a loud bang and strong vibration from the left engine, according to air traffic control recordings published online.

"The crew followed all standard procedures, shut down the affected engine and returned safely to Lisbon," Atlântica Air said in a statement. "Passengers were accommodated on a replacement aircraft, which departed for Paris later in the afternoon."

Passenger Inês Carvalho-Mendes, who was seated over the wing, told the BBC she had seen flames. "There was a huge bang and then the whole plane started shaking," the 34-year-old said. "I looked out of the window and saw fire coming from the back of the engine. People were praying."

Another passenger, French student Théo Lambert-Diallo, posted a short video from the cabin on social media after landing, showing passengers applauding. "Shoutout to the pilots, absolute legends," he wrote.

Portugal's Office for the Prevention and Investigation of Aircraft Accidents (GPIAAF) said it had opened an investigation and that the engine would be removed for examination. "It is too early to speculate on the cause of the failure," the office said in a statement, "but a bird strike is one of the hypotheses being examined."

Captain Rui Sequeira, the president of the Portuguese Airline Pilots' Union, praised the crew. "This is exactly what pilots train for, again and again, in the simulator," Sequeira said. "But doing it for real, with 180 people behind you, is another thing entirely."

Atlântica Air, which operates a fleet of 42 aircraft, said the plane involved had been delivered new in 2016 and had passed its most recent maintenance check in January.''',
        [
            ("The crew followed all standard procedures", "Atlântica Air"),
            ("Passengers were accommodated on a replacement", "Atlântica Air"),
            ("There was a huge bang and", "Inês Carvalho-Mendes"),
            ("I looked out of the window", "Inês Carvalho-Mendes"),
            ("Shoutout to the pilots, absolute legends", "Théo Lambert-Diallo"),
            ("It is too early to speculate", "Office for the Prevention and Investigation of Aircraft Accidents"),
            ("but a bird strike is one", "Office for the Prevention and Investigation of Aircraft Accidents"),
            ("This is exactly what pilots train", "Rui Sequeira"),
            ("But doing it for real, with", "Rui Sequeira"),
        ],
    ),
    # 16 -- Wikinews (curly quotes), university funding protest in Buenos Aires; banner and chant unattributed, said Dr X role split, student told newspaper split, spokesperson split + partial, police statement
    (
'''On Wednesday, tens of thousands of students, lecturers and university staff marched through central Buenos Aires to protest against cuts to public university funding, in one of the largest demonstrations in the Argentine capital this year.

The march, organised by university rectors and several student federations, set off from the Plaza de Mayo in the early afternoon. Many participants carried banners reading “Public education is not for sale” and chanted “The university is defended” as they passed the Congress building.

“We have been forced to choose between paying for electricity and paying our researchers,” said Dr. Alejandro Fernández Villalba, the rector of the National University of the South-West, addressing the crowd from a stage outside Congress. “No serious country treats its universities this way.”

Fernández, who has led the university since 2018, said funding for operating costs had fallen by nearly 40 percent in real terms over the past year because of high inflation.

Camila Robledo, the 22-year-old president of the Federation of University Students of Rosario, told the newspaper Página/12 that students were not protesting only for themselves. “Many of us are the first in our families to go to university,” she said. “If they close the doors now, they close them for our younger brothers and sisters too.”

Presidential spokesperson Martín Echeverría Saavedra told a press conference that the government supported public universities but demanded accountability for how their money was spent. “Nobody is closing any university,” Echeverría said. “What we are asking for is audits. Argentine taxpayers have the right to know where every peso goes.” He described the march as “legitimate, but clearly politically motivated.”

The Buenos Aires City Police estimated attendance at 120,000, while organisers said more than 400,000 people took part. “There were no arrests and no injuries were reported,” the police said in a statement on Wednesday evening.''',
        [
            ("Public education is not for sale", None),
            ("The university is defended", None),
            ("We have been forced to choose", "Alejandro Fernández Villalba"),
            ("No serious country treats its universities", "Alejandro Fernández Villalba"),
            ("Many of us are the first", "Camila Robledo"),
            ("If they close the doors now", "Camila Robledo"),
            ("Nobody is closing any university", "Martín Echeverría Saavedra"),
            ("What we are asking for is", "Martín Echeverría Saavedra"),
            ("legitimate, but clearly politically motivated", "Martín Echeverría Saavedra"),
            ("There were no arrests and no", "Buenos Aires City Police"),
        ],
    ),
    # 17 -- Wikinews, bushfire in Western Australia; emergency warning text ("the warning read"), standalone quote with speaker named in the next paragraph, commissioner split, premier partial, forecaster
    (
'''On Friday, a fast-moving bushfire destroyed at least 27 homes in the hills east of Perth, Western Australia, and forced the evacuation of about 4,000 residents, as temperatures in the region exceeded 43 degrees Celsius.

The fire started shortly after midday near the town of Karrabin and, driven by strong north-easterly winds, had burnt through more than 6,000 hectares by evening, according to the Department of Fire and Emergency Services.

At 2:15 p.m., the department issued an emergency warning urging residents of Karrabin and nearby Mundaring Heights to leave. "You are in danger and need to act immediately to survive. The safest option is to leave now if the way is clear," the warning read.

"We threw the dog in the car, grabbed the photo albums and drove. By the time we reached the main road, the smoke was so thick we could barely see the car in front."

That was how Karen Whitfield-O'Brien, who has lived in Karrabin for 22 years, described her family's escape to ABC Radio Perth. She said she did not yet know whether her house had survived.

Fire and Emergency Services Commissioner Darren Kowalczyk said more than 250 firefighters and 12 water-bombing aircraft were fighting the blaze. "Conditions this afternoon were about as bad as they get," Kowalczyk said at a briefing in Perth. "Embers were being thrown up to two kilometres ahead of the fire front, which makes it almost impossible to contain."

Premier Simone Ngata-Harris, who visited an evacuation centre in Midland on Friday evening, said disaster relief payments would be available to affected families from Monday. She praised firefighters, many of them volunteers, for what she called "extraordinary courage in the most terrible conditions".

The Bureau of Meteorology said a cooler change was expected to reach the area overnight, but warned that the accompanying wind shift could push the fire in a new direction. "A wind change is often the most dangerous phase of a fire," senior forecaster Lachlan Doherty said.

Authorities said it could be several days before residents are allowed to return to the worst-affected streets.''',
        [
            ("You are in danger and need", "Department of Fire and Emergency Services"),
            ("We threw the dog in the", "Karen Whitfield-O'Brien"),
            ("Conditions this afternoon were about as", "Darren Kowalczyk"),
            ("Embers were being thrown up to", "Darren Kowalczyk"),
            ("extraordinary courage in the most terrible", "Simone Ngata-Harris"),
            ("A wind change is often the", "Lachlan Doherty"),
        ],
    ),
    # 18 -- Wikinews, Ghana-Côte d'Ivoire cocoa agreement; said X's Minister, counterpart partial then "she said" split, traders' association partial, cooperative chairman told Reuters split, economist
    (
'''On Thursday, the governments of Ghana and Côte d'Ivoire, which together produce around 60 percent of the world's cocoa, signed an agreement in Accra to coordinate the prices they pay farmers and to jointly market part of their harvests, in what officials described as a historic step for the industry.

Under the agreement, the two countries will set a common minimum farm-gate price each season and establish a joint secretariat, based in Abidjan, to negotiate with international buyers.

"For too long, those who grow the cocoa have received the smallest share of the value of the chocolate," said Ghana's Minister of Trade and Industry, Kwabena Asante-Mensah, at the signing ceremony. "Today, we begin to change that."

His Ivorian counterpart, Aminata Kouyaté Traoré, said the two neighbours had "more in common than what divides us". "Our farmers face the same weather, the same diseases and the same buyers," she said. "It makes no sense for us to compete against each other to see who can sell cheaper."

The World Cocoa Traders' Association, which represents major international buyers and processors, said in a statement that it "respected the sovereign right of producing countries to organise their markets" but warned that higher prices could reduce demand.

Farmers' representatives gave the deal a cautious welcome. Yaw Boateng Owusu, who chairs the Ashanti Cocoa Farmers' Cooperative, which has around 80,000 members, said previous initiatives had failed to raise incomes. "I will believe it when I see the money in my hand," he told Reuters. "We have heard many promises before."

Sébastien N'Guessan, an economist at the African Commodities Institute in Dakar, said the success of the deal would depend on both governments' discipline. "Cartels in agricultural commodities have a long history of falling apart when prices rise and each member is tempted to sell on its own," N'Guessan said.

The agreement is expected to take effect from the start of the next main crop season in October.''',
        [
            ("For too long, those who grow", "Kwabena Asante-Mensah"),
            ("Today, we begin to change that", "Kwabena Asante-Mensah"),
            ("more in common than what divides", "Aminata Kouyaté Traoré"),
            ("Our farmers face the same weather", "Aminata Kouyaté Traoré"),
            ("It makes no sense for us", "Aminata Kouyaté Traoré"),
            ("respected the sovereign right of producing", "World Cocoa Traders' Association"),
            ("I will believe it when I", "Yaw Boateng Owusu"),
            ("We have heard many promises before", "Yaw Boateng Owusu"),
            ("Cartels in agricultural commodities have a", "Sébastien N'Guessan"),
        ],
    ),
    # 19 -- Wikinews, jury verdict against chemical company in Missouri; widow sharing surname with late husband, attorney with middle initial and "he said" after another person mentioned, company statement partial + "the statement said", judge's written ruling partial
    (
'''On Tuesday, a jury in St. Louis County, Missouri, ordered the chemical manufacturer Halvorsen Industrial Coatings to pay $87 million to the family of a factory worker who died of a rare form of liver cancer after years of exposure to a solvent used at the company's plant in Fenton.

The jury of nine women and three men found that the company had known about the health risks of the solvent, an industrial degreaser known as TCX-9, and had failed to warn workers or provide adequate protective equipment. The award includes $62 million in punitive damages.

The lawsuit was brought by Denise Okafor-Lindqvist, whose husband, Samuel Okafor-Lindqvist, worked as a machine operator at the plant for 19 years before his death in 2020 at the age of 51.

"Sam went to work every day believing that the people he worked for would keep him safe," Okafor-Lindqvist told reporters outside the courthouse, holding a photograph of her husband. "They knew, and they said nothing. Today the jury said that was wrong."

The family's attorney, Raymond J. Castellano, said internal company documents presented at trial showed that senior managers, including former plant director Howard Lusk, had been warned about the solvent as early as 1998. "This was not a mystery," he said. "It was a deliberate choice to put production ahead of people."

Halvorsen Industrial Coatings said in a statement that it was "deeply disappointed by the jury's verdict" and intended to appeal. "The science does not support a link between TCX-9 and Mr. Okafor-Lindqvist's illness, and we are confident the verdict will be overturned," the statement said.

Circuit Judge Patricia Yen-Halloran, who presided over the three-week trial, is expected to rule on post-trial motions in the coming weeks. Before the trial, she had rejected a defense request to exclude the internal documents, writing that they were "directly relevant to the question of what the company knew and when."

According to the Associated Press, at least 40 other lawsuits brought by former workers at the Fenton plant are pending in state and federal courts.''',
        [
            ("Sam went to work every day", "Denise Okafor-Lindqvist"),
            ("They knew, and they said nothing", "Denise Okafor-Lindqvist"),
            ("This was not a mystery", "Raymond J. Castellano"),
            ("It was a deliberate choice to", "Raymond J. Castellano"),
            ("deeply disappointed by the jury's verdict", "Halvorsen Industrial Coatings"),
            ("The science does not support a", "Halvorsen Industrial Coatings"),
            ("directly relevant to the question of", "Patricia Yen-Halloran"),
        ],
    ),
    # 20 -- Wikinews, glacier collapse in Switzerland; said X the president split, cantonal geologist split, federal office partial, multi-paragraph quote from phone interview with Wikinews, elderly resident told broadcaster split
    (
'''On Wednesday, a large section of the Triftgrat Glacier in the Swiss canton of Valais collapsed, sending an estimated three million cubic metres of ice, rock and mud into the valley below and burying part of the evacuated village of Oberried-im-Tal, authorities said.

No one was reported injured. The village's 240 residents had been evacuated nine days earlier, after monitoring instruments detected a sharp acceleration in the movement of the glacier.

"Without the evacuation, we would today be counting the dead," said Beat Imboden, the president of the municipality, who watched the collapse from a hillside opposite the village. "I saw the church tower disappear. It is difficult to describe what one feels in such a moment."

Cantonal geologist Dr. Nadja Zurbriggen-Amherd told a press conference in Sion that the collapse had been triggered by the failure of a rock wall above the glacier, which had been weakened by thawing permafrost. She said the debris had partially blocked the river and that a lake was forming behind it. "We are monitoring the water level around the clock," Zurbriggen-Amherd said. "At present we see no immediate risk to the villages further downstream, but that could change."

The Federal Office for the Environment said in a statement that the event was "consistent with what climate models have long predicted for the Alpine region" and that it would support the canton with additional monitoring equipment.

Professor Matthias Hüppi, a glaciologist at ETH Zurich who has studied glaciers in the region for more than two decades, spoke to Wikinews by telephone.

"What we are seeing is not a single freak event. Alpine glaciers have lost roughly a third of their volume since the turn of the century, and as the ice retreats, the rock walls that it used to support become unstable.

"The permafrost that holds these mountains together is warming too. We should expect more events like this one, not fewer.

"The good news, if there is any, is that our monitoring has become very good. Oberried shows that early warning works."

Residents, many of whom are staying with relatives or in hotels in nearby towns, have been told they may not be able to return for months. Speaking to Swiss broadcaster SRF, 71-year-old Rosmarie Kalbermatten said she had been born in the village. "My parents are buried there," she said. "Now I do not know if the cemetery still exists."''',
        [
            ("Without the evacuation, we would today", "Beat Imboden"),
            ("I saw the church tower disappear", "Beat Imboden"),
            ("We are monitoring the water level", "Nadja Zurbriggen-Amherd"),
            ("At present we see no immediate", "Nadja Zurbriggen-Amherd"),
            ("consistent with what climate models have", "Federal Office for the Environment"),
            ("What we are seeing is not", "Matthias Hüppi"),
            ("My parents are buried there", "Rosmarie Kalbermatten"),
            ("Now I do not know if", "Rosmarie Kalbermatten"),
        ],
    ),
]

STORIES_G = [
    # 1 -- sports (football match report); straight quotes; unattributed chant, split quotes, description "the Argentine" after another person, partial quote, league statement, captain description
    (
'''Rivertown United came from two goals down to beat Caldmere Athletic 3-2 on Saturday at Foundry Lane, with a stoppage-time header from Tomás Echeverría keeping the club's promotion hopes alive going into the final three matches of the season.

Caldmere led 2-0 at half-time through goals from Kwame Asante-Boateng and Lewis Pryce. Chants of "Going up, going up" could already be heard from the away end before Rivertown halved the deficit from the penalty spot in the 61st minute.

"At half-time I told them nobody was leaving this stadium with their heads down," Rivertown head coach Hendrik Vos-Albers said after the match. "We had been too polite. The second half was the team I know."

Vos-Albers, who took charge in November, said the penalty had changed the atmosphere inside the ground. "You could feel the whole stand shake," he said.

Substitute Callum Reddy drew the game level with twenty minutes left, volleying in after Caldmere goalkeeper Pieter Lindqvist could only parry a long-range shot.

Caldmere manager Marianne Oyelaran was critical of the decision that led to the penalty, in which defender Joel Amankwah was judged to have pulled the shirt of Echeverría.

"I have watched it four times and I still don't see it," she said. "Joel has his hand on the shirt, yes, but the boy was already going down. It's a soft penalty and it changed the game."

She added that her side had "stopped playing football altogether" after the equaliser and deserved to be punished for that.

The Northern Counties League said in a statement on Sunday that it would not comment on individual refereeing decisions, but that "all match officials are subject to a full performance review after every fixture."

The winning goal came in the 93rd minute. Echeverría rose above two defenders to meet a corner from captain Danny Holloway, and the 28-year-old striker ran to the corner flag, where he was mobbed by teammates and a handful of supporters who had climbed over the advertising hoardings.

"I don't remember the header, honestly," the Argentine said. "I remember the noise. My family flew over from Rosario this week, so for them to see that, it's something I will never forget."

Holloway said the dressing room still believed the team could finish in the top two. "Nobody in here is looking at the table," the captain said, "we're looking at Tuesday."

Rivertown travel to Eastleigh Harriers on Tuesday evening. Caldmere, who remain second, host bottom club Westburn on the same night.''',
        [
            ("Going up, going up", None),
            ("At half-time I told them nobody", "Hendrik Vos-Albers"),
            ("We had been too polite.", "Hendrik Vos-Albers"),
            ("You could feel the whole stand", "Hendrik Vos-Albers"),
            ("I have watched it four times", "Marianne Oyelaran"),
            ("Joel has his hand on the", "Marianne Oyelaran"),
            ("stopped playing football altogether", "Marianne Oyelaran"),
            ("all match officials are subject to", "Northern Counties League"),
            ("I don't remember the header, honestly", "Tomás Echeverría"),
            ("I remember the noise. My family", "Tomás Echeverría"),
            ("Nobody in here is looking at", "Danny Holloway"),
            ("we're looking at Tuesday.", "Danny Holloway"),
        ],
    ),
    # 2 -- court (death by dangerous driving sentencing); curly quotes; judge by description, prosecutor/defence with pronouns, multi-paragraph quote from victim's son, family statement
    (
'''A 41-year-old delivery driver who struck and killed a cyclist while watching a video on his mobile phone was sentenced to six years in prison on Thursday at Halvergate Crown Court.

Gareth Stanislaw Pell had pleaded guilty to causing death by dangerous driving. The court heard that he had been watching a video on a phone mounted on his dashboard when his van hit 52-year-old Ruth Adeyemi-Clarke on the Marsh Road in September last year. She died at the scene.

Sentencing, Judge Helena M. Corrigan said the case was “a stark illustration of how a few seconds of inattention can end a life.”

“You were not speeding. You were not drunk,” the judge told Pell. “But for eleven seconds before the collision your eyes were on a screen and not on the road, and Mrs Adeyemi-Clarke paid for that with her life.”

Prosecutor Anil Raghunathan told the court that data recovered from the phone showed the video had been playing continuously for more than four minutes before the crash.

“This was not a momentary glance,” he said. “This was a sustained choice.”

Defence barrister Siobhan Mac an tSaoir said her client had shown “genuine and profound remorse” and had not driven since the crash. She told the court that Pell had written a letter to the family but had asked that it only be passed on if they wished to read it.

“He does not ask for forgiveness and he does not expect it,” Ms Mac an tSaoir said. “He wanted them to know that he thinks about what he did every single day.”

In a victim impact statement read to the court, Mrs Adeyemi-Clarke's son, Obinna Adeyemi-Clarke, described his mother as a retired midwife who had delivered “half the babies in this town.”

“She cycled that road every morning for thirty years,” he said. “She used to say it was the only hour of the day when nobody needed anything from her.

“We have lost our mother, and my children have lost the grandmother who taught them to swim. Six years, sixty years, it makes no difference to us. She is not coming home.”

Pell, who sat with his head bowed throughout the hearing, was also banned from driving for ten years after his release.

Outside court, the Adeyemi-Clarke family said in a statement that they were “grateful to the police for their patience and care” and urged drivers to put their phones out of reach when behind the wheel.''',
        [
            ("a stark illustration of how a", "Helena M. Corrigan"),
            ("You were not speeding. You were", "Helena M. Corrigan"),
            ("But for eleven seconds before the", "Helena M. Corrigan"),
            ("This was not a momentary glance", "Anil Raghunathan"),
            ("This was a sustained choice.", "Anil Raghunathan"),
            ("genuine and profound remorse", "Siobhan Mac an tSaoir"),
            ("He does not ask for forgiveness", "Siobhan Mac an tSaoir"),
            ("He wanted them to know that", "Siobhan Mac an tSaoir"),
            ("half the babies in this town.", "Obinna Adeyemi-Clarke"),
            ("She cycled that road every morning", "Obinna Adeyemi-Clarke"),
            ("She used to say it was", "Obinna Adeyemi-Clarke"),
            ("grateful to the police for their", "Adeyemi-Clarke family"),
        ],
    ),
    # 3 -- business (factory closure); straight quotes; company statement, CEO video message, union officer with pronoun chain, minister by description, analyst, unattributed sign
    (
'''Kestrel Home Appliances announced on Tuesday that it will close its washing machine factory in Dunmore by the end of next year, putting 640 jobs at risk, as it moves production to a new plant in Poland.

The company said in a statement that the decision followed "a comprehensive review of our European manufacturing footprint" and that rising energy costs had made the Dunmore site no longer viable.

Chief executive Anja Brekke-Solheim said the decision had been "the hardest of my career."

"Dunmore has made washing machines for fifty-three years and the people there have done nothing wrong," she said in a video message to staff. "But we are losing money on every machine that leaves that building, and we cannot keep doing that."

The GMWU trade union, which represents about 400 of the factory's workers, said it had been given less than an hour's notice of the announcement. Regional officer Declan Fitzmaurice-Hale said members had learned of the closure "from the local radio."

"They stood in the canteen and listened to the news like everyone else. That tells you everything about how much this company values them," he said.

Fitzmaurice-Hale said the union would ask for an urgent meeting with management and would not rule out industrial action. He pointed out that Kestrel had received a regional development grant of £4.2 million in 2019. "That was public money, and people will want to know what it bought," he said.

The regional economy minister, Priya Venkataraman, said she was "deeply disappointed by this decision" and had asked officials to examine whether any of the grant could be recovered.

"Our first priority is the workers and their families. We will be setting up a task force this week to help people find new work, and I want Kestrel at that table," the minister said.

Analysts said the move had been expected. Rebecca Tan, a consumer goods analyst at Harwood Securities, said Kestrel had been under pressure from cheaper competitors for several years.

"Frankly, the surprise is that it took this long," Tan said. "Their margins in Europe have been close to zero since 2021. Investors will see this as overdue."

Kestrel shares rose 3.1 per cent in Oslo following the announcement.

The factory is the largest private employer in Dunmore, a town of about 18,000 people. Outside the gates on Tuesday afternoon, a handwritten sign tied to the fence read "53 years. 1 hour's notice."''',
        [
            ("a comprehensive review of our European", "Kestrel Home Appliances"),
            ("the hardest of my career.", "Anja Brekke-Solheim"),
            ("Dunmore has made washing machines for", "Anja Brekke-Solheim"),
            ("But we are losing money on", "Anja Brekke-Solheim"),
            ("from the local radio.", "Declan Fitzmaurice-Hale"),
            ("They stood in the canteen and", "Declan Fitzmaurice-Hale"),
            ("That was public money, and people", "Declan Fitzmaurice-Hale"),
            ("deeply disappointed by this decision", "Priya Venkataraman"),
            ("Our first priority is the workers", "Priya Venkataraman"),
            ("Frankly, the surprise is that it", "Rebecca Tan"),
            ("Their margins in Europe have been", "Rebecca Tan"),
            ("53 years. 1 hour's notice.", None),
        ],
    ),
    # 4 -- science (urban fox skulls study); curly quotes; lead author, co-author with "he", independent expert "she" between, return to first author by pronoun after name, journal editorial, university press release
    (
'''Foxes living in cities have developed shorter, wider snouts than their country cousins, according to a study published on Wednesday in the journal Mammal Biology Review.

Researchers at the University of Brantmoor measured 1,140 fox skulls held in museum collections across northern Europe, comparing animals collected in large cities with those from farmland and forest over the past 120 years.

“We were honestly expecting to find nothing,” said Dr Ngozi Eze-Whitfield, a zoologist at the university and the study's lead author. “Then the numbers came back and the difference was there in every city we looked at.”

The team found that urban foxes had snouts on average 3.5 per cent shorter than rural foxes, with larger areas of bone where the jaw muscles attach. The researchers believe the change is linked to scavenging from bins and gardens rather than hunting small animals.

Eze-Whitfield said the change fitted a pattern seen in other animals living close to humans. “You don't need a long, delicate snout to get into a bin bag,” she said. “You need a strong bite.”

Her co-author, Professor Lars Øvergaard, cautioned that the results did not show foxes were becoming domesticated.

“People love the idea that foxes are turning into dogs, but that is not what we are saying,” he said. “These are wild animals adapting to a new food supply. It is evolution, but it is quite ordinary evolution.”

Not everyone is convinced that the change is genetic. Dr Camille Roux-Delacroix, an evolutionary biologist at the Institut de Zoologie de Lyon who was not involved in the research, said the differences could simply reflect what young foxes eat as they grow.

“Bone responds to use,” she said. “If a cub grows up chewing chicken bones from takeaway boxes, its skull will develop differently from a cub that grows up catching voles. That is not necessarily in the genes.”

Eze-Whitfield acknowledged the point and said the team was now collecting DNA samples from living foxes in three cities to test it.

“It's a fair criticism and it's exactly the next question,” she said.

In an accompanying editorial, the journal's editors described the study as “a reminder that evolution is happening on our doorsteps.”

The University of Brantmoor said in a press release that many of the skulls used in the study had been “largely untouched for several decades” in museum storerooms before the project began.''',
        [
            ("We were honestly expecting to find nothing", "Ngozi Eze-Whitfield"),
            ("Then the numbers came back and", "Ngozi Eze-Whitfield"),
            ("You don't need a long, delicate", "Ngozi Eze-Whitfield"),
            ("You need a strong bite.", "Ngozi Eze-Whitfield"),
            ("People love the idea that foxes", "Lars Øvergaard"),
            ("These are wild animals adapting to", "Lars Øvergaard"),
            ("Bone responds to use,", "Camille Roux-Delacroix"),
            ("If a cub grows up chewing", "Camille Roux-Delacroix"),
            ("It's a fair criticism and it's", "Ngozi Eze-Whitfield"),
            ("a reminder that evolution is happening", "Mammal Biology Review"),
            ("largely untouched for several decades", "University of Brantmoor"),
        ],
    ),
    # 5 -- local disaster (river flooding); straight quotes; rescue officer with split quotes and "he", resident, neighbour between, "the pensioner" description, council leader, hydrological service statement
    (
'''Hundreds of residents were evacuated from their homes in the town of Llanfair Isaf overnight on Sunday after the River Carrog burst its banks following two days of heavy rain.

Mid Wales Fire and Rescue Service said crews had rescued 37 people from flooded properties, including an elderly couple who were lifted from an upstairs window by boat shortly after 2 a.m.

"Our crews have been working through the night in extremely difficult conditions," said Group Manager Rhodri ap Gwilym. "The water rose very quickly, far quicker than anyone expected, and some people simply didn't have time to get out."

Ap Gwilym said no one had been seriously injured, but he urged people not to attempt to drive through floodwater. "Two cars were swept off the Bridge Street crossing last night," he said. "Both drivers were lucky. The next one might not be."

Carys Pritchard-Jones, 67, who has lived on Mill Lane for forty years, said she had never seen the river so high.

"I woke up because the dog was barking, and when I put my feet on the floor it was wet," she said. "By the time my son got here it was up to my knees in the kitchen."

Her neighbour, Mohammed Al-Rashidi, who runs the corner shop on the lane, said he had lost almost all of his stock. "Everything on the bottom shelves is gone," he said. "Insurance, I don't know. We'll see."

The pensioner, who is now staying with her son in nearby Trefnant, said she counted herself fortunate. "I have somewhere to go. A lot of people on this street don't," she said.

Carrog Valley County Council opened an emergency rest centre at Ysgol Bro Carrog, where about 120 people spent the night. Council leader Elen Vaughan-Morris said the authority was "doing everything it possibly can."

"We have staff on the ground, we have the rest centre open, and we are working with the Red Cross to get people food and dry clothes," she said.

Flood forecasters at the National Hydrological Service said in a statement on Monday morning that river levels were expected to fall slowly through the day, but warned that "further rain on Tuesday could cause levels to rise again." Five flood warnings remained in place along the Carrog valley.''',
        [
            ("Our crews have been working through", "Rhodri ap Gwilym"),
            ("The water rose very quickly, far", "Rhodri ap Gwilym"),
            ("Two cars were swept off the", "Rhodri ap Gwilym"),
            ("Both drivers were lucky.", "Rhodri ap Gwilym"),
            ("I woke up because the dog", "Carys Pritchard-Jones"),
            ("By the time my son got", "Carys Pritchard-Jones"),
            ("Everything on the bottom shelves is", "Mohammed Al-Rashidi"),
            ("Insurance, I don't know.", "Mohammed Al-Rashidi"),
            ("I have somewhere to go.", "Carys Pritchard-Jones"),
            ("doing everything it possibly can.", "Elen Vaughan-Morris"),
            ("We have staff on the ground,", "Elen Vaughan-Morris"),
            ("further rain on Tuesday could cause", "National Hydrological Service"),
        ],
    ),
    # 6 -- sports (tennis final); curly quotes; winner with split quotes, runner-up as "the Pole", tournament director, coach with partial quote, "the new champion" description after other women and men
    (
'''Ayşe Kalkan-Demir won the Lakeshore Open on Sunday, beating second seed Marta J. Kowalczyk 6-4, 3-6, 7-5 in a final that lasted almost three hours and was twice interrupted by rain.

The 22-year-old from Izmir, ranked 48th in the world, saved two match points at 4-5 in the third set before breaking Kowalczyk's serve in the final game.

“I don't really know what happened at 4-5,” Kalkan-Demir said at her post-match press conference. “I just told myself, hit the ball, don't think, hit the ball. And then it was 5-5 and I thought, okay, maybe.”

She dedicated the title to her grandmother, who died in March. “She was the one who bought me my first racket from the market,” she said, her voice breaking. “It was too big for me. She said I would grow into it.”

Kowalczyk, the world number nine, was unhappy with a line call on the first of her match points, when a Kalkan-Demir forehand was called in. Television replays appeared to show the ball landing on the line.

“I thought it was out, I still think it was out,” the Pole said. “But there's no electronic line calling on this court, so what can you do? It's not why I lost. I lost because I didn't take my chances.”

Tournament director Benedikt Hollenstein-Ruiz said the organisers would install electronic line calling on all courts for next year's event. “It's been in the budget plans for a while,” he said. “After today I think we'll be moving it to the top of the list.”

Kalkan-Demir's coach, Kofi Mensah-Larbi, said his player had been “fearless from the first point.”

“Two years ago she was playing qualifying events in front of twenty people,” Mensah-Larbi said. “Today she beat a top-ten player in a final. I have coached for a long time, and I have never been prouder.”

The win is expected to lift Kalkan-Demir to a career-high ranking of around 30th. Asked about her plans for the grass-court season, which begins in two weeks, the new champion laughed.

“Grass? Let me enjoy this first,” she said.''',
        [
            ("I don't really know what happened", "Ayşe Kalkan-Demir"),
            ("I just told myself, hit the", "Ayşe Kalkan-Demir"),
            ("She was the one who bought", "Ayşe Kalkan-Demir"),
            ("It was too big for me.", "Ayşe Kalkan-Demir"),
            ("I thought it was out, I", "Marta J. Kowalczyk"),
            ("But there's no electronic line calling", "Marta J. Kowalczyk"),
            ("It's been in the budget plans", "Benedikt Hollenstein-Ruiz"),
            ("After today I think we'll be", "Benedikt Hollenstein-Ruiz"),
            ("fearless from the first point.", "Kofi Mensah-Larbi"),
            ("Two years ago she was playing", "Kofi Mensah-Larbi"),
            ("Today she beat a top-ten player", "Kofi Mensah-Larbi"),
            ("Grass? Let me enjoy this first,", "Ayşe Kalkan-Demir"),
        ],
    ),
    # 7 -- court (fraud sentencing); straight quotes; quote before speaker ("That was how X described"), judge "she" chain, prosecutor partial quotes, defence, victim's daughter, regulator statement
    (
'''A former financial adviser who took more than £2.3 million from elderly clients was jailed for nine years on Friday.

Rupert Castellanos-Hughes, 58, of Ashcombe, was convicted in March of 14 counts of fraud after a six-week trial at Wellbury Crown Court. Prosecutors said he persuaded 23 clients, most of them over 75, to transfer their savings into what he told them was a low-risk bond fund. In reality the money was spent on a holiday home in Portugal, a share in a racehorse and private school fees.

"A betrayal of the most basic kind." That was how Judge Oluwaseun Adebayo-Fraser described the offences as she passed sentence.

"Your clients trusted you with everything they had worked for," she told Castellanos-Hughes, who stood with his head bowed in the dock. "Some of them have had to sell their homes. At least two of them have died without seeing a penny of their money returned."

During the trial, prosecutor Hamish R. Duguid said Castellanos-Hughes had "targeted the people least able to check his work." In his closing speech to the jury, he described the scheme as "cruel, deliberate and sustained."

Defence counsel Lucinda Ferreira-Blake said her client accepted the jury's verdict and was "ashamed of the harm he has caused." She asked the judge to take into account his poor health; Castellanos-Hughes suffered a heart attack last year.

"He is not a young man and he is not a well man," Ms Ferreira-Blake said. "A long sentence may well mean he does not leave prison."

The judge said she had taken his health into account, but that it could not outweigh the seriousness of the offending.

Among the victims was Margaret Doyle, 84, a retired schoolteacher who lost £186,000. Speaking outside court, her daughter, Fiona Doyle-Kirwan, said the family felt "some relief, but no joy."

"Mum still asks about the money," she said. "Some days she remembers what happened and some days she doesn't, and I honestly don't know which is worse."

The Financial Advisers Standards Council, which struck Castellanos-Hughes off its register in 2022, said in a statement that it was "working with the courts to recover as much money as possible for the victims."

A confiscation hearing is due to take place in the autumn.''',
        [
            ("A betrayal of the most basic", "Oluwaseun Adebayo-Fraser"),
            ("Your clients trusted you with everything", "Oluwaseun Adebayo-Fraser"),
            ("Some of them have had to", "Oluwaseun Adebayo-Fraser"),
            ("targeted the people least able to", "Hamish R. Duguid"),
            ("cruel, deliberate and sustained.", "Hamish R. Duguid"),
            ("ashamed of the harm he has", "Lucinda Ferreira-Blake"),
            ("He is not a young man", "Lucinda Ferreira-Blake"),
            ("A long sentence may well mean", "Lucinda Ferreira-Blake"),
            ("some relief, but no joy.", "Fiona Doyle-Kirwan"),
            ("Mum still asks about the money,", "Fiona Doyle-Kirwan"),
            ("Some days she remembers what happened", "Fiona Doyle-Kirwan"),
            ("working with the courts to recover", "Financial Advisers Standards Council"),
        ],
    ),
    # 8 -- business (regulator blocks supermarket merger); curly quotes; regulator report, chair with split quote, CEO, target company statement, analyst, consumer group director
    (
'''The national competition regulator on Monday blocked the proposed £3.1 billion takeover of grocery chain FreshWay by its larger rival Hallam's, saying the deal would have led to higher prices for millions of shoppers.

The Competition and Consumer Commission said in its final report that the merger would have given the combined company more than 40 per cent of the grocery market in 112 local areas, and that “no package of store sales could adequately address these concerns.”

The commission's chair, Dr Yusuf Kemal Özdemir, said the decision had been “clear-cut from the start.”

“When you look town by town, the picture is very simple,” he said. “In many places shoppers would have gone from a choice of two big supermarkets to a choice of one. We are not prepared to let that happen during a cost-of-living crisis.”

Hallam's chief executive, Fenella Strachan-Oduya, said the company was “disappointed and very surprised” by the ruling and was considering an appeal.

“We offered to sell 94 stores. We offered a five-year price commitment,” she said. “The commission has chosen to protect a market structure that is failing, rather than let us invest in lower prices.”

FreshWay, whose board had recommended the offer to shareholders, said in a brief statement that it would “continue to operate as an independent business” and that its strategy was unchanged.

Shares in FreshWay fell 22 per cent in early trading, while Hallam's rose 4 per cent.

Retail analyst Bartholomew Nwachukwu of Quinton Allied said the outcome was a blow for FreshWay's investors, who had been offered a 38 per cent premium on the company's share price.

“The regulator made its concerns very plain in the interim report back in February,” he said. “Anyone who was surprised today wasn't paying attention.”

Nwachukwu added that he thought an appeal was unlikely to succeed, since tribunals rarely overturn the commission on questions of market share.

Consumer group ShopWatch welcomed the ruling. Its director, Imelda Quispe-Torres, said families “would have paid the price for this deal at the checkout.”

“Competition between supermarkets is one of the few things keeping food prices in check,” she said.''',
        [
            ("no package of store sales could", "Competition and Consumer Commission"),
            ("clear-cut from the start.", "Yusuf Kemal Özdemir"),
            ("When you look town by town,", "Yusuf Kemal Özdemir"),
            ("In many places shoppers would have", "Yusuf Kemal Özdemir"),
            ("disappointed and very surprised", "Fenella Strachan-Oduya"),
            ("We offered to sell 94 stores.", "Fenella Strachan-Oduya"),
            ("The commission has chosen to protect", "Fenella Strachan-Oduya"),
            ("continue to operate as an independent", "FreshWay"),
            ("The regulator made its concerns very", "Bartholomew Nwachukwu"),
            ("Anyone who was surprised today wasn't", "Bartholomew Nwachukwu"),
            ("would have paid the price for", "Imelda Quispe-Torres"),
            ("Competition between supermarkets is one of", "Imelda Quispe-Torres"),
        ],
    ),
    # 9 -- science (amateur astronomer discovers comet); straight quotes; discoverer with split quotes, observatory astronomer, social media post by observatory, split quote around cue, professor, "the grandfather of five" description
    (
'''A retired school caretaker in southern Spain has discovered a new comet using a telescope he built in his back garden, astronomers confirmed on Thursday.

Rafael Quintero Alcázar, 69, first spotted the faint smudge of light on images taken from his home near Baeza on the night of 3 October. The object has now been given the provisional designation C/2024 T7 (Quintero).

"At first I thought it was dust on the mirror," Quintero said. "I cleaned it, I took another picture, and it was still there. Then the next night it had moved, and I did not sleep."

He sent his images to the Sierra Mágina Observatory, where astronomer Dr Leticia Baptiste-Okafor confirmed the sighting using the observatory's 1.5-metre telescope.

"Rafael's images were excellent, honestly better than some we get from professional instruments," Baptiste-Okafor said. "When we pointed our telescope at the position he gave us, the comet was exactly where he said it would be."

The observatory announced the confirmation on social media on Thursday morning, writing: "Congratulations to Rafael Quintero, Spain's newest comet hunter! Clear skies, Rafael."

According to Baptiste-Okafor, the comet is currently about 380 million kilometres from the Sun and is on a long elliptical orbit that may take tens of thousands of years to complete. She said it was unlikely to become visible to the naked eye.

"It's a modest comet. It won't be lighting up the sky," she said, "but every new comet tells us something about the material left over from the formation of the solar system."

Professor Henrik Aaltonen-Berg, who studies comets at the University of Kaarela, said amateur astronomers still had an important role to play despite the growth of automated sky surveys.

"The big surveys are extraordinary, but they have gaps," he said. "They don't look everywhere, every night. A dedicated amateur who knows his patch of sky can still beat them."

Quintero, who built his 40-centimetre telescope over six winters from parts bought online, said he hoped the discovery would encourage young people to take up astronomy.

"You don't need a university," the grandfather of five said. "You need patience, a dark sky and a lot of coffee."''',
        [
            ("At first I thought it was", "Rafael Quintero Alcázar"),
            ("I cleaned it, I took another", "Rafael Quintero Alcázar"),
            ("Rafael's images were excellent, honestly better", "Leticia Baptiste-Okafor"),
            ("When we pointed our telescope at", "Leticia Baptiste-Okafor"),
            ("Congratulations to Rafael Quintero, Spain's newest", "Sierra Mágina Observatory"),
            ("It's a modest comet. It won't", "Leticia Baptiste-Okafor"),
            ("but every new comet tells us", "Leticia Baptiste-Okafor"),
            ("The big surveys are extraordinary, but", "Henrik Aaltonen-Berg"),
            ("They don't look everywhere, every night.", "Henrik Aaltonen-Berg"),
            ("You don't need a university,", "Rafael Quintero Alcázar"),
            ("You need patience, a dark sky", "Rafael Quintero Alcázar"),
        ],
    ),
    # 10 -- local disaster (wildfire); curly quotes; fire commander "said Commander X", "he warned", mayor, evacuee, police statement partial quote, weather service partial quote
    (
'''A wildfire that broke out on Tuesday afternoon in the hills above the town of Puerto Almendra had burned more than 4,000 hectares by Wednesday evening, forcing the evacuation of around 2,300 people, regional authorities said.

No deaths have been reported, but at least 14 homes have been destroyed, according to the regional civil protection agency. Four firefighters were treated for heat exhaustion.

“This is the most aggressive fire we have seen in this area in more than a decade,” said Commander Esteban Ruiz-Valdivia of the regional fire service. “The wind has been changing direction every few hours, and that makes it extremely difficult to get ahead of it.”

More than 400 firefighters, supported by eleven aircraft, were working to contain the blaze on Wednesday. Ruiz-Valdivia said crews had managed to protect the town centre overnight by cutting firebreaks along its northern edge.

“We are not out of danger,” he warned. “If the wind turns back to the north tonight, we will have a very long night.”

Mayor Inmaculada Ferrer Soto said she had visited the sports centre where many evacuated families were spending the night. “People are frightened, but they are being extraordinarily generous with each other,” she said. “I saw a man who lost his house yesterday handing out bottles of water this morning.”

Among those at the sports centre was Joaquín Belmonte, 71, who left his house on the Camino de las Viñas with his wife and their two dogs shortly before the fire reached their street.

“We had ten minutes. You think you will take photographs, documents, everything,” he said. “In the end I took the dogs and my wife took her medicines, and that was all.”

He said he did not yet know whether his house was still standing.

The Guardia Civil said in a statement that a 46-year-old man had been arrested on suspicion of starting the fire by burning agricultural waste, which is banned during the summer months. The statement said the man had “cooperated fully with officers” and had been released pending further investigation.

The Servicio Meteorológico del Sur said temperatures in the area were expected to reach 41C on Thursday and that “no significant rainfall is expected before the weekend.”''',
        [
            ("This is the most aggressive fire", "Esteban Ruiz-Valdivia"),
            ("The wind has been changing direction", "Esteban Ruiz-Valdivia"),
            ("We are not out of danger,", "Esteban Ruiz-Valdivia"),
            ("If the wind turns back to", "Esteban Ruiz-Valdivia"),
            ("People are frightened, but they are", "Inmaculada Ferrer Soto"),
            ("I saw a man who lost", "Inmaculada Ferrer Soto"),
            ("We had ten minutes. You think", "Joaquín Belmonte"),
            ("In the end I took the", "Joaquín Belmonte"),
            ("cooperated fully with officers", "Guardia Civil"),
            ("no significant rainfall is expected before", "Servicio Meteorológico del Sur"),
        ],
    ),
    # 11 -- sports (basketball playoff); straight quotes; quote before speaker ("That was the verdict of X"), "the 24-year-old" partial quote, opposing coach split around cue, league statement, "the Swede" description
    (
'''The Harbour City Mariners levelled their best-of-seven semi-final series against the Kingsford Rams at two games apiece on Friday night, winning 98-91 in overtime in front of a sellout crowd of 9,400 at the Pier Arena.

"We got punched in the mouth in the first quarter and we punched back." That was the verdict of Mariners head coach Desmond Achterberg after his side recovered from a 17-point deficit.

"I'm proud of the guys, I really am," Achterberg said. "A lot of teams would have folded at 30-13. We didn't."

Guard Jamal Whitaker-Obi led the Mariners with 31 points, including a three-pointer with four seconds left in regulation that forced overtime. The 24-year-old said he had "no doubt at all" that the shot was going in.

"As soon as it left my hand I turned around to the bench. Coach always tells us to take the shot with confidence, so I did," Whitaker-Obi said.

Rams coach Svetlana Mirković was left to rue her team's collapse in the second half, when they scored just 34 points. "We stopped moving the ball," she said. "We had guys standing around watching each other. That's not who we are."

Mirković also questioned a foul called against her centre, Tobias Engström, with 1:12 left in overtime, which was his sixth and sent him to the bench. "I'll need to watch it again," she said, "but from where I was standing it was a clean block."

The Southern Basketball League said on Saturday morning that it had reviewed the play and that the officials had made "the correct call under the rules."

Engström, who finished with 22 points and 14 rebounds, declined to discuss the call. "It's done, it's gone," the Swede said. "We go home, we get some sleep, we win game five."

Game five is in Kingsford on Monday night.''',
        [
            ("We got punched in the mouth", "Desmond Achterberg"),
            ("I'm proud of the guys, I", "Desmond Achterberg"),
            ("A lot of teams would have", "Desmond Achterberg"),
            ("no doubt at all", "Jamal Whitaker-Obi"),
            ("As soon as it left my", "Jamal Whitaker-Obi"),
            ("We stopped moving the ball,", "Svetlana Mirković"),
            ("We had guys standing around watching", "Svetlana Mirković"),
            ("I'll need to watch it again,", "Svetlana Mirković"),
            ("but from where I was standing", "Svetlana Mirković"),
            ("the correct call under the rules.", "Southern Basketball League"),
            ("It's done, it's gone,", "Tobias Engström"),
            ("We go home, we get some", "Tobias Engström"),
        ],
    ),
    # 12 -- court (murder verdict); curly quotes; prosecutor partial + split quotes, defence "he told the jury", judge description, multi-paragraph police statement, widow
    (
'''A jury at the High Court in Glenmorrow on Tuesday found a 33-year-old man guilty of murdering his former business partner, whose body was found in a burnt-out car on a forestry track in 2022.

Craig Anthony Lennox-Baird was convicted of killing 45-year-old Vikram Sethuraman after a five-week trial. He had denied the charge, claiming he had not seen Mr Sethuraman for several weeks before his death.

The prosecution case relied heavily on mobile phone records and on footage from a petrol station camera which showed Lennox-Baird buying a can of fuel on the night Mr Sethuraman disappeared.

Prosecutor Morag Quigley told the jury in her closing speech that Lennox-Baird had “lied, and lied, and lied again.”

“He lied to the police, he lied to Vikram's wife, and he has lied to you,” she said. “The evidence is overwhelming.”

Lennox-Baird's counsel, Iain Mbeki-Stewart, had argued that the case against his client was entirely circumstantial. “Not one witness saw my client harm Mr Sethuraman,” he told the jury last week. “Suspicion is not proof.”

Judge Catriona Ashworth-Penrose deferred sentencing until next month and told Lennox-Baird that he faced a mandatory life sentence.

“You took the life of a man who had been your friend for fifteen years,” the judge said.

Detective Chief Inspector Alasdair Munro of Glenmorrow Police, who led the investigation, said in a statement:

“This was a complex inquiry, and I want to thank the many members of the public who came forward with information.

“Craig Lennox-Baird went to great lengths to hide what he had done. He believed that by burning the car he had destroyed the evidence. He was wrong.

“Our thoughts remain with Vikram's family, who have shown extraordinary dignity throughout.”

Mr Sethuraman's widow, Lakshmi Sethuraman, spoke briefly to reporters on the steps of the court, holding a photograph of her husband.

“Today the truth has been told,” she said. “That is all we wanted. It will not bring Vikram back, but our children will know that the man who did this has been held responsible.”''',
        [
            ("lied, and lied, and lied again.", "Morag Quigley"),
            ("He lied to the police, he", "Morag Quigley"),
            ("The evidence is overwhelming.", "Morag Quigley"),
            ("Not one witness saw my client", "Iain Mbeki-Stewart"),
            ("Suspicion is not proof.", "Iain Mbeki-Stewart"),
            ("You took the life of a", "Catriona Ashworth-Penrose"),
            ("This was a complex inquiry, and", "Alasdair Munro"),
            ("Today the truth has been told,", "Lakshmi Sethuraman"),
            ("That is all we wanted.", "Lakshmi Sethuraman"),
        ],
    ),
    # 13 -- business (telecom data breach); straight quotes; company website statement, CEO with "he said:", regulator commissioner, security researcher, customer's social media post
    (
'''Telecommunications provider Lumina Mobile said on Wednesday that the personal details of about 1.8 million customers had been stolen in a cyberattack, including names, addresses, dates of birth and, for some customers, passport numbers.

The company said in a statement posted on its website that it had "become aware of unauthorised access to a customer database" on Saturday and had "immediately taken steps to secure our systems." It said no payment card details or passwords had been accessed.

Chief executive Grégoire N'Diaye-Laurent apologised to customers at a press conference at the company's headquarters. "I am deeply sorry," he said. "Our customers trusted us with their information and we have let them down. There is no excuse for that, and I am not going to offer one."

N'Diaye-Laurent said the company would pay for two years of credit monitoring for all affected customers and would cover the cost of replacing passports for anyone whose number had been exposed. Asked whether he would resign, he said: "My job right now is to fix this. Whether I keep my job is for the board to decide."

The National Data Protection Authority confirmed that it had opened an investigation. Commissioner Hyun-woo Baek said the authority would "look very closely at whether Lumina had adequate security in place."

"Companies that hold this much personal data have a responsibility to protect it," Baek said. "If they fail to meet that responsibility, there will be consequences."

Security researcher Tamsin Okoro-Wright, of the consultancy Redgate Labs, said the breach appeared to have come through a test database that had been left connected to the internet.

"This is not a sophisticated attack," she said. "From what we can see, the database didn't even require a password. It's the digital equivalent of leaving your front door wide open."

Lumina declined to respond to her claims, saying it could not discuss details while the investigation was ongoing.

Customers expressed anger on social media. One, Declan Mulcahy-Ross, wrote that he had been a Lumina customer for twelve years and had received the notification email "at 11pm, with no phone number to call."''',
        [
            ("become aware of unauthorised access to", "Lumina Mobile"),
            ("immediately taken steps to secure our", "Lumina Mobile"),
            ("I am deeply sorry,", "Grégoire N'Diaye-Laurent"),
            ("Our customers trusted us with their", "Grégoire N'Diaye-Laurent"),
            ("My job right now is to", "Grégoire N'Diaye-Laurent"),
            ("look very closely at whether Lumina", "Hyun-woo Baek"),
            ("Companies that hold this much personal", "Hyun-woo Baek"),
            ("If they fail to meet that", "Hyun-woo Baek"),
            ("This is not a sophisticated attack,", "Tamsin Okoro-Wright"),
            ("From what we can see, the", "Tamsin Okoro-Wright"),
            ("at 11pm, with no phone number", "Declan Mulcahy-Ross"),
        ],
    ),
    # 14 -- science (kidney drug trial); curly quotes; lead researcher with Irish name and split quotes, patient, cautious expert with partial quote then "he", journal editor editorial, medicines agency statement
    (
'''A daily dose of a common blood pressure drug may slow the progression of a rare inherited kidney disease, according to the results of a clinical trial published on Monday in the journal Nephrology Today.

The trial, led by researchers at St Brendan's University Hospital in Cork, followed 312 patients with the condition for three years. Half were given the drug and half a placebo.

“We saw a clear and consistent difference between the two groups,” said Professor Aoife Ní Bhriain, a kidney specialist who led the study. “Patients taking the drug lost kidney function about 30 per cent more slowly than those on placebo.”

Ní Bhriain said the results could mean that some patients were able to delay the need for dialysis by several years. “For a 30-year-old patient that is an enormous difference,” she said. “It is the difference between dialysis at 45 and dialysis at 55, or perhaps not at all.”

One of the trial participants, Seán Ó Dálaigh, 38, a secondary school teacher from Mallow, said he had been told after his diagnosis to prepare for the worst.

“When I was diagnosed my consultant told me I'd probably be on dialysis by 40,” he said. “I'm 38 now and my kidney function has barely moved in three years. I can't tell you what that means to my family.”

Other experts were more cautious. Dr Benjamin Adler-Okonjo, a nephrologist at Kingsbridge University who was not involved in the study, said the results were “encouraging but not yet conclusive.”

“Three years is a short time in a disease that develops over decades,” he said. “I would want to see what happens at five and ten years before I started telling patients this is the answer.”

He also noted that about one in eight patients in the drug group had stopped taking it because of side effects, mostly dizziness.

In an editorial published alongside the study, the journal's editor-in-chief, Dr Marisol Etxeberria, described the trial as “a model of how rare disease research should be done,” praising the involvement of patient groups in its design.

The National Medicines Agency said in a statement that the drug was not currently licensed for the condition and that it would “review the data when an application is received.”''',
        [
            ("We saw a clear and consistent", "Aoife Ní Bhriain"),
            ("Patients taking the drug lost kidney", "Aoife Ní Bhriain"),
            ("For a 30-year-old patient that is", "Aoife Ní Bhriain"),
            ("It is the difference between dialysis", "Aoife Ní Bhriain"),
            ("When I was diagnosed my consultant", "Seán Ó Dálaigh"),
            ("I'm 38 now and my kidney", "Seán Ó Dálaigh"),
            ("encouraging but not yet conclusive.", "Benjamin Adler-Okonjo"),
            ("Three years is a short time", "Benjamin Adler-Okonjo"),
            ("I would want to see what", "Benjamin Adler-Okonjo"),
            ("a model of how rare disease", "Marisol Etxeberria"),
            ("review the data when an application", "National Medicines Agency"),
        ],
    ),
    # 15 -- local disaster (gas explosion); straight quotes; quote with speaker named in next sentence, station commander description, unnamed shouting woman, several speakers in one paragraph, utility statement, mayor with "said:"
    (
'''Two people were killed and at least eleven injured when a gas explosion tore through a four-storey apartment building in the Kaleva district of Port Hollin early on Saturday morning, emergency services said.

The blast, shortly after 5.30 a.m., brought down part of the building's rear wall and set fire to two flats on the second floor. Neighbours described being thrown from their beds.

"It was like a bomb. The whole building shook and then the windows came in." Anneli Koskinen-Varga, who lives in the block opposite, said she ran outside in her nightclothes and saw smoke pouring from the roof.

Port Hollin Fire and Rescue said 60 firefighters had attended. Station commander Joseph Ekwueme-Lindahl said crews had rescued six people from the upper floors using ladders. "Conditions inside were very dangerous. Part of the staircase had collapsed and we had to bring people out through the windows," he said.

Search dogs were later used to check the rubble. "We are now confident that everybody has been accounted for," the station commander said on Saturday afternoon.

Throughout the morning, residents gathered behind the police cordon. "My mother is in there," one woman shouted to officers before being led away by paramedics. Another resident, Tariq Haddad, said he had smelled gas in the stairwell the previous evening and had reported it. "I called the gas company at nine o'clock last night," Haddad said. "They said someone would come in the morning."

Hollin Gas Networks confirmed that it had received a report of a gas smell at the address on Friday evening. In a statement, the company said the call had been "categorised according to our standard procedures" and that it was "cooperating fully with the investigation."

Mayor Ruth Abernethy-Singh visited the scene at midday. "Today is a terrible day for our city," she said. "Two of our neighbours have lost their lives, and many more have lost their homes. We will make sure they get every bit of support they need, and we will make sure we find out exactly what happened."

Police said the two people who died were a man aged 74 and a woman aged 71 who lived on the second floor. Their names have not been released.

Asked whether the gas company's handling of Friday's report would form part of the inquiry, Abernethy-Singh said: "Everything will be part of the inquiry. Everything."''',
        [
            ("It was like a bomb. The", "Anneli Koskinen-Varga"),
            ("Conditions inside were very dangerous.", "Joseph Ekwueme-Lindahl"),
            ("We are now confident that everybody", "Joseph Ekwueme-Lindahl"),
            ("My mother is in there,", None),
            ("I called the gas company at", "Tariq Haddad"),
            ("They said someone would come in", "Tariq Haddad"),
            ("categorised according to our standard procedures", "Hollin Gas Networks"),
            ("cooperating fully with the investigation.", "Hollin Gas Networks"),
            ("Today is a terrible day for", "Ruth Abernethy-Singh"),
            ("Two of our neighbours have lost", "Ruth Abernethy-Singh"),
            ("Everything will be part of the", "Ruth Abernethy-Singh"),
        ],
    ),
    # 16 -- sports (city marathon); curly quotes; winner with three-part name, coach with "he", runner-up as "the 24-year-old" and partial quote, men's winner "said the 31-year-old", race director split around cue, "the champion" description
    (
'''Kenyan runner Faith Chepkoech Rotich won the Valmont City Marathon on Sunday in a course record of 2:19:41, finishing more than a minute ahead of Ethiopia's Meskerem Tadesse.

The 29-year-old broke away from a leading group of five at the 32-kilometre mark and ran the last ten kilometres alone into a strong headwind.

“I felt strong from the start, but I was waiting,” Rotich said. “My coach told me, don't go before 30 kilometres, whatever happens. So I waited, and at 32 I felt the others were tired, and I went.”

Her coach, the Italian Lorenzo Baldacci-Neri, said he had told Rotich to be patient because of the wind on the second half of the course. “She is a very disciplined athlete,” he said. “Many runners want to win the race at 15 kilometres. Faith wants to win it at 42.”

Tadesse, who was running her first marathon after a successful career on the track, said she was happy with second place. “The marathon is a different world,” the 24-year-old said through an interpreter. “At 35 kilometres my legs were telling me things I have never heard before.”

She added that she would “definitely come back next year.”

In the men's race, Brazilian Thiago Oliveira dos Santos won in 2:07:55, outsprinting two Kenyan rivals on the final straight. “I trained in the altitude of Paipa for three months for this race, and today it paid me back,” said the 31-year-old.

Race director Margit Holzinger said a record 38,000 runners had started the race. “We had perfect weather for the spectators, maybe a little too much wind for the runners,” she said, “but this was the best day in the race's history.”

Rotich's course record earns her a bonus of €30,000 on top of her prize money. Asked what she would do with it, the champion smiled.

“First, I will buy a cow for my mother,” she said.''',
        [
            ("I felt strong from the start,", "Faith Chepkoech Rotich"),
            ("My coach told me, don't go", "Faith Chepkoech Rotich"),
            ("She is a very disciplined athlete,", "Lorenzo Baldacci-Neri"),
            ("Many runners want to win the", "Lorenzo Baldacci-Neri"),
            ("The marathon is a different world,", "Meskerem Tadesse"),
            ("At 35 kilometres my legs were", "Meskerem Tadesse"),
            ("definitely come back next year.", "Meskerem Tadesse"),
            ("I trained in the altitude of", "Thiago Oliveira dos Santos"),
            ("We had perfect weather for the", "Margit Holzinger"),
            ("but this was the best day", "Margit Holzinger"),
            ("First, I will buy a cow", "Faith Chepkoech Rotich"),
        ],
    ),
    # 17 -- court (appeal against protest convictions); straight quotes; appeal judge with split quote, unattributed chant, defendant partial quote, lawyer, company statement, prosecution spokesperson, return to defendant by surname
    (
'''Seven climate activists who blocked the entrance to an oil terminal for three days in 2023 had their convictions for causing a public nuisance quashed by the Court of Appeal on Thursday.

The three appeal judges ruled that the trial judge had given the jury incorrect directions on what the prosecution needed to prove.

Delivering the judgment, Lord Justice Rowan Achebe-Hart said the directions had been "confusing and, in one important respect, wrong."

"A jury properly directed might well have reached the same verdict," he said. "But we cannot be confident of that, and in those circumstances the convictions cannot stand."

Outside the court, about 40 supporters cheered as the defendants emerged, chanting "The people, united, will never be defeated."

One of the seven, 23-year-old student Amara Nwosu-Lindgren, said she was "relieved and completely exhausted."

"We have had this hanging over us for two years. I'm glad it's over, but I'm not sorry for what we did," she said.

The group's lawyer, Patrick Ó Súilleabháin, said the ruling was "an important reminder that protesters are entitled to a fair trial like anyone else."

Halvard Petroleum, which operates the Eastmere terminal, said in a statement that the protest had cost the company "in excess of £1.2 million" and had "put the safety of our staff and the protesters themselves at serious risk."

A spokesperson for the Crown Prosecution Service said: "We note the court's judgment and will now consider whether a retrial is appropriate."

Asked whether she would take part in a similar protest again, Nwosu-Lindgren paused before answering.

"Ask me next week," she said with a laugh.''',
        [
            ("confusing and, in one important respect,", "Rowan Achebe-Hart"),
            ("A jury properly directed might well", "Rowan Achebe-Hart"),
            ("But we cannot be confident of", "Rowan Achebe-Hart"),
            ("The people, united, will never be", None),
            ("relieved and completely exhausted.", "Amara Nwosu-Lindgren"),
            ("We have had this hanging over", "Amara Nwosu-Lindgren"),
            ("an important reminder that protesters are", "Patrick Ó Súilleabháin"),
            ("in excess of £1.2 million", "Halvard Petroleum"),
            ("put the safety of our staff", "Halvard Petroleum"),
            ("We note the court's judgment and", "Crown Prosecution Service"),
            ("Ask me next week,", "Amara Nwosu-Lindgren"),
        ],
    ),
    # 18 -- business (dairy price cut); curly quotes; letter by CEO ("the letter said"), farmers' leader partial quote "a disaster for farmers", placards (no speaker), minister, economist partial quote, farmer
    (
'''Dairy farmers across the province staged protests outside three processing plants on Monday after the country's largest milk buyer announced a cut of 4 cents per litre in the price it pays producers.

Westland Dairy Cooperative said the cut, which takes effect on 1 June, was needed because of falling global prices for butter and milk powder. In a letter to its 2,600 supplying farmers, chief executive Hamish Te Rangi wrote that the board had “explored every possible alternative” before making the decision.

“We know this will be painful for many of you,” the letter said. “Nobody on the board takes this lightly. But global markets have moved sharply against us, and if we do not act now the position next year will be worse.”

Federated Dairy Farmers president Anahera Whitlock-Moana called the cut “a disaster for farmers who are already losing money on every litre.”

“Our members have had feed costs go up, fertiliser go up, interest rates go up, and now this,” she said outside the Westland plant at Kōtare Bay, where about 200 farmers and 30 tractors had gathered. “Some families will not survive this. I'm not exaggerating. Some will sell up.”

Many of the protesters carried placards reading “No Farms, No Food.”

Rural affairs minister Thomas Blackwood-Reid said he understood the frustration but that the government could not set milk prices. “The price is a commercial decision for the cooperative,” he said. “What we can do is make sure that farmers under pressure have access to advice and support, and we are doing that.”

Economist Dr Leilani Fonoti-Harris of Coastal Bank said global dairy prices had fallen about 18 per cent since January, largely because of weaker demand from importing countries. She said she expected prices to recover later in the year, “but not quickly enough for the farmers who are feeling it now.”

Ngaio Parata, who milks 340 cows near Kōtare Bay with her husband, said the cut would take about $90,000 off the farm's income this season.

“We'll get through it, probably,” she said. “But my son wants to take over the farm one day, and I honestly don't know what to tell him.”''',
        [
            ("explored every possible alternative", "Hamish Te Rangi"),
            ("We know this will be painful", "Hamish Te Rangi"),
            ("Nobody on the board takes this", "Hamish Te Rangi"),
            ("a disaster for farmers who are", "Anahera Whitlock-Moana"),
            ("Our members have had feed costs", "Anahera Whitlock-Moana"),
            ("Some families will not survive this.", "Anahera Whitlock-Moana"),
            ("No Farms, No Food.", None),
            ("The price is a commercial decision", "Thomas Blackwood-Reid"),
            ("What we can do is make", "Thomas Blackwood-Reid"),
            ("but not quickly enough for the", "Leilani Fonoti-Harris"),
            ("We'll get through it, probably,", "Ngaio Parata"),
            ("But my son wants to take", "Ngaio Parata"),
        ],
    ),
    # 19 -- science (Roman villa excavation); straight quotes; project director with split quote, developer statement partial quotes, heritage archaeologist, mosaic specialist, parish councillor, "the project director" description later
    (
'''Archaeologists excavating ahead of a housing development near the village of Little Sowerby have uncovered a Roman villa with an almost complete mosaic floor, in what experts are calling one of the most significant finds in the region for decades.

The mosaic, which measures about six metres by four, shows the figure of Orpheus playing a lyre surrounded by birds and animals.

"When the first section of the mosaic came out of the ground, the whole team went completely silent," said Dr Priyanka Mehta-Coulson, the project director from Northfield University's archaeology department. "Then someone started crying. It was that kind of moment."

Mehta-Coulson said the villa appeared to have been occupied from about AD 250 to AD 400 and was probably the centre of a large agricultural estate.

The site was found during routine surveys required before the construction of 180 new homes by developer Ashgrove Homes. The company said in a statement that it was "thrilled to have played a part in this remarkable discovery" and would "work closely with the National Heritage Agency" to protect the remains.

The agency said the villa would be given scheduled monument status, meaning it is protected by law. Its chief archaeologist, Dr Gwilym Hart-Thorsen, described the mosaic as "of real national importance."

"We have been through a long period where people have been told that the Roman north was a frontier, a place of soldiers and forts. Finds like this show that there was real wealth and sophistication here too," he said.

Professor Eleanor Vasquez-Whitby, a specialist in Roman mosaics at the University of Castlebridge who has seen photographs of the find, said she believed the floor may have been laid by craftsmen from a workshop about 30 miles away.

"The style of the border is very distinctive," she said. "I would be surprised if it was not the same workshop that made the mosaics at Harlow Cross."

Parish councillor Derek Ambrose said villagers were delighted. "There have been stories in the village for generations about Roman coins turning up in the fields," he said. "Now we know why."

The mosaic will be lifted over the coming months and taken away for conservation. "We would love to see it displayed here in the village eventually," the project director said. "It belongs to this landscape."''',
        [
            ("When the first section of the", "Priyanka Mehta-Coulson"),
            ("Then someone started crying. It was", "Priyanka Mehta-Coulson"),
            ("thrilled to have played a part", "Ashgrove Homes"),
            ("work closely with the National Heritage", "Ashgrove Homes"),
            ("of real national importance.", "Gwilym Hart-Thorsen"),
            ("We have been through a long", "Gwilym Hart-Thorsen"),
            ("The style of the border is", "Eleanor Vasquez-Whitby"),
            ("I would be surprised if it", "Eleanor Vasquez-Whitby"),
            ("There have been stories in the", "Derek Ambrose"),
            ("Now we know why.", "Derek Ambrose"),
            ("We would love to see it", "Priyanka Mehta-Coulson"),
            ("It belongs to this landscape.", "Priyanka Mehta-Coulson"),
        ],
    ),
    # 20 -- local disaster (landslide); curly quotes; disaster chief with multi-part name and split quote, mother of missing, governor by description, police social media post, army captain partial quote, return to first speaker by surname then "he"
    (
'''At least nine people were killed and 14 others are missing after a landslide buried part of a village in the mountainous province of Nueva Alcaraz on Tuesday following a week of heavy monsoon rain, officials said.

The landslide struck the village of San Rafael shortly before dawn, burying about 20 houses under mud and rocks. Rescuers from the provincial disaster agency, the army and volunteers were digging through the debris by hand on Wednesday because the ground was too unstable for heavy machinery.

“We are still in the search and rescue phase. We have not given up hope,” said Ramon dela Cruz Villanueva, head of the Provincial Disaster Risk Reduction Office. “But I have to be honest with the families. Every hour that passes makes it harder.”

Among those waiting at the edge of the mud was Rowena Bautista, 35, whose husband and two children are among the missing.

“My husband went back inside to get the children,” she said. “I was already outside. I heard the sound, like thunder, and then the house was gone.”

Provincial governor Carmelita Soriano-Lim said more than 3,000 residents had been moved from other villages judged to be at risk. “I know people do not want to leave their homes and their animals,” the governor said. “But the mountain is still moving. I am asking everyone in the evacuation zones: please, go to the centres.”

The Nueva Alcaraz Provincial Police Office posted on Facebook on Wednesday morning: “Our personnel remain on the ground in San Rafael. We ask the public to keep the road clear for rescue vehicles.”

Army Captain Jerome Tan Abad, who is leading a team of 40 soldiers at the site, described the work as “slow, dangerous and heartbreaking.”

“We found a little girl's school bag this morning,” he said. “My men had to stop for a few minutes after that.”

Dela Cruz Villanueva said more rain was forecast for Thursday night and that the search could be suspended if conditions worsened.

“If it rains heavily again, we will have to pull the rescuers back,” he said. “I will not lose rescuers too.”''',
        [
            ("We are still in the search", "Ramon dela Cruz Villanueva"),
            ("But I have to be honest", "Ramon dela Cruz Villanueva"),
            ("My husband went back inside to", "Rowena Bautista"),
            ("I was already outside. I heard", "Rowena Bautista"),
            ("I know people do not want", "Carmelita Soriano-Lim"),
            ("But the mountain is still moving.", "Carmelita Soriano-Lim"),
            ("Our personnel remain on the ground", "Nueva Alcaraz Provincial Police Office"),
            ("slow, dangerous and heartbreaking.", "Jerome Tan Abad"),
            ("We found a little girl's school", "Jerome Tan Abad"),
            ("My men had to stop for", "Jerome Tan Abad"),
            ("If it rains heavily again, we", "Ramon dela Cruz Villanueva"),
            ("I will not lose rescuers too.", "Ramon dela Cruz Villanueva"),
        ],
    ),
]

STORIES_H = [
    # 1 -- AFP wire, Niger floods: told AFP, televised address, split quote with "he added", partial quotes, UN agency statement, pronoun return after other speakers
    (
'''NIAMEY, Sept 4 (AFP) - Floods triggered by weeks of torrential rain have killed at least 62 people in Niger and left more than 110,000 homeless, the government said on Wednesday, as aid agencies warned that the worst of the rainy season may still lie ahead.

In the riverside district of Lamorde, on the southern edge of the capital, families waded through waist-deep brown water to salvage mattresses, cooking pots and sacks of grain.

"We have lost everything, the house, the goats, the millet we kept for the dry season," Hadiza Abdou Moumouni, a 41-year-old mother of six, told AFP as she stood on a mud embankment. "Now we wait for God and for the government."

Interior ministry spokesman Souleymane Garba Issoufou said in a televised address late on Tuesday that rescue teams had been deployed to all eight of the country's regions.

"The government has mobilised all available means to assist the victims," he said. "The situation remains critical in the Tillaberi and Dosso regions," he added, "and further heavy rain is forecast over the coming ten days."

He urged residents living along the banks of the Niger River to move to higher ground "without delay".

The UN Office for the Coordination of Humanitarian Affairs (OCHA) said in a statement that stocks of emergency shelter and hygiene kits in the country were "dangerously low" and appealed for $38 million in additional funding.

"Humanitarian partners are scaling up their response, but needs are rapidly outpacing available resources," the agency said.

Amadou Tidjani Bako, who coordinates flood relief for the Niger Red Cross in Tillaberi, called the international response so far "too little and far too late".

"Every year we say never again, and every year the water comes back higher. The dykes built after the last big floods were never maintained, and some of them simply dissolved," he told AFP by telephone.

Scientists say climate change is making rainfall in the Sahel more erratic and more intense, with long dry spells punctuated by violent downpours that the parched soil cannot absorb.

Back in Lamorde, Moumouni said her children had been sleeping in a classroom at a nearby primary school for four nights.

"The teacher says school starts again in October," she said. "I do not know where they will study if we are still living there."''',
        [
            ("We have lost everything, the house", "Hadiza Abdou Moumouni"),
            ("Now we wait for God and", "Hadiza Abdou Moumouni"),
            ("The government has mobilised all available means", "Souleymane Garba Issoufou"),
            ("The situation remains critical in the", "Souleymane Garba Issoufou"),
            ("and further heavy rain is forecast", "Souleymane Garba Issoufou"),
            ("without delay", "Souleymane Garba Issoufou"),
            ("dangerously low", "UN Office for the Coordination of Humanitarian Affairs"),
            ("Humanitarian partners are scaling up their", "UN Office for the Coordination of Humanitarian Affairs"),
            ("too little and far too late", "Amadou Tidjani Bako"),
            ("Every year we say never again", "Amadou Tidjani Bako"),
            ("The teacher says school starts again", "Hadiza Abdou Moumouni"),
            ("I do not know where they", "Hadiza Abdou Moumouni"),
        ],
    ),
    # 2 -- NHK World style, Japan earthquake: news conference, told reporters, company statement, told NHK, nested quotes inside split quote, partial quote from expert
    (
'''TOKYO — A magnitude 6.8 earthquake struck off the coast of northeastern Japan early on Saturday, shaking buildings as far away as Tokyo, halting bullet trains and prompting a brief tsunami advisory for parts of the Pacific coastline.

The Japan Meteorological Agency said the quake hit at 4:12 a.m. local time at a depth of about 40 kilometres off Iwate Prefecture. A tsunami of 30 centimetres was observed at Kamaishi port before the advisory was lifted shortly after 7 a.m.

“Please stay away from the coast and do not return until the authorities say it is safe,” Ayumi Hoshino, head of the agency’s earthquake and tsunami observation division, told a hastily arranged news conference. “There is a possibility of aftershocks of similar strength over the next week or so.”

Chief Cabinet Secretary Kenjiro Matsudaira told reporters at the prime minister’s office that there were no immediate reports of deaths. Three people were taken to hospital with minor injuries after falling at home, according to the Fire and Disaster Management Agency.

“The government will continue to do its utmost to assess the damage, putting the lives of the people first,” Matsudaira said.

Sanriku Electric Power Co. said in a statement that no abnormalities had been detected at its facilities but that about 18,000 households had briefly lost electricity.

“Power has been restored to all but around 1,200 households, and crews are working to complete repairs by this evening,” the company said.

Bullet train services between Tokyo and Shin-Aomori were suspended for about three hours while tracks were inspected.

In Miyako city, Iwate, fisherman Takuya Onodera, 67, said he had grabbed his emergency bag and driven to a hilltop evacuation site within minutes of the shaking.

“After 2011, nobody here waits to see what happens,” he told NHK. “My hands were shaking, but my feet already knew where to go.”

Fumiko Chiba, 74, who runs a small inn near the harbour, said several of her guests had been frightened by the shaking and the wail of the sirens.

“One of the guests from Osaka asked me, ‘Is this the big one?’” she said. “I told him, ‘No, the big one was thirteen years ago.’”

Hiroshi Kawabata, a seismologist at the Sendai Institute of Seismology, called the quake “a typical interplate event” along the boundary where the Pacific plate slides beneath northern Japan.

“This is exactly the kind of area where we expect earthquakes of this size,” he said. “It is not, by itself, a sign that a larger quake is imminent.”''',
        [
            ("Please stay away from the coast", "Ayumi Hoshino"),
            ("There is a possibility of aftershocks", "Ayumi Hoshino"),
            ("The government will continue to do", "Kenjiro Matsudaira"),
            ("Power has been restored to all", "Sanriku Electric Power Co."),
            ("After 2011, nobody here waits to", "Takuya Onodera"),
            ("My hands were shaking, but my", "Takuya Onodera"),
            ("One of the guests from Osaka", "Fumiko Chiba"),
            ("I told him, ‘No, the big", "Fumiko Chiba"),
            ("a typical interplate event", "Hiroshi Kawabata"),
            ("This is exactly the kind of", "Hiroshi Kawabata"),
            ("It is not, by itself, a", "Hiroshi Kawabata"),
        ],
    ),
    # 3 -- Reuters, Sudan truce talks in Geneva: partial quote in lede with speaker named next paragraph, remarks carried by state agency, statement quoting named official, unnamed Western diplomat (None), pronouns
    (
'''GENEVA, Aug 19 (Reuters) - Talks aimed at securing a humanitarian truce in Sudan's 16-month war ended their first week in Geneva on Monday without a breakthrough, with the army still refusing to attend and the lead mediator insisting that aid access remained "the core of everything we are trying to do".

Kwabena Asante-Mensah, the veteran Ghanaian diplomat appointed by the African Union and the United Nations to lead the process, told reporters outside the Palais des Nations that the door remained open to the Sudanese Armed Forces.

"We have kept a chair at the table for them every single day," he said. "We will keep it there."

The army, which has been fighting the paramilitary Rapid Support Forces (RSF) since April last year, has objected to the format of the talks and to the presence of certain observers.

"The armed forces will not take part in any process that places the legitimate state on an equal footing with a rebel militia," army spokesman Brigadier General Osman al-Tayeb Hamid said in remarks carried by the state-run Sudan News Agency (SUNA).

An RSF delegation has been in Geneva since the talks opened. Its head, Mustafa Idris Adam, said the group was ready to sign "immediately" an agreement guaranteeing safe passage for aid convoys.

"We came here in good faith," Adam told Reuters. "The world can see who is present and who is absent."

Aid agencies say famine has been confirmed in at least one displacement camp in North Darfur and that millions more people are at risk across the country.

The World Food Programme said in a statement on Monday that it had secured permission to send 15 trucks through the Adre border crossing from Chad, but that dozens more were still waiting for clearance.

"Every day that these trucks sit idle at the border, children die of hunger on the other side of it," the statement quoted WFP's regional director, Leticia Morales Achterberg, as saying.

A Western diplomat following the talks, who spoke on condition of anonymity because he was not authorised to brief the media, said pressure on the army's foreign backers was growing.

"Nobody expected a ceasefire in ten days," the diplomat said. "But if the army keeps staying away, the patience of its friends in the region will run out."

Asante-Mensah said the talks would continue through the week regardless.

"We are not here to produce a communique," he said. "We are here to get food into the mouths of people who have not eaten properly in months."''',
        [
            ("the core of everything we are", "Kwabena Asante-Mensah"),
            ("We have kept a chair at", "Kwabena Asante-Mensah"),
            ("We will keep it there", "Kwabena Asante-Mensah"),
            ("The armed forces will not take", "Osman al-Tayeb Hamid"),
            ("immediately", "Mustafa Idris Adam"),
            ("We came here in good faith", "Mustafa Idris Adam"),
            ("The world can see who is", "Mustafa Idris Adam"),
            ("Every day that these trucks sit", "Leticia Morales Achterberg"),
            ("Nobody expected a ceasefire in ten", None),
            ("But if the army keeps staying", None),
            ("We are not here to produce", "Kwabena Asante-Mensah"),
            ("We are here to get food", "Kwabena Asante-Mensah"),
        ],
    ),
    # 4 -- Xinhua/foreign desk, China-EU e-bike duties: ministry statement with partial quotes, unnamed ministry spokesperson, regular briefing, "was quoted as saying" via state media, partial analyst quote
    (
'''BEIJING — The Chinese Ministry of Commerce on Tuesday vowed to take “all necessary measures” to protect Chinese companies after the European Union imposed provisional anti-subsidy duties of up to 31 percent on Chinese-made electric bicycles, the latest flare-up in trade tensions between the two sides.

The European Commission’s decision “seriously violates” World Trade Organization rules and “distorts fair competition”, the ministry said in a statement posted on its website.

“The Chinese side firmly opposes this protectionist practice and urges the EU side to correct its wrong approach immediately,” a ministry spokesperson said, according to the statement.

At a regular news briefing in Beijing, foreign ministry spokeswoman Gu Wenjie dismissed European concerns about industrial overcapacity.

“Labelling normal industrial competitiveness as ‘overcapacity’ does not stand up to scrutiny,” Gu said. “China’s e-bike makers succeed because they innovate, not because of subsidies.”

Brussels launched its investigation last year after complaints from European manufacturers, who say Chinese rivals benefit from cheap state loans, subsidised land and preferential access to batteries.

“These duties are proportionate and based on solid evidence gathered over 13 months,” European Commission trade spokesman Olof Brandvik told reporters in Brussels. “The Commission remains open to dialogue, but we will defend the single market against unfair practices.”

Chinese exports of electric bicycles to the EU reached nearly 2.8 million units last year, according to Chinese customs data.

Zhou Liqun, secretary-general of the China Light Vehicle Manufacturers Alliance, told the state-run Global Times that dozens of small and medium-sized firms in Zhejiang and Jiangsu provinces depended heavily on European orders.

“Some of our members export 60 percent of their output to Europe,” Zhou was quoted as saying. “For them, this is not an abstract dispute. It is about whether they can pay wages next month.”

The duties take effect on Friday and will remain in place for up to four months while the Commission completes its investigation, after which EU member states will vote on whether to make them permanent.

Liang Haoran, a trade researcher at the Shanghai Institute for International Economic Policy, described the measures as “largely symbolic” given the size of the overall trade relationship, but said Beijing was likely to respond with targeted investigations of its own.

Analysts say previous disputes over solar panels and electric cars have followed a similar pattern of escalating duties followed by lengthy negotiations.''',
        [
            ("all necessary measures", "Chinese Ministry of Commerce"),
            ("seriously violates", "Chinese Ministry of Commerce"),
            ("distorts fair competition", "Chinese Ministry of Commerce"),
            ("The Chinese side firmly opposes this", "Chinese Ministry of Commerce"),
            ("Labelling normal industrial competitiveness as", "Gu Wenjie"),
            ("China’s e-bike makers succeed because", "Gu Wenjie"),
            ("These duties are proportionate and based", "Olof Brandvik"),
            ("The Commission remains open to dialogue", "Olof Brandvik"),
            ("Some of our members export 60", "Zhou Liqun"),
            ("For them, this is not an", "Zhou Liqun"),
            ("largely symbolic", "Liang Haoran"),
        ],
    ),
    # 5 -- Al Jazeera, Bolivia diesel blockades: told Al Jazeera, unattributed chant plus its translation (None), transcript, wrote on X, partial quotes, "the spokesman said"
    (
'''LA PAZ, Bolivia - Truck drivers and transport unions blocked dozens of highways across Bolivia on Monday, paralysing traffic between the country's main cities as a months-long diesel shortage boiled over into open confrontation with the government.

Lines of lorries stretched for kilometres outside fuel stations in El Alto, Santa Cruz and Cochabamba, where some drivers said they had been waiting since Friday.

"We have been sleeping in our cabs for three days, and when we reach the pump they tell us there is nothing left," Lucio Condori Apaza, leader of the National Confederation of Heavy Transport Drivers, told Al Jazeera by telephone from a blockade near Caracollo. "We are not asking for favours. We are asking for fuel so we can work."

At a roadblock on the edge of El Alto, hundreds of drivers waved Bolivian flags and chanted "Diesel si, mentiras no" ("Diesel yes, lies no").

The government insists supplies are adequate. Presidential spokesman Rodrigo Quispe Mamani told a news conference in La Paz that the problem lay in distribution and in hoarding by speculators.

"There is no shortage of diesel in Bolivia. There is a logistical problem that we are resolving day by day," Quispe said, according to a transcript released by the presidency. He said security forces had seized more than 40,000 litres of fuel being smuggled towards the borders with Peru and Chile in the past week.

Hydrocarbons Minister Ximena Paredes Villca wrote on X, formerly Twitter, that twelve tankers carrying imported diesel had arrived at the Chilean port of Arica, from where cargoes are trucked into Bolivia.

"Supply will be normalised in the coming days. We call on transport leaders to lift the blockades and not to harm the Bolivian people," she wrote.

Economists say the roots of the crisis lie in Bolivia's dwindling foreign currency reserves, which have made it increasingly difficult for the state energy company to pay for imports. The country subsidises fuel heavily and sells diesel at a fixed price well below the regional average.

"The central bank has run out of dollars, and without dollars you cannot import fuel," said Andres Fajardo Ruiz, an economist at the Centre for Economic and Social Studies in Cochabamba. "Everything else is just a story to buy time."

He described the subsidy system as "a dam that has been leaking for years and is now breaking".

Condori said the blockades would continue "indefinitely" unless the government guaranteed daily deliveries to fuel stations in every department.

Quispe, however, warned that the authorities would "not allow the country to be held hostage", and said police would clear the roads if talks scheduled for Tuesday failed.

"Dialogue is the first option, but it is not the only one," the spokesman said.''',
        [
            ("We have been sleeping in our", "Lucio Condori Apaza"),
            ("We are not asking for favours", "Lucio Condori Apaza"),
            ("Diesel si, mentiras no", None),
            ("Diesel yes, lies no", None),
            ("There is no shortage of diesel", "Rodrigo Quispe Mamani"),
            ("Supply will be normalised in the", "Ximena Paredes Villca"),
            ("The central bank has run out", "Andres Fajardo Ruiz"),
            ("Everything else is just a story", "Andres Fajardo Ruiz"),
            ("a dam that has been leaking", "Andres Fajardo Ruiz"),
            ("indefinitely", "Lucio Condori Apaza"),
            ("not allow the country to be", "Rodrigo Quispe Mamani"),
            ("Dialogue is the first option, but", "Rodrigo Quispe Mamani"),
        ],
    ),
    # 6 -- DW, German car-parts plant closure: press release with multi-paragraph quote, told DW, remarks carried by broadcaster, unattributed protest sign (None), Turkish-German worker
    (
'''BERLIN — German car parts maker Brückner Antriebstechnik will close its factory in Glauchau in the eastern state of Saxony by the end of next year, cutting around 1,400 jobs, the company announced on Thursday, in the latest blow to an industry struggling with the shift to electric vehicles.

In a press release, chief executive Claudia Ostermann-Reuter said the decision had been “extremely difficult” but unavoidable.

“Demand for the transmission components produced in Glauchau has fallen by more than 40 percent in three years, and there is no realistic prospect of a recovery.

“We have examined every alternative, including converting the site to produce electric drive components. The investment required would not be economically viable given current energy costs in Germany.

“We will do everything in our power to support our employees through this transition,” she said.

The metalworkers’ union reacted with fury. Its regional head for Saxony, Jens Hoffmeister, told DW the announcement had landed “like a punch in the stomach” for workers, many of whom had been at the plant since before reunification.

“These people built this company. Management has known about the problems for years and did nothing,” Hoffmeister said. “Now the workers are supposed to pay the bill.”

He said the union would call a warning strike next week and demand that the company present a social plan before the end of the month.

Saxony’s economy minister, Dirk Lanzendorfer, said the state government would examine “every possible instrument” to keep industrial jobs in the region, including support for a potential buyer.

“Glauchau is not a lost cause,” he said in remarks carried by public broadcaster MDR. “But Berlin must finally deliver on lower electricity prices, or we will see many more announcements like this one.”

Outside the factory gates on Thursday afternoon, workers gathered in small groups, some holding a hastily painted banner reading “We are not scrap metal”.

Murat Yıldırım, 52, who has worked as a machine operator in Glauchau for 27 years, said he did not know how he would pay off the mortgage on his house.

“My father came to Germany to work in a factory. I thought I would retire from this one,” he told DW. “At my age, who will hire me?”

Germany’s automotive suppliers have announced tens of thousands of job cuts over the past two years, with smaller firms in the east particularly exposed.

“The supplier industry in eastern Germany was built around the combustion engine, and that world is ending faster than many expected,” said Felix Brandstetter, an economist at the Halle-based Institute for Regional Economic Research.''',
        [
            ("extremely difficult", "Claudia Ostermann-Reuter"),
            ("Demand for the transmission components produced", "Claudia Ostermann-Reuter"),
            ("like a punch in the stomach", "Jens Hoffmeister"),
            ("These people built this company. Management", "Jens Hoffmeister"),
            ("Now the workers are supposed to", "Jens Hoffmeister"),
            ("every possible instrument", "Dirk Lanzendorfer"),
            ("Glauchau is not a lost cause", "Dirk Lanzendorfer"),
            ("But Berlin must finally deliver on", "Dirk Lanzendorfer"),
            ("We are not scrap metal", None),
            ("My father came to Germany to", "Murat Yıldırım"),
            ("At my age, who will hire", "Murat Yıldırım"),
            ("The supplier industry in eastern Germany", "Felix Brandstetter"),
        ],
    ),
    # 7 -- AP, Indonesian volcano eruption: "said X, a spokesperson for", news conference broadcast by TV, survivor in shelter, ministry spokesperson, district head, pronoun return at end
    (
'''LARANTUKA, Indonesia (AP) - A volcano on the eastern Indonesian island of Flores erupted repeatedly on Sunday, sending columns of ash up to 8 kilometers (5 miles) into the sky, killing at least four people and forcing thousands to flee their homes, officials said.

Mount Ilikerang spewed hot rocks and thick ash over villages on its slopes shortly after midnight, setting fire to several wooden houses and a church.

"The eruption happened around midnight while people were sleeping, so many did not have time to run," said Bambang Setyo Nugroho, a spokesperson for the National Disaster Mitigation Agency. He said rescuers had recovered four bodies from homes in Nobo village, about 4 kilometers (2.5 miles) from the crater, and were searching for two more people.

Indonesia's Center for Volcanology and Geological Hazard Mitigation raised the volcano's alert to the highest of four levels and widened the exclusion zone to 7 kilometers (4.3 miles).

"Seismic activity is still very high, and we cannot rule out a larger eruption," the center's head, Ratnasari Widyaningrum, told a news conference in Bandung that was broadcast by Kompas TV. "Residents must not return to their homes for any reason."

At a makeshift shelter in a church hall in Larantuka, Maria Goreti Kewa, 58, sat on a thin mat with her three grandchildren, their hair still grey with ash.

"The sky was red and the stones were falling on the roof like rain," she said. "I carried the little one and we ran in the dark. We did not even take our sandals."

Flights to and from the airport in Maumere, the island's largest town, were suspended because of the ash cloud. Transportation Ministry spokesperson Dodi Kurniawan Saputra said the closure would be reviewed every 24 hours.

"Safety is our absolute priority," he said.

The head of East Flores district, Agustinus Boli Tukan, appealed for tents, clean water and face masks for more than 6,000 evacuees.

"We need help from Jakarta and from everyone who can give it," he said, adding that the district hospital was "overwhelmed with people who have breathing problems".

Indonesia, an archipelago of more than 270 million people, has 120 active volcanoes and sits along the Pacific "Ring of Fire," a horseshoe-shaped series of fault lines.

Nugroho said evacuations would continue through the night as trucks ferried residents from villages on the volcano's northern flank.

"We are prepared for the worst, and we hope for the best," he said.''',
        [
            ("The eruption happened around midnight while", "Bambang Setyo Nugroho"),
            ("Seismic activity is still very high", "Ratnasari Widyaningrum"),
            ("Residents must not return to their", "Ratnasari Widyaningrum"),
            ("The sky was red and the", "Maria Goreti Kewa"),
            ("I carried the little one and", "Maria Goreti Kewa"),
            ("Safety is our absolute priority", "Dodi Kurniawan Saputra"),
            ("We need help from Jakarta and", "Agustinus Boli Tukan"),
            ("overwhelmed with people who have breathing", "Agustinus Boli Tukan"),
            ("Ring of Fire", None),
            ("We are prepared for the worst", "Bambang Setyo Nugroho"),
        ],
    ),
    # 8 -- France 24, corruption verdict against former mayor: judge addressing defendant, lawyer with title (Maître), earlier closing argument partial, Facebook post, NGO statement, mayor on radio
    (
'''PARIS — A Paris court on Wednesday sentenced the former mayor of the Mediterranean resort town of Saint-Aurèle-sur-Mer to three years in prison, two of them suspended, for embezzling public funds and rigging contracts for a seafront redevelopment project.

Jean-Baptiste Morel-Dufresne, 63, who ran the town for 18 years, was also fined €150,000 and barred from standing for public office for five years.

Presiding judge Hélène Marchetti-Vidal said the former mayor had shown “a profound contempt for the public interest” in steering more than €4 million in contracts to companies run by friends and relatives.

“You used the town hall as if it were your private property,” Marchetti-Vidal told the defendant as she read out the verdict, according to journalists present in the courtroom. “The court cannot ignore the damage this does to citizens’ trust in their elected officials.”

Morel-Dufresne, who has always denied wrongdoing, sat impassively throughout the hearing. His lawyer, Maître Karim Benali-Rousseau, said his client would appeal.

“This is a political verdict, built on the testimony of people with scores to settle,” Benali-Rousseau told France 24 outside the courthouse. “My client has never taken a single euro for himself.”

Prosecutors had sought a four-year sentence. In her closing arguments last month, prosecutor Sandrine Aubertin described the arrangement as “a system, not a series of mistakes”, pointing to dozens of contracts awarded without competitive tender.

Within an hour of the verdict, Morel-Dufresne posted a short message on his Facebook page.

“I remain serene. I have served Saint-Aurèle with passion for 18 years, and history will judge,” he wrote.

The anti-corruption association Transparence Citoyenne, which joined the case as a civil party, welcomed the ruling.

“Today’s decision sends a clear message: no elected official is above the law, whatever the size of their town,” the group said in a statement. It called on parliament to strengthen the powers of regional audit courts to scrutinise municipal spending.

The town’s current mayor, Nadia Haddad-Lemoine, who was elected in 2020 on an anti-corruption platform, said residents had been waiting years for the case to conclude.

“The town has turned the page,” she told local radio. “Now we must repair the finances, because it is the taxpayers of Saint-Aurèle who are still paying for all of this.”''',
        [
            ("a profound contempt for the public", "Hélène Marchetti-Vidal"),
            ("You used the town hall as", "Hélène Marchetti-Vidal"),
            ("The court cannot ignore the damage", "Hélène Marchetti-Vidal"),
            ("This is a political verdict, built", "Karim Benali-Rousseau"),
            ("My client has never taken a", "Karim Benali-Rousseau"),
            ("a system, not a series of", "Sandrine Aubertin"),
            ("I remain serene. I have served", "Jean-Baptiste Morel-Dufresne"),
            ("Today’s decision sends a clear message", "Transparence Citoyenne"),
            ("The town has turned the page", "Nadia Haddad-Lemoine"),
            ("Now we must repair the finances", "Nadia Haddad-Lemoine"),
        ],
    ),
    # 9 -- Reuters, North Korea missile launch: military text message to reporters, KCNA-carried statement ("was quoted as saying"), minister to parliament, US command statement, told Yonhap
    (
'''SEOUL, May 14 (Reuters) - North Korea fired what appeared to be a short-range ballistic missile into the sea off its east coast on Tuesday, South Korea's military said, the third such launch this month as Pyongyang protests joint military drills by Seoul and Washington.

The missile was launched from near the coastal city of Wonsan at around 7:20 a.m. (2220 GMT Monday) and flew about 600 km (370 miles) before splashing down, the Joint Chiefs of Staff (JCS) said in a text message to reporters.

"Our military has strengthened surveillance and vigilance in preparation for additional launches and is closely sharing information with the United States and Japan," the JCS said.

Japan's Defence Ministry said the missile fell outside Japan's exclusive economic zone and there were no reports of damage to ships or aircraft.

Hours later, North Korea's official Korean Central News Agency (KCNA) carried a statement by Vice Defence Minister Ri Chol-ung, who described the launch as a "legitimate exercise of self-defence".

"The reckless war rehearsals of the U.S. and its puppet forces are pushing the situation on the Korean peninsula to the brink of explosion," Ri was quoted as saying. "They will pay a dear price for every provocation."

South Korean Defence Minister Jang Tae-kyung told a parliamentary committee that the military was ready to respond to any attack.

"If the North provokes us directly, we will respond immediately, strongly and to the end," he said.

U.S. Indo-Pacific Command said in a statement that the launch did not pose an immediate threat to U.S. personnel or territory, or to its allies.

"The U.S. commitment to the defense of the Republic of Korea and Japan remains ironclad," it said.

The allies began their annual spring exercises last week, involving tens of thousands of troops and, for the first time in several years, large-scale field training near the border.

Some analysts say the North is using the drills as cover to refine its weapons technology. Hwang Eun-ji, a senior researcher at the Seoul-based Korea Institute for Peninsula Strategy, said the flight pattern suggested a manoeuvrable warhead.

"Pyongyang is testing new guidance systems under cover of its protests against the drills," Hwang told Yonhap news agency. "The timing is political, but the technology is the real story."''',
        [
            ("Our military has strengthened surveillance and", "Joint Chiefs of Staff"),
            ("legitimate exercise of self-defence", "Ri Chol-ung"),
            ("The reckless war rehearsals of the", "Ri Chol-ung"),
            ("They will pay a dear price", "Ri Chol-ung"),
            ("If the North provokes us directly", "Jang Tae-kyung"),
            ("The U.S. commitment to the defense", "U.S. Indo-Pacific Command"),
            ("Pyongyang is testing new guidance systems", "Hwang Eun-ji"),
            ("The timing is political, but the", "Hwang Eun-ji"),
        ],
    ),
    # 10 -- AFP-style, Caspian oil spill in Kazakhstan: quoted by state news agency Kazinform, company statement plus partial, Russian official via RIA Novosti, NGO activist told AFP, fisherman, return of first speaker
    (
'''AKTAU, Kazakhstan — Kazakh authorities declared a regional emergency on Friday after an oil slick stretching more than 20 kilometres washed ashore along the Caspian Sea coast near the port city of Aktau, killing seals and seabirds and threatening local fisheries.

The spill came from a damaged subsea pipeline operated by Kaspiy Munai Transit, a joint venture of Kazakh and Russian companies, the Ministry of Ecology and Natural Resources said.

“According to preliminary estimates, at least 300 tonnes of crude oil have entered the sea,” Deputy Ecology Minister Aigerim Sadykova was quoted as saying by the state news agency Kazinform. “This is the most serious incident in the Kazakh sector of the Caspian in the past decade.”

Kaspiy Munai Transit said in a statement that it had shut down the pipeline and deployed containment booms and skimmer vessels.

“The company deeply regrets the incident and will bear full responsibility for eliminating its consequences,” the statement said. It blamed the leak on “external mechanical damage”, without elaborating.

In Moscow, Sergei Kostromin, deputy head of Russia’s federal environmental watchdog, told the RIA Novosti agency that Russian specialists were ready to help with the clean-up.

“There is no threat to the Russian coast at this time, but we are monitoring the currents closely,” Kostromin was quoted as saying.

The Caspian seal, found only in the landlocked sea, is listed as endangered, and its numbers have fallen by more than 90 percent over the past century.

Dana Zhaksylykova, a biologist with the Aktau-based conservation group Save the Caspian, told AFP that volunteers had found more than 70 dead seals along the shore in two days.

“Their bodies are black with oil. Some were still alive when we reached them, but there was nothing we could do,” she said.

She called the company’s statement “an insult to everyone who lives on this coast”, and said the pipeline had suffered at least two smaller leaks in recent years that were never publicly reported.

In the fishing village of Kuryk, south of Aktau, boats stayed tied up at the jetty as a thin rainbow sheen lapped against the hulls.

“We have been fishing here for three generations,” said Bauyrzhan Tulegenov, 49. “If the sturgeon and the kilka go, the village goes too.”

Sadykova said prosecutors had opened a criminal case over violations of environmental safety rules.

“Those responsible will be held accountable under the law, regardless of who they are,” she said.''',
        [
            ("According to preliminary estimates, at least", "Aigerim Sadykova"),
            ("This is the most serious incident", "Aigerim Sadykova"),
            ("The company deeply regrets the incident", "Kaspiy Munai Transit"),
            ("external mechanical damage", "Kaspiy Munai Transit"),
            ("There is no threat to the", "Sergei Kostromin"),
            ("Their bodies are black with oil", "Dana Zhaksylykova"),
            ("an insult to everyone who lives", "Dana Zhaksylykova"),
            ("We have been fishing here for", "Bauyrzhan Tulegenov"),
            ("If the sturgeon and the kilka", "Bauyrzhan Tulegenov"),
            ("Those responsible will be held accountable", "Aigerim Sadykova"),
        ],
    ),
    # 11 -- AFP, Turkish central bank rate hike: central bank statement, minister wrote on X, economist, market traders, "the 58-year-old said" after another speaker, partial quote from governor
    (
'''ANKARA, June 20 (AFP) - Turkish monetary policymakers raised the benchmark interest rate by 500 basis points to 55 percent on Thursday, surprising markets with a far larger move than expected as annual inflation hovered above 70 percent.

"The tight monetary stance will be maintained until a significant and sustained decline in the underlying trend of monthly inflation is observed," the Central Bank of the Republic of Turkey said in a statement after its monetary policy committee meeting.

Finance Minister Mehmet Emin Kaplanoğlu wrote on X, formerly Twitter, that the government "fully supports" the bank's decision.

"Disinflation is not a sprint, it is a marathon. We will reach the finish line together," Kaplanoğlu wrote.

The lira strengthened around 1.5 percent against the dollar after the announcement, and Istanbul's main stock index fell more than 2 percent.

"Nobody expected such a big move," said Selin Öztürk-Aydın, chief economist at Istanbul-based brokerage Boğaziçi Yatırım. "The bank is sending a very strong signal that it will not repeat the mistakes of the past."

But she warned that higher borrowing costs would hit small businesses already struggling with soaring rents and energy bills.

In Istanbul's Kadıköy market, shopkeepers said the price rises of the past two years had changed the way their customers shop.

"Every week I change the prices on the labels. My customers look at the pistachios and walk away," said Hüseyin Çelik, who runs a dried fruit and nut stall.

His neighbour Ayşe Demirkol, who has sold spices in the market for three decades, shrugged at the news.

"We have seen worse," she said. "In 2001 we also thought it was the end of the world, and here we are."

Çelik was less philosophical.

"What does 55 percent mean for me?" the 58-year-old said. "It means the bank will not give me a loan."

Speaking at an investment forum in Ankara later on Thursday, central bank Governor Levent Kaan Erdem said policymakers would "do whatever it takes" to bring inflation down to single digits by the end of 2026.''',
        [
            ("The tight monetary stance will be", "Central Bank of the Republic of Turkey"),
            ("fully supports", "Mehmet Emin Kaplanoğlu"),
            ("Disinflation is not a sprint, it", "Mehmet Emin Kaplanoğlu"),
            ("Nobody expected such a big move", "Selin Öztürk-Aydın"),
            ("The bank is sending a very", "Selin Öztürk-Aydın"),
            ("Every week I change the prices", "Hüseyin Çelik"),
            ("We have seen worse", "Ayşe Demirkol"),
            ("In 2001 we also thought it", "Ayşe Demirkol"),
            ("What does 55 percent mean for", "Hüseyin Çelik"),
            ("It means the bank will not", "Hüseyin Çelik"),
            ("do whatever it takes", "Levent Kaan Erdem"),
        ],
    ),
    # 12 -- Wire copy, Lagos building collapse: agency spokesman, state government statement ("it added"), witness, quote whose speaker (Mrs ...) is named in the next paragraph, engineer told TV, "the spokesman said"
    (
'''LAGOS — At least 14 people were killed and dozens more were feared trapped after a seven-storey building under construction collapsed in Lagos’s upmarket Ikoyi district on Tuesday, emergency officials said.

Rescue workers used excavators, sledgehammers and their bare hands to dig through slabs of concrete as crowds gathered behind police tape.

“So far, 14 bodies have been recovered and 23 people have been rescued alive and taken to hospital,” said Oluwaseun Adeyemi-Bakare, spokesman for the Lagos State Emergency Management Agency (LASEMA). “The search and rescue operation will continue through the night.”

The Lagos State Government said in a statement that the developer had been ordered to stop work two months ago.

“The state government had earlier sealed the site after integrity tests revealed structural deficiencies, but the developer unlawfully broke the seal and resumed work,” the statement said. “Anyone found culpable will face the full wrath of the law.”

Police said the site manager had been taken in for questioning.

“I heard a loud crack, like thunder, and then dust everywhere,” said Chinedu Okafor, 29, a welder who was working on an adjacent site. “There were at least 50 workers inside. Some of them were my friends.”

Near the cordon, a woman in a green wrapper sat on the kerb, clutching a mobile phone.

“Where is my husband? Somebody tell me where my husband is!”

The woman, who gave her name as Mrs Funmilayo Adesanya, said her husband, a bricklayer, had left for the site at 7 a.m. and had not answered his phone since the collapse.

Building collapses are common in Nigeria, where regulations are often poorly enforced and substandard materials are widely used. Lagos alone has recorded dozens of such incidents over the past decade.

Emeka Nwachukwu-Obi, a professor of structural engineering and former president of the Nigerian Society of Structural Engineers, called the repeated collapses “a national embarrassment”.

“We have the laws. We have the regulators. What we lack is enforcement and the courage to say no to powerful developers,” he told Channels Television.

Adeyemi-Bakare said additional heavy-lifting equipment was being brought in from the Apapa port area.

“Time is critical. Every hour that passes reduces the chance of finding survivors,” the spokesman said.''',
        [
            ("So far, 14 bodies have been", "Oluwaseun Adeyemi-Bakare"),
            ("The search and rescue operation will", "Oluwaseun Adeyemi-Bakare"),
            ("The state government had earlier sealed", "Lagos State Government"),
            ("Anyone found culpable will face the", "Lagos State Government"),
            ("I heard a loud crack, like", "Chinedu Okafor"),
            ("There were at least 50 workers", "Chinedu Okafor"),
            ("Where is my husband? Somebody tell", "Funmilayo Adesanya"),
            ("a national embarrassment", "Emeka Nwachukwu-Obi"),
            ("We have the laws. We have", "Emeka Nwachukwu-Obi"),
            ("Time is critical. Every hour that", "Oluwaseun Adeyemi-Bakare"),
        ],
    ),
    # 13 -- AFP, Iraq water crisis: ministry spokesman told AFP, farmer, UN agency report, Turkish ministry statement with partial quote, anonymous ministry official (organisation as speaker)
    (
'''BAGHDAD, July 8 (AFP) - Iraq's water reserves have fallen to their lowest level in nearly a century, the government said on Monday, warning that summer crops in the south could fail as upstream dams and drought choke the Tigris and Euphrates rivers.

Strategic reserves stand at around eight billion cubic metres, less than half of last year's level, the Ministry of Water Resources said.

"Iraq is facing the most severe water crisis in its modern history," ministry spokesman Ali Radhi al-Saedi told AFP. "The flows reaching us from Turkey and Iran are less than 35 percent of our rightful share."

He said the ministry had been forced to halve the area allocated to summer rice cultivation and to ban the planting of water-intensive crops in several provinces.

In the village of Al-Hamza near Diwaniyah, farmer Kadhim Jabbar Hassan, 55, walked across a field where the soil had split into deep cracks.

"My grandfather farmed this land, and my father, and me," he said. "My sons will not. There is nothing left for them here but dust."

Like thousands of other young men from the countryside, his two eldest sons have moved to Basra to look for work.

The UN Food and Agriculture Organization (FAO) said in a report published last week that declining river flows, rising temperatures and salinisation were pushing farming families off the land at an accelerating rate.

"Water scarcity is now the single biggest driver of rural displacement in southern Iraq," the report said.

Baghdad has repeatedly accused Ankara of holding back water behind its dams on the Tigris and Euphrates. In a statement, the Turkish Ministry of Foreign Affairs rejected the criticism, saying Turkey had "always acted in a spirit of good neighbourliness" and had itself been hit by drought.

"Turkey releases water to its downstream neighbours in line with its capacities, despite the severe drought affecting our own country," the statement said.

An official at the Iraqi water ministry, who asked not to be named because he was not authorised to speak to the media, said Baghdad had little leverage.

"We send delegations, we sign memorandums, and the water does not come," he said.

Al-Saedi said the government was investing in drip irrigation and in modernising canals that lose much of their water to evaporation and leaks.

"We cannot keep farming the way the Sumerians did," he said.''',
        [
            ("Iraq is facing the most severe", "Ali Radhi al-Saedi"),
            ("The flows reaching us from Turkey", "Ali Radhi al-Saedi"),
            ("My grandfather farmed this land, and", "Kadhim Jabbar Hassan"),
            ("My sons will not. There is", "Kadhim Jabbar Hassan"),
            ("Water scarcity is now the single", "UN Food and Agriculture Organization"),
            ("always acted in a spirit of", "Turkish Ministry of Foreign Affairs"),
            ("Turkey releases water to its downstream", "Turkish Ministry of Foreign Affairs"),
            ("We send delegations, we sign memorandums", "Ministry of Water Resources"),
            ("We cannot keep farming the way", "Ali Radhi al-Saedi"),
        ],
    ),
    # 14 -- AP, UN Security Council on Haiti: multi-paragraph speech quote "according to a transcript", ambassador, mission statement on X, anonymous council diplomat (None), resident speaking Creole, partial quote
    (
'''UNITED NATIONS (AP) — The United Nations envoy for Haiti told the Security Council on Wednesday that armed gangs now control roughly 85 percent of the capital, Port-au-Prince, and warned that the country’s fragile political transition could collapse without urgent support for the international security mission.

María Fernanda Ocampo Restrepo, the Colombian diplomat who heads the UN Integrated Office in Haiti, said violence had displaced more than 700,000 people, half of them children.

“Let me be very clear about what we are seeing on the ground.

“Schools have become shelters, hospitals have become targets, and children as young as 12 are being recruited to carry weapons.

“This council has the tools to change that trajectory. What it has lacked is the sense of urgency that the situation demands,” Ocampo told the 15-member council, according to a transcript of her remarks.

Haiti’s ambassador to the UN, Jean-Robert Pierre-Louis, appealed for more money and equipment for the country’s overstretched police.

“Our police officers are fighting with courage, but courage does not buy helicopters or armoured vehicles,” he said.

The Multinational Security Support Mission, led by Kenya, has deployed about 400 officers since last year, far fewer than the 2,500 originally envisaged. In a post on X, formerly Twitter, the mission said it had made progress in recent weeks.

“Our officers, working alongside the Haitian National Police, have restored access to the national highway between the capital and the south,” the mission said.

The mission relies on voluntary contributions, and a UN trust fund set up to support it has received only a fraction of the money pledged.

A council diplomat, speaking on condition of anonymity to discuss closed-door consultations that followed the public meeting, said divisions remained over turning the mission into a formal UN peacekeeping operation.

“Everyone agrees Haiti needs help. Nobody agrees on who pays,” the diplomat said.

Reached by telephone in the Delmas neighbourhood of Port-au-Prince, market vendor Rosemène Jean-Baptiste, 46, said she had moved house three times this year to escape the fighting.

“Every morning when I leave the house, I say goodbye to my children as if it is the last time,” she told the AP in Haitian Creole. “The gangs decide when we can sell, when we can walk, when we can sleep.”

Ocampo called the funding shortfall “unacceptable” and urged member states to honour their pledges before the mission’s mandate comes up for renewal in October.''',
        [
            ("Let me be very clear about", "María Fernanda Ocampo Restrepo"),
            ("Our police officers are fighting with", "Jean-Robert Pierre-Louis"),
            ("Our officers, working alongside the Haitian", "Multinational Security Support Mission"),
            ("Everyone agrees Haiti needs help. Nobody", None),
            ("Every morning when I leave the", "Rosemène Jean-Baptiste"),
            ("The gangs decide when we can", "Rosemène Jean-Baptiste"),
            ("unacceptable", "María Fernanda Ocampo Restrepo"),
        ],
    ),
    # 15 -- Reuters, Karachi heatwave: charity spokesman, provincial minister with honorific (Dr), doctor in between, met department advisory, utility post on X, rickshaw driver, "the minister said" after others
    (
'''KARACHI, Pakistan, June 26 (Reuters) - A heatwave in Pakistan's largest city Karachi has killed at least 130 people over the past five days, a charity said on Wednesday, as temperatures topped 44 degrees Celsius (111 Fahrenheit) and long power cuts left millions without fans or running water.

"Our morgue is full. We have never received so many bodies in such a short time," said Faisal Rehman Khattak, a spokesman for the Saaya Welfare Trust, which runs the city's largest private ambulance network. He said most of the bodies had been collected from the streets and from homes in poor neighbourhoods.

Khattak called the hours-long power outages during the hottest part of the day "criminal negligence".

Sindh province's health minister, Dr Saima Qureshi-Baloch, told reporters that government hospitals had treated more than 2,000 people for heatstroke since Friday.

"Most of the victims are elderly people, labourers and people living on the street who had no shelter from the sun," she said.

At a state-run hospital in the Lyari district, Dr Imran Hussain Soomro, head of the emergency department, said staff had set up extra cooling stations with ice and water sprays in the corridors.

"We are putting two patients on one bed. The doctors have not gone home in three days," he said.

The Pakistan Meteorological Department said in an advisory that relief was still days away.

"Hot and humid weather is likely to persist in Karachi and other parts of Sindh until Saturday," the advisory said, urging citizens to avoid going outside between noon and 4 p.m.

The Karachi Power Supply Company, the city's private electricity provider, has faced mounting anger on social media over outages lasting up to 10 hours in some areas. In a post on X, formerly Twitter, the company defended its policy.

"Load-shedding is being carried out only in high-loss areas where electricity theft is widespread," it said.

Ghulam Mustafa, a 38-year-old rickshaw driver who lives in a one-room house in Orangi Town with his wife and four children, said the family had been sleeping on the roof.

"When the power goes at night, the house becomes an oven. The children cry until morning," he told Reuters.

Qureshi-Baloch said the provincial government had opened 150 relief camps offering water and oral rehydration salts, and had asked the power company to suspend outages during daytime hours.

"We have asked the federal government to intervene, because people are dying while the utility counts its losses," the minister said.''',
        [
            ("Our morgue is full. We have", "Faisal Rehman Khattak"),
            ("criminal negligence", "Faisal Rehman Khattak"),
            ("Most of the victims are elderly", "Saima Qureshi-Baloch"),
            ("We are putting two patients on", "Imran Hussain Soomro"),
            ("Hot and humid weather is likely", "Pakistan Meteorological Department"),
            ("Load-shedding is being carried out only", "Karachi Power Supply Company"),
            ("When the power goes at night", "Ghulam Mustafa"),
            ("We have asked the federal government", "Saima Qureshi-Baloch"),
        ],
    ),
    # 16 -- Foreign desk, Brazil Amazon deforestation data: minister at news conference, researcher, industry body note with partial quotes, Indigenous leader wrote on X, senator, "the minister acknowledged" partial at end
    (
'''BRASÍLIA — Deforestation in the Brazilian Amazon fell 31 percent in the 12 months to July, according to official satellite data published on Wednesday, the lowest level in nine years, though clearing rose sharply in the neighbouring Cerrado savanna.

About 6,300 square kilometres of rainforest were cleared over the period, the National Institute for Space Research (INPE) said, compared with more than 9,000 square kilometres a year earlier.

“This is the result of policy, not luck,” Environment Minister Ana Cláudia Siqueira Bastos said at a news conference in Brasília. “When the state is present, the chainsaws go quiet.”

She credited stepped-up enforcement raids, the seizure of illegally raised cattle and new restrictions on credit for landowners with environmental violations.

“The decline is real and it is significant,” said Rodrigo Tavares de Albuquerque, a senior researcher at INPE. “But the Cerrado tells a different story.”

Clearing in the Cerrado, a vast tropical savanna that is home to about 5 percent of the world’s species, rose 9 percent, driven largely by the expansion of soybean farming in the states of Maranhão, Tocantins, Piauí and Bahia.

The National Confederation of Soy Producers said in a note that Brazilian farmers “comply with the strictest environmental legislation in the world” and rejected what it called “attempts to criminalise Brazilian agriculture”.

Indigenous leaders said the figures masked continuing invasions of their territories by illegal gold miners and loggers.

“Fewer trees are falling, but our territory is still invaded by miners every day. Numbers on a screen do not protect our children,” Kunhã Poty Tembé, a leader of the Tembé people in Pará state, wrote on X, formerly Twitter.

Members of Congress allied with the agribusiness sector accused the government of exaggerating its achievements while punishing legitimate producers.

“The government is celebrating while the producer in Mato Grosso is treated like a criminal,” Senator Edson Lacerda Fontoura told reporters in Congress.

Brazil has pledged to end illegal deforestation by 2030 and is seeking to attract international funding for forest protection ahead of global climate talks.

Asked about the Cerrado figures, the minister acknowledged there was “much more to do”, and said the government would present a new plan for the savanna by the end of the year.''',
        [
            ("This is the result of policy", "Ana Cláudia Siqueira Bastos"),
            ("When the state is present, the", "Ana Cláudia Siqueira Bastos"),
            ("The decline is real and it", "Rodrigo Tavares de Albuquerque"),
            ("But the Cerrado tells a different", "Rodrigo Tavares de Albuquerque"),
            ("comply with the strictest environmental legislation", "National Confederation of Soy Producers"),
            ("attempts to criminalise Brazilian agriculture", "National Confederation of Soy Producers"),
            ("Fewer trees are falling, but our", "Kunhã Poty Tembé"),
            ("The government is celebrating while the", "Edson Lacerda Fontoura"),
            ("much more to do", "Ana Cláudia Siqueira Bastos"),
        ],
    ),
    # 17 -- AFP, Southeast Asian haze row: minister told reporters, foreign ministry spokesman at weekly briefing, Singapore agency advisory, NGO wrote on X, parent, "the minister said" later
    (
'''KUALA LUMPUR, Sept 18 (AFP) - Malaysia closed more than 1,400 schools on Wednesday as choking haze from forest fires in neighbouring Indonesia pushed air pollution to unhealthy levels across much of the peninsula, reigniting a long-running diplomatic row between the two countries.

Readings on Malaysia's Air Pollutant Index topped 200 in parts of the Klang Valley around Kuala Lumpur, and the skyline of the capital disappeared behind a yellow-grey shroud.

"We cannot continue to accept this every year as if it is normal weather," Malaysia's Environment Minister Nik Azmi Nik Ismail told reporters in Putrajaya. "I will be writing to my Indonesian counterpart today to ask for immediate action to put out the fires."

Satellite images show hundreds of hotspots on the Indonesian islands of Sumatra and Borneo, where land is often cleared by burning for palm oil and pulpwood plantations during the dry season.

Jakarta rejected suggestions that it was not doing enough. Indonesian foreign ministry spokesman Rizal Fahmi Siregar said hotspots had also been detected in Malaysia.

"Not all of the haze comes from Indonesia," Siregar told a weekly briefing in Jakarta. "We are working very hard. More than 9,000 personnel have been deployed in Riau and Central Kalimantan, and water-bombing helicopters are operating every day."

Singapore's National Environment Agency (NEA) said in an advisory that conditions in the city-state could also worsen.

"The 24-hour PSI is forecast to be in the high end of the moderate range, and may enter the unhealthy range if winds shift," the NEA said.

The regional campaign group Haze Watch Asia said in a post on X that its analysis of satellite data showed that many of the fires were burning inside concessions held by plantation companies.

"Until the companies that profit from burning are named and punished, the region will keep choking," the group wrote.

In Kuala Lumpur, Lim Mei Ling, 36, said she had kept her eight-year-old son at home since the weekend.

"My son has asthma, so he has been indoors for four days," she said. "The air purifier is running day and night, and he still coughs."

Nik Azmi said Malaysia would raise the issue at a meeting of Southeast Asian environment ministers next month, where members are due to review a regional agreement on transboundary haze pollution signed more than two decades ago.

"This is not about blaming anyone. It is about the right of our children to breathe," the minister said.''',
        [
            ("We cannot continue to accept this", "Nik Azmi Nik Ismail"),
            ("I will be writing to my", "Nik Azmi Nik Ismail"),
            ("Not all of the haze comes", "Rizal Fahmi Siregar"),
            ("We are working very hard. More", "Rizal Fahmi Siregar"),
            ("The 24-hour PSI is forecast to", "National Environment Agency"),
            ("Until the companies that profit from", "Haze Watch Asia"),
            ("My son has asthma, so he", "Lim Mei Ling"),
            ("The air purifier is running day", "Lim Mei Ling"),
            ("This is not about blaming anyone", "Nik Azmi Nik Ismail"),
        ],
    ),
    # 18 -- AFP, Mogadishu hotel siege: police spokesman, witness quote with speaker named only in next paragraph, militant radio statement, minister in televised statement, AU mission partial, "the spokesman said"
    (
'''MOGADISHU — Somali security forces ended a 14-hour siege at a beachfront hotel in Mogadishu on Saturday after al-Shabaab militants stormed the building, killing at least 19 people, police said.

The attack on the Lido Sands Hotel began on Friday evening when a suicide bomber detonated an explosives-laden car at the gate, allowing gunmen to enter the compound, which is popular with government officials and members of the diaspora.

“The operation is over. All five attackers have been killed, and the security forces are now in full control of the building,” police spokesman Abdirahman Farah Warsame told reporters at the scene.

“We heard a huge explosion at the gate and then shooting everywhere. I hid in the kitchen storeroom with four waiters for six hours.”

Mohamed Abdullahi Nur, a 31-year-old businessman who had been having dinner on the hotel terrace, told AFP he escaped shortly after midnight when soldiers reached the kitchen.

“When the soldiers came, they told us to crawl on the floor and not look up,” he said. “There were bodies on the stairs.”

The al-Qaeda-linked group claimed responsibility in a statement broadcast on its Andalus radio station.

“The mujahideen targeted a hotel frequented by officials of the apostate government and their foreign masters,” the group said.

Information Minister Hodan Yusuf Elmi condemned the attack in a televised statement on Saturday morning.

“These cowardly attacks will not weaken the resolve of the Somali people,” she said. “The government will pursue the terrorists wherever they hide.”

Al-Shabaab has been fighting to overthrow Somalia’s federal government for more than 15 years and frequently targets hotels, restaurants and military bases in the capital.

The African Union Support and Stabilisation Mission in Somalia said it “stands in solidarity with the people and government of Somalia” and offered medical assistance to the wounded.

Warsame said the dead included civilians and members of the security forces, and that more than 40 people had been wounded.

“Among the dead are three police officers who went in first to rescue the guests,” the spokesman said.''',
        [
            ("The operation is over. All five", "Abdirahman Farah Warsame"),
            ("We heard a huge explosion at", "Mohamed Abdullahi Nur"),
            ("When the soldiers came, they told", "Mohamed Abdullahi Nur"),
            ("There were bodies on the stairs", "Mohamed Abdullahi Nur"),
            ("The mujahideen targeted a hotel frequented", "al-Shabaab"),
            ("These cowardly attacks will not weaken", "Hodan Yusuf Elmi"),
            ("The government will pursue the terrorists", "Hodan Yusuf Elmi"),
            ("stands in solidarity with the people", "African Union Support and Stabilisation Mission in Somalia"),
            ("Among the dead are three police", "Abdirahman Farah Warsame"),
        ],
    ),
    # 19 -- Reuters, Suez Canal revenue slump: official with military title in remarks carried by state TV, shipping line advisory, analyst partial and full, militant movement televised statement, cafe owner, minister quoted by newspaper
    (
'''CAIRO, Jan 15 (Reuters) - Revenue from Egypt's Suez Canal has fallen by more than half over the past year as shipping companies continue to divert vessels away from the Red Sea, the head of the waterway said on Wednesday, depriving the country of one of its main sources of foreign currency.

Attacks on merchant ships by the Houthi movement in Yemen have pushed many of the world's biggest container lines to send their vessels on the longer route around Africa's Cape of Good Hope.

"The canal has lost around 60 percent of its revenue compared with the previous year," Suez Canal Authority chairman Lieutenant General Hesham Abdel-Ghaffar said in remarks carried by state television. "We are offering discounts of up to 15 percent to bring the shipping lines back."

Transits through the canal fell to an average of about 30 vessels a day, from more than 70 before the attacks began, according to the authority.

The Copenhagen-based container carrier Nordholm Line, one of the world's ten largest, said it saw no early return to the route.

"We will continue to route vessels around the Cape of Good Hope for the foreseeable future, as the security situation does not allow for a safe passage," the company said in an advisory to customers.

Mona Badawi, a shipping analyst at Cairo-based Delta Maritime Consultants, described the situation as "the most prolonged disruption since the 1967 closure".

"Even if the attacks stopped tomorrow, insurers and shipping lines would wait months before coming back," she said.

The Houthis say they are targeting vessels linked to Israel in solidarity with Palestinians in Gaza. In a televised statement on Tuesday, a military spokesman for the group said operations would continue.

"Operations against ships linked to the enemy will not stop until the aggression stops," he said.

In the canal city of Ismailia, Mahmoud Abdel-Rahman, who has run a waterfront cafe for 30 years, said business had collapsed.

"The ships used to pass like a parade, and the sailors came ashore to buy cigarettes and souvenirs," he said. "Now my sons sit with me all day looking at an empty canal."

Finance Minister Sherif El-Sayed Mansour said the government had taken the lost revenue into account in its spending plans.

"The state budget has absorbed the shock, and our agreements with international partners have provided a cushion," Mansour was quoted as saying by the state-owned Al-Ahram newspaper.''',
        [
            ("The canal has lost around 60", "Hesham Abdel-Ghaffar"),
            ("We are offering discounts of up", "Hesham Abdel-Ghaffar"),
            ("We will continue to route vessels", "Nordholm Line"),
            ("the most prolonged disruption since the", "Mona Badawi"),
            ("Even if the attacks stopped tomorrow", "Mona Badawi"),
            ("Operations against ships linked to the", "Houthi movement"),
            ("The ships used to pass like", "Mahmoud Abdel-Rahman"),
            ("Now my sons sit with me", "Mahmoud Abdel-Rahman"),
            ("The state budget has absorbed the", "Sherif El-Sayed Mansour"),
        ],
    ),
    # 20 -- Foreign desk, Greek wildfire near Athens: told state broadcaster, televised address, mayor's Facebook post, elderly resident with nested quote and "the 71-year-old said", Commission statement, scientist partial and full
    (
'''ATHENS — A wildfire fanned by gale-force winds tore through pine forests and into the northern suburbs of Athens on Sunday, burning dozens of homes and forcing thousands of residents to flee as a thick orange cloud of smoke hung over the Greek capital.

More than 600 firefighters, backed by 30 water-dropping aircraft and helicopters, battled the blaze, which broke out in the early afternoon near the village of Varnavas, about 35 kilometres north-east of Athens.

“The fire is burning on three fronts, and the winds are making the work of our firefighters extremely difficult,” fire service spokeswoman Ioanna Lampropoulou-Stathi told state broadcaster ERT.

Authorities sent at least 15 emergency text messages ordering residents of towns and villages in the fire’s path to evacuate.

Civil Protection Minister Nikos Papadimitriou-Karras urged people to comply immediately.

“Evacuation messages are not a suggestion. They are an order to save your life,” he said in a televised address.

The mayor of the hardest-hit municipality, Giorgos Kalamaras, said on Facebook that houses had burned in at least three districts.

“Our municipality is living through a nightmare. We need more aircraft now, before the wind picks up again in the evening,” he wrote.

At a sports centre in the seaside town of Marathonas that had been turned into an emergency shelter, Eleni Kourkoulou sat with a small bag of belongings and her elderly dog.

“I watched the flames come down the hill towards my garden,” the 71-year-old said. “My son said, ‘Mama, get in the car, leave everything,’ and so I left everything.”

The European Commission said in a statement that aircraft from other member states had been sent to help under the EU Civil Protection Mechanism.

“Two planes from Italy and two from France are already on their way, and more assistance is ready to be deployed,” the Commission said.

Greece has suffered increasingly destructive wildfires in recent years, which scientists link to hotter, drier summers driven by climate change.

Dimitra Vasilaki-Moraitou, a climatologist at the National Observatory of Athens, called the extreme conditions “the new normal, and not in a good way”.

“Every summer now starts earlier and ends later, and the vegetation is drier than ever,” she said.''',
        [
            ("The fire is burning on three", "Ioanna Lampropoulou-Stathi"),
            ("Evacuation messages are not a suggestion", "Nikos Papadimitriou-Karras"),
            ("Our municipality is living through a", "Giorgos Kalamaras"),
            ("I watched the flames come down", "Eleni Kourkoulou"),
            ("My son said, ‘Mama, get in", "Eleni Kourkoulou"),
            ("Two planes from Italy and two", "European Commission"),
            ("the new normal, and not in", "Dimitra Vasilaki-Moraitou"),
            ("Every summer now starts earlier and", "Dimitra Vasilaki-Moraitou"),
        ],
    ),
]

STORIES_I = [
    # 1 -- Wikinews, murder verdict; split quotes, "said X, the <role>", "the barrister said", multi-paragraph family statement, police statement, pronoun after named detective
    (
'''On Thursday, a jury at Harrowgate Crown Court found 31-year-old Daniel Ashworth-Reid guilty of the murder of delivery driver Tomasz Wierzbicki, who was stabbed outside a takeaway in the town of Kelsford last October.

The jury of seven women and five men deliberated for just under eleven hours before returning a unanimous verdict. Ashworth-Reid, who had denied the charge, showed no visible reaction as the verdict was read.

Judge Margaret Ellery-Stone told the court that sentencing would take place next month. "You will be sentenced on the 14th of next month, and you should expect a very substantial term," she said. "Nothing I say today can lessen the loss suffered by Mr Wierzbicki's family."

Prosecutors had argued that Ashworth-Reid followed Wierzbicki from the takeaway after a brief argument over a parking space. Speaking outside court, prosecutor Simon Okafor said the case had rested heavily on CCTV footage. "The cameras told the story that the defendant would not," said Okafor, who led the case for the Crown. "This was a senseless attack on a man who was simply doing his job."

Defence barrister Helen Prowse had told jurors that her client acted in self-defence after Wierzbicki swung a punch at him. She said after the verdict that Ashworth-Reid was considering an appeal. "We respect the jury's decision, but we will be looking very carefully at the directions given on self-defence," the barrister said.

Wierzbicki, a father of two originally from Poland, had lived in Kelsford for nine years and worked for a local courier firm. His mother, Halina Wierzbicka, travelled to England for the trial. In a statement read by a family liaison officer, she said: "Tomasz was the kindest of my children. He sent money home every month and called me every Sunday without fail.

"Today justice was done, but there is no verdict that gives me back my son."

Kelsford Police said the investigation had involved more than forty officers and the examination of footage from 160 cameras. "We hope today's result brings some measure of comfort to Tomasz's family," the force said in a statement.

Detective Inspector Raj Bhattacharya, who led the inquiry, praised witnesses who came forward in the days after the killing. "Without the members of the public who spoke to us, this case would have been far harder to prove," he said.

Ashworth-Reid was remanded in custody until sentencing.''',
        [
            ("You will be sentenced on the", "Margaret Ellery-Stone"),
            ("Nothing I say today can lessen", "Margaret Ellery-Stone"),
            ("The cameras told the story that", "Simon Okafor"),
            ("This was a senseless attack on", "Simon Okafor"),
            ("We respect the jury's decision, but", "Helen Prowse"),
            ("Tomasz was the kindest of my", "Halina Wierzbicka"),
            ("We hope today's result brings some", "Kelsford Police"),
            ("Without the members of the public", "Raj Bhattacharya"),
        ],
    ),
    # 2 -- Wikinews, provincial election; claim of victory split across sentences, partial quotes, commission statement, academic "told the Valdoria Herald", two academics in turn, voter partial then pronoun
    (
'''On Sunday, voters in the province of Valdoria returned the centre-left Progressive Alliance to power with a reduced majority, according to provisional results published by the Provincial Electoral Commission on Monday morning.

With 98 percent of ballots counted, the Alliance had won 41 of the 75 seats in the provincial assembly, down from 46 at the last election. The conservative National Renewal party took 27 seats, and the remaining seven went to the Greens and independents. Turnout was 63.4 percent.

Premier Isabel Carvalho-Nunes claimed victory shortly after midnight in front of supporters in the provincial capital, Santa Lucia del Mar. "The people of Valdoria have given us a mandate to finish what we started," she said. "We heard the message about the cost of living, and we will act on it."

Carvalho-Nunes, 58, has led the province since 2015. Her campaign focused on a new hospital programme and free public transport for students.

National Renewal leader Rodrigo Feliciano conceded defeat but called the result "the beginning of the end for this tired government". Speaking to reporters at his party's headquarters, he said his party had gained seats in every region outside the capital. "Four years from now, we will finish the job," Feliciano said.

The Provincial Electoral Commission said in a statement that voting had passed without serious incident. "A small number of polling stations opened late because of staff shortages, but no voter was prevented from casting a ballot," the commission said. It is expected to certify the final results on Thursday.

Dr. Mariana Okonkwo-Lisboa, a political scientist at the University of Santa Lucia, told the Valdoria Herald that the result was closer than it looked. "The Alliance lost votes almost everywhere," she said. "They were saved by a divided opposition, not by enthusiasm."

Her colleague Professor Jorge Amaral was more cautious. "Governments that have been in office for eight years usually lose," he said. "Holding a majority at all is an achievement."

Outside a polling station in the port district on Sunday, retired dockworker Paulo Mendes, 71, said he had voted for the Alliance "for the very last time". "They promised the new hospital twice already, and I am still waiting," he said.''',
        [
            ("The people of Valdoria have given", "Isabel Carvalho-Nunes"),
            ("We heard the message about the", "Isabel Carvalho-Nunes"),
            ("the beginning of the end for", "Rodrigo Feliciano"),
            ("Four years from now, we will", "Rodrigo Feliciano"),
            ("A small number of polling stations", "Provincial Electoral Commission"),
            ("The Alliance lost votes almost everywhere", "Mariana Okonkwo-Lisboa"),
            ("They were saved by a divided", "Mariana Okonkwo-Lisboa"),
            ("Governments that have been in office", "Jorge Amaral"),
            ("Holding a majority at all is", "Jorge Amaral"),
            ("for the very last time", "Paulo Mendes"),
            ("They promised the new hospital twice", "Paulo Mendes"),
        ],
    ),
    # 3 -- Wikinews (curly marks), farmers' protest; chant and banner with no speaker, split quote across sentences, partial, "the minister said", "she told Wikinews", police spokeswoman (organisation)
    (
'''On Wednesday, thousands of farmers drove tractors into central Aldermoor to protest against planned cuts to agricultural subsidies, blocking several main roads for most of the day.

Police estimated the crowd at around 6,000 people and said some 800 tractors had entered the city. Protesters gathered outside the Ministry of Agriculture, sounding horns and chanting “No farmers, no food, no future”. One banner hung from a hay trailer read “You will miss us when you are hungry”.

The protest was organised by the National Farmers’ Federation, whose president, Willem van der Berghe, addressed the crowd from the back of a lorry. “We have been patient for three years,” he said. “We have written letters, we have sat in meetings, and we have been ignored. Today they cannot ignore us.”

Van der Berghe said the proposed cuts would cost an average family farm about €11,000 a year. He called the government’s plan “a death sentence for small farms” and demanded a meeting with the prime minister.

Agriculture Minister Sofie Lindqvist-Haas said in a statement that the reforms were necessary to meet the country’s environmental targets. “I understand the frustration of farmers, and my door remains open,” the minister said. “But we cannot keep paying for practices that damage our soil and water.”

Among the protesters was Annelies Groot, 44, who runs a dairy farm with her husband near the northern town of Veldhaven. “My grandfather farmed this land and so did his father,” she told Wikinews. “I don’t know if my children will be able to.”

Later in the afternoon, a group of protesters sprayed manure at the entrance to the ministry building. Aldermoor Metropolitan Police said three people had been arrested for criminal damage. “The demonstration was largely peaceful, and the great majority of farmers behaved responsibly,” a police spokeswoman said. “Those who damaged property will be held to account.”

The tractors began leaving the city shortly after 6 p.m. The federation has said it will return next month if the government does not change course.''',
        [
            ("No farmers, no food, no future", None),
            ("You will miss us when you", None),
            ("We have been patient for three", "Willem van der Berghe"),
            ("We have written letters, we have", "Willem van der Berghe"),
            ("a death sentence for small farms", "Willem van der Berghe"),
            ("I understand the frustration of farmers", "Sofie Lindqvist-Haas"),
            ("But we cannot keep paying for", "Sofie Lindqvist-Haas"),
            ("My grandfather farmed this land and", "Annelies Groot"),
            ("I don’t know if my children", "Annelies Groot"),
            ("The demonstration was largely peaceful, and", "Aldermoor Metropolitan Police"),
            ("Those who damaged property will be", "Aldermoor Metropolitan Police"),
        ],
    ),
    # 4 -- Wikinews, supermarket annual results; press release partial, chief executive split quote, pronoun partial, finance director on call, analyst "told the Financial Ledger", union officer "said X, the union's...", spokesman partial (company)
    (
'''On Tuesday, the supermarket chain Hartwell & Crane reported a 23 percent fall in annual profit, blaming higher energy costs and a price war with discount rivals.

Pre-tax profit for the year to February fell to £412 million from £535 million a year earlier, on sales that rose 4.1 percent to £18.9 billion. The company's shares fell 6 percent in morning trading.

In a press release, the company said it had "invested heavily in lower prices to protect customers during a difficult year". Chief executive Priya Raghunathan-Cole said the results reflected a deliberate choice. "We decided early on that we would rather give up some margin than lose the trust of our customers," she said. "I am confident that decision will prove to be the right one."

She said the chain would open 35 new convenience stores in the coming year but close 12 larger stores that were "no longer fit for the way people shop".

Finance director Graham Tulloch told analysts on a conference call that energy costs had risen by £140 million over the year. "That is a headwind we expect to ease, but not disappear, over the next eighteen months," he said.

Not everyone was convinced. Lucy Fairbairn-Moss, a retail analyst at the brokerage Stanmore Securities, told the Financial Ledger that the company had been slow to react. "The discounters have been eating Hartwell's lunch for five years," she said. "Cutting prices now is the right move, but it is a very late one."

The shop workers' union UNITAS said it would seek urgent talks over the store closures, which could affect about 1,800 jobs. "Staff have worked through a pandemic and a cost-of-living crisis for this company, and they deserve better than to learn about closures from a press release," said Dermot Keane, the union's national officer for retail.

A spokesman for Hartwell & Crane said the company expected "the large majority of affected staff" to be offered jobs at other stores nearby.''',
        [
            ("invested heavily in lower prices to", "Hartwell & Crane"),
            ("We decided early on that we", "Priya Raghunathan-Cole"),
            ("I am confident that decision will", "Priya Raghunathan-Cole"),
            ("no longer fit for the way", "Priya Raghunathan-Cole"),
            ("That is a headwind we expect", "Graham Tulloch"),
            ("The discounters have been eating Hartwell's", "Lucy Fairbairn-Moss"),
            ("Cutting prices now is the right", "Lucy Fairbairn-Moss"),
            ("Staff have worked through a pandemic", "Dermot Keane"),
            ("the large majority of affected staff", "Hartwell & Crane"),
        ],
    ),
    # 5 -- Wikinews, runway overrun; passengers "told the Port Ellery Gazette", "the 19-year-old said", airline statement, investigator with quote opening a new paragraph then multi-paragraph quote, hospital spokeswoman
    (
'''On Saturday, a passenger aircraft operated by regional carrier SkyLink Atlantic skidded off the runway while landing in heavy rain at Port Ellery Airport, injuring 14 people, two of them seriously.

The twin-engine turboprop, carrying 46 passengers and four crew on a scheduled flight from Kingsbridge, came to rest in a grassy area about 150 metres beyond the end of the runway shortly after 6:40 p.m. local time. Its nose gear collapsed and the left wing was damaged, but there was no fire.

Passenger Marcus Delacroix-Hale, 52, told the Port Ellery Gazette that the landing had felt normal at first. "We touched down and then the brakes just didn't seem to bite," he said. "There was this long slide, and then a huge bang when the front went down. People were screaming, but the crew were incredible. They had the doors open within a minute."

Another passenger, student Amara Nwachukwu, said she had been sitting near the back of the cabin. "I thought we were going into the sea," the 19-year-old said. "When we stopped I just sat there shaking until a flight attendant took my hand."

SkyLink Atlantic said in a statement that it was cooperating fully with investigators. "Our thoughts are with all those on board and their families," the airline said. "The safety of our passengers and crew is our highest priority, and we will not speculate on the cause of this incident."

The National Transport Safety Board has sent a team of five investigators to the airport. Lead investigator Catherine Mbeki-Walsh said the flight data and cockpit voice recorders had been recovered in good condition.

"It is far too early to draw any conclusions," she said at a news briefing on Sunday. "We will be looking at the weather, the condition of the runway, the aircraft's systems and the actions of the crew.

"A preliminary report will be published within thirty days."

Port Ellery General Hospital said eleven people had been treated and discharged. A hospital spokeswoman said two patients remained in a stable condition with leg and back injuries. "Both are expected to make a full recovery," she said.

The airport reopened on Sunday morning after the aircraft was removed.''',
        [
            ("We touched down and then the", "Marcus Delacroix-Hale"),
            ("There was this long slide, and", "Marcus Delacroix-Hale"),
            ("I thought we were going into", "Amara Nwachukwu"),
            ("When we stopped I just sat", "Amara Nwachukwu"),
            ("Our thoughts are with all those", "SkyLink Atlantic"),
            ("The safety of our passengers and", "SkyLink Atlantic"),
            ("It is far too early to", "Catherine Mbeki-Walsh"),
            ("We will be looking at the", "Catherine Mbeki-Walsh"),
            ("Both are expected to make a", "Port Ellery General Hospital"),
        ],
    ),
    # 6 -- Wikinews (curly marks), train derailment; quote whose speaker is named in the next sentence, company statement, minister with "the minister said:", union chair on Facebook, same minister again by surname, nurse "told the newspaper Dnevni Glas"
    (
'''On Monday morning, at least seven people died and 63 were injured when an express passenger train derailed near the village of Kostrin, about 90 kilometres south of the capital, Veldrava, according to the national railway operator.

The train, travelling from Veldrava to the coastal city of Port Anica with about 280 people on board, left the tracks at around 9:15 a.m. on a curve close to a bridge over the Mira river. The locomotive and the first four carriages overturned.

“The scene was terrible. Carriages were lying on their sides and people were climbing out of the windows.” Those were the words of Milan Horvatić, a farmer who lives beside the line and was one of the first to arrive. He told the broadcaster RTV Veldrava that he and his neighbours had used ladders to reach passengers trapped inside.

The state railway company, Veldravske Železnice, said in a statement that the train’s speed at the time of the crash was not yet known. “We are deeply saddened by this tragedy and are doing everything possible to support the victims and their families,” the company said.

Transport Minister Jelena Marković-Šarić visited the site in the afternoon. “I promise the families that there will be a full and independent investigation, and that nothing will be hidden,” she told reporters. Asked whether the train had been speeding, the minister said: “I will not guess. The investigators will tell us.”

The Union of Railway Workers has warned for years about the condition of the line. Its chairwoman, Dragana Petrović, said on Facebook that the union had written to the ministry three times since 2021 about the Kostrin curve. “We told them this section was dangerous,” she wrote. “Nobody listened, and today people are dead.”

Marković-Šarić rejected the claim, saying the track had been inspected in March. “There was no report of any fault on this section,” she said.

Ana Kovač, a 27-year-old nurse who was travelling in the third carriage, told the newspaper Dnevni Glas that she had helped treat injured passengers before the ambulances arrived. “I didn’t have time to be afraid,” she said. “There was a man next to me with a broken leg, and I just started working.”

The government declared Tuesday a day of national mourning.''',
        [
            ("The scene was terrible. Carriages were", "Milan Horvatić"),
            ("We are deeply saddened by this", "Veldravske Železnice"),
            ("I promise the families that there", "Jelena Marković-Šarić"),
            ("I will not guess. The investigators", "Jelena Marković-Šarić"),
            ("We told them this section was", "Dragana Petrović"),
            ("Nobody listened, and today people are", "Dragana Petrović"),
            ("There was no report of any", "Jelena Marković-Šarić"),
            ("I didn’t have time to be", "Ana Kovač"),
            ("There was a man next to", "Ana Kovač"),
        ],
    ),
    # 7 -- Wikinews, typhoon floods; "said Governor X" after quote, "the governor said" then pronoun split, weather agency bulletin, mayor "told the broadcaster DZMR", partial from Red Cross chapter head, short Wikinews interview with evacuee and "Bautista said:"
    (
'''On Friday, floods triggered by Typhoon Lando killed at least 23 people in the province of Marigondon, disaster officials said, as rescuers searched for dozens of residents still missing.

The typhoon made landfall on Wednesday night with sustained winds of 165 km/h, bringing more than 400 millimetres of rain in 24 hours to parts of the province. Rivers burst their banks in at least eleven towns, and more than 48,000 people have been moved to evacuation centres.

"This is the worst flooding we have seen in a generation," said Governor Ramon Dela Cruz-Santos at a press conference in the provincial capital, San Isidro. "Whole neighbourhoods are under water up to the rooftops."

The governor said the death toll was likely to rise. He appealed to residents of low-lying villages to leave their homes while roads were still open. "Please do not wait for the water to reach your door," he said. "Your house can be rebuilt. Your life cannot."

The national weather agency, PAGWAS, said in a bulletin that the storm had weakened as it moved out to sea but that heavy rain would continue over the weekend. "Residents of mountain areas should remain alert for landslides," the agency said.

In the town of Baliwag Norte, mayor Teresita Ocampo said the local hospital had been evacuated after water entered its ground floor. Rescue teams were using rubber boats to reach families stranded on roofs. "We have only six boats for a town of 30,000 people," Ocampo told the broadcaster DZMR. "We are begging for help."

The Marigondon Red Cross said volunteers had distributed food and drinking water to more than 9,000 families. Its chapter head, Josefina Villareal, described conditions in some evacuation centres as "crowded and very difficult, especially for children".

Rommel Bautista, a 38-year-old fisherman, spent Thursday night on the roof of his house with his wife and three children before being rescued by the coast guard. Speaking to a Wikinews correspondent at an evacuation centre in a school gymnasium, he said the family had lost everything.

"The water came up so fast," he said. "At ten o'clock it was at our knees. By midnight we were on the roof."

Asked what the family needed most, Bautista said: "Clean water, and something for the children to sleep on."''',
        [
            ("This is the worst flooding we", "Ramon Dela Cruz-Santos"),
            ("Whole neighbourhoods are under water up", "Ramon Dela Cruz-Santos"),
            ("Please do not wait for the", "Ramon Dela Cruz-Santos"),
            ("Your house can be rebuilt. Your", "Ramon Dela Cruz-Santos"),
            ("Residents of mountain areas should remain", "PAGWAS"),
            ("We have only six boats for", "Teresita Ocampo"),
            ("We are begging for help.", "Teresita Ocampo"),
            ("crowded and very difficult, especially for", "Josefina Villareal"),
            ("The water came up so fast", "Rommel Bautista"),
            ("At ten o'clock it was at", "Rommel Bautista"),
            ("Clean water, and something for the", "Rommel Bautista"),
        ],
    ),
    # 8 -- Wikinews, obituary of novelist; son's statement continued in next paragraph without a verb, poet "wrote on Twitter", partial from association president then "told the Lagos Sentinel", deceased quoted from old magazine interview (another woman named in between), editor's email with nested quote
    (
'''On Sunday, the novelist and playwright Adaeze Obiageli Nwosu-Hart died at her home in Enugu at the age of 84, her family announced. She had been ill for several months.

Nwosu-Hart was best known for her 1971 novel The Salt Road, which follows three generations of a family of cloth traders and has been translated into more than thirty languages. She wrote eleven novels, six plays and two collections of essays, and in 1998 became the first woman to win the Ekwueme Prize for Literature.

In a statement, her son, Chukwuemeka Hart, said his mother had died peacefully, surrounded by her children and grandchildren. "She was a giant to the world, but to us she was simply Mama, who made the best pepper soup in Enugu and corrected our grammar until the very end," he said.

"We ask for privacy as we grieve, and we thank everyone who has sent kind words."

Tributes came from writers across Africa and beyond. The Kenyan poet Wanjiru Kamau-Otieno wrote on Twitter: "Every African woman who picks up a pen walks on a road Adaeze built. Rest well, mother."

The president of the Association of Nigerian Authors, Professor Babatunde Olaniyan-Cole, called her "the conscience of our literature for half a century". He told the Lagos Sentinel that her work had changed how a generation saw the country's history. "She wrote about ordinary people, and she made them immortal," he said.

Nwosu-Hart was born in 1939 in Onitsha, the daughter of a schoolteacher and a cloth merchant. She studied at university in Ibadan and worked as a journalist before publishing her first novel at the age of 30. During the civil war she worked in a refugee camp, an experience she later described as the heart of her writing.

In a 2009 interview with the magazine Africa Letters, she said she had never set out to be a political writer. "I only wanted to tell the truth about the people I knew," she said. "If the truth is political, that is not my fault."

Her longtime editor, Margaret Ashdown, said in an email to Wikinews that Nwosu-Hart had been working on a memoir until shortly before her death. "She sent me a chapter in September with a note saying 'finish it if I can't', and I intend to," Ashdown wrote. "I hope we will be able to honour that wish."

Her funeral will take place in Onitsha next month.''',
        [
            ("She was a giant to the", "Chukwuemeka Hart"),
            ("We ask for privacy as we", "Chukwuemeka Hart"),
            ("Every African woman who picks up", "Wanjiru Kamau-Otieno"),
            ("the conscience of our literature for", "Babatunde Olaniyan-Cole"),
            ("She wrote about ordinary people, and", "Babatunde Olaniyan-Cole"),
            ("I only wanted to tell the", "Adaeze Obiageli Nwosu-Hart"),
            ("If the truth is political, that", "Adaeze Obiageli Nwosu-Hart"),
            ("She sent me a chapter in", "Margaret Ashdown"),
            ("I hope we will be able", "Margaret Ashdown"),
        ],
    ),
    # 9 -- Wikinews (curly marks), no-confidence vote; partial accusation then "X told the chamber", PM by surname, minor-party leader "told public broadcaster EMK", opposition leader again with speaker of parliament (also a woman) named in between, former minister's Facebook post
    (
'''On Tuesday, the minority government of Prime Minister Henrik Aasmundsen narrowly survived a vote of no confidence in Estmark’s parliament, with 84 members voting against him and 86 in his favour.

The motion was tabled last week by the opposition Centre Party after the resignation of Finance Minister Kari Lund-Eriksen over a tax-data scandal. Four members abstained.

Opening the debate, Centre Party leader Ingrid Solvang accused the prime minister of “hiding behind his own ministers”. “This government has lost control of its own departments,” Solvang told the chamber. “When a minister has to resign because the tax records of half a million citizens were left on an open server, the person at the top must take responsibility.”

Aasmundsen, speaking for just under ten minutes, said Lund-Eriksen had done the honourable thing. “She resigned because she understood that someone had to answer for what happened,” he said. “I have ordered an independent review, and I will publish every word of it.”

The deciding votes came from the small Coastal Party, whose three members had said until Monday night that they were undecided. Its leader, Tor Halvard Nygaard, told public broadcaster EMK that his party had won a promise of new funding for ferry routes in the north. “We are not here to keep anyone in power,” he said. “We are here to get things done for the coast.”

After the result was read out by the speaker of parliament, Astrid Holm-Bakke, Solvang told reporters outside the chamber that the fight was not over. “The prime minister has bought himself a few months with ferry subsidies,” she said. “That is not a mandate.”

Lund-Eriksen, who has returned to her seat as an ordinary member, voted with the government. In a short post on Facebook afterwards, she wrote: “I made a mistake in trusting that our systems were secure. I will not make another by helping to bring down a government I believe in.”

The independent review into the data leak is due to report in the autumn.''',
        [
            ("hiding behind his own ministers", "Ingrid Solvang"),
            ("This government has lost control of", "Ingrid Solvang"),
            ("When a minister has to resign", "Ingrid Solvang"),
            ("She resigned because she understood that", "Henrik Aasmundsen"),
            ("I have ordered an independent review", "Henrik Aasmundsen"),
            ("We are not here to keep", "Tor Halvard Nygaard"),
            ("We are here to get things", "Tor Halvard Nygaard"),
            ("The prime minister has bought himself", "Ingrid Solvang"),
            ("That is not a mandate.", "Ingrid Solvang"),
            ("I made a mistake in trusting", "Kari Lund-Eriksen"),
        ],
    ),
    # 10 -- Wikinews, jewellery robbery arrests; police service statement, detective sergeant, quote-only paragraph whose speaker is named in the next paragraph, unnamed customer (no organisation), partial on Facebook, "the detective said"
    (
'''On Wednesday, police in the city of Marlow Falls arrested two men in connection with an armed robbery at a jewellery shop on Main Street in which a security guard was shot and wounded.

The robbery took place shortly before 11 a.m. on Monday at Castellano Fine Jewellers. Police said two masked men entered the shop, threatened staff with a handgun and smashed display cases before escaping in a grey SUV with watches and rings worth an estimated $380,000. The guard, a 61-year-old man, was shot in the shoulder as he tried to lock the door.

"Acting on information from the public, officers executed search warrants at two addresses early this morning and arrested two men, aged 24 and 29," Marlow Falls Police Service said in a statement. "A quantity of jewellery believed to be from the robbery was recovered."

At a news conference, Detective Sergeant Louise Tremblay-Ortiz said the investigation was continuing. "We believe a third person was involved, possibly as a driver," she said. "We are asking anyone who saw a grey SUV on Pine Street between 10:45 and 11:15 on Monday to call us."

"He's a hero. He could have stepped back and let them go, but he didn't."

The words came from the shop's owner, Vincenzo Castellano, speaking about the guard, Earl Dawkins, who has worked at the shop for twelve years. Castellano told the Marlow Falls Examiner that Dawkins was recovering well in hospital. "I spoke to him last night, and the first thing he asked was whether the girls at the counter were okay," he said.

A customer who was in the shop during the robbery, and who asked not to be named, told the newspaper she had hidden behind a display cabinet. "I could hear the glass breaking and I was sure they were going to shoot all of us," she said.

Dawkins's daughter, Keisha Dawkins, said on Facebook that the family was "overwhelmed by the kindness of strangers". A fundraising page set up for the guard had raised more than $40,000 by Wednesday evening.

The two men are due to appear in court on Thursday charged with robbery, aggravated assault and firearms offences. Tremblay-Ortiz said further charges were possible. "This was a violent, planned crime in the middle of the day," the detective said.''',
        [
            ("Acting on information from the public", "Marlow Falls Police Service"),
            ("A quantity of jewellery believed to", "Marlow Falls Police Service"),
            ("We believe a third person was", "Louise Tremblay-Ortiz"),
            ("We are asking anyone who saw", "Louise Tremblay-Ortiz"),
            ("He's a hero. He could have", "Vincenzo Castellano"),
            ("I spoke to him last night", "Vincenzo Castellano"),
            ("I could hear the glass breaking", None),
            ("overwhelmed by the kindness of strangers", "Keisha Dawkins"),
            ("This was a violent, planned crime", "Louise Tremblay-Ortiz"),
        ],
    ),
    # 11 -- Wikinews, student march; banner and chant with no speaker, partial then split quote from student leader, minister "told the television channel Canal 9", rector's letter ("she wrote"), "said Colonel X, a spokesman for", Wikinews reporter interview
    (
'''On Thursday, tens of thousands of students marched through the centre of Villa Esperanza to demand free university education, in the largest protest in the country since 2019.

Organisers said 120,000 people took part; police put the figure at 45,000. The march, called by the National Students' Confederation (CONFEN), passed off mostly peacefully, though police used water cannon against a group of masked demonstrators who threw stones at the presidential palace late in the afternoon.

Marchers carried banners reading "Education is a right, not a loan" and chanted "Not one more peso of debt" as they passed the Ministry of Education.

CONFEN president Valentina Ríos Echeverría, a 22-year-old law student, told the crowd that students would not become "a generation of lifelong debtors". "Our parents are still paying for their degrees, and now they want us to pay for ours twice over," she said. "We will come back every week until the government listens."

Education Minister Francisco Javier Olmedo said on Thursday evening that the government was willing to talk but could not afford to abolish fees. "Free education for everyone, including the children of the richest families, is neither fair nor responsible," he told the television channel Canal 9. He said a bill to expand grants for low-income students would be sent to Congress next month.

The rector of the University of Villa Esperanza, Dr. Gabriela Souza-Martínez, said in a letter to students that she supported their right to protest. "A university that does not teach its students to question authority has failed," she wrote. "But I ask everyone to protest in a way that does not put others at risk."

Police said 31 people had been arrested and six officers had suffered minor injuries. "A small group of violent individuals tried to hijack a peaceful demonstration," said Colonel Hernán Quiroga, a spokesman for the National Police.

A Wikinews reporter spoke to several marchers. Tomás Aguirre, a 20-year-old engineering student, said he works nights at a call centre to pay his fees.

"I sleep four hours a night," he said. "If I fail a course because I'm tired, I lose my scholarship. That's the system they are defending."''',
        [
            ("Education is a right, not a", None),
            ("Not one more peso of debt", None),
            ("a generation of lifelong debtors", "Valentina Ríos Echeverría"),
            ("Our parents are still paying for", "Valentina Ríos Echeverría"),
            ("We will come back every week", "Valentina Ríos Echeverría"),
            ("Free education for everyone, including the", "Francisco Javier Olmedo"),
            ("A university that does not teach", "Gabriela Souza-Martínez"),
            ("But I ask everyone to protest", "Gabriela Souza-Martínez"),
            ("A small group of violent individuals", "Hernán Quiroga"),
            ("I sleep four hours a night", "Tomás Aguirre"),
            ("If I fail a course because", "Tomás Aguirre"),
        ],
    ),
    # 12 -- Wikinews (curly marks), electronics maker annual loss; chief executive split quotes and "the chief executive said", company statement partial, analyst named after quote "told the Nikkan Business newspaper", second analyst "in a note to clients", union statement
    (
'''On Friday, the electronics maker Kasumi Holdings reported its first annual loss in fourteen years, after a sharp fall in demand for its memory chips and a large write-down on its solar panel business.

The company reported a net loss of ¥86.4 billion for the year to March, compared with a profit of ¥52.1 billion the previous year. Revenue fell 9 percent to ¥2.31 trillion.

President and chief executive Kenji Watanabe bowed deeply at the start of a news conference at the company’s headquarters. “I apologise to our shareholders and employees for these results,” he said. “The responsibility is mine.”

Watanabe said the company would sell its solar business and cut about 3,200 jobs worldwide, most of them outside Japan, over the next two years. He said he would return half of his salary for the year. “We have tried to be everything to everyone, and that has made us weak,” the chief executive said. “From now on, we will focus on the things we do better than anyone.”

In a statement, the company said it expected to return to profit in the current financial year, forecasting net income of ¥30 billion. It described the chip market as “at or near the bottom of the cycle”.

Analysts were sceptical. “Kasumi has promised a turnaround three times in the last decade,” Yuko Ishikawa, an analyst at Shinsei Capital Research, told the Nikkan Business newspaper. “Investors will want to see it in the numbers before they believe it.”

Another analyst, Daniel Ferreira-Okoye of the brokerage Pacific Rim Partners, said the job cuts were overdue. “Selling solar is the right decision,” he said in a note to clients. “It should have been taken three years ago.”

The company’s largest union, the Kasumi Workers’ Union, said it had not been consulted about the cuts. “We learned about these plans at the same time as the newspapers,” the union said in a statement. “This is not how a company that claims to respect its workers behaves.”

Kasumi shares fell 4.8 percent before the results were announced, and a further 2 percent in after-hours trading.''',
        [
            ("I apologise to our shareholders and", "Kenji Watanabe"),
            ("The responsibility is mine.", "Kenji Watanabe"),
            ("We have tried to be everything", "Kenji Watanabe"),
            ("From now on, we will focus", "Kenji Watanabe"),
            ("at or near the bottom of", "Kasumi Holdings"),
            ("Kasumi has promised a turnaround three", "Yuko Ishikawa"),
            ("Investors will want to see it", "Yuko Ishikawa"),
            ("Selling solar is the right decision", "Daniel Ferreira-Okoye"),
            ("It should have been taken three", "Daniel Ferreira-Okoye"),
            ("We learned about these plans at", "Kasumi Workers’ Union"),
            ("This is not how a company", "Kasumi Workers’ Union"),
        ],
    ),
    # 13 -- Wikinews, inquest into light aircraft crash; investigator split quote then by surname, unattributed phrase ("a manoeuvre instructors describe as"), airfield owner "told the inquest", mother's multi-paragraph statement, "the coroner said", coroner partial
    (
'''On Tuesday, a coroner in the county of Easthaven recorded a conclusion of accidental death at the inquest into a light aircraft crash that killed a flying instructor and his student near the village of Little Brampton in May last year.

Instructor Gareth Pryce-Williams, 47, and student pilot Oliver Nakamura-Shaw, 23, died when their single-engine training aircraft crashed into a field shortly after taking off from Brampton Airfield.

Inspector Joanne Kirkbride of the Air Safety Investigation Unit (ASIU) told the court that the engine had lost power about forty seconds after take-off because of water in the fuel. "It is likely that rainwater entered one of the fuel tanks through a worn seal on the filler cap," she said. "A pre-flight fuel check should detect water, but small quantities can be missed, particularly if the aircraft is not standing level."

She said the instructor had attempted to turn back towards the runway, a manoeuvre instructors describe as "the turn you never make". "At that height, there were no good options," Kirkbride said.

The owner of Brampton Airfield, Clive Ashby, said the aircraft had been serviced two weeks before the crash. "We have since replaced the filler caps on every aircraft in our fleet and introduced a second fuel check before every flight," he told the inquest.

Nakamura-Shaw's mother, Emiko Nakamura-Shaw, said in a statement read outside court: "Oliver had wanted to fly since he was four years old. He was two lessons away from his first solo flight.

"We do not blame anyone. We only hope that lessons are learned so that no other family goes through this."

Recording her conclusion, coroner Dr. Rachel Amankwah said both men had acted properly. "Mr Pryce-Williams did everything he could to save the aircraft and his student," the coroner said. "This was a tragic accident caused by a small defect that was very difficult to detect."

She said she would write to the national aviation regulator "to make sure this lesson reaches every flying school in the country".''',
        [
            ("It is likely that rainwater entered", "Joanne Kirkbride"),
            ("A pre-flight fuel check should detect", "Joanne Kirkbride"),
            ("the turn you never make", None),
            ("At that height, there were no", "Joanne Kirkbride"),
            ("We have since replaced the filler", "Clive Ashby"),
            ("Oliver had wanted to fly since", "Emiko Nakamura-Shaw"),
            ("Mr Pryce-Williams did everything he could", "Rachel Amankwah"),
            ("This was a tragic accident caused", "Rachel Amankwah"),
            ("to make sure this lesson reaches", "Rachel Amankwah"),
        ],
    ),
    # 14 -- Wikinews, island wildfires; spokesman named after quote "told the state broadcaster EHR", tourist "told Wikinews by telephone", mayor split quote, minister "wrote" on Twitter then "the minister told reporters", meteorological service partial
    (
'''On Sunday, wildfires fanned by strong winds forced the evacuation of around 12,000 residents and tourists from villages and beach resorts in the south of the island of Kalymora, the country's civil protection agency said.

The largest of the fires broke out on Saturday afternoon in pine forest near the village of Agia Thekla and spread rapidly towards the coast. By Sunday evening it had burned an estimated 6,500 hectares. No deaths have been reported, but eleven people, including four firefighters, were treated in hospital for burns and smoke inhalation.

"We are fighting on three fronts, with gusts of up to 70 kilometres an hour," fire service spokesman Nikolaos Stavridis told the state broadcaster EHR. "The wind keeps changing direction, and that makes it very dangerous for our crews."

Stavridis said more than 400 firefighters, 90 fire engines, eight water-bombing aircraft and eleven helicopters had been deployed. Firefighters from two neighbouring countries were due to arrive on Monday.

Coast guard vessels and private boats took about 2,300 people off beaches at the resort of Lindaki, where the fire came within a few hundred metres of hotels. Klaus-Dieter Hoffmann, a retired teacher from Germany on holiday with his wife, said they had waited on the beach for three hours. "The sky turned completely orange, and ash was falling like snow," he told Wikinews by telephone. "But the evacuation was very well organised. Local people brought us water and blankets."

The mayor of South Kalymora, Eleni Karamanli-Voss, said at least 60 homes had been destroyed. "People have lost everything they worked for their whole lives," she said. "We will need help from the state, and we will need it quickly."

Minister for Civil Protection Giorgos Antoniadis said on Twitter that the government would compensate those who had lost their homes. "No one will be left alone," he wrote. He said the cause of the fire was under investigation and did not rule out arson. "If it turns out that someone set these fires deliberately, they will face the full force of the law," the minister told reporters in the capital.

Temperatures on the island have exceeded 40 °C for nine consecutive days. The National Meteorological Service warned that conditions would remain "extremely dangerous for the spread of fire" until at least Wednesday.''',
        [
            ("We are fighting on three fronts", "Nikolaos Stavridis"),
            ("The wind keeps changing direction, and", "Nikolaos Stavridis"),
            ("The sky turned completely orange, and", "Klaus-Dieter Hoffmann"),
            ("But the evacuation was very well", "Klaus-Dieter Hoffmann"),
            ("People have lost everything they worked", "Eleni Karamanli-Voss"),
            ("We will need help from the", "Eleni Karamanli-Voss"),
            ("No one will be left alone", "Giorgos Antoniadis"),
            ("If it turns out that someone", "Giorgos Antoniadis"),
            ("extremely dangerous for the spread of", "National Meteorological Service"),
        ],
    ),
    # 15 -- Wikinews (curly marks), obituary of former mayor; daughter's statement, deceased's inaugural partial and old interview "with the Port Haverford Chronicle", current mayor, state senator "told the Chronicle", coalition statement introduced with colon as multi-paragraph quote
    (
'''On Thursday, Lionel J. Whitaker, who became the first Black mayor of the city of Port Haverford and later served three terms in the state senate, died at a hospice in the city. He was 91.

His death was announced by his daughter, Denise Whitaker-Grant, who said he had died of complications from pneumonia. “Dad spent his whole life fighting for people who didn’t have a voice,” she said in a statement. “He went out the same way he lived, surrounded by family, telling stories and arguing about baseball.”

Whitaker was born in 1933 to a family of sharecroppers, moved to Port Haverford as a teenager and worked at the city’s shipyards while studying law at night. He was arrested four times during civil rights protests in the 1960s, including once for leading a sit-in at the whites-only lunch counter of a downtown department store.

In 1977 he was elected mayor, defeating the incumbent by fewer than 900 votes. In his inaugural address he promised “a city hall with its doors open to every neighbourhood”. He later said that the proudest achievement of his two terms was the integration of the city’s fire department.

In an interview with the Port Haverford Chronicle in 2013, Whitaker reflected on his career. “People ask me if I was angry back then,” he said. “Of course I was angry. But anger is a match. You can use it to light a lamp or burn a house down, and I always tried to light lamps.”

Current mayor Theresa Quinones-Beck ordered flags on city buildings to be flown at half-staff. “Every mayor who has followed him, including me, stands on his shoulders,” she said at a news conference on Thursday afternoon.

State Senator Marcus Odum, who succeeded Whitaker in the senate in 2003, told the Chronicle that Whitaker had been his mentor. “He used to tell me that the job was not to be liked but to be useful,” Odum said. “I think about that every single day.”

The Port Haverford Civil Rights Coalition, which Whitaker co-founded in 1962, said in a statement:

“Lionel Whitaker taught three generations of this city what courage looks like. He marched when marching was dangerous, he spoke when silence was safer, and he governed with the same conviction.

“We will honour him by continuing the work.”

Whitaker is survived by his daughter, two sons, eight grandchildren and five great-grandchildren. His wife, Loretta, died in 2016.''',
        [
            ("Dad spent his whole life fighting", "Denise Whitaker-Grant"),
            ("He went out the same way", "Denise Whitaker-Grant"),
            ("a city hall with its doors", "Lionel J. Whitaker"),
            ("People ask me if I was", "Lionel J. Whitaker"),
            ("Of course I was angry. But", "Lionel J. Whitaker"),
            ("Every mayor who has followed him", "Theresa Quinones-Beck"),
            ("He used to tell me that", "Marcus Odum"),
            ("I think about that every single", "Marcus Odum"),
            ("Lionel Whitaker taught three generations of", "Port Haverford Civil Rights Coalition"),
        ],
    ),
    # 16 -- Wikinews, corruption sentencing; judge partial then "the judge said", lawyer "told reporters" plus partial, defendant shouting, prosecutions director statement, anti-graft director partial then "told the Daily Beacon", villager "told Wikinews"
    (
'''On Monday, the High Court in the city of Mombara sentenced former county governor Joseph Kiprono Mutai to twelve years in prison for stealing public funds intended for the construction of rural clinics.

Mutai, 63, who governed Lake Region County from 2013 to 2022, was convicted last month of abuse of office, money laundering and conspiracy to defraud. Prosecutors said about 1.4 billion shillings was diverted from the county health budget through companies controlled by his relatives and associates.

Justice Wanjiku Nyambura-Otieno said Mutai had shown "not a shred of remorse". "The accused was entrusted with money meant to save the lives of mothers and children," the judge said. "Instead, he built himself houses in three cities."

She also ordered him to repay 800 million shillings within 18 months or serve an additional four years in prison.

Mutai's lawyer, Cyrus Omondi Were, said his client would appeal. "This judgement is full of errors of law, and we are confident the Court of Appeal will overturn it," he told reporters outside the courthouse. He said the trial had been "a political persecution from the very beginning".

As he was led from the dock to a prison van, Mutai shouted to a small group of supporters: "I am innocent! History will judge who the real thieves are!"

Director of Public Prosecutions Amina Hassan Farah welcomed the sentence. "This case sends a clear message that no public official is above the law, however powerful they may be," she said in a statement. "We will continue to pursue the assets that were stolen."

The executive director of the anti-corruption group Uwazi Trust, Brian Kiplagat, said the sentence was "a good start but not the finish line". He told the Daily Beacon that the public would judge the case by its results. "Twelve years is significant, but the real test is whether the money comes back to the clinics that were never built," he said.

In the village of Kapsoit, where one of the unfinished clinics stands, resident Mary Chebet told Wikinews that pregnant women still walk 15 kilometres to give birth. "They took our hospital and left us a foundation full of weeds," she said.''',
        [
            ("not a shred of remorse", "Wanjiku Nyambura-Otieno"),
            ("The accused was entrusted with money", "Wanjiku Nyambura-Otieno"),
            ("Instead, he built himself houses in", "Wanjiku Nyambura-Otieno"),
            ("This judgement is full of errors", "Cyrus Omondi Were"),
            ("a political persecution from the very", "Cyrus Omondi Were"),
            ("I am innocent! History will judge", "Joseph Kiprono Mutai"),
            ("This case sends a clear message", "Amina Hassan Farah"),
            ("We will continue to pursue the", "Amina Hassan Farah"),
            ("a good start but not the", "Brian Kiplagat"),
            ("Twelve years is significant, but the", "Brian Kiplagat"),
            ("They took our hospital and left", "Mary Chebet"),
        ],
    ),
    # 17 -- Wikinews, lord mayoral election with short Wikinews interview; winner "told supporters", incumbent split quote around cue, "said Greens candidate X", partials from party president and returning officer, interview answers attributed by "she said" after another woman mentioned and by surname
    (
'''On Saturday, independent candidate Nadia Haddad-Brennan was elected lord mayor of the city of Kessington, ending twelve years of control of the council by the Civic Alliance party.

With counting almost complete on Sunday, Haddad-Brennan had won 54.2 percent of the vote after preferences, against 45.8 percent for the incumbent lord mayor, Gregory Pham. Turnout was 71 percent, the highest recorded in a Kessington council election.

Haddad-Brennan, a 41-year-old former paramedic, campaigned on housing affordability and a promise to reopen the city's public swimming pools, three of which were closed in 2021. "Tonight Kessington voted for a council that listens," she told supporters at a community hall in the suburb of Westgate. "I am not a politician, and I hope I never become one."

Pham conceded on Saturday night. "The people have spoken, and I respect their decision," he said, "and I offer Ms Haddad-Brennan my sincere congratulations."

"This result shows that people want change, and that they want it at a local level," said Greens candidate Tui Ngata-Harris, who finished third on first preferences.

Civic Alliance state president Robert Fairweather blamed the result on "a national mood that punished every incumbent". The Kessington Electoral Commission said counting would be finalised on Tuesday, and returning officer Alison Murray said there had been "no significant irregularities at any polling place".

Speaking to Wikinews on Sunday, Haddad-Brennan said her first priority would be the pools.

"The Westgate pool is where half of this city learned to swim," she said. "Closing it to save money was a false economy, and we will have at least one pool open again before next summer."

Asked how she would work with a council on which Civic Alliance still holds seven of twelve seats, she said she was confident of finding common ground.

"Nobody on that council wants children to drown or families to be priced out of their own suburbs," Haddad-Brennan said. "If we start from there, we will get along fine."

She will be sworn in on 3 November.''',
        [
            ("Tonight Kessington voted for a council", "Nadia Haddad-Brennan"),
            ("I am not a politician, and", "Nadia Haddad-Brennan"),
            ("The people have spoken, and I", "Gregory Pham"),
            ("and I offer Ms Haddad-Brennan my", "Gregory Pham"),
            ("This result shows that people want", "Tui Ngata-Harris"),
            ("a national mood that punished every", "Robert Fairweather"),
            ("no significant irregularities at any polling", "Alison Murray"),
            ("The Westgate pool is where half", "Nadia Haddad-Brennan"),
            ("Closing it to save money was", "Nadia Haddad-Brennan"),
            ("Nobody on that council wants children", "Nadia Haddad-Brennan"),
            ("If we start from there, we", "Nadia Haddad-Brennan"),
        ],
    ),
    # 18 -- Wikinews (curly marks), tram collision; unnamed passenger "told the newspaper" (no organisation), passenger "told Radio Montclaire", operator chief split quote around cue, mayor "in an interview with L’Écho de Montclaire" with multi-paragraph quote, union rep "said X", prosecutor (another woman)
    (
'''On Thursday evening, two trams collided head-on in the centre of Montclaire, injuring 38 people, three of them seriously, according to the city’s fire service.

The collision happened at about 6:20 p.m. on line T2 near the Place de la République stop, at the height of the evening rush hour. One of the trams had been diverted onto a single-track section because of roadworks, according to the operator, Transports Urbains de Montclaire (TUM).

“There was a terrible noise, then everyone fell on top of each other,” one passenger told the newspaper Le Courrier de Montclaire. Another, Fatou Diallo-Mercier, 29, said she had been travelling with her two-year-old daughter. “I was holding the pushchair, and it flew right across the carriage,” she told Radio Montclaire. Neither was seriously hurt.

TUM director general Jean-Baptiste Lefèvre arrived at the scene within an hour. “Our first thoughts are with the injured,” Lefèvre said, “and with our two drivers, who are both in hospital.” He said the company would cooperate fully with the authorities.

In an interview with the newspaper L’Écho de Montclaire on Friday, the mayor, Camille Rousseau-Benali, said the city would commission an independent audit of the tram network’s signalling.

“I want to know whether this was human error, a technical failure or both,” she said. “Our residents take these trams every day, and they need to know they are safe.

“If changes are needed, they will be made, whatever the cost.”

The transport workers’ union SUTM said drivers on the diverted section had relied on radio instructions rather than signals. “For weeks we have warned that the temporary arrangement at République was an accident waiting to happen,” said union representative Karim Benhaddou.

The Montclaire prosecutor’s office has opened an investigation for unintentional injuries. Prosecutor Hélène Vasseur said both drivers would be questioned once their condition allowed. “At this stage, no hypothesis is excluded,” she said.

Line T2 is expected to remain closed until at least Monday.''',
        [
            ("There was a terrible noise, then", None),
            ("I was holding the pushchair, and", "Fatou Diallo-Mercier"),
            ("Our first thoughts are with the", "Jean-Baptiste Lefèvre"),
            ("and with our two drivers, who", "Jean-Baptiste Lefèvre"),
            ("I want to know whether this", "Camille Rousseau-Benali"),
            ("Our residents take these trams every", "Camille Rousseau-Benali"),
            ("For weeks we have warned that", "Karim Benhaddou"),
            ("At this stage, no hypothesis is", "Hélène Vasseur"),
        ],
    ),
    # 19 -- Wikinews, senate passes civil unions bill; sponsor "in his closing speech", opposition senator "the senator said", church council partial and statement, protest sign with no speaker, activist "told Wikinews", rights group on Twitter
    (
'''On Wednesday, the Senate of Talanga voted 31 to 22 to pass a bill legalising same-sex civil unions, making Talanga the first country in the region to do so.

The bill, already approved by the House of Representatives in March, now goes to President Elena Vaipulu for her signature. She has said she will sign it.

Senator Mateo Fonoti-Reyes, who sponsored the bill, wept as the result was announced. "Today we told thousands of our citizens that they are not strangers in their own country," he said in his closing speech. "Love is not a threat to anyone."

Opposition senator Leilani Tupou-Santos spoke against the bill during the six-hour debate. "This is a decision that should have been made by the people in a referendum, not by 31 politicians in this room," the senator said. She said she would support a petition to put the issue to a public vote.

The Council of Churches of Talanga said it was "deeply disappointed by this vote". "Marriage and family are the foundation of our society, and no law can change their nature," the council said in a statement.

Outside the parliament building, several hundred supporters of the bill celebrated with music and flags. One hand-painted sign read "Finally, we exist in law".

Activist Sione Vakalahi, 34, who has been with his partner for eleven years, told Wikinews the vote meant the couple could at last have their relationship recognised. "We have been together longer than some of the senators who voted against us have been married," he said, laughing. "Now, when one of us is in hospital, the other can be at the bedside as family."

The rights group Rainbow Talanga posted on Twitter shortly after the vote: "History made. Thank you to every senator who stood with us."

The law will take effect ninety days after it is signed.''',
        [
            ("Today we told thousands of our", "Mateo Fonoti-Reyes"),
            ("Love is not a threat to", "Mateo Fonoti-Reyes"),
            ("This is a decision that should", "Leilani Tupou-Santos"),
            ("deeply disappointed by this vote", "Council of Churches of Talanga"),
            ("Marriage and family are the foundation", "Council of Churches of Talanga"),
            ("Finally, we exist in law", None),
            ("We have been together longer than", "Sione Vakalahi"),
            ("Now, when one of us is", "Sione Vakalahi"),
            ("History made. Thank you to every", "Rainbow Talanga"),
        ],
    ),
    # 20 -- Wikinews (curly marks), police shooting and march; chant with no speaker, quote-only opening whose speaker is named in the next sentence, two partials from a police statement, "the chief said", review board report, mother's quote continued over two paragraphs, mayor on Twitter
    (
'''On Saturday, several hundred people marched through the city of Brackley Bay to demand the prosecution of a police officer who shot dead 19-year-old Kwame Osei-Bonsu during a traffic stop on Tuesday night.

Marchers carried photographs of Osei-Bonsu and chanted “No justice, no peace” as they walked from the park where he played basketball to the police headquarters on Harbor Street.

“Kwame was unarmed, he was scared, and he was trying to drive away from a man pointing a gun at him.” That was how the family’s lawyer, Beatrice Lamptey-Ward, described the shooting at a news conference on Friday, after viewing footage from the officer’s body camera. She said the footage contradicted the police account. “What we saw does not match what the public was told,” she said.

Brackley Bay Police Department said in a statement on Wednesday that the officer “feared for his life” when the car “accelerated in his direction”.

Police Chief Douglas R. Henshaw said the officer, who has not been named, had been placed on administrative leave. “I understand the anger in this community,” the chief said. “I ask people to let the investigation run its course.”

The shooting is being investigated by the state’s Independent Police Review Board. In a preliminary report released on Friday, the board said “the vehicle was travelling at walking pace when the first shot was fired”. It has not yet said whether it will recommend charges.

Kwame’s mother, Abena Osei-Bonsu, addressed the marchers outside the police headquarters.

“My son was going to start college in September,” she said. “He wanted to build bridges.

“Now I have to bury him. Four seconds, that’s all it took.”

Mayor Patrick Ndlovu-Hale said on Twitter that he had spoken to the family. “Brackley Bay deserves answers, and it will get them,” he wrote. “I have asked for the full body-camera footage to be released to the public by Monday.”

The march ended peacefully in the early evening.''',
        [
            ("No justice, no peace", None),
            ("Kwame was unarmed, he was scared", "Beatrice Lamptey-Ward"),
            ("What we saw does not match", "Beatrice Lamptey-Ward"),
            ("feared for his life", "Brackley Bay Police Department"),
            ("accelerated in his direction", "Brackley Bay Police Department"),
            ("I understand the anger in this", "Douglas R. Henshaw"),
            ("I ask people to let the", "Douglas R. Henshaw"),
            ("the vehicle was travelling at walking", "Independent Police Review Board"),
            ("My son was going to start", "Abena Osei-Bonsu"),
            ("He wanted to build bridges.", "Abena Osei-Bonsu"),
            ("Brackley Bay deserves answers, and it", "Patrick Ndlovu-Hale"),
            ("I have asked for the full", "Patrick Ndlovu-Hale"),
        ],
    ),
]

STORIES_J = [
    # 1 -- Wikinews science; new deep-sea shrimp species; said X with long title, split quotes, partial quote, press release after "wrote:", told Wikinews
    (
'''Researchers describe new glowing shrimp species from Mozambique Channel

Wednesday, March 12, 2025

A team of marine biologists has described a previously unknown species of bioluminescent shrimp collected from depths of more than 1,800 metres in the Mozambique Channel, according to a paper published on Monday in the journal Deep-Sea Research Letters.

The species, named Acanthephyra lumenosa, produces a blue-green glow from small organs along its legs and tail. It was collected during a 2023 expedition aboard the research vessel Almirante Sousa, which spent five weeks sampling the seafloor between Mozambique and Madagascar.

"We were not expecting to find anything new in that particular trawl," said Dr. Anne-Marie Okafor, an associate professor of marine biology at Table Bay University and lead author of the study. "It was only when we got the specimens under the microscope back on shore that we realised the light organs were arranged in a pattern nobody had recorded before."

Okafor said the team spent nearly eighteen months comparing the animals with preserved specimens held in museums in Lisbon, Paris and Washington before they were confident the shrimp was a distinct species.

Co-author Dr. Hélder Nhantumbo, a researcher at the Instituto Oceanográfico da Beira, described the discovery as "a reminder of how little we know about our own waters". "Mozambique has one of the longest coastlines in Africa," he said, "and yet most of what lives below a few hundred metres has never been sampled."

In a press release, the university wrote: "The description of Acanthephyra lumenosa is the first new decapod species formally named by a southern African-led deep-sea team in more than a decade. It highlights the value of long-term investment in regional research vessels and in training the next generation of ocean scientists."

Professor Margarethe Lindqvist, a crustacean specialist at the Nordic Museum of Natural History in Bergen who was not involved in the research, said the paper was "careful and convincing".

"The light organs are the key feature here," Lindqvist told Wikinews. "Bioluminescence patterns are essentially a signature for these animals. They use them to recognise each other in the dark, so two populations with different patterns are very unlikely to be interbreeding."

The researchers plan to return to the channel in 2026 with a remotely operated vehicle to film the shrimp alive in their natural habitat.

"We want to know what the light is actually for," Okafor said. "Is it camouflage, is it communication, or is it both? That is the next question, and we can only answer it by watching them where they live."''',
        [
            ("We were not expecting to find", "Anne-Marie Okafor"),
            ("It was only when we got", "Anne-Marie Okafor"),
            ("a reminder of how little we", "Hélder Nhantumbo"),
            ("Mozambique has one of the longest", "Hélder Nhantumbo"),
            ("and yet most of what lives", "Hélder Nhantumbo"),
            ("The description of Acanthephyra lumenosa is", "Table Bay University"),
            ("careful and convincing", "Margarethe Lindqvist"),
            ("The light organs are the key", "Margarethe Lindqvist"),
            ("Bioluminescence patterns are essentially a signature", "Margarethe Lindqvist"),
            ("We want to know what the", "Anne-Marie Okafor"),
            ("Is it camouflage, is it communication", "Anne-Marie Okafor"),
        ],
    ),
    # 2 -- Wikinews sports result; women's cycling stage race; "the 27-year-old said", told reporters, partial quotes, organiser statement, family member
    (
'''Dutch rider wins Tour of the Ardennes Hills in sprint finish

Sunday, June 8, 2025

Dutch cyclist Noor Veldhuis-Amrani won the women's Tour of the Ardennes Hills on Sunday, edging out Colombian rider Valentina Ocampo Ríos by less than a wheel length in a sprint at the finish in Hautmont-la-Roche.

Veldhuis-Amrani, who rides for the Zeeland-based team Polder Pro Cycling, finished the 142-kilometre final stage in three hours, 41 minutes and 12 seconds, taking the overall title by nine seconds after time bonuses were applied.

"I honestly didn't think I had anything left with two hundred metres to go," the 27-year-old said after crossing the line. "My legs were screaming, but the team had worked so hard all week that I couldn't let them down."

Ocampo Ríos, who had worn the leader's jersey since the second stage, was gracious in defeat. "Noor was stronger today, simple as that," she told reporters. "I'm disappointed, of course, but second in a race like this is nothing to be ashamed of."

Polder Pro Cycling's sporting director, Joris van der Linde, praised his riders' tactics on the final climb of the Côte de Bellevaux-Haut. He said the plan had been "to make the race as hard as possible from the bottom of the climb" so that Ocampo Ríos would be left without teammates for the run-in to the finish.

"We knew Valentina was the strongest climber in the race," van der Linde said. "Our only chance was to keep Noor close and hope she still had the kick at the end. She did."

Third place overall went to Belgian rider Margaux Dufresne-Lambert, who finished 14 seconds down. Dufresne-Lambert, in her first season back after breaking her collarbone last year, called the result "more than I could have dreamed of in March".

The race's organisers, the Ardennes Hills Cycling Association, said in a statement that more than 60,000 spectators had lined the route across the five stages, a record for the event. "The enthusiasm we have seen this week shows that women's cycling in this region has a bright future," the statement said. "We are already working with local authorities to add a sixth stage in 2026."

Among those at the finish line was Veldhuis-Amrani's mother, Fatima Amrani, who had travelled from Rotterdam to watch the final stage.

"She's earned every second of this," Amrani said. "She has been getting up at five in the morning to train since she was fourteen years old."

Veldhuis-Amrani's next race is the national road championship later this month.''',
        [
            ("I honestly didn't think I had", "Noor Veldhuis-Amrani"),
            ("My legs were screaming, but the", "Noor Veldhuis-Amrani"),
            ("Noor was stronger today, simple as", "Valentina Ocampo Ríos"),
            ("I'm disappointed, of course, but second", "Valentina Ocampo Ríos"),
            ("to make the race as hard", "Joris van der Linde"),
            ("We knew Valentina was the strongest", "Joris van der Linde"),
            ("Our only chance was to keep", "Joris van der Linde"),
            ("more than I could have dreamed", "Margaux Dufresne-Lambert"),
            ("The enthusiasm we have seen this", "Ardennes Hills Cycling Association"),
            ("We are already working with local", "Ardennes Hills Cycling Association"),
            ("She's earned every second of this", "Fatima Amrani"),
            ("She has been getting up at", "Fatima Amrani"),
        ],
    ),
    # 3 -- Wikinews obituary (curly quotes); jazz saxophonist; family statement multi-paragraph, unattributed critics' phrase, old interview, label founder, social media post
    (
'''Jazz saxophonist Osei Kwabena Darko-Whitfield dies at 81

Friday, January 17, 2025

Osei Kwabena Darko-Whitfield, the Ghanaian-born tenor saxophonist whose recordings helped carry highlife rhythms into the European jazz mainstream, has died at his home in Lyon, France. He was 81.

His death was announced on Thursday by his daughter, Ama Darko-Whitfield, in a statement released through his longtime record label, Sable Groove Records. The statement said he died peacefully in his sleep following a short illness.

“Our father lived for music and for the people who came to hear it,” she wrote. “He played his last concert only four months ago, and he spoke about it almost every day since.

“We are grateful for the messages of love that have arrived from all over the world. We ask for privacy as we grieve, and we invite everyone who loved his music to play one of his records tonight.”

Born in Kumasi in 1943, Darko-Whitfield moved to Paris at the age of nineteen and spent a decade playing in clubs on the Left Bank before forming his own quartet in 1972. He recorded more than 30 albums, most notably Harmattan Suite in 1974, which critics at the time hailed as “a bridge between two continents”.

He rejected that description for most of his life. In a 2019 interview with the magazine Jazz Horizons, Darko-Whitfield said he had never set out to combine styles. “I just played what I heard growing up,” he said. “The drums from the street, the records from the radio. I never asked anybody for permission to mix them.”

Pianist Lucien Marchetti-Barros, who played in the quartet for more than two decades, said he had lost “a brother, a teacher and the most stubborn man I ever met”.

“He would make us rehearse a single bar for an hour until it breathed the way he wanted,” Marchetti-Barros said. “Then on stage he would throw the whole arrangement away and go somewhere completely new. You had to follow him. That was the joy of it.”

Hélène Corbeau, who founded Sable Groove Records in 1981, said the label would reissue Harmattan Suite on vinyl later this year.

“Osei trusted us with his music when we were a tiny label with two employees and an office above a bakery,” she said. “We owe him everything.”

Tributes also came from younger musicians. The singer Abena Mensah-Laurent, who toured with Darko-Whitfield in 2015, wrote on social media: “Uncle Osei taught me that you never play a note you don't mean. Rest well, old lion.”

Darko-Whitfield is survived by his two children and three grandchildren. His wife, the painter Colette Whitfield, died in 2016.''',
        [
            ("Our father lived for music and", "Ama Darko-Whitfield"),
            ("He played his last concert only", "Ama Darko-Whitfield"),
            ("a bridge between two continents", None),
            ("I just played what I heard", "Osei Kwabena Darko-Whitfield"),
            ("The drums from the street, the", "Osei Kwabena Darko-Whitfield"),
            ("a brother, a teacher and the", "Lucien Marchetti-Barros"),
            ("He would make us rehearse a", "Lucien Marchetti-Barros"),
            ("Then on stage he would throw", "Lucien Marchetti-Barros"),
            ("Osei trusted us with his music", "Hélène Corbeau"),
            ("We owe him everything.", "Hélène Corbeau"),
            ("Uncle Osei taught me that you", "Abena Mensah-Laurent"),
        ],
    ),
    # 4 -- Wikinews space; lunar orbiter; agency statement, Malay and Vietnamese names, told Wikinews, social media post, outside expert partial, split quote around cue
    (
'''Kencana-1 probe enters lunar orbit

Tuesday, September 23, 2025

The Kencana-1 lunar orbiter successfully entered orbit around the Moon early on Tuesday, the Southeast Asian Space Consortium (SASC) has confirmed, making it the first spacecraft built by the multinational agency to reach another world.

The probe fired its main engine for 27 minutes beginning at 03:14 UTC, slowing down enough to be captured by lunar gravity. Telemetry received at the consortium's ground station in Kuching showed the spacecraft in an elliptical orbit with a low point of about 210 kilometres above the surface.

The SASC said in a statement: "Kencana-1 is now a satellite of the Moon. All systems are performing nominally, and the spacecraft will spend the next three weeks gradually lowering its orbit before science operations begin."

Mission director Dr. Siti Rahmah binti Abdullah described the atmosphere in the control room as "electric, nervous and joyful all at once". "When the Doppler signal shifted exactly as predicted, people were hugging, crying, shouting," she said. "Eleven years of work came down to those 27 minutes."

The spacecraft carries four instruments, including a ground-penetrating radar designed to search for ice buried beneath the lunar south polar region.

"Our radar will be able to see up to 40 metres beneath the surface near the south pole," said Professor Nguyễn Thị Lan Phương, the principal investigator for the instrument and a planetary geologist at the Mekong Institute of Space Science. "If there are layers of buried ice there, we should find them."

The consortium's director-general, Arnel P. Villaluz-Santos, said the mission had cost about US$180 million, a fraction of the price of comparable missions flown by larger space agencies.

"People told us this was too ambitious for a young agency," Villaluz-Santos told Wikinews. "Today we have proved that a group of medium-sized countries, pooling their talent, can do world-class exploration."

Dr. Elif Karadağ, a lunar scientist at the Anatolian Planetary Research Centre who is not involved in the mission, said data from the radar "could change our estimates of how much water is locked up at the poles", which she said would matter to any future crewed base.

Shortly after the burn was confirmed, the consortium posted on social media: "Hello, Moon. We've arrived, and we're staying a while."

The first science images are expected in mid-October. "We'll be sharing everything publicly," Siti said, "as soon as the calibration is done."''',
        [
            ("Kencana-1 is now a satellite of", "Southeast Asian Space Consortium"),
            ("electric, nervous and joyful all at", "Siti Rahmah binti Abdullah"),
            ("When the Doppler signal shifted exactly", "Siti Rahmah binti Abdullah"),
            ("Eleven years of work came down", "Siti Rahmah binti Abdullah"),
            ("Our radar will be able to", "Nguyễn Thị Lan Phương"),
            ("If there are layers of buried", "Nguyễn Thị Lan Phương"),
            ("People told us this was too", "Arnel P. Villaluz-Santos"),
            ("Today we have proved that a", "Arnel P. Villaluz-Santos"),
            ("could change our estimates of how", "Elif Karadağ"),
            ("Hello, Moon. We've arrived, and", "Southeast Asian Space Consortium"),
            ("We'll be sharing everything publicly", "Siti Rahmah binti Abdullah"),
            ("as soon as the calibration is", "Siti Rahmah binti Abdullah"),
        ],
    ),
    # 5 -- Wikinews health; malaria drug trial; long title intro, press release multi-paragraph after "wrote:", skeptic with "he said", patient's mother, partial from alliance
    (
'''Single-dose malaria treatment cures 94 percent of patients in large trial

Thursday, April 10, 2025

A single-dose antimalarial treatment cured 94 percent of patients with uncomplicated malaria in a large Phase III trial across four African countries, according to results published on Wednesday in the Journal of Tropical Clinical Research.

The treatment, known as KAF-219, was tested in 3,412 adults and children in Mali, Burkina Faso, Uganda and Malawi. Current standard treatments require three days of tablets, and researchers have long warned that patients who stop early contribute to the spread of drug resistance.

"Adherence is one of the biggest hidden problems in malaria treatment," said Dr. Aminata Kéita-Diarra, a clinical pharmacologist at the Bamako Centre for Tropical Disease Research and the trial's principal investigator. "A child feels better on day two, the family stops the tablets, and the parasites that survive are the toughest ones. With a single dose given in the clinic, that problem simply disappears."

The treatment was developed by the non-profit Tropical Medicines Partnership together with the Swiss pharmaceutical company Halvorsen-Brunner AG. In a press release, the partnership wrote:

"These results represent the culmination of twelve years of research involving hundreds of scientists and thousands of volunteers across Africa.

"We are now preparing submissions to regulators, and we will work with governments and manufacturers to ensure the treatment is affordable for the people who need it most."

Mild nausea was reported by about six percent of participants. According to the paper, none of the serious adverse events recorded during the trial were judged to be related to the drug.

Not everyone is convinced the treatment will remain effective for long. Professor Jonathan Oyelaran-Whitby, an epidemiologist at the London Institute of Global Health who was not part of the study, warned that treatments relying on a single compound had historically been vulnerable to resistance.

"This is a genuinely impressive trial, and the cure rates are excellent," he said. "But we have seen this story before. Any drug used alone on a massive scale puts enormous evolutionary pressure on the parasite."

Kéita-Diarra acknowledged the concern, but pointed out that KAF-219 in fact combines two active compounds in one tablet. "It is a single dose, not a single drug," she said. "That distinction matters a great deal when we talk about resistance."

Among the trial's participants was the four-year-old son of Grace Nakato, a market trader in Mbale, Uganda.

"He took the medicine and by the next evening he was asking for food," Nakato said. "I didn't have to remember anything or go back to the pharmacy."

The African Malaria Control Alliance said in a brief statement that it "welcomes the findings and looks forward to reviewing the full data" before making any recommendation to member governments.''',
        [
            ("Adherence is one of the biggest", "Aminata Kéita-Diarra"),
            ("A child feels better on day", "Aminata Kéita-Diarra"),
            ("These results represent the culmination of", "Tropical Medicines Partnership"),
            ("This is a genuinely impressive trial", "Jonathan Oyelaran-Whitby"),
            ("But we have seen this story", "Jonathan Oyelaran-Whitby"),
            ("It is a single dose, not", "Aminata Kéita-Diarra"),
            ("That distinction matters a great deal", "Aminata Kéita-Diarra"),
            ("He took the medicine and by", "Grace Nakato"),
            ("I didn't have to remember anything", "Grace Nakato"),
            ("welcomes the findings and looks forward", "African Malaria Control Alliance"),
        ],
    ),
    # 6 -- Wikinews culture (curly quotes); museum repatriation; director, chief via interpreter "he said", minister "the minister said", curator, unattributed banner, museum statement
    (
'''Danish museum returns carved figures to Vanuatu village

Saturday, November 15, 2025

The Nordhavn Museum of World Cultures in Denmark has returned eleven carved wooden figures to the village of Lolowai-Tamu in Vanuatu, more than 130 years after they were taken by a Danish trading expedition.

The figures, which range from 40 centimetres to nearly two metres tall, were handed over on Friday at a ceremony in the village attended by museum staff, government officials and several hundred residents.

“These objects were never ours to keep,” museum director Karen Søndergaard-Holm said at the ceremony. “They were taken at a time when the people of this village had no power to say no. Returning them is not generosity. It is simply correcting a wrong.”

The village chief, Joel Vatu Naliupis, wept as the first of the figures was lifted from its crate.

“My grandfather told me stories about these carvings,” he said through an interpreter. “He never saw them. His grandfather was the last of us who did. Today our children can see them with their own eyes.”

Vanuatu's Minister for Culture and Heritage, Evelyne Bakokoto, said the return was part of a wider government effort to recover cultural objects held overseas. She called Friday's ceremony “the beginning of a long conversation, not the end of one”.

“There are Vanuatu objects in museums in at least fourteen countries,” the minister said. “We are talking to many of them. Some are listening. Some are not yet listening.”

The museum's curator of Pacific collections, Dr. Rasmus Ibsen-Kaur, said research into the origins of the figures had taken four years and had relied heavily on oral histories recorded with village elders.

“The archival record on the Danish side was thin and, frankly, self-serving,” Ibsen-Kaur said. “It was the elders in Lolowai-Tamu who could tell us which family each figure belonged to and which ceremonies it was used in.”

A hand-painted banner hung across the front of the village meeting house read “Welcome home, our grandfathers”.

The figures will be kept in a new climate-controlled building in the village, paid for jointly by the museum and the Vanuatu government. In a statement released after the ceremony, the museum said it was reviewing the rest of its Pacific collection. “We expect to contact at least six further communities in the coming year,” the statement said.''',
        [
            ("These objects were never ours to", "Karen Søndergaard-Holm"),
            ("They were taken at a time", "Karen Søndergaard-Holm"),
            ("My grandfather told me stories about", "Joel Vatu Naliupis"),
            ("He never saw them. His grandfather", "Joel Vatu Naliupis"),
            ("the beginning of a long conversation", "Evelyne Bakokoto"),
            ("There are Vanuatu objects in museums", "Evelyne Bakokoto"),
            ("We are talking to many of", "Evelyne Bakokoto"),
            ("The archival record on the Danish", "Rasmus Ibsen-Kaur"),
            ("It was the elders in Lolowai-Tamu", "Rasmus Ibsen-Kaur"),
            ("Welcome home, our grandfathers", None),
            ("We expect to contact at least", "Nordhavn Museum of World Cultures"),
        ],
    ),
    # 7 -- Wikinews technology; data breach at fitness app; company blog "the company wrote", researcher, CTO "she said" with nested single quote, regulator spokesman told broadcaster, user
    (
'''Fitness app confirms breach exposing data of 2.3 million users

Monday, February 3, 2025

PulseTrack, a fitness tracking app popular in Europe and South America, has confirmed that an attacker gained access to a database containing the names, email addresses and workout location histories of about 2.3 million users.

The company, based in Tallinn, Estonia, disclosed the breach on Sunday in a post on its official blog, nearly three weeks after it says it first detected suspicious activity on its servers.

"We deeply regret that this happened and we apologise to every one of our users," the company wrote. "Passwords were stored in hashed form and we have no evidence that payment information was accessed. However, we know that location data is sensitive, and we are treating this incident with the utmost seriousness."

Security researcher Tomasz Wróblewski-Adeyemi, who says he first noticed the PulseTrack data being offered for sale on a criminal forum on January 19, criticised the delay.

"Three weeks is a very long time when the data includes the routes people run every morning from their front doors," Wróblewski-Adeyemi said. "That is effectively a map of where millions of people live and when they are away from home."

PulseTrack's chief technology officer, Kadri Tamm-Lõhmus, said in an interview with Wikinews that the company had needed time to understand the scope of the attack before notifying users. She said an outside firm, Baltic Cyber Assurance, had been brought in to investigate.

"If we had announced on day one, we would have had to tell people 'something happened, we don't know what'," Tamm-Lõhmus said. "We chose to be accurate rather than fast. Looking back, perhaps we should have tried to be both."

The Estonian Data Privacy Board confirmed on Monday that it had opened an investigation. Priit Saar, a spokesman for the board, told the local broadcaster Tallinna Raadio: "Companies are required to report a breach to us within 72 hours of becoming aware of it. We will be looking very carefully at the timeline in this case."

Many users said on social media that they had deleted their accounts. Among them was Lucía Beltrán Echeverría, a 41-year-old teacher in Montevideo who used the app to log her cycling commute.

"I shared my rides because I thought only my friends could see them," she said. "Now I don't know who has them, and I can't take them back."

PulseTrack said it would email all affected users by the end of the week and was offering a year of free identity-monitoring services.''',
        [
            ("We deeply regret that this happened", "PulseTrack"),
            ("Passwords were stored in hashed form", "PulseTrack"),
            ("Three weeks is a very long", "Tomasz Wróblewski-Adeyemi"),
            ("That is effectively a map of", "Tomasz Wróblewski-Adeyemi"),
            ("If we had announced on day", "Kadri Tamm-Lõhmus"),
            ("We chose to be accurate rather", "Kadri Tamm-Lõhmus"),
            ("Companies are required to report a", "Priit Saar"),
            ("I shared my rides because I", "Lucía Beltrán Echeverría"),
            ("Now I don't know who has", "Lucía Beltrán Echeverría"),
        ],
    ),
    # 8 -- Wikinews environment; Andean glacier study; lead author with affiliation, co-author named after opening quote, water company partial, herder, "he added" after intervening speaker
    (
'''Study finds tropical Andean glaciers have lost a quarter of their area since 2000

Friday, July 18, 2025

Glaciers in the tropical Andes have shrunk by about 26 percent in area since 2000, according to a study published on Thursday in the journal Cryosphere Dynamics, with the fastest losses recorded in southern Peru and western Bolivia.

The research team, led by glaciologists at the Universidad Andina de Ciencias de la Tierra in Cusco, analysed more than 4,000 satellite images taken between 2000 and 2024 and combined them with field measurements from 37 glaciers.

"The numbers are worse than we had projected even five years ago," said Dr. Rosa Quispe Mamani, the study's lead author and a glaciologist at the university. "Some of the smaller glaciers we measured in 2000 simply do not exist any more."

"In the dry season, meltwater from these glaciers can make up a third of the water reaching some cities," said co-author Dr. Matthias Oberhuber-Sánchez, of the Alpine Climate Institute in Innsbruck, Austria. "When the glaciers are gone, that buffer is gone."

Among the cities most exposed are La Paz and El Alto in Bolivia. The Altiplano Water and Sanitation Company, which supplies El Alto, said in a statement that it was "aware of the long-term risk" and had begun planning two additional reservoirs.

Hilario Condori, a 58-year-old alpaca herder whose family has grazed animals below the Pachacirca glacier for generations, said he had watched the ice retreat during his own lifetime.

"When I was a boy, the ice came down to the big rock by the stream," Condori said. "Now you must walk two hours to touch it. My grandson will have to walk further, or maybe there will be nothing left to walk to."

Oberhuber-Sánchez, who has spent two decades studying glaciers in the European Alps, said the findings should be treated as a warning for other mountain regions. "The Alps are following the same path, only a few decades behind," he added.

The study estimates that, under current warming trends, most glaciers below 5,400 metres in the region could disappear by the middle of the century.

Quispe Mamani stressed that the study describes losses that have already occurred rather than future scenarios. "This is not a prediction for 2100," she said. "This is what has already happened. The question now is how fast communities can adapt."''',
        [
            ("The numbers are worse than we", "Rosa Quispe Mamani"),
            ("Some of the smaller glaciers we", "Rosa Quispe Mamani"),
            ("In the dry season, meltwater from", "Matthias Oberhuber-Sánchez"),
            ("When the glaciers are gone, that", "Matthias Oberhuber-Sánchez"),
            ("aware of the long-term risk", "Altiplano Water and Sanitation Company"),
            ("When I was a boy, the", "Hilario Condori"),
            ("Now you must walk two hours", "Hilario Condori"),
            ("The Alps are following the same", "Matthias Oberhuber-Sánchez"),
            ("This is not a prediction for", "Rosa Quispe Mamani"),
            ("This is what has already happened", "Rosa Quispe Mamani"),
        ],
    ),
    # 9 -- Wikinews sports result (curly quotes); football cup semi-final; managers, "the teenager said", chant with no speaker, captain, referees' body partial
    (
'''Kestrel Bay United reach cup final after late penalty

Wednesday, April 23, 2025

Kestrel Bay United will play in the National Cup final for the first time in 31 years after beating Harbourside Rovers 2–1 in Tuesday's semi-final, with substitute Kwame Asante-Boateng scoring from the penalty spot in the 94th minute.

Rovers took the lead through a header from their captain, Dario Mancuso-Li, in the 38th minute, before United's Ivorian midfielder Yao Kouassi Bamba equalised shortly after half-time with a low shot from the edge of the area.

“I told the lads at half-time that we hadn't come this far to go home quietly,” United manager Siobhán Ní Bhriain said. “They showed character tonight. I couldn't be prouder of them.”

The decisive penalty was awarded after a video review of a challenge on Asante-Boateng by Rovers defender Tom Eriksen. Rovers manager Callum Fairweather was furious with the decision.

“I've watched it six times and I still don't see a foul,” Fairweather said. “Our defender gets the ball first. If that's a penalty, then football has become a non-contact sport.”

Asante-Boateng, 19, had only come on in the 81st minute. “My hands were shaking when I put the ball down,” the teenager said. “But I've practised that kick a thousand times in training. I just picked my corner and hit it.”

As the final whistle blew, the away end broke into chants of “We're going to the final” that carried on long after the players had left the pitch.

Mancuso-Li was more measured than his manager when asked about the penalty. “It's done. We can't change it,” he said. “We'll look at what we did wrong before that moment, because we had plenty of chances to finish the game.”

On Wednesday, the National Football Referees' Association said in a statement that the referee's decision had been “correct and in line with the laws of the game” and that the video review had followed the proper procedure.

United will face either Greystone Athletic or Port Alder in the final at Capital Stadium on May 17.''',
        [
            ("I told the lads at half-time", "Siobhán Ní Bhriain"),
            ("They showed character tonight.", "Siobhán Ní Bhriain"),
            ("I've watched it six times and", "Callum Fairweather"),
            ("Our defender gets the ball first", "Callum Fairweather"),
            ("My hands were shaking when I", "Kwame Asante-Boateng"),
            ("But I've practised that kick a", "Kwame Asante-Boateng"),
            ("We're going to the final", None),
            ("It's done. We can't change it", "Dario Mancuso-Li"),
            ("We'll look at what we did", "Dario Mancuso-Li"),
            ("correct and in line with the", "National Football Referees' Association"),
        ],
    ),
    # 10 -- Wikinews culture; band reunion tour; Instagram post multi-paragraph after colon, band members, split quotes, "said drummer X", former manager
    (
'''Welsh indie band The Lantern Orchard announce reunion tour

Tuesday, May 6, 2025

The Welsh indie rock band The Lantern Orchard have announced their first tour in twelve years, with 18 dates across the United Kingdom and Europe beginning in October.

The band — singer Ffion Llewellyn-Price, guitarist Rhodri ap Iorwerth and drummer Gethin Morgan-Achebe — released three albums between 2006 and 2012, including Slate and Salt, which reached number four in the UK album chart. They split in 2013 after a series of cancelled concerts.

The announcement was made in a post on the band's Instagram account on Monday evening:

"We never really stopped being friends. We just stopped being a band for a while, and it turns out we missed it more than we thought.

"The old guitar has been dusted off, the lyrics have been relearned, and the drummer has promised to stop practising on the kitchen table. See you in October."

Llewellyn-Price told Wikinews that the idea had come from a chance meeting at a friend's wedding last summer. "Rhodri and I ended up on the same table, and by the end of the night we were singing our old songs with the wedding band," she said. "Everybody else had gone home. It was about two in the morning."

Ap Iorwerth said the band had written "six or seven new songs" and hoped to record an album after the tour. "We didn't want to just go out and play the hits," he said. "If we're going to do this, it has to feel alive."

"I'm just glad they let me back in," said Morgan-Achebe, who has since become a secondary school music teacher in Swansea. "My students think this is the funniest thing that has ever happened."

The band's former manager, Priya Raghunathan-Jones, who now runs the independent label Dyfi Records, said tickets for the opening show in Cardiff had sold out within 40 minutes. "There's a whole generation who were teenagers when Slate and Salt came out, and now they're bringing their own teenagers," she said.

Asked why the band had split, Llewellyn-Price was candid. "We were exhausted and we were young, and we didn't know how to say that to each other," she said. "We're better at talking now. Mostly."

The tour opens in Cardiff on October 3 and ends in Amsterdam on November 8.''',
        [
            ("We never really stopped being friends", "The Lantern Orchard"),
            ("Rhodri and I ended up on", "Ffion Llewellyn-Price"),
            ("Everybody else had gone home. It", "Ffion Llewellyn-Price"),
            ("six or seven new songs", "Rhodri ap Iorwerth"),
            ("We didn't want to just go", "Rhodri ap Iorwerth"),
            ("If we're going to do this", "Rhodri ap Iorwerth"),
            ("I'm just glad they let me", "Gethin Morgan-Achebe"),
            ("My students think this is the", "Gethin Morgan-Achebe"),
            ("There's a whole generation who were", "Priya Raghunathan-Jones"),
            ("We were exhausted and we were", "Ffion Llewellyn-Price"),
            ("We're better at talking now. Mostly.", "Ffion Llewellyn-Price"),
        ],
    ),
    # 11 -- Wikinews health; measles outbreak; health office statement, officer, paediatrician "she said", hospital sign (no speaker), parent, spokeswoman for alliance never named
    (
'''Measles outbreak on Isla Verde sickens more than 140, mostly unvaccinated children

Saturday, August 2, 2025

Health authorities on the island province of Isla Verde have confirmed 143 cases of measles since early June, including two deaths, and have opened emergency vaccination clinics in eleven towns.

The Isla Verde Provincial Health Office said in a statement on Friday that 87 percent of those infected had not received any dose of measles vaccine. "This outbreak was preventable," the statement said. "We urge every parent on the island to check their children's vaccination records and to visit the nearest clinic without delay."

Dr. Ramon Dela Cruz-Villareal, the provincial health officer, told a press conference in the provincial capital, San Teodoro, that vaccination rates on the island had fallen sharply since 2020.

"During the pandemic, routine immunisation was disrupted, and many families never caught up," Dela Cruz-Villareal said. "At the same time we have seen a lot of misinformation spreading on social media about vaccine safety. Those two things together created the conditions for this."

At San Teodoro District Hospital, paediatrician Dr. Imelda Sarmiento-Lao said her ward had been treating up to 15 children at a time. She described measles as "far more dangerous than people remember".

"Parents sometimes think it is just a rash and a fever," she said. "But we are seeing pneumonia, dehydration and, in two cases, encephalitis. These children are very sick."

A handwritten sign taped to the hospital's main entrance read "Measles patients: please use the side door".

Jocelyn Abad, whose six-year-old daughter spent five days in the hospital, said she had delayed vaccinating her children because of stories she had read online. "I was scared of the vaccine," Abad said. "Now I am more scared of what I saw in that ward. My younger son got his shot yesterday."

Dela Cruz-Villareal said vaccination teams would begin door-to-door visits next week, starting with the most remote communities. "We will go to every barangay, every fishing village, every house if we have to," he said.

The Pacific Immunisation Alliance has agreed to send 40,000 additional doses to the province. A spokeswoman for the alliance said the shipment "should arrive by the middle of next week".''',
        [
            ("This outbreak was preventable", "Isla Verde Provincial Health Office"),
            ("We urge every parent on the", "Isla Verde Provincial Health Office"),
            ("During the pandemic, routine immunisation was", "Ramon Dela Cruz-Villareal"),
            ("At the same time we have", "Ramon Dela Cruz-Villareal"),
            ("far more dangerous than people remember", "Imelda Sarmiento-Lao"),
            ("Parents sometimes think it is just", "Imelda Sarmiento-Lao"),
            ("But we are seeing pneumonia, dehydration", "Imelda Sarmiento-Lao"),
            ("Measles patients: please use the side", None),
            ("I was scared of the vaccine", "Jocelyn Abad"),
            ("Now I am more scared of", "Jocelyn Abad"),
            ("We will go to every barangay", "Ramon Dela Cruz-Villareal"),
            ("should arrive by the middle of", "Pacific Immunisation Alliance"),
        ],
    ),
    # 12 -- Wikinews science (curly quotes); new sauropod species; multi-part surnames, rancher, co-author, reviewer partial + split, museum press release, quote whose speaker is named in the next sentence
    (
'''New long-necked dinosaur species named from fossils found on Patagonian ranch

Monday, October 6, 2025

Palaeontologists have named a new species of sauropod dinosaur from fossils found on a sheep ranch in the Argentine province of Chubut, according to a study published on Friday in the Journal of South American Palaeontology.

The animal, named Lonkomeuquen hualaensis, lived about 92 million years ago and is estimated to have measured around 20 metres from head to tail.

“This animal fills a gap in the family tree that we have been puzzling over for a long time,” said Dr. Florencia Etcheverry van Houten, a palaeontologist at the Museo Paleontológico del Valle Inferior in Trelew and lead author of the study.

The first bone was spotted in 2019 by ranch owner Ernesto Huala, who noticed what looked like a piece of wood sticking out of an eroded hillside while searching for a lost ewe.

“I thought it was a tree trunk at first,” Huala said. “Then I saw the shape of the joint and I knew it was a bone. I called the museum that same afternoon.”

Etcheverry van Houten said the excavation took three field seasons. The team recovered parts of the neck, back and hips and both hind legs, making it one of the most complete sauropods known from that period in South America.

Professor Kenji Watanabe-Ortiz, of the Kansai Institute of Evolutionary Biology, led the analysis of thin slices cut from the animal's thigh bone.

“The growth rings tell us it was a young adult, perhaps 25 or 30 years old,” Watanabe-Ortiz said. “It had not reached its full size. An older individual might have been several metres longer.”

Dr. Claire Beaumont-Ashby, a sauropod specialist at the Natural History Institute of Bristol who reviewed the paper for the journal, called it “a very solid piece of work”, but noted that the classification of sauropods remains contentious. “Every new species shakes the tree a little,” she said. “I expect some colleagues will want to argue about where exactly it sits. That's healthy.”

The fossils will go on public display in Trelew in December. “We want the people of Chubut to be the first to see this animal,” the museum said in a press release.

“It's the best thing that has happened to this valley in a long time.” That was the verdict of Marisol Huala, Ernesto's daughter, who now volunteers at the museum and says the discovery has brought visitors to the area for the first time.''',
        [
            ("This animal fills a gap in", "Florencia Etcheverry van Houten"),
            ("I thought it was a tree", "Ernesto Huala"),
            ("Then I saw the shape of", "Ernesto Huala"),
            ("The growth rings tell us it", "Kenji Watanabe-Ortiz"),
            ("It had not reached its full", "Kenji Watanabe-Ortiz"),
            ("a very solid piece of work", "Claire Beaumont-Ashby"),
            ("Every new species shakes the tree", "Claire Beaumont-Ashby"),
            ("I expect some colleagues will want", "Claire Beaumont-Ashby"),
            ("We want the people of Chubut", "Museo Paleontológico del Valle Inferior"),
            ("It's the best thing that has", "Marisol Huala"),
        ],
    ),
    # 13 -- Wikinews obituary; radio astronomer; institute statement multi-paragraph, former student partial then quote, colleague with nested single-quoted remark, daughter told Wikinews, society social media partial
    (
'''Radio astronomer Ingrid Mwangi-Sørensen dies at 76

Thursday, March 20, 2025

Ingrid Mwangi-Sørensen, a radio astronomer whose work on rapidly spinning neutron stars helped make East Africa a centre for pulsar research, died on Tuesday in Nairobi after a long illness. She was 76.

Her death was confirmed by the Rift Valley Institute of Astronomy, where she worked for nearly four decades and served as director from 2001 to 2012.

"Professor Mwangi-Sørensen built this institute almost from nothing," the institute said in a statement. "When she arrived in 1979 we had one small dish and a borrowed computer. When she retired we were operating one of the most productive radio observatories in the southern hemisphere.

"She trained more than 60 doctoral students from 19 countries. Many of them now lead research groups of their own. That is her true legacy."

Born in Mombasa in 1948 to a Kenyan father and a Danish mother, Mwangi-Sørensen studied physics in Copenhagen before returning to Kenya. In 1987 she was part of the team that identified the first millisecond pulsar found with an African telescope.

Dr. Oluwaseun Adebayo-Kruger, one of her former doctoral students and now a professor of astrophysics at the Coastal University of Science and Technology, said she was "the most demanding and the most generous supervisor" he had ever known.

"She would return a draft covered in red ink, and then invite you to her house for dinner the same evening," Adebayo-Kruger said. "She never let you confuse criticism of your work with criticism of you."

"Ingrid had an intuition for the data that I have never seen in anyone else," said Dr. Pieter de Klerk-Mokoena, who co-authored the 1987 discovery paper. "She would look at a plot for ten seconds and say 'that's not noise, that's a pulsar'. She was usually right."

Her daughter, Astrid Wanjiru Mwangi, said her mother had remained curious about her former students until the end. "Mum loved the sky, but she loved people more," she told Wikinews. "In the last weeks she kept asking about her students, whether their papers had been accepted, whether their children were well."

The Pan-African Astronomical Society said on social media that the field had lost "a giant and a guide".

Mwangi-Sørensen is survived by her daughter and two grandchildren. A memorial lecture is planned at the institute in May.''',
        [
            ("Professor Mwangi-Sørensen built this institute almost", "Rift Valley Institute of Astronomy"),
            ("When she arrived in 1979 we", "Rift Valley Institute of Astronomy"),
            ("the most demanding and the most", "Oluwaseun Adebayo-Kruger"),
            ("She would return a draft covered", "Oluwaseun Adebayo-Kruger"),
            ("She never let you confuse criticism", "Oluwaseun Adebayo-Kruger"),
            ("Ingrid had an intuition for the", "Pieter de Klerk-Mokoena"),
            ("She would look at a plot", "Pieter de Klerk-Mokoena"),
            ("Mum loved the sky, but she", "Astrid Wanjiru Mwangi"),
            ("In the last weeks she kept", "Astrid Wanjiru Mwangi"),
            ("a giant and a guide", "Pan-African Astronomical Society"),
        ],
    ),
    # 14 -- Wikinews sports result; city marathon; Ethiopian naming (first name as short form), coach, crowd chant with no speaker, "the 24-year-old said", partial, race director with apostrophe surname
    (
'''Course record falls at Lakeshore City Marathon

Sunday, October 19, 2025

Ethiopia's Tigist Alemayehu Worku won the women's race at the Lakeshore City Marathon on Sunday in two hours, 17 minutes and 48 seconds, breaking the course record by more than a minute.

In the men's race, Kenya's Daniel Kiprono Chebet won in 2:05:31 in his first marathon, pulling away from a group of four runners in the final seven kilometres.

"The wind on the lake section was very strong, but I felt good from the start," Tigist told reporters through a translator. "At 30 kilometres my coach shouted that I was on record pace, and after that I did not look at my watch again."

Her coach, Getachew Wolde-Giorgis, said the record attempt had been planned for months. "We chose this race because the course is flat and fast," Wolde-Giorgis said. "She has been training at altitude in Sululta since June. Today she showed what that work was worth."

As Tigist entered the final straight, spectators packed along the lakefront began chanting "Ti-gist, Ti-gist", and she raised both arms several metres before crossing the line.

Chebet, 24, had been expected to act as a pacemaker for the first half of the race but chose to continue. "I came here to learn, not to win," the 24-year-old said. "My plan was to stay with the leaders and see what happened. When the others slowed at 35 kilometres, I thought, why not?"

Second place in the men's race went to Japan's Ryota Nakamura-Ellis, who said he was "frustrated but not disappointed" with his time of 2:05:58, a personal best.

Race director Margaret O'Connell-Tshabalala said more than 32,000 runners had started the race, the largest field in its 40-year history.

"Every year we say it can't get any bigger, and every year it does," she said. "We're going to have to think seriously about capacity for next year."

Temperatures stayed below 14 degrees Celsius throughout the morning, and organisers reported only minor medical incidents.''',
        [
            ("The wind on the lake section", "Tigist Alemayehu Worku"),
            ("At 30 kilometres my coach shouted", "Tigist Alemayehu Worku"),
            ("We chose this race because the", "Getachew Wolde-Giorgis"),
            ("She has been training at altitude", "Getachew Wolde-Giorgis"),
            ("Ti-gist, Ti-gist", None),
            ("I came here to learn, not", "Daniel Kiprono Chebet"),
            ("My plan was to stay with", "Daniel Kiprono Chebet"),
            ("frustrated but not disappointed", "Ryota Nakamura-Ellis"),
            ("Every year we say it can't", "Margaret O'Connell-Tshabalala"),
            ("We're going to have to think", "Margaret O'Connell-Tshabalala"),
        ],
    ),
    # 15 -- Wikinews space (curly quotes); exoplanet water vapour; "according to", lead author split, co-author "he said", quote opening paragraph with speaker named in next sentence, consortium statement
    (
'''Astronomers detect possible water vapour on temperate super-Earth

Wednesday, December 3, 2025

Astronomers using the Atacama Infrared Survey Telescope, operated by the Southern Observatories Consortium, have detected signs of water vapour in the atmosphere of a planet about 1.6 times the size of Earth orbiting within the habitable zone of a nearby red dwarf star, according to a paper published on Tuesday in the journal Astronomical Frontiers.

The planet, designated LHS 4471 b, lies about 48 light-years from Earth. According to the research team, the water signal was detected at a confidence level of about 4.2 sigma, just short of the five-sigma threshold that physicists traditionally require to claim a discovery.

“This is the strongest evidence so far for water in the atmosphere of a rocky planet in the habitable zone,” said Dr. Priyanka Venkataraman-Hughes, an astronomer at the Institute for Exoplanetary Science in Edinburgh and lead author of the paper. “But I want to be careful. We are not saying this planet is habitable, and we are certainly not saying there is life there.”

Co-author Dr. Mateus Albuquerque Nogueira, of the Federal Observatory of Minas Gerais, explained that the planet passes in front of its star once every 19 days as seen from Earth.

“Each time it transits, a tiny fraction of the starlight filters through the atmosphere,” he said. “Water absorbs light at very particular wavelengths, and that leaves a fingerprint we can look for.”

“Intriguing but premature.” That was how Dr. Yitzhak Rosenfeld-Amar, who studies red dwarf stars at the Negev Astrophysics Centre, described the result. He said dark spots on the host star could mimic part of the signal.

“Red dwarfs are messy, active stars,” Rosenfeld-Amar said. “Cool spots on their surface can contain water vapour themselves. Separating the star's signal from the planet's is extremely difficult.”

Venkataraman-Hughes said the team had modelled starspot contamination in detail and found it could not fully explain the observed feature, but she agreed that more data was needed.

The consortium said in a statement on Tuesday that further observations had already been scheduled. “Four additional transits have been allocated to this target in the coming observing season,” the statement said.

“If the signal holds up with more data, this planet becomes one of the most important targets in the sky,” Venkataraman-Hughes said.''',
        [
            ("This is the strongest evidence so", "Priyanka Venkataraman-Hughes"),
            ("But I want to be careful", "Priyanka Venkataraman-Hughes"),
            ("Each time it transits, a tiny", "Mateus Albuquerque Nogueira"),
            ("Water absorbs light at very particular", "Mateus Albuquerque Nogueira"),
            ("Intriguing but premature.", "Yitzhak Rosenfeld-Amar"),
            ("Red dwarfs are messy, active stars", "Yitzhak Rosenfeld-Amar"),
            ("Cool spots on their surface can", "Yitzhak Rosenfeld-Amar"),
            ("Four additional transits have been allocated", "Southern Observatories Consortium"),
            ("If the signal holds up with", "Priyanka Venkataraman-Hughes"),
        ],
    ),
    # 16 -- Wikinews environment; pilot whale stranding; coordinator, authority partial, elder "he said", police statement, "the 22-year-old said", pronoun after intervening speakers
    (
'''Volunteers refloat 23 pilot whales after mass stranding in New Zealand

Sunday, January 26, 2025

Hundreds of volunteers worked through the night to refloat 23 long-finned pilot whales that stranded on a beach at Matarau Bay on New Zealand's North Island on Saturday, conservation officials said. Eleven other whales died or had to be euthanised.

The pod of 34 whales was spotted by a surfer shortly after 7 am. The marine mammal rescue group Project Tohorā had volunteers on the beach within an hour.

"When we arrived, the tide was going out fast and the whales were spread along nearly a kilometre of sand," said Hemi Te Rangi-Walker, the group's regional coordinator. "Our first job was to keep them cool and wet and keep their blowholes clear."

The Eastern Coast Conservation Authority said in a statement that its staff had assessed each whale and made "the difficult but necessary decision" to euthanise five animals that were too badly injured to survive.

Rawiri Ngata-Pohatu, an elder of the local iwi, led a karakia, or prayer, on the beach before the refloating began. "These whales are our relations," he said. "We grieve for the ones we lost, and we give thanks for the ones returning to the sea."

By mid-afternoon, so many people had arrived to help that the coastal road became blocked. Eastern District Police said in a statement: "The road will remain closed to non-essential traffic until further notice. We appreciate the public's desire to help, but please do not drive to the beach unless you have been asked to by the rescue coordinators."

Sophie Lindqvist-Moana, a marine science student, spent nearly 14 hours in the water supporting a young whale. "I've never been so cold or so tired in my life," the 22-year-old said. "But when the last group swam out past the breakers and didn't turn back, everyone on the beach just cheered."

The refloated whales were guided out of the bay in two groups shortly after high tide on Sunday morning.

Te Rangi-Walker said volunteers would continue to watch the bay for the next two days in case any whales returned. "Pilot whales have very strong social bonds," he said. "If one turns around, the others often follow it, so we are not celebrating just yet."''',
        [
            ("When we arrived, the tide was", "Hemi Te Rangi-Walker"),
            ("Our first job was to keep", "Hemi Te Rangi-Walker"),
            ("the difficult but necessary decision", "Eastern Coast Conservation Authority"),
            ("These whales are our relations", "Rawiri Ngata-Pohatu"),
            ("We grieve for the ones we", "Rawiri Ngata-Pohatu"),
            ("The road will remain closed to", "Eastern District Police"),
            ("I've never been so cold or", "Sophie Lindqvist-Moana"),
            ("But when the last group swam", "Sophie Lindqvist-Moana"),
            ("Pilot whales have very strong social", "Hemi Te Rangi-Walker"),
            ("If one turns around, the others", "Hemi Te Rangi-Walker"),
        ],
    ),
    # 17 -- Wikinews culture; film festival awards; director acceptance split, quote opening paragraph with speaker named in the next sentence, jury president, partial, "he joked", press release
    (
'''Georgian drama wins top prize at Riga Lights film festival

Saturday, September 13, 2025

The Georgian drama The Orchard Keeper's Daughter won the Amber Lantern, the top prize at the Riga Lights International Film Festival, at a ceremony in the Latvian capital on Saturday evening.

Directed by Nino Gelashvili-Abashidze, the film follows a teenage girl who takes over her late father's apple orchard in a mountain village and struggles to keep it from being sold.

Accepting the award, Gelashvili-Abashidze thanked the residents of Zemo Kheti, the village where the film was shot. "Most of the people you see on screen had never acted before," she said. "They gave us their houses, their stories and their patience. This prize belongs to them."

"We didn't expect to even be selected, let alone win."

The words came from the film's 16-year-old lead actress, Mariam Tsiklauri, speaking to journalists backstage moments after the ceremony, still holding the trophy her director had handed her.

The jury president, Swedish actor Lennart Åkesson-Ruiz, said the decision had been unanimous. "It is a film that trusts its audience," Åkesson-Ruiz said at a press conference. "It doesn't explain everything. It lets silence do a lot of the work, and that takes courage."

The award for best director went to Filipino filmmaker Carmelita Bautista-Reyes for Tide Tables, a portrait of a fishing family in the Visayas. Bautista-Reyes dedicated the award to her late father, a fisherman, and said she had "made the film for him, even though he never got to see it".

Lithuanian actor Mantas Žukauskas won best actor for his role as a retired railway worker in Last Train to Šiauliai. "I'm going to call my mother now, and she won't believe me," he joked on stage.

The festival said in a press release that attendance had risen by 18 percent compared with last year. "This year's audience was the youngest in the festival's history, which we find enormously encouraging," the release said.''',
        [
            ("Most of the people you see", "Nino Gelashvili-Abashidze"),
            ("They gave us their houses, their", "Nino Gelashvili-Abashidze"),
            ("We didn't expect to even be", "Mariam Tsiklauri"),
            ("It is a film that trusts", "Lennart Åkesson-Ruiz"),
            ("It doesn't explain everything. It lets", "Lennart Åkesson-Ruiz"),
            ("made the film for him, even", "Carmelita Bautista-Reyes"),
            ("I'm going to call my mother", "Mantas Žukauskas"),
            ("This year's audience was the youngest", "Riga Lights International Film Festival"),
        ],
    ),
    # 18 -- Wikinews technology/health (curly quotes); AI X-ray triage; radiologist with title, company CEO partial, union letter, union officer, patient, split quote around "she said"
    (
'''Hospital evaluation finds AI tool halves wait for urgent chest X-ray results

Tuesday, June 24, 2025

An artificial intelligence system used to sort chest X-rays at Northgate University Hospital in Leeds reduced the average time for urgent findings to reach a doctor from 11 hours to just under five, according to an evaluation published on Monday in the journal Digital Health Evidence.

The system, developed by the British start-up Cleargrid Medical, scans every chest X-ray as soon as it is taken and flags those that appear to show serious abnormalities.

“The AI is not making diagnoses,” said Dr. Oluwakemi Hargreaves-Bello, a consultant radiologist at Northgate and the study's senior author. “What it does is sort the queue. If an X-ray looks like it might show a collapsed lung or a large tumour, it moves to the top of the pile so a human sees it sooner.”

The evaluation covered about 48,000 X-rays taken over twelve months. The system failed to flag an urgent finding in 0.4 percent of cases, all of which were later picked up by radiologists during routine reporting.

Cleargrid Medical's chief executive, Rafael Domínguez-Chen, said in a statement that the results were “exactly the kind of real-world evidence the health service needs” before such tools are adopted more widely.

But the Society of Radiographers and Imaging Staff, which represents many of the hospital's imaging workers, has objected to the way the system was introduced. In a letter to the hospital's board, the union wrote: “We do not oppose new technology. We oppose the introduction of new technology without proper consultation with the staff who will be working alongside it.”

The union's regional officer, Declan Murtagh-Owusu, told Wikinews that members were worried about accountability. “Nobody has explained to my members what happens when the machine and the radiographer disagree,” he said. “Who is responsible then?”

Gwen Ellery-Thomas, 71, whose lung tumour was flagged by the system in March, said she was grateful for the speed. “They rang me the same afternoon,” she said. “Two years ago my husband waited nearly three weeks for his results. I know which I prefer.”

Responding to the union's concerns, Hargreaves-Bello acknowledged that communication could have been better. “I understand the anxiety,” she said, “and I think the union is right that staff should have been involved earlier. That's a lesson for us.”

The hospital said it planned to extend the system to emergency department scans later this year.''',
        [
            ("The AI is not making diagnoses", "Oluwakemi Hargreaves-Bello"),
            ("What it does is sort the", "Oluwakemi Hargreaves-Bello"),
            ("exactly the kind of real-world evidence", "Rafael Domínguez-Chen"),
            ("We do not oppose new technology", "Society of Radiographers and Imaging Staff"),
            ("Nobody has explained to my members", "Declan Murtagh-Owusu"),
            ("Who is responsible then?", "Declan Murtagh-Owusu"),
            ("They rang me the same afternoon", "Gwen Ellery-Thomas"),
            ("Two years ago my husband waited", "Gwen Ellery-Thomas"),
            ("I understand the anxiety", "Oluwakemi Hargreaves-Bello"),
            ("and I think the union is", "Oluwakemi Hargreaves-Bello"),
        ],
    ),
    # 19 -- Wikinews sports result; tennis upset; on-court interview, coach "he said with a laugh", partial then told reporters, tournament director partial, federation social post, "the 20-year-old said"
    (
'''Qualifier knocks top seed out of Coastal Open

Thursday, July 10, 2025

Kazakh qualifier Aigerim Sadykova, ranked 187th in the world, knocked top seed Isabella Moreau-Castillo out of the Coastal Open in Marbella on Thursday, winning 6–4, 3–6, 7–6 (7–5) in a match lasting nearly three hours.

Sadykova, who had never before beaten a player ranked inside the top 50, saved two match points in the deciding tie-break before converting her own first match point with a forehand winner down the line.

"At 5–6 in the tie-break I just told myself, hit the ball, don't think," Sadykova said in her on-court interview. "I don't really remember the last three points. I just remember looking at my coach and he was crying."

Her coach, Viktor Hamzin-Lee, a former Davis Cup player for Kazakhstan, did not deny it. "Yes, I was crying, I admit it," he said with a laugh. "Two years ago she was playing small tournaments in Turkey with no money for a physio. Today she beats the number one seed. What can I say?"

Moreau-Castillo, the world number four, described her own serving as "unacceptable at this level" and made 11 double faults in the match.

"She played fearlessly and I didn't," Moreau-Castillo told reporters. "I had my chances and I didn't take them. That's on me, not on her."

Tournament director Javier Olmedo Santacruz said the match had been "the best of the week so far" and praised the crowd, which rose to its feet several times during the final set.

The National Tennis Union of Kazakhstan posted on social media shortly after the match: "History in Marbella! Proud of you, Aigerim!"

Sadykova will face Czech player Tereza Dvořáková in the quarter-finals on Friday. "I'll enjoy tonight and think about tomorrow tomorrow," the 20-year-old said.''',
        [
            ("At 5–6 in the tie-break", "Aigerim Sadykova"),
            ("I don't really remember the last", "Aigerim Sadykova"),
            ("Yes, I was crying, I admit", "Viktor Hamzin-Lee"),
            ("Two years ago she was playing", "Viktor Hamzin-Lee"),
            ("unacceptable at this level", "Isabella Moreau-Castillo"),
            ("She played fearlessly and I didn't", "Isabella Moreau-Castillo"),
            ("I had my chances and I", "Isabella Moreau-Castillo"),
            ("the best of the week so", "Javier Olmedo Santacruz"),
            ("History in Marbella! Proud of you", "National Tennis Union of Kazakhstan"),
            ("I'll enjoy tonight and think about", "Aigerim Sadykova"),
        ],
    ),
    # 20 -- Wikinews environment (curly quotes); lynx reintroduction; charity chief split, farmers' association partial, chair told Wikinews, placards (no speaker), agency spokesperson never named, Slovak ecologist
    (
'''Six lynx released in northern England in first licensed reintroduction

Friday, March 7, 2025

Six Eurasian lynx were released into Hollin Moor National Park in northern England on Thursday, the first licensed reintroduction of the species in Britain since it died out more than 1,300 years ago, the charity leading the project said.

The animals, three males and three females, were captured in the Slovak Carpathians in January and spent six weeks in a quarantine enclosure before being released. Each has been fitted with a GPS collar.

“Today is a day many of us thought we would never see,” said Dr. Eleanor Fairbrother-Singh, the chief executive of the Northern Rewilding Trust. “The lynx belongs in these woods. It was here long before us, and it has been missing for far too long.”

The trust says the cats will help control roe deer, whose numbers have grown so large in the park that they are preventing young trees from regenerating.

The Hollin Moor Farmers' Association, which represents about 400 sheep farmers in and around the park, said in a statement that its members had been “ignored at every stage of the consultation”.

“Our members are not against wildlife,” the association's chair, Gareth Pennington-Hale, told Wikinews. “But a sheep farmer on a hill farm is already working on a margin of almost nothing. Losing even a handful of lambs to predators could finish some of these businesses.”

About 30 farmers gathered at the gates of the release site on Thursday morning, some holding placards reading “Lynx today, livelihoods gone tomorrow”.

The release was licensed by the Wildlife Licensing Agency. A spokesperson for the agency said the licence included “strict monitoring requirements and a clear protocol for any animal that causes persistent problems”.

Dr. Zuzana Kováčiková, a carnivore ecologist at the Tatra Wildlife Research Station in Slovakia who helped capture the animals, said lynx rarely attack sheep when wild prey is plentiful.

“In our region, livestock losses to lynx are very small compared with losses to disease or bad weather,” she said. “Lynx are ambush hunters of the forest. They prefer deer.”

Fairbrother-Singh said the trust had set aside £250,000 for a compensation fund for farmers. “If a farmer loses an animal to a lynx, they will be paid, quickly and fairly,” she said. “We want to earn the trust of this community, not demand it.”''',
        [
            ("Today is a day many of", "Eleanor Fairbrother-Singh"),
            ("The lynx belongs in these woods", "Eleanor Fairbrother-Singh"),
            ("ignored at every stage of the", "Hollin Moor Farmers' Association"),
            ("Our members are not against wildlife", "Gareth Pennington-Hale"),
            ("But a sheep farmer on a", "Gareth Pennington-Hale"),
            ("Lynx today, livelihoods gone tomorrow", None),
            ("strict monitoring requirements and a clear", "Wildlife Licensing Agency"),
            ("In our region, livestock losses to", "Zuzana Kováčiková"),
            ("Lynx are ambush hunters of the", "Zuzana Kováčiková"),
            ("If a farmer loses an animal", "Eleanor Fairbrother-Singh"),
            ("We want to earn the trust", "Eleanor Fairbrother-Singh"),
        ],
    ),
]
# fmt: on
