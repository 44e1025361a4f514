"""Thirteen more sets of stories, with who says each quote: ten in the style of Wikinews, the gold
set's source, two of news agencies and foreign desks, and one of US and UK political and local
news.

Written for this suite by thirteen separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy: STORIES_F Wikinews news in the past
tense (politics, elections, courts, disasters, health, science, transport, protests), quotes from
statements, spokespeople and other outlets; STORIES_G longer Wikinews stories with four to six
speakers each (sport, courts, business, science, local disasters), pronoun chains across
paragraphs and descriptions ("the coach", "the 28-year-old"); STORIES_H agencies and foreign desks
(AFP, Reuters, AP, Xinhua, Al Jazeera, DW, NHK, France 24): officials quoted through other
outlets, translated quotes, ministries, UN agencies, names from many countries, held out: no rule
is changed for it; STORIES_I Wikinews crime, courts, elections, company results, accidents and
obituaries, with short Wikinews interviews; STORIES_J Wikinews science, health, culture, sport,
technology and obituaries, with long titles and affiliations; STORIES_K international news as
Wikinews rewrites agency copy (wars, summits, sanctions, coups), officials quoted through agencies
and later called by title alone; STORIES_L Wikinews with the hard cases made common: speakers of
the same gender in turn, quotes over several paragraphs, speakers named after the quote, quoted
questions and answers; STORIES_M short Wikinews items of the kinds it publishes most
(obituaries, election results, disasters, verdicts, company news, sport, science, government);
STORIES_N US and UK political and local news (campaigns, councils, school boards, police, courts,
hearings), with titles, middle initials and suffixes; STORIES_O Wikinews stories from Latin
America, Africa, South and Southeast Asia and the Middle East, names in their local forms;
STORIES_P coverage built from press releases and statements; STORIES_Q Wikinews "On the campaign
trail" roundups, several items and many speakers each; STORIES_R Wikinews reports with part of a
Wikinews interview in speaker-label form ("((Wikinews)) ..."), whose answers carry no quote
marks and no entries. Straight and curly quote marks.
Not gold and not from any article of the gold set. Each entry is (story, [(first words inside the
quote marks, speaker as first named, or None), ...]); a speaker only described is given as the
organisation they speak for.

First read, before any rule was changed for them: 146 of 168 right in STORIES_F, 190 of 228 in
STORIES_G and 158 of 197 in STORIES_H (offline backend at 9a16aaa); 181 of 196 in STORIES_I (at
6a995b9, after tuning on F and G); 179 of 207 in STORIES_J (at e77c93e, after tuning on I); 170
of 206 in STORIES_K and 188 of 210 in STORIES_L (at 2a3a1a6, after tuning on J); 176 of 202 in
STORIES_M and 182 of 220 in STORIES_N (at c61df05, after tuning on K and L); 154 of 193 in
STORIES_P (at 561a5ce) and 138 of 163 in STORIES_O (at f1f2c7d, after tuning on P). STORIES_H was
read a second time, once, with the round's final rules (ae5addc): 169 of 197. Then 137 of 154 in
STORIES_R (at 034c0e1) and 159 of 202 in STORIES_Q (at c8b2049, after tuning on R).
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

STORIES_K = [
    # 1 -- international/agency, Sudan ceasefire talks; split quote, title-only reference, group statement, pronoun, anonymous official for named ministry
    (
'''Sudan's army and the paramilitary Rapid Support Brigades (RSB) agreed on Saturday to a 72-hour ceasefire in the western region of Darfur, mediators said, after talks in the Saudi port city of Jeddah that stretched late into the night.

The truce, which is due to take effect at 6 a.m. local time on Monday, is intended to allow aid convoys to reach the besieged town of Um Sarra, where the United Nations says some 200,000 people have been cut off from food and medicine for more than two months.

"This is a small window, but it is a window," Ingrid Halvorsen, the UN special envoy for Sudan, told reporters in Jeddah. "We will judge both sides by what happens on the ground, not by what is signed on paper."

Brigadier General Nabil Abdel-Rahim, a spokesman for the army, said in remarks broadcast by state television that the military would "respect its commitments in full" but reserved the right to respond to any attack. "The armed forces have never been the ones to break a truce," the general said.

The RSB said in a statement posted on its Telegram channel that it welcomed the agreement. "Our forces have received clear orders to halt all offensive operations in the Um Sarra sector," the statement said. It accused the army of carrying out air strikes on the town's main market on Thursday, an accusation the military denied.

Previous ceasefires brokered in Jeddah collapsed within hours, and aid workers were cautious. Amina Bashir Yousif, who coordinates a field hospital run by the charity Sahel Relief in the nearby town of Kutum, said her team had been waiting for weeks with lorries loaded with surgical supplies.

"We have heard the word ceasefire many times," she told Reuters by telephone. "The last time, our drivers were held at a checkpoint for four days and one of them was beaten."

She added: "If the roads open on Monday, we can be in Um Sarra by Tuesday evening. If they don't, people will die of things we could treat with a box of antibiotics."

A Saudi foreign ministry official, who asked not to be named because he was not authorised to speak to the media, said the two delegations had agreed to return "within the next ten days" to discuss a longer-term arrangement, including the withdrawal of fighters from residential areas.

The fighting has killed tens of thousands of people and forced millions from their homes, according to UN figures. Halvorsen said she would travel to Port Sudan on Sunday to meet army commanders.''',
        [
            ("This is a small window, but", "Ingrid Halvorsen"),
            ("We will judge both sides by", "Ingrid Halvorsen"),
            ("respect its commitments in full", "Nabil Abdel-Rahim"),
            ("The armed forces have never been", "Nabil Abdel-Rahim"),
            ("Our forces have received clear orders", "Rapid Support Brigades"),
            ("We have heard the word ceasefire", "Amina Bashir Yousif"),
            ("The last time, our drivers were", "Amina Bashir Yousif"),
            ("If the roads open on Monday,", "Amina Bashir Yousif"),
            ("within the next ten days", "Saudi foreign ministry"),
        ],
    ),
    # 2 -- international/agency, Mekong water summit (curly); declaration quote, partial + said:, "quoted by Xinhua", split quote, surname/title back-reference
    (
'''Foreign ministers from six countries along the Mekong River signed a declaration in Hanoi on Thursday pledging to share data on dam releases, after a year in which record low water levels devastated rice harvests and fish catches in the lower basin.

The Hanoi Declaration, adopted by the newly created Mekong Water Council, commits China, Myanmar, Laos, Thailand, Cambodia and Vietnam to notify one another at least 72 hours before any major change in the flow from hydropower reservoirs. “The river does not recognise borders, and neither should our responsibility for it,” the council said in the declaration.

Vietnam’s Deputy Prime Minister Trần Văn Khải, who chaired the meeting, described the agreement as “a turning point for the fifty million people who live off this river.” Speaking at a news conference after the signing, he said: “For the first time, the upstream and downstream countries have put in writing that they owe each other information.”

China’s Vice Foreign Minister Liu Jianguo was quoted by the Xinhua news agency as saying Beijing had “always acted as a responsible upstream neighbour”. “China’s reservoirs have in fact helped the lower Mekong during the dry season,” Liu said, “by releasing water when it was needed most.”

That claim was disputed by researchers. Park Min-jung, a hydrologist at the Seoul-based Asian Rivers Institute who has studied satellite data on the river for a decade, said the reservoirs had held back water at critical moments in at least three of the past five dry seasons.

“The data are very clear on this point,” Park told the Associated Press. “What matters now is whether the notifications are made public, or only shared between governments.”

The declaration does not include any mechanism to enforce the notification rule, and it says nothing about the eleven new dams planned on the river’s main stem in Laos and Cambodia.

In the Cambodian province of Kratie, fishermen said they had heard such promises before. Sok Chanthy, who has fished the river for thirty years, said his catch had fallen by more than half over the past decade.

“Every year the officials meet and every year there are fewer fish,” he told Radio Free Asia. “I will believe it when the water comes back.”

Khải acknowledged that the agreement was only a first step. “We do not pretend that one piece of paper will bring the fish back,” the deputy prime minister said. Ministers are due to meet again in Vientiane next year.''',
        [
            ("The river does not recognise borders,", "Mekong Water Council"),
            ("a turning point for the fifty", "Trần Văn Khải"),
            ("For the first time, the upstream", "Trần Văn Khải"),
            ("always acted as a responsible upstream", "Liu Jianguo"),
            ("China’s reservoirs have in fact helped", "Liu Jianguo"),
            ("by releasing water when it was", "Liu Jianguo"),
            ("The data are very clear on", "Park Min-jung"),
            ("What matters now is whether the", "Park Min-jung"),
            ("Every year the officials meet and", "Sok Chanthy"),
            ("I will believe it when the", "Sok Chanthy"),
            ("We do not pretend that one", "Trần Văn Khải"),
        ],
    ),
    # 3 -- international/agency, EU sanctions on tanker fleet; multi-part surname, Council statement incl. multi-paragraph quote, "quoted by Interfax", company statement, pronoun
    (
'''The European Union on Monday imposed sanctions on 64 more oil tankers it says are part of a shadow fleet used by Russia to get around a price cap on its crude exports, along with nine companies in the United Arab Emirates, Hong Kong and Turkey accused of managing them.

Foreign ministers meeting in Brussels approved the package after Slovakia and Hungary dropped their objections late on Sunday.

"Every tanker on this list has been carrying Russian oil while hiding who owns it, who insures it and where it is going," Jaume Ferrer i Soler, the EU's foreign policy chief, told reporters after the meeting. "These ships are also old and badly maintained. They are an environmental disaster waiting to happen in the Baltic."

In a statement, the Council of the European Union said the measures were aimed at "depriving the Kremlin of the revenues it uses to finance its war of aggression."

"The Council stands ready to adopt further restrictive measures.

"It will continue to target those in third countries who help Russia to circumvent sanctions," the statement added.

Moscow reacted angrily. Deputy Foreign Minister Gennady Teterin was quoted by the Interfax news agency as saying the sanctions were "illegitimate and will change nothing." "Russia will continue to sell its oil to those who want to buy it, and there are many such buyers," Teterin said.

Kremlin spokesman Kirill Zavarzin told reporters that Russia would study the measures "in order to minimise their consequences." He did not elaborate.

Aurora Maritime, a Dubai-based company that manages eleven of the listed vessels according to the EU, rejected the accusations. "Aurora Maritime has always complied fully with all applicable international regulations," the company said in an emailed statement to Reuters, adding that it would challenge the listing in the EU's General Court.

Estonia, whose navy has shadowed several of the tankers through the Gulf of Finland, welcomed the decision. Foreign Minister Liisa Kask-Rebane said the measures were overdue.

"We have been saying for two years that these ships are a threat to our coastline and to our undersea cables," she said. "Today the rest of Europe has listened."''',
        [
            ("Every tanker on this list has", "Jaume Ferrer i Soler"),
            ("These ships are also old and", "Jaume Ferrer i Soler"),
            ("depriving the Kremlin of the revenues", "Council of the European Union"),
            ("The Council stands ready to adopt", "Council of the European Union"),
            ("illegitimate and will change nothing", "Gennady Teterin"),
            ("Russia will continue to sell its", "Gennady Teterin"),
            ("in order to minimise their consequences", "Kirill Zavarzin"),
            ("Aurora Maritime has always complied fully", "Aurora Maritime"),
            ("We have been saying for two", "Liisa Kask-Rebane"),
            ("Today the rest of Europe has", "Liisa Kask-Rebane"),
        ],
    ),
    # 4 -- international/agency, Nigerian governorship rerun (curly); Hausa names, honorifics, chant, split quote, "told the BBC Hausa service", post on X, observer group
    (
'''Nigeria’s electoral commission on Tuesday declared Ibrahim Dan-Musa of the opposition People’s Progressive Alliance the winner of a rerun governorship election in Kaduna State, ending a three-week dispute that had led to clashes between rival supporters in the state capital.

Announcing the result at the commission’s office in Kaduna, the returning officer, Professor Aminu Sani Gwarzo, said Dan-Musa had received 812,406 votes against 779,911 for Hajiya Fatima Bello-Yakubu of the ruling party.

“Having satisfied the requirements of the law and scored the highest number of votes cast, Ibrahim Dan-Musa is hereby declared the winner and returned elected,” Gwarzo said.

Outside, hundreds of the governor-elect’s supporters poured into the streets, chanting “Sai Dan-Musa!” and waving brooms and green flags.

Dan-Musa, a 58-year-old former senator, thanked voters in a speech broadcast by Channels Television. “This victory does not belong to me. It belongs to the farmers of Zaria, the traders of Kafanchan and the young people who stood in the sun for hours to protect their votes,” he said.

He also appealed for calm. “There is no room for revenge in the Kaduna we are going to build,” the governor-elect said, “and I will be a governor for those who did not vote for me as much as for those who did.”

Bello-Yakubu’s campaign rejected the result. Her spokesman, Abdullahi Yusuf Kurmi, told the BBC Hausa service that party agents had documented “massive and systematic irregularities” in at least 140 polling units in the south of the state. “We are going to the tribunal, and we are confident the truth will come out there,” Kurmi said.

Bello-Yakubu, who would have been the state’s first female governor, did not speak publicly on Tuesday. In a post on X late in the evening, she urged her supporters “to remain law-abiding and leave everything to God and the courts.”

Police said two people had been injured in Kaduna on Monday night when supporters of the two parties threw stones at each other near a collation centre. “The command has deployed additional personnel to all flashpoints and will not tolerate any breach of the peace,” said Mansir Hassan Abubakar, the Kaduna State Police Command spokesman.

The Coalition for Credible Elections, a group of civil society organisations that deployed 900 observers, said the rerun had been “generally peaceful and better organised than the first round”, but noted the late opening of polls in several areas.

The new governor is due to be sworn in on May 29.''',
        [
            ("Having satisfied the requirements of the", "Aminu Sani Gwarzo"),
            ("Sai Dan-Musa!", None),
            ("This victory does not belong to", "Ibrahim Dan-Musa"),
            ("There is no room for revenge", "Ibrahim Dan-Musa"),
            ("and I will be a governor", "Ibrahim Dan-Musa"),
            ("massive and systematic irregularities", "Abdullahi Yusuf Kurmi"),
            ("We are going to the tribunal,", "Abdullahi Yusuf Kurmi"),
            ("to remain law-abiding and leave everything", "Fatima Bello-Yakubu"),
            ("The command has deployed additional personnel", "Mansir Hassan Abubakar"),
            ("generally peaceful and better organised than", "Coalition for Credible Elections"),
        ],
    ),
    # 5 -- international/agency, Mediterranean shipwreck; speaker named in next paragraph, spokeswoman named after quote, post on X, agency statement, anonymous officer of named coast guard
    (
'''At least 41 people are missing and feared dead after a boat carrying migrants capsized off the Italian island of Lampedusa early on Wednesday, the United Nations refugee agency said, in one of the deadliest shipwrecks in the central Mediterranean this year.

The Italian coast guard said its vessels had rescued 17 people, including three children, from the water about 20 nautical miles south of the island. The survivors told rescuers the metal boat had left the Tunisian port of Sfax on Monday night with around 60 people on board.

"The sea was very high and the boat broke in the middle," one of the survivors, a 27-year-old man from Eritrea, told the Italian news agency ANSA. "People were screaming. I held a woman's hand for a long time, but then I could not hold it any more."

He gave his name as Tesfaye Gebremedhin and said he had spent two years in Libya and Tunisia before paying 1,500 euros for a place on the boat. "I tried to go back to her, but the waves were too strong," Gebremedhin said.

"This tragedy was entirely preventable," said a spokeswoman for the UN High Commissioner for Refugees (UNHCR) in Rome. The spokeswoman, Chiara Bellandi, urged European governments to restore a state-led search and rescue operation in the Mediterranean. "As long as people have no safe and legal routes, they will continue to risk their lives on boats that are not fit to sail," she said.

Italy's interior minister, Lorenzo Maria Castaldi, said in a post on X that he was "deeply saddened" by the loss of life but blamed smugglers. "The real responsibility lies with the criminal networks that send these people to their deaths for money," Castaldi wrote. "We will continue to fight them, in Italy and in the countries of departure."

The International Organization for Migration (IOM) said more than 1,100 people had died or gone missing on the central Mediterranean route since January. "Behind every number there is a family waiting for news," the agency said in a statement.

Tunisia's national guard said it had arrested two men in Sfax suspected of organising the crossing. A spokesman for the national guard, Houcine Ben Slimane, told the state news agency TAP that the suspects had "confessed to taking money from the migrants."

Search operations were continuing on Wednesday evening with two coast guard ships and a plane, officials said, but hopes of finding more survivors were fading. "After so many hours in water at this temperature, the chances are very small," a coast guard officer in Lampedusa, who was not authorised to speak publicly, told ANSA.''',
        [
            ("The sea was very high and", "Tesfaye Gebremedhin"),
            ("People were screaming. I held a", "Tesfaye Gebremedhin"),
            ("I tried to go back to", "Tesfaye Gebremedhin"),
            ("This tragedy was entirely preventable", "Chiara Bellandi"),
            ("As long as people have no", "Chiara Bellandi"),
            ("deeply saddened", "Lorenzo Maria Castaldi"),
            ("The real responsibility lies with the", "Lorenzo Maria Castaldi"),
            ("We will continue to fight them,", "Lorenzo Maria Castaldi"),
            ("Behind every number there is a", "International Organization for Migration"),
            ("confessed to taking money from the", "Houcine Ben Slimane"),
            ("After so many hours in water", "Italian coast guard"),
        ],
    ),
    # 6 -- international/agency, cholera in Ethiopia (curly); Amharic names, bulletin quote, title-only "the minister", partial quote, multi-paragraph quote with speaker at the end, "told the AP"
    (
'''Ethiopian health authorities have confirmed more than 3,400 cases of cholera and at least 58 deaths in the Amhara and Oromia regions since the start of the month, the country’s public health institute said on Friday, as aid groups warned that the outbreak was spreading faster than vaccines could be delivered.

The Ethiopian Public Health Institute (EPHI) said in its weekly bulletin that new cases had been recorded in 19 districts, most of them in areas where people had been displaced by fighting or by floods. “The situation remains of grave concern, particularly in camps with limited access to safe water,” the bulletin said.

Health Minister Meseret Alemayehu Worku told reporters in Addis Ababa that 1.2 million doses of oral cholera vaccine were expected to arrive next week. “We have teams on the ground in every affected woreda,” she said. “But vaccines alone will not stop cholera. What stops cholera is clean water and latrines, and those take time.”

The minister said the government had asked international partners for an additional $14 million to pay for water purification and treatment centres.

Dr Kwame Asante-Boateng, the World Health Organization’s representative in Ethiopia, said the global stockpile of cholera vaccine had been “under enormous and growing pressure” for two years because of simultaneous outbreaks in more than twenty countries.

“We are in a situation where we have to choose which outbreak gets vaccines first,” he said in an interview with the BBC. “No doctor should ever have to make that kind of choice.”

At a treatment centre run by the charity Hope Medical Relief in the town of Debre Tabor, staff said they were admitting up to 90 patients a day.

“When we opened three weeks ago we had forty beds. Now we have 160 and people are still lying on mats outside.

“Most of them arrive very late, when they are already severely dehydrated, because the roads are bad and there is no transport,” said Solomon Tesfaye Gebru, the charity’s medical coordinator.

Almaz Desta, whose two-year-old daughter was being treated at the centre, said she had walked for most of a night to get there. “I thought I would lose her on the road,” she told the Associated Press. “The nurses say she will be fine now, thanks be to God.”

Cholera, a bacterial infection spread through contaminated food and water, can kill within hours if left untreated but is easily cured with oral rehydration salts and, in severe cases, antibiotics.''',
        [
            ("The situation remains of grave concern,", "Ethiopian Public Health Institute"),
            ("We have teams on the ground", "Meseret Alemayehu Worku"),
            ("But vaccines alone will not stop", "Meseret Alemayehu Worku"),
            ("under enormous and growing pressure", "Kwame Asante-Boateng"),
            ("We are in a situation where", "Kwame Asante-Boateng"),
            ("No doctor should ever have to", "Kwame Asante-Boateng"),
            ("When we opened three weeks ago", "Solomon Tesfaye Gebru"),
            ("I thought I would lose her", "Almaz Desta"),
            ("The nurses say she will be", "Almaz Desta"),
        ],
    ),
    # 7 -- international/agency, coup in Guinea-Bissau; junta statement read on TV, anonymous party official told AFP, regional bloc communique, ministry, post on X
    (
'''Soldiers in Guinea-Bissau seized the presidential palace and the state broadcaster in the capital, Bissau, on Wednesday and announced on national television that they had removed President Armando Sanhá Correia from power, suspended the constitution and closed the country's borders.

In a statement read on state television, a group of officers calling itself the Military Command for the Restoration of Order said it had acted to end "the chaos and corruption that have brought our nation to its knees."

"The defence and security forces have decided to put an end to the regime in place," said Colonel Malam Djaló Nhaga, who read the statement flanked by about a dozen soldiers in combat fatigues. "All institutions of the republic are dissolved until further notice. A curfew is in force from 9 p.m. until 6 a.m."

The whereabouts of Correia, 67, who won a second term in a disputed election in November, were not immediately known. A senior official of his Party for Social Renewal and Development (PRSD), speaking to Agence France-Presse by telephone on condition of anonymity, said the president was being held at a military base on the edge of the city. "He is alive and unharmed, as far as we know," the official said. "But nobody has been allowed to see him."

Heavy gunfire was heard near the palace for about two hours on Wednesday morning, residents said. "We stayed on the floor of the house with the children," said Fatumata Baldé, a market trader who lives two streets from the palace. "Then it went quiet, and the soldiers came on the radio."

The Economic Community of West African States (ECOWAS) condemned what it called an "unconstitutional change of government" and demanded the president's immediate release. "ECOWAS will hold the military leaders individually and collectively responsible for the safety of President Correia and his family," the regional bloc said in a communique.

The French foreign ministry said it was following the situation "with the greatest attention" and urged the roughly 1,500 French nationals in the country to stay indoors. Portugal, the former colonial power, also called for the president to be freed.

The chairperson of the African Union Commission, Abdelkader Ould Mokhtar, said in a post on X that he "firmly condemns" the takeover. "The era of coups must end in Africa," he wrote.

Guinea-Bissau has experienced numerous coups and attempted coups since independence from Portugal in 1974.''',
        [
            ("the chaos and corruption that have", "Military Command for the Restoration of Order"),
            ("The defence and security forces have", "Malam Djaló Nhaga"),
            ("All institutions of the republic are", "Malam Djaló Nhaga"),
            ("He is alive and unharmed, as", "Party for Social Renewal and Development"),
            ("But nobody has been allowed to", "Party for Social Renewal and Development"),
            ("We stayed on the floor of", "Fatumata Baldé"),
            ("Then it went quiet, and the", "Fatumata Baldé"),
            ("unconstitutional change of government", "Economic Community of West African States"),
            ("ECOWAS will hold the military leaders", "Economic Community of West African States"),
            ("with the greatest attention", "French foreign ministry"),
            ("firmly condemns", "Abdelkader Ould Mokhtar"),
            ("The era of coups must end", "Abdelkader Ould Mokhtar"),
        ],
    ),
    # 8 -- international/agency, Peru ex-president convicted (curly); Spanish double surnames, judge, "told the radio station RPP", banner and chant with translation (no speaker)
    (
'''A court in Lima on Monday sentenced Peru’s former president Ernesto Valdivia Quispe to 18 years in prison for taking bribes from a construction consortium in exchange for contracts to build a highway across the Andes.

Judge María Elena Huamán de la Torre, reading the verdict over nearly four hours, said prosecutors had proved that Valdivia received at least $21 million through offshore accounts in Panama and Andorra while he was in office.

“The accused used the highest office of the nation as an instrument for his personal enrichment,” the judge said. “There is no doubt about this in the documentary evidence, nor in the testimony of the collaborators.”

Valdivia, 71, who has been held in pre-trial detention for the past two years, listened without visible emotion and shook his head several times. Before the verdict was read he addressed the court briefly, calling the case “a political persecution dressed up as justice.”

“I have never taken a single sol that did not belong to me,” he said. “History will judge who the real criminals are.”

Chief prosecutor Rodrigo Alcántara Benavides, who had sought a sentence of 25 years, told reporters outside the courthouse that his office would study whether to appeal for a longer term. “Today Peru has shown that nobody is above the law, not even a former president,” he said.

The defence said it would appeal immediately. “This sentence is based on the word of confessed criminals who were offered reduced sentences to say what the prosecutors wanted,” Valdivia’s lawyer, César Ugarte-Paz, told the radio station RPP. “We will take this case to the Inter-American Commission on Human Rights if we must.”

Several dozen of the former president’s supporters gathered behind police barriers outside the court, holding portraits of Valdivia and a banner reading “Ernesto inocente”. A smaller group of protesters across the street chanted “¡Que se pudra en la cárcel!” — “Let him rot in jail!”

The court also ordered Valdivia to pay 12 million soles (about $3.2 million) in civil damages to the state and barred him from holding public office for ten years.

Valdivia is one of several former Peruvian presidents to have been convicted or investigated for corruption in recent years, many of them in connection with bribes paid by construction companies for public works contracts.''',
        [
            ("The accused used the highest office", "María Elena Huamán de la Torre"),
            ("There is no doubt about this", "María Elena Huamán de la Torre"),
            ("a political persecution dressed up as", "Ernesto Valdivia Quispe"),
            ("I have never taken a single", "Ernesto Valdivia Quispe"),
            ("History will judge who the real", "Ernesto Valdivia Quispe"),
            ("Today Peru has shown that nobody", "Rodrigo Alcántara Benavides"),
            ("This sentence is based on the", "César Ugarte-Paz"),
            ("We will take this case to", "César Ugarte-Paz"),
            ("Ernesto inocente", None),
            ("¡Que se pudra en la cárcel!", None),
            ("Let him rot in jail!", None),
        ],
    ),
    # 9 -- international/agency, Iran nuclear talks; state TV news conference, IAEA report, Der Spiegel interview, IRNA, anonymous European diplomat (no org), State Department spokesperson
    (
'''Iran and three European powers will resume talks on Tehran's nuclear programme in Geneva next week, Iran's foreign ministry said on Sunday, days after the United Nations nuclear watchdog reported that the country had further increased its stockpile of highly enriched uranium.

"The Islamic Republic has always believed that diplomacy is the only way forward," foreign ministry spokesman Mehdi Karimi-Nasab told a weekly news conference in Tehran, broadcast live by state television. "But diplomacy cannot be a one-way street."

Karimi-Nasab said the talks with Britain, France and Germany would be held at the level of deputy foreign ministers and would focus on "the lifting of oppressive sanctions" as well as on Iran's nuclear activities.

The International Atomic Energy Agency (IAEA) said in a confidential quarterly report seen by Reuters and the Associated Press that Iran now held about 180 kilograms of uranium enriched to 60 percent purity, up from about 165 kilograms three months earlier. "The Agency has lost continuity of knowledge in relation to the production and inventory of centrifuges, rotors and bellows," the report said.

In an interview published on Sunday by Der Spiegel, the IAEA's director general, Hélène Marchetti, said she was worried about the lack of access for inspectors. "We are flying partially blind, and that is not a situation anyone should be comfortable with," Marchetti told the German magazine. "I am ready to travel to Tehran tomorrow if that helps."

Asked whether Iran was seeking a nuclear weapon, she said: "I have no evidence of that. But I also cannot give the guarantees that the international community is asking me for, and that is the problem."

Iran's deputy foreign minister for legal affairs, Abbas Ghaffari-Rad, who is expected to lead the Iranian delegation in Geneva, said in remarks carried by the IRNA news agency that Tehran would not accept "new preconditions of any kind."

A European diplomat involved in the preparations, who asked not to be named because the talks are confidential, told Reuters the meeting would be "largely exploratory in nature" and that no breakthrough was expected. "We want to see whether there is anything to talk about before the snapback deadline," the diplomat said, referring to a mechanism that would allow UN sanctions to be reimposed.

The United States, which is not taking part in the Geneva meeting, said it was in close contact with its European allies. "Iran should cooperate fully with the IAEA, without delay," a State Department spokesperson said in a written response to questions.''',
        [
            ("The Islamic Republic has always believed", "Mehdi Karimi-Nasab"),
            ("But diplomacy cannot be a one-way", "Mehdi Karimi-Nasab"),
            ("the lifting of oppressive sanctions", "Mehdi Karimi-Nasab"),
            ("The Agency has lost continuity of", "International Atomic Energy Agency"),
            ("We are flying partially blind, and", "Hélène Marchetti"),
            ("I am ready to travel to", "Hélène Marchetti"),
            ("I have no evidence of that", "Hélène Marchetti"),
            ("new preconditions of any kind", "Abbas Ghaffari-Rad"),
            ("largely exploratory in nature", None),
            ("We want to see whether there", None),
            ("Iran should cooperate fully with the", "State Department"),
        ],
    ),
    # 10 -- international/agency, Russia-Ukraine prisoner swap (curly); Telegram statement, ministry, "quoted by RIA Novosti", X post, sign, "the 51-year-old", title-only "the commissioner"
    (
'''Russia and Ukraine exchanged 206 prisoners of war on Friday in a swap mediated by Turkey, officials in both countries said, the largest such exchange in several months.

Ukraine’s Coordination Centre for Prisoners of War said 103 Ukrainian servicemen had returned home, among them soldiers who had been held since the early months of the war and several who were seriously wounded. “Every one of them has been through hell,” the centre said in a statement on Telegram. “Today they are home.”

The Russian Defence Ministry said 103 Russian soldiers had been released “as a result of the negotiation process” and were being flown to Moscow for medical treatment and rehabilitation.

Taras Yaremchuk, Ukraine’s human rights commissioner, said many of the returning prisoners showed signs of torture and malnutrition. “Some of these men have lost twenty or thirty kilograms,” he told the national television marathon. “We will document everything, and we will present it to the International Committee of the Red Cross and to the United Nations.”

There was no immediate comment from Moscow on the allegation, which Russia has denied in the past. Russia’s human rights commissioner, Lyudmila Savitskaya, was quoted by RIA Novosti as saying the exchange showed that “humanitarian issues can be solved even in the most difficult conditions.”

Turkey, which has hosted several rounds of talks between the two sides, said it had been working on the deal for weeks. “Türkiye will continue to spend every effort for a just and lasting peace,” foreign ministry spokesman Burak Yılmazer wrote on X.

At a hospital in the northern Chernihiv region, relatives waited for hours for the buses carrying the freed men. Many held hand-lettered signs; one read “We are waiting for you, boys.”

Halyna Kovalchuk, whose 24-year-old son, Andriy Kovalchuk, was captured near Bakhmut, ran to him as soon as he stepped off the bus. “I didn’t sleep for two nights,” the 51-year-old said afterwards, still holding her son’s arm. “I was afraid they would take his name off the list at the last minute.”

Her son, who was held for almost two years, spoke only briefly. “I want to eat borscht and see my grandmother. Everything else can wait,” he said.

Yaremchuk said more than 8,000 Ukrainians were believed to remain in Russian captivity. “The work does not stop for a single day,” the commissioner said.''',
        [
            ("Every one of them has been", "Coordination Centre for Prisoners of War"),
            ("Today they are home", "Coordination Centre for Prisoners of War"),
            ("as a result of the negotiation", "Russian Defence Ministry"),
            ("Some of these men have lost", "Taras Yaremchuk"),
            ("We will document everything, and we", "Taras Yaremchuk"),
            ("humanitarian issues can be solved even", "Lyudmila Savitskaya"),
            ("Türkiye will continue to spend every", "Burak Yılmazer"),
            ("We are waiting for you, boys.", None),
            ("I didn’t sleep for two nights", "Halyna Kovalchuk"),
            ("I was afraid they would take", "Halyna Kovalchuk"),
            ("I want to eat borscht and", "Andriy Kovalchuk"),
            ("The work does not stop for", "Taras Yaremchuk"),
        ],
    ),
    # 11 -- international/agency, North Korean missile launch; military text message, briefing, minister, KCNA partial and full quote, US envoy with middle initial, analyst with split quote
    (
'''North Korea fired what appeared to be an intercontinental ballistic missile into the sea off its east coast on Thursday morning, South Korea's military said, the country's first such launch in nearly a year.

South Korea's Joint Chiefs of Staff (JCS) said the missile was launched from the Pyongyang area at around 7:10 a.m. local time and flew about 1,000 kilometres on a lofted trajectory before falling into waters between the Korean peninsula and Japan.

"Our military has strengthened surveillance and vigilance in preparation for additional launches and is maintaining a full readiness posture," the JCS said in a text message sent to reporters.

JCS spokesman Colonel Han Do-yoon told a briefing that the missile had reached an altitude of more than 6,000 kilometres. "It is assessed as a solid-fuel long-range missile, possibly of a new type," he said, adding that South Korean and US intelligence were analysing the flight data.

Japan's defence minister, Kenji Moriyasu, said the missile had landed outside Japan's exclusive economic zone, about 250 kilometres west of the island of Okushiri. "North Korea's actions threaten the peace and security of our country, the region and the international community, and are absolutely unacceptable," Moriyasu told reporters in Tokyo. Japan had lodged a protest through diplomatic channels in Beijing, he said.

On Friday, North Korea's official Korean Central News Agency (KCNA) said the test of a "new-type strategic missile" had been conducted to verify the reliability of its engine and guidance system. "The test clearly demonstrates to the enemies the will of our state to respond to any threat with overwhelming force," the agency said.

Ambassador Daniel R. Whitfield, the US special envoy for North Korea, was in Seoul for meetings with South Korean officials when the missile was launched. "We remain committed to the complete denuclearisation of the Korean peninsula," Whitfield told reporters. "Our door to dialogue remains open, but Pyongyang keeps slamming it shut."

Analysts noted that the launch came days before US and South Korean forces are due to begin large-scale joint drills. "The timing is not accidental," said Yang Mi-sook, a senior researcher at the Seoul-based Korea Institute for Peninsula Studies. "Pyongyang wants to remind Washington that it is still there, and still dangerous, before any new talks begin."

The UN Security Council has banned North Korea from testing ballistic missiles, but the council has been unable to agree on new measures against Pyongyang for several years.''',
        [
            ("Our military has strengthened surveillance and", "Joint Chiefs of Staff"),
            ("It is assessed as a solid-fuel", "Han Do-yoon"),
            ("North Korea's actions threaten the peace", "Kenji Moriyasu"),
            ("new-type strategic missile", "Korean Central News Agency"),
            ("The test clearly demonstrates to the", "Korean Central News Agency"),
            ("We remain committed to the complete", "Daniel R. Whitfield"),
            ("Our door to dialogue remains open,", "Daniel R. Whitfield"),
            ("The timing is not accidental", "Yang Mi-sook"),
            ("Pyongyang wants to remind Washington that", "Yang Mi-sook"),
        ],
    ),
    # 12 -- international/agency, earthquake in eastern Turkey (curly); agency statement, minister, villager split around cue with age, rescuer "told NTV", partial quote from foreign minister
    (
'''A magnitude 6.4 earthquake struck eastern Turkey early on Tuesday, killing at least 27 people and injuring more than 300, the country’s disaster management agency said, as rescuers searched through the rubble of collapsed buildings in freezing temperatures.

The Disaster and Emergency Management Presidency (AFAD) said the quake hit at 4:17 a.m. local time at a depth of about 10 kilometres, with its epicentre near the town of Karlıova in Bingöl province. More than 60 aftershocks were recorded in the following hours, the strongest measuring 5.1.

“Search and rescue operations are continuing at 14 sites where buildings have collapsed,” AFAD said in a statement. “A total of 3,200 personnel have been deployed to the region.”

Interior Minister Ahmet Selçuk Karaoğlu, who flew to Bingöl, told reporters that most of the dead had been found in two apartment blocks in the town centre. “Our priority is to reach every single citizen still under the debris,” he said. “Tents, blankets and hot food are on their way to all affected villages.”

The minister said prosecutors had opened an investigation into the construction of the two buildings, which had been completed only six years ago.

In the village of Çiçekli, residents spent the night around bonfires, afraid to go back inside their homes. “The ground shook like a cradle and then everything came down,” said Zeynep Aktaş, 63, whose house was badly damaged. “We got out in our nightclothes. My neighbour’s son is still missing.”

Emre Şahin, a volunteer with the Anatolian Rescue Association, said his team had pulled a 12-year-old girl alive from the ruins after nearly nine hours. “When we heard her voice, everybody stopped breathing,” he told the private broadcaster NTV. “She asked us whether her cat was all right.”

Offers of help arrived from abroad. Greece’s foreign minister, Nikos Papadimitriou-Stavrou, telephoned his Turkish counterpart and said Athens stood ready to send rescue teams “at a moment’s notice”. The European Union said it had activated its civil protection mechanism.

Turkey sits on several major fault lines and is frequently struck by earthquakes. In February 2023, two powerful quakes killed more than 53,000 people in the country’s south-east, and many survivors blamed poor construction for the scale of the destruction.''',
        [
            ("Search and rescue operations are continuing", "Disaster and Emergency Management Presidency"),
            ("A total of 3,200 personnel have", "Disaster and Emergency Management Presidency"),
            ("Our priority is to reach every", "Ahmet Selçuk Karaoğlu"),
            ("Tents, blankets and hot food are", "Ahmet Selçuk Karaoğlu"),
            ("The ground shook like a cradle", "Zeynep Aktaş"),
            ("We got out in our nightclothes.", "Zeynep Aktaş"),
            ("When we heard her voice, everybody", "Emre Şahin"),
            ("She asked us whether her cat", "Emre Şahin"),
            ("at a moment’s notice", "Nikos Papadimitriou-Stavrou"),
        ],
    ),
    # 13 -- international/agency, insurgent attack in Mozambique; Portuguese names, minister to parliament, displaced fisherman, army spokesman "told The New Times", UN agency statement, researcher "told Lusa" with partial quote
    (
'''Insurgents linked to the Islamic State group attacked the town of Macomia in Mozambique's northern Cabo Delgado province over the weekend, killing at least 14 civilians and forcing thousands of people to flee into the bush, local officials and aid agencies said on Monday.

Defence Minister Armindo Nhantumbo Macuácua told parliament in Maputo that government forces, backed by Rwandan troops, had regained control of the town on Sunday afternoon. "The terrorists were repelled and suffered heavy losses," Macuácua said. "The situation in Macomia is now calm and under the control of the defence and security forces."

Residents contacted by telephone described a different picture. "They came at night, burning houses and shooting at anyone who ran," said Issufo Abdala, a fisherman who fled with his wife and five children to the provincial capital, Pemba. "The soldiers only arrived the next day. Until now, we do not know where my brother is."

A spokesman for the Rwanda Defence Force, Lieutenant Colonel Eric Nshimiyimana, told The New Times newspaper in Kigali that Rwandan units had been deployed to Macomia within hours of the first reports of fighting. "Our troops responded swiftly together with our Mozambican partners, and the enemy was pushed out of the town," he said.

The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said about 11,000 people had been displaced in three days, many of them for the second or third time since the insurgency began in 2017. "Many of the displaced are women and children who arrived in Pemba with nothing but the clothes they were wearing," the office said in a statement.

Luísa Cossa, a researcher at the Cabo Delgado Monitoring Observatory, said the attack showed that the insurgency "is far from defeated" despite repeated government claims of success.

"Every time the government declares victory, the insurgents move somewhere else and strike again," she told the Portuguese news agency Lusa. "The people of Cabo Delgado are exhausted. They have been running for eight years."

Macuácua rejected that view. "Nobody said the war is over, but the enemy no longer controls any district headquarters," the minister told lawmakers.

The conflict has killed more than 6,000 people and displaced over a million, according to monitoring groups, and has delayed a multibillion-dollar liquefied natural gas project on the Afungi peninsula.''',
        [
            ("The terrorists were repelled and suffered", "Armindo Nhantumbo Macuácua"),
            ("The situation in Macomia is now", "Armindo Nhantumbo Macuácua"),
            ("They came at night, burning houses", "Issufo Abdala"),
            ("The soldiers only arrived the next", "Issufo Abdala"),
            ("Our troops responded swiftly together with", "Eric Nshimiyimana"),
            ("Many of the displaced are women", "United Nations Office for the Coordination of Humanitarian Affairs"),
            ("is far from defeated", "Luísa Cossa"),
            ("Every time the government declares victory,", "Luísa Cossa"),
            ("The people of Cabo Delgado are", "Luísa Cossa"),
            ("Nobody said the war is over,", "Armindo Nhantumbo Macuácua"),
        ],
    ),
    # 14 -- international/agency, Chinese rare earth export controls (curly); ministry notice, spokeswoman split quotes, EU commissioner "told the FT", chamber president said:, anonymous executive (no org), analyst with "She added"
    (
'''China’s Ministry of Commerce announced on Thursday that exporters of seven rare earth elements and the magnets made from them would need special licences from next month, a move that European and Japanese manufacturers warned could disrupt production of electric cars, wind turbines and weapons systems.

The ministry said in a notice posted on its website that the controls were intended to “safeguard national security and interests and fulfil international obligations such as non-proliferation.”

At a regular news briefing in Beijing, ministry spokeswoman Shen Yuqing rejected suggestions that the measures were aimed at any particular country. “These are not export bans,” Shen said. “Applications that comply with the regulations will be approved. China has always been committed to maintaining the security and stability of global supply chains.”

The European Union’s trade commissioner, Pieter van der Linden, said the bloc would “respond firmly” if European companies faced shortages. “We have seen this playbook before with gallium and germanium,” he told the Financial Times. “Dependency on a single supplier is a vulnerability, and today’s announcement is a reminder of exactly how big that vulnerability is.”

The European Union Chamber of Commerce in China, which represents more than 1,700 companies, said some of its members had only a few weeks of magnet stocks. Its president, Margit Falkenberg, said: “Our members are being asked to plan production for next year without knowing if they will be able to import the components they need.”

In Tokyo, trade minister Hiroshi Tanabe-Okuda said Japan had built up stockpiles after an earlier dispute with China but would “consider every necessary measure.”

An executive at a German supplier of electric motors, speaking on condition of anonymity because of the sensitivity of relations with Beijing, said the company was already receiving calls from worried customers. “Everyone is asking the same question — how long can you keep delivering?” the executive said. “The honest answer is: we don’t know.”

China accounts for around 70 percent of global rare earth mining and about 90 percent of processing, according to industry estimates.

Analysts said the timing was significant. “Beijing is showing that it has leverage, and that it is willing to use it,” said Chen Li-wen, a senior fellow at the Singapore-based Institute for Asian Trade Policy. She added that the licensing system would allow China to “decide, shipment by shipment, who gets what.”''',
        [
            ("safeguard national security and interests and", "Ministry of Commerce"),
            ("These are not export bans", "Shen Yuqing"),
            ("Applications that comply with the regulations", "Shen Yuqing"),
            ("respond firmly", "Pieter van der Linden"),
            ("We have seen this playbook before", "Pieter van der Linden"),
            ("Dependency on a single supplier is", "Pieter van der Linden"),
            ("Our members are being asked to", "Margit Falkenberg"),
            ("consider every necessary measure.", "Hiroshi Tanabe-Okuda"),
            ("Everyone is asking the same question", None),
            ("The honest answer is: we don’t", None),
            ("Beijing is showing that it has", "Chen Li-wen"),
            ("decide, shipment by shipment, who gets", "Chen Li-wen"),
        ],
    ),
    # 15 -- international/agency, Red Sea ship attack; maritime advisory split quote, televised rebel spokesman, multi-paragraph company statement, military post on X, union president named after quote with middle initial, analyst
    (
'''A Liberian-flagged bulk carrier was struck by two missiles in the Red Sea on Saturday, setting it on fire and forcing its 22 crew members to abandon ship, maritime security agencies said. Yemen's Houthi movement claimed responsibility for the attack.

The United Kingdom Maritime Trade Operations (UKMTO) centre said the vessel had been hit about 60 nautical miles south-west of the Yemeni port of Hodeidah. "The master reports that the vessel has been struck by two unknown projectiles, resulting in a fire on board," UKMTO said in an advisory. "Crew have been evacuated. Authorities are investigating."

In a televised address, the Houthis' military spokesman, Brigadier General Abdulmalik al-Haddad, said the group's naval forces had targeted the ship, the Nordic Pearl, because its operator had "violated the decision of the Yemeni armed forces" barring certain vessels from the area. "Our operations will continue until our demands are met," al-Haddad said. "We warn all shipping companies that they bear full responsibility for the safety of their crews."

The ship's operator, Copenhagen-based Nordhavn Lines, said all crew members, who are from the Philippines, India and Ukraine, had been picked up by a passing merchant vessel and were safe. In a statement, the company said:

"We are deeply grateful to the crew of the MV Santa Lucia, who responded without hesitation.

"Our first concern is the wellbeing of our seafarers and their families. We are in contact with all relevant authorities and will provide further information as soon as possible."

US Central Command said in a post on X that an American destroyer had shot down a third missile and two drones launched from Houthi-controlled territory in the same area. It called the attack "reckless and dangerous."

A Filipino seafarers' union said it would ask the government in Manila to ban its members from working on ships passing through the Red Sea. "Our seafarers are not soldiers. They should not have to risk their lives to deliver somebody's cargo," said Ramon D. Villanueva-Cruz, the union's president, in a radio interview.

Jakob Ravn-Hansen, a shipping analyst at the Oslo-based consultancy Nordic Maritime Intelligence, said the attack would push insurance premiums for Red Sea transits even higher. "For many owners, the Suez route simply no longer makes commercial sense," he said. "They will keep sailing around Africa, whatever it costs in time and fuel."

Traffic through the Suez Canal has fallen by more than half since the attacks on shipping began, according to the canal authority.''',
        [
            ("The master reports that the vessel", "United Kingdom Maritime Trade Operations"),
            ("Crew have been evacuated. Authorities are", "United Kingdom Maritime Trade Operations"),
            ("violated the decision of the Yemeni", "Abdulmalik al-Haddad"),
            ("Our operations will continue until our", "Abdulmalik al-Haddad"),
            ("We warn all shipping companies that", "Abdulmalik al-Haddad"),
            ("We are deeply grateful to the", "Nordhavn Lines"),
            ("reckless and dangerous", "US Central Command"),
            ("Our seafarers are not soldiers", "Ramon D. Villanueva-Cruz"),
            ("For many owners, the Suez route", "Jakob Ravn-Hansen"),
            ("They will keep sailing around Africa,", "Jakob Ravn-Hansen"),
        ],
    ),
    # 16 -- international/agency, Taliban ban on women aid workers (curly); ministry letter, spokesman "told the AP", UN mission partial + head said:, consortium joint statement, anonymous aid worker (no org), exile's post on X
    (
'''The Taliban administration in Afghanistan has ordered all national and international aid organisations to stop employing Afghan women, officials said on Wednesday, a move the United Nations warned would cripple relief work in a country where millions depend on humanitarian assistance.

The order, issued in a letter from the Ministry of Economy dated Tuesday and seen by Reuters, says organisations that fail to comply will have their licences revoked. “Any organisation that does not cooperate in implementing this order will have all its activities cancelled,” the letter says.

Mohammad Sadiq Akhundzada, the ministry’s spokesman, told the Associated Press that the measure was necessary because women working for aid groups had “not respected the Islamic hijab”. “This decision was taken in the interest of the Afghan people and in line with Islamic principles,” he said.

The UN Assistance Mission in Afghanistan (UNAMA) said it was “deeply alarmed”. Its head, Kerstin Aaltonen, said in a statement: “Women aid workers are not a luxury. In many parts of the country they are the only ones who can reach women and children in need, and without them people will die.”

Several major aid groups said they would suspend operations while they sought clarification. “We cannot reach women and children in desperate need without our female colleagues, and we will not ask our male staff to do work that only women can do,” the Kabul Relief Consortium, an alliance of 30 aid agencies, said in a joint statement.

A woman who worked as a nutrition officer for an international charity in the western city of Herat, and who asked that her name not be published for fear of reprisals, said she was the only earner in a family of seven. “Yesterday I was measuring malnourished babies. Today I am told I am a criminal for going to work,” she told AFP by telephone. “Who will feed my family now?”

Fawzia Rahimi-Karimzada, a former member of the Afghan parliament who now lives in exile in Canada, wrote on X: “The world keeps issuing statements while Afghan women disappear from public life, one decree at a time.”

Since returning to power, the Taliban have barred girls from secondary school and women from universities, most jobs, parks and gyms. No country has formally recognised their government.''',
        [
            ("Any organisation that does not cooperate", "Ministry of Economy"),
            ("not respected the Islamic hijab", "Mohammad Sadiq Akhundzada"),
            ("This decision was taken in the", "Mohammad Sadiq Akhundzada"),
            ("deeply alarmed", "UN Assistance Mission in Afghanistan"),
            ("Women aid workers are not a", "Kerstin Aaltonen"),
            ("We cannot reach women and children", "Kabul Relief Consortium"),
            ("Yesterday I was measuring malnourished babies.", None),
            ("Who will feed my family now?", None),
            ("The world keeps issuing statements while", "Fawzia Rahimi-Karimzada"),
        ],
    ),
    # 17 -- international/agency, Kyrgyz-Tajik border ceasefire; security committee statement, "quoted by AKIpress", rival statement via state agency, Russian spokeswoman "according to TASS", villager "told Interfax", Tajik spokesman
    (
'''Kyrgyzstan and Tajikistan agreed on Monday to a ceasefire along their disputed border after two days of clashes between border guards that killed at least nine people and forced thousands of villagers to flee, officials in both countries said.

The agreement was reached in a telephone call between the heads of the two countries' security services and took effect at 8 p.m. local time, Kyrgyzstan's State Committee for National Security said in a statement. "The parties agreed to withdraw additional forces and military equipment to their permanent bases," the statement said.

Nurlan Abdyldaev, the committee's deputy chairman, was quoted by the AKIpress news agency as saying that Tajik forces had used mortars and drones against Kyrgyz villages in the Batken region. "Our side acted solely in self-defence," Abdyldaev said. "We have never wanted war with our neighbours, but we will not give up a single metre of Kyrgyz land."

The Tajik Border Guard Service, in a statement carried by the state news agency Khovar, blamed Kyrgyz troops for the fighting, which it said began when they "opened fire without provocation" on a Tajik border post near the village of Vorukh.

Firdavs Nazarzoda, a spokesman for the Tajik government, said Dushanbe was committed to a negotiated settlement. "Dushanbe is ready to continue the work of the intergovernmental commission on delimitation and demarcation of the border," he said.

Russia, which has military bases in both countries, urged restraint. "We call on our Kyrgyz and Tajik friends to resolve all disputes exclusively by political and diplomatic means," Russian foreign ministry spokeswoman Yelena Bortnikova told reporters in Moscow, according to the TASS news agency.

In the Kyrgyz village of Ak-Sai, which lies a few hundred metres from the border, residents described hours of shelling. "We took the children and ran to the mountains," Gulnara Toktosunova, a 45-year-old schoolteacher, told the Interfax news agency. "When we came back in the morning, our school had burned down. Three houses on our street are gone."

About a third of the 970-kilometre border between the two former Soviet republics has never been demarcated, and disputes over land and water have repeatedly turned violent.''',
        [
            ("The parties agreed to withdraw additional", "State Committee for National Security"),
            ("Our side acted solely in self-defence", "Nurlan Abdyldaev"),
            ("We have never wanted war with", "Nurlan Abdyldaev"),
            ("opened fire without provocation", "Tajik Border Guard Service"),
            ("Dushanbe is ready to continue the", "Firdavs Nazarzoda"),
            ("We call on our Kyrgyz and", "Yelena Bortnikova"),
            ("We took the children and ran", "Gulnara Toktosunova"),
            ("When we came back in the", "Gulnara Toktosunova"),
        ],
    ),
    # 18 -- international/agency, Colombia ceasefire with guerrillas (curly); Spanish names, negotiator partial + split quotes, guerrilla delegate, Norwegian diplomat said:, senator on X, bishop by title, social leader "told Caracol Radio"
    (
'''Colombia’s government and the Comuneros Liberation Army (ELC), the country’s second-largest remaining guerrilla group, agreed on Friday to a six-month bilateral ceasefire and to resume formal peace negotiations, the two sides said in a joint communiqué issued in Havana.

The ceasefire will take effect on the first day of next month and will be monitored by the United Nations and the Catholic Church, according to the communiqué.

The government’s chief negotiator, Álvaro José Restrepo Gaviria, called the agreement “the most important step in ten years of talking.” “We have not signed peace today,” he told reporters in Havana. “What we have signed is a commitment to stop killing each other while we negotiate it.”

The ELC’s chief delegate, Jhon Jairo Pérez Oquendo, who is better known by his nom de guerre, El Ronco, said the guerrillas would respect the truce but warned that the government must act against paramilitary groups in the regions where the ELC operates.

“The ELC will comply with every word of what we signed,” Pérez said. “But the people of Arauca and Catatumbo are not only afraid of the army. They are afraid of the paramilitaries, and the state must protect them.”

Sigrid Aasheim, Norway’s special envoy to the talks, said in a statement: “Norway welcomes this agreement and stands ready to continue supporting the parties on the long road ahead.”

The agreement drew criticism from the opposition. Senator Mariana Echeverri Londoño of the National Renewal Party called the ceasefire “a gift to criminals”. “The ELC has used every previous ceasefire to recruit children and expand its drug business,” she wrote on X.

Monsignor Luis Alfonso Caicedo, who represents the Colombian Episcopal Conference at the talks, said the church would send priests and lay volunteers to help verify the truce in rural areas. “The church will be present in every corner where there is suffering,” the bishop said.

In the town of Saravena, in Arauca department, community leader Yaneth Cárdenas Mosquera said residents had heard promises before. “We want to believe,” she told Caracol Radio. “But here we have buried too many people to celebrate yet.”

The ELC, which has an estimated 5,000 fighters, has been at war with the state for six decades. Previous rounds of talks collapsed after bombings and kidnappings blamed on the group.''',
        [
            ("the most important step in ten", "Álvaro José Restrepo Gaviria"),
            ("We have not signed peace today", "Álvaro José Restrepo Gaviria"),
            ("What we have signed is a", "Álvaro José Restrepo Gaviria"),
            ("The ELC will comply with every", "Jhon Jairo Pérez Oquendo"),
            ("But the people of Arauca and", "Jhon Jairo Pérez Oquendo"),
            ("Norway welcomes this agreement and stands", "Sigrid Aasheim"),
            ("a gift to criminals", "Mariana Echeverri Londoño"),
            ("The ELC has used every previous", "Mariana Echeverri Londoño"),
            ("The church will be present in", "Luis Alfonso Caicedo"),
            ("We want to believe", "Yaneth Cárdenas Mosquera"),
            ("But here we have buried too", "Yaneth Cárdenas Mosquera"),
        ],
    ),
    # 19 -- international/agency, AU envoy on Tigray displaced; description "the former Kenyan vice-president", spokesman statement with partials, Ethiopian first-name back-reference, quote whose speaker is named in the next sentence, WFP statement
    (
'''The African Union's mediator for Ethiopia urged the federal government and authorities in the northern Tigray region on Thursday to speed up the return of displaced people, warning that delays risked undermining the peace agreement that ended two years of war.

Speaking at the end of a three-day visit to Mekelle, the Tigrayan capital, Joseph Kariuki Mwangi, the AU's high representative for the Horn of Africa, said more than a million people were still living in camps and host communities. "Peace is not only the silence of the guns," the former Kenyan vice-president said. "Peace is when a farmer can go back to his land and plant before the rains."

Federal government spokesman Dawit Hailemariam Bekele said in a statement that Addis Ababa remained "fully committed" to the agreement. "The government has fulfilled its obligations and will continue to do so," he said, adding that the return of displaced people "depends on the security situation on the ground, which is the responsibility of all parties."

The head of Tigray's interim administration, Berhane Gebrekidan, accused forces from the neighbouring Amhara region of continuing to occupy parts of western Tigray, preventing people from going home. "As long as these forces remain, there can be no return," Berhane told reporters in Mekelle. "We have been patient. Our people have been more patient than anyone could ask."

Amhara regional officials have previously said the disputed areas belong to Amhara and that their status should be decided by a referendum. A spokesman for the Amhara regional government could not be reached for comment.

"We have been in this camp for three years. My children do not remember our village." Letay Haile, 38, spoke to Reuters outside a school building in the town of Shire that now shelters some 4,000 displaced people. She said food rations had been cut twice this year. "Some days we eat once, some days not at all," she said.

The World Food Programme said in a statement that it had been forced to reduce rations for displaced people across northern Ethiopia because of funding shortfalls. "Without urgent new contributions, pipeline breaks are expected in the coming weeks," the agency said.

The war, which began in November 2020, killed hundreds of thousands of people, according to researchers, many of them from hunger and lack of medical care.''',
        [
            ("Peace is not only the silence", "Joseph Kariuki Mwangi"),
            ("Peace is when a farmer can", "Joseph Kariuki Mwangi"),
            ("fully committed", "Dawit Hailemariam Bekele"),
            ("The government has fulfilled its obligations", "Dawit Hailemariam Bekele"),
            ("depends on the security situation on", "Dawit Hailemariam Bekele"),
            ("As long as these forces remain,", "Berhane Gebrekidan"),
            ("We have been patient. Our people", "Berhane Gebrekidan"),
            ("We have been in this camp", "Letay Haile"),
            ("Some days we eat once, some", "Letay Haile"),
            ("Without urgent new contributions, pipeline breaks", "World Food Programme"),
        ],
    ),
    # 20 -- international/agency, French hostage freed in Mali (curly); ministry statement, Qatari spokesman "told Al Jazeera" split around cue, released hostage via France 24, brother "told France Info", government communique read on state TV, colonel partial, charity post
    (
'''A French aid worker kidnapped in Mali nearly two years ago has been freed and is on her way back to France, the French foreign ministry said on Sunday, thanking Qatar for its help in securing her release.

Béatrice Lemoine-Dufour, 61, who ran a programme for malnourished children in the central Mopti region for the charity Enfance Sahel, was abducted by gunmen in the town of Sévaré. A group linked to al-Qaeda later claimed responsibility.

“It is with immense relief that we learned of the release of our compatriot,” the foreign ministry said in a statement. “France expresses its deep gratitude to the State of Qatar, whose mediation was decisive.”

Khalid bin Nasser al-Marri, a spokesman for Qatar’s foreign ministry, told Al Jazeera that the release was the result of “months of patient and discreet work”. He declined to say whether a ransom had been paid. “Qatar does not discuss the details of such efforts,” he said, “but we are glad that a family is whole again.”

Lemoine-Dufour arrived in Doha on Saturday night aboard a Qatari government plane. In brief remarks to journalists at the airport, broadcast by France 24, she appeared thin but in good spirits.

“I was not mistreated, but the hardest thing was the silence, not knowing if anybody was still looking for me,” she said. “I thought every day of the children in Mopti.”

Her brother, Jean-Marc Lemoine, told the radio station France Info that the family had been told of her release only hours before she landed. “When the telephone rang I could not speak,” he said. “My sister is the most stubborn person I know. I think that is what kept her alive.”

The Malian transitional government said in a communiqué read on state television ORTM that its security services had “contributed actively” to the release. The government’s spokesman, Colonel Moussa Sidibé-Diarra, said Mali remained “a sovereign country that cooperates with all partners who respect it.”

Enfance Sahel said in a post on social media that its staff were “overwhelmed with joy” and asked for the family’s privacy to be respected.

Several other foreigners are still believed to be held by armed groups in the Sahel, where jihadist violence has spread from Mali to neighbouring Burkina Faso and Niger over the past decade.''',
        [
            ("It is with immense relief that", "French foreign ministry"),
            ("France expresses its deep gratitude to", "French foreign ministry"),
            ("months of patient and discreet work", "Khalid bin Nasser al-Marri"),
            ("Qatar does not discuss the details", "Khalid bin Nasser al-Marri"),
            ("but we are glad that a", "Khalid bin Nasser al-Marri"),
            ("I was not mistreated, but the", "Béatrice Lemoine-Dufour"),
            ("I thought every day of the", "Béatrice Lemoine-Dufour"),
            ("When the telephone rang I could", "Jean-Marc Lemoine"),
            ("My sister is the most stubborn", "Jean-Marc Lemoine"),
            ("contributed actively", "Malian transitional government"),
            ("a sovereign country that cooperates with", "Moussa Sidibé-Diarra"),
            ("overwhelmed with joy", "Enfance Sahel"),
        ],
    ),
]

STORIES_L = [
    # 1 -- Wikinews, local government (parking charges); two women quoted in turn, split quotes, "the council leader said", partial quote, council statement, reported Wikinews question
    (
'''Wednesday, March 12, 2025

Harwick District Council voted on Tuesday night to introduce parking charges at three town-centre car parks, ending more than forty years of free parking in the market town.

The proposal, passed by 23 votes to 19, will see drivers pay £1.20 per hour from June. Council leader Margaret Ellison-Hart said the charges were needed to close a budget gap of £2.4 million.

"Nobody on this side of the chamber wanted to do this," Ellison-Hart told councillors. "But the alternative was closing two libraries and cutting the bus subsidy, and I was not prepared to do that."

Opposition leader Priya Raman called the decision "a tax on the high street" and said traders had not been properly consulted.

"We have had shopkeepers on the phone all week," she said. "Some of them are telling us they will not survive another hit like this."

Ellison-Hart rejected the claim. She said the council had held four public meetings and received more than 1,100 responses to its consultation.

"The consultation was open for eight weeks. Anyone who wanted to have their say had the chance to do so," the council leader said.

Raman, who represents the Eastgate ward, said her group would ask for the decision to be reviewed by the council's scrutiny committee. "This is not over," she said.

Tom Barker, who has run a hardware shop on Bridge Street for 27 years, was among about sixty people who watched the debate from the public gallery.

"Saturday is my busiest day and most of my customers drive in from the villages. If they have to pay to park, they will go to the retail park instead, where it is free. I don't blame them," he told Wikinews after the vote.

In a statement released on Wednesday morning, the council said the first 30 minutes of parking would remain free "to support short visits to local shops" and that blue badge holders would be exempt.

Wikinews asked Ellison-Hart whether the charges could be reversed if town-centre footfall fell.

"We will review the scheme after twelve months," she said. "If the figures show real harm, we will look at it again."

Charges are expected to take effect on June 2.''',
        [
            ("Nobody on this side of the chamber", "Margaret Ellison-Hart"),
            ("But the alternative was closing two", "Margaret Ellison-Hart"),
            ("a tax on the high street", "Priya Raman"),
            ("We have had shopkeepers on the", "Priya Raman"),
            ("Some of them are telling us", "Priya Raman"),
            ("The consultation was open for eight", "Margaret Ellison-Hart"),
            ("This is not over", "Priya Raman"),
            ("Saturday is my busiest day and", "Tom Barker"),
            ("to support short visits to local", "Harwick District Council"),
            ("We will review the scheme after", "Margaret Ellison-Hart"),
            ("If the figures show real harm", "Margaret Ellison-Hart"),
        ],
    ),
    # 2 -- Wikinews, schools (village school closure); four men; speaker introduced at end of paragraph then two-paragraph quote; partial quote; Wikinews question reported
    (
'''Thursday, April 3, 2025

Parents in the village of Lower Densford have launched a campaign to save their primary school after the county council announced plans to close it at the end of the next academic year.

St Aidan's Church of England Primary School has 41 pupils, down from 96 a decade ago. Westmoor County Council says the school is costing nearly twice as much per pupil as the county average.

Headteacher Gareth Llewellyn-Jones, who has led the school since 2014, said staff had learned of the proposal from a letter sent to parents.

"We were given no warning at all. I found out at the same time as the families did, which is not how anyone should be treated after years of service.

"The building is old, yes, and our numbers have fallen. But this school is the last public building in the village. When it goes, there is nothing left."

The council's cabinet member for education, Derek Osei, said the decision had not been taken lightly.

"Every pound we spend keeping half-empty classrooms heated is a pound we cannot spend on children with special educational needs," Osei said. "We have a legal duty to make sure money goes where it is needed most."

He added that pupils would be offered places at Densford Primary, three miles away, with free transport provided.

Parent Ian Whitcombe, whose two sons attend St Aidan's, said the journey would add almost an hour to the school day for the youngest children. "My six-year-old is going to be on a bus before eight in the morning," he said. "That is not progress."

Whitcombe is one of the organisers of a petition that had collected 2,300 signatures by Wednesday evening. The campaign has also been backed by the local branch of the National Education Union, whose secretary, Andrew Kaminski, described the closure as "short-sighted and deeply unfair".

"Small schools are not a luxury," Kaminski said at a meeting in the village hall on Tuesday. "They are often the difference between a child being known and a child being a number."

Llewellyn-Jones said the school would continue to operate normally while the consultation ran. Asked by Wikinews what he would tell pupils, he said: "I will tell them the truth, which is that the grown-ups are arguing about it and they should keep working hard."

A formal consultation runs until May 30. A final decision is expected in July.''',
        [
            ("We were given no warning at", "Gareth Llewellyn-Jones"),
            ("Every pound we spend keeping half-empty", "Derek Osei"),
            ("We have a legal duty to", "Derek Osei"),
            ("My six-year-old is going to be", "Ian Whitcombe"),
            ("That is not progress", "Ian Whitcombe"),
            ("short-sighted and deeply unfair", "Andrew Kaminski"),
            ("Small schools are not a luxury", "Andrew Kaminski"),
            ("They are often the difference between", "Andrew Kaminski"),
            ("I will tell them the truth", "Gareth Llewellyn-Jones"),
        ],
    ),
    # 3 -- Wikinews, transport (rail viaduct closure); unnamed company spokeswoman, three women, "the 41-year-old said", partial quote, company statement
    (
'''Monday, May 19, 2025

Commuters on the Kellbrook to Ashfield railway line face at least six more weeks of disruption after engineers found further damage to a viaduct near Millhaven, the line's operator said on Monday.

Trains have been replaced by buses between Millhaven and Ashfield since April 28, when inspectors discovered cracks in two of the viaduct's stone arches. Northline Rail had originally said the route would reopen in early June.

"The further investigations have shown the problem is more extensive than we first thought," a Northline Rail spokeswoman said. "Safety has to come first, and we will not run trains over the structure until our engineers are satisfied it is sound."

The company's operations director, Helen Adeyemi-Clarke, told a meeting of local councillors that repair work was now expected to last until mid-July.

"I know how frustrating this is. I use this line myself," she said. "We are adding extra buses at peak times and we are looking at whether we can run a shuttle train on the section that is not affected."

Passengers have complained that replacement buses are often full and take up to forty minutes longer than the train. Susan Marchetti, chair of the Kellbrook Line Passengers' Association, said members had reported being left standing at stops.

"People are losing money. They are being docked pay for arriving late to work, and some have simply given up and gone back to driving," Marchetti said. "The buses were meant to be a stopgap for a few weeks. Nobody planned for them to be the service all summer."

She said the association would write to Northline Rail asking for season ticket holders to be compensated for the whole period of disruption.

Adeyemi-Clarke said compensation was "still being looked at by the board" but that no decision had been made.

Rukhsana Begum, a nurse at Ashfield General Hospital who travels from Kellbrook each day, said her commute had risen from 35 minutes to well over an hour.

"On a night shift, that is fine. On an early, it means leaving home at half five," the 41-year-old said. "I have two kids. Something has to give."

Northline Rail said in a statement that the viaduct, built in 1869, was inspected every year and that the cracks had not been visible during the previous inspection in September.

"Heavy rainfall over the winter is likely to have contributed," the statement said.

The company has set up a page on its website with updated bus timetables.''',
        [
            ("The further investigations have shown the", "Northline Rail"),
            ("Safety has to come first, and", "Northline Rail"),
            ("I know how frustrating this is", "Helen Adeyemi-Clarke"),
            ("We are adding extra buses at", "Helen Adeyemi-Clarke"),
            ("People are losing money", "Susan Marchetti"),
            ("The buses were meant to be", "Susan Marchetti"),
            ("still being looked at by the", "Helen Adeyemi-Clarke"),
            ("On a night shift, that is", "Rukhsana Begum"),
            ("I have two kids", "Rukhsana Begum"),
            ("Heavy rainfall over the winter is", "Northline Rail"),
        ],
    ),
    # 4 -- Wikinews, courts (fraud sentencing); four women (prosecutor, victim's daughter, judge, detective); victim statement; reported speech with partial quotes; judge's remarks over two quotes; split quote at end
    (
'''Friday, June 6, 2025

A builder who took more than £180,000 from elderly homeowners for work he never finished was jailed for six years at Carnford Crown Court on Thursday.

Darren Michael Pyle, 52, of Hollins Road, Carnford, had admitted eleven counts of fraud by false representation at an earlier hearing. The court heard that between 2019 and 2023 he had targeted pensioners living alone, asking for large payments upfront for roofing and damp-proofing work.

Prosecutor Fiona Dunleavy told the court that one victim, an 87-year-old widow, had paid Pyle £34,000 in cash over three months. "She withdrew the money in instalments from her bank because he told her the roof was in danger of collapse," Dunleavy said. "There was nothing wrong with the roof."

In a victim statement read to the court, the widow's daughter, Angela Fairbairn, said her mother had "lost her confidence, her savings and her trust in people".

"She no longer answers the door. She used to love having people round, and now she sits with the curtains closed," the statement said.

Kwame Boateng-Asante, defending, said Pyle had got into financial difficulty after his business partner left and had "made a series of very bad decisions in a state of panic". He told the court his client was "deeply ashamed of what he has done" and had offered to sell his house to repay the victims.

Sentencing, Judge Rosalind Achterberg said Pyle had deliberately chosen people he thought would not complain.

"You went looking for the vulnerable. You picked people who lived alone, who were old, and who you believed would be too embarrassed or too frightened to go to the police," she said.

"Your remorse, such as it is, came only when you were caught."

The judge also made a confiscation order and said a separate hearing would decide how much Pyle must repay.

Outside court, Detective Sergeant Claire Wendover of Carnford Police said the case had begun with a single phone call from a bank worker who noticed one of the withdrawals.

"That cashier's instinct is the reason we are here today," she said. "If you think a relative is being pressured into paying for work, please call us. We would much rather hear from you early."

Fairbairn, speaking briefly to reporters, said the family was relieved. "Six years will not give Mum her money back," she said, "but at least he cannot do this to anybody else for a while."''',
        [
            ("She withdrew the money in instalments", "Fiona Dunleavy"),
            ("There was nothing wrong with the", "Fiona Dunleavy"),
            ("lost her confidence, her savings and", "Angela Fairbairn"),
            ("She no longer answers the door", "Angela Fairbairn"),
            ("made a series of very bad", "Kwame Boateng-Asante"),
            ("deeply ashamed of what he has", "Kwame Boateng-Asante"),
            ("You went looking for the vulnerable", "Rosalind Achterberg"),
            ("Your remorse, such as it is", "Rosalind Achterberg"),
            ("That cashier's instinct is the reason", "Claire Wendover"),
            ("If you think a relative is", "Claire Wendover"),
            ("Six years will not give Mum", "Angela Fairbairn"),
            ("but at least he cannot do", "Angela Fairbairn"),
        ],
    ),
    # 5 -- Wikinews, sport (football manager sacked); CURLY quotes; chant with no speaker; club statement by chairman; "the 29-year-old defender said"; supporters' trust post on X; Wikinews interview remarks
    (
'''Sunday, April 27, 2025

Brackley Town have sacked manager Luis Ferreira-Mendes hours after a 3–0 home defeat to Eastholme United confirmed the club’s relegation from the Northern Premier Division.

The Portuguese coach, who was appointed in October, won only five of his 26 league matches in charge. Fans chanted “We want our club back” towards the directors’ box in the closing minutes of Saturday’s match.

Club chairman Viktor Halvorsen announced the decision in a statement on the club’s website on Saturday evening.

“Luis has worked tirelessly since he arrived and we thank him for his commitment. However, the results have not been good enough, and the board believes a fresh start is needed ahead of a very important summer for this club,” Halvorsen said.

Speaking to Wikinews before the announcement, Ferreira-Mendes had said he expected to remain in charge. “I have a contract, I have a plan, and I have the support of the players,” he said. “What I need is time.”

Club captain Jamie O’Rourke said the squad had let the manager down. “It’s on us, the players,” the 29-year-old defender said. “He gave us a game plan every week and we didn’t carry it out. You can’t blame the gaffer for that.”

The Brackley Town Supporters’ Trust, which owns a 12 per cent stake in the club, said it had been told of the sacking only minutes before it was made public.

“Supporters deserve better than to find out about major decisions on social media,” the trust said in a post on X. “We will be seeking an urgent meeting with the board.”

The trust’s chair, Denise Whittle, told Wikinews she was more concerned about the club’s finances than about who was in the dugout.

“The manager is the symptom, not the cause,” she said. “We have had four managers in three years. Ask yourself who keeps appointing them.”

Halvorsen, who bought the club in 2021, has faced growing criticism from fans. He did not respond to a request from Wikinews for comment on Whittle’s remarks.

Assistant manager Craig Mullins will take charge of the final two matches of the season.''',
        [
            ("We want our club back", None),
            ("Luis has worked tirelessly since he", "Viktor Halvorsen"),
            ("I have a contract, I have", "Luis Ferreira-Mendes"),
            ("What I need is time", "Luis Ferreira-Mendes"),
            ("It’s on us, the players", "Jamie O’Rourke"),
            ("He gave us a game plan", "Jamie O’Rourke"),
            ("Supporters deserve better than to find", "Brackley Town Supporters’ Trust"),
            ("We will be seeking an urgent", "Brackley Town Supporters’ Trust"),
            ("The manager is the symptom, not", "Denise Whittle"),
            ("We have had four managers in", "Denise Whittle"),
        ],
    ),
    # 6 -- Wikinews, health (urgent treatment centre); Wikinews question quoted directly then unattributed two-paragraph answer; minister vs nurses' union; partial quote; "the minister added"
    (
'''Tuesday, February 11, 2025

A new urgent treatment centre opened at Rosedale General Hospital on Monday in an attempt to ease pressure on the hospital's emergency department, where some patients have waited more than 24 hours for a bed.

The centre, built in a former outpatients wing at a cost of £6.8 million, will treat minor injuries and illnesses such as sprains, cuts and infections. It is open from 8am to 10pm, seven days a week.

Dr Amara Nwosu, clinical director for emergency medicine at the hospital, said around a third of people who attend the emergency department could be seen more quickly elsewhere.

"We have people with broken wrists sitting next to people having strokes, and they are all in the same queue. That's not good for either of them," she said.

Wikinews asked Nwosu: "How long before patients notice a difference?"

"Honestly? Not overnight. We need people to know the centre is here, and we need GPs and the 111 service to start sending patients to it.

"If we get that right, I would expect to see waiting times in the main department come down by the spring."

Health minister Rhodri Pryce, who attended the opening, said the centre was one of nine being built across the region.

"This is what investment looks like," Pryce said. "It's not a press release. It's a building, with staff in it, treating patients today."

But Siobhan McNeill-Barry, the regional secretary of the Royal College of Nursing, said the new centre would struggle without more staff. The college said 140 nursing posts at the hospital were vacant.

"You can build as many units as you like," McNeill-Barry said. "If there aren't nurses to work in them, they're just rooms."

Pryce rejected that, saying recruitment at the hospital was "the highest it has been for five years". The minister added that 60 nurses recruited from overseas would start work by the summer.

Among the first patients at the centre was Gloria Mensah, 67, who had cut her hand while gardening. She was seen within 25 minutes.

"Last year I came in with a burn and I waited nine hours," she said. "Today I had a cup of tea and was out again. I couldn't believe it."

The hospital trust said in a statement that patients should continue to call 999 or go to the emergency department in a life-threatening emergency.''',
        [
            ("We have people with broken wrists", "Amara Nwosu"),
            ("How long before patients notice a", "Wikinews"),
            ("Honestly? Not overnight. We need", "Amara Nwosu"),
            ("This is what investment looks like", "Rhodri Pryce"),
            ("It's not a press release", "Rhodri Pryce"),
            ("You can build as many units", "Siobhan McNeill-Barry"),
            ("If there aren't nurses to work", "Siobhan McNeill-Barry"),
            ("the highest it has been for", "Rhodri Pryce"),
            ("Last year I came in with", "Gloria Mensah"),
            ("Today I had a cup of", "Gloria Mensah"),
        ],
    ),
    # 7 -- Wikinews, business (factory closure); company statement; "said X, a machine setter"; speaker introduced at end of paragraph then quote with no verb; MP quoting; CEO message to staff; partial quote
    (
'''Wednesday, July 9, 2025

Car parts maker Halberd Components is to close its factory in Drayfield with the loss of 340 jobs, the company announced on Tuesday.

Production at the plant, which makes brake assemblies for European carmakers, will move to an existing Halberd site in Poland over the next nine months.

"This has been an extremely difficult decision, and it is not a reflection on the skill or dedication of our Drayfield workforce," the company said in a statement. "Falling demand and rising energy costs have left the site operating at a significant loss for three consecutive years."

Staff were told of the closure at a meeting on Tuesday morning. Many learned the news on the factory floor, where the announcement was relayed over loudspeakers.

"Thirty-one years I've been here," said Pete Ashworth, a machine setter. "My dad worked here before me. They gave us fifteen minutes and a leaflet."

Raymond Tsang, regional officer for the Unite union, said the union had not been consulted before the announcement and would be seeking talks with management. He was blunt about the company's reasons.

"Energy costs have gone up for everybody. Other firms in this town are managing. This is about moving production to where labour is cheaper, and they should have the honesty to say so."

Tsang said the union would press the company to improve its redundancy terms and to keep the site open until a buyer could be found.

Local MP Graham Fellowes said he had spoken to Halberd's chief executive, Matthias Kohler, on Tuesday afternoon.

"I made clear to him that the government stands ready to help if there is any prospect of keeping manufacturing on this site," Fellowes said. "I also made clear that the way staff have been told is not acceptable."

Kohler, in a message to staff seen by Wikinews, said the company would offer "enhanced redundancy packages above the statutory minimum" and support with retraining.

"I recognise that nothing I say today will make this news easier to hear," he wrote.

The closure is the largest in Drayfield since the town's paper mill shut in 2009. Drayfield Chamber of Commerce president Lesley Quinlan said the impact would be felt far beyond the factory gates.

"Every one of those 340 wages is spent in our shops, our pubs and our garages," she said.''',
        [
            ("This has been an extremely difficult", "Halberd Components"),
            ("Falling demand and rising energy costs", "Halberd Components"),
            ("Thirty-one years I've been here", "Pete Ashworth"),
            ("My dad worked here before me", "Pete Ashworth"),
            ("Energy costs have gone up for", "Raymond Tsang"),
            ("I made clear to him that", "Graham Fellowes"),
            ("I also made clear that the", "Graham Fellowes"),
            ("enhanced redundancy packages above the statutory", "Matthias Kohler"),
            ("I recognise that nothing I say", "Matthias Kohler"),
            ("Every one of those 340 wages", "Lesley Quinlan"),
        ],
    ),
    # 8 -- Wikinews, local government/planning (appeal); inspector's decision letter; three women; split quote with cue in middle; Wikinews interview with direct question and unattributed answer
    (
'''Saturday, August 16, 2025

A government planning inspector has overturned a council's refusal of 450 homes on farmland at the edge of Whitby Cross, a decision campaigners have vowed to fight.

Ashvale Borough Council rejected Thornbury Homes' application last year, arguing that the site lay outside the boundary set out in its local plan and that local roads could not cope with the extra traffic.

But inspector Jennifer Lowther ruled that the council had failed to show it had enough land for housing over the next five years, which under national rules weakens its ability to refuse development.

"The council accepts that it can demonstrate only a 3.1-year supply," Lowther wrote in her decision letter. "In these circumstances the shortfall is significant, and the benefits of the scheme, including 135 affordable homes, clearly outweigh the harm identified."

Beatrice Okonkwo, chair of the Save Whitby Fields group, said residents were "angry and exhausted and feel ignored". The group raised more than £20,000 to pay for legal representation at the appeal hearing.

"We did everything we were asked to do. We came to the meetings, we filled in the forms, we helped write the plan. And now someone who has visited the village twice has thrown it out," she said.

Councillor Maureen Tate, the council's planning portfolio holder, said the council was "deeply disappointed by the inspector's decision" and was considering whether there were grounds for a legal challenge. She conceded the council had fallen behind on housing targets.

"We have approved more homes in the past two years than at any time in the last decade," she said, "but the targets keep going up faster than the builders can build."

Thornbury Homes managing director Sanjay Mehta-Rao welcomed the ruling. In an interview with Wikinews, he was asked whether the company would consider reducing the size of the scheme.

"No. The inspector has looked at this in great detail and has agreed that these homes are needed," he said. "There are young families in Whitby Cross who cannot afford to live in the village they grew up in. This is for them."

Wikinews asked: "What about the roads?"

"We are paying for a new roundabout and for improvements to the junction at Mill Lane. The highways authority did not object."

Okonkwo said the group would meet next week to decide its next steps. "We haven't given up," she said.

Construction could begin as early as next spring.''',
        [
            ("The council accepts that it can", "Jennifer Lowther"),
            ("In these circumstances the shortfall is", "Jennifer Lowther"),
            ("angry and exhausted and feel ignored", "Beatrice Okonkwo"),
            ("We did everything we were asked", "Beatrice Okonkwo"),
            ("deeply disappointed by the inspector's decision", "Maureen Tate"),
            ("We have approved more homes in", "Maureen Tate"),
            ("but the targets keep going up", "Maureen Tate"),
            ("No. The inspector has looked at", "Sanjay Mehta-Rao"),
            ("There are young families in Whitby", "Sanjay Mehta-Rao"),
            ("What about the roads?", "Wikinews"),
            ("We are paying for a new", "Sanjay Mehta-Rao"),
            ("We haven't given up", "Beatrice Okonkwo"),
        ],
    ),
    # 9 -- Wikinews, schools (student wins engineering award); Wikinews Q&A snippets with unattributed answers; teacher and mother (women) quoted in turn; "the teacher said"; partial quote
    (
'''Thursday, March 20, 2025

A 17-year-old student from Castlereagh Academy in Penmoor has won the national Young Engineer of the Year award for a low-cost water filter made from recycled materials.

Nadia Haddad received the award, which comes with a £5,000 prize, at a ceremony in Birmingham on Wednesday evening. Her filter, built from plastic bottles, sand and charcoal from a local barbecue supplier, removed more than 98 per cent of bacteria in laboratory tests.

Dr Lorraine Abbott, chief executive of the Young Engineers Trust, which runs the competition, said the judges had been impressed by the simplicity of the design.

"Some of the entries this year were extraordinarily sophisticated. Nadia's stood out because it was the opposite. It was something you could build in a village with no electricity, and it works," Abbott said.

Haddad, whose family moved to Penmoor from Lebanon in 2016, spoke to Wikinews the morning after the ceremony.

Wikinews: "Where did the idea come from?"

"My grandmother's village doesn't have clean water most of the summer. When we visit, we boil everything. I wanted to find something cheaper than the filters you can buy, because most people there can't afford those."

Wikinews: "What will you do with the prize money?"

"Some of it is going towards university. The rest I want to use to build twenty filters and take them with me when we go back this summer."

Her physics teacher, Joanna Pretorius, said Haddad had spent most of her lunch breaks in the school laboratory since September.

"She would come in with a bag of bottles and a new idea every Monday," Pretorius said. "Half of them didn't work. She'd write down why and try the next one. That's what engineering is."

The teacher said the school was "incredibly proud of what she has achieved" and that younger students had already begun asking about entering next year's competition.

Haddad's mother, Samira Haddad, watched the ceremony from the audience. "I cried the whole time," she told Wikinews. "She has worked so hard. She deserves this."

Haddad hopes to study chemical engineering. She has applied to four universities and is waiting to hear about offers.

"I used to think engineering was about bridges and cars," she said. "Now I think it's about solving the problem in front of you with whatever you've got."

The Young Engineers Trust said it had received a record 1,460 entries this year.''',
        [
            ("Some of the entries this year", "Lorraine Abbott"),
            ("Where did the idea come from?", "Wikinews"),
            ("My grandmother's village doesn't have clean", "Nadia Haddad"),
            ("What will you do with the", "Wikinews"),
            ("Some of it is going towards", "Nadia Haddad"),
            ("She would come in with a", "Joanna Pretorius"),
            ("Half of them didn't work", "Joanna Pretorius"),
            ("incredibly proud of what she has", "Joanna Pretorius"),
            ("I cried the whole time", "Samira Haddad"),
            ("She has worked so hard", "Samira Haddad"),
            ("I used to think engineering was", "Nadia Haddad"),
            ("Now I think it's about solving", "Nadia Haddad"),
        ],
    ),
    # 10 -- Wikinews, courts (judicial review of traffic scheme); judgment quoted ("the judge wrote"); four men; partial quotes in reported speech; ambulance service statement
    (
'''Tuesday, September 23, 2025

The High Court has ruled that Brookfield City Council acted unlawfully when it closed eleven residential streets to through traffic in the Eastfield area without carrying out a proper consultation.

The low-traffic neighbourhood was introduced in March 2024 using an experimental traffic order, which allows councils to make changes before consulting residents. Planters and camera-enforced gates were installed across the area.

In her judgment, Mrs Justice Adaeze Okafor said the council had "closed its mind to any objections" before the experimental period had ended.

"The purpose of an experimental order is to allow the authority to observe the effects of a scheme and to take account of objections made during that period," the judge wrote. "The evidence shows that the decision to make the scheme permanent had, in substance, been taken before the consultation closed."

The case was brought by Eastfield Residents for Fair Access, a group of residents and small business owners. Its spokesman, Colin Drury, said the ruling was "a victory for common sense".

"We were never against cleaner air or safer streets. We were against being told what was going to happen and then being asked our opinion afterwards," Drury said outside the Royal Courts of Justice.

Council leader Ahmed Siddiqui said the authority was studying the judgment and had not decided whether to appeal.

"The court has not said the scheme is a bad idea. It has said we got the process wrong," he said. "Traffic on these streets is down by more than half, and collisions are down too. I don't want to throw that away."

Tobias Lindqvist, of the Brookfield Cycling Campaign, said parents in the area were worried about what would happen if the planters were removed.

"Kids have been walking to school on their own for the first time," he said. "If the rat-running comes back, that stops overnight."

Drury dismissed that concern. He said residents on the boundary roads had been "living with double the traffic so that people on the quiet streets could enjoy the peace".

The judge ordered that the traffic order be quashed but suspended the order for 28 days to allow the council to consider its position.

The South Midlands Ambulance Service, which had raised concerns about response times during the consultation, said in a brief statement that it "would continue to work with the council on any future proposals".''',
        [
            ("closed its mind to any objections", "Adaeze Okafor"),
            ("The purpose of an experimental order", "Adaeze Okafor"),
            ("The evidence shows that the decision", "Adaeze Okafor"),
            ("a victory for common sense", "Colin Drury"),
            ("We were never against cleaner air", "Colin Drury"),
            ("The court has not said the", "Ahmed Siddiqui"),
            ("Traffic on these streets is down", "Ahmed Siddiqui"),
            ("Kids have been walking to school", "Tobias Lindqvist"),
            ("If the rat-running comes back", "Tobias Lindqvist"),
            ("living with double the traffic so", "Colin Drury"),
            ("would continue to work with the", "South Midlands Ambulance Service"),
        ],
    ),
    # 11 -- Wikinews, health (measles outbreak); CURLY quotes; public health director over two separate quote paragraphs; notice on school gate (no speaker); several women; "the 34-year-old said"; "the public health director said"
    (
'''Monday, January 20, 2025

Health officials in Calderbrook have urged parents to check their children’s vaccination records after 23 cases of measles were confirmed in the town in three weeks, most of them among primary school pupils.

Dr Ifeoma Chukwu, Calderbrook’s director of public health, said the outbreak was the largest in the area for more than a decade.

“Measles is not a mild illness. One in five children who catch it will need to go to hospital, and it can cause serious complications including pneumonia and brain swelling,” she said at a press conference on Monday.

“The good news is that it is almost entirely preventable. Two doses of the MMR vaccine give around 97 per cent protection.”

Uptake of the second dose among five-year-olds in Calderbrook stands at 79 per cent, well below the 95 per cent needed to prevent outbreaks, according to figures published by the council.

Eleven of the cases are linked to Hollybank Primary School, where a handwritten notice taped to the gate on Monday morning read: “Please keep children with a rash or high temperature at home.”

The school’s headteacher, Harriet Bale, said attendance had fallen by around a fifth since the outbreak began. She said the school was working with health officials and would remain open.

“Our message to families is simple: if your child is well, they should be in school, and if you are not sure whether they have had both jabs, ring your GP today,” Bale said.

Zainab Yusuf, whose daughter is in Year 2 at Hollybank, said she had not realised her child had missed the second dose until she received a letter from the school.

“We moved house when she was three and I think it just got lost,” she said. “I felt awful. We went to the surgery the same afternoon.”

The 34-year-old said other parents had told her they were nervous about the vaccine because of things they had read online.

Dr Owain Griffiths, a GP at the Calder Road surgery, said his practice had added evening and Saturday clinics. “We’ve vaccinated more than 200 children in a fortnight,” he said. “Anyone who has questions, we would much rather they came and asked us than asked the internet.”

Chukwu said the council would also run pop-up vaccination sessions at three schools this week.

“Nobody is going to be judged for coming forward,” the public health director said. “We just want to get children protected.”''',
        [
            ("Measles is not a mild illness", "Ifeoma Chukwu"),
            ("The good news is that it", "Ifeoma Chukwu"),
            ("Please keep children with a rash", None),
            ("Our message to families is simple", "Harriet Bale"),
            ("We moved house when she was", "Zainab Yusuf"),
            ("I felt awful. We went to", "Zainab Yusuf"),
            ("We’ve vaccinated more than 200 children", "Owain Griffiths"),
            ("Anyone who has questions, we would", "Owain Griffiths"),
            ("Nobody is going to be judged", "Ifeoma Chukwu"),
            ("We just want to get children", "Ifeoma Chukwu"),
        ],
    ),
    # 12 -- Wikinews, sport (city marathon); quote through interpreter; "the Kenyan said"; nested quote inside a quote; two separate quote paragraphs from one runner; charity runner
    (
'''Sunday, October 12, 2025

Ethiopian runner Tesfaye Gebremedhin won the Harbourside Marathon on Sunday in a course record of 2 hours 7 minutes and 41 seconds, while Spain's María José Caballero took the women's race in her first marathon.

Gebremedhin, 24, broke away from a lead group of five at the 35-kilometre mark and finished 52 seconds ahead of Kenya's Daniel Kiprotich Mutai.

"The wind was very strong on the bridge, so we waited. After the bridge I felt good, and I decided to go," Gebremedhin said through an interpreter. "I did not think about the record. I thought only about the finish."

Mutai, who won the race in 2023, said he had no answer to the Ethiopian's pace over the final seven kilometres. "He was too strong today," the Kenyan said. "I tried to follow, but my legs said no."

Caballero, a 28-year-old former 10,000 metres runner from Valencia, finished in 2:24:09. She told Wikinews she had considered dropping out at halfway.

"I had a pain in my side from about 18 kilometres. My coach told me before the race, 'If it hurts, slow down, don't stop.' So I slowed down a little, and the pain went away," she said.

"Then at 35 I looked back and there was nobody. That's when I started to believe."

Race director Neil Ashdown said a record 18,400 runners had started the race, which raised an estimated £3.2 million for charity.

"The weather was kind to us, the crowds were fantastic, and we've got a course record to show for it. You can't ask for much more than that," Ashdown said.

Among the charity runners was Brenda Kowalczyk, 71, who completed the course in just under six hours, raising more than £8,000 for a hospice that cared for her husband.

"He always said I'd never do it," she said, holding her medal. "Well, I've done it now, haven't I?"

Organisers said 14 runners were treated by medical staff, two of whom were taken to hospital as a precaution.''',
        [
            ("The wind was very strong on", "Tesfaye Gebremedhin"),
            ("I did not think about the", "Tesfaye Gebremedhin"),
            ("He was too strong today", "Daniel Kiprotich Mutai"),
            ("I tried to follow, but my", "Daniel Kiprotich Mutai"),
            ("I had a pain in my", "María José Caballero"),
            ("Then at 35 I looked back", "María José Caballero"),
            ("The weather was kind to us", "Neil Ashdown"),
            ("He always said I'd never do", "Brenda Kowalczyk"),
            ("Well, I've done it now, haven't", "Brenda Kowalczyk"),
        ],
    ),
    # 13 -- Wikinews, business (airline collapse); administrator's statement; quote whose speaker is named in the next paragraph; government department spokeswoman; unnamed union spokesman
    (
'''Friday, November 14, 2025

Regional airline SkyLink Western has collapsed into administration, cancelling all flights and leaving around 4,000 passengers stranded, administrators said on Friday.

The Penbury-based carrier, which operated 14 turboprop aircraft on routes between Britain, Ireland and the Channel Islands, ceased trading at 4am. Its 620 staff were told by email shortly afterwards.

"It is with great regret that we have been appointed administrators. All flights have been cancelled and passengers should not travel to the airport," joint administrator Philippa Greaves of Marlow Kettering Advisory said in a statement.

The airline had been searching for a buyer since the summer, after a sharp rise in fuel and maintenance costs.

"We were told on Monday everything was fine. On Monday!"

The words came from Jenna Holloway, a flight attendant who had worked for the airline for nine years and was among a group of staff who gathered outside its headquarters on Friday morning.

"Nobody's been paid for October yet either," she said. "I have a mortgage. I don't know what I'm supposed to do."

Penbury Airport chief executive Martin Okoye said SkyLink Western accounted for almost 40 per cent of the airport's passengers.

"This is a very serious blow to the airport and to the region," he said. "We are already talking to other airlines about taking over some of the routes, but I won't pretend that will happen quickly."

The Department for Transport said it was working with other carriers to help passengers get home. A spokeswoman for the department said: "Our priority is to make sure that anyone who is stranded abroad can return to the UK as soon as possible."

Passenger Li Wei, who had been due to fly from Penbury to Jersey for a family wedding on Saturday, found out about the collapse when she arrived at the check-in desk.

"There was just a piece of paper stuck to the counter," she told Wikinews. "No staff, nothing. I've had to book a ferry, which takes eight hours, and I'll miss the rehearsal dinner."

The Aircrew Union said the collapse showed the need for a licensing system that required airlines to prove they could survive for several months without new revenue. "Passengers and staff are always the ones left to pick up the pieces," a union spokesman said.

Greaves said passengers who had booked with a credit card should contact their card provider.''',
        [
            ("It is with great regret that", "Philippa Greaves"),
            ("We were told on Monday everything", "Jenna Holloway"),
            ("Nobody's been paid for October yet", "Jenna Holloway"),
            ("I have a mortgage. I don't", "Jenna Holloway"),
            ("This is a very serious blow", "Martin Okoye"),
            ("We are already talking to other", "Martin Okoye"),
            ("Our priority is to make sure", "Department for Transport"),
            ("There was just a piece of", "Li Wei"),
            ("No staff, nothing. I've had to", "Li Wei"),
            ("Passengers and staff are always the", "Aircrew Union"),
        ],
    ),
    # 14 -- Wikinews, local government (US city budget, police funding); middle initials; reported speech mixed with partial quote; "the chief said"; "the mayor said"; several residents
    (
'''Wednesday, June 18, 2025

The city council of Marlow Springs, Ohio, voted 5–2 on Tuesday night to approve a $214 million budget that includes funding for 18 additional police officers, after a four-hour meeting in which more than 70 residents spoke.

Mayor Lorraine P. Whitfield, who proposed the increase, said the city had seen a rise in car thefts and burglaries over the past two years.

"People in this city want to feel safe in their homes, and right now a lot of them don't," Whitfield said. "Eighteen officers is not going to solve everything. But it's a start, and it's what residents asked for."

Council member Demetrius J. Carter, who voted against the budget, said the money would be better spent on youth programs and mental health services. He said the plan was "the same answer we've been giving for thirty years" and that he would push for an independent review of police spending.

"We keep adding officers and we keep being surprised that the problems don't go away," Carter said.

Carter was joined in voting no by council member Rebecca Solis-Warner, who said she supported more officers in principle but objected to cuts elsewhere in the budget. The plan reduces funding for the city's public library system by 6 percent.

"I can't vote for a budget that closes libraries on Sundays," Solis-Warner said. "Those are the days working families can actually use them."

Police Chief Howard Beasley told the council the department had 23 vacancies and that officers were regularly working double shifts.

"My officers are exhausted. We are answering calls, but we are not doing the kind of community policing that prevents crime in the first place, because we simply don't have the people," the chief said.

Among the residents who spoke was Maxine Trudeau, a retired teacher from the city's North End. She described waiting more than an hour for officers to respond after her car was broken into in March.

"I'm not asking for a miracle," she said. "I'm asking for somebody to show up."

Another speaker, Anthony Reyes, a youth worker, urged the council to reconsider. "Put the money into these kids before they end up in the back of a squad car," he said, to applause from part of the audience.

Whitfield said after the vote that she would meet with library staff to look at ways to keep Sunday hours. "Nobody up here wants to cut library hours," the mayor said.

The budget takes effect on July 1.''',
        [
            ("People in this city want to", "Lorraine P. Whitfield"),
            ("Eighteen officers is not going to", "Lorraine P. Whitfield"),
            ("the same answer we've been giving", "Demetrius J. Carter"),
            ("We keep adding officers and we", "Demetrius J. Carter"),
            ("I can't vote for a budget", "Rebecca Solis-Warner"),
            ("Those are the days working families", "Rebecca Solis-Warner"),
            ("My officers are exhausted. We are", "Howard Beasley"),
            ("I'm not asking for a miracle", "Maxine Trudeau"),
            ("I'm asking for somebody to show", "Maxine Trudeau"),
            ("Put the money into these kids", "Anthony Reyes"),
            ("Nobody up here wants to cut", "Lorraine P. Whitfield"),
        ],
    ),
    # 15 -- Wikinews, transport (bus strike); long quote split with cue in middle; partial quotes; several men then two female passengers; councillor
    (
'''Monday, September 1, 2025

Bus drivers in Tarrington began a two-week strike on Monday in a dispute over pay, leaving most of the city's routes without a service on the first day of the new school term.

About 480 drivers employed by Tarrington City Buses walked out at 4am after talks between the company and the Unite union broke down on Friday. Only three routes, run by a different operator, are unaffected.

Mohammed Al-Rashid, the union's branch secretary, said drivers had been offered a 3 per cent pay rise, which he described as "a real-terms pay cut dressed up as generosity".

"Our members have kept this city moving through a pandemic, through floods, through roadworks that have gone on for years," Al-Rashid said on the picket line at the Wharf Road depot, "and all they are asking is to be paid enough to keep up with their rent and their food bills, which I don't think is unreasonable."

Tarrington City Buses managing director Keith Lomax said the offer was the best the company could afford. Passenger numbers have not returned to pre-pandemic levels, he said, and the company depends on a council subsidy for a third of its routes.

"I want to be very clear: we value our drivers. But there is no pot of gold here. If we pay more than we can afford, routes will have to go," Lomax said.

He said the company was ready to return to talks "at any time, without preconditions".

Al-Rashid said the union would not return to talks unless the company improved its offer. "We've had enough meetings," he said.

At the city's main bus station on Monday, the departure boards showed rows of cancellations. Ellie Brandt, 16, had walked two miles to the station before realising her bus to Tarrington Sixth Form College was not running.

"I saw something on Instagram but I thought it was next week," she said. "My mum's at work so I'll probably just have to walk the rest."

Doreen Pugh, 78, said she relied on the bus for hospital appointments. "I don't drive and taxis are too expensive," she said. "I had a blood test booked for this morning and I've had to cancel it."

Councillor Stephen Mbeki-Lewis, who chairs the city council's transport committee, called on both sides to go to the arbitration service Acas. "Every day this goes on, it's the people with the least who suffer most," he said.

The strike is due to end on September 15.''',
        [
            ("a real-terms pay cut dressed up", "Mohammed Al-Rashid"),
            ("Our members have kept this city", "Mohammed Al-Rashid"),
            ("and all they are asking is", "Mohammed Al-Rashid"),
            ("I want to be very clear", "Keith Lomax"),
            ("at any time, without preconditions", "Keith Lomax"),
            ("We've had enough meetings", "Mohammed Al-Rashid"),
            ("I saw something on Instagram but", "Ellie Brandt"),
            ("My mum's at work so I'll", "Ellie Brandt"),
            ("I don't drive and taxis are", "Doreen Pugh"),
            ("I had a blood test booked", "Doreen Pugh"),
            ("Every day this goes on, it's", "Stephen Mbeki-Lewis"),
        ],
    ),
    # 16 -- Wikinews, courts (inquest into drowning); witness evidence; fire officer; warning sign quoted (no speaker); coroner; company spokesperson; three-paragraph family statement
    (
'''Thursday, July 24, 2025

A coroner has called for better warning signs at reservoirs after an inquest heard how a 16-year-old boy drowned while swimming with friends during a heatwave last summer.

Owen Marsh, from Keldale, died at Fellside Reservoir on August 12, 2024. The inquest at Keldale Coroner's Court heard he had gone into the water with three friends at around 4pm and got into difficulty about 40 metres from the shore.

One of the friends, Kieran Byrne, now 17, told the hearing the group had not realised how cold the water was.

"It was really hot that day and the water looked calm. We'd all swum in the sea loads of times," he said. "About a minute after we got in, Owen said he couldn't feel his legs. Then he just went under."

Group manager Lydia Ashby of Northfell Fire and Rescue Service said water in reservoirs could be several degrees colder than the air even in summer, and that cold water shock could cause swimmers to inhale water within seconds.

"Reservoirs are not like swimming pools or beaches. There are steep drops, underwater machinery and currents from the outflow pipes that you cannot see from the surface," she said.

Senior coroner Alistair Dunmore recorded a conclusion of accidental death. He said the signs at the reservoir, which read "Danger: Deep Cold Water, No Swimming", had been partly hidden by vegetation.

"Owen was a strong swimmer, and by every account a sensible young man," Dunmore said. "The signs at this site did not make clear why swimming was dangerous, and in places they could not be seen at all."

He said he would send a report to the reservoir's owner, Fellwater Utilities, asking it to review signage at all of its sites.

Fellwater Utilities said it had already installed new signs and throwlines at Fellside since Owen's death. "Our thoughts remain with Owen's family and friends," a spokesperson said. "We will study the coroner's report carefully."

In a statement read outside the court by their solicitor, Owen's parents, Gavin and Leanne Marsh, said:

"Owen was funny, kind and completely fearless. He loved football, he loved his little sister, and he had his whole life in front of him.

"We do not want any other family to go through what we have been through. If you have children, please talk to them about the dangers of open water before the summer holidays, not after.

"Nothing will bring Owen back. But if this saves one life, it will mean something."

The family has set up a fund in Owen's name to pay for water safety lessons in local schools.''',
        [
            ("It was really hot that day", "Kieran Byrne"),
            ("About a minute after we got", "Kieran Byrne"),
            ("Reservoirs are not like swimming pools", "Lydia Ashby"),
            ("Danger: Deep Cold Water, No Swimming", None),
            ("Owen was a strong swimmer, and", "Alistair Dunmore"),
            ("The signs at this site did", "Alistair Dunmore"),
            ("Our thoughts remain with Owen's family", "Fellwater Utilities"),
            ("We will study the coroner's report", "Fellwater Utilities"),
            ("Owen was funny, kind and completely", "Gavin and Leanne Marsh"),
        ],
    ),
    # 17 -- Wikinews, business (department store closure); CURLY quotes; four women quoted in turn with "she"; "the 63-year-old said"; partial quote; split quote at end
    (
'''Saturday, January 25, 2025

Featherstone’s, the department store that has stood on Kingsgate in Aldercombe since 1894, will close its doors for the last time in March, its owners announced on Friday.

The store employs 64 people. Its managing director, Eleanor Featherstone-Voss, is the great-great-granddaughter of founder Josiah Featherstone.

“This is the hardest thing I have ever had to do,” she said. “We have tried everything – new departments, a café, an online shop, events. But the truth is that not enough people are coming through the doors any more, and we can’t keep losing money at the rate we have been.”

Featherstone-Voss said business rates on the four-storey building had risen to more than £190,000 a year, which she called “simply impossible for a business of our size”.

Margaret Dunne has worked in the store’s haberdashery department for 46 years. She was told of the closure at a staff meeting on Friday morning.

“I started here when I was seventeen. I met my husband here – he worked in furniture,” the 63-year-old said. “Eleanor cried when she told us. We all did. It’s not her fault. It’s the way things have gone.”

Aldercombe’s town centre manager, Ruth Oyelaran, said the closure would leave a hole at the heart of the high street.

“Featherstone’s is the reason a lot of people come into town at all. When an anchor store like that goes, the shops around it feel it within weeks,” she said.

She said the town council would work with the owners to find a new use for the building, which is Grade II listed.

Shoppers on Saturday were taking advantage of a closing-down sale, with some queuing before the doors opened. Yasmin Chaudhry, 38, said she had bought her wedding dress at the store.

“My mum bought hers here too. It’s so sad,” she said. “You can’t get this kind of service anywhere else.”

Featherstone-Voss said all staff would receive redundancy pay and that the company was talking to other retailers about job opportunities.

“They have been family to us,” she said, “and we will do everything we can for them between now and March.”''',
        [
            ("This is the hardest thing I", "Eleanor Featherstone-Voss"),
            ("We have tried everything – new departments", "Eleanor Featherstone-Voss"),
            ("simply impossible for a business of", "Eleanor Featherstone-Voss"),
            ("I started here when I was", "Margaret Dunne"),
            ("Eleanor cried when she told us", "Margaret Dunne"),
            ("Featherstone’s is the reason a lot", "Ruth Oyelaran"),
            ("My mum bought hers here too", "Yasmin Chaudhry"),
            ("You can’t get this kind of", "Yasmin Chaudhry"),
            ("They have been family to us", "Eleanor Featherstone-Voss"),
            ("and we will do everything we", "Eleanor Featherstone-Voss"),
        ],
    ),
    # 18 -- Wikinews, health (NHS dentist loss in Wales); letter from practice; multi-part surname (ap Gwilym); reported Wikinews question then quote with no verb; health board spokesperson; Welsh Government statement; partial quotes
    (
'''Tuesday, October 7, 2025

Thousands of patients in the Dyfnant valley have been left without access to an NHS dentist after the area's last NHS practice announced it would take only private patients from December.

Afon Dental Care in Llanfenni, which has around 6,200 NHS patients on its books, said in a letter to patients that its NHS contract was "no longer financially sustainable for a practice of our size".

The practice's principal dentist, Dr Rhys ap Gwilym, said he had made the decision "with a very heavy heart" after his practice lost money on NHS work for three years in a row.

"Under the contract we are paid to hit targets for courses of treatment, and some of the patients who need us most are the ones who cost the most to treat," he told Wikinews. "A patient who hasn't seen a dentist in five years might need ten fillings. We are paid roughly the same for that as for a check-up and a clean."

Wikinews asked ap Gwilym whether he had considered a reduced NHS contract.

"We asked for that. We were told it wasn't an option."

Dyfnant University Health Board said it was "deeply disappointed to learn of the practice's decision" and was working to find an alternative provider. "We recognise how worrying this will be for patients, and anyone in pain or needing urgent treatment should contact NHS 111," a health board spokesperson said.

Local Senedd member Carys Llewelyn-Rowe said constituents were already travelling more than 40 miles to see an NHS dentist.

"I had a woman in my surgery last week who had pulled out her own tooth with pliers, because she couldn't get an appointment anywhere," Llewelyn-Rowe said. "That's the reality of dentistry in rural Wales in 2025."

She called on the Welsh Government to reform the dental contract "before we lose any more practices".

Dafydd Prydderch, 58, a farmer, has been a patient at the practice since childhood. He said he could not afford private fees of up to £35 a month.

"I'll just have to go without and hope nothing goes wrong. My father had his teeth done here, and his father before him," he said.

The Welsh Government said in a statement that it had increased dental funding by 8 per cent this year and was "actively reviewing the contract with the profession".

Ap Gwilym said he would continue to see NHS patients until the end of November.''',
        [
            ("no longer financially sustainable for a", "Afon Dental Care"),
            ("with a very heavy heart", "Rhys ap Gwilym"),
            ("Under the contract we are paid", "Rhys ap Gwilym"),
            ("A patient who hasn't seen a", "Rhys ap Gwilym"),
            ("We asked for that. We were", "Rhys ap Gwilym"),
            ("deeply disappointed to learn of the", "Dyfnant University Health Board"),
            ("We recognise how worrying this will", "Dyfnant University Health Board"),
            ("I had a woman in my", "Carys Llewelyn-Rowe"),
            ("That's the reality of dentistry in", "Carys Llewelyn-Rowe"),
            ("before we lose any more practices", "Carys Llewelyn-Rowe"),
            ("I'll just have to go without", "Dafydd Prydderch"),
            ("actively reviewing the contract with the", "Welsh Government"),
        ],
    ),
    # 19 -- Wikinews, sport/local government (community pool reopens); "said X, the chair of Y" with speaker named after quote; partial quotes; "the deputy leader said"; coach critical
    (
'''Friday, May 2, 2025

A swimming pool in the town of Hebden Moor that was due to close last year will reopen next month after a group of volunteers raised more than £400,000 to take it over from the council.

Hebden Moor Pool closed in September after Calder Vale District Council said it could no longer afford the running costs of £310,000 a year. The building, which opened in 1974, will now be run by a community trust formed by local residents.

"When the council announced it was closing, people said we were mad to think we could save it," said Kofi Mensah-Bonsu, the chair of the Hebden Moor Pool Trust. "Eight months later, here we are."

The trust raised the money through crowdfunding, grants and a sponsored swim in which more than 300 people took part. It has also installed solar panels on the roof, which it expects to cut energy bills by a third.

"The energy bill was the thing that killed it under the council. We've looked at every single way of bringing that down," said Mensah-Bonsu, a retired engineer.

Calder Vale District Council has agreed to lease the building to the trust for £1 a year for 25 years. Deputy council leader Alan Pritchard said the council was "delighted with how things have turned out".

"This is exactly the kind of partnership we want to see," he said. "The council simply could not keep the pool open on its own, but we could make it possible for the community to do so."

Not everyone was as warm. Teresa Kwiatkowska, who has coached the Hebden Moor Otters swimming club for 19 years, said the club had been forced to travel to a pool 14 miles away for eight months and had lost nearly half its members.

"Those children were let down. Some of them will never come back to swimming," she said. "I'm thrilled the trust did this. But it should never have come to that."

Asked about the coach's comments, Pritchard said the council had faced "a set of impossible choices" over its budget.

"Nobody wanted to close it," the deputy leader said.

The trust will employ eleven staff, including six lifeguards, and will rely on volunteers for reception and cleaning. Family swim sessions will cost £3.50.

"I'd like to see this as a place where every kid in this town learns to swim," Mensah-Bonsu said. "That's what it was for my generation, and that's what it will be again."

The pool reopens on June 7.''',
        [
            ("When the council announced it was", "Kofi Mensah-Bonsu"),
            ("Eight months later, here we are", "Kofi Mensah-Bonsu"),
            ("The energy bill was the thing", "Kofi Mensah-Bonsu"),
            ("delighted with how things have turned", "Alan Pritchard"),
            ("This is exactly the kind of", "Alan Pritchard"),
            ("The council simply could not keep", "Alan Pritchard"),
            ("Those children were let down", "Teresa Kwiatkowska"),
            ("I'm thrilled the trust did this", "Teresa Kwiatkowska"),
            ("a set of impossible choices", "Alan Pritchard"),
            ("Nobody wanted to close it", "Alan Pritchard"),
            ("I'd like to see this as", "Kofi Mensah-Bonsu"),
            ("That's what it was for my", "Kofi Mensah-Bonsu"),
        ],
    ),
    # 20 -- Wikinews, schools (phone pouch ban, Australia); three-paragraph quote from principal introduced at end of previous paragraph; three women in turn; multi-part surname; partial quote; union statement
    (
'''Monday, February 3, 2025

Students at Banksia Heights Secondary College in Perth's northern suburbs returned from the summer holidays on Monday to find their mobile phones locked away for the whole school day, under one of the strictest phone policies in Western Australia.

Under the new rules, students must place their phones in magnetically sealed pouches at the school gate each morning. The pouches are unlocked only when students leave in the afternoon.

Principal Siew Ling Tan said the policy had been introduced after a survey of staff found that phone use was the most common cause of disruption in classrooms.

"Teachers were spending the first ten minutes of every lesson asking students to put their phones away. That's ten minutes out of every fifty, gone.

"We were also seeing a lot of conflict that started online at lunchtime and carried into the afternoon. Fights, students in tears, parents ringing in. The phone was at the centre of almost all of it.

"I'm not anti-technology. Our students use laptops every day. But a phone in the pocket is a different thing."

State Education Minister Julia Marchant, who visited the school on Monday, said she would be watching the results closely. Public schools in the state have required phones to be switched off and stored away since 2020, but the pouch system goes further.

"If this works here, I'd like to see other schools look at it," Marchant said. "The early evidence from schools overseas is really encouraging."

Not all parents are convinced. Priscilla van der Berg, who has two children at the school and chairs its parents' association, said some families were worried about being unable to contact their children in an emergency.

"I understand why the school is doing this, and I mostly support it," she said. "But parents need to know that if something happens, they can reach their child, and the school needs to explain exactly how that will work."

Tan said parents could contact students through the front office at any time, as they could before mobile phones existed.

Year 11 student Oliver Nguyen, 16, said the first day had been "weird but honestly not that bad".

"At lunch everyone was actually talking to each other. Someone brought out a basketball," he said. "I kept reaching for my pocket though."

The Western Teachers' Federation said in a statement that it supported "any measure that gives teachers back time to teach", but warned that the policy would require extra supervision at the school gate.

The pouches cost the school about $18,000.''',
        [
            ("Teachers were spending the first ten", "Siew Ling Tan"),
            ("If this works here, I'd like", "Julia Marchant"),
            ("The early evidence from schools overseas", "Julia Marchant"),
            ("I understand why the school is", "Priscilla van der Berg"),
            ("But parents need to know that", "Priscilla van der Berg"),
            ("weird but honestly not that bad", "Oliver Nguyen"),
            ("At lunch everyone was actually talking", "Oliver Nguyen"),
            ("I kept reaching for my pocket", "Oliver Nguyen"),
            ("any measure that gives teachers back", "Western Teachers' Federation"),
        ],
    ),
]

STORIES_M = [
    # 1 -- obituary (rugby player/broadcaster); family statement, partial quote, split quotes, told Wikinews, Twitter tribute, role intro before name
    (
'''Former Ireland rugby captain and broadcaster Declan Ó Murchú has died at the age of 71, his family announced on Sunday. He had been receiving treatment for pancreatic cancer at St. Brendan's Hospital in Galway since March.

His son, Cian Ó Murchú, released a statement on behalf of the family through the Irish Rugby Union. "Declan died peacefully this morning surrounded by his wife, children and grandchildren. He fought his illness with the same stubbornness he showed on the pitch, and he never once complained."

Ó Murchú won 54 caps between 1974 and 1985 and captained his country on 19 occasions. After retiring he spent nearly three decades as a commentator for the national broadcaster RTN, where his voice became familiar to a generation of supporters.

Tributes were paid by former teammates and opponents. Fergal Kinsella, who played alongside him in the second row for eight seasons, described him as "the hardest man I ever shared a scrum with, and the kindest off the field".

"He taught me how to be a professional before the game was professional," Kinsella told Wikinews. "When I was nineteen and terrified, he was the one who sat beside me on the bus."

Welsh former fly-half Rhodri Pugh-Evans wrote on Twitter: "Played against Declan five times and lost four. Never met a fairer opponent. Rest easy, big man."

The president of the Irish Rugby Union, Siobhán Delaney, said the organisation would hold a minute's silence before all matches next weekend. "Declan was a giant of our game in every sense," she said. "His contribution did not end when he hung up his boots; for thirty years he was the sound of Irish rugby."

Colleagues at RTN also remembered him. Head of sport Martin Agyeman said Ó Murchú had "never raised his voice unless somebody scored", and added: "He had an encyclopaedic memory and an enormous generosity towards younger broadcasters. We are all poorer today."

Ó Murchú is survived by his wife Nuala, three children and seven grandchildren. Funeral arrangements have yet to be confirmed.''',
        [
            ("Declan died peacefully this morning", "Cian Ó Murchú"),
            ("the hardest man I ever shared", "Fergal Kinsella"),
            ("He taught me how to be", "Fergal Kinsella"),
            ("When I was nineteen and terrified", "Fergal Kinsella"),
            ("Played against Declan five times and", "Rhodri Pugh-Evans"),
            ("Declan was a giant of our", "Siobhán Delaney"),
            ("His contribution did not end when", "Siobhán Delaney"),
            ("never raised his voice unless somebody", "Martin Agyeman"),
            ("He had an encyclopaedic memory and", "Martin Agyeman"),
        ],
    ),
    # 2 -- election result (mayoral), curly quotes; chant (None), partial quotes, split quotes, "the 44-year-old", Facebook post, academic
    (
'''Adaeze Nwachukwu-Hart has been elected mayor of Thornbury, ending the twelve-year tenure of Gordon P. Lasko. Official results released by the Thornbury Electoral Office early on Monday gave Nwachukwu-Hart 51.8 percent of the vote against 39.4 percent for Lasko, with independent candidate Ravi Subramanian taking most of the remainder.

Turnout was 58 percent, the highest for a municipal election in the city since 1994. Returning officer Margit Halvorsen said counting had gone “smoothly and without a single formal complaint”, and that the result would be certified on Thursday.

Nwachukwu-Hart, a former city councillor and housing lawyer, addressed several hundred supporters at a community hall in the Eastgate neighbourhood shortly after midnight. The crowd chanted “Ada for mayor! Ada for mayor!” as she took the stage.

“Tonight Thornbury chose to build,” she told them. “We chose homes people can afford, buses that turn up, and a city hall that answers the phone.”

She said her first act in office would be to freeze development fees for non-profit housing projects. “I know some of you didn’t vote for me, and I want to say to you directly: I will be your mayor too,” the 44-year-old said.

Lasko conceded in a short speech at his campaign office downtown. “The people have spoken, and they have spoken clearly,” he said. “I called Adaeze a few minutes ago to congratulate her, and I offered my full cooperation during the transition.”

He defended his record, citing the redevelopment of the waterfront and three consecutive balanced budgets, but acknowledged that his campaign had “not listened hard enough to younger voters”.

Subramanian, who ran on a platform of cutting property taxes, said he was proud of his result. “Nearly nine percent from a standing start, with no party and no money, is a message,” he wrote on Facebook. “Both of the big campaigns should read it carefully.”

Political scientist Dr. Helena Voigt of Thornbury University said the result reflected the city’s changing population. “Almost a third of the electorate has moved here in the last decade,” Voigt explained. “They have no memory of the waterfront before Lasko, and they judge him on rents.”

Nwachukwu-Hart will be sworn in on December 1.''',
        [
            ("smoothly and without a single formal", "Margit Halvorsen"),
            ("Ada for mayor! Ada for", None),
            ("Tonight Thornbury chose to build", "Adaeze Nwachukwu-Hart"),
            ("We chose homes people can afford", "Adaeze Nwachukwu-Hart"),
            ("I know some of you didn’t", "Adaeze Nwachukwu-Hart"),
            ("The people have spoken, and they", "Gordon P. Lasko"),
            ("I called Adaeze a few minutes", "Gordon P. Lasko"),
            ("not listened hard enough to younger", "Gordon P. Lasko"),
            ("Nearly nine percent from a standing", "Ravi Subramanian"),
            ("Both of the big campaigns should", "Ravi Subramanian"),
            ("Almost a third of the electorate", "Helena Voigt"),
            ("They have no memory of the", "Helena Voigt"),
        ],
    ),
    # 3 -- natural disaster (earthquake, Nepal); agency statement, official, residents, told broadcaster, aid group spokesperson (org), scientist
    (
'''At least 23 people have died and more than 140 have been injured after a magnitude 6.1 earthquake struck western Nepal early on Wednesday, according to officials. The quake, centred near the hill town of Rakhola in Jumla district, hit at 4:12 a.m. local time while most residents were asleep.

The National Disaster Risk Reduction Authority (NDRRA) said in a statement that search teams had reached all eleven affected villages by the afternoon. "Rescue operations are ongoing and the death toll may rise as access improves," the statement read. "Priority is being given to the evacuation of the injured by helicopter."

District chief officer Bishnu Prasad Adhikari told reporters that at least 600 houses had collapsed or been badly damaged. "Most of the homes here are built of stone and mud," Adhikari said. "They cannot withstand a shock like this one."

He said landslides had blocked the main road into Rakhola in two places and that army engineers expected to clear it by Thursday.

Residents described scenes of panic. Kamala Thapa-Magar, 52, said she had been woken by the sound of her roof beams cracking. "I grabbed my granddaughter and ran outside in the dark," she said. "By the time I turned around, the kitchen wall was gone."

Her neighbour, Dil Bahadur Rokaya, lost his brother when their family home collapsed. "We dug with our hands for two hours," he told local broadcaster Karnali TV. "The soldiers came after sunrise. It was too late."

The Himalayan Relief Trust said it had sent tarpaulins, blankets and hygiene kits for 1,500 families. A spokesperson for the charity said night-time temperatures in the district were already falling below freezing and warned that shelter was "the most urgent need after medical care".

Seismologist Dr. Anjali Raut of the Kathmandu Institute of Earth Sciences said aftershocks were likely to continue for several weeks. "People should not return to cracked buildings, even if they look stable," she said. "The second shock is often the one that brings a damaged house down."

The region was last hit by a major earthquake in 2015, when more than a hundred people died in Jumla and neighbouring districts.''',
        [
            ("Rescue operations are ongoing and the", "National Disaster Risk Reduction Authority"),
            ("Priority is being given to the", "National Disaster Risk Reduction Authority"),
            ("Most of the homes here are", "Bishnu Prasad Adhikari"),
            ("They cannot withstand a shock like", "Bishnu Prasad Adhikari"),
            ("I grabbed my granddaughter and ran", "Kamala Thapa-Magar"),
            ("By the time I turned around", "Kamala Thapa-Magar"),
            ("We dug with our hands for", "Dil Bahadur Rokaya"),
            ("The soldiers came after sunrise. It", "Dil Bahadur Rokaya"),
            ("the most urgent need after medical", "Himalayan Relief Trust"),
            ("People should not return to cracked", "Anjali Raut"),
            ("The second shock is often the", "Anjali Raut"),
        ],
    ),
    # 4 -- court verdict (dangerous driving); judge partial + split, defence partial, multi-paragraph family statement, police detective, charity chief "said X"
    (
'''A 38-year-old delivery driver has been sentenced to nine years in prison for causing the death of a cyclist by dangerous driving near Kettleby, Lincolnshire, last October.

Gareth Mowbray-Finch was found guilty at Lincoln Crown Court on Friday of killing 27-year-old schoolteacher Priya Venkataraman, who was struck from behind on the A158 while cycling to work. The jury heard that Mowbray-Finch had been watching a football match on his mobile phone at the time of the collision.

Passing sentence, Judge Eleanor Brightwell told the defendant that his behaviour had been "selfish and reckless beyond all belief".

"You chose to watch a game on a screen in your lap while driving a two-tonne van on a busy road at dawn," she said. "Priya Venkataraman paid for that choice with her life, and her family will pay for it for the rest of theirs."

She also banned him from driving for twelve years after his release.

Defence barrister Anthony Okafor said his client had shown "genuine and profound remorse" and had offered to plead guilty to a lesser charge at an earlier hearing, an offer the prosecution rejected. Outside court, Okafor told reporters that his client was considering an appeal against the length of the sentence.

On the steps of the court, Venkataraman's father, Suresh Venkataraman, read a statement on behalf of the family.

"Priya loved her pupils, her bicycle and her ridiculous dog, in roughly that order.

"She did everything right that morning. She wore her helmet, she had her lights on, she kept to the side of the road. None of that was enough.

"We ask every driver who hears about this case to put their phone in the glovebox. That is all we want from today."

Detective Sergeant Ruth Ambler of Lincolnshire Police, who led the investigation, said phone records had been "the single most important evidence in this case". "The data showed beyond doubt that the defendant was streaming video at the moment of impact," she said. "Nobody should think that deleting an app afterwards will hide what they did."

Road safety charity CycleSafe UK said the case showed the need for tougher penalties. "Nine years will feel like nothing to this family," said the charity's chief executive, Tomasz Wiśniewski. "The law still treats killing someone with a vehicle as a lesser crime than killing them any other way."''',
        [
            ("selfish and reckless beyond all belief", "Eleanor Brightwell"),
            ("You chose to watch a game", "Eleanor Brightwell"),
            ("Priya Venkataraman paid for that choice", "Eleanor Brightwell"),
            ("genuine and profound remorse", "Anthony Okafor"),
            ("Priya loved her pupils, her bicycle", "Suresh Venkataraman"),
            ("the single most important evidence in", "Ruth Ambler"),
            ("The data showed beyond doubt that", "Ruth Ambler"),
            ("Nobody should think that deleting an", "Ruth Ambler"),
            ("Nine years will feel like nothing", "Tomasz Wiśniewski"),
            ("The law still treats killing someone", "Tomasz Wiśniewski"),
        ],
    ),
    # 5 -- company announcement (plant closure), curly quotes; press release, CEO split, partial quotes, union leader, "the mayor", analyst "commented"
    (
'''German automotive supplier Hallberg Komponenten AG announced on Tuesday that it will close its brake-systems plant in Żyrardów, Poland, by the end of next year, putting about 1,100 jobs at risk.

The company said in a press release that the decision was part of a restructuring programme intended to cut costs by €400 million by 2027. “The shift to electric vehicles has fundamentally changed demand for our traditional product lines,” the release stated. “We regret the impact this decision will have on our colleagues in Żyrardów.”

Chief executive Dr. Wolfgang J. Reuter told analysts on a conference call that production would be moved to existing facilities in Hungary and Mexico. “This is a painful step, but it is a necessary one,” Reuter said. “Our plants in Győr and Querétaro have spare capacity, and we cannot afford to run four half-empty factories.”

Asked whether the company had considered selling the site, he said talks with “two or three interested parties” had not produced an acceptable offer.

Agnieszka Kowalczyk-Nowak, who chairs the plant’s branch of the Polish Metalworkers’ Union, called the announcement “a betrayal of workers who kept this plant running through the pandemic”.

“Two years ago management stood in our canteen and promised us the plant had a future,” she said. “Now they tell us by press release. Nobody from Germany even came to say it to our faces.”

She said union members would meet on Thursday to discuss possible strike action.

Żyrardów’s mayor, Piotr Zawadzki, said the town would ask the national government for help in attracting a new investor to the site. “These are skilled people and this is a modern factory,” the mayor said. “Somebody will want them. Our job is to make sure that happens before the machines are shipped out.”

Shares in Hallberg rose 4.2 percent in Frankfurt following the announcement. Mei-Ling Ostrowski, an analyst at Baltic Capital Partners, said investors had been expecting cuts for some time. “The market wanted to see management act on costs, and today it did,” she commented. “The question is whether closing plants is enough when the whole product range is under pressure.”

The Żyrardów plant opened in 2004 and supplies braking components to several European carmakers.''',
        [
            ("The shift to electric vehicles has", "Hallberg Komponenten AG"),
            ("We regret the impact this decision", "Hallberg Komponenten AG"),
            ("This is a painful step, but", "Wolfgang J. Reuter"),
            ("Our plants in Győr and Querétaro", "Wolfgang J. Reuter"),
            ("two or three interested parties", "Wolfgang J. Reuter"),
            ("a betrayal of workers who kept", "Agnieszka Kowalczyk-Nowak"),
            ("Two years ago management stood in", "Agnieszka Kowalczyk-Nowak"),
            ("Now they tell us by press", "Agnieszka Kowalczyk-Nowak"),
            ("These are skilled people and this", "Piotr Zawadzki"),
            ("Somebody will want them. Our job", "Piotr Zawadzki"),
            ("The market wanted to see management", "Mei-Ling Ostrowski"),
            ("The question is whether closing plants", "Mei-Ling Ostrowski"),
        ],
    ),
    # 6 -- sports final (football cup); player, banner (None), coach split, "the coach" after another person named, losing captain, Instagram
    (
'''Penang Harbour FC won the Malaysia FA Cup for the first time in their history on Saturday, beating Kuala Selangor United 2-1 after extra time at the National Stadium in Kuala Lumpur.

A crowd of 71,000 watched Selangor take the lead through Brazilian striker Thiago Albuquerque in the 34th minute. Harbour equalised ten minutes from the end of normal time when defender Muhammad Hafiz bin Rahmat headed in a corner, and substitute Lee Wei Jie scored the winner in the 112th minute.

"I still can't believe it," Lee said after the match. "I was on the bench for ninety minutes thinking maybe the coach forgot about me. Then he sends me on and the ball falls to my left foot. It's a dream."

The 21-year-old, who joined the first team from Harbour's youth academy last season, was mobbed by teammates and fans at the final whistle. Supporters in the north stand unfurled a huge banner reading "From the docks to the top", which the club later shared on its official account.

Harbour's head coach, Rajesh Kumar Pillai, said his players had shown great character after going behind. "At half-time I told them nothing was lost," Pillai said. "We had prepared for extra time all week. Fitness won this final as much as talent."

He dedicated the victory to the club's former chairman, Ong Kah Seng, who died in March. "He bought this club when it had no stadium and no money," the coach said. "He should have been here tonight."

Selangor captain Faizal Iskandar said his side had been "punished for two moments of lost concentration" and admitted the defeat would take time to get over.

"We controlled the first hour," he told broadcaster Stadium TV. "But a final is a hundred and twenty minutes, not sixty. That hurts."

Albuquerque, who finished the season as the league's top scorer, wrote on Instagram afterwards: "Proud of this group. We gave everything. We will be back next year."

Harbour's victory earns them a place in next season's AFC Challenge League.''',
        [
            ("I still can't believe it", "Lee Wei Jie"),
            ("I was on the bench for", "Lee Wei Jie"),
            ("From the docks to the top", None),
            ("At half-time I told them nothing", "Rajesh Kumar Pillai"),
            ("We had prepared for extra time", "Rajesh Kumar Pillai"),
            ("He bought this club when it", "Rajesh Kumar Pillai"),
            ("He should have been here tonight", "Rajesh Kumar Pillai"),
            ("punished for two moments of lost", "Faizal Iskandar"),
            ("We controlled the first hour", "Faizal Iskandar"),
            ("But a final is a hundred", "Faizal Iskandar"),
            ("Proud of this group. We gave", "Thiago Albuquerque"),
        ],
    ),
    # 7 -- scientific discovery (dinosaur fossil); lead author, farmer told Wikinews + partial, co-author "explained", museum press release, independent expert partial + "added"
    (
'''Palaeontologists in Argentina have described a new species of small, fast-running predatory dinosaur from fossils found on a sheep farm in Neuquén Province. The animal, named Zapalaraptor quispei, lived about 90 million years ago.

The findings were published on Thursday in the journal Cretaceous Research by a team from the Zapala Museum of Natural Sciences and Carrow University in the United Kingdom.

Lead author Dr. Lucía Fernández-Arroyo said the skeleton was roughly 60 percent complete, which is unusual for such a small animal. "Small theropods have hollow, fragile bones and they almost never survive intact," she said. "To have most of the hind limbs, the pelvis and part of the skull is extraordinary."

She estimated that the animal was about 1.8 metres long and weighed around 15 kilograms.

The fossil was first spotted in 2019 by farmer Ramón Quispe, after whom the species is named. Quispe told Wikinews he had noticed "some strange white stones in the mud" on an eroded bank after heavy rain. "I thought they were from a cow at first," he said. "Then I saw the teeth. Cows don't have teeth like that."

Co-author Professor Jonathan M. Ashworth said the animal's long shins and narrow feet suggested it was among the fastest runners of its time. "Everything about the legs says speed," Ashworth explained. "This was an animal built to chase lizards and small mammals across open ground, not to wrestle with anything large."

In a press release, the museum said the skeleton would go on public display next year. "This discovery belongs to the people of Neuquén, and we want every schoolchild in the province to be able to see it," the museum stated.

Dr. Kenji Murakami, a specialist in theropod dinosaurs at the Sapporo Natural History Museum who was not involved in the research, called the fossil "a genuinely important find". He added: "We have very few small predators from this part of the Cretaceous in South America. Each new one changes how we picture those ecosystems."

The team plans to return to the farm in January to search for more of the skeleton.''',
        [
            ("Small theropods have hollow, fragile bones", "Lucía Fernández-Arroyo"),
            ("To have most of the hind", "Lucía Fernández-Arroyo"),
            ("some strange white stones in the", "Ramón Quispe"),
            ("I thought they were from a", "Ramón Quispe"),
            ("Then I saw the teeth. Cows", "Ramón Quispe"),
            ("Everything about the legs says speed", "Jonathan M. Ashworth"),
            ("This was an animal built to", "Jonathan M. Ashworth"),
            ("This discovery belongs to the people", "Zapala Museum of Natural Sciences"),
            ("a genuinely important find", "Kenji Murakami"),
            ("We have very few small predators", "Kenji Murakami"),
        ],
    ),
    # 8 -- government decision (vape ban), curly quotes; minister split + "the minister added", opposition critic partial + split, association statement, doctor
    (
'''The government of New Brunswick announced on Wednesday that it will ban the sale of disposable e-cigarettes across the province from July 1 next year, becoming the first Canadian province to do so.

Health Minister Marie-Claude Boudreau said the measure was aimed at protecting teenagers, citing a provincial survey which found that nearly one in four high-school students had used a vaping product in the previous month.

“These products are designed, coloured and flavoured to appeal to children, and they have been wildly successful at it,” Boudreau told a news conference in Fredericton. “We are not going to wait for Ottawa.”

The ban will apply to single-use devices only. Refillable vapes will remain legal for adults, but flavours other than tobacco and mint will be restricted to specialist shops. Retailers caught selling disposables will face fines of up to $25,000.

“We also have an environmental problem,” the minister added. “Every one of these devices has a lithium battery, and thousands of them end up in ditches, in parks and on our beaches every week.”

The Official Opposition said it supported the goal but criticised the timeline. Opposition health critic Darren MacIsaac called the plan “too little, too late and too easy to get around”.

“Any teenager with a phone can order these online and have them delivered in two days,” MacIsaac said. “Unless the minister is going to open every parcel at the border, this is a press release, not a policy.”

The Atlantic Convenience Stores Association said in a statement that its members had not been consulted. “Small retailers will lose sales to the black market and to online sellers overnight,” the association said, calling for a longer transition period.

Dr. Olufemi Adeyemi-Clarke, a respirologist at the Saint John Regional Hospital, welcomed the decision. “I am now seeing sixteen-year-olds with nicotine dependence that looks like what I used to see in forty-year-old smokers,” he said. “Anything that makes these devices harder to get is a step forward.”

The legislation is expected to be introduced when the provincial legislature resumes sitting in November.''',
        [
            ("These products are designed, coloured and", "Marie-Claude Boudreau"),
            ("We are not going to wait", "Marie-Claude Boudreau"),
            ("We also have an environmental problem", "Marie-Claude Boudreau"),
            ("Every one of these devices has", "Marie-Claude Boudreau"),
            ("too little, too late and too", "Darren MacIsaac"),
            ("Any teenager with a phone can", "Darren MacIsaac"),
            ("Unless the minister is going to", "Darren MacIsaac"),
            ("Small retailers will lose sales to", "Atlantic Convenience Stores Association"),
            ("I am now seeing sixteen-year-olds with", "Olufemi Adeyemi-Clarke"),
            ("Anything that makes these devices harder", "Olufemi Adeyemi-Clarke"),
        ],
    ),
    # 9 -- obituary (Malian musician); son's Facebook post, minister partial + statement, singer told Wikinews, label statement, quote whose speaker is named in preceding paragraph
    (
'''Fodé Mory Kanouté, the Malian kora master whose recordings introduced West African griot music to audiences across Europe and Japan, died in Bamako on Sunday night. He was 79.

His son Ibrahima Kanouté announced the death in a post on Facebook early on Monday. "Our father has gone to join his own father and the long line of griots before him," he wrote. "He left this world with his kora beside him, as he always wanted."

Kanouté was born in 1946 in the village of Kéniéba, into a family that has served as hereditary musicians and historians for more than twenty generations. He recorded more than thirty albums, and his 1983 recording Sunjata's Road was reissued internationally in 1991 and sold more than 300,000 copies.

Mali's Minister of Culture, Kadiatou Sangaré-Coulibaly, described him as "a library that walked among us". "When a griot like Fodé Mory dies, we lose not only a musician but centuries of memory," the minister said in a statement. "The nation will honour him as he deserves."

The government announced that a national tribute would be held on Thursday at the Palais de la Culture in Bamako.

Singer Fatoumata Binta Keïta, who toured with Kanouté throughout the 1990s, told Wikinews by telephone from Paris that he had been "strict, funny and endlessly patient" with younger musicians.

"He would make you play a phrase two hundred times until your fingers were sore," Keïta said. "Then he would take you to dinner and tell stories until three in the morning."

The French label Maison Harmattan Disques, which released most of his work in Europe, said in a statement: "Fodé Mory trusted us with his music for forty years. It was the greatest privilege of our existence as a label."

British ethnomusicologist Dr. Eleanor Whitfield-Ba, who is writing a biography of Kanouté, said his influence extended far beyond Mali.

"People talk about him as a traditional musician, and he was. But he also listened to everything, from jazz to flamenco to Japanese koto music, and he brought all of it back into the kora."

Kanouté is survived by two wives, eleven children and many grandchildren. He will be buried in Kéniéba.''',
        [
            ("Our father has gone to join", "Ibrahima Kanouté"),
            ("He left this world with his", "Ibrahima Kanouté"),
            ("a library that walked among us", "Kadiatou Sangaré-Coulibaly"),
            ("When a griot like Fodé Mory", "Kadiatou Sangaré-Coulibaly"),
            ("The nation will honour him as", "Kadiatou Sangaré-Coulibaly"),
            ("strict, funny and endlessly patient", "Fatoumata Binta Keïta"),
            ("He would make you play a", "Fatoumata Binta Keïta"),
            ("Then he would take you to", "Fatoumata Binta Keïta"),
            ("Fodé Mory trusted us with his", "Maison Harmattan Disques"),
            ("People talk about him as a", "Eleanor Whitfield-Ba"),
        ],
    ),
    # 10 -- election result (by-election); chant (None), winner partial + split, loser told BBC, Twitter post, campaign director statement, academic partial
    (
'''The Liberal Democrats have won the Harwick and Dunmore by-election, overturning a Conservative majority of more than 14,000 in a seat the Conservatives had held since 1924.

Bethan Ellis-Morgan, a 36-year-old veterinary surgeon, took 19,842 votes, ahead of Conservative candidate Sir Robert Fane-Halliwell on 12,310. Labour's Imran Chaudhry finished third with 6,027 votes. Turnout was 47.3 percent.

The result was declared at Harwick Leisure Centre shortly after 3 a.m. on Friday. As the returning officer finished reading out the totals, activists at the back of the hall began chanting "Yellow wave! Yellow wave!"

In her victory speech, Ellis-Morgan said voters had sent "a message that cannot be ignored in Westminster".

"For too long the people of this constituency have been taken for granted," she said. "They have waited eighteen months for a hip operation, they have watched their bus routes cut, and tonight they said enough."

Fane-Halliwell, a former leader of the county council, congratulated his opponent but blamed national issues for his defeat. "I knocked on thousands of doors in this campaign and I did not hear a single complaint about me," he told the BBC. "I heard a great deal about the government. That is the honest truth, and my party needs to hear it."

Chaudhry said Labour's vote had held up "better than anybody expected in a seat like this". Writing on Twitter, he added: "Proud of every volunteer who stood in the rain with me. We'll be back."

Liberal Democrat campaigns director Hannah Okoro said in a statement that the party had identified Harwick and Dunmore as a target within hours of the vacancy being announced. "We had more than 2,000 volunteers through our doors in six weeks," the statement read. "This is the blueprint for the next general election."

Professor Alastair Greig, an elections expert at the University of Strathclyde, said the swing of 29 points was "among the largest in modern British electoral history", but cautioned against reading too much into a single contest with a low turnout.

The by-election was triggered when the sitting member stood down for health reasons in June.''',
        [
            ("Yellow wave! Yellow wave!", None),
            ("a message that cannot be ignored", "Bethan Ellis-Morgan"),
            ("For too long the people of", "Bethan Ellis-Morgan"),
            ("They have waited eighteen months for", "Bethan Ellis-Morgan"),
            ("I knocked on thousands of doors", "Robert Fane-Halliwell"),
            ("I heard a great deal about", "Robert Fane-Halliwell"),
            ("better than anybody expected in a", "Imran Chaudhry"),
            ("Proud of every volunteer who stood", "Imran Chaudhry"),
            ("We had more than 2,000 volunteers", "Hannah Okoro"),
            ("This is the blueprint for the", "Hannah Okoro"),
            ("among the largest in modern British", "Alastair Greig"),
        ],
    ),
    # 11 -- natural disaster (wildfire, Greece), curly quotes; spokeswoman told ERT, emergency alert (agency), mayor told Wikinews, unattributed follow-up quote, resident, group statement split, meteorologist
    (
'''Hundreds of people were evacuated from villages on the Greek island of Evia on Tuesday as a wildfire driven by strong winds burned through pine forest and olive groves for a second day.

The Hellenic Fire Service said 240 firefighters, 60 vehicles, eight water-bombing aircraft and six helicopters were battling the blaze, which began on Monday afternoon near the village of Kato Vrysi. Fire service spokeswoman Ioanna Karamanli told state broadcaster ERT that the fire had three active fronts.

“The winds are gusting at seven on the Beaufort scale and changing direction every hour,” she said. “That makes the work of the aircraft extremely difficult.”

The General Secretariat for Civil Protection sent emergency alerts to mobile phones in six villages overnight, instructing residents to “leave immediately in the direction of Limni”.

Stavros Kourtidis, the mayor of the municipality, said at least 30 homes had been destroyed. “We have lost houses, we have lost animals, but so far we have not lost a single person, and that is what matters,” Kourtidis told Wikinews by telephone.

He said volunteers had worked through the night alongside firefighters. “Our people are exhausted. Many of them have been up all night with garden hoses trying to save what they can.”

Georgia Antoniou, a 67-year-old beekeeper from Kato Vrysi, spent the night in a sports hall in Limni with around 200 other evacuees. “Forty years of work, two hundred hives, all gone in an afternoon,” she said. “I don’t know if I have the strength to start again.”

The Hellenic Forest Society, an environmental group, criticised what it called a lack of preparation. “This is the fourth major fire on Evia in five years,” the society said in a statement. “Without a serious prevention plan, these forests will simply not come back.”

Meteorologist Dr. Nikos Hatzidakis said temperatures were expected to remain above 38°C until Friday, with no rain forecast. “There will be no relief before the weekend,” he said.

Greece has asked for two additional firefighting aircraft through the European Union’s civil protection mechanism.''',
        [
            ("The winds are gusting at seven", "Ioanna Karamanli"),
            ("That makes the work of the", "Ioanna Karamanli"),
            ("leave immediately in the direction of", "General Secretariat for Civil Protection"),
            ("We have lost houses, we have", "Stavros Kourtidis"),
            ("Our people are exhausted. Many of", "Stavros Kourtidis"),
            ("Forty years of work, two hundred", "Georgia Antoniou"),
            ("I don’t know if I have", "Georgia Antoniou"),
            ("This is the fourth major fire", "Hellenic Forest Society"),
            ("Without a serious prevention plan, these", "Hellenic Forest Society"),
            ("There will be no relief before", "Nikos Hatzidakis"),
        ],
    ),
    # 12 -- court verdict (graft, Philippines); court decision partial + quotes, defence lawyer, prosecutor, complainant "the 70-year-old", Facebook post by group
    (
'''The Sandiganbayan, the Philippines' special anti-graft court, on Thursday convicted Rodolfo M. Dimaculangan, the former mayor of the town of San Isidro, on eleven counts of graft over the award of 48 million pesos (about US$850,000) in road contracts to companies owned by his relatives.

The court sentenced Dimaculangan, 61, to between six and ten years in prison on each count and permanently barred him from holding public office. Two former municipal engineers were also convicted.

In its 94-page decision, the court said the evidence showed "a deliberate scheme to convert public funds into private wealth". "The accused did not merely tolerate irregularities; he designed them," the decision read. "The roads were paid for in full. Many of them were never built."

Dimaculangan, who showed no emotion as the verdict was read, was taken into custody and did not speak to reporters.

His lawyer, Atty. Jose Emmanuel Ramirez, said the defence would file a motion for reconsideration. "We respect the court, but we believe the decision rests on the testimony of witnesses with an obvious motive to lie," Ramirez told reporters. "This case is far from over."

Liza Marie Ocampo-Tan of the Office of the Special Prosecutor said the conviction sent a message to local officials across the country. "No position is too small and no town is too far from Manila for the law to reach," she said.

The case began with a complaint filed in 2016 by Ernesto Bautista, a rice farmer from San Isidro. "For eight years people told me I was wasting my time," the 70-year-old said. "I walked on that unfinished road every day to get to my farm. Today it feels like it was worth it."

The transparency group Bantay Kaban welcomed the verdict but said the case had taken "far too long to reach this point". "Eight years for a verdict on roads that never existed shows how much our justice system still needs to improve," the group wrote in a post on Facebook.

Dimaculangan served three terms as mayor between 2007 and 2016.''',
        [
            ("a deliberate scheme to convert public", "Sandiganbayan"),
            ("The accused did not merely tolerate", "Sandiganbayan"),
            ("The roads were paid for in", "Sandiganbayan"),
            ("We respect the court, but we", "Jose Emmanuel Ramirez"),
            ("This case is far from over", "Jose Emmanuel Ramirez"),
            ("No position is too small and", "Liza Marie Ocampo-Tan"),
            ("For eight years people told me", "Ernesto Bautista"),
            ("I walked on that unfinished road", "Ernesto Bautista"),
            ("far too long to reach this", "Bantay Kaban"),
            ("Eight years for a verdict on", "Bantay Kaban"),
        ],
    ),
    # 13 -- company announcement (airline merger); CEO, chairman split, union leader with nested quote, partial quotes, analyst told Wikinews split, regulator statement
    (
'''Two of Scandinavia's regional airlines, Nordvik Air and FjordLink, announced on Monday that they have agreed to merge in a deal valued at about 6.2 billion Norwegian kroner (US$580 million).

The combined company, to be called Nordvik FjordLink Group, will operate around 110 aircraft and serve 74 destinations in Norway, Sweden and Finland. The deal is subject to approval by shareholders and by the Norwegian Competition Authority.

"Together we will be strong enough to invest in new, quieter and more efficient aircraft, something neither airline could do alone," Nordvik Air chief executive Sigrid Aalberg-Haugen said at a press conference in Oslo. She will lead the merged company.

FjordLink's chairman, Erik-Anders Lindqvist, said the two airlines' networks complemented each other. "There is very little overlap," Lindqvist said. "Where they fly, we mostly don't, and the other way round. That is why this makes sense."

The Nordic Cockpit Union, which represents pilots at both airlines, said it had not been informed in advance. Its leader, Captain Jonas Berg-Olsen, said: "Every merger in this industry has been followed by 'synergies', and everybody knows that word means job cuts. We want written guarantees, not press conference promises."

Aalberg-Haugen said there were "no plans for compulsory redundancies among flight crew", though she did not rule out reductions in administrative staff.

Amit Deshpande, an aviation analyst at Oslo-based Fjellstad Securities, said the merger was "overdue by at least five years". "Both companies have been losing money on thin routes for years," he told Wikinews. "The question the competition authority will ask is what happens to fares on the half-dozen routes where they do compete head to head."

The competition authority said in a brief statement that it would "examine the transaction carefully, with particular attention to routes in Northern Norway". A decision is expected within six months.

Nordvik Air carried 4.1 million passengers last year and FjordLink 2.7 million.''',
        [
            ("Together we will be strong enough", "Sigrid Aalberg-Haugen"),
            ("There is very little overlap", "Erik-Anders Lindqvist"),
            ("Where they fly, we mostly don't", "Erik-Anders Lindqvist"),
            ("Every merger in this industry has", "Jonas Berg-Olsen"),
            ("no plans for compulsory redundancies among", "Sigrid Aalberg-Haugen"),
            ("overdue by at least five years", "Amit Deshpande"),
            ("Both companies have been losing money", "Amit Deshpande"),
            ("The question the competition authority will", "Amit Deshpande"),
            ("examine the transaction carefully, with particular", "Norwegian Competition Authority"),
        ],
    ),
    # 14 -- sports final (tennis), curly quotes; winner split, uncued follow-up quote, "the Frenchwoman", coach told Wikinews "explained", tournament director
    (
'''Kazakhstan’s Dilnaz Amanzholova won her first professional singles title on Sunday, beating top seed Chloé Marchetti-Dubois of France 6–4, 3–6, 7–6 in the final of the Puerto Vallarta Open in Mexico.

The 20-year-old qualifier, ranked 143rd in the world, saved two match points at 5–6 in the deciding set before winning the tie-break 7–5. The match lasted two hours and 51 minutes.

“Honestly, at 5–6 I was already thinking about my flight home,” Amanzholova said at the trophy ceremony, drawing laughter from the crowd. “Then I told myself, just one more point, just one more, and somehow it worked.”

She thanked her coach, former Ukrainian player Oksana Hrytsenko, who has worked with her since she was twelve. “Oksana believed in me when nobody else did. This trophy is half hers.”

Marchetti-Dubois, who was seeking her fourth title of the season, was gracious in defeat. “She played the big points better than me today, there’s no shame in saying it,” the Frenchwoman said.

She admitted she had been troubled by a shoulder problem in the third set but refused to use it as an excuse. “Everybody has something at the end of a long week,” she said.

Hrytsenko told Wikinews that she had spent the week telling her player to stop checking the rankings. “I said, forget the numbers, just look at the ball,” she explained. “Dilnaz has always had the shots. What changed this year is that she stopped being afraid of winning.”

Tournament director Javier Olmedo-Ruiz announced a record attendance of 41,200 across the week. “We had a final that people will remember for years,” he said.

With the win, Amanzholova is expected to rise to around 85th in the world rankings on Monday, which would guarantee her a place in the main draw of next month’s Australian Open.''',
        [
            ("Honestly, at 5–6 I was already", "Dilnaz Amanzholova"),
            ("Then I told myself, just one", "Dilnaz Amanzholova"),
            ("Oksana believed in me when nobody", "Dilnaz Amanzholova"),
            ("She played the big points better", "Chloé Marchetti-Dubois"),
            ("Everybody has something at the end", "Chloé Marchetti-Dubois"),
            ("I said, forget the numbers, just", "Oksana Hrytsenko"),
            ("Dilnaz has always had the shots", "Oksana Hrytsenko"),
            ("We had a final that people", "Javier Olmedo-Ruiz"),
        ],
    ),
    # 15 -- scientific discovery (exoplanet water); lead author split x2, Bluesky post, sceptical expert (Korean name order), institute press release
    (
'''Astronomers have reported what they describe as the strongest evidence yet of water vapour in the atmosphere of a rocky planet outside the Solar System, according to a study published on Wednesday in The Astrophysical Journal Letters.

The planet, designated LP 905-41 b, orbits a red dwarf star about 48 light-years from Earth and is roughly 1.3 times the size of Earth. Using the James Webb Space Telescope, the team observed the planet passing in front of its star four times in 2024, measuring how starlight filtered through its atmosphere.

"When we saw the water signal appear in the first transit, we assumed it was a mistake," said lead author Dr. Farida Nasser-Lund of the Aarhus Institute for Planetary Science. "By the fourth transit it was still there, and it was getting harder to explain away."

Nasser-Lund cautioned that the planet was almost certainly too hot for liquid water on its surface, with an estimated dayside temperature of around 400°C. "This is not a second Earth," she said. "But it tells us that small rocky planets around red dwarfs can hold on to an atmosphere, which many of us doubted."

Red dwarfs are prone to violent flares, which many astronomers believed would strip the atmospheres from planets orbiting close to them.

Co-author Dr. Thomas O'Rourke celebrated the result on the social media platform Bluesky, writing: "Four years of proposals, two rejections and 31 hours of telescope time. Worth every minute."

Not all astronomers are convinced. Professor Park Hyun-woo of the Korea Astronomy Institute, who was not involved in the study, said the signal could be caused by starspots. "Cool spots on a red dwarf's surface can produce water features in the spectrum that mimic an atmosphere," Park said. "The authors have done careful work to rule that out, but I would like to see observations at longer wavelengths before I believe it."

The institute said in a press release that the team had been awarded further observing time next year. "These follow-up observations should settle the question one way or the other," the release said.''',
        [
            ("When we saw the water signal", "Farida Nasser-Lund"),
            ("By the fourth transit it was", "Farida Nasser-Lund"),
            ("This is not a second Earth", "Farida Nasser-Lund"),
            ("But it tells us that small", "Farida Nasser-Lund"),
            ("Four years of proposals, two rejections", "Thomas O'Rourke"),
            ("Cool spots on a red dwarf's", "Park Hyun-woo"),
            ("The authors have done careful work", "Park Hyun-woo"),
            ("These follow-up observations should settle the", "Aarhus Institute for Planetary Science"),
        ],
    ),
    # 16 -- government decision (budget, Trinidad and Tobago); minister split + partial, opposition leader partial + Facebook, spokesman, business federation statement, union president partial
    (
'''Trinidad and Tobago's government presented a TT$58.4 billion budget for the 2026 fiscal year on Monday, including a three-year freeze on public-sector hiring and an increase in the minimum wage from TT$20.50 to TT$23 an hour.

Finance Minister Rohan Maharaj-Baptiste told Parliament, in a speech lasting more than four hours, that the measures were needed to reduce a deficit that had reached 5.1 percent of gross domestic product. "We cannot continue to spend oil money we no longer earn," he said. "The era of gas prices rescuing every budget is behind us, and this country must adjust."

He said the minimum-wage increase would benefit around 110,000 workers and described it as "long overdue recognition of the people who keep this economy running".

The budget also phases out the remaining subsidy on premium gasoline over eighteen months, a move the minister acknowledged would be unpopular. "Nobody enjoys paying more at the pump," Maharaj-Baptiste said. "But the subsidy costs us more than we spend on primary schools. I ask the population to consider that."

Leader of the Opposition Candice Ramdial-Joseph called the budget "a cruel document dressed up as reform". In a post on Facebook shortly after the speech, she wrote: "The minister spent four hours telling poor people to tighten belts that are already on the last hole. Where are the jobs? Where is the plan?"

Opposition finance spokesman Dr. Kwame Alleyne said the hiring freeze would hit the health service hardest. "Our hospitals are already short of more than 600 nurses," he said. "A freeze means those posts stay empty until 2029."

The Federation of Caribbean Manufacturers said in a statement that it welcomed the government's "credible commitment to fiscal discipline" but urged it to speed up payment of VAT refunds owed to businesses. "Many of our members are owed refunds dating back three years. That is money they cannot invest or use to hire," the statement said.

Marcia De Freitas, president of the National Workers' Congress, said the minimum-wage rise was "a start, but not enough to keep up with food prices", and announced that the congress would hold a march in Port of Spain on Friday.

The budget debate continues in the House of Representatives this week.''',
        [
            ("We cannot continue to spend oil", "Rohan Maharaj-Baptiste"),
            ("The era of gas prices rescuing", "Rohan Maharaj-Baptiste"),
            ("long overdue recognition of the people", "Rohan Maharaj-Baptiste"),
            ("Nobody enjoys paying more at the", "Rohan Maharaj-Baptiste"),
            ("But the subsidy costs us more", "Rohan Maharaj-Baptiste"),
            ("a cruel document dressed up as", "Candice Ramdial-Joseph"),
            ("The minister spent four hours telling", "Candice Ramdial-Joseph"),
            ("Our hospitals are already short of", "Kwame Alleyne"),
            ("A freeze means those posts stay", "Kwame Alleyne"),
            ("credible commitment to fiscal discipline", "Federation of Caribbean Manufacturers"),
            ("Many of our members are owed", "Federation of Caribbean Manufacturers"),
            ("a start, but not enough to", "Marcia De Freitas"),
        ],
    ),
    # 17 -- obituary (Nigerian novelist), curly quotes; publisher statement partial, deceased's archive interview, post on X, vice-chancellor, daughter split
    (
'''Nigerian novelist and playwright Adewale Ogunbiyi-Martins, whose 1978 novel The Harmattan Wives was translated into more than thirty languages, died on Friday at his home in Ibadan. He was 86.

His publisher, Lantern House Books, confirmed the death in a statement, saying he had died “peacefully in his sleep, with a half-finished manuscript on his desk”.

Ogunbiyi-Martins wrote eleven novels, seven plays and several volumes of essays. He was imprisoned for fourteen months in the 1990s after a play mocking military rule was staged in Lagos, an experience he later described as “the longest and most productive writing retreat of my life”.

In a 2011 interview with the literary magazine Lagoon Review, he said he had never expected to be read outside Nigeria. “I wrote for my mother’s market women and the boys in my street,” he said at the time. “When a woman in Oslo wrote to tell me she had cried over Bisi, I did not believe it was real.”

Fellow novelist Chiamaka Eze-Okonkwo, who was taught by him at the University of Ibadan, wrote on X: “He read my first short story and covered it in red ink. Then he took me for pepper soup and told me never to stop. I never did. Thank you, Prof.”

The university’s vice-chancellor, Professor Musa Abdullahi Garba, said Ogunbiyi-Martins had taught there for more than forty years. “He was the conscience of this university for half a century,” Garba said. “Our flags will fly at half mast for a week.”

His daughter, Folasade Ogunbiyi-Martins, told reporters outside the family home that her father had worked until the last week of his life. “He was impossible to stop,” she said, smiling. “On Wednesday he asked me to bring him a new ribbon for his typewriter. He still refused to use a computer.”

The Nigerian Academy of Letters said it would hold a public reading of his works in Lagos next month. He is survived by his wife, four children and nine grandchildren.''',
        [
            ("peacefully in his sleep, with a", "Lantern House Books"),
            ("the longest and most productive writing", "Adewale Ogunbiyi-Martins"),
            ("I wrote for my mother’s market", "Adewale Ogunbiyi-Martins"),
            ("When a woman in Oslo wrote", "Adewale Ogunbiyi-Martins"),
            ("He read my first short story", "Chiamaka Eze-Okonkwo"),
            ("He was the conscience of this", "Musa Abdullahi Garba"),
            ("Our flags will fly at half", "Musa Abdullahi Garba"),
            ("He was impossible to stop", "Folasade Ogunbiyi-Martins"),
            ("On Wednesday he asked me to", "Folasade Ogunbiyi-Martins"),
        ],
    ),
    # 18 -- natural disaster (cyclone, Mozambique); quote-first with speaker named in next paragraph, partial, resident split, multi-paragraph NGO statement, told Wikinews, forecaster
    (
'''Tropical Cyclone Ilda made landfall near the Mozambican port city of Quelimane on Saturday night, killing at least 14 people and leaving tens of thousands without shelter, according to the country's disaster management agency.

The storm came ashore with sustained winds of about 175 kilometres per hour. Heavy rain continued on Sunday across Zambezia and Nampula provinces, and electricity and mobile phone networks were down across most of Quelimane.

"The wind lifted the roofs off whole streets in less than an hour. We have people sleeping in schools, in churches, anywhere with a concrete roof."

That was how Luísa Mabunda, the provincial director of the National Institute for Disaster Risk Management, described the situation to reporters on Sunday. She said 38,000 people had been registered in 61 temporary accommodation centres, and that the immediate priorities were "clean water, food and plastic sheeting, in that order".

Fisherman Abdul Momade, 45, said he had tied his boat to a palm tree before the storm arrived, but lost it anyway. "The sea came up to the market," he said. "I have lived here all my life and I have never seen water in the market."

In a statement, the aid group Action for Children in Africa said:

"Children are always the most exposed in the first days after a cyclone. Contaminated water and crowded shelters are the perfect conditions for cholera, and Zambezia has already had outbreaks this year.

"We are calling on donors to release emergency funding immediately, before a weather disaster becomes a health disaster."

The group's regional director, Samuel Otieno-Banda, told Wikinews that its warehouse in Quelimane had lost part of its roof but that most of the supplies inside were intact. "We were lucky this time," he said. "Many families in this city were not."

Forecaster Hélder Cossa of the Mozambique Weather Service warned that up to 200 millimetres of rain was expected inland over the next 48 hours. "The danger now moves from the coast to the rivers," he said. He urged people living along the Licungo River to move to higher ground.

Ilda is the second cyclone to hit Mozambique this season.''',
        [
            ("The wind lifted the roofs off", "Luísa Mabunda"),
            ("clean water, food and plastic sheeting", "Luísa Mabunda"),
            ("The sea came up to the", "Abdul Momade"),
            ("I have lived here all my", "Abdul Momade"),
            ("Children are always the most exposed", "Action for Children in Africa"),
            ("We were lucky this time", "Samuel Otieno-Banda"),
            ("Many families in this city were", "Samuel Otieno-Banda"),
            ("The danger now moves from the", "Hélder Cossa"),
        ],
    ),
    # 19 -- court verdict (environmental damages, Brazil), curly quotes; judge's written ruling, prosecutor partial + split, company statement x3, association president split, toxicologist partial
    (
'''A federal court in the Brazilian state of Pará has ordered mining company Serra Azul Mineração S.A. to pay R$1.2 billion (about US$220 million) in damages for contaminating a tributary of the Tapajós River with mercury and arsenic.

The ruling, issued on Tuesday by Judge Ana Beatriz Figueiredo of the federal court in Santarém, found that the company had released contaminated waste water from a tailings dam on at least five occasions between 2018 and 2022.

In her decision, Figueiredo wrote that the company had “treated the river as a free waste disposal service for four years”. “The harm to the health of riverside communities is documented, serious and, in part, irreversible,” she wrote.

The money will go to a fund for health monitoring and river clean-up. The company was also ordered to pay monthly allowances to about 2,300 fishing families until fish stocks in the river are declared safe to eat.

Federal prosecutor Rodrigo Nakamura Alves, who brought the case in 2022, called the ruling “a historic victory for the Amazon”. “For the first time a court has put a price on the mercury in people’s blood,” he told journalists in Santarém. “Every mining company in this region should read this decision carefully.”

Serra Azul said in a statement that it “strongly disagrees with the court’s conclusions” and would appeal. “The company has always complied with the environmental licences issued by the competent authorities,” the statement said. “The contamination described by the prosecution has multiple sources, including illegal gold mining, for which Serra Azul cannot be held responsible.”

Maria do Socorro Pereira, president of the Riverside Fishers’ Association, wept as the decision was read out at a packed meeting in the association’s headquarters. “My husband cannot hold a net any more because his hands shake,” she said. “Money will not give him back his hands. But maybe now our grandchildren will be able to eat the fish.”

Toxicologist Dr. Renata Okamoto, whose research was cited in the ruling, said mercury levels in hair samples from some villages were “up to six times the World Health Organization’s safety limit”.

The company has 30 days to lodge its appeal.''',
        [
            ("treated the river as a free", "Ana Beatriz Figueiredo"),
            ("The harm to the health of", "Ana Beatriz Figueiredo"),
            ("a historic victory for the Amazon", "Rodrigo Nakamura Alves"),
            ("For the first time a court", "Rodrigo Nakamura Alves"),
            ("Every mining company in this region", "Rodrigo Nakamura Alves"),
            ("strongly disagrees with the court’s conclusions", "Serra Azul Mineração S.A."),
            ("The company has always complied with", "Serra Azul Mineração S.A."),
            ("The contamination described by the prosecution", "Serra Azul Mineração S.A."),
            ("My husband cannot hold a net", "Maria do Socorro Pereira"),
            ("Money will not give him back", "Maria do Socorro Pereira"),
            ("up to six times the World", "Renata Okamoto"),
        ],
    ),
    # 20 -- sports final (volleyball); MVP split, coach split + "the 58-year-old" after another player named, player "joked", losing captain partial + split, Instagram caption
    (
'''Bursa Yıldızspor won the Turkish Women's Volleyball League title for the first time on Sunday, beating defending champions İzmir Körfez 3-2 in the deciding fifth match of the final series in front of a sell-out crowd of 7,500 at the Nilüfer Arena.

Bursa took the first two sets 25-21 and 25-23 before İzmir came back to win the next two 25-19 and 27-25. The deciding set went to Bursa 15-12, with Serbian opposite Jelena Vuković-Ristić scoring 31 points, the most by any player in a final this decade. She was named the series' most valuable player.

"I don't have words. Really, I don't," Vuković-Ristić said courtside, her medal still around her neck. "After the fourth set everybody thought it was finished for us. We looked at each other in the huddle and said, no, not today."

Bursa's Italian head coach, Massimo Ferraresi, said the team had been written off before the season after losing three starters to European clubs. "In September people were asking if we would avoid relegation," Ferraresi told reporters. "We built this with young Turkish players and two foreigners nobody had heard of. I am so proud."

He singled out 19-year-old setter Elif Nur Karakaya, who was playing her first season as a starter. "She is the brain of this team," the 58-year-old said. "Nineteen years old and she plays like she has been doing this for fifteen."

Karakaya herself was more modest. "I just give the ball to Jelena and close my eyes," she joked.

İzmir captain Ayşe Demirtaş-Güler congratulated the new champions but promised her team would "come back stronger and hungrier next season". "We lost two points at 25-25 in the fourth set that I will think about all summer," she said. "Credit to Bursa. They wanted it more tonight."

Bursa club president Hakan Yalçınkaya posted a photograph of the team with the trophy on Instagram, with the caption: "Fifty-two years we waited. Worth it."

Both clubs have qualified for next season's CEV Champions League.''',
        [
            ("I don't have words. Really, I", "Jelena Vuković-Ristić"),
            ("After the fourth set everybody thought", "Jelena Vuković-Ristić"),
            ("In September people were asking if", "Massimo Ferraresi"),
            ("We built this with young Turkish", "Massimo Ferraresi"),
            ("She is the brain of this", "Massimo Ferraresi"),
            ("Nineteen years old and she plays", "Massimo Ferraresi"),
            ("I just give the ball to", "Elif Nur Karakaya"),
            ("come back stronger and hungrier next", "Ayşe Demirtaş-Güler"),
            ("We lost two points at 25-25", "Ayşe Demirtaş-Güler"),
            ("Credit to Bursa. They wanted it", "Ayşe Demirtaş-Güler"),
            ("Fifty-two years we waited. Worth it.", "Hakan Yalçınkaya"),
        ],
    ),
]

STORIES_N = [
    # 1 -- US Senate campaign rally (straight quotes); partial quotes, "the senator", split quote, chant, statement via campaign manager, told WICU
    (
'''Democratic Senate candidate Rebecca J. Thornbury told a crowd of about 2,000 supporters in Erie, Pennsylvania on Saturday that she would "never stop fighting for the people who built this state," as polls show her race against Republican incumbent Senator Douglas Whitcombe III tightening in the final month of the campaign.

"They told us the mills were never coming back," Thornbury said from a stage set up in the parking lot of a shuttered tool-and-die plant. "Well, I'm here to tell you that they were wrong, and we are going to prove it."

The former state treasurer, 51, spent much of her half-hour speech attacking Whitcombe's record on trade. She called his 2019 vote for a tariff exemption on imported steel "a betrayal of every family in this county."

Whitcombe, who is seeking a third term, was campaigning in the Philadelphia suburbs on the same day. Speaking to reporters after a town hall meeting in Media, the senator dismissed the criticism. "My opponent has discovered manufacturing about six months ago. I've been standing with these workers for twelve years, and they know it," he said.

The crowd in Erie included dozens of members of United Steelworkers Local 1174. Its president, Anthony Ruggiero, introduced Thornbury and said the union's 3,400 members had knocked on more than 60,000 doors in the region since Labor Day.

"People here don't want speeches, they want paychecks," Ruggiero said. "Rebecca gets that. She always has."

As Thornbury left the stage, supporters chanted "Bring it home, Rebecca!" and waved hand-painted placards.

Later in the day, the Whitcombe campaign released a statement accusing Thornbury of misrepresenting the senator's votes. "Rebecca Thornbury is running a campaign built on half-truths and recycled attack lines. Pennsylvanians deserve better than that," campaign manager Keith Landry said in the statement.

A poll released on Thursday by Keystone Research Associates showed Whitcombe leading by two percentage points, within the survey's margin of error. Dr. Priya Nandakumar, who directs the firm's polling unit, said the race was now "essentially a coin flip."

"Undecided voters in the northwest are breaking slowly, but they are breaking toward Thornbury," Nandakumar told WICU. "If that holds, this will be a very long election night."

Thornbury is scheduled to appear in Pittsburgh on Sunday alongside Governor Elaine Markowitz, who endorsed her in the spring.''',
        [
            ("never stop fighting for the", "Rebecca J. Thornbury"),
            ("They told us the mills were", "Rebecca J. Thornbury"),
            ("Well, I'm here to tell you", "Rebecca J. Thornbury"),
            ("a betrayal of every family in", "Rebecca J. Thornbury"),
            ("My opponent has discovered manufacturing about", "Douglas Whitcombe III"),
            ("People here don't want speeches, they", "Anthony Ruggiero"),
            ("Rebecca gets that. She always", "Anthony Ruggiero"),
            ("Bring it home, Rebecca!", None),
            ("Rebecca Thornbury is running a campaign", "Keith Landry"),
            ("essentially a coin flip", "Priya Nandakumar"),
            ("Undecided voters in the northwest are", "Priya Nandakumar"),
            ("If that holds, this will be", "Priya Nandakumar"),
        ],
    ),

    # 2 -- UK council budget debate (curly quotes); Councillor titles, "she told the meeting", partial quotes, letter read aloud, union statement, unnamed department spokesperson
    (
'''Kestermoor Borough Council voted on Wednesday night to raise council tax by 4.99 per cent, the maximum allowed without a local referendum, after a three-hour debate in which opposition members accused the ruling group of abandoning the borough’s pensioners.

The budget passed by 31 votes to 24, with two abstentions.

Presenting the budget, Councillor Siobhan Mac an tSaoir, the council’s cabinet member for finance, said the authority had been left with “no realistic alternative but to act” after a £14.2 million shortfall opened up in its adult social care budget.

“Nobody in this chamber came into politics to put up people’s bills,” she told the meeting. “But the choice in front of us tonight is between a rise in council tax and the closure of services that the most vulnerable people in this borough depend on.”

The Liberal Democrat group leader, Councillor Ahmed Rafiq-Hussain, said his group had put forward an amendment that would have funded a smaller rise by cutting the council’s spending on consultants. It was defeated. He described the administration’s approach as “balancing the books on the backs of pensioners”.

“The administration has spent £3 million on outside consultants in two years,” Cllr Rafiq-Hussain said. “They found that money easily enough. Tonight they have asked residents to find it instead.”

Conservative councillor Margaret Ellery-Downs, who represents the Fenby ward, said she had received more than 200 emails from constituents about the proposals. She read one aloud, from a retired postman, Dennis Whitlow, who wrote that he was “choosing between heating and eating for the first time in my life”.

The leader of the council, Councillor Paul Oyelaran, defended the budget at the end of the debate. He said the authority had suffered a real-terms cut of 38 per cent in its central government funding since 2010.

“We have made every efficiency we can make,” the council leader said. “We have sold buildings, we have merged departments, we have shared services with our neighbours. There is nothing left to cut that does not hurt somebody.”

In a statement released after the vote, the local branch of the public service union Unison said it welcomed the decision to keep the borough’s day centres open but warned that staff were “at breaking point after years of cuts”.

The Department for Levelling Up, Housing and Communities said councils across England would receive an average increase of 6.5 per cent in core spending power this year. “We recognise the pressures councils face, and have provided additional funding for social care,” a spokesperson for the department said.

The new rates come into effect on 1 April. A Band D household will pay £2,147 a year, an increase of £102.''',
        [
            ("no realistic alternative but to", "Siobhan Mac an tSaoir"),
            ("Nobody in this chamber came into", "Siobhan Mac an tSaoir"),
            ("But the choice in front of", "Siobhan Mac an tSaoir"),
            ("balancing the books on the backs", "Ahmed Rafiq-Hussain"),
            ("The administration has spent £3 million", "Ahmed Rafiq-Hussain"),
            ("They found that money easily enough", "Ahmed Rafiq-Hussain"),
            ("choosing between heating and eating for", "Dennis Whitlow"),
            ("We have made every efficiency we", "Paul Oyelaran"),
            ("We have sold buildings, we have", "Paul Oyelaran"),
            ("at breaking point after years", "Unison"),
            ("We recognise the pressures councils face", "Department for Levelling Up, Housing and Communities"),
        ],
    ),
    # 3 -- US school board book policy (straight quotes); board president, trustee "he said", parents, student described as "the student", association statement, superintendent
    (
'''The Pine Hollow Unified School District board voted 4-3 on Tuesday night to adopt a new policy governing how library books can be challenged, ending months of heated debate that has drawn hundreds of parents to its monthly meetings.

Under the policy, any parent or guardian of a student in the district may file a formal objection to a book. A committee of two teachers, a librarian, a parent and an administrator will then have 45 days to review it. Books will remain on the shelves while they are under review.

Board president Dolores Q. Vantreight, who voted in favor, said the policy struck "a fair balance between parents' rights and students' freedom to read."

"Nobody on this board wants to ban books," Vantreight said. "What we want is a process that is clear, that is public, and that treats every family the same."

Trustee Marcus Oduya-Bell, who voted against, said the policy would "put a target on the back of every librarian in this district."

"Read the fine print," he said. "A single complaint can tie up a book for a month and a half. Multiply that by a hundred complaints and you have emptied the shelves without ever voting to remove a thing."

More than 70 people signed up to speak during the public comment period, which lasted nearly three hours. Among them was Janelle Whitacre, a mother of two students at Cedar Ridge Middle School, who said she had found a novel with explicit content in her 12-year-old's backpack.

"I'm not asking anyone to burn anything," Whitacre said. "I'm asking for a say in what my kids read at school."

Sophomore Ellis Navarro-Kim, 15, spoke against the policy. "The books people want to pull are the ones where kids like me finally see ourselves," the student told the board, drawing a standing ovation from one side of the room and jeers from the other.

The district's head librarian, Thomas Greer, declined to comment after the meeting. In a written statement, the Pine Hollow Education Association, which represents the district's teachers and librarians, said it would "monitor closely how the policy is applied in practice."

Superintendent Dr. Raymond Achterberg said staff would begin training on the new process next month. "Our job now is to implement what the board has decided, and to do it fairly," he said.

The policy takes effect on January 8.''',
        [
            ("a fair balance between parents' rights", "Dolores Q. Vantreight"),
            ("Nobody on this board wants to", "Dolores Q. Vantreight"),
            ("What we want is a process", "Dolores Q. Vantreight"),
            ("put a target on the back", "Marcus Oduya-Bell"),
            ("Read the fine print", "Marcus Oduya-Bell"),
            ("A single complaint can tie up", "Marcus Oduya-Bell"),
            ("I'm not asking anyone to burn", "Janelle Whitacre"),
            ("I'm asking for a say in", "Janelle Whitacre"),
            ("The books people want to pull", "Ellis Navarro-Kim"),
            ("monitor closely how the policy is", "Pine Hollow Education Association"),
            ("Our job now is to implement", "Raymond Achterberg"),
        ],
    ),
    # 4 -- UK police press conference after fatal stabbing (curly quotes); Chief Constable, "the chief constable said", Det Supt, family statement, MP on X, PCC
    (
'''A 17-year-old boy has been charged with murder after a man was stabbed to death outside a takeaway in Wrexford town centre on Friday night, Medshire Police said.

The victim, named by police as 42-year-old Gareth Pryce-Evans, a father of three from the Llanfair Road area of the town, was pronounced dead at the scene shortly after 11.30pm.

Speaking at a press conference at the force’s headquarters on Sunday, Chief Constable Helena Oyinlola-Ward said officers had made an arrest within four hours of the attack.

“This was a senseless and brutal killing,” the chief constable said. “A man who had gone out for a meal with friends will never go home to his children. Our thoughts are with his family, who are being supported by specially trained officers.”

She appealed for anyone with mobile phone footage of the incident to come forward, adding that the force had already received “more than forty clips and photographs” from members of the public.

Detective Superintendent Rhodri Caulfield, who is leading the investigation, said the teenager, who cannot be named for legal reasons, would appear before Wrexford Youth Court on Monday. A second teenager, aged 16, has been released on bail pending further inquiries.

“We are not looking for anyone else in connection with the death at this stage,” Det Supt Caulfield said. “But I would ask people not to speculate on social media. That can do real damage to a case.”

In a statement issued through the police, Mr Pryce-Evans’s wife, Carys Pryce-Evans, described him as “a gentle giant who would do anything for anyone”.

“Gareth was the heart of our family,” the statement said. “He coached the under-nines at Wrexford Rovers every Saturday and never missed a match. We cannot begin to understand how this happened.”

The town’s MP, Bethan Llewellyn-Morris, said residents were “shocked and heartbroken by what has happened”. Writing on X, she said: “Wrexford is a close community and tonight it is grieving. I will be pressing ministers for the resources our police need to keep young people away from knives.”

Medshire’s Police and Crime Commissioner, Alan Tudor-Hughes, confirmed that additional patrols would be deployed in the town centre.

“There will be a visible police presence in the town centre all weekend,” Mr Tudor-Hughes said. “People should feel able to come and go safely.”''',
        [
            ("This was a senseless and brutal", "Helena Oyinlola-Ward"),
            ("A man who had gone out", "Helena Oyinlola-Ward"),
            ("more than forty clips and", "Helena Oyinlola-Ward"),
            ("We are not looking for anyone", "Rhodri Caulfield"),
            ("But I would ask people not", "Rhodri Caulfield"),
            ("a gentle giant who would do", "Carys Pryce-Evans"),
            ("Gareth was the heart of our", "Carys Pryce-Evans"),
            ("He coached the under-nines at Wrexford", "Carys Pryce-Evans"),
            ("shocked and heartbroken by what", "Bethan Llewellyn-Morris"),
            ("Wrexford is a close community and", "Bethan Llewellyn-Morris"),
            ("There will be a visible police", "Alan Tudor-Hughes"),
            ("People should feel able to come", "Alan Tudor-Hughes"),
        ],
    ),
    # 5 -- US state court verdict (straight quotes); Judge, District Attorney, defense attorney "she said:", nested word, county statement
    (
'''A jury in Marlow County, Georgia on Thursday found former county treasurer Franklin D. Ashby Jr. guilty on eleven counts of theft and money laundering, concluding a three-week trial that laid bare how more than $1.8 million in public funds was diverted into a network of shell companies.

The jury of seven women and five men deliberated for about nine hours over two days before returning its verdict. Ashby, 63, showed no visible reaction as it was read.

Superior Court Judge Lorraine Battaglia-Mensah set sentencing for March 14 and ordered Ashby to surrender his passport. "The defendant has been found guilty of very serious offenses against the public trust," the judge said. "The court has no reason to believe he is a flight risk, but it will take no chances."

District Attorney Carlton Reeves-Oakley told reporters outside the courthouse that the verdict sent "a clear message to anybody who handles taxpayers' money."

"For eight years, Mr. Ashby treated the county treasury as his personal bank account," Reeves-Oakley said. "Today twelve citizens of this county said 'enough.' I want to thank them for their service."

During the trial, prosecutors presented bank records showing that payments for road resurfacing and office supplies had been routed to companies controlled by Ashby's brother-in-law, Dwayne Pruitt, who pleaded guilty last year and testified for the state.

Ashby's attorney, Miriam Kowalczyk, said her client would appeal. She argued throughout the trial that Ashby had been deceived by Pruitt and had signed documents without understanding them.

"We are disappointed by the verdict, obviously," Kowalczyk said. "The state's case rested almost entirely on the word of a man who admitted to lying for years in order to save himself. We believe an appellate court will see that."

Asked whether Ashby would testify at his sentencing hearing, she said: "That's a decision we'll make together in the coming weeks."

County Commission Chairwoman Gloria Estrada-Whitfield said in a statement that the county had already recovered about $640,000 through civil action and would pursue the rest. "The people of Marlow County were robbed, and we intend to get every cent back," she said.

Ashby faces up to 20 years in prison on the most serious count. He remains free on bond.''',
        [
            ("The defendant has been found guilty", "Lorraine Battaglia-Mensah"),
            ("The court has no reason to", "Lorraine Battaglia-Mensah"),
            ("a clear message to anybody who", "Carlton Reeves-Oakley"),
            ("For eight years, Mr. Ashby treated", "Carlton Reeves-Oakley"),
            ("Today twelve citizens of this county", "Carlton Reeves-Oakley"),
            ("We are disappointed by the verdict", "Miriam Kowalczyk"),
            ("The state's case rested almost entirely", "Miriam Kowalczyk"),
            ("That's a decision we'll make together", "Miriam Kowalczyk"),
            ("The people of Marlow County were", "Gloria Estrada-Whitfield"),
        ],
    ),
    # 6 -- US governor veto (curly quotes); veto message, State Senator, Speaker on X ("he wrote"), Representative, told WISN-TV, spokesperson with split quote
    (
'''Wisconsin Governor Theresa M. Halloran on Friday vetoed a Republican-backed bill that would have required voters to present a photo ID when returning absentee ballots in person, calling it “a solution in search of a problem.”

The veto was the governor’s 47th of the legislative session, a state record. Republicans hold majorities in both chambers of the legislature but lack the two-thirds needed to override her.

In her veto message, Halloran wrote that the bill “would make it harder for elderly and disabled Wisconsinites to vote, without making our elections any more secure.”

“Wisconsin’s elections are already among the safest in the nation,” the message continued. “Our clerks work hard to keep them that way. I will not sign a bill that treats every voter as a suspect.”

The bill’s lead sponsor, State Senator Curtis Van der Linde, said he was “disappointed but not surprised.”

“The governor has once again put politics ahead of common sense,” Van der Linde said at a news conference in the Capitol. “Poll after poll shows that voters of both parties support ID requirements. This bill was modest, it was reasonable, and she vetoed it anyway.”

Assembly Speaker Roger Lindqvist, a Republican from Fond du Lac, responded on X within minutes of the announcement. “Another veto, another missed chance to restore trust in our elections. We’ll be back next session,” he wrote.

Democrats welcomed the decision. State Representative Keisha Amadi-Moore, the ranking Democrat on the Assembly elections committee, said the bill had been drafted “without input from a single municipal clerk.”

Clerks’ groups had also opposed the measure. Sandra Overholt, president of the Wisconsin Municipal Clerks Association, told WISN-TV that the requirements would have caused confusion at polling places. “We would have had two sets of rules for the same ballot,” she said. “That is a recipe for long lines and mistakes.”

A spokesperson for the governor, Daniel Esquivel, said Halloran remained open to discussing other election measures with legislative leaders. “Her door is open, as it always has been,” he said.''',
        [
            ("a solution in search of a", "Theresa M. Halloran"),
            ("would make it harder for elderly", "Theresa M. Halloran"),
            ("Wisconsin’s elections are already among the", "Theresa M. Halloran"),
            ("Our clerks work hard to keep", "Theresa M. Halloran"),
            ("disappointed but not surprised", "Curtis Van der Linde"),
            ("The governor has once again put", "Curtis Van der Linde"),
            ("Poll after poll shows that voters", "Curtis Van der Linde"),
            ("Another veto, another missed chance to", "Roger Lindqvist"),
            ("without input from a single municipal", "Keisha Amadi-Moore"),
            ("We would have had two sets", "Sandra Overholt"),
            ("That is a recipe for long", "Sandra Overholt"),
            ("Her door is open", "Daniel Esquivel"),
        ],
    ),
    # 7 -- UK Commons second reading debate (straight quotes); minister, shadow secretary with "Sir", Dame, Lib Dem spokesman partial quote, banner, trade body statement naming chief executive
    (
'''The government's flagship planning bill cleared its second reading in the House of Commons on Tuesday evening by 342 votes to 198, after a six-hour debate in which ministers were accused of riding roughshod over local democracy.

Opening the debate, the Housing Minister, Priyanka Chaudhary-Reid, told MPs the Homes and Communities (Planning Reform) Bill would "unblock the system that has failed a generation of young people."

"Too many families are paying too much to rent homes that are too small," she said. "Too many young people have given up on the idea of ever owning a home. This bill is about giving them that hope back."

The shadow housing secretary, Sir Geoffrey Ashcombe-Vane, said the bill would strip councils of the power to reject unsuitable developments.

"The minister talks about unblocking the system," he said. "What she means is removing the people who live in these places from any say over what gets built on their doorstep. That is not reform. It is bulldozing local democracy."

Several backbenchers on the government side also raised concerns. Dame Eleanor Fitzwarren, the MP for Hedgeley and Ross, who chairs the Commons housing committee, said she would support the bill at second reading but warned that she would table amendments to strengthen protections for green belt land.

"I have been a supporter of more housebuilding for thirty years," Dame Eleanor said. "But I did not come to this House to see the fields of my constituency covered in executive homes that none of my constituents can afford."

Liberal Democrat spokesman Owain Pritchard-Jones described the bill as "a developer's charter dressed up as a housing policy."

Outside Parliament, campaigners from the Countryside Protection Network held a rally in Parliament Square. Their banners read "Build Homes, Not Car Parks".

The Home Builders Association welcomed the vote. "Today is a good day for anyone waiting for a home of their own," its chief executive, Martin Oakes, said in a statement.

The bill now moves to committee stage, where ministers are expected to face a number of amendments from their own side.''',
        [
            ("unblock the system that has failed", "Priyanka Chaudhary-Reid"),
            ("Too many families are paying too", "Priyanka Chaudhary-Reid"),
            ("Too many young people have given", "Priyanka Chaudhary-Reid"),
            ("The minister talks about unblocking the", "Geoffrey Ashcombe-Vane"),
            ("What she means is removing the", "Geoffrey Ashcombe-Vane"),
            ("I have been a supporter of", "Eleanor Fitzwarren"),
            ("But I did not come to", "Eleanor Fitzwarren"),
            ("a developer's charter dressed up as", "Owain Pritchard-Jones"),
            ("Build Homes, Not Car Parks", None),
            ("Today is a good day for", "Martin Oakes"),
        ],
    ),
    # 8 -- US mayoral TV debate (curly quotes); rapid exchange with "he replied", descriptions, outgoing mayor told reporters:, campaign spokesman
    (
'''The two candidates vying to become the next mayor of Bellhaven traded sharp attacks over crime, taxes and the city’s troubled water utility in their only televised debate on Wednesday night, less than two weeks before the November 7 election.

City Council President Lamar T. Whitfield-Jones, a Democrat, and former police captain Annette Szymanski, an independent, faced questions from a panel of journalists at the studios of WBHV-TV.

Szymanski repeatedly returned to public safety, noting that homicides in the city had risen for a third straight year.

“I spent 24 years wearing a badge in this city,” she said. “I have knocked on the doors of mothers to tell them their sons were not coming home. I don’t need a briefing paper to tell me what is going wrong.”

Whitfield-Jones accused his opponent of offering “slogans instead of real solutions.” He pointed to a violence intervention program the council funded last year, which he said had contributed to a drop in shootings in two of the city’s east side neighborhoods.

“Captain Szymanski wants to talk about the past,” Whitfield-Jones said. “I want to talk about what is working right now, and how we do more of it.”

The sharpest exchange came over the water utility, which has faced federal scrutiny after a series of billing errors left thousands of residents with bills of more than $1,000.

“You sat on the council for eight years while this utility fell apart,” Szymanski said, turning to face her opponent. “Where were you, Lamar?”

“I was the one who called for the audit,” he replied. “You can check the record.”

The debate’s moderator, WBHV anchor Sunita Raghavan, twice had to ask the audience to stop applauding.

Outgoing Mayor Frederick L. Haas, who is barred by term limits from seeking re-election, has endorsed Whitfield-Jones. Asked after the debate for his assessment, Haas told reporters: “Lamar had the better night. He was calmer and he had the facts.”

Szymanski’s campaign spokesman, Trevor Blaylock, said she had “laid out a clear plan to make Bellhaven safe again” and would spend the final days of the race in the neighborhoods hit hardest by crime.

A poll released last week by Bellhaven State University showed the race statistically tied.''',
        [
            ("I spent 24 years wearing a", "Annette Szymanski"),
            ("I have knocked on the doors", "Annette Szymanski"),
            ("slogans instead of real solutions", "Lamar T. Whitfield-Jones"),
            ("Captain Szymanski wants to talk about", "Lamar T. Whitfield-Jones"),
            ("I want to talk about what", "Lamar T. Whitfield-Jones"),
            ("You sat on the council for", "Annette Szymanski"),
            ("Where were you, Lamar?", "Annette Szymanski"),
            ("I was the one who called", "Lamar T. Whitfield-Jones"),
            ("You can check the record", "Lamar T. Whitfield-Jones"),
            ("Lamar had the better night. He", "Frederick L. Haas"),
            ("laid out a clear plan to", "Trevor Blaylock"),
        ],
    ),
    # 9 -- US state attorney general lawsuit (straight quotes); news conference, tenant with nested quote, company statement, advocacy group, Representative partial quotes
    (
'''Oregon Attorney General Howard K. Nakashima-Price on Monday filed a lawsuit against Cascade Crest Property Management, accusing the company of illegally charging thousands of tenants hidden fees and failing to return their security deposits.

The complaint, filed in Multnomah County Circuit Court, alleges that the Portland-based company, which manages about 11,000 rental units across the state, added undisclosed monthly charges of between $35 and $90 to tenants' rent and routinely withheld deposits without providing the itemized statements required by state law.

"Renters in Oregon are already stretched to breaking point," Nakashima-Price said at a news conference in Salem. "For a company to quietly squeeze them for millions of dollars in fees they never agreed to is not just wrong. It is illegal, and we are going to make them pay it back."

The attorney general's office estimates that tenants were overcharged by a total of more than $9 million between 2019 and 2023. The lawsuit seeks restitution, civil penalties of up to $25,000 per violation, and a court order barring the practices.

Among the tenants named in the complaint is Rosalind Okereke, a nursing assistant who rents a two-bedroom apartment in Gresham. She told reporters her rent had risen by $74 a month in fees alone.

"I kept asking what the charges were for and nobody could tell me," Okereke said. "When I moved out of my last place they kept my whole deposit, $1,400, and sent me a letter that said 'cleaning.' That was it. One word."

In a statement, Cascade Crest said it "strongly disputes the attorney general's characterization" of its business.

"All fees charged by Cascade Crest are disclosed in lease agreements signed by our residents," the company said. "We have cooperated fully with the attorney general's inquiry and are disappointed that his office chose to file suit rather than continue those discussions."

The lawsuit follows a 2022 report by the advocacy group Oregon Tenant Voices, which surveyed more than 2,000 renters and found that nearly a third had been charged fees they did not understand. The group's director, Benjamin Solis-Ortega, called Monday's filing "a long overdue step."

"We've been hearing these stories for years," Solis-Ortega said. "What the attorney general has done today tells landlords that the law means something."

State Representative Jolene Harkness, a Republican who sits on the House housing committee, said she supported holding "bad actors in the rental market" accountable but cautioned against "painting the whole industry with one brush."''',
        [
            ("Renters in Oregon are already stretched", "Howard K. Nakashima-Price"),
            ("For a company to quietly squeeze", "Howard K. Nakashima-Price"),
            ("I kept asking what the charges", "Rosalind Okereke"),
            ("When I moved out of my", "Rosalind Okereke"),
            ("strongly disputes the attorney general's characterization", "Cascade Crest Property Management"),
            ("All fees charged by Cascade Crest", "Cascade Crest Property Management"),
            ("We have cooperated fully with the", "Cascade Crest Property Management"),
            ("a long overdue step", "Benjamin Solis-Ortega"),
            ("We've been hearing these stories for", "Benjamin Solis-Ortega"),
            ("What the attorney general has done", "Benjamin Solis-Ortega"),
            ("bad actors in the rental market", "Jolene Harkness"),
            ("painting the whole industry with one", "Jolene Harkness"),
        ],
    ),
    # 10 -- US House subcommittee hearing (curly quotes); testimony, back-and-forth with "replied", "the congressman said", union statement, told CNN
    (
'''A House Oversight subcommittee hearing on the nation’s shortage of air traffic controllers turned heated on Thursday, as lawmakers from both parties pressed the Federal Aviation Administration’s acting chief over repeated delays to a promised hiring plan.

Acting FAA Administrator Bradley J. Souter Jr. told the subcommittee that the agency had hired 1,800 controllers in the last fiscal year, its highest number in more than a decade, but acknowledged that staffing at 23 facilities remained “critically below where they should be.”

“We are not where we need to be, and I’m not going to sit here and tell you otherwise,” Souter said in his opening testimony. “But we are moving in the right direction, and faster than at any time since I joined the agency.”

Subcommittee chairwoman Representative Carla Mendez-Whitaker of New Mexico said she had heard “the same promises, almost word for word” from the agency’s leadership two years ago.

“With respect, Mr. Souter, the flying public cannot wait for the right direction,” she said. “They need controllers in the tower today.”

Representative Dale R. Hutchins, a Republican from Kansas and the subcommittee’s ranking member, questioned Souter about an internal FAA report, obtained by the committee, which found that controllers at a facility near Dallas had routinely worked six-day weeks for more than a year.

“Did you know about this report before it was leaked to us?” Hutchins asked.

“I was briefed on its findings in March,” Souter replied.

“March. Six months ago,” the congressman said. “And the first this committee hears about it is from a whistleblower in September.”

Outside the hearing room, the National Air Traffic Controllers Union issued a statement saying its members were “exhausted, overworked and running on fumes.” The union’s president, Glenn Abernathy-Cole, told CNN on Wednesday evening that “fatigue is now the number one safety issue in American aviation.”

Hutchins said after the hearing that he would ask the Department of Transportation’s inspector general to open an investigation into how the report had been handled.''',
        [
            ("critically below where they should", "Bradley J. Souter Jr."),
            ("We are not where we need", "Bradley J. Souter Jr."),
            ("But we are moving in the", "Bradley J. Souter Jr."),
            ("the same promises, almost word for", "Carla Mendez-Whitaker"),
            ("With respect, Mr. Souter, the flying", "Carla Mendez-Whitaker"),
            ("They need controllers in the tower", "Carla Mendez-Whitaker"),
            ("Did you know about this report", "Dale R. Hutchins"),
            ("I was briefed on its findings", "Bradley J. Souter Jr."),
            ("March. Six months ago", "Dale R. Hutchins"),
            ("And the first this committee hears", "Dale R. Hutchins"),
            ("exhausted, overworked and running on fumes", "National Air Traffic Controllers Union"),
            ("fatigue is now the number one", "Glenn Abernathy-Cole"),
        ],
    ),
    # 11 -- Scottish by-election count (straight quotes); candidate speech, "She added:", concession, party leader told BBC Radio Scotland, depute leader, academic
    (
'''Scottish Labour has taken the Holyrood seat of Glenmuir and Strathkelvin from the SNP in a by-election, overturning a majority of more than 6,000 on a swing of almost 14 per cent.

Labour's Fiona McAllister-Reid won 11,482 votes, ahead of the SNP's Callum Drummond on 8,951. The Scottish Conservatives finished third, with Reform UK fourth. Turnout was 41.2 per cent.

The by-election was triggered by the death in August of the long-serving SNP member Alasdair Munro, who had represented the area since 2007.

Speaking at the count at Glenmuir Leisure Centre in the early hours of Friday, Ms McAllister-Reid, a 38-year-old former primary school teacher, paid tribute to her predecessor.

"Alasdair Munro served this community with real dignity for sixteen years, and whatever our differences, I know how much he loved this place," she said. "I hope to serve it half as well."

She added: "People here have told me again and again that they want change. Tonight they voted for it."

Mr Drummond conceded that it had been "a difficult night for the SNP" but said the party would learn from it.

"We have heard the message from the voters of Glenmuir and Strathkelvin loud and clear," he said. "We will reflect, we will listen and we will come back stronger."

Scottish Labour leader Morag Caskie-Baird, who visited the constituency six times during the campaign, said the result showed her party could now win "in any seat anywhere in Scotland."

"A year ago, people said this seat was unwinnable for Labour," she told BBC Radio Scotland's Good Morning Scotland programme. "Well, here we are."

The SNP's depute leader, Kenneth MacInnes, said the result was disappointing but insisted that it did not reflect a wider collapse in support. "By-elections are by-elections, and always have been," he told reporters. "Governments of every colour lose them."

Professor Jean Whitelaw, a political scientist at the University of Strathclyde, said the result would nonetheless alarm SNP strategists ahead of the next Holyrood election. "This is exactly the kind of central belt seat the SNP needs to hold if it wants to stay in government," she said.''',
        [
            ("Alasdair Munro served this community with", "Fiona McAllister-Reid"),
            ("I hope to serve it half", "Fiona McAllister-Reid"),
            ("People here have told me again", "Fiona McAllister-Reid"),
            ("a difficult night for the SNP", "Callum Drummond"),
            ("We have heard the message from", "Callum Drummond"),
            ("We will reflect, we will listen", "Callum Drummond"),
            ("in any seat anywhere in Scotland", "Morag Caskie-Baird"),
            ("A year ago, people said this", "Morag Caskie-Baird"),
            ("Well, here we are", "Morag Caskie-Baird"),
            ("By-elections are by-elections, and always", "Kenneth MacInnes"),
            ("Governments of every colour lose them", "Kenneth MacInnes"),
            ("This is exactly the kind of", "Jean Whitelaw"),
        ],
    ),
    # 12 -- US city council transit vote with protest (curly quotes); chant, Council Member, Council President, resident "she said through tears", transit authority statement, general manager, attorney partial quote
    (
'''The Riverton City Council voted 7-2 on Monday to approve a $412 million light rail extension to the city’s northern suburbs, despite loud protests from residents who say the project will split their neighborhood in two.

About 150 people gathered outside City Hall before the vote, many of them from the Maple Flats neighborhood, where 38 homes and a dozen businesses would be demolished to make way for the line. They chanted “Our homes are not for sale!” as council members arrived.

Inside, Council Member Ngozi Adebayo-Grant, who represents Maple Flats and voted against the plan, said the city had failed to seriously consider two alternative routes.

“We were told this was the only option,” Adebayo-Grant said. “Then we found out, through a public records request, that the transit authority’s own engineers had recommended a different alignment in 2021. That is not a consultation. That is a cover-up.”

Council President Victor Lindahl-Osei said the council had held 14 public hearings on the project over three years.

“I understand how painful this is for the families who will have to move,” Lindahl-Osei said. “I do not take that lightly. But this line will connect 60,000 people to jobs downtown, and I cannot vote against that.”

Under the plan, displaced homeowners will receive 125 percent of the appraised value of their properties, plus relocation costs.

Miriam Castellanos, 71, who has lived on Birch Street for 44 years, said no amount of money would make up for losing her home. “My husband built the back porch with his own hands,” she said through tears. “They can’t pay me for that.”

The Riverton Regional Transit Authority said in a statement after the vote that it would “work closely with every affected family to make this transition as fair as possible.”

The authority’s general manager, Douglas Ferreira, told reporters that construction would begin in the spring of 2025, with passenger service expected by 2029. “This is the biggest investment in public transit this region has seen in a generation,” he said.

A group of Maple Flats residents has said it will file a lawsuit challenging the project’s environmental review. Their attorney, Rachel Stein-Okafor, said the suit would be filed “within the next thirty days.”''',
        [
            ("Our homes are not for sale!", None),
            ("We were told this was the", "Ngozi Adebayo-Grant"),
            ("Then we found out, through a", "Ngozi Adebayo-Grant"),
            ("I understand how painful this is", "Victor Lindahl-Osei"),
            ("I do not take that lightly", "Victor Lindahl-Osei"),
            ("My husband built the back porch", "Miriam Castellanos"),
            ("They can’t pay me for that", "Miriam Castellanos"),
            ("work closely with every affected family", "Riverton Regional Transit Authority"),
            ("This is the biggest investment in", "Douglas Ferreira"),
            ("within the next thirty days", "Rachel Stein-Okafor"),
        ],
    ),
    # 13 -- US gubernatorial primary withdrawal (straight quotes); multi-paragraph letter to supporters, post on X ("she wrote"), split quote, told WOOD-TV:, party chair statement, academic
    (
'''Representative Gregory A. Delacroix-Hunt ended his campaign for the Democratic nomination for governor of Michigan on Tuesday, citing weak fundraising and poor poll numbers, and endorsed Lieutenant Governor Adaeze Nwankwo-Fisher.

In a letter emailed to supporters on Tuesday morning, Delacroix-Hunt wrote:

"When I entered this race eleven months ago, I did it because I believed Michigan needed a governor who had worked a factory floor and knew what a layoff notice felt like.

"I still believe that. But I have also always believed in being honest with the people who trusted me, and the honest truth is that we do not have a path to victory in August.

"So today I am suspending my campaign, and I am asking every one of you to join me in supporting Adaeze Nwankwo-Fisher."

The three-term congressman from Flint had struggled to gain traction against Nwankwo-Fisher and state Senator William J. Ostrowski. A poll released last week by the Great Lakes Polling Group found him in third place with 9 percent.

Nwankwo-Fisher welcomed the endorsement in a post on X. "Greg has spent his life fighting for working families, and I'm proud to have his support," she wrote. "Together we're going to win this thing."

Ostrowski, speaking at a campaign stop in Grand Rapids, said he respected Delacroix-Hunt's decision. "Greg ran an honorable campaign," Ostrowski said, "and I know he'll keep fighting for this state in Congress."

Asked whether the endorsement changed the shape of the race, Ostrowski told WOOD-TV: "Endorsements are nice. Votes are what count, and we're going to earn every one of them."

Michigan Democratic Party Chair Lorraine Kaczmarek said in a statement that Delacroix-Hunt had "run a campaign rooted in the dignity of work" and thanked him for his service to the party.

Dr. Harold Ng, a political scientist at Lakeshore State University, said the endorsement could help Nwankwo-Fisher with union voters in the Flint and Saginaw areas. "Delacroix-Hunt's voters are older, more blue-collar and more male than hers," Ng said. "If even half of them follow him, that's a real boost."

The primary will be held on August 6.''',
        [
            ("When I entered this race eleven", "Gregory A. Delacroix-Hunt"),
            ("Greg has spent his life fighting", "Adaeze Nwankwo-Fisher"),
            ("Together we're going to win this", "Adaeze Nwankwo-Fisher"),
            ("Greg ran an honorable campaign", "William J. Ostrowski"),
            ("and I know he'll keep fighting", "William J. Ostrowski"),
            ("Endorsements are nice. Votes are what", "William J. Ostrowski"),
            ("run a campaign rooted in the", "Lorraine Kaczmarek"),
            ("Delacroix-Hunt's voters are older, more blue-collar", "Harold Ng"),
            ("If even half of them follow", "Harold Ng"),
        ],
    ),
    # 14 -- Welsh inquest (curly quotes); coroner with multi-paragraph quote, interpreter, father reading family statement, council statement/unnamed spokesperson, Senedd member
    (
'''A coroner has warned that more cyclists could die on a notorious stretch of the A4087 near Cwm Aeron unless the local authority acts, at the conclusion of an inquest into the death of a 29-year-old junior doctor.

Dr Ffion Haf Gruffydd, who worked at Morfa General Hospital, died in April last year after she was struck by a lorry while cycling to work along the road at Pont-y-Gof.

Recording a conclusion of accidental death at the coroner’s court in Llanybri on Wednesday, the area’s senior coroner, Huw Penhallow-Rees, said the road’s layout had “contributed materially to the collision that killed her”.

“This is a stretch of road with no cycle lane, a sharp bend and a narrow carriageway, used daily by heavy goods vehicles and by people cycling to work,” he said. “I heard evidence that at least four serious collisions involving cyclists have happened there in five years.

“I am not satisfied that the risk of future deaths has been addressed. I will therefore be issuing a report to prevent future deaths to Dyfed Valleys County Council.”

The lorry driver, Jacek Wiśniewski, 54, told the inquest he had not seen Dr Gruffydd until it was too late. “The sun was very low and in my eyes,” he said, speaking through a Polish interpreter. “I braked as soon as I saw her. I think about it every day.”

A collision investigator, PC Sian Morgan-Ellis, told the court that the lorry had been travelling at 38mph in a 40mph zone and that there was no evidence the driver had been using his phone.

Dr Gruffydd’s father, Emyr Gruffydd, read a statement outside the court on behalf of the family.

“Ffion was brilliant, funny and kind, and she had dedicated her life to caring for other people,” he said. “She should have been safe going to work. We have asked the council for years to fix that road. We hope that now, finally, they will listen.”

In a statement, Dyfed Valleys County Council said it would “carefully consider the coroner’s findings and respond in full”.

“Our thoughts remain with Dr Gruffydd’s family and friends,” a council spokesperson said. “A feasibility study for a segregated cycle route on the A4087 is already under way.”

The local Member of the Senedd, Rhian Tomos-Bowen, said the council had been warned repeatedly about the junction. “How many more inquests will it take?” she said.''',
        [
            ("contributed materially to the collision that", "Huw Penhallow-Rees"),
            ("This is a stretch of road", "Huw Penhallow-Rees"),
            ("I heard evidence that at least", "Huw Penhallow-Rees"),
            ("The sun was very low and", "Jacek Wiśniewski"),
            ("I braked as soon as I", "Jacek Wiśniewski"),
            ("Ffion was brilliant, funny and kind", "Emyr Gruffydd"),
            ("She should have been safe going", "Emyr Gruffydd"),
            ("carefully consider the coroner’s findings and", "Dyfed Valleys County Council"),
            ("Our thoughts remain with Dr Gruffydd’s", "Dyfed Valleys County Council"),
            ("A feasibility study for a segregated", "Dyfed Valleys County Council"),
            ("How many more inquests will it", "Rhian Tomos-Bowen"),
        ],
    ),
    # 15 -- US redistricting fight (straight quotes); said on Fox News Sunday, on CNN's State of the Union, "said X, the group's legal director", "the speaker said:", spokeswoman email, professor
    (
'''Ohio House Speaker Raymond T. Castellano Jr. defended the state's newly drawn congressional map on Sunday, a day after a coalition of voting rights groups asked the Ohio Supreme Court to strike it down as an illegal partisan gerrymander.

"This map was drawn in full compliance with the Ohio Constitution," Castellano said on Fox News Sunday. "It keeps counties together, it keeps communities together, and it reflects how Ohioans actually vote."

The map, approved on party lines by the Republican-controlled legislature last week, would likely give Republicans 12 of the state's 15 congressional seats, up from 10. Statewide, Republican candidates won about 55 percent of the vote in the last election.

House Minority Leader Denise Abara-Collins, a Democrat from Columbus, said on CNN's State of the Union that the speaker's claims were "simply not true, and he knows it."

"You cannot take a state that splits 55-45 and hand one party 80 percent of the seats and call that fair," she said. "The voters of Ohio amended their constitution twice to stop exactly this. The speaker is ignoring them."

The lawsuit, filed on Saturday by the League for Fair Districts and three individual voters, argues that the map splits Cincinnati and Toledo in ways designed to dilute the votes of Democrats.

"This is the most aggressive gerrymander we've seen in Ohio in a decade," said Catherine Wu-Halvorsen, the group's legal director. "And that's saying something."

Castellano said he was confident the map would survive the legal challenge. Asked whether he had been in contact with national party officials while the map was being drawn, the speaker said: "I talk to a lot of people. The map was drawn here, in Columbus, by Ohioans."

Governor Walter E. Brandt, a Republican, signed the map into law on Thursday. His spokeswoman, Heather Lindqvist-Marr, said in an email that the governor "believes the legislature did its job and that the courts will agree."

Samuel Achebe-Ross, a professor of election law at Buckeye State College of Law, said the court was likely to rule before the filing deadline for next year's primary elections. "The court has struck down maps twice before," he said. "The question is whether its new majority sees things differently."''',
        [
            ("This map was drawn in full", "Raymond T. Castellano Jr."),
            ("It keeps counties together, it keeps", "Raymond T. Castellano Jr."),
            ("simply not true, and he knows", "Denise Abara-Collins"),
            ("You cannot take a state that", "Denise Abara-Collins"),
            ("The voters of Ohio amended their", "Denise Abara-Collins"),
            ("This is the most aggressive gerrymander", "Catherine Wu-Halvorsen"),
            ("And that's saying something", "Catherine Wu-Halvorsen"),
            ("I talk to a lot of", "Raymond T. Castellano Jr."),
            ("believes the legislature did its job", "Heather Lindqvist-Marr"),
            ("The court has struck down maps", "Samuel Achebe-Ross"),
            ("The question is whether its new", "Samuel Achebe-Ross"),
        ],
    ),
    # 16 -- UK flooding (curly quotes); agency statement partial quote, "said Group Manager X" inverted cue, resident, council leader Cllr, MP partial quote, unnamed Defra spokesperson
    (
'''Hundreds of homes were evacuated in and around the market town of Pellingford on Thursday after the River Avel burst its banks following two days of torrential rain, the second major flood to hit the town in four years.

The Environment Agency issued three severe flood warnings, meaning there is a danger to life, for the area overnight. In a statement, the agency said river levels at Pellingford Bridge had reached 4.7 metres, “the highest ever recorded at this location”.

Firefighters from Westmarsh Fire and Rescue Service used boats to rescue 63 people from flooded properties, including an elderly couple who had been trapped upstairs since the early hours.

“Our crews have been working non-stop since midnight in extremely difficult conditions,” said Group Manager Tanya Okoro-Blake. “I would urge people, please, do not try to drive or walk through flood water. It only takes 30 centimetres of moving water to float a car.”

Among those evacuated was Derek Hollingsworth, 67, whose bungalow on Mill Lane was flooded to a depth of almost a metre. “We’d only just finished putting it all back together after last time,” he said, standing in a rest centre set up at Pellingford Leisure Centre. “New kitchen, new carpets, everything. And now it’s all gone again.”

The leader of Westmarsh District Council, Cllr Fiona Adeyemi-Clarke, said the council had opened two rest centres and was working with the British Red Cross to find emergency accommodation for families who could not stay with relatives.

She said residents had been promised a flood defence scheme after the floods of 2020, but that work had yet to begin. “Four years on, we are still waiting for a spade in the ground,” she said. “Pellingford cannot go through this every winter. The government needs to release the money, and it needs to do it now.”

The town’s MP, Jonathan Fairweather-Lyle, who visited the rest centre on Thursday afternoon, said he had written to the environment secretary asking for the scheme to be “fast-tracked as a matter of urgency”.

A spokesperson for the Department for Environment, Food and Rural Affairs said the £18 million Pellingford scheme was “in the final stages of design” and that construction was expected to start next year.

The Met Office has issued a further yellow warning for rain covering the area until midnight on Friday.''',
        [
            ("the highest ever recorded at this", "Environment Agency"),
            ("Our crews have been working non-stop", "Tanya Okoro-Blake"),
            ("I would urge people, please, do", "Tanya Okoro-Blake"),
            ("We’d only just finished putting it", "Derek Hollingsworth"),
            ("New kitchen, new carpets, everything", "Derek Hollingsworth"),
            ("Four years on, we are still", "Fiona Adeyemi-Clarke"),
            ("Pellingford cannot go through this every", "Fiona Adeyemi-Clarke"),
            ("fast-tracked as a matter of urgency", "Jonathan Fairweather-Lyle"),
            ("in the final stages of design", "Department for Environment, Food and Rural Affairs"),
        ],
    ),
    # 17 -- US federal corruption trial opening statements (straight quotes); prosecutor, defense attorney with "III", split quotes, judge, placards, defendant "he said:"
    (
'''Opening statements began on Monday in the federal corruption trial of former Lakeport Mayor Vincent A. Moretti-Shaw, who is accused of accepting more than $300,000 in bribes from a developer in exchange for zoning approvals.

Assistant U.S. Attorney Camille Obi-Lawson told the jury of eight women and four men that Moretti-Shaw had "sold his office, one favor at a time."

"You will see the text messages," Obi-Lawson said, pointing at the defendant. "You will see the bank deposits. You will hear from the man who paid him. And at the end of this trial, you will have no doubt about what happened in Lakeport City Hall."

Prosecutors allege that developer Terrence Vaughan paid Moretti-Shaw through a consulting firm owned by the mayor's cousin, in return for the rezoning of a 40-acre lakefront parcel for a luxury condominium project. Vaughan pleaded guilty in June to one count of bribery and is expected to testify.

Defense attorney Jonathan R. Pike III said the government's case was built on "the word of a confessed criminal trying to shave years off his own sentence."

"Terrence Vaughan is a liar," Pike told the jurors. "He lied to his investors, he lied to his bank, he lied to the FBI the first three times they talked to him. And now the government wants you to believe he has suddenly found the truth."

Pike said the payments to the consulting firm were for legitimate work on a city tourism campaign, and that the rezoning had been approved unanimously by the city council after public hearings.

"Vince Moretti-Shaw did not have the power to rezone anything by himself," Pike said. "Seven council members voted for that project. Not one of them is on trial."

U.S. District Judge Harriet M. Oyelowo-Banks reminded jurors not to read news coverage of the case or discuss it on social media. "Your verdict must be based on the evidence you hear in this courtroom and nothing else," the judge said.

Outside the courthouse, a small group of Moretti-Shaw's supporters held signs reading "Stand With Vince, Stand With Lakeport."

The trial is expected to last five weeks. Moretti-Shaw, who served two terms as mayor before losing his re-election bid in 2022, faces up to 20 years in prison if convicted. He has said he will testify in his own defense. Speaking briefly to reporters as he entered the courthouse, he said: "I've waited two years to tell my side of this. I'm looking forward to it."''',
        [
            ("sold his office, one favor at", "Camille Obi-Lawson"),
            ("You will see the text messages", "Camille Obi-Lawson"),
            ("You will see the bank deposits", "Camille Obi-Lawson"),
            ("the word of a confessed criminal", "Jonathan R. Pike III"),
            ("Terrence Vaughan is a liar", "Jonathan R. Pike III"),
            ("He lied to his investors, he", "Jonathan R. Pike III"),
            ("Vince Moretti-Shaw did not have the", "Jonathan R. Pike III"),
            ("Seven council members voted for that", "Jonathan R. Pike III"),
            ("Your verdict must be based on", "Harriet M. Oyelowo-Banks"),
            ("Stand With Vince, Stand With Lakeport", None),
            ("I've waited two years to tell", "Vincent A. Moretti-Shaw"),
        ],
    ),
    # 18 -- US congressional primary night (curly quotes); victory speech "the 36-year-old said", chant, concession with "He added", opponent's spokeswoman statement, retiring congressman on X
    (
'''State Senator Marisol Ybarra-Quinn won the Democratic primary for Arizona’s 4th Congressional District on Tuesday night, defeating former Tempe city councilman Derek Hanafin by 14 points in a race that had been expected to be far closer.

With 96 percent of the vote counted, Ybarra-Quinn had 54.8 percent to Hanafin’s 40.6 percent, according to the Associated Press. A third candidate, software engineer Priya Sethuraman, took 4.6 percent.

Speaking to about 300 supporters at a union hall in Mesa, Ybarra-Quinn thanked volunteers who she said had knocked on “more than 200,000 doors in eleven weeks.”

“When we started this campaign, the experts told us we were too progressive, too young and too underfunded to win,” the 36-year-old said. “Well, it turns out the voters of this district had their own opinion.”

The crowd responded with chants of “Sí se puede, sí se puede!”

Hanafin conceded about an hour after polls closed. Addressing supporters at a restaurant in Tempe, he said he had called Ybarra-Quinn to congratulate her.

“Marisol ran a strong race, and she won it fair and square,” he said. “She has my support, and she has my vote in November.”

He added, to laughter from the room: “I did not say I would enjoy it.”

Ybarra-Quinn will face Republican nominee Gordon F. Ellsworth, a retired Air Force colonel and businessman, in the general election. Ellsworth ran unopposed in his party’s primary.

In a statement, Ellsworth’s campaign spokeswoman, Kelsey Marchetti, said the result showed Democrats had “nominated the most extreme candidate on the ballot.”

“Arizonans want secure borders, lower prices and safe streets,” the statement said. “Marisol Ybarra-Quinn has spent her career opposing all three.”

The seat is open following the retirement of Representative Howard J. Pell, a Democrat who has held it since 2011. Pell did not endorse a candidate in the primary, but posted on X shortly after the race was called: “Congratulations to Marisol on a terrific win. Let’s keep this seat blue.”''',
        [
            ("more than 200,000 doors in eleven", "Marisol Ybarra-Quinn"),
            ("When we started this campaign, the", "Marisol Ybarra-Quinn"),
            ("Well, it turns out the voters", "Marisol Ybarra-Quinn"),
            ("Sí se puede, sí se", None),
            ("Marisol ran a strong race, and", "Derek Hanafin"),
            ("She has my support, and she", "Derek Hanafin"),
            ("I did not say I would", "Derek Hanafin"),
            ("nominated the most extreme candidate on", "Kelsey Marchetti"),
            ("Arizonans want secure borders, lower prices", "Kelsey Marchetti"),
            ("Marisol Ybarra-Quinn has spent her career", "Kelsey Marchetti"),
            ("Congratulations to Marisol on a terrific", "Howard J. Pell"),
        ],
    ),
    # 19 -- UK police misconduct hearing (straight quotes); panel chair, officer "he said", Deputy Chief Constable statement, solicitor, PCC on Facebook, Police Federation spokesman
    (
'''A police constable who was filmed punching a handcuffed man outside a nightclub in Hallamby has been dismissed without notice after a misconduct panel found he had committed gross misconduct.

PC Daniel Ashworth-Byrne, 31, of Northmoor Police, struck Kieran Mbeki-Walsh, then 22, three times in the face as he lay on the ground in Cross Street in the early hours of 14 May last year. Footage of the incident, recorded by a passer-by, was viewed more than two million times on social media.

The three-member panel, chaired by the barrister Rosalind Etherington, said the officer's actions had been "wholly disproportionate and entirely unjustified".

"Mr Mbeki-Walsh was restrained, handcuffed and posed no threat to anyone," Ms Etherington said, reading the panel's findings. "The public is entitled to expect that officers will not use violence against people in their custody. PC Ashworth-Byrne fell far below that standard."

At the hearing, PC Ashworth-Byrne told the panel he had been kicked moments earlier and believed Mr Mbeki-Walsh "was about to get up and come at me again".

"I'm not proud of what I did," he said. "I reacted in the moment and I got it wrong. I've apologised and I'll keep apologising."

The officer was cleared of assault by magistrates in March, after a district judge ruled that the prosecution had not proved he had acted outside the law.

Northmoor Police's Deputy Chief Constable, Sarah Lindgren-Okafor, said the force would not tolerate such behaviour. "The overwhelming majority of our officers do an extraordinary job in difficult circumstances," she said in a statement. "When one of them crosses the line, we will act, and act quickly."

Mr Mbeki-Walsh's solicitor, Imran Qureshi, said his client welcomed the outcome but was considering a civil claim against the force. "Kieran still has nightmares about that night," Mr Qureshi said. "No outcome today can undo that."

The area's Police and Crime Commissioner, Tony Brannigan, wrote on Facebook that the decision would "go some way to restoring public confidence" in the force.

The Police Federation said it would support the officer if he chose to appeal. "Our member made a split-second decision in a volatile situation, and he has now lost his career because of it," a federation spokesman said.''',
        [
            ("wholly disproportionate and entirely unjustified", "Rosalind Etherington"),
            ("Mr Mbeki-Walsh was restrained, handcuffed and", "Rosalind Etherington"),
            ("The public is entitled to expect", "Rosalind Etherington"),
            ("was about to get up and", "Daniel Ashworth-Byrne"),
            ("I'm not proud of what I", "Daniel Ashworth-Byrne"),
            ("I reacted in the moment and", "Daniel Ashworth-Byrne"),
            ("The overwhelming majority of our officers", "Sarah Lindgren-Okafor"),
            ("When one of them crosses the", "Sarah Lindgren-Okafor"),
            ("Kieran still has nightmares about that", "Imran Qureshi"),
            ("No outcome today can undo that", "Imran Qureshi"),
            ("go some way to restoring public", "Tony Brannigan"),
            ("Our member made a split-second decision", "Police Federation"),
        ],
    ),
    # 20 -- UK party leadership hustings (curly quotes); "Dame", "Mr X said", "the 41-year-old said", direct exchange "responded:", party member, party chairman statement
    (
'''The three remaining candidates to lead the Conservative Party clashed over immigration, tax and the party’s future at a hustings in Harrogate on Saturday, with members due to begin voting next week.

Dame Caroline Ashdown-Mbatha, the former home secretary, received the loudest applause of the afternoon when she told members the party had lost its way in government.

“We lost the last election because we stopped sounding like Conservatives,” she told about 800 party members at the town’s convention centre. “If I am leader, we will start sounding like Conservatives again, and we will start winning again.”

The shadow chancellor, Richard H. Penwarden, warned the party against retreating into what he called “a comfort blanket of slogans.”

“Our members are right to be angry,” Mr Penwarden said. “But anger is not a programme for government. The voters in the seats we lost want to know how we will fix the NHS and how we will make their mortgages affordable, and we have to have answers to that.”

Tomasz Kowalewski, the MP for Ribbleford North, who was first elected only two years ago, is seen as the outsider in the contest. He told members the party needed “a complete generational reset from top to bottom”.

“Every candidate on this stage says they want change,” the 41-year-old said. “I’m the only one who wasn’t sitting around the cabinet table when things went wrong.”

Dame Caroline responded: “Experience is not something to apologise for, Tomasz.”

Some members left unconvinced. Margaret Holroyd, 72, who has been a party member in Ilkley for more than forty years, said she had arrived at the hustings undecided and was leaving the same way. “They all said the right things,” she said. “I just want someone who can beat Labour.”

The party’s chairman, Nigel Forsythe-Kent, said in a statement that more than 170,000 members were eligible to vote and that the result would be announced on 2 November. “This has been a lively and passionate contest, which is exactly what our members deserve,” he said.''',
        [
            ("We lost the last election because", "Caroline Ashdown-Mbatha"),
            ("If I am leader, we will", "Caroline Ashdown-Mbatha"),
            ("a comfort blanket of slogans", "Richard H. Penwarden"),
            ("Our members are right to be", "Richard H. Penwarden"),
            ("But anger is not a programme", "Richard H. Penwarden"),
            ("a complete generational reset from top", "Tomasz Kowalewski"),
            ("Every candidate on this stage says", "Tomasz Kowalewski"),
            ("I’m the only one who wasn’t", "Tomasz Kowalewski"),
            ("Experience is not something to apologise", "Caroline Ashdown-Mbatha"),
            ("They all said the right things", "Margaret Holroyd"),
            ("I just want someone who can", "Margaret Holroyd"),
            ("This has been a lively and", "Nigel Forsythe-Kent"),
        ],
    ),
]

STORIES_O = [
    # 1 -- Wikinews LatAm, Colombia mayoral election; split quotes, X post, partial quotes, widow pronoun, analyst "he said"
    (
'''Voters in the Colombian city of San Telmo de la Sierra on Sunday elected Rosa Elvira Cárdenas Quintero as mayor, making the former schoolteacher the first woman to lead the municipality since its founding in 1781.

Cárdenas, 52, who ran for the centre-left Movimiento Ciudadano Andino, won 41.3 percent of the vote according to preliminary figures from the National Civil Registry, ahead of businessman Jorge Iván Restrepo Salazar, who took 33.8 percent. Five other candidates shared the remainder.

"Today San Telmo decided that it wants to be governed from the neighbourhoods and not from the offices," Cárdenas told supporters gathered in the Plaza de Bolívar late on Sunday night. "We are going to work for those who voted for us and for those who did not."

Restrepo conceded shortly after 9 p.m. local time. In a message posted on the social network X, he wrote: "The people have spoken and I respect their decision. I congratulate Rosa Elvira and offer my help for the good of the city."

Turnout was 54 percent, up from 47 percent in 2019. The registrar for the department of Santander, Luis Alberto Mejía Duarte, told the daily Vanguardia Liberal that voting had taken place "without any serious incidents" at the city's 212 polling stations, although two voting tables in the rural district of La Esperanza were annulled after ballots were found to be missing.

"There were delays in the morning because some jurors did not arrive," Mejía said, "but by ten o'clock every table was operating normally."

The campaign was overshadowed by the murder in August of a council candidate, Wilmer Andrés Ortiz Pabón, who was shot outside his home in the Villa Nueva neighbourhood. Police have arrested two suspects. His widow, Claudia Patricia Peña, voted early on Sunday wearing a white shirt printed with her husband's face.

"He would have wanted us to come out and vote, so here we are," she said. "I hope the new mayor does not forget what happened to him."

Cárdenas has promised to expand the city's bus network and to build three public schools in the hillside comunas where she taught for more than twenty years. During the campaign Restrepo repeatedly described her fiscal plans as "a fantasy that the city cannot afford", and business groups have warned that the municipality's debt is already close to its legal limit.

Political analyst Hernando Villamizar Gómez, of the Universidad Autónoma del Oriente, said the result reflected a national trend. "The traditional parties lost in almost every large city on Sunday. Voters are looking for faces they recognise from daily life, not from television," he said.

Cárdenas will take office on January 1 for a four-year term.''',
        [
            ("Today San Telmo decided that it", "Rosa Elvira Cárdenas Quintero"),
            ("We are going to work for", "Rosa Elvira Cárdenas Quintero"),
            ("The people have spoken and I", "Jorge Iván Restrepo Salazar"),
            ("without any serious incidents", "Luis Alberto Mejía Duarte"),
            ("There were delays in the morning", "Luis Alberto Mejía Duarte"),
            ("but by ten o'clock every table", "Luis Alberto Mejía Duarte"),
            ("He would have wanted us to", "Claudia Patricia Peña"),
            ("I hope the new mayor does", "Claudia Patricia Peña"),
            ("a fantasy that the city cannot", "Jorge Iván Restrepo Salazar"),
            ("The traditional parties lost in almost", "Hernando Villamizar Gómez"),
        ],
    ),
    # 2 -- Wikinews Africa, Kenya floods, curly quotes; Red Cross statement split, nested Swahili quote, bulletin partial, MP partial then "she said"
    (
'''At least 14 people have died and more than 3,000 families have been displaced after the Kimuri River burst its banks in Lowera County, eastern Kenya, on Tuesday night, officials said.

The Kenya Red Cross Society said on Wednesday that its teams had rescued 212 people from rooftops and trees in the villages of Ndaragwa-Chini, Kambi Mbili and Marafa. “Many of the affected households lost everything, including their food stocks and livestock,” the society said in a statement. “We urgently need boats, tents and clean water.”

Lowera County Commissioner Joseph Kiprono Langat told reporters in the town of Hola that the death toll was expected to rise. “We still have people unaccounted for, especially fishermen who were on the river when the water came,” he said.

Langat said two of the dead were children who were swept away while walking home from school along a flooded road. Bodies have been recovered as far as 20 kilometres downstream.

Residents said the water rose within an hour. Mwanajuma Hamisi Salim, a 41-year-old mother of five, said she carried her youngest children through chest-deep water to a church on higher ground.

“I heard people shouting ‘maji yanakuja’ — the water is coming — and by the time I opened the door it was already inside,” she told the Daily Nation. “We have nothing now. Even the goats are gone.”

The Kenya Meteorological Department has warned that heavy rain will continue over the coming week. In its weekly bulletin, the department said rainfall in the eastern region had been “well above the seasonal average for this time of year” and urged residents of low-lying areas to move to higher ground.

Interior Cabinet Secretary Abdirahman Hussein Farah visited a camp for displaced families at Hola Primary School on Thursday and announced the release of 50 million shillings for food and shelter.

“No Kenyan should die because help came late,” Farah said. “The national government and the county will work together until every family is back home.”

The member of parliament for Galole, Halima Dokata Buya, criticised the response, telling journalists that flood warnings had been issued “weeks ago and nothing was done to prepare”.

“Every year it is the same story. We count bodies, we distribute blankets, and then we forget until the next rains,” she said.

The Kimuri, which rises in the central highlands, has flooded in four of the last six years. A dyke promised by the national government in 2018 has not been built.''',
        [
            ("Many of the affected households lost", "Kenya Red Cross Society"),
            ("We urgently need boats, tents and", "Kenya Red Cross Society"),
            ("We still have people unaccounted for", "Joseph Kiprono Langat"),
            ("I heard people shouting ‘maji yanakuja’", "Mwanajuma Hamisi Salim"),
            ("We have nothing now. Even the", "Mwanajuma Hamisi Salim"),
            ("well above the seasonal average for", "Kenya Meteorological Department"),
            ("No Kenyan should die because help", "Abdirahman Hussein Farah"),
            ("The national government and the county", "Abdirahman Hussein Farah"),
            ("weeks ago and nothing was done", "Halima Dokata Buya"),
            ("Every year it is the same", "Halima Dokata Buya"),
        ],
    ),
    # 3 -- Wikinews SE Asia, Indonesia volcano; agency statement partial, single-name speakers, "said:" cue, unnamed BNPB spokesman, pronoun after others
    (
'''Indonesia's volcanology agency on Monday raised the alert status of Mount Sirimau, on the island of Halmahera, to its highest level after a series of eruptions sent columns of ash up to four kilometres into the sky, forcing more than 6,000 people from their homes.

The Centre for Volcanology and Geological Hazard Mitigation (PVMBG) said in a statement that seismic activity had "increased sharply since Saturday evening" and that pyroclastic flows could reach villages within seven kilometres of the crater.

"We cannot rule out a larger eruption in the coming days," the centre's head, Wahyu Setiadi Nugroho, told a press conference in Bandung. "The community must obey the exclusion zone and not return to their homes to check on livestock or crops."

The head of the West Halmahera disaster mitigation agency, Rusdi, who like many Indonesians uses only one name, said evacuees were being housed in schools, mosques and churches in the town of Jailolo and surrounding villages.

"We have prepared 14 shelters, but we need more masks, blankets and drinking water, especially for babies and the elderly," Rusdi told the Antara news agency.

Sumarni, a 58-year-old clove farmer from the village of Gamlamo, sat on a woven mat in a primary school classroom with her three grandchildren. "The sky turned black at four in the afternoon. It looked like night," she said. "My husband did not want to leave the house, but the soldiers told us we had no choice."

Flights to and from Sultan Babullah Airport in Ternate were suspended on Monday afternoon as ash drifted east. The airport's general manager, Andi Rahmat Hidayat, said: "Safety is our priority. We will reopen as soon as the ash moves away from the flight path."

A spokesman for the National Disaster Management Agency (BNPB) in Jakarta said there had been no deaths. "So far there are no reports of victims, but our teams are still checking the villages closest to the summit," the spokesman said.

Sirimau is one of around 127 active volcanoes in Indonesia, which sits on the Pacific Ring of Fire.

Wahyu said the last major eruption of Sirimau, in 1987, killed 11 people and destroyed two villages on its western slope. "The difference now is that we have instruments on the mountain 24 hours a day, and we can warn people early," he said.''',
        [
            ("increased sharply since Saturday evening", "Centre for Volcanology and Geological Hazard Mitigation"),
            ("We cannot rule out a larger", "Wahyu Setiadi Nugroho"),
            ("The community must obey the exclusion", "Wahyu Setiadi Nugroho"),
            ("We have prepared 14 shelters, but", "Rusdi"),
            ("The sky turned black at four", "Sumarni"),
            ("My husband did not want to", "Sumarni"),
            ("Safety is our priority. We will", "Andi Rahmat Hidayat"),
            ("So far there are no reports", "National Disaster Management Agency"),
            ("The difference now is that we", "Wahyu Setiadi Nugroho"),
        ],
    ),
    # 4 -- Wikinews South Asia, Kerala High Court market case; initials names, "the judge said in her order" split, daily Mathrubhumi, survey document partial, first-name second mention
    (
'''The High Court of Kerala on Thursday stayed an order by the Vellarikkad Municipality to demolish the century-old Puthenchantha market in the coastal town, handing a temporary victory to around 340 traders who had protested for nearly two months.

Justice M. A. Suharabi said the municipality had failed to consult the traders before issuing eviction notices in June. "A decision affecting the livelihood of hundreds of families cannot be taken in a single council meeting without hearing them," the judge said in her order. "The authorities are free to renovate the market, but not at the cost of natural justice."

The petition was filed by the Puthenchantha Vyapari Samithi, a traders' association, whose secretary, K. P. Abdul Rasheed, welcomed the ruling outside the court complex in Kochi. "We are not against development. We only asked for a fair hearing and a place to do business while the work is going on," he told reporters.

Municipal chairperson Sreelatha Gopinathan told the Malayalam daily Mathrubhumi that the council would study the order before deciding whether to appeal. She described the existing building as "a danger to the public in its present condition" and said engineers had found cracks in several load-bearing pillars.

"If part of the roof falls during the monsoon, who will be responsible? Not the traders' association," Sreelatha said.

Counsel for the traders, advocate Thomas Varghese Kuriakose, pointed out that the municipality's own 2019 survey of public buildings had described the market as "structurally sound with minor repairs needed". He told the court the council had approved a shopping complex on the same plot weeks before the notices were issued.

"The same municipality that certified this building as safe four years ago now says it is about to collapse. Something has changed, and it is not the building," Kuriakose argued, according to a report in The Hindu.

Among the traders who crowded the court corridor was Fathima Beevi, 63, who has sold dried fish at Puthenchantha for four decades. "My mother sat in this same spot before me. Where will an old woman like me go?" she said.

The court directed the municipality to file a detailed report on the condition of the building, including a structural audit by an independent agency, and posted the case for further hearing on August 24.''',
        [
            ("A decision affecting the livelihood of", "M. A. Suharabi"),
            ("The authorities are free to renovate", "M. A. Suharabi"),
            ("We are not against development. We", "K. P. Abdul Rasheed"),
            ("a danger to the public in", "Sreelatha Gopinathan"),
            ("If part of the roof falls", "Sreelatha Gopinathan"),
            ("structurally sound with minor repairs needed", "Vellarikkad Municipality"),
            ("The same municipality that certified this", "Thomas Varghese Kuriakose"),
            ("My mother sat in this same", "Fathima Beevi"),
        ],
    ),
    # 5 -- Wikinews LatAm, Brazil regional football final, curly quotes; "the 29-year-old", Portuguese names with dos/da, partial, federation note, unattributed chant, Instagram post
    (
'''Esporte Clube Piracema won the Campeonato Serrano for the first time in its 68-year history on Sunday, beating favourites Associação Atlética Vale Verde 2–1 in front of 18,000 spectators at the Estádio Municipal João Batista dos Santos.

Striker Wellington dos Reis Macedo scored both goals for Piracema, the second a diving header in the 87th minute that sent the home crowd on to the pitch at the final whistle.

“I dreamed of this moment since I was a boy selling popcorn outside this stadium,” the 29-year-old said after the match, his voice breaking. “This title is for my mother, who never missed a game.”

Vale Verde had taken the lead through Argentine midfielder Facundo Ezequiel Ibarra in the 34th minute, and for most of the first half Piracema struggled to keep the ball. Piracema coach Marcos Antônio da Silveira, known to fans as Marcão, said the half-time talk had been decisive.

“I told them that we had not come this far to be spectators at someone else’s party,” Silveira told the newspaper Diário do Sertão. “In the second half they ran like I have never seen them run.”

Vale Verde coach Ricardo Tavares Lins, whose job is reportedly under threat, complained that Wellington had been offside before the equaliser. He called the decision “a scandal that everyone in the stadium saw”.

“We will send the images to the federation. I am not saying we lost because of the referee, but it changed the game,” Lins said.

The Federação Serrana de Futebol said in a note on its website that the refereeing would be “analysed by the technical commission, as happens after every match” and that it had received no formal complaint.

Outside the stadium, thousands of supporters in green and white celebrated late into the night, chanting “É campeão! É campeão!” as cars sounded their horns along the Avenida Getúlio Vargas.

The mayor of Piracema, Luíza Helena Fontes, declared Monday an optional holiday for municipal employees. “The whole city is proud of these boys. Today nobody is from the north or the south of Piracema, we are all green and white,” she wrote on Instagram.

Piracema will play in the national Série D next season.''',
        [
            ("I dreamed of this moment since", "Wellington dos Reis Macedo"),
            ("This title is for my mother", "Wellington dos Reis Macedo"),
            ("I told them that we had", "Marcos Antônio da Silveira"),
            ("In the second half they ran", "Marcos Antônio da Silveira"),
            ("a scandal that everyone in the", "Ricardo Tavares Lins"),
            ("We will send the images to", "Ricardo Tavares Lins"),
            ("analysed by the technical commission, as", "Federação Serrana de Futebol"),
            ("É campeão! É campeão!", None),
            ("The whole city is proud of", "Luíza Helena Fontes"),
        ],
    ),
    # 6 -- Wikinews Middle East, Egypt polio campaign; ministry statement "it said", Al-Ahram split, partial, WHO statement, "the 31-year-old" split, mother
    (
'''Egypt's Ministry of Health and Population on Sunday began a four-day national polio vaccination campaign aimed at reaching 14.2 million children under the age of five.

More than 47,000 teams will go door to door in all 27 governorates, and fixed vaccination posts have been set up at health units, railway stations and metro stations, the ministry said. "No child should be left without the two drops, whether they live in a village in Upper Egypt or a tower in New Cairo," it said in a statement.

Ministry spokesman Dr Tarek Fawzi al-Minshawi told the state-owned Al-Ahram newspaper that the campaign was a precaution after poliovirus was detected in sewage samples in two neighbouring countries earlier this year. "Egypt has been free of polio since 2004, and we intend to keep it that way," he said. "The vaccine is safe, free and available everywhere."

Al-Minshawi said the ministry had trained 6,000 additional volunteers, most of them university students, to reach informal settlements on the edges of Cairo and Alexandria. He urged parents to ignore rumours circulating on social media that the vaccine causes infertility, calling them "lies with no scientific basis whatsoever".

The World Health Organization's representative in Egypt, Dr Ahmed Saeed Abu Zeid, praised the country's record. "Egypt's vaccination teams are among the most experienced in the region. Their work protects not only Egyptian children but children across the whole Eastern Mediterranean," Abu Zeid said in a statement.

In the Giza district of Imbaba, health worker Samah Abdel-Moneim climbed the narrow stairs of a five-storey building with a cool box on her shoulder and a marker pen to mark each child's finger. "Most families open the door for us immediately," the 31-year-old said. "Sometimes a father refuses at first, but when we explain, he usually agrees."

On the third floor, Hanan Mostafa Ibrahim held her 18-month-old son as he received the drops. "I vaccinate all my children. My neighbour's daughter was paralysed by polio in the 1980s and she still walks with a stick," she said.

A second round of the campaign is scheduled for November.''',
        [
            ("No child should be left without", "Ministry of Health and Population"),
            ("Egypt has been free of polio", "Tarek Fawzi al-Minshawi"),
            ("The vaccine is safe, free and", "Tarek Fawzi al-Minshawi"),
            ("lies with no scientific basis whatsoever", "Tarek Fawzi al-Minshawi"),
            ("Egypt's vaccination teams are among the", "Ahmed Saeed Abu Zeid"),
            ("Most families open the door for", "Samah Abdel-Moneim"),
            ("Sometimes a father refuses at first", "Samah Abdel-Moneim"),
            ("I vaccinate all my children. My", "Hanan Mostafa Ibrahim"),
        ],
    ),
    # 7 -- Wikinews SE Asia, Bangkok electricity protest; placard and chant (no speaker), "said X" after quote, multi-paragraph quote, Thai first-name second mention, ministry statement, spokeswoman partial
    (
'''Several thousand protesters gathered at Bangkok's Democracy Monument on Saturday to demand a cut in electricity tariffs, in the largest demonstration in the Thai capital this year.

The rally was organised by the Network of Consumers Against Energy Prices, a coalition of student groups, labour unions and small business associations. Protesters carried placards reading "Light is a right, not a luxury" and chanted "Lower the bills now!" as speakers addressed the crowd from the back of a pickup truck.

"My family runs a small noodle shop. Last month our electricity bill was higher than our rent," said Sirirat Chaowalit, a 24-year-old university student and one of the network's coordinators. "The government keeps telling us to be patient. We have been patient for two years."

Labour leader Somkiat Phromma, of the Federation of Industrial Workers of Samut Prakan, told the crowd that factory workers were among the hardest hit.

"Workers in the factories of Samut Prakan and Chonburi earn 363 baht a day. They cannot pay these prices and still feed their children.

"We are not here to overthrow anyone. We are here to ask the government to open the books of the energy companies and show the people where the money goes."

Police Colonel Anucha Srisawat, a deputy spokesman for the Metropolitan Police Bureau, said about 4,500 people attended and the rally was peaceful. "Officers were there to facilitate traffic and ensure safety. There were no arrests," Anucha told the Bangkok Post.

The Ministry of Energy said in a statement that tariffs were set by the independent Energy Regulatory Commission and that the current rate "reflects the real cost of imported liquefied natural gas". It said the government had already spent more than 90 billion baht subsidising household bills since 2022.

Government spokeswoman Chalida Wongsuwan told reporters at Government House that the prime minister "was listening to the concerns of the people" and had met energy officials on Friday.

"The prime minister has instructed the ministry to study a reduction for the period from September to December. An announcement will be made soon," Chalida said.

Sirirat said the network would return to the streets if no announcement was made within a month. "If nothing changes, we will come back, and we will bring more people," she said.

The protest ended peacefully shortly before 8 p.m.''',
        [
            ("Light is a right, not a", None),
            ("Lower the bills now!", None),
            ("My family runs a small noodle", "Sirirat Chaowalit"),
            ("The government keeps telling us to", "Sirirat Chaowalit"),
            ("Workers in the factories of Samut", "Somkiat Phromma"),
            ("Officers were there to facilitate traffic", "Anucha Srisawat"),
            ("reflects the real cost of imported", "Ministry of Energy"),
            ("was listening to the concerns of", "Chalida Wongsuwan"),
            ("The prime minister has instructed the", "Chalida Wongsuwan"),
            ("If nothing changes, we will come", "Sirirat Chaowalit"),
        ],
    ),
    # 8 -- Wikinews Africa, Ethiopia half marathon, curly quotes; Ethiopian first-name second mention, "the Kenyan", "the Ugandan" split, federation Facebook partial, race director paraphrased
    (
'''Ethiopia’s Tigist Worku Desta broke the course record at the Hawassa International Half Marathon on Sunday, finishing in one hour, six minutes and 48 seconds, 41 seconds faster than the previous mark set in 2019.

The 25-year-old pulled away from a group of four runners at the 15-kilometre mark along the shore of Lake Hawassa and finished more than a minute ahead of Kenya’s Faith Chepkoech Rotich.

“The weather was perfect and the crowd pushed me in the last five kilometres,” Tigist told reporters through an interpreter. “I wanted the record because this is my home town, and my family was waiting at the finish.”

Rotich, the 2022 winner, said she had no answer to the Ethiopian’s pace. “I tried to go with her at 15 kilometres, but she was too strong today. Second place is not bad,” the Kenyan said.

The men’s race was decided in a sprint along the final straight, where 22-year-old Dawit Tesfaye Gudeta edged Uganda’s Brian Okello Nsubuga by two seconds in 1:00:51. It was Dawit’s first victory in an international race.

“I was not thinking about winning. My coach told me to stay with the leaders and see what happens at the end,” Dawit said.

His coach, Getachew Mulugeta Ayana, who also trains several members of Ethiopia’s world championship team, said the young runner had a bright future. “Dawit is very young but very disciplined. In two years he will be running marathons at the highest level,” Getachew said.

Nsubuga, who led for much of the second half, said he had misjudged the finish. “I thought the line was after the bridge, so I waited too long to kick,” the Ugandan said. “Next time I will know.”

The Ethiopian Athletics Federation congratulated both winners in a post on Facebook, saying the results showed “the depth of talent that exists in our regions beyond Addis Ababa”.

Organisers said more than 12,000 people took part across the half marathon and a five-kilometre fun run. Race director Selamawit Haile Mariam said the event was growing every year and that organisers hoped to attract 15,000 runners next year and to apply for a World Athletics label.''',
        [
            ("The weather was perfect and the", "Tigist Worku Desta"),
            ("I wanted the record because this", "Tigist Worku Desta"),
            ("I tried to go with her", "Faith Chepkoech Rotich"),
            ("I was not thinking about winning.", "Dawit Tesfaye Gudeta"),
            ("Dawit is very young but very", "Getachew Mulugeta Ayana"),
            ("I thought the line was after", "Brian Okello Nsubuga"),
            ("Next time I will know.", "Brian Okello Nsubuga"),
            ("the depth of talent that exists", "Ethiopian Athletics Federation"),
        ],
    ),
    # 9 -- Wikinews LatAm, Peru mining blockade; two Spanish surnames, "said X, president of", company statement partials and "the statement added", police colonel via RPP partial, vice minister, translated Quechua quote
    (
'''Residents of several Andean communities in the southern Peruvian region of Apurímac blocked a key mining road for a ninth consecutive day on Tuesday, demanding that the company operating the Ccollpa Grande copper mine honour a 2019 agreement to fund a hospital and irrigation canals.

About 600 comuneros from Huaccoto, Llamacancha and neighbouring communities have piled rocks and tree trunks across the unpaved road at a pass 4,100 metres above sea level, halting the trucks that carry copper concentrate to the coast.

"They promised us a hospital, and four years later we still take our sick to Abancay in the back of a truck," said Teodoro Quispe Huamaní, president of the community of Huaccoto. "We are not against the mine. We are against lies."

The company, Minera Andina del Sur, said in a statement that it had "fulfilled more than 80 percent of its social commitments" and that the remaining projects had been delayed by "bureaucratic procedures beyond the company's control".

"We remain open to dialogue and call on the leaders to lift the blockade, which is affecting thousands of workers and their families," the statement added.

The Peruvian National Police have deployed around 200 officers to the area. The commander of the police operation, Colonel Víctor Manuel Zegarra Ríos, told the broadcaster RPP that officers would not try to clear the road "as long as the protest remains peaceful".

"Our mission is to guarantee free transit, but also to avoid confrontation. Nobody wants people to be hurt," Zegarra said.

Vice Minister of Mines Carla Beatriz Olivera Santillán said she would travel to Abancay on Thursday to set up a dialogue table with the communities, the company and the regional government. "The state is going to be present. We ask both sides for calm and for patience," Olivera told reporters in Lima.

At the blockade, women from the communities take turns cooking potatoes and broad beans over open fires for the protesters. Hilaria Condori Mamani, 47, said the communities were prepared to stay for weeks. "We will stay as long as it takes. The children are here, the grandparents are here," she said in Quechua, through a community member who translated.

Peru is the world's second-largest producer of copper, and social conflicts around mining projects are frequent. The national ombudsman's office registered more than 200 active social conflicts in its most recent monthly report, about two-thirds of them related to mining and other extractive industries.''',
        [
            ("They promised us a hospital, and", "Teodoro Quispe Huamaní"),
            ("We are not against the mine.", "Teodoro Quispe Huamaní"),
            ("fulfilled more than 80 percent of", "Minera Andina del Sur"),
            ("bureaucratic procedures beyond the company's control", "Minera Andina del Sur"),
            ("We remain open to dialogue and", "Minera Andina del Sur"),
            ("as long as the protest remains", "Víctor Manuel Zegarra Ríos"),
            ("Our mission is to guarantee free", "Víctor Manuel Zegarra Ríos"),
            ("The state is going to be", "Carla Beatriz Olivera Santillán"),
            ("We will stay as long as", "Hilaria Condori Mamani"),
        ],
    ),
    # 10 -- Wikinews SE Asia, Malaysia corruption sentencing; bin/binti and a/l names, Bernama, "the judge said" after another speaker, MACC statement, "the 54-year-old ... he replied"
    (
'''A former land administrator in the Malaysian state of Pahang was sentenced on Tuesday to six years in prison and fined RM1.2 million after the Sessions Court in Kuantan found him guilty of accepting bribes to approve land transfers.

Mohd Rizal bin Abdul Hamid, 54, was convicted on four counts of corruption involving payments totalling RM240,000 from two developers between 2017 and 2019, when he headed the district land office in Bentong.

Judge Norazlina binti Ismail said the prosecution had proven its case beyond reasonable doubt. "As a public servant entrusted with the administration of land, the accused betrayed the trust placed in him by the state and by the public," she said, in remarks carried by the Bernama news agency.

Defence counsel Gurdial Singh a/l Harbans Singh had asked for a lighter sentence, citing his client's health and long service. "My client has served the government for 28 years, has a heart condition and has three children still in school," he told the court.

Deputy public prosecutor Lim Siew Ling urged the court to impose a deterrent sentence. "The amount involved is not small, and the offences were committed over a long period, not in a single moment of weakness," Lim said.

"The court must send a clear message that corruption in the civil service will not be tolerated," the judge said before passing sentence. The sentences will run concurrently, and Mohd Rizal will serve an additional 12 months if he fails to pay the fine.

The Malaysian Anti-Corruption Commission (MACC), which investigated the case, welcomed the verdict. "This conviction shows that no one is above the law, regardless of position or rank," the commission said in a statement. It said assets worth about RM600,000, including a house in Kuala Lumpur and two cars, had been frozen and would be subject to forfeiture proceedings.

Outside the court, Gurdial said the defence would challenge the conviction. "We respect the decision, but we will file an appeal to the High Court within fourteen days," he said. He added that he would apply for a stay of execution pending the appeal.

The 54-year-old, dressed in a grey baju Melayu, showed no emotion as the sentence was read. Asked by reporters as he was led to a police van whether he had anything to say, he replied only: "I leave it to God."''',
        [
            ("As a public servant entrusted with", "Norazlina binti Ismail"),
            ("My client has served the government", "Gurdial Singh a/l Harbans Singh"),
            ("The amount involved is not small", "Lim Siew Ling"),
            ("The court must send a clear", "Norazlina binti Ismail"),
            ("This conviction shows that no one", "Malaysian Anti-Corruption Commission"),
            ("We respect the decision, but we", "Gurdial Singh a/l Harbans Singh"),
            ("I leave it to God.", "Mohd Rizal bin Abdul Hamid"),
        ],
    ),
    # 11 -- Wikinews Africa, Nigeria election tribunal, curly quotes; "said:" judgment, hyphenated surname split, SAN partial, INEC statement, party spokesman told Punch, honorific Alhaja
    (
'''An election petitions tribunal sitting in Ilorin, the capital of Nigeria’s Kwara State, on Friday nullified the election of a member of the House of Representatives and ordered a rerun in 14 polling units.

The three-member panel ruled that Abdulganiyu Olarewaju Bello, of the Progressive Alliance Congress, was not validly returned as the winner of the February election in the Ilorin Central Federal Constituency, which he won by 2,311 votes.

Delivering the lead judgment, Justice Chinwe Adaeze Okonkwo said: “The petitioner has proved, on the balance of probabilities, that the results declared in the affected polling units were not supported by the accreditation data recorded on the day of the election.”

The petition was brought by Folasade Temitope Adeyemi-Balogun of the People’s Democratic Movement, who came second. Speaking to journalists outside the court, she said the judgment belonged to the voters.

“This is a victory for the people of Ilorin Central, not for me,” Adeyemi-Balogun said. “Their votes were stolen, and today the court has given them back their voice.”

Bello’s lead counsel, Ibrahim Danjuma Sule, a Senior Advocate of Nigeria, described the judgment as “a misreading of the Electoral Act and of the evidence before the tribunal” and said an appeal would be filed within the 21 days allowed by law.

“My client won that election clearly and fairly. We are confident that the Court of Appeal will restore his mandate,” Sule said.

The Independent National Electoral Commission said in a statement that it would “study the judgment and comply with the orders of the tribunal” once the appeal process had run its course.

The Progressive Alliance Congress in Kwara State played down the ruling. Its publicity secretary, Aminu Garba Yakubu, told the Punch newspaper: “We are not worried. Our candidate will win the rerun even if it is held tomorrow.”

In Ilorin’s Oja-Oba market, traders followed the judgment on the radio. Alhaja Risikat Oladimeji, who sells fabric, said she hoped the rerun would be peaceful. “We just want peace. Whoever wins, let there be no fighting in this town,” she said.

Election tribunals across Nigeria have received hundreds of petitions since the general elections in February and March. Under the constitution, tribunals must deliver judgment within 180 days of a petition being filed.''',
        [
            ("The petitioner has proved, on the", "Chinwe Adaeze Okonkwo"),
            ("This is a victory for the", "Folasade Temitope Adeyemi-Balogun"),
            ("Their votes were stolen, and today", "Folasade Temitope Adeyemi-Balogun"),
            ("a misreading of the Electoral Act", "Ibrahim Danjuma Sule"),
            ("My client won that election clearly", "Ibrahim Danjuma Sule"),
            ("study the judgment and comply with", "Independent National Electoral Commission"),
            ("We are not worried. Our candidate", "Aminu Garba Yakubu"),
            ("We just want peace. Whoever wins,", "Risikat Oladimeji"),
        ],
    ),
    # 12 -- Wikinews SE Asia, Vietnam typhoon; Vietnamese names with diacritics and given-name second mention, bulletin, VnExpress split, border guard colonel, EVN partial, "the vice-chairwoman" later
    (
'''Typhoon Sonca made landfall in central Vietnam on Thursday morning, killing at least nine people and leaving more than 400,000 households without electricity in the provinces of Quảng Ngãi and Bình Định, officials said.

The storm brought winds of up to 130 kilometres per hour and torrential rain, uprooting trees, tearing roofs off homes and sinking dozens of fishing boats anchored in harbours along the coast.

The National Centre for Hydro-Meteorological Forecasting said the storm had weakened to a tropical depression as it moved inland towards Laos. "Heavy rain will continue in the central provinces until Saturday, with a high risk of flash floods and landslides in mountainous districts," the centre said in a bulletin.

Phạm Thị Thu Hà, vice-chairwoman of the Quảng Ngãi Provincial People's Committee, told the online newspaper VnExpress that seven of the dead were in her province. "Most of the victims were people who went out to secure their boats or fish cages during the storm," Hà said. "We had warned them repeatedly, but many feared losing everything they own."

More than 38,000 people were evacuated from coastal areas before the storm arrived. Colonel Đỗ Văn Lực, of the Bình Định Border Guard Command, said fishing crews had been ordered back to port days in advance. "All fishing vessels were called back by Tuesday evening. Only two boats have not yet made contact, and we are searching for them," he said.

In the fishing village of Sa Huỳnh, Nguyễn Văn Tâm, 61, surveyed the wreckage of his family's seafood stall. "I have lived here my whole life and I have never seen waves like this. The sea came right up to the road," Tâm said.

Vietnam Electricity (EVN) said in a statement that power would be restored to most areas "within 48 hours, depending on the weather", and that more than 2,000 workers had been sent from other provinces to help with repairs.

The vice-chairwoman said the province had set aside 20 billion dong (about US$820,000) for emergency relief. "Our priority now is food, clean water and repairing the roofs of schools so children can return to class," she said.

Sonca is the fourth typhoon to hit Vietnam this year. Forecasters have warned that at least two more storms could form in the East Sea before the end of the season.''',
        [
            ("Heavy rain will continue in the", "National Centre for Hydro-Meteorological Forecasting"),
            ("Most of the victims were people", "Phạm Thị Thu Hà"),
            ("We had warned them repeatedly, but", "Phạm Thị Thu Hà"),
            ("All fishing vessels were called back", "Đỗ Văn Lực"),
            ("I have lived here my whole", "Nguyễn Văn Tâm"),
            ("within 48 hours, depending on the", "Vietnam Electricity"),
            ("Our priority now is food, clean", "Phạm Thị Thu Hà"),
        ],
    ),
    # 13 -- Wikinews Middle East, Lebanon currency protests; speaker named in the next sentence, "he added", unattributed slogan, ISF statement, multi-paragraph quote after "said:", LBCI partial, post on X
    (
'''Hundreds of Lebanese blocked roads in Beirut, Tripoli and Sidon on Monday with burning tyres and rubbish bins after the Lebanese pound fell to a new record low against the US dollar on the parallel market.

"We can't buy bread, we can't buy medicine, and now we can't even buy petrol to get to work." The words came from Mahmoud Abu Khalil, a 38-year-old taxi driver who joined protesters blocking the Ring bridge in central Beirut on Monday afternoon.

"The politicians have stolen everything. What else do they want from us?" he added, as the crowd around him chanted "All of them means all of them", the slogan of the 2019 protest movement.

The Internal Security Forces said in a statement that 11 people had been arrested across the country and seven officers injured by stones. "The Internal Security Forces respect the right to peaceful protest but will not tolerate attacks on public and private property," the statement said.

Many protesters said their anger was directed as much at the banks as at the government. Since 2019, banks have imposed informal controls that have left most depositors unable to withdraw their dollar savings. Rania al-Haddad, a lawyer who heads the Association for the Rights of Depositors, said:

"Depositors have been waiting for four years for a plan that never comes. Every month the banks invent a new rule, and every month people lose more of their savings.

"We are asking for one thing: a law that protects small depositors first. Without it, there will be no trust and no recovery."

Caretaker Energy Minister Karim Abi Nader told the broadcaster LBCI that fuel imports were secured for the coming month. He described the protests as "understandable but not the solution" and said petrol stations had been instructed not to hoard supplies.

"There is no shortage of petrol. The problem is the price, and that is linked to the exchange rate, which is not in the hands of my ministry," Abi Nader said.

Independent MP Nadine Saab-Khoury blamed the political deadlock. "A country cannot be run by a caretaker government forever. Parliament must elect a president and form a government now," she wrote on X.

By evening, the army had reopened most main roads, though protesters remained at several junctions in Tripoli.''',
        [
            ("We can't buy bread, we can't", "Mahmoud Abu Khalil"),
            ("The politicians have stolen everything. What", "Mahmoud Abu Khalil"),
            ("All of them means all of", None),
            ("The Internal Security Forces respect the", "Internal Security Forces"),
            ("Depositors have been waiting for four", "Rania al-Haddad"),
            ("understandable but not the solution", "Karim Abi Nader"),
            ("There is no shortage of petrol.", "Karim Abi Nader"),
            ("A country cannot be run by", "Nadine Saab-Khoury"),
        ],
    ),
    # 14 -- Wikinews LatAm, Mexico dengue campaign, curly quotes; split, PAHO alert partial, "the epidemiologist added" then surname, mother, city council Facebook post
    (
'''The state government of Veracruz, in eastern Mexico, on Monday began a month-long campaign against dengue fever after the number of confirmed cases in the state this year rose to 4,812, nearly three times the figure for the same period in 2022.

Brigades of around 1,500 health workers will visit homes in 38 municipalities to eliminate standing water, apply larvicide and fumigate streets, state health secretary María Guadalupe Ochoa Bermúdez said at a press conference in Xalapa.

“The mosquito does not respect borders or social classes. If one house in the block has a bucket of water in the patio, the whole block is at risk,” Ochoa said. “That is why we are asking every family to open their doors to the brigades.”

The Pan American Health Organization warned in an epidemiological alert last month that the Americas were facing “one of the most intense dengue seasons on record”, with all four serotypes of the virus circulating in several countries at once.

Dr Efraín Castillo Landa, an epidemiologist at the Universidad Veracruzana, told the newspaper La Jornada that higher temperatures and an irregular water supply were driving the rise in cases. “When people have water only two days a week, they store it in drums and tanks, and those become perfect breeding sites,” he said.

The epidemiologist added that official figures almost certainly underestimated the outbreak, because many patients with mild symptoms never see a doctor. “For every case that is confirmed in a laboratory, there may be five or six that never reach a clinic,” Castillo said.

In the port city of Coatzacoalcos, Alma Rosa Hernández Cruz spent four days at a public hospital last week with her nine-year-old daughter. “My daughter had a fever of 40 degrees for three days. The doctors said her platelets were very low, and I was terrified,” she told local reporters. The girl has since recovered.

The Coatzacoalcos City Council said in a post on Facebook that municipal crews had collected 120 tonnes of discarded tyres, buckets and other containers from vacant lots in the past two weeks. “Remember: clean, cover, turn over and throw away. Five minutes a week can save a life,” the post said.

State officials said 11 deaths from dengue had been confirmed in Veracruz so far this year, and another 14 were under investigation.''',
        [
            ("The mosquito does not respect borders", "María Guadalupe Ochoa Bermúdez"),
            ("That is why we are asking", "María Guadalupe Ochoa Bermúdez"),
            ("one of the most intense dengue", "Pan American Health Organization"),
            ("When people have water only two", "Efraín Castillo Landa"),
            ("For every case that is confirmed", "Efraín Castillo Landa"),
            ("My daughter had a fever of", "Alma Rosa Hernández Cruz"),
            ("Remember: clean, cover, turn over and", "Coatzacoalcos City Council"),
        ],
    ),
    # 15 -- Wikinews South Asia, Bangladesh garment factory fire; "Md." name, split, "she said:" from hospital bed, told the Dhaka Tribune, BGMEA statement partial, union leader partial then next paragraph "she said"
    (
'''At least 17 workers were killed and dozens injured when fire swept through a garment factory in Ashulia, on the outskirts of the Bangladeshi capital Dhaka, on Wednesday evening, fire officials said.

The blaze broke out on the third floor of a six-storey building occupied by Nobo Dhara Apparels Ltd., which employs around 1,200 people making knitwear for export. Nineteen fire engines took almost five hours to bring it under control.

Md. Shahjahan Mia, a deputy director of the Fire Service and Civil Defence, told reporters at the scene that most of the victims had been trapped on the upper floors. "The main staircase was blocked with rolls of fabric, and the emergency exit on the fourth floor was locked from outside," he said. "If the exit had been open, many of these lives could have been saved."

Rokeya Begum, a 26-year-old sewing machine operator, jumped from a second-floor window and broke her leg. Speaking from her bed at Dhaka Medical College Hospital, she said: "There was smoke everywhere. People were screaming and pushing. I did not think, I just jumped."

Police said the factory's owner and two managers had been detained for questioning. Abu Sayeed Chowdhury, the officer-in-charge of Ashulia police station, told the Dhaka Tribune: "A case has been filed for death by negligence. Nobody will be spared if they are found responsible."

The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said in a statement that it was "deeply saddened by the tragic loss of lives" and that it would pay 200,000 taka to the family of each worker who died. "The association will bear the full cost of treatment of the injured workers," the statement said.

Labour groups said the fire showed that safety reforms introduced after the 2013 Rana Plaza collapse, which killed more than 1,100 people, had not reached many smaller factories. Shirin Sultana Mou, general secretary of the National Garment Workers' Alliance, called the fire "a crime, not an accident".

"Eleven years after Rana Plaza, workers are still dying behind locked doors. Inspections exist on paper only," she said at a protest outside the factory on Thursday morning, where hundreds of workers gathered.

The government has formed a five-member committee to investigate the cause of the fire and has asked it to report within seven days.''',
        [
            ("The main staircase was blocked with", "Md. Shahjahan Mia"),
            ("If the exit had been open", "Md. Shahjahan Mia"),
            ("There was smoke everywhere. People were", "Rokeya Begum"),
            ("A case has been filed for", "Abu Sayeed Chowdhury"),
            ("deeply saddened by the tragic loss", "Bangladesh Garment Manufacturers and Exporters Association"),
            ("The association will bear the full", "Bangladesh Garment Manufacturers and Exporters Association"),
            ("a crime, not an accident", "Shirin Sultana Mou"),
            ("Eleven years after Rana Plaza, workers", "Shirin Sultana Mou"),
        ],
    ),
    # 16 -- Wikinews SE Asia, Philippines boxing title; middle initials, "Jr.", "Ma." first name, "the 34-year-old" through interpreter split, promoter told Inquirer, honorific Atty. with partial quote
    (
'''Filipino flyweight Rodel M. Sarmiento Jr. won the vacant Asia-Pacific Boxing Council title on Saturday night, stopping Thai veteran Phetchai Sor Kittipong in the ninth round at the Cebu Coliseum.

Sarmiento, 23, from General Santos City, knocked his opponent down twice with left hooks to the body before referee Danilo V. Abellana stopped the fight at 2:14 of the ninth. It was the unbeaten southpaw's 16th win, and his 11th by knockout.

"This belt is for General Santos and for my father, who trained me in our backyard with gloves made from old rice sacks," Sarmiento said in the ring, speaking in Cebuano as the crowd of around 7,000 cheered.

His trainer, Ernesto D. Villarosa, said the fight had gone exactly to plan. "We knew the Thai was strong in the early rounds, so the plan was to work the body and wait. Rodel followed the plan perfectly," Villarosa said.

Phetchai, who was making his fourth attempt at a regional title, had his best moments in the third and fourth rounds, when he opened a cut above Sarmiento's right eye. "He is very fast and his body punches are very heavy. I have no excuses," the 34-year-old said through an interpreter. "Maybe it is time for me to think about retirement."

Sarmiento's promoter, Ma. Cristina L. Ocampo of Visayas Premier Promotions, said she was already in discussions with two of the major sanctioning bodies. "Rodel is ready for a world title eliminator next year, maybe even sooner. We will not rush him, but we will not waste time either," Ocampo told the Philippine Daily Inquirer.

Games and Amusements Board chairman Atty. Jose Ramon B. Tolentino, who watched from ringside, called Sarmiento "the future of Philippine boxing" and said the board would support his preparations for a world title fight.

Sarmiento said he would rest for a month with his family in General Santos before returning to training in Cebu.''',
        [
            ("This belt is for General Santos", "Rodel M. Sarmiento Jr."),
            ("We knew the Thai was strong", "Ernesto D. Villarosa"),
            ("He is very fast and his", "Phetchai Sor Kittipong"),
            ("Maybe it is time for me", "Phetchai Sor Kittipong"),
            ("Rodel is ready for a world", "Ma. Cristina L. Ocampo"),
            ("the future of Philippine boxing", "Jose Ramon B. Tolentino"),
        ],
    ),
    # 17 -- Wikinews Africa, Ghana cocoa farmers, curly quotes; hyphenated surnames, Citi FM partial, COCOBOD statement partial and full, honorific Alhaji, "the economist said ... she added"
    (
'''Cocoa farmers in Ghana’s Western North Region have begun withholding their beans from licensed buying companies in protest at a farm-gate price they say no longer covers the cost of production, farmer groups said on Tuesday.

The Cocoa Farmers’ Solidarity Union, which says it represents about 60,000 growers, has urged members to store their beans at home until the government reviews the price. Its national chairman, Kwabena Owusu-Ansah, told the radio station Citi FM that low prices were pushing farmers “into the arms of smugglers” who carry beans across the border.

“A farmer in Côte d’Ivoire is getting more for the same bag. What do you expect our people to do when their children are hungry?” Owusu-Ansah said.

The Ghana Cocoa Board (COCOBOD), the state regulator, said in a statement that the current price was “the highest in the history of the industry in cedi terms” and warned that storing beans at home could damage their quality.

“COCOBOD appeals to farmers to continue selling their beans to licensed buying companies and not to listen to persons with ulterior motives,” the statement said.

Akosua Serwaa Boakye, a 49-year-old farmer near Sefwi Wiawso, has 31 bags of dried beans stacked in her kitchen. “Fertiliser has doubled in price. Weedicide has doubled. Labour has doubled. Only the cocoa price has not doubled,” she said.

Buyers say the protest is already biting. Alhaji Mumuni Issah Seidu, chairman of the Licensed Cocoa Buyers Association, said purchases in the region had fallen by more than half in a week. “Our trucks are going back to the warehouses empty. If this continues for two more weeks, some companies will have to lay off staff,” Seidu said.

Dr Esi Ampofo-Yeboah, an agricultural economist at the University of Ghana, told the Daily Graphic that the government had little room to manoeuvre. “The government is caught between the farmers and its loan commitments. The syndicated loan for this season was priced on the assumption of steady supply,” she said.

The economist said a mid-season review was nevertheless likely. “I would be surprised if there is no upward review before the end of the year,” she added.

Ghana is the world’s second-largest cocoa producer after Côte d’Ivoire. Cocoa accounts for about a fifth of the country’s export earnings.''',
        [
            ("into the arms of smugglers", "Kwabena Owusu-Ansah"),
            ("A farmer in Côte d’Ivoire is", "Kwabena Owusu-Ansah"),
            ("the highest in the history of", "Ghana Cocoa Board"),
            ("COCOBOD appeals to farmers to continue", "Ghana Cocoa Board"),
            ("Fertiliser has doubled in price. Weedicide", "Akosua Serwaa Boakye"),
            ("Our trucks are going back to", "Mumuni Issah Seidu"),
            ("The government is caught between the", "Esi Ampofo-Yeboah"),
            ("I would be surprised if there", "Esi Ampofo-Yeboah"),
        ],
    ),
    # 18 -- Wikinews LatAm, Chile earthquake; navy service post on X, Senapred director split via Radio Cooperativa, multi-paragraph quote closed with cue, fisherman split, company, "the director ... he said"
    (
'''A magnitude 6.9 earthquake struck off the coast of northern Chile on Tuesday night, damaging homes and cutting power to tens of thousands of people in the Atacama region, but authorities said there were no reports of deaths.

The quake hit at 10:14 p.m. local time at a depth of 38 kilometres, about 60 kilometres west of the port of Caldera, according to the National Seismological Centre of the University of Chile. It was felt as far south as La Serena.

The Navy's Hydrographic and Oceanographic Service (SHOA) briefly ordered a precautionary evacuation of coastal areas but lifted it less than an hour later. "After analysing the sea level data, the characteristics of the earthquake do not meet the conditions to generate a tsunami on the Chilean coast," SHOA said in a post on X.

Álvaro Ignacio Fuenzalida Reyes, director of the National Disaster Prevention and Response Service (Senapred), said damage was concentrated in older buildings. "We have reports of damage to adobe houses in Vallenar and Freirina, and of landslides on some rural roads," Fuenzalida told Radio Cooperativa. "Fortunately, at this moment we have no fatalities to report."

The mayor of Caldera, Verónica Andrea Muñoz Tapia, said residents had evacuated calmly when sirens sounded along the seafront.

"People know what to do. As soon as the shaking stopped, families began walking to the safe zones without anyone telling them.

"That is the result of many years of drills in schools and neighbourhoods. I want to thank every resident for their calm," Muñoz said.

Juan Segundo Alvarado Rojas, a 67-year-old fisherman, was at home near the harbour when the quake struck. "It lasted a long time, almost a minute. The glasses fell from the shelves and the dogs were howling," Alvarado said. "We went up the hill with a blanket and a radio, like we always do."

The electricity distributor Compañía Eléctrica del Norte said about 48,000 customers had lost power. "Our crews are working through the night and we expect to restore most of the service by midday on Wednesday," the company said.

Schools in the Atacama region will remain closed on Wednesday while engineers inspect buildings. The director of Senapred urged residents to stay away from damaged structures. "Aftershocks are expected in the coming days, some of them strong," he said.

Chile is one of the most seismically active countries in the world. In 2010 a magnitude 8.8 earthquake and tsunami killed more than 500 people in the centre and south of the country.''',
        [
            ("After analysing the sea level data", "Hydrographic and Oceanographic Service"),
            ("We have reports of damage to", "Álvaro Ignacio Fuenzalida Reyes"),
            ("Fortunately, at this moment we have", "Álvaro Ignacio Fuenzalida Reyes"),
            ("People know what to do. As", "Verónica Andrea Muñoz Tapia"),
            ("It lasted a long time, almost", "Juan Segundo Alvarado Rojas"),
            ("We went up the hill with", "Juan Segundo Alvarado Rojas"),
            ("Our crews are working through the", "Compañía Eléctrica del Norte"),
            ("Aftershocks are expected in the coming", "Álvaro Ignacio Fuenzalida Reyes"),
        ],
    ),
    # 19 -- Wikinews South Asia, Pakistan domestic T20 final; Geo News split, hyphenated name, opposing captain "he said", board statement, anonymous selector of named board, "the teenager said"
    (
'''Multan Region won the National T20 Cup for the first time on Sunday, beating Karachi Whites by six wickets in a rain-interrupted final at the Rawalpindi Cricket Stadium.

Left-arm spinner Shahzaib Ahmed Qureshi, 19, took four wickets for 17 runs as Karachi were bowled out for 112 in 18.3 overs, and Multan reached their target with nine balls to spare.

"I just tried to bowl in the right areas and let the pitch do the work," Qureshi told Geo News after receiving the player of the match award. "The senior players gave me confidence. They told me not to think about the crowd."

Captain Imad-ud-Din Siddiqui anchored the chase with an unbeaten 58 off 44 balls. "This is a proud day for south Punjab. For years people said our players only get chances by moving to other teams. Today we showed we can win ourselves," Siddiqui said.

Karachi Whites captain Faraz Ali Memon blamed his batters for the defeat. "We were 40 runs short. On this pitch 150 was a par score, and we gave our wickets away to soft dismissals," he said.

The Pakistan Cricket Board congratulated Multan in a statement and said players from the tournament would be considered for the national A team's tour of Sri Lanka next month. "The selection committee has been monitoring performances closely throughout the tournament," the statement said.

One member of the board's selection panel, who spoke on condition of anonymity because he was not authorised to speak to the media, said Qureshi had impressed the selectors but warned against rushing him. "He has the temperament. Whether he is ready for international cricket is another question," the selector said.

The teenager, who grew up in the Shujabad area of Multan district, said his family had gathered at home to watch the final. "My father sells mangoes. He closed his stall today to watch the match on TV," the teenager said, smiling.

Rain delayed the start of the match by 90 minutes and forced a second stoppage during the Multan innings, but no overs were lost.''',
        [
            ("I just tried to bowl in", "Shahzaib Ahmed Qureshi"),
            ("The senior players gave me confidence.", "Shahzaib Ahmed Qureshi"),
            ("This is a proud day for", "Imad-ud-Din Siddiqui"),
            ("We were 40 runs short. On", "Faraz Ali Memon"),
            ("The selection committee has been monitoring", "Pakistan Cricket Board"),
            ("He has the temperament. Whether he", "Pakistan Cricket Board"),
            ("My father sells mangoes. He closed", "Shahzaib Ahmed Qureshi"),
        ],
    ),
    # 20 -- Wikinews Middle East/North Africa, Tunisia journalist jailed, curly quotes; lawyer split, union partial then multi-paragraph statement after "said:", court spokesman to TAP, letter from prison, unattributed chant, husband
    (
'''A court in Tunis on Wednesday sentenced radio journalist Amira Ben Slimane to one year in prison under Decree-Law 54, a 2022 law that criminalises the spreading of false information online, in a case that press freedom groups say is part of a widening crackdown on the media in Tunisia.

Ben Slimane, 36, who hosted a morning talk show on the private station Radio Medina FM, was arrested in March after she questioned on air how a regional governor had awarded a contract for road works in the city of Sfax. She has been held in Manouba women’s prison since her arrest.

Her lawyer, Mehdi Ben Hadj Youssef, said the verdict was intended to frighten other journalists. “This verdict is a message to every journalist in Tunisia: be silent or go to prison,” he told reporters outside the Tunis Court of First Instance. “We will appeal, and we will take this case to every international body that will listen.”

The National Union of Tunisian Journalists (SNJT) called the ruling “a dark day for freedom of the press in Tunisia” and announced a protest for Friday. In a statement on its Facebook page, the union said:

“The union considers that this ruling has no legal basis and that it targets the journalist for her editorial line rather than for any crime.

“We call on all journalists and citizens to gather in front of the union’s headquarters on Friday at 11 a.m. to defend the right of Tunisians to information.”

Sofiene Gharbi, a spokesman for the court, rejected the criticism. “The case has nothing to do with journalism. The accused published accusations against a public official without any evidence,” Gharbi told the state news agency TAP.

In a letter from prison published by her lawyers last month, Ben Slimane wrote: “I did my job as I have done it for twelve years. I asked a question, and the answer was a prison cell.”

Several dozen journalists and activists gathered outside the courthouse as the verdict was read, chanting “No to the return of the dictatorship” and holding up copies of the country’s 2014 constitution.

Her husband, Walid Ben Amor, said his wife was in good spirits. “Amira is strong. She told me through the lawyers that she does not regret a single word,” Ben Amor said.

Tunisia’s journalists’ union says at least 20 media workers have been prosecuted under Decree-Law 54 since it came into force.''',
        [
            ("This verdict is a message to", "Mehdi Ben Hadj Youssef"),
            ("We will appeal, and we will", "Mehdi Ben Hadj Youssef"),
            ("a dark day for freedom of", "National Union of Tunisian Journalists"),
            ("The union considers that this ruling", "National Union of Tunisian Journalists"),
            ("The case has nothing to do", "Sofiene Gharbi"),
            ("I did my job as I", "Amira Ben Slimane"),
            ("No to the return of the", None),
            ("Amira is strong. She told me", "Walid Ben Amor"),
        ],
    ),
]

STORIES_P = [
    # 1 -- press-release sport: club appoints manager; club statement, chairman in same statement, pronoun follow-ups, partial quote from board, supporters' trust, told-outlet
    (
'''Hartwell Rovers have appointed Luca Bertolini-Haas as their new first-team manager, the League Two club announced on Tuesday, ending a five-week search that followed the dismissal of Graham Pettifer in October.

The 41-year-old, who previously led Swiss second-tier side FC Wohlen-Aarau to promotion in 2021, has signed a contract running until the summer of 2027.

In a statement, the club said: "We are delighted to welcome Luca to Hartwell. Throughout the recruitment process he impressed the board with his clarity of vision, his record of developing young players and his understanding of what this club means to its community."

"Luca was the unanimous choice of the panel," chairman Desmond Okafor-Price said in the same statement. "We spoke to a number of excellent candidates, but nobody matched his energy."

Bertolini-Haas takes charge of a side sitting 19th in the table, four points above the relegation places, after a run of one win in eleven league matches.

Speaking to the club's official website, Bertolini-Haas said he had watched every one of Rovers' matches this season. "There is a good group here," he said. "The results have not been what anyone wanted, but I see players who want to run for each other, and that is where everything starts."

He added that he intended to keep caretaker coach Sean Mulvaney on his staff. "Sean knows this dressing room better than anyone, and I would be foolish not to use that."

Pettifer was dismissed on October 14 after a 4-0 home defeat to Castleford Town. At the time, the board described the decision as "painful but necessary for the club's future".

The Hartwell Rovers Supporters' Trust welcomed the appointment but urged the board to back the new manager in the January transfer window. "Fans have been patient through a very difficult autumn," said Gemma Ruddock, the trust's secretary. "We hope Luca gets the time and the resources that his predecessor, in our view, did not."

Asked about the trust's comments, Okafor-Price told the Hartwell Echo: "I understand the frustration. There will be money available in January, and Luca will have the final say on how it is spent."

Bertolini-Haas's first match in charge is Saturday's home fixture against Ellesmere United. Tickets for the game have been reduced to £10 for adults, the club said.''',
        [
            ("We are delighted to welcome Luca", "Hartwell Rovers"),
            ("Luca was the unanimous choice of", "Desmond Okafor-Price"),
            ("We spoke to a number of", "Desmond Okafor-Price"),
            ("There is a good group here,", "Luca Bertolini-Haas"),
            ("The results have not been what", "Luca Bertolini-Haas"),
            ("Sean knows this dressing room better", "Luca Bertolini-Haas"),
            ("painful but necessary for the club's", "Hartwell Rovers"),
            ("Fans have been patient through a", "Gemma Ruddock"),
            ("We hope Luca gets the time", "Gemma Ruddock"),
            ("I understand the frustration. There will", "Desmond Okafor-Price"),
        ],
    ),
    # 2 -- press-release science: university microplastics study; release partial quote, split quote, said-X after quote, utility statement, spokesman, local angler described by age
    (
'''Researchers at the University of Northmoor have found microplastic particles in every one of 42 water samples taken from Lake Ardwyn, the largest freshwater reservoir in the Tarran Valley, according to a study published on Thursday in the journal Freshwater Systems.

The university announced the findings in a press release, which described the concentrations as “among the highest recorded in a European drinking-water reservoir”.

The study’s lead author, Dr Ngozi Adebayo-Clarke of the university’s School of Environmental Sciences, said the team had not expected such consistent results. “We sampled at different depths, in different seasons, near the inflows and far from them,” she said. “There was not a single clean sample.”

According to the release, the most common particles were fibres from synthetic clothing, followed by fragments of polyethylene packaging. The researchers estimate the lake contains an average of 3.1 particles per litre.

“The fibres tell us a great deal about the route into the water,” said co-author Professor Henrik J. Sørlie. “Much of this arrives through treated wastewater, which is discharged into the rivers that feed the reservoir.”

Sørlie said the concentrations did not in themselves indicate a risk to public health, a point echoed by Tarran Valley Water, the utility which operates the reservoir.

In a statement, the utility said: “Water supplied to customers from Lake Ardwyn passes through several stages of filtration, which remove the vast majority of particles of this size. We will review the university’s findings carefully and are happy to work with the research team.”

A spokesman for the company, Owen Treharne, added that it had commissioned its own sampling programme in 2022. “We take this seriously, and we will publish our data when it is complete,” he said.

The university’s release said “further work is urgently required” to establish where the particles originate and how they behave in the food chain. Adebayo-Clarke said the team had applied for funding to study fish in the lake.

Local angler Bryn Matthias, who has fished Lake Ardwyn for 30 years, said the findings had unsettled members of his club. “You look at the water and it looks beautiful,” the 63-year-old said. “It’s hard to believe what they are telling us is in there.”''',
        [
            ("among the highest recorded in a", "University of Northmoor"),
            ("We sampled at different depths, in", "Ngozi Adebayo-Clarke"),
            ("There was not a single clean", "Ngozi Adebayo-Clarke"),
            ("The fibres tell us a great", "Henrik J. Sørlie"),
            ("Much of this arrives through treated", "Henrik J. Sørlie"),
            ("Water supplied to customers from Lake", "Tarran Valley Water"),
            ("We take this seriously, and we", "Owen Treharne"),
            ("further work is urgently required", "University of Northmoor"),
            ("You look at the water and", "Bryn Matthias"),
            ("It’s hard to believe what they", "Bryn Matthias"),
        ],
    ),
    # 3 -- press-release hospital: cyberattack; multi-paragraph trust statement, chief executive split quote, police spokesperson, partial quote from national office, "the chief executive said", affected patient
    (
'''Marlow Vale Hospitals Trust has postponed more than 300 outpatient appointments after a cyberattack disabled its computer systems on Sunday night, the trust said on Monday.

The attack affected the trust's patient records system, pathology services and internal email at both Marlow General Hospital and the smaller Ebbsworth Community Hospital. Emergency departments at both sites remained open, but ambulances were diverted from Marlow General for around six hours overnight.

In a statement released on Monday morning, the trust said: "At approximately 11.40pm on Sunday we identified unusual activity on our network. As a precaution, we shut down a number of systems to contain the incident.

"Our staff have moved to paper-based procedures and are working extremely hard to keep services running safely. We apologise to patients whose appointments have been affected, and we will contact every one of them directly to rearrange."

Chief executive Priya Raghunathan said there was no evidence so far that patient data had been taken. "I want to be very clear that our investigation is at an early stage," she said. "We are working with national specialists and with the police, and we will be open with patients about what we find."

Severnside Police confirmed its cyber crime unit was investigating. "Enquiries are ongoing and we are not in a position to comment further at this time," a police spokesperson said.

The National Cyber Resilience Office, which advises public bodies on digital security, said it was "aware of an incident" and was supporting the trust.

Raghunathan later told reporters outside Marlow General that she expected some systems to be restored by Wednesday. Asked whether a ransom had been demanded, the chief executive said: "I'm not going to discuss the details of the attack while the police investigation continues."

Among those affected was Derek Albright, 71, from Ebbsworth, whose hip replacement consultation was cancelled on Monday morning. "I got a text at half seven telling me not to come in," he said. "I've waited eight months for this, so you can imagine how I feel. But I don't blame the staff – they're doing their best."

The trust said planned surgery would go ahead where possible and asked patients to attend appointments unless contacted.''',
        [
            ("At approximately 11.40pm on Sunday we", "Marlow Vale Hospitals Trust"),
            ("I want to be very clear", "Priya Raghunathan"),
            ("We are working with national specialists", "Priya Raghunathan"),
            ("Enquiries are ongoing and we are", "Severnside Police"),
            ("aware of an incident", "National Cyber Resilience Office"),
            ("I'm not going to discuss the", "Priya Raghunathan"),
            ("I got a text at half", "Derek Albright"),
            ("I've waited eight months for this,", "Derek Albright"),
        ],
    ),
    # 4 -- press-release space: satellite launch; agency statement split, mission director, company social-media post, CEO press release partial + "He added:", project scientist "explained", late pronoun-less surname cue
    (
'''The Meridian Space Agency (MSA) has successfully launched Tidewatch-2, a satellite designed to monitor sea-level rise and coastal erosion, from the Port Salvador spaceport early on Wednesday.

The satellite lifted off aboard a Corvid Vireo rocket at 04:17 local time and separated from the upper stage 58 minutes later. Ground stations in Iceland and Tasmania confirmed contact with the spacecraft shortly afterwards.

“Tidewatch-2 is healthy, its solar arrays have deployed, and it is talking to us,” the agency said in a statement. “The next six weeks will be spent testing the instruments before science operations begin.”

Mission director Dr Amara Oyelaran-Diallo described the launch as the culmination of nine years of work. “This spacecraft was designed, built and tested by a team spread across eleven countries,” she said. “To see it leave the pad this morning was extraordinary.”

Corvid Launch Systems, which builds the Vireo, posted on social media minutes after separation: “Payload deployed. Nominal orbit. Congratulations to the whole Tidewatch team!” The flight was the company’s fourteenth, and its ninth consecutive success.

The company’s chief executive, Tobias Wennerström, said in a press release that the mission showed commercial launchers could serve “the most demanding scientific customers”. He added: “Our team has worked side by side with the agency for more than two years. Today belongs to them.”

Tidewatch-2 carries a radar altimeter able to measure the height of the ocean surface to within two centimetres, as well as a new wide-swath imager intended to track changes in coastlines and river deltas.

“The altimeter gives us continuity with thirty years of earlier measurements,” explained project scientist Keiko Hashimoto-Reyes. “The imager is the genuinely new part. For the first time we will be able to watch individual stretches of coastline change from month to month.”

She said the first data would be made freely available to researchers by the end of the year.

The agency said the satellite, which cost €412 million including launch, is expected to operate for at least seven years. Its predecessor, Tidewatch-1, was retired in March after thirteen years in orbit, more than double its design life.

“We are hoping for the same kind of luck,” Oyelaran-Diallo said.''',
        [
            ("Tidewatch-2 is healthy, its solar arrays", "Meridian Space Agency"),
            ("The next six weeks will be", "Meridian Space Agency"),
            ("This spacecraft was designed, built and", "Amara Oyelaran-Diallo"),
            ("To see it leave the pad", "Amara Oyelaran-Diallo"),
            ("Payload deployed. Nominal orbit. Congratulations to", "Corvid Launch Systems"),
            ("the most demanding scientific customers", "Tobias Wennerström"),
            ("Our team has worked side by", "Tobias Wennerström"),
            ("The altimeter gives us continuity with", "Keiko Hashimoto-Reyes"),
            ("The imager is the genuinely new", "Keiko Hashimoto-Reyes"),
            ("We are hoping for the same", "Amara Oyelaran-Diallo"),
        ],
    ),
    # 5 -- press-release regulator: energy fine; regulator statement split, decision notice partial quotes, chief executive, firm statement, named spokeswoman, charity director "said X" after quote
    (
'''The energy regulator has fined Brightwell Energy £18.5 million after finding that the supplier overcharged more than 140,000 prepayment customers over a period of three years.

The Energy and Water Standards Authority (EWSA) said on Friday that Brightwell had failed to apply a price cap correctly to customers with prepayment meters between April 2020 and March 2023. The company has also been ordered to refund £9.2 million, with interest, to affected households.

"Prepayment customers are often among the most financially vulnerable people in the country," the regulator said in a statement. "Brightwell's failures meant that many of them paid more than they should have for energy at a time when every pound counted."

The decision notice published by the authority states that Brightwell's internal audit team identified the error in 2021 but that it "was not escalated to senior management for a further fourteen months". It adds that the company's response, once the problem was escalated, was "prompt, open and fully cooperative".

Marguerite Delacroix-Byrne, the regulator's chief executive, said the size of the penalty reflected that delay. "Mistakes happen, but when a company finds one, it has to act on it," she said. "Sitting on a known problem for more than a year is simply not acceptable."

Brightwell accepted the findings. In a statement, the firm said: "We are deeply sorry for the mistakes we made. We have already contacted the vast majority of affected customers, and refunds will appear automatically in their accounts over the next eight weeks. Nobody needs to take any action."

A Brightwell spokeswoman, Hana Novaková, said the company had overhauled its billing processes and replaced the director responsible for compliance. "We have learned hard lessons from this," she told reporters.

Consumer charity Fair Bills Trust said the fine was welcome but warned that other suppliers may have made similar errors. "This is unlikely to be an isolated case," said Kwame Asante-Mensah, the charity's director of policy. "We would urge the regulator to check every supplier's prepayment billing, not just Brightwell's."

The regulator said it had no evidence of similar problems at other firms but would "keep the matter under review".

Fines paid to the regulator are passed to the Treasury. Brightwell, which supplies gas and electricity to around 1.9 million homes, reported a pre-tax profit of £64 million last year.''',
        [
            ("Prepayment customers are often among the", "Energy and Water Standards Authority"),
            ("Brightwell's failures meant that many of", "Energy and Water Standards Authority"),
            ("was not escalated to senior management", "Energy and Water Standards Authority"),
            ("prompt, open and fully cooperative", "Energy and Water Standards Authority"),
            ("Mistakes happen, but when a company", "Marguerite Delacroix-Byrne"),
            ("Sitting on a known problem for", "Marguerite Delacroix-Byrne"),
            ("We are deeply sorry for the", "Brightwell Energy"),
            ("We have learned hard lessons from", "Hana Novaková"),
            ("This is unlikely to be an", "Kwame Asante-Mensah"),
            ("We would urge the regulator to", "Kwame Asante-Mensah"),
            ("keep the matter under review", "Energy and Water Standards Authority"),
        ],
    ),
    # 6 -- press-release charity: food bank report; "the report states", chief executive partial + full, banner (no speaker), coordinator, anonymous mother (None), government department partial + spokesperson
    (
'''A national network of food banks has reported its busiest year on record, distributing 2.7 million emergency food parcels in the twelve months to March, an increase of 21 per cent on the previous year.

Harvest Table Network, which supports more than 1,100 food banks, published the figures on Wednesday in its annual report. The report found that almost a third of parcels went to households in which at least one adult was in work.

“The idea that food bank use is confined to people who are out of work is simply no longer true,” the report states. “Low pay, insecure hours and rising housing costs are pushing working families through our doors in numbers we have never seen before.”

The charity’s chief executive, Siobhán Ní Bhriain, said volunteers were “exhausted and stretched to breaking point” after a winter in which some centres had run out of stock. “Our volunteers are extraordinary people, but they should not have to be the last line of defence against hunger,” she said.

Ní Bhriain called on the government to raise the basic rate of working-age benefits in line with the cost of essentials. “That single change would do more to reduce the need for food banks than anything we could do ourselves,” she said.

At the Eastgate Food Bank in Corrington, where a hand-painted banner above the door reads “Nobody leaves here hungry”, coordinator Marcus Oyelowo said the number of families visiting each week had doubled since 2021.

“We used to see the same faces, people we got to know,” he said. “Now every week there are new people, and a lot of them are embarrassed to be here. We tell them there is no need.”

One mother of two, who asked not to be named, said she had started using the food bank after her hours at a supermarket were cut. “I never thought I’d be in this position,” she said.

The Department for Work and Family Support said the government had “provided unprecedented support with the cost of living”, including direct payments to low-income households. “We are committed to tackling poverty, and the best route out of it is through work,” a department spokesperson said.

Harvest Table Network said it would publish a more detailed breakdown of its figures by region in the autumn.''',
        [
            ("The idea that food bank use", "Harvest Table Network"),
            ("Low pay, insecure hours and rising", "Harvest Table Network"),
            ("exhausted and stretched to breaking point", "Siobhán Ní Bhriain"),
            ("Our volunteers are extraordinary people, but", "Siobhán Ní Bhriain"),
            ("That single change would do more", "Siobhán Ní Bhriain"),
            ("Nobody leaves here hungry", None),
            ("We used to see the same", "Marcus Oyelowo"),
            ("Now every week there are new", "Marcus Oyelowo"),
            ("I never thought I’d be in", None),
            ("provided unprecedented support with the cost", "Department for Work and Family Support"),
            ("We are committed to tackling poverty,", "Department for Work and Family Support"),
        ],
    ),
    # 7 -- press-release sport: rugby captain retires; Instagram post then multi-paragraph quote, club statement, director of rugby, players' body chief with follow-on paragraph quote, banner (no speaker)
    (
'''Thornbury Falcons captain Sione Vaka'uta has announced his retirement from professional rugby with immediate effect, citing medical advice following a series of concussions.

The 32-year-old back-rower, who made 187 appearances for the Premiership club and won 24 caps for Tonga, announced the decision in a post on his Instagram account on Sunday evening.

"This is not the way I wanted it to end, but I have to listen to the doctors and to my family," Vaka'uta wrote.

"Rugby has given me everything. It brought me from Nuku'alofa to the other side of the world, it gave me a second family at Thornbury, and it gave me memories that nobody can take away.

"To the fans who sang my name every week: malo 'aupito. Thank you from the bottom of my heart."

In a statement, the club said: "Sione has been the heartbeat of this team for eight seasons. He leads by example in everything he does, on and off the field, and his decision, while heartbreaking for all of us, is absolutely the right one. The club will support him in every way we can."

Vaka'uta suffered his most recent concussion in a league match against Ashby Town in September and has not played since. The club said he had been assessed by an independent neurologist, whose advice was that he should not return to contact sport.

Director of rugby Rhys ap Gwilym said Vaka'uta would be offered a coaching role with the club's academy. "He is the best professional I have worked with," ap Gwilym said. "The young players here could not have a better example, and we would love him to stay involved."

The Rugby Players' Collective, which represents professional players, said the case underlined the importance of its campaign for longer stand-down periods after head injuries. "Every player who retires early because of concussion is a reminder of how much work remains," chief executive Adaeze Nwankwo-Bell said.

"We will keep pushing until the game is as safe as it can possibly be."

Supporters paid tribute on social media, and a banner reading "Once a Falcon, always a Falcon" was hung from the gates of the club's Meadow Lane ground on Monday morning.

The club said Vaka'uta would be presented to the crowd before Saturday's home match against Penrose.''',
        [
            ("This is not the way I", "Sione Vaka'uta"),
            ("Rugby has given me everything. It", "Sione Vaka'uta"),
            ("Sione has been the heartbeat of", "Thornbury Falcons"),
            ("He is the best professional I", "Rhys ap Gwilym"),
            ("The young players here could not", "Rhys ap Gwilym"),
            ("Every player who retires early because", "Adaeze Nwankwo-Bell"),
            ("We will keep pushing until the", "Adaeze Nwankwo-Bell"),
            ("Once a Falcon, always a Falcon", None),
        ],
    ),
    # 8 -- press-release business: factory closure; company statement split, COO, union officer partial then "she said", mayor with "the mayor said", worker quote split
    (
'''Car parts manufacturer Rostrand Automotive is to close its factory in Wexley, putting 640 jobs at risk, the company announced on Tuesday.

The plant, which makes brake and suspension components for several European carmakers, will stop production by the end of next year. Rostrand said the work would be moved to existing sites in Poland and Morocco.

“This was an extremely difficult decision, and it is in no way a reflection on the dedication or skill of our Wexley workforce,” the company said in a statement. “Changes in demand across the industry, together with high energy costs, mean that the site is no longer viable in the long term.”

Rostrand’s chief operating officer, Johannes Vermeulen, said the company would begin a 90-day consultation with staff and unions. “We will do everything we can to support our people through this period, including redeployment where possible and help to find new work,” he said.

Workers were told of the decision at a series of meetings on Tuesday morning. Chen Xiaoling, regional officer for the union Unite Industrial, said the news had come “completely out of the blue”.

“Only last spring the company told us Wexley had a bright future,” she said. “Our members have given years of their lives to this plant, and they deserve better than a PowerPoint presentation and a closed door.”

The union said it would fight the closure and would put forward alternative proposals during the consultation.

Wexley’s mayor, Fatima Zahra El-Amrani, said the town council had not been warned. “This is a hammer blow for Wexley,” the mayor said. “Rostrand is the biggest private employer in the town, and the effect on local businesses and families will be enormous.”

She said she had written to the company asking for an urgent meeting, and had asked the regional development agency to set up a taskforce.

Outside the factory gates, machine operator Dariusz Kowalczyk, who has worked at the plant for 19 years, said colleagues were in shock. “Half the people in there have a mortgage and kids,” he said. “Where are we supposed to go? There is nothing else like this round here.”

Shares in Rostrand rose 2.4 per cent in Frankfurt following the announcement.''',
        [
            ("This was an extremely difficult decision,", "Rostrand Automotive"),
            ("Changes in demand across the industry,", "Rostrand Automotive"),
            ("We will do everything we can", "Johannes Vermeulen"),
            ("completely out of the blue", "Chen Xiaoling"),
            ("Only last spring the company told", "Chen Xiaoling"),
            ("Our members have given years of", "Chen Xiaoling"),
            ("This is a hammer blow for", "Fatima Zahra El-Amrani"),
            ("Rostrand is the biggest private employer", "Fatima Zahra El-Amrani"),
            ("Half the people in there have", "Dariusz Kowalczyk"),
            ("Where are we supposed to go?", "Dariusz Kowalczyk"),
        ],
    ),
    # 9 -- press-release court: housing judgment; "the ruling states", partial from judge, residents' chair said-after, KC barrister, council spokesperson, councillor told radio
    (
'''A High Court judge has ruled that Dunmere City Council acted unlawfully when it approved the demolition of the Ashgrove estate without properly consulting its residents.

Mrs Justice Olufunmilayo Adeyemi-Holt quashed the council's decision, made in February last year, to demolish the estate's 412 homes and replace them with a mixed development of private and social housing.

In her written judgment, handed down on Thursday, the judge found that the consultation had been "fundamentally flawed from the outset". The ruling states: "Residents were presented with a single option and were told, in effect, that the decision had already been taken. That is not consultation in any meaningful sense of the word."

The case was brought by the Ashgrove Residents' Association, which has campaigned against the scheme since it was first announced in 2021.

"We have said from the very beginning that nobody listened to us, and today a judge agreed," said the association's chair, Lorraine McAllister-Boateng, speaking outside the Royal Courts of Justice. "These are people's homes. Some families have lived on Ashgrove for three generations."

The association's barrister, Anand Krishnaswamy KC, said the ruling would be studied by councils across the country. "The judgment makes clear that consultation cannot be a box-ticking exercise," he said. "Public bodies have to genuinely consider what they are told before they make up their minds."

Dunmere City Council said it was disappointed by the decision and was considering whether to appeal.

"The council remains committed to providing high-quality, affordable homes for the people of Dunmere, and the Ashgrove redevelopment is central to that," a council spokesperson said. "We will study the judgment carefully before deciding on our next steps."

The council's cabinet member for housing, Councillor Tomasz Wiśniewski, said that many Ashgrove homes suffered from damp and structural problems. Speaking to BBC Radio Dunmere, he said: "Doing nothing is not an option. Whatever happens next, these homes cannot be left as they are."

The judge ordered the council to pay the association's legal costs. The council now has 21 days to seek permission to appeal.''',
        [
            ("fundamentally flawed from the outset", "Olufunmilayo Adeyemi-Holt"),
            ("Residents were presented with a single", "Olufunmilayo Adeyemi-Holt"),
            ("We have said from the very", "Lorraine McAllister-Boateng"),
            ("These are people's homes. Some families", "Lorraine McAllister-Boateng"),
            ("The judgment makes clear that consultation", "Anand Krishnaswamy"),
            ("Public bodies have to genuinely consider", "Anand Krishnaswamy"),
            ("The council remains committed to providing", "Dunmere City Council"),
            ("We will study the judgment carefully", "Dunmere City Council"),
            ("Doing nothing is not an option.", "Tomasz Wiśniewski"),
        ],
    ),
    # 10 -- press-release zoo charity: snow leopard cubs; charity social-media post, head keeper, partial then next-paragraph "he said", visitor
    (
'''Two snow leopard cubs have been born at Glenmorra Wildlife Park, the first of the endangered species to be bred at the park in more than 20 years.

The cubs, whose sex has not yet been determined, were born on 14 May to eight-year-old mother Shanti and father Altan, who arrived from a zoo in Tallinn in 2021. The park, which is run by the conservation charity the Northern Zoological Society, announced the births on Monday after keepers were satisfied the cubs were feeding well.

“We are absolutely thrilled,” the society said in a post on its social media accounts, alongside a short video of the cubs suckling. “Shanti is proving to be a brilliant first-time mum. Please bear with us while we give the family some peace and quiet!”

Head keeper Isla Mackintosh said staff had been monitoring the den through a remote camera around the clock. “For the first few days you hardly dare breathe,” she said. “First-time mothers can sometimes reject their cubs, so every hour that passes is a relief. Shanti has been doing everything right.”

Mackintosh said it would be several weeks before the cubs were allowed outdoors. Visitors will be able to watch a live feed from the den in the park’s visitor centre.

Snow leopards are classified as vulnerable, with an estimated 4,000 to 6,500 remaining in the wild across the mountains of Central Asia. The cubs are part of a European breeding programme intended to maintain a genetically healthy population in zoos.

The society’s director of conservation, Dr Rafael Quispe Mamani, said such programmes were “an insurance policy against extinction”.

“The real work to protect snow leopards has to happen in their natural range, with local communities,” he said. “But zoos have a role to play, both as a genetic safety net and in helping people fall in love with a species they will probably never see in the wild.”

Quispe Mamani said the society contributed funding to a herder compensation scheme in Kyrgyzstan, which pays families who lose livestock to snow leopards so that they do not kill the cats in retaliation.

News of the births drew a large response online. Among the visitors at the park on Monday was Hannah Oduya, from Inverness, who had travelled with her two sons in the hope of a glimpse. “We didn’t get to see them, but the boys loved watching the video,” she said. “We’ll definitely be back in the summer.”

The park said names for the cubs would be chosen in a public vote later this year.''',
        [
            ("We are absolutely thrilled", "Northern Zoological Society"),
            ("Shanti is proving to be a", "Northern Zoological Society"),
            ("For the first few days you", "Isla Mackintosh"),
            ("First-time mothers can sometimes reject their", "Isla Mackintosh"),
            ("an insurance policy against extinction", "Rafael Quispe Mamani"),
            ("The real work to protect snow", "Rafael Quispe Mamani"),
            ("But zoos have a role to", "Rafael Quispe Mamani"),
            ("We didn’t get to see them,", "Hannah Oduya"),
            ("We’ll definitely be back in the", "Hannah Oduya"),
        ],
    ),
    # 11 -- press-release aviation: investigation board report; "the report found"/"the report states", chief inspector, airline statement, union president said after, passenger
    (
'''Fatigue and a faulty runway warning system contributed to an incident in which a passenger jet landed on a closed runway at Porto Veneto airport last year, investigators have concluded.

The Air Accidents Investigation Board (AAIB) published its final report on Tuesday into the incident, which occurred on the night of 9 November when an Aerolíneas Costa Azul Airbus A320 carrying 162 passengers and six crew touched down on runway 17, which had been closed for maintenance. Nobody was injured, although the aircraft passed within 300 metres of a parked maintenance vehicle.

The report found that the captain and first officer had been on duty for almost thirteen hours, and that both had "experienced significant fatigue which degraded their situational awareness during the approach".

It also identified a fault in a ground-based warning system which should have alerted the crew that the runway was closed. "Had the system functioned as designed, it is highly likely that the crew would have identified the error and conducted a go-around," the report states.

The board's chief inspector, Dr Magdalena Ostrowska-Klein, said the incident had come closer to disaster than many people realised. "This was a serious incident with the potential for a catastrophic outcome," she said at a press conference. "The barriers that are meant to prevent this kind of event failed one after another, and in the end it came down to luck."

The report makes eleven safety recommendations, including a call for the national aviation regulator to review flight-time limits for overnight duties.

In a statement, Aerolíneas Costa Azul said: "The safety of our passengers and crew is our highest priority. We co-operated fully with the investigation and have already implemented changes to our rostering system and crew training programmes in response to its findings."

The pilots' union SIPAC said the report vindicated its long-standing concerns. "We have warned for years that rosters at this airline are pushing pilots to their limits," union president Jorge Luis Abreu Santana said. "Today's report confirms what our members have been saying."

Airport operator Veneto Aeroporti said the faulty warning system had been repaired and that a second, independent system had been installed.

Passenger Elif Demirtaş, who was travelling with her mother, said she had only learned how serious the incident was when she read the report. "At the time it felt like a completely normal landing," she said. "It is frightening to think about now."''',
        [
            ("experienced significant fatigue which degraded their", "Air Accidents Investigation Board"),
            ("Had the system functioned as designed,", "Air Accidents Investigation Board"),
            ("This was a serious incident with", "Magdalena Ostrowska-Klein"),
            ("The barriers that are meant to", "Magdalena Ostrowska-Klein"),
            ("The safety of our passengers and", "Aerolíneas Costa Azul"),
            ("We have warned for years that", "Jorge Luis Abreu Santana"),
            ("Today's report confirms what our members", "Jorge Luis Abreu Santana"),
            ("At the time it felt like", "Elif Demirtaş"),
            ("It is frightening to think about", "Elif Demirtaş"),
        ],
    ),
    # 12 -- press-release hospital: fetal surgery first; hospital press release split, surgeon pronoun-only cue after naming, parents (first-name cue, "Her husband added"), charity chief named after quote in statement
    (
'''Surgeons at St Brigid’s Children’s Hospital in Carrowmore have carried out the country’s first operation to repair spina bifida in a baby while still in the womb, the hospital announced on Friday.

The procedure was performed in March on a baby at 25 weeks’ gestation. The baby, a girl named Niamh, was born by caesarean section at 36 weeks last month and is said to be doing well.

“This is a landmark moment for fetal medicine in this country,” the hospital said in a press release. “Until now, families whose babies were diagnosed with spina bifida and who were eligible for fetal surgery have had to travel abroad for treatment, often at great personal and financial cost.”

Spina bifida occurs when the spine and spinal cord do not develop properly in the womb, leaving a gap in the spine. Research has shown that closing the opening before birth can reduce the need for a shunt to drain fluid from the brain and improve the chances that a child will walk independently.

The operation was led by Professor Matteo Ferraro-Lindqvist, a consultant fetal surgeon who joined the hospital from Stockholm in 2022, and involved a team of 23 staff.

“It is a very delicate procedure,” he said. “We open the uterus, repair the defect in the baby’s back and then close everything again, and the pregnancy continues. Every member of the team has to be at the top of their game.”

Niamh’s parents, Aoife and Declan Ó Súilleabháin, from County Lennon, said they had been devastated when the condition was picked up at their 20-week scan.

“We were told about the surgery and that it might be possible to have it here, and it felt like someone had thrown us a lifeline,” Aoife said. “She is kicking her legs and feeding like a champion. We can’t thank the team enough.”

Her husband added: “We know there is a long road ahead, but we are so grateful that we could stay close to home and to our families.”

The hospital said it expected to carry out between six and ten such operations each year.

The national spina bifida charity, Shine Together, welcomed the development. “For years families have told us about the strain of travelling overseas at the most stressful time of their lives,” chief executive Orla Fitzgerald-Nyambura said in a statement. “This will make an enormous difference.”''',
        [
            ("This is a landmark moment for", "St Brigid’s Children’s Hospital"),
            ("Until now, families whose babies were", "St Brigid’s Children’s Hospital"),
            ("It is a very delicate procedure,", "Matteo Ferraro-Lindqvist"),
            ("We open the uterus, repair the", "Matteo Ferraro-Lindqvist"),
            ("We were told about the surgery", "Aoife Ó Súilleabháin"),
            ("She is kicking her legs and", "Aoife Ó Súilleabháin"),
            ("We know there is a long", "Declan Ó Súilleabháin"),
            ("For years families have told us", "Orla Fitzgerald-Nyambura"),
            ("This will make an enormous difference.", "Orla Fitzgerald-Nyambura"),
        ],
    ),
    # 13 -- press-release sport integrity: doping ban; "the decision states", partial from tribunal, athlete social-media statement, lawyer with middle initial, commission official, federation partial + president
    (
'''Sprinter Shanique R. Campbell-Whyte has been banned from competition for four years after testing positive for a prohibited steroid, the Athletics Integrity Commission announced on Wednesday.

The 27-year-old, who won 200 metres silver at last year's Continental Championships, returned an adverse finding for the anabolic agent trenbolone in an out-of-competition test in Kingston in February. Her ban is backdated to 3 April, when she was provisionally suspended.

In its decision, the commission's disciplinary tribunal rejected Campbell-Whyte's argument that the substance had entered her system through contaminated meat. "The athlete has not established, on the balance of probability, how the prohibited substance came to be present in her sample," the decision states. "The tribunal therefore cannot find that the violation was not intentional."

The tribunal noted that Campbell-Whyte had co-operated with the investigation throughout and described her evidence as "sincere but ultimately unsupported by the scientific material".

Campbell-Whyte responded in a statement posted on her social media accounts. "I have never knowingly taken a banned substance in my life," she wrote. "I am heartbroken by this decision, and I will be appealing to the Court of Arbitration for Sport. I ask everyone who has supported me to keep believing."

Her lawyer, Marcus D. Feldman, said the tribunal had set "an impossible standard of proof" for athletes to meet. "The levels found in Shanique's sample were tiny, entirely consistent with contamination," he told reporters. "Athletes cannot be expected to trace the history of every meal they eat."

The commission's head of operations, Ingrid Solberg-Haugen, said the case had been handled in line with the rules. "Our job is to apply the anti-doping code fairly and consistently to every athlete, whoever they are," she said.

The National Athletics Association said it was "saddened and deeply disappointed" by the ruling. Its president, Everton Lindo, said: "Shanique has been a wonderful ambassador for our sport, and this is a sad day. We respect the process, and we will respect the outcome of any appeal."

Campbell-Whyte's results since February have been annulled, meaning she will be stripped of the national 200m title she won in June.''',
        [
            ("The athlete has not established, on", "Athletics Integrity Commission"),
            ("The tribunal therefore cannot find that", "Athletics Integrity Commission"),
            ("sincere but ultimately unsupported by the", "Athletics Integrity Commission"),
            ("I have never knowingly taken a", "Shanique R. Campbell-Whyte"),
            ("I am heartbroken by this decision,", "Shanique R. Campbell-Whyte"),
            ("an impossible standard of proof", "Marcus D. Feldman"),
            ("The levels found in Shanique's sample", "Marcus D. Feldman"),
            ("Athletes cannot be expected to trace", "Marcus D. Feldman"),
            ("Our job is to apply the", "Ingrid Solberg-Haugen"),
            ("saddened and deeply disappointed", "National Athletics Association"),
            ("Shanique has been a wonderful ambassador", "Everton Lindo"),
        ],
    ),
    # 14 -- press-release food safety: formula recall; agency recall notice split, company multi-paragraph statement, managing director video, paediatrician "according to", anonymous father's post (None)
    (
'''Baby food manufacturer Little Meadow Nutrition has recalled three batches of infant formula after tests found possible contamination with the bacterium Cronobacter sakazakii, the Food Safety Agency said on Saturday.

The recall affects 800g tins of Little Meadow Stage 1 First Milk with best-before dates between 12 and 19 August next year. The agency said the product had been sold in supermarkets and pharmacies across the country as well as online.

“Parents and carers should not use the affected product,” the agency said in a recall notice. “If you have already fed this formula to your baby and have concerns about their health, please contact your GP or call the health advice line.”

The company said the problem had been identified during its own routine testing at its plant in Hollins Cross. In a statement, it said: “We have taken this precautionary action because the safety of the babies who rely on our products is our absolute priority. We are working closely with the Food Safety Agency to understand how this happened.

“Customers can return the affected tins to any retailer for a full refund, with or without a receipt.”

Little Meadow’s managing director, Sunita Venkataraman, apologised to parents in a video posted on the company’s website. “I am a mother myself, and I know how worrying this will be,” she said. “I’m truly sorry for the worry.”

The agency said there had been no reports of illness linked to the affected batches.

Cronobacter infections are rare but can be serious in very young babies, according to Dr Oluwaseun Bamgbose-Hart, a consultant paediatrician at Ravensdale General Hospital. “For the overwhelming majority of babies, exposure will not cause any illness at all,” she said. “But in newborns, particularly those born prematurely, it can occasionally cause meningitis, which is why a recall like this is the right thing to do.”

She advised parents to make up formula with water that had been boiled and left to cool for no more than 30 minutes.

Some parents expressed frustration on social media that the recall had been announced on a weekend. “Went to three shops today and two still had it on the shelves,” one father wrote on X. “Not good enough, Little Meadow.”

The agency said it had asked retailers to remove the product immediately and would carry out checks.''',
        [
            ("Parents and carers should not use", "Food Safety Agency"),
            ("If you have already fed this", "Food Safety Agency"),
            ("We have taken this precautionary action", "Little Meadow Nutrition"),
            ("I am a mother myself, and", "Sunita Venkataraman"),
            ("I’m truly sorry for the worry", "Sunita Venkataraman"),
            ("For the overwhelming majority of babies,", "Oluwaseun Bamgbose-Hart"),
            ("But in newborns, particularly those born", "Oluwaseun Bamgbose-Hart"),
            ("Went to three shops today and", None),
            ("Not good enough, Little Meadow.", None),
        ],
    ),
    # 15 -- press-release university: job cuts; message to staff partial + split, vice-chancellor, union president partial then next-paragraph "he said", open letter from campaign group, students' union president, spokesperson partial
    (
'''The University of Wrenfield plans to cut up to 280 jobs and close its departments of music and modern languages in an effort to save £32 million a year, the university confirmed on Monday.

In a message to staff, the university said it faced "the most serious financial challenge in its 120-year history", blaming a fall in international student recruitment, rising costs and a tuition fee for domestic students which has been frozen for almost a decade.

"We have looked at every possible alternative before reaching this point," the message said. "These proposals are painful, and we do not underestimate the impact they will have on colleagues and on students. But without significant change, the university will not be financially sustainable."

The vice-chancellor, Professor Dame Helen Achterberg, said students currently enrolled on affected courses would be able to complete their degrees. "No student will have their studies cut short. That is a commitment," she said.

The proposals were condemned by the local branch of the University and College Union. Its president, Dr Tariq Mahmood Qureshi, described them as "an act of cultural vandalism".

"Wrenfield's music department has trained generations of teachers, performers and composers," he said. "Management are asking staff to pay the price for years of poor financial decisions, including a £90 million building programme that nobody asked for."

The union said it would ballot members for industrial action.

An open letter signed by more than 600 academics from universities around the world and organised by the campaign group Save Wrenfield Languages was sent to the university's governing council on Monday evening. "Closing a modern languages department at a time when the country needs more linguists, not fewer, is short-sighted in the extreme," the letter said. "We urge the council to think again."

Students' union president Chloé Baptiste-Moreau said many students had learned about the plans from social media before receiving any message from the university. "People are scared and angry," she said. "Some first-years are asking whether it is even worth staying."

Asked about the building programme, a university spokesperson said the projects had been "funded largely through borrowing agreed when the financial outlook was very different".

A consultation on the proposals will run until the end of March.''',
        [
            ("the most serious financial challenge in", "University of Wrenfield"),
            ("We have looked at every possible", "University of Wrenfield"),
            ("These proposals are painful, and we", "University of Wrenfield"),
            ("No student will have their studies", "Helen Achterberg"),
            ("an act of cultural vandalism", "Tariq Mahmood Qureshi"),
            ("Wrenfield's music department has trained generations", "Tariq Mahmood Qureshi"),
            ("Management are asking staff to pay", "Tariq Mahmood Qureshi"),
            ("Closing a modern languages department at", "Save Wrenfield Languages"),
            ("We urge the council to think", "Save Wrenfield Languages"),
            ("People are scared and angry,", "Chloé Baptiste-Moreau"),
            ("Some first-years are asking whether it", "Chloé Baptiste-Moreau"),
            ("funded largely through borrowing agreed when", "University of Wrenfield"),
        ],
    ),
    # 16 -- press-release space business: lunar lander lost; flight director on livestream, company social-media post, CEO at press conference split, agency partial + statement split, instrument scientist
    (
'''Contact has been lost with the privately built lunar lander Kōtuku moments before it was due to touch down on the Moon, its operator Selene Dynamics said on Thursday.

The spacecraft, which launched in January, had been descending towards a site near the crater Aristarchus when telemetry stopped at an altitude of around 800 metres. Data received before the loss of signal showed the lander’s descent speed increasing sharply.

“We have to assume that we did not achieve a soft landing on the lunar surface,” flight director Marek Hollanders told viewers of the company’s livestream, as engineers in the control room sat in silence.

Hours later, the company posted on social media: “We’re not giving up on understanding what happened to Kōtuku. Our engineers are working through every bit of data. Thank you for the incredible support tonight.”

Chief executive Aroha Te Rangi-Whitmore said the mission had nonetheless achieved a great deal. “We built a spacecraft from scratch, flew it 384,000 kilometres and put it into orbit around the Moon,” she said at a press conference in Wellington. “Very few organisations on Earth have done that. Of course we are disappointed, but I am enormously proud of this team.”

She said a second lander, already under construction, would launch in 2026 as planned.

The mission carried seven scientific payloads, including a seismometer built by the Kaikōura Institute of Technology and a small rover designed by university students in Japan.

The Pacific Space Office, the government agency which contributed NZ$12 million to the mission, said in a statement that it “remains fully committed to working with Selene” on future missions. “Space exploration is hard, and setbacks are part of the process,” the statement said. “What matters is that we learn from them.”

Dr Sefo Tuilagi, who led the team that built the seismometer, said he was saddened but not surprised. “We all knew the odds,” he said. “Around half of all lunar landing attempts fail. The data we collected on the way there is still valuable, and the instrument worked perfectly right up to the end.”

Selene Dynamics said a preliminary report into the failure would be published within 60 days.''',
        [
            ("We have to assume that we", "Marek Hollanders"),
            ("We’re not giving up on understanding", "Selene Dynamics"),
            ("We built a spacecraft from scratch,", "Aroha Te Rangi-Whitmore"),
            ("Very few organisations on Earth have", "Aroha Te Rangi-Whitmore"),
            ("remains fully committed to working with Selene", "Pacific Space Office"),
            ("Space exploration is hard, and setbacks", "Pacific Space Office"),
            ("What matters is that we learn", "Pacific Space Office"),
            ("We all knew the odds,", "Sefo Tuilagi"),
            ("Around half of all lunar landing", "Sefo Tuilagi"),
        ],
    ),
    # 17 -- press-release charity rescue: mountain rescue; partial quote in lede with speaker named later, multi-paragraph Facebook post, team leader, rescued walker's message, police inspector named after quote, post "added"
    (
'''Two walkers have been rescued from a mountain in the Kelder Fells after becoming stranded in heavy snow overnight, in what their rescuers described as "one of the most challenging call-outs of the winter".

The pair, a man and a woman in their thirties from Leeds, had set out to climb Blackcombe Pike on Saturday morning but lost the path in deteriorating weather in the afternoon. They called for help at around 5.30pm.

Kelderdale Mountain Rescue Team, a volunteer-run charity, said 24 of its members had been involved in the search, which lasted more than nine hours. In a post on its Facebook page, the team said: "Conditions on the hill were brutal, with winds gusting over 60mph and visibility down to a few metres at times. Team members located the pair shortly after 2am, cold but uninjured, sheltering behind a wall below the summit ridge.

"They did the right thing by staying together, staying put and keeping their phone charged so we could locate them."

Team leader Gareth Llewelyn-Jones said the walkers had been well equipped but had underestimated how quickly conditions could change. "It was a bright, clear morning in the valley, and I think that gave a false impression," he said. "Up on the tops it was a completely different world by lunchtime."

Llewelyn-Jones urged anyone heading into the hills in winter to carry an ice axe and crampons and to know how to use them.

One of the rescued walkers, Anjali Deshpande-Ward, thanked the team in a message shared by the charity. "We honestly don't know what we would have done without them," she wrote. "They walked through the night in horrendous conditions for two people they had never met. We are so grateful, and we've learned a big lesson."

North Pennine Police, which co-ordinates mountain rescue call-outs in the area, said the incident was a reminder of the risks of winter walking. "Please check the mountain weather forecast before setting out, and be prepared to turn back," Inspector Rachel Ogunleye said.

The team, which receives no government funding, has dealt with 87 call-outs so far this year, its highest total since it was founded in 1964. It relies on donations to cover the cost of vehicles, equipment and training.

"Every single one of our members is a volunteer," the team's post added. "If you'd like to support us, our donations page is linked below."''',
        [
            ("one of the most challenging call-outs", "Kelderdale Mountain Rescue Team"),
            ("Conditions on the hill were brutal,", "Kelderdale Mountain Rescue Team"),
            ("It was a bright, clear morning", "Gareth Llewelyn-Jones"),
            ("Up on the tops it was", "Gareth Llewelyn-Jones"),
            ("We honestly don't know what we", "Anjali Deshpande-Ward"),
            ("They walked through the night in", "Anjali Deshpande-Ward"),
            ("Please check the mountain weather forecast", "Rachel Ogunleye"),
            ("Every single one of our members", "Kelderdale Mountain Rescue Team"),
            ("If you'd like to support us,", "Kelderdale Mountain Rescue Team"),
        ],
    ),
    # 18 -- press-release regulator: merger blocked; regulator split quote, final report partial, panel chair, acquiring firm partial + statement split, memo partial from CEO, farmers' body president named after quote
    (
'''The competition regulator has blocked the proposed £2.1 billion merger of supermarket chains Fairbrook and Kellerman’s, saying the deal would lead to higher prices for shoppers in hundreds of towns.

The Markets and Competition Commission (MCC) said on Tuesday that the combined company would have controlled more than 40 per cent of the grocery market in 212 local areas, mostly in the north of the country.

“Our investigation found that, in many communities, Fairbrook and Kellerman’s are each other’s closest competitor,” the regulator said. “Removing that competition would allow the merged business to raise prices, reduce the quality of its offer or cut back on opening hours, knowing that shoppers would have few alternatives.”

The commission said it had considered a proposal by the two companies to sell 150 stores to rivals, but concluded that this would not have resolved its concerns. Its final report describes the remedy package as “insufficient in scale and uncertain in effect”.

Dr Nkechi Eze-Lawson, who chaired the independent panel which examined the deal, said the decision would protect millions of households. “At a time when families are still feeling the effects of high food inflation, competition between supermarkets matters more than ever,” she said.

Fairbrook, which would have been the acquiring company, said it was “deeply disappointed by today’s decision” and was considering an appeal to the Competition Appeal Tribunal.

“We continue to believe that this merger would have created a stronger competitor to the discounters and to the largest supermarket groups, with lower prices for customers,” the firm said in a statement. “We do not accept the commission’s analysis of local markets, which in our view fails to reflect how people actually shop today.”

Kellerman’s chief executive, Bernhard Løvaas, told staff in an internal memo seen by this publication that the business had “a strong future as an independent company”, whatever the outcome of any appeal.

The decision was welcomed by the National Farmers’ Alliance, which had argued that a merged group would have too much power over suppliers. “This is good news for farmers and for consumers,” said the alliance’s president, Gwilym Pryce-Harding. “Fewer buyers means less choice and lower prices for producers, and the regulator has recognised that.”

Shares in Fairbrook fell 6 per cent in early trading following the announcement.''',
        [
            ("Our investigation found that, in many", "Markets and Competition Commission"),
            ("Removing that competition would allow the", "Markets and Competition Commission"),
            ("insufficient in scale and uncertain in", "Markets and Competition Commission"),
            ("At a time when families are", "Nkechi Eze-Lawson"),
            ("deeply disappointed by today’s decision", "Fairbrook"),
            ("We continue to believe that this", "Fairbrook"),
            ("We do not accept the commission’s", "Fairbrook"),
            ("a strong future as an independent", "Bernhard Løvaas"),
            ("This is good news for farmers", "Gwilym Pryce-Harding"),
            ("Fewer buyers means less choice and", "Gwilym Pryce-Harding"),
        ],
    ),
    # 19 -- press-release sport: racist abuse ban; multi-paragraph club statement, player's social-media post split, manager split + "the manager said", charity official named after quote, league partial
    (
'''Port Ellery City have banned a supporter for life after a player was racially abused during Saturday's match against Bramwell Athletic, the club confirmed on Monday.

The abuse was directed at Bramwell winger Emeka Chukwuemeka-Ross as he prepared to take a corner in the second half of the National League fixture at the Harbour Ground. The referee, Paul Strachan, briefly stopped the match after Chukwuemeka-Ross reported the incident.

In a statement, Port Ellery said: "Port Ellery City Football Club condemns in the strongest possible terms the abhorrent abuse aimed at Emeka Chukwuemeka-Ross on Saturday. The individual responsible has been identified with the help of fellow supporters and CCTV, and has been banned from all Port Ellery matches, home and away, for life.

"We would like to thank the supporters who immediately reported what they had heard to stewards. Racism has no place at this club, in this town or anywhere in football."

Eastshire Constabulary said a 46-year-old man from Port Ellery had been arrested on suspicion of a racially aggravated public order offence and released on bail pending further enquiries.

Chukwuemeka-Ross, 24, thanked both sets of supporters in a post on social media on Sunday. "I've had messages from so many Port Ellery fans saying sorry, and I want them to know I don't hold it against the club or the town," he wrote. "One person doesn't represent a whole crowd. But it has to stop."

Bramwell Athletic manager Keith Odhiambo said he had been proud of the way his player dealt with the situation. "He came straight to the bench, told us what had happened, and then he went back out and played brilliantly," Odhiambo said. "He shouldn't have to deal with it, none of them should, but he showed real courage."

Asked whether he had considered taking his team off the pitch, the manager said: "We spoke to Emeka and he wanted to carry on. If he had wanted to go off, we'd have gone off together."

Anti-discrimination charity Level Pitch said reports of abuse at matches had risen for the third consecutive season. "Clubs acting quickly, as Port Ellery have, sends an important message," said the charity's head of education, Nasreen Haddad. "But we also need the football authorities to make sure that bans follow people from club to club."

The National League said it would be "working closely with both clubs and the police" as the investigation continued.''',
        [
            ("Port Ellery City Football Club condemns", "Port Ellery City"),
            ("I've had messages from so many", "Emeka Chukwuemeka-Ross"),
            ("One person doesn't represent a whole", "Emeka Chukwuemeka-Ross"),
            ("He came straight to the bench,", "Keith Odhiambo"),
            ("He shouldn't have to deal with", "Keith Odhiambo"),
            ("We spoke to Emeka and he", "Keith Odhiambo"),
            ("Clubs acting quickly, as Port Ellery", "Nasreen Haddad"),
            ("But we also need the football", "Nasreen Haddad"),
            ("working closely with both clubs and", "National League"),
        ],
    ),
    # 20 -- press-release pharma: malaria vaccine results; company press release, chief medical officer split + partial, investigator partial then next-paragraph quotes, independent expert named after quote, partnership statement
    (
'''An experimental malaria vaccine reduced cases of the disease by 74 per cent in young children over two years, according to trial results released on Monday by its developer, Veridian Biotherapeutics.

The phase 3 trial enrolled 6,200 children aged between five months and three years at sites in Burkina Faso, Mali, Tanzania and Malawi. Children received three doses of the vaccine, known as VBX-17, followed by a booster a year later.

“These results exceed our expectations and represent a potentially important new tool in the fight against one of the world’s deadliest diseases,” the company said in a press release. According to the release, no serious safety concerns were identified.

Dr Halima Sawadogo-Traoré, Veridian’s chief medical officer, said the company would submit the data to regulators by the end of the year. “We are not going to stop at a scientific result,” she said. “Our goal is to get this vaccine to the children who need it as quickly and as affordably as possible.”

She said Veridian had committed to supplying the vaccine at a price “close to the cost of manufacture” in countries where malaria is endemic.

The trial’s principal investigator, Professor Jean-Baptiste Ouédraogo of the Centre for Tropical Health Research in Bobo-Dioulasso, described the results as “a very good day for African children”.

“In the villages where we work, almost every family has lost someone to malaria,” he said. “Mothers would ask us, when will the vaccine be available for everyone? For the first time, I feel that we can give them a real answer.”

The full results have not yet been published in a peer-reviewed journal, and independent scientists urged caution.

“The headline figure is very encouraging, but we need to see the detailed data, including how protection holds up after the booster wears off,” said Dr Thandiwe Mokoena-Smith, a vaccine researcher at the University of the Highveld who was not involved in the trial. “It is also crucial to know how it performs in areas with very high transmission.”

The International Malaria Partnership, a coalition of governments and charities, said it welcomed the results. “A second or third effective malaria vaccine would help to meet demand that currently far outstrips supply,” the partnership said in a statement.

Two malaria vaccines are currently recommended by the World Health Organization. Malaria killed an estimated 600,000 people in 2022, most of them children under five in sub-Saharan Africa.''',
        [
            ("These results exceed our expectations and", "Veridian Biotherapeutics"),
            ("We are not going to stop", "Halima Sawadogo-Traoré"),
            ("Our goal is to get this", "Halima Sawadogo-Traoré"),
            ("close to the cost of manufacture", "Halima Sawadogo-Traoré"),
            ("a very good day for African", "Jean-Baptiste Ouédraogo"),
            ("In the villages where we work,", "Jean-Baptiste Ouédraogo"),
            ("Mothers would ask us, when will", "Jean-Baptiste Ouédraogo"),
            ("The headline figure is very encouraging,", "Thandiwe Mokoena-Smith"),
            ("It is also crucial to know", "Thandiwe Mokoena-Smith"),
            ("A second or third effective malaria", "International Malaria Partnership"),
        ],
    ),
]

STORIES_Q = [
    # 1 -- campaign-trail roundup, primaries; split quotes, "the senator said", partial quote, social media post, spokeswoman for a named committee
    (
'''On the campaign trail: Delgado-Whitman rises in Iowa, Pruitt courts veterans, Lindqvist bows out

The following is the third in a weekly series of articles by Wikinews reporters covering the presidential primary season in the United States. This week: a late surge in Iowa, a veterans' forum in New Hampshire, a withdrawal in the Democratic race, and a warning from a pollster.

Former Colorado Governor and ex-Secretary of the Interior Elena Delgado-Whitman drew an overflow crowd of about 1,400 people to a high school gymnasium in Ames, Iowa on Saturday, days after a survey showed her in a statistical tie for first place in the Republican caucuses. "Six weeks ago they told me I was running fourth," Delgado-Whitman told the crowd. "Iowa doesn't read the memos they send out from Washington."

The former governor spent much of her 40-minute speech on water rights and farm credit, promising to "sit down with every rural co-op in this state" before caucus night. Her nearest rival, Texas Senator Raymond T. Pruitt, brushed off the new numbers during a stop in Council Bluffs. "Polls in January are weather reports," the senator said. "You don't plant your crops by them."

Pruitt, a retired Marine Corps colonel, flew to Manchester, New Hampshire the following day for a forum hosted by the advocacy group Veterans for Accountable Care. Asked about wait times at regional Veterans Affairs hospitals, he said: "I have sat in those waiting rooms myself. I am not guessing about this." The group's executive director, Lorraine Abernathy-Koch, said afterward she was "encouraged but not yet persuaded" by the senator's answers, adding that the organization would not endorse anyone in the primary.

In the Democratic race, Minnesota Representative Tobias Lindqvist announced on Thursday that he was suspending his campaign, citing difficulty raising money after a disappointing showing in the second debate. "We ran on ideas instead of money, and in the end the money noticed," Lindqvist wrote in a post on social media. He did not endorse any of the five remaining candidates. A spokeswoman for Lindqvist for America, the congressman's campaign committee, said he would "take a few weeks at home with his family" before deciding whether to back anyone.

Lindqvist's exit leaves Massachusetts Senator Corinne Abadi and former Labor Secretary Julian Osei-Mensah as the only Democrats polling consistently in double digits. Neither campaign commented on Thursday, though Abadi's supporters had been courting Lindqvist's small but loyal base of volunteers in the Twin Cities for several weeks.

Pollsters cautioned against reading too much into the Iowa numbers. Dr. Nadia Farouk-Hensley, who directs the survey research center at Cedar Valley University, said the Republican electorate in the state remained unusually fluid this close to the caucuses. "A lot of this support is soft; roughly one in three people who name a candidate tell us they could still change their minds before caucus night," said Farouk-Hensley.

She added that the weather on the night itself could matter as much as any late advertising. "If it is ten below zero in the northwest corner of the state," she said, "turnout there drops, and that part of the state has been very good to Senator Pruitt."

The Iowa caucuses are scheduled for January 19. The New Hampshire primary follows eight days later.''',
        [
            ("Six weeks ago they told me", "Elena Delgado-Whitman"),
            ("Iowa doesn't read the memos they", "Elena Delgado-Whitman"),
            ("sit down with every rural co-op", "Elena Delgado-Whitman"),
            ("Polls in January are weather reports", "Raymond T. Pruitt"),
            ("You don't plant your crops by", "Raymond T. Pruitt"),
            ("I have sat in those waiting", "Raymond T. Pruitt"),
            ("encouraged but not yet persuaded", "Lorraine Abernathy-Koch"),
            ("We ran on ideas instead of", "Tobias Lindqvist"),
            ("take a few weeks at home", "Lindqvist for America"),
            ("A lot of this support is", "Nadia Farouk-Hensley"),
            ("If it is ten below zero", "Nadia Farouk-Hensley"),
            ("turnout there drops, and that part", "Nadia Farouk-Hensley"),
        ],
    ),
    # 2 -- campaign-trail roundup, Ohio debate and Pennsylvania union; split quote around cue, party statement, "the Republican said", crowd chant (None), anonymous attendee (None)
    (
'''On the campaign trail: sparks fly in Ohio debate, building trades pick a side in Pennsylvania

This week's roundup covers the first televised debate in Ohio's open race for governor, a major union endorsement in Pennsylvania's Democratic Senate primary, and a noisy rally in Toledo.

Ohio Lieutenant Governor Marcus D. Hollingsworth and former Cincinnati Mayor Priya Raghunathan-Cole met in Columbus on Tuesday night for the first of three scheduled debates in the race to succeed term-limited Governor Dale Everly. The pair clashed repeatedly over property taxes and the state's school funding formula. "My opponent has a plan for every problem except how to pay for it," Hollingsworth said in his opening statement.

Raghunathan-Cole, a Democrat, replied that the lieutenant governor had "presided over eight years of broken promises" to rural school districts. "He wants to talk about arithmetic," she said. "Fine. Let's talk about the 41 districts that had to go to a four-day school week."

Asked by moderator Glenn Ostrowski of the Ohio Public Broadcasting Network whether he would sign a bill expanding the state's earned income tax credit, Hollingsworth paused before answering. "I would look at it seriously," the Republican said, "but I'm not going to promise to sign a bill I haven't read."

In a statement released minutes after the debate ended, the Ohio Republican Party declared Hollingsworth the winner, saying he had "shown the steady hand Ohioans expect from their governor." The state Democratic Party, for its part, sent its supporters a fundraising email within the hour. A snap poll of 600 debate watchers by the Buckeye Opinion Center found 46 percent thought Raghunathan-Cole had won and 41 percent favored Hollingsworth, a difference within the margin of error.

In Pennsylvania, the 180,000-member Keystone Building Trades Council endorsed Representative Angela Marisol Fuentes in the Democratic Senate primary on Wednesday, a setback for her main rival, state Treasurer Douglas Whitcombe, who had courted the council for months. Council president Frank Yablonski said the vote of the executive board had been unanimous. "Angela has walked our picket lines when it wasn't convenient for her, and that counts for something in this building," Yablonski told the Harrisburg Ledger.

Whitcombe, campaigning in Erie, said in a brief written statement that he respected the council's decision and would "keep earning votes one union hall at a time." Fuentes thanked the council at a news conference in Pittsburgh but did not take questions.

In Toledo on Friday, a rally for Hollingsworth's running mate, state Senator Karen Pohlman, was briefly interrupted when around 30 members of the environmental group Lake Erie Forward unfurled a banner about algae blooms at the back of the hall. Much of the crowd responded by chanting "Let her finish, let her finish" until security staff escorted the group outside.

The protest's organizer, Deshawn Pritchard, said the group had no quarrel with either party. "We are not here to heckle anybody; we are here because nobody on that stage has said the word algae once this entire campaign," said Pritchard, a 27-year-old graduate student at the University of Toledo.

Inside, the interruption did little to dampen the mood. "I came to hear about jobs, and I heard about jobs," said one attendee, a retired machinist from nearby Oregon, Ohio, who declined to give his name. Pohlman did not mention the protest in her remarks, which focused on manufacturing and the state's tax code.

The second gubernatorial debate is scheduled for October 4 in Dayton.''',
        [
            ("My opponent has a plan for", "Marcus D. Hollingsworth"),
            ("presided over eight years of broken", "Priya Raghunathan-Cole"),
            ("He wants to talk about arithmetic", "Priya Raghunathan-Cole"),
            ("Fine. Let's talk about the 41", "Priya Raghunathan-Cole"),
            ("I would look at it seriously", "Marcus D. Hollingsworth"),
            ("but I'm not going to promise", "Marcus D. Hollingsworth"),
            ("shown the steady hand Ohioans expect", "Ohio Republican Party"),
            ("Angela has walked our picket lines", "Frank Yablonski"),
            ("keep earning votes one union hall", "Douglas Whitcombe"),
            ("Let her finish, let her finish", None),
            ("We are not here to heckle", "Deshawn Pritchard"),
            ("I came to hear about jobs", None),
        ],
    ),
    # 3 -- campaign-trail roundup, general election; running mate, social-media post, campaign manager to TV network, multi-paragraph op-ed quote, quote before speaker is named, partial quote, anonymous voter (None)
    (
'''On the campaign trail: Whitfield picks Ibarra-Nakamura, the Greens make their pitch

The following is the latest in a series of articles by Wikinews reporters covering the United States presidential election. This week: a running mate is named in Arizona, the vice president's campaign responds, a former Senate leader scolds both parties, and the Green Party nominee goes on the road.

Republican presidential nominee Harlan B. Whitfield, a former Governor of Georgia and onetime U.S. Trade Representative, introduced Arizona Senator Consuelo Ibarra-Nakamura as his running mate before a crowd of several thousand at a fairground outside Phoenix on Monday. "She has never once asked which way the wind was blowing before she voted," Whitfield said. "In Washington, that makes her a rare bird."

Ibarra-Nakamura, 52, is in her second term in the Senate and previously served as a county prosecutor in Yuma. She spoke for about 20 minutes, at one point pausing to compose herself. "I did not grow up expecting to stand on a stage like this," the senator said. "My father picked lettuce thirty miles from where we are tonight."

Not everyone in the audience had made up their mind. "I like her, I really do, but I'm still deciding," said one woman, a schoolteacher from Mesa, as she waited for a shuttle bus after the event.

Vice President Adaeze Okafor-Lindgren, the Democratic nominee, responded within the hour on social media. "Congratulations to Senator Ibarra-Nakamura. Now let's have a real debate about the real cost of groceries," she wrote. Her campaign manager, Theo Vasquez-Brandt, told the Meridian News Network that the pick would not change the campaign's plans in Arizona, which it considers a battleground. "We are going to knock on doors in every county in that state, same as before," Vasquez-Brandt said.

Former Senate Majority Leader Walter Ashby-Grange, a Republican who retired from Congress a decade ago, criticized both tickets in an opinion piece published on Wednesday in the Lakeshore Tribune. He wrote:

"For forty years I have watched both parties promise to fix the deficit and then discover, once they hold office, that the deficit is somebody else's problem.

"This year is no different. Neither ticket has put forward a credible plan, and the voters know it. They are simply too polite, or too tired, to say so."

Ashby-Grange, who chaired the Senate Budget Committee for six years, did not say whom he intends to vote for. A spokesman for the Whitfield campaign declined to comment on the piece.

"We are not a protest vote. We are a choice." That was the message from Green Party nominee Dr. Ruth Emiko Saldana, who told about 600 supporters at a union hall in Madison, Wisconsin on Thursday that she expects to appear on the ballot in 44 states. The 71-year-old physician, who ran a rural clinic in northern Wisconsin for three decades, has been polling at around 2 percent nationally.

Saldana also took aim at the National Debate Commission, calling it "a private club with a public microphone" and urging it to lower the polling threshold that candidates must meet to take part in the autumn debates. The commission has said it will announce the participants in the first debate next month.

Whitfield and Ibarra-Nakamura are scheduled to campaign together in Nevada and Colorado next week, while Okafor-Lindgren is expected to spend three days in Pennsylvania.''',
        [
            ("She has never once asked which", "Harlan B. Whitfield"),
            ("In Washington, that makes her a", "Harlan B. Whitfield"),
            ("I did not grow up expecting", "Consuelo Ibarra-Nakamura"),
            ("My father picked lettuce thirty miles", "Consuelo Ibarra-Nakamura"),
            ("I like her, I really do", None),
            ("Congratulations to Senator Ibarra-Nakamura. Now let's have", "Adaeze Okafor-Lindgren"),
            ("We are going to knock on", "Theo Vasquez-Brandt"),
            ("For forty years I have watched", "Walter Ashby-Grange"),
            ("We are not a protest vote.", "Ruth Emiko Saldana"),
            ("a private club with a public", "Ruth Emiko Saldana"),
        ],
    ),
    # 4 -- campaign-trail roundup (curly quotes), Senate primary ad, county statement, town hall heckler (None), pronoun after intervening person, pollster partial quote
    (
'''On the campaign trail: ad wars in Georgia, a ballot misprint in Arizona, a tense town hall in Michigan

This week’s roundup looks at the Republican Senate primary in Georgia, a printing error that forced an Arizona county to reissue thousands of mail ballots, a heated town hall meeting in suburban Detroit, and a new poll from Nevada.

Businesswoman Lydia Van der Merwe, who founded the Atlanta-based logistics firm Peachline Freight, launched a $3 million television advertising campaign on Monday in her bid for the Republican nomination for the U.S. Senate. In the 30-second spot, Van der Merwe stands in an empty warehouse and tells viewers: “I built a company from a kitchen table. I can balance a budget in Washington.”

Her principal opponent, state Senator Kwame Asante-Brooks of Macon, called the ad “a very expensive biography with no plan in it.” Speaking to reporters outside a barbecue restaurant in Warner Robins, the three-term legislator noted that Van der Merwe had not voted in a Republican primary until two years ago. “I’m glad she’s joined us,” he said. “I just think the people of Georgia deserve to know where she’s been all this time.”

Van der Merwe fired back in a post on social media on Tuesday morning, writing that she had “been busy creating jobs, not attending fundraisers.” The primary is on May 19, and a runoff will be held in June if no candidate wins a majority.

In Arizona, the Saguaro County Elections Department said on Tuesday that roughly 11,000 mail ballots sent to voters in the county’s eastern precincts had been printed with the wrong state legislative district. “A limited number of ballots were produced with an incorrect district designation,” the department said in a statement. “Affected voters will receive a corrected ballot by mail within ten days.” Voters who have already returned the faulty ballot will be contacted individually, the department added.

County Recorder Hector J. Villaseñor said the error had been traced to a software update installed by an outside vendor, which he declined to name. “Nobody’s vote is going to be lost over this, because we caught it early,” Villaseñor told the Tucson Star-Courier.

At a town hall meeting in Southfield, Michigan on Wednesday evening, Representative Grace Oyelaran-Hughes was repeatedly interrupted by a man in the third row who accused her of neglecting the auto industry. “You’ve never set foot in a plant,” the man shouted. After several minutes the moderator, the Rev. Alvin Thorne of Greater Bethel Baptist Church, asked him to let others speak, and the congresswoman turned back to the room. “I have three plants in this district and I have been inside every one of them,” she said, to sustained applause.

Oyelaran-Hughes, a Democrat first elected four years ago, faces a rematch in November with the Republican she narrowly defeated last time, former state Representative Curtis Albrecht.

In Nevada, meanwhile, a new survey from the Reno-based firm Bellwether Polling found the presidential race within two percentage points. Bellwether’s founder, Stanton Meyers, described Nevada as “the quietest swing state in America,” noting that neither major campaign has yet opened a field office there. “Somebody is going to wake up in September and realize they have left it too late,” he said.

The survey of 812 likely voters was conducted over five days and has a margin of error of 3.4 percentage points.''',
        [
            ("I built a company from a", "Lydia Van der Merwe"),
            ("a very expensive biography with no", "Kwame Asante-Brooks"),
            ("I’m glad she’s joined us", "Kwame Asante-Brooks"),
            ("I just think the people of", "Kwame Asante-Brooks"),
            ("been busy creating jobs, not attending", "Lydia Van der Merwe"),
            ("A limited number of ballots were", "Saguaro County Elections Department"),
            ("Affected voters will receive a corrected", "Saguaro County Elections Department"),
            ("Nobody’s vote is going to be", "Hector J. Villaseñor"),
            ("You’ve never set foot in a", None),
            ("I have three plants in this", "Grace Oyelaran-Hughes"),
            ("the quietest swing state in America", "Stanton Meyers"),
            ("Somebody is going to wake up", "Stanton Meyers"),
        ],
    ),
    # 5 -- campaign-trail roundup, primary debate; several speakers in one paragraph, "the senator said" with another politician in between, partial quote, spin-room surrogate, party chair statement, sign (None), anonymous audience member (None)
    (
'''On the campaign trail: Democrats spar over health care in Las Vegas debate

The following is part of a weekly series by Wikinews reporters covering the race for the White House. This week's edition is devoted to the fourth Democratic primary debate, held on Wednesday at the Thomas Pavilion on the campus of the University of Southern Nevada.

Six candidates qualified for the debate: Massachusetts Senator Corinne Abadi, former Labor Secretary Julian Osei-Mensah, New Mexico Governor Rosalind Yazzie-Marquez, technology entrepreneur Devraj S. Kapoor, Oregon Representative Peter Lindahl and former Baltimore Mayor Constance Whitlow-Greer. It was the first debate in which Abadi, who has led most national polls since the summer, stood at the center of the stage.

The sharpest exchange came about forty minutes in, when moderator Lena Hauptmann of the Silver State News Service asked the candidates how they would pay for a public health insurance option. "You pay for it the way every other wealthy country pays for it," Abadi said. Osei-Mensah cut in: "With respect, Senator, every other wealthy country didn't start from where we are." Yazzie-Marquez, who had not spoken for several minutes, said the back-and-forth was "exactly why people in my state switch these debates off."

Abadi returned to the theme later in the evening, after Lindahl accused her of promising more than Congress would ever pass. "I am not going to apologize for thinking big," the senator said, drawing the loudest applause of the night.

Kapoor, who has never held elected office and is largely funding his own campaign, spent much of the debate arguing that his rivals were out of date. At one point he described their health plans as "twentieth-century answers to twenty-first-century problems," a line his campaign later printed on T-shirts and sold online.

Whitlow-Greer, who only narrowly met the polling threshold to appear, focused on housing and was rarely drawn into the health care fight.

In her closing statement, Yazzie-Marquez leaned on her executive experience. "I have balanced eight budgets in a row. Not one other person on this stage can say that," the governor said.

Afterward, in the so-called spin room, surrogates for each campaign made their case to reporters. Osei-Mensah's campaign chair, former Ohio Congresswoman Beatrice Lamont-Ferris, said: "Julian was the adult in the room tonight, and I think the voters saw it." Nevada State Democratic Party chair Ignacio Ruelas said in a statement that the event had drawn "the largest crowd we have ever hosted for a political event," and thanked the university for its help.

Outside the arena, a few dozen demonstrators held hand-lettered signs reading "Medicine is not a luxury item" while a brass band played. Las Vegas police reported no arrests.

Inside, not everyone was swayed. "I came in leaning Abadi and I'm leaving leaning Abadi," said one audience member, a blackjack dealer from Henderson who asked that her name not be used. "But the governor made me think."

The next debate will be held in Atlanta in four weeks. Candidates must reach 4 percent in at least three approved national polls to qualify, a bar that Lindahl and Whitlow-Greer have yet to clear.''',
        [
            ("You pay for it the way", "Corinne Abadi"),
            ("With respect, Senator, every other wealthy", "Julian Osei-Mensah"),
            ("exactly why people in my state", "Rosalind Yazzie-Marquez"),
            ("I am not going to apologize", "Corinne Abadi"),
            ("twentieth-century answers to twenty-first-century problems", "Devraj S. Kapoor"),
            ("I have balanced eight budgets in", "Rosalind Yazzie-Marquez"),
            ("Julian was the adult in the", "Beatrice Lamont-Ferris"),
            ("the largest crowd we have ever", "Ignacio Ruelas"),
            ("Medicine is not a luxury item", None),
            ("I came in leaning Abadi and", None),
            ("But the governor made me think.", None),
        ],
    ),
    # 6 -- campaign-trail roundup, fundraising; "the governor said", super PAC press release ("the group said"), "the senator said", partial quote, donor split quote, multi-paragraph testimony
    (
'''On the campaign trail: record hauls, a super PAC takes aim, and a watchdog sounds the alarm

The following is the latest in a series of articles by Wikinews reporters covering the campaign for the presidency. This week: quarterly fundraising reports, a new advertising blitz, and a report on outside spending.

South Dakota Governor Annika Rasmussen-Hale reported raising $41.2 million in the third quarter in filings made public on Tuesday by the Federal Election Commission, the largest sum of any Republican candidate. In a memo to supporters, her campaign manager, Collin Brandt, called the figure a record for any Republican in a non-election-year quarter and said the campaign now had more than 300,000 individual donors. Rasmussen-Hale herself played down the numbers at a diner stop in Sioux Falls the next morning. "Money doesn't vote. People do," the governor said.

Her closest rival, Florida Senator Luis Ángel Carrasquillo, raised $27.5 million over the same period. On Wednesday, the super PAC Forward Heartland Action, which is supporting Rasmussen-Hale, announced a $12 million television and digital advertising campaign against the senator in Iowa, New Hampshire and South Carolina. "Luis Carrasquillo has spent twelve years in Washington and has nothing to show for it but a nicer office," the group said in a press release.

Carrasquillo laughed off the attack during a rally in Orlando that evening. "I'd like to thank whoever is paying for those ads, because they just told the whole country who they're afraid of," the senator said. He later described Forward Heartland Action as "a billionaire's hobby with a bank account," and challenged Rasmussen-Hale to disavow it. The governor's campaign did not respond to a request for comment.

On the Democratic side, Oregon Governor Hana Takeda-Brill, who has refused donations from corporate political action committees, reported raising $18.9 million, with an average contribution of $31. "Every dollar we raised came from people, not from corporations," Takeda-Brill told supporters on a conference call on Tuesday night.

Among those donors is Marcy Dunleavy, a 64-year-old retired nurse from Eugene who said she had never before contributed to a political campaign. "I gave twenty-five dollars, which is more than I've ever given to a politician," Dunleavy said. "She seems like she means it."

A nonpartisan watchdog, the Campaign Integrity Project, warned on Thursday that spending by super PACs and other outside groups was running far ahead of previous cycles. In a report, the group said that spending by outside groups in the first nine months of this cycle had already exceeded the total for the entire primary season four years ago. Its president, Miriam Okonjo-Stiles, went further in testimony before the House Administration Committee the same day:

"We have built a system in which candidates are, in a very real sense, the junior partners in their own campaigns.

"The donors who write seven-figure checks to these groups are not anonymous to the candidates. They are only anonymous to the voters."

Representative Gil Ferreira, the committee's ranking Republican, questioned whether new disclosure rules would survive a court challenge, and no legislation is expected before the election.

The next round of filings, covering October through December, is due at the end of January, just days before the Iowa caucuses. Campaigns that fall short of expectations in that report have historically struggled to stay in the race past the first contests.''',
        [
            ("Money doesn't vote. People do", "Annika Rasmussen-Hale"),
            ("Luis Carrasquillo has spent twelve years", "Forward Heartland Action"),
            ("I'd like to thank whoever is", "Luis Ángel Carrasquillo"),
            ("a billionaire's hobby with a bank", "Luis Ángel Carrasquillo"),
            ("Every dollar we raised came from", "Hana Takeda-Brill"),
            ("I gave twenty-five dollars, which is", "Marcy Dunleavy"),
            ("She seems like she means it.", "Marcy Dunleavy"),
            ("We have built a system in", "Miriam Okonjo-Stiles"),
        ],
    ),
    # 7 -- campaign-trail roundup, youth vote; "said X, a 20-year-old", "the 19-year-old", pronoun "she said later" after another person quoted in between, quote before speaker named
    (
'''On the campaign trail: campus drives, door-knockers and a youth poll

The following is the latest in a weekly series of articles by Wikinews reporters covering the general election campaign in the United States. This week the series looks at how the two campaigns are chasing younger voters.

At Harmon State University in western Pennsylvania, the College Democrats chapter said it had registered more than 2,300 students to vote during an eleven-day drive that ended on Friday. "Every single one of those forms was filled out by a student, with a student, at a folding table in the rain," said Aaliyah Whitmore-Banks, a 20-year-old political science major who leads the chapter.

The campus chapter of the College Republicans registered about 400 students over the same period, according to its chair, Connor J. Makowski, who described his group as "outnumbered but certainly not outworked." The 19-year-old engineering student said the numbers did not worry him. "We don't need to win the campus," Makowski said. "We need to win the precinct next to it."

In Milwaukee, volunteers for Democratic nominee Franklin Adebayo-Ross, the former Governor of Illinois, have been knocking on doors on the city's north side six days a week. Field organizer Marisol Quintanilla, 26, said the campaign's volunteers had reached more than 90,000 households since June. Not every reception is warm. On Saturday, retired bus driver Gerald Fenske, 71, told a Wikinews reporter accompanying the volunteers that he had "had about enough of the knocking" and planned to put a sign on his door.

"Most people are polite, even when they disagree with you," she said later. "You thank them and you move on to the next porch."

Republican nominee Wendell P. Marsh, a former Governor of Tennessee, made his own pitch to young conservatives at the Liberty Youth Summit in Nashville on Thursday. "Your generation was promised that a college degree was a ticket to the middle class," Marsh told about 3,000 attendees at the city's convention center. "Then they handed you the bill." Marsh has proposed allowing graduates to deduct student loan payments from their federal income taxes, a plan his opponent's campaign has called too modest.

"Young voters are not apathetic. They are unconvinced." That was the verdict of Professor Samuel Achterberg, who directs the Institute for Civic Life at Lindell College, after the institute released its quarterly survey of Americans aged 18 to 29 on Monday. The poll found that 38 percent of respondents had not yet settled on a candidate, far more than among older voters, and that cost of living outranked every other issue by a wide margin.

Achterberg said both campaigns were making the same mistake. "They are talking to young people about young people's issues, as if a 24-year-old doesn't pay rent or buy groceries," he said. The survey of 1,650 adults was conducted online and by text message and has a margin of error of 2.9 percentage points.

Turnout among voters under 30 has risen in each of the last three federal elections, according to the institute, but still trails turnout among voters over 65 by more than twenty points. Registration deadlines in Pennsylvania and Wisconsin fall in the middle of next month, and both campaigns have said they will keep their campus operations running until then.''',
        [
            ("Every single one of those forms", "Aaliyah Whitmore-Banks"),
            ("outnumbered but certainly not outworked", "Connor J. Makowski"),
            ("We don't need to win the", "Connor J. Makowski"),
            ("We need to win the precinct", "Connor J. Makowski"),
            ("had about enough of the knocking", "Gerald Fenske"),
            ("Most people are polite, even when", "Marisol Quintanilla"),
            ("You thank them and you move", "Marisol Quintanilla"),
            ("Your generation was promised that a", "Wendell P. Marsh"),
            ("Then they handed you the bill.", "Wendell P. Marsh"),
            ("Young voters are not apathetic.", "Samuel Achterberg"),
            ("They are talking to young people", "Samuel Achterberg"),
        ],
    ),
    # 8 -- campaign-trail roundup, endorsements; newspaper editorial board, pronoun after laugh, split quote around cue, social-media reply, open letter from an organisation, unnamed spokesperson for named council, sheriff to newspaper
    (
'''On the campaign trail: endorsements pile up in Washington and Indiana

The following is the latest in a weekly series by Wikinews reporters following the midterm campaigns in the United States. This week's edition focuses on endorsements, both welcome and otherwise.

In Washington state, The Cascade Herald, the largest newspaper in the state's southwest, endorsed Democratic Senator Miriam Ostrowski-Tan for a third term on Sunday, breaking a run of six consecutive endorsements of Republican Senate candidates. "Senator Ostrowski-Tan is not a flawless candidate, but she is a serious one, and this is a serious moment," the paper's editorial board wrote. Asked about the editorial at a campaign stop in Tacoma, Ostrowski-Tan laughed. "I'll take serious any day," she said. "Flawless was never on the table."

Her Republican opponent, former Spokane County Commissioner Brent Hollis, said he had never expected the Herald to back him and pointed to endorsements he has received from several smaller papers east of the Cascades.

In Indiana, former Vice President Charles N. Okonkwo endorsed Governor Beverly Strand-Ickes in the state's Republican Senate primary on Tuesday, setting up a showdown with businessman Royce Delahunt, whom recent polls show narrowly ahead. "I have known Beverly for twenty years," Okonkwo said in a video posted online, "and I have never once seen her flinch when the job got hard."

Delahunt, who has spent more than $9 million of his own money on the race, was dismissive. "Endorsements are for people who need them," he wrote on social media shortly after the video was released.

A day later, 41 retired generals and admirals released an open letter through the Council of Retired Flag Officers criticizing remarks Delahunt made last month, in which he described spending on the Indiana National Guard as an area ripe for cuts. "We are deeply troubled by a candidate for the United States Senate who speaks of our Guardsmen as a line item," the letter said. A spokesperson for the council said the group had never before weighed in on a primary and would not endorse a candidate. "This is not about party, it is about respect," the spokesperson said.

Delahunt also lost a prominent supporter on Thursday. Fremont County Sheriff Dwayne Colquitt, who appeared in one of the businessman's television advertisements in March, withdrew his endorsement after Delahunt's comments about the Guard were widely reported. "I made a mistake, and I'm man enough to say so," Colquitt told the Fremont Sentinel. His office later asked the Delahunt campaign to stop airing the advertisement, which it did on Friday.

Strand-Ickes, who has been governor for six years, did not mention Delahunt by name at a rally in Fort Wayne on Saturday, but she thanked Okonkwo and the retired officers for what she called their service to the state. The two candidates are scheduled to debate on public television on May 1, six days before the primary.

In the Democratic primary for the same seat, former South Bend city councilwoman Lucinda Marwick is running unopposed after her only rival failed to submit enough valid signatures to qualify for the ballot.''',
        [
            ("Senator Ostrowski-Tan is not a flawless", "The Cascade Herald"),
            ("I'll take serious any day", "Miriam Ostrowski-Tan"),
            ("Flawless was never on the table.", "Miriam Ostrowski-Tan"),
            ("I have known Beverly for twenty", "Charles N. Okonkwo"),
            ("and I have never once seen", "Charles N. Okonkwo"),
            ("Endorsements are for people who need", "Royce Delahunt"),
            ("We are deeply troubled by a", "Council of Retired Flag Officers"),
            ("This is not about party, it", "Council of Retired Flag Officers"),
            ("I made a mistake, and I'm", "Dwayne Colquitt"),
        ],
    ),
    # 9 -- campaign-trail roundup (curly quotes), swing states; candidate by phone ("he told them"), anonymous supporter (None), police statement, police chief partial quote, split quote "the senator said", multi-paragraph speech, union president partial
    (
'''On the campaign trail: storms in Wisconsin, a scare in Allentown, and a union pitch in Reno

This week’s roundup follows the two presidential tickets through three battleground states in the final stretch of the campaign.

Former Defense Secretary Gordon H. Whitlock, the Republican nominee, was forced to cancel an outdoor rally in Eau Claire, Wisconsin on Saturday after the National Weather Service issued a severe thunderstorm warning for the area. A spokeswoman for the campaign, Kelsey Armitage, said the safety of supporters came first and that the event would be rescheduled as soon as possible. Whitlock addressed the several hundred people who had already gathered by telephone, his voice relayed over the fairground’s loudspeakers. “I promise you I’ll be back before the leaves turn,” he told them.

Many in the crowd took the news in stride. “It’s a shame, but you can’t argue with lightning,” said one supporter, a dairy farmer from nearby Chippewa Falls, as he folded up his lawn chair.

In Pennsylvania, a campaign event for the Democratic nominee, Colorado Senator Rafael Domínguez-Lowe, was delayed by nearly an hour on Sunday after a man was detained at a security checkpoint outside the expo hall at the Allentown Fairgrounds. “The individual was taken into custody without incident and at no time posed a threat to the candidate or the public,” the Allentown Police Department said in a statement. The man, whose name was not released, had been carrying a folding knife, according to police.

Police Chief Norma Castellano-Reid told reporters that officers and federal agents had “followed procedure exactly as it was written.” When Domínguez-Lowe finally took the stage, he began by thanking them. “Those officers stood out in the cold so the rest of us could have a nice afternoon,” the senator said, “and I think they deserve a round of applause.”

The senator went on to speak for about half an hour on prescription drug prices and manufacturing, two issues his campaign believes will decide the state. Polls in Pennsylvania have shown the race essentially tied since Labor Day.

Domínguez-Lowe’s running mate, Michigan Representative Yusuf Haddad, spent Monday in Reno, where he spoke to members of the Sierra Hospitality Workers Union at their hall near the downtown casinos. Haddad, the son of Lebanese immigrants who ran a bakery in Dearborn, told the crowd:

“My parents worked eighteen-hour days so I would never have to. I know exactly what a double shift does to a family.

“When we say we want to raise the wage, we are not talking about a number on a chart. We are talking about whether you get to see your kids before they go to bed.”

Union president Celia Mondragón-Voss said afterward that the union had not yet made a formal endorsement in the presidential race, but she described Haddad’s remarks as “the speech our members have been waiting to hear.” The union represents about 38,000 workers in northern Nevada and is widely regarded as the most effective get-out-the-vote operation in the state.

Whitlock’s campaign said on Monday that the Eau Claire rally had been rescheduled for the following Saturday, weather permitting. Both nominees are expected to spend most of the coming week in the Great Lakes states.''',
        [
            ("I promise you I’ll be back", "Gordon H. Whitlock"),
            ("It’s a shame, but you can’t", None),
            ("The individual was taken into custody", "Allentown Police Department"),
            ("followed procedure exactly as it was", "Norma Castellano-Reid"),
            ("Those officers stood out in the", "Rafael Domínguez-Lowe"),
            ("and I think they deserve a", "Rafael Domínguez-Lowe"),
            ("My parents worked eighteen-hour days so", "Yusuf Haddad"),
            ("the speech our members have been", "Celia Mondragón-Voss"),
        ],
    ),
    # 10 -- campaign-trail roundup, gaffe and apology; partial quote of recording, social-media apology split, rival to reporters, radio interview "the senator said", host partial quote, fact-checking organisation, named spokesman partial, anonymous donor (None)
    (
'''On the campaign trail: Kittredge apologizes for recorded remarks, fact-checkers weigh in

The following is the latest in a weekly series by Wikinews reporters covering the race for the Republican presidential nomination. This week: a leaked recording, an apology, and a closer look at one candidate's favorite statistic.

Montana Senator Dale R. Kittredge spent much of the week apologizing after a recording surfaced of remarks he made at a private fundraiser in Scottsdale, Arizona last month. In the recording, first published on Monday by the news website The Plainsman, Kittredge can be heard telling donors that some rural voters were "too stubborn to know what's good for them" when it came to federal broadband subsidies.

Kittredge apologized in a post on social media that evening. "I said something careless about people I have spent my whole life representing," he wrote. "They deserved better from me, and I am sorry."

His main rival for the nomination, former Nebraska Governor Evangeline Stroud-Maddox, was unimpressed. "He didn't misspeak. He told a room full of donors what he actually thinks," Stroud-Maddox told reporters at a grain elevator in Kearney on Tuesday.

Kittredge sought to change the subject on Wednesday in an interview with Bo Lassiter, host of the syndicated talk program The Morning Roundup, which is heard on more than 200 stations across the Mountain West and the Plains. "I grew up on a ranch forty miles from the nearest stoplight," the senator said. "Nobody has to explain rural America to me." Lassiter, a longtime supporter, told listeners that the controversy was "a lot of noise about nothing" and urged them to donate to the campaign.

Meanwhile, the nonpartisan fact-checking organization VeriCheck Project examined a claim Stroud-Maddox has repeated at several recent stops, that manufacturing employment in Nebraska grew by 20 percent while she was governor. "The figure is accurate only if one starts the count in the depths of the recession; measured across her full tenure, growth was closer to 6 percent," the organization wrote in its analysis, which rated the claim as mostly misleading.

A spokesman for Stroud-Maddox, Jared Winslow, said the former governor "stands by every number she has used" and accused the organization of cherry-picking its starting point. Stroud-Maddox repeated the 20 percent figure at a town hall in Grand Island the following evening, without qualification.

Privately, some Kittredge donors expressed concern that the recording would hurt the senator in Iowa, where he has invested heavily in rural outreach and has spent more days than any other candidate. "This is the kind of thing that sticks, because it sounds like what people already suspected," said one longtime contributor from Phoenix, who asked not to be named because he did not want to damage his relationship with the campaign.

A poll released on Friday by the Des Moines firm Prairie Metrics showed Kittredge's support among rural Iowa Republicans falling from 31 percent to 24 percent over the past month, though the survey was largely conducted before the recording became public. Stroud-Maddox held steady at 27 percent.

Both candidates will appear at a forum hosted by the Iowa Farm Bureau Alliance in Ames next Saturday, their first joint appearance since the recording was published.''',
        [
            ("too stubborn to know what's good", "Dale R. Kittredge"),
            ("I said something careless about people", "Dale R. Kittredge"),
            ("They deserved better from me, and", "Dale R. Kittredge"),
            ("He didn't misspeak. He told a", "Evangeline Stroud-Maddox"),
            ("I grew up on a ranch", "Dale R. Kittredge"),
            ("Nobody has to explain rural America", "Dale R. Kittredge"),
            ("a lot of noise about nothing", "Bo Lassiter"),
            ("The figure is accurate only if", "VeriCheck Project"),
            ("stands by every number she has", "Jared Winslow"),
            ("This is the kind of thing", None),
        ],
    ),
    # 11 -- campaign-trail roundup, third parties; court ruling ("the court wrote"), dissenting judge, partial quotes, split quote, T-shirt slogan (None), new-party founder, political scientist with partial quote
    (
'''On the campaign trail: court clears the way for Venkataraman-Price, Libertarians make their case

The following is the latest in a weekly series of articles by Wikinews reporters covering the U.S. presidential election. This week: a ballot-access ruling in Pennsylvania, the Libertarian nominee in New Hampshire, and a new third-party effort in the Mountain West.

The Commonwealth Court of Pennsylvania ruled on Tuesday that independent presidential candidate Sunita Venkataraman-Price may appear on the state's November ballot, rejecting a challenge brought by two voters with the backing of the state Democratic Party. The challengers had argued that more than 4,000 of the campaign's petition signatures were invalid. "The petitions submitted by the candidate substantially comply with the requirements of the Election Code, and the technical defects identified by the objectors do not warrant the drastic remedy of removal," the court wrote in a 3-2 decision.

In a dissent, Judge Harriet Olmsted wrote that the majority had "read the statute as a suggestion rather than a command."

Venkataraman-Price, a former technology executive who founded the online payments company Tallyline, called the ruling "a win for every voter who is tired of being told they have two choices." She is now on the ballot in 31 states and hopes to reach 45 by the end of the month. Pennsylvania Secretary of the Commonwealth Douglas Feeney said his office would begin printing ballots on Friday and was confident it could meet the state's mailing deadline for overseas and military voters. The state Democratic Party said it would not appeal.

Libertarian nominee Owen Falkenrath, a former Wyoming state legislator, campaigned in Keene, New Hampshire on Thursday, telling about 250 supporters in a downtown park that both major-party candidates would "spend your money like it was found on the sidewalk." Falkenrath, who is polling at about 4 percent nationally, has set himself the goal of reaching 15 percent in order to qualify for the presidential debates. "Put me on that stage for ninety minutes," he said, "and you will see the polls move."

Several people in the crowd wore T-shirts reading "Don't blame me, I voted Libertarian" that were on sale from a folding table near the bandstand for $20 apiece.

In Salt Lake City, former Utah state Auditor Marianne Kjellberg-Oduya announced the formation of the Common Ground Party, which she said would field candidates for state legislative seats in Utah, Idaho and Montana in two years. "This is not a vanity project and it is not a spoiler campaign," Kjellberg-Oduya said at a news conference at the state capitol. "We are building something that will still be here in twenty years."

The party says it has raised about $2.3 million from roughly 9,000 donors and has hired staff in all three states. It does not plan to nominate a presidential candidate this year.

Political scientist Dr. Howard Nakagawa of the University of the Wasatch said new parties had historically struggled to survive beyond a single election, no matter how well funded. "The graveyard of American third parties is very large and very well maintained," Nakagawa said. He added that the party's decision to start with state legislatures rather than federal offices was "the smartest thing about it," since state races are cheaper and draw far less scrutiny.

Venkataraman-Price and Falkenrath have both said they will hold a joint event in October to press the debate commission to include them.''',
        [
            ("The petitions submitted by the candidate", "Commonwealth Court of Pennsylvania"),
            ("read the statute as a suggestion", "Harriet Olmsted"),
            ("a win for every voter who", "Sunita Venkataraman-Price"),
            ("spend your money like it was", "Owen Falkenrath"),
            ("Put me on that stage for", "Owen Falkenrath"),
            ("and you will see the polls", "Owen Falkenrath"),
            ("Don't blame me, I voted Libertarian", None),
            ("This is not a vanity project", "Marianne Kjellberg-Oduya"),
            ("We are building something that will", "Marianne Kjellberg-Oduya"),
            ("The graveyard of American third parties", "Howard Nakagawa"),
            ("the smartest thing about it", "Howard Nakagawa"),
        ],
    ),
    # 12 -- campaign-trail roundup, voting logistics; secretary of state to reporters, voter "she said with a shrug", lawsuit complaint, executive director, county clerk partial, state representative to TV split
    (
'''On the campaign trail: long lines in Georgia, a lawsuit in Wisconsin, new machines in Texas

The following is the latest in a weekly series by Wikinews reporters covering the primary season in the United States. With primaries in three states next Tuesday, this edition looks at the nuts and bolts of voting.

Voters in Georgia waited up to three hours to cast early ballots in parts of the Atlanta suburbs on Monday, the first day of in-person early voting for the state's May primary. Georgia Secretary of State Lorena Castillo-Pratt said turnout had exceeded her office's projections by nearly 40 percent. "We have added fourteen early voting sites in Harlow County alone since Friday, and we will add more if we have to," Castillo-Pratt told reporters at the state capitol.

Terrence Mabry, the elections director for Harlow County, said the problem had less to do with buildings than with staff, noting that the county was still short of about 150 trained poll workers and had raised the daily stipend it pays them by a third.

At the county library in Pine Hollow, Wanda Pettiford, a 58-year-old hospital administrator, said she had been in line since a quarter past seven. "I've waited longer at the DMV," she said with a shrug. "I'm not leaving without voting."

In Wisconsin, the Badger Ballot Access Fund and four other voting rights groups filed a lawsuit in federal court in Madison on Wednesday, challenging new guidance from the Wisconsin Elections Board that limits each municipality to a single absentee ballot drop box. "The Board's guidance imposes an arbitrary and severe burden on the right to vote, and that burden will fall most heavily on voters in the state's largest cities," the complaint said.

The fund's executive director, the Rev. Julius Okeke, said the groups had asked the court to rule before the August primary. "Every week we wait is a week that voters lose," Okeke said. A spokesman for the Wisconsin Elections Board said the board did not comment on pending litigation but stood by its guidance, which it said was intended to improve security.

In Texas, election officials in Brazos Bend County put new voting machines through a final round of public testing on Thursday, with representatives of both parties watching. County Clerk Olufemi Adeyemi-Clark said the machines had "passed every test we could think of throwing at them."

Not everyone was reassured. State Representative Buck Harlan, a Republican who is running for an open seat in the state Senate, told KXTN-TV that he wanted the county to make the machines' source code available for inspection. "I'm not accusing anybody of anything," Harlan said, "but I'd like to know who wrote the software that counts my votes." The vendor, Lonestar Ballot Systems, said its code had been reviewed by an independent laboratory certified by the state.

Adeyemi-Clark said the county had already published the results of the laboratory's review on its website and would hold another open demonstration next week for anyone who wished to attend.

Early voting in Georgia runs through Friday. In Wisconsin, a hearing on the drop box lawsuit has been scheduled for June 11, and the Texas primary runoff is set for late May.''',
        [
            ("We have added fourteen early voting", "Lorena Castillo-Pratt"),
            ("I've waited longer at the DMV", "Wanda Pettiford"),
            ("I'm not leaving without voting.", "Wanda Pettiford"),
            ("The Board's guidance imposes an arbitrary", "Badger Ballot Access Fund"),
            ("Every week we wait is a", "Julius Okeke"),
            ("passed every test we could think", "Olufemi Adeyemi-Clark"),
            ("I'm not accusing anybody of anything", "Buck Harlan"),
            ("but I'd like to know who", "Buck Harlan"),
        ],
    ),
    # 13 -- campaign-trail roundup, House races; multi-paragraph retirement statement, committee chair partial, commission statement, congressman to newspaper split, launch video split, anonymous aide of named committee
    (
'''On the campaign trail: retirements and a new map reshape the fight for the House

The following is the latest in a weekly series of articles by Wikinews reporters covering the midterm elections in the United States. This week the focus shifts from the Senate to the House of Representatives.

Representative Harold J. Brinkerhoff, a Democrat who has represented a district in northeastern Ohio for fifteen terms, announced on Monday that he would not seek re-election. The 78-year-old, the longest-serving member of the state's congressional delegation, said in a statement:

"After thirty years, I have decided that it is time for someone else to carry this work forward. I am not leaving because I am tired of the job. I am leaving because I want to go while I still love it.

"To the people of the Mahoning Valley: thank you for trusting me with your voice for so long."

Brinkerhoff is the ninth House Democrat to announce a retirement this cycle, compared with six Republicans. Representative Vanessa Thornbury of California, who chairs the House Democratic Campaign Committee, said the party was "well positioned to hold every one of these seats." Republicans disagreed. Kyle Denning, a spokesman for the Republican Majority Project, the party's main House super PAC, said the retirements showed that Democrats expected to lose their majority.

In Denver, the Colorado Independent Redistricting Commission approved a revised congressional map on Wednesday, two weeks after the state Supreme Court rejected its first draft. "The revised plan keeps communities of interest intact while meeting every constitutional and statutory requirement," the commission said in a statement.

The new map makes the 8th District, currently held by Republican Representative Glen Arvidson, noticeably more competitive by adding several suburbs north of Denver. Arvidson said he welcomed the challenge. "I've won close races before," he told the Denver Beacon. "I'll win this one too."

The redrawn district has already attracted two Democratic contenders: state Senator Marcus Oduya, a former high school principal, and Tessa Kowalczyk, an Army veteran who flew medical evacuation helicopters for eleven years. Kowalczyk launched her campaign on Thursday with a video filmed at the airfield where she learned to fly. "I've been shot at by people who meant it," Kowalczyk says in the video. "A congressional race doesn't scare me."

Oduya, asked about his new rival at a candidate forum in Thornton that evening, said only that he was looking forward to a respectful primary and that voters would judge the two of them on their records.

A senior aide to the House Democratic Campaign Committee, speaking on condition of anonymity because the committee has not endorsed in the race, said Kowalczyk's launch video had "gotten a lot of attention in this building" and had been viewed more than two million times in its first day online.

Analysts at the Cook-Whitney Political Survey moved the 8th District from leaning Republican to a pure toss-up after the new map was approved, one of four Colorado seats the firm now rates as competitive. The state's primary will be held on June 30.''',
        [
            ("After thirty years, I have decided", "Harold J. Brinkerhoff"),
            ("well positioned to hold every one", "Vanessa Thornbury"),
            ("The revised plan keeps communities of", "Colorado Independent Redistricting Commission"),
            ("I've won close races before", "Glen Arvidson"),
            ("I'll win this one too.", "Glen Arvidson"),
            ("I've been shot at by people", "Tessa Kowalczyk"),
            ("A congressional race doesn't scare me.", "Tessa Kowalczyk"),
            ("gotten a lot of attention in", "House Democratic Campaign Committee"),
        ],
    ),
    # 14 -- campaign-trail roundup (curly quotes), early voting; academic director, split quote around cue, campaign managers on call and to TV network, county board statement, poll worker partial, sign with no author (None), nominee at rally
    (
'''On the campaign trail: early voting breaks records as both campaigns claim momentum

This week’s roundup looks at early voting, which opened in most states over the past ten days, and at how each campaign is reading the numbers.

More than 31 million Americans had already cast ballots by Thursday evening, according to a running tally kept by the Election Data Lab at Coastal Plains University, putting this year on pace to break every early voting record. “We are seeing turnout among voters over 65 that looks like a presidential election on steroids,” said Dr. Amara Nwosu-Whitaker, the lab’s director. She cautioned against drawing conclusions about the outcome. “Early voting tells you who is voting,” she said, “not how they are voting.”

Both campaigns nonetheless insisted the figures were good news. On a call with reporters, Republican campaign manager Derek Salcedo-Fontaine said the party’s registered voters were “outperforming every model we built this summer” in Florida and North Carolina. An hour later, his Democratic counterpart, Priyanka Mehta-Collins, told the Meridian News Network that Salcedo-Fontaine was “reading the tea leaves upside down.” “We’re ahead in the states that matter, and they know it,” Mehta-Collins said.

Republican nominee Carlton J. Avery, the former Governor of Kentucky, urged supporters at a rally in Jacksonville on Friday night not to wait for Election Day. “If you haven’t voted yet, what on earth are you waiting for?” Avery asked the crowd of about 9,000, before pointing them to a fleet of buses parked outside that would take them to the nearest early voting site.

In North Carolina, the Pender Ridge County Board of Elections voted on Wednesday to extend hours at four early voting sites after voters reported waits of more than two hours. “The board is committed to ensuring that every eligible voter who wishes to vote early has a reasonable opportunity to do so,” the board said in a statement.

Loretta Haskins, 67, the chief judge at a fire station polling place in the county seat, said she had “never seen anything like it, not in twenty-two years of doing this.” She and her four poll workers processed more than 1,100 voters on Tuesday alone, she said, about three times the usual number.

Outside the fire station, a hand-painted sign propped against a folding chair read “Vote like your grandmother is watching.” Haskins said she did not know who had put it there, but that it was far enough from the door to comply with state electioneering rules, so she had left it alone.

Analysts caution that a surge in early voting does not necessarily mean higher overall turnout, since many voters who cast ballots early would have voted on Election Day anyway. Nwosu-Whitaker said the real test would come in the final week, when the lab expects to see whether first-time and infrequent voters are turning out in larger numbers than four years ago.

The lab will publish its final pre-election tally on the Monday before Election Day. Several states, including Pennsylvania and Wisconsin, do not allow election officials to begin processing mail ballots until Election Day itself, which could delay results there by several days.''',
        [
            ("We are seeing turnout among voters", "Amara Nwosu-Whitaker"),
            ("Early voting tells you who is", "Amara Nwosu-Whitaker"),
            ("not how they are voting.", "Amara Nwosu-Whitaker"),
            ("outperforming every model we built this", "Derek Salcedo-Fontaine"),
            ("reading the tea leaves upside down.", "Priyanka Mehta-Collins"),
            ("We’re ahead in the states that", "Priyanka Mehta-Collins"),
            ("If you haven’t voted yet, what", "Carlton J. Avery"),
            ("The board is committed to ensuring", "Pender Ridge County Board of Elections"),
            ("never seen anything like it, not", "Loretta Haskins"),
            ("Vote like your grandmother is watching.", None),
        ],
    ),
    # 15 -- campaign-trail roundup, immigration; "the former attorney general" partial, union statement, mayor to newspaper split, multi-paragraph open letter from a bishop, bishop partial, senator with apostrophe in surname, follow-on quote with no new cue, campaign manager partial
    (
'''On the campaign trail: Baines visits the border, a bishop writes to the candidates

The following is the latest in a weekly series by Wikinews reporters covering the Republican and Democratic presidential primaries. This week immigration returned to the center of the campaign.

Former Texas Attorney General Cordell Baines, who leads most national polls for the Republican nomination, toured a stretch of the border fence near El Paso on Monday alongside local sheriffs and ranchers. "What I saw today is a system that has been left to fail by people who have never once come down here to look at it," Baines said at a news conference afterward. The former attorney general promised to "double the number of immigration judges in my first year" in order to reduce the backlog of asylum cases, which now exceeds two million.

The Federal Border Officers Association, a union representing about 14,000 agents, praised the visit in a statement. "Mr. Baines took the time to listen to the men and women who do this job every day," the association said.

Not every local official welcomed the visit. Rosa Villagrán, the mayor of the border city of Puerto Lindo, said Baines had not contacted her office before flying over the area by helicopter. "He flew over my city, he took his photographs, and he flew home," Villagrán told the Rio Grande Courier. "He did not meet one family that lives here."

On Wednesday, Bishop Tomás Echeverría-Lunde of the Roman Catholic Diocese of San Ysidro released an open letter addressed to the presidential candidates of both parties. The letter read in part:

"We do not ask you to abandon the law, nor to pretend that a nation has no right to its borders.

"We ask only that you remember, when you speak of numbers and of walls, that each number is a person, and that many of them kneel beside us at Mass on Sunday."

The bishop, who was born in Guadalajara and came to the United States as a seminarian, later told reporters that he had "written to every campaign, and heard back from two." He declined to say which.

On the Democratic side, Illinois Senator Niamh O'Callaghan-Reyes unveiled a plan that would create a path to citizenship for people brought to the country as children and would double the number of immigration courts. Speaking to a crowd in Chicago's Pilsen neighborhood, O'Callaghan-Reyes invoked her own family's history. "My grandmother came from County Mayo with one suitcase, and my husband's parents came from Zacatecas with less than that," the senator said. "This country was built by people with one suitcase."

Baines's campaign manager, Travis Ebersole, dismissed the proposal as "amnesty by another name" in an email to reporters on Thursday and said it would "reward the people who broke the rules." O'Callaghan-Reyes, who is running third in most national surveys, has said she will campaign in Texas and Arizona next month.

A poll released on Friday by the Southwest Civic Research Center found that 61 percent of likely Republican primary voters ranked immigration as their top concern, compared with 19 percent of likely Democratic primary voters, for whom health care and the cost of living ranked higher.''',
        [
            ("What I saw today is a", "Cordell Baines"),
            ("double the number of immigration judges", "Cordell Baines"),
            ("Mr. Baines took the time to", "Federal Border Officers Association"),
            ("He flew over my city, he", "Rosa Villagrán"),
            ("He did not meet one family", "Rosa Villagrán"),
            ("We do not ask you to", "Tomás Echeverría-Lunde"),
            ("written to every campaign, and heard", "Tomás Echeverría-Lunde"),
            ("My grandmother came from County Mayo", "Niamh O'Callaghan-Reyes"),
            ("This country was built by people", "Niamh O'Callaghan-Reyes"),
            ("amnesty by another name", "Travis Ebersole"),
            ("reward the people who broke the", "Travis Ebersole"),
        ],
    ),
    # 16 -- campaign-trail roundup, economy; nominee's social-media post, vice president at factory and partial, business lobby press release, economist split quote, small-business owner, union president after another speaker
    (
'''On the campaign trail: candidates spin a disappointing jobs report

The following is the latest in a weekly series by Wikinews reporters covering the presidential campaign. This week the Labor Department's monthly employment report dominated the conversation on both sides.

The economy added 94,000 jobs in September, the Department of Labor reported on Friday, well below the 160,000 that economists had forecast, while the unemployment rate held steady at 4.3 percent. Within minutes, both campaigns had responded.

Republican nominee Margaret Ellison-Sharpe, the former Governor of Indiana and onetime chief executive of the farm equipment maker Hartland Implement, wrote on social media: "Another month, another miss. Working families can't afford four more years of this." Her campaign released a new television advertisement on the subject by mid-afternoon.

Her Democratic opponent, Vice President Leonard Achebe-Stone, was touring an electric bus factory in Greenville, South Carolina when the numbers were released. "We are still adding jobs, every single month, and we are going to keep adding them," the vice president told workers on the factory floor. He called Ellison-Sharpe's economic plan "a tax cut dressed up as a jobs program" and said it would add more than $2 trillion to the national debt.

The National Chamber of Enterprise, the country's largest business lobby, said in a press release that the report was "a warning sign that no one in Washington should ignore," and called on both candidates to spell out how they would reduce costs for employers.

Economists urged caution. "One month is noise. Three months is a trend. We have one month," said Dr. Beatriz Soto-Halvorsen, chief economist at the investment firm Granite Ridge Advisors. She noted that the department had revised its estimates for July and August upward by a combined 58,000 jobs. "If you add the revisions back in," she said, "the picture looks a lot less gloomy than the headline."

In Dayton, Ohio, Darnell Whitaker, who owns a machine shop with eleven employees, said the national numbers did not match what he saw every day. "I'm hiring, I just can't find anybody who knows how to run a lathe," Whitaker said. He said he had not yet decided how he would vote.

Kathleen Mroz, president of the United Assembly Workers, which represents about 400,000 factory and warehouse employees and endorsed Achebe-Stone in June, said the report showed the need for stronger trade enforcement rather than tax cuts. "Our members don't need another lecture about the free market," Mroz said at a union conference in Detroit. "They need their plants to stay open."

The two nominees are scheduled to meet for their second debate next Thursday in St. Louis, where the economy is expected to be the first topic. A survey by the Pearson-Lyle Institute released last week found that 54 percent of likely voters trusted Ellison-Sharpe more than Achebe-Stone to handle the economy, though the vice president led on health care and Social Security.

The October jobs report, the last before the election, is due on the first Friday in November, four days before voters go to the polls.''',
        [
            ("Another month, another miss. Working families", "Margaret Ellison-Sharpe"),
            ("We are still adding jobs, every", "Leonard Achebe-Stone"),
            ("a tax cut dressed up as", "Leonard Achebe-Stone"),
            ("a warning sign that no one", "National Chamber of Enterprise"),
            ("One month is noise. Three months", "Beatriz Soto-Halvorsen"),
            ("If you add the revisions back", "Beatriz Soto-Halvorsen"),
            ("the picture looks a lot less", "Beatriz Soto-Halvorsen"),
            ("I'm hiring, I just can't find", "Darnell Whitaker"),
            ("Our members don't need another lecture", "Kathleen Mroz"),
            ("They need their plants to stay", "Kathleen Mroz"),
        ],
    ),
    # 17 -- campaign-trail roundup, foreign policy; speech at forum split, rival on Sunday TV "the governor said", foreign ambassador statement, think-tank fellow, quote before speaker named, veteran described only (None)
    (
'''On the campaign trail: foreign policy takes center stage

The following is the latest in a weekly series of articles by Wikinews reporters covering the race for the Democratic and Republican presidential nominations. This week, with a NATO summit approaching, the candidates turned their attention overseas.

Former U.N. Ambassador and Rhode Island Senator Philippa Hargreaves-Obi, who is seeking the Democratic nomination, laid out her foreign policy in a 45-minute speech at the Atlantic Policy Forum in Washington on Tuesday. "Our allies are not customers, and our alliances are not subscriptions we can cancel when the bill arrives," Hargreaves-Obi said. She called for a permanent increase in the U.S. military presence in the Baltic states and a new trade agreement with Pacific partners. "Strength that is never shown," she added, "is strength that nobody believes in."

Her remarks drew a sharp response from South Carolina Governor Bennett L. Crowe, the Republican front-runner, who appeared on the Sunday program Capitol Week on the Continental Broadcasting Network. "The senator wants to station more Americans overseas while our own border is wide open," the governor said. "I think most people in this country have their priorities in a different order."

Crowe, a former Army intelligence officer who served two terms in the state legislature before becoming governor, has proposed reducing U.S. troop levels in Europe by a third over four years and requiring allies to meet higher spending targets. His proposal was criticized on Wednesday by Estonia's ambassador to the United States, Kristjan Pärnoja, who said in a statement that any reduction "would be read in Moscow as an invitation." The ambassador said he had requested meetings with both campaigns.

"Neither of them is wrong about everything, and neither of them is right about everything." That was the assessment of Dr. Omar Farid-Sandoval, a senior fellow at the Kessler Institute for International Affairs, who has advised administrations of both parties. He said Crowe's plan reflected real frustration among voters about the cost of overseas commitments, but that a rapid drawdown could embolden adversaries. "The question is not whether Europe should pay more. It should," Farid-Sandoval said. "The question is whether we can afford to find out what happens if we leave."

At a veterans' breakfast in Myrtle Beach on Saturday, where Crowe made his first public appearance since the interview, several attendees said they agreed with the governor. "I did two tours in Germany. I love the Germans. But they can pay for their own tanks," said one Army veteran, who gave his age as 74 and declined to give his name.

Hargreaves-Obi, who served as ambassador to the United Nations for four years before winning her Senate seat, is polling fourth nationally among Democrats but has risen in recent weeks in New Hampshire, where foreign policy has traditionally played a larger role than in other early states.

The NATO summit is scheduled to take place in Lisbon in three weeks. Both the State Department and the White House declined to comment on the candidates' proposals, citing a long-standing practice of not weighing in on primary campaigns.''',
        [
            ("Our allies are not customers, and", "Philippa Hargreaves-Obi"),
            ("Strength that is never shown", "Philippa Hargreaves-Obi"),
            ("is strength that nobody believes in", "Philippa Hargreaves-Obi"),
            ("The senator wants to station more", "Bennett L. Crowe"),
            ("I think most people in this", "Bennett L. Crowe"),
            ("would be read in Moscow as", "Kristjan Pärnoja"),
            ("Neither of them is wrong about", "Omar Farid-Sandoval"),
            ("The question is not whether Europe", "Omar Farid-Sandoval"),
            ("The question is whether we can", "Omar Farid-Sandoval"),
            ("I did two tours in Germany.", None),
        ],
    ),
    # 18 -- campaign-trail roundup (curly quotes), pre-Super Tuesday; rally quote, partial quote, split quotes, Sunday TV interview, quote whose speaker is named in the next paragraph, state party statement, anonymous voter (None)
    (
'''On the campaign trail: a final sprint before Super Tuesday

This week’s roundup follows the three remaining Republican candidates through the last weekend before Super Tuesday, when voters in fifteen states and one territory will award more than a third of the delegates needed to win the nomination.

Oklahoma Senator Jolene Pratt-Harjo, a citizen of the Muscogee Nation who would be the first Native American to win a major party’s nomination, drew about 12,000 people to an outdoor rally in Fort Worth, Texas on Saturday. “Texas doesn’t need a governor from Virginia or a salesman from New Jersey to tell it what it thinks,” Pratt-Harjo said, to loud cheers. She later told reporters she expected to “win a majority of the states on the map” on Tuesday.

“I’ve been for her since the very first debate,” said one woman in the crowd, who had driven in from Abilene with her two teenage daughters and declined to give her name.

Former Virginia Governor Thaddeus W. Ellery-Vance, who won the South Carolina primary a week ago, spent the weekend in California, the biggest prize of the day with 169 delegates. “California Republicans have been told for twenty years that their votes don’t matter,” Ellery-Vance said at a rally in Fresno. “On Tuesday, they are going to matter more than anybody else’s.” The former governor has spent more than $14 million on advertising in the state, according to the media tracking firm AdLedger.

Businessman Vincent DiMarco, who founded the New Jersey-based supermarket chain FreshWay, appeared on the Sunday morning program The National Desk, where he dismissed reports that his campaign was running short of money. “I have not spent one dollar of anybody else’s money, and I’m not about to start now,” DiMarco said. Asked whether he would leave the race if he failed to win a single state on Tuesday, he paused. “Ask me that question on Wednesday,” he said.

“This is the most fluid Super Tuesday in the modern history of the party.”

That assessment came from Dr. Mei-Ling Castellanos, who directs the delegate-tracking project at Trinity Plains University. Under party rules, most states on Tuesday’s calendar award delegates proportionally, which Castellanos said made a knockout blow unlikely. “Nobody is going to come out of Tuesday with the nomination locked up,” she said, “unless one of these three collapses completely.”

In Texas, where early voting closed on Friday, state officials reported that nearly 1.9 million Republican ballots had already been cast. “We are prepared for the largest primary turnout in the history of the state,” the Texas Republican Party said in a statement, adding that it had recruited more than 6,000 volunteer poll watchers.

Pratt-Harjo and Ellery-Vance are effectively tied in most Texas polls, while DiMarco has been running a distant third everywhere except his home region in the Northeast. Polls close in the first Super Tuesday states at 7 p.m. Eastern time, and results from California may not be complete for several days because of the state’s large number of mail ballots.

All three campaigns have scheduled election-night events: Pratt-Harjo in Oklahoma City, Ellery-Vance in Richmond, and DiMarco at the flagship FreshWay store in Paramus, New Jersey, where he opened his first supermarket in a converted bowling alley thirty-one years ago.''',
        [
            ("Texas doesn’t need a governor from", "Jolene Pratt-Harjo"),
            ("win a majority of the states", "Jolene Pratt-Harjo"),
            ("I’ve been for her since the", None),
            ("California Republicans have been told for", "Thaddeus W. Ellery-Vance"),
            ("On Tuesday, they are going to", "Thaddeus W. Ellery-Vance"),
            ("I have not spent one dollar", "Vincent DiMarco"),
            ("Ask me that question on Wednesday", "Vincent DiMarco"),
            ("This is the most fluid Super", "Mei-Ling Castellanos"),
            ("Nobody is going to come out", "Mei-Ling Castellanos"),
            ("unless one of these three collapses", "Mei-Ling Castellanos"),
            ("We are prepared for the largest", "Texas Republican Party"),
        ],
    ),
    # 19 -- campaign-trail roundup, primary night; victory speech partial and split, crowd chant (None), concession split, runner-up statement partial, party chair statement, exit-poll director split, anonymous voter (None)
    (
'''On the campaign trail: Pouliot-Harmon wins New Hampshire, Rahimzadeh vows to fight on

The following is the latest in a weekly series by Wikinews reporters covering the U.S. presidential primaries. This edition covers the results of Tuesday's New Hampshire primary.

Former Maine Governor Celeste Pouliot-Harmon won the New Hampshire Democratic primary on Tuesday with 38 percent of the vote, according to unofficial results, ahead of California Representative Amir Rahimzadeh with 29 percent and former Veterans Affairs Secretary Gregory T. Baptiste with 17 percent. It was the first primary victory for Pouliot-Harmon, who finished a disappointing third in the Iowa caucuses eight days earlier.

Speaking to supporters in a hotel ballroom in Manchester shortly after 10 p.m., the former governor thanked volunteers who had "knocked on every door from Nashua to the Canadian border." "Eight days ago they said this campaign was finished," she said. "New Hampshire had other ideas." The crowd answered with chants of "Yes she can, yes she can" that lasted more than a minute.

Rahimzadeh, the son of Iranian immigrants, who represents a district in California's Central Valley, congratulated the winner but made clear he had no intention of leaving the race. "Tonight belongs to Governor Pouliot-Harmon, and she earned it," he told supporters in Concord. "But this race is a marathon, and we have just passed the second mile marker." His campaign said it had already reserved television advertising time in Nevada and South Carolina.

Baptiste, a retired Army general who had staked much of his campaign on the state, said in a written statement that he would "reassess the path forward with my family and my team" over the coming days. He cancelled a planned trip to South Carolina on Wednesday.

New Hampshire Democratic Party chair Eleanor Fitzgibbon praised the turnout, which she said had exceeded 300,000 for the first time in a contested Democratic primary. "The people of this state take this responsibility seriously, and tonight they proved it again," Fitzgibbon said in a statement.

Exit polls conducted for a consortium of news organizations by Granite Survey Associates showed Pouliot-Harmon winning voters over 45 by a wide margin, while Rahimzadeh led among those under 30. Survey director Paul Lachance-Moreau said late deciders had broken decisively for the former governor. "Almost half of the people who made up their minds in the last three days went to Pouliot-Harmon," he said. "That's the ballgame right there."

Outside a polling place at a middle school in Portsmouth earlier in the day, the mood had been more uncertain. "I went in undecided and came out with a sticker, and that's all I'm telling you," said one man, laughing, as he walked back to his car.

The race now moves to Nevada, which holds its caucuses in eleven days, followed by South Carolina a week later. Pouliot-Harmon is expected to begin campaigning in Las Vegas on Friday, while Rahimzadeh planned to spend the rest of the week in South Carolina, where polls show him competitive among younger Black voters and in the state's growing suburbs around Charlotte and Columbia.''',
        [
            ("knocked on every door from Nashua", "Celeste Pouliot-Harmon"),
            ("Eight days ago they said this", "Celeste Pouliot-Harmon"),
            ("New Hampshire had other ideas.", "Celeste Pouliot-Harmon"),
            ("Yes she can, yes she can", None),
            ("Tonight belongs to Governor Pouliot-Harmon, and", "Amir Rahimzadeh"),
            ("But this race is a marathon", "Amir Rahimzadeh"),
            ("reassess the path forward with my", "Gregory T. Baptiste"),
            ("The people of this state take", "Eleanor Fitzgibbon"),
            ("Almost half of the people who", "Paul Lachance-Moreau"),
            ("That's the ballgame right there", "Paul Lachance-Moreau"),
            ("I went in undecided and came", None),
        ],
    ),
    # 20 -- campaign-trail roundup, final weekend; introducer, multi-paragraph rally quote, "the vice president said" after governor mentioned, pollster split, volunteer described only for a named party organisation, named county-party volunteer
    (
'''On the campaign trail: closing arguments on the final weekend

The following is the final installment of a weekly series by Wikinews reporters covering the U.S. presidential election. Voters go to the polls on Tuesday.

Republican nominee Russell T. Kincaid, the former Governor of Missouri and a onetime federal prosecutor, held his final Michigan rally at an airport hangar in Grand Rapids on Sunday night. He was introduced by retired Detroit football star Marcus Tillery, who told the crowd: "He's the only politician who ever asked me a question and then actually waited for the answer." Kincaid, speaking for nearly an hour, returned to a theme he has sounded since the spring:

"Four years ago, a lot of you told me you were tired of being taken for granted. I heard you.

"I have been to this state eleven times in this campaign, and I am going to keep coming back, because I mean what I say. Michigan is not flyover country. Michigan is where this country gets built."

Democratic nominee Vice President Caroline Ashworth-Diallo spent Sunday in Philadelphia, where she was introduced at a rally on the steps of the art museum by Pennsylvania Governor Teodoro Ruiz-Albrecht, who praised her record on manufacturing and health care. The vice president thanked the governor and then turned to the crowd. "Nobody is going to hand us this election," the vice president said. "We have to go out and take it, door by door, until the polls close on Tuesday night."

Ashworth-Diallo is due to hold her final event of the campaign in Pittsburgh on Monday evening, after stops in Erie and Scranton, two cities her campaign believes will be decisive in a close count.

Pollsters say the race remains close in the handful of states likely to decide it. "There is no state on the board that either campaign can afford to take for granted," said Dr. Isabelle Fontaine-Oduya, who directs the Keystone Poll at Millbrook College. Her final survey showed Ashworth-Diallo ahead by a single point in Pennsylvania, well within the margin of error. "If you are looking for certainty," she said, "you are going to have to wait until Wednesday morning, and maybe longer."

In Ohio, both parties spent the weekend on their turnout operations. At a phone bank in a Columbus strip mall, a volunteer with the Ohio Democratic Party who asked that her name not be published said she had made more than 400 calls since Friday. "Most people hang up, and that's fine. You only need the ones who don't," she said.

Across town, Doreen Vukovich, 66, has been volunteering for the Franklin County Republican Party for three decades. She said this year's campaign had been the most intense she could remember. "I've knocked on doors in the snow and in the heat, but I've never seen people this fired up," Vukovich said, handing a clipboard to a younger volunteer before setting off down a row of townhouses.

Polls close in Ohio at 7:30 p.m. Eastern time on Tuesday. Wikinews will publish results as they become available.''',
        [
            ("He's the only politician who ever", "Marcus Tillery"),
            ("Four years ago, a lot of", "Russell T. Kincaid"),
            ("Nobody is going to hand us", "Caroline Ashworth-Diallo"),
            ("We have to go out and", "Caroline Ashworth-Diallo"),
            ("There is no state on the", "Isabelle Fontaine-Oduya"),
            ("If you are looking for certainty", "Isabelle Fontaine-Oduya"),
            ("you are going to have to", "Isabelle Fontaine-Oduya"),
            ("Most people hang up, and that's", "Ohio Democratic Party"),
            ("I've knocked on doors in the", "Doreen Vukovich"),
        ],
    ),
]

STORIES_R = [
    # 1 -- Wikinews report + interview; local by-election; said-after, split across sentences, partial quote, council statement, told Wikinews, group social-media post
    (
'''Independent candidate Rosalind Achterberg has won Thursday's by-election for the Millbrook ward of Kessington District Council, taking 41 percent of the vote in a contest triggered by the resignation of long-serving councillor Tom Pryce. Turnout was 28 percent, according to the district's returning officer.

Achterberg, a 52-year-old retired primary school headteacher, campaigned almost entirely on the planned closure of the ward's only public library. "People told me on the doorstep that they felt nobody was listening," she said after the count. "I intend to prove them wrong."

The Liberal Democrat candidate, Faisal Qureshi, finished second with 33 percent. He congratulated the winner but said the result reflected "a deep frustration with every party, mine included." The Conservative candidate, Annette Ridley, came third.

The council's leader, Margaret Hollis-Brand, said in a statement: "We respect the decision of Millbrook's voters and look forward to working with Councillor Achterberg on the issues that matter to residents."

The result does not change control of the council, which the Conservatives hold with a majority of five.

Returning officer Derek Mwangi said the declaration had been delayed by about an hour after a ballot box from the Ferris Lane polling station arrived late. "There was no suggestion of any irregularity," Mwangi told Wikinews. "The driver simply took a wrong turn in the fog."

Wikinews spoke with Achterberg the day after the count.

((Wikinews)) Why did you stand as an independent rather than join a party?

((Rosalind Achterberg)) I have never been a party person. I taught in this ward for twenty-two years, and I know families who vote for every party there is. I did not want any of them to feel they had to cross a line to support the library.

((Wikinews)) What will you do first as a councillor?

((Rosalind Achterberg)) The library, without question. The closure is due to be confirmed at the March cabinet meeting, and I want to put a proper alternative in front of them before then. There are volunteers ready, there is a charity interested in sharing the building, and nobody from the council has sat down with them yet.

((Wikinews)) Do you think one councillor can change that decision?

((Rosalind Achterberg)) One councillor on her own, probably not. One councillor with four hundred people who turned up to vote for one issue, maybe. We will see.

Local campaign group Save Millbrook Library, which did not endorse any candidate, welcomed the result on Friday morning. "Whoever won, the library was on the ballot paper in all but name," the group posted on social media.''',
        [
            ("People told me on the doorstep that", "Rosalind Achterberg"),
            ("I intend to prove them wrong", "Rosalind Achterberg"),
            ("a deep frustration with every party", "Faisal Qureshi"),
            ("We respect the decision of Millbrook's", "Margaret Hollis-Brand"),
            ("There was no suggestion of any", "Derek Mwangi"),
            ("The driver simply took a wrong", "Derek Mwangi"),
            ("Whoever won, the library was on", "Save Millbrook Library"),
        ],
    ),
    # 2 -- Wikinews report + interview; new small party launch; split quote, partial quotes, pronoun after intervening person, told Wikinews, electoral commission notice
    (
'''A new political party aimed at fishing and farming communities along the Carrow coast was formally registered with the regional electoral commission on Monday, and says it will contest all eleven seats on Carrow Shire Council in October.

The Coastal Renewal Party was founded in January by Ngozi Adeyemi-Clarke, a former harbour master at Port Ellery, and a handful of supporters who met in a community hall in the village of Dunmore Sands. The party says it now has 340 paid-up members.

"We are not left or right," Adeyemi-Clarke said at the launch, held on the quayside at Port Ellery. "We are the people who get up at four in the morning and who have watched every decision about this coast being made by somebody who lives a hundred miles inland."

Her deputy, trawler skipper Callum Ferguson, was blunter. He described the shire council's harbour development plan as "a car park with a view of the sea" and said the party would scrap it if it won a majority.

Not everyone is convinced. Councillor Priyanka Sethi, who chairs the council's planning committee, said the new party was offering "easy answers to hard questions." She pointed out that Ferguson himself had sat on the harbour consultation panel in 2022.

"The harbour plan was consulted on for two years," she said. "Nobody who turned up to those meetings will recognise the picture being painted today."

Election analyst Dr Martin Oduya of Carrow University told Wikinews that small local parties often do better than expected in shire contests. "Turnout is low, wards are small and a few hundred votes can win you a seat," he said.

Wikinews spoke with Adeyemi-Clarke after the launch.

((Wikinews)) You have no experience in elected office. Why should voters trust you with a council budget?

((Ngozi Adeyemi-Clarke)) I ran a harbour with a budget of four million a year for eleven years. I have balanced more books than most of the people currently sitting in that chamber, and I did it with trawlermen shouting at me through the office window.

((Wikinews)) Where do you expect to do best?

((Ngozi Adeyemi-Clarke)) Dunmore Sands and the northern villages, honestly. That is where people feel most forgotten. In the town itself it will be harder, because the big parties have their machines there.

((Wikinews)) And if you win no seats at all?

((Ngozi Adeyemi-Clarke)) Then we will have started a conversation, and we will go again in four years. Nobody here is going anywhere.

The party's registration was confirmed in a short notice from the Carrow Regional Electoral Commission, which said the party "has met all requirements under the Local Elections Act" and would appear on ballot papers under its full name and a blue anchor emblem.''',
        [
            ("We are not left or right", "Ngozi Adeyemi-Clarke"),
            ("We are the people who get", "Ngozi Adeyemi-Clarke"),
            ("a car park with a view", "Callum Ferguson"),
            ("easy answers to hard questions", "Priyanka Sethi"),
            ("The harbour plan was consulted on", "Priyanka Sethi"),
            ("Nobody who turned up to those", "Priyanka Sethi"),
            ("Turnout is low, wards are small", "Martin Oduya"),
            ("has met all requirements under the", "Carrow Regional Electoral Commission"),
        ],
    ),
    # 3 -- Wikinews report + interview; marine scientists name new sea slug; split quote with she said, university press release partial, surname interview label
    (
'''Marine biologists at the University of Port Halden have described a previously unknown species of sea slug from the kelp forests off the Tallis Peninsula, and named it after the volunteer diver who first photographed it.

The species, Doriopsis marrae, is a bright orange nudibranch about two centimetres long. It was first spotted in 2021 by recreational diver Helen Marr, a 67-year-old retired nurse, who posted her photographs to an online identification forum.

"I honestly thought it was a known species and I'd just got the colours wrong," Marr said. "When a professor emailed me asking where exactly I had been diving, I thought I was in trouble."

The paper describing the species was published last week in the Journal of Southern Marine Taxonomy. Its lead author, Dr Kenji Aoyama, said the find showed how much remains unknown even in well-visited coastal waters.

"These kelp forests are twenty minutes from a city of half a million people," Aoyama said. "Divers have been going there for decades. And still, there was an animal nobody had written down."

Co-author Dr Lucía Ferrer Ibáñez, who carried out the genetic analysis, said the slug's closest known relatives live more than 2,000 kilometres away. "That is the puzzle we want to solve next," she said, "because it tells us something about how these animals spread along the coast."

The university said in a press release that the kelp forest where the species was found had shrunk by about a third since 2010, and called for "urgent and sustained monitoring of the reef" by state agencies.

Wikinews asked Aoyama about the naming decision and what comes next.

((Wikinews)) Why name the species after Ms Marr rather than one of the scientists?

((Aoyama)) Because without her we would not have found it. Scientists are not down there every weekend. She was. It seemed obvious to all of us on the team.

((Wikinews)) Is the species threatened?

((Aoyama)) We don't know yet, and that is the honest answer. We have found it at only two sites, both in the same kelp forest, and that forest is shrinking. So I would say we should be paying attention.

((Wikinews)) What should divers do if they think they've found something unusual?

((Aoyama)) Photograph it from several angles, note the depth and the location, and please don't touch it or take it home. Then share the pictures. Half of what we know about this coastline comes from people like Helen with a camera.

Marr said she had not yet seen the slug again in person. "I'm going back out next month," she said. "I'd like to say hello to my namesake."''',
        [
            ("I honestly thought it was a", "Helen Marr"),
            ("When a professor emailed me asking", "Helen Marr"),
            ("These kelp forests are twenty minutes", "Kenji Aoyama"),
            ("Divers have been going there for", "Kenji Aoyama"),
            ("That is the puzzle we want", "Lucía Ferrer Ibáñez"),
            ("because it tells us something about", "Lucía Ferrer Ibáñez"),
            ("urgent and sustained monitoring of the", "University of Port Halden"),
            ("I'm going back out next month", "Helen Marr"),
            ("I'd like to say hello to", "Helen Marr"),
        ],
    ),
    # 4 -- Wikinews report + interview; mural saved by heritage committee; unattributed placard and song, told the committee, company statement partial, He added colon
    (
'''A mural by Polish-born artist Tomasz Wierzbicki on the side of a former bakery in Eastbrook will stay, after the city's heritage committee voted 5-2 on Tuesday against ordering its removal.

The 12-metre painting, titled Morning Shift, shows four bakery workers in 1950s overalls loading bread into a van. Wierzbicki painted it in 2019, when the building was still owned by the family that had run the bakery for three generations. The building's new owner, developer Ashford Lane Holdings, had applied to have it painted over, arguing that it had never been properly authorised.

About sixty residents gathered outside City Hall before the vote. One placard read "Hands off our Morning Shift", and several people wore T-shirts printed with the mural.

"I painted it for the people who worked there, not for me," Wierzbicki told the committee. "If it has to go one day, I would like it to go because the neighbourhood decided, not because of a paperwork problem."

Committee chair Beatrice Nwachukwu-Hale said the decision had not been an easy one. "We have to be consistent," she said. "But there is a clear public interest here, and the mural has become part of how this street sees itself."

Ashford Lane Holdings said in a statement that it was "disappointed but will respect the committee's decision," and that it would look at incorporating the mural into its plans for the site.

Councillor Graham Tuttle, one of the two members who voted against, said the committee had set "a precedent that will come back to haunt us." He added: "The next person who paints on a wall without permission will point to this case."

Wikinews spoke with Wierzbicki after the vote.

((Wikinews)) Did you expect this kind of reaction from the neighbourhood?

((Tomasz Wierzbicki)) No. I thought maybe a few people would like it and most would walk past. Then people started getting married in front of it. Someone sent me a photograph of a dog that was named Morning Shift. That is when I realised it was not really mine anymore.

((Wikinews)) The developer says you painted it without permission. Do you regret that?

((Tomasz Wierzbicki)) The old owner, Mr Delaney, gave me permission with a handshake and a tray of doughnuts. He died in 2022. Maybe I should have asked for a letter. But in this street, a handshake was how things were done.

((Wikinews)) What's next for you?

((Tomasz Wierzbicki)) A primary school in Northfield has asked me to paint something with the children on their playground wall. This time I will get it in writing.

Outside, as the crowd began to drift away, a small group sang "Morning Shift is here to stay" to the tune of a football chant.''',
        [
            ("Hands off our Morning Shift", None),
            ("I painted it for the people", "Tomasz Wierzbicki"),
            ("If it has to go one", "Tomasz Wierzbicki"),
            ("We have to be consistent", "Beatrice Nwachukwu-Hale"),
            ("But there is a clear public", "Beatrice Nwachukwu-Hale"),
            ("disappointed but will respect the committee's", "Ashford Lane Holdings"),
            ("a precedent that will come back", "Graham Tuttle"),
            ("The next person who paints on", "Graham Tuttle"),
            ("Morning Shift is here to stay", None),
        ],
    ),
    # 5 -- Wikinews report + interview; women's football club promotion; crowd chant, she said after intervening scorer, league web post named after quote, surname label
    (
'''Ravensbrook Ladies FC secured promotion to the Northern Premier Women's League on Sunday with a 3-1 win over Clayfield Athletic, completing an unbeaten season in only the club's fourth year of existence.

Captain Aaliyah Brathwaite scored twice, including a free kick from 25 yards in the first half, and striker Mirela Dumitrescu added the third with ten minutes remaining.

"We said in August that we wanted to go the whole season unbeaten, and people laughed," Brathwaite said. "Nobody's laughing at us now."

Manager Siobhan O'Driscoll, who founded the club in 2021 with eleven players and a borrowed set of kit, was in tears at the final whistle. "These women train on a Tuesday and Thursday night after full shifts at work," she said. "Some of them are nurses, one's a bus driver, two are at university. What they've done is extraordinary."

Clayfield manager Rob Henshaw, whose side finished the season fourth, was generous in defeat. "They were the better side today and they've been the better side all season," Henshaw said. "Fair play to them."

The match was watched by a club-record crowd of 612 at the Ravensbrook Recreation Ground. As the final whistle blew, supporters in the small stand chanted "Ravens, Ravens, up we go" while the players ran to the corner flag.

Wikinews interviewed O'Driscoll the following day.

((Wikinews)) How did the club start?

((O'Driscoll)) I was coaching my daughter's under-12s and their mums kept hanging about on the touchline saying they used to play. So one night I said, right, bring your boots on Thursday. Fourteen turned up. Eleven stayed.

((Wikinews)) What changes with promotion?

((O'Driscoll)) Travel, mostly. We will be going to places three hours away on a Sunday morning, and a lot of these players have children and jobs. We need a minibus, and we need a few more players so nobody burns out.

((Wikinews)) Does the club have the money for that?

((O'Driscoll)) Not yet. We have a sponsor for the shirts, the local garage, bless them, and we do a quiz night every month. If any business out there wants to get behind a team that does not lose, they know where we are.

The promotion was confirmed in a post on the league's website. "Congratulations to Ravensbrook Ladies on a remarkable campaign," the Northern Counties Women's Football League wrote, adding that the club's record was "the best in the division's history."''',
        [
            ("We said in August that we", "Aaliyah Brathwaite"),
            ("Nobody's laughing at us now", "Aaliyah Brathwaite"),
            ("These women train on a Tuesday", "Siobhan O'Driscoll"),
            ("Some of them are nurses, one's", "Siobhan O'Driscoll"),
            ("They were the better side today", "Rob Henshaw"),
            ("Fair play to them", "Rob Henshaw"),
            ("Ravens, Ravens, up we go", None),
            ("Congratulations to Ravensbrook Ladies on a", "Northern Counties Women's Football League"),
            ("the best in the division's history", "Northern Counties Women's Football League"),
        ],
    ),
    # 6 -- Wikinews report + interview; climate activists blockade oil terminal; police officer statement, company partial, speaker named after quote ("said X, 44"), unattributed chant
    (
'''Eighteen climate activists were arrested on Friday after blocking the main road into the Greywater Port oil terminal for nearly five hours, Halvorsen County Police said.

The protesters, from the group Tide Turn, sat across both lanes of Dock Road from about 6 am, some of them glued to the tarmac. Tanker lorries queued for more than a kilometre before being diverted through the town centre.

"The right to protest is protected, but it is not unlimited," Chief Inspector Gareth Llewellyn said in a statement. "Today's action caused significant disruption to workers and residents, and officers acted to restore access to the port as quickly and safely as possible."

Tide Turn spokesperson Jonas Lindqvist, who was not among those arrested, said the group had chosen the terminal because of a planned expansion that would double its storage capacity. "We have written letters, we have signed petitions, we have turned up at every consultation," Lindqvist said. "At some point you have to ask what else is left."

The terminal's operator, Greywater Energy, said the expansion had received "all the necessary permits and approvals" and would create 140 permanent jobs.

Some of the drivers held up on Dock Road were less sympathetic. "I've got a wife and two kids and I get paid by the load," said tanker driver Paul Okonkwo, 44. "They're not stopping oil. They're stopping me."

As officers began lifting the last protesters off the road shortly before 11 am, a chant of "Whose future? Our future!" went up from the crowd watching on the pavement.

Wikinews spoke by telephone with one of those arrested, 23-year-old geography student Farah Siddiqui, after her release on bail on Saturday.

((Wikinews)) Why did you decide to take part?

((Farah Siddiqui)) I did my dissertation on sea level rise along this coast. I have the numbers in a spreadsheet on my laptop. At some point reading the numbers stops being enough.

((Wikinews)) Are you worried about having a criminal record?

((Farah Siddiqui)) Yes, of course. My mum is very worried. But I thought about it for a long time before I sat down, and I would rather explain this to an employer than explain to my own children one day that I knew and did nothing.

((Wikinews)) What do you say to the drivers who lost a day's pay?

((Farah Siddiqui)) I am genuinely sorry about that. Some of them talked to us and a couple were quite kind. The argument is not with them. It is with the people who decide what gets built.

All eighteen have been charged with obstructing the highway and are due to appear at Halvorsen Magistrates' Court on 14 May.''',
        [
            ("The right to protest is protected", "Gareth Llewellyn"),
            ("Today's action caused significant disruption to", "Gareth Llewellyn"),
            ("We have written letters, we have", "Jonas Lindqvist"),
            ("At some point you have to", "Jonas Lindqvist"),
            ("all the necessary permits and approvals", "Greywater Energy"),
            ("I've got a wife and two", "Paul Okonkwo"),
            ("They're not stopping oil", "Paul Okonkwo"),
            ("Whose future? Our future", None),
        ],
    ),
    # 7 -- Wikinews report + interview; small-town mayoral race; told supporters, partial, split with said X after quote, election office advisory, priest homily, surname label
    (
'''Voters in the town of San Isidro de la Sierra will choose a new mayor on Saturday in a three-way race that has been dominated by a proposed limestone quarry in the hills above the town.

The incumbent, Rodrigo Almazán, 61, is seeking a third term and has strongly backed the quarry, which would be run by a company from the provincial capital. He is being challenged by former schoolteacher Corazon M. Villareal, 48, of the small Bagong Bayan party, and by hardware store owner Ernesto Lim Tan, 55, who is running as an independent.

"The quarry will bring two hundred jobs to San Isidro," Almazán told supporters at a rally in the town plaza on Wednesday. "I will not apologise for wanting our young people to stay here instead of going to Manila or to the Gulf."

Villareal, whose party holds no seats anywhere in the province, has called the project "a wound in the mountain that will never close" and has promised to order a new environmental review if elected.

Lim Tan has tried to stake out the middle ground. "I'm a businessman, so people expect me to support it," said Ernesto Lim Tan, who owns three stores in the municipality. "But I have read the environmental report, and I am not convinced the water supply is safe."

The Provincial Election Office said in an advisory that polling stations would open at 7 am and warned that "any form of vote buying will be prosecuted to the full extent of the law."

Wikinews spoke with Villareal on Thursday, between visits to two outlying villages.

((Wikinews)) Your party has never held office in this province. Is that a handicap?

((Villareal)) It is also an advantage. Nobody can say we are part of the old arrangements. People here know me because I taught their children for nineteen years, not because of a party.

((Wikinews)) Your opponents say you are against jobs.

((Villareal)) I am against jobs that last ten years and leave a hole for a hundred. I have a plan for coffee cooperatives and for eco-tourism on the ridge. Those jobs stay.

((Wikinews)) Do you think you can win?

((Villareal)) Three months ago people laughed at that question. Now they do not laugh.

On Sunday the parish priest of San Isidro, Fr Anselmo Rivera, used his homily to appeal for calm after a week in which campaign posters were torn down on both sides. "Whatever happens on Saturday, we are still neighbours on Sunday," he told the congregation.''',
        [
            ("The quarry will bring two hundred", "Rodrigo Almazán"),
            ("I will not apologise for wanting", "Rodrigo Almazán"),
            ("a wound in the mountain that", "Corazon M. Villareal"),
            ("I'm a businessman, so people expect", "Ernesto Lim Tan"),
            ("But I have read the environmental", "Ernesto Lim Tan"),
            ("any form of vote buying will", "Provincial Election Office"),
            ("Whatever happens on Saturday, we are", "Anselmo Rivera"),
        ],
    ),
    # 8 -- Wikinews report + interview; amateur astronomer discovers comet; multi-paragraph observatory statement, he said, speaker named then "Thattil said, laughing"
    (
'''A software engineer who took up astronomy during the pandemic has become the first amateur in the state of Kerinda to discover a comet.

Priya Raghunathan, 29, spotted the faint smudge on images taken with a 20-centimetre telescope from the roof of her parents' house in Vellimalai on 3 February. Follow-up observations by professional astronomers confirmed it as a new long-period comet, which now carries her name.

"I checked it about fifteen times before I told anyone," Raghunathan said. "I was convinced it was a smear on the lens or a satellite."

The discovery was confirmed by the Vellimalai Hill Observatory, whose director, Dr Olusegun Bankole, said amateurs still had a real part to play in comet hunting despite the rise of automated sky surveys.

In a statement released on Tuesday, the observatory said:

"Comet Raghunathan was first detected at a brightness far below what most automated surveys are tuned to catch. Ms Raghunathan's persistence in re-imaging the same patch of sky over several nights allowed its motion to be confirmed.

"The comet is not expected to become visible to the naked eye. Its closest approach to the Sun will be in late 2026, and it will be followed by observatories around the world."

Bankole said such discoveries had become rarer for amateurs over the past twenty years. "The big surveys find most things now," he said. "But most is not all."

Raghunathan's first mentor, retired physics teacher Joseph Thattil, ran the astronomy club at her school. "She used to come to the club when she was twelve and ask questions I couldn't answer," Thattil said, laughing. "I'm very glad she's still asking them."

Wikinews interviewed Raghunathan by video call.

((Wikinews)) How did you get started in astronomy?

((Priya Raghunathan)) As a child, really, with Mr Thattil. Then I stopped for ten years because of exams and work. During the lockdown I had nothing to do in the evenings, so I bought a second-hand telescope online and it all came back.

((Wikinews)) What does your set-up look like?

((Priya Raghunathan)) It is very ordinary. A 20-centimetre reflector, a cooled camera, a mount I saved up for, and a laptop running free software. My father built a little shed on the roof so I do not have to carry everything up the stairs every night.

((Wikinews)) What happens now?

((Priya Raghunathan)) I keep looking. I have a day job, so it is weekends and clear nights. But now I know it is possible, I am not going to stop.''',
        [
            ("I checked it about fifteen times", "Priya Raghunathan"),
            ("I was convinced it was a", "Priya Raghunathan"),
            ("Comet Raghunathan was first detected at", "Vellimalai Hill Observatory"),
            ("The big surveys find most things", "Olusegun Bankole"),
            ("But most is not all", "Olusegun Bankole"),
            ("She used to come to the", "Joseph Thattil"),
            ("I'm very glad she's still asking", "Joseph Thattil"),
        ],
    ),
    # 9 -- Wikinews report + interview; mountain ultramarathon; race director, he said, hyphenated surnames, X said colon, rescue team social post partial
    (
'''Tsegaye Alemu has won the 160-kilometre Highland Ridge Ultra, breaking the course record by 41 minutes despite sleet and high winds on the summit section overnight.

Alemu, 31, who was born in Ethiopia and now works as a hospital porter in Kinlochbrae, crossed the finish line in 15 hours and 2 minutes on Sunday morning. Of the 212 runners who started on Saturday, 131 finished.

Race director Fiona MacLeod said the conditions were among the worst in the race's eleven-year history. "We had sleet on the summit at two in the morning and he was still running like it was a park run," MacLeod said.

Alemu said he had nearly dropped out at the 90-kilometre checkpoint. "My stomach was completely finished," he said. "I sat down, I drank some soup, and I told myself to reach one more checkpoint. Then one more."

The women's race was won by New Zealander Aroha Te Whiu-Marsden, 38, in 18 hours and 40 minutes, more than an hour clear of the next woman. "I came here to finish, honestly," Te Whiu-Marsden said. "Winning is a bonus I didn't pack for."

Pieter-Jan de Vries of the Netherlands, who finished second in the men's race, 50 minutes behind, said: "Tsegaye was on another level tonight. I saw him at the turnaround and he was smiling. I was not smiling."

The Highland Ridge Mountain Rescue Team, whose volunteers staffed the high checkpoints, said in a post on social media that it had treated 14 runners for mild hypothermia and thanked "every runner who listened to the marshals and turned back when asked."

Wikinews spoke with Alemu after he had slept for a few hours.

((Wikinews)) When did you start running ultramarathons?

((Alemu)) Only four years ago. I ran as a boy in Ethiopia, like everybody, but then I came here and worked, worked, worked. A colleague at the hospital asked me to do a 50-kilometre race with him for charity. I beat him by two hours and he has not forgiven me.

((Wikinews)) How do you train with shift work?

((Alemu)) I run to work and I run home. It is 14 kilometres each way if I take the hill road. On my days off I go up into the mountains with a sandwich.

((Wikinews)) What was the hardest part last night?

((Alemu)) The summit, between one and three in the morning. You cannot see anything except the little circle from your head torch, and the wind is trying to push you off. You just follow the flags and think about soup.

The prize for the winner is a hand-carved wooden trophy and free entry to next year's race.''',
        [
            ("We had sleet on the summit", "Fiona MacLeod"),
            ("My stomach was completely finished", "Tsegaye Alemu"),
            ("I sat down, I drank some", "Tsegaye Alemu"),
            ("I came here to finish, honestly", "Aroha Te Whiu-Marsden"),
            ("Winning is a bonus I didn't", "Aroha Te Whiu-Marsden"),
            ("Tsegaye was on another level tonight", "Pieter-Jan de Vries"),
            ("every runner who listened to the", "Highland Ridge Mountain Rescue Team"),
        ],
    ),
    # 10 -- Wikinews report + interview; digital rights party wins first council seat; earlier partial from rival, multi-part surname, told broadcaster, municipal press release partial
    (
'''The Digital Rights Party has won its first ever seat on a municipal council, taking one of the 45 seats on the Oosterveld council in elections held on Wednesday.

The party's candidate, 34-year-old IT security consultant Henrik van der Berg, received 1,912 votes, narrowly enough to secure the final seat under the city's proportional system. The party, founded in 2019, had never before won more than one percent of the vote anywhere.

During the campaign, Christian Democrat alderman Wim Jansen had dismissed the party as "a protest vote with a logo" and predicted it would not win a seat.

"One seat sounds small," van der Berg said on election night, speaking at a café near the city's main square. "But it's one seat more than anyone predicted, and it means that when the council debates the new camera network, someone in the room will actually ask where the data goes."

The party ran its campaign almost entirely online and through door-to-door canvassing by about forty volunteers. "We spent less on this campaign than some parties spent on balloons," said party chair Sanne Bakker-Oudejans.

Jansen, whose party remains the largest on the council with eleven seats, struck a more conciliatory tone on Thursday. "I congratulate Mr van der Berg," Jansen told local broadcaster Radio Oosterveld. "I still think a single-issue party is the wrong answer, but the voters have spoken."

Wikinews interviewed van der Berg on Thursday afternoon.

((Wikinews)) What is the first thing you want to do on the council?

((Van der Berg)) Ask for the full contract for the camera network. The council approved 120 new cameras in the city centre last year and as far as I can tell nobody read the section about who stores the footage and for how long. I want that on the table.

((Wikinews)) Critics say your party only has one issue.

((Van der Berg)) We have one big issue, yes. But privacy touches everything: schools, housing, parking permits, benefits. Every one of those systems collects data about residents now. So in a way it is not one issue at all.

((Wikinews)) Will you join a coalition?

((Van der Berg)) With one seat, nobody needs us to make a majority, so probably not. I would rather vote on each proposal on its merits.

The Municipality of Oosterveld said in a press release that the new council would be sworn in on 2 April, and that coalition talks would be led by "an independent informateur appointed by the outgoing mayor."''',
        [
            ("a protest vote with a logo", "Wim Jansen"),
            ("One seat sounds small", "Henrik van der Berg"),
            ("But it's one seat more than", "Henrik van der Berg"),
            ("We spent less on this campaign", "Sanne Bakker-Oudejans"),
            ("I congratulate Mr van der Berg", "Wim Jansen"),
            ("I still think a single-issue party", "Wim Jansen"),
            ("an independent informateur appointed by the", "Municipality of Oosterveld"),
        ],
    ),
    # 11 -- Wikinews report + interview; Quechua poet wins literary prize; multi-part names, she said, foundation citation partial, critic column partial, surname label
    (
'''Amaru Quispe Mamani, a poet who writes in both Quechua and Spanish, has won this year's Andes Literary Prize for his collection Yaku Sonqo (Heart of Water), the first time the award has gone to a book written mainly in an indigenous language.

Quispe Mamani, 44, grew up in a farming village above Lake Sarani and worked for fifteen years as a rural schoolteacher before publishing his first book. The prize, worth the equivalent of about 20,000 US dollars, was presented at a ceremony in the city of Arequinta on Friday evening.

"This prize is not for me," Quispe Mamani said at the ceremony, speaking first in Quechua and then in Spanish. "It is for my grandmother, who never learned to read but who taught me every word I know that matters."

Jury chair Professor Elena Salazar-Whitmore said the decision had been unanimous. "We read eighty-four books this year," she said. "This was the one none of us could stop talking about."

In its citation, the Andes Literary Foundation, which awards the prize, praised the book's "quiet, stubborn music and its refusal to translate itself for the comfort of the reader."

Yaku Sonqo was published by Editorial Pachamanka, a two-person press run from a converted garage by Rosa Huamán. "We printed 300 copies," Huamán said. "I think we will need to print a few more."

Not everyone welcomed the choice. Critic Tomás Echeverría wrote in the newspaper El Centinela on Saturday that the prize "has become predictable in its wish to be unpredictable," though he praised several of the poems individually.

Wikinews spoke with Quispe Mamani on Saturday.

((Wikinews)) Why write in Quechua when it limits your readership?

((Quispe Mamani)) Because it is the language in which I dream. Also, it does not limit my readers. It limits the people who are paid to review books. My neighbours read Quechua. The children I taught read Quechua. Those are my readers.

((Wikinews)) Many of the poems are about water. Why?

((Quispe Mamani)) In my village the stream that fed the fields dried up when I was a teenager. My father said the mountain had stopped crying. I have been trying to understand that sentence for thirty years.

((Wikinews)) What will you do with the prize money?

((Quispe Mamani)) Some of it will fix the roof of the school where I taught. The rest, I hope, will buy me a year to write without worrying. That is a luxury I have never had.''',
        [
            ("This prize is not for me", "Amaru Quispe Mamani"),
            ("It is for my grandmother, who", "Amaru Quispe Mamani"),
            ("We read eighty-four books this year", "Elena Salazar-Whitmore"),
            ("This was the one none of", "Elena Salazar-Whitmore"),
            ("quiet, stubborn music and its refusal", "Andes Literary Foundation"),
            ("We printed 300 copies", "Rosa Huamán"),
            ("I think we will need to", "Rosa Huamán"),
            ("has become predictable in its wish", "Tomás Echeverría"),
        ],
    ),
    # 12 -- Wikinews report + interview; housing activists occupy empty office block; unnamed spokeswoman -> company, police statement partial, said X the role of org, unattributed sign
    (
'''Housing campaigners have occupied an empty office block in the centre of Marlow Cross for a fourth day, saying the building should be converted into social housing rather than left standing idle.

About thirty members of the group Homes Not Offices entered Crane House, a seven-storey building on Station Parade, early on Sunday morning. They say the building has been empty since 2016.

"This building has been empty for nine years," organiser Leila Haddad said, speaking from a first-floor window. "In that time, the number of families in temporary accommodation in this borough has doubled."

A spokeswoman for Northgate Properties, which owns the building, said the company had "clear plans to bring the building back into use" and had applied to the courts for a possession order. She did not say what those plans were.

Marlow Cross Police said in a statement that officers were "aware of the occupation and are liaising with the owner," and that no arrests had been made.

"I have a lot of sympathy with what they're trying to highlight," said Kwame Asante-Boateng, the council's cabinet member for housing. "But occupying a building is not a housing policy." He said the council had written to Northgate in 2022 offering to buy the site and had not received a reply.

Dimitra Papadopoulou, who runs the café next door, said the occupiers had been "polite, quiet and very good customers." On Tuesday someone had taped a hand-lettered sign to the railings outside that read "Nine years empty. Who is this for?"

Wikinews spoke with Haddad by telephone on Wednesday.

((Wikinews)) How long do you plan to stay?

((Leila Haddad)) As long as it takes for someone with power to come and have a serious conversation. We are not damaging anything. We have swept the floors, which is more than the owner has done in nine years.

((Wikinews)) What are conditions like inside?

((Leila Haddad)) Cold. There is no heating and the water was cut off years ago. People bring us flasks of tea and food, and the café next door lets us fill containers. It is not comfortable, but compared with the families we work with, who are living in one room in a motel on the ring road, we have nothing to complain about.

((Wikinews)) What happens if the court grants the possession order?

((Leila Haddad)) Then we will leave peacefully. We have always said that. But we will have made the point, and everybody in this town will know this building's name.

A hearing on the possession order is scheduled for next Thursday at Marlow Cross County Court.''',
        [
            ("This building has been empty for", "Leila Haddad"),
            ("In that time, the number of", "Leila Haddad"),
            ("clear plans to bring the building", "Northgate Properties"),
            ("aware of the occupation and are", "Marlow Cross Police"),
            ("I have a lot of sympathy", "Kwame Asante-Boateng"),
            ("But occupying a building is not", "Kwame Asante-Boateng"),
            ("polite, quiet and very good customers", "Dimitra Papadopoulou"),
            ("Nine years empty. Who is this", None),
        ],
    ),
    # 13 -- Wikinews report + interview; volcano alert level raised; survey bulletin partial, told Wikinews, farmer he said, civil protection partial, guide
    (
'''Scientists have raised the alert level at the Hrafnsfell volcano from green to yellow after more than 600 small earthquakes were recorded beneath it in the past week.

The Northern Geological Survey said in a bulletin on Wednesday that the earthquakes were "consistent with magma moving at depth" but that there were no signs an eruption was imminent. Hrafnsfell last erupted in 1947.

Volcanologist Dr Sigríður Jónsdóttir, who leads the survey's monitoring team, said GPS stations around the mountain had recorded the ground rising by about four centimetres since January. "That's a clear signal that something is happening," she told Wikinews. "What we can't tell you yet is whether it will stop there."

Wikinews spoke further with Jónsdóttir about the situation.

((Wikinews)) How likely is an eruption in the coming months?

((Jónsdóttir)) I would not put a number on it. Many of these episodes end with the magma simply stopping underground, and the ground settles again. But we have to prepare for the other possibility, which is why we raised the alert level.

((Wikinews)) If it did erupt, what would that look like?

((Jónsdóttir)) Most likely a fissure on the north-east flank, with lava flows rather than a big explosive eruption. That is what happened in 1947. The bigger risk would be if the eruption happened under the glacier, because then you get meltwater floods.

((Wikinews)) How closely are you watching it?

((Jónsdóttir)) Twenty-four hours a day. We have added three more seismometers this week and a gas sensor on the summit ridge.

Ólafur Gunnarsson, whose sheep farm lies twelve kilometres from the summit, said he was not worried yet. "My grandfather farmed here through two eruptions," he said. "We know how to move animals."

The regional Civil Protection Agency urged residents to "keep a bag packed and know your evacuation route" and said it would hold a public meeting in the village of Hólar on Friday evening.

Hiking guide Marek Nowicki, who runs tours on the mountain's lower slopes, said bookings had gone up since the news, not down. "People want to see it," Nowicki said. "We have to keep telling them that a volcano is not a theme park."

The summit trail has been closed until further notice.''',
        [
            ("consistent with magma moving at depth", "Northern Geological Survey"),
            ("That's a clear signal that something", "Sigríður Jónsdóttir"),
            ("What we can't tell you yet", "Sigríður Jónsdóttir"),
            ("My grandfather farmed here through two", "Ólafur Gunnarsson"),
            ("We know how to move animals", "Ólafur Gunnarsson"),
            ("keep a bag packed and know", "Civil Protection Agency"),
            ("People want to see it", "Marek Nowicki"),
            ("We have to keep telling them", "Marek Nowicki"),
        ],
    ),
    # 14 -- Wikinews report + interview; wheelchair basketball national title; quote named in next paragraph, said coach X, partial, association statement, family member
    (
'''The Brackley Bulls will represent the country at the European Club Championships in Lyon next month after winning the national wheelchair basketball title on Saturday, beating the Dunmere Dynamos 71-58 in front of a sell-out crowd at the Brackley Leisure Centre.

"It's the first time in my life I've felt like the whole town was behind something I do."

So said Marcus Oyelaran-Price, the 27-year-old forward who scored 29 points and was named the most valuable player of the final. He was paralysed from the waist down in a motorbike accident at the age of 19 and took up the sport during his rehabilitation.

His mother, Grace Oyelaran, watched from the front row. "I cried at the end, of course," she said. "I cried at the beginning as well."

The Bulls play in a converted warehouse and rely on donations to pay for their specialist chairs, which cost several thousand pounds each. "We don't want sympathy, we want sponsors," said head coach Dana Whitfield. "The club runs on about £18,000 a year. Getting to Lyon will cost us nearly half of that."

Dynamos coach Ifeanyi Chukwuma said his team had been "outplayed from the first quarter to the last" and wished the Bulls well in Europe.

The National Wheelchair Basketball Association said in a statement: "The Bulls have shown what a community club can achieve with determination and local support."

Wikinews spoke with Oyelaran-Price on Sunday.

((Wikinews)) How did you get into wheelchair basketball?

((Marcus Oyelaran-Price)) A physio at the spinal unit, a guy called Terry, just wheeled a basketball chair into my room one day and said he would leave it there until I got in. I was angry with everything at that point. I got in mainly to make him go away.

((Wikinews)) What was the final like?

((Marcus Oyelaran-Price)) Loud. I have never heard that hall so loud. We were down by six at half-time and Dana did not shout, which was scarier than if she had. We went out and did what we practise.

((Wikinews)) What are your hopes for Lyon?

((Marcus Oyelaran-Price)) We are the smallest club going, so nobody expects much. That suits us. We want to win a game, then another one, and see what happens.''',
        [
            ("It's the first time in my", "Marcus Oyelaran-Price"),
            ("I cried at the end, of", "Grace Oyelaran"),
            ("I cried at the beginning as", "Grace Oyelaran"),
            ("We don't want sympathy, we want", "Dana Whitfield"),
            ("The club runs on about £18,000", "Dana Whitfield"),
            ("outplayed from the first quarter to", "Ifeanyi Chukwuma"),
            ("The Bulls have shown what a", "National Wheelchair Basketball Association"),
        ],
    ),
    # 15 -- Wikinews report + interview; court orders rerun of ward election; multi-paragraph ruling quote from judge, middle initials, election board partial, elderly voter
    (
'''A judge has ordered a fresh election in the Linden Heights ward of Fairmont City Council after finding that 37 ballots were wrongly excluded from a recount in a race originally decided by four votes.

Incumbent councilmember Wendell J. Harmon was declared the winner in November over challenger Ana Lucía Restrepo, a community health worker. Restrepo filed a legal challenge after learning that a batch of mail-in ballots had been set aside because of a mismatch between the date stamp and the postmark.

In her written ruling on Tuesday, Judge Patricia O. Lindgren of the Fairmont County Circuit Court found that the ballots had been received on time and should have been counted. She wrote:

"The court cannot say with any confidence which candidate the voters of Linden Heights chose. The margin of the certified result is smaller than the number of valid ballots that were never opened.

"In these circumstances the only remedy that respects the voters is to ask them again."

"This was never about me," Restrepo said outside the courthouse. "It was about thirty-seven people who did everything right and were told their votes didn't count."

Harmon said he was "disappointed but not surprised" by the ruling and would not appeal. "I'll be knocking on the same doors next week," he said.

The Fairmont County Board of Elections said in a statement that it "accepts the court's findings in full" and would review its procedures for handling mail-in ballots before the rerun, which is expected in April.

Among the voters whose ballots were set aside was Dolores Whitby, 81, a retired postal worker. "I've voted in every election since 1964," she said. "I wasn't going to let this one go."

Wikinews spoke with Restrepo on Wednesday.

((Wikinews)) Why did you decide to go to court over four votes?

((Ana Lucía Restrepo)) It was not about four votes. I found out that there were dozens of ballots in a box that nobody had opened. If I had been ahead by four and someone told me that, I would have said the same thing: open the box.

((Wikinews)) Did you expect to win the case?

((Ana Lucía Restrepo)) Honestly, no. My lawyer was a volunteer, a retired public defender from my church. We thought the judge might order the ballots counted, not a whole new election.

((Wikinews)) What will be different about your campaign this time?

((Ana Lucía Restrepo)) More people know my name now, for a strange reason. I want to use that to talk about the bus routes and the clinic, which is what I was talking about before any of this happened.''',
        [
            ("The court cannot say with any", "Patricia O. Lindgren"),
            ("This was never about me", "Ana Lucía Restrepo"),
            ("It was about thirty-seven people who", "Ana Lucía Restrepo"),
            ("disappointed but not surprised", "Wendell J. Harmon"),
            ("I'll be knocking on the same", "Wendell J. Harmon"),
            ("accepts the court's findings in full", "Fairmont County Board of Elections"),
            ("I've voted in every election since", "Dolores Whitby"),
            ("I wasn't going to let this", "Dolores Whitby"),
        ],
    ),
    # 16 -- Wikinews report + interview; folk duo records album in lighthouse; partial, he said after pronoun, label and trust partials, speaker named in next sentence
    (
'''Folk duo Kowalczyk and McAteer have released an album recorded entirely inside a decommissioned lighthouse on the island of Sgarbh, where the two musicians lived for six weeks last winter.

The album, Lamp Room, was recorded by singer and guitarist Ewa Kowalczyk-Reid and fiddle player Duncan McAteer using a single pair of microphones and a battery-powered recorder. The lighthouse has had no mains electricity since it was automated in 1998.

"We wanted the building to be the third member of the band," Kowalczyk-Reid said. "You can hear the wind in every track if you listen."

McAteer said the acoustics of the spiral stairwell were "like singing inside a bell." Not every night was productive, he admitted. "Some nights it was beautiful," he said. "Some nights we couldn't hear each other over the storm, and we just gave up and played cards."

Their label, Saltmarsh Records, said the first pressing of 500 vinyl copies had sold out in "a little under six hours" and that a second pressing was being arranged.

A spokesman for the Northern Lighthouse Heritage Trust, which owns the building, said the trust was "delighted to see the tower used for something creative" and would consider similar residencies in future.

Wikinews interviewed Kowalczyk-Reid by telephone from Glasgow.

((Wikinews)) Whose idea was the lighthouse?

((Kowalczyk-Reid)) Mine, and Duncan has not stopped reminding me. I grew up in Gdańsk near the harbour and I have always loved lighthouses. I wrote to the trust not really expecting an answer, and six months later we had a key.

((Wikinews)) What was daily life like?

((Kowalczyk-Reid)) Very simple. The supply boat came once a week if the weather allowed. We had a wood stove, a lot of tinned soup and a lot of candles. We wrote in the mornings and recorded at night because that is when the building sounded best.

((Wikinews)) Will you tour the album?

((Kowalczyk-Reid)) Yes, in small places. Village halls, a church or two. It would feel wrong to play these songs in a big room with lights and smoke.

On Sgarbh itself, population 46, the album has gone down well. "Honestly, it's the best thing to happen to this island in years." That was the verdict of Morag Sinclair, who runs the island's only shop and sold the duo most of their candles.''',
        [
            ("We wanted the building to be", "Ewa Kowalczyk-Reid"),
            ("You can hear the wind in", "Ewa Kowalczyk-Reid"),
            ("like singing inside a bell", "Duncan McAteer"),
            ("Some nights it was beautiful", "Duncan McAteer"),
            ("Some nights we couldn't hear each", "Duncan McAteer"),
            ("a little under six hours", "Saltmarsh Records"),
            ("delighted to see the tower used", "Northern Lighthouse Heritage Trust"),
            ("Honestly, it's the best thing to", "Morag Sinclair"),
        ],
    ),
    # 17 -- Wikinews report + interview; river activists vs hydro scheme; three speakers in one paragraph, company statement, "the minister told reporters", unattributed chant
    (
'''Hundreds of people packed a public meeting in the town of Kōwhai Springs on Tuesday night to debate a proposed hydroelectric dam on the Marrow River, the last major river in the region that flows freely from the mountains to the sea.

The scheme, proposed by Southern Hydro Ltd, would flood about 900 hectares of the upper valley. Opponents say it would destroy spawning grounds for native fish and submerge sites of cultural importance.

The meeting heard from both sides in quick succession. Tama Ngata, who chairs the Marrow Valley Catchment Trust, told the hall that "this river fed my grandparents and their grandparents"; Southern Hydro's chief executive, Alan Pritchard-Moss, said the company had designed "the smallest footprint of any scheme of this size"; and Environment Minister Rebecca Fairlie, appearing by video link, promised to "listen carefully to everyone before deciding anything."

Isabel Okafor-Reyes, coordinator of the campaign group Keep Marrow Wild, said the company's language was misleading. "They keep calling it a small dam," Okafor-Reyes said. "There is no such thing as a small dam to a fish."

Southern Hydro said in a statement after the meeting that the project would "power 40,000 homes with clean, renewable electricity" and help the country meet its climate targets.

Speaking to reporters afterwards, the minister was careful not to take sides. "No decision has been made, and none will be made before the consent hearings finish," she said.

Wikinews spoke with Ngata the following morning.

((Wikinews)) The company says the dam is needed for climate reasons. What do you say to that?

((Tama Ngata)) I say I agree we need clean power. I put solar panels on my own roof. But you do not fix one kind of damage by doing another. There are other places for power, and there is only one Marrow.

((Wikinews)) What does the river mean to your family?

((Tama Ngata)) Everything. My grandmother caught eels at the bend below our marae every autumn of her life. She taught me, and I taught my son. If the valley is flooded, that bend will be under thirty metres of water.

((Wikinews)) What happens next?

((Tama Ngata)) The consent hearings start in June. We will be there every day with our evidence. And we will be polite, and we will not go away.

As the meeting broke up, a group near the door began chanting "Let the river run" and the chant spread briefly through the hall.''',
        [
            ("this river fed my grandparents and", "Tama Ngata"),
            ("the smallest footprint of any scheme", "Alan Pritchard-Moss"),
            ("listen carefully to everyone before deciding", "Rebecca Fairlie"),
            ("They keep calling it a small", "Isabel Okafor-Reyes"),
            ("There is no such thing as", "Isabel Okafor-Reyes"),
            ("power 40,000 homes with clean, renewable", "Southern Hydro Ltd"),
            ("No decision has been made, and", "Rebecca Fairlie"),
            ("Let the river run", None),
        ],
    ),
    # 18 -- Wikinews report + interview; small rural party leader resigns; multi-paragraph letter, split quote she added, rival partial, anonymous member -> party
    (
'''Gwilym Prydderch has resigned as leader of the Rural Voice Party, three weeks after the party lost both of its seats on Glanmor County Council.

Prydderch, 63, a sheep farmer from the upper Ystrad valley, founded the party in 2011 to campaign against the closure of rural schools and bus routes. At its peak in 2017 it held four council seats.

In a letter to members published on the party's website on Monday, Prydderch wrote:

"It has been the privilege of my life to lead this party. We started with six people around my kitchen table and we won seats that the big parties said we could never win.

"But the result on 4 May was clear, and a leader who does not listen to voters has no business asking them to listen to him.

"I will remain a member, and I will be at every branch meeting I can reach on a tractor."

Deputy leader Carys Lloyd-Evans will serve as interim leader until a ballot of members in the autumn. "Gwilym built this party from his kitchen table," she said. "Whoever comes next as leader," she added, "will be standing on his shoulders."

Huw Bevan, who leads the council's independent group, said the Rural Voice Party had "asked the right questions, even if voters chose other people to answer them."

One long-standing member, who asked not to be named, told Wikinews the party had "run out of money and out of ideas at the same time," and questioned whether it would survive another election.

Wikinews spoke with Lloyd-Evans on Tuesday.

((Wikinews)) Does the Rural Voice Party have a future?

((Lloyd-Evans)) Yes. The problems we were set up to fight have not gone away. Two more village schools are on the closure list this year and the number 40 bus still runs twice a day if you are lucky. Somebody has to say that, loudly.

((Wikinews)) Will you stand for the leadership yourself?

((Lloyd-Evans)) I have not decided. I have three children and a job at the agricultural college. I will talk to my family first and then to the members.

((Wikinews)) What went wrong in May?

((Lloyd-Evans)) We were squeezed. The independents took some of our voters and the national parties put a lot of money into the rural wards for the first time. We had one leaflet per household. They had four.

Party members are due to meet in Llanfair Glanmor on 12 June to agree a timetable for the leadership contest.''',
        [
            ("It has been the privilege of", "Gwilym Prydderch"),
            ("Gwilym built this party from his", "Carys Lloyd-Evans"),
            ("Whoever comes next as leader", "Carys Lloyd-Evans"),
            ("will be standing on his shoulders", "Carys Lloyd-Evans"),
            ("asked the right questions, even if", "Huw Bevan"),
            ("run out of money and out", "Rural Voice Party"),
        ],
    ),
    # 19 -- Wikinews report + interview; citizen-science bird count; report quote (society), said X the role, "the nine-year-old said" after intervening speaker, she said, partial from ecologist
    (
'''More than 4,200 volunteers took part in this year's Great Lakeshore Bird Count, recording the lowest number of house sparrows since the survey began in 1998, organisers said on Monday.

The count is run every January by the Lakeshore Ornithological Society, which asks residents to spend one hour recording every bird they see in a garden, park or schoolyard. This year's volunteers counted a total of 187,000 birds of 96 species.

The society's annual report said: "The continued decline of the house sparrow in urban areas remains unexplained, and is now the most consistent trend in the survey's history."

Among the first-time volunteers was nine-year-old Bartholomew Quinn, who did his count from the kitchen window of his family's flat with a pair of borrowed binoculars.

"Sparrows are the canary in the coal mine for cities," said Dr Mei-Ling Chao, the society's research director. "When they go, it's usually telling us something about insects, about green space, about how we build."

"I counted 43 starlings on one roof," the nine-year-old said proudly. His mother said he had since asked for a bird book for his birthday.

The count also recorded a sharp rise in goldfinches, which have taken to garden feeders stocked with sunflower hearts. "It's not all bad news," Chao said.

Dr Rafael Montoya-Cruz, an independent ecologist at Harwick University, cautioned against reading too much into a single year, noting that volunteer counts "tell you where people look, not just where birds are."

Wikinews spoke with Chao about the results.

((Wikinews)) Why are sparrows declining?

((Mei-Ling Chao)) We honestly don't know for certain. The leading ideas are a shortage of insects for the chicks, fewer nesting spaces in modern buildings, and perhaps air pollution. It is probably a mix of all three.

((Wikinews)) Are counts by volunteers reliable?

((Mei-Ling Chao)) Individually, no, and we never pretend they are. Someone will always mistake a dunnock for a sparrow. But across four thousand people and twenty-five years, the errors mostly cancel out, and the trends match what professional surveys find.

((Wikinews)) What can people do to help?

((Mei-Ling Chao)) Leave part of the garden a bit untidy. Let some grass grow long, plant something native that flowers, and put up a nest box under the eaves. And take part in the count next year, of course.

The society plans to publish a full breakdown by district in March.''',
        [
            ("The continued decline of the house", "Lakeshore Ornithological Society"),
            ("Sparrows are the canary in the", "Mei-Ling Chao"),
            ("When they go, it's usually telling", "Mei-Ling Chao"),
            ("I counted 43 starlings on one", "Bartholomew Quinn"),
            ("It's not all bad news", "Mei-Ling Chao"),
            ("tell you where people look, not", "Rafael Montoya-Cruz"),
        ],
    ),
    # 20 -- Wikinews report + interview; women's cricket cup final; said-after pairs, "Subramanian, he added," partial with pronoun after another name, split quote she said, board social post
    (
'''Kavya Subramanian hit an unbeaten 112 as Westbury Cricket Club's women's team won the Midshire Cup final at Ashgrove on Saturday, chasing down a target of 214 with four balls to spare.

Subramanian, a 26-year-old pharmacist, came in to bat with Westbury struggling at 31 for three and shared a partnership of 140 with Jessica Ng.

"I just kept telling myself to watch the ball," Subramanian said. "When I got to fifty I stopped looking at the scoreboard altogether."

Club chairman Rajesh Pillai said the women's section had grown from nine players to 48 in three years. "Five years ago we didn't have a single changing room for women," Pillai said. "Now we have two teams and a waiting list."

Pillai said the club hoped to enter a third team next season. Subramanian, he added, "has already had calls from the county."

Ashgrove captain Harriet Longbottom-Shaw described the innings as "the best I've seen at this level." "We bowled well for forty overs," she said, "and she still found a way."

The Midshire Cricket Board was quick to celebrate. "What a final! Congratulations to Westbury," the board posted on social media shortly after the winning runs.

Wikinews spoke with Subramanian on Sunday.

((Wikinews)) When did you start playing cricket?

((Kavya Subramanian)) In the back garden with my brothers, like a lot of girls. They made me bowl for years before they let me bat. When I finally got a bat I did not want to give it back.

((Wikinews)) What was going through your mind at 31 for three?

((Kavya Subramanian)) Mostly that my mum had come to watch for the first time and I did not want to get out in front of her. After that it was just one ball at a time. Jess was brilliant at the other end, she kept making me laugh.

((Wikinews)) Would you like to play at county level?

((Kavya Subramanian)) Of course. But I have shifts at the pharmacy and I am not going to give that up. If the county can work around that, I am very interested.

Westbury will play in the regional finals in August.''',
        [
            ("I just kept telling myself to", "Kavya Subramanian"),
            ("When I got to fifty I", "Kavya Subramanian"),
            ("Five years ago we didn't have", "Rajesh Pillai"),
            ("Now we have two teams and", "Rajesh Pillai"),
            ("has already had calls from the", "Rajesh Pillai"),
            ("the best I've seen at this", "Harriet Longbottom-Shaw"),
            ("We bowled well for forty overs", "Harriet Longbottom-Shaw"),
            ("and she still found a way", "Harriet Longbottom-Shaw"),
            ("What a final! Congratulations to Westbury", "Midshire Cricket Board"),
        ],
    ),
]
# fmt: on
