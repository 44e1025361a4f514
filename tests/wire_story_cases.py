"""Four sets of stories from the wire desks the other sets cover least, with who says each
quote, written in the thirty-third round of rules.

Written for this suite by four separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy: STORIES_CW business, markets and
companies (results calls, analysts' notes, chief executives, regulators, filings);
STORIES_CX the Middle East and South Asia in English-language outlets (ministries and state news
agencies, militaries, aid agencies, names in their local forms); STORIES_CY health and medicine
(hospitals, doctors' unions, patients, public health officials, journals), held out;
STORIES_CZ national politics and elections in the English-speaking democracies (rallies,
briefings, debates, pollsters, aides), held out. Straight and curly quote marks. Not gold and
not from any article of the gold set. Each entry is (story, [(first words inside the quote
marks, speaker as first named, "~" and the noun of a speaker only described, or None), ...]).
Held-out sets are not tuned on: their misses are listed by script, not read.

The authors were asked to list every passage in quote marks. Two more authors, who saw only the
sets and the gold set's guideline on what a quote is, then removed the 20 entries that are
not quotes under it (titles of works and reports, code names, campaign names, a hashtag,
so-called terms, scare quotes), and changed nothing else. Words on signs, walls and labels,
chants, and the wording of documents stay, with no speaker.

First read, before any rule was changed for them, with the thirty-third round's final rules
(d6692ee): 209 of 229 in STORIES_CW, 212 of 231 in STORIES_CX, 213 of 227 in STORIES_CY and 203 of
236 in STORIES_CZ: 837 of 923 (0.907); the two sets the next round tunes on 421 of 460 (0.915), the
held-out two 416 of 463 (0.898). The thirty-fourth round tuned on STORIES_CW and STORIES_CX:
447 of 460 at its end (12fd45b) and 449 after two late rules (87b68a7), each miss left with
its reason in tests/test_discourse.py;
STORIES_CY and STORIES_CZ, held out, stayed at 416 of 463, their misses listed, not read.
"""

# fmt: off
STORIES_CW = [
# 1 -- Reuters-style quarterly results, Norwegian shipping group; straight quotes; title before name, "X said", partial quotes, analyst note "wrote", anonymous analyst, union statement
('''OSLO, April 24 (Reuters) - Nordvik Shipping ASA posted a 38% fall in first-quarter operating profit on Thursday as freight rates on its core Asia-Europe container routes slid, and the Oslo-listed group said it would idle four vessels to support prices.

Operating profit came to 1.21 billion Norwegian crowns ($114 million), below the 1.35 billion expected by analysts in a company-compiled poll. Shares in the company fell 6.2% by 0910 GMT, the steepest drop on the Oslo benchmark index.

"The first quarter was tougher than we planned for, and we are not going to pretend otherwise," Chief Executive Ingrid Solheim told analysts on a conference call. "Rates came down faster than capacity did."

Solheim said the decision to take four of its older 8,000-container ships out of service would save about 40 million crowns a quarter in running costs. "We would rather have ships at anchor than ships sailing at a loss," she said.

Finance chief Henrik Aas said the group still expected full-year operating profit "in the lower half" of its previous guidance range of 4.5 billion to 5.5 billion crowns.

"Our balance sheet gives us room to wait this out," Aas said, adding that net debt had fallen to its lowest level since 2019. "We are not under any pressure to sell assets."

Analysts were less sanguine. In a note to clients, Kristine Berg of Pareto Securities said the idling plan was "a sensible step but not a solution," arguing that new vessels due for delivery across the industry this year would keep rates under pressure.

"We see downside to consensus for the second half," Berg wrote, cutting her price target to 142 crowns from 165.

Another analyst, who asked not to be named because his bank advises the company, said investors had been hoping for a bigger shareholder payout after last year's record profits. "The buyback is small. People wanted more," he said.

The Norwegian Seafarers' Union said it had been assured by management that no crew members would lose their jobs as a result of the idling. "We will hold the company to that promise," the union said in a statement.

Nordvik will publish its second-quarter results on July 17.''',
 [("The first quarter was tougher than", "Ingrid Solheim"),
  ("Rates came down faster than capacity", "Ingrid Solheim"),
  ("We would rather have ships at", "Ingrid Solheim"),
  ("in the lower half", "Henrik Aas"),
  ("Our balance sheet gives us room", "Henrik Aas"),
  ("We are not under any pressure", "Henrik Aas"),
  ("a sensible step but not a", "Kristine Berg"),
  ("We see downside to consensus for", "Kristine Berg"),
  ("The buyback is small. People wanted", "~analyst"),
  ("We will hold the company to", "Norwegian Seafarers' Union")]),

# 2 -- Bloomberg-style deal scoop, US food company; straight quotes; people familiar with the matter, code name, emailed statement from unnamed spokeswoman, activist letter, Bloomberg Intelligence analyst
('''Greywater Foods Inc. is exploring a sale of its packaged-snacks division in a deal that could value the business at about $3 billion, according to people familiar with the matter.

The Chicago-based company has been working with advisers to gauge interest from private equity firms and rival food makers, said the people, who asked not to be identified because the deliberations are private. The process, internally code-named "Project Crunch," has drawn early interest from at least three buyout firms, the people said. No final decision has been made and Greywater could opt to keep the unit.

"We regularly review our portfolio and don't comment on market speculation," a Greywater spokeswoman said in an emailed statement.

The snacks division, which makes Hollis pretzels and Bramble Farm crackers, generated about $1.9 billion in revenue last year, roughly a fifth of the company's total. Chief Executive Officer Dana Whitcombe told investors in March that Greywater wanted to "focus our capital where we can win," without naming specific businesses.

"Snacks is a good business, but it's not Greywater's business anymore," one of the people said.

Activist investor Harlan Capital Partners, which disclosed a 4.1% stake in January, has pushed for a breakup of the company. "The sum of the parts is worth far more than the whole," Harlan founder Marcus Tully wrote in a letter to the board at the time. "Management has had years to fix this."

A sale would leave Greywater focused on frozen meals and sauces, categories where it has been gaining market share. Bloomberg Intelligence analyst Priya Raman said any buyer would need to be comfortable with slow growth.

"A buyer would be paying for the brands, not the growth," Raman said. "Volumes have been flat for three years, and pricing power is fading as shoppers trade down to store brands."

Greywater shares rose as much as 7.4% in New York trading Tuesday after Bloomberg News reported the deliberations, the biggest intraday gain since November. The stock had fallen 12% this year through Monday, giving the company a market value of about $14 billion.

Representatives for Harlan declined to comment.''',
 [("We regularly review our portfolio and", "Greywater Foods Inc."),
  ("focus our capital where we can", "Dana Whitcombe"),
  ("Snacks is a good business, but", "~person"),
  ("The sum of the parts is", "Marcus Tully"),
  ("Management has had years to fix", "Marcus Tully"),
  ("A buyer would be paying for", "Priya Raman"),
  ("Volumes have been flat for three", "Priya Raman")]),

# 3 -- FT-style central bank speech, Bank of England rate-setter; straight quotes; "X, an external member, said", partial quotes, "said X, chief economist at", business group partial quote then named official, Treasury spokesperson colon quote
('''A Bank of England rate-setter has warned that sticky wage growth in the services sector could keep interest rates "higher for longer than markets currently assume", in the clearest signal yet that some members of the Monetary Policy Committee are resisting pressure for a summer cut.

Speaking at the University of Leeds on Wednesday, Alison Threlfall, an external member of the MPC, said pay settlements of about 5 per cent were inconsistent with the central bank's 2 per cent inflation target.

"I would need to see clearer evidence that the labour market is loosening before I could support a reduction in Bank Rate," she said. "That evidence is not yet in the data."

Threlfall, who voted to hold rates at the committee's last meeting, said the bank should not be swayed by the recent fall in energy prices, which has pulled the headline rate of consumer price inflation down to 2.3 per cent.

"Headline inflation is coming down for reasons that have little to do with domestic demand," she said. "Services inflation is the better guide, and it is telling a different story."

Markets trimmed bets on a cut in June after the speech, with traders pricing roughly a 40 per cent chance of a quarter-point reduction, down from 55 per cent on Tuesday. Sterling rose 0.3 per cent against the dollar.

Economists said the remarks highlighted divisions on the nine-member committee. "This is a hawk laying down a marker," said Simon Adeyemi, chief UK economist at Marlow Hart. "The doves still have the numbers, but not by much, and the next two wage releases will decide it."

The British Chambers of Commerce, which represents thousands of small and medium-sized firms, said its members were "crying out" for relief on borrowing costs after two years of elevated rates.

"Every month of delay is another month of investment put on hold, and firms are sitting on expansion plans because the sums simply do not add up," said Jane Pritchard, the group's head of economics.

Asked about the speech, a Treasury spokesperson said: "The Bank of England is independent and it is for the MPC to set monetary policy."

The MPC's next decision is due on June 20.''',
 [("higher for longer than markets currently", "Alison Threlfall"),
  ("I would need to see clearer", "Alison Threlfall"),
  ("That evidence is not yet in", "Alison Threlfall"),
  ("Headline inflation is coming down for", "Alison Threlfall"),
  ("Services inflation is the better guide,", "Alison Threlfall"),
  ("This is a hawk laying down", "Simon Adeyemi"),
  ("The doves still have the numbers,", "Simon Adeyemi"),
  ("crying out", "British Chambers of Commerce"),
  ("Every month of delay is another", "Jane Pritchard"),
  ("The Bank of England is independent", "Treasury")]),

# 4 -- CNBC-style TV interview, US airline CEO; straight quotes; "told CNBC's" with show title, LinkedIn post, manufacturer statement, analyst note, second analyst, pronoun cue after question
('''Meridian Airlines CEO Tom Okafor said Monday that the carrier would cut its summer growth plans in half because of aircraft delivery delays, and warned that fares on some domestic routes could rise as a result.

"We simply don't have the airplanes we were promised," Okafor told CNBC's "Squawk Box." "When you can't add seats and demand stays where it is, you know what happens to price."

The Dallas-based airline now expects capacity to grow 4% to 5% this year, down from a previous forecast of 9% to 10%. Shares of Meridian were up about 2% in premarket trading as investors bet tighter capacity would support fares.

Okafor said the airline had been told to expect at least 11 fewer narrow-body jets than planned this year from its main supplier, Aerolux. Asked whether he would consider leasing aircraft from other operators, he said, "Everything is on the table, but the leasing market is just as tight as we are."

Later in the morning, Okafor posted on LinkedIn that he was "proud of our 28,000 people who keep this airline running no matter what gets thrown at us."

Aerolux said in a statement that it was "working closely with all customers" to address the shortfall, and that it expected delivery rates to improve in the fourth quarter as supply-chain bottlenecks eased.

Wall Street was split on the news. "Lower growth is actually the bull case for this stock," Rebecca Lindqvist, an airline analyst at Sandhurst Securities, wrote in a note Monday. "Discipline on capacity has been the missing piece for this industry for a decade."

Jason Pell, a portfolio manager at Harbor Ridge Capital who owns shares of several U.S. carriers, said he was more worried about costs. "Pilots got a 30% raise last year," Pell said. "Flying fewer hours doesn't make that bill any smaller."

Meridian is scheduled to report second-quarter earnings on July 18. The stock has gained 14% this year, outperforming the NYSE Arca Airline Index.''',
 [("We simply don't have the airplanes", "Tom Okafor"),
  ("When you can't add seats and", "Tom Okafor"),
  ("Everything is on the table, but", "Tom Okafor"),
  ("proud of our 28,000 people who", "Tom Okafor"),
  ("working closely with all customers", "Aerolux"),
  ("Lower growth is actually the bull", "Rebecca Lindqvist"),
  ("Discipline on capacity has been the", "Rebecca Lindqvist"),
  ("Pilots got a 30% raise last", "Jason Pell"),
  ("Flying fewer hours doesn't make that", "Jason Pell")]),

# 5 -- WSJ-style layoffs at software company; straight quotes; internal memo "wrote", company filing partial quote, anonymous employees described, named spokeswoman with Ms. honorific, analyst "said X, an analyst at"
('''Corvana Software Inc. is cutting about 1,800 jobs, or 12% of its workforce, as the business-software maker redirects spending toward artificial intelligence, according to an internal memo viewed by The Wall Street Journal.

"This is the hardest decision I have made since founding this company," Chief Executive Leah Brandt wrote in the memo, which was sent to staff early Wednesday. "The people leaving us did nothing wrong."

Ms. Brandt said the cuts would fall mostly on sales and customer-support teams, and that affected employees in the U.S. would receive 16 weeks of severance pay plus two weeks for every year of service.

In a separate filing with the Securities and Exchange Commission, the San Jose, Calif., company said it expected to record restructuring charges of $140 million to $165 million, mostly in the current quarter, and described the move as part of a "strategic realignment of resources."

Corvana's shares rose 3.8% on Wednesday, extending their gain this year to about 21%.

Several employees described a tense morning. A support engineer in Austin, Texas, said she learned her job had been eliminated when her laptop was locked at 7 a.m. "No call, no meeting, just a login screen," she said.

A sales manager who has been with the company for nine years said the memo's tone rang hollow. "They spent last quarter telling us we were the heart of the business," he said.

Chief Financial Officer Raymond Ko told investors last month that Corvana needed to "earn the right to invest" in new products by tightening costs elsewhere. On Wednesday, a company spokeswoman, Nadia Ferreira, said the cuts were "not a reflection of performance" and that Corvana would continue to hire engineers in AI-related roles.

"We expect to end the year with roughly the same number of engineers as we started with," Ms. Ferreira said.

Analysts said the move followed a pattern across the software industry, where companies have trimmed sales staff while pouring money into data centers and AI researchers. "Every board in this sector is asking the same question: where's the AI margin?" said Omar Haddad, an analyst at Lakeshore Research.

Corvana is scheduled to report fiscal second-quarter results on Aug. 27.''',
 [("This is the hardest decision I", "Leah Brandt"),
  ("The people leaving us did nothing", "Leah Brandt"),
  ("strategic realignment of resources.", "Corvana Software Inc."),
  ("No call, no meeting, just a", "~engineer"),
  ("They spent last quarter telling us", "~manager"),
  ("earn the right to invest", "Raymond Ko"),
  ("not a reflection of performance", "Nadia Ferreira"),
  ("We expect to end the year", "Nadia Ferreira"),
  ("Every board in this sector is", "Omar Haddad")]),

# 6 -- US local business page, glass plant closure in Toledo; straight quotes; news release, VP quoted in release, picket signs and chant, union local president, worker with age, mayor "the mayor said"
('''TOLEDO - Workers at Brightline Glass Co.'s plant on Front Street learned Tuesday that the 104-year-old factory will close by the end of March, eliminating 430 jobs in one of the city's oldest industrial neighborhoods.

The company, which is owned by the Pittsburgh-based Aldermoor Group, said in a news release that the plant had become "uncompetitive due to rising energy costs and declining demand for tableware glass." Production will move to a newer facility in Monterrey, Mexico.

"This was not a decision we made lightly," Aldermoor's vice president of operations, Gregory Salas, said in the release. "We are grateful to the Toledo team for generations of craftsmanship."

That gratitude was in short supply outside the gates Tuesday afternoon, where about 60 workers gathered in the rain. Several held hand-lettered signs reading "104 Years, 4 Months Notice" and chanted "Keep it in Toledo" as managers' cars left the lot.

Denise Hollister, president of United Steelworkers Local 912, which represents most of the hourly workers, said the union had not been consulted before the announcement.

"We found out the same way everybody else did - from a press release," Hollister said. "These folks have mortgages. They have kids in school. You don't treat people like this."

She said the union would press Aldermoor for enhanced severance and retraining funds, and would ask the company to keep the plant's health clinic open through the end of next year.

Mark Duvall, 52, a furnace operator who has worked at the plant for 27 years, said his father and grandfather also worked there. "My whole family's life was built on that furnace, and I don't know what I'm going to tell my son," he said.

Mayor Carla Reyes-Whitfield said the city had offered Aldermoor a tax abatement package last year in an effort to keep the plant open.

"We put real money on the table," the mayor said. "I'm disappointed, and frankly I'm angry that they took our offer and walked anyway."

She said the city would work with the state's workforce agency to set up a job center for affected workers at the Frederick Douglass Community Center beginning next week.''',
 [("uncompetitive due to rising energy costs", "Brightline Glass Co."),
  ("This was not a decision we", "Gregory Salas"),
  ("We are grateful to the Toledo", "Gregory Salas"),
  ("104 Years, 4 Months Notice", None),
  ("Keep it in Toledo", None),
  ("We found out the same way", "Denise Hollister"),
  ("These folks have mortgages. They have", "Denise Hollister"),
  ("My whole family's life was built", "Mark Duvall"),
  ("We put real money on the", "Carla Reyes-Whitfield"),
  ("I'm disappointed, and frankly I'm angry", "Carla Reyes-Whitfield")]),

# 7 -- Reuters-style ECB policymakers split; straight quotes; interview with German newspaper "told the paper", conference speech, anonymous policymaker, chief economist partial quote mocked, pronoun cue
('''FRANKFURT, Sept 3 (Reuters) - European Central Bank policymakers are split over whether to cut interest rates again next month, with one urging patience and another saying weak growth justified further easing, in comments that underscored the difficulty of the bank's next decision.

Governing Council member Matthias Kellner said in an interview with German newspaper Handelsblatt that inflation was "not yet where we want it" and warned against moving too quickly.

"We have come a long way, but the last mile is always the hardest," Kellner told the paper. "I see no reason to rush."

Speaking separately at a conference in Lisbon, fellow policymaker Rui Castanheira struck a different tone, saying the euro zone economy was "flirting with stagnation."

"If we wait for perfect certainty, we will be too late," Castanheira said. "Monetary policy works with a lag, and the lag is not our friend right now."

Castanheira added that he saw little risk of inflation rebounding in the coming months given soft wage data and falling energy prices.

A third policymaker, speaking to Reuters on condition of anonymity because of the sensitivity of the discussions, said a majority had not yet formed. "It will come down to the September projections," the policymaker said. "People are keeping their powder dry."

Markets price about a 60% chance of an October cut, according to LSEG data, up from around 45% a week ago.

The ECB's chief economist, Elena Varga, told a panel in Frankfurt last week that the bank would continue to decide "meeting by meeting, guided by the incoming data," a formula Castanheira gently mocked on Tuesday.

"Everyone says meeting by meeting. The question is what you actually do at the meeting," he said, drawing laughter from the audience.

An ECB spokesperson declined to comment on the policymakers' remarks. The bank next meets on Oct. 17.''',
 [("not yet where we want it", "Matthias Kellner"),
  ("We have come a long way,", "Matthias Kellner"),
  ("I see no reason to rush.", "Matthias Kellner"),
  ("flirting with stagnation.", "Rui Castanheira"),
  ("If we wait for perfect certainty,", "Rui Castanheira"),
  ("Monetary policy works with a lag,", "Rui Castanheira"),
  ("It will come down to the", "~policymaker"),
  ("People are keeping their powder dry.", "~policymaker"),
  ("meeting by meeting, guided by the", "Elena Varga"),
  ("Everyone says meeting by meeting. The", "Rui Castanheira")]),

# 8 -- Bloomberg-style Australian AGM, miner's pay strike; straight quotes; defined-term scare quote, chair "told the meeting", CEO, proxy adviser, fund manager, retail shareholder question "he asked", reply "Strand replied"
('''Shareholders of Redgum Resources Ltd. delivered a rare rebuke to the iron ore miner's board at its annual meeting in Perth on Thursday, with 41% of votes cast opposing the company's pay report amid anger over a bonus awarded to its chief executive after a fatal accident at one of its mines.

Under Australian rules, a vote of 25% or more against a remuneration report counts as a "first strike." A second such vote next year would trigger a ballot on whether the entire board should face re-election.

Chair Margaret Lowden told the meeting the board had "heard the message loud and clear" and would review its approach to safety-linked pay.

"We accept that we got the balance wrong this year," Lowden said. "A bonus of any size after a year in which we lost a colleague was always going to be difficult for many of you to accept."

Chief Executive Officer Peter Strand, who received a short-term incentive payment of A$1.2 million ($790,000) for the year, said he had asked the board to defer it pending the outcome of a regulatory investigation into the death of a 31-year-old contractor at the Coolbinia mine in February.

"My first responsibility is to get every person home safely," Strand said. "I did not meet that responsibility this year."

Proxy adviser Tasman Governance Advisers had recommended shareholders vote against the report, saying the bonus sent "entirely the wrong signal" to the workforce.

Fiona Marsh, a portfolio manager at Eastbrook Capital, which holds about 2% of Redgum, said institutional investors had been left with little choice. "Safety is not a box on a scorecard. It is the scorecard," Marsh said.

During question time, a retail shareholder who said he had owned the stock since 1998 took the microphone. "Would you have taken the money if the cameras weren't here?" he asked Strand, to applause from parts of the room.

"That's a fair question, and the answer is that the money has not been paid and won't be until the investigation is finished," Strand replied.

Redgum shares closed 0.8% lower in Sydney, compared with a 0.3% gain for the S&P/ASX 200 index.''',
 [("heard the message loud and clear", "Margaret Lowden"),
  ("We accept that we got the", "Margaret Lowden"),
  ("A bonus of any size after", "Margaret Lowden"),
  ("My first responsibility is to get", "Peter Strand"),
  ("I did not meet that responsibility", "Peter Strand"),
  ("entirely the wrong signal", "Tasman Governance Advisers"),
  ("Safety is not a box on", "Fiona Marsh"),
  ("Would you have taken the money", "~shareholder"),
  ("That's a fair question, and the", "Peter Strand")]),

# 9 -- CNBC-style market wrap after jobs report; straight quotes; "said X, chief strategist at", partial quote, Fed governor in speech, post on X "wrote in a post", anonymous floor trader, scare quote
('''Stocks fell Friday, with the S&P 500 posting its worst week since March, as a hotter-than-expected jobs report dashed hopes for a near-term interest rate cut.

The S&P 500 slid 1.4% to close at 5,112.36, while the Nasdaq Composite dropped 1.9% to 15,927.90. The Dow Jones Industrial Average lost 410 points, or 1.1%, to end at 38,262.15.

The Labor Department said employers added 287,000 jobs last month, well above the 180,000 economists polled by Dow Jones had expected. Average hourly earnings rose 0.5%. Some on Wall Street had hoped for a "Goldilocks" number that showed a cooling, but not collapsing, labor market.

"This is not the report the market wanted," said Lauren Castellano, chief investment strategist at Bayfront Wealth Partners. "Strong hiring plus strong wages equals a Fed that stays put."

Castellano said she was advising clients to "stay patient" and avoid chasing the selloff. "We've seen this movie before. Rate-cut hopes get pushed out, stocks wobble, and then earnings carry the day."

Treasury yields jumped, with the 10-year note rising 14 basis points to 4.61%, its highest level since November. Rate-sensitive sectors such as real estate and utilities were among the worst performers.

Federal Reserve Governor Daniel Whitaker, speaking at an event in Phoenix shortly after the data were released, said the central bank could afford to wait. "There is no urgency to adjust policy when the labor market is this resilient," Whitaker said.

Not everyone was downbeat. "One jobs report doesn't make a trend," Kevin Moy, a portfolio manager at Lanthorn Asset Management, wrote in a post on X. "Buying quality on weakness."

On the floor of the New York Stock Exchange, one trader said the mood had soured quickly after the 8:30 a.m. ET release. "Everybody came in thinking June was a lock," he said. "By 8:31 it wasn't."

Bank shares held up better than the broader market, with the KBW Bank Index slipping 0.4%, as higher yields were seen supporting lending margins.''',
 [("This is not the report the", "Lauren Castellano"),
  ("Strong hiring plus strong wages equals", "Lauren Castellano"),
  ("stay patient", "Lauren Castellano"),
  ("We've seen this movie before. Rate-cut", "Lauren Castellano"),
  ("There is no urgency to adjust", "Daniel Whitaker"),
  ("One jobs report doesn't make a", "Kevin Moy"),
  ("Buying quality on weakness.", "Kevin Moy"),
  ("Everybody came in thinking June was", "~trader"),
  ("By 8:31 it wasn't.", "~trader")]),

# 10 -- Reuters-style UK regulator fine on a bank; straight quotes; regulator partial quote, "X, the FCA's executive director, said in a statement", bank partial quote then CEO, consumer group director, anonymous former customer "told Reuters"
('''LONDON, June 12 (Reuters) - Britain's Financial Conduct Authority fined Harrowgate Bank 28.7 million pounds ($36.4 million) on Wednesday for failing to treat customers in financial difficulty fairly, the regulator's largest penalty under its consumer-credit rules this year.

The FCA said the lender had charged fees to more than 90,000 customers who were behind on loan and overdraft payments between 2018 and 2022, and in some cases had pressed them to repay "in ways that caused further harm."

"Firms must support customers who are struggling, not profit from them," Therese Colquhoun, the FCA's executive director of enforcement and market oversight, said in a statement. "Harrowgate's failings went on for too long and affected too many people."

The regulator said the bank had agreed to pay 61 million pounds in redress, on top of the fine, and had qualified for a 30% discount on the penalty by settling early.

Harrowgate, which has about 2 million customers, mostly in northern England, said it "fully accepted" the findings.

"We are sorry. We fell short of the standards our customers are entitled to expect," Chief Executive Alan Brierley said. "We have overhauled how we support customers who are having a difficult time, and we will contact everyone affected."

Consumer group Which? said the fine should serve as a warning to the rest of the industry. "Too many lenders treat arrears as a revenue stream rather than a warning sign," said Rocio Mendes, Which?'s director of policy and advocacy.

One former customer, who spoke to Reuters on condition that her name not be used, said she had been charged 35 pounds a month in late fees while on sick leave from her job as a care worker. "Every letter they sent made it worse. I stopped opening them in the end," she said.

Shares in Harrowgate's listed parent, Harrowgate Group, were little changed in afternoon trading, with analysts noting the penalty had largely been provisioned for in the bank's 2023 accounts.''',
 [("in ways that caused further harm.", "Financial Conduct Authority"),
  ("Firms must support customers who are", "Therese Colquhoun"),
  ("Harrowgate's failings went on for too", "Therese Colquhoun"),
  ("fully accepted", "Harrowgate Bank"),
  ("We are sorry. We fell short", "Alan Brierley"),
  ("We have overhauled how we support", "Alan Brierley"),
  ("Too many lenders treat arrears as", "Rocio Mendes"),
  ("Every letter they sent made it", "~customer")]),

# 11 -- Indian business daily (Mint/ET style), cement IPO; straight quotes; "managing director X said at a press conference", CFO "she said", research head, grey-market dealer partial quote, PE investor statement
('''MUMBAI: Sutlej Cement Ltd on Monday set the price band for its initial public offering at Rs 412-434 per share, seeking to raise about Rs 6,200 crore in what would be the largest listing by an Indian building-materials company.

The issue opens for subscription on 18 March and closes on 20 March. Of the total, Rs 4,000 crore will be a fresh issue of shares and the rest an offer for sale by the promoter family and private equity investor Kestrel Partners.

"We are building for the next twenty years of Indian infrastructure, not the next two quarters," managing director Arvind Rao said at a press conference in Mumbai. "The proceeds will go into capacity, not into paying down promoter debt."

Rao said the company planned to raise annual capacity from 28 million tonnes to 45 million tonnes by 2028, with new integrated plants in Odisha and Rajasthan and a grinding unit near Pune.

Asked about valuation, which analysts said was at a premium to listed peers, chief financial officer Meera Iyer defended the pricing. "We have left money on the table for investors," she said. "Our return ratios are among the best in the sector."

Not all analysts were convinced. "The pricing assumes flawless execution on a very ambitious expansion," said Sandeep Kulkarni, research head at Vantage Equities. "Cement is a cyclical business, and the cycle is not always kind to companies that borrow to grow."

In the unofficial grey market, shares were trading at a premium of about Rs 38 over the upper end of the band, according to dealers. One dealer at a Dalal Street brokerage said demand from high-net-worth investors was "very strong" and that several family offices had already sought allocations.

In a statement, Kestrel Partners said the partial exit was "in line with our investment horizon" and that it would remain a significant shareholder after the listing.

Half of the issue is reserved for qualified institutional buyers, 15 per cent for non-institutional investors and 35 per cent for retail investors. Shares are expected to list on the BSE and NSE on 25 March.''',
 [("We are building for the next", "Arvind Rao"),
  ("The proceeds will go into capacity,", "Arvind Rao"),
  ("We have left money on the", "Meera Iyer"),
  ("Our return ratios are among the", "Meera Iyer"),
  ("The pricing assumes flawless execution on", "Sandeep Kulkarni"),
  ("Cement is a cyclical business, and", "Sandeep Kulkarni"),
  ("very strong", "~dealer"),
  ("in line with our investment horizon", "Kestrel Partners")]),

# 12 -- British regional paper, Yorkshire bakery chain closures; straight single quotes as main marks; company partial quote, MD partial then full quotes, "She added:", shop-window notice, pensioner with age "said:", anonymous shop assistant, councillor with Cllr title
('''A family-run bakery chain that has served West Yorkshire for almost 70 years is to close nine of its 23 shops, blaming soaring energy bills and a drop in footfall on the high street.

Hebden & Sons, founded in Halifax in 1956, said the closures would affect 64 staff, although it hoped to redeploy 'as many as possible' to its remaining branches and its central bakery in Elland.

Managing director Claire Hebden, the founder's granddaughter, said the decision had been 'heartbreaking'.

'Our gas bill at the bakery has more than doubled in two years, and we simply can't pass all of that on to customers when people are already watching every penny,' she said.

She added: 'We've looked at every option. Closing shops is the last thing any of us wanted.'

The shops earmarked for closure include branches in Todmorden, Brighouse and Sowerby Bridge, where a notice in the window on Tuesday read 'Thank you for 41 years - last day of trading Saturday'.

Regulars were saddened by the news. Pensioner Brenda Ackroyd, 78, who has bought her bread at the Brighouse shop every Friday since 1983, said: 'It's not just a bakery, it's where you see your neighbours. I don't know where I'll go now.'

One shop assistant, who did not want to be named, said staff had been told on Monday morning. 'We all had a cry in the back,' she said. 'But they've been good to us, I'll say that.'

Calderdale Council's cabinet member for regeneration, Cllr Imran Shah, said the closures were 'another blow' for the borough's town centres and called on the Government to reform business rates.

'Independent businesses like Hebden's are the backbone of our high streets, and they need help now, not another consultation,' he said.

Hebden & Sons said its remaining 14 shops and its online ordering service were not affected.''',
 [("as many as possible", "Hebden & Sons"),
  ("heartbreaking", "Claire Hebden"),
  ("Our gas bill at the bakery", "Claire Hebden"),
  ("We've looked at every option.", "Claire Hebden"),
  ("Thank you for 41 years", None),
  ("It's not just a bakery, it's", "Brenda Ackroyd"),
  ("We all had a cry in", "~assistant"),
  ("But they've been good to us,", "~assistant"),
  ("another blow", "Imran Shah"),
  ("Independent businesses like Hebden's are the", "Imran Shah")]),

# 13 -- Bloomberg-style German industrial job cuts; curly quotes; CEO on call with reporters, partial quotes, works council head statement, IG Metall regional head "said X, the union's", analyst note "wrote", CFO "she said"
('''Raabe Industrie AG will cut about 5,500 jobs worldwide, including 2,900 in Germany, as the maker of factory automation equipment grapples with a slump in orders from the auto and chemicals industries.

The Munich-based company said Tuesday that the reductions, to be completed by the end of 2026, would save about €650 million a year. The shares rose as much as 4.6% in Frankfurt trading, the most in four months.

“We are responding to a market that has fundamentally changed,” Chief Executive Officer Stefan Brückner said on a call with reporters. “Our customers are investing less, and they are investing later.”

Brückner said the company would seek to achieve the cuts “as far as possible” through early retirement and voluntary departures, and that it had no plans to close any of its German sites.

Labor representatives reacted with fury. Jutta Hellwig, who heads Raabe’s works council, said the board had “broken its word” after promising job security as recently as last year.

“Management is asking workers to pay for strategic mistakes that were made at the top,” Hellwig said in a statement. “We will fight every single cut that is not voluntary.”

The IG Metall union, Germany’s largest, said it would call warning strikes at Raabe plants in Bavaria and Baden-Württemberg if the company did not return to the negotiating table. “Nobody should think this will go quietly,” said Klaus Demir, the union’s regional head in Bavaria.

Analysts broadly welcomed the plan, though some questioned whether it went far enough. “The cost savings are credible, but they only get Raabe back to where it was in 2022,” Anja Vogt, an analyst at Bankhaus Lindner, wrote in a note. She kept her hold rating on the stock.

Chief Financial Officer Karin Oster told analysts later in the day that the company would book restructuring costs of about €900 million, most of it in the current fiscal year. “We are front-loading the pain,” she said.

Orders fell 14% in the fiscal third quarter from a year earlier, Raabe said, with particular weakness in China and in its process-automation business, which sells control systems to chemical plants.''',
 [("We are responding to a market", "Stefan Brückner"),
  ("Our customers are investing less, and", "Stefan Brückner"),
  ("as far as possible", "Stefan Brückner"),
  ("broken its word", "Jutta Hellwig"),
  ("Management is asking workers to pay", "Jutta Hellwig"),
  ("We will fight every single cut", "Jutta Hellwig"),
  ("Nobody should think this will go", "Klaus Demir"),
  ("The cost savings are credible, but", "Anja Vogt"),
  ("We are front-loading the pain,", "Karin Oster")]),

# 14 -- Reuters-style Chile lithium deal with state; curly quotes; minister "told reporters", CEO "said in an interview with Reuters" split quote, fund manager partial then full, indigenous leader "told local radio station", company statement partial quote
('''SANTIAGO, Nov 6 (Reuters) - Chilean lithium producer Salar Andino SA agreed on Wednesday to form a joint venture with the state, handing the government a controlling stake in its flagship Atacama operations from 2031 in exchange for a 30-year extension of its extraction rights.

The deal, which follows nearly a year of negotiations, is the centerpiece of the government’s plan to increase state control over the country’s lithium reserves, the world’s second largest.

“This agreement gives certainty to investors and gives Chileans a greater share of the value of their own resources,” Economy Minister Paula Zúñiga told reporters at the presidential palace. “Both things can be true at the same time.”

Salar Andino Chief Executive Jorge Montt said the company had secured “the long-term stability we needed” to proceed with $2.8 billion in planned investment, including a new processing plant near Antofagasta.

“We would have preferred to keep majority control, I won’t hide that,” Montt said in an interview with Reuters. “But a 30-year horizon with the state as partner is better than a seven-year horizon alone.”

Shares in Salar Andino rose 9.3% in Santiago, their biggest daily gain in more than a year.

Some minority shareholders were less enthusiastic. Tomás Ferrer, a portfolio manager at Santiago-based fund Cordillera Inversiones, which holds about 1.5% of the company, said the board had “given away the crown jewel for a promise.”

“The valuation of the state’s stake was never independently tested,” Ferrer said. “We intend to raise this at the extraordinary shareholders’ meeting.”

Indigenous communities near the salt flat said they had not been adequately consulted. “They negotiate about our water in Santiago and tell us afterward,” Ana Quispe, a leader of the Atacameño council in San Pedro de Atacama, told local radio station Radio Bío-Bío.

Salar Andino said in a statement that it would “continue dialogue” with communities throughout the implementation of the agreement, which still requires approval from the country’s comptroller.''',
 [("This agreement gives certainty to investors", "Paula Zúñiga"),
  ("Both things can be true at", "Paula Zúñiga"),
  ("the long-term stability we needed", "Jorge Montt"),
  ("We would have preferred to keep", "Jorge Montt"),
  ("But a 30-year horizon with the", "Jorge Montt"),
  ("given away the crown jewel for", "Tomás Ferrer"),
  ("The valuation of the state’s stake", "Tomás Ferrer"),
  ("We intend to raise this at", "Tomás Ferrer"),
  ("They negotiate about our water in", "Ana Quispe"),
  ("continue dialogue", "Salar Andino SA")]),

# 15 -- British tabloid/City page, supermarket price cuts; curly single quotes as main marks; CEO partial quotes and "she said", analyst "said X, retail analyst at", second analyst "she said", unnamed shopper "said:", union national officer
('''Britain’s third-largest supermarket has fired the latest shot in the grocery price war, slashing the cost of more than 1,200 everyday items in a £200million push to win back shoppers from the discounters.

Pellham’s said the cuts, which take effect from Monday, would cover staples including milk, bread, pasta and nappies, and would be funded partly by savings from closing two distribution centres.

Chief executive Rachel Dunmore said the move was about ‘earning back trust’ after the chain lost market share for six consecutive quarters.

‘Families have told us loud and clear that they think we’ve got too expensive, and they’re right,’ she said. ‘This is us listening.’

She insisted the cuts were ‘permanent, not a promotion’ and said the chain had no plans to reduce staff numbers in its 480 stores.

City analysts were sceptical that the investment would be enough. ‘Two hundred million sounds big, but spread across 1,200 lines it’s pennies per basket,’ said Clive Harding, retail analyst at Shore Street Capital. ‘The discounters won’t even blink.’

Another analyst, Natasha Bell of Moorgate Research, was more positive. ‘For the first time in a long while, Pellham’s has a clear story to tell customers,’ she said.

Shares in Pellham’s parent company, Pellham Retail Group, closed down 2.1 per cent at 218p as investors worried about the hit to margins.

At a Pellham’s store in Croydon yesterday, shoppers gave the cuts a cautious welcome. One mother of two, filling her trolley with nappies and baby wipes, said: ‘I’ll believe it when I see it at the till.’

The Usdaw union, which represents shop workers, said staff deserved a share of the savings. ‘Our members have kept these stores running through thick and thin, and they should not be the ones paying for price cuts,’ said national officer Gareth Lloyd.

Pellham’s will update the market on its Christmas trading in January.''',
 [("earning back trust", "Rachel Dunmore"),
  ("Families have told us loud and", "Rachel Dunmore"),
  ("This is us listening.", "Rachel Dunmore"),
  ("permanent, not a promotion", "Rachel Dunmore"),
  ("Two hundred million sounds big, but", "Clive Harding"),
  ("The discounters won’t even blink.", "Clive Harding"),
  ("For the first time in a", "Natasha Bell"),
  ("I’ll believe it when I see", "~mother"),
  ("Our members have kept these stores", "Gareth Lloyd")]),

# 16 -- WSJ-style regional bank merger; curly quotes; "said Cumberland Chief Executive X", Ms./Mr. honorifics, interview partial quote then "she said", senator's letter "she wrote", clergyman with Rev. title, broker note partial quote
('''Two of the largest regional lenders in the Southeast agreed to combine in an all-stock deal valued at about $11.2 billion, creating the country’s 12th-largest bank by assets and setting up a test of regulators’ appetite for bank consolidation.

Under the terms of the deal, announced Monday, shareholders of Palmetto Financial Corp. will receive 0.84 share of Cumberland Bancshares Inc. for each share they own. The combined bank will keep the Cumberland name and be based in Nashville, Tenn.

“Scale matters more in banking today than at any point in my career,” said Cumberland Chief Executive Walter Greer, who will run the combined company. “Technology, compliance, cybersecurity—those bills don’t get smaller because you’re a community bank.”

Palmetto’s CEO, Linda Sato, will become president and chief operating officer. In an interview, Ms. Sato said the two banks had discussed a combination “on and off for about three years.”

“The timing was finally right for both of us,” she said.

The companies expect the deal to close in the second quarter of next year, pending approval from the Federal Reserve, the Federal Deposit Insurance Corp. and shareholders of both banks. They said they would close about 60 overlapping branches and expected to cut annual costs by $420 million.

The deal drew quick criticism on Capitol Hill. Sen. Ellen Rourke, a Democrat on the Senate Banking Committee, wrote to regulators urging them to block it. “Every merger like this leaves fewer choices for small businesses and working families,” she wrote.

Mr. Greer said he was confident the deal would be approved. “We have an outstanding community reinvestment record, and we intend to make commitments that go beyond it,” he said.

A coalition of housing advocates in South Carolina said it would seek public hearings on the merger. “Branch closures hit rural and Black communities first, and they hit them hardest,” said the Rev. James Whitlock, who leads the Lowcountry Fair Lending Coalition.

Piedmont Securities said in a note to clients that the deal’s pricing was “full but defensible,” and that the cost savings looked achievable. Palmetto shares rose 9% on Monday, while Cumberland’s fell 4%.''',
 [("Scale matters more in banking today", "Walter Greer"),
  ("Technology, compliance, cybersecurity—those bills don’t", "Walter Greer"),
  ("on and off for about three", "Linda Sato"),
  ("The timing was finally right for", "Linda Sato"),
  ("Every merger like this leaves fewer", "Ellen Rourke"),
  ("We have an outstanding community reinvestment", "Walter Greer"),
  ("Branch closures hit rural and Black", "James Whitlock"),
  ("full but defensible,", "Piedmont Securities")]),

# 17 -- Nikkei Asia-style Japanese automaker battery investment; curly quotes; president at news conference, later cue by description "the former engineer said", anonymous ministry official partial quote, EVP "she said", analyst, supplier president "told Nikkei Asia"
('''TOKYO -- Kazemoto Motor will invest ¥1.5 trillion ($10 billion) in battery production in Japan and the U.S. over the next five years, President Haruki Tanabe said on Thursday, as the automaker seeks to catch up with rivals in electric vehicles.

“We were too cautious, and we have lost time,” Tanabe told a news conference at the company’s headquarters in Nagoya. “From today, we will move at a different speed.”

The company, Japan’s fourth-largest automaker by sales, plans to build a new battery plant in Kyushu and expand an existing facility in Tennessee. It aims to sell 1.2 million EVs a year globally by 2030, up from about 90,000 last fiscal year.

Tanabe, 58, who took over as president in April, acknowledged that the target was ambitious. “Some people inside the company told me this number was impossible,” the former engineer said. “I told them that is exactly why we need it.”

The plan relies in part on government subsidies. An official at the Ministry of Economy, Trade and Industry, speaking on condition of anonymity, said the ministry was “positively considering” support for the Kyushu plant under a program for strategic industries.

Executive Vice President Yuko Morita, who oversees finance, said the company would fund the investment from operating cash flow and would not need to issue new shares. “Our balance sheet can carry this,” she said.

Analysts questioned whether Kazemoto could secure enough demand. “The issue isn’t production capacity. It’s whether customers want Kazemoto EVs,” said Kenji Arai, senior analyst at Hoshino Securities in Tokyo. “So far the answer has been lukewarm.”

At a supplier in Aichi Prefecture that makes wiring harnesses for Kazemoto, the reaction was mixed. “We welcome the investment, but EVs need fewer of our parts,” the company’s president, Shigeru Ono, told Nikkei Asia. “We must find a new business within five years, or we will not survive.”

Kazemoto shares closed up 3.1% in Tokyo, outperforming the benchmark Nikkei Stock Average, which rose 0.4%.''',
 [("We were too cautious, and we", "Haruki Tanabe"),
  ("From today, we will move at", "Haruki Tanabe"),
  ("Some people inside the company told", "Haruki Tanabe"),
  ("I told them that is exactly", "Haruki Tanabe"),
  ("positively considering", "~official"),
  ("Our balance sheet can carry this,", "Yuko Morita"),
  ("The issue isn’t production capacity.", "Kenji Arai"),
  ("So far the answer has been", "Kenji Arai"),
  ("We welcome the investment, but EVs", "Shigeru Ono"),
  ("We must find a new business", "Shigeru Ono")]),

# 18 -- Globe and Mail-style Canadian rail lockout; curly quotes; company partial quotes "what it called", CEO video statement, union president "said X, the union's president", quote continuing in next paragraph with no cue, minister "told reporters", farmer
('''Canada’s second-largest freight railway locked out about 9,300 workers early Thursday after talks with the Teamsters union broke down, halting the movement of grain, potash and containers across much of the country and raising pressure on Ottawa to intervene.

Prairie Northern Railway said it had “no choice” but to lock out employees after the union rejected what it called a “fair and final” offer that included wage increases of 12 per cent over three years.

“We cannot operate a railway under the constant threat of a strike,” chief executive Douglas Fairbairn said in a video statement posted to the company’s website. “This uncertainty has gone on long enough for our customers.”

The Teamsters Canada Rail Conference accused the company of trying to provoke government intervention and said the dispute centred on scheduling and fatigue rules, not pay.

“This lockout is a tactic, plain and simple,” said Paul Boisvert, the union’s president. “Prairie Northern wants Ottawa to do its bargaining for it.

“Our members are falling asleep at the controls of trains carrying dangerous goods. No amount of money fixes that.”

Federal Labour Minister Hélène Gagnon urged both sides to return to the table, but stopped short of saying whether the government would legislate an end to the dispute. “All options are being considered,” she told reporters on Parliament Hill. “The best deal is one the parties reach themselves.”

Business groups called for swift action. The Canadian Chamber of Commerce estimated the stoppage could cost the economy about $340-million a day, and warned that ports in Vancouver and Montreal would begin to back up within days.

In Saskatchewan, where harvest is under way, grain farmers worried about missing delivery contracts. “Every day those cars don’t move, I’m paying storage and losing buyers,” said Marnie Kowalchuk, who farms near Rosetown.

Prairie Northern’s shares fell 2.3 per cent on the Toronto Stock Exchange. The company said it would continue to operate a limited number of trains using management staff.''',
 [("no choice", "Prairie Northern Railway"),
  ("fair and final", "Prairie Northern Railway"),
  ("We cannot operate a railway under", "Douglas Fairbairn"),
  ("This uncertainty has gone on long", "Douglas Fairbairn"),
  ("This lockout is a tactic, plain", "Paul Boisvert"),
  ("Prairie Northern wants Ottawa to do", "Paul Boisvert"),
  ("Our members are falling asleep at", "Paul Boisvert"),
  ("All options are being considered,", "Hélène Gagnon"),
  ("The best deal is one the", "Hélène Gagnon"),
  ("Every day those cars don’t move,", "Marnie Kowalchuk")]),

# 19 -- Proxy fight at US consumer brands company; curly quotes; activist letter "wrote", company statement, CEO on Bloomberg Television partial then split quote, activist post on X "he posted", fund manager
('''Activist investor Corbin Hale is pushing for the ouster of three directors at Lakemont Brands, the maker of Sparrow yogurt and Tidewater juices, escalating a months-long campaign to force a sale of the company.

In a letter to shareholders released Wednesday, Hale accused the board of “sleepwalking through a decade of value destruction.” His fund, Ridgecrest Capital Management, owns about 6.8% of Lakemont.

“Lakemont’s brands are loved by consumers and ignored by their own management,” Hale wrote. “The board has had every chance to fix this. It has chosen comfort over accountability.”

Ridgecrest has nominated three candidates, including former beverage executive Diane Cho, for election at Lakemont’s annual meeting in May.

Lakemont fired back within hours. “Ridgecrest’s short-term agenda would put at risk the turnaround that is already delivering results,” the company said in a statement, pointing to three consecutive quarters of sales growth.

Lakemont Chief Executive Sharon Pike said in an interview on Bloomberg Television that she was open to talking to Ridgecrest but would not be “bullied into a fire sale.”

“We’ve met with Corbin four times this year. We have listened,” Pike said. “What we haven’t heard is a plan beyond selling the company to the highest bidder.”

Hale responded on X shortly after the interview aired. “Four meetings, zero answers,” he posted. “Shareholders deserve better.”

The fight could come down to how large index funds vote. Proxy adviser Institutional Shareholder Services is expected to issue its recommendation in late April, and Glass Lewis typically follows within days.

Some shareholders are already leaning toward change. “We’re not in the business of backing activists by default, but the results speak for themselves,” said Laura Gutierrez, a portfolio manager at Westmark Investors, which holds about 1% of the stock.

Lakemont shares have fallen 18% over the past two years, while an index of U.S. packaged-food companies is roughly flat over the same period. The stock rose 1.2% on Wednesday.''',
 [("sleepwalking through a decade of value", "Corbin Hale"),
  ("Lakemont’s brands are loved by consumers", "Corbin Hale"),
  ("The board has had every chance", "Corbin Hale"),
  ("Ridgecrest’s short-term agenda would put at", "Lakemont Brands"),
  ("bullied into a fire sale.", "Sharon Pike"),
  ("We’ve met with Corbin four times", "Sharon Pike"),
  ("What we haven’t heard is a", "Sharon Pike"),
  ("Four meetings, zero answers,", "Corbin Hale"),
  ("Shareholders deserve better.", "Corbin Hale"),
  ("We’re not in the business of", "Laura Gutierrez")]),

# 20 -- Scottish newspaper business page, distillery takeover; curly single quotes as main marks; chairman partial quote then "he said", buyer statement, CEO "said:" colon, anonymous stillman partial and split quote, trade body, local MSP
('''One of Speyside’s last independent distilleries has been sold to a French drinks group, ending more than 130 years of family ownership.

Glenbrae Distillers, which produces the award-winning Glenbrae 18-year-old single malt, confirmed yesterday that it had agreed to be bought by Maison Delacroix, the Paris-based owner of cognac and champagne brands.

Chairman Alasdair Grant, the fifth generation of his family to run the business, said the decision had been ‘the hardest of my life’.

‘We have been approached many times over the years and always said no,’ he said. ‘This time we were convinced that Delacroix would protect what makes Glenbrae special, and invest in it.’

He said all 112 staff at the distillery near Aberlour would keep their jobs and that there were no plans to move bottling out of Scotland.

In a statement, Maison Delacroix said it had ‘enormous respect for the heritage of Glenbrae’ and intended to double the capacity of the distillery’s visitor centre by 2027.

Its chief executive, Sophie Laurent, said: ‘Scotch is the most exciting category in spirits today. Glenbrae will be the jewel of our whisky portfolio.’

Not everyone in the glen was celebrating. One long-serving stillman, who asked not to be named, said the mood among workers was ‘nervous’. ‘They all say nothing will change,’ he said. ‘Then it always does.’

The Scotch Whisky Association, the industry’s trade body, said foreign investment was ‘a sign of confidence in the sector’ at a time when exports had been hit by tariffs.

Local MSP Fiona Mackintosh welcomed the commitments on jobs but said she would hold the new owners to them. ‘I’ll be writing to Maison Delacroix this week to seek those assurances in writing,’ she said.

Financial terms were not disclosed, but industry sources put the value of the deal at about £185m.''',
 [("the hardest of my life", "Alasdair Grant"),
  ("We have been approached many times", "Alasdair Grant"),
  ("This time we were convinced that", "Alasdair Grant"),
  ("enormous respect for the heritage of", "Maison Delacroix"),
  ("Scotch is the most exciting category", "Sophie Laurent"),
  ("nervous", "~stillman"),
  ("They all say nothing will change,", "~stillman"),
  ("Then it always does.", "~stillman"),
  ("a sign of confidence in the", "Scotch Whisky Association"),
  ("I’ll be writing to Maison Delacroix", "Fiona Mackintosh")]),

# 21 -- Bloomberg-style Nigeria central bank rate hike; curly quotes; governor "told reporters" then quotes, partial quote, economist "said X, chief economist at", factory owner, manufacturers' association statement, unnamed market trader
('''Nigeria’s central bank raised its benchmark interest rate by 150 basis points to 28.25%, the highest on record, as policymakers tried to tame inflation running at nearly 34% and support the naira.

The Monetary Policy Committee voted unanimously for the increase, Governor Adebayo Okonjo told reporters in Abuja on Tuesday. Most economists surveyed by Bloomberg had expected a smaller hike of 100 basis points.

“Inflation remains the single biggest threat to the welfare of Nigerians,” Okonjo said. “The committee is determined to do whatever it takes to bring it down.”

Okonjo said the bank had also narrowed the corridor around the policy rate and raised the cash reserve requirement for commercial lenders, measures intended to “mop up excess liquidity.”

The naira strengthened 1.2% to 1,512 per dollar on the official market after the announcement, while yields on short-dated treasury bills rose.

“This is a credible signal, and the market is reading it that way,” said Chioma Eze, chief economist at Lagos-based Ardent Capital. “The question is how long they can hold rates at this level before the real economy starts to buckle.”

Business owners said borrowing costs were already crippling. “At these rates, nobody can borrow to expand,” said Tunde Bakare, who runs a plastics factory in Ota, Ogun State. “We are borrowing just to pay salaries.”

The Manufacturers Association of Nigeria, which represents more than 3,000 companies, said in a statement that the decision would “further erode the competitiveness of local industry” and urged the government to address fuel and power costs instead.

At Balogun Market in Lagos, traders said higher prices had driven away customers. “People come, they ask the price, they walk away,” said one fabric seller, who did not want to give her name.

The central bank has now raised rates by a cumulative 1,550 basis points since May last year. The committee’s next meeting is scheduled for late November.''',
 [("Inflation remains the single biggest threat", "Adebayo Okonjo"),
  ("The committee is determined to do", "Adebayo Okonjo"),
  ("mop up excess liquidity.", "Adebayo Okonjo"),
  ("This is a credible signal, and", "Chioma Eze"),
  ("The question is how long they", "Chioma Eze"),
  ("At these rates, nobody can borrow", "Tunde Bakare"),
  ("We are borrowing just to pay", "Tunde Bakare"),
  ("further erode the competitiveness of local", "Manufacturers Association of Nigeria"),
  ("People come, they ask the price,", "~seller")]),

# 22 -- CNBC-style chip earnings; curly quotes; CEO on analyst call with quote running over two paragraphs (reopened mark), CFO "she said", partial quote, pronoun cue, analyst "told CNBC"
('''Shares of Vireo Semiconductor jumped 11% in extended trading Wednesday after the chipmaker reported quarterly revenue that beat analysts’ estimates and issued an upbeat forecast, citing strong demand for its data-center networking chips.

Here’s how the company did versus LSEG consensus estimates:

Earnings per share: 94 cents adjusted vs. 81 cents expected
Revenue: $3.42 billion vs. $3.25 billion expected

“Demand for AI infrastructure continues to outpace our ability to supply it,” CEO Ravi Menon said on a call with analysts. “We are sold out of our highest-end networking parts through the middle of next year.

“We are adding capacity as fast as our foundry partners allow, and we expect supply to improve meaningfully in the second half.”

Menon said the company’s data-center segment grew 68% from a year earlier, while revenue from consumer electronics fell 9%.

Vireo expects revenue of $3.7 billion to $3.8 billion in the current quarter, ahead of the $3.48 billion analysts had been expecting.

Finance chief Grace Holloway said gross margin would dip slightly next quarter because of the costs of ramping new products. “This is a deliberate choice,” she said. “We are prioritizing getting parts to customers over squeezing out every basis point of margin.”

On the call, Northfield Securities analyst Ben Adler asked whether customers were double-ordering to lock in supply. Menon said the company had seen “no evidence” of that.

“We have very deep visibility into how our parts are deployed,” he said. “These are not chips sitting in a warehouse.”

Adler said after the call that he was raising his price target on the stock to $210 from $175. “They addressed the biggest bear argument head-on, and the guidance leaves room to beat again,” he told CNBC.

Vireo’s stock had risen 42% this year through Wednesday’s close, giving the company a market value of about $96 billion.''',
 [("Demand for AI infrastructure continues to", "Ravi Menon"),
  ("We are sold out of our", "Ravi Menon"),
  ("We are adding capacity as fast", "Ravi Menon"),
  ("This is a deliberate choice,", "Grace Holloway"),
  ("We are prioritizing getting parts to", "Grace Holloway"),
  ("no evidence", "Ravi Menon"),
  ("We have very deep visibility into", "Ravi Menon"),
  ("These are not chips sitting in", "Ravi Menon"),
  ("They addressed the biggest bear argument", "Ben Adler")]),

# 23 -- Reuters-style EU antitrust fine on payments firm; curly quotes; commissioner "told a news conference", treaty wording with no speaker, company statement over two quotes, CEO memo "he wrote", startup co-founder, consumer group statement
('''BRUSSELS, March 19 (Reuters) - The European Commission fined Dutch payments company Kassa Pay 1.1 billion euros ($1.2 billion) on Tuesday for abusing its dominant position in online card acceptance, the largest antitrust penalty imposed by the EU executive this year.

The Commission said Kassa had for more than six years required merchants using its checkout service to route a minimum share of their transactions through its own processing network, shutting out smaller rivals.

“Kassa Pay built a wall around its market and charged everyone a toll to get through,” EU competition commissioner Ilse Vandermeulen told a news conference. “Merchants paid more, and in the end consumers paid more.”

The case was brought under Article 102 of the EU treaty, which prohibits “any abuse by one or more undertakings of a dominant position.”

Kassa Pay said it would appeal to the EU’s General Court. “We strongly disagree with the Commission’s findings, which ignore how competitive the payments market has become,” the company said in a statement. “Merchants chose Kassa because our service is better, not because they were forced to.”

Chief Executive Joost van Dijk said in a memo to staff, seen by Reuters, that the fine would not affect the company’s investment plans. “This does not change who we are or what we’re building,” he wrote.

The fine is equivalent to about 14% of Kassa’s 2023 revenue. Its shares fell 3.5% in Amsterdam.

Smaller payments firms welcomed the ruling. “For years we lost deals we should have won,” said Marta Kowalska, co-founder of Warsaw-based checkout startup Pogo. “Today we finally get a fair shot.”

The European Consumer Organisation, BEUC, said the Commission should go further and order Kassa to compensate merchants. “Merchants were overcharged, and consumers ultimately paid the bill,” the group said in a statement.

Kassa has two months and ten days to lodge its appeal. The company must pay the fine or provide a bank guarantee in the meantime.''',
 [("Kassa Pay built a wall around", "Ilse Vandermeulen"),
  ("Merchants paid more, and in the", "Ilse Vandermeulen"),
  ("any abuse by one or more", None),
  ("We strongly disagree with the Commission’s", "Kassa Pay"),
  ("Merchants chose Kassa because our service", "Kassa Pay"),
  ("This does not change who we", "Joost van Dijk"),
  ("For years we lost deals we", "Marta Kowalska"),
  ("Today we finally get a fair", "Marta Kowalska"),
  ("Merchants were overcharged, and consumers ultimately", "European Consumer Organisation")]),

# 24 -- SCMP-style Hong Kong court and developer debt; curly quotes; judge with "Mr Justice" title, exchange filing partial quote, creditor "said outside the court", credit analyst, homebuyer's Weibo post, unnamed company spokesman by text message
('''A Hong Kong court on Monday gave embattled mainland developer Huaxin Land Holdings six more weeks to finalise a restructuring deal with offshore creditors, granting what Mr Justice Raymond Tse called “a final, final extension.”

Huaxin, which defaulted on US$6.8 billion of dollar bonds last year, faces a winding-up petition filed by Silverbay Capital, a creditor owed about US$120 million.

“The court’s patience is not infinite,” the judge said at the High Court hearing. “If there is no concrete progress by the next hearing, the company should not expect a further adjournment.”

Lawyers for Huaxin told the court that holders of about 71 per cent of its offshore debt had signed a restructuring support agreement, close to the 75 per cent threshold needed for a scheme of arrangement.

In a filing to the Hong Kong stock exchange after the hearing, Huaxin said it was “grateful for the support of its creditors” and confident of meeting the court’s deadline.

Silverbay’s managing partner, Vivian Lau, said outside the court that the fund remained unconvinced. “We have heard promises from this company for fourteen months,” Lau said. “Creditors deserve a real plan, not another timetable.”

Analysts said the outcome would be closely watched across the sector, where dozens of developers have defaulted since 2021. “A liquidation of Huaxin would be a template for how courts treat the rest of the sector,” said Jasper Ho, a credit analyst at Harbourline Research. “Everyone from bondholders to Beijing is paying attention.”

On the mainland, buyers of unfinished Huaxin flats have grown increasingly desperate. In a post widely shared on Weibo, a homebuyer in Zhengzhou wrote that she had been paying a mortgage for three years on an apartment that “is still just a concrete shell.”

A Huaxin spokesman said in a text message that construction had resumed at the Zhengzhou project in January. “All pre-sold units will be delivered,” he said, without giving a timeline.

Shares of Huaxin, which resumed trading in Hong Kong in March after a 17-month suspension, fell 4.2 per cent to 31 HK cents.''',
 [("a final, final extension.", "Raymond Tse"),
  ("The court’s patience is not infinite,", "Raymond Tse"),
  ("If there is no concrete progress", "Raymond Tse"),
  ("grateful for the support of its", "Huaxin Land Holdings"),
  ("We have heard promises from this", "Vivian Lau"),
  ("Creditors deserve a real plan, not", "Vivian Lau"),
  ("A liquidation of Huaxin would be", "Jasper Ho"),
  ("Everyone from bondholders to Beijing is", "Jasper Ho"),
  ("is still just a concrete shell.", "~homebuyer"),
  ("All pre-sold units will be delivered,", "Huaxin Land Holdings")]),

# 25 -- CNBC/AP-style product recall of air fryers; curly quotes; marketing slogan with no speaker, regulator notice partial quote, company statement "the company said", president's Instagram video, customer with occupation, plaintiffs' lawyer
('''Hearthline Appliances is recalling about 1.4 million air fryers sold in the U.S. and Canada after receiving more than 200 reports of the devices overheating, including 19 that caused fires, the company and the U.S. Consumer Product Safety Commission said Thursday.

The recall covers four models of Hearthline’s Crisp&Go line, sold at major retailers and online between 2021 and 2024 for $79 to $149. The company marketed the fryers under the slogan “Crispy in Minutes, Safe for Life.”

Consumers should “immediately stop using the recalled air fryers and unplug them,” the CPSC said in its recall notice. Eleven people reported minor burns, according to the agency.

In a statement, Hearthline said the problem stemmed from a faulty wiring connection supplied by a third-party manufacturer. “Customer safety is our highest priority, and we deeply regret any harm this issue may have caused,” the company said.

Hearthline President Jennifer Walsh said in a video posted to the company’s Instagram account that customers would receive a full refund or a replacement unit. “We’ll make this right for every single customer,” Walsh said. “No receipt needed.”

Some customers said the company was slow to act. Dana Pruitt, a teacher in Columbus, Ohio, said her air fryer began smoking on her kitchen counter last March. “It sounded like popcorn, and then there were flames,” she said. “I called Hearthline that night and they told me it was probably grease.”

A lawsuit filed in federal court in Chicago in January alleges that Hearthline knew of the defect as early as 2022 and continued to sell the affected models. “They chose profits over the safety of families,” said Marcus Bell, a lawyer for the plaintiffs.

Asked about the lawsuit, a Hearthline spokeswoman said the company does not comment on pending litigation.

Shares of Hearthline’s parent, Orchard Home Brands, fell 4% in afternoon trading. The company said it expected the recall to cost between $60 million and $75 million, which it will record in the current quarter.''',
 [("immediately stop using the recalled air", "U.S. Consumer Product Safety Commission"),
  ("Customer safety is our highest priority,", "Hearthline Appliances"),
  ("We’ll make this right for every", "Jennifer Walsh"),
  ("No receipt needed.", "Jennifer Walsh"),
  ("It sounded like popcorn, and then", "Dana Pruitt"),
  ("I called Hearthline that night and", "Dana Pruitt"),
  ("They chose profits over the safety", "Marcus Bell")]),
]
# fmt: on

# fmt: off
STORIES_CX = [
# 1 -- Yemen aid convoy; Reuters wire, straight quotes; said X + role, split quote, ICRC statement, Houthi spokesman partial quote, state agency quoting minister, pronoun follow-up
('''ADEN, Yemen (Reuters) - A convoy carrying flour and medical supplies reached the besieged district of Wadi Harib on Tuesday after a week of negotiations between government forces and Houthi fighters, aid officials said.

"This is the first food that has entered the district since early March," said Samira al-Qadhi, the World Food Programme's deputy country director for Yemen. "It will last perhaps ten days for the families who are still there."

The 14 trucks crossed a frontline checkpoint near the town of al-Misrakh shortly after dawn, according to the International Committee of the Red Cross (ICRC), which helped broker the passage.

"Safe passage was respected by all parties today, and we expect that commitment to continue," the ICRC said in a statement.

Local officials said more than 30,000 people remain in the district, many of them displaced from villages further south.

"My children have been eating bread made from animal feed," said Abdulrahman Saleh, a 41-year-old farmer who waited at the distribution point with his brother. "We heard the trucks before we saw them. Some people were crying."

A spokesman for the Houthi-run health ministry in Sanaa, Anees al-Asbahi, described the convoy as "a drop in the sea" and accused the Saudi-led coalition of restricting fuel imports through the port of Hodeidah.

"Without fuel, the hospitals cannot run their generators, and without generators the incubators stop," al-Asbahi told Reuters by phone.

The state news agency Saba, which operates from Aden, quoted Information Minister Khaled al-Mutawakkil as saying the convoy showed the government's "commitment to relieving the suffering of Yemenis in every governorate."

Aid workers cautioned that a single convoy would not reverse months of shortages.

"We need this to happen every week, not once," Dr. Hana Basalama, who runs a clinic in the district for Medecins Sans Frontieres, said in a telephone interview. She said the clinic had treated 212 children for severe acute malnutrition since January.

"Some of them arrived too late," she said.''',
 [("This is the first food that has", "Samira al-Qadhi"),
  ("It will last perhaps ten days for", "Samira al-Qadhi"),
  ("Safe passage was respected by all parties", "International Committee of the Red Cross"),
  ("My children have been eating bread made", "Abdulrahman Saleh"),
  ("We heard the trucks before we saw", "Abdulrahman Saleh"),
  ("a drop in the sea", "Anees al-Asbahi"),
  ("Without fuel, the hospitals cannot run", "Anees al-Asbahi"),
  ("commitment to relieving the suffering of Yemenis", "Khaled al-Mutawakkil"),
  ("We need this to happen every week", "Hana Basalama"),
  ("Some of them arrived too late,", "Hana Basalama")]),

# 2 -- Gaza hospital fuel crisis; Al Jazeera English feature, curly quotes; told Al Jazeera, unnamed nurse, banner and chant, quote over two paragraphs, military statement partial quote, UN spokesperson
('''Deir el-Balah, Gaza – Inside the corridors of al-Aqsa Martyrs Hospital, patients lie on blankets spread across the tiled floor, and the generators that power the intensive care unit have been switched off twice in the past 24 hours to save diesel.

“We are choosing every hour which machine stays on,” Dr Yousef Abu Shamala, the head of the hospital’s emergency department, told Al Jazeera. “Yesterday it was the oxygen concentrators or the lights in the operating theatre. We chose the oxygen.”

The Ministry of Health in Gaza said on Monday that only four hospitals in central and southern Gaza remained partially functional, and that fuel reserves at al-Aqsa would run out by the end of the week.

One nurse, who asked that her name not be used because she was not authorised to speak to the media, said staff had not been paid in three months. “We come because the patients are here. Where else would we go?” she said.

Outside, dozens of relatives gathered at the gate, where a hand-painted banner read “Hospitals are not a target”. Some chanted “Open the crossings” as an ambulance pulled in.

Umm Khaled Hamdan, 52, has been sleeping on the floor beside her son, who lost a leg in an air strike on Nuseirat last week.

“He asks me every morning whether his leg will grow back,” she said. “He is nine years old. What am I supposed to tell him?

“The doctors are doing everything, but they have nothing. They wash the bandages and use them again.”

The Israeli military said in a statement that it “does not target hospitals” and accused Hamas of using medical facilities for military purposes, a claim the group denies. COGAT, the Israeli defence body that oversees civilian affairs in the occupied Palestinian territories, said 180 trucks of aid had entered Gaza on Sunday.

Jamila Odeh, a spokesperson for the UN Office for the Coordination of Humanitarian Affairs (OCHA), said the figure was misleading. “Counting trucks at the crossing tells you very little when the roads inside Gaza are impassable and the warehouses are empty,” she said.

By evening, the hospital had received 3,000 litres of fuel from the World Health Organization, enough for roughly two days.''',
 [("We are choosing every hour which machine", "Yousef Abu Shamala"),
  ("Yesterday it was the oxygen concentrators", "Yousef Abu Shamala"),
  ("We come because the patients are here.", "~nurse"),
  ("Hospitals are not a target", None),
  ("Open the crossings", None),
  ("He asks me every morning whether his", "Umm Khaled Hamdan"),
  ("He is nine years old.", "Umm Khaled Hamdan"),
  ("The doctors are doing everything, but they", "Umm Khaled Hamdan"),
  ("does not target hospitals", "Israeli military"),
  ("Counting trucks at the crossing tells you", "Jamila Odeh")]),

# 3 -- Karachi water shortage; Dawn city report, straight quotes; title before name, partial quotes, "the minister said", scare quote, utility spokesperson, unnamed shopkeeper
('''KARACHI: Sindh Local Government Minister Syed Faraz Hussain Shah on Wednesday said the provincial government would register and track every water tanker operating in the city within 30 days, warning that the "tanker mafia will not be allowed to hold Karachi hostage".

Speaking on the floor of the Sindh Assembly, the minister said residents of Korangi, Landhi and Orangi Town had been without piped water for up to three weeks.

"I have seen women in Orangi walking two kilometres with buckets on their heads. This is not acceptable in the country's largest city," he said, adding that the registration drive would be "backed by GPS tracking, not just paperwork".

MQM-P parliamentary leader Rabia Siddiqui rejected the plan as "cosmetic", noting that the government had made similar announcements in 2019 and 2022.

"Every summer the minister stands here and promises a crackdown, and every summer the illegal hydrants are back in business by Eid," she said.

Separately, a spokesperson for the Karachi Water and Sewerage Corporation (KWSC) said the shortfall had been caused by a mechanical breakdown at the Dhabeji pumping station. "Repairs on two of the three pumps have been completed and supply should normalise by Sunday," the spokesperson said.

The utility has long been criticised for so-called "ghost connections", illegal lines tapped into bulk mains that siphon off an estimated 30 per cent of the city's supply, according to a 2021 audit.

In Orangi Town's Sector 11-1/2, residents said they had been paying up to Rs8,000 for a single tanker.

"We cannot afford it, so we buy water by the can from the boys with donkey carts," said Shabana Bibi, a mother of five. "Even that water is dirty. My youngest has had diarrhoea for a week."

An elderly shopkeeper on the same street pointed to a rusted standpipe. "The pipeline was laid in front of my shop in 2017. Not one drop has come out of it," he said.''',
 [("tanker mafia will not be allowed to", "Syed Faraz Hussain Shah"),
  ("I have seen women in Orangi walking", "Syed Faraz Hussain Shah"),
  ("backed by GPS tracking, not just paperwork", "Syed Faraz Hussain Shah"),
  ("cosmetic", "Rabia Siddiqui"),
  ("Every summer the minister stands here and", "Rabia Siddiqui"),
  ("Repairs on two of the three pumps", "Karachi Water and Sewerage Corporation"),
  ("We cannot afford it, so we buy", "Shabana Bibi"),
  ("Even that water is dirty.", "Shabana Bibi"),
  ("The pipeline was laid in front of", "~shopkeeper")]),

# 4 -- Northern Israel bomb shelters; Times of Israel, straight quotes; told Army Radio, ministry statement, anonymous official, post on X, sign, pronoun and surname follow-ups
('''Residents of the northern town of Kiryat Avraham say nearly half of its public bomb shelters are unfit for use, as a dispute between the municipality and the Defense Ministry over who should pay for repairs drags into a fourth month.

"We opened the shelter on our street last week and there was sewage on the floor and no working lights," said Orly Ben-Haim, a mother of three who lives in the town's eastern neighborhood. "If the sirens go off at night, where exactly am I supposed to take my kids?"

Mayor Eliyahu Dahan told Army Radio on Sunday that the municipality had "done everything within its budget" and blamed the ministry for failing to transfer funds promised to northern communities after the fighting with Hezbollah.

"We submitted the engineering surveys in January. We are still waiting for an answer," Dahan said.

The Defense Ministry said in a statement that it had allocated NIS 12 million to northern local authorities for shelter renovation, and that "the transfer of funds is conditional on meeting standard procurement requirements."

A senior official in the ministry, speaking on condition of anonymity, told The Times of Israel that the municipality had submitted incomplete paperwork three times.

"This is not about money. The money is there. It is about a town hall that does not answer its emails," the official said.

Yesh Atid MK Tamar Levinson, who visited the town on Friday, wrote on X that the situation was "a disgrace that the government would never tolerate in Tel Aviv or Ra'anana."

Channel 12 news aired footage on Saturday of a shelter in the town's Neve Sharon neighborhood being used to store old furniture, with a sign on its door reading "Private property - no entry."

The Home Front Command said residents without access to a protected space within the required time should follow its updated guidelines, available on its website and app.

Back on her street, Ben-Haim said she has stopped waiting for the authorities.

"My neighbors and I bought paint and a water pump with our own money," she said. "We shouldn't have to, but here we are."''',
 [("We opened the shelter on our street", "Orly Ben-Haim"),
  ("If the sirens go off at night", "Orly Ben-Haim"),
  ("done everything within its budget", "Eliyahu Dahan"),
  ("We submitted the engineering surveys in January.", "Eliyahu Dahan"),
  ("the transfer of funds is conditional on", "Defense Ministry"),
  ("This is not about money.", "~official"),
  ("a disgrace that the government would never", "Tamar Levinson"),
  ("Private property - no entry.", None),
  ("My neighbors and I bought paint", "Orly Ben-Haim"),
  ("We shouldn't have to, but here", "Orly Ben-Haim")]),

# 5 -- Tamil Nadu fishermen seized by Sri Lankan Navy; The Hindu, curly quotes; told The Hindu, Mr. honorific, split quote with said X + role, mother's quote, placard, MEA spokesperson unnamed, named navy spokesperson statement, unnamed Jaffna fisherman
('''RAMESWARAM

Fourteen fishermen from Rameswaram were arrested and two mechanised boats seized by the Sri Lankan Navy near Katchatheevu early on Sunday for allegedly fishing in Sri Lankan waters, officials of the Fisheries Department said.

The fishermen were taken to the Kankesanthurai naval base and later handed over to the Jaffna fisheries authorities, sources said.

Fisheries Minister K. Selvaperumal said the State government had written to the Union government seeking the immediate release of the fishermen and their boats. “This is the fourth such arrest this year. Our fishermen are being treated like criminals for doing what their families have done for generations,” he told The Hindu.

In the letter, Mr. Selvaperumal urged the Centre to take up the issue “at the highest diplomatic level” and to revive the India-Sri Lanka Joint Working Group on fisheries, which last met in 2022.

“The boats are worth ₹40 lakh each,” said A. Anthonysamy, president of the Rameswaram Mechanised Boat Owners’ Association. “Even if the men are released, the boats will rot in Sri Lankan harbours.” He said the association would observe a token strike on Tuesday, and about 600 boats would remain anchored.

At Thangachimadam, relatives gathered at the house of one of the arrested men, 23-year-old M. Vincent. His mother, V. Arockiamary, said she learnt of the arrest from a neighbour’s phone.

“He went out on Saturday evening saying he would be back by noon. Now they tell me he is in jail in another country,” she said. Her daughter, seated beside her, held a placard reading “Release our fishermen”.

In New Delhi, the Ministry of External Affairs said the Indian High Commission in Colombo was in touch with the Sri Lankan authorities. “Our consular officials have been granted access to the fishermen, and they are in good health,” the MEA spokesperson said at the weekly briefing.

A Sri Lankan Navy spokesperson, Commander Dilan Wickramasinghe, said the boats had been found “well inside” Sri Lankan waters. “Bottom trawling destroys the seabed and the livelihoods of our northern fishermen. The Navy will continue to act against illegal fishing,” he said in a statement.

Fishermen in Jaffna have long complained about Indian trawlers. One fisherman from Point Pedro told The Hindu over the phone that “nets worth lakhs are torn every season” by the trawlers.''',
 [("This is the fourth such arrest this", "K. Selvaperumal"),
  ("at the highest diplomatic level", "K. Selvaperumal"),
  ("The boats are worth ₹40 lakh each", "A. Anthonysamy"),
  ("Even if the men are released, the", "A. Anthonysamy"),
  ("He went out on Saturday evening saying", "V. Arockiamary"),
  ("Release our fishermen", None),
  ("Our consular officials have been granted access", "Ministry of External Affairs"),
  ("well inside", "Dilan Wickramasinghe"),
  ("Bottom trawling destroys the seabed and the", "Dilan Wickramasinghe"),
  ("nets worth lakhs are torn every season", "~fisherman")]),

# 6 -- Gazipur garment workers' highway blockade; The Daily Star (Bangladesh), straight quotes; chant and placard, said X + age/role, "she asked", industrial police officer, BGMEA press release partial quotes, labour leader, unnamed manager
('''Thousands of garment workers blocked the Dhaka-Mymensingh highway at Gazipur's Konabari for about four hours yesterday, demanding two months' unpaid wages and the reopening of a factory that shut without notice last week.

Workers of Nurjahan Apparels Ltd, which employs about 3,200 people, chanted "Pay our wages, open the gates" and carried placards reading "We are workers, not beggars". Traffic tailbacks stretched for nearly 12 kilometres on both sides of the highway, commuters said.

"We have not been paid for July and August. The owner has switched off his phone and the gates are locked," said Rahima Khatun, a 29-year-old sewing operator who has worked at the factory for six years. "My landlord has told me to leave by the end of the month."

Shirin Akter, 34, a quality inspector at the same factory, said she had pawned her earrings to pay her children's school fees. "I have never missed a day of work. Is this what we get in return?" she asked.

Mohammad Rezaul Karim, additional superintendent of Industrial Police-2 in Gazipur, said the blockade was lifted around 2:00pm after factory officials promised to pay one month's salary by Sunday.

"We requested the workers to clear the road and they did so peacefully after the talks. No one was injured," he told The Daily Star.

In a press release issued last night, the Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said it had asked the factory's owners to clear all dues "by September 15 at the latest" and would take "necessary steps" if they failed to do so.

Labour leaders said the case was part of a pattern. "Owners take bank loans against export orders, then disappear, and the workers are left on the street," said Mosharraf Hossain, general secretary of Garment Sramik Odhikar Forum.

Efforts to reach the factory's managing director, Anisur Rahman, were unsuccessful. A manager at the factory, who did not wish to be named, said the company was facing a "cash flow crisis" after two European buyers cancelled orders worth around $4 million.''',
 [("Pay our wages, open the gates", None),
  ("We are workers, not beggars", None),
  ("We have not been paid for July", "Rahima Khatun"),
  ("My landlord has told me to leave", "Rahima Khatun"),
  ("I have never missed a day of", "Shirin Akter"),
  ("We requested the workers to clear the", "Mohammad Rezaul Karim"),
  ("by September 15 at the latest", "Bangladesh Garment Manufacturers and Exporters Association"),
  ("necessary steps", "Bangladesh Garment Manufacturers and Exporters Association"),
  ("Owners take bank loans against export orders", "Mosharraf Hossain"),
  ("cash flow crisis", "~manager")]),

# 7 -- UAE midday work break; The National, curly quotes; ministry statement via Wam, slogan, assistant undersecretary, workers incl. single-named man, doctor with partial quote, safety manager
('''The UAE’s midday break for outdoor workers will begin on June 15 and run until September 15, the Ministry of Human Resources and Emiratisation announced on Tuesday.

Under the rules, now in their 21st year, work under direct sunlight and in open spaces is banned between 12.30pm and 3pm. Companies that break the rules face a fine of Dh5,000 per worker, up to a maximum of Dh50,000 if several workers are involved.

“The midday break reflects the UAE’s commitment to providing a safe and healthy working environment in line with the best international practices,” the ministry said in a statement carried by the state news agency Wam.

Employers must provide shaded rest areas, cold drinking water, electrolytes and first aid supplies. The ministry’s awareness campaign this year runs under the slogan “Your Safety First”.

Mohsen Al Nuaimi, assistant undersecretary for inspection at the ministry, said compliance last year exceeded 99 per cent. “Our inspectors carried out more than 70,000 visits last summer, and the overwhelming majority of companies followed the rules,” he said.

At a construction site on Al Raha Beach, workers welcomed the announcement. “At one o’clock the ground is so hot you can feel it through your boots,” said Rajesh Kumar, a 38-year-old steel fixer from Bihar. “The break gives us time to drink water, eat and sleep a little in the shade.”

A colleague from Pakistan’s Swat Valley, who gave his name only as Gul, said he remembered stories from the years before the rule was introduced. “My uncle worked here in 2003. He told me men used to faint on the scaffolding and keep working after they woke up,” he said.

Doctors say the risks remain high outside the break hours. “Heat exhaustion can turn into heatstroke very quickly, and heatstroke is a medical emergency,” said Dr Lubna Haddad, an emergency physician at Burjeel Hospital in Abu Dhabi. She urged supervisors to watch for “dizziness, confusion and a stop in sweating”.

Priya Nair, health and safety manager at a contracting firm in Mussaffah, said her company had moved heavy concrete pours to the early morning. “We start at 5am now and finish the outdoor work before 11. Productivity has actually improved,” she said.

Members of the public can report violations through the ministry’s call centre on 600590000 or its smart app.''',
 [("The midday break reflects the UAE’s commitment", "Ministry of Human Resources and Emiratisation"),
  ("Our inspectors carried out more than 70,000", "Mohsen Al Nuaimi"),
  ("At one o’clock the ground is so", "Rajesh Kumar"),
  ("The break gives us time to drink", "Rajesh Kumar"),
  ("My uncle worked here in 2003.", "Gul"),
  ("Heat exhaustion can turn into heatstroke very", "Lubna Haddad"),
  ("dizziness, confusion and a stop in sweating", "Lubna Haddad"),
  ("We start at 5am now and finish", "Priya Nair")]),

# 8 -- Oman wadi floods; Gulf News, curly quotes; authority post on X, police spokesman with "bin" name told Gulf News, "Major Al Hinai added", video caption, residents, met bulletin, ministry partial quote
('''Muscat: Two people died and dozens of families were evacuated after torrential rain caused wadis to overflow across North Al Batinah and Al Dakhiliyah governorates on Sunday, authorities said.

The Civil Defence and Ambulance Authority said its teams had rescued 47 people trapped in vehicles and homes since the early hours. “Citizens and residents are urged not to cross wadis under any circumstances,” the authority said in a post on X.

Major Saif bin Hamad Al Hinai, a spokesman for the Royal Oman Police, told Gulf News that one of the dead was a 60-year-old man whose car was swept away in Wadi Al Hawasinah.

“He tried to cross when the water looked shallow. Within seconds the current took the car,” he said. The second victim, an Asian worker, was found near a farm in Al Khaburah, police said.

“Please wait for the water to go down. No trip is worth a life,” Major Al Hinai added.

A video shared widely on social media, captioned “Wadi Al Hawasinah right now”, showed brown floodwater pouring over a road bridge and carrying away palm trunks.

Salim Al Balushi, a resident of Al Khaburah, watched the flood from his roof. “I have lived here for 40 years and I have never seen the wadi this high. The water reached the windows of the mosque,” he said.

In Sohar, Fatima D’Souza, an Indian teacher, said her family had spent the night on the first floor of their villa. “We moved everything upstairs, but the ground floor is ruined. The sofa, the fridge, the children’s books, everything,” she said.

Her neighbour, Maryam Al Shukaili, who runs a tailoring shop nearby, said the drains had been cleaned last month. “The municipality did its job, but nobody was ready for this much rain in one night,” she said.

The Directorate General of Meteorology warned that more rain was on the way. “Another low-pressure system is expected from Tuesday, with rainfall of 30mm to 80mm over the Hajar Mountains,” the directorate said in its latest bulletin.

The Ministry of Education announced that schools in the affected governorates would close on Monday, with classes moving online “to ensure the safety of students and staff”.''',
 [("Citizens and residents are urged not to", "Civil Defence and Ambulance Authority"),
  ("He tried to cross when the water", "Saif bin Hamad Al Hinai"),
  ("Please wait for the water to go", "Saif bin Hamad Al Hinai"),
  ("Wadi Al Hawasinah right now", None),
  ("I have lived here for 40 years", "Salim Al Balushi"),
  ("We moved everything upstairs, but the ground", "Fatima D’Souza"),
  ("The municipality did its job, but nobody", "Maryam Al Shukaili"),
  ("Another low-pressure system is expected from Tuesday", "Directorate General of Meteorology"),
  ("to ensure the safety of students and", "Ministry of Education")]),

# 9 -- Drone strike in south Lebanon; AP wire, straight quotes; military statement, mayor told AP, presidency statement, anonymous pharmacist with partial then full quote, UNIFIL spokeswoman, funeral chant, lawmaker
('''BEIRUT (AP) — An Israeli drone strike on a car in southern Lebanon killed two men on Thursday, Lebanon's state-run National News Agency reported, the latest in a series of strikes despite a ceasefire that has largely held since late 2024.

The agency said the strike hit a pickup truck on the road outside the village of Ain Beit Jaber, near the city of Nabatieh. The Israeli military said it had targeted "a Hezbollah operative who was involved in efforts to rebuild the group's infrastructure in southern Lebanon."

The village's mayor, Hassan Fakih, told The Associated Press that both men were civilians.

"They were two cousins going to buy fertilizer for their tobacco fields. Neither of them belonged to any party," Fakih said. "We asked the army to come and see. Nobody came."

The Lebanese presidency said in a statement that the strike was "a flagrant violation of Lebanese sovereignty and of the cessation of hostilities agreement," and called on the United States and France, which oversee the truce, to act.

A pharmacist in Nabatieh, who spoke on condition of anonymity for fear of reprisals, said he heard two explosions "about a second apart" shortly after 7 a.m.

"People don't sleep anymore. The drones are over us all night, and you never know which car they are following," he said.

Marta Rinaldi, a spokeswoman for the U.N. peacekeeping force in southern Lebanon, known as UNIFIL, said the mission was aware of the strike. "We urge all parties to refrain from any action that could further destabilize the situation along the Blue Line," she said.

Hezbollah did not immediately comment. At the funeral later Thursday, mourners carried the coffins through the streets chanting "With our souls, with our blood."

Hezbollah legislator Kassem Daher told the mourners the group would not remain silent indefinitely. "The resistance has been patient, but patience has limits," he said.

Lebanon's Health Ministry says more than 300 people have been killed by Israeli strikes since the ceasefire took effect. Israel says it is acting against Hezbollah attempts to rearm.''',
 [("a Hezbollah operative who was involved in", "Israeli military"),
  ("They were two cousins going to buy", "Hassan Fakih"),
  ("We asked the army to come and", "Hassan Fakih"),
  ("a flagrant violation of Lebanese sovereignty and", "Lebanese presidency"),
  ("about a second apart", "~pharmacist"),
  ("People don't sleep anymore.", "~pharmacist"),
  ("We urge all parties to refrain from", "Marta Rinaldi"),
  ("With our souls, with our blood.", None),
  ("The resistance has been patient, but patience", "Kassem Daher")]),

# 10 -- Basra electricity protests; AFP wire, straight quotes; chant and signs, said X + age, kunya-named woman told AFP, anonymous police officer partial quote, governor's Facebook post ("he wrote"), ministry spokesman, researcher
('''Basra (Iraq) (AFP) - Hundreds of Iraqis blocked roads and burned tyres in the southern city of Basra on Saturday to protest against power cuts that have left homes without electricity for up to 14 hours a day as temperatures topped 50 degrees Celsius.

Protesters gathered outside the provincial government headquarters chanting "No water, no electricity, no shame", while others carried cardboard signs reading "Basra feeds Iraq and dies of thirst".

"We are sitting on an ocean of oil and we cannot run a fan," said Ali Hussein, a 26-year-old engineering graduate who has been unemployed for three years. "Every politician makes promises in winter and disappears in summer."

A woman in a black abaya who gave her name as Umm Zahraa said her elderly mother had been taken to hospital twice in a week with heatstroke.

"The generator owner raised his price again. We pay him more than we pay for food," she told AFP.

Security forces fired into the air to disperse a crowd that tried to force the gate of the building, a police officer said on condition of anonymity, adding that "no one was hit by live fire".

Basra governor Haidar al-Tamimi said on his Facebook page that he had ordered the formation of an "emergency cell" to coordinate with the federal electricity ministry in Baghdad.

"The people of Basra have every right to protest, but public property belongs to all of us," he wrote.

Electricity ministry spokesman Karim Jassim told AFP the shortfall was caused by reduced gas supplies from neighbouring Iran, which fuels several power stations in the south.

"We lost around 5,000 megawatts overnight when the gas pressure dropped," he said.

Iraq, despite its vast oil and gas reserves, relies on Iranian imports for roughly a third of its power needs, and has struggled to pay for them under US sanctions on Tehran.

"Every summer, the government manages the electricity problem as if it were a surprise," said Rana Khalil, an energy researcher at the Iraqi Institute for Economic Reform in Baghdad.''',
 [("No water, no electricity, no shame", None),
  ("Basra feeds Iraq and dies of thirst", None),
  ("We are sitting on an ocean of", "Ali Hussein"),
  ("Every politician makes promises in winter", "Ali Hussein"),
  ("The generator owner raised his price again.", "Umm Zahraa"),
  ("no one was hit by live fire", "~officer"),
  ("emergency cell", "Haidar al-Tamimi"),
  ("The people of Basra have every right", "Haidar al-Tamimi"),
  ("We lost around 5,000 megawatts overnight", "Karim Jassim"),
  ("Every summer, the government manages the", "Rana Khalil")]),

# 11 -- Settler attack on West Bank olive harvest; Haaretz, curly quotes; told Haaretz with split quote, family members sharing a surname, Israeli activist, IDF Spokesperson's Unit partial quote, regional council spokesman, graffiti, NGO researcher quote continuing into next paragraph
('''Masked Israeli settlers attacked Palestinian farmers and Israeli activists harvesting olives near the West Bank village of Kafr Sabra on Friday, injuring at least six people and setting fire to dozens of trees, according to witnesses and the Palestine Red Crescent Society.

“They came down from the hill with clubs and iron bars, maybe 30 of them,” Mahmoud Daraghmeh, 61, whose family has tended the grove for four generations, told Haaretz. “They did not say a word. They just started hitting.”

His daughter-in-law, Nisreen Daraghmeh, said she hid with her two children behind a stone terrace. “I could hear my husband shouting and I could not go to him. I was holding the little one’s mouth so they would not hear her cry,” she said.

Noa Shaked, 27, a Jerusalem resident who volunteers with the group Rabbis for Human Rights, said one of the attackers struck her in the face with a stone. “There were soldiers on the hill the whole time. They watched and did nothing until it was over,” she said.

The IDF Spokesperson’s Unit said that forces arrived after receiving reports of friction between Israelis and Palestinians and “acted to separate the sides.” The Israel Police said a suspect had been detained for questioning and later released.

A spokesman for the Samaria Regional Council said the land near the unauthorized outpost of Givat Eden was “closed to Palestinians for security reasons” and accused the activists of provoking the incident.

Hebrew graffiti reading “Price tag” was sprayed on a water tank at the edge of the grove. The Palestine Red Crescent said its crews treated six people, two of whom were taken to Rafidia Hospital in Nablus with head injuries.

According to data compiled by the human rights organization Yesh Din, indictments were filed in fewer than 5 percent of investigations into settler violence opened between 2005 and 2023.

“The harvest season has become the most dangerous time of year for Palestinian farmers, and the state knows it,” said Yael Ben-Dor, a researcher at Yesh Din.

“Every year the army promises to protect the harvest, and every year we document the same attacks in the same places. The message to the attackers is that there is no price to pay.”''',
 [("They came down from the hill with", "Mahmoud Daraghmeh"),
  ("They did not say a word.", "Mahmoud Daraghmeh"),
  ("I could hear my husband shouting and", "Nisreen Daraghmeh"),
  ("There were soldiers on the hill the", "Noa Shaked"),
  ("acted to separate the sides.", "IDF Spokesperson’s Unit"),
  ("closed to Palestinians for security reasons", "Samaria Regional Council"),
  ("Price tag", None),
  ("The harvest season has become the most", "Yael Ben-Dor"),
  ("Every year the army promises to protect", "Yael Ben-Dor")]),

# 12 -- Secret girls' classes in Afghanistan; BBC-style British feature, single quotes as main mark, present-tense "she says"; anonymous teacher, pseudonymous girls, quote with no cue after introduction, notice on gate, Taliban spokesman told the BBC with partial quote, Unesco statement
('''Three years after the Taliban barred girls in Afghanistan from studying beyond the age of 12, thousands are attending secret classes in private homes, at considerable risk to themselves and to their teachers.

In a basement in the western city of Herat, a dozen teenage girls sit on cushions around a small whiteboard. Their teacher, a former university lecturer who asked us not to use her name, keeps the curtains drawn.

'If someone knocks, the girls put their notebooks under the cushions and take out the Koran,' she says. 'We have practised it many times.'

She is paid nothing. 'I do it because someone did it for me. During the first Taliban government, my mother taught me at home,' she says.

Mariam, 16, whose name we have changed for her safety, wants to be a doctor.

'My older sister finished school before they came back. I was in grade six when it stopped,' she says. 'Sometimes I think I am studying for nothing, but my mother says knowledge is never wasted.'

Her classmate Zahra, 15, says she takes precautions on the way. 'When I walk here I carry a shopping bag, so the neighbours think I am going to the bazaar.'

At a girls' secondary school in Kabul that we visited last month, a faded notice on the locked gate still read 'Closed until further notice'.

The Taliban's education ministry spokesman, Abdul Rahim Hanafi, told the BBC that schools would reopen once 'an Islamic environment' had been created, though he gave no timetable.

'The Islamic Emirate is not against education. This is an internal matter of Afghanistan, and foreigners should not interfere in it,' he said.

The UN's cultural agency, Unesco, estimates that 1.4 million girls have been deliberately deprived of secondary education. 'No country can afford to lose the talent of half its population,' the agency said in a statement marking the anniversary of the ban.

Back in Herat, the lesson ends with the girls packing their notebooks into plastic bags and leaving one by one, a few minutes apart, so as not to attract attention.''',
 [("If someone knocks, the girls put their", "~teacher"),
  ("We have practised it many times.", "~teacher"),
  ("I do it because someone did it", "~teacher"),
  ("My older sister finished school before they", "Mariam"),
  ("Sometimes I think I am studying for", "Mariam"),
  ("When I walk here I carry a", "Zahra"),
  ("Closed until further notice", None),
  ("an Islamic environment", "Abdul Rahim Hanafi"),
  ("The Islamic Emirate is not against education.", "Abdul Rahim Hanafi"),
  ("No country can afford to lose the", "Unesco")]),

# 13 -- Baloch missing persons sit-in in Quetta; Dawn, curly quotes; banner and chant, "she added", elderly father, VBMP vice-chairperson, provincial spokesperson at press conference, HRCP statement partial quote, anonymous police official told Dawn
('''QUETTA: Families of missing persons continued their sit-in outside the Quetta Press Club for the 12th consecutive day on Monday, demanding that their relatives be produced before the courts.

The protesters, mostly women and children, held photographs of their missing relatives and a banner reading “Stop enforced disappearances”. At intervals they chanted “Release our loved ones”.

“My brother Jahangir was picked up from his shop in Turbat in March 2023. Since then we have knocked on every door, from the police station to the Supreme Court,” said Saima Baloch, 24, who travelled to Quetta with her mother and two nieces.

“If he has committed a crime, present him in court. We only want to know whether he is alive,” she added.

Muhammad Akbar, 70, sat in a corner of the camp with a framed picture of his son, a college lecturer who went missing from Khuzdar four years ago.

“I have walked to Islamabad. I have walked to Karachi. My legs are finished, but I will sit here until they give me an answer,” he said.

Hameeda Marri, vice-chairperson of the Voice for Baloch Missing Persons (VBMP), which organised the camp, said new families had joined the protest every day. “That tells you the disappearances have not stopped. They have only stopped being reported,” she said.

Balochistan government spokesperson Farhan Kakar told a press conference in Quetta that the provincial government was ready to hold talks with the families. “Their grief is genuine, but some elements want to exploit it for a political agenda,” he said.

The Human Rights Commission of Pakistan (HRCP) said in a statement that it was “deeply concerned” by reports that police had tried to dismantle the camp on Saturday night.

A police official, requesting anonymity, told Dawn that the camp had not been removed and that the protesters had only been asked to shift their tent away from the main road “for the smooth flow of traffic”.''',
 [("Stop enforced disappearances", None),
  ("Release our loved ones", None),
  ("My brother Jahangir was picked up from", "Saima Baloch"),
  ("If he has committed a crime, present", "Saima Baloch"),
  ("I have walked to Islamabad.", "Muhammad Akbar"),
  ("That tells you the disappearances have not", "Hameeda Marri"),
  ("Their grief is genuine, but some elements", "Farhan Kakar"),
  ("deeply concerned", "Human Rights Commission of Pakistan"),
  ("for the smooth flow of traffic", "~official")]),

# 14 -- Syrian returnees in Homs; Al Jazeera English feature, curly quotes; "the 67-year-old told Al Jazeera", kunya names, UNHCR officer split quote, White Helmets Telegram post, SANA quoting governor, barber, graffiti
('''Homs, Syria – For 12 years, Abu Adnan al-Hourani kept the key to his house in the Khalidiya neighbourhood in a tin box under his mattress in a refugee camp in Lebanon’s Bekaa Valley.

When he finally turned it in the lock last month, the door fell off its hinges.

“The key worked, but there was no house behind the door,” the 67-year-old told Al Jazeera, laughing. “Only the kitchen walls were still standing.”

His wife, Umm Adnan, has hung a sheet where the front wall used to be. “In the camp we had a tent and a ration card. Here we have walls and nothing else. But they are our walls,” she said.

According to the UN refugee agency, UNHCR, hundreds of thousands of Syrians have returned from neighbouring countries over the past year, many of them to cities like Homs where entire districts were flattened during the war.

“Returns are happening faster than our ability to support them,” said Lina Sabbagh, a UNHCR protection officer in Homs. “Many families arrive to find their homes occupied, destroyed or contaminated with unexploded ordnance.”

The Syria Civil Defence, also known as the White Helmets, said its teams had removed 140 unexploded munitions from residential areas of Homs in a single week. “Do not enter damaged buildings before they are inspected by specialised teams,” the group wrote on Telegram.

The state news agency SANA quoted Homs Governor Nabil Qassab as saying the province had begun “a comprehensive plan to restore water and electricity to the returning neighbourhoods”.

Across the street from the al-Hourani house, Samer Jouejati, 34, has reopened his late father’s barbershop in a room with no glass in its windows.

“People come in for a haircut and stay two hours to talk. Everyone wants to know who came back and who did not,” he said.

On the wall opposite, someone has painted “Homs is returning” in green letters.''',
 [("The key worked, but there was no", "Abu Adnan al-Hourani"),
  ("Only the kitchen walls were still standing.", "Abu Adnan al-Hourani"),
  ("In the camp we had a tent", "Umm Adnan"),
  ("Returns are happening faster than our ability", "Lina Sabbagh"),
  ("Many families arrive to find their homes", "Lina Sabbagh"),
  ("Do not enter damaged buildings before they", "Syria Civil Defence"),
  ("a comprehensive plan to restore water and", "Nabil Qassab"),
  ("People come in for a haircut and", "Samer Jouejati"),
  ("Homs is returning", None)]),

# 15 -- Iranian seizure of tanker in Gulf of Oman; Reuters wire, straight quotes; UKMTO advisory, Tasnim quoting commander (partial quotes), ship manager emailed statement, foreign ministry partial quote, US Navy spokesperson split quote with mid-sentence attribution, analyst
('''DUBAI (Reuters) - Iran's Revolutionary Guards seized a foreign-flagged oil tanker in the Gulf of Oman on Wednesday, Iranian state media reported, accusing it of smuggling fuel, while the ship's manager said it had lost contact with the vessel.

The Marshall Islands-flagged Sea Harmony was boarded about 20 nautical miles off the Iranian port of Jask, according to the British military's United Kingdom Maritime Trade Operations (UKMTO) agency.

"Vessel has been boarded by unauthorised personnel and is being directed toward Iranian territorial waters," UKMTO said in an advisory to shipping.

The semi-official Tasnim news agency quoted a Guards naval commander, Rear Admiral Ali Reza Nasiri, as saying the tanker was carrying "two million litres of smuggled fuel" and that its 21 crew members would be "dealt with according to the law."

Athens-based Aegean Crest Maritime, which manages the vessel, said in an emailed statement that it was carrying a "legitimate cargo of gasoil loaded in Fujairah, with all documents in order."

"Our priority is the safety and wellbeing of our crew, and we are working with the relevant authorities to secure their release," the company said.

The Indian foreign ministry said its embassy in Tehran was "in touch with Iranian authorities" about the crew, 16 of whom are Indian nationals.

"We are monitoring the situation closely," Commander Rachel Ortega, a spokesperson for the U.S. Navy's Bahrain-based Fifth Fleet, said. "Iran's continued harassment of commercial vessels is a threat to freedom of navigation in a vital waterway."

Iran has seized several tankers in the Gulf and the Gulf of Oman in recent years, often during periods of tension with Western governments over sanctions and its nuclear programme.

"The timing is hardly a coincidence. Tehran tends to use seizures like this when it wants to signal that it has leverage," said Farzaneh Rostami, a Gulf security analyst at a London-based risk consultancy.''',
 [("Vessel has been boarded by unauthorised personnel", "United Kingdom Maritime Trade Operations"),
  ("two million litres of smuggled fuel", "Ali Reza Nasiri"),
  ("dealt with according to the law.", "Ali Reza Nasiri"),
  ("legitimate cargo of gasoil loaded in Fujairah,", "Aegean Crest Maritime"),
  ("Our priority is the safety and wellbeing", "Aegean Crest Maritime"),
  ("in touch with Iranian authorities", "Indian foreign ministry"),
  ("We are monitoring the situation closely,", "Rachel Ortega"),
  ("Iran's continued harassment of commercial vessels", "Rachel Ortega"),
  ("The timing is hardly a coincidence.", "Farzaneh Rostami")]),

# 16 -- Egypt fuel price rise; The National, curly quotes; ministry statement partial quote, cabinet spokesman on TV split quote, sign on microbus, driver and pensioner (told The National), economist with follow-up partial quote, IMF partial quote
('''Cairo: Egypt raised fuel prices by up to 15 per cent on Friday, the second increase this year, as the government pushes ahead with subsidy cuts agreed under its loan programme with the International Monetary Fund.

The Ministry of Petroleum and Mineral Resources said the price of 92-octane petrol would rise to E£17.25 a litre, while diesel, widely used by minibuses and lorries, would go up by E£2. The decision was taken by the fuel pricing committee “in light of the rise in global oil prices and the exchange rate”, the ministry said in a statement.

Cabinet spokesman Hany Youssef told the private channel Al Qahera Wal Nas that bread subsidies would not be affected. “The citizen will not feel any change in the price of the subsidised loaf,” he said. “This is a red line.”

At a microbus stand in Giza’s Faisal district, drivers said they had already raised fares. A handwritten sign taped to one windscreen read “New fare: E£12”.

“Diesel goes up, the fare goes up. I didn’t make the decision,” said Mahmoud Abdel Aziz, a 45-year-old driver. “The passengers shout at me, but who do I shout at?”

Soad Ibrahim, a retired schoolteacher on her way to visit her daughter in Helwan, said her monthly pension of E£4,000 no longer covered the basics. “Every month I take something off the list. First meat, then chicken, now even lentils are expensive,” she told The National.

Economists said the move had been widely expected. “The government has little choice given its IMF commitments, but the timing is painful, with inflation still above 20 per cent,” said Dr Yomna Sherif, an economist at Cairo University.

She said the burden would fall hardest on “the lower middle class, which has no subsidies and no savings left”.

The IMF said in its latest review of the programme that Egypt’s reforms were “broadly on track”, clearing the way for a disbursement of about $1.2 billion.''',
 [("in light of the rise in global", "Ministry of Petroleum and Mineral Resources"),
  ("The citizen will not feel any change", "Hany Youssef"),
  ("This is a red line.", "Hany Youssef"),
  ("New fare: E£12", None),
  ("Diesel goes up, the fare goes up.", "Mahmoud Abdel Aziz"),
  ("The passengers shout at me, but who", "Mahmoud Abdel Aziz"),
  ("Every month I take something off the", "Soad Ibrahim"),
  ("The government has little choice given its", "Yomna Sherif"),
  ("the lower middle class, which has no", "Yomna Sherif"),
  ("broadly on track", "International Monetary Fund")]),

# 17 -- Kerala workers stranded in Saudi Arabia; The Hindu, straight quotes; embassy post on X, agency CEO with Mr. honorific, worker by phone with quote continuing into next paragraph with no cue, wife, MLA, unnamed agency employee, scare quote
('''THIRUVANANTHAPURAM: Thirty-two workers from Kerala who have been stranded in Saudi Arabia without wages for nearly five months are expected to return home by the end of this month, after the Indian Embassy in Riyadh took up their case with the Saudi authorities, officials said on Thursday.

The workers, mostly from Kollam, Alappuzha and Malappuram districts, were employed by a Dammam-based construction company whose owner allegedly stopped paying salaries in April and later left the country.

"Our officers have met the workers at their accommodation and provided food kits. Exit formalities are being completed with the Saudi authorities," the Embassy said in a post on X.

K. Hari Krishnan, chief executive officer of NORKA Roots, the State government agency for non-resident Keralites, said the State would bear the cost of air tickets. "No Malayali should be left stranded abroad because he cannot afford a ticket home," Mr. Hari Krishnan said. "The tickets will be booked as soon as the exit visas are stamped."

Speaking to The Hindu over the phone from the labour camp, Sudheesh Kumar, 41, of Karunagappally, said the men had survived on the charity of other Indians. "A Malayali association in Dammam brought us rice and dal every week. Without them, we would have starved," he said.

"My iqama expired in June, so I cannot even go to a hospital. Two of the men have kidney problems, and we are buying medicines with borrowed money."

At their house in Karunagappally, his wife, Deepa Sudheesh, said the family had taken a loan of ₹3 lakh to send him abroad in 2022. "The bank has sent two notices. I told them to wait till he comes back, but they don't listen," she said.

Latha Gopinath, the MLA who represents the constituency, said she had raised the issue with the Ministry of External Affairs. "These workers went abroad legally, through a registered agent. The system failed them at every step," she said.

The recruiting agency in Kochi declined to comment. An employee at its office said the agency had "no role after the workers reached Saudi Arabia".

The case has again exposed the risks of so-called "free visa" arrangements, under which workers are sponsored by one employer but left to find work on their own.''',
 [("Our officers have met the workers at", "Indian Embassy in Riyadh"),
  ("No Malayali should be left stranded abroad", "K. Hari Krishnan"),
  ("The tickets will be booked as soon", "K. Hari Krishnan"),
  ("A Malayali association in Dammam brought us", "Sudheesh Kumar"),
  ("My iqama expired in June, so I", "Sudheesh Kumar"),
  ("The bank has sent two notices.", "Deepa Sudheesh"),
  ("These workers went abroad legally, through a", "Latha Gopinath"),
  ("no role after the workers reached Saudi", "~employee")]),

# 18 -- Fire in Rohingya camp, Cox's Bazar; The Daily Star (Bangladesh), curly quotes; fire officer told The Daily Star, RRRC official with follow-up partial quote, refugee woman with quote continuing in next paragraph, majhi, UNHCR statement, unnamed Red Crescent volunteer
('''A fire swept through a Rohingya refugee camp in Cox’s Bazar’s Ukhiya upazila yesterday afternoon, gutting around 900 shelters and leaving nearly 5,000 people homeless, officials said.

The fire broke out around 2:30pm in Block C of Camp 9 and spread quickly through the bamboo-and-tarpaulin shelters, fanned by strong winds, said Md Shamsul Alam, station officer of Ukhiya Fire Service.

“The lanes inside the camp are so narrow that our vehicles could not enter. We had to run hoses from the main road, nearly 300 metres away,” he told The Daily Star. “It took us almost three hours to bring it under control.”

Additional Refugee Relief and Repatriation Commissioner Nazma Begum said no casualties had been reported. “We have arranged temporary shelter in learning centres and mosques for the affected families, and dry food is being distributed,” she said.

She said a probe committee had been formed to determine “whether it was an accident or sabotage”.

Nur Kalima, 38, was cooking when the fire started a few shelters away. “People started screaming and the smoke was everywhere. I took my children and ran. I could not take even our documents,” she said.

“My husband is working in Teknaf. He does not even know yet that we have no home.”

Abul Kashem, a majhi, or community leader, of Block C, said it was the third fire in the block in two years. “Every time we rebuild, and every time it burns again. We are asking for fire extinguishers and water tanks, nothing more,” he said.

UNHCR, the UN refugee agency, said in a statement that it was “working closely with the authorities and partners to provide emergency shelter kits, food and water” to the affected families.

A volunteer with the Bangladesh Red Crescent Society said drinking water was the most urgent need. “The tube wells near the block were damaged in the fire. People are drinking from anything they can find,” the volunteer said.''',
 [("The lanes inside the camp are so", "Md Shamsul Alam"),
  ("It took us almost three hours to", "Md Shamsul Alam"),
  ("We have arranged temporary shelter in learning", "Nazma Begum"),
  ("whether it was an accident or sabotage", "Nazma Begum"),
  ("People started screaming and the smoke was", "Nur Kalima"),
  ("My husband is working in Teknaf.", "Nur Kalima"),
  ("Every time we rebuild, and every time", "Abul Kashem"),
  ("working closely with the authorities and partners", "UNHCR"),
  ("The tube wells near the block were", "~volunteer")]),

# 19 -- Byzantine mosaic found near Karmiel; Times of Israel, straight quotes; inscription text, archaeologist with Dr. title and surname follow-ups, "Shalev added", student, IAA statement, deputy mayor's Facebook post as partial quote
('''Archaeologists have uncovered a rare mosaic floor bearing a Greek dedication to a woman at the site of a Byzantine-era church near the northern city of Karmiel, the Israel Antiquities Authority announced Tuesday.

The inscription, set in black tesserae inside a circular medallion, reads: "Lord, remember your servant Theodosia, who built this house from its foundations."

"It is quite unusual to find a woman named as the sole donor of an entire church," said Dr. Miriam Aviv, who directed the excavation on behalf of the IAA. "Usually women appear alongside their husbands or their sons. Here she stands alone."

Aviv said the style of the mosaic, with its vine scrolls, birds and a pair of peacocks flanking an amphora, dated the floor to the late sixth century.

"This is a woman with money, status and a name of her own, in a village in the Galilee 1,400 years ago," she said.

Her co-director, Dr. Oren Shalev, said the church appeared to have been abandoned rather than destroyed. "We found no signs of fire or violent destruction. It seems the community simply left, and the roof slowly collapsed," he said.

"Next summer we want to open the area to the west of the apse, where we think there may be a baptistery," Shalev added.

The excavation was carried out ahead of the construction of a new neighborhood, with the participation of some 200 high school students from the region.

"I found one of the first letters of the inscription. At first I thought it was just a black stone," said Noam Katz, 17, from the nearby Misgav Regional Council.

The IAA said in a statement that the mosaic would be removed for conservation and later displayed in the city. "Finds like this are a reminder of how many communities left their mark on this land," the authority said.

Karmiel deputy mayor Hila Barzani wrote on Facebook that the find showed "Karmiel is a young city with a very old heart."''',
 [("Lord, remember your servant Theodosia, who built", None),
  ("It is quite unusual to find a", "Miriam Aviv"),
  ("Usually women appear alongside their husbands or", "Miriam Aviv"),
  ("This is a woman with money, status", "Miriam Aviv"),
  ("We found no signs of fire or", "Oren Shalev"),
  ("Next summer we want to open the", "Oren Shalev"),
  ("I found one of the first letters", "Noam Katz"),
  ("Finds like this are a reminder of", "Israel Antiquities Authority"),
  ("Karmiel is a young city with a", "Hila Barzani")]),

# 20 -- Qatar-mediated Pakistan-Afghanistan deal on Torkham; Gulf News, straight quotes; ministry statement partial quote, spokesperson with Dr title told a news conference (split quote), Foreign Office spokesperson partial then full quote, Taliban spokesman on X, truck driver told Gulf News, chamber member, anonymous diplomat
('''Doha: Pakistan and Afghanistan have agreed to reopen the Torkham border crossing for trade from Monday following two days of talks mediated by Qatar, the Qatari Ministry of Foreign Affairs said on Saturday.

In a statement, the ministry said both sides had committed to "resolving disputes through dialogue and refraining from any actions that undermine the stability of the border region".

"Qatar will continue to support its brothers in Pakistan and Afghanistan in building trust," Dr Khalid Al Mohannadi, the ministry's official spokesperson, told a news conference in Doha. "What was achieved this weekend is a first step, not the end of the road."

The crossing, the main trade route between the two countries, has been closed for nearly a month after clashes between border forces left at least nine people dead.

In Islamabad, Foreign Office spokesperson Sadia Jilani told the weekly briefing that Pakistan expected the Afghan authorities to act "decisively and verifiably" against militant groups operating from Afghan soil.

"Trade and security cannot be separated. We have made that very clear to our Afghan interlocutors," she said.

Hamdullah Zaheer, a spokesman for the Taliban administration in Kabul, wrote on X that the agreement was "a victory for the traders and ordinary people of both countries".

At Torkham, hundreds of trucks have been stranded on both sides of the border. "My truck has been standing here for 23 days with a load of tomatoes. Everything has rotted," Gul Rehman, a driver from Jalalabad, told Gulf News by phone.

Nasreen Yousafzai, a member of the Sarhad Chamber of Commerce and Industry in Peshawar, said traders had lost millions of dollars since the closure. "We need a mechanism that keeps the border open even when the politicians are fighting," she said.

A Western diplomat in Doha, speaking on condition of anonymity, described the talks as "tense but businesslike".''',
 [("resolving disputes through dialogue and refraining from", "Qatari Ministry of Foreign Affairs"),
  ("Qatar will continue to support its brothers", "Khalid Al Mohannadi"),
  ("What was achieved this weekend is a", "Khalid Al Mohannadi"),
  ("decisively and verifiably", "Sadia Jilani"),
  ("Trade and security cannot be separated.", "Sadia Jilani"),
  ("a victory for the traders and ordinary", "Hamdullah Zaheer"),
  ("My truck has been standing here for", "Gul Rehman"),
  ("We need a mechanism that keeps the", "Nasreen Yousafzai"),
  ("tense but businesslike", "~diplomat")]),

# 21 -- Kuwait rolling power cuts in record heat; Kuwait Times-style local daily, straight quotes; ministry statement via KUNA (two partial quotes), spokesman told reporters (consecutive quotes), residents, expatriate restaurant manager, translated hashtag, academic
('''KUWAIT CITY: The Ministry of Electricity, Water and Renewable Energy imposed scheduled power cuts in 18 residential areas on Tuesday as demand hit a record high, with temperatures exceeding 51 degrees Celsius.

In a statement carried by the Kuwait News Agency (KUNA), the ministry said the cuts would last "no more than two hours per area" and urged residents to "rationalise consumption during peak hours between 11 am and 5 pm".

Ministry spokesman Mishari Al-Shammari told reporters that the load had reached 17,680 megawatts at 2 pm, exceeding available production capacity. "Two units at the Az-Zour station are out of service for maintenance that could not be postponed," he said. "We expect them back on the grid within ten days."

In Jahra, residents said the power went off without warning. "My mother is 80 and she is on oxygen. Two hours without electricity in this heat is not a small thing," said Hessa Al-Mutairi, a government employee.

Lulwa Al-Enezi, a mother of four in Sabah Al-Salem, said her family waited out the cut in their car. "We sat with the engine running and the air conditioning on until the power came back," she said.

Joseph Mathew, who manages a restaurant in Farwaniya, said he had to close during lunch. "The kitchen was like an oven. We lost the whole day's business," he said.

An Arabic hashtag that translates as "Where is the electricity?" was among the top trends on X in Kuwait by the evening.

Experts said the problem had been years in the making. "Kuwait has known for fifteen years that demand would outstrip supply. The problem is that power projects get stuck in tendering for years," said Dr Reem Al-Fadhli, a professor of engineering at Kuwait University.

The ministry said the schedule of cuts for each area would be published daily on its website and social media accounts.''',
 [("no more than two hours per area", "Ministry of Electricity, Water and Renewable Energy"),
  ("rationalise consumption during peak hours between", "Ministry of Electricity, Water and Renewable Energy"),
  ("Two units at the Az-Zour station are", "Mishari Al-Shammari"),
  ("We expect them back on the grid", "Mishari Al-Shammari"),
  ("My mother is 80 and she is", "Hessa Al-Mutairi"),
  ("We sat with the engine running and", "Lulwa Al-Enezi"),
  ("The kitchen was like an oven.", "Joseph Mathew"),
  ("Kuwait has known for fifteen years that", "Reem Al-Fadhli")]),

# 22 -- Landslide in western Nepal; AFP wire, curly quotes; police chief told AFP (split quote), survivor with quote continuing in next paragraph, ward chairman, municipal officer denial, unnamed army spokesperson, disaster authority statement, geologist
('''Kathmandu (AFP) – At least 14 people were killed and nine others remain missing after a landslide buried houses in a village in western Nepal, officials said Wednesday, as monsoon rains continued to lash the Himalayan country.

The landslide struck before dawn in Dhara village of Myagdi district, about 250 kilometres (155 miles) west of Kathmandu, sweeping away seven houses.

“Rescuers are digging by hand because excavators cannot reach the village. The road was cut in two places,” district police chief Ramesh Thapa told AFP. “We are not hopeful of finding more survivors.”

Bimala Pun, 45, was among those who escaped. “I heard a noise like thunder and the house started shaking. I ran outside with my daughter, and when I turned around the house was gone,” she said, speaking from a school being used as a shelter.

“My husband and my son were still inside.”

Local ward chairman Dil Bahadur Khadka said villagers had warned officials about cracks appearing on the hillside for weeks. “We wrote to the municipality in June. Nobody came to inspect,” he said.

The municipality’s chief administrative officer, Sita Adhikari, denied receiving any complaint. “We have no written application from that ward. We are now investigating what happened,” she said.

The Nepal Army said it had deployed a helicopter to the area. “Weather permitting, we will fly the injured to Pokhara this afternoon,” an army spokesperson said.

The National Disaster Risk Reduction and Management Authority said more than 200 people had been killed in floods and landslides since the monsoon began in June. “We urge people living near rivers and on unstable slopes to move to safer places immediately,” the authority said in a statement.

Scientists say poorly planned road construction has made Nepal’s hills more vulnerable. “Roads cut without drainage are destabilising entire hillsides. The rain is the trigger, but the slope was already weak,” said Pratima Rai, a geologist at Tribhuvan University.''',
 [("Rescuers are digging by hand because excavators", "Ramesh Thapa"),
  ("We are not hopeful of finding more", "Ramesh Thapa"),
  ("I heard a noise like thunder and", "Bimala Pun"),
  ("My husband and my son were still", "Bimala Pun"),
  ("We wrote to the municipality in June.", "Dil Bahadur Khadka"),
  ("We have no written application from that", "Sita Adhikari"),
  ("Weather permitting, we will fly the injured", "Nepal Army"),
  ("We urge people living near rivers and", "National Disaster Risk Reduction and Management Authority"),
  ("Roads cut without drainage are destabilising entire", "Pratima Rai")]),

# 23 -- Zaatari refugee camp as Syrians return; The National, curly quotes; shop sign, Mr honorific follow-up with age, WFP statement, mother (two quotes), UNHCR deputy representative split quote, camp director with rank, young man
('''Zaatari, Jordan: Khaled Al Zoubi is closing the sweet shop he opened on the main market street of Zaatari refugee camp a decade ago. The hand-painted sign above the door still reads “Daraa Sweets – Since 1985”.

“Half my customers have gone back to Syria, and the other half cannot afford a kilo of baklava,” said Mr Al Zoubi, 58, as he stacked empty trays. “I will follow them. Maybe in Daraa I can start again.”

Tens of thousands of Syrians in Jordan have returned home since the change of government in Damascus, according to the UN refugee agency, UNHCR. Zaatari, which once housed more than 120,000 people, is now home to about 65,000.

For those who remain, aid is shrinking. The World Food Programme said last month it would cut monthly cash assistance for camp residents from 21 dinars ($30) to 15 dinars per person because of funding shortfalls. “We are being forced to make impossible choices about who receives help,” the agency said.

Ahlam Mahameed, a mother of four, has lived in the camp since 2013. “My children were born here and have never seen Syria. When they ask me what it is like, I tell them about my mother’s garden, because that is all I remember,” she said.

Her husband wants to leave before winter. She is less sure. “He says we should go now. I say, go and look first, and send for us if there is a roof,” she said.

“Return must be voluntary, safe and dignified, and for many families it is not yet possible,” said Henrik Solberg, UNHCR’s deputy representative in Jordan. “We will support those who choose to go and those who choose to stay.”

Col Ahmad Khasawneh, the camp’s director from the Syrian Refugee Affairs Directorate, said there were no plans to close Zaatari. “The camp will remain open as long as there are refugees in it. Nobody will be forced to leave,” he said.

Youssef Al Hariri, 19, who finished secondary school in the camp, hopes to study engineering in Amman. “I grew up in Zaatari. Syria is my country, but Jordan is where I learnt everything,” he said.''',
 [("Daraa Sweets – Since 1985", None),
  ("Half my customers have gone back to", "Khaled Al Zoubi"),
  ("I will follow them.", "Khaled Al Zoubi"),
  ("We are being forced to make impossible", "World Food Programme"),
  ("My children were born here and have", "Ahlam Mahameed"),
  ("He says we should go now.", "Ahlam Mahameed"),
  ("Return must be voluntary, safe and dignified,", "Henrik Solberg"),
  ("We will support those who choose to", "Henrik Solberg"),
  ("The camp will remain open as long", "Ahmad Khasawneh"),
  ("I grew up in Zaatari.", "Youssef Al Hariri")]),

# 24 -- Islamabad High Court hearing on blocked YouTube channel; Dawn court report, straight quotes; "Justice X remarked", "the judge asked", counsel "argued", partial quote "classified", "he asked", Additional Attorney General, "Justice Anwar observed", placards, petitioner outside court
('''ISLAMABAD: The Islamabad High Court (IHC) on Tuesday directed the Pakistan Telecommunication Authority (PTA) to explain under which law it had blocked the YouTube channel of journalist Sana Mirza, warning that its chairman would be summoned in person if a satisfactory reply was not filed.

Hearing a petition filed by Ms Mirza, Justice Raheela Anwar remarked that "the state cannot switch off a citizen's voice with a letter".

"Show me the order. Show me the section of the law. If there is none, then what are we even discussing?" the judge asked the PTA's counsel.

Barrister Kamran Sheikh, representing the PTA, told the court the channel had been blocked on a request from the interior ministry under Section 37 of the Prevention of Electronic Crimes Act (Peca). "The content was found to be against the integrity, security and defence of Pakistan," he argued.

When the bench asked which videos were objectionable, the counsel said the details were "classified" and could only be shared in chambers.

The petitioner's counsel, Usman Warraich, said his client had not been issued a single notice. "She learnt that her channel was blocked from her own viewers. Is this how due process works in this country?" he asked.

Additional Attorney General Shahid Nawaz Bhatti sought time to file a comprehensive reply on behalf of the federal government. "The ministry will submit its reply within two weeks," he told the court.

"Two weeks is a long time for a journalist whose livelihood has been cut off," Justice Anwar observed, granting one week and adjourning the hearing.

Outside the court, a group of journalists held placards reading "Journalism is not a crime". Speaking to reporters, Ms Mirza said she would continue her work. "They can block a channel, but they cannot block the questions," she said.''',
 [("the state cannot switch off a citizen's", "Raheela Anwar"),
  ("Show me the order.", "Raheela Anwar"),
  ("The content was found to be against", "Kamran Sheikh"),
  ("classified", "Kamran Sheikh"),
  ("She learnt that her channel was blocked", "Usman Warraich"),
  ("The ministry will submit its reply within", "Shahid Nawaz Bhatti"),
  ("Two weeks is a long time for", "Raheela Anwar"),
  ("Journalism is not a crime", None),
  ("They can block a channel, but they", "Sana Mirza")]),

# 25 -- Unpaid public salaries in Iraqi Kurdistan; Guardian-style British report, single quotes as main mark; banners and chant, teacher split quote, KRG spokesperson told the Guardian, ministry statement partial quote, grocer, unnamed pensioner, economist
('''Public sector workers in Iraq's Kurdistan region have gone three months without pay, as a dispute between Baghdad and the regional government in Erbil over oil revenues and the federal budget drags on.

In Sulaimaniya on Sunday, hundreds of teachers marched to the local offices of the UN mission carrying banners that read 'Salaries are a right, not a favour'. Some chanted 'Erbil and Baghdad, both are to blame'.

'I have taught for 22 years. Now I drive a taxi in the evenings so my children can eat,' said Shilan Kamal, a secondary school teacher who joined the march. 'My students see me at the taxi rank and they look away, because they are embarrassed for me.'

About 1.2 million people in the region, roughly one in five adults, draw a public salary or pension, according to the Kurdistan Regional Government (KRG).

Hemin Rasul, a KRG spokesperson, blamed Baghdad for the delay. 'The regional government has met every one of its obligations. Our people's salaries are being held hostage to politics,' he told the Guardian.

The Iraqi Ministry of Finance said in a statement that it could not release funds until the KRG handed over 'all non-oil revenues, including customs and taxes, as required by the budget law'.

In the city's old bazaar, Rebwar Ahmed said half of the customers at his grocery now bought on credit. 'I have a notebook full of debts that I may never collect,' he said.

A 71-year-old pensioner sitting outside a teahouse, who did not want to be named, put it more bluntly. 'In Saddam's time we were afraid. Now we are free and hungry,' he said.

Economists say the crisis reflects a deeper problem. 'The region has built an economy in which the government is the only employer and oil is the only income. Every budget fight becomes a crisis for every family,' said Dilan Aziz, an economist at the University of Sulaimani.

Talks between the two sides are due to resume in Baghdad next week.''',
 [("Salaries are a right, not a favour", None),
  ("Erbil and Baghdad, both are to blame", None),
  ("I have taught for 22 years.", "Shilan Kamal"),
  ("My students see me at the taxi", "Shilan Kamal"),
  ("The regional government has met every one", "Hemin Rasul"),
  ("all non-oil revenues, including customs and taxes,", "Iraqi Ministry of Finance"),
  ("I have a notebook full of debts", "Rebwar Ahmed"),
  ("In Saddam's time we were afraid.", "~pensioner"),
  ("The region has built an economy in", "Dilan Aziz")]),
]
# fmt: on

# fmt: off
STORIES_CY = [
# 1 -- US nurses' strike, AP wire style, straight quotes; chant, "said X, role", split quote, org statement, partial quote, "one nurse" + pronoun, named nurse with age
('''MINNEAPOLIS (AP) — About 1,800 nurses at two Minneapolis-area hospitals walked off the job Tuesday, beginning a three-day strike over staffing levels that union leaders say have left patients waiting hours for basic care.

Picket lines formed before dawn outside Lakeshore Methodist Hospital and its sister campus in Bloomington, where nurses in red T-shirts chanted "Safe staffing saves lives" as passing drivers honked.

"We are not out here because we want to be," said Renata Solberg, a cardiac nurse and president of the North Star Nurses Union. "We are out here because we have run out of other ways to be heard."

Solberg said nurses on some medical floors were routinely caring for seven or eight patients at a time, nearly double what the union considers safe. She said the union had offered to extend talks by two weeks but was turned down.

Lakeshore Health, which operates both hospitals, said it had brought in replacement nurses through a national staffing agency and that emergency departments and intensive care units would remain open throughout the strike.

"Patient care will continue without interruption, and we remain ready to reach a fair agreement," the health system said in a statement.

Dr. Paul Hendricks, Lakeshore's chief medical officer, said the system's staffing was "in line with or better than" that of comparable hospitals in the region.

"The union's numbers describe a bad night, not a typical one," Hendricks said in an interview. "We have added 140 nursing positions since January, and we are still hiring."

Nurses on the picket line described a different picture. One nurse, who has worked in the hospital's oncology unit for 22 years, said she had twice gone a full 12-hour shift without a bathroom break.

"I have cried in my car after work more times than I can count," she said.

Another, Kayla Brandt, 29, said she was considering leaving the profession altogether after four years on a surgical floor.

"I didn't go to school for four years to feel like I'm failing people every single day," Brandt said.

The union's last contract expired in May. Negotiators met 19 times over the summer without reaching a deal on staffing ratios, which the union wants written into the contract and the hospitals say should be set by managers shift by shift.

The strike is scheduled to end at 7 a.m. Friday. No new talks had been scheduled as of Tuesday evening.''',
 [("Safe staffing saves lives", None),
  ("We are not out here because", "Renata Solberg"),
  ("We are out here because we", "Renata Solberg"),
  ("Patient care will continue without interruption", "Lakeshore Health"),
  ("in line with or better than", "Paul Hendricks"),
  ("The union's numbers describe a bad", "Paul Hendricks"),
  ("We have added 140 nursing positions", "Paul Hendricks"),
  ("I have cried in my car", "~nurse"),
  ("I didn't go to school for", "Kayla Brandt")]),

# 2 -- UK inquest into a hospital fall death, Guardian-style, curly quotes; partial quote in lede before coroner is named, quote continuing next paragraph with no cue, "told the court", family statement over two paragraphs, unnamed trust spokesperson
('''A coroner has ruled that neglect contributed to the death of a 78-year-old retired bus driver who lay on the floor of a hospital ward for nearly four hours after a fall, warning that further deaths would follow “unless action is taken”.

Dennis Marlowe died at Eastfield General Hospital in Stockport in March last year, nine days after he was found beside his bed with a fractured hip and a head injury.

Concluding a four-day inquest at Stockport coroner’s court on Thursday, the senior coroner for Greater Manchester South, Alison Penhallow, said the ward had been “dangerously short of staff” on the night of the fall.

“Mr Marlowe was a man known to be at high risk of falling,” she said. “The measures that should have protected him, including a sensor mat and hourly checks, were either not in place or not carried out.

“I find that there was a gross failure to provide basic medical attention, and that this failure more than minimally contributed to his death.”

The inquest heard that two nurses and one healthcare assistant were responsible for 28 patients that night, and that an agency nurse booked for the shift had not arrived.

Giving evidence earlier in the week, the ward sister, Joanne Whitlock, told the court: “We were doing our best, but our best was not enough that night. I have thought about Mr Marlowe every day since.”

Penhallow said she would issue a prevention of future deaths report to the hospital trust and to the Department of Health and Social Care, and that she was concerned the same staffing pattern was still in use on other wards.

In a statement read outside court, Marlowe’s daughter, Claire Ashworth, said the family had waited more than a year for answers.

“Dad spent his last night on that ward alone, in pain and frightened, on a cold floor,” she said. “Nobody should die like that in a hospital in this country.

“We don’t want anyone else’s family to go through this. We want to see real change, not another apology.”

A spokesperson for Eastfield Hospitals NHS Foundation Trust said: “We are deeply sorry for the failings in Mr Marlowe’s care. We have since recruited more than 60 additional nurses and introduced new falls-prevention checks on every ward.”''',
 [("unless action is taken", "Alison Penhallow"),
  ("dangerously short of staff", "Alison Penhallow"),
  ("Mr Marlowe was a man known", "Alison Penhallow"),
  ("The measures that should have protected", "Alison Penhallow"),
  ("I find that there was a", "Alison Penhallow"),
  ("We were doing our best, but", "Joanne Whitlock"),
  ("Dad spent his last night on", "Claire Ashworth"),
  ("Nobody should die like that in", "Claire Ashworth"),
  ("We don’t want anyone else’s family", "Claire Ashworth"),
  ("We are deeply sorry for the", "Eastfield Hospitals NHS Foundation Trust")]),

# 3 -- Australian ambulance ramping, ABC-style, straight quotes; title before name, continuation paragraph with no cue, opposition spokesman partial then pronoun, union official's social media post, "told ABC Radio", anonymous paramedic, department statement
('''Queensland's Health Minister has conceded ambulance ramping at major hospitals is "nowhere near good enough" after new figures showed patients waited an average of 94 minutes to be handed over to emergency departments last month.

The data, released on Friday, shows ramping was worst on the Gold Coast and in Logan, where some paramedics reported waiting more than six hours with patients on stretchers in hospital corridors.

Health Minister Fiona Caddick said the Government would open 120 new beds across south-east Queensland before winter.

"I'm not going to stand here and pretend these numbers are acceptable," Ms Caddick said.

"Every hour a paramedic spends in a corridor is an hour they are not out in the community, and that is what keeps me up at night."

Opposition health spokesman Trent Maddison said the minister had "run out of excuses".

"This Government has had nine years to fix ramping and it has gone backwards in every single one of them," he said.

Jodie Fenwick, state secretary of the Ambulance Employees Union, posted a photograph on social media early on Friday showing nine ambulances queued outside Logan Hospital.

"This was 3am. This is every night," she wrote.

Speaking to ABC Radio Brisbane later that morning, Ms Fenwick said paramedics were "exhausted and demoralised" and that several had told her they were looking for work interstate.

One paramedic, who asked not to be named because staff are not permitted to speak to the media, said she had recently spent an entire 10-hour shift at a single hospital.

"I treated one patient all night. One. Meanwhile there were calls stacking up that nobody could get to," she said.

Queensland Health said in a statement that demand on emergency departments had risen 11 per cent in a year, driven largely by older patients with complex conditions.

"Our staff are working incredibly hard under sustained pressure, and we thank them for it," the statement said.

The figures will be discussed at a meeting of hospital and health service chief executives in Brisbane next week.''',
 [("nowhere near good enough", "Fiona Caddick"),
  ("I'm not going to stand here", "Fiona Caddick"),
  ("Every hour a paramedic spends in", "Fiona Caddick"),
  ("run out of excuses", "Trent Maddison"),
  ("This Government has had nine years", "Trent Maddison"),
  ("This was 3am. This is every", "Jodie Fenwick"),
  ("exhausted and demoralised", "Jodie Fenwick"),
  ("I treated one patient all night", "~paramedic"),
  ("Our staff are working incredibly hard", "Queensland Health")]),

# 4 -- Observational study on blood pressure drugs and dementia, Reuters wire style, curly quotes; study title, "said lead author Dr X", independent expert "called the study", emailed comment, charity statement partial, scare quote with no speaker
('''LONDON, June 12 (Reuters) - A widely used class of blood pressure drugs may modestly lower the risk of dementia in older adults, according to a large study published on Wednesday, though researchers cautioned that the findings did not prove the medicines caused the benefit.

The study, titled “Antihypertensive Class and Incident Dementia in Adults Over 65”, followed nearly 410,000 patients in Britain and Sweden for an average of nine years. It was published in The Lancet Healthy Longevity.

Patients prescribed angiotensin receptor blockers were about 14% less likely to be diagnosed with dementia than those taking other blood pressure drugs, the researchers found.

“It is an encouraging signal, but it is a signal and not a verdict,” said lead author Dr. Ingrid Solvik, an epidemiologist at Karolinska Institutet in Stockholm. “We would need a randomised trial before anyone changes a prescription on the strength of this.”

Solvik said the team had adjusted for age, smoking, diabetes and other factors, but that people prescribed the drugs might differ in ways the data could not capture, such as how often they saw a doctor.

Professor Martin Ekwueme, a geriatrician at University College London who was not involved in the research, called the study “carefully done and honestly reported”.

“The size of the dataset is its great strength,” he said in an emailed comment. “Its great weakness is the one every observational study shares: you cannot randomise history.”

Angiotensin receptor blockers, sold under brand names including Cozaar and Diovan, are available as cheap generics and are taken by millions of people worldwide.

Observational studies of such “repurposed” drugs have a mixed record. Several earlier analyses suggesting that common medicines protected against dementia were not confirmed when the drugs were tested in controlled trials.

The Dementia Prevention Trust, a British charity, said in a statement that the results were “a welcome piece of a very large puzzle” and urged people not to stop or switch medication without speaking to a doctor.

Solvik said her group was in early discussions with funders about a trial in people with high blood pressure and mild memory problems, which she estimated would take at least six years to report.''',
 [("It is an encouraging signal, but", "Ingrid Solvik"),
  ("We would need a randomised trial", "Ingrid Solvik"),
  ("carefully done and honestly reported", "Martin Ekwueme"),
  ("The size of the dataset is", "Martin Ekwueme"),
  ("Its great weakness is the one", "Martin Ekwueme"),
  ("a welcome piece of a very", "Dementia Prevention Trust")]),

# 5 -- Rural emergency department overnight closures, CBC-style, straight quotes; handwritten sign, "told CBC News" partial, split quotes, named spokesperson writing in an email, resident with age, unnamed woman
('''The only emergency department in the Nova Scotia town of Port Ardell will close overnight for at least the next six weeks because of a shortage of doctors, leaving residents a 75-minute drive from the nearest hospital after 8 p.m.

Nova Scotia Health announced the closures Monday, saying it had been unable to fill 31 overnight shifts at Port Ardell Memorial Hospital through the end of March.

By Tuesday morning, someone had taped a hand-lettered sign to the hospital's front doors reading "Don't get sick after dark."

Mayor Denise Thibodeau told CBC News the decision had left the community "angry and frankly scared."

"We have an older population, we have fishermen, we have a highway with a lot of accidents," Thibodeau said. "Seventy-five minutes is the difference between living and dying for some of those people."

Dr. Omar Haddad, one of three family physicians who cover the emergency department, said he and his colleagues had been working "well past what is sustainable."

"I did 16 overnight shifts in December on top of my clinic," he said. "I have two kids I barely saw."

Haddad said he had no plans to leave the town, but he understood why recruiters were struggling. Younger doctors, he said, were reluctant to sign on to a rotation that could mean being the only physician in the building for 12 hours.

Brianna Keddy, a spokesperson for Nova Scotia Health, said recruitment efforts were ongoing and that paramedics in the area would be given additional support during the closures.

"We know how difficult this is for the community and we are working every day to bring locum physicians in," Keddy wrote in an email.

Outside the hospital, Gerald Munro, 71, said he had a heart attack two years ago and was treated in Port Ardell within minutes of arriving.

"If that happened tonight, I'd be dead in the back of my daughter's car," he said.

A woman leaving the pharmacy next door, who declined to give her name, was blunter.

"They always find money for the city. Never for us," she said.

The health authority said it would review the schedule in mid-February and post any changes on its website.''',
 [("Don't get sick after dark.", None),
  ("angry and frankly scared.", "Denise Thibodeau"),
  ("We have an older population, we", "Denise Thibodeau"),
  ("Seventy-five minutes is the difference between", "Denise Thibodeau"),
  ("well past what is sustainable.", "Omar Haddad"),
  ("I did 16 overnight shifts in", "Omar Haddad"),
  ("I have two kids I barely", "Omar Haddad"),
  ("We know how difficult this is", "Brianna Keddy"),
  ("If that happened tonight, I'd be", "Gerald Munro"),
  ("They always find money for the", "~woman")]),

# 6 -- Dengue surge in Pune, Indian daily style (datelined, Dr. titles), curly quotes; "said Dr X, medical superintendent", father of patient, minister "told reporters" partial, civic banner, opposition corporator
('''PUNE: Hospitals across Pune reported a sharp rise in dengue admissions this week, with the city recording 412 confirmed cases in the first ten days of September, nearly three times the figure for the same period last year.

Municipal health officer Dr. Sunita Kulkarni said stagnant water left behind by heavy rain in late August had created “ideal breeding conditions” for the Aedes mosquito.

“We have deployed 300 additional workers for fogging and larval surveys, and we are asking every housing society to check their terraces, water tanks and flower pots,” Dr. Kulkarni said. “One open container can undo the work of an entire ward.”

At the Shivneri General Hospital in Hadapsar, beds in the medicine ward were full by Tuesday afternoon and some patients were being treated on mattresses laid out in the corridor.

“Platelet demand has gone up four times in two weeks,” said Dr. Ajay Deshmukh, medical superintendent of the hospital. “Our blood bank is managing for now, but we have appealed to the public for donors.”

Rakesh Pawar, whose 11-year-old son was admitted on Sunday, said the family had visited two private clinics before getting a bed.

“Everywhere they said full, full, full,” he said. “By the time we came here he could not stand.”

State Health Minister Vandana Jadhav, who visited the hospital on Wednesday, said additional testing kits and medicines had been sent to the district. She told reporters there was “no need to panic” but asked residents not to take painkillers without consulting a doctor, as some can worsen bleeding in dengue patients.

A banner put up by the civic body outside the hospital gate read “Clean water today, no dengue tomorrow.”

Opposition corporator Meenal Shinde said the civic body had ignored complaints about clogged drains in the eastern wards for months.

“We wrote letters in June. We wrote again in July. Nobody came,” she said.

The civic body has set up a helpline for residents to report breeding sites and has said it will fine housing societies found with mosquito larvae on their premises.''',
 [("ideal breeding conditions", "Sunita Kulkarni"),
  ("We have deployed 300 additional workers", "Sunita Kulkarni"),
  ("One open container can undo the", "Sunita Kulkarni"),
  ("Platelet demand has gone up four", "Ajay Deshmukh"),
  ("Our blood bank is managing for", "Ajay Deshmukh"),
  ("Everywhere they said full, full, full", "Rakesh Pawar"),
  ("By the time we came here", "Rakesh Pawar"),
  ("no need to panic", "Vandana Jadhav"),
  ("Clean water today, no dengue tomorrow.", None),
  ("We wrote letters in June. We", "Meenal Shinde")]),

# 7 -- FDA eye-drop recall, US newspaper style, straight quotes; product label words (no speaker), agency statement, company partial quote, doctor with split quote, patient's son
('''The Food and Drug Administration has ordered a Texas company to recall all lots of an over-the-counter eye drop after federal inspectors found bacteria in a sealed bottle and linked the product to at least 14 infections in four states.

The drops, sold online and in some discount stores under the brand name ClearView Relief, were labeled "sterile" and "gentle enough for daily use."

Inspectors who visited the company's plant in Odessa in May found standing water on the filling-room floor and no records of contamination testing for 11 months, according to an FDA inspection report.

"Contaminated eye drops can cause serious infections that lead to vision loss," the agency said in a statement Thursday. "Consumers should stop using this product immediately and talk to a health care provider if they have symptoms."

The company, Permian Health Products, said in a brief statement that it was "cooperating fully" with regulators and had halted production. It did not respond to questions about the inspection findings.

Dr. Leah Oyelaran, an ophthalmologist in Tulsa, Oklahoma, said she had treated two patients whose infections were later linked to the drops. One, a retired teacher in her 70s, lost most of the sight in her left eye.

"She did everything right. She bought eye drops from a store, and she used them as directed," Oyelaran said. "That's what makes this so hard to accept."

The patient's son, Marcus Reed, said his mother had used the drops for dry eyes for about a year before she developed pain and blurred vision in October.

"There was nothing on that bottle to tell you it came from a place like that," he said. "You assume somebody is checking."

Reed said the family had hired a lawyer.

Federal health officials have warned about contaminated eye products several times in recent years. The FDA said patients with redness, discharge or pain after using the drops should seek care promptly, and that the agency was working with state health departments to identify other possible cases.''',
 [("sterile", None),
  ("gentle enough for daily use.", None),
  ("Contaminated eye drops can cause serious", "Food and Drug Administration"),
  ("Consumers should stop using this product", "Food and Drug Administration"),
  ("cooperating fully", "Permian Health Products"),
  ("She did everything right. She bought", "Leah Oyelaran"),
  ("That's what makes this so hard", "Leah Oyelaran"),
  ("There was nothing on that bottle", "Marcus Reed"),
  ("You assume somebody is checking.", "Marcus Reed")]),

# 8 -- GP same-day access plan, British newspaper style with single quotes as main mark; "so-called" scare quote, minister partial then split quote, body's one-word partial, named GP leader then continuation with no cue, charity chief, unnamed woman in queue, department spokesman
('''GP surgeries in England will be told to respond to every patient's request for an appointment on the same day it is made, under plans announced by the Health Secretary last night.

Graham Toller said the so-called '8am scramble', in which patients queue on the phone as surgeries open, had become 'a national embarrassment'.

'Nobody should have to set an alarm and hit redial forty times just to see a doctor,' he said. 'That is not a health service, it is a lottery.'

Under the plans, practices will have to assess every request by the end of the working day and either offer an appointment, give advice or direct the patient to another service such as a pharmacy.

But the British Medical Association said the plan was 'undeliverable' without more GPs.

Dr Helen Ashcroft, who chairs the BMA's GP committee, said: 'We share the goal. What we do not share is the fantasy that you can get there by issuing a new rule to practices that are already drowning.

'Practices lost the equivalent of 1,600 full-time GPs over the last decade while patient lists grew by millions. You cannot contract your way out of that.'

Patients' groups gave the plans a cautious welcome. Rachel Moss, chief executive of Patients First UK, said: 'If this means an end to the phone queue, people will be delighted. But a quick answer is not the same as a quick appointment.'

At a surgery in Lewisham yesterday, a queue had formed on the pavement before the doors opened. One woman, who had brought her asthmatic son, said: 'I've been ringing for three days. It's quicker to just stand here.'

A Department of Health and Social Care spokesman said the changes would be backed by funding for an extra 1,000 practice staff.

'We are cutting red tape so GPs can spend more time with patients,' the spokesman said.

The new rules are expected to come into force in October, subject to consultation.''',
 [("a national embarrassment", "Graham Toller"),
  ("Nobody should have to set an", "Graham Toller"),
  ("That is not a health service", "Graham Toller"),
  ("undeliverable", "British Medical Association"),
  ("We share the goal. What we", "Helen Ashcroft"),
  ("Practices lost the equivalent of 1,600", "Helen Ashcroft"),
  ("If this means an end to", "Rachel Moss"),
  ("I've been ringing for three days", "~woman"),
  ("We are cutting red tape so", "Department of Health and Social Care")]),

# 9 -- Psychiatrist resignations at a mental health unit, RNZ-style, curly quotes; professional body partial, "told RNZ" partial then pronoun, unnamed psychiatrist, regional director, mother's Facebook post, protest placards
('''Six of the nine psychiatrists at Whanganui’s inpatient mental health unit have resigned in the past four months, leaving the service reliant on locums flown in from Australia and further afield.

The Association of Salaried Medical Specialists said the departures had left the unit “one sick day away from collapse”.

Dr Miriama Tautahi, who resigned in March after 14 years at the unit, told RNZ she had left “with a heavy heart and a clear conscience”.

“I was asked to sign off on discharging people I knew were not safe to go home, because we needed the bed for someone who was even less safe,” she said. “I couldn’t keep doing that.”

Another psychiatrist who has resigned, but who asked not to be named because she is still working her notice, said the workload had become “impossible to do well and dangerous to do badly”.

Health New Zealand’s regional director of mental health, Craig Lauder, said recruitment was under way and the unit remained safe for patients.

“I want to reassure the community that people who need care will get it,” Lauder said. “We have secured locum cover through to the end of the year.”

But Angela Parata, whose 19-year-old son was discharged from the unit in February and readmitted a week later after a suicide attempt, said such reassurances rang hollow.

In a Facebook post shared more than 4000 times, she wrote: “They told me he was ready. He wasn’t ready. Somebody has to start listening to mothers.”

On Saturday about 200 people marched from the town centre to the hospital, many carrying placards reading “Our whānau deserve better”.

The unit has 22 beds and serves a catchment of about 70,000 people. Health New Zealand said it had paid more than $2.1 million for locum psychiatrists in the region in the past financial year.''',
 [("one sick day away from collapse", "Association of Salaried Medical Specialists"),
  ("with a heavy heart and a", "Miriama Tautahi"),
  ("I was asked to sign off", "Miriama Tautahi"),
  ("I couldn’t keep doing that.", "Miriama Tautahi"),
  ("impossible to do well and dangerous", "~psychiatrist"),
  ("I want to reassure the community", "Craig Lauder"),
  ("We have secured locum cover through", "Craig Lauder"),
  ("They told me he was ready.", "Angela Parata"),
  ("Our whānau deserve better", None)]),

# 10 -- Rural labor-and-delivery closure, New York Times-style feature news, straight quotes; courtesy titles (Ms., Dr.), "said X, the hospital's chief executive", "reached by phone", term in scare quotes, researcher, "the 31-year-old said"
('''CARVERTON, Ala. — When Tasha Greer went into labor with her third child last month, the hospital 10 minutes from her house could no longer deliver babies. She drove 58 miles instead, timing her contractions on the dashboard clock.

"I kept thinking, if something goes wrong, it's going to go wrong on Highway 10," said Ms. Greer, 31, who gave birth to a healthy daughter less than an hour after arriving.

The labor and delivery unit at Pell County Regional Hospital closed in March, the latest of more than two dozen in Alabama to shut down in the past decade. Hospital executives cited a shortage of obstetricians and mounting losses; about 70 percent of the unit's births were covered by Medicaid, which reimburses hospitals at lower rates than private insurers.

"We were losing a little over $2 million a year on obstetrics," said Randall Pryor, the hospital's chief executive. "I could keep that unit open, or I could keep this hospital open. I couldn't do both."

Dr. Evelyn Marsh, the last obstetrician on staff, has moved to a practice in Montgomery. Reached by phone, she said she still gets text messages from former patients.

"They ask me where they should go, and I don't always have a good answer," Dr. Marsh said.

Pell County now sits in what are known as "maternity care deserts," counties with no hospital offering obstetric care and no obstetric providers. More than a third of Alabama's counties fall into that category.

Dr. Carla Whitfield, who studies maternal health at the University of Alabama at Birmingham, said longer drives carry real danger.

"Distance is a risk factor in itself," Dr. Whitfield said. "When a woman is hemorrhaging, an extra 45 minutes is not an inconvenience. It can be the whole story."

A spokeswoman for the Alabama Department of Public Health, Lorna Keel, said the state was expanding a program that pays for emergency transport for women with high-risk pregnancies and had added two mobile prenatal clinics in the region.

Ms. Greer said she planned to stop at three children, partly, she said, because of the drive.

"I'm not doing that again," the 31-year-old said, laughing. "My husband is not doing that again either."''',
 [("I kept thinking, if something goes", "Tasha Greer"),
  ("We were losing a little over", "Randall Pryor"),
  ("I could keep that unit open", "Randall Pryor"),
  ("They ask me where they should", "Evelyn Marsh"),
  ("Distance is a risk factor in", "Carla Whitfield"),
  ("When a woman is hemorrhaging, an", "Carla Whitfield"),
  ("I'm not doing that again", "Tasha Greer"),
  ("My husband is not doing that", "Tasha Greer")]),

# 11 -- Record trolley numbers in Irish hospitals, Irish Independent-style, curly quotes; union general secretary partial then "Ms X said", HSE statement partial and "the statement said", minister on radio partial, woman's social media caption
('''A record 731 patients were waiting on trolleys in Irish hospitals on Tuesday morning, according to figures from the Irish Nurses and Midwives Organisation (INMO).

University Hospital Limerick was again the worst affected, with 121 patients waiting for a bed, followed by Cork University Hospital with 74 and University Hospital Galway with 58.

INMO general secretary Siobhán Drennan said the figures were “a damning indictment of a health service that has been warned, and warned, and warned again”.

“Our members are working in conditions that are unsafe for patients and unsafe for themselves,” Ms Drennan said. “We have nurses caring for patients on chairs in corridors, with no call bell and no privacy.”

She called on the Minister for Health to convene an emergency meeting with hospital managers and unions before the end of the week.

The Health Service Executive said in a statement that hospitals were experiencing “exceptionally high levels of attendances”, particularly among people over 75, and that flu and other respiratory viruses were circulating widely.

“We would urge anyone with mild symptoms to contact their GP or pharmacist in the first instance,” the statement said.

Minister for Health Conor Mulready said on RTÉ’s Morning Ireland that he would not “sugar-coat” the situation.

“These are not numbers, they are people, and many of them are older people who should be in a bed,” he said. “I am not going to sit here and tell you this is acceptable.”

He said 260 additional beds would open across the hospital system by the end of March.

A woman whose 84-year-old father spent 41 hours on a trolley at University Hospital Limerick posted a photograph of him on social media, with the caption: “My dad, a farmer for 60 years, waiting two days for a bed.” The post had been shared more than 9,000 times by Tuesday evening.

The INMO said its trolley figures have been collected every weekday since 2004 and that January totals have broken records in four of the last five years.''',
 [("a damning indictment of a health", "Siobhán Drennan"),
  ("Our members are working in conditions", "Siobhán Drennan"),
  ("We have nurses caring for patients", "Siobhán Drennan"),
  ("exceptionally high levels of attendances", "Health Service Executive"),
  ("We would urge anyone with mild", "Health Service Executive"),
  ("sugar-coat", "Conor Mulready"),
  ("These are not numbers, they are", "Conor Mulready"),
  ("I am not going to sit", "Conor Mulready"),
  ("My dad, a farmer for 60", "~woman")]),

# 12 -- Radiotherapy backlog at a Pretoria hospital, News24-style, straight quotes; protest placards, "told News24", activist partial then pronoun, named provincial spokesperson, anonymous oncologist
('''More than 2,300 cancer patients are waiting for radiation treatment at Mahlangu Academic Hospital in Pretoria, some for longer than a year, after two of its three radiotherapy machines broke down in January.

About 80 patients and activists picketed outside the hospital on Thursday, singing and holding placards that read "Cancer does not wait" and "Fix the machines now".

Thandeka Mokoena, 46, who was diagnosed with cervical cancer in October, said she had been told to come back in five months.

"The doctor looked at me and said sorry, there is nothing we can do now," Mokoena told News24. "I said, by then what will be left of me?"

Lwazi Dube, a coordinator with the Equal Care Coalition, which organised the picket, said the backlog amounted to "a slow-motion human rights violation."

"Every week that passes, patients who could have been cured become patients who can only be made comfortable," he said.

Gauteng Health spokesperson Neo Mathebula said replacement parts for one of the machines had been ordered from Germany and were expected within weeks, while a tender for a new machine was being finalised.

"The department is also sending some patients to private facilities in terms of an agreement we have signed," Mathebula said. "We understand the frustration and we apologise for it."

An oncologist at the hospital, who spoke on condition of anonymity because staff are not authorised to speak to the media, said doctors were being forced to decide which patients to prioritise.

"We are choosing who gets treated and who does not. That is not medicine, that is triage in a war zone," the oncologist said.

The coalition has given the provincial department 14 days to present a plan to clear the backlog, failing which it says it will approach the high court.''',
 [("Cancer does not wait", None),
  ("Fix the machines now", None),
  ("The doctor looked at me and", "Thandeka Mokoena"),
  ("I said, by then what will", "Thandeka Mokoena"),
  ("a slow-motion human rights violation.", "Lwazi Dube"),
  ("Every week that passes, patients who", "Lwazi Dube"),
  ("The department is also sending some", "Neo Mathebula"),
  ("We understand the frustration and we", "Neo Mathebula"),
  ("We are choosing who gets treated", "~oncologist")]),

# 13 -- Senate hearing on a drug price hike, Washington trade-press style, curly quotes; CEO "told the committee", senators with "Sen." titles and split quotes, CEO partial reply, protest signs, patient, company statement partials
('''WASHINGTON — The chief executive of Halvorsen Therapeutics told senators on Tuesday that a 60 percent price increase for the company’s kidney-disease drug was needed to fund research, drawing sharp rebukes from members of both parties.

“Innovation has a cost, and someone has to pay it,” Mark Ostrander told the Senate Health, Education, Labor and Pensions Committee. “If we cannot earn a return on the medicines that work, we cannot afford to search for the next one.”

The drug, Nephrazol, treats a rare inherited kidney disorder that affects about 8,000 Americans. Its list price rose in January from $210,000 to $336,000 a year.

Sen. Patricia Lindqvist, a Minnesota Democrat, held up a pill bottle during her questioning. “This is the same pill it was in December,” she said. “The only thing that changed is the number on the invoice.”

Sen. Dale Corbin, a Kansas Republican, said the company had spent more on share buybacks last year than on research and development.

“You’ve told us this is about innovation,” Corbin said. “Your own annual report says otherwise.”

Ostrander replied that buybacks and research were “not an either-or” and that the company had four drugs in clinical trials.

Outside the hearing room, members of a patient group held signs reading “My kidneys are not a stock price.”

Jenna Albright, 27, who has taken Nephrazol since she was 19, said her insurer had begun requiring her to reapply for coverage every three months since the increase, and that she had twice gone without the drug while paperwork was processed.

“I spend more time on the phone with my insurance company than I do with my nephrologist,” she said.

In a statement after the hearing, Halvorsen said it offered “robust patient assistance programs” and that no patient who needed the drug had been turned away because of cost.

The committee’s chair said she intended to call executives from two other drug makers to testify later this year.''',
 [("Innovation has a cost, and someone", "Mark Ostrander"),
  ("If we cannot earn a return", "Mark Ostrander"),
  ("This is the same pill it", "Patricia Lindqvist"),
  ("The only thing that changed is", "Patricia Lindqvist"),
  ("You’ve told us this is about", "Dale Corbin"),
  ("Your own annual report says otherwise.", "Dale Corbin"),
  ("not an either-or", "Mark Ostrander"),
  ("My kidneys are not a stock", None),
  ("I spend more time on the", "Jenna Albright"),
  ("robust patient assistance programs", "Halvorsen Therapeutics")]),

# 14 -- Independent maternity review, BBC News website style, straight quotes; report title, reviewer with "Dame" title then continuation paragraph, report's own phrase, mother on Radio 4's Today programme, chief executive partial and statement, anonymous midwife "told the BBC"
('''An independent review of maternity services at a Midlands hospital trust has found that at least 47 babies might have survived had they received better care.

The review, led by senior midwife Dame Patricia Okafor, examined 1,260 cases at Hollins Vale NHS Trust between 2015 and 2023. Its 312-page report, titled "Listening Too Late", was published on Wednesday.

Dame Patricia said families had repeatedly raised concerns and been dismissed.

"Again and again, mothers told staff that something was wrong, and again and again they were not believed," she said.

"That is the single thread that runs through almost every case we examined."

The report also criticised what it called an "ideology of normal birth" on some wards, which it said had led to delays in offering caesarean sections to women whose labour was not progressing.

Speaking to BBC Radio 4's Today programme, Sameera Hussain, whose son Idris died two days after his birth in 2019, said reading the report had been "like reliving it, but this time with someone finally listening".

"We were called difficult. We were called emotional. We were right," she said.

The trust's chief executive, Jonathan Pryce-Edwards, apologised "unreservedly" to the families affected.

"I am ashamed of the care that some families received from this trust," he said in a statement. "We will implement every one of the review's recommendations in full."

A midwife who has worked at the trust for more than a decade, and who spoke on condition of anonymity, told the BBC that staff had raised concerns about staffing "for years" before the review was commissioned.

The review makes 64 recommendations, including an independent route for families to escalate concerns and mandatory training on listening to women in labour.

The Care Quality Commission said it would carry out an unannounced inspection of the trust's maternity units in the coming months.''',
 [("Again and again, mothers told staff", "Patricia Okafor"),
  ("That is the single thread that", "Patricia Okafor"),
  ("ideology of normal birth", None),
  ("like reliving it, but this time", "Sameera Hussain"),
  ("We were called difficult. We were", "Sameera Hussain"),
  ("unreservedly", "Jonathan Pryce-Edwards"),
  ("I am ashamed of the care", "Jonathan Pryce-Edwards"),
  ("We will implement every one of", "Jonathan Pryce-Edwards"),
  ("for years", "~midwife")]),

# 15 -- Doctors' strike over unpaid salaries in Kisumu, Daily Nation-style, curly quotes; "said Dr X, the union's branch secretary", union strike notice, chant, patient's daughter with "she asked", county official "told journalists", pronoun return
('''Services at public hospitals in Kisumu County were paralysed on Monday as doctors began a strike over unpaid salaries, with patients turned away at the county’s main referral hospital.

The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said its members in the county had not been paid for three months.

In a strike notice issued last week, the union told its members: “All doctors are advised to withdraw services until further notice.”

“Doctors are not volunteers. We have families, rent and school fees like every other Kenyan,” said Dr Otieno Achola, the union’s Kisumu branch secretary.

Dr Achola said the county government had made “promise after promise” since September without releasing the money.

Dozens of doctors in white coats marched through the town centre chanting “Pay us, we heal you” before presenting a petition at the county offices.

At Lakeside County Referral Hospital, the outpatient wing was largely empty, with only a handful of nurses and clinical officers attending to emergencies.

Akinyi Odhiambo, who had travelled from Nyakach with her diabetic mother, said they had been told to seek treatment at a private clinic.

“Where will I get that money?” she asked. “My mother needs insulin, not excuses.”

County Health Executive Dr Grace Wanjala said salaries for October would be paid by the end of the week once funds were released by the National Treasury.

“The delay is not of our making. We have been waiting for disbursements from the national government like every other county,” Dr Wanjala told journalists at her office.

But Dr Achola dismissed the explanation.

“We have heard that story before,” he said. “The strike continues until money is in our accounts.”

The Council of Governors is expected to meet Treasury officials this week over delayed disbursements to counties.''',
 [("All doctors are advised to withdraw", "Kenya Medical Practitioners, Pharmacists and Dentists Union"),
  ("Doctors are not volunteers. We have", "Otieno Achola"),
  ("promise after promise", "Otieno Achola"),
  ("Pay us, we heal you", None),
  ("Where will I get that money?", "Akinyi Odhiambo"),
  ("My mother needs insulin, not excuses.", "Akinyi Odhiambo"),
  ("The delay is not of our", "Grace Wanjala"),
  ("We have heard that story before", "Otieno Achola"),
  ("The strike continues until money is", "Otieno Achola")]),

# 16 -- Measles outbreak in West Texas, regional newspaper style, straight quotes; "said Dr X, the county's health authority", clinic sign, nurse manager, anonymous mother's Facebook post, superintendent's letter to families, CDC statement
('''Health officials in Dorsey County confirmed 11 more measles cases on Friday, bringing the total in the West Texas outbreak to 58, the largest in the state in more than three decades.

Most of the cases are in children who were not vaccinated, according to the county health department. Six people have been hospitalized, including two infants too young to receive the vaccine.

"Measles is one of the most contagious diseases we know of," said Dr. Alan Whitcomb, the county's health authority. "If you are not vaccinated and you are exposed, there is about a 90 percent chance you will get it."

Whitcomb said the department had extended hours at its free vaccine clinic on Main Street, where a sign taped to the front window reads "MMR shots here - no appointment needed."

The clinic gave 214 doses this week, compared with about 30 in a typical week, said nurse manager Rosa Delgado.

"We had a grandfather come in yesterday who drove two hours with four grandkids," Delgado said. "He told us he'd seen measles as a boy and didn't want them to go through it."

Not everyone is convinced. In a Facebook group for local parents with more than 3,000 members, one mother wrote that she would "take my chances with natural immunity," a post that drew dozens of replies both supporting and criticizing her.

Dorsey Independent School District Superintendent Karen Ellsworth said unvaccinated students at two elementary schools had been asked to stay home for 21 days after possible exposure.

"This isn't a decision we made lightly," Ellsworth wrote in a letter to families. "But our first job is to keep children safe."

The Centers for Disease Control and Prevention said it had sent a small team to assist with contact tracing.

"CDC is in close contact with state and local partners and is providing support as requested," the agency said in a statement.

Two doses of the measles, mumps and rubella vaccine are about 97 percent effective at preventing the disease, according to the CDC.''',
 [("Measles is one of the most", "Alan Whitcomb"),
  ("If you are not vaccinated and", "Alan Whitcomb"),
  ("MMR shots here - no appointment", None),
  ("We had a grandfather come in", "Rosa Delgado"),
  ("He told us he'd seen measles", "Rosa Delgado"),
  ("take my chances with natural immunity", "~mother"),
  ("This isn't a decision we made", "Karen Ellsworth"),
  ("But our first job is to", "Karen Ellsworth"),
  ("CDC is in close contact with", "Centers for Disease Control and Prevention")]),

# 17 -- NICE rejects an ovarian cancer drug, British broadsheet style with curly single quotes; watchdog's draft guidance partial, director partial then split quote, manufacturer partials, charity chief, patient with age
('''A drug that can extend the lives of women with advanced ovarian cancer by an average of seven months will not be offered on the NHS in England after the health spending watchdog ruled it was too expensive.

The National Institute for Health and Care Excellence (NICE) said in draft guidance published yesterday that tevoraclib did not represent ‘an acceptable use of NHS resources’ at its list price of £6,200 a month.

Professor Adrian Whitlow, NICE’s director of medicines evaluation, said the appraisal committee had ‘looked very hard for a way to say yes’.

‘We recognise how disappointing this will be for women and their families,’ he said. ‘But every pound we spend on a treatment that is not cost-effective is a pound that cannot be spent on care elsewhere in the NHS.’

The manufacturer, Arvelle Pharma, said it was ‘profoundly disappointed’ and accused the watchdog of relying on ‘an outdated framework that fails cancer patients’. The company said it had offered the NHS a confidential discount.

The charity Ovarian Voices said around 1,400 women a year could have been eligible for the drug.

Its chief executive, Louise Feeney, said: ‘Seven months is a summer, a wedding, a grandchild’s first birthday. It is not a statistic.’

Among those affected is Joanna Pike, 52, a teacher from Bristol, whose oncologist told her last month that tevoraclib might be her best remaining option.

‘I’ve been told there is a drug that could help me and that I can’t have it because of a spreadsheet,’ she said. ‘I understand budgets. I just didn’t expect to be one.’

Tevoraclib is already available in Scotland, where the Scottish Medicines Consortium approved it in the spring, and in several European countries.

Consultation on the draft guidance closes next month. NICE said it would consider any revised price offered by the company before issuing final guidance.''',
 [("an acceptable use of NHS resources", "National Institute for Health and Care Excellence"),
  ("looked very hard for a way", "Adrian Whitlow"),
  ("We recognise how disappointing this will", "Adrian Whitlow"),
  ("But every pound we spend on", "Adrian Whitlow"),
  ("profoundly disappointed", "Arvelle Pharma"),
  ("an outdated framework that fails cancer", "Arvelle Pharma"),
  ("Seven months is a summer, a", "Louise Feeney"),
  ("I’ve been told there is a", "Joanna Pike"),
  ("I understand budgets. I just didn’t", "Joanna Pike")]),

# 18 -- Endometriosis blood test study, Sydney Morning Herald-style, curly quotes; professor with split quote and later "she said", independent gynaecologist partial then pronoun, patient with age, funding body statement partial, advocate's Instagram post
('''Melbourne researchers say a simple blood test could one day diagnose endometriosis in weeks rather than the seven years it currently takes on average, after a study of almost 900 women found the test correctly identified the condition in more than four out of five cases.

The study, published in the journal Human Reproduction on Tuesday, was led by Professor Lucinda Harte of the Southbank Women’s Research Institute.

“For too long women have been told their pain is normal, or that it’s in their heads,” Professor Harte said. “A blood test won’t fix that on its own, but it gives doctors something objective to point to.”

The test measures a panel of 11 proteins in the blood. It correctly identified endometriosis in 83 per cent of women who had the disease, and correctly ruled it out in 79 per cent of those who did not.

Dr Mei Lin Tan, a gynaecologist at the Royal Women’s Hospital who was not involved in the research, said the results were “genuinely promising” but that the test would need to be validated in larger and more diverse groups before it could be used in clinics.

“One in five false positives is still a lot of women being told they might have a disease they don’t have,” she said.

Kirsten O’Dea, 34, waited nine years and saw 14 doctors before she was diagnosed in 2021.

“I was called dramatic, I was called anxious, I was told to take a Panadol and go home,” she said. “If a test like this had existed, I might have had my twenties back.”

The National Health and Medical Research Council, which part-funded the study, said in a statement the results showed “the value of sustained investment in women’s health research”.

Endometriosis advocate and podcaster Ruby Ellingham shared news of the study with her 60,000 Instagram followers, writing: “Nine years to diagnosis is not a wait time, it’s a scandal.”

Professor Harte said the team was now seeking funding for a national trial across 20 hospitals and hoped a test could be available to GPs within five years.

“We’re talking years, not months, but the door is open,” she said.''',
 [("For too long women have been", "Lucinda Harte"),
  ("A blood test won’t fix that", "Lucinda Harte"),
  ("genuinely promising", "Mei Lin Tan"),
  ("One in five false positives is", "Mei Lin Tan"),
  ("I was called dramatic, I was", "Kirsten O’Dea"),
  ("If a test like this had", "Kirsten O’Dea"),
  ("the value of sustained investment in", "National Health and Medical Research Council"),
  ("Nine years to diagnosis is not", "Ruby Ellingham"),
  ("We’re talking years, not months, but", "Lucinda Harte")]),

# 19 -- Long-term care death and inspection report, Globe and Mail-style, straight quotes; inspection report's own words, son "the 58-year-old said", quote continuing next paragraph with no cue, operator statement partial, named vice-president, opposition critic partial then pronoun
('''An Ontario long-term care home where a resident with dementia was found dead in a snowbank outside the building had failed to repair a faulty door alarm for nearly two months, according to a provincial inspection report released this week.

Edna Kowalczyk, 86, left Maple Crest Manor in Sudbury through a side exit on the night of Jan. 14. Staff did not notice she was missing until a morning headcount nearly seven hours later.

The report, by inspectors from the Ministry of Long-Term Care, found the alarm on the door had been logged as "intermittent" on at least nine occasions since November, and that a work order to fix it was marked "not urgent."

Her son, Peter Kowalczyk, 58, said the family learned of the alarm problem only when the report was made public.

"They told us it was a tragic accident. Nobody said a word about the alarm," the 58-year-old said. "I would like to know who decided that it could wait.

"I visited her every Sunday for four years. I trusted those people."

The home's operator, Northgate Senior Living, said in a statement that it had "fully cooperated" with inspectors and that the alarm had since been replaced.

"We are heartbroken by Mrs. Kowalczyk's death and we have apologized to her family directly," said Sandra Liu, Northgate's vice-president of operations. She said the company had also added a second overnight headcount at all 14 of its Ontario homes.

The ministry said it had issued two compliance orders against the home and referred the case to the Office of the Chief Coroner.

NDP long-term care critic Teresa Boudreau said the case showed the inspection system was "toothless."

"A home can ignore a broken alarm for two months, someone dies, and the penalty is a compliance order," she said.

Ontario has more than 600 long-term care homes housing about 78,000 residents. The province has promised to hire more inspectors and increase fines for repeat violations.''',
 [("intermittent", None),
  ("not urgent.", None),
  ("They told us it was a", "Peter Kowalczyk"),
  ("I would like to know who", "Peter Kowalczyk"),
  ("I visited her every Sunday for", "Peter Kowalczyk"),
  ("fully cooperated", "Northgate Senior Living"),
  ("We are heartbroken by Mrs. Kowalczyk's", "Sandra Liu"),
  ("toothless.", "Teresa Boudreau"),
  ("A home can ignore a broken", "Teresa Boudreau")]),

# 20 -- Scottish drug deaths figures, Herald/Scotsman-style, straight quotes; minister partial then "she told MSPs", opposition spokesman partial then quote, support worker, anonymous woman in recovery, charity statement partial
('''Drug deaths in Scotland rose by 9% last year to 1,197, official figures show, keeping the country's rate the highest recorded in Europe.

The National Records of Scotland (NRS) figures, published on Tuesday, show that 69% of those who died were men and that the largest increase was among people aged 45 to 54.

Drugs and alcohol policy minister Eilidh MacInnes said every death was "a tragedy that leaves a family grieving".

"These figures are deeply disappointing and I will not try to explain them away," she told MSPs. "We know what works: getting people into treatment quickly and keeping them there."

Scottish Conservative health spokesman Douglas Fairlie said the Scottish Government had "lost its way".

"Ministers declared a national mission. Three years on, the only thing that has risen faster than the death toll is the number of press releases," he said.

At a drop-in centre in Dundee, staff said the past year had been the hardest they could remember. Support worker Andy Mackie, who has worked at the Hilltown Hub for 12 years, said he had lost count of the funerals.

"I went to four in one month in the spring," he said. "You get to know these folk. They're not statistics to us."

A woman in recovery who uses the centre, and who asked not to be named, said she had waited 11 weeks for a place on a residential rehabilitation programme.

"When you finally decide you want help, you need it that day, not in three months," she said.

The charity Recovery Scotland Network said in a statement that the figures were "a call to urgent action, not another review" and called for same-day treatment to be available in every health board area.

Glasgow, Dundee and Inverclyde recorded the highest death rates. Street benzodiazepines were implicated in more than half of all deaths, alongside opioids such as heroin and methadone.''',
 [("a tragedy that leaves a family", "Eilidh MacInnes"),
  ("These figures are deeply disappointing and", "Eilidh MacInnes"),
  ("We know what works: getting people", "Eilidh MacInnes"),
  ("lost its way", "Douglas Fairlie"),
  ("Ministers declared a national mission. Three", "Douglas Fairlie"),
  ("I went to four in one", "Andy Mackie"),
  ("You get to know these folk.", "Andy Mackie"),
  ("When you finally decide you want", "~woman"),
  ("a call to urgent action, not", "Recovery Scotland Network")]),

# 21 -- Ransomware attack on a hospital system, US health-news site style, curly quotes; "said Dr X, the system's president", nursing-station sign, anonymous nurse's Reddit post, patient with age and pronoun in a split quote, consultant partial, state department statement partial
('''A ransomware attack has forced a hospital system in western Pennsylvania to divert ambulances and return to paper records at three of its hospitals, in what officials described on Wednesday as the most serious disruption in the system’s 90-year history.

Allegheny Ridge Health said it discovered the attack early Monday and shut down its computer network to contain it. Emergency departments at its hospitals in Altoona, Johnstown and Indiana, Pa., have been diverting ambulances since Monday afternoon.

“Our first priority is, and will remain, the safety of our patients,” said Dr. Samuel Whitaker, the system’s president and chief executive. “We made the decision to take our systems offline knowing it would be painful, because the alternative was worse.”

Whitaker declined to say whether the system had received a ransom demand, citing an ongoing FBI investigation.

Inside the hospitals, staff have been working from binders and handwritten charts. A laminated sign on the door of one nursing station at the Altoona hospital read “DOWNTIME — ALL ORDERS ON PAPER.”

A nurse at the Johnstown hospital described the week as “controlled chaos” in a post on Reddit that was later deleted.

“Half of us never learned paper charting. The other half are teaching it on the fly,” the nurse wrote.

Cancer patients have had chemotherapy appointments rescheduled because the system’s pharmacy software is offline. Debra Kline, 61, who is being treated for breast cancer, said she learned that her Tuesday infusion had been canceled only when she arrived at the clinic.

“Nobody called me. There was a woman at the desk with a clipboard, apologizing to everybody,” Kline said. “She looked like she hadn’t slept.”

The Pennsylvania Department of Health said in a statement that neighboring hospitals had “ample capacity” to absorb diverted patients and that it was monitoring the situation daily.

John Riggio, a former federal cybersecurity official who now advises hospitals on security, said health systems had become prime targets because “they cannot afford to be down for long, and the criminals know it.”

Allegheny Ridge said it expected to restore its electronic health records system in stages over the next two weeks.''',
 [("Our first priority is, and will", "Samuel Whitaker"),
  ("We made the decision to take", "Samuel Whitaker"),
  ("DOWNTIME — ALL ORDERS ON PAPER.", None),
  ("controlled chaos", "~nurse"),
  ("Half of us never learned paper", "~nurse"),
  ("Nobody called me. There was a", "Debra Kline"),
  ("She looked like she hadn’t slept.", "Debra Kline"),
  ("ample capacity", "Pennsylvania Department of Health"),
  ("they cannot afford to be down", "John Riggio")]),

# 22 -- 91-year-old's 26-hour trolley wait, UK regional paper style with single straight quotes; granddaughter one-word partial then multiple quotes incl. Facebook post and "added", "so-called" scare quote, medical director over two paragraphs, local MP
('''A pensioner with a broken hip waited 26 hours on a trolley in a hospital corridor before being given a bed, her family has said.

Margaret Holt, 91, was taken to the Bridgewater Royal Infirmary by ambulance after falling in the kitchen of her home in Leigh on Saturday afternoon.

Her granddaughter, Sophie Holt, 27, said the family had been 'horrified' by what they found when they arrived.

'She was in a corridor next to the toilets with a thin blanket and people walking past her all night,' Sophie said. 'She kept apologising to the nurses for being a nuisance.'

Sophie posted a photo of her grandmother on Facebook on Sunday morning with the message: 'This is my nan. She is 91 and has been on this trolley for 19 hours. Something has to change.' The post has since been shared more than 12,000 times.

'She's the toughest woman I know, but I've never seen her look so small,' Sophie added.

Mrs Holt was eventually moved to an orthopaedic ward on Sunday evening and had surgery on Monday. Her family say she is recovering well.

Dr Anil Chaudhry, medical director of Bridgewater Hospitals NHS Trust, said: 'I want to apologise to Mrs Holt and her family. No one should wait this long, and we have contacted the family to discuss their concerns directly.

'Our emergency department saw more than 400 patients on Saturday, one of the busiest days we have ever had.'

The Royal College of Emergency Medicine has warned that so-called 'corridor care' is now routine in many hospitals in England.

Leigh MP Julie Garside said she would raise the case with ministers.

'Margaret's story is heartbreaking, but sadly it is not unusual,' she said. 'I hear from families every week who have been through something similar.'

Bridgewater Hospitals NHS Trust said it would carry out a formal review of Mrs Holt's care and share the findings with her family.''',
 [("horrified", "Sophie Holt"),
  ("She was in a corridor next", "Sophie Holt"),
  ("She kept apologising to the nurses", "Sophie Holt"),
  ("This is my nan. She is", "Sophie Holt"),
  ("She's the toughest woman I know", "Sophie Holt"),
  ("I want to apologise to Mrs", "Anil Chaudhry"),
  ("Our emergency department saw more than", "Anil Chaudhry"),
  ("Margaret's story is heartbreaking, but sadly", "Julie Garside"),
  ("I hear from families every week", "Julie Garside")]),

# 23 -- Lassa fever deaths incl. a young doctor, Nigerian daily style, curly quotes; agency statement partial and "the agency said", commissioner at a press briefing, resident doctors' leader "told journalists", anonymous relative "told our correspondent", market posters, trader
('''The Nigeria Centre for Disease Control and Prevention (NCDC) has confirmed 37 new cases of Lassa fever in Edo, Ondo and Bauchi states in the past week, bringing the death toll this year to 64.

Among the dead is Dr. Tolulope Adeyemi, a 29-year-old house officer at Ososo General Hospital in Edo State, who colleagues said contracted the virus while treating a patient who was not initially suspected of having it.

In its weekly situation report, the NCDC said the case fatality rate so far this year stood at 18.6 per cent and urged health workers to maintain “a high index of suspicion” for patients presenting with fever.

“Health workers are reminded to practise standard safety precautions at all times, irrespective of the suspected diagnosis,” the agency said.

Edo State Commissioner for Health, Dr. Osagie Ehimare, said the state had activated its emergency operations centre and distributed personal protective equipment to all general hospitals.

“We mourn Dr. Adeyemi, who died doing what she was trained to do,” Ehimare said at a press briefing in Benin City. “Her death is a painful reminder that our health workers are on the front line of this fight.”

But the president of the hospital’s resident doctors’ association, Dr. Ifeoma Nwachukwu, said staff had complained for months about shortages of gloves, gowns and face shields.

“We were rationing gloves. That is the truth,” she told journalists. “When a young doctor dies like this, nobody should come and talk to us about emergency operations centres.”

A relative of the late doctor, who spoke to our correspondent on condition of anonymity, said the family was devastated.

“She was the first doctor in our family. We sold land to pay her school fees,” the relative said.

Lassa fever is spread mainly through food or household items contaminated with the urine or faeces of infected rats. Posters put up by the state government in markets read “Lassa fever is real. Cover your food.”

Residents of Ososo said rats were common in homes after the harvest.

“We store the grain inside because there is nowhere else to keep it,” said Patience Omoregie, a trader.''',
 [("a high index of suspicion", "Nigeria Centre for Disease Control and Prevention"),
  ("Health workers are reminded to practise", "Nigeria Centre for Disease Control and Prevention"),
  ("We mourn Dr. Adeyemi, who died", "Osagie Ehimare"),
  ("Her death is a painful reminder", "Osagie Ehimare"),
  ("We were rationing gloves. That is", "Ifeoma Nwachukwu"),
  ("When a young doctor dies like", "Ifeoma Nwachukwu"),
  ("She was the first doctor in", "~relative"),
  ("Lassa fever is real. Cover your", None),
  ("We store the grain inside because", "Patience Omoregie")]),

# 24 -- Nonprofit hospital suing patients over medical debt, KFF Health News-style investigation, straight quotes; patient with split quote, financial-assistance policy wording, legal aid attorney, spokeswoman's emailed partials, state delegate partial then pronoun
('''RICHMOND, Va. — A nonprofit hospital system in central Virginia filed more than 4,100 lawsuits against patients over unpaid medical bills in the past three years, including hundreds against people who appear to have qualified for free care under the hospital's own policies, according to a review of court records.

James River Health, which reported $88 million in operating income last year, sued patients for debts as small as $312, the records show. In more than 600 cases, the court ordered a portion of the patient's wages to be garnished.

One of those patients, Carlos Medina, a 44-year-old warehouse worker in Petersburg, was sued for $3,870 after an emergency appendectomy in 2022.

"I didn't even know I could apply for help. Nobody told me," Medina said. "The first letter I got from them was from a lawyer."

Under the hospital's financial assistance policy, patients earning less than twice the federal poverty level are entitled to "free care for medically necessary services."

Medina, who earns about $31,000 a year and supports two children, would likely have qualified, said Elaine Forsyth, a legal aid attorney who now represents him.

"This is a charity that is suing the very people its charity is supposed to cover," Forsyth said. "That should trouble anyone, whatever your politics."

Hospital spokeswoman Jill Prentiss said in an email that the system "pursues legal action only as a last resort" and that patients are told about financial assistance several times before any lawsuit is filed. She said the system had forgiven $41 million in patient bills last year.

Nonprofit hospitals are exempt from most federal, state and local taxes in exchange for providing benefits to their communities, including charity care. Federal rules require them to make reasonable efforts to determine whether a patient qualifies for assistance before taking "extraordinary collection actions" such as lawsuits.

State Del. Marcus Bellamy, a Republican who has introduced a bill to bar nonprofit hospitals from suing patients who earn less than 200 percent of the poverty level, said the findings "make the case better than I could."

"Tax-exempt status is a deal with the public," he said. "You don't get to take the deal and ignore the fine print."''',
 [("I didn't even know I could", "Carlos Medina"),
  ("The first letter I got from", "Carlos Medina"),
  ("free care for medically necessary services.", None),
  ("This is a charity that is", "Elaine Forsyth"),
  ("That should trouble anyone, whatever your", "Elaine Forsyth"),
  ("pursues legal action only as a", "Jill Prentiss"),
  ("extraordinary collection actions", None),
  ("make the case better than I", "Marcus Bellamy"),
  ("Tax-exempt status is a deal with", "Marcus Bellamy"),
  ("You don't get to take the", "Marcus Bellamy")]),

# 25 -- Whistleblowing nurse wins tribunal, Welsh/UK broadsheet style, curly quotes; judge's judgment partials and "the judge wrote", nurse partial then split quote, union body partial, health board statement partial, politician's post on X
('''A senior nurse who was sacked after raising concerns about patient safety on a Cardiff hospital ward was unfairly dismissed for whistleblowing, an employment tribunal has ruled.

Bethan Lloyd-Rees, a ward manager with 19 years’ experience, was dismissed by Taf Valley University Health Board in 2022 after submitting what the tribunal heard were more than 30 incident reports about staffing on an older people’s ward.

In a 64-page judgment, Employment Judge Rhian Pugh found that the health board had subjected Ms Lloyd-Rees to “a sustained campaign of detriment” and that the stated reasons for her dismissal were “a pretext”.

“The claimant did exactly what a nurse is professionally obliged to do,” the judge wrote. “She was punished for it.”

Speaking outside the tribunal centre in Cardiff, Ms Lloyd-Rees said she felt “vindicated, but not victorious”.

“I lost my job, my income and very nearly my registration for telling the truth,” she said. “There are nurses on that ward today who are too frightened to do what I did, and that should worry every patient in Wales.”

The Royal College of Nursing, which supported her claim, said the case should be “a wake-up call for every health board” in Wales.

Taf Valley University Health Board said in a statement that it was “carefully considering the judgment” and would not comment further while it took legal advice on a possible appeal.

Opposition Senedd member Gareth Prys-Jones wrote on X: “Whistleblowers are the NHS’s early warning system. This judgment shows what happens when we switch it off.”

A hearing to decide compensation is expected to take place in the new year. Ms Lloyd-Rees, who now works for a nursing agency, said she hoped one day to return to the NHS.''',
 [("a sustained campaign of detriment", "Rhian Pugh"),
  ("a pretext", "Rhian Pugh"),
  ("The claimant did exactly what a", "Rhian Pugh"),
  ("She was punished for it.", "Rhian Pugh"),
  ("vindicated, but not victorious", "Bethan Lloyd-Rees"),
  ("I lost my job, my income", "Bethan Lloyd-Rees"),
  ("There are nurses on that ward", "Bethan Lloyd-Rees"),
  ("a wake-up call for every health", "Royal College of Nursing"),
  ("carefully considering the judgment", "Taf Valley University Health Board"),
  ("Whistleblowers are the NHS’s early warning", "Gareth Prys-Jones")]),
]
# fmt: on

# fmt: off
STORIES_CZ = [
# 1 -- US Senate race rally, AP wire style, straight quotes; partial quote in lead, split quote, chant, named spokeswoman ("said spokeswoman X"), "calling it" partial, named voters, "the 41-year-old said"
('''COLUMBUS, Ohio (AP) — Democrat Renata Villalobos told a packed union hall on Saturday that the race for Ohio's open Senate seat would be decided "in kitchens, not in cable studios," as she tried to turn her Republican rival's huge spending advantage into a liability.

"They have the money, and we have the people who actually pay the bills," Villalobos said, drawing cheers from several hundred members of a pipefitters local. "I'll take that trade every single time."

The crowd answered with a chant of "Ren for the Rust Belt" that went on for nearly a minute.

Villalobos, a two-term congresswoman from the Toledo area, is running against businessman Curtis Hallam, who has put more than $14 million of his own money into the race. Public polls show the contest within the margin of error, and both national parties have reserved millions of dollars in fall advertising.

Hallam's campaign dismissed the event. "Renata Villalobos has spent eight years in Washington voting for the same policies that shuttered plants across this state," said spokeswoman Dana Whitcomb. "Ohioans aren't going to be fooled by a hard hat and a photo op."

Speaking to reporters after the rally, Villalobos said she had no plans to accept Hallam's offer of five televised debates, calling it "a stunt from a man who won't answer a single question from a local paper."

"Let him sit down with the editorial boards first, and then we'll talk about television," she said.

Hallam, who has not held elected office, has largely avoided unscripted events, preferring tele-town halls and paid advertising. His campaign did not respond to a question about newspaper interviews.

Among those in the hall was Gary Szymanski, a 58-year-old welder from Lorain who said he had voted for Republicans in the last two presidential elections.

"I'm not a party guy, I'm a paycheck guy. She came to our plant when it was closing, and he didn't," Szymanski said.

His co-worker Tanya Bledsoe was less certain. "I like her fine, but I'm waiting to see the debates, if there are any," the 41-year-old said.

The election is Nov. 5.''',
 [("in kitchens, not in cable", "Renata Villalobos"),
  ("They have the money, and we", "Renata Villalobos"),
  ("I'll take that trade every single", "Renata Villalobos"),
  ("Ren for the Rust Belt", None),
  ("Renata Villalobos has spent eight years", "Dana Whitcomb"),
  ("Ohioans aren't going to be fooled", "Dana Whitcomb"),
  ("a stunt from a man who", "Renata Villalobos"),
  ("Let him sit down with the", "Renata Villalobos"),
  ("I'm not a party guy, I'm", "Gary Szymanski"),
  ("I like her fine, but I'm", "Tanya Bledsoe")]),

# 2 -- UK Prime Minister's Questions report, British single-quote style; partial quotes, "he told MPs", the Speaker, heckles with no speaker, "the prime minister" as later mention, Downing Street spokesman, post on X, anonymous minister
('''Marcus Oyelaran accused Helen Astbury of 'running the country like a leaky tap' at a bruising Prime Minister's Questions on Wednesday, as the row over NHS waiting lists dominated the Commons for a second week.

The Leader of the Opposition opened by reading from a letter sent to him by a pensioner in Stockport who has waited 19 months for a hip replacement.

'She asked me to put one question to the prime minister,' he told MPs. 'Does she know what it is like to be in pain every single day and be told there is nothing to be done?'

Astbury replied that waiting lists had fallen for four consecutive months. 'The right honourable gentleman can read out letters, or he can read the figures, which show this government getting on with the job,' she said.

Shouts of 'Answer the question!' rang out from the opposition benches, prompting the Speaker, Geoffrey Lamming, to intervene. 'Order. The public are watching, and they expect better of this House,' he said.

Oyelaran returned to the theme five times, at one point holding up a graph of cancelled operations. The prime minister, visibly irritated, told him he had 'discovered the NHS somewhere around the last opinion poll'.

After the session a Downing Street spokesman said the government did 'not accept the characterisation' of its record and pointed to the recruitment of 6,000 additional nurses since the spring.

Oyelaran later posted on X: 'Six questions. Zero answers. Patients deserve better than a prime minister who blames everyone but herself.'

Not everyone on the government benches was convinced by Astbury's performance. One minister, speaking on condition of anonymity, described the exchange as 'not our finest half hour' and said colleagues in marginal seats were increasingly anxious about the local elections in May.

The latest figures from NHS England, due next Thursday, are expected to show a further small fall in the overall waiting list, although the number of patients waiting more than a year remains above 300,000.''',
 [("running the country like a leaky", "Marcus Oyelaran"),
  ("She asked me to put one", "Marcus Oyelaran"),
  ("Does she know what it is", "Marcus Oyelaran"),
  ("The right honourable gentleman can read", "Helen Astbury"),
  ("Answer the question!", None),
  ("Order. The public are watching, and", "Geoffrey Lamming"),
  ("discovered the NHS somewhere around the", "Helen Astbury"),
  ("not accept the characterisation", "Downing Street"),
  ("Six questions. Zero answers.", "Marcus Oyelaran"),
  ("not our finest half hour", "~minister")]),

# 3 -- Canadian federal byelection preview, CBC style, curly quotes; candidates quoted "she said outside", two partial quotes in one sentence ("told CBC News"), pollster "said X, the firm's vice-president", retiree "the 71-year-old said", unnamed woman, leader's video on X
('''Voters in Mississauga–Credit Valley head to the polls Monday in a federal byelection that both major parties are treating as a test of their standing in the vote-rich suburbs west of Toronto.

Conservative candidate Harpreet Dhillon, a 44-year-old pharmacist, spent the final weekend knocking on doors in the riding’s north end. “People aren’t asking me about Ottawa gossip,” she said outside a strip mall on Saturday. “They’re asking me why their mortgage renewal went up by $900 a month.”

Liberal candidate Owen Thibodeau, a former city councillor, has leaned heavily on his local record. He told CBC News that the riding had “never been about slogans” and that voters would reward “someone who actually fixed their potholes.”

The NDP’s Leila Haddad, who finished a distant third in the last general election, says she expects to do better this time. “I’m the only candidate who has talked about rent, every day, at every door,” Haddad said.

Public polling has been scarce. A survey released last week by Northfield Research put the Conservatives narrowly ahead, with the Liberals within four points.

“It’s a genuine toss-up, and turnout will decide it,” said Priya Raman, the firm’s vice-president. “Byelections reward whoever gets their voters out on a cold Monday in November.”

The seat came open in the summer when the previous Liberal MP resigned to take a job in the private sector. The Liberals have held it since 2015.

At a coffee shop on Mavis Road, retiree Walter Kowalczyk said he hadn’t made up his mind. “I voted Liberal my whole life. This time I honestly don’t know,” the 71-year-old said.

A woman at the next table, who declined to give her name, was blunter: “They all show up when they want something.”

On Sunday evening, Conservative Leader Graham Pell posted a video on X urging supporters in the riding to “send Ottawa a message.” The Liberals countered with a rally featuring three cabinet ministers.

Polls close at 9:30 p.m. ET. Elections Canada says results should be known within a few hours.''',
 [("People aren’t asking me about Ottawa", "Harpreet Dhillon"),
  ("They’re asking me why their mortgage", "Harpreet Dhillon"),
  ("never been about slogans", "Owen Thibodeau"),
  ("someone who actually fixed their", "Owen Thibodeau"),
  ("I’m the only candidate who has", "Leila Haddad"),
  ("It’s a genuine toss-up, and turnout", "Priya Raman"),
  ("Byelections reward whoever gets their voters", "Priya Raman"),
  ("I voted Liberal my whole life.", "Walter Kowalczyk"),
  ("They all show up when they", "~woman"),
  ("send Ottawa a message", "Graham Pell")]),

# 4 -- Australian federal budget press conference, ABC News style, straight quotes; "Ms X said", quote continuing in next paragraph with no cue, "he told Sky News", "Senator X said", "Dr X said", protest banner
('''Treasurer Catherine Moloney has defended her decision to keep the budget in deficit for a further two years, telling reporters in Canberra the government would not "slash and burn" services to chase a surplus.

"We've made a choice, and it's the right choice: we are going to fund hospitals and we are going to fund them properly," Ms Moloney said at a press conference in Parliament House on Wednesday morning.

"I'm not going to apologise for that, and I don't think the Australian people want me to."

The budget forecasts a deficit of $18.4 billion this financial year, narrowing to $6.1 billion in 2026-27, with a return to surplus not projected until the end of the decade.

Shadow Treasurer Angus Reddaway said the figures showed the government had "lost control of spending".

"This is a Treasurer who promised a surplus and delivered a credit card. Every Australian family knows you can't spend more than you earn forever," he told Sky News.

Finance Minister Sarah Ebbeling, appearing alongside the Treasurer, said the opposition had offered no credible alternative. "They've had twelve months to tell us what they would cut. We're still waiting," Senator Ebbeling said.

Asked whether the government would revisit income tax cuts before the election, Ms Moloney said: "Nothing is on the table today that wasn't in these documents last night."

Economists gave the budget a mixed reception. Priyanka Nair, chief economist at Harbourside Capital, said the new spending measures were "modest but not reckless".

"The real risk to these numbers is the iron ore price, not the hospital funding," Dr Nair said.

Outside Parliament House, a small group of protesters held a banner reading "Tax the Miners, Fund the Future" as ministers arrived for the morning's media rounds.''',
 [("slash and burn", "Catherine Moloney"),
  ("We've made a choice, and it's", "Catherine Moloney"),
  ("I'm not going to apologise for", "Catherine Moloney"),
  ("lost control of spending", "Angus Reddaway"),
  ("This is a Treasurer who promised", "Angus Reddaway"),
  ("They've had twelve months to tell", "Sarah Ebbeling"),
  ("Nothing is on the table today", "Catherine Moloney"),
  ("modest but not reckless", "Priyanka Nair"),
  ("The real risk to these numbers", "Priyanka Nair"),
  ("Tax the Miners, Fund the Future", None)]),

# 5 -- Irish Dáil Leaders' Questions on housing, Irish Times style, curly quotes; "the Taoiseach, X", Ms/Mr later mentions, Ceann Comhairle, "the Dublin Bay South TD said", protest banner, Department statement
('''The Taoiseach, Declan Morrissey, has insisted the Government will meet its housing targets after Sinn Féin’s finance spokeswoman, Aoife Breathnach, told the Dáil the figures were “pure fiction”.

Speaking during Leaders’ Questions, Ms Breathnach said a generation of young people had been “locked out, priced out and, increasingly, forced out” of the country.

“Every week I meet parents whose children are packing for Sydney and Toronto. They are not leaving because they want adventure – they are leaving because they cannot find a home,” she said.

Mr Morrissey said completions had risen by 14 per cent last year and that more than 9,000 homes had been started in the first quarter alone.

“The Deputy can shout about fiction all she likes, but the cranes over this city are not fiction, and neither are the keys being handed over every week,” he said.

The Ceann Comhairle, Pádraig Hennessy, twice called for order as Opposition deputies heckled the Taoiseach. “Deputies, please, we will not get through the list at this rate,” he said.

Labour’s housing spokeswoman, Siobhán Clery, later accused both sides of engaging in “a pantomime that helps nobody”.

“People watching at home don’t want a row about statistics. They want to know whether they will ever have a front door of their own,” the Dublin Bay South TD said.

Outside Leinster House, about 200 people attended a protest organised by a coalition of tenants’ groups, carrying a large banner that read “Homes Not Hotels” and calling for an immediate ban on no-fault evictions.

In a statement, the Department of Housing said it was “confident that the targets set out in the national plan will be met” and that the latest quarterly figures would be published next month.

The exchange came a day after the Central Bank warned that construction costs remained a significant constraint on supply, particularly for apartments in the greater Dublin area.''',
 [("pure fiction", "Aoife Breathnach"),
  ("locked out, priced out and,", "Aoife Breathnach"),
  ("Every week I meet parents whose", "Aoife Breathnach"),
  ("The Deputy can shout about fiction", "Declan Morrissey"),
  ("Deputies, please, we will not get", "Pádraig Hennessy"),
  ("a pantomime that helps nobody", "Siobhán Clery"),
  ("People watching at home don’t want", "Siobhán Clery"),
  ("Homes Not Hotels", None),
  ("confident that the targets set out", "Department of Housing")]),

# 6 -- New Zealand election night, RNZ style, straight quotes; victory and concession speeches, chant, "outgoing Prime Minister X", party president partial, academic "she told RNZ", unnamed nurse in the crowd
('''Tama Whaanga will be New Zealand's next prime minister after his party won 49 seats on election night, enough to govern with the support of its long-standing coalition partner.

Speaking to a jubilant crowd at an Auckland events centre just before midnight, Whaanga said New Zealanders had "voted for a fresh start".

"Tonight you have chosen hope over fear, and you've chosen a government that will get the basics right," he said. "Tomorrow we get to work."

Supporters chanted "Ta-ma, Ta-ma" as he left the stage with his wife and three children.

In Wellington, outgoing Prime Minister Michael Fensome conceded defeat at about 11.15pm. "I've just called Tama to congratulate him, and I wished him well. That's how we do things in this country," Fensome told supporters at a city hotel.

"We didn't get the result we wanted tonight. But I am proud, immensely proud, of what we achieved together," he said, his voice breaking.

Party president Lorraine Fitzsimmons said the campaign had been "the hardest any of us have fought" and that a full review would begin next week.

Political scientist Hannah Lusk, of Victoria University of Wellington, said the result reflected deep frustration over the cost of living. "This was a change election from the first week of the campaign," she told RNZ.

"Nothing the government did in the final fortnight was going to shift that. Voters had made up their minds about groceries and petrol long before the debates."

Special votes, which typically make up about 10 percent of the total, will be counted over the next three weeks and could still shift one or two seats.

One voter at the Auckland party, a nurse from Manurewa, said she had voted for the first time in nine years. "I just want to be able to afford petrol and groceries in the same week," she said.''',
 [("voted for a fresh start", "Tama Whaanga"),
  ("Tonight you have chosen hope over", "Tama Whaanga"),
  ("Tomorrow we get to work.", "Tama Whaanga"),
  ("Ta-ma, Ta-ma", None),
  ("I've just called Tama to congratulate", "Michael Fensome"),
  ("We didn't get the result we", "Michael Fensome"),
  ("the hardest any of us have", "Lorraine Fitzsimmons"),
  ("This was a change election from", "Hannah Lusk"),
  ("Nothing the government did in the", "Hannah Lusk"),
  ("I just want to be able", "~nurse")]),

# 7 -- Indian state assembly campaign rallies, Hindustan Times style, straight quotes; dateline, rhetorical questions "X asked the crowd", Hindi slogan, rival chief minister, party spokesperson "told HT", Election Commission statement, young voter
('''Patna, Oct 12: Pragati Jan Dal chief Sunita Kumari Yadav on Saturday accused the state government of "betraying every young person who ever filled out a job form" as she launched her party's campaign for the Bihar assembly elections at a rally in Gaya.

"Fifteen years they have ruled. Where are the jobs? Where are the factories? Where is the hospital they promised Gaya?" Yadav asked the crowd, which police estimated at around 40,000.

Supporters waved green flags and raised the slogan "Ab ki baar, naya Bihar" as she arrived at the rally ground by helicopter.

Chief minister Rakesh Pandey, addressing a separate rally in Bhagalpur, hit back, calling the opposition's promises "a cheque that will bounce before it is cashed".

"Those who looted the state for decades now come to teach us about development. The people of Bihar have long memories," Pandey said.

Samyukta Vikas Morcha spokesperson Alok Ranjan Sinha told HT that the PJD's promise of 10 lakh government jobs was "mathematically impossible". "Where will 10 lakh salaries come from? She has no answer because there is no answer," he said.

The Election Commission said in a statement on Saturday that all parties "must refrain from any activity which may aggravate existing differences" between communities, and that its flying squads would monitor rallies across the state's 38 districts.

Polling will be held in three phases beginning November 6, with counting on November 14.

At the Gaya rally, Manoj Paswan, a 26-year-old who has been preparing for government recruitment exams for four years, said he had come only to hear about jobs.

"I have given six exams. Two were cancelled because of paper leaks," he said.

"I want someone to fix that, whoever it is. I don't care which flag they carry."''',
 [("betraying every young person who ever", "Sunita Kumari Yadav"),
  ("Fifteen years they have ruled. Where", "Sunita Kumari Yadav"),
  ("Ab ki baar, naya Bihar", None),
  ("a cheque that will bounce before", "Rakesh Pandey"),
  ("Those who looted the state for", "Rakesh Pandey"),
  ("mathematically impossible", "Alok Ranjan Sinha"),
  ("Where will 10 lakh salaries come", "Alok Ranjan Sinha"),
  ("must refrain from any activity which", "Election Commission"),
  ("I have given six exams.", "Manoj Paswan"),
  ("I want someone to fix that,", "Manoj Paswan")]),

# 8 -- US House Republicans after closed-door conference meeting, Politico style, straight quotes; "Rep. X (R-Ariz.) told reporters", leadership presser, "he replied:", anonymous senior aide twice, leaked pollster memo, Freedom Caucus member
('''House Republicans emerged from a tense, two-hour closed-door meeting Tuesday morning with no agreement on how to avoid a government shutdown — and with at least a dozen members openly warning leadership against another stopgap bill.

"We were told this was the last CR. That was three CRs ago, and I'm not voting for a fourth," Rep. Lauren Beckwith (R-Ariz.) told reporters outside the Capitol Hill Club.

House Majority Leader Steve Arbogast, speaking at leadership's weekly press conference an hour later, insisted the conference was "more unified than the press would like to believe."

"We have a plan. We have the votes for the plan," Arbogast said. Asked what the plan was, he replied: "You'll see it this week."

But a senior GOP aide familiar with the whip count said leadership was "at least 15 votes short" on any bill that did not include deep spending cuts. "They're whipping air right now," the aide said, speaking on condition of anonymity to describe private conversations.

A memo circulated to members Monday night by the party's pollster, Kristen Vail of Redline Strategies, warned that a shutdown would be "politically catastrophic for members in swing districts." Voters, the memo said, "blame whoever looks like they're enjoying the fight."

The memo, obtained by POLITICO, included internal survey data showing that 58 percent of independents in battleground seats would hold Republicans responsible for a lapse in funding.

Rep. Tom Okafor (R-Texas), a member of the House Freedom Caucus, shrugged off the warning. "Pollsters said we'd lose the majority last time too. I've got a district to answer to, not a focus group," Okafor said.

Government funding runs out at midnight Friday. The Senate is expected to take up its own bipartisan measure as early as Wednesday, though it is unclear whether House leaders would bring it to the floor.''',
 [("We were told this was the", "Lauren Beckwith"),
  ("more unified than the press would", "Steve Arbogast"),
  ("We have a plan. We have", "Steve Arbogast"),
  ("You'll see it this week", "Steve Arbogast"),
  ("at least 15 votes short", "~aide"),
  ("They're whipping air right now", "~aide"),
  ("politically catastrophic for members in swing", "Kristen Vail"),
  ("blame whoever looks like they're enjoying", "Kristen Vail"),
  ("Pollsters said we'd lose the majority", "Tom Okafor")]),

# 9 -- UK by-election count, Sky News style, curly quotes; anonymous strategist, acting returning officer's declaration, victory speech, heckler ("a man at the back"), losing candidate "told Sky News", party statement, deputy leader's post on X, unnamed farmer
('''The Liberal Democrats have overturned a Conservative majority of more than 18,000 to win the Wychford and Downley by-election, in a result one senior party strategist described as “beyond our wildest spreadsheets”.

Announcing the result at Wychford Leisure Centre shortly after 4am, the acting returning officer, Janet Musgrave, read out the figures before declaring Fiona Ashworth-Lane “duly elected to serve as the Member of Parliament” for the constituency.

Ashworth-Lane, a 39-year-old former primary school headteacher, won 21,402 votes to the Conservatives’ 14,877. Turnout was 41 per cent.

“Tonight the people of Wychford and Downley have sent a message that will be heard loud and clear in Downing Street,” she said in her victory speech. “They are tired of being taken for granted.”

As she spoke, a man at the back of the hall shouted “Give it six months!” before being escorted out by security staff.

The Conservative candidate, Oliver Strang, said he was “disappointed but not surprised” given the national mood. “We fought a positive campaign on local issues, but we were swimming against a very strong tide,” he told Sky News.

In a statement, the Conservative Party said it would “listen carefully to the message voters have sent” and insisted the seat could be won back at the general election.

Posting on X minutes after the declaration, the Liberal Democrat deputy leader, Nadia Carver, wrote: “Another blue wall crumbles. Fiona will be a brilliant MP.”

The seat had been held by the Conservatives since its creation in 1983. The by-election was triggered by the resignation of the sitting MP, who stepped down in the summer after a row over second jobs.

Speaking earlier in the day outside a polling station in Downley, a retired farmer who asked not to be named said he had voted Conservative “every time since 1979 – until today”.''',
 [("beyond our wildest spreadsheets", "~strategist"),
  ("duly elected to serve as the", "Janet Musgrave"),
  ("Tonight the people of Wychford and", "Fiona Ashworth-Lane"),
  ("They are tired of being taken", "Fiona Ashworth-Lane"),
  ("Give it six months!", "~man"),
  ("disappointed but not surprised", "Oliver Strang"),
  ("We fought a positive campaign on", "Oliver Strang"),
  ("listen carefully to the message voters", "Conservative Party"),
  ("Another blue wall crumbles.", "Nadia Carver"),
  ("every time since 1979", "~farmer")]),

# 10 -- US presidential primary debate recap, New York Times style with Mr./Ms. honorifics, curly quotes; several male candidates, "shot back", moderator, split quote, "turning to the crowd", campaign manager in the spin room
('''DES MOINES — The fourth Republican presidential primary debate turned sharply personal on Thursday night, as Senator Paul Ridley of Montana and former Gov. Martin Esquivel of Nevada traded accusations of disloyalty while the front-runner, Dwight Kerrigan, largely stayed above the fray.

The clash began when Mr. Esquivel accused Mr. Ridley of having “spent 12 years in the Senate and passed exactly zero bills anyone can name.”

“That’s a lie, and Martin knows it’s a lie,” Mr. Ridley shot back. “I wrote the farm bill that half the people in this room depend on.”

The moderator, Elena Marsh, tried twice to steer the candidates toward foreign policy. “Gentlemen, we have a lot of ground to cover tonight,” she said, to laughter from the audience.

Mr. Kerrigan, a real estate developer who has led every national poll since June, used the exchange to cast himself as the adult in the room. “While these two argue about who did less in Washington, I’ve been building things,” he said. “That’s the difference.”

Representative Joanna Whitfield of Ohio, the only woman on the stage, had her strongest moment on abortion, saying the party had to stop “pretending this issue doesn’t cost us elections.” Some in the audience booed; others applauded.

“You can boo,” Ms. Whitfield said, turning to the crowd. “But I’ve looked at the numbers from the last midterms, and so should you.”

The debate was the last before the Iowa caucuses in January, and several of the candidates on the stage are at risk of failing to qualify for the next one under the national committee’s polling and donor thresholds.

After the debate, Mr. Ridley’s campaign manager, Colin Pyke, told reporters in the spin room that his candidate had “won every exchange that mattered.” Aides to Mr. Kerrigan, who left the building without taking questions, distributed a sheet of talking points declaring him the winner.''',
 [("spent 12 years in the Senate", "Martin Esquivel"),
  ("That’s a lie, and Martin knows", "Paul Ridley"),
  ("I wrote the farm bill that", "Paul Ridley"),
  ("Gentlemen, we have a lot of", "Elena Marsh"),
  ("While these two argue about who", "Dwight Kerrigan"),
  ("That’s the difference.", "Dwight Kerrigan"),
  ("pretending this issue doesn’t cost us", "Joanna Whitfield"),
  ("You can boo,", "Joanna Whitfield"),
  ("But I’ve looked at the numbers", "Joanna Whitfield"),
  ("won every exchange that mattered", "Colin Pyke")]),

# 11 -- Australian Senate estimates hearing, ABC/Guardian Australia style, straight quotes; department secretary "Mr X said", senator's question "Senator X asked", "he replied", two-paragraph quote reopening the mark, minister representing in the Senate, committee chair
('''The head of the Department of Infrastructure has conceded that his officials were not consulted before the minister's office approved $42 million in regional grants, in a fiery Senate estimates hearing on Monday.

Department secretary Alan Fairweather told the committee the final list of successful projects "did not originate with the department".

Under questioning from Greens senator Rebecca Hanlon, Mr Fairweather said his officials had assessed 312 applications and ranked them on merit. "The list that was ultimately announced was different to the list we provided. That is a matter of record," he said.

"So who changed it, Mr Fairweather?" Senator Hanlon asked.

"I'm not in a position to say, senator," he replied.

Of the 47 projects funded, 31 were in electorates held by the government or identified as targets at the last election, according to an analysis tabled by the opposition.

Opposition senator Doug McPhee said the evidence showed the program had been used as "a slush fund for marginal seats".

"This is exactly what the Auditor-General warned about two years ago. The department did its job and the minister's office threw that work in the bin.

"If that is not a scandal, I don't know what is," Senator McPhee said outside the hearing.

Senator Kim Bui, who represents the infrastructure minister in the Senate, rejected that characterisation. "Ministers are entitled to exercise discretion. That's what ministerial discretion means," she said.

The committee chair, Senator Louise Tranter, briefly suspended the hearing after the exchange became heated. "We will take five minutes and we will come back and conduct ourselves properly," she said.

The department has been asked to provide all correspondence with the minister's office on notice.''',
 [("did not originate with the department", "Alan Fairweather"),
  ("The list that was ultimately announced", "Alan Fairweather"),
  ("So who changed it, Mr Fairweather?", "Rebecca Hanlon"),
  ("I'm not in a position to", "Alan Fairweather"),
  ("a slush fund for marginal seats", "Doug McPhee"),
  ("This is exactly what the Auditor-General", "Doug McPhee"),
  ("If that is not a scandal,", "Doug McPhee"),
  ("Ministers are entitled to exercise discretion.", "Kim Bui"),
  ("We will take five minutes and", "Louise Tranter")]),

# 12 -- Canadian Commons question period over a leaked memo, Canadian Press style, curly quotes; critic "demanding to know", minister partials, "X asked", House Speaker, Bloc MP "speaking in French", NDP MP in the foyer, Privy Council Office emailed statement
('''OTTAWA — Question period descended into shouting on Tuesday as Conservatives pressed the Liberal government over a leaked Finance Department memo suggesting this year’s deficit could be $12 billion higher than projected.

Conservative finance critic Jeremy Kovach waved a copy of the memo in the House, demanding to know why Canadians had been “misled for six months.” Finance Minister Anita Rasmussen accused him of “reading tea leaves from a draft that was never finalized.”

“The minister knew. Her officials told her in writing. Will she stand up and admit it?” Kovach asked.

Rasmussen said the memo was “one of dozens of scenarios that officials prepare every fiscal year.”

“We will table the fall economic statement in three weeks, and the member can read the real numbers then,” she said.

Speaker Denise Lavoie-Grant rose several times to restore order. “Order. Members on both sides will come to order, or we will move on to the next question,” she said.

Bloc Québécois MP Étienne Gagnon, speaking in French, said the leak showed that “Ottawa keeps two sets of books.”

In the foyer of the House after question period, NDP MP Carla Mendes told reporters her party wanted the parliamentary budget officer to review the memo. “If there’s nothing to hide, let the PBO look at it,” she said.

The memo, dated in June and first reported by a Toronto newspaper on Monday, outlines three scenarios for federal revenue based on different assumptions about commodity prices and interest rates.

A spokesperson for the Privy Council Office said in an email that the government “does not comment on leaked documents” and referred further questions to the Finance Department.''',
 [("misled for six months", "Jeremy Kovach"),
  ("reading tea leaves from a draft", "Anita Rasmussen"),
  ("The minister knew. Her officials told", "Jeremy Kovach"),
  ("one of dozens of scenarios that", "Anita Rasmussen"),
  ("We will table the fall economic", "Anita Rasmussen"),
  ("Order. Members on both sides will", "Denise Lavoie-Grant"),
  ("Ottawa keeps two sets of books", "Étienne Gagnon"),
  ("If there’s nothing to hide, let", "Carla Mendes"),
  ("does not comment on leaked documents", "Privy Council Office")]),

# 13 -- Indian Lok Sabha disruption over rural jobs scheme, PTI wire style, straight quotes; "asserting that", slogans in the Well, "the minister said", presiding officer, opposition MP "told PTI", post on X, parliamentary affairs minister
('''New Delhi, Jul 24 (PTI) The Lok Sabha witnessed repeated adjournments on Wednesday as opposition members protested over alleged irregularities in the rural employment guarantee scheme, with Union Rural Development Minister Girish Chandra Mehta asserting that "not a single rupee has gone missing".

Opposition members trooped into the Well of the House raising slogans of "Jawab do, jawab do" and holding placards as soon as the House assembled at 11 am.

Initiating the discussion after the first adjournment, Kavitha Reddy, a member from Telangana, said wages had not been paid in several districts for over three months.

"Workers in my constituency have dug ponds and built roads, and they have not seen one paisa. Is this the development the government keeps advertising?" Reddy said.

Responding, Mehta said the delays were "technical in nature" and had been caused by some states failing to submit utilisation certificates on time.

"I want to assure this House that every pending payment will be cleared by the end of August. The Centre has already released the funds," the minister said.

As opposition members continued to shout, the presiding officer, Sandhya Rathore, urged them to return to their places. "Please go back to your seats. This is not the way to raise an issue," she said, before adjourning the House till 2 pm.

Outside Parliament, T R Selvakumar, a senior opposition MP from Tamil Nadu, told PTI that the minister's assurance was "the same promise we heard in the last session".

Later, in a post on X, Reddy wrote: "The minister says no money is missing. Then where are the wages? Workers cannot eat assurances."

Parliamentary Affairs Minister Anil Joshi accused the opposition of "disrupting the House for headlines" and said the government was ready for a discussion under any rule the Speaker allowed.

The House was eventually adjourned for the day without transacting any legislative business. PTI AKR SMN''',
 [("not a single rupee has gone", "Girish Chandra Mehta"),
  ("Jawab do, jawab do", None),
  ("Workers in my constituency have dug", "Kavitha Reddy"),
  ("technical in nature", "Girish Chandra Mehta"),
  ("I want to assure this House", "Girish Chandra Mehta"),
  ("Please go back to your seats.", "Sandhya Rathore"),
  ("the same promise we heard in", "T R Selvakumar"),
  ("The minister says no money is", "Kavitha Reddy"),
  ("disrupting the House for headlines", "Anil Joshi")]),

# 14 -- Irish doorstep canvass feature, Irish Independent weekend style, straight quotes, present tense "she says"; independent TD, unnamed pensioner and young father, partial promise, canvass director explaining tally, hand-painted sign, named farmer
('''CASTLEBAR — It is a wet Tuesday evening in Co Mayo and Martina Gallagher has been told to go away three times in the last hour.

"You get used to it," the Independent TD says, shaking rain from her umbrella at the gate of a bungalow on the Westport road. "The ones who tell you to go away are often the ones who vote for you."

Gallagher, who topped the poll in Mayo at the last general election, is fighting to hold her seat against a crowded field that includes two sitting councillors and a well-funded newcomer from Ballina.

At the first door, a pensioner in a cardigan wants to talk about the bus. "There's one bus a day into town, and if you miss it you're stuck till tomorrow. Put that in your manifesto," she says.

Further along the road, a young father holding a toddler is more direct. "What are you going to do about the hospital? That's all I want to know," he says.

Gallagher promises to raise the future of the hospital's emergency department "at the very first meeting" with the next health minister, whoever that turns out to be.

Her canvass director, Noel Cafferkey, a retired garda who has run her last three campaigns, keeps a tally of responses on a clipboard in a plastic sleeve. "Ones are ones, twos are maybes, threes are a lost cause," he explains.

"Tonight's been a good night for twos."

A hand-painted sign at the end of one laneway reads "No Pylons Through Our Land", a reference to a contentious plan to run a new power line through the county.

Mary Heneghan, a 54-year-old suckler farmer, invites the canvassers into her kitchen to get out of the rain. "She's the only one who has ever come up this lane. That counts for something round here," Heneghan says.

Back in the car, with the heater on full, Gallagher checks her phone and scrolls through the day's messages. "Anyone who says canvassing is dead has never knocked on a door in Mayo," she says.''',
 [("You get used to it,", "Martina Gallagher"),
  ("The ones who tell you to", "Martina Gallagher"),
  ("There's one bus a day into", "~pensioner"),
  ("What are you going to do", "~father"),
  ("at the very first meeting", "Martina Gallagher"),
  ("Ones are ones, twos are maybes,", "Noel Cafferkey"),
  ("Tonight's been a good night for", "Noel Cafferkey"),
  ("No Pylons Through Our Land", None),
  ("She's the only one who has", "Mary Heneghan"),
  ("Anyone who says canvassing is dead", "Martina Gallagher")]),

# 15 -- New Zealand coalition negotiations stand-up, Stuff/The Post style, curly quotes; PM-elect "told reporters", minor-party leader's blunt lines, "Tawhiri said:", deputy "told RNZ’s Morning Report", title of a draft document, Greens co-leader on X, commentator
('''Prime Minister-elect Anna Liddell says coalition talks with the Rural Alliance are “constructive and close”, but she refused to put a date on when a new government will be sworn in.

“We’re not going to rush this. New Zealanders want a stable government, not a fast one,” Liddell told reporters at a brief stand-up at Parliament on Thursday. “We’ll get it done when it’s done properly.”

Rural Alliance leader Bruce Tawhiri, whose party holds the balance of power with eight seats, was characteristically blunt when he arrived for the second day of talks.

“I’ve read in the papers that we’re asking for the moon. We’re not. We’re asking for a fair go for the regions,” he said.

Asked whether his party wanted the deputy prime minister’s role, Tawhiri said: “Ask me on Friday.”

His deputy, Marama Kereama, later told RNZ’s Morning Report the party had “three bottom lines and they haven’t changed since the campaign”. She declined to say what they were.

A draft document seen by The Post, titled “Working Together for a Stronger New Zealand”, sets out a framework for regular meetings between the party leaders and a process for resolving disputes, but leaves the policy sections blank.

Greens co-leader Ruby Sefo, whose party will sit in opposition, posted on X on Thursday afternoon: “Eight seats holding the whole country to ransom. This is not what people voted for.”

Political commentator Josh Falloon said the length of the talks was not unusual. “Three weeks is nothing by MMP standards,” he said. “People forget how long these things have taken in the past, and nobody remembers it a year later.”

Liddell is expected to meet the Governor-General once an agreement has been signed by both parties’ caucuses.''',
 [("constructive and close", "Anna Liddell"),
  ("We’re not going to rush this.", "Anna Liddell"),
  ("We’ll get it done when it’s", "Anna Liddell"),
  ("I’ve read in the papers that", "Bruce Tawhiri"),
  ("Ask me on Friday.", "Bruce Tawhiri"),
  ("three bottom lines and they haven’t", "Marama Kereama"),
  ("Eight seats holding the whole country", "Ruby Sefo"),
  ("Three weeks is nothing by MMP", "Josh Falloon"),
  ("People forget how long these things", "Josh Falloon")]),

# 16 -- US governor's race attack ad, local TV station web copy, straight quotes; candidate "said at a news conference", ad title, rival "told reporters after a church visit", split quote, campaign manager, pollster "said pollster X", named voter
('''ATLANTA — Republican Bill Ashcombe on Monday accused his Democratic opponent in the race for Georgia governor of being "soft on crime," as his campaign unveiled a $3 million ad buy for the final month of the contest.

The 30-second spot, titled "Open Door," focuses on Keisha Lamont's six years as DeKalb County's district attorney and features a series of mugshots over ominous music.

"Keisha Lamont had the chance to keep dangerous people off our streets, and she chose not to. Georgia families deserve better than that," Ashcombe said at a news conference in Marietta.

Lamont called the ad "a desperate lie from a campaign that knows it's losing."

"My record is public. I put more violent offenders in prison than any DA in that county's history," she told reporters after a church visit in Macon. "Bill can read it anytime he likes."

Lamont's campaign manager, Andre Pettiford, said the campaign would respond with its own ad starting Wednesday. "We're not going to let this stand. Voters will hear the truth from us, and they'll hear it from the people she actually put behind bars," Pettiford said.

A poll released last week by Peachtree Polling showed Lamont ahead by 2 points, well within the margin of error.

"It's as close as it gets," said pollster Margaret Olds. "Whoever wins independents in the northern suburbs wins the race."

Both campaigns have spent heavily in the Atlanta media market, which reaches roughly two-thirds of the state's voters. Ad tracking data shows more than $40 million has been spent on the race since the May primaries.

At a coffee shop near the Marietta square, retired teacher Linda Barros said she was tired of negative advertising. "Every commercial break, it's somebody calling somebody a criminal. I just want one of them to tell me what they'll do about the schools," she said.''',
 [("soft on crime", "Bill Ashcombe"),
  ("Keisha Lamont had the chance to", "Bill Ashcombe"),
  ("a desperate lie from a campaign", "Keisha Lamont"),
  ("My record is public. I put", "Keisha Lamont"),
  ("Bill can read it anytime he", "Keisha Lamont"),
  ("We're not going to let this", "Andre Pettiford"),
  ("It's as close as it gets", "Margaret Olds"),
  ("Whoever wins independents in the northern", "Margaret Olds"),
  ("Every commercial break, it's somebody calling", "Linda Barros")]),

# 17 -- UK leaked party campaign memo, Guardian style, British single quotes; memo quoted in present tense "Threlfall writes", memo title, anonymous MP, former cabinet minister "told BBC Radio 4's Today programme", party spokesperson, opposition campaign coordinator
('''A leaked memo from the Conservative campaign chief has warned MPs in more than 60 seats that they face defeat at the next election unless the party 'stops talking to itself' and refocuses on the cost of living.

The document, written by the party's director of campaigns, Simon Threlfall, and seen by the Guardian, says internal polling shows the party 'haemorrhaging support among homeowners under 45'.

'We are losing voters we cannot afford to lose, and we are losing them quietly,' Threlfall writes. 'They are not angry with us. They have simply stopped listening.'

The eight-page memo, titled 'Kitchen Table First', was sent to a small group of senior MPs and party officials last Thursday. It recommends that ministers spend at least two days a week outside London and that the party scale back its social media spending in favour of local leaflets.

Several MPs reacted angrily to the leak. One MP, who holds a marginal seat in the Midlands, said: 'It's not exactly news to those of us knocking on doors every weekend. The question is why it took a memo for headquarters to notice.'

The former cabinet minister Caroline Ashby told BBC Radio 4's Today programme that the document was 'a statement of the blindingly obvious'.

'I don't need a consultant to tell me that people can't afford their mortgages. I need a leader who will do something about it,' she said.

A spokesperson for the Conservative party said: 'We do not comment on internal documents. Our focus is on delivering for hard-working families across the country.'

Labour's national campaign coordinator, Rhys Penberthy, said the memo showed the government was 'out of ideas and out of time'.

The leak comes a week before the party's spring conference in Harrogate, where the prime minister is expected to set out a package of measures on energy bills and childcare.''',
 [("stops talking to itself", "Simon Threlfall"),
  ("haemorrhaging support among homeowners under 45", "Simon Threlfall"),
  ("We are losing voters we cannot", "Simon Threlfall"),
  ("They are not angry with us.", "Simon Threlfall"),
  ("It's not exactly news to those", "~MP"),
  ("a statement of the blindingly obvious", "Caroline Ashby"),
  ("I don't need a consultant to", "Caroline Ashby"),
  ("We do not comment on internal", "Conservative party"),
  ("out of ideas and out of", "Rhys Penberthy")]),

# 18 -- US Senate race poll story, Associated Press/Philadelphia Inquirer style, curly quotes; "said X, the institute's director", quote continuing in next paragraph, strategists for both parties, post on X, focus-group participant described only, named campaign spokeswoman, candidate "told reporters"
('''HARRISBURG, Pa. — More than half of likely voters in Pennsylvania say they are dissatisfied with both candidates in the state’s Senate race, according to a poll released Wednesday, a finding strategists in both parties say could make turnout the decisive factor in November.

The survey, conducted by the Keystone Institute at Harmon College, found 52 percent of respondents held an unfavorable view of both Democrat Ellen Sorensen and Republican Greg Maddox.

“We’ve been polling this state for twenty years, and I have not seen double-negative numbers like this in a Senate race,” said Ruth Abernathy, the institute’s director.

“What that tells you is that the persuadable voter this year is not someone in the middle. It is someone deciding whether to bother voting at all.”

Sorensen leads 45 percent to 43 percent, within the poll’s margin of error of 3.5 percentage points. The survey of 812 likely voters was conducted by phone and online over eight days.

Marcus Bell, a Democratic strategist who advised Sorensen’s first House campaign, said the numbers were “a warning, not a death sentence.” “Ellen has to give people a reason to show up, not just a reason to vote against Greg,” he said.

Jenna Ruiz-Cole, a Republican consultant based in Pittsburgh, saw it differently. “Negative partisanship is the whole game now,” she wrote on X shortly after the poll was released. “Whoever makes the other guy the issue wins.”

The institute also convened a focus group of undecided voters in Erie last week. “I’d vote for a golden retriever at this point if it promised to fix the roads,” said one participant, a 52-year-old truck driver.

Sorensen campaign spokeswoman Tara Quill said the poll showed “a race we are winning and intend to keep winning.”

Maddox, campaigning at a diner in Scranton, brushed the numbers aside. “Polls go up and polls go down. I’m going to keep talking about jobs and energy,” he told reporters.''',
 [("We’ve been polling this state for", "Ruth Abernathy"),
  ("What that tells you is that", "Ruth Abernathy"),
  ("a warning, not a death sentence", "Marcus Bell"),
  ("Ellen has to give people a", "Marcus Bell"),
  ("Negative partisanship is the whole game", "Jenna Ruiz-Cole"),
  ("Whoever makes the other guy the", "Jenna Ruiz-Cole"),
  ("I’d vote for a golden retriever", "~driver"),
  ("a race we are winning and", "Tara Quill"),
  ("Polls go up and polls go", "Greg Maddox")]),

# 19 -- Australian marginal-seat campaign trail feature, Guardian Australia style, curly quotes, present tense; MP greeting commuters, challengers, partial quote of independent, memoir title, named bakery owner, unnamed tradie
('''It is 7.15am at Mortlake railway station and Jodie Faraday is handing out how-to-vote cards to commuters who mostly do not want them.

“Morning! Jodie Faraday, your local member,” she says to a man in hi-vis, who nods and keeps walking.

Faraday holds the outer-suburban seat by just 1.2%, making it one of the most marginal in the country. Her main opponent, Liberal candidate Simone Pratt, has been campaigning hard on the cost of living, while a community-backed independent, Kate Wylie, is pitching herself as “the grown-up in the room”.

“People here aren’t rusted on to anybody any more,” Faraday says between trains. “You have to earn every single vote, every single time.”

Down the road at her campaign office, Pratt is unapologetic about her focus on power bills. “I have not met one person in this electorate who thinks their electricity bill is fine,” she says. “Not one.”

Wylie, a GP who has practised in Mortlake for 16 years, says voters are sick of “being treated like a swing-seat ATM” every three years.

Faraday, whose memoir “Hard Yards” is still on sale at the local newsagent, has represented the area for two terms. Her margin has shrunk at each election, and party strategists privately concede she will need a strong flow of preferences from the Greens to survive.

At the Mortlake Bakehouse, owner Tran Nguyen has watched all three candidates come through his door in the past week. “Everyone comes in here and complains about prices, then they complain about the politicians, then they buy a pie,” he says.

A tradie loading his ute outside, who didn’t want to give his name, is less charitable. “They all say the same thing. I’ll vote for whoever leaves me alone,” he says.

Pre-poll voting opens on Monday, and both major parties have booked advertising on local radio for every day of the final fortnight.''',
 [("Morning! Jodie Faraday, your local member", "Jodie Faraday"),
  ("the grown-up in the room", "Kate Wylie"),
  ("People here aren’t rusted on to", "Jodie Faraday"),
  ("You have to earn every single", "Jodie Faraday"),
  ("I have not met one person", "Simone Pratt"),
  ("Not one.", "Simone Pratt"),
  ("being treated like a swing-seat ATM", "Kate Wylie"),
  ("Everyone comes in here and complains", "Tran Nguyen"),
  ("They all say the same thing.", "~tradie")]),

# 20 -- Canadian Liberal leadership debate, Canadian Press style, straight quotes; rhetorical question "X asked", candidates "she said"/"he said", party rules quoted with no speaker, campaign co-chair "told reporters", party statement, undecided member "said X, a party member from Laval"
('''MONTREAL — The three candidates vying to lead the federal Liberals clashed over housing and carbon pricing at their final debate Sunday, with front-runner Danielle Fournier-Ross facing sustained attacks from both rivals.

"Danielle has had two years in cabinet to fix housing. What has changed?" former Ontario MP Sanjay Malhotra asked during the housing segment.

Fournier-Ross, the former housing minister, said she was "proud of every one of the 200,000 homes" built under programs she oversaw. "I'm not going to let anybody rewrite that record on a debate stage," she said.

Kevin O'Rourke, a Nova Scotia MP who is polling third, pitched himself as the candidate who could win back rural Canada. "We have lost the countryside, and we lost it because we stopped listening," he said. "You can't win a majority from downtown Toronto."

The party's rules, which require members to be "in good standing for at least 41 days before the close of voting," have become a flashpoint in the final weeks of the race.

Malhotra's campaign co-chair, Harjit Sandhu, told reporters after the debate that thousands of new members recruited in Brampton and Surrey had been "unfairly shut out."

In a statement, the Liberal Party of Canada said the membership rules "were approved by the national board and apply equally to all campaigns."

The debate, held before about 1,500 party members at a downtown convention centre, was largely civil until the final half-hour, when the candidates were given time to question each other directly.

"It was the best debate of the three," said Marie-Claude Tremblay, a party member from Laval who has not yet decided how to rank her ballot. "But I still don't know who I'm voting for."

Voting opens online next Saturday, with the winner to be announced at a convention in Ottawa on March 9.''',
 [("Danielle has had two years in", "Sanjay Malhotra"),
  ("proud of every one of the", "Danielle Fournier-Ross"),
  ("I'm not going to let anybody", "Danielle Fournier-Ross"),
  ("We have lost the countryside, and", "Kevin O'Rourke"),
  ("You can't win a majority from", "Kevin O'Rourke"),
  ("in good standing for at least", None),
  ("unfairly shut out", "Harjit Sandhu"),
  ("were approved by the national board", "Liberal Party of Canada"),
  ("It was the best debate of", "Marie-Claude Tremblay"),
  ("But I still don't know who", "Marie-Claude Tremblay")]),

# 21 -- Indian general election schedule announcement, The Hindu/Indian Express style, curly quotes; Chief Election Commissioner "told a packed press conference", Election Commissioner, model code wording quoted with no speaker, "he said simply", ruling-alliance spokesperson partial, opposition spokesperson on X, campaign slogan, first-time voter
('''New Delhi: The Election Commission on Saturday announced that the general election will be held in seven phases beginning April 19, with Chief Election Commissioner Venkatesh Iyer promising a poll that would be “free, fair and fear-free”.

“Ninety-seven crore voters will decide the future of this country. Our job is to ensure that every single one of them can vote without fear or inducement,” Mr. Iyer told a packed press conference at Vigyan Bhawan.

Election Commissioner Meenakshi Sahni, seated beside him, warned parties against the use of deepfakes. “Any party or candidate found circulating manipulated videos will face strict action. We are watching,” she said.

The model code of conduct, which came into force with immediate effect, bars Ministers from combining “official visit with electioneering work” and from using official machinery during the campaign.

Mr. Iyer also responded to questions about concerns raised by opposition parties over electronic voting machines. “EVMs are robust, they are tamper-proof, and they have been tested in court after court,” he said. Asked whether the Commission would consider a return to paper ballots, he said simply: “That question has been settled.”

Amitabh Kulkarni, national spokesperson of the ruling alliance, said the schedule reflected the Commission’s “professionalism and impartiality”.

“Seven phases spread over six weeks only helps the party with the most helicopters,” Ritu Deshmukh, a spokesperson for the opposition bloc, said in a post on X.

The Commission also unveiled its voter awareness campaign, “Har Vote Zaroori”, which will feature film actors and cricketers in television advertisements in 22 languages. Counting of votes for all 543 constituencies will take place on June 4.

Outside the venue, Aditi Rao, a 19-year-old student at Delhi University who will vote for the first time, said she had been counting down the days. “I’ve waited for this since I was fifteen,” she said.''',
 [("free, fair and fear-free", "Venkatesh Iyer"),
  ("Ninety-seven crore voters will decide the", "Venkatesh Iyer"),
  ("Any party or candidate found circulating", "Meenakshi Sahni"),
  ("official visit with electioneering work", None),
  ("EVMs are robust, they are tamper-proof,", "Venkatesh Iyer"),
  ("That question has been settled.", "Venkatesh Iyer"),
  ("professionalism and impartiality", "Amitabh Kulkarni"),
  ("Seven phases spread over six weeks", "Ritu Deshmukh"),
  ("I’ve waited for this since I", "Aditi Rao")]),

# 22 -- UK televised leaders' debate, BBC News online style, straight double quotes; "Mr/Ms X said", "the prime minister", audience member described only who asks and interrupts, moderator, spin-room partial from a cabinet minister, snap-poll pollster "said X, the firm's head of polling"
('''Prime Minister Edward Blakemore and the opposition leader, Priya Chandran, clashed over the NHS, immigration and tax in a bad-tempered televised debate in Manchester on Tuesday night, with neither landing a knockout blow.

The prime minister opened by accusing Ms Chandran of having "a plan for everything except how to pay for it".

"Every promise she makes tonight, you will pay for with higher taxes. That's not a scare story, that's arithmetic," Mr Blakemore said.

Ms Chandran said the prime minister had "run out of excuses and run out of road".

"He has had five years. Five years, and the waiting lists are longer, the rivers are dirtier and the trains don't run," she said.

The sharpest moment came when an audience member, a nurse from Leeds, asked both leaders how she was supposed to pay her rent on a band 5 salary. "I love my job, but I'm thinking about leaving it. What would you say to me?" she asked.

Mr Blakemore began to answer with figures on pay rises before she interrupted him: "With respect, I asked what you would say to me, not to a spreadsheet."

The moderator, Clare Hendry, repeatedly cut the leaders off as they talked over each other. "I'm going to stop you both there, because the audience can't hear either of you," she said at one point.

Speaking in the spin room afterwards, the Culture Secretary, Harriet Vance, insisted the prime minister had "wiped the floor" with his opponent on the economy.

A snap poll by Portland Insight found 39% of viewers thought Ms Chandran had won, against 37% for Mr Blakemore.

"That's a statistical tie. Neither side will be unhappy, but neither will be celebrating," said Mark Dearden, the firm's head of polling.

The two leaders will meet again for a final debate, hosted by ITV, next Thursday, a week before polling day.''',
 [("a plan for everything except how", "Edward Blakemore"),
  ("Every promise she makes tonight, you", "Edward Blakemore"),
  ("run out of excuses and run", "Priya Chandran"),
  ("He has had five years. Five", "Priya Chandran"),
  ("I love my job, but I'm", "~nurse"),
  ("With respect, I asked what you", "~nurse"),
  ("I'm going to stop you both", "Clare Hendry"),
  ("wiped the floor", "Harriet Vance"),
  ("That's a statistical tie.", "Mark Dearden")]),

# 23 -- Irish European election count at the RDS, RTÉ News style, curly quotes; returning officer, supporters' chant, winner "told RTÉ News", eliminated candidate "the 31-year-old said when pressed", anonymous veteran tallyman, DCU academic with quote in two parts
('''There were tears, hugs and at least one raised voice at the RDS count centre on Sunday as the first Dublin seat in the European Parliament election was finally filled after two days of counting.

The returning officer for Dublin, Bríd Costigan, declared Ciarán Mulvihill elected on the eighth count, having exceeded the quota of 104,510 votes.

“It’s been a long weekend for everybody, and I want to thank the count staff, who have been extraordinary,” Ms Costigan said before reading out the figures.

Mr Mulvihill, a former councillor from Clondalkin, was carried shoulder-high through the hall by supporters chanting “Ciarán, Ciarán”.

“I said at the start of this campaign that Dublin deserved a voice in Brussels that sounds like Dublin,” he told RTÉ News. “Today Dublin answered.”

For Gráinne Toner, who was eliminated on the seventh count, the mood was very different. “We ran a campaign we can be proud of, and we’ll be back,” she said, though she declined to say whether she would contest the next general election.

“Ask me in a month,” the 31-year-old said when pressed.

A veteran tallyman for one of the larger parties, who has attended every count at the RDS since 1992, said the transfer patterns had surprised him. “The Shinners’ transfers went everywhere this time. Nobody could have called that,” he said.

Eoin Cassidy, a lecturer in politics at Dublin City University, said the result pointed to a longer-term shift. “What we’re seeing is the fragmentation that has been coming for a decade,” he said. “The big parties can no longer take a single transfer for granted.”

Counting for the remaining three Dublin seats is expected to continue into Monday evening, with recount requests possible given the narrow margins between the last four candidates.''',
 [("It’s been a long weekend for", "Bríd Costigan"),
  ("Ciarán, Ciarán", None),
  ("I said at the start of", "Ciarán Mulvihill"),
  ("Today Dublin answered.", "Ciarán Mulvihill"),
  ("We ran a campaign we can", "Gráinne Toner"),
  ("Ask me in a month", "Gráinne Toner"),
  ("The Shinners’ transfers went everywhere this", "~tallyman"),
  ("What we’re seeing is the fragmentation", "Eoin Cassidy"),
  ("The big parties can no longer", "Eoin Cassidy")]),

# 24 -- New Zealand list MP resigns over old social media posts, NZ Herald style, straight quotes; resignation statement, the MP's own old posts quoted, party leader with quote continuing into next paragraph, Prime Minister, opposition spokesperson, union statement, next candidate "told the Herald"
('''List MP Craig Hollings has resigned from Parliament, two days after a series of old social media posts in which he called teachers "lazy union drones" were made public.

In a statement released through his party on Monday morning, Hollings said he had "let down my colleagues, my party and the people I was elected to serve".

The posts, made between 2016 and 2019 on an account under a pseudonym, were uncovered by a political blogger last week. One of them read: "Teachers whinging about pay again. Try a real job for once."

Enterprise Party leader Nikki Rangihuna told reporters at Parliament she had asked Hollings to consider his position on Saturday night. "The posts were indefensible. I made that clear to Craig, and he made the right decision," she said.

"I'm not going to pretend this is a good day for us. It isn't. But we've dealt with it quickly and that's what people expect."

Prime Minister Erica Voss, whose coalition relies on the Enterprise Party's votes, said the resignation would not affect the government's majority because Hollings would be replaced by the next candidate on the party list. "This is a matter for the Enterprise Party, and they have dealt with it," Voss said.

The opposition's education spokesperson, Aroha Tipene, said the posts were "a window into what some people in this government really think" about teachers and other public servants.

In a statement, NZEI Te Riu Roa said teachers deserved "an apology, not just a resignation" and called on the government to restart stalled pay negotiations.

Hollings entered Parliament at the last election and had been the party's spokesperson for small business. He did not respond to requests for comment on Monday.

The next candidate on the party's list, Hamilton businesswoman Jasmine Petrie, told the Herald she was "ready to get stuck in" and would be sworn in once the Electoral Commission confirmed the vacancy.''',
 [("lazy union drones", "Craig Hollings"),
  ("let down my colleagues, my party", "Craig Hollings"),
  ("Teachers whinging about pay again.", "Craig Hollings"),
  ("The posts were indefensible.", "Nikki Rangihuna"),
  ("I'm not going to pretend this", "Nikki Rangihuna"),
  ("This is a matter for the", "Erica Voss"),
  ("a window into what some people", "Aroha Tipene"),
  ("an apology, not just a resignation", "NZEI Te Riu Roa"),
  ("ready to get stuck in", "Jasmine Petrie")]),

# 25 -- US House hearing on election security, Washington Post style, curly quotes; "Rep. X (R-Ga.)" chairman's opening statement, ranking member partial, state secretary of state witness, protester described only, protest sign, gavel, federal agency statement, "Madam Secretary" exchange
('''WASHINGTON — A House hearing on election security erupted into shouting Wednesday as Republicans and Democrats traded accusations over voting machine audits, with one protester removed from the room by Capitol Police.

“The American people deserve to know that the machines counting their votes can be trusted,” Rep. Harold Beaumont (R-Ga.), the subcommittee chairman, said in his opening statement. “Right now, too many of them don’t.”

The panel’s ranking Democrat, Rep. Lucia Navarro of New Mexico, accused Republicans of “manufacturing doubt to excuse future losses.”

Michigan’s secretary of state, Carolyn Deshler, testified that post-election audits in her state had found “no evidence — none — of machine manipulation.”

“I have a team of Republicans and Democrats who count ballots side by side. They don’t agree on much, but they agree on the numbers,” Deshler said.

Midway through her testimony, a man in the public seats stood and shouted “Decertify now!” before officers escorted him out. He had been holding a sign that read “Count Every Legal Vote.”

“We will have order in this room,” Beaumont said, banging his gavel, before allowing Deshler to continue.

In a statement issued ahead of the hearing, the Cybersecurity and Infrastructure Security Agency said it had “no credible evidence” that any voting system had been compromised in the last two federal elections.

Later in the session, Rep. Dale Crutchfield (R-Tex.) pressed Deshler on why her office had declined to allow an outside firm to examine voting equipment in two rural counties. “With respect, Madam Secretary, the absence of evidence is not evidence of absence,” Crutchfield said.

Deshler replied that the equipment had been examined by federally accredited laboratories and that allowing unvetted firms access would itself pose a security risk. The subcommittee is expected to hold a second hearing next month with testimony from voting machine manufacturers.''',
 [("The American people deserve to know", "Harold Beaumont"),
  ("Right now, too many of them", "Harold Beaumont"),
  ("manufacturing doubt to excuse future losses", "Lucia Navarro"),
  ("no evidence — none — of machine", "Carolyn Deshler"),
  ("I have a team of Republicans", "Carolyn Deshler"),
  ("Decertify now!", "~man"),
  ("Count Every Legal Vote.", None),
  ("We will have order in this", "Harold Beaumont"),
  ("no credible evidence", "Cybersecurity and Infrastructure Security Agency"),
  ("With respect, Madam Secretary, the absence", "Dale Crutchfield")]),
]
# fmt: on
