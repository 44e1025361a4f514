"""Ninety-two more stories, in the house styles of many kinds of outlet, with who says each quote.

Written for this suite by five separate authors (helper agents) who did not see the rules or the
other stories, as ordinary published copy rather than puzzles: STORIES_A in the styles of wire
agencies, broadsheets, BBC online, tabloids, trade and science press, obituaries and features;
STORIES_B in those of regional, local and community papers, public broadcasters, university and
hospital news; STORIES_C in those of English-language papers in India, Pakistan, Nigeria, Kenya,
South Africa, the Philippines, Singapore, Malaysia, Ghana and Australia, US local TV sites and
celebrity news; STORIES_D specialist news with three or more speakers each: parliaments, courts,
markets, research, investigations and sport; STORIES_E a day's mix of wire, national, local,
business, science, sport and court stories, held out: no rule is changed for it. Straight, curly and British single quote marks. Not gold and not from any article
of the gold set. Each entry is (story, [(first words inside the quote marks, speaker as first
named, or None), ...]); a speaker only described is given as the organisation they speak for.

First read, before any rule was changed for them: 135 of 170 right in STORIES_A and 95 of 125 in
STORIES_B (offline backend at 224ea63); 72 of 130 in STORIES_C (at 0bcd0ae, after the rules had
been tuned on A and B); 141 of 169 in STORIES_D (at ef50b37, after they had been tuned on C);
118 of 134 in STORIES_E (at 2d8d709, with the round's final rules).
"""

# fmt: off
STORIES_A = [
    # 1 -- AP wire, politics/transport, Nigeria: straight quotes; "…," said X / split quote / partial quote / X said: "…" / spokesman for government body
    (
'''LAGOS, Nigeria (AP) — Lawmakers in Nigeria's Lagos State on Tuesday approved a bill to cap fares charged by commercial minibuses, a move its supporters say will ease the burden on millions of commuters squeezed by soaring fuel prices.

The measure passed 31-6 after a heated three-hour debate and now goes to the state governor, who has 30 days to sign or veto it.

"People are spending half of what they earn just to get to work," said Adebayo Ogunleye, the lawmaker who sponsored the bill. "This is not a luxury. It is survival."

Transport unions have threatened to strike if the cap takes effect. Chinedu Eze, chairman of the Lagos branch of a national road transport workers' union, called the bill "a death sentence for small operators" and said many drivers would park their buses rather than run at a loss.

"We buy fuel at market price. We buy spare parts at market price. Nobody is capping those," Eze told reporters outside the assembly complex in Ikeja.

Fuel prices in Nigeria have more than tripled since the federal government scrapped a decades-old petrol subsidy, and inflation has hovered near its highest level in nearly three decades.

At the sprawling Oshodi bus interchange, commuter Funmilayo Adeyemi, 29, said she now walks part of her route to save money.

"Some days I leave the house at 5 a.m. so I can walk to the second bus stop," she said. "If the fare comes down even a little, it will help my family."

Economists were skeptical. Ifeoma Nwosu, a senior analyst at a Lagos-based research firm, said: "Price controls usually create shortages. If operators can't cover their costs, you will see fewer buses on the road, and commuters will wait longer."

A spokesman for the Lagos State Government said the administration would study the bill "carefully and in consultation with all stakeholders" before making a decision.''',
        [
            ("People are spending half of what", "Adebayo Ogunleye"),
            ("This is not a luxury.", "Adebayo Ogunleye"),
            ("a death sentence for small operators", "Chinedu Eze"),
            ("We buy fuel at market price.", "Chinedu Eze"),
            ("Some days I leave the house", "Funmilayo Adeyemi"),
            ("If the fare comes down even", "Funmilayo Adeyemi"),
            ("Price controls usually create shortages.", "Ifeoma Nwosu"),
            ("carefully and in consultation with all", "Lagos State Government"),
        ],
    ),
    # 2 -- British broadsheet, health, England: curly quotes; quote from a report ("the report says") / partial quote / multi-paragraph quote / ministry spokesperson / nested ‘…’ quote from an unnamed GP
    (
'''Waiting times for children’s mental health services in England have reached their longest since records began, according to a report by the Centre for Child Health Policy that warns thousands of young people are being “left to deteriorate” before they receive any help.

The independent thinktank found that the median wait between referral and a first appointment rose to 19 weeks last year, up from 11 weeks in 2019. In some parts of the north-west, one in five children waited more than a year.

“Behind each of these numbers is a child who is struggling at school, at home and with their friendships,” the report says. “Every month of delay makes recovery harder and more expensive.”

Dr Helen Marsh, a consultant child psychiatrist and one of the report’s authors, said the figures reflected a system “running to stand still”.

“We have seen referrals almost double in five years, but the workforce has grown by a fraction of that,” she said. “Clinicians are doing their best, but they are triaging an emergency, not delivering care.

“Families tell us they feel abandoned. Some have been told to go to A&E if things get worse, which is the last place a frightened 13-year-old should be.”

The Department of Health and Social Care said it was investing an extra £680m in mental health services this year and had recruited thousands of additional staff.

A spokesperson said: “We know too many children are waiting too long for support. That is why we are rolling out mental health support teams to every school in the country by the end of the decade.”

Sarah Pennington, whose 15-year-old son waited 14 months for an assessment in Lancashire, said the family had been “pushed from pillar to post”.

“He stopped going to school in the spring. I gave up my job to look after him,” she said. “When I went back to the GP, she said, ‘There’s nothing more I can do,’ and handed me a leaflet.”

Tom Aldridge, who chairs the all-party parliamentary group on children’s health, said: “Ministers have known about this for years. The question is no longer whether there is a crisis, but how many more children will be failed before anyone acts.”''',
        [
            ("left to deteriorate", "Centre for Child Health Policy"),
            ("Behind each of these numbers is", "Centre for Child Health Policy"),
            ("Every month of delay makes recovery", "Centre for Child Health Policy"),
            ("running to stand still", "Helen Marsh"),
            ("We have seen referrals almost double", "Helen Marsh"),
            ("Clinicians are doing their best", "Helen Marsh"),
            ("Families tell us they feel abandoned.", "Helen Marsh"),
            ("We know too many children are", "Department of Health and Social Care"),
            ("pushed from pillar to post", "Sarah Pennington"),
            ("He stopped going to school in", "Sarah Pennington"),
            ("When I went back to the", "Sarah Pennington"),
            ("There’s nothing more I can do", None),
            ("Ministers have known about this for", "Tom Aldridge"),
        ],
    ),
    # 3 -- BBC online style, local news, Wales: straight quotes; one-sentence paragraphs / quote paragraph with no verb after "she said" paragraph / statement continuing across paragraphs / spokeswoman for the council
    (
'''A seaside village has been left without a cash machine after its only ATM was removed, leaving some residents facing a 16-mile round trip to withdraw money.

The machine outside the village shop in Llanmorfa, Ceredigion, was taken out last week.

Its operator, CashLink Services, said it was no longer "commercially viable".

Local councillor Gwen Parry said the decision had "cut the village off".

"We have a lot of older people here who don't use online banking, and the bus only runs twice a day," she said.

"For them, this isn't an inconvenience. It's a real barrier."

Cafe owner Dylan Hughes, 41, said trade had already dropped.

"Visitors assume they can get cash here," he said. "When they can't, they just drive on to the next town."

Margaret Evans, 82, has lived in the village all her life.

She said she had always used cash to manage her pension.

"I know exactly what I've got in my purse. I don't trust cards, and I'm too old to start now."

In a statement, CashLink Services said: "We regularly review our network and, regrettably, use of this machine had fallen significantly.

"We would encourage customers to use their nearest post office, where cash withdrawals are available free of charge."

But residents point out that the nearest post office is in Aberaeron, eight miles away, and it closes at lunchtime on Saturdays.

A spokeswoman for Ceredigion County Council said it was "exploring options" with banking hub providers and would "continue to press" for a solution.''',
        [
            ("commercially viable", "CashLink Services"),
            ("cut the village off", "Gwen Parry"),
            ("We have a lot of older", "Gwen Parry"),
            ("For them, this isn't an inconvenience.", "Gwen Parry"),
            ("Visitors assume they can get cash", "Dylan Hughes"),
            ("When they can't, they just drive", "Dylan Hughes"),
            ("I know exactly what I've got", "Margaret Evans"),
            ("We regularly review our network and,", "CashLink Services"),
            ("We would encourage customers to use", "CashLink Services"),
            ("exploring options", "Ceredigion County Council"),
            ("continue to press", "Ceredigion County Council"),
        ],
    ),
    # 4 -- US metro daily, court report, Ohio: curly quotes; judge / prosecutor / defendant's letter read aloud ("Kowalski wrote:") / witness outside court
    (
'''A former treasurer of a suburban Columbus youth soccer league was sentenced Thursday to four years in prison for stealing more than $310,000 from the nonprofit over six years, money prosecutors said paid for cruises, a pontoon boat and her daughter’s wedding.

Denise Kowalski, 54, of Westerville, pleaded guilty in March to theft and tampering with records. Franklin County Common Pleas Judge Raymond Ortiz also ordered her to repay the full amount.

“This wasn’t a single lapse in judgment,” Ortiz said before announcing the sentence. “This was hundreds of transactions, each one a decision, over the better part of a decade.”

Assistant Prosecutor Maria Delgado told the court that Kowalski had forged board members’ signatures on checks and created invoices from a uniform supplier that did not exist.

“She stole from 9-year-olds,” Delgado said. “Registration fees went up three years in a row, and families were told it was because of rising field costs. It was because of her.”

Kowalski’s attorney, Brian Feldman, asked for probation, arguing that his client had a gambling addiction and had begun treatment.

In a letter to the judge, which Feldman read aloud, Kowalski wrote: “I am ashamed of what I did to the league and to the children I was supposed to serve. I have no excuse, only an explanation, and I will spend the rest of my life trying to make it right.”

Kowalski, wearing a gray cardigan, wept as the letter was read but did not address the court herself.

Several parents attended the hearing. Jason Whitmore, who coached in the league for a decade, said afterward that the sentence felt fair.

“Kids lost out on tournaments. We cut a travel team because we thought we couldn’t afford it,” he said outside the courthouse. “Four years doesn’t give that back, but at least it’s something.”

The league’s current president, Lena Park, said new financial controls, including dual signatures on every check and an annual outside audit, had been put in place since the theft was discovered.''',
        [
            ("This wasn’t a single lapse in", "Raymond Ortiz"),
            ("This was hundreds of transactions,", "Raymond Ortiz"),
            ("She stole from 9-year-olds,", "Maria Delgado"),
            ("Registration fees went up three years", "Maria Delgado"),
            ("I am ashamed of what I", "Denise Kowalski"),
            ("Kids lost out on tournaments.", "Jason Whitmore"),
            ("Four years doesn’t give that back", "Jason Whitmore"),
        ],
    ),
    # 5 -- Local weekly paper, community/business, Vermont: straight quotes; quote then speaker in the next sentence / verbless quote after "Walter said he was..." / surname-only and first-name-only later references
    (
'''After 38 years of 4 a.m. alarms, Ruth and Walter Bellamy are hanging up their aprons.

The Bellamys announced last week that Maple Street Bakery, the shop they opened in downtown Bristol in 1986, will close for good on Saturday, Oct. 26.

"We're tired. That's the honest answer." Ruth Bellamy, 71, was sitting at one of the bakery's four small tables on Monday afternoon, a tray of unsold molasses cookies between her and her husband. "Our knees are tired, our backs are tired. It's time."

The couple said they had hoped to sell the business but could not find a buyer willing to take on the building, which needs a new roof and updated wiring.

Walter Bellamy, 73, said the hardest part was telling their regulars.

"Some of these folks have been coming in every morning since their kids were in diapers, and now their kids come in with their own kids," he said. "You don't just close the door on that."

Regulars have been stopping by all week. "It's like losing a living room," said Carol Denning, who has bought a cinnamon roll and a coffee at the bakery nearly every weekday since 1994. "I don't know where everybody's going to go now."

Selectboard chair Pete Lavoie said the town would "do whatever we can" to help find a new tenant for the Main Street storefront.

The Bellamys plan to spend the winter in Florida with Ruth's sister. Walter said he was already thinking about what he would miss most.

"The smell, I think. You stop noticing it after a while, and then you walk in on a Monday and it hits you all over again."

A farewell open house will be held at the bakery on Oct. 26 from 10 a.m. to 2 p.m. "Bring your stories," Ruth said. "We'll bring the doughnuts."''',
        [
            ("We're tired. That's the honest answer.", "Ruth Bellamy"),
            ("Our knees are tired, our backs", "Ruth Bellamy"),
            ("Some of these folks have been", "Walter Bellamy"),
            ("You don't just close the door", "Walter Bellamy"),
            ("It's like losing a living room,", "Carol Denning"),
            ("I don't know where everybody's going", "Carol Denning"),
            ("do whatever we can", "Pete Lavoie"),
            ("The smell, I think.", "Walter Bellamy"),
            ("Bring your stories,", "Ruth Bellamy"),
            ("We'll bring the doughnuts.", "Ruth Bellamy"),
        ],
    ),
    # 6 -- Trade/business press, semiconductors, Netherlands: curly quotes; "the company said in a statement" / CEO on a call / partial quote / analyst / anonymous analyst (speaker None)
    (
'''Eindhoven-based lithography component supplier Brabant Photonics cut its full-year revenue guidance on Wednesday, blaming delayed orders from Chinese customers and a slower-than-expected recovery in memory chip spending.

The company now expects 2024 revenue of €1.14bn to €1.18bn, down from a previous range of €1.25bn to €1.30bn. Its shares fell 11% in Amsterdam trading.

“Demand visibility for the second half has deteriorated,” Brabant Photonics said in a statement accompanying its second-quarter results. “Several customers have pushed tool deliveries into 2025, and we are adjusting our cost base accordingly.”

Chief executive Marieke van Dijk told analysts on a conference call that the company would freeze hiring and postpone a planned expansion of its cleanroom facility in Eindhoven.

“We are not cutting R&D. That would be a mistake we would regret for a decade,” she said. “But we will be disciplined about everything else.”

Van Dijk said export restrictions on advanced equipment to China had “created a lot of noise” in the order book, though she added that the company did not expect the rules to change its long-term outlook.

Chief financial officer Jeroen Bakker said gross margin for the quarter came in at 41.2%, slightly above consensus, helped by a favourable product mix.

Analysts said the cut was larger than expected. “The market had priced in a soft third quarter, not a reset of the full year,” said Anna Lindqvist, a semiconductor equipment analyst at Nordhavn Securities in Stockholm. “The question now is whether 2025 numbers hold.”

Another analyst, who asked not to be named because of company policy, said: “They have been too optimistic on China for three quarters running. Investors will want to see evidence that management has finally caught up with reality.”

Brabant Photonics employs about 4,300 people and supplies optical modules and wafer-stage components to several of the world’s largest chipmaking equipment manufacturers.''',
        [
            ("Demand visibility for the second half", "Brabant Photonics"),
            ("Several customers have pushed tool deliveries", "Brabant Photonics"),
            ("We are not cutting R&D.", "Marieke van Dijk"),
            ("But we will be disciplined about", "Marieke van Dijk"),
            ("created a lot of noise", "Marieke van Dijk"),
            ("The market had priced in a", "Anna Lindqvist"),
            ("The question now is whether 2025", "Anna Lindqvist"),
            ("They have been too optimistic on", None),
        ],
    ),
    # 7 -- Science story from a press release, marine biology, Australia: straight quotes; "said lead author Dr X" / institute statement ("the statement said") / co-author / independent expert
    (
'''Young clownfish raised in warmer water are less able to recognise the smell of predators, putting them at greater risk as oceans heat up, a new study has found.

Researchers from the Reef Ecology Institute in Townsville, Australia, raised more than 1,200 juvenile clownfish in tanks at current summer temperatures and at temperatures 2 and 3 degrees Celsius higher, then tested how they responded to chemical cues from a common predator, the coral trout.

At today's temperatures, about 85 per cent of the young fish avoided water carrying the predator's scent. At 3 degrees warmer, that fell to just over 40 per cent.

"We were surprised by how sharp the drop-off was," said lead author Dr Priya Raman, a marine biologist at the institute. "These fish aren't just a bit slower to react. Many of them don't react at all."

The findings, published in the journal Marine Behavioural Ecology, suggest that heat during early development may disrupt the way the fishes' nervous systems process smell.

The work is part of a five-year programme on reef resilience funded by the institute and several philanthropic foundations. "Understanding how reef fish behave as temperatures rise is essential if we want to protect these ecosystems for future generations," the institute said in a statement.

Co-author Professor Mark Ellison said the team now planned to test whether fish could adapt over several generations.

"There's some evidence from other species that parents exposed to heat can pass on a degree of tolerance to their offspring," he said. "If that happens here, the picture could be less bleak. But we don't know yet."

Dr Sofia Marchetti, a fish physiologist based in Italy who was not involved in the study, said the experiment was carefully designed but cautioned that tank conditions could not fully replicate a living reef.

"In the wild, a fish has lots of cues: sight, sound, the behaviour of other fish around it," she said. "Smell is important, but it's one sense among several."''',
        [
            ("We were surprised by how sharp", "Priya Raman"),
            ("These fish aren't just a bit", "Priya Raman"),
            ("Understanding how reef fish behave as", "Reef Ecology Institute"),
            ("There's some evidence from other species", "Mark Ellison"),
            ("If that happens here, the picture", "Mark Ellison"),
            ("In the wild, a fish has", "Sofia Marchetti"),
            ("Smell is important, but it's one", "Sofia Marchetti"),
        ],
    ),
    # 8 -- Sports match report (tabloid/regional), football, England: British single quotes; partial quote in lede / manager and player / "X added that ..." partial / verbless quote after "Tanner refused to get carried away."
    (
'''Ashcombe United boss Neil Tanner hailed his side's 'best performance of the season' after a Kieran Doyle double sank promotion rivals Thornbury Athletic 3-1 at Mill Lane.

Doyle struck twice in the opening 20 minutes before Thornbury's Sam Okafor pulled one back just before the break. Substitute Lewis Grant sealed it with a curling effort in stoppage time.

'I thought we were outstanding from first minute to last,' Tanner said. 'We pressed them, we were brave on the ball and we didn't panic when they scored. That's a team that believes it can go up.'

Doyle, who now has 14 goals in 19 league games, was typically modest.

'The lads create the chances, I just have to be in the right place,' he said. 'The first one I've probably scored a hundred times in training, so it was nice to do it when it matters.'

Thornbury manager Graham Pike was left fuming about the decision to allow Ashcombe's second goal, claiming Doyle had pushed defender Matt Hurst before heading home.

'It's a clear foul. Everybody in the ground saw it apart from the one man who needed to,' Pike said. 'I'm not going to say any more than that or I'll get myself in trouble.'

Pike added that his side had 'only themselves to blame' for a sluggish start.

The win lifts Ashcombe to second in the table, two points behind leaders Redbridge Vale, with a game in hand.

Tanner refused to get carried away. 'There's a long way to go. Ask me again in April.'

Ashcombe travel to Westbury on Tuesday night.''',
        [
            ("best performance of the season", "Neil Tanner"),
            ("I thought we were outstanding from", "Neil Tanner"),
            ("We pressed them, we were brave", "Neil Tanner"),
            ("The lads create the chances,", "Kieran Doyle"),
            ("The first one I've probably scored", "Kieran Doyle"),
            ("It's a clear foul.", "Graham Pike"),
            ("I'm not going to say any", "Graham Pike"),
            ("only themselves to blame", "Graham Pike"),
            ("There's a long way to go.", "Neil Tanner"),
        ],
    ),
    # 9 -- Obituary, culture/music, Ireland: curly quotes; family statement via named son / album title in quotes (skipped) / unnamed reviewer (None) / old interview with nested ‘…’ quote from her father / tributes
    (
'''Maeve Costello, the Clare fiddler whose recordings helped spark a revival of traditional Irish music in the 1970s, has died at the age of 87.

Her son Dónal Costello said in a statement on behalf of the family that she died peacefully at her home in Ennistymon on Sunday evening, “with a fiddle on the wall and her grandchildren around her”.

Born in 1937 on a small farm near Kilfenora, she learned to play from her father, Paddy Costello, a farmer who played at house dances across north Clare. She was 11 when she first performed at a céilí in the parish hall.

She did not record until she was in her thirties, but her 1976 album “Wind Over the Burren” became one of the best-selling traditional records of the decade. A review in a music magazine at the time praised her playing as “wild and exact at once”, a phrase that followed her for the rest of her career.

Costello rarely gave interviews, but in 1998 she told a Dublin newspaper how she thought about the tradition she had inherited. “My father used to say to me, ‘Play it the way the old people played it, and then play it your own way.’ I spent fifty years working out what he meant.”

Tributes were led by fellow musicians. “She could make a room of 300 people go completely silent with a slow air,” said Siobhán Kerrigan, director of the Clare Traditional Music Archive. “Then twenty minutes later she’d have them up dancing.”

The accordion player Liam Farrell, who toured with her in the 1980s, said: “She never played a tune the same way twice, and she never played one badly. We were all a little bit afraid of her, and we all adored her.”

Costello taught for more than three decades at summer schools in Clare and Galway, and many of her former pupils now perform professionally.

She is survived by her sons Dónal and Seán, her daughter Áine, and nine grandchildren. Her husband, Michael, a schoolteacher, died in 2011.

Her funeral will take place on Thursday at St Brigid’s Church, Ennistymon.''',
        [
            ("with a fiddle on the wall", "Dónal Costello"),
            ("wild and exact at once", None),
            ("My father used to say to", "Maeve Costello"),
            ("Play it the way the old", "Paddy Costello"),
            ("She could make a room of", "Siobhán Kerrigan"),
            ("Then twenty minutes later she’d have", "Siobhán Kerrigan"),
            ("She never played a tune the", "Liam Farrell"),
        ],
    ),
    # 10 -- Feature with scene-setting lede, climate/agriculture, Kenya: straight quotes; "…," he said, leaning on... / official / "his father said" (pronoun-like description) / expert with surname-only second reference
    (
'''The sun has barely cleared the ridge when Joseph Lemaiyan walks out to the thorn-fenced enclosure behind his house and counts his camels. Eleven. He counts again, out of habit, then smiles.

Five years ago, the 46-year-old herder in northern Kenya's Samburu County owned more than 60 cattle. The drought of 2022, the worst in four decades, killed all but six.

"I watched them die one by one. You cannot describe that to someone who has not lived it," he said, leaning on a wooden staff. "After that, I said, never again."

He sold the surviving cattle and, with a loan from a local cooperative, bought his first three camels. Camels can go up to two weeks without water and browse on thorny shrubs that cattle will not touch.

Across Kenya's arid north, thousands of pastoralist families have made similar choices. A survey by the county livestock department found that camel numbers in Samburu had risen by roughly a third since 2019.

"The climate has changed, so the animals have to change," said Grace Lekalkuli, a livestock officer with the county government. "Camels are not the answer to everything, but they are part of the answer."

The shift brings its own problems. Camel milk fetches a good price in Nairobi and in towns like Isiolo, but getting it there before it spoils is difficult without refrigeration.

His wife, Naserian Lemaiyan, 39, sells the family's milk at the market in Maralal twice a week. "On a good day, I come home with everything sold. On a bad day, half of it turns sour on the road," she said.

Researchers caution that camels are not a simple fix. Dr. Peter Mwangi, who studies pastoral livelihoods at a university in Nairobi, said larger camel herds could put new pressure on fragile rangelands.

"Everything depends on how the land is managed," Mwangi said. "If we just swap one animal for another without thinking about grazing, we could create a different kind of crisis in 20 years."

Back at the enclosure, the couple's youngest son, 9-year-old Lekishon, is trying to coax a calf toward its mother.

"He will grow up with camels," his father said. "Maybe that is good. I don't know. We will see what the rain decides."''',
        [
            ("I watched them die one by", "Joseph Lemaiyan"),
            ("After that, I said, never again.", "Joseph Lemaiyan"),
            ("The climate has changed, so the", "Grace Lekalkuli"),
            ("Camels are not the answer to", "Grace Lekalkuli"),
            ("On a good day, I come", "Naserian Lemaiyan"),
            ("Everything depends on how the land", "Peter Mwangi"),
            ("If we just swap one animal", "Peter Mwangi"),
            ("He will grow up with camels,", "Joseph Lemaiyan"),
            ("Maybe that is good.", "Joseph Lemaiyan"),
        ],
    ),
    # 11 -- Reuters wire, energy/business, Norway: curly quotes; company statement / named spokeswoman "told Reuters" / regulator emailed statement / analyst / union leader "he said"
    (
'''OSLO, June 4 (Reuters) - Norway’s Skarven Offshore has halted production at its Lyngvær field in the North Sea after a gas leak was detected on Tuesday, the company said, adding that no one was injured.

“A gas leak was detected in the processing module at approximately 14:20 local time. All personnel were mustered in accordance with emergency procedures,” Skarven Offshore said in a statement.

The 68 workers on board the platform were safe, and a decision on whether to fly non-essential staff to shore would be made later on Tuesday, the company added.

“We do not yet know the cause of the leak, and it is too early to say when production will restart,” spokeswoman Ingrid Haugland told Reuters by telephone.

Norway’s Offshore Safety Authority said it had been notified and was following the situation.

“We are in close dialogue with the operator and will consider whether to launch an investigation once we have more information,” the authority said in an emailed statement.

The field produced about 45,000 barrels of oil equivalent per day in the first quarter, mostly gas exported to Germany and Britain by pipeline.

Benchmark Dutch wholesale gas prices rose as much as 4% after the news before paring gains.

“The market is tight going into the summer maintenance season, so any unplanned outage gets noticed,” said Erik Sandvik, a senior analyst at Fjord Energy Analytics. “If this lasts more than a few days, it becomes a meaningful supply issue.”

Tor Bjørnstad, leader of the Offshore Workers’ Federation, said the union would demand a full review of safety on the installation.

“This is the second incident on this platform in eighteen months. Our members deserve answers,” he said.

(Reporting by Kari Lunde; Editing by Tom Ashworth)''',
        [
            ("A gas leak was detected in", "Skarven Offshore"),
            ("We do not yet know the", "Ingrid Haugland"),
            ("We are in close dialogue with", "Offshore Safety Authority"),
            ("The market is tight going into", "Erik Sandvik"),
            ("If this lasts more than a", "Erik Sandvik"),
            ("This is the second incident on", "Tor Bjørnstad"),
        ],
    ),
    # 12 -- AFP wire, disaster, Philippines: straight quotes; "told AFP" / two speakers in one paragraph / agency spokeswoman / weather bureau bulletin (organisation)
    (
'''Manila (AFP) - At least 23 people were killed and dozens remain missing after Typhoon Saling triggered landslides and flash floods across the central Philippines, officials said Sunday.

The storm made landfall on the island of Samar late Friday with sustained winds of 165 kilometres (100 miles) per hour, tearing roofs off homes and cutting power to more than a million people.

"Our priority right now is to reach the villages that are still cut off," Rafael Dizon, a regional civil defence director, told AFP. "Roads are blocked by landslides and some bridges have been washed away, so we are sending teams by boat."

In the coastal city of Catbalogan, residents waded through waist-deep brown water carrying children and bags of belongings on their heads.

"The water came up so fast. We only had time to grab the children," said Lorna Macaraeg, 38, a fish vendor, as she sat with her family on the second floor of a school being used as an evacuation centre. Her neighbour, Edwin Pacis, nodded. "We lost everything downstairs, but we are alive," he said.

More than 140,000 people had fled to evacuation centres by Sunday morning, according to the national disaster agency.

The agency's spokeswoman, Joy Santiago, said search efforts were being hampered by continuing rain and unstable hillsides.

"We have not stopped, but the conditions are very dangerous for our rescuers," she said.

The state weather service PAGASA said in its latest bulletin that the typhoon had weakened as it moved west but would bring further heavy rain.

"Residents of low-lying and mountainous areas are advised to remain vigilant against possible flooding and landslides," the bulletin said.

The Philippines is hit by an average of 20 storms and typhoons each year, killing hundreds of people and keeping millions in poverty.''',
        [
            ("Our priority right now is to", "Rafael Dizon"),
            ("Roads are blocked by landslides and", "Rafael Dizon"),
            ("The water came up so fast.", "Lorna Macaraeg"),
            ("We lost everything downstairs, but we", "Edwin Pacis"),
            ("We have not stopped, but the", "Joy Santiago"),
            ("Residents of low-lying and mountainous areas", "PAGASA"),
        ],
    ),
    # 13 -- US suburban daily, education/school board, Michigan: curly quotes; superintendent / partial quote / "drawing applause" / student / unidentified man shouting (None) / board member
    (
'''After nearly three hours of public comment, the Lakeview Board of Education voted 5-2 on Monday night to ban student cellphones during the school day at its middle and high schools beginning in January.

Under the policy, students will have to keep phones in lockable pouches from the first bell until dismissal. A student caught using a phone would have it held in the main office until a parent picks it up.

Superintendent Karen Holloway, who recommended the ban, told the board that teachers had described phones as the single biggest distraction in their classrooms.

“Our staff are spending the first ten minutes of every period asking kids to put their phones away,” Holloway said. “Multiply that across a school year and we are losing weeks of instruction.”

More than 200 people packed the high school auditorium for the meeting, and opinion was sharply divided.

Parent Michelle Aguilar said her daughter, a ninth-grader, had been bullied in group chats and that the pouches would give students “a few hours of peace.”

But Derek Sloan, whose son has Type 1 diabetes, said he worried the rules would cut students off from their families in an emergency.

“My son’s glucose monitor talks to his phone. That phone is a medical device,” Sloan said, drawing applause. Holloway later said students with documented medical needs would be exempt.

Several students spoke, too. “You can’t teach us to use technology responsibly by taking it away,” said Ethan Brooks, a junior and the student representative on the board.

When board president Alan Reyes called for the vote, a man near the back of the auditorium shouted, “You didn’t listen to a word we said!” He was not identified.

Board member Tamara Quinn, one of the two no votes, said she supported limiting phones but thought the district was moving too fast.

“I would have liked a pilot at one school first,” she said. “We’re spending $90,000 on pouches, and we don’t know yet if they work.”

The policy takes effect Jan. 6.''',
        [
            ("Our staff are spending the first", "Karen Holloway"),
            ("Multiply that across a school year", "Karen Holloway"),
            ("a few hours of peace.", "Michelle Aguilar"),
            ("My son’s glucose monitor talks to", "Derek Sloan"),
            ("You can’t teach us to use", "Ethan Brooks"),
            ("You didn’t listen to a word", None),
            ("I would have liked a pilot", "Tamara Quinn"),
            ("We’re spending $90,000 on pouches,", "Tamara Quinn"),
        ],
    ),
    # 14 -- UK tech press, data breach, UK: straight quotes; company blog post / researcher with partial quote / regulator "a spokesperson said" / CEO / user / campaigner "said:"
    (
'''A fitness app used by more than two million people in the UK has admitted that a security flaw exposed some users' home addresses and workout routes for up to six weeks.

StrideLog, which lets runners and cyclists record and share their routes, said the problem was caused by a software update released in early March.

The company said in a blog post: "We got this wrong. A change to our sharing settings meant that some routes marked as private could be viewed by anyone with a direct link. We have fixed the issue and we are deeply sorry."

The flaw was discovered by security researcher Tomás Ferreira, who said he found it "within about ten minutes" of looking at the app's web traffic.

"Because most people start and finish their runs at home, a route is effectively a home address," Ferreira said. "Combine that with the times people run, and you can work out when a house is empty."

Ferreira said he reported the issue to StrideLog on 14 April and that it was fixed three days later.

The Information Commissioner's Office confirmed it had received a breach report from the company. "We are making enquiries," a spokesperson said.

StrideLog's chief executive, Owen Blake, said there was no evidence that the flaw had been exploited.

"We've gone through our logs carefully and we've found no sign of anyone scraping data at scale," he said. "But we're not going to pretend that makes it OK."

Some users were unconvinced. "I've deleted my account," said Hannah Liddell, 34, a teacher from Leeds who uses the app to log her morning runs. "I run alone, often in the dark. Knowing that anyone could have seen exactly where I live and when I leave the house is horrible."

Privacy campaigners said the incident showed the risks of collecting location data. Jess Morton, of the campaign group Open Rights Watch, said: "Location data is some of the most sensitive information we generate, and too many apps still treat it as an afterthought."''',
        [
            ("We got this wrong.", "StrideLog"),
            ("within about ten minutes", "Tomás Ferreira"),
            ("Because most people start and finish", "Tomás Ferreira"),
            ("Combine that with the times people", "Tomás Ferreira"),
            ("We are making enquiries,", "Information Commissioner's Office"),
            ("We've gone through our logs carefully", "Owen Blake"),
            ("But we're not going to pretend", "Owen Blake"),
            ("I've deleted my account,", "Hannah Liddell"),
            ("I run alone, often in the", "Hannah Liddell"),
            ("Location data is some of the", "Jess Morton"),
        ],
    ),
    # 15 -- Indian sports wire (PTI-style), cricket match report, India: curly quotes; player with nested ‘…’ quote from captain / captain "he said" / coach / partial quote
    (
'''NAGPUR: Left-arm spinner Rohan Deshmukh claimed 6 for 41 as Mumbai bowled out Vidarbha for 187 on the final day to win their Ranji Trophy quarter-final by 146 runs on Sunday.

Set 334 to win after Mumbai captain Siddharth Rane declared overnight, Vidarbha resumed on 52 for 1 but lost their last nine wickets for 135 runs on a pitch that offered sharp turn from the first session.

Opener Karan Bhosle top-scored with 78 before he was stumped charging down the track at Deshmukh shortly after lunch. From 151 for 3, Vidarbha collapsed in the space of 19 overs.

“The ball was gripping from the first over this morning, so I just tried to keep it simple and bowl in the right areas,” Deshmukh said after the match. “Our captain told me, ‘Don’t look for wickets, let the pitch do the work,’ and that is exactly what happened.”

Rane was full of praise for the 27-year-old, who now has 38 wickets in six matches this season.

“Rohan has been our best bowler all season and he doesn’t get enough credit for it,” he said. “On a pitch like this, he is a nightmare to face.”

Vidarbha coach Prakash Naidu said his batters had been undone by poor shot selection rather than the conditions.

“We got a good start and then threw it away,” Naidu said. “Three of our top six got out playing the sweep. That is not the pitch, that is decision-making.”

Naidu said the team would “sit down and look honestly” at what went wrong before the start of the white-ball season.

Mumbai will face Karnataka in the semi-final in Bengaluru from next Saturday.''',
        [
            ("The ball was gripping from the", "Rohan Deshmukh"),
            ("Our captain told me,", "Rohan Deshmukh"),
            ("Don’t look for wickets, let the", "Siddharth Rane"),
            ("Rohan has been our best bowler", "Siddharth Rane"),
            ("On a pitch like this, he", "Siddharth Rane"),
            ("We got a good start and", "Prakash Naidu"),
            ("Three of our top six got", "Prakash Naidu"),
            ("sit down and look honestly", "Prakash Naidu"),
        ],
    ),
    # 16 -- Canadian Press style, politics, Canada: straight quotes; committee testimony "told the committee" / MP "he said" / auditor general's report partial quote / "told reporters" / press secretary email
    (
'''OTTAWA — Federal officials could not say Tuesday how many rural households have been connected to high-speed internet under a $2.75-billion program launched four years ago, drawing sharp criticism from MPs on a House of Commons committee.

Appearing before the industry committee, assistant deputy minister Linda Cheung said the program had approved funding for projects that would eventually reach more than 900,000 homes.

"We are confident the program is on track to meet its 2030 target," Cheung told the committee. "But I don't have a verified figure for completed connections today, and I don't want to give the committee a number I can't stand behind."

That answer did not satisfy Greg Fortin, a Conservative MP from northern Ontario.

"Four years and almost three billion dollars, and the department can't tell us how many people got internet?" he said. "My constituents are still driving to the Tim Hortons parking lot to upload their kids' homework."

A report by the Office of the Auditor General last spring found the program had "no reliable way of measuring its results" and recommended the department publish quarterly connection figures.

Liberal MP Rachel Tam defended the program, noting that many projects are in remote communities where construction seasons are short.

"You can't lay fibre in frozen ground in February," Tam said. "Some of these communities are only reachable by air or by winter road. Of course it takes time."

Cheung promised to provide the committee with updated figures within 30 days.

After the meeting, Fortin told reporters he would ask the committee to call Industry Minister Daniel Okoye to testify.

"The officials are doing their best with what they've been given," he said. "This is a political failure, and the minister needs to own it."

Okoye's press secretary, Maya Desrosiers, said in an email: "Every rural household will have access to high-speed internet by 2030. We are confident in that commitment and we will keep Canadians updated on our progress."''',
        [
            ("We are confident the program is", "Linda Cheung"),
            ("But I don't have a verified", "Linda Cheung"),
            ("Four years and almost three billion", "Greg Fortin"),
            ("My constituents are still driving to", "Greg Fortin"),
            ("no reliable way of measuring its", "Office of the Auditor General"),
            ("You can't lay fibre in frozen", "Rachel Tam"),
            ("Some of these communities are only", "Rachel Tam"),
            ("The officials are doing their best", "Greg Fortin"),
            ("This is a political failure, and", "Greg Fortin"),
            ("Every rural household will have access", "Maya Desrosiers"),
        ],
    ),
    # 17 -- UK tabloid health story, cancer trial, England: British single quotes with nested "…" from an unnamed doctor (None) / one-word partial quote / consultant / charity expert "said:"
    (
'''A grandmother who was told she had months to live has been declared free of cancer after taking part in a trial of a new immunotherapy treatment.

Patricia Holden, 67, from Stockport, was diagnosed with advanced melanoma in 2021 after noticing that a small dark mole on her calf had changed shape.

By the time it was found, the cancer had spread to her liver and lungs.

'The doctor sat me down and said, "I'm so sorry, Patricia, we're talking about months, not years,"' Mrs Holden said. 'I went home and started planning my funeral. I even chose the hymns.'

Instead, she was offered a place on a trial at a specialist cancer hospital in Manchester, combining a personalised vaccine made from her own tumour with an existing immunotherapy drug.

Her consultant, Dr Rajesh Menon, said her response had been 'remarkable'.

'Patricia's scans have been clear for over two years now,' he said. 'We have to be careful, because this is one patient and not everybody on the trial has responded this way. But for her, the results have been life-changing.'

Mrs Holden, who has four grandchildren, said she was determined to make the most of her second chance.

'I've done things I never thought I'd get to do,' she said. 'I've seen my granddaughter start school. I walked up Snowdon last summer, slowly, but I got there.'

Dr Fiona Gallagher, head of research information at the charity Skin Cancer Research UK, said: 'Stories like Patricia's are incredibly encouraging, but it's important to remember this treatment is still experimental. Larger trials will tell us who is most likely to benefit.'

The trial is expected to publish its full results next year.''',
        [
            ("The doctor sat me down and", "Patricia Holden"),
            ("I'm so sorry, Patricia, we're talking", None),
            ("I went home and started planning", "Patricia Holden"),
            ("remarkable", "Rajesh Menon"),
            ("Patricia's scans have been clear for", "Rajesh Menon"),
            ("We have to be careful, because", "Rajesh Menon"),
            ("I've done things I never thought", "Patricia Holden"),
            ("I've seen my granddaughter start school.", "Patricia Holden"),
            ("Stories like Patricia's are incredibly encouraging,", "Fiona Gallagher"),
        ],
    ),
    # 18 -- British broadsheet arts page, culture/museums, France: curly quotes; painting title in quotes (skipped) / curator / partial quote / finder / 19th-century letter ("she complained ...:") / academic
    (
'''A painting by Louise Ferrand, a 19th-century French artist who was praised in her lifetime and then all but erased from art history, has been acquired by the Musée Saint-Clair in Lyon after it was found rolled up in an attic in Normandy.

The canvas, a life-size portrait of a washerwoman titled “La Blanchisseuse”, was shown at the Paris Salon of 1874 and had been missing since the early 20th century. The museum paid €640,000 for it at auction in Rouen last month, with help from a private foundation.

“It is as if a voice we had only read about suddenly started speaking again,” said Claire Vasseur, the museum’s chief curator. “Ferrand was reviewed alongside Manet and Degas. Then, within a generation of her death, she vanished.”

Vasseur said the painting was in “astonishingly good condition” considering where it had been kept.

The work was discovered by the heirs of a retired notary in the village of Yport, who were clearing out the family home. One of them, Julien Marchand, said the family had no idea what it was.

“It was behind some old skis and a broken chair,” he said. “We nearly put it in the skip. My sister thought the woman’s face was too good to throw away, so we called an auctioneer.”

Ferrand’s own voice survives in a handful of letters. In one, written to her brother in 1875 and now held in the municipal archives in Lyon, she complained about the reception of her work: “They praise my brush and then ask who taught me, as though a woman’s hand could only ever be borrowed.”

Hélène Dubreuil, an art historian at the University of Lyon, said the rediscovery challenged a long-held assumption.

“For decades the story was that there simply weren’t many women painting seriously in this period,” she said. “Paintings like this show the story was wrong. The women were there. We just stopped looking.”

The painting will go on display in the museum’s main gallery from 15 March, alongside two smaller works by Ferrand already in its collection.''',
        [
            ("It is as if a voice", "Claire Vasseur"),
            ("Ferrand was reviewed alongside Manet and", "Claire Vasseur"),
            ("astonishingly good condition", "Claire Vasseur"),
            ("It was behind some old skis", "Julien Marchand"),
            ("We nearly put it in the", "Julien Marchand"),
            ("They praise my brush and then", "Louise Ferrand"),
            ("For decades the story was that", "Hélène Dubreuil"),
            ("Paintings like this show the story", "Hélène Dubreuil"),
        ],
    ),
    # 19 -- UK court report (Crown Court), road death, England: straight quotes; prosecutor "said:" / victim impact statement continuing across paragraphs / partial quote from defence / judge "told Carver:" and "She added:" / police sergeant
    (
'''A van driver who was scrolling through social media when he hit and killed a cyclist on a rural road in Gloucestershire has been jailed for five years and four months.

Liam Carver, 31, of Cheltenham, admitted causing death by dangerous driving at an earlier hearing.

Gloucester Crown Court heard that Carver was travelling at about 50mph near Andoversford in June last year when his van struck Dr Anna Whitfield, a 58-year-old GP and keen cyclist, from behind.

Phone records showed he had been using Instagram for almost two minutes before the collision.

Prosecutor Rebecca Shaw said: "Visibility was good, the road was straight and dry, and Dr Whitfield was wearing high-visibility clothing. There is no explanation for this collision other than the defendant's attention being on his phone."

In a victim impact statement read to the court by a police family liaison officer, Dr Whitfield's husband, Martin Whitfield, said: "Anna spent thirty years looking after other people. She was looking forward to retiring next year, and we had plans to walk the Camino together.

"Now I walk around an empty house and talk to her photograph. I don't know how to be without her."

Defending, James Pritchard said his client was "genuinely and profoundly remorseful" and had not driven since the crash.

Sentencing, Judge Catherine Hale told Carver: "You chose to look at your phone rather than the road. It was a choice you made again and again during those two minutes, and it cost a much-loved woman her life."

She added: "No sentence I can pass will reflect the loss that her family has suffered."

Carver was also banned from driving for eight years.

Speaking outside court, Sgt Paul Denton, of Gloucestershire Police's serious collision investigation unit, said: "This tragedy was entirely avoidable. Put your phone out of reach before you start the engine."''',
        [
            ("Visibility was good, the road was", "Rebecca Shaw"),
            ("Anna spent thirty years looking after", "Martin Whitfield"),
            ("Now I walk around an empty", "Martin Whitfield"),
            ("genuinely and profoundly remorseful", "James Pritchard"),
            ("You chose to look at your", "Catherine Hale"),
            ("No sentence I can pass will", "Catherine Hale"),
            ("This tragedy was entirely avoidable.", "Paul Denton"),
        ],
    ),
    # 20 -- US newspaper foreign/tech desk, care robots, Japan: curly quotes; "speaking through an interpreter" / care-home manager with nested ‘…’ from unnamed staff (None) / resident "he said, laughing" / academic / CEO again by surname
    (
'''TOKYO — Japanese electronics maker Hoshino Robotics said Thursday it would begin selling a robot designed to lift elderly people in and out of bed, as the country grapples with a deepening shortage of care workers.

The machine, which uses two padded arms and a set of pressure sensors to cradle a person’s body, has been tested for more than a year at nursing homes in the Tokyo area.

“Care workers in Japan have one of the highest rates of back injury of any profession,” Hoshino Robotics president Kenji Watanabe said at a news conference in Tokyo, speaking through an interpreter. “If a machine can do the lifting, people can do the caring.”

Japan’s population is aging faster than almost any other country’s, and government projections suggest the care sector will need hundreds of thousands of additional workers over the next two decades.

The company said the robot would cost about 2.8 million yen, or roughly $19,000, and that it had applied for inclusion in a government subsidy program for care facilities.

At a care home in Saitama where the robot has been in use for eight months, manager Yuko Tanaka said staff had been skeptical at first.

“Some of our older staff said, ‘We’ve managed for thirty years without a machine, why do we need one now?’” she said. “Now they are the ones who argue over who gets to use it.”

Hiroshi Sato, 88, a retired railway engineer who lives at the home, said he preferred the robot in some ways. “It doesn’t sigh when I ask for help,” he said, laughing.

Not everyone is convinced. Mariko Ishida, a professor of gerontology at a university in Kyoto, warned that technology could become a substitute for human contact rather than a supplement to it.

“The danger is not that robots do the lifting. The danger is that they become an excuse to cut staff,” she said. “Loneliness is one of the biggest health risks for older people, and a machine cannot fix that.”

Watanabe said the company had no intention of replacing workers. “Our goal is to give time back to caregivers, not to take their jobs,” he said.''',
        [
            ("Care workers in Japan have one", "Kenji Watanabe"),
            ("If a machine can do the", "Kenji Watanabe"),
            ("Some of our older staff said,", "Yuko Tanaka"),
            ("We’ve managed for thirty years without", None),
            ("Now they are the ones who", "Yuko Tanaka"),
            ("It doesn’t sigh when I ask", "Hiroshi Sato"),
            ("The danger is not that robots", "Mariko Ishida"),
            ("Loneliness is one of the biggest", "Mariko Ishida"),
            ("Our goal is to give time", "Kenji Watanabe"),
        ],
    ),
]

STORIES_B = [
    # 1 -- Wikinews-style citizen journalism, flooding, New Zealand: straight quotes; "told Wikinews", "according to RNZ", told RNZ partial quote, council statement partial, unnamed police spokesperson
    (
'''Heavy rain forces evacuations in Tairāwhiti region

Wednesday, March 12, 2025

Around 300 residents of the Tairāwhiti region on New Zealand's North Island were evacuated from their homes on Tuesday after more than 200 millimetres of rain fell in 24 hours, according to Radio New Zealand (RNZ).

Civil Defence declared a local state of emergency at 4 a.m. local time as the Waipaoa River rose to within half a metre of the top of its stopbanks. "We made the call early because we did not want people moving around in the dark once the water was already up," said Civil Defence controller Hemi Walker in a statement.

Marianne Costello, who lives on a farm near Te Karaka, told Wikinews she had been through several floods but none had risen so fast. "By the time we'd moved the dogs up to the woolshed the paddock was a lake," she said. "We didn't have time to think."

MetService meteorologist Oliver Tan told RNZ the system was "slow-moving and very moist", and warned that further heavy falls were possible through Thursday.

Gisborne District Council said in a statement on its website that drinking water supplies were not affected, but asked residents to conserve water "as a precaution while we check the treatment plant."

Police confirmed that one man had been rescued from the roof of his vehicle on State Highway 2. "He was cold and shaken but otherwise fine," a New Zealand Police spokesperson said.

Evacuation centres at two local schools remained open on Wednesday. The council said it expected to begin damage assessments once the river level dropped.''',
        [
            ("We made the call early because", "Hemi Walker"),
            ("By the time we'd moved the dogs", "Marianne Costello"),
            ("We didn't have time to think.", "Marianne Costello"),
            ("slow-moving and very moist", "Oliver Tan"),
            ("as a precaution while we check", "Gisborne District Council"),
            ("He was cold and shaken but", "New Zealand Police"),
        ],
    ),
    # 2 -- UK regional newspaper, police appeal, England: curly quotes; X said: "…" continuing across paragraphs, unnamed café worker (speaker None), partial quote
    (
'''Police appeal after pensioner’s handbag snatched in Shrewsbury town centre

Police are appealing for witnesses after an 81-year-old woman was knocked to the ground and had her handbag stolen in Shrewsbury town centre on Saturday afternoon.

The incident happened on Pride Hill at around 3.15pm, when a man approached the woman from behind and pulled the bag from her shoulder before running off towards the Darwin Shopping Centre.

The victim, who has asked not to be named, suffered a cut to her head and bruising to her wrist. She was treated at the Royal Shrewsbury Hospital and has since been discharged.

Detective Constable Rachel Hurst, of West Mercia Police, said: “This was a cowardly attack on a vulnerable woman in broad daylight, on one of the busiest streets in the town.

“We know there were a lot of shoppers around at the time and I would urge anyone who saw what happened, or who has dashcam or mobile phone footage, to get in touch.”

The suspect is described as white, in his twenties, of slim build and wearing a grey hooded top and dark tracksuit bottoms.

A woman who works in a nearby café said staff had heard shouting and gone outside to help. “She was sitting on the pavement and she kept apologising, which was heartbreaking,” she said. “People were really kind, someone brought her a chair and a cup of tea.”

Shrewsbury BID manager Tom Aldridge said the organisation was “shocked and saddened” by the incident and would be reviewing CCTV coverage with the council.

Anyone with information is asked to contact West Mercia Police on 101, quoting incident 312 of 14 June, or Crimestoppers anonymously.''',
        [
            ("This was a cowardly attack on", "Rachel Hurst"),
            ("We know there were a lot", "Rachel Hurst"),
            ("She was sitting on the pavement", None),
            ("People were really kind, someone brought", None),
            ("shocked and saddened", "Tom Aldridge"),
        ],
    ),
    # 3 -- Indian regional newspaper, civic water supply protest, Karnataka: straight quotes; "…," said X, a resident / he said / "he assured them" / adding that
    (
'''Residents of Vidyanagar face third week of irregular water supply

HUBBALLI: Residents of several streets in Vidyanagar have been receiving drinking water only once in eight days for the past three weeks, prompting a protest outside the zonal office of the Hubballi-Dharwad Municipal Corporation (HDMC) on Monday.

Around 60 residents, most of them women, gathered with empty pots and demanded that officials restore the earlier schedule of supply once in four days. "We are paying water tax every year but we are buying tanker water at Rs 600 a load," said Shobha Kulkarni, a resident of Third Cross. "Who will compensate us?"

Another resident, retired bank employee Prakash Hiremath, said the problem had started after pipeline work on the main road. "The contractor dug up the road, damaged the line and went away. Nobody has come back to check," he said.

HDMC zonal commissioner S. Manjunath, who met the protesters, said the corporation had identified a leak in the 300 mm feeder main near the Unkal junction. "Repair work will be completed within four days and normal supply will resume by the weekend," he assured them.

He said tankers would be sent to the affected streets free of cost until then.

Corporator Latha Patil, who represents the ward, said she had raised the issue at the last council meeting. "I have written to the commissioner twice. The officers keep saying it will be done tomorrow," she said, adding that she would take up the matter with the district in-charge minister if the work was not completed as promised.

The residents withdrew their protest after the assurance but warned that they would lay siege to the office if supply was not restored by Saturday.''',
        [
            ("We are paying water tax every", "Shobha Kulkarni"),
            ("Who will compensate us?", "Shobha Kulkarni"),
            ("The contractor dug up the road,", "Prakash Hiremath"),
            ("Repair work will be completed within", "S. Manjunath"),
            ("I have written to the commissioner", "Latha Patil"),
        ],
    ),
    # 4 -- Australian local newspaper, surf life saving club news, Sydney: curly quotes; surname attribution, quote paragraph with no tag after a closed quote, organisation statement partial
    (
'''Coogee clubbie claims gold at Aussies

Coogee Surf Life Saving Club’s Mia Tran has returned home with a gold medal from the Australian Surf Life Saving Championships, winning the under-17 female ironwoman on the Sunshine Coast last weekend.

The 16-year-old Randwick Girls’ High School student led from the swim leg and held off a late charge from Queensland’s Ella Whitcombe on the final beach sprint at Maroochydore.

“I honestly didn’t look back once,” Tran said. “I could hear the crowd getting louder and I just thought, don’t let her catch you.”

It is the club’s first individual national title in the age group since 2009.

Club president Greg Salter said the whole club had been following the race on the livestream. “We had about forty people in the clubhouse at seven in the morning yelling at a TV,” he said.

“Mia’s one of those kids who’s down here before training starts and still here when everyone’s packing up. Nobody deserves it more.”

Her coach, former ironman Darren Pike, said Tran’s board paddling had improved significantly over winter. “Twelve months ago the board leg was where she’d lose ground,” Pike said. “Now it’s probably her strongest.”

Coogee also picked up silver in the under-15 male board relay and bronze in the open female beach relay.

Tran will now set her sights on selection for the national youth team. Surf Life Saving NSW said in a statement that it congratulated all of the state’s medallists on “an outstanding campaign”.

The club will hold a welcome-home barbecue at the clubhouse on Sunday from midday.''',
        [
            ("I honestly didn’t look back once,", "Mia Tran"),
            ("I could hear the crowd getting", "Mia Tran"),
            ("We had about forty people in", "Greg Salter"),
            ("Mia’s one of those kids who’s", "Greg Salter"),
            ("Twelve months ago the board leg", "Darren Pike"),
            ("Now it’s probably her strongest.", "Darren Pike"),
            ("an outstanding campaign", "Surf Life Saving NSW"),
        ],
    ),
    # 5 -- Canadian public broadcaster (CBC-style), council meeting on bike lane, Halifax: straight quotes; "told council", "told CBC News", social-media post partial quote, Coun. titles
    (
'''Halifax council votes to keep Almon Street bike lane after heated debate

Halifax regional council has voted 10-6 to keep a protected bike lane on Almon Street, rejecting a motion that would have removed it less than a year after it opened.

The motion, brought forward by Coun. Dave Mercer, followed complaints from business owners who say the loss of 22 on-street parking spaces has cut into their sales.

"I'm not against bike lanes. I'm against putting them where they hurt the people who have been on that street for 40 years," Mercer told council on Tuesday.

Coun. Priya Natarajan, who chairs the transportation standing committee, argued that removing the lane would waste the $1.4 million already spent on it. "We can't build infrastructure and then rip it out every time somebody is unhappy," she said. "That's not planning, that's whiplash."

Staff told council that cyclist counts on the street had roughly tripled since the lane opened, with an average of 640 trips a day in September.

Outside council chambers, Rosa Delgado, who owns a bakery on the corner of Almon and Agricola streets, said she was disappointed. "They count the bikes, but nobody counted my customers," she told CBC News.

The Halifax Cycling Coalition welcomed the vote. In a post on social media, the group said the decision "sends a message that safe streets are not up for negotiation."

Mayor Andrew Kinsley, who voted to keep the lane, said staff would look at adding short-term loading zones on nearby side streets. "There's a middle ground here and I think we can find it," he said.

Staff are expected to report back to council in the spring.''',
        [
            ("I'm not against bike lanes.", "Dave Mercer"),
            ("We can't build infrastructure and then", "Priya Natarajan"),
            ("That's not planning, that's whiplash.", "Priya Natarajan"),
            ("They count the bikes, but nobody", "Rosa Delgado"),
            ("sends a message that safe streets", "Halifax Cycling Coalition"),
            ("There's a middle ground here and", "Andrew Kinsley"),
        ],
    ),
    # 6 -- South African community newspaper, matric results, Mamelodi: curly quotes; partial quote ending a list, she said / he said, "spoke to the Rekord", department statement
    (
'''Mamelodi school celebrates 94% matric pass rate

Staff and learners at Rethabile Secondary School in Mamelodi East broke into song on Tuesday morning as the school’s 2024 matric results were released, showing a pass rate of 94.2% — up from 71% two years ago.

Of the 183 learners who wrote the National Senior Certificate exams, 78 achieved bachelor passes, and the school recorded 41 distinctions, most of them in mathematics and physical sciences.

Principal Nomvula Mahlangu said the turnaround was the result of Saturday classes, a winter school run with volunteers from a local university and “parents who finally believed that this school could do it”.

“When I arrived here, people called us a dumping ground,” she said. “Today these children have shown the whole of Tshwane what township learners can achieve.”

Top achiever Kagiso Mokoena, who obtained seven distinctions, said he planned to study actuarial science. “There were nights we had no electricity, so I studied by the light of my phone,” he said. “My mother used to sit with me even when she had to wake up at four for work.”

His mother, Lerato Mokoena, wiped away tears as she spoke to the Mamelodi Rekord. “I am so proud. I did not finish school myself, so this is for both of us,” she said.

The Gauteng Department of Education said in a statement that the province had achieved an overall pass rate of 87.9%. “The results demonstrate the resilience of our learners and the dedication of our teachers,” the department said.

Learners who did not pass can register for the supplementary exams, which will be written in May and June.''',
        [
            ("parents who finally believed that this", "Nomvula Mahlangu"),
            ("When I arrived here, people called", "Nomvula Mahlangu"),
            ("Today these children have shown the", "Nomvula Mahlangu"),
            ("There were nights we had no", "Kagiso Mokoena"),
            ("My mother used to sit with", "Kagiso Mokoena"),
            ("I am so proud. I did", "Lerato Mokoena"),
            ("The results demonstrate the resilience of", "Gauteng Department of Education"),
        ],
    ),
    # 7 -- Irish regional newspaper, GAA county final, Mayo: single-quote style; speech quote continuing into an untagged paragraph, partial quote, "told the Western People"
    (
'''Kilmeena crowned county junior champions after extra-time thriller

Kilmeena are Mayo junior football champions for the first time in 23 years after a dramatic extra-time win over Ballycroy at MacHale Park on Sunday.

The sides were level at 1-12 apiece at the end of normal time, with Ballycroy's Seán Gallagher pointing a free in the last minute to force the additional 20 minutes.

But Kilmeena finished the stronger, with substitute Eoin Walsh scoring 1-02 after coming on in the 55th minute, and they ran out 2-17 to 1-15 winners.

Winning captain Ciarán Moran lifted the cup in front of a large travelling support. 'There are lads in that dressing room who were on the team that lost the final in 2019 and they never gave up,' he said in his speech.

'This one is for the parish and for everyone who washed jerseys and drove to training for the last ten years.'

Speaking afterwards, manager Declan Heneghan admitted he had feared the worst when Ballycroy equalised. 'I'd say my heart stopped for a minute,' he said. 'But we've a lot of fitness in the team and I knew if we got to extra time we'd have legs.'

He singled out Walsh for praise, describing his goal as 'the score of the season'.

Ballycroy manager Martin Conway was gracious in defeat. 'Kilmeena deserved it on the day. We gave it everything but we left too much behind us in the first half,' he told the Western People.

Kilmeena will now represent Mayo in the Connacht club championship, with a first-round meeting against the Sligo champions pencilled in for November 10.''',
        [
            ("There are lads in that dressing", "Ciarán Moran"),
            ("This one is for the parish", "Ciarán Moran"),
            ("I'd say my heart stopped for", "Declan Heneghan"),
            ("But we've a lot of fitness", "Declan Heneghan"),
            ("the score of the season", "Declan Heneghan"),
            ("Kilmeena deserved it on the day.", "Martin Conway"),
        ],
    ),
    # 8 -- US university news release, research finding, Iowa: straight quotes; "…," said Dr. X, title and role; "she said"; partial quote; closing surname attribution
    (
'''Study finds farm ponds may trap more carbon than previously thought

AMES, Iowa — Small farm ponds scattered across the Midwest could be storing far more carbon in their sediments than scientists had assumed, according to a new study led by researchers at Prairie State University.

The study, published this week in the journal Inland Waters Research, sampled sediment cores from 48 ponds in Iowa, Missouri and Nebraska. The team found that the ponds buried carbon at an average rate roughly three times higher than the estimates used in current regional carbon budgets.

"These ponds are everywhere, but because each one is small, they have mostly been left out of the accounting," said Dr. Laura Bengtsson, an associate professor of natural resource ecology and the study's lead author. "When you add them up across a landscape, they turn out to matter."

Bengtsson said the findings did not mean that ponds offset agricultural emissions, but that they should be considered in land-management decisions.

"We're not saying dig a pond and save the planet," she said. "We're saying these features are doing something real, and if farmers drain or fill them, that carbon could be released."

Co-author Marcus Ofori, a doctoral student who collected many of the cores, described the fieldwork as "a lot of mud and a lot of patience." Some ponds had to be sampled from an inflatable boat in temperatures below freezing, he said.

The research was funded by the U.S. Department of Agriculture's National Institute of Food and Agriculture. The team now plans to examine how pond age and surrounding crop type affect carbon burial.

"Farmers have been asking us good questions about this, and that's really what drives the next phase," Bengtsson said.''',
        [
            ("These ponds are everywhere, but because", "Laura Bengtsson"),
            ("When you add them up across", "Laura Bengtsson"),
            ("We're not saying dig a pond", "Laura Bengtsson"),
            ("We're saying these features are doing", "Laura Bengtsson"),
            ("a lot of mud and a", "Marcus Ofori"),
            ("Farmers have been asking us good", "Laura Bengtsson"),
        ],
    ),
    # 9 -- UK NHS hospital news, new imaging centre, Yorkshire: curly quotes; X said: "…" across two paragraphs, partial quote then untagged-lead quote with "he said", "A spokesperson for NHS England said:"
    (
'''New £8m imaging centre opens at Calderbrook Hospital

A new £8 million diagnostic imaging centre has opened at Calderbrook Hospital in Wakefield, which the trust says will allow an extra 20,000 scans to be carried out each year.

The centre, built on the site of a former staff car park, houses two MRI scanners and a CT scanner, and will operate from 8am to 8pm seven days a week.

Calder Valley Hospitals NHS Trust said the development would help to reduce waiting times for patients who had been referred for scans by their GP. At present, around a third of patients wait longer than six weeks.

Dr Sunita Rao, clinical director for radiology, said: “Faster diagnosis means faster treatment, and for conditions like cancer that can make a huge difference to outcomes.

“The new scanners are also quieter and have a wider opening, which I know patients who feel anxious or claustrophobic will really appreciate.”

The first patient to use the centre, 67-year-old retired postman Keith Barraclough from Ossett, said the experience had been “a lot less daunting than I expected”.

“I was in and out in forty minutes. The staff explained everything and there was even music playing,” he said.

The project was funded through the national Community Diagnostic Centre programme. A spokesperson for NHS England said: “This centre is part of our commitment to bring more tests closer to home and to cut the backlog that built up during the pandemic.”

The trust’s chief executive, Len Fairhurst, thanked staff who had worked on the project. “Teams across the hospital have put enormous effort into getting this open on time and on budget,” he said.

Patients do not need to do anything differently; they will be contacted directly with appointment details.''',
        [
            ("Faster diagnosis means faster treatment, and", "Sunita Rao"),
            ("The new scanners are also quieter", "Sunita Rao"),
            ("a lot less daunting than I", "Keith Barraclough"),
            ("I was in and out in", "Keith Barraclough"),
            ("This centre is part of our", "NHS England"),
            ("Teams across the hospital have put", "Len Fairhurst"),
        ],
    ),
    # 10 -- US local newspaper, municipal election results, Wyoming: straight quotes; partial quote, "she said", Facebook post "he wrote", surname attribution
    (
'''Alvarez wins Riverton mayor's race by 412 votes

RIVERTON, Wyo. — City Council member Teresa Alvarez will be Riverton's next mayor after defeating two-term incumbent Bill Strand by 412 votes in Tuesday's election, according to unofficial results released by the Fremont County Clerk's Office.

Alvarez received 2,187 votes, or 55.2 percent, to Strand's 1,775. Turnout was about 38 percent of registered voters, higher than in the last municipal race.

Speaking to supporters at a downtown coffee shop shortly after 10 p.m., Alvarez said the result showed residents wanted "a city hall that picks up the phone."

"People told me over and over that they felt like nobody was listening," she said. "Starting in January, we're going to listen."

Strand conceded in a brief phone call to Alvarez and later posted a statement on Facebook. "The voters have spoken and I respect their decision. I wish Teresa well and I'll be glad to help with the transition," he wrote.

He added that he was proud of the new water treatment plant and the reconstruction of Main Street completed during his tenure.

In the Ward 2 council race, retired teacher Glenn Harwood defeated Kyle Sorensen 611 to 540. Harwood said he would focus on road maintenance and the city's aging sewer lines.

Ward 3 incumbent Denise Yellowhorse ran unopposed.

County Clerk Jan Pettibone said roughly 60 provisional ballots remained to be reviewed but would not change the outcome of any race. "We'll canvass on Friday and the results will be official after that," Pettibone said.

Alvarez, 46, is a nurse at the local hospital and has served on the council since 2019. She will be sworn in on Jan. 6.''',
        [
            ("a city hall that picks up", "Teresa Alvarez"),
            ("People told me over and over", "Teresa Alvarez"),
            ("Starting in January, we're going to", "Teresa Alvarez"),
            ("The voters have spoken and I", "Bill Strand"),
            ("We'll canvass on Friday and the", "Jan Pettibone"),
        ],
    ),
    # 11 -- Consumer/cycling magazine news brief, product launch, Netherlands: curly quotes; "said co-founder X", anonymous analyst "told us" (speaker None), partial quote from investor
    (
'''Brompton rival? Dutch start-up unveils 11kg folding e-bike

Amsterdam-based start-up Vouw has unveiled what it claims is the lightest folding electric bike on the market, weighing in at 11.2kg including its battery.

The Vouw One, launched at Eurobike in Frankfurt this week, folds in under 15 seconds and has a claimed range of 45km from its removable 250Wh battery. It goes on sale in the Netherlands, Germany and the UK in March, priced at €2,490 (£2,150).

“Most folding e-bikes are great until you have to carry them up the stairs to a train platform,” said co-founder and chief executive Femke de Vries. “We started from the weight and worked backwards.”

The frame is made from a magnesium alloy, and the motor is hidden in the rear hub. Vouw says the bike will carry riders of up to 110kg.

Not everyone is convinced. “Eleven kilos is impressive, but magnesium frames have had a patchy reliability record in the past,” one industry analyst told us, asking not to be named because of ongoing work with competing brands. “The proof will be how they hold up after two winters of commuting.”

De Vries said the company had put prototype frames through more than 100,000 fatigue test cycles. “We are very confident, and we back that with a seven-year frame warranty,” she said.

Vouw raised €6 million in a funding round last year led by the Rotterdam venture firm Haven Capital. Haven partner Joost Bakker said the firm had been drawn by “a real product solving a real problem, rather than a pitch deck”.

We hope to get a test bike in for review early next year.''',
        [
            ("Most folding e-bikes are great until", "Femke de Vries"),
            ("We started from the weight and", "Femke de Vries"),
            ("Eleven kilos is impressive, but magnesium", None),
            ("The proof will be how they", None),
            ("We are very confident, and we", "Femke de Vries"),
            ("a real product solving a real", "Joost Bakker"),
        ],
    ),
    # 12 -- Canadian public broadcaster, ice storm / weather event, eastern Ontario: straight quotes; "said spokesperson X", "told CBC Ottawa", "he said with a laugh", OPP post on X
    (
'''Ice storm leaves tens of thousands without power in eastern Ontario

More than 70,000 Hydro One customers in eastern Ontario were still without electricity Friday morning after a freezing rain storm coated the region in up to 25 millimetres of ice overnight.

The hardest-hit areas included Kemptville, Perth and Carleton Place, where falling branches brought down lines and blocked roads. Hydro One said some customers could be without power until Sunday.

"This is a significant event. We have crews coming in from across the province, but a lot of this damage is in areas where we have to clear trees before we can even start the repair," said Hydro One spokesperson Nadia Kowalczyk.

Environment Canada meteorologist Jean-Marc Thibodeau said the freezing rain had ended, but temperatures were expected to stay below zero through the weekend, meaning ice would remain on trees and power lines. "Anything that's coated now is going to stay coated," he said.

In Perth, Mayor Helen Ostrowski declared a state of emergency and opened a warming centre at the town's community hall.

"If you're at home without heat, please don't tough it out. Come in, charge your phone, get something warm to eat," Ostrowski told CBC Ottawa. "We have cots if people need to stay overnight."

Dale Pritchard, who runs a dairy farm near Carleton Place, said he had borrowed a generator from a neighbour to keep his milking equipment running.

"You can't tell a cow to wait until Sunday," he said with a laugh. "We'll manage. Everybody out here helps each other."

Ontario Provincial Police urged drivers to stay off rural roads. "Many roads are blocked by fallen trees and downed lines. Treat every line as live," the OPP said in a post on X.

Ottawa was largely spared, with about 4,000 Hydro Ottawa customers affected at the peak of the storm.''',
        [
            ("This is a significant event. We", "Nadia Kowalczyk"),
            ("Anything that's coated now is going", "Jean-Marc Thibodeau"),
            ("If you're at home without heat,", "Helen Ostrowski"),
            ("We have cots if people need", "Helen Ostrowski"),
            ("You can't tell a cow to", "Dale Pritchard"),
            ("We'll manage. Everybody out here helps", "Dale Pritchard"),
            ("Many roads are blocked by fallen", "Ontario Provincial Police"),
        ],
    ),
    # 13 -- Australian regional newspaper, court ruling on planning appeal, NSW: curly quotes; quotes from a written judgment ("the commissioner wrote"), spokeswoman, mayor, partial quote, company statement with "Mr"
    (
'''Court throws out Byron Bay backpacker hostel appeal

A developer’s bid to build a 120-bed backpacker hostel near the centre of Byron Bay has been rejected by the NSW Land and Environment Court, which found the proposal was out of character with the surrounding residential streets.

Coastline Lodging Pty Ltd had appealed to the court after Byron Shire Council failed to determine its application within the statutory time frame.

In a judgment handed down on Thursday, Commissioner Anne Lindqvist said the three-storey building would have an “unacceptable bulk and scale” when viewed from neighbouring properties on Kingsley Street.

“The built form is not compatible with the existing and desired future character of the locality,” the commissioner wrote. “I am not satisfied that the acoustic impacts on adjoining residents, particularly late at night, can be adequately managed by the proposed plan of management.”

Neighbours had lodged more than 300 objections to the proposal. Resident group Byron Residents’ Alliance welcomed the decision.

“This was never about stopping backpackers coming to Byron. It was about the right building in the right place,” alliance spokeswoman Kerry Anstey said outside the court in Sydney.

Byron Shire mayor Sam Whitfield said the council had spent about $180,000 defending the appeal. “That’s ratepayers’ money, and it is frustrating that the system allows developers to run to court before council has even had a chance to decide,” he said.

Coastline Lodging director Tim Rourke said the company was “disappointed but not surprised” and would consider whether to lodge a modified application.

“Byron desperately needs affordable accommodation for young travellers and seasonal workers, and that need hasn’t gone away,” Mr Rourke said in a statement.

The company has 28 days to lodge an appeal on a question of law.''',
        [
            ("unacceptable bulk and scale", "Anne Lindqvist"),
            ("The built form is not compatible", "Anne Lindqvist"),
            ("I am not satisfied that the", "Anne Lindqvist"),
            ("This was never about stopping backpackers", "Kerry Anstey"),
            ("That’s ratepayers’ money, and it is", "Sam Whitfield"),
            ("disappointed but not surprised", "Tim Rourke"),
            ("Byron desperately needs affordable accommodation for", "Tim Rourke"),
        ],
    ),
    # 14 -- Wikinews-style, chess tournament result, India: straight quotes; "told Wikinews", partial quote then full quote in same paragraph, press release quoting an official, "according to The Hindu"
    (
'''Sixteen-year-old Arjun Pillai wins Chennai Open chess tournament

Saturday, January 18, 2025

Sixteen-year-old Indian International Master Arjun Pillai won the Chennai Open chess tournament on Friday, finishing with 8 points from 10 rounds and earning his second grandmaster norm, according to the tournament organisers.

Pillai, from Kochi in the southern state of Kerala, drew his final-round game against Uzbek Grandmaster Timur Rashidov to finish half a point ahead of a group of five players. The event, held at a hotel in the city, attracted 312 players from 19 countries.

"I was not thinking about the norm during the last game. I only wanted to play a solid position and not lose," Pillai told Wikinews after the closing ceremony. "My coach told me the tournament is ten rounds, not one round, and I tried to remember that."

Rashidov, who finished joint second, described Pillai as "very mature for his age". "He does not make many mistakes. In the last game I tried to complicate, but he always found the simple move," Rashidov said.

The Tamil Nadu State Chess Association, which organised the event, said in a press release that the tournament had recorded its highest-ever number of foreign entries. "Chennai has always been the heart of Indian chess, and we are happy to see players from around the world coming back," the release quoted association secretary R. Venkatesh as saying.

According to The Hindu, Pillai's first grandmaster norm came at a tournament in Spain last year. A player needs three norms and a rating of at least 2500 to be awarded the grandmaster title by FIDE, the international chess federation.

Pillai said his next event would be a tournament in Serbia in March.''',
        [
            ("I was not thinking about the", "Arjun Pillai"),
            ("My coach told me the tournament", "Arjun Pillai"),
            ("very mature for his age", "Timur Rashidov"),
            ("He does not make many mistakes.", "Timur Rashidov"),
            ("Chennai has always been the heart", "R. Venkatesh"),
        ],
    ),
    # 15 -- UK local newspaper, council meeting on parking charges, North Yorkshire: single-quote style; "told the meeting:", Cllr titles, partial quote then She said:, unnamed council spokesman (reported speech only)
    (
'''Councillors back rise in seafront parking charges despite traders' warnings

Parking charges on Scarborough's seafront will rise by 50p an hour from April after councillors approved the increase at a meeting on Tuesday, despite warnings from traders that it would drive visitors away.

The council's executive voted to raise the hourly rate at the Foreshore Road and Marine Drive car parks from £2.50 to £3, and to extend charging hours until 8pm during the summer months.

The council says the change will raise about £420,000 a year, which will go towards maintaining the seafront and sea defences.

Cllr Philippa Hornsby, executive member for highways, told the meeting: 'Nobody likes paying more to park, and I don't take this decision lightly. But the cost of maintaining our coastal infrastructure has gone up enormously and it has to be paid for somehow.'

Cllr Rob Whitaker, who represents a Scarborough division, said he could not support the proposal. 'We are asking the people who keep this town going to pay for a problem they didn't create,' he said. 'Every time we put the prices up, a few more families decide to go to Whitby or Bridlington instead.'

Scarborough Hoteliers' Association chair Jackie Marr said members were 'bitterly disappointed'. She said: 'We were told there would be proper consultation. A survey that was open for three weeks over Christmas is not proper consultation.'

A council spokesman said the consultation had received more than 900 responses, all of which had been considered by the executive.

Blue badge holders will continue to park free of charge, and the council says it will review the impact of the change after the first summer season.''',
        [
            ("Nobody likes paying more to park,", "Philippa Hornsby"),
            ("We are asking the people who", "Rob Whitaker"),
            ("Every time we put the prices", "Rob Whitaker"),
            ("bitterly disappointed", "Jackie Marr"),
            ("We were told there would be", "Jackie Marr"),
        ],
    ),
    # 16 -- New Zealand regional newspaper, rugby club apology, Rotorua: curly quotes; Facebook statement ("the statement said"), partial quotes, "told the Rotorua Daily Post", surname-only after intro
    (
'''Rugby club apologises after spectators abuse referee at Rotorua derby

The Rotorua Eastern Rugby Club has apologised after a group of spectators hurled abuse at a referee during Saturday’s premier club derby against Lakes United at Puketawhero Park.

The match was stopped for around 10 minutes in the second half after referee Hamish Ngata asked for several spectators to be removed from the ground.

In a statement posted on the club’s Facebook page on Sunday, Rotorua Eastern said it was “embarrassed and ashamed” by what had happened.

“The behaviour of a small number of people on Saturday does not reflect the values of our club or our community. Referees give up their weekends so our players can play the game we love, and they deserve respect,” the statement said.

The club said it was working with the Bay of Plenty Rugby Union to identify those involved and would ban them from its home games for the rest of the season.

Bay of Plenty Rugby Union chief executive Mike Rameka said the union took abuse of match officials “extremely seriously”.

“We’re already short of referees at every level. Every incident like this makes it harder to keep the ones we’ve got,” he told the Rotorua Daily Post.

Ngata, who has refereed club rugby for 14 years, said he had never felt unsafe on a field before. “I’ve copped plenty of stick over the years, that’s part of it,” he said. “But this was different. There were kids standing right next to the people yelling.”

Lakes United won the match 27-19.

Rotorua Eastern captain Wiremu Hohaia said the players were disappointed the game had been overshadowed. “We had a chat as a team afterwards,” he said. “We’ll be going round to shake Hamish’s hand next time we see him.”''',
        [
            ("embarrassed and ashamed", "Rotorua Eastern Rugby Club"),
            ("The behaviour of a small number", "Rotorua Eastern Rugby Club"),
            ("extremely seriously", "Mike Rameka"),
            ("We’re already short of referees at", "Mike Rameka"),
            ("I’ve copped plenty of stick over", "Hamish Ngata"),
            ("But this was different. There were", "Hamish Ngata"),
            ("We had a chat as a team", "Wiremu Hohaia"),
            ("We’ll be going round to shake", "Wiremu Hohaia"),
        ],
    ),
    # 17 -- US local newspaper, library branch reopening: straight quotes; speaker named only in the next sentence, three-paragraph speech quote (reopened marks), two speakers with partial quotes in one paragraph, "said X, who coaches…"
    (
'''Renovated Eastside library branch reopens with makerspace, longer hours

After 18 months behind construction fencing, the Eastside branch of the Harmon County Public Library reopened Saturday to a line of families that stretched around the block.

The $6.2 million renovation doubled the size of the children's area, added a makerspace with 3D printers and sewing machines, and installed a ramp at the front entrance to replace the old steps. The branch will now be open until 8 p.m. on weekdays, two hours later than before.

"I've been coming here since I was in a stroller." That was how Dana Whitfield, 34, who brought her two sons to the reopening, summed up her connection to the building. "It looks completely different, but it still feels like the same place," she said.

Library director Carol Feeney told the crowd the project had been shaped by more than 1,200 survey responses from neighborhood residents.

"People told us they wanted space for teenagers, so we built a teen room with its own entrance. They told us they needed somewhere to do homework after dark, so we changed our hours.

"They told us the building needed to welcome everyone, including people who use wheelchairs and strollers, and I'm proud that it finally does.

"This is your library. You designed it. We just followed the instructions."

County Commissioner Ray Dominguez, who secured part of the funding, and branch manager Lisa Tran both spoke briefly. Dominguez called the branch "the living room of the east side," while Tran said staff had been "counting down the days" until the doors opened.

Some residents had criticized the length of the closure. "Eighteen months is a long time for kids who have nowhere else to go after school," said Marcus Bell, who coaches a youth basketball team nearby. Still, he said the result was worth the wait.

The branch will host a series of free workshops on using the makerspace equipment throughout the summer. Registration is available at the front desk or online.''',
        [
            ("I've been coming here since I", "Dana Whitfield"),
            ("It looks completely different, but it", "Dana Whitfield"),
            ("People told us they wanted space", "Carol Feeney"),
            ("They told us the building needed", "Carol Feeney"),
            ("This is your library. You designed", "Carol Feeney"),
            ("the living room of the east", "Ray Dominguez"),
            ("counting down the days", "Lisa Tran"),
            ("Eighteen months is a long time", "Marcus Bell"),
        ],
    ),
    # 18 -- South African public broadcaster (SABC-style), protest over power outage, Free State: curly quotes; police spokesperson "told SABC News", resident, utility spokesperson, partial quote from a committee report, councillor
    (
'''Residents in Mangaung protest over week-long power outage

Residents of Bloemfontein’s Heidedal and Grasland areas blocked roads with burning tyres on Monday morning, saying they had been without electricity for seven days.

Police fired rubber bullets to disperse the crowd on Dr Belcher Road, and two people were arrested for public violence, according to police spokesperson Captain Thabo Motaung.

“We understand the frustration of the community, but we cannot allow people to barricade roads and put motorists at risk,” Motaung told SABC News.

Residents said food had gone off in their fridges and that elderly people who rely on oxygen concentrators had been forced to move in with relatives.

“My mother is 78. We had to take her to my sister in Botshabelo because the machine needs electricity,” said Heidedal resident Shireen Adams. “Nobody from the municipality has come to tell us anything.”

Centlec, the municipal-owned entity responsible for electricity distribution in Mangaung, blamed the outage on cable theft and a damaged mini-substation.

“Our technicians have been working around the clock, but every time a cable is replaced, it is stolen again within days,” Centlec spokesperson Lineo Mokoena said. She said the utility expected power to be restored to most households by Tuesday evening.

A report by the Mangaung Infrastructure Oversight Committee, tabled in council last month, found that the municipality had lost more than R40 million to cable theft and vandalism in the previous financial year. The report warned that “without urgent investment in security, the network will continue to deteriorate”.

Ward councillor Johannes Venter said he had raised the problem repeatedly. “I have been begging for security at that substation since January,” he said. “Now people are on the streets.”

By midday the roads had been cleared, but residents vowed to return if power was not restored by Tuesday.''',
        [
            ("We understand the frustration of the", "Thabo Motaung"),
            ("My mother is 78. We had", "Shireen Adams"),
            ("Nobody from the municipality has come", "Shireen Adams"),
            ("Our technicians have been working around", "Lineo Mokoena"),
            ("without urgent investment in security, the", "Mangaung Infrastructure Oversight Committee"),
            ("I have been begging for security", "Johannes Venter"),
            ("Now people are on the streets.", "Johannes Venter"),
        ],
    ),
    # 19 -- Indian city newspaper, hospital organ donation, Pune: straight quotes; "said his father, X", Dr titles, "said Dr X, president of…", police officer "he said"
    (
'''Brain-dead youth's organs give new life to four patients in Pune

PUNE: The family of a 24-year-old man who was declared brain-dead after a road accident donated his organs on Sunday, giving a fresh lease of life to four patients across three hospitals in the city.

Rohan Deshmukh, a software engineer from Wakad, suffered severe head injuries when his motorcycle was hit by a tempo on the Mumbai-Bengaluru highway near Tathawade on Thursday night. He was taken to Sanjeevani Multispeciality Hospital, where doctors declared him brain-dead on Saturday after two sets of tests.

His heart, liver and both kidneys were transplanted into four patients, while his corneas were sent to an eye bank. A green corridor was created by the traffic police to carry the heart to a hospital in Kharadi, 18 km away, in 16 minutes.

"It was the most difficult decision of our lives," said his father, Sunil Deshmukh, a retired schoolteacher. "But Rohan always said that if something happened to him, he should be useful to someone. We only did what he wanted."

Dr Meera Joshi, transplant coordinator at Sanjeevani hospital, said the family had raised the question of donation themselves. "In most cases we have to counsel the family for hours. Here, the father came to us and asked how to go about it," she said.

The Zonal Transplant Coordination Centre (ZTCC), which allocates organs according to the state waiting list, said the liver had gone to a 52-year-old woman who had been waiting for nearly two years.

"Deceased donation in Pune has increased this year, but the waiting list is still very long. Every family that says yes saves several lives," said Dr Anil Bhosale, president of ZTCC Pune.

Deputy Commissioner of Police (Traffic) Vijay Rane said around 40 personnel had been deployed along the route. "Our men cleared every signal in advance. The ambulance did not stop even once," he said.

The Deshmukh family was felicitated by the hospital on Monday.''',
        [
            ("It was the most difficult decision", "Sunil Deshmukh"),
            ("But Rohan always said that if", "Sunil Deshmukh"),
            ("In most cases we have to", "Meera Joshi"),
            ("Deceased donation in Pune has increased", "Anil Bhosale"),
            ("Our men cleared every signal in", "Vijay Rane"),
        ],
    ),
    # 20 -- Australian university news, bushfire research report, Victoria: curly quotes; scare quote (skipped), "said lead author X", report quoted ("it states"), agency spokeswoman partial quote, independent expert, closing partial quote
    (
'''Cool burns reduce bushfire severity, Gippsland study finds

Cultural burning carried out by Traditional Owners in East Gippsland significantly reduced the severity of the 2019–20 Black Summer fires in the areas where it had been applied, according to a new report by the Gippsland Fire Research Centre at Southern Highlands University.

The report, released on Wednesday, compared satellite imagery of more than 200 sites burnt during the fires. Sites that had been treated with low-intensity “cool” burns in the previous five years were around 40 per cent less likely to experience canopy-destroying fire.

“Country that had been looked after burnt differently,” said lead author Associate Professor Naomi Fairweather, a fire ecologist at the centre. “The fire came through, but it stayed on the ground, and the big trees survived.”

“Our old people burnt this country for thousands of years. This report puts numbers to what we’ve always known,” said Aaron Thorpe, a Gunaikurnai cultural fire practitioner who co-authored the study. “What we need now is for agencies to let us do more of it.”

The report recommends that state fire agencies fund a long-term cultural burning program and give Traditional Owners a greater role in planning. “Cultural burning should be recognised as a distinct practice, not simply a subset of fuel-reduction burning,” it states.

Forest Fire Management Victoria said it welcomed the findings. A spokeswoman said the agency already ran joint burns with Traditional Owner groups and would “look closely at the recommendations”.

Not all experts agree the results can be applied widely. Dr Colin Barnes, an independent bushfire researcher who was not involved in the study, said it was valuable but that extreme fire weather could overwhelm any fuel treatment. “On the worst days in January 2020, almost nothing stopped those fires,” he said.

Fairweather agreed that cultural burning was “not a silver bullet” but said it should be part of the picture. The team will next examine how long the protective effect lasts.''',
        [
            ("Country that had been looked after", "Naomi Fairweather"),
            ("The fire came through, but it", "Naomi Fairweather"),
            ("Our old people burnt this country", "Aaron Thorpe"),
            ("What we need now is for", "Aaron Thorpe"),
            ("Cultural burning should be recognised as", "Gippsland Fire Research Centre"),
            ("look closely at the recommendations", "Forest Fire Management Victoria"),
            ("On the worst days in January", "Colin Barnes"),
            ("not a silver bullet", "Naomi Fairweather"),
        ],
    ),
]

STORIES_C = [
    # 1 -- Times of India style, politics/transport, India: "...," X said / X said: "..." / "...," said X, who ... / "told TOI" / pronoun after paragraph break
    (
'''LUCKNOW: The Uttar Pradesh government on Tuesday announced that 1,200 new electric buses would be inducted into city fleets across 14 districts by March next year, with the first batch of 150 expected on the roads of Lucknow and Kanpur before Diwali.

Making the announcement at a press conference at Lok Bhavan, state transport minister Ramesh Chandra Tiwari said the buses would be run under a gross cost contract model. "The state will pay the operator per kilometre, and the fares will remain the same as on the existing CNG buses. Commuters will not pay a single rupee extra," Tiwari said.

He added that charging depots were being set up at 22 locations. "Land has been identified in all 14 districts. In Lucknow, the Charbagh and Dubagga depots will be ready within 60 days," he said.

The opposition, however, questioned the timeline. Senior Rashtriya Lok Manch leader and former MLA Anupama Shukla said the same promise had been made twice before. "In 2021 they announced 700 buses. How many are running today? Fewer than 100. The people of Uttar Pradesh are tired of announcements," she said.

Responding to the criticism, Tiwari said: "Those who did nothing for the transport sector in their five years have no moral right to ask questions. The tender has been finalised and the first buses are already at the manufacturer's plant in Hosur."

Officials said the total project cost was estimated at Rs 1,840 crore, of which 40% would be borne by the Centre under a national e-mobility scheme.

Principal secretary (transport) Dr Vikas Mehrotra told TOI that each bus would be fitted with CCTV cameras, panic buttons and GPS tracking. "Women's safety was a key consideration in the design. The panic button will be linked directly to the 112 emergency control room," he said.

Daily commuters welcomed the move but remained cautious. "The old buses are so crowded in the mornings that I prefer to take a shared auto. If these new buses actually run on time, I will switch," said Pooja Verma, a bank employee who travels from Alambagh to Hazratganj every day.''',
        [
            ("The state will pay the operator", "Ramesh Chandra Tiwari"),
            ("Land has been identified in all", "Ramesh Chandra Tiwari"),
            ("In 2021 they announced 700 buses.", "Anupama Shukla"),
            ("Those who did nothing for the", "Ramesh Chandra Tiwari"),
            ("Women's safety was a key consideration", "Vikas Mehrotra"),
            ("The old buses are so crowded", "Pooja Verma"),
        ],
    ),
    # 2 -- The Hindu style, courts, India (Chennai): curly quotes; partial quotes ("observing that ... 'turned a blind eye'", "said that ... 'the subject of'"); Justice; nested single quote; "the judge wrote in his order"
    (
'''CHENNAI: Justice R. Meenakshi Sundaram of the Madras High Court on Monday directed the Greater Chennai Corporation to remove all unauthorised hoardings along the East Coast Road within four weeks, observing that the civic body had “turned a blind eye to a public hazard” despite repeated complaints from residents.

The judge was hearing a public interest litigation petition filed by the Thiruvanmiyur Residents’ Welfare Association, which pointed out that at least 63 hoardings had been erected without permission between Thiruvanmiyur and Akkarai over the past two years.

“A hoarding that falls on a two-wheeler rider is not an act of God. It is the direct consequence of official apathy,” the judge said, recalling an incident last year at Pallikaranai in which a delivery worker was seriously injured when a hoarding frame collapsed during a storm.

Appearing for the petitioner, senior counsel P. Vasudevan submitted that the corporation had issued notices but had never followed them up. “Each time, the reply is ‘action is being taken’. Notices are issued, the hoardings stay, and the notices are forgotten. This cycle has continued for years,” he told the court.

Additional Advocate-General S. Karthikeyan, representing the corporation, said that the civic body had already removed 21 hoardings and that the remaining structures were “the subject of pending civil suits filed by the owners.”

Unimpressed, the judge said the pendency of civil suits could not be used as a shield, noting that none of the suits had resulted in an order of stay. “If there is no stay, there is no impediment. The corporation has the power under the Act and it must exercise it,” Justice Meenakshi Sundaram observed.

The court also directed the Commissioner of Police, Greater Chennai, to register cases against those who put up hoardings without permission. “It is not enough to remove the structure. Those who erect it must face the consequences under law, or the hoardings will be back within a month,” the judge wrote in his order.

The residents’ association welcomed the order. Its secretary, Lalitha Raghunathan, said members had been writing to the corporation since 2022. “We have a file two inches thick. We are relieved that someone has finally read it,” she said.

The matter has been posted for reporting compliance on July 14.''',
        [
            ("turned a blind eye to a", "R. Meenakshi Sundaram"),
            ("A hoarding that falls on a", "R. Meenakshi Sundaram"),
            ("Each time, the reply is", "P. Vasudevan"),
            ("the subject of pending civil suits", "S. Karthikeyan"),
            ("If there is no stay, there", "R. Meenakshi Sundaram"),
            ("It is not enough to remove", "R. Meenakshi Sundaram"),
            ("We have a file two inches", "Lalitha Raghunathan"),
        ],
    ),
    # 3 -- Dawn style, weather (heatwave), Pakistan: organisation advisory ("the Met Office said"), "Speaking to Dawn", "According to a spokesman for the department, ...", Haji honorific with delayed attribution
    (
'''KARACHI: The Pakistan Meteorological Department (PMD) on Sunday warned that a severe heatwave was likely to grip Karachi and lower Sindh from Tuesday, with maximum temperatures expected to touch 42 to 44 degrees Celsius.

"Hot and humid conditions are expected to prevail in Karachi, Hyderabad, Thatta and Badin from May 21 to May 25. Sea breeze is likely to remain suspended for most of the period," the Met Office said in an advisory.

Speaking to Dawn, Chief Meteorologist Dr Nadia Haroon said the humidity would make the heat feel far worse than the thermometer readings suggested. "When the sea breeze stops, the heat index can go well above 50 degrees. That is what makes Karachi's heatwaves so dangerous, especially for the elderly and for labourers working outdoors," she said.

She advised citizens to avoid going out between 11am and 4pm, drink plenty of water and wear light-coloured clothes.

The Sindh health department said it had set up heatstroke centres at major public hospitals. According to a spokesman for the department, "Emergency wards at Jinnah Postgraduate Medical Centre, Civil Hospital and Abbasi Shaheed Hospital have been directed to keep additional beds, IV fluids and ice packs ready."

Residents in several parts of the city complained of prolonged loadshedding. "We had no electricity for nine hours yesterday. How are we supposed to survive in this heat with small children?" said Shabana Bibi, a resident of Lyari's Baghdadi locality.

A spokesperson for the Karachi Power Supply Company (KPSC), Imran Siddiqui, said loadshedding was being carried out only in high-loss areas. "Areas where theft and non-payment are high are facing longer outages. Over 70 per cent of the city is exempt from loadshedding," he said.

The Insaniyat Welfare Trust said its volunteers would set up water and shade camps at 30 points across the city, including bus stops on Sharae Faisal and M.A. Jinnah Road. "No one should die on the street because they could not find a glass of water," the trust's chairman, Haji Abdul Rauf Memon, said.

In June 2015, more than 1,200 people died in Karachi during a heatwave, most of them in the poorer neighbourhoods of the city.''',
        [
            ("Hot and humid conditions are expected", "Pakistan Meteorological Department"),
            ("When the sea breeze stops, the", "Nadia Haroon"),
            ("Emergency wards at Jinnah Postgraduate Medical", "Sindh health department"),
            ("We had no electricity for nine", "Shabana Bibi"),
            ("Areas where theft and non-payment are", "Imran Siddiqui"),
            ("No one should die on the", "Abdul Rauf Memon"),
        ],
    ),
    # 4 -- Punch style, police, Nigeria (Lagos): statement quoted across two paragraphs ("The statement read, ..."), SP/CP/Alhaji/Chief, anonymous relative (None), two speakers in one paragraph
    (
'''The Lagos State Police Command has arrested three suspects in connection with the abduction of a businessman, Alhaji Musiliu Adebanjo, in the Ikorodu area of the state.

Adebanjo, who deals in building materials, was reportedly abducted by gunmen on Thursday night while returning home from his shop in Ijede. His abductors were said to have demanded a ransom of N50m from his family.

The command's spokesperson, SP Bolaji Ogunleye, who confirmed the arrests in a statement on Sunday, said the victim had been rescued unhurt.

The statement read, "Following credible intelligence, operatives of the command's Anti-Kidnapping Squad traced the hoodlums to a hideout in a forest along the Itoikin-Epe axis. The operatives engaged the hoodlums, who fled into the bush, abandoning the victim.

"Three of the suspects were later arrested in a follow-up operation. One locally-made pistol, four live cartridges and two mobile phones were recovered from them. Investigation is ongoing."

He added that the Commissioner of Police, CP Adekunle Bashorun, had ordered a manhunt for the remaining members of the gang.

"The CP has assured Lagosians that the command will not rest until every member of this syndicate is arrested and brought to book," Ogunleye said.

A family member, who spoke to PUNCH Metro on condition of anonymity, said the family had been thrown into confusion. "We did not sleep for three days. They kept calling from different numbers, threatening to kill him if we involved the police. We thank God he is back," the relative said.

The Baale of Ijede, Chief Rasaki Odunsi, and the chairman of the Ijede Building Materials Dealers Association, Mr Tunde Ajibola, both called for more police presence in the area. "This is the second kidnapping in this community in two months," Odunsi said, while Ajibola added, "Our members now close their shops by 6pm. Business is suffering."

Adebanjo, who spoke briefly with our correspondent on Sunday, said he was receiving treatment at a private hospital. "I am grateful to the police and to everyone who prayed for me. I will not say much for now," he said.''',
        [
            ("Following credible intelligence, operatives of the", "Bolaji Ogunleye"),
            ("Three of the suspects were later", "Bolaji Ogunleye"),
            ("The CP has assured Lagosians that", "Bolaji Ogunleye"),
            ("We did not sleep for three", None),
            ("This is the second kidnapping in", "Rasaki Odunsi"),
            ("Our members now close their shops", "Tunde Ajibola"),
            ("I am grateful to the police", "Musiliu Adebanjo"),
        ],
    ),
    # 5 -- Premium Times style, politics/courts, Nigeria (Abuja): curly quotes; quote spanning two paragraphs; Hon./Barrister/SAN/Justice; two partial quotes in one sentence; speaker introduced in the following paragraph
    (
'''A Federal High Court in Abuja on Wednesday fixed March 12 for judgment in the suit challenging the suspension of Hon. Ibrahim Danjuma as national chairman of the Progressive Democratic Alliance (PDA).

Mr Danjuma, a former member of the House of Representatives, was suspended by the party’s National Working Committee (NWC) in November over allegations of financial impropriety, which he has denied.

At Wednesday’s proceedings, counsel to Mr Danjuma, Chinedu Okafor, SAN, urged the court to set aside the suspension.

“My Lord, the constitution of the party is clear. Only the National Executive Committee, duly convened, can remove a national chairman. The NWC acted outside its powers.

“There was no notice, no hearing and no opportunity for my client to respond to the allegations. That is a clear breach of his right to fair hearing,” Mr Okafor argued.

But counsel to the party, Barrister Aisha Bello-Yusuf, asked the court to dismiss the suit, arguing that it concerned the internal affairs of the party. “The courts have held time and again that the leadership of a political party is a domestic matter. This court should not be dragged into the kitchen of the PDA,” she said.

The trial judge, Justice Emeka Nwankwo, after listening to both counsel, adjourned the matter for judgment. He warned both sides to “maintain the status quo” and not to take any step that could “render the judgment of this court nugatory.”

Speaking to journalists after the sitting, the party’s National Publicity Secretary, Kunle Adeyemi, expressed confidence in the party’s case. “We have no doubt that justice will be done. The NWC acted in line with the constitution of the party and with the interest of members at heart,” he said.

“This is not about Ibrahim Danjuma. It is about whether a few people in a room can override the wishes of millions of party members.”

Those were the words of Mr Danjuma himself, who addressed a crowd of supporters outside the court premises.

He added that he would accept whatever judgment the court delivered. “I am a democrat. If I lose, I will go to the Court of Appeal, but I will not go to the streets,” he said.

PREMIUM TIMES reported in November that the NWC had accused Mr Danjuma of approving N340 million in payments without the knowledge of other party officers.''',
        [
            ("My Lord, the constitution of the", "Chinedu Okafor"),
            ("There was no notice, no hearing", "Chinedu Okafor"),
            ("The courts have held time and", "Aisha Bello-Yusuf"),
            ("maintain the status quo", "Emeka Nwankwo"),
            ("render the judgment of this court", "Emeka Nwankwo"),
            ("We have no doubt that justice", "Kunle Adeyemi"),
            ("This is not about Ibrahim Danjuma.", "Ibrahim Danjuma"),
            ("I am a democrat. If I", "Ibrahim Danjuma"),
        ],
    ),
    # 6 -- Daily Nation style, education, Kenya: Prof/Dr/Sister titles, "the CS said", "said the 18-year-old", partial quote after "described her as", "told the Nation", anonymous ministry official (organisation)
    (
'''Education Cabinet Secretary Prof Wilfred Kiprotich on Thursday released the 2024 Kenya Certificate of Secondary Education (KCSE) examination results, with the number of candidates scoring a mean grade of C+ and above rising to 246,391 from 201,133 last year.

Speaking at Mitihani House in Nairobi, Prof Kiprotich said the improvement showed that reforms introduced in the administration of examinations were bearing fruit. "We have restored the credibility of our national examinations. The results you see today are a true reflection of what our candidates know," he said.

The results of 1,184 candidates were cancelled over examination irregularities, down from 2,310 last year. "Those who engaged in malpractice, including some teachers and invigilators, will face the full force of the law. We have already handed over their files to the DCI," the CS said.

Kenya National Examinations Council (Knec) chief executive Dr Mercy Wambui Njoroge said the council had introduced new security features on examination papers. "Every paper had a unique serial number that could be traced to a specific centre. That made it very difficult for anyone to leak papers," she said.

The top candidate, Teresia Atieno Ouma of St Bernadette's Girls High School in Siaya, scored a straight A with 87 points. Speaking to the Nation by phone, she said she hoped to study medicine at the University of Nairobi.

"I used to wake up at 4am to study. My mother sells fish at the beach, and I wanted to make her proud," said the 18-year-old.

Her principal, Sister Josephine Akoth, described her as "a humble girl who never missed a single preps session."

However, the secretary-general of the Kenya Union of Secondary School Teachers, Mr Daniel Mwangi, told the Nation that the government should not celebrate too early. "Many day schools in rural areas still have no laboratories. Until we fix that, these results will keep favouring a few national schools," he said.

A senior official at the Ministry of Education, who sought anonymity because he was not authorised to speak to the media, said the release of the results had been brought forward by a week. "The CS wanted parents to have the results before Form One selection begins," the official said.

Candidates can access their results by sending their index number via SMS to 20076.''',
        [
            ("We have restored the credibility of", "Wilfred Kiprotich"),
            ("Those who engaged in malpractice, including", "Wilfred Kiprotich"),
            ("Every paper had a unique serial", "Mercy Wambui Njoroge"),
            ("I used to wake up at", "Teresia Atieno Ouma"),
            ("a humble girl who never missed", "Josephine Akoth"),
            ("Many day schools in rural areas", "Daniel Mwangi"),
            ("The CS wanted parents to have", "Ministry of Education"),
        ],
    ),
    # 7 -- News24 style, transport (taxi strike), South Africa: curly quotes; organisation statement (partial + "the statement read"), anonymous commuter (None), Alderman/Captain, "According to X, ..." partial, "told News24", nested single quote
    (
'''Thousands of commuters in Cape Town were left stranded on Monday morning after a taxi strike called by the Western Cape Taxi Alliance (WCTA) brought minibus taxi services across the metro to a standstill.

The strike follows a long-running dispute between the alliance and the City of Cape Town over the impounding of taxis.

In a statement on Sunday evening, the alliance said its members would “withdraw services indefinitely” until the City stopped impounding vehicles for what it called minor offences.

“Our drivers are being treated like criminals for having a broken indicator light. A taxi impounded is a family without food for two weeks,” the statement read.

At the Bellville taxi rank, commuters stood in long queues for the few buses that were operating.

“I left home at 5am and I’m still here. My boss already said if I’m late again, that’s it,” said Nomvula Dlamini, a domestic worker from Delft.

Another commuter, who did not want to be named, said she had paid R150 for a private e-hailing ride to get to her job in Century City. “That’s almost a week’s transport money gone in one morning,” she said.

The City’s mayoral committee member for safety and security, Alderman Pieter van der Merwe, said the municipality would not be held to ransom. “The law applies to everyone. We will not stop enforcing the National Land Transport Act because a group of operators has decided to shut down the city,” he said.

Van der Merwe said law enforcement officers had been deployed on the main routes after reports that drivers who continued working had been intimidated.

Provincial police spokesperson Captain Zanele Mokoena confirmed that two people had been arrested for public violence in Khayelitsha. According to Mokoena, “a bus was stoned on Govan Mbeki Road and the driver sustained minor injuries.”

WCTA chairperson Siyabonga Ntuli told News24 on Monday afternoon that the alliance was open to talks. “We don’t want to punish the commuters. They are our customers and our neighbours. Every time we ask for a meeting, they say ‘put it in writing’. We have put it in writing five times,” Ntuli said.''',
        [
            ("withdraw services indefinitely", "Western Cape Taxi Alliance"),
            ("Our drivers are being treated like", "Western Cape Taxi Alliance"),
            ("I left home at 5am and", "Nomvula Dlamini"),
            ("That’s almost a week’s transport money", None),
            ("The law applies to everyone.", "Pieter van der Merwe"),
            ("a bus was stoned on Govan", "Zanele Mokoena"),
            ("We don’t want to punish the", "Siyabonga Ntuli"),
        ],
    ),
    # 8 -- Rappler style, politics (Senate hearing), Philippines: curly quotes; Taglish quotes with bracketed translations; nickname in quote marks (skipped); "she shot back"; partial quote from a letter; speaker introduced in the next paragraph
    (
'''MANILA, Philippines – Senator Maria Teresa “Tess” Villanueva on Tuesday, August 13, demanded that the Department of Education explain why only 1,100 of the 6,000 classrooms funded under the 2023 budget have been completed.

“Anim na libo ang pinondohan natin. Isang libo lang ang natapos. Where did the money go?” Villanueva asked during the hearing of the Senate committee on basic education, which she chairs. (We funded six thousand. Only one thousand were finished.)

Education Undersecretary Ramon Castillo said procurement delays and right-of-way problems had slowed construction. “Many of the sites turned out to be disputed lands. We cannot build on a lot where the school does not have a title,” he told senators.

Villanueva was unconvinced. “That is the same excuse we heard last year, Usec. Kung alam n’yo nang walang titulo, bakit n’yo pa isinama sa listahan?” she shot back. (If you knew there was no title, why did you still include it in the list?)

She also zeroed in on the P2.3-billion contract awarded to Pampanga-based Golden Arc Builders Incorporated, which has completed only 40 of its 520 classrooms. Castillo said the department had sent the firm two notices of termination.

Golden Arc president Leonardo Sison did not attend the hearing. In a letter read into the record by the committee secretary, he said the company had been “unfairly singled out” and blamed the rising cost of steel and cement.

“Our teachers are holding classes in covered courts, in chapels, under mango trees.”

That was how Liza Manalo, president of the Samahan ng mga Guro ng Bayan, described the situation in Eastern Samar, where she teaches Grade 5.

Manalo told Rappler after the hearing that classrooms in her town have held 60 to 70 students each since the last typhoon. “Hindi na kami nagrereklamo sa init. Ang hinihingi lang namin, may bubong,” she said. (We no longer complain about the heat. All we’re asking for is a roof.)

The committee will resume its hearing on August 27. Villanueva said she would ask the Commission on Audit to conduct a special audit of the program.

“We will follow the money, peso by peso,” the senator said. – Rappler.com''',
        [
            ("Anim na libo ang pinondohan natin.", "Maria Teresa Villanueva"),
            ("Many of the sites turned out", "Ramon Castillo"),
            ("That is the same excuse we", "Maria Teresa Villanueva"),
            ("unfairly singled out", "Leonardo Sison"),
            ("Our teachers are holding classes in", "Liza Manalo"),
            ("Hindi na kami nagrereklamo sa init.", "Liza Manalo"),
            ("We will follow the money, peso", "Maria Teresa Villanueva"),
        ],
    ),
    # 9 -- Philippine Daily Inquirer style, weather (typhoon), Philippines: agency bulletin quoted, Engr./Gov. titles, quote in paragraph after introduction, Facebook post "he said: ...", "the Coast Guard said"
    (
'''LEGAZPI CITY — More than 48,000 residents of Albay and Sorsogon were moved to evacuation centers on Saturday as Typhoon Isko intensified over the Philippine Sea and threatened to make landfall in the Bicol region by Sunday evening.

The Philippine Atmospheric, Geophysical and Astronomical Services Administration (Pagasa) raised Signal No. 4 over Catanduanes and the eastern portion of Albay at 5 p.m.

"Isko is expected to bring destructive typhoon-force winds and a storm surge of up to three meters in coastal areas of Catanduanes and Albay. Residents in these areas are advised to evacuate to higher ground," Pagasa said in its 5 p.m. bulletin.

Pagasa weather specialist Kristine Joy Mabini said the typhoon was moving west-northwest at 15 kilometers per hour. "It may still intensify before landfall because it is passing over warm waters. We cannot rule out it reaching super typhoon category," she said in a briefing.

Engr. Cedric Llorin, head of the Albay Provincial Disaster Risk Reduction and Management Office, said forced evacuation had been ordered in 14 towns and cities near Mayon Volcano and along the coast.

"We are not taking chances. Lahar can come down with the heavy rain, and we have seen what that can do," Llorin said.

Albay Gov. Miguel Arcilla suspended classes at all levels and work in government offices on Monday. In a post on the provincial government's Facebook page, he said: "Walang maiiwan. Nobody gets left behind. Our evacuation centers have food packs for three days."

The Coast Guard District Bicol said 3,217 passengers, 410 rolling cargoes and 22 vessels were stranded in the ports of Matnog, Pilar and Tabaco. "No sea trips will be allowed until the signal is lifted," the Coast Guard said.

At Matnog port, truck drivers slept in their cabs as they waited for the weather to clear. "Two days na kami dito. Our cargo of vegetables will rot if we wait any longer," said Rodel Pascua, 41, who was bound for Samar.''',
        [
            ("Isko is expected to bring destructive", "Philippine Atmospheric, Geophysical and Astronomical Services Administration"),
            ("It may still intensify before landfall", "Kristine Joy Mabini"),
            ("We are not taking chances.", "Cedric Llorin"),
            ("Walang maiiwan. Nobody gets left behind.", "Miguel Arcilla"),
            ("No sea trips will be allowed", "Coast Guard District Bicol"),
            ("Two days na kami dito.", "Rodel Pascua"),
        ],
    ),
    # 10 -- Straits Times style, business (retrenchment), Singapore: curly quotes; company statement, "said Mr X, who ...", quote interrupted by "she said" (two passages), pronoun after paragraph break, nested single quote
    (
'''SINGAPORE – Home-grown logistics firm Tembusu Freight will cut about 180 jobs, or roughly 15 per cent of its workforce, as it shifts more of its warehouse operations to automated systems, the company said on March 4.

In a statement, Tembusu Freight said the affected employees had been informed on the morning of the announcement. “This has been a difficult decision. We are committed to treating every affected colleague with respect and fairness, and will provide retrenchment benefits above the industry norm,” the company said.

Affected staff with at least two years of service will receive one month’s salary for each year worked, capped at 15 months, it added.

Chief executive Daniel Koh told The Straits Times that the company had invested $40 million in a new automated distribution centre in Tuas. “Our customers expect next-day delivery across the region. To stay competitive, we have to move faster than our manual processes allow,” said Mr Koh, who took over the firm from his father in 2019.

The Logistics and Supply Chain Workers’ Union (LSCWU) said it had been consulted ahead of the announcement. Its general secretary, Ms Farah Ismail, said the union had negotiated for workers aged 50 and above to receive an additional month of pay.

“Older workers will find it harder to get a new job, and we made sure that was recognised in the package,” she said. “We have also lined up job fairs with three logistics companies that are hiring.”

Mr Tan Ah Hock, 56, a forklift driver who has worked at the company for 22 years, said he was not surprised by the news.

“Last year, the supervisors already told us ‘the robots are coming’. We just did not know it would be so soon,” said Mr Tan, who plans to attend one of the job fairs.

Dr Shirley Ong, a supply chain analyst at consultancy Meridian Asia Partners, said more firms in the sector were likely to follow. “Automation is no longer optional for logistics players in Singapore, given the tight labour market and high land costs. The question is how fast, not whether,” she said.

The Ministry of Manpower said in response to queries that employers with at least 10 employees must notify it of retrenchments within five working days.''',
        [
            ("This has been a difficult decision.", "Tembusu Freight"),
            ("Our customers expect next-day delivery across", "Daniel Koh"),
            ("Older workers will find it harder", "Farah Ismail"),
            ("We have also lined up job", "Farah Ismail"),
            ("Last year, the supervisors already told", "Tan Ah Hock"),
            ("Automation is no longer optional for", "Shirley Ong"),
        ],
    ),
    # 11 -- The Star (Malaysia) style, courts, Malaysia: Datuk/Datuk Seri/Justice titles, surname-only references (Harjit, Azman), "he said only: ...", two partial quotes in one sentence, company filing quoted ("it said")
    (
'''KUALA LUMPUR: The High Court here has ordered Datuk Seri Azman Kamaruddin, former managing director of property developer Lembah Mutiara Holdings Bhd, to enter his defence on four counts of criminal breach of trust involving RM12.6mil.

Justice Datuk Noraini Yusof ruled on Friday (Oct 18) that the prosecution had established a prima facie case against the 61-year-old businessman at the end of its case.

"After a maximum evaluation of the evidence, this court finds that the prosecution has succeeded in proving every ingredient of the charges. The accused is therefore called to enter his defence," she said.

Azman, who was represented by Datuk Harjit Singh Gill, elected to give sworn evidence from the witness stand.

Harjit told the court that his client would call six witnesses, including two former board members. "My client maintains his innocence. The payments were approved by the board and were made for legitimate business purposes," he said.

Deputy public prosecutor Nur Aisyah Zainal asked that the trial dates be expedited given the age of the case. "This case was filed in 2021. The public has an interest in seeing it concluded without further delay," she said.

Justice Noraini fixed Jan 13 to 24 for the defence case.

Azman, who was dressed in a dark grey suit, was accompanied by his wife and two sons. When approached by reporters, he said only: "Saya serahkan kepada mahkamah. I leave it to the court."

Speaking outside the courtroom, Harjit said his client was "disappointed but not surprised" by the ruling and was confident of being able to "clear his name in court."

Meanwhile, Lembah Mutiara said in a filing with Bursa Malaysia that the case had no material impact on its operations. "The company continues to cooperate fully with the authorities and remains focused on the delivery of its ongoing projects," it said.

Azman is alleged to have committed the offences between 2016 and 2018 at the company's headquarters in Jalan Ampang. He faces imprisonment of up to 20 years, whipping and a fine if convicted under Section 409 of the Penal Code.''',
        [
            ("After a maximum evaluation of the", "Noraini Yusof"),
            ("My client maintains his innocence.", "Harjit Singh Gill"),
            ("This case was filed in 2021.", "Nur Aisyah Zainal"),
            ("Saya serahkan kepada mahkamah.", "Azman Kamaruddin"),
            ("disappointed but not surprised", "Harjit Singh Gill"),
            ("clear his name in court", "Harjit Singh Gill"),
            ("The company continues to cooperate fully", "Lembah Mutiara Holdings Bhd"),
        ],
    ),
    # 12 -- GhanaWeb / Daily Graphic style, health/religion, Ghana: SINGLE-QUOTE style with nested double quotes and apostrophes; Dr/Pastor/Apostle/Madam; quotes in their own paragraphs after introduction; "Dr Boateng added"
    (
'''ACCRA — The Greater Accra Regional Health Directorate has appealed to church leaders to use their pulpits to encourage members to take the oral cholera vaccine, as the number of suspected cholera cases in the region rose to 1,342, with 19 deaths.

Speaking at a meeting with clergy in Accra on Tuesday, the Regional Director of Health Services, Dr Akosua Asantewaa Boateng, said religious leaders were key to the success of the vaccination campaign.

'The pastor is the most trusted voice in many of our communities. When a man of God tells his congregation to get vaccinated, they listen,' she said.

She said the directorate had received 400,000 doses of the vaccine, which would be administered in the worst-affected districts, including Ga South, Ablekuma North and Weija-Gbawe, from next Monday.

'We are not asking anyone to abandon their faith. Prayer and vaccination are not enemies. We are asking for both,' Dr Boateng added.

The chairman of the Greater Accra branch of the Ghana Fellowship of Evangelical Churches, Pastor Emmanuel Kwaku Ofori, pledged the support of member churches. 'Our members will hear about the vaccine this Sunday in every branch,' he said, adding that some churches would make their premises available as vaccination points.

Not all the clergy present were convinced, however. Apostle Yaw Mensah-Bonsu, founder of the Living Fire Chapel International in Kasoa, said his members had been told on social media that the vaccine caused infertility.

'I am not against it, but my people are afraid. Someone sent a voice note saying "the injection will finish your womb", and now the women will not go near the clinic. The Ghana Health Service must come to the churches and answer their questions themselves,' he said.

Responding, Dr Boateng described the claim as false. 'The vaccine has been given to millions of people across Africa. There is no evidence, none at all, that it affects fertility,' she said.

At the Agbogbloshie market, traders said the real problem was sanitation. A tomato seller, Madam Comfort Adjei, told GhanaWeb that the area had only two public toilets for thousands of traders.

'We don't have toilets here. If you want to stop cholera, build toilets,' she said.''',
        [
            ("The pastor is the most trusted", "Akosua Asantewaa Boateng"),
            ("We are not asking anyone to", "Akosua Asantewaa Boateng"),
            ("Our members will hear about the", "Emmanuel Kwaku Ofori"),
            ("I am not against it, but", "Yaw Mensah-Bonsu"),
            ("The vaccine has been given to", "Akosua Asantewaa Boateng"),
            ("We don't have toilets here.", "Comfort Adjei"),
        ],
    ),
    # 13 -- ABC News (Australia) style, health (maternity unit closure), Australia: curly quotes; organisation statement (partial + full), follow-on quote paragraph with no attribution, Dr/Ms/Cr, nested single quote
    (
'''Expectant mothers in western Queensland will have to travel more than 600 kilometres to give birth for at least three months after the maternity unit at Longreach Hospital was temporarily closed due to a shortage of midwives.

The Outback Central Health Service confirmed on Wednesday that birthing services at the hospital would be suspended from May 1.

In a statement, the health service said the decision had been made “with great reluctance” and that patient safety was its first priority.

“We have been unable to recruit enough midwives to safely staff a roster 24 hours a day, seven days a week,” the statement said.

Women with low-risk pregnancies will be transferred to Rockhampton at 36 weeks, with travel and accommodation covered under the Patient Travel Subsidy Scheme.

Local mother Jess Cartwright, who is 30 weeks pregnant with her second child, said the news had left her in tears.

“My husband runs cattle. He can’t just leave the property for four weeks to sit in a motel in Rockhampton with me and our toddler,” she told ABC Western Queensland.

“And what happens if the baby comes early, on the highway, in the middle of nowhere?”

GP obstetrician Dr Farid Rahimi, who has worked in Longreach for 11 years, said the closure was part of a pattern across regional Queensland.

“Every time a small maternity unit closes, we’re told it’s temporary. Some of them never reopen,” Dr Rahimi said.

Queensland Health Minister Rachel Durant said the government was working to recruit staff. “I understand how distressing this is for families in the central west. My department is offering incentive payments of up to $30,000 for midwives who relocate to the region,” Ms Durant said.

Longreach Regional Council mayor Tony Rossiter said the council had not been consulted.

“We were told about this on Tuesday afternoon, the same day as the staff. They said ‘we’ll keep you informed’, and that was it. That’s not consultation,” Cr Rossiter said.''',
        [
            ("with great reluctance", "Outback Central Health Service"),
            ("We have been unable to recruit", "Outback Central Health Service"),
            ("My husband runs cattle.", "Jess Cartwright"),
            ("And what happens if the baby", "Jess Cartwright"),
            ("Every time a small maternity unit", "Farid Rahimi"),
            ("I understand how distressing this is", "Rachel Durant"),
            ("We were told about this on", "Tony Rossiter"),
        ],
    ),
    # 14 -- US local TV station website, police (shooting), Ohio: "...," said Sgt. X, a spokesperson for ...; anonymous clerk (None); "the statement said" for a named councilmember; quote in paragraph after speaker introduced
    (
'''COLUMBUS, Ohio — A 19-year-old man is in critical condition after he was shot outside a gas station on the city's east side late Saturday night, according to Columbus police.

Officers were called to the Fuel Mart on East Main Street near South Hamilton Road around 11:40 p.m. on reports of shots fired. Police said they found the victim in the parking lot with multiple gunshot wounds. He was taken to Grant Medical Center.

"We believe this was not a random act. The victim and the suspect appear to have known each other," said Sgt. Marcus Hill, a spokesperson for the Columbus Division of Police.

Hill said detectives were reviewing surveillance video from the store and nearby businesses. "If you were in that area and saw something, even if you think it's small, please give us a call," he said.

No arrests have been made, and police have not released a description of the suspect.

A store clerk, who asked not to be identified, told News 6 he heard at least five shots. "I got down behind the counter and called 911. When I looked up, there were people running everywhere," he said.

Neighbors said the gas station has been a problem for months. "This is the third shooting here since summer. We've asked the city for more lighting, more patrols, anything," said Denise Harmon, who lives two blocks away and leads the neighborhood block watch.

City Councilmember Andre Whitfield, whose district includes the area, said in a statement Sunday that he had requested a meeting with the police chief. "Our residents deserve to feel safe pumping gas in their own neighborhood. I will be asking the Division of Police for a focused safety plan for the East Main corridor," the statement said.

The victim's mother, Tamara Jenkins, spoke briefly with News 6 outside the hospital Sunday morning.

"He's fighting. That's all I can say right now. Please pray for my baby," she said.

Anyone with information is asked to call the Columbus police felony assault unit.''',
        [
            ("We believe this was not a", "Marcus Hill"),
            ("If you were in that area", "Marcus Hill"),
            ("I got down behind the counter", None),
            ("This is the third shooting here", "Denise Harmon"),
            ("Our residents deserve to feel safe", "Andre Whitfield"),
            ("He's fighting. That's all I can", "Tamara Jenkins"),
        ],
    ),
    # 15 -- US local TV station website, weather (ice storm/school closings), Oklahoma: curly quotes; "said X, a meteorologist with ..."; quote followed by "That was the message from ..."; cooperative news release; Facebook post ("Pickett wrote"); nested single quote
    (
'''TULSA, Okla. — More than two dozen school districts across northeastern Oklahoma have canceled classes for Tuesday as an ice storm is expected to bring up to half an inch of freezing rain to the Tulsa area overnight.

The National Weather Service has issued an Ice Storm Warning for Tulsa, Wagoner, Rogers and Creek counties from 9 p.m. Monday until noon Tuesday.

“This is the kind of event where a quarter inch of ice can bring down tree limbs and power lines. We could see outages that last more than a day in some neighborhoods,” said Katie Brennan, a meteorologist with the National Weather Service office in Tulsa.

“If you don’t have to be on the roads tomorrow morning, please stay home.” That was the message from 8 News Chief Meteorologist Travis Boone, who said temperatures were not expected to climb above freezing until Wednesday afternoon.

Green Country Electric Cooperative said it had 200 line workers on standby, including crews brought in from Arkansas and Kansas. “Our crews will be out as soon as it is safe to do so, but we are asking members to be prepared for extended outages,” the cooperative said in a news release.

Oklahoma Department of Transportation spokesperson Jenna Whitlock said crews began pre-treating bridges and overpasses with brine Monday afternoon.

“Bridges freeze first. Even if the highway looks fine, that overpass may be a sheet of ice,” Whitlock said.

Among the districts that canceled classes was Verdigris Valley Public Schools. In a message posted to the district’s Facebook page, Superintendent Dr. Lorraine Pickett said she had driven several rural bus routes Monday evening before making the decision.

“Some of our students ride a bus for 45 minutes on gravel roads. I am not going to put them on those roads in the dark, on ice,” Pickett wrote.

For some families, the news was welcome. Jasmine Ortiz, a mother of three in Broken Arrow, said her kids celebrated as soon as the district’s text alert came through.

“The minute the text came in, my son yelled ‘snow day!’ even though it’s ice, not snow,” Ortiz said with a laugh.

8 News will have live updates on closings and road conditions throughout the night.''',
        [
            ("This is the kind of event", "Katie Brennan"),
            ("If you don’t have to be", "Travis Boone"),
            ("Our crews will be out as", "Green Country Electric Cooperative"),
            ("Bridges freeze first.", "Jenna Whitlock"),
            ("Some of our students ride a", "Lorraine Pickett"),
            ("The minute the text came in", "Jasmine Ortiz"),
        ],
    ),
    # 16 -- Celebrity/entertainment news site, engagement, US: curly quotes; show title in quote marks (skipped); Instagram caption ("Reyes captioned"), "he wrote", anonymous source (None), partial quote from a magazine interview, nested single quote
    (
'''Savannah Reyes is engaged!

The “Midnight Harbor” star, 31, confirmed on Instagram on Monday that she and musician Theo Lindqvist are engaged after two years of dating.

“He asked, I cried, the dog barked. Best night of my life,” Reyes captioned a carousel of photos showing the couple on a beach in Tulum, Mexico, with a pear-shaped diamond ring on full display.

Her publicist, Dana Whitcomb, confirmed the news to Celebrity Now. “Savannah and Theo are over the moon and so grateful for all the love they’ve received,” Whitcomb said.

Lindqvist, the frontman of indie rock band Paper Lanterns, shared his own post hours later. “Three years ago I wrote a song about a girl I hadn’t met yet. Turns out it was about you,” he wrote.

A source close to the couple told Celebrity Now that Lindqvist had been planning the proposal for months. “He flew her parents in from San Antonio as a surprise. They were hiding behind the cabana the entire time,” the source said.

Reyes’ “Midnight Harbor” co-star Marcus Bell was among the first to comment on the post. “FINALLY. I called this on day one of filming,” Bell wrote, adding a string of heart emojis.

Reyes and Lindqvist were first linked in early 2023 after they were spotted together at a Los Angeles farmers market. The actress later opened up about the relationship in a cover interview with Glow magazine, saying that Lindqvist had “taught me how to slow down.”

“I was working 16-hour days and barely sleeping. He said, ‘You’re allowed to rest,’ and honestly nobody had ever told me that before,” she told the magazine at the time.

No wedding date has been set.''',
        [
            ("He asked, I cried, the dog", "Savannah Reyes"),
            ("Savannah and Theo are over the", "Dana Whitcomb"),
            ("Three years ago I wrote a", "Theo Lindqvist"),
            ("He flew her parents in from", None),
            ("FINALLY. I called this on day", "Marcus Bell"),
            ("taught me how to slow down", "Savannah Reyes"),
            ("I was working 16-hour days and", "Savannah Reyes"),
        ],
    ),
    # 17 -- The Hindu / Sportstar style, sport (cricket), India: "He said: ..." quote spanning two paragraphs; "said Gowda, who ..."; quote after "He smiled." with no reporting verb
    (
'''BENGALURU: Left-arm spinner Aditya Rao claimed 7 for 48 as Karnataka bowled out Vidarbha for 167 on the third day to complete a 214-run win in their Ranji Trophy Elite Group C match at the M. Chinnaswamy Stadium on Saturday.

Set 382 to win, Vidarbha were 92 for two at lunch before Rao ran through the middle order, taking five wickets for 11 runs in a spell of 7.4 overs after the break.

"The pitch had a bit of bounce and turn from the first session itself. I just tried to bowl in the right areas and let the surface do the rest," Rao said at the post-match press conference.

Karnataka captain Shreyas Nair was full of praise for the 27-year-old. He said: "Aditya has been our go-to bowler for two seasons. He doesn't get the credit he deserves because he plays most of his cricket on flat tracks.

"But today it was a complete team performance. Our openers gave us a 120-run stand in the first innings and that set the game up."

Opener Kiran Gowda, who made 96 in the first innings, said he had no regrets about missing out on a century. "I was disappointed to miss the hundred, but the team's win matters more," said Gowda, who fell to a sharp catch at first slip.

Vidarbha coach Sunil Deshpande admitted his batters had been found wanting. "We lost wickets in clusters. You cannot do that against a quality spinner on a third-day wicket," he said.

With the India A squad for the tour of South Africa due to be picked next week, Rao was asked whether he had one eye on selection. He smiled. "Honestly, no. My only target is to help Karnataka reach the knockouts. The rest is not in my hands."

The win takes Karnataka to 19 points from four matches, second in the group behind Punjab. They play Saurashtra in Rajkot from November 6.''',
        [
            ("The pitch had a bit of", "Aditya Rao"),
            ("Aditya has been our go-to bowler", "Shreyas Nair"),
            ("But today it was a complete", "Shreyas Nair"),
            ("I was disappointed to miss the", "Kiran Gowda"),
            ("We lost wickets in clusters.", "Sunil Deshpande"),
            ("Honestly, no. My only target is", "Aditya Rao"),
        ],
    ),
    # 18 -- Daily Nation (Nation Sport) style, sport (marathon), Kenya: curly quotes; "told Nation Sport"; unattributed quote spanning two paragraphs after an intro sentence; quote with speaker named in next paragraph ("Those were the words of ..."); statement from management
    (
'''Dennis Kipruto Chelimo stormed to victory at the Valencia Marathon on Sunday, clocking a personal best of 2:03:41 to lead a Kenyan one-two in the Spanish city.

The 26-year-old from Kaptagat broke away from Ethiopia’s Abebe Tesfaye at the 38km mark and held on, with compatriot Nicholas Korir coming through late to finish second in 2:04:10. Tesfaye settled for third in 2:04:32.

“I was feeling strong from 30km, but my coach kept telling me ‘not yet, not yet’. When I saw the Ethiopian was breathing heavily, I knew it was time to go,” Chelimo told Nation Sport from Valencia.

He dedicated the win to his family and his training partners.

“This victory is for my mother, who sold vegetables in Iten to pay for my first running shoes.

“I also want to thank my training group. We run together every morning in the cold, and today that hard work paid off.”

There was joy for Kenya in the women’s race too.

“I did not expect to win today. I came here to run a personal best.”

Those were the words of a visibly emotional Faith Jelagat Sang, who won the women’s race in 2:17:55 for her first marathon victory.

Athletics Kenya director of competitions Samuel Lelei said the results would strengthen Kenya’s hand ahead of next year’s World Championships. “We have a very deep pool of marathoners. Selection will be difficult, and that is a good problem to have,” Lelei said.

Chelimo’s coach, Italian Marco Bellini, was equally pleased. “Dennis is a very patient athlete. He listens, and that is rare at his age,” Bellini said in a statement released by the athlete’s management company, Rift Valley Sports Management.

Chelimo is expected to return to Kenya on Wednesday.''',
        [
            ("I was feeling strong from 30km,", "Dennis Kipruto Chelimo"),
            ("This victory is for my mother,", "Dennis Kipruto Chelimo"),
            ("I also want to thank my", "Dennis Kipruto Chelimo"),
            ("I did not expect to win", "Faith Jelagat Sang"),
            ("We have a very deep pool", "Samuel Lelei"),
            ("Dennis is a very patient athlete.", "Marco Bellini"),
        ],
    ),
    # 19 -- Indian entertainment (Hindustan Times / Mid-day style), Bollywood trailer launch, India: SINGLE-QUOTE style; film title in single quotes (skipped); apostrophes inside quotes; nested double quotes; "she added"; production house statement
    (
'''MUMBAI: Actor Kabir Malhotra on Wednesday revealed that he lost 14 kilos for his role as a long-distance runner in his upcoming sports drama 'Dhoop'.

Speaking at the trailer launch of the film in Mumbai, Malhotra said the preparation had been the toughest of his career. 'For eight months, I ate boiled chicken and vegetables and ran 15 kilometres every morning. There were days I wanted to quit,' the 34-year-old actor said.

Director Meghna Iyer, who has earlier helmed two National Award-winning documentaries, said she had insisted on authenticity. 'I did not want a body double for a single running shot. Kabir's answer on the very first day was, fine, I will run,' Iyer said.

Actress Tara Sethi, who plays his wife in the film, said she was in awe of his discipline. 'On set, we would all be eating samosas and he would be sitting in a corner with his salad, looking at us like we had committed a crime,' she said, sending the audience into splits.

'He once told me "one samosa means one extra kilometre" and I never offered him one again,' she added.

Silverline Pictures, which has produced the film, said in a statement that 'Dhoop' would release in theatres on the Republic Day weekend. 'Dhoop is a story of grit, and we believe January 26 is the perfect date for it,' the statement said.

Asked about reports that the film had been delayed due to a dispute with its original music composer, Malhotra said, 'There is no dispute. People like to write stories. Our music is ready and the first song comes out next week.'

The trailer, which was released on YouTube on Wednesday morning, had crossed 12 million views by evening.''',
        [
            ("For eight months, I ate boiled", "Kabir Malhotra"),
            ("I did not want a body", "Meghna Iyer"),
            ("On set, we would all be", "Tara Sethi"),
            ("He once told me", "Tara Sethi"),
            ("Dhoop is a story of grit", "Silverline Pictures"),
            ("There is no dispute.", "Kabir Malhotra"),
        ],
    ),
    # 20 -- Dawn style, health/religion/police (polio team attack), Pakistan: quote before "SSP X told Dawn", "the SSP added", EOC statement, anonymous vaccinator (None), "X told Dawn: ...", Maulana honorific, video message
    (
'''PESHAWAR: A policeman deployed for the security of a polio vaccination team was martyred and another injured when unidentified motorcyclists opened fire on them in the Mathra area on the outskirts of the city on Monday, police said.

According to police, the team, comprising two female vaccinators, was administering polio drops to children door to door when the attackers struck and fled towards the fields.

"The attackers were on a motorcycle. They targeted the constable who was standing outside the house while the female workers were inside. All the vaccinators are safe," Senior Superintendent of Police (Operations) Kashif Mehmood told Dawn.

He said a search operation had been launched in the area. "We have cordoned off the area and are checking CCTV footage from the main Charsadda Road," the SSP added.

The Khyber Pakhtunkhwa Emergency Operations Centre (EOC) for polio eradication condemned the attack. "Such cowardly acts will not deter our frontline workers. The campaign will continue in all districts as planned," the EOC said in a statement.

One of the female vaccinators, who requested anonymity, said the team heard gunshots while inside the house. "The woman of the house pulled us into a room and locked the door. We stayed there until the police came," she said.

The slain constable, identified as Gul Zameen, 34, was laid to rest in his native village in Charsadda district later in the day. His brother, Sher Zameen, told Dawn: "He used to say that protecting these children is a duty, not just a job. He has left behind four children of his own."

The EOC also shared a video message from Maulana Abdul Haq Yousafzai, the prayer leader of a mosque in Hayatabad, who urged parents to cooperate with vaccination teams. "Islam teaches us to protect the life of a child. There is nothing in our religion against these drops, and those who attack vaccinators are enemies of humanity," he said.

Pakistan has reported 18 cases of wild poliovirus so far this year, six of them from Khyber Pakhtunkhwa.''',
        [
            ("The attackers were on a motorcycle.", "Kashif Mehmood"),
            ("We have cordoned off the area", "Kashif Mehmood"),
            ("Such cowardly acts will not deter", "Khyber Pakhtunkhwa Emergency Operations Centre"),
            ("The woman of the house pulled", None),
            ("He used to say that protecting", "Sher Zameen"),
            ("Islam teaches us to protect the", "Abdul Haq Yousafzai"),
        ],
    ),
]

STORIES_D = [
    # 1 -- US wire style, Senate committee vote on rail safety, USA: straight quotes; split quotes with "said X, the ..."; partial quotes from a trade group statement and a House chairman; anonymous aide (None); "she said" at close
    (
'''WASHINGTON — A bipartisan bill that would require freight railroads to install new brake sensors on trains carrying hazardous materials cleared a key Senate committee on Thursday, but its prospects in the House remain uncertain.

The Senate Commerce Committee voted 17-11 to advance the measure, with three Republicans joining all of the panel's Democrats.

"We have waited long enough for the industry to fix this on its own," said Sen. Margaret Ellory, the Ohio Democrat who wrote the bill. "Every month we delay is another month a town like East Carrow lives next to a rolling hazard."

Ellory pointed to last year's derailment outside East Carrow, in which 23 tank cars left the tracks and about 4,000 residents were evacuated for nearly a week.

Sen. Dale Whitcomb of Montana, the committee's ranking Republican, voted against the bill. He said he supported its goal but objected to the timeline, which would give railroads 30 months to comply.

"Thirty months sounds reasonable in a hearing room," Whitcomb said. "It is not reasonable for a short-line operator with 40 employees and one mechanic."

The National Freight Rail Council, which represents the largest carriers, said in a statement that the bill "imposes costly, untested technology mandates" and urged senators to wait for a federal study due next spring.

In the House, Rep. Tomas Aguirre, who chairs the Transportation and Infrastructure subcommittee on railroads, has not scheduled a hearing. Asked about the bill on Wednesday, he told reporters he would "take a look at whatever the Senate sends over" but said his priority was a broader surface transportation package.

A senior House Republican aide, who spoke on condition of anonymity to discuss internal deliberations, was more blunt. "It's not going anywhere this year," the aide said. "There isn't floor time, and there isn't appetite."

Ellory said she would try to attach the measure to must-pass legislation if necessary.

"I'm not going to be told to come back next year," she said. "Next year is what they told us last year."''',
        [
            ("We have waited long enough for", "Margaret Ellory"),
            ("Every month we delay is another", "Margaret Ellory"),
            ("Thirty months sounds reasonable in a", "Dale Whitcomb"),
            ("It is not reasonable for a", "Dale Whitcomb"),
            ("imposes costly, untested technology mandates", "National Freight Rail Council"),
            ("take a look at whatever the", "Tomas Aguirre"),
            ("It's not going anywhere this year", None),
            ("There isn't floor time, and there", None),
            ("I'm not going to be told", "Margaret Ellory"),
            ("Next year is what they told", "Margaret Ellory"),
        ],
    ),
    # 2 -- Brussels correspondent style, EU fisheries council, Belgium/EU: curly quotes; "X told reporters"; partial quotes; anonymous diplomat (None); multi-paragraph quote from an MEP; industry group partial quote
    (
'''BRUSSELS — European Union fisheries ministers agreed early on Wednesday to cut next year’s catch limit for North Sea herring by 18 per cent after nearly 20 hours of talks, a smaller reduction than the European Commission had proposed.

The Commission had sought a 31 per cent cut, citing scientific advice that spawning stocks had fallen below a precautionary threshold for the second year running.

“This is not the number we asked for, and I won’t pretend it is,” Katrin Lindqvist, the EU fisheries commissioner, told reporters as the meeting broke up shortly after 5am. “But it is a real cut, it is binding, and we have a review clause in the spring.”

Ireland and Denmark led resistance to the deeper reduction. Siobhán Carey, Ireland’s marine minister, said coastal communities could not absorb “another year of being told to tighten a belt that has no holes left”.

“We accept the science,” she said. “What we don’t accept is that the burden should fall almost entirely on small boats while the factory trawlers go and fish something else.”

A diplomat from one of the northern member states, who asked not to be named, described the negotiations as “the usual theatre”. “Everyone knew we’d land somewhere around 18,” the diplomat said.

Environmental campaigners reacted angrily. Pierre-Antoine Delmas, a French Green member of the European Parliament who sits on its fisheries committee, said ministers had “once again overruled their own scientists”.

“Herring is not a political opinion,” Delmas said in a statement. “If the stock collapses, there will be no quota to argue over, for Ireland or for anyone else.

“We have seen this film before, with cod in the 1990s, and we know how it ends.”

The European Pelagic Fleet Association, which represents larger vessel operators, welcomed the deal as “a balanced outcome that protects jobs while supporting recovery”.

The new limits take effect on 1 January.''',
        [
            ("This is not the number we", "Katrin Lindqvist"),
            ("But it is a real cut,", "Katrin Lindqvist"),
            ("another year of being told to", "Siobhán Carey"),
            ("We accept the science", "Siobhán Carey"),
            ("What we don’t accept is that", "Siobhán Carey"),
            ("the usual theatre", None),
            ("Everyone knew we’d land somewhere around", None),
            ("once again overruled their own scientists", "Pierre-Antoine Delmas"),
            ("Herring is not a political opinion", "Pierre-Antoine Delmas"),
            ("If the stock collapses, there will", "Pierre-Antoine Delmas"),
            ("We have seen this film before", "Pierre-Antoine Delmas"),
            ("a balanced outcome that protects jobs", "European Pelagic Fleet Association"),
        ],
    ),
    # 3 -- British newspaper style, Commons urgent question on leasehold reform, UK: single-quote style with apostrophes inside quotes; partial quotes; quoted report title (skipped); leaked Treasury letter; "Mrs Farouk asked"; Downing Street speaking as an institution
    (
'''Rachel Ashdown, the housing minister, faced sustained criticism in the Commons yesterday after refusing to set a date for a promised ban on the sale of new leasehold houses.

Answering an urgent question, Ms Ashdown told MPs the government remained 'fully committed to ending the leasehold scandal' but said the legislation needed 'further technical work with the Land Registry' before it could be introduced.

'We are not going to rush a bill that affects more than four million households and then spend five years fixing it,' she said. 'I would rather get it right than get it quickly.'

Graham Pellow, the shadow housing secretary, said the same reassurance had been offered 'at this despatch box by four different ministers in three years'.

'Each of them told the House the bill was coming,' Mr Pellow said. 'None of them told the House when. The minister has now joined a very long queue.'

The exchange followed the publication last week of a report by the Commons housing committee, titled 'Leasehold: Still Waiting', which found that average ground rents on new-build flats had risen by 11 per cent since the reform was first announced.

The committee's chairman, Nadia Farouk, a Conservative, pressed the minister on a leaked Treasury letter, first reported by this newspaper, which warned that the department 'should not assume parliamentary time in this session' for the bill.

'If the Treasury is telling the department not to expect time, why is the minister telling us to expect a bill?' Mrs Farouk asked.

Ms Ashdown replied that she would not comment on leaked correspondence, adding: 'What I can tell the honourable lady is that the drafting is well advanced.'

Tim Rourke, the Liberal Democrat housing spokesman, said leaseholders were 'paying the price for this government's indecision'. 'Every week of delay is another week of service charges that nobody can challenge,' he said.

Downing Street later insisted the bill would be brought forward 'when parliamentary time allows', a phrase Mr Pellow described as 'the oldest excuse in Westminster'.''',
        [
            ("fully committed to ending the leasehold", "Rachel Ashdown"),
            ("further technical work with the Land", "Rachel Ashdown"),
            ("We are not going to rush", "Rachel Ashdown"),
            ("I would rather get it right", "Rachel Ashdown"),
            ("at this despatch box by four", "Graham Pellow"),
            ("Each of them told the House", "Graham Pellow"),
            ("None of them told the House", "Graham Pellow"),
            ("should not assume parliamentary time in", "Treasury"),
            ("If the Treasury is telling the", "Nadia Farouk"),
            ("What I can tell the honourable", "Rachel Ashdown"),
            ("paying the price for this government's", "Tim Rourke"),
            ("Every week of delay is another", "Tim Rourke"),
            ("when parliamentary time allows", "Downing Street"),
            ("the oldest excuse in Westminster", "Graham Pellow"),
        ],
    ),
    # 4 -- US courts reporter style, securities fraud trial, USA: straight quotes; lede partial quote whose speaker is named in the next paragraph; witness testimony ("told jurors"); email read in court; cross-examination exchange with "asked"/"replied"; "the judge said"; opening statements as partial quotes
    (
'''PHOENIX — A former finance chief testified Tuesday that the founder of a collapsed solar-panel startup told him to "make the numbers work" weeks before the company raised $140 million from investors.

Bryan Telford, who was chief financial officer of Heliastra Inc. until 2022, is the government's key witness in the securities fraud trial of the company's founder, Curtis Vail. Telford pleaded guilty last year and is cooperating with prosecutors in hopes of a lighter sentence.

"I knew what he meant," Telford told jurors in federal court in Phoenix. "He meant change the bookings report so the pipeline looked bigger than it was. And I did it."

Prosecutors displayed an email dated March 3, 2021, in which Vail wrote to Telford: "Investors are going to look at Q4 first. It needs to tell a growth story."

Under cross-examination, defense attorney Daniela Ruiz suggested Telford had invented the conversation to protect himself.

"You've told the government a lot of things since you signed that plea deal, haven't you?" Ruiz asked.

"I've told them the truth," Telford replied.

"The truth as it helps you," Ruiz said, before U.S. District Judge Harriet Lomax sustained an objection from the prosecution.

"Counsel, ask questions. Save the argument for closing," the judge said.

Ruiz has argued that Vail, 41, was a visionary engineer who relied on his finance team and knew nothing of any accounting manipulation. In her opening statement last week, she told jurors the case was about "a CFO who cooked the books and a founder who trusted him."

Assistant U.S. Attorney Kevin Marsh, in his own opening, told the jury the evidence would show that Vail "was not a bystander to this fraud. He was its architect."

Vail, who faces up to 20 years in prison if convicted on the most serious count, declined to comment as he left the courthouse. A spokesperson for the U.S. Attorney's Office for the District of Arizona said the office does not comment on ongoing trials.

Testimony is expected to continue Wednesday, when Heliastra's former head of sales is scheduled to take the stand.''',
        [
            ("make the numbers work", "Curtis Vail"),
            ("I knew what he meant", "Bryan Telford"),
            ("He meant change the bookings report", "Bryan Telford"),
            ("Investors are going to look at", "Curtis Vail"),
            ("You've told the government a lot", "Daniela Ruiz"),
            ("I've told them the truth", "Bryan Telford"),
            ("The truth as it helps you", "Daniela Ruiz"),
            ("Counsel, ask questions. Save the argument", "Harriet Lomax"),
            ("a CFO who cooked the books", "Daniela Ruiz"),
            ("was not a bystander to this", "Kevin Marsh"),
        ],
    ),
    # 5 -- British court report style, manslaughter trial at Crown Court, UK: curly quotes; prosecution opening as a two-paragraph quote; WhatsApp message read in court; witness evidence with "replied"; cross-examination question; judge's direction with "she told them"
    (
'''A scaffolding firm director ignored repeated warnings that a platform was unsafe in the days before it collapsed and killed a 23-year-old labourer, a jury at Leeds Crown Court has heard.

Stephen Garside, 52, managing director of Garside Access Ltd, denies gross negligence manslaughter over the death of Callum Breen, who fell 14 metres from scaffolding on a housing development in Wakefield in February last year.

Opening the prosecution case on Monday, Imogen Thwaite KC told jurors that at least two workers had raised concerns about missing ties — the fixings that anchor scaffolding to a building — in the week before the collapse.

“This was not a freak accident,” she said. “It was a foreseeable, and foreseen, consequence of a decision to keep the job moving rather than stop and make it safe.

“You will hear that Mr Garside was told, in terms, that the ties on the east elevation were not there. You will hear that he did nothing.”

The court heard that a WhatsApp message sent by a site supervisor, Darren Holt, to Mr Garside on 14 February read: “East side still not tied in. Lads not happy going up.” Mr Garside replied with a thumbs-up emoji, the prosecution said.

Giving evidence, Mr Holt said he had raised the issue in person the following morning. “I told him straight, I wouldn’t put my own son on it,” he said.

Asked by Ms Thwaite how Mr Garside had responded, Mr Holt replied: “He said it would be sorted by the end of the week.”

Under cross-examination by Alistair Fenn KC, for the defence, Mr Holt accepted that he had continued to send workers onto the scaffold.

“So you thought it was dangerous, but you kept sending men up there?” Mr Fenn asked.

“I did what I was told,” Mr Holt said. “That’s what you do on a site like that.”

The judge, Mrs Justice Amara Ogunleye, reminded the jury that they must decide the case solely on the evidence heard in court. “What you may have read or heard about this case elsewhere is irrelevant,” she told them.

The trial, which is expected to last three weeks, continues.''',
        [
            ("This was not a freak accident", "Imogen Thwaite"),
            ("It was a foreseeable, and foreseen,", "Imogen Thwaite"),
            ("You will hear that Mr Garside", "Imogen Thwaite"),
            ("East side still not tied in.", "Darren Holt"),
            ("I told him straight, I wouldn’t", "Darren Holt"),
            ("He said it would be sorted", "Darren Holt"),
            ("So you thought it was dangerous,", "Alistair Fenn"),
            ("I did what I was told", "Darren Holt"),
            ("That’s what you do on a", "Darren Holt"),
            ("What you may have read or", "Amara Ogunleye"),
        ],
    ),
    # 6 -- US markets desk style, chipmaker guidance cut, USA: straight quotes; earnings-call quotes from CEO and CFO ("he said" after role intro); analyst "said X, a ... at ..."; "told Reuters" with partial quote; company statement
    (
'''NEW YORK — Shares of Corvane Semiconductor fell 14% on Thursday, their steepest one-day drop in more than two years, after the chipmaker cut its full-year revenue forecast and warned that demand from industrial customers would stay weak into next year.

Corvane now expects 2024 revenue of $6.1 billion to $6.3 billion, down from a previous range of $6.8 billion to $7.0 billion. Analysts had on average expected $6.9 billion.

"We are seeing customers across factory automation and automotive work down inventory more slowly than we anticipated," Chief Executive Linda Marchetti said on a call with analysts late Wednesday. "We don't think this is a share-loss story. It's a cycle story, and cycles turn."

Chief Financial Officer Raj Sethuraman said gross margin would dip to about 54% in the fourth quarter, from 58% a year earlier, as the company runs its factories below capacity.

"Underutilization is the single biggest drag," he said. "We would rather carry that cost than build inventory nobody has ordered."

Analysts were not entirely convinced. "The cycle argument is fair, but this is the second cut in four months," said Owen Baptiste, a semiconductor analyst at Harrow & Finch Securities, who lowered his price target to $88 from $112. "At some point investors stop giving you the benefit of the doubt."

Mei-Lin Gao, a portfolio manager at Stonebridge Asset Management, which holds Corvane shares, told Reuters the guidance was "disappointing but not disastrous."

"The balance sheet is clean, they're still buying back stock, and the long-term design wins haven't gone anywhere," she said. "I'd be more worried if they'd cut the buyback."

Corvane said in a statement that it remained "on track to deliver our 2026 financial model" and would give a fuller update at its investor day in March.

The drop weighed on other chip stocks. The PHLX Semiconductor Index fell 2.1%, while rival Tessaline Microsystems slid 5%.''',
        [
            ("We are seeing customers across factory", "Linda Marchetti"),
            ("We don't think this is a", "Linda Marchetti"),
            ("Underutilization is the single biggest drag", "Raj Sethuraman"),
            ("We would rather carry that cost", "Raj Sethuraman"),
            ("The cycle argument is fair, but", "Owen Baptiste"),
            ("At some point investors stop giving", "Owen Baptiste"),
            ("disappointing but not disastrous", "Mei-Lin Gao"),
            ("The balance sheet is clean, they're", "Mei-Lin Gao"),
            ("I'd be more worried if they'd", "Mei-Lin Gao"),
            ("on track to deliver our 2026", "Corvane Semiconductor"),
        ],
    ),
    # 7 -- European business wire style, bank job cuts and results, Germany: curly quotes; CEO quote spanning two paragraphs; analyst "said X, a ... at ..."; works council statement with partial quotes; anonymous "people familiar" (None); colon-introduced answer
    (
'''FRANKFURT — Rhenfeld Bank said on Tuesday it would cut about 2,300 jobs over the next three years, roughly 9 per cent of its workforce, as Germany’s fourth-largest lender tries to lift a profitability that has trailed European rivals for most of the past decade.

The announcement came alongside third-quarter results showing net profit of €412 million, up 6 per cent from a year earlier but below the €455 million analysts had forecast, according to a company-compiled consensus.

“We have a good franchise and a cost base that belongs to a different era,” chief executive Matthias Kornbichler told analysts on a conference call. “Those two facts have been true for too long.

“The plan we are presenting today closes that gap. It is not painful for its own sake. It is what a bank of our size needs to do to earn its cost of capital.”

The bank is targeting a return on tangible equity of 10 per cent by 2027, up from 7.4 per cent last year. Most of the cuts will fall in back-office functions and the branch network, which Rhenfeld intends to shrink by a third.

Shares rose 3.8 per cent in morning trading in Frankfurt.

“The market has been waiting for this for a long time,” said Sabine Ortlieb, a banking analyst at Kessler Research. “The question is execution. Rhenfeld has announced restructurings before and then quietly let them drift.”

The Rhenfeld works council, which represents employees in Germany, said in a statement that it would “resist compulsory redundancies with every means available to us” and accused management of “balancing the books on the backs of branch staff”.

Two people familiar with the matter said the supervisory board had debated a deeper reduction of up to 4,000 positions before settling on the lower figure. “There was a real fight over the number,” one of them said.

Kornbichler said the bank would try to achieve the reductions through early retirement and natural attrition where possible. Asked whether compulsory layoffs could be ruled out, he said: “I can’t rule anything out today. I can say it is not our intention.”''',
        [
            ("We have a good franchise and", "Matthias Kornbichler"),
            ("Those two facts have been true", "Matthias Kornbichler"),
            ("The plan we are presenting today", "Matthias Kornbichler"),
            ("The market has been waiting for", "Sabine Ortlieb"),
            ("The question is execution. Rhenfeld has", "Sabine Ortlieb"),
            ("resist compulsory redundancies with every", "Rhenfeld works council"),
            ("balancing the books on the backs", "Rhenfeld works council"),
            ("There was a real fight over", None),
            ("I can’t rule anything out today.", "Matthias Kornbichler"),
        ],
    ),
    # 8 -- Science desk style, insecticide and bee navigation study, Portugal: straight quotes; scare-quoted single word (skipped); lead author "said X, ... and the study's lead author"; co-author; outside expert; manufacturer statement partial quotes
    (
'''Low doses of a widely used insecticide can scramble the internal "compass" that honeybees rely on to find their way home, according to a study published Wednesday that adds to pressure on regulators reviewing the chemical.

Researchers in Portugal fitted more than 600 foraging bees with tiny radio tags and released them about a kilometer from their hives. Bees exposed to the insecticide, flupyradiol, at levels found in nectar from treated crops were 31% less likely to return than unexposed bees, the team reported in the journal Ecological Applications Letters.

"What surprised us was not that some bees got lost, but how they got lost," said Ines Carvalho, an ecologist at the Coimbra Institute for Ecology and the study's lead author. "They weren't wandering randomly. They were flying confidently in the wrong direction, as if their sense of where the sun was had been shifted."

Co-author Tiago Lemos said the team repeated the experiment over three summers to rule out the effects of weather. "We didn't want a result that depended on one unusually hot July," he said.

Outside scientists said the study was carefully done but cautioned against reading too much into it. Graham Whitlow, an entomologist at Canterbury Agricultural College in New Zealand who was not involved in the research, called it "a clean experiment" with "a genuinely new finding on navigation."

"But a 31% drop in homing for individual foragers doesn't automatically translate into colony collapse," Whitlow said. "Colonies are resilient up to a point, and we don't know where that point is for this compound."

The manufacturer, Agrivance, said in a statement that flupyradiol "has been through extensive regulatory review" and that field studies it had funded showed "no adverse effects on colony health at label rates."

Carvalho said the company's studies measured colony size, not navigation. "If you only count bees at the hive, you'll never see the ones that didn't come back," she said.

European regulators are due to decide next year whether to renew the chemical's approval.''',
        [
            ("What surprised us was not that", "Ines Carvalho"),
            ("They weren't wandering randomly. They were", "Ines Carvalho"),
            ("We didn't want a result that", "Tiago Lemos"),
            ("a clean experiment", "Graham Whitlow"),
            ("a genuinely new finding on navigation", "Graham Whitlow"),
            ("But a 31% drop in homing", "Graham Whitlow"),
            ("Colonies are resilient up to a", "Graham Whitlow"),
            ("has been through extensive regulatory review", "Agrivance"),
            ("no adverse effects on colony health", "Agrivance"),
            ("If you only count bees at", "Ines Carvalho"),
        ],
    ),
    # 9 -- Health reporting style, pancreatic cancer blood test trial, Australia: curly quotes; "said Professor X, who led the study"; pronoun "she" after paragraph break; outside expert with partial quote; patient quotes with "Mrs Kerr said"; charity partial quote
    (
'''A blood test that looks for fragments of tumour DNA detected early-stage pancreatic cancer in nearly three-quarters of patients who had the disease, according to results from an Australian trial published on Thursday.

The test, developed by researchers at the Hartley Cancer Research Institute in Melbourne, correctly identified 74 per cent of cancers in a group of 1,850 people, including 61 per cent of those at stage one, when surgery is most likely to succeed.

Pancreatic cancer is among the deadliest forms of the disease, largely because it is rarely caught early. Fewer than one in eight Australians diagnosed with it survive five years.

“Stage one pancreatic cancer is almost never found by accident,” said Professor Eleanor Vasquez, who led the study. “If a simple blood test can find even half of those cases, that changes the arithmetic of this disease completely.”

She cautioned that the trial involved people already referred to specialists with symptoms or risk factors, and that the test’s performance in the general population was not yet known.

“We’re not at the point of recommending this for everyone over 50,” she said. “That’s the next study, and it will need to be much bigger.”

The test produced false positives in 4 per cent of people without cancer, a figure outside experts said would need to fall before any wider screening programme could be considered.

“Four per cent sounds small until you multiply it by a few million people,” said Dr Martin Oyelaran, a gastroenterologist at Southgate Hospital in Adelaide who was not involved in the research. “Each of those is a frightened patient, a scan, possibly a biopsy. That cost is real.”

Dr Oyelaran nonetheless described the results as “the most encouraging early-detection data I’ve seen in this cancer”.

Judith Kerr, 63, a trial participant whose stage-one tumour was detected by the test and later removed, said she had gone to her GP with what she thought was indigestion.

“I had no idea,” Mrs Kerr said. “Nobody did. I keep thinking about what would have happened if I’d been told to take antacids and come back in six months.”

The Pancreatic Cancer Foundation of Australia said the findings were “a genuine step forward” but urged the federal government to fund a larger trial.''',
        [
            ("Stage one pancreatic cancer is almost", "Eleanor Vasquez"),
            ("If a simple blood test can", "Eleanor Vasquez"),
            ("We’re not at the point of", "Eleanor Vasquez"),
            ("That’s the next study, and it", "Eleanor Vasquez"),
            ("Four per cent sounds small until", "Martin Oyelaran"),
            ("Each of those is a frightened", "Martin Oyelaran"),
            ("the most encouraging early-detection data", "Martin Oyelaran"),
            ("I had no idea", "Judith Kerr"),
            ("Nobody did. I keep thinking about", "Judith Kerr"),
            ("a genuine step forward", "Pancreatic Cancer Foundation of Australia"),
        ],
    ),
    # 10 -- US investigative (local paper) style, water utility lead results, USA: straight quotes; internal emails quoted with "wrote"; reply introduced with colon; anonymous employees (None); consultant report; written response partial quotes; board chairman statement; resident
    (
'''Officials at the Brennock Valley Water Authority in western Pennsylvania knew for at least 14 months that lead levels in some homes exceeded the federal action level before they notified residents, according to internal emails and test records reviewed by the Ledger.

The documents, obtained through a public records request and from a former employee, show that a utility chemist flagged elevated readings at 11 homes in the borough of Castleford in June 2022. Residents were not told until August 2023.

"These numbers are going to be a problem if they hold up on resampling," the chemist, Paula Drisko, wrote in a June 17, 2022, email to her supervisor. "I'd recommend we notify the affected households now rather than wait."

Her supervisor, operations manager Gerald Fenwick, replied the same afternoon: "Let's hold until the fall round. No need to alarm people over one sample."

Drisko, who left the authority in 2023, confirmed that she wrote the email but declined to be interviewed further.

Two current employees, who spoke on condition of anonymity because they were not authorized to talk to reporters, said the decision to delay was discussed at a staff meeting that summer. "Everybody in that room understood what the numbers meant," one of them said. "Nobody wanted to be the one to put it in writing."

A report commissioned by the authority from an outside engineering firm, Kilgore & Banks, and completed in March 2023, described the utility's sampling records as "incomplete and in several cases internally inconsistent."

In a written response to questions, Fenwick said his email "reflected standard practice at the time of confirming an exceedance before public notification" and that "at no point was public health knowingly put at risk."

The authority's board chairman, Lewis Ostrander, said in a statement that the board was "deeply troubled by what these documents show" and had ordered an independent review.

Denise Albright, whose Castleford home was among the 11, said she used tap water to mix her grandson's formula throughout that period.

"Fourteen months," she said. "They had a name and an address for every one of us. It would have taken a phone call."''',
        [
            ("These numbers are going to be", "Paula Drisko"),
            ("I'd recommend we notify the affected", "Paula Drisko"),
            ("Let's hold until the fall round.", "Gerald Fenwick"),
            ("Everybody in that room understood what", None),
            ("Nobody wanted to be the one", None),
            ("incomplete and in several cases internally", "Kilgore & Banks"),
            ("reflected standard practice at the time", "Gerald Fenwick"),
            ("at no point was public health", "Gerald Fenwick"),
            ("deeply troubled by what these documents", "Lewis Ostrander"),
            ("Fourteen months", "Denise Albright"),
            ("They had a name and an", "Denise Albright"),
        ],
    ),
    # 11 -- Investigative business style, mining company and security abuses, Canada/Peru: curly quotes; findings of a law firm's review quoted as partial quotes; statement of defence; anonymous former manager (None); plaintiff through interpreter; lawyer "told The Northern Ledger"; spokeswoman emailed statement
    (
'''An internal review commissioned by Canadian mining company Tallisker Resources concluded that security contractors at its copper mine in southern Peru beat protesting villagers during a 2021 road blockade, according to documents filed in an Ontario court this month.

The review, carried out by the Toronto law firm Ashby Corrigan LLP in 2022 and never made public, found that contractors used “excessive and unjustified force” and that company managers on site “did not take adequate steps to prevent or stop it”.

It was filed as an exhibit in a civil lawsuit brought by 14 residents of the Andean community of Huancarani, who allege they were beaten and detained near the Quellaya mine.

In its statement of defence, Tallisker denies liability and describes the contractor, Vigilancia Andina, as “an independent entity solely responsible for the conduct of its personnel”.

A former security manager at Quellaya, who spoke on condition of anonymity because he still works in the industry, said the review’s findings were known at senior levels. “Everyone in Lima and Toronto saw that report,” he said. “The decision was made to keep it in a drawer.”

Rosa Quispe Mamani, one of the plaintiffs, said through an interpreter that she was struck with a baton and held for nine hours in a storage building.

“They told us the road belonged to the company,” she said. “It is our road. My grandfather helped build it.”

Daniel Okonkwo-Reid, a lawyer representing the residents, told The Northern Ledger the filing vindicated his clients. “The company’s own investigators reached the same conclusion our clients have been describing for three years,” he said. “The question now is what Tallisker did with that conclusion.”

Tallisker spokeswoman Claire Whitford said in an emailed statement that the company “takes all allegations of human rights abuses seriously” and had “implemented the review’s recommendations in full,” including replacing the contractor in 2022. She declined to comment on the litigation.

A hearing on the company’s motion to dismiss the case is scheduled for January.''',
        [
            ("excessive and unjustified force", "Ashby Corrigan LLP"),
            ("did not take adequate steps to", "Ashby Corrigan LLP"),
            ("an independent entity solely responsible for", "Tallisker Resources"),
            ("Everyone in Lima and Toronto saw", None),
            ("The decision was made to keep", None),
            ("They told us the road belonged", "Rosa Quispe Mamani"),
            ("It is our road. My grandfather", "Rosa Quispe Mamani"),
            ("The company’s own investigators reached the", "Daniel Okonkwo-Reid"),
            ("The question now is what Tallisker", "Daniel Okonkwo-Reid"),
            ("takes all allegations of human rights", "Claire Whitford"),
            ("implemented the review’s recommendations in full", "Claire Whitford"),
        ],
    ),
    # 12 -- US sports wire style, soccer match decided by VAR penalty, USA: straight quotes; lede partial quote ("what he called"); "the coach added"; two speakers in one paragraph; "said simply:"; referees' office statement with partial quotes
    (
'''COLUMBUS, Ohio — A stoppage-time penalty awarded after a video review gave the Portland Cascade a 2-1 win over Columbus Forge on Saturday night and left Forge coach Ricardo Salvatierra fuming about what he called "the worst decision I've seen in this league."

Portland striker Jonah Whitaker converted the penalty in the 94th minute after referee Colin Ames went to the monitor to review a challenge by Columbus defender Ayo Bankole on Portland midfielder Luca Ferrante.

"I watched it 10 times in the locker room. There's no contact. None," Salvatierra said. "Ferrante goes down before Ayo touches him. Everybody in the stadium saw it except the one man who matters."

The coach added that he expected to be fined for his comments. "Fine me, I don't care," he said. "I'll pay it."

Bankole was more measured. "I went for the ball, and I think I got the ball," he said. "But it's done. We should have been 2-0 up at halftime and we weren't."

Portland coach Hannah Lindgren said she had not seen a replay. "From where I was standing it looked like a penalty, but I was 60 yards away," she said. Whitaker, asked about the kick, said simply: "I just picked my corner and hit it."

Ferrante, who was booked for diving earlier in the season, rejected the suggestion that he had exaggerated the contact. "Honestly, I felt it on my standing leg," he said. "I'm not going to apologize for that."

In a statement issued after the match, the league's Professional Referee Standards Office said the review had identified "a clear trip on the attacker's standing leg" and that the decision was "correct under the Laws of the Game."

The result moves Portland into fourth place in the Western Conference. Columbus, which has lost three of its last four matches, travels to Toronto on Wednesday.''',
        [
            ("the worst decision I've seen in", "Ricardo Salvatierra"),
            ("I watched it 10 times in", "Ricardo Salvatierra"),
            ("Ferrante goes down before Ayo touches", "Ricardo Salvatierra"),
            ("Fine me, I don't care", "Ricardo Salvatierra"),
            ("I'll pay it.", "Ricardo Salvatierra"),
            ("I went for the ball, and", "Ayo Bankole"),
            ("But it's done. We should have", "Ayo Bankole"),
            ("From where I was standing it", "Hannah Lindgren"),
            ("I just picked my corner and", "Jonah Whitaker"),
            ("Honestly, I felt it on my", "Luca Ferrante"),
            ("I'm not going to apologize for", "Luca Ferrante"),
            ("a clear trip on the attacker's", "Professional Referee Standards Office"),
            ("correct under the Laws of the", "Professional Referee Standards Office"),
        ],
    ),
    # 13 -- British sports pages style, tennis first round at Eastbourne, UK: single-quote style with apostrophes inside quotes; lede partial quote ("described ... as"); player quote spanning two paragraphs; opponent with "she said:"; tournament referee; coach "he said"
    (
'''Britain's Ellie Marsden described her first-round win at Eastbourne as 'the ugliest match I've ever won' after she saved four match points to beat the seventh seed, Katarina Vlasic, 4-6, 7-6 (11-9), 7-5.

The 22-year-old from Sheffield, ranked 84th in the world, trailed 5-2 in the second set and was twice a point from defeat in a tie-break that lasted 24 minutes.

'I honestly thought I was going home,' Marsden said. 'At 5-2 I was already thinking about which train to get. Then she missed an easy forehand and something just switched.

'I don't think I hit a clean ball for an hour. I just kept putting it back in court and hoping.'

Vlasic, who needed treatment on her right wrist during the third set, was critical of the blustery conditions on Centre Court. 'The wind was impossible,' she said. 'Both of us struggled, but I think it hurt my game more because I play flatter.'

She also questioned a time violation issued by the umpire at 5-5 in the final set. Asked whether she thought it was fair, she said: 'I was taking a towel. Everybody takes a towel. Suddenly it's a warning?'

The tournament referee, Gillian Hartnell, said the umpire had applied the rules correctly. 'The shot clock is there for both players, and the umpire followed the regulations to the letter,' she said.

Marsden's coach, Pete Okafor, a former Davis Cup player, said the win could prove a turning point. 'She's had a few close losses this year against top-20 players, and you start wondering if you belong at that level,' he said. 'Today answers that question for me.'

Marsden will play either the American qualifier Dana Kowalski or Australia's Mia Trent in the second round on Wednesday.''',
        [
            ("the ugliest match I've ever won", "Ellie Marsden"),
            ("I honestly thought I was going", "Ellie Marsden"),
            ("At 5-2 I was already thinking", "Ellie Marsden"),
            ("I don't think I hit a", "Ellie Marsden"),
            ("The wind was impossible", "Katarina Vlasic"),
            ("Both of us struggled, but I", "Katarina Vlasic"),
            ("I was taking a towel. Everybody", "Katarina Vlasic"),
            ("The shot clock is there for", "Gillian Hartnell"),
            ("She's had a few close losses", "Pete Okafor"),
            ("Today answers that question for me", "Pete Okafor"),
        ],
    ),
    # 14 -- US political reporting style, House rejects farm bill, USA: curly quotes; one-word partial quote attributed to a chairman; "told reporters off the House floor"; "said Rep. X, a ..."; anonymous leadership aide (None); White House statement; closing "he said"
    (
'''WASHINGTON — The House on Wednesday rejected a five-year farm bill by a vote of 204 to 221, as two dozen conservatives joined nearly all Democrats in opposing a measure that Republican leaders had spent months negotiating.

The defeat is an embarrassment for House Agriculture Committee Chairman Roy Tillotson of Kansas, who had predicted as recently as Tuesday that the bill would pass “comfortably.”

“I’m disappointed, obviously,” Tillotson told reporters off the House floor. “We had commitments from members that didn’t hold. I’ll be having some conversations.”

Conservative opponents objected to the bill’s cost, estimated by the Congressional Budget Office at $1.46 trillion over 10 years, most of it for nutrition assistance.

“This is a food stamp bill with a tractor painted on the side,” said Rep. Carla Brennan, a Texas Republican who led the opposition on the right. “We were told to hold our noses one more time. Not this time.”

Democrats, meanwhile, opposed new work requirements for some recipients of the Supplemental Nutrition Assistance Program. Rep. Marcus Odell of Minnesota, the committee’s top Democrat, said the provisions would “take food off the tables of hundreds of thousands of working families.”

“We offered to negotiate on every other piece of this bill,” Odell said. “The chairman chose to write it for his own conference, and tonight his own conference walked away.”

A senior Republican leadership aide, speaking on condition of anonymity to describe private discussions, said leaders had miscounted after several members privately promised their support. “Whip counts are only as good as the promises in them,” the aide said.

The White House said in a statement that the vote “shows that partisan farm policy cannot pass this House” and urged lawmakers to return to a bipartisan approach.

Current farm programs expire on Sept. 30. Tillotson said he would decide in the coming days whether to seek a short-term extension.

“Farmers can’t plant on promises,” he said.''',
        [
            ("comfortably", "Roy Tillotson"),
            ("I’m disappointed, obviously", "Roy Tillotson"),
            ("We had commitments from members that", "Roy Tillotson"),
            ("This is a food stamp bill", "Carla Brennan"),
            ("We were told to hold our", "Carla Brennan"),
            ("take food off the tables of", "Marcus Odell"),
            ("We offered to negotiate on every", "Marcus Odell"),
            ("The chairman chose to write it", "Marcus Odell"),
            ("Whip counts are only as good", None),
            ("shows that partisan farm policy cannot", "White House"),
            ("Farmers can’t plant on promises", "Roy Tillotson"),
        ],
    ),
    # 15 -- Science/environment desk style, East Antarctic glacier study, Australia/Antarctica: curly quotes; lead author "said Dr X, ... and the study's lead author"; quote from the paper ("Nakamura and her co-authors write"); co-author "he said"; outside expert quote spanning two paragraphs; "according to the study" without quote
    (
'''A glacier in East Antarctica long considered stable has lost ice at twice the rate scientists previously estimated, according to a study published on Monday that draws on two decades of satellite measurements.

The Halvorsen Glacier, which drains a basin of ice roughly the size of Portugal, thinned by an average of 1.2 metres a year between 2003 and 2023, researchers reported in the journal Cryosphere Dynamics.

“East Antarctica has been the part of the continent people pointed to as the reassuring part,” said Dr Aiko Nakamura, a glaciologist at the Tasmanian Polar Research Centre in Hobart and the study’s lead author. “I think we need to retire that idea, at least for this region.”

The team attributes the loss to warm ocean water reaching the glacier’s floating ice shelf from below. In the paper, Nakamura and her co-authors write that the glacier’s grounding line — where the ice lifts off the seabed and begins to float — “has retreated more than 8 kilometres since 2003, with no sign of stabilisation”.

Her co-author Dr Felix Brandt, an oceanographer at the Bremerhaven Marine Institute in Germany, said the atmosphere played little part. “The ocean is doing the work here,” he said. “The air above the glacier is still very cold. What has changed is what is underneath.”

Outside experts said the findings were significant but urged caution about projecting them forward.

“Twenty years is a short record for a system like this,” said Professor Ruth Adeyemi, who studies ice sheets at the Scottish Centre for Ice Studies in Edinburgh and was not involved in the work. “It’s entirely possible that some of what we’re seeing is natural variability in ocean currents.

“That said, the direction of travel is consistent with what we’d expect from a warming ocean, and the measurements themselves look very solid to me.”

If the entire basin drained by the Halvorsen Glacier were lost, global sea levels would rise by about 1.6 metres, according to the study, though that would take centuries.

Nakamura said the team planned to deploy instruments beneath the ice shelf next summer. “Satellites tell us what is happening,” she said. “To understand why, we have to go and look.”''',
        [
            ("East Antarctica has been the part", "Aiko Nakamura"),
            ("I think we need to retire", "Aiko Nakamura"),
            ("has retreated more than 8 kilometres", "Aiko Nakamura"),
            ("The ocean is doing the work", "Felix Brandt"),
            ("The air above the glacier is", "Felix Brandt"),
            ("Twenty years is a short record", "Ruth Adeyemi"),
            ("It’s entirely possible that some of", "Ruth Adeyemi"),
            ("That said, the direction of travel", "Ruth Adeyemi"),
            ("Satellites tell us what is happening", "Aiko Nakamura"),
            ("To understand why, we have to", "Aiko Nakamura"),
        ],
    ),
    # 16 -- US financial news style, regional bank merger, USA: straight quotes; "X said:" with a two-sentence quote; "said in an interview"; analyst "said X, an analyst at ..."; anonymous person familiar (None); advocacy group and company announcement partial quotes
    (
'''Pinecrest Financial agreed to buy rival Meridian Trust Bancorp for about $4.8 billion in stock, the two regional lenders said Monday, creating a bank with $92 billion in assets and more than 600 branches across the Southeast.

Under the terms of the deal, Meridian shareholders will receive 0.94 Pinecrest shares for each share they own, a 22% premium to Friday's closing price. Meridian shares jumped 17% in Monday trading, while Pinecrest fell 4%.

Pinecrest Chief Executive Douglas Farraday, who will run the combined company, said: "This is a combination of two banks that know these communities and have been competing for the same customers for 30 years. Together we can invest in technology at a scale neither of us could manage alone."

Meridian CEO Angela Prescott will become vice chair. "I've spent 11 years telling our employees we would only do a deal with the right partner," Prescott said in an interview. "This is the right partner."

The companies expect to cut about $410 million in annual costs, in part by closing overlapping branches, according to a presentation to investors. Farraday declined to say how many jobs would be affected.

Analysts said regulatory approval was likely but not assured. "The antitrust math is tighter than it looks in a few markets, particularly Greenville and Knoxville, where they'll probably have to sell branches," said Theresa Kwan, an analyst at Bellwood Capital Markets. "I'd expect approval, but I wouldn't expect it quickly."

The deal came together over roughly three months, according to a person familiar with the talks, who asked not to be named because the discussions were private. "It started as a conversation about a tech partnership and turned into something bigger," the person said.

The Community Banking Alliance of the Carolinas, an advocacy group, said in a statement that it would urge regulators to require "binding, enforceable commitments to keep branches open in low-income and rural neighborhoods."

Pinecrest said in its announcement that it expects the transaction to close in the second half of next year and to be "immediately accretive to earnings per share, excluding one-time charges."''',
        [
            ("This is a combination of two", "Douglas Farraday"),
            ("I've spent 11 years telling our", "Angela Prescott"),
            ("This is the right partner.", "Angela Prescott"),
            ("The antitrust math is tighter than", "Theresa Kwan"),
            ("I'd expect approval, but I wouldn't", "Theresa Kwan"),
            ("It started as a conversation about", None),
            ("binding, enforceable commitments to keep branches", "Community Banking Alliance of the Carolinas"),
            ("immediately accretive to earnings per share", "Pinecrest Financial"),
        ],
    ),
]

STORIES_E = [
    # 1 -- AP wire, wildfire evacuation, United States: straight quotes; "…," X said; role intro; statement partial quote; pronoun "she said" after named intro
    (
'''GRAND JUNCTION, Colo. (AP) — A fast-moving wildfire forced the evacuation of about 1,200 homes in western Colorado on Tuesday as gusty winds pushed flames across dry ridgelines east of Grand Junction, officials said.

The Pinyon Mesa Fire had burned roughly 9 square miles (23 square kilometers) by late afternoon and was zero percent contained, according to the Bureau of Land Management. No injuries had been reported, and it was not immediately clear how many structures had been damaged.

"We had a wind event this afternoon that took this fire from something we thought we could catch to something we absolutely could not," incident commander Rick Delgado said at an evening briefing. "Crews are doing structure protection right now. That is the priority tonight."

Delgado said air tankers had been grounded for about two hours because of the wind and would resume flights at first light.

The Mesa County Sheriff's Office said in a statement that deputies had gone door to door in the Whitewater area and that residents who ignored evacuation orders "should not expect rescue once the roads close."

Carla Jennings, 64, left her house with two dogs, a box of photographs and her late husband's guitar.

"You think you'll have an hour, and you have ten minutes," Jennings said from a Red Cross shelter set up in a high school gym. "I looked back and the whole hill behind the barn was orange."

Her neighbor, Tom Whitcomb, said he had stayed to soak his roof with a garden hose until a deputy pulled into his driveway.

"He wasn't asking. He was telling," Whitcomb said.

The National Weather Service issued a red flag warning through Wednesday evening, with gusts up to 50 mph (80 kph) expected. Forecaster Ana Ruiz said relief was unlikely before the weekend.

"There's just no moisture in this pattern," she said. "Humidity is in the single digits, and the winds aren't going anywhere."

Gov. Linda Carver declared a disaster emergency late Tuesday, freeing state money for firefighting, and said Colorado would seek federal assistance. It is the third large fire in the state since June.''',
        [
            ("We had a wind event this", "Rick Delgado"),
            ("Crews are doing structure protection right", "Rick Delgado"),
            ("should not expect rescue once the", "Mesa County Sheriff's Office"),
            ("You think you'll have an hour", "Carla Jennings"),
            ("I looked back and the whole", "Carla Jennings"),
            ("He wasn't asking. He was telling", "Tom Whitcomb"),
            ("There's just no moisture in this", "Ana Ruiz"),
            ("Humidity is in the single digits", "Ana Ruiz"),
        ],
    ),
    # 2 -- Reuters wire, bauxite export ban, Indonesia: curly quotes; "told reporters"; ministry statement partial; anonymous executive "told Reuters" (None); quote split around attribution
    (
'''JAKARTA, March 12 (Reuters) - Indonesia will delay a planned ban on exports of bauxite by six months to give smelter projects more time to come online, a senior official said on Wednesday, a move likely to ease supply concerns in the aluminium market.

The ban, originally due to take effect in June, will now start in December, Deputy Energy and Mineral Resources Minister Bambang Setiadi told reporters in Jakarta.

“Of the eleven smelters we expected to be ready, only four are operating,” Setiadi said. “We do not want to shut down mines and put workers out of jobs while we wait for the rest.”

He said miners would have to show at least 60% progress on smelter construction to qualify for export permits during the extension.

The decision marks a reversal for the Ministry of Energy and Mineral Resources, which said in a statement in February that the ban was “final and not open to negotiation.”

Benchmark aluminium on the London Metal Exchange fell 1.2% after the announcement.

“The market had priced in a much tighter supply of bauxite from the second half,” said Wei Lin Tan, a metals analyst at Straits Commodities Research in Singapore. “This gives Chinese refiners some breathing room, but it also tells you Jakarta’s timelines are soft.”

An executive at one of the country’s largest bauxite miners, who asked not to be identified because he was not authorised to speak to the media, told Reuters the delay was welcome but would not be enough.

“Six months is not a real solution. Financing for a smelter alone takes longer than that,” the executive said.

Hendra Wijaya, chairman of the Indonesian Bauxite Producers Association, said the group would keep lobbying for a phased approach based on each company’s progress.

“We support downstreaming and we always have,” Wijaya said, using the government’s term for processing raw materials domestically, “but the policy must follow the reality on the ground.”

Indonesia, once the biggest supplier of bauxite to China, first banned shipments of unprocessed ore in 2014 before relaxing the rules three years later.

(Reporting by Dewi Kurniasih; Editing by Paul Ashford)''',
        [
            ("Of the eleven smelters we expected", "Bambang Setiadi"),
            ("We do not want to shut", "Bambang Setiadi"),
            ("final and not open to negotiation", "Ministry of Energy and Mineral Resources"),
            ("The market had priced in a", "Wei Lin Tan"),
            ("This gives Chinese refiners some breathing", "Wei Lin Tan"),
            ("Six months is not a real", None),
            ("We support downstreaming and we always", "Hendra Wijaya"),
            ("but the policy must follow the", "Hendra Wijaya"),
        ],
    ),
    # 3 -- AFP wire, teachers' protest, Peru: straight quotes; "said X, a …"; "told AFP" partial; unnamed protester shouting (None); ministry statement partial; "she told local radio"
    (
'''LIMA (AFP) - Thousands of teachers marched through central Lima on Thursday to demand higher wages, blocking traffic around Congress for several hours in the largest protest the Peruvian capital has seen this year.

Demonstrators waving red-and-white national flags chanted slogans against Education Minister Rosa Quispe, who last month rejected their union's demand for a 25 percent pay rise.

"We teach the country's children with salaries that don't cover the rent," said Jorge Huamán, 47, a secondary school teacher from Ayacucho who travelled 14 hours by bus to attend. "How can they ask us to wait another year?"

The strike was called by the National Federation of Public Teachers (FENADEP), whose secretary general, Marisol Condori, told AFP that it would continue "indefinitely, until the government sits down with us seriously."

Riot police fired tear gas when a group of protesters tried to push through metal barriers near the legislature, an AFP journalist saw.

"They treat us like criminals!" one woman shouted at officers, her eyes streaming.

The interior ministry said 11 police officers had been slightly injured and nine people detained.

In a statement, Peru's Ministry of Education said it had raised teachers' salaries twice since 2022 and that a further increase "is not possible within the current budget framework."

Quispe said the door to dialogue "remains open to anyone who comes in good faith," but urged teachers to return to their classrooms.

"Our students have already lost too many days this year," she told local radio.

Public school teachers in Peru earn an average of about 2,800 soles ($750) a month, according to government figures.

Huamán said he would stay in Lima for as long as the union asked him to.

"I brought enough money for a week," he said. "After that, we will see."''',
        [
            ("We teach the country's children with", "Jorge Huamán"),
            ("How can they ask us to", "Jorge Huamán"),
            ("indefinitely, until the government sits down", "Marisol Condori"),
            ("They treat us like criminals", None),
            ("is not possible within the current", "Ministry of Education"),
            ("remains open to anyone who comes", "Rosa Quispe"),
            ("Our students have already lost too", "Rosa Quispe"),
            ("I brought enough money for a", "Jorge Huamán"),
            ("After that, we will see", "Jorge Huamán"),
        ],
    ),
    # 4 -- AP wire, heatwave, Italy: curly quotes; "said Dr. X, head of …"; nickname quotes to skip ("nasoni", "big noses"); "told reporters"; union statement partial
    (
'''ROME (AP) — Italy placed 18 cities under its highest heat alert on Friday as temperatures climbed above 40 degrees Celsius (104 degrees Fahrenheit) across much of the south, and hospitals in Sicily reported a surge in patients with heat-related illnesses.

The Health Ministry’s red alert, which urges older people and those with chronic illnesses to stay indoors between 11 a.m. and 6 p.m., covered Rome, Florence, Palermo and Bari, among other cities.

“We are seeing people in their eighties who live alone and simply don’t drink enough water,” said Dr. Giulia Ferrante, head of emergency medicine at a public hospital in Palermo. “By the time a neighbor finds them, they are confused and badly dehydrated.”

She said admissions for heatstroke and dehydration had roughly doubled compared with the same week last year.

In Rome, tourists lined up at the city’s cast-iron drinking fountains, known as “nasoni,” or “big noses,” to refill water bottles.

“I didn’t know you could drink from these until a waiter told us,” said Megan Holloway, a 29-year-old nurse from Leeds, England, splashing water on her neck near the Pantheon. “Honestly, it’s the only reason we’re still standing.”

Labor Minister Paolo Benedetti said he would sign an order allowing regional governments to halt outdoor work in construction and agriculture during the hottest hours of the day. Two farmworkers have died in the south since late June.

“No job is worth a life,” Benedetti told reporters. “Employers who ignore these rules will be held responsible.”

The National Farmworkers Union welcomed the order but said it came too late, accusing the government in a statement of leaving laborers “to bake in the fields for three summers while Rome held meetings.”

Forecasters expect the heat to ease slightly in the north early next week, but the south may see no relief until the end of the month.

“This is no longer an exceptional event,” said Luca Marini, a climatologist at the Adriatic Climate Institute in Bologna. “It is what an Italian summer looks like now.”''',
        [
            ("We are seeing people in their", "Giulia Ferrante"),
            ("By the time a neighbor finds", "Giulia Ferrante"),
            ("I didn’t know you could drink", "Megan Holloway"),
            ("Honestly, it’s the only reason we’re", "Megan Holloway"),
            ("No job is worth a life", "Paolo Benedetti"),
            ("Employers who ignore these rules will", "Paolo Benedetti"),
            ("to bake in the fields for", "National Farmworkers Union"),
            ("This is no longer an exceptional", "Luca Marini"),
            ("It is what an Italian summer", "Luca Marini"),
        ],
    ),
    # 5 -- UK national paper, NHS waiting lists, United Kingdom: British single quotes; X said: '…'; partial quotes; unnamed trust spokesman (organisation); two-paragraph quote after "He added:"; department spokesperson
    (
'''Patients in parts of northern England are waiting more than two years for routine hip and knee operations, new figures show, prompting the Orthopaedic Surgeons' Alliance to warn that services are 'close to breaking point'.

Figures published by NHS England show that 4,812 patients at Northfield and Calder Hospitals NHS Trust had been waiting more than 104 weeks at the end of March, the highest number of any trust in the country.

Adrian Pryce, a consultant surgeon and president of the alliance, said: 'Behind every one of these numbers is someone who cannot walk to the shops or sleep through the night. We have the surgeons. What we do not have are the beds, the theatre time and the staff to run them.'

He said many patients were 'quietly deteriorating while they wait', with some becoming too frail for surgery by the time they were called.

Margaret Ellison, 71, from Halifax, has been waiting 27 months for a knee replacement.

'I used to walk the dog twice a day,' she said. 'Now I can't get to the end of the road without stopping. You feel forgotten, to be honest.'

A spokesman for Northfield and Calder Hospitals said the trust had opened a new elective surgery hub in April and was 'working hard to bring waits down'.

He added: 'We apologise to every patient who has waited longer than they should, and we understand how distressing that is.

'The new hub will allow us to carry out an extra 3,000 procedures a year, and we expect the longest waits to fall significantly by the autumn.'

A Department of Health and Social Care spokesperson said: 'Cutting waiting lists is one of this government's top priorities, and we are investing in new surgical hubs and diagnostic centres across the country.'

Fiona Blake, the Liberal Democrat health spokeswoman, said the figures revealed 'a national scandal hiding in plain sight'.

The trust's board will discuss the figures at its meeting next Thursday.''',
        [
            ("close to breaking point", "Orthopaedic Surgeons' Alliance"),
            ("Behind every one of these numbers", "Adrian Pryce"),
            ("quietly deteriorating while they wait", "Adrian Pryce"),
            ("I used to walk the dog", "Margaret Ellison"),
            ("Now I can't get to the", "Margaret Ellison"),
            ("working hard to bring waits down", "Northfield and Calder Hospitals NHS Trust"),
            ("We apologise to every patient who", "Northfield and Calder Hospitals NHS Trust"),
            ("The new hub will allow us", "Northfield and Calder Hospitals NHS Trust"),
            ("Cutting waiting lists is one of", "Department of Health and Social Care"),
            ("a national scandal hiding in plain", "Fiona Blake"),
        ],
    ),
    # 6 -- Indian national paper, water rationing, India: curly quotes; circular quoted (organisation); "told this newspaper"; "she asked"; two-paragraph quote after "X said:"; partial quote at end
    (
'''BENGALURU: Residents of at least 40 wards in east Bengaluru will receive piped water only on alternate days until the monsoon sets in, the city’s water utility announced on Monday, as levels in its main reservoirs fell to their lowest in nearly a decade.

In a circular, the Bengaluru Metropolitan Water Authority (BMWA) said the rationing would cover areas including Whitefield, Mahadevapura and KR Puram, where demand had “far outstripped what the network can deliver” since February.

BMWA chairman K. Raghavendra Rao told this newspaper that tankers would be sent to apartment complexes without access to borewells.

“We are not in a position to supply every household every day. That is the honest truth,” Rao said. “If people cooperate and cut non-essential use, we can get through the next eight weeks without a crisis.”

Residents’ welfare associations reacted angrily. Sunitha Menon, secretary of the Whitefield Residents’ Forum, said many families were already paying up to ₹2,000 for a single tanker load.

“Private tanker operators have doubled their rates overnight. Who is regulating them?” she asked. “The authority keeps telling us to save water, but nobody tells us where the water is going.”

Speaking to reporters at Vidhana Soudha, Urban Development Minister H.S. Gowda said: “We have seen the complaints about the tanker mafia. A price cap order will be issued this week, and those who violate it will lose their licences.

“At the same time, I appeal to citizens not to panic. There is enough water in the system if we manage it properly.”

Experts, however, said the shortage was the result of years of unchecked construction. “Bengaluru has lost most of its lakes, and we have paved over the recharge zones,” said Dr Anitha Kulkarni, a hydrologist with the Institute for Urban Water Studies. “Rationing is a symptom, not the disease.”

Kulkarni said the city must enforce rainwater harvesting rules for large buildings, which she described as “widely ignored and almost never inspected”.

The BMWA will review the schedule on May 15.''',
        [
            ("far outstripped what the network can", "Bengaluru Metropolitan Water Authority"),
            ("We are not in a position", "K. Raghavendra Rao"),
            ("If people cooperate and cut non-essential", "K. Raghavendra Rao"),
            ("Private tanker operators have doubled their", "Sunitha Menon"),
            ("The authority keeps telling us to", "Sunitha Menon"),
            ("We have seen the complaints about", "H.S. Gowda"),
            ("At the same time, I appeal", "H.S. Gowda"),
            ("Bengaluru has lost most of its", "Anitha Kulkarni"),
            ("Rationing is a symptom, not the", "Anitha Kulkarni"),
            ("widely ignored and almost never inspected", "Anitha Kulkarni"),
        ],
    ),
    # 7 -- Nigerian national paper, nurses' strike, Nigeria: straight quotes; She said, "…" spanning two paragraphs; "X lamented"; commissioner's statement via spokesperson ("The commissioner said"); union described before named; "told our correspondent"
    (
'''Nurses in public hospitals across Lagos State on Monday began an indefinite strike over unpaid allowances and what their union called "unbearable and unsafe working conditions," leaving many patients stranded.

The strike was declared by the Lagos chapter of the National Association of Public Health Nurses (NAPHN) after a 21-day ultimatum issued to the state government in March expired without a response.

Our correspondent, who visited the General Hospital, Ikeja, on Monday, observed that the outpatient department was almost deserted, while a handful of doctors attended to emergency cases.

The state chairman of the association, Mrs Folake Adeyemi, told journalists at the union's secretariat in Yaba that the strike would continue until all arrears were paid.

She said, "We have written letters, we have held meetings, we have begged. Our members have not been paid their shift allowances for eight months. Some of them cannot even afford transport to work.

"We are not doing this to punish patients. We are doing this because the government has left us with no other option."

A patient's relative, Mr Chukwuemeka Obi, who brought his mother to the hospital for dialysis, said he was told to come back next week.

"My mother cannot wait till next week. Where do they want us to go?" Obi lamented.

Reacting, the state Commissioner for Health, Dr Tunde Bakare, in a statement issued by the ministry's Director of Public Affairs, Mrs Ngozi Eze, appealed to the nurses to return to work.

The commissioner said, "The state government has already approved the payment of the outstanding allowances, and the funds will be released before the end of the month. We urge the nurses to consider the lives of innocent Lagosians and suspend the strike."

But Adeyemi dismissed the assurance, saying the union had "heard the same promise three times since last year."

A health policy analyst, Dr Ibrahim Musa, told our correspondent that the strike reflected a deeper crisis in the sector.

"Nigeria is losing nurses to the UK and Canada every week. If states do not pay the ones who stay, there will be nobody left to run these hospitals," he said.''',
        [
            ("unbearable and unsafe working conditions", "National Association of Public Health Nurses"),
            ("We have written letters, we have", "Folake Adeyemi"),
            ("We are not doing this to", "Folake Adeyemi"),
            ("My mother cannot wait till next", "Chukwuemeka Obi"),
            ("The state government has already approved", "Tunde Bakare"),
            ("heard the same promise three times", "Folake Adeyemi"),
            ("Nigeria is losing nurses to the", "Ibrahim Musa"),
        ],
    ),
    # 8 -- US local paper, city council bike lanes, United States: straight quotes; "X said before the vote"; "he said" after intro paragraph; partial quote; mayor after meeting
    (
'''The Eau Claire City Council voted 7-4 Tuesday night to remove on-street parking from a 1.2-mile stretch of Harding Avenue to make room for protected bike lanes, ending nearly a year of debate that packed council chambers more than once.

Council member Denise Larkin, whose district includes the corridor, said the project was about safety, not bicycles. Two cyclists have been struck on Harding since 2022, one fatally.

"I've sat with the family of the man who died on that street," Larkin said before the vote. "I'm not going to tell them we valued forty parking spaces more than their father."

Several business owners spoke against the plan during more than two hours of public comment.

Rob Kessler, who has owned Kessler's Hardware on Harding for 31 years, said many of his customers are older and need to park close to the door.

"You're asking me to bet my business on people riding bikes to buy bags of softener salt in January," he said. "That's not a plan. That's a hope."

Council member Greg Moyer, who voted no, said he supported safer streets but felt the council had "not done enough to listen to the people who actually work on that street."

City engineer Priya Raman told the council the design adds 22 parking spaces on nearby side streets and a loading zone in front of the hardware store.

"We tried to keep replacement parking within a one-block walk of every business on the corridor," Raman said.

Construction is expected to begin next spring and cost about $2.4 million, most of it covered by a state grant.

Mayor Tom Beckett, who votes only to break ties, said after the meeting that he hoped both sides could move on.

"Nobody in that room was a villain tonight," Beckett said. "We'll check back in a year and see what the numbers tell us."''',
        [
            ("I've sat with the family of", "Denise Larkin"),
            ("I'm not going to tell them", "Denise Larkin"),
            ("You're asking me to bet my", "Rob Kessler"),
            ("That's not a plan. That's a", "Rob Kessler"),
            ("not done enough to listen to", "Greg Moyer"),
            ("We tried to keep replacement parking", "Priya Raman"),
            ("Nobody in that room was a", "Tom Beckett"),
            ("We'll check back in a year", "Tom Beckett"),
        ],
    ),
    # 9 -- Canadian local paper, arena reopening, Canada: curly quotes; "said X, president of …"; "she said" after "Coun." intro; report quoted ("wrote"); child speaker with nested ‘ ’ quote
    (
'''After two winters without a home rink, minor hockey players in Sudbury’s Flour Mill neighbourhood will be back on the ice at Riverside Arena next month.

City council voted 9-3 on Wednesday to approve the final $640,000 needed to finish repairs to the arena’s roof. The building was closed in early 2023 after engineers found corrosion in its steel trusses.

“It feels like we got a piece of the neighbourhood back,” said Janelle Tremblay, president of the Flour Mill Minor Hockey Association, who watched the vote from the gallery with a handful of parents. “Our families have been driving to Val Caron at six in the morning for practice. Some of them just gave up.”

Tremblay said registration fell by almost a third while the arena was closed.

Ward councillor Marc Gagnon, who pushed for the funding, said the original repair estimate had nearly doubled, largely because of the price of steel.

“I won’t pretend the cost is small,” Gagnon said. “But when you close a rink in a neighbourhood like this, you don’t just lose ice time. You lose the place where people see each other.”

Not everyone around the table agreed. Coun. Heather Lindqvist voted against the motion, arguing the city should have considered building a new twin-pad facility rather than patching a 52-year-old building.

“We’re going to be back here in ten years having the same conversation,” she said.

In a report to council, Kevin Boucher, the city’s director of facilities, wrote that the repaired roof should last “a minimum of 25 years with routine maintenance.”

For 12-year-old defenceman Owen Paquette, the details matter less than the date.

“I just want to play at my own rink again,” he said, grinning. “My dad says, ‘The old dressing rooms still smell like 1975,’ but I don’t care.”

The arena is scheduled to reopen Nov. 15 with a free public skate that afternoon.''',
        [
            ("It feels like we got a", "Janelle Tremblay"),
            ("Our families have been driving to", "Janelle Tremblay"),
            ("I won’t pretend the cost is", "Marc Gagnon"),
            ("But when you close a rink", "Marc Gagnon"),
            ("We’re going to be back here", "Heather Lindqvist"),
            ("a minimum of 25 years with", "Kevin Boucher"),
            ("I just want to play at", "Owen Paquette"),
            ("My dad says, ‘The old dressing", "Owen Paquette"),
        ],
    ),
    # 10 -- Australian local paper, crocodile beach closure, Australia: straight quotes; "said paddleboarder X"; unnamed spokesman for a named service (organisation, "the spokesman said"); "she said"; short follow-up quotes
    (
'''Townsville's Strand beach was closed for most of Saturday after a crocodile estimated at 3.5 metres was spotted cruising just metres from swimmers near the rock pool.

Lifeguards cleared the water at about 9.30am after a stand-up paddleboarder raised the alarm.

"I looked down and thought it was a log, and then the log turned around," said paddleboarder Shane Duggan, 38, who has lived in Townsville for 20 years. "I've never paddled so fast in my life."

Senior lifeguard Kylie Moretti said swimmers left the water calmly once the siren sounded.

"People up here know the drill," she said. "We had everyone out in under two minutes, which is exactly what you want."

Rangers from the Queensland Wildlife Service searched the area by boat but had not found the animal by late afternoon. A spokesman for the service said traps would be set if it was seen again.

"Crocodiles move along this coastline regularly, particularly after heavy rain," the spokesman said. "We'd remind everyone to be Crocwise and only swim in patrolled areas inside the stinger nets."

Local councillor Fran O'Sullivan said she would ask the state government to fund a permanent crocodile monitoring program at the Strand.

"This is the city's front yard," she said. "Families come here every weekend. We can't keep relying on luck and a bloke on a paddleboard."

Duggan said he would be back on the water - eventually.

"Give it a week," he said. "Maybe two. The croc can have it till then."

The beach reopened at 4pm, although the northern end remained closed until further notice.''',
        [
            ("I looked down and thought it", "Shane Duggan"),
            ("I've never paddled so fast in", "Shane Duggan"),
            ("People up here know the drill", "Kylie Moretti"),
            ("We had everyone out in under", "Kylie Moretti"),
            ("Crocodiles move along this coastline regularly", "Queensland Wildlife Service"),
            ("We'd remind everyone to be Crocwise", "Queensland Wildlife Service"),
            ("This is the city's front yard", "Fran O'Sullivan"),
            ("Families come here every weekend", "Fran O'Sullivan"),
            ("Give it a week", "Shane Duggan"),
            ("Maybe two. The croc can", "Shane Duggan"),
        ],
    ),
    # 11 -- business news, retailer profit warning, United States: curly quotes; "the company said in a statement"; CEO on call; verbless quote after "She said …" with nested ‘ ’; CFO partial; analyst "She called … “…”"
    (
'''NEW YORK — Shares of Brightwater Home Goods fell 14% on Thursday after the furniture and homewares retailer cut its full-year sales forecast, citing weak demand for big-ticket items and rising shipping costs.

The company now expects annual revenue of $4.1 billion to $4.2 billion, down from a previous range of $4.4 billion to $4.5 billion. Comparable-store sales fell 6.3% in the second quarter, worse than the 3.5% decline analysts had expected.

“Consumers are still coming into our stores, but they are trading down and putting off larger purchases like sofas and dining sets,” Brightwater said in a statement accompanying its results.

Chief Executive Dana Whitfield told analysts on a conference call that the company would close 22 underperforming stores by January and slow the pace of new openings.

“We are not going to chase volume at the expense of margin,” Whitfield said. “This is a business that has been through housing cycles before, and we know how to manage through them.”

She said shoppers were browsing longer but buying less. “Our customers keep telling us, ‘Not this year,’ and we have to respect that.”

Chief Financial Officer Raymond Osei said freight costs on routes from Asia had risen about 30% since the spring, adding roughly $45 million to expenses this year.

Asked whether Brightwater would raise prices, Osei said the company would “be very surgical about where we take price,” focusing on categories where it faces less competition.

Analysts said the warning reflected a broader slowdown in housing-related spending, with mortgage rates still elevated and home sales near multi-decade lows.

“When people aren’t moving house, they aren’t buying a new sofa. It really is that simple,” said Naomi Feld, a retail analyst at Harbor Lane Securities, who cut her price target on the stock to $31 from $38.

She called the store closures “a sensible step, but not a strategy.”

Brightwater shares closed at $29.40, their lowest level since 2020.''',
        [
            ("Consumers are still coming into our", "Brightwater Home Goods"),
            ("We are not going to chase", "Dana Whitfield"),
            ("This is a business that has", "Dana Whitfield"),
            ("Our customers keep telling us, ‘Not", "Dana Whitfield"),
            ("be very surgical about where we", "Raymond Osei"),
            ("When people aren’t moving house, they", "Naomi Feld"),
            ("a sensible step, but not a", "Naomi Feld"),
        ],
    ),
    # 12 -- markets report, rand and inflation, South Africa: straight quotes; agency release quoted ("said in its release"); "said X, chief economist at …"; two-paragraph quote closing only at the end
    (
'''JOHANNESBURG — The rand firmed to its strongest level in five months on Wednesday after consumer inflation slowed more than expected in September, strengthening bets that the Reserve Bank will cut interest rates next month.

Headline consumer inflation eased to 3.8% year on year from 4.4% in August, Statistics South Africa said, well below the 4.1% median forecast in a survey of economists. The agency said in its release that the decline was "mainly driven by lower fuel prices and a moderation in food inflation."

The rand traded at R17.42 to the dollar by late afternoon, about 0.9% firmer than Tuesday's close.

"This print basically seals the deal for a 25 basis point cut in November," said Thabo Mokoena, chief economist at Meridian Asset Management. "The question now is whether the Reserve Bank signals more to come, and I think it will be cautious about doing that."

Others were more circumspect. Lindiwe Dube, a fixed-income strategist at Kestrel Capital, said lower fuel prices could reverse quickly if oil rallied.

"Core inflation is still sticky at around 4%," Dube said. "We shouldn't get carried away by one good month."

She noted that electricity tariffs are due to rise again in April, which would feed through to prices across the economy.

On the JSE, the all share index rose 1.1%, led by banks and retailers. Ubuntu Retail Holdings gained 3.4% and property group Acacia Land Fund added 2.8%.

"Rate-sensitive stocks are doing exactly what you'd expect," said Pieter van Wyk, a portfolio manager at Cape Harbour Investments. "Retailers and property counters have been priced for a very weak consumer, and any relief on rates changes that picture quickly.

"That said, I'd want to see actual spending numbers before I got too excited."

The yield on the benchmark 2030 government bond fell 12 basis points to 8.95%.''',
        [
            ("mainly driven by lower fuel prices", "Statistics South Africa"),
            ("This print basically seals the deal", "Thabo Mokoena"),
            ("The question now is whether the", "Thabo Mokoena"),
            ("Core inflation is still sticky at", "Lindiwe Dube"),
            ("We shouldn't get carried away by", "Lindiwe Dube"),
            ("Rate-sensitive stocks are doing exactly what", "Pieter van Wyk"),
            ("Retailers and property counters have been", "Pieter van Wyk"),
            ("That said, I'd want to see", "Pieter van Wyk"),
        ],
    ),
    # 13 -- science news, bumblebees and streetlights, United Kingdom: curly quotes; lead author "said Dr X"; "she said"; paper quoted ("X and her colleagues wrote"); independent expert partial + full; nested ‘ ’
    (
'''Bumblebees living in brightly lit cities are foraging up to 40 minutes later into the evening than their rural cousins, a study suggests, raising new questions about how artificial light is reshaping the behaviour of pollinators.

Researchers fitted tiny radio tags to more than 600 buff-tailed bumblebees from 30 colonies placed in and around Manchester, and tracked when the insects left and returned to their nests over two summers.

Bees at the most heavily lit urban sites made their last foraging trips an average of 38 minutes after sunset, compared with 12 minutes for bees at dark rural sites, the team reported in the journal Urban Ecosystems.

“We expected a small effect, if any. What we found was a clear, consistent shift,” said Dr Hannah Okonkwo, an ecologist at the Northern Institute of Ecology and the study’s lead author. “These bees are essentially working overtime.”

She said it was not yet clear whether the extra foraging helped or harmed colonies.

“On the one hand, they bring back more food. On the other, flying in low light is risky, and we saw more bees fail to return at the brighter sites,” she said.

In the paper, Okonkwo and her colleagues wrote that streetlights may act as “an ecological trap, drawing foragers into conditions they are poorly equipped to handle.”

Prof Elena Sorensen, a pollination biologist at the Danish Centre for Insect Research in Aarhus who was not involved in the study, called it “careful and genuinely important work”.

“Light pollution has been studied a lot in moths, much less in bees,” Sorensen said. “I’d want to see whether this holds for other species before drawing firm conclusions about what councils should do with their lighting.”

Okonkwo said the team now plans to test whether dimmer, amber-coloured lamps reduce the effect. “People ask me, ‘Should we switch off the streetlights?’ and the answer is no,” she said. “But we could make them a lot smarter.”''',
        [
            ("We expected a small effect, if", "Hannah Okonkwo"),
            ("These bees are essentially working overtime", "Hannah Okonkwo"),
            ("On the one hand, they bring", "Hannah Okonkwo"),
            ("an ecological trap, drawing foragers into", "Hannah Okonkwo"),
            ("careful and genuinely important work", "Elena Sorensen"),
            ("Light pollution has been studied a", "Elena Sorensen"),
            ("I’d want to see whether this", "Elena Sorensen"),
            ("People ask me, ‘Should we switch", "Hannah Okonkwo"),
            ("But we could make them a", "Hannah Okonkwo"),
        ],
    ),
    # 14 -- health news, measles outbreak, United States: straight quotes; "said Dr. X, the district's medical director"; news release partial (organisation); follow-up paragraph with no attribution; unnamed mother (None)
    (
'''Health officials in Lubbock County, Texas, confirmed four more measles cases on Monday, bringing an outbreak linked to a children's day care center to 11, and urged unvaccinated residents to get the shot.

All 11 patients are children between 8 months and 9 years old, and none had received the two recommended doses of the measles, mumps and rubella vaccine, according to the Lubbock County Health District. Two children have been hospitalized.

"Measles is one of the most contagious diseases we know of," said Dr. Ramon Castillo, the district's medical director. "If you are unvaccinated and you share air with someone who has it, you have about a 90% chance of catching it."

Castillo said the district had identified more than 300 people who may have been exposed, including patients at a pediatric clinic and shoppers at a grocery store on 50th Street on Oct. 3.

In a news release, the district said anyone who was exposed and develops a fever or rash should "call ahead before visiting a clinic or emergency room, so staff can take steps to protect other patients."

Kindergarten vaccination rates in the county have fallen from 96% in 2019 to about 89% this year, state data show. Public health experts say coverage of roughly 95% is needed to prevent outbreaks.

Dr. Alicia Navarro, a pediatric infectious disease specialist at West Plains Children's Hospital, said she was most worried about infants too young to be vaccinated.

"Babies under a year can't get the MMR yet. They depend entirely on the people around them being protected," she said.

"Every measles season I see parents who thought this was a disease from the history books. It isn't."

The mother of a 4-year-old boy who is among the cases, who spoke on condition that she not be named to protect her son's privacy, said the family had delayed his shots after reading about side effects online.

"I thought we had more time to decide," she said. "I wish I had just done it."

Castillo said the district would hold free vaccination clinics on Tuesday and Thursday at its main office on Avenue H.''',
        [
            ("Measles is one of the most", "Ramon Castillo"),
            ("If you are unvaccinated and you", "Ramon Castillo"),
            ("call ahead before visiting a clinic", "Lubbock County Health District"),
            ("Babies under a year can't get", "Alicia Navarro"),
            ("Every measles season I see parents", "Alicia Navarro"),
            ("I thought we had more time", None),
            ("I wish I had just done", None),
        ],
    ),
    # 15 -- sports match report, women's football, England: curly quotes; nested ‘ ’ inside player quote; manager "he said" after "X admitted" paragraph; quote spanning two paragraphs; league statement partial
    (
'''Ironbridge City 2 Harrowby Athletic 1

Leah Mensah’s stoppage-time header sent Ironbridge City top of the table on Sunday, completing a comeback that had looked unlikely for most of a wet afternoon at Foundry Park.

Athletic led through Kate Delaney’s 34th-minute strike, a low shot from the edge of the area that slipped under City goalkeeper Rosa Lindgren, and defended deep for most of the second half.

City manager Sam Whitaker switched to a back three just after the hour and was rewarded when substitute Freya Collins volleyed in from close range in the 78th minute.

Mensah then rose above two defenders to meet Collins’s corner in the third minute of added time.

“I just told myself, ‘Attack the near post and don’t think,’” Mensah said. “Freya’s delivery was perfect. I only had to get a head on it.”

Whitaker admitted his side had been second best before the break.

“We were flat, we were slow, and we deserved to be behind,” he said. “At half-time I didn’t shout. I just asked them whether they wanted to be champions or not.

“The second half was the answer to that question.”

Athletic manager Graham Pollard was furious that the winner stood, insisting his goalkeeper, Jess Arnott, had been held as the corner came in.

“Jess gets held in the six-yard box, and everybody in the ground sees it except the one person who matters,” Pollard said. “I’ll be asking for an explanation, but I don’t expect one.”

The Northern Football League said in a statement that it “does not comment on individual refereeing decisions during the season.”

City, who now lead Castlegate by a point, travel to their second-placed rivals on Saturday.''',
        [
            ("I just told myself, ‘Attack the", "Leah Mensah"),
            ("Freya’s delivery was perfect. I only", "Leah Mensah"),
            ("We were flat, we were slow", "Sam Whitaker"),
            ("At half-time I didn’t shout. I", "Sam Whitaker"),
            ("The second half was the answer", "Sam Whitaker"),
            ("Jess gets held in the six-yard", "Graham Pollard"),
            ("I’ll be asking for an explanation", "Graham Pollard"),
            ("does not comment on individual refereeing", "Northern Football League"),
        ],
    ),
    # 16 -- court report, theft from youth club, Ireland: straight quotes; judge partial then "the judge said"; defendant's words reported via garda (partial); victim impact statement spanning two paragraphs; "counsel said"
    (
'''A former treasurer of a Co Kildare youth football club who stole more than €180,000 from its accounts over six years to fund online gambling has been jailed for three and a half years, with the final year suspended.

Declan Furlong (52), of Moorfield Drive, Newbridge, pleaded guilty at Dublin Circuit Criminal Court to 34 counts of theft from Newbridge Celtic Youth FC between 2017 and 2023.

Sentencing him on Friday, Judge Orla Kennedy said the offences amounted to "a grave breach of trust" against volunteers and children who had raised much of the money through cake sales, raffles and sponsored walks.

"This was not a single lapse. It was a sustained and deliberate course of conduct," the judge said. "Every time the club held a fundraiser, Mr Furlong knew exactly where that money was going."

Detective Garda Siobhán Reilly told the court the thefts came to light in 2023 when the club's new chairman noticed that a grant from the county council had never been lodged.

She said Furlong had initially told club officials there had been "a mix-up with the bank that he was sorting out", but he made full admissions when interviewed by gardaí.

In a victim impact statement read to the court, the club's chairman, Paul Hennessy, said: "For two seasons we could not afford proper kits or referees. Parents were paying out of their own pockets to keep the under-10s going.

"What hurts most is that Declan stood on the sideline with us every Saturday. The children trusted him. We all did."

Defence counsel Mark Tierney SC said his client had a severe gambling addiction, had attended treatment since his arrest and had repaid €22,000.

"He is deeply ashamed," counsel said. "He has lost his job, his marriage and his standing in the community. He knows that no apology can undo the harm."

Furlong, who wore a grey suit, showed no reaction as sentence was imposed. Judge Kennedy suspended the final year on condition that he continue to engage with addiction services and keep the peace.''',
        [
            ("a grave breach of trust", "Orla Kennedy"),
            ("This was not a single lapse", "Orla Kennedy"),
            ("Every time the club held a", "Orla Kennedy"),
            ("a mix-up with the bank that", "Declan Furlong"),
            ("For two seasons we could not", "Paul Hennessy"),
            ("What hurts most is that Declan", "Paul Hennessy"),
            ("He is deeply ashamed", "Mark Tierney"),
            ("He has lost his job, his", "Mark Tierney"),
        ],
    ),
]
# fmt: on
