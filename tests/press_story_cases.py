"""Four sets of stories from presses and desks the other sets cover least, with who says each
quote, written at the end of the thirty-first round of rules.

Written for this suite by four separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy (a fifth author wrote STORIES_CO after
the first stopped without writing it): STORIES_CO East and Southeast Asia in its English-language
press and wire copy (names in their own order, Malay honorifics, Filipino titles); STORIES_CP
continental Europe in English (diacritics, particles, compound surnames, the EU's
institutions); STORIES_CQ local government and politics (councils, mayors, school boards,
planning rows, local titles), held out; STORIES_CR arts, culture and obituaries (authors,
performers, critics, tributes, statements from publishers and studios), held out. Straight and
curly quote marks. Not gold and not from any article of the gold set. Each entry is (story,
[(first words inside the quote marks, speaker as first named, "~" and the noun of a speaker only
described, or None), ...]). Held-out sets are not tuned on: their misses are listed by script,
not read.

The authors were asked to list every passage in quote marks. Three more authors, who saw only
the sets and the gold set's guideline on what a quote is, then removed the 34 entries that are
not quotes under it (titles of works, mostly in the arts set, names, nicknames, terms nobody is
reported as saying, scare quotes), and changed nothing else. Words on signs, banners and walls,
chants, and the wording of documents stay, with no speaker.

First read, before any rule was changed for them, with the thirty-first round's final rules
(`ed10500`): 209 of 235 in STORIES_CO, 208 of 236 in STORIES_CP, 201 of 231 in STORIES_CQ and
195 of 211 in STORIES_CR: 813 of 913 (0.890); the two sets the next round tunes on 417 of 471
(0.885), the held-out two 396 of 442 (0.896). Their misses are listed, not analysed yet.
Three rules written after that read, from CO and CP, lifted the two to 425 of 471.
"""

# fmt: off
STORIES_CO = [
# 1 -- Singapore housing debate in Parliament, Straits Times style, straight quotes; partial quote, split quote, "said Mr X", "the minister said", Facebook post
('''SINGAPORE - Flat owners who sell their Build-To-Order (BTO) units soon after the minimum occupation period (MOP) ends will face a steeper resale levy from 2026, National Development Minister Ong Sze Kiat told Parliament on Tuesday.

The change, part of a wider review of public housing rules, is meant to keep new flats "for people who intend to live in them, not trade them", Mr Ong said during a debate that stretched past 7pm.

"We have seen a small but growing group treat the BTO queue as a stepping stone to a quick profit," he said. "That is not what the subsidies are for."

Under the revised rules, the levy will rise by between $10,000 and $30,000 depending on flat type for owners who sell within 10 years of collecting their keys. Owners facing divorce, a death in the family or serious medical hardship may apply for a waiver, and the Housing Board will publish the criteria later this year.

Workers' Party MP for Sengkang GRC Hazwan Idris questioned whether the levy would hurt young couples whose circumstances change.

"Life does not follow a 10-year plan," said Mr Hazwan. "A couple may have twins, or a parent may fall ill and need a flat with a lift landing on every floor. Are we going to penalise them for that?"

Mr Ong replied that such cases were exactly what the waiver was for, and that HDB officers would have discretion to consider each appeal on its merits.

Nominated MP Celeste Koh asked if the ministry had data on how many flats were sold soon after the MOP ended.

"Roughly one in 12 flats in the recent cohorts changed hands within a year of the MOP," the minister said, adding that the proportion was higher in mature estates such as Queenstown and Toa Payoh.

People's Action Party MP Grace Ho Mei Lin, who chairs the Government Parliamentary Committee for National Development, said the move was overdue.

"Residents in my ward tell me they feel the system is being gamed by a few," she said, "and they want to see fairness restored."

Writing on Facebook after the sitting, Mr Hazwan said he would keep pressing for a "clear, published appeals framework" so that families knew where they stood before they signed up for a flat.

Property analysts said the impact on resale prices was likely to be modest.

Mr Eugene Lai, head of research at property agency Orchid Realty, said: "Most buyers are genuine owner-occupiers. The people this targets are a small slice of the market, and many of them will simply wait out the extra years."''',
 [("for people who intend to live", "Ong Sze Kiat"),
  ("We have seen a small but growing", "Ong Sze Kiat"),
  ("That is not what the subsidies", "Ong Sze Kiat"),
  ("Life does not follow a 10-year", "Hazwan Idris"),
  ("A couple may have twins, or", "Hazwan Idris"),
  ("Roughly one in 12 flats in", "Ong Sze Kiat"),
  ("Residents in my ward tell me", "Grace Ho Mei Lin"),
  ("and they want to see fairness", "Grace Ho Mei Lin"),
  ("clear, published appeals framework", "Hazwan Idris"),
  ("Most buyers are genuine owner-occupiers.", "Eugene Lai")]),

# 2 -- Hong Kong typhoon signal No 8, SCMP style, curly quotes; Observatory statement, woman surnamed Leung, told RTHK, unnamed rider, handwritten sign
('''Hong Kong raised its No 8 gale or storm signal late on Sunday as Typhoon Haitang swept to within 200km of the city, halting ferry services, shutting parks and leaving hundreds of people in temporary shelters.

The Hong Kong Observatory said the signal would remain in force until at least noon on Monday, and warned of flooding in low-lying coastal areas including Tai O, Lei Yue Mun and Heng Fa Chuen.

“Haitang is expected to skirt about 180 kilometres south of Hong Kong in the small hours,” the Observatory said in a statement. “Winds will strengthen further and frequent heavy squally showers are expected.”

Chief Secretary Cheung Wing-kei, who chaired an interdepartmental meeting at the Emergency Monitoring and Support Centre, urged the public to stay indoors.

“Please do not go to the shore to watch the waves or take photographs,” Cheung said. “Every year we see people put themselves and our rescuers in danger.”

By 11pm, 312 people had registered at 24 temporary shelters run by the Home Affairs Department. At one in Chai Wan, a 71-year-old woman surnamed Leung said she had come with her husband and their cat.

“Our flat is on the second floor and the water came in last time, so we did not want to wait and see,” she said.

In Tai O, sandbags were stacked outside stilt houses along the creek, and a handwritten sign on the shutters of a dried-seafood shop read “Closed for typhoon, back Tuesday”.

Fisherman Lau Kam-wah, 58, told RTHK he had tied up his boat three times over and moved his nets to a relative’s flat. “The sea here has a temper,” he said. “You respect it or you pay.”

Most food delivery platforms suspended orders across the city shortly after the signal was hoisted, though some riders were still on the road in the hour before. “If I stop now I lose the bonus for the whole week,” one rider said as he sheltered under a footbridge in Mong Kok.

The Airport Authority said more than 150 flights had been cancelled or delayed, and advised passengers to check with their airlines before setting out. All MTR lines were running a reduced service, with open-air sections expected to close if winds picked up further.

The Observatory said it would consider issuing a higher signal overnight depending on Haitang’s track and intensity, adding: “Members of the public should stay alert and keep away from the shoreline.”''',
 [("Haitang is expected to skirt about 180", "Hong Kong Observatory"),
  ("Winds will strengthen further and frequent", "Hong Kong Observatory"),
  ("Please do not go to the shore", "Cheung Wing-kei"),
  ("Every year we see people put", "Cheung Wing-kei"),
  ("Our flat is on the second floor", "Leung"),
  ("Closed for typhoon, back Tuesday", None),
  ("The sea here has a temper", "Lau Kam-wah"),
  ("You respect it or you pay", "Lau Kam-wah"),
  ("If I stop now I lose", "~rider"),
  ("Members of the public should stay alert", "Hong Kong Observatory")]),

# 3 -- Senate blue ribbon hearing on flood control projects, Philippine Daily Inquirer style, straight quotes; Sen./Usec. titles, nickname names, banner, two-paragraph quote, department statement
('''MANILA, Philippines — Senators on Wednesday grilled public works officials over P4.2 billion worth of flood control projects in Bulacan that, according to a Commission on Audit report, were either unfinished or could not be located at all.

At the hearing of the Senate blue ribbon committee, Sen. Pia Mercado-Lualhati held up photographs of a river dike in Calumpit that she said existed "only on paper."

"We went there. We brought our own engineers. There is nothing there but rice fields and a tarpaulin with the name of a contractor," Mercado-Lualhati said.

Public Works Undersecretary Renato Galvez Jr. said the department had suspended three district engineers pending an investigation and had asked the Office of the Ombudsman to look into the contracts.

"We are not defending anyone who stole from the people. If these are ghost projects, then those behind them should go to jail," Galvez told the committee.

Sen. Jojo Abellera, the committee chair, was unconvinced. "Undersecretary, with due respect, we have heard that line before," he said. "Every year there is a flood, every year there is a hearing, and every year the same contractors win the bids."

Outside the Senate building in Pasay City, a group of farmers from Bulacan held up a banner that read "Baha sa Bulacan, bulsa sa Maynila" (Floods in Bulacan, pockets in Manila).

One of the contractors named in the audit report, Marites Dungca of MD Builders and Supply, denied any wrongdoing. "Our company completed its portion of the work, and the documents will show that," she said, adding that she would submit certificates of completion within the week.

Sen. Nonoy Soriano, who represented Bulacan's first district in the House before his election to the Senate, said residents were tired of being told that the floods were an act of God.

Soriano said in his opening statement: "My mother still lives in Malolos. Every monsoon season she has to carry the refrigerator upstairs. These are not natural disasters anymore. These are man-made, and they have names.

"I will not stop until we know those names and they are sitting in front of this committee."

In a statement released after the hearing, the Department of Public Works and Highways said it "welcomes the scrutiny" and would cooperate fully with the Senate and the Ombudsman.

The committee will resume its hearing next Tuesday, when it is expected to issue subpoenas to the three suspended engineers.''',
 [("only on paper", "Pia Mercado-Lualhati"),
  ("We went there. We brought our", "Pia Mercado-Lualhati"),
  ("We are not defending anyone who", "Renato Galvez Jr."),
  ("Undersecretary, with due respect, we have", "Jojo Abellera"),
  ("Every year there is a flood", "Jojo Abellera"),
  ("Baha sa Bulacan, bulsa sa Maynila", None),
  ("Our company completed its portion of", "Marites Dungca"),
  ("My mother still lives in Malolos.", "Nonoy Soriano"),
  ("I will not stop until we", "Nonoy Soriano"),
  ("welcomes the scrutiny", "Department of Public Works and Highways")]),

# 4 -- Volcano eruption and evacuation in East Java, Jakarta Post style, curly quotes; one-word Indonesian names, agency statement, unnamed young man, banner
('''Thousands of residents living on the slopes of Mount Raung in East Java were evacuated on Thursday after the volcano spewed ash columns as high as 3 kilometers, prompting authorities to raise its alert status to the highest level.

The Volcanology and Geological Hazard Mitigation Center (PVMBG) said the eruption began shortly after 4 a.m. local time and was followed by dozens of volcanic earthquakes.

“We have raised the status to Level IV and recommend that there be no activity at all within a 7-kilometer radius of the crater,” PVMBG head Wahyudi told a press conference in Bandung.

Wahyudi said the agency was also monitoring for pyroclastic flows along the rivers that drain the volcano’s southern flank. “The danger is not only the ash. Hot clouds can travel down the river valleys much faster than people can run,” he said.

The National Disaster Mitigation Agency (BNPB) said 6,412 people from 11 villages in Banyuwangi and Bondowoso regencies had been moved to 19 shelters, most of them schools and village halls.

“Logistics, including masks, blankets and baby food, have been dispatched from Surabaya and should arrive by tonight,” BNPB spokeswoman Yuliani said.

At an elementary school in Sumberarum village, 54-year-old coffee farmer Sutrisno said he had left behind his goats and most of his belongings. “I heard the rumbling around midnight and my wife woke the children. We did not take anything except our ID cards,” he said.

His neighbor, Siti Aminah, said she was worried about the harvest. “The coffee cherries are almost ready for picking. If the ash covers them, we lose a whole year,” she said.

Banyuwangi Regent Anas Setiawan asked residents not to return to the danger zone to check on livestock or property. “We ask for patience. We will arrange for officials to accompany residents back when it is safe, but not before,” Anas said.

Air navigation service provider AirNav Indonesia closed Banyuwangi Airport as a precaution. “The closure is in effect until 6 p.m. on Friday and will be reviewed based on the latest volcanic ash advisory,” AirNav Indonesia said in a statement.

Some villagers were reluctant to leave. “My grandfather lived here through three eruptions and never left,” said a young man who was helping load sacks of rice onto a military truck. “But the soldiers told us this time is different.”

A banner at the entrance to the shelter read “Tetap tenang, tetap waspada” — stay calm, stay alert.

Mount Raung last erupted significantly in 2015, when ash forced the closure of airports on Bali and Lombok for several days.''',
 [("We have raised the status to", "Wahyudi"),
  ("The danger is not only the", "Wahyudi"),
  ("Logistics, including masks, blankets and baby", "Yuliani"),
  ("I heard the rumbling around midnight", "Sutrisno"),
  ("The coffee cherries are almost ready", "Siti Aminah"),
  ("We ask for patience. We will", "Anas Setiawan"),
  ("The closure is in effect until", "AirNav Indonesia"),
  ("My grandfather lived here through three", "~man"),
  ("But the soldiers told us this", "~man"),
  ("Tetap tenang, tetap waspada", None)]),

# 5 -- Corruption charge in Sessions Court, The Star Malaysia style, straight quotes; Datuk titles, DPP and counsel, continuation paragraph with no cue, MACC statement, unnamed officer, Facebook, placards
('''KUALA LUMPUR: A former state executive councillor was charged in the Sessions Court here on Monday (July 7) with accepting RM1.8mil in bribes to approve the conversion of agricultural land for a housing project.

Datuk Mohd Rizal Hashim, 61, pleaded not guilty to four charges under Section 16(a)(A) of the Malaysian Anti-Corruption Commission Act 2009, which were read out before Judge Noorhayati Ismail.

He is alleged to have received the money from a company director through a proxy's bank account between March 2019 and July 2020.

Deputy public prosecutor Farah Liyana Azman asked for bail of RM500,000 with one surety, citing the amount involved and the accused's former position.

"The accused held a senior post and the prosecution is concerned that he may interfere with witnesses, several of whom are civil servants who once reported to him," she said.

Counsel Datuk Harvinder Singh Gill, representing Mohd Rizal, asked for a lower amount, telling the court that his client had cooperated fully with investigators.

"My client has been cooperating with the MACC since the investigation began last year. He surrendered his passport voluntarily and has attended every summons," he said.

"He is not a flight risk, Yang Arif. He has lived in the same house in Shah Alam for 30 years and his grandchildren live with him."

"The court has considered the submissions of both parties and is satisfied that a lower amount with strict conditions is sufficient," Judge Noorhayati said, setting bail at RM300,000 with one surety.

She also ordered the accused to report to the nearest MACC office once a month and fixed Aug 14 for mention.

Outside the court, Mohd Rizal told reporters he would clear his name. "I have full confidence in the judicial process. Let the court decide, not social media," he said.

In a statement, the Malaysian Anti-Corruption Commission (MACC) said the charges followed a two-year probe involving "several layers of shell companies and nominee accounts".

A senior MACC officer, who declined to be named, said more individuals could be charged. "This is not the end of the case. We are still tracing where the rest of the money went," the officer said.

State opposition leader Datuk Seri Kamarulzaman Yusof said he had raised the matter in the state assembly four years ago. "We raised questions about this project in 2020 and were told everything was in order," Kamarulzaman wrote on Facebook.

A small group of residents from the affected area gathered outside the court complex holding placards that read "Kembalikan tanah kami" (Return our land).''',
 [("The accused held a senior post", "Farah Liyana Azman"),
  ("My client has been cooperating with", "Harvinder Singh Gill"),
  ("He is not a flight risk", "Harvinder Singh Gill"),
  ("The court has considered the submissions", "Noorhayati Ismail"),
  ("I have full confidence in the", "Mohd Rizal Hashim"),
  ("several layers of shell companies and", "Malaysian Anti-Corruption Commission"),
  ("This is not the end of", "~officer"),
  ("We raised questions about this project", "Kamarulzaman Yusof"),
  ("Kembalikan tanah kami", None)]),

# 6 -- Budget clash in the National Assembly, Korea Herald style, curly quotes; Rep. titles, party commentary, "what it called", anonymous presidential official, civic group statement
('''Rival parties clashed Tuesday over the government’s proposed 677 trillion won ($490 billion) budget for next year, with the main opposition Democratic Party of Korea vowing to slash funding for what it called “pet projects” of the presidential office.

At a party leadership meeting at the National Assembly, Democratic Party floor leader Rep. Yoon Sang-cheol said the party would seek to cut at least 4 trillion won from the government’s proposal and redirect the money to local currency vouchers and support for small merchants.

“This budget gives generously to the president’s agenda and leaves small business owners with crumbs,” Yoon said. “We will not pass it as it is.”

The ruling People Power Party accused the opposition of holding the budget hostage. The party’s chief spokesperson, Rep. Cho Eun-ha, said in a commentary that the Democratic Party was “using the livelihoods of the people as a political weapon.”

“The budget must be passed by the legal deadline of Dec. 2. Every day of delay is a day that support for vulnerable groups is delayed,” Cho said.

Finance Minister Choi Dong-wook, appearing before the National Assembly’s Special Committee on Budget and Accounts, said there was little fat left to trim.

“The government has already kept spending growth at its lowest level in two decades,” Choi said. “There is very little room left to cut without affecting essential services.”

Rep. Kang Min-jung, a Democratic Party member of the committee, pressed him on research and development spending, which was cut sharply two years ago before being partially restored.

“Last year you cut research funding and young scientists lost their jobs. Now you say there is no room to cut anything else?” Kang asked. Choi replied that the R&D budget had been restructured rather than abandoned.

A senior official at the presidential office, speaking on condition of anonymity, signaled some flexibility. “We are open to adjustments, but the core of the budget reflects promises made to voters,” the official said.

The two sides have missed the legal deadline in most years since it was introduced in 2014, often reaching a deal only in the final days of the regular session.

Korea Budget Watch, a civic group that monitors government spending, called on both parties to publish their proposed cuts line by line. “Both sides are more interested in the headlines than in the numbers,” the group said in a statement.''',
 [("pet projects", "Democratic Party of Korea"),
  ("This budget gives generously to the", "Yoon Sang-cheol"),
  ("We will not pass it as", "Yoon Sang-cheol"),
  ("using the livelihoods of the people", "Cho Eun-ha"),
  ("The budget must be passed by", "Cho Eun-ha"),
  ("The government has already kept spending", "Choi Dong-wook"),
  ("There is very little room left", "Choi Dong-wook"),
  ("Last year you cut research funding", "Kang Min-jung"),
  ("We are open to adjustments, but", "~official"),
  ("Both sides are more interested in", "Korea Budget Watch")]),

# 7 -- Last train on a rural Hokkaido line, Japan Times style (given name first), straight quotes; banner and children's sign, statement by named executive, student, academic
('''SAKURAGAWA, Hokkaido — When the last train pulled out of Sakuragawa Station on Sunday evening, about 300 people crowded the narrow platform, some waving handmade flags, others quietly wiping their eyes.

The closure of the 48-kilometer Sakuragawa Line ends 102 years of rail service to this fishing town of 6,200 people, which will now rely on buses to reach the regional hub of Asahikawa.

A banner strung above the ticket gate read "Thank you for 102 years."

"I rode this train to high school every day for three years, and my father rode it to work at the port. It is like losing a member of the family," said Michiko Sato, 67, who had come with her granddaughter.

Mayor Kenji Otsuka said the town had fought the closure for nearly a decade but could not find a way to cover JR Hokkaido's losses on the line, estimated at ¥900 million a year.

"We knocked on every door in Sapporo and Tokyo," Otsuka said. "In the end, the numbers were simply too large for a town our size."

He said the town would use ¥40 million from a central government transition fund to increase bus frequency and add a late-evening service for high school students.

JR Hokkaido Executive Vice President Takashi Mori, who rode the final train, said in a statement: "We are deeply grateful to the people of Sakuragawa for their support over the years, and we sincerely apologize that we could not continue the service."

Not everyone is convinced the buses will be enough. Yuna Ishikawa, a 17-year-old high school student, said the bus to Asahikawa takes 40 minutes longer than the train did.

"In winter the road closes when there is a blizzard," she said. "The train almost always ran. I don't know how I will get to cram school."

Hiroshi Kameda, a transport economist at Hokkaido University, said similar decisions loomed for other rural lines. "Roughly half of JR Hokkaido's network cannot be maintained by the company alone," he said. "This is not the last farewell we will see."

As the two-car train sounded its horn and began to move, a station employee in white gloves bowed deeply until it disappeared around the bend. A group of children on the platform held up a hand-lettered sign that read "See you again, Sakuragawa Line."''',
 [("Thank you for 102 years", None),
  ("I rode this train to high", "Michiko Sato"),
  ("We knocked on every door in", "Kenji Otsuka"),
  ("In the end, the numbers were", "Kenji Otsuka"),
  ("We are deeply grateful to the", "Takashi Mori"),
  ("In winter the road closes when", "Yuna Ishikawa"),
  ("The train almost always ran", "Yuna Ishikawa"),
  ("Roughly half of JR Hokkaido's network", "Hiroshi Kameda"),
  ("This is not the last farewell", "Hiroshi Kameda"),
  ("See you again, Sakuragawa Line", None)]),

# 8 -- Taiwanese chip packager's new plant in Kumamoto, Nikkei Asia style, curly quotes; told Nikkei Asia, one-word partial quote, ministry statement, company spokesperson, farmer, analyst
('''TAIPEI/KUMAMOTO -- Taiwanese chip packaging company Hsinyu Advanced Packaging will build a second plant in Japan’s Kumamoto Prefecture, betting that demand for artificial intelligence chips will keep Kyushu’s semiconductor boom going through the end of the decade.

The company said on Thursday it would invest 210 billion yen ($1.4 billion) in the facility, which is scheduled to begin operations in 2028 and employ about 1,100 people.

“Customers are asking us to be closer to where their chips are made, and Kyushu has become one of those places,” Chairman Lin Wei-chen told Nikkei Asia in an interview at the company’s headquarters in Hsinchu.

Lin said Japan’s subsidy program had been “decisive” in the choice of location. Tokyo will cover up to a third of the cost, according to people familiar with the matter.

Japan’s Ministry of Economy, Trade and Industry welcomed the announcement. “This investment will further strengthen the resilience of Japan’s semiconductor supply chain,” the ministry said in a statement.

Local officials were more measured. “We are grateful, but we also have homework to do on housing, traffic and water,” Kumamoto Vice Governor Reiko Nakayama said at a news conference in Kumamoto city, noting that commuting times around the existing plants had doubled in some areas.

Water is the most sensitive issue. The region relies almost entirely on groundwater for drinking and farming, and some farmers blame the arrival of chip plants for falling well levels.

Isamu Sakamoto, who grows rice and leafy vegetables in the town of Kikuyo, said wells near his fields had dropped noticeably in the past two years. “Nobody has proven that the factories caused it, but nobody has proven they didn’t either,” he said. “We want real numbers, not reassurances.”

Hsinyu said the new plant would recycle more than 80% of the water it uses and would help replenish groundwater by paying farmers to flood fallow rice paddies during the winter. “We understand the concerns of the local community and will publish our water data every quarter,” a Hsinyu spokesperson said.

Analysts said the move reflected a shift in where the bottlenecks in AI chip production lie.

“Advanced packaging is the new bottleneck for AI chips,” said Chen Yu-ting, a semiconductor analyst at a Taipei-based research firm. “Whoever has capacity close to the fabs will have pricing power for the next few years.”

Hsinyu’s shares rose 4.2% in Taipei on Thursday, outperforming the broader market.''',
 [("Customers are asking us to be", "Lin Wei-chen"),
  ("decisive", "Lin Wei-chen"),
  ("This investment will further strengthen the", "Ministry of Economy, Trade and Industry"),
  ("We are grateful, but we also", "Reiko Nakayama"),
  ("Nobody has proven that the factories", "Isamu Sakamoto"),
  ("We want real numbers, not reassurances.", "Isamu Sakamoto"),
  ("We understand the concerns of the", "Hsinyu Advanced Packaging"),
  ("Advanced packaging is the new bottleneck", "Chen Yu-ting"),
  ("Whoever has capacity close to the", "Chen Yu-ting")]),

# 9 -- Court orders damages for abused technical intern, Kyodo wire style (family name first), straight quotes; judge's ruling quoted, plaintiff through interpreter, company statement, program name, anonymous ministry official
('''OSAKA, Japan (Kyodo) -- The Osaka District Court on Friday ordered a construction company in Hyogo Prefecture to pay 5.5 million yen in damages to a former Vietnamese technical intern who said he was repeatedly beaten by his supervisor and made to work without overtime pay.

Presiding Judge Morita Keiko said in the ruling that the supervisor's conduct "clearly exceeded the bounds of workplace guidance" and that the company had failed in its duty to protect the trainee's safety.

The plaintiff, Nguyen Van Duc, 29, came to Japan in 2019 under the Technical Intern Training Program and worked mainly at demolition sites in the city of Amagasaki.

"I came to Japan to learn skills and send money to my parents. I did not come here to be hit," Nguyen said through an interpreter at a press conference after the ruling. "I hope other trainees will not have to go through the same thing."

His lawyer, Fujiwara Shota, said the ruling was significant because the court accepted the intern's account even though no Japanese co-workers were willing to testify.

"The court took seriously the photographs and messages Mr. Nguyen kept on his phone, and that sends a message to other victims that their evidence matters," Fujiwara said.

The company, Hanshin Kaitai Kogyo, said in a statement that it "takes the ruling seriously" and would decide whether to appeal after reviewing it in detail. The supervisor, who left the company last year, was referred to prosecutors on suspicion of assault in 2023 but was not indicted.

The government plans to replace the intern program from 2027 with a new system called "employment for skill development," partly in response to criticism at home and abroad that the program has been used as a source of cheap labor.

A Justice Ministry official, speaking on condition of anonymity, said the number of trainees who disappeared from their workplaces had reached about 9,700 last year. "Many of them leave because of abuse or unpaid wages, not because they want to work illegally," the official said.

"This case only came to court because he was brave and lucky enough to find a lawyer," said Ishida Naomi, who heads a support group for foreign workers in Osaka. "Hundreds of others simply go home in silence."''',
 [("clearly exceeded the bounds of workplace", "Morita Keiko"),
  ("I came to Japan to learn", "Nguyen Van Duc"),
  ("I hope other trainees will not", "Nguyen Van Duc"),
  ("The court took seriously the photographs", "Fujiwara Shota"),
  ("takes the ruling seriously", "Hanshin Kaitai Kogyo"),
  ("Many of them leave because of", "~official"),
  ("This case only came to court", "Ishida Naomi"),
  ("Hundreds of others simply go home", "Ishida Naomi")]),

# 10 -- North Korean missile launch, Yonhap style, curly quotes; JCS text message, ministry spokesperson, Japanese minister, KCNA report quoted, expert, anonymous military official
('''SEOUL, Oct. 17 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea on Friday, South Korea’s military said, in the regime’s first ballistic missile launch in about two months.

The Joint Chiefs of Staff (JCS) said it detected the launch from the Pyongyang area at around 7:50 a.m. The missile flew some 350 kilometers before splashing into waters off the peninsula’s east coast.

“Our military has strengthened surveillance and vigilance in preparation for additional launches and is maintaining a full readiness posture while closely sharing information with the U.S. and Japan,” the JCS said in a text message sent to reporters.

South Korean and U.S. intelligence authorities were analyzing the detailed specifications of the missile, it added.

Unification Ministry spokesperson Koo Hye-won said at a regular briefing: “The government expresses deep regret that North Korea continues provocations that heighten tension on the Korean Peninsula.” She urged Pyongyang to respond to Seoul’s repeated offers of dialogue.

In Tokyo, Japanese Defense Minister Aoki Tetsuya told reporters that the missile appeared to have landed outside Japan’s exclusive economic zone. “There have been no reports of damage to aircraft or vessels,” Aoki said. “But the repeated launches are absolutely unacceptable.”

Hours later, the North’s official Korean Central News Agency (KCNA) said the launch was a test of a “new-type tactical guided weapon system” conducted by the country’s Missile Administration.

“The test-fire verified the reliability of the system’s improved guidance and maneuverability,” the KCNA said, without giving the flight distance.

Experts said the launch appeared to be linked to upcoming diplomatic events in the region.

“The timing suggests Pyongyang wants to remind Washington that it remains a player ahead of the APEC summit,” said Shin Jae-yeon, a senior research fellow at the Korea Institute for National Unification.

Shin added that the missile might be an upgraded variant of the KN-23, which the North is believed to have supplied to Russia. “It is likely North Korea is refining a weapon it intends to export or deploy near the front line,” she said.

A senior military official, who requested anonymity because he was not authorized to speak to the media, said Seoul was looking into possible foreign help. “We cannot rule out that Russia provided technical assistance,” the official said.

The launch was the North’s ninth ballistic missile launch this year, according to a Yonhap News Agency tally. (END)''',
 [("Our military has strengthened surveillance and", "Joint Chiefs of Staff"),
  ("The government expresses deep regret that", "Koo Hye-won"),
  ("There have been no reports of", "Aoki Tetsuya"),
  ("But the repeated launches are absolutely", "Aoki Tetsuya"),
  ("new-type tactical guided weapon system", "Korean Central News Agency"),
  ("The test-fire verified the reliability of", "Korean Central News Agency"),
  ("The timing suggests Pyongyang wants to", "Shin Jae-yeon"),
  ("It is likely North Korea is", "Shin Jae-yeon"),
  ("We cannot rule out that Russia", "~official")]),

# 11 -- Rice farmers' rally at Government House, Bangkok Post style with British single quotes; Khun and Mr/Mrs, police rank titles, banner, chant, continuation with no cue, bank statement
('''Hundreds of rice farmers from the Northeast rallied outside Government House on Wednesday, demanding a guaranteed minimum price of 12,000 baht per tonne for paddy and a suspension of debt repayments to the state farm bank.

The farmers, many wearing straw hats and carrying bundles of unhusked rice, arrived in a convoy of pickup trucks from Roi Et, Yasothon and Si Sa Ket provinces. A banner tied to the fence read 'Farmers feed the nation, who feeds the farmers?'

Others chanted 'Khao thook, chao na tai' (Cheap rice, farmers die) as police in riot gear formed a line along the road.

Khun Boonsong Thongdee, 58, leader of the Northeast Farmers Network, said paddy prices had fallen by almost a third since March while the cost of fertiliser and diesel remained high.

'We are not asking for charity. We are asking to be able to sell what we grow for more than it costs to grow it,' Mr Boonsong said.

'Every year the government promises to help, and every year we go home with more debt.'

Deputy Agriculture and Cooperatives Minister Chatchai Srisawat came out of the compound shortly before noon to receive a petition. He told the crowd the cabinet would consider a support package at its meeting next Tuesday.

'I have heard your concerns and I will bring them directly to the prime minister,' Mr Chatchai said. 'But I ask you to understand that the government has to look at the budget as a whole.'

His remarks drew jeers from some in the crowd.

Mrs Pranee Saengthong, 49, a farmer from Yasothon, said she owed the Bank for Agriculture and Agricultural Cooperatives (BAAC) about 180,000 baht after two poor harvests. 'My son wants to go to university but I do not know how I will pay,' she said. 'The bank sends letters every month.'

Pol Maj Gen Wiroj Kaewmanee, deputy commissioner of the Metropolitan Police Bureau, said about 400 officers had been deployed around the compound. 'The protesters have been peaceful and we have no reason to use force. We only ask that they do not block Phitsanulok Road,' he said.

In a statement, the BAAC said it was prepared to 'restructure debts on a case-by-case basis' for farmers affected by the price slump, and urged borrowers to contact their local branches.

The farmers said they would camp on the pavement near the Misakawan intersection until the cabinet meets.''',
 [("Farmers feed the nation, who feeds", None),
  ("Khao thook, chao na tai", None),
  ("We are not asking for charity", "Boonsong Thongdee"),
  ("Every year the government promises to", "Boonsong Thongdee"),
  ("I have heard your concerns and", "Chatchai Srisawat"),
  ("But I ask you to understand", "Chatchai Srisawat"),
  ("My son wants to go to", "Pranee Saengthong"),
  ("The bank sends letters every month", "Pranee Saengthong"),
  ("The protesters have been peaceful and", "Wiroj Kaewmanee"),
  ("restructure debts on a case-by-case basis", "Bank for Agriculture and Agricultural Cooperatives")]),

# 12 -- Strike over Tet bonus at a footwear factory in Vietnam, Reuters wire style, straight quotes; cardboard signs, "the 34-year-old said", union official by phone, emailed company statement, worker giving only surname, economist
('''HO CHI MINH CITY, Jan 9 (Reuters) - Thousands of workers at a Taiwanese-owned footwear factory in southern Vietnam walked off the job on Thursday to protest a cut to their Lunar New Year bonus, in the latest sign of strain in the country's export-driven manufacturing sector.

About 6,000 of the 11,000 workers at Tan Thanh Footwear's plant in Binh Duong province gathered outside the factory gates in the morning, according to witnesses and a local union official. Some held up cardboard signs reading "Give back our Tet".

"Last year we got one month's salary as the Tet bonus. This year they say only half, and we found out from a notice on the canteen wall," said Nguyen Thi Hoa, 34, who has worked at the factory for 11 years.

"With prices going up, half a month is not enough to go home to my village for Tet," the 34-year-old said.

Tran Van Minh, vice chairman of the provincial labour federation, said officials had met company managers and worker representatives on Thursday afternoon. "We are mediating between the two sides and hope the workers can return to work by the weekend," Minh said by phone.

In an emailed statement to Reuters, Tan Thanh Footwear said it faced "unprecedented difficulties due to a sharp fall in orders" from U.S. and European brands. "The company respects its workers and is committed to dialogue," it said.

Another worker, a machine operator who gave only his surname, Pham, said most of those on strike were not demanding more than they had received before. "We are not asking for more than last year. We just want what we were promised when we signed the contract," he said.

Vietnam's footwear and apparel exports, a key source of jobs for millions of rural migrants, fell 6% last year as Western retailers cut inventories, according to government data. Wildcat strikes are technically illegal in Vietnam but are frequently tolerated when they are peaceful and short.

"Vietnamese factories are caught between weaker demand and rising labour costs," said Le Thu Trang, an economist at Saigon Economic Research. "Strikes like this one are a warning that the slowdown is reaching workers' pockets."

Police were present outside the factory but did not intervene, witnesses said.''',
 [("Give back our Tet", None),
  ("Last year we got one month's", "Nguyen Thi Hoa"),
  ("With prices going up, half a", "Nguyen Thi Hoa"),
  ("We are mediating between the two", "Tran Van Minh"),
  ("unprecedented difficulties due to a sharp", "Tan Thanh Footwear"),
  ("The company respects its workers and", "Tan Thanh Footwear"),
  ("We are not asking for more", "Pham"),
  ("Vietnamese factories are caught between weaker", "Le Thu Trang"),
  ("Strikes like this one are a", "Le Thu Trang")]),

# 13 -- Fatal buy-bust operation in Cebu, Philippine Inquirer style, curly quotes; police ranks, mother, continuation with no cue, unnamed neighbor, tarpaulin, mayor's Facebook post, CHR director, partial quotes
('''CEBU CITY — A 19-year-old nursing student was killed in what police described as a buy-bust operation in Barangay Pasil early Saturday, prompting his family to accuse officers of planting evidence.

Police Lt. Col. Ernesto Dimaculangan, chief of the Cebu City Police Office’s drug enforcement unit, said the suspect, identified as Jericho Alcantara, drew a gun and fired at officers after realizing he had sold shabu to an undercover agent.

“Our operatives had no choice but to defend themselves. A .38-caliber revolver and three sachets of suspected shabu were recovered at the scene,” Dimaculangan said in a press briefing.

Dimaculangan said two of the operatives were wearing body cameras, “but one of the devices had run out of battery” before the operation began.

The family disputed the police account. “My son did not even know how to hold a gun. He was studying to be a nurse so he could work abroad and help us,” said his mother, Lorna Alcantara, 46, a fish vendor at Pasil market.

She said Jericho had left the house at around 1 a.m. to buy noodles at a nearby sari-sari store.

“They are saying he was a pusher. Where is the marked money then? Where are the witnesses from the barangay?”

A neighbor who asked not to be named for fear of reprisal said she was awake when the shooting happened. “I heard a young man pleading, then two shots. After that, the police told all of us to go back inside,” the neighbor said.

At the wake on Sunday, relatives hung a tarpaulin that read “Justice for Jericho” over the white coffin.

Cebu City Mayor Dodong Cabahug said he had spoken with the family. “I have asked the police to preserve all the body camera footage. If the operatives followed the rules, the footage will show it,” Cabahug said in a Facebook post.

The Commission on Human Rights (CHR) in Central Visayas said it had opened a motu proprio investigation. “Every death in a police operation must be independently examined, regardless of the background of the person killed,” CHR regional director Maricel Soronio said.

Police Regional Office 7 director Brig. Gen. Romeo Villaflor said the six operatives involved had been placed on administrative relief “to ensure a fair and impartial investigation.”''',
 [("Our operatives had no choice but", "Ernesto Dimaculangan"),
  ("but one of the devices had", "Ernesto Dimaculangan"),
  ("My son did not even know", "Lorna Alcantara"),
  ("They are saying he was a", "Lorna Alcantara"),
  ("I heard a young man pleading,", "~neighbor"),
  ("Justice for Jericho", None),
  ("I have asked the police to", "Dodong Cabahug"),
  ("Every death in a police operation", "Maricel Soronio"),
  ("to ensure a fair and impartial", "Romeo Villaflor")]),

# 14 -- Banker jailed for stealing from elderly clients, SCMP court style, straight quotes; judge quoted before and after being named, split quote, prosecutor, defence counsel, victim's statement read in court, HKMA statement, victim's son
('''A former relationship manager at a Hong Kong bank who siphoned HK$6.3 million from the accounts of five elderly clients was jailed for four years and nine months on Thursday, after a judge said she had "preyed on the trust of the most vulnerable".

District Court Judge Raymond Cheuk Man-lok said Vivian Wong Ka-yan, 38, had carried out the scheme over 26 months, forging signatures on withdrawal slips and transferring the money to accounts controlled by her boyfriend.

"The defendant did not act on a momentary impulse. This was a calculated and sustained deception," the judge said in sentencing. "She knew her clients well, knew their families, and used that knowledge against them."

Wong had pleaded guilty to 11 counts of theft and forgery.

Senior public prosecutor Karen Lo told the court that only about HK$900,000 had been recovered. "Only a fraction of the money has been traced. The rest appears to have been lost at casinos in Macau," Lo said.

In mitigation, defence counsel Edmund Fung said his client had been under heavy pressure from her boyfriend, who had run up gambling debts with loan sharks.

"She is deeply ashamed. She has written letters of apology to each of the victims and intends to repay what she can after her release," Fung said.

One of the victims, aged 82, said in a statement read out in court that she had lost most of her life savings and had been forced to move in with her daughter. "I trusted her like a granddaughter. Now I cannot sleep at night," the statement said.

"I have given the defendant the full one-third discount for her guilty plea," Cheuk said, "but the court must send a clear message to those in positions of trust."

The Hong Kong Monetary Authority said in a statement it was "following up with the bank concerned" on the adequacy of its internal controls. The bank was not named in court.

Outside the court building in Wan Chai, the son of another victim told reporters the sentence was too light.

"Less than five years for taking everything my father saved in 40 years? That is not justice," he said.''',
 [("preyed on the trust of the", "Raymond Cheuk Man-lok"),
  ("The defendant did not act on", "Raymond Cheuk Man-lok"),
  ("She knew her clients well, knew", "Raymond Cheuk Man-lok"),
  ("Only a fraction of the money", "Karen Lo"),
  ("She is deeply ashamed. She has", "Edmund Fung"),
  ("I trusted her like a granddaughter.", "~victim"),
  ("I have given the defendant the", "Raymond Cheuk Man-lok"),
  ("but the court must send a", "Raymond Cheuk Man-lok"),
  ("following up with the bank concerned", "Hong Kong Monetary Authority"),
  ("Less than five years for taking", "~son")]),

# 15 -- Fintech layoffs in Singapore, Straits Times style, curly quotes; LinkedIn post, MOM spokesperson, union leader, unnamed laid-off designer, former engineer, venture capitalist
('''SINGAPORE – Home-grown fintech firm Lumen Pay has laid off about 120 employees, or nearly a third of its workforce, as it scales back regional expansion plans amid a tougher funding climate.

Co-founder and chief executive Aditya Rao announced the cuts in a LinkedIn post on Monday, hours after affected staff were informed at a company-wide video call.

“This is the hardest decision I have had to make since we started Lumen Pay in a shophouse in Tanjong Pagar,” Mr Rao wrote. “I take full responsibility for growing too quickly.”

He said affected employees would receive two weeks’ pay for every year of service, with a minimum of one month, and could keep their company laptops. Lumen Pay will close its offices in Jakarta and Ho Chi Minh City and focus on Singapore and Malaysia.

The Ministry of Manpower (MOM) said it had been notified of the retrenchment exercise. “We will work with the company to ensure that affected employees are treated fairly and responsibly,” an MOM spokesperson said.

The Banking and Financial Services Union, which represents some of Lumen Pay’s operations staff, criticised how the news was delivered.

“Workers found out through a video call that lasted 15 minutes. That is not how you treat people who helped build your business,” said its general secretary, Ms Chua Mei Ling.

A product designer who was among those let go, and who asked not to be named, said staff had been reassured only recently. “We had an all-hands meeting two weeks ago where we were told the runway was fine,” she said. “Nobody saw this coming.”

Former software engineer Darren Goh, 29, said he had joined last year after turning down an offer from a bank. “I took a pay cut to join because I believed in the mission,” he said. “I still do, I guess. I just wish they had been more honest with us.”

Lumen Pay raised US$45 million (S$60 million) in a Series B round in 2022, at the height of the region’s fintech boom, but has struggled to raise fresh capital since.

“Many regional fintechs raised money at valuations they can no longer justify, and investors now want to see a path to profit, not just growth,” said Ms Nadia Iskandar, a partner at venture capital firm Straits Harbour Ventures. “We will see more consolidation this year.”''',
 [("This is the hardest decision I", "Aditya Rao"),
  ("I take full responsibility for growing", "Aditya Rao"),
  ("We will work with the company", "Ministry of Manpower"),
  ("Workers found out through a video", "Chua Mei Ling"),
  ("We had an all-hands meeting two", "~designer"),
  ("Nobody saw this coming.", "~designer"),
  ("I took a pay cut to", "Darren Goh"),
  ("I still do, I guess.", "Darren Goh"),
  ("Many regional fintechs raised money at", "Nadia Iskandar"),
  ("We will see more consolidation this", "Nadia Iskandar")]),

# 16 -- Kelantan floods, The Star Malaysia style, curly quotes; Datuk Seri and Dato’ Sri honorifics, continuation with no cue, MetMalaysia statement, evacuee, sign at relief centre, unnamed volunteer, MP's Facebook post, police chief
('''KOTA BARU: The number of flood evacuees in Kelantan rose to 38,412 this morning (Dec 2), with Pasir Mas and Tumpat the worst-hit districts, as continuous rain since Friday pushed several rivers past the danger level.

The National Disaster Management Agency (Nadma) said 211 temporary relief centres (PPS) had been opened across the state, with more expected to open in Terengganu by nightfall.

Deputy Prime Minister Datuk Seri Dr Roslan Hamzah, who chairs the Central Disaster Management Committee, visited the PPS at Sekolah Kebangsaan Kubang Sepat in Pasir Mas.

“The Federal Government has approved an additional RM50mil for immediate relief, including food supplies and cleaning assistance once the water recedes,” he told reporters.

“I have also instructed all agencies not to wait for paperwork. Help first, documents later.”

State welfare committee chairman Datuk Nik Azman Nik Lah said the state government was focusing on vulnerable groups. “Our biggest concern now is the elderly and those with chronic illnesses, especially patients who need dialysis,” he said, adding that boats had been deployed to ferry them to hospital.

The Malaysian Meteorological Department (MetMalaysia) said in a statement that the weather was unlikely to improve soon. “Continuous rain is expected to persist in the east coast states until Thursday,” it said.

At the PPS in Pasir Mas, Che Rohani Ismail, 63, said the water rose to her waist within an hour. “Last year the water came slowly and we had time to move things upstairs. This time it came like a wave,” she said.

Outside the school hall, a handwritten sign at the entrance read “Sila tanggalkan kasut” (Please remove your shoes), and volunteers from a nearby mosque were unloading food packs from the back of a lorry.

“We have been cooking since 5am. Rice, eggs, whatever people donate,” said one volunteer, wiping her forehead.

Tumpat MP Dato’ Sri Wan Hasrul Wan Ismail said aid distribution had been uneven. “Aid must reach the interior villages, not only the relief centres in town,” he wrote on Facebook.

State police chief Datuk Zulkifli Abdul Wahab said two people, including a 12-year-old boy, had drowned since Friday. “We urge the public, especially children, not to play in flood waters or take photographs near fast-flowing rivers,” he said.''',
 [("The Federal Government has approved an", "Roslan Hamzah"),
  ("I have also instructed all agencies", "Roslan Hamzah"),
  ("Our biggest concern now is the", "Nik Azman Nik Lah"),
  ("Continuous rain is expected to persist", "Malaysian Meteorological Department"),
  ("Last year the water came slowly", "Che Rohani Ismail"),
  ("Sila tanggalkan kasut", None),
  ("We have been cooking since 5am", "~volunteer"),
  ("Aid must reach the interior villages,", "Wan Hasrul Wan Ismail"),
  ("We urge the public, especially children,", "Zulkifli Abdul Wahab")]),

# 17 -- Labor rally against outsourcing regulation in Jakarta, Jakarta Post style, straight quotes; chant, banner, one-word names, continuation with no cue, minister, police spokeswoman, economist
('''Tens of thousands of workers marched through central Jakarta on Monday to protest a new government regulation that they say will make it easier for companies to outsource jobs and keep workers on short-term contracts indefinitely.

The protesters, organized by a coalition of more than 30 labor unions, gathered at the Horse Statue roundabout near the State Palace from early morning, waving union flags and chanting "Cabut, cabut, cabut PP!" (Revoke, revoke, revoke the regulation!).

Coalition coordinator Sumarno said the government regulation, signed last month, removed limits on the types of jobs that could be outsourced and on how many times a contract could be renewed.

"This regulation turns every worker into a temporary worker. Today you have a job, tomorrow you are replaced by someone cheaper from an agency," Sumarno said from atop a truck fitted with loudspeakers.

"We will not go home until the government listens to us."

Lestari, 31, a garment worker from Bekasi, West Java, said she had been on rolling six-month contracts for eight years at the same factory. "Every six months I am nervous. If I get pregnant or sick, they can simply not renew me," she said.

A large banner draped across a bus shelter on Jl. MH Thamrin read "Buruh bukan barang" — Workers are not commodities.

Manpower Minister Budiman Sasongko told reporters at his office that the regulation was needed to attract investment and create jobs for the country's roughly 7 million unemployed.

"We understand the concerns of workers, but we also have to think about those who do not have jobs at all," Budiman said. "The door is open. Send us your input and we will study it."

Jakarta Police spokeswoman Sr. Comr. Sri Wahyuni said about 9,000 police and military personnel had been deployed to secure the rally, and several roads around the palace were closed to traffic.

"We ask protesters to convey their aspirations in an orderly manner and not to damage public facilities," she said.

Economists said the government would need to do more to cushion the impact on workers.

"Flexibility can help investment, but without stronger social protection, the burden simply shifts to workers and their families," said Rina Kusumawardani, a labor economist at the University of Indonesia.

The rally ended peacefully in the late afternoon, although some unions said they would return later in the week.''',
 [("Cabut, cabut, cabut PP", None),
  ("This regulation turns every worker into", "Sumarno"),
  ("We will not go home until", "Sumarno"),
  ("Every six months I am nervous.", "Lestari"),
  ("Buruh bukan barang", None),
  ("We understand the concerns of workers,", "Budiman Sasongko"),
  ("The door is open. Send us", "Budiman Sasongko"),
  ("We ask protesters to convey their", "Sri Wahyuni"),
  ("Flexibility can help investment, but without", "Rina Kusumawardani")]),

# 18 -- Girl group's contract dispute with agency, Korea Herald style, curly quotes; lawyer at briefing, agency statement, handwritten letter, told the BBC, song title, critic, fan post on X
('''Members of five-member girl group Verity have filed for an injunction to suspend their exclusive contracts with their agency, Starfield Entertainment, alleging the company failed to provide proper settlement statements and ignored their complaints about harassment by a senior manager, their lawyer said Monday.

The request, filed with the Seoul Central District Court on Friday, is the latest in a string of legal disputes between K-pop acts and their management companies.

“The members tried for more than a year to resolve these issues privately, through letters and meetings,” attorney Moon Seung-ho of law firm Hanbit said at a press briefing in Seocho-gu, southern Seoul. “The agency’s response was silence.”

Moon said the group had received settlement statements only twice since its debut in 2021, and that the documents did not show how revenue from its overseas tours had been calculated.

Starfield Entertainment denied the allegations. “We have faithfully fulfilled our contractual obligations and have invested more than 10 billion won in the group,” the agency said in a statement. “We are deeply saddened that outside forces appear to have influenced the members’ decision.”

In a handwritten letter posted on the group’s fan community platform Sunday night, leader Han Ye-rin wrote that the members “never wanted it to come to this.”

“We love our fans and we love making music together. That will not change, whatever happens in court,” the letter read.

Another member, Yoo Seo-yeon, had hinted at trouble when she told the BBC in March that the group was “tired in a way that sleep doesn’t fix.”

Verity, known for its 2023 hit “Paper Moon,” has performed at major festivals in the US and Europe and was one of Starfield’s biggest earners last year, according to a regulatory filing.

Industry watchers say the case reflects a generational shift. “Agencies still operate on the idea that they own the artist for seven years, but the younger generation of idols knows its rights and is willing to go to court,” said Lee Tae-kyung, a pop culture critic.

Fans rallied behind the group online. “Whatever happens, Verity is five. Always,” one fan wrote on X, in a post shared more than 30,000 times.

The Ministry of Culture, Sports and Tourism said it was reviewing whether its standard contract for entertainers needed to be updated.''',
 [("The members tried for more than", "Moon Seung-ho"),
  ("The agency’s response was silence.", "Moon Seung-ho"),
  ("We have faithfully fulfilled our contractual", "Starfield Entertainment"),
  ("We are deeply saddened that outside", "Starfield Entertainment"),
  ("never wanted it to come to", "Han Ye-rin"),
  ("We love our fans and we", "Han Ye-rin"),
  ("tired in a way that sleep", "Yoo Seo-yeon"),
  ("Agencies still operate on the idea", "Lee Tae-kyung"),
  ("Whatever happens, Verity is five.", "~fan")]),

# 19 -- Hualien earthquake, Taipei Times style with Chinese characters after names, straight quotes; weather agency director, woman surnamed Tsai, county commissioner, Executive Yuan spokeswoman, highways directorate, B&B owner with continuation, legislator's Facebook post
('''A magnitude 6.1 earthquake struck off Hualien County at 10:12am yesterday, triggering rockfalls that closed a section of the Suhua Highway and stranded about 40 tourists at a scenic spot in Taroko National Park for several hours, authorities said.

The Central Weather Administration (CWA) said the epicenter was 24.3km northeast of Hualien County Hall at a depth of 18km. The quake's intensity reached level 5 in parts of Hualien and level 4 in Taipei and Yilan County.

"Residents should be prepared for aftershocks of magnitude 5 or greater over the next three days," CWA Seismological Center Director Chou Mei-hua (周美華) told a news conference in Taipei. "Please stay away from slopes and riverbanks, especially if it rains."

The stranded tourists, most of them members of a tour group from Taichung, were escorted out by firefighters after crews cleared a path through the debris.

"We heard a huge noise and the whole mountain seemed to shake. Rocks were falling on the road right in front of our bus," a woman surnamed Tsai (蔡), 52, told reporters after reaching Hualien City.

Hualien County Commissioner Yeh Chih-ming (葉志明) said no deaths had been reported, although 11 people were treated for minor injuries.

"The county government has set up an emergency response center and will inspect every school and old building before classes resume," Yeh said.

Executive Yuan spokeswoman Kuo Ya-ting (郭雅婷) said the central government stood ready to help. "The premier has instructed all ministries to provide whatever support Hualien needs, and funding will not be a problem," Kuo said.

The Directorate-General of Highways said the section of the Suhua Highway between Heren and Chongde would remain closed "until engineers confirm that the slopes are stable."

Tourism operators, still recovering from the deadly earthquake of April 2024, braced for another wave of cancellations.

"Every time there is a quake, we get cancellations for a month. People see the pictures on TV and think the whole county has collapsed," said Hsu Wen-chung (許文忠), who runs a bed-and-breakfast near Qixingtan Beach.

"Hualien is safe. The roads are being repaired. Please come."

Democratic Progressive Party (DPP) Legislator Chen Yu-hsuan (陳宇軒) wrote on Facebook that the rebuilt sections of the highway "must be designed for the next big one, not the last one."''',
 [("Residents should be prepared for aftershocks", "Chou Mei-hua"),
  ("Please stay away from slopes and", "Chou Mei-hua"),
  ("We heard a huge noise and", "Tsai"),
  ("The county government has set up", "Yeh Chih-ming"),
  ("The premier has instructed all ministries", "Kuo Ya-ting"),
  ("until engineers confirm that the slopes", "Directorate-General of Highways"),
  ("Every time there is a quake,", "Hsu Wen-chung"),
  ("Hualien is safe. The roads are", "Hsu Wen-chung"),
  ("must be designed for the next", "Chen Yu-hsuan")]),

# 20 -- Overtourism in Kyoto's Gion, Japan Times style, curly quotes; warning sign, shopkeeper, deputy mayor, Australian tourist, student giving only her name, neighborhood council head, city poster, academic
('''KYOTO – On a narrow lane in the Gion district, a wooden sign in English, Chinese and Japanese warns visitors: “Private road. Photography prohibited. ¥10,000 fine.”

The sign is hard to miss. So, too, are the crowds ignoring it.

“Every evening it is the same. They chase the maiko down the street with their phones like paparazzi,” said Yoshiko Nakamura, 72, who has run a small shop selling kimono accessories on the lane for four decades. “Some of the girls are 16 years old. They are frightened.”

Kyoto drew a record number of overnight visitors last year, and the strain has become a fixture of local politics. Buses are so crowded that some residents say they can no longer use them, and neighborhood councils have begun posting their own warnings.

“We welcome visitors, and tourism supports many jobs in this city,” Deputy Mayor Hiroyuki Kaneda said in an interview at City Hall. “But when elderly residents can’t get on a bus to go to the hospital, something has to change.”

The city plans to raise its accommodation tax for luxury hotels sharply from March and has introduced express buses that run directly between Kyoto Station and major temples.

Mark Hendricks, 41, visiting from Melbourne with his wife and two children, said he had not noticed the signs. “Honestly, we just followed the crowd. If there are rules, they should be clearer at the train station,” he said.

Another visitor, a university student from Shanghai who gave her name only as Lin, said she sympathized with residents. “I understand why people are angry. I would be angry too if strangers walked into my garden,” she said.

Takeshi Ota, who heads the neighborhood council that put up the Gion signs, said residents had tried other approaches first. “We put up the signs because asking politely did not work,” Ota said.

At a nearby bus stop, a poster shows a cartoon geisha bowing above the words “Kyoto: Please enjoy responsibly.”

Emi Saito, who studies tourism policy at Ritsumeikan University, said the city’s challenge was distribution as much as volume. “The problem is not the number of tourists alone but their concentration. Most visitors go to the same 10 places between 10 a.m. and 4 p.m.,” she said.''',
 [("Private road. Photography prohibited.", None),
  ("Every evening it is the same", "Yoshiko Nakamura"),
  ("Some of the girls are 16", "Yoshiko Nakamura"),
  ("We welcome visitors, and tourism supports", "Hiroyuki Kaneda"),
  ("But when elderly residents can’t get", "Hiroyuki Kaneda"),
  ("Honestly, we just followed the crowd.", "Mark Hendricks"),
  ("I understand why people are angry.", "Lin"),
  ("We put up the signs because", "Takeshi Ota"),
  ("Kyoto: Please enjoy responsibly.", None),
  ("The problem is not the number", "Emi Saito")]),

# 21 -- Typhoon bears down on Bicol, Philippine Daily Inquirer style, straight quotes; Pagasa briefing, Gov./Mayor titles, continuation with no cue, told the Inquirer split quote, evacuee, two-paragraph quote from secretary, civil defense advisory
('''LEGAZPI CITY — More than 180,000 people in Albay, Camarines Sur and Catanduanes spent the night in evacuation centers as Typhoon Dindo barreled toward the Bicol region with maximum sustained winds of 175 kilometers per hour.

State weather bureau Pagasa raised Tropical Cyclone Wind Signal No. 4 over Catanduanes and the eastern portion of Camarines Sur at 5 p.m. on Sunday.

"Dindo is expected to make landfall over Catanduanes tonight or early Monday morning. Widespread damage to structures and agriculture is likely in areas under Signal No. 4," Pagasa weather specialist Grace Manalo-Tiu said in a briefing.

In Albay, Gov. Nonito Bercasio ordered the forced evacuation of families living along the coast and near the lahar channels of Mayon Volcano.

"We are implementing zero casualty. Nobody stays in the danger zones, whether it is the coastal villages or the gullies of Mayon," Bercasio said.

"If we have to carry people out, we will carry them out."

In Virac, Catanduanes, Mayor Popoy Sarmiento said all fishing boats had been ordered ashore since Saturday and that schools had been converted into shelters.

"Our people know typhoons better than anyone in this country," Sarmiento told the Inquirer by phone, "but every typhoon is different, and this one is very strong."

At the Legazpi City gymnasium, Rowena Bañares, 33, a mother of three from Barangay Rawis, said her family left their house with only clothes and a sack of rice.

"My husband wanted to stay behind to guard the house. I told him the house can be rebuilt, but he cannot," she said.

Social Welfare Secretary Amado Lacson said in a radio interview on Sunday that the department was ready.

"We have prepositioned more than 300,000 family food packs in Bicol and Eastern Visayas. Our regional offices have been instructed to release them as soon as local governments ask.

"We also have standby funds for emergency cash assistance once the typhoon passes," Lacson said.

The Office of Civil Defense said in an advisory that "sea travel is suspended in all ports under Signal No. 2 and above" and that stranded passengers should stay inside port terminals.

Dindo is the 14th tropical cyclone to enter the Philippine area of responsibility this year.''',
 [("Dindo is expected to make landfall", "Grace Manalo-Tiu"),
  ("We are implementing zero casualty.", "Nonito Bercasio"),
  ("If we have to carry people", "Nonito Bercasio"),
  ("Our people know typhoons better than", "Popoy Sarmiento"),
  ("but every typhoon is different, and", "Popoy Sarmiento"),
  ("My husband wanted to stay behind", "Rowena Bañares"),
  ("We have prepositioned more than 300,000", "Amado Lacson"),
  ("We also have standby funds for", "Amado Lacson"),
  ("sea travel is suspended in all", "Office of Civil Defense")]),

# 22 -- Data centre deal in Johor, Malaysian business-press style, straight quotes; Tan Sri, Dato' Sri and Datin Paduka honorifics, continuation with no cue, utility statement, village head, analyst, NGO statement
('''JOHOR BAHRU: Sinar Mahkota Holdings Bhd has signed an agreement with a US cloud services provider to develop a 300-megawatt data centre campus in Kulai, Johor, in what would be one of the largest such projects in the state.

The RM12bil project will be built in three phases on a 120-acre site, with the first phase scheduled for completion in 2027.

"Johor is where Singapore was 15 years ago. The land is here, the power is coming, and the fibre connects us to everyone," executive chairman Tan Sri Lim Kok Seng said at the signing ceremony in Iskandar Puteri on Wednesday.

Group managing director Dato' Sri Vincent Chong said the campus would not draw on the public water supply for cooling. "We will use a closed-loop cooling system and recycled water from a treatment plant that we are building ourselves," he said.

"Our target is zero potable water for cooling by 2028."

State investment committee chairman Datin Paduka Rosnah Aziz, who witnessed the signing, said the state had tightened its approval process for data centres.

"We want data centres, but we want them on our terms. Every new project must show us its water and power plan before it gets approval," she said.

Tenaga Nasional Bhd (TNB) said in a statement that it had "sufficient capacity planned" for the project under its grid expansion programme for southern Johor.

At Kampung Sri Gading, about 8km from the site, village head Haji Osman Kassim, 66, said residents had faced two water cuts this year. "Before the data centres come, we must first make sure the taps in the kampung are running," he said.

Analysts were broadly positive but cautioned on execution. "Data centre demand in Johor is real, but so are the constraints," said Mohd Hafiz Zainal, an analyst at a local investment bank. "Power and water approvals, not land, will decide who actually gets built."

The Johor Green Coalition, an alliance of environmental groups, said in a statement that the state was "trading long-term resources for short-term headlines" and called for a moratorium on new approvals until a full water study was published.

Shares of Sinar Mahkota rose 6.5% to RM2.13 on Bursa Malaysia on Wednesday.''',
 [("Johor is where Singapore was 15", "Lim Kok Seng"),
  ("We will use a closed-loop cooling", "Vincent Chong"),
  ("Our target is zero potable water", "Vincent Chong"),
  ("We want data centres, but we", "Rosnah Aziz"),
  ("sufficient capacity planned", "Tenaga Nasional Bhd"),
  ("Before the data centres come, we", "Osman Kassim"),
  ("Data centre demand in Johor is", "Mohd Hafiz Zainal"),
  ("Power and water approvals, not land,", "Mohd Hafiz Zainal"),
  ("trading long-term resources for short-term headlines", "Johor Green Coalition")]),

# 23 -- Raid on a scam compound in Cambodia, regional wire style, curly quotes; police spokesman, one-word Indonesian and Thai names, continuation with no cue, unnamed man who told AFP, embassy WeChat statement, Facebook post, researcher
('''PHNOM PENH — Cambodian police raided a compound in Preah Sihanouk province late Tuesday, detaining more than 600 foreigners suspected of working in online scam operations, in one of the largest raids since the government launched a nationwide crackdown in July.

The detainees included nationals of China, Indonesia, Vietnam, Thailand, Myanmar and several African countries, according to police.

“We found computers, hundreds of mobile phones and scripts used to deceive victims in several languages,” National Police spokesman Brig. Gen. Sok Vannara told reporters in Phnom Penh on Wednesday.

“Those who are confirmed victims will be sent home. Those who are suspects will face Cambodian law,” Vannara said.

The Indonesian Embassy in Phnom Penh said 87 of those detained were Indonesian citizens. Yudha, the embassy’s head of citizen protection, said officials were trying to determine how each of them had ended up at the compound.

“Some of them are victims of trafficking who were promised jobs as customer service staff. Others knew what they were getting into. We have to assess each case,” Yudha said.

“We have asked the Cambodian authorities for consular access as soon as possible.”

One Indonesian man, 24, who said he had been held at the compound for five months, told AFP by phone that workers were punished for missing quotas. “They took our passports on the first day. If we did not meet the target, they made us stand in the sun for hours,” he said.

A Thai woman, Kanokwan, 27, said she had been recruited through a job advertisement on Facebook. “I just want to go home to my mother,” Kanokwan said by phone from a police holding center.

The Chinese Embassy in Cambodia said on its WeChat account that it “firmly supports” Cambodia’s law enforcement actions and would work with Cambodian authorities to repatriate Chinese nationals.

Interior Ministry Secretary of State Prak Sophea said in a post on Facebook that the raids would continue. “Cambodia will not be a haven for criminals of any nationality,” she wrote.

Rights groups warned that the crackdowns were displacing rather than dismantling the industry.

“Raids alone do not end this industry. The compounds simply move across the border, and the people running them are rarely the ones arrested,” said Joanna Liew, a Bangkok-based researcher who studies human trafficking in the Mekong region.''',
 [("We found computers, hundreds of mobile", "Sok Vannara"),
  ("Those who are confirmed victims will", "Sok Vannara"),
  ("Some of them are victims of", "Yudha"),
  ("We have asked the Cambodian authorities", "Yudha"),
  ("They took our passports on the", "~man"),
  ("I just want to go home", "Kanokwan"),
  ("firmly supports", "Chinese Embassy in Cambodia"),
  ("Cambodia will not be a haven", "Prak Sophea"),
  ("Raids alone do not end this", "Joanna Liew")]),

# 24 -- Child online safety Bill passed in the Dewan Rakyat, Malaysian press in British single-quote style; minister's quote running over two paragraphs, opposition MP, scare quote attributed to him, Deputy Speaker, backbencher, industry statement, parents' group
('''KUALA LUMPUR: The Dewan Rakyat on Thursday passed the Online Platforms (Child Protection) Bill after a heated six-hour debate in which opposition MPs accused the Government of handing itself sweeping powers to block content.

The Bill requires social media platforms with more than eight million users in Malaysia to verify the age of account holders and to remove content harmful to children within 24 hours of a complaint. Platforms that fail to comply face fines of up to RM10mil.

Communications Minister Datuk Seri Farhan Idris, winding up the debate, said the law was aimed at platforms, not at ordinary users.

'This Bill does not criminalise a single Malaysian for posting an opinion. It places the burden where it belongs, on companies that make billions from our children,' he said.

'We have seen children groomed, blackmailed and pushed to self-harm on these platforms. Parents have come to my office in tears.

'Enough is enough.'

Opposition MP Datuk Zainal Abidin Saad said the definition of harmful content was too vague. 'Who decides what is harmful? Today it is child abuse material. Tomorrow it could be criticism of a minister,' he said.

Earlier in the debate, Zainal was ordered to withdraw a remark in which he called the minister a 'digital dictator'.

'Yang Berhormat, please withdraw that word. This is not a coffee shop,' Deputy Speaker Datuk Ramlah Yusof told him. Zainal withdrew the remark but repeated his objections to the Bill.

Government backbencher Lim Siew Ping said she supported the Bill but had concerns about its wording. 'Nobody in this House is against protecting children. But the definitions in Clause 4 are too broad, and I urge the minister to tighten them at the committee stage,' she said.

The Bill was passed by a voice vote after amendments to Clause 4 were accepted. It will now go to the Dewan Negara.

Outside Parliament, the Asia Internet Coalition, which represents major technology companies, said in a statement it was 'concerned about the short timeline for compliance' and hoped to continue engaging with the ministry.

Parents for Safe Internet Malaysia chairman Dr Aishah Rahman welcomed the passage of the law. 'Today is a good day for every parent who has lost sleep over what their child sees at night,' she said.''',
 [("This Bill does not criminalise a", "Farhan Idris"),
  ("We have seen children groomed, blackmailed", "Farhan Idris"),
  ("Enough is enough.", "Farhan Idris"),
  ("Who decides what is harmful?", "Zainal Abidin Saad"),
  ("digital dictator", "Zainal Abidin Saad"),
  ("Yang Berhormat, please withdraw that word.", "Ramlah Yusof"),
  ("Nobody in this House is against", "Lim Siew Ping"),
  ("concerned about the short timeline for", "Asia Internet Coalition"),
  ("Today is a good day for", "Aishah Rahman")]),

# 25 -- EV price war in China, SCMP business style, straight quotes; advertising slogan, executive's Weibo post with continuation, unnamed owner's Weibo comment, driver, ministry statement, analyst, unnamed dealer, rival company spokesman
('''Chinese electric vehicle maker Qilin Auto slashed prices across its entire line-up by up to 18 per cent on Monday, reigniting a price war that Beijing has repeatedly urged the industry to end.

The Shenzhen-based company's cheapest hatchback, the Q1, now starts at 49,800 yuan (US$6,900), down from 58,800 yuan. Its advertising campaign, plastered across Shenzhen's metro stations, carries the slogan "Drive the future for less than a phone bill".

Qilin president Zhao Lihua defended the move in a post on Weibo on Monday morning. "We are not starting a price war. We are passing on the savings from our own battery production to consumers," she wrote.

"Any company that cannot compete on cost should ask itself why."

The cuts angered some existing owners, who said they had seen the value of their cars drop overnight. "I bought mine three weeks ago. Overnight I lost 9,000 yuan," one owner wrote on Weibo, in a comment that was liked more than 40,000 times.

Chen Jianguo, a 41-year-old ride-hailing driver in Guangzhou, was more philosophical. "For people like me who drive 12 hours a day, a cheaper car is good news. But I worry about the resale value, and whether they will still be around to fix it in five years," he said.

The Ministry of Industry and Information Technology said in a statement on Monday evening that it would "resolutely curb disorderly competition" in the automotive sector, without naming any company.

Analysts said the cuts would accelerate a shake-out among China's more than 100 EV brands.

"The price war is really a consolidation war. Only the companies with scale and their own batteries will survive it," said Wang Haoran, an automotive analyst at a Shanghai-based consultancy.

Wang said some smaller brands were already struggling to pay suppliers on time. "Some of them are paying suppliers with commercial bills that mature in 200 days," he said.

A dealer in Dongguan who sells several domestic brands, and who declined to be named, said showroom traffic had doubled since the announcement but sales had not. "People come in, look at the new price and then say they will wait for the next cut," he said.

Rival Xingchen Motors said it had no plans to follow. "Our pricing is stable," a company spokesman said.''',
 [("Drive the future for less than", None),
  ("We are not starting a price", "Zhao Lihua"),
  ("Any company that cannot compete on", "Zhao Lihua"),
  ("I bought mine three weeks ago.", "~owner"),
  ("For people like me who drive", "Chen Jianguo"),
  ("resolutely curb disorderly competition", "Ministry of Industry and Information Technology"),
  ("The price war is really a", "Wang Haoran"),
  ("Some of them are paying suppliers", "Wang Haoran"),
  ("People come in, look at the", "~dealer"),
  ("Our pricing is stable", "Xingchen Motors")]),
]
# fmt: on

# fmt: off
STORIES_CP = [
# 1 -- Polish farmers blockade Ukrainian border crossings; Reuters wire style, straight quotes; said X with role, split quote, banner and chant, unnamed driver, state agency and Commission spokesman
('''WARSAW, March 4 (Reuters) - Polish farmers blocked three crossings on the border with Ukraine on Monday, escalating a protest against grain imports that they say are driving down prices and threatening their livelihoods.

Hundreds of tractors lined the approach roads to the Dorohusk, Hrebenne and Medyka crossings, where trucks waited in queues stretching more than 20 km (12 miles), according to border guards.

"We are not against Ukraine, we are against ruin," said Tomasz Wójcik-Zalewski, a grain farmer from near Lublin who helped organise the blockade. "Every week the silos stay full and the price goes down again."

Banners tied to the tractors read "Polish grain, Polish bread," while a small group of protesters chanted "We will not give up" as police looked on.

Agriculture Minister Katarzyna Nowicka-Brzozowska said the government shared the farmers' concerns but urged them to let trucks carrying humanitarian and military aid through.

"The government will not abandon farmers," Nowicka-Brzozowska told reporters in Warsaw. "But we cannot allow aid for a country at war to be stopped at the border."

She said Warsaw would press the European Commission to extend restrictions on Ukrainian imports beyond June, adding that the matter would be raised at a meeting of EU agriculture ministers in Brussels later this month.

The State Border Guard Service of Ukraine said about 2,400 trucks were waiting to cross into Poland and that drivers had been "left without water or toilets for days."

Ukrainian truckers stuck at Dorohusk said they had been sleeping in their cabs. "I have been here for six days. My company loses money, I lose money, and nobody talks to us," one driver said.

A spokesman for the European Commission, asked about the blockade at the daily briefing in Brussels, said the bloc's trade measures for Ukraine were "temporary, targeted and under constant review."

Grain prices in Poland have fallen by around a third since the start of last year, according to agriculture ministry data, while imports of Ukrainian wheat, maize and rapeseed into the European Union rose sharply after Russia's full-scale invasion closed Black Sea shipping routes for months.

Farm leaders said the protest would continue at least until Friday. "If Warsaw and Brussels do not listen, we will come to the capital with 10,000 tractors," Wójcik-Zalewski said.''',
 [("We are not against Ukraine, we", "Tomasz Wójcik-Zalewski"),
  ("Every week the silos stay full", "Tomasz Wójcik-Zalewski"),
  ("Polish grain, Polish bread,", None),
  ("We will not give up", None),
  ("The government will not abandon farmers,", "Katarzyna Nowicka-Brzozowska"),
  ("But we cannot allow aid for", "Katarzyna Nowicka-Brzozowska"),
  ("left without water or toilets for", "State Border Guard Service of Ukraine"),
  ("I have been here for six", "~driver"),
  ("temporary, targeted and under constant review.", "European Commission"),
  ("If Warsaw and Brussels do not", "Tomasz Wójcik-Zalewski")]),

# 2 -- German coalition row over the debt brake; Deutsche Welle style, curly quotes; told reporters, partial quotes, told DW, post on X, told ZDF, economist, closing quip with pronoun
('''Germany’s governing coalition was locked in a fresh dispute on Tuesday over next year’s budget, after Finance Minister Henrike Albrecht-Sommer rejected calls to suspend the constitutional debt brake for a third consecutive year.

“The debt brake is not an obstacle, it is a promise to the next generation,” Albrecht-Sommer told reporters in Berlin after a cabinet meeting that ran more than two hours over schedule.

Her coalition partners see it differently. Economy Minister Lukas Brenneisen has argued that tens of billions of euros in additional investment are needed for railways, bridges and the energy transition, and that the rules should be loosened in what he has called “an exceptional situation that is no longer exceptional.”

Speaking to DW on the sidelines of an industry fair in Hanover, Brenneisen said he remained confident of a deal. “We have found compromises before, and we will find one now,” he said. “But nobody should pretend that the bridges will repair themselves.”

The row has exposed deep divisions over how Germany should pay for modernizing its crumbling infrastructure while raising defense spending to meet NATO targets. The debt brake, enshrined in the Basic Law since 2009, limits new federal borrowing to 0.35% of economic output, except in emergencies.

Miriam Vogelsang, who leads the Greens’ parliamentary group, accused the finance minister of “ideological stubbornness” in a post on X. “Every euro we do not invest today will cost us three tomorrow,” she wrote.

The opposition Christian Democrats, meanwhile, said the coalition had lost the ability to govern. “This government no longer has a plan, only arguments,” CDU budget spokesman Rainer Kettelhut told public broadcaster ZDF on Tuesday evening.

Economists are divided. Sabine Drechsler-Lindqvist, chief economist at a Frankfurt-based bank, said a fresh suspension would be “legally risky but economically defensible,” given that the economy has barely grown for two years.

“The Constitutional Court set a very high bar last year, and any government that wants to declare an emergency again will have to explain why it did not prepare,” she said.

The cabinet is due to approve the draft budget by early July, before it goes to the Bundestag after the summer recess. Albrecht-Sommer said she expected talks to continue through the weekend.

Asked whether she would resign if she lost the argument, the minister smiled. “I am not going anywhere,” she said.''',
 [("The debt brake is not an obstacle,", "Henrike Albrecht-Sommer"),
  ("an exceptional situation that is no", "Lukas Brenneisen"),
  ("We have found compromises before, and", "Lukas Brenneisen"),
  ("But nobody should pretend that the", "Lukas Brenneisen"),
  ("ideological stubbornness", "Miriam Vogelsang"),
  ("Every euro we do not invest", "Miriam Vogelsang"),
  ("This government no longer has a", "Rainer Kettelhut"),
  ("legally risky but economically defensible,", "Sabine Drechsler-Lindqvist"),
  ("The Constitutional Court set a very", "Sabine Drechsler-Lindqvist"),
  ("I am not going anywhere,", "Henrike Albrecht-Sommer")]),

# 3 -- Overnight drone strike on a Ukrainian town; Kyiv Independent style, straight quotes; Telegram post, age descriptor for later mention, uncued continuation paragraph, unnamed nurse, handwritten sign, statements from Air Force, energy company and ministry
('''Russia launched 47 Shahed-type attack drones and two ballistic missiles against Ukraine overnight on Nov. 12, killing four people and injuring at least 19 in Poltava Oblast, local authorities reported.

The Ukrainian Air Force said that air defense units shot down 38 of the drones, while eight were "locally lost," likely as a result of electronic warfare.

The strike hit a nine-story apartment block and a nearby electrical substation in the town of Hlynivka, Poltava Oblast Governor Volodymyr Kovalchuk-Hnatiuk said on Telegram.

"Rescuers are still working at the site. There may be people under the rubble," Kovalchuk-Hnatiuk wrote early in the morning. Later in the day he confirmed that a 12-year-old girl was among the dead.

Residents of the building gathered in the courtyard as emergency workers cleared debris from the collapsed stairwell. Halyna Stepanenko, 67, said she had been woken by the first explosion and ran into the corridor with her husband.

"The windows came in all at once. I didn't understand if we were alive or not," the 67-year-old said, holding a cat wrapped in a blanket.

"We have lived here for 40 years. Where do we go now? Who will fix this before winter?"

A nurse at the town hospital, who asked not to be named because she was not authorized to speak to the media, said staff had worked through the night. "We had children with cuts from glass, an elderly man with a head injury. Some people are in serious condition," she told the Kyiv Independent.

On the fence outside the damaged building, someone had taped a handwritten sign: "Shelter in the basement of school No. 3."

Hlynivka Mayor Oksana Bilous-Demchenko declared Nov. 13 a day of mourning. "The enemy is deliberately targeting homes and the energy system before the cold comes," she said in a video address.

Power was restored to most of the town by evening, according to the regional energy company Poltavaoblenergo, which said repairs to the damaged substation "will take several days."

The attack was the third on Poltava Oblast this month. Russia has intensified strikes on Ukraine's energy infrastructure ahead of the heating season, and officials have warned of rolling blackouts.

The Ukrainian Foreign Ministry renewed its call on partners to speed up deliveries of air defense systems. "Every Patriot battery delivered means that towns like Hlynivka can sleep at night," the ministry said in a statement.''',
 [("locally lost,", "Ukrainian Air Force"),
  ("Rescuers are still working at the", "Volodymyr Kovalchuk-Hnatiuk"),
  ("The windows came in all at", "Halyna Stepanenko"),
  ("We have lived here for 40", "Halyna Stepanenko"),
  ("We had children with cuts from", "~nurse"),
  ("Shelter in the basement of school", None),
  ("The enemy is deliberately targeting homes", "Oksana Bilous-Demchenko"),
  ("will take several days.", "Poltavaoblenergo"),
  ("Every Patriot battery delivered means that", "Ukrainian Foreign Ministry")]),

# 4 -- European Parliament vote on packaging waste rules; Politico Europe style, curly quotes; MEPs with nationality and group, told POLITICO, split quote, NGO statement, unattributed scare quote, anonymous diplomat, commissioner statement
('''STRASBOURG — The European Parliament on Wednesday narrowly backed a watered-down version of the EU’s packaging waste rules, after a late push by the center-right European People’s Party stripped out some of the strictest bans on single-use plastics.

The text passed by 312 votes to 288, with 41 abstentions — a margin that several lawmakers privately admitted was uncomfortably close for what was supposed to be a flagship file of the Green Deal.

The lead negotiator, Belgian Liberal MEP Élodie Vandenbroucke-Maes, said she was “relieved but not satisfied.”

“We have a law, and that matters,” she told POLITICO in the corridor outside the plenary chamber. “But we lost the reuse targets for takeaway food, and I think citizens will find that very hard to understand.”

The EPP’s shadow rapporteur, Austrian MEP Gernot Aichinger-Pöll, defended the changes. He said the Commission’s original proposal would have hurt small businesses and farmers, and that his group had acted to prevent “a bureaucratic monster.”

“Nobody in this house is against recycling,” Aichinger-Pöll said. “We are against rules written in Brussels that no baker in Styria can follow.”

Environmental groups reacted angrily. Zero Waste Europe said in a statement that the vote was “a gift to the throwaway lobby,” and accused industry groups of running an aggressive campaign in the final weeks before the vote.

The so-called “paper coalition” — an alliance of packaging manufacturers that plastered Brussels metro stations with advertisements in the run-up to the plenary — welcomed the result, saying it protected jobs in the paper and pulp industry.

The vote sets Parliament’s position for negotiations with EU countries, which have yet to agree on their own. One EU diplomat said the Council was unlikely to reach a common position before the summer.

“There are at least five capitals with serious problems on the reuse part, and the presidency knows it,” the diplomat said, speaking on condition of anonymity to discuss closed-door talks.

Environment Commissioner Ilse Marjanović, who proposed the law in late 2022, put on a brave face. “A vote in Parliament is a step, not a destination,” she said in a written statement, adding that the Commission would work constructively with both institutions to close a deal before the end of the mandate.''',
 [("relieved but not satisfied.", "Élodie Vandenbroucke-Maes"),
  ("We have a law, and that matters,", "Élodie Vandenbroucke-Maes"),
  ("But we lost the reuse targets", "Élodie Vandenbroucke-Maes"),
  ("a bureaucratic monster.", "Gernot Aichinger-Pöll"),
  ("Nobody in this house is against", "Gernot Aichinger-Pöll"),
  ("We are against rules written in", "Gernot Aichinger-Pöll"),
  ("a gift to the throwaway lobby,", "Zero Waste Europe"),
  ("There are at least five capitals", "~diplomat"),
  ("A vote in Parliament is a", "Ilse Marjanović")]),

# 5 -- French rail strike over pay; The Local France style, straight quotes; union leader with role, minister on BFMTV with split quote, rebuttal with pronoun, station sign, unnamed travellers described, operator statement and chief executive
('''Rail travellers across France face a second day of disruption on Thursday as a strike by train drivers and controllers over pay continues, with only one in three TGV high-speed trains running on some lines.

SNCF, the state rail operator, said in a statement that regional TER services would be "heavily disrupted" in Occitanie, Nouvelle-Aquitaine and Auvergne-Rhône-Alpes, and advised passengers to postpone journeys where possible.

The strike was called by the CGT-Cheminots and SUD-Rail unions, who are demanding a pay rise in line with inflation and better conditions for staff working night shifts.

"We have been patient for two years. Patience does not pay the rent," said Jean-Baptiste de La Tour, regional secretary of CGT-Cheminots in Lyon, speaking to strikers outside Part-Dieu station.

Transport Minister Sylvie Marchand-Delorme called the walkout "irresponsible" at a time when millions of families are preparing to leave on holiday.

"The door to negotiation is open. It has always been open," she told BFMTV on Wednesday evening. "But you do not negotiate by taking travellers hostage."

De La Tour rejected the accusation. "Nobody is a hostage. The hostages are the drivers who work nights for a salary that has not moved," he said.

At Paris Gare de Lyon, departure boards showed long lists of cancelled trains, and a handwritten sign at the information desk read "No more information - please check the app."

Passengers were split on the strike. "I understand them, honestly, but I have a job interview in Marseille tomorrow and no way to get there," said one young woman waiting beside a suitcase.

A retired teacher travelling to see her grandchildren in Dijon was less forgiving. "Every year it is the same thing at the same moment," she said.

SUD-Rail said in a press release that a fresh strike notice had been filed covering the weekend of July 6-7, which could affect the first big departures of the summer holidays.

SNCF chief executive Hélène Faure-Castaing said the company would offer free exchanges and full refunds on all affected tickets, including Ouigo low-cost services. "Nobody will lose money because of this strike," she said.

What you need to know: if your train is cancelled, you can exchange or cancel your ticket free of charge on the SNCF Connect app or at a station ticket office. Trains that are running are likely to be very full, and seat reservations are compulsory on TGV services.''',
 [("heavily disrupted", "SNCF"),
  ("We have been patient for two", "Jean-Baptiste de La Tour"),
  ("irresponsible", "Sylvie Marchand-Delorme"),
  ("The door to negotiation is open.", "Sylvie Marchand-Delorme"),
  ("But you do not negotiate by", "Sylvie Marchand-Delorme"),
  ("Nobody is a hostage. The hostages", "Jean-Baptiste de La Tour"),
  ("No more information - please check", None),
  ("I understand them, honestly, but I", "~woman"),
  ("Every year it is the same", "~teacher"),
  ("Nobody will lose money because of", "Hélène Faure-Castaing")]),

# 6 -- War crimes verdict at the Court of Bosnia and Herzegovina; Balkan Insight style, straight quotes; presiding judge reading verdict, partial quote, defence lawyer split quote, prosecutor's office statement, victim's relative with "she added", unnamed former detainee, trial monitor
('''The Court of Bosnia and Herzegovina on Friday sentenced Dragan Mitrović-Kesić, a former wartime police commander in the municipality of Gornji Zelenkovac, to 12 years in prison for crimes against humanity committed against Bosniak civilians in the summer of 1992.

Presiding judge Amra Hodžić-Begović said the trial chamber had established beyond reasonable doubt that Mitrović-Kesić had ordered the unlawful detention of at least 64 civilians in a primary school building, where detainees were beaten, interrogated and denied food.

"The defendant knew what was happening in the school, he had the authority to stop it, and he did not," Hodžić-Begović said as she read out the verdict.

She said the chamber had taken into account as mitigating circumstances his "correct conduct before the court" and the fact that he had no previous convictions.

Mitrović-Kesić, 61, who pleaded not guilty, listened to the verdict without visible emotion. His lawyer, Nenad Savić, told reporters outside the courthouse that the defence would appeal.

"This verdict is based on the testimony of witnesses who contradicted themselves on key points," Savić said. "We believe the appellate panel will see that."

The Prosecutor's Office of Bosnia and Herzegovina welcomed the verdict, saying in a statement that it "brings a measure of justice to the victims and their families after more than three decades."

During the trial, which lasted almost three years, the court heard 46 witnesses. One former detainee, whose identity was protected, told the court that guards had forced prisoners to sing nationalist songs at night. "They made us sing until we lost our voices, and then they beat us for singing badly," the former detainee said.

Members of a victims' association from Gornji Zelenkovac, who had travelled to Sarajevo for the hearing, said the sentence was too lenient. "Twelve years for 64 people. Tell me, is that justice?" said Fadila Mujkić, whose father and two brothers were among those held in the school. Her father was never seen again.

"We waited 30 years for this day," she added. "I am glad he was convicted, but my father's grave is still unknown."

Lejla Karahasan, who monitors war crimes trials for a Sarajevo-based human rights organisation, said the sentence was in line with recent practice. "Sentences between ten and 15 years have become the norm for this kind of crime, and victims increasingly feel that the courts are in a hurry to close the chapter," she told BIRN.

The verdict is not final and can be appealed before the appellate division of the same court.''',
 [("The defendant knew what was happening", "Amra Hodžić-Begović"),
  ("correct conduct before the court", "Amra Hodžić-Begović"),
  ("This verdict is based on the", "Nenad Savić"),
  ("We believe the appellate panel will", "Nenad Savić"),
  ("brings a measure of justice to", "Prosecutor's Office of Bosnia and Herzegovina"),
  ("They made us sing until we", "~detainee"),
  ("Twelve years for 64 people.", "Fadila Mujkić"),
  ("We waited 30 years for this", "Fadila Mujkić"),
  ("I am glad he was convicted,", "Fadila Mujkić"),
  ("Sentences between ten and 15 years", "Lejla Karahasan")]),

# 7 -- Polish parliament passes judicial council bill; Notes from Poland style, curly quotes with British punctuation; minister in the Sejm with split quote, words of the bill, opposition MP, president's aide on TVN24 with "added", Commission spokesperson, post on X, academic told Notes from Poland
('''Poland’s parliament has approved a bill to overhaul the National Council of the Judiciary (KRS), the body that nominates judges, in what the government describes as a key step towards restoring the rule of law after eight years of Law and Justice (PiS) rule.

The legislation passed the Sejm by 241 votes to 198 on Friday. It would end the terms of the council’s current members, who were chosen by parliament under changes introduced in 2018, and return the right to select 15 of its members to judges themselves.

“Today we are taking the first real step towards repairing the damage,” justice minister Marek Zieliński-Obara told the Sejm before the vote. “Polish citizens deserve judges whose status nobody can question.”

The bill states that judicial members of the council “shall be elected by judges from among judges, in a secret and universal ballot” – wording the government says reflects the original intention of the constitution.

PiS MPs called the legislation unconstitutional. “This is not restoring the rule of law, this is a purge dressed up in European language,” said PiS deputy Agnieszka Rutkowska-Pilch during the debate.

The bill must now be approved by the Senate and signed by the president, who has signalled that he may veto it. Speaking to broadcaster TVN24, the head of the president’s office, Wojciech Hartman, said the president would “analyse the bill carefully and without haste”.

“The president has repeatedly said that he will not sign laws that violate the constitution, and nothing has changed in that respect,” Hartman added.

The European Commission, which has linked the release of billions of euros in EU funds to judicial reforms, welcomed the vote. A spokesperson said it was “a positive development that we will assess in detail”.

Judges’ association Iustitia, which has long campaigned against the 2018 changes, said the law did not go far enough. Its president, Beata Szczęsna-Wolny, wrote on X that “without resolving the status of the so-called neo-judges, we are building on sand”.

More than 2,000 judges have been appointed on the recommendation of the current KRS, whose legitimacy has been questioned by both the European Court of Human Rights and the EU’s Court of Justice.

“The government is in a trap,” Jakub Dąbrowiecki, a constitutional law professor at the University of Warsaw, told Notes from Poland. “If it ignores the president, it risks repeating the methods it criticised for years. If it waits for him, nothing changes.”''',
 [("Today we are taking the first", "Marek Zieliński-Obara"),
  ("Polish citizens deserve judges whose status", "Marek Zieliński-Obara"),
  ("shall be elected by judges from", None),
  ("This is not restoring the rule", "Agnieszka Rutkowska-Pilch"),
  ("analyse the bill carefully and without", "Wojciech Hartman"),
  ("The president has repeatedly said that", "Wojciech Hartman"),
  ("a positive development that we will", "European Commission"),
  ("without resolving the status of the", "Beata Szczęsna-Wolny"),
  ("The government is in a trap,", "Jakub Dąbrowiecki"),
  ("If it ignores the president, it", "Jakub Dąbrowiecki")]),

# 8 -- Migrant arrivals overwhelm Lampedusa; AFP style, straight quotes; coast guard statement, mayor told AFP with split quote, migrant identified by first name only, NGO ship captain with "said the ship's captain", UN agency spokeswoman, minister partial quote then full quote
('''LAMPEDUSA, Italy (AFP) - More than 1,800 migrants arrived on the Italian island of Lampedusa in 48 hours, overwhelming its reception centre and prompting the mayor to call for a state of emergency, officials said Sunday.

Most had left from the Tunisian port of Sfax aboard small metal boats, according to the Italian coast guard, which said in a statement it had carried out 37 rescue operations since Friday "in difficult sea conditions".

The reception centre in the Contrada Imbriacola district, built for about 400 people, was hosting more than 1,500 on Sunday morning, the Italian Red Cross said.

"We are doing what we can, but the island cannot do this alone," Lampedusa mayor Filippo Martello-Scalia told AFP. "Rome and Brussels must stop treating this as a local problem."

Among those waiting in the sun outside the centre was Moussa, a 19-year-old from Guinea who declined to give his surname. He said he had spent four months in Tunisia working on construction sites before paying 1,500 euros for a place on a boat.

"The sea was very strong. Some people were crying the whole night," he told AFP. "When I saw the Italian boat, I thought: now I am born again."

The German charity rescue ship Nordlicht said it had been assigned the port of Ancona, a sail of almost four days, to disembark the 62 people it had picked up on Saturday.

"Sending us to a port so far away means the central Mediterranean has one rescue ship fewer for a week," said the ship's captain, Ingrid Halvorsen-Weiss. The interior ministry has defended the practice, saying it is needed to spread arrivals fairly across Italy.

UNHCR spokeswoman Chiara Benedetti-Russo said transfers from Lampedusa to Sicily and the mainland must be accelerated. "People are sleeping on the ground, with very little shade and not enough water. This is not acceptable," she said.

Interior Minister Giancarlo Ferrante-Lodi said Sunday that Italy would "never become Europe's refugee camp" and called on the European Commission to implement a deal with Tunisia aimed at curbing departures.

"Italy has done its part. Now it is Europe's turn," he said at a party event in Turin.

More than 105,000 people have reached Italy by sea since January, according to interior ministry figures, compared with around 60,000 in the same period last year.''',
 [("in difficult sea conditions", "Italian coast guard"),
  ("We are doing what we can,", "Filippo Martello-Scalia"),
  ("Rome and Brussels must stop treating", "Filippo Martello-Scalia"),
  ("The sea was very strong.", "Moussa"),
  ("When I saw the Italian boat,", "Moussa"),
  ("Sending us to a port so", "Ingrid Halvorsen-Weiss"),
  ("People are sleeping on the ground,", "Chiara Benedetti-Russo"),
  ("never become Europe's refugee camp", "Giancarlo Ferrante-Lodi"),
  ("Italy has done its part.", "Giancarlo Ferrante-Lodi")]),

# 9 -- Catalonia drought emergency; Euronews style, curly quotes; agency head with Catalan particle name, farmer with age descriptor and uncued continuation, protest placard plus translation, scientist split quote, ministry statement, anonymous social media user
('''Catalonia has declared a drought emergency in more than 200 municipalities, including Barcelona, imposing the strictest water restrictions the region has seen in decades.

Under the new rules, which come into force on Friday, average daily water consumption will be capped at 200 litres per person, including industrial and municipal use, while agricultural irrigation must be cut by 80%.

“We are facing the worst drought since records began,” the director of the Catalan Water Agency, Montserrat Vidal i Puig, told a press conference in Barcelona. “There is no room for error.”

Reservoirs in Catalonia’s internal river basins are at 15% of their capacity, according to official data, and experts warn that some coastal towns may have to rely on water brought in by ship during the summer.

For farmers on the Lleida plain, the measures are a heavy blow. Jordi Camprubí, who grows peaches and apples near the town of Alcarràs, said many of his neighbours would not survive another dry year.

“My grandfather planted these trees. I do not know if my son will be able to keep them,” the 52-year-old told Euronews, standing in an orchard where the ground had cracked into grey plates.

“We are told to save water, and we do. But nobody tells us what we are supposed to live on.”

Protesters outside the regional parliament on Tuesday carried placards reading “Sense aigua no hi ha pagesia” – “Without water there is no farming” – and accused the Catalan government of failing to invest in desalination plants and in repairing leaking pipes.

Climate scientist Núria Ferrer-Solà, from the University of Barcelona, said the drought was consistent with what climate models predict for the western Mediterranean. “This is not a bad year, this is the new baseline,” she said. “We have to plan as if rain is the exception.”

The Spanish Ministry for the Ecological Transition said in a statement that it would “accelerate all necessary works” to connect Catalonia’s network to the Ebro basin and to expand the desalination plant at El Prat.

Anger has also been directed at the tourism industry. A video shared widely on social media showed a hotel swimming pool in Lloret de Mar being filled from a tanker truck. “They fill pools while we cannot water tomatoes,” one user wrote on X, in a post viewed more than two million times.

Hotel associations say most pools use recycled or sea water and that tourism accounts for a small share of total consumption in the region.''',
 [("We are facing the worst drought", "Montserrat Vidal i Puig"),
  ("There is no room for error.", "Montserrat Vidal i Puig"),
  ("My grandfather planted these trees.", "Jordi Camprubí"),
  ("We are told to save water,", "Jordi Camprubí"),
  ("Sense aigua no hi ha pagesia", None),
  ("Without water there is no farming", None),
  ("This is not a bad year,", "Núria Ferrer-Solà"),
  ("We have to plan as if", "Núria Ferrer-Solà"),
  ("accelerate all necessary works", "Spanish Ministry for the Ecological Transition"),
  ("They fill pools while we cannot", "~user")]),

# 10 -- Slovakia threatens Ukraine over end of Russian gas transit; Reuters style, straight quotes; prime minister in Facebook video, minister told reporters, company statement, named Commission spokesperson, analyst said X with role, anonymous official told Reuters, regulator partial quote
('''BRATISLAVA/KYIV, Dec 30 (Reuters) - Slovakia warned on Monday that it could halt emergency electricity supplies to Ukraine if Kyiv goes ahead with plans to stop the transit of Russian gas through its territory when a five-year contract expires at the end of the year.

"If Ukraine stops the transit, we will consider all options, including the electricity we send to them in emergencies," Slovak Prime Minister Ľubomír Kováčik said in a video posted on Facebook. "Slovakia will not pay for someone else's political decisions."

Ukraine, which has relied on power imports from its western neighbours during Russian missile attacks on its grid, said it would not extend the agreement with Russia's Gazprom under any circumstances.

"We will not allow Russia to earn billions on the blood of our citizens," Ukrainian Energy Minister Oleksandr Havryliuk-Lysenko told reporters in Kyiv. "European partners have had three years to prepare. This was not a surprise."

Gazprom said in a statement that it had "fulfilled all its obligations" under the transit contract and that responsibility for any disruption to European customers would lie with the Ukrainian side.

The European Commission said the bloc was prepared. Commission spokesperson Anna-Lena Voskuijlen told a regular briefing that alternative routes via Germany, Italy and the Trans-Balkan pipeline "have sufficient capacity to supply the countries concerned."

Slovakia, Austria and Hungary have been the main remaining buyers of Russian pipeline gas flowing through Ukraine, which accounted for about 5% of EU gas imports this year.

Analysts said the impact on European gas prices would likely be limited. "The market has priced this in for months," said Tomáš Veselý, head of energy research at a Prague-based brokerage. "The bigger question is the political fallout in Central Europe."

A senior Slovak official, speaking on condition of anonymity because he was not authorised to discuss the talks publicly, said Bratislava was looking for a last-minute arrangement that would keep gas flowing. "We are talking to Azerbaijan, to the Commission, to everyone, but there is no solution before January," the official told Reuters.

Austria's energy regulator E-Control said supplies in the country were "secure for the winter" thanks to storage levels of around 80% and alternative deliveries through Germany and Italy.

Benchmark Dutch TTF gas futures were little changed on Monday, trading at around 48 euros per megawatt hour.''',
 [("If Ukraine stops the transit, we", "Ľubomír Kováčik"),
  ("Slovakia will not pay for someone", "Ľubomír Kováčik"),
  ("We will not allow Russia to", "Oleksandr Havryliuk-Lysenko"),
  ("European partners have had three years", "Oleksandr Havryliuk-Lysenko"),
  ("fulfilled all its obligations", "Gazprom"),
  ("have sufficient capacity to supply the", "Anna-Lena Voskuijlen"),
  ("The market has priced this in", "Tomáš Veselý"),
  ("The bigger question is the political", "Tomáš Veselý"),
  ("We are talking to Azerbaijan, to", "~official"),
  ("secure for the winter", "E-Control")]),

# 11 -- Front-line feature from a drone unit in Donetsk Oblast; Kyiv Independent style, curly quotes, present-tense "says"; soldiers identified by first name or call sign, descriptions for later mentions, banner, medic quoted over two paragraphs, final short quote
('''DONETSK OBLAST — The dugout is three meters underground, lit by a single LED strip and the glow of four monitors. On one of them, a grey field slides past as a reconnaissance drone drifts over Russian positions less than six kilometers away.

“Quiet today. That usually means they are preparing something,” says Andrii, a 34-year-old platoon commander in a mechanized brigade defending the approaches to the town of Novoselivka. In line with military rules, he gave only his first name.

Next to him, a drone operator who goes by the call sign “Lys” — Ukrainian for fox — steers the aircraft with small movements of his thumbs. Before the full-scale invasion, he designed video games in Lviv.

“Everyone jokes that I finally found a job where my hobby is useful,” the operator says without taking his eyes off the screen. “It is not funny, of course. But you have to joke, otherwise you go crazy.”

The brigade has been holding this section of the front for five months. Russian forces attack in small groups, sometimes on motorcycles or quad bikes, trying to slip through gaps between Ukrainian positions.

“They do not count their people. We have to count every one of ours,” Andrii says.

Shortages remain a problem. The unit relies heavily on volunteers for drones, batteries and vehicles, and on crowdfunding campaigns run by relatives of its soldiers. A banner above the entrance to the dugout, donated by a school in Ternopil, reads “Come home alive.”

At a stabilization point a few kilometers behind the line, a combat medic, Oleksandra, 29, describes evacuations as the most dangerous part of the work.

“Before, we could drive right up to the positions. Now every road is watched by drones, and sometimes a wounded soldier waits for a day before we can reach him,” she says. She joined the army in 2022 after her brother was killed near Bakhmut.

“People ask me if I am afraid. Of course I am afraid. Everyone here is,” she says.

“But I cannot imagine being somewhere else while this is happening. I would not be able to look at myself.”

Back in the dugout, the monitor shows movement near a treeline. Andrii leans forward. “There they are,” he says quietly, and reaches for the radio.''',
 [("Quiet today. That usually means they", "Andrii"),
  ("Everyone jokes that I finally found", "Lys"),
  ("It is not funny, of course.", "Lys"),
  ("They do not count their people.", "Andrii"),
  ("Come home alive.", None),
  ("Before, we could drive right up", "Oleksandra"),
  ("People ask me if I am", "Oleksandra"),
  ("But I cannot imagine being somewhere", "Oleksandra"),
  ("There they are,", "Andrii")]),

# 12 -- EU summit blocked over Ukraine accession talks; Politico Europe style, straight quotes; draft conclusions seen by POLITICO, doorstep quotes with titles, foreign minister partial then full quote, two anonymous diplomats, prime minister partial quote, deputy PM post on X
('''BRUSSELS — EU leaders arrived at Thursday's summit with a deal on opening the first cluster of Ukraine's accession negotiations still blocked by Hungary, raising the prospect of yet another all-night session in the Europa building.

Draft conclusions seen by POLITICO state that the European Council "welcomes Ukraine's substantial progress on reforms" and invites the Council to open talks "as soon as all conditions are met" — wording that several diplomats said had been softened twice this week to accommodate Budapest.

"Everybody in this room knows that Ukraine has done its homework," Estonian Prime Minister Kadri Tamm-Lõhmus said as she arrived. "The question is whether one capital can hold 26 others hostage."

Hungarian Foreign Minister Péter Szalai-Kardos, who was standing in for his prime minister at the start of the meeting, told reporters Budapest would not "sign a blank cheque."

"We are not against Ukraine. We are for the rights of the Hungarian minority in Transcarpathia, and these rights are still not respected," he said.

Diplomats said the Hungarian demands included guarantees on minority-language education and the return of several Hungarian-language schools to their previous status.

"We have been here before. It will end at 4 a.m. with a text nobody likes and everybody signs," one EU diplomat said, speaking on condition of anonymity.

A second diplomat, from a Nordic country, was less sure. "This time I am not so sure they have anything to give him," he said.

Dutch Prime Minister Maarten de Wit-Verhoeven said he was "cautiously hopeful" but warned that the EU's credibility was at stake if talks were delayed again.

Kyiv was watching closely. Ukraine's Deputy Prime Minister for European Integration, Iryna Danylchuk-Moroz, wrote on X shortly before the summit began: "Ukraine is ready. We hope Europe is too."

Leaders are also expected to discuss the use of proceeds from frozen Russian central bank assets and the next tranche of military support through the European Peace Facility, which Hungary has also held up for months.''',
 [("welcomes Ukraine's substantial progress on reforms", None),
  ("as soon as all conditions are", None),
  ("Everybody in this room knows that", "Kadri Tamm-Lõhmus"),
  ("The question is whether one capital", "Kadri Tamm-Lõhmus"),
  ("sign a blank cheque.", "Péter Szalai-Kardos"),
  ("We are not against Ukraine.", "Péter Szalai-Kardos"),
  ("We have been here before.", "~diplomat"),
  ("This time I am not so", "~diplomat"),
  ("cautiously hopeful", "Maarten de Wit-Verhoeven"),
  ("Ukraine is ready. We hope Europe", "Iryna Danylchuk-Moroz")]),

# 13 -- Czech coalition partner quits government; Radio Prague International style, curly quotes; party leader with split quote, prime minister in televised address continued in next paragraph, opposition leader on Czech Television, president's spokesman partial quote, minister on X, analyst, unnamed pensioner
('''Prime Minister Jaroslav Hořejší’s government lost its majority in the Chamber of Deputies on Wednesday after the centrist Together for the Regions party announced it was leaving the five-party coalition in a dispute over a planned pension reform.

The party’s leader, Regional Development Minister Lenka Dvořáková-Procházková, said its three ministers would submit their resignations by the end of the week.

“We cannot stay in a government that is asking people to work until 68 while refusing to touch its own privileges,” Dvořáková-Procházková told a news conference in Prague. “This was not an easy decision, but it is the honest one.”

The reform, which the cabinet approved in May, would gradually raise the retirement age from 65 to 68 for people born after 1970 and change the way pensions are indexed to inflation.

Labour Minister Tomáš Beneš-Richter, who drafted the legislation, said the bill would go ahead regardless. “The demographics do not care about coalition arithmetic,” he wrote on X.

Hořejší said he regretted the decision but that the government would continue as a minority cabinet. “The Czech Republic needs stability, not another political crisis six months before an election,” he said in a televised address on Wednesday evening.

“I will ask the remaining partners to confirm their support in the coming days. I am convinced that we have enough votes in the Chamber to finish what we started.”

The remaining coalition parties control 98 of the 200 seats in the lower house and would need the support of independent deputies to survive a confidence vote.

Opposition leader Marek Šťastný called for early elections. “This government is finished. The only question is how long it will pretend otherwise,” he said during a debate on Czech Television.

A spokesman for the president, Vladimír Kroupa, said the head of state would meet Hořejší at Prague Castle on Thursday and wanted “a clear and quick solution”.

Political analyst Klára Nováková of Charles University said the timing was no accident. “Together for the Regions has been losing voters for a year. Leaving now lets them campaign as the party that said no,” she told Radio Prague International.

Outside the Anděl metro station, few passers-by seemed surprised. “Honestly, I stopped following who is in which government a long time ago,” said one pensioner, who was carrying shopping bags home.''',
 [("We cannot stay in a government", "Lenka Dvořáková-Procházková"),
  ("This was not an easy decision,", "Lenka Dvořáková-Procházková"),
  ("The demographics do not care about", "Tomáš Beneš-Richter"),
  ("The Czech Republic needs stability, not", "Jaroslav Hořejší"),
  ("I will ask the remaining partners", "Jaroslav Hořejší"),
  ("This government is finished.", "Marek Šťastný"),
  ("a clear and quick solution", "Vladimír Kroupa"),
  ("Together for the Regions has been", "Klára Nováková"),
  ("Honestly, I stopped following who is", "~pensioner")]),

# 14 -- Germany extends border controls; Deutsche Welle style, curly quotes; interior minister partial quote then split quote, NGO statement, words of the Schengen Borders Code, Polish deputy minister told DW, commuter identified by first name and age, police union official told ARD
('''Germany will extend temporary controls at all of its land borders for a further six months, the Interior Ministry in Berlin announced on Monday, drawing criticism from neighboring countries and business groups.

Interior Minister Wolfgang Rehberg-Stein said the checks had “proven their worth” in reducing irregular migration and disrupting people-smuggling networks.

“Since the controls began, federal police have turned back more than 30,000 people and arrested over 1,400 suspected smugglers,” Rehberg-Stein said at a press conference. “These numbers speak for themselves.”

Critics say the figures tell only part of the story. The refugee rights organization Pro Asyl said in a statement that the controls were “political symbolism at the expense of people seeking protection” and questioned whether they were compatible with EU law.

Under the Schengen Borders Code, controls at internal borders may only be reintroduced “as a last resort” in the event of a serious threat to public policy or internal security, and for a limited period. The European Commission has so far declined to challenge Germany’s repeated extensions.

In Poland, where tens of thousands of people cross the Oder River every day for work, the reaction was cool. Deputy Foreign Minister Anna Kwiatkowska-Leś said Warsaw had not been consulted in advance. “Partners should talk to each other before, not after,” she told DW.

In the Polish border town of Słubice, opposite Frankfurt an der Oder, commuters described long and unpredictable waits. Marta, a 41-year-old care worker who crosses the bridge each morning to a nursing home on the German side, said her journey now took up to an hour longer.

“Some days the police wave us through, some days they check everyone,” she said. “You never know, so you leave earlier and earlier.”

Business associations in the border regions of Saxony and Brandenburg say the delays are costing companies money and making it harder to recruit staff from Poland and the Czech Republic.

The German police union GdP said its officers were stretched thin by the additional duties. “We can run these controls, but not forever without more staff,” GdP deputy chairman Jochen Kühnert told public broadcaster ARD.

The extension is due to take effect on March 16 and must be formally notified to the European Commission.''',
 [("proven their worth", "Wolfgang Rehberg-Stein"),
  ("Since the controls began, federal police", "Wolfgang Rehberg-Stein"),
  ("These numbers speak for themselves.", "Wolfgang Rehberg-Stein"),
  ("political symbolism at the expense of", "Pro Asyl"),
  ("as a last resort", None),
  ("Partners should talk to each other", "Anna Kwiatkowska-Leś"),
  ("Some days the police wave us", "Marta"),
  ("You never know, so you leave", "Marta"),
  ("We can run these controls, but", "Jochen Kühnert")]),

# 15 -- Romanian teachers' strike march; AFP style, straight quotes; banner and chant, union leader said X with role, minister partial quote then quote via Agerpres, teacher told AFP with split quote, ministry statement, unnamed student, prime minister
('''BUCHAREST (AFP) - Tens of thousands of Romanian teachers marched through Bucharest on Wednesday to demand higher wages, as a nationwide strike that has shut schools for two weeks showed no sign of ending.

Protesters gathered outside the government headquarters in Victoriei Square, waving flags and carrying banners that read "Respect for teachers, future for children". Some blew whistles and chanted "Resign! Resign!" as ministers met inside.

"A young teacher earns less than a supermarket cashier. That is the truth nobody in this government wants to hear," said Marius Ionescu-Dobre, leader of the National Federation of Education Unions, which represents about 150,000 staff.

Education Minister Ioana Constantinescu-Vlad said the government had offered a 25 percent rise spread over two years, and accused the unions of "moving the goalposts every day".

"We have put on the table the largest increase of the last decade. There is a limit to what the budget can support," she said, quoted by the Agerpres news agency.

Romania has one of the largest budget deficits in the European Union and is under pressure from Brussels to cut spending.

Among the marchers was Elena Rusu, 33, who teaches Romanian literature at a high school in Iasi. "I love my job, but I have a second job in the evenings to pay my rent," she told AFP. "My students know it. They see how tired I am."

The strike has thrown end-of-year exams into doubt, with many schools unable to hold final assessments. The Education Ministry said in a statement that "the calendar of national exams remains unchanged" and that the baccalaureate would begin on schedule at the end of June.

Some students joined the march in solidarity. "Our teachers are fighting for us too," said one high school student holding a cardboard sign.

Late on Wednesday, Prime Minister Nicolae Stoica said a new offer would be presented to the unions on Thursday morning. "I want the children back in school on Monday," Stoica said after meeting union leaders.

Union officials said they would put any new proposal to a vote of members before deciding whether to suspend the strike.''',
 [("Respect for teachers, future for children", None),
  ("Resign! Resign!", None),
  ("A young teacher earns less than", "Marius Ionescu-Dobre"),
  ("moving the goalposts every day", "Ioana Constantinescu-Vlad"),
  ("We have put on the table", "Ioana Constantinescu-Vlad"),
  ("I love my job, but I", "Elena Rusu"),
  ("My students know it.", "Elena Rusu"),
  ("the calendar of national exams remains", "Education Ministry"),
  ("Our teachers are fighting for us", "~student"),
  ("I want the children back in", "Nicolae Stoica")]),

# 16 -- Dutch farmers' tractor protest against nitrogen buy-outs; DutchNews style, British single quotes; farmer-spokesman said X with particle surname, provincial official partial then split quote to broadcaster, banner with translation, police spokeswoman, ecologist with compound particle surname, anonymous farmer over two sentences
('''Hundreds of farmers drove tractors into the centre of Arnhem on Tuesday to protest against provincial plans to buy out livestock farms close to protected nature areas, causing long tailbacks on the A12 motorway during the morning rush hour.

The Gelderland provincial executive wants to halve nitrogen emissions around the Veluwe nature reserve by 2030 and has earmarked €1.2bn for voluntary buy-outs of dairy, pig and poultry farms.

'We are not the problem, we are the solution,' said Gerrit-Jan van der Veen, a dairy farmer from Barneveld and spokesman for the local branch of Farmers Defence Force. 'Without farmers there is no food and no countryside.'

Provincial executive member Ingrid Bosman-Tersteeg, who is responsible for the plans, met a delegation of farmers at the provincial government building. She said afterwards that the conversation had been 'tough but respectful'.

'Nobody is being forced to leave,' she told regional broadcaster Omroep Gelderland. 'But if we do nothing, the courts will stop every building permit in this province, for farms and for homes.'

Many tractors carried upside-down Dutch flags, which have become the symbol of the farmers' movement, and one towed a trailer with a large banner reading 'Geen boeren, geen voedsel' (No farmers, no food).

The Oost-Nederland police said the protest had been largely peaceful, though two tractors that drove onto the motorway were impounded and their drivers fined. 'We respect the right to protest, but the motorway is not a car park,' a spokeswoman said.

Nature organisation Natuurmonumenten said the plans were long overdue. 'The Veluwe is suffocating. Every year we wait, more species disappear from the heathland,' said Femke Hoekstra-de Boer, an ecologist with the organisation.

Not every farmer in the province is opposed. Away from the crowd, one pig farmer from Ede, who did not want to be named, said he was considering the offer. 'Honestly, if the price is right, I will think about it,' he said. 'My children do not want to take over anyway.'

The province says around 120 farmers have so far expressed interest in the voluntary scheme. If not enough farmers sign up, the provincial executive has said it cannot rule out compulsory purchases from 2026.''',
 [("We are not the problem, we", "Gerrit-Jan van der Veen"),
  ("Without farmers there is no food", "Gerrit-Jan van der Veen"),
  ("tough but respectful", "Ingrid Bosman-Tersteeg"),
  ("Nobody is being forced to leave,", "Ingrid Bosman-Tersteeg"),
  ("But if we do nothing, the", "Ingrid Bosman-Tersteeg"),
  ("Geen boeren, geen voedsel", None),
  ("We respect the right to protest,", "Oost-Nederland police"),
  ("The Veluwe is suffocating.", "Femke Hoekstra-de Boer"),
  ("Honestly, if the price is right,", "~farmer"),
  ("My children do not want to", "~farmer")]),

# 17 -- Belgian national strike grounds Brussels Airport flights; Brussels Times style, straight quotes; airport and rail operator statements, union president said X, placards, prime minister told Belga, stranded passenger named, second union leader, employers' chief executive with trailing attribution
('''All departing flights from Brussels Airport were cancelled on Monday as a national day of action against the federal government's pension reform brought much of Belgium to a standstill.

The airport said in a statement on Sunday evening that it had "no choice but to cancel all departures" because security staff would not be present in sufficient numbers. About half of arriving flights were also cancelled, and Brussels South Charleroi Airport said it would operate no flights at all.

Public transport in the capital was severely disrupted, with Brussels transport company STIB running only a handful of metro services. Trains ran on a reduced timetable, with railway operator SNCB offering "an alternative service of about one in three trains" on most lines.

Tens of thousands of people gathered at Brussels-North station for a march through the city centre organised by the three main union federations.

"This government wants people to work longer for a smaller pension. That is not reform, that is theft," said Thierry Vandermeulen-Dubois, president of the socialist union ABVV-FGTB, at the start of the march.

Marchers carried placards reading "Hands off our pensions" and "Work until you die?" as they walked towards the Mont des Arts.

Prime Minister Koen Verbrugghe said the government would not back down. "We respect the right to strike, but this reform is necessary if we want to keep paying pensions in 20 years," Verbrugghe told Belga news agency.

The reform would introduce a penalty for people who retire early without a full career and tighten the rules for special pension schemes for teachers, soldiers and railway staff.

At the airport, which had told passengers not to come, a few stranded travellers waited in the departures hall. Kateryna Melnyk, a Ukrainian who lives and works in Leuven, had hoped to fly to Kraków to meet her parents. "I checked the website yesterday and my flight was still on. This morning, nothing," she said.

Ann De Clercq-Peeters of the Christian union ACV-CSC said further action was likely. "If the government does not listen today, there will be more days like this one," she said, adding that the unions would meet next week to agree a calendar.

Employers were critical of the strike. "Every national strike costs the Belgian economy hundreds of millions of euros, and in the end it is the workers who pay," said Pieter Wauters, chief executive of the Federation of Belgian Enterprises (VBO-FEB).

Brussels Airport said it expected to resume a normal schedule on Tuesday, although some delays were possible in the morning.''',
 [("no choice but to cancel all", "Brussels Airport"),
  ("an alternative service of about one", "SNCB"),
  ("This government wants people to work", "Thierry Vandermeulen-Dubois"),
  ("Hands off our pensions", None),
  ("Work until you die?", None),
  ("We respect the right to strike,", "Koen Verbrugghe"),
  ("I checked the website yesterday and", "Kateryna Melnyk"),
  ("If the government does not listen", "Ann De Clercq-Peeters"),
  ("Every national strike costs the Belgian", "Pieter Wauters")]),

# 18 -- Fatal shooting in an Uppsala suburb; The Local Sweden style, curly quotes; police spokesperson told The Local with split quote, legal term in quotes, unnamed woman resident, youth worker with age descriptor told local paper, minister on X with partial quote and "he added", opposition spokesperson
('''A 17-year-old boy was shot dead and two other people were injured in a shooting in the Uppsala district of Norrbacka on Saturday night, in what police believe may be the latest episode in a conflict between criminal gangs.

Police were called to a square in the district shortly before 10pm after several reports of shots being fired. The teenager was pronounced dead at the scene. A man in his 40s and a woman in her 20s, who police believe were passers-by, were taken to Uppsala University Hospital.

“We are at an early stage of the investigation and are keeping an open mind about the motive,” police spokesperson Lina Håkansson told The Local on Sunday. “But we are looking at whether this is linked to the ongoing conflict between criminal networks in the region.”

No arrests had been made by Sunday afternoon. Police have designated the area a “security zone” for two weeks, which under legislation that came into force last year allows officers to stop and search people without suspicion of a crime.

Residents said the shooting had left the neighbourhood in shock. “I heard four or five bangs and thought it was fireworks,” said one woman who lives in a building overlooking the square. “Then I saw people running and a boy lying on the ground.”

Ahmed Yusuf-Farah, who runs a youth club in Norrbacka, said the boy had been a regular visitor until last year. “He was a funny kid, good at football. Then he stopped coming, and we knew what that meant,” the 45-year-old told local newspaper Upsala Nya Tidning.

Sweden has had one of the highest rates of deadly gun violence in Europe in recent years, with gangs increasingly recruiting children too young to be sentenced to prison to carry out attacks.

Justice Minister Gunnar Lindqvist-Åberg wrote on X that the government would “never accept that children are used as soldiers by gangs”.

“We have given the police new tools, and we will give them more,” he added in an interview with public broadcaster SVT later on Sunday.

The opposition Social Democrats accused the government of neglecting prevention. “You cannot arrest your way out of this. You have to reach these boys before the gangs do,” said the party’s justice spokesperson, Sara Eklund.

Police have asked anyone who was in the area on Saturday evening, or who has video footage, to contact them on 114 14.''',
 [("We are at an early stage", "Lina Håkansson"),
  ("But we are looking at whether", "Lina Håkansson"),
  ("I heard four or five bangs", "~woman"),
  ("Then I saw people running and", "~woman"),
  ("He was a funny kid, good", "Ahmed Yusuf-Farah"),
  ("never accept that children are used", "Gunnar Lindqvist-Åberg"),
  ("We have given the police new", "Gunnar Lindqvist-Åberg"),
  ("You cannot arrest your way out", "Sara Eklund")]),

# 19 -- Transnistria gas cut-off; Balkan Insight style, straight quotes; Moldovan minister at press conference, self-styled leader partial and full quote, resident identified by first name with split quote, state gas company statement in two partial quotes, EU ambassador, think-tank director told BIRN
('''Moldova's government on Tuesday offered to supply gas to the breakaway region of Transnistria on commercial terms, as residents of the pro-Russian enclave entered a third week without central heating after Russian deliveries stopped on January 1.

"We are ready to help the people on the left bank, who are citizens of Moldova like everyone else, but gas costs money and someone has to pay for it," Energy Minister Dorin Ciobanu-Lupașcu told a press conference in Chisinau.

The authorities in Tiraspol, which are not recognised by any country, including Russia, have rejected the offer so far. The region's self-styled leader, Vadim Kostenko, accused Chisinau of "using gas as a weapon" against the region's roughly 350,000 inhabitants.

"Chisinau wants us to kneel. We will not kneel," Kostenko said in a televised address on Monday evening.

In Tiraspol, residents said they were heating single rooms with electric heaters and sleeping in coats and hats. Most industrial plants in the region, including its steel works, have stopped production, and thousands of workers have been sent home on reduced pay.

"We put all the children in one room and keep the heater there," said Svetlana, a 38-year-old mother of three who asked that her surname not be published. "The rest of the flat is like a fridge."

Moldova's state gas company Moldovagaz said in a statement that it had the "technical capacity" to start deliveries to the region "within 24 hours" once a supply contract and payment guarantees were in place.

The crisis has also hit the rest of Moldova, which had relied on electricity from a gas-fired power plant in Transnistria and has been forced to buy more expensive power from Romania.

The European Union has offered emergency funding to help Moldova cover higher energy costs. EU Ambassador to Moldova Johanna Lindberg-Koskinen said the bloc was "ready to support both banks of the Dniester" but that aid to the region would depend on respect for human rights.

"This is the first winter in 30 years that Transnistria cannot count on free Russian gas, and that changes everything," Ion Munteanu-Rusu, director of a Chisinau-based foreign policy think tank, told BIRN. "For the first time, Tiraspol has to negotiate with Chisinau as the stronger side."

Talks between the two sides' negotiators are scheduled to resume in Bender on Thursday.''',
 [("We are ready to help the", "Dorin Ciobanu-Lupașcu"),
  ("using gas as a weapon", "Vadim Kostenko"),
  ("Chisinau wants us to kneel.", "Vadim Kostenko"),
  ("We put all the children in", "Svetlana"),
  ("The rest of the flat is", "Svetlana"),
  ("technical capacity", "Moldovagaz"),
  ("within 24 hours", "Moldovagaz"),
  ("ready to support both banks of", "Johanna Lindberg-Koskinen"),
  ("This is the first winter in", "Ion Munteanu-Rusu"),
  ("For the first time, Tiraspol has", "Ion Munteanu-Rusu")]),

# 20 -- Wildfire near Athens; wire style, curly quotes; ministry emergency alert text, fire service spokeswoman told ERT with uncued continuation, elderly resident on roof, his unnamed daughter shouting, minister declining to speculate, unnamed resident, EU commissioner on X, meteorologist said X with institution
('''ATHENS — Hundreds of firefighters battled a wildfire north of Athens for a second day on Monday as strong winds pushed the flames towards villages on the slopes of Mount Penteli, forcing thousands of people to flee their homes.

The Ministry for Climate Crisis and Civil Protection sent alerts via the 112 emergency number to residents of four settlements, telling them to “leave immediately in the direction of Marathonos Avenue”.

Fire service spokeswoman Eleni Papadopoulou-Stathi said more than 600 firefighters, 180 fire engines and 28 water-dropping aircraft had been deployed. “The winds are gusting at up to 70 kilometres an hour, which makes the work of the aircraft extremely difficult,” she told state broadcaster ERT.

“Our priority is to protect human life. Property comes second.”

In the village of Agios Dimitrios, residents used garden hoses and buckets to try to save their homes as ash fell like snow. Giorgos Theodorakopoulos, 72, stood on his roof spraying water on the tiles.

“I built this house with my own hands in 1979. I am not leaving it to burn,” he said.

His daughter pleaded with him from the street below. “Dad, the police said everyone has to go,” she shouted.

Many of those who fled spent the night on beaches or in hotels along the coast. “The sky went orange at four o’clock and then black,” said one resident of nearby Dioni who had taken refuge in a sports hall in Nea Makri.

Civil Protection Minister Nikos Vlachos-Andreou told a briefing that the fire had broken out in several places at once. “We have information that we are looking into very seriously,” he said, declining to say whether arson was suspected.

Greece requested help through the EU Civil Protection Mechanism, and aircraft from Italy and France were due to arrive on Monday afternoon. “European solidarity is not just words,” EU crisis management commissioner Roberta Keskinen-Lund wrote on X.

Scientists say that longer, hotter and drier summers are making such fires more frequent and harder to control. “This is the third major fire in Attica this summer, and the season is only halfway through,” said Dimitra Kyriakidou-Pappa, a research director at the National Observatory of Athens.

No deaths had been reported by Monday evening, but at least 14 people were treated for breathing problems, according to the National Centre for Emergency Care.''',
 [("leave immediately in the direction of", "Ministry for Climate Crisis and Civil Protection"),
  ("The winds are gusting at up", "Eleni Papadopoulou-Stathi"),
  ("Our priority is to protect human", "Eleni Papadopoulou-Stathi"),
  ("I built this house with my", "Giorgos Theodorakopoulos"),
  ("Dad, the police said everyone has", "~daughter"),
  ("The sky went orange at four", "~resident"),
  ("We have information that we are", "Nikos Vlachos-Andreou"),
  ("European solidarity is not just words,", "Roberta Keskinen-Lund"),
  ("This is the third major fire", "Dimitra Kyriakidou-Pappa")]),

# 21 -- Rally in a Serbian town a month after a bridge collapse; Balkan Insight style, straight quotes; banner and chant, student speaker with age, prime minister two partial quotes then full quote to TV channel, prosecutor's office statement, unnamed elderly man, farmer named
('''Tens of thousands of people joined a rally in the central Serbian town of Rasinac on Saturday, a month after the collapse of a pedestrian bridge killed six people, in the largest protest the town has seen since the 1990s.

Students, who have been blocking faculties across Serbia for three weeks, led the march behind a banner reading "Corruption kills". The crowd stopped for six minutes of silence at 11.52 am, the time of the collapse, before breaking into the chant "Pumpaj!", which has become the slogan of the protest movement.

"We are not here for any party. We are here because six people went for a walk by the river and did not come home," said Jovana Petrović-Ilić, a 22-year-old engineering student from Belgrade, who addressed the crowd from the back of a truck.

The students demand the publication of all documents related to the reconstruction of the bridge in 2021 and criminal charges against those responsible for the works.

Prime Minister Nebojša Radulović-Kostić said on Friday that the government had "nothing to hide" and that the documents would be released "in line with the law".

"The students are being manipulated by people who lost elections and now want to win on the street," he told the pro-government television channel Pink.

The Higher Public Prosecutor's Office in Rasinac said last week that 11 people, including a former assistant minister and the director of the construction company, had been questioned as suspects. "The investigation is being conducted intensively and without exception," the office said in a statement.

Local residents lined the streets to offer food and water to marchers who had walked from Belgrade, Niš and Kragujevac over the previous two days. "These kids are doing what we should have done twenty years ago," said one elderly man handing out sandwiches from a crate.

A column of tractors from surrounding villages joined the march in the early afternoon. Dragan Stojković, who grows raspberries outside Rasinac, said he knew two of the victims. "My nephew was on the bridge that day. He survived, but his best friend did not," Stojković said.

The rally ended peacefully in the evening. Organisers said they would announce the next steps after meetings of student assemblies across the country.''',
 [("Corruption kills", None),
  ("Pumpaj!", None),
  ("We are not here for any", "Jovana Petrović-Ilić"),
  ("nothing to hide", "Nebojša Radulović-Kostić"),
  ("in line with the law", "Nebojša Radulović-Kostić"),
  ("The students are being manipulated by", "Nebojša Radulović-Kostić"),
  ("The investigation is being conducted intensively", "Higher Public Prosecutor's Office in Rasinac"),
  ("These kids are doing what we", "~man"),
  ("My nephew was on the bridge", "Dragan Stojković")]),

# 22 -- EU Court of Justice strikes down Croatian short-term rental rules; Reuters style, curly quotes; court partial quote and "the judges said", plaintiff told Reuters with split quote, words of the law, minister's statement, mayor partial quote then quote to local daily, NGO statement, law professor
('''LUXEMBOURG, June 18 (Reuters) - Croatia’s rules limiting short-term holiday rentals in its coastal cities breach EU law because they discriminate against property owners from other member states, Europe’s top court ruled on Tuesday.

The Court of Justice of the European Union (CJEU) said a 2023 Croatian law requiring owners to have lived in a municipality for five years before registering a holiday rental went “beyond what is necessary” to address housing shortages.

“A residence requirement of that kind is liable to deter nationals of other Member States from exercising their freedom to provide services,” the judges said.

The case was brought by Lieselotte Gruber-Haas, an Austrian retiree who owns a two-bedroom apartment in Split and was refused a rental licence by the city authorities in 2023.

“I am happy, of course, but I never wanted to be a symbol,” Gruber-Haas, 68, told Reuters by telephone from Graz. “I only wanted to rent my flat in the summer like my neighbours do.”

The Croatian law, adopted after protests over soaring rents in Split and Dubrovnik, states that short-term rentals must “primarily serve the needs of the local community”.

Tourism Minister Ante Barišić-Matić said the government would amend the legislation. “We respect the decision of the court and will propose changes that protect both residents and the rights guaranteed by EU law,” he said in a statement.

Split Mayor Ivana Kovačević-Tomić said the ruling was “a blow to every family that cannot find a flat in its own city”.

“Brussels and Luxembourg do not live in Split in August,” she told local daily Slobodna Dalmacija.

The number of registered holiday rentals in Croatia has more than doubled in a decade, and in parts of Split’s old town they now outnumber permanent homes.

Housing campaigners were disappointed. “The court has confirmed that the market comes first and people second,” the Zagreb-based group Right to the City said in a statement.

Legal experts said the ruling left room for other restrictions. “The ruling does not ban all limits on rentals. It says they must apply equally to everyone, whatever their passport,” said Marko Jurić-Vidmar, a professor of EU law at the University of Zagreb.

Several other EU cities, including Barcelona and Amsterdam, have introduced caps on short-term rentals that do not depend on residence.''',
 [("beyond what is necessary", "Court of Justice of the European Union"),
  ("A residence requirement of that kind", "Court of Justice of the European Union"),
  ("I am happy, of course, but", "Lieselotte Gruber-Haas"),
  ("I only wanted to rent my", "Lieselotte Gruber-Haas"),
  ("primarily serve the needs of the", None),
  ("We respect the decision of the", "Ante Barišić-Matić"),
  ("a blow to every family that", "Ivana Kovačević-Tomić"),
  ("Brussels and Luxembourg do not live", "Ivana Kovačević-Tomić"),
  ("The court has confirmed that the", "Right to the City"),
  ("The ruling does not ban all", "Marko Jurić-Vidmar")]),

# 23 -- Damaged Baltic undersea cables; ERR News style, straight quotes; prime minister at press conference, so-called term, border guard official told reporters, grid operator statement, navy commander with rank, shipowner statement in two partial quotes, NATO spokesperson partial quote, analyst told ERR News
('''Estonian and Finnish authorities are investigating damage to an undersea power cable and two telecommunications cables in the Gulf of Finland after a tanker was seen dragging its anchor across the seabed on Christmas Day.

The Balt-Link 3 power cable, which connects the Estonian and Finnish electricity grids, went out of service shortly after midday on December 25. Two data cables running along a similar route were damaged within the following hours.

"We cannot rule out that this was a deliberate act. Too many incidents have happened in the Baltic Sea in too short a time for them all to be coincidences," Prime Minister Liisa Kask-Tamme told a press conference in Tallinn on Thursday.

The Finnish Border Guard said it had boarded the Panama-flagged tanker Marlin Star, which was carrying fuel from a Russian port and is believed to be part of Russia's so-called "shadow fleet" of ageing vessels used to get around sanctions.

"The crew is cooperating, and the investigation is at an early stage," Finnish Border Guard deputy commander Markku Heikkinen-Laaksonen told reporters in Helsinki. Investigators said the ship's anchor was missing.

Estonian grid operator Elering said the outage did not threaten supply. "Electricity supply to Estonian consumers is secure, but repairs to the cable may take several months," the company said in a statement.

The commander of the Estonian Navy, Captain Tõnis Rebane-Kuusk, said ships would be sent to protect the remaining connections. "We are increasing our patrols together with our Finnish colleagues and allies," he said.

The tanker's owner, Dubai-registered Marlin Maritime Ltd, said in a statement that the vessel had "encountered bad weather" and that there had been "no intention" to damage any infrastructure.

NATO said it was following the situation closely. Alliance spokesperson Allison Hart said NATO was "ready to provide further assistance" to Estonia and Finland, including additional maritime surveillance.

Security analysts were sceptical of the shipowner's explanation. "An anchor does not drop by itself and drag along the seabed for 90 kilometres without anyone on the bridge noticing," Rasmus Tamm-Oja, a researcher at the International Centre for Defence and Security in Tallinn, told ERR News.

It is the third time in just over a year that infrastructure under the Baltic Sea has been damaged by a ship's anchor.''',
 [("We cannot rule out that this", "Liisa Kask-Tamme"),
  ("The crew is cooperating, and the", "Markku Heikkinen-Laaksonen"),
  ("Electricity supply to Estonian consumers is", "Elering"),
  ("We are increasing our patrols together", "Tõnis Rebane-Kuusk"),
  ("encountered bad weather", "Marlin Maritime Ltd"),
  ("no intention", "Marlin Maritime Ltd"),
  ("ready to provide further assistance", "Allison Hart"),
  ("An anchor does not drop by", "Rasmus Tamm-Oja")]),

# 24 -- Italy-Austria row over Brenner lorry limits; British single-quote style; minister split quote, Tyrolean governor with local title, partial quote, balcony banner, unnamed Commission spokesperson, foreign lorry driver, unnamed mother, hauliers' federation official
('''Italy has asked the European Commission to take legal action against Austria over restrictions on lorry traffic through the Brenner Pass, in an escalating row over one of Europe's busiest freight routes.

The Tyrolean government limits the number of heavy goods vehicles allowed onto the Inn Valley motorway on certain days, bans lorries at night and imposes weekend restrictions that Italian and German hauliers say cost them hundreds of millions of euros a year.

'Tyrol has turned a European corridor into a private road,' Italy's transport minister, Federico Santangelo-Brivio, said in Rome. 'The single market cannot stop at Kufstein.'

Tyrol's governor, Landeshauptmann Andreas Pichler-Hofer, rejected the accusation. 'We are not against trade. We are against two and a half million lorries a year in a narrow Alpine valley where people live,' he said.

He said the measures were needed to protect residents' health and would remain in place 'as long as there is no better solution', such as the Brenner Base Tunnel, which is not expected to open before 2032.

In the village of Schönberg im Stubaital, where the motorway runs above the houses on a concrete viaduct, a banner hanging from a balcony reads 'Transit stinks'. One mother walking her children to school said the noise never stopped. 'My children grew up with asthma inhalers in their school bags,' she said.

The Commission has said that it is examining the complaint. 'The Commission takes the free movement of goods very seriously and is in contact with both member states,' a spokesperson said on Monday.

At a lorry park near Bolzano, drivers waiting for their slot to head north were unimpressed by the politics. 'On a bad day I wait four hours here, and those are four hours I do not get paid for,' said Radosław Kaczmarczyk, a Polish driver who has crossed the Brenner twice a week for 15 years.

Italian hauliers say the so-called block dosing system, under which only a few hundred lorries an hour are let through on peak days, causes queues of up to 70 kilometres on the Italian side. 'Every day of block dosing costs Italian companies and the whole European economy,' said Paola Ferretti-Baldini, vice-president of the hauliers' federation Conftrasporto.

If the Commission decides not to act within three months, Italy can take the case directly to the Court of Justice of the European Union, a step Rome says it is ready to take.''',
 [("Tyrol has turned a European corridor", "Federico Santangelo-Brivio"),
  ("The single market cannot stop at", "Federico Santangelo-Brivio"),
  ("We are not against trade.", "Andreas Pichler-Hofer"),
  ("as long as there is no", "Andreas Pichler-Hofer"),
  ("Transit stinks", None),
  ("My children grew up with asthma", "~mother"),
  ("The Commission takes the free movement", "European Commission"),
  ("On a bad day I wait", "Radosław Kaczmarczyk"),
  ("Every day of block dosing costs", "Paola Ferretti-Baldini")]),

# 25 -- Ukraine-Russia prisoner exchange; Kyiv Independent style, curly quotes; coordination headquarters statement, ombudsman on Telegram with split quote, chant, freed marine with "added", rally placard, wife of a captive split quote, Russian ministry partial quote
('''Ukraine and Russia exchanged 103 prisoners of war each on Oct. 5, the first swap in nearly two months, Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War said.

Among those returned were soldiers of the National Guard, the Territorial Defense Forces and the Navy, as well as two civilians, the headquarters said in a statement, adding that some of the men had been held in Russian captivity “since the first weeks of the full-scale invasion.”

The exchange was mediated by the United Arab Emirates, the 14th time the Gulf state has helped broker a swap between the two countries.

“Every exchange is the result of months of difficult work, and every name on the list is a victory,” Ukraine’s human rights ombudsman Serhii Marchenko-Bondar wrote on Telegram. “We will not stop until we bring everyone home.”

Videos released by the headquarters showed the men, many of them visibly emaciated, wrapped in Ukrainian flags as they stepped off buses near the border with Belarus. Some chanted “Glory to Ukraine!” as they embraced officials waiting for them.

One of the freed soldiers, Marine Vitalii Horbatiuk, 27, who was captured in Mariupol in April 2022, spoke briefly to journalists. “I want to call my mother. That’s all I want right now,” he said.

“They told us Ukraine had forgotten us. I knew it was a lie,” Horbatiuk added.

For the families of those still in captivity, the exchange brought both hope and pain. On Kyiv’s Maidan Nezalezhnosti, relatives gathered for their weekly rally, holding photos of missing men and placards reading “Bring them home.”

Nataliia Ostapchuk-Levytska, whose husband has been held in Russia since the summer of 2022, searched the first photos of the released men for his face. “I look at every face, every time. He was not there again,” she said. “But somebody’s husband came back today, and I am happy for that woman.”

According to the Coordination Headquarters, more than 8,000 Ukrainians are believed to be held in Russian captivity, and many families have received no official confirmation that their relatives are alive.

The Russian Defense Ministry said in a statement that 103 Russian servicemen had been returned from “territory controlled by the Kyiv regime” and would be flown to Moscow for medical treatment and rehabilitation.''',
 [("since the first weeks of the", "Coordination Headquarters for the Treatment of Prisoners of War"),
  ("Every exchange is the result of", "Serhii Marchenko-Bondar"),
  ("We will not stop until we", "Serhii Marchenko-Bondar"),
  ("Glory to Ukraine!", None),
  ("I want to call my mother.", "Vitalii Horbatiuk"),
  ("They told us Ukraine had forgotten", "Vitalii Horbatiuk"),
  ("Bring them home.", None),
  ("I look at every face, every", "Nataliia Ostapchuk-Levytska"),
  ("But somebody’s husband came back today,", "Nataliia Ostapchuk-Levytska"),
  ("territory controlled by the Kyiv regime", "Russian Defense Ministry")]),
]
# fmt: on

# fmt: off
STORIES_CQ = [
# 1 -- US city daily, council budget vote; straight quotes; said X with title, X said, split quote, partial quote, pronoun, statement split around cue
('''HARLOW, Ohio — The Harlow City Council voted 5-2 Tuesday night to approve a $214 million operating budget for the coming fiscal year, ending a month of wrangling over police overtime and a proposed increase in trash collection fees.

The final plan trims the police department's overtime allocation by $1.1 million and raises the monthly residential trash fee from $18 to $21.50.

"This is not the budget any of us would have written alone," said Council President Denise Arbogast, who brokered the final compromise. "But it is a budget that pays the bills and keeps the lights on at the rec centers."

Councilmember Ray Villanueva, who cast one of the two no votes, said the overtime cut would leave the East Side understaffed on weekends.

"We are going to feel this in August. When the calls stack up on a Saturday night, nobody is going to remember that we saved a million dollars," Villanueva said.

Police Chief Lorraine Tuttle told council members before the vote that the department could absorb the reduction if it filled eight vacant patrol positions by spring.

"If we hire, we can make it work. If we don't, I'll be back here in six months asking for the money," she said.

The other no vote came from Councilmember Gretchen Hollis, who objected to the trash fee increase, calling it "a tax by another name."

"Seniors on fixed incomes opened their water bills last year and got a shock. Now we're handing them another one," Hollis said.

Finance Director Samuel Okafor said the fee had not been raised since 2016 and that the sanitation fund was running a deficit of roughly $2.3 million.

"The fund cannot keep borrowing from itself," he said.

Mayor Teresa Lindqvist, who proposed the original budget in March, praised the council for finishing ahead of the June 30 deadline.

"They did the hard work," Lindqvist said in a statement released after the meeting, "and they did it in public, which is how it should be."

The budget takes effect July 1.''',
 [("This is not the budget any", "Denise Arbogast"),
  ("But it is a budget that", "Denise Arbogast"),
  ("We are going to feel this", "Ray Villanueva"),
  ("If we hire, we can make", "Lorraine Tuttle"),
  ("a tax by another name", "Gretchen Hollis"),
  ("Seniors on fixed incomes opened their", "Gretchen Hollis"),
  ("The fund cannot keep borrowing from", "Samuel Okafor"),
  ("They did the hard work", "Teresa Lindqvist"),
  ("and they did it in public,", "Teresa Lindqvist")]),

# 2 -- UK local paper, planning committee row; British curly single quotes; Cllr with party/ward, placards, partial quote, developer spokesman, BBC local radio, Mrs later reference
('''Campaigners opposed to a 240-home development on green fields at the edge of Ashworth say they will seek a judicial review after councillors narrowly approved the plans.

Members of Calder Vale District Council’s planning committee voted six to five in favour of the outline application from Moorcroft Homes on Thursday evening, following more than three hours of debate in a packed council chamber.

Dozens of protesters gathered outside the town hall before the meeting, holding placards reading ‘Save Hollins Fields’ and ‘Homes yes, floodplain no’.

Speaking against the scheme, Janet Ormerod, chair of the Hollins Fields Action Group, told the committee the site had flooded three times in the past decade.

‘We have photographs of ducks swimming where they want to put the playground,’ she said. ‘Nobody who has lived here more than a winter thinks this is a sensible place to build.’

Cllr Peter Hamer (Lab, Ashworth North), who chairs the committee, said the council could not refuse the application on flooding grounds because the Environment Agency had not objected.

‘I understand the strength of feeling in the room tonight, but if we refuse this without a sound planning reason, we will lose at appeal and the council taxpayer will pick up the bill,’ he said.

Cllr Susan Whitworth (Con, Ashworth South), who voted against, described the developer’s drainage report as ‘wishful thinking dressed up as engineering’.

A spokesman for Moorcroft Homes said the development would include 72 affordable homes and a £1.4 million contribution towards a new classroom block at Ashworth Primary School.

‘We have listened to local concerns throughout and have made significant changes to the drainage strategy as a result,’ the spokesman said.

Mrs Ormerod later told BBC Radio Lancashire the group had already begun raising money for legal advice.

‘This isn’t over. We’ll see them in court if we have to,’ she said.

Cllr Kath Brierley (Lib Dem, Calder), who voted in favour, said the borough badly needed new homes.

‘My daughter is 31 and still living in her childhood bedroom. I can’t look her in the eye and vote against every new house in the valley,’ she said.

The developer must now submit detailed plans before any work can begin on the site.''',
 [("Save Hollins Fields", None),
  ("Homes yes, floodplain no", None),
  ("We have photographs of ducks swimming", "Janet Ormerod"),
  ("Nobody who has lived here more", "Janet Ormerod"),
  ("I understand the strength of feeling", "Peter Hamer"),
  ("wishful thinking dressed up as engineering", "Susan Whitworth"),
  ("We have listened to local concerns", "Moorcroft Homes"),
  ("This isn’t over. We’ll see", "Janet Ormerod"),
  ("My daughter is 31 and still", "Kath Brierley")]),

# 3 -- Canadian township paper, gravel pit public meeting; curly double quotes; Reeve/Deputy Reeve/Coun., said X after quote, partial quotes, unnamed truck driver, company manager, Facebook post, told CBC News
('''ELMVALE TOWNSHIP — Council in Elmvale Township has deferred a decision on a proposed gravel pit expansion after more than 150 people crowded into the community hall Monday night to voice concerns about truck traffic and well water.

Hensall Aggregates Ltd. wants to expand its pit on Concession 9 by roughly 40 hectares and extend extraction below the water table.

“I’ve lived on the Ninth Line for 43 years and my well has never once run dry. I’d like to keep it that way,” said Doreen MacPhail, whose farm borders the site.

Reeve Allan Brubacher said council had heard enough to know it needed more information before voting.

“There are questions here about hydrogeology that none of us around this table are qualified to answer,” Brubacher said. “We’re going to get a peer review, and we’re going to get it from somebody the township hires, not the applicant.”

Deputy Reeve Carol Janzen agreed, saying the township “owes residents a straight answer” on groundwater.

Not everyone at the meeting was opposed. One truck driver, who said he hauls for the company, told council the pit supports more than 30 local jobs.

“These are good jobs. My kids eat because of that pit,” he said, to scattered applause.

Mark Hensall, the company’s operations manager, said the expansion application had been in the works for four years and followed provincial rules.

“We’ve done every study the province asks for, and then some,” Hensall said.

Coun. Brent Oosterhoff said he had received more than 200 emails about the application, “more than on every other file combined since I was elected.”

In a Facebook post after the meeting, the residents’ group Friends of the Ninth Line thanked people for turning out. “Tonight showed what this community can do when it stands together,” the post read.

Brubacher told CBC News on Tuesday he expects the peer review to take at least three months.

“Nobody should read this as a yes or a no. It’s a not yet,” he said.''',
 [("I’ve lived on the Ninth Line", "Doreen MacPhail"),
  ("There are questions here about hydrogeology", "Allan Brubacher"),
  ("We’re going to get a peer", "Allan Brubacher"),
  ("owes residents a straight answer", "Carol Janzen"),
  ("These are good jobs. My kids", "~driver"),
  ("We’ve done every study the province", "Mark Hensall"),
  ("more than on every other file", "Brent Oosterhoff"),
  ("Tonight showed what this community can", "Friends of the Ninth Line"),
  ("Nobody should read this as a", "Allan Brubacher")]),

# 4 -- Australian regional paper, shire special rate variation; straight quotes; Mayor/Cr, Mr/Ms later references, banner, general manager, MP told ABC
('''Tallowood Shire Council will ask the state's pricing regulator for permission to lift rates by 18 per cent over two years, after a heated extraordinary meeting on Wednesday.

Councillors voted 6-3 to lodge a special rate variation application with the Independent Pricing and Regulatory Tribunal (IPART), despite a petition signed by more than 4000 residents opposing the increase.

Mayor Fiona Castellano said the council had no other way to fund repairs to roads damaged in the 2022 floods.

"We have 340 kilometres of sealed road and a backlog of $96 million," Cr Castellano said. "The grants have dried up. Either we find the money or the roads keep falling apart."

Cr Glen Maddison, who moved an unsuccessful amendment to limit the rise to 9 per cent, said ratepayers were already struggling with insurance and grocery costs.

"People are not saying no to roads," Cr Maddison said. "They're saying they can't find another $400 a year."

Cr Alana Whitfield said the council had trimmed $3.2 million from its operating budget before considering the rate rise.

"We've gone through this line by line. We've cut positions, we've closed the Kurrajong depot, we've sold land," she said.

Several residents addressed the meeting during public access. Retired dairy farmer Col Henneberry said he had paid rates on his property for 51 years.

"I've never seen the road out to my place in worse shape, and now they want more money to fix what they should've fixed years ago," Mr Henneberry said.

Outside the chambers, a small group of protesters held a banner reading "Fix the roads, not the rates".

General manager Paul D'Souza said the council would run a further round of community consultation before the application is lodged in February.

"We want to hear from as many people as possible before anything goes to IPART," he said.

The region's state MP, Nationals member Rebecca Thorne, told ABC North Coast she would write to IPART to make sure residents' views were heard.

"I understand why council is in this position, but families in this shire are doing it tough," Ms Thorne said.

IPART is expected to make a determination by May.''',
 [("We have 340 kilometres of sealed", "Fiona Castellano"),
  ("The grants have dried up. Either", "Fiona Castellano"),
  ("People are not saying no to", "Glen Maddison"),
  ("They're saying they can't find another", "Glen Maddison"),
  ("We've gone through this line by", "Alana Whitfield"),
  ("I've never seen the road out", "Col Henneberry"),
  ("Fix the roads, not the rates", None),
  ("We want to hear from as", "Paul D'Souza"),
  ("I understand why council is in", "Rebecca Thorne")]),

# 5 -- US county paper, school board closes two schools; curly quotes; chant, superintendent with Dr., board members, said X with description, quote over two paragraphs, anonymous teacher
('''GREENFIELD — The Mason County Board of Education voted 4-1 Thursday to close Pine Hollow and Cedar Run elementary schools at the end of the school year, consolidating about 380 students into a renovated Greenfield Elementary.

The vote came after nearly three hours of public comment, much of it from parents who pleaded with the board to keep the schools open. As board members filed in, a crowd at the back of the auditorium chanted “Keep Pine Hollow open!”

Superintendent Dr. Andrea Kessling said enrollment at the two schools had fallen by a third over the past decade and that both buildings needed new roofs and heating systems.

“We are spending money heating half-empty classrooms when that money should be following children,” Kessling said. “This was not an easy recommendation to make, and I don’t make it lightly.”

Board member Linda Parrish, the lone no vote, said the district had not done enough to study bus times.

“Some of our Pine Hollow kids are going to be on a bus for an hour each way,” Parrish said. “I asked for those numbers in October. I still don’t have them.”

Board Chair Jolene Vance said the transportation department would present a revised route plan in March.

“We hear the concern about the buses, and we are going to get it right,” Vance said.

Parents who spoke during public comment described the schools as the heart of their rural communities.

“When you close a school out here, you close the town,” said Melissa Dorsey, a mother of three whose family has attended Cedar Run for three generations. “The school is where we vote. It’s where we have the Christmas program. It’s where my grandfather went.

“You are taking something from us that you are not going to be able to give back.”

One Pine Hollow teacher, who asked not to be named because she still works for the district, said staff had learned of the recommendation from a news release.

“We found out the same way the parents did,” she said.

Kessling said every teacher at the two schools would be offered a position at Greenfield or elsewhere in the district.''',
 [("Keep Pine Hollow open!", None),
  ("We are spending money heating half-empty", "Andrea Kessling"),
  ("This was not an easy recommendation", "Andrea Kessling"),
  ("Some of our Pine Hollow kids", "Linda Parrish"),
  ("I asked for those numbers in", "Linda Parrish"),
  ("We hear the concern about the", "Jolene Vance"),
  ("When you close a school out", "Melissa Dorsey"),
  ("The school is where we vote.", "Melissa Dorsey"),
  ("You are taking something from us", "Melissa Dorsey"),
  ("We found out the same way", "~teacher")]),

# 6 -- UK local paper, public meeting on anti-social behaviour; straight double quotes; police officer with rank, traders' chairman, unnamed shopkeeper and resident, Cllr, council spokesperson, post on X
('''Police have promised extra patrols in Bramley town centre after more than 200 people attended a public meeting to air concerns about anti-social behaviour, shoplifting and drug dealing.

The meeting at St Aidan's Church Hall on Wednesday evening was organised by the Bramley Traders' Association after a series of incidents, including an assault on a bus driver outside the bus station last month.

Chief Inspector Rachel Dunmore, who leads neighbourhood policing in the area, told residents a dedicated town centre team of six officers would be in place by the end of March.

"I'm not going to stand here and tell you everything is fine, because it isn't," she said. "But I can tell you that we have heard you and that you will see more officers on the street."

Derek Fairhurst, chairman of the traders' association, said some shops had lost thousands of pounds in stock.

"We've got businesses that have been here forty years thinking about shutting up. That should worry everybody in this room," he said.

One shopkeeper, who runs a convenience store on Market Street, said she had stopped reporting thefts.

"What's the point? Nobody comes," she said.

Chief Insp Dunmore said that was "exactly the attitude we need to change", urging residents to report every incident online or by calling 101.

Cllr Imran Bashir, Kirkdale Metropolitan Borough Council's cabinet member for community safety, said the council would reopen its CCTV control room, which closed in 2019 because of budget cuts.

"Closing it was a mistake and I'm happy to say so publicly," Cllr Bashir said.

"The reopening of the control room will be funded from reserves and will not affect frontline services," a spokesperson for Kirkdale Metropolitan Borough Council said later.

Conservative group leader Cllr Margaret Hulme posted on X after the meeting: "Good to see a full hall tonight. Residents have been raising this for two years. Now we need delivery, not promises."

One resident, who said she no longer walks into the town centre after dark, drew applause when she told the meeting: "I've lived in Bramley all my life and I've never been frightened of it until now."''',
 [("I'm not going to stand here", "Rachel Dunmore"),
  ("But I can tell you that", "Rachel Dunmore"),
  ("We've got businesses that have been", "Derek Fairhurst"),
  ("What's the point? Nobody comes", "~shopkeeper"),
  ("exactly the attitude we need to change", "Rachel Dunmore"),
  ("Closing it was a mistake and", "Imran Bashir"),
  ("The reopening of the control room", "Kirkdale Metropolitan Borough Council"),
  ("Good to see a full hall", "Margaret Hulme"),
  ("I've lived in Bramley all my", "~resident")]),

# 7 -- US big-city paper, council committee on rental application fees; curly quotes; Ald. with ward numbers, "the first-term alderman", partial quotes, advocate and landlord lobbyist, mayor told reporters, scare quote
('''A City Council committee on Monday advanced an ordinance that would cap rental application fees at $35 and require landlords to refund fees to applicants who are never screened, setting up a full council vote next month.

The Committee on Housing and Real Estate approved the measure 11-3 after a hearing that stretched past four hours and drew testimony from tenants, property managers and housing advocates.

“Right now people are paying $75, $100 a pop just to be told the unit’s gone,” said Ald. Rosa Delgado (22nd), the ordinance’s lead sponsor. “Some of my constituents have spent $600 looking for one apartment. That’s a month of groceries.”

Ald. Thomas Brennan (41st), who voted against the measure, said it would hit small landlords hardest.

“The big management companies will eat this and move on,” Brennan said. “The guy who owns a two-flat in my ward and does his own screening is going to get crushed.”

The first-term alderman said he would offer an amendment on the council floor exempting owner-occupied buildings of four units or fewer.

Delgado called the proposed exemption “a loophole big enough to drive a moving truck through.”

Keisha Monroe, an organizer with the Northside Tenants Union, told the committee she had applied for 14 apartments last year before finding one.

“Every single one of them took my money. Two of them never even ran my credit,” Monroe said.

Marvin Goldfarb, who testified on behalf of the Lakefront Apartment Owners Association, said screening costs had risen sharply and that the cap would not cover them.

“Nobody is getting rich on application fees,” Goldfarb said. “We’re passing through what the screening companies charge us.”

Mayor Dana Whitaker told reporters at an unrelated event that she supports the ordinance “in principle” but wants to review any amendments before the full council vote.

The measure is part of a broader national push against so-called “junk fees,” the add-on charges that have drawn scrutiny from regulators in recent years.''',
 [("Right now people are paying $75,", "Rosa Delgado"),
  ("Some of my constituents have spent", "Rosa Delgado"),
  ("The big management companies will eat", "Thomas Brennan"),
  ("The guy who owns a two-flat", "Thomas Brennan"),
  ("a loophole big enough to drive", "Rosa Delgado"),
  ("Every single one of them took", "Keisha Monroe"),
  ("Nobody is getting rich on application", "Marvin Goldfarb"),
  ("We’re passing through what the screening", "Marvin Goldfarb"),
  ("in principle", "Dana Whitaker")]),

# 8 -- Canadian city paper, council keeps bike lanes; straight quotes; Coun./Deputy Mayor, said Coun. X, partial quote, split quote, mayor's post on X, protest signs, business owner told CTV News
('''Glenford city council has voted to keep the contentious Dundas Street bike lanes, rejecting a motion from two councillors to remove them and restore a second lane of car traffic.

The motion failed 8-5 Tuesday after a debate that lasted past 11 p.m.

"These lanes have been in for eighteen months and we now have data, not anecdotes," said Coun. Priya Raman, who chairs the city's infrastructure committee. "Collisions on that stretch are down 22 per cent. Cycling trips have tripled."

Coun. Doug Feeney, who brought the motion forward with Coun. Lisa Marchetti, said businesses along Dundas had suffered since the lanes were installed.

"I've had shop owners in tears in my office. They've lost parking, they've lost drive-by traffic, and this council has told them to be patient for a year and a half," Feeney said.

Marchetti said she supports cycling infrastructure "in the right places" but that Dundas is a major commuter route.

"Nobody is against bikes," she said. "I ride a bike. But you can't put a bike lane on your busiest east-west artery and then act surprised when traffic backs up to the highway."

Deputy Mayor Harjit Sandhu said removing the lanes would cost about $1.2 million, money the city would have to take from its road resurfacing budget.

"We'd be spending a million dollars to go backwards," Sandhu said.

Mayor Janet Kowalczyk, who voted against the motion, posted on X shortly after the vote: "Council has made its decision. Now let's work with Dundas businesses on parking and signage."

Outside city hall, about two dozen cyclists rang their bells as councillors left, some holding signs reading "Bike lanes save lives."

Tony Abruzzo, who owns a bakery on Dundas near Wellington Road, told CTV News he was disappointed but not surprised.

"They made up their minds a long time ago," he said.''',
 [("These lanes have been in for", "Priya Raman"),
  ("Collisions on that stretch are down", "Priya Raman"),
  ("I've had shop owners in tears", "Doug Feeney"),
  ("in the right places", "Lisa Marchetti"),
  ("Nobody is against bikes,", "Lisa Marchetti"),
  ("I ride a bike. But you", "Lisa Marchetti"),
  ("We'd be spending a million dollars", "Harjit Sandhu"),
  ("Council has made its decision. Now", "Janet Kowalczyk"),
  ("Bike lanes save lives.", None),
  ("They made up their minds a", "Tony Abruzzo")]),

# 9 -- Scottish local paper, council budget closes libraries; curly double quotes; Councillor with role appositive, told the chamber, petition heading, unnamed mother, union spokesperson, told BBC Scotland
('''Five branch libraries in Strathmore will close this summer after councillors approved a package of £28 million in cuts at a budget meeting that saw protesters fill the public gallery.

Strathmore Council’s SNP-Labour administration pushed through the savings by 24 votes to 19 on Thursday, alongside a council tax increase of 8 per cent.

Councillor Morag McAllister, the council’s finance convener, said the authority had been left with “no good choices”.

“Every single option in front of us tonight would hurt someone,” she told the chamber. “I did not come into politics to close libraries. But I will not balance this budget by cutting the care packages of elderly people living alone.”

Opposition leader Councillor Graham Lyall, of the Conservative group, said the administration had failed to look at its own spending first.

“This council found £2.1 million to refurbish its headquarters last year,” he said. “Don’t tell the people of Kirkton there was no money for their library.”

The libraries at Kirkton, Balgray, Newmill, Cairnie and Eastfield will close on 30 June. A petition against the closures, headed “Libraries are lifelines”, attracted more than 11,000 signatures.

One mother, who had brought her two young children to watch the meeting, said she had been taking them to Balgray library every week since they were babies.

“It’s warm, it’s free, and the staff know them by name,” she said. “Where are we supposed to go now?”

A spokesperson for the trade union Unison said the cuts would mean the loss of 34 full-time equivalent posts.

“Our members have kept these libraries running through a pandemic and a decade of cuts. They deserved better than this,” the spokesperson said.

Council leader Councillor Aileen Dargie told BBC Scotland the council would work with community groups interested in taking over any of the buildings.

“If there is a community asset transfer that works, we will back it,” she said.''',
 [("no good choices", "Morag McAllister"),
  ("Every single option in front of", "Morag McAllister"),
  ("I did not come into politics", "Morag McAllister"),
  ("This council found £2.1 million to", "Graham Lyall"),
  ("Don’t tell the people of Kirkton", "Graham Lyall"),
  ("It’s warm, it’s free, and the", "~mother"),
  ("Where are we supposed to go", "~mother"),
  ("Our members have kept these libraries", "Unison"),
  ("If there is a community asset", "Aileen Dargie")]),

# 10 -- New England weekly, Town Meeting rejects fire station bond; straight quotes; warrant article wording, Fire Chief, Selectboard Chair, said X with age/description, "the chief", split quotes
('''WESTBRIDGE, Vt. — Westbridge voters narrowly rejected a $9.8 million bond for a new fire and rescue station at Town Meeting on Tuesday, sending town officials back to the drawing board for the second time in three years.

The bond failed on a paper ballot, 412 to 397, after more than an hour of debate on the floor of the Westbridge Union School gymnasium.

Article 7 asked voters whether the town should "borrow a sum not to exceed $9,800,000 for the purpose of constructing a new public safety building."

Fire Chief Dale Whitcomb told voters the current station on Depot Street, built in 1958, could no longer fit the department's newest engine without folding in its mirrors.

"We are backing a $600,000 truck into that building with about four inches on either side," Whitcomb said. "Every single time, somebody is standing out there with a flashlight."

Selectboard Chair Nancy Greeley said the board had cut nearly $2 million from the original design after voters rejected a larger proposal in 2022.

"We listened," Greeley said. "This is a smaller building, on land the town already owns."

But several residents said the tax impact, estimated at about $310 a year on a home assessed at $300,000, was too much.

"I support the firefighters. I'd give them the shirt off my back," said Earl Pomeroy, a retired dairy farmer who has attended Town Meeting for 60 years. "But I can't give them my house."

Selectboard member Joan Lafrance, who voted against putting the article on the ballot, said she hoped the board would look at renovating the existing station instead.

"There's a cheaper option nobody wants to talk about," she said.

After the result was announced, the chief told reporters he was disappointed but would keep making the case.

"The building isn't getting any younger, and neither are the trucks," Whitcomb said.

Greeley said the board would hold a public forum on next steps in April.''',
 [("borrow a sum not to exceed", None),
  ("We are backing a $600,000 truck", "Dale Whitcomb"),
  ("Every single time, somebody is standing", "Dale Whitcomb"),
  ("We listened,", "Nancy Greeley"),
  ("This is a smaller building, on", "Nancy Greeley"),
  ("I support the firefighters. I'd give", "Earl Pomeroy"),
  ("But I can't give them my", "Earl Pomeroy"),
  ("There's a cheaper option nobody wants", "Joan Lafrance"),
  ("The building isn't getting any younger,", "Dale Whitcomb")]),

# 11 -- Australian metro paper, residents chain themselves to fig trees; curly quotes; said X with age, "the 72-year-old", Mr/Cr later references, councillor told the ABC, council statement, Facebook group post
('''Two residents chained themselves to a pair of century-old Moreton Bay figs in Ridgeley on Tuesday morning in a last-ditch bid to stop the trees being cut down to make way for a road upgrade.

Council contractors arrived at the corner of Halloran and Mercer streets shortly after 6am, but work was halted after the pair locked themselves to the trunks.

“These trees were here before any of us, and they’ll be here after us if we let them,” said Margaret Kiely, 72, who has lived on Halloran Street since 1979. “I’m not moving until someone from council comes down here and looks me in the eye.”

The 72-year-old was joined by her neighbour, Sione Taufa, who said residents had offered the council alternatives, including narrowing the footpath on the opposite side of the road.

“We did everything the right way. We wrote submissions, we went to meetings, we got 2000 signatures. Nobody listened,” Mr Taufa said.

Deputy Mayor Lyndall Prescott said the $14 million Halloran Street upgrade was needed to ease congestion near the new hospital and that the council had considered other options.

“We’ve looked at every alternative design, and none of them work without removing these trees,” Cr Prescott said. “I know that’s not what people want to hear.”

Ward councillor Ben Okoro, who has opposed the removal, told the ABC he would move a motion at next week’s council meeting to pause the project.

“Once those trees are down, they’re gone for a hundred years,” he said.

In a statement, Ridgeley City Council said it would “respect the right to peaceful protest” but that the works had been approved through the proper process.

“Council will reschedule works in consultation with police,” the statement said.

The Save the Halloran Figs group, which has more than 4000 followers on Facebook, urged supporters in a post to “bring a thermos and a chair”.

Police spoke to the pair but no arrests were made.''',
 [("These trees were here before any", "Margaret Kiely"),
  ("I’m not moving until someone from", "Margaret Kiely"),
  ("We did everything the right way.", "Sione Taufa"),
  ("We’ve looked at every alternative design,", "Lyndall Prescott"),
  ("I know that’s not what people", "Lyndall Prescott"),
  ("Once those trees are down, they’re", "Ben Okoro"),
  ("respect the right to peaceful protest", "Ridgeley City Council"),
  ("Council will reschedule works in consultation", "Ridgeley City Council"),
  ("bring a thermos and a chair", "Save the Halloran Figs")]),

# 12 -- California county paper, supervisors approve homeless navigation center; straight quotes; Supervisor titles, public comment from unnamed resident and named speaker, nonprofit news release, told KQED
('''The San Lorenzo County Board of Supervisors voted 3-2 on Tuesday to convert a former motel on Alvarado Boulevard into a 90-bed navigation center for homeless adults, over the objections of dozens of nearby residents and business owners.

The vote followed more than five hours of public comment, with speakers limited to two minutes each.

Supervisor Elena Marquez, whose district includes the site, said the county could not keep putting off decisions about where to house people.

"Every site is somebody's neighborhood," Marquez said. "If we wait for a location that nobody objects to, we will be having this conversation in ten years while people die on the riverbank."

Supervisor Bill Harrington, who voted no along with Supervisor Kathy Lund, said the motel was too close to an elementary school.

"I'm not against the project. I'm against this site," Harrington said.

Lund said the county had not adequately consulted the neighborhood before buying the property for $7.4 million last year.

"The neighbors found out from a real estate listing. That's not how you build trust," she said.

Sheriff Ramon Aguilar told supervisors his office would assign a deputy to the area during the center's first six months of operation.

One resident, who said she lives two blocks from the motel, told the board she was worried about her children walking to school.

"I have a 9-year-old and a 12-year-old. Who is going to guarantee their safety?" she asked.

Others spoke in favor. Darnell Price, who said he lived in his car for 14 months before finding housing through a county program, urged supervisors to approve the center.

"Somebody gave me a door that locked. That's all it took," Price said. "Give somebody else that chance."

Bay Area Housing Partners, the nonprofit that will run the center, said in a news release that it would "work hand in hand with neighbors" and set up a community advisory board.

Marquez told KQED after the meeting that she expected the center to open by late summer.

"Now the work starts," she said.''',
 [("Every site is somebody's neighborhood,", "Elena Marquez"),
  ("If we wait for a location", "Elena Marquez"),
  ("I'm not against the project. I'm", "Bill Harrington"),
  ("The neighbors found out from a", "Kathy Lund"),
  ("I have a 9-year-old and a", "~resident"),
  ("Somebody gave me a door that", "Darnell Price"),
  ("Give somebody else that chance.", "Darnell Price"),
  ("work hand in hand with neighbors", "Bay Area Housing Partners"),
  ("Now the work starts,", "Elena Marquez")]),

# 13 -- London borough paper, low traffic neighbourhood review; British curly single quotes; cabinet member, told the LDRS, graffiti words, "the 58-year-old", residents' group, council spokesperson
('''Controversial traffic filters in east Ashcombe will be reviewed after almost two-thirds of residents who responded to a consultation said they wanted them removed.

The low traffic neighbourhood (LTN), introduced on an experimental basis last April, uses planters and camera-enforced filters to stop through-traffic on 14 residential streets between Fennel Road and the high street.

Cllr Hannah Osei, Ashcombe Council’s cabinet member for transport, said the council would publish a full report in the spring.

‘We asked people what they thought and they told us, loudly,’ she said. ‘We’re not going to pretend we didn’t hear that.’

But she added that the scheme had cut traffic on the affected streets by more than half, and that air quality monitors outside two primary schools had recorded lower readings.

‘There are children on Fennel Road who can now walk to school on a street that isn’t a rat run,’ she said.

Cllr Tom Bellamy, leader of the Liberal Democrat opposition, said the consultation confirmed what his group had been saying for a year.

‘This was imposed on people without a proper conversation, and now the council is reaping the consequences,’ he told the Local Democracy Reporting Service.

Planters on Orchard Street have been repeatedly vandalised, with one spray-painted with the words ‘Open our roads’ last month.

Paul Gregory, a black cab driver who lives just outside the zone, said his journeys to the high street now took twice as long.

‘It’s pushed all the traffic on to Dale Street, where the rest of us live,’ the 58-year-old said. ‘Nobody did a consultation for our road.’

Sarah Lindgren, of the residents’ group Ashcombe Streets for People, said she hoped councillors would hold their nerve.

‘Every LTN gets this reaction in its first year,’ she said. ‘Give it time and people won’t remember what it was like before.’

‘No decision will be taken until cabinet has considered the full report,’ a council spokesperson said.''',
 [("We asked people what they thought", "Hannah Osei"),
  ("We’re not going to pretend we", "Hannah Osei"),
  ("There are children on Fennel Road", "Hannah Osei"),
  ("This was imposed on people without", "Tom Bellamy"),
  ("Open our roads", None),
  ("It’s pushed all the traffic on", "Paul Gregory"),
  ("Nobody did a consultation for our", "Paul Gregory"),
  ("Every LTN gets this reaction in", "Sarah Lindgren"),
  ("Give it time and people won’t", "Sarah Lindgren"),
  ("No decision will be taken until", "Ashcombe Council")]),

# 14 -- US city paper, council creates police oversight board; curly quotes; chant, Councilmember, "the chief", police union statement, public comment continuing into next paragraph without cue, Facebook post partial quote
('''RIVERTON — The Riverton City Council voted 6-3 Monday to create a nine-member civilian board with the power to review police misconduct investigations and recommend discipline, capping a three-year push by community groups.

About 100 people packed the council chambers for the vote. When the final tally was announced, supporters in the gallery chanted “Nothing about us without us.”

Councilmember Andre Whitley, who sponsored the ordinance, said the board would help restore trust between residents and the department.

“For too long, people in my ward have believed that when they file a complaint it goes into a drawer and never comes out,” Whitley said. “Tonight we open the drawer.”

Councilmember Sharon Pell, who voted no, said she worried the board would duplicate the work of the department’s internal affairs unit.

“I believe in accountability. I also believe in not building two of the same thing,” Pell said.

Police Chief Marcus Delaney, who attended the meeting, said he would cooperate with the board but urged the council to fund it properly.

“An oversight board without investigators and a budget is a press release,” the chief said. “If the city is going to do this, do it right.”

The ordinance sets aside $450,000 for the board’s first year, including salaries for two investigators.

Fraternal Order of Police Lodge 12 said in a statement that it was “reviewing the ordinance with legal counsel” and had concerns about how officers’ personnel records would be handled.

Yvette Cross, whose son was injured during a 2021 traffic stop, spoke during public comment before the vote.

“I filed a complaint three years ago. I never got a phone call. I never got a letter. I got nothing,” Cross said.

“I don’t want another mother to go through that.”

Councilmember Lena Forsythe, who joined the majority, wrote on Facebook after the meeting that the vote was “the beginning, not the end.”

Mayor Craig Holbrook is expected to sign the ordinance this week.''',
 [("Nothing about us without us.", None),
  ("For too long, people in my", "Andre Whitley"),
  ("Tonight we open the drawer.", "Andre Whitley"),
  ("I believe in accountability. I also", "Sharon Pell"),
  ("An oversight board without investigators and", "Marcus Delaney"),
  ("If the city is going to", "Marcus Delaney"),
  ("reviewing the ordinance with legal counsel", "Fraternal Order of Police Lodge 12"),
  ("I filed a complaint three years", "Yvette Cross"),
  ("I don’t want another mother to", "Yvette Cross"),
  ("the beginning, not the end.", "Lena Forsythe")]),

# 15 -- B.C. community paper, short-term rental bylaw; straight quotes; bylaw wording, Mayor/Coun., split quotes, property manager, chamber director in an interview
('''CEDAR POINT, B.C. — Operators of short-term rentals in Cedar Point will need a business licence and proof they live on the property starting May 1, after council adopted a new bylaw Tuesday.

The bylaw limits short-term rentals to a "principal residence of the operator, or a secondary suite located on the same parcel," and sets fines of up to $1,000 a day for unlicensed listings.

Mayor Colleen Haddad said the district had lost an estimated 300 long-term rental units to platforms such as Airbnb over the past five years.

"We have nurses and teachers sleeping in their cars in the summer," Haddad said. "We have restaurants that can't open full hours because their staff have nowhere to live. That has to change."

Coun. Rob Kaminski was the only member of council to vote against the bylaw. He said it would hurt homeowners who rely on rental income to pay their mortgages.

"Some of these families are one bad month away from losing the house," Kaminski said. "We're telling them, sorry, you're on your own."

Coun. Maya Fontaine said the exemption for principal residences would protect those homeowners.

"If you live there, you can still rent out your basement or your spare room," she said. "What you can't do is buy four condos and run a hotel."

Scott Leung, who manages about 20 vacation properties in the district, told council the rules would push operators into neighbouring communities.

"The tourists aren't going to stop coming. They'll just stay somewhere else," he said.

Cedar Point Chamber of Commerce executive director Wendy Albright said in an interview that members were divided.

"Our retailers want the visitors, and our restaurants want the workers," she said. "You can't have one without the other."

The bylaw will be reviewed after one year.''',
 [("principal residence of the operator, or", None),
  ("We have nurses and teachers sleeping", "Colleen Haddad"),
  ("We have restaurants that can't open", "Colleen Haddad"),
  ("Some of these families are one", "Rob Kaminski"),
  ("We're telling them, sorry, you're on", "Rob Kaminski"),
  ("If you live there, you can", "Maya Fontaine"),
  ("What you can't do is buy", "Maya Fontaine"),
  ("The tourists aren't going to stop", "Scott Leung"),
  ("Our retailers want the visitors, and", "Wendy Albright"),
  ("You can't have one without the", "Wendy Albright")]),

# 16 -- New Zealand regional paper, freedom camping bylaw; curly quotes; Mayor/Cr, split quotes, unnamed orchardist, association submission partial quote, chief executive told RNZ
('''The Tarata District Council has voted to ban freedom camping at 14 lakeside and roadside sites after a summer in which residents complained of rubbish, human waste and campervans blocking boat ramps.

The new bylaw, adopted 8-3 at Wednesday’s council meeting, limits vehicles that are not certified self-contained to two council-run sites and caps stays at two nights.

Mayor Graeme Tuhiwai said the district welcomed visitors but the situation at Lake Tarata had become untenable.

“We had people emptying toilet cassettes into the lake,” he said. “I’ve had calls from residents at two in the morning about generators. That’s not the kind of tourism anyone signed up for.”

Cr Alison Brackenridge, who chairs the council’s regulatory committee, said the council had received more than 600 submissions.

“The message from the community was pretty clear,” Cr Brackenridge said. “Most people aren’t against campers. They’re against the mess.”

But Cr Rangi Pomare, who voted against the bylaw, said the council was punishing young travellers and seasonal workers.

“A lot of the kids picking our fruit in February are sleeping in those vans,” Cr Pomare said. “Where do we expect them to go?”

One orchardist, who spoke during the public forum before the vote, said he was worried about losing pickers.

“If they can’t park up near the orchards, they’ll go to Central,” he said.

The Motorhome Owners Association of New Zealand said in its submission that it “supports the focus on self-containment” but questioned whether the council had enough staff to enforce the rules.

“A bylaw is only as good as the people checking it,” the association’s chief executive, Diane Fowler, told RNZ.

The council will hire two additional seasonal compliance officers, at a cost of about $140,000 a year.''',
 [("We had people emptying toilet cassettes", "Graeme Tuhiwai"),
  ("I’ve had calls from residents at", "Graeme Tuhiwai"),
  ("The message from the community was", "Alison Brackenridge"),
  ("Most people aren’t against campers. They’re", "Alison Brackenridge"),
  ("A lot of the kids picking", "Rangi Pomare"),
  ("Where do we expect them to", "Rangi Pomare"),
  ("If they can’t park up near", "~orchardist"),
  ("supports the focus on self-containment", "Motorhome Owners Association of New Zealand"),
  ("A bylaw is only as good", "Diane Fowler")]),

# 17 -- US suburban paper, teachers pack school board meeting; straight quotes; protest signs, union president with partial quote, quote over two paragraphs, superintendent, unnamed student, trustee, district statement
('''LAKEWOOD — More than 300 teachers, many wearing red, filled the Lakewood Unified School District board room and spilled into the parking lot Wednesday night as contract negotiations with the district entered their 11th month.

Teachers held signs reading "Fund our future" and "We can't afford to teach here," and chanted outside before the meeting.

Rebecca Nguyen-Hall, president of the Lakewood Education Association, told the board that the district's latest offer of a 2 percent raise "doesn't come close" to covering rising housing costs.

She told trustees the district was losing young teachers faster than it could hire them.

"Forty percent of our new hires last year were gone within two years. They're not leaving the profession. They're leaving Lakewood for districts twenty minutes away that pay $8,000 more.

"You can't build a school on a revolving door."

Superintendent Gary Pruitt said the district faces a $6.2 million deficit next year because of declining enrollment and the end of federal pandemic aid.

"I want to pay our teachers more. Every member of this board wants to pay our teachers more," Pruitt said. "But we cannot spend money we don't have."

Board President Angela Ruiz said the board would meet in closed session next week to discuss the negotiations.

A student at Lakewood High School, who said she is a junior, told the board her favorite chemistry teacher had left midyear for a job in a neighboring district.

"We had substitutes for four months. I'm taking the AP exam in May and I don't know half of what's on it," she said.

Trustee Michelle Banks asked district staff for a breakdown of administrative salaries before the next meeting.

"If we're asking teachers to tighten their belts, I want to see that we've tightened ours first," Banks said.

In a statement Thursday, the district said it "remains committed to reaching a fair agreement" and had scheduled a mediation session for March 3.''',
 [("Fund our future", None),
  ("We can't afford to teach here", None),
  ("doesn't come close", "Rebecca Nguyen-Hall"),
  ("Forty percent of our new hires", "Rebecca Nguyen-Hall"),
  ("You can't build a school on", "Rebecca Nguyen-Hall"),
  ("I want to pay our teachers", "Gary Pruitt"),
  ("But we cannot spend money we", "Gary Pruitt"),
  ("We had substitutes for four months.", "~student"),
  ("If we're asking teachers to tighten", "Michelle Banks"),
  ("remains committed to reaching a fair", "Lakewood Unified School District")]),

# 18 -- Yorkshire regional daily, council leader resigns before no-confidence vote; straight single quotes as main mark; Coun, scare-word from letter, "he wrote", partial quote, anonymous party source, deputy, social media post
('''The leader of Wharfedale Council has resigned hours before he was due to face a vote of no confidence, blaming what he called a 'toxic' atmosphere in the town hall.

Coun Martin Pickersgill, who had led the Labour administration since 2021, announced his decision in a letter to the council's chief executive on Monday morning.

'It has become clear to me that I no longer have the support needed to lead this council effectively,' he wrote. 'I have always put Wharfedale first, and I believe stepping aside now is the right thing for the borough.'

The motion of no confidence, tabled by the Conservative and Independent groups, followed the collapse of the council's plans for a new leisure centre in Aldwick Bridge, which had run £11m over budget.

Coun Andrea Sowerby, leader of the Conservative group, said the resignation was 'long overdue'.

'The people of this borough have watched millions of pounds disappear into a hole in the ground. Someone had to take responsibility, and it was never going to be the officers,' she said.

A senior Labour source said the party's group had been split for weeks.

'Half the group wanted him gone by Christmas,' the source said. 'He knew the numbers weren't there.'

Coun Pickersgill's deputy, Coun Jean Ackroyd, will serve as interim leader until the group elects a replacement at its meeting next week.

'This is a sad day, and Martin deserves credit for what he did during the pandemic. But we have to get on with running the council,' Coun Ackroyd said.

On social media, Independent group leader Coun Steve Lumb wrote: 'The leisure centre mess was bigger than one man. Questions still need answering.'

Coun Pickersgill, 61, a former headteacher, will remain a ward councillor for Aldwick East.''',
 [("toxic", "Martin Pickersgill"),
  ("It has become clear to me", "Martin Pickersgill"),
  ("I have always put Wharfedale first,", "Martin Pickersgill"),
  ("long overdue", "Andrea Sowerby"),
  ("The people of this borough have", "Andrea Sowerby"),
  ("Half the group wanted him gone", "~source"),
  ("He knew the numbers weren't there.", "~source"),
  ("This is a sad day, and", "Jean Ackroyd"),
  ("The leisure centre mess was bigger", "Steve Lumb")]),

# 19 -- Georgia county paper, commission denies warehouse rezoning; curly quotes; stickers, said X with attorney role, Commissioner/Chairwoman, constituent email read aloud, said X with age, partial quote
('''OAKHAVEN COUNTY, Ga. — After a hearing that stretched past midnight, the Oakhaven County Board of Commissioners voted 3-2 early Wednesday to deny a rezoning request that would have allowed a 1.2-million-square-foot distribution warehouse on farmland along Highway 16.

Dozens of residents wore green stickers reading “No Warehouse on 16,” and many stayed until the final vote shortly before 1 a.m.

Developer Meridian Logistics Partners had sought to rezone 140 acres from agricultural to light industrial use. The company said the project would create about 600 jobs.

“This is a $180 million investment in Oakhaven County,” said Bradley Simms, an attorney representing the developer. “Projects like this don’t come around often, and when they go elsewhere, they don’t come back.”

Commissioner Patricia Oduya, whose district includes the site, made the motion to deny.

“Highway 16 is a two-lane road with no shoulders. You’re talking about 900 truck trips a day past a church, a volunteer fire station and two school bus stops. I can’t support that,” Oduya said.

Commission Chairwoman Deborah Langford, who voted in favor, said the county needed the tax base.

“We keep telling our young people there’s nothing here for them,” Langford said. “Here was something.”

Commissioner Ray Tolbert, who also supported the rezoning, read aloud from an email he said he had received from a constituent who works in logistics: “I drive 70 miles a day to a warehouse job in Henry County. I’d give anything to work 10 minutes from home.”

Several longtime residents urged commissioners to keep the area rural.

“My family has farmed this land since 1911,” said Harold Beasley, 77, whose property adjoins the site. “I’m not against jobs. I’m against living next to a parking lot for tractor-trailers.”

Simms said after the vote that Meridian was “evaluating its options.”

Under county rules, the same rezoning request cannot be considered again for 12 months.''',
 [("No Warehouse on 16", None),
  ("This is a $180 million investment", "Bradley Simms"),
  ("Projects like this don’t come around", "Bradley Simms"),
  ("Highway 16 is a two-lane road", "Patricia Oduya"),
  ("We keep telling our young people", "Deborah Langford"),
  ("Here was something.", "Deborah Langford"),
  ("I drive 70 miles a day", "~constituent"),
  ("My family has farmed this land", "Harold Beasley"),
  ("I’m not against jobs. I’m against", "Harold Beasley"),
  ("evaluating its options.", "Bradley Simms")]),

# 20 -- Welsh local paper, council cuts rural bus routes; curly double quotes; report title, Cllr cabinet member, partial quote, unnamed pensioner told BBC Cymru Wales, council leader, Welsh Government spokesperson
('''Six rural bus routes in Glanrhyd will be withdrawn from April after councillors agreed to end subsidies worth £640,000 a year, leaving some villages in the upper Cwm Eithin valley without any public transport.

The decision was taken by the council’s cabinet on Tuesday as part of a package of savings set out in a report titled “Delivering Within Our Means”.

Cllr Gareth Pryce, cabinet member for highways and transport, said the routes carried an average of fewer than four passengers per journey.

“We are subsidising some of these services at more than £20 a passenger,” he said. “I don’t say that lightly, because I know for the people who use them, they are a lifeline. But we cannot ignore the numbers.”

Opposition councillor Elin Rowlands, who represents Llanfair Eithin, said the cabinet had “abandoned” the valley.

“There are people in my ward who will now be unable to get to a GP appointment, to the bank or to the supermarket without paying for a taxi. Many of them don’t drive, and many of them are in their eighties,” she said.

One pensioner from the village of Pontsarn said she used the 623 service twice a week to visit her husband in a care home in Glanrhyd town.

“Without the bus I don’t know how I’ll see him. A taxi is thirty pounds each way,” she told BBC Cymru Wales.

Council leader Cllr Dafydd Morgan said the authority had been forced to find £19 million of savings.

“Nobody on this cabinet wants to cut bus services,” he said. “We are doing it because the alternative is cutting social care and schools.”

A Welsh Government spokesperson said: “We recognise the pressures on local authority budgets and are investing £140m in bus services across Wales this year.”

Community transport charity Dial-a-Ride Glanrhyd said it would try to fill some of the gaps but warned that it relied on volunteer drivers.''',
 [("We are subsidising some of these", "Gareth Pryce"),
  ("I don’t say that lightly, because", "Gareth Pryce"),
  ("abandoned", "Elin Rowlands"),
  ("There are people in my ward", "Elin Rowlands"),
  ("Without the bus I don’t know", "~pensioner"),
  ("Nobody on this cabinet wants to", "Dafydd Morgan"),
  ("We are doing it because the", "Dafydd Morgan"),
  ("We recognise the pressures on local", "Welsh Government")]),

# 21 -- Victorian regional paper, councillor suspended by conduct panel; straight quotes; panel decision partial quote, Cr, "he said in a statement", Mayor, Ms later reference, union organiser after quote, ratepayers group Facebook post
('''Kinross Shire councillor Darren Pike has been suspended for two months after a Councillor Conduct Panel found he engaged in serious misconduct by repeatedly berating council staff during a planning briefing.

In its decision, published on Friday, the panel said Cr Pike's comments to two junior planning officers were "demeaning, intimidating and wholly inappropriate".

The panel also ordered him to undertake governance training and make a written apology.

Cr Pike, who was elected in 2020, said he accepted the finding but maintained he had been raising legitimate concerns about delays in the planning department.

"I was frustrated, and I let that frustration get the better of me," he said in a statement. "I've apologised to the officers concerned and I'll be doing the training. But residents elected me to ask hard questions, and I'll keep doing that."

Mayor Kerry-Anne Wallis said the decision sent a clear message.

"Our staff come to work to serve this community, and they deserve to be treated with respect," Cr Wallis said. "That applies to every one of us around the council table."

The complaint was lodged by chief executive Sandra Oyelaran on behalf of the staff involved. Ms Oyelaran said the past year had been "difficult" for the planning team.

"I'm proud of the way our officers conducted themselves throughout this process," she said.

The Australian Services Union, which represents council workers, welcomed the outcome.

"Nobody should have to put up with being shouted at in their workplace, and that includes council chambers," ASU branch organiser Tim Kouris said.

Cr Pike's supporters were quick to defend him. The Kinross Ratepayers Alliance, which backed him at the last election, described the suspension in a Facebook post as "a political hit job".

Cr Pike will be unable to attend council meetings or receive his allowance during the suspension, which begins on Monday.''',
 [("demeaning, intimidating and wholly inappropriate", "Councillor Conduct Panel"),
  ("I was frustrated, and I let", "Darren Pike"),
  ("I've apologised to the officers concerned", "Darren Pike"),
  ("Our staff come to work to", "Kerry-Anne Wallis"),
  ("That applies to every one of", "Kerry-Anne Wallis"),
  ("difficult", "Sandra Oyelaran"),
  ("I'm proud of the way our", "Sandra Oyelaran"),
  ("Nobody should have to put up", "Tim Kouris"),
  ("a political hit job", "Kinross Ratepayers Alliance")]),

# 22 -- US small-city paper, town hall on water main breaks; curly quotes; boil-water notice text, said X with address, "the mayor", "the 34-year-old", unnamed heckler, Councilwoman, told a TV station
('''EAST MILFORD — Residents of East Milford’s south side took turns at the microphone Thursday night to confront Mayor Kevin Osterberg over a string of water main breaks that have left hundreds of homes under boil-water advisories since January.

The orange notices taped to doors across the neighborhood read, in capital letters, “DO NOT DRINK THE WATER WITHOUT BOILING.”

“I’ve been boiling water for my kids for seven weeks,” said Tamika Rowe, who lives on Garfield Avenue. “Seven weeks, Mr. Mayor. If this was the north side it would’ve been fixed in seven days.”

The remark drew loud applause from the roughly 200 people in the gymnasium at Lincoln Middle School.

Osterberg said the city was replacing pipes as fast as it could afford to.

“Some of these mains were laid when Woodrow Wilson was president,” he said. “I’m not making excuses. I’m telling you we have a century of deferred maintenance and we are trying to dig out of it.”

The mayor said the city had applied for $22 million in state and federal infrastructure money.

Utilities Director Sophia Brandt, 34, who took the job in November, presented a map showing 11 breaks since the start of the year.

“We are prioritizing the mains with the highest break history. Garfield and Monroe are at the top of that list,” the 34-year-old said.

Not everyone was satisfied. As Brandt spoke, one man at the back of the room shouted, “You said that last year!”

Councilwoman Yolanda Harper, who represents the south side, said she would push for the council to move $3 million from the city’s capital reserve to speed up replacements.

“We found money for the new ballfields. We can find money for water people can drink,” Harper said.

After the meeting, Osterberg told WKRT-TV he was open to Harper’s proposal.

“I heard them tonight. They’re right to be angry,” he said.''',
 [("DO NOT DRINK THE WATER WITHOUT", None),
  ("I’ve been boiling water for my", "Tamika Rowe"),
  ("Seven weeks, Mr. Mayor. If this", "Tamika Rowe"),
  ("Some of these mains were laid", "Kevin Osterberg"),
  ("I’m not making excuses. I’m telling", "Kevin Osterberg"),
  ("We are prioritizing the mains with", "Sophia Brandt"),
  ("You said that last year!", "~man"),
  ("We found money for the new", "Yolanda Harper"),
  ("I heard them tonight. They’re right", "Kevin Osterberg")]),

# 23 -- Nova Scotia weekly, mayoral all-candidates meeting; straight quotes; incumbent and challengers, split quotes, partial quote, moderator, unnamed voter ("the woman"), campaign slogan on signs
('''PORT ALBANY, N.S. — The three candidates for mayor of Port Albany traded barbs over property taxes, housing and the future of the town's waterfront Wednesday night at an all-candidates meeting that drew close to 400 people to the Legion hall.

Incumbent Mayor Heather Conrad, seeking a third term, defended her council's record on housing, pointing to 260 new units approved since 2020.

"When I was first elected, we hadn't approved an apartment building in this town in 15 years," Conrad said. "We've done more in the last four years than in the previous twenty."

Challenger Wade MacIsaac, a former town councillor who owns a hardware store on Main Street, said residents were paying for that growth through higher taxes.

"Taxes are up 19 per cent on the mayor's watch. People on fixed incomes can't keep up," he said. "I'll freeze the residential rate in my first year. Full stop."

Conrad called the promise "a fairy tale," saying a freeze would force cuts to snow clearing and the fire department.

The third candidate, Deepa Krishnan, a family physician who moved to Port Albany in 2015, said neither of her opponents had a plan for the waterfront.

"We've been talking about redeveloping the old fish plant site since before I got here," Krishnan said. "It's a parking lot with a fence around it. That is not a vision."

Moderator Ian Boutilier, a retired teacher, had to call for order twice as supporters heckled.

"Folks, you'll all get your turn at the ballot box," he said, to laughter.

During the question period, one voter asked the candidates whether they would commit to livestreaming committee meetings.

"I can't get to town hall at 2 in the afternoon. I work," the woman said.

All three said they would.

MacIsaac's campaign signs, which read "Common Sense for Port Albany," have appeared on lawns across the town in recent weeks.

Voting day is Oct. 19.''',
 [("When I was first elected, we", "Heather Conrad"),
  ("We've done more in the last", "Heather Conrad"),
  ("Taxes are up 19 per cent", "Wade MacIsaac"),
  ("I'll freeze the residential rate in", "Wade MacIsaac"),
  ("a fairy tale,", "Heather Conrad"),
  ("We've been talking about redeveloping the", "Deepa Krishnan"),
  ("It's a parking lot with a", "Deepa Krishnan"),
  ("Folks, you'll all get your turn", "Ian Boutilier"),
  ("I can't get to town hall", "~voter"),
  ("Common Sense for Port Albany", None)]),

# 24 -- English local weekly, parish council allotment row; curly double quotes; Chairman Cllr, partial quotes, "replied:" colon quote, standing orders wording, unnamed heckler, told the Gazette, vice-chair
('''A parish council meeting in Little Haddon ended in uproar on Monday evening after councillors clashed over plans to double the rent on the village’s 38 allotment plots.

The meeting, held in the village hall and streamed on the council’s YouTube channel, has since been viewed more than 40,000 times.

Chairman Cllr Roger Pennington was forced to adjourn proceedings twice as members of the public heckled from the back of the hall.

“This is not a debating society, this is a parish council meeting, and I will have order,” Cllr Pennington said at one point, banging the table.

The proposal would raise the annual rent for a full plot from £45 to £90, which the council says is needed to cover the cost of repairing the site’s water supply and perimeter fence.

Cllr Deborah Finch, who has an allotment herself, said the increase was “disproportionate”.

“Some of the people on that site have been growing vegetables there since the 1970s. They are not the people who should be paying for a fence that this council neglected for a decade,” she said.

Cllr Pennington replied: “With respect, Cllr Finch, you have an allotment and should not be speaking on this item.”

The council’s standing orders state that a member with a pecuniary interest in a matter “shall withdraw from the meeting” while it is discussed. After advice from the parish clerk, Helen Marsh, Cllr Finch left the room to applause from allotment holders.

As the item was deferred, one elderly woman called out from the audience: “You should all be ashamed of yourselves!”

Brian Tulley, 81, secretary of the Little Haddon Allotment Society, told the Gazette afterwards that members were “disgusted” by the way the matter had been handled.

“We’ve never had a row like this in fifty years. All we’ve asked for is a proper conversation,” he said.

The motion will come back to next month’s meeting. Cllr Janice Rowntree, the vice-chair, said she hoped tempers would have cooled by then.

“I think we all need to take a breath. Nobody comes out of tonight looking good,” she said.''',
 [("This is not a debating society,", "Roger Pennington"),
  ("disproportionate", "Deborah Finch"),
  ("Some of the people on that", "Deborah Finch"),
  ("With respect, Cllr Finch, you have", "Roger Pennington"),
  ("shall withdraw from the meeting", None),
  ("You should all be ashamed of", "~woman"),
  ("disgusted", "Brian Tulley"),
  ("We’ve never had a row like", "Brian Tulley"),
  ("I think we all need to", "Janice Rowntree")]),

# 25 -- California city paper, fire chief warns of engine brownouts; straight quotes; scare-quoted jargon, Fire Chief, "the 23-year veteran", union president, City Manager, Vice Mayor, Councilmember, Nextdoor post by unnamed neighbor, city statement
('''SANTA RITA, Calif. — Santa Rita Fire Chief Michael Anaya told the City Council on Tuesday that the department will have to begin rotating engine closures this summer unless the city funds at least nine additional firefighter positions.

The practice, known in the fire service as "brownouts," would take one of the city's seven engine companies out of service each day on a rotating basis.

"I don't say this to scare anybody. I say it because it's the math," Anaya said. "We are running on overtime, and overtime is running out."

The 23-year veteran of the department said his firefighters worked more than 61,000 hours of overtime last year, and that mandatory shift holdovers were contributing to injuries and burnout.

Jason Kirby, president of Santa Rita Professional Firefighters Local 4127, said members were exhausted.

"We've got guys working 96 hours straight and then driving home on the freeway. Sooner or later, something gives," Kirby said.

City Manager Gloria Ochoa said the city faces an $8.5 million shortfall and that adding nine positions would cost about $1.6 million a year.

"Everybody in this building supports the fire department. The question is what we stop doing to pay for it," Ochoa said.

Vice Mayor Carla Dominguez proposed placing a quarter-cent sales tax measure on the November ballot to fund public safety.

"Residents have told us over and over that they want fast response times. Let's ask them whether they're willing to pay for it," Dominguez said.

Councilmember Neil Ebner said he would not support a new tax until the city audits its overtime spending.

"I want to know where every one of those 61,000 hours went before I ask a single voter for a dime," Ebner said.

News of the chief's warning spread quickly on Nextdoor, where one neighbor in the Vista Hills area wrote: "Station 6 is the only thing between us and the hills. Don't close it."

"No closures have been scheduled at this time," the City of Santa Rita said in a statement Wednesday, adding that the council would take up the budget again on April 22.''',
 [("I don't say this to scare", "Michael Anaya"),
  ("We are running on overtime, and", "Michael Anaya"),
  ("We've got guys working 96 hours", "Jason Kirby"),
  ("Everybody in this building supports the", "Gloria Ochoa"),
  ("Residents have told us over and", "Carla Dominguez"),
  ("I want to know where every", "Neil Ebner"),
  ("Station 6 is the only thing", "~neighbor"),
  ("No closures have been scheduled at", "City of Santa Rita")]),
]
# fmt: on

# fmt: off
STORIES_CR = [
# 1 -- US wire obituary of a novelist (AP style); statement partial quote, "said X, who...", told The Paris Review, critic partial, titles in quotes
('''BOSTON (AP) — Harriet Vale Lindqvist, the novelist whose sprawling sagas of New England mill towns won a National Book Award and a devoted readership over four decades, has died. She was 87.

Her daughter, Annika Lindqvist-Shaw, said her mother died Tuesday at her home in Brattleboro, Vermont, after a short illness. "She was writing until about three weeks ago. She kept a legal pad on the kitchen table and would not let anyone move it," Lindqvist-Shaw said.

Lindqvist's breakthrough came in 1979 with "The Loom House," a novel about three generations of Swedish immigrant women in a Lowell textile mill. It sold more than two million copies and was adapted as a television miniseries in 1984.

Her longtime publisher, Harcourt & Pell, said in a statement that she had "given a whole region its memory back."

"Harriet wrote about work — real, physical, exhausting work — at a time when American fiction had mostly forgotten about it. She never condescended to a single character," said Dominic Farrow, who edited eight of her novels.

Born in 1937 in Fitchburg, Massachusetts, to a machinist father and a mother who worked as a weaver, Lindqvist left school at 16 and worked the night shift at a paper mill, writing short stories in the mornings before she slept.

"I was tired all the time, and I think the tiredness got into the sentences," she told The Paris Review in 1998. "People call my books slow. They're not slow. They're exhausted."

Critics were not always persuaded. Leonard Asch, reviewing her seventh novel in The New York Times in 1991, called it "a monument to patience, the reader's as much as the author's." Lindqvist had the line framed and hung it in her bathroom.

The Vermont novelist Ruth Okafor-Banning, a friend of 30 years, said Lindqvist was unusually generous to younger writers. "She read everything you sent her, and she wrote back by hand. Usually two pages. Usually one of them was about your commas," Okafor-Banning said.

Lindqvist is survived by her daughter, a son, Erik, and five grandchildren. Her husband, the printmaker Walter Shaw, died in 2011.

A final novel, completed weeks before her death, is scheduled for publication next spring. Her daughter said it was "the one she was proudest of, though she'd never have admitted it."''',
 [("She was writing until about three weeks", "Annika Lindqvist-Shaw"),
  ("given a whole region its memory back", "Harcourt & Pell"),
  ("Harriet wrote about work — real, physical", "Dominic Farrow"),
  ("I was tired all the time", "Harriet Vale Lindqvist"),
  ("People call my books slow.", "Harriet Vale Lindqvist"),
  ("a monument to patience, the reader's", "Leonard Asch"),
  ("She read everything you sent her", "Ruth Okafor-Banning"),
  ("the one she was proudest of", "Annika Lindqvist-Shaw")]),

# 2 -- Trade-press festival acquisition (Variety style), curly quotes; exec "said X, the role", split quote, told Variety, "the 52-year-old said", critics' partial quotes
('''Northlight Pictures has acquired North American rights to Réka Halmos’s “Winter Kitchen,” the Hungarian drama that drew a 12-minute standing ovation at its Berlinale Competition premiere on Saturday night, in a deal understood to be in the low seven figures.

The film stars Ilona Farkas as a widowed cook who takes over a failing roadside canteen near the Austrian border and hires the undocumented workers nobody else will. It is Halmos’s third feature and her first in competition at Berlin.

“Réka has made a film that is funny, furious and completely unsentimental about the people who feed us,” said Dana Whitcombe, Northlight’s co-president of acquisitions. “We knew within the first ten minutes that we wanted to be in business with her for a long time.”

Whitcombe said the company plans a fall theatrical release, positioning the film for an awards campaign with Farkas in the lead actress race.

Halmos, 41, told Variety after the screening that the script had been turned down by two national funding bodies before a Viennese co-producer stepped in. “Everyone said nobody wants to watch people chop onions for two hours,” she said. “Well. Apparently some people do.”

The deal was negotiated by Lighthouse Talent and Cinevalor on behalf of the filmmakers. Producer Tobias Wendt of Vienna-based Kältefilm said the team had fielded offers from four distributors over the weekend. “We went with the people who talked about the film, not about the market,” Wendt said. He declined to discuss terms.

Farkas, a stage actor best known in Hungary for two decades with a Budapest repertory company, spent six months working shifts in a motorway canteen to prepare for the role. “My hands still smell of paprika. I think it’s permanent,” the 52-year-old said at the festival press conference, to laughter.

Critics were largely enthusiastic. Simon Ashdown, in his review for Variety, called the film “a kitchen-sink drama in the most literal sense, and all the better for it,” while Screen Daily’s Priya Natarajan found the final act “overworked, like a sauce reduced once too often.”

Northlight’s Berlin pickup is its second of the week, following Tuesday’s acquisition of a Chilean documentary about lithium miners in the Atacama.''',
 [("Réka has made a film that is", "Dana Whitcombe"),
  ("We knew within the first ten minutes", "Dana Whitcombe"),
  ("Everyone said nobody wants to watch", "Réka Halmos"),
  ("Well. Apparently some people do.", "Réka Halmos"),
  ("We went with the people who talked", "Tobias Wendt"),
  ("My hands still smell of paprika.", "Ilona Farkas"),
  ("a kitchen-sink drama in the most", "Simon Ashdown"),
  ("overworked, like a sauce reduced once", "Priya Natarajan")]),

# 3 -- UK publishing deal (The Bookseller style), straight single quotes; "X said:", "He added:", "She continued:", scare-ish partial, title
('''Fenwick & Rae has won a ten-publisher auction for the debut novel by former paramedic Chloe Adeyemi-Hart, in a deal the publisher called 'the most exciting acquisition of our year'.

Publishing director Imogen Starling bought UK and Commonwealth rights, excluding Canada, in 'The Quiet Hours' from Jonah Pike at the Pike Literary Agency. The novel, which follows a night-shift ambulance crew in Leeds over the course of a single winter, will be published in hardback next May.

Starling said: 'I read it in one sitting on a Sunday and by Monday morning I'd cleared my diary. Chloe writes about exhaustion and tenderness and black humour in a way I've never seen on the page before.'

Pike said the auction had run over four days, with bids 'coming in from every direction'. He added: 'Ten years ago a novel this rooted in the NHS might have been seen as niche. Now publishers understand that readers are hungry for stories about work.'

Adeyemi-Hart, 36, spent 11 years with the Yorkshire Ambulance Service before leaving in 2021 to complete an MA in creative writing at the University of Leeds.

'I started writing on my breaks, mostly so I didn't cry in the cab,' she said. 'I'm thrilled the book has found a home with a team who understand exactly what it's trying to do.'

She continued: 'Every paramedic I know has a hundred stories they can't tell anyone. This is my attempt at telling a few of them, with the names changed and the worst bits softened.'

Translation rights have already been sold in Germany, the Netherlands and Italy, with further territories under negotiation ahead of the Frankfurt Book Fair. Television rights are being handled by a sister agency.

Fenwick & Rae's marketing director, Saoirse Cullen, said the team was planning a 'significant' campaign that would include sending proof copies to ambulance stations around the country. 'We want the first readers to be the people who do the job,' she said.

The novel will lead the publisher's spring list, which will be announced in full next month.''',
 [("the most exciting acquisition of our year", "Fenwick & Rae"),
  ("I read it in one sitting", "Imogen Starling"),
  ("coming in from every direction", "Jonah Pike"),
  ("Ten years ago a novel this", "Jonah Pike"),
  ("I started writing on my breaks", "Chloe Adeyemi-Hart"),
  ("I'm thrilled the book has found", "Chloe Adeyemi-Hart"),
  ("Every paramedic I know has a hundred", "Chloe Adeyemi-Hart"),
  ("significant", "Saoirse Cullen"),
  ("We want the first readers to", "Saoirse Cullen")]),

# 4 -- UK theatre row between actor and critic (Guardian style), curly quotes; Instagram post "he wrote", critic's review partials, caption, "Dr" title, production company spokesperson
('''The actor Gideon Marsh has accused the theatre critic Benedict Coyle of “lazy cruelty” after a one-star review compared his performance in a new West End family drama to “a wardrobe that has learned to shout”.

Marsh, 58, is starring in Fiona Gallagher-Reid’s The Glass Orchard, which opened at the Harold Pinter theatre last week. Coyle’s review, published in the London Evening Chronicle on Monday, described the production as “three hours of people shouting about a will” and singled out Marsh for particular scorn.

On Tuesday, Marsh responded in a lengthy Instagram post. “I have been doing this job for 35 years and I have had worse reviews, but I have rarely read one so pleased with itself. Criticism is a craft. This was a man showing off at a dinner party,” he wrote.

Contacted by the Guardian, Coyle said he stood by every word. “Actors are entitled to their feelings about reviews, and I’m entitled to my feelings about performances. That is rather the arrangement,” he said.

Other members of the company rallied around Marsh. His co-star Helena Brisk posted a photograph of the pair backstage with the caption: “Full house, standing ovation, wardrobe still shouting.”

The playwright was more measured. Gallagher-Reid said: “Every playwright gets reviews that sting. I’d rather people argued about the play than ignored it.”

The row has revived a long-running debate about the tone of theatre criticism in an era of shrinking arts pages. Dr Anita Kessler, who teaches arts journalism at Goldsmiths, University of London, said star ratings had encouraged critics to write for effect.

“A one-star review is now a piece of content in its own right. The pressure is to be quotable, and cruelty is very quotable,” she said.

Early signs suggest the review has done the production little harm. A spokesperson for Redbrick Productions, which produces the play, said ticket sales had risen by a third since Monday, adding: “Apparently shouting sells.”

The Glass Orchard runs until 14 September.''',
 [("lazy cruelty", "Gideon Marsh"),
  ("a wardrobe that has learned to shout", "Benedict Coyle"),
  ("three hours of people shouting about", "Benedict Coyle"),
  ("I have been doing this job", "Gideon Marsh"),
  ("Actors are entitled to their feelings", "Benedict Coyle"),
  ("Full house, standing ovation, wardrobe still", "Helena Brisk"),
  ("Every playwright gets reviews that sting.", "Fiona Gallagher-Reid"),
  ("A one-star review is now a", "Anita Kessler"),
  ("Apparently shouting sells.", "Redbrick Productions")]),

# 5 -- US metro-paper jazz obituary (Chicago Tribune style), straight quotes; nickname in quotes, told the Tribune, split quote, album title, window sign, unnamed regular
('''Clarence Whitfield, the tenor saxophonist known across the South Side simply as "the Deacon," whose Monday-night sessions at a 75th Street lounge were a proving ground for three generations of Chicago jazz musicians, died Sunday at a hospital in Chicago. He was 91.

His granddaughter, Keisha Whitfield-Moore, said the cause was complications of pneumonia.

Whitfield led the Monday session at the Blue Lantern for 44 years, missing, by his own count, only 11 nights. "Nine of those were for funerals and two were for my own surgery," he told the Tribune in 2015. "And I was mad about the surgery."

Young players who could hold their own on the Lantern's cramped bandstand tended to go on to bigger things, and many credited Whitfield with teaching them how to listen. Trumpeter Marcus Delacroix-Bell, who first sat in at 17, said he was a tough but fair teacher.

"He'd let you play one chorus. If you didn't say anything in that chorus, he'd just turn around and look at you. He never said a word. He didn't have to," Delacroix-Bell said. "That look was the whole education."

Born in Greenwood, Miss., in 1933, Whitfield moved to Chicago with his mother at age 9 and bought his first horn at 14 with money saved from shining shoes at the Illinois Central station. He toured briefly with rhythm-and-blues bands in the 1950s but said he never liked the road.

He recorded only four albums as a leader. The best known, "Seventy-Fifth Street Sermon," was cut in a single night in 1967 and has been reissued three times.

Gloria Pettaway, whose father opened the Lantern in 1958 and who now runs it, said she has no plans to end the Monday session. "Monday belongs to him. It's going to stay his," she said.

On Monday night, a hand-lettered sign in the club's front window read "Monday Is Still His Night." Inside, the bandstand was crowded with musicians who had driven in from as far away as Detroit and St. Louis.

One longtime regular, who said she had attended "maybe a thousand Mondays," stood by the door with a candle. "He played like he was talking to you personally," she said.

Whitfield's wife of 58 years, Loretta, died in 2019. Survivors include two sons, five grandchildren and seven great-grandchildren.''',
 [("Nine of those were for funerals", "Clarence Whitfield"),
  ("And I was mad about the surgery.", "Clarence Whitfield"),
  ("He'd let you play one chorus.", "Marcus Delacroix-Bell"),
  ("That look was the whole education.", "Marcus Delacroix-Bell"),
  ("Monday belongs to him.", "Gloria Pettaway"),
  ("Monday Is Still His Night.", None),
  ("maybe a thousand Mondays", "~regular"),
  ("He played like he was talking", "~regular")]),

# 6 -- UK literary prize ceremony (broadsheet culture desk), curly quotes; judges' chair partial + quotes, winner's speech "she told the audience", dedication partial, publisher, post on X
('''The Scottish novelist Elspeth Marr has won the £50,000 Harwood prize for fiction for “The Lighthouse Keeper’s Accounts”, a novel told entirely through the ledgers of a 19th-century lighthouse off the Shetland coast.

Marr, 64, who published her first novel at 58 after three decades as a bookkeeper for a fishing cooperative, was named the winner at a ceremony at the Guildhall in London on Wednesday night.

Rachel Amankwah, the broadcaster who chaired this year’s judges, said the panel had reached a unanimous decision “in under an hour, which I’m told is unheard of”.

“We read 164 novels this year and this was the one none of us could stop talking about,” she said. “It is a book made almost entirely of numbers – the price of lamp oil, the weight of coal, the days of fog – and yet it is one of the most emotional things I have read.”

Accepting the award, a visibly shaken Marr thanked her publisher, the Leith-based independent Haar Books, which has four full-time staff.

“I spent 30 years adding up other people’s money,” she told the audience. “I never expected anyone to want to read my sums.”

She dedicated the prize to her late husband, a fisherman, “who would have said this was all a lot of fuss”.

Douglas Fyfe, Haar’s founder and publisher, said the company had ordered an immediate reprint of 40,000 copies. “We had 2,000 in the warehouse at six o’clock this evening. I suspect we have none now,” he said.

The win is the first for an independent Scottish publisher in the prize’s 22-year history. Also shortlisted was Meera Venkataraman, whose debut “Salt Monsoon” had been the bookmakers’ favourite. She posted on X shortly after the announcement: “Thrilled for Elspeth. Her book is a marvel and I am going straight to the pub.”''',
 [("in under an hour, which I’m", "Rachel Amankwah"),
  ("We read 164 novels this year", "Rachel Amankwah"),
  ("It is a book made almost", "Rachel Amankwah"),
  ("I spent 30 years adding up", "Elspeth Marr"),
  ("I never expected anyone to want", "Elspeth Marr"),
  ("who would have said this was", "Elspeth Marr"),
  ("We had 2,000 in the warehouse", "Douglas Fyfe"),
  ("Thrilled for Elspeth. Her book is", "Meera Venkataraman")]),

# 7 -- Australian portrait prize (Sydney Morning Herald style), straight quotes; artist, judging chair, rival told ABC Radio, "the artist said", "the publican said", partial quotes
('''A portrait of a Broken Hill publican painted on eight salvaged beer trays has won this year's $100,000 Carrington Portrait Prize, the first time in the award's 61-year history that the top prize has gone to a work not painted on canvas or board.

Darwin-born artist Mia Kerrigan-Doyle, 29, spent three months living above the Silver City Hotel to paint its owner, Bev Staunton, 74, who has run the pub since 1976.

"Bev serves every drink on one of these trays, so it felt wrong to paint her on anything else," Kerrigan-Doyle said after the announcement at the Carrington Gallery in Sydney on Friday. "She's been pouring beer for 50 years. She's held that town together."

The chair of the judging panel, gallery director Simon Achterberg, said the work had been "the clear winner from the first day of judging".

"It's witty, it's tender, and it's technically extraordinary — painting a face across curved metal is much harder than it looks," he said.

Not everyone was convinced. Sydney painter Robert Haddad, a three-time finalist, told ABC Radio Sydney the decision was "a gimmick rewarded".

"There were paintings on that wall that took two years. This took a trip to the tip shop," he said.

Kerrigan-Doyle laughed off the criticism. "He's welcome to come to the tip shop with me. It's a great tip shop," the artist said.

Staunton, who flew to Sydney for the ceremony on her first plane trip in two decades, said she had "no idea" what she was getting into when she agreed to sit.

"I thought she was painting the pub sign. Next thing I'm in the paper," the publican said.

The people's choice award, decided by public vote, will be announced next month. The portrait will hang in the gallery until August before, Kerrigan-Doyle said, "going home to hang behind the bar, where it belongs".''',
 [("Bev serves every drink on one", "Mia Kerrigan-Doyle"),
  ("She's been pouring beer for 50", "Mia Kerrigan-Doyle"),
  ("the clear winner from the first", "Simon Achterberg"),
  ("It's witty, it's tender, and it's", "Simon Achterberg"),
  ("a gimmick rewarded", "Robert Haddad"),
  ("There were paintings on that wall", "Robert Haddad"),
  ("He's welcome to come to the", "Mia Kerrigan-Doyle"),
  ("no idea", "Bev Staunton"),
  ("I thought she was painting the", "Bev Staunton"),
  ("going home to hang behind the", "Mia Kerrigan-Doyle")]),

# 8 -- K-pop hiatus (Korea Herald style), curly quotes; agency statement, handwritten letter "he wrote"/"the letter continued", Instagram caption, fan slogan, unnamed fan, critic
('''Five-member boy band VANTA will go on an indefinite hiatus after completing its Asia tour in December, its agency Lumen Entertainment announced Monday, less than a week after leader Kang Min-jae was hospitalized for exhaustion.

“After long discussions with all five members, we have agreed that the members need time to rest and to consider their individual paths. This is not a disbandment,” Lumen Entertainment said in a statement.

The agency added that the remaining tour dates in Bangkok, Manila and Taipei would go ahead as planned, with Kang “participating to the extent his health allows.”

Kang, 27, posted a handwritten letter on fan platform Weverse hours after the announcement. “I was the one who asked for this,” he wrote. “For seven years we have never stopped running, and I think somewhere along the way we forgot why we started.”

“Please don’t blame the company, and please don’t blame each other,” the letter continued.

Main vocalist Park Ji-hoon shared a photo of the five members as trainees on Instagram with the caption “Same boys. Just tired.”

Fans reacted with a mix of grief and support. At a pop-up store in Seongsu-dong, eastern Seoul, a wall was covered Tuesday with sticky notes, many of them repeating the fandom’s new slogan, “Rest well, we’ll wait,” which trended on X in Korea for much of the day.

“I’m sad, but honestly I’m relieved. We could all see in the last year that Min-jae wasn’t OK,” said one fan, a 24-year-old office worker who has followed the group since its 2018 debut.

Music critic Kim Hye-won said the announcement reflected a wider shift in the industry. “Five years ago, an agency would never have talked openly about rest in a statement like this. Now fans expect it, and the conversation about idols’ mental health has really changed,” she said.

VANTA is expected to release a farewell single before the tour ends, according to industry sources.''',
 [("After long discussions with all five", "Lumen Entertainment"),
  ("participating to the extent his health", "Lumen Entertainment"),
  ("I was the one who asked", "Kang Min-jae"),
  ("For seven years we have never", "Kang Min-jae"),
  ("Please don’t blame the company", "Kang Min-jae"),
  ("Same boys. Just tired.", "Park Ji-hoon"),
  ("Rest well, we’ll wait", None),
  ("I’m sad, but honestly I’m relieved.", "~fan"),
  ("Five years ago, an agency would", "Kim Hye-won")]),

# 9 -- Canadian folk album feature (CBC style), straight quotes; told CBC News, "Dr." title, split quotes, "she said, laughing", track and album titles
('''When Maureen Quilty first recorded her grandmother singing in the kitchen of their house in Bonavista in 1987, she wasn't thinking about an album. She was thinking about keeping a voice.

Nearly four decades later, those cassette tapes have become the backbone of "Kitchen Tapes," a new record from the St. John's folk singer that weaves her grandmother's unaccompanied ballads together with new arrangements for string quartet.

"I had them in a shoebox under the bed for 30 years. Every time we moved house, the shoebox came with us. It was the first thing I packed," Quilty, 58, told CBC News.

Her grandmother, Bride Quilty, died in 1994 at 91. She knew more than 200 songs by heart, many of them brought over from Waterford and Wexford in the early 1800s, according to Dr. Patrick Kehoe, a folklorist at Memorial University.

"A lot of these songs exist nowhere else. Not in any archive, not in any book," Kehoe said. "Maureen has been sitting on a national treasure and didn't quite know it."

Quilty said the hardest decision was whether to clean up the tapes. On one track you can hear a kettle coming to the boil; on another, a dog barking at the door.

"My producer wanted to take the kettle out. I said absolutely not. The kettle stays," she said, laughing.

That producer, Halifax-based Jordan Baptiste, said he eventually came around. "She was right. You take the kitchen out of it and it's just an old lady singing. With the kettle, you're in the room," he said.

The album's opening track, "The Wexford Girl's Lament," has been streamed more than 400,000 times since the record's release last month, something Quilty said still baffles her.

"Nan would have thought that was the funniest thing in the world," she said. "Four hundred thousand strangers listening to her in her apron."

Quilty performs songs from the album with the quartet at the LSPU Hall in St. John's on Saturday. The show is sold out.''',
 [("I had them in a shoebox", "Maureen Quilty"),
  ("A lot of these songs exist", "Patrick Kehoe"),
  ("Maureen has been sitting on a", "Patrick Kehoe"),
  ("My producer wanted to take the", "Maureen Quilty"),
  ("She was right. You take the", "Jordan Baptiste"),
  ("Nan would have thought that was", "Maureen Quilty"),
  ("Four hundred thousand strangers listening to", "Maureen Quilty")]),

# 10 -- Irish traditional musician obituary (Irish Times style), curly quotes; nephew, archive body partials, minister with title then "the minister said", quote over two paragraphs, handwritten sign
('''The Connemara fiddler Bríd Ní Fhlatharta, whose recordings for Radio Éireann in the 1950s preserved dozens of tunes that might otherwise have been lost, has died at her home in Carna, Co Galway. She was 93.

Ní Fhlatharta learned the fiddle from her father, a fisherman, and was playing at house dances by the age of 10. Her 1957 sessions, recorded on a single microphone in the parish hall, remain among the most requested items in the national broadcaster’s sound archive.

Her nephew, Colm Ó Flatharta, said she had played for visitors as recently as last month. “She played for anyone who came through the door – the postman, the priest, Americans looking for their roots,” he said. “Nobody ever left that house without a tune.”

The Irish Traditional Music Archive described her as “one of the great tradition-bearers of the west” and said her influence on younger players “cannot be overstated”.

Minister for Culture Orla Brennan-Keane said Ní Fhlatharta’s playing had been “the sound of a whole way of life”.

“She carried that music through decades when very few people were listening, and she lived to see a new generation queueing at her door,” the minister said.

Her most devoted student, the fiddler Aoife Geraghty, travelled to Carna every weekend for four years as a teenager. “She never wrote a note down for me. Not once. You learned by sitting beside her until your fingers ached, and then sitting a bit longer.

“I went to her at 14 thinking I was good. I left at 18 knowing I was only starting. I think that was the whole lesson.”

Ní Fhlatharta never married and is survived by nephews and nieces in Carna, Boston and London. Her funeral Mass will take place in Carna on Saturday, followed, at her own request, by a session in the village.

On Thursday evening a handwritten sign on the door of the village pub read “Closed for Bríd – session from 8”, and by nine o’clock there were more than 30 musicians inside.''',
 [("She played for anyone who came", "Colm Ó Flatharta"),
  ("Nobody ever left that house without", "Colm Ó Flatharta"),
  ("one of the great tradition-bearers of", "Irish Traditional Music Archive"),
  ("cannot be overstated", "Irish Traditional Music Archive"),
  ("the sound of a whole way", "Orla Brennan-Keane"),
  ("She carried that music through decades", "Orla Brennan-Keane"),
  ("She never wrote a note down", "Aoife Geraghty"),
  ("I went to her at 14", "Aoife Geraghty"),
  ("Closed for Bríd – session from 8", None)]),

# 11 -- TV showrunner exit (Variety style), straight quotes; studio statement, unnamed source partials, Instagram post "she wrote", phone interview, caption
('''Showrunner Leah Castellano is exiting "Harbor Lights," Meridian Television's hit coastal noir drama, ahead of its third season, the studio confirmed Thursday.

Castellano, who created the series and has run it since its 2021 debut, will stay on as a consultant through the end of production on season three, which begins filming in Nova Scotia in June. Executive producer Brian Okimoto, who has directed 11 episodes, will take over as showrunner.

"Leah built this show from the ground up, and we are enormously grateful for her vision and her partnership," Meridian Television said in a statement. "We wish her every success and are thrilled to have Brian, who knows this world as well as anyone, step into the role."

Sources familiar with the production told Variety that tensions between Castellano and studio executives had grown over the show's budget and over plans to shorten season three from 10 episodes to eight. One source close to the show, who asked not to be named because they were not authorized to speak publicly, called the split "a long time coming" and said the writers' room had been "running on fumes" since the fall.

Castellano addressed the news on Instagram on Thursday afternoon. "Two seasons, 18 episodes, one very wet coastline. I'm so proud of what we made," she wrote. "I'm leaving it in extraordinary hands."

Okimoto, in a brief phone interview, said he intended to keep the show's tone intact. "Leah's fingerprints are on every frame of this thing," he said. "My job is not to reinvent it. My job is to not screw it up."

Series star Jenna Whitlow, who plays the haunted harbor master Marnie Coyle, posted a photo of herself and Castellano on set with the caption "my captain."

The series, which streams on Vantage+ in the U.S., was the platform's most-watched original drama last year. Castellano is said to be developing a limited series elsewhere.''',
 [("Leah built this show from the", "Meridian Television"),
  ("We wish her every success and", "Meridian Television"),
  ("a long time coming", "~source"),
  ("running on fumes", "~source"),
  ("Two seasons, 18 episodes, one very", "Leah Castellano"),
  ("I'm leaving it in extraordinary hands.", "Leah Castellano"),
  ("Leah's fingerprints are on every frame", "Brian Okimoto"),
  ("My job is not to reinvent", "Brian Okimoto"),
  ("my captain.", "Jenna Whitlow")]),

# 12 -- NZ literary festival sponsorship row (NZ Herald style), curly quotes; open letter, festival director, company spokesman partial, told RNZ, placards and chants, "the poet said"
('''Six authors have pulled out of next month’s Tasman Bay Readers and Writers Festival in Nelson in protest at its new principal sponsor, seabed mining company Pacific Ironsands.

The writers, among them award-winning novelist Hemi Walker-Tuhoe and poet Greta Lindholm, announced their withdrawal in an open letter on Monday. The letter, written by Walker-Tuhoe and signed by the other five, said: “We cannot in good conscience appear on stages paid for by a company seeking to mine the seabed off our coast.”

Festival director Anna Prebble said she was “deeply saddened” by the withdrawals but stood by the decision. “Without this sponsorship, there would be no festival this year. That is the blunt reality of arts funding in this country,” she said.

Prebble said the festival had lost two long-standing sponsors in the past 18 months and had been turned down by Creative New Zealand for multi-year funding. “We looked at every option,” she said. “I would love to be in a position to turn money down. I’m not.”

A Pacific Ironsands spokesman said the company was “proud to support literature in the region” and respected the authors’ right to disagree.

Walker-Tuhoe told RNZ the decision had not been easy. “This festival gave me my first ever public reading. I love it. That’s exactly why I can’t be part of this,” he said.

About 40 people gathered outside the festival office on Trafalgar St on Tuesday afternoon. Protesters held placards reading “Books not bulldozers” and chanted “Leave our seabed alone” as passing motorists tooted in support.

Lindholm, who was due to launch her fourth collection at the festival, said she hoped organisers would find another way. “Nobody wants the festival to die. We want it to live without this,” the poet said.

The festival runs from 12 to 15 September. Organisers say 4000 tickets have already been sold.''',
 [("We cannot in good conscience appear", "Hemi Walker-Tuhoe"),
  ("deeply saddened", "Anna Prebble"),
  ("Without this sponsorship, there would be", "Anna Prebble"),
  ("We looked at every option", "Anna Prebble"),
  ("I would love to be in", "Anna Prebble"),
  ("proud to support literature in the", "Pacific Ironsands"),
  ("This festival gave me my first", "Hemi Walker-Tuhoe"),
  ("Books not bulldozers", None),
  ("Leave our seabed alone", None),
  ("Nobody wants the festival to die.", "Greta Lindholm")]),

# 13 -- Carnatic music award function (The Hindu style), straight quotes; honorifics (Smt., Dr., Ms.), dedication partial, split quote, composition title, told The Hindu
('''CHENNAI: Veteran Carnatic vocalist Lalitha Raghunathan was conferred the Nada Ratna award by the Sri Thyagaraja Gana Sabha at a function held in Mylapore on Sunday evening.

Accepting the award, the 78-year-old singer recalled her first public concert, given at the age of nine in a temple hall in Thanjavur. "My guru told me that day that the audience is not there to hear you, they are there to hear the music. It took me 40 years to understand what he meant," she said.

She dedicated the award to her late husband, violinist T.S. Raghunathan, "who sat beside me on stage for 52 years and never once let me go sharp."

Sabha president R. Venkatesan said the selection committee's decision had been unanimous. "Smt. Lalitha's voice has a purity that cannot be taught," he said. "Generations of rasikas have grown up listening to her on All India Radio."

Presenting the award, musicologist Dr. Vasanthi Iyer described Ms. Raghunathan as "a living archive of compositions that are rarely heard today." According to Dr. Iyer, the vocalist has more than 1,200 kritis in her repertoire, many of them learnt from the disciples of the composers' own students. "She has kept alive songs that would otherwise exist only in palm-leaf manuscripts," Dr. Iyer said.

Her senior disciple, Aravind Krishnamurthy, who now performs in India and abroad, said she had been a strict but affectionate teacher. "She would make us sing one phrase a hundred times. If the hundred-and-first was wrong, we started again from the beginning," he said.

The function concluded with a concert by Ms. Raghunathan, accompanied by her grandson on the violin. Her rendition of Thyagaraja's "Endaro Mahanubhavulu" in Sri ragam drew a standing ovation from the packed hall.

"At this age, I sing less with the throat and more with the memory," she told The Hindu after the concert.''',
 [("My guru told me that day", "Lalitha Raghunathan"),
  ("who sat beside me on stage", "Lalitha Raghunathan"),
  ("Smt. Lalitha's voice has a purity", "R. Venkatesan"),
  ("Generations of rasikas have grown up", "R. Venkatesan"),
  ("a living archive of compositions that", "Vasanthi Iyer"),
  ("She has kept alive songs that", "Vasanthi Iyer"),
  ("She would make us sing one", "Aravind Krishnamurthy"),
  ("At this age, I sing less", "Lalitha Raghunathan")]),

# 14 -- Nollywood actor death (Nigerian online daily style), curly quotes; nickname, family statement "he said"/"the statement added", guild partial, guild president, Instagram and X posts, director by phone
('''Veteran Nollywood actor Olumide Adebanjo, popularly known as “Baba Landlord”, is dead. He was 71.

The actor, who featured in more than 300 films and television series in a career spanning four decades, died on Thursday at a private hospital in Ibadan, Oyo State, after a brief illness.

His first son, Tunde Adebanjo, confirmed the death in a statement on behalf of the family on Friday. “It is with heavy hearts but total submission to the will of God that we announce the passing of our father, husband and grandfather,” he said.

“He lived for his work and for his people. Burial arrangements will be announced in due course,” the statement added.

The Actors Guild of Nigeria described his death as “a monumental loss to the industry”. The guild’s president, Kelechi Anozie, said Adebanjo had mentored hundreds of young actors. “Baba never said no to anybody who came to him for advice. His door was always open, and so was his pot of soup,” Anozie said.

Adebanjo rose to national fame in the early 2000s as the stingy but lovable landlord in the sitcom “Compound Palava”, a role that gave him his nickname and made him one of the most recognisable faces on Nigerian television.

Tributes poured in on social media. Actress Funmilayo Ajayi-Cole, who played his wife on the show for nine years, wrote on Instagram: “My screen husband, my real-life father. Sleep well, sir.”

Comedian and actor Ikenna Dike-Eze wrote on X: “Nollywood has lost its landlord. The rent is due in heaven now.”

Filmmaker Yemisi Oladipo, who directed him in three feature films, said in a telephone interview that he was the most disciplined actor she had worked with. “He would arrive on set before the crew. He knew everyone’s lines, not just his own,” she said.

Adebanjo is survived by his wife, Adunni, four children and several grandchildren.''',
 [("It is with heavy hearts but", "Tunde Adebanjo"),
  ("He lived for his work and", "Tunde Adebanjo"),
  ("a monumental loss to the industry", "Actors Guild of Nigeria"),
  ("Baba never said no to anybody", "Kelechi Anozie"),
  ("My screen husband, my real-life father.", "Funmilayo Ajayi-Cole"),
  ("Nollywood has lost its landlord.", "Ikenna Dike-Eze"),
  ("He would arrive on set before", "Yemisi Oladipo")]),

# 15 -- Auction record (AFP style), straight quotes; painting title, auctioneer in the room, unnamed adviser partial, artist's archival quote to a newspaper, niece split quote, analyst
('''NEW YORK (AFP) - A 1962 painting by the late Puerto Rican abstractionist Rosa Iglesias Vidal sold for $38.4 million at Hollister & Crane in New York on Tuesday night, more than tripling the auction record for a Latin American woman artist.

The work, "Tide Table No. 4," a six-metre-wide field of overlapping blues painted in a borrowed warehouse in San Juan, drew seven bidders and a 14-minute contest that ended in applause.

"Fair warning — and sold, at thirty-four million dollars," auctioneer Oliver Brandt-Heim announced as his gavel fell. The final price includes the buyer's premium.

The buyer, bidding by telephone, was not identified. An adviser involved in the sale, who asked not to be named, said only that the painting was bound for "a major private museum in Asia."

Speaking to reporters afterwards, Brandt-Heim called the result "a long overdue correction."

"For decades these artists were treated as a footnote to New York abstraction. Tonight the market caught up with the art historians," he said.

Iglesias Vidal, who died in 2004, sold few works in her lifetime and supported herself as a secondary-school art teacher. "I paint the sea because I cannot afford to travel on it," she told a San Juan newspaper in 1971.

Her niece, Carmen Iglesias Ortiz, who manages the artist's estate, watched the sale from the back of the room. "My aunt kept this painting rolled up in her closet for 20 years," she said. "She would be laughing. Then she would be furious that it is leaving Puerto Rico."

Art market analyst Jonah Feld said the sale could prompt a wave of consignments of postwar Latin American abstraction. "One result like this and every collector starts going through their storage," Feld said.

The previous auction record for the artist, set in 2019, was $11.2 million.''',
 [("Fair warning — and sold, at thirty-four", "Oliver Brandt-Heim"),
  ("a major private museum in Asia.", "~adviser"),
  ("a long overdue correction.", "Oliver Brandt-Heim"),
  ("For decades these artists were treated", "Oliver Brandt-Heim"),
  ("I paint the sea because I", "Rosa Iglesias Vidal"),
  ("My aunt kept this painting rolled", "Carmen Iglesias Ortiz"),
  ("She would be laughing.", "Carmen Iglesias Ortiz"),
  ("One result like this and every", "Jonah Feld")]),

# 16 -- French film director obituary (AFP style), curly quotes; son partial, ministry and festival partials (post on X), told Le Parisien, "the actress said", told Le Monde, told AFP
('''PARIS (AFP) – French filmmaker Hélène Sarrazin, a late and defiant voice of the New Wave whose spare dramas about working women made her one of the most admired directors of her generation, has died aged 84, her family told AFP on Sunday.

Sarrazin died “peacefully, in her sleep, with a book open on her chest” at her home in Marseille on Saturday night, her son Lucas Sarrazin said.

Her best-known film, “Les Couturières”, followed a group of striking garment workers in Lyon and made a star of its then-unknown lead, Mathilde Fournier. It won the Prix Louis-Delluc in 1981.

The French culture ministry hailed “a filmmaker of rare rigour who put the lives of ordinary women at the centre of French cinema”.

The Cannes Film Festival, where four of her films competed, said on X that she had been “a free woman and a free filmmaker, to the very end”.

Fournier, now 66, told Le Parisien that Sarrazin “never raised her voice on set, and never needed to”.

“She would watch a scene, say nothing, then come and whisper one sentence in your ear,” the actress said. “And everything changed.”

Sarrazin was often at odds with the industry, and fought for years to finance projects that producers considered uncommercial.

“Cinema has always been a business run by men for men. I did not come to ask permission,” she told Le Monde in a 2003 interview.

Her longtime producer, Armand Keller, said she had been ferociously economical. “Hélène fought for every franc and every centime. She made five films with the money others spent on one,” he told AFP.

Born in Toulon in 1940 to a docker and a seamstress, Sarrazin worked as a continuity assistant before directing her first short film at 31. She is survived by her son and two grandchildren.''',
 [("peacefully, in her sleep, with a", "Lucas Sarrazin"),
  ("a filmmaker of rare rigour who", "French culture ministry"),
  ("a free woman and a free", "Cannes Film Festival"),
  ("never raised her voice on set", "Mathilde Fournier"),
  ("She would watch a scene, say", "Mathilde Fournier"),
  ("And everything changed.", "Mathilde Fournier"),
  ("Cinema has always been a business", "Hélène Sarrazin"),
  ("Hélène fought for every franc and", "Armand Keller")]),

# 17 -- Broadway closing notice (New York Times style), straight quotes; producer statement, "Mr."/"Ms." honorifics, split quote with "he added", curtain speech, critic partial, unnamed theatergoer, box-office sign
('''The Broadway musical "Paper Moons," which opened to rapturous reviews last spring but struggled to find an audience, will close on Sunday after 214 performances, its producers announced on Monday.

The show, about a family of Depression-era itinerant photographers crisscrossing the Dust Bowl, was capitalized at about $18 million and will not recoup its investment.

"We are heartbroken. We believed, and continue to believe, that this is one of the most beautiful shows on Broadway," the lead producer, Dina Marchetti-Rowe, said in a statement. Weekly grosses had fallen below $500,000 for most of the summer, according to figures released by the Broadway League.

The show's composer, Samuel Ashby-Greer, said in an interview on Monday that he had seen the closing coming for weeks. "You watch the grosses every Monday like a weather report," Mr. Ashby-Greer said. "Eventually you stop pretending it's going to be sunny."

"Still," he added, "I wouldn't trade a single one of those 214 nights."

The musical's star, Rosalind Mbatha, who received a Tony nomination for her performance as the family's widowed matriarch, addressed the audience after Tuesday night's performance. "Tell your friends. You have six days," Ms. Mbatha said from the stage, drawing cheers.

In his review in The New York Times, the critic Martin Leavell called the show "a small miracle of a musical" and singled out its folk-inflected score.

Outside the theater on Wednesday, one theatergoer, who said she had flown in from Columbus, Ohio, for a last look, was waiting at the stage door. "I've seen it four times. I'll come back a fifth if I can get a ticket," she said.

A sign taped to the box office window read "Final performance Sunday — thank you, New York."

Ms. Marchetti-Rowe said the producers hoped to mount a national tour, and a cast album is due in the fall.''',
 [("We are heartbroken.", "Dina Marchetti-Rowe"),
  ("You watch the grosses every Monday", "Samuel Ashby-Greer"),
  ("Eventually you stop pretending it's going", "Samuel Ashby-Greer"),
  ("Still", "Samuel Ashby-Greer"),
  ("I wouldn't trade a single one", "Samuel Ashby-Greer"),
  ("Tell your friends. You have six", "Rosalind Mbatha"),
  ("a small miracle of a musical", "Martin Leavell"),
  ("I've seen it four times.", "~theatergoer"),
  ("Final performance Sunday — thank you", None)]),

# 18 -- Scottish national poet appointment (Scotsman style), curly single quotes; "she said:", "she added", government spokesperson partial, library director, unnamed former pupil told the Shetland Times, poem titles
('''The Shetland-born poet Catriona Moffat has been named Scotland’s new national poet, becoming the fifth Makar since the post was created in 2004.

Moffat, 52, who writes in Scots, Shetlandic and English, will hold the role for five years. Her third collection, ‘Da Simmer Dim’, was named the Saltire Society’s poetry book of the year in 2019.

Speaking at the Scottish Poetry Library in Edinburgh, where the appointment was announced on Thursday, she said: ‘I grew up in a house where my granny spoke one language, the school spoke another and the television spoke a third. I’ve spent my life trying to get them to talk to each other.’

‘Poetry is not a luxury in Scotland,’ she added. ‘It’s how we’ve always argued with ourselves.’

A Scottish Government spokesperson said Moffat had been chosen by an independent panel for her ‘extraordinary range and her commitment to taking poetry into communities that are too often overlooked’.

Hamish Cowie, director of the Scottish Poetry Library, said: ‘Catriona is a poet of the islands, but she is not a poet of the margins. Her work goes straight to the centre of what it means to be Scottish now.’

Moffat taught English at a secondary school in Lerwick for 20 years and said she intended to spend much of her tenure in classrooms. One former pupil, who now lives in Orkney, told the Shetland Times that Moffat had been ‘the teacher who made us all believe we were allowed to write’.

Her first poem as Makar, ‘Ferry Weather’, will be read at a Holyrood reception next month. Moffat said she had already started it.

‘It’s about waiting for a boat that may or may not come,’ she said. ‘Which is, I think, a fairly Scottish condition.’

The post carries an annual stipend and a commitment to produce work for national occasions.''',
 [("I grew up in a house where", "Catriona Moffat"),
  ("Poetry is not a luxury in", "Catriona Moffat"),
  ("It’s how we’ve always argued with", "Catriona Moffat"),
  ("extraordinary range and her commitment to", "Scottish Government"),
  ("Catriona is a poet of the", "Hamish Cowie"),
  ("the teacher who made us all", "~pupil"),
  ("It’s about waiting for a boat", "Catriona Moffat"),
  ("Which is, I think, a fairly", "Catriona Moffat")]),

# 19 -- Music festival cancelled by storms (BBC regional style), straight quotes; organisers' statement, council spokeswoman, named and unnamed festivalgoers, band's Instagram post, gate signs
('''The final day of the Greenhollow music festival in Herefordshire has been cancelled after overnight storms flooded parts of the site and brought down a stage canopy.

About 18,000 people were told to leave the site near Leominster by midday on Sunday. No injuries were reported.

In a statement posted at 06:30 BST, organisers Greenhollow Events said the decision had been "heartbreaking but unavoidable".

"The safety of our audience, artists and crew will always come first. Parts of the arena are under several inches of water and high winds are forecast to continue through the afternoon," the statement said.

Herefordshire Council said its officers had been on site since the early hours. A council spokeswoman said: "We worked closely with organisers overnight and fully support their decision."

Festivalgoer Ellie Brandon, 23, from Cardiff, said her tent had become "basically a paddling pool" by 03:00. "We were bailing it out with a Pot Noodle lid," she said. "Honestly, it was still the best weekend of the year."

Another festivalgoer, who did not want to be named, said the exit had been chaotic. "There was one road out and about 5,000 cars trying to use it. We sat in the car park for four hours," he said.

Sunday's headliners, the indie band The Marram Grass, posted on Instagram: "Gutted. We'll be back, and we'll bring towels."

By Sunday afternoon, signs at the entrance gates read "Site closed - do not enter" as contractors began dismantling the main stage.

Greenhollow Events said ticket holders would receive a partial refund within 14 days and priority access to next year's festival. The event, now in its 12th year, has been cancelled once before, in 2020, because of the Covid pandemic.''',
 [("heartbreaking but unavoidable", "Greenhollow Events"),
  ("The safety of our audience, artists", "Greenhollow Events"),
  ("We worked closely with organisers overnight", "Herefordshire Council"),
  ("basically a paddling pool", "Ellie Brandon"),
  ("We were bailing it out with", "Ellie Brandon"),
  ("Honestly, it was still the best", "Ellie Brandon"),
  ("There was one road out and", "~festivalgoer"),
  ("Gutted. We'll be back, and we'll", "The Marram Grass"),
  ("Site closed - do not enter", None)]),

# 20 -- R&B album leak and early release (music-magazine news style), curly quotes; label spokesperson, posts on X "she posted", Rolling Stone interview with "the 29-year-old", producer, single title, critic partial
('''Amara Sinclair has moved up the release of her third album, “Low Tide Prayers,” by two weeks after the full record leaked online over the weekend.

The album arrived on streaming services at midnight Tuesday, Sinclair’s label, Halcyon Records, confirmed. “Amara made the call herself. She didn’t want fans hearing a bad rip with the wrong track order,” a Halcyon spokesperson said.

Sinclair addressed the leak on X shortly after the release. “Y’all were gonna hear it anyway, so hear it right,” she posted. “Track order matters. Please start at one.”

In an interview with Rolling Stone last month, the 29-year-old described the album as her most personal yet, written largely in the year after her father’s death. “I wrote most of it in my car in a hospital parking lot. That’s where the title came from — everything felt like it was going out,” she said.

Producer Devonte Price, who worked on nine of the album’s 13 tracks, said the leak had been “a gut punch” for everyone involved. “You spend two years making something with this much care and somebody just dumps it on a forum. But the fans who waited, they waited. I saw that,” Price said.

The lead single, “Kerosene,” debuted at No. 4 on the Billboard Hot 100 in March, the highest chart entry of Sinclair’s career so far.

Early reviews have been strong. In a review for Pitchfork, critic Naomi Estrada called the record “a grief album that refuses to whisper,” singling out the seven-minute closing track as the best song Sinclair has written.

Sinclair begins a 22-date North American tour in Atlanta next month, with her band and a string section that played on much of the album.''',
 [("Amara made the call herself.", "Halcyon Records"),
  ("Y’all were gonna hear it anyway", "Amara Sinclair"),
  ("Track order matters.", "Amara Sinclair"),
  ("I wrote most of it in", "Amara Sinclair"),
  ("a gut punch", "Devonte Price"),
  ("You spend two years making something", "Devonte Price"),
  ("a grief album that refuses to", "Naomi Estrada")]),

# 21 -- Theatre critic obituary (Telegraph style), straight single quotes; quoted reviews, telegram exchange, "Sir" title, editor's recollection, director's description, split quote, unnamed colleague
('''Bernard Quayle-Hastings, who has died aged 89, was for 31 years the theatre critic of the Sunday Courier and one of the most feared – and, in private, most affectionate – reviewers of his generation.

He was celebrated for the brevity of his dismissals. Of a 1974 revival of a Whitehall farce he wrote, in its entirety: 'The doors worked. Nothing else did.' Reviewing an ambitious Peer Gynt at the Old Vic, he observed that the leading man 'acted as though paid by the decibel'.

Actors did not always take it well. Sir Roderick Malham once sent him a telegram reading: 'Have read your review. Am now sitting in the bath with a knife.' Quayle-Hastings is said to have wired back: 'Use the blunt end. Love, B.'

Bernard John Quayle-Hastings was born on May 3 1935 in Hove, the son of a dentist, and educated at Lancing and at Christ Church, Oxford, where, by his own account, he acted badly in a string of undergraduate productions. After National Service he joined the Brighton Argus as a sub-editor, reviewing amateur dramatics at weekends.

He joined the Courier in 1962 and became its chief theatre critic in 1966. There he was championed by the paper's editor, Margaret Dunphy, who later recalled that he had 'filed late every week for 31 years and was worth every minute of the wait'.

His enthusiasms were as memorable as his scorn. The director Caspar Lindley once described him as 'the only critic who ever made me want to rewrite the second act', and he was an early and tireless champion of new writing at the Royal Court.

After his retirement in 1997 he devoted himself to his garden in Sussex and to a history of the Edwardian music hall, which remained unfinished. He continued to go to the theatre two or three times a week. 'I go now purely for pleasure,' he told an interviewer in 2010, 'which is a sensation I had rather forgotten.'

As one younger colleague put it: 'He could end a career in a sentence, but he'd buy you lunch the week after.'

He married, in 1962, the actress Judith Penrose, who survives him with their two sons.''',
 [("The doors worked. Nothing else did.", "Bernard Quayle-Hastings"),
  ("acted as though paid by the decibel", "Bernard Quayle-Hastings"),
  ("Have read your review. Am now sitting", "Roderick Malham"),
  ("Use the blunt end.", "Bernard Quayle-Hastings"),
  ("filed late every week for 31", "Margaret Dunphy"),
  ("the only critic who ever made", "Caspar Lindley"),
  ("I go now purely for pleasure", "Bernard Quayle-Hastings"),
  ("which is a sensation I had", "Bernard Quayle-Hastings"),
  ("He could end a career in", "~colleague")]),

# 22 -- South African film restoration (Mail & Guardian style), curly quotes; film title, canister label, archivist "said X, the archivist who...", banning-order wording, widow, foundation statement partial, former child actor
('''For almost 50 years, the only known print of Themba Mokoena’s 1977 feature “Ekhaya” sat in a rusting canister in a garage in Kimberley, its label reading simply “Mokoena — do not throw”.

On Saturday night the restored film screened to a packed house at the Market Theatre in Johannesburg, and received a standing ovation that lasted longer than some of its scenes.

“When we opened the canister, the smell of vinegar nearly knocked us over,” said Lerato Dube, the archivist who led the two-year restoration at the Zanele Film Heritage Trust. “Vinegar syndrome is a death sentence for film. Another five years and there would have been nothing left.”

Mokoena, who died in 1999, shot the film on borrowed equipment with a cast of non-professional actors from Orlando East. It was banned within weeks of its only screening. The banning order, a copy of which is displayed in the theatre foyer, describes the film as “calculated to cause hostility between the races”.

His widow, Nomsa Mokoena, 81, attended the screening with three generations of her family. “Themba always said this film would come home one day. I stopped believing him. Tonight I apologise to him,” she said afterwards.

The restoration was funded in part by the National Film and Video Foundation, which said in a statement that the project was “an act of national memory”.

Several people in the audience had appeared in the film as children. Among them was retired nurse Dorcas Mahlangu, 56, who played a girl selling oranges in an early scene. “I was seven. They paid me in oranges,” she said, laughing. “I have waited my whole life to see myself.”

Dube said the trust hoped to take the film to community halls across Gauteng before any festival screenings. “This film was made for Soweto, not for festivals. It has to go back to the people it was about,” she said.

A digital release is planned for next year.''',
 [("Mokoena — do not throw", None),
  ("When we opened the canister, the", "Lerato Dube"),
  ("Vinegar syndrome is a death sentence", "Lerato Dube"),
  ("calculated to cause hostility between the", None),
  ("Themba always said this film would", "Nomsa Mokoena"),
  ("an act of national memory", "National Film and Video Foundation"),
  ("I was seven. They paid me", "Dorcas Mahlangu"),
  ("I have waited my whole life", "Dorcas Mahlangu"),
  ("This film was made for Soweto", "Lerato Dube")]),

# 23 -- German translation prize (DW style), straight quotes; jury chair partial and split quote, told DW, quote over two paragraphs, "the translator said", video message "the 38-year-old novelist said"
('''Berlin-based translator Katrin Albers has been awarded this year's Hölderlin Prize for Literary Translation for her German rendering of the Georgian novel "The Quince Year" by Nino Kapanadze.

The €25,000 ($27,000) prize, awarded annually for an outstanding translation into German, was presented at a ceremony in Frankfurt's Paulskirche on Sunday.

Jury chair Ulrich Manteuffel, a professor of comparative literature at the University of Tübingen, said Albers had achieved "the near-impossible."

"Georgian is a language with its own alphabet, its own grammar and its own sense of humor, and very little of that survives the journey into German without help," Manteuffel said. "Katrin Albers has not just carried the story across. She has carried the laughter across, too."

Albers, 47, spent four years on the translation, including several months living in Kutaisi, the city where the novel is set. "There are jokes in this book that took me three weeks," she told DW. "I would sit in a café in Kutaisi and read a line aloud to the waiter. If he laughed, I knew what I had to achieve in German. If he didn't, I had misunderstood it.

"Translation is mostly failure. You fail a thousand times, and then one morning the sentence simply works."

She said literary translators in Germany remained badly paid and largely unseen. "We are the invisible people of literature. Prizes like this make us visible for one evening," the translator said.

Kapanadze, who could not travel to Frankfurt, thanked Albers in a video message played during the ceremony. "Katrin knows my book better than I do. She found mistakes I made in Georgian," the 38-year-old novelist said, to laughter from the audience.

The novel, published in German by Lindenhof Verlag, has sold more than 30,000 copies since its release in March.''',
 [("the near-impossible.", "Ulrich Manteuffel"),
  ("Georgian is a language with its", "Ulrich Manteuffel"),
  ("Katrin Albers has not just carried", "Ulrich Manteuffel"),
  ("There are jokes in this book", "Katrin Albers"),
  ("I would sit in a café in", "Katrin Albers"),
  ("Translation is mostly failure.", "Katrin Albers"),
  ("We are the invisible people of", "Katrin Albers"),
  ("Katrin knows my book better than", "Nino Kapanadze")]),

# 24 -- Ballerina's farewell performance (New York Times dance desk style), curly quotes; ballet title, audience shouts, dancer in dressing room, "Mr."/"Ms." honorifics, partner, teenage fan, critic's Instagram post
('''When the curtain fell on Saturday night’s “Giselle” at the Hudson Ballet Company, the audience would not let it stay down. For 22 minutes, through nine curtain calls and a blizzard of white roses, they shouted “Brava!” at Valentina Orlova-Reyes, who was dancing her final performance after 19 years with the company.

Ms. Orlova-Reyes, 41, arrived from Buenos Aires as an apprentice at 17 and was promoted to principal dancer at 24. She has danced the title role in that ballet more than 100 times.

“I wanted to leave with this role because it is the one that taught me the most,” she said in her dressing room afterward, still in costume, her feet in a bucket of ice. “It is a ballet about forgiveness. At the end of a career, you need a lot of forgiveness — for your body, mostly.”

The company’s artistic director, Philip Nakagawa, said her retirement would leave “an enormous hole” in the repertory. “Valentina is the rare dancer who makes the steps look as if they were invented that second. You cannot teach that. You can only stand in the wings and be grateful,” Mr. Nakagawa said.

Her longtime partner, the principal dancer Luca Bernardi, who danced Albrecht on Saturday, was visibly emotional at the curtain. “Twelve years I have caught her, and she has never once made me feel it. Tonight was the first time I did not want to let go,” he said.

Ms. Orlova-Reyes will join the faculty of the company’s school in the fall. Among her future students may be Amelia Torres, 16, who watched from the fourth ring with her mother. “I saw her dance this when I was eight, and that’s why I started,” Amelia said.

The dance critic Alastair Vance, who has followed her career since her debut, wrote on Instagram that her mad scene had been “as close to perfect as I expect to see in my lifetime.”

Long after the house had emptied, Ms. Orlova-Reyes was still on the stage, signing programs for the stagehands.''',
 [("Brava!", None),
  ("I wanted to leave with this", "Valentina Orlova-Reyes"),
  ("It is a ballet about forgiveness.", "Valentina Orlova-Reyes"),
  ("an enormous hole", "Philip Nakagawa"),
  ("Valentina is the rare dancer who", "Philip Nakagawa"),
  ("Twelve years I have caught her", "Luca Bernardi"),
  ("I saw her dance this when", "Amelia Torres"),
  ("as close to perfect as I", "Alastair Vance")]),

# 25 -- Musician pulls catalogue from streaming service (music-business trade style), straight quotes; Instagram video, quote continuing in next paragraph with no cue, manager, company statement partials, union partial, fellow songwriter's post
('''Singer-songwriter Rhiannon Pryce has removed her entire catalogue from the streaming service Streamwell in protest at the platform's decision to feature AI-generated music in its editorial playlists.

The Welsh artist, whose 2019 album "Hiraeth Motel" went gold in the UK, announced the move in a video posted to Instagram on Wednesday. "I'm not against technology. I'm against being replaced by a photocopy of myself on a playlist I helped build," she said in the video.

"If you want to listen to me, I'm still on every other platform. Just not that one."

Her manager, Owen Talbot, said the decision would cost her "a meaningful chunk" of her income. "We did the maths. It's roughly a fifth of her streaming revenue, and she didn't hesitate for a second," Talbot said.

Streamwell said in a statement that it "deeply values" its relationship with artists and that AI-generated tracks made up "a small fraction" of playlist content. "We are committed to transparency and are introducing clear labelling for AI-assisted music later this year," the statement said.

The Musicians' Union said Pryce's decision reflected "widespread anger" among its members about the use of AI in music, and called on platforms to label synthetic tracks clearly and to pay human artists fairly.

Fans have rallied behind the singer, with the hashtag #HumanMadeMusic trending on X in the UK on Wednesday evening.

Fellow songwriter Dafydd Morgan-Lewis, who co-wrote several songs on her breakthrough record, posted: "Proud of her. Somebody had to go first."

Pryce, 34, is due to begin a UK tour in Swansea in October. Her new single will be released on all major platforms except Streamwell.''',
 [("I'm not against technology.", "Rhiannon Pryce"),
  ("If you want to listen to", "Rhiannon Pryce"),
  ("a meaningful chunk", "Owen Talbot"),
  ("We did the maths.", "Owen Talbot"),
  ("deeply values", "Streamwell"),
  ("a small fraction", "Streamwell"),
  ("We are committed to transparency and", "Streamwell"),
  ("widespread anger", "Musicians' Union"),
  ("Proud of her. Somebody had to", "Dafydd Morgan-Lewis")]),
]
# fmt: on
