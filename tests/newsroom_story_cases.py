"""Four sets of stories from newsroom beats, with who says each quote, written in the
thirty-fourth round of rules.

Written for this suite by four separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy: STORIES_DA science, environment and
climate (researchers and journals, agencies, conservation groups, residents facing floods and
fires); STORIES_DB sub-Saharan Africa in English-language outlets (ministers and presidents'
spokespeople, opposition leaders, police, traders, electoral commissions; names and titles in
their local forms); STORIES_DC sport (match reports, press conferences, managers, players,
governing bodies, fans), held out; STORIES_DD courts and the law (trials, sentencing, judges,
prosecutors, defence lawyers, families, rulings), held out. Straight and curly quote marks.
Not gold and not from any article of the gold set. Each entry is (story, [(first words inside
the quote marks, speaker as first named, "~" and the noun of a speaker only described, or
None), ...]). Held-out sets are not tuned on: their misses are listed by script, not read.

The authors were asked to list every passage in quote marks. Two more authors, who saw only the
sets and the gold set's guideline on what a quote is, then removed the 15 entries that are
not quotes under it (titles of reports and a memoir, a nickname, local and so-called terms,
scare quotes), and changed nothing else. Words on signs, placards, walls and T-shirts, chants,
and the wording of documents stay, with no speaker.

First read, before any rule was changed for them, with the thirty-fourth round's final rules
(3a071da): 221 of 235 in STORIES_DA, 213 of 226 in STORIES_DB, 216 of 239 in STORIES_DC and
211 of 237 in STORIES_DD: 861 of 937 (0.919); the two sets the next round tunes on 434 of 461
(0.941), the held-out two 427 of 476 (0.897). Their misses are listed, not analysed yet.
"""

# fmt: off
STORIES_DA = [
# 1 -- Guardian-style report on a bumblebee decline study; straight quotes; said X with title, pronoun follow-ups, "she added", partial quote, split quote, NFU statement
('''Bumblebee numbers across northern Europe have fallen by nearly a third in two decades, with the steepest losses on upland farmland, according to the largest survey of wild pollinators yet published.

The study, published on Wednesday in the journal Nature Ecology & Evolution, drew on 1.4m records gathered by volunteers in eight countries between 2003 and 2023. Of the 24 species tracked, 11 declined significantly and only two increased.

"This is not a slow drift, it is a cliff edge for some species," said Dr Helena Marsh, an ecologist at the University of Leeds who led the work. "The moorland specialists are disappearing fastest, and they have nowhere higher to go."

Marsh said the data pointed to a combination of hotter summers and the loss of flower-rich field margins. "You can't pin it on one thing, but when you lay the heat maps over the farmland maps, the overlap is hard to ignore," she said.

The team's analysis suggested that species adapted to cool, wet conditions, such as the bilberry bumblebee, had lost up to 60% of their former range in lowland areas.

"We were genuinely shocked by the speed of it. Some of our volunteers had walked the same transect for 15 years, and they were emailing us to ask whether they were doing something wrong," she added.

Prof Tomas Lindqvist, of Lund University in Sweden, a co-author of the study, said the findings showed that pollinator losses had "not yet bottomed out" despite bans on some neonicotinoid pesticides.

"The regulatory changes helped, but they were aimed at one pressure, and the bees face several at once. Climate is now doing a lot of the damage," Lindqvist said.

Independent experts welcomed the scale of the dataset. Dr Priya Raman, a pollination biologist at the University of Reading who was not involved in the research, said: "Citizen science at this volume gives us a picture we simply couldn't get from professional surveys alone."

She cautioned, however, that some of the apparent losses could reflect changes in where volunteers chose to walk. "The authors have corrected for that as well as anyone could, but it is worth keeping in mind when you look at the rarer species," she said.

The National Farmers' Union said in a statement that many of its members were already "going well beyond what is asked of them" on wildflower margins, and urged ministers to protect funding for such schemes in the next spending review.''',
 [("This is not a slow drift", "Helena Marsh"),
  ("The moorland specialists are disappearing fastest", "Helena Marsh"),
  ("You can't pin it on one", "Helena Marsh"),
  ("We were genuinely shocked by the", "Helena Marsh"),
  ("not yet bottomed out", "Tomas Lindqvist"),
  ("The regulatory changes helped, but they", "Tomas Lindqvist"),
  ("Citizen science at this volume gives", "Priya Raman"),
  ("The authors have corrected for that", "Priya Raman"),
  ("going well beyond what is asked", "National Farmers' Union")]),

# 2 -- AP wildfire story from Oregon; straight quotes; dateline, "told reporters", age as description, unnamed firefighter, sign text, agency statement partial quote
('''PINE HOLLOW, Ore. (AP) — A wind-driven wildfire tore through dry timber in central Oregon on Tuesday, forcing about 3,000 people from their homes and destroying at least 40 structures, fire officials said.

The Juniper Ridge Fire had burned more than 18,000 acres (7,280 hectares) by late afternoon and was 5% contained, according to the Oregon Department of Forestry.

"We had gusts of 45 miles an hour pushing this thing faster than anyone could get ahead of it," incident commander Dale Whitaker told reporters at a briefing in a high school gymnasium. "Our priority right now is life safety. Structures come second."

Whitaker said crews had twice been pulled back from the fire's eastern flank as the wind shifted. No serious injuries had been reported, he said, though two firefighters were treated for heat exhaustion.

Rosa Delgado, 58, said she had about 10 minutes to gather her dog, her medications and a box of family photographs before sheriff's deputies knocked on her door.

"I looked out the kitchen window and the whole ridge was orange. I've lived here 31 years, and I've never seen it come down the hill like that," Delgado said.

Her neighbor, Carl Benson, stayed behind to run sprinklers on his roof until deputies ordered him out. "They told me it wasn't a request," the 71-year-old said.

At a Red Cross shelter set up in the gymnasium, volunteers handed out cots, water and phone chargers. A hand-lettered sign taped to the door read "Pets welcome — ask at the front desk."

One firefighter, his face streaked with ash after a 16-hour shift, was asked how his crew was holding up. "Tired," he said. "But we're still here."

Cooler temperatures were expected later in the week, but forecasters warned that dry lightning could spark new fires across the region.

"The next 48 hours are going to be critical," said Megan Cho, a meteorologist with the National Weather Service in Pendleton. "We're not seeing any meaningful rain in the forecast."

The Oregon Office of Emergency Management said in a statement that it had requested federal assistance and urged people in surrounding evacuation zones to "be ready to leave at a moment's notice."

Scientists say climate change is making the West warmer and drier, and that wildfires are growing larger and harder to control as a result.''',
 [("We had gusts of 45 miles", "Dale Whitaker"),
  ("Our priority right now is life", "Dale Whitaker"),
  ("I looked out the kitchen window", "Rosa Delgado"),
  ("They told me it wasn't a", "Carl Benson"),
  ("Pets welcome — ask at the", None),
  ("Tired", "~firefighter"),
  ("But we're still here.", "~firefighter"),
  ("The next 48 hours are going", "Megan Cho"),
  ("We're not seeing any meaningful rain", "Megan Cho"),
  ("be ready to leave at a", "Oregon Office of Emergency Management")]),

# 3 -- BBC-style flooding story from North Yorkshire; single quotes as main mark; "told BBC Radio York", uncued continuation paragraph, "he asked", agency spokesperson, banner, partial quote from councillor
('''Residents of a North Yorkshire village have begun clearing out their homes after flooding for the third time in five years.

Around 60 properties in Kirkby Ashton, near Malton, were flooded on Sunday night when the River Derwent burst its banks after 36 hours of persistent rain.

Jean Pickering, 74, has lived on Mill Lane for more than 40 years. 'The water came under the door at about two in the morning,' she said. 'By four it was up to the second stair.'

She told BBC Radio York she had only just finished redecorating after the last flood, in 2022.

'You put your life back together and then it happens again. I don't know how many more times I can do it.'

Her son, Mark Pickering, who drove over from Leeds to help, said the family was considering whether to sell. 'But who's going to buy a house that floods?' he asked.

The Environment Agency said it had issued a severe flood warning for the area on Sunday evening and that teams had worked through the night to clear debris from blocked culverts.

In a statement, an agency spokesperson said: 'Our thoughts are with everyone affected. Climate change means we are seeing more intense rainfall, and we will continue to work with the community on longer-term protection.'

A flood defence scheme for Kirkby Ashton was approved in 2021 but has been held up by rising costs. A faded banner tied to the railings of the village hall reads: 'Defences now - not in 2030'.

Councillor Sarah Bentham, who represents the area on North Yorkshire Council, said the delay was 'simply unacceptable'.

'People here have been promised protection again and again,' she said. 'Every winter they go to bed wondering whether they will wake up to water in the kitchen.'

The Met Office has issued a yellow warning for further rain on Wednesday. Meteorologist Daniel Hughes said: 'The ground is saturated, so even moderate rainfall later this week could cause problems in places that have already flooded.'

Volunteers from the village church have been serving hot meals in the hall, which escaped the worst of the water.''',
 [("The water came under the door", "Jean Pickering"),
  ("By four it was up to", "Jean Pickering"),
  ("You put your life back together", "Jean Pickering"),
  ("But who's going to buy a", "Mark Pickering"),
  ("Our thoughts are with everyone affected.", "Environment Agency"),
  ("Defences now - not in 2030", None),
  ("simply unacceptable", "Sarah Bentham"),
  ("People here have been promised protection", "Sarah Bentham"),
  ("Every winter they go to bed", "Sarah Bentham"),
  ("The ground is saturated, so even", "Daniel Hughes")]),

# 4 -- Reuters report from UN climate talks in Bonn; curly quotes; said X of country, "told Reuters", anonymous senior official, minister's post on X, secretariat statement, banner slogan
('''BONN, June 13 (Reuters) - Negotiators at U.N. climate talks in Bonn ended two weeks of meetings on Thursday without agreeing how to track a new finance goal for developing countries, pushing the toughest decisions to ministers at the COP summit in November.

Wealthy nations agreed last year to provide at least $300 billion a year in climate finance by 2035, but the deal left open how contributions would be counted and reported. The Bonn session was meant to settle those rules.

“We came here to build a bridge and we have barely laid the foundations,” said Amara Diallo of Senegal, the lead negotiator for the Least Developed Countries group. “Every month of delay is paid for by communities on the front line.”

European Union negotiator Lars Henriksen said the bloc was “disappointed but not discouraged”.

“There is a landing zone,” he told Reuters on the sidelines of the closing plenary. “We just did not reach it this week.”

A senior official from one major emerging economy, who asked not to be named because the discussions were private, said richer countries were “trying to rewrite the deal after signing it”.

Fiji’s environment minister, Salote Vunibola, posted on X shortly after the session closed: “Another session, another postponement. The Pacific cannot negotiate with the ocean.”

U.N. Climate Change, the secretariat that runs the talks, said in a closing statement that parties had made “meaningful technical progress” and that draft texts would be forwarded to ministers.

Outside the conference centre, a small group of campaigners held up a banner reading “Pay up for loss and damage”, a slogan that has become a fixture of the annual talks.

Tasneem Qureshi, a policy adviser at Climate Action Network, said the outcome followed a familiar pattern. “Negotiators have left the hardest questions for the ministers, and the ministers have a habit of leaving them for next year,” she said.

(Reporting by Katrin Vogel in Bonn; Additional reporting by David Mensah in Accra; Editing by Simon Carrow)''',
 [("We came here to build a", "Amara Diallo"),
  ("Every month of delay is paid", "Amara Diallo"),
  ("disappointed but not discouraged", "Lars Henriksen"),
  ("There is a landing zone,", "Lars Henriksen"),
  ("We just did not reach it", "Lars Henriksen"),
  ("trying to rewrite the deal after", "~official"),
  ("Another session, another postponement.", "Salote Vunibola"),
  ("meaningful technical progress", "U.N. Climate Change"),
  ("Pay up for loss and damage", None),
  ("Negotiators have left the hardest questions", "Tasneem Qureshi")]),

# 5 -- New Scientist-style exoplanet atmosphere story; curly quotes; present-tense "says X at <institution>", "she says" mid-paragraph, independent expert, "team member", partial quote
('''Astronomers have spotted signs of a thick, steamy atmosphere around a rocky planet orbiting a nearby red dwarf star – the strongest evidence yet that such worlds can hold on to their air despite intense stellar flares.

The planet, LHS 2209 b, is about 1.3 times the width of Earth and circles its star every 2.6 days, some 41 light years away. Red dwarfs are the most common stars in the galaxy, so whether their planets can keep atmospheres is one of the biggest open questions in the search for habitable worlds.

“It’s the first time we’ve seen a clear atmospheric signal from a planet this small and this close to its star,” says Ingrid Solberg at the University of Oslo in Norway, who led the work. “For years the worry was that flares would simply strip these planets bare.”

Solberg and her colleagues used the James Webb Space Telescope to watch the planet pass in front of its star four times, measuring how much infrared light was absorbed at different wavelengths. They found a dip consistent with water vapour.

The signal is subtle, she says. “We’re talking about differences of a few tens of parts per million in brightness, so you have to be very careful about what the star itself is doing.”

That caution is shared by others. “Starspots can mimic exactly this kind of feature,” says Rafael Montoya at the Space Telescope Science Institute in Baltimore, Maryland, who wasn’t involved in the study. “I’d want to see it confirmed with a second instrument before I’d call it an atmosphere.”

The team says it has tested that possibility. “We modelled the spots every way we could think of,” says team member Kwame Asante at the University of Cambridge. “None of them reproduces the signal on their own.”

Even if the atmosphere is real, the planet is unlikely to be hospitable. Its surface is probably hotter than 400°C, and Asante describes it as a “steam world” rather than a water world.

Montoya says the result matters either way. “Whether or not this one holds up, it tells us the telescope can make this measurement. That’s a big deal for the next five years of observations,” he says.

The findings are due to be published in The Astrophysical Journal Letters.''',
 [("It’s the first time we’ve seen", "Ingrid Solberg"),
  ("For years the worry was that", "Ingrid Solberg"),
  ("We’re talking about differences of a", "Ingrid Solberg"),
  ("Starspots can mimic exactly this kind", "Rafael Montoya"),
  ("I’d want to see it confirmed", "Rafael Montoya"),
  ("We modelled the spots every way", "Kwame Asante"),
  ("None of them reproduces the signal", "Kwame Asante"),
  ("steam world", "Kwame Asante"),
  ("Whether or not this one holds", "Rafael Montoya")]),

# 6 -- Cornish local-paper story on seal pup rescues; straight quotes; manager/vet/volunteer, nickname in quotes, charity spokesperson, beach sign, unnamed visitor
('''Staff and volunteers at a Cornish seal rescue centre are caring for a record number of grey seal pups after a run of autumn storms separated dozens of young animals from their mothers.

The Helford Seal Hospital, near Gweek, has admitted more pups this autumn than in any full season since it opened in 1998.

"We've had 34 pups through the doors since September, which is more than we'd usually see in a whole season," said hospital manager Lucy Trewin. "Many of them came in underweight and with wounds from being thrown against the rocks."

One of the youngest, a male nicknamed "Pasty" by staff, was found on a beach near Porthleven in early October weighing just 11kg.

"He was about half the weight he should have been. Now he's eating us out of house and home," Ms Trewin said with a laugh.

Vet Dr Anna Keast, who treats the pups, said autumn storms appeared to be getting "more intense and more frequent" along the Cornish coast.

"We're seeing pups separated from their mothers much earlier than we used to, before they've built up the fat they need," she said.

British Divers Marine Life Rescue, whose volunteer medics have been called to more than 90 seal incidents in Cornwall since August, has renewed its appeal to beachgoers. A spokesperson for the charity said: "If you see a pup on its own on a beach, please don't approach it. Keep dogs on leads and call our hotline."

Signs reading "Seals resting - keep your distance" have been put up at several beaches on the north coast after reports of people taking selfies with pups.

Jack Polglase, 19, from Helston, started volunteering at the hospital in the summer. "I used to come here on school trips, and now I'm the one chopping up fish at seven in the morning," he said.

One regular visitor, watching the pups in the outdoor pools on Sunday, said: "It's lovely to see them getting better. You forget how much noise they make."

The hospital hopes to release the first of this season's pups back into the sea before Christmas, and is appealing for donations of towels and fish.''',
 [("We've had 34 pups through the", "Lucy Trewin"),
  ("Many of them came in underweight", "Lucy Trewin"),
  ("He was about half the weight", "Lucy Trewin"),
  ("more intense and more frequent", "Anna Keast"),
  ("We're seeing pups separated from their", "Anna Keast"),
  ("If you see a pup on", "British Divers Marine Life Rescue"),
  ("Seals resting - keep your distance", None),
  ("I used to come here on", "Jack Polglase"),
  ("It's lovely to see them getting", "~visitor")]),

# 7 -- ABC-style drought story from western NSW; curly quotes; "the 62-year-old said", uncued continuation, husband and wife with same surname (Mr/Ms), bureau spokesperson partials, minister, farm-gate signs
('''Graziers in far western New South Wales say they are selling off breeding stock built up over decades, as the region endures its driest 18 months in more than a century of records.

At Yarrabin Station, 90 kilometres north of Wilcannia, Graham Fenwick has cut his flock from 6,000 merinos to fewer than 1,500.

“You breed these sheep for 30 years and then you watch them go on a truck,” the 62-year-old said.

“It’s like losing family, and I don’t say that lightly.”

His wife, Denise Fenwick, said the hardest part was not knowing when it would end.

“If someone could tell us it’ll rain in March, we could plan for March. Nobody can tell us that,” she said.

The Bureau of Meteorology’s latest seasonal outlook offers little comfort. A bureau spokesperson said rainfall across much of the state’s Western Division had been “very much below average” since the middle of last year, and that “there is no strong signal for a break in the coming three months”.

Rural financial counsellor Michelle Tran, who covers an area the size of Tasmania from her base in Broken Hill, said calls to her service had doubled since winter.

“People ring about the bank, but when you dig a little, it’s about everything — the kids, the marriage, whether they can keep going,” she said.

State Agriculture Minister Karen Doyle visited Broken Hill on Tuesday and announced an extra $40 million in freight and fodder subsidies for drought-affected producers.

“We hear you, and we are backing you for as long as this takes,” Ms Doyle said.

Not everyone was impressed.

“Freight subsidies are fine if you’ve got stock left to freight,” Mr Fenwick said.

Along the Barrier Highway, hand-painted signs on farm gates read “Pray for rain” and “Drought is not a holiday”.

Mr Fenwick said he planned to keep his best 200 ewes for as long as he could afford to hand-feed them, in the hope of rebuilding when the season turns.''',
 [("You breed these sheep for 30", "Graham Fenwick"),
  ("It’s like losing family, and I", "Graham Fenwick"),
  ("If someone could tell us it’ll", "Denise Fenwick"),
  ("very much below average", "Bureau of Meteorology"),
  ("there is no strong signal for", "Bureau of Meteorology"),
  ("People ring about the bank, but", "Michelle Tran"),
  ("We hear you, and we are", "Karen Doyle"),
  ("Freight subsidies are fine if you’ve", "Graham Fenwick"),
  ("Pray for rain", None),
  ("Drought is not a holiday", None)]),

# 8 -- Reuters story on an ESA satellite launch delay; straight quotes; "told a news conference", split quote, uncued continuation paragraph, rocket firm statement, unnamed agency spokesperson, astronaut post on X
('''PARIS, Oct 3 (Reuters) - The European Space Agency has postponed the launch of its FLORA vegetation-monitoring satellite by at least six weeks after engineers found a faulty electrical connector during final tests, the agency said on Thursday.

The satellite, designed to measure the faint glow given off by plants during photosynthesis, had been due to lift off on a Vega-C rocket from Kourou, French Guiana, later this month.

"We would rather lose six weeks on the ground than lose the mission in orbit," Marta Villanueva, ESA's director of Earth observation programmes, told a news conference in Paris.

"The instrument itself is working perfectly," she said, "but one of the connectors did not behave as we expected during vibration testing, and we need to understand why."

"This is a mission that scientists have waited more than a decade for. We owe it to them to get it right."

Arianespace, which markets the Vega-C, said in a statement that the rocket was "ready and waiting" and that a new launch date would be set in coordination with ESA.

An ESA spokesperson, asked whether the delay would add to the mission's budget of roughly 400 million euros, said: "There is no impact on the overall cost envelope at this stage."

Scientists who plan to use FLORA's data to track crop stress and forest health expressed frustration but said they understood the decision.

"Every season we miss is a season of drought stress we don't measure," said Felix Brandt, a plant physiologist at the Juelich Research Centre in Germany. "It's frustrating, but nobody wants to see a half-working satellite."

ESA astronaut Sofie Lund wrote on X: "Patience is part of spaceflight. Better safe than sorry - FLORA will fly!"

The agency said engineers would replace the connector and repeat part of the test campaign at its ESTEC technical centre in the Netherlands before the satellite is shipped to South America.

(Reporting by Claire Moreau; Editing by Tom Ashdown)''',
 [("We would rather lose six weeks", "Marta Villanueva"),
  ("The instrument itself is working perfectly,", "Marta Villanueva"),
  ("but one of the connectors did", "Marta Villanueva"),
  ("This is a mission that scientists", "Marta Villanueva"),
  ("ready and waiting", "Arianespace"),
  ("There is no impact on the", "European Space Agency"),
  ("Every season we miss is a", "Felix Brandt"),
  ("It's frustrating, but nobody wants to", "Felix Brandt"),
  ("Patience is part of spaceflight.", "Sofie Lund")]),

# 9 -- Guardian-style Delhi heatwave story; curly quotes; "said Dr X, who heads", unnamed nurse, met department scientist, named worker with pronoun follow-up, partial quote, bus-shelter poster slogan
('''Hospitals in the Indian capital have reported a surge in heatstroke admissions as temperatures in Delhi topped 47C for a fifth consecutive day, with doctors warning that outdoor workers are bearing the brunt.

At Lok Nayak hospital, one of the city’s largest public hospitals, staff said they had treated more than 80 people for heat-related illness since Friday.

“We are seeing patients come in with core temperatures above 42C, and some of them are not making it,” said Dr Ananya Bose, who heads the emergency department. “Most are outdoor workers — labourers, delivery riders, street vendors.”

The hospital has converted a ward into a dedicated heatstroke unit, where patients are immersed in tubs of iced water. One nurse, at the end of a 14-hour shift, said: “We are filling the tubs faster than the ice can arrive.”

The India Meteorological Department (IMD) extended its red alert for Delhi and large parts of Uttar Pradesh, Haryana and Rajasthan on Monday.

“Relief is unlikely before the monsoon reaches the north-west,” said Rajiv Malhotra, a senior scientist at the IMD. “We expect conditions to remain severe at least until the end of next week.”

Mohammad Iqbal, 45, an e-rickshaw driver in Old Delhi, said he had stopped working between noon and 4pm, losing about a third of his daily income.

“If I don’t work, we don’t eat,” he said. “If I work in the afternoon, I might not come home.”

Scientists say the heat is consistent with what climate models have long projected for south Asia. Dr Leena Kapoor, a climate scientist at the Indian Institute of Technology Delhi, said the heatwave was “exactly what the models have been warning about for 20 years”.

“What has changed is that it’s no longer a projection. It’s the lived reality of tens of millions of people, most of whom have no air conditioning,” she said.

Delhi’s government has ordered construction sites to pause work in the afternoons and set up free water kiosks across the city. Posters at bus shelters carry the message “Drink water, stay in shade, save lives”.''',
 [("We are seeing patients come in", "Ananya Bose"),
  ("Most are outdoor workers — labourers", "Ananya Bose"),
  ("We are filling the tubs faster", "~nurse"),
  ("Relief is unlikely before the monsoon", "Rajiv Malhotra"),
  ("We expect conditions to remain severe", "Rajiv Malhotra"),
  ("If I don’t work, we don’t", "Mohammad Iqbal"),
  ("If I work in the afternoon", "Mohammad Iqbal"),
  ("exactly what the models have been", "Leena Kapoor"),
  ("What has changed is that it’s", "Leena Kapoor"),
  ("Drink water, stay in shade, save", None)]),

# 10 -- AP hurricane-season outlook from Washington; straight quotes; "said X, lead forecaster at", administrator at news conference, FEMA partial, university forecaster, researcher with pronoun, resident with age after "said Broussard"
('''WASHINGTON (AP) — Federal forecasters on Thursday predicted a busier than normal Atlantic hurricane season, citing record-warm ocean water and the likely arrival of La Niña by late summer.

The National Oceanic and Atmospheric Administration forecasts 17 to 24 named storms, of which eight to 12 could become hurricanes and four to six major hurricanes with winds of at least 111 mph (179 kph). An average season produces 14 named storms.

"All the ingredients are there," said Kevin Marsden, lead seasonal hurricane forecaster at NOAA's Climate Prediction Center. "The water in the main development region is running a degree or more above normal, and we expect La Niña to develop by August or September."

La Niña, a natural cooling of parts of the Pacific, tends to reduce the wind shear that can tear storms apart in the Atlantic.

NOAA Administrator Judith Alvarez urged coastal residents not to wait for a storm to appear before preparing. "It only takes one storm to make it a bad year for your community," Alvarez said at a news conference. "Now is the time to make a plan."

The Federal Emergency Management Agency said it had "pre-positioned supplies" in several Gulf Coast and Atlantic states ahead of the season, which runs from June 1 to Nov. 30.

Colorado State University, which issues its own closely watched forecast, predicted an even more active year in April. "Our numbers are the highest we've ever put out this early," said Noah Brennan, who leads the university's seasonal forecast team.

Aisha Khoury, a hurricane researcher at the University of Miami, said warmer water was only part of the story. "Warmer oceans give storms more fuel," she said. "We're also seeing more storms intensify rapidly right before landfall, which is the nightmare scenario for emergency managers."

In Lake Charles, Louisiana, which was hit by two hurricanes in six weeks in 2020, hairdresser Tanya Broussard said the forecasts no longer surprise her.

"Every year they say it's going to be a busy one, and every year I check the roof," said Broussard, 49, whose salon was destroyed by Hurricane Laura. "After 2020, you don't take chances."''',
 [("All the ingredients are there,", "Kevin Marsden"),
  ("The water in the main development", "Kevin Marsden"),
  ("It only takes one storm to", "Judith Alvarez"),
  ("Now is the time to make", "Judith Alvarez"),
  ("pre-positioned supplies", "Federal Emergency Management Agency"),
  ("Our numbers are the highest we've", "Noah Brennan"),
  ("Warmer oceans give storms more fuel,", "Aisha Khoury"),
  ("We're also seeing more storms intensify", "Aisha Khoury"),
  ("Every year they say it's going", "Tanya Broussard"),
  ("After 2020, you don't take chances.", "Tanya Broussard")]),

# 11 -- BBC Scotland-style whale stranding on Lewis; single quotes as main mark; "told BBC Scotland" after quote, crofter, pathologist partial, coastguard partial, unnamed volunteer
('''Twelve long-finned pilot whales have been refloated after a mass stranding on the Isle of Lewis, but 19 others died on the beach.

The pod was discovered at first light on Tuesday on a sandy bay on the island's east coast, north of Stornoway.

Volunteers from British Divers Marine Life Rescue spent more than six hours in the water with the surviving animals as the tide rose.

'It was heartbreaking,' Fiona MacLeod, the charity's area coordinator, told BBC Scotland. 'We had people up to their chests in cold water for hours, holding the animals upright so they could breathe.'

Crofter Donald Morrison, who raised the alarm, said he heard the whales before he saw them.

'It was a sort of whistling and clicking, all along the shore,' he said. 'I've lived here 60 years and never seen the like of it.'

The Scottish Marine Animal Stranding Scheme, which investigates strandings around Scotland, said post-mortem examinations would be carried out on several of the dead whales.

Its lead pathologist, Dr Catriona Reid, said pilot whales were 'highly social' animals with strong bonds between members of a pod.

'If one animal gets into trouble, the rest of the pod will often follow it in,' she said. 'That's what makes these events so hard to manage.'

HM Coastguard, which coordinated the response, urged the public to 'stay well back' from the beach while the carcasses were removed.

One volunteer, who had driven over from the west side of the island after seeing an appeal on social media, said: 'You just do what you can. The ones we got back out, that's what we'll remember.'

Comhairle nan Eilean Siar, the local authority, said it was working with landowners to arrange for the dead animals to be buried above the high-water mark.''',
 [("It was heartbreaking", "Fiona MacLeod"),
  ("We had people up to their", "Fiona MacLeod"),
  ("It was a sort of whistling", "Donald Morrison"),
  ("I've lived here 60 years and", "Donald Morrison"),
  ("highly social", "Catriona Reid"),
  ("If one animal gets into trouble", "Catriona Reid"),
  ("That's what makes these events so", "Catriona Reid"),
  ("stay well back", "HM Coastguard"),
  ("You just do what you can.", "~volunteer")]),

# 12 -- Canadian newspaper story on a declining caribou herd; curly quotes; chief and biologist with "Dr." later, uncued continuation, "told CBC News", government e-mailed statement, unnamed elder
('''For generations, the Kaskawan caribou herd has passed through the lands of the Red Spruce Dene Nation each winter on its way south. This year, hunters and guardians searched for weeks and found only scattered tracks.

“When I was a girl, the caribou came through here so thick you could hear them before you saw them,” said Chief Alice Beaulieu, who has led the northern Manitoba First Nation since 2016. “Now my grandchildren have never seen one.”

The herd, which numbered an estimated 40,000 animals in the 1990s, has fallen to between 2,000 and 3,500, according to a provincial survey released last month.

Martin Okafor, a wildlife biologist at the University of Manitoba who has studied the herd for 15 years, said the decline is accelerating. “The trend line is pointing straight down,” Dr. Okafor said.

“Fire, new roads, warmer winters that leave a crust of ice over the lichen — each one on its own, the herd might survive. Together, they’re overwhelming it.”

The Nation’s land guardians, who monitor wildlife and water on its territory, counted “fewer than 300 animals” during their winter survey, guardian program co-ordinator Jordan Sinclair told CBC News last month.

Environment and Climate Change Canada said in an e-mailed statement that it was “working closely with Indigenous partners and the province” on a recovery strategy, but did not say when one would be finalized. Manitoba’s Department of Natural Resources declined to comment.

At a community meeting in the band hall last week, frustration boiled over. One elder, speaking first in Dene and then in English, said: “We should not be asking permission to protect what feeds us.”

Chief Beaulieu said the Nation plans to propose its own protected area covering the herd’s calving grounds.

“We’re not going to wait for Ottawa,” she said. “We’ve waited long enough.”

Dr. Okafor said time is short. “If nothing changes, we could be talking about local extinction within 15 years,” he said.''',
 [("When I was a girl, the", "Alice Beaulieu"),
  ("Now my grandchildren have never seen", "Alice Beaulieu"),
  ("The trend line is pointing straight", "Martin Okafor"),
  ("Fire, new roads, warmer winters that", "Martin Okafor"),
  ("fewer than 300 animals", "Jordan Sinclair"),
  ("working closely with Indigenous partners and", "Environment and Climate Change Canada"),
  ("We should not be asking permission", "~elder"),
  ("We’re not going to wait for", "Alice Beaulieu"),
  ("We’ve waited long enough.", "Alice Beaulieu"),
  ("If nothing changes, we could be", "Martin Okafor")]),

# 13 -- Reuters story on Amazon deforestation data; straight quotes; minister "told reporters", institute and NGO statements (partials), researcher with uncued continuation, anonymous rancher "told Reuters by phone", Indigenous leader
('''BRASILIA, Aug 7 (Reuters) - Deforestation in Brazil's Amazon rainforest fell 38% in the 12 months to July, preliminary government satellite data showed on Wednesday, the second straight annual decline and the lowest level since 2015.

The National Institute for Space Research (INPE) said its DETER monitoring system had detected 4,315 square kilometres (1,666 square miles) of clearing between August and July, down from 6,960 square km a year earlier.

"This is the result of enforcement returning to the field," Environment Minister Claudia Ferraz told reporters in Brasilia. "But we are not celebrating. The forest is still being cut, and the fire season has only just begun."

INPE said the figures were "subject to revision" once its more detailed annual PRODES survey is completed later in the year.

Observatorio do Clima, a network of environmental groups, called the drop "welcome news" but warned that clearing was shifting to other biomes.

"Deforestation in the Cerrado is rising while everyone looks at the Amazon," the group said in a statement.

Paulo Arantes, a researcher at the Amazon Environmental Research Institute (IPAM), said political signals mattered as much as satellites. "When the government says it will punish illegal clearing, people believe it, and they behave accordingly," he said.

"The real test will be whether this holds if the political winds change."

A cattle rancher in southern Para state, who asked not to be named for fear of reprisals, told Reuters by phone that inspections had become more frequent. "People are more careful now, but they haven't stopped. They just clear smaller patches," he said.

Indigenous leader Benedito Tembe, whose people live in the Alto Rio Guama territory, said illegal gold miners remained a threat. "For us, the numbers mean nothing if the miners are still on our land," he said.

Brazil has pledged to end illegal deforestation by 2030, a goal environmental groups say will require sustained funding for enforcement agencies that were weakened in recent years.

(Reporting by Mariana Souza; Editing by Daniel Whitfield)''',
 [("This is the result of enforcement", "Claudia Ferraz"),
  ("But we are not celebrating.", "Claudia Ferraz"),
  ("subject to revision", "National Institute for Space Research"),
  ("welcome news", "Observatorio do Clima"),
  ("Deforestation in the Cerrado is rising", "Observatorio do Clima"),
  ("When the government says it will", "Paulo Arantes"),
  ("The real test will be whether", "Paulo Arantes"),
  ("People are more careful now, but", "~rancher"),
  ("For us, the numbers mean nothing", "Benedito Tembe")]),

# 14 -- New Scientist-style story on microplastics in clouds; curly quotes; "says X" present tense, uncued continuation, press-release coinage, split quote with "says X at", "agrees ... says"
('''Tiny fragments of plastic are turning up in clouds over mountain ranges, and laboratory experiments suggest they may help ice crystals form, potentially altering when and where rain and snow fall.

Yuki Tanabe at Waseda University in Tokyo and her colleagues collected cloud water from the summits of three mountains in Japan and one in the Swiss Alps over two years. Every sample contained microplastics, at concentrations of up to 14 particles per litre.

“We were surprised by how consistently we found them. It didn’t matter which mountain or which season – they were always there,” says Tanabe.

The team then placed the most common types of particle – polyethylene and polypropylene – in a cloud chamber. Ice formed on them at temperatures several degrees warmer than it does on clean droplets.

“These particles are not just passengers in the atmosphere,” says Tanabe. “They may be taking part in the weather.”

“If they change when and where clouds freeze, that could affect rainfall patterns, and we have no idea yet by how much.”

Waseda University’s press release describes the phenomenon as “plastic weather”, a phrase some atmospheric scientists think goes too far.

“The lab experiments are convincing,” says Claire Dubois at Grenoble Alpes University in France, “but the leap from a cloud chamber to the real atmosphere is a big one. Concentrations of dust and sea salt are still far higher.”

Helga Strand at the Norwegian Institute for Air Research agrees that the effect on weather is unproven, but says the findings fit a wider pattern. “We have microplastic in Arctic snow, in the deep ocean, in human blood,” she says. “What we don’t yet have is any sense of the total load in the air above us.”

Tanabe says her group now plans to fly instruments through clouds to measure particles directly. “It is a new question, and we are only at the beginning of answering it,” she says.

Journal reference: Environmental Science & Technology Letters''',
 [("We were surprised by how consistently", "Yuki Tanabe"),
  ("These particles are not just passengers", "Yuki Tanabe"),
  ("They may be taking part in", "Yuki Tanabe"),
  ("If they change when and where", "Yuki Tanabe"),
  ("plastic weather", "Waseda University"),
  ("The lab experiments are convincing,", "Claire Dubois"),
  ("but the leap from a cloud", "Claire Dubois"),
  ("We have microplastic in Arctic snow", "Helga Strand"),
  ("What we don’t yet have is", "Helga Strand"),
  ("It is a new question, and", "Yuki Tanabe")]),

# 15 -- US local-paper story on a toxic algae bloom; straight quotes; association president, beach sign, agency spokesman, farmer, Facebook post ("wrote"), mayor at council meeting, unnamed woman shouting
('''CEDAR BLUFF — For the third summer in a row, the water at Lake Hollister's main beach has turned the color of pea soup, and for the third summer in a row, the beach is closed to swimmers.

"It looks like somebody spilled green paint across the whole north end," said Linda Sorensen, president of the Lake Hollister Association, standing on the dock Tuesday morning. "We've been warning about this for ten years, and every year it gets worse."

A sign posted at the beach entrance reads "DANGER: Harmful algae present. Avoid contact with water."

Tests last week found levels of microcystin, a toxin produced by blue-green algae, at more than four times the state's advisory threshold, according to the Iowa Department of Natural Resources.

"Keep kids and pets out of the water, period. Boiling it doesn't help, and a dog can get sick very quickly from licking its fur after a swim," said Brent Hollis, a spokesman for the department.

Researchers say blooms are fed by phosphorus and nitrogen washing off fields and lawns, and are made worse by hot, still weather, which has become more common across the Midwest.

That explanation sits uneasily with some farmers in the watershed.

"Farmers get blamed for everything. We've put in buffer strips, we've cut back on fertilizer, we've planted cover crops. Nobody talks about the golf course or the septic systems around the lake," said Dave Kruger, who grows corn and soybeans on 900 acres north of the lake.

Resident Kelly Armstrong's warning spread quickly around town last week after she posted on Facebook about her dog, Rosie, who became ill after a swim near the boat ramp. "She went in for five minutes and spent two nights at the vet," Armstrong wrote. "Please, please keep your dogs out."

At Monday's city council meeting, more than 60 people packed the chamber.

"We don't have the money to fix this on our own. We need the state and the county at the table," Mayor Tom Reilly told the crowd.

"Then go get them!" one woman shouted from the back of the room, drawing applause.

The council voted 4-1 to commission a watershed study at a cost of $85,000. Results are expected next spring.''',
 [("It looks like somebody spilled green", "Linda Sorensen"),
  ("We've been warning about this for", "Linda Sorensen"),
  ("DANGER: Harmful algae present. Avoid contact", None),
  ("Keep kids and pets out of", "Brent Hollis"),
  ("Farmers get blamed for everything.", "Dave Kruger"),
  ("She went in for five minutes", "Kelly Armstrong"),
  ("Please, please keep your dogs out.", "Kelly Armstrong"),
  ("We don't have the money to", "Tom Reilly"),
  ("Then go get them!", "~woman")]),

# 16 -- Guardian-style climate protest in London; curly quotes; chant, banners, student with split quote, named group spokesperson, police and company statements, unnamed commuter, opposition spokesperson partial
('''Climate protesters blocked a junction outside the headquarters of Harcourt Energy in central London for more than three hours on Monday, in a demonstration timed to coincide with the oil company’s annual shareholder meeting.

About 200 people gathered on Blackfriars Road from 8am, some chanting “What do we want? Climate justice! When do we want it? Now!” while others held banners reading “No new oil” and “Harcourt profits, we pay”.

Eleanor Shaw, a 23-year-old geography student from Bristol, said she had travelled to London overnight by coach. “We’ve written the letters,” she said, “and we’ve marched, and we’ve voted. Nobody is listening, so this is what’s left.”

Kieran Doyle, a spokesperson for Fossil Free Futures, which organised the protest, said the group would keep returning “until Harcourt drops its new North Sea licences”.

The Metropolitan Police said 14 people had been arrested on suspicion of obstructing the highway. A Met spokesperson said: “The right to protest is important, but it does not extend to causing serious disruption to the hundreds of thousands of people who use these roads.”

Harcourt Energy said in a statement that it was “committed to a responsible energy transition” and that the licences were needed to protect the UK’s energy security.

Traffic was backed up across Southwark for much of the morning, and several bus routes were diverted.

“I agree with them, honestly, but I’ve got a shift to get to,” said one commuter, a care worker who had been waiting at a bus stop for 40 minutes.

The Conservative energy spokesperson, Richard Hale, described the protest as “an insult to working people trying to get to their jobs” and called for tougher sentences for road blockades.

Inside the building, shareholders voted down a resolution calling on the company to set an end date for new exploration.''',
 [("What do we want? Climate justice!", None),
  ("No new oil", None),
  ("Harcourt profits, we pay", None),
  ("We’ve written the letters,", "Eleanor Shaw"),
  ("and we’ve marched, and we’ve voted.", "Eleanor Shaw"),
  ("until Harcourt drops its new North", "Kieran Doyle"),
  ("The right to protest is important", "Metropolitan Police"),
  ("committed to a responsible energy transition", "Harcourt Energy"),
  ("I agree with them, honestly, but", "~commuter"),
  ("an insult to working people trying", "Richard Hale")]),

# 17 -- AP volcanic eruption on Iceland's Reykjanes Peninsula; straight quotes; specialist with uncued continuation, official "told public broadcaster RUV", resident "said by phone", spa statement partial, volcanologist, tourist
('''REYKJAVIK, Iceland (AP) — A volcano on Iceland's Reykjanes Peninsula erupted late Saturday for the ninth time in under three years, sending lava fountains into the night sky and prompting the evacuation of the fishing town of Grindavik and the nearby Blue Lagoon geothermal spa.

The fissure opened shortly before 11 p.m. north of Grindavik and stretched about 3 kilometers (nearly 2 miles) within the first hour, according to the Icelandic Meteorological Office.

"The fissure opened very quickly, within minutes of the first earthquakes," said Sigrun Hallsdottir, a natural hazards specialist at the Met Office. "That is the pattern we have come to expect here, but the lava flow rate at the start was higher than in the last two eruptions."

"We are watching the northern end very closely because of the power lines and the hot water pipeline."

"There is no immediate danger to life," Einar Magnusson, head of Iceland's Department of Civil Protection and Emergency Management, told public broadcaster RUV. Lava was flowing away from the town and toward uninhabited land, he said.

Grindavik's roughly 3,600 residents were first evacuated in November 2023, and most have not returned full time. Helga Bjornsdottir, who had been staying in her house a few nights a week, said she left as soon as the sirens sounded.

"We packed the car in 20 minutes. You learn to be quick," she said by phone from Reykjavik. "Every time, you wonder if this is the one that takes the house."

The Blue Lagoon said in a statement that it had closed "as a precautionary measure" and that guests had been moved to hotels in the capital.

Gunnar Olafsson, a volcanologist at the University of Iceland, said the eruptions showed no sign of ending. "This area was quiet for 800 years, and now it has woken up," he said. "We are probably looking at decades of this kind of activity, on and off."

Flights at Keflavik International Airport were operating normally, its operator said.

On a hillside road outside Reykjavik, dozens of people parked to watch the orange glow on the horizon. "Honestly, it's the most incredible thing I've ever seen," said Mike Reynolds, a tourist from Ohio, as he filmed on his phone.''',
 [("The fissure opened very quickly, within", "Sigrun Hallsdottir"),
  ("That is the pattern we have", "Sigrun Hallsdottir"),
  ("We are watching the northern end", "Sigrun Hallsdottir"),
  ("There is no immediate danger to", "Einar Magnusson"),
  ("We packed the car in 20", "Helga Bjornsdottir"),
  ("Every time, you wonder if this", "Helga Bjornsdottir"),
  ("as a precautionary measure", "Blue Lagoon"),
  ("This area was quiet for 800", "Gunnar Olafsson"),
  ("We are probably looking at decades", "Gunnar Olafsson"),
  ("Honestly, it's the most incredible thing", "Mike Reynolds")]),

# 18 -- Irish Times-style peatland restoration story in Co Offaly; curly quotes; ecologist with title, semi-State company and NPWS partials, farmer, minister "told RTÉ's Morning Ireland", unnamed walker
('''Eight years after Bord na Móna stopped harvesting peat at Cloonmore Bog in Co Offaly, the drains have been blocked, the water table has risen and the curlew are back.

“Ten years ago this was a brown desert – milled peat as far as you could see,” said Dr Siobhán Kerrigan, an ecologist who has monitored the site since rewetting began. “Now we have two pairs of curlew nesting, snipe drumming in the evenings and sphagnum moss knitting the surface back together.”

The curlew, whose breeding population in Ireland has fallen by more than 90 per cent since the 1980s, is one of the country’s most threatened birds.

Bord na Móna, the semi-State company that once supplied peat to power stations across the midlands, describes its rehabilitation programme as “one of the largest ecological restoration projects in Europe”, covering more than 33,000 hectares.

The National Parks and Wildlife Service called the return of breeding curlew to the site “a significant conservation milestone”.

Not everyone in the area has welcomed the change. Pádraig Lynch, who farms beside the bog, said turf-cutting had been part of local life for generations.

“I cut turf here with my father, and he cut it with his,” he said. “I’m not against the birds. I just want people to remember there were jobs here too, and a way of life.”

Minister of State for Nature Aoife Brennan told RTÉ’s Morning Ireland that rewetted peatlands would play a key role in meeting Ireland’s climate targets. “Our bogs are our rainforests,” she said. “Keep the carbon in the ground, and they do the work for us.”

Dr Kerrigan cautioned that recovery would be slow. “It won’t happen overnight. Some of these bogs will take 50 years to become active, peat-forming systems again,” she said.

On the boardwalk that now crosses part of the site, one walker from Tullamore paused to listen. “You hear the skylarks now. I don’t remember hearing them as a child,” she said.''',
 [("Ten years ago this was a", "Siobhán Kerrigan"),
  ("Now we have two pairs of", "Siobhán Kerrigan"),
  ("one of the largest ecological restoration", "Bord na Móna"),
  ("a significant conservation milestone", "National Parks and Wildlife Service"),
  ("I cut turf here with my", "Pádraig Lynch"),
  ("I’m not against the birds.", "Pádraig Lynch"),
  ("Our bogs are our rainforests,", "Aoife Brennan"),
  ("Keep the carbon in the ground", "Aoife Brennan"),
  ("It won’t happen overnight.", "Siobhán Kerrigan"),
  ("You hear the skylarks now.", "~walker")]),

# 19 -- BBC Wales-style storm warning story; single quotes as main mark; Met Office meteorologist, rail operator spokesperson, council post on X, resident with uncued continuation, RNLI volunteer, campaign title, split quote
('''Storm Ffion is expected to bring gusts of up to 80mph to western coasts of Wales and England on Wednesday, with the Met Office issuing an amber wind warning.

'This is a potentially dangerous storm,' said Met Office deputy chief meteorologist Rachel Adeyemi. 'Gusts of 70 to 80mph are possible on exposed coasts, and we could see large waves and flying debris.'

The amber warning covers Ceredigion, Pembrokeshire and Gwynedd from 06:00 to 21:00 GMT on Wednesday, with a wider yellow warning in place across much of Wales and south-west England.

Network Rail said services on the Cambrian Line would be suspended for most of the day. 'We will be running a reduced timetable on several routes, and we'd urge people to check before they travel,' a spokesperson said.

Ceredigion County Council posted on X: 'Please avoid the promenade in Aberystwyth on Wednesday. Waves can and do sweep people off their feet.'

Gwen Parry, 81, has lived on the seafront in Aberystwyth since the 1960s. 'I remember the storm in 2014 when the waves smashed the shelter to bits,' she said.

'People come down to take photographs. I understand it, it's spectacular, but they don't realise how quickly it can catch you.'

RNLI volunteer Owain Griffiths said lifeboat crews along the coast were on standby. 'Every winter someone gets caught out by a wave they didn't see coming. Please watch from a safe distance,' he said.

The Met Office is encouraging people to follow advice from its 'WeatherReady' campaign, which includes tips on securing garden furniture, bins and trampolines.

Conditions are expected to ease on Thursday. 'After Wednesday things calm down quite quickly, but it will stay unsettled into the weekend,' Ms Adeyemi said.

Storm Ffion is the sixth named storm of the season.''',
 [("This is a potentially dangerous storm", "Rachel Adeyemi"),
  ("Gusts of 70 to 80mph are", "Rachel Adeyemi"),
  ("We will be running a reduced", "Network Rail"),
  ("Please avoid the promenade in Aberystwyth", "Ceredigion County Council"),
  ("I remember the storm in 2014", "Gwen Parry"),
  ("People come down to take photographs.", "Gwen Parry"),
  ("Every winter someone gets caught out", "Owain Griffiths"),
  ("After Wednesday things calm down quite", "Rachel Adeyemi")]),

# 20 -- Kenyan daily-style human-elephant conflict story; straight quotes; farmer, KWS warden with Mr, county representative, researcher, placards, unnamed herder, cabinet secretary
('''Farmers in Taita Taveta County are counting their losses after herds of elephants, driven out of Tsavo National Park by a prolonged drought, raided farms in at least four villages this week.

Mary Wanjiru, a mother of five in Mwatate sub-county, said she woke on Tuesday to find her two-acre maize farm flattened.

"They came at night, maybe 15 of them. By morning there was nothing left of my maize," she said. "I have five children. What will I feed them now?"

Kenya Wildlife Service (KWS) senior warden Peter Kiprono said the drought had pushed the animals beyond the park boundary in search of water and pasture.

"The waterholes inside the park are drying up, and elephants will go where the water is," Mr Kiprono said. "We are deploying additional rangers to the affected areas and working with the community to drive the animals back."

He said the service had received more than 120 reports of crop raiding in the county since January.

Residents, however, complain that compensation is slow. "The compensation process takes years. Some families filed claims in 2019 and have not received a single shilling," said Mwatate MCA Joseph Mwakio.

Dr Naomi Achieng, a researcher with the conservation group Save the Elephants, said the animals were following old migration routes that now cross farmland and settlements. "The land has changed faster than the elephants can," she said.

On Wednesday, dozens of residents gathered outside the KWS office in Voi carrying placards reading "Our lives matter too" and "Elephants eat, we starve".

One herder, who said he had lost three goats to a lion the previous month, said the drought had made both people and animals desperate. "Everyone is looking for water. The elephants, the cattle, us," he said.

Tourism and Wildlife Cabinet Secretary Grace Wambui, speaking in Nairobi, said the government would fast-track pending claims. "Government will not abandon communities that live alongside wildlife," she said.''',
 [("They came at night, maybe 15", "Mary Wanjiru"),
  ("I have five children. What will", "Mary Wanjiru"),
  ("The waterholes inside the park are", "Peter Kiprono"),
  ("We are deploying additional rangers to", "Peter Kiprono"),
  ("The compensation process takes years.", "Joseph Mwakio"),
  ("The land has changed faster than", "Naomi Achieng"),
  ("Our lives matter too", None),
  ("Elephants eat, we starve", None),
  ("Everyone is looking for water.", "~herder"),
  ("Government will not abandon communities that", "Grace Wambui")]),

# 21 -- Reuters coral bleaching story from Sydney; curly quotes; institute report partial, scientist, park authority partial, tour operator with uncued continuation, minister "told reporters", NGO statement
('''SYDNEY, March 12 (Reuters) - Australia’s Great Barrier Reef is suffering its most widespread coral bleaching on record, government scientists said on Wednesday, after aerial surveys found bleached coral on nearly three-quarters of the reefs they examined.

The Australian Institute of Marine Science said in a report that this summer’s marine heatwave had caused “the most extensive bleaching event recorded” since its surveys began in 1998.

“We flew over more than 900 reefs and it was hard to find one that wasn’t bleached,” said Hannah Whitford, a coral scientist at James Cook University who took part in the surveys. “Some of these corals will recover if the water cools quickly. Many won’t.”

Bleached coral is not dead, but it is starved of the algae that give it colour and most of its food, and prolonged heat can kill it within weeks.

The Great Barrier Reef Marine Park Authority said it would “continue to monitor closely” the extent of coral death over the coming months.

Tour operators said visitors were still coming. “Our guests still see amazing things – turtles, reef sharks, plenty of healthy coral on the outer reefs,” said Craig Donnelly, who runs dive trips out of Port Douglas.

“But I won’t lie to them. I tell them what’s happening and why.”

Environment Minister Rebecca Holt said the government had committed more than A$1 billion to improving water quality and controlling coral-eating starfish. “The reef is resilient, and we are giving it every chance to recover,” Holt told reporters in Canberra.

Greenpeace Australia Pacific said in response: “Resilience is not a climate policy. The government cannot keep approving new coal and gas projects and claim to be saving the reef.”

This is the fifth mass bleaching on the reef in eight years. Whitford said the shrinking gap between events was the biggest worry for scientists. “The window to save this system is closing,” she said.

(Reporting by Lucy Hartnell; Editing by Jane Corrigan)''',
 [("the most extensive bleaching event recorded", "Australian Institute of Marine Science"),
  ("We flew over more than 900", "Hannah Whitford"),
  ("Some of these corals will recover", "Hannah Whitford"),
  ("continue to monitor closely", "Great Barrier Reef Marine Park Authority"),
  ("Our guests still see amazing things", "Craig Donnelly"),
  ("But I won’t lie to them.", "Craig Donnelly"),
  ("The reef is resilient, and we", "Rebecca Holt"),
  ("Resilience is not a climate policy.", "Greenpeace Australia Pacific"),
  ("The window to save this system", "Hannah Whitford")]),

# 22 -- Guardian-style research-integrity story on a retracted paper; straight quotes; paper title, scare quote, journal retraction notice, Bluesky post, "told the Guardian", statement through lawyers (partials), university statement, co-author, expert
('''A high-profile study that claimed genetically engineered seagrass could lock away carbon at 10 times the rate of natural meadows has been retracted, after an independent researcher identified duplicated images in the paper.

The study, titled "Engineered seagrass meadows sequester carbon at ten times natural rates", was published in Global Change Letters in 2022 and widely cited as evidence that so-called "blue carbon" could be scaled up rapidly to offset emissions.

In a retraction notice published on Tuesday, the journal said: "The editors no longer have confidence in the integrity of the data presented in figures 2 and 4."

The problems were first raised last year by Dr Ruth Alvarado, a marine biologist in Valencia who scrutinises published images in her spare time. In a post on Bluesky, she wrote: "Three of the panels in figure 2 appear to be the same image, rotated and recoloured."

Alvarado told the Guardian she had not set out to find misconduct. "I wasn't looking for fraud. I was trying to reproduce their method for my own work, and the pictures didn't make sense," she said.

The lead author, Prof Nikolai Petrov of Kingsmere University, said in a statement issued through his lawyers that he "categorically denies" any deliberate manipulation, and attributed the errors to "an honest mix-up of image files".

Kingsmere University said: "The university takes any allegation of research misconduct extremely seriously. An investigation is under way and it would be inappropriate to comment further."

Dr Emma Lowe, a co-author who was a postdoctoral researcher in Petrov's lab at the time, said she had asked for her name to be removed from the paper last year. "I am devastated that work I was proud of has ended like this," she said.

Prof Stephen Ayodele, a research integrity specialist at University College London, said the case showed both the strengths and the weaknesses of scientific self-correction.

"This is how science is supposed to work, but it took more than a year, and in that time the paper was cited over 200 times," he said.''',
 [("The editors no longer have confidence", "Global Change Letters"),
  ("Three of the panels in figure", "Ruth Alvarado"),
  ("I wasn't looking for fraud.", "Ruth Alvarado"),
  ("categorically denies", "Nikolai Petrov"),
  ("an honest mix-up of image files", "Nikolai Petrov"),
  ("The university takes any allegation of", "Kingsmere University"),
  ("I am devastated that work I", "Emma Lowe"),
  ("This is how science is supposed", "Stephen Ayodele")]),

# 23 -- AP story on a glacier collapse burying a Swiss Alpine village; curly quotes; mayor "told reporters", hazards official, glaciologist, resident with age, federal government statement partial, unnamed father
('''RIED-OBERALP, Switzerland (AP) — A massive chunk of glacier broke away from a mountainside in southern Switzerland on Wednesday, burying most of an Alpine village that had been evacuated days earlier because geologists feared just such a collapse.

An estimated 3 million cubic meters (106 million cubic feet) of ice, mud and rock thundered into the valley shortly after 3:30 p.m., covering about 80% of Ried-Oberalp in the canton of Valais. One person, a 68-year-old man believed to have been in the area, was missing.

“We have lost our village, but we have not lost our community,” Mayor Beat Zurbriggen told reporters, his voice breaking. “We will rebuild. I don’t know where yet, but we will.”

The village’s roughly 300 residents and their livestock were evacuated last week after monitoring showed the glacier above it was accelerating.

“The glacier had been moving up to 10 meters a day,” said Raphael Imboden, head of the canton’s natural hazards office. “Without the evacuation, we would be counting the dead today.”

Scientists say thawing permafrost and shrinking ice are making mountain slopes across the Alps less stable. “As the permafrost warms, it stops acting like glue,” said Lena Vogt, a glaciologist at ETH Zurich. “This will not be the last village in the Alps to face this.”

Anna Kalbermatten, 67, watched the collapse on a livestream from a hotel room in the next valley. “My grandparents built that house with their own hands, and now it’s under 20 meters of ice and stone,” she said.

The Swiss Federal Council said in a statement that it expressed its “full solidarity with the people of Ried-Oberalp” and would release emergency funding.

Army helicopters and a search team with thermal drones were on standby, but officials said the debris was too unstable to search Wednesday evening.

At a temporary shelter in the valley town below, one young father carrying his daughter on his shoulders said the children kept asking when they could go home. “What do you tell them? That there is no home?” he said.''',
 [("We have lost our village, but", "Beat Zurbriggen"),
  ("We will rebuild. I don’t know", "Beat Zurbriggen"),
  ("The glacier had been moving up", "Raphael Imboden"),
  ("Without the evacuation, we would be", "Raphael Imboden"),
  ("As the permafrost warms, it stops", "Lena Vogt"),
  ("This will not be the last", "Lena Vogt"),
  ("My grandparents built that house with", "Anna Kalbermatten"),
  ("full solidarity with the people of", "Swiss Federal Council"),
  ("What do you tell them?", "~father")]),

# 24 -- New Zealand Herald-style kiwi conservation story; straight quotes; DOC ranger, hapū trust chair, "the 76-year-old said", track sign, Forest & Bird statement partial, child with age, returning speaker
('''Kiwi have been heard calling in the Kaiwhata Valley for the first time in more than 60 years, a milestone volunteers say is the reward for a decade of trapping stoats, rats and possums.

Department of Conservation ranger Aroha Tipene was on a night survey last Thursday when she heard the unmistakable shrill whistle of a male bird.

"I actually stopped breathing for a second," she said. "We've been putting traps in this valley for ten years, and that was the moment it all paid off."

The birds were released into the valley in 2021 by the department and local hapū Ngāti Kaiwhata, after predator numbers had been driven down to near zero.

Hemi Walker, who chairs the hapū's environmental trust, said kiwi had been absent from the valley since his grandfather's time. "These birds are taonga. Hearing them again is like hearing our tūpuna speak," he said.

Much of the work has been done by volunteers like Bruce McKenzie, who checks a line of 140 traps every fortnight.

"I've lost count of the stoats. Four thousand, maybe more," the 76-year-old said. "My knees are shot, but I'll keep going as long as they let me."

A sign at the start of the trapping track reads "Kiwi zone - keep dogs on a lead".

Forest & Bird said in a statement the result was "proof that community trapping works when it is backed by long-term funding".

Ten-year-old Mia Thompson, who joined her mother on a guided night walk last weekend, heard a female call. "It was really loud and kind of croaky, not like I expected," she said.

Tipene said the next challenge was keeping predator numbers down as the kiwi spread into neighbouring farmland and forestry blocks. "The job's not done. One stoat can undo years of work," she said.''',
 [("I actually stopped breathing for a", "Aroha Tipene"),
  ("We've been putting traps in this", "Aroha Tipene"),
  ("These birds are taonga.", "Hemi Walker"),
  ("I've lost count of the stoats.", "Bruce McKenzie"),
  ("My knees are shot, but I'll", "Bruce McKenzie"),
  ("Kiwi zone - keep dogs on", None),
  ("proof that community trapping works when", "Forest & Bird"),
  ("It was really loud and kind", "Mia Thompson"),
  ("The job's not done.", "Aroha Tipene")]),

# 25 -- Guardian-style story on an amateur astronomer's comet discovery; curly quotes; "told Sky News" with uncued quote, husband, Minor Planet Center partial, astronomer with uncued continuation, scare-quoted nickname, Facebook post, society statement
('''A retired maths teacher from Shropshire has become the first British amateur astronomer in more than a decade to have a comet named after her, after spotting a faint smudge of light in images taken from her back garden.

Joan Whitcombe, 68, from Church Stretton, captured the object on 14 November using a 20cm telescope and a camera she bought with the vouchers her colleagues gave her when she retired.

“I thought it was a smudge on the lens,” she said. “I very nearly deleted the file. Then I looked at the next night’s images and it had moved.”

She told Sky News her husband had been sceptical at first. “Derek thought I’d gone completely mad. I was waking him up at four in the morning to look at a grey blob on a laptop.”

Derek Whitcombe, 71, admitted he had been slow to catch on. “She was out there at 3am in her dressing gown and wellies, every clear night for two years. I’m just glad it was worth it,” he said.

The Minor Planet Center, which catalogues comets and asteroids on behalf of the International Astronomical Union, said the discovery had been “confirmed by independent observations” from observatories in Chile and Hawaii. The comet has been formally designated C/2025 W3 (Whitcombe).

Dr Sunita Rao, an astronomer at the University of Manchester’s Jodrell Bank Centre for Astrophysics, said amateurs still made a real contribution. “Amateurs are still finding things that the big automated surveys miss, because they look at parts of the sky the surveys don’t prioritise,” she said.

“There’s a real chance this one could become visible with binoculars by late December, though comets are notoriously unpredictable.”

That prospect has already prompted talk of a “Christmas comet”, though astronomers caution against raising hopes too high.

Whitcombe announced the news on her astronomy club’s Facebook page: “Still can’t quite believe it! Thank you to everyone who helped me check the data.”

The Royal Astronomical Society said: “Joan’s discovery is a wonderful reminder that you don’t need a professional observatory to make a contribution to science.”''',
 [("I thought it was a smudge", "Joan Whitcombe"),
  ("I very nearly deleted the file.", "Joan Whitcombe"),
  ("Derek thought I’d gone completely mad.", "Joan Whitcombe"),
  ("She was out there at 3am", "Derek Whitcombe"),
  ("confirmed by independent observations", "Minor Planet Center"),
  ("Amateurs are still finding things that", "Sunita Rao"),
  ("There’s a real chance this one", "Sunita Rao"),
  ("Still can’t quite believe it!", "Joan Whitcombe"),
  ("Joan’s discovery is a wonderful reminder", "Royal Astronomical Society")]),
]
# fmt: on

# fmt: off
STORIES_DB = [
# 1 -- Kenya, Nation style, straight quotes: county market levy protest; said X / X said, title before name, partial quote, no-cue continuation, chant, described trader
('''Traders at Kakamega's Maraba market downed their tools yesterday in protest against a new daily levy introduced by the county government, saying the charges would drive small vendors out of business.

Under the Kakamega County Finance Act, 2024, a vendor selling from a stall now pays Sh100 a day, up from Sh30. Hawkers without stalls pay Sh50, up from Sh20.

"We are not refusing to pay tax, but this is too much for a woman selling tomatoes," said Mrs Beatrice Anyango, who chairs the Maraba Traders Association. "Some of us make Sh300 on a good day."

She said more than 400 traders had joined the boycott, leaving the usually busy market deserted by mid-morning. Stalls that normally overflow with sukuma wiki, onions and second-hand clothes stood empty, their iron sheets padlocked.

Chanting "Hatutalipa! Hatutalipa!", the traders marched to the county headquarters along Kakamega-Webuye road, where they were met by anti-riot police who kept them outside the gate.

County Executive Committee Member for Trade Dr Wycliffe Shikuku defended the new fees, saying they had been approved by the County Assembly after public participation.

"The law was passed procedurally. Every ward had a forum and traders were invited," Dr Shikuku told the Nation on phone.

"The money collected goes back to the markets. We are building sheds, we are putting up toilets, we are fixing drainage. Traders will see the difference within a year."

But Lurambi MCA Hon. Joseph Makokha, who voted against the Finance Bill, said the public forums had been "a formality done in a hurry" and did not reflect the views of traders.

"Notices went out on a Friday and the meetings were held on Monday. How many traders read the Kenya Gazette over a weekend?" he posed.

Kakamega Central Police Commander Ms Grace Nyamweya said officers were only deployed to maintain order.

"We allowed them to present their petition to the county officials. Nobody was arrested and nobody was injured," she said.

A trader who sells second-hand clothes near the market's main gate said she had not opened her stall for two days.

"If I pay Sh100 every day, what do I take home to my children? The county wants us to close and go home," she said.

The petition, which Dr Shikuku received on behalf of the county executive, asks the county to suspend the new rates pending a review by the Assembly. He promised a response within 14 days.''',
 [("We are not refusing to pay tax", "Beatrice Anyango"),
  ("Some of us make Sh300 on", "Beatrice Anyango"),
  ("Hatutalipa! Hatutalipa!", None),
  ("The law was passed procedurally.", "Wycliffe Shikuku"),
  ("The money collected goes back to", "Wycliffe Shikuku"),
  ("a formality done in a hurry", "Joseph Makokha"),
  ("Notices went out on a Friday", "Joseph Makokha"),
  ("We allowed them to present their", "Grace Nyamweya"),
  ("If I pay Sh100 every day", "~trader")]),

# 2 -- Nigeria, Punch style, curly quotes: Lagos market fire; "The Chairman of X, Alhaji Y, told our correspondent", statement read, partial quote, "the 41-year-old said", described vendor, police PRO with rank title
('''Traders at the Agbado-Oke spare parts market in the Ikorodu area of Lagos State on Sunday counted their losses after a fire razed over 60 shops in the early hours of the day.

The PUNCH gathered that the fire started around 2am from a shop at the back of the market and spread quickly because of the petrol and engine oil stored in several of the shops.

The Chairman of the market, Alhaji Mukaila Adebayo-Olowu, told our correspondent that goods worth over N500m were destroyed.

“I got a call around 2.15am that the market was burning. By the time I got here, the whole of the back line was on fire,” Adebayo-Olowu said.

“Some of these traders took loans from cooperatives. Where will they start from now?”

The Director, Lagos State Fire and Rescue Service, Mrs Folasade Ogunleye-Bakare, in a statement on Sunday, said firefighters from the Ikorodu and Agboyi-Ketu stations were deployed to the scene.

“The fire was eventually put out at about 5.40am. No life was lost, but the inferno affected 64 shops,” the statement read.

Ogunleye-Bakare blamed “illegal storage of petroleum products” in the market for the rapid spread of the fire and urged traders across the state to comply with safety regulations.

A trader, Mr Chinedu Okafor, who deals in Toyota parts, said he lost everything in his two shops.

“I had just received a container of goods on Thursday. Everything is gone. I don’t even have the receipts because they were inside the shop,” the 41-year-old said amid tears.

A food vendor who sells rice and beans to traders in the market said there was no water in the hydrant when the fire started.

“We heard shouting and everybody ran out. We were using buckets from the gutter before the fire service came,” she said.

The Head of Public Affairs, Lagos State Emergency Management Agency, Mr Adewale Oyebanji-Cole, said the agency had cordoned off the area to prevent looting.

“Our responders are still on ground to ensure the structures that are weakened do not collapse on anybody,” he said.

The state Police Public Relations Officer, SP Rasheedat Oyelami, said the command had commenced investigation into the cause of the fire.

“We are not ruling out anything at this stage. Anybody found culpable will be prosecuted,” Oyelami said.

When our correspondent visited the market on Sunday afternoon, some traders were seen sifting through the ashes for anything they could salvage.''',
 [("I got a call around 2.15am", "Mukaila Adebayo-Olowu"),
  ("Some of these traders took loans", "Mukaila Adebayo-Olowu"),
  ("The fire was eventually put out", "Folasade Ogunleye-Bakare"),
  ("illegal storage of petroleum products", "Folasade Ogunleye-Bakare"),
  ("I had just received a container", "Chinedu Okafor"),
  ("We heard shouting and everybody ran", "~vendor"),
  ("Our responders are still on ground", "Adewale Oyebanji-Cole"),
  ("We are not ruling out anything", "Rasheedat Oyelami")]),

# 3 -- South Africa, Daily Maverick style, curly quotes: township water outage; "said X, 58", post on X with partial quote, "told Daily Maverick", statement with partial quote, placard, unnamed resident
('''For the 19th day in a row, the taps in Extension 7 of Mzimela township ran dry on Wednesday. Residents queued from before dawn at a single JoJo tank delivered by the municipality, carrying buckets, 25-litre drums and, in one case, a baby’s bathtub.

“We are living like this in 2024, in a country with a Constitution that says water is a right,” said Nomvula Khumalo, 58, who has lived in the area since 1994. “My grandchildren are missing school because there is no water to wash their uniforms.”

The outage in the Kwa-Ndlovu Local Municipality began on 3 May, when a pump at the Mvoti Road reservoir failed. Residents say the municipality has given them at least four different dates for the return of water since then.

Mayor Sipho Mthembu took to X on Monday to apologise. “We hear the frustration of our residents in Mzimela. Technical teams are working around the clock,” he posted, adding that a replacement pump had been “sourced and is in transit”.

Ward councillor Thandeka Ngubane, from the opposition Democratic Alliance, was unconvinced.

“We were told in February that a new pump was on its way. It never arrived, and nobody has explained where the money budgeted for it went,” she told Daily Maverick.

Municipal spokesperson Lwazi Dube said the procurement had been delayed by a dispute with the original supplier, whose contract was cancelled in March.

“The municipality followed the prescripts of the Municipal Finance Management Act. We cannot simply buy a pump from the first person who calls us,” Dube said.

In a statement on Tuesday, the national Department of Water and Sanitation said it had “noted with concern” the prolonged outage and would send a team of engineers to assess the reservoir this week.

Outside the municipal offices on Wednesday afternoon, a handwritten placard propped against the fence read “No water, no vote”.

A young resident filling two drums at the tank, who declined to give his name, said he had stopped believing the municipality’s promises.

“They only come here when they want our votes. After that, we are on our own,” he said.

Khumalo, for her part, said she would keep queuing every morning until the water returned.

“What else can we do? We cannot drink promises.”''',
 [("We are living like this in", "Nomvula Khumalo"),
  ("My grandchildren are missing school because", "Nomvula Khumalo"),
  ("We hear the frustration of our", "Sipho Mthembu"),
  ("sourced and is in transit", "Sipho Mthembu"),
  ("We were told in February that", "Thandeka Ngubane"),
  ("The municipality followed the prescripts of", "Lwazi Dube"),
  ("noted with concern", "Department of Water and Sanitation"),
  ("No water, no vote", None),
  ("They only come here when they", "~resident"),
  ("What else can we do?", "Nomvula Khumalo")]),

# 4 -- Ghana, GhanaWeb style, straight quotes: EC voter register row; press conference, Hon./Dr titles, scare-quote partial attributed, post on X, analyst told GhanaWeb, described retired teacher, EC statement partial
('''The Electoral Commission (EC) has dismissed claims by the Minority in Parliament that more than 200,000 names were deleted from the provisional voters' register without notice.

Addressing a press conference in Accra on Thursday, the Deputy Chairperson in charge of Operations, Dr Abena Serwaa Owusu-Ankrah, said the claims were false and capable of undermining public confidence in the upcoming elections.

"No name has been deleted from the register. What the Commission did was to flag duplicate and deceased entries for verification during the exhibition exercise," she said.

"Flagging is not deletion. Every flagged voter can walk into our district office and have the matter resolved in minutes."

But the Ranking Member on Parliament's Constitutional, Legal and Parliamentary Affairs Committee, Hon. Kwame Asante-Darko, insisted that the EC's "so-called clean-up" had disproportionately affected opposition strongholds.

"In Ketu South alone, our agents counted 11,400 names missing. These are not ghosts; these are people who voted in 2020," Mr Asante-Darko told journalists at Parliament House.

He later posted on X: "The EC must give every party a soft copy of the register. Transparency is not a favour."

A governance analyst at the Ghana Center for Democratic Development (CDD-Ghana), Dr Efua Boateng-Quaye, told GhanaWeb that the disagreement could be resolved quickly.

"Both sides are talking past each other. The simple solution is an independent audit of the register, which the EC has agreed to before," she said.

Asked whether the Commission would accept such an audit, Dr Owusu-Ankrah said the EC was "open to engagement with all stakeholders" but would not be "bullied through the media".

At the Madina Estates exhibition centre, a 67-year-old retired teacher said she had found her own name but not that of her neighbour.

"I came to check my name and it is there, thank God. But my neighbour's name is not, and she has voted here since 1996," she said.

In a statement later on Thursday, the Commission announced that the exhibition exercise would be extended by three days "to give all eligible voters ample opportunity to verify their details". Exhibition centres will be open from 7am to 5pm, including on Saturday.''',
 [("No name has been deleted from", "Abena Serwaa Owusu-Ankrah"),
  ("Flagging is not deletion.", "Abena Serwaa Owusu-Ankrah"),
  ("so-called clean-up", "Kwame Asante-Darko"),
  ("In Ketu South alone, our agents", "Kwame Asante-Darko"),
  ("The EC must give every party", "Kwame Asante-Darko"),
  ("Both sides are talking past each", "Efua Boateng-Quaye"),
  ("open to engagement with all stakeholders", "Abena Serwaa Owusu-Ankrah"),
  ("bullied through the media", "Abena Serwaa Owusu-Ankrah"),
  ("I came to check my name", "~teacher"),
  ("to give all eligible voters ample", "Electoral Commission")]),

# 5 -- Uganda, Monitor style, curly quotes: High Court halts eviction; Justice X ruled, ruling quoted over two paragraphs, words of the Land Act, told this newspaper, described woman, police spokesperson pronoun
('''The High Court in Mubende has halted the eviction of more than 300 families from a 640-acre piece of land in Kassanda District, ruling that the company claiming ownership had not followed the law.

In a ruling delivered on Friday, Justice Margaret Nakiyingi Ssekandi said the families were bona fide occupants protected under the Land Act.

“The evidence before this court shows that the applicants have lived on the suit land for over 30 years without any challenge from the registered owner,” Justice Ssekandi ruled.

“A registered proprietor who wishes to recover land from bona fide occupants must follow the procedure laid down in the law. Bulldozers are not part of that procedure.

“Accordingly, the eviction is halted until the main suit is heard and determined, and the respondent shall meet the costs of this application.”

Section 31 of the Act provides that a tenant by occupancy “shall enjoy security of occupancy on the land” and may only be evicted for non-payment of ground rent, upon an order of court.

Mr Isaac Mugisha of Mugisha & Co. Advocates, who represented Kasenyi Agro Estates Ltd, said his client would appeal against the decision.

“We respect the court, but we believe the learned judge did not give enough weight to the title that our client has held since 2011,” Mr Mugisha told this newspaper.

Ms Harriet Namuli, a lawyer with the Land and Equity Movement in Uganda, who represented the families, said the ruling had brought relief to households that had lived in fear since bulldozers first arrived in 2022.

“For two years these families have been sleeping with one eye open. Today they can sleep,” Ms Namuli said outside the court.

Back in Kassanda, news of the ruling spread quickly through the village. Mr Yozefu Kizito, 71, said he had refused to leave even after his neighbours’ houses were pulled down.

“I was born on this land. My father is buried here, and so is my first wife. Where did they expect me to go?” he asked.

One woman, carrying a baby on her back, broke into song as a local leader read out a summary of the ruling to residents gathered under a mango tree.

“God has heard us,” she said.

The Wamala Region police spokesperson, Mr Ronald Tumusiime, said officers would ensure that the order was respected.

“We shall enforce the court order. Anyone who tries to evict these people before the case is concluded will be arrested,” he said.

The main suit is scheduled for mention on September 14.''',
 [("The evidence before this court shows", "Margaret Nakiyingi Ssekandi"),
  ("A registered proprietor who wishes to", "Margaret Nakiyingi Ssekandi"),
  ("Accordingly, the eviction is halted until", "Margaret Nakiyingi Ssekandi"),
  ("shall enjoy security of occupancy on", None),
  ("We respect the court, but we", "Isaac Mugisha"),
  ("For two years these families have", "Harriet Namuli"),
  ("I was born on this land.", "Yozefu Kizito"),
  ("God has heard us", "~woman"),
  ("We shall enforce the court order.", "Ronald Tumusiime")]),

# 6 -- Tanzania, The Citizen style, straight quotes: Lake Victoria net burning; local term in quotes, said Mr X, no-cue continuation, partial quote, Regional Commissioner, told The Citizen, described fisherman
('''Mwanza. Fishermen in Ukerewe District have accused fisheries officers of burning legal nets during an operation against illegal fishing gear, a claim the government has denied.

The operation, which began last week, saw officers confiscate more than 2,000 gill nets and 150 beach seines, known locally as "kokoro", which were later set alight at Nansio.

The chairperson of the Beach Management Unit (BMU) at Nansio, Mr Juma Magesa, said officers had not distinguished between legal and illegal gear.

"They came at night with torches and took everything. Some of the nets they burnt had the correct mesh size of six inches," said Mr Magesa.

"We are not against the law. We are against the way it is being enforced."

He said the BMU, which is supposed to work with fisheries officers on such operations, had not been "consulted even once" before the exercise began.

Ms Neema Lukas, who buys and dries dagaa for sale in Mwanza city, said prices had doubled since the crackdown began because fewer boats were going out.

"A bucket of dagaa that was Sh15,000 last month is now Sh28,000. Our customers are running away," she said.

Mwanza Regional Commissioner Ms Rehema Mwakasege, who visited the island on Saturday, defended the operation.

"The government will not apologise for protecting Lake Victoria. Whoever has evidence that a legal net was burnt should bring it to my office," Ms Mwakasege said.

She said the use of undersized nets had contributed to the decline of Nile perch stocks, threatening the livelihoods of thousands of families around the lake.

The Ukerewe District Fisheries Officer, Mr Elias Kisanga, said each confiscated net was measured before being destroyed.

"We have the records. Every net is measured in the presence of the owner or a BMU leader, and the owner signs," he said.

Dr Happiness Mollel, a researcher at the Tanzania Fisheries Research Institute (Tafiri), told The Citizen that recent surveys showed some improvement in fish stocks.

"The stocks are recovering, but slowly. Enforcement works best when the fishermen themselves are part of it," she said.

At Bukongo beach, a young fisherman who said he lost three nets in the operation sat mending an old one.

"How will I repay the Sacco loan now? I bought those nets in January," he asked.''',
 [("They came at night with torches", "Juma Magesa"),
  ("We are not against the law.", "Juma Magesa"),
  ("consulted even once", "Juma Magesa"),
  ("A bucket of dagaa that was", "Neema Lukas"),
  ("The government will not apologise for", "Rehema Mwakasege"),
  ("We have the records.", "Elias Kisanga"),
  ("The stocks are recovering, but slowly.", "Happiness Mollel"),
  ("How will I repay the Sacco", "~fisherman")]),

# 7 -- Zimbabwe, News24 Africa style, curly quotes: teachers' strike; told News24, split quote, Cde minister, partial quote, commission statement partial, parent said:, anonymous headmaster, "said in response"
('''HARARE – Thousands of teachers stayed away from classes on Monday as a strike called by two unions over salaries entered its second week, with parents warning that learners writing public examinations this year were being left behind.

The Progressive Teachers’ Union of Zimbabwe (PTUZ) and the Amalgamated Rural Teachers’ Union of Zimbabwe (ARTUZ) are demanding that salaries be paid in US dollars at pre-2018 levels of about US$540 a month.

“A teacher today earns the equivalent of US$230. That cannot feed a family for two weeks,” PTUZ secretary-general Tendai Chikwanha told News24.

ARTUZ president Nyasha Mavhunga said rural teachers were the worst affected.

“In rural areas our members walk 15 kilometres to school. Some have not been paid a transport allowance since 2021,” she said. “We are not asking for luxury. We are asking for dignity.”

Primary and Secondary Education Minister Cde Tatenda Machingura said the strike was illegal and that the government had already offered a 20% cost-of-living adjustment.

Speaking at a Zanu-PF provincial coordinating committee meeting in Marondera on Saturday, Machingura said the unions were being used for political ends.

“Government has always had an open door for teachers. But we will not be held to ransom by unions who are being used by our detractors,” he said.

He warned that teachers who continued to stay away would face “the full consequences of the law”.

In a statement issued on Sunday, the Public Service Commission said teachers absent without leave would “forfeit their salaries for the days not worked”, and directed school heads to submit attendance registers every Friday.

Chikwanha was unmoved. “Threats will not put food on our tables,” he said in response.

Parents say their children are paying the price. Loveness Sibanda, whose daughter is sitting her O-Level examinations in Chitungwiza, said: “My child has not had a Maths lesson in ten days. Who will compensate us if she fails?”

A headmaster at a primary school in Glen View, who asked not to be named for fear of victimisation, said fewer than a third of his staff had reported for duty on Monday.

“I have 1,400 pupils and four teachers today. I am teaching Grade 7 myself,” he said.

The unions say they will meet on Friday to decide whether to extend the strike into the examination period.''',
 [("A teacher today earns the equivalent", "Tendai Chikwanha"),
  ("In rural areas our members walk", "Nyasha Mavhunga"),
  ("We are not asking for luxury.", "Nyasha Mavhunga"),
  ("Government has always had an open", "Tatenda Machingura"),
  ("the full consequences of the law", "Tatenda Machingura"),
  ("forfeit their salaries for the days", "Public Service Commission"),
  ("Threats will not put food on", "Tendai Chikwanha"),
  ("My child has not had a", "Loveness Sibanda"),
  ("I have 1,400 pupils and four", "~headmaster")]),

# 8 -- Zambia, Reuters Africa desk style, straight quotes: copper offtake rule; told reporters, document seen by Reuters, chamber statement, anonymous executive, wrote on X, "said X, an analyst at", partial quote
('''LUSAKA, June 12 (Reuters) - Zambia will require copper miners to sell at least 30% of their output to a state-owned trader from next year, Mines Minister Charles Mwansa-Lungu said on Wednesday, a move industry executives warned could deter investment in Africa's second-largest producer of the metal.

"We want Zambians to benefit from the copper that comes out of the ground, not just the tax receipts," Mwansa-Lungu told reporters in Lusaka. "This policy will ensure that part of the value chain stays at home."

The plan, contained in a draft statutory instrument seen by Reuters, would give the trader "a right of first refusal" on the volumes, priced at the London Metal Exchange benchmark minus a discount that has not yet been set.

The Zambia Chamber of Mines said in a statement it had not been consulted.

"Any measure that interferes with offtake agreements already signed with financiers risks delaying the expansion projects the country needs to reach its 3 million tonne target," the chamber said.

A senior executive at one of the country's largest mines, who spoke on condition of anonymity because he was not authorised to speak to the media, said lenders would "look very hard" at the rule.

"Our financing is secured against offtake. If a third of that is taken out, the banks will want to renegotiate," he said.

Zambia produced about 700,000 tonnes of copper last year, and the government has set a target of 3 million tonnes a year by 2031, relying on new investment from Western, Chinese and Gulf investors.

Opposition lawmaker Brenda Mutale-Chanda of the Patriotic Front said the state trader's ownership and governance remained unclear.

"We support local participation, but who owns this trading company and who will audit it?" she wrote on X.

"It's a resource nationalism move ahead of elections," said Grace Lungu, a Johannesburg-based analyst at Ndovu Risk Advisory. "Markets will read it that way, whatever the intention."

Mwansa-Lungu said the discount would be "modest and transparent" and that details would be published after consultations with the industry later this month.

(Reporting by Lusaka newsroom; Writing by Johannesburg newsroom; Editing by Africa desk)''',
 [("We want Zambians to benefit from", "Charles Mwansa-Lungu"),
  ("This policy will ensure that part", "Charles Mwansa-Lungu"),
  ("a right of first refusal", None),
  ("Any measure that interferes with offtake", "Zambia Chamber of Mines"),
  ("look very hard", "~executive"),
  ("Our financing is secured against offtake.", "~executive"),
  ("We support local participation, but who", "Brenda Mutale-Chanda"),
  ("It's a resource nationalism move ahead", "Grace Lungu"),
  ("Markets will read it that way", "Grace Lungu"),
  ("modest and transparent", "Charles Mwansa-Lungu")]),

# 9 -- Nigeria, Premium Times style, straight quotes: governorship election delays; said Mrs X, a trader; Prof. REC told journalists; Chief party chairman; Alhaji spokesperson partial; described motorcyclist with partial and Pidgin quote; observer group statement partial; SP police spokesperson
('''Voting was delayed for several hours in parts of Ekiti State on Saturday as officials of the Independent National Electoral Commission (INEC) arrived late at polling units in at least four local government areas, PREMIUM TIMES observed.

At Polling Unit 004 in Ado Ward C, Ado-Ekiti, election materials arrived at 11:20 a.m., almost three hours after the official 8:30 a.m. start of accreditation and voting.

"We have been here since 7 a.m. Some old people have gone home because of the sun," said Bosede Fajuyi-Ola, a trader.

"I will vote today even if it is 6 p.m.," she added.

The state's Resident Electoral Commissioner, Prof. Adeniyi Olatunbosun, blamed the delay on logistics challenges.

"Some of our vehicles broke down on the Ikere road. We have since deployed additional vehicles and every polling unit that opened late will have its time extended," Mr Olatunbosun told journalists at the INEC office in Ado-Ekiti.

But the state chairman of the Peoples Democratic Party (PDP), Chief Ayodele Ogunsola-Akin, said the delays were deliberate.

"It is not an accident that the late arrivals are all in our strongholds. We are documenting everything and we will take the appropriate steps," Mr Ogunsola-Akin said.

The spokesperson of the All Progressives Congress (APC) in the state, Alhaji Musbau Adeyemi, dismissed the claim as "the usual cry of a party that knows it has lost".

At a polling unit in Ikere-Ekiti, a PREMIUM TIMES reporter saw men suspected to be party agents sharing N5,000 notes to voters a few metres from the voting cubicle.

A commercial motorcyclist who had just voted told our reporter he "collected N10,000 from both sides" before casting his ballot.

"Na today we see them. After election, dem go disappear," he said in Pidgin.

In its mid-day situation statement, Yiaga Africa said its observers reported that the Bimodal Voter Accreditation System (BVAS) was functioning in "93 per cent of sampled polling units", but noted incidents of vote buying in five local government areas.

The spokesperson of the Ekiti State Police Command, SP Comfort Alabi-Ojo, said 12 suspects had been arrested across the state for electoral offences.

"The suspects were arrested with cash and voters' cards. They will be charged to court after investigation," she said.

Collation of results is expected to begin at the ward level on Saturday night.''',
 [("We have been here since 7", "Bosede Fajuyi-Ola"),
  ("I will vote today even if", "Bosede Fajuyi-Ola"),
  ("Some of our vehicles broke down", "Adeniyi Olatunbosun"),
  ("It is not an accident that", "Ayodele Ogunsola-Akin"),
  ("the usual cry of a party", "Musbau Adeyemi"),
  ("collected N10,000 from both sides", "~motorcyclist"),
  ("Na today we see them.", "~motorcyclist"),
  ("93 per cent of sampled polling", "Yiaga Africa"),
  ("The suspects were arrested with cash", "Comfort Alabi-Ojo")]),

# 10 -- Kenya, The Standard style, curly quotes: county doctors' strike; Dr X said, "he said" follow-up, CEC partial quote, split quote from anonymous nurse, said Mr X, placards, Council of Governors statement partial
('''Patients at Nakuru Level Five Hospital were turned away yesterday as doctors in the county began an indefinite strike over delayed salaries and stalled promotions.

Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) Nakuru branch secretary Dr Kevin Otieno Odhiambo said doctors had not been paid for two months.

“No doctor wants to see a patient suffer. But we cannot continue working on empty stomachs while the county government keeps giving us promises,” Dr Odhiambo said.

He said the union had issued a 14-day strike notice in January and a second one in March, both of which were ignored.

“We have been patient for too long. This time we are not going back until every doctor is paid,” he said.

County Executive Committee Member for Health Ms Roselyn Chepkoech said the county had made payments to clear part of the arrears.

“The county has already released Sh180 million to clear the March arrears. The April salaries will be paid by the end of next week,” Ms Chepkoech said.

She accused the union of “negotiating through the media” instead of returning to the table.

At the hospital’s maternity wing, nurses were left to handle the patients who remained. A nurse who sought anonymity because she is not allowed to speak to the press said the nurses were overwhelmed.

“We are doing the work of doctors and we are not trained for it. If something goes wrong,” she said, “it is the nurse who will be blamed.”

Mr Daniel Kiprono, who had brought his wife from Molo for a scheduled operation, said they had been asked to go home.

“They told us to come back after the strike. Nobody can tell us when that will be,” said Mr Kiprono, as he helped his wife into a matatu.

Outside the hospital, striking doctors carried placards reading “Pay doctors, save lives” and sang solidarity songs.

The Council of Governors said in a statement that delays in disbursements from the National Treasury had left counties “unable to meet their obligations” to health workers, and urged the union to give dialogue a chance.

Private hospitals in Nakuru town reported a surge in patients, with some raising consultation fees.''',
 [("No doctor wants to see a", "Kevin Otieno Odhiambo"),
  ("We have been patient for too", "Kevin Otieno Odhiambo"),
  ("The county has already released Sh180", "Roselyn Chepkoech"),
  ("negotiating through the media", "Roselyn Chepkoech"),
  ("We are doing the work of", "~nurse"),
  ("it is the nurse who will", "~nurse"),
  ("They told us to come back", "Daniel Kiprono"),
  ("Pay doctors, save lives", None),
  ("unable to meet their obligations", "Council of Governors")]),

# 11 -- South Africa, News24 style, straight quotes: taxi violence; Captain X said, MEC announced, Santaco statement partial, told News24, commuter asked, elderly woman described, partial then pronoun quote
('''Two taxi drivers were shot dead at a rank in Khayelitsha on Monday morning, bringing to 11 the number of people killed in a route dispute between rival associations in Cape Town since the beginning of the month.

Western Cape police spokesperson Captain Nokuthula Mgwebi said the men, aged 34 and 41, were sitting in their vehicles when two gunmen approached on foot and opened fire.

"The suspects fled the scene and are yet to be arrested. Cases of murder are being investigated," Mgwebi said.

Hours later, Western Cape Mobility MEC Pieter Fourie announced that he would close the disputed route between Khayelitsha and Bellville for 30 days under section 91 of the National Land Transport Act.

"Enough is enough. We will not allow commuters to be caught in the crossfire of a fight over routes," Fourie said.

"The closure will be enforced by traffic officers and police, and any operator found on the route will have their vehicle impounded," he said.

The South African National Taxi Council (Santaco) in the Western Cape said it "condemned the killings in the strongest terms" and called on both associations to return to mediation.

Lungile Mabandla, chairperson of one of the associations involved, said his members were the victims.

"We are the ones being attacked. Our members cannot even go to the rank without looking over their shoulders," Mabandla told News24.

Commuters bore the brunt of the violence on Monday, with many stranded at ranks and bus stops across the metro.

Zanele Tshabalala, 29, who works as a cashier in Bellville, said she had spent R90 on an e-hailing ride to get to work.

"I earn R180 a day. If I pay R90 just to get to work, what am I working for?" she asked.

An elderly woman waiting at the Site C bus stop said she no longer felt safe in taxis.

"We pray every morning before we get into a taxi. We don't know if we will come home," she said.

Mgwebi said police had deployed additional resources "to stabilise the area" and were patrolling ranks in Khayelitsha, Nyanga and Philippi.

"Anyone with information can contact Crime Stop anonymously on 08600 10111," she said.''',
 [("The suspects fled the scene and", "Nokuthula Mgwebi"),
  ("Enough is enough.", "Pieter Fourie"),
  ("The closure will be enforced by", "Pieter Fourie"),
  ("condemned the killings in the strongest", "South African National Taxi Council"),
  ("We are the ones being attacked.", "Lungile Mabandla"),
  ("I earn R180 a day.", "Zanele Tshabalala"),
  ("We pray every morning before we", "~woman"),
  ("to stabilise the area", "Nokuthula Mgwebi"),
  ("Anyone with information can contact Crime", "Nokuthula Mgwebi")]),

# 12 -- Ghana, British-style single quotes: galamsey shuts water plant; utility statement partial, said Mrs X, the company's manager, DCE, farmer, unnamed woman with apostrophe inside quote, Minerals Commission CEO on Citi FM, banners and chants, partial quote
('''Ghana Water Limited has shut down its treatment plant at Daboase in the Western Region after turbidity levels in the River Pra rose to more than ten times what the facility can handle, cutting supply to an estimated 80,000 people.

In a statement on Monday, the utility said the river had been 'heavily polluted by illegal mining activities upstream', leaving it with no choice but to suspend production until further notice.

'Our engineers have tried every available treatment option. The water coming into the plant is essentially mud,' said Mrs Adjoa Nyarko-Mensah, the company's Western Regional communications manager.

The Mpohor District Chief Executive, Mr Yaw Ampofo-Twum, said a task force had arrested 17 people and seized four excavators in the past fortnight.

'We are fighting people who have money and who have connections. Every time we seize a machine, another one appears the next week,' he said.

He called on traditional authorities in the area to stop 'selling lands to these people and then pretending not to know them'.

Kofi Arthur-Baidoo, a cocoa farmer at Sekyere Hemang, said illegal miners had dug pits across his farm over the past year.

'They came with an excavator and told me the land belonged to their boss. I have lost 12 acres of cocoa,' he said.

In Daboase, residents have turned to boreholes and sachet water. A woman fetching water at a borehole near the lorry station said the queues had grown longer since the plant shut.

'I woke up at 4 o'clock and I am still here. My children went to school without bathing,' she said.

The Chief Executive of the Minerals Commission, Dr Esi Awuah-Quartey, speaking on Citi FM on Tuesday, insisted that no mining in the river had been authorised.

'Let me be clear: no licence has been issued for mining in the river bed. Whoever is in the river is there illegally,' she said.

At a protest in Takoradi on Saturday, hundreds of demonstrators carried banners reading 'Our rivers are dying' and chanted 'Stop galamsey now!' as they marched to the Regional Coordinating Council.

Ghana Water Limited said it would truck water to hospitals and schools in the affected area while the plant remained shut.''',
 [("heavily polluted by illegal mining activities", "Ghana Water Limited"),
  ("Our engineers have tried every available", "Adjoa Nyarko-Mensah"),
  ("We are fighting people who have", "Yaw Ampofo-Twum"),
  ("selling lands to these people and", "Yaw Ampofo-Twum"),
  ("They came with an excavator and", "Kofi Arthur-Baidoo"),
  ("I woke up at 4 o'clock", "~woman"),
  ("Let me be clear: no licence", "Esi Awuah-Quartey"),
  ("Our rivers are dying", None),
  ("Stop galamsey now!", None)]),

# 13 -- Malawi, AFP style, curly quotes: cholera outbreak; minister told reporters with two-part quote, ministry statement partial, anonymous nurse told AFP, resident with age, UNICEF representative statement, opposition MP partial then wrote on X, minister rebuttal
('''Malawi has recorded 46 cholera deaths in three weeks, the Ministry of Health said Thursday, as heavy rains flooded parts of the commercial capital Blantyre and overwhelmed treatment centres.

The ministry said in a statement that 1,912 cases had been recorded since January 1, with infections “rising steadily in the southern region”, particularly in Blantyre, Chikwawa and Nsanje districts.

“The situation is serious but under control,” Health Minister Chimwemwe Banda-Nkhoma told reporters in Lilongwe. “We have opened additional cholera treatment units and deployed 300 health surveillance assistants to the affected districts.”

At Queen Elizabeth Central Hospital in Blantyre, the country’s largest referral hospital, patients lay on mattresses in corridors.

“We have patients on the floor because there are not enough beds. Some of us have worked 20 hours straight,” a nurse told AFP, asking not to be named because she was not authorised to speak to the media.

In the densely populated Ndirande township, Mercy Phiri, a 37-year-old mother of four, said the nearest safe water point was a kilometre away from her home.

“When it rains the toilets overflow into the wells. We know it is dangerous, but what choice do we have?” she said.

Malawi suffered its deadliest cholera outbreak on record in 2022-2023, when more than 1,700 people died.

The UN children’s agency UNICEF said it was sending oral rehydration salts, water purification tablets and hygiene kits to the worst-hit areas.

“Children under five are particularly vulnerable. Every hour matters in getting them the treatment they need,” UNICEF’s representative in Malawi, Amara Diallo-Kone, said in a statement.

Opposition lawmaker Esther Mwale-Chirwa accused the government of “sleeping on the job” after the previous outbreak.

“The same districts had cholera in 2023. What lessons did we learn?” she wrote on X.

Banda-Nkhoma rejected the criticism when asked about it on Thursday.

“This is not a time for politics. It is a time for everybody to wash their hands and boil their water,” he said.''',
 [("rising steadily in the southern region", "Ministry of Health"),
  ("The situation is serious but under", "Chimwemwe Banda-Nkhoma"),
  ("We have opened additional cholera treatment", "Chimwemwe Banda-Nkhoma"),
  ("We have patients on the floor", "~nurse"),
  ("When it rains the toilets overflow", "Mercy Phiri"),
  ("Children under five are particularly vulnerable.", "Amara Diallo-Kone"),
  ("sleeping on the job", "Esther Mwale-Chirwa"),
  ("The same districts had cholera in", "Esther Mwale-Chirwa"),
  ("This is not a time for", "Chimwemwe Banda-Nkhoma")]),

# 14 -- Kenya, Nation style, curly quotes: drought in Marsabit; said Mr X, a herder, split across sentences; NDMA bulletin partial; Governor; MP Hon. posted on X; Red Cross statement; mother told the Nation; described nutrition officer; PS
('''At Bubisa, 60 kilometres north of Marsabit town, the carcasses of goats and camels line the road that leads to the only borehole still working in the area.

“We had 200 goats before the rains failed. Now we have 31,” said Mr Galgalo Boru Wario, a herder, as he waited his turn at the borehole with his remaining animals. “If it does not rain by next month, I don’t know what we will eat.”

The National Drought Management Authority (NDMA) has placed Marsabit, Turkana, Wajir and Mandera counties in the alarm phase after the failure of the short rains.

In its latest monthly bulletin, the authority warned that malnutrition rates among children under five had reached “critical levels in parts of North Horr and Laisamis”.

Marsabit Governor Abdi Jillo Guyo, speaking during the distribution of relief food at Bubisa on Saturday, called on the national government to release drought emergency funds.

“The county has spent Sh120 million on water trucking since January. We cannot do it alone,” Mr Guyo said.

North Horr MP Hon. Adano Halake Dida took his frustration to social media. “Our people are burying livestock every day while Nairobi debates. The drought fund must be released NOW,” he posted on X.

The Kenya Red Cross Society said in a statement that it had started cash transfers in the worst-hit wards.

“We are scaling up nutrition screening and cash transfers to 15,000 households in Marsabit and Turkana,” the society said.

At the Bubisa dispensary, Ms Halima Roba Tari, a mother of six, waited with her youngest child on her lap.

“The nurse says my baby is too thin. I only have one meal a day to give the children,” she told the Nation.

A nutrition officer at the dispensary said admissions had nearly tripled in a month.

“Last month we were admitting five children a week. This week alone we have admitted 14,” she said.

In Nairobi, Special Programmes Principal Secretary Ms Rose Mukami-Kariuki said the money had been approved.

“Funds have been approved by Treasury and will reach the affected counties within two weeks,” Ms Mukami-Kariuki said.

Back at the borehole, herders said two weeks was too long to wait.''',
 [("We had 200 goats before the", "Galgalo Boru Wario"),
  ("If it does not rain by", "Galgalo Boru Wario"),
  ("critical levels in parts of North", "National Drought Management Authority"),
  ("The county has spent Sh120 million", "Abdi Jillo Guyo"),
  ("Our people are burying livestock every", "Adano Halake Dida"),
  ("We are scaling up nutrition screening", "Kenya Red Cross Society"),
  ("The nurse says my baby is", "Halima Roba Tari"),
  ("Last month we were admitting five", "~officer"),
  ("Funds have been approved by Treasury", "Rose Mukami-Kariuki")]),

# 15 -- Nigeria, Punch style, straight quotes: police extortion video on X; unnamed officer heard saying, victim told The PUNCH with no-cue continuation, PPRO post on X partial then wrote, CP statement, Amnesty post partial with hashtag, lawyer told our correspondent, X user wrote
('''The Lagos State Police Command has detained three officers after a video showing them allegedly extorting N150,000 from a young man in Lekki went viral on X (formerly Twitter).

In the one-minute-40-second clip, which had been viewed over two million times by Monday evening, one of the officers could be heard saying, "If you no pay, we go carry you go station," as the man pleaded with them.

The victim, Mr Emeka Nwachukwu-Obi, a 26-year-old software developer, told The PUNCH that he was stopped on Admiralty Way on Saturday night while returning from work.

"They searched my phone and saw banking apps. The next thing, they said I was a Yahoo boy and that I would spend the weekend in a cell," he said.

"They followed me to a POS stand where I withdrew the money. I was shaking the whole time."

The command's spokesperson, SP Babatunde Ogunjimi-Hassan, in a post on his X handle on Monday, said the officers had been identified and were "undergoing orderly room trial".

"The command does not condone any act of extortion. The officers have been identified, detained and will face the full wrath of the law," Ogunjimi-Hassan wrote.

The Commissioner of Police, CP Aminat Lawal-Bello, also ordered that the money be returned to the victim.

"The money will be refunded to the young man in full, and I have directed that all officers on stop-and-search duty must wear their name tags," Lawal-Bello said in a statement.

Amnesty International Nigeria, reacting on X, said the incident showed that "nothing has changed since the #EndSARS protests" of October 2020.

A human rights lawyer, Mrs Funmilayo Adeniran-Eze, said an internal trial was not enough.

"Detention is not enough. These officers must be prosecuted in a regular court, not just tried by their colleagues," she told our correspondent.

Under the viral video, many users shared similar experiences with the police in Lagos. One X user wrote, "This is why young people are leaving this country."

Nwachukwu-Obi told our correspondent that he was yet to receive the refund as of Monday evening.''',
 [("If you no pay, we go", "~officer"),
  ("They searched my phone and saw", "Emeka Nwachukwu-Obi"),
  ("They followed me to a POS", "Emeka Nwachukwu-Obi"),
  ("undergoing orderly room trial", "Babatunde Ogunjimi-Hassan"),
  ("The command does not condone any", "Babatunde Ogunjimi-Hassan"),
  ("The money will be refunded to", "Aminat Lawal-Bello"),
  ("nothing has changed since the #EndSARS", "Amnesty International Nigeria"),
  ("Detention is not enough.", "Funmilayo Adeniran-Eze"),
  ("This is why young people are", "~user")]),

# 16 -- Rwanda, The New Times style, curly quotes: moto taxi fare meters; sticker text, DG said with colon, "she said" follow-up, federation president, "the father of two told The New Times", passenger split quote, partial, traffic police spokesperson
('''KIGALI — Motorcycle taxi operators in Kigali have been given until the end of the month to install digital fare meters, the Rwanda Utilities Regulatory Authority (RURA) announced on Tuesday.

Under the directive, every registered motorcycle must carry a working meter and a sticker on the rider’s helmet reading “Pay by meter only”.

Speaking at a press briefing in Kigali, RURA Director General Evelyne Uwase-Kamanzi said: “Passengers have a right to know what they are paying before the journey begins. Meters remove the guesswork.”

“We have given operators more than enough time. After the deadline, any rider without a functioning meter will be removed from the road,” she said.

The president of the Federation of Motorcycle Taxi Cooperatives in Rwanda, Jean Bosco Habimana, said riders supported the idea but were worried about the cost.

“We are not against meters. Our problem is the cost. A rider earns Rwf5,000 a day on a good day, and the meter costs Rwf40,000,” Habimana said.

He said the federation would ask RURA for “a subsidy or at least payment in instalments” for riders who cannot afford the device upfront.

Théoneste Nsengiyumva, 29, who operates from the Remera bus park, said he would have to borrow to comply with the directive.

“I will have to take a loan from my cooperative to buy it,” the father of two told The New Times.

Passengers largely welcomed the move. Aline Mukeshimana, who commutes from Kicukiro to the city centre every day, said fares changed from one rider to the next.

“Sometimes I pay Rwf1,000 in the morning and Rwf1,500 in the evening for the same trip,” she said. “With a meter, at least there will be no argument.”

Traffic police spokesperson SSP Innocent Mugiraneza said officers would check meters during routine operations once the deadline passes.

“Enforcement will begin on the first day of next month. A rider who is found without a meter will be fined and the motorcycle impounded,” Mugiraneza said.

There are more than 30,000 registered motorcycle taxis in Kigali, according to RURA.''',
 [("Pay by meter only", None),
  ("Passengers have a right to know", "Evelyne Uwase-Kamanzi"),
  ("We have given operators more than", "Evelyne Uwase-Kamanzi"),
  ("We are not against meters.", "Jean Bosco Habimana"),
  ("a subsidy or at least payment", "Jean Bosco Habimana"),
  ("I will have to take a", "Théoneste Nsengiyumva"),
  ("Sometimes I pay Rwf1,000 in the", "Aline Mukeshimana"),
  ("With a meter, at least there", "Aline Mukeshimana"),
  ("Enforcement will begin on the first", "Innocent Mugiraneza")]),

# 17 -- South Africa, The Citizen (SA) style, straight quotes: Samwu strike in Tshwane; told The Citizen, city spokesperson two-part quote, MMC partial then pronoun, chant in isiZulu, resident, takeaway owner with no-cue continuation, metro police statement partial, union retort
('''Rubbish piled up on the streets of the Pretoria CBD on Thursday as a strike by members of the South African Municipal Workers' Union (Samwu) in the City of Tshwane entered its third week.

Samwu Tshwane regional secretary Mpho Ramokgopa told The Citizen that workers would not return until the city implemented a wage increase agreed to in 2021.

"The city signed the agreement. The city must honour it. It's that simple," Ramokgopa said.

City spokesperson Lindiwe Maseko-Dlamini said the metro could not afford the increase in its current financial position.

"The city does not have the money to pay an increase of that size without cutting services elsewhere," Maseko-Dlamini said. "We have tabled a revised offer, and we urge the union to take it back to its members."

MMC for Finance Hendrik Botha-Louw accused some strikers of intimidating colleagues who wanted to work and said the city had opened criminal cases.

"We have cases of refuse trucks being blocked and workers being assaulted. That is criminal, and it has nothing to do with a wage dispute," he said.

Outside Tshwane House on Thursday, hundreds of marching workers sang "Siyafuna imali yethu" (we want our money) as police monitored from a distance.

In Sunnyside, residents said the uncollected refuse had become a health hazard. Thabo Molefe, 45, said rats had appeared in the yard of his block of flats.

"My children can't play outside. The smell is unbearable, especially at night," he said.

Fatima Ismail-Cassim, who runs a takeaway on Francis Baard Street, said she had lost most of her lunchtime customers.

"People don't want to buy food next to a mountain of rubbish. I've had to close early every day this week.

"If this goes on for another week, I will have to send my staff home without pay."

The Tshwane Metro Police Department said it had arrested six people for public violence, adding in a statement that it "will not tolerate the trashing of the city" under the guise of a strike.

Ramokgopa was unmoved by the threat of arrests and dismissals.

"Let them fire us all and see who will collect the rubbish," he said.''',
 [("The city signed the agreement.", "Mpho Ramokgopa"),
  ("The city does not have the", "Lindiwe Maseko-Dlamini"),
  ("We have tabled a revised offer", "Lindiwe Maseko-Dlamini"),
  ("We have cases of refuse trucks", "Hendrik Botha-Louw"),
  ("Siyafuna imali yethu", None),
  ("My children can't play outside.", "Thabo Molefe"),
  ("People don't want to buy food", "Fatima Ismail-Cassim"),
  ("If this goes on for another", "Fatima Ismail-Cassim"),
  ("will not tolerate the trashing of", "Tshwane Metro Police Department"),
  ("Let them fire us all and", "Mpho Ramokgopa")]),

# 18 -- Senegal, AFP Africa desk style, straight quotes: migrant pirogues from Mbour; mother told AFP through interpreter with no-cue continuation, navy statement, report title, fisherman two quotes, minister told reporters, imam, unnamed young man
('''MBOUR, Senegal - In the fishing town of Mbour, south of Dakar, Aminata Diouf has not heard from her 19-year-old son since he boarded a wooden pirogue bound for Spain's Canary Islands three weeks ago.

"He left at night without telling me. A friend called the next day to say he was on the boat," the 52-year-old fish seller told AFP, speaking in Wolof through an interpreter.

"Every time the phone rings my heart stops."

The Senegalese Navy said Sunday it had intercepted a pirogue carrying 211 people off the coast of Saint-Louis, the third such interception this month.

"The boat was in distress and several passengers were suffering from dehydration," the navy said in a statement, adding that all those on board had been brought ashore.

Thousands of young Senegalese have attempted the perilous Atlantic crossing in recent years. A report by a Spanish migrants' rights group, titled "Deadly Crossings 2024", estimated that thousands died on the route last year alone.

In Mbour, many blame the decline of artisanal fishing. Moussa Sarr, 34, who has fished from the town's beach since he was a teenager, said foreign trawlers had emptied the sea.

"Before, we could fill a pirogue in one night. Now we go out for three days and come back with nothing," he said.

"The young people see this and they decide to leave. They say it is better to die at sea than to die of shame at home," Sarr added.

Fisheries Minister Fatou Kine Ndiaye-Sow said the government was reviewing agreements with foreign fleets.

"We are reviewing every fishing licence granted to foreign vessels. Those that do not respect the rules will lose them," Ndiaye-Sow told reporters in Dakar on Monday.

At a mosque near the beach, Imam Ousmane Faye said he had lost count of the young men from his neighbourhood who had left.

"We preach in the mosque every Friday that the sea is not the way. But hunger speaks louder than us," Faye said.

On the sand nearby, a young man mending nets, who declined to give his name, said he had already paid a smuggler 400,000 CFA francs (about $650).

"If God wills it, I will leave next month," he said.''',
 [("He left at night without telling", "Aminata Diouf"),
  ("Every time the phone rings my", "Aminata Diouf"),
  ("The boat was in distress and", "Senegalese Navy"),
  ("Before, we could fill a pirogue", "Moussa Sarr"),
  ("The young people see this and", "Moussa Sarr"),
  ("We are reviewing every fishing licence", "Fatou Kine Ndiaye-Sow"),
  ("We preach in the mosque every", "Ousmane Faye"),
  ("If God wills it, I will", "~man")]),

# 19 -- Uganda, Monitor style, straight quotes: mobile money tax debate in Parliament; Hon. MPs, "he asked", minister told the House with split sentences, committee chair presenting report, association statement, agent told the Monitor, placards, partial quote
('''Legislators on Tuesday clashed with the Ministry of Finance over a proposal to raise the excise duty on mobile money withdrawals from 0.5 percent to 1 percent, with several MPs warning that the tax would hit the rural poor hardest.

Presenting the report of the Finance Committee on the Excise Duty (Amendment) Bill, 2024, the committee chairperson, Hon. Harriet Kabasinguzi-Amooti, said members had rejected the proposed increase.

"The committee is not convinced that the projected revenue of Shs90 billion justifies the burden on users, the majority of whom are in rural areas," Ms Kabasinguzi-Amooti said.

Contributing to the debate, Hon. Joyce Nakalema Bbosa, a Woman MP from the central region, said mobile money had replaced banks for millions of Ugandans.

"Mobile money is the bank of the village. When you tax it, you are taxing the boda boda rider and the woman selling matooke," Ms Bbosa said.

The opposition's shadow minister for finance, Hon. Ibrahim Ssentongo-Kasule, questioned the government's economic record.

"This government keeps telling us the economy is growing at six percent. Then why must it reach into the pockets of the poorest to fund its budget?" he asked.

Responding, the Minister of State for Finance (General Duties), Hon. Edward Twinomujuni, defended the proposal.

"We are not introducing a new tax. We are adjusting an existing one to widen the base," Mr Twinomujuni told the House. "Uganda's tax-to-GDP ratio remains one of the lowest in the region."

He, however, said the ministry was "open to amendments" on the threshold below which withdrawals would be exempted.

In a statement issued on Monday, the Mobile Money Agents Association of Uganda warned that the increase would push customers back to cash. "Previous increases led to a drop in transaction values and many agents closed their businesses," the association said.

Ms Sarah Nakato, a mobile money agent in Kireka, told the Monitor that her business had barely recovered from the last increase.

"When the tax went up last time, my customers started keeping cash at home. My commission dropped by half," she said.

Outside Parliament, a group of about 50 agents carried placards reading "Don't tax our pockets" and "Mobile money is not a luxury".

The debate continues on Thursday.''',
 [("The committee is not convinced that", "Harriet Kabasinguzi-Amooti"),
  ("Mobile money is the bank of", "Joyce Nakalema Bbosa"),
  ("This government keeps telling us the", "Ibrahim Ssentongo-Kasule"),
  ("We are not introducing a new", "Edward Twinomujuni"),
  ("Uganda's tax-to-GDP ratio remains one", "Edward Twinomujuni"),
  ("open to amendments", "Edward Twinomujuni"),
  ("Previous increases led to a drop", "Mobile Money Agents Association of Uganda"),
  ("When the tax went up last", "Sarah Nakato"),
  ("Don't tax our pockets", None),
  ("Mobile money is not a luxury", None)]),

# 20 -- Ghana, GhanaWeb style, curly quotes: cocoa price and smuggling; press conference quote with no-cue continuation, partial quote, COCOBOD statement read and warned, Madam farmer told GhanaWeb, MP on X, lecturer told JoyNews, placard
('''Cocoa farmers in the Western North Region have called on the Ghana Cocoa Board (COCOBOD) to review the producer price upwards, warning that smuggling of beans to neighbouring Côte d’Ivoire will increase if nothing is done.

Addressing a press conference in Sefwi Wiawso on Tuesday, the Chairman of the Western North Cocoa Farmers Union, Mr Kwabena Adu-Gyamfi, described the situation as “a silent crisis” in cocoa-growing communities.

“Across the border, our brothers are receiving almost double what we get here. You cannot blame a farmer who carries his beans there at night,” Mr Adu-Gyamfi said.

“We don’t want to break the law. We want COCOBOD to pay us a fair price so that our children can go to school.”

COCOBOD, in a statement issued on Wednesday, said the price was fixed through an established process.

“The producer price was determined by the Producer Price Review Committee, on which farmers are represented. It reflects the forward sales contracted for the season,” the statement said.

It added that anti-smuggling task forces had been deployed along the border. “Anyone caught smuggling cocoa will have their beans confiscated and will be prosecuted,” it warned.

Madam Akosua Frimpomaa, 55, who farms seven acres at Asawinso, told GhanaWeb that rising input costs had made the situation worse.

“I have not sprayed my farm this year because the chemicals are too expensive. The black pod disease is everywhere,” she said.

The Minority spokesperson on Food and Agriculture, Hon. Solomon Kwarteng-Amoako, weighed in on X. “Our cocoa farmers are being treated like second-class citizens. We will summon the CEO of COCOBOD to Parliament,” he posted.

Dr Abigail Sarpong-Addo, a senior lecturer at the University of Ghana Business School, said the problem went beyond the price itself.

“As long as the cedi keeps depreciating, any price announced in October looks small by February,” she told JoyNews.

At the press conference, some farmers held placards, one of which read “Cocoa is our oil, pay us well”.

The farmers have given COCOBOD two weeks to respond to their demands.''',
 [("a silent crisis", "Kwabena Adu-Gyamfi"),
  ("Across the border, our brothers are", "Kwabena Adu-Gyamfi"),
  ("We don’t want to break the", "Kwabena Adu-Gyamfi"),
  ("The producer price was determined by", "Ghana Cocoa Board"),
  ("Anyone caught smuggling cocoa will have", "Ghana Cocoa Board"),
  ("I have not sprayed my farm", "Akosua Frimpomaa"),
  ("Our cocoa farmers are being treated", "Solomon Kwarteng-Amoako"),
  ("As long as the cedi keeps", "Abigail Sarpong-Addo"),
  ("Cocoa is our oil, pay us", None)]),

# 21 -- Tanzania, The Citizen style, curly quotes: Dar es Salaam demolitions; "asked Mr X, chairperson", Eng. title told The Citizen, partial, elderly woman split quote, NGO director with no-cue continuation, District Commissioner, Swahili sign
('''Dar es Salaam. Residents of Kimara Stop Over in Ubungo Municipality spent Wednesday night in the open after bulldozers demolished more than 80 houses said to be within the road reserve of the Morogoro Road expansion project.

The demolitions came despite what residents said was a pending case at the High Court Land Division.

“We filed our case in March and it was set for hearing next month. How can they demolish while the matter is in court?” asked Mr Hamisi Salum Mwinyi, chairperson of the residents’ committee.

The Tanzania National Roads Agency (Tanroads) Dar es Salaam regional manager, Eng Mwanaisha Kombo, said the agency had acted within the law.

“There was no court order stopping us. These structures were marked with an X in 2019 and the owners were given notice,” Eng Kombo told The Citizen.

She said the residents had been occupying the road reserve “illegally and knowingly” for years and were therefore not entitled to compensation.

Ms Zawadi Mrisho, 63, sat on a mattress beside what remained of her three-bedroom house, surrounded by pots, a radio and a framed wedding photograph.

“I have lived here since 1978. Where was the road reserve then?” she said. “They have not paid us a single shilling.”

The Legal and Human Rights Centre (LHRC) condemned the demolitions, saying they had been carried out without regard for the welfare of the families affected.

“Evicting people in the rainy season without alternative shelter is a violation of their basic rights,” the centre’s executive director, Dr Stella Massawe-Lyimo, said in Dar es Salaam yesterday.

“We will support the residents to seek compensation through the courts, and we are asking the government to provide temporary shelter for the elderly and children.”

Ubungo District Commissioner Mr Yusuph Kassim Ngwale, who visited the site in the afternoon, said the government would look into the residents’ claims.

“The government is committed to ensuring that those with valid claims are compensated after verification. Nobody will be left without help,” Mr Ngwale said.

On one half-demolished wall, someone had painted in red letters “Hii ni nyumba yangu” (This is my house).

By evening, several families had moved their belongings to a nearby church compound.''',
 [("We filed our case in March", "Hamisi Salum Mwinyi"),
  ("There was no court order stopping", "Mwanaisha Kombo"),
  ("illegally and knowingly", "Mwanaisha Kombo"),
  ("I have lived here since 1978.", "Zawadi Mrisho"),
  ("They have not paid us a", "Zawadi Mrisho"),
  ("Evicting people in the rainy season", "Stella Massawe-Lyimo"),
  ("We will support the residents to", "Stella Massawe-Lyimo"),
  ("The government is committed to ensuring", "Yusuph Kassim Ngwale"),
  ("Hii ni nyumba yangu", None)]),

# 22 -- Nigeria, Premium Times style, curly quotes: maternal deaths report in Kano; report title, Hajiya NGO director split quote, commissioner partial and reaction, Alhaji told BBC Hausa, anonymous midwife told PREMIUM TIMES, bereaved husband, Hon. lawmaker at plenary
('''A new report by a Kano-based non-governmental organisation has linked the deaths of at least 140 pregnant women in three rural local government areas to the lack of functional primary health centres.

The report, titled “Dying to Give Life: Maternal Health in Rural Kano”, was presented in Kano on Tuesday by the Centre for Women’s Health and Development (CWHD).

The organisation’s executive director, Hajiya Maryam Abdullahi-Danjuma, said researchers visited 96 communities in Tsanyawa, Shanono and Gwarzo local government areas between January and June.

“In some communities, the nearest facility with a midwife is 40 kilometres away,” Mrs Abdullahi-Danjuma said. “Women are dying on motorcycles on the way to hospital.”

Reacting to the report, the Kano State Commissioner for Health, Dr Usman Garba Tofa, described some of its figures as “outdated” and said the state had made progress in the last year.

“The state government has recruited 1,200 health workers this year alone, and more than 300 of them are midwives,” Mr Tofa said.

A community leader in Gwarzo, Alhaji Sani Idris-Gwarzo, told BBC Hausa that residents had lost patience with promises.

“Our women are tired of burying their sisters. Every year we are told a hospital is coming,” he said.

A midwife at a primary health centre in Tsanyawa, who asked not to be named because she was not authorised to speak to journalists, told PREMIUM TIMES the facility had not had electricity for months.

“We deliver babies with torchlight from our phones. Sometimes there are no gloves and we ask the family to buy them,” she said.

Abdulkadir Musa, a farmer from Shanono, lost his wife in April after she gave birth at home.

“She started bleeding after delivery at home. By the time we found a car, she was gone,” Mr Musa said quietly.

During plenary on Wednesday, the member representing Shanono/Bagwai constituency in the Kano State House of Assembly, Hon. Zainab Sule-Ringim, linked the deaths to budget cuts.

“The budget for primary health care was cut by 30 per cent last year. That is where the problem started,” she said.

The report recommends the upgrade of at least one health centre in every ward to provide round-the-clock emergency obstetric care.''',
 [("In some communities, the nearest facility", "Maryam Abdullahi-Danjuma"),
  ("Women are dying on motorcycles on", "Maryam Abdullahi-Danjuma"),
  ("outdated", "Usman Garba Tofa"),
  ("The state government has recruited 1,200", "Usman Garba Tofa"),
  ("Our women are tired of burying", "Sani Idris-Gwarzo"),
  ("We deliver babies with torchlight from", "~midwife"),
  ("She started bleeding after delivery at", "Abdulkadir Musa"),
  ("The budget for primary health care", "Zainab Sule-Ringim")]),

# 23 -- Cameroon (Anglophone), British-style single quotes: Bamenda lockdown; scare-quoted term, Governor on CRTV, trader with apostrophes in quote, neighbour Mrs, Barrister told reporters, separatist Facebook statement partials, army captain statement, anonymous teacher
('''Shops, schools and banks remained shut in Bamenda on Monday as residents observed another 'ghost town' called by separatist fighters, despite government assurances that security forces had the city under control.

Speaking on CRTV on Sunday evening, the North West Governor, Mr Emmanuel Ndifor Tanyi, urged traders to open for business.

'The so-called lockdown exists only on social media. Businesses that remain closed without reason will be sealed,' the Governor said.

At the Bamenda Main Market, only a handful of stalls were open by midday. Mrs Comfort Ngwa, who sells foodstuff, kept her shutters half down.

'Last time a woman opened her shop on a Monday, they burnt it the next night. I have children to feed, but I also want to be alive to feed them,' she said.

Her neighbour, Mrs Delphine Ambe, said the nights had become the hardest part. 'We don't sleep. Every gunshot makes the children cry,' Mrs Ambe said.

A statement circulated on Facebook by a group calling itself the Ambazonia Restoration Council warned that anyone who 'defies the lockdown' would 'face the consequences'.

The army's regional spokesman, Captain Jean-Pierre Mbarga-Owona, said troops were present across the city.

'Our troops are deployed in all the neighbourhoods. Anyone who threatens a civilian will be neutralised,' he said in a statement read on regional radio.

Human rights lawyer Barrister Ayuk Eyong-Takang told reporters in Buea that ordinary people were paying the price of the conflict.

'Civilians are trapped between the military and the separatists. Both sides must be held accountable for the abuses we have documented,' Barrister Eyong-Takang said.

Schools have been among the worst affected. A secondary school teacher in the Nkwen neighbourhood, who asked not to be named for his safety, said his students had lost weeks of lessons since the start of term.

'We have lost another week of teaching. These children are becoming a lost generation,' he said.

The conflict in Cameroon's two English-speaking regions, which began in 2017, has killed thousands of people and forced hundreds of thousands from their homes.''',
 [("The so-called lockdown exists only on", "Emmanuel Ndifor Tanyi"),
  ("Last time a woman opened her", "Comfort Ngwa"),
  ("We don't sleep.", "Delphine Ambe"),
  ("defies the lockdown", "Ambazonia Restoration Council"),
  ("face the consequences", "Ambazonia Restoration Council"),
  ("Our troops are deployed in all", "Jean-Pierre Mbarga-Owona"),
  ("Civilians are trapped between the military", "Ayuk Eyong-Takang"),
  ("We have lost another week of", "~teacher")]),

# 24 -- Liberia, FrontPage Africa style, straight quotes: corruption trial ruling; Judge X ruled over two quotes, Cllr. defense lawyer told reporters, LACC statement partial, prosecutor with no-cue continuation, defendant, described motorbike rider partial then quote
('''Monrovia - Criminal Court C at the Temple of Justice on Thursday denied a motion to dismiss charges against former Deputy Minister for Administration at the Ministry of Public Works, Mr. Moses K. Tarpeh, who is accused of economic sabotage and theft of property.

Tarpeh and two former procurement officers are accused of diverting US$2.3 million meant for the rehabilitation of feeder roads in Lofa County between 2021 and 2023.

Delivering the ruling, Judge Emmanuela D. Korkoyah said the evidence presented so far was sufficient for the case to proceed.

"The court is satisfied that the prosecution has established a prima facie case against the defendant," Judge Korkoyah ruled.

"The motion to dismiss is therefore denied, and the defendant is ordered to open his defense on the next assigned date."

Lead defense counsel Cllr. Augustine Varney-Kollie said his team had noted exceptions to the ruling.

"We respect the ruling but we take exception to it. Our client is innocent and the evidence will show that," Cllr. Varney-Kollie told reporters after the hearing.

The Liberia Anti-Corruption Commission (LACC), which is prosecuting the case, welcomed the decision. In a statement, the Commission described it as "a victory for accountability and the Liberian people".

Cllr. Precious Gbeme-Doe, who heads the LACC prosecution team, said the state was ready to proceed.

"Money meant for the people of Lofa cannot be accounted for, and the documents we have tendered speak for themselves," she said.

"We will present witnesses from Lofa who will tell this court that the roads were never built."

Tarpeh, dressed in a grey suit, spoke briefly to journalists as he left the courtroom with his lawyers.

"I served this country with honesty. I have nothing to hide," he said.

In Lofa County, residents have long complained about the state of the roads. Reached by phone, a motorbike rider in Foya District said the road to Kolahun had been "impassable for three rainy seasons".

"We carry sick people on our backs to the clinic when the bikes cannot pass. Pregnant women deliver on the road," he said.

The case continues on Monday.''',
 [("The court is satisfied that the", "Emmanuela D. Korkoyah"),
  ("The motion to dismiss is therefore", "Emmanuela D. Korkoyah"),
  ("We respect the ruling but we", "Augustine Varney-Kollie"),
  ("a victory for accountability and the", "Liberia Anti-Corruption Commission"),
  ("Money meant for the people of", "Precious Gbeme-Doe"),
  ("We will present witnesses from Lofa", "Precious Gbeme-Doe"),
  ("I served this country with honesty.", "Moses K. Tarpeh"),
  ("impassable for three rainy seasons", "~rider"),
  ("We carry sick people on our", "~rider")]),

# 25 -- Mozambique, AFP style, straight quotes: cyclone aftermath; "said X, 44" with no-cue continuation, institute statement partial, spokesman told AFP, MSF coordinator, presidency post on X partial, fisherman, shelter sign, anonymous local official, closing quote from first speaker
('''QUELIMANE, Mozambique - Residents of Mozambique's central Zambezia province picked through the wreckage of their homes on Tuesday after Cyclone Dumisa tore through the coast, killing at least 23 people and destroying more than 14,000 houses, according to official figures.

"The wind started at midnight and by two o'clock the roof was gone. We spent the night under the bed," said Ana Mussa, 44, standing beside the remains of her mud-brick house in Quelimane's Coalane neighbourhood.

"My neighbour's child was hit by a falling wall. She is in hospital with a broken leg."

The National Institute for Disaster Risk Management and Reduction (INGD) said in a statement that the toll "could rise as teams reach isolated districts" further up the coast.

INGD spokesman Helder Cossa-Muianga said rescue teams were struggling to reach the hardest-hit areas.

"Roads to Maganja da Costa and Pebane are cut. We are using boats and one helicopter," Cossa-Muianga told AFP.

Medecins Sans Frontieres (MSF) said it was setting up a cholera treatment centre in Quelimane as a precaution.

"We are very worried about cholera. The water sources are contaminated and people are drinking from them because there is nothing else," said Joana Sitoe, MSF's emergency coordinator in the city.

In a post on X, the Presidency of the Republic said the head of state would visit the province on Wednesday and would "mobilise all available resources" for the response.

On the seafront, fisherman Jose Ernesto, 61, surveyed the splintered remains of his boat.

"I have seen many cyclones, but never one like this. The sea came into the town," he said.

More than 9,000 people are sheltering in schools and churches. At the entrance to one school, a hand-painted sign read "Centro de Acolhimento".

A local official in Maganja da Costa, speaking by phone on condition of anonymity because he was not authorised to speak to the press, said entire villages were under water.

"We have not been able to count the dead there. Some people are still on rooftops," he said.

Back in Coalane, Mussa said she was not waiting for help to start rebuilding.

"We only want a roof before the rains come back," Mussa said.''',
 [("The wind started at midnight and", "Ana Mussa"),
  ("My neighbour's child was hit by", "Ana Mussa"),
  ("could rise as teams reach isolated", "National Institute for Disaster Risk Management and Reduction"),
  ("Roads to Maganja da Costa and", "Helder Cossa-Muianga"),
  ("We are very worried about cholera.", "Joana Sitoe"),
  ("mobilise all available resources", "Presidency of the Republic"),
  ("I have seen many cyclones, but", "Jose Ernesto"),
  ("Centro de Acolhimento", None),
  ("We have not been able to", "~official"),
  ("We only want a roof before", "Ana Mussa")]),
]
# fmt: on

# fmt: off
STORIES_DC = [
# 1 -- football match report, BBC Sport style, straight quotes: chant, partial quote, "told BBC Radio", two-paragraph quote, "the striker said", "He added:", banner
('''Eastbridge United 3-1 Millford Town

Kofi Mensah-Boateng scored twice as Eastbridge United came from behind to beat Millford Town and climb into the Championship play-off places.

Millford led through Aaron Tolley's header after 12 minutes, but Mensah-Boateng levelled before half-time and added a second from the penalty spot after Jamie Rudd was tripped by Millford goalkeeper Lewis Carver.

Substitute Danny Oyelaran wrapped up the win in stoppage time, prompting chants of "We're going up, we're going up" from the home end.

Eastbridge manager Graham Pellow said his side had shown "real character" after a sluggish opening.

Pellow told BBC Radio Kent: "We were second to everything for 20 minutes and I told them that in no uncertain terms at the drinks break. To their credit, they responded.

"Kofi was outstanding. He's been carrying a knock all week and I wasn't sure he'd last an hour, but he kept asking to stay on."

Mensah-Boateng, 26, has now scored 14 league goals this season, more than any other player in the division.

"The gaffer trusts me, and when you have that it's easy to play," the striker said. "The penalty? I'd already picked my corner in the tunnel."

Millford boss Dougie Ferris was furious with the decision that led to the spot-kick, insisting Carver had played the ball.

"I've watched it back three times and he gets a clear touch on it. It's a big call and it's gone against us again. We'll be writing to the PGMOL, for what good it will do," Ferris said.

He added: "Apart from that, we didn't do enough. You can't give away a goal like the third one at this level."

Ferris's side have now won only once in nine matches, and a banner in the away section reading "Ferris Out - Enough Is Enough" was removed by stewards early in the second half.

Asked about his position, Ferris said: "That's not for me to answer. I'll keep working until somebody tells me otherwise."

Eastbridge travel to Harrowfield on Tuesday, while Millford host Stanmore Park on Saturday.''',
 [("We're going up, we're going up", None),
  ("real character", "Graham Pellow"),
  ("We were second to everything for 20", "Graham Pellow"),
  ("Kofi was outstanding. He's been carrying", "Graham Pellow"),
  ("The gaffer trusts me, and when", "Kofi Mensah-Boateng"),
  ("The penalty? I'd already picked my", "Kofi Mensah-Boateng"),
  ("I've watched it back three times", "Dougie Ferris"),
  ("Apart from that, we didn't do", "Dougie Ferris"),
  ("Ferris Out - Enough Is Enough", None),
  ("That's not for me to answer", "Dougie Ferris")]),

# 2 -- tennis final, AP wire style, curly quotes: dateline, "X said", split quotes, partial quote, "she said" after a question, "he said", Instagram caption
('''DUBROVNIK, Croatia (AP) — Marta Kovalenko saved three match points and beat top-seeded Aiyana Brooks 4-6, 7-6 (9), 6-3 on Sunday to win the Dubrovnik Open, her first WTA title in almost four years.

The 29-year-old Ukrainian dropped to her knees after Brooks sent a backhand long on the final point, then climbed into the stands to embrace her coach, Petra Holm.

“Honestly, at 5-4 in the second set I was thinking about my flight home,” Kovalenko said. “I told myself, just make her play one more ball. Then one more. And somehow it worked.”

Kovalenko, who slipped to 88th in the rankings after shoulder surgery last year, said the win was “for everyone who kept messaging me when I was sitting at home with my arm in a sling.”

Brooks, the 22-year-old American who won the title here last year, served for the match twice and held three match points in the tiebreaker.

“I got tight. There’s no other way to say it. She played those points better than I did, and she deserves it,” Brooks said.

Asked whether a dispute with the chair umpire over a line call in the tiebreaker had affected her, Brooks shook her head. “No. I asked a question, she gave me an answer, we moved on,” she said.

Holm, a former doubles player from Sweden who has coached Kovalenko since 2019, said the pair had considered stopping during the worst of the rehabilitation.

“There were weeks when she couldn’t lift a water bottle,” Holm said. “We sat down in February and agreed to give it until Wimbledon. Well, here we are.”

Tournament director Luka Barić said the crowd of about 4,000 was the largest for a final in the event’s history. “We had people sitting on the steps,” he said.

Kovalenko later posted a photograph of the trophy on Instagram with the caption: “Never stop. Never ever stop.”

She will rise to about 55th in Monday’s rankings.''',
 [("Honestly, at 5-4 in the second", "Marta Kovalenko"),
  ("I told myself, just make her", "Marta Kovalenko"),
  ("for everyone who kept messaging me", "Marta Kovalenko"),
  ("I got tight. There’s no other", "Aiyana Brooks"),
  ("No. I asked a question, she", "Aiyana Brooks"),
  ("There were weeks when she couldn’t", "Petra Holm"),
  ("We sat down in February and", "Petra Holm"),
  ("We had people sitting on the steps", "Luka Barić"),
  ("Never stop. Never ever stop.", "Marta Kovalenko")]),

# 3 -- cricket injury news, Australian press style, straight quotes: organisation statement with colon, partial quotes, "Chair of selectors X said", split quote, "told SEN Radio", Instagram post "he wrote"
('''Fast bowler Jake Tennant has been ruled out of the entire home Test series against South Africa after scans revealed a stress fracture in his lower back.

The 24-year-old Western Australian, who took 31 wickets at 19.6 in this summer's Sheffield Shield matches, reported soreness after bowling in the nets at the WACA on Tuesday.

Cricket Australia said in a statement: "Jake underwent scans on Wednesday which confirmed a stress fracture of the L4 vertebra. He will begin a rehabilitation program with the Western Australia medical staff and is expected to return to bowling in approximately 12 weeks."

Chair of selectors Rhona McAllister said the news was "gut-wrenching" for Tennant and the squad.

"He's worked incredibly hard to get himself to this point and he was a genuine chance to play in Perth," McAllister said. "But we've been here with young quicks before, and the priority is getting him right for the long term."

Victorian paceman Sam Doyle has been called into the squad in Tennant's place.

Captain Ben Whitlow, speaking at the team's training base in Brisbane, said the players had messaged Tennant as soon as they heard.

"It's rough. You feel for him," Whitlow said. "He'll be back, and he'll be better for it. I've seen plenty of blokes come back from backs and bowl quicker."

The injury has reignited debate about the workloads of young fast bowlers, with former Test quick Greg Ashdown questioning the number of white-ball matches Tennant had played in the past year.

"You can't bowl a kid in three formats for 11 months and then be surprised when something gives. It's not rocket science," Ashdown told SEN Radio.

Asked about the criticism, McAllister said Tennant's workloads had been "monitored very closely" and were within the ranges recommended by the team's medical staff.

Tennant posted a photograph of himself in a hospital gown on Instagram on Wednesday night. "Not the news I wanted. Back soon," he wrote. "Go get 'em boys."

The first Test begins in Perth on December 6.''',
 [("Jake underwent scans on Wednesday which", "Cricket Australia"),
  ("gut-wrenching", "Rhona McAllister"),
  ("He's worked incredibly hard to get", "Rhona McAllister"),
  ("But we've been here with young", "Rhona McAllister"),
  ("It's rough. You feel for", "Ben Whitlow"),
  ("He'll be back, and he'll be", "Ben Whitlow"),
  ("You can't bowl a kid in", "Greg Ashdown"),
  ("monitored very closely", "Rhona McAllister"),
  ("Not the news I wanted. Back", "Jake Tennant"),
  ("Go get 'em boys", "Jake Tennant")]),

# 4 -- club statement on online abuse, Guardian style, curly quotes: partial quote from statement, "The statement added:", head coach, "told Sky Sports", post on X, charity spokesperson, banner, unnamed supporter
('''Brackley City have condemned the racist abuse sent to their forward Amara Diallo after Sunday’s 2-2 draw with Harlow Rovers, and say they have passed the messages to police.

Diallo, 21, missed a stoppage-time penalty at Kingfield Road that would have taken City top of the Women’s Super League. Within an hour of the final whistle, dozens of abusive messages had been sent to her Instagram account.

In a statement issued on Sunday night, the club described the messages as “vile and cowardly”. The statement added: “Amara is a valued member of our squad and our community. We will work with the police and the platforms to identify those responsible, and anyone found to be a season-ticket holder will be banned for life.”

City’s head coach, Carla Jennings, said she had spoken to Diallo on the team bus.

“She’s hurting, of course she is, but she’s also angry, and so am I,” Jennings said. “She had the courage to step up and take a penalty in front of 6,000 people. The people sending those messages wouldn’t have the courage to do anything.”

Jennings added that she had not “for one second” considered whether somebody else should have taken the kick.

Captain Niamh Costello said the squad had gathered in the dressing room on Monday morning to watch a short video message recorded by Diallo.

“She told us she’s fine and she’ll be taking the next one too. That’s Amara. That’s exactly who she is,” Costello told Sky Sports.

Diallo wrote on X on Monday afternoon: “Thank you for all the love. The hate won’t stop me. See you Sunday.”

The anti-discrimination charity Kick It Out said reports of online abuse in the women’s game had risen sharply this season. “Players are being targeted in ways that would not be tolerated in any other workplace,” a spokesperson for the charity said.

Outside the ground before Monday’s training session, supporters had tied a banner to the railings reading “We Stand With Amara”.

“She’s one of us, and whoever sent that stuff doesn’t speak for anyone here,” said one supporter, who has held a season ticket since the club turned professional.

City travel to Harlow for the return fixture in the Women’s League Cup next month.''',
 [("vile and cowardly", "Brackley City"),
  ("Amara is a valued member of our", "Brackley City"),
  ("She’s hurting, of course she is", "Carla Jennings"),
  ("She had the courage to step", "Carla Jennings"),
  ("for one second", "Carla Jennings"),
  ("She told us she’s fine and", "Niamh Costello"),
  ("Thank you for all the love", "Amara Diallo"),
  ("Players are being targeted in ways", "Kick It Out"),
  ("We Stand With Amara", None),
  ("She’s one of us, and whoever", "~supporter")]),

# 5 -- US college basketball game story, ESPN/AP style, straight quotes: "X said" after quote, student-section chant, "called it" partial, split quote, "she said" for several women, "told ESPN" partial
('''LAKEVIEW, Ohio -- Taylor Okafor scored 34 points, including the go-ahead 3-pointer with 4.1 seconds left, and No. 9 Carver State upset No. 2 Northfield 71-69 on Saturday night.

Okafor, a senior guard from Columbus, came off a screen set by center Brianna Mills and pulled up from the top of the key as Northfield's Jada Whitfield closed out.

"I've taken that shot a thousand times in an empty gym. Coach drew it up for Bri to pop, but they switched, so I just let it go," Okafor said.

The sellout crowd of 8,112 at Harmon Arena stormed the court after Northfield's final heave from halfcourt missed. Moments earlier, the student section had been chanting "Over-rated! Over-rated!" at the Northfield bench.

Carver State coach Denise Harrington, in her 11th season, called it "the biggest win this program has had since I got here, and it's not close."

"We've been knocking on the door against these top-five teams for three years. Tonight we kicked it down," Harrington said.

Northfield coach Mike Sandoval was less impressed with the officiating, particularly a foul called on Whitfield with 40 seconds left that sent Mills to the line for two free throws.

"I'm not going to get fined over it," Sandoval said. "But I'd love for somebody to explain that one to me."

Whitfield, who led Northfield with 22 points, took responsibility for the final possession.

"That's on me. I went under the screen and I know better," she said. "She made a big-time shot."

Mills finished with 14 points and 11 rebounds. Asked what she had said to Okafor as the ball was in the air, Mills laughed. "Nothing. I was just praying," she said.

Harrington later told ESPN that Okafor's shot would "be on a loop in our recruiting videos for the next decade."

Carver State (18-3) visits Eastmont on Wednesday.''',
 [("I've taken that shot a thousand", "Taylor Okafor"),
  ("Over-rated! Over-rated!", None),
  ("the biggest win this program has", "Denise Harrington"),
  ("We've been knocking on the door", "Denise Harrington"),
  ("I'm not going to get fined", "Mike Sandoval"),
  ("But I'd love for somebody to", "Mike Sandoval"),
  ("That's on me. I went under", "Jada Whitfield"),
  ("She made a big-time shot", "Jada Whitfield"),
  ("Nothing. I was just praying", "Brianna Mills"),
  ("be on a loop in our recruiting", "Denise Harrington")]),

# 6 -- non-league ground threatened, English local paper style, British single quotes: partial quote, "he said", council spokesman, supporters' trust chair with colon, window signs, unnamed resident, split quote, "he added"
('''Non-league club Ashworth Town have been told they must find a new home within 18 months after the council confirmed plans to sell the Coronation Ground for housing.

The Northern Premier League side, who have played at the site since 1921, received a letter from Ashworth Borough Council on Friday giving notice that their lease will not be renewed when it expires in 2026.

Club chairman Derek Hollins said the news had come as 'a complete bolt from the blue'.

'We were in talks with the council as recently as March about extending the lease and putting in a new stand,' he said. 'Nobody said a word about selling. I found out from a letter on my doormat.'

A spokesman for Ashworth Borough Council said: 'The council faces a significant budget gap and has a duty to review all of its assets. We remain committed to working with Ashworth Town to help them identify a suitable alternative site.'

The Ashworth Town Supporters' Trust has launched a petition against the sale, which had gathered more than 3,000 signatures by Sunday evening.

Trust chair Lorraine Mabbott, whose father and grandfather both watched the club, said: 'This isn't just a football ground. It's where half this town learned to swear, fell in love and scattered their dad's ashes. You can't put a price on that, and you certainly can't replace it with 140 executive homes.'

Handmade signs reading 'Save The Coronation' have appeared in windows along Mill Lane, which runs behind the main stand.

One resident, who has lived on the street for 40 years, said: 'I'm not even a football fan, but you hear the crowd on a Saturday and it's part of the place. It'd be a crying shame.'

Manager Steve Oduya, whose side sit fifth in the table, said his players had been told before Saturday's 2-0 win over Brigham Athletic.

'The lads are gutted for the club,' Oduya said. 'But my job is to keep them focused on the pitch. The best thing we can do for this town is win games and get people through the gate.'

Hollins said the club would take legal advice. 'We're not going quietly,' he added.

The club's next home game is against Holbrook Rangers on Saturday, when the trust plans a march from the town centre to the ground.''',
 [("a complete bolt from the blue", "Derek Hollins"),
  ("We were in talks with the council", "Derek Hollins"),
  ("Nobody said a word about selling", "Derek Hollins"),
  ("The council faces a significant budget", "Ashworth Borough Council"),
  ("This isn't just a football ground", "Lorraine Mabbott"),
  ("Save The Coronation", None),
  ("I'm not even a football fan", "~resident"),
  ("The lads are gutted for the", "Steve Oduya"),
  ("But my job is to keep", "Steve Oduya"),
  ("We're not going quietly", "Derek Hollins")]),

# 7 -- rugby union disciplinary ruling, UK broadsheet style, curly quotes: partial quotes from a written judgment, director of rugby, head coach with "she said" after a question, player statement through the club
('''Northgate Saints flanker Callum Reid has been banned for six weeks after an independent disciplinary panel ruled that his tackle on Westmoor’s Tomás Ferreira met the red-card threshold.

Reid, 27, was sent off in the 54th minute of Saturday’s Premiership match at Riverside Park after his shoulder made direct contact with Ferreira’s head.

Helen Carrow, the barrister who chaired the three-person panel, said in the written judgment that the tackle carried “a high degree of danger” and that Reid had been “upright and with no attempt to lower his height” as Ferreira stepped inside him.

The panel applied a mid-range entry point of six weeks. Carrow noted that Reid had “shown limited acknowledgement of wrongdoing” during Tuesday’s hearing and declined to offer any mitigation.

Northgate’s director of rugby, Alan Prentice, said the club was “disappointed” and would consider an appeal.

“Callum is not a dirty player. Anyone who has watched him over eight years knows that. Ferreira dipped late, and we think that should have been taken into account. We’ll look at the written reasons carefully before deciding our next step,” Prentice said.

Ferreira left the field with a head injury and failed his head injury assessment. Westmoor’s head coach, Ruth Abernethy, said he was “doing OK” and would follow the graduated return-to-play protocols.

“Tomás is a tough lad, but you don’t mess about with heads. He’ll be back when the doctors say he’s back and not a day before,” Abernethy said.

Asked whether the ban was long enough, she said: “That’s for the panel. My concern is my player.”

Reid issued a short statement through the club on Tuesday evening. “I would never set out to hurt anyone on a rugby pitch, and I have messaged Tomás to wish him a quick recovery,” he said. “I respect the process.”

Unless Northgate appeal, Reid will be available again for the Champions Cup quarter-final in April.''',
 [("a high degree of danger", "Helen Carrow"),
  ("upright and with no attempt to", "Helen Carrow"),
  ("shown limited acknowledgement of wrongdoing", "Helen Carrow"),
  ("disappointed", "Alan Prentice"),
  ("Callum is not a dirty player", "Alan Prentice"),
  ("doing OK", "Ruth Abernethy"),
  ("Tomás is a tough lad, but you", "Ruth Abernethy"),
  ("That’s for the panel. My concern", "Ruth Abernethy"),
  ("I would never set out to", "Callum Reid"),
  ("I respect the process", "Callum Reid")]),

# 8 -- city marathon, AP wire style, straight quotes: "said through an interpreter", "she said" with two women, "said X, 30", "he said, smiling", race director, spectators' signs, unnamed retired teacher
('''TORONTO (AP) -- Tigist Alemu of Ethiopia broke the course record at the Lakeshore Marathon on Sunday, pulling away from defending champion Faith Chebet over the final three kilometers to win in 2 hours, 19 minutes, 41 seconds.

Alemu, 25, ran alone along the waterfront after Chebet, of Kenya, faded near the 39-kilometer mark. Chebet finished 52 seconds back.

"I felt good from the start. The pacemakers were perfect, and when Faith dropped back I decided not to look behind me," Alemu said through an interpreter.

Chebet said she had been troubled by a calf problem since the halfway point. "It was tight from about 20K," she said. "I tried to hold on, but she was too strong today. I'll come back."

In the men's race, Daniel Kiprono of Kenya outsprinted his countryman Elias Rotich over the final 200 meters to win in 2:06:58, the second-fastest time in race history.

"The last kilometer was very hard. Elias is a good friend, we train together in Iten, so I knew he would not give up," said Kiprono, 30.

Rotich, beaten by two seconds, was philosophical. "Two seconds. That's one bad step at a water station," he said, smiling.

Race director Karen Whitcombe said about 26,000 runners had started the marathon and half-marathon, a record for the event.

"We were nervous about the wind overnight, but it dropped right off before the start. For the elites it was close to perfect," Whitcombe said.

Thousands of spectators lined Lake Shore Boulevard, some holding handmade signs reading "Run Like You Stole It" and "Worst Parade Ever."

Among the finishers was a 71-year-old retired teacher from Hamilton, Ontario, who completed her 40th marathon. "My knees are telling me it should be the last one, but my heart says otherwise," she said.

Alemu collects $40,000 for the win plus a $25,000 course-record bonus.''',
 [("I felt good from the start", "Tigist Alemu"),
  ("It was tight from about 20K", "Faith Chebet"),
  ("I tried to hold on, but", "Faith Chebet"),
  ("The last kilometer was very hard", "Daniel Kiprono"),
  ("Two seconds. That's one bad step", "Elias Rotich"),
  ("We were nervous about the wind", "Karen Whitcombe"),
  ("Run Like You Stole It", None),
  ("Worst Parade Ever", None),
  ("My knees are telling me it", "~teacher")]),

# 9 -- transfer completed, UK broadsheet/Sky Sports style, curly quotes: club's social-media caption, "said X's sporting director, Y", partial quotes, "told the club's website", split quote, selling club statement, "told the newspaper A Bola", banner in Portuguese
('''Wrexford City have completed the signing of the Portugal Under-21 midfielder Rui Sampaio from Sporting Vale for a club-record fee of £38m, ending a transfer saga that has dragged on for most of the summer.

The 22-year-old has signed a five-year contract with the option of a further year. Wrexford announced the deal on social media shortly after 11pm on Thursday, posting a video of Sampaio walking through the club’s training ground with the caption “Bem-vindo, Rui.”

“Rui is a player we have tracked for more than two years. He has the technical quality and the personality to play in the biggest games, and we are delighted he has chosen us,” said Wrexford’s sporting director, Hannah Lowther.

Sampaio said joining the club was “a dream since I was a boy watching the Premier League with my father”.

“I know there is pressure with the fee, but I don’t think about that. I want to win trophies here,” he told the club’s website.

Wrexford’s manager, Thomas Engel, had made no secret of his interest, describing Sampaio in July as “exactly the profile we need”. At his pre-season press conference on Friday, the German could not stop smiling.

“Finally, it is done,” Engel said. “It took a long time and a lot of coffee, but he is here. He will train with us on Monday and we will see about Saturday.”

Sporting Vale, who had initially insisted that Sampaio was not for sale, said in a statement that they had accepted an offer “that reflects the exceptional value of the player and protects the club’s financial future”.

Sampaio’s agent, Nuno Meireles, told the Portuguese newspaper A Bola that the player had turned down approaches from two other Premier League clubs. “Rui wanted Wrexford from the first day. The other offers were never serious for him,” Meireles said.

Not all Vale supporters were pleased. On Friday morning a banner reading “Clube Não Se Vende” – the club is not for sale – was hung from the gates of the club’s stadium.''',
 [("Bem-vindo, Rui.", "Wrexford City"),
  ("Rui is a player we have tracked", "Hannah Lowther"),
  ("a dream since I was a boy", "Rui Sampaio"),
  ("I know there is pressure with", "Rui Sampaio"),
  ("exactly the profile we need", "Thomas Engel"),
  ("Finally, it is done", "Thomas Engel"),
  ("It took a long time and", "Thomas Engel"),
  ("that reflects the exceptional value of", "Sporting Vale"),
  ("Rui wanted Wrexford from the first", "Nuno Meireles"),
  ("Clube Não Se Vende", None)]),

# 10 -- boxing news conference, ESPN style, straight quotes: nickname in quotes, "X, 27, said", descriptions ("the Mexican"), promoter, partial quote from trainer, athletic commission spokesman, fans' chant, Instagram caption
('''LAS VEGAS -- Welterweight champion Andre "The Surgeon" Whitaker and Mexican challenger Luis Carmona had to be pulled apart by security at Thursday's final news conference, two days before they meet for the WBC title at the Silver Crest Arena.

The pair went face to face for the customary photo, and Carmona shoved Whitaker in the chest after the champion leaned in and said something that was not picked up by the microphones.

"He wants to play tough guy for the cameras. Fine. Saturday there's no cameras in the ring, it's just me and him," Carmona, 27, said once order had been restored. "I'm going to take everything he has."

Whitaker, 31, who is 29-0 with 21 knockouts, barely looked up from his phone while Carmona spoke.

"I've heard all this before. Every guy comes in here with a speech, and every guy goes home without my belt," Whitaker said.

Promoter Gina Castellano, whose company is staging the fight, said she was not worried about the scuffle.

"These are two proud young men who don't like each other. That's boxing. What I care about is that they both make weight tomorrow and we get the fight the fans deserve," Castellano said.

Carmona's trainer, Rafael Ortiz, said the Mexican had been "the most disciplined I've ever seen him" during a 12-week camp in Big Bear, California.

The Nevada State Athletic Commission said it would review footage of the incident. "Any further physical altercations before the bout may result in fines or other disciplinary action," a commission spokesman said.

Several hundred fans who had been let into the ballroom for the event split along predictable lines, with Carmona's supporters chanting "Me-xi-co! Me-xi-co!" as Whitaker left the stage.

Whitaker later posted a video on Instagram of himself laughing in his hotel room, with the caption "Saturday night. Lights out."

Both fighters weigh in on Friday afternoon.''',
 [("He wants to play tough guy", "Luis Carmona"),
  ("I'm going to take everything he", "Luis Carmona"),
  ("I've heard all this before", "Andre Whitaker"),
  ("These are two proud young men", "Gina Castellano"),
  ("the most disciplined I've ever seen", "Rafael Ortiz"),
  ("Any further physical altercations before the", "Nevada State Athletic Commission"),
  ("Me-xi-co! Me-xi-co!", None),
  ("Saturday night. Lights out.", "Andre Whitaker")]),

# 11 -- golf final round, BBC Sport style, curly quotes: "told Sky Sports", split quotes, "she said" for the runner-up, partial quote from caddie, winner's mother with same surname, tour's post on X, "the 23-year-old said"
('''Isla Drummond holed a 25-foot birdie putt on the final green to claim her first Ladies European Tour title in front of a home crowd at Dunmarnock Links.

The 23-year-old from Perth finished on 11 under par, one shot clear of Sweden’s Sofia Lindqvist, who had led by two with three holes to play.

“I honestly didn’t read that putt at all. I just hit it and hoped,” Drummond told Sky Sports moments after being soaked in champagne by her fellow Scottish players. “I’ve been coming here since I was about eight, watching from behind the ropes, so to win here is just mad.”

Lindqvist, 30, bogeyed the 16th and 17th after finding a greenside bunker at each.

“Two bad swings at the wrong time, that’s golf,” she said. “Isla played beautifully coming in. I’m happy for her, even if I’m not happy for me.”

Drummond’s caddie, Fraser McColl, who carried her bag through three seasons on the second-tier Access Series, said he had told her on the 18th tee to “just enjoy it, because you’ll never have this walk for the first time again”.

Her mother, Moira Drummond, a PE teacher in Perth, watched the closing holes from the grandstand beside the 18th green.

“I couldn’t look. I had my hands over my eyes for the putt, and the people next to me told me it had gone in,” Moira Drummond said. “She’s worked so hard for this.”

The Ladies European Tour posted a clip of the winning putt on X with the caption: “SCENES at Dunmarnock!”

The victory lifts Drummond to 14th on the tour’s order of merit and earns her a place in next month’s AIG Women’s Open.

“That’s the one everyone wants to play,” the 23-year-old said. “I’ll maybe have a wee sleep first.”''',
 [("I honestly didn’t read that putt", "Isla Drummond"),
  ("I’ve been coming here since I", "Isla Drummond"),
  ("Two bad swings at the wrong", "Sofia Lindqvist"),
  ("Isla played beautifully coming in", "Sofia Lindqvist"),
  ("just enjoy it, because you’ll never", "Fraser McColl"),
  ("I couldn’t look. I had my", "Moira Drummond"),
  ("She’s worked so hard for this", "Moira Drummond"),
  ("SCENES at Dunmarnock!", "Ladies European Tour"),
  ("That’s the one everyone wants to", "Isla Drummond"),
  ("I’ll maybe have a wee sleep", "Isla Drummond")]),

# 12 -- Gaelic football Hawk-Eye failure, Irish newspaper style, straight quotes: screen message, split quote, "Asked whether..., X said:", governing body statement, partial quote, "he said", "told RTE's The Sunday Game" partial
('''The Gaelic Athletic Association (GAA) has launched a review after a Hawk-Eye malfunction in the closing minutes of Sunday's All-Ireland SFC qualifier between Westmeath and Down, which Down won by a single point.

With the sides level in the 73rd minute, Down corner-forward Ciarán McAlinden's shot from the right wing appeared to drift wide of the far post. Referee Declan Furey called for Hawk-Eye, but after a delay of almost two minutes the big screen at Breffni Park displayed the message "Technology Unavailable" and the umpires' original decision - a point - stood.

Westmeath manager Pádraig Mulvihill was scathing afterwards.

"We've had the same ball looked at from six angles on the telly and it's wide by a foot," Mulvihill said. "Eight months of work from these lads and it comes down to a machine that turns itself off."

Asked whether he blamed the umpire, Mulvihill said: "No. The umpire made a call in real time. That's what he's there for. The problem is the backup system, and that's not on him."

In a statement on Monday, the GAA said: "Due to a technical fault, the Hawk-Eye system was not available for the score in question. In accordance with the rules, the decision of the match officials on the day stands. A full review of the incident is under way with the service provider."

The association added that it "sincerely regrets" the disruption caused to both teams and their supporters.

Down manager Eoin Magennis said he understood Westmeath's frustration but insisted his side had deserved the win.

"We were the better side for long spells," he said. "I'd be sore too if I was in Pádraig's shoes, but you don't get to choose which decisions go for you."

McAlinden, asked by reporters outside the dressing room whether he thought the ball had gone over, grinned. "I was looking at the umpire, not the post," he said.

Former Westmeath captain Seán Kilbride told RTÉ's The Sunday Game that it was "a disgrace" that a championship match could be decided in such a manner.

Down face Monaghan in the next round on Saturday week.''',
 [("Technology Unavailable", None),
  ("We've had the same ball looked", "Pádraig Mulvihill"),
  ("Eight months of work from these", "Pádraig Mulvihill"),
  ("No. The umpire made a call", "Pádraig Mulvihill"),
  ("Due to a technical fault, the", "Gaelic Athletic Association"),
  ("sincerely regrets", "Gaelic Athletic Association"),
  ("We were the better side for", "Eoin Magennis"),
  ("I'd be sore too if I", "Eoin Magennis"),
  ("I was looking at the umpire", "Ciarán McAlinden"),
  ("a disgrace", "Seán Kilbride")]),

# 13 -- cycling stage crash, wire/cycling-site style, curly quotes: split quotes, team statement "the statement said", "he told the French broadcaster", partial quote from race director, Instagram post "she wrote"
('''Femke Aalders won a chaotic third stage of the Tour of Normandy in Caen on Tuesday after a crash inside the final kilometre brought down a dozen riders, including the race leader, Chloé Marchand.

Aalders, 24, of the Dutch team Lumina, avoided the pile-up by centimetres, going around the outside of the final bend before sprinting clear.

“I heard the noise behind me, that horrible noise of carbon and metal, and I just didn’t look back. It’s not the way you want to win. I hope everyone is OK,” Aalders said.

Marchand, who had led the race since the opening time trial, remounted and crossed the line holding her left arm. Under the race’s three-kilometre rule she was given the same time as the stage winner and keeps the leader’s jersey.

Her team, Équipe Atlantique, said in a statement that Marchand had been taken to hospital in Caen for X-rays on her wrist and collarbone.

“Chloé is conscious and in good spirits but in a lot of pain,” the statement said. “We will give an update on her participation in tomorrow’s stage as soon as we can.”

Atlantique’s directeur sportif, Jean-Luc Perrot, was critical of the finish. “A 90-degree corner 600 metres from the line, on a road this narrow? Everyone in the peloton knew this would happen,” he told the French broadcaster France Télévisions. “Someone drew this on a map and never rode it.”

Race director Sandrine Lefebvre defended the route, saying the corner had been “inspected several times” and protected with barriers and padding.

“Crashes in sprints are part of cycling, sadly. We will of course speak with the teams and the riders’ association and see what we can learn,” Lefebvre said.

Marchand later posted a photograph from her hospital bed on Instagram, her arm in a sling. “Nothing broken!!! Lots of skin missing,” she wrote. “See you at the start tomorrow, I hope.”

Aalders moves up to second overall, 14 seconds behind Marchand.''',
 [("I heard the noise behind me", "Femke Aalders"),
  ("Chloé is conscious and in good", "Équipe Atlantique"),
  ("We will give an update on", "Équipe Atlantique"),
  ("A 90-degree corner 600 metres from", "Jean-Luc Perrot"),
  ("Someone drew this on a map", "Jean-Luc Perrot"),
  ("inspected several times", "Sandrine Lefebvre"),
  ("Crashes in sprints are part of", "Sandrine Lefebvre"),
  ("Nothing broken!!! Lots of skin missing", "Chloé Marchand"),
  ("See you at the start tomorrow", "Chloé Marchand")]),

# 14 -- high-school football coach retires, US local paper style, straight quotes: "X said Monday in his office", "said athletic director X", school district statement partial, "said in a phone interview", marquee lettering, "he said" split
('''MILLBROOK -- After 34 seasons, 287 wins and four state championships, Ron Kessler is stepping down as head football coach at Millbrook High School.

Kessler, 66, told his players of his decision in the locker room after Friday's 28-14 playoff loss to Fairview, then made it official in a letter to the Millbrook Unified School District on Monday morning.

"I told them the truth, which is that I've been thinking about it for a couple of years and I kept finding reasons to come back," Kessler said Monday in his office, which was already half-packed into cardboard boxes. "This group made it easy to stay. They also made it easy to go out proud."

Kessler took over a program that had won three games in the two seasons before he arrived in 1990. Within five years the Millbrook Mustangs were playing for a state title.

"He built this whole thing from the ground up. You can't replace Ron. You just hire somebody and hope they're half as good," said athletic director Tanya Ruiz, who played softball at Millbrook when Kessler was teaching driver's ed there.

The school district said in a statement that it was "deeply grateful" for Kessler's service and would begin the search for his replacement immediately.

Among those who called Kessler on Monday was Marcus Lyle, the former Millbrook quarterback who went on to play eight seasons in the NFL.

"He's the reason I went to college, period. My mom was working two jobs, and Coach Kessler drove me home after practice every night for three years. He never once made a big deal out of it," Lyle said in a phone interview.

By Monday afternoon someone had changed the lettering on the marquee outside the school to read "THANK YOU COACH K - 34 YEARS."

Senior linebacker DeShawn Porter, who played Friday's game with a broken thumb, said the team had been stunned.

"Nobody saw it coming. A couple guys were crying. He just told us we were going to be fine, and then he walked out," Porter said.

Kessler said he planned to spend more time with his wife, Linda, and their seven grandchildren. "I might even go to a game as a fan," he said. "I don't know if I know how to do that."''',
 [("I told them the truth, which", "Ron Kessler"),
  ("This group made it easy to", "Ron Kessler"),
  ("He built this whole thing from", "Tanya Ruiz"),
  ("deeply grateful", "Millbrook Unified School District"),
  ("He's the reason I went to", "Marcus Lyle"),
  ("THANK YOU COACH K - 34 YEARS", None),
  ("Nobody saw it coming. A couple", "DeShawn Porter"),
  ("I might even go to a game", "Ron Kessler"),
  ("I don't know if I know", "Ron Kessler")]),

# 15 -- national-team squad announcement, BBC Sport Wales style, curly quotes: partial quote in lead, split quote, "Asked how..., X added:", "told BBC Sport Wales", Instagram "she wrote", FA statement partial, pundit "told BBC Radio Wales"
('''Wales head coach Gemma Prosser has left veteran striker Cerys Hughes-Morgan out of her squad for next month’s Euro qualifiers, describing it as “the hardest phone call I’ve made in this job”.

Hughes-Morgan, 34, is Wales’ record goalscorer with 47 goals in 112 appearances but has started only twice for her club, Severnside, this season.

“Cerys is a legend of Welsh football and nothing I say today changes that,” Prosser said at the squad announcement in the Vale of Glamorgan. “But I have to pick on form and minutes, and right now there are players ahead of her.”

Prosser said she had spoken to the striker on Sunday evening. Asked how Hughes-Morgan had taken the news, Prosser added: “How you would expect. She was disappointed, she was honest and she was dignified. That’s Cerys.”

In Hughes-Morgan’s place comes 19-year-old Lowri Pritchard of Aberwen City, who has scored eight goals in 11 games this season.

“I’m still in shock, to be honest. I grew up with a poster of Cerys on my bedroom wall, so I just want to make the most of it,” Pritchard told BBC Sport Wales.

Hughes-Morgan responded on Instagram on Monday night with a photograph of herself in a Wales shirt. “Not the news I wanted, but the shirt was never mine to keep,” she wrote. “Good luck girls. I’ll be in the stand singing.”

The Football Association of Wales said in a statement that Hughes-Morgan remained “very much part of the Wales family” and would be invited to the squad’s send-off event in Cardiff.

Former Wales captain Rhian Beddoe, now a pundit, told BBC Radio Wales she understood the decision but questioned the timing.

“You don’t leave out your record scorer on the eve of a qualifying campaign unless you’re very sure,” Beddoe said. “Gemma must be very sure.”

Wales open their campaign against Slovenia in Llanelli on 4 April.''',
 [("the hardest phone call I’ve made", "Gemma Prosser"),
  ("Cerys is a legend of Welsh", "Gemma Prosser"),
  ("But I have to pick on", "Gemma Prosser"),
  ("How you would expect. She was", "Gemma Prosser"),
  ("I’m still in shock, to be", "Lowri Pritchard"),
  ("Not the news I wanted, but", "Cerys Hughes-Morgan"),
  ("Good luck girls. I’ll be in", "Cerys Hughes-Morgan"),
  ("very much part of the Wales", "Football Association of Wales"),
  ("You don’t leave out your record", "Rhian Beddoe"),
  ("Gemma must be very sure", "Rhian Beddoe")]),

# 16 -- jump racing, Racing Post / British tabloid style, single quotes: "said the 26-year-old", split quotes, trainer, unnamed syndicate member (retired postman), governing body spokeswoman, post on X, continuation with no speech verb
('''Molly Gallagher survived a stewards' inquiry to win the Welsh Grand National on 20-1 shot Kilbarron Lad at a rain-soaked Chepstow on Saturday.

The nine-year-old, trained by Philip Dunleavy in Herefordshire, held off the favourite Storm Harbour by a short head after the pair bumped twice on the run-in.

The stewards took almost 15 minutes to decide that the interference had not affected the result, during which time Gallagher sat on an upturned bucket in the weighing room with her head in her hands.

'That was the longest quarter of an hour of my life,' said the 26-year-old, who was riding in the race for the first time. 'I knew we'd come off a true line a bit, but so did the other horse. I thought it was fifty-fifty.'

Storm Harbour's rider, Tom Rafferty, felt his mount had been carried left. 'My fella was coming back at him and lost his momentum when we got bumped,' Rafferty said. 'I'd have liked it to go the other way, obviously, but the stewards have had a good look and that's that.'

Dunleavy, who has 30 horses at his yard near Ledbury, said it was the biggest win of his career. 'I've been training 22 years and never had a runner in this race,' he said. 'We nearly didn't bring him because of the ground. Molly rang me on Thursday and told me to let him take his chance, and she was right.'

Kilbarron Lad is owned by a syndicate of 12 friends from Newport. One of them, a retired postman, said: 'We each put in £1,500 four years ago. Best money I've ever spent.'

The British Horseracing Authority confirmed that all 18 runners had returned safely. 'All horses were assessed by the veterinary team after the race and none required treatment,' a BHA spokeswoman said.

Gallagher later posted on X: 'Cried in the weighing room, cried in the winner's enclosure, still crying now. What a horse.'

Dunleavy said Kilbarron Lad could now be aimed at the Grand National at Aintree in April. 'We'll see how he comes out of it. He's earned a holiday first.'

It was the second Welsh National win for a female jockey in the last five runnings.''',
 [("That was the longest quarter of", "Molly Gallagher"),
  ("I knew we'd come off a", "Molly Gallagher"),
  ("My fella was coming back at", "Tom Rafferty"),
  ("I'd have liked it to go", "Tom Rafferty"),
  ("I've been training 22 years and", "Philip Dunleavy"),
  ("We nearly didn't bring him because", "Philip Dunleavy"),
  ("We each put in £1,500 four", "~postman"),
  ("All horses were assessed by the", "British Horseracing Authority"),
  ("Cried in the weighing room, cried", "Molly Gallagher"),
  ("We'll see how he comes out", "Philip Dunleavy")]),

# 17 -- swimming trials, Australian press style, straight quotes: "X said poolside", two partial quotes in one sentence, "said, her voice breaking", "She later told reporters" partial, national head coach, Instagram caption from a teammate
('''ADELAIDE -- Sixteen-year-old Ruby Tran has booked her place at the world championships after winning the women's 200m butterfly at the Australian trials, while two-time Olympian Kate Linden missed out in what is likely to be the final race of her career.

Tran, from the Gold Coast, touched in 2:06.14, the fastest time by an Australian this year. Linden finished fourth in 2:08.90.

"I didn't even look at the board at first because I was scared to. Then I saw the 1 next to my name and I just started screaming underwater," Tran said poolside.

Her coach, Anthony Pirelli, said Tran had "no fear" and trained "like someone twice her age."

"She's the most coachable kid I've ever had. You tell her something once and she does it," Pirelli said.

Linden, 31, who won two Olympic relay medals, received a standing ovation from the crowd at the South Australia Aquatic and Leisure Centre as she climbed out of the pool.

"I think that's probably it for me," Linden said, her voice breaking. "I've had an amazing career and I wouldn't change anything. Watching Ruby swim that, I feel like the event's in good hands."

She later told reporters she would "sit down with my family and make a proper decision in the next few weeks."

Swimming Australia head coach Rhys Calloway said the team for the world championships would be "one of the youngest we've taken to a major meet."

"There's a real changing of the guard happening. We'll miss people like Kate, but the depth coming through is exciting," Calloway said.

Linden's long-time training partner, fellow Olympian Georgia Fenwick, posted a photo of the pair on Instagram with the caption "Forever my favourite teammate. What a career."

The world championship team will be announced on Sunday, the final night of the trials.''',
 [("I didn't even look at the", "Ruby Tran"),
  ("no fear", "Anthony Pirelli"),
  ("like someone twice her age", "Anthony Pirelli"),
  ("She's the most coachable kid I've", "Anthony Pirelli"),
  ("I think that's probably it for", "Kate Linden"),
  ("I've had an amazing career and", "Kate Linden"),
  ("sit down with my family and", "Kate Linden"),
  ("one of the youngest we've taken", "Rhys Calloway"),
  ("There's a real changing of the", "Rhys Calloway"),
  ("Forever my favourite teammate. What a", "Georgia Fenwick")]),

# 18 -- manager sacked, English regional press style, curly quotes: club statement "read a club statement" split, fans' chant, chairman partial and full quote, managers' association statement partial, caretaker split quote, Instagram post, closing partial
('''Harbury Town have sacked manager Neil Cartwright after Saturday’s 4-0 home defeat by Stockleigh left the League One club one place above the relegation zone.

Cartwright, 47, was appointed in May on a three-year contract after leading Dunford Rovers to promotion from League Two. Town have won three of their 19 league games under him.

“The board would like to thank Neil for his hard work and commitment,” read a club statement released shortly before 9am on Monday. “However, results have fallen well below the standards expected, and we believe a change is needed to give the club the best chance of securing its League One status.”

Home supporters had chanted “You don’t know what you’re doing” at the dugout during the second half on Saturday, and a small group gathered outside the directors’ entrance after the final whistle.

Chairman Vikram Sethi, who bought the club in 2021, told the club’s media team that the decision had been “the most difficult of my time here”.

“Neil is a good man and a good coach, and I genuinely believed he was the right appointment. But I have a responsibility to this town and to 400 staff, and I cannot sit and watch us drift into League Two,” Sethi said.

The League Managers Association said in a statement that Cartwright had been given “insufficient time to implement his ideas” and that he wished the club well for the rest of the season.

Academy manager Gareth Lunn will take temporary charge for Saturday’s trip to Oakfield.

“It’s not a nice day for anybody. Neil gave me my first job in senior football,” Lunn said. “But the players have to respond now. There’s no hiding place.”

Club captain Jordan Asante wrote on Instagram: “Thank you gaffer. We let you down and that’s on us as players.”

Sethi said a permanent appointment would be made “within the next fortnight” and that he had already received more than 50 applications.''',
 [("The board would like to thank", "Harbury Town"),
  ("However, results have fallen well below", "Harbury Town"),
  ("You don’t know what you’re doing", None),
  ("the most difficult of my time", "Vikram Sethi"),
  ("Neil is a good man and", "Vikram Sethi"),
  ("insufficient time to implement his ideas", "League Managers Association"),
  ("It’s not a nice day for", "Gareth Lunn"),
  ("But the players have to respond", "Gareth Lunn"),
  ("Thank you gaffer. We let you", "Jordan Asante"),
  ("within the next fortnight", "Vikram Sethi")]),

# 19 -- para-athlete homecoming parade, Canadian local news style, straight quotes: children's signs, "X said, laughing, after...", mayor, coach partial and full quote, athlete's mother "she said", Paralympic committee post on X partial, closing "she said"
('''GREYHILL, Sask. -- Hundreds of people lined Railway Avenue on Saturday to welcome home wheelchair racer Jenna Makwa, who won gold in the women's T54 1,500 metres at the world para athletics championships last month.

Makwa, 22, rode the final stretch of the parade route in the back of a red convertible, waving a Canadian flag as children held up signs reading "Greyhill's Golden Girl" and "Jenna Goes Fast."

"I didn't expect this. I thought maybe my mom and a couple of cousins would be here," Makwa said, laughing, after she was presented with a framed jersey at the town hall. "This town raised money for my first racing chair when I was 14. Everything I've done, they're part of it."

Mayor Doug Pelletier proclaimed Saturday as Jenna Makwa Day and announced that the town's new outdoor track would carry her name.

"Most of us have known Jenna since she was racing kids down this street in her everyday chair and beating them. We always knew she was going places. We just didn't know it would be the top of the podium," Pelletier said.

Her coach, Monique Dufresne, who trains Makwa in Saskatoon, said the gold medal was the product of "four years of very boring, very hard work."

"People see the final 200 metres. They don't see the 6 a.m. sessions in January when it's minus 35 and we're training in a parking garage," Dufresne said.

Makwa's mother, Sharon Makwa, stood at the back of the crowd holding a homemade banner.

"When she was born, doctors told us all the things she wouldn't be able to do. I wish I could find every one of them today," she said.

The Canadian Paralympic Committee congratulated Makwa in a post on X, calling her "a champion on and off the track."

Makwa said she would take two weeks off before starting preparations for next year's Paralympic Games. "Then it's back to the parking garage," she said.''',
 [("Greyhill's Golden Girl", None),
  ("Jenna Goes Fast.", None),
  ("I didn't expect this. I thought", "Jenna Makwa"),
  ("This town raised money for my", "Jenna Makwa"),
  ("Most of us have known Jenna", "Doug Pelletier"),
  ("four years of very boring, very", "Monique Dufresne"),
  ("People see the final 200 metres", "Monique Dufresne"),
  ("When she was born, doctors told", "Sharon Makwa"),
  ("a champion on and off the", "Canadian Paralympic Committee"),
  ("Then it's back to the parking", "Jenna Makwa")]),

# 20 -- rugby league coach's outburst, Sydney broadsheet style, curly quotes: crowd chant, "told his post-match press conference" split, "He went on:", governing body statement partial, head of football partial and "told 2GB", Instagram caption, opposing captain split "he said"
('''Illawarra Kestrels coach Shane Mulholland faces a fine of up to $50,000 after an extraordinary attack on the Bunker following his side’s 20-18 loss to the Hunter Rams on Sunday.

The Kestrels were denied a match-levelling try in the 78th minute when the Bunker ruled that winger Tevita Fonua had lost the ball in the act of grounding, overturning the on-field decision of referee Matt Carey. Sections of the 14,000 crowd at WIN Stadium responded by chanting “Bunker out! Bunker out!”

“I’ve been in this game 30 years and that is the worst decision I have ever seen, and I’ve seen a few,” Mulholland told his post-match press conference. “Every person in this room saw him put it down. Every person watching at home saw it. The only bloke who didn’t is sitting in a dark room in Moore Park.”

He went on: “If they want to fine me, go ahead. I’ll pay it. I’ll pay it twice.”

The National Rugby League said in a statement on Monday that Mulholland had been issued with a breach notice for comments “that question the integrity of match officials”. He has five business days to respond.

The NRL’s head of football, Craig Denholm, said the decision had been reviewed and was “a very tight call, but one the Bunker official was entitled to make on the available angles”.

“We understand the frustration, but there’s a line, and questioning the integrity of officials crosses it,” Denholm told 2GB on Monday morning.

Fonua, who had appeared to score a double, posted a freeze-frame of the grounding on Instagram with the caption: “You be the judge.”

Rams captain Josh Reardon sympathised with his opponents. “If that was us, we’d be filthy too. But you take the wins, and we’ll take that one,” he said.

The Kestrels travel to Townsville next Saturday.''',
 [("Bunker out! Bunker out!", None),
  ("I’ve been in this game 30", "Shane Mulholland"),
  ("Every person in this room saw", "Shane Mulholland"),
  ("If they want to fine me", "Shane Mulholland"),
  ("that question the integrity of match", "National Rugby League"),
  ("a very tight call, but one", "Craig Denholm"),
  ("We understand the frustration, but there’s", "Craig Denholm"),
  ("You be the judge.", "Tevita Fonua"),
  ("If that was us, we’d be", "Josh Reardon")]),

# 21 -- snooker semi-final, BBC Sport style, straight quotes: "told BBC Two" split, unnamed spectator's shout, split quote, tour body statement partial, player's mother "she said afterwards", "he said" split
('''Liam Harker reached his first World Championship final with a 17-14 win over defending champion Danny Whelan in a tense semi-final at the Crucible.

Harker, 28, from Grimsby, trailed 12-9 at the start of Saturday's final session but won eight of the last 11 frames, sealing victory with a break of 92.

"I don't know where that came from, to be honest," Harker told BBC Two. "I was sat in my chair at 12-9 thinking about what I'd say in my losing interview. Then I just started potting balls."

Whelan, who won the title 12 months ago, was visibly unsettled in the 27th frame, with the match level at 13-13, when a spectator shouted "Come on, Liam!" as he was about to play a crucial red.

Referee Marta Kowalczyk asked the crowd for quiet, and the man was later spoken to by venue staff.

"It's the Crucible. It's meant to be silent. That's the whole point of the place," Whelan said. "I'm not blaming that for the result. Liam played better than me in the last session. But it didn't help."

World Snooker Tour said in a statement that the spectator had been "reminded of the conditions of entry" and allowed to remain in the arena.

Harker's mother, Janet Harker, watched from the front row. "I've not breathed for about three hours," she said afterwards.

Harker will face Scotland's Rory Baird over 35 frames on Sunday and Monday.

Asked about the final, Harker smiled. "He's been the best player in the world this season. I'll need to be better than I was today," he said. "But I'm in the final of the World Championship. I'll enjoy that tonight and worry about Rory tomorrow."''',
 [("I don't know where that came", "Liam Harker"),
  ("I was sat in my chair", "Liam Harker"),
  ("Come on, Liam!", "~spectator"),
  ("It's the Crucible. It's meant to", "Danny Whelan"),
  ("I'm not blaming that for the", "Danny Whelan"),
  ("reminded of the conditions of entry", "World Snooker Tour"),
  ("I've not breathed for about three", "Janet Harker"),
  ("He's been the best player in", "Liam Harker"),
  ("But I'm in the final of", "Liam Harker")]),

# 22 -- Test cricket day report, ESPNcricinfo style, curly quotes: banner, split quote, "He added:", coach partial then split quote, opposing bowler by short name, unnamed tuk-tuk driver
('''Dilan Rathnayake struck an unbeaten 148 on his home ground to put Sri Lanka in command of the second Test against Bangladesh in Galle, steering them to 387 for 5 at stumps on the second day.

The 26-year-old left-hander, playing only his fourth Test, brought up his maiden century with a reverse sweep off the left-arm spinner Mahmudul Karim, sparking wild celebrations in the stands and on the ramparts of the Galle Fort, where a group of supporters unfurled a banner reading “Dilan – Pride of Galle”.

“I grew up ten minutes from here. I used to climb the fort walls to watch Test matches for free,” Rathnayake said at the end of the day’s play. “So to get a hundred here, in front of my parents, I can’t really explain it.”

He added: “The coach told me in the morning to just bat time, and the runs would come. That’s what I tried to do.”

Sri Lanka’s head coach, the former England batter Mark Pelham, described the innings as “as complete a knock as you’ll see on this surface”.

“He was patient, he left well, he picked the right balls to attack,” Pelham said. “For a young player under pressure to keep his place, that’s a real statement.”

Mahmudul, who finished with two for 104 from 36 overs, admitted Bangladesh had been too defensive after lunch. “We bowled too many balls on his pads, and he doesn’t miss those. Tomorrow we need to come with a fresh mind and take early wickets,” he said.

Among the crowd was a tuk-tuk driver who said he had watched every Galle Test since 2001. “I have seen the great players here. Today this boy from our town is one of them,” he said.

Bangladesh will need to bat for most of two days to save the Test.''',
 [("Dilan – Pride of Galle", None),
  ("I grew up ten minutes from", "Dilan Rathnayake"),
  ("So to get a hundred here", "Dilan Rathnayake"),
  ("The coach told me in the", "Dilan Rathnayake"),
  ("as complete a knock as you’ll", "Mark Pelham"),
  ("He was patient, he left well", "Mark Pelham"),
  ("For a young player under pressure", "Mark Pelham"),
  ("We bowled too many balls on", "Mahmudul Karim"),
  ("I have seen the great players", "~driver")]),

# 23 -- doping ban, Reuters wire style, straight quotes: integrity unit statement split, lawyer split quote and "told Reuters" partial, Instagram "he wrote", national federation partial, rival "told reporters in Kingston" split
('''MONACO (Reuters) - American sprinter Tyrell Vance has been banned for four years after testing positive for clenbuterol, the Athletics Integrity Unit (AIU) said on Wednesday.

Vance, 27, a world championship bronze medallist over 200 metres, returned an adverse finding in an out-of-competition test at his training base in Florida in March.

"The athlete was unable to establish that the violation was not intentional," the AIU said in a statement. "A period of ineligibility of four years has therefore been imposed, commencing from the date of provisional suspension."

Vance has maintained that the positive test was caused by contaminated meat he ate at a restaurant in Mexico during a training camp.

His lawyer, Meredith Khoury, said they would appeal to the Court of Arbitration for Sport.

"Tyrell has passed more than 40 tests in his career. The concentration found in this sample was tiny and entirely consistent with meat contamination," Khoury said. "The panel simply refused to engage with the science."

In a separate phone interview with Reuters, Khoury described the ruling as "a travesty".

Vance posted a lengthy message on Instagram on Wednesday evening. "I have never knowingly taken a banned substance and I never will. I'm going to keep fighting to clear my name, however long it takes," he wrote.

USA Track & Field said it "respects the independent process" and would not comment further while an appeal remained possible.

Jamaica's Kemar Lindo, who finished fourth behind Vance at the last world championships, said every athlete was responsible for what they consumed.

"I feel for anyone who says they're innocent, I really do," Lindo told reporters in Kingston. "But rules are rules, and every athlete knows what goes in their body is their responsibility."

Vance's ban runs until March 2028.''',
 [("The athlete was unable to establish", "Athletics Integrity Unit"),
  ("A period of ineligibility of four", "Athletics Integrity Unit"),
  ("Tyrell has passed more than 40", "Meredith Khoury"),
  ("The panel simply refused to engage", "Meredith Khoury"),
  ("a travesty", "Meredith Khoury"),
  ("I have never knowingly taken a", "Tyrell Vance"),
  ("respects the independent process", "USA Track & Field"),
  ("I feel for anyone who says", "Kemar Lindo"),
  ("But rules are rules, and every", "Kemar Lindo")]),

# 24 -- fan protest over ticket prices, UK broadsheet style, curly quotes: banner, chant, supporters' trust partial, chair with colon, club statement partial and "the statement continued", manager split quote, opposing manager "he said with a smile", unnamed supporter
('''Play was halted twice during Kingsmoor Albion’s 1-1 draw with Castlegate on Saturday as home supporters threw tennis balls onto the pitch in protest at a planned 18% rise in season-ticket prices.

Referee Andrew Pyle took the players to the touchline for almost four minutes in the first half while stewards and ground staff cleared the penalty area in front of the Eastgate End, where a large banner read “£62 For This? Fans Not Customers”.

Supporters also sang “Stand up if you can’t afford it” in the 18th minute, a nod to the size of the proposed increase.

The Kingsmoor Albion Supporters’ Trust, which organised the protest, said it had been “a last resort after months of being ignored”.

Its chair, Rebecca Nwosu, said: “We have written to the club four times since August, we have offered to meet at any time, and we have not had a single meaningful response. Nobody wanted to hold up a game. But they left us no choice.”

Albion said in a statement after the match that the club “respects the right of supporters to protest peacefully” but that throwing objects onto the pitch put players and staff at risk.

“The club has frozen prices for three consecutive seasons and, like every business, now faces significant increases in operating costs,” the statement continued.

Albion manager Phil Dawes said his players had not been distracted.

“The fans have every right to make their feelings known. That’s between them and the board, and I’m not going to get involved. From a football point of view, we should have won the game,” Dawes said.

Castlegate manager Luca Ferrante joked that the break had helped his side. “We were under pressure, so maybe we should thank them,” he said with a smile.

One supporter, a season-ticket holder of 32 years who arrived with a carrier bag full of tennis balls, said: “I’ve never done anything like this in my life. But my son can’t afford to come with me any more, and that’s what this is about.”

Albion confirmed on Sunday that board members would meet representatives of the trust later this month.''',
 [("£62 For This? Fans Not Customers", None),
  ("Stand up if you can’t afford", None),
  ("a last resort after months of", "Kingsmoor Albion Supporters’ Trust"),
  ("We have written to the club", "Rebecca Nwosu"),
  ("respects the right of supporters to", "Kingsmoor Albion"),
  ("The club has frozen prices for", "Kingsmoor Albion"),
  ("The fans have every right to", "Phil Dawes"),
  ("We were under pressure, so maybe", "Luca Ferrante"),
  ("I’ve never done anything like this", "~supporter")]),

# 25 -- figure skater retires, US sports-site style, straight quotes: "said in the video" split, governing body statement partial, coach "said by phone", post on X, partial quote from a TV interview, lobby sign, unnamed parent, closing split "she said"
('''COLORADO SPRINGS, Colo. -- Two-time national champion Alexis Moreau announced her retirement from figure skating on Tuesday, ending a 14-year senior career that included an Olympic team bronze medal and a world championship silver.

Moreau, 29, made the announcement in a video posted to Instagram, filmed at the rink where she has trained since she was 12.

"I've loved every second of this, even the ones that hurt," Moreau said in the video. "But my body has been telling me for a while that it's time, and I finally decided to listen."

The announcement comes five months after she withdrew from the world championships with a hip injury that required surgery in April.

U.S. Figure Skating called Moreau "one of the most artistic and resilient skaters of her generation" in a statement.

Her longtime coach, Irina Beletskaya, said she had known for several weeks that the decision was coming.

"She came into my office in August and we both cried. Alexis was never the biggest jumper. What she had was something you can't teach - she made people feel something," Beletskaya said by phone.

Training partner and fellow Olympian Hannah Cho posted on X: "Skating won't be the same without you. Thank you for holding my hand through all of it."

In an interview with NBC Sports, Moreau said she planned to finish her degree in psychology and "do a lot of boring normal-person things, like eat dessert on a Tuesday."

At her home rink, staff hung a sign in the lobby reading "Merci, Alexis - Forever Our Champion."

One parent at the rink, whose two daughters take lessons there, said: "My girls have her poster on their wall. They were in tears this morning."

Asked whether she might one day return as a coach, Moreau laughed. "Never say never," she said. "But not for a long, long time."''',
 [("I've loved every second of this", "Alexis Moreau"),
  ("But my body has been telling", "Alexis Moreau"),
  ("one of the most artistic and", "U.S. Figure Skating"),
  ("She came into my office in", "Irina Beletskaya"),
  ("Skating won't be the same without", "Hannah Cho"),
  ("do a lot of boring normal-person", "Alexis Moreau"),
  ("Merci, Alexis - Forever Our Champion.", None),
  ("My girls have her poster on", "~parent"),
  ("Never say never", "Alexis Moreau"),
  ("But not for a long, long", "Alexis Moreau")]),
]
# fmt: on

# fmt: off
STORIES_DD = [
# 1 -- AP-style US federal sentencing for embezzlement; straight quotes; partial quote in lede, said X, split quotes, pronoun, sign in hallway
('''OAKDALE, Ohio (AP) — A former youth soccer coach who embezzled nearly $400,000 from a children's league was sentenced Tuesday to six years in prison by a judge who called the theft "a betrayal of every family that ever sold a bake-sale brownie."

Dennis Marchetti, 52, pleaded guilty in March to wire fraud and money laundering. Prosecutors said he used league money over seven years to pay for a lake cabin, a boat and gambling trips to Las Vegas.

"You took money that parents scraped together so their kids could play," said U.S. District Judge Harriet Lindqvist. "I cannot think of a softer target or a meaner crime."

Marchetti, wearing an orange jumpsuit, apologized before the sentence was read. "I'm ashamed of who I became," he said, his voice breaking. "I know sorry doesn't pay anything back."

Assistant U.S. Attorney Keith Obuya had asked for eight years. He told the court that Marchetti had doctored spreadsheets and forged the signature of the league's treasurer on at least 40 checks.

"This was not a moment of weakness. It was a business plan," Obuya said.

Defense attorney Rosalind Park argued for a shorter term, saying her client had sought treatment for a gambling addiction and had already sold the cabin to begin repaying the league.

"He is not asking for a pass. He is asking the court to see the whole man," Park said.

Several parents sat in the gallery. In the hallway outside the courtroom, one mother held a hand-lettered sign that read "Refs get paid. Coaches shouldn't steal."

Tanya Whitcombe, who took over as league treasurer after the theft was discovered, said the league nearly folded in 2022.

"We canceled the fall season for the under-10s," Whitcombe said outside the courthouse. "Those kids didn't understand why. How do you explain that to a 7-year-old?"

Lindqvist also ordered Marchetti to pay $391,250 in restitution. He must report to prison by Aug. 1.''',
 [("a betrayal of every family that", "Harriet Lindqvist"),
  ("You took money that parents scraped", "Harriet Lindqvist"),
  ("I cannot think of a softer", "Harriet Lindqvist"),
  ("I'm ashamed of who I became", "Dennis Marchetti"),
  ("I know sorry doesn't pay anything", "Dennis Marchetti"),
  ("This was not a moment of weakness", "Keith Obuya"),
  ("He is not asking for a pass", "Rosalind Park"),
  ("Refs get paid. Coaches shouldn't steal.", None),
  ("We canceled the fall season for", "Tanya Whitcombe"),
  ("Those kids didn't understand why.", "Tanya Whitcombe")]),

# 2 -- Guardian-style UK crown court manslaughter trial; curly quotes; partial quotes, "told the jury", witness under cross-examination, "the 19-year-old said", told the BBC
('''A scaffolding company director allowed a teenage apprentice to work on a roof without a harness weeks after a safety inspector had warned him that his sites were “an accident waiting to happen”, a jury has heard.

Callum Dryden, 17, died in October 2022 after falling nine metres from a terrace roof in Stockport, Greater Manchester. His employer, Gary Haddleton, 58, denies gross negligence manslaughter.

Opening the prosecution case at Manchester crown court on Monday, Sophie Arkwright KC told the jury that Haddleton had “cut corners as a matter of routine”.

“Callum was 17 years old. He had been in the job for eleven weeks,” she said. “He was sent up on to that roof with no harness, no edge protection and no one watching him.”

The court heard that an inspector from the Health and Safety Executive had visited another of Haddleton’s sites in August 2022 and issued a written warning about unsecured scaffolding at a property in Cheadle.

Jamal Oyelaran, a fellow apprentice who was on the site that day, told the jury he had asked for a harness that morning.

“There weren’t any left in the van,” he said. “Gary said to just be careful and we’d be down before dinner.”

Under cross-examination by Anthony Blaine KC, for the defence, Oyelaran accepted that he could not remember whether Haddleton had been on site when Callum climbed the ladder.

“I’m not sure,” the 19-year-old said. “I think he’d gone to get sandwiches.”

Callum’s mother, Lorraine Dryden, sat in the public gallery with his two older sisters for the first day of the trial. Speaking outside court, she told the BBC the family had waited more than two years for the case to be heard.

“All we want is for people to hear what happened to him,” she said.

The trial, which is expected to last three weeks, continues.''',
 [("an accident waiting to happen", "~inspector"),
  ("cut corners as a matter of routine", "Sophie Arkwright"),
  ("Callum was 17 years old.", "Sophie Arkwright"),
  ("He was sent up on to", "Sophie Arkwright"),
  ("There weren’t any left in the van", "Jamal Oyelaran"),
  ("Gary said to just be careful", "Jamal Oyelaran"),
  ("I’m not sure", "Jamal Oyelaran"),
  ("I think he’d gone to get", "Jamal Oyelaran"),
  ("All we want is for people", "Lorraine Dryden")]),

# 3 -- Reuters-style US appeals ruling in crop-damage lawsuit; straight quotes; "wrote for the panel", dissent, company statement, lawyer called it, told Reuters by telephone
('''(Reuters) - A federal appeals court on Thursday revived a lawsuit by Iowa farmers who say a weedkiller made by Harlan AgriChem Inc drifted onto their fields and destroyed their soybean crops, ruling that a lower court judge was wrong to throw the case out.

Writing for a three-judge panel of the St. Louis-based 8th U.S. Circuit Court of Appeals, Circuit Judge Evelyn Sarkisian said U.S. District Judge Marcus Fell had applied "far too demanding a standard" when he dismissed the farmers' negligence claims in 2023.

"At the pleading stage, plaintiffs need not trace each droplet to its source," Sarkisian wrote. "They need only plausibly allege that the defendant's product, used as directed, caused the harm."

Circuit Judge Thomas Greer dissented, writing that the majority had "opened the door to suits against every manufacturer whose product is carried by the wind."

Harlan AgriChem said in a statement it was disappointed by the decision and was considering its options, including asking the full court to rehear the case.

"We remain confident that the science is on our side," the company said.

The lawsuit was brought by 31 farmers in northwest Iowa, who say a dicamba-based herbicide sprayed on neighboring farms in the summer of 2021 vaporized in the heat and drifted for miles. They are seeking more than $40 million in damages.

Their lawyer, Nadia Kowalczyk of Kowalczyk & Trent, called the ruling "a vindication for farmers who did nothing wrong but plant their crops."

"These families lost an entire season," Kowalczyk said in an interview. "Today the court said they deserve their day in court."

Bill Hendry, one of the plaintiffs, said he lost about 600 acres of soybeans that year. "It looked like somebody had taken a blowtorch to the field," he told Reuters by telephone.

The case now returns to Fell in federal court in Sioux City for further proceedings.

The case is Hendry et al v. Harlan AgriChem Inc, 8th U.S. Circuit Court of Appeals, No. 23-2741.

For the farmers: Nadia Kowalczyk of Kowalczyk & Trent

For Harlan AgriChem: Robert Ames of Ames Whitford''',
 [("far too demanding a standard", "Evelyn Sarkisian"),
  ("At the pleading stage, plaintiffs need", "Evelyn Sarkisian"),
  ("They need only plausibly allege that", "Evelyn Sarkisian"),
  ("opened the door to suits against", "Thomas Greer"),
  ("We remain confident that the science", "Harlan AgriChem Inc"),
  ("a vindication for farmers who did", "Nadia Kowalczyk"),
  ("These families lost an entire season", "Nadia Kowalczyk"),
  ("Today the court said they deserve", "Nadia Kowalczyk"),
  ("It looked like somebody had taken", "Bill Hendry")]),

# 4 -- US local-paper drunken-driving homicide sentencing; straight quotes; victim impact statements by mother and sister, prosecutor, defendant, judge, "the judge said", T-shirt slogan
('''GREENFIELD — Through tears, the mother of a 26-year-old nurse killed by a drunken driver told a judge Friday that her family had been "cut in half" by the crash on Route 2 last spring.

Kyle Brandt, 34, of Orange, was sentenced in Franklin County Superior Court to eight to 10 years in state prison after pleading guilty to motor vehicle homicide while under the influence. His blood alcohol level was more than twice the legal limit when his pickup crossed the center line and struck a car driven by Allison Mercer of Gill, prosecutors said.

Mercer, a nurse at Pioneer Valley Medical Center, was driving home from an overnight shift.

Her mother, Donna Mercer, read a statement at the hearing. "Allison was the one who held us together. Every holiday, every birthday, she was the one who made the calls," she said.

Allison's younger sister, Jenna Mercer, spoke next. She told Brandt she had found a voice message from her sister, left an hour before the crash, that she still could not bring herself to delete.

"She was telling me she'd bring coffee in the morning," Jenna Mercer said. "I listen to it when I can't sleep."

Assistant District Attorney Carla Benavides told Judge Miriam Osei that Brandt had two prior drunken-driving arrests in New Hampshire.

"The defendant was warned, and warned again. He made a choice that night, and Allison paid for it," Benavides said.

Brandt's attorney, Luke Farrow, said his client had been sober for 11 months and had attended Alcoholics Anonymous meetings while in jail awaiting trial.

Brandt, who kept his head bowed for most of the hearing, turned to face the family when he addressed the court. "I don't expect you to forgive me," he said. "I would trade places with her if I could."

Osei said she had read more than 60 letters from Mercer's friends, patients and colleagues.

"What comes through in every one of them is a young woman who spent her working life caring for strangers," the judge said. "No sentence this court imposes can measure that loss."

Outside the courthouse, a handful of Mercer's co-workers wore purple T-shirts printed with the words "Allie's Law Now," a reference to a proposed state bill that would lower the legal blood alcohol limit for drivers with prior offenses.''',
 [("cut in half", "Donna Mercer"),
  ("Allison was the one who held", "Donna Mercer"),
  ("She was telling me she'd bring", "Jenna Mercer"),
  ("I listen to it when I", "Jenna Mercer"),
  ("The defendant was warned, and warned", "Carla Benavides"),
  ("I don't expect you to forgive", "Kyle Brandt"),
  ("I would trade places with her", "Kyle Brandt"),
  ("What comes through in every one", "Miriam Osei"),
  ("No sentence this court imposes can", "Miriam Osei"),
  ("Allie's Law Now", None)]),

# 5 -- British regional-paper magistrates' case over threats to a referee; single quotes as main mark; social media posts, prosecutor partial quote, "told him:", police statement, named PC "added"
('''A FOOTBALL fan who threatened a referee on social media after a last-minute penalty decision has been banned from matches for five years.

Liam Costigan, 29, of Hendon, Sunderland, admitted sending a malicious communication when he appeared before South Tyneside Magistrates' Court on Wednesday.

The court heard Costigan posted on X minutes after the final whistle of a National League match in February: 'I know where you drink. Enjoy your pint next Saturday.'

He then tagged the referee's account in a second post which read: 'Your days are numbered, mate.'

Prosecutor Helen Ashdown said the referee, a 31-year-old father-of-two, had been 'genuinely frightened' and had stepped back from officiating for two months.

'He told police he checked over his shoulder every time he left the house,' Mrs Ashdown said. 'That is the real effect of what some people like to call banter.'

Costigan, who represented himself, told magistrates he had been drinking heavily that afternoon and had deleted the posts the following morning.

'It was a stupid thing to write and I regret it,' he said. 'I'd never have done anything.'

Chair of the bench Margaret Lowther told him: 'Referees at every level of the game are entitled to do their job without fear. Your message was designed to frighten and it did.'

As well as the football banning order, Costigan was fined £480 and ordered to pay £85 costs and a £192 victim surcharge.

In a statement after the hearing, Northumbria Police said: 'Online abuse is not a victimless crime. We will identify those responsible and put them before the courts.'

PC Darren Whitfield, the force's dedicated football officer, added: 'We're grateful to the club for its help in identifying this individual.'

The referee, who has since returned to officiating, did not attend the hearing.''',
 [("I know where you drink.", "Liam Costigan"),
  ("Your days are numbered, mate.", "Liam Costigan"),
  ("genuinely frightened", "Helen Ashdown"),
  ("He told police he checked over", "Helen Ashdown"),
  ("That is the real effect of", "Helen Ashdown"),
  ("It was a stupid thing to", "Liam Costigan"),
  ("I'd never have done anything.", "Liam Costigan"),
  ("Referees at every level of the", "Margaret Lowther"),
  ("Online abuse is not a victimless", "Northumbria Police"),
  ("We're grateful to the club for", "Darren Whitfield")]),

# 6 -- ABC-style Australian coroner's findings; curly quotes; coroner partial quotes, unnamed nurse, son told the ABC, quote continuing into next paragraph with no cue, unnamed health service spokeswoman
('''A Queensland coroner has found a 71-year-old grandmother who died in a regional emergency department waited more than five hours without being reassessed, describing the hospital’s triage system on the night as “overwhelmed and under-resourced”.

Marjorie Tulloch arrived at Kinross Base Hospital with chest pain on the evening of June 14, 2022, and was triaged as category three, meaning she should have been seen by a doctor within 30 minutes.

She collapsed in the waiting room shortly after midnight and could not be revived.

Handing down her findings in Brisbane on Friday, Coroner Janet Kealy said Mrs Tulloch’s death was “potentially preventable”.

“Mrs Tulloch did everything that was asked of her. She came to hospital, she described her symptoms accurately and she waited patiently. The system did not respond,” Ms Kealy said.

The inquest heard evidence from nurses who described a waiting room with more than 40 patients and only one doctor on shift for much of the evening.

One nurse, who gave evidence under a pseudonym, told the inquest she had raised concerns with management “at least a dozen times” in the months before Mrs Tulloch’s death.

“We were drowning,” she said. “Everyone knew it.”

Ms Kealy made nine recommendations, including mandatory hourly reassessment of patients in emergency waiting rooms and a review of overnight medical staffing at rural hospitals.

Mrs Tulloch’s son, Graham Tulloch, told the ABC outside court the findings had given the family “some answers, but not much comfort”.

“Mum was sitting in a plastic chair for five hours while she was having a heart attack,” he said.

“We don’t want anyone else to go through that. If these recommendations just sit on a shelf, then what was the point?”

A spokeswoman for the Kinross Hospital and Health Service said it accepted the findings and had already recruited additional emergency staff.

“We again extend our deepest sympathies to Mrs Tulloch’s family,” the spokeswoman said.''',
 [("overwhelmed and under-resourced", "Janet Kealy"),
  ("potentially preventable", "Janet Kealy"),
  ("Mrs Tulloch did everything that was", "Janet Kealy"),
  ("at least a dozen times", "~nurse"),
  ("We were drowning", "~nurse"),
  ("Everyone knew it.", "~nurse"),
  ("some answers, but not much comfort", "Graham Tulloch"),
  ("Mum was sitting in a plastic", "Graham Tulloch"),
  ("We don’t want anyone else to", "Graham Tulloch"),
  ("We again extend our deepest sympathies", "Kinross Hospital and Health Service")]),

# 7 -- Indian English-press High Court bail order; straight quotes; judge's order, "told the court", "submitted", unnamed police officer, placards, schoolteacher asked
('''NEW DELHI: The Delhi High Court on Monday granted bail to a 24-year-old engineering student arrested by the Economic Offences Wing (EOW) in an alleged Rs 38-crore cryptocurrency fraud, with Justice Anand Rathore observing that the investigation was "substantially complete" and the accused could not be kept in custody "merely as a measure of punishment".

The student, Karan Malhotra, was arrested in November last year on charges of cheating and criminal conspiracy. Police have alleged that he designed a mobile application that promised investors returns of up to 12 per cent a month.

"The chargesheet has been filed, the material evidence is documentary in nature and is already in the custody of the investigating agency. No useful purpose would be served by keeping the applicant behind bars," Justice Rathore said in his order.

Appearing for Malhotra, senior advocate Meenakshi Iyer argued that her client was "a coder, not a conspirator".

"He wrote software for a company that hired him. He had no control over its bank accounts and never met a single investor," Iyer told the court.

Additional Public Prosecutor Sunita Dhawan opposed the plea, saying Malhotra had transferred money to accounts in Dubai and was a flight risk.

"There are more than 1,400 complainants in this case and the applicant has the means and the contacts to leave the country," Dhawan submitted.

The court directed Malhotra to surrender his passport, furnish a personal bond of Rs 1 lakh and not contact any of the witnesses.

A senior EOW officer, who did not wish to be named, said the agency was examining whether to challenge the order in the Supreme Court. "We are studying the judgment," the officer said.

Several investors who say they lost money in the scheme gathered outside the court complex on Monday holding placards reading "Return our savings".

Rekha Saini, a 52-year-old schoolteacher from Rohini, said she had put her entire retirement fund into the app in 2022. "I lost Rs 9 lakh. My son's wedding is in March. Who will answer for that?" she asked.''',
 [("substantially complete", "Anand Rathore"),
  ("merely as a measure of punishment", "Anand Rathore"),
  ("The chargesheet has been filed, the", "Anand Rathore"),
  ("a coder, not a conspirator", "Meenakshi Iyer"),
  ("He wrote software for a company", "Meenakshi Iyer"),
  ("There are more than 1,400 complainants", "Sunita Dhawan"),
  ("We are studying the judgment", "~officer"),
  ("Return our savings", None),
  ("I lost Rs 9 lakh.", "Rekha Saini")]),

# 8 -- CBC-style Supreme Court of Canada Charter ruling; curly quotes; "wrote for the majority", dissent partial quote, told CBC News, ministry statement, scare quotes, intervener lawyer, police spokesperson
('''OTTAWA — The Supreme Court of Canada has ruled that police in Saskatoon violated a man’s Charter rights when they searched his phone at a traffic stop, ordering a new trial in a drug-trafficking case that drew interventions from civil liberties groups across the country.

In a 5-4 decision released Friday, the court said officers had no lawful basis to scroll through Dale Demers’s text messages after pulling him over for a broken tail light in 2019.

“A cellphone is not a glovebox,” Justice Hélène Marchand wrote for the majority. “It holds the most private details of a person’s life, and the Charter protects it accordingly.”

In dissent, Justice Peter Ochoa argued the officers had acted in good faith and that excluding the messages would “bring the administration of justice into disrepute.”

Demers’s lawyer, Anita Bhullar, said the ruling sends a clear message to police forces.

“Police don’t get to go on fishing expeditions through your phone because your tail light is out,” Bhullar told CBC News. “That’s what this case was always about.”

The Saskatchewan Ministry of Justice said it was reviewing the decision. “We respect the court’s ruling and will consider next steps with the Public Prosecutions division,” the ministry said in a statement.

Civil liberties groups have for years criticized so-called “phone dumps” at roadside stops, in which officers examine or copy the contents of a driver’s device without a warrant.

Michael Vu, a lawyer for the Canadian Civil Liberties Association, which intervened in the case, welcomed the decision.

“This is a landmark for digital privacy,” Vu said. “Canadians carry their whole lives in their pockets.”

A spokesperson for the Saskatoon Police Service said officers would receive updated guidance on device searches in the coming weeks.

“We will be reviewing our policies in light of the decision,” the spokesperson said.

Demers, who was sentenced to four years in prison in 2021, has been on parole since last year. No date has been set for the new trial.''',
 [("A cellphone is not a glovebox", "Hélène Marchand"),
  ("It holds the most private details", "Hélène Marchand"),
  ("bring the administration of justice into", "Peter Ochoa"),
  ("Police don’t get to go on", "Anita Bhullar"),
  ("That’s what this case was always", "Anita Bhullar"),
  ("We respect the court’s ruling and", "Saskatchewan Ministry of Justice"),
  ("This is a landmark for digital", "Michael Vu"),
  ("Canadians carry their whole lives in", "Michael Vu"),
  ("We will be reviewing our policies", "Saskatoon Police Service")]),

# 9 -- Irish Times-style Central Criminal Court murder trial; straight quotes; nickname in quotes, interview memos read to jury, counsel's question and witness answer, "the witness replied", daughter's evidence
('''A man accused of murdering his neighbour in a row over a boundary hedge told gardaí he "lost the head" after he was struck with a shovel, the Central Criminal Court has heard.

Tomás Gilligan (58), of Knockanree, Co Limerick, has pleaded not guilty to the murder of Francis "Frankie" Hogan (63) at Knockanree on May 3rd, 2023.

On the fourth day of the trial, Det Garda Siobhán Rafter read to the jury memos of interviews conducted with Mr Gilligan at Henry Street Garda station in the days after his arrest.

In the first interview, Mr Gilligan told gardaí: "He came at me with the shovel. I put up my hands and he got me on the arm. After that I wasn't myself."

Asked why he had gone back into his shed for a slash hook, he replied: "I don't know. I wasn't thinking straight."

Cross-examined by Brendan Nolan SC, for the defence, Det Garda Rafter agreed that Mr Gilligan had co-operated fully with the investigation and had given a voluntary statement.

"He answered every question put to him?" Mr Nolan asked.

"He did," the witness replied.

Mr Nolan also put it to the detective that his client had visible bruising on his forearm when he was brought to the station. "That's correct. It was photographed at the station," she said.

Earlier, Mr Hogan's daughter, Aoife Hogan, told the court she had heard shouting from the garden at about 7pm.

"I looked out the kitchen window and saw the two of them on the ground," she said. "Dad wasn't moving."

In her opening address last week, prosecution counsel Gráinne Costello SC told the jury it was the State's case that Mr Gilligan "went looking for a weapon" after the initial scuffle had ended.

The trial continues before Ms Justice Orla Brennan and a jury of seven men and five women.''',
 [("lost the head", "Tomás Gilligan"),
  ("He came at me with the", "Tomás Gilligan"),
  ("I don't know. I wasn't thinking", "Tomás Gilligan"),
  ("He answered every question put to", "Brendan Nolan"),
  ("He did", "Siobhán Rafter"),
  ("That's correct. It was photographed at", "Siobhán Rafter"),
  ("I looked out the kitchen window", "Aoife Hogan"),
  ("Dad wasn't moving.", "Aoife Hogan"),
  ("went looking for a weapon", "Gráinne Costello")]),

# 10 -- News24-style South African corruption trial; curly quotes; chant, NPA spokesperson told News24, witness testified, advocate "put it to", "she replied", banner, resident
('''Supporters of former municipal manager Sipho Dlamini-Mokoena sang and chanted “Hands off our leader!” outside the Bloemfontein Specialised Commercial Crimes Court on Tuesday as his fraud and corruption trial finally got under way, almost four years after his arrest.

Dlamini-Mokoena, 49, faces 27 charges relating to a R63 million tender for water tankers awarded by the Ntsikana Local Municipality during the drought of 2019.

The State alleges that he received kickbacks of more than R4 million from the director of Blue Crane Logistics, whose company was paid for deliveries that were never made.

National Prosecuting Authority regional spokesperson Zinhle Mthembu said the State was ready to proceed.

“We have more than 30 witnesses lined up, including forensic auditors and officials from the municipality,” Mthembu told News24. “We are confident in the strength of our case.”

The first witness, former supply chain manager Nomvula Khumalo, told the court she had been instructed to “fast-track” the tender.

“The municipal manager called me into his office and said the tankers must be on the road by Friday,” Khumalo testified. “I said the process would take at least three weeks. He told me that was my problem.”

Under cross-examination, defence advocate Thulani Ngcobo put it to Khumalo that she was “trying to save her own skin”, pointing out that she had signed the award letter herself.

“I signed because I was afraid of losing my job,” she replied.

Dlamini-Mokoena, dressed in a grey suit, sat calmly in the dock and occasionally took notes.

Outside, members of a local residents’ association who had travelled more than 200km by bus held up a banner that read “Where did our water money go?”

Mpho Lekota, 61, said her village had gone without running water for most of that year.

“We were carrying buckets from the river while they were getting rich,” she said.

The trial continues on Wednesday.''',
 [("Hands off our leader!", None),
  ("We have more than 30 witnesses", "Zinhle Mthembu"),
  ("We are confident in the strength", "Zinhle Mthembu"),
  ("fast-track", "Nomvula Khumalo"),
  ("The municipal manager called me into", "Nomvula Khumalo"),
  ("I said the process would take", "Nomvula Khumalo"),
  ("trying to save her own skin", "Thulani Ngcobo"),
  ("I signed because I was afraid", "Nomvula Khumalo"),
  ("Where did our water money go?", None),
  ("We were carrying buckets from the", "Mpho Lekota")]),

# 11 -- NZ-style district court sentencing for assault on bus driver; straight quotes; victim impact statement over two paragraphs, Crown prosecutor, defence lawyer, judge, agency spokesperson, union organiser
('''A man who punched an Auckland bus driver so hard he fractured his eye socket has been jailed for two years and three months.

Jordan Kereama, 27, was sentenced in the Auckland District Court on Thursday after earlier pleading guilty to wounding with intent to injure.

The court heard Kereama boarded the bus on Great North Rd in Grey Lynn in August last year and became abusive when the driver, 62-year-old Harpreet Sandhu, told him his Hop card did not have enough credit.

Sandhu read his victim impact statement from the witness box: "I have driven buses in this city for 19 years. I have been sworn at, spat on and threatened, but I had never been hit.

"For three months I could not work. I still cannot drive at night because the headlights hurt my eye. My grandchildren ask why their grandpa doesn't take them to the park any more."

Crown prosecutor Olivia Tane said the attack was unprovoked and "cowardly".

"Mr Sandhu was seated, belted in and doing his job," she said.

Defence lawyer Tessa Rowe said Kereama had a difficult upbringing and had been using methamphetamine at the time of the offending.

"He is genuinely remorseful," Rowe said. "He has written a letter to Mr Sandhu, which he understands Mr Sandhu may never want to read."

Judge Pania Whitmore gave Kereama a discount for his guilty plea but declined to reduce the sentence further.

"Public transport workers provide an essential service, and this court will protect them," Judge Whitmore said. "Those who attack them should expect to go to prison."

In a statement, Auckland Transport said reported assaults on bus drivers had risen 40 per cent in two years.

"Every one of those assaults is one too many," a spokesperson said.

Louisa Pereira, an organiser with First Union, which represents many of the city's bus drivers, said the sentence sent a strong message. "Drivers are sick of being punching bags," she said.''',
 [("I have driven buses in this city", "Harpreet Sandhu"),
  ("For three months I could not", "Harpreet Sandhu"),
  ("cowardly", "Olivia Tane"),
  ("Mr Sandhu was seated, belted in", "Olivia Tane"),
  ("He is genuinely remorseful", "Tessa Rowe"),
  ("He has written a letter to", "Tessa Rowe"),
  ("Public transport workers provide an essential", "Pania Whitmore"),
  ("Those who attack them should expect", "Pania Whitmore"),
  ("Every one of those assaults is", "Auckland Transport"),
  ("Drivers are sick of being punching", "Louisa Pereira")]),

# 12 -- BBC Scotland-style High Court murder sentencing; curly quotes; temporary judge "the judge said", victim statement read to court, defence KC, detective inspector, Crown Office statement, badges, brother told BBC Scotland
('''A man who murdered his former partner and hid her body in woodland in North Ayrshire has been jailed for life and told he must serve at least 22 years.

Ross McAllister, 41, was found guilty last month of killing 36-year-old Kirsty Baird at her home in Kilwinning in January 2023.

Sentencing him at the High Court in Glasgow, temporary judge Norman Ferrier KC told McAllister he had put Ms Baird’s family through “months of agony” by lying about where she was.

“You sat with her mother and told her that Kirsty had probably gone away for a few days to clear her head,” the judge said. “All the while you knew exactly where she was, because you had put her there.”

Ms Baird’s body was found by a dog walker in woodland near Eglinton Country Park eleven days after she was reported missing.

In a victim statement read to the court, her mother, Elaine Baird, said: “Kirsty was my only daughter and my best friend. There is not a day that I don’t pick up the phone to call her.”

Defence counsel Iain Loudon KC said his client would challenge the verdict.

“Mr McAllister maintains his innocence and I am instructed that an appeal will be lodged,” he said.

After the sentencing, Det Insp Morag Ferguson, of Police Scotland’s major investigation team, said: “Kirsty’s family have shown incredible strength throughout this process. I hope today’s sentence brings them some measure of comfort.”

The Crown Office and Procurator Fiscal Service said in a statement: “McAllister tried to cover his tracks at every turn, but the evidence against him was overwhelming.”

Several of Ms Baird’s friends sat in the public gallery wearing purple badges bearing the words “Justice for Kirsty”.

Speaking to BBC Scotland outside the court, her brother, Darren Baird, said the minimum term was not enough.

“He’ll get out one day. Kirsty never will,” he said.''',
 [("months of agony", "Norman Ferrier"),
  ("You sat with her mother and", "Norman Ferrier"),
  ("All the while you knew exactly", "Norman Ferrier"),
  ("Kirsty was my only daughter and", "Elaine Baird"),
  ("Mr McAllister maintains his innocence and", "Iain Loudon"),
  ("Kirsty’s family have shown incredible strength", "Morag Ferguson"),
  ("McAllister tried to cover his tracks", "Crown Office and Procurator Fiscal Service"),
  ("Justice for Kirsty", None),
  ("He’ll get out one day.", "Darren Baird")]),

# 13 -- NYT-style federal appeals ruling striking down panhandling ban; curly quotes; courtesy titles, sign text, "wrote for the panel", city attorney interview, plaintiff, ACLU lawyer, concurrence "he wrote", law professor
('''A federal appeals court on Wednesday struck down a Tennessee city’s ban on roadside panhandling, ruling that the ordinance singled out a particular kind of speech — asking for money — and could not survive constitutional scrutiny.

The decision, by a unanimous three-judge panel of the United States Court of Appeals for the Sixth Circuit, is a victory for Marvin Leach, a 58-year-old Army veteran who was cited four times in 2022 for holding a cardboard sign reading “Anything Helps. God Bless” at an intersection in Murfreesboro.

“A city may regulate traffic,” Judge Loretta Vance wrote for the panel. “What it may not do is decide that a man asking for help is more dangerous than a man asking for votes.”

The city had argued that the ordinance was a safety measure aimed at keeping pedestrians out of busy intersections, not a restriction on speech.

Daniel Okafor, the city attorney, said in an interview that Murfreesboro was “disappointed but not surprised.”

“We will look at narrower rules that address the safety concerns without running afoul of the court,” Mr. Okafor said.

Mr. Leach, who now lives in subsidized housing, said he had never expected the case to go this far. “I was just trying to eat. I never thought a judge in Cincinnati would read my sign,” he said.

His lawyer, Rebecca Solano of the American Civil Liberties Union of Tennessee, said the ruling would affect similar ordinances across the state.

“The First Amendment protects the person on the corner as much as the person at the podium,” Ms. Solano said.

Judge Raymond Holt joined the opinion but wrote separately to stress that the city remained free to enforce existing laws against obstructing traffic. “Nothing in today’s decision gives anyone a license to step into a moving lane,” he wrote.

Legal scholars said the outcome was expected. “This is the latest in a long line of cases,” said Marisa Chen, a law professor at Vanderbilt University. “Cities keep writing these ordinances, and courts keep striking them down.”''',
 [("Anything Helps. God Bless", None),
  ("A city may regulate traffic", "Loretta Vance"),
  ("What it may not do is", "Loretta Vance"),
  ("disappointed but not surprised.", "Daniel Okafor"),
  ("We will look at narrower rules", "Daniel Okafor"),
  ("I was just trying to eat.", "Marvin Leach"),
  ("The First Amendment protects the person", "Rebecca Solano"),
  ("Nothing in today’s decision gives anyone", "Raymond Holt"),
  ("This is the latest in a", "Marisa Chen"),
  ("Cities keep writing these ordinances, and", "Marisa Chen")]),

# 14 -- Daily Nation-style Kenyan land-fraud plea and bail ruling; straight quotes; "Mr X told the court", defence lawyer, magistrate's ruling, ODPP statement "read", placards, elderly protester
('''A former land registrar was yesterday charged at the Milimani Law Courts with forging title deeds for a 12-acre parcel of land in Karen valued at Sh1.2 billion.

Mr Peter Kamau Njoroge, 56, who served at the Nairobi Lands Registry between 2012 and 2019, denied six counts including forgery, uttering a false document and conspiracy to defraud before Chief Magistrate Grace Atieno Owino.

The prosecution, led by Senior Principal Prosecution Counsel James Mwangi Kariuki, opposed his release on bail, arguing that the accused was likely to interfere with witnesses who were his former juniors at the registry.

"Some of the witnesses still work under officers who were appointed by the accused," Mr Kariuki told the court. "There is a real danger that they will be intimidated."

Defence lawyer Wycliffe Otieno dismissed the claim, saying his client had cooperated with detectives since the investigation began in 2022.

"My client has lived in Nairobi all his life, he has a family and he has honoured every summons by the DCI," Mr Otieno said. "He is not going anywhere."

In her ruling, Ms Owino said the prosecution had not demonstrated "compelling reasons" to deny the accused bail.

"The accused is presumed innocent until proven otherwise," she said. "The court will, however, not hesitate to cancel his bond if he contacts any witness."

He was released on a cash bail of Sh2 million and the case will be mentioned on March 12.

The Office of the Director of Public Prosecutions (ODPP) said in a statement that the case was one of 14 land fraud cases it had approved for prosecution this year. "Land fraud robs ordinary Kenyans of their property and undermines public confidence in the registry," the statement read.

Outside the court, about 30 elderly residents held placards reading "Title deeds are not for sale".

One of them, Mrs Naomi Wanjiru, 70, said her late husband bought part of the disputed land in 1984.

"I have the original title in my house. Now someone else says it is theirs," she said.''',
 [("Some of the witnesses still work", "James Mwangi Kariuki"),
  ("There is a real danger that", "James Mwangi Kariuki"),
  ("My client has lived in Nairobi", "Wycliffe Otieno"),
  ("He is not going anywhere.", "Wycliffe Otieno"),
  ("compelling reasons", "Grace Atieno Owino"),
  ("The accused is presumed innocent until", "Grace Atieno Owino"),
  ("The court will, however, not hesitate", "Grace Atieno Owino"),
  ("Land fraud robs ordinary Kenyans of", "Office of the Director of Public Prosecutions"),
  ("Title deeds are not for sale", None),
  ("I have the original title in", "Naomi Wanjiru")]),

# 15 -- Guardian-style Old Bailey youth murder sentencing; curly quotes; judge partial quote and "she told him", mother's victim personal statement, uncle outside court, detective chief inspector, councillor's post on X
('''A 17-year-old boy who stabbed a schoolboy to death in a dispute over a stolen electric scooter has been sentenced to life in custody with a minimum term of 16 years.

The defendant, who cannot be named because of his age, attacked 15-year-old Daniel Asante in Thornton Heath, south London, last July. He was convicted of murder at the Old Bailey in May.

Sentencing him on Friday, Judge Rosamund Hale KC said the knife had been carried “not for protection, but for use”.

“You chose to take a large kitchen knife out on to the streets that afternoon,” she told him. “Daniel was unarmed. He was running away from you when you struck.”

Daniel’s mother, Abena Asante, told the court in a victim personal statement that she still set a place for him at the dinner table.

“I cook his favourite jollof on Sundays because I don’t know how to stop,” she said. “My son was not a statistic. He was a boy who wanted to be an architect.”

Nicholas Wray KC, mitigating, said the defendant had been drawn into crime by older teenagers and had shown remorse in custody.

Outside court, Daniel’s uncle, Kwame Boateng, said the family was grateful to the jury and to the police.

“We thank the prosecution team and the officers who never gave up,” he said. “But there are no winners today. Two families have lost a son.”

Det Ch Insp Laura Pike, of the Metropolitan police’s specialist crime command, said: “This case shows, once again, the devastating consequences of carrying a knife. A child has died and another will spend most of his young adult life behind bars.”

Patrice Mensah, a local councillor who has campaigned for more youth services in the area, wrote on X shortly after the sentencing: “Another young life lost on our streets. My thoughts are with Daniel’s family today.”

The Metropolitan police said knife crime among under-18s in Croydon had risen for the third consecutive year.''',
 [("not for protection, but for use", "Rosamund Hale"),
  ("You chose to take a large", "Rosamund Hale"),
  ("Daniel was unarmed. He was running", "Rosamund Hale"),
  ("I cook his favourite jollof on", "Abena Asante"),
  ("My son was not a statistic.", "Abena Asante"),
  ("We thank the prosecution team and", "Kwame Boateng"),
  ("But there are no winners today.", "Kwame Boateng"),
  ("This case shows, once again, the", "Laura Pike"),
  ("Another young life lost on our", "Patrice Mensah")]),

# 16 -- US local TV-site civil jury verdict for injured warehouse worker; straight quotes; "the 41-year-old said", several male lawyers, statement, closing-argument partial quote, unnamed juror told The Kansas City Star, wife
('''KANSAS CITY, Mo. — A Jackson County jury has awarded $14.2 million to a former warehouse worker who was left paralyzed from the waist down when a stack of loaded pallets collapsed on him at a distribution center in 2021.

Marcus Reddick sued Midwest Freight Solutions and the company that manufactured the warehouse's racking system, alleging that both knew the shelving had been damaged and failed to repair it.

After a two-week trial, jurors deliberated for about six hours before finding Midwest Freight 80 percent responsible and the manufacturer, Ironline Storage Systems, 20 percent responsible.

"I've waited three years to hear someone say it wasn't my fault," the 41-year-old said outside the courtroom Thursday, his wife, Denise, standing beside his wheelchair.

Reddick's attorney, Jonathan Pruitt, said evidence at trial showed that a shift supervisor had reported a bent upright beam three weeks before the collapse.

"They had a work order. They had a photograph. They had a warning," Pruitt said. "And they did nothing."

An attorney for Midwest Freight, Gregory Saldana, said the company would appeal. "We have tremendous sympathy for Mr. Reddick, but we believe the evidence did not support this verdict," Saldana said in a statement.

Ironline's lawyer, Scott Delacroix, had told jurors in his closing argument that the racking was "installed and maintained by someone else" and had left the factory in perfect condition. He did not respond to a request for comment Thursday.

One juror, who asked not to be identified, told The Kansas City Star that the photograph of the damaged beam was "the whole case for me."

"Once you see that picture, you can't unsee it," the juror said.

Denise Reddick said the money would allow the couple to buy a wheelchair-accessible home. For now, they are living with her mother.

"We've been carrying him up the stairs at my mother's house," she said. "That's no way to live."''',
 [("I've waited three years to hear", "Marcus Reddick"),
  ("They had a work order.", "Jonathan Pruitt"),
  ("And they did nothing.", "Jonathan Pruitt"),
  ("We have tremendous sympathy for Mr.", "Gregory Saldana"),
  ("installed and maintained by someone else", "Scott Delacroix"),
  ("the whole case for me.", "~juror"),
  ("Once you see that picture, you", "~juror"),
  ("We've been carrying him up the", "Denise Reddick"),
  ("That's no way to live.", "Denise Reddick")]),

# 17 -- Straits Times-style Singapore cheating sentencing; curly quotes; scare quotes on a term, DPP, defence mitigation, district judge "the judge said", regulator statement "it said", unnamed victim told The Straits Times
('''SINGAPORE – A former property agent who pocketed more than $870,000 from 11 clients by collecting “option fees” for flats that were never for sale was sentenced to six years and four months’ jail on Tuesday.

Nicholas Tan Wei Ming, 38, pleaded guilty in January to seven charges of cheating, with another 12 charges taken into consideration for sentencing.

Deputy Public Prosecutor Charlene Goh told the court that Tan targeted first-time buyers, many of them young couples, between 2019 and 2021.

“The accused preyed on the trust that clients place in a registered agent. Several victims used their wedding savings,” she said.

DPP Goh sought a sentence of seven to eight years’ jail, arguing that the offences were “premeditated and persistent”.

In mitigation, defence lawyer Harjit Singh Gill said his client had lost heavily in online trading and had borrowed from loan sharks to cover his losses.

“Mr Tan was under immense pressure from unlicensed moneylenders, who had threatened his elderly parents,” Mr Gill said. “That does not excuse what he did, but it explains it.”

District Judge Yvonne Lim said she accepted that Tan had made partial restitution of about $95,000, but found that the harm caused was “substantial and long-lasting”.

“The accused did not make a single error of judgment,” the judge said. “He repeated the same deception, month after month, on people who trusted him.”

The Council for Estate Agencies, which revoked Tan’s registration in 2022, said in a statement that consumers should make payments only through proper channels.

“Consumers should never hand over money in cash or to an agent’s personal bank account,” it said.

One of the victims, a 31-year-old teacher who declined to be named, told The Straits Times that she and her husband had lost $62,000.

“We are still renting a room in my in-laws’ flat,” she said.

For each charge of cheating, Tan could have been jailed for up to 10 years and fined.''',
 [("The accused preyed on the trust", "Charlene Goh"),
  ("premeditated and persistent", "Charlene Goh"),
  ("Mr Tan was under immense pressure", "Harjit Singh Gill"),
  ("That does not excuse what he", "Harjit Singh Gill"),
  ("substantial and long-lasting", "Yvonne Lim"),
  ("The accused did not make a", "Yvonne Lim"),
  ("He repeated the same deception, month", "Yvonne Lim"),
  ("Consumers should never hand over money", "Council for Estate Agencies"),
  ("We are still renting a room", "~teacher")]),

# 18 -- AP-style Texas execution stay; straight quotes; court order partial quote, defense attorney "said X, an attorney with", DA statement, victim's sister told The Associated Press, protest chant, prison spokesman
('''HUNTSVILLE, Texas (AP) — Texas' highest criminal court on Tuesday halted the execution of a man convicted of killing a convenience store clerk in 2004, hours before he was scheduled to receive a lethal injection, to allow a lower court to review new evidence about a key witness.

The Texas Court of Criminal Appeals issued the stay for Raymond Tolliver, 49, who was set to be executed at 6 p.m. at the state penitentiary in Huntsville. He was convicted in the shooting death of Lupe Garza, 23, during a robbery in Beaumont.

In a brief order, the court said Tolliver had raised claims that "merit further factual development" and sent the case back to the trial court in Jefferson County.

Tolliver's attorneys have argued that the prosecution's main witness, a jailhouse informant, received a secret deal in exchange for his testimony that was never disclosed to the defense.

"For 20 years the jury that sentenced Raymond to death never knew that the man who put him at the scene was being rewarded for it," said Amelia Rossiter, an attorney with the Texas Defender Service. "Today the court took that seriously."

Jefferson County District Attorney Curtis Lang said his office would continue to defend the conviction. "We remain confident in the jury's verdict and in the evidence that supported it," Lang said in a statement.

Garza's sister, Marisol Garza-Ybarra, had traveled to Huntsville to witness the execution. She told The Associated Press she was "exhausted" by two decades of hearings and appeals.

"Every time we think it's over, it starts again," she said. "My mother died waiting for this."

Outside the prison, about two dozen death penalty opponents who had gathered for a vigil chanted "Not in our name" as news of the stay spread.

Jeremy Desselle, a spokesman for the Texas Department of Criminal Justice, said Tolliver would be returned to death row at the Polunsky Unit in Livingston.

"He was informed of the court's decision at approximately 2:15 p.m.," Desselle said.

Tolliver would have been the fourth person executed in Texas this year.''',
 [("merit further factual development", "Texas Court of Criminal Appeals"),
  ("For 20 years the jury that", "Amelia Rossiter"),
  ("Today the court took that seriously.", "Amelia Rossiter"),
  ("We remain confident in the jury's", "Curtis Lang"),
  ("exhausted", "Marisol Garza-Ybarra"),
  ("Every time we think it's over", "Marisol Garza-Ybarra"),
  ("My mother died waiting for this.", "Marisol Garza-Ybarra"),
  ("Not in our name", None),
  ("He was informed of the court's", "Jeremy Desselle")]),

# 19 -- Reuters-style London extradition ruling; curly quotes; lawyer's argument partial quote, district judge's ruling, scare-quoted term, KC told Reuters, wife, defendant's statement through lawyers, Home Office spokesperson
('''LONDON, March 4 (Reuters) - A British judge on Monday approved the extradition of a former commodities trader to the United States to face charges that he manipulated the price of nickel, rejecting his lawyer’s argument that he would face “inhuman” conditions in an American jail.

District Judge Samantha Oduya at Westminster Magistrates’ Court said there was “no real risk” that Oliver Prentice’s human rights would be breached if he were sent to New York.

“The assurances provided by the United States government are specific, detailed and, in the court’s view, reliable,” Oduya said in her ruling.

Prentice, 44, who was arrested at his home in Surrey in 2023, is accused by U.S. prosecutors of placing thousands of orders on the London Metal Exchange that he never intended to execute, a practice known as “spoofing”.

His lawyer, Edward Lyle KC, had argued at a hearing in January that Prentice, who has been diagnosed with autism and depression, would be at high risk of suicide in U.S. pre-trial detention.

Lyle said they would seek permission to appeal to the High Court. “We are disappointed by today’s decision and will be asking the High Court to look at it again,” he told Reuters outside court.

In a short statement issued through his lawyers, Prentice said: “I have always maintained my innocence and I will keep fighting.”

His wife, Hannah Prentice, who has campaigned against the extradition, said the couple’s two children had “no idea what is about to happen to their father”.

“Oliver has never been to New York in his life,” she said. “If he did anything wrong, and he says he didn’t, it happened here, in London. He should be tried here.”

The U.S. Department of Justice declined to comment.

A spokesperson for the Home Office said: “The Home Secretary will consider the case once it has been sent by the court.”

Prentice faces up to 25 years in prison if convicted on all counts.''',
 [("inhuman", "Edward Lyle"),
  ("no real risk", "Samantha Oduya"),
  ("The assurances provided by the United", "Samantha Oduya"),
  ("We are disappointed by today’s decision", "Edward Lyle"),
  ("I have always maintained my innocence", "Oliver Prentice"),
  ("no idea what is about to", "Hannah Prentice"),
  ("Oliver has never been to New", "Hannah Prentice"),
  ("If he did anything wrong, and", "Hannah Prentice"),
  ("The Home Secretary will consider the", "Home Office")]),

# 20 -- Yorkshire regional-paper fly-tipping prosecution; single quotes as main mark; council solicitor "told the bench", defendant, presiding magistrate, council cabinet member, CCTV sign, resident partial quote then "he said"
('''A gardener who dumped van-loads of rubbish down a country lane near Holmfirth has been ordered to pay more than £3,800 after being caught on a hidden camera.

Shane Metcalfe, 36, of Huddersfield, pleaded guilty at Kirklees Magistrates' Court to three offences of depositing controlled waste without an environmental permit.

The court heard that Kirklees Council enforcement officers installed a camera on Hagg Lane after residents complained about repeated dumping. It recorded Metcalfe's van on three occasions in September and October last year.

Prosecuting for the council, solicitor Fiona Greaves said the waste included tree cuttings, broken paving slabs and an entire bathroom suite.

'This was not a one-off lapse,' Ms Greaves told the bench. 'Mr Metcalfe charged his customers to take their waste away and then simply tipped it in the countryside.'

Metcalfe, who was not represented, told magistrates he had been struggling to pay charges at licensed tips.

'I know it was wrong,' he said. 'Business had dried up over the summer and I panicked.'

Presiding magistrate Anne Holroyd said: 'You have left other people to clear up your mess at public expense. That is not acceptable.'

He was fined £1,200 and ordered to pay £2,650 in costs and clean-up charges.

Councillor Rachel Denby, the council's cabinet member for environment, said: 'Fly-tipping blights our communities and costs taxpayers hundreds of thousands of pounds every year. If we catch you, we will prosecute.'

A sign fixed to a gate at the end of the lane now reads: 'Smile – you're on CCTV.'

Retired postman Keith Sykes, 72, who has lived on the lane for 40 years, said it had been 'like a rubbish tip' for the past two years.

'You'd walk the dog and find a fridge in the hedge,' he said. 'I'm just glad somebody has finally been caught.'

Anyone with information about fly-tipping in the district can report it through the council's website.''',
 [("This was not a one-off lapse", "Fiona Greaves"),
  ("Mr Metcalfe charged his customers to", "Fiona Greaves"),
  ("I know it was wrong", "Shane Metcalfe"),
  ("Business had dried up over the", "Shane Metcalfe"),
  ("You have left other people to", "Anne Holroyd"),
  ("Fly-tipping blights our communities and costs", "Rachel Denby"),
  ("Smile – you're on CCTV.", None),
  ("like a rubbish tip", "Keith Sykes"),
  ("You'd walk the dog and find", "Keith Sykes"),
  ("I'm just glad somebody has finally", "Keith Sykes")]),

# 21 -- US exoneration in Chicago; straight quotes; judge in court, prosecutors' news release "the release said", exoneree and his mother, defense lawyer, title of a memoir
('''CHICAGO — A man who spent 27 years in prison for a 1996 double murder walked out of Cook County Jail on Wednesday after a judge vacated his conviction at the request of prosecutors, who said the case against him had been built on a coerced confession.

Terrence Whitlow, now 46, was 19 when he was arrested for the fatal shootings of two men outside a South Side liquor store. He was convicted in 1998 largely on the strength of a confession that he said detectives beat out of him during 30 hours of interrogation.

At a brief hearing Wednesday, Cook County Circuit Judge Patricia Moynihan granted the motion to vacate, and prosecutors immediately dropped all charges.

"Mr. Whitlow, you are free to go. I wish you well," the judge said, prompting applause and sobbing from the gallery.

The Cook County State's Attorney's Office said in a news release that its Conviction Integrity Unit had found "no credible evidence" linking Whitlow to the killings. "Justice delayed is still justice, but it comes at an enormous cost," the release said.

Outside the jail, Whitlow hugged his mother, Gloria Whitlow, 71, who had attended nearly every one of his court dates since 1996.

"I kept telling myself this day would come," he said. "I just didn't know if my mother would still be here to see it."

"I never stopped believing in my son," Gloria Whitlow said. "Not for one day."

His attorney, Vanessa Ruiz of the Exoneration Project, said Whitlow intends to petition for a certificate of innocence, which would allow him to seek compensation from the state.

"Terrence lost his entire adult life. No amount of money gives that back, but the state owes him," Ruiz said.

Whitlow said he had earned a bachelor's degree while in prison and written a memoir, "The Hours They Took," which he hopes to publish next year.

Asked what he planned to do first, he smiled. "Eat a real cheeseburger," he said.''',
 [("Mr. Whitlow, you are free to", "Patricia Moynihan"),
  ("no credible evidence", "Cook County State's Attorney's Office"),
  ("Justice delayed is still justice, but", "Cook County State's Attorney's Office"),
  ("I kept telling myself this day", "Terrence Whitlow"),
  ("I just didn't know if my", "Terrence Whitlow"),
  ("I never stopped believing in my", "Gloria Whitlow"),
  ("Not for one day.", "Gloria Whitlow"),
  ("Terrence lost his entire adult life.", "Vanessa Ruiz"),
  ("Eat a real cheeseburger", "Terrence Whitlow")]),

# 22 -- Punch-style Nigerian Federal High Court forfeiture ruling; straight quotes; counsel "told the court", "the judge held", SAN "had argued", told journalists, agency spokesman statement, civil society director, unnamed social media user
('''A Federal High Court sitting in Ikoyi, Lagos, on Thursday ordered the final forfeiture to the Federal Government of a N2.3bn duplex and four luxury vehicles linked to a former permanent secretary, Dr Musa Abubakar Lawal.

Justice Olabisi Adeyemi-Cole gave the order following an application by the Economic and Financial Crimes Commission, whose counsel, Rotimi Oyelowo, told the court that the assets were "reasonably suspected to be proceeds of unlawful activities".

The judge held that the respondent had failed to show how he lawfully acquired the property in the Banana Island area of the city.

"The respondent, a civil servant whose total legitimate earnings over 30 years could not exceed N180m, has offered no explanation for assets worth more than 10 times that sum," Justice Adeyemi-Cole held. "The court is left with no option but to grant the application."

Counsel to Lawal, Mr Chukwuemeka Obi (SAN), had argued at the last hearing that the property belonged to a company in which his client had no controlling interest.

"The commission has not shown any link between my client and Greenleaf Properties Limited beyond mere speculation," Obi had argued.

Speaking to journalists after the ruling, Obi said his client would appeal. "We respectfully disagree with the judgment and we are heading to the Court of Appeal," he said.

The EFCC spokesman, Babatunde Ajayi-Obe, said in a statement that the commission would continue to trace and recover stolen assets. "The commission will continue to pursue the recovery of proceeds of corruption wherever they are found," he said.

The Executive Director of the Citizens' Accountability Network, Mrs Halima Bello-Okafor, welcomed the forfeiture but said it was not enough.

"Forfeiture is good, but Nigerians also want to see people prosecuted and convicted," she said. "Nobody has gone to jail in this case."

The ruling drew wide reactions on social media, where photographs of the duplex had circulated for months. One user on X wrote: "N2.3bn for a duplex? And they say there is no money for teachers."''',
 [("reasonably suspected to be proceeds of", "Rotimi Oyelowo"),
  ("The respondent, a civil servant whose", "Olabisi Adeyemi-Cole"),
  ("The court is left with no", "Olabisi Adeyemi-Cole"),
  ("The commission has not shown any", "Chukwuemeka Obi"),
  ("We respectfully disagree with the judgment", "Chukwuemeka Obi"),
  ("The commission will continue to pursue", "Babatunde Ajayi-Obe"),
  ("Forfeiture is good, but Nigerians also", "Halima Bello-Okafor"),
  ("Nobody has gone to jail in", "Halima Bello-Okafor"),
  ("N2.3bn for a duplex?", "~user")]),

# 23 -- Toronto Star-style Ontario hit-and-run sentencing; curly quotes; partial quote by named daughter in lede, judge, assistant Crown attorney "told the court", three daughters of same surname, police statement
('''A Brampton driver who struck and killed a 67-year-old crossing guard and then drove away has been sentenced to four years in prison, a punishment the victim’s eldest daughter, Priya Nair, called “a slap on the wrist.”

Kevin Lalonde, 29, pleaded guilty to dangerous driving causing death and failing to remain at the scene in the death of Shanthi Nair, who had worked as a crossing guard outside Fernbrook Public School for 11 years.

Superior Court Justice Deborah Kwan found that Lalonde was travelling about 30 km/h over the limit in a school zone when he hit Nair on the morning of Oct. 17, 2023.

“Ms. Nair was doing exactly what she had been trained to do, standing in the crosswalk with her stop sign raised,” Kwan said. “Mr. Lalonde did not stop before he hit her, and he did not stop after.”

Assistant Crown attorney Melissa Fortin had asked for six years.

“He went home, parked the car in his garage and went to bed,” Fortin told the court during sentencing submissions in February. “That is the conduct of someone who was thinking only of himself.”

Lalonde’s lawyer, Arjun Mehta, noted that his client turned himself in two days after the crash and had no criminal record.

In victim impact statements, Nair’s three daughters described a mother who knew the name of every child who crossed at her corner.

“The kids called her Auntie,” said her youngest daughter, Kavitha Nair. “After she died, they left drawings on the fence for weeks.”

Her middle daughter, Lakshmi Nair-Singh, told the court: “I was eight months pregnant when she died. My son will never meet her.”

Speaking outside the courthouse on Thursday, Priya Nair said the sentence did not reflect what her family had lost.

“Four years for a life. My mother gave 11 years to those children, and he got four years,” she said.

Peel Regional Police, which investigated the crash, said in a statement that it hoped the case would be a warning.

“We hope today’s outcome reminds drivers that school zones demand their full attention,” the statement said.''',
 [("a slap on the wrist.", "Priya Nair"),
  ("Ms. Nair was doing exactly what", "Deborah Kwan"),
  ("Mr. Lalonde did not stop before", "Deborah Kwan"),
  ("He went home, parked the car", "Melissa Fortin"),
  ("That is the conduct of someone", "Melissa Fortin"),
  ("The kids called her Auntie", "Kavitha Nair"),
  ("After she died, they left drawings", "Kavitha Nair"),
  ("I was eight months pregnant when", "Lakshmi Nair-Singh"),
  ("Four years for a life.", "Priya Nair"),
  ("We hope today’s outcome reminds drivers", "Peel Regional Police")]),

# 24 -- Guardian-style Court of Appeal quashes climate protesters' convictions; curly quotes; banner slogan, appeal judge partial and split quote, CPS spokesperson, Instagram caption, defendant told the Guardian, KC, critic
('''Three climate protesters who glued themselves to a road outside an oil terminal have had their convictions for public nuisance quashed after the court of appeal ruled that the trial judge wrongly stopped them from explaining their motives to the jury.

Freya Lindgren, 26, Tom Achebe-Ward, 31, and Margaret Pollock, 68, were convicted at Southwark crown court last year over a protest in April 2023 at which members of the group Last Harvest held banners reading “No New Oil, No Dead Future” and blocked a tanker route for six hours.

Giving the judgment on Tuesday, the appeal court judge Dame Alison Carrow said the trial judge had been entitled to keep the jury focused on the issues but had gone “significantly too far”.

“A defendant is not entitled to a lecture hall,” she said. “But he or she is entitled to give an honest account of what they did and why, and the jury is entitled to hear it.”

The Crown Prosecution Service said it would not seek a retrial. “We have carefully considered the court’s judgment and have concluded that a retrial would not be in the public interest,” a CPS spokesperson said.

Lindgren posted a photograph of the three defendants outside the Royal Courts of Justice on Instagram with the caption: “We told the truth. Today the court let it be heard.”

Pollock, a retired GP from Sheffield, said she had never expected to find herself in the dock.

“I spent 35 years telling patients to stop smoking because the evidence was clear,” she told the Guardian. “The evidence on oil is clear too.”

Their barrister, Owen Kirkby KC, said the ruling could affect dozens of other cases in which protesters had been prevented from giving evidence about their beliefs.

“There are people who have served prison sentences after trials conducted in exactly the same way,” he said.

Not everyone welcomed the decision. Paul Derry, the chair of the Road Haulage Safety Forum, said: “Drivers were stuck in their cabs for hours on a hot day. Their views seem to have been forgotten.”''',
 [("No New Oil, No Dead Future", None),
  ("significantly too far", "Alison Carrow"),
  ("A defendant is not entitled to", "Alison Carrow"),
  ("But he or she is entitled", "Alison Carrow"),
  ("We have carefully considered the court’s", "Crown Prosecution Service"),
  ("We told the truth.", "Freya Lindgren"),
  ("I spent 35 years telling patients", "Margaret Pollock"),
  ("The evidence on oil is clear", "Margaret Pollock"),
  ("There are people who have served", "Owen Kirkby"),
  ("Drivers were stuck in their cabs", "Paul Derry")]),

# 25 -- AP-style Georgia elder-neglect fraud trial opening statements; straight quotes; brochure text, prosecutor "told the jury in her opening statement", defense lawyer partial quote and full quote, witness testimony under cross-examination, relative outside court
('''ATLANTA (AP) — The owner of a chain of Georgia assisted-living homes let residents go hungry and lie in soiled sheets while he spent the company's money on a private plane, a prosecutor told jurors Monday as his fraud and neglect trial began.

Lionel Prescott, 63, faces 22 counts including Medicaid fraud, elder abuse and racketeering. Prosecutors say his company, Magnolia Crest Senior Living, billed the state for staff and services that residents at three homes in metro Atlanta never received between 2018 and 2022.

The company's brochures promised families "resort-style living for your loved ones."

"The evidence will show that while Mr. Prescott was flying to the Bahamas, residents in his care were losing weight they could not afford to lose," Assistant Attorney General Dana Kessler told the jury in her opening statement.

She showed jurors photographs of pressure sores on a 91-year-old resident. "This is what neglect looks like," Kessler said. "It does not happen in a day."

Prescott's attorney, Bruce Hammond, told jurors the state's case rested on "a handful of disgruntled former employees" and that staffing problems at the homes were caused by the pandemic.

"Lionel Prescott did not invent the nursing shortage. Every facility in this state was struggling, and he kept his doors open when others closed theirs," Hammond said.

The first witness, former night-shift aide Tamika Jordan, testified that she was often the only staff member on duty for 38 residents.

"Some nights I couldn't get to everybody," Jordan said, pausing to compose herself. "I'd go home and cry in my car."

Under questioning by Hammond, she acknowledged that she had been fired in 2021 for missing shifts. "I was missing shifts because I was exhausted," she said.

Carol Ashby, whose father lived at one of the homes until his death in 2021, said she planned to attend every day of the trial.

"I want him to look at us," she said.

The trial before Fulton County Superior Court Judge Simone Archer is expected to last six weeks.''',
 [("resort-style living for your loved ones.", None),
  ("The evidence will show that while", "Dana Kessler"),
  ("This is what neglect looks like", "Dana Kessler"),
  ("It does not happen in a day.", "Dana Kessler"),
  ("a handful of disgruntled former employees", "Bruce Hammond"),
  ("Lionel Prescott did not invent the", "Bruce Hammond"),
  ("Some nights I couldn't get to", "Tamika Jordan"),
  ("I'd go home and cry in", "Tamika Jordan"),
  ("I was missing shifts because I", "Tamika Jordan"),
  ("I want him to look at", "Carol Ashby")]),
]
# fmt: on
