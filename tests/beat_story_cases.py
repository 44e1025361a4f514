"""Eight sets of stories, each on one beat, with who says each quote, written in the
twenty-seventh round of rules.

Written for this suite by eight separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy: STORIES_BM Wikinews original
reporting (interviews and correspondence, "told Wikinews", mixed with press releases and other
outlets); STORIES_BN world news whose people have names from many languages (double surnames,
al- and bin, surname first, particles, single names), held out; STORIES_BO transport, energy,
infrastructure and labour disputes (unions, employers, regulators, commuters); STORIES_BP
health, courts and crime in the English-language press of Nigeria, Kenya, South Africa, India,
Pakistan, the Philippines and Malaysia, in their house styles; STORIES_BQ a fortnight of
Wikinews from 2021 and 2022, held out; STORIES_BR entertainment, arts, music, film, books and
awards (speeches, tributes, publicists, posts, reviews); STORIES_BS war, conflict and diplomacy
(military spokespeople, anonymous officials, state media, Telegram), held out; STORIES_BT
education, local government, environment and weather in the US, Canada, the UK, Australia and
New Zealand. Straight and curly quote marks. Not gold and not from any article of the gold set.
Each entry is (story, [(first words inside the quote marks, speaker as first named, "~" and
the noun of a speaker only described, or None), ...]). Held-out sets are not tuned on: their
misses are listed by script, not read.

First read, before any rule was changed for them, with the round's starting rules (de5212b):
223 of 241 in STORIES_BM, 202 of 223 in STORIES_BN, 197 of 211 in STORIES_BO, 154 of 184 in
STORIES_BP, 210 of 232 in STORIES_BQ, 210 of 237 in STORIES_BR, 187 of 207 in STORIES_BS and
225 of 237 in STORIES_BT: 1,608 of 1,772 (0.907); the held-out three 599 of 662 (0.905).
"""

# fmt: off
STORIES_BM = [
# 1 -- Monaro by-election independent: told Wikinews, split quotes, partial quote, commission statement, unnamed party spokesperson
('''Independent candidate Melissa Hartigan says she expects to lose Saturday's by-election in the New South Wales seat of Monaro, but insists her campaign has already changed the debate in the region.

"I'm not naive about the numbers," Hartigan told Wikinews in a telephone interview on Tuesday. "The major parties have held this seat for decades, and they have the money. What we've done is make them talk about water."

Hartigan, a 52-year-old sheep farmer from near Cooma, entered the race in August after the sitting member resigned. She has campaigned mainly on the allocation of water from the Snowy scheme, which she said had been "decided in Sydney by people who have never seen a dry dam."

The Nationals candidate, Greg Tolhurst, dismissed her chances in remarks to ABC Radio Canberra last week. "Independents make a lot of noise in the final fortnight," he said. "Voters here know who actually delivers for them."

Asked about those comments, Hartigan laughed. "Greg is a decent bloke," she said, "but the Nationals have been delivering for the irrigators downstream, not for us."

The NSW Electoral Commission said in a statement on Monday that pre-poll turnout in the electorate had been higher than at the 2023 state election. "Electors who are unable to attend on polling day are reminded that early voting centres remain open until Friday," the statement said.

A spokesperson for the Labor Party, which is not fielding a candidate, told Wikinews the party would "leave the choice to the people of Monaro" and would not be distributing how-to-vote cards.

Hartigan said she had spent about A$40,000 on the campaign, most of it her own savings and small donations from local residents.

"If I get ten per cent, I'll be thrilled. If I get twenty, somebody in Macquarie Street is going to have a very bad week," she said.

Counting will begin after polls close at 6 pm on Saturday.''',
 [("I'm not naive about the numbers", "Melissa Hartigan"),
  ("The major parties have held this", "Melissa Hartigan"),
  ("decided in Sydney by people who", "Melissa Hartigan"),
  ("Independents make a lot of noise", "Greg Tolhurst"),
  ("Voters here know who actually delivers", "Greg Tolhurst"),
  ("Greg is a decent bloke", "Melissa Hartigan"),
  ("but the Nationals have been delivering", "Melissa Hartigan"),
  ("Electors who are unable to attend", "NSW Electoral Commission"),
  ("leave the choice to the people", "Labor Party"),
  ("If I get ten per cent", "Melissa Hartigan")]),

# 2 -- Darwen library closure: said in an email to Wikinews, press release quoting councillor, partial quotes, unnamed retired teacher, banner
('''Volunteers at a branch library in Darwen, Lancashire, say they will keep running reading groups in a church hall after Blackburn with Darwen Borough Council confirmed the building will close at the end of March.

Karen Oduya, who has worked at the library for 19 years, said in an email to Wikinews that staff had learned of the decision from a local newspaper. “We were given no warning at all,” she wrote. “Several of us read about it in the Lancashire Telegraph before anyone from the council had spoken to us.”

The council announced the closure in a press release on 14 January as part of savings of £11 million it must find in the next financial year. “No council wants to close a library,” said Councillor Phil Ridgway, the executive member for finance, in the release. “But the alternative is cutting social care for vulnerable adults, and that is not a choice we are prepared to make.”

Ridgway added that the council would set up “a community book exchange at the town hall” and that mobile library visits to the town would be increased to twice a week.

Oduya described the mobile service as “a van in a car park on a Tuesday morning”.

“It’s not the same thing. People come here to use the computers, to fill in benefit forms, to get warm,” she wrote. “You can’t do that in a van.”

Around 60 people attended a meeting at the library on Saturday. A retired teacher, who asked not to be named, told Wikinews she had visited the branch every week since 1974.

“My children learned to read in that room. Now my grandchildren won’t,” she said.

A hand-painted banner tied to the railings outside read “Save our library, books not budgets”.

The council has said it has no immediate plans to sell the building. Oduya said volunteers would meet again next week to discuss whether a community group could take over the lease.''',
 [("We were given no warning at all", "Karen Oduya"),
  ("Several of us read about it", "Karen Oduya"),
  ("No council wants to close a library", "Phil Ridgway"),
  ("But the alternative is cutting social", "Phil Ridgway"),
  ("a community book exchange at the", "Phil Ridgway"),
  ("a van in a car park", "Karen Oduya"),
  ("It’s not the same thing", "Karen Oduya"),
  ("You can’t do that in a", "Karen Oduya"),
  ("My children learned to read in", "~teacher"),
  ("Save our library, books not budgets", None)]),

# 3 -- Boil-water advisory: told Wikinews by phone, quote over two paragraphs, department statement partials, minister via CBC then "the minister", elder via interpreter
('''Chief Darlene Meekis of Sandy Narrows First Nation in northwestern Ontario says her community has now lived under a boil-water advisory for eleven years, and that a new treatment plant promised by Ottawa in 2021 is still "a hole in the ground."

"Every year somebody flies in, takes pictures, and flies out again," Meekis told Wikinews by phone from the fly-in community, about 400 kilometres north of Sioux Lookout.

She said the community of roughly 900 people spends about $14,000 a month flying in bottled water, money that comes out of the band's own budget. Children in the community, she said, have grown up believing that drinking water comes in plastic bottles.

"We have elders who cannot lift a case of water. We have young mothers mixing formula with water they are afraid of," she said. "Nobody in Toronto would accept this for a week.

"I am tired of being polite about it."

Indigenous Services Canada said in a statement emailed to Wikinews that construction had been delayed by "supply chain challenges and a shortened winter road season," and that the department remained "fully committed to ending the advisory as soon as possible." It did not give a completion date.

Indigenous Services Minister Paul Laberge told CBC News last month that the government had lifted more than 140 long-term advisories since 2015. "There is more work to do, and we are not going to stop until every single one is gone," the minister said.

Meekis said she had heard that promise from three different ministers.

An elder in the community, who spoke to Wikinews through an interpreter in Oji-Cree, said she remembered drinking directly from the lake as a child. "The water was sweet then. Now we are afraid of it," she said.

Meekis said the band council would travel to Ottawa next month to meet department officials. She described herself as "hopeful, but not stupid."''',
 [("a hole in the ground", "Darlene Meekis"),
  ("Every year somebody flies in, takes", "Darlene Meekis"),
  ("We have elders who cannot lift", "Darlene Meekis"),
  ("Nobody in Toronto would accept this", "Darlene Meekis"),
  ("I am tired of being polite", "Darlene Meekis"),
  ("supply chain challenges and a shortened", "Indigenous Services Canada"),
  ("fully committed to ending the advisory", "Indigenous Services Canada"),
  ("There is more work to do", "Paul Laberge"),
  ("The water was sweet then", "~elder"),
  ("hopeful, but not stupid", "Darlene Meekis")]),

# 4 -- Berlin e-scooter insolvency: interview with Wikinews, written response from department spokesperson, union statement, anonymous mechanic, Handelsblatt quote
('''The founder of Berlin e-scooter start-up Flitzr has blamed city regulations for the company’s insolvency, which was filed at the Charlottenburg district court on Monday.

“We did not fail because people stopped riding,” Jonas Albrecht, Flitzr’s co-founder and chief executive, told Wikinews in an interview at the company’s near-empty offices in Kreuzberg. “We failed because Berlin changed the rules three times in eighteen months.”

The city government last year cut the number of rental scooters permitted in the inner city and introduced a licence fee per vehicle. Albrecht, 34, called the fee “a tax on trying”.

The Senate Department for Mobility rejected that account. “The rules apply equally to all operators, and several of them are operating profitably. Pavements are for pedestrians first,” a spokesperson for the department said in a written response to questions from Wikinews.

Flitzr employed about 120 people at its peak, including mechanics and staff who collected and charged scooters overnight. The services union ver.di said in a statement that workers had not been paid for October. “Employees learned about the insolvency from the press while management was still promising a new investor,” the statement said.

One mechanic, who asked that his name not be used because he is looking for new work, said the mood in the workshop had been poor for months. “We all knew. You don’t stop ordering spare parts if everything is fine,” he told Wikinews.

Albrecht acknowledged that communication with staff “could have been better”, but said he had genuinely believed until late October that a funding round would close.

Speaking to the business daily Handelsblatt on Tuesday, the court-appointed insolvency administrator, Sabine Kröger, said she was examining whether parts of the business could be sold. “There is interest in the fleet and in the software,” Kröger said. “Whether there is interest in the company as a whole is a different question.”

Albrecht said he was unsure what he would do next.

“Maybe I’ll start something that has nothing to do with city hall,” he said.''',
 [("We did not fail because people", "Jonas Albrecht"),
  ("We failed because Berlin changed the", "Jonas Albrecht"),
  ("a tax on trying", "Jonas Albrecht"),
  ("The rules apply equally to all", "Senate Department for Mobility"),
  ("Employees learned about the insolvency from", "ver.di"),
  ("We all knew. You don’t stop", "~mechanic"),
  ("could have been better", "Jonas Albrecht"),
  ("There is interest in the fleet", "Sabine Kröger"),
  ("Whether there is interest in the", "Sabine Kröger"),
  ("Maybe I’ll start something that has", "Jonas Albrecht")]),

# 5 -- Kansas tornado: phone interview with mayor, "the mayor", NWS briefing, agency news release "advised", unnamed woman at shelter
('''Residents of Harlan Springs, Kansas, began clearing debris on Thursday, two days after a tornado rated EF3 by the National Weather Service destroyed or damaged more than 60 homes in the town of about 1,800 people.

Mayor Dale Kessinger told Wikinews that nobody in the town had been killed, which he called "nothing short of a miracle."

"The sirens went off about twelve minutes before it hit, and people listened," Kessinger said in a phone interview from the town's fire station, which is serving as a temporary city hall. "I've lived here my whole life and I've never seen anything like it. The grain elevator is just gone."

The National Weather Service office in Wichita said the tornado was on the ground for about 14 miles, with peak winds estimated at 150 mph. Meteorologist Rachel Ostrander said at a briefing on Wednesday that the storm had formed quickly along a line of thunderstorms. "This was not a long-lived supercell that we tracked for an hour," she said. "It spun up fast, and the warning lead time was actually better than average for a storm like this."

The Kansas Division of Emergency Management said in a news release that it had opened a shelter at the county fairgrounds and was working with the Federal Emergency Management Agency to assess the damage. "Residents should photograph damage before beginning cleanup and keep all receipts," the agency advised.

At the shelter on Wednesday evening, a woman who declined to give her name sat on a cot with two young children. She said her family had sheltered in a neighbor's basement. "We came up the stairs and there was sky where the kitchen used to be," she told Wikinews.

Kessinger said volunteers had arrived from as far away as Oklahoma and Nebraska. Church groups were serving meals in the school gym, and a local bank had set up a relief fund.

"People keep asking what we need," the mayor said. "Right now it's tarps, work gloves and chainsaw oil. Next month it's going to be contractors and patience."

Asked whether the town would rebuild, he did not hesitate. "Of course we will. Where else would we go?" he said.''',
 [("nothing short of a miracle", "Dale Kessinger"),
  ("The sirens went off about twelve", "Dale Kessinger"),
  ("I've lived here my whole life", "Dale Kessinger"),
  ("This was not a long-lived supercell", "Rachel Ostrander"),
  ("It spun up fast, and the", "Rachel Ostrander"),
  ("Residents should photograph damage before beginning", "Kansas Division of Emergency Management"),
  ("We came up the stairs and", "~woman"),
  ("People keep asking what we need", "Dale Kessinger"),
  ("Right now it's tarps, work gloves", "Dale Kessinger"),
  ("Of course we will", "Dale Kessinger")]),

# 6 -- Kauri dieback: told Wikinews in an email, quote over two paragraphs, DOC statement partial, RNZ quote, iwi adviser
('''A plant pathologist who has studied kauri dieback for more than a decade says new survey results from the Waitākere Ranges show the disease is still spreading, despite track closures that have kept much of the regional park off-limits since 2018.

“The closures slowed it down. They did not stop it. We are finding infected trees in catchments that were clean five years ago,” Dr Hamish Crowther of the University of Auckland told Wikinews in an email.

Crowther’s team surveyed more than 4,000 trees last summer. He said about one in five showed symptoms of the disease, which is caused by the soil-borne pathogen Phytophthora agathidicida and has no known cure.

He was careful not to blame the public. “Most people clean their boots at the stations,” he wrote. “The problem is pigs, water, and a handful of people who think the rules are for someone else.

“We need to be honest that some of the forest we are trying to save will not make it.”

The Department of Conservation said in a statement that it had upgraded 38 boot-cleaning stations and was “continuing to work closely with mana whenua and Auckland Council” on the management of the ranges.

Auckland Council’s head of regional parks, Lisa Fenwick, told RNZ on Monday that several tracks would reopen this summer after being upgraded with boardwalks. “We know Aucklanders love these walks, and we want them back on the tracks, but safely,” Fenwick said.

Mereana Tāwhiri, an environmental adviser to Te Kawerau ā Maki, the iwi whose rohe includes the ranges, said the iwi supported the closures and would oppose any reopening “driven by pressure rather than science”.

“These trees are our ancestors. You do not open the door to a sick relative’s room just because the visitors are impatient,” Tāwhiri told Wikinews.

Crowther said he agreed that boardwalks reduced the risk but warned against complacency. “A boardwalk protects the roots under the boardwalk,” he said. “It does not protect the tree from the person who steps off it for a photograph.”''',
 [("The closures slowed it down", "Hamish Crowther"),
  ("Most people clean their boots at", "Hamish Crowther"),
  ("The problem is pigs, water, and", "Hamish Crowther"),
  ("We need to be honest that", "Hamish Crowther"),
  ("continuing to work closely with mana whenua", "Department of Conservation"),
  ("We know Aucklanders love these walks", "Lisa Fenwick"),
  ("driven by pressure rather than science", "Mereana Tāwhiri"),
  ("These trees are our ancestors", "Mereana Tāwhiri"),
  ("A boardwalk protects the roots under", "Hamish Crowther"),
  ("It does not protect the tree", "Hamish Crowther")]),

# 7 -- Accra editathon: told Wikinews, foundation blog post partial, named participant, unnamed student, anonymous Wikipedia editor wrote
('''Volunteers in Accra added more than 300 new articles about Ghanaian women scientists to the English and Twi Wikipedias during a three-day editathon that ended on Sunday, according to the organisers.

Abena Owusu-Ansah, a lecturer at the University of Ghana who coordinated the event, told Wikinews that most of the participants had never edited Wikipedia before.

"On the first morning, I asked who had made an edit, and two hands went up out of maybe ninety," she said. "By Sunday afternoon, people were arguing with each other about citation formats. That is when you know it has worked."

The event was supported by a grant from the Wikimedia Foundation, which said in a blog post that West Africa had been "historically underrepresented in both content and contributors." The foundation said it would fund similar events in Kumasi and Tamale next year.

Owusu-Ansah said the biggest obstacle had been sources rather than enthusiasm.

"Wikipedia wants published, reliable sources, and that is correct," she said. "But a lot of the work these women did was never written up in a journal that anybody in London would recognise. So we spent a lot of time in the university archives."

Kwame Asante-Boateng, a retired chemist who attended all three days, said he had come to write an article about his former supervisor. "She trained half the chemists in this country, and there was nothing about her online. Nothing. Now there is," he said.

A second-year computer science student who attended with several classmates said she planned to keep editing. "I thought Wikipedia was something that was just there, like the weather," she said. "I didn't know it was people like me."

Some experienced editors raised concerns on the English Wikipedia's discussion pages that several new articles did not meet notability guidelines. One editor wrote that a batch of the articles was "well-intentioned but thinly sourced" and tagged them for review.

Owusu-Ansah said she welcomed the scrutiny. "Tag them, and we will fix them," she said.''',
 [("On the first morning, I asked", "Abena Owusu-Ansah"),
  ("By Sunday afternoon, people were arguing", "Abena Owusu-Ansah"),
  ("historically underrepresented in both content and", "Wikimedia Foundation"),
  ("Wikipedia wants published, reliable sources, and", "Abena Owusu-Ansah"),
  ("But a lot of the work", "Abena Owusu-Ansah"),
  ("She trained half the chemists in", "Kwame Asante-Boateng"),
  ("I thought Wikipedia was something that", "~student"),
  ("I didn't know it was people", "~student"),
  ("well-intentioned but thinly sourced", "~editor"),
  ("Tag them, and we will fix", "Abena Owusu-Ansah")]),

# 8 -- Kerala fishing ban: told Wikinews by telephone, IMD bulletin, minister quoted in The Hindu then "the minister", partial quote, unnamed boat owner
('''Fishing communities along the coast of Thiruvananthapuram district in Kerala have kept their boats ashore for a fifth consecutive day, after the India Meteorological Department extended a warning of rough seas and squally weather along the south-west coast.

Joseph Fernandez, general secretary of a fishworkers’ union in Vizhinjam, told Wikinews by telephone that families were running out of money. “A fisherman is paid by the catch. No catch, no money. It is as simple as that,” he said. “Five days is already too long. If this goes to ten days, people will start borrowing from moneylenders, and then the trouble never ends.”

The IMD said in its latest bulletin that wind speeds of 45 to 55 km/h, gusting to 65 km/h, were likely over the Comorin area and the adjoining Lakshadweep region until Sunday. “Fishermen are advised not to venture into these areas,” the bulletin said.

Fernandez said the union did not dispute the warnings. “Nobody wants to lose a boat or a son,” he said. “We are not asking them to send us out. We are asking the government to help while we wait.”

The state Fisheries Minister, K. Rajeevan, told The Hindu on Wednesday that a special assistance package was under consideration. “The government is aware of the hardship. An announcement will come soon,” the minister was quoted as saying.

Fernandez called that “the same sentence we hear every monsoon”.

At the harbour in Vizhinjam on Thursday, dozens of boats sat on the sand under blue tarpaulins. A boat owner, who said he had borrowed ₹3 lakh to buy a new engine in April, said he had not made a single repayment since June.

“The bank does not care about the weather,” he told Wikinews.

Fishers in the area have long complained that coastal erosion, which many blame on port construction nearby, has made launching boats more dangerous even in calm weather. The port’s operator has denied any link.

Fernandez said the union would hold a protest outside the district collectorate on Monday if no relief was announced by then.''',
 [("A fisherman is paid by the", "Joseph Fernandez"),
  ("Five days is already too long", "Joseph Fernandez"),
  ("Fishermen are advised not to venture", "India Meteorological Department"),
  ("Nobody wants to lose a boat", "Joseph Fernandez"),
  ("We are not asking them to", "Joseph Fernandez"),
  ("The government is aware of the", "K. Rajeevan"),
  ("the same sentence we hear every", "Joseph Fernandez"),
  ("The bank does not care about", "~owner")]),

# 9 -- Amazon deforestation: wrote in an email to Wikinews, institute statement partial, minister via Folha, chant with translation, Indigenous leader told Wikinews
('''A Brazilian ecologist whose team tracks illegal clearing in the southern Amazon says official figures released this week understate the damage in Pará state, because they do not capture forest degradation from fire and selective logging.

"Clear-cutting is what the satellites see easily, and it has fallen, which is genuinely good news," Dr. Luiza Cavalcanti of the Federal University of Pará wrote in an email to Wikinews. "But a forest that has burned twice in five years is not a healthy forest just because the canopy is still there."

The National Institute for Space Research (INPE) reported on Wednesday that deforestation in the Legal Amazon fell by 18 percent in the twelve months to July, according to data from its PRODES monitoring system. In a statement, the institute said the figures reflected "a consistent downward trend over the last two years."

Environment Minister Renato Albuquerque told the newspaper Folha de S.Paulo that the result was "the fruit of enforcement, not luck." "We put inspectors back in the field and we stopped sending the message that crime pays," he said.

Cavalcanti said she did not dispute the PRODES figures. "INPE does excellent work. My point is that we need to look at the whole picture," she said.

Her group's analysis, which has not yet been peer reviewed, estimates that about 9,000 square kilometers of forest in Pará were degraded by fire last year.

Outside the state legislature in Belém on Thursday, around 200 Indigenous and environmental activists marched ahead of international climate talks, chanting "Amazônia não está à venda" — "The Amazon is not for sale."

Rosa Tembé, a leader from the Alto Rio Guamá Indigenous Territory who joined the march, said official statistics meant little in her village. "The numbers in Brasília go down, but the loggers are still on our land. Come and see," she told Wikinews.''',
 [("Clear-cutting is what the satellites see", "Luiza Cavalcanti"),
  ("But a forest that has burned", "Luiza Cavalcanti"),
  ("a consistent downward trend over the", "National Institute for Space Research"),
  ("the fruit of enforcement, not luck", "Renato Albuquerque"),
  ("We put inspectors back in the", "Renato Albuquerque"),
  ("INPE does excellent work", "Luiza Cavalcanti"),
  ("Amazônia não está à venda", None),
  ("The Amazon is not for sale", None),
  ("The numbers in Brasília go down", "Rosa Tembé")]),

# 10 -- Grafton Street busking: told Wikinews, council statement to Wikinews, councillor via The Irish Times with pronoun follow-up, anonymous street artist
('''Buskers on Grafton Street in Dublin say new rules limiting amplified performances are driving out the acts that made the street famous, as Dublin City Council prepares to review its bye-laws next month.

Singer-songwriter Ciarán Dwyer, who has performed on the street for twelve years, told Wikinews the changes had cut his earnings by about half. “You used to be able to set up at the top of the street on a Saturday and draw a crowd of a couple of hundred,” he said. “Now you get forty minutes, you can’t use an amp above a certain level, and the gardaí are round with a decibel meter.”

The council introduced the rules after complaints from businesses and residents about noise. In a statement to Wikinews, the council said the bye-laws were “designed to balance the cultural value of street performance with the rights of those who live and work in the city centre”.

Councillor Niamh Brennock, who supported the changes, told The Irish Times earlier this month that some performers had been “blasting the same four songs at shop staff eight hours a day”.

“Nobody is trying to ban busking,” she said. “We are trying to make it liveable for everyone.”

Dwyer said he understood the complaints about volume but thought the rules had been written with the worst offenders in mind. “There’s a fella with a backing track and a microphone who does Ed Sheeran covers at full blast, and I get it, that would drive you mad,” he said. “But then the same rule hits a fiddle player who isn’t plugged into anything at all.”

A street artist who paints portraits near St Stephen’s Green, and who asked not to be named, said the atmosphere had changed. “It used to feel like a festival. Now it feels like everybody’s waiting to be moved on,” she said.

The council’s review will consider submissions from the public until the end of the month. Dwyer said he and about thirty other performers planned to make a joint submission.

“We’re not asking for anything crazy,” he said. “Just give us back the top of the street on a Saturday.”''',
 [("You used to be able to", "Ciarán Dwyer"),
  ("Now you get forty minutes, you", "Ciarán Dwyer"),
  ("designed to balance the cultural value", "Dublin City Council"),
  ("blasting the same four songs at", "Niamh Brennock"),
  ("Nobody is trying to ban busking", "Niamh Brennock"),
  ("There’s a fella with a backing", "Ciarán Dwyer"),
  ("But then the same rule hits", "Ciarán Dwyer"),
  ("It used to feel like a", "~artist"),
  ("We’re not asking for anything crazy", "Ciarán Dwyer"),
  ("Just give us back the top", "Ciarán Dwyer")]),

# 11 -- Marathon withdrawal: telephone interview, race statement, coach told Wikinews and Daily Nation, federation statement partial, asked/replied
('''Kenyan runner Faith Chepkoech says she will not defend her title at next month's Frankfurt Marathon, telling Wikinews that a hamstring injury sustained in training has not healed in time.

"I tried. I ran twenty kilometres on Tuesday and the pain came back at fifteen," Chepkoech, 27, said in a telephone interview from her training camp in Iten. "My body is telling me to wait, and this time I am going to listen."

Chepkoech won in Frankfurt last year in 2:19:48, the fastest time of her career. Her withdrawal was confirmed on Thursday by the Frankfurt Marathon. "We wish Faith a full and speedy recovery and look forward to welcoming her back," the race said in a statement.

Her coach, Julius Kiprotich, said the decision had been made jointly with the athlete's physiotherapist. "In the past, our athletes would run through injuries because the prize money is so important to their families," he told Wikinews. "Then they break down completely and you never see them again. I do not want that for Faith."

Athletics Kenya said in a statement that it supported the decision and that the injury was "not expected to affect her availability" for national team selection next year.

Chepkoech's withdrawal comes amid intense scrutiny of Kenyan distance running after a series of doping cases. Asked by Wikinews whether the timing might invite speculation, she was direct.

"I have been tested four times this year, twice out of competition," she said. "Anybody who wants to test me again is welcome. They know where Iten is."

The Daily Nation reported on Wednesday that several other leading Kenyan women had also pulled out of autumn marathons. Kiprotich told the paper that the crowded racing calendar was partly to blame, describing it as "too many races, too much money, too little rest."

Chepkoech said she hoped to return for a spring marathon. "I am not finished. I am only twenty-seven," she said.''',
 [("I tried. I ran twenty kilometres", "Faith Chepkoech"),
  ("My body is telling me to", "Faith Chepkoech"),
  ("We wish Faith a full and", "Frankfurt Marathon"),
  ("In the past, our athletes would", "Julius Kiprotich"),
  ("Then they break down completely and", "Julius Kiprotich"),
  ("not expected to affect her availability", "Athletics Kenya"),
  ("I have been tested four times", "Faith Chepkoech"),
  ("Anybody who wants to test me", "Faith Chepkoech"),
  ("too many races, too much money", "Julius Kiprotich"),
  ("I am not finished", "Faith Chepkoech")]),

# 12 -- Osaka indie game: email answers, quote over two paragraphs, publisher press release, anonymous player on X, developer via Famitsu
('''Osaka-based developer Haruto Nishimura has said he will rewrite the ending of his puzzle game Lantern Station after players complained it was too difficult, a week after the game unexpectedly reached the top of the best-seller chart on the Steam platform.

Nishimura, 31, who built the game alone over four years in his spare time while working as a bank clerk, answered questions from Wikinews by email.

“I designed the last chapter for myself. I thought maybe five hundred people would play it, and all of them would be puzzle fanatics like me,” he wrote. “I did not imagine that grandmothers in Brazil would be sending me messages saying they were stuck.

“So I am going to add an easier route. The hard route will stay for the fanatics.”

The game’s publisher, Tokyo-based Kumo Interactive, said in a press release that Lantern Station had sold more than 400,000 copies in its first ten days. “We are delighted that so many players around the world have connected with Haruto’s vision,” the company said, adding that a Nintendo Switch version was “under active discussion with the platform holder”.

Not all players welcomed the change. “Please don’t nerf the ending. It’s the best part,” one player wrote in a post on X that was shared more than 20,000 times.

Nishimura said he understood. “Some people climbed the mountain and they don’t want a cable car built next to it. I respect that. But I also want everyone to see the view,” he wrote.

Yui Takada, a fellow independent developer whose game about a ramen shop was a hit in 2021, told the magazine Famitsu that sudden success could be overwhelming for solo creators. “Overnight you become customer support, marketing and the bug-fixing department all at once. Nobody warns you,” Takada said.

Nishimura said he had taken two weeks of paid leave from the bank to work on the update. Asked whether he planned to quit his job, he was cautious.

“My mother asked me the same question,” he wrote. “I told her the same thing I will tell you: let’s see how the second game goes.”''',
 [("I designed the last chapter for", "Haruto Nishimura"),
  ("I did not imagine that grandmothers", "Haruto Nishimura"),
  ("So I am going to add", "Haruto Nishimura"),
  ("We are delighted that so many", "Kumo Interactive"),
  ("under active discussion with the platform", "Kumo Interactive"),
  ("Please don’t nerf the ending", "~player"),
  ("Some people climbed the mountain and", "Haruto Nishimura"),
  ("Overnight you become customer support, marketing", "Yui Takada"),
  ("My mother asked me the same", "Haruto Nishimura"),
  ("I told her the same thing", "Haruto Nishimura")]),

# 13 -- Wyoming Libertarian candidate: spoke to Wikinews by phone, party statement quoting chair, rival spokesman email, "replied:", academic comment
('''Libertarian gubernatorial candidate Travis Redmond says he is running in Wyoming not to win but to "give people a reason to show up" in a state where the Republican primary usually decides the outcome.

Redmond, a 46-year-old rancher and former county commissioner from Sublette County, spoke to Wikinews by phone last week as part of its coverage of the November election.

"Let's be honest about the math. Whoever wins the Republican primary in August is the next governor of Wyoming nine times out of ten," Redmond said. "So the general election has become a formality, and I think that's bad for everybody, including Republicans."

He said his priorities were property tax relief for retirees, opposition to new federal land designations, and legalizing cannabis for medical use.

On energy, Redmond broke with some in his party by backing state subsidies for carbon capture at coal plants. "I'm a libertarian, not a fool," he said. "Those plants employ my neighbors."

The Libertarian Party of Wyoming said in a statement that Redmond had been nominated unanimously at its state convention in Casper. "Travis represents the independent streak that runs through this state," party chair Sheila Dornan said in the statement.

A spokesman for the Republican nominee's campaign, Cody Hafner, dismissed Redmond's candidacy. "Wyoming voters want a governor who can actually get things done in Cheyenne, not a protest vote," Hafner told Wikinews in an email.

Told of the comment, Redmond replied: "Cody's boss hasn't been to Pinedale once. I've been to every county in this state twice."

Political scientist Dr. Amanda Lutz of the University of Wyoming said third-party candidates in the state had historically drawn between 2 and 6 percent of the vote. "A strong Libertarian showing tends to come from disaffected Republicans rather than Democrats," she said. "If Redmond gets into double digits, that would be a real signal."

Redmond said he would consider anything above 10 percent a victory.''',
 [("give people a reason to show up", "Travis Redmond"),
  ("Let's be honest about the math", "Travis Redmond"),
  ("So the general election has become", "Travis Redmond"),
  ("I'm a libertarian, not a fool", "Travis Redmond"),
  ("Those plants employ my neighbors", "Travis Redmond"),
  ("Travis represents the independent streak that", "Sheila Dornan"),
  ("Wyoming voters want a governor who", "Cody Hafner"),
  ("Cody's boss hasn't been to Pinedale", "Travis Redmond"),
  ("A strong Libertarian showing tends to", "Amanda Lutz"),
  ("If Redmond gets into double digits", "Amanda Lutz")]),

# 14 -- Hebrides ferries: hotelier told Wikinews, operator statement, transport secretary on BBC Radio Scotland, users' group chair, anonymous crofter
('''Islanders on South Uist say they have been cut off from mainland hospital appointments, supplies and family visits for much of the past month after a series of ferry cancellations, as the operator CalMac warned that disruption would continue into next week.

Morag MacInnes, who runs a small hotel in Lochboisdale, told Wikinews that she had lost more than thirty bookings since the start of the month. “It’s not just the tourists,” she said. “We had a wedding party who couldn’t get here, and an undertaker who had to wait three days for a ferry to bring a coffin across.”

CalMac Ferries said in a statement that the MV Lord of the Isles had been withdrawn from service for emergency repairs to its steering gear, and that no replacement vessel was available. “We sincerely apologise to customers and communities affected. Our engineers are working around the clock to return the vessel to service,” the statement said.

Scotland’s transport secretary, Fiona Caldwell, told BBC Radio Scotland on Wednesday that the situation was “completely unacceptable for people who depend on these services” and that she had asked the ferry company for a recovery plan within 48 hours.

“I understand the anger in island communities,” she said. “Two new vessels are due to enter service next year, and that will make a real difference.”

Islanders have heard similar promises before. Angus Steele, who chairs the South Uist ferry users’ group, said the new ships had originally been due in 2018. “Every minister who comes up here tells us the boats are nearly ready,” he said. “We’ll believe it when we’re standing on the car deck.”

He said patients with cancer appointments in Glasgow and Inverness had been forced to fly from Benbecula, in some cases at their own expense, or to postpone treatment.

A crofter from Daliburgh, who asked not to be named, said he had been unable to get sheep to the market in Oban. “The lambs are ready, the buyers are there, and we’re sitting here looking at an empty pier,” he told Wikinews.

MacInnes said she had started telling guests to book flexible tickets. “I’ve stopped promising anybody a date,” she said. “I just tell them I’ll see them when the sea lets them.”''',
 [("It’s not just the tourists", "Morag MacInnes"),
  ("We had a wedding party who", "Morag MacInnes"),
  ("We sincerely apologise to customers and", "CalMac Ferries"),
  ("completely unacceptable for people who depend", "Fiona Caldwell"),
  ("I understand the anger in island", "Fiona Caldwell"),
  ("Two new vessels are due to", "Fiona Caldwell"),
  ("Every minister who comes up here", "Angus Steele"),
  ("We’ll believe it when we’re standing", "Angus Steele"),
  ("The lambs are ready, the buyers", "~crofter"),
  ("I’ve stopped promising anybody a date", "Morag MacInnes")]),

# 15 -- Catanduanes typhoon: satellite-phone interview, quote reopened in next paragraph without cue, mayor via Rappler, unnamed mother, department Facebook post
('''Aid workers on the island province of Catanduanes say thousands of families are still sleeping in schools and churches four days after a powerful typhoon made landfall on the island's eastern coast, tearing roofs from homes and cutting power to the entire province.

Maricel Dizon, a field coordinator for the Manila-based relief group Bayanihan Aid, spoke to Wikinews by satellite phone from the town of Virac on Friday. "The first thing people ask for is water. The second is tarpaulins. The third is news of their relatives in the barangays we still can't reach," she said.

"Some of the roads in the north are completely blocked by landslides. We are sending supplies by boat where we can."

The National Disaster Risk Reduction and Management Council said in its latest situation report that 11 people had been confirmed dead and four remained missing. More than 38,000 families had been affected in the province, the council said.

Mayor Ronaldo Tabuzo of the town of Bato told the news site Rappler on Thursday that almost every house in his municipality had been damaged. "We have lost our abaca crops, our fishing boats, our houses. Everything," he said. "We are asking the national government not to forget us when the cameras leave."

Dizon said the mayor's fear was well founded. "Catanduanes is hit almost every year, and every year the attention lasts about a week," she said.

At an evacuation center in a Virac elementary school, a mother of four who was nursing her youngest child said her family had fled their house just before the storm's peak. "We ran when the water reached the windows," she told Wikinews. "I carried the baby and my husband carried the old ones."

Dizon said the group had distributed about 2,000 food packs but needed more funding. The Department of Social Welfare and Development said in a post on Facebook that additional relief goods were being shipped from Legazpi City. "Augmentation support is on its way," the department wrote.

Power company officials have said electricity may not be fully restored for weeks.''',
 [("The first thing people ask for", "Maricel Dizon"),
  ("Some of the roads in the", "Maricel Dizon"),
  ("We have lost our abaca crops", "Ronaldo Tabuzo"),
  ("We are asking the national government", "Ronaldo Tabuzo"),
  ("Catanduanes is hit almost every year", "Maricel Dizon"),
  ("We ran when the water reached", "~mother"),
  ("I carried the baby and my", "~mother"),
  ("Augmentation support is on its way", "Department of Social Welfare and Development")]),

# 16 -- Marseille dock strike: union rep told Wikinews, port authority statement, minister via Le Monde, anonymous logistics manager, chant with translation, "the veteran docker"
('''Dockworkers at the port of Marseille-Fos entered a third day of strike action on Wednesday over a proposed reform of their pension arrangements, leaving dozens of container ships waiting at anchor off the coast.

Didier Santoni, a representative of the CGT union at the Fos-sur-Mer container terminal, told Wikinews that the strike would continue “as long as it takes”.

“Dockers start at five in the morning, they work in the wind, the rain, the heat of August, lifting forty-tonne boxes over people’s heads. Asking them to work two more years is not reform. It is a provocation,” Santoni said.

The port authority, Grand Port Maritime de Marseille, said in a statement that 42 vessels were waiting to berth and that it was “in constant contact with the parties” in an effort to end the dispute. “Every day of blockage costs the port’s customers, and therefore the regional economy, several million euros,” the authority said.

Transport Minister Hélène Garnier told Le Monde that the government would not withdraw the reform but was “open to discussing the conditions of its application”.

“The door is open, but we will not go backwards,” Garnier said.

Shipping companies have begun diverting some cargo to Genoa and Barcelona. A logistics manager at a firm in Vitrolles, who asked not to be named because his company had not authorised him to speak to the press, said his warehouse had been waiting for two weeks’ worth of goods. “Our customers don’t care about the reasons. They just want to know when their containers arrive,” he said.

Outside the terminal gates on Tuesday, strikers burned tyres and chanted “Touche pas à nos retraites” — “Hands off our pensions” — as lorries queued along the access road.

Santoni, 54, has worked at the port for 31 years. Asked whether the union was worried about losing business to other ports, the veteran docker shrugged.

“We’ve heard that threat since the 1990s. The ships always come back to Marseille,” he said.''',
 [("as long as it takes", "Didier Santoni"),
  ("Dockers start at five in the", "Didier Santoni"),
  ("in constant contact with the parties", "Grand Port Maritime de Marseille"),
  ("Every day of blockage costs the", "Grand Port Maritime de Marseille"),
  ("open to discussing the conditions of", "Hélène Garnier"),
  ("The door is open, but we", "Hélène Garnier"),
  ("Our customers don’t care about the", "~manager"),
  ("Touche pas à nos retraites", None),
  ("Hands off our pensions", None),
  ("We’ve heard that threat since the", "Didier Santoni")]),

# 17 -- Backyard asteroid: told Wikinews, astronomer in an email, NASA office statement partials, spouse with same surname, "the retiree"
('''An amateur astronomer in country Victoria has been credited with the discovery of a near-Earth asteroid, after images he captured from his backyard observatory were confirmed by professional observatories overseas.

Peter Vlahos, a retired electrician from Ballarat, told Wikinews he spotted the faint moving object while reviewing images on the night of 3 March.

"I thought it was a satellite at first, or a hot pixel on the camera," Vlahos said. "Then it turned up again on the next frame, a little bit further along, and again on the next one. I sat there thinking, well, that's not supposed to be there."

He submitted his measurements to the Minor Planet Center, the international clearinghouse for asteroid observations based at the Harvard-Smithsonian Center for Astrophysics in the United States. The centre issued an electronic circular on Saturday confirming the object's orbit.

Dr Sarah Whitcombe, an astronomer at Swinburne University of Technology in Melbourne, said amateur discoveries of near-Earth objects had become rare since large automated surveys began operating. "The big surveys sweep most of the sky every few nights, so for an amateur to get there first is genuinely impressive," she said in an email to Wikinews. "Southern hemisphere observers still have an edge, because there is less coverage down here."

The Planetary Defense Coordination Office at NASA said in a statement that the asteroid, estimated at 80 to 120 metres across, posed "no risk of impact with Earth for at least the next century." The office said observations by "citizen scientists around the world" remained valuable.

Vlahos, 68, built his observatory from a converted garden shed in 2015. His wife, Helen Vlahos, said she had got used to him disappearing outside after dinner. "I used to think it was an expensive hobby," she said, laughing. "Now I suppose it's an expensive hobby with an asteroid."

Under international rules, the discoverer can propose a name once the orbit is precisely known, a process that can take years. Asked what he might choose, the retiree said he had not given it much thought.

"Maybe something for Ballarat," he said. "Or for Helen. She's put up with the shed long enough."''',
 [("I thought it was a satellite", "Peter Vlahos"),
  ("Then it turned up again on", "Peter Vlahos"),
  ("The big surveys sweep most of", "Sarah Whitcombe"),
  ("Southern hemisphere observers still have an", "Sarah Whitcombe"),
  ("no risk of impact with Earth", "Planetary Defense Coordination Office"),
  ("citizen scientists around the world", "Planetary Defense Coordination Office"),
  ("I used to think it was", "Helen Vlahos"),
  ("Now I suppose it's an expensive", "Helen Vlahos"),
  ("Maybe something for Ballarat", "Peter Vlahos"),
  ("Or for Helen. She's put up", "Peter Vlahos")]),

# 18 -- Soweto load-shedding: salon owner told Wikinews, utility statement, minister on eNCA partial, analyst email over two paragraphs, unnamed vendor
('''Small business owners in Soweto say a return to rolling power cuts has wiped out much of their income, as South Africa’s state power utility Eskom implemented Stage 4 load-shedding for a third consecutive day on Thursday.

Thandiwe Mokoena, who runs a hair salon in Orlando East, told Wikinews that she had been forced to turn clients away. “You can’t do a relaxer with cold water and no dryers,” she said. “When the power goes at two o’clock, the customers go too. And they don’t always come back.”

Mokoena, 41, said she had bought a small petrol generator last year but could no longer afford to run it for more than a few hours a day. “Petrol is R24 a litre. Some days I’m working just to feed the generator,” she said.

Eskom said in a statement that several generating units at its Kendal and Tutuka power stations had broken down overnight, removing about 4,000 megawatts from the grid. “Eskom regrets the inconvenience and urges the public to use electricity sparingly,” the utility said.

Electricity Minister Sipho Ndlovu told eNCA on Wednesday evening that the outages were “a temporary setback, not a return to the dark days”. He said maintenance programmes completed over the past year had improved the reliability of the fleet.

Energy analyst Pieter van Rensburg, who consults for mining companies, said in an email to Wikinews that the minister’s optimism was premature.

“The fleet is old, and old plant breaks,” van Rensburg wrote. “The improvement we saw last year was real, but it was partly a result of lower demand and diesel spending that cannot continue indefinitely.

“Until substantially more new capacity is connected, the system will remain vulnerable to exactly this kind of multiple failure.”

Back in Orlando East, a street vendor selling vetkoek near the taxi rank said the cuts had one benefit. “When the lights are off, people buy my food instead of cooking,” she said, laughing. But she added that her freezer had already spoiled stock twice this month.

Mokoena said she was considering solar panels but could not get a loan. “The bank says my business is too risky. Of course it’s risky. There’s no electricity,” she said.''',
 [("You can’t do a relaxer with", "Thandiwe Mokoena"),
  ("When the power goes at two", "Thandiwe Mokoena"),
  ("Petrol is R24 a litre", "Thandiwe Mokoena"),
  ("Eskom regrets the inconvenience and urges", "Eskom"),
  ("a temporary setback, not a return", "Sipho Ndlovu"),
  ("The fleet is old, and old", "Pieter van Rensburg"),
  ("The improvement we saw last year", "Pieter van Rensburg"),
  ("Until substantially more new capacity is", "Pieter van Rensburg"),
  ("When the lights are off, people", "~vendor"),
  ("The bank says my business is", "Thandiwe Mokoena")]),

# 19 -- Student newspaper cut: told Wikinews, university statement partials, email described administrator, advocacy letter and interview, protest sign, unnamed sophomore
('''The editor-in-chief of the student newspaper at Carver State University in Ohio says the university is trying to punish the paper for its reporting on a campus misconduct case, after administrators cut its funding by 40 percent.

"There's no other way to read it," Jordan Pike, a 21-year-old journalism senior who edits The Carver Courier, told Wikinews. "We published the story in February. The budget committee met in March. Nobody had ever questioned our funding before."

The Courier reported in February that a tenured professor had remained on the payroll for a year after a university investigation found he had violated its harassment policy. The professor has since resigned.

In a statement, Carver State University said the funding decision "was made through the normal budget process and applied to a number of student organizations." The university said it "fully supports the independence of student media."

Pike disputed that. He said the newspaper had obtained, through a public records request, an email in which a senior administrator described the paper's coverage as "reckless and damaging to the institution." The university did not respond to a question from Wikinews about the email.

The Foundation for Individual Rights and Expression, a civil liberties group, sent a letter to the university's president on Monday warning that the cut could violate the First Amendment. "Public universities cannot use the budget as a weapon against student journalists whose coverage they dislike," FIRE attorney Dana Whitfield wrote.

Whitfield told Wikinews the timing alone raised serious questions. "When a cut lands on the newspaper a month after an embarrassing story, and nowhere near as hard on anyone else, a court is going to want an explanation," she said.

About 80 students rallied outside the administration building on Wednesday. Several carried signs reading "Fund the Courier, not the cover-up."

Not every student was sympathetic. A sophomore who was collecting signatures nearby for an unrelated petition said the paper "only ever covers the bad stuff."

Pike said the paper would keep publishing, even if it had to cut its print run. "If we go online-only, we go online-only. But we are not going to stop reporting," he said.''',
 [("There's no other way to read", "Jordan Pike"),
  ("We published the story in February", "Jordan Pike"),
  ("was made through the normal budget", "Carver State University"),
  ("fully supports the independence of student", "Carver State University"),
  ("reckless and damaging to the institution", "~administrator"),
  ("Public universities cannot use the budget", "Dana Whitfield"),
  ("When a cut lands on the", "Dana Whitfield"),
  ("Fund the Courier, not the cover-up", None),
  ("only ever covers the bad stuff", "~sophomore"),
  ("If we go online-only, we go", "Jordan Pike")]),

# 20 -- Przemysl refugee centre: coordinator told Wikinews, UNHCR statement, ministry post on X, refugee through interpreter over two paragraphs, "the teacher"
('''Volunteers at a reception centre for Ukrainian refugees in Przemyśl, in south-eastern Poland, say arrivals have risen sharply in recent weeks after renewed Russian attacks on energy infrastructure left many Ukrainian cities without heating.

Agnieszka Wójcik, who coordinates volunteers at the centre in a former supermarket near the railway station, told Wikinews that it had received more than 1,200 people in the past week, compared with about 300 a week in the summer.

“Most of them are women with children, and a lot of elderly people now, more than before,” Wójcik said. “Many of them tell us the same thing: they could survive the shelling, but they cannot survive the winter without heat.”

UNHCR, the UN refugee agency, said in a statement on Tuesday that it was “closely monitoring movements at the border” and had pre-positioned blankets, winter clothing and heaters in Poland, Moldova and Slovakia. “Host communities have shown extraordinary generosity, but they need sustained support,” the agency said.

Wójcik, 38, a schoolteacher who began volunteering in the first week of the full-scale invasion in 2022, said donations had fallen off sharply. “In 2022, people came from all over Europe with vans full of supplies. Now it’s mostly the same twenty local people, and we are tired,” she said.

The Ministry of the Interior and Administration said in a post on X that border crossings were operating normally and that the government “continues to provide assistance to all those fleeing the war”.

In the centre’s canteen, a woman from Kharkiv sat with her two daughters, aged six and nine. She asked that her name not be published because her husband is serving in the Ukrainian army.

“We lasted two winters. This time the building had no heating from October, and the little one got pneumonia,” she told Wikinews through an interpreter. “I don’t know when we will go back.

“My husband says, take the girls and go. So we went.”

Wójcik said the centre needed more Ukrainian- and Russian-speaking volunteers, as well as psychologists. Asked how long she would continue, the teacher paused.

“As long as they keep coming,” she said.''',
 [("Most of them are women with", "Agnieszka Wójcik"),
  ("Many of them tell us the", "Agnieszka Wójcik"),
  ("closely monitoring movements at the border", "UNHCR"),
  ("Host communities have shown extraordinary generosity", "UNHCR"),
  ("In 2022, people came from all", "Agnieszka Wójcik"),
  ("continues to provide assistance to all", "Ministry of the Interior and Administration"),
  ("We lasted two winters. This time", "~woman"),
  ("I don’t know when we will", "~woman"),
  ("My husband says, take the girls", "~woman"),
  ("As long as they keep coming", "Agnieszka Wójcik")]),

# 21 -- Prairie hockey rink: administrator told Wikinews, coach, ministry email partial, crowd chant, unnamed nine-year-old
('''Residents of Meridale, Saskatchewan, have raised more than $180,000 in six weeks to save the town's 1960s-era hockey rink, after an engineering inspection found that its roof trusses were no longer safe.

Town administrator Brenda Kowalchuk told Wikinews the town of 640 people had been quoted $410,000 to repair the roof. "For a town our size, that's more than our entire annual capital budget," she said. "Council was looking at closing it for good. Then people started showing up at the office with cheques."

The rink is home to the Meridale Miners senior hockey team and to minor hockey and figure skating programs for about 90 children from the town and surrounding farms.

Kowalchuk said donations had come from former residents as far away as Texas and Australia. A fundraising supper and auction at the community hall in October raised $62,000 in a single night, she said.

Dale Petrychuk, who coaches the under-11 team, said losing the rink would have meant a 45-minute drive each way to the nearest ice. "Half these families are farming. They're not driving to Humboldt four nights a week in January," he told Wikinews. "The kids just wouldn't play."

Petrychuk, 39, said he had learned to skate on the same ice.

The Saskatchewan Ministry of Government Relations said in an email that Meridale had applied for a grant under a provincial infrastructure program and that the application was "under review with other applications from across the province." The ministry said decisions would be announced in the new year.

At a Miners game on Saturday, played in a neighbouring town's arena, the crowd chanted "Keep the Miners in Meridale!" between periods. A nine-year-old forward, asked what he would do if the rink closed, shrugged. "Play on the slough, I guess," he said.

Kowalchuk said she was confident the rest of the money would be found. "People here don't ask permission to fix things," she said. "They just fix them."''',
 [("For a town our size, that's", "Brenda Kowalchuk"),
  ("Council was looking at closing it", "Brenda Kowalchuk"),
  ("Half these families are farming", "Dale Petrychuk"),
  ("The kids just wouldn't play", "Dale Petrychuk"),
  ("under review with other applications from", "Saskatchewan Ministry of Government Relations"),
  ("Keep the Miners in Meridale", None),
  ("Play on the slough, I guess", "~forward"),
  ("People here don't ask permission to", "Brenda Kowalchuk"),
  ("They just fix them", "Brenda Kowalchuk")]),

# 22 -- Lagos fintech rules: interview with Wikinews, central bank circular and spokesperson via Punch, anonymous support agent, lawyer
('''The founder of a Lagos-based payments start-up says new Central Bank of Nigeria rules on customer identity checks will force small fintech companies to lay off staff, even as regulators insist the rules are needed to curb fraud.

Chinedu Okafor, chief executive of PayLink, which processes payments for about 30,000 market traders and small shops, said in an interview with Wikinews at the company’s office in Yaba that its cost of compliance had tripled in a year.

“We support identity checks. Nobody in this industry wants fraudsters on their platform,” Okafor said. “But the new circular asks a woman selling tomatoes in Mile 12 market to produce documents that many people in this country simply do not have.”

In a circular issued last month, the Central Bank of Nigeria directed payment service providers to verify every customer’s Bank Verification Number or National Identification Number before allowing transactions above ₦50,000. The bank said the measure was intended to “strengthen the integrity of the payments system and protect consumers from fraud”.

A spokesperson for the central bank, speaking to Punch newspaper, said fintech companies had been given “adequate time to comply” and that the rules applied equally to commercial banks.

Okafor, 36, founded PayLink in 2019 after working for six years at a commercial bank. He said the company employed 85 people and would have to cut about 20 jobs by March unless it raised new funding.

One of those employees, a customer support agent, said staff had been told about possible redundancies at a meeting last week. “Everyone is quiet now. You come to work and you don’t know if it is your last month,” she told Wikinews, asking not to be named.

Adaeze Nwankwo, a Lagos-based lawyer who advises fintech companies, called the circular “a good idea introduced in the wrong order”.

“You cannot demand universal identity verification in a country where millions still don’t have a national ID number, and then blame the fintechs for excluding them,” she said. “The identity infrastructure has to come first.”

Okafor said PayLink had written to the central bank asking for a longer transition period. Asked whether he had considered moving the company abroad, he shook his head.

“Our customers are in Lagos, in Onitsha, in Kano,” he said. “Our future is here.”''',
 [("We support identity checks. Nobody in", "Chinedu Okafor"),
  ("But the new circular asks a", "Chinedu Okafor"),
  ("strengthen the integrity of the payments", "Central Bank of Nigeria"),
  ("adequate time to comply", "Central Bank of Nigeria"),
  ("Everyone is quiet now. You come", "~agent"),
  ("a good idea introduced in the", "Adaeze Nwankwo"),
  ("You cannot demand universal identity verification", "Adaeze Nwankwo"),
  ("The identity infrastructure has to come", "Adaeze Nwankwo"),
  ("Our customers are in Lagos, in", "Chinedu Okafor"),
  ("Our future is here", "Chinedu Okafor")]),

# 23 -- Paralympic swimmer retires: interview with Wikinews, governing body statement, coach told Wikinews, former teammate via BBC Sport, "the 29-year-old"
('''Paralympic swimmer Chloe Brannigan says she will retire at the end of the season, telling Wikinews that she wants to leave the sport "while I still love it."

Brannigan, 29, from Stockport, won two gold medals and a silver in the S9 classification across the last two Paralympic Games. She was born with a limb difference affecting her left arm.

"I've been in the pool at half five in the morning for sixteen years. I don't regret a single one of those mornings, but I'd quite like to see what the rest of the day looks like," she said in an interview with Wikinews at the Manchester Aquatics Centre on Monday.

The 29-year-old said the decision had not been sudden. "I've known in my heart since Paris, really. It took me a while to say it out loud," she said.

British Swimming said in a statement that Brannigan had been "an outstanding ambassador for para-swimming and an inspiration to a generation of young athletes." Her final international race is expected to be at the European Championships in the summer.

Her coach of eleven years, Martin Hollis, said he had tried to talk her out of it. "I told her she's still got a Los Angeles medal in her. She told me to mind my own business, very politely," Hollis told Wikinews.

Speaking to BBC Sport, former teammate Ravi Sandhu described Brannigan as "the best racer I've ever trained alongside." He added: "She was never the biggest or the strongest in the water, but nobody ever beat her on the last twenty-five metres."

Brannigan said she planned to train as a physiotherapist and hoped to work with young disabled athletes.

"When I was eight, there was nobody in the pool who looked like me. If I can be that person for some kid in Stockport, that's better than any medal," she said.''',
 [("while I still love it", "Chloe Brannigan"),
  ("I've been in the pool at", "Chloe Brannigan"),
  ("I've known in my heart since", "Chloe Brannigan"),
  ("an outstanding ambassador for para-swimming and", "British Swimming"),
  ("I told her she's still got", "Martin Hollis"),
  ("the best racer I've ever trained", "Ravi Sandhu"),
  ("She was never the biggest or", "Ravi Sandhu"),
  ("When I was eight, there was", "Chloe Brannigan")]),

# 24 -- Catalonia wildfire: named fire service spokesperson by phone, regional government statement, farmer over two paragraphs as "the 58-year-old", academic via La Vanguardia partial
('''Firefighters in Catalonia said on Tuesday that they had stabilised a wildfire that burned about 2,500 hectares of pine forest and farmland in the province of Tarragona, after strong winds eased overnight.

Jordi Puigvert, a spokesperson for the Catalan fire service, the Bombers de la Generalitat, told Wikinews by phone that more than 300 firefighters and 14 aircraft had been deployed at the height of the blaze. “The wind was our worst enemy on Sunday. It was changing direction every half hour and throwing embers hundreds of metres ahead of the front,” Puigvert said. “Yesterday afternoon it finally dropped, and that allowed us to go on the attack.”

The Generalitat de Catalunya said in a statement that about 700 residents of three villages had been evacuated as a precaution on Sunday night and had been allowed to return home on Tuesday morning. “The priority now is to help the affected families return to normality,” the statement said. The regional government said it would ask for the area to be declared a disaster zone, making farmers eligible for state aid.

Montserrat Vidal, who grows almonds and olives near the village of Sarral, said she had lost about half her trees. “My grandfather planted some of those almond trees,” the 58-year-old told Wikinews as she walked through a blackened grove. “You can replant, of course. But I will not see them grow to that size again.

“People in Barcelona see the smoke on the television and then they change the channel. For us it is the next twenty years.”

Vidal blamed the decline of grazing in the area. “When there were goats and sheep in these hills, the undergrowth was eaten. Now nobody keeps animals, and the forest is a box of matches,” she said.

Forestry engineer Marc Serrano of the University of Lleida made a similar point in comments to the newspaper La Vanguardia. He called the region’s abandoned farmland “fuel waiting for a spark” and said fires were becoming harder to control as summers grew hotter and drier.

The cause of the fire is under investigation. Puigvert said investigators had not ruled anything out. “It is too early to say,” he said. “What I can say is that ninety per cent of fires in Catalonia are caused by people, one way or another.”''',
 [("The wind was our worst enemy", "Jordi Puigvert"),
  ("Yesterday afternoon it finally dropped, and", "Jordi Puigvert"),
  ("The priority now is to help", "Generalitat de Catalunya"),
  ("My grandfather planted some of those", "Montserrat Vidal"),
  ("You can replant, of course. But", "Montserrat Vidal"),
  ("People in Barcelona see the smoke", "Montserrat Vidal"),
  ("When there were goats and sheep", "Montserrat Vidal"),
  ("fuel waiting for a spark", "Marc Serrano"),
  ("It is too early to say", "Jordi Puigvert"),
  ("What I can say is that", "Jordi Puigvert")]),

# 25 -- Self-published novel goes viral: telephone interview, publisher press release, bookseller message to Wikinews named late, Guardian review partials, Facebook post, added
('''A self-published novel by a retired postal worker from Leeds has been picked up by a major publisher after a TikTok video about the book was viewed more than nine million times.

Maureen Tate, 71, wrote the novel, a family saga set in a Yorkshire mill town in the 1950s, over seven years and published it herself in 2022. She said it had sold fewer than 200 copies before the video appeared.

"My granddaughter rang me to say I'd gone viral, and I asked her if I should see a doctor. I had no idea what she was on about," Tate told Wikinews in a telephone interview on Thursday.

The video, posted by a 24-year-old bookseller from Glasgow, showed her crying as she read the novel's final chapter on a train. It has since been shared widely on TikTok and Instagram.

Harlow & Finch announced in a press release on Wednesday that it had acquired world rights to the novel and to a second book Tate is writing. "Maureen's writing has a warmth and honesty that readers are clearly hungry for, and we are thrilled to bring her work to a much wider audience," publishing director Sophie Castellan said in the release.

The bookseller, Isla McCorquodale, said in a message to Wikinews that she had bought the book in a charity shop. "I genuinely thought it was going to be an old book I'd never heard of," she wrote. "Then I saw it was from 2022 and I went looking for the author. She had a website with a picture of her cat on it."

Not all critics have been won over. Reviewing the novel for The Guardian, Nathan Brooke described it as "sentimental in places and sometimes clumsy" but conceded that its final hundred pages had "a real emotional punch."

Tate said she did not mind. "He's entitled to his opinion. I've had worse reviews from my sister," she said.

On her Facebook page, which had about 40 followers a month ago and now has more than 30,000, Tate posted a photograph of herself holding the contract. "Not bad for an old postie," she wrote.

She said the advance would go towards a new boiler and a holiday in Whitby. "I'm not giving up the allotment, though. I've got leeks to think about," she added.''',
 [("My granddaughter rang me to say", "Maureen Tate"),
  ("Maureen's writing has a warmth and", "Sophie Castellan"),
  ("I genuinely thought it was going", "Isla McCorquodale"),
  ("Then I saw it was from", "Isla McCorquodale"),
  ("sentimental in places and sometimes clumsy", "Nathan Brooke"),
  ("a real emotional punch", "Nathan Brooke"),
  ("He's entitled to his opinion", "Maureen Tate"),
  ("Not bad for an old postie", "Maureen Tate"),
  ("I'm not giving up the allotment", "Maureen Tate")]),
]

STORIES_BN = [
# 1 -- Andalusia water limits: Spanish double surnames, split quote, description-only speaker, statement, asked/replied
('''SEVILLE, Spain — Authorities in Andalusia on Tuesday extended emergency water restrictions to another 40 municipalities in the province of Seville, as reservoirs in the Guadalquivir basin fell to their lowest level for the time of year since records began.

"We are not in a position to wait for rain that may not come," María Dolores Sánchez Ortega, the regional councillor for agriculture and water, told reporters after a cabinet meeting. "Every cubic metre we save now is one we will have in August."

Sánchez said the new limits would cut household supply by up to 15 per cent in the affected towns, and that filling private swimming pools would be banned until at least October.

The measures drew an angry response from farmers, who have already seen irrigation allocations reduced to a fraction of normal levels. Francisco Javier Ruiz de la Fuente, who heads the Seville branch of the farmers' association Asaja, called the restrictions "a death sentence for the olive and citrus growers of the Vega."

"They have had three dry years to prepare, and they have built nothing — not a desalination plant, not a single new pipeline," he said.

Ruiz de la Fuente said his members were considering protests outside the regional government's headquarters in the San Telmo palace.

In a statement, the Guadalquivir Hydrographic Confederation, the state body that manages the river basin, said reservoirs were holding 19.4 per cent of their capacity. "The situation is serious but it is under control, and supply for human consumption is guaranteed," the statement said.

In Lebrija, a farming town south of Seville, a grower who was pruning his orange trees said he had stopped watering a third of his land. "I have been doing this for forty years and I have never seen the canals this empty," said the man, who asked not to be named because he was negotiating a loan with his bank.

Asked whether the regional government would compensate farmers, Sánchez replied: "Nobody will be left alone. But I will not promise money I do not yet have."''',
 [
  ("We are not in a position to", "María Dolores Sánchez Ortega"),
  ("Every cubic metre we save now", "María Dolores Sánchez Ortega"),
  ("a death sentence for the olive", "Francisco Javier Ruiz de la Fuente"),
  ("They have had three dry years", "Francisco Javier Ruiz de la Fuente"),
  ("The situation is serious but it", "Guadalquivir Hydrographic Confederation"),
  ("I have been doing this for", "~grower"),
  ("Nobody will be left alone.", "María Dolores Sánchez Ortega"),
 ]),

# 2 -- Porto Alegre floods: Portuguese names, quote over two paragraphs, first-name-only volunteer, ministry statement, partial quote
('''PORTO ALEGRE, Brazil — Rescue teams in southern Brazil were still pulling people from rooftops on Thursday, four days after torrential rain sent the Guaíba river over its banks and into the low-lying neighbourhoods of Porto Alegre.

At least 31 people have died and more than 60,000 have been forced from their homes, according to the civil defence agency of Rio Grande do Sul state.

“We are working against time and against the weather,” said Colonel Marcos Vinícius Albuquerque Lima, who is coordinating the state’s response. “The forecast gives us perhaps 36 hours before the next band of rain arrives.”

Lima said boats from the navy and from private owners had carried out more than 4,000 rescues since Sunday, many of them in the Sarandi and Humaitá districts in the north of the city.

Rosângela Aparecida de Souza, 52, spent two nights on the roof of her house in Sarandi with her husband and two grandchildren before a fisherman from the nearby town of Eldorado do Sul reached them in an aluminium skiff.

“The water came up so fast that we didn’t have time to take anything, not even our documents,” she said from a shelter set up in a school gymnasium. “I kept telling the children it was an adventure.

“Now I don’t know if there will be a house to go back to.”

Souza said she had lived in the neighbourhood for 30 years and had never seen the river rise above the street.

In a statement, the federal Ministry of Integration and Regional Development said it had released 580 million reais in emergency funds and was sending additional helicopters from the air force. The ministry described the disaster as “the worst climate event in the history of the state.”

At the shelter, a volunteer handing out blankets said donations were arriving faster than they could be sorted. “People from all over Brazil are sending things — water, nappies, dog food,” said the woman, a nursing student who gave only her first name, Letícia. “What we really need now is dry socks and mattresses.”

Asked whether the city’s flood defences had failed, Lima was cautious. He said engineers would examine the pumping stations once the water receded, but added that “this is not the moment to look for culprits.”''',
 [
  ("We are working against time and", "Marcos Vinícius Albuquerque Lima"),
  ("The forecast gives us perhaps 36", "Marcos Vinícius Albuquerque Lima"),
  ("The water came up so fast", "Rosângela Aparecida de Souza"),
  ("I kept telling the children it", "Rosângela Aparecida de Souza"),
  ("Now I don’t know if there", "Rosângela Aparecida de Souza"),
  ("the worst climate event in the", "Ministry of Integration and Regional Development"),
  ("People from all over Brazil are", "Letícia"),
  ("What we really need now is", "Letícia"),
  ("this is not the moment to", "Marcos Vinícius Albuquerque Lima"),
 ]),

# 3 -- Riyadh metro opens: al- and bin names, later mention dropping al-, ministry statement via news agency, unnamed analysts, anonymous nurse
('''RIYADH — The first three lines of the Riyadh Metro opened to passengers on Sunday, more than a decade after construction began on one of the largest public transport projects ever attempted in the Gulf.

Trains began running at 6 a.m. on the Blue, Red and Green lines, linking the King Abdullah Financial District in the north of the Saudi capital with the older commercial areas around Olaya and Batha.

"Riyadh was built for the car, and for forty years the car has decided how this city lives," said Khalid bin Nasser al-Otaibi, chief executive of the Royal Commission for Riyadh City, which oversees the project. "Today we begin to change that."

Al-Otaibi said the remaining three lines would open by the end of the year, giving the network 176 kilometres of track and 85 stations. He said the commission expected ridership to reach 1.2 million journeys a day within two years, a figure some transport analysts have called "optimistic at best."

In a statement carried by the official Saudi Press Agency, the Ministry of Transport and Logistic Services said the metro would "reduce congestion, cut emissions and give every resident of Riyadh a modern alternative."

On the platform at the Qasr al-Hokm station, Noura al-Qahtani, a 29-year-old bank employee, said she had been counting down the days. "My commute is usually an hour and a half in traffic. Today it took 25 minutes," she said.

Qahtani, who does not drive, said she had previously relied on ride-hailing apps that cost her nearly a fifth of her salary each month. "For women who work, this is not a small thing," she said. "It is freedom of movement, and it is money in our pockets."

Not all passengers were convinced. A Filipino nurse travelling to King Faisal Specialist Hospital said the nearest station was still a 20-minute walk from her front door, in temperatures that routinely pass 45C in summer.

"The trains are beautiful, but who will walk in July?" said the woman, who declined to give her name because she was not authorised to speak to the media.

Al-Otaibi acknowledged the problem. "The last kilometre is the hardest kilometre," he told reporters, adding that a network of feeder buses would be expanded over the coming months.''',
 [
  ("Riyadh was built for the car,", "Khalid bin Nasser al-Otaibi"),
  ("Today we begin to change that.", "Khalid bin Nasser al-Otaibi"),
  ("optimistic at best.", "~analysts"),
  ("reduce congestion, cut emissions and give", "Ministry of Transport and Logistic Services"),
  ("My commute is usually an hour", "Noura al-Qahtani"),
  ("For women who work, this is", "Noura al-Qahtani"),
  ("It is freedom of movement, and", "Noura al-Qahtani"),
  ("The trains are beautiful, but who", "~nurse"),
  ("The last kilometre is the hardest", "Khalid bin Nasser al-Otaibi"),
 ]),

# 4 -- Guangdong typhoon: Chinese surname-first names, speaker known only by surname, agency warning, partial quote at end
('''ZHANJIANG, China — Typhoon Wutip made landfall on the Leizhou peninsula in southern China early on Friday, bringing winds of up to 160 kilometres an hour, tearing roofs from buildings and cutting power to more than a million households in Guangdong province.

Authorities had evacuated about 420,000 people from coastal areas in the days before the storm, and no deaths had been reported by Friday evening, according to the official Xinhua news agency.

“The early evacuation saved lives, there is no doubt about it,” Chen Weiming, deputy director of the Guangdong provincial emergency management department, told a news conference in Guangzhou. “But the next 48 hours will be decisive, because the rain is still coming.”

Chen said 37 rivers in the west of the province were above warning levels, and that reservoirs were releasing water in advance of further downpours.

The China Meteorological Administration kept its highest, red, typhoon alert in place for the coast of Guangdong and the island province of Hainan, warning of “extremely heavy rainfall and the risk of flash floods and landslides” in mountainous areas.

In Zhanjiang’s old harbour district, streets were littered with broken branches, shop signs and shattered glass. Liang Xiaohong, 61, who has sold fish at the same market stall for three decades, was sweeping water out of her shop with a broom.

“I stayed with my sister up the hill, so I am fine,” Liang said. “The shop is not fine. The freezer is gone, the stock is gone. I will have to start again.”

She said the market had been closed for three days and she did not know when customers would return.

A hotel manager surnamed Huang said his guests, mostly business travellers, had spent the night in the building’s basement car park. “Nobody slept, not even the children,” he said. “You could hear the windows upstairs going one by one, like gunshots.”

Chen said power had been restored to about 40 per cent of affected households by late afternoon. He urged residents not to return to coastal areas until authorities had declared them safe, saying that “the danger has not passed just because the wind has dropped.”''',
 [
  ("The early evacuation saved lives, there", "Chen Weiming"),
  ("But the next 48 hours will", "Chen Weiming"),
  ("extremely heavy rainfall and the risk", "China Meteorological Administration"),
  ("I stayed with my sister up", "Liang Xiaohong"),
  ("The shop is not fine.", "Liang Xiaohong"),
  ("Nobody slept, not even the children,", "Huang"),
  ("You could hear the windows upstairs", "Huang"),
  ("the danger has not passed just", "Chen Weiming"),
 ]),

# 5 -- Korean doctors' strike: Korean names with hyphenated given names, title before name, association statement, described daughter, unnamed official via Yonhap
('''SEOUL — South Korea's government on Monday ordered thousands of striking trainee doctors to return to work within 48 hours or face suspension of their medical licences, escalating a months-long dispute over plans to increase the number of medical school places.

"The patience of the public is not unlimited, and neither is ours," Vice Health Minister Lee Jung-woo told a televised briefing. "Those who return will face no penalty. Those who do not will face the law."

Lee said more than 9,000 residents and interns, about 70 per cent of the country's trainee doctors, had now walked off the job, forcing major hospitals to postpone surgeries and turn away emergency patients.

The doctors argue that the government's plan to add 2,000 places a year to medical schools would lower the quality of training without addressing the shortage of doctors in rural areas and in specialties such as paediatrics and emergency medicine.

"We are not against more doctors. We are against a plan that was made without asking a single doctor," said Kim Da-eun, a 28-year-old second-year resident at a university hospital in Seoul who has been on strike since February.

Kim said she had been working more than 80 hours a week before the walkout and earned less than the minimum wage per hour. "If the government wants to fix the system, it should start there," she said.

The Korean Medical Association, which represents the country's doctors, said in a statement that the licence threat was "an act of intimidation that will only deepen the crisis." It urged the government to withdraw the quota increase and return to negotiations "without preconditions of any kind."

At Seoul National University Hospital, the daughter of a 74-year-old cancer patient said her father's chemotherapy had been postponed twice. "Both sides keep talking about the future of medicine," she said. "My father does not have a future if this goes on."

A hospital official told the Yonhap news agency that the emergency department was operating at about half its normal capacity, and that nurses were being asked to take on tasks normally performed by residents. "The staff who remain are exhausted," the official said.''',
 [
  ("The patience of the public is", "Lee Jung-woo"),
  ("Those who return will face no", "Lee Jung-woo"),
  ("We are not against more doctors.", "Kim Da-eun"),
  ("If the government wants to fix", "Kim Da-eun"),
  ("an act of intimidation that will", "Korean Medical Association"),
  ("without preconditions of any kind.", "Korean Medical Association"),
  ("Both sides keep talking about the", "~daughter"),
  ("My father does not have a", "~daughter"),
  ("The staff who remain are exhausted,", "~official"),
 ]),

# 6 -- Mekong salinity: Vietnamese names with diacritics, later mention by given name, quote over two paragraphs, ministry statement
('''BẾN TRE, Vietnam — Saltwater has pushed further up the Mekong Delta this dry season than at any time in the past decade, authorities said on Wednesday, threatening rice, fruit orchards and drinking water supplies for hundreds of thousands of people in southern Vietnam.

Salinity of four grams per litre was recorded more than 70 kilometres inland on some branches of the river, according to the Southern Institute of Water Resources Research.

“The sea is coming into the delta faster than we can build defences against it,” said Lê Quang Huy, a hydrologist at the institute. “Upstream dams, sand mining and the falling land level are all working in the same direction.”

Huy said the delta was sinking by as much as two to three centimetres a year in places because of groundwater extraction, making the region more vulnerable to both drought and flooding.

In Bến Tre province, one of the worst affected, local authorities declared an emergency in five districts and began trucking fresh water to households whose wells had turned salty.

Trần Thị Hoa, deputy director of the provincial Department of Agriculture and Rural Development, said farmers had been warned weeks in advance to harvest early or delay planting. “Most families listened, and that has reduced the damage,” she said. “But for the coconut and durian growers there is no early harvest. The trees are simply dying.”

Hoa said the province was seeking emergency funding from Hanoi to build more sluice gates and freshwater reservoirs.

Nguyễn Văn Thắng, 58, has farmed rice and pomelo on two hectares in Châu Thành district all his life. Standing beside a canal whose water had turned brackish, he said he had lost about half of his pomelo trees.

“My father planted some of these trees before I was born,” Thắng said. “I don’t know what I will leave to my children.

“Maybe shrimp. Everybody says to farm shrimp now. But shrimp also needs money, and I have none left.”

The Ministry of Agriculture and Rural Development said in a statement that the delta would need to “adapt to salinity rather than only resist it,” and that it was encouraging farmers to switch some land to salt-tolerant crops and aquaculture.''',
 [
  ("The sea is coming into the", "Lê Quang Huy"),
  ("Upstream dams, sand mining and the", "Lê Quang Huy"),
  ("Most families listened, and that has", "Trần Thị Hoa"),
  ("But for the coconut and durian", "Trần Thị Hoa"),
  ("My father planted some of these", "Nguyễn Văn Thắng"),
  ("I don’t know what I will", "Nguyễn Văn Thắng"),
  ("Maybe shrimp. Everybody says to farm", "Nguyễn Văn Thắng"),
  ("adapt to salinity rather than only", "Ministry of Agriculture and Rural Development"),
 ]),

# 7 -- Bengaluru water crisis: initial-style Indian name, single-name driver, placard, asked/said
('''BENGALURU, India — Residents of several neighbourhoods in India's technology capital queued for water from tankers on Saturday as a severe shortage, blamed on a failed monsoon and falling groundwater levels, entered its fourth week.

More than half of the roughly 14,000 public borewells in the city have run dry, according to the Bangalore Water Supply and Sewerage Board, and supply to many households has been cut to a few hours every other day.

"This is the worst shortage the city has faced in four decades," V. Ramachandran, chairman of the board, told reporters at its headquarters. "We are asking every citizen to treat each litre as if it were the last."

Ramachandran said the board had banned the use of drinking water for washing cars, filling swimming pools and construction, and would fine violators 5,000 rupees. He said new supply from the Cauvery river project would not be ready until at least the end of the year.

In Whitefield, an eastern suburb lined with glass office towers and gated apartment complexes, Shalini Raghunathan said her building's 400 families were spending about 200,000 rupees a week on private tankers. "We pay for water three times — in our taxes, in our bills and to the tanker mafia," said Raghunathan, a software engineer and secretary of her residents' association.

She said some neighbours had moved in with relatives in other cities and many companies had asked employees to work from home. "My children have started asking why we can't just buy more water," she said. "I don't have a good answer for them."

Manjunath, a tanker driver who like many people in southern India uses only one name, said he had been working 18-hour days. He denied that drivers were overcharging. "The borewells we fill from are also going dry. We drive further and further every week, and diesel is not free," he said.

On Friday evening, about 300 residents of the Mahadevapura area blocked a main road for two hours, some carrying placards reading "No water, no vote." Police said the protest ended peacefully.

Ramachandran said the board was drilling new borewells and would cap tanker prices by the middle of next week. Asked whether the shortage was a result of the city's rapid and largely unplanned growth, he said: "The city has grown faster than its pipes. That is a fact, and we will have to live with it for some years."''',
 [
  ("This is the worst shortage the", "V. Ramachandran"),
  ("We are asking every citizen to", "V. Ramachandran"),
  ("We pay for water three times", "Shalini Raghunathan"),
  ("My children have started asking why", "Shalini Raghunathan"),
  ("I don't have a good answer", "Shalini Raghunathan"),
  ("The borewells we fill from are", "Manjunath"),
  ("No water, no vote.", None),
  ("The city has grown faster than", "V. Ramachandran"),
 ]),

# 8 -- Semeru eruption: Indonesian single names and two-part names, spokesman named, villagers, pronoun after break
('''LUMAJANG, Indonesia — Mount Semeru, the highest volcano on Indonesia’s main island of Java, erupted on Sunday, sending a column of ash more than two kilometres into the sky and avalanches of hot gas and debris down its south-eastern slopes.

At least 2,000 people were evacuated from villages in the Lumajang district of East Java, officials said, and the authorities raised the alert to the highest of four levels.

“The pyroclastic flows travelled as far as 13 kilometres from the summit, which is further than in the 2021 eruption,” Wahyudi Santoso, head of the Centre for Volcanology and Geological Hazard Mitigation, said in a briefing streamed online. “People must stay out of the river valleys, because that is where the material travels.”

Santoso said a five-kilometre exclusion zone around the crater had been extended to eight kilometres along the Besuk Kobokan river.

Suharyono, a spokesman for the National Disaster Management Agency, who like many Indonesians uses a single name, said there were no confirmed deaths but that teams were still searching two villages that had been cut off when a bridge collapsed. “We cannot yet say everyone is accounted for,” he said.

At an evacuation centre in a mosque in the town of Pronojiwo, Sutrisno, a 47-year-old sand miner, said he had been working in the riverbed when he heard the rumble.

“At first I thought it was thunder,” he said. “Then the sky went dark in the middle of the day and we ran. I left my truck there. I think it is buried.”

Sutrisno said many men in the village depended on mining sand and stone deposited by the volcano, and would return to the river as soon as they were allowed. “Semeru takes, but Semeru also gives,” he said.

Siti Aminah, who fled with her three children and elderly mother, said the family had left with nothing but the clothes they were wearing. Aminah said she was worried about her goats and chickens, which she had left behind.

“Everything we own is in that village,” she said. “If the animals die, we have nothing to start again with.”

Suharyono said the agency had sent tents, masks and food, and warned that heavy rain forecast for the coming days could trigger cold lava flows, known locally as lahar. “Rain and ash together are very dangerous,” he said.''',
 [
  ("The pyroclastic flows travelled as far", "Wahyudi Santoso"),
  ("People must stay out of the", "Wahyudi Santoso"),
  ("We cannot yet say everyone is", "Suharyono"),
  ("At first I thought it was", "Sutrisno"),
  ("Then the sky went dark in", "Sutrisno"),
  ("Semeru takes, but Semeru also gives,", "Sutrisno"),
  ("Everything we own is in that", "Siti Aminah"),
  ("If the animals die, we have", "Siti Aminah"),
  ("Rain and ash together are very", "Suharyono"),
 ]),

# 9 -- Dutch farmers' protest: van der / de / ten particles capitalised in later mentions, group statement and spokesman, warned:
('''THE HAGUE — Hundreds of tractors blocked motorways around The Hague on Wednesday as Dutch farmers protested against government plans to buy out livestock farms near protected nature areas in order to cut nitrogen emissions.

Police said about 1,500 tractors had converged on the city, causing traffic jams stretching more than 300 kilometres across the country during the morning rush hour. Some protesters set fire to hay bales on the A12 motorway and were removed by riot police.

"Nobody in this country is forcing anyone off their land," Agriculture Minister Femke van der Linden told parliament during a heated debate. "The buyout scheme is voluntary, and it is generous."

Van der Linden said the government would spend up to 1.5 billion euros on buying out about 3,000 farms, and that farmers who accepted would receive up to 120 per cent of the value of their business.

Farmers say the scheme is voluntary only in name. Jan-Willem de Boer, who keeps 180 dairy cows near the Veluwe, a large forested nature reserve in the province of Gelderland, drove his tractor for three hours to reach the protest.

"They say voluntary, but if you say no they will come back in two years with a compulsory order," De Boer said. "My grandfather drained this land. My father built the barns. I am not going to be the one who sells it to the state."

The Farmers Defence Force, which organised the protest, said in a statement that it would continue blockades "until the minister stops treating farmers as the problem." A spokesman for the group told public broadcaster NOS: "If The Hague does not listen, the next stop is the supermarket distribution centres."

Ecologists say the cuts are long overdue. Maarten ten Brink, a professor of ecology at Wageningen University, said nitrogen deposition from ammonia had damaged heathland, dunes and forests across the country.

"The science has been clear for thirty years," Ten Brink said. "What we are seeing now is the bill arriving for decades of postponing decisions."

He added that the courts had blocked thousands of construction projects, including housing, because the country was in breach of European nature protection rules. "If agriculture does not reduce, someone else has to, and right now that someone is young people looking for a home," he said.

Van der Linden later told reporters outside parliament that she was willing to meet the protest leaders, but warned: "I will talk to anyone. I will not negotiate with people who set fire to motorways."''',
 [
  ("Nobody in this country is forcing", "Femke van der Linden"),
  ("The buyout scheme is voluntary, and", "Femke van der Linden"),
  ("They say voluntary, but if you", "Jan-Willem de Boer"),
  ("My grandfather drained this land.", "Jan-Willem de Boer"),
  ("until the minister stops treating farmers", "Farmers Defence Force"),
  ("If The Hague does not listen,", "Farmers Defence Force"),
  ("The science has been clear for", "Maarten ten Brink"),
  ("What we are seeing now is", "Maarten ten Brink"),
  ("If agriculture does not reduce, someone", "Maarten ten Brink"),
  ("I will talk to anyone.", "Femke van der Linden"),
 ]),

# 10 -- Duisburg steel cuts: hyphenated German name with von, Turkish-German double-barrelled name, union statement, anonymous crane operator, replied:
('''DUISBURG, Germany — Germany’s largest steelmaker said on Thursday it would cut 11,000 jobs over the next six years and close parts of its main plant in Duisburg, blaming high energy prices, weak demand and cheap imports from Asia.

The company, Rheinstahl AG, said about 5,000 jobs would go through restructuring and a further 6,000 through the sale or spin-off of business units.

“We cannot go on producing steel in Germany at a loss and hope the market rescues us,” Karl-Heinz von Steinbach, the company’s chief executive, told analysts on a conference call. “These measures are painful, but without them there will be no steel from Duisburg at all in ten years.”

Von Steinbach said the company remained committed to converting its blast furnaces to run on hydrogen, a project that has received 2 billion euros in state subsidies, but that the timetable was under review.

The announcement was met with fury by the company’s works council. Ayşe Demir-Schulte, its chairwoman, called the plan “a declaration of war on the workforce” and said employees had not been consulted.

“For years we have been told: be patient, make sacrifices, the green transformation will save this plant,” Demir-Schulte said at a rally outside the company’s headquarters. “Now they take the subsidies and hand out the redundancy letters.”

The IG Metall union said in a statement that it would “use every means at our disposal, including strikes,” to prevent compulsory layoffs.

Among the workers at the rally was a 54-year-old crane operator who has worked at the plant since 1989. “My father worked here, my uncle worked here,” he said, declining to give his name because he feared for his job. “Duisburg without steel — I can’t imagine it. What would be left?”

Jürgen Overbeck, the economy minister of North Rhine-Westphalia, said the state government expected the company to honour its commitments. “Public money was given for jobs in this region, not for a restructuring plan drawn up in a boardroom,” he said.

Overbeck added that he would meet von Steinbach and union representatives next week. Asked whether the state could take a stake in the company, he replied: “At this point, I am ruling nothing out.”''',
 [
  ("We cannot go on producing steel", "Karl-Heinz von Steinbach"),
  ("These measures are painful, but without", "Karl-Heinz von Steinbach"),
  ("a declaration of war on the", "Ayşe Demir-Schulte"),
  ("For years we have been told:", "Ayşe Demir-Schulte"),
  ("Now they take the subsidies and", "Ayşe Demir-Schulte"),
  ("use every means at our disposal,", "IG Metall"),
  ("My father worked here, my uncle", "~operator"),
  ("Duisburg without steel — I can’t", "~operator"),
  ("Public money was given for jobs", "Jürgen Overbeck"),
  ("At this point, I am ruling", "Jürgen Overbeck"),
 ]),

# 11 -- Galway trolley crisis: Irish Ní/Ó/O'/Mac names, said-Dr inversion, daughter on radio, HSE statement, minister partial quote
('''GALWAY, Ireland — More than 70 patients were waiting on trolleys at University Hospital Galway on Tuesday, the highest number recorded at any hospital in the country this year, according to figures published by the Irish Nurses and Midwives Organisation.

The union said 612 patients were on trolleys in hospitals across the Republic, as a surge in flu and Covid-19 cases coincided with a shortage of beds in nursing homes and community care.

"We are running a hospital inside the corridors of a hospital," said Dr Siobhán Ní Bhriain, a consultant in emergency medicine at the Galway hospital. "Patients are being examined, treated and in some cases dying on trolleys, with no privacy and no dignity."

Dr Ní Bhriain said some elderly patients had waited more than 48 hours for a bed after being admitted through the emergency department.

Bríd Ní Chonghaile said her father, Pádraig Ó Conghaile, an 81-year-old retired fisherman from Carna in Connemara, spent two nights on a trolley beside a fire exit after a fall at home. "He was lying under a fluorescent light for two days. He didn't know if it was day or night," she told RTÉ Radio 1's Morning Ireland. "The staff were wonderful, but they were run off their feet."

Declan O'Sullivan, the INMO's industrial relations officer for the west, said nurses were being asked to look after twice the safe number of patients. He described conditions as "unsafe for patients and unsustainable for staff."

"Every winter we are told lessons will be learned, and every winter the numbers get worse. At some point the Minister has to stop apologising and start opening beds," O'Sullivan said.

In a statement, the Health Service Executive said it had opened 160 additional acute beds in the west and north-west since last year and was working with the hospital to "improve patient flow and expedite discharges." It urged people with non-urgent conditions to contact their GP or a pharmacist before attending an emergency department.

Minister for Health Fergal MacNamara said the figures were "not acceptable by any measure" and that he would visit the hospital on Thursday. "I am not going to stand here and defend trolley numbers like these," MacNamara told reporters in Dublin. "We are building capacity, but it is not coming fast enough, and I accept that."''',
 [
  ("We are running a hospital inside", "Siobhán Ní Bhriain"),
  ("Patients are being examined, treated and", "Siobhán Ní Bhriain"),
  ("He was lying under a fluorescent", "Bríd Ní Chonghaile"),
  ("The staff were wonderful, but they", "Bríd Ní Chonghaile"),
  ("unsafe for patients and unsustainable for", "Declan O'Sullivan"),
  ("Every winter we are told lessons", "Declan O'Sullivan"),
  ("improve patient flow and expedite discharges.", "Health Service Executive"),
  ("not acceptable by any measure", "Fergal MacNamara"),
  ("I am not going to stand", "Fergal MacNamara"),
  ("We are building capacity, but it", "Fergal MacNamara"),
 ]),

# 12 -- Chiapas caravan: Spanish double surnames, chant, Father title, institute statement, "the priest", asked/replied
('''TAPACHULA, Mexico — Several thousand migrants, most of them from Central America and Venezuela, set out on foot from the southern Mexican city of Tapachula before dawn on Monday, in one of the largest caravans to head towards the United States border this year.

Marchers carried national flags and pushed children in strollers along the coastal highway, some chanting “Los migrantes no somos criminales” as they passed police checkpoints that made no attempt to stop them.

Yorleni Castillo Ramírez, 34, left San Pedro Sula in Honduras two months ago with her two daughters, aged 9 and 13. She said she had waited weeks in Tapachula for an appointment with Mexican immigration authorities that never came.

“We can’t stay here. There is no work, the rent is expensive and every day they tell us to come back tomorrow,” Castillo said as she walked. “Walking is hard, but waiting was harder.”

Luis Alberto Pérez, a 27-year-old electrician from Maracaibo in Venezuela, said he hoped to reach Mexico City and apply for an appointment to enter the United States legally. “I don’t want to cross the river. I want to do it properly,” he said. “But they make it impossible to do it properly.”

In a statement, Mexico’s National Migration Institute said it would offer migrants in the caravan “humanitarian attention and the possibility of regularising their situation” at offices along the route, and urged them not to put their children at risk by walking in the heat.

Father Julio César Mendoza Aguilar, a Catholic priest who runs a migrant shelter in Tapachula, said the caravans were a symptom of a system that had left tens of thousands of people stranded in the south of the country.

“Tapachula has become an open-air prison,” Mendoza said. “People are not leaving because they want to walk a thousand kilometres. They are leaving because they have been told no at every door.”

The priest said his shelter, built for 150 people, had been housing more than 400 for most of the year. He called on both the Mexican and US governments to “stop treating migrants as a bargaining chip in their negotiations.”

By midday, the caravan had covered about 15 kilometres and stopped to rest in the town of Álvaro Obregón. Castillo sat in the shade of a mango tree with her daughters. Asked how far she expected to get, she replied: “As far as God lets us.”''',
 [
  ("Los migrantes no somos criminales", None),
  ("We can’t stay here. There is", "Yorleni Castillo Ramírez"),
  ("Walking is hard, but waiting was", "Yorleni Castillo Ramírez"),
  ("I don’t want to cross the", "Luis Alberto Pérez"),
  ("But they make it impossible to", "Luis Alberto Pérez"),
  ("humanitarian attention and the possibility of", "National Migration Institute"),
  ("Tapachula has become an open-air prison,", "Julio César Mendoza Aguilar"),
  ("People are not leaving because they", "Julio César Mendoza Aguilar"),
  ("stop treating migrants as a bargaining", "Julio César Mendoza Aguilar"),
  ("As far as God lets us.", "Yorleni Castillo Ramírez"),
 ]),

# 13 -- Cairo City of the Dead: Egyptian compound surnames (Abdel Aziz, Abu el-Ela), kunya name, rights group report
('''CAIRO — Bulldozers moved into another section of Cairo's historic cemetery known as the City of the Dead this week, demolishing dozens of tombs, some more than a century old, to make way for a new elevated highway.

The government says the road, part of a network linking central Cairo with the New Administrative Capital to the east, will ease some of the worst traffic congestion in the Middle East.

"No registered monument has been touched, and none will be," Ahmed Fathi Abdel Aziz, a spokesman for the Ministry of Tourism and Antiquities, said in a telephone interview. "The tombs being removed are modern structures with no archaeological value."

Abdel Aziz said families whose relatives were buried in the affected tombs had been offered new burial plots in a cemetery on the outskirts of the city, and that remains were being moved "with full respect for religious customs."

Critics say many of the demolished tombs, while not formally registered, are fine examples of early twentieth-century funerary architecture and part of a landscape that has been in continuous use since the Mamluk era.

"They are erasing a thousand years of history one wall at a time," said Hala Abu el-Ela, an architectural historian at Cairo University who has documented the cemetery for two decades. "Registration is a bureaucratic category. It says nothing about the value of what is being lost."

Abu el-Ela said she had photographed marble inscriptions, carved wooden doors and wrought-iron gates in the days before the demolitions. "Some families have taken the doors with them. The rest go into the rubble," she said.

Thousands of people live among the tombs, many of them families who have worked as caretakers for generations. A woman who gave her name as Umm Karim said her family had looked after the same mausoleum since her grandfather's time. She sat on a plastic chair beside a pile of broken stone.

"We were born here, and our children were born here," she said. "They gave the dead a new place. Nobody has given us anything."

The Egyptian Initiative for Personal Rights, a Cairo-based rights group, said in a report last month that residents had received eviction notices "with little or no warning and no meaningful compensation."

Asked about the residents, Abdel Aziz said the matter was the responsibility of the Cairo governorate. "Our ministry deals with antiquities, not housing," he said.''',
 [
  ("No registered monument has been touched,", "Ahmed Fathi Abdel Aziz"),
  ("The tombs being removed are modern", "Ahmed Fathi Abdel Aziz"),
  ("with full respect for religious customs.", "Ahmed Fathi Abdel Aziz"),
  ("They are erasing a thousand years", "Hala Abu el-Ela"),
  ("Registration is a bureaucratic category.", "Hala Abu el-Ela"),
  ("Some families have taken the doors", "Hala Abu el-Ela"),
  ("We were born here, and our", "Umm Karim"),
  ("They gave the dead a new", "Umm Karim"),
  ("with little or no warning and", "Egyptian Initiative for Personal Rights"),
  ("Our ministry deals with antiquities, not", "Ahmed Fathi Abdel Aziz"),
 ]),

# 14 -- Omanisation quotas: bin ... al- names, minister to news agency, chamber chairman, Keralan shopkeeper, pronoun after break
('''MUSCAT, Oman — Oman will reserve more than 200 additional job categories for its own citizens from next year, the labour ministry said on Monday, in the latest attempt by the Gulf state to bring down unemployment among young Omanis.

The list, published in the official gazette, includes jobs in sales, accounting, human resources and vehicle maintenance, as well as driving for ride-hailing companies. Foreign workers currently in those roles will be allowed to stay until their work permits expire but will not be able to renew them.

“Every Omani graduate who wants to work should find a job in his or her own country,” Labour Minister Salim bin Hamad al-Harthy told the state news agency ONA. “This is not a policy against anyone. It is a policy for our young people.”

Al-Harthy said the ministry would offer private companies training subsidies and a reduction in fees for each Omani they hired above their quota.

Foreigners make up about 40 per cent of Oman’s population of just over five million, and the majority of the private-sector workforce. Official figures put youth unemployment at close to 15 per cent, although economists say the real figure may be higher.

Aisha al-Balushi, 24, graduated in finance from Sultan Qaboos University two years ago and has been looking for work ever since. “I have applied to more than 80 companies,” she said. “Most of them never answer. The ones that answer say I don’t have experience. How do I get experience if no one gives me a first job?”

Business leaders welcomed the goal but warned of the costs. Yousuf bin Ali al-Kindi, chairman of the Oman Chamber of Commerce and Industry, said many small businesses were already struggling. “We support Omanisation fully, but it must be gradual,” he said. “If a workshop has to replace three experienced mechanics overnight, it will close, and then nobody has a job.”

Al-Kindi said the chamber would ask the ministry to allow exemptions for companies with fewer than ten employees.

In Muscat’s Ruwi district, Rajesh Menon, who came to Oman from Kerala 22 years ago and manages a mobile phone shop, said two of his three salesmen would be affected. “Oman has been good to us. It is their country, they have the right,” Menon said. “But for the families back home, this is very hard news.”

He said he planned to train an Omani replacement himself before his staff left. “Better I teach him than the shop closes,” he said.''',
 [
  ("Every Omani graduate who wants to", "Salim bin Hamad al-Harthy"),
  ("This is not a policy against", "Salim bin Hamad al-Harthy"),
  ("I have applied to more than", "Aisha al-Balushi"),
  ("Most of them never answer.", "Aisha al-Balushi"),
  ("We support Omanisation fully, but it", "Yousuf bin Ali al-Kindi"),
  ("If a workshop has to replace", "Yousuf bin Ali al-Kindi"),
  ("Oman has been good to us.", "Rajesh Menon"),
  ("But for the families back home,", "Rajesh Menon"),
  ("Better I teach him than the", "Rajesh Menon"),
 ]),

# 15 -- Chilean wildfires: Spanish double surnames, radio interview, forestry agency statement, anonymous firefighter, asked
('''VIÑA DEL MAR, Chile — Firefighters in central Chile battled on Sunday to contain forest fires that have swept through the hills above the coastal city of Viña del Mar, killing at least 19 people and destroying more than 1,100 homes, authorities said.

The government declared a state of catastrophe in the Valparaíso region and imposed a curfew in the worst-hit areas.

"We are facing a tragedy of enormous proportions," Constanza Echeverría Fuentes, the mayor of Viña del Mar, told the radio station Cooperativa. "There are entire neighbourhoods that simply no longer exist."

Echeverría said many of the dead had been found in their homes or in cars as they tried to flee along narrow roads that became jammed with traffic. She said the number of victims was certain to rise as search teams reached areas that were still too hot to enter.

Rodrigo Alarcón Bustos, the interior undersecretary, said investigators were examining whether some of the fires had been set deliberately. "There are signs that several outbreaks began at the same time in different places, and that is not a coincidence," Alarcón said at a news conference in Valparaíso. "If this was arson, those responsible will face the full weight of the law."

The National Forestry Corporation, known as Conaf, said in a statement that strong winds, temperatures above 35C and very low humidity had created "extreme conditions for the spread of fire." It said 161 fires were active across the country on Sunday morning.

In the hillside neighbourhood of Villa Independencia, Hernán Muñoz Tapia, 67, stood in the ashes of the house he built himself in the 1980s. Only the concrete staircase and a scorched washing machine remained.

"I grabbed my wife and the dog and that was it. In five minutes the whole street was burning," Muñoz said. "The fire came down the hill like a river."

A volunteer firefighter from Quilpué, his face black with soot after a 20-hour shift, said crews had been overwhelmed in the first hours. "There were houses burning on every side and we had water for one," he said.

Muñoz said he intended to rebuild. "Where else am I going to go?" he asked. "My whole life is on this hill."''',
 [
  ("We are facing a tragedy of", "Constanza Echeverría Fuentes"),
  ("There are entire neighbourhoods that simply", "Constanza Echeverría Fuentes"),
  ("There are signs that several outbreaks", "Rodrigo Alarcón Bustos"),
  ("If this was arson, those responsible", "Rodrigo Alarcón Bustos"),
  ("extreme conditions for the spread of", "National Forestry Corporation"),
  ("I grabbed my wife and the", "Hernán Muñoz Tapia"),
  ("The fire came down the hill", "Hernán Muñoz Tapia"),
  ("There were houses burning on every", "~firefighter"),
  ("Where else am I going to", "Hernán Muñoz Tapia"),
  ("My whole life is on this", "Hernán Muñoz Tapia"),
 ]),

# 16 -- Lisbon rental freeze: Portuguese compound names (Sousa e Menezes, da Conceição), later mention by last surname, graffiti
('''LISBON — Lisbon’s city council on Tuesday approved a freeze on new short-term rental licences in 14 of the city’s 24 parishes, in an effort to slow rising rents that residents say are pushing them out of the historic centre.

The measure, passed by 11 votes to 6, applies to the Alfama, Mouraria, Bairro Alto and Baixa districts, among others, where holiday lets now account for more than a third of all homes in some streets.

“We cannot have a city that is a museum by day and a hotel by night,” Joana Mendes Carvalho, the councillor responsible for housing, said after the vote. “People who have lived here all their lives must be able to stay.”

Carvalho said the council would also expand a programme that pays landlords to switch from tourist lets to long-term rentals at capped prices.

Property owners reacted angrily. Duarte Sousa e Menezes, president of the Lisbon Landlords’ Association, said the freeze punished small investors who had rescued crumbling buildings after the financial crisis. “Ten years ago nobody wanted to live in these streets,” he said. “The buildings were falling down. It was tourism that restored them, with private money, not public money.”

Menezes said the association would challenge the decision in court.

In Alfama, the winding medieval quarter below the castle of São Jorge, Maria da Conceição Tavares, 78, has lived in the same two-room flat for more than half a century. Of the eight flats in her building, she said, six are now rented to tourists.

“I don’t know my neighbours any more. Every week there are new suitcases on the stairs,” Tavares said. “The grocery shop closed, the baker closed. Now there is a shop selling sardine tins for tourists.”

Thiago Rodrigues de Oliveira, a 31-year-old Brazilian software developer who moved to Lisbon in 2021, said he now spent more than half of his salary on a room in a shared flat. “Portugal sells itself as a place for young professionals, but young Portuguese professionals are leaving because they can’t afford it,” Oliveira said.

Graffiti reading “Lisboa não está à venda” — Lisbon is not for sale — has appeared on walls across the centre in recent months.''',
 [
  ("We cannot have a city that", "Joana Mendes Carvalho"),
  ("People who have lived here all", "Joana Mendes Carvalho"),
  ("Ten years ago nobody wanted to", "Duarte Sousa e Menezes"),
  ("The buildings were falling down.", "Duarte Sousa e Menezes"),
  ("I don’t know my neighbours any", "Maria da Conceição Tavares"),
  ("The grocery shop closed, the baker", "Maria da Conceição Tavares"),
  ("Portugal sells itself as a place", "Thiago Rodrigues de Oliveira"),
  ("Lisboa não está à venda", None),
 ]),

# 17 -- Singapore hawkers: Chinese, Malay bin and Tamil patronymic names, Ms/Mr/Madam later mentions, agency statement, quote after implicit attribution
('''SINGAPORE — Singapore will offer rental rebates and cleaning subsidies to hawkers at its public food centres for another year, the government said on Wednesday, amid concern that rising costs are driving stallholders out of a trade that was added to Unesco's list of intangible cultural heritage in 2020.

"Our hawker centres are community dining rooms. They must remain affordable for Singaporeans, and viable for the hawkers who run them," Minister of State for Sustainability and the Environment Tan Hui Ling told reporters during a visit to the Old Airport Road Food Centre.

Ms Tan said the support package, worth about S$40 million, would cover a 15 per cent rent rebate and part of the cost of table-cleaning and dishwashing services.

The National Environment Agency, which manages more than 100 hawker centres, said in a statement that the median age of stallholders was now about 60, and that it was "working closely with the industry to attract and retain younger hawkers."

At his nasi lemak stall in Geylang Serai, Muhammad Faizal bin Abdul Rahman, 52, said his ingredient costs had risen by almost a third in two years. "Coconut, rice, eggs, cooking oil — everything goes up. But if I charge $5 for nasi lemak, the aunties will walk to the next stall," he said.

Mr Faizal said he worked 14 hours a day, six days a week, with his wife. "My son studied engineering. I told him, don't do this job. Maybe that is wrong of me, but I want him to have weekends."

Madam Goh Siew Lan, 71, who has sold fishball noodles at the same stall in Chinatown since 1979, said the rebates helped but did not solve the main problem. "When I retire, this recipe retires with me," she said. "Nobody wants to stand in front of a hot stove for so little money."

Madam Goh said she had tried to train two young apprentices under a government scheme, but both had left within months.

Regular customer Rajendran Subramaniam, a 64-year-old retired bus driver, said he ate at the Chinatown centre almost every day. "Where else can you get a proper meal for four dollars in this country?" Mr Rajendran said. "If the hawkers go, people like me will go hungry, or go to McDonald's."''',
 [
  ("Our hawker centres are community dining", "Tan Hui Ling"),
  ("working closely with the industry to", "National Environment Agency"),
  ("Coconut, rice, eggs, cooking oil", "Muhammad Faizal bin Abdul Rahman"),
  ("My son studied engineering. I told", "Muhammad Faizal bin Abdul Rahman"),
  ("When I retire, this recipe retires", "Goh Siew Lan"),
  ("Nobody wants to stand in front", "Goh Siew Lan"),
  ("Where else can you get a", "Rajendran Subramaniam"),
  ("If the hawkers go, people like", "Rajendran Subramaniam"),
 ]),

# 18 -- Kelantan floods: Datuk Seri title, bin/binti names with given-name later mentions, Dr title, met department statement
('''KOTA BHARU, Malaysia — More than 80,000 people have been evacuated from their homes in the north-eastern Malaysian state of Kelantan after days of monsoon rain pushed several rivers above danger levels, officials said on Saturday.

Seven people have died, including two children who were swept away while playing near a flooded drain, according to the national disaster agency.

“This is already bigger than the floods of 2014 in some districts, and the rain has not stopped,” Datuk Seri Mohd Rosli bin Ismail, who chairs the state disaster management committee, told a briefing in Kota Bharu. “We are asking everyone in low-lying areas to move now and not to wait for the water to reach their doorstep.”

Mohd Rosli said 412 relief centres had been opened in schools, mosques and community halls across the state, and that the army had been deployed with boats and trucks to reach villages cut off by the water.

The Malaysian Meteorological Department issued its highest warning for continuous heavy rain in Kelantan and neighbouring Terengganu until Monday. It said in a statement that the north-east monsoon was “expected to bring another two to three episodes of heavy rain before the end of the year.”

At a relief centre in a secondary school in Pasir Mas, Nurul Aina binti Yusof, 36, sat on a mat with her four children and a few bags of clothes. “The water came into the house at three in the morning. By the time we woke up it was at our knees,” she said.

Nurul Aina said her husband had stayed behind to watch their house and their motorcycle. “He says he will swim if he has to,” she said, smiling. “I told him the motorcycle is not worth dying for.”

Dr Lim Wei Jie, a volunteer doctor with the relief group Mercy Malaysia, said the main concerns at the centres were skin infections, diarrhoea and a possible rise in leptospirosis, a bacterial disease spread through flood water. “Crowding is the enemy,” Dr Lim said. “We need clean water and toilets as much as we need medicine.”

In the town centre, Kavitha Muniandy, who runs a sundry shop with her brother, was stacking rice sacks on the top shelves. “Every year we lose something,” said Kavitha, 41. “This year I think we will lose everything on the bottom two shelves.”''',
 [
  ("This is already bigger than the", "Mohd Rosli bin Ismail"),
  ("We are asking everyone in low-lying", "Mohd Rosli bin Ismail"),
  ("expected to bring another two to", "Malaysian Meteorological Department"),
  ("The water came into the house", "Nurul Aina binti Yusof"),
  ("He says he will swim if", "Nurul Aina binti Yusof"),
  ("I told him the motorcycle is", "Nurul Aina binti Yusof"),
  ("Crowding is the enemy,", "Lim Wei Jie"),
  ("We need clean water and toilets", "Lim Wei Jie"),
  ("Every year we lose something,", "Kavitha Muniandy"),
  ("This year I think we will", "Kavitha Muniandy"),
 ]),

# 19 -- Quebec maple reserve: hyphenated given names and surnames, economist, anonymous distributor, split quotes
('''MONTREAL — Quebec's maple syrup producers will release more than 50 million pounds of syrup from their strategic reserve this year after a warm, short spring cut the province's harvest to its lowest level in more than a decade, the industry's marketing board said on Thursday.

The reserve, stored in barrels in a warehouse in Laurierville, east of Montreal, was created to smooth out the swings in production that come with unpredictable weather. Quebec produces about 70 per cent of the world's maple syrup.

"This is exactly the situation the reserve was built for," Luc Bouchard-Lévesque, president of the Quebec Maple Syrup Producers, told reporters. "Our customers around the world will get their syrup. The shelves will not be empty."

Bouchard-Lévesque said this year's harvest had yielded 133 million pounds, about a quarter below the previous year's record. He said the sap season had been cut short by temperatures that rose above freezing for days at a time in February and stayed there.

Maple sap flows when temperatures freeze at night and thaw during the day. In the Beauce region south of Quebec City, Marie-Ève Tremblay-Gagnon, who runs a 12,000-tap sugar bush with her husband, said the season lasted barely three weeks.

"My father used to tap on the first of March and we'd boil until the end of April," Tremblay-Gagnon said. "This year we started in February and by the middle of March the trees were budding. Once they bud, the syrup tastes like cardboard. It's finished."

She said the farm had produced about 60 per cent of its usual volume. "You can't argue with the weather. But when it happens two years out of three, you start asking questions," she said.

Jean-Philippe Ouellet, an agricultural economist at Laval University in Quebec City, said climate models suggested the sugaring season would continue to shift earlier and become more erratic. "Producers will probably move north over the coming decades, the way vineyards are moving north in Europe," Ouellet said.

An American distributor who buys Quebec syrup for grocery chains in New England said prices had so far held steady. "As long as the reserve is there, we're not worried," said the distributor, who spoke on condition of anonymity because he was not authorised to discuss contracts. "If the reserve ever runs dry, that's another conversation."''',
 [
  ("This is exactly the situation the", "Luc Bouchard-Lévesque"),
  ("Our customers around the world will", "Luc Bouchard-Lévesque"),
  ("My father used to tap on", "Marie-Ève Tremblay-Gagnon"),
  ("This year we started in February", "Marie-Ève Tremblay-Gagnon"),
  ("You can't argue with the weather.", "Marie-Ève Tremblay-Gagnon"),
  ("Producers will probably move north over", "Jean-Philippe Ouellet"),
  ("As long as the reserve is", "~distributor"),
  ("If the reserve ever runs dry,", "~distributor"),
 ]),

# 20 -- Manila jeepney strike: Filipino names with nickname in quotes, de los particle, transport group statement, anonymous student
('''MANILA — Thousands of jeepney drivers in the Philippine capital stayed off the roads on Monday at the start of a three-day strike against a government programme to phase out the brightly decorated vehicles that have been a symbol of Manila since the Second World War.

Long queues formed at bus stops and train stations across Metro Manila, and several local governments deployed military trucks and municipal vehicles to give commuters free rides.

The modernisation programme requires jeepney operators to join cooperatives and replace their ageing diesel vehicles with newer models that meet emission and safety standards. Drivers say the new vehicles, which cost about 2.5 million pesos each, are far beyond their means.

“They call it modernisation, but for us it is the end of our livelihood,” said Rodolfo “Rudy” Macaraeg, 58, who has driven the same route between Cubao and Quiapo for 31 years. “Where will a man my age find another job?”

Macaraeg said he earned about 800 pesos on a good day after paying for diesel and the boundary fee to the jeepney’s owner. “With that money I sent three children to college,” he said.

The transport group Kilos Tsuper, which called the strike, said in a statement that nearly 90 per cent of jeepneys in Metro Manila had joined the protest, a figure the government disputed. The group said the programme would “hand public transport to big corporations and leave small drivers with debt.”

Jose Miguel de los Reyes, an assistant secretary at the Department of Transportation, said the strike had caused “minimal disruption to commuters in most areas” and that most routes were still being served. “We understand the concerns of the drivers, but we cannot keep vehicles on the road that are fifty years old and pollute the air our children breathe,” De los Reyes told the radio station DZMM.

He said government subsidies of up to 280,000 pesos per vehicle were available, and that loans from state banks would be offered at low interest. “No driver will be left behind,” he said.

At a bus stop on Commonwealth Avenue in Quezon City, a university student said she had waited almost an hour for a ride. “I support the drivers, honestly. But today I will be late for my exam,” said the 20-year-old, who declined to give her name.''',
 [
  ("They call it modernisation, but for", "Rodolfo Macaraeg"),
  ("Where will a man my age", "Rodolfo Macaraeg"),
  ("With that money I sent three", "Rodolfo Macaraeg"),
  ("hand public transport to big corporations", "Kilos Tsuper"),
  ("minimal disruption to commuters in most", "Jose Miguel de los Reyes"),
  ("We understand the concerns of the", "Jose Miguel de los Reyes"),
  ("No driver will be left behind,", "Jose Miguel de los Reyes"),
  ("I support the drivers, honestly.", "~student"),
 ]),

# 21 -- Darfur refugees in Chad: Dutch particle in UN official, Sudanese patronymic name with first-name later mention, quote over two paragraphs, anonymous aid worker
('''ADRÉ, Chad — Thousands of people fleeing fighting in Sudan's Darfur region have crossed into eastern Chad in the past week, aid agencies said on Friday, adding to a refugee population that the United Nations says has already overwhelmed camps along the border.

More than 14,000 new arrivals were registered at the crossing point in Adré between Saturday and Thursday, most of them women and children from El Fasher and surrounding villages, according to the UN refugee agency.

"People are arriving with nothing, after walking for days without enough water," said Ingrid van den Heuvel, the agency's emergency coordinator in eastern Chad. "Many of the children we are screening are severely malnourished. Some do not survive the first days after they arrive."

Van den Heuvel said the agency had received less than a fifth of the funding it needed for its Chad operation this year. "We are being forced to choose which services to cut, and every one of those choices costs lives," she said.

Hawa Abakar Adam, 29, arrived in Adré on Tuesday with her three children. She said armed men had attacked her village near Kutum, burned the market and killed her husband.

"They came on motorbikes and in trucks. They asked the men which tribe they belonged to, and then they shot them," Hawa said, speaking through an interpreter. "We hid in the valley until night, and then we walked for nine days.

"My youngest daughter got a fever on the road. I carried her on my back the whole way. I did not know if she would live."

Dr Abdelmoneim al-Tayeb, a Sudanese surgeon who fled El Fasher last year and now volunteers at a clinic in the camp, said many of the wounded had not been treated for weeks. "We are seeing gunshot wounds that are a month old, infected, full of maggots," al-Tayeb said. "In El Fasher there are no hospitals left working. None."

An aid worker with an international medical charity, who asked not to be named because she was not authorised to speak to the media, said the clinic was receiving more than 300 patients a day. "We have two doctors for all of them," she said.''',
 [
  ("People are arriving with nothing, after", "Ingrid van den Heuvel"),
  ("Many of the children we are", "Ingrid van den Heuvel"),
  ("We are being forced to choose", "Ingrid van den Heuvel"),
  ("They came on motorbikes and in", "Hawa Abakar Adam"),
  ("We hid in the valley until", "Hawa Abakar Adam"),
  ("My youngest daughter got a fever", "Hawa Abakar Adam"),
  ("We are seeing gunshot wounds that", "Abdelmoneim al-Tayeb"),
  ("In El Fasher there are no", "Abdelmoneim al-Tayeb"),
  ("We have two doctors for all", "~worker"),
 ]),

# 22 -- Barcelona tourism march: Catalan "i" double surnames, chant, deputy mayor with name after title, hotel guild statement, Dutch tourist
('''BARCELONA, Spain — Several thousand people marched through central Barcelona on Saturday to protest against mass tourism, some spraying water pistols at visitors dining on restaurant terraces and chanting “Menys turistes, més vida” — fewer tourists, more life.

Police said about 2,800 people took part; organisers put the figure at 20,000. The march, which ended peacefully near the Sagrada Família basilica, was the latest in a series of protests in southern European cities where residents say tourism is driving up rents and emptying historic neighbourhoods.

“We are not against the people who come here. We are against an economic model that treats our city as a theme park,” said Oriol Casanovas i Puig, a spokesman for the Neighbourhood Assembly for Tourism Degrowth, which organised the march. “Barcelona gets 15 million visitors a year, and the people who live here are the ones who pay for it.”

Casanovas said rents in the city had risen by almost 70 per cent in ten years, while wages had barely moved.

Barcelona’s deputy mayor for economy and tourism, Montserrat Vilalta i Soler, said the city shared the protesters’ concerns but rejected what she called “the criminalisation of visitors.”

“Tourism brings problems, and we are dealing with them — we are ending tourist flats by 2028 and we have raised the tourist tax,” Vilalta told the Catalan public broadcaster 3Cat. “But spraying a family from Manchester with water is not a policy. It is just rudeness.”

The Barcelona Hotel Guild said in a statement that the sector employed more than 100,000 people in the city, and warned against “a narrative that turns an entire industry into the enemy.”

Sanne de Jong, a 26-year-old teacher from Utrecht who was eating paella with friends near the Plaça de Catalunya when the march passed, said she had been surprised but not offended. “Honestly, I understand them completely,” De Jong said. “We have the same problem in Amsterdam. You cannot find a flat in the centre.”

Her friend laughed and said she was glad it had been a hot day.''',
 [
  ("Menys turistes, més vida", None),
  ("We are not against the people", "Oriol Casanovas i Puig"),
  ("Barcelona gets 15 million visitors a", "Oriol Casanovas i Puig"),
  ("the criminalisation of visitors.", "Montserrat Vilalta i Soler"),
  ("Tourism brings problems, and we are", "Montserrat Vilalta i Soler"),
  ("But spraying a family from Manchester", "Montserrat Vilalta i Soler"),
  ("a narrative that turns an entire", "Barcelona Hotel Guild"),
  ("Honestly, I understand them completely,", "Sanne de Jong"),
  ("We have the same problem in", "Sanne de Jong"),
 ]),

# 23 -- Hualien earthquake: Taiwanese hyphenated given names, Indigenous Truku name with first-name later mention, company statement
('''HUALIEN, Taiwan — A magnitude 7.2 earthquake struck off the east coast of Taiwan on Wednesday morning, toppling buildings in the city of Hualien, triggering landslides in the mountains and shaking the capital, Taipei, about 150 kilometres to the north.

At least nine people were killed and more than 800 injured, according to Taiwan's National Fire Agency. Dozens of people were reported trapped in tunnels and at a quarry near the Taroko Gorge, a national park popular with tourists.

"This is the strongest earthquake to hit Taiwan in 25 years, since the Chi-Chi earthquake in 1999," Chen Kuo-chang, director of the seismology centre at the Central Weather Administration, told a news conference. "We expect strong aftershocks for the next three to four days, some of them possibly above magnitude 6."

Chen said the quake's epicentre was about 18 kilometres south of Hualien at a depth of 15 kilometres.

In Hualien city, a nine-storey residential building was left leaning at a 45-degree angle after its lower floors collapsed. Hsu Mei-ling, deputy chief of the Hualien County Fire Department, said all residents had been accounted for by the afternoon. "We used ladders to bring people out through the windows of the upper floors," Hsu said. "An elderly man refused to leave without his cat, so we brought the cat, too."

In the mountains, rockfalls blocked the main road through the Taroko Gorge, stranding hikers and hotel workers. Yudaw Pisaw, a guide from the Indigenous Truku community who was leading a group of tourists along a trail when the quake struck, said the sound was like nothing he had heard before.

"The mountain roared. Rocks the size of cars were falling into the river," Yudaw said by telephone from a hotel where he and about 50 others were waiting to be evacuated. "We lay flat behind a wall and prayed."

Yudaw said his group was safe but that two hikers from another group were missing.

Taiwan Semiconductor Manufacturing Co, the world's largest contract chipmaker, said it had evacuated some of its factories as a precaution. In a statement, the company said "its safety systems are functioning normally and personnel are safe," and that most staff had returned to work.

Hsu said rescue teams would work through the night. "As long as there is someone we cannot reach, we will keep going," she said.''',
 [
  ("This is the strongest earthquake to", "Chen Kuo-chang"),
  ("We expect strong aftershocks for the", "Chen Kuo-chang"),
  ("We used ladders to bring people", "Hsu Mei-ling"),
  ("An elderly man refused to leave", "Hsu Mei-ling"),
  ("The mountain roared. Rocks the size", "Yudaw Pisaw"),
  ("We lay flat behind a wall", "Yudaw Pisaw"),
  ("its safety systems are functioning normally", "Taiwan Semiconductor Manufacturing Co"),
  ("As long as there is someone", "Hsu Mei-ling"),
 ]),

# 24 -- Punjab stubble burning: Sikh names (Singh, Kaur) with later mention by clan name, Dr title, told newspaper, pronoun after break
('''PATIALA, India — Farmers in the northern Indian state of Punjab have set fire to crop stubble on more than 4,000 fields in the past week, satellite data showed on Monday, despite government bans and incentives, as smoke and smog once again blanketed New Delhi.

The Indian capital’s air quality index reached 470 on Monday morning, in the highest category on the official scale, prompting authorities to close primary schools and ban construction work.

Farmers say they have little choice. After the rice harvest, they have only two or three weeks to clear the fields before sowing wheat, and machines to remove the stubble without burning are expensive and in short supply.

“If I wait for the machine, I lose the wheat,” said Harjit Singh Dhillon, 52, who grows rice and wheat on 15 acres near Patiala. “Nobody in Delhi is going to pay my loan if my crop fails.”

Dhillon said the government had promised a subsidy for straw-management machines but that the co-operative in his village had only two for more than 200 farmers. “There is a waiting list of a month, and the wheat does not wait a month,” he said.

His neighbour, Balwinder Kaur, who farms eight acres with her son after her husband died three years ago, said she had stopped burning stubble last year and was paying a contractor to bale the straw. “It costs me 2,500 rupees an acre. For a small farmer, that is the profit,” she said.

Sanjeev Khullar, chairman of the Punjab Pollution Control Board, said the number of farm fires was down by almost a third compared with last year. “The trend is clearly in the right direction,” Khullar told the Indian Express newspaper. “But one season of improvement is not enough, and we will continue to fine those who violate the ban.”

In Delhi, doctors reported a sharp increase in patients with breathing problems. Dr Anupama Iyer, a pulmonologist at the All India Institute of Medical Sciences, said her outpatient clinic was seeing about 40 per cent more patients than usual.

“Children, the elderly and people with asthma are the most at risk, but in this air, everyone is affected,” Dr Iyer said. “Breathing Delhi’s air today is like smoking 25 cigarettes a day.”

She said stubble burning was only one of the causes of the city’s pollution, along with vehicle exhaust, construction dust and industry. “It is easy to blame the farmer in Punjab,” she said. “It is harder to look at our own cars.”''',
 [
  ("If I wait for the machine,", "Harjit Singh Dhillon"),
  ("Nobody in Delhi is going to", "Harjit Singh Dhillon"),
  ("There is a waiting list of", "Harjit Singh Dhillon"),
  ("It costs me 2,500 rupees an", "Balwinder Kaur"),
  ("The trend is clearly in the", "Sanjeev Khullar"),
  ("But one season of improvement is", "Sanjeev Khullar"),
  ("Children, the elderly and people with", "Anupama Iyer"),
  ("Breathing Delhi’s air today is like", "Anupama Iyer"),
  ("It is easy to blame the", "Anupama Iyer"),
  ("It is harder to look at", "Anupama Iyer"),
 ]),

# 25 -- EU fish quotas: Greek, Irish Mac, Spanish hyphenated double surname, Portuguese hyphenated name, NGO statement then its campaigner
('''BRUSSELS — European Union fisheries ministers agreed early on Tuesday on catch limits for next year after more than 20 hours of negotiations, cutting quotas for several stocks in the Atlantic and North Sea but stopping short of the reductions proposed by scientists.

The deal, reached shortly before 6 a.m., sets total allowable catches for dozens of fish stocks, including cod, hake, sole and mackerel, in waters shared by EU fleets.

"It was a long night, but we have a balanced agreement that protects both the fish and the fishermen," Kostas Papadimitriou, the European commissioner for fisheries and oceans, told reporters as the meeting ended. "Nobody got everything they wanted. That is usually the sign of a fair compromise."

Papadimitriou said the agreement followed scientific advice for about two-thirds of the stocks, up from just over half five years ago.

Ireland's fisheries minister, Séamus Mac Suibhne, said he had secured a smaller cut than proposed for haddock and whiting in the Celtic Sea, which are important to fleets in Killybegs and Castletownbere. "Our coastal communities have already taken a heavy hit from Brexit, and I made it clear that they could not be asked to carry this alone," Mac Suibhne said.

Spain's agriculture and fisheries minister, Luis Ángel García-Valdés Moreno, described the result as "very positive for the Spanish fleet," particularly on the number of fishing days allowed in the western Mediterranean.

"We came here to defend the trawler crews of Galicia, the Basque Country and Andalusia, and we have done that," García-Valdés told Spanish media. "The Commission's original proposal would have tied up half of our fleet in port for most of the year."

Environmental groups criticised the deal. Oceana, a marine conservation organisation, said in a statement that ministers had "once again chosen short-term profit over long-term survival of fish stocks and the communities that depend on them."

"Ministers are setting quotas above scientific advice for stocks that are already in a critical state," said Vera Oliveira-Baptista, Oceana's campaign director in Europe. "Western Baltic cod has collapsed. The same story is being written in the Celtic Sea."''',
 [
  ("It was a long night, but", "Kostas Papadimitriou"),
  ("Nobody got everything they wanted.", "Kostas Papadimitriou"),
  ("Our coastal communities have already taken", "Séamus Mac Suibhne"),
  ("very positive for the Spanish fleet,", "Luis Ángel García-Valdés Moreno"),
  ("We came here to defend the", "Luis Ángel García-Valdés Moreno"),
  ("The Commission's original proposal would have", "Luis Ángel García-Valdés Moreno"),
  ("once again chosen short-term profit over", "Oceana"),
  ("Ministers are setting quotas above scientific", "Vera Oliveira-Baptista"),
  ("Western Baltic cod has collapsed.", "Vera Oliveira-Baptista"),
 ]),
]

STORIES_BO = [
# 1 -- UK train drivers strike: said-inversion, split quote, partial quotes, statement, unnamed ministry spokesperson, described speaker, asked/replied
('''Train drivers at 14 English rail operators will walk out for three days next month after talks over pay and working practices collapsed, the drivers' union ASLEF announced on Tuesday.

The strikes, set for May 12, 14 and 16, are expected to shut down most services across the Midlands and the north of England, with several operators warning they will run no trains at all on those days.

"We have sat in rooms for eleven months and been offered nothing we could put to our members with a straight face," said Declan Forsyth, the union's general secretary. "The companies know where we are. They have chosen this."

Forsyth said drivers had not had a pay rise since 2022 and accused ministers of "hiding behind the operators while pulling every string" in the negotiations.

The Rail Delivery Group, which represents the train companies, said in a statement that the walkout would "inflict real damage on passengers and businesses still recovering from the pandemic" and that its offer "remains on the table and is a fair one."

A Department for Transport spokesperson said the government had "no role in these negotiations" and urged the union to put the offer to a vote of its members.

At Leeds station on Tuesday evening, Priya Chandran, a 34-year-old accountant who commutes from Huddersfield, said she would probably work from home on the strike days.

"I don't blame the drivers, exactly, but I've lost count of how many days this has cost me," she said.

A retired teacher waiting for the same train, who did not want to be named, was less sympathetic. "They earn more than most of the people on this platform," he said. "I have no patience left."

Asked whether further dates could follow if the May walkouts failed to move the companies, Forsyth replied: "If nothing changes, then yes. Nobody should be in any doubt about that."''',
 [("We have sat in rooms for", "Declan Forsyth"),
  ("The companies know where we are.", "Declan Forsyth"),
  ("hiding behind the operators while pulling", "Declan Forsyth"),
  ("inflict real damage on passengers and", "Rail Delivery Group"),
  ("remains on the table and is", "Rail Delivery Group"),
  ("no role in these negotiations", "Department for Transport"),
  ("I don't blame the drivers", "Priya Chandran"),
  ("They earn more than most of", "~teacher"),
  ("I have no patience left.", "~teacher"),
  ("If nothing changes, then yes.", "Declan Forsyth")]),

# 2 -- Lufthansa pilots strike: told reporters, company partial quote, quote running over two paragraphs with pronoun, traveller, ministry spokeswoman partial, surname later
('''Pilots at Lufthansa’s main passenger airline will strike for 24 hours on Thursday, the Vereinigung Cockpit union said, in a dispute over company pensions that has already forced the cancellation of hundreds of flights this spring.

The union said the walkout would begin at 00:01 and affect all departures from Germany operated by Lufthansa and its cargo arm, Lufthansa Cargo.

“Our members did not want this, but management has left us no other instrument,” union spokesman Matthias Brenner told reporters in Frankfurt. “We put a compromise on the table in March. It was not even answered properly.”

Lufthansa called the strike “completely unnecessary and disproportionate” and said it would try to rebook affected passengers on partner airlines or move them to trains operated by Deutsche Bahn.

Karin Vogt, the airline’s chief human resources officer, said the company’s latest offer amounted to an increase in pension contributions of more than 10 percent.

“There is a limit to what we can give while we are still paying down the debts of the pandemic years,” she said in a video message to staff, which was seen by the news agency dpa. “Nobody at this company is against good pensions.

“But we are responsible for 100,000 jobs, not only for the people in the cockpit. We remain ready to talk at any time, including tonight.”

At Frankfurt airport on Tuesday, travellers were already checking departure boards. Sabine Krüger, 52, who was due to fly to Lisbon for a family wedding on Thursday, said she had found out about the strike from a news app.

“Nobody from the airline has told me anything,” she said. “I have booked a train to Paris just in case.”

A spokeswoman for the Federal Ministry of Transport said the government would not intervene in collective bargaining, which is protected under the constitution, and that “the parties must resolve this themselves.”

Brenner, speaking later on the broadcaster ZDF, left the door open to a last-minute deal. “If Lufthansa comes back with something serious, we can call this off within hours,” he said.''',
 [("Our members did not want this,", "Matthias Brenner"),
  ("We put a compromise on the", "Matthias Brenner"),
  ("completely unnecessary and disproportionate", "Lufthansa"),
  ("There is a limit to what", "Karin Vogt"),
  ("Nobody at this company is against", "Karin Vogt"),
  ("But we are responsible for 100,000", "Karin Vogt"),
  ("Nobody from the airline has told", "Sabine Krüger"),
  ("I have booked a train to", "Sabine Krüger"),
  ("the parties must resolve this themselves.", "Federal Ministry of Transport"),
  ("If Lufthansa comes back with something", "Matthias Brenner")]),

# 3 -- French refinery strike: told radio, company statement partials, "added", government spokeswoman, called it partial, unnamed taxi driver
('''Strikes at three of France's seven mainland refineries entered a second week on Monday, leaving roughly one in six petrol stations short of at least one type of fuel, according to government figures.

Workers at TotalEnergies sites in Gonfreville-l'Orcher, near Le Havre, and Donges, on the Loire estuary, voted over the weekend to continue the stoppage, which the CGT union launched to demand a 10 percent wage increase.

"The company made 20 billion euros in profit last year, and it is asking us to be reasonable," Éric Lambert, a CGT representative at Gonfreville, told France Inter radio. "We are being reasonable. We are asking for our share."

TotalEnergies said in a statement that it had already offered a 7 percent increase and a one-off bonus, and that the union's demands were "not compatible with the agreements signed with the majority unions."

The company added that its depots were "operating at full capacity" to supply stations and that the situation would improve within days.

Government spokeswoman Claire Morvan said after a cabinet meeting that the state was prepared to requisition workers if the shortages spread further. "We will not let the country run dry," she said. "Dialogue is the first option. It is not the only one."

Lambert called the threat of requisitions "an attack on the right to strike itself" and said the union would challenge any order in court.

In Lille, a queue of about forty cars stretched along the boulevard outside one of the few stations still selling diesel. A taxi driver near the front, who declined to give his name, said he had waited more than an hour.

"Every hour I spend here is an hour I'm not earning," he said. "I understand the strikers, but who understands me?"

Several regional authorities have limited fuel purchases to 30 litres per vehicle, and the government said it had begun releasing strategic reserves.''',
 [("The company made 20 billion euros", "Éric Lambert"),
  ("We are being reasonable.", "Éric Lambert"),
  ("not compatible with the agreements signed", "TotalEnergies"),
  ("operating at full capacity", "TotalEnergies"),
  ("We will not let the country", "Claire Morvan"),
  ("Dialogue is the first option.", "Claire Morvan"),
  ("an attack on the right to", "Éric Lambert"),
  ("Every hour I spend here is", "~driver"),
  ("I understand the strikers, but who", "~driver")]),

# 4 -- Australian port dispute: industry body, unattributed follow-on paragraph, statement partials, union official with quote over two paragraphs, said-inversion
('''Industrial action at DP World’s four Australian container terminals has left a backlog of more than 12,000 containers, an industry body said on Wednesday, as the operator and the Maritime Union of Australia traded blame over stalled wage talks.

Wharfies in Sydney, Melbourne, Brisbane and Fremantle have been holding rolling stoppages and bans on overtime since early October.

Shipping Australia chief executive Rebecca Hollis said some vessels were now waiting up to ten days for a berth at Port Botany. “This is costing importers and exporters tens of millions of dollars a week, and it is ending up on the supermarket shelf,” she said.

“Ships are being diverted to other terminals, and some lines are skipping Sydney altogether.”

DP World said in a statement that the union’s actions were “holding the nation’s supply chain to ransom” and that its offer of an 11.25 percent pay rise over three years was “generous by any measure.”

The union’s assistant national secretary, Warren Doyle, rejected that. “DP World wants to talk about the pay rise and never about the rosters,” he said.

“Our members are working sixteen-hour shifts with a few hours’ notice. They can’t plan a weekend with their kids. That is what this fight is about.

“Nobody on the wharf wants to hold up anybody’s Christmas presents.”

The Fair Work Commission is due on Friday to hear an application from DP World to suspend the action.

At the gates of the Port Botany terminal, trucks were queued along the access road before dawn. “I’ve been sitting in this queue since four this morning and I’ve moved maybe two hundred metres,” said Tony Nguyen, an owner-driver who hauls containers for several freight companies.

Nguyen said he was paid per container, not per hour, and had lost about a third of his usual income since the stoppages began.''',
 [("This is costing importers and exporters", "Rebecca Hollis"),
  ("Ships are being diverted to other", "Rebecca Hollis"),
  ("holding the nation’s supply chain to", "DP World"),
  ("generous by any measure.", "DP World"),
  ("DP World wants to talk about", "Warren Doyle"),
  ("Our members are working sixteen-hour shifts", "Warren Doyle"),
  ("Nobody on the wharf wants to", "Warren Doyle"),
  ("I’ve been sitting in this queue", "Tony Nguyen")]),

# 5 -- Canadian rail lockout: company statement split, told reporters partial, asked/the minister replied, named spokesperson partial, said-inversion
('''Canada's two largest railways locked out nearly 10,000 workers early Thursday, halting freight traffic across the country and sending shippers scrambling to find trucks.

Canadian National Railway (CN) and CPKC said they had been left with no choice after months of talks with the Teamsters Canada Rail Conference failed to produce an agreement.

"This is not a step we take lightly," CN said in a statement issued shortly after midnight Eastern time. "But the union's demands would compromise the safety and reliability of our network."

The union's president, Paul Boucher, told reporters in Calgary that the railways had "manufactured this crisis to get Ottawa to do their bargaining for them."

"They locked the doors on their own workers, and they'll blame us for every empty shelf," Boucher said. "We were at the table. We're still at the table."

Labour Minister Anita Sandhu said she had met both sides on Wednesday night and urged them to return to talks with federal mediators. Asked whether the government would order binding arbitration, the minister replied: "Every option is on the table, but the best deal is the one the parties reach themselves."

CPKC spokesperson Julie Tremblay said the railway had offered wage increases "in line with other major settlements in the country" and was prepared to resume talks immediately.

Business groups warned that the shutdown would ripple quickly through the economy, from ports in Vancouver and Montreal to chemical plants and automakers that depend on rail for parts and finished vehicles.

In Saskatchewan, where the harvest is weeks away, farmers were watching nervously. "If this goes more than a week, we've got grain sitting in bins with nowhere to go," said Gord Halvorsen, who farms near Rosetown. "Every day costs us."''',
 [("This is not a step we", "Canadian National Railway"),
  ("But the union's demands would compromise", "Canadian National Railway"),
  ("manufactured this crisis to get Ottawa", "Paul Boucher"),
  ("They locked the doors on their", "Paul Boucher"),
  ("We were at the table.", "Paul Boucher"),
  ("Every option is on the table,", "Anita Sandhu"),
  ("in line with other major settlements", "Julie Tremblay"),
  ("If this goes more than a", "Gord Halvorsen"),
  ("Every day costs us.", "Gord Halvorsen")]),

# 6 -- US charter bus crash: NTSB member said-inversion, "she added" partial, trooper, company statement on Facebook, unnamed passenger told TV, pastor
('''Federal investigators said Monday they were examining the driver’s hours and the condition of the brakes on a charter bus that left a highway in central Pennsylvania on Saturday night, killing four people and injuring 31.

The bus, operated by Keystone Star Coaches of Allentown, was carrying a church group returning from a trip to Niagara Falls when it veered off Interstate 81 near Harrisburg and rolled down an embankment.

“It is far too early to say what caused this crash, and I would caution everyone against speculating,” said Dana Whitfield, the member of the National Transportation Safety Board leading the investigation. “We will be here as long as we need to be.”

Whitfield said investigators had recovered the bus’s event data recorder and would examine the driver’s logbooks, his cellphone records and the company’s maintenance history. She added that the agency expected to publish a preliminary report “within about thirty days.”

Pennsylvania State Police Trooper Marcus Bell said the driver, a 58-year-old man from Bethlehem, was among those hospitalized and had not yet been interviewed. “He is cooperating, and there’s no indication at this point of impairment,” Bell said.

Keystone Star Coaches said in a statement posted on Facebook that it was “heartbroken beyond words” and was cooperating fully with investigators. “Our drivers and our passengers are family to us,” the statement said.

Federal records show the company was cited twice in the past two years for brake defects, though neither citation led to a vehicle being taken out of service.

A passenger who was treated for a broken wrist told WGAL-TV that the bus had seemed to be going fast in the minutes before the crash. “We were all asleep or half asleep, and then there was this terrible noise,” she said. “People were screaming. I just held on to the seat in front of me.”

Pastor Reginald Moore of Grace Fellowship Church in Allentown, whose congregation organized the trip, asked for prayers at a vigil on Sunday evening. “We lost four beloved members of our family,” he said.''',
 [("It is far too early to", "Dana Whitfield"),
  ("We will be here as long", "Dana Whitfield"),
  ("within about thirty days.", "Dana Whitfield"),
  ("He is cooperating, and there’s no", "Marcus Bell"),
  ("heartbroken beyond words", "Keystone Star Coaches"),
  ("Our drivers and our passengers are", "Keystone Star Coaches"),
  ("We were all asleep or half", "~passenger"),
  ("People were screaming.", "~passenger"),
  ("We lost four beloved members of", "Reginald Moore")]),

# 7 -- Mumbai power failure: said-inversion with title, commuter with pronoun after break, anonymous official partial, company statement partial, opposition legislator, asked
('''Hundreds of thousands of commuters in Mumbai were stranded for nearly four hours on Wednesday morning after a power failure halted suburban trains on the Central Railway's main line during the peak rush.

The outage began at about 8.40 am when a fault at a traction substation near Kalwa cut supply to overhead wires between Thane and Dadar, railway officials said.

"Our teams were on site within minutes, and supply was restored in phases from 11.30," said Sunil Mahajan, chief public relations officer of Central Railway. "We regret the inconvenience caused to passengers."

Many commuters climbed down and walked along the tracks to the nearest stations, ignoring announcements asking them to stay inside the trains. Rekha Pawar, a 29-year-old nurse who travels daily from Dombivli to a hospital in Parel, said she had been stuck between stations for more than an hour.

"There was no fan, no light, nothing. Women were fainting," she said. "Then people just started jumping down. What else could they do?"

A senior railway official, speaking on condition of anonymity because he was not authorised to talk to the media, said the substation's equipment was "well past its service life" and had been scheduled for replacement last year.

Tata Power, which supplies electricity to parts of the network, said in a statement that there had been "no interruption from our side" and that the fault lay within railway infrastructure.

Varsha Kulkarni, a Congress member of the state legislature, said the breakdown showed the neglect of the city's lifeline. "Every monsoon, every summer, it is the same story. The government announces new projects and forgets to maintain the old ones," she said.

Mahajan said an inquiry had been ordered and a report was expected within a week. Asked whether ageing equipment was to blame, he said: "The inquiry will look at every aspect. I will not pre-judge it."''',
 [("Our teams were on site within", "Sunil Mahajan"),
  ("We regret the inconvenience caused to", "Sunil Mahajan"),
  ("There was no fan, no light,", "Rekha Pawar"),
  ("Then people just started jumping down.", "Rekha Pawar"),
  ("well past its service life", "~official"),
  ("no interruption from our side", "Tata Power"),
  ("Every monsoon, every summer, it is", "Varsha Kulkarni"),
  ("The inquiry will look at every", "Sunil Mahajan")]),

# 8 -- Nigeria fuel strike: told a rally, placards (nobody), wrote on X partial, "he added" in later statement, trader, later surname partial, unnamed police spokesman
('''Nigeria’s main labour unions began an indefinite nationwide strike on Monday to protest a sharp rise in petrol prices, shutting schools, banks and government offices in several states and leaving many commuters in Lagos and Abuja without transport.

The Nigeria Labour Congress and the Trades Union Congress called the strike after the state-owned oil company raised the pump price of petrol for the second time in three months.

“Nigerian workers cannot continue to carry the burden of every policy failure in this country,” NLC President Emmanuel Okafor told a rally at the Labour House in Abuja. “We are not asking for luxury. We are asking to be able to get to work.”

Some of the marchers carried placards reading “Fuel price don kill us” and “No to hunger wages.”

Presidential spokesman Bayo Adeyemi wrote on X that the strike was “needless, since dialogue is still ongoing,” and urged workers to return to their posts. In a later statement, he added: “The President feels the pain of ordinary Nigerians. But the reforms are necessary to rescue the economy from collapse.”

In Lagos, bus parks in Oshodi and Ojota were largely deserted by mid-morning. Kehinde Alabi, a 41-year-old trader, said he had walked for almost two hours from Ikeja to reach his shop.

“Transport fare has doubled since January,” he said. “Now there is no transport at all. Which one is better?”

Okafor, asked by reporters whether the unions would accept a partial reversal of the increase, said the strike would go on “until the government shows us something on paper.”

Security was tight around government buildings in the capital. “Officers have been deployed to protect lives and property, and so far the protests have been peaceful,” a spokesman for the Federal Capital Territory Police Command said.''',
 [("Nigerian workers cannot continue to carry", "Emmanuel Okafor"),
  ("We are not asking for luxury.", "Emmanuel Okafor"),
  ("Fuel price don kill us", None),
  ("No to hunger wages.", None),
  ("needless, since dialogue is still ongoing,", "Bayo Adeyemi"),
  ("The President feels the pain of", "Bayo Adeyemi"),
  ("Transport fare has doubled since January,", "Kehinde Alabi"),
  ("Now there is no transport at", "Kehinde Alabi"),
  ("until the government shows us something", "Emmanuel Okafor"),
  ("Officers have been deployed to protect", "Federal Capital Territory Police Command")]),

# 9 -- South Africa blackouts: utility statement ("the utility said"), spokesperson told TV and warned, minister with "the minister said", union federation partial, salon owner over paragraph break
('''South Africa's state power utility Eskom escalated rolling blackouts to Stage 6 on Sunday, meaning many households will be without electricity for up to 10 hours a day, after breakdowns at several coal-fired power stations.

Eskom said in a statement that it had lost eight generating units in less than 48 hours, including two at the Kusile plant in Mpumalanga.

"The system is severely constrained, and we appeal to all South Africans to use electricity sparingly," the utility said.

Eskom spokesperson Lerato Mokoena told eNCA that the utility hoped to return to lower stages by midweek, but warned that "nothing can be guaranteed on a system this fragile."

Electricity Minister Thabo Ndlovu, speaking at a briefing in Pretoria, said the breakdowns showed "how much damage years of neglect have done" to the country's power stations.

"We are fixing it," the minister said. "But I will not stand here and pretend it will be fixed by next week."

The Congress of South African Trade Unions said workers were "paying twice, once on their electricity bills and again in lost wages" as factories cut shifts to cope with the outages.

In Soweto, Nomsa Dlamini, who runs a hair salon from a converted garage, said she had bought a small generator in March but could not afford the petrol to run it every day.

"When the lights go, my customers go," she said. "I have two girls working for me. What do I tell them at the end of the month?"

The blackouts come as the utility seeks a steep tariff increase from the energy regulator, Nersa, which is due to rule on the application next month.''',
 [("The system is severely constrained, and", "Eskom"),
  ("nothing can be guaranteed on a", "Lerato Mokoena"),
  ("how much damage years of neglect", "Thabo Ndlovu"),
  ("We are fixing it,", "Thabo Ndlovu"),
  ("But I will not stand here", "Thabo Ndlovu"),
  ("paying twice, once on their electricity", "Congress of South African Trade Unions"),
  ("When the lights go, my customers", "Nomsa Dlamini"),
  ("I have two girls working for", "Nomsa Dlamini")]),

# 10 -- Cook Strait ferry drift: company "described as" partial, executive told reporters, passenger quote over two paragraphs, investigator, union partial, asked/replied
('''An Interislander ferry carrying 412 passengers and crew lost power in Cook Strait on Friday evening and drifted for nearly an hour before engineers restarted its engines, KiwiRail said.

The Aratere was about 40 minutes out of Wellington, bound for Picton, when it suffered what the company described as “a complete loss of propulsion.” It came within roughly a nautical mile of the rocky coast near Sinclair Head before tugs arrived, according to vessel tracking data.

“At no stage were passengers in immediate danger, and the crew followed emergency procedures to the letter,” KiwiRail’s executive general manager of Interislander, Gareth Lomas, told reporters on Saturday. “But I want to apologise to everyone on board. That was a frightening experience.”

Passenger Hannah Whitcombe, who was travelling with her two children to visit family in Nelson, said the ship had gone suddenly quiet and begun to roll heavily.

“The lights flickered and then the announcement came telling everyone to put on warm clothes and stay seated. My youngest was crying, and honestly I wasn’t far off it myself.

“What I really wanted was someone to tell us what was going on. We didn’t hear anything for about twenty minutes.”

The Transport Accident Investigation Commission said it had opened an inquiry and sent investigators to Wellington. Chief investigator Sarah Pennington said the commission would look at the ship’s maintenance records and its propulsion system. “Our job is to find out why this happened so that it doesn’t happen again, not to apportion blame,” she said.

The Maritime Union of New Zealand said its members had raised concerns about the ageing fleet “repeatedly, and for years.”

Lomas acknowledged that the Aratere was due to be retired next year. Asked whether it was safe to keep sailing in the meantime, he replied: “We would not put that ship to sea if we had any doubt.”''',
 [("a complete loss of propulsion.", "KiwiRail"),
  ("At no stage were passengers in", "Gareth Lomas"),
  ("But I want to apologise to", "Gareth Lomas"),
  ("The lights flickered and then the", "Hannah Whitcombe"),
  ("What I really wanted was someone", "Hannah Whitcombe"),
  ("Our job is to find out", "Sarah Pennington"),
  ("repeatedly, and for years.", "Maritime Union of New Zealand"),
  ("We would not put that ship", "Gareth Lomas")]),

# 11 -- Ryanair cabin crew strike in Spain: said-inversion, statement partial then "the airline added", passenger, consumer group warned partial, later surname partial
('''Cabin crew at Ryanair's Spanish bases began the first of 12 days of strike action on Friday, though the airline said minimum-service rules imposed by the government meant disruption was limited.

The walkout, called by the USO and SITCPLA unions, affects ten bases including Madrid, Barcelona, Málaga and Palma de Mallorca, and is scheduled to continue on four days a week until early January.

"Ryanair treats Spanish labour law as if it were a suggestion," said Lidia Ortega, head of the aviation section at USO. "Our members have waited two years for a collective agreement that respects the minimum wage. They will not wait any longer."

Ryanair said in a statement that 98 percent of its scheduled flights from Spain had operated on Friday and accused the unions of "staging yet another pointless strike" during the busiest holiday period of the year.

"These minority unions do not represent our Spanish cabin crew, who have already accepted pay increases," the airline added.

The Ministry of Transport set minimum services of between 55 and 100 percent for most routes, arguing that many passengers were travelling to see family over Christmas.

At Madrid's Barajas airport, most departures showed as on time. Javier Morales, 38, who was flying to Tenerife with his wife, said he had checked the airline's app every hour since Thursday.

"We were lucky this time," he said. "But you can't plan a family holiday like this, always wondering."

The consumer association FACUA said it had received more than 300 complaints about cancellations and warned that passengers were entitled to compensation "regardless of what the airline says about strikes."

Ortega said the unions were willing to meet Ryanair at the government's mediation service "tomorrow, if they turn up this time."''',
 [("Ryanair treats Spanish labour law as", "Lidia Ortega"),
  ("Our members have waited two years", "Lidia Ortega"),
  ("staging yet another pointless strike", "Ryanair"),
  ("These minority unions do not represent", "Ryanair"),
  ("We were lucky this time,", "Javier Morales"),
  ("But you can't plan a family", "Javier Morales"),
  ("regardless of what the airline says", "FACUA"),
  ("tomorrow, if they turn up this", "Lidia Ortega")]),

# 12 -- Italian transport strike order: ministry partial, said-inversion split, union confederation statement partial, commuter, unnamed ticket inspector
('''Italy’s transport ministry ordered striking rail and local transport workers on Friday to limit a planned 24-hour walkout to just four hours, setting up a fresh clash with unions who accused the government of trampling on the right to strike.

The Ministry of Infrastructure and Transport said the full stoppage, called by the grassroots union USB and several smaller groups for Monday, would cause “intolerable disruption to millions of citizens” and had been called without the notice required by law.

“This is a political decision dressed up as a technical one,” said Marco Bellandi, national coordinator of USB’s transport section. “They can order us to work. They cannot order us to agree with them.”

Bellandi said the union would comply with the order, known in Italy as a precettazione, but would challenge it before the regional administrative court in Lazio.

The CGIL, Italy’s largest union confederation, which is not taking part in Monday’s strike, nonetheless criticised the ministry. In a statement, it said the repeated use of such orders “risks emptying a constitutional right of all meaning.”

At Milan’s Cadorna station, commuters greeted the news with weary resignation. “Four hours or twenty-four, I’ll still be working from home on Monday,” said Francesca Riva, a 45-year-old architect who commutes from Varese. “I’ve stopped getting angry. It’s just part of living here.”

A ticket inspector on the Trenord network, who asked not to be named because he was not authorised to speak publicly, said morale among staff was low after years of disputes. “People shout at us, but we are the ones who haven’t had a proper contract in years,” he said.

Under the ministry’s order, trains and buses will run normally except between 9 a.m. and 1 p.m., when only guaranteed services will operate.''',
 [("intolerable disruption to millions of citizens", "Ministry of Infrastructure and Transport"),
  ("This is a political decision dressed", "Marco Bellandi"),
  ("They can order us to work.", "Marco Bellandi"),
  ("risks emptying a constitutional right of", "CGIL"),
  ("Four hours or twenty-four, I’ll still", "Francesca Riva"),
  ("I’ve stopped getting angry.", "Francesca Riva"),
  ("People shout at us, but we", "~inspector")]),

# 13 -- Dublin Bus assaults: said-inversion, quote running over three paragraphs, company statement partials, police spokesperson partial, unnamed driver, TD partial
('''Dublin Bus drivers on several routes through the north inner city withdrew services for the second evening this week after a driver was punched and spat at by a group of teenagers on Tuesday night.

The driver, a 52-year-old man, was treated at the Mater hospital for facial injuries and has since been discharged, according to the company.

"Our members are not prepared to go out every evening and wonder whether they are coming home in one piece," said Owen Mulcahy, a divisional organiser with SIPTU, which represents most of the company's drivers.

"We have asked for dedicated transport police for years. We have asked for proper screens on every bus. We keep being told it is under review.

"Well, the review is happening on the streets, every night, and our drivers are the ones paying for it."

Dublin Bus said in a statement that the safety of staff and customers was "our number one priority" and that it was working closely with gardaí. It said services would resume "as soon as it is safe to do so."

A spokesperson for An Garda Síochána said a file was being prepared following the incident and that officers had identified "a number of persons of interest."

One driver, who has worked on the 27 route for 15 years and asked not to be named, said he had stopped wearing his uniform jacket on the way home. "You get recognised on the bus home," he said. "I have a wife and kids. I'm not doing this for a pension any more, I'm doing it to pay the mortgage, and some nights I wonder if it's worth it."

Labour TD Aoife Brennan raised the issue in the Dáil on Wednesday, calling the attacks "a national scandal that nobody in government wants to own."''',
 [("Our members are not prepared to", "Owen Mulcahy"),
  ("We have asked for dedicated transport", "Owen Mulcahy"),
  ("Well, the review is happening on", "Owen Mulcahy"),
  ("our number one priority", "Dublin Bus"),
  ("as soon as it is safe", "Dublin Bus"),
  ("a number of persons of interest.", "An Garda Síochána"),
  ("You get recognised on the bus", "~driver"),
  ("I have a wife and kids.", "~driver"),
  ("a national scandal that nobody in", "Aoife Brennan")]),

# 14 -- Kenya matatu strike: chairman told press conference, partial, regulator statement, commuter, police commander, unnamed rider
('''Thousands of commuters in Nairobi walked to work on Monday as matatu operators pulled minibuses off the roads across Kenya to protest a rise in fuel prices and what they described as harassment by traffic police.

The strike, called by the Matatu Owners Association, left bus stops in the city centre and along Thika Road and Mombasa Road largely deserted during the morning rush.

“We cannot keep absorbing these costs. Every time diesel goes up, the passenger blames the driver, and the government blames the world market,” association chairman Simon Kimutai told a press conference in Nairobi.

He said operators would keep their vehicles off the road “until someone in government sits down with us and listens.”

The Energy and Petroleum Regulatory Authority, which sets pump prices monthly, said in a statement that the latest increase reflected higher landed costs and a weaker shilling. “The authority remains committed to cushioning consumers where possible,” the statement said.

Grace Wanjiru, a 27-year-old shop attendant, said she had left her home in Kawangware at 5 a.m. to walk the nine kilometres to her job in the central business district. “My feet are finished,” she said, laughing. “But if I don’t go, I don’t get paid. It’s that simple.”

Nairobi regional police commander George Omondi said officers had been deployed to stop strikers from forcing other drivers off the road. “Nobody will be allowed to stop another person from working,” he said. “Those who want to operate are free to operate.”

Some boda boda motorcycle taxi riders took advantage of the strike, doubling their fares. One rider at the Kencom stage, who declined to give his name, shrugged when asked about the higher prices. “Today is a good day for us. Tomorrow, who knows?” he said.''',
 [("We cannot keep absorbing these costs.", "Simon Kimutai"),
  ("until someone in government sits down", "Simon Kimutai"),
  ("The authority remains committed to cushioning", "Energy and Petroleum Regulatory Authority"),
  ("My feet are finished,", "Grace Wanjiru"),
  ("But if I don’t go, I", "Grace Wanjiru"),
  ("Nobody will be allowed to stop", "George Omondi"),
  ("Those who want to operate are", "George Omondi"),
  ("Today is a good day for", "~rider")]),

# 15 -- Sao Paulo metro strike: told reporters, company partial, court order and pronoun quote, state government note partials, cleaner, banner (nobody)
('''Metro workers in São Paulo went on strike on Tuesday, shutting down four of the city's six subway lines and forcing millions of people onto overcrowded buses and congested roads in Latin America's largest city.

The São Paulo Metro Workers' Union called the stoppage to protest the state government's plans to hand more lines to private operators, as well as to demand the payment of profit-sharing bonuses it says are overdue.

"We are not striking against the population. We are striking for the population, because privatisation will mean worse service and higher fares," union president Camila Duarte told reporters outside the Tatuapé depot, where a banner hung over the gate read "Public transport is not merchandise."

The state-owned Companhia do Metropolitano de São Paulo, known as Metrô, called the strike "abusive and politically motivated, with no basis in labour law."

A regional labour court judge ordered the union to maintain 80 percent of services during rush hours, under penalty of a daily fine of 500,000 reais. Duarte said the union would appeal. "A strike with 80 percent of trains running is not a strike. It is a suggestion," she said.

The São Paulo state government said in a note that the concession plans "will go ahead as scheduled" and that passengers "cannot be held hostage by a corporate agenda."

Lines 4 and 5, which are already run by private companies, operated normally, and queues at their stations stretched out onto the street.

Ana Beatriz Souza, a 31-year-old cleaner, said she had spent almost three hours getting from her home in Itaquera, in the city's far east, to her job in Pinheiros.

"I left at four-thirty in the morning," she said. "I support workers, I'm a worker too, but today it is us who are paying."''',
 [("We are not striking against the", "Camila Duarte"),
  ("Public transport is not merchandise.", None),
  ("abusive and politically motivated, with no", "Companhia do Metropolitano de São Paulo"),
  ("A strike with 80 percent of", "Camila Duarte"),
  ("will go ahead as scheduled", "São Paulo state government"),
  ("cannot be held hostage by a", "São Paulo state government"),
  ("I left at four-thirty in the", "Ana Beatriz Souza"),
  ("I support workers, I'm a worker", "Ana Beatriz Souza")]),

# 16 -- Japan derailment: investigator told reporters, company president apology, asked/partial, unnamed student told NHK, ministry statement with name after quote, resident partial
('''Investigators from the Japan Transport Safety Board began examining the wreckage on Sunday of a limited express train that derailed in heavy rain in Kumamoto Prefecture, injuring 17 passengers, two of them seriously.

The six-car train, operated by Kyushu Railway Co., left the tracks shortly after 7 p.m. on Saturday near Hitoyoshi while travelling at about 80 kilometres per hour, according to the company.

“At this stage we are looking at the possibility that the track bed was weakened by the rain, but we have not ruled anything out,” Hiroshi Tanaka, the lead investigator from the safety board, told reporters at the scene. He said the team would remain in the area for at least three days.

Kyushu Railway president Kenji Morita bowed deeply at a news conference in Fukuoka on Sunday morning. “We have caused enormous trouble and worry to our passengers and to the people of the region,” he said. “I apologise from the bottom of my heart.”

Morita said the train had been running under a speed restriction because of the weather, and that rain gauges along the line had not reached the level at which services are suspended. Asked whether those thresholds were too high, he said the company would “review them in full, without delay.”

A university student who was travelling home to Kagoshima told public broadcaster NHK that the carriage had lurched violently before tipping onto its side. “Bags were flying everywhere, and there was glass on the floor,” he said. “An older man next to me was bleeding from his head. I pressed my scarf against it until the firefighters came.”

The transport ministry instructed all railway operators in Kyushu to inspect lines where heavy rain was forecast. “Passenger safety must take precedence over punctuality in all circumstances,” the Ministry of Land, Infrastructure, Transport and Tourism said in a statement.

A resident who lives beside the tracks said the slope above the line had been “making strange noises for a week” before the accident.''',
 [("At this stage we are looking", "Hiroshi Tanaka"),
  ("We have caused enormous trouble and", "Kenji Morita"),
  ("I apologise from the bottom of", "Kenji Morita"),
  ("review them in full, without delay.", "Kenji Morita"),
  ("Bags were flying everywhere, and there", "~student"),
  ("An older man next to me", "~student"),
  ("Passenger safety must take precedence over", "Ministry of Land, Infrastructure, Transport and Tourism"),
  ("making strange noises for a week", "~resident")]),

# 17 -- Toledo parts plant strike: said-inversion, company statement partial, automaker spokesperson partials, signs (nobody), striker over paragraph break, later surname partial
('''About 1,400 workers at an auto parts plant in Toledo, Ohio, walked off the job early Saturday after their union and the company failed to reach a new contract, a strike that could soon disrupt production at two Ford assembly plants.

Members of United Auto Workers Local 1892 set up picket lines outside Midwest Axle Corp.'s sprawling plant on the city's south side shortly after their contract expired at 11:59 p.m. Friday.

"We gave this company concessions in 2009 when it was on its knees, and we never got them back," said Denise Carver, the local's president. "Now it's making record money and it wants us to keep taking less. That's not going to happen."

Midwest Axle said in a statement that its final offer included raises of 18 percent over four years and "the most generous benefits package in our industry." It said it had made contingency plans to keep supplying customers.

A spokesperson for Ford said the automaker was "monitoring the situation closely" and had enough axle inventory for "several days of normal production."

The Federal Mediation and Conciliation Service said a mediator had been assigned and that talks would resume on Monday.

Along the fence outside the plant's main gate, hand-painted signs read "Record profits, record greed," and passing truck drivers sounded their horns in support.

Jamal Henderson, 44, who has worked at the plant for 19 years, said his wife had taken on extra shifts at a hospital to help the family get through the strike.

"Nobody wants to be out here," he said. "But my son's going to work in a plant someday, and I want there to be a decent job waiting for him."

Carver said the union's strike fund would pay members 500 dollars a week and that they were prepared to stay out "as long as it takes to get a fair deal."''',
 [("We gave this company concessions in", "Denise Carver"),
  ("Now it's making record money and", "Denise Carver"),
  ("the most generous benefits package in", "Midwest Axle Corp."),
  ("monitoring the situation closely", "Ford"),
  ("several days of normal production.", "Ford"),
  ("Record profits, record greed", None),
  ("Nobody wants to be out here,", "Jamal Henderson"),
  ("But my son's going to work", "Jamal Henderson"),
  ("as long as it takes to", "Denise Carver")]),

# 18 -- Manila jeepney strike: told a rally split, signs (nobody), department statement partial, regulator warned, commuter with follow-on paragraph
('''Jeepney drivers and operators in Metro Manila began a three-day transport strike on Monday to protest a government deadline requiring them to join cooperatives and eventually replace their ageing vehicles with modern units costing around 2.5 million pesos each.

Transport group PISTON said thousands of drivers had joined the strike, though traffic authorities said the impact on commuters had been limited, with free rides offered on government buses and military trucks.

“The government calls this modernisation. For us, it is the end of our livelihood,” PISTON president Ramon Dizon told a rally in Quezon City. “Where will a driver who earns 800 pesos a day find two million pesos for a new jeep?”

Signs taped to the jeepneys parked along Commonwealth Avenue read “No to phaseout, yes to fair modernisation.”

The Department of Transportation said in a statement that the programme was “not a phaseout but a transition” and that loans and subsidies were available to operators who consolidated into cooperatives.

Land Transportation Franchising and Regulatory Board chairman Eduardo Villanueva warned that operators who failed to consolidate by the deadline would lose their franchises. “We have extended the deadline three times already,” he said. “At some point, the rules have to mean something.”

At a jeepney stop in Cubao, Maricel Santos, a 36-year-old call centre agent, said she had waited more than 40 minutes for a ride home after her night shift. “I understand the drivers. My father drove a jeepney for twenty years,” she said.

“But the new minibuses are expensive to ride, and the old jeeps are what people like us can afford.”

Transport groups said they would decide on Wednesday whether to extend the strike.''',
 [("The government calls this modernisation.", "Ramon Dizon"),
  ("Where will a driver who earns", "Ramon Dizon"),
  ("No to phaseout, yes to fair", None),
  ("not a phaseout but a transition", "Department of Transportation"),
  ("We have extended the deadline three", "Eduardo Villanueva"),
  ("At some point, the rules have", "Eduardo Villanueva"),
  ("I understand the drivers.", "Maricel Santos"),
  ("But the new minibuses are expensive", "Maricel Santos")]),

# 19 -- Schiphol baggage stoppage: quote then name-cue, airport statement partials, named airline spokeswoman partial, stranded passenger split, told broadcaster
('''Baggage handlers at Amsterdam's Schiphol airport staged a surprise work stoppage on Saturday morning, leaving thousands of suitcases piled up in the arrivals halls and forcing KLM to ask passengers on some European flights to travel with hand luggage only.

The action, which lasted around four hours, was organised by workers at several ground-handling companies in protest at heavy workloads and staff shortages during the summer peak, the FNV trade union said.

"People are lifting tonnes of luggage a day in temperatures above thirty degrees, with too few colleagues and too few breaks," FNV director Joost van Leeuwen said. "This was not planned by us. It came from the floor, and we stand behind them."

Schiphol said in a statement that it understood "the frustration of employees on the work floor" but that the stoppage was "unacceptable for travellers who had nothing to do with it."

A KLM spokeswoman, Marieke de Groot, said the airline had cancelled 22 flights and that baggage left behind would be delivered to passengers "as soon as possible, within days in most cases."

In the arrivals hall, Thomas Bakker, who had flown in from Barcelona with his wife and two young children, had been waiting nearly three hours for the family's suitcases.

"The kids are exhausted, we've got no nappies, and nobody can tell us anything," he said. "I'm not even angry at the handlers. I'm angry that it's got to this point."

Van Leeuwen later told broadcaster NOS that the union would meet employers on Monday. "If there is no concrete offer on staffing, I can't promise there won't be more days like today," he said.''',
 [("People are lifting tonnes of luggage", "Joost van Leeuwen"),
  ("This was not planned by us.", "Joost van Leeuwen"),
  ("the frustration of employees on the", "Schiphol"),
  ("unacceptable for travellers who had nothing", "Schiphol"),
  ("as soon as possible, within days", "Marieke de Groot"),
  ("The kids are exhausted, we've got", "Thomas Bakker"),
  ("I'm not even angry at the", "Thomas Bakker"),
  ("If there is no concrete offer", "Joost van Leeuwen")]),

# 20 -- Polish viaduct collapse: prosecutor spokesman said-inversion, "he added", roads authority statement, contractor partial, relative told TV over two paragraphs, outside expert
('''Prosecutors in the central Polish city of Łódź opened an investigation on Thursday into the partial collapse of a motorway viaduct under renovation, which injured five construction workers, one of them critically.

A section of the deck of the viaduct, which carries the A1 motorway over a railway line east of the city, gave way on Wednesday afternoon as workers were pouring concrete.

“We are investigating possible offences of exposing people to a direct danger of loss of life and failing to comply with safety rules,” said Krzysztof Nowicki, spokesman for the regional prosecutor’s office in Łódź.

Nowicki said investigators had secured documentation from the site and would appoint independent experts in structural engineering. “It is too early to say who is responsible,” he added.

The General Directorate for National Roads and Motorways, which commissioned the works, said the contractor, Budpol, was responsible for the temporary supports under the deck. “We expect full transparency from the contractor and will draw consequences once the causes are known,” the directorate said in a statement.

Budpol said it was “cooperating fully with the prosecutor and the construction inspectorate” and that its thoughts were with the injured men and their families.

Tomasz Wróbel, whose 34-year-old brother Marek was among those injured, told the TVN24 news channel that workers had complained for weeks about pressure to finish the job quickly.

“My brother told me they were working twelve hours a day, six days a week, because of the deadlines. He said more than once that the supports did not look right to him.

“Now he is lying in hospital with a broken spine. Someone has to answer for that.”

Anna Zielińska, a structural engineer at Łódź University of Technology who was not involved in the project, said such failures rarely had anything to do with the permanent structure. “Collapses during concreting are almost always a problem with the falsework,” she told the Polish Press Agency.''',
 [("We are investigating possible offences of", "Krzysztof Nowicki"),
  ("It is too early to say", "Krzysztof Nowicki"),
  ("We expect full transparency from the", "General Directorate for National Roads and Motorways"),
  ("cooperating fully with the prosecutor and", "Budpol"),
  ("My brother told me they were", "Tomasz Wróbel"),
  ("Now he is lying in hospital", "Tomasz Wróbel"),
  ("Collapses during concreting are almost always", "Anna Zielińska")]),

# 21 -- Ofgem price cap: said-inversion split, partial, charity chief wrote on X, trade body partials, department spokesperson partial, pensioner told BBC
('''Household energy bills in Great Britain will rise by 6.4 percent from January, the regulator Ofgem announced on Friday, adding about 110 pounds a year to the typical dual-fuel bill just as winter sets in.

The increase in the price cap, which limits what suppliers can charge per unit of gas and electricity, reflects higher wholesale prices driven by tensions in the Middle East and lower gas storage levels in Europe, Ofgem said.

"We know this is unwelcome news for households who are already struggling, and I won't pretend otherwise," said Jonathan Marsh, Ofgem's chief executive. "But the cap is doing what it is designed to do, which is to make sure people pay a fair price that reflects the real cost of energy."

Marsh urged customers in difficulty to contact their supplier, adding that companies had "clear obligations to treat people fairly."

The charity Citizens Advice said it was already seeing record numbers of people who could not afford to top up prepayment meters. Its chief executive, Helen Oduya, wrote on X: "Another rise, another winter of people choosing between heating and eating. The government must bring in a social tariff now."

Energy UK, which represents suppliers, said companies had "put in place a range of support" and that customers in debt should "not suffer in silence."

A spokesperson for the Department for Energy Security and Net Zero said the government was "determined to bring bills down for good" through investment in clean power.

In Sunderland, 74-year-old retired shipyard worker George Pattinson said he already spent most evenings in one room to save on heating.

"I've got a blanket on my knees as we speak," he told the BBC. "Another hundred pound might not sound much to them in London. It's a lot to me."''',
 [("We know this is unwelcome news", "Jonathan Marsh"),
  ("But the cap is doing what", "Jonathan Marsh"),
  ("clear obligations to treat people fairly.", "Jonathan Marsh"),
  ("Another rise, another winter of people", "Helen Oduya"),
  ("put in place a range of", "Energy UK"),
  ("not suffer in silence.", "Energy UK"),
  ("determined to bring bills down for", "Department for Energy Security and Net Zero"),
  ("I've got a blanket on my", "George Pattinson"),
  ("Another hundred pound might not sound", "George Pattinson")]),

# 22 -- Korean truckers strike: union spokesman at rally, minister with surname cue and "he added" partial, trade association urged, driver over paragraph break, confederation partial
('''South Korea’s government issued an order on Tuesday forcing striking cement truck drivers back to work, the first time it has used such powers, as a nationwide walkout by unionised truckers entered its sixth day.

The Cargo Truckers Solidarity union, which says it represents around 25,000 drivers, walked off the job last Thursday to demand that the government make permanent a minimum freight rate system that guarantees drivers’ income.

“The government is choosing to fight rather than talk,” union spokesman Park Jin-woo said at a rally outside the National Assembly in Seoul. “An order at gunpoint is not a solution. Drivers will keep dying on the roads if they are forced to overwork to survive.”

Land Minister Choi Sang-hoon said the order applied to about 2,500 drivers in the cement sector, where shipments had fallen by around 90 percent. “The damage to the national economy has crossed a line that the government cannot ignore,” Choi told a televised briefing. Drivers who refused to comply would face “stern measures under the law,” he added.

The Korea International Trade Association said exporters had reported losses of more than 1 trillion won ($770 million) since the strike began, with container traffic at Busan port down by nearly a third. It urged the union to “return to the negotiating table immediately.”

At Busan New Port, long lines of idle trucks were parked along access roads. Kim Dong-hyun, 51, who has driven a container truck for 23 years, said he earned about 3 million won a month after paying for fuel, insurance and loan repayments on his vehicle.

“Without the safe rates, I would have to drive fourteen, fifteen hours a day just to pay the bills,” he said. “Nobody wants to be on the road with a driver like that.”

The Korean Confederation of Trade Unions, the umbrella group to which the truckers’ union belongs, called the order “an unconstitutional act of suppression” and said it would consider a general strike.''',
 [("The government is choosing to fight", "Park Jin-woo"),
  ("An order at gunpoint is not", "Park Jin-woo"),
  ("The damage to the national economy", "Choi Sang-hoon"),
  ("stern measures under the law,", "Choi Sang-hoon"),
  ("return to the negotiating table immediately.", "Korea International Trade Association"),
  ("Without the safe rates, I would", "Kim Dong-hyun"),
  ("Nobody wants to be on the", "Kim Dong-hyun"),
  ("an unconstitutional act of suppression", "Korean Confederation of Trade Unions")]),

# 23 -- Toronto transit strike: said-inversion, CEO split, mediator partial then "the 67-year-old" and pronoun, commuter inversion "said Clarke, a 45-year-old", provincial ministry spokesperson partial
('''Toronto's public transit system ground to a halt early Friday after the union representing more than 10,000 subway, streetcar and bus workers walked off the job, hours after talks with a provincial mediator broke down.

The Amalgamated Transit Union Local 113 said its members had rejected the Toronto Transit Commission's final offer by a margin of 78 percent.

"Our members keep this city moving, through snowstorms and pandemics, and they've been told to be grateful for a deal that doesn't keep up with rent," said Local 113 president Sandra Pereira. "We're not walking out because we want to. We're walking out because we were left no choice."

TTC chief executive Richard Lavoie said the commission had offered wage increases totalling 12 percent over three years and improved benefits. "It is a fair offer, and frankly it is the best the city can afford," Lavoie said. "I'd ask the union to come back to the table today."

Provincial mediator Bernard Ashworth, who has handled transit disputes since the 1990s, told reporters the two sides were "not as far apart as the rhetoric suggests." The 67-year-old said he had asked both parties to keep their weekends free.

"I've seen worse gaps closed in a single night," he said.

Commuters scrambled for alternatives. At Union Station, Devon Clarke, who normally takes the Line 1 subway to his job at a downtown hotel, said he had paid 38 dollars for a ride-share.

"I can do that maybe once," said Clarke, a 45-year-old kitchen supervisor. "If this goes on all week, I don't know what I'm going to do."

A spokesperson for the Ontario Ministry of Labour said the province was monitoring the strike and "will not hesitate to act if the strike drags on."''',
 [("Our members keep this city moving,", "Sandra Pereira"),
  ("We're not walking out because we", "Sandra Pereira"),
  ("It is a fair offer, and", "Richard Lavoie"),
  ("I'd ask the union to come", "Richard Lavoie"),
  ("not as far apart as the", "Bernard Ashworth"),
  ("I've seen worse gaps closed in", "Bernard Ashworth"),
  ("I can do that maybe once,", "Devon Clarke"),
  ("If this goes on all week,", "Devon Clarke"),
  ("will not hesitate to act if", "Ontario Ministry of Labour")]),

# 24 -- Puebla pipeline fire: state oil company statement with "adding" partial, civil protection chief told radio, unnamed shopkeeper over paragraph break, regulator inversion
('''Mexican authorities said on Sunday they were investigating whether an illegal tap caused a fire on a Pemex gas pipeline in the central state of Puebla that forced the evacuation of about 2,000 residents and burned for more than eight hours.

No deaths were reported, but nine people were treated for burns and smoke inhalation, according to the state health department.

Petróleos Mexicanos said in a statement that it had detected a drop in pressure on the line shortly before 3 a.m. and closed valves on either side of the leak. “The fire was controlled at 11:40 and is now completely extinguished,” the company said, adding that it had found “evidence consistent with an illegal connection” at the site.

Puebla state civil protection coordinator Rodrigo Salas said residents of three neighbourhoods in the municipality of San Martín Texmelucan could return home on Sunday evening. “We are asking families to be patient,” Salas told local radio. “We will not let anyone back in until the air quality readings are safe.”

Pipeline taps, known in Mexico as huachicoleo, have long been a problem in the region, which lies on a corridor connecting the Gulf coast with Mexico City. The federal Attorney General’s Office said it had opened an investigation and that two people had been detained near the site.

A woman who runs a small grocery shop two blocks from the pipeline, and who asked that her name not be published for fear of reprisals, said she had smelled gas for days before the fire.

“Everybody here knows who is doing it and nobody says anything. We called the emergency number on Wednesday and they told us someone would come.

“Nobody came. Then on Saturday night the sky turned orange.”

The industrial safety regulator, the Agency for Safety, Energy and Environment, said it would carry out its own inspection of the line. “Pemex will have to demonstrate that its monitoring systems worked as they should,” said agency head Lucía Herrera.''',
 [("The fire was controlled at 11:40", "Petróleos Mexicanos"),
  ("evidence consistent with an illegal connection", "Petróleos Mexicanos"),
  ("We are asking families to be", "Rodrigo Salas"),
  ("We will not let anyone back", "Rodrigo Salas"),
  ("Everybody here knows who is doing", "~woman"),
  ("Nobody came. Then on Saturday night", "~woman"),
  ("Pemex will have to demonstrate that", "Lucía Herrera")]),

# 25 -- Sydney rail chaos: union secretary told reporters split, minister with "she said" and partial, operator spokesperson partial, nurse, unnamed construction worker
('''Sydney's rail network was thrown into chaos on Wednesday as industrial action by train crews combined with a signalling fault at Central station, leaving commuters stranded on platforms for hours and prompting the state government to seek orders from the Fair Work Commission.

More than 400 services were cancelled by 9am, according to Transport for NSW, and the trains that did run were packed.

The Rail, Tram and Bus Union has banned its members from working overtime or operating certain older trains as part of a long-running pay dispute with the NSW government.

"We didn't break the signals at Central," the union's NSW secretary, Tom Gallagher, told reporters outside Parliament House. "This network is held together with sticky tape, and the people who keep it running are worn out."

Transport Minister Claire Hennessy said the government would ask the commission to suspend the industrial action. "Enough is enough. Commuters have been used as pawns in this dispute for months," she said.

Asked whether the government would improve its pay offer of 11 percent over three years, Hennessy said it was already "the most the budget can bear."

A Sydney Trains spokesperson said the signalling fault had been caused by "a failed component in an interlocking system" and was repaired by 10.15am.

On the platform at Strathfield, Mei Lin Zhao, a 26-year-old nurse heading to a shift at Royal Prince Alfred Hospital, said she had been waiting for 50 minutes. "I've texted my manager three times," she said. "The patients don't care about any of this. They just need someone to turn up."

A construction worker in a hi-vis vest, who did not give his name, was blunter. "Every week it's something," he said. "I'm going to start driving, and then they can complain about the traffic."''',
 [("We didn't break the signals at", "Tom Gallagher"),
  ("This network is held together with", "Tom Gallagher"),
  ("Enough is enough. Commuters have been", "Claire Hennessy"),
  ("the most the budget can bear.", "Claire Hennessy"),
  ("a failed component in an interlocking", "Sydney Trains"),
  ("I've texted my manager three times,", "Mei Lin Zhao"),
  ("The patients don't care about any", "Mei Lin Zhao"),
  ("Every week it's something,", "~worker"),
  ("I'm going to start driving, and", "~worker")]),
]

STORIES_BP = [
# 1 -- Kogi ex-commissioner remanded: partial quotes, split quote, "She added:" colon cue, organisation statement read
('''A Federal High Court sitting in Abuja on Tuesday ordered that a former Kogi State Commissioner for Health, Dr. Abdulmalik Yakubu Onoja, be remanded in the custody of the Economic and Financial Crimes Commission pending the hearing of his bail application.

Onoja is standing trial on a 14-count charge bordering on the alleged diversion of N2.3 billion meant for the procurement of vaccines and cold-chain equipment between 2019 and 2022. He pleaded not guilty to all the counts when they were read to him.

Counsel to the anti-graft agency, Mr. Rotimi Oyedepo, told the court that the defendant had "shown a clear tendency to evade investigators" and urged the judge to refuse bail.

"My Lord, the defendant was declared wanted for seven months before he was arrested at a hotel in Kaduna," Oyedepo said. "It will be in the interest of justice that he remains in custody until trial."

But counsel to the defendant, Chief Olumide Ajayi-Bankole, SAN, said his client had been "ill and receiving treatment in Cairo" throughout the period in question and had never hidden from the commission.

"There was no attempt to run from anybody. My client wrote to the commission through his lawyers twice, and those letters are before this court," Ajayi-Bankole said.

He also told the court that the former commissioner had surrendered his international passport voluntarily on arrival in the country.

In a short ruling, the trial judge, Justice Halima Abdulkadir Sule, fixed Friday for the hearing of the bail application.

"The court has taken note of the arguments on both sides, but the defendant shall remain in the custody of the commission until then," the judge said.

She added: "Counsel should note that this court will not entertain any further adjournment on flimsy grounds."

The EFCC, in a statement issued in Abuja on Tuesday evening, said the case was one of several it was prosecuting in connection with health funds released during the COVID-19 pandemic.

"The commission remains committed to recovering every kobo stolen from the health sector, no matter how highly placed the suspects may be," the statement read.

Onoja served as commissioner between 2017 and 2023.''',
 [("shown a clear tendency to evade", "Rotimi Oyedepo"),
  ("My Lord, the defendant was declared", "Rotimi Oyedepo"),
  ("It will be in the interest", "Rotimi Oyedepo"),
  ("ill and receiving treatment in Cairo", "Olumide Ajayi-Bankole"),
  ("There was no attempt to run", "Olumide Ajayi-Bankole"),
  ("The court has taken note of", "Halima Abdulkadir Sule"),
  ("Counsel should note that this court", "Halima Abdulkadir Sule"),
  ("The commission remains committed to recovering", "Economic and Financial Crimes Commission")]),

# 2 -- Kenyan doctors' strike: split quote with "he added", ministry statement with partial quote, described mother "asked", title-and-name cue
('''Patients seeking treatment at public hospitals across Kenya were turned away on Monday as doctors began a nationwide strike over delayed salaries and the posting of medical interns.

The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said the industrial action would continue until the government honoured a return-to-work formula signed in May last year.

“We have been patient for eleven months. Our members cannot continue working without pay while the government makes promises it does not keep,” KMPDU Secretary-General Dr. Otieno Wafula told journalists at the union’s offices in Nairobi.

“This strike is not about greed,” he added. “It is about the dignity of the people who keep this country’s hospitals running.”

In a statement issued on Monday afternoon, the Ministry of Health described the strike as “unprotected, unlawful and a danger to patients” and said it had moved to the Employment and Labour Relations Court seeking orders to stop it.

“The Ministry has already released Sh1.2 billion to counties for the payment of arrears, and we urge all doctors to resume duty immediately,” the statement said.

Health Cabinet Secretary Grace Njeri Mwangi later told Citizen TV that the government had “no intention of victimising any doctor who reports back to work”, but warned that county governments would be free to recruit replacements.

At Kenyatta National Hospital, long queues formed outside the casualty department from early morning. A mother who had travelled from Murang’a with her feverish three-year-old son said she had been waiting since dawn.

“They told us there is nobody to see him. Where do they expect us to go with a sick child?” she asked, declining to give her name.

Nurses at the hospital, who are not part of the strike, were attending to emergency cases only.

Wafula said the union’s branches in Mombasa, Kisumu, Nakuru and Eldoret had all complied with the strike notice, which was issued 14 days ago.

“If the Ministry wants this to end, it knows exactly what to do. Sign the papers, pay the doctors and post the interns,” he said.''',
 [("We have been patient for eleven", "Otieno Wafula"),
  ("This strike is not about greed", "Otieno Wafula"),
  ("It is about the dignity of", "Otieno Wafula"),
  ("unprotected, unlawful and a danger to", "Ministry of Health"),
  ("The Ministry has already released Sh1.2", "Ministry of Health"),
  ("no intention of victimising any doctor", "Grace Njeri Mwangi"),
  ("They told us there is nobody", "~mother"),
  ("If the Ministry wants this to", "Otieno Wafula")]),

# 3 -- Hanover Park tavern shooting: police spokesperson, "said a resident" inversion with split quote, partial quote, MEC by surname
('''Five people, including a 12-year-old girl, were killed when gunmen opened fire on a group gathered outside a tavern in Hanover Park on the Cape Flats on Saturday night, Western Cape police said.

Provincial police spokesperson Colonel Nomvuyo Dlamini said officers had been called to the scene in Lonsdale Way shortly after 21:00.

"On arrival, police found the bodies of four adult males and a young girl with multiple gunshot wounds. Three other people were taken to hospital, where they are in a critical condition," Dlamini said.

She said the motive for the attack was still being investigated, but police did not rule out gang involvement. "We are appealing to anyone with information to come forward. The community knows who these people are," she said.

The area has been plagued by a turf war between rival gangs since the beginning of the year. Residents said the shooting started as a group of men watched a soccer match on a television placed outside the tavern.

"I heard maybe twenty shots, one after the other," said a resident who asked not to be named for fear of reprisals. "When I went out, the little one was lying next to her mother. Nobody here sleeps any more."

Hanover Park Community Policing Forum chairperson Faiez Abrahams said residents had repeatedly asked for the army to be deployed in the area.

"We have buried children every month this year. Every month," Abrahams said. "The police come after the shooting, they put up the tape, and then they are gone. We need a permanent presence, not a visit."

He described the response of the provincial government as "too little and far too late".

Western Cape Community Safety MEC Jacobus van Wyk, who visited the scene on Sunday morning, said the provincial government would again ask the national government to hand over some policing powers in gang hotspots.

"The people of Hanover Park deserve to live without fear. Policing is a national competence, and we cannot keep burying children while we wait," van Wyk said.

Police said no arrests had been made by Sunday afternoon.''',
 [("On arrival, police found the bodies", "Nomvuyo Dlamini"),
  ("We are appealing to anyone with", "Nomvuyo Dlamini"),
  ("I heard maybe twenty shots, one", "~resident"),
  ("When I went out, the little", "~resident"),
  ("We have buried children every month", "Faiez Abrahams"),
  ("The police come after the shooting", "Faiez Abrahams"),
  ("too little and far too late", "Faiez Abrahams"),
  ("The people of Hanover Park deserve", "Jacobus van Wyk")]),

# 4 -- Delhi HC negligence award: judge "wrote" with split quote, partial quote, father told newspaper, association statement partial
('''The Delhi High Court on Wednesday directed a private hospital in Dwarka to pay ₹25 lakh as compensation to the family of a 31-year-old woman who died after a routine gall bladder surgery in 2021, holding that the hospital had failed in its duty towards the patient.

Justice Meenakshi Rao, allowing a petition filed by the woman’s father, noted that the records showed the patient had complained of severe abdominal pain for nearly nine hours before a senior surgeon examined her.

“A hospital which admits a patient and charges her for round-the-clock care cannot be heard to say that no doctor was available at night,” Justice Rao said in her 46-page judgment.

“The duty of care does not end when the patient is wheeled out of the operation theatre,” she wrote. “It is, if anything, at its highest in the hours that follow.”

Appearing for Sanjeevani Multispeciality Hospital, senior advocate Rakesh Malhotra had argued that the woman suffered a rare complication that could not have been foreseen, and that the hospital had followed all standard protocols.

The judge rejected that argument, noting that the hospital’s own nursing notes recorded the patient’s falling blood pressure at least three times during the night, and found that she had been denied “even the most basic post-operative care”.

The petitioner, retired schoolteacher Harish Chandra Saxena, said he had waited more than three years for the verdict.

“No amount of money will bring my daughter back. I went to court so that no other father has to stand in that corridor the way I did,” Mr. Saxena told The Hindu outside the court complex.

He said his daughter, Neha, had a four-year-old son. “He still asks when his mother is coming home from the hospital,” he said.

Counsel for the hospital said they would study the judgment before deciding whether to appeal. “We respect the court, but we believe the expert evidence was not fully appreciated,” Mr. Malhotra said.

The Delhi Medical Association, in a statement, said it was concerned about the “growing tendency to criminalise and penalise doctors for outcomes beyond their control” but added that hospitals must ensure adequate staffing at night.

The court directed that the compensation be paid within eight weeks.''',
 [("A hospital which admits a patient", "Meenakshi Rao"),
  ("The duty of care does not", "Meenakshi Rao"),
  ("It is, if anything, at its", "Meenakshi Rao"),
  ("even the most basic post-operative care", "Meenakshi Rao"),
  ("No amount of money will bring", "Harish Chandra Saxena"),
  ("He still asks when his mother", "Harish Chandra Saxena"),
  ("We respect the court, but we", "Rakesh Malhotra"),
  ("growing tendency to criminalise and penalise", "Delhi Medical Association")]),

# 5 -- Bannu polio worker killed: "according to" DPO, "the DPO told Dawn", anonymous vaccinator, EOC statement, minister partial quote
('''A polio vaccinator was shot dead and a policeman escorting her team was injured in an attack in Bannu district of Khyber Pakhtunkhwa on Thursday, the third day of a nationwide vaccination campaign, police said.

According to District Police Officer (DPO) Bannu Zia Ullah Marwat, two unidentified men on a motorcycle opened fire on the team in the Domel area at around 10am and fled.

"The vaccinator, Ms Rukhsana Bibi, died on the spot, while constable Sher Alam received two bullets in the leg and has been shifted to the District Headquarters Hospital," the DPO told Dawn. "A search operation is under way and the area has been cordoned off."

Rukhsana, 38, was a mother of four and had worked with the polio programme for nine years, her colleagues said.

A fellow vaccinator, who was part of another team in the same union council, said the women had been nervous since the campaign began. "We go door to door with one policeman for three or four teams. Everyone knows who we are and where we will be," she said, requesting anonymity.

"We are not soldiers. We only carry drops for children," she said.

The National Emergency Operations Centre for Polio Eradication condemned the killing in a statement and said the campaign would continue in the district under enhanced security.

"Those who attack polio workers are attacking the future of Pakistan's children. Such cowardly acts will not deter us," the statement said.

Khyber Pakhtunkhwa Health Minister Ihtisham Khan Wazir, speaking at a press conference in Peshawar, announced a compensation package of Rs3 million for the family of the deceased and Rs500,000 for the injured constable.

"The provincial government stands with the families of our front-line workers. We will not let terrorists decide whether our children walk or are paralysed," Wazir said.

He added that security for vaccination teams in the southern districts would be reviewed, and that "no team will be sent out without adequate protection from tomorrow".

Pakistan is one of only two countries, along with Afghanistan, where wild poliovirus remains endemic. The country has reported 19 cases so far this year, most of them from Khyber Pakhtunkhwa and Balochistan.''',
 [("The vaccinator, Ms Rukhsana Bibi, died", "Zia Ullah Marwat"),
  ("A search operation is under way", "Zia Ullah Marwat"),
  ("We go door to door with", "~vaccinator"),
  ("We are not soldiers. We only", "~vaccinator"),
  ("Those who attack polio workers are", "National Emergency Operations Centre for Polio Eradication"),
  ("The provincial government stands with the", "Ihtisham Khan Wazir"),
  ("no team will be sent out", "Ihtisham Khan Wazir")]),

# 6 -- Cebu buy-bust with kagawad arrested: PNP rank titles, agency statement "the agency said", partial quote, split quote, "asked ... he replied:"
('''Police seized an estimated ₱68 million worth of suspected shabu and arrested three people, including a village councilman, in a buy-bust operation in Cebu City early Sunday, authorities said.

Police Lieutenant Colonel Ramil Dela Peña, chief of the Cebu City Police Office’s drug enforcement unit, said the suspects were arrested at about 2 a.m. in Barangay Pasil after selling a kilo of the drug to an undercover officer.

“Ten kilos of suspected shabu were recovered from the vehicle of the suspects. We have been monitoring this group for almost three months,” Dela Peña told reporters at a press briefing.

He identified the suspects as Barangay Kagawad Rodel Cabahug, 46; his nephew, Jonathan Cabahug, 29; and Mary Joy Sarmiento, 34, a resident of Talisay City.

Dela Peña said the group was believed to be distributing illegal drugs in Cebu City, Mandaue and Lapu-Lapu, and was supplied by a syndicate operating from inside the national penitentiary. “We are now coordinating with the Bureau of Corrections to determine who is giving them their orders from inside,” he said.

The Philippine Drug Enforcement Agency said in a statement that its Central Visayas regional office had assisted in the operation.

“This operation is proof that no one, not even an elected official, is above the law,” the agency said.

Barangay Pasil captain Ernesto Villaflor said he was “shocked and saddened by the news” that one of his councilmen had been arrested.

“He is a quiet person, he attends our sessions regularly. I never had any reason to suspect him,” Villaflor said. “But if he is guilty, then he must face the consequences like anyone else.”

The suspects are detained at the Cebu City Police Office custodial facility and will face charges for violation of Republic Act 9165, or the Comprehensive Dangerous Drugs Act of 2002, according to Dela Peña.

Asked whether the suspects had resisted arrest, he replied: “No, they did not fight back. It was a clean operation, and nobody was hurt.”''',
 [("Ten kilos of suspected shabu were", "Ramil Dela Peña"),
  ("We are now coordinating with the", "Ramil Dela Peña"),
  ("This operation is proof that no", "Philippine Drug Enforcement Agency"),
  ("shocked and saddened by the news", "Ernesto Villaflor"),
  ("He is a quiet person, he", "Ernesto Villaflor"),
  ("But if he is guilty, then", "Ernesto Villaflor"),
  ("No, they did not fight back", "Ramil Dela Peña")]),

# 7 -- KL Sessions Court bribery charge: Datuk title, DPP partial and full quotes, "he added" with Yang Arif, judge's order, MACC statement "it said", unnamed wife
('''A former senior officer of a state water utility was charged in the Sessions Court here today with 11 counts of accepting bribes totalling RM1.7 million in exchange for helping two companies secure pipe replacement contracts.

Datuk Kamarul Ariffin Zainal, 58, pleaded not guilty to all the charges, which were read out before Judge Rozilah Mohd Salleh.

He was charged under Section 16(a)(A) of the Malaysian Anti-Corruption Commission Act 2009, which carries a jail term of up to 20 years and a fine of not less than five times the amount of the bribe or RM10,000, whichever is higher.

Deputy public prosecutor Nur Aisyah Hashim proposed bail of RM500,000 with one surety, saying the charges were "serious and involved public funds".

"The accused held a position of trust in a government-linked company. The prosecution also asks that his passport be surrendered to the court until the disposal of the case," she said.

Counsel Ravindran Muthusamy, representing Kamarul Ariffin, asked for bail to be reduced, saying his client had cooperated fully with the Malaysian Anti-Corruption Commission (MACC) since he was first called in for questioning in March.

"My client has been a civil servant for more than 30 years. He has a heart condition and he has no intention whatsoever of leaving the country," Ravindran said.

"He came to the MACC on his own, Yang Arif, every time he was asked to," he added.

Judge Rozilah allowed bail of RM300,000 with one surety and ordered the accused to report to the nearest MACC office once a month.

"The accused is also not to disturb or approach any of the prosecution witnesses, directly or indirectly," she said, fixing Aug 14 for case mention.

In a statement later, the MACC said the charges followed an investigation into contracts awarded between 2018 and 2021 worth more than RM90 million.

"The commission will not compromise on any act of corruption in the management of public utilities, which directly affects the people," it said.

Met outside the court, Kamarul Ariffin's wife, who declined to give her name, told reporters briefly: "We believe in the court. We will clear his name."''',
 [("serious and involved public funds", "Nur Aisyah Hashim"),
  ("The accused held a position of", "Nur Aisyah Hashim"),
  ("My client has been a civil", "Ravindran Muthusamy"),
  ("He came to the MACC on", "Ravindran Muthusamy"),
  ("The accused is also not to", "Rozilah Mohd Salleh"),
  ("The commission will not compromise on", "Malaysian Anti-Corruption Commission"),
  ("We believe in the court. We", "~wife")]),

# 8 -- Ondo Lassa fever: "according to him", commissioner by title, NCDC warning partial quote, Hon. council chairman split quote, "he replied:", anonymous nurse
('''The Ondo State Government has confirmed 14 deaths from Lassa fever since January, as the disease continues to spread across five local government areas of the state.

The Commissioner for Health, Dr. Adebayo Ojo-Falodun, disclosed this on Thursday while briefing journalists in Akure on the state’s response to the outbreak.

According to him, 87 cases have been confirmed out of 312 suspected cases, with Owo, Ose and Akoko South-West LGAs the worst hit.

“The figures are worrying, but they are not a cause for panic. Our isolation centre at the Federal Medical Centre, Owo, is fully equipped, and treatment is free for every confirmed patient,” the commissioner said.

He urged residents to store food items in rodent-proof containers and to avoid drying grains by the roadside.

“Lassa fever is preventable. The rat is the enemy, and the rat lives where we leave our food open,” Ojo-Falodun said.

Asked whether the state had enough ribavirin, the drug used to treat the disease, he replied: “We have enough stock for the next three months, and the Federal Government has promised to send more.”

The Nigeria Centre for Disease Control and Prevention (NCDC), in its latest situation report, said Ondo, Edo and Bauchi states accounted for 71 per cent of all confirmed cases in the country this year.

The agency warned that “the case fatality rate among health workers remains unacceptably high” and called on hospitals to observe standard infection prevention measures.

The Chairman of Owo Local Government, Hon. Tunde Akinyemi-Ogunleye, said the council had begun a rodent-control campaign in markets and motor parks.

“We have distributed rat traps to market women and we are fumigating the abattoir this weekend,” he said. “Our people must also stop hunting and eating bush rats, no matter how sweet they think it is.”

At the Federal Medical Centre, Owo, a nurse who did not want to be named because she was not authorised to speak to the press said the isolation ward had admitted 11 patients in the past week alone.

“We are working double shifts. Some of us have not seen our families in days because we are afraid of taking the virus home,” she said.

Lassa fever is an acute viral haemorrhagic illness transmitted mainly through contact with food or household items contaminated with the urine or faeces of infected rats.''',
 [("The figures are worrying, but they", "Adebayo Ojo-Falodun"),
  ("Lassa fever is preventable. The rat", "Adebayo Ojo-Falodun"),
  ("We have enough stock for the", "Adebayo Ojo-Falodun"),
  ("the case fatality rate among health", "Nigeria Centre for Disease Control and Prevention"),
  ("We have distributed rat traps to", "Tunde Akinyemi-Ogunleye"),
  ("Our people must also stop hunting", "Tunde Akinyemi-Ogunleye"),
  ("We are working double shifts. Some", "~nurse")]),

# 9 -- Kilimani murder bond denied: Lady Justice, split quote with "added", advocate and prosecutor, DCI "posted on X" partial, brother's uncued follow-up quote
('''A man accused of killing a university student in a Kilimani apartment last year will remain in custody after the High Court in Nairobi declined to release him on bond on Wednesday.

Lady Justice Diana Kemunto Ochieng ruled that there were compelling reasons to keep Brian Kipchumba Rotich, 27, in remand, citing a pre-bail report which indicated that the victim's family had received threats.

"The court is satisfied that the accused, if released, is likely to interfere with witnesses, some of whom are relatives and friends of the deceased," the judge said.

"This court is alive to the fact that the accused has been in custody for some time," Justice Ochieng added, "and the trial will therefore be fast-tracked."

Rotich is charged with the murder of 22-year-old Faith Achieng Odhiambo, a third-year student at the University of Nairobi, whose body was found in his apartment on October 9, 2023. He denied the charge.

His advocate, Mr. Dunstan Kibet, had asked the court to release him on reasonable terms, arguing that he had been in custody for more than eight months.

"Bail is a constitutional right, my Lady. My client is presumed innocent, and the prosecution has not shown that he is a flight risk," Kibet told the court.

But prosecution counsel Ms. Joyce Wanjala said the accused had attempted to leave the country through the Namanga border two days after the body was discovered.

"He was arrested with a bag packed and a bus ticket to Arusha. That is not the conduct of a man who intends to attend his trial," she said.

After the ruling, the Directorate of Criminal Investigations posted on X that its detectives had "concluded investigations and handed the file to the ODPP" within three weeks of the killing.

Outside the courtroom, Faith's elder brother, Kevin Omondi Odhiambo, said the family was relieved by the decision.

"For us, this is a small step. Faith was a bright girl who wanted to become an engineer, and we just want the truth to come out," he said.

He said the family had been forced to relocate from their home in Kisumu after receiving threatening phone calls. "We are not going to be intimidated. We will be in court every single day until this case is finished."

The matter will be mentioned on July 3 for pre-trial directions.''',
 [("The court is satisfied that the", "Diana Kemunto Ochieng"),
  ("This court is alive to the", "Diana Kemunto Ochieng"),
  ("and the trial will therefore be", "Diana Kemunto Ochieng"),
  ("Bail is a constitutional right, my", "Dunstan Kibet"),
  ("He was arrested with a bag", "Joyce Wanjala"),
  ("concluded investigations and handed the file", "Directorate of Criminal Investigations"),
  ("For us, this is a small", "Kevin Omondi Odhiambo"),
  ("We are not going to be", "Kevin Omondi Odhiambo")]),

# 10 -- Gauteng oncology backlog: MEC split quote, TAC chairperson inverted cue, DA spokesperson "posted on X" and "wrote", described patient and daughter
('''More than 2,000 cancer patients in Gauteng are still waiting for radiation treatment, nearly a year after the provincial health department promised to clear the backlog at Charlotte Maxeke Johannesburg Academic Hospital and Steve Biko Academic Hospital.

Gauteng Health MEC Lerato Mokoena told the provincial legislature’s health portfolio committee on Tuesday that the department had outsourced treatment for 1,340 patients to private facilities since last May.

“We have made real progress, but I will not stand here and pretend the problem is solved,” Mokoena said. “Every patient on that list is a person with a family, and every week of delay matters.”

She said two new linear accelerators at Steve Biko would be operational by the end of September.

The Treatment Action Campaign (TAC), which has been picketing outside the Gauteng Department of Health offices in Johannesburg, said the MEC’s promises had been heard before.

“People are dying while they wait for a date. Some patients who were diagnosed with stage two cancer are now at stage four because nobody called them back,” TAC Gauteng chairperson Sipho Mahlangu said.

Mahlangu said the organisation had documented at least 37 deaths among patients on the waiting list. The department disputed the figure, saying it had not been verified.

DA Gauteng health spokesperson Michelle Pretorius posted on X that the backlog was “a scandal that would have brought down any government that cared about its patients”.

“The money was allocated in 2023. Where did it go, MEC?” she wrote.

Outside Charlotte Maxeke, a 61-year-old woman from Soweto, who has been waiting since November for treatment for cervical cancer, said she had been given three different dates.

“Each time I come, they say the machine is broken or the list has changed. I take two taxis to get here and I go home with nothing,” she said.

Her daughter, who accompanied her, said the family could not afford private care. “We just want someone to tell us the truth,” she said.

The committee asked the department to present a detailed recovery plan within 30 days.''',
 [("We have made real progress, but", "Lerato Mokoena"),
  ("Every patient on that list is", "Lerato Mokoena"),
  ("People are dying while they wait", "Sipho Mahlangu"),
  ("a scandal that would have brought", "Michelle Pretorius"),
  ("The money was allocated in 2023", "Michelle Pretorius"),
  ("Each time I come, they say", "~woman"),
  ("We just want someone to tell", "~daughter")]),

# 11 -- Mumbai "digital arrest" fraud: unnamed victim referred to as "the victim", "the retired official", "the 67-year-old"; DCP with hyphenated surname; agency advisory; expert
('''A 67-year-old retired bank official from Borivali lost Rs 1.12 crore to cyber fraudsters who posed as officers of the Central Bureau of Investigation and kept him under a so-called "digital arrest" for four days, Mumbai Police said on Saturday.

According to the police, the complainant received a call on November 12 from a man who claimed to be from a courier company and told him that a parcel containing drugs and fake passports had been booked in his name.

The call was then transferred to another man, dressed in a police uniform on a video call, who said he was a CBI officer from Delhi.

"They told me my Aadhaar number had been used in a money laundering case and that I would be arrested if I disconnected the call or spoke to anyone," the victim told the Indian Express. "They said even my wife could not know."

The retired official said he was made to transfer money from his fixed deposits into six bank accounts for verification, and was promised the amount would be returned within 48 hours.

"I worked in a bank for 35 years. I used to warn customers about such frauds. I still cannot believe I fell for it," the 67-year-old said.

Deputy Commissioner of Police (Cyber) Priya Deshmukh-Rane said the money had been routed through accounts in Gujarat, Rajasthan and West Bengal within hours.

"We have frozen about Rs 18 lakh so far, and our teams are tracing the rest. These gangs use mule accounts opened with forged documents, and the money moves very fast," she said.

She said no government agency conducts interrogations over video calls. "There is no such thing as a digital arrest in Indian law. If someone calls you and says you are under arrest on a video call, disconnect and dial 1930 immediately," Deshmukh-Rane said.

Cyber law expert Advocate Farhan Qureshi said such frauds relied on fear rather than technology. "The script is the same every time: fear, isolation and urgency. Once they have you on video, they do not let you think," he said.

Maharashtra Cyber, the state's nodal cyber crime agency, said in an advisory that it had received more than 2,700 complaints of such fraud in the first ten months of the year.

"Senior citizens are the most targeted. Families must talk to their elders about these scams," the advisory said.

A case has been registered under sections of the Bharatiya Nyaya Sanhita and the Information Technology Act.''',
 [("They told me my Aadhaar number", "~official"),
  ("They said even my wife could", "~official"),
  ("I worked in a bank for", "~official"),
  ("We have frozen about Rs 18", "Priya Deshmukh-Rane"),
  ("There is no such thing as", "Priya Deshmukh-Rane"),
  ("The script is the same every", "Farhan Qureshi"),
  ("Senior citizens are the most targeted", "Maharashtra Cyber")]),

# 12 -- Sindh High Court on fake medicines: judge "remarked", Barrister counsel, law officer "told the bench", court's written order, partial quote
('''The Sindh High Court on Monday summoned the chief executive officer of the Drug Regulatory Authority of Pakistan (DRAP) in person after expressing dismay over the sale of substandard and counterfeit medicines in Karachi’s markets.

A two-member bench comprising Justice Kausar Sultana Memon and Justice Arshad Ali Baloch was hearing a petition filed by a Karachi-based consumer group, the Patients’ Rights Forum, which alleged that fake antibiotics and cancer drugs were being openly sold in the city’s wholesale medicine market.

“People are buying medicine to save the lives of their loved ones and they are being sold chalk and water,” Justice Memon remarked during the hearing. “Where is the regulator?”

Petitioner’s counsel Barrister Zainab Qureshi-Lakhani told the court that laboratory tests commissioned by the forum had found that 14 of the 40 samples collected from the market contained little or no active ingredient.

“These are not minor deviations, my lord. One sample of an injectable antibiotic given to newborns contained no antibiotic at all,” she said.

A law officer representing DRAP, Assistant Attorney General Muhammad Farooq Jatoi, said the authority had conducted raids and sealed 23 premises in the past six months.

“The authority is taking action within the limits of its manpower. We have only nine inspectors for the whole of Sindh,” he told the bench.

Justice Memon responded that the shortage of staff was “no excuse for letting poison into the market”, and asked why no one had been convicted.

The bench directed the DRAP chief executive to appear on the next date of hearing along with a report on all cases registered in the province since 2022.

“If the regulator cannot regulate, then this court will have to ask who should,” the court said in its written order.

Speaking to reporters outside the court, Patients’ Rights Forum president Dr. Sohail Ahmed Siddiqui said the problem was not limited to Karachi.

“We have seen the same medicines in Hyderabad, Sukkur and Larkana. Poor patients cannot tell the difference, and often neither can the doctors,” he said.

The hearing was adjourned until June 18.''',
 [("People are buying medicine to save", "Kausar Sultana Memon"),
  ("Where is the regulator", "Kausar Sultana Memon"),
  ("These are not minor deviations, my", "Zainab Qureshi-Lakhani"),
  ("The authority is taking action within", "Muhammad Farooq Jatoi"),
  ("no excuse for letting poison into", "Kausar Sultana Memon"),
  ("If the regulator cannot regulate, then", "Sindh High Court"),
  ("We have seen the same medicines", "Sohail Ahmed Siddiqui")]),

# 13 -- Iloilo dengue calamity: PHO interview, governor by title with split quote, DOH statement, unnamed mother inversion, "she warned"
('''The Iloilo provincial government has declared a state of calamity due to a surge in dengue cases, with 2,318 cases and 17 deaths recorded since January, officials said on Tuesday.

The declaration was approved by the Sangguniang Panlalawigan during a special session on Monday afternoon, allowing the province to tap its quick response fund for vector control and hospital supplies.

Provincial Health Officer Dr. Maria Socorro Ledesma said the number of cases was nearly three times higher than in the same period last year.

"Our hospitals are already at full capacity. In some district hospitals, we have two patients sharing one bed, and that is not acceptable," Ledesma said in an interview with Bombo Radyo Iloilo.

She said most of the fatalities were children aged five to 14. "The warning signs are easy to miss. When a child has fever for more than two days, please bring them to the nearest health center. Do not wait," she said.

Gov. Ramon Jalandoni said the province had ordered additional blood supplies and would deploy fogging teams to the 10 most affected towns.

"This is not the time to point fingers," the governor said. "Every household must do its part and clean up stagnant water around their homes."

The Department of Health said in a statement that its Western Visayas office had sent 5,000 dengue test kits and additional intravenous fluids to the province.

"We are closely monitoring the situation in Iloilo and neighboring provinces. The public is reminded to search and destroy mosquito breeding sites and to seek early consultation," the DOH said.

In Barangay Tabucan in Cabatuan town, where three children have died, residents said they had been asking for fogging since June.

"We kept telling the barangay the canal was full of mosquitoes. Now three families here are in mourning," said a mother of two who asked that her name be withheld.

Ledesma said the onset of the rainy season was expected to push the numbers higher. "We have not reached the peak yet. The next six weeks will be critical," she warned.''',
 [("Our hospitals are already at full", "Maria Socorro Ledesma"),
  ("The warning signs are easy to", "Maria Socorro Ledesma"),
  ("This is not the time to", "Ramon Jalandoni"),
  ("Every household must do its part", "Ramon Jalandoni"),
  ("We are closely monitoring the situation", "Department of Health"),
  ("We kept telling the barangay the", "~mother"),
  ("We have not reached the peak", "Maria Socorro Ledesma")]),

# 14 -- Bukit Aman Macau scam bust: Datuk Seri director, consecutive "he said"/"he added", described retired teacher later "the retiree", MCMC statement "it said"
('''Police have crippled a Macau scam syndicate believed to be responsible for more than 400 cases involving losses of RM26 million, with the arrest of 32 people in raids in Selangor, Johor and Penang.

Bukit Aman Commercial Crime Investigation Department (CCID) director Datuk Seri Ahmad Fadzil Hashim said the suspects, aged between 19 and 54, were detained in simultaneous raids on Thursday and Friday.

“The syndicate operated from a rented bungalow in Puchong, which was converted into a call centre with fake police station backdrops,” he told a press conference at Bukit Aman yesterday.

“Victims were shown these backdrops during video calls to convince them they were speaking to real police officers,” he said.

He said 12 of those arrested were foreigners, while the rest were locals recruited through social media advertisements offering jobs with salaries of up to RM6,000 a month.

Ahmad Fadzil said police also seized 48 mobile phones, 11 laptops, two luxury cars and cash amounting to RM185,000.

“We believe the mastermind is a local man who is currently overseas. We are working with Interpol to track him down,” he added.

One of the victims, a 71-year-old retired teacher from Ipoh, lost her life savings of RM410,000 after being told she was under investigation for money laundering.

Speaking by telephone, the retiree said the callers knew her identity card number and home address.

“They were very polite at first, then they became very angry and said I would go to jail if I did not cooperate. I was alone at home and I was so frightened,” she said.

“I did not even tell my children until it was too late,” she added.

Ahmad Fadzil urged the public to verify any calls claiming to be from the police, Bank Negara or the Inland Revenue Board by contacting the National Scam Response Centre at 997.

“No government agency will ever ask you to transfer money into a so-called safe account. If anyone asks you to do that, it is a scam, full stop,” he said.

The Malaysian Communications and Multimedia Commission (MCMC), in a separate statement, said it had blocked 1,642 phone numbers linked to scam activities in the first half of the year.

“The commission will continue to work with telecommunications companies to disrupt scam networks at source,” it said.''',
 [("The syndicate operated from a rented", "Ahmad Fadzil Hashim"),
  ("Victims were shown these backdrops during", "Ahmad Fadzil Hashim"),
  ("We believe the mastermind is a", "Ahmad Fadzil Hashim"),
  ("They were very polite at first", "~teacher"),
  ("I did not even tell my", "~teacher"),
  ("No government agency will ever ask", "Ahmad Fadzil Hashim"),
  ("The commission will continue to work", "Malaysian Communications and Multimedia Commission")]),

# 15 -- Kaduna-Abuja highway abductions: ASP spokesman's statement, unnamed driver "told our correspondent", Hon. lawmaker partial quote and "the lawmaker", Chief vigilante, banner nobody wrote
('''Gunmen have abducted 17 passengers, including a nursing mother and her baby, on the Kaduna-Abuja highway, police in Kaduna State have confirmed.

The passengers, who were travelling in two commercial buses, were attacked near Katari village at about 7pm on Sunday, according to witnesses.

The Kaduna State Police Command spokesman, ASP Mansir Abubakar Hassan, said in a statement on Monday that tactical teams had been deployed to the area.

"The command has deployed operatives of the Anti-Kidnapping Unit, in collaboration with the military and local vigilantes, to comb the forest with a view to rescuing the victims unhurt," Hassan said in the statement.

One of the drivers, who escaped by running into the bush, told our correspondent on phone that the gunmen were more than 20. "They came out from both sides of the road and started shooting at the tyres. I jumped out through the window and ran," he said.

"I could hear the woman with the baby screaming, begging them. I do not know what happened to the others," the driver added.

The member representing Chikun/Kajuru Federal Constituency in the House of Representatives, Hon. Yakubu Danladi Gwamna, described the abduction as "a national embarrassment that shows the highway has been abandoned".

"Government cannot keep telling us the road is safe when our people are being carried away like goats every week. We need permanent military bases along this corridor, not checkpoints that disappear at night," the lawmaker said.

The commander of the Chikun local vigilance group, Chief Ezekiel Bako, said his men had joined the search.

"Our boys know this forest better than anybody. If they give us the support, we will bring our people back," Bako said.

In Kaduna on Monday, anxious relatives of some of the victims gathered at the motor park from where the buses departed. A banner hung on the gate of the park read: "Kaduna-Abuja Road: Travel At Your Own Risk".

As of Monday evening, the abductors had not contacted any of the families, according to relatives who spoke to our correspondent.''',
 [("The command has deployed operatives of", "Mansir Abubakar Hassan"),
  ("They came out from both sides", "~driver"),
  ("I could hear the woman with", "~driver"),
  ("a national embarrassment that shows the", "Yakubu Danladi Gwamna"),
  ("Government cannot keep telling us the", "Yakubu Danladi Gwamna"),
  ("Our boys know this forest better", "Ezekiel Bako"),
  ("Kaduna-Abuja Road: Travel At Your Own", None)]),

# 16 -- Kisumu cholera: CECM Dr by surname, WHO warning partial, named fisherman "asked", Eng. water MD told newspaper, repeated "she said"
('''Kisumu County has confirmed 63 cases of cholera and four deaths in the past two weeks, prompting health officials to close several food kiosks at the Dunga and Usoma beaches along Lake Victoria.

County Executive Committee Member for Health Dr. Millicent Awuor Owino said on Friday that most of the cases had been recorded among fishermen and fish traders.

“We have traced the outbreak to contaminated water drawn directly from the lake for drinking and cooking. The situation is under control, but we are not taking any chances,” Dr Owino said.

She said the county had set up treatment centres at Jaramogi Oginga Odinga Teaching and Referral Hospital and at Nyalenda Health Centre.

“Anyone with watery diarrhoea should go to the nearest health facility immediately. Cholera kills within hours if it is not treated,” she said.

The World Health Organization, in an update on the outbreak, said cases had also been reported in Homa Bay and Siaya, and warned that “the risk of further spread along the lake shore is high” given the ongoing long rains.

At Dunga Beach, fishermen said they had no choice but to use lake water.

“The tap here was dry for three months. What do you want us to drink?” asked Tom Ouma Okello, a fisherman who has worked at the beach for 20 years.

Okello said that the county water company had promised to extend piping to the beach in 2022. “They came, they took photographs, and they left. Nothing happened,” he said.

Kisumu Water and Sanitation Company (KIWASCO) managing director Eng. Peter Nyakach said the project had been delayed by a shortage of funds.

“We have now received the pipes, and work will start next week. We expect Dunga to have clean water by the end of the month,” Nyakach told the Daily Nation.

Dr Owino urged residents to boil or treat drinking water and to avoid eating food from unlicensed vendors. She also announced a ban on public feasts at funerals in the affected wards for the next 30 days.

“I know funerals are important to our people, but we cannot have hundreds of people eating from the same pot during an outbreak,” she said.''',
 [("We have traced the outbreak to", "Millicent Awuor Owino"),
  ("Anyone with watery diarrhoea should go", "Millicent Awuor Owino"),
  ("the risk of further spread along", "World Health Organization"),
  ("The tap here was dry for", "Tom Ouma Okello"),
  ("They came, they took photographs, and", "Tom Ouma Okello"),
  ("We have now received the pipes", "Peter Nyakach"),
  ("I know funerals are important to", "Millicent Awuor Owino")]),

# 17 -- Soweto taxi murders sentence: judge partial then full quotes, split quote, Adv. "argued in mitigation", NPA spokesperson, anonymous chant, widow
('''The Gauteng High Court in Johannesburg on Thursday sentenced a former taxi association chairperson to two life terms for the murders of two rival operators at a Soweto taxi rank in 2021.

Judge Thandeka Mthembu-Naidoo said Sibusiso Gift Khoza, 49, had "treated human life as a cost of doing business" when he ordered the killings of Lucky Mabaso and Themba Zulu, who were shot dead in front of commuters at the Bara taxi rank.

"The accused planned these murders carefully. He hired gunmen, he paid them, and he waited at a safe distance while they did what he paid them for," the judge said.

"This court cannot ignore that the killings were carried out in broad daylight, in front of women and children going to work," she said. "A clear message must be sent."

Khoza's advocate, Adv. Pieter Swanepoel, had asked the court to consider his client's age and the fact that he was a first-time offender.

"My client is the breadwinner for eleven people, including his elderly mother. A long sentence punishes them as much as it punishes him," Swanepoel argued in mitigation.

National Prosecuting Authority (NPA) spokesperson in Gauteng Lumka Ngcobo welcomed the sentence.

"The NPA is satisfied with the sentence. It sends a strong message that violence in the taxi industry will be met with the full might of the law," Ngcobo said.

Two of the gunmen, who pleaded guilty and testified against Khoza, were sentenced to 25 years each last year.

A chant of "Justice for Lucky, justice for Themba" went up in the public gallery as Khoza was led down to the cells.

Mabaso's widow, Nomsa Mabaso, said she could finally begin to heal.

"For three years, I have been coming to this court. Today I can go home and tell my children that the man who took their father will never walk free," she said.

Swanepoel said he would study the judgment before deciding on an appeal.''',
 [("treated human life as a cost", "Thandeka Mthembu-Naidoo"),
  ("The accused planned these murders carefully", "Thandeka Mthembu-Naidoo"),
  ("This court cannot ignore that the", "Thandeka Mthembu-Naidoo"),
  ("A clear message must be sent", "Thandeka Mthembu-Naidoo"),
  ("My client is the breadwinner for", "Pieter Swanepoel"),
  ("The NPA is satisfied with the", "Lumka Ngcobo"),
  ("Justice for Lucky, justice for Themba", None),
  ("For three years, I have been", "Nomsa Mabaso")]),

# 18 -- Kerala Nipah case: minister by title and "Ms." surname, collector's order, virologist quote plus "adding that" partial, anonymous shopkeeper inversion
('''Kerala has confirmed a fresh case of Nipah virus infection in Malappuram district after a 24-year-old man tested positive on Saturday, state Health Minister K.P. Sreelatha said.

The patient, a postgraduate student who had recently returned from Bengaluru, is being treated in the isolation ward of the Government Medical College Hospital, Kozhikode, and his condition is stable.

“There is no need for panic. We have dealt with Nipah before and the protocol is in place. Contact tracing began within an hour of the result,” the minister told reporters in Thiruvananthapuram.

She said 151 people had so far been identified on the primary and secondary contact lists, including 26 health workers from two private hospitals where the student had first sought treatment.

“All high-risk contacts have been placed in isolation, and their samples will be tested over the next 48 hours,” Ms. Sreelatha said.

Malappuram District Collector Arun K. Menon declared containment zones in five wards of the Pandikkad and Anakkayam panchayats. Schools, anganwadis and tuition centres in the area will remain shut until further notice.

“Shops selling essential goods may function from 10 a.m. to 5 p.m. People should wear masks and avoid gatherings, including at places of worship,” the collector said in an order.

Dr. Rajeev Nambiar, a virologist formerly with the Indian Council of Medical Research, said Kerala’s early detection system had improved greatly since the first outbreak in 2018.

“The fact that this case was identified within four days of symptoms is a success of surveillance,” he said, adding that “the fruit bat population in the region means spillovers will keep happening”.

Residents of Pandikkad were anxious. “We are hearing different things on WhatsApp every hour. Some people say the whole village will be locked down,” said a shopkeeper near the bus stand who did not want his name published.

The minister appealed to the public not to spread rumours. “Please rely only on official information from the health department. Fake messages cause more harm than the virus itself,” she said.

Nipah is a zoonotic virus transmitted from fruit bats, and has a high fatality rate in humans. Kerala has reported several outbreaks since 2018, when 17 people died in Kozhikode.''',
 [("There is no need for panic", "K.P. Sreelatha"),
  ("All high-risk contacts have been placed", "K.P. Sreelatha"),
  ("Shops selling essential goods may function", "Arun K. Menon"),
  ("The fact that this case was", "Rajeev Nambiar"),
  ("the fruit bat population in the", "Rajeev Nambiar"),
  ("We are hearing different things on", "~shopkeeper"),
  ("Please rely only on official information", "K.P. Sreelatha")]),

# 19 -- Karachi street-crime killing: SSP by title, partial quote, father's quote over two paragraphs, anonymous CPLC official and shopkeeper, minister's statement
('''A 23-year-old university student was shot dead for resisting a robbery outside his home in Karachi's Gulistan-i-Jauhar area on Tuesday night, police said, the latest in a string of such killings in the city this year.

Senior Superintendent of Police (SSP) East Zubair Ahmed Nizamani said two suspects on a motorcycle intercepted Hamza Tariq as he was parking his car and demanded his mobile phone and wallet.

"According to eyewitnesses, the victim tried to push one of the suspects away, upon which the other opened fire. He received a bullet in the chest and died before he could be taken to hospital," the SSP said.

He said CCTV footage from a nearby building had been obtained and "the suspects will be traced very soon".

Hamza, a final-year student of software engineering at NED University, was the elder of two brothers. His father, Tariq Mehmood, a retired government employee, told reporters at the Edhi morgue that his son had only stepped out to buy groceries for his mother.

"He was going to graduate in two months. He had already got a job offer from a company in Islamabad, and he was so happy about it.

"I am asking the chief minister and the IG: how many more sons must we bury? These people take a phone worth Rs30,000 and they take a life with it," Mehmood said.

According to data compiled by the Citizens-Police Liaison Committee (CPLC), 71 people have been killed in street crime incidents in Karachi since January, and more than 29,000 mobile phones have been snatched.

A CPLC official, speaking on condition of anonymity, said the figures were likely an undercount. "Many people do not even report a snatching any more because they have no hope that anything will come of it," the official said.

A shopkeeper in Block 13, whose shop is near the scene, said residents had hired private guards after repeated incidents. "We have complained to the police station three times this month alone. They come, they take a statement, and nothing happens," he said.

Sindh Home Minister Aijaz Hussain Jamali took notice of the killing and sought a report from the Karachi police chief.

"Criminals who attack citizens will be dealt with an iron hand. I have directed the police to arrest the killers within 48 hours," he said in a statement issued by his office.''',
 [("According to eyewitnesses, the victim tried", "Zubair Ahmed Nizamani"),
  ("the suspects will be traced very", "Zubair Ahmed Nizamani"),
  ("He was going to graduate in", "Tariq Mehmood"),
  ("I am asking the chief minister", "Tariq Mehmood"),
  ("Many people do not even report", "~official"),
  ("We have complained to the police", "~shopkeeper"),
  ("Criminals who attack citizens will be", "Aijaz Hussain Jamali")]),

# 20 -- Sandiganbayan graft conviction: "read the decision, penned by" Associate Justice, Atty. split quote, Ombudsman office statement, Facebook post, unnamed health worker
('''The Sandiganbayan has convicted a former town mayor in Northern Samar of graft over the purchase of ₱14.6 million worth of overpriced medicines and medical supplies in 2017, sentencing him to up to 10 years in prison.

In a 58-page decision promulgated on Wednesday, the anti-graft court’s Fourth Division found former Lavezares mayor Rogelio Balagtas Ponferrada guilty of violating Section 3(e) of Republic Act 3019, or the Anti-Graft and Corrupt Practices Act.

The court found that the medicines were bought from a single supplier without public bidding and at prices up to 300 percent higher than those listed in the Department of Health’s drug price reference index.

“The accused cannot hide behind the signatures of his subordinates. The purchase orders bear his approval, and the overpricing was too glaring to escape the notice of any reasonably prudent official,” read the decision, penned by Associate Justice Leonora Villacorta-Bautista.

Ponferrada was also perpetually disqualified from holding public office and ordered to return ₱9.2 million to the municipal government.

His lawyer, Atty. Clarence Mapa Ilagan, said they would file a motion for reconsideration.

“We respectfully disagree with the decision,” Ilagan told reporters. “My client acted in good faith during an emergency, when there was an outbreak of diarrhea in several barangays and medicines were urgently needed.”

“If we have to go all the way to the Supreme Court, we will,” he added.

Ponferrada, who attended the promulgation via videoconference from a hospital in Catarman, later posted on Facebook: “I have served the people of Lavezares with nothing but sincerity. I leave my fate to God and to the courts.”

The Office of the Ombudsman, which prosecuted the case, welcomed the verdict.

“This conviction should remind local officials that public funds for health are sacred. The sick and the poor are the ones who suffer when these funds are stolen,” the office said in a statement.

Reached by phone, a municipal health worker in Lavezares who asked not to be named said many of the medicines had arrived late and close to expiry.

“Some of the boxes we received would expire in two or three months. We had to throw away a lot of them,” she said.''',
 [("The accused cannot hide behind the", "Leonora Villacorta-Bautista"),
  ("We respectfully disagree with the decision", "Clarence Mapa Ilagan"),
  ("My client acted in good faith", "Clarence Mapa Ilagan"),
  ("If we have to go all", "Clarence Mapa Ilagan"),
  ("I have served the people of", "Rogelio Balagtas Ponferrada"),
  ("This conviction should remind local officials", "Office of the Ombudsman"),
  ("Some of the boxes we received", "~worker")]),

# 21 -- Malaysia vape enforcement: "said Health Minister Datuk Seri Dr" inversion, Dr + name later, traders' association statement, unnamed shop owner "he added", MMA president
('''The Health Ministry will begin full enforcement of the Control of Smoking Products for Public Health Act 2024 next month, with retailers selling vape products to minors facing fines of up to RM20,000, said Health Minister Datuk Seri Dr Hamzah Rashid.

He said the grace period given to traders to comply with the new labelling and display rules would end on Aug 31.

"We have given the industry more than enough time. From Sept 1, there will be no more warnings, only compounds and prosecution," he told reporters after launching a school health programme in Seremban today.

Dr Hamzah said a ministry survey found that 14.9 per cent of secondary school students had used e-cigarettes at least once.

"This is a public health emergency in slow motion. We are seeing children as young as 13 addicted to nicotine, and some of them have ended up in hospital with lung injuries," he said.

The Malaysian E-Vaporiser Traders Association (MEVTA) said in a statement that its members supported the ban on sales to minors but urged the ministry to act against online sellers first.

"Licensed shops check identity cards. The problem is the thousands of unregistered sellers on social media and e-commerce platforms who deliver to anyone," the association said.

A vape shop owner in Petaling Jaya, who declined to be named, said enforcement should not be limited to premises.

"We are not against the law. But if the enforcement is only on shops like mine, the kids will just buy online," he said.

"Some of my customers are adults who quit cigarettes because of vaping. Nobody talks about them," he added.

Malaysian Medical Association (MMA) president Dr Shanmuganathan Rajaratnam welcomed the enforcement but said the ministry should go further.

"Half measures will not work. The government should ban the sale of all flavoured vape products, which are clearly designed to attract young people," he said.

Dr Hamzah said enforcement officers would also monitor online platforms. "We are working with the MCMC to take down online listings and we will act against the platforms if they do not cooperate," he said.''',
 [("We have given the industry more", "Hamzah Rashid"),
  ("This is a public health emergency", "Hamzah Rashid"),
  ("Licensed shops check identity cards", "Malaysian E-Vaporiser Traders Association"),
  ("We are not against the law", "~owner"),
  ("Some of my customers are adults", "~owner"),
  ("Half measures will not work", "Shanmuganathan Rajaratnam"),
  ("We are working with the MCMC", "Hamzah Rashid")]),

# 22 -- Lagos building collapse inquest: Engr. witness, Barrister "asked" and witness "replied", Coroner magistrate by title, agency statement, bereaved mother
('''A Lagos coroner’s court on Monday began an inquest into the deaths of 11 people in the collapse of a seven-storey building under construction in Ojodu Berger last month, with the developer’s former structural engineer telling the court that he had warned against the addition of extra floors.

Testifying before the Coroner, Magistrate Adeola Folarin-Williams, Engr. Chukwuemeka Obiora said the building had been approved as a four-storey structure in 2021.

“I wrote to the developer twice, in March and again in June, to say that the foundation was designed for four floors and could not carry more. Those letters are with me,” Obiora told the court.

“My Lady, I withdrew my services in July because they would not listen,” he said.

Under cross-examination by counsel to the developer, Barrister Ifeoluwa Adesanya, the engineer admitted that he did not report the matter to the Lagos State Building Control Agency (LASBCA).

“Why did you not go to the regulators if you knew lives were at risk?” Adesanya asked.

“I believed that once I withdrew, the developer would be forced to stop. I was wrong, and I regret it every day,” Obiora replied.

The developer, Chief Babatunde Olanrewaju Adekoya, who is also facing criminal charges in a separate case before the Lagos State High Court, was present in court but did not testify.

The Coroner said the inquest would determine the cause of death and whether anyone should be held responsible. “This court is not here to convict anybody, but it will not hesitate to name those whose negligence led to the loss of these lives,” she said.

In a statement on Monday, LASBCA said it had sealed more than 160 buildings across the state in the past year for contravening approved plans.

“The agency wishes to remind developers that building approval is not a formality. Any deviation from the approved plan without a fresh permit is an offence under the law,” the statement said.

Mrs. Folake Ayeni, whose 19-year-old son Damilola was among the labourers killed, said she wanted justice.

“My son went to work to earn money for his school fees. He never came back. Somebody must answer for this,” she said in tears.

The inquest was adjourned until November 20.''',
 [("I wrote to the developer twice", "Chukwuemeka Obiora"),
  ("My Lady, I withdrew my services", "Chukwuemeka Obiora"),
  ("Why did you not go to", "Ifeoluwa Adesanya"),
  ("I believed that once I withdrew", "Chukwuemeka Obiora"),
  ("This court is not here to", "Adeola Folarin-Williams"),
  ("The agency wishes to remind developers", "Lagos State Building Control Agency"),
  ("My son went to work to", "Folake Ayeni")]),

# 23 -- Kayole death in custody: oversight body statement as split quote via acronym, prosecutor and defence, mother's uncued follow-up paragraph, MP split quote
('''Three police officers attached to Kayole Police Station have been charged with the murder of a 26-year-old boda boda rider who died in their custody in March.

Corporal Geoffrey Kiprono Langat, Constable Abdi Hussein Noor and Constable Purity Nyambura Kamau appeared before Justice Lucy Wambui Njoroge at the High Court in Nairobi on Tuesday, where they denied murdering Dennis Mutua Musyoka on March 17.

The charges followed investigations by the Independent Policing Oversight Authority (IPOA), which found that Mutua had been assaulted in the station's cells after being arrested for allegedly failing to produce a riding licence.

"The post-mortem examination established that the deceased died as a result of blunt force trauma to the head and abdomen, consistent with assault," IPOA said in a statement. "The Authority will continue to pursue accountability for every death in police custody."

Prosecutor Ms. Caroline Atieno asked the court to deny the officers bond, saying that some of the witnesses were fellow officers at the station.

"These witnesses work under the same command structure as the accused. There is a real risk that they will be compromised," she said.

Defence lawyer Mr. Evans Kipkorir Sang said his clients had served in the National Police Service for a combined 31 years and would not interfere with the case.

"They have reported to IPOA every time they were summoned. They are not fugitives, and they are not going anywhere," Sang said.

Justice Njoroge directed that the officers remain in custody pending a ruling on bond on Friday.

Mutua's mother, Josephine Mwikali Musyoka, who travelled from Machakos for the hearing, said the family had waited anxiously for the charges.

"Dennis went to the station alive. He could walk, he could talk. Two days later, they told us he had died of a stomach illness," she said.

"We want the whole country to know what happened to my son."

Area MP Hon. Stephen Mwangangi Kilonzo, who attended the hearing, said the case should be a lesson to police officers across the country.

"A police cell should never be a death sentence," he said. "The uniform does not give anyone the right to take a life."

The case will be mentioned on Friday.''',
 [("The post-mortem examination established that the", "Independent Policing Oversight Authority"),
  ("The Authority will continue to pursue", "Independent Policing Oversight Authority"),
  ("These witnesses work under the same", "Caroline Atieno"),
  ("They have reported to IPOA every", "Evans Kipkorir Sang"),
  ("Dennis went to the station alive", "Josephine Mwikali Musyoka"),
  ("We want the whole country to", "Josephine Mwikali Musyoka"),
  ("A police cell should never be", "Stephen Mwangangi Kilonzo"),
  ("The uniform does not give anyone", "Stephen Mwangangi Kilonzo")]),

# 24 -- Mthatha femicide life sentence: magistrate partial then "the magistrate said", NPA spokesperson, victim impact statement "the statement read"/"it continued", NGO activist, banner
('''The Mthatha Regional Court on Friday sentenced a 34-year-old man to life imprisonment for the rape and murder of his former girlfriend, whose body was found in a shallow grave near Ngangelizwe township in 2022.

Regional Court Magistrate Nosipho Gqirana-Dyantyi said Lwazi Mbotshwa had subjected Anathi Sogoni, 25, to “a brutal and cowardly attack” after she ended their relationship.

“Women in this country are entitled to say no, and to walk away from a relationship without fearing for their lives,” the magistrate said.

“The accused decided that if he could not have the deceased, nobody would. That is the thinking this court must denounce in the strongest terms,” she added.

Eastern Cape NPA spokesperson Siyabulela Mgcina said the State had relied on DNA evidence and the testimony of a neighbour who saw the couple arguing on the night Sogoni disappeared.

“The prosecution team worked tirelessly to secure this conviction. We hope the sentence brings some measure of closure to the family,” Mgcina said.

Before sentencing, a victim impact statement written by Sogoni’s mother, Nolitha Sogoni, was read into the record by an intermediary.

“Anathi was my only daughter. She was studying to become a teacher, and she was the first in our family to go to university,” the statement read.

“Every night I still set a plate for her. I do not know how to stop,” it continued.

Ncumisa Mapasa of the Ilitha Women’s Forum, which supported the family during the trial, welcomed the sentence but warned that many cases never reached court.

“For every Anathi who gets justice, there are many women whose cases are withdrawn because the dockets go missing or the witnesses are intimidated,” she said.

A banner tied to the fence outside the court read: “Stop killing our daughters and sisters”.

Mbotshwa showed no emotion as the sentence was handed down.''',
 [("a brutal and cowardly attack", "Nosipho Gqirana-Dyantyi"),
  ("Women in this country are entitled", "Nosipho Gqirana-Dyantyi"),
  ("The accused decided that if he", "Nosipho Gqirana-Dyantyi"),
  ("The prosecution team worked tirelessly to", "Siyabulela Mgcina"),
  ("Anathi was my only daughter", "Nolitha Sogoni"),
  ("Every night I still set a", "Nolitha Sogoni"),
  ("For every Anathi who gets justice", "Ncumisa Mapasa"),
  ("Stop killing our daughters and sisters", None)]),

# 25 -- Supreme Court on undertrials: bench order partials, amicus senior advocate, judge "asked", ASG "submitted" with short partial, second judge, order "said"
('''The Supreme Court on Friday directed all states and Union Territories to file status reports within six weeks on the number of undertrial prisoners who have spent more than a third of the maximum sentence for their alleged offence in jail, calling the situation in Indian prisons "a blot on the criminal justice system".

A bench of Justices Ramesh Chandra Pillai and Sunanda Bhattacharya was hearing a suo motu case on prison conditions, in which senior advocate Gaurav Mehrotra is assisting the court as amicus curiae.

"Section 479 of the BNSS is not a suggestion. It is the law of the land, and it is being ignored in jail after jail," the bench said in its order.

During the hearing, Mehrotra told the court that prisons in several states were operating at more than 150 per cent of capacity.

"In one district jail in Uttar Pradesh, 1,100 prisoners are housed in a facility built for 400. Over 75 per cent of them are undertrials, many of whom cannot afford bail of even Rs 10,000," he said.

Justice Pillai asked Additional Solicitor General Meera Srinivasan, appearing for the Centre, why the undertrial review committees set up on the court's directions years ago were not functioning in many districts.

"Who is monitoring these committees? If they meet only on paper, what is the purpose?" the judge asked.

Srinivasan said the Union Home Ministry had issued an advisory to all states and would "seek compliance reports urgently".

"The Centre is fully committed to decongesting prisons. However, prisons are a state subject, and the primary responsibility lies with the state governments," she submitted.

Justice Bhattacharya said the court was not interested in the shifting of blame. "A poor man who has spent four years in jail for stealing a mobile phone does not care whether it is the Centre or the state that failed him," she said.

The bench also directed district legal services authorities to identify eligible undertrials and move bail applications on their behalf. "No undertrial who is entitled to release under the law should remain in jail for want of a lawyer," the order said.

The matter will next be heard on August 22.''',
 [("a blot on the criminal justice", "Supreme Court"),
  ("Section 479 of the BNSS is", "Supreme Court"),
  ("In one district jail in Uttar", "Gaurav Mehrotra"),
  ("Who is monitoring these committees", "Ramesh Chandra Pillai"),
  ("seek compliance reports urgently", "Meera Srinivasan"),
  ("The Centre is fully committed to", "Meera Srinivasan"),
  ("A poor man who has spent", "Sunanda Bhattacharya"),
  ("No undertrial who is entitled to", "Supreme Court")]),
]

STORIES_BQ = [
# 1 -- Iceland eruption at Fagradalsfjall: partial quote from a statement, statement quote, cue-then-quote, continuation without cue, inversion with title, "the police chief", unnamed hiker ("the man"), inversion with appositive
('''A volcanic eruption began on Friday evening in the Geldingadalir valley on Iceland's Reykjanes Peninsula, about 30 kilometres southwest of the capital, Reykjavík, ending more than three weeks of intense earthquake activity in the area.

The Icelandic Meteorological Office said the eruption was "small at this stage and relatively calm", with lava flowing from a fissure between 500 and 700 metres long. "No volcanic ash has been detected, and the eruption poses no immediate danger to populated areas," the office said in a statement issued shortly after midnight.

It is the first eruption on the peninsula in around 800 years. Flights at Keflavík International Airport, about 25 kilometres from the site, were not disrupted.

Sigrún Hauksdóttir, a volcanologist at the University of Iceland, flew over the fissure on Saturday morning with a coast guard crew. "This is what we would call a gentle eruption," she told the national broadcaster RÚV. "The lava is spreading slowly inside the valley, and it may well fill it over the coming weeks."

She said scientists could not yet predict how long the activity would continue. "It could stop in a few days, or it could go on for months. We simply do not know yet."

Police in the Suðurnes region closed the roads leading to the area and urged the public to stay away because of high concentrations of volcanic gas. "People must understand that the gas can be deadly in low-lying areas, even when the wind is light," said Chief Superintendent Halldór Ólafsson.

Despite the warnings, hundreds of people walked for several hours across rough lava fields over the weekend to see the glowing fissure. Ólafsson said rescue teams had been called out to help several walkers who became exhausted or lost in worsening weather. "We had people out there in trainers and light jackets in the dark," the police chief said.

A hiker from Reykjavík who did not want to be named said the sight had been worth the effort. "I have lived here my whole life and never seen anything like it," the man said, his face lit orange by the lava.

Residents of the fishing town of Grindavík, which had been shaken by thousands of tremors since late February, reacted with relief. "Honestly, many people here slept properly for the first time in weeks," said the town's mayor, Kristín Bergsdóttir. "The shaking has stopped, and the lava is flowing away from the town."
''',
[
    ("small at this stage and", "Icelandic Meteorological Office"),
    ("No volcanic ash has been detected", "Icelandic Meteorological Office"),
    ("This is what we would call", "Sigrún Hauksdóttir"),
    ("The lava is spreading slowly inside", "Sigrún Hauksdóttir"),
    ("It could stop in a few", "Sigrún Hauksdóttir"),
    ("People must understand that the gas", "Halldór Ólafsson"),
    ("We had people out there in", "Halldór Ólafsson"),
    ("I have lived here my whole", "~hiker"),
    ("Honestly, many people here slept properly", "Kristín Bergsdóttir"),
    ("The shaking has stopped, and the", "Kristín Bergsdóttir"),
]),

# 2 -- Haiti earthquake: quote-then-cue with "told", split quote, inversion with "Dr.", description "the 38-year-old", unnamed woman, agency statement (UNICEF)
('''A magnitude 7.2 earthquake struck southwestern Haiti on Saturday morning, killing at least 304 people and injuring more than 1,800, according to the country’s Office of Civil Protection. Thousands of homes, churches and schools were destroyed or badly damaged.

The United States Geological Survey said the quake’s epicentre was about 12 kilometres northeast of Saint-Louis-du-Sud, at a depth of 10 kilometres. The worst damage was reported in and around the towns of Les Cayes and Jérémie.

“Many houses have collapsed, and people are still trapped under the rubble,” Jean-Baptiste Augustin, the director of the civil protection office, told reporters in Port-au-Prince. “Our teams are on the ground, but the roads to the south are damaged and communication is very difficult.”

Augustin urged residents of the affected areas not to return to cracked buildings. “We are asking people to stay calm,” he said, “and to sleep outside tonight if there is any doubt about their house.”

At the main hospital in Les Cayes, patients lay on mattresses and sheets in the courtyard because staff feared aftershocks could bring down the building.

“We are completely overwhelmed here,” said Dr. Marie-Ange Pierre, a surgeon at the hospital. “We have broken legs, head injuries, crushed hands. We are running short of gauze, of painkillers, of everything.”

The 38-year-old, who has worked in Les Cayes since 2012, said she had not slept since the earthquake. “For many of us this is 2010 all over again,” she said, referring to the earthquake that killed more than 200,000 people around the capital eleven years ago.

A woman sitting with a few salvaged belongings outside the ruins of her house on the edge of Les Cayes said she had lost her home and the small shop she ran from its front room. “I was in the kitchen when the ground started to roll,” said the woman, who asked not to be named. “I ran out with my children and the whole wall came down behind us.”

UNICEF said in a statement that about 1.2 million people, including 540,000 children, had been affected. “Children and families urgently need clean water, shelter and health care,” the agency said, warning that Tropical Storm Grace was expected to reach Haiti on Monday night with heavy rain.

The prime minister declared a month-long state of emergency in the four worst-affected departments.
''',
[
    ("Many houses have collapsed, and people", "Jean-Baptiste Augustin"),
    ("Our teams are on the ground,", "Jean-Baptiste Augustin"),
    ("We are asking people to stay", "Jean-Baptiste Augustin"),
    ("and to sleep outside tonight if", "Jean-Baptiste Augustin"),
    ("We are completely overwhelmed here", "Marie-Ange Pierre"),
    ("We have broken legs, head injuries,", "Marie-Ange Pierre"),
    ("For many of us this is", "Marie-Ange Pierre"),
    ("I was in the kitchen when", "~woman"),
    ("I ran out with my children", "~woman"),
    ("Children and families urgently need clean", "UNICEF"),
]),

# 3 -- German floods in the Ahr valley: inversion, surname follow-up, "the 34-year-old" told, unnamed spokesman of an agency after "Asked whether", partial quote in reported speech, pronoun follow-up
('''Rescue workers in western Germany searched on Friday for hundreds of people still unaccounted for after torrential rain turned small rivers into torrents, sweeping away houses, bridges and cars in the states of Rhineland-Palatinate and North Rhine-Westphalia. At least 103 people were confirmed dead.

The worst-hit area was the Ahr valley south of Bonn, where the river rose by several metres within a few hours on Wednesday night. In the village of Schuld, several houses collapsed completely.

"I have lived by this river for 71 years and it was always a little stream," said Heinz Brückner, standing in front of what remained of his garage. "On Wednesday it came through the village like a wall. We went up to the attic and waited for the helicopter."

Brückner said his neighbours, an elderly couple, had still not been found. "Nobody could get to them. The water was already up to the first floor by then."

Tobias Kramer, a volunteer firefighter from Bad Neuenahr-Ahrweiler, said his unit had worked for almost two days without a proper break. "We pulled people out of windows and off rooftops," the 34-year-old told the regional broadcaster SWR. "There are places we still cannot reach because the bridges are gone."

The German Weather Service (DWD) said parts of the region had received more than 150 litres of rain per square metre in 24 hours, more than would normally fall in two months. Asked whether the authorities had been warned in time, a spokesman for the service said: "The warnings were there, and they were at the highest level. What happens with a warning after that is not in our hands."

Annika Weber, a climate scientist at the Potsdam Institute for Climate Impact Research, said it was too early to link the individual event to climate change, but that "warmer air holds more water, and that water has to come down somewhere".

"We will see events like this more often," she said. "The question is whether our towns and our warning systems are ready for them."

The federal government said it would make emergency funds available and that soldiers of the Bundeswehr had been deployed to help with the clean-up.
''',
[
    ("I have lived by this river", "Heinz Brückner"),
    ("On Wednesday it came through the", "Heinz Brückner"),
    ("Nobody could get to them.", "Heinz Brückner"),
    ("We pulled people out of windows", "Tobias Kramer"),
    ("There are places we still cannot", "Tobias Kramer"),
    ("The warnings were there, and they", "German Weather Service"),
    ("warmer air holds more water,", "Annika Weber"),
    ("We will see events like this", "Annika Weber"),
    ("The question is whether our towns", "Annika Weber"),
]),

# 4 -- Tokyo Olympics open without spectators: chant nobody is named for, unnamed office worker, organising committee spokesperson, inversion with age, "she added", partial quote via "described ... as"
('''The Tokyo Olympic Games opened on Friday night in a nearly empty National Stadium, a year later than planned and under a coronavirus state of emergency that has barred spectators from almost all venues.

About 950 officials, dignitaries and journalists watched the opening ceremony inside the 68,000-seat stadium. Outside, several hundred people gathered behind police barriers to catch a glimpse of the fireworks, while a smaller group of demonstrators protested against holding the Games at all.

Chants of “Stop the Olympics, save lives” could be heard from beyond the barriers as the athletes began to enter the arena.

A 52-year-old office worker holding a hand-written placard near Sendagaya station said she had come straight from work. “Hospitals in Tokyo are filling up again, and we are told to stay at home,” said the office worker, who declined to give her name. “Meanwhile thousands of people are flying in from all over the world. It makes no sense.”

A spokesperson for the Tokyo 2020 organising committee defended the decision to go ahead. “We have done everything possible to make these Games safe for the athletes and for the people of Japan,” the spokesperson said, pointing to daily testing and strict limits on athletes’ movements.

Inside the stadium, the roughly 200 volunteers lining the route of the athletes’ parade did their best to fill the silence. “It is sad not to have a crowd, but the athletes still deserve a proper welcome,” said Yuki Tanaka, a 24-year-old university student from Saitama.

Tanaka said the volunteers had been told to keep their distance from the teams. “When the Japanese team walked in, we were cheering as loudly as we could from behind our masks,” she added.

In the Shinjuku district, where restaurants have been asked to close by 8 p.m. and stop serving alcohol, some owners expressed frustration. “The government tells us to stay home, and then it holds the biggest party in the world,” said Hiroshi Saito, 61, who runs a small izakaya near the station.

Saito described the situation as “a contradiction that nobody has been able to explain to me”, and said he had lost about two-thirds of his income since the start of the pandemic.

The organising committee said on Friday that 19 more people linked to the Games had tested positive for the virus, bringing the total since the start of July to 106.
''',
[
    ("Stop the Olympics, save lives", None),
    ("Hospitals in Tokyo are filling up", "~worker"),
    ("Meanwhile thousands of people are flying", "~worker"),
    ("We have done everything possible to", "Tokyo 2020 organising committee"),
    ("It is sad not to have", "Yuki Tanaka"),
    ("When the Japanese team walked in,", "Yuki Tanaka"),
    ("The government tells us to stay", "Hiroshi Saito"),
    ("a contradiction that nobody has been", "Hiroshi Saito"),
]),

# 5 -- Lismore floods: agency Facebook post, inversion with age, quote running over two paragraphs after a colon cue, title-first name, pronoun follow-up with "warned", named evacuee
('''The Wilsons River at Lismore in northern New South Wales peaked at 14.4 metres on Monday, more than two metres above the previous record set in 1954, flooding thousands of homes and businesses across the city's centre and low-lying suburbs.

The NSW State Emergency Service said it had received more than 1,000 calls for help overnight, many of them from people trapped on roofs. "We are at capacity and we are asking anyone who is not in immediate danger to stay where they are," the service said in a post on Facebook early on Monday.

With official rescuers stretched, residents with small aluminium boats went out in the dark to pull neighbours from their houses.

"You could hear people yelling from the roofs all over South Lismore," said Jarrah Kennedy, a 29-year-old plumber who spent the night in his boat. "We just kept going back and forth. I stopped counting after about forty people."

Kennedy described one rescue in detail: "We found an old bloke on his gutter, holding on with one hand and his dog with the other. The water was right up to the eaves.

"We got the dog in first because he wouldn't come without it. Then we got him in, and he just sat there shaking and saying thank you over and over."

Bureau of Meteorology forecaster Helen Carruthers said some parts of the Northern Rivers region had received more than 700 millimetres of rain in three days. "We have not seen rainfall totals like this in the Northern Rivers in living memory," she said.

She warned that more rain was forecast for later in the week. "The catchments are completely saturated, so even moderate falls could cause rivers to rise again very quickly."

At an evacuation centre set up at Southern Cross University, Margaret O'Brien, 78, sat wrapped in a blanket with her cat in a carrier at her feet. "Everything I own is under that water," she said. "I've been through floods in this town before, but nothing like this. Nothing."

The state government said it would activate disaster assistance payments for affected residents. At least four deaths in the region had been linked to the floods by Monday evening.
''',
[
    ("We are at capacity and we", "NSW State Emergency Service"),
    ("You could hear people yelling from", "Jarrah Kennedy"),
    ("We just kept going back and", "Jarrah Kennedy"),
    ("We found an old bloke on", "Jarrah Kennedy"),
    ("We got the dog in first", "Jarrah Kennedy"),
    ("We have not seen rainfall totals", "Helen Carruthers"),
    ("The catchments are completely saturated, so", "Helen Carruthers"),
    ("Everything I own is under that", "Margaret O'Brien"),
    ("I've been through floods in this", "Margaret O'Brien"),
]),

# 6 -- Lytton heat record and fire: unnamed meteorologist of a department, "said Mayor" inversion, told CBC News, two-paragraph quote, wildfire service statement, chief of a First Nation
('''Fire swept through the village of Lytton, British Columbia, on Wednesday evening, destroying most of the community a day after it recorded the highest temperature ever measured in Canada.

Environment and Climate Change Canada said the temperature at Lytton reached 49.6 degrees Celsius on Tuesday, breaking the national record for the third day in a row. “These are temperatures you would expect in a desert, not in the interior of British Columbia,” a meteorologist with the department said.

The village of about 250 people was ordered evacuated shortly before 6 p.m. local time. “It took maybe fifteen minutes from the first smoke to the whole town being on fire,” said Mayor Ronald Haskins, who left with only the clothes he was wearing.

Haskins told CBC News that he had no information on whether anyone had been left behind. “There was no time to go door to door,” he said. “People just got in their cars and drove.”

Carla Morrison, who runs a convenience store on Main Street, said she saw flames coming down the hillside behind the rail line while she was closing up.

“I grabbed my dog and my purse and that was it,” she said. “By the time I got to the highway you couldn’t see the town anymore, just smoke.

“My store, my house, my neighbours’ houses, all of it is gone. I keep thinking about the things I didn’t take.”

The BC Wildfire Service said the fire had grown rapidly in strong winds. “Crews are working to protect structures, but extreme fire behaviour is limiting what can be done safely,” the service said in a statement late on Wednesday.

Chief Darlene Sampson of the Lytton First Nation said members of her community had scattered to Lillooet, Merritt and Kamloops. “Our people have lived on this land for thousands of years, and in one evening we lost so much,” she said. “Some of our elders could not get out quickly, and we still do not know where everyone is.”

The provincial government said it would send emergency support workers to evacuation centres in the region.
''',
[
    ("These are temperatures you would expect", "Environment and Climate Change Canada"),
    ("It took maybe fifteen minutes from", "Ronald Haskins"),
    ("There was no time to go", "Ronald Haskins"),
    ("People just got in their cars", "Ronald Haskins"),
    ("I grabbed my dog and my", "Carla Morrison"),
    ("By the time I got to", "Carla Morrison"),
    ("My store, my house, my neighbours’", "Carla Morrison"),
    ("Crews are working to protect structures,", "BC Wildfire Service"),
    ("Our people have lived on this", "Darlene Sampson"),
    ("Some of our elders could not", "Darlene Sampson"),
]),

# 7 -- Tonga eruption and tsunami: government partial quote and statement, inversion with age, surname follow-up with "referring to", scientist inversion, quote without cue, partial quote after "warning of"
('''The Government of Tonga said on Tuesday that three people had been killed by Saturday's eruption of the Hunga Tonga-Hunga Ha'apai volcano and the tsunami that followed, and described the event as "an unprecedented disaster for Tonga".

In its first official statement since the eruption, which cut the country's only undersea communications cable, the government said several low-lying islands had been badly hit. "All houses on Mango Island have been destroyed, and only two houses remain on Fonoifua Island," the statement said.

Volcanic ash covered much of the main island of Tongatapu, contaminating water supplies and crops.

For Tongans overseas, the days without any contact were agonising. "For three days I did not know whether my parents were alive," said Losana Vaipulu, 41, a nurse in Auckland whose parents live in Nuku'alofa. "Yesterday my cousin finally got through on a satellite phone. They are safe, but the house is covered in ash."

Vaipulu said her church in South Auckland had already filled a shipping container with bottled water and tinned food. "Everyone wants to help, but we are told we have to wait because of COVID," she said, referring to Tonga's strict rules on contact with arriving aid crews.

Scientists said the eruption was among the most powerful recorded in decades. "This was one of the largest explosive eruptions seen anywhere in the world in the past thirty years," said Mark Henderson, a volcanologist at GNS Science in New Zealand. "The pressure wave was picked up by barometers as far away as the United Kingdom."

Henderson said it was not clear whether the volcano would erupt again. "We are watching it closely, but with the communication problems we have very little data from the ground."

Ana Lolohea of the Tonga Red Cross Society said her teams were distributing water containers and hygiene kits. "Clean drinking water is our biggest concern right now," she said, warning of "a real risk of diarrhoea and other disease outbreaks" if supplies ran short.

New Zealand and Australian military aircraft were expected to land in Nuku'alofa later in the week once the runway had been cleared of ash.
''',
[
    ("an unprecedented disaster for Tonga", "Government of Tonga"),
    ("All houses on Mango Island have", "Government of Tonga"),
    ("For three days I did not", "Losana Vaipulu"),
    ("Yesterday my cousin finally got through", "Losana Vaipulu"),
    ("Everyone wants to help, but we", "Losana Vaipulu"),
    ("This was one of the largest", "Mark Henderson"),
    ("The pressure wave was picked up", "Mark Henderson"),
    ("We are watching it closely, but", "Mark Henderson"),
    ("Clean drinking water is our biggest", "Ana Lolohea"),
    ("a real risk of diarrhoea and", "Ana Lolohea"),
]),

# 8 -- Petrópolis landslides: civil defence statement, split quote with compound surname, follow-up quote, colonel told TV Globo, unnamed street vendor, partial quote via "called it", pronoun follow-up
('''At least 94 people were killed after torrential rain triggered landslides and floods in Petrópolis, a historic city in the mountains north of Rio de Janeiro, on Tuesday afternoon, Brazilian authorities said on Wednesday. Dozens more were missing.

“In three hours it rained more than was expected for the whole of February,” the Rio de Janeiro State Civil Defence said in a statement, adding that 258 millimetres had fallen in the city centre.

The worst damage was in the Morro da Oficina neighbourhood, where a hillside gave way and buried around 80 houses under mud and rock.

Rosângela Ferreira da Silva, 54, stood at the edge of the mudslide on Wednesday morning watching firefighters dig with shovels and their hands. Her son, his wife and their baby daughter lived in one of the houses.

“I have been here since last night,” Ferreira da Silva said, “and nobody can tell me anything about my son.” She said she had last spoken to him by phone at about five o’clock. “He said the water was coming into the house and he was going to take the baby to the neighbour’s.”

Colonel Leandro Monteiro of the state fire department said more than 500 firefighters were involved in the search. “We are still working with the possibility of finding survivors,” he told TV Globo. “But the ground is unstable, and every time it rains again we have to pull the teams back.”

A street vendor who had sold snacks on Rua Teresa for twenty years said the floodwater had carried away his stall and two parked buses. “I saw cars floating down the street like toys,” the vendor said.

Experts said the disaster had been predictable. Carla Nogueira, a geologist at the Federal University of Rio de Janeiro, called it “a tragedy announced years in advance”, noting that Petrópolis has a long history of deadly landslides.

“The risk maps have existed for more than a decade,” she said. “What is missing is a housing policy that gets people off these slopes.”

The president, who was on an official trip abroad, said federal aid would be sent to the city.
''',
[
    ("In three hours it rained more", "Rio de Janeiro State Civil Defence"),
    ("I have been here since last", "Rosângela Ferreira da Silva"),
    ("and nobody can tell me anything", "Rosângela Ferreira da Silva"),
    ("He said the water was coming", "Rosângela Ferreira da Silva"),
    ("We are still working with the", "Leandro Monteiro"),
    ("But the ground is unstable, and", "Leandro Monteiro"),
    ("I saw cars floating down the", "~vendor"),
    ("a tragedy announced years in advance", "Carla Nogueira"),
    ("The risk maps have existed for", "Carla Nogueira"),
    ("What is missing is a housing", "Carla Nogueira"),
]),

# 9 -- Sri Lanka economic crisis protests: sign nobody is named for, inversion with description, two-paragraph quote, driver who gives only his first name, partial quote via "described ... as", central bank statement
('''Thousands of people gathered on Galle Face Green in central Colombo on Saturday for a second week of protests over Sri Lanka's worst economic crisis since independence in 1948, calling on the president and his government to resign.

Shortages of fuel, cooking gas and medicines, together with power cuts lasting up to 13 hours a day, have caused widespread anger across the island of 22 million people. Protesters have set up a tent camp opposite the Presidential Secretariat, with a library, a first-aid post and a community kitchen.

One hand-painted sign propped against a tent read: "We want our future back."

"My generation has never really protested before," said Dilani Perera, a 26-year-old software engineer who has slept at the site for five nights. "We grew up after the war, we studied, we got jobs, and now we cannot even buy milk powder.

"We are not here for any party. We are here because we have nothing left to lose."

A short walk away, a queue of three-wheelers stretched for more than a kilometre along Galle Road outside a filling station. "If I do not drive, my family does not eat," said one driver, who gave his name only as Ranjith. "I have been in this line since four o'clock this morning and they say there may be no petrol today."

Ranjith, 52, said he had sold his wife's gold chain last month to pay the rent.

Nimal Wickramasinghe, an economist at the University of Colombo, described the crisis as "the result of years of borrowing and bad decisions" made worse by the collapse of tourism during the COVID-19 pandemic. "The country simply has no dollars left to pay for imports," he said. "Until that changes, the queues will not go away."

The Central Bank of Sri Lanka said on Friday it had raised its key interest rates by seven percentage points. "The Central Bank is taking all necessary measures to restore stability in the economy," the bank said in a statement.
''',
[
    ("We want our future back.", None),
    ("My generation has never really protested", "Dilani Perera"),
    ("We grew up after the war,", "Dilani Perera"),
    ("We are not here for any", "Dilani Perera"),
    ("If I do not drive, my", "Ranjith"),
    ("I have been in this line", "Ranjith"),
    ("the result of years of borrowing", "Nimal Wickramasinghe"),
    ("The country simply has no dollars", "Nimal Wickramasinghe"),
    ("Until that changes, the queues will", "Nimal Wickramasinghe"),
    ("The Central Bank is taking all", "Central Bank of Sri Lanka"),
]),

# 10 -- Chile constitutional referendum: electoral service statement, named shopkeeper then surname, campaign spokeswoman, "Asked whether ... she replied:", political scientist, "he said" after paragraph break, surname cue in split position
('''Chilean voters on Sunday rejected a proposed new constitution by a wide margin, dealing a heavy blow to the left-wing government that had campaigned for it and leaving in place a charter drafted under the military dictatorship of the 1970s and 1980s.

With nearly all ballots counted, 61.9 per cent had voted against the text and 38.1 per cent in favour, according to the Electoral Service of Chile (Servel). Voting was compulsory for the first time in a decade, and more than 13 million people cast ballots.

“The process was carried out normally across the whole country,” the electoral service said in a statement late on Sunday.

In the working-class Santiago district of Maipú, shopkeeper Sebastián Rojas, 47, said he had voted in favour of drafting a new constitution in 2020 but against this one. “I wanted a new constitution, but not this one,” he said. “It was too long, and it tried to change everything at once.”

Rojas, who sells hardware, said many of his neighbours had felt the same. “People here are worried about crime and about prices. They did not see themselves in that document.”

At the headquarters of the campaign for approval in central Santiago, supporters cried and hugged as the results came in. “We accept the result with humility,” said Valentina Muñoz, a spokeswoman for the campaign. “But the demand for change that brought millions into the streets in 2019 has not gone away, and it will not go away.”

Muñoz said the campaign would push for a new drafting process. Asked whether the text had been too ambitious, she replied: “Perhaps we asked for too much at once. That is a conversation we will have to have.”

Ignacio Fuentes, a political scientist at the Pontifical Catholic University of Chile, said the scale of the defeat had surprised both sides. “Nobody expected a margin of more than twenty points,” he said.

He said the political parties would now have to agree on a new route to constitutional reform. “Almost everyone, including most of those who voted no, says they still want a new constitution,” Fuentes said. “The question is who writes it, and how.”
''',
[
    ("The process was carried out normally", "Electoral Service of Chile"),
    ("I wanted a new constitution, but", "Sebastián Rojas"),
    ("It was too long, and it", "Sebastián Rojas"),
    ("People here are worried about crime", "Sebastián Rojas"),
    ("We accept the result with humility", "Valentina Muñoz"),
    ("But the demand for change that", "Valentina Muñoz"),
    ("Perhaps we asked for too much", "Valentina Muñoz"),
    ("Nobody expected a margin of more", "Ignacio Fuentes"),
    ("Almost everyone, including most of those", "Ignacio Fuentes"),
    ("The question is who writes it,", "Ignacio Fuentes"),
]),

# 11 -- Kenya general election: named voter, inversion with age, commission statement, unnamed presiding officer ("the officer"), partial quote from an observer group, head named then surname cue
('''Kenyans voted on Tuesday in a closely fought general election to choose a new president, members of parliament, governors and county representatives, with long queues forming outside polling stations before dawn in many parts of the country.

In Nyeri, in the central highlands, Wanjiru Kamau, 63, was among the first in line at a primary school. "I came at five in the morning because I wanted to be the first one," she said, holding up a finger stained with indelible ink. "My children are grown, but I vote for my grandchildren."

Voting was slower in some places because of problems with the electronic kits used to identify voters by their fingerprints. "The machine could not read my fingerprints," said Brian Otieno, 31, a motorcycle taxi rider in Kisumu. "They told me to wait, and I waited for three hours. But I did not go home."

The Independent Electoral and Boundaries Commission acknowledged the failures in a number of counties. "Where the kits have failed, presiding officers have been instructed to use the printed register of voters," the commission said in a statement issued at midday.

A presiding officer at a school in Nairobi's Kibera area, who asked not to be named because he was not authorised to speak to the media, said about 200 voters at his station had been affected. "We followed the instructions and everyone who was registered was able to vote in the end," he said.

The officer said turnout at his station had been lower than in 2017. "Many young people have told us they don't see the point," he said.

The Elections Observation Group, a coalition of civil society organisations that deployed more than 5,000 observers, said voting had been "largely peaceful and orderly" in the polling stations it monitored. Its head, Grace Achieng, urged patience while results were tallied. "Kenyans have done their part today," Achieng said. "Now we ask all candidates to wait for the official results and to take any complaints to the courts, not to the streets."

The commission has seven days to declare the winner of the presidential race.
''',
[
    ("I came at five in the", "Wanjiru Kamau"),
    ("My children are grown, but I", "Wanjiru Kamau"),
    ("The machine could not read my", "Brian Otieno"),
    ("They told me to wait, and", "Brian Otieno"),
    ("Where the kits have failed, presiding", "Independent Electoral and Boundaries Commission"),
    ("We followed the instructions and everyone", "~officer"),
    ("Many young people have told us", "~officer"),
    ("largely peaceful and orderly", "Elections Observation Group"),
    ("Kenyans have done their part today", "Grace Achieng"),
    ("Now we ask all candidates to", "Grace Achieng"),
]),

# 12 -- Pakistan floods: authority report, farmer with two-paragraph quote, surname follow-up, doctor, partial quote after "warned of", unnamed mother of five
('''Pakistan’s National Disaster Management Authority said on Tuesday that at least 1,136 people had been killed since mid-June in floods caused by unusually heavy monsoon rain, and that a third of the country was under water.

“More than 33 million people have been affected by the floods,” the authority said in its daily report, adding that close to a million homes had been damaged or destroyed.

Southern Sindh province has been among the hardest hit. In Dadu district, the Indus River and its canals have burst their banks, leaving villages standing like islands in a brown lake that stretches to the horizon.

Ghulam Rasool, a 55-year-old farmer, was living with his family of nine under a plastic sheet on a raised road outside the town of Johi. “The water took everything, the cotton, the rice, the buffaloes,” he said. “We left with only the clothes we were wearing.

“I have farmed this land since I was a boy, like my father. Now I do not know whether there will be anything to farm next year.”

Rasool said the family had received one delivery of flour from a charity but no help from the government. “We drink the same water that the animals are drinking,” he said.

At a medical camp run in a school in Sukkur, Dr. Sana Baloch said she and two colleagues were seeing more than 300 patients a day. “Every day we see more children with diarrhoea, fever and skin infections,” she said. “Malaria will come next, because the water is standing everywhere.”

She warned of “a second disaster caused by disease” unless clean water and medicines reached the camps quickly.

A mother of five who had walked for two days to reach the camp held her youngest child on her lap as she waited. “He has had a fever for four days and I have no money for medicine,” she said. “I only want somebody to look at him.”

International aid agencies have launched an emergency appeal, and the first relief flights arrived in Islamabad at the weekend.
''',
[
    ("More than 33 million people have", "National Disaster Management Authority"),
    ("The water took everything, the cotton,", "Ghulam Rasool"),
    ("We left with only the clothes", "Ghulam Rasool"),
    ("I have farmed this land since", "Ghulam Rasool"),
    ("We drink the same water that", "Ghulam Rasool"),
    ("Every day we see more children", "Sana Baloch"),
    ("Malaria will come next, because the", "Sana Baloch"),
    ("a second disaster caused by disease", "Sana Baloch"),
    ("He has had a fever for", "~mother"),
    ("I only want somebody to look", "~mother"),
]),

# 13 -- La Palma eruption: unnamed spokesperson of an institute, named resident with follow-up "she said quietly", inversion with "whose family", surname and "the farmer", volcanologist
('''Lava from the volcano that erupted on Sunday on the Spanish island of La Palma continued to advance towards the coast on Tuesday, destroying at least 166 houses and forcing more than 6,000 people to leave their homes, according to the island's authorities.

The eruption, the first on La Palma since 1971, began on the slopes of the Cumbre Vieja ridge in the municipality of El Paso. Two rivers of lava, in places several metres high, have since moved down through farmland and villages.

"The lava flows are moving slowly, at around 200 metres an hour, but they are very thick and they are burning everything in their path," a spokesperson for the Canary Islands Volcanology Institute (Involcan) said. The institute said it was not possible to predict how long the eruption would last.

In the village of Todoque, Carmen Rodríguez, 68, watched on a neighbour's mobile phone as the lava reached her street. "I saw my house go on the television," she said. "Forty years of my life, gone in ten minutes. I still have the key in my pocket."

Her son had managed to collect some documents and family photographs on Sunday night before police closed the road. "At least we have the photos," she said quietly.

The flows have also covered hundreds of hectares of banana plantations, the backbone of the island's economy. "The bananas are the island," said Juan Pérez Acosta, whose family has grown them near Los Llanos de Aridane for three generations. "If we lose the plantations, we lose the jobs, and the young people leave."

Pérez said a layer of ash had already settled on the fruit that had escaped the lava. "You cannot sell a banana covered in ash," the farmer said.

Itahisa Hernández, a volcanologist at the University of La Laguna on Tenerife, said scientists expected the lava to reach the sea within days. "When it enters the water it will produce clouds of steam containing hydrochloric acid, so people need to keep well away from the coast," she said.

The regional government of the Canary Islands said it had begun buying empty homes to house families who had lost theirs.
''',
[
    ("The lava flows are moving slowly,", "Canary Islands Volcanology Institute"),
    ("I saw my house go on", "Carmen Rodríguez"),
    ("Forty years of my life, gone", "Carmen Rodríguez"),
    ("At least we have the photos", "Carmen Rodríguez"),
    ("The bananas are the island", "Juan Pérez Acosta"),
    ("If we lose the plantations, we", "Juan Pérez Acosta"),
    ("You cannot sell a banana covered", "Juan Pérez Acosta"),
    ("When it enters the water it", "Itahisa Hernández"),
]),

# 14 -- Italy win Euro 2020: banner nobody is named for, inversion with age and job, partial quote via "called the victory", surname cue, unnamed bar owner, police headquarters statement
('''Hundreds of thousands of people poured into the streets of Rome and other Italian cities on Sunday night after Italy beat England on penalties at Wembley Stadium in London to win the European Championship for the first time since 1968.

The match ended 1–1 after extra time, and Italy won the shoot-out 3–2 after their goalkeeper saved two English penalties.

In Rome’s Piazza del Popolo, where a giant screen had been set up, fans climbed on fountains and lampposts, waving flags and setting off flares. One banner stretched across the steps of the twin churches read “It’s coming to Rome”, a reply to the English fans’ favourite song.

“I cried like a child when the last penalty was saved,” said Marco Bianchi, 35, a bus driver from the Prenestino district, his face painted green, white and red. “After the year we have had, with the pandemic, with so many people dying, we needed this.”

Giulia Esposito, a 22-year-old law student, called the victory “a gift to everyone who suffered during lockdown”. Northern Italy was the first region in Europe to be hit hard by the coronavirus in early 2020.

“Tonight nobody is thinking about anything else,” Esposito said, shouting to be heard over car horns. “Tomorrow we can worry again.”

The owner of a bar in Trastevere, who was pouring drinks for customers standing three deep on the pavement, said it had been his best night since before the pandemic. “We sold more beer tonight than in the whole of last month,” the bar owner said. “If they win like this every summer, I can retire.”

The Questura di Roma, the city’s police headquarters, said 15 people had been injured in the celebrations, most of them in accidents with fireworks. “Celebrations must never become an excuse for violence or for putting other people in danger,” the police said in a statement on Monday.

The team was expected to return to Rome on Monday.
''',
[
    ("It’s coming to Rome", None),
    ("I cried like a child when", "Marco Bianchi"),
    ("After the year we have had,", "Marco Bianchi"),
    ("a gift to everyone who suffered", "Giulia Esposito"),
    ("Tonight nobody is thinking about anything", "Giulia Esposito"),
    ("Tomorrow we can worry again.", "Giulia Esposito"),
    ("We sold more beer tonight than", "~owner"),
    ("If they win like this every", "~owner"),
    ("Celebrations must never become an excuse", "Questura di Roma"),
]),

# 15 -- Wellington Parliament occupation ends: title-name told reporters, "The superintendent added:", protester who gives only a first name, "he added" after paragraph break, café owner inversion, university statement
('''Police cleared the last protesters from the grounds of New Zealand's Parliament in Wellington on Wednesday, ending a 23-day occupation that had blocked streets around the capital's government district, after a day of clashes in which tents were set alight.

Hundreds of officers in riot gear moved in shortly after dawn, pushing protesters back from the lawns and dismantling tents, vehicles and makeshift structures. By the evening, fires were burning on the grounds, and a children's playground beside Parliament had been destroyed.

"Our priority today was to return Parliament grounds and the surrounding streets to the people of Wellington, and we have done that," Superintendent Grant Hollis told reporters. "What we saw this afternoon was disgraceful behaviour by a small group who were intent on violence."

Hollis said 89 people had been arrested and that several officers had been taken to hospital after being sprayed with an unknown substance. The superintendent added: "I am proud of the way our staff held their line under extreme provocation."

The protest began in early February as a convoy against COVID-19 vaccine mandates but grew to include a wide range of grievances. A man from Whanganui who had camped on the lawn for three weeks, and who would give only his first name, Tama, said he was leaving peacefully. "We came here to be heard, and nobody from inside that building came out to talk to us," he said.

"I'm going home, but this isn't over," he added, as police escorted him towards Molesworth Street.

For businesses in the area, the end of the occupation came as a relief. "It has been three weeks of no customers and a lot of abuse," said Priya Nair, who runs a café on Lambton Quay. "My staff were yelled at for wearing masks. Some of them were too scared to come to work."

Victoria University of Wellington, whose Pipitea campus sits beside the protest site, said it would remain closed for the rest of the week. "We will reopen the campus once it is safe to do so and the area has been cleaned," the university said in a statement.
''',
[
    ("Our priority today was to return", "Grant Hollis"),
    ("What we saw this afternoon was", "Grant Hollis"),
    ("I am proud of the way", "Grant Hollis"),
    ("We came here to be heard,", "Tama"),
    ("I'm going home, but this isn't", "Tama"),
    ("It has been three weeks of", "Priya Nair"),
    ("My staff were yelled at for", "Priya Nair"),
    ("We will reopen the campus once", "Victoria University of Wellington"),
]),

# 16 -- Ever Given freed in the Suez Canal: canal authority statement, company spokesperson, analyst with partial quote via "called the incident", fisherman inversion, surname follow-up "with a laugh"
('''The container ship Ever Given was freed on Monday after blocking the Suez Canal for nearly a week, allowing traffic to resume on one of the world’s busiest trade routes.

The 400-metre vessel ran aground on 23 March during a sandstorm, wedging itself diagonally across the southern section of the canal. By the time it was refloated, more than 360 ships were waiting to pass through at either end.

“The canal has been reopened to navigation after the successful refloating of the vessel,” the Suez Canal Authority said in a statement, adding that pilots and tugboats would work around the clock to clear the backlog.

Boskalis, the Dutch company whose salvage subsidiary led the operation, said dredgers had removed about 30,000 cubic metres of sand from around the bow. “The combination of dredging, the spring tide and the pulling power of the tugs made the difference,” a spokesperson for the company said.

Rachel Morgan, a shipping analyst at a London consultancy, said the blockage had held up an estimated 9.6 billion dollars’ worth of goods each day. “Every day the canal was closed, the knock-on effects spread further down the supply chain,” she said. “We will see delays at European ports for weeks.”

Morgan called the incident “a very expensive lesson in how fragile global trade is”, and said insurers were likely to face claims for years.

In the village of Manshiyet Rugola, beside the canal in Ismailia governorate, residents had watched the stranded ship from their fields for days. “When we heard that the ship was moving, everybody ran to the bank to see it,” said Mahmoud Abdel-Rahman, a 44-year-old fisherman. “The children were shouting and the women were ululating, as if it was a wedding.”

Abdel-Rahman said fishing had been difficult all week because of the tugboats. “Now maybe the fish will come back,” he said with a laugh.

The Suez Canal Authority said it would investigate the cause of the grounding. Its officials have said that strong winds alone may not explain what happened.
''',
[
    ("The canal has been reopened to", "Suez Canal Authority"),
    ("The combination of dredging, the spring", "Boskalis"),
    ("Every day the canal was closed,", "Rachel Morgan"),
    ("We will see delays at European", "Rachel Morgan"),
    ("a very expensive lesson in how", "Rachel Morgan"),
    ("When we heard that the ship", "Mahmoud Abdel-Rahman"),
    ("The children were shouting and the", "Mahmoud Abdel-Rahman"),
    ("Now maybe the fish will come", "Mahmoud Abdel-Rahman"),
]),

# 17 -- UK fuel shortages: nurse inversion, surname follow-up, split quote with surname, "He added:", partial quote from an association, association spokesperson, second association's partial quote in a statement, unnamed taxi driver
('''Long queues formed outside petrol stations across England for a fourth day on Monday, as panic buying left thousands of forecourts without fuel and the government put army tanker drivers on standby.

The shortages began last week after several oil companies said a lack of qualified lorry drivers was disrupting deliveries to some of their sites.

At a supermarket filling station in Brighton, the queue stretched for half a mile along the main road by 7 a.m. "I've been in this queue for an hour and a half and I start a twelve-hour shift at eight. If I can't get petrol, I can't get to work," said Emma Whitfield, a nurse at the Royal Sussex County Hospital.

Whitfield said health workers should be given priority at the pumps. "We were clapped on doorsteps last year, and now we are sitting in traffic," she said.

Sanjay Mistry, who manages an independent forecourt in Crawley, said his tanks had been emptied within hours of his last delivery. "We had a full load on Friday morning," Mistry said, "and by Saturday lunchtime there was nothing left." He added: "People are filling up jerry cans, water bottles, anything they can find. I've never seen anything like it in twenty years."

The Petrol Retailers Association, which represents nearly 5,500 independent outlets, said as many as two-thirds of its members had run out of fuel, with the rest "partly dry and running out soon".

"There is plenty of fuel at the refineries; the problem is panic buying," a spokesperson for the association said. "If people only buy what they need, the situation will return to normal within days."

The Road Haulage Association has repeatedly warned of a shortage of about 100,000 lorry drivers, blaming the departure of European workers after Brexit and a backlog of driving tests during the pandemic. The association said in a statement that the government's offer of temporary visas was "a drop in the ocean".

A taxi driver waiting behind Whitfield in Brighton was less patient. "I lose money every minute I sit here," the driver said, drumming his fingers on the steering wheel.
''',
[
    ("I've been in this queue for", "Emma Whitfield"),
    ("We were clapped on doorsteps last", "Emma Whitfield"),
    ("We had a full load on", "Sanjay Mistry"),
    ("and by Saturday lunchtime there was", "Sanjay Mistry"),
    ("People are filling up jerry cans,", "Sanjay Mistry"),
    ("partly dry and running out soon", "Petrol Retailers Association"),
    ("There is plenty of fuel at", "Petrol Retailers Association"),
    ("If people only buy what they", "Petrol Retailers Association"),
    ("a drop in the ocean", "Road Haulage Association"),
    ("I lose money every minute I", "~driver"),
]),

# 18 -- South Africa unrest: salon owner with two-paragraph quote, police service statement, unnamed security guard ("the guard", "he said"), economist inversion, partial quote via "described ... as"
('''Soldiers were deployed in the South African provinces of KwaZulu-Natal and Gauteng on Tuesday as looting and arson spread for a fifth day, leaving at least 72 people dead and hundreds of shops, warehouses and factories destroyed.

The violence began last week after protests over the jailing of the former president, but it has since grown into the worst unrest the country has seen since the end of apartheid, fuelled by poverty, unemployment and the economic damage caused by COVID-19 lockdowns.

In Durban, smoke rose from a shopping centre in the township of KwaMashu, where crowds had carried away televisions, fridges and sacks of maize meal. Sibongile Dlamini, who had run a hair salon in the centre for eleven years, stood in front of the blackened building.

“Everything is gone, the chairs, the dryers, the products, even the mirrors,” she said. “I had just started to recover from the lockdown. I was paying back my loan.

“Those people who did this, some of them are my customers. I do not understand it.”

The South African Police Service said more than 1,200 people had been arrested. “Police will not allow lawlessness to continue, and those responsible will be brought to book,” the police service said in a statement.

A security guard at a warehouse near the port, who did not want to be named for fear of reprisals, said he and two colleagues had been unable to stop the crowd when it arrived on Monday night. “There were hundreds of them and only three of us,” the guard said. “We just stood back and watched.”

He said his company had not told him whether he would still be paid. “If there is no warehouse, there is no job,” he said.

Economists warned that the damage would set back a fragile recovery. Pieter van der Merwe, an economist at Stellenbosch University, estimated that the losses could run into tens of billions of rand. “Many of these businesses were small and uninsured, and they will not come back,” he said.

He described the disruption to fuel and food supplies in KwaZulu-Natal as “a serious risk to food security in the coming weeks”.
''',
[
    ("Everything is gone, the chairs, the", "Sibongile Dlamini"),
    ("I had just started to recover", "Sibongile Dlamini"),
    ("Those people who did this, some", "Sibongile Dlamini"),
    ("Police will not allow lawlessness to", "South African Police Service"),
    ("There were hundreds of them and", "~guard"),
    ("We just stood back and watched", "~guard"),
    ("If there is no warehouse, there", "~guard"),
    ("Many of these businesses were small", "Pieter van der Merwe"),
    ("a serious risk to food security", "Pieter van der Merwe"),
]),

# 19 -- Texas winter storm blackouts: grid operator statement, resident with pronoun quote then new-paragraph quote without cue, physician inversion, surname follow-up, researcher, quote without cue after "She said"
('''Millions of people in Texas were without electricity for a third day on Wednesday as a winter storm brought record low temperatures to the state, overwhelming its power grid and leaving many households with no heat.

The Electric Reliability Council of Texas, which manages most of the state's grid, began ordering rolling blackouts early on Monday after frozen equipment forced power plants offline. "We are experiencing record-breaking electric demand while a significant amount of generation is unavailable," the council said in a statement.

In east Austin, Denise Alvarado, 44, said her family had spent two nights in a single room with blankets nailed over the windows. "We're wearing our coats inside. The kids are sleeping in their snow jackets," she said.

"The power came on for about twenty minutes yesterday and I charged everybody's phones. Then it went off again and we don't know when it's coming back."

Alvarado said the pipes in her house had frozen, and she had been melting snow on a gas stove for water.

Hospitals in the Houston area reported dozens of cases of carbon monoxide poisoning, as people used cars, generators and barbecues to keep warm. "Never run a generator or a car in a closed space, including a garage," said Kevin Tran, an emergency physician in Houston. "We have seen whole families come in, and some of them were very lucky to survive."

Tran said many of the patients had been children. "The parents were only trying to keep them warm," he said.

Laura Whitaker, an energy researcher at the University of Texas at Austin, said the state's grid was largely isolated from the rest of the country, limiting how much power could be brought in from neighbouring states. "Texas chose to run its own grid to avoid federal regulation, and in a normal winter that works fine," she said.

She said many power plants and gas wells had not been protected against extreme cold. "This was not a surprise. It happened in 2011, and the recommendations from then were never made mandatory."
''',
[
    ("We are experiencing record-breaking electric demand", "Electric Reliability Council of Texas"),
    ("We're wearing our coats inside.", "Denise Alvarado"),
    ("The power came on for about", "Denise Alvarado"),
    ("Never run a generator or a", "Kevin Tran"),
    ("We have seen whole families come", "Kevin Tran"),
    ("The parents were only trying to", "Kevin Tran"),
    ("Texas chose to run its own", "Laura Whitaker"),
    ("This was not a surprise.", "Laura Whitaker"),
]),

# 20 -- Delhi oxygen shortage: ministry statement, hospital director "posted ... he wrote", partial quote, "told reporters", relative with two-paragraph quote, court ruling, unnamed crematorium worker
('''Hospitals in the Indian capital Delhi ran desperately short of medical oxygen on Saturday as a second wave of COVID-19 infections overwhelmed the city’s health system, with some issuing public appeals for supplies on social media.

India recorded more than 340,000 new cases in 24 hours, the highest daily total reported by any country, according to figures released by the Ministry of Health and Family Welfare. “All states have been asked to ensure the unhindered movement of oxygen tankers,” the ministry said in a statement.

At Jeevan Jyoti Hospital in west Delhi, medical director Anil Mehta posted an appeal on Twitter shortly after midnight. “We have less than two hours of oxygen left for 110 patients. Please help,” he wrote.

By morning a tanker had arrived, but Mehta said the hospital was living “from one delivery to the next”. “My doctors should be treating patients, not making phone calls to find oxygen,” he told reporters outside the hospital.

Outside an oxygen refilling plant in the industrial area of Mayapuri, hundreds of relatives of patients queued with empty cylinders. Rohit Sharma, 29, had been there since 4 a.m. for his father, who was being cared for at home because no hospital bed was available.

“His oxygen level is 82 and every hospital says it is full,” Sharma said. “I have called more than fifty numbers. People are selling cylinders on the black market for ten times the price.

“I am not angry with the doctors. They are doing everything. But where was the planning? Everyone knew this wave was coming.”

The Delhi High Court, hearing a petition from a group of hospitals, ordered the central government to ensure that oxygen supplies allocated to the capital were delivered. “Lives are being lost every hour, and this cannot wait,” the court said.

At a crematorium in east Delhi, workers said they had been forced to build pyres in the car park. “We have never seen anything like this,” said one worker, who did not want to be named. “We are burning bodies from morning to midnight.”
''',
[
    ("All states have been asked to", "Ministry of Health and Family Welfare"),
    ("We have less than two hours", "Anil Mehta"),
    ("from one delivery to the next", "Anil Mehta"),
    ("My doctors should be treating patients,", "Anil Mehta"),
    ("His oxygen level is 82 and", "Rohit Sharma"),
    ("I have called more than fifty", "Rohit Sharma"),
    ("I am not angry with the", "Rohit Sharma"),
    ("Lives are being lost every hour,", "Delhi High Court"),
    ("We have never seen anything like", "~worker"),
    ("We are burning bodies from morning", "~worker"),
]),

# 21 -- Typhoon Rai in the Philippines: disaster council report, resort owner inversion with two-paragraph quote, surname follow-up, governor via "the governor said", Red Cross partial quote, unnamed fisherman
('''Typhoon Rai, known locally as Odette, killed at least 208 people as it swept across the central and southern Philippines at the end of last week, the country's disaster agency said on Monday, with dozens more missing and hundreds of thousands of people left homeless.

The National Disaster Risk Reduction and Management Council said more than 300,000 people had been forced to flee their homes. "Communication and power lines remain down in many of the affected provinces, and the numbers are expected to rise," the council said in its latest situation report.

The storm made landfall on Thursday on Siargao, an island popular with surfers and tourists, with sustained winds of 195 kilometres an hour.

"It sounded like a train going over the roof for four hours," said Liza Montemayor, who runs a small resort in General Luna, the island's main tourist town. "When we came out in the morning, there were no trees left standing, only trunks.

"All our cottages lost their roofs. We have no water, no electricity and no signal. The tourists who were staying with us slept in our kitchen."

Montemayor said she did not know how the resort would recover. "We had just started to get guests back after two years of the pandemic," she said.

In Surigao del Norte, the provincial governor, Ferdinand Lagrosa, appealed for drinking water and food. "Our people are starving and thirsty, and we cannot reach some of the villages because the roads are blocked," the governor said in a radio interview. "We need help from the national government right now, not next week."

The Philippine Red Cross said its volunteers were distributing food packs and hygiene kits and setting up water purification units. In a statement, the organisation warned that the lack of safe water "could lead to outbreaks of diarrhoea and other diseases".

A fisherman in the town of Dapa, whose boat was smashed against the sea wall, said he had no way to earn a living. "The boat was everything I had," the fisherman said. "Without it, how do I feed my children?"
''',
[
    ("Communication and power lines remain down", "National Disaster Risk Reduction and Management Council"),
    ("It sounded like a train going", "Liza Montemayor"),
    ("When we came out in the", "Liza Montemayor"),
    ("All our cottages lost their roofs.", "Liza Montemayor"),
    ("We had just started to get", "Liza Montemayor"),
    ("Our people are starving and thirsty,", "Ferdinand Lagrosa"),
    ("We need help from the national", "Ferdinand Lagrosa"),
    ("could lead to outbreaks of diarrhoea", "Philippine Red Cross"),
    ("The boat was everything I had", "~fisherman"),
    ("Without it, how do I feed", "~fisherman"),
]),

# 22 -- Irish health service ransomware attack: partial quote from the health service, statement posted on Twitter, consultant, patient with surname cue, researcher, quote without cue after "She said"
('''The Health Service Executive (HSE), which runs Ireland’s public health system, shut down all of its IT systems on Friday after what it called “a very significant ransomware attack”, causing widespread disruption to hospital appointments across the country.

The HSE said the shutdown was a precaution to protect its systems, and that the national COVID-19 vaccination programme was not affected. “Emergency services are continuing, but patients should expect significant delays and cancellations,” the HSE said in a statement posted on Twitter.

Several hospitals cancelled outpatient appointments and non-urgent procedures. Ciarán O’Donnell, a consultant obstetrician at a Dublin maternity hospital, said staff had gone back to pen and paper. “We are writing everything by hand, blood results, scans, prescriptions,” he said. “It is like working in the 1980s, and it is a lot slower and a lot less safe.”

Declan Murphy, 58, from Tallaght, had taken two buses to Tallaght University Hospital for a follow-up appointment for his cancer treatment, only to be sent home. “I got all the way to the front desk before anyone told me,” Murphy said. “They were very apologetic, but I have been waiting six weeks for this appointment.”

Aoife Kavanagh, a cybersecurity researcher at University College Dublin, said health systems had become attractive targets for criminal gangs during the pandemic. “Hospitals cannot afford to be offline, so criminals assume they will pay quickly,” she said.

She said it could take weeks before all of the systems were fully restored. “You cannot just switch everything back on. Every machine has to be checked before it goes back on the network.”

The government has said it will not pay a ransom. Gardaí and the National Cyber Security Centre are investigating the attack.
''',
[
    ("a very significant ransomware attack", "Health Service Executive"),
    ("Emergency services are continuing, but patients", "Health Service Executive"),
    ("We are writing everything by hand,", "Ciarán O’Donnell"),
    ("It is like working in the", "Ciarán O’Donnell"),
    ("I got all the way to", "Declan Murphy"),
    ("They were very apologetic, but I", "Declan Murphy"),
    ("Hospitals cannot afford to be offline,", "Aoife Kavanagh"),
    ("You cannot just switch everything back", "Aoife Kavanagh"),
]),

# 23 -- Dutch farmers' nitrogen protests: farmer inversion with two-paragraph quote, group statement as partial quote, police unit spokeswoman, unnamed lorry driver, ecologist, surname follow-up
('''Farmers blocked motorways, distribution centres and supermarket depots across the Netherlands on Monday in protest against government plans to cut nitrogen emissions, which could force thousands of livestock farms to shrink or close.

Long lines of tractors moved slowly along the A1, A12 and A28 motorways during the morning rush hour, and several supermarket distribution centres were surrounded by farmers who said they would not leave until the plans were withdrawn. Many farms flew the Dutch flag upside down, which has become a symbol of the protests.

"My grandfather started this farm with six cows, and my father built it up to a hundred and twenty," said Jan-Willem van Dijk, a 38-year-old dairy farmer from near Barneveld in Gelderland. "Now the government is telling me to cut my herd by almost half. How am I supposed to pay the bank?

"We are not against nature. We live in it every day. But they decide these targets in The Hague without ever coming to look at a farm."

The government wants to halve nitrogen emissions by 2030, with much deeper cuts of up to 95 percent in areas close to protected nature reserves.

Farmers Defence Force, one of the groups behind the protests, said in a statement that the plans were "an attack on the entire agricultural sector" and promised further action.

Police said dozens of people had been detained, mainly for blocking roads. "We respect the right to demonstrate, but we will act where blockades put other road users in danger," a spokeswoman for the Oost-Nederland police unit said.

A lorry driver stuck in a queue near Apeldoorn said he had some sympathy with the farmers but was losing a day's work. "I have fresh food in the back and nowhere to go," he said.

Marieke de Boer, an ecologist at Wageningen University, said the excess nitrogen, much of it from manure and fertiliser, was damaging sensitive habitats. "Heathlands are turning into grasslands, and the insects and birds that depend on them are disappearing," she said.

De Boer said she understood the farmers' anger. "The government waited far too long, and now the changes have to happen very fast," she said.
''',
[
    ("My grandfather started this farm with", "Jan-Willem van Dijk"),
    ("Now the government is telling me", "Jan-Willem van Dijk"),
    ("We are not against nature.", "Jan-Willem van Dijk"),
    ("an attack on the entire agricultural", "Farmers Defence Force"),
    ("We respect the right to demonstrate,", "Oost-Nederland police unit"),
    ("I have fresh food in the", "~driver"),
    ("Heathlands are turning into grasslands, and", "Marieke de Boer"),
    ("The government waited far too long,", "Marieke de Boer"),
]),

# 24 -- Morocco reach World Cup semi-final: banner nobody is named for, mechanic inversion with two-paragraph quote, surname follow-up, student partial quote via "described the team as", federation statement, unnamed pensioner
('''Hundreds of thousands of people celebrated in the streets of Moroccan cities late into Saturday night after the national team beat Portugal 1–0 in Doha to become the first African and Arab country to reach the semi-finals of the football World Cup.

In Casablanca, traffic on Mohammed V Boulevard came to a standstill as fans climbed onto car roofs and buses, waving red flags and setting off fireworks. In Rabat, crowds gathered outside the parliament building, singing and dancing until the early hours.

One banner carried through the centre of Casablanca read “This victory belongs to all of Africa”.

“I have waited my whole life for a night like this,” said Youssef El Amrani, a 31-year-old mechanic, who had watched the match at a café in the Maârif district with about two hundred others. “When the final whistle went, grown men were crying and hugging people they had never met.

“My father is 70, and he called me in tears. He said he never thought he would see this before he died.”

El Amrani said he would try to travel to Qatar for the semi-final, although he did not have a ticket. “I will find a way,” he said.

Salma Benjelloun, a 24-year-old student in Rabat, described the team as “a mirror of the whole Moroccan people”, pointing out that many of the players were born and raised in Europe to Moroccan families. “They could have chosen to play for France, Spain or the Netherlands, and they chose Morocco,” she said.

The Royal Moroccan Football Federation thanked supporters in a statement. “This historic achievement belongs to every Moroccan, at home and around the world,” the federation said.

Not everybody was out celebrating. A pensioner sitting on a bench near the old medina in Rabat said he had watched the match at home with the sound turned down. “My heart is not strong enough for penalties,” he said, laughing. “Thank God it did not come to that.”
''',
[
    ("This victory belongs to all of", None),
    ("I have waited my whole life", "Youssef El Amrani"),
    ("When the final whistle went, grown", "Youssef El Amrani"),
    ("My father is 70, and he", "Youssef El Amrani"),
    ("I will find a way", "Youssef El Amrani"),
    ("a mirror of the whole Moroccan", "Salma Benjelloun"),
    ("They could have chosen to play", "Salma Benjelloun"),
    ("This historic achievement belongs to every", "Royal Moroccan Football Federation"),
    ("My heart is not strong enough", "~pensioner"),
    ("Thank God it did not come", "~pensioner"),
]),

# 25 -- Mexico City Metro overpass collapse: survivor inversion with two-paragraph quote, surname follow-up, widow's quote with "her voice breaking", unnamed tamale seller ("the woman"), engineer partial quote then surname cue, city government statement
('''An elevated section of Mexico City's Metro Line 12 collapsed late on Monday as a train passed over it, sending two carriages plunging onto a busy road in the southeastern borough of Tláhuac and killing at least 24 people.

The overpass gave way at about 10:25 p.m. between the Olivos and Tezonco stations. More than 70 people were taken to hospital, and rescuers worked through the night to reach passengers trapped in the wreckage, which hung in a V shape from the broken beam.

"There was a noise like an explosion and then we were falling," said Alejandro Hernández Ruiz, 27, who was travelling home from work in the second carriage. "I don't remember hitting the ground. I woke up with someone pulling on my arm through the window.

"The people next to me were not moving. I keep seeing their faces."

Hernández, who suffered a broken collarbone and cuts to his head, spoke to reporters outside the Belisario Domínguez hospital before being transferred for surgery.

Outside the forensic service building on Tuesday, relatives waited for news. Guadalupe Martínez said her husband, a construction worker, had called her from the train minutes before the collapse to say he was on his way. "He told me to warm up the food because he would be home in half an hour," she said, her voice breaking.

A woman who sells tamales at a stall near Olivos station said residents had complained about the structure for years. "You could see the cracks in the columns, everybody could see them," the woman said. "After the earthquake in 2017 we all said that one day this would fall."

Roberto Salgado, a structural engineer at the National Autonomous University of Mexico (UNAM), said it was too early to identify the cause but called the collapse "a failure that should never happen on a structure this new". Line 12 opened in 2012.

"An overpass like this is designed to last a hundred years," Salgado said. "There will have to be a full independent investigation of the design, the construction and the maintenance."

The Mexico City government said in a statement that the line would remain closed and that an international firm would be hired to investigate. "Those responsible will be held to account, whoever they are," the statement said.
''',
[
    ("There was a noise like an", "Alejandro Hernández Ruiz"),
    ("I don't remember hitting the ground.", "Alejandro Hernández Ruiz"),
    ("The people next to me were", "Alejandro Hernández Ruiz"),
    ("He told me to warm up", "Guadalupe Martínez"),
    ("You could see the cracks in", "~woman"),
    ("After the earthquake in 2017 we", "~woman"),
    ("a failure that should never happen", "Roberto Salgado"),
    ("An overpass like this is designed", "Roberto Salgado"),
    ("There will have to be a", "Roberto Salgado"),
    ("Those responsible will be held to", "Mexico City government"),
]),
]

STORIES_BR = [
# 1 -- Critics' prize for Gaelic debut: quote-then-cue, split quotes, description by age, partial quotes, "said:" cue, asked-then-quote
('''Scottish director Fiona McAllister won the top prize at the Edinburgh Film Critics' Circle awards on Saturday night for her debut feature "Salt Road", a drama about a fishing family on the Isle of Lewis.

Accepting the award at the Usher Hall, McAllister thanked the residents of Stornoway, many of whom appeared as extras. "This film belongs to them as much as it belongs to me," she said. "They fed us, they housed us, and they told us when we were getting it wrong."

The 38-year-old, who financed part of the production through a crowdfunding campaign, said she had nearly abandoned the project twice. "There were nights when I thought, who is going to sit through a two-hour film in Gaelic? Apparently quite a lot of you," she told the audience.

The film's lead actor, Calum Morrison, was named best newcomer. Morrison, a former ferry deckhand with no previous screen experience, said he had only auditioned because his sister dared him to.

"I'm still not sure I'm an actor," he said backstage. "I think I'm a man who happened to be standing on the pier when Fiona needed someone who could gut a fish."

Critic Alasdair Fenwick, who chaired the jury, called the film "a work of unusual patience and tenderness" and said the panel had been "unanimous from the very first screening." He singled out its cinematography, shot almost entirely in natural light during the short winter days.

Not everyone in the industry has welcomed the circle's recent preference for small productions. Producer Gordon Blair, whose big-budget thriller "Iron Coast" was shut out of the main categories, said: "Critics' prizes have always had a taste for the obscure. Audiences vote with their tickets, and they voted for us."

Asked about Blair's remarks, McAllister laughed. "He's entitled to his box office," she said. "We'll take the trophy home to Lewis, thanks."

"Salt Road" opens in cinemas across the UK next month.''',
 [("This film belongs to them as", "Fiona McAllister"),
  ("They fed us, they housed us", "Fiona McAllister"),
  ("There were nights when I thought", "Fiona McAllister"),
  ("I'm still not sure I'm", "Calum Morrison"),
  ("I think I'm a man who", "Calum Morrison"),
  ("a work of unusual patience and", "Alasdair Fenwick"),
  ("unanimous from the very first screening.", "Alasdair Fenwick"),
  ("Critics' prizes have always had a", "Gordon Blair"),
  ("He's entitled to his box office", "Fiona McAllister"),
  ("We'll take the trophy home", "Fiona McAllister")]),

# 2 -- Tributes to Nigerian highlife star: family statement, partial quote from post on X, told + outlet, description by age, unnamed described witness, pronoun after paragraph break
('''Tributes poured in on Tuesday for Emeka Obiora, the Nigerian highlife guitarist and singer who died at his home in Enugu at the age of 81 after a long illness.

His family confirmed the death in a statement late on Monday. “Our father went peacefully, surrounded by his children and grandchildren, with his guitar beside the bed,” the statement said. “We ask for privacy as we prepare to lay him to rest in Awka.”

Obiora, whose 1974 single “Nne Di Uko” sold more than a million copies across West Africa, toured Europe and the United States through the 1980s and was among the first Nigerian musicians to record at London’s Abbey Road Studios.

Enugu State Governor Chinedu Okafor described him on X as “a national treasure whose songs carried our language to the world.” He ordered flags on state buildings to be flown at half-mast until the burial.

Afrobeats star Tobi Adeyemi, who sampled Obiora’s guitar line on his 2021 hit “Overflow”, said the older musician had been generous to a younger generation that often ignored its roots.

“When I asked permission to use his riff, he didn’t ask about money,” Adeyemi told Channels Television. “He asked if I knew what the song was about. I didn’t. He sat me down for three hours and explained it line by line.”

The 29-year-old added that Obiora had refused any payment until the single had earned back its costs. “Who does that in this industry? Nobody. Only Papa Emeka,” he said.

Music historian Adaeze Nnamdi of the University of Nigeria, Nsukka, said Obiora’s influence was often understated. “People talk about Fela and King Sunny Adé, and rightly so,” she said. “But the guitar sound of the east, that rolling, bright sound, a lot of it starts with Emeka Obiora.”

Outside the family compound in Enugu’s Independence Layout, dozens of fans gathered on Tuesday with portable speakers playing his records. A retired schoolteacher who declined to give her name said Obiora had performed at her wedding in 1976.

“He sang at our wedding for free because my husband’s brother was his drummer,” she said, wiping her eyes. “Now they are both gone.”

Funeral arrangements are expected to be announced later this week.''',
 [("Our father went peacefully, surrounded by", "~family"),
  ("We ask for privacy as we", "~family"),
  ("a national treasure whose songs carried", "Chinedu Okafor"),
  ("When I asked permission to use", "Tobi Adeyemi"),
  ("He asked if I knew what", "Tobi Adeyemi"),
  ("Who does that in this industry?", "Tobi Adeyemi"),
  ("People talk about Fela and King", "Adaeze Nnamdi"),
  ("But the guitar sound of the", "Adaeze Nnamdi"),
  ("He sang at our wedding for", "~schoolteacher"),
  ("Now they are both gone.", "~schoolteacher")]),

# 3 -- Fantasy epic delayed: studio statement, unnamed representative, Instagram caption, anonymous crew source, "said Name" inversion, surname follow-up
('''The release of the big-budget fantasy epic "The Glass Crown" has been pushed back by almost a year, the studio behind it confirmed on Thursday, days after reports of clashes on set between its director and its lead actor.

Meridian Pictures said in a statement that the film, originally due in cinemas in June, would now open the following May. "We believe in this film and in the extraordinary team behind it," the statement said. "Giving them the time to finish it properly is the right decision for audiences."

The studio did not address a report in The Hollywood Reporter that the film's star, Jonah Whitfield, had walked off the set in Budapest for four days in March after a dispute with director Lena Kovacs over script rewrites.

A representative for Whitfield said the actor "remains fully committed to the project" and described the reports as "wildly exaggerated and unfair to everyone involved."

Kovacs, whose previous film won the Golden Lion at the Venice Film Festival, posted a photograph of the cast on Instagram late on Wednesday with the caption: "Families argue. Families also finish what they start." She did not respond to a request for comment.

A production assistant who worked on the film, speaking on condition of anonymity because they were not authorised to discuss it, said tensions had been building for weeks. "Everybody knew the script was changing every night," the assistant said. "Jonah wanted more scenes, Lena wanted fewer words. Nobody was sleeping."

Industry analysts said the delay would add significantly to the film's reported $220 million budget. "Every month you hold a film like this, you're paying for storage, for interest, for marketing you already bought. It's not a disaster, but it's not cheap," said Paul Drexler, a box-office analyst at the consultancy Boxwell Analytics.

Drexler added that the new date put the film up against two established franchises. "May is always crowded," he said. "Meridian is betting that its brand is strong enough to stand out."

Meridian's shares fell 3 percent in early trading on Thursday.''',
 [("We believe in this film and", "Meridian Pictures"),
  ("Giving them the time to finish", "Meridian Pictures"),
  ("remains fully committed to the project", "~representative"),
  ("wildly exaggerated and unfair to everyone", "~representative"),
  ("Families argue. Families also finish what", "Lena Kovacs"),
  ("Everybody knew the script was changing", "~assistant"),
  ("Jonah wanted more scenes, Lena wanted", "~assistant"),
  ("Every month you hold a film", "Paul Drexler"),
  ("May is always crowded", "Paul Drexler"),
  ("Meridian is betting that its brand", "Paul Drexler")]),

# 4 -- Irish fiction prize: acceptance speech, jury chair partial then full quotes, "said its publisher, Name" inversion, review quoted in part, asked-then-quote
('''Cork novelist Siobhán Dunne won the €50,000 Liffey Prize for Fiction on Wednesday night for “The Quiet Rooms”, a novel set in a Magdalene laundry in the 1960s.

Dunne, 54, who worked as a hospice nurse for two decades before publishing her first book, dedicated the award to the women whose testimonies inspired it.

“I didn’t invent these women,” she said in her acceptance speech at the Mansion House in Dublin. “I only listened to them. Some of them had waited fifty years for somebody to ask.”

The chair of the judges, the broadcaster Declan Farrell, said the panel had chosen from a shortlist he described as “as strong as any in the prize’s history.”

“In the end we kept coming back to the restraint of it,” Farrell said. “Dunne never tells you how to feel. She trusts you, and that trust is devastating.”

The novel was published by Lantern Press, a small independent house in Galway, after being turned down by eleven larger publishers. “We printed 1,500 copies and hoped for the best. We are now on our ninth printing,” said its publisher, Rónán Kiely.

Critics were divided on the book’s bleak final chapter. Writing in The Irish Times, Niamh Carolan praised what she called the novel’s “unflinching refusal to look away” but found its ending “a door slammed rather than closed.”

Asked about the review after the ceremony, Dunne shrugged. “Those doors were slammed,” she said. “I wasn’t going to pretend otherwise for the sake of a tidy ending.”

The prize, now in its eighth year, is funded by a Dublin-based philanthropic foundation and is open to novels by writers born or resident in Ireland.''',
 [("I didn’t invent these women", "Siobhán Dunne"),
  ("I only listened to them.", "Siobhán Dunne"),
  ("as strong as any in the", "Declan Farrell"),
  ("In the end we kept coming", "Declan Farrell"),
  ("Dunne never tells you how to", "Declan Farrell"),
  ("We printed 1,500 copies and hoped", "Rónán Kiely"),
  ("unflinching refusal to look away", "Niamh Carolan"),
  ("a door slammed rather than closed", "Niamh Carolan"),
  ("Those doors were slammed", "Siobhán Dunne"),
  ("I wasn’t going to pretend otherwise", "Siobhán Dunne")]),

# 5 -- Festival washed out: organisation statement, band post on X with partial quote, "said Name, age" inversion, unnamed steward with pronoun across paragraphs, partial quote from councillor
('''Organisers of the Greenhollow Festival in Somerset cancelled the final day of the event on Sunday after overnight storms flooded the main arena and left several campsites under water.

About 40,000 people had been expected at the site near Shepton Mallet for headline sets by the Manchester indie band Harbour Lights and the American singer Kasey Dunn.

"This is the hardest decision we have ever had to make," the festival said in a statement posted on its website shortly after 7 a.m. "The safety of our audience, artists and crew has to come first, and the ground simply cannot take any more."

The statement said ticket holders would receive a partial refund but gave no figures.

Harbour Lights wrote on X that they were "absolutely gutted for everyone who travelled" and promised to return. "We'll be back next summer, and the first round is on us," the band added.

Many festivalgoers had spent the night in their cars after water poured into tents in the lower fields. "We woke up at about four and our tent was basically a paddling pool," said Amy Chen, 23, a student from Bristol. "But honestly, everyone's been lovely. Strangers were sharing blankets and making tea for people they'd never met."

A steward who asked not to be named because he was not authorised to speak to the media said staff had begun moving people to higher ground around midnight.

"Some of them didn't want to go," he said. "They thought it would pass. By two o'clock it was obvious it wasn't going to."

Martin Hale, the cabinet member for communities at Somerset Council, said the organisers had acted "responsibly and in good time" and that there had been no serious injuries. He said the council would meet the organisers in the coming weeks to review the event's licence conditions and drainage plans.

The Met Office had issued a yellow weather warning for heavy rain across south-west England on Saturday afternoon.''',
 [("This is the hardest decision we", "Greenhollow Festival"),
  ("The safety of our audience, artists", "Greenhollow Festival"),
  ("absolutely gutted for everyone who travelled", "Harbour Lights"),
  ("We'll be back next summer, and", "Harbour Lights"),
  ("We woke up at about four", "Amy Chen"),
  ("But honestly, everyone's been lovely.", "Amy Chen"),
  ("Some of them didn't want to", "~steward"),
  ("They thought it would pass.", "~steward"),
  ("responsibly and in good time", "Martin Hale")]),

# 6 -- Bollywood veteran dies: unnamed hospital spokesperson, Instagram post, nested quote of the dead actor, description by age, "said:" cue with quote over two paragraphs, association statement
('''Veteran Hindi film actor Rajendra Malhotra, who appeared in more than 150 films across five decades and became one of the defining faces of 1970s Bombay cinema, died in Mumbai on Friday. He was 86.

A spokesperson for the private hospital in Bandra where he had been treated for a week said the actor died of cardiac arrest “in the early hours of the morning, with his wife and children at his side.”

His son, the producer Karan Malhotra, shared a black-and-white photograph of his father on Instagram. “Papa lived every single day as though the camera was rolling. He would not want tears. He would want a party, loud music and somebody doing his dialogues badly,” he wrote.

Malhotra rose to fame with the 1973 action drama “Toofan Express” and later became known for character roles as stern but loving patriarchs. He received a lifetime achievement award at the Filmfare Awards in 2008.

Actor Meera Deshpande, who played opposite him in 14 films, said she had lost “a colleague, a brother and my fiercest critic.”

“He would call me after every premiere and tell me exactly what I did wrong, never what I did right,” the 72-year-old told reporters outside his residence in Juhu. “Only at the very end of the call would he say, ‘But you were good, Meeru.’”

Director Anil Sabharwal, who worked with Malhotra on three films, told NDTV that he had been “the most prepared actor I ever worked with.” Sabharwal said: “He came to the set knowing everyone’s lines, not just his own. If a junior actor forgot, he would quietly feed the words to them off-camera so they would not be embarrassed in front of the crew.

“That kindness is not something you ever saw on screen. But everyone who worked with him saw it.”

The Cine and TV Artistes’ Association said in a statement that the industry had lost “one of its last great gentlemen.”

Hundreds of fans gathered outside the actor’s bungalow on Friday afternoon as police set up barricades. His funeral will take place on Saturday.''',
 [("in the early hours of the", "~spokesperson"),
  ("Papa lived every single day as", "Karan Malhotra"),
  ("a colleague, a brother and my", "Meera Deshpande"),
  ("He would call me after every", "Meera Deshpande"),
  ("Only at the very end of", "Meera Deshpande"),
  ("But you were good, Meeru.", "Rajendra Malhotra"),
  ("the most prepared actor I ever", "Anil Sabharwal"),
  ("He came to the set knowing", "Anil Sabharwal"),
  ("That kindness is not something you", "Anil Sabharwal"),
  ("one of its last great gentlemen.", "Cine and TV Artistes’ Association")]),

# 7 -- Grammy speech cut off: split quote, chant nobody is named for, broadcaster and academy statements, post on X, trade group partial quote
('''Singer-songwriter Dominique Reyes used her acceptance speech for album of the year at the Grammy Awards on Sunday to attack streaming companies over royalty payments, drawing a standing ovation inside the arena and a muted audio feed for television viewers.

Reyes, 31, won for "Borderline Saints", her third studio album, in a category that also included releases by two of the year's best-selling artists.

"Every one of the people in this room who writes songs is being paid fractions of a cent," Reyes said, holding the trophy above her head. "That's not a business model. That's a robbery with a nice app."

Her microphone was cut about 20 seconds later as she began to name individual companies. Chants of "Let her talk! Let her talk!" could be heard from the upper tiers as she left the stage.

CBS, which broadcast the ceremony, said in a statement that the cut was "a standard timing decision and not a reflection on the content of the speech." A spokesperson for the Recording Academy said artists were "free to speak their minds on our stage" and that the academy had not asked for the audio to be muted.

Backstage, Reyes said she had anticipated being cut off. "I knew they'd cut me, so I said the important part first," she told reporters, smiling. She said she would donate her fee from a planned concert series to a hardship fund for songwriters. "If I'm going to complain, I should put my own money where my mouth is," she said.

Rapper Marcus Whitaker, a fellow nominee, posted on X shortly after the broadcast: "Dom just said what all of us say in the group chat. Respect."

The Digital Media Association, a trade group representing streaming services, said in a statement that streaming had "returned the recorded music industry to growth after fifteen years of decline" and that payments to rights holders had reached record levels.

Reyes's label, Sundown Records, did not respond to requests for comment.''',
 [("Every one of the people in", "Dominique Reyes"),
  ("That's not a business model.", "Dominique Reyes"),
  ("Let her talk! Let her talk!", None),
  ("a standard timing decision and not", "CBS"),
  ("free to speak their minds on", "Recording Academy"),
  ("I knew they'd cut me, so", "Dominique Reyes"),
  ("If I'm going to complain, I", "Dominique Reyes"),
  ("Dom just said what all of", "Marcus Whitaker"),
  ("returned the recorded music industry to", "Digital Media Association")]),

# 8 -- Archibald Prize: split quote, speech through a translator, adjacent partial and full quotes, critic quoted in part, unnamed visitor described
('''Melbourne painter Thomas Nguyen has won this year’s Archibald Prize for portraiture with a large-scale painting of his grandmother, who arrived in Darwin by boat from Vietnam in 1978.

The $100,000 prize was announced at the Art Gallery of New South Wales in Sydney on Friday. Nguyen, 34, became emotional as he described the months he spent painting her in the kitchen of her home in Footscray.

“She kept getting up to make me food,” he said. “I’d be halfway through an eye and she’d be gone, frying spring rolls. In the end I painted her standing because she would not sit still.”

His grandmother, Tran Thi Lan, 88, attended the announcement in a wheelchair. Speaking in Vietnamese, with her grandson translating, she said she was “very proud, but a little embarrassed about the wrinkles.”

The gallery’s director, Catherine Holloway, said this year’s entries had been “the strongest field in a decade.” “Thomas has painted something that is both intimate and enormous. You stand in front of it and feel you have been invited into a family,” Holloway said.

Not all critics agreed. The Sydney Morning Herald’s art critic, Julian Marsh, called the win “a sentimental and safe choice” and wrote that the trustees had once again “rewarded subject matter over painting.”

Nguyen said he had read the review. “He’s allowed his opinion. My grandmother thinks he just needs a good meal,” he said.

By Friday afternoon, a queue had formed outside the exhibition. One visitor, a nurse from Cabramatta who did not want to be named, said the painting had made her cry. “It looks like my mother. It looks like everybody’s mother,” she said.

The finalists’ works will be on display in Sydney until September before touring regional galleries in New South Wales and Victoria.''',
 [("She kept getting up to make", "Thomas Nguyen"),
  ("I’d be halfway through an eye", "Thomas Nguyen"),
  ("very proud, but a little embarrassed", "Tran Thi Lan"),
  ("the strongest field in a decade", "Catherine Holloway"),
  ("Thomas has painted something that is", "Catherine Holloway"),
  ("a sentimental and safe choice", "Julian Marsh"),
  ("rewarded subject matter over painting", "Julian Marsh"),
  ("He’s allowed his opinion.", "Thomas Nguyen"),
  ("It looks like my mother.", "~nurse")]),

# 9 -- Country singer cancels tour: named publicist statement, Instagram video with split quote, company spokesman partial quote, Dr title stripped, "warned that" partial, fan on Facebook
('''Country singer Wade Tillman has cancelled the remaining 23 dates of his North American tour to undergo surgery on his vocal cords, his publicist said on Monday.

"Wade has been advised by his doctors that continuing to perform would risk permanent damage to his voice," publicist Renee Castellano said in a statement. "He is heartbroken, but his health has to come first."

Tillman, 42, whose 2019 album "Gravel and Grace" topped the Billboard country chart for nine weeks, later posted a short video on Instagram, filmed in what appeared to be the kitchen of his home outside Nashville.

"Y'all, I'm so sorry," he said in the video, speaking in a hoarse whisper. "I tried to push through it in Tulsa and Wichita, and I shouldn't have. I'm going to get this fixed, and I'm coming back louder."

Tickets bought through official outlets will be refunded automatically, according to the tour's promoter, Red Barn Presents. A spokesman for the company said rescheduled dates were "likely but not yet confirmed."

Dr. Priya Raman, a laryngologist at Vanderbilt University Medical Center who is not involved in Tillman's care, said vocal cord injuries were common among touring singers. "The touring schedules are brutal," she said. "Singers are athletes, but they rarely get the rest an athlete would get."

Raman said most patients who underwent similar procedures were able to perform again within three months, but warned that "rushing back is the single biggest risk to a full recovery."

Some fans expressed frustration online that the announcement came less than a day before Tuesday's show in Omaha, Nebraska. "I drove six hours and booked a hotel," one fan wrote on Facebook. "I hope he gets better, but a day's notice would have been nice."

Tillman's last tour, in 2022, grossed more than $60 million, according to the trade publication Pollstar.''',
 [("Wade has been advised by his", "Renee Castellano"),
  ("He is heartbroken, but his health", "Renee Castellano"),
  ("Y'all, I'm so sorry", "Wade Tillman"),
  ("I tried to push through it", "Wade Tillman"),
  ("likely but not yet confirmed.", "Red Barn Presents"),
  ("The touring schedules are brutal", "Priya Raman"),
  ("Singers are athletes, but they rarely", "Priya Raman"),
  ("rushing back is the single biggest", "Priya Raman"),
  ("I drove six hours and booked", "~fan"),
  ("I hope he gets better, but", "~fan")]),

# 10 -- Palme d'Or: split quote, jury president described as "the two-time Oscar winner", banner nobody is named for, named spokeswoman with partial then full quote, festival statement, lawyer via AFP
('''Romanian director Andrei Popescu won the Palme d’Or at the Cannes Film Festival on Saturday for “The Winter Orchard”, an austere drama about three generations of women running a failing farm in the Carpathian foothills.

Popescu, 51, accepted the award from the jury president, the American actress Laura Bennington, and spoke first in halting French before switching to English. “I made this film for my mother, who is watching on a very bad internet connection in Cluj,” he said. “Mama, if the picture froze, I won.”

At a news conference after the ceremony, Bennington said the jury’s decision had been “not unanimous, but very close to it.”

“There were passionate arguments in that room, and I loved every one of them,” the two-time Oscar winner said. “But we kept coming back to this film because it asked nothing of us and gave us everything.”

The 12-day festival was overshadowed in its final week by protests over the selection in competition of “Les Nuits Blanches”, starring the French actor Olivier Garnier, who is under investigation in Paris over allegations of sexual assault.

About 150 demonstrators gathered near the Palais des Festivals on Saturday afternoon. A banner unfurled from a hotel balcony on the Croisette by people who were not identified read: “The red carpet is not a hiding place.”

Camille Bertrand, a spokeswoman for the feminist collective Silence Rompu, which organised the protest, said the festival had “learned nothing from the last five years.” “Every year they tell us the art must be separated from the artist. Every year it is the same kind of artist they protect,” she said.

The festival said in a statement last week that it “is not a court and cannot act as one” and that films were selected solely on their artistic merit.

Garnier’s lawyer, Hélène Roux, told AFP that her client “contests these accusations in their entirety” and had full confidence in the judicial process.''',
 [("I made this film for my", "Andrei Popescu"),
  ("Mama, if the picture froze, I", "Andrei Popescu"),
  ("not unanimous, but very close to", "Laura Bennington"),
  ("There were passionate arguments in that", "Laura Bennington"),
  ("But we kept coming back to", "Laura Bennington"),
  ("The red carpet is not a", None),
  ("learned nothing from the last five", "Camille Bertrand"),
  ("Every year they tell us the", "Camille Bertrand"),
  ("is not a court and cannot", "Cannes Film Festival"),
  ("contests these accusations in their entirety", "Hélène Roux")]),

# 11 -- Novelist dies at 89: publisher statement, agent with split quote, "said:" cue with quote over two paragraphs, archive interview quoted, "said the librarian, Name" inversion
('''Margaret Ellery, the novelist whose sprawling family sagas set in the Yorkshire Dales sold more than 20 million copies worldwide, has died aged 89, her publisher announced on Monday.

Hollins & Wray said in a statement that Ellery died peacefully at her home near Hawes on Sunday evening after a short illness. "Margaret was the heart of this publishing house for more than half a century," the statement said. "Her readers were her family, and she never forgot a letter."

Her first novel, "The Shepherd's Daughter", was rejected by nine publishers before it appeared in 1968. It went on to sell more than two million copies and was adapted by ITV into a drama series in the 1980s.

Her longtime agent, Peter Goldsmith, said Ellery had written all 41 of her novels by hand. "She didn't trust computers, and she didn't trust London," he said. "She came down once a year for lunch at her club and went home the same afternoon."

Fellow novelist Anne Pryor, who described Ellery as a mentor, said: "People were sniffy about her because she was popular and because she wrote about women's lives. They were wrong on both counts.

"She understood farming, money, grief and desire better than most of the people who reviewed her. I learned more from one afternoon in her kitchen than from three years at university."

Ellery was often dismissive of literary prizes. Asked in a 2012 interview with BBC Radio 4 whether she minded never having been shortlisted for the Booker Prize, she replied: "I'd rather be read than rewarded. Anyway, the prize money wouldn't buy a decent tractor."

In Hawes, where Ellery was a familiar figure at the Tuesday market, flowers were left outside the town's library on Monday. "She'd come in every week and check her own books were on the shelf," said the librarian, Janet Booth, 61. "If they weren't, she'd want to know who had them."

Ellery is survived by two sons and five grandchildren. Her husband, the vet Thomas Ellery, died in 2004.''',
 [("Margaret was the heart of this", "Hollins & Wray"),
  ("Her readers were her family, and", "Hollins & Wray"),
  ("She didn't trust computers, and she", "Peter Goldsmith"),
  ("She came down once a year", "Peter Goldsmith"),
  ("People were sniffy about her because", "Anne Pryor"),
  ("She understood farming, money, grief and", "Anne Pryor"),
  ("I'd rather be read than rewarded.", "Margaret Ellery"),
  ("She'd come in every week and", "Janet Booth"),
  ("If they weren't, she'd want to", "Janet Booth")]),

# 12 -- Streaming series cancelled: thread on X, partial quote, company spokesperson, newspaper critic unnamed, Instagram caption, petition organiser described by age, "replied:" cue
('''Netflix has cancelled the fantasy drama “Ashfall” after two seasons, its creator confirmed on Wednesday, ending a series that drew strong reviews but struggled to hold viewers beyond its opening weeks.

Showrunner Dana Whitcombe announced the news in a thread on X. “I’m devastated to tell you that there will be no third season,” she wrote. “We had the whole thing mapped out. The ending would have broken your hearts in the best possible way.”

Whitcombe, 46, added in a later post that she was “proud of every single frame” and thanked the crew in Belfast, where the series was filmed over four years.

A Netflix spokesperson said the decision had been based on viewing data but gave no figures. “We’re grateful to Dana and the entire cast and crew for bringing this world to life,” the spokesperson said.

The second season, released in March, was praised by critics. The Guardian’s television critic gave it five stars, calling it “the most ambitious fantasy on television since Game of Thrones.”

Its star, Oliver Kwame-Hughes, who played the exiled prince Caedmon, posted a photograph from the final day of filming on Instagram with the caption: “Not how I wanted this chapter to end, but what a chapter.”

A petition calling for another network to pick up the series had gathered more than 80,000 signatures by Wednesday evening. Its organiser, Kayla Brooks, a 19-year-old student from Columbus, Ohio, told Variety that fans felt let down. “We’re not asking for much,” she said. “Just an ending. Give us ten episodes, give us five, give us a movie.”

Asked by a fan on X whether she would try to sell the show to another platform, Whitcombe replied: “Never say never. But please don’t get your hopes up too high.”

Netflix has cancelled several high-budget genre series after two seasons in recent years, a pattern that has drawn criticism from fans and creators alike.''',
 [("I’m devastated to tell you that", "Dana Whitcombe"),
  ("We had the whole thing mapped", "Dana Whitcombe"),
  ("proud of every single frame", "Dana Whitcombe"),
  ("We’re grateful to Dana and the", "Netflix"),
  ("the most ambitious fantasy on television", "~critic"),
  ("Not how I wanted this chapter", "Oliver Kwame-Hughes"),
  ("We’re not asking for much", "Kayla Brooks"),
  ("Just an ending. Give us ten", "Kayla Brooks"),
  ("Never say never. But please", "Dana Whitcombe")]),

# 13 -- Conductor resigns: partial quote in lead, open letter with split quote, board chair partial and statement, union statement, players' cellist, unnamed subscriber described
('''The music director of the Manitoba Philharmonic, Sebastian Krell, resigned abruptly on Tuesday, citing what he called "an unbridgeable gap over values and vision" with the orchestra's board over planned cuts to the number of musicians.

Krell, 58, who was born in Leipzig and has led the Winnipeg-based orchestra since 2014, announced his departure in a letter to subscribers that was also published on the orchestra's website.

"I cannot in good conscience preside over the dismantling of what this city has built over seventy years," he wrote. "An orchestra is not a spreadsheet. Cut the string section by a third and you do not have a cheaper orchestra; you have a different and lesser one."

The board chair, Linda Fairweather, said she was "disappointed but not surprised" by the resignation.

"Sebastian is a gifted musician, and we are grateful for his decade of service," Fairweather said in a statement. "But the board has a responsibility to make sure this orchestra still exists in ten years. The status quo was not sustainable."

The orchestra has reported deficits in five of its last six seasons, according to its annual filings, and ticket sales have not returned to pre-pandemic levels. Under the board's plan, the number of full-time players would fall from 64 to 48 over three years.

The Winnipeg Musicians' Association, which represents the players, said it "stands with Maestro Krell and with every musician on that stage" and would fight any layoffs.

Principal cellist Naomi Bergeron, speaking after a rehearsal on Tuesday afternoon, said players had learned of the resignation by email. "There were a few tears in the room," she said. "He fought for us. Not every conductor would."

At the box office of the Centennial Concert Hall, a retired engineer who has held a subscription since 1981 said he intended to cancel it. "If they're going to shrink the orchestra, they can shrink my cheque as well," he said.

Krell will conduct his final concerts with the orchestra in June.''',
 [("an unbridgeable gap over values and", "Sebastian Krell"),
  ("I cannot in good conscience preside", "Sebastian Krell"),
  ("An orchestra is not a spreadsheet.", "Sebastian Krell"),
  ("disappointed but not surprised", "Linda Fairweather"),
  ("Sebastian is a gifted musician, and", "Linda Fairweather"),
  ("But the board has a responsibility", "Linda Fairweather"),
  ("stands with Maestro Krell and with", "Winnipeg Musicians' Association"),
  ("There were a few tears in", "Naomi Bergeron"),
  ("He fought for us. Not every", "Naomi Bergeron"),
  ("If they're going to shrink the", "~engineer")]),

# 14 -- K-pop hiatus: agency partial quotes and statement, handwritten letter with quote over two paragraphs, Instagram post, critic via newspaper, "said a student" inversion with no name
('''South Korean boy band NOVA8 will go on an indefinite hiatus after its members declined to renew their contracts with their management agency, the company announced on Friday, pausing one of the most commercially successful K-pop acts of the past decade.

Starlight Entertainment said in a statement that the eight members had “expressed a wish to pursue individual paths” and that the agency “fully respects and supports their decision.”

“The past nine years with NOVA8 have been a privilege for everyone at Starlight. We ask fans to continue sending their love to each member as they begin new chapters,” the statement said.

Group leader Kang Min-jae, 28, posted a handwritten letter on the fan platform Weverse shortly after the announcement.

“I know this news will hurt many of you, and I am sorry for that,” he wrote. “We are not fighting. We are not angry with each other. We are simply grown men who want to find out who we are outside of one name.

“Whatever happens, NOVA8 will always be eight. That number does not change.”

The group’s youngest member, Yoon Ha-eun, who joined at 15, wrote on Instagram: “Thank you for raising me. I grew up in front of you, and I will never forget it.”

NOVA8 debuted in 2016 and has sold more than 30 million albums, according to industry figures. Several of its members are due to begin mandatory military service within the next two years.

Culture critic Lee Soo-jin said the split reflected a wider shift in the industry. “The first generation of global K-pop stars is reaching the end of their contracts, and they have more leverage than any idols before them,” Lee told The Korea Herald.

Outside Starlight’s headquarters in Seoul’s Gangnam district, dozens of fans gathered on Friday evening with banners and lightsticks. “I’ve been a fan since middle school,” said a 22-year-old university student from Daegu. “It feels like my childhood is ending.”''',
 [("expressed a wish to pursue individual", "Starlight Entertainment"),
  ("fully respects and supports their decision", "Starlight Entertainment"),
  ("The past nine years with NOVA8", "Starlight Entertainment"),
  ("I know this news will hurt", "Kang Min-jae"),
  ("We are not fighting. We are", "Kang Min-jae"),
  ("Whatever happens, NOVA8 will always be", "Kang Min-jae"),
  ("Thank you for raising me.", "Yoon Ha-eun"),
  ("The first generation of global K-pop", "Lee Soo-jin"),
  ("I’ve been a fan since middle", "~student"),
  ("It feels like my childhood is", "~student")]),

# 15 -- Animated film record weekend: studio executive, director post on X, analyst later called "the analyst", cinema chain statement, unnamed father described
('''"Paper Lanterns," the animated musical from Bramble Street Studios, took an estimated $142 million at North American box offices over its opening weekend, the biggest debut on record for an original animated film, according to studio figures released on Sunday.

The studio's head of domestic distribution, Carla Menendez, said the result had surpassed even the company's most optimistic forecasts. "We were hoping for ninety," she said in a telephone interview. "When the Friday numbers came in, people in the office were literally screaming."

The film, about a girl in 19th-century Osaka who befriends the spirits living inside her family's lantern shop, opened in more than 4,200 theaters and earned an A-plus rating from audiences polled by CinemaScore.

Its director, Kenji Albright, who spent seven years developing the project, posted a photograph on X of his parents holding ticket stubs. "My mom and dad just bought tickets at their local theater in Fresno without telling me," he wrote. "They've now seen it three times. They are not unbiased."

David Sorensen, a senior box-office analyst at Comscore, said original animated films had struggled in recent years against sequels and franchise titles. "Everyone said audiences only turn up for characters they already know," Sorensen said. "This weekend is a pretty loud rebuttal."

The analyst said the strong audience score suggested the film would have "very long legs well into August," with few family releases scheduled before the start of the school year.

The cinema chain Cinemark said in a statement that more than 600 of its screenings had sold out, describing the weekend as "the strongest family turnout we have seen since before the pandemic."

At a Cinemark multiplex in Dallas on Saturday, a father of three who had brought his daughters dressed as the film's heroine said he had not expected much. "I've been dragged to a lot of cartoons," he said. "This is the first one where I cried harder than the kids."

"Paper Lanterns" opens in Japan and much of Europe next month.''',
 [("We were hoping for ninety", "Carla Menendez"),
  ("When the Friday numbers came in", "Carla Menendez"),
  ("My mom and dad just bought", "Kenji Albright"),
  ("They've now seen it three times", "Kenji Albright"),
  ("Everyone said audiences only turn up", "David Sorensen"),
  ("This weekend is a pretty loud", "David Sorensen"),
  ("very long legs well into August", "David Sorensen"),
  ("the strongest family turnout we have", "Cinemark"),
  ("I've been dragged to a lot", "~father"),
  ("This is the first one where", "~father")]),

# 16 -- Illustrator accuses retailer: Instagram post, company statement with partial quotes and "the company said", lawyer via News24, professor with split quote, post on X
('''Cape Town illustrator Lindiwe Mokoena has accused the fashion retailer Velvet & Vine of copying her artwork for a line of T-shirts, in a dispute that has drawn support from thousands of artists online.

Mokoena, 27, posted side-by-side images on Instagram on Sunday comparing her 2021 print “Ouma’s Garden” with a shirt on sale in the retailer’s stores for R249.

“I didn’t even get an email. Not a request, not an offer, not a thank you. Just my grandmother’s garden on a rack in Sandton with someone else’s logo on it,” she wrote.

The post had been shared more than 40,000 times by Tuesday morning.

Velvet & Vine said in a statement on Monday that it had removed the shirt from sale “as a precaution while we investigate” and was “taking the concerns raised extremely seriously.”

“The design in question was supplied by a third-party vendor,” the company said. “We have asked that vendor for a full account of how it was created.”

Mokoena’s lawyer, Thabo Dlamini, told News24 that the response was “not nearly good enough.”

“Outsourcing the design does not outsource the responsibility,” Dlamini said. “My client’s work was taken, and the company profited from it. We will be seeking damages.”

Anneke Visser, a professor of intellectual property law at Stellenbosch University, said such cases were difficult for independent artists but far from hopeless. “People assume they need to register their work. In South Africa, copyright exists from the moment the work is made. The hard part is proving access, and social media has made that much easier,” she said.

Among those backing Mokoena was the Johannesburg muralist Sipho Ndlovu, who wrote on X: “Today it’s Lindiwe. Tomorrow it’s you. Pay artists.”''',
 [("I didn’t even get an email.", "Lindiwe Mokoena"),
  ("as a precaution while we investigate", "Velvet & Vine"),
  ("taking the concerns raised extremely seriously", "Velvet & Vine"),
  ("The design in question was supplied", "Velvet & Vine"),
  ("We have asked that vendor for", "Velvet & Vine"),
  ("not nearly good enough", "Thabo Dlamini"),
  ("Outsourcing the design does not outsource", "Thabo Dlamini"),
  ("My client’s work was taken, and", "Thabo Dlamini"),
  ("People assume they need to register", "Anneke Visser"),
  ("Today it’s Lindiwe. Tomorrow it’s you.", "Sipho Ndlovu")]),

# 17 -- West End musical to close: producer statement with nested title, lead actor addresses audience, unnamed theatre-body spokesperson, union official, Facebook post with description by age, unnamed fan
('''The long-running West End musical "Chimney Street" will close in September after 11 years at the Aldwych Theatre, its producers announced on Thursday, citing rising costs.

"After more than 4,000 performances and nearly six million tickets sold, it is time to let 'Chimney Street' take its final bow," Clearwater Productions said in a statement.

The show, which follows a family of Victorian chimney sweeps in Lambeth, won three Olivier Awards in 2014 and has since been staged in 14 countries.

Bethany Rowe, who has played the lead role of Nell since 2019, addressed the audience after Thursday evening's performance. "I found out this afternoon, same as you," she told the crowd, her voice breaking. "So if I cry during the finale for the next three months, please just pretend you haven't noticed."

The closure is the latest in a series of long-running productions to end their West End runs in the past two years. A spokesperson for the Society of London Theatre said the cost of staging a large musical had risen by about 30 per cent since 2019. "Long runs are the backbone of the West End, and every closure is felt across the whole industry," the spokesperson said.

Marcus Doyle, a regional official for the performers' union Equity, said it would support the 47 cast and crew members affected. "These are skilled people who have given a decade of their lives to this show, and we will make sure they are treated fairly," he said.

The show's composer, Gareth Lyle, wrote on Facebook that he was "grateful beyond words to every single person who bought a ticket." The 71-year-old added that he was already working on a new musical. "Old songwriters don't retire," he wrote. "We just get slower."

Outside the stage door, a woman from Croydon who said she had seen the show 46 times was among fans waiting for autographs. "It's part of my life," she said. "I'll be here for the last night, whatever the tickets cost."''',
 [("After more than 4,000 performances and", "Clearwater Productions"),
  ("I found out this afternoon, same", "Bethany Rowe"),
  ("So if I cry during the", "Bethany Rowe"),
  ("Long runs are the backbone of", "Society of London Theatre"),
  ("These are skilled people who have", "Marcus Doyle"),
  ("grateful beyond words to every single", "Gareth Lyle"),
  ("Old songwriters don't retire", "Gareth Lyle"),
  ("We just get slower.", "Gareth Lyle"),
  ("It's part of my life", "~woman"),
  ("I'll be here for the last", "~woman")]),

# 18 -- New Orleans trumpeter dies: daughter with split quote, nickname in quotes, council member partial, bandmate, club owner, archive radio interview, sign nobody is named for
('''Clarence Thibodeaux, the New Orleans trumpeter whose Sunday-night residency at a Frenchmen Street club ran for 38 years, died on Thursday. He was 84.

His daughter, Monique Thibodeaux-Harris, said he died at University Medical Center from complications of pneumonia. “He played a little on Tuesday, just a few notes, for the nurses,” she said. “They asked him for the Saints song, and he told them that one was for tourists.”

Known to generations of fans as “Big C,” Thibodeaux learned to play in the brass bands of the Tremé neighborhood and toured with rhythm-and-blues revues in the 1960s before settling into his residency at the Spotted Heron in 1986.

New Orleans City Council member Yvette Broussard said in a statement that the city had lost “a piece of its own heartbeat.”

Drummer Leroy Fontenot, who played alongside Thibodeaux for three decades, said the trumpeter never missed a night. “Clarence didn’t believe in days off,” Fontenot said. “Hurricane Katrina came, and he played the next Sunday in a church basement in Baton Rouge because the club was under water. He said the music had to keep its appointment.”

Jeanette Marchand, who owns the Spotted Heron, said the bandstand would be left empty this Sunday. “Nobody plays that slot this week,” she said. “We’ll put his chair up there with his hat on it, and we’ll all just listen to the quiet.”

Thibodeaux was often asked why he never moved to New York, where several of his contemporaries built national careers. In a 2009 interview with the radio station WWOZ, he answered: “New York has more money. New Orleans has more church. I’ll take the church every time.”

On Thursday night, several dozen people gathered outside the club with candles, and a hand-lettered sign taped to the door read: “Big C Forever — Sunday Never Ends.”

Friends and fellow musicians are planning a traditional jazz funeral with a second-line procession later this month.''',
 [("He played a little on Tuesday", "Monique Thibodeaux-Harris"),
  ("They asked him for the Saints", "Monique Thibodeaux-Harris"),
  ("a piece of its own heartbeat", "Yvette Broussard"),
  ("Clarence didn’t believe in days off", "Leroy Fontenot"),
  ("Hurricane Katrina came, and he played", "Leroy Fontenot"),
  ("Nobody plays that slot this week", "Jeanette Marchand"),
  ("We’ll put his chair up there", "Jeanette Marchand"),
  ("New York has more money.", "Clarence Thibodeaux"),
  ("Big C Forever — Sunday Never", None)]),

# 19 -- School board removes novel: author's partial quote before she is named, board chair with split quote, dissenting member, unnamed mother, post on X, ACLU statement
('''A school board in central Florida voted 4-1 on Tuesday night to remove the young-adult novel "The Lighthouse Year" from middle school libraries, prompting its author to accuse the district of "erasing kids who need to see themselves on the page."

The novel, by Rebecca Sandoval, follows a 13-year-old girl who comes to terms with her older brother's sexuality after the family moves to a small coastal town. It was published in 2020 and won a state award for young readers the following year.

School board chair Dennis Whitlock said the decision was about age-appropriateness, not politics. "Parents have a right to know what their children are reading, and this board has a duty to listen to them," Whitlock said after the vote. "Nobody is burning books. The novel remains available at the public library for any family that wants it."

The only vote against the removal came from board member Gloria Estrada, a former English teacher. "I've read this book twice," she said during the meeting. "I did not find a single page that would harm a child. I found a lot of pages that might help one."

The meeting, in Bartow, drew more than 200 people, and public comment lasted nearly three hours. One mother who spoke in favor of removal, and who declined to give her name to reporters afterward, said: "I don't want my daughter reading this in sixth grade. That's all. It's not hate, it's parenting."

Sandoval responded on X shortly after the vote. "To every kid in Polk County who found themselves in this book: you are not the problem. You never were," she wrote.

The American Civil Liberties Union of Florida said in a statement that it was "reviewing the decision and considering all available options." The district has removed 11 titles from school libraries since 2022, according to records obtained by the Tampa Bay Times.''',
 [("erasing kids who need to see", "Rebecca Sandoval"),
  ("Parents have a right to know", "Dennis Whitlock"),
  ("Nobody is burning books.", "Dennis Whitlock"),
  ("I've read this book twice", "Gloria Estrada"),
  ("I did not find a single", "Gloria Estrada"),
  ("I don't want my daughter reading", "~mother"),
  ("To every kid in Polk County", "Rebecca Sandoval"),
  ("reviewing the decision and considering all", "American Civil Liberties Union of Florida")]),

# 20 -- Awards host joke backlash: Instagram post with split quote, apology video on X, academy statement, broadcaster spokesperson partial, comic's partial then full quote, "said:" cue
('''The Canadian Screen Awards faced a backlash on Monday after host Ryan Tremblay made a joke about an actress’s body during Sunday night’s televised ceremony in Toronto.

Tremblay, a stand-up comedian best known for the sitcom “Snowed In”, aimed the remark at actress Priya Sandhu as she walked to the stage to present an award. The joke, which referred to her recent pregnancy, drew audible groans from the audience.

Sandhu responded on Instagram on Monday morning. “I had a baby four months ago. I have a body that did something incredible,” she wrote. “I’m not hurt. I’m just tired of women being the punchline in rooms where we are supposed to be celebrated.”

Tremblay apologized hours later in a video posted to X. “I went for a cheap laugh and I hit a person instead,” he said. “That’s on me. Priya, I’m sorry, and I’ve told you that privately too.”

The Academy of Canadian Cinema & Television, which organizes the awards, said the joke had not been included in the script it approved in advance. “The remark did not reflect the values of the Academy or of the community we represent,” the academy said in a statement.

A CBC spokesperson said the broadcaster had edited the segment out of the version available on its streaming service “out of respect for Ms. Sandhu and her family.”

Some comedians came to Tremblay’s defence. Montreal comic Luc Gagnon wrote on Facebook that awards shows had become “far too fragile for comedy” and added: “If every joke needs a permission slip, hire a motivational speaker instead.”

Later on Monday, asked by CBC News whether she accepted the apology, Sandhu said: “I do. He called me before he posted it. That counts for something.”''',
 [("I had a baby four months", "Priya Sandhu"),
  ("I’m not hurt. I’m just tired", "Priya Sandhu"),
  ("I went for a cheap laugh", "Ryan Tremblay"),
  ("That’s on me. Priya, I’m sorry", "Ryan Tremblay"),
  ("The remark did not reflect the", "Academy of Canadian Cinema & Television"),
  ("out of respect for Ms. Sandhu", "CBC"),
  ("far too fragile for comedy", "Luc Gagnon"),
  ("If every joke needs a permission", "Luc Gagnon"),
  ("I do. He called me before", "Priya Sandhu")]),

# 21 -- Mask returned to First Nation: partial then split quote, museum director with "She added:" after break, council convener "said:" cue, anonymous former trustee, "replied:" cue
('''A ceremonial mask taken from a Kwakwaka'wakw village in British Columbia more than a century ago was formally handed back to the community on Friday at a ceremony at the Dundee Civic Museum.

The mask, carved from red cedar and depicting a thunderbird, was acquired by a Scottish missionary in 1911 and donated to the museum by his descendants in 1938. It had been on public display for most of the time since.

Hereditary Chief Samuel Nelson, who travelled from Alert Bay with a delegation of 14 people, said the return marked "the end of a long exile."

"This mask was never art to us. It is family. It has danced at potlatches, it has witnessed names being given," Nelson said. "When it was taken, a part of our history went silent. Today it can speak again."

Museum director Fiona Reid said the decision followed a two-year review of the museum's collection from North America. "We hold these objects in trust, and sometimes holding something in trust means giving it back," Reid said.

She added: "We should have done it sooner, and I said as much to the chief this morning."

Moira Baxter, Dundee City Council's convener for leisure and culture, said: "Dundee has taken a step today that some of our larger national institutions are still arguing about."

The decision has not been universally welcomed. A former trustee of the museum, speaking on condition of anonymity, said the return "sets a precedent that could empty half the collection."

Asked about that concern, Nelson replied: "Then maybe half the collection should go home."

The mask will be displayed at the U'mista Cultural Centre in Alert Bay, which holds other items returned from museums in Canada, the United States and Europe.''',
 [("the end of a long exile.", "Samuel Nelson"),
  ("This mask was never art to", "Samuel Nelson"),
  ("When it was taken, a part", "Samuel Nelson"),
  ("We hold these objects in trust", "Fiona Reid"),
  ("We should have done it sooner", "Fiona Reid"),
  ("Dundee has taken a step today", "Moira Baxter"),
  ("sets a precedent that could empty", "~trustee"),
  ("Then maybe half the collection should", "Samuel Nelson")]),

# 22 -- Album leak: post on X with description by age, label partial and unnamed spokesperson, producer on radio, police partial, unnamed fan-account owner, later post
('''British singer Ella Fairbanks has condemned the leak of her unreleased fourth album, which appeared in full on file-sharing sites on Saturday, almost six weeks before its scheduled release.

“Four years of my life just got dumped on the internet by someone I will probably never meet,” the 29-year-old wrote on X late on Saturday. “If you love me, please wait. If you don’t, I can’t stop you.”

Her label, Halcyon Records, said it was working with police and “specialist cyber investigators in two countries” to identify the source. “We believe the material was obtained through a compromised third-party account,” a spokesperson for the label said.

Producer Jamal Okafor, who co-wrote eight of the album’s 12 tracks, told BBC Radio 1 that several of the leaked songs were unfinished demos. “Some of what’s out there are rough mixes from two years ago,” he said. “People are judging a painting from the pencil sketch.”

The Metropolitan Police confirmed it had received a report and said “enquiries are ongoing at this stage.” No arrests have been made.

Fans moved quickly to limit the damage. A fan who runs one of the singer’s largest fan accounts, with more than 200,000 followers, told the BBC she had spent the night reporting links to the platforms hosting them. “It’s like playing whack-a-mole,” she said. “You take one down and three more pop up.”

Fairbanks’ third album, released in 2021, debuted at number one in the UK and reached the top five in the United States. The new record, which has not yet been officially titled, is due out in early March.

On Sunday afternoon, Fairbanks posted again to thank fans who had refused to share the files. “You lot are the best security team I’ve ever had,” she wrote.''',
 [("Four years of my life just", "Ella Fairbanks"),
  ("If you love me, please wait.", "Ella Fairbanks"),
  ("specialist cyber investigators in two countries", "Halcyon Records"),
  ("We believe the material was obtained", "Halcyon Records"),
  ("Some of what’s out there are", "Jamal Okafor"),
  ("People are judging a painting from", "Jamal Okafor"),
  ("enquiries are ongoing at this stage.", "Metropolitan Police"),
  ("It’s like playing whack-a-mole", "~fan"),
  ("You take one down and three", "~fan"),
  ("You lot are the best security", "Ella Fairbanks")]),

# 23 -- Oscar nominee refused visa: told Reuters with split quote, academy statement partial, State Department spokesperson, producer, open letter from described signatories, trailing partial quote
('''Sudanese documentary maker Amal Osman, whose film "The River Remembers" is nominated for an Academy Award, said on Wednesday she had been refused a visa to travel to Los Angeles for next month's ceremony.

Osman, 36, who has lived in Nairobi since fleeing Khartoum in 2023, said the U.S. embassy in Kenya had turned down her application without a detailed explanation. "I was told I had not demonstrated sufficient ties to my country of residence," she told Reuters by telephone. "I asked them which country they meant. The one that is burning, or the one that lets me stay?"

The film, which follows three families displaced by fighting along the Nile, won the grand jury prize for documentary at the Sundance Film Festival last year.

The Academy of Motion Picture Arts and Sciences said in a statement that it was "aware of the situation and in contact with the relevant authorities."

A State Department spokesperson said the department did not comment on individual visa cases, citing confidentiality rules. "Every application is adjudicated on its own merits in accordance with U.S. law," the spokesperson said.

The film's producer, Nils Bergström, said the production team would not attend the ceremony without its director. "If Amal can't walk that carpet, none of us will," Bergström said. "We'll watch it together in Nairobi, and the empty seat will say what it needs to say."

More than 300 filmmakers from around the world signed an open letter published on Tuesday calling on the State Department to reconsider. "Art that documents war should not be punished by the borders that war creates," the letter said.

Osman said she would appeal the decision, "but not with much hope." She added that she had already written a speech, just in case.''',
 [("I was told I had not", "Amal Osman"),
  ("I asked them which country they", "Amal Osman"),
  ("aware of the situation and in", "Academy of Motion Picture Arts and Sciences"),
  ("Every application is adjudicated on its", "State Department"),
  ("If Amal can't walk that carpet", "Nils Bergström"),
  ("We'll watch it together in Nairobi", "Nils Bergström"),
  ("Art that documents war should not", "~filmmakers"),
  ("but not with much hope.", "Amal Osman")]),

# 24 -- Britpop memoir feud: partial quote before the speaker is named, statement through a publicist, publisher partial quotes, podcast split quote, reviews quoted in part (named and unnamed), drummer on radio
('''The publication of “Loud Enough”, the memoir of former Velvet Hours singer Danny Carver, has reignited a 25-year feud with the Britpop band’s guitarist, who on Tuesday dismissed parts of the book as “pure invention from start to finish.”

In the memoir, published on Thursday by Halewood Books, Carver claims that guitarist Steve Rudd sold the rights to the band’s early recordings without consulting the other members, shortly before the group split in 1999.

Rudd, 56, said in a statement issued through his publicist: “I have no intention of dignifying Danny’s fantasies with a line-by-line rebuttal. I will say only that there are lawyers, and there are contracts, and both remember things rather differently from Danny.”

Halewood Books said it “stands fully behind the book and its author” and that the manuscript had been “thoroughly reviewed by our legal team” before publication.

Carver, speaking on a music podcast on Monday, laughed off the criticism. “Steve’s always had a selective memory,” he said. “He remembers the royalties. He forgets the rest.”

Reviews have been mixed. In a four-star review for The Times, critic Will Hodgson called the book “a vivid, funny and deeply unreliable account of a decade of excess,” while the Guardian’s reviewer found it “exhausting in its relentless score-settling.”

The band’s drummer, Kevin Holt, who now runs a recording studio in Sheffield, told BBC Radio Sheffield he had no intention of taking sides. “I was there for all of it and I’m staying out of it,” he said. “They’re both half right, which means they’re both half wrong.”

The Velvet Hours had four top-ten singles between 1995 and 1998. Carver and Rudd have not spoken since the band’s final concert in Leeds.''',
 [("pure invention from start to finish", "Steve Rudd"),
  ("I have no intention of dignifying", "Steve Rudd"),
  ("stands fully behind the book and", "Halewood Books"),
  ("thoroughly reviewed by our legal team", "Halewood Books"),
  ("Steve’s always had a selective memory", "Danny Carver"),
  ("He remembers the royalties.", "Danny Carver"),
  ("a vivid, funny and deeply unreliable", "Will Hodgson"),
  ("exhausting in its relentless score-settling", "~reviewer"),
  ("I was there for all of", "Kevin Holt"),
  ("They’re both half right, which means", "Kevin Holt")]),

# 25 -- International Emmy for Mexican actress: translated speech, co-star backstage, unnamed collective member, studio statement partial, unnamed newspaper critic, mother with shared surname via newspaper
('''Mexican actress Valeria Montoya won the International Emmy Award for best performance by an actress on Monday night for her role as a mother searching for her disappeared son in the streaming series "Ciudad de Polvo."

Montoya, 44, delivered most of her acceptance speech in Spanish at the ceremony in New York. "This award is for the mothers who are still digging," she said, according to a translation provided by the organizers. "They do not need actresses. They need answers."

The series, produced by the Mexico City company Estudio Lumbre, follows a woman from Culiacán who joins one of the volunteer collectives that search for the remains of missing people in northern Mexico. More than 100,000 people are officially listed as missing in the country.

Her co-star Mateo Salinas, who played a detective, said backstage that Montoya had spent months with search collectives in Sinaloa before filming began. "She didn't just research those women, she became their friend," Salinas said. "Some of them are here tonight, sitting in the back row."

One of those women, a member of a collective from Culiacán who asked that her name not be published for safety reasons, said she had wept during the speech. "For years nobody wanted to hear about us," she said. "Tonight, in New York, they stood up."

Estudio Lumbre said in a statement that the award was "a recognition of the courage of an entire country of families."

When the series debuted last year, a critic for The New York Times called Montoya's performance "a quietly seismic piece of acting."

In Montoya's hometown of Guadalajara, her mother, Rosa Montoya, told the newspaper El Informador that she had stayed up past midnight to watch the ceremony. "I never understood why she wanted to be an actress," she said. "Now I understand a little better."''',
 [("This award is for the mothers", "Valeria Montoya"),
  ("They do not need actresses.", "Valeria Montoya"),
  ("She didn't just research those women", "Mateo Salinas"),
  ("Some of them are here tonight", "Mateo Salinas"),
  ("For years nobody wanted to hear", "~member"),
  ("Tonight, in New York, they stood", "~member"),
  ("a recognition of the courage of", "Estudio Lumbre"),
  ("a quietly seismic piece of acting.", "~critic"),
  ("I never understood why she wanted", "Rosa Montoya"),
  ("Now I understand a little better.", "Rosa Montoya")]),
]

STORIES_BS = [
# 1 -- Kharkiv drone strike: Telegram statement by an agency, quote-then-cue, "wrote on Telegram", split quote, first-name-only neighbour, partial quote from a ministry, later mention by surname
('''Russian drones struck a nine-storey apartment building in Kharkiv overnight, killing at least four people and wounding 17, including two children, Ukrainian officials said on Tuesday.

The attack hit the city's Saltivskyi district shortly after 2 a.m., setting fire to the upper floors and trapping residents in their flats, according to the State Emergency Service.

"Rescuers pulled 11 people out of the rubble alive, but the search is not over," the service said in a statement on Telegram. "There may still be people under the collapsed section of the building."

Serhiy Lytvynenko, head of the Kharkiv regional military administration, said the city had been attacked by at least 12 Shahed-type drones in less than an hour.

"This was a deliberate strike on a residential neighbourhood. There are no military facilities anywhere near this building," Lytvynenko wrote on Telegram. He added that air defences had shot down seven of the drones over the outskirts of the city.

Halyna Boiko, 67, who lives on the fifth floor, said she had been woken by the first explosion and had gone out into the corridor with her cat.

"Then the second one hit, and the windows came in on top of us," she told reporters outside the building, a blanket around her shoulders. "I have lived here for 40 years. I don't know where I will sleep tonight."

A neighbour who gave only his first name, Dmytro, said he had helped carry an elderly man down the stairwell in the dark. "You could not see anything, only smoke and the light from phones," he said.

The Russian Defence Ministry said in its daily briefing that its forces had carried out "a group strike with long-range precision weapons" against what it described as facilities of Ukraine's military-industrial complex in the Kharkiv region. It did not mention the residential building.

By midday, emergency crews had recovered a fifth body from the rubble, and Lytvynenko said the search would continue through the night. Speaking in a video address, he urged residents not to ignore air raid alerts.

"The city will not be intimidated, but we have to be careful," he said. "Go to the shelters. Every time."''',
 [("Rescuers pulled 11 people out of", "State Emergency Service"),
  ("There may still be people under", "State Emergency Service"),
  ("This was a deliberate strike on", "Serhiy Lytvynenko"),
  ("Then the second one hit, and", "Halyna Boiko"),
  ("I have lived here for 40", "Halyna Boiko"),
  ("You could not see anything, only", "Dmytro"),
  ("a group strike with long-range precision", "Russian Defence Ministry"),
  ("The city will not be intimidated", "Serhiy Lytvynenko"),
  ("Go to the shelters. Every", "Serhiy Lytvynenko")]),

# 2 -- Cairo ceasefire talks: official on condition of anonymity, ministry statement, partial quote then pronoun, office statement, named mother by phone
('''Negotiators from Egypt, Qatar and the United States met in Cairo on Sunday for a new round of talks aimed at securing a ceasefire in Gaza and the release of the remaining hostages, but officials said significant gaps remained between Israel and Hamas.

An Egyptian official briefed on the talks, who spoke on condition of anonymity because he was not authorised to speak to the media, said the mediators had presented both sides with a revised proposal on the sequencing of hostage and prisoner releases.

“The atmosphere is better than it was last week, but nobody should expect an announcement tonight,” the official said. “The question of a full Israeli withdrawal is still the main obstacle.”

The Egyptian Foreign Ministry said in a statement that Foreign Minister Hisham Rashwan had spoken by phone with his Qatari counterpart and with the US special envoy ahead of the meeting.

“Egypt will spare no effort to reach a permanent ceasefire that ends the suffering of the Palestinian people in Gaza,” the statement said.

Mahmoud Abu Shanab, a member of Hamas’s political bureau, told Al Jazeera that the movement “has shown all the flexibility required of it” and accused Israel of stalling.

“The ball is now in the occupation’s court,” he said. “We will not accept any agreement that does not end the war completely.”

In Jerusalem, the Israeli Prime Minister’s Office said Israel would keep its negotiating team in Cairo for as long as was needed. “Israel will not agree to any deal that leaves Hamas in control of Gaza,” it said in a brief statement, adding that military pressure would continue in parallel with the talks.

In a tent camp in Deir al-Balah, a mother of five who gave her name as Umm Ahmed said she had stopped following the news from Cairo.

“Every time they say there will be a truce, we wait, and nothing happens,” she said by phone, the sound of a drone audible in the background. “We are tired. The children are tired. We only want to sleep one night without fear.”

Aid agencies have warned that fuel and food supplies in the territory are close to running out, and the United Nations said on Sunday that only a fraction of the trucks needed each day were being allowed in.''',
 [("The atmosphere is better than it", "~official"),
  ("The question of a full Israeli", "~official"),
  ("Egypt will spare no effort to", "Egyptian Foreign Ministry"),
  ("has shown all the flexibility required", "Mahmoud Abu Shanab"),
  ("The ball is now in the", "Mahmoud Abu Shanab"),
  ("We will not accept any agreement", "Mahmoud Abu Shanab"),
  ("Israel will not agree to any", "Israeli Prime Minister’s Office"),
  ("Every time they say there will", "Umm Ahmed"),
  ("We are tired. The children are", "Umm Ahmed")]),

# 3 -- El Fasher hospital shelling: medical group's Facebook statement, RSF Telegram partial quote, aid coordinator by satellite phone, anonymous displaced woman, UN spokesman partial then full
('''Paramilitary Rapid Support Forces shelled the last functioning hospital in El Fasher, the capital of Sudan's North Darfur state, on Thursday, killing at least nine people including two nurses, medical workers and aid groups said.

The Saudi Hospital was hit by at least three artillery rounds during the morning, according to the Sudan Doctors Network, a medical group that tracks casualties in the war.

"The shelling targeted the emergency ward directly while it was full of wounded," the network said in a statement posted on Facebook. "This is a war crime by every definition."

The RSF, which has besieged El Fasher for more than a year, denied responsibility. In a statement on its Telegram channel, it accused the army and allied militias of "using hospitals and civilians as human shields" and said its fighters had only returned fire on military positions.

Claire Morel, the emergency coordinator for Médecins Sans Frontières in Darfur, said the group had lost contact with its staff inside the city for several hours after the strike.

"Our colleagues are working with almost nothing: no anaesthetic, no blood, barely any fuel for the generators," Morel told Reuters by satellite phone from Tawila, about 60 kilometres west of El Fasher. "People are dying of wounds that would be treated in an afternoon anywhere else."

She said the number of patients arriving in Tawila with gunshot and blast injuries had tripled in a week, and that many were children.

A woman who fled El Fasher with her four children last week, and who asked not to be named for fear of reprisals against relatives still in the city, described walking for three days with little water.

"They stopped us at a checkpoint and took everything, even the children's shoes," she said in Tawila, where she is sleeping under a plastic sheet. "My husband stayed behind. I do not know if he is alive."

The United Nations has repeatedly warned that an all-out assault on El Fasher could lead to mass atrocities along ethnic lines, as happened in El Geneina in West Darfur in 2023.

Speaking to reporters in Geneva, UN humanitarian spokesman Tomas Lindqvist said the city's remaining residents, estimated at about 250,000, were "trapped in a death zone with no safe way out."

"We are asking, again, for a humanitarian pause and safe passage for civilians," he said. "The parties know exactly what is required of them."''',
 [("The shelling targeted the emergency ward", "Sudan Doctors Network"),
  ("This is a war crime by", "Sudan Doctors Network"),
  ("using hospitals and civilians as human", "Rapid Support Forces"),
  ("Our colleagues are working with almost", "Claire Morel"),
  ("People are dying of wounds that", "Claire Morel"),
  ("They stopped us at a checkpoint", "~woman"),
  ("My husband stayed behind. I do", "~woman"),
  ("trapped in a death zone with", "Tomas Lindqvist"),
  ("We are asking, again, for a", "Tomas Lindqvist")]),

# 4 -- Boulkessi camp attack: anonymous security source, general staff statement on state TV with two partial quotes, jihadist claim partial quote, anonymous local official with "said the official" inversion, analyst, "the 52-year-old analyst" with colon
('''Suspected jihadist fighters attacked a military camp in central Mali on Monday, killing at least 21 soldiers in one of the deadliest assaults on the army this year, security sources and local officials said.

The attack on the camp at Boulkessi, near the border with Burkina Faso, began before dawn with a vehicle packed with explosives, followed by dozens of gunmen on motorcycles, according to a security source in the region who spoke on condition of anonymity.

“They came from three directions at once, and the fighting lasted more than four hours,” the source told AFP. “Part of the camp was overrun before reinforcements arrived by air.”

The General Staff of the Armed Forces confirmed the attack in a statement read on state broadcaster ORTM on Monday evening, saying troops had “vigorously repelled a complex terrorist attack” and had “neutralised several dozen of the assailants.” It put the army’s losses at 11 dead and 14 wounded.

The al-Qaeda-linked Group for the Support of Islam and Muslims, known by its Arabic acronym JNIM, claimed responsibility in a message published by its propaganda arm, saying its fighters had “taken control of the camp for several hours” and seized weapons and vehicles. The claim could not be independently verified.

A local elected official in Boulkessi, reached by telephone, said residents had stayed indoors throughout the fighting.

“We heard explosions from six in the morning until almost eleven,” said the official, who asked not to be named for his safety. “Afterwards the soldiers sealed off the road, and nobody was allowed to go near the camp.”

Mali’s military rulers, who seized power in coups in 2020 and 2021, expelled French troops and turned to Russia for security support, promising to restore order in a country where jihadist groups control large swathes of the countryside. Attacks have nonetheless continued in the centre and north.

Bakary Coulibaly, a security analyst based in Bamako, said Boulkessi had come to symbolise the limits of that strategy.

“This camp has been attacked again and again since 2019,” he said. “Each time the army announces that it has repelled the enemy, and each time the attackers come back better equipped.”

The 52-year-old analyst added that communication from the authorities had become increasingly restricted: “Families often learn that their sons are dead from social media, not from the army.”''',
 [("They came from three directions at", "~source"),
  ("Part of the camp was overrun", "~source"),
  ("vigorously repelled a complex terrorist attack", "General Staff of the Armed Forces"),
  ("neutralised several dozen of the", "General Staff of the Armed Forces"),
  ("taken control of the camp for", "Group for the Support of Islam and Muslims"),
  ("We heard explosions from six in", "~official"),
  ("Afterwards the soldiers sealed off the", "~official"),
  ("This camp has been attacked again", "Bakary Coulibaly"),
  ("Each time the army announces that", "Bakary Coulibaly"),
  ("Families often learn that their sons", "Bakary Coulibaly")]),

# 5 -- Sagaing airstrike: "said a villager who gave his name only as", shadow government statement, junta spokesman partial quote then full quotes, UN spokeswoman after the quote, pronoun and surname later
('''A military airstrike on a village in Myanmar's Sagaing region killed at least 23 people, including nine children, as they gathered for a school ceremony, residents and the country's opposition government said on Saturday.

Two fighter jets bombed Let Pan Hla village in Kanbalu township at about 10 a.m. on Friday, residents said.

"The first bomb fell right on the school compound. The children were still sitting in rows," said a villager who gave his name only as Ko Aung, 34, whose nephew was among those killed. "There was no fighting here. There are no soldiers here."

He said residents had buried most of the dead the same evening, fearing that the jets would return.

The National Unity Government, the shadow administration formed by lawmakers ousted in the 2021 coup, condemned the attack. "The junta continues to deliberately target schools, monasteries and clinics in order to terrorise the population into submission," it said in a statement.

Major General Kyaw Thura Naing, a spokesman for the military government, told state-run MRTV that the air force had struck "a training camp of People's Defence Force terrorists" and denied that civilians had been targeted.

"Security forces act only on accurate intelligence," he said. "The terrorist groups and their supporters spread fake news to win sympathy from the international community."

Independent news outlets, including Myanmar Now and the Democratic Voice of Burma, published photographs showing a collapsed bamboo-and-timber school building and rows of bodies covered with blankets. Reuters could not independently verify the death toll.

The United Nations human rights office said it was alarmed by the reports. "Attacks directed against schools are prohibited under international humanitarian law, and those responsible must be held to account," spokeswoman Elena Marchetti told reporters in Geneva.

Myanmar's military has increasingly relied on air power since the coup, as it struggles to hold territory against a patchwork of ethnic armed groups and pro-democracy militias.

Ko Aung said the village school had only been rebuilt last year after an earlier raid burned it to the ground.

"We thought they would not come back for a school," he said. "Now the parents say they will not send their children anywhere."''',
 [("The first bomb fell right on", "Ko Aung"),
  ("There was no fighting here. There", "Ko Aung"),
  ("The junta continues to deliberately target", "National Unity Government"),
  ("a training camp of People's Defence", "Kyaw Thura Naing"),
  ("Security forces act only on accurate", "Kyaw Thura Naing"),
  ("The terrorist groups and their supporters", "Kyaw Thura Naing"),
  ("Attacks directed against schools are prohibited", "Elena Marchetti"),
  ("We thought they would not come", "Ko Aung"),
  ("Now the parents say they will", "Ko Aung")]),

# 6 -- Prisoner exchange: coordination headquarters on Telegram (quote before the organisation), ombudsman, ministry partial quote, foreign ministry statement partial quote, mother described as "the 58-year-old"
('''Ukraine and Russia exchanged 150 prisoners of war each on Friday in a swap mediated by the United Arab Emirates, officials in Kyiv and Moscow said, the latest in a series of exchanges that have continued despite the lack of progress towards a peace deal.

“Today 150 of our defenders returned home, among them soldiers who had been in captivity since the spring of 2022,” Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War said on Telegram. It said the group included defenders of Mariupol, border guards and National Guard servicemen.

Oksana Tkachuk, Ukraine’s parliamentary commissioner for human rights, said many of the freed men needed urgent medical care.

“Many of them show clear signs of torture and extreme exhaustion,” Tkachuk said. “Some have lost 30 or 40 kilograms. Several did not know until today that their relatives were alive.”

The Russian Defence Ministry said in a post on Telegram that the returning Russian servicemen were being given medical and psychological assistance in Belarus before being flown to Moscow. It thanked the UAE for “its mediation efforts in the humanitarian sphere.”

In a statement, the UAE Ministry of Foreign Affairs said the exchange brought the total number of prisoners swapped through its mediation to more than 4,000, and that it would “continue its efforts to find solutions to the crisis and alleviate its humanitarian consequences.”

At a hospital in the Chernihiv region, where buses carrying the freed Ukrainians arrived in the afternoon, relatives of missing soldiers held up photographs in the hope that someone might recognise a face.

Natalia Kovalchuk, whose son, a marine, was captured in Mariupol three years ago, was among them. His name was not on the list.

“Every time there is an exchange, I come and I hope,” the 58-year-old said, clutching a laminated picture of a young man in uniform. “Someone always says they saw him in one camp or another, that he is alive. That is what I hold on to.”

Tkachuk said Kyiv was still pressing for an all-for-all exchange, which Moscow has so far rejected.

“We will not stop until every last one of them is home,” she said.''',
 [("Today 150 of our defenders returned", "Coordination Headquarters for the Treatment of Prisoners of War"),
  ("Many of them show clear signs", "Oksana Tkachuk"),
  ("Some have lost 30 or 40", "Oksana Tkachuk"),
  ("its mediation efforts in the humanitarian", "Russian Defence Ministry"),
  ("continue its efforts to find solutions", "UAE Ministry of Foreign Affairs"),
  ("Every time there is an exchange", "Natalia Kovalchuk"),
  ("Someone always says they saw him", "Natalia Kovalchuk"),
  ("We will not stop until every", "Oksana Tkachuk")]),

# 7 -- Lebanon border flare-up: military statement partial quote, state news agency, split quote around a video statement, UN mission "the peacekeeping mission said", farmer quote-then-cue with age
('''Israel said it struck Hezbollah positions across southern Lebanon on Wednesday in response to rockets fired at the northern Israeli town of Metula, in the most serious breach of the ceasefire between the two sides in several weeks.

The Israeli military said in a statement that fighter jets had hit "Hezbollah terrorist infrastructure, including rocket launchers and weapons storage facilities" in the areas of Nabatieh, Khiam and Yohmor. It said three rockets had been fired from Lebanese territory, two of which were intercepted.

Lebanon's state-run National News Agency reported that two people were killed when a drone struck a car on the outskirts of Nabatieh. "An Israeli enemy drone targeted a car on the Nabatieh-Kfar Rumman road, killing the two people inside," the agency said.

Hezbollah said in a brief statement that it had no connection to the rocket fire and remained committed to the ceasefire. It was not immediately clear who had launched the rockets.

Lt. Col. Eitan Barak, a military spokesman, said Israel held the Lebanese state responsible for any fire from its territory.

"We will not allow a return to the reality that existed before October 7," Barak said in a video statement, "and we will act with force against any threat to the residents of the north."

The United Nations Interim Force in Lebanon, known as UNIFIL, said it was in contact with both sides. "Any further escalation risks undoing the fragile progress of recent months, and we urge all parties to exercise restraint," the peacekeeping mission said.

In Khiam, where whole streets were reduced to rubble during last year's fighting, residents who had returned over the winter described a sleepless night.

"We rebuilt one room of the house, only one room, and now this," said Hassan Fakih, 52, a tobacco farmer who moved his family back to the town in February. "My children ask me every night if the planes will come back. What do I tell them?"

Fakih said he had no intention of leaving again. "We left once and lost everything," he said. "This time we stay, whatever happens."''',
 [("Hezbollah terrorist infrastructure, including rocket launchers", "Israeli military"),
  ("An Israeli enemy drone targeted a", "National News Agency"),
  ("We will not allow a return", "Eitan Barak"),
  ("and we will act with force", "Eitan Barak"),
  ("Any further escalation risks undoing the", "United Nations Interim Force in Lebanon"),
  ("We rebuilt one room of the", "Hassan Fakih"),
  ("My children ask me every night", "Hassan Fakih"),
  ("We left once and lost everything", "Hassan Fakih"),
  ("This time we stay, whatever happens", "Hassan Fakih")]),

# 8 -- Red Sea ship attack: maritime agency advisory, televised spokesman with colon, pronoun partial quote, company emailed statement, "wrote on X" partial quote, broker
('''A merchant vessel was struck by a missile in the Red Sea off the Yemeni port of Hodeidah on Tuesday, setting it briefly on fire, the British military’s United Kingdom Maritime Trade Operations centre said, in the first such attack on commercial shipping in several weeks.

“The master reports the vessel was struck by an unknown projectile on the port side, causing a fire which has since been extinguished,” UKMTO said in an advisory to shipping. “Crew are reported safe. Vessels are advised to transit with caution.”

Yemen’s Houthi movement claimed responsibility. In a televised statement broadcast on the group’s Al-Masirah channel, its military spokesman, Brigadier General Mohammed al-Hamzi, said: “The naval forces targeted the ship Eastern Pearl with a number of naval missiles after its owning company violated the ban on entering the ports of occupied Palestine.”

He said attacks would continue “until the aggression against Gaza stops and the siege is lifted.”

The vessel’s Greek operator, Aegean Blue Shipping, confirmed the attack. “All 22 crew members are safe and accounted for, and the vessel is proceeding to its next port of call under its own power,” the company said in an emailed statement. It declined to say what cargo the ship was carrying.

US Central Command wrote on X that the attack was “another reckless act by the Iran-backed Houthis that endangers the lives of innocent mariners and the freedom of navigation.”

The Houthis began attacking ships in the Red Sea and the Gulf of Aden in late 2023, saying they were acting in solidarity with Palestinians in Gaza. The campaign forced many of the world’s largest shipping lines to divert vessels around the Cape of Good Hope, adding weeks to journeys between Asia and Europe.

Nikos Vlachos, a marine insurance broker in Piraeus, said the attack would unsettle an industry that had only just begun to return to the route.

“War-risk premiums for Red Sea transits had been coming down for months, and this will push them straight back up,” Vlachos said. “Owners were starting to look at the route again. After today, many of them will not.”''',
 [("The master reports the vessel was", "United Kingdom Maritime Trade Operations"),
  ("Crew are reported safe. Vessels are", "United Kingdom Maritime Trade Operations"),
  ("The naval forces targeted the ship", "Mohammed al-Hamzi"),
  ("until the aggression against Gaza stops", "Mohammed al-Hamzi"),
  ("All 22 crew members are safe", "Aegean Blue Shipping"),
  ("another reckless act by the Iran-backed", "US Central Command"),
  ("War-risk premiums for Red Sea transits", "Nikos Vlachos"),
  ("Owners were starting to look at", "Nikos Vlachos")]),

# 9 -- Port Sudan drone strikes: army spokesman quote then title-name cue, partial quote, minister quote running over two paragraphs, teacher, unnamed agency spokesperson
('''Drones struck the main fuel depot and areas near the airport in Port Sudan for a third consecutive day on Tuesday, sending plumes of black smoke over the Red Sea city that has served as the seat of Sudan's army-aligned government since the start of the war.

The army blamed the paramilitary Rapid Support Forces, which did not comment on the strikes. Port Sudan, hundreds of kilometres from the nearest front line, had until this week been considered the safest city in the country, and hosts United Nations agencies and tens of thousands of displaced people.

"The militia, with the support of its regional sponsors, is targeting civilian infrastructure because it has failed on the battlefield," army spokesman Brigadier General Osman al-Tayeb said in a statement. He said air defences had intercepted "the majority of the hostile drones" but did not give figures.

Information Minister Hamza Babiker told a news conference in the city that the government would not bow to pressure.

"The government will not be dragged into negotiations under the threat of drones. Those who are supplying these weapons know who they are, and the world knows who they are.

"We will defend our people and our institutions by every means available to us."

Flights in and out of Port Sudan's airport were suspended, and long queues formed at petrol stations as drivers feared shortages.

Amna Osman, a schoolteacher who fled Khartoum with her family in 2023, said the strikes had shattered the sense of safety that had drawn so many people to the city.

"We came here because it was the only place where you could sleep at night," she said. "Now there is nowhere left to go. Where should we go, into the sea?"

A spokesperson for the World Food Programme said the agency was assessing the damage to its warehouses near the port.

"Port Sudan is the main gateway for humanitarian supplies into the country. Any disruption here is felt in Darfur and Kordofan within weeks," the spokesperson said.''',
 [("The militia, with the support of", "Osman al-Tayeb"),
  ("the majority of the hostile drones", "Osman al-Tayeb"),
  ("The government will not be dragged", "Hamza Babiker"),
  ("We will defend our people and", "Hamza Babiker"),
  ("We came here because it was", "Amna Osman"),
  ("Now there is nowhere left to", "Amna Osman"),
  ("Port Sudan is the main gateway", "World Food Programme")]),

# 10 -- Sahel alliance meeting: minister quote then possessive-title cue, partial quote by surname, pronoun, commission statement partial quote, commission president, academic
('''Foreign ministers of Mali, Burkina Faso and Niger met in Niamey on Thursday to finalise the legal framework of their Alliance of Sahel States, a day after the three military-led countries formally completed their withdrawal from the West African bloc ECOWAS.

“Our peoples have chosen sovereignty, and sovereignty is not negotiable,” Niger’s foreign minister, Moussa Hamani, said at the opening of the meeting, which was broadcast live on state television Télé Sahel.

Hamani accused the Economic Community of West African States of having become “an instrument in the hands of foreign powers” during the crisis that followed the July 2023 coup in Niamey, when the bloc imposed sweeping sanctions and threatened military intervention.

Burkina Faso’s foreign minister, Aminata Ouédraogo, said the three countries would guarantee the free movement of people and goods with their neighbours.

“We are not turning our backs on our brothers in the region,” she said. “We are turning our backs on an organisation that imposed sanctions on our people and threatened to invade one of our members.”

The ministers approved a common passport and agreed to set up a joint investment bank, according to a final communiqué read out by a Malian official.

In Abuja, the ECOWAS Commission said in a statement that its “doors remain open to the three brotherly countries” and that citizens of the Sahel states would for now continue to enjoy visa-free travel within the bloc.

Lamin Ceesay, the president of the commission, struck a more sombre note in remarks to reporters on Thursday evening.

“There is no winner in this divorce,” Ceesay said. “The traders, the herders and the students who cross these borders every day will pay the price, on both sides.”

Fatoumata Sidibé, a political scientist at Cheikh Anta Diop University in Dakar, said the departure removed one of the last sources of outside pressure on the juntas to hand power to civilians.

“For the military governments, leaving ECOWAS is first of all about escaping any obligation to hold elections,” she said. “The language of sovereignty is popular, but it also protects those in power.”''',
 [("Our peoples have chosen sovereignty, and", "Moussa Hamani"),
  ("an instrument in the hands of", "Moussa Hamani"),
  ("We are not turning our backs", "Aminata Ouédraogo"),
  ("We are turning our backs on", "Aminata Ouédraogo"),
  ("doors remain open to the three", "ECOWAS Commission"),
  ("There is no winner in this", "Lamin Ceesay"),
  ("The traders, the herders and the", "Lamin Ceesay"),
  ("For the military governments, leaving ECOWAS", "Fatoumata Sidibé"),
  ("The language of sovereignty is popular", "Fatoumata Sidibé")]),

# 11 -- Arakan Army offensive: armed group Telegram statement with partial quote, state newspaper report, displaced woman by phone, anonymous border official with "said the official, who", pronoun
('''The Arakan Army, one of Myanmar's most powerful ethnic armed groups, said on Monday it had captured the headquarters of the military's Western Command in Rakhine state, a major blow to the junta in a region where it has lost most of its territory over the past year.

"Our forces have completely seized the Western Command headquarters after weeks of intense fighting," the group said in a statement on its Telegram channel. It said it had detained dozens of soldiers and would treat them "in accordance with the Geneva Conventions and our own military code."

The fall of the base in Ann township, if confirmed, would make it the second regional command to be overrun since the 2021 coup, after the northeastern command in Lashio was taken by another armed group in 2024.

The junta has not acknowledged the loss. The state-run Global New Light of Myanmar reported on Tuesday that security forces had "repelled repeated attacks by AA insurgents" in the Ann area and inflicted heavy casualties.

Thousands of residents have fled the fighting. Ma Hnin Wai, 29, who left Ann with her elderly parents last month, said the family had walked through the hills for two nights to reach a monastery in a neighbouring township.

"We ran at night with only what we could carry," she said by phone. "Both sides say they are protecting us. We just want them to stop fighting in our town."

In neighbouring Bangladesh, a border guard official said about 60 Myanmar soldiers and police officers had crossed the frontier over the weekend.

"They came unarmed and asked for shelter. We have taken them to a border outpost and informed Dhaka," said the official, who spoke on condition of anonymity because he was not authorised to brief the media. "They will be sent back through proper channels."

He said the border guard had reinforced its positions along the Naf river, which separates the two countries.

Analysts say the Arakan Army now controls most of Rakhine state outside the capital, Sittwe, and the Kyaukphyu area, where China is developing a deep-sea port and an oil and gas terminal.''',
 [("Our forces have completely seized the", "Arakan Army"),
  ("in accordance with the Geneva Conventions", "Arakan Army"),
  ("repelled repeated attacks by AA insurgents", "Global New Light of Myanmar"),
  ("We ran at night with only", "Ma Hnin Wai"),
  ("Both sides say they are protecting", "Ma Hnin Wai"),
  ("They came unarmed and asked for", "~official"),
  ("They will be sent back through", "~official")]),

# 12 -- Strikes on the power grid: grid operator on Telegram, minister with colon cue, "the minister told reporters", pharmacist with age, ministry partial quote
('''Russia launched a large-scale missile and drone attack on Ukraine’s energy infrastructure overnight into Thursday, cutting power to hundreds of thousands of households in the southern Odesa region and damaging thermal power plants in the centre of the country, officials said.

“As a result of the massive attack, generation and transmission facilities in several regions were damaged,” Ukrenergo, the national grid operator, said on Telegram. “Emergency power cuts are in effect in Odesa and the Odesa region. Please use electricity sparingly.”

Ukraine’s air force said Russia had launched 47 missiles and more than 200 drones, and that air defences had shot down most of them.

Energy Minister Svitlana Hrynko said repair crews had begun work as soon as the all-clear sounded but warned that some of the damage would take weeks to fix.

In an interview with national television, she said: “The enemy is trying to freeze the country before winter even begins. They hit the same substations again and again, knowing that we have repaired them.”

Later on Thursday, the minister told reporters that power had been restored to about half of the affected consumers in Odesa. “We have done this before and we will do it again,” Hrynko said.

In Odesa, traffic lights were out and shops ran generators on the pavement. Iryna Melnyk, a 41-year-old pharmacist, said her building had been without electricity or running water since 3 a.m.

“We have a small generator for the fridge, because my mother needs insulin, and that is all,” Melnyk said, standing in a queue for water. “You learn to live like this. But every winter it is harder.”

The Russian Defence Ministry said its forces had carried out a massive strike with precision weapons on “energy facilities supporting the operation of Ukraine’s military-industrial complex.” It said all designated targets had been hit.

Ukrainian officials have repeatedly called on Western allies to provide more air defence systems ahead of the heating season, when strikes on the grid have historically intensified.''',
 [("As a result of the massive", "Ukrenergo"),
  ("Emergency power cuts are in effect", "Ukrenergo"),
  ("The enemy is trying to freeze", "Svitlana Hrynko"),
  ("We have done this before and", "Svitlana Hrynko"),
  ("We have a small generator for", "Iryna Melnyk"),
  ("You learn to live like", "Iryna Melnyk"),
  ("energy facilities supporting the operation of", "Russian Defence Ministry")]),

# 13 -- Security Council veto: humanitarian chief, ambassador "he asked", split quote, partial quote by envoy, "said Palestinian Ambassador Name" inversion
('''The United States on Wednesday vetoed a United Nations Security Council resolution demanding an immediate and permanent ceasefire in Gaza, the latest in a series of failed attempts by the council to act on the war.

The draft, put forward by the ten elected members of the council, received 14 votes in favour. It also called for the unconditional release of all hostages and the lifting of restrictions on humanitarian aid.

Before the vote, the UN's humanitarian chief, Anders Holm, gave the 15-member council a stark account of conditions in the territory.

"Gaza's civilians have run out of everything except courage," Holm said. "Famine is no longer a warning. It is here, and it is spreading."

Algeria's ambassador, Sofiane Khelifi, who introduced the text on behalf of the elected members, addressed the council after the vote.

"How many more children have to die before this council finds its voice?" he asked. "Today, once again, it has been silenced."

Deputy US Ambassador Karen Whitfield said Washington could not support a resolution that did not condemn Hamas or require it to disarm.

"This text would have rewarded Hamas and undermined the diplomacy that is actually bringing hostages home," Whitfield said, "and we will not support a product that pretends otherwise."

Israel's ambassador, Yossi Levin, thanked the United States and called the draft "a reward for terrorism dressed up as humanitarian concern."

"History will remember who raised their hand today and who did not," said Palestinian Ambassador Nabil Hamdan, who sat at the council table as a non-member. He said the Palestinian side would take the issue to the General Assembly, where there are no vetoes.

The veto was the sixth cast by the United States on a Gaza resolution since the war began in October 2023. Diplomats said the elected members were considering a new text focused only on humanitarian access, in the hope of avoiding another veto.''',
 [("Gaza's civilians have run out of", "Anders Holm"),
  ("Famine is no longer a", "Anders Holm"),
  ("How many more children have to", "Sofiane Khelifi"),
  ("Today, once again, it has been", "Sofiane Khelifi"),
  ("This text would have rewarded Hamas", "Karen Whitfield"),
  ("and we will not support a", "Karen Whitfield"),
  ("a reward for terrorism dressed up", "Yossi Levin"),
  ("History will remember who raised their", "Nabil Hamdan")]),

# 14 -- Jenin raid: health ministry statement, military statement, paramedic, news agency, resident quote running over two paragraphs with cue at the end
('''Israeli forces killed four Palestinians, including a 16-year-old boy, during a raid on the Jenin refugee camp in the occupied West Bank that lasted more than 12 hours, Palestinian health officials said on Monday.

The Palestinian Health Ministry said in a statement that the four had been shot in the head and chest, and that at least 11 other people had been wounded, three of them critically. “The occupation forces prevented ambulance crews from reaching the wounded for long periods,” the ministry said.

The Israeli military said its forces had carried out a counterterrorism operation in the camp. “During the activity, soldiers eliminated three armed terrorists who opened fire at the forces and hurled explosive devices,” it said in a statement. It said the circumstances of the fourth death were being looked into.

The military said soldiers had also located weapons and an explosives laboratory inside a residential building.

Mahmoud Sa’adi, a paramedic with the Palestine Red Crescent Society, said his crew had waited at the entrance of the camp for more than an hour.

“We could hear people calling for help, and the soldiers would not let the ambulance move,” Sa’adi said. “When we finally reached the boy, it was too late.”

The official Palestinian news agency WAFA reported that army bulldozers tore up several streets in the camp. “Occupation bulldozers destroyed the infrastructure of the camp’s main streets, including water and sewage networks,” WAFA said.

A woman in the camp who gave her name as Umm Tariq said soldiers had stormed her house before dawn and held her family in one room for hours.

“They blew the door off at four in the morning. My grandchildren were screaming, and they told us to be quiet and face the wall.

“When they left, there was nothing left in the kitchen, nothing in the cupboards. They broke everything,” she said.

Violence in the West Bank has surged since the start of the war in Gaza, with frequent Israeli raids on refugee camps in the north of the territory and a rise in attacks by Jewish settlers on Palestinian villages.''',
 [("The occupation forces prevented ambulance crews", "Palestinian Health Ministry"),
  ("During the activity, soldiers eliminated three", "Israeli military"),
  ("We could hear people calling for", "Mahmoud Sa’adi"),
  ("When we finally reached the boy", "Mahmoud Sa’adi"),
  ("Occupation bulldozers destroyed the infrastructure of", "WAFA"),
  ("They blew the door off at", "Umm Tariq"),
  ("When they left, there was nothing", "Umm Tariq")]),

# 15 -- Refugees in Chad: agency representative named after the quote, prefect, refugee quote over two paragraphs, anonymous nurse, surname later
('''More than 20,000 Sudanese refugees have crossed into eastern Chad in the past two weeks, fleeing a new wave of attacks in West Darfur, the United Nations refugee agency said on Friday, warning that camps around the border town of Adre were already far beyond capacity.

"People are arriving exhausted, many of them wounded, and they are telling us about killings, sexual violence and villages burned to the ground," UNHCR's representative in Chad, Dominik Richter, said in a statement. "The needs are enormous and the resources are not there."

He said the agency had received less than a quarter of the funding it had requested for its Chad operations this year.

Mahamat Abdelkerim, the prefect of Adre, said local authorities were struggling to find land for the new arrivals.

"Chad has always opened its doors to our Sudanese brothers, and we will continue to do so," Abdelkerim told reporters. "But the host communities here are poor themselves. The water points are not enough for everybody."

At a transit site on the edge of town, Hawa Adam, 31, sat in the shade of a thorn tree with her three children. She said armed men had attacked her village near El Geneina at dawn.

"They killed the men first, then they set fire to the houses. We ran towards the border without stopping.

"My youngest has been sick since we arrived. There is a clinic, but the line is very long," she said.

A nurse at a clinic run by Médecins Sans Frontières at the transit site, who asked not to be named because she was not authorised to speak to journalists, said staff were seeing growing numbers of malnourished children.

"Every morning there are more mothers with babies who are too weak to cry," the nurse said.

Richter said the agency was trucking water to the sites and had begun moving families to a new camp further from the border, but warned that the coming rainy season would cut off roads. "In a few weeks we will not be able to reach some of these sites at all," he said.''',
 [("People are arriving exhausted, many of", "Dominik Richter"),
  ("The needs are enormous and the", "Dominik Richter"),
  ("Chad has always opened its doors", "Mahamat Abdelkerim"),
  ("But the host communities here are", "Mahamat Abdelkerim"),
  ("They killed the men first, then", "Hawa Adam"),
  ("My youngest has been sick since", "Hawa Adam"),
  ("Every morning there are more mothers", "~nurse"),
  ("In a few weeks we will", "Dominik Richter")]),

# 16 -- Massacre report: report quoted as "the report said", researcher, partial quotes, minister via state TV, survivor quoted "he was quoted as saying", "the 52-year-old"
('''Burkina Faso’s army and allied militias killed at least 130 civilians in a village in the country’s north in March, Human Rights Watch said in a report published on Thursday, accusing the military government of failing to investigate a string of massacres.

“Soldiers and militiamen went from house to house, rounding up men, women and children and shooting them,” the report said, citing interviews with 27 survivors and witnesses. It said most of the victims belonged to the Fulani community, which the authorities frequently accuse of supporting jihadist groups.

Ilaria Conti, a senior Sahel researcher at the New York-based group, said the killings in the village of Sona Peulh fitted a pattern documented over the past two years.

“These are not isolated abuses by a few undisciplined units,” Conti said. “They are part of a counterinsurgency strategy that treats an entire ethnic group as the enemy.”

She called on the junta to allow an independent investigation and said the African Union should “stop looking away from atrocities committed in the name of the fight against terrorism.”

The government rejected the report. In a statement read on national television RTB, Communication Minister Jean-Baptiste Zoungrana dismissed its findings as “baseless accusations designed to demoralise our fighting forces.”

“The Defence and Security Forces and the Volunteers for the Defence of the Homeland act with professionalism and in respect of human rights,” the minister said. He said the government would not allow “foreign organisations in the pay of imperialism” to dictate its security policy.

A 52-year-old farmer who survived the attack told Human Rights Watch that he had hidden in a granary while gunmen searched the village.

“I heard them ask the women where the men were, and then I heard the shots,” he was quoted as saying. “When it was quiet, I came out. My two brothers were lying in front of the house.”

The 52-year-old said he had fled with surviving relatives to the town of Djibo, which is itself under a years-long blockade by jihadist fighters.

Burkina Faso’s military leaders, who seized power in 2022, have suspended several international media outlets over their coverage of alleged abuses by the army.''',
 [("Soldiers and militiamen went from house", "Human Rights Watch"),
  ("These are not isolated abuses by", "Ilaria Conti"),
  ("They are part of a counterinsurgency", "Ilaria Conti"),
  ("stop looking away from atrocities committed", "Ilaria Conti"),
  ("baseless accusations designed to demoralise our", "Jean-Baptiste Zoungrana"),
  ("The Defence and Security Forces and", "Jean-Baptiste Zoungrana"),
  ("foreign organisations in the pay of", "Jean-Baptiste Zoungrana"),
  ("I heard them ask the women", "~farmer"),
  ("When it was quiet, I came", "~farmer")]),

# 17 -- Pokrovsk front: general staff update, press officer, soldier identified by first name only, "Asked ..., Andriy shrugged", news agency quoting ministry partial quote
('''Russian forces stepped up attacks around the eastern Ukrainian city of Pokrovsk this week, sending small infantry groups through gaps in Ukrainian lines in an effort to cut supply roads into the city, Ukrainian commanders and soldiers said.

"Over the past day, 58 combat clashes took place in the Pokrovsk direction," the General Staff of the Armed Forces of Ukraine said in its evening update on Tuesday, describing it as the most intense sector of the front.

Lt. Viktoria Savchuk, a press officer for a mechanised brigade fighting near the city, said Russian tactics had changed over the summer.

"The Russians are attacking in small groups of two or three, on motorbikes, sometimes on foot," Savchuk said. "They take heavy losses, but they keep coming, and some of them get through."

She said the shortage of infantry was the brigade's biggest problem. "We have drones, we have artillery," she said. "What we need is people in the trenches."

A 32-year-old infantryman who asked to be identified only by his first name, Andriy, in line with military rules, said he had just come back from a position he had held for 24 days.

"You sit in the position for three weeks, sometimes four, because nobody can come to replace you," he said in a cafe in the nearby town of Dobropillia. "The drones hang over the road day and night. Anything that moves, they hit."

Asked how long the city could hold, Andriy shrugged. "That is a question for the generals," he said.

Russia's state news agency TASS quoted the Russian Defence Ministry as saying units of its Centre group of forces had "continued to advance deep into the enemy's defences" and taken control of two villages to the south-east of Pokrovsk. Reuters could not independently verify battlefield reports from either side.

Pokrovsk, once a city of 60,000 people and an important logistics hub for Ukrainian forces in the Donetsk region, has been largely abandoned by civilians. Local officials say fewer than 1,500 residents remain.''',
 [("Over the past day, 58 combat", "General Staff of the Armed Forces of Ukraine"),
  ("The Russians are attacking in small", "Viktoria Savchuk"),
  ("They take heavy losses, but they", "Viktoria Savchuk"),
  ("We have drones, we have artillery", "Viktoria Savchuk"),
  ("What we need is people in", "Viktoria Savchuk"),
  ("You sit in the position for", "Andriy"),
  ("The drones hang over the road", "Andriy"),
  ("That is a question for the", "Andriy"),
  ("continued to advance deep into the", "Russian Defence Ministry")]),

# 18 -- Gaza hospital strike: WHO representative, military partial quotes, director's quote over two paragraphs, health ministry partial quote, relative, surname at the end
('''The World Health Organization said on Saturday that Al-Ahli Arab Hospital in Gaza City had been forced to suspend most of its services after an Israeli strike hit the hospital compound overnight, leaving the north of the territory with almost no functioning emergency care.

Dr. Karim Nasser, the WHO’s representative for the occupied Palestinian territory, said the strike had destroyed the hospital’s emergency department and damaged its laboratory.

“Patients had to be moved out in the middle of the night, some of them still connected to drips,” Nasser told reporters in a video briefing from Jerusalem. “At least one child died during the evacuation because there was no oxygen.”

The Israeli military said it had struck “a command and control centre used by Hamas terrorists” inside the compound and had warned people to leave beforehand. It accused the group of “systematically exploiting hospitals for terrorist purposes.”

The hospital’s director, Dr. Adnan Shehadeh, said staff had received a phone call about 20 minutes before the strike telling them to evacuate the building.

“Twenty minutes to move patients who cannot walk, patients in intensive care, newborns. It is impossible, and they know it is impossible.

“There was no command centre here. There were doctors, nurses and patients. Anyone is welcome to come and see,” he said.

The Gaza Health Ministry said in a statement that the strike had left 50 patients without care, and called on the international community to “intervene immediately to protect what remains of the health system.”

Outside the damaged building, Samira Abu Hamad waited for news of her father, a diabetic who had been transferred to a field hospital.

“They told us he is alive, that is all,” she said. “We do not know where they took him.”

Nasser said fewer than half of Gaza’s 36 hospitals were even partially functioning, and that none in the north could perform complex surgery.''',
 [("Patients had to be moved out", "Karim Nasser"),
  ("At least one child died during", "Karim Nasser"),
  ("a command and control centre used", "Israeli military"),
  ("systematically exploiting hospitals for terrorist", "Israeli military"),
  ("Twenty minutes to move patients who", "Adnan Shehadeh"),
  ("There was no command centre here", "Adnan Shehadeh"),
  ("intervene immediately to protect what remains", "Gaza Health Ministry"),
  ("They told us he is alive", "Samira Abu Hamad"),
  ("We do not know where they", "Samira Abu Hamad")]),

# 19 -- ASEAN ministers on Myanmar: bloc communique with two partial quotes, chair quoted by given name, Thai minister, junta envoy via distributed remarks, anonymous diplomat
('''Southeast Asian foreign ministers on Friday called for an extension of a temporary ceasefire in Myanmar and urged its military government not to hold elections until the fighting had stopped, exposing divisions within the regional bloc over how to deal with the junta.

In a joint communique issued at the end of the meeting in Kuala Lumpur, the Association of Southeast Asian Nations said a five-point peace plan agreed in 2021 remained "the main reference for addressing the political crisis in Myanmar" and called for "the cessation of violence by all parties."

Malaysian Foreign Minister Azman Rahim, who chaired the meeting, said the priority was to stop the violence and get aid to civilians.

"Elections held in the middle of a civil war, with half the country outside government control, will not solve anything," Azman told reporters. "They could make things worse."

Thai Foreign Minister Somchai Wongsuwan, whose country shares a 2,400-kilometre border with Myanmar, took a softer line, arguing that the bloc should keep channels open to the military.

"Isolation has not worked. If we want to influence the situation, we must talk to everybody, including the people in Naypyitaw," Somchai said. He said Thailand felt the consequences of the conflict "every single day along our border," from refugee flows to scam centres run by criminal gangs.

Myanmar was represented by a senior foreign ministry official, Aung Kyaw Moe, as the bloc has barred the junta's political leaders from its summits since 2021. He told the meeting that the vote planned for December would be "a free and fair multiparty democratic general election."

"The people of Myanmar will decide their future through the ballot box, not through the gun," he said, according to a copy of his remarks distributed by the Myanmar embassy.

An Indonesian diplomat, speaking on condition of anonymity, said several members had pushed for stronger wording in the communique. "There was a long discussion on the elections. In the end we took the language everybody could live with," the diplomat said.

Myanmar has been in turmoil since the military seized power in February 2021, and the bloc's peace plan has made little headway.''',
 [("the main reference for addressing the", "Association of Southeast Asian Nations"),
  ("the cessation of violence by all", "Association of Southeast Asian Nations"),
  ("Elections held in the middle of", "Azman Rahim"),
  ("They could make things worse", "Azman Rahim"),
  ("Isolation has not worked. If we", "Somchai Wongsuwan"),
  ("every single day along our border", "Somchai Wongsuwan"),
  ("a free and fair multiparty democratic", "Aung Kyaw Moe"),
  ("The people of Myanmar will decide", "Aung Kyaw Moe"),
  ("There was a long discussion on", "~diplomat")]),

# 20 -- Syrian coast clashes: ministry statement via state agency, ministry spokesman, partial quote, war monitor, first-name-only resident, unattributed chant
('''Syria’s Interior Ministry said on Sunday that security forces had restored control of several towns along the Mediterranean coast after two days of clashes with gunmen loyal to the former government, as reports mounted of revenge killings of civilians from the Alawite minority.

“Our forces have secured the main roads and are pursuing the remnants of the former regime’s militias in the countryside of Latakia and Tartus,” the ministry said in a statement carried by the state news agency SANA. It said dozens of members of the security forces had been killed in coordinated ambushes.

Ministry spokesman Mustafa Haj Ali told reporters in Damascus that any member of the security forces found to have committed abuses would be held accountable.

“There is no cover for anyone who has harmed civilians, whoever they are,” Haj Ali said. “A committee has been formed, and its findings will be made public.”

He said some of the armed men who had converged on the coast from other provinces “did not belong to any official formation” and were being pulled out of the area.

The Syrian Observatory for Human Rights, a Britain-based war monitor, said it had documented the killing of more than 300 civilians in the coastal region since Thursday. “Entire families were executed in their homes in Baniyas and surrounding villages,” the observatory said.

In Baniyas, a woman who gave only her first name, Lina, said she had hidden with her two daughters in a neighbour’s basement for two days.

“We heard them going from building to building and asking people whether they were Alawite,” she said by phone. “I have not slept since. Every car that stops outside, I think they have come back.”

In Latakia city, hundreds of people gathered on Sunday evening to call for calm, chanting “One, one, one, the Syrian people are one.”

The violence is the deadliest since the fall of the Assad government in December, and has tested the new authorities’ promises to protect the country’s religious and ethnic minorities.''',
 [("Our forces have secured the main", "Interior Ministry"),
  ("There is no cover for anyone", "Mustafa Haj Ali"),
  ("A committee has been formed, and", "Mustafa Haj Ali"),
  ("did not belong to any official", "Mustafa Haj Ali"),
  ("Entire families were executed in their", "Syrian Observatory for Human Rights"),
  ("We heard them going from building", "Lina"),
  ("I have not slept since. Every", "Lina"),
  ("One, one, one, the Syrian people", None)]),

# 21 -- Istanbul talks: host minister per ministry readout, delegation head with colon cue and a quote over two paragraphs, partial quote, aide via state agency, "was asked ... He replied:"
('''Ukrainian and Russian delegations held their first direct talks in more than a year in Istanbul on Friday, but the meeting ended after less than two hours with agreement only on a large prisoner exchange and no sign of progress towards a ceasefire.

Turkish Foreign Minister Mehmet Arslan, who opened the session at the Dolmabahce Palace, urged both sides to seize the moment.

"The whole world is watching this room today. There are two paths in front of you: one leads to peace, the other to more destruction," Arslan told the delegations, according to a readout from his ministry.

Ukraine's delegation was led by Defence Minister Taras Horbenko. Speaking to reporters afterwards, he said:

"We came here ready to agree to a full and unconditional ceasefire for 30 days, on land, at sea and in the air. The Russian side was not ready.

"Instead, they presented demands that are unacceptable for any sovereign country, including the withdrawal of our troops from our own territory."

He said the two sides had agreed to exchange 1,000 prisoners each, which he called "the one concrete result of today's meeting."

The head of the Russian delegation, presidential aide Vladimir Orlov, told the state news agency TASS that Moscow was "on the whole satisfied with the outcome" and was ready to continue contacts. He said Russia had handed over a memorandum setting out its conditions for a lasting settlement.

In Moscow, Kremlin spokesman Dmitry Sokolov was asked during his daily conference call with reporters whether a meeting between the two countries' leaders could follow.

He replied: "Such a meeting is possible, but only as the result of work by the delegations, once concrete agreements have been reached." He added that "it is too early to talk about dates."

European governments, which have threatened new sanctions if Moscow does not agree to a truce, said the outcome of the talks was disappointing. Turkey said it was ready to host a further round.''',
 [("The whole world is watching this", "Mehmet Arslan"),
  ("We came here ready to agree", "Taras Horbenko"),
  ("Instead, they presented demands that are", "Taras Horbenko"),
  ("the one concrete result of today's", "Taras Horbenko"),
  ("on the whole satisfied with the", "Vladimir Orlov"),
  ("Such a meeting is possible, but", "Dmitry Sokolov"),
  ("it is too early to talk", "Dmitry Sokolov")]),

# 22 -- Cholera in Sudan: federal ministry statement, UN agency spokesperson, anonymous aid worker referred to as "they", mother with age, worker again later
('''A cholera outbreak has spread to at least 12 of Sudan’s 18 states and killed more than 1,000 people in the past three months, health officials and United Nations agencies said on Wednesday, as the war and the collapse of water and sanitation systems leave millions exposed.

The Federal Ministry of Health said in a statement that it had recorded more than 40,000 suspected cases since July. “The ministry, in cooperation with its partners, has launched an oral vaccination campaign targeting more than two million people in the most affected localities,” it said.

UNICEF said children were bearing the brunt of the outbreak, particularly in areas where malnutrition was already widespread.

“A malnourished child who catches cholera is many times more likely to die,” UNICEF spokesperson Helena Brandt told reporters in Geneva. “We are racing against the rains, against the fighting and against a funding gap that grows every week.”

She said the agency had been able to deliver chlorine and water purification tablets to parts of Darfur and Kordofan but that access to some besieged areas remained impossible.

An aid worker in the town of Tawila in North Darfur, where hundreds of thousands of people displaced from El Fasher have gathered, said the cholera treatment centre there was overwhelmed. The worker spoke on condition of anonymity because their organisation had not authorised them to speak publicly.

“We have patients lying on mats on the ground outside because there are no more beds,” the aid worker said. “People drink from the same wells where animals drink. There is no other water.”

Mariam Ishaq, a 26-year-old mother of three who arrived in Tawila in August, said her youngest son had fallen ill within days of reaching the camp.

“He was vomiting all night, and in the morning he could not open his eyes,” she said. “The doctors saved him, thanks be to God. A woman in the next tent lost her baby the same week.”

The worker warned that the coming weeks would be critical. “If the vaccines do not arrive soon, we will be counting the dead in the hundreds,” they said.

The war between the army and the paramilitary Rapid Support Forces, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million.''',
 [("The ministry, in cooperation with its", "Federal Ministry of Health"),
  ("A malnourished child who catches cholera", "Helena Brandt"),
  ("We are racing against the rains", "Helena Brandt"),
  ("We have patients lying on mats", "~worker"),
  ("People drink from the same wells", "~worker"),
  ("He was vomiting all night, and", "Mariam Ishaq"),
  ("The doctors saved him, thanks be", "Mariam Ishaq"),
  ("If the vaccines do not arrive", "~worker")]),

# 23 -- Bamako fuel blockade: handwritten sign, "said Name, a 38-year-old", ministry statement partial quotes, union leader, unnamed commander in a video, surname later
('''Long queues stretched for kilometres outside petrol stations in Bamako on Monday as a fuel blockade imposed by al-Qaeda-linked fighters on Mali's main supply routes entered its sixth week, bringing much of the capital to a standstill.

The Group for the Support of Islam and Muslims, known as JNIM, has been attacking tanker convoys on the roads from Senegal and Ivory Coast since early September, setting dozens of trucks on fire.

At one station in the Hamdallaye district, a handwritten sign taped to a pump read: "No fuel, come back tomorrow." Motorists said they had been waiting since the night before.

"I have been here since 2 a.m. and I still don't know if I will get anything," said Seydou Konaté, a 38-year-old motorcycle taxi driver. "If I do not work, my children do not eat. It is as simple as that."

Mali's Ministry of Energy and Water said in a statement read on state television that the army had been deployed to escort convoys and that supplies would "return to normal in the coming days." It urged the population to avoid "panic buying and speculation."

Boubacar Touré, secretary general of a national union of tanker drivers, said many of his members were refusing to travel.

"Our drivers are being burned alive in their cabs. Some of them have been kidnapped, and nobody tells the families anything," Touré said. "We will not send men to die for a salary."

In a video circulated on social media last week, a JNIM commander warned drivers not to deliver fuel to the capital. "Any vehicle that brings fuel to the junta will be considered a target," he said, speaking in Bambara with a rifle at his side.

Konaté said he had sold his wife's jewellery to pay for fuel on the black market, where prices have tripled. "We are not afraid of the jihadists here in Bamako," he said. "We are afraid of the hunger that is coming."

Schools and universities in the capital have been closed since last week, and several power stations that run on diesel have cut output, leaving neighbourhoods without electricity for much of the day.''',
 [("No fuel, come back tomorrow", None),
  ("I have been here since 2", "Seydou Konaté"),
  ("If I do not work, my", "Seydou Konaté"),
  ("return to normal in the coming", "Ministry of Energy and Water"),
  ("panic buying and speculation", "Ministry of Energy and Water"),
  ("Our drivers are being burned alive", "Boubacar Touré"),
  ("We will not send men to", "Boubacar Touré"),
  ("Any vehicle that brings fuel to", "~commander"),
  ("We are not afraid of the", "Seydou Konaté"),
  ("We are afraid of the hunger", "Seydou Konaté")]),

# 24 -- Kurdistan oilfield drone: regional ministry statement and pronoun partial quote, company notice to investors, command in Baghdad, anonymous engineer, "he added"
('''A drone attack set fire to an oilfield in Iraq’s Kurdistan region early on Tuesday, forcing the operator to halt production, the latest in a series of strikes on energy facilities in the semi-autonomous region that officials have blamed on Iran-aligned armed groups.

The Kurdistan Region’s Ministry of Interior said an explosive-laden drone had hit a processing facility at the Sarsang field in Duhok province shortly after 3 a.m. “This terrorist attack targets the economic infrastructure of the Kurdistan Region and the livelihoods of its citizens,” the ministry said in a statement.

It called on the federal government in Baghdad to “take serious and immediate steps to identify the perpetrators and hold them accountable.”

Zagros Petroleum, the Norwegian-listed company that operates the field, said no staff had been injured. “As a precaution, production at the field has been suspended while the damage is assessed,” the company said in a notice to investors.

In Baghdad, the Joint Operations Command said it had sent a technical team to the site to examine the remains of the drone. “The perpetrators of these cowardly attacks will not escape justice,” the command said.

No group claimed responsibility for the attack.

An engineer who works at the field, who spoke on condition of anonymity because he was not authorised to talk to the media, said the blast woke workers in a camp about two kilometres away.

“The whole sky was orange. We thought at first that the camp itself had been hit,” the engineer said. “Everybody ran to the shelters, and then we waited for a second drone, but it did not come.”

He said it was the third time this year that staff had been evacuated from the site. “Some of the foreign staff have already left. If this continues, nobody will stay,” he added.

Oil exports from the Kurdistan region through the pipeline to Turkey resumed only recently after a halt of more than two years, and the region’s economy depends heavily on oil revenue to pay public salaries.''',
 [("This terrorist attack targets the economic", "Ministry of Interior"),
  ("take serious and immediate steps to", "Ministry of Interior"),
  ("As a precaution, production at the", "Zagros Petroleum"),
  ("The perpetrators of these cowardly attacks", "Joint Operations Command"),
  ("The whole sky was orange. We", "~engineer"),
  ("Everybody ran to the shelters, and", "~engineer"),
  ("Some of the foreign staff have", "~engineer")]),

# 25 -- Children returned from Russia: "said Name, the commissioner", minister's post on X partial quote, mother by surname, boy identified by first name only, ombudsman on Telegram partial quote
('''Eleven Ukrainian children who had been taken to Russia or Russian-occupied territory were returned to their families this week in an exchange mediated by Qatar, Ukrainian officials said on Thursday.

The children, aged between 6 and 17, crossed into Ukraine through Belarus and were taken to a rehabilitation centre in Kyiv, where they were reunited with parents and grandparents.

"Each of these children has a story of separation, fear and pressure," said Daria Hnatenko, the Ukrainian president's commissioner for children's rights. "Some of them were told that their parents had abandoned them. Some were told that Ukraine no longer exists."

Hnatenko said Kyiv had verified the names of more than 19,000 children it says were deported or forcibly transferred since the full-scale invasion in February 2022, and that fewer than 1,500 had been brought back.

Qatar's Minister of State for International Cooperation, Hamad al-Marri, said in a statement posted on X that Doha would "continue to facilitate family reunification for as long as both parties request it."

Olena Savchenko travelled from the Kherson region to meet her 14-year-old daughter, who had been taken to a camp in Crimea during the occupation of their village and then placed with a foster family near Moscow.

"I did not recognise her voice on the phone at first. She was speaking to me in Russian," Savchenko said. "But when she saw me, she ran, exactly like when she was small."

Her daughter, sitting beside her, said little. Another returnee, a 16-year-old boy identified only as Maksym, told reporters that teachers in the occupied territories had made pupils sing the Russian anthem every morning.

"They said if we spoke Ukrainian at school, our parents would have problems," he said.

Russia denies abducting children and says it evacuated them from war zones for their own safety. Russia's children's rights commissioner, Yekaterina Morozova, wrote on Telegram that the children had been returned "in accordance with the wishes of their relatives" and accused Kyiv of politicising the issue.

The International Criminal Court issued arrest warrants in 2023 for Russian officials over the alleged deportation of Ukrainian children, accusations Moscow rejects.''',
 [("Each of these children has a", "Daria Hnatenko"),
  ("Some of them were told that", "Daria Hnatenko"),
  ("continue to facilitate family reunification for", "Hamad al-Marri"),
  ("I did not recognise her voice", "Olena Savchenko"),
  ("But when she saw me, she", "Olena Savchenko"),
  ("They said if we spoke Ukrainian", "Maksym"),
  ("in accordance with the wishes of", "Yekaterina Morozova")]),
]

STORIES_BT = [
# 1 -- Springfield school closures: inversion with title, quote-cue-quote splits, partial quote, union statement, chant with no speaker, surname later
('''The Springfield Public Schools board voted 5-2 on Tuesday night to close three elementary schools at the end of the academic year, a decision that drew jeers from a packed auditorium at Lanphier High School.

"This is the hardest vote I have taken in nine years on this board," said board president Denise Whitfield. "But we cannot keep heating half-empty buildings while our teachers go without basic supplies."

Enrollment in the Illinois district has fallen by nearly 2,000 students over the past decade, according to figures presented by Superintendent Marcus Oyelaran. He told the board that the three schools, Harvard Park, Enos and Matheny-Withrow, were operating at less than 55 percent of capacity.

"We looked at every alternative," Oyelaran said. "We looked at shared campuses, at leasing space, at redrawing boundaries. None of them closed the gap."

Parents who spoke during nearly three hours of public comment were not persuaded. Kiara Bell, whose two children attend Enos, said the district had "made up its mind months ago" and held hearings only for show.

"My son walks to school. Next year he'll be on a bus for forty minutes," she said. "Nobody on that stage has explained to me how that is better for him."

The Springfield Education Association, which represents about 1,300 teachers, said in a statement that it would "hold the district to its promise that no teacher loses a job because of these closures."

Board member Thomas Reinholt, one of the two dissenting votes, said the plan had moved too quickly.

"We are asking families to absorb a huge change with very little notice, and I can't support that tonight," Reinholt said.

As the result was announced, several people in the audience began chanting "Keep our schools open," and the meeting was briefly paused while security officers asked the crowd to settle.

The closures are expected to save the district about $4.2 million a year. Oyelaran said transition teams would begin meeting with families at each school next month, and that bus routes for the affected neighborhoods would be published before the end of the spring semester.''',
 [("This is the hardest vote I", "Denise Whitfield"),
  ("But we cannot keep heating half-empty", "Denise Whitfield"),
  ("We looked at every alternative,", "Marcus Oyelaran"),
  ("We looked at shared campuses, at", "Marcus Oyelaran"),
  ("made up its mind months ago", "Kiara Bell"),
  ("My son walks to school. Next", "Kiara Bell"),
  ("Nobody on that stage has explained", "Kiara Bell"),
  ("hold the district to its promise", "Springfield Education Association"),
  ("We are asking families to absorb", "Thomas Reinholt"),
  ("Keep our schools open,", None)]),

# 2 -- Bristol bin collections: split quote, partial quote from opposition, banner, resident named by first name only, council spokesperson with colon cue
('''Residents in Bristol will have their general waste collected every three weeks instead of every fortnight from next spring, after the city council’s environment committee backed the change on Wednesday.

The council says the move will save about £1.8 million a year and push up recycling rates, which have stalled at around 46 per cent.

“We know this is a big change, and we know people are worried about it,” said Councillor Heather Ashdown, who chairs the committee. “But the evidence from councils that have already done this is clear: recycling goes up and the amount we send to be burned goes down.”

She pointed to Conwy in north Wales, which moved to four-weekly collections in 2019, and said Bristol would provide larger bins to households of five or more people.

Opposition councillors were less convinced. Gary Penhallow, who leads the Conservative group, called the plan “a tax rise by the back door” and predicted an increase in fly-tipping.

“Families with young children, with nappies, are going to be left with bins overflowing in the summer heat,” he told the meeting. “Whoever designed this has clearly never lived in a terrace in Easton.”

Outside City Hall, a small group of protesters held a banner reading “Hands off our bin collections”. One woman, who gave her name only as Maureen, said she had lived in Southmead for forty years.

“They cut the libraries, they cut the buses, now it’s the bins,” she said. “What exactly are we paying for?”

A spokesperson for Bristol City Council said households with medical needs would be able to apply for extra capacity, adding: “No one will be left without a way to get rid of their waste.”

The Local Government Association said several English councils were considering similar schemes as budgets tighten. Ashdown said the first collections under the new system would begin in April, with leaflets explaining the timetable delivered to every household in the new year.''',
 [("We know this is a big", "Heather Ashdown"),
  ("But the evidence from councils that", "Heather Ashdown"),
  ("a tax rise by the back", "Gary Penhallow"),
  ("Families with young children, with nappies,", "Gary Penhallow"),
  ("Whoever designed this has clearly never", "Gary Penhallow"),
  ("Hands off our bin collections", None),
  ("They cut the libraries, they cut", "Maureen"),
  ("What exactly are we paying for?", "Maureen"),
  ("No one will be left without", "Bristol City Council")]),

# 3 -- Blue Mountains bushfire: agency alert partial quote, commissioner told reporters, forecaster pronoun, resident with age, minister in statement, "added" with surname
('''Residents of several towns in the NSW Blue Mountains were told to shelter immediately on Saturday afternoon as a bushfire burning in the Grose Valley jumped containment lines amid temperatures above 40C.

The NSW Rural Fire Service issued an emergency warning for Mount Victoria and Blackheath shortly after 2pm, saying in the alert that it was "now too late to leave" for anyone who had not already gone.

"This fire is moving fast and it is throwing embers well ahead of the front," RFS Commissioner Rob Kellaway told reporters in Katoomba. "If you are in those areas and you have not left, your safest option now is to seek shelter in a solid building."

Kellaway said more than 300 firefighters and 14 aircraft were working on the blaze, which had burned about 6,500 hectares by late afternoon.

Bureau of Meteorology senior forecaster Anika Sharma said a southerly change was expected to reach the mountains by early evening but warned it would bring its own dangers.

"The wind change will bring cooler air, but before it arrives we'll see a period of very gusty north-westerlies," she said. "And when it comes through, the eastern flank of the fire becomes the new front."

At the evacuation centre at Katoomba's sports and aquatic centre, Blackheath resident Lorraine Tully, 71, said she had left with her two dogs, her medication and little else.

"I looked out the back window and the sky had gone orange," she said. "My neighbour banged on the door and told me to go, and I didn't argue."

Her husband, she said, had stayed to defend their property, something the RFS has repeatedly asked residents not to do on days of catastrophic fire danger.

Emergency Services Minister Claire Haddon said the state had requested additional aircraft from Victoria and Queensland. "We will use every resource available to us to protect these communities," she said in a statement.

"No house is worth your life," Kellaway added. "We can rebuild homes. We can't bring people back."''',
 [("now too late to leave", "NSW Rural Fire Service"),
  ("This fire is moving fast and", "Rob Kellaway"),
  ("If you are in those areas", "Rob Kellaway"),
  ("The wind change will bring cooler", "Anika Sharma"),
  ("And when it comes through, the", "Anika Sharma"),
  ("I looked out the back window", "Lorraine Tully"),
  ("My neighbour banged on the door", "Lorraine Tully"),
  ("We will use every resource available", "Claire Haddon"),
  ("No house is worth your life,", "Rob Kellaway"),
  ("We can rebuild homes. We can't", "Rob Kellaway")]),

# 4 -- Auckland flooding: name-then-quote split, surname cue, forecaster pronoun, unnamed man, local board chair on Facebook partial quote
('''Auckland Emergency Management opened three civil defence centres overnight after torrential rain flooded homes across the city’s west and north, with MetService warning that more heavy falls were on the way.

More than 120 millimetres of rain fell at Henderson in the 12 hours to 6am on Tuesday, according to MetService, and several streams burst their banks in Rānui and Massey.

“We had crews out all night pulling people out of cars that had driven into floodwater,” Fire and Emergency New Zealand district manager Hamish Tuilagi said. “Please, if the road is covered, don’t drive through it. It is not worth it.”

Auckland Emergency Management controller Rachel Penrose said about 60 households had registered as displaced and that the agency was working with Kāinga Ora and private providers to find them accommodation.

“The ground is completely saturated,” Penrose said. “Even a moderate amount of rain today could cause slips, and we are asking people in the Waitākere Ranges to be ready to leave if they notice cracking, tilting trees or water where it shouldn’t be.”

MetService meteorologist Tom Ashby said an orange heavy rain warning would remain in place until Wednesday morning.

“The low is slow-moving and it is feeding off very moist subtropical air,” he said. “We could see another 60 to 90 millimetres on top of what has already fallen, with peak rates of 20 to 30 millimetres an hour under thunderstorms.”

In Rānui, a man who declined to give his name stood in knee-deep water outside his rented unit, lifting a mattress onto the roof of his car.

“This is the second time in two years,” he said. “Last time the landlord said it was a one-in-a-hundred-year event. So what’s this, then?”

Waitākere Ranges Local Board chair Mereana Hohaia posted on Facebook that the community had “once again shown what it is made of,” thanking volunteers who had opened the Glen Eden community hall to families overnight.

Schools in the affected areas were told they could close at their principals’ discretion, the Ministry of Education said. Auckland Transport said several bus routes in the west had been diverted because of slips.''',
 [("We had crews out all night", "Hamish Tuilagi"),
  ("Please, if the road is covered,", "Hamish Tuilagi"),
  ("The ground is completely saturated,", "Rachel Penrose"),
  ("Even a moderate amount of rain", "Rachel Penrose"),
  ("The low is slow-moving and it", "Tom Ashby"),
  ("We could see another 60 to", "Tom Ashby"),
  ("This is the second time in", "~man"),
  ("Last time the landlord said it", "~man"),
  ("once again shown what it is", "Mereana Hohaia")]),

# 5 -- Toronto school board budget: chair after vote, trustee pronoun, parent surname, ministry statement partial and full, union partial, closing short quote
('''The Toronto District School Board approved a budget on Wednesday night that cuts 120 educational assistant positions and reduces funding for outdoor education centres, as trustees warned the province's largest school board could not keep balancing its books on its own.

The board faced a shortfall of about $26 million for the coming school year. Under provincial rules, boards must submit a balanced budget to the Ministry of Education by the end of June.

"Every line in this budget hurts somebody," board chair Priya Lakhani-Ross said after the vote. "We did not create this gap, and we cannot keep closing it on the backs of our most vulnerable students."

Trustee Daniel Okafor, who voted against the budget, said the cuts to educational assistants would fall hardest on children with special education needs.

"These are the adults who help a kid with autism get through a fire drill," he said. "You take them out of the classroom and the whole class feels it."

Okafor said he had asked staff for an analysis of how the cuts would affect wait lists for special education placements, but had not received one before the vote.

Parents who addressed the board earlier in the week described classrooms already stretched thin. Melissa Tran, whose daughter is in Grade 3 at a school in Scarborough, said her child's teacher was managing 27 students with a single shared assistant.

"She comes home and tells me the teacher spends half the day calming one kid down," Tran said. "That's not the teacher's fault. That's not that child's fault. It's a funding problem."

In a statement, the Ministry of Education said funding for the TDSB had increased by more than $130 million over five years and that the board was "responsible for making decisions that prioritize classrooms."

"Ontario is investing a record amount in public education," the statement said.

The Elementary Teachers' Federation of Ontario called the budget "a direct result of years of provincial underfunding" and urged parents to contact their MPPs.

Lakhani-Ross said the board would continue to press Queen's Park for changes to the funding formula. "We'll keep asking, and we'll keep showing up," she said.''',
 [("Every line in this budget hurts", "Priya Lakhani-Ross"),
  ("We did not create this gap,", "Priya Lakhani-Ross"),
  ("These are the adults who help", "Daniel Okafor"),
  ("She comes home and tells me", "Melissa Tran"),
  ("That's not the teacher's fault.", "Melissa Tran"),
  ("responsible for making decisions that prioritize", "Ministry of Education"),
  ("Ontario is investing a record amount", "Ministry of Education"),
  ("a direct result of years of", "Elementary Teachers' Federation of Ontario"),
  ("We'll keep asking, and we'll keep", "Priya Lakhani-Ross")]),

# 6 -- Florida hurricane evacuation: said-Title-Name inversion, forecaster surname, resident with age, unnamed neighbor, school district on X, later surname with blunt warning
('''Lee County officials on Monday ordered residents of Sanibel, Captiva and Fort Myers Beach to evacuate ahead of Tropical Storm Marisol, which forecasters expected to strengthen into a hurricane before making landfall along Florida’s Gulf Coast late Wednesday.

“Do not wait for the storm to get here to make your decision,” said Lee County Emergency Management director Carla Voss at a briefing in Fort Myers. “If you are in Zone A, you need to be gone by Tuesday night. After that, we cannot promise that anyone will come for you.”

Voss said 14 shelters would open at noon Tuesday, including two that accept pets.

The National Hurricane Center said in its 11 a.m. advisory that Marisol had maximum sustained winds of 65 mph and was moving north-northwest at 9 mph over very warm water.

Jared Mikkelsen, a meteorologist at the National Weather Service office in Tampa Bay, said storm surge remained the biggest threat.

“People remember the wind, but it’s the water that kills,” Mikkelsen said. “We’re looking at 6 to 9 feet of surge in the most vulnerable spots, and that’s on top of high tide.”

On Sanibel, where many homes are still being rebuilt after Hurricane Ian in 2022, some residents said they were tired of leaving.

“I’ve done this four times now,” said Donna Carraway, 68, as she loaded hurricane shutters into the back of a pickup truck. “You pack up your whole life, you sit in traffic on I-75 for nine hours, and then you wonder what you’ll come back to.”

Her neighbor, a retired firefighter who asked that his name not be used, said he planned to stay. “I’ve got a generator, I’ve got water, I’ve got a second floor,” he said.

The School District of Lee County announced that all schools would be closed Tuesday through Thursday. In a post on X, the district said several campuses would be used as shelters and asked families to “check official channels only” for updates on reopening.

Voss had a blunt message for those thinking of riding it out. “Write your name and your next of kin on your arm in marker,” she said. “I’m not saying that to scare you. I’m saying it because we’ve had to identify people that way before.”''',
 [("Do not wait for the storm", "Carla Voss"),
  ("If you are in Zone A,", "Carla Voss"),
  ("People remember the wind, but it’s", "Jared Mikkelsen"),
  ("We’re looking at 6 to 9", "Jared Mikkelsen"),
  ("I’ve done this four times now,", "Donna Carraway"),
  ("You pack up your whole life,", "Donna Carraway"),
  ("I’ve got a generator, I’ve got", "~firefighter"),
  ("check official channels only", "School District of Lee County"),
  ("Write your name and your next", "Carla Voss"),
  ("I’m not saying that to scare", "Carla Voss")]),

# 7 -- Storm Fergal in the south-west: said-Title-Name, pronoun continuation, agency manager, villager, council statement partial, rail spokesperson
('''The Met Office issued an amber wind warning for much of south-west England and south Wales on Thursday as Storm Fergal approached, with gusts of up to 80mph forecast on exposed coasts.

The Environment Agency had more than 40 flood warnings in force by Thursday evening, most of them in Somerset, Devon and Dorset, where rivers were already high after weeks of rain.

"This is a potent storm arriving on ground that simply can't take any more water," said Met Office chief meteorologist Helen Marchbank. "The combination of strong winds and heavy rain means we are likely to see disruption to travel, power cuts and some flooding of homes and businesses."

She said the strongest winds were expected between midnight and 9am on Friday, coinciding with the morning commute.

Simon Prideaux, a flood duty manager at the Environment Agency, urged people not to walk or drive through floodwater. "Just 30cm of flowing water is enough to float your car," he said. "Please don't take the risk."

In Muchelney, a village on the Somerset Levels that was cut off for weeks during the floods of 2014, residents were moving furniture upstairs and stacking sandbags against doors.

"We've got a system now," said Janet Cole, who runs a pottery in the village. "Everything electrical goes up, the sandbags go down, and you keep the kettle on."

Cole said she was more worried about the road in and out of the village than about her own property. "If the road goes under, we're an island again," she said.

Somerset Council said in a statement that it had opened a rest centre in Langport and that highways crews would be "out through the night clearing drains and responding to fallen trees."

Network Rail warned passengers to expect cancellations on the line between Exeter and Plymouth, which runs along the sea wall at Dawlish. "We will close the line if we need to. Safety comes first," a Network Rail spokesperson said.''',
 [("This is a potent storm arriving", "Helen Marchbank"),
  ("The combination of strong winds and", "Helen Marchbank"),
  ("Just 30cm of flowing water is", "Simon Prideaux"),
  ("Please don't take the risk.", "Simon Prideaux"),
  ("We've got a system now,", "Janet Cole"),
  ("Everything electrical goes up, the sandbags", "Janet Cole"),
  ("If the road goes under, we're", "Janet Cole"),
  ("out through the night clearing drains", "Somerset Council"),
  ("We will close the line if", "Network Rail")]),

# 8 -- Queensland smartwatch ban: minister split quote, principal pronoun, union quote before name, parent told radio, student answers question
('''Queensland state schools will ban smartwatches and wireless earbuds during school hours from the start of next term, extending a mobile phone ban that has been in place since 2024.

Education Minister Lachlan Brierley announced the change on Monday at Kedron State High School in Brisbane’s north, saying teachers had reported students using watches to message each other and look up answers during tests.

“The phone ban has worked. Principals tell me playgrounds are louder, kids are talking to each other again,” Brierley said. “But technology moves, and the rules have to move with it.”

Under the policy, devices must be switched off and kept in bags or lockers for the whole school day, with exemptions for students who use them to monitor medical conditions such as diabetes.

Kedron principal Sharon Mitchell-Lowe said her staff had confiscated more smartwatches than phones last term.

“A watch is a phone on your wrist now,” she said. “We had a Year 9 student receive the answers to a maths quiz through his watch. He was very proud of himself until we caught him.”

The Queensland Teachers’ Union welcomed the decision but said it should have come with extra support for schools to enforce it. “Teachers should not be spending their lunch breaks policing wristbands,” union president Kieran Flett said.

Not all parents were convinced. Natalie Osei, whose son is in Year 8 at a school on the Gold Coast, said she relied on his watch to know he had arrived safely.

“He catches two buses. I like being able to see where he is,” she told ABC Radio Brisbane. “I understand why they’re doing it, but I’d like someone to tell me how I’m supposed to contact my child in an emergency.”

The department said parents could continue to contact students through the school office, as they did before mobile phones became widespread.

Year 11 student Eli Cartwright, who attended the announcement, said most students would adapt. Asked whether he would miss his watch, he laughed. “Probably for about a week,” he said.''',
 [("The phone ban has worked. Principals", "Lachlan Brierley"),
  ("But technology moves, and the rules", "Lachlan Brierley"),
  ("A watch is a phone on", "Sharon Mitchell-Lowe"),
  ("We had a Year 9 student", "Sharon Mitchell-Lowe"),
  ("Teachers should not be spending their", "Kieran Flett"),
  ("He catches two buses. I like", "Natalie Osei"),
  ("I understand why they’re doing it,", "Natalie Osei"),
  ("Probably for about a week,", "Eli Cartwright")]),

# 9 -- Wellington water leaks: councillor told committee, chief executive partial then full, mayor split, dissenting councillor pronoun, placard
('''Wellington's water network is losing an estimated 40 percent of the drinking water it treats through leaks, councillors were told on Thursday, as they debated a long-term plan that would lift average residential rates by more than 16 percent.

"We are pouring treated water into the ground every single day," councillor Nikau Wihongi told the council's long-term plan committee. "Every leak we don't fix is money we are literally flushing away."

Wellington Water, which manages the network on behalf of the city and other councils in the region, said in a written report that it had a backlog of about 2,800 reported leaks, some dating back more than a year.

The company's chief executive, Bernadette Hoani, told councillors the backlog was "the product of decades of under-investment" rather than any single decision.

"The pipes under this city were laid by people who assumed someone would replace them in 60 or 70 years," she said. "That someone is us, and the bill has arrived."

Mayor Janine Whitcombe said the council had little choice but to increase spending.

"I don't like it. Nobody around this table likes it," Whitcombe said. "But if we kick this down the road again, the next council will be facing boil-water notices and the one after that will be facing a burst main under Lambton Quay."

Councillor Ross McAlister, who voted against the plan, said residents on fixed incomes could not keep absorbing double-digit increases.

"I've had pensioners in Karori ring me in tears," he said. "They are choosing between paying their rates and heating their homes. We have to find savings somewhere else first."

Outside the council chambers, members of a ratepayers' group held placards, one of which read: "Fix the pipes, not the cycleways."

The committee voted 11-5 to consult the public on the plan. Submissions open next month, and the council will hold drop-in sessions in Johnsonville, Kilbirnie and the central library.''',
 [("We are pouring treated water into", "Nikau Wihongi"),
  ("Every leak we don't fix is", "Nikau Wihongi"),
  ("the product of decades of under-investment", "Bernadette Hoani"),
  ("The pipes under this city were", "Bernadette Hoani"),
  ("That someone is us, and the", "Bernadette Hoani"),
  ("I don't like it. Nobody around", "Janine Whitcombe"),
  ("But if we kick this down", "Janine Whitcombe"),
  ("I've had pensioners in Karori ring", "Ross McAlister"),
  ("They are choosing between paying their", "Ross McAlister"),
  ("Fix the pipes, not the cycleways.", None)]),

# 10 -- B.C. wildfire evacuation: agency update partial, information officer told reporters, mayor pronoun and surname, evacuee split with "she added", federal agency partial
('''An evacuation order covering about 1,100 properties in and around Barriere, B.C., remained in place Sunday as a wildfire burning in the North Thompson Valley grew to more than 9,000 hectares overnight.

The BC Wildfire Service described the Dunn Lake fire in an update as “highly visible and burning out of control,” fanned by winds gusting to 50 kilometres an hour.

“We saw very aggressive fire behaviour yesterday afternoon, with candling and spotting up to a kilometre ahead of the main fire,” fire information officer Jasmine Thiessen told reporters. “Today we’re expecting a little relief with some cloud cover, but the winds are still going to be a challenge.”

Thiessen said 140 firefighters, 11 helicopters and heavy equipment crews were assigned to the fire, with more personnel arriving from Alberta.

The Thompson-Nicola Regional District issued the order late Saturday, giving some residents less than an hour to leave.

Barriere Mayor Gordon Lindqvist said he watched the smoke column from his front yard. “When you see it turn black like that, you know it’s found something to burn,” he said.

He said the community still carried memories of the 2003 McLure fire, which destroyed dozens of homes and the local sawmill.

“People here don’t need to be told twice,” Lindqvist said. “They know what this can do.”

At the reception centre in Kamloops, Tanya Beaulieu sat on a cot with her two children and a cat carrier.

“We grabbed the passports, the photos and the cat,” she said. “My husband is still at the ranch trying to get the horses out. I haven’t heard from him since six.”

Beaulieu said a volunteer had told her that horses could be taken to the Kamloops exhibition grounds.

“It’s a long drive with a trailer when the highway is full of smoke,” she added, “but he’ll get them there.”

Environment and Climate Change Canada issued a special air quality statement for Kamloops and the surrounding area, warning that smoke could cause “coughing, throat irritation and headaches,” especially in children and older adults.''',
 [("highly visible and burning out of", "BC Wildfire Service"),
  ("We saw very aggressive fire behaviour", "Jasmine Thiessen"),
  ("Today we’re expecting a little relief", "Jasmine Thiessen"),
  ("When you see it turn black", "Gordon Lindqvist"),
  ("People here don’t need to be", "Gordon Lindqvist"),
  ("We grabbed the passports, the photos", "Tanya Beaulieu"),
  ("My husband is still at the", "Tanya Beaulieu"),
  ("It’s a long drive with a", "Tanya Beaulieu"),
  ("but he’ll get them there.", "Tanya Beaulieu"),
  ("coughing, throat irritation and headaches,", "Environment and Climate Change Canada")]),

# 11 -- Phoenix heat wave: said-Name appositive, office director surname, volunteer pronoun, woman giving first name only, utility statement partial, closing surname
('''Phoenix recorded its 20th consecutive day at or above 110 degrees on Saturday, and city officials said cooling centers were seeing record numbers of visitors as temperatures were forecast to climb even higher this week.

The National Weather Service in Phoenix extended an excessive heat warning through Thursday, with highs expected to reach 116 degrees by midweek and overnight lows staying in the low 90s.

"The overnight temperatures are what really concern us," said Nate Ramsdell, a meteorologist with the weather service. "When it doesn't cool down at night, the body never gets a chance to recover, and that's when we see heat illness really spike."

The city's Office of Heat Response and Mitigation said its network of more than 40 cooling and respite centers had logged about 3,200 visits in the past week. Its director, Alicia Montaño, said the city had extended hours at several libraries and community centers and was running vans to bring unhoused residents to air-conditioned sites.

"Heat is the deadliest weather hazard we face, and it is not close," Montaño said. "Last year we lost hundreds of people in this county to heat. Every one of those deaths was preventable."

Maricopa County recorded 645 heat-associated deaths in 2023, according to the county's public health department.

At the Burton Barr Central Library, volunteer Gregory Elston handed out bottles of water and cold towels to people arriving from the street.

"Some of them have been walking for an hour to get here," he said. "You can see it on their faces. They're confused, they're dizzy. We get them sitting down, get them drinking, and if it's bad we call 911."

A woman who identified herself only as Teresa, 54, said she had been sleeping in her car since losing her apartment in the spring. "The car gets like an oven by 9 in the morning," she said. "This place saved my life, honestly."

Arizona Public Service said in a statement that it had set a new record for peak electricity demand on Friday evening and asked customers to "set thermostats a few degrees higher" between 4 and 7 p.m.

Ramsdell urged residents to check on elderly neighbors and never to leave children or pets in vehicles. "It takes minutes for a car to become deadly," he said.''',
 [("The overnight temperatures are what really", "Nate Ramsdell"),
  ("When it doesn't cool down at", "Nate Ramsdell"),
  ("Heat is the deadliest weather hazard", "Alicia Montaño"),
  ("Last year we lost hundreds of", "Alicia Montaño"),
  ("Some of them have been walking", "Gregory Elston"),
  ("You can see it on their", "Gregory Elston"),
  ("The car gets like an oven", "Teresa"),
  ("This place saved my life, honestly.", "Teresa"),
  ("set thermostats a few degrees higher", "Arizona Public Service"),
  ("It takes minutes for a car", "Nate Ramsdell")]),

# 12 -- Kent RAAC school closure: headteacher wrote in letter, partial then full, DfE spokesperson colon cue, parent inversion, unnamed parent, diocese statement partial
('''Pupils at a primary school in Maidstone will be taught in temporary classrooms for at least a year after surveyors found potentially dangerous concrete in the roof of its main building, the school has told parents.

St Aldhelm’s Church of England Primary School closed its hall, library and six classrooms last week after a survey identified reinforced autoclaved aerated concrete, known as RAAC, in several roof panels.

In a letter to parents seen by KentOnline, headteacher Rebecca Farrant wrote that the decision had been taken “with a heavy heart but with absolutely no hesitation.”

“The safety of your children is the only thing that matters,” she wrote. “I would rather teach in a tent on the field than take any risk with that roof.”

Temporary classrooms are due to be installed over the half-term holiday, and Year 5 and 6 pupils will be taught at a neighbouring secondary school in the meantime.

A Department for Education spokesperson said: “We have been clear that no school should be using a space where RAAC has been identified without the right mitigations in place. We are working closely with St Aldhelm’s and the diocese to get pupils back into permanent classrooms as quickly as possible.”

Parents waiting at the school gates on Monday afternoon said they had been kept well informed, but many were frustrated that the problem had not been found sooner.

“They’ve known about this concrete for years. The government has known,” said Liam Brodie, whose daughter is in Year 2. “Why is it only now that someone goes up a ladder and checks?”

Another parent, who did not want to be named because she works for the county council, said the arrangements for the older pupils had caused childcare headaches.

“It’s a different start time, a different pick-up point, and I’ve got a child at each site now,” she said. “I’m not blaming the school. I’m blaming whoever let it get this bad.”

Kent County Council said it was providing a minibus between the two sites. The Diocese of Canterbury, which is responsible for the building, said in a statement that it would “seek full funding from the Department for Education” for permanent repairs.

Farrant told parents she hoped the hall would reopen in time for the Christmas nativity. “The children have been amazing, and honestly, they think the portable classrooms are an adventure,” she wrote.''',
 [("with a heavy heart but with", "Rebecca Farrant"),
  ("The safety of your children is", "Rebecca Farrant"),
  ("I would rather teach in a", "Rebecca Farrant"),
  ("We have been clear that no", "Department for Education"),
  ("They’ve known about this concrete for", "Liam Brodie"),
  ("Why is it only now that", "Liam Brodie"),
  ("It’s a different start time, a", "~parent"),
  ("I’m not blaming the school. I’m", "~parent"),
  ("seek full funding from the Department", "Diocese of Canterbury"),
  ("The children have been amazing, and", "Rebecca Farrant")]),

# 13 -- Byron Shire short-stay cap: mayor after vote split, dissenting councillor surname, industry statement partial, Airbnb spokesperson partial, renter with age, partial quote, closing pronoun
('''Byron Shire Council has voted to cap non-hosted short-term holiday letting at 60 days a year across most of the shire, a move the mayor said was needed to return homes to long-term renters but which holiday rental operators warned would hurt the local economy.

"We have teachers, nurses and aged care workers sleeping in their cars in this shire," Mayor Tamsin Greaves said after Thursday's vote. "At the same time, we have thousands of houses sitting empty for most of the week, waiting for the weekend crowd. That is not a functioning town."

According to the council, about one in seven homes in the shire is listed for short-term rental, rising to more than one in four in the Byron Bay township.

Councillor Marcus Delaney, who voted against the cap, said it would punish ordinary families who rented out their homes to cover their mortgages.

"These are not corporations. These are locals who go and stay with relatives over Christmas so they can pay the bills," Delaney said. "We are treating them like the villains of the housing crisis, and they're not."

The Holiday Rental Industry Association said in a statement that the decision was "a blunt instrument that will cost jobs in cleaning, maintenance and hospitality without building a single new home."

Airbnb, in a statement attributed to a spokesperson, said it would "continue to work with the council and the NSW Government on sensible, evidence-based regulation."

Renters who packed the public gallery cheered as the result was read out. Among them was Sienna Walsh, a 29-year-old early childhood educator who has moved house five times in three years.

"Every time the lease ends, the place goes on Airbnb," she said. "I was starting to think I'd have to leave Byron altogether, and I grew up here."

Walsh said she did not expect the cap to solve the problem overnight but described it as "the first time the council has actually picked a side."

The cap still requires approval from the state government before it can take effect. Greaves said she was confident it would be approved.

"The state has been watching us, and if it works here you'll see it in other coastal towns within two years," she said.''',
 [("We have teachers, nurses and aged", "Tamsin Greaves"),
  ("At the same time, we have", "Tamsin Greaves"),
  ("These are not corporations. These are", "Marcus Delaney"),
  ("We are treating them like the", "Marcus Delaney"),
  ("a blunt instrument that will cost", "Holiday Rental Industry Association"),
  ("continue to work with the council", "Airbnb"),
  ("Every time the lease ends, the", "Sienna Walsh"),
  ("I was starting to think I'd", "Sienna Walsh"),
  ("the first time the council has", "Sienna Walsh"),
  ("The state has been watching us,", "Tamsin Greaves")]),

# 14 -- New Zealand teachers' strike: placard, union president inversion split, pronoun, ministry official in statement partial then full, principal pronoun, parent
('''Thousands of primary school teachers and principals walked off the job on Thursday in the first nationwide strike by the sector in six years, closing or partially closing more than 1,500 schools across New Zealand.

Teachers rallied in Auckland’s Aotea Square, Wellington’s Civic Square and outside the Christchurch Town Hall, many carrying placards reading “Our kids can’t wait”.

“We didn’t want to be here today. Nobody becomes a teacher to stand in the rain with a sign,” said NZEI Te Riu Roa president Aroha Walker, addressing the crowd in Wellington. “But we have been at the table for eight months, and the government has not moved.”

The union is seeking a pay rise over three years, smaller class sizes and more funding for learning support.

Walker said the profession was losing experienced teachers across the Tasman. “Every week I hear from someone who has packed up and gone to Brisbane or Perth, where they’re paid thousands more for the same job,” she said.

Ministry of Education deputy secretary Mark Harland said in a statement that the offer on the table was “fair, affordable and consistent with the wider public sector.”

“We remain committed to reaching a settlement as soon as possible and would encourage NZEI to return to bargaining,” Harland said.

Te Aro School principal Grant Whitley, who joined the Wellington rally, said staff shortages were wearing his teachers down.

“I’ve got a teacher who is doing the work of three people because we can’t get relievers,” he said. “Something has to give, and at the moment it’s the teachers’ health.”

Parents were mostly sympathetic, though some said the strikes were taking a toll. Kate Fonoti, who brought her two children to the Auckland rally, said she had taken the day off work.

“It’s hard. I’ve used up a lot of leave this year,” she said. “But I’d rather lose a day’s pay than have my kids in a class of 32 with a teacher who’s burnt out.”

The union has said further strikes could take place next term if no agreement is reached.''',
 [("Our kids can’t wait", None),
  ("We didn’t want to be here", "Aroha Walker"),
  ("But we have been at the", "Aroha Walker"),
  ("Every week I hear from someone", "Aroha Walker"),
  ("fair, affordable and consistent with the", "Mark Harland"),
  ("We remain committed to reaching a", "Mark Harland"),
  ("I’ve got a teacher who is", "Grant Whitley"),
  ("Something has to give, and at", "Grant Whitley"),
  ("It’s hard. I’ve used up a", "Kate Fonoti"),
  ("But I’d rather lose a day’s", "Kate Fonoti")]),

# 15 -- Halifax nor'easter: meteorologist inversion, surname cue, mayor told CBC, utility statement partial, resident with neighbour, unnamed resident
('''Halifax-area schools were closed and hundreds of flights were cancelled Tuesday as a powerful nor'easter dumped more than 40 centimetres of snow on parts of Nova Scotia, with Environment Canada warning of another round of heavy snow overnight.

More than 80,000 Nova Scotia Power customers were without electricity at the peak of the storm, according to the utility's outage map.

"This is a classic East Coast bomb cyclone," said Environment Canada meteorologist Laura Thibodeau. "The pressure dropped very quickly overnight, and that's given us those strong northeast winds, gusting to 100 kilometres an hour along the Atlantic coast."

She said blowing snow would reduce visibility to near zero on highways through the evening.

"If you don't need to be on the road, stay home," Thibodeau said.

The Halifax Regional Centre for Education closed all schools for the day, and Halifax Regional Municipality suspended bus and ferry service until at least noon Wednesday.

"Our crews have been plowing since 3 a.m., and they'll be out around the clock until this is done," Halifax Mayor Andrew Fougere told CBC News. "We're asking people to be patient. Main roads first, then bus routes, then residential streets."

Nova Scotia Power said in a statement that about 1,000 crew members, including contractors from New Brunswick, were working to restore power, but warned that some customers "may be without power for several days in the hardest-hit areas."

In Dartmouth, Brendan MacIsaac spent the morning digging out his car, and then his neighbour's.

"She's 86 and she lives alone, so you just do it," MacIsaac said. "That's just how it is around here. Somebody'll do mine next time."

Another Dartmouth resident, who asked not to be named, was less charitable about the city's snow clearing. "I've seen one plow on this street since Sunday, and it was going the other way," he said.

Halifax Stanfield International Airport advised travellers to check with their airlines before heading to the airport on Wednesday.''',
 [("This is a classic East Coast", "Laura Thibodeau"),
  ("The pressure dropped very quickly overnight,", "Laura Thibodeau"),
  ("If you don't need to be", "Laura Thibodeau"),
  ("Our crews have been plowing since", "Andrew Fougere"),
  ("We're asking people to be patient.", "Andrew Fougere"),
  ("may be without power for several", "Nova Scotia Power"),
  ("She's 86 and she lives alone,", "Brendan MacIsaac"),
  ("That's just how it is around", "Brendan MacIsaac"),
  ("I've seen one plow on this", "~resident")]),

# 16 -- Iowa library book removal: board member inversion split, librarian surname, parent surname, unnamed junior partial, ACLU statement split, board president
('''The Cedar Falls school board voted 4-3 on Monday to remove eight books from high school library shelves, following a months-long review prompted by a parent complaint, in a meeting that stretched past midnight.

The titles removed included a graphic memoir and several young adult novels that deal with sexuality and drug use.

“I’m not banning anything. These books are available at the public library and on Amazon,” said board member Craig Dunleavy, who made the motion. “The question is whether a school district should be putting them in front of 14-year-olds with taxpayer money, and my answer is no.”

The district’s head librarian, Mara Lindstrom, told the board that each title had been reviewed by a committee of teachers, parents and a school administrator, which recommended keeping all eight.

“We followed the process the board itself adopted,” Lindstrom said. “If the board is going to overrule that process every time it doesn’t like the answer, I’m not sure why we have one.”

Parent Jessica Haugen, who filed the original complaint, read aloud passages from one of the novels during public comment before she was asked to stop.

“That is exactly my point,” Haugen said. “You won’t let me read it out loud in this room, but it’s fine for my daughter to check it out of the library?”

Students also spoke. A junior at Cedar Falls High School, who identified herself as a member of the school’s Gay-Straight Alliance, told the board that one of the removed books was “the first time I saw someone like me in a story.”

The ACLU of Iowa said in a statement that it was reviewing the decision. “Public school boards cannot remove books simply because they disagree with the ideas in them,” the statement said. “The First Amendment does not stop at the library door.”

Board president Linda Osterhaus, who voted against the removal, said afterward that she expected the decision to be challenged in court.

“I think we’ve opened a door tonight that will be very hard to close,” she said.''',
 [("I’m not banning anything. These books", "Craig Dunleavy"),
  ("The question is whether a school", "Craig Dunleavy"),
  ("We followed the process the board", "Mara Lindstrom"),
  ("If the board is going to", "Mara Lindstrom"),
  ("That is exactly my point,", "Jessica Haugen"),
  ("You won’t let me read it", "Jessica Haugen"),
  ("the first time I saw someone", "~junior"),
  ("Public school boards cannot remove books", "ACLU of Iowa"),
  ("The First Amendment does not stop", "ACLU of Iowa"),
  ("I think we’ve opened a door", "Linda Osterhaus")]),

# 17 -- Edinburgh low emission zone: said-Title-Name inversion with role, shopkeeper pronoun, campaigner inversion, business group partial, opposition partial, Q-and-A "replied"
('''The City of Edinburgh Council issued more than 4,000 penalty notices in the first month of enforcement of its low emission zone, figures released on Tuesday show, as businesses in the city centre called for a grace period to be reintroduced.

The zone, which covers much of the city centre including Princes Street and the Old Town, bars older petrol and diesel vehicles that do not meet emission standards, with fines starting at £60.

"The purpose of the low emission zone is clean air, not revenue," said Councillor Fiona Dalgleish, the council's transport and environment convener. "Every penny raised goes back into running the scheme and into sustainable transport. If nobody paid a single fine, I'd be delighted."

She said nitrogen dioxide levels at monitoring sites on St John's Road and Queen Street were already falling.

Not everyone was persuaded. Alasdair Munro, who runs a hardware shop on South Bridge, just inside the zone, said trade had suffered.

"I've had regulars tell me they're not coming in any more," he said. "They've got a 2012 diesel van, they can't afford a new one, so they go out to the retail park instead. The council is killing the independent shops."

Munro said his takings were down by about a fifth since June.

Friends of the Earth Scotland welcomed the figures. "Air pollution contributes to thousands of early deaths in Scotland every year," said the group's air pollution campaigner, Niamh Gallacher. "Low emission zones work, and Edinburgh's should be stronger, not weaker."

A spokesman for the Federation of Small Businesses said the council should "listen to traders before it is too late," and called for exemptions for small firms with older vans.

Conservative councillor Iain Baird described the fines as "a cash grab dressed up as environmentalism."

Dalgleish rejected that claim. Asked whether the council would consider bringing back a grace period, she replied: "No. People have had two years' notice. The signs are clear, the cameras are clear, and the rules are clear."''',
 [("The purpose of the low emission", "Fiona Dalgleish"),
  ("Every penny raised goes back into", "Fiona Dalgleish"),
  ("I've had regulars tell me they're", "Alasdair Munro"),
  ("They've got a 2012 diesel van,", "Alasdair Munro"),
  ("Air pollution contributes to thousands of", "Niamh Gallacher"),
  ("Low emission zones work, and Edinburgh's", "Niamh Gallacher"),
  ("listen to traders before it is", "Federation of Small Businesses"),
  ("a cash grab dressed up as", "Iain Baird"),
  ("No. People have had two years'", "Fiona Dalgleish")]),

# 18 -- South Australian drought: climatologist split, farmer described by age, short follow-up, minister split, industry body partial, counsellor, water utility spokesperson
('''Farmers across South Australia’s Eyre Peninsula and Mid North have begun selling off breeding stock as the state endures one of its driest growing seasons on record, with some districts receiving less than half their average rainfall since April.

The Bureau of Meteorology said parts of the state had recorded their lowest April-to-September rainfall in more than a century.

“We’ve had a persistent high-pressure system sitting over the south of the continent for much of the year, and it’s been pushing the cold fronts that normally bring winter rain further south,” bureau climatologist Dr Ben Whitaker said. “For a lot of farmers, the rain just hasn’t turned up.”

On his property near Cleve, grain and sheep farmer Trevor Schultz said he had sold nearly half his ewes.

“You spend 20 years building up a flock with good genetics, and then you’re loading them onto a truck because you can’t feed them,” the 58-year-old said. “That’s the part that really gets you.”

Schultz said his wheat crop was unlikely to return enough to cover the cost of seed and fertiliser. “We’ll be lucky to break even. Lucky,” he said.

Primary Industries Minister Megan Rosewarne on Tuesday announced a $20 million support package including freight subsidies for fodder and water, and extra funding for rural financial counsellors.

“This is about making sure farming families know they are not on their own,” Rosewarne said. “Droughts end, and we want these families still on the land when this one does.”

Livestock SA said in a statement that the package was “a welcome start, but only a start,” and called for interest-free loans for affected producers.

Rural financial counsellor Jenny Koch, who is based in Port Lincoln, said demand for her service had doubled since winter.

“People ring up and they’ll talk about the weather and the footy for 20 minutes before they get to what’s really wrong,” she said.

SA Water said town water supplies on the peninsula were secure. “Customers can be confident their taps will keep running,” a spokesperson said.''',
 [("We’ve had a persistent high-pressure system", "Ben Whitaker"),
  ("For a lot of farmers, the", "Ben Whitaker"),
  ("You spend 20 years building up", "Trevor Schultz"),
  ("That’s the part that really gets", "Trevor Schultz"),
  ("We’ll be lucky to break even.", "Trevor Schultz"),
  ("This is about making sure farming", "Megan Rosewarne"),
  ("Droughts end, and we want these", "Megan Rosewarne"),
  ("a welcome start, but only a", "Livestock SA"),
  ("People ring up and they’ll talk", "Jenny Koch"),
  ("Customers can be confident their taps", "SA Water")]),

# 19 -- Shawnee tornado: emergency manager inversion, meteorologist surname, married couple distinguished by first name, district Facebook partial
('''A tornado carved a path of destruction through the southern edge of Shawnee, Oklahoma, on Wednesday evening, destroying dozens of homes and injuring at least 14 people, officials said.

The National Weather Service office in Norman said a preliminary survey found damage consistent with an EF-3 tornado, with peak winds estimated at 150 mph. A tornado emergency was issued for Shawnee at 6:42 p.m., about 12 minutes before the storm reached the city.

"That lead time saved lives. I have no doubt about that," said Pottawatomie County Emergency Management director Ray Holcomb. "We had people in storm shelters and interior rooms when that thing came through, and that's why we're talking about injuries tonight and not fatalities."

Holcomb said search crews had gone door to door through the hardest-hit neighborhoods and had accounted for everyone reported missing.

Weather service meteorologist Kelsey Harjo said the storm formed quickly ahead of a dryline that had sharpened through the afternoon.

"The atmosphere was primed this afternoon," Harjo said. "Once that storm got going, it organized very quickly, and it produced a tornado within about 20 minutes of first developing."

Lonnie and Beth Akers rode out the storm in the shelter under their garage floor with three of their grandchildren.

"You could hear it coming, like everybody says, like a freight train," Lonnie Akers said. "Then the pressure changed and my ears popped, and the kids were screaming."

When they came out, the roof of their house was gone and their pickup truck was upside down in a neighbor's yard.

"We've got each other. That's what counts," Beth Akers said, her voice breaking. "All the rest of it is just stuff."

Shawnee Public Schools canceled classes for Thursday and said Shawnee High School would serve as a shelter. The district wrote on Facebook that it was "heartbroken for our families" and that counselors would be available at every campus.

The American Red Cross said it had opened a shelter at a church in the city and was distributing food, water and cleanup kits.''',
 [("That lead time saved lives. I", "Ray Holcomb"),
  ("We had people in storm shelters", "Ray Holcomb"),
  ("The atmosphere was primed this afternoon,", "Kelsey Harjo"),
  ("Once that storm got going, it", "Kelsey Harjo"),
  ("You could hear it coming, like", "Lonnie Akers"),
  ("Then the pressure changed and my", "Lonnie Akers"),
  ("We've got each other. That's what", "Beth Akers"),
  ("All the rest of it is", "Beth Akers"),
  ("heartbroken for our families", "Shawnee Public Schools")]),

# 20 -- Ottawa LRT breakdown: quote-first with name and role after, pronoun, consortium statement partial, councillor surname, commuter, unnamed man with colon cue
('''Ottawa’s O-Train Line 1 was out of service for much of Monday morning after a power problem between Tunney’s Pasture and Lyon stations stranded two trains, forcing thousands of commuters onto replacement buses in sub-zero temperatures.

“Let me be very clear: this is not acceptable, and I am not going to stand here and pretend that it is,” Renée Gauthier, general manager of transit services for the City of Ottawa, told reporters at City Hall.

Gauthier said the problem appeared to be related to the cold. “Our preliminary understanding is that a section of overhead wire lost tension overnight,” she said. “We’ll know more once the investigation is complete.”

Rideau Transit Group, the private consortium responsible for maintaining the line, said in a statement that its crews had restored service by 1:15 p.m. and that it was “working with the City to determine the root cause.”

Coun. Jeff Lavigne, who sits on the city’s transit committee, said the repeated shutdowns were driving people away from public transit.

“Every time this happens, we lose riders, and some of them don’t come back,” Lavigne said. “People have built their lives around this train. They deserve a train that works.”

Lavigne said he would ask for an independent review of the line’s winter readiness plan at the committee’s next meeting.

At Tunney’s Pasture, federal public servant Olivia Chen waited nearly 40 minutes for a replacement bus.

“I left the house at 7. It’s now almost 9 and I’ve moved about four kilometres,” Chen said. “My manager has stopped asking why I’m late. She just assumes it’s the train.”

A man standing next to her, holding a coffee, added: “They should give us a discount every time it breaks. They’d be broke by February.”

The Confederation Line, which opened in 2019, was the subject of a provincial public inquiry after two derailments in 2021. Service on Monday afternoon was running on a reduced schedule.''',
 [("Let me be very clear: this", "Renée Gauthier"),
  ("Our preliminary understanding is that a", "Renée Gauthier"),
  ("We’ll know more once the investigation", "Renée Gauthier"),
  ("working with the City to determine", "Rideau Transit Group"),
  ("Every time this happens, we lose", "Jeff Lavigne"),
  ("People have built their lives around", "Jeff Lavigne"),
  ("I left the house at 7.", "Olivia Chen"),
  ("My manager has stopped asking why", "Olivia Chen"),
  ("They should give us a discount", "~man")]),

# 21 -- Christchurch rates rise: mayor after vote split, councillor pronoun, taxpayer group partial, pensioner with age, mayor by surname closing
('''Christchurch City Council has adopted an annual plan with an average rates increase of 9.8 percent, after a marathon meeting in which councillors clashed over spending on the new Te Kaha stadium and cuts to library hours.

"Nobody wanted a number that started with a nine," Mayor Andrew Prebble said after the vote. "But we've got insurance costs up, interest costs up, and a city that still has earthquake repairs to finish. There is no magic pot of money."

Councillor Helen Fairweather, who moved an unsuccessful amendment to keep library hours unchanged, said the cuts would hurt families who could least afford it.

"The library is the warm room, the free internet, the place a kid does their homework when there's no quiet corner at home," she said. "We found money for a stadium. We couldn't find $600,000 for libraries. That tells you something about our priorities."

The council received more than 9,000 submissions on the draft plan, a majority of which opposed the library cuts, according to a summary prepared by council staff.

The New Zealand Taxpayers' Union accused the council of "treating ratepayers like a bottomless ATM" and called for a freeze on new capital projects.

Outside the Civic Offices on Hereford Street, retired teacher Graham Stuckey, 74, said his rates had gone up by more than a third in four years.

"I'm on the pension. My pension didn't go up 35 percent," he said. "At some point they have to understand that people like me are going to have to sell up."

Prebble said the council would expand its rates postponement scheme, which allows older homeowners to defer payments until their property is sold.

"We're not going to force anyone out of their home over rates," he said. "That's a promise I'm happy to be held to."

The new rates take effect from July 1.''',
 [("Nobody wanted a number that started", "Andrew Prebble"),
  ("But we've got insurance costs up,", "Andrew Prebble"),
  ("The library is the warm room,", "Helen Fairweather"),
  ("We found money for a stadium.", "Helen Fairweather"),
  ("treating ratepayers like a bottomless ATM", "New Zealand Taxpayers' Union"),
  ("I'm on the pension. My pension", "Graham Stuckey"),
  ("At some point they have to", "Graham Stuckey"),
  ("We're not going to force anyone", "Andrew Prebble"),
  ("That's a promise I'm happy to", "Andrew Prebble")]),

# 22 -- Windermere sewage: campaigner inversion split, water company statement with "the company said", regulator spokesperson colon cue, councillor partial, swimmer inversion, unnamed boatman
('''Campaigners have called on the Environment Agency to prosecute United Utilities after a week of sewage spills into Windermere during heavy rain, as new figures showed storm overflows discharged into England’s largest lake for more than 1,400 hours last year.

“People come from all over the world to swim in this lake and they have no idea what’s going into it,” said Eleanor Hurst, who set up the volunteer group Lakeland Water Watch in 2021. “We have children paddling a few hundred yards from an outfall. It’s a scandal.”

Hurst said volunteers had recorded E. coli levels at one bay that were several times the standard for bathing water on three separate days last week.

United Utilities said it was investing £200 million in the area over the next five years. “We share the ambition to see Windermere thrive, and we are investing record amounts to reduce the use of storm overflows around the lake,” the company said. “Storm overflows are designed to operate in heavy rain to protect homes from flooding.”

An Environment Agency spokesperson said: “We are reviewing the data provided by campaigners and will not hesitate to take enforcement action where we find breaches.”

Westmorland and Furness councillor Peter Thwaite, whose ward includes Bowness-on-Windermere, described the lake as “a national treasure being treated like a drain.”

At Millerground, a popular swimming spot on the eastern shore, some regular swimmers said they had changed their habits.

“I used to swim here every morning. Now I check an app first, and half the time I don’t go in,” said Kathryn Lowe, 61, a retired GP from Bowness. “That’s not how it should be.”

A boatman who has worked on the lake for 30 years, and who did not want to be named, said the water had changed visibly in that time. “You get these green mats of algae in late summer that you never used to see,” he said.

The lake, which draws millions of visitors a year, lies within the Lake District National Park, a Unesco World Heritage Site.''',
 [("People come from all over the", "Eleanor Hurst"),
  ("We have children paddling a few", "Eleanor Hurst"),
  ("We share the ambition to see", "United Utilities"),
  ("Storm overflows are designed to operate", "United Utilities"),
  ("We are reviewing the data provided", "Environment Agency"),
  ("a national treasure being treated like", "Peter Thwaite"),
  ("I used to swim here every", "Kathryn Lowe"),
  ("That’s not how it should be.", "Kathryn Lowe"),
  ("You get these green mats of", "~boatman")]),

# 23 -- Seattle wildfire smoke: health officer inversion split, pronoun, forecaster wrote in discussion, school district message partial, parent, unnamed teacher
('''Seattle Public Schools kept students indoors for recess and canceled after-school sports on Tuesday as smoke from wildfires in eastern Washington and British Columbia pushed air quality across the Puget Sound region into the very unhealthy range.

“Smoke particles are tiny enough to get deep into the lungs and even into the bloodstream,” said Dr. Anjali Deshmukh, health officer for Public Health – Seattle & King County. “Children, older adults, pregnant people and anyone with asthma or heart disease should stay indoors as much as possible.”

Deshmukh recommended that families without air purifiers build their own.

“A box fan with a furnace filter taped to the back is cheap and it works,” she said. “You don’t need an expensive purifier to make a real difference in one room.”

The National Weather Service in Seattle said onshore flow expected later in the week should begin to clear the smoke. “We’re looking for a marine push late Wednesday night into Thursday,” meteorologist Chris Halvorsen wrote in a forecast discussion. “Until then, expect hazy skies and smoke both aloft and at the surface.”

In a message to families, Seattle Public Schools said it was monitoring air quality hourly and that “decisions about outdoor activities will be made on a day-to-day basis.”

Rosa Villanueva, picking up her son at Beacon Hill International School, said he has asthma.

“He used his inhaler twice yesterday, and he wasn’t even outside that long,” she said. “I’m glad they kept them in. I’d keep him home if I could.”

A fourth-grade teacher at a school in West Seattle, who asked not to be named because she was not authorized to speak to the media, said older buildings without air conditioning left staff with few good options.

“We close the windows to keep the smoke out and then the classroom is 84 degrees,” she said. “You pick your poison.”

The Puget Sound Clean Air Agency said a burn ban remained in effect for King, Pierce and Snohomish counties.''',
 [("Smoke particles are tiny enough to", "Anjali Deshmukh"),
  ("Children, older adults, pregnant people and", "Anjali Deshmukh"),
  ("A box fan with a furnace", "Anjali Deshmukh"),
  ("You don’t need an expensive purifier", "Anjali Deshmukh"),
  ("We’re looking for a marine push", "Chris Halvorsen"),
  ("decisions about outdoor activities will be", "Seattle Public Schools"),
  ("He used his inhaler twice yesterday,", "Rosa Villanueva"),
  ("I’m glad they kept them in.", "Rosa Villanueva"),
  ("We close the windows to keep", "~teacher"),
  ("You pick your poison.", "~teacher")]),

# 24 -- Pilbara cyclone: deputy commissioner quote-first split, forecaster surname, ports spokeswoman, resident pronoun, partial quote, mayor posted on Facebook
('''Residents from Port Hedland to Whim Creek were ordered to take shelter on Sunday as Severe Tropical Cyclone Marlo, a category 4 system, bore down on the Pilbara coast with destructive winds of up to 250 kilometres an hour.

The Department of Fire and Emergency Services issued a red alert for the area at noon, meaning people must go to shelter immediately.

"You need to be in the strongest part of your home, away from windows, and you need to stay there until we tell you it's safe," DFES deputy commissioner Graham Pettit said. "Do not go outside during the eye. The winds will come back, and they will come back from the other direction."

Bureau of Meteorology senior meteorologist Hannah Corcoran said the cyclone was expected to cross the coast east of Port Hedland late on Sunday night.

"Marlo is a very compact, very intense system," Corcoran said. "That means the worst winds are concentrated near the centre, and small changes in its track will make a big difference to who gets the destructive core."

She said falls of 200 to 300 millimetres were likely inland, with major flooding possible along the De Grey and Yule rivers.

Shipping at the world's largest bulk export port was halted on Saturday. "All vessels have been cleared from the port and will not return until the cyclone has passed," a Pilbara Ports Authority spokeswoman said.

South Hedland resident Shane Whitehurst, who has lived in the town for 22 years, said he had filled the bath with water, taped the windows and moved his family into the laundry.

"You don't muck around with a category 4," he said. "I've been through a few, and you never get used to the noise. It's like being inside a jet engine for six hours."

Whitehurst said his two teenagers were "more worried about the wi-fi than the wind."

Town of Port Hedland Mayor Kelly Dunstan posted on Facebook on Sunday afternoon: "Look after each other, check on your neighbours, and stay inside until the all clear. We'll get through this together."''',
 [("You need to be in the", "Graham Pettit"),
  ("Do not go outside during the", "Graham Pettit"),
  ("Marlo is a very compact, very", "Hannah Corcoran"),
  ("That means the worst winds are", "Hannah Corcoran"),
  ("All vessels have been cleared from", "Pilbara Ports Authority"),
  ("You don't muck around with a", "Shane Whitehurst"),
  ("I've been through a few, and", "Shane Whitehurst"),
  ("more worried about the wi-fi than", "Shane Whitehurst"),
  ("Look after each other, check on", "Kelly Dunstan")]),

# 25 -- Calgary hailstorm: resident inversion split and partial, meteorologist quote running over two paragraphs, "added", councillor pronoun, city on X partial, unnamed woman
('''A violent hailstorm pummelled northeast Calgary on Monday evening, smashing windows, shredding siding and flooding underpasses, in what the Insurance Bureau of Canada said could be one of the costliest storms in the city’s history.

Hailstones the size of tennis balls fell for about 20 minutes in communities including Saddle Ridge, Taradale and Skyview Ranch, according to residents and Environment and Climate Change Canada.

“It sounded like somebody was throwing bricks at the house,” said Harpreet Sandhu, who lives in Saddle Ridge with his parents and two children. “The kids were hiding in the basement. When it stopped, every window on the west side was gone.”

Sandhu said the siding on his house looked “like someone went at it with a shotgun.”

Environment Canada meteorologist Kyle Brandvold said the region’s geography made it especially vulnerable. “Southern Alberta is hail alley. The combination of moist air at the surface, daytime heating and the lift from the foothills makes it one of the most hail-prone places in the country.

“What made this storm unusual was how long it sat over the same neighbourhoods,” he added.

The Insurance Bureau of Canada said it was too early to estimate damage, but noted that a 2020 hailstorm in the same part of the city caused about $1.2 billion in insured losses.

Coun. Raj Dhillon, who represents the area, said the city would waive permit fees for storm repairs.

“Many of these families just finished repairing their homes from the last one,” he said. “Some of them are still fighting with their insurance companies.”

The City of Calgary said in a post on X that crews were clearing debris from storm drains and asked residents to “report blocked drains and downed trees to 311.”

Across the street from the Sandhu home, a woman sweeping glass from her driveway said she had lived in the neighbourhood for six years and had replaced her roof twice.

“I love this city,” she said. “But I’m starting to wonder if I should just buy a house made of steel.”''',
 [("It sounded like somebody was throwing", "Harpreet Sandhu"),
  ("The kids were hiding in the", "Harpreet Sandhu"),
  ("like someone went at it with", "Harpreet Sandhu"),
  ("Southern Alberta is hail alley. The", "Kyle Brandvold"),
  ("What made this storm unusual was", "Kyle Brandvold"),
  ("Many of these families just finished", "Raj Dhillon"),
  ("Some of them are still fighting", "Raj Dhillon"),
  ("report blocked drains and downed trees", "City of Calgary"),
  ("I love this city,", "~woman"),
  ("But I’m starting to wonder if", "~woman")]),
]

# fmt: on
