"""Eight sets of stories, each from one section of a paper, with who says each quote, written at
the end of the twenty-ninth round of rules.

Written for this suite by eight separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy: STORIES_CC business, markets and
central banks (results, analysts, regulators, central bankers); STORIES_CD health and medicine
(hospitals, public health agencies, doctors and nurses, patients, journals); STORIES_CE education
(schools, universities, teachers' unions, students and parents); STORIES_CF the Middle East and
North Africa in the region's English-language press (ministries, state news agencies, translated
quotes); STORIES_CG India's politics and courts in its English-language press (party
spokespersons, honorifics, PTI and ANI); STORIES_CH a fortnight of Wikinews from 2023 and 2024,
held out; STORIES_CI the European Union and European national politics, held out; STORIES_CJ
crime, policing and local courts in US, British and Australian local papers, held out. Straight
and curly quote marks. Not gold and not from any article of the gold set. Each entry is (story,
[(first words inside the quote marks, speaker as first named, "~" and the noun of a speaker only
described, or None), ...]). Held-out sets are not tuned on: their misses are listed by script,
not read.

The authors were asked to list every passage in quote marks. A ninth author, who saw only the
sets and the gold set's guideline on what a quote is, then removed the 57 entries that are not
quotes under it (titles of works, names, terms nobody is reported as saying, scare quotes), and
changed nothing else. Words on signs, banners, shirts and labels, chants, and the wording of
documents stay, with no speaker.

First read, before any rule was changed for them, with the twenty-ninth round's final rules
(2686a4b): 216 of 237 in STORIES_CC, 204 of 226 in STORIES_CD, 204 of 220 in STORIES_CE, 207 of
231 in STORIES_CF, 170 of 216 in STORIES_CG, 206 of 229 in STORIES_CH, 208 of 230 in STORIES_CI
and 214 of 236 in STORIES_CJ: 1,629 of 1,825 (0.893); the five sets the next round tunes on
1,001 of 1,130 (0.886), the held-out three 628 of 695 (0.904). Two commits of titles at the end
of the round ("Shri", "Smt", "Hajj", "Eng", "Provost", "COO", "Associate Professor", "Dad" before
a name) and one for acronyms ("the RBA" after "Reserve Bank of Australia Governor ...") lifted
the five to 1,021 of 1,130 (0.904); the held-out three did not move. The thirtieth round tuned
on the five and gave each miss left its reason (tests/test_discourse.py); the held-out three
are still only listed.
"""

# fmt: off
STORIES_CC = [
# 1 -- central bank rate hold, Reuters wire style, straight quotes; said X / X said, partial quotes, policy statement, analysts, department spokesman
('''SYDNEY, March 4 (Reuters) - Australia's central bank held its cash rate at 4.10% on Tuesday but warned that stubborn services inflation could force it to tighten again, sending the Australian dollar to a two-week high.

Reserve Bank of Australia Governor Helen Marchetti told reporters the board had discussed an increase but judged one "premature" given clear signs that household spending was softening.

"We are not in the business of declaring victory. Inflation is coming down, but it is coming down more slowly than we would like, and the board is prepared to act if that progress stalls," Marchetti said.

Asked whether a cut was possible this year, she said: "I would not rule anything in or out. The data will decide that, not the calendar."

In its post-meeting statement, the RBA said the outlook remained "highly uncertain" and that the labour market was "still tighter than is consistent with sustained full employment."

Markets had priced roughly a one-in-five chance of a hike before the decision, according to LSEG data.

"The hawkish tilt was stronger than we expected," said Priya Raman, chief economist at Harbourline Securities in Sydney. "She went out of her way to keep a hike on the table, and the market had got a little too comfortable."

Raman said she now expected the cash rate to stay on hold until at least November, with the risks skewed toward one more increase rather than a cut.

Others were less convinced. "It's a lot of talk," said Tom Beckwith, a fixed-income strategist at Coralton Asset Management. "Consumer spending is rolling over, unemployment is creeping up, and I'd be surprised if they actually pull the trigger."

The Australian dollar rose 0.4% to $0.6612 after the decision, while three-year government bond yields climbed 6 basis points to 3.94%. The benchmark S&P/ASX 200 index slipped 0.3%, led by banks and property trusts.

A Treasury spokesman said the department did not comment on monetary policy decisions, but that the government's forthcoming budget had been designed to "do no harm" in the fight against inflation.''',
 [("premature", "Helen Marchetti"),
  ("We are not in the business", "Helen Marchetti"),
  ("I would not rule anything in", "Helen Marchetti"),
  ("highly uncertain", "Reserve Bank of Australia"),
  ("still tighter than is consistent with", "Reserve Bank of Australia"),
  ("The hawkish tilt was stronger than", "Priya Raman"),
  ("She went out of her way", "Priya Raman"),
  ("It's a lot of talk", "Tom Beckwith"),
  ("Consumer spending is rolling over, unemployment", "Tom Beckwith"),
  ("do no harm", "Treasury")]),

# 2 -- steelmaker profit warning, Bloomberg-style earnings call, curly quotes; CEO/CFO both women, analyst question, replied, note to clients continuing next paragraph with no cue, anonymous trader
('''Norrvik Stål AB shares fell as much as 11% in Stockholm on Thursday after the Swedish steelmaker cut its full-year delivery forecast and warned that European demand would stay weak into next year.

Chief Executive Officer Karin Lindqvist told analysts on a conference call that construction customers had “essentially stopped ordering” in the third quarter, while automotive volumes were flat at best.

“We are seeing the weakest order book since 2009, and I don’t want to pretend otherwise,” Lindqvist said. “Our job now is to protect cash and protect the balance sheet.”

The company reported operating profit of 412 million kronor ($39 million) for the quarter, down from 1.3 billion kronor a year earlier and well below the 640 million kronor average estimate of analysts surveyed by Bloomberg.

Chief Financial Officer Anna Berglund said the group would reduce capital spending by about a fifth next year and postpone a planned upgrade of its rolling mill in Hällvik, on the Gulf of Bothnia.

“We have looked at every project line by line, and anything that doesn’t pay back within three years is on hold,” Berglund said. The dividend would be maintained, she added, calling it “a commitment we intend to keep.”

Jonas Ek, an analyst at Fjord Securities, asked whether the company would consider closing the Hällvik mill outright, as some investors have urged.

“Closure is not on the table today,” Lindqvist replied. “But I’m not going to stand here and promise that every site we have will look the same in five years.”

Sofia Haraldsen, who covers the company for Nordbank Markets in Oslo, said the guidance cut was larger than investors had feared.

“The market was braced for a trim, not a cut of this size,” she wrote in a note to clients.

“What worries me more is the tone. Management sounded like people planning for a long winter.”

Norrvik, which employs about 7,800 people in Sweden, Finland and Poland, has lost more than a third of its market value this year as cheaper imports and high energy costs squeezed margins.

“Nobody wants to catch this knife before the fourth-quarter numbers,” said one Stockholm-based equity trader, who asked not to be identified because he wasn’t authorized to speak publicly.''',
 [("essentially stopped ordering", "Karin Lindqvist"),
  ("We are seeing the weakest order", "Karin Lindqvist"),
  ("Our job now is to protect", "Karin Lindqvist"),
  ("We have looked at every project", "Anna Berglund"),
  ("a commitment we intend to keep", "Anna Berglund"),
  ("Closure is not on the table", "Karin Lindqvist"),
  ("But I’m not going to stand", "Karin Lindqvist"),
  ("The market was braced for a", "Sofia Haraldsen"),
  ("What worries me more is the", "Sofia Haraldsen"),
  ("Nobody wants to catch this knife", "~trader")]),

# 3 -- housebuilder AGM pay revolt, British newspaper style with single quotes; titled chairman, banner, named and unnamed shareholders, proxy adviser statement, "the 68-year-old"
('''Shareholders at Harrowgate Homes delivered a stinging rebuke to the housebuilder's board yesterday, with almost 41 per cent of votes cast opposing its pay report at a fractious annual meeting in Leeds.

The protest centred on a £3.2m bonus for chief executive Rachel Okafor, awarded in a year when the company's pre-tax profits fell by a third and it cut 600 jobs across its regional offices.

Outside the venue, a handful of campaigners from a local tenants' group held up a banner reading 'Homes not bonuses' and handed out leaflets to arriving investors.

Inside, the chairman, Sir Malcolm Pryce, told shareholders that the board had 'listened carefully' to their concerns and would consult the company's largest investors over the coming months.

'We accept that the timing has been difficult,' he said. 'But Rachel has taken this business through the hardest market in a generation, and the remuneration committee believed the award reflected that.'

That did little to placate some of those in the room. Margaret Dunmore, 71, who said she had held Harrowgate shares since 1988, drew applause when she asked how the board could justify the award.

'I've watched the dividend halved and the share price go nowhere,' she said. 'Meanwhile the people at the top seem to do very nicely whatever happens.'

Another shareholder, who described himself as a retired surveyor from Harrogate, told the meeting: 'You lot have lost touch with reality.'

Ms Okafor, who did not address the pay row directly, said trading had improved since the spring as mortgage rates eased and first-time buyers returned.

'We're seeing reservations pick up week by week, and I'm confident we've turned a corner,' she said.

Northgate Governance Advisory, which had recommended that investors vote against the report, said in a statement that the bonus was 'out of step with the experience of shareholders and employees'.

Under the UK corporate governance code, any company that suffers a vote of more than 20 per cent against a resolution must set out how it intends to respond within six months.

Speaking to reporters after the meeting, Sir Malcolm dismissed suggestions that he should step down. 'I have no intention of going anywhere,' the 68-year-old said.

Shares in Harrowgate closed 1.4 per cent lower at 612p.''',
 [("Homes not bonuses", None),
  ("listened carefully", "Malcolm Pryce"),
  ("We accept that the timing has", "Malcolm Pryce"),
  ("But Rachel has taken this business", "Malcolm Pryce"),
  ("I've watched the dividend halved and", "Margaret Dunmore"),
  ("Meanwhile the people at the top", "Margaret Dunmore"),
  ("You lot have lost touch with", "~shareholder"),
  ("We're seeing reservations pick up week", "Rachel Okafor"),
  ("out of step with the experience", "Northgate Governance Advisory"),
  ("I have no intention of going", "Malcolm Pryce")]),

# 4 -- regulator fines wealth manager, Financial Times style, curly quotes; enforcement director, company statement and CEO statement, consumer group, told BBC Radio 4, analyst
('''The Financial Conduct Authority has fined Calder Wealth Management £18.4mn for failing to treat thousands of retirement savers fairly, the watchdog’s largest penalty against a wealth manager this year.

The FCA said Calder had moved about 9,000 clients into higher-charging portfolios between 2018 and 2022 without properly assessing whether the switch was in their interests, generating an estimated £31mn in additional fees.

“Firms that put their own revenue ahead of their customers’ retirement should expect us to act,” said Thérèse Aldous, the FCA’s executive director of enforcement. “This was not a one-off error. It was a business model.”

Aldous said Calder had co-operated with the investigation and had qualified for a 30 per cent discount on the fine as a result.

Calder, which manages about £11bn for mainly UK clients, said it “accepted the findings in full” and had already paid £26mn in redress to those affected.

In a statement, chief executive Duncan Reilly said: “We fell short of the standards our clients are entitled to expect, and I apologise unreservedly.” He added that the company had “overhauled” its advice processes and replaced its head of compliance.

The case is likely to add to pressure on the wider wealth management industry, which has faced scrutiny over charges since the introduction of the regulator’s consumer duty rules.

Consumer group Which? said the fine should be “a wake-up call for the whole sector” and called on the FCA to publish the names of other firms under investigation.

Speaking to BBC Radio 4’s Today programme on Thursday morning, Aldous said the regulator was examining “a small number” of similar cases. “I’m not going to name names this morning, but this is not the only firm we are looking at,” she said.

Shares in Calder’s listed parent, Calder Group, fell 4 per cent in early trading before recovering some of their losses.

“The fine itself is manageable. The bigger question is whether clients walk,” said Gemma Thorne, an analyst at Ashdown Brokers. She noted that the group had reported net outflows in each of the past three quarters.''',
 [("Firms that put their own revenue", "Thérèse Aldous"),
  ("This was not a one-off error.", "Thérèse Aldous"),
  ("accepted the findings in full", "Calder Wealth Management"),
  ("We fell short of the standards", "Duncan Reilly"),
  ("overhauled", "Duncan Reilly"),
  ("a wake-up call for the whole", "Which?"),
  ("a small number", "Thérèse Aldous"),
  ("I’m not going to name names", "Thérèse Aldous"),
  ("The fine itself is manageable.", "Gemma Thorne")]),

# 5 -- U.S. stocks fall on jobs data, MarketWatch-style market wrap, straight quotes; strategist, Fed official speech, post on X plus phone interview, floor trader, company guidance
('''NEW YORK -- U.S. stocks slid Friday after a stronger-than-expected jobs report pushed Treasury yields to their highest level in three months and revived worries that the Federal Reserve will keep interest rates elevated well into next year.

The S&P 500 fell 1.3%, its worst day since early August, while the Nasdaq Composite lost 1.9% and the Dow Jones Industrial Average dropped 410 points, or 1.1%.

Employers added 287,000 jobs in August, the Labor Department said, far above the 170,000 economists had forecast. Average hourly earnings rose 0.5% from the prior month.

"This is the report the bulls did not want," said Marcus Delaney, chief investment strategist at Wexford Park Advisors. "Wages are still running hot, and that takes a September cut basically off the table."

Delaney said he had trimmed his clients' exposure to small-cap stocks, which tend to be more sensitive to borrowing costs.

Comments from a Fed official added to the pressure. Speaking at an event in Charlotte, N.C., Federal Reserve Bank of Richmond President Loretta Haines said the central bank had "no reason to rush" toward lower rates.

"The labor market is telling us the economy can handle the current stance of policy," Haines said. "I'd rather be late than wrong."

Not everyone was gloomy. Denise Carvalho, a portfolio manager at Tidewater Capital, wrote on X that the selloff was "an overreaction to one noisy data point."

"Revisions to prior months were negative, and the household survey was soft," Carvalho said in a phone interview later in the day. "Give it a few weeks and people will read this differently."

A floor trader at the New York Stock Exchange, speaking as the market closed near its lows, put it more bluntly: "Everybody's selling first and asking questions later."

The yield on the 10-year Treasury note rose to 4.41% from 4.28% on Thursday, and the dollar strengthened against most major currencies. Gold slipped 0.6%.

Among individual stocks, software maker Quillfield Systems tumbled 8% after it cut its annual revenue forecast, saying in a statement that enterprise demand had been "softer than anticipated" during the summer months.''',
 [("This is the report the bulls", "Marcus Delaney"),
  ("Wages are still running hot, and", "Marcus Delaney"),
  ("no reason to rush", "Loretta Haines"),
  ("The labor market is telling us", "Loretta Haines"),
  ("I'd rather be late than wrong", "Loretta Haines"),
  ("an overreaction to one noisy data", "Denise Carvalho"),
  ("Revisions to prior months were negative,", "Denise Carvalho"),
  ("Give it a few weeks and", "Denise Carvalho"),
  ("Everybody's selling first and asking questions", "~trader"),
  ("softer than anticipated", "Quillfield Systems")]),

# 6 -- Bank of Japan holds, Nikkei Asia style, curly quotes; Gov. title before name, told a news conference, split quote running over two paragraphs, bank statement, economist, former board member told the Nikkei
('''TOKYO — The Bank of Japan left its short-term policy rate unchanged at 0.5% on Friday, but Gov. Kazuo Mizutani signaled that another increase could come as early as summer if wage gains broaden beyond the country’s big manufacturers.

“We are getting closer to the point where we can say with confidence that the wage-price cycle is functioning,” Mizutani told a news conference after the two-day policy meeting. “We are not there yet.”

The yen strengthened to 147.20 against the dollar from around 148.60 before his remarks, while the yield on 10-year Japanese government bonds rose 4 basis points.

Mizutani said the central bank would pay particular attention to the outcome of this year’s spring wage negotiations at smaller companies, which employ roughly 70% of Japan’s workforce.

“If small and medium-sized companies can pass on higher costs and raise pay,” he said, “the case for adjusting the degree of monetary accommodation will strengthen.

“Conversely, if we see signs that consumption is weakening, we will take that into account. We will not raise rates simply for the sake of raising them.”

The decision to hold was unanimous, the bank said in a statement that described the economy as “recovering moderately, although some weakness has been seen.”

Most economists polled by Nikkei Asia before the meeting had expected no change, though a growing number now see a hike by July.

“The governor is clearly laying the groundwork for a July hike,” said Aiko Fujisawa, senior economist at the Marunouchi Research Institute in Tokyo. “He used the press conference to tell markets not to get too comfortable.”

Not everyone agrees that the economy is ready. Hiroshi Tanabe, a former member of the BOJ’s policy board, told the Nikkei newspaper in an interview published Friday that the bank risked “moving too fast for an economy that is still fragile.”

Tanabe pointed to real wages, which have fallen in most months over the past two years once inflation is taken into account, and to weak household spending data released earlier in the week.

Deputy Gov. Emiko Saito is scheduled to speak to business leaders in Osaka next Thursday, an appearance that markets will watch for further clues on the timing of the next move.''',
 [("We are getting closer to the", "Kazuo Mizutani"),
  ("We are not there yet.", "Kazuo Mizutani"),
  ("If small and medium-sized companies can", "Kazuo Mizutani"),
  ("the case for adjusting the degree", "Kazuo Mizutani"),
  ("Conversely, if we see signs that", "Kazuo Mizutani"),
  ("recovering moderately, although some weakness has", "Bank of Japan"),
  ("The governor is clearly laying the", "Aiko Fujisawa"),
  ("He used the press conference to", "Aiko Fujisawa"),
  ("moving too fast for an economy", "Hiroshi Tanabe")]),

# 7 -- copper mine strike, Bloomberg-style commodities story, straight quotes; chant, union leader, company statement, named spokeswoman, minister told a radio station, metals analyst, unnamed truck driver
('''SANTIAGO, Chile -- Workers at Minera Los Alerces' flagship copper mine in northern Chile walked off the job on Monday after wage talks collapsed, threatening output at an operation that produces about 3% of the country's copper.

Hundreds of workers gathered outside the mine's main gate in the Atacama Desert, waving union flags and chanting "Ni un paso atrás" - not one step back - as supervisors drove through to keep the concentrator running.

"The company made record profits two years running, and now they tell us there is no money," said Rodrigo Fuentes, president of the mine's largest union, which represents about 1,400 workers. "We are not asking for charity. We are asking for our share."

Minera Los Alerces said in a statement that its final offer, which included a 4.5% real wage increase and a one-off bonus of 6 million pesos per worker, was "fair, competitive and responsible."

Company spokeswoman Valentina Rojas said contingency plans were in place. "Operations are continuing at reduced capacity with supervisory staff, and our priority is the safety of everyone on site," Rojas said.

She declined to say how much production would be lost or how long the company could sustain operations without unionized workers.

Chile's labor minister, Carolina Ibáñez, urged both sides to return to the negotiating table. "Dialogue is the only way out of this, and the government is ready to help," she told Radio Cooperativa.

The strike comes as Chile, the world's biggest copper producer, struggles to lift output from aging mines with falling ore grades. National production has been broadly flat for most of the past decade.

Copper on the London Metal Exchange rose 1.1% to $9,412 a metric ton on news of the walkout.

"Chile is already struggling to grow output, so any disruption at a mine this size matters," said Daniel Okoro, a metals analyst at Bramwell Commodities in London. "If this drags on for more than two weeks, the market will start to notice."

Under Chilean labor law, the company can hire replacement workers only in limited circumstances, and either side can request government mediation.

Outside the gate, spirits remained high on the first day. One truck driver, who has worked at the mine for 17 years, said: "My family is behind me. We can last longer than they think."''',
 [("Ni un paso atrás", None),
  ("The company made record profits two", "Rodrigo Fuentes"),
  ("We are not asking for charity.", "Rodrigo Fuentes"),
  ("fair, competitive and responsible", "Minera Los Alerces"),
  ("Operations are continuing at reduced capacity", "Valentina Rojas"),
  ("Dialogue is the only way out", "Carolina Ibáñez"),
  ("Chile is already struggling to grow", "Daniel Okoro"),
  ("If this drags on for more", "Daniel Okoro"),
  ("My family is behind me.", "~driver")]),

# 8 -- telehealth IPO debut, CNBC/tech-press style, curly quotes; CEO told CNBC, TV show title, scare quotes, IPO researcher, slogan on T-shirts, CFO interview, investor's LinkedIn post
('''Shares of Lumora Health jumped 38% in their Nasdaq debut on Wednesday, giving the telehealth software company a market value of about $6.2 billion in the largest U.S. technology listing of the year.

The stock opened at $29.50, well above its $21 offering price, which had itself been set above the marketed range of $17 to $19. It closed at $28.98.

“This is a day our team has been working toward for nine years,” Lumora co-founder and Chief Executive Nadia Farouk told CNBC’s “Squawk on the Street” shortly after ringing the opening bell.

“But honestly, the listing is just a milestone. The work starts tomorrow morning,” she said.

The company raised $840 million in the offering. Lumora sells software that lets hospitals and clinics run video appointments, remote monitoring and digital prescriptions, and counts more than 2,300 health systems as customers.

The debut was closely watched as a test of whether the so-called “IPO window” has reopened after two years in which few fast-growing technology companies dared to list.

“Investors have been starved of quality growth stories, and this one has real revenue,” said Craig Hollis, a partner at IPO research firm Keystone Listings. He cautioned, however, that Lumora was still losing money. “At these levels, you are paying for a lot of future perfection,” Hollis said.

Lumora reported a net loss of $112 million last year on revenue of $488 million, according to its regulatory filing.

Employees and their families packed the Nasdaq MarketSite in Times Square, many wearing T-shirts printed with the company’s slogan, “Care, wherever you are.”

Chief Financial Officer Megan Strand said in an interview that the company expected to turn a profit on an adjusted basis by the end of next year. “We’ve been disciplined on spending, and we intend to stay that way as a public company,” Strand said.

Venture capitalist Owen Pradeep, whose firm Brightwater Ventures owns about 12% of Lumora, posted on LinkedIn after the open: “Nine years ago Nadia pitched us in a coffee shop with a slide deck and a prototype. Today she rang the bell.”

Goldman Sachs and JPMorgan led the offering. Lumora trades under the ticker LUMO.''',
 [("This is a day our team", "Nadia Farouk"),
  ("But honestly, the listing is just", "Nadia Farouk"),
  ("Investors have been starved of quality", "Craig Hollis"),
  ("At these levels, you are paying", "Craig Hollis"),
  ("Care, wherever you are.", None),
  ("We’ve been disciplined on spending, and", "Megan Strand"),
  ("Nine years ago Nadia pitched us", "Owen Pradeep")]),

# 9 -- regional bank merger, AP/Reuters wire style, straight quotes; two CEOs on analyst call, partial quote, bank analyst, advocacy group statement, portfolio manager
('''Cascade Pacific Bancorp agreed on Monday to buy Sierra Ridge Financial in an all-stock deal valued at about $4.1 billion, creating the largest bank headquartered in the Pacific Northwest as regional lenders seek scale to cope with rising regulatory and technology costs.

Under the terms, Sierra Ridge shareholders will receive 0.87 Cascade Pacific share for each share they own, a premium of 24% to Friday's closing price. The combined bank will have about $68 billion in assets and 410 branches across seven states.

"This is a combination of two banks that know each other's markets extremely well," Cascade Pacific Chief Executive Gregory Hale said on a call with analysts. "We are not buying growth in places we don't understand."

Hale will run the combined company, which will keep the Cascade Pacific name and its Portland, Oregon, headquarters. Sierra Ridge CEO Linda Tsosie will become executive chair.

"Our customers are going to get a bigger balance sheet and better technology without losing the banker who knows their name," Tsosie said. "That was the deal-breaker for me, and Greg understood that from our first conversation."

Executives said they expected to cut about $310 million in annual costs, largely by merging back-office operations and closing roughly 60 overlapping branches.

Asked about job losses, Hale said it was "too early to put a number on it," but acknowledged that some roles would be eliminated.

Analysts were broadly supportive. "The math works, and the cultural fit looks better than most deals we see in this space," said Raymond Osei, who covers regional banks for Piedmont Capital Markets. "The risk is execution, as it always is."

The deal requires approval from the Federal Reserve and the Office of the Comptroller of the Currency, as well as shareholders of both banks. The companies said they expected it to close in the second quarter of next year.

The Fair Banking Coalition, a consumer advocacy group, said in a statement that it would urge regulators to hold public hearings, warning that branch closures would "hit rural and lower-income communities hardest."

Sierra Ridge shares jumped 18% in morning trading, while Cascade Pacific fell 4.5%.

"Investors always shoot the acquirer first and ask questions later," said Ellen Marsh, a portfolio manager at Stonecrest Investment Partners, which owns shares in both banks.''',
 [("This is a combination of two", "Gregory Hale"),
  ("We are not buying growth in", "Gregory Hale"),
  ("Our customers are going to get", "Linda Tsosie"),
  ("That was the deal-breaker for me,", "Linda Tsosie"),
  ("too early to put a number", "Gregory Hale"),
  ("The math works, and the cultural", "Raymond Osei"),
  ("The risk is execution, as it", "Raymond Osei"),
  ("hit rural and lower-income communities hardest", "Fair Banking Coalition"),
  ("Investors always shoot the acquirer first", "Ellen Marsh")]),

# 10 -- Turkish central bank surprise hike, Bloomberg/FT emerging-markets style, curly quotes; central bank statement, economists, minister's post on X, market vendor described only, pronoun
('''ISTANBUL — Turkey’s central bank unexpectedly raised its benchmark interest rate by 3 percentage points to 45% on Thursday, in a move aimed at shoring up the lira after a week of heavy selling.

Only two of 18 economists surveyed by Bloomberg had forecast an increase, with most expecting the bank to keep rates on hold and lean on its foreign-exchange reserves instead.

The Central Bank of the Republic of Türkiye said in a statement that its monetary policy committee had decided to act “in light of recent developments in financial markets and their potential impact on inflation expectations.” It said tight policy would be maintained “until a permanent decline in the underlying trend of inflation is observed.”

The lira rallied as much as 2.4% against the dollar after the announcement before paring gains.

“This is a credibility move,” said Elif Demirtaş, chief economist for emerging Europe at Aldgate Partners in London. “They needed to show they will defend the currency with rates and not just reserves, and they have done that.”

Finance Minister Kerem Aksoy welcomed the decision in a post on X, writing that price stability remained “the foundation of our economic program.”

Another economist was less impressed. Burak Yalçın, a former central bank official who now teaches economics at a university in Ankara, said the increase was overdue.

“They are reacting to the market instead of leading it,” Yalçın said. “Three weeks ago this would have been a signal. Today it looks like damage control.”

For ordinary Turks, the more immediate concern is prices. Annual inflation stood at 61.8% in May, and food costs have risen even faster.

At the Tuesday market in Istanbul’s Kadıköy district, a vegetable seller said his customers were buying less each week.

“People used to buy a kilo of tomatoes, now they buy three,” he said, gesturing at his stall. “Everybody is counting every lira.”

Investors will now watch whether the bank follows through at its next meeting in July.

“The direction is right, but the committee will need to keep its nerve,” said Selin Kaya, a strategist at Bosphorus Asset Management.''',
 [("in light of recent developments in", "Central Bank of the Republic of Türkiye"),
  ("until a permanent decline in the", "Central Bank of the Republic of Türkiye"),
  ("This is a credibility move", "Elif Demirtaş"),
  ("They needed to show they will", "Elif Demirtaş"),
  ("the foundation of our economic program", "Kerem Aksoy"),
  ("They are reacting to the market", "Burak Yalçın"),
  ("Three weeks ago this would have", "Burak Yalçın"),
  ("People used to buy a kilo", "~seller"),
  ("Everybody is counting every lira.", "~seller"),
  ("The direction is right, but the", "Selin Kaya")]),

# 11 -- department-store earnings, Wall Street Journal style with Ms./Mr. honorifics, straight quotes; CEO interview, "the 52-year-old executive", CFO on call, analyst note, analyst "he wrote", company spokesman
('''Department-store chain Halvorsen's posted a surprise quarterly profit and raised its outlook for the year, saying shoppers had returned to its stores for back-to-school clothing and home goods even as they pulled back elsewhere.

Shares of the Minneapolis-based retailer rose 14% in after-hours trading Tuesday.

Halvorsen's earned $62 million, or 71 cents a share, in the quarter ended Aug. 2, compared with a loss of $18 million a year earlier. Revenue rose 3% to $2.9 billion. Analysts polled by FactSet had expected a small loss.

"Our customer is still cautious, but she is showing up when we give her a reason to," Chief Executive Denise Aldana said in an interview. "That reason is value, and it's newness."

Ms. Aldana, who took over in January after a decade running merchandising at a rival chain, has closed 40 underperforming stores and cut the number of brands the company carries by about a quarter.

"We were trying to be everything to everybody," the 52-year-old executive said. "Now we know who we're for."

Chief Financial Officer Patrick Dunleavy told analysts on a conference call that inventory was down 9% from a year earlier, which had allowed the company to sell more merchandise at full price.

"Clean inventory is the single biggest driver of the margin improvement you're seeing," Mr. Dunleavy said. He added that tariffs remained "the biggest unknown" heading into the holiday season.

The company now expects full-year earnings of $1.10 to $1.25 a share, up from a previous range of 60 cents to 80 cents.

Some analysts said the results were encouraging but not conclusive. "One good quarter doesn't make a turnaround," Harriet Cole, a retail analyst at Evergreen Research, wrote in a note. "But this is the first time in three years that the story has gotten simpler rather than more complicated."

Another analyst, Victor Mendes of Larkspur Securities, raised his price target on the stock to $24 from $18. "Management is finally under-promising," he wrote.

Halvorsen's has been a frequent target of takeover speculation since a private-equity firm disclosed a 7% stake last year.

A company spokesman declined to comment on that speculation, but said Halvorsen's would "continue to review the portfolio" of remaining stores and had no plans for further closures this year.''',
 [("Our customer is still cautious, but", "Denise Aldana"),
  ("That reason is value, and it's", "Denise Aldana"),
  ("We were trying to be everything", "Denise Aldana"),
  ("Now we know who we're for", "Denise Aldana"),
  ("Clean inventory is the single biggest", "Patrick Dunleavy"),
  ("the biggest unknown", "Patrick Dunleavy"),
  ("One good quarter doesn't make a", "Harriet Cole"),
  ("But this is the first time", "Harriet Cole"),
  ("Management is finally under-promising", "Victor Mendes"),
  ("continue to review the portfolio", "Halvorsen's")]),

# 12 -- UK bank job cuts and branch closures, British newspaper style with single quotes; chief executive, union officer, campaign group and placards, analyst "she added", HM Treasury spokesperson
('''Marlow & Kent Bank is to cut 1,900 jobs and close 120 branches over the next two years, the lender announced yesterday as it reported a 12 per cent drop in half-year profits.

The Edinburgh-based bank, Britain's sixth-largest by assets, said pre-tax profit fell to £1.34bn in the six months to June, as lower interest rates squeezed the margin it earns on loans.

Chief executive Fiona Gallacher said the closures reflected 'the way our customers actually bank today', with more than 85 per cent of transactions now carried out online or through its app.

'Nobody takes decisions like this lightly,' she said on a call with journalists. 'But we cannot keep paying for a branch network designed for 1995.'

She insisted the bank would keep a presence in every town where it was the last bank on the high street, either through shared banking hubs or a mobile branch service.

The Unite union reacted furiously. 'This is a kick in the teeth for loyal staff who kept this bank running through the pandemic,' said national officer Derek Munro. 'We will be seeking urgent talks and we have not ruled anything out.'

Campaign group Save Our High Streets, whose supporters gathered outside the bank's St Andrew Square headquarters with placards reading 'Last bank in town', said the closures would leave elderly and disabled customers 'stranded'.

Analysts were more sanguine, pointing out that the cost savings of about £180m a year were larger than the market had expected.

'The margin pressure was well flagged,' said Rebecca Lyall, banking analyst at Thistle Capital. 'What investors will focus on is that buyback,' she added.

Marlow & Kent said it would return £500m to shareholders through a share buyback, on top of an interim dividend of 4.1p a share. Shares rose 3.2 per cent to 287p.

The announcement adds to a wave of branch closures across the sector. More than 6,000 bank branches have shut in Britain since 2015, according to consumer research.

A spokesperson for HM Treasury said: 'Decisions on branch closures are commercial matters for banks, but we expect them to treat customers fairly and make sure access to cash is protected.'

The bank will begin consulting staff next month.''',
 [("the way our customers actually bank", "Fiona Gallacher"),
  ("Nobody takes decisions like this lightly", "Fiona Gallacher"),
  ("But we cannot keep paying for", "Fiona Gallacher"),
  ("This is a kick in the", "Derek Munro"),
  ("We will be seeking urgent talks", "Derek Munro"),
  ("Last bank in town", None),
  ("stranded", "Save Our High Streets"),
  ("The margin pressure was well flagged", "Rebecca Lyall"),
  ("What investors will focus on is", "Rebecca Lyall"),
  ("Decisions on branch closures are commercial", "HM Treasury")]),

# 13 -- crypto exchange halts withdrawals, Asia financial wire style, straight quotes; company citing, founder's posts on X, regulator statement, advertising tagline, unnamed customer, analyst, lawyer
('''SINGAPORE -- Crypto exchange Vantor halted all customer withdrawals on Wednesday, citing "extreme market conditions," in a move that left tens of thousands of users unable to access their funds and sent tokens linked to the platform tumbling.

In a post on X late Tuesday, Vantor founder and Chief Executive Julian Teo wrote that the pause was "temporary" and that "all client assets are safe and fully backed."

"We are working around the clock with partners to restore normal service as quickly as possible," he wrote in a follow-up post on Wednesday morning.

Vantor's own token, VTR, fell 62% over 24 hours, according to data from CoinGecko. Bitcoin slipped 3%.

The Monetary Authority of Singapore said it was "in contact with the company" and reminded the public that Vantor did not hold a licence to offer services to retail customers in the city-state. It urged users to be wary of scammers offering to recover lost funds.

Vantor, which once sponsored a Formula One team and advertised in airports across Asia with the tagline "Your keys, your future," claimed more than 3 million registered users at its peak last year.

"I have about 40,000 Singapore dollars on there. That's my whole house deposit," said one customer, a 29-year-old engineer who declined to give her name. She said she had tried to withdraw funds on Monday but the request had been stuck ever since.

"This has all the hallmarks of a liquidity crisis, not a technical glitch," said Farah Ismail, a digital-asset analyst at Kestrel Research. "When an exchange says funds are safe and then stops withdrawals, the market tends to believe the second thing, not the first."

Arjun Menon, a partner at Singapore law firm Menon & Lim, said he had been contacted by dozens of Vantor customers since Tuesday night.

"The first question everyone asks is whether their money is ring-fenced. Frankly, nobody outside the company knows yet," Menon said.

The collapse of several large crypto lenders and exchanges in 2022 left many customers waiting years to recover a fraction of their deposits.''',
 [("extreme market conditions", "Vantor"),
  ("temporary", "Julian Teo"),
  ("all client assets are safe and", "Julian Teo"),
  ("We are working around the clock", "Julian Teo"),
  ("in contact with the company", "Monetary Authority of Singapore"),
  ("Your keys, your future", None),
  ("I have about 40,000 Singapore dollars", "~customer"),
  ("This has all the hallmarks of", "Farah Ismail"),
  ("When an exchange says funds are", "Farah Ismail"),
  ("The first question everyone asks is", "Arjun Menon")]),

# 14 -- Irish airline profit warning, Irish/European business-press style, curly quotes; combative CEO in investor video, pronoun, Boeing statement, pilots' association, aviation analyst, second analyst named but not quoted
('''DUBLIN — Shares in low-cost carrier Skylark Air fell 9% on Monday after the airline cut its full-year profit forecast, blaming delayed aircraft deliveries from Boeing and softer-than-expected fares over the summer.

Skylark now expects after-tax profit of between €410 million and €450 million for the year to March, down from previous guidance of around €520 million.

“Summer fares came in about 4% below where we thought they would be, and that’s entirely down to consumers being more careful with their money,” chief executive Conor Walsh said in a video presentation to investors. “They are still travelling. They are just booking later and shopping harder.”

Walsh, known for his combative public style, reserved his sharpest words for Boeing, which he said would deliver just 19 of the 29 aircraft that had been due before the peak season.

“I’m sick of hearing about supply-chain recovery,” he said. “We have pilots sitting at home, paid, waiting for aircraft that were supposed to be here in April.”

Boeing said in a statement that it was “working closely with Skylark” and remained “committed to improving delivery performance across our 737 program.”

The Irish Air Line Pilots’ Association, which represents most of Skylark’s Dublin-based pilots, said the profit warning was “no excuse” for delaying a pay review due in the autumn.

Analysts said the downgrade had been largely expected. “The fare weakness has been visible in the booking data for weeks,” said Niamh O’Sullivan, an aviation analyst at Liffey Capital. “What surprised us was the scale of the delivery shortfall.”

Another analyst, Sarah Brennan at Dunmore Stockbrokers, said Walsh’s comments suggested the airline would prioritise fares over passenger growth next year, and cut her price target on the shares by 8%.

Asked during the presentation whether the delays had soured Skylark’s relationship with its only aircraft supplier, Walsh did not hold back.

“If you’re asking me whether we’ll ever buy another Boeing aircraft — yes, probably. But I’ll be a lot harder to deal with at the negotiating table,” he said.

Skylark carried 64 million passengers in the first half, up 6% on the same period last year.''',
 [("Summer fares came in about 4%", "Conor Walsh"),
  ("They are still travelling. They are", "Conor Walsh"),
  ("I’m sick of hearing about supply-chain", "Conor Walsh"),
  ("We have pilots sitting at home,", "Conor Walsh"),
  ("working closely with Skylark", "Boeing"),
  ("committed to improving delivery performance across", "Boeing"),
  ("no excuse", "Irish Air Line Pilots’ Association"),
  ("The fare weakness has been visible", "Niamh O’Sullivan"),
  ("What surprised us was the scale", "Niamh O’Sullivan"),
  ("If you’re asking me whether we’ll", "Conor Walsh")]),

# 15 -- oil sands producer results, Canadian Press style, straight quotes; CEO and CFO on call, partial quote, pronoun, activists' chant and banner, government department spokesperson, analyst
('''CALGARY - Athabasca Ridge Energy Corp. reported a 22 per cent drop in third-quarter profit on Thursday as lower crude prices offset record production from its oilsands operations, but the company said it would still raise its dividend.

The Calgary-based producer earned $1.14 billion, or 58 cents per share, down from $1.46 billion a year earlier. Production averaged 612,000 barrels of oil equivalent per day, a company record.

"We can't control the price of oil, but we can control our costs and our reliability, and on both fronts this was an outstanding quarter," president and CEO Mark Thibodeau said on a conference call with analysts.

The company raised its quarterly dividend by five per cent to 63 cents per share, its fifth increase in three years.

Chief financial officer Jasmine Kaur said the company had reached its net debt target ahead of schedule. "From here, essentially all free cash flow goes back to shareholders," Kaur said.

Much of the call focused on the federal government's proposed cap on oil and gas emissions. Thibodeau said the policy, as drafted, would "cap production, not emissions."

"We are spending billions on carbon capture. We are doing the work," he said. "What we need from Ottawa is certainty, and right now we don't have it."

Outside the company's downtown headquarters, about two dozen climate activists rallied during the call, chanting "Keep it in the ground" and holding a banner that read "Profits up, planet down."

A spokesperson for Environment and Climate Change Canada said in an email that the cap was designed to "reduce emissions while allowing the sector to continue to grow," and that the government was consulting with industry on the final rules.

Shares of Athabasca Ridge rose 2.1 per cent to $51.87 on the Toronto Stock Exchange.

"Athabasca is as clean a balance sheet as you'll find in the sector," said Lauren Fortier, an analyst at Bow River Securities. "The question for investors is how much regulatory risk they are willing to price in."

The company kept its 2025 capital spending budget unchanged at $5.2 billion to $5.4 billion and said it expected production growth of two to three per cent next year.''',
 [("We can't control the price of", "Mark Thibodeau"),
  ("From here, essentially all free cash", "Jasmine Kaur"),
  ("cap production, not emissions", "Mark Thibodeau"),
  ("We are spending billions on carbon", "Mark Thibodeau"),
  ("What we need from Ottawa is", "Mark Thibodeau"),
  ("Keep it in the ground", None),
  ("Profits up, planet down", None),
  ("reduce emissions while allowing the sector", "Environment and Climate Change Canada"),
  ("Athabasca is as clean a balance", "Lauren Fortier"),
  ("The question for investors is how", "Lauren Fortier")]),

# 16 -- activist hedge fund letter to food company, Reuters/WSJ deals style, curly quotes; letter quoted ("wrote"), company statement, TV interview, CEO at conference, analyst
('''Activist hedge fund Greyhaven Capital Management has built a stake of about 4% in Pemberton Foods and is pushing the packaged-food maker to split off its struggling frozen-meals business, according to a letter sent to the company’s board on Monday.

In the letter, Greyhaven founder Sebastian Kroll wrote that Pemberton’s shares had “underperformed every relevant benchmark over one, three and five years” and accused management of “a pattern of overpromising and underdelivering.”

“The board has had ample time to fix this business. Shareholders have run out of patience, and so have we,” Kroll wrote.

Greyhaven, which manages about $9 billion, also said it wanted two seats on Pemberton’s 11-member board and would consider nominating directors at next year’s annual meeting if talks with the company fail.

Pemberton said in a statement that it “welcomes constructive input from all shareholders” and that its board “regularly reviews all options to enhance value.”

The frozen division, which makes ready meals and pizzas under the Hearthside and Nonna’s Table brands, accounts for about 30% of Pemberton’s sales but has reported falling volumes for eight consecutive quarters.

In an interview on Bloomberg Television later on Monday, Kroll said the unit would fetch a far better valuation on its own: “Frozen is a fine business in the wrong home. Somebody else will pay more for it than the market gives Pemberton credit for.”

Pemberton Chief Executive Lisa Hargreave, speaking at a consumer industry conference in Boston on Tuesday, said the company’s own restructuring plan was already “well down the road” and had begun to lift margins.

“We have a plan, it’s working, and I’d ask investors to judge us on results, not letters,” Hargreave said.

Shares of Pemberton rose 6.2% on Monday, their biggest one-day gain in more than two years, valuing the company at about $14 billion.

Greyhaven has waged several campaigns at consumer companies in recent years, winning board seats at two of them through negotiated settlements.

“Kroll has a decent track record of getting what he wants without a proxy fight,” said Teresa Gomez, a consumer staples analyst at Harlan & Pike. “My guess is they settle and he gets at least one seat.”''',
 [("underperformed every relevant benchmark over one,", "Sebastian Kroll"),
  ("a pattern of overpromising and underdelivering", "Sebastian Kroll"),
  ("The board has had ample time", "Sebastian Kroll"),
  ("welcomes constructive input from all shareholders", "Pemberton Foods"),
  ("regularly reviews all options to enhance", "Pemberton Foods"),
  ("Frozen is a fine business in", "Sebastian Kroll"),
  ("well down the road", "Lisa Hargreave"),
  ("We have a plan, it’s working,", "Lisa Hargreave"),
  ("Kroll has a decent track record", "Teresa Gomez"),
  ("My guess is they settle and", "Teresa Gomez")]),

# 17 -- Brazil central bank raises Selic, Reuters wire style, straight quotes; central bank statement, economists, finance minister told reporters, industry confederation statement, small manufacturer
('''SAO PAULO, June 18 (Reuters) - Banco Central do Brasil raised its benchmark Selic rate by 25 basis points to 15% on Wednesday, the highest level in nearly two decades, and signaled that it was likely to pause its tightening cycle at the next meeting.

The unanimous decision by the bank's monetary policy committee was in line with the expectations of most economists polled by Reuters.

In its statement, the central bank said it anticipated "an interruption in the cycle of rate hikes" to assess the cumulative effects of the adjustments already made, but warned that it "will not hesitate to resume" raising borrowing costs if appropriate.

"The message is clear: this is the peak, but don't expect cuts any time soon," said Luiza Pereira, chief economist at Ipanema Investimentos in Rio de Janeiro. "They want to keep real rates very high for a long time."

The central bank has raised the Selic by a cumulative 450 basis points since September, as a weaker currency and resilient domestic demand pushed inflation well above its 3% target.

Finance Minister Fernando Couto told reporters in Brasilia that the government respected the bank's autonomy but hoped for "a more favorable environment for growth" in the second half of the year.

"Nobody wants rates at this level forever," Couto said. "But we also understand that fighting inflation is the first step."

Business groups were less restrained. The National Confederation of Industry said in a statement that the increase was "a heavy burden on productive sectors" and would deepen a slowdown in manufacturing.

Ricardo Almeida, who runs a furniture factory with 120 employees in Santa Catarina state, said credit had become prohibitively expensive for small firms. "I had plans to buy two new machines this year. At these rates, forget it," he said.

The real was little changed after the decision, trading at around 5.52 per dollar.

Some economists warned that the central bank risked tipping Latin America's largest economy into recession if it kept policy this tight for too long.

"The risk now is that they overdo it, because the lagged effects of this cycle have not fully hit yet," said Gabriel Souza, an economist at Serra Capital in Sao Paulo.''',
 [("an interruption in the cycle of", "Banco Central do Brasil"),
  ("will not hesitate to resume", "Banco Central do Brasil"),
  ("The message is clear: this is", "Luiza Pereira"),
  ("They want to keep real rates", "Luiza Pereira"),
  ("a more favorable environment for growth", "Fernando Couto"),
  ("Nobody wants rates at this level", "Fernando Couto"),
  ("But we also understand that fighting", "Fernando Couto"),
  ("a heavy burden on productive sectors", "National Confederation of Industry"),
  ("I had plans to buy two", "Ricardo Almeida"),
  ("The risk now is that they", "Gabriel Souza")]),

# 18 -- Delaware court voids founder pay package, legal/business-press style, curly quotes; judge's written opinion, plaintiff's lawyer, company statement, founder on X, plan document wording, law professor
('''WILMINGTON, Del. — A Delaware judge on Friday struck down a $740 million pay package awarded to the founder of electric-truck maker Voltreon, ruling that the company’s board had been too close to him to negotiate on shareholders’ behalf.

In a 96-page opinion, Vice Chancellor Ruth Abernathy of the Delaware Court of Chancery wrote that the directors who approved the award in 2021 had “acted more like supplicants than fiduciaries” and that the process was “deeply flawed from start to finish.”

“A board that cannot say no to its founder is not, in any meaningful sense, independent,” Abernathy wrote.

The lawsuit was brought by the Lakeshore Teachers’ Retirement Fund, a Michigan pension fund that owns about 1.2 million Voltreon shares. Its lead lawyer, Daniel Whitcombe of Whitcombe Barr LLP, called the ruling “a landmark for shareholder rights.”

“Today the court reminded every boardroom in America that the rules apply to everyone, including visionaries,” Whitcombe said outside the courthouse.

Voltreon said in a statement that it “strongly disagrees” with the decision and would appeal to the Delaware Supreme Court.

The company’s founder and chief executive, Eric Lindahl, responded on X within an hour of the ruling. “Judges should not be running companies,” he wrote.

Under the plan, which shareholders approved in a 2021 vote, stock options were to vest upon “the achievement of each Operational Milestone and Market Capitalization Milestone” set out in an appendix. The court found that several directors had personal and business ties to Lindahl that were not fully disclosed to investors before that vote.

Voltreon shares fell 3.4% in after-hours trading.

Corporate governance experts said the decision could have consequences well beyond one company.

“This opinion is going to be read very closely by every board with a dominant founder,” said Hannah Weiss, who teaches corporate law at Brandywine University School of Law. “The message is that a shareholder vote does not cure a conflicted process.”

The case is the latest in a series of challenges in Delaware to large executive pay awards, and has fueled a debate among some companies over whether to reincorporate in other states.''',
 [("acted more like supplicants than fiduciaries", "Ruth Abernathy"),
  ("deeply flawed from start to finish", "Ruth Abernathy"),
  ("A board that cannot say no", "Ruth Abernathy"),
  ("a landmark for shareholder rights", "Daniel Whitcombe"),
  ("Today the court reminded every boardroom", "Daniel Whitcombe"),
  ("strongly disagrees", "Voltreon"),
  ("Judges should not be running companies", "Eric Lindahl"),
  ("the achievement of each Operational Milestone", None),
  ("This opinion is going to be", "Hannah Weiss"),
  ("The message is that a shareholder", "Hannah Weiss")]),

# 19 -- Bank of England policymaker speech, British broadsheet style with single quotes; partial quotes, "she added", rival MPC member's phrase, economist, business lobby, unnamed cafe owner
('''A Bank of England policymaker has warned that interest rates may need to stay higher for longer than markets expect, in a speech that pushed back against growing bets on a cut before Christmas.

Catherine Lowe, an external member of the Monetary Policy Committee, told an audience at the University of Birmingham that wage growth remained 'uncomfortably strong' and that the committee risked 'declaring victory too early'.

'I am not yet persuaded that the job is done,' she said. 'Pay settlements are still running at levels that are hard to square with two per cent inflation over the medium term.'

Ms Lowe, who voted to hold rates at the last two meetings, said she was paying close attention to the Bank's own monthly survey of chief financial officers.

'If firms tell us they are planning to raise prices by less, I will take comfort from that. So far they are not telling us that,' she added.

Her remarks contrasted with comments last week from fellow MPC member Jonathan Sherwood, who argued that the committee should 'look through' the recent rise in services inflation because it was driven by one-off increases in regulated prices.

Financial markets trimmed bets on a November cut after the speech, with traders now pricing a roughly 40 per cent chance of a move, down from 55 per cent in the morning. Sterling rose 0.3 per cent against the dollar.

'She is firmly in the hawkish camp and she is not budging,' said Anita Desai, UK economist at Fenchurch Street Economics. 'But she is one vote out of nine, and the centre of the committee has clearly shifted.'

Business groups have been calling for relief. The British Chambers of Commerce said last week that smaller firms were 'crying out' for lower borrowing costs after two years of weak investment.

That frustration was echoed near the campus, where the owner of a small café said higher rates had made it harder to refinance a loan taken out during the pandemic.

'Every time they talk about rates staying up, my bank manager gets a bit less friendly,' she said.

The MPC will announce its next decision on November 6, alongside updated forecasts for growth and inflation.''',
 [("uncomfortably strong", "Catherine Lowe"),
  ("declaring victory too early", "Catherine Lowe"),
  ("I am not yet persuaded that", "Catherine Lowe"),
  ("Pay settlements are still running at", "Catherine Lowe"),
  ("If firms tell us they are", "Catherine Lowe"),
  ("look through", "Jonathan Sherwood"),
  ("She is firmly in the hawkish", "Anita Desai"),
  ("But she is one vote out", "Anita Desai"),
  ("crying out", "British Chambers of Commerce"),
  ("Every time they talk about rates", "~owner")]),

# 20 -- appliance plant closure, AP-style local business story, curly quotes; company statement, named and anonymous workers, handwritten sign, mayor, union local president, economist
('''MARSTON, Ohio (AP) — For 61 years, the Whitfield Appliances plant on the east side of this town of 14,000 has made washing machines. By next spring, it will make nothing at all.

The company said Tuesday it would close the factory and move production to an existing plant in Monterrey, Mexico, eliminating about 900 jobs. In a statement, Whitfield said the decision was “necessary to keep our laundry business competitive in a rapidly changing global market.”

Workers leaving the morning shift said they had heard rumors for months but hoped the day would never come.

“My dad worked here 34 years. I’ve been here 22,” said Brian Kowalczyk, 47, a line maintenance technician. “I don’t know what else this town is supposed to do.”

Another worker, a woman who had spent nine years on the assembly line and declined to give her name because she feared losing her severance, said: “They gave us a letter and a phone number. That was it.”

By afternoon, a hand-lettered sign taped to the window of the diner across the street read “We stand with Whitfield workers.”

Mayor Donna Reinholt said the city had offered the company tax breaks and help with road improvements to stay.

“We put everything we had on the table,” she said. “I don’t think it was ever about Marston. It was about labor costs in Mexico.”

Tony Serrano, president of United Steelworkers Local 1187, which represents most hourly workers at the plant, said the union would fight for “every dollar of severance and every day of health coverage we can get.”

“These are people who gave this company their whole lives,” Serrano said.

Whitfield, whose shares rose 2% on the news, said affected employees would receive severance pay based on length of service and help finding new jobs. The plant is the largest private employer in Marston County.

Economists say the loss will be felt far beyond the plant’s parking lot, by suppliers, restaurants and the local tax base.

“When a plant this size closes in a town this size, the ripple effects go well beyond the factory gate,” said Karen Lindgren, an economist at Ohio Valley University who studies manufacturing communities.''',
 [("necessary to keep our laundry business", "Whitfield Appliances"),
  ("My dad worked here 34 years.", "Brian Kowalczyk"),
  ("I don’t know what else this", "Brian Kowalczyk"),
  ("They gave us a letter and", "~worker"),
  ("We stand with Whitfield workers.", None),
  ("We put everything we had on", "Donna Reinholt"),
  ("I don’t think it was ever", "Donna Reinholt"),
  ("every dollar of severance and every", "Tony Serrano"),
  ("These are people who gave this", "Tony Serrano"),
  ("When a plant this size closes", "Karen Lindgren")]),

# 21 -- software company earnings call, tech-wire style, straight quotes; CEO and CFO (both men), analysts' questions on the call, "replied", "the 47-year-old", analyst note
('''SAN FRANCISCO -- Cloud software company Verdant Data Inc. beat Wall Street's revenue estimates for the fourth straight quarter on Wednesday, but its shares fell 7% in extended trading after it gave a cautious forecast and said it would slow hiring.

Revenue rose 27% to $1.18 billion in the fiscal second quarter, ahead of the $1.14 billion analysts had expected, according to LSEG data. Adjusted earnings of 64 cents a share also topped estimates.

"Demand for our platform has never been stronger, but customers are taking longer to sign big contracts, and we think it's prudent to plan for that," Chief Executive Rohan Mehta said on a call with analysts.

Mehta, 47, co-founded the company in 2012 and took it public six years later.

Chief Financial Officer Scott Albrecht said sales cycles for contracts worth more than $1 million had lengthened by about two weeks on average. "We're not seeing deals disappear," Albrecht said. "We're seeing them slip from one quarter into the next."

The company forecast third-quarter revenue of $1.21 billion to $1.23 billion, below the average estimate of $1.25 billion.

Analysts pressed executives on competition from larger rivals that have begun bundling artificial intelligence tools into their existing products at little or no extra cost.

"Are you losing deals on price, or are customers just pausing?" asked Karen Whitlock of Carrick & Stowe.

"Honestly, it's mostly pausing," Mehta replied. "Our win rates against the big platforms are actually up slightly this quarter."

Another analyst, Michael Tran of Sutter Street Securities, asked whether the hiring slowdown meant the company was preparing for layoffs.

"No, and I want to be clear about that," the 47-year-old said. "We are being careful. That's different from cutting."

Verdant ended the quarter with about 9,400 employees, up 11% from a year earlier.

"The quarter was fine; the guide was not," Elena Petrova, an analyst at Bayview Partners, wrote in a note to clients after the call, cutting her price target on the stock to $142 from $155.''',
 [("Demand for our platform has never", "Rohan Mehta"),
  ("We're not seeing deals disappear", "Scott Albrecht"),
  ("We're seeing them slip from one", "Scott Albrecht"),
  ("Are you losing deals on price,", "Karen Whitlock"),
  ("Honestly, it's mostly pausing", "Rohan Mehta"),
  ("Our win rates against the big", "Rohan Mehta"),
  ("No, and I want to be", "Rohan Mehta"),
  ("We are being careful. That's different", "Rohan Mehta"),
  ("The quarter was fine; the guide", "Elena Petrova")]),

# 22 -- reinsurer catastrophe losses, European financial-press style, curly quotes; company view, report title, CEO at press briefing and told a Swiss newspaper, underwriting chief, broker, bank analyst
('''ZURICH — Alpenrück Re, the world’s fifth-largest reinsurer, said on Tuesday that insured losses from natural catastrophes had exceeded $100 billion for the fifth consecutive year, and warned that higher prices for property cover were “here to stay.”

The estimate was published in the company’s annual study, titled “Natural Catastrophes in a Warming World,” which attributed much of the increase to more frequent severe thunderstorms, hail and flooding in the United States and Europe.

“What used to be called secondary perils are no longer secondary,” chief executive Martina Vogt told reporters at the company’s headquarters. “Hail and flooding now account for more of our losses than hurricanes in many years.”

Vogt said Alpenrück would continue to raise prices and tighten terms at the January renewals, when most reinsurance contracts in Europe are negotiated.

Chief underwriting officer Stefanie Brunner said the company had reduced its exposure to the lowest layers of property catastrophe programmes, which pay out most often.

“We will not write business where the price does not reflect the risk. That is simply discipline, not retreat,” Brunner said.

Buyers of reinsurance see it differently. Felix Marchand, head of reinsurance at broker Lakemont Partners in London, said clients were “exhausted” by successive price increases.

“Primary insurers have absorbed three years of hikes, and they are passing it on to homeowners. At some point, that becomes a political problem, not just a commercial one,” Marchand said.

In an interview with the Neue Zürcher Zeitung published on Tuesday, Vogt said governments would need to play a bigger role in covering the most extreme risks, for instance through public-private flood pools.

“The private market cannot insure everything at any price,” she told the newspaper.

Alpenrück reported a net profit of $1.9 billion for the first nine months of the year, up 14%, helped by higher investment income. Its shares rose 1.8% in Zurich.

“Pricing discipline is exactly what investors want to hear at this point in the cycle,” said Thomas Bauer, an analyst at Limmat Bank in Zurich.''',
 [("here to stay", "Alpenrück Re"),
  ("What used to be called secondary", "Martina Vogt"),
  ("Hail and flooding now account for", "Martina Vogt"),
  ("We will not write business where", "Stefanie Brunner"),
  ("exhausted", "Felix Marchand"),
  ("Primary insurers have absorbed three years", "Felix Marchand"),
  ("The private market cannot insure everything", "Martina Vogt"),
  ("Pricing discipline is exactly what investors", "Thomas Bauer")]),

# 23 -- Chinese developer misses bond payment, South China Morning Post style, straight quotes; exchange filing, bondholders' adviser, chairman's letter reported by Caixin, homebuyers' signs, unnamed buyer, analyst, unnamed official cited by state media
('''HONG KONG - Chinese property developer Jinhai Land Holdings said on Monday it had missed a US$48 million interest payment on an offshore bond, raising the prospect of a default by one of the few large private builders that had so far avoided one.

In a filing to the Hong Kong stock exchange, the Guangzhou-based company said it "does not expect to be able to make the payment" within the 30-day grace period and had appointed financial advisers to "explore a holistic solution" with creditors.

Kevin Lau, a partner at restructuring firm Harcourt Advisory, which represents a group of holders of the company's dollar bonds, said creditors had been kept in the dark.

"We've been asking for a meeting with management since March and have had nothing but silence," Lau said.

In a letter to employees reported by financial magazine Caixin, Jinhai chairman Zhou Wenbin said: "The company is facing the most difficult period in its history, but we will not walk away from our responsibilities."

The developer has more than 120 projects across 40 Chinese cities, many of them unfinished. In Foshan, dozens of buyers of pre-sold flats at a stalled Jinhai development gathered outside the sales office on Sunday holding signs reading "Deliver our homes."

"I have paid the mortgage for two years on a flat that doesn't exist," said one buyer, a 36-year-old teacher who declined to be named for fear of trouble with her employer.

Jinhai's Hong Kong-listed shares plunged 23 per cent to HK$1.12, a record low, while its dollar bonds due 2026 fell to about 11 cents on the dollar.

"Jinhai was seen as one of the better-run names, so this will hit sentiment across the sector," said Winnie Cheung, head of Asia credit research at Victoria Harbour Securities. "Investors are going to ask who is next."

Beijing has rolled out a series of measures over the past two years to support the property market, including easing mortgage rules and directing banks to lend to approved projects.

The state-backed Securities Times newspaper, citing an unnamed official at the Ministry of Housing and Urban-Rural Development, reported that local authorities would ensure "the delivery of homes is guaranteed" at Jinhai projects.''',
 [("does not expect to be able", "Jinhai Land Holdings"),
  ("explore a holistic solution", "Jinhai Land Holdings"),
  ("We've been asking for a meeting", "Kevin Lau"),
  ("The company is facing the most", "Zhou Wenbin"),
  ("Deliver our homes", None),
  ("I have paid the mortgage for", "~buyer"),
  ("Jinhai was seen as one of", "Winnie Cheung"),
  ("Investors are going to ask who", "Winnie Cheung"),
  ("the delivery of homes is guaranteed", "~official")]),

# 24 -- German carmaker AGM, European wire style, curly quotes; CEO title before name, protest banner, shareholder association speaker, unnamed shareholder, supervisory board chairman, CFO, activist shareholder, union statement
('''BERLIN — The chief executive of Rheinwerk Automobil AG defended the carmaker’s slower shift to electric vehicles at a heated annual general meeting in Berlin on Thursday, as investors pressed management over a collapse in its sales in China.

“We will not bet the company on a single technology,” CEO Matthias Krüger told about 2,000 shareholders gathered in a convention hall in the city’s east. “Our customers decide what they drive, and today many of them still want combustion engines and hybrids.”

Rheinwerk’s deliveries in China, its largest market, fell 31% last year as local rivals undercut it on price and outpaced it on software. Group operating profit fell by almost half.

Outside the hall, about 50 climate activists held up a banner reading “Rheinwerk: Fuel for the Fire” as shareholders arrived.

Daniela Bergmann, who spoke on behalf of the shareholder association DSW, said investors had lost patience with the board.

“Two years ago this board promised us a turnaround plan. What we have received is a list of excuses,” she said, drawing loud applause.

Another shareholder, a retired engineer from Stuttgart who said he had worked at Rheinwerk for 38 years, urged the company to cut costs at the top first: “The management board has grown while the workforce shrinks. That tells you everything.”

Supervisory board chairman Klaus-Dieter Hofmann rejected calls for changes in the leadership. “The board has full confidence in Mr Krüger and his team,” Hofmann said.

Chief Financial Officer Petra Lange told the meeting that the company would cut a further €2 billion in costs by 2027, mainly in administration and purchasing.

“Every euro we spend has to earn its place,” she said.

Climate activist Lena Vos, who had bought a single share to gain entry to the meeting, accused the board of misleading investors about the pace of change in the industry.

“You are selling the past and calling it customer choice,” Vos told the board.

The IG Metall union said in a statement that any savings must not come “at the expense of German jobs,” and warned it would resist plant closures.

Shareholders approved the dividend of €2.30 per share. Rheinwerk shares closed 0.8% lower in Frankfurt.''',
 [("We will not bet the company", "Matthias Krüger"),
  ("Our customers decide what they drive,", "Matthias Krüger"),
  ("Rheinwerk: Fuel for the Fire", None),
  ("Two years ago this board promised", "Daniela Bergmann"),
  ("The management board has grown while", "~shareholder"),
  ("The board has full confidence in", "Klaus-Dieter Hofmann"),
  ("Every euro we spend has to", "Petra Lange"),
  ("You are selling the past and", "Lena Vos"),
  ("at the expense of German jobs", "IG Metall")]),

# 25 -- SEBI insider-trading order, Indian news-agency (PTI) style, straight quotes; regulator's order "noted", company exchange filing, promoter statement, research head, retail investor's post on X, securities lawyer
('''Mumbai, Jan 12 (PTI) Markets regulator Securities and Exchange Board of India (SEBI) on Friday barred the promoters of Kaveri Agro Industries Ltd from the securities market for two years and directed them to disgorge Rs 84 crore in alleged unlawful gains from trading ahead of price-sensitive announcements.

In a 58-page order, SEBI whole-time member Anand Krishnaswamy said the promoters had "systematically misused" unpublished price-sensitive information about the company's quarterly results over a period of three years.

"The trading pattern cannot be explained as a coincidence," Krishnaswamy noted in the order. "The noticees traded consistently and profitably in the days immediately preceding each announcement."

Shares of Kaveri Agro plunged 18 per cent to close at Rs 212.40 on the BSE.

In a filing to the stock exchanges, the company said it would "explore all legal remedies available" including an appeal before the Securities Appellate Tribunal (SAT).

Promoter and managing director Suresh Nair, one of those barred, said in a separate statement that he had "full faith in the judicial process."

"I have always acted in the best interests of all shareholders and will establish this before the appropriate forum," Nair said.

Market participants said the order was part of a broader crackdown. "SEBI has been sending a consistent message on insider trading this year. Promoters can no longer assume that small-cap trades will go unnoticed," said Meera Joshi, head of research at Dalal Street Advisors.

The Bengaluru-based company, which makes edible oils and packaged foods, has a large base of retail shareholders.

One retail investor wrote on X: "Held this stock for 3 years believing in the story. Feel cheated."

Deepak Rao, a Mumbai-based securities lawyer, said the appeal could take months to be heard.

"SAT has stayed such orders in the past, but only where the evidence was thin. Here the regulator has laid out the trades one by one," he said.''',
 [("systematically misused", "Anand Krishnaswamy"),
  ("The trading pattern cannot be explained", "Anand Krishnaswamy"),
  ("The noticees traded consistently and profitably", "Anand Krishnaswamy"),
  ("explore all legal remedies available", "Kaveri Agro Industries Ltd"),
  ("full faith in the judicial process", "Suresh Nair"),
  ("I have always acted in the", "Suresh Nair"),
  ("SEBI has been sending a consistent", "Meera Joshi"),
  ("Held this stock for 3 years", "~investor"),
  ("SAT has stayed such orders in", "Deepak Rao")]),
]
# fmt: on

# fmt: off
STORIES_CD = [
# 1 -- nurses' strike at a New Zealand hospital, public-broadcaster style, straight quotes: placard and chant, "X said", continuation paragraph, partial quote, named official, minister's written statement, unnamed visitor
('''Hundreds of nurses walked off the job at Palmerston North Hospital this morning, the first of two eight-hour strikes planned across the MidCentral district this month.

Picket lines formed outside the main entrance from 7am, with nurses holding placards reading "Short staffed = unsafe care" and chanting "What do we want? Safe staffing!" as passing motorists tooted in support.

New Zealand Nurses Organisation delegate Hine Walker, who has worked on the hospital's medical ward for 19 years, said the decision to strike had not been taken lightly.

"None of us want to be out here. We want to be inside looking after our patients, but there are nights when two of us are caring for 14 people," she said.

"Something has to give, and at the moment it's us."

Fellow nurse Tama Rangi said he had watched younger colleagues leave for Australia "one after another" since he started in the emergency department five years ago.

Senior nurse Lucy Fenwick said the dispute was about patient safety as much as pay.

"This is not about a few extra dollars. It's about whether there is someone there when your mum falls out of bed at 3am," Fenwick said.

Health New Zealand's chief nursing officer for the central region, Deborah Quinn, said life-preserving services were being maintained throughout the strike, with senior staff covering the intensive care unit and the emergency department.

"Patients who need emergency care should still come to the emergency department. Some planned surgeries have been rescheduled, and we apologise to those affected," Quinn said.

She said the agency had made "a fair offer in a tight fiscal environment" and remained open to further talks with the union.

In a written statement, Health Minister Alison Murray said she was disappointed the union had chosen industrial action while negotiations were continuing.

"The government has funded record numbers of nursing graduates, and we are working hard to get them into jobs in our hospitals," the statement said.

One visitor, whose father has been on the cardiology ward for a week, stopped to talk to the picketers on her way in.

"They've been run off their feet every time I've come in. Dad pressed his buzzer for 40 minutes on Sunday night and nobody came," she said.

A second strike is scheduled for July 24. The union says further action has not been ruled out if talks fail.''',
 [("Short staffed = unsafe care", None),
  ("What do we want? Safe staffing!", None),
  ("None of us want to be out", "Hine Walker"),
  ("Something has to give, and at", "Hine Walker"),
  ("one after another", "Tama Rangi"),
  ("This is not about a few", "Lucy Fenwick"),
  ("Patients who need emergency care should", "Deborah Quinn"),
  ("a fair offer in a tight", "Deborah Quinn"),
  ("The government has funded record numbers", "Alison Murray"),
  ("They've been run off their feet", "~visitor")]),

# 2 -- measles outbreak in Romania, Wikinews style with dateline, straight quotes: agency press release, split quote, ministry partial quote, "told Wikinews", poster slogan, mayor's Facebook post
('''Friday, October 10, 2025

Health authorities in the Romanian county of Bihor have confirmed 212 cases of measles since the beginning of August, and the county's public health directorate has begun opening weekend vaccination clinics in 14 towns.

In a press release issued on Wednesday, the Bihor County Public Health Directorate said two children had died in the outbreak, both of them unvaccinated. "Measles is not a harmless childhood illness. It is a serious disease that can kill," the directorate said.

Ioana Petrescu, an epidemiologist at the directorate, told reporters in Oradea that vaccination coverage among two-year-olds had fallen below 60 percent in some rural communes. "We are seeing the consequences of years of declining coverage," Petrescu said. "The virus finds every gap."

Romania's Ministry of Health has sent an additional 30,000 doses of the measles, mumps and rubella (MMR) vaccine to the county. In a statement, the ministry described the situation as "under control but serious" and urged parents across the country to check their children's vaccination records.

Wikinews spoke to Mihaela Dobre, a mother of three from the town of Beiuș, whose youngest son spent six days in hospital with the disease. "I was afraid of the vaccine because of what I read on Facebook," Dobre told Wikinews. "Now I know what I should have been afraid of."

Dr. Andrei Stan, a pediatrician at the Bihor County Emergency Clinical Hospital, said the infectious diseases ward had been "stretched to the limit" since September. He said most of the children admitted were under five years old. "Some arrive with pneumonia already. Those are the ones we worry about most," he said.

Posters at the new clinics carry the slogan "Vaccinate today, protect tomorrow" in Romanian and Hungarian.

The mayor of Beiuș, Elena Crișan, announced on Facebook that the town hall would provide free minibus transport to the clinics on Saturdays. "No child in our town should miss a vaccine because their parents don't have a car," she wrote.

Measles is highly contagious and spreads through the air. Two doses of the MMR vaccine are about 97 percent effective at preventing the disease, according to the World Health Organization.''',
 [("Measles is not a harmless childhood illness.", "Bihor County Public Health Directorate"),
  ("We are seeing the consequences of", "Ioana Petrescu"),
  ("The virus finds every gap.", "Ioana Petrescu"),
  ("under control but serious", "Ministry of Health"),
  ("I was afraid of the vaccine", "Mihaela Dobre"),
  ("Now I know what I should", "Mihaela Dobre"),
  ("stretched to the limit", "Andrei Stan"),
  ("Some arrive with pneumonia already.", "Andrei Stan"),
  ("Vaccinate today, protect tomorrow", None),
  ("No child in our town should", "Elena Crișan")]),

# 3 -- A&E waits at an English NHS trust, British national paper, straight single quotes: college warning as partial quote, scare-quoted term, quote over two paragraphs, "he added", trust spokesman, chief nurse partial quote, government department spokesperson
('''Patients at Fenland General Hospital waited up to 62 hours in A&E last month, new figures show, as the Royal College of Emergency Medicine warned that extremely long waits had become 'the norm rather than the exception'.

Data obtained by the college under freedom of information rules shows that 1,214 patients spent more than 12 hours in the hospital's emergency department in January, many of them elderly people waiting for a bed on a ward.

Dozens were treated on trolleys in corridors, a practice known in the health service as 'corridor care' that nursing leaders have long argued should never become routine.

Dr Rachel Okafor, the college's vice-president for England, said: 'Behind every one of these numbers is a person, often elderly and frail, lying on a trolley in a corridor for a day or more.

'We know that long waits are associated with excess deaths. This is not a winter problem any more. It is happening all year round.'

Among those affected was Margaret Ellison, 81, who spent 31 hours in the department after a fall at her home in Wisbech.

Her son, Peter Ellison, said: 'My mother spent a whole night on a plastic chair because there wasn't a trolley free. The staff were kind, but they were clearly overwhelmed.'

'Nobody should be treated like that, least of all someone who has paid in all her life,' he added.

A spokesman for North Fenland Hospitals NHS Trust said: 'We are sorry that some patients have waited longer than we would want. Demand on our emergency department has risen by 14 per cent in two years, and we are working with partners to discharge patients who are well enough to go home.'

The trust's chief nurse, Helen Marsh, said staff were 'working incredibly hard in difficult circumstances' and that a new same-day emergency care unit would open in the spring.

A Department of Health and Social Care spokesperson said: 'We know waits are too long, and we are investing in extra beds and urgent treatment centres to bring them down.'

Sue Barrett, who chairs the local group Fenland Patient Voice, said the figures were 'shocking but not surprising' and called for an independent review of urgent care in the county.''',
 [("the norm rather than the exception", "Royal College of Emergency Medicine"),
  ("Behind every one of these numbers", "Rachel Okafor"),
  ("We know that long waits are", "Rachel Okafor"),
  ("My mother spent a whole night", "Peter Ellison"),
  ("Nobody should be treated like that,", "Peter Ellison"),
  ("We are sorry that some patients", "North Fenland Hospitals NHS Trust"),
  ("working incredibly hard in difficult circumstances", "Helen Marsh"),
  ("We know waits are too long,", "Department of Health and Social Care"),
  ("shocking but not surprising", "Sue Barrett")]),

# 4 -- bedtime blood-pressure dosing trial in JAMA, US national paper health desk, curly quotes: "said Dr. X, role", split quote, partial quote, "she said", outside expert, patient with honorific, association statement, editorial "wrote"
('''A common blood pressure drug taken at bedtime rather than in the morning did not reduce heart attacks or strokes, according to a large trial published on Wednesday in JAMA, a finding that its authors said should settle a question that has divided cardiologists for more than a decade.

The trial, which followed nearly 21,000 adults in Britain, Canada and the United States for an average of five years, found no meaningful difference in cardiovascular events, hospitalizations or deaths between patients who took their medication at night and those who took it in the morning.

“Patients can take their blood pressure pills whenever they are most likely to remember them,” said Dr. Nathaniel Brooks, a cardiologist at the University of Michigan and the lead author of the study. “That is the practical message.”

Earlier research, including a widely publicized Spanish trial, had suggested that nighttime dosing could cut heart attacks and strokes nearly in half. Dr. Brooks said those results had always seemed “too good to be true” to many in the field, and had prompted his team to design a larger, more rigorous trial.

“This is a well-done, carefully designed study, and frankly it is reassuring,” said Dr. Maria Esposito, director of preventive cardiology at Mount Sinai in New York, who was not involved in the research.

She cautioned that relatively few participants worked overnight shifts. “We still don’t know much about people whose days and nights are reversed,” she said.

Linda Carver, 67, a retired schoolteacher in Dayton, Ohio, was among the participants. “I was one of the bedtime people,” Ms. Carver said. “I never had any problem with it, but honestly, I kept forgetting.”

In a statement, the American Heart Association said it would review its guidance on the timing of blood pressure medications, calling the trial “an important contribution to the evidence.”

An editorial accompanying the study, written by Dr. Samuel Ortega of Stanford University, was blunter. “The chronotherapy hypothesis has had its day in court, and it has lost,” Dr. Ortega wrote.

Dr. Grace Liu, an internist at the University of Toronto and one of the study’s co-authors, said she hoped the results would shift attention back to the basics. “We hope this frees doctors to focus on what actually matters, which is getting blood pressure under control in the first place,” she said.

About half of American adults have high blood pressure, and only about one in four of them has it under control, according to federal estimates.''',
 [("Patients can take their blood pressure", "Nathaniel Brooks"),
  ("That is the practical message.", "Nathaniel Brooks"),
  ("too good to be true", "Nathaniel Brooks"),
  ("This is a well-done, carefully designed", "Maria Esposito"),
  ("We still don’t know much about", "Maria Esposito"),
  ("I was one of the bedtime", "Linda Carver"),
  ("I never had any problem with", "Linda Carver"),
  ("an important contribution to the", "American Heart Association"),
  ("The chronotherapy hypothesis has had its", "Samuel Ortega"),
  ("We hope this frees doctors to", "Grace Liu")]),

# 5 -- part-time rural emergency department in Nova Scotia, Canadian public broadcaster, straight quotes: sign text, "told CBC News", spouse with same surname, split quote, union rep, unnamed nurse, minister's partial quote, warden's Facebook post
('''The emergency department at Cape Rowan Memorial Hospital will be closed for 19 of the next 30 days because of a shortage of doctors, Nova Scotia Health says.

The health authority posted the schedule online on Monday. By Tuesday morning, a handwritten sign taped to the locked emergency entrance read "ER closed today. Call 911 in an emergency."

For Gordon MacLeod, 74, who had a heart attack two years ago, the nearest open emergency room on those days is more than an hour's drive away.

"If I have another heart attack on a day when it's closed, I don't know if I make it," MacLeod told CBC News from his kitchen table.

His wife, Shirley MacLeod, said the couple moved to the community from Ontario six years ago in part because it had a hospital.

"We moved here to retire. Nobody told us the hospital would only be open some of the time," she said.

Dr. Karen Boudreau, medical executive director for Nova Scotia Health's eastern zone, said the authority was actively recruiting for the site.

"We have two physicians starting in the fall, and we are using locums wherever we can," Boudreau said. "But I'm not going to pretend this is acceptable for the people of Cape Rowan."

Paramedics say the closures are also stretching the ambulance system. Kevin Tobin, who represents paramedics with IUOE Local 727, said each long-distance transfer pulls a crew out of the area for hours.

"When a car leaves Cape Rowan for Antigonish, that's one less ambulance for the whole shore," he said.

One nurse at the hospital, who asked not to be named because she is not authorized to speak publicly, said morale among staff is low.

"We feel like we're letting people down every day the doors are locked," she said.

Speaking to reporters at Province House, Health Minister Colin Hart called the closures "frustrating for everybody" and said the province had added more than 200 family doctors in the past year.

Municipal warden Denise Clarke said in a Facebook post Tuesday that council would request a meeting with the minister.

"Our community deserves better than a part-time emergency room, and we will keep saying so until someone listens," she wrote.

The emergency department is scheduled to reopen Thursday at 8 a.m.''',
 [("ER closed today. Call 911 in", None),
  ("If I have another heart attack", "Gordon MacLeod"),
  ("We moved here to retire.", "Shirley MacLeod"),
  ("We have two physicians starting in", "Karen Boudreau"),
  ("But I'm not going to pretend", "Karen Boudreau"),
  ("When a car leaves Cape Rowan", "Kevin Tobin"),
  ("We feel like we're letting people", "~nurse"),
  ("frustrating for everybody", "Colin Hart"),
  ("Our community deserves better than a", "Denise Clarke")]),

# 6 -- ambulance ramping at a regional Queensland hospital, Australian public broadcaster, curly quotes: partial quote, "he said", continuation paragraph with no cue, "Ms" honorific, "told ABC Capricornia", scare-quoted jargon, split quote, health service statement, minister's partial quote in parliament
('''Paramedics in central Queensland say they are spending entire shifts parked outside Rockhampton Hospital waiting to hand over patients, as new figures show ramping at the hospital has reached its worst level on record.

Queensland Health data shows 48 per cent of patients who arrived by ambulance in March waited longer than 30 minutes to be transferred into the emergency department.

Paramedic Josh Kerrigan, who has worked in the region for 11 years, said crews were routinely “stuck on the ramp” for four hours or more.

“You’ve got a patient on your stretcher, you’re doing everything you can for them, and meanwhile there are jobs in the queue that nobody can get to,” he said.

“Last week I did a 12-hour shift and saw three patients.”

Kate Dalton, an organiser with the United Workers Union, said members were exhausted.

“Our members are burning out, and people in the community are waiting far too long for an ambulance,” Ms Dalton said.

Rockhampton resident Beryl Hines, 79, told ABC Capricornia she waited on an ambulance stretcher for almost five hours after a fall at home in February.

“The paramedics were lovely. They kept apologising to me, but it wasn’t their fault,” she said.

Ramping is widely seen as a symptom of what is known as “access block”, where patients who need to be admitted cannot get a ward bed, so they stay in the emergency department and ambulances cannot unload.

Dr Anita Sharma, from the Australasian College for Emergency Medicine, said the problem could not be fixed by paramedics or emergency staff alone.

“Ramping is not an ambulance problem or an emergency department problem,” Dr Sharma said. “It’s a whole-of-hospital problem, and it needs a whole-of-system fix.”

In a statement, Central Queensland Hospital and Health Service said it had opened 16 additional beds since January and was working with aged care providers to move long-stay patients out of hospital.

“We acknowledge the pressure on our emergency department and we thank our staff and paramedics for their patience,” the statement said.

Health Minister Simon Carew told parliament on Tuesday the government was delivering “more than 2,000 extra beds” across the state by 2028.''',
 [("stuck on the ramp", "Josh Kerrigan"),
  ("You’ve got a patient on your", "Josh Kerrigan"),
  ("Last week I did a 12-hour", "Josh Kerrigan"),
  ("Our members are burning out, and", "Kate Dalton"),
  ("The paramedics were lovely. They kept", "Beryl Hines"),
  ("Ramping is not an ambulance problem", "Anita Sharma"),
  ("It’s a whole-of-hospital problem, and it", "Anita Sharma"),
  ("We acknowledge the pressure on our", "Central Queensland Hospital and Health Service"),
  ("more than 2,000 extra beds", "Simon Carew")]),

# 7 -- hospital trolley crisis in Ireland, Irish national paper, curly quotes: "said X, the role" after the quote, continuation paragraph, group statement partial quote, HSE spokeswoman, "told RTÉ's Morning Ireland", split quote, protest banner, minister's partial quote in the Dáil, opposition spokeswoman
('''More than 600 patients were waiting on trolleys in Irish hospitals on Tuesday morning, according to the Irish Nurses and Midwives Organisation, with University Hospital Limerick again the most overcrowded.

The INMO’s daily trolley watch recorded 118 patients without a bed at the Limerick hospital, 31 of them on wards rather than in the emergency department.

“These are not just numbers. Every one of them is a patient, often an elderly patient, who is being cared for in conditions that nobody would accept for their own family,” said Siobhán Geary, the INMO’s industrial relations officer for the midwest.

“Our members are working in unsafe conditions day after day, and they are leaving because of it.”

UL Hospitals Group said in a statement that its emergency department had experienced “exceptionally high” attendances over the weekend, with more than 300 people presenting on Monday alone.

A spokeswoman for the Health Service Executive (HSE) said hospitals across the country were under sustained pressure.

“The HSE continues to work with hospitals to improve patient flow, including through weekend discharges and the use of private hospital capacity,” she said.

Tom Hanrahan, whose mother spent two nights on a trolley at the hospital last week, told RTÉ’s Morning Ireland that the experience had left the family shaken.

“She’s 88. She was on a trolley beside a fire door with the lights on all night, and she didn’t sleep a wink,” Mr Hanrahan said.

“We are practising medicine in corridors,” said Dr Fergal Nolan, a consultant in emergency medicine and a member of the Irish Medical Organisation’s consultants committee. “The staff are doing their best, but the system is not safe.”

Outside the hospital last month, INMO members held a lunchtime protest with banners reading “Patients deserve better than a trolley”.

Speaking in the Dáil, Minister for Health Declan Moriarty said the Government was overseeing “the largest expansion of acute beds in the history of the State”, with a new 96-bed block due to open in Limerick next year.

Sinn Féin health spokeswoman Aoife Daly said the minister’s promises would be cold comfort to patients waiting on trolleys this week.

“The Government has had years to fix this, and every winter it gets worse,” she said.''',
 [("These are not just numbers.", "Siobhán Geary"),
  ("Our members are working in unsafe", "Siobhán Geary"),
  ("exceptionally high", "UL Hospitals Group"),
  ("The HSE continues to work with", "Health Service Executive"),
  ("She’s 88. She was on a", "Tom Hanrahan"),
  ("We are practising medicine in corridors,", "Fergal Nolan"),
  ("The staff are doing their best,", "Fergal Nolan"),
  ("Patients deserve better than a trolley", None),
  ("the largest expansion of acute beds", "Declan Moriarty"),
  ("The Government has had years to", "Aoife Daly")]),

# 8 -- dengue surge in Mysuru, Indian national daily, straight quotes: officials with initials and titles, campaign title, split quote, "the Deputy Commissioner said", corporation release, named resident "said X, a resident", unnamed father, State minister
('''MYSURU

Dengue cases in Mysuru district have crossed 1,400 this year, nearly three times the figure for the same period last year, prompting the district administration to launch a door-to-door source reduction drive across all 65 wards of the city.

District Health Officer Dr. K. Ramesh said on Monday that 312 cases had been reported in the last fortnight alone. "Most of the breeding we are finding is inside homes, in flower pots, overhead tanks and refrigerator trays. People must check their premises every week," he said.

Under the campaign, titled "Every Sunday, Dengue Day", residents are being asked to spend ten minutes each Sunday emptying and scrubbing water containers.

Dr. S. Lakshmi, Professor of Medicine at the Mysore Medical College and Research Institute, said a separate 40-bed ward had been set up at K.R. Hospital for fever cases. "The platelet count alone should not cause panic. Most patients recover with fluids and rest," she said. "What worries us is when people come late, after self-medicating with painkillers."

Deputy Commissioner G. Rajendra, who chaired a review meeting with officials on Monday, directed the Mysuru City Corporation to inspect all construction sites in the city. "Penalties will be imposed on builders where stagnant water is found," the Deputy Commissioner said.

In a release, the Mysuru City Corporation said 1,200 field workers had been deployed for the drive. "Fogging and larvicide spraying will be carried out in all high-risk wards on a weekly basis," the release said.

However, residents of Kuvempunagar complained that the fogging had been irregular. "The fogging vehicle came once in three weeks. Meanwhile, the drain near our house has not been cleaned since the monsoon began," said Meena Prasad, a resident.

At K.R. Hospital, a father waiting outside the fever ward, who did not wish to be named, said his eight-year-old daughter had been admitted on Sunday. "We went to two private hospitals first. They asked for a deposit of ₹40,000, so we came here," he said.

Health and Family Welfare Minister H. Manjunath, speaking to reporters in Bengaluru, said the State had adequate stocks of testing kits and blood products. "There is no shortage of testing kits or platelets anywhere in the State," he said.''',
 [("Most of the breeding we are", "K. Ramesh"),
  ("The platelet count alone should not", "S. Lakshmi"),
  ("What worries us is when people", "S. Lakshmi"),
  ("Penalties will be imposed on builders", "G. Rajendra"),
  ("Fogging and larvicide spraying will be", "Mysuru City Corporation"),
  ("The fogging vehicle came once in", "Meena Prasad"),
  ("We went to two private hospitals", "~father"),
  ("There is no shortage of testing", "H. Manjunath")]),

# 9 -- cyberattack on an Estonian university hospital, Wikinews style with dateline, curly quotes: hospital statement partial quotes, press conference, agency partial quote, minister's posts on X, unnamed nurse "told Wikinews", patient, researcher
('''Thursday, February 12, 2026

Tartu University Hospital in Estonia postponed planned operations and diverted some ambulances to other hospitals on Tuesday and Wednesday after a cyberattack disabled its electronic patient record system.

In a statement posted on its website, the hospital said it had detected “unauthorised activity” on its network early on Tuesday morning and had taken several systems offline “as a precaution”.

Dr. Kadri Tamm, the hospital’s chief medical officer, told a press conference on Wednesday that emergency care had continued throughout. “No patient has come to harm as a result of this incident. Our staff went back to paper, and they did it remarkably well,” Tamm said.

The Estonian Information System Authority, the state agency responsible for cybersecurity, said it was assisting the hospital and that there was “no indication” that other hospitals had been affected.

Minister of Social Affairs Margus Pärn wrote on X that the attack was “an attack on patients, not on computers”. “Those responsible will be found and held to account,” he wrote in a second post.

A nurse in the hospital’s surgical department, who spoke to Wikinews on condition of anonymity because she was not authorised to talk to the media, described the first hours as “chaotic”. “We didn’t know which medicines patients had already received. We were reading handwritten notes from the night shift,” she said.

Liis Kask, whose knee replacement was cancelled on Tuesday morning, told Wikinews she had been fasting since midnight when staff told her to go home. “I understand they had no choice. I just hope I don’t have to wait another eight months,” Kask said.

Jaan Sepp, a cybersecurity researcher at the University of Tartu, said hospitals had become attractive targets for criminal groups. “Hospitals cannot afford to be offline, so attackers assume they will pay,” he said. He added that the hospital had not said whether a ransom had been demanded.

The hospital said that outpatient appointments would resume on Friday and that patients whose operations had been postponed would be contacted by phone.

Tartu University Hospital is the largest hospital in southern Estonia and the country’s main teaching hospital.''',
 [("unauthorised activity", "Tartu University Hospital"),
  ("as a precaution", "Tartu University Hospital"),
  ("No patient has come to harm", "Kadri Tamm"),
  ("no indication", "Estonian Information System Authority"),
  ("an attack on patients, not on", "Margus Pärn"),
  ("Those responsible will be found and", "Margus Pärn"),
  ("chaotic", "~nurse"),
  ("We didn’t know which medicines patients", "~nurse"),
  ("I understand they had no choice.", "Liis Kask"),
  ("Hospitals cannot afford to be offline,", "Jaan Sepp")]),

# 10 -- deaths during a generator failure at an Eastern Cape hospital, South African news site, straight quotes: relatives, continuation paragraph, unnamed nurse "told News24", union statement partial quote, department spokesperson, opposition MPL, placards
('''Families of three patients who died at Ntsikana District Hospital near Mthatha during a power outage last week say they want the Eastern Cape health department to tell them the truth about what happened.

The hospital's backup generator failed to start when the power went off on Thursday night, leaving the intensive care unit without electricity for about 40 minutes, according to staff.

Nomvula Dlamini, whose 52-year-old brother died in the ICU in the early hours of Friday, said nobody from the hospital had phoned her.

"I found out when I came for visiting hours. They told me he passed in the night and that was all," she said.

"We are not stupid. We know there was no electricity. We just want them to admit it."

Themba Mkhize, whose father was also among those who died, said his father had been recovering. "My father went in with pneumonia. He was getting better. On Wednesday he was sitting up and asking for food," he said.

A nurse who was on duty that night, and who asked not to be named for fear of losing her job, told News24 that staff had used manual resuscitation bags to keep ventilated patients breathing.

"We were squeezing bags by hand the whole time, using the torches on our phones," she said.

The National Education, Health and Allied Workers' Union said in a statement that its members had reported the faulty generator to management "at least four times" since January.

Eastern Cape health department spokesperson Mvuzo Ngcobo said an investigation was under way. "We cannot at this stage say the deaths were caused by the outage. These were critically ill patients," Ngcobo said.

He said the department would "not hesitate to act" if negligence was found, and that a technical team had been sent to assess the generator.

Democratic Alliance health spokesperson in the provincial legislature Marietjie Botha said she would submit written questions to the MEC. "This is a preventable tragedy. The generator was a known problem and nobody fixed it," Botha said.

Outside the hospital on Monday, about 50 community members gathered with placards reading "Ntsikana kills our people" and "We want answers".

The department said the results of its investigation would be made public.''',
 [("I found out when I came", "Nomvula Dlamini"),
  ("We are not stupid. We know", "Nomvula Dlamini"),
  ("My father went in with pneumonia.", "Themba Mkhize"),
  ("We were squeezing bags by hand", "~nurse"),
  ("at least four times", "National Education, Health and Allied Workers' Union"),
  ("We cannot at this stage say", "Mvuzo Ngcobo"),
  ("not hesitate to act", "Mvuzo Ngcobo"),
  ("This is a preventable tragedy.", "Marietjie Botha"),
  ("Ntsikana kills our people", None),
  ("We want answers", None)]),

# 11 -- rural Iowa hospital stops delivering babies, US public radio feature, curly quotes: present-tense "says", split quote, hospital sign, researcher, nurse, ambulance chief, emailed state agency statement, closing quote "she says, laughing"
('''When Kayla Brandt went into labor with her second child in March, the hospital in her hometown of Clear Fork, Iowa, was no longer an option. Its labor and delivery unit had closed six weeks earlier.

“I was timing contractions in the truck,” Brandt says. “My husband was doing 80 on the highway, and I was just praying we’d make it.”

She did, barely. Her daughter was born 20 minutes after they reached a hospital in Mason City, 58 miles away.

Clear Fork Regional Medical Center is one of dozens of rural hospitals across the Midwest that have stopped delivering babies in recent years. The hospital’s CEO, Mark Feldman, says the decision was painful but unavoidable.

“We were delivering about 90 babies a year. To staff that safely, around the clock, you need obstetric coverage, nurses and anesthesia on call every single night,” Feldman says. “The math just doesn’t work.”

At the hospital’s main entrance, a blue sign still points visitors toward the “Birthing Center” on the second floor. The rooms behind it are now used for storage.

Renee Alvarez, a health policy researcher at the University of Iowa, studies what happens to communities after closures like this one.

“When a unit closes, births don’t stop. They just happen farther away, sometimes in emergency rooms or on the side of the road,” Alvarez says.

Deb Hollins worked as a labor and delivery nurse in Clear Fork for 22 years. She now drives 40 minutes each way to a job in Mason City.

“We knew these families. I helped deliver babies whose mothers I had helped deliver,” Hollins says.

Ray Sutter, who runs Clear Fork’s volunteer ambulance service, says his crews have taken extra obstetric training since the unit closed.

“We’ve delivered two babies in the back of the rig this year. Before, I could go a whole career without doing one,” Sutter says.

In an emailed statement, the Iowa Department of Health and Human Services said it was aware of the challenges facing rural families. “The department is working with hospitals and EMS agencies to ensure that every expectant mother has a plan for where she will deliver,” the statement said.

Brandt says she and her husband are not planning a third child. “Not unless they reopen,” she says, laughing.''',
 [("I was timing contractions in the", "Kayla Brandt"),
  ("My husband was doing 80 on", "Kayla Brandt"),
  ("We were delivering about 90 babies", "Mark Feldman"),
  ("The math just doesn’t work.", "Mark Feldman"),
  ("Birthing Center", None),
  ("When a unit closes, births don’t", "Renee Alvarez"),
  ("We knew these families. I helped", "Deb Hollins"),
  ("We’ve delivered two babies in the", "Ray Sutter"),
  ("The department is working with hospitals", "Iowa Department of Health and Human Services"),
  ("Not unless they reopen,", "Kayla Brandt")]),

# 12 -- insulin pump safety alert from the UK regulator, British public broadcaster, curly single quotes: title of an alert, regulator's partial quote, "said Dr X, role", quote continuing in the next paragraph, manufacturer's partial quote, "she told BBC Wales" split quote, charity head, consultant split quote
('''Thousands of people with type 1 diabetes have been told to check their insulin pumps after the medicines regulator warned that a software fault could cause some devices to deliver too much insulin.

The Medicines and Healthcare products Regulatory Agency (MHRA) issued a safety alert on Thursday for the GlucoFlow 3 pump, which is used by about 9,000 patients in the UK.

The alert, titled ‘Risk of insulin over-delivery after battery change’, says the fault can occur when the pump restarts after its battery is replaced.

In the alert, the MHRA said users should ‘not stop using their pump’ but should check their blood glucose more often in the 24 hours after changing the battery.

‘We have acted quickly because the consequences of over-delivery of insulin can be serious,’ said Dr Alison Reid, the agency’s chief safety officer.

‘Patients should follow the advice in the letter they will receive and speak to their diabetes team if they are worried.’

The pump’s manufacturer, Veltrix Medical, said a software update would be available ‘within weeks’ and would be installed free of charge.

Hannah Cole, 29, from Cardiff, has used the pump for three years. She said she had experienced two unexplained hypos in the past month.

‘I thought it was something I was doing wrong,’ she told BBC Wales. ‘Now I’m wondering if it was the pump all along.’

Sarah Lyons, head of care at the charity Diabetes UK, said its helpline had received hundreds of calls since the alert was issued.

‘It’s understandable that people will feel anxious, but the advice is clear, and most people will not be affected,’ she said.

Prof Gareth Evans, a consultant diabetologist at University Hospital of Wales, said insulin pumps had brought huge benefits.

‘Pumps have transformed life for many people with type 1 diabetes,’ he said. ‘This alert should not put anyone off the technology.’

People who use the pump and have concerns should contact their diabetes clinic or call NHS 111.''',
 [("not stop using their pump", "Medicines and Healthcare products Regulatory Agency"),
  ("We have acted quickly because the", "Alison Reid"),
  ("Patients should follow the advice in", "Alison Reid"),
  ("within weeks", "Veltrix Medical"),
  ("I thought it was something I", "Hannah Cole"),
  ("Now I’m wondering if it was", "Hannah Cole"),
  ("It’s understandable that people will feel", "Sarah Lyons"),
  ("Pumps have transformed life for many", "Gareth Evans"),
  ("This alert should not put anyone", "Gareth Evans")]),

# 13 -- resident doctors' strike in Nigeria, Nigerian national daily, straight quotes: communique partial quote, "the NARD President, Dr X, said", continuation paragraph, "said Mrs X, a trader", anonymous consultant "told our correspondent", placards, ministry director's statement, Minister of State
('''Resident doctors in public hospitals across the country on Monday began an indefinite strike, leaving patients stranded in teaching hospitals and federal medical centres from Lagos to Maiduguri.

The Nigerian Association of Resident Doctors (NARD) had, in a communique issued at the end of its emergency National Executive Council meeting on Saturday, described the strike as "total and indefinite".

The association is demanding payment of arrears of the medical residency training fund, a review of hazard allowances and the immediate recruitment of doctors to replace those who have left the country.

Speaking with journalists in Abuja, the NARD President, Dr Oluwatobi Adeyemi, said the government had ignored repeated warnings. "We gave the government 21 days. Before that, we gave them 30 days. We cannot keep giving ultimatums that nobody respects," he said.

"Doctors are leaving this country every week, and those of us who remain are doing the work of three people."

During a visit to the Lagos University Teaching Hospital, Idi-Araba, our correspondent observed that many wards were nearly empty, while relatives waited outside the emergency unit. "My mother was booked for surgery on Wednesday. Now they are telling us to go home and come back when the strike is over," said Mrs Funmilayo Ojo, a trader from Mushin.

A consultant at the hospital, who pleaded anonymity because he was not authorised to speak to the press, told our correspondent that consultants were now covering the wards. "We are only four consultants covering a department that normally has 22 residents. We are doing our best, but it is not sustainable," he said.

Some of the doctors who gathered at the hospital's gate carried placards with inscriptions such as "Pay us our arrears" and "Japa is not our choice".

Reacting, the Director of Information in the Federal Ministry of Health, Mrs Grace Okon, said the government had already paid a substantial part of the arrears. "The Federal Government has paid over 70 per cent of the outstanding funds, and the balance is being processed," she said in a statement.

Also, the Minister of State for Health, Dr Yusuf Bello, appealed to the doctors to return to work while negotiations continued. "I appeal to our young doctors to consider the lives of Nigerians who depend on them. Our doors remain open for dialogue," Bello said.''',
 [("total and indefinite", "Nigerian Association of Resident Doctors"),
  ("We gave the government 21 days.", "Oluwatobi Adeyemi"),
  ("Doctors are leaving this country every", "Oluwatobi Adeyemi"),
  ("My mother was booked for surgery", "Funmilayo Ojo"),
  ("We are only four consultants covering", "~consultant"),
  ("Pay us our arrears", None),
  ("Japa is not our choice", None),
  ("The Federal Government has paid over", "Grace Okon"),
  ("I appeal to our young doctors", "Yusuf Bello")]),

# 14 -- Friday hospital discharges and readmissions, BMJ study, wire-service health report, straight quotes: study title, "lead author Dr X told Reuters Health", outside experts "who was not involved", "she said in an email", continuation paragraph, editorial "wrote", agency partial quote, patient group
('''Patients discharged from hospital on a Friday are more likely to be readmitted within 30 days than those sent home earlier in the week, according to a large Danish study published in The BMJ.

Researchers analysed nearly 2.3 million discharges from public hospitals in Denmark between 2010 and 2022. After accounting for age, diagnosis and other illnesses, they found that the 30-day readmission rate was 8 percent higher for Friday discharges than for discharges on Tuesdays.

The paper, titled "Day of discharge and risk of readmission: nationwide cohort study", also found a smaller increase in deaths within 30 days among patients sent home on Fridays.

"Friday is when everyone is trying to clear beds before the weekend, and that's when things get missed," lead author Dr. Mette Lindqvist of Aarhus University Hospital told Reuters Health by phone.

"Medication lists are not reconciled, follow-up appointments aren't booked, and the GP's office is closed until Monday," she said.

Dr. Thomas Hale, a hospitalist at Brigham and Women's Hospital in Boston who was not involved in the study, said the findings matched his own experience. "We all know the Friday afternoon discharge. It's rushed, and the patient often goes home without a clear plan," Hale said in a telephone interview.

Dr. Naomi Fischer, a health services researcher at University College London, cautioned that the study was observational and could not prove that the day of discharge itself caused the extra readmissions.

"It's possible that the patients discharged on Fridays are different in ways the researchers couldn't measure," she said in an email.

"That said, the effect is consistent across hospitals and across diagnoses, which makes it harder to explain away."

In an editorial published alongside the study, Dr. Raj Patel of the University of Birmingham argued that hospitals had focused too much on freeing beds. "Hospitals should stop treating Friday discharges as a target and start treating them as a risk," Patel wrote.

The Danish Health Authority said in a statement that it would "look closely" at the findings together with the country's regions, which run its hospitals.

Karen Holm, deputy director of the patient organisation Danish Patients, said the results confirmed what many patients had reported for years. "It should not matter which day of the week you go home. The care should be the same," she said.''',
 [("Friday is when everyone is trying", "Mette Lindqvist"),
  ("Medication lists are not reconciled, follow-up", "Mette Lindqvist"),
  ("We all know the Friday afternoon", "Thomas Hale"),
  ("It's possible that the patients discharged", "Naomi Fischer"),
  ("That said, the effect is consistent", "Naomi Fischer"),
  ("Hospitals should stop treating Friday discharges", "Raj Patel"),
  ("look closely", "Danish Health Authority"),
  ("It should not matter which day", "Karen Holm")]),

# 15 -- small German hospital closes wards under national reform, international broadcaster (DW-style), curly quotes: scare-quoted official term, "told DW", German banner with translation, "she asked", ministry spokeswoman, federation partial quote, economist with continuation paragraph, nurse
('''For more than 120 years, the district hospital in Ebersfeld, a town of 9,000 people in eastern Thuringia, has delivered babies, set broken bones and cared for the dying. At the end of June, its inpatient wards will close.

The hospital is among the first in Germany to lose its status under a national hospital reform that concentrates complex treatment in fewer, larger centers. Under the plan, Ebersfeld will be converted into a so-called “sector-spanning care facility”, offering outpatient surgery, a small nursing ward and a 24-hour walk-in clinic, but no emergency department.

“We simply cannot meet the new quality criteria with 80 beds and the staff we have,” Stefan Krüger, the hospital’s managing director, told DW. He said he had spent two years looking for a partner hospital willing to take over the site.

Last Saturday, several hundred people marched through the town center behind a banner reading “Unser Krankenhaus bleibt!” (“Our hospital stays!”).

Renate Vogel, 76, was among them. “If I have a stroke, they say the ambulance will take me to Jena. That is 50 minutes. What happens in those 50 minutes?” she asked.

Germany’s Federal Ministry of Health has defended the reform. “The reform ensures that patients are treated where the expertise and experience are,” a ministry spokeswoman said in Berlin. She said the government had set aside billions of euros in a transformation fund to help hospitals adapt.

The German Hospital Federation (DKG) has warned of a “cold structural change” in which hospitals close for financial reasons before the new system is ready.

Health economists, however, largely support the direction of the reform. “Germany has far more hospital beds per person than almost any other country in Europe, and many small hospitals carry out complex procedures only a few times a year,” said Julia Brandner, a professor of health economics at the University of Bayreuth.

“Concentration saves lives. But it only works if emergency services are strengthened at the same time.”

Anja Schulze, a nurse who has worked in Ebersfeld for 27 years, said staff were still waiting to hear what would happen to them. “Some of my colleagues will move to Jena. Others will leave nursing altogether,” she said.''',
 [("We simply cannot meet the new", "Stefan Krüger"),
  ("Unser Krankenhaus bleibt!", None),
  ("Our hospital stays!", None),
  ("If I have a stroke, they", "Renate Vogel"),
  ("The reform ensures that patients are", "Federal Ministry of Health"),
  ("cold structural change", "German Hospital Federation"),
  ("Germany has far more hospital beds", "Julia Brandner"),
  ("Concentration saves lives. But it only", "Julia Brandner"),
  ("Some of my colleagues will move", "Anja Schulze")]),

# 16 -- inquest into a young man's death while waiting for a mental health bed, English regional paper, straight single quotes: partial quote in the intro, scare-quoted term, evidence "told the inquest", coroner "said:", mother's quote over two paragraphs, trust medical director over two paragraphs, charity partial quotes
('''A 24-year-old man who took his own life while waiting for a mental health bed was 'let down at every stage', his mother Julie Harker has said after an inquest into his death.

Ryan Harker, a trainee electrician from Newton Abbot, died in April last year, six days after a psychiatrist assessed him as needing urgent admission to hospital.

The inquest at Exeter heard that no bed was available anywhere in Devon, and that staff had spent days looking for a place further afield. Patients in that position are often sent 'out of area', sometimes hundreds of miles from home.

Community psychiatric nurse Daniel Fry told the inquest he had phoned the bed management team every day that week. 'I rang every day. I was told there were no beds in the region, and then no beds in the country,' he said.

Recording a conclusion of suicide, assistant coroner Eleanor Whitcombe said: 'The absence of an available bed was a missed opportunity to provide Ryan with the care he needed.'

She said she would write to the Department of Health and Social Care to raise concerns about the national shortage of mental health beds.

Speaking outside the court, Mrs Harker said: 'Ryan asked for help. We asked for help. Everybody could see how ill he was, and still there was nowhere for him to go.

'I don't want another family to sit where we have sat for the past four days. Something has to change.'

Dr Andrew Pryce, chief medical officer of West Country Partnership NHS Foundation Trust, said: 'Our thoughts remain with Ryan's family. We accept the coroner's findings in full.

'Since Ryan's death we have opened 12 additional beds and introduced a new crisis team for young adults, but we know there is more to do.'

A spokesperson for the mental health charity Mind called the case 'heartbreaking' and said it was 'far from the only one'.

For support, contact Samaritans on 116 123.''',
 [("let down at every stage", "Julie Harker"),
  ("I rang every day. I was", "Daniel Fry"),
  ("The absence of an available bed", "Eleanor Whitcombe"),
  ("Ryan asked for help. We asked", "Julie Harker"),
  ("I don't want another family to", "Julie Harker"),
  ("Our thoughts remain with Ryan's family.", "Andrew Pryce"),
  ("Since Ryan's death we have opened", "Andrew Pryce"),
  ("heartbreaking", "Mind"),
  ("far from the only one", "Mind")]),

# 17 -- unpaid community health promoters in Kakamega, Kenyan national daily, curly quotes: Swahili chant with translation, continuation paragraph, "Ms X said", county health official, principal secretary's partial quote and full quote, unnamed mother
('''Community health promoters in Kakamega County have downed their tools over eight months of unpaid stipends, leaving thousands of households in rural villages without the monthly home visits that have become the first line of the country’s primary health care system.

More than 300 of them marched to the county headquarters on Tuesday, chanting “Tulipwe sasa!” (“Pay us now!”) and waving empty medicine kits.

Under the current arrangement, the national government and counties are supposed to share the cost of a monthly stipend for each of the country’s community health promoters (CHPs), who visit homes, screen for disease and refer patients to health facilities.

Mary Atieno, a CHP in Shinyalu for 11 years, said the work had become impossible. “We walk from house to house checking on pregnant mothers, children and the elderly. We do referrals, we follow up on TB patients, and we do all of it on foot,” she said.

“Some of us have borrowed money from chamas just to buy airtime to call the clinic.”

Beatrice Wanjiku, who serves 96 households in Ikolomani, said she had not been paid since January. “I have not received anything since the new year. My children were sent home from school for fees,” Ms Wanjiku said.

Kakamega County Executive Committee Member for Health Dr Peter Wekesa said the county had already set aside its portion of the money. “The county has its share ready, but we cannot pay half a stipend and call it a stipend. We are waiting for the national government to release its part,” Dr Wekesa said.

Speaking in Nairobi on Wednesday, Health Principal Secretary Mercy Chebet described CHPs as “the backbone of primary health care” and said the delay had been caused by late disbursement from the National Treasury.

“The arrears will be cleared before the end of this financial year. We have engaged the Treasury and we are confident,” Ms Chebet said.

In Shinyalu, a mother of four who asked not to be named said the absence of the health promoters was already being felt. “When she stopped coming, nobody checked on my baby’s weight. I did not know he was sick until he could not eat,” she said.''',
 [("Tulipwe sasa!", None),
  ("Pay us now!", None),
  ("We walk from house to house", "Mary Atieno"),
  ("Some of us have borrowed money", "Mary Atieno"),
  ("I have not received anything since", "Beatrice Wanjiku"),
  ("The county has its share ready,", "Peter Wekesa"),
  ("the backbone of primary health care", "Mercy Chebet"),
  ("The arrears will be cleared before", "Mercy Chebet"),
  ("When she stopped coming, nobody checked", "~mother")]),

# 18 -- Legionnaires' disease outbreak linked to a hotel, US wire service, straight quotes: news release, split quote around "Vasquez said", sign text, health commissioner, hotel statement partial quote, Facebook post "she wrote", guest, attorney
('''COLUMBUS, Ohio (AP) — Ohio health officials say at least 14 people who stayed at or visited a downtown Columbus hotel over the past month have been sickened with Legionnaires' disease, and one of them has died.

The Ohio Department of Health said Thursday that a cooling tower at the Riverside Grand Hotel was the likely source of the outbreak. Water samples taken from the tower last week tested positive for Legionella bacteria, the department said.

"Most people exposed to Legionella do not get sick, but older adults, smokers and people with weakened immune systems are at higher risk," the department said in a news release.

State epidemiologist Dr. Helen Vasquez said investigators were still testing water from the hotel's pool, hot tub and guest rooms. "We are confident the cooling tower is the main source," Vasquez said, "but we are not ruling out other parts of the building's water system."

The hotel shut down the cooling tower and its pool last week. A sign taped to the pool door on Thursday read "Closed for maintenance."

Columbus Public Health Commissioner Marcus Reed urged anyone who spent time at the hotel between Sept. 2 and Oct. 1 and developed a fever, cough or shortness of breath to see a doctor. "If you stayed at the hotel and you're feeling sick, don't wait. Tell your doctor where you've been," he said.

In a statement, the Riverside Grand Hotel said it was "cooperating fully" with health officials and had hired an outside company to disinfect its water systems.

Sharon Pike, whose husband was hospitalized after attending a conference at the hotel, wrote on Facebook that he had spent nine days in intensive care. "My husband is 61 and he has never been this sick in his life. He still can't walk up the stairs," she wrote.

Tanya Brooks, of Dayton, said she and her mother both fell ill after attending a wedding reception at the hotel in September. "We thought it was just a bad flu. My mom ended up on oxygen," Brooks said.

Daniel Marsh, an attorney representing three families, said he planned to file lawsuits against the hotel's owners. "These are preventable illnesses. Cooling towers have to be tested and treated, and that is not complicated," he said.

Legionnaires' disease is a serious type of pneumonia caused by breathing in small droplets of water containing the bacteria. It does not spread from person to person.''',
 [("Most people exposed to Legionella do", "Ohio Department of Health"),
  ("We are confident the cooling tower", "Helen Vasquez"),
  ("but we are not ruling out", "Helen Vasquez"),
  ("Closed for maintenance.", None),
  ("If you stayed at the hotel", "Marcus Reed"),
  ("cooperating fully", "Riverside Grand Hotel"),
  ("My husband is 61 and he", "Sharon Pike"),
  ("We thought it was just a", "Tanya Brooks"),
  ("These are preventable illnesses. Cooling towers", "Daniel Marsh")]),

# 19 -- leptospirosis surge after Manila floods, Philippine online news site, curly quotes: tent sign, DOH spokesperson with continuation paragraph, "told Rappler", Filipino quotes with English translations, viral Facebook post, insurer partial quote, barangay captain
('''MANILA, Philippines – Hospitals in Metro Manila are struggling to cope with a surge in leptospirosis cases after two weeks of flooding brought by the southwest monsoon, with one public hospital setting up tents in its parking lot to handle the overflow.

At San Lazaro Hospital in Santa Cruz, Manila, a tarpaulin tent bearing a hand-painted sign reading “Leptospirosis Triage Area” has been set up beside the emergency room.

Department of Health (DOH) spokesperson Dr. Carmina Reyes said on Monday that the department had recorded 1,240 leptospirosis cases in the capital region since July 1.

“We are seeing patients come in late, when their kidneys are already failing. That is why we are seeing deaths,” Reyes said in a press briefing.

“Do not wait for symptoms. If you waded in floodwater, go to the nearest health center and ask for doxycycline.”

Dr. Ramon Villanueva, the hospital’s medical center chief, told Rappler that the hospital was operating at nearly twice its capacity. “Our beds are full, our hallways are full, and we have started admitting patients in tents,” he said.

Among those waiting outside was Lorna Bautista, 52, whose 17-year-old son had been admitted with fever and jaundice after wading through knee-deep water in Malabon.

“Hindi namin alam na delikado pala ang baha,” Bautista said. (We didn’t know the floodwater was dangerous.)

“Sana may nagsabi sa amin,” she added. (I wish someone had told us.)

A Facebook post by Jasmine dela Cruz, a nurse at a public hospital in Quezon City, has been shared more than 40,000 times since Saturday. “Twelve-hour shift, three patients per nurse became eight. We are tired, but we are still here,” she wrote.

The Philippine Health Insurance Corporation (PhilHealth) said hospitalization for leptospirosis was “fully covered” under its benefit package for patients in government hospitals.

In Malabon, barangay captain Ernesto Santos said his office had handed out rubber boots and preventive medicine to residents. “We distributed boots and doxycycline house to house, but the water rose faster than we could reach everyone,” Santos said.

Leptospirosis is a bacterial infection spread through the urine of infected animals, particularly rats. – Rappler.com''',
 [("Leptospirosis Triage Area", None),
  ("We are seeing patients come in", "Carmina Reyes"),
  ("Do not wait for symptoms.", "Carmina Reyes"),
  ("Our beds are full, our hallways", "Ramon Villanueva"),
  ("Hindi namin alam na delikado pala", "Lorna Bautista"),
  ("Sana may nagsabi sa amin,", "Lorna Bautista"),
  ("Twelve-hour shift, three patients per nurse", "Jasmine dela Cruz"),
  ("fully covered", "Philippine Health Insurance Corporation"),
  ("We distributed boots and doxycycline house", "Ernesto Santos")]),

# 20 -- dementia day care expansion in Singapore, Singapore national daily, straight quotes: "said Senior Minister of State X" with continuation paragraph, programme name, "said the administrative executive", "Madam" honorific, "she said in Mandarin", geriatrician, agency statement "it said"
('''SINGAPORE - More dementia day care places will be added over the next three years, as the number of seniors living with the condition is expected to rise sharply, said Senior Minister of State for Health Lim Wei Ming.

Speaking at the opening of a new dementia day centre in Bedok on Saturday, Dr Lim said about 1,200 places would be added by 2028, a 40 per cent increase.

"We expect the number of seniors with dementia to exceed 150,000 by 2030. Many of them will continue living at home, and their families need support," he said.

"We cannot build our way out of this. We also need neighbours, shopkeepers and bus drivers who know how to help."

The new centre is part of the national "Dementia-Friendly Singapore" movement, which trains members of the public to recognise and assist people with dementia.

Ms Nur Aisyah Rahman, 45, whose father has had dementia for five years, said she had to stop working for a year before he got a place at a day centre.

"My father would wander out of the flat at night and we would find him at the void deck or at the coffee shop, still in his pyjamas," said the administrative executive.

"Now I can go to work knowing someone is looking after him. I sleep better too."

Ms Grace Teo, the centre's manager, said the waiting list at her previous centre in Tampines had grown to more than 60 people. "Demand has far outstripped supply. Families wait months, and in that time the caregiver often burns out," she said.

Madam Tan Ah Lian, 81, one of the centre's first clients, was all smiles after a morning of singing and exercise. "I come here, I sing, I play mahjong. At home I just sit and watch TV," she said in Mandarin.

Dr Kenneth Ong, a geriatrician at Changi General Hospital, said day care could help delay admission to nursing homes. "Day care is not just respite for caregivers. Social activity and routine can slow the decline for many patients," he said.

The Agency for Integrated Care said in a statement that support was available for families who are struggling. "Caregivers can approach any of our Silver Generation Ambassadors or call our hotline for advice on care options," it said.''',
 [("We expect the number of seniors", "Lim Wei Ming"),
  ("We cannot build our way out", "Lim Wei Ming"),
  ("My father would wander out of", "Nur Aisyah Rahman"),
  ("Now I can go to work", "Nur Aisyah Rahman"),
  ("Demand has far outstripped supply.", "Grace Teo"),
  ("I come here, I sing, I", "Tan Ah Lian"),
  ("Day care is not just respite", "Kenneth Ong"),
  ("Caregivers can approach any of our", "Agency for Integrated Care")]),

# 21 -- EU regulator backs a gene therapy for inherited blindness, Wikinews style with dateline, curly quotes: press-release partial quote, committee chair, company chief's partial and full quote "in a statement", mother "told Wikinews" with continuation paragraph, patient group partial quote, economist "told Wikinews", petition title
('''Wednesday, May 20, 2026

The European Medicines Agency (EMA) on Friday recommended granting conditional marketing authorisation for Orvexa, a one-time gene therapy for children with a rare inherited form of blindness, making it the first treatment for the condition to be recommended in the European Union.

The therapy is intended for patients aged four and over with retinitis pigmentosa caused by mutations in the RPGR gene, a condition that gradually destroys the light-sensing cells of the retina.

In a press release, the EMA said Orvexa addressed “a significant unmet medical need” and that the benefit of making it available immediately outweighed the risks of the remaining uncertainty in the data.

Dr. Henrik Aalto, who chairs the agency’s Committee for Medicinal Products for Human Use (CHMP), said the decision had been closely debated. “The data show a clear benefit in the patients who were treated, but the number of patients is small, and we will require the company to provide long-term results,” Aalto said.

Claire Dubois, chief executive of the therapy’s developer, Paris-based Lumen Therapeutics, called the recommendation “a turning point” for families. “Today is an important day for children who, until now, were told there was nothing anyone could do for them,” she said in a statement.

Sofia Marques, from Braga in Portugal, whose nine-year-old son took part in the clinical trial, told Wikinews the family had been warned at diagnosis that he would probably be blind by his twenties. “When he was diagnosed, we were told to prepare for the worst. There was nothing, no treatment, no hope,” Marques said.

“Now there is something. That changes everything for a family.”

The patient organisation Retina International welcomed the decision, saying in a statement that it had campaigned for access to such treatments for “more than a decade”.

Health economists have raised concerns about the likely cost, as gene therapies for rare diseases have been priced at over €1 million per patient in Europe. “If the price is anything like other gene therapies, many national health systems will struggle to pay for it,” Dr. Pieter de Vries, a health economist at Erasmus University Rotterdam, told Wikinews.

Parents in several countries have launched a petition titled “Sight for All Children” calling on governments to negotiate a joint price with the manufacturer.

The recommendation will now be sent to the European Commission, which is expected to make a final decision within 67 days.''',
 [("a significant unmet medical need", "European Medicines Agency"),
  ("The data show a clear benefit", "Henrik Aalto"),
  ("a turning point", "Claire Dubois"),
  ("Today is an important day for", "Claire Dubois"),
  ("When he was diagnosed, we were", "Sofia Marques"),
  ("Now there is something. That changes", "Sofia Marques"),
  ("more than a decade", "Retina International"),
  ("If the price is anything like", "Pieter de Vries")]),

# 22 -- last GP retires and a Highland surgery closes, Scottish national paper, straight quotes: "she told The Herald" with continuation paragraph, patient "said:", hotelier, campaign banner name, health board statement with unnamed spokeswoman, BMA committee member, MSP's social media post, government spokesperson partial quote
('''A GP surgery that serves a remote stretch of the west Highlands is to close its doors next spring after its last remaining doctor announced her retirement, leaving more than 1,800 patients facing a round trip of up to 80 miles to see a GP.

Glenmorven Medical Practice, which has served the village and surrounding crofting townships since 1974, will hand its contract back to NHS Highland at the end of March.

Dr Fiona MacRae, who has been a partner at the practice for 26 years, said she had tried everything to find a successor.

"I have tried for three years to recruit, through agencies, adverts, word of mouth, even a piece in the BMJ. Nobody came," she told The Herald.

"I feel I am abandoning my patients, and that is the hardest part of all of this. Some of them I have known since they were born."

Patients reacted with dismay. Morag Sinclair, 68, who lives with her husband on a croft four miles from the village, said: "The nearest surgery after this is in Fort William. In the winter, with the road the way it is, that could take you two hours each way."

Local hotel owner Alasdair Reid said the closure would also affect visitors. "Tourists get sick too. In the summer, half the people in that waiting room are campers and hillwalkers," he said.

A petition launched under the banner "Save Our Surgery" had gathered more than 3,000 signatures by yesterday.

NHS Highland said it would explore all options for continuing services. "We recognise how concerning this news is for the community, and we will be engaging with patients over the coming weeks," a spokeswoman said.

Dr Iain Gow, a member of BMA Scotland's GP committee, said rural practices were particularly vulnerable. "This is the future for far too many remote communities unless recruitment in rural general practice is treated as the emergency it is," he said.

The local MSP, Kirsty Munro, wrote on social media: "Devastating news for Glenmorven. I will be meeting NHS Highland next week to demand a plan that keeps services in the village."

A Scottish Government spokesperson said ministers had provided "record funding" for general practice this year and were supporting NHS Highland to find a solution.''',
 [("I have tried for three years", "Fiona MacRae"),
  ("I feel I am abandoning my", "Fiona MacRae"),
  ("The nearest surgery after this is", "Morag Sinclair"),
  ("Tourists get sick too. In the", "Alasdair Reid"),
  ("We recognise how concerning this news", "NHS Highland"),
  ("This is the future for far", "Iain Gow"),
  ("Devastating news for Glenmorven. I will", "Kirsty Munro"),
  ("record funding", "Scottish Government")]),

# 23 -- nurses picket a California hospital over staffing ratios, US regional paper, curly quotes: chant and picket sign, union statement partial quote, split quotes from two nurses, named hospital-chain spokeswoman, patient, state department partial quote
('''Hundreds of nurses picketed outside St. Brendan Medical Center in Pasadena on Tuesday, accusing the hospital’s owner of routinely breaking California’s nurse-to-patient ratio law by pulling nurses away from their assigned units.

Nurses in purple scrubs marched along the sidewalk for much of the day, chanting “Patients before profits!” and carrying signs that read “Ratios are the law.”

The California Nurses Association, which represents about 900 nurses at the hospital, said in a statement that it had filed more than 300 complaints with the hospital about “systematic violations” of the staffing rules since January.

Marisol Ortega, an intensive care nurse who has worked at St. Brendan for 14 years, said nurses were frequently moved to unfamiliar units to fill gaps.

“We’re being sent to units we’ve never worked on, with patients we don’t know, and then our own unit is short,” Ortega said. “They’re meeting the ratio on paper, but not at the bedside.”

Tasha Greene, a labor and delivery nurse, said she had considered leaving the profession. “I’ve been a nurse for 19 years, and I have never been this tired,” Greene said. “I go home and I can’t stop thinking about what I missed.”

Jennifer Walsh, a spokeswoman for Pacific Crest Health, which owns the hospital, disputed the union’s claims. “St. Brendan has always complied with California’s staffing ratios, and we have hired more than 120 nurses in the past year,” Walsh said. She said the union was using the picket to gain leverage in contract talks that began in March.

Victor Huang, 70, who was leaving the hospital after a follow-up appointment, stopped to watch the picket line. “The nurses were excellent when I was in here for my heart. But you could see they were running,” he said.

The California Department of Public Health, which enforces the ratio law, said it “does not comment on open investigations.”

The nurses’ contract expires at the end of the month, and the union has not ruled out a strike.''',
 [("Patients before profits!", None),
  ("Ratios are the law.", None),
  ("systematic violations", "California Nurses Association"),
  ("We’re being sent to units we’ve", "Marisol Ortega"),
  ("They’re meeting the ratio on paper,", "Marisol Ortega"),
  ("I’ve been a nurse for 19", "Tasha Greene"),
  ("I go home and I can’t", "Tasha Greene"),
  ("St. Brendan has always complied with", "Jennifer Walsh"),
  ("The nurses were excellent when I", "Victor Huang"),
  ("does not comment on open investigations.", "California Department of Public Health")]),

# 24 -- pharmacists prescribing for minor ailments in Ontario, Canadian national paper, curly quotes: pharmacist with continuation paragraph, study lead "said in an interview", split quote around "said Dr. X, the association's president", patient, scare-quoted phrase, named ministry spokesperson's statement, association partial quote
('''A year after Ontario expanded the list of minor ailments that pharmacists can assess and treat, more than 1.5 million prescriptions have been written at pharmacy counters, and a new study suggests patients are not being harmed by the change.

Anjali Mehta, who owns an independent pharmacy in Brampton, says the change has transformed her work. “People used to come in with pink eye or a bladder infection and I would have to send them to a walk-in clinic with a three-hour wait,” she said.

“Now I can assess them, prescribe if it’s appropriate, and tell them when they need to see a doctor instead.”

The study, led by Rebecca Tan of the University of Waterloo’s School of Pharmacy and published in the Canadian Medical Association Journal, compared outcomes for more than 200,000 patients treated for urinary tract infections by pharmacists or physicians.

“We found no signal of harm. Return visits and hospitalizations were essentially the same in both groups,” Dr. Tan said in an interview.

The Ontario Medical Association has been more cautious. “Pharmacists are a valuable part of the health care team,” said Dr. Andrew Kowalski, the association’s president, “but a diagnosis is more than a checklist, and some of these patients need a physical examination.”

Lisa Bernier, 34, of Sudbury, said she was grateful for the option. “I got my UTI treated on a Saturday morning in 15 minutes. The alternative was the emergency department,” she said.

The expansion has been especially important in rural and northern regions, often described as “primary care deserts,” where many residents have no family doctor and the nearest walk-in clinic may be hours away.

Hannah Jensen, a spokesperson for the Ministry of Health, said pharmacists had been given the new powers to improve access to care. “Ontarians are choosing their local pharmacy because it is convenient and it works,” she said in a statement.

The Ontario Pharmacists Association called the first year “a resounding success” and urged the province to add more conditions to the list.''',
 [("People used to come in with", "Anjali Mehta"),
  ("Now I can assess them, prescribe", "Anjali Mehta"),
  ("We found no signal of harm.", "Rebecca Tan"),
  ("Pharmacists are a valuable part of", "Andrew Kowalski"),
  ("but a diagnosis is more than", "Andrew Kowalski"),
  ("I got my UTI treated on", "Lisa Bernier"),
  ("Ontarians are choosing their local pharmacy", "Hannah Jensen"),
  ("a resounding success", "Ontario Pharmacists Association")]),

# 25 -- extreme heat and emergency presentations in a Medical Journal of Australia study, Australian edition of a UK paper, straight quotes: paper title, lead author with continuation paragraph, older patient, his daughter with the same surname, AMA spokesperson, advocacy group statement partial quotes, department spokesperson
('''Emergency department presentations across Australia rise by more than 10% on days of extreme heat, with older people and those living in the outer suburbs of major cities bearing the brunt, according to new research.

The study, published in the Medical Journal of Australia on Monday, analysed more than 40m emergency presentations at public hospitals between 2012 and 2023 and matched them against daily temperature records.

The paper, titled "Extreme heat and emergency department presentations in Australia: a national time-series analysis", found that presentations for kidney disease, dehydration and mental health conditions rose most sharply during heatwaves.

The lead author, Associate Professor Sarah Nguyen of Monash University, said the findings showed heat was a serious public health threat. "Heat is a silent killer. People don't think of a hot day the way they think of a bushfire or a flood, but the health effects are just as real," she said.

"What our data shows is that the burden falls hardest on people who can least afford to cool their homes."

Graham Petty, 77, who lives alone in a small unit in Penrith, in Sydney's west, was admitted to hospital with dehydration during a heatwave in January. "The unit gets to 38 degrees inside. I had the fan going but it was just pushing hot air around," he said.

His daughter, Sandra Petty, said she now calls him three times a day when the temperature climbs above 35C. "I ring him in the morning, at lunch and at dinnertime. If he doesn't answer, I'm in the car," she said.

Dr Meera Pillai, the Australian Medical Association's spokesperson on public health, said the study should prompt governments to treat heat as a health emergency. "We have warning systems for bushfires and floods. We need the same seriousness for heat," Pillai said.

Doctors for the Environment Australia said in a statement that the findings were "a wake-up call" for a health system that was "not prepared for the summers that are coming".

A spokesperson for the federal Department of Health, Disability and Ageing said the government was working with the states on a national heat-health plan. "The government takes the health impacts of extreme heat seriously and will consider the findings of this study carefully," the spokesperson said.''',
 [("Heat is a silent killer.", "Sarah Nguyen"),
  ("What our data shows is that", "Sarah Nguyen"),
  ("The unit gets to 38 degrees", "Graham Petty"),
  ("I ring him in the morning,", "Sandra Petty"),
  ("We have warning systems for bushfires", "Meera Pillai"),
  ("a wake-up call", "Doctors for the Environment Australia"),
  ("not prepared for the summers that", "Doctors for the Environment Australia"),
  ("The government takes the health impacts", "Department of Health, Disability and Ageing")]),
]
# fmt: on

# fmt: off
STORIES_CE = [
# 1 -- US local paper: school board votes to close rural elementary; signs, "X said", titles before names, split quote, partial quote, described speaker
('''MILLBROOK — The Harlan County Board of Education voted 5-2 Tuesday night to close Pine Hollow Elementary School at the end of the school year, ending a months-long fight over the 78-year-old building.

About 200 parents, teachers and students packed the auditorium at Harlan Central High School, many holding hand-lettered signs reading "Save Our School" and "Kids Over Budgets."

Superintendent Karen Doyle told the board the district could no longer afford to keep the building open. Enrollment at Pine Hollow has fallen to 143 students from 260 a decade ago, and repairs to the roof and boiler are estimated at $4.1 million.

"Nobody on this staff wanted to bring this recommendation forward," Doyle said. "But we have a responsibility to every child in this county, not just the ones in one building."

Pine Hollow students will be reassigned to Ridgeview and Carter elementary schools beginning in August. The district has promised to keep class sizes under 24 and to add two bus routes.

Board member Tom Albers, who voted against the closure along with Gail Sutter, said the decision would hollow out the community.

"When you close a school in a small town, you close the town," he said, adding that the building also hosts the community's fall festival and Christmas program.

Angela Ruiz, whose two sons attend Pine Hollow, said she had attended every board meeting since October.

"They told us they wanted our input," Ruiz said, "and then they did exactly what they'd planned to do from the start."

Board chairwoman Denise Whitfield rejected that characterization, noting that the board held six public hearings and paid for an independent facilities study before making its decision.

"We listened. We heard every word. But listening doesn't always mean agreeing," Whitfield said.

Mark Pellegrino, who has taught fifth grade at Pine Hollow for 19 years, said staff had been told they would be offered positions elsewhere in the district. His real worry, he said, was "the kids who walk to school now and will be on a bus for 40 minutes."

One grandmother, who said she learned to read in the building in the 1950s, was in tears as she left the meeting. "I just wanted my great-grandkids to have what I had," she said.

The district will hold a transition meeting for Pine Hollow families on March 12 at 6:30 p.m. in the school gym.''',
 [("Save Our School", None),
  ("Kids Over Budgets.", None),
  ("Nobody on this staff wanted to bring", "Karen Doyle"),
  ("But we have a responsibility to every", "Karen Doyle"),
  ("When you close a school in a", "Tom Albers"),
  ("They told us they wanted our input,", "Angela Ruiz"),
  ("and then they did exactly what they'd", "Angela Ruiz"),
  ("We listened. We heard every word.", "Denise Whitfield"),
  ("the kids who walk to school now", "Mark Pellegrino"),
  ("I just wanted my great-grandkids to have", "~grandmother")]),

# 2 -- UK national education correspondent: A-level marking error; British single quotes, organisation statements, partial quote, "told BBC Radio Kent", anonymous student, DfE spokesperson
('''Thousands of A-level students in England face an anxious wait after the exams regulator confirmed that a software fault led to one of this summer's most widely sat chemistry papers being marked against the wrong mark scheme.

Ofqual said on Thursday that scripts from OCR's A-level chemistry Paper 2 had been marked using a draft version of the scheme, which had been replaced before marking began. Around 11,000 candidates are thought to be affected, with results due in less than a fortnight.

In a statement, the exam board said: 'We are deeply sorry for the worry this will cause students and their families. Every affected script will be re-marked by a senior examiner, and no student's grade will go down as a result.'

Ofqual's chief regulator, Rebecca Stanwick, said the watchdog would be 'examining very closely' how the error had gone undetected for almost six weeks.

'Students have worked incredibly hard for these qualifications and they are entitled to have confidence in them,' she said. 'That confidence has been dented today, and OCR must now put it right.'

Head teachers said the timing could hardly be worse. Nadia Farooq, principal of Abbeyfield Sixth Form College in Leicester, said about 40 of her students had sat the paper.

'Some of them are holding university offers that depend on a single grade in chemistry,' Ms Farooq said. 'They need answers before results day, not in September.'

Universities UK said institutions would 'show flexibility' towards applicants whose grades were under review, although admissions tutors privately warned that places on oversubscribed courses such as medicine and pharmacy could not be held open indefinitely.

One student from Maidstone, who needs an A in chemistry to study pharmacy at Cardiff, told BBC Radio Kent: 'I've been checking my emails every hour. You do two years of work and then it comes down to a computer glitch.'

A Department for Education spokesperson said: 'We have made clear to Ofqual that this must be resolved quickly and that no young person should lose a university place because of it.'

It is the second time in three years that OCR has been forced to apologise over a marking problem. In 2022 a smaller number of GCSE computing scripts were found to have been incorrectly totalled.

Ofqual said it expected all re-marking to be completed by 12 August, and that schools would be told which of their candidates were affected by the end of next week.''',
 [("We are deeply sorry for the worry", "OCR"),
  ("examining very closely", "Rebecca Stanwick"),
  ("Students have worked incredibly hard for these", "Rebecca Stanwick"),
  ("That confidence has been dented today,", "Rebecca Stanwick"),
  ("Some of them are holding university offers", "Nadia Farooq"),
  ("They need answers before results day,", "Nadia Farooq"),
  ("show flexibility", "Universities UK"),
  ("I've been checking my emails every hour.", "~student"),
  ("We have made clear to Ofqual that", "Department for Education")]),

# 3 -- Wikinews: Australian university staff strike; banners and chant, "told Wikinews", partial quotes, university statement, vice-chancellor's email, unnamed student
('''On Wednesday, hundreds of academic and professional staff at Western Plains University in Bathurst, New South Wales, Australia walked off the job for 24 hours, the third strike at the university this year in a long-running dispute over pay and job security.

Members of the National Tertiary Education Union (NTEU) formed picket lines at the university's three main entrances from 7 am, carrying banners reading "Secure Jobs, Better Unis" and "Casuals Are Staff Too". Outside the Chancellery building, strikers chanted "Fair pay now!" as senior managers arrived for work.

The union is seeking a 15 percent pay rise over three years and a cap on the proportion of teaching done by casual staff. The university has offered 11 percent and has rejected the cap.

NTEU branch president Dr. Fiona Markham told Wikinews the strike was a "last resort" for members.

"Nobody here wants to be standing in the cold instead of teaching. But more than half of the teaching at this university is done by people who don't know if they will have a job next semester, and that isn't sustainable," Markham said.

Casual tutor Liam O'Donoghue, who teaches first-year history, said he had been employed on semester-by-semester contracts for six years. "I've marked more than four thousand essays for this place and I still can't get a home loan," he told Wikinews.

In a statement, the university said it was "disappointed" by the industrial action and described its offer as "fair, responsible and in line with the sector". Vice-Chancellor Alan Breckenridge wrote in an email to all staff on Tuesday that the university "remains committed to reaching an agreement" and that classes affected by the strike would be rescheduled.

Not all students were sympathetic to the timing. A third-year nursing student who crossed the picket line to sit a clinical exam said she supported the staff but "couldn't afford to fail a unit".

The university's finances have come under scrutiny since it reported an A$38 million operating deficit last year, which it attributed to falling international enrolments. The union disputes that the deficit justifies the pay offer, pointing to more than A$200 million held in investment reserves.

Further negotiations between the union and university management are scheduled for next Tuesday. The NTEU has said it will announce more strike dates if no agreement is reached by the end of the month.''',
 [("Secure Jobs, Better Unis", None),
  ("Casuals Are Staff Too", None),
  ("Fair pay now!", None),
  ("last resort", "Fiona Markham"),
  ("Nobody here wants to be standing in", "Fiona Markham"),
  ("I've marked more than four thousand essays", "Liam O'Donoghue"),
  ("disappointed", "Western Plains University"),
  ("fair, responsible and in line with the", "Western Plains University"),
  ("remains committed to reaching an agreement", "Alan Breckenridge"),
  ("couldn't afford to fail a unit", "~student")]),

# 4 -- Canadian local paper: Ontario teachers' strike vote; curly quotes, "said X, the role", pronoun follow-ups, ministry emailed statement with partial quotes, board chair, parents, Facebook post
('''Elementary teachers in the Thames Ridge District School Board have voted 94 per cent in favour of strike action, their union announced Monday, raising the possibility of rotating walkouts before March break.

The vote, held over three days last week, came after seven months of contract talks between the Elementary Teachers’ Federation of Ontario and the province stalled over class sizes and supports for students with special needs.

“This is not a number you get from people who want to go on strike,” said Janet Kowalczyk, president of the union’s Thames Ridge local, which represents about 2,300 teachers and occasional teachers. “It’s a number you get from people who are exhausted.”

Kowalczyk said some Grade 4 to 8 classes in the board now have 30 or more students, and that schools have too few educational assistants to support children with high needs.

“I have members who are spending their lunch hour with a child who is in crisis, because there is no one else,” she said. “Then they go back and teach math to 29 other kids.”

A strike vote does not mean a strike is imminent. The union would have to give five days’ notice before any job action, which would likely begin with a work-to-rule campaign.

In an emailed statement, a spokesperson for the Ministry of Education said the government “remains at the table” and called on the union to “put students first and stay in the classroom.”

Board chair Raymond Tessier said staff were preparing contingency plans but hoped they would not be needed. “Our priority is keeping schools open and kids learning,” Tessier said.

Priya Balasubramanian, who has children in Grades 2 and 5 at Riverside Public School, said she supports the teachers, even though a strike would leave her scrambling for child care.

“I see what my kids’ teachers deal with every day,” she said. “If a week of disruption gets them more help in the classroom, I can live with it.”

Another parent, posting in a local Facebook group on Monday afternoon, was less patient: “We just got through years of pandemic disruption. Our kids can’t afford another lost spring.”

The union and the province are scheduled to return to the bargaining table Feb. 20.''',
 [("This is not a number you get", "Janet Kowalczyk"),
  ("It’s a number you get from people", "Janet Kowalczyk"),
  ("I have members who are spending their", "Janet Kowalczyk"),
  ("Then they go back and teach math", "Janet Kowalczyk"),
  ("remains at the table", "Ministry of Education"),
  ("put students first and stay in the", "Ministry of Education"),
  ("Our priority is keeping schools open and", "Raymond Tessier"),
  ("I see what my kids’ teachers deal", "Priya Balasubramanian"),
  ("If a week of disruption gets them", "Priya Balasubramanian"),
  ("We just got through years of pandemic", "~parent")]),

# 5 -- Campus newspaper: tuition-hike march; curly quotes, signs and chant, student leaders, university spokesperson's email (partial + full quote), professor, unnamed first-year student
('''More than 300 students marched from the Student Union to Hadley Hall on Thursday afternoon to protest a proposed 6.5 percent tuition increase that the Board of Regents is set to vote on next week.

Protesters carried signs reading “Education Is a Right, Not a Receipt” and chanted “Whose university? Our university!” as they circled the building, where senior administrators were meeting.

The increase would raise in-state tuition at Northfield State University to $11,240 a year, the third hike in four years. Administrators have said it is needed to cover rising health care costs for employees and a $9 million drop in state funding.

Associated Students President Maya Delgado-Hart, a senior studying political science, helped organize the march.

“Every year they tell us it’s a one-time thing,” Delgado-Hart said. “Every year it happens again. At some point students have to say enough.”

Jordan Whitaker, a sophomore engineering student who works 25 hours a week at a campus dining hall, said he has already taken out more in loans than he expected to borrow for his whole degree.

“I did the math last night,” Whitaker said. “Another increase means I either pick up a second job or take a semester off.”

University spokesperson Linda Osei said in an email to The Northfield Ledger that the administration “shares students’ concerns about affordability” and pointed to a planned expansion of need-based aid.

“Roughly 40 percent of our undergraduates will pay less than the sticker price because of institutional aid,” Osei wrote.

Several faculty members joined the march. Samuel Achterberg, a sociology professor who walked alongside his students, said the faculty had not been consulted about the budget.

“We found out about this from the student newspaper,” he said.

One first-year student put it more bluntly. “I came here to learn, not to go broke,” she said, before rejoining the crowd on the steps of Hadley Hall.

The Board of Regents meets Oct. 14 at 9 a.m. in the Hadley Hall boardroom. Public comment will be limited to 30 minutes, and speakers must sign up by 8:45 a.m.''',
 [("Education Is a Right, Not a Receipt", None),
  ("Whose university? Our university!", None),
  ("Every year they tell us it’s", "Maya Delgado-Hart"),
  ("Every year it happens again.", "Maya Delgado-Hart"),
  ("I did the math last night,", "Jordan Whitaker"),
  ("Another increase means I either pick up", "Jordan Whitaker"),
  ("shares students’ concerns about affordability", "Linda Osei"),
  ("Roughly 40 percent of our undergraduates will", "Linda Osei"),
  ("We found out about this from the", "Samuel Achterberg"),
  ("I came here to learn, not to", "~student")]),

# 6 -- Indian national daily: Class 12 board paper leak; straight quotes, Mr./honorifics, press conference, police officer, Telegram channel name, student and her father, minister's post on X, anonymous invigilator
('''BHOPAL: The state Board of Secondary Education on Saturday cancelled the Class 12 physics examination taken by over 3.2 lakh students, after the question paper was found circulating on messaging apps nearly two hours before the exam began.

The re-examination will be held on March 28, board secretary Anil Kumar Tiwari said at a press conference here.

"Prima facie, the paper was leaked from a centre in Rewa district. Four persons, including a centre superintendent, have been detained," Mr. Tiwari said. "We will not allow the hard work of lakhs of honest students to be wasted because of a few criminals."

According to the police, a photograph of the paper was first shared at about 7.50 am on a Telegram channel named "Board Paper 2024 Guaranteed", which had more than 18,000 subscribers. The channel has since been taken down.

Superintendent of Police (Rewa) Kavita Sharma said the accused had allegedly photographed the paper after opening the sealed packet ahead of schedule. "The investigation is at an early stage. We are examining the mobile phones of all the accused and the payments made to the channel," she said.

Students and parents reacted with anger. Outside a government higher secondary school in Bhopal's Jahangirabad area, Class 12 student Ritika Meena said she had studied till 2 am the previous night.

"We prepared for months, and now we have to do it all again. Who will give us back this time?" she asked.

Her father, Ramesh Meena, a bank clerk, said families had lost faith in the system. "Every year there is some leak or the other. The government only announces inquiries, and nothing comes out of them," he said.

School Education Minister Harish Chandra Verma said in a post on X that the "strictest action" would be taken against those responsible. "No one involved in this will be spared, whoever they may be," he wrote.

A teacher posted as an invigilator at a centre in Sagar, who did not wish to be named, said the problem lay further up the chain. "We received the packets sealed and opened them in front of the students. It is clear the leak happened before the papers reached us," the teacher said.

The board said admit cards issued for the original exam would remain valid for the re-examination, and that exam centres would not change. Students can contact the board's helpline between 10 am and 6 pm for queries.''',
 [("Prima facie, the paper was leaked from", "Anil Kumar Tiwari"),
  ("We will not allow the hard work", "Anil Kumar Tiwari"),
  ("The investigation is at an early stage.", "Kavita Sharma"),
  ("We prepared for months, and now we", "Ritika Meena"),
  ("Every year there is some leak or", "Ramesh Meena"),
  ("strictest action", "Harish Chandra Verma"),
  ("No one involved in this will be", "Harish Chandra Verma"),
  ("We received the packets sealed and opened", "~teacher")]),

# 7 -- Irish national paper: Leaving Cert reform at union conference; curly quotes, Mr/Ms, partial quotes, motion text, minister speaking to reporters, union spokeswoman, "told RTÉ's Morning Ireland", teacher from the floor
('''Second-level teachers’ unions have warned that planned changes to the Leaving Certificate could collapse unless the Government addresses their concerns over artificial intelligence and teacher workload.

Under the reforms, students will complete additional assessment components worth at least 40 per cent of the marks in a first group of subjects, including biology, chemistry and business, with the first students sitting the new exams in 2027.

Speaking at the annual conference of the Association of Secondary Teachers, Ireland (ASTI) in Killarney on Tuesday, its president, Brendan Moriarty, said teachers were “not opposed to reform” but would not accept “a reform designed on the back of an envelope”.

“We have been asking for two years how these assessments will be protected from generative AI. We have yet to get a straight answer, and teachers are not going to be the ones left holding the can when the integrity of the exam is questioned,” Mr Moriarty told delegates.

A chemistry teacher from Co Mayo, speaking from the floor, said the laboratory in her school dated from the 1970s. “You can’t ask us to run a practical assessment in a lab where half the gas taps don’t work,” she said, to applause.

Delegates unanimously passed a motion stating that the reforms “should be paused until a full independent review is completed”.

Speaking to reporters afterwards, Minister for Education Gráinne Fallon said she was “listening carefully” to teachers but insisted the changes would go ahead on schedule.

“The Leaving Cert as it stands puts enormous pressure on young people over a three-week period in June,” she said. “I don’t think anyone seriously argues that is the best way to assess what a student has learned over two years.”

Ms Fallon said an additional €12 million had been allocated to upgrade school laboratories this year.

A spokeswoman for the Teachers’ Union of Ireland, whose conference is taking place in Cork this week, said its members shared many of the ASTI’s concerns. “There is a real risk of this turning into a box-ticking exercise,” she said.

Aoife Ní Bhriain, president of the Irish Second-Level Students’ Union, told RTÉ’s Morning Ireland that students “want reform, but they want to know the rules before the game starts”.

The ASTI’s standing committee will meet next month to decide whether to ballot members on non-co-operation with the new assessments.''',
 [("not opposed to reform", "Brendan Moriarty"),
  ("a reform designed on the back of", "Brendan Moriarty"),
  ("We have been asking for two years", "Brendan Moriarty"),
  ("You can’t ask us to run a", "~teacher"),
  ("should be paused until a full independent", None),
  ("listening carefully", "Gráinne Fallon"),
  ("The Leaving Cert as it stands puts", "Gráinne Fallon"),
  ("I don’t think anyone seriously argues", "Gráinne Fallon"),
  ("There is a real risk of this", "Teachers’ Union of Ireland"),
  ("want reform, but they want to know", "Aoife Ní Bhriain")]),

# 8 -- New Zealand local paper: school enrolment zone change; straight quotes, principal, parents, petition title, ministry statement with partial quotes, board chair; Aotearoa house style (Rd, km)
('''Parents living east of Gordonton Rd in Hamilton say they were blindsided by a proposal to cut their streets out of the enrolment zone for Kōwhai Heights School.

The school, which has grown from 480 to 710 pupils in five years, says its roll is now well beyond what its site can hold. Under the proposal, released for consultation last week, about 120 households would be rezoned to Tamahere Primary, 6km away on the other side of State Highway 1.

Principal Hamish Tait said the board had been left with no choice.

"We've got kids learning in the library and the hall because we've run out of classrooms," Tait said. "The Ministry has told us there's no funding for more buildings this year, so the only lever we have is the zone."

But parent Sarah Ngata, who lives on Huia Place, said families had bought homes in the area specifically because of the school.

"We paid a premium to be in zone. We were told it was settled," she said. "Now we're being told to drive our five-year-old across a state highway every morning."

Ngata has started an online petition titled "Keep Kōwhai Heights Local", which had gathered more than 600 signatures by Friday.

Another parent, Daniel Fifita, said three weeks was too short for consultation, particularly as the proposal had been sent out during the school holidays.

"Half the families affected haven't even heard about it yet. We've been knocking on doors all weekend," he said.

In a statement, the Ministry of Education's Waikato director, Liz Warrington, said enrolment zones were "an important tool to manage roll growth" and that the ministry was "working with the school on longer-term property options", including relocatable classrooms.

Siblings of current pupils would still be able to enrol at Kōwhai Heights under the new zone, the school said, and any child already enrolled would be able to stay until Year 8.

Board chair Anneke de Vries said no decision had been made and every submission would be read.

"Nothing is final until we've heard from the community. If people have better ideas, we genuinely want them," she said.

Submissions close on 14 June. A public meeting will be held in the school hall on 4 June at 7pm.''',
 [("We've got kids learning in the library", "Hamish Tait"),
  ("The Ministry has told us there's no", "Hamish Tait"),
  ("We paid a premium to be in", "Sarah Ngata"),
  ("Now we're being told to drive our", "Sarah Ngata"),
  ("Half the families affected haven't even heard", "Daniel Fifita"),
  ("an important tool to manage roll growth", "Liz Warrington"),
  ("working with the school on longer-term property", "Liz Warrington"),
  ("Nothing is final until we've heard from", "Anneke de Vries")]),

# 9 -- South African paper: township school's matric results; curly quotes, principal, top learner ("fighting back tears"), MEC, union secretary, scare-quoted policy term, unnamed mother
('''Learners at Ikhwezi Secondary School in Soweto’s Zola township had barely found their names in the newspaper on Friday morning before the singing began.

The no-fee school, which achieved a pass rate of just 41% three years ago, recorded a 96.4% pass in this year’s National Senior Certificate examinations, with 58 of its 112 candidates qualifying for bachelor’s degree studies.

“When I arrived here, people said nothing good could come out of this school,” said principal Nomvula Dlamini, who took over in 2020. “Today I want those same people to come and look at these results.”

Dlamini credited Saturday classes, a winter school funded by local businesses and teachers who stayed long after the final bell. “Our teachers did not go home at two o’clock. Some of them were here until six, seven at night,” she said.

Top learner Karabo Sithole, 18, achieved seven distinctions and plans to study actuarial science at the University of the Witwatersrand.

“My mother sells vetkoek at the taxi rank. She woke up at four every day so that I could be here,” Sithole said, fighting back tears. “These distinctions are hers.”

Gauteng Education MEC Lerato Mahlangu, who visited the school on Friday, said Ikhwezi showed what was possible in township schools. “There is no excuse any more. If Ikhwezi can do it, any school can do it,” she said.

But the South African Democratic Teachers’ Union (Sadtu) warned against using the results to blame struggling schools. Sadtu’s Gauteng secretary, Sipho Ndaba, said class sizes varied enormously across the province.

“You cannot compare a school with 40 learners per class to one with 70 and say the teachers in the second school are lazy,” Ndaba said.

The Department of Basic Education has also faced criticism over its policy of “progressing” learners who have failed a grade more than once, which critics say inflates pass rates by keeping weaker learners out of the matric exams.

Outside the school gates, one mother danced with a copy of the newspaper held above her head. “My son is going to university! The first one in our family!” she shouted.

Learners who want to apply for a remark or a re-check of their scripts have until January 24 to do so.''',
 [("When I arrived here, people said nothing", "Nomvula Dlamini"),
  ("Today I want those same people to", "Nomvula Dlamini"),
  ("Our teachers did not go home at", "Nomvula Dlamini"),
  ("My mother sells vetkoek at the taxi", "Karabo Sithole"),
  ("These distinctions are hers.", "Karabo Sithole"),
  ("There is no excuse any more.", "Lerato Mahlangu"),
  ("You cannot compare a school with 40", "Sipho Ndaba"),
  ("My son is going to university!", "~mother")]),

# 10 -- US national education correspondent: chronic absenteeism analysis; straight quotes, researcher quote continuing into next paragraph with no cue, superintendent interview, program name, parent, federal statement, think-tank critic, anonymous student "told The Fresno Bee"
('''Nearly 1 in 4 American public school students missed at least 10 percent of the school year last year, according to an analysis released Wednesday, a sign that the attendance crisis that began during the pandemic is easing only slowly.

The analysis, by researchers at Brandt University's Center on School Attendance, drew on state data covering more than 40 million students. It found that the chronic absenteeism rate fell to 24 percent last year from a peak of 28 percent in 2022, but remained far above the roughly 15 percent recorded before the pandemic.

"We are moving in the right direction, but we're moving at a walk, not a run," said Lauren Feld, the center's director and the report's lead author.

"At this pace, it would take until the end of the decade to get back to where we were in 2019. A lot of kids will graduate, or not graduate, before that happens."

Absenteeism is highest in high schools and in districts serving large numbers of low-income students, the report found. But some districts have made striking progress.

In the Ridgeline Unified School District in California's Central Valley, chronic absenteeism dropped from 38 percent to 21 percent in two years. Superintendent Marco Estrada said the district had hired attendance coaches and started visiting families at home.

"We had kids who learned during the pandemic that school was optional," Estrada said in an interview. "Unlearning that has been the hardest part of this job."

The district also sends parents a text message whenever a child misses class, part of a campaign it calls "Every Day Counts."

Tanya Brooks, a mother of three in Ridgeline, said the messages made a difference. "Honestly, I didn't realize how many days my son was missing until I got a text that said he'd missed 14," she said.

The U.S. Department of Education said in a statement that reducing chronic absenteeism "remains a top priority" and noted that states may use federal recovery funds for attendance programs.

Some researchers are skeptical that outreach alone will solve the problem. Kevin Abernathy, a senior fellow at the Harbor Institute, a conservative think tank, said schools also need to look at what happens once students arrive.

"Schools can send all the texts they want. If the classroom isn't somewhere kids want to be, they won't show up," Abernathy said.

One high school student in Ridgeline, a junior who asked that her name not be used, told The Fresno Bee last month that her attitude had changed only slowly. "After COVID, I just stopped seeing the point. Now my friends text me if I'm not there," she said.''',
 [("We are moving in the right direction,", "Lauren Feld"),
  ("At this pace, it would take until", "Lauren Feld"),
  ("We had kids who learned during the", "Marco Estrada"),
  ("Unlearning that has been the hardest part", "Marco Estrada"),
  ("Honestly, I didn't realize how many days", "Tanya Brooks"),
  ("remains a top priority", "U.S. Department of Education"),
  ("Schools can send all the texts they", "Kevin Abernathy"),
  ("After COVID, I just stopped seeing the", "~student")]),

# 11 -- UK regional paper: parents protest academy's branded-uniform policy; British single quotes, placards, "Mum-of-three X, 38, said:", "she added", statutory guidance words, trust statement and partial quote
('''Parents have staged a protest outside a Doncaster secondary school after it brought in a new uniform policy they say will cost families hundreds of pounds a year.

Around 60 parents gathered at the gates of Moorgate Academy on Monday morning, carrying placards reading 'Uniform, Not a Fortune' and 'Listen to Parents' as pupils arrived for the start of the school day.

Under the new rules, which come into force in September, pupils must wear a branded blazer, a branded jumper and a branded PE kit, all available only from a single supplier in Wheatley. A full set costs £186, compared with about £60 under the previous policy, which allowed plain items bought from supermarkets.

Mum-of-three Kirsty Holloway, 38, who organised the protest, said: 'I've got two kids at Moorgate and another starting in September. That's well over £500 before they've even picked up a pen.'

'We're not against uniform. We're against being told we have to buy it from one shop at whatever price they name,' she added.

Dad Lee Marsden said his daughter had already been sent to the school's isolation room for wearing a plain black jumper bought from a supermarket during a trial of the rules last term.

'She's 12. She was in tears when she got home and she didn't want to go back the next day,' he said.

Since 2022, statutory guidance from the Department for Education has required schools in England to keep the cost of uniform 'reasonable' and to limit compulsory branded items 'as far as possible'.

Moorgate Academy is run by Northern Lights Learning Trust, which operates nine schools across South Yorkshire.

In a statement, the trust said: 'We believe a smart, consistent uniform helps create a sense of belonging and removes visible differences between pupils from different backgrounds. We consulted parents before making this change.'

The trust said it offered a 'uniform support fund' for families eligible for free school meals and would run a second-hand uniform sale in July.

Parents dispute that any meaningful consultation took place. They say a survey sent out in March received fewer than 100 responses from a school of 1,150 pupils.

The protest passed off peacefully and pupils went into lessons as normal. Parents plan to raise the issue at the trust's next board meeting on 3 July, and several have contacted Doncaster Central's MP.''',
 [("Uniform, Not a Fortune", None),
  ("Listen to Parents", None),
  ("I've got two kids at Moorgate and", "Kirsty Holloway"),
  ("We're not against uniform.", "Kirsty Holloway"),
  ("She's 12. She was in tears", "Lee Marsden"),
  ("reasonable", None),
  ("as far as possible", None),
  ("We believe a smart, consistent uniform helps", "Northern Lights Learning Trust"),
  ("uniform support fund", "Northern Lights Learning Trust")]),

# 12 -- Wikinews: Kenyan university lecturers' strike; straight quotes, union leader with split quote, ministry statement with partial quotes, students "told Wikinews", placards, vice-chancellors' chair "told the Kenyan broadcaster Citizen TV"
('''On Monday, lecturers at public universities across Kenya began a nationwide strike over unpaid salary arrears, the Universities Academic Staff Union (UASU) announced. Classes were suspended at several institutions, including the University of Nairobi and Moi University.

The union says the government has failed to pay lecturers increases agreed in a collective bargaining agreement signed more than a year ago. UASU estimates the arrears owed to its members at KSh 7.9 billion.

UASU secretary-general Dr. Peter Omondi Okello told reporters in Nairobi that lecturers "will not return to lecture halls until every shilling owed is paid."

"We have been patient for over a year. We have written letters, we have attended meetings, and we have been given promises," he said. "Promises do not pay school fees for our own children."

The Ministry of Education said in a statement that KSh 4.2 billion had been "set aside for disbursement within the financial year" and urged the lecturers to "give dialogue a chance."

At the University of Nairobi, dozens of students gathered outside the Great Court on Monday morning after finding lecture rooms locked. Fourth-year law student Brian Mwangi told Wikinews: "We are the ones who suffer. My graduation was supposed to be in December. Now nobody knows when it will be."

Faith Achieng, a medical student at Moi University in Eldoret, said clinical training had also been affected. "Our clinical rotations have stopped. You cannot learn surgery from a PDF," she told Wikinews.

In Eldoret, about 200 lecturers marched through the town centre to the county offices, carrying placards reading "No Pay, No Class" and singing solidarity songs.

Prof. Ann Mutua, who chairs the Vice-Chancellors' Committee, said universities had no money of their own to meet the arrears. "Universities are already struggling with cash flow. We cannot pay what we have not received from the Treasury," she told the Kenyan broadcaster Citizen TV.

Kenya's public universities have faced mounting financial difficulties since the government introduced a new funding model for higher education, which ties support to students' household income. Several universities have reported delays in paying staff salaries and contributions to pension schemes.

The strike is the union's second in three years. A 2022 strike lasted six weeks before a return-to-work agreement was signed. UASU officials have said they will meet on Friday to review the strike, and have called on the National Assembly to intervene.''',
 [("will not return to lecture halls until", "Peter Omondi Okello"),
  ("We have been patient for over a", "Peter Omondi Okello"),
  ("Promises do not pay school fees for", "Peter Omondi Okello"),
  ("set aside for disbursement within the financial", "Ministry of Education"),
  ("give dialogue a chance.", "Ministry of Education"),
  ("We are the ones who suffer.", "Brian Mwangi"),
  ("Our clinical rotations have stopped.", "Faith Achieng"),
  ("No Pay, No Class", None),
  ("Universities are already struggling with cash flow.", "Ann Mutua")]),

# 13 -- Scottish national paper: union survey on violence in schools; curly quotes, report title, union leader (partial quotes, full quote, continuation paragraph with no cue), anonymous teacher quoted in the report, government spokesperson, Cosla councillor, parents' group with split quote
('''More than four in five Scottish teachers say they have been verbally abused by pupils in the past year, according to a survey published today by the country’s largest teaching union.

The Educational Institute of Scotland (EIS) surveyed more than 6,000 of its members for the report, titled “Behaviour in Scottish Schools: The Reality”. Almost half said they had been physically assaulted at least once, with primary teachers the most likely to report violence.

EIS general secretary Morag Lindsay said the findings were “deeply alarming” and should “shame everyone with responsibility for Scottish education”.

“Teachers go into this profession to make a difference to young people’s lives. They do not go into it to be punched, kicked or spat on,” Ms Lindsay said.

“We are hearing from members who are signed off for months with stress, and some are leaving altogether. That is a loss the system simply cannot afford.”

The report includes hundreds of anonymous comments from teachers. One primary teacher from Fife wrote: “I was headbutted by a P3 pupil in October. I was back in class the next day because there was no one to cover.”

The union is calling for smaller class sizes, more additional support for learning staff and a national system for recording violent incidents, which it says are under-reported in many council areas.

A Scottish Government spokesperson said: “Violence and abuse towards school staff are completely unacceptable. We are working with councils and unions on a national action plan on relationships and behaviour, and have invested in additional support staff.”

Councillor Fiona Bain, children and young people spokesperson for the council umbrella body Cosla, said local authorities took the findings seriously. “Councils are doing everything they can within very tight budgets,” she said.

Eileen Prentice, executive director of the parents’ organisation Connect, said families were worried too.

“Parents want their children to learn in calm classrooms, and they want teachers to be safe,” she said. “Those things are not in competition.”

The report will be debated at the EIS annual general meeting in Perth next month, where delegates are expected to consider a motion on possible industrial action over the issue.''',
 [("deeply alarming", "Morag Lindsay"),
  ("shame everyone with responsibility for Scottish education", "Morag Lindsay"),
  ("Teachers go into this profession to make", "Morag Lindsay"),
  ("We are hearing from members who are", "Morag Lindsay"),
  ("I was headbutted by a P3 pupil", "~teacher"),
  ("Violence and abuse towards school staff are", "Scottish Government"),
  ("Councils are doing everything they can within", "Fiona Bain"),
  ("Parents want their children to learn in", "Eileen Prentice"),
  ("Those things are not in competition.", "Eileen Prentice")]),

# 14 -- Australian regional paper: country school moves seniors to four-day week over teacher shortage; curly quotes, principal with continuation paragraph, parents, partial quote, union vice-president, department spokesperson, student described as "the 17-year-old", principals' association president
('''Senior students at Wimmera Plains Secondary College will spend one day a week learning from home next year because the school cannot find enough qualified teachers.

The Dunmore school, which has 310 students, will move Year 11 and 12 classes to a four-day week on campus from the start of Term 1, with Fridays set aside for online lessons delivered through Virtual School Victoria.

“We have advertised four positions – maths, chemistry, physics and Japanese – three times each since July, and we’ve had two applicants in total,” principal Craig Hollis said.

“I’m not going to put an unqualified person in front of a VCE chemistry class. That’s not fair on the kids, and it’s not fair on the person either.”

Jenny Morrow, whose daughter is in Year 11, said she understood the school’s position but was anxious about the change.

“She wants to be a vet. She needs chemistry. I’m worried one day a week at home turns into two,” Ms Morrow said.

Another parent, Tom Kealy, who farms sheep and grain north of the town, said country families could not “just move to Melbourne” to find a better-staffed school.

Australian Education Union Victorian branch vice-president Rachel Tan said the shortage was being felt across regional Victoria. “Country kids deserve exactly the same education as kids in Toorak,” she said.

A spokesperson for the Department of Education said it was “working closely with the school” and pointed to incentives of up to $50,000 for teachers who take up hard-to-staff positions in rural areas.

Year 12 student and school captain Mia Dunstan said most of her classmates had taken the news in their stride.

“Honestly, most of us are fine with it. But the Year 11s who need a lot of help are really going to struggle,” Mia said.

“I want to study engineering at Ballarat. I’ll get there, but I’ll have to teach myself a lot of physics,” the 17-year-old added.

Victorian Principals Association president Anita Kowalski said Wimmera Plains would not be the last school forced to make such a decision, describing it as “the canary in the coal mine” for country education.

The school will hold an information evening for families in the library on Wednesday, November 13, at 7pm.''',
 [("We have advertised four positions", "Craig Hollis"),
  ("I’m not going to put an unqualified", "Craig Hollis"),
  ("She wants to be a vet.", "Jenny Morrow"),
  ("just move to Melbourne", "Tom Kealy"),
  ("Country kids deserve exactly the same education", "Rachel Tan"),
  ("working closely with the school", "Department of Education"),
  ("Honestly, most of us are fine with", "Mia Dunstan"),
  ("I want to study engineering at Ballarat.", "Mia Dunstan"),
  ("the canary in the coal mine", "Anita Kowalski")]),

# 15 -- Campus newspaper: Faculty Senate no-confidence vote in provost over program cuts; straight quotes, senate chair (partial then split quote), provost's statement ("the statement said"), student, professor, dissenting senator
('''The Faculty Senate voted 41-12 on Monday to express no confidence in Provost Richard Haldane, capping a semester of anger over the administration's plan to eliminate 14 academic programs, including philosophy, German and music education.

The resolution was introduced by Senate Chair Elena Vasquez, a professor of chemistry, who said the vote was "not about one person" but about how decisions are made at Ashford University.

"We found out which programs were on the list from a slide deck that was accidentally emailed to the whole College of Arts and Sciences," Vasquez said. "That's not shared governance. That's a leak."

Haldane, who attended the meeting but did not speak during the debate, said in a statement afterward that he "respects the Senate's right to express its views" but would continue with the plan, which the administration says will save $3.8 million a year.

"Ashford cannot keep offering programs that graduate three or four students a year while our overall enrollment falls," the statement said.

Students in the affected programs have been told they will be able to finish their degrees. But philosophy major Desmond Clarke, a junior, said he had learned that most of his remaining upper-level courses would be offered only online.

"I came to Ashford because of this department," he said. "It feels like they're closing the door behind me."

Marianne Holt, who has taught music education at Ashford for 22 years, said the cut would be felt far beyond campus, in rural school districts that struggle to hire music teachers.

"Half the band directors in this part of the state trained in our program," Holt said.

Not every senator backed the measure. Gregory Tan, a professor of finance, said he shared his colleagues' frustration but worried the vote would harden positions on both sides.

"I share the frustration, but a no-confidence vote is a blunt instrument, and it won't save a single program," Tan said.

The vote is symbolic. The Board of Trustees, which has final authority over program eliminations, meets April 18. Vasquez said the Senate would send the board a copy of the resolution along with a petition signed by more than 1,100 students.''',
 [("not about one person", "Elena Vasquez"),
  ("We found out which programs were on", "Elena Vasquez"),
  ("That's not shared governance.", "Elena Vasquez"),
  ("respects the Senate's right to express its", "Richard Haldane"),
  ("Ashford cannot keep offering programs that graduate", "Richard Haldane"),
  ("I came to Ashford because of this", "Desmond Clarke"),
  ("It feels like they're closing the door", "Desmond Clarke"),
  ("Half the band directors in this part", "Marianne Holt"),
  ("I share the frustration, but a no-confidence", "Gregory Tan")]),

# 16 -- US local paper: school board removes books from middle school libraries; curly quotes, book titles, board president with split quote, board member, parent who filed challenge, librarian, advocacy group's post on X, student described as "the 13-year-old"
('''The Pinecrest School District will remove five books from its middle school libraries after a divided school board voted 5-2 Thursday to uphold a review committee’s recommendations.

The books include Toni Morrison’s “The Bluest Eye” and the young adult novels “Salt and Static” and “The Summer We Burned,” all of which were challenged by a parent last fall. The two other titles will be moved to the high school library rather than removed from the district entirely.

Board President Gary Lindqvist said the decision was about age-appropriateness, not censorship.

“These books are still available at the public library, at the bookstore, online,” Lindqvist said. “We are simply saying that a 12-year-old shouldn’t be able to check them out without a parent knowing.”

Board member Yvonne Castellanos, one of the two members who voted no, said she feared the vote would open the door to more challenges.

“Today it’s five books. I’ve sat on this board long enough to know it won’t stop at five,” she said.

The challenges were filed by parent Deborah Kline, whose son is in seventh grade at Pinecrest Middle School. Kline read passages from one of the novels aloud during public comment, prompting Lindqvist to ask parents with young children in the audience to take them out of the room.

“If I can’t read it out loud in a public meeting, it shouldn’t be on a shelf for my son,” Kline said.

Pinecrest Middle School librarian Hannah Osterberg, speaking during public comment, said the district had followed its own policies when it bought the books.

“Every one of these books went through our selection process. We have never had a complaint about any of them until this year,” Osterberg said.

The Indiana Freedom to Read Coalition, which has tracked book challenges across the state, said in a post on X shortly after the vote that the decision was “part of a troubling national pattern.”

About 150 people attended the meeting, which ran for more than three hours. Several students spoke during public comment, most of them against the removals.

“Nobody asked us,” one eighth-grade student told the board. The 13-year-old said she had read two of the challenged books and had talked about them with her mother.

Parents who disagree with the decision can appeal to the superintendent within 30 days under district policy. The books will be pulled from shelves by Feb. 1.''',
 [("These books are still available at the", "Gary Lindqvist"),
  ("We are simply saying that a 12-year-old", "Gary Lindqvist"),
  ("Today it’s five books.", "Yvonne Castellanos"),
  ("If I can’t read it out loud", "Deborah Kline"),
  ("Every one of these books went through", "Hannah Osterberg"),
  ("part of a troubling national pattern.", "Indiana Freedom to Read Coalition"),
  ("Nobody asked us,", "~student")]),

# 17 -- Nigerian daily: WASSCE results and withheld results over malpractice; straight quotes, "Mr."/"Mrs." titles, official with "he added", scare-quoted term, commissioner's statement, union secretary-general, parent "told Punch", student quote continuing into next paragraph, social media user
('''The West African Examinations Council (WAEC) on Monday released the results of this year's West African Senior School Certificate Examination (WASSCE) for school candidates, but withheld the results of more than 215,000 candidates over alleged examination malpractice.

Announcing the results in Lagos, the Head of the National Office, Mr. Emmanuel Adeyemi, said 72.12 per cent of the 1.8 million candidates who sat the examination obtained credits in five subjects and above, including English Language and Mathematics.

"This represents a marginal decline compared to last year, but it remains within the range we have seen over the past five years," Adeyemi said.

He said results of candidates involved in malpractice had been withheld pending investigation. "The council will not condone any act capable of undermining the integrity of our certificates. Schools found culpable will be derecognised," he added.

Exam malpractice in Nigeria is often linked to so-called "miracle centres", private schools where candidates pay to be helped during examinations.

In a statement on Monday evening, the Lagos State Commissioner for Basic and Secondary Education, Mrs. Funmilayo Bakare, said the state would act against any school named by WAEC. "We will sanction any school in Lagos whose name appears on WAEC's list. There will be no sacred cows," she said.

The Secretary-General of the Nigeria Union of Teachers (NUT), Musa Abdullahi, blamed poor funding for the decline. "You cannot starve schools of teachers and laboratories and expect excellent results," Abdullahi said in a statement.

Some parents said innocent candidates were being punished along with those who cheated. Mrs. Bolanle Ojo, whose son attends a private school in Ibadan, said his result had been withheld although he had done nothing wrong.

"My son did not cheat. They are punishing the whole school for what one supervisor did," she told Punch.

For others, it was a day of celebration. Ugochukwu Eze, a student of Federal Government College, Enugu, said he had made distinctions in all nine of his subjects.

"I made A1 in Mathematics and Further Mathematics. My dream is to study computer engineering at UNILAG," the 17-year-old said.

"My teachers believed in me even when I didn't believe in myself. This result is for them."

On X, many candidates complained that they could not access their results on the council's portal for several hours. One user wrote: "Abeg who else result still dey pending? Na so WAEC go just hold our future?"

WAEC said affected candidates and schools would be invited to appear before its examination malpractice committee in the coming weeks.''',
 [("This represents a marginal decline compared to", "Emmanuel Adeyemi"),
  ("The council will not condone any act", "Emmanuel Adeyemi"),
  ("We will sanction any school in Lagos", "Funmilayo Bakare"),
  ("You cannot starve schools of teachers and", "Musa Abdullahi"),
  ("My son did not cheat.", "Bolanle Ojo"),
  ("I made A1 in Mathematics and Further", "Ugochukwu Eze"),
  ("My teachers believed in me even when", "Ugochukwu Eze"),
  ("Abeg who else result still dey pending?", "~user")]),

# 18 -- International broadcaster's English service: German teacher shortage; curly quotes, union chair "told DW" with split quote, German term in quotes, career-changer with split quote, ministers' conference statement (partial), parents' committee, economist
('''Schools in Germany could be short of tens of thousands of teachers by the end of the decade, according to a study published on Tuesday, with primary schools in the eastern states expected to be hit hardest.

The study, commissioned by the Education and Science Workers’ Union (GEW), estimates that around 68,000 teaching posts could be unfilled by 2030, far more than official forecasts by the federal states.

“The situation is already dramatic, and it is going to get worse,” GEW chair Katrin Vollmer told DW.

“In some schools in Saxony and Brandenburg, a third of the lessons are being taught by people with no teacher training at all,” she said. “We are talking about engineers, journalists, retired people. Many of them are doing their best, but it is not the same thing.”

These career changers, known in German as “Quereinsteiger”, now make up more than 10 percent of new hires in several states.

Thomas Reinhardt, 49, is one of them. The former IT consultant has taught maths and computer science at a secondary school in Leipzig for three years, after a six-week crash course.

“The first six months I went home every day and asked myself what I had done,” Reinhardt said. “Now I wouldn’t go back.”

The Standing Conference of the Ministers of Education and Cultural Affairs (KMK), which coordinates education policy between the states, said in a statement that the states had “significantly expanded” university places for teacher training and were working to make it easier for teachers trained abroad to have their qualifications recognized.

Parents, however, say the effects are already being felt in the classroom. Sabine Krüger, who sits on Berlin’s state parents’ committee, said many families had stories of lessons cancelled for weeks at a time.

“My son’s class had no German teacher for five months. Five months! Nobody would accept that in a hospital,” she said.

Education economist Jan-Philipp Hartmann of the University of Göttingen warned that shortages at primary level would have long-lasting consequences, since children who fall behind in reading early rarely catch up.

“If you do not fix primary schools, you lose a generation’s reading and maths,” he said.

The GEW is calling for smaller classes, better pay for primary teachers and a reduction in the number of lessons teachers must give each week.''',
 [("The situation is already dramatic, and it", "Katrin Vollmer"),
  ("In some schools in Saxony and Brandenburg,", "Katrin Vollmer"),
  ("We are talking about engineers, journalists, retired", "Katrin Vollmer"),
  ("The first six months I went home", "Thomas Reinhardt"),
  ("Now I wouldn’t go back.", "Thomas Reinhardt"),
  ("significantly expanded", "Standing Conference of the Ministers of Education and Cultural Affairs"),
  ("My son’s class had no German teacher", "Sabine Krüger"),
  ("If you do not fix primary schools,", "Jan-Philipp Hartmann")]),

# 19 -- Canadian local paper: French immersion kindergarten lottery; straight quotes, "said X, who...", placards, superintendent with title (Dr.), trustee, advocacy group statement ("the statement said"), parent quote continuing into next paragraph
('''Dozens of parents turned out to a Cedar Valley School District board meeting Wednesday night to protest the lottery used to allocate kindergarten spots in French immersion, after more than 300 children were left on the wait list this year.

The district received 612 applications for 288 spots in early French immersion, the most oversubscribed program in its history. Families were notified of the results by email last Friday.

"My daughter's name was pulled 214th. That's it. That's how her education was decided," said Meredith Chan, who lives two blocks from Ecole Riverbend, the district's largest French immersion school.

Parents filled the back rows of the board room holding signs reading "Bilingual Is Canadian" and "Fund French Now."

Superintendent Dr. Paul Lévesque told the meeting the district simply cannot hire enough qualified French teachers to open more classes.

"We posted 22 French immersion positions last spring and filled nine," he said. "This is not a question of will. We do not have the teachers."

Several parents urged the board to give priority to children who live within walking distance of an immersion school. Trustee Anita Sandhu said the board had looked at catchment-based priority but worried it would favour families who could afford to live near the most popular schools.

"A lottery is the fairest of bad options," Sandhu said.

The advocacy group Canadian Parents for French said in a statement that wait lists had grown in districts across the province. "Demand for French immersion has never been higher, and every year we turn away children who want to learn Canada's other official language," the statement said.

Not every parent at the meeting was on the losing end. Jacques Morin said his son had been drawn 41st.

"We got lucky. I feel almost guilty saying it," Morin said.

"My neighbour's twins didn't get in, and my son did. How do you explain that to five-year-olds?"

The district says it will offer any spots that open up over the summer to families in the order their names were drawn. Trustees agreed to review the admissions policy in the fall.''',
 [("My daughter's name was pulled 214th.", "Meredith Chan"),
  ("Bilingual Is Canadian", None),
  ("Fund French Now.", None),
  ("We posted 22 French immersion positions last", "Paul Lévesque"),
  ("This is not a question of will.", "Paul Lévesque"),
  ("A lottery is the fairest of bad", "Anita Sandhu"),
  ("Demand for French immersion has never been", "Canadian Parents for French"),
  ("We got lucky. I feel almost guilty", "Jacques Morin"),
  ("My neighbour's twins didn't get in, and", "Jacques Morin")]),

# 20 -- UK national paper: university job cuts and closure of languages department; British single quotes, vice-chancellor's email ("he wrote", split), union official, students' union president, regulator spokesperson (partial), anonymous lecturer "told the Guardian", local MP with split quote
('''A university in the East Midlands is to cut up to 300 jobs and close its modern languages department as it tries to plug a £32m deficit, prompting the threat of strike action.

Trentmoor University told staff on Wednesday that it would seek voluntary redundancies before moving to compulsory cuts, and that French, German and Spanish degrees would stop recruiting students from next year.

In an email to staff seen by this newspaper, vice-chancellor Professor Andrew Pilling said the university faced 'the most serious financial challenge in its history'.

'The decisions we are setting out today are painful, and I do not underestimate the anxiety they will cause,' he wrote. 'But doing nothing is not an option.'

The university blames a sharp fall in international student recruitment, rising pension and national insurance costs and a domestic tuition fee that was frozen for most of the last decade.

The University and College Union (UCU) said it would ballot members for industrial action. The union's regional official, Sian Maddox, said: 'Staff are being asked to pay for years of management decisions they had no part in. Closing modern languages at a time when the country desperately needs linguists is an act of vandalism.'

Students' union president Rhys Evans said many students felt misled. 'International students were told this was a world-class university. Now they are watching their lecturers being made redundant,' he said.

An Office for Students spokesperson said the regulator was 'monitoring the situation closely' and expected the university to protect the interests of current students.

A senior lecturer in French, who asked not to be named because she feared for her job, told the Guardian: 'I have given 19 years to this place. I found out my department was closing from a PowerPoint slide.'

Claire Ashworth, the MP for Trentmoor and Oakwell, said the cuts would be felt across the town.

'Trentmoor University is one of the biggest employers in this town,' she said. 'What happens there affects every shop, every cafe and every landlord on the high street.'

Trentmoor is one of more than 40 UK universities to have announced redundancy programmes in the past year. Staff have until 30 April to apply for voluntary severance.''',
 [("the most serious financial challenge in its", "Andrew Pilling"),
  ("The decisions we are setting out today", "Andrew Pilling"),
  ("But doing nothing is not an option.", "Andrew Pilling"),
  ("Staff are being asked to pay for", "Sian Maddox"),
  ("International students were told this was a", "Rhys Evans"),
  ("monitoring the situation closely", "Office for Students"),
  ("I have given 19 years to this", "~lecturer"),
  ("Trentmoor University is one of the biggest", "Claire Ashworth"),
  ("What happens there affects every shop,", "Claire Ashworth")]),

# 21 -- Wikinews: Philippine schools suspend in-person classes over extreme heat; straight quotes, DepEd spokesperson, union chair "told Wikinews", petition title, parent, student, weather agency advisory (partial quotes), anonymous official, teacher's Facebook post
('''On Monday, the Department of Education (DepEd) of the Philippines suspended in-person classes in public schools across several regions because of extreme heat, with the heat index forecast to reach 46 °C in parts of Luzon.

Schools in Metro Manila, Central Luzon and Calabarzon were told to shift to modular learning and online classes for at least the rest of the week.

DepEd spokesperson Ramon Villanueva told reporters in Pasig City that the decision had been made after several reports of students fainting in classrooms last week. "The safety of our learners and teachers is our first priority. No lesson is worth a child collapsing in a classroom," Villanueva said.

Teachers' groups said the suspension was overdue. Liza Manalo, national chairperson of the Alliance of Concerned Teachers (ACT), said most public school classrooms are overcrowded and poorly ventilated. "Our classrooms have 50 students and one electric fan. It is like teaching in an oven," Manalo told Wikinews.

Manalo called for the school calendar to return to the pre-pandemic June-to-March schedule, which placed the summer break in the hottest months of April and May. An online petition by the group, titled "Ibalik ang Lumang Kalendaryo" (Bring Back the Old Calendar), had gathered more than 40,000 signatures by Monday evening.

In Quezon City, Maricel Dizon, a mother of two, said she was relieved but worried. "My youngest got a nosebleed in class last week. I am glad they are home, but I worry they will fall behind," Dizon said.

Grade 10 student Paolo Reyes told Wikinews that learning from home had its own problems. "It's hard to answer modules at home when there's also no aircon and our internet is slow," he said.

The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said in an advisory that at heat index levels above 42 °C "heat cramps and heat exhaustion are likely" and advised the public to "limit time spent outdoors."

An official at DepEd's National Capital Region office, who asked not to be named because they were not authorized to speak to the media, said regional directors were divided over when to reopen. "Some divisions want to resume face-to-face classes next week. Others say not until May," the official said.

On Facebook, a public school teacher in Bulacan posted a photo of a classroom thermometer with the caption: "Ang init! 38 degrees inside my room at 10 AM. Pray for teachers and learners."

DepEd said it would announce on Friday whether in-person classes would resume the following week.''',
 [("The safety of our learners and teachers", "Ramon Villanueva"),
  ("Our classrooms have 50 students and one", "Liza Manalo"),
  ("My youngest got a nosebleed in class", "Maricel Dizon"),
  ("It's hard to answer modules at home", "Paolo Reyes"),
  ("heat cramps and heat exhaustion are likely", "Philippine Atmospheric, Geophysical and Astronomical Services Administration"),
  ("limit time spent outdoors.", "Philippine Atmospheric, Geophysical and Astronomical Services Administration"),
  ("Some divisions want to resume face-to-face classes", "~official"),
  ("Ang init! 38 degrees inside my", "~teacher")]),

# 22 -- US regional paper: school bus driver shortage cancels routes; curly quotes, department head with continuation paragraph, parents' Facebook comments, driver and union president, superintendent's video message (split), depot banner, ninth-grader described as "the 14-year-old"
('''Parents in the North Cascade School District woke up Monday to a message many of them have come to dread: their child’s bus route had been canceled for the day.

The district canceled 11 routes Monday and nine more Tuesday, affecting about 1,400 students, because it did not have enough drivers. It is short 23 of the 96 drivers it needs to run a full schedule.

“We have mechanics driving routes. We have our dispatcher driving routes. I drove one myself last Thursday,” transportation director Luis Ortega said.

“There is nobody left in this building who has a commercial license and hasn’t been behind the wheel this month.”

The cancellation notices drew hundreds of comments on the district’s Facebook page. One mother wrote: “Found out at 6:52 a.m. that the bus wasn’t coming. I start work at 7. What exactly am I supposed to do?”

Another parent, Rob Haney, replied with a short suggestion that was liked more than 300 times: “Pay the drivers.”

Drivers in the district start at $21.40 an hour. Darlene Fisk, who has driven for North Cascade for 17 years and is president of the local drivers’ union, said the split shifts make the job hard to fill.

“You drive from 6 to 9, you go home, and you come back at 2. Nobody can raise a family on four hours a day,” Fisk said.

Superintendent Angela Broussard apologized to families in a video message posted to the district’s website Tuesday evening.

“I know how disruptive this is, and I am sorry,” Broussard said. “We are doing everything we can, including a $2,000 signing bonus, and we will keep at it until every route is covered.”

A banner hanging on the fence of the district’s bus depot on Highway 9 reads “Now Hiring: Drive Your Community Forward.” Ortega said 14 people had applied since it went up in August, but only five had passed the licensing test.

Ninth-grader Kayla Nguyen, whose route was among those canceled, now walks 1.8 miles to Cascade Ridge High School.

“It’s fine when it’s not raining,” the 14-year-old said. “It’s always raining.”

The district posts route cancellations on its website and app by 6 a.m. each school day.''',
 [("We have mechanics driving routes.", "Luis Ortega"),
  ("There is nobody left in this building", "Luis Ortega"),
  ("Found out at 6:52 a.m. that", "~mother"),
  ("Pay the drivers.", "Rob Haney"),
  ("You drive from 6 to 9, you", "Darlene Fisk"),
  ("I know how disruptive this is, and", "Angela Broussard"),
  ("We are doing everything we can, including", "Angela Broussard"),
  ("Now Hiring: Drive Your Community Forward.", None),
  ("It’s fine when it’s not raining,", "Kayla Nguyen"),
  ("It’s always raining.", "Kayla Nguyen")]),

# 23 -- Welsh regional news site: school's mobile phone ban; curly quotes, partial quote in intro attributed later, newsletter headline, head teacher "Mrs Powell said" (split), Welsh Government spokesperson (partial), pupil aged 15 (split), parent, union statement ("the union said")
('''A Carmarthenshire head teacher says behaviour at her school has improved “beyond recognition” since pupils were banned from using mobile phones during the school day.

Ysgol Bryn Teg, which has 940 pupils aged 11 to 16, introduced the ban in September. Pupils must lock their phones in magnetic pouches when they arrive each morning, and the pouches can only be opened at the gate at the end of the day.

The school’s termly newsletter to parents celebrated the first term of the policy under the headline “Heads Up, Phones Down”.

Head teacher Eleri Powell said incidents of bullying reported to staff had fallen by more than half compared with the same term last year, and detentions were down by a third.

“Lunchtimes used to be silent. You’d walk into the canteen and every single child would be staring at a screen,” Mrs Powell said. “Now it’s noisy again. They’re playing football, they’re talking to each other. It sounds like a school.”

The Welsh Government has not followed England in issuing guidance that urges schools to ban phones. A Welsh Government spokesperson said schools were “best placed to decide” their own policies, and that ministers were keeping the issue under review.

Year 10 pupil Osian Rhys, 15, admitted he had hated the idea at first.

“Everyone was fuming for about two weeks,” he said. “Then you just forget it’s in your bag.”

Not all parents are convinced. Catrin Hughes, whose daughter is in Year 8, said she worried about not being able to reach her child, who travels to school on a public bus.

“If something happens on the way home, I want to know she can ring me,” she said.

The teaching union NASUWT Cymru welcomed the school’s results but warned against treating bans as a cure-all. “Phone bans can help, but they are not a silver bullet for poor behaviour, which is driven by much wider issues,” the union said in a statement.

The pouches cost the school around £14,000, paid for from a grant for pupil wellbeing. Mrs Powell said several other heads in the county had already visited to see the system in action.''',
 [("beyond recognition", "Eleri Powell"),
  ("Lunchtimes used to be silent.", "Eleri Powell"),
  ("Now it’s noisy again.", "Eleri Powell"),
  ("best placed to decide", "Welsh Government"),
  ("Everyone was fuming for about two weeks,", "Osian Rhys"),
  ("Then you just forget it’s in your", "Osian Rhys"),
  ("If something happens on the way home,", "Catrin Hughes"),
  ("Phone bans can help, but they are", "NASUWT Cymru")]),

# 24 -- US local paper: school board ends "alternative meal" policy for lunch debt; straight quotes, unattributed term in quotes, parent's Facebook caption, parent "told the board" (split), board member, food services director, business manager, pastor, anonymous cafeteria worker
('''The Brookfield Board of Education voted 7-0 Monday to end the district's practice of giving students with unpaid meal balances a cold cheese sandwich instead of a hot lunch, a policy that drew national attention after a parent's post about it went viral.

Under the new policy, every student will receive the same meal regardless of their account balance. The district will instead contact families directly about debts, which total about $38,000 across its 11 schools.

Practices like Brookfield's, widely known as "lunch shaming," have been banned by law in several states, but not in this one.

The change came after Brookfield mother Keisha Lawson posted a photo on Facebook in January of the sandwich her 7-year-old son had been given, with the caption "This is what my son got for lunch because we owed $4.50." The post was shared more than 40,000 times.

"I wasn't trying to start a movement. I was just angry," Lawson told the board Monday. "My son came home and asked me if he was in trouble. He's in first grade."

Board member Phil Decker, who proposed the change, said children should never be caught in the middle of a billing dispute.

"Whatever a parent owes, that's between the district and the adult. The child should never be the one who feels it," Decker said.

Food services director Carol Jennings said cafeteria staff had been uncomfortable with the old policy from the start. "My ladies were in tears some days, having to take a tray back from a little kid," she said.

District business manager Ron Keller cautioned that unpaid balances would now have to be covered from the general fund if families do not pay.

"It's not a huge number, but it's not nothing either," he said.

Before the vote, a local congregation, Grace Fellowship Church, presented the district with a check for $5,000 to pay down existing balances. Its pastor, Dwayne Harris, said members had raised the money in two Sundays.

"No child in this town should go hungry because of a number on a screen," Harris said.

One cafeteria worker, who asked not to be named because she was not authorized to speak for the district, said after the meeting that staff were relieved. "We'll finally be able to just feed the kids," she said.

The new policy takes effect March 1.''',
 [("This is what my son got for", "Keisha Lawson"),
  ("I wasn't trying to start a movement.", "Keisha Lawson"),
  ("My son came home and asked me", "Keisha Lawson"),
  ("Whatever a parent owes, that's between the", "Phil Decker"),
  ("My ladies were in tears some days,", "Carol Jennings"),
  ("It's not a huge number, but it's", "Ron Keller"),
  ("No child in this town should go", "Dwayne Harris"),
  ("We'll finally be able to just feed", "~worker")]),

# 25 -- Canadian regional paper: college suspends programs after international student cap; curly quotes, president's video statement with continuation paragraph, union local president, federal department's emailed statement (partial), student, college FAQ (partial), landlord, provincial ministry spokesperson (partial), students' association president ("said X, president of...")
('''Northgate College in Barrie will suspend 22 programs and lay off up to 140 staff after federal limits on international study permits cut its incoming international enrolment by more than half, the college announced Thursday.

“This is the most difficult announcement I have made in my career,” college president Sandra Whitlock said in a video posted to the college’s website.

“The cap was introduced with very little notice, and colleges like ours, which rely heavily on international tuition, have been hit hardest. We have no choice but to become a smaller institution.”

The suspended programs include supply chain management, hospitality administration and several one-year graduate certificates in business that had enrolled mostly international students.

Ontario Public Service Employees Union Local 350, which represents Northgate’s full-time faculty, said it had not been consulted. Local president Derek Mahoney said staff were being punished for decisions made in the president’s office.

“Management built a business model on international students, and now faculty and support staff are paying the price,” Mahoney said.

In an emailed statement, Immigration, Refugees and Citizenship Canada said the cap was needed to “protect the integrity of the international student program” and to ease pressure on housing in communities with fast-growing student populations.

Harpreet Kaur, a second-year supply chain management student from Punjab, said she was frightened by the news.

“My family took a loan against our land so I could study here. I just want to finish my diploma,” she said.

The college said in a list of questions and answers posted online that all current students “will be supported to complete their credential,” either in their current program or through a transfer to another college.

The cuts are also being felt off campus. Wendy Carrigan, who rents rooms to students in three houses near the college, said most of her tenants would be gone by summer.

“Half my tenants are leaving in April. I don’t know who’s going to replace them,” she said.

A spokesperson for Ontario’s Ministry of Colleges and Universities said the province had provided $1.3 billion in stabilization funding to the sector and expected colleges “to make responsible decisions.”

“Students are scared. Every week there is a new rumour about which program is next,” said Amir Haddad, president of the Northgate Students’ Association.

The layoffs will take effect at the end of the winter semester.''',
 [("This is the most difficult announcement I", "Sandra Whitlock"),
  ("The cap was introduced with very little", "Sandra Whitlock"),
  ("Management built a business model on international", "Derek Mahoney"),
  ("protect the integrity of the international student", "Immigration, Refugees and Citizenship Canada"),
  ("My family took a loan against our", "Harpreet Kaur"),
  ("will be supported to complete their credential,", "Northgate College"),
  ("Half my tenants are leaving in April.", "Wendy Carrigan"),
  ("to make responsible decisions.", "Ministry of Colleges and Universities"),
  ("Students are scared. Every week there is", "Amir Haddad")]),
]
# fmt: on

# fmt: off
STORIES_CF = [
# 1 -- UAE desalination plant, The National style, straight quotes: said X with role, "he added", partial quote from ministry statement via Wam, two women scientists, split quote, unnamed resident
('''ABU DHABI // A solar-powered desalination plant near Ghayathi will begin supplying drinking water to about 180,000 homes in Al Dhafra by the end of next year, officials said on Tuesday.

The Dh2.1 billion plant, built by a consortium led by Gulf Reverse Osmosis Partners, will use roughly a third of the energy consumed by the ageing thermal units it replaces.

"This is the first plant of its size in the region to run almost entirely on the sun during daylight hours," said Eng Khalifa Saeed Al Mazrouei, the project director, at a briefing for reporters at the site.

"At night we draw from the grid, but the balance is very much in favour of clean power," he added.

The plant's 48 membrane trains will be able to produce 300,000 cubic metres of water a day. Mr Al Mazrouei said the site had been chosen because of its proximity to existing transmission lines and to a deep-water intake that limits harm to seagrass beds.

In a statement carried by the state news agency Wam, the Ministry of Energy and Infrastructure described the project as "a cornerstone of national water security" and said two further plants were in the planning stage.

Environmental groups have long criticised the brine discharged by Gulf desalination plants, which raises the salinity of coastal waters and can damage coral and fish nurseries.

Dr Noura Al Hammadi, a marine scientist at a university in Al Ain, said the plant's new diffuser design was "a meaningful improvement" but urged regular independent monitoring of the outfall.

"Brine does not disappear because we pipe it further out," Dr Al Hammadi said. "We need data that is published, not just collected."

Her colleague Dr Mariam Al Ketbi, who has spent a decade studying seagrass loss along the western coast, was more cautious. "We have heard promises about diffusers before, and the dugongs are still losing their pasture," she said.

Residents of Madinat Zayed said they mostly wanted an end to the low pressure that has plagued their taps during the hottest months.

"Every August the water comes out like a thread," said one resident, a father of four who works at a nearby oil facility. "If the new plant fixes that, nobody here will complain about anything else."

Construction is 70 per cent complete, according to the consortium, and commissioning is expected to begin in the second quarter. The plant will be handed over to the state utility after a two-year trial period.''',
 [("This is the first plant of", "Khalifa Saeed Al Mazrouei"),
  ("At night we draw from the", "Khalifa Saeed Al Mazrouei"),
  ("a cornerstone of national water security", "Ministry of Energy and Infrastructure"),
  ("a meaningful improvement", "Noura Al Hammadi"),
  ("Brine does not disappear because we", "Noura Al Hammadi"),
  ("We need data that is published", "Noura Al Hammadi"),
  ("We have heard promises about diffusers", "Mariam Al Ketbi"),
  ("Every August the water comes out", "~resident"),
  ("If the new plant fixes that", "~resident")]),

# 2 -- Saudi heritage village restoration, Arab News style, straight quotes: "told Arab News", quote continuing over two paragraphs without cue, SPA paraphrase, "the 44-year-old said", banner text, surname-only later mentions
('''RIYADH: Restoration work has begun on more than 140 stone and mud-brick houses in the mountain village of Dhahrat Al-Ghaymah in the Asir region, the Heritage Commission announced on Sunday.

The project, expected to take three years, is part of a wider push to turn the southern highlands into a year-round destination for domestic and international visitors.

"These houses tell the story of how our grandparents lived with the mountain, not against it," Dr. Abdulaziz bin Hamad Al-Qahtani, the commission's director of architectural heritage, told Arab News during a tour of the site.

"Every stone has been numbered and photographed before it is moved. Where we must replace a beam, we use juniper from the same valleys, cut by the same families who have always cut it.

"We are not building a museum. We want people to live here again."

According to the Saudi Press Agency, the commission has signed agreements with 37 families who own houses in the village, allowing them to return once work on their properties is complete. Owners will receive technical support and low-interest loans to furnish the homes.

Fatimah Al-Asiri, 61, was born in one of the houses and left for Abha as a teenager. "My mother baked bread in that room," she said, pointing to a roofless chamber with soot still visible on its walls. "I never thought I would see a door on it again."

Her neighbor, Maryam Al-Shehri, said she hoped to open a small guesthouse in her late father's home. "The young people will come back if there is work," the 44-year-old said. "Tourism can be that work, if it is done properly."

A banner strung across the road at the village entrance reads "Our heritage is our identity" in Arabic and English.

Not everyone is convinced that the benefits will stay with local families. Saad Al-Amri, who runs a tour company in Abha, said land prices in the area had doubled in two years.

"Some investors look at the restoration and think only of hotels. If the villagers sell, the village becomes a stage set," he said.

Al-Qahtani said the commission would enforce strict building guidelines in the surrounding valley, including limits on height and on the materials used for new facades.

"Nothing taller than three floors, and nothing that is not in the local style," he said.''',
 [("These houses tell the story of", "Abdulaziz bin Hamad Al-Qahtani"),
  ("Every stone has been numbered and", "Abdulaziz bin Hamad Al-Qahtani"),
  ("We are not building a museum", "Abdulaziz bin Hamad Al-Qahtani"),
  ("My mother baked bread in that", "Fatimah Al-Asiri"),
  ("I never thought I would see", "Fatimah Al-Asiri"),
  ("The young people will come back", "Maryam Al-Shehri"),
  ("Tourism can be that work, if", "Maryam Al-Shehri"),
  ("Our heritage is our identity", None),
  ("Some investors look at the restoration", "Saad Al-Amri"),
  ("Nothing taller than three floors, and", "Abdulaziz bin Hamad Al-Qahtani")]),

# 3 -- Egypt ration card review, Daily News Egypt style, straight quotes: named spokesperson, written statement partial, MP's Facebook post ("she wrote"), "told Daily News Egypt", anonymous widow, quote taken from Al-Ahram ("he was quoted as saying")
('''The Ministry of Supply and Internal Trade will begin removing an estimated 1.2 million beneficiaries from the ration card system next month after a review found they no longer meet eligibility criteria, the ministry announced on Monday.

The review, which began in January, cross-checked the records of about 63 million people registered for subsidised bread and basic goods against data on electricity consumption, car ownership, private school fees, and international travel.

Ministry spokesperson Ahmed Kamal Fathy said the aim was to direct limited resources to the poorest households. "The subsidy must reach those who truly need it," Fathy said in a televised phone interview on Monday evening. "We are not cutting anyone who qualifies, and no one will lose bread without the right to appeal."

In a written statement, the ministry said citizens who believed they had been removed in error could file a grievance at any of the country's 4,000 supply offices "within 30 days of receiving notification by text message."

The move has drawn criticism from several lawmakers. Sahar Abdel Rahman, an MP representing a Giza constituency, wrote on her official Facebook page that she had received "hundreds of complaints" since the first notifications were sent during a pilot phase in Fayoum and Beni Suef.

"A retired teacher who owns a 20-year-old car is not a rich man," she wrote. "The criteria need to be reviewed with a human eye, not only by a computer."

Another MP, Nadia Sabry of Alexandria, said the ministry should publish the full list of criteria. "People cannot appeal a decision if they do not know why it was made," she told Daily News Egypt.

In Imbaba, a widow who asked that her name not be published said her card had been suspended because of her son's electricity bill. "My son works in the Gulf and sends what he can, but the meter in his flat is in my name," she said, holding the text message she had received on an old mobile phone.

Economist Hany Tawfik Mansour told the state-owned Al-Ahram newspaper that better targeting was overdue but should be paired with expanded cash transfers under the Takaful and Karama programme. "Targeting is good economics, but timing is everything when food inflation is this high," he was quoted as saying.

Food prices have risen sharply over the past two years following successive devaluations of the Egyptian pound, and bread remains the single most important item in the budgets of low-income households.

The government raised the price of subsidised bread for the first time in decades last year, a step officials said was necessary to contain a subsidy bill that has grown with the cost of imported wheat.''',
 [("The subsidy must reach those who", "Ahmed Kamal Fathy"),
  ("We are not cutting anyone who", "Ahmed Kamal Fathy"),
  ("within 30 days of receiving notification", "Ministry of Supply and Internal Trade"),
  ("hundreds of complaints", "Sahar Abdel Rahman"),
  ("A retired teacher who owns a", "Sahar Abdel Rahman"),
  ("The criteria need to be reviewed", "Sahar Abdel Rahman"),
  ("People cannot appeal a decision if", "Nadia Sabry"),
  ("My son works in the Gulf", "~widow"),
  ("Targeting is good economics, but timing", "Hany Tawfik Mansour")]),

# 4 -- Israeli nurses' strike in Beersheba, Times of Israel style, straight quotes: "said X, who heads...", chant, ministry statement partial, "told the Kan public broadcaster", MK's post on X ("she posted"), anonymous nurse, split quote with "she said" in the middle
('''Hundreds of nurses at the Negev Medical Center in Beersheba walked off the job on Wednesday morning, leaving only the emergency room, maternity and intensive care units staffed at minimum levels, in protest at what their union called dangerous staffing shortages across Israel's south.

"We are being asked to run internal medicine wards with one nurse for every 14 patients at night. No country in the OECD would accept that, and neither will we," said Ilana Rosenthal, who heads the nurses' committee at the hospital.

Outside the hospital's main entrance, several hundred nurses in blue scrubs blocked the access road for about an hour, chanting "Nurses are not machines" and waving Israeli flags.

In a statement, the Health Ministry said it "regrets the decision to strike while patients are waiting for care" and insisted that negotiations on a new national staffing standard were progressing.

Ministry Director-General Avner Ben-Haim told the Kan public broadcaster that the ministry could not produce new nurses overnight, noting that training a registered nurse takes at least four years.

"There is no budget that appears from the sky, and there are no nurses waiting at the airport," he said. "I understand their frustration. Believe me, I hear it every day from hospital directors."

Opposition MK Keren Lavi, who chairs a Knesset caucus for the development of the Negev, wrote on X that the government had "abandoned the periphery" and called for an emergency debate.

"The nurses of the Negev are holding up a health system that Jerusalem forgot," she posted.

One nurse, who has worked in the hospital's geriatric ward for 11 years, said she had been called in on her days off three times in the past month. "I did three night shifts in a row last week and went home shaking," she said. She asked that her name not be used because she feared disciplinary action.

Patients' rights groups urged both sides to reach an agreement quickly, warning that elective surgeries postponed during the strike could take months to reschedule.

Rosenthal said the strike would continue until the ministry presented a binding timetable for new hires and a plan to cap the ratio of patients to nurses on night shifts.

"If the ministry wants to talk," she said, "it knows where to find us."''',
 [("We are being asked to run", "Ilana Rosenthal"),
  ("Nurses are not machines", None),
  ("regrets the decision to strike while", "Health Ministry"),
  ("There is no budget that appears", "Avner Ben-Haim"),
  ("I understand their frustration. Believe me", "Avner Ben-Haim"),
  ("abandoned the periphery", "Keren Lavi"),
  ("The nurses of the Negev are", "Keren Lavi"),
  ("I did three night shifts in", "~nurse"),
  ("If the ministry wants to talk", "Ilana Rosenthal"),
  ("it knows where to find us", "Ilana Rosenthal")]),

# 5 -- Petra visitor numbers, Jordan Times style, straight quotes: "the minister said", "he added", "told The Jordan Times" partial, sign text, woman guide, shopkeeper, expert's quote running over two paragraphs after an introducing sentence
('''AMMAN — Petra received more than 1.1 million visitors last year, the highest number since the ancient Nabataean city was named one of the New Seven Wonders of the World, Tourism Minister Ahmad Suleiman Al-Mahasneh announced on Tuesday.

Speaking at a press conference at the ministry in Amman, Al-Mahasneh said European and Asian markets had driven the increase, alongside a rise in low-cost flights to Amman and Aqaba.

"Petra has recovered faster than any other site in the region, and this is a credit to the people of Wadi Musa," the minister said.

"The numbers are encouraging, but we are now thinking about quality, not only quantity," he added.

Omar Al-Nawafleh, chief commissioner of the Petra Development and Tourism Region Authority, told The Jordan Times that the authority was studying "a strict daily cap" on entries during peak months, as well as timed tickets for the Siq.

Visitors entering the Siq now pass a new sign reading "Please do not ride animals on the stairs" in seven languages, one of several measures introduced after complaints by animal welfare groups about donkeys carrying tourists up to the Monastery.

For many in Wadi Musa, the boom has been a lifeline after lean years. Rania Al-Hasanat, one of a growing number of licensed female guides in the area, said the past year had transformed her income.

"Last spring I worked four days a month," she said. "Now I turn groups away."

Suleiman Al-Bdoul, who sells silver jewellery near the Treasury, said too many visitors still came on day trips from Amman or from cruise ships docked in Aqaba.

"Tourists come, they take photos, they climb to the Monastery, but many of them leave the same afternoon," he said. "We need them to sleep in Wadi Musa, eat in Wadi Musa, and buy from us."

Dr Lina Haddadin, a conservation specialist at a Jordanian university who has worked at the site for 15 years, warned that the surge was putting pressure on fragile monuments.

"The site cannot absorb unlimited numbers. Every hand that touches the facade of the Treasury removes a little of it.

"The sandstone is soft, and salts from the groundwater are already doing damage. Tourism brings the money we need for conservation, but it is also part of the problem."

The ministry said it would present a new management plan for the site to UNESCO before the end of the year.''',
 [("Petra has recovered faster than any", "Ahmad Suleiman Al-Mahasneh"),
  ("The numbers are encouraging, but we", "Ahmad Suleiman Al-Mahasneh"),
  ("a strict daily cap", "Omar Al-Nawafleh"),
  ("Please do not ride animals on", None),
  ("Last spring I worked four days", "Rania Al-Hasanat"),
  ("Now I turn groups away", "Rania Al-Hasanat"),
  ("Tourists come, they take photos, they", "Suleiman Al-Bdoul"),
  ("We need them to sleep in", "Suleiman Al-Bdoul"),
  ("The site cannot absorb unlimited numbers", "Lina Haddadin"),
  ("The sandstone is soft, and salts", "Lina Haddadin")]),

# 6 -- Saltwater intrusion in Basra, Al-Monitor style, straight quotes: farmer with age, ministry spokesman "told Al-Monitor", sheikh quoted from another outlet (partial), banner slogan, anonymous official, woman farmer, agronomist with two consecutive quotes
('''BASRA, Iraq — On the banks of the Shatt al-Arab south of Basra, the date palms that once made Abu al-Khasib famous are dying from the crown down. Saltwater pushed upriver from the Gulf has turned irrigation channels brackish, and farmers say this summer has been the worst in living memory.

"My grandfather planted these trees, and I am watching them die one by one," said Hussein Jabbar al-Eidani, 58, standing among rows of palms with browned, drooping fronds. "Salt is worse than war. In the war, at least the trees survived."

Upstream dams in Turkey and Iran, along with years of low rainfall, have reduced the flow of fresh water into the Shatt al-Arab, allowing the tide to carry salt dozens of kilometers inland.

Ali Radhi al-Saadi, spokesman for the Ministry of Water Resources, told Al-Monitor that Baghdad had increased releases from the Tigris over the past month. "We have released everything we can without emptying the reservoirs that Baghdad and the middle provinces depend on," he said.

Local leaders say that is not enough. Sheikh Muzahim al-Tamimi, a tribal leader in the district, told the Iraqi outlet Shafaq News that farmers had been "left to face the salt alone" while officials in the capital argued over budgets.

Last week, dozens of farmers blocked the road to Umm Qasr port for several hours, carrying banners that read "Water is life, salt is death."

A senior official in the Basra governorate, speaking on condition of anonymity because he was not authorized to talk to the media, said a long-promised barrage at the mouth of the river had never moved beyond feasibility studies. "Everyone knows the barrage has been on paper since 2010. The money always goes somewhere else," he said.

Zainab Hashem, whose family grows tomatoes and okra between the palm rows, said they had spent most of their savings on water trucks. "We bought water from tankers for the vegetables, but you cannot water 300 palms from a tanker," she said.

Dr. Ammar Kadhim al-Lami, an agronomist at the University of Basra, said salinity in some channels had reached levels close to that of seawater during high tide.

"Date palms tolerate some salinity, but not at these levels and not for months at a time," he said. "Once the roots are damaged, the tree cannot recover, even if the fresh water returns next year."

Iraq's palm population, once estimated at more than 30 million trees, has already been devastated by decades of war, sanctions and neglect. Farmers in Abu al-Khasib fear the salt will finish what the wars began, and some have already sold their land to developers building villas along the river.''',
 [("My grandfather planted these trees, and", "Hussein Jabbar al-Eidani"),
  ("Salt is worse than war", "Hussein Jabbar al-Eidani"),
  ("We have released everything we can", "Ali Radhi al-Saadi"),
  ("left to face the salt alone", "Muzahim al-Tamimi"),
  ("Water is life, salt is death", None),
  ("Everyone knows the barrage has been", "~official"),
  ("We bought water from tankers for", "Zainab Hashem"),
  ("Date palms tolerate some salinity, but", "Ammar Kadhim al-Lami"),
  ("Once the roots are damaged, the", "Ammar Kadhim al-Lami")]),

# 7 -- New Dubai low-cost airline, The National business style, straight quotes: "said X, the airline's chairman", "Ms Al Suwaidi said", partial from "told Reuters", company statement, two analysts, paragraph continuing with no cue
('''DUBAI // A new low-cost carrier backed by Emirati and Saudi investors plans to begin flights from Dubai World Central next spring, with an initial fleet of eight narrow-body aircraft serving 20 destinations in the Gulf, South Asia and East Africa.

Sahara Skies, which received its air operator certificate last week, unveiled its first aircraft livery at a launch event on Monday.

"There is still enormous unmet demand for affordable travel out of this region," said Rashid Obaid Al Falasi, the airline's chairman. "Millions of people here fly home two or three times a year, and they should not have to pay premium prices to do it."

Hessa Al Suwaidi, the chief executive and a former operations director at a regional carrier, said the airline would keep costs down by flying a single aircraft type, selling tickets only online and turning planes around in under 35 minutes.

"Our costs will be among the lowest in the world, and we will pass that on to passengers," Ms Al Suwaidi said. She said the first routes would be to Kozhikode, Karachi, Muscat and Addis Ababa.

In an interview with Reuters before the launch, Ms Al Suwaidi said the airline had "no intention of starting a fare war" with established budget carriers, arguing that the market was growing fast enough for all of them.

In a statement, Dubai Airports said it welcomed "any carrier that adds capacity and choice" at DWC, which is due to become the emirate's main airport over the next decade.

Analysts were more guarded. Tariq Hamdan, an aviation analyst at a Dubai consultancy, noted that several low-cost start-ups in the Gulf had collapsed within a few years of launching.

"The Gulf has seen low-cost carriers come and go. It is a graveyard as much as it is a market.

"Airport charges and fuel are the same for everybody. The winners are the ones with the cheapest capital and the most disciplined network planning."

Sara Al Marzooqi, a senior analyst at an Abu Dhabi investment bank, said the airline's backers were well funded but the timing was difficult, with aircraft delivery delays affecting carriers worldwide.

"The question is whether they can get the planes. Leasing rates for narrow-bodies have never been higher," she said.

Mr Al Falasi dismissed suggestions that the region was already saturated with budget airlines.

"We are not here to be the fifth of anything. We are here to be the first choice for people who count every dirham," he said.''',
 [("There is still enormous unmet demand", "Rashid Obaid Al Falasi"),
  ("Millions of people here fly home", "Rashid Obaid Al Falasi"),
  ("Our costs will be among the", "Hessa Al Suwaidi"),
  ("no intention of starting a fare", "Hessa Al Suwaidi"),
  ("any carrier that adds capacity and", "Dubai Airports"),
  ("The Gulf has seen low-cost carriers", "Tariq Hamdan"),
  ("Airport charges and fuel are the", "Tariq Hamdan"),
  ("The question is whether they can", "Sara Al Marzooqi"),
  ("We are not here to be", "Rashid Obaid Al Falasi")]),

# 8 -- Beirut bank hold-up by depositor, Arab News style, straight quotes: phone interview "told the local broadcaster", sister speaking outside, chant, banking association statement partial, depositors' group spokeswoman, caretaker minister, anonymous bank employee
('''BEIRUT: A Lebanese depositor held staff at a bank branch in Beirut's Hamra district for nearly five hours on Thursday, demanding access to his frozen savings, before negotiators secured the release of part of the money and he surrendered to security forces.

Walid Kanaan, a 47-year-old civil engineer, entered the branch shortly after it opened carrying a canister of petrol and a lighter, according to witnesses. No one was hurt.

Speaking by phone from inside the branch, Kanaan told the local broadcaster Al-Jadeed that he had $62,000 trapped in his account since 2019. "I don't want anyone's money but my own," he said. "My children have not been to a dentist in three years."

His sister, Rima Kanaan, waited outside behind a police cordon with dozens of supporters. "My brother is not a criminal," she told reporters. "He has knocked on every door for four years, and every door was closed."

As the standoff went on, the crowd outside chanted "Our money, our rights" and banged on the metal shutters of neighboring shops.

Since the country's financial collapse, banks have imposed informal limits on withdrawals, leaving depositors able to take out only small sums each month, often at a fraction of the real value of their savings.

The Association of Banks in Lebanon condemned what it called "the repeated assaults on bank branches and their employees" and said its members would close their branches for three days in protest.

Hala Nassar, a spokeswoman for a depositors' union that has organized protests outside the central bank, said such incidents would continue as long as there was no legal framework for returning deposits. "People are desperate. Four years have passed without a single law to protect them," she said.

Caretaker Interior Minister Fadi Mouawad said the state would not tolerate attacks on banks, but acknowledged the anger behind them. "The security forces will not allow hostage-taking, whatever the cause, but we also understand that people have reached the end of their patience," Mouawad said in a televised statement.

One bank employee, who was among those held inside and asked not to be named, said the staff had tried to calm Kanaan. "We are depositors too. Our salaries are stuck in the same system," she said.

Kanaan was taken to a police station in Beirut for questioning. His lawyer said he expected him to be released on bail.''',
 [("I don't want anyone's money but", "Walid Kanaan"),
  ("My children have not been to", "Walid Kanaan"),
  ("My brother is not a criminal", "Rima Kanaan"),
  ("He has knocked on every door", "Rima Kanaan"),
  ("Our money, our rights", None),
  ("the repeated assaults on bank branches", "Association of Banks in Lebanon"),
  ("People are desperate. Four years have", "Hala Nassar"),
  ("The security forces will not allow", "Fadi Mouawad"),
  ("We are depositors too. Our salaries", "~employee")]),

# 9 -- Egyptian fintech funding round, Daily News Egypt business style, straight quotes: company press release quote, CEO and COO, split quote "Farouk said", investor quoted "in the press release", app slogan, analyst, customer
('''Cairo-based fintech start-up Qisat has raised $28m in a Series B funding round led by Manama-based Dilmun Ventures, with participation from existing investors, the company announced on Wednesday.

"The funding is a strong vote of confidence in Egypt's digital economy and in the millions of Egyptians who have been left out of traditional banking," the company said in a press release.

Founded in 2020, Qisat offers instalment payment plans for household goods, school fees and medical procedures through a network of more than 9,000 merchants in 22 governorates. It says it has 1.4 million active users.

Mostafa El-Sherbiny, the company's co-founder and CEO, said the new capital would be used to expand into Upper Egypt and to launch a savings product next year.

"Eighty percent of Egyptians still don't have a credit card, but almost all of them have a smartphone," El-Sherbiny said. "We want to be the first financial relationship in their lives, not the last resort."

Co-founder and COO Dina Farouk said the company's lending model relied on alternative data, including mobile bill payment histories, rather than formal credit scores.

"Our default rate is below two percent," Farouk said, "and that's because we underwrite using how people actually live and pay, not how a bank imagines they do."

"Egypt is a market of more than 105 million people with a young, mobile-first population, and Qisat has shown it can grow responsibly," said Faisal Al-Rumaihi, managing partner at Dilmun Ventures, in the press release.

The company's advertising, which carries the slogan "Buy now, breathe later" on billboards across Cairo, has drawn criticism from some consumer advocates who say it encourages debt.

Yasmine Abou Zeid, head of research at a Cairo investment bank, said the buy-now-pay-later sector was growing rapidly but faced tighter oversight from the Financial Regulatory Authority. "Consumer lending is booming, but regulators are right to watch it closely when incomes are under this much pressure," she said.

For small merchants, the service has opened a new customer base. Karim Adel, who owns an electronics shop in Mansoura, said instalment sales now make up about 40 percent of his revenue.

"Before, I had to borrow from my suppliers to offer customers credit, and half the time I never got paid," he said.

Egyptian fintech start-ups raised a record amount last year despite a difficult macroeconomic environment, according to industry trackers, with payments and lending accounting for the bulk of deals.''',
 [("The funding is a strong vote", "Qisat"),
  ("Eighty percent of Egyptians still don't", "Mostafa El-Sherbiny"),
  ("We want to be the first", "Mostafa El-Sherbiny"),
  ("Our default rate is below two", "Dina Farouk"),
  ("and that's because we underwrite using", "Dina Farouk"),
  ("Egypt is a market of more", "Faisal Al-Rumaihi"),
  ("Buy now, breathe later", None),
  ("Consumer lending is booming, but regulators", "Yasmine Abou Zeid"),
  ("Before, I had to borrow from", "Karim Adel")]),

# 10 -- Byzantine mosaic found near Kiryat Gat, Times of Israel style, straight quotes: inscription text, two women excavation directors ("said Ohana", "Tzur added"), teenage volunteer, IAA statement, director "told Haaretz" partial, road company statement partial
('''A Byzantine-era church mosaic bearing a Greek inscription that names a woman as its sole donor has been uncovered during construction of a new highway interchange near Kiryat Gat, the Israel Antiquities Authority announced Monday.

The inscription, set in a medallion near the entrance to the church's central hall, reads "For the salvation of Theodora and her children, who offered this in gratitude," according to the excavators' translation.

The mosaic floor, dated to the late sixth century CE, also features vines, birds and a pair of peacocks flanking a wine jar.

"It's quite rare to find a woman named as the sole donor of a church floor," said Dr. Michal Ohana, one of the excavation's directors. "Usually you see a husband's name, or a bishop's, with the wife mentioned as an afterthought."

Dr. Sharon Tzur, who co-directed the dig, said the building was probably a rural church serving several farming families.

"We think the church served a village of vine growers. We found wine presses less than 200 meters away," Tzur added.

Dozens of high school students took part in the excavation as part of an IAA educational program. Noam Peretz, 17, from Sderot, was among the first to see the birds emerge from the soil.

"I was cleaning the dirt with a brush and suddenly there was a peacock looking at me," he said.

"The mosaic will be removed and conserved in the authority's laboratories, and we are examining options for displaying it to the public in the region," the Israel Antiquities Authority said in a statement.

IAA Director Yoav Dagan told Haaretz that the discovery showed "development and heritage can coexist" when archaeologists are brought in early in the planning of infrastructure projects.

Netivei Israel, the national roads company, said the works schedule would not be significantly affected and that the interchange was still expected to open next year.

Ohana said the team would now try to learn more about Theodora herself, possibly through other inscriptions in the area.

"She was clearly a woman of means, and she wanted to be remembered," she said. "Fifteen centuries later, she got her wish."''',
 [("For the salvation of Theodora and", None),
  ("It's quite rare to find a", "Michal Ohana"),
  ("Usually you see a husband's name", "Michal Ohana"),
  ("We think the church served a", "Sharon Tzur"),
  ("I was cleaning the dirt with", "Noam Peretz"),
  ("The mosaic will be removed and", "Israel Antiquities Authority"),
  ("development and heritage can coexist", "Yoav Dagan"),
  ("She was clearly a woman of", "Michal Ohana"),
  ("Fifteen centuries later, she got her", "Michal Ohana")]),

# 11 -- Women's soap cooperative in Karak, Jordan Times feature style, straight quotes: cooperative head, product label text, member named, minister quoted via Petra (partial), anonymous member, hotel buyer
('''KARAK — In a converted stone storeroom behind the municipal market, a dozen women stir vats of olive oil and lye, pouring the mixture into wooden moulds that will become bars of soap sold in hotels from the Dead Sea to Aqaba.

The Karak Women's Soap Cooperative began in 2016 with a small grant and a borrowed kitchen. It now sells more than 60,000 bars a year.

"We started with three women and one pot," said Huda Al-Majali, the cooperative's founder and president. "Today we are 42, and every one of us has her own income."

Each bar is wrapped by hand in brown paper and stamped with the words "Made by the women of Karak" in Arabic and English.

Sana Al-Tarawneh, 38, joined the cooperative five years ago after her husband lost his job at a cement factory. "I used to wait for my husband to give me money for everything," she said. "Now I buy my children's school supplies myself, and I don't ask anyone."

Social Development Minister Nisreen Al-Sarayrah visited the cooperative last month and described it as one of the "models that deserve to be replicated" across the southern governorates, according to the Jordan News Agency, Petra.

The ministry has since pledged to help the cooperative obtain certification that would allow it to export to European markets.

Not every family welcomed the idea at first. One member, a mother of five from a village outside the city, said she had kept her work secret for months.

"My husband was against it at the beginning. When he saw the first salary, he started driving me here himself," she said, laughing.

The cooperative's biggest customer is a group of resorts on the Dead Sea. Fadi Ghanem, the group's purchasing manager, said the soap had become a selling point with foreign guests.

"Guests ask where the soap comes from, and when we tell them, they buy ten more to take home," he said.

The women now hope to expand into shampoos and creams using local herbs such as sage and thyme, but they need a larger building and a new mixing machine.

Al-Majali said the cooperative had turned down offers of donations in favour of bank loans and contracts.

"We don't want charity. We want customers," she said.''',
 [("We started with three women and", "Huda Al-Majali"),
  ("Today we are 42, and every", "Huda Al-Majali"),
  ("Made by the women of Karak", None),
  ("I used to wait for my", "Sana Al-Tarawneh"),
  ("Now I buy my children's school", "Sana Al-Tarawneh"),
  ("models that deserve to be replicated", "Nisreen Al-Sarayrah"),
  ("My husband was against it at", "~member"),
  ("Guests ask where the soap comes", "Fadi Ghanem"),
  ("We don't want charity. We want", "Huda Al-Majali")]),

# 12 -- Khareef season in Salalah, Omani English daily in British style with single quotes: police statement, municipal official, hotel manager, Kuwaiti couple (husband and wife), warning sign, meteorologist, "she added"
('''SALALAH: More than 900,000 visitors have arrived in Dhofar since the start of the khareef season, according to official figures, putting heavy pressure on roads and accommodation as Gulf families flock south to escape the summer heat.

The Royal Oman Police issued a statement on Sunday warning drivers about fog on the mountain roads around Salalah. 'Motorists are urged to reduce speed, switch on their fog lights and avoid overtaking on bends,' the statement said.

Salim bin Ahmed Al Mashani, director of tourism promotion at Dhofar Municipality, said the authorities expected the season to break last year's record.

'We expect more than a million visitors before the end of August, most of them from the GCC,' he said. 'The roads were built for a town, and in these weeks we are a city.'

Hotels and furnished apartments across the governorate are almost fully booked. Aisha Al Kathiri, who manages a hotel near the corniche, said rates had risen sharply.

'We have been fully booked since the first week of July,' she said. 'Prices are high, yes, but our season is only three months long, and we must live the whole year from it.'

Among the visitors picnicking on the green slopes of Ittin on Saturday was Abdullah Al Enezi, who drove 1,800 kilometres from Kuwait with his wife and four children.

'In Kuwait it is 50 degrees. Here my children are wearing jackets,' he said, laughing.

His wife, Hind Al Enezi, said the family had been coming every summer for seven years. 'The traffic is worse every year,' she added, 'but the rain is worth it.'

At the spring of Ain Razat, where crowds gather around the pools, municipal workers have put up a sign reading 'Swimming prohibited - deep water' after two near-drownings last season.

Forecasters expect the drizzle and mist to continue until mid-September. Dr Khalid Al Hashmi, a meteorologist at the Civil Aviation Authority, said the fog would be heaviest in the early mornings.

'The fog will be thickest between midnight and nine in the morning, and visibility on the Jarziz road can drop below 50 metres,' he said.

The municipality has set up additional parking areas, public toilets and first aid points at the main tourist sites, and will run shuttle buses from the city centre to Wadi Darbat at weekends.''',
 [("Motorists are urged to reduce speed", "Royal Oman Police"),
  ("We expect more than a million", "Salim bin Ahmed Al Mashani"),
  ("The roads were built for a", "Salim bin Ahmed Al Mashani"),
  ("We have been fully booked since", "Aisha Al Kathiri"),
  ("Prices are high, yes, but our", "Aisha Al Kathiri"),
  ("In Kuwait it is 50 degrees", "Abdullah Al Enezi"),
  ("The traffic is worse every year", "Hind Al Enezi"),
  ("but the rain is worth it", "Hind Al Enezi"),
  ("Swimming prohibited - deep water", None),
  ("The fog will be thickest between", "Khalid Al Hashmi")]),

# 13 -- Embezzlement trial in Abu Dhabi, The National court style, curly quotes: unnamed defendant described, "told the court", prosecutor, defence lawyer, witness, judge, company statement partial
('''ABU DHABI // A former procurement manager accused of embezzling Dh4.6 million from a hospital group told the Abu Dhabi Criminal Court on Wednesday that he had been “made a scapegoat” by his superiors.

The defendant, a 46-year-old Jordanian whose name has not been released, is accused of approving payments to three supply companies that prosecutors say existed only on paper. He denies the charges.

“I signed what I was told to sign,” the defendant told the court through a translator. “Every invoice had two signatures above mine. Why am I the only one standing here?”

Prosecutor Maitha Al Shamsi said the defendant had registered the companies in the names of relatives and had used a personal email account to send tenders to them.

“The defendant created three companies in his cousins’ names and then awarded them contracts worth millions,” she told the court. “He was not a clerk following orders. He designed the scheme.”

The hospital group’s former finance director, Shamma Al Hosani, testified that she had raised concerns about one of the suppliers in an internal memo two years ago.

“I never approved a supplier I had not met, and nobody from that company ever came to a meeting,” Ms Al Hosani said.

Defence lawyer Ali Al Nuaimi asked the court to appoint an independent accounting expert to review the payments and argued that his client had returned part of the money voluntarily.

“My client has cooperated from the first day, and he returned Dh800,000 before he was even charged,” Mr Al Nuaimi said.

Capital Healthcare Group, which operates clinics and two hospitals in the emirate, said in a statement that it had “zero tolerance for financial misconduct” and was cooperating fully with the authorities.

Presiding Judge Saeed Al Kaabi adjourned the hearing until next month and ordered that an auditor from the Abu Dhabi Accountability Authority appear as a witness.

“The court will hear the auditor’s testimony before any decision on the defence’s request for an expert,” the judge said.

If convicted, the defendant faces a prison sentence and a fine equal to the amount embezzled, as well as deportation after serving his term.''',
 [("made a scapegoat", "~defendant"),
  ("I signed what I was told", "~defendant"),
  ("Every invoice had two signatures above", "~defendant"),
  ("The defendant created three companies in", "Maitha Al Shamsi"),
  ("He was not a clerk following", "Maitha Al Shamsi"),
  ("I never approved a supplier I", "Shamma Al Hosani"),
  ("My client has cooperated from the", "Ali Al Nuaimi"),
  ("zero tolerance for financial misconduct", "Capital Healthcare Group"),
  ("The court will hear the auditor’s", "Saeed Al Kaabi")]),

# 14 -- Saudi women's karting championship in Jeddah, Arab News sports-feature style, curly quotes: teen drivers with ages, coach, federation post on X (partial), trackside banner, mother, "the 19-year-old said"
('''JEDDAH: Twenty-three young women lined up on the grid at a karting circuit north of Jeddah on Friday for the final round of the Kingdom’s first national women’s karting championship, a series organizers say is meant to create a pipeline of Saudi female racing drivers.

Dana Al-Ghamdi, a 19-year-old engineering student, took the overall title after winning three of the season’s five rounds.

“The first time I sat in a kart, I was terrified of the noise,” she said after climbing out of her car, still in her helmet liner. “Now I think about nothing but the next corner.”

Jood Al-Harbi, 16, the youngest driver in the field, finished second overall despite starting the season with a borrowed kart.

“My brothers used to laugh at me when I said I wanted to race,” she said. “Now they ask me for tips.”

The drivers are trained by Abdulrahman Bakr, a former GCC karting champion who now runs an academy at the circuit.

“They are fearless in the corners, and they listen to feedback better than most of the boys I have trained. The difference now is only experience, and experience comes with time on the track,” Bakr said.

The Saudi Automobile and Motorcycle Federation described the championship in a post on X as “a new chapter for Saudi motorsport” and said a second season with more rounds would begin in the autumn.

Above the start line, a banner read “Drive your dream” in Arabic and English, next to images of the Kingdom’s Formula 1 circuit in Jeddah.

In the stands, Hanan Al-Ghamdi watched her daughter’s victory lap with tears in her eyes. She said she had been the one who first took Dana to the circuit, on a birthday outing four years ago.

“I was the one who was nervous, not her. I still close my eyes at the start of every race,” she said.

Women in Saudi Arabia were allowed to drive on public roads in 2018, and motorsport has since become part of the Kingdom’s push to expand sport and entertainment under Vision 2030.

Dana said her goal was to race single-seaters in Europe within three years. “There is no road map for a Saudi woman in this sport yet,” the 19-year-old said, “so we will have to draw it ourselves.”''',
 [("The first time I sat in", "Dana Al-Ghamdi"),
  ("Now I think about nothing but", "Dana Al-Ghamdi"),
  ("My brothers used to laugh at", "Jood Al-Harbi"),
  ("Now they ask me for tips", "Jood Al-Harbi"),
  ("They are fearless in the corners", "Abdulrahman Bakr"),
  ("a new chapter for Saudi motorsport", "Saudi Automobile and Motorcycle Federation"),
  ("Drive your dream", None),
  ("I was the one who was", "Hanan Al-Ghamdi"),
  ("There is no road map for", "Dana Al-Ghamdi"),
  ("so we will have to draw", "Dana Al-Ghamdi")]),

# 15 -- Rebuilding Derna after the flood, Al-Monitor style, curly quotes: resident woman, engineer with "he said", reconstruction fund statement on Facebook (partial), graffiti, elder quoted from the Libya Observer, anonymous UN official, resident returning at end
('''DERNA, Libya — Two years after floodwaters tore through the center of this eastern Libyan city, the wadi that split it in half is lined with new concrete embankments, and the skeletons of apartment blocks are rising on the eastern bank.

For Fatima al-Mansouri, the new buildings are a daily reminder of what was lost. She lives with her surviving son in a prefabricated unit on the city’s southern edge.

“Every morning I walk past where our building stood,” she said. “My mother, my sister and her three children were inside. They have never been found.”

The collapse of two aging dams above the city in September 2023 sent a wall of water through Derna, killing thousands of people. Reconstruction is being led by the Derna and Eastern Cities Reconstruction Fund, established by the authorities in the east of the country.

Abdelsalam al-Obeidi, a civil engineer working on the replacement of the upper dam, said the new structures were designed to withstand a far larger storm.

“The new dams are designed for a thousand-year flood, not a hundred-year flood,” he told Al-Monitor at the site. “What failed in September was not only concrete. It was maintenance, and it was warnings that nobody acted on.”

The reconstruction fund said in a statement posted on its Facebook page last week that work was “proceeding on schedule” and that the first families would receive keys to new apartments before the end of the year.

On a surviving wall near the old souk, someone has spray-painted “Derna will rise again” in large red letters, beside a list of names.

Many residents say they have not been consulted on the plans. Hajj Mohammed al-Shaari, an elder from one of the city’s old families, told the Libya Observer that “we lost a generation in one night, and now they decide our streets without asking us.”

A UN official in Benghazi, who spoke on condition of anonymity because of the sensitivity of the subject, said investigations into the dam failures had stalled.

“Reconstruction without accountability will not heal this city. People want to know who ignored the reports,” the official said.

Al-Mansouri said she was grateful for the new roads but wanted answers first.

“They built new roads before they told us what happened to our families,” she said.''',
 [("Every morning I walk past where", "Fatima al-Mansouri"),
  ("My mother, my sister and her", "Fatima al-Mansouri"),
  ("The new dams are designed for", "Abdelsalam al-Obeidi"),
  ("What failed in September was not", "Abdelsalam al-Obeidi"),
  ("proceeding on schedule", "Derna and Eastern Cities Reconstruction Fund"),
  ("Derna will rise again", None),
  ("we lost a generation in one", "Mohammed al-Shaari"),
  ("Reconstruction without accountability will not heal", "~official"),
  ("They built new roads before they", "Fatima al-Mansouri")]),

# 16 -- Egyptian film wins festival prize, Daily News Egypt culture style, curly quotes: film title, director, lead actress, jury president partial, critic quoted from her review ("wrote"), festival director's statement, closing acceptance speech
('''Egyptian director Youssef Hamdy Shaker’s second feature, “The Salt Road,” won the Golden Star for best Arab film at the Red Sea coast film festival in Hurghada on Saturday, capping a strong year for independent Egyptian cinema.

The film follows a family of fishermen on Lake Bardawil in North Sinai over a single season, as the salt works that employ their neighbours threaten to close.

“I wanted to make a film about people who are always in the background of our cinema,” Shaker said at a press conference before the awards ceremony. “Everyone told me a film about fishermen would never find a distributor. Well, here we are.”

Lead actress Menna Rashwan, who plays the family’s eldest daughter, spent months in the lakeside villages preparing for the role.

“I spent three months living with the families there,” Rashwan said. “They taught me how to read the water, how to mend a net, and how to stay silent when the men are talking and then do exactly what you want afterwards.”

Lebanese director Joumana Sfeir, who headed the jury, called the winner “a film of rare patience” and praised its use of non-professional actors alongside Rashwan.

The film had already drawn attention from Egyptian critics after its world premiere in the spring. In a review for the Cairo daily Al-Shorouk, critic Nermeen Fawzy wrote: “Shaker trusts his audience, which is the rarest quality in a young director. He never explains what the landscape already tells us.”

Festival director Amr Sallam said this year’s competition had received a record 640 submissions from 19 Arab countries.

“This year’s selection reflects a generation of filmmakers who are telling local stories without apologising for them,” Sallam said in a statement.

Other prizes went to a Tunisian documentary about a women’s football team and a Jordanian short about a night bus driver in Amman.

Accepting the award, Shaker thanked the residents of the villages around the lake, several of whom appear in the film and had travelled to Hurghada for the ceremony.

“This prize belongs to the fishermen of Bardawil. They gave us their faces and their stories, and they asked for nothing,” he said, holding the trophy above his head.

The film is due to be released in Egyptian cinemas next month.''',
 [("I wanted to make a film", "Youssef Hamdy Shaker"),
  ("Everyone told me a film about", "Youssef Hamdy Shaker"),
  ("I spent three months living with", "Menna Rashwan"),
  ("They taught me how to read", "Menna Rashwan"),
  ("a film of rare patience", "Joumana Sfeir"),
  ("Shaker trusts his audience, which is", "Nermeen Fawzy"),
  ("This year’s selection reflects a generation", "Amr Sallam"),
  ("This prize belongs to the fishermen", "Youssef Hamdy Shaker")]),

# 17 -- Shabbat buses in Petah Tikva, Times of Israel style, curly quotes: deputy mayor with two quotes, ultra-Orthodox councilman and his Facebook post, protest placards, ministry statement, student, secular activist with split quote
('''The Petah Tikva city council voted 15-12 late Tuesday to launch a municipal bus service on Friday nights and Saturdays, making it the latest major city in central Israel to offer public transportation on Shabbat despite fierce opposition from religious parties.

The service, which will run on four routes connecting residential neighborhoods to the city center, beaches and the light rail, will begin next month on a trial basis and will be free of charge.

“Thirty percent of our residents don’t own a car,” said Deputy Mayor Gilad Sharabi, who sponsored the proposal. “Today, if you don’t have a car on Shabbat, you are a prisoner in your apartment.”

Councilman Rabbi Yehuda Gefen, who heads the ultra-Orthodox faction on the council, said the decision broke a decades-old status quo.

“This is a city with a Jewish soul, and you have just sold part of it for a bus line,” Gefen said during the stormy debate.

He later wrote on Facebook: “Whoever wants Tel Aviv can move to Tel Aviv. We will appeal this decision in every forum.”

Dozens of ultra-Orthodox protesters gathered outside City Hall during the vote, holding placards that read “Shabbat is not for sale.”

The Transportation Ministry said in a response that “the ministry will examine the plan in accordance with the law” and noted that municipal shuttles operated by cities are not subject to the ban on public transport on Shabbat that applies to national bus lines.

Tamar Weiss, a 23-year-old university student who lives in the city’s north, said she currently pays for taxis to reach her weekend job.

“I work Saturdays at a café in Tel Aviv, and half my salary goes on taxis,” she said.

Orit Levi-Amar, who heads the local Shabbat for All forum, said the service would not affect religious neighborhoods, where the buses will not run.

“Nobody is forcing anyone to ride a bus,” Levi-Amar said. “Religious coercion runs in one direction in this country, and tonight that changed a little.”

Similar services in Tel Aviv, Haifa and several other cities have carried millions of passengers since the first lines were launched, according to municipal figures.''',
 [("Thirty percent of our residents don’t", "Gilad Sharabi"),
  ("Today, if you don’t have a", "Gilad Sharabi"),
  ("This is a city with a", "Yehuda Gefen"),
  ("Whoever wants Tel Aviv can move", "Yehuda Gefen"),
  ("Shabbat is not for sale", None),
  ("the ministry will examine the plan", "Transportation Ministry"),
  ("I work Saturdays at a café", "Tamar Weiss"),
  ("Nobody is forcing anyone to ride", "Orit Levi-Amar"),
  ("Religious coercion runs in one direction", "Orit Levi-Amar")]),

# 18 -- Zaatari refugees win university scholarships, Jordan Times style, curly quotes: student and friend, unnamed father, programme director with quote continuing in the next paragraph, UNHCR spokesperson, mural text, closing quote from the student
('''MAFRAQ — Hiba Al-Zoubi was 10 years old when her family crossed the border from Daraa into Jordan. Last week, the 20-year-old became one of 35 Syrian refugees from Zaatari camp to win full scholarships to study engineering and medicine at Jordanian universities.

“In the camp, you learn to study with noise all around you,” she said, sitting in the caravan she shares with her parents and five siblings. “When the email came, I read it ten times before I told anyone.”

Her friend and neighbour Aya Al-Hariri, who also applied, said Hiba had spent the past two years studying late into the night.

“Hiba studied under one light bulb while the rest of us were asleep. She deserves this more than anyone I know,” Al-Hariri said.

Hiba’s father, a former wheat farmer who asked not to be named, said he had never imagined one of his children at university. “I left school at twelve to work in the fields. My daughter will be an engineer,” he said.

The scholarships are funded by the Horizons Scholarship Programme, which covers tuition, transport and a monthly allowance for refugee students in Jordan.

“These young people have done everything that was asked of them and more,” said Rasha Qudah, the programme’s director. “They passed the Tawjihi in overcrowded classrooms, often while working to support their families.

“What they lack is not talent. It is opportunity, and it is money.”

According to the UN refugee agency, access to higher education remains limited for refugees worldwide. “Only about seven per cent of refugees of university age are enrolled in higher education,” UNHCR spokesperson Lina Abu Taleb told The Jordan Times.

Zaatari, home to about 80,000 Syrians, has schools run with the support of UN agencies, but few graduates have been able to continue their studies because of the cost.

On the wall of one of the camp’s schools, a mural painted by students shows a girl holding a book, beneath the words “Education is our way home.”

Hiba, who will study civil engineering in Irbid, said she hoped one day to help rebuild Syria.

“I want to build bridges, literally. That is the only kind of engineering I think about,” she said.''',
 [("In the camp, you learn to", "Hiba Al-Zoubi"),
  ("When the email came, I read", "Hiba Al-Zoubi"),
  ("Hiba studied under one light bulb", "Aya Al-Hariri"),
  ("I left school at twelve to", "~father"),
  ("These young people have done everything", "Rasha Qudah"),
  ("They passed the Tawjihi in overcrowded", "Rasha Qudah"),
  ("What they lack is not talent", "Rasha Qudah"),
  ("Only about seven per cent of", "Lina Abu Taleb"),
  ("Education is our way home", None),
  ("I want to build bridges, literally", "Hiba Al-Zoubi")]),

# 19 -- Kuwait tightens expatriate driving licences, The National style, curly quotes: police brigadier, Kuna statement partial, expatriate residents named, anonymous delivery driver, columnist quoted from Al Qabas, pronoun-only follow-up
('''KUWAIT CITY // Kuwait will stop renewing driving licences for thousands of foreign residents who no longer meet salary and job requirements, under rules announced by the Ministry of Interior on Sunday.

The new rules require expatriates to earn at least 600 Kuwaiti dinars a month, hold a university degree and have lived in the country for two years before they can obtain or renew a licence. Exemptions apply to some professions, including doctors, nurses and domestic drivers.

“The roads of Kuwait were designed for a population half the size of today’s,” Brig Gen Fahad Al Mutairi, an assistant undersecretary for traffic affairs, told reporters. “Every solution must start with reducing the number of cars.”

In a statement carried by the Kuwait News Agency, Kuna, the ministry said the measures would “ease congestion and improve road safety” and that licences not meeting the requirements would be withdrawn when they expire.

Foreign residents make up about two-thirds of the country’s population of 4.9 million.

Mahmoud Ragab, an Egyptian accountant who earns just below the threshold, said he would lose his licence in March.

“I have driven in Kuwait for 14 years without a single accident,” he said. “If they take my licence, how do I take my children to school in Jahra?”

Maricel Santos, a Filipina nurse at a private hospital in Salmiya, said her exemption did not cover her colleagues in administrative jobs.

“My shifts end at midnight. There is no bus at that hour, and taxis are expensive,” Ms Santos said.

A delivery driver from India, who asked not to be named because he feared losing his residency, said the rules would cost him his livelihood. “Without a licence, I have no job. Without a job, I have no visa,” he said.

Some Kuwaitis question whether the measures will ease traffic at all. In a column in the daily Al Qabas, writer Dalal Al Roumi argued that the problem lay elsewhere. “Congestion is a planning failure, not a demographic one. We built a country for cars and then blamed the drivers,” she wrote.

Brig Gen Al Mutairi said exceptions would be considered case by case.

“Anyone who meets the conditions will keep his licence. The law is the same for everyone,” he said.''',
 [("The roads of Kuwait were designed", "Fahad Al Mutairi"),
  ("Every solution must start with reducing", "Fahad Al Mutairi"),
  ("ease congestion and improve road safety", "Ministry of Interior"),
  ("I have driven in Kuwait for", "Mahmoud Ragab"),
  ("If they take my licence, how", "Mahmoud Ragab"),
  ("My shifts end at midnight. There", "Maricel Santos"),
  ("Without a licence, I have no", "~driver"),
  ("Congestion is a planning failure, not", "Dalal Al Roumi"),
  ("Anyone who meets the conditions will", "Fahad Al Mutairi")]),

# 20 -- Ramadan iftar tents in Jeddah, Arab News style, curly quotes: imam with title, volunteers (two women), tent sign, anonymous labourer, charity statement partial, "the 27-year-old said"
('''JEDDAH: As the call to prayer for Maghrib sounds across the historic Al-Balad district, hundreds of men sit cross-legged on mats inside a long white tent, waiting to break their fast with dates, laban and bowls of rice and chicken.

The tent is one of 14 set up across Jeddah this Ramadan by the Khair Al-Balad Charitable Association, which says it serves about 6,000 meals every evening.

Sheikh Abdullah bin Saleh Al-Zahrani, the imam of a nearby mosque, visits the tent most evenings to lead prayers after the meal.

“Feeding a fasting person is among the most rewarded deeds in this blessed month,” he said. “It does not matter where he comes from or what language he speaks. At this table, everyone is a guest of God.”

Behind the tent, in a rented kitchen, volunteers work in shifts from the late morning.

“We start cooking at 11 in the morning, and we don’t stop until the last plate goes out,” said Nouf Al-Otaibi, a 27-year-old pharmacist who coordinates the volunteers. “By Maghrib, we have 1,500 meals ready for this tent alone.”

A hand-painted sign above the entrance reads “Iftar for every fasting person” in Arabic, English, Urdu and Bengali.

Most of those who come are laborers and delivery workers far from their families. A construction worker from Bangladesh, who said he had not been home in six years, sat with a group of colleagues from the same company.

“My family is far, but here I feel I am eating with brothers,” he said.

In a statement, the association said its tents would serve “more than 180,000 meals” over the course of the month, funded by donations from individuals and companies through its website.

Reem Badr, a retired teacher who volunteers alongside her daughters, said the tradition ran in her family.

“My grandmother did this from her own kitchen in Al-Balad, with one pot and a lot of neighbors,” she said. “Now we have refrigerated trucks, but the idea is the same.”

As the last trays are cleared, Al-Otaibi sits down for the first time in hours.

“Honestly, I get more from this than the people I serve,” the 27-year-old said.''',
 [("Feeding a fasting person is among", "Abdullah bin Saleh Al-Zahrani"),
  ("It does not matter where he", "Abdullah bin Saleh Al-Zahrani"),
  ("We start cooking at 11 in", "Nouf Al-Otaibi"),
  ("By Maghrib, we have 1,500 meals", "Nouf Al-Otaibi"),
  ("Iftar for every fasting person", None),
  ("My family is far, but here", "~worker"),
  ("more than 180,000 meals", "Khair Al-Balad Charitable Association"),
  ("My grandmother did this from her", "Reem Badr"),
  ("Now we have refrigerated trucks, but", "Reem Badr"),
  ("Honestly, I get more from this", "Nouf Al-Otaibi")]),

# 21 -- Atlas earthquake villages still in tents, Al-Monitor style, curly quotes: translated quotes from Tamazight speakers, split quote "he said", painted slogan on tent, ministry statement via MAP (partial), anonymous local official, NGO head "told Hespress", engineer
('''AMIZMIZ, Morocco — Two winters after the earthquake that flattened her village in the High Atlas, Aicha Ait Lhaj still cooks on a gas ring inside a canvas tent pitched beside the rubble of her old home.

“We spent two winters in the tent, and the snow came inside both times,” she said in Tamazight, speaking through an interpreter. “The children were sick the whole season.”

The September 2023 earthquake killed nearly 3,000 people and damaged tens of thousands of homes, most of them in remote mountain villages built of stone and rammed earth. The government promised direct payments to affected families to rebuild.

Lahcen Oubella, a 52-year-old farmer in a neighboring hamlet, has built the walls of a two-room house but cannot afford a roof.

“They gave us the first instalment,” he said, “but the price of cement and iron has doubled since then, and the trucks charge double to come up the mountain.”

Across the tents that remain in the valley, residents have painted slogans in Arabic and French. One, on a tarpaulin facing the road, reads “We are still here.”

In a statement carried by the official Maghreb Arab Press agency, the Ministry of Housing said “more than 50,000 housing units have been completed or are under construction” in the affected provinces and that aid payments were continuing.

A local official in the province, who spoke on condition of anonymity because he was not authorized to speak to the press, said progress varied widely from one valley to another. “The villages at the top of the mountain are always the last. The engineers come once, and then the road closes for the winter,” he said.

Khadija Amzil, who heads a Marrakech-based association that supports women in the affected areas, told the news website Hespress that families were being pushed to abandon traditional building methods. “Rebuilding in concrete where people built in earth for centuries is not always progress,” she said.

Youssef Tazi, an engineer who has trained local masons in reinforced earth construction, agreed that the old methods could be adapted rather than discarded.

“Earth architecture can be made safe with the right foundations and timber bracing, and it keeps houses warm in winter and cool in summer,” he said. “Concrete boxes are freezing at this altitude.”

Back in her tent, Ait Lhaj said she no longer counted the months. She was waiting, she said, for a roof before the next snow.''',
 [("We spent two winters in the", "Aicha Ait Lhaj"),
  ("The children were sick the whole", "Aicha Ait Lhaj"),
  ("They gave us the first instalment", "Lahcen Oubella"),
  ("but the price of cement and", "Lahcen Oubella"),
  ("We are still here", None),
  ("more than 50,000 housing units have", "Ministry of Housing"),
  ("The villages at the top of", "~official"),
  ("Rebuilding in concrete where people built", "Khadija Amzil"),
  ("Earth architecture can be made safe", "Youssef Tazi"),
  ("Concrete boxes are freezing at this", "Youssef Tazi")]),

# 22 -- Coastal erosion in Alexandria, Egyptian daily style, curly quotes: governor, ministry spokesperson, title of a report, coastal scientist whose quote continues over two paragraphs, fisherman named and unnamed, cafe owner with two quotes
('''ALEXANDRIA — Work crews lowered the last concrete blocks into the sea off the Montaza district on Thursday, completing the latest stretch of a wave barrier meant to protect Alexandria’s corniche from storms that have grown more violent in recent winters.

“The sea walls we are building today will protect the corniche and the homes behind it for the next fifty years,” Alexandria Governor Ahmed Fouad Radwan said during an inspection tour of the site.

The project is part of a national coastal protection plan overseen by the Ministry of Water Resources and Irrigation. Ministry spokesperson Tamer Abdel Ghaffar said the barriers were designed after years of monitoring wave patterns.

“The concrete blocks are not a random choice. They are based on modelling of the strongest storms of the last three decades,” he said.

Scientists have repeatedly warned about Alexandria’s vulnerability. A recent study by a team of Egyptian and European researchers, titled “Alexandria at Risk,” found that building collapses in the city had risen sharply as seawater seeped into the ground beneath older neighbourhoods.

Dr Heba Ezzat, a coastal geologist at a university in the city and one of the study’s authors, said hard barriers had limits.

“Hard defences move the problem along the coast. They do not make it disappear.

“Every wall you build sends the waves somewhere else, usually to a beach where poorer people live or fish.”

Fishermen in the nearby Abu Qir bay say the blocks have already changed their catch. Hamdy Abu Zeid, who has fished the area for three decades, said the rocks had pushed fish away from the shore.

“The blocks killed the fish near the beach. Now we go further out, and the fuel costs us more than the fish is worth,” he said.

An older fisherman mending nets beside him nodded. “My father fished here, and his father, and I will be the last,” he said.

Residents along the corniche, however, mostly welcome the barrier. Shaimaa Lotfy, who runs a café in Miami district, said her business had been flooded twice in three years.

“In winter the waves come over the road and into the shop,” she said. “We were told to be patient, and we were patient, but we lost everything twice.”

The government says further sections of barrier will be built along the western coast over the next two years.''',
 [("The sea walls we are building", "Ahmed Fouad Radwan"),
  ("The concrete blocks are not a", "Tamer Abdel Ghaffar"),
  ("Hard defences move the problem along", "Heba Ezzat"),
  ("Every wall you build sends the", "Heba Ezzat"),
  ("The blocks killed the fish near", "Hamdy Abu Zeid"),
  ("My father fished here, and his", "~fisherman"),
  ("In winter the waves come over", "Shaimaa Lotfy"),
  ("We were told to be patient", "Shaimaa Lotfy")]),

# 23 -- Summer heat rules for outdoor workers in Qatar, Doha daily style, curly quotes: ministry statement, named inspector-director, site sign, named and unnamed workers, site manager, researcher whose quote runs on in the next paragraph without a cue
('''DOHA — The Ministry of Labour has carried out more than 1,200 inspections of construction sites in the first month of its summer working hours decision, closing 37 sites found to be making employees work outdoors during banned hours.

Under the decision, outdoor work is prohibited between 10am and 3:30pm from June 1 to September 15, and must stop at any time if the wet-bulb globe temperature rises above 32.1 degrees.

“Employers who violate the decision will face the closure of the site for up to one month, in addition to other penalties provided for in the law,” the ministry said in a statement published on its website.

Mohammed Hassan Al Obaidly, director of the ministry’s labour inspection department, said teams were visiting sites at unannounced times, including early afternoon.

“Inspectors visited more than 1,200 sites in the first month alone, and we do not warn anyone in advance,” he said.

At a residential tower project in Lusail, a large sign beside the site office reads “Drink water every 20 minutes” in English, Arabic, Hindi, Nepali and Swahili.

Ram Bahadur Thapa, a 34-year-old steel fixer from Nepal, said conditions had improved since he first came to Qatar seven years ago. “At noon the steel gets so hot you cannot hold it. Now at least we stop,” he said.

A worker from Kenya on the same site, who did not want to give his name, said the rest area had made the biggest difference. “The rest area has air-conditioning now, and there is cold water and shade. Before, we sat under the trucks,” he said.

Site manager Walid Ghoneim said the rules had forced contractors to reorganise their schedules, with concrete pours now often done at night.

“We lose hours, but we don’t lose workers. That is a good trade,” Ghoneim said.

Dr Amal Al Sulaiti, a researcher in occupational health at a Doha university, said fixed calendar dates were a useful start but did not reflect real conditions on each site.

“A fixed calendar is a blunt instrument. Heat stress in May can be just as dangerous as in July.

“What matters is the wet-bulb temperature on each site, measured every hour, not the date on the wall.”

The ministry said workers could report violations anonymously through its hotline and mobile application.''',
 [("Employers who violate the decision will", "Ministry of Labour"),
  ("Inspectors visited more than 1,200 sites", "Mohammed Hassan Al Obaidly"),
  ("Drink water every 20 minutes", None),
  ("At noon the steel gets so", "Ram Bahadur Thapa"),
  ("The rest area has air-conditioning now", "~worker"),
  ("We lose hours, but we don’t", "Walid Ghoneim"),
  ("A fixed calendar is a blunt", "Amal Al Sulaiti"),
  ("What matters is the wet-bulb temperature", "Amal Al Sulaiti")]),

# 24 -- Tunisian olive harvest and labour shortage, British-style outlet with curly single quotes: farmer with split quote, woman mill owner, ministry official, words printed on bottles, unnamed trader with two quotes, state oil office statement via TAP (partial)
('''SFAX, Tunisia – Tunisia is on course for one of its largest olive harvests in a decade, but farmers in the country’s central olive belt say they cannot find enough hands to bring the crop in before the winter rains.

‘This year the trees were generous,’ said Moncef Ben Salah, 63, standing among rows of Chemlali trees outside Sfax, their branches bowed with fruit, ‘but the pickers are gone. The young men are in Europe or in the cafés.’

Ben Salah said he was paying pickers nearly twice what he paid three years ago and was still short of a dozen workers.

At a mill on the outskirts of the city, the presses have been running almost without a break since November. Samia Jlassi, who took over the business from her father, said she had added a night shift.

‘We are running 20 hours a day, and the queue of tractors outside never gets shorter,’ she said.

Hatem Bouzid, a senior official at the agriculture ministry, said the country expected to produce around 340,000 tonnes of oil this season. ‘Tunisia will export about 200,000 tonnes if prices hold, which would make this one of our best years,’ he told reporters in Tunis.

Most of that oil leaves the country in bulk tankers, to be blended and bottled abroad. Only a small share is sold in bottles bearing the words ‘Produit de Tunisie’ on the label.

A trader in Sfax who buys from dozens of small farms, and who asked not to be named because of his business relationships, put it bluntly. ‘The Spanish and Italians buy our oil in tankers,’ he said. ‘Then they sell it back to the world with their own flag on the bottle.’

Jlassi said she was trying to change that, one pallet at a time.

‘My father sold everything in bulk, and so did everyone of his generation,’ she said. ‘I have started bottling our best oil under our own name, and a shop in Lyon now takes a hundred cases a month.’

The state-run National Oil Office, quoted by the TAP news agency, said laboratory tests had confirmed the ‘premium quality of this season’s crop’ and urged exporters to invest in packaging and branding.

Tunisia is among the world’s largest olive oil exporters, and the sector provides seasonal income for hundreds of thousands of families in the centre and south of the country.''',
 [("This year the trees were generous", "Moncef Ben Salah"),
  ("but the pickers are gone", "Moncef Ben Salah"),
  ("We are running 20 hours a", "Samia Jlassi"),
  ("Tunisia will export about 200,000 tonnes", "Hatem Bouzid"),
  ("Produit de Tunisie", None),
  ("The Spanish and Italians buy our", "~trader"),
  ("Then they sell it back to", "~trader"),
  ("My father sold everything in bulk", "Samia Jlassi"),
  ("I have started bottling our best", "Samia Jlassi"),
  ("premium quality of this season’s crop", "National Oil Office")]),

# 25 -- Sidon bookshop reopens after fire, British-style outlet with curly single quotes: owner with quote over two paragraphs, daughter's Instagram post, sign in window, book title, unnamed student, municipality statement (partial), owner's closing quote
('''SIDON, Lebanon – The smell of smoke has finally gone from Maktabat al-Nour, the narrow bookshop in Sidon’s old souk that has sold books, newspapers and school supplies to the city for more than ninety years.

Eight months after an electrical fire gutted the shop’s back room and destroyed thousands of volumes, its owner, Khalil Bitar, reopened the doors on Saturday to a crowd of neighbours, former customers and students.

‘My father opened this shop in 1931 with two shelves and a table,’ said Bitar, 72, leaning on the counter he has stood behind since he was a boy. ‘The fire took the shelves but it did not take the shop.

‘The shop is the people who come in. They came back, so we are back.’

The restoration was paid for largely by small donations from around the world after his daughter, Nour Bitar, posted photographs of the charred shelves online.

‘Thank you to every stranger who sent a dollar, a book or a kind word. You rebuilt this place with us,’ she wrote on Instagram on the eve of the reopening.

Speaking in the shop, she said the response had overwhelmed the family. ‘People sent money from Montreal, from Sydney, from Dakar. Some of them had bought their school books here forty years ago,’ she said.

A handwritten sign taped to the window reads ‘Open again, thanks to you’ in Arabic, French and English.

Among the few books saved from the back room was a water-stained first Arabic edition of Gibran’s ‘The Prophet’, which now sits in a glass case by the door.

A literature student from the Lebanese University, browsing the second-hand shelves, said the shop was one of the last places in the city to find out-of-print works. ‘You can’t find these old editions anywhere else, not even online,’ she said.

Saida Municipality said in a statement that it had helped clear the debris and would list the shop among the city’s heritage sites, describing it as ‘a part of Saida’s memory’ that had to be protected.

Lebanon’s economic collapse has forced many independent bookshops to close, as the cost of imported paper and books has soared and readers have less to spend.

Bitar said he had no plans to retire.

‘Books are patient. They wait for their reader, and I will wait with them,’ he said.''',
 [("My father opened this shop in", "Khalil Bitar"),
  ("The fire took the shelves but", "Khalil Bitar"),
  ("The shop is the people who", "Khalil Bitar"),
  ("Thank you to every stranger who", "Nour Bitar"),
  ("People sent money from Montreal, from", "Nour Bitar"),
  ("Open again, thanks to you", None),
  ("You can’t find these old editions", "~student"),
  ("a part of Saida’s memory", "Saida Municipality"),
  ("Books are patient. They wait for", "Khalil Bitar")]),
]
# fmt: on

# fmt: off
STORIES_CG = [
# 1 -- Karnataka Assembly walkout over drought relief; PTI wire style, straight quotes; "X said", split quote, unattributed continuation paragraph, chanted slogan, partial quote, "the Speaker said"
('''Bengaluru, Jul 14 (PTI) Opposition members staged a walkout in the Karnataka Legislative Assembly on Monday, accusing the government of delaying drought relief to farmers in 11 northern districts.

Leader of the Opposition R Basavaraj Hosmani said the state had released only a fraction of the Rs 2,400 crore announced in March. "The farmers of Kalaburagi and Raichur are still waiting for the first instalment. Announcements do not fill granaries," Hosmani said.

Members of the opposition then trooped into the well of the House raising slogans of "Raitha virodhi sarkara" (anti-farmer government) before walking out.

Revenue Minister Smt Lakshmi Narayanappa rejected the charge. "Every rupee sanctioned has been transferred through DBT to verified beneficiaries," she said, "and the remaining amount will reach accounts before the end of this month."

She said the delay was due to verification of land records in 340 villages where the survey had thrown up discrepancies between the names of cultivators and the owners on record.

"We cannot release public money to ghost accounts. That is exactly what the previous government did, and the Lokayukta is still investigating it."

Speaker M Chandrashekar Gowda appealed to members to return to their seats before adjourning the House for 15 minutes. "The House cannot function if members keep coming into the well on every issue," the Speaker said.

Outside the Vidhana Soudha, JD(S) legislator Vanitha Kengeri told reporters that the opposition would take the matter to the people. "We will hold protests in every taluk headquarters from next week," said Kengeri, who represents the Sindhanur constituency.

Hosmani later said the government had "lost touch with the ground reality" in the drought-hit districts and demanded a special session on the crisis.

A farmer leader from Raichur, Mallanna Pujar, who had travelled to Bengaluru to watch the proceedings from the visitors' gallery, said he was disappointed with both sides. "We came hoping for an answer. We are going back with slogans," he said.''',
 [("The farmers of Kalaburagi and Raichur", "R Basavaraj Hosmani"),
  ("Raitha virodhi sarkara", None),
  ("Every rupee sanctioned has been transferred", "Lakshmi Narayanappa"),
  ("and the remaining amount will reach", "Lakshmi Narayanappa"),
  ("We cannot release public money to", "Lakshmi Narayanappa"),
  ("The House cannot function if members", "M Chandrashekar Gowda"),
  ("We will hold protests in every", "Vanitha Kengeri"),
  ("lost touch with the ground reality", "R Basavaraj Hosmani"),
  ("We came hoping for an answer.", "Mallanna Pujar")]),

# 2 -- Supreme Court notice on state law regulating public assemblies; Indian Express legal-reporting style, curly quotes; "she submitted", "the judge said", words of a statute and of orders quoted (None), split quote by a judge, partial quote
('''New Delhi: The Supreme Court on Tuesday issued notice to the Madhya Pradesh government on a batch of petitions challenging a 2024 state law that requires organisers of any public gathering of more than 50 people to obtain permission from the district magistrate seven days in advance.

A bench of Justices Arvind Kumar Rastogi and Meenakshi Iyengar was hearing petitions filed by a farmers’ union, two student bodies and a civil liberties organisation.

Appearing for the petitioners, senior advocate Farida Kazmi argued that the law turned a fundamental right into a privilege granted at the discretion of an official. “The right to assemble peaceably and without arms is guaranteed by Article 19(1)(b). The State cannot make it subject to a permit raj,” she submitted.

Kazmi pointed to Section 4 of the Act, which allows the district magistrate to refuse permission if the gathering is “likely to cause inconvenience to the general public”.

“Every protest causes inconvenience. That is the point of a protest,” Kazmi said.

Justice Iyengar asked whether the petitioners had placed on record any instance of permission being refused. “Show us how the provision is being applied on the ground. We cannot strike down a law on apprehensions alone,” the judge said.

Advocate Rohan Deshpande, appearing for the student bodies, said at least 23 applications had been rejected in Bhopal and Indore since January. “In most cases the order gives no reasons at all,” he told the court.

Copies of the rejection orders placed on record show that several of them merely state that permission is “declined in view of law and order”.

Additional Advocate General Prashant Waghmare, appearing for Madhya Pradesh, defended the law. “The Act does not prohibit any protest. It only regulates time, place and manner, which this court has repeatedly upheld,” he said.

The bench asked the State to file a detailed affidavit within four weeks, including district-wise data on applications received, granted and refused.

“We would like to know how many applications were rejected and on what grounds,” Justice Rastogi said. “Both sides will then have a proper basis to argue.”

The matter will next be heard on August 19.

Outside the court, Tarun Mehra of the Bhopal-based People’s Forum for Civil Liberties, one of the petitioners, said the organisation was “hopeful but realistic” about the outcome.''',
 [("The right to assemble peaceably and", "Farida Kazmi"),
  ("likely to cause inconvenience to the", None),
  ("Every protest causes inconvenience.", "Farida Kazmi"),
  ("Show us how the provision is", "Meenakshi Iyengar"),
  ("In most cases the order gives", "Rohan Deshpande"),
  ("declined in view of law and", None),
  ("The Act does not prohibit any", "Prashant Waghmare"),
  ("We would like to know how", "Arvind Kumar Rastogi"),
  ("Both sides will then have a", "Arvind Kumar Rastogi"),
  ("hopeful but realistic", "Tarun Mehra")]),

# 3 -- Rail fare row between BJP and Congress; NDTV web style, straight quotes; post on X, "told NDTV", ministry statement, Ms/Mr later mentions, unnamed commuter described, "said X" inversion
('''New Delhi: A sharp exchange broke out between the BJP and the Congress on Wednesday after Congress general secretary Anupama Rathore described the Railways' revised fare structure as "a tax on the poor disguised as reform".

"Ordinary passengers in sleeper class will pay up to 18 per cent more from next month. Meanwhile, premium trains get new coaches every week. This is a government of the few, by the few," Ms Rathore wrote in a post on X.

BJP national spokesperson Devendra Pal Singh hit back within hours. "The Congress ran the Railways into the ground for decades and now wants to lecture us on passenger welfare," he told NDTV.

"Sleeper class fares have not been revised in five years. Even after this revision, Indian Railways remains among the cheapest in the world," Mr Singh said.

The Ministry of Railways, in a statement, said the revision was "modest and necessary" to meet rising operating costs, including the cost of electricity and staff salaries. "The increase works out to less than 3 paise per kilometre for sleeper class passengers. Suburban and monthly season ticket fares remain unchanged," the statement said.

Ms Rathore, responding to the BJP, said the government should publish the earnings of its premium trains before asking the poor to pay more. "If the Vande Bharat trains are making money, show us the accounts," she said.

Commuters at the New Delhi railway station had mixed views. "Thirty or forty rupees more is not nothing when you travel home four times a year," said a construction worker from Darbhanga who was waiting for a Bihar-bound train with his family.

Another passenger, a retired schoolteacher named Kamala Devi Prasad, said she had expected worse. "Prices of everything have gone up. I thought trains would also go up sooner or later," she said.

Left parties also criticised the move. CPI(M) MP Jayan Thomas Varghese said his party would raise the issue when Parliament meets for the winter session. "This is privatisation by stealth," he said.''',
 [("a tax on the poor disguised", "Anupama Rathore"),
  ("Ordinary passengers in sleeper class will", "Anupama Rathore"),
  ("The Congress ran the Railways into", "Devendra Pal Singh"),
  ("Sleeper class fares have not been", "Devendra Pal Singh"),
  ("modest and necessary", "Ministry of Railways"),
  ("The increase works out to less", "Ministry of Railways"),
  ("If the Vande Bharat trains are", "Anupama Rathore"),
  ("Thirty or forty rupees more is", "~worker"),
  ("Prices of everything have gone up.", "Kamala Devi Prasad"),
  ("This is privatisation by stealth", "Jayan Thomas Varghese")]),

# 4 -- Temple car festival caste dispute in Tamil Nadu village; The Hindu style with dateline and Mr./initials, curly quotes; unnamed resident, banner text, continuation paragraph, two-paragraph quote, "told The Hindu"
('''VILLUPURAM

Tension prevailed at Anaikulam village near Tindivanam on Sunday after Dalit residents alleged that they were prevented from taking part in the car festival of the village’s Sri Muthumariamman temple, prompting the district administration to deploy over 200 police personnel.

According to residents, a group of caste Hindus blocked the path of the temple car when youths from the colony tried to hold the ropes on Saturday evening. “We have contributed to the festival fund every year. But when it comes to pulling the car, they tell us to stand aside,” said K. Selvi, 42, a daily-wage worker who lives in the colony.

“This year our children decided they would not stand aside any more. That is all that happened.”

Another resident, who did not wish to be identified, said the dispute had been simmering for three years. “The elders have been assured again and again by officials. Nothing has changed,” he said.

A banner put up near the temple entrance on Saturday night read “Festival for all, no discrimination”, but it was removed by unidentified persons before dawn, residents said.

Villupuram Superintendent of Police R. Thenmozhi said the situation was under control. “Peace committee meetings have been held with both sides. Anyone trying to create trouble will be dealt with firmly,” she said. Two persons had been taken into custody for questioning, she added.

District Collector S. Aravind Prabhu, who visited the village on Sunday afternoon, said the temple was under the control of the Hindu Religious and Charitable Endowments Department and that every devotee had equal rights. “The car will be pulled on Tuesday, and every devotee who wishes to hold the rope will be allowed to do so.

“The administration will ensure that there is no discrimination of any kind, and officials will be present throughout the procession,” Mr. Prabhu said.

V. Murugesan, a member of the temple festival committee, denied that anyone had been stopped. “There was some pushing because of the crowd. It has been made into a caste issue by outsiders,” he told The Hindu.

Functionaries of the Viduthalai Chiruthaigal Katchi, who visited the colony, demanded the arrest of those responsible. “This is 2025, not 1925,” party district secretary P. Ilavarasi said.''',
 [("We have contributed to the festival", "K. Selvi"),
  ("This year our children decided they", "K. Selvi"),
  ("The elders have been assured again", "~resident"),
  ("Festival for all, no discrimination", None),
  ("Peace committee meetings have been held", "R. Thenmozhi"),
  ("The car will be pulled on", "S. Aravind Prabhu"),
  ("The administration will ensure that there", "S. Aravind Prabhu"),
  ("There was some pushing because of", "V. Murugesan"),
  ("This is 2025, not 1925", "P. Ilavarasi")]),

# 5 -- Delhi Police bust fake customer-care fraud racket; Hindustan Times city style, straight quotes; "said X, DCP", anonymous senior officer, victim with "the 58-year-old added", defence counsel, campaign tagline (None)
('''New Delhi: The Delhi Police have arrested six people, including a former bank employee, for allegedly running a fake customer-care racket that duped at least 300 people across 14 states of nearly Rs 4.2 crore, officers said on Thursday.

The accused allegedly posted fake helpline numbers of banks and e-commerce companies on search engines and persuaded callers to install screen-sharing applications, police said.

"The gang was operating out of two rented flats in Uttam Nagar and a call centre-style setup in Mohali. They used more than 90 SIM cards procured on forged documents," said Aishwarya Bhandari, deputy commissioner of police (IFSO).

Bhandari said the alleged kingpin, 34-year-old Naveen Sehrawat, had worked with a private bank's card division until 2021. "He knew exactly what questions customers ask and what would make them trust the caller," she said.

A senior police officer aware of the investigation, who asked not to be named, said the gang had kept detailed spreadsheets of its victims. "Each entry had the victim's name, the amount taken and which member made the call. They even calculated incentives for the callers," the officer said.

One of the complainants, Gurpreet Kaur Sandhu, a 58-year-old retired schoolteacher from Janakpuri, lost Rs 3.1 lakh in March after calling what she believed was her bank's helpline to block a lost debit card.

"The man was very polite and kept calling me ma'am. I never imagined he was a thief," she said.

"I have stopped answering calls from numbers I don't know. My son handles everything now," the 58-year-old added.

Sehrawat's counsel, advocate Pradeep Malik, said his client had been falsely implicated. "My client left the bank four years ago and has been running a mobile repair shop since then. The police have no direct evidence against him," Malik said.

Police said they were also examining the role of two bank employees who allegedly helped the gang open mule accounts. "We have written to the banks concerned and expect their response within a week," Bhandari said.

The Delhi Police have since launched an awareness campaign on social media with the tagline "Helpline Google pe nahi, card ke peeche dekhein" (look for the helpline on the back of your card, not on Google).''',
 [("The gang was operating out of", "Aishwarya Bhandari"),
  ("He knew exactly what questions customers", "Aishwarya Bhandari"),
  ("Each entry had the victim's name,", "~officer"),
  ("The man was very polite and", "Gurpreet Kaur Sandhu"),
  ("I have stopped answering calls from", "Gurpreet Kaur Sandhu"),
  ("My client left the bank four", "Pradeep Malik"),
  ("We have written to the banks", "Aishwarya Bhandari")]),

# 6 -- Uttarakhand CM flags off electric buses; ANI wire style, curly quotes; "Speaking to ANI, X said," colon-style intro, "he added", opposition statement, unnamed conductor, post on X, "the Chief Minister said"
('''Dehradun (Uttarakhand) [India], March 3 (ANI): Uttarakhand Chief Minister Shri Mahendra Singh Bisht on Monday flagged off 25 new electric buses for the hill districts and said the state aimed to convert its entire public transport fleet to clean energy by 2030.

Speaking to ANI after the event, CM Bisht said, “The mountains are our wealth and we have a duty to protect them. These buses will reduce pollution and also save fuel costs for the Transport Corporation.”

“In the coming months, Almora, Pithoragarh and Chamoli will also get charging stations,” he added.

Transport Minister Smt Rekha Joshi said the buses had been procured under a central scheme for electric mobility. “Each bus has a range of 180 kilometres on a single charge, which is enough for most of our hill routes,” she said.

The Congress, however, questioned the timing of the announcement. “The government remembers the hills only before elections. For two years buses on the Lohaghat route have been breaking down every other day,” state Congress spokesperson Sunita Kandpal said in a statement.

She said that a number of routes to remote villages had been discontinued due to a shortage of drivers and conductors.

Passengers at the Inter-State Bus Terminal welcomed the move. “The old buses would shake so much that elderly people would get sick on the way to Mussoorie,” said Devki Nautiyal, who travels regularly to Tehri to visit her daughter.

A conductor of the Uttarakhand Transport Corporation, who did not want to be named, said staff needed training. “Nobody has told us yet how to handle breakdowns on an electric bus in the middle of a ghat road,” he said.

Later in the day, the Chief Minister posted on X: “Today is a historic day for Devbhoomi. Clean transport, clean air, and a clean future for our next generation.”

Bisht also said the state would seek additional buses from the Centre for the Kumaon region. “We have written to the Centre for 100 more buses and I am confident the request will be considered,” the Chief Minister said.''',
 [("The mountains are our wealth and", "Mahendra Singh Bisht"),
  ("In the coming months, Almora, Pithoragarh", "Mahendra Singh Bisht"),
  ("Each bus has a range of", "Rekha Joshi"),
  ("The government remembers the hills only", "Sunita Kandpal"),
  ("The old buses would shake so", "Devki Nautiyal"),
  ("Nobody has told us yet how", "~conductor"),
  ("Today is a historic day for", "Mahendra Singh Bisht"),
  ("We have written to the Centre", "Mahendra Singh Bisht")]),

# 7 -- Bombay High Court grants bail to student activist; Indian Express court style, straight quotes; judge's order quoted ("wrote", "she wrote"), prosecutor's partial quote, speech transcript line quoted with the accused as speaker, "told The Indian Express", chant (None)
('''Mumbai: Justice Nandini Kelkar of the Bombay High Court on Friday granted bail to Zoya Parkar, a 24-year-old student activist arrested in February for allegedly inciting violence during a protest against the demolition of a slum in Govandi, observing that the prosecution had "failed to show even prima facie" that she had exhorted anyone to violence.

Parkar, a master's student at a city university, was booked under sections of the Bharatiya Nyaya Sanhita relating to rioting and obstructing public servants after a stone-pelting incident on February 11 in which four police personnel were injured.

"Mere presence at the site of a protest, or the use of strong words against a demolition drive, cannot by itself be construed as incitement," Justice Kelkar wrote in her 14-page order.

"The right to dissent is not extinguished because the dissent is inconvenient to the authorities," she wrote.

Appearing for Parkar, advocate Shirin Bharucha-Desai argued that the video footage relied on by the police showed her client addressing the crowd 40 minutes before the stone-pelting began. "There is not a single frame in which my client is seen throwing anything or urging anyone to throw anything," Bharucha-Desai told the court.

Additional Public Prosecutor Vinayak Salunkhe opposed the bail plea, arguing that Parkar had used "provocative language" in her speech. "The speech must be seen in its context. The crowd was already agitated and her words added fuel to it," Salunkhe said.

Justice Kelkar, however, noted that the transcript of the speech submitted by the police itself quoted Parkar as saying "we will not leave this place until they stop the bulldozers", a line which, the judge held, "is a statement of resolve, not a call to arms".

Parkar was directed to furnish a personal bond of Rs 25,000 and to report to the Govandi police station every Monday until the chargesheet is filed.

Her mother, Rukhsana Parkar, who was present in court, broke down after the order was pronounced. "Four months she was inside for speaking. I only want her to finish her studies now," she told The Indian Express.

Residents of the demolished settlement, many of whom had gathered outside the court, shouted "Ghar wapas do" (give our homes back) as Parkar's lawyers emerged from the building.''',
 [("failed to show even prima facie", "Nandini Kelkar"),
  ("Mere presence at the site of", "Nandini Kelkar"),
  ("The right to dissent is not", "Nandini Kelkar"),
  ("There is not a single frame", "Shirin Bharucha-Desai"),
  ("provocative language", "Vinayak Salunkhe"),
  ("The speech must be seen in", "Vinayak Salunkhe"),
  ("we will not leave this place", "Zoya Parkar"),
  ("is a statement of resolve, not", "Nandini Kelkar"),
  ("Four months she was inside for", "Rukhsana Parkar"),
  ("Ghar wapas do", None)]),

# 8 -- Bihar election rallies in Seemanchal; Hindustan Times politics style, curly quotes; rally speech quotes, partial quote, "she told the gathering", hoarding text (None), elderly farmer, unnamed nursing student, "told reporters"
('''Patna: With less than three weeks to go for the first phase of polling, the campaign in Bihar’s Seemanchal region heated up on Saturday as leaders of the ruling alliance and the opposition addressed back-to-back rallies in Purnea and Katihar districts.

Addressing a rally at Banmankhi, Deputy Chief Minister Rambabu Prasad Mandal listed the government’s achievements. “Twenty years ago, people here were afraid to step out after sunset. Today, there are roads, there is electricity, and your daughters are going to college on bicycles,” Mandal said, as supporters waved party flags.

He accused the opposition of “dividing society for votes” and claimed that the alliance would sweep all the seats in the region.

Barely 40 km away in Katihar, Rashtriya Janata Dal leader and former minister Shabnam Ara Khatoon focused on unemployment and migration. “They talk about roads. Ask them how many young people from Katihar are working in Surat and Ludhiana because there are no jobs here,” she told the gathering.

“Every family here has someone who has migrated. That is the real report card of this government,” Khatoon said.

A large hoarding at the venue read “Naukri do, palayan roko” (give jobs, stop migration).

Among the crowd at Banmankhi was Jagdish Mahto, a 67-year-old farmer, who said he had come to hear the Deputy CM but had not decided whom to vote for. “Leaders come, speak and go. We will see who comes back after the election,” he said.

A young woman in the crowd at Katihar, a nursing student who did not want to give her name, said employment was her main concern. “I will finish my course next year. I don’t want to go to Delhi for a job, but what choice is there?” she said.

Independent candidate Mohammed Irfan Alam, who is contesting from Kadwa, told reporters that both alliances had neglected flood-affected villages along the Mahananda. “Every year the river floods us and every year the leaders come with relief packets for the camera,” he said.

Polling in the region’s 24 constituencies will be held in the second and third phases.''',
 [("Twenty years ago, people here were", "Rambabu Prasad Mandal"),
  ("dividing society for votes", "Rambabu Prasad Mandal"),
  ("They talk about roads. Ask them", "Shabnam Ara Khatoon"),
  ("Every family here has someone who", "Shabnam Ara Khatoon"),
  ("Naukri do, palayan roko", None),
  ("Leaders come, speak and go.", "Jagdish Mahto"),
  ("I will finish my course next", "~student"),
  ("Every year the river floods us", "Mohammed Irfan Alam")]),

# 9 -- Lok Sabha passes inland fisheries bill amid walkout; PTI parliament style, straight quotes; minister's reply, "she asked", "what she called" partial quote, chair's remark, chanted slogan (None), "told reporters" partial
('''New Delhi, Dec 10 (PTI) The Lok Sabha on Tuesday passed the National Inland Fisheries Development Authority Bill amid a walkout by opposition members, who alleged that the legislation encroached on the powers of the states.

Replying to the debate, Union Fisheries Minister Satyendra Nath Pradhan said the bill would benefit nearly 2.8 crore people dependent on inland fisheries. "This bill does not take away a single power from the states. It creates a common platform for funding, research and marketing," Pradhan said.

"Fisheries is a state subject and we respect that. But rivers do not stop at state borders," he said.

Initiating the debate earlier in the day, Trinamool Congress MP Moumita Sen Chowdhury said the bill was "cooperative federalism in name and centralisation in practice".

"The authority will have 11 members, of whom only two will be nominated by the states. Where is the cooperation in that?" she asked.

DMK member A Kalaiselvi said the Tamil Nadu government had not been consulted before the bill was drafted. "We learnt about the draft from newspapers," Kalaiselvi said.

BJP member Pratima Thakur defended the bill, saying it would end what she called the "licence raj" of state fisheries departments and help small fish farmers get institutional credit.

When opposition members rushed to the Well raising slogans of "Federalism bachao", Chairperson Harbhajan Lal Verma urged them to return to their seats. "Please go back. The minister is replying to the points you raised," Verma said.

The bill was passed by a voice vote after the opposition members walked out. It will now be taken up in the Rajya Sabha.

Later, Pradhan told reporters outside Parliament that states would be "full partners" in the authority and that rules framed under the law would be finalised only after consulting them.''',
 [("This bill does not take away", "Satyendra Nath Pradhan"),
  ("Fisheries is a state subject and", "Satyendra Nath Pradhan"),
  ("cooperative federalism in name and centralisation", "Moumita Sen Chowdhury"),
  ("The authority will have 11 members,", "Moumita Sen Chowdhury"),
  ("We learnt about the draft from", "A Kalaiselvi"),
  ("licence raj", "Pratima Thakur"),
  ("Federalism bachao", None),
  ("Please go back. The minister is", "Harbhajan Lal Verma"),
  ("full partners", "Satyendra Nath Pradhan")]),

# 10 -- Kerala High Court on temple elephant guidelines; The Hindu style with dateline and Mr., curly quotes; judge's order ("wrote", "the judge observed"), past submission of counsel, "told The Hindu", activist, unnamed mahout, poster text (None)
('''KOCHI

The Kerala High Court on Wednesday declined to relax its guidelines on the parading of captive elephants during temple festivals, rejecting a batch of review petitions filed by temple committees and the Cochin Devaswom Board.

In the order authored for a Division Bench, Justice Sheeba Mathew wrote that “tradition cannot be invoked to justify cruelty to a sentient being”. The guidelines require a minimum distance of three metres between elephants and a rest period of at least 24 hours between two festivals.

“Nowhere in the petitions is it shown that the distance norm makes the conduct of any festival impossible. What is shown is only that it makes the festival less grand,” the judge observed.

Counsel for the Board, senior advocate K. Radhakrishna Menon, had argued during the hearing that several temples did not have the space to maintain the prescribed distance. “The temple premises were built centuries ago. We cannot demolish structures to comply with a measurement,” he had submitted.

Reacting to the verdict, Cochin Devaswom Board president M.K. Sudhakaran said the Board would consult legal experts on approaching the Supreme Court. “We respect the court. But the sentiments of lakhs of devotees must also be considered,” Mr. Sudhakaran told The Hindu.

Animal welfare activist Divya Ramachandran, one of the respondents, welcomed the order. “Elephants were being made to stand for 14 hours in the sun with chains cutting into their legs. This order will save lives,” she said.

A mahout who has worked with elephants for 22 years, and who did not wish to be named, said the rules had been framed without consulting those who handle the animals. “Nobody knows an elephant better than its mahout. They should have asked us,” he said.

Sajeev Kumar P., secretary of the festival committee of a temple in Thrissur, said the committee would go ahead with a scaled-down festival next month. “We will have five elephants instead of fifteen. The devotees will understand,” he said.

Posters reading “Save our Pooram” had come up in parts of Thrissur ahead of the hearing.''',
 [("tradition cannot be invoked to justify", "Sheeba Mathew"),
  ("Nowhere in the petitions is it", "Sheeba Mathew"),
  ("The temple premises were built centuries", "K. Radhakrishna Menon"),
  ("We respect the court. But the", "M.K. Sudhakaran"),
  ("Elephants were being made to stand", "Divya Ramachandran"),
  ("Nobody knows an elephant better than", "~mahout"),
  ("We will have five elephants instead", "Sajeev Kumar P."),
  ("Save our Pooram", None)]),

# 11 -- Maharashtra MLA defects from Sena (UBT) to BJP; Indian Express politics style, straight quotes; partial quotes, one-word scare-like quote with speaker, party statement, "told The Indian Express", anonymous leader, poster text (None), post on X
('''Mumbai: Three-time MLA Vasantrao Deshmukh-Jadhav on Sunday quit the Shiv Sena (UBT) and joined the BJP at a function in Mumbai, days before the crucial elections to local bodies in Marathwada.

Welcoming him into the party, BJP state president Madhukar Kulkarni said Deshmukh-Jadhav's decision reflected "the mood of the people of Marathwada". "People want development and stability. Leaders who have worked on the ground for decades understand this better than anyone," Kulkarni said.

Deshmukh-Jadhav said he had been "suffocating" in his old party for the past two years. "I was never consulted on ticket distribution in my own district. A worker can tolerate anything except being ignored," he said.

The Sena (UBT) hit back sharply. In a statement, the party said the legislator had left "for reasons best known to the Enforcement Directorate", in an apparent reference to an inquiry into a cooperative bank he controls.

Party spokesperson Priyanka Salvi said the Sena (UBT) had "sent him to the Assembly three times on the strength of Balasaheb's name". "He can change his party, but the people of Kinwat will not forget who made him," Salvi told The Indian Express.

A senior Sena (UBT) leader from Nanded, who did not wish to be named, admitted that the exit would hurt the party in the district. "He controls the cooperative bank and two sugar factories. Many sarpanches will follow him," the leader said.

Deshmukh-Jadhav's supporters celebrated outside his residence in Nanded, bursting firecrackers and putting up posters that read "Dada, tumhi pudhe chala" (Dada, you lead the way).

Later in the evening, Deshmukh-Jadhav posted on X: "A new beginning for Kinwat. Thank you to all my workers who stood with me."

The BJP is expected to field several of his supporters in the zilla parishad elections scheduled for next month.''',
 [("the mood of the people of", "Madhukar Kulkarni"),
  ("People want development and stability.", "Madhukar Kulkarni"),
  ("suffocating", "Vasantrao Deshmukh-Jadhav"),
  ("I was never consulted on ticket", "Vasantrao Deshmukh-Jadhav"),
  ("for reasons best known to the", "Shiv Sena (UBT)"),
  ("sent him to the Assembly three", "Priyanka Salvi"),
  ("He can change his party, but", "Priyanka Salvi"),
  ("He controls the cooperative bank and", "~leader"),
  ("Dada, tumhi pudhe chala", None),
  ("A new beginning for Kinwat.", "Vasantrao Deshmukh-Jadhav")]),

# 12 -- Punjab Governor returns bills, stand-off with state government; NDTV style, curly quotes; partial quote with "saying", Raj Bhavan statement, "told NDTV", several women speakers, constitutional expert, CM's post on X
('''Chandigarh: The stand-off between the Punjab government and Raj Bhavan escalated on Thursday after Governor Vishwanath Rao Kadam returned three bills passed by the Assembly, saying they required “further examination of their constitutional validity”.

In a statement, Raj Bhavan said the Governor had “acted strictly within the powers conferred on him by Article 200 of the Constitution”. “The Governor is not a rubber stamp. It is his constitutional duty to satisfy himself that a bill does not violate the Constitution,” the statement said.

Punjab Finance Minister Harpreet Kaur Dhillon said the government would approach the Supreme Court. “Three months he sat on these bills. Now he returns them a day before the session ends. This is not examination, this is obstruction,” she told NDTV.

Ms Dhillon said one of the bills, which concerned the appointment of vice-chancellors to state universities, had been drafted after consultation with senior legal experts.

“The elected government of Punjab is answerable to three crore Punjabis. The Governor is answerable to nobody,” she said.

Leader of Opposition Balwinder Singh Grewal accused both sides of playing politics with the state’s universities. “The government wants a confrontation because it has nothing else to show. And Raj Bhavan is giving it exactly that,” Mr Grewal said.

Professor Ritu Malhotra, who teaches constitutional law at Panjab University, said the Supreme Court had recently laid down clear timelines on the issue. “The court has made it clear that a Governor cannot keep bills pending indefinitely. Returning a bill with a message is permitted, but if the Assembly passes it again, the Governor has no choice,” she said.

Late in the evening, Chief Minister Gurmeet Singh Sidhu wrote in a post on X: “Punjab will not bow before unelected authority. We will pass these bills again.”

A special session of the Assembly is likely to be convened next week.''',
 [("further examination of their constitutional validity", "Vishwanath Rao Kadam"),
  ("acted strictly within the powers conferred", "Raj Bhavan"),
  ("The Governor is not a rubber", "Raj Bhavan"),
  ("Three months he sat on these", "Harpreet Kaur Dhillon"),
  ("The elected government of Punjab is", "Harpreet Kaur Dhillon"),
  ("The government wants a confrontation because", "Balwinder Singh Grewal"),
  ("The court has made it clear", "Ritu Malhotra"),
  ("Punjab will not bow before unelected", "Gurmeet Singh Sidhu")]),

# 13 -- MGNREGA wage protest in UP village; Hindustan Times state style, straight quotes; placard text (None), woman protest leader with continuation paragraph, several women speakers, pradhan "over the phone", BDO, "the SDM said", activist's one-word partial quote
('''Barabanki: Over 150 MGNREGA workers from Rasoolpur Khurd village in Barabanki district staged a sit-in outside the block office in Haidergarh on Monday, alleging that they had not been paid for work done more than five months ago while the village pradhan had shown payments to people who never worked.

The protesters, most of them women, carried placards that read "Kaam kiya, daam do" (we worked, pay us).

"We dug the pond in the summer heat for 40 days. Not one rupee has come into our accounts," said Shanti Devi, 45, who led the protest.

"When we went to the pradhan, he said the money would come from Lucknow. When we went to the bank, they said there is no money."

Another worker, Ramkali, 52, said her name appeared in the muster roll for a road project she had never worked on. "Someone else has taken my wages using my job card. I have not even seen that road," she said.

Pradhan Ashok Kumar Verma denied the allegations. "The delay is from the state's end, not mine. The payment files have been sent and the money will come," he said over the phone.

Block development officer (BDO) Neha Shukla said she had ordered an inquiry into the muster rolls of the last two years. "If fake entries are found, an FIR will be lodged and the amount will be recovered from those responsible," she said.

Sub-divisional magistrate (SDM) Rajeev Tripathi, who reached the spot in the afternoon, assured the protesters that pending wages would be released within 15 days. "I have spoken to the district administration. A team will verify every job card in the village by next week," the SDM said.

The protesters ended their sit-in after the assurance, but warned that they would return. "If the money does not come in 15 days, we will sit here again, and this time we will bring our children," Shanti Devi said.

Social activist Manoj Kumar Nishad, who works with rural labourers in the district, said delays in wage payment had become "routine" across the region.''',
 [("Kaam kiya, daam do", None),
  ("We dug the pond in the", "Shanti Devi"),
  ("When we went to the pradhan,", "Shanti Devi"),
  ("Someone else has taken my wages", "Ramkali"),
  ("The delay is from the state's", "Ashok Kumar Verma"),
  ("If fake entries are found, an", "Neha Shukla"),
  ("I have spoken to the district", "Rajeev Tripathi"),
  ("If the money does not come", "Shanti Devi"),
  ("routine", "Manoj Kumar Nishad")]),

# 14 -- Srinagar march for J&K statehood; BBC-style British copy with single curly quotes as main mark, Mr without stop; banner (None), "told the BBC", continuation paragraph, CM statement with partial quote, anonymous official twice, party spokeswoman, unnamed shopkeeper
('''Srinagar

Hundreds of people marched through the streets of Srinagar on Friday demanding the restoration of statehood to Jammu and Kashmir, in one of the largest political gatherings the city has seen in years.

Protesters carried banners reading ‘Statehood is our right’ and chanted slogans as they walked from Lal Chowk to the Press Enclosure, watched by a heavy police presence.

The march was organised by a coalition of regional parties and trade bodies. ‘We were promised statehood at the right time. We want to know when that right time will come,’ Tariq Hamid Wani, the coalition’s convenor, told the BBC.

‘Six years is long enough for any promise.’

Among the marchers was Shaista Bano, a 29-year-old schoolteacher from Sopore. ‘My students ask me who runs our state. I tell them I am not sure myself,’ she said.

Mr Wani’s coalition says that the elected government has limited powers under the current arrangement, with control over the police and the bureaucracy resting with the lieutenant governor.

The chief minister of the union territory, Irfan Ahmad Qadri, said in a statement that his government ‘shares the sentiment of the people’ but urged protesters to remain peaceful. ‘Our demand will be pursued through dialogue and through the courts, not on the streets,’ he said.

An official in the office of the lieutenant governor, speaking on condition of anonymity, said the issue was ‘for the central government to decide’.

‘The administration’s only concern today was that the march remained peaceful, and it did,’ the official said.

In Delhi, a spokeswoman for the Bharatiya Janata Party, Meera Saxena, said the government remained committed to statehood. ‘The prime minister has said it in Parliament. It will happen once conditions are right,’ she said.

Not everyone at the march was convinced it would make a difference. ‘Marches come and go. What has changed after the last one?’ said a shopkeeper in Lal Chowk, who pulled down his shutters as the crowd passed.''',
 [("Statehood is our right", None),
  ("We were promised statehood at the", "Tariq Hamid Wani"),
  ("Six years is long enough for", "Tariq Hamid Wani"),
  ("My students ask me who runs", "Shaista Bano"),
  ("shares the sentiment of the people", "Irfan Ahmad Qadri"),
  ("Our demand will be pursued through", "Irfan Ahmad Qadri"),
  ("for the central government to decide", "~official"),
  ("The administration’s only concern today was", "~official"),
  ("The prime minister has said it", "Meera Saxena"),
  ("Marches come and go. What has", "~shopkeeper")]),

# 15 -- Custodial death in Rajasthan, policemen suspended; PTI wire style, straight quotes; SP quoted twice, victim's brother ("the brother said"), chanted slogan (None), MLA with Shri, NHRC statement, unnamed relative
('''Jaipur, Aug 22 (PTI) Four policemen, including a station house officer, were suspended on Friday after a 31-year-old man died in police custody in Rajasthan's Dausa district, officials said.

Sohan Lal Meena was picked up on Wednesday night in connection with a theft case and was found unconscious in the lock-up of the Lalsot police station on Thursday morning. He was declared dead on arrival at the district hospital.

Superintendent of Police Kavita Rathore said a judicial magistrate had been requested to conduct an inquiry. "The SHO, a head constable and two constables have been suspended pending inquiry. The post-mortem has been conducted by a medical board and videographed," Rathore said.

"Whoever is found guilty will face the strictest action. There will be no cover-up," she said.

Meena's family alleged that he had been beaten in custody. "When I went to the police station on Wednesday night they did not let me meet him. In the morning they told me he was ill," said his elder brother, Ramesh Chand Meena.

"He had no case against him till now. He drove a tractor and fed his family," the brother said.

Villagers and members of the family blocked the Dausa-Lalsot road for nearly six hours, refusing to accept the body until their demands, including compensation of Rs 50 lakh and a government job for the widow, were met. Protesters raised slogans of "Police zulm band karo" (stop police atrocities).

Local MLA Shri Ramkishore Bairwa, who reached the spot, said he had spoken to the state home department. "I have assured the family that justice will be done. The government has agreed to an ex gratia of Rs 10 lakh," Bairwa said.

The National Human Rights Commission said it had taken suo motu cognisance of media reports about the death and issued notice to the state's director general of police, seeking a detailed report within two weeks. "The reported incident, if true, raises a serious issue of violation of human rights of the victim," the NHRC said in a statement.

The blockade was lifted late in the evening after the administration gave a written assurance. "We have accepted because the elders said so, but we will watch what happens," said a relative who did not want to be named.''',
 [("The SHO, a head constable and", "Kavita Rathore"),
  ("Whoever is found guilty will face", "Kavita Rathore"),
  ("When I went to the police", "Ramesh Chand Meena"),
  ("He had no case against him", "Ramesh Chand Meena"),
  ("Police zulm band karo", None),
  ("I have assured the family that", "Ramkishore Bairwa"),
  ("The reported incident, if true, raises", "National Human Rights Commission"),
  ("We have accepted because the elders", "~relative")]),

# 16 -- Odisha caste survey tabled in Assembly; Indian Express state style, curly quotes; "he said:" colon intro, Leader of Opposition "she asked", Congress chief, academic "told The Indian Express", report wording (None), placard slogan (None), anonymous official
('''Bhubaneswar: The Odisha government on Tuesday tabled the findings of its caste survey in the Assembly, showing that Other Backward Classes make up 47.8 per cent of the state’s population, and promptly announced a committee to review reservation in government jobs.

Tabling the report, Chief Minister Pradeep Kumar Mohapatra said: “For the first time we have data, not guesswork. Policy will now follow numbers.”

“No community will lose what it has today. But those who have been left behind will get their due,” Mohapatra said.

Leader of Opposition Sasmita Behera said the survey had been conducted in a hurry. “Enumerators in my constituency did not visit even half the households. How can a report prepared like this be the basis of reservation policy?” she asked.

The Congress welcomed the survey but demanded that the data on sub-castes be made public. “Releasing only broad categories defeats the purpose. Publish the full data,” state Congress president Sarat Chandra Tripathy said.

Sociologist Anuradha Panda of Utkal University said the numbers were broadly in line with earlier estimates. “The surprise is not the OBC share. It is the extent of landlessness among some of the smaller communities,” she told The Indian Express.

The report describes 23 communities as “extremely backward and socially isolated”, a category that did not exist in earlier government records.

Outside the Assembly, members of an OBC students’ organisation celebrated with placards saying “Jitni abadi, utna haq” (rights in proportion to population).

A senior official of the state’s welfare department, who asked not to be identified, said the data would take months to translate into policy. “The committee has to look at court rulings, the 50 per cent ceiling, everything. Nobody should expect an order next week,” the official said.

The committee, to be headed by a retired High Court judge, has been given six months to submit its recommendations.''',
 [("For the first time we have", "Pradeep Kumar Mohapatra"),
  ("No community will lose what it", "Pradeep Kumar Mohapatra"),
  ("Enumerators in my constituency did not", "Sasmita Behera"),
  ("Releasing only broad categories defeats the", "Sarat Chandra Tripathy"),
  ("The surprise is not the OBC", "Anuradha Panda"),
  ("extremely backward and socially isolated", None),
  ("Jitni abadi, utna haq", None),
  ("The committee has to look at", "~official")]),

# 17 -- MLA slaps toll plaza worker in Madhya Pradesh; NDTV style, straight quotes; sticker text (None), victim "told NDTV" plus continuation paragraph, video statement on X ("the MLA said"), SP, company statement partial quote, rival spokesperson, anonymous party leader
('''Bhopal: A case has been registered against Congress MLA Devendra Singh Parihar after a video showing him slapping an employee at a toll plaza on the Bhopal-Vidisha highway went viral on social media.

The 40-second clip, shot by a passenger in another car on Sunday evening, shows the legislator stepping out of his SUV, arguing with the toll booth staffer and then slapping him twice. A sticker reading "MLA Madhya Pradesh" can be seen on the vehicle's windshield.

The employee, 23-year-old Ankit Kushwaha, said he had only asked for the FASTag to be scanned again. "I told him politely that the tag was not reading and asked if he could pay in cash. He started abusing me and then hit me," Kushwaha told NDTV.

"I am doing this job for Rs 11,000 a month. Does that mean anyone can hit me?"

Parihar later posted a video statement on X. "I regret what happened. I lost my temper after being stopped for 20 minutes while I was rushing to see a sick relative," the MLA said.

He, however, claimed that the toll staff had misbehaved with his driver first. "Nobody is showing the part of the video where they abused my driver," he said.

Vidisha Superintendent of Police Mohit Agrawal said an FIR had been registered under sections relating to voluntarily causing hurt and criminal intimidation. "The law is the same for everyone. The statements of the victim and eyewitnesses have been recorded," Agrawal said.

The toll operator, Malwa Highways Private Limited, said in a statement that its employees "deserve to work with dignity and without fear" and that it would provide legal support to Kushwaha.

The ruling BJP was quick to attack the Congress. "This is the real face of the Congress. Arrogance is in their DNA," BJP state spokesperson Rashmi Chouhan said.

A senior Congress leader, speaking on condition of anonymity, said the party had sought an explanation from Parihar. "The party does not support what he did. He has been asked to apologise to the young man personally," the leader said.''',
 [("MLA Madhya Pradesh", None),
  ("I told him politely that the", "Ankit Kushwaha"),
  ("I am doing this job for", "Ankit Kushwaha"),
  ("I regret what happened. I lost", "Devendra Singh Parihar"),
  ("Nobody is showing the part of", "Devendra Singh Parihar"),
  ("The law is the same for", "Mohit Agrawal"),
  ("deserve to work with dignity and", "Malwa Highways Private Limited"),
  ("This is the real face of", "Rashmi Chouhan"),
  ("The party does not support what", "~leader")]),

# 18 -- Sessions court life terms in Tirunelveli honour killing case; The Hindu style with dateline and Mr./Ms., curly quotes; judge's verdict quoted incl. continuation paragraph, prosecutor "told reporters", defence counsel, survivor's message via lawyer, lawyer, victim's mother
('''TIRUNELVELI

Principal District and Sessions Judge R. Vasanthi on Monday sentenced five men, including the father and two brothers of a young woman, to life imprisonment for the murder of her husband in 2021, describing it as a crime “committed in the name of a false sense of honour”.

M. Karthikeyan, 26, a Dalit youth from Palayamkottai, was hacked to death near a bus stop in March 2021, four months after he married Divya, who belongs to an intermediate caste, against the wishes of her family.

“The accused did not act on a sudden provocation. The murder was planned over weeks, with the movements of the deceased watched and recorded,” the judge observed in the 112-page verdict.

“Society cannot allow the choice of a life partner to become a death sentence.”

Additional Public Prosecutor A. Jebakumar said the prosecution had examined 46 witnesses. “The testimony of Divya, who stood firm against her own family, was crucial. Without her courage this case could not have been proved,” Mr. Jebakumar told reporters.

Defence counsel T. Ganesan said the convicts would appeal against the verdict in the Madurai Bench of the Madras High Court. “There are serious contradictions in the evidence of the eyewitnesses, which the trial court has not considered,” he said.

Divya, now 24 and working as a staff nurse in Chennai, was not present in court. In a brief message shared through her lawyer, she said: “Karthik is not coming back. But I hope no other girl has to go through what I went through.”

Her lawyer, advocate Nirmala Devi Sundaram, said Divya had faced threats throughout the trial. “She was offered money, then threatened, then offered money again. She refused everything,” Ms. Sundaram said.

Karthikeyan’s mother, Muthulakshmi, wept outside the court complex as relatives tried to console her. “My son only loved someone. For that they killed him,” she said.

The court also directed the State to pay a compensation of ₹5 lakh to Divya under the victim compensation scheme.''',
 [("committed in the name of a", "R. Vasanthi"),
  ("The accused did not act on", "R. Vasanthi"),
  ("Society cannot allow the choice of", "R. Vasanthi"),
  ("The testimony of Divya, who stood", "A. Jebakumar"),
  ("There are serious contradictions in the", "T. Ganesan"),
  ("Karthik is not coming back.", "Divya"),
  ("She was offered money, then threatened,", "Nirmala Devi Sundaram"),
  ("My son only loved someone.", "Muthulakshmi")]),

# 19 -- Delhi water crisis blame game; ANI wire style, straight quotes; "Speaking to ANI, X said," intro, "Arora told ANI", Delhi Jal Board statement, resident named, unnamed woman in queue, anonymous Raj Niwas official, minister's post on X
('''New Delhi [India], June 12 (ANI): As several colonies in south and east Delhi continued to face acute water shortage on Wednesday, the ruling party and the opposition traded charges over who was responsible for the crisis.

Speaking to ANI, Delhi Water Minister Rajendra Pal Sehgal said, "Haryana has not released Delhi's full share of Yamuna water for the last ten days. The Wazirabad pond level has fallen by almost two feet."

"We are running tankers round the clock, but tankers cannot replace a pipeline," he said.

Leader of Opposition in the Delhi Assembly Suman Lata Arora blamed mismanagement by the government. "Every summer the same story. Every summer they blame a neighbouring state. What happened to the leaks they promised to fix?" Arora told ANI.

She alleged that nearly 40 per cent of the water supplied by the Delhi Jal Board was lost to leakage and theft.

The Delhi Jal Board, in a statement, said it had set up a central control room and deployed 1,200 tankers. "Residents facing shortage may call the helpline 1916. Tanker schedules for each area are being published daily on the Board's website," the statement said.

At Sangam Vihar, residents queued up with plastic containers from early morning. "We wait from 5 am. Sometimes the tanker comes at 11, sometimes it does not come at all," said Farzana Begum, a resident.

Another woman standing in the line, who did not give her name, said fights broke out almost daily. "Yesterday two women were injured fighting over a bucket. This is our life now," she said.

An official at Raj Niwas said the Lieutenant Governor had sought a report from the Delhi Jal Board. "The LG has asked for a ward-wise report on supply and tanker deployment by Friday," the official said.

Sehgal later wrote on X: "Have written to the Haryana Chief Minister once again requesting immediate release of water. Delhi cannot be made to suffer for politics."''',
 [("Haryana has not released Delhi's full", "Rajendra Pal Sehgal"),
  ("We are running tankers round the", "Rajendra Pal Sehgal"),
  ("Every summer the same story.", "Suman Lata Arora"),
  ("Residents facing shortage may call the", "Delhi Jal Board"),
  ("We wait from 5 am.", "Farzana Begum"),
  ("Yesterday two women were injured fighting", "~woman"),
  ("The LG has asked for a", "~official"),
  ("Have written to the Haryana Chief", "Rajendra Pal Sehgal")]),

# 20 -- Gram sabhas oppose coal block in Chhattisgarh; Hindustan Times style, curly quotes; gram sabha resolution wording (None), woman sarpanch, placard slogan (None), elderly woman, Collector "told HT", company statement partial + full quote, unnamed student, lawyer
('''Raipur: Residents of 11 villages in Chhattisgarh’s Korba district have passed gram sabha resolutions opposing a proposed coal block, setting the stage for a fresh confrontation between tribal communities and the state administration.

The resolution passed by the gram sabha of Kudridih village on Sunday states that the community “does not consent to the diversion of any part of its forest land for mining”.

“This forest is our mother. We get mahua, tendu leaves, medicine and firewood from it. If it goes, we go,” said Phoolmati Kanwar, the sarpanch of Kudridih, who presided over the meeting.

More than 600 people attended the meeting, held under a banyan tree at the edge of the forest. Many carried hand-painted placards saying “Jal, jangal, zameen hamara hai”.

Sukhmati Dhruv, 60, said her family had already been displaced once. “My grandfather was moved once for a dam. We will not move again,” she said.

Korba Collector Sanjeev Jha said the administration would follow the law. “No land will be acquired without following the due process under PESA and the Forest Rights Act. The gram sabhas’ concerns will be placed before the government,” he told HT.

The company named as the preferred bidder for the block, Kaveri Minerals and Power Ltd, said in a statement that it was “committed to the highest standards of rehabilitation and environmental safeguards”. “The project will generate over 2,000 direct and indirect jobs for local youth,” the statement added.

Not all young people in the village are convinced. “We are not against development. We are against development that only takes from us,” said a 22-year-old college student from Kudridih, who asked that his name not be used.

Environmental lawyer Ananya Kujur, who has been advising the gram sabhas, said the resolutions could not be brushed aside. “Under PESA, the consent of the gram sabha is not a formality. If the resolutions are ignored, they will be challenged in the High Court,” she said.

The coal block was auctioned in March and is yet to receive forest clearance.''',
 [("does not consent to the diversion", None),
  ("This forest is our mother.", "Phoolmati Kanwar"),
  ("Jal, jangal, zameen hamara hai", None),
  ("My grandfather was moved once for", "Sukhmati Dhruv"),
  ("No land will be acquired without", "Sanjeev Jha"),
  ("committed to the highest standards of", "Kaveri Minerals and Power Ltd"),
  ("The project will generate over 2,000", "Kaveri Minerals and Power Ltd"),
  ("We are not against development.", "~student"),
  ("Under PESA, the consent of the", "Ananya Kujur")]),

# 21 -- Assam draft electoral roll deletions row; Indian Express northeast style, straight quotes; partial quote attributed to CEO, press conference quotes with "he asked", "the CEO said", anonymous booth-level officer, elderly villager, party spokesperson, party statement ("the party said")
('''Guwahati: Opposition parties in Assam on Thursday alleged that the names of thousands of genuine voters had been struck off the draft electoral rolls in lower Assam districts, a charge Chief Electoral Officer Bhaskar Jyoti Saikia rejected as "baseless and misleading".

Congress MLA Nurul Amin Laskar, who addressed a press conference in Guwahati, said deletions were concentrated in a handful of constituencies. "In my constituency alone, more than 3,800 names have been deleted. Many of them are people who have voted in every election since 1985," Laskar said.

He produced copies of objections filed against voters in his constituency. "Most of these objections were filed by the same two or three people. How can one person know 600 voters in a village and claim that all of them have shifted?" he asked.

Saikia said every deletion had followed due process. "No name is deleted without notice and field verification by the booth-level officer. Anyone whose name has been wrongly removed can file a claim till the final roll is published," the CEO said.

A booth-level officer in Barpeta, who did not want to be named, said the workload had been enormous. "I had to verify 412 objections in 15 days along with my school duties. I did my best, but mistakes are possible," she said.

At Baghbar, Amina Khatun, 61, said her name and those of her two sons had disappeared from the list. "I have voted since I was 19. Now they say I have shifted. Shifted where? I have not left this village in my whole life," she said.

BJP spokesperson Rupam Kalita defended the revision exercise. "The opposition wants to protect illegal voters. Cleaning the rolls is the duty of the Election Commission," Kalita said.

The AIUDF said it would set up a helpline in every district to help voters file claims. "No genuine Indian citizen should lose the right to vote because of paperwork," the party said in a statement.

The final electoral roll is scheduled to be published on January 6.''',
 [("baseless and misleading", "Bhaskar Jyoti Saikia"),
  ("In my constituency alone, more than", "Nurul Amin Laskar"),
  ("Most of these objections were filed", "Nurul Amin Laskar"),
  ("No name is deleted without notice", "Bhaskar Jyoti Saikia"),
  ("I had to verify 412 objections", "~officer"),
  ("I have voted since I was", "Amina Khatun"),
  ("The opposition wants to protect illegal", "Rupam Kalita"),
  ("No genuine Indian citizen should lose", "AIUDF")]),

# 22 -- Farmers' march stopped at Punjab-Haryana border; Guardian-style British copy with single curly quotes as main mark; banner (None), farmer "said X, 58", union leader "told the Guardian" plus continuation paragraph, police statement, anonymous ministry official, minister's X post partial and full, unnamed volunteer
('''Shambhu border, Punjab

Police fired teargas at thousands of farmers trying to march towards Delhi on Tuesday, reviving memories of the year-long protests that forced the central government to repeal three farm laws in 2021.

The farmers, most of them from Punjab, are demanding a legal guarantee of minimum support prices for their crops. Many drove tractors fitted with steel plates and carried banners reading ‘No MSP, no vote’.

‘We are not here to fight anyone. We only want the government to keep the promise it made to us three years ago,’ said Jaswinder Singh Kahlon, 58, a wheat farmer from Sangrur, his eyes red from the gas.

Kuldeep Kaur Randhawa, who leads one of the farmers’ unions at the border, said the protesters would not turn back. ‘The government talks to us through teargas shells and then says it is open to dialogue,’ she told the Guardian.

‘We have enough rations for six months. We are prepared to stay.’

Haryana police said in a statement that protesters had tried to break through the barricades. ‘Minimum force was used only after repeated warnings. Several police personnel were injured by stones,’ the statement said.

A senior official in the agriculture ministry in Delhi, who spoke on condition of anonymity, said the government was willing to hold talks but could not accept the main demand. ‘A legal guarantee for every crop is simply not affordable,’ the official said.

The agriculture minister, Rameshwar Dayal Sharma, wrote on X that the door for dialogue ‘remains open’. ‘I appeal to our annadatas to come to the table. Every issue can be resolved through talks,’ he wrote.

At a makeshift langar nearby, volunteers served tea and rotis to protesters and police officers alike. ‘Hunger has no side,’ said one of the volunteers, a college student from Patiala, as he poured tea into steel tumblers.''',
 [("No MSP, no vote", None),
  ("We are not here to fight", "Jaswinder Singh Kahlon"),
  ("The government talks to us through", "Kuldeep Kaur Randhawa"),
  ("We have enough rations for six", "Kuldeep Kaur Randhawa"),
  ("Minimum force was used only after", "Haryana police"),
  ("A legal guarantee for every crop", "~official"),
  ("remains open", "Rameshwar Dayal Sharma"),
  ("I appeal to our annadatas to", "Rameshwar Dayal Sharma"),
  ("Hunger has no side", "~volunteer")]),

# 23 -- Delhi High Court summons in minister's defamation suit over X post; PTI legal style, straight quotes; impugned post quoted (original poster as speaker), senior advocate "submitted", counsel, judge's remarks and direction, "told reporters", minister's statement partial quote
('''New Delhi, Sep 5 (PTI) The Delhi High Court on Friday issued summons to former Rajya Sabha MP Imran Siddiqui in a defamation suit filed by Union Minister of State Kiran Bala Chaudhary over a social media post accusing her of links with the sand mining mafia.

The case is being heard by Justice Vandana Sehrawat.

The post, made by Siddiqui on X in July, had described the minister as "the real patron of the sand mafia in western UP" and claimed that her "family's trucks run day and night on the riverbed".

Appearing for Chaudhary, senior advocate Alok Khanduja said the post had caused irreparable harm to his client's reputation. "These are not political criticisms. These are specific allegations of criminality made without a shred of evidence, and they have been viewed over 20 lakh times," Khanduja submitted.

Siddiqui's counsel, advocate Mehreen Zaidi, said her client stood by the post. "My client has documents, including RTI replies, to back every word. Truth is a complete defence," she said.

While issuing summons, Justice Sehrawat remarked that public figures must be "prepared to face criticism, but not calumny". "Whether this post is the one or the other is a matter for trial. At this stage the court is only concerned with whether a prima facie case is made out," the judge said.

The court declined Chaudhary's plea for an interim injunction directing removal of the post. Justice Sehrawat, however, directed Siddiqui not to make any "fresh statement on the subject" until the next date of hearing on November 12.

Speaking to reporters outside the court, Siddiqui said he was not afraid of being sued. "I will say in court what I said on X. Let the minister come and answer," he said.

Chaudhary said in a statement that she had gone to court "to protect the honour of my family" and had full faith in the judiciary.''',
 [("the real patron of the sand", "Imran Siddiqui"),
  ("family's trucks run day and night", "Imran Siddiqui"),
  ("These are not political criticisms.", "Alok Khanduja"),
  ("My client has documents, including RTI", "Mehreen Zaidi"),
  ("prepared to face criticism, but not", "Vandana Sehrawat"),
  ("Whether this post is the one", "Vandana Sehrawat"),
  ("fresh statement on the subject", "Vandana Sehrawat"),
  ("I will say in court what", "Imran Siddiqui"),
  ("to protect the honour of my", "Kiran Bala Chaudhary")]),

# 24 -- Hooch tragedy in Bihar's Saran district; NDTV style, curly quotes; DM "told NDTV", SP, widow, unnamed man in crowd, opposition leader, minister with Shri and colon intro, anonymous doctor, policy name in scare quotes (None)
('''Saran (Bihar): At least 14 people have died and 22 others are undergoing treatment after allegedly consuming spurious liquor in two villages of Bihar’s Saran district, officials said on Saturday, putting the spotlight back on the state’s prohibition law.

“Fourteen deaths have been confirmed so far. The exact cause will be known after the post-mortem and viscera reports, but we are treating this as a case of suspected spurious liquor,” Saran District Magistrate Shalini Kumari told NDTV.

Superintendent of Police Vikas Ranjan said nine people had been arrested. “We have raided 40 locations since last night. The supply chain is being traced back to its source,” he said.

In Makhdumpur village, where nine of the deaths took place, wails rent the air as bodies were brought back from the Sadar Hospital in Chhapra. “He went out in the evening saying he would be back in an hour. By midnight he was vomiting and could not see,” said Rinku Devi, whose 35-year-old husband was among the dead.

Villagers alleged that liquor was openly available in the area. “Everyone knows where it is sold. The police also know. Only the government does not know,” said a man in the crowd outside the victim’s house.

Bihar has been under “sampoorna sharabbandi” (total prohibition) since April 2016, but repeated hooch deaths have raised questions about its enforcement.

Leader of Opposition Vijay Shankar Paswan, who visited the village in the afternoon, said the ban had failed. “Prohibition exists only on paper. The liquor mafia is running a parallel economy with the protection of the system,” Paswan said.

Minister for Prohibition, Excise and Registration Shri Rajnandan Prasad Singh said: “Those responsible will not be spared. But people must also understand that drinking is banned in Bihar for a reason.”

A doctor at the Sadar Hospital, who did not want to be named, said several patients had lost their vision. “Methanol poisoning damages the optic nerve. Even those who survive may not see again,” the doctor said.

Eleven of the patients have been referred to the Patna Medical College and Hospital.''',
 [("Fourteen deaths have been confirmed so", "Shalini Kumari"),
  ("We have raided 40 locations since", "Vikas Ranjan"),
  ("He went out in the evening", "Rinku Devi"),
  ("Everyone knows where it is sold.", "~man"),
  ("Prohibition exists only on paper.", "Vijay Shankar Paswan"),
  ("Those responsible will not be spared.", "Rajnandan Prasad Singh"),
  ("Methanol poisoning damages the optic nerve.", "~doctor")]),

# 25 -- Haryana recruitment exam cancelled after paper leak; Hindustan Times style, straight quotes; commission chairman at press conference, SIT chief, CM statement partial quote, placard slogan (None), aspirant plus "the 24-year-old said", second aspirant, opposition MLA's post on X
('''Chandigarh: The Haryana Staff Selection Commission on Monday cancelled the Group C clerk recruitment examination held on Sunday after the question paper was found circulating on messaging apps nearly two hours before the exam began, affecting over 3.2 lakh candidates.

"The sanctity of the examination has been compromised. The commission has decided to cancel it and hold a fresh examination within 45 days," commission chairman Vinod Kumar Sangwan said at a press conference in Panchkula.

Sangwan said candidates would not be charged any fee for the re-examination and would be given free bus travel on the day of the exam.

Police have formed a special investigation team (SIT) headed by Inspector General of Police Reena Dalal. "Four people, including a printing press employee in Rohtak, have been detained. We are examining whether the leak happened at the printing stage or during transport," Dalal said.

Chief Minister Jagbir Singh Malik said in a statement that "no culprit, however influential, will be spared" and that the government would bring a stricter law against paper leaks in the coming session.

Outside the commission's office in Panchkula, hundreds of aspirants gathered with placards reading "Paper leak band karo, bhavishya bachao" (stop paper leaks, save our future).

"I have been preparing for three years. I travelled 200 km yesterday, and now I have to do it all over again," said Pooja Kadian, 24, an aspirant from Hisar.

"This is the fourth paper I have seen cancelled. Every time they form an SIT, and every time nothing happens," the 24-year-old said.

Another aspirant, Rahul Sheoran, 27, said he could not afford to keep trying. "My father is a small farmer. Every exam costs us money for coaching, travel, forms. How many times can he pay?" he said.

Congress MLA Sunita Deswal wrote on X: "Paper leak has become an industry under this government. The youth of Haryana are paying the price."''',
 [("The sanctity of the examination has", "Vinod Kumar Sangwan"),
  ("Four people, including a printing press", "Reena Dalal"),
  ("no culprit, however influential, will be", "Jagbir Singh Malik"),
  ("Paper leak band karo, bhavishya bachao", None),
  ("I have been preparing for three", "Pooja Kadian"),
  ("This is the fourth paper I", "Pooja Kadian"),
  ("My father is a small farmer.", "Rahul Sheoran"),
  ("Paper leak has become an industry", "Sunita Deswal")]),
]
# fmt: on

# fmt: off
STORIES_CH = [
# 1 -- Slovenia flash flood; Wikinews straight-quote style; partial quote, split cues, agency statement, first-name-only resident, sign, titled academic, uncued follow-on paragraph
('''On Sunday, flash flooding struck the town of Gornja Reka in northern Slovenia after more than 180 millimetres of rain fell in under twelve hours, according to the Slovenian Environment Agency. At least two people died and around 400 residents were evacuated.

Mayor Tanja Kovač told reporters on Monday that the town had "never seen water rise this quickly." She said emergency crews had worked through the night. "We lost the bridge on the main road, we lost power, and for a few hours we lost contact with the upper valley," Kovač said. "Everyone who could help, helped."

The Administration for Civil Protection and Disaster Relief said in a statement that helicopters had lifted 37 people from rooftops. "Rescue operations are continuing in the upper valley," the statement said, adding that residents should keep away from the river banks.

One resident, who gave only her first name, Mojca, described watching the water enter her kitchen. "It came under the door like someone had opened a tap," she said.

Vida Zupan, 71, said she had refused to leave until her neighbours' dog was found. "I was not going without him," Zupan said. "He is old, like me."

A hand-painted sign outside the school gym, which served as a shelter, read "Dry clothes here — take what you need."

Hydrologist Dr. Marko Hribar of the University of Ljubljana said such events were becoming more frequent in the region. "Ten years ago we would have called this a once-in-a-century storm," he said.

"Now we are planning for it every few years, and our drainage was built for a different climate."

Government officials were expected to visit the town on Tuesday to assess the damage.''',
 [("never seen water rise this quickly", "Tanja Kovač"),
  ("We lost the bridge on the", "Tanja Kovač"),
  ("Everyone who could help, helped.", "Tanja Kovač"),
  ("Rescue operations are continuing in the", "Administration for Civil Protection and Disaster Relief"),
  ("It came under the door like", "Mojca"),
  ("I was not going without him", "Vida Zupan"),
  ("He is old, like me.", "Vida Zupan"),
  ("Dry clothes here — take what", None),
  ("Ten years ago we would have", "Marko Hribar"),
  ("Now we are planning for it", "Marko Hribar")]),

# 2 -- New frog species in Ecuador; curly-quote science item; paper title, lead author with split quote, co-author told Wikinews, university press release, unnamed park ranger
('''On Wednesday, researchers in Ecuador announced the discovery of a previously unknown species of glass frog in the cloud forests of the Cordillera del Cóndor. The findings were published in the journal ZooKeys in a paper titled “A new translucent frog from the southern Andes of Ecuador”.

The frog, named Hyalinobatrachium nubecula, measures about 22 millimetres and has a nearly transparent belly through which its heart can be seen beating.

“We heard the call for two seasons before we ever saw the animal,” said lead author Dr. Paulina Andrade Villacís, a herpetologist at the Universidad San Francisco de Quito.

Andrade said the team had recorded the species at only three streams. “Everything we know suggests a very small range,” she said, “and that makes it vulnerable to mining and road building.”

Co-author Daniela Ortiz, a doctoral student, spent eleven nights beside a single stream waiting for the frogs to emerge. “You sit in the rain and you wait,” Ortiz told Wikinews. “Then one night there are six of them on the same leaf.”

The university said in a press release that the discovery “underlines how much remains undescribed” in Ecuador’s montane forests.

A park ranger who has worked in the area for fifteen years and guided the team said local people had long known of the frogs. “My grandmother used to show them to us when we were children,” he said. “We did not know they were new to science.”

The authors recommend that the species be listed as Endangered. Andrade said the team had shared its data with the Ministry of Environment. “Naming it is the first step; protecting the streams is the real work,” she said.''',
 [("We heard the call for two", "Paulina Andrade Villacís"),
  ("Everything we know suggests a very", "Paulina Andrade Villacís"),
  ("and that makes it vulnerable to", "Paulina Andrade Villacís"),
  ("You sit in the rain and", "Daniela Ortiz"),
  ("Then one night there are six", "Daniela Ortiz"),
  ("underlines how much remains undescribed", "Universidad San Francisco de Quito"),
  ("My grandmother used to show them", "~ranger"),
  ("We did not know they were", "~ranger"),
  ("Naming it is the first step;", "Paulina Andrade Villacís")]),

# 3 -- English women's football cup final; British single-quote sports copy; scorer, manager with partial quote, captain, opposing manager told BBC Sport, terrace chant, Instagram caption
('''Harrowgate Athletic Women won the Women's National League Cup on Sunday, beating Castlemere Ladies 2-1 after extra time in front of a sell-out crowd of 4,812 at Brackley Road.

Striker Jodie Marsh scored the winner in the 109th minute, heading in a corner from captain Ellie Brannigan.

'I just shut my eyes and hoped,' Marsh said afterwards. 'I've never scored with my head before, so that's a first for everyone.'

Harrowgate manager Siobhan Keogh praised her side's resilience after they fell behind to an early penalty. 'We were poor for twenty minutes, but this group doesn't panic,' Keogh said. 'They never have.'

She added that the win was 'for everyone who washes the kit and drives the minibus', a reference to the club's volunteer staff.

Brannigan, 31, who has played for the club since she was fourteen, was in tears at the final whistle. 'Seventeen years,' she said. 'All that time and finally a trophy.'

Castlemere manager Ruth Adeyemi told BBC Sport her players had given everything. 'It's cruel, but that's cup football, and I couldn't be prouder of them,' she said.

Supporters in the north stand were still singing 'Athletic till I die' long after the trophy presentation.

Castlemere confirmed on Monday that goalkeeper Hannah Pryce had fractured her wrist in the second half and would miss the rest of the season.

Marsh later posted a photograph of the trophy on Instagram with the caption: 'Told you we'd bring it home.'

Harrowgate will begin their defence of the cup in the autumn, when they will also compete in the league's northern division for the first time.''',
 [("I just shut my eyes and", "Jodie Marsh"),
  ("I've never scored with my head", "Jodie Marsh"),
  ("We were poor for twenty minutes,", "Siobhan Keogh"),
  ("They never have.", "Siobhan Keogh"),
  ("for everyone who washes the kit", "Siobhan Keogh"),
  ("Seventeen years", "Ellie Brannigan"),
  ("All that time and finally a", "Ellie Brannigan"),
  ("It's cruel, but that's cup football,", "Ruth Adeyemi"),
  ("Athletic till I die", None),
  ("Told you we'd bring it home.", "Jodie Marsh")]),

# 4 -- New Zealand fraud sentencing; straight-quote court report; judge partial and direct, Crown prosecutor, defence lawyer, victim impact statement of unnamed widow, unnamed daughter, "said X" inversion
('''A former Hamilton accountant was sentenced to four years and three months in prison on Thursday for stealing more than NZ$2.1 million from elderly clients over seven years.

Graham Peter Whitcombe, 58, pleaded guilty in February to 23 charges of theft by a person in a special relationship. He appeared for sentencing in the Hamilton District Court.

Judge Aroha Tane said Whitcombe had exploited people "who trusted him with everything they had." "You targeted those least able to notice and least able to recover, and that is a serious aggravating feature," the judge told him.

Crown prosecutor Lydia Ferris described the offending as "calculated and sustained." She told the court that some victims had been forced to sell their homes.

Defence lawyer Nathan Cole said his client was deeply ashamed. "Mr Whitcombe does not seek to minimise what he did," Cole said. "He has sold his own house to repay what he can."

A victim impact statement from one client, an 84-year-old widow, was read to the court by her daughter. "I thought he was my friend," the statement said. "Now I check my bank balance every morning and I cannot sleep."

Outside the court, the daughter, who asked not to be named, said the sentence was "a start." She said her mother had lost almost all of her savings.

Detective Sergeant Kiri Manu of the Waikato financial crime unit said the investigation had taken more than two years. "This was painstaking work through thousands of documents," said Manu. "We encourage anyone who thinks they may have been affected to contact police."

New Zealand Police said in a statement that the court had ordered reparations of $640,000, to be paid from the sale of Whitcombe's assets.''',
 [("who trusted him with everything they", "Aroha Tane"),
  ("You targeted those least able to", "Aroha Tane"),
  ("calculated and sustained.", "Lydia Ferris"),
  ("Mr Whitcombe does not seek to", "Nathan Cole"),
  ("He has sold his own house", "Nathan Cole"),
  ("I thought he was my friend", "~widow"),
  ("Now I check my bank balance", "~widow"),
  ("a start.", "~daughter"),
  ("This was painstaking work through thousands", "Kiri Manu"),
  ("We encourage anyone who thinks they", "Kiri Manu")]),

# 5 -- Argentine novelist obituary; curly-quote obituary; novel title, daughter's statement, publisher, culture secretary on X, archived La Nación interview, unattributed label, fellow novelist
('''Argentine novelist Beatriz Lanús died on Saturday in Buenos Aires at the age of 87, her family announced. She had been treated for heart failure since January.

Lanús was best known for her 1974 novel “La casa del río seco”, which was translated into more than twenty languages and adapted for film in 1989.

Her daughter, Clara Lanús Ibarra, said in a statement that her mother had died “peacefully, at home, with the window open as she always wanted.” “She wrote until the very last month, and she leaves an unfinished manuscript; we will decide together what to do with it,” the statement said.

Her publisher, Editorial Sudamericana, said it had lost “one of the great voices of the Río de la Plata.”

Argentina’s Secretary of Culture, Martín Recalde, wrote on X: “Beatriz taught several generations to read their own country. Today we say goodbye with gratitude.”

In a 2011 interview with La Nación, Lanús said she had never planned to become a writer. “I wanted to be a veterinarian; literature happened to me the way a cold happens to you,” she said then.

She also rejected the label “political novelist” that critics often attached to her work. “Every novel is political if it is honest,” she told the newspaper.

Novelist Inés Gorostiaga, a former student of Lanús, said her teacher had been “ferociously generous” with younger writers. “She read every manuscript I sent her, even the terrible ones,” Gorostiaga said.

A wake will be held at the National Library on Monday, and the family has asked that donations be made to public libraries in her home province of Entre Ríos.''',
 [("peacefully, at home, with the window", "Clara Lanús Ibarra"),
  ("She wrote until the very last", "Clara Lanús Ibarra"),
  ("one of the great voices of", "Editorial Sudamericana"),
  ("Beatriz taught several generations to read", "Martín Recalde"),
  ("I wanted to be a veterinarian;", "Beatriz Lanús"),
  ("political novelist", None),
  ("Every novel is political if it", "Beatriz Lanús"),
  ("ferociously generous", "Inés Gorostiaga"),
  ("She read every manuscript I sent", "Inés Gorostiaga")]),

# 6 -- Polish mayoral recall referendum; straight-quote election report; ousted mayor told local radio, organiser, campaign slogan, election official, councillor partial quote and told TVP, unnamed voter
('''Voters in the town of Brzeziny Dolne in south-eastern Poland on Sunday voted to remove their mayor, Krystyna Wolak, in a recall referendum triggered by a dispute over the closure of the local maternity ward.

According to the municipal electoral commission, 61.4 percent of those who voted backed the recall, on a turnout high enough for the result to be valid.

Wolak, who had served since 2018, conceded on Sunday night. "The residents have spoken and I accept it," she told local radio. "I still believe closing the ward was the only responsible decision."

The referendum was organised by a residents' group led by midwife Agnieszka Rudnicka. "People felt nobody had asked them," Rudnicka said. "This was never about one woman. It was about being heard."

Campaign posters across the town carried the slogan "Born in Brzeziny" alongside photographs of local children.

Halina Sobczak, chair of the electoral commission, said counting had gone smoothly. "We had no complaints lodged at any polling station," Sobczak said.

Not everyone welcomed the result. Councillor Ewa Mazur, an ally of Wolak, called the campaign "emotional and misleading" and said the hospital's finances had left no alternative. "Now we will have a year of paralysis and an interim administrator," she told the TVP regional service.

A voter leaving a polling station in the town centre, who declined to give her name, said she had voted yes reluctantly. "I liked her," she said. "But the ward mattered more."

Under Polish law, the Prime Minister will appoint an interim administrator to run the town until a new mayor is elected.''',
 [("The residents have spoken and I", "Krystyna Wolak"),
  ("I still believe closing the ward", "Krystyna Wolak"),
  ("People felt nobody had asked them", "Agnieszka Rudnicka"),
  ("This was never about one woman.", "Agnieszka Rudnicka"),
  ("Born in Brzeziny", None),
  ("We had no complaints lodged at", "Halina Sobczak"),
  ("emotional and misleading", "Ewa Mazur"),
  ("Now we will have a year", "Ewa Mazur"),
  ("I liked her", "~voter"),
  ("But the ward mattered more.", "~voter")]),

# 7 -- Dutch museum returns Benin objects to Nigeria; curly-quote culture item; director with split quote, Nigerian commission official, palace chief told Wikinews, banner, ministry statement phrase, historian
('''The Wereldhuis Museum in the Dutch city of Zwolle on Tuesday formally returned 14 bronze and ivory objects to Nigeria, more than 125 years after they were looted by British troops from Benin City in 1897.

The objects, including two commemorative heads and a carved ivory tusk, were handed over at a ceremony attended by officials of Nigeria’s National Commission for Museums and Monuments (NCMM).

“These objects should never have been here,” said museum director Femke de Wit. “We are not giving a gift today; we are correcting a wrong.”

De Wit said the museum had acquired the pieces from a private collector in 1952. “The paperwork was in order,” she said, “but paperwork is not the same as justice.”

Dr. Adaeze Okonjo, who led the NCMM delegation, thanked the museum and the Dutch government. “Each piece carries the memory of a king, a battle, a ceremony — they are documents of our history, not decorations,” she said.

A representative of the royal palace in Benin City, Chief Osaro Edebiri, said the objects would be presented to the Oba before going on public display. “The palace has waited a long time for this day,” he told Wikinews by telephone.

A banner at the entrance to the ceremony read “Welcome home, ancestors.”

The Dutch Ministry of Education, Culture and Science said in a statement that the return followed a national policy, adopted in 2021, of “unconditional return” of objects taken in a colonial context.

Not all observers were satisfied. Historian Tunde Bakare of the University of Lagos said “thousands more” pieces remained in museums across Europe. “One museum at a time is too slow,” he said.''',
 [("These objects should never have been", "Femke de Wit"),
  ("We are not giving a gift", "Femke de Wit"),
  ("The paperwork was in order", "Femke de Wit"),
  ("but paperwork is not the same", "Femke de Wit"),
  ("Each piece carries the memory of", "Adaeze Okonjo"),
  ("The palace has waited a long", "Osaro Edebiri"),
  ("Welcome home, ancestors.", None),
  ("unconditional return", "Dutch Ministry of Education, Culture and Science"),
  ("thousands more", "Tunde Bakare"),
  ("One museum at a time is", "Tunde Bakare")]),

# 8 -- Nova Scotia rent-cap bill; straight-quote legislature report; minister partial and direct, opposition critic, landlord association statement, chant, banner, named retiree, tenant organiser split quote
('''The Nova Scotia legislature on Thursday passed a bill extending the province's 5 percent annual cap on residential rent increases until the end of 2027, after a sitting that ran past midnight.

Housing Minister Colleen MacIsaac said the extension would give tenants "breathing room" while new housing is built. "We cannot build our way out of this overnight, and until supply catches up, families need predictability," MacIsaac said.

The bill passed 31 to 21. Opposition housing critic Derek Fougere argued that it did not go far enough. "A cap that lets landlords evict and reset the rent is not a cap," Fougere said during debate. "It is a suggestion."

The Investment Property Owners Association of Nova Scotia said in a statement that the measure would "discourage the construction of new rental units" and urged the government to let it expire.

Around 200 people rallied outside Province House before the vote, chanting "Homes, not profits" and holding a banner that read "Halifax is not for sale."

Among them was Marguerite LeBlanc, a 67-year-old retiree who said her rent had risen by $400 a month in three years. "I've lived in this city my whole life, and I shouldn't have to choose between groceries and staying," she said.

Tenant organiser Priya Raman of ACORN Nova Scotia said the group would keep pressing for stronger protections. "Today is a small win," Raman said, "and we intend to make it a bigger one."

The legislation received royal assent on Friday and takes effect immediately. Landlords who have already issued notices of larger increases for next year will have to revise them.''',
 [("breathing room", "Colleen MacIsaac"),
  ("We cannot build our way out", "Colleen MacIsaac"),
  ("A cap that lets landlords evict", "Derek Fougere"),
  ("It is a suggestion.", "Derek Fougere"),
  ("discourage the construction of new rental", "Investment Property Owners Association of Nova Scotia"),
  ("Homes, not profits", None),
  ("Halifax is not for sale.", None),
  ("I've lived in this city my", "Marguerite LeBlanc"),
  ("Today is a small win", "Priya Raman"),
  ("and we intend to make it", "Priya Raman")]),

# 9 -- Peru earthquake; curly-quote disaster item; seismologist partial and direct, governor told RPP, civil defence statement, unnamed farmer, unnamed nurse, church sign
('''A magnitude 6.4 earthquake struck the Ayacucho region of southern Peru early on Friday, killing at least five people and damaging more than 300 homes, according to Peru’s National Civil Defence Institute (INDECI).

The Geophysical Institute of Peru said the quake struck at 4:17 am local time at a depth of 38 kilometres, about 40 kilometres south-west of the town of Puquio.

“The shaking lasted nearly forty seconds, which is long for an event of this size,” said seismologist Dr. Rosa Huamaní of the institute. She warned that aftershocks were likely “for days, possibly weeks.”

Regional governor Wilfredo Quispe travelled to the worst-affected districts on Friday afternoon. “Many of these houses are adobe, and adobe does not forgive,” Quispe told RPP radio. “We need tents, water and blankets tonight, not next week.”

INDECI said in a statement that it had dispatched 12 tonnes of humanitarian aid. “Teams are assessing the condition of schools and health centres,” the statement said.

In the hamlet of Chaviña, a farmer who did not give his name described being thrown from his bed. “I thought the mountain was falling on us,” he said. His house, built by his father, had lost two walls.

A nurse at the Puquio health post said staff had treated 41 people, mostly for cuts and fractures. “We worked by torchlight until the generator arrived,” she said. “Nobody went home.”

A handwritten sign taped to the door of the damaged parish church read “Do not enter — danger of collapse.”

Classes in the province were suspended until further notice while engineers inspect school buildings.''',
 [("The shaking lasted nearly forty seconds", "Rosa Huamaní"),
  ("for days, possibly weeks.", "Rosa Huamaní"),
  ("Many of these houses are adobe", "Wilfredo Quispe"),
  ("We need tents, water and blankets", "Wilfredo Quispe"),
  ("Teams are assessing the condition of", "National Civil Defence Institute"),
  ("I thought the mountain was falling", "~farmer"),
  ("We worked by torchlight until the", "~nurse"),
  ("Nobody went home.", "~nurse"),
  ("Do not enter — danger of collapse.", None)]),

# 10 -- Student nanosatellite launch in India; straight-quote Wikinews original reporting; satellite name, ISRO statement phrase, professor told Wikinews, two students, post on X, uncued continuation
('''A nanosatellite built by engineering students at a college in Coimbatore, Tamil Nadu, was placed into orbit on Monday aboard an Indian Space Research Organisation (ISRO) rocket launched from Sriharikota.

The 3-kilogram satellite, named "Kuruvi" after the Tamil word for sparrow, will measure air pollution over southern India for at least a year.

ISRO said in a statement that all nine satellites on board had separated "as planned" and were functioning normally.

Project lead Professor Lakshmi Narayanan of Kongu Valley Institute of Technology told Wikinews the team had worked on the satellite for four years. "More than 120 students have touched this project at some point," she said.

"Most of them have graduated. Many of them are watching from other cities today."

Student team leader Arjun Selvaraj, 22, said the first signal was received about 90 minutes after launch. "When the beacon came through, the whole room went silent, and then everyone started shouting," he said.

Another student, Kavya Iyer, who wrote much of the onboard software, said the team had rewritten its code three times after testing failures. "Every time it crashed on the ground, I was grateful it wasn't crashing in space," Iyer said.

Iyer later posted a screenshot of the first telemetry on X with the message "She's alive!!!"

Narayanan said the pollution data would be made freely available to researchers and the public. "We want a farmer in Salem and a scientist in Delhi to use the same numbers," she said.

The college said it hoped to launch a second satellite, focused on monitoring water levels in reservoirs, by 2026.''',
 [("as planned", "Indian Space Research Organisation"),
  ("More than 120 students have touched", "Lakshmi Narayanan"),
  ("Most of them have graduated.", "Lakshmi Narayanan"),
  ("When the beacon came through, the", "Arjun Selvaraj"),
  ("Every time it crashed on the", "Kavya Iyer"),
  ("She's alive!!!", "Kavya Iyer"),
  ("We want a farmer in Salem", "Lakshmi Narayanan")]),

# 11 -- Teenage qualifier wins Hobart International; curly-quote sports item; on-court interview, runner-up told reporters, coach, crowd chant, tournament director partial, Tennis Australia statement
('''Seventeen-year-old Australian qualifier Mia Tran won the Hobart International on Saturday, defeating fourth seed Katarzyna Wilk of Poland 6–4, 3–6, 7–5 to claim her first WTA title.

Tran, ranked 188th in the world at the start of the week, became the youngest champion in the tournament’s history. She saved two match points at 4–5 in the final set. Wilk, the highest-ranked player left in the draw after the quarter-finals, had not dropped a set all week.

“Honestly, I was just trying not to cry on the court,” Tran said in her on-court interview. “My mum is here, my coach is here, and I wanted to give them something.”

Wilk, 28, said she had let the match slip. “I had it on my racquet twice,” she told reporters. “She played those points better than me. That’s tennis.”

Tran’s coach, former doubles player Jess Halloran, said she had noticed the teenager’s composure early. “She has never been scared of a big moment,” Halloran said. “Even at twelve she wanted the hardest opponent in the draw.”

The crowd of about 4,000 chanted “Mi-a! Mi-a!” during the final game.

Tournament director Sarah Kinnear called the result “the stuff tournaments dream about”.

Tennis Australia said in a statement that the win would lift Tran to a career-high ranking inside the top 120. “Mia has shown what our development pathway can produce,” the statement said.

Asked what she would do with the prize money, Tran laughed. “Probably get my driver’s licence first,” she said. Tran travels to Melbourne on Sunday, where she is entered in the qualifying tournament for the Australian Open.''',
 [("Honestly, I was just trying not", "Mia Tran"),
  ("My mum is here, my coach", "Mia Tran"),
  ("I had it on my racquet", "Katarzyna Wilk"),
  ("She played those points better than", "Katarzyna Wilk"),
  ("She has never been scared of", "Jess Halloran"),
  ("Even at twelve she wanted the", "Jess Halloran"),
  ("Mi-a! Mi-a!", None),
  ("the stuff tournaments dream about", "Sarah Kinnear"),
  ("Mia has shown what our development", "Tennis Australia"),
  ("Probably get my driver’s licence first", "Mia Tran")]),

# 12 -- Painting stolen from Mechelen museum; British single-quote crime report; painting title, police spokeswoman, director partial and direct, expert told the Guardian, unnamed night watchman, door notice, alderman on Facebook
('''Thieves stole a 17th-century Flemish painting from a museum in the Belgian city of Mechelen early on Wednesday, police said, in a raid that lasted less than four minutes.

Two masked men broke a ground-floor window of the Stedelijk Museum Dijlekant at 3.12am and removed 'Still Life with Oysters and Lemon', attributed to the Antwerp painter Cornelis Meerts, from the wall of the main gallery.

Federal Judicial Police spokeswoman Sofie Vermeulen said officers arrived within six minutes of the alarm. 'By then the vehicle had already left the street,' Vermeulen said. 'We are reviewing camera footage from across the city.'

Museum director Pieter Claes described the theft as 'a punch in the stomach'. 'This painting has been in Mechelen for three centuries, and it belongs to the city, not to whoever is going to hang it in a basement.'

Claes declined to give a value, but art-market analysts have estimated it at between 1.5 and 2 million euros.

Art-crime investigator Karin Dhondt, a former head of the Belgian police art unit, told the Guardian that works of this kind were almost impossible to sell openly. 'Nobody reputable will touch it,' she said. 'Sadly, that does not mean it will come back quickly.'

A night watchman at a neighbouring hotel said he had heard glass breaking and seen a dark estate car speed away. 'I thought it was a car accident, so I called the police,' he said.

The museum was closed on Wednesday. A notice on its door read 'Closed until further notice due to exceptional circumstances'.

Mechelen's alderman for culture, Ines Verbruggen, wrote on Facebook that the city 'will not rest until the painting is back on its wall'.''',
 [("By then the vehicle had already", "Sofie Vermeulen"),
  ("We are reviewing camera footage from", "Sofie Vermeulen"),
  ("a punch in the stomach", "Pieter Claes"),
  ("This painting has been in Mechelen", "Pieter Claes"),
  ("Nobody reputable will touch it", "Karin Dhondt"),
  ("Sadly, that does not mean it", "Karin Dhondt"),
  ("I thought it was a car", "~watchman"),
  ("Closed until further notice due to", None),
  ("will not rest until the painting", "Ines Verbruggen")]),

# 13 -- Nurses' strike in Kisumu, Kenya; straight-quote health/labour report; union official partial and direct, county official told Citizen TV, placards, unnamed nurse, unnamed relative, ministry statement phrase
('''Nurses at public hospitals in Kenya's Kisumu County went on strike on Monday over unpaid salaries and stalled promotions, leaving wards at the county referral hospital with only skeleton staff.

The Kenya National Union of Nurses (KNUN) said around 1,400 nurses had downed tools after the county failed to pay three months of salary arrears.

"Our members cannot continue to work on empty stomachs," said union branch secretary Mercy Achieng. "We have written letters, we have attended meetings, and we have been patient for too long."

Achieng said the strike would continue "until every shilling is paid." She accused county officials of making promises they had no intention of keeping.

County health executive Dr. Joseph Otieno Owino told Citizen TV that the county had been waiting for delayed disbursements from the National Treasury. "The county is not refusing to pay; we are asking the nurses to give us two weeks," he said.

Outside the hospital, striking nurses carried placards reading "No pay, no work" and "Nurses are not volunteers."

One nurse, who has worked at the hospital for nine years, said she had borrowed money from relatives to pay her children's school fees. "I love this job," she said. "But love does not pay rent."

A patient's relative waiting outside the maternity wing said only two nurses had been on duty overnight. "They are doing their best, but two people cannot look after forty mothers," he said.

The Ministry of Health said in a statement that it was "engaging all parties" to end the strike and urged the nurses to return to work while talks continued.

Private hospitals in the city reported a sharp rise in admissions on Monday as patients who could afford it sought care elsewhere.''',
 [("Our members cannot continue to work", "Mercy Achieng"),
  ("We have written letters, we have", "Mercy Achieng"),
  ("until every shilling is paid.", "Mercy Achieng"),
  ("The county is not refusing to", "Joseph Otieno Owino"),
  ("No pay, no work", None),
  ("Nurses are not volunteers.", None),
  ("I love this job", "~nurse"),
  ("But love does not pay rent.", "~nurse"),
  ("They are doing their best, but", "~relative"),
  ("engaging all parties", "Ministry of Health")]),

# 14 -- Japanese town mayor resigns over expenses; curly-quote politics item; mayor at press conference with split quote, budget-line scare quote, council speaker told NHK, deputy mayor, unnamed residents, office notice
('''The mayor of Hinokura, a town of about 9,000 people in Nagano Prefecture, announced his resignation on Tuesday after admitting that he had used public funds to pay for restaurant meals with members of his family.

Mayor Kenji Morioka, 64, bowed deeply at a press conference at the town hall. “I have betrayed the trust of the people of Hinokura,” he said. “There is no excuse for what I did.”

An audit released last week found that Morioka had charged about ¥1.8 million in meals to the town’s “hospitality” budget over three years. Auditors said many of the bills were for dinners attended only by relatives.

Morioka said he would repay the full amount. “I will return every yen, with interest,” he said, “but I know money alone cannot repair this.”

Town council speaker Yuko Takahashi said the council had been preparing a no-confidence motion. “The mayor made the right decision, but it came too late,” Takahashi told NHK.

Deputy Mayor Aiko Shimizu will serve as acting mayor until an election is held within 50 days, as the law requires. “Our priority is that services to residents continue without interruption,” Shimizu told reporters.

People interviewed outside the town hall expressed disappointment. “He did good things for the town, which makes it sadder,” said one elderly resident.

A shopkeeper in her forties was less forgiving. “If I did this at my shop, I would be in prison,” she said.

A sheet of paper taped to the window of the mayor’s office read “Closed today.”

Nagano prefectural police said they had not received a criminal complaint but were aware of the audit findings. Morioka, a former agricultural co-operative official, was first elected in 2015 and was serving his third term.''',
 [("I have betrayed the trust of", "Kenji Morioka"),
  ("There is no excuse for what", "Kenji Morioka"),
  ("I will return every yen, with", "Kenji Morioka"),
  ("but I know money alone cannot", "Kenji Morioka"),
  ("The mayor made the right decision", "Yuko Takahashi"),
  ("Our priority is that services to", "Aiko Shimizu"),
  ("He did good things for the", "~resident"),
  ("If I did this at my", "~shopkeeper"),
  ("Closed today.", None)]),

# 15 -- Ghanaian highlife bandleader obituary; straight-quote obituary; song title, family statement by named son, musicians' union, former singer, guitarist partial quote, archived BBC interview, unnamed fan
('''Ghanaian highlife guitarist and bandleader Kwabena Asante-Boateng died on Thursday at Korle Bu Teaching Hospital in Accra, his family said. He was 81.

Asante-Boateng led the Sunrise Dance Band from 1966 until the late 1990s, and his 1972 single "Maame Wo Ho Ye" was one of the best-selling highlife records of the decade.

In a statement issued by his eldest son, Kofi Asante-Boateng, the family said he had died "surrounded by his children, his grandchildren and his guitar." "He asked us not to mourn too long; he wanted music at his funeral, loud music," the statement said.

The Musicians Union of Ghana (MUSIGA) described him as "a pillar of Ghanaian popular music" and said it would work with the family on funeral arrangements.

Singer Akosua Mensah, who toured with the band in the 1980s, said he had given her her first job. "I was nineteen and I could barely hold a microphone," Mensah said. "Papa Kwabena told me, sing like you are angry with someone. I have been doing it ever since."

Guitarist Yaw Darko called him "the most patient teacher I ever had."

Asante-Boateng was modest about his achievements. "I only played what my grandmother sang," he told BBC Focus on Africa in 2009. "The rest was God and practice."

Fans gathered outside his home in Osu on Thursday evening, some playing his records from car speakers. "My father played his songs every Sunday morning," said one fan, a taxi driver in his fifties.

Funeral arrangements will be announced later, the family said. Asante-Boateng is survived by five children and fourteen grandchildren.''',
 [("surrounded by his children, his grandchildren", "Kofi Asante-Boateng"),
  ("He asked us not to mourn", "Kofi Asante-Boateng"),
  ("a pillar of Ghanaian popular music", "Musicians Union of Ghana"),
  ("I was nineteen and I could", "Akosua Mensah"),
  ("Papa Kwabena told me, sing like", "Akosua Mensah"),
  ("the most patient teacher I ever", "Yaw Darko"),
  ("I only played what my grandmother", "Kwabena Asante-Boateng"),
  ("The rest was God and practice.", "Kwabena Asante-Boateng"),
  ("My father played his songs every", "~fan")]),

# 16 -- Pilot whale stranding in Tasmania; curly-quote environment item; incident controller, scientist told ABC News, access-track sign, named surfer, unnamed volunteer, department spokesperson
('''About 140 long-finned pilot whales stranded on a beach near Arthur River on Tasmania’s west coast on Tuesday, and wildlife officials said most had died by the following morning.

The Department of Natural Resources and Environment Tasmania said rescuers had managed to refloat 23 of the animals, although several swam back to the beach within hours.

“Conditions on the beach are extremely difficult, with heavy swell and a steep shoreline,” incident controller Megan Dowling told reporters on Wednesday. “Our priority is the animals that still have a chance.”

Dowling said it was likely that some of the surviving whales would have to be euthanised. “It’s a heartbreaking decision, and it is not one we take lightly,” she said.

Marine biologist Dr. Tom Faulkner of the University of Tasmania told ABC News that pilot whales were highly social. “If one or two leaders get into trouble, the rest of the pod will follow them in,” he said.

“That loyalty is what makes these events so large, and so hard to reverse.”

Members of the public were asked to stay away unless registered as volunteers. A sign at the entrance to the beach access track read “Authorised personnel only — whale rescue in progress.”

Local surfer Ryan McKay, who was among the first to see the pod, said he had heard the whales calling from the car park. “It was this high whistling sound, over and over,” he said. “I’ll never forget it.”

A volunteer from Smithton who had spent ten hours in the water said she was exhausted. “You get one back out and you feel like a hero, then it comes back in an hour later,” she said.

The department said samples would be taken from the dead whales for research. “Understanding why these strandings happen remains a key focus,” a spokesperson said.''',
 [("Conditions on the beach are extremely", "Megan Dowling"),
  ("Our priority is the animals that", "Megan Dowling"),
  ("It’s a heartbreaking decision, and it", "Megan Dowling"),
  ("If one or two leaders get", "Tom Faulkner"),
  ("That loyalty is what makes these", "Tom Faulkner"),
  ("Authorised personnel only — whale rescue", None),
  ("It was this high whistling sound", "Ryan McKay"),
  ("I’ll never forget it.", "Ryan McKay"),
  ("You get one back out and", "~volunteer"),
  ("Understanding why these strandings happen remains", "Department of Natural Resources and Environment Tasmania")]),

# 17 -- Chilean municipal election upset; straight-quote election report; winner's victory speech, chant, incumbent's Instagram concession, campaign manager told Radio Bío-Bío, political scientist quote over two paragraphs
('''Independent candidate Valentina Soto Cárcamo was elected mayor of the southern Chilean commune of Río Maitén on Sunday, unseating three-term incumbent Hernán Paredes by fewer than 300 votes.

With all polling tables counted, the Electoral Service (Servel) reported Soto at 48.7 percent and Paredes at 46.1 percent. Voting was compulsory, and turnout in the commune was 84 percent.

Soto, a 39-year-old former schoolteacher, addressed supporters in the town square. "Tonight nobody won alone," she said. "The fishermen won, the mothers in the waiting rooms won, the kids who take two buses to school won."

The crowd responded by chanting "Sí se pudo" as fireworks went off over the harbour.

Paredes conceded in a post on Instagram. "The people have decided, and I respect the result," he wrote. "I will hand over the municipality in order."

Speaking to Radio Bío-Bío, Paredes's campaign manager, Gloria Núñez, blamed the defeat on the national mood rather than local issues. "People wanted to punish everyone who had been in office," she said.

Political scientist Dr. Francisca Lagos of the Universidad de Concepción said independent candidates had performed strongly across the south. "Voters are tired of party labels," Lagos said. "But independents also have no structure behind them once they are in office.

"That is a real risk for small communes that depend on regional and national funding."

Soto will take office on 6 December. Asked about her first priority, she named the commune's only public health clinic, where patients wait months for specialist appointments. "We are going to fix the waiting list, and you can hold me to that," she said.''',
 [("Tonight nobody won alone", "Valentina Soto Cárcamo"),
  ("The fishermen won, the mothers in", "Valentina Soto Cárcamo"),
  ("Sí se pudo", None),
  ("The people have decided, and I", "Hernán Paredes"),
  ("I will hand over the municipality", "Hernán Paredes"),
  ("People wanted to punish everyone who", "Gloria Núñez"),
  ("Voters are tired of party labels", "Francisca Lagos"),
  ("But independents also have no structure", "Francisca Lagos"),
  ("That is a real risk for", "Francisca Lagos"),
  ("We are going to fix the", "Valentina Soto Cárcamo")]),

# 18 -- Czech regional train derailment; curly-quote transport item; fire service statement, inspection office spokeswoman told Czech Television, passenger partial and direct, unnamed mother, village mayor, police spokesman
('''A regional passenger train derailed near the village of Horní Lhota in the Czech Republic’s Zlín Region on Saturday afternoon, injuring 17 people, two of them seriously, emergency services said.

The two-carriage train was carrying about 60 passengers between Vsetín and Valašské Meziříčí when it left the tracks on a curve at around 2:40 pm.

The Zlín Regional Fire Rescue Service said in a statement that crews had freed three passengers who were trapped. “All passengers have been evacuated from the carriages,” the statement said.

Drahomíra Kubíčková, a spokeswoman for the Rail Safety Inspection Office, said investigators were examining the condition of the track. “It is too early to say whether the cause was the infrastructure, the vehicle or human error,” Kubíčková told Czech Television. “We will not speculate.”

Passenger Lukáš Dvořák, 26, who was travelling to visit his parents, said the carriage “jumped” before tipping over. “There was a huge bang and then everything was on its side,” he said. “People were helping each other climb out through the windows.”

A woman travelling with her two children said they had been sitting in the rear carriage. “My daughter kept asking if the train was broken,” she said.

The Railway Administration said the line would remain closed until at least Monday. Replacement buses were running between the two towns.

Local mayor Jiří Hanák said residents had brought blankets and tea to the scene. “Half the village came down to the tracks,” Hanák said. “Nobody had to ask them.”

The train driver, who was among the injured, was taken to hospital in Zlín. The Zlín Regional Police said he had tested negative for alcohol. “This is a standard procedure after every rail accident,” a police spokesman said.''',
 [("All passengers have been evacuated from", "Zlín Regional Fire Rescue Service"),
  ("It is too early to say", "Drahomíra Kubíčková"),
  ("We will not speculate.", "Drahomíra Kubíčková"),
  ("jumped", "Lukáš Dvořák"),
  ("There was a huge bang and", "Lukáš Dvořák"),
  ("People were helping each other climb", "Lukáš Dvořák"),
  ("My daughter kept asking if the", "~woman"),
  ("Half the village came down to", "Jiří Hanák"),
  ("Nobody had to ask them.", "Jiří Hanák"),
  ("This is a standard procedure after", "Zlín Regional Police")]),

# 19 -- Busan festival New Currents award; straight-quote culture item; film titles, director's acceptance speech, jury president, first-time actress told Yonhap, second winner through interpreter, producer
('''South Korean director Yoon Seo-yeon's debut feature "The Salt Fields" won the New Currents Award at the Busan International Film Festival on Friday.

The film follows a widowed salt farmer on an island off South Jeolla Province who reluctantly takes in her teenage grandson after his parents' divorce. It was shot over two summers with a cast made up almost entirely of island residents.

Accepting the award, Yoon, 34, thanked the islanders who appeared in the film. "None of them had acted before," she said. "They gave me their kitchens, their boats and their patience."

The jury president, Filipino director Marisol Dela Cruz, said the decision had been unanimous. "It is a film that trusts silence," Dela Cruz said. "In a festival full of noise, that felt brave."

The festival said the award carries a prize of US$30,000, shared with the director of the second winning film.

Lead actress Kang Mi-ja, 72, told Yonhap News Agency she had agreed to take the role only after her granddaughter insisted. "I said, who would want to watch an old woman rake salt?" Kang said. "It turns out quite a few people."

The other New Currents prize went to Kazakh director Aibek Nurlanov's "Winter Passage". Nurlanov, speaking through an interpreter, said he hoped the award would help the film find distribution abroad. "For a small film from Kazakhstan, a prize like this is oxygen," he said.

Producer Park Ji-hoon said several international distributors had already asked for screeners. "Our phones have not stopped since the ceremony," he said.

The festival closed on Friday night with a screening of a Japanese animated feature.''',
 [("None of them had acted before", "Yoon Seo-yeon"),
  ("They gave me their kitchens, their", "Yoon Seo-yeon"),
  ("It is a film that trusts", "Marisol Dela Cruz"),
  ("In a festival full of noise", "Marisol Dela Cruz"),
  ("I said, who would want to", "Kang Mi-ja"),
  ("It turns out quite a few", "Kang Mi-ja"),
  ("For a small film from Kazakhstan", "Aibek Nurlanov"),
  ("Our phones have not stopped since", "Park Ji-hoon")]),

# 20 -- Wildlife smuggling arrest at Bangkok airport; curly-quote crime item; customs spokeswoman, vet, anonymous senior officer, TRAFFIC statement partial and direct, suspects' lawyer, departure-hall poster
('''Thai customs officers at Suvarnabhumi Airport in Bangkok arrested two men on Sunday after finding 87 live tortoises and 12 slow lorises hidden in their checked luggage, officials said.

The men, aged 29 and 34, had been due to board a late-night flight to Dubai. Officials said the tortoises included radiated tortoises, a critically endangered species native to Madagascar.

“The animals were wrapped in cloth and packed in plastic boxes,” said Customs Department spokeswoman Pimchanok Srisuk. “Several of the tortoises were already dead.”

The surviving animals were taken to a rescue centre run by the Department of National Parks, Wildlife and Plant Conservation in Ratchaburi province. “They are dehydrated and stressed, but most should recover,” veterinarian Dr. Nattapong Chaiyasit told reporters at the centre.

A senior customs officer, who asked not to be named because he was not authorised to speak to the media, said the suspects had claimed the animals were their pets. “Nobody travels with 87 pets in a suitcase,” the officer said.

The wildlife trade monitoring network TRAFFIC said in a statement that Suvarnabhumi remained “a major transit hub” for the illegal trade in reptiles and primates. “Seizures like this show enforcement is working, but they are only the part of the trade we can see,” the statement said.

A lawyer for the two men, Somchai Rattanakorn, said his clients would cooperate with investigators. “They were recruited as couriers and did not understand the seriousness of what they were carrying,” he said.

Posters in the airport’s departure hall warn passengers in Thai, English and Chinese: “Wildlife is not a souvenir.”

If convicted under Thailand’s Wild Animal Conservation and Protection Act, the men face up to ten years in prison and heavy fines.''',
 [("The animals were wrapped in cloth", "Pimchanok Srisuk"),
  ("Several of the tortoises were already", "Pimchanok Srisuk"),
  ("They are dehydrated and stressed, but", "Nattapong Chaiyasit"),
  ("Nobody travels with 87 pets in", "~officer"),
  ("a major transit hub", "TRAFFIC"),
  ("Seizures like this show enforcement is", "TRAFFIC"),
  ("They were recruited as couriers and", "Somchai Rattanakorn"),
  ("Wildlife is not a souvenir.", None)]),

# 21 -- Manchester Marathon course record; British single-quote athletics report; winner, runner-up through interpreter, British runner told Athletics Weekly, race director partial, spectator sign, coach
('''Lilian Chepkorir broke the women's course record at the Manchester Marathon on Sunday, finishing in 2hr 21min 47sec, more than a minute inside the previous mark.

The 27-year-old Kenyan, running only her second marathon, pulled away from Ethiopia's Tigist Alemu after 35 kilometres and crossed the line 58 seconds clear.

'I felt strong from the start, but I was scared of the last ten kilometres,' Chepkorir said. 'In my first marathon, I hit the wall. Today the wall did not come.'

Alemu, 31, said cramp had troubled her in the closing stages. 'At 36K my calf was very tight,' she said through an interpreter. 'I am happy with second. Next year I come back for first.'

In the men's race, Britain's Callum Reid was the first home athlete, in sixth place. 'The crowds on Chester Road were unbelievable,' Reid told Athletics Weekly. 'You could hardly hear yourself breathe.'

Race director Helen Corrigan said 28,000 runners had started, a record for the event, and called the women's result 'a huge moment for the race'.

Near the 40-kilometre mark, one spectator held up a handmade sign reading 'Run like the pub closes at noon', which several runners were later seen photographing at the finish.

Chepkorir's coach, Daniel Kiprono, said she would now target a place in Kenya's team for the world championships. 'She has the engine,' he said. 'Now we teach her patience.'

Organisers said more than 1.2 million pounds had been raised for charity, and that entries for next year's race would open in the autumn.''',
 [("I felt strong from the start", "Lilian Chepkorir"),
  ("In my first marathon, I hit", "Lilian Chepkorir"),
  ("At 36K my calf was very", "Tigist Alemu"),
  ("I am happy with second.", "Tigist Alemu"),
  ("The crowds on Chester Road were", "Callum Reid"),
  ("You could hardly hear yourself breathe.", "Callum Reid"),
  ("a huge moment for the race", "Helen Corrigan"),
  ("Run like the pub closes at", None),
  ("She has the engine", "Daniel Kiprono"),
  ("Now we teach her patience.", "Daniel Kiprono")]),

# 22 -- Neolithic house found on Sanday, Orkney; curly-quote science/heritage item; technical-term scare quote, excavation director with split quote, landowner told BBC Radio Orkney, volunteer partial and direct, HES statement, report title
('''Archaeologists excavating a farm field on the Orkney island of Sanday have uncovered a stone-built Neolithic house that may be more than 5,000 years old, Historic Environment Scotland (HES) announced on Thursday.

The structure, which includes a central hearth, stone “dressers” and box beds, was found after a farmer ploughing the field struck a large flagstone last spring.

“It is remarkably well preserved, and the hearth still has ash in it,” said excavation director Dr. Isla Rendall of the University of the Highlands and Islands.

Rendall said radiocarbon samples had been sent away for dating. “We expect results by the end of the year,” she said, “and they will tell us whether this predates Skara Brae.”

Landowner Magnus Flett said he had almost ignored the stone. “I thought it was just another big rock, and my father used to curse that corner of the field for breaking his plough,” Flett told BBC Radio Orkney.

Volunteer excavator Shona Tulloch, a retired schoolteacher from Kirkwall, described the find as “the thrill of a lifetime”. “I have been digging as a volunteer for twenty years, and I have never touched anything like this,” she said.

The excavation, funded partly by a community heritage grant, has drawn visitors from across the islands. Flett has put up a small car park in a neighbouring field and said he was happy to share the site.

Historic Environment Scotland said in a statement that the site would be considered for scheduling as a monument of national importance. “Orkney continues to surprise us,” the statement said.

The team’s interim report, “Excavations at Backaskaill Field, Sanday: Season One”, is expected to be published in the spring, and a second season of digging is planned for next summer.''',
 [("It is remarkably well preserved, and", "Isla Rendall"),
  ("We expect results by the end", "Isla Rendall"),
  ("and they will tell us whether", "Isla Rendall"),
  ("I thought it was just another", "Magnus Flett"),
  ("the thrill of a lifetime", "Shona Tulloch"),
  ("I have been digging as a", "Shona Tulloch"),
  ("Orkney continues to surprise us", "Historic Environment Scotland")]),

# 23 -- Philippine Senate hearing on missing rice containers; straight-quote politics report; committee chair, customs deputy commissioner, second woman senator with partial quote, protected witness, farmers' group statement
('''Senators on Wednesday questioned customs officials over the disappearance of 42 shipping containers of imported rice from the Port of Manila, during a hearing of the Senate Committee on Agriculture, Food and Agrarian Reform.

Committee chair Senator Teresita Villaroman said the containers had been released to companies that did not exist. "These are ghost importers with real warehouses," Villaroman said. "Somebody signed for this rice."

Bureau of Customs deputy commissioner Ramon Dizon told the committee that an internal investigation was under way. "We have relieved four personnel from their posts pending the outcome," he said.

Senator Josefina Lacson-Tan pressed Dizon on why the bureau had not flagged the shipments earlier. "Forty-two containers do not walk out of a port by themselves," she said.

Dizon said he could not name individuals while the investigation continued. Lacson-Tan called that answer "unacceptable" and asked for the duty rosters of the port's container yard to be submitted to the committee within a week.

A former customs broker, testifying under the protection of the Department of Justice's witness protection programme, said he had been paid to file documents for shell companies. "I was given the names and the signatures were already there; I only stamped and submitted," he said.

The farmers' group Samahan ng Magsasaka ng Nueva Ecija said in a statement that smuggling "kills the livelihoods" of local rice growers, who have seen farm-gate prices fall this year.

Villaroman said the committee would issue subpoenas to the owners of the warehouses where the rice was believed to have been stored. "We will follow the rice wherever it goes," she said.

The committee is scheduled to resume its hearing next Tuesday.''',
 [("These are ghost importers with real", "Teresita Villaroman"),
  ("Somebody signed for this rice.", "Teresita Villaroman"),
  ("We have relieved four personnel from", "Ramon Dizon"),
  ("Forty-two containers do not walk out", "Josefina Lacson-Tan"),
  ("unacceptable", "Josefina Lacson-Tan"),
  ("I was given the names and", "~broker"),
  ("kills the livelihoods", "Samahan ng Magsasaka ng Nueva Ecija"),
  ("We will follow the rice wherever", "Teresita Villaroman")]),

# 24 -- Wildfire forces evacuations on Andros, Greece; curly-quote disaster item; 112 alert text, fire service spokeswoman told ERT, deputy mayor, hotel owner, tourist told Reuters, unnamed elderly resident, fire service update
('''A wildfire fanned by strong winds forced the evacuation of three villages and a seaside resort on the Greek island of Andros on Tuesday, the Hellenic Fire Service said.

More than 120 firefighters, supported by six water-dropping aircraft and four helicopters, were battling the blaze, which broke out shortly after noon in scrubland near the village of Kato Vrysi.

Residents received an emergency alert on their phones through the 112 system: “Wildfire in your area. Evacuate towards Gavrio port.”

“Winds of up to eight Beaufort are making the work extremely difficult,” fire service spokeswoman Eleni Karagianni told state broadcaster ERT. “The front is moving towards the coast.”

“We have moved everyone who needed to move, and the elderly went first, by bus and by boat,” said Nikos Vlachos, the island’s deputy mayor for civil protection.

At the harbour in Batsi, hotel owner Maria Theodorou watched smoke rise over the hills behind the town. “Thirty years I have run this hotel,” she said. “I have never seen the sky this colour.”

A British tourist waiting for a ferry with her two children told Reuters the evacuation had been calm. “The hotel staff were amazing, they knocked on every door,” she said.

A 78-year-old resident of Kato Vrysi, who was taken to a shelter at a school in Gavrio, said she had left with only her medicine. “My house, my goats — I don’t know what is left,” she said.

In a later update, the fire service said the main front had been contained near the coast, but warned of flare-ups overnight as winds were forecast to strengthen again. “The risk remains very high,” it said.

No injuries had been reported by Tuesday evening, according to local authorities.''',
 [("Wildfire in your area. Evacuate", None),
  ("Winds of up to eight Beaufort", "Eleni Karagianni"),
  ("The front is moving towards the", "Eleni Karagianni"),
  ("We have moved everyone who needed", "Nikos Vlachos"),
  ("Thirty years I have run this", "Maria Theodorou"),
  ("I have never seen the sky", "Maria Theodorou"),
  ("The hotel staff were amazing, they", "~tourist"),
  ("My house, my goats — I", "~resident"),
  ("The risk remains very high", "Hellenic Fire Service")]),

# 25 -- Floating library marks ten years in Pará, Brazil; straight-quote Wikinews original reporting; boat name, founder told Wikinews with follow-on "she added" paragraph, co-ordinator, unnamed girl, municipal statement, hull slogan
('''Wikinews this week spoke with the founder of a floating library that carries books to riverside communities in the Brazilian state of Pará, as the project marked its tenth anniversary.

Since 2014, the wooden boat "Leitura das Águas" has travelled the lower Tocantins River, stopping at villages that have no library or bookshop.

Founder Rosângela Farias, a retired librarian from Cametá, told Wikinews the project began with 300 donated books and a borrowed canoe. "My husband said I was mad, and he was right, but he also built the shelves," Farias said.

The boat now carries around 6,000 books and visits 23 communities every month. Farias said demand had grown faster than the collection. "Children finish a book and ask for the next one before we have untied the rope," she said.

"We are not a mobile bookshop; nobody pays, and nobody ever will," she added.

Co-ordinator Tatiane Moraes, who joined as a volunteer at 17, now runs the boat's reading sessions. "I was one of the kids waiting on the pier, and now I'm the one bringing the books," Moraes told Wikinews.

In the community of Vila Cuxipiari, one girl, aged 10, said her favourite book was about a dolphin who wanted to fly. "I read it four times," she said.

The Cametá municipal government said in a statement that it would pay for the boat's fuel for the next two years. "Reading is a right, including for those who live by the river," the statement said.

Asked what she hoped the next decade would bring, Farias paused. "Two boats, and then three," she said.

The slogan painted on the hull, "Quem lê, navega", translates as whoever reads, sails.''',
 [("My husband said I was mad", "Rosângela Farias"),
  ("Children finish a book and ask", "Rosângela Farias"),
  ("We are not a mobile bookshop", "Rosângela Farias"),
  ("I was one of the kids", "Tatiane Moraes"),
  ("I read it four times", "~girl"),
  ("Reading is a right, including for", "Cametá municipal government"),
  ("Two boats, and then three", "Rosângela Farias"),
  ("Quem lê, navega", None)]),
]
# fmt: on

# fmt: off
STORIES_CI = [
# 1 -- EU summit fails to agree defence fund financing; Politico Europe style, straight quotes; "told reporters" with trailing second quote, said-after, partial quote, nickname scare quote, conclusions language, anonymous diplomat
('''BRUSSELS — EU leaders broke up a bruising two-day summit in the early hours of Friday without a deal on how to finance the proposed €150 billion European Defence Readiness Fund, pushing the decision to a special meeting in June.

"We are not there yet, and I will not pretend that we are," European Council President Henrik Valstad told reporters shortly after 3 a.m. "But nobody left this room saying no."

Valstad, a former Danish prime minister who took over the Council presidency in December, had hoped to use the summit to secure at least a political commitment on the fund's size and structure. Instead, leaders agreed in their written conclusions only to "continue work with urgency," language that diplomats privately acknowledged was the bare minimum.

The sticking point, as it has been since the Commission unveiled its plan in February, was joint borrowing. A group of fiscally hawkish capitals — dubbed the "frugal front" in Brussels corridors — insists the fund be financed through national contributions rather than common debt.

Dutch Prime Minister Maarten de Kuyper was unapologetic. "Dutch taxpayers are not an ATM," he said on his way out of the Europa building. "If we borrow together, we repay together, and I have not yet heard a credible plan for the repaying part."

Italy's Prime Minister Giulia Ferrante, who led a group of southern leaders pressing for eurobonds, accused the holdouts of "playing accountant while the house is on fire."

"Every month we wait, the price goes up. Our citizens do not understand why Europe can find money for banks in a weekend but not for its own security in a year," Ferrante said at her own press conference.

One EU diplomat involved in the talks described a dinner session on Thursday that ran well past midnight as "the worst-tempered I have seen in five years." The diplomat, who was granted anonymity to discuss closed-door negotiations, said several leaders had openly questioned whether the fund should exist at all.

Commissioner for Defence and Space Aurelijus Pakalnis, who has spent weeks touring capitals to sell the plan, sounded a note of cautious optimism. "The direction of travel is clear. The question is the vehicle, not the destination," he said.

Leaders will reconvene in Brussels on June 19. They also adopted conclusions on Ukraine — once again without Hungary's endorsement — and on the situation in the Middle East.''',
 [("We are not there yet, and", "Henrik Valstad"),
  ("But nobody left this room saying", "Henrik Valstad"),
  ("continue work with urgency", None),
  ("Dutch taxpayers are not an ATM", "Maarten de Kuyper"),
  ("If we borrow together, we repay", "Maarten de Kuyper"),
  ("playing accountant while the house is", "Giulia Ferrante"),
  ("Every month we wait, the price", "Giulia Ferrante"),
  ("the worst-tempered I have seen in", "~diplomat"),
  ("The direction of travel is clear.", "Aurelijus Pakalnis")]),

# 2 -- European Parliament waters down pesticide law amid farmer protests; Euronews style, curly quotes; document text, banner and chant, said-X with role, "said in French", partial quote, "told Euronews", unnamed Commission spokesperson, post on X
('''Thousands of farmers converged on Strasbourg on Tuesday as MEPs voted to water down a key part of the EU’s pesticide reduction law, in a session marked by angry exchanges on the floor and tractors blocking the city’s ring road.

The amendment, passed by 341 votes to 287 with 19 abstentions, scraps the binding target of halving chemical pesticide use by 2030 and replaces it with what the text calls “a voluntary trajectory adapted to national circumstances”.

Outside the Parliament building, protesters waved banners reading “No farmers, no food” and chanted “Brussels, hands off our fields” as riot police looked on.

“We are not against nature, we live in nature,” said Yannick Morvan, a dairy farmer from Brittany who had driven through the night to be there. “But every year there is a new rule, and every year our margin gets smaller.”

French MEP Claire Duboscq, who led the centre-right push for the amendment, hailed the result. “Today Parliament listened to the people who feed Europe. This is not the end of the green transition, it is the end of a transition made without farmers,” she said in French.

Inside the chamber, the debate had been bitter. Dutch Green lawmaker Sanne Verhoeven called the amendment “a gift to the agrochemical lobby wrapped in a tractor flag”, prompting jeers from the right-hand benches.

“We have just told every parent who worries about what is in their children’s food that those worries matter less than an election campaign,” Verhoeven told Euronews after the vote.

The European Commission, which proposed the original regulation in 2022, struck a cautious tone. A spokesperson said the executive “takes note of Parliament’s position and will engage constructively” in negotiations with member states, which must agree on a common text before the law can take effect.

Poland’s agriculture minister, Wojciech Zalewski, was quick to welcome the outcome. “Common sense wins in Strasbourg. Now the Council must finish the job,” he wrote on X.

Environmental groups said they were studying the possibility of a legal challenge. Talks between Parliament and the 27 governments are expected to start in the autumn, with farm ministers due to discuss the file at their next meeting in Luxembourg.''',
 [("a voluntary trajectory adapted to national", None),
  ("No farmers, no food", None),
  ("Brussels, hands off our fields", None),
  ("We are not against nature, we", "Yannick Morvan"),
  ("But every year there is a", "Yannick Morvan"),
  ("Today Parliament listened to the people", "Claire Duboscq"),
  ("a gift to the agrochemical lobby", "Sanne Verhoeven"),
  ("We have just told every parent", "Sanne Verhoeven"),
  ("takes note of Parliament’s position and", "European Commission"),
  ("Common sense wins in Strasbourg.", "Wojciech Zalewski")]),

# 3 -- German coalition row over the debt brake; Reuters wire style, straight quotes; "told reporters", "told Der Spiegel", partial quote, spokeswoman with quote continuing in next paragraph, post on X, anonymous ministry official, said-X with role
('''BERLIN, March 12 (Reuters) - Germany's ruling coalition was locked in a fresh dispute over the 2026 budget on Wednesday after Finance Minister Katrin Albers rejected calls from her coalition partners to loosen the country's constitutional debt brake to pay for infrastructure.

"The debt brake is not an obstacle, it is a promise to the next generation," Albers told reporters in Berlin. "I did not take this job to break it."

Her comments drew a sharp response from Economy Minister Jonas Reiter, who has argued that crumbling bridges and an unreliable rail network are costing Europe's largest economy growth.

"A promise to the next generation is worth very little if they inherit a country that doesn't work," Reiter told Der Spiegel in an interview published on Wednesday. He said the government had "a duty to invest, not just to count."

The row is the latest in a series of public clashes within the three-party coalition, whose combined poll ratings have fallen below 40 percent for the first time since it took office.

Government spokeswoman Anja Brenner sought to play down the rift at a regular news conference. "The chancellor has full confidence in both ministers," she said.

"Differences of opinion in a coalition are normal, and they will be resolved in the cabinet, not in the newspapers."

Opposition leader Hannelore Witt of the Christian Democrats mocked the government in a post on X. "This coalition cannot agree on what day of the week it is, let alone on a budget," she wrote.

A senior official at the finance ministry, speaking on condition of anonymity because the talks are confidential, said a compromise involving a special off-budget fund for rail and bridges was under discussion. "The numbers can be made to work if the politics allows it," the official said.

Economists said markets had so far taken the dispute in their stride. "Investors are relaxed for now," said Tobias Engel, chief economist at Hamburg-based Nordbank. "But a budget that arrives late and patched together would not help Germany's credibility in Brussels, where Berlin has lectured others on fiscal discipline for years."

The cabinet is due to approve a draft budget in early July, with a final vote in the Bundestag expected in November.

(Reporting by Lena Voss; Editing by Mark Hadley)''',
 [("The debt brake is not an", "Katrin Albers"),
  ("I did not take this job", "Katrin Albers"),
  ("A promise to the next generation is", "Jonas Reiter"),
  ("a duty to invest, not just", "Jonas Reiter"),
  ("The chancellor has full confidence in", "Anja Brenner"),
  ("Differences of opinion in a coalition", "Anja Brenner"),
  ("This coalition cannot agree on what", "Hannelore Witt"),
  ("The numbers can be made to", "~official"),
  ("Investors are relaxed for now", "Tobias Engel"),
  ("But a budget that arrives late", "Tobias Engel")]),

# 4 -- Spanish prime minister calls snap election; Guardian style, British single quotes; partial quote, "he said" after opening, "told supporters:", campaign slogan, said-X with role and second quote, lawyer, anonymous waiter with split quote
('''Spain's prime minister, Álvaro Sendra, has called a snap general election for 14 September, gambling that voters will reward his minority government's economic record rather than punish it for a string of corruption allegations that have engulfed his party.

Announcing the dissolution of parliament in a televised address from the Moncloa palace on Monday, Sendra said the country needed 'clarity, not paralysis'.

'I could have clung on for another year, governing decree by decree,' he said. 'I have decided instead that Spaniards deserve to choose, and I am confident they will choose to keep moving forward.'

The conservative People's party (PP), which leads most polls by between four and six points, greeted the announcement with barely concealed delight. Its leader, Inmaculada Rey, told supporters at a rally in Valencia: 'Spain has been waiting for this day for a long time. The era of excuses is over.'

The far-right Vox, which could hold the balance of power in the next parliament, released a campaign video within hours under the slogan 'Spain first, Spain always'.

Analysts said the timing was a calculated risk. 'Sendra is betting that a strong tourist season and falling unemployment will outweigh the scandals,' said Lucía Ferrer, a political scientist at Pompeu Fabra University in Barcelona. 'It's a gamble, but it's not a crazy one. He has come back from worse.'

The allegations centre on contracts for medical equipment awarded during the pandemic, and have already forced the resignation of Sendra's former transport minister, Ramón Ibarra, who denies wrongdoing and has not been charged.

Ibarra's lawyer, Marta Solís, said on Monday that her client was 'eager to clear his name in a courtroom rather than on television'.

On the streets of Madrid the mood was more weary than excited. 'Another election? We have had more elections than summers,' said one waiter in the Lavapiés district, who did not want to be named. 'Whoever wins, I will still be working on the 14th.'

The vote will be Spain's fifth general election in under a decade. Campaigning officially begins at midnight on 29 August, and the new parliament is due to sit for the first time in early October.''',
 [("clarity, not paralysis", "Álvaro Sendra"),
  ("I could have clung on for", "Álvaro Sendra"),
  ("I have decided instead that Spaniards", "Álvaro Sendra"),
  ("Spain has been waiting for this", "Inmaculada Rey"),
  ("Sendra is betting that a strong", "Lucía Ferrer"),
  ("It's a gamble, but it's not", "Lucía Ferrer"),
  ("eager to clear his name in", "Marta Solís"),
  ("Another election? We have had more", "~waiter"),
  ("Whoever wins, I will still be", "~waiter")]),

# 5 -- Hungary and Brussels clash over frozen cohesion funds; AFP style, curly quotes; partial quote in lede, "told a news conference", written reply to AFP, unnamed Commission spokesperson, Facebook post, "told AFP" split quote, placard, anonymous teacher
('''Budapest (AFP) – Hungary’s government spokesman Bence Halmos on Thursday accused the European Commission of “political blackmail” after Brussels confirmed that a further €1.2 billion in cohesion funds earmarked for the country would stay frozen over rule-of-law concerns.

“This is not about the rule of law, it never was. It is about punishing a government that refuses to take orders on migration and on the war in Ukraine,” Halmos told a news conference in Budapest.

The Commission said in a written reply to AFP that Budapest “has not yet fulfilled the conditions agreed in 2022, in particular as regards judicial independence and public procurement”.

“The door remains open. The money is there and the conditions are well known,” a Commission spokesperson added.

Hungary has been locked in a dispute with Brussels for years over what the EU executive describes as the erosion of democratic checks and balances under the governing Fidesz party. Around €18 billion in EU funds remains suspended in total, according to AFP calculations.

Opposition leader Réka Szentendrei, whose centrist Renewal Movement has surged in recent polls, said the government had “only itself to blame”.

“Every forint that stays in Brussels is a forint stolen from Hungarian schools and hospitals by this government’s arrogance,” she wrote on Facebook.

In the European Parliament, German Green MEP Lukas Hoffner, who has long pushed for a tougher line on Budapest, welcomed the decision. “Finally the Commission is holding the line,” he told AFP. “You cannot have a club where one member breaks the rules and still gets paid.”

Several hundred people gathered outside the Commission’s representation in central Budapest on Thursday evening, some holding placards reading “We are Europe too”.

“My school cannot afford to heat the gym, and they are fighting with Brussels about pride,” said one teacher at the rally, who declined to give her name for fear of losing her job.

Hungary holds a parliamentary election next spring, and polls suggest the governing party faces its toughest contest in more than a decade.''',
 [("political blackmail", "Bence Halmos"),
  ("This is not about the rule", "Bence Halmos"),
  ("has not yet fulfilled the conditions", "European Commission"),
  ("The door remains open.", "European Commission"),
  ("only itself to blame", "Réka Szentendrei"),
  ("Every forint that stays in Brussels", "Réka Szentendrei"),
  ("Finally the Commission is holding the", "Lukas Hoffner"),
  ("You cannot have a club where", "Lukas Hoffner"),
  ("We are Europe too", None),
  ("My school cannot afford to heat", "~teacher")]),

# 6 -- Irish government moves to scrap UN approval requirement for troop deployments; Irish Times style, straight quotes; so-called scare quote, "Mr" titles, partial quotes, quote continuing in next paragraph with no cue, description "the Cork North-Central TD", two-paragraph quote reopened, protest banner
('''The Minister for Foreign Affairs and Defence, Ciarán Mulvihill, has said the Government will press ahead with legislation to scrap the so-called "triple lock" on overseas deployments of the Defence Forces, despite warnings from opposition parties that the move would erode Irish neutrality.

Speaking on RTÉ's Morning Ireland on Tuesday, Mr Mulvihill said the requirement for UN Security Council approval effectively handed "a veto over Irish foreign policy to Moscow and Beijing".

"We are not joining Nato. We are not joining any military alliance. Nobody in this Government has proposed that," he said.

"What we are saying is that a decision about where Irish peacekeepers serve should be made by the Dáil, and not by a permanent member of the Security Council that may itself be a party to the conflict."

The Defence (Amendment) Bill, which passed second stage in the Dáil last month, would allow deployments of more than 12 troops with the approval of the Government and the Dáil alone. It is expected to return to the House before the summer recess.

Sinn Féin's spokeswoman on foreign affairs, Deirdre Nagle, said the Government was "dismantling neutrality by stealth" and called for the question to be put to the people in a referendum.

"If the Minister is so sure the public is with him, let him ask them," the Cork North-Central TD said. "Neutrality is not his to trade away at a summit in Brussels."

Social Democrats TD Ruairí Keogh said his party would table amendments at committee stage to guarantee a stronger role for the Oireachtas foreign affairs committee in any future deployment decision.

The Taoiseach, Niall Corrigan, speaking in Brussels ahead of a meeting of EU leaders, insisted that Ireland's position had not changed. "Ireland is militarily neutral, and it will remain militarily neutral. That is simply not in question.

"But neutrality has never meant indifference, and it has never meant letting others decide for us when we can help to keep the peace."

Outside Leinster House on Tuesday evening, around 200 people attended a protest organised by the Irish Neutrality League, some carrying a banner reading "Hands off our neutrality".

A recent Irish Times/Ipsos poll found that 63 per cent of voters favour retaining the current arrangement, with 24 per cent in favour of change and the remainder undecided.''',
 [("a veto over Irish foreign policy", "Ciarán Mulvihill"),
  ("We are not joining Nato.", "Ciarán Mulvihill"),
  ("What we are saying is that", "Ciarán Mulvihill"),
  ("dismantling neutrality by stealth", "Deirdre Nagle"),
  ("If the Minister is so sure", "Deirdre Nagle"),
  ("Neutrality is not his to trade", "Deirdre Nagle"),
  ("Ireland is militarily neutral, and it", "Niall Corrigan"),
  ("But neutrality has never meant indifference", "Niall Corrigan"),
  ("Hands off our neutrality", None)]),

# 7 -- Commissioner-designate's confirmation hearing in the European Parliament; Politico Europe style, curly quotes; partial pledge, question "asked" MEP, "replied", "told POLITICO", quote after a framing sentence with no verb, description "the commissioner-designate", partial quote from group coordinator, group post on X, anonymous parliamentary official
('''Energy Commissioner-designate Zuzana Hrdá survived a three-hour grilling in the European Parliament on Tuesday, but not without a few bruises — and a demand from MEPs for written answers on her past ties to a Slovak gas trader.

The former Slovak economy minister opened her hearing before the industry and environment committees with a pledge to make Europe “the first continent to finish its energy transition, not just start it.”

But the questioning quickly turned to Hrdá’s four years on the supervisory board of Slovgas Trading, a company that imported Russian gas until 2022.

“Can you tell this committee, clearly, whether you still hold any financial interest in that company?” asked Finnish liberal MEP Aino Lehtonen.

“I hold none. I sold my shares before I entered government, and this is documented in my declaration of interests,” Hrdá replied.

Lehtonen was not convinced. “Documented is not the same as transparent. We will be asking for the full paper trail,” she told POLITICO after the session.

Spanish Left MEP Itziar Goikoetxea then pressed the nominee on nuclear power. “You say you are technology-neutral. Is that a polite way of saying you will spend European money on reactors?”

The commissioner-designate did not take the bait. “Member states choose their energy mix — that is in the treaties, not in my gift. My job is to make sure that whatever they choose is connected, affordable and clean,” she said.

The European People’s Party, the largest group in Parliament, is expected to back her. Its coordinator on the industry committee, Austrian MEP Bernhard Auer, said afterwards that his group was “broadly satisfied with her answers” and saw no reason to delay a vote.

The Greens/EFA group was less charitable, posting on X that Hrdá had given “zero new answers on Russian gas.”

One parliamentary official who watched the hearing from the back of the room summed up the performance as “solid, not spectacular.”

Committee coordinators will meet on Wednesday evening to decide whether to approve her outright or send a second round of written questions. Parliament has rejected only a handful of nominees in the past two decades, and Hrdá’s allies privately expect her to clear the bar.''',
 [("the first continent to finish its", "Zuzana Hrdá"),
  ("Can you tell this committee, clearly,", "Aino Lehtonen"),
  ("I hold none. I sold my", "Zuzana Hrdá"),
  ("Documented is not the same as", "Aino Lehtonen"),
  ("You say you are technology-neutral.", "Itziar Goikoetxea"),
  ("Member states choose their energy mix", "Zuzana Hrdá"),
  ("broadly satisfied with her answers", "Bernhard Auer"),
  ("zero new answers on Russian gas", "Greens/EFA group"),
  ("solid, not spectacular", "~official")]),

# 8 -- EU interior ministers debate deportation rules in Luxembourg; The Local (Sweden) style, straight quotes; partial quote in lede, "told reporters" split, so-called term, several women ministers, "adding that" partial, commissioner, NGO statement, "told Dagens Nyheter" with attribution after quote
('''Sweden's migration minister, Elin Forsberg, on Thursday urged fellow EU interior ministers to back a tougher common approach to deporting rejected asylum seekers, saying the current system was "failing everyone, including those who have a genuine right to protection."

Speaking on arrival at a meeting of justice and home affairs ministers in Luxembourg, Forsberg said only around one in five people ordered to leave the EU actually did so.

"That is not a system, that is a lottery," she told reporters. "If a decision means nothing, then the whole asylum system loses its legitimacy."

The draft returns regulation, presented by the European Commission in March, would allow member states to send rejected applicants to so-called "return hubs" in countries outside the EU — a proposal that has divided governments and alarmed human rights groups.

Austria's interior minister, Gerhard Pichler, was among its strongest supporters. "We have talked about this for ten years. Now we need to act, and Austria is ready to be among the first to use such centres once the legal framework allows it," he said.

Spain's interior minister, Pilar Ortega, struck a more cautious note. "Spain will not support any mechanism that sends people to countries where their safety cannot be guaranteed," she said, adding that the proposal raised "serious questions of international law."

Commissioner for Internal Affairs Dimitris Karalis said he expected ministers to agree a common position by the end of the year. "I hear the concerns, and the text will contain safeguards. But I also hear citizens who want to know that the rules are actually enforced," he said.

Amnesty International said in a statement that the plan risked "outsourcing Europe's responsibilities to places where no one can see what happens."

At home, Forsberg's approach has drawn criticism from the opposition. "The minister goes to Luxembourg to talk tough, but Sweden's own return figures have barely moved in two years," the Social Democrats' migration spokesperson, Johan Lindgren, told Dagens Nyheter.

Forsberg's centre-right government relies on the support of the Sweden Democrats in the Riksdag and has made cutting migration one of its central promises ahead of next year's election.''',
 [("failing everyone, including those who have", "Elin Forsberg"),
  ("That is not a system, that", "Elin Forsberg"),
  ("If a decision means nothing, then", "Elin Forsberg"),
  ("We have talked about this for", "Gerhard Pichler"),
  ("Spain will not support any mechanism", "Pilar Ortega"),
  ("serious questions of international law", "Pilar Ortega"),
  ("I hear the concerns, and the", "Dimitris Karalis"),
  ("outsourcing Europe's responsibilities to places where", "Amnesty International"),
  ("The minister goes to Luxembourg to", "Johan Lindgren")]),

# 9 -- French prime minister survives no-confidence vote; AP style, curly quotes; televised statement split quote, description by age, partial quote, "told lawmakers", "told broadcaster BFMTV" paraphrase then quote, French chant with translation, anonymous retired nurse, translation note
('''PARIS (AP) — France’s prime minister survived a no-confidence vote by just nine votes on Wednesday, after a day of frantic negotiations over a budget that would freeze pensions and cut public spending by 40 billion euros.

The motion, tabled by the left-wing alliance, won 280 votes in the 577-seat National Assembly, short of the 289 needed to topple the government.

“The French people did not vote for chaos, and tonight the Assembly refused chaos,” Prime Minister Sébastien Marchal said in a brief televised statement after the vote. “But I have heard the anger, and I will not govern as if nothing happened.”

Marchal, 47, a former budget minister, was appointed in January after his predecessor’s government collapsed over the same issue. He has no majority in the Assembly and used a special constitutional procedure to push the budget through without a vote, which opened the way for the censure motion.

During the debate, Chloé Vasseur, who leads the left-wing alliance in parliament, accused the government of asking “the nurse and the bus driver to pay for the mistakes of the bankers.”

“You call it responsibility. We call it injustice,” Vasseur told lawmakers, to a standing ovation from the left benches.

The far-right National Rally, which abstained, held the government’s fate in its hands. Its parliamentary leader, Thierry Lagarde, told broadcaster BFMTV that his party had decided to spare the government for now.

“We are not going to give the French a Christmas without a budget,” Lagarde said. “But Mr. Marchal should understand one thing: our patience is not unlimited.”

Outside the Assembly, several thousand protesters gathered behind police barriers, chanting “Marchal, démission!” — “Marchal, resign!”

“I worked 38 years in a hospital, and now they want to freeze my pension,” said one retired nurse, who had travelled from Lille for the protest and asked that her name not be used.

The budget now goes to the Senate, where the government’s allies hold a majority. Marchal spoke in French; his remarks were translated by The Associated Press.''',
 [("The French people did not vote", "Sébastien Marchal"),
  ("But I have heard the anger,", "Sébastien Marchal"),
  ("the nurse and the bus driver", "Chloé Vasseur"),
  ("You call it responsibility.", "Chloé Vasseur"),
  ("We are not going to give", "Thierry Lagarde"),
  ("But Mr. Marchal should understand one", "Thierry Lagarde"),
  ("Marchal, démission!", None),
  ("Marchal, resign!", None),
  ("I worked 38 years in a", "~nurse")]),

# 10 -- Belgian federal coalition talks stall over wage indexation; Brussels Times style, straight quotes; "told reporters", nickname scare quote, partial quote, interview with RTBF, "told VRT" split, Royal Palace statement, employers' federation, union placards, quote after descriptive sentence with no verb
('''More than seven months after the federal elections, Belgium's coalition talks hit fresh turbulence on Monday when the French-speaking Socialist Party (PS) walked out of a negotiating session over proposed changes to the automatic indexation of wages.

Formateur Koen Vermeulen, tasked by the King with forming a government, insisted the talks were not dead. "Nobody has slammed the door. We have taken a breath, and that is allowed after seven months," he told reporters outside the Egmont Palace in Brussels.

The five parties at the table — nicknamed the "Arizona" coalition because their party colours match the US state's flag — have been negotiating since September on a package of reforms to pensions, the labour market and taxation.

PS president Nathalie Dupuis said her party would not return "as long as indexation is treated as a bargaining chip."

"Indexation is what protects a cleaner in Charleroi from inflation. It is not a luxury, and it is not negotiable," she said in an interview with the French-language broadcaster RTBF.

Flemish Christian Democrat leader Pieter Claes sought to calm tempers. "Everyone knows there will have to be a compromise on indexation, and everyone knows roughly what it will look like," Claes told VRT. "What we need now is less theatre and more calculators."

The Royal Palace said in a short statement that the King had received Vermeulen on Monday afternoon and had asked him "to continue his mission."

The Federation of Belgian Enterprises (FEB-VBO), the country's main employers' group, warned that "every week without a government is a week of lost reforms," pointing to Belgium's budget deficit, which the European Commission expects to exceed 5% of GDP next year.

In central Brussels, several hundred trade union members gathered near the talks venue with placards reading "Hands off our index".

Asked whether a government could be in place by Easter, Vermeulen smiled. "I have stopped making predictions. I will be happy when we are done."

Belgium holds the record for the longest government formation in the democratic world: 541 days, in 2010 and 2011.''',
 [("Nobody has slammed the door.", "Koen Vermeulen"),
  ("as long as indexation is treated", "Nathalie Dupuis"),
  ("Indexation is what protects a cleaner", "Nathalie Dupuis"),
  ("Everyone knows there will have to", "Pieter Claes"),
  ("What we need now is less", "Pieter Claes"),
  ("to continue his mission", "Royal Palace"),
  ("every week without a government is", "Federation of Belgian Enterprises"),
  ("Hands off our index", None),
  ("I have stopped making predictions.", "Koen Vermeulen")]),

# 11 -- Polish justice minister unveils judicial council reform; Notes from Poland style, curly quotes; partial quote in lede, press conference, head of president's office "told Polsat News", post on X, partial plus "told MPs", named Commission spokesperson, two-paragraph quote reopened
('''Poland’s justice minister, Adam Wierzbicki, has presented a bill to overhaul the National Council of the Judiciary (KRS), the body that nominates judges, in what he called “the last big step” in restoring the rule of law after eight years of Law and Justice (PiS) rule.

“We are not taking revenge on anyone. We are returning the choice of judges to judges, as the constitution and European courts require,” Wierzbicki said at a press conference in Warsaw on Tuesday.

Under the draft, 15 of the council’s 25 members would be elected by judges themselves rather than by the Sejm, the lower house of parliament, as has been the case since PiS changed the rules in 2017.

The bill faces an uncertain future. President Tadeusz Wróbel, who is aligned with PiS, has vetoed two previous judicial reforms and has signalled he may do so again.

“The president will not sign any law that allows one political camp to purge judges it does not like,” the head of the president’s office, Małgorzata Sikorska, told broadcaster Polsat News.

Wierzbicki hit back on X. “The president’s office talks about purges. We talk about judgments of the European Court of Human Rights. I recommend reading them,” he wrote.

During a heated debate in the Sejm, PiS MP Grzegorz Bielecki accused the government of sowing “legal chaos”. “They say rule of law, but what they mean is rule of their own lawyers,” he told MPs.

The European Commission, which has released billions of euros in previously frozen recovery funds since the change of government in 2023, welcomed the draft. “This is an important step towards addressing long-standing concerns about judicial independence in Poland,” Commission spokesperson Veerle Maes told Notes from Poland.

Judges themselves were cautiously optimistic. Krystyna Nowak-Jaros, president of the Iustitia association of judges, said the proposal was the first in years to have been drafted with their input.

“For a long time, politicians talked about judges. This is the first time in eight years that someone has actually talked with us.

“But a good law that is vetoed is only a good intention. We will see what the president does.”

The bill is expected to have its first reading in the Sejm later this month. The ruling coalition has a majority in both chambers but lacks the three-fifths needed to override a presidential veto.''',
 [("the last big step", "Adam Wierzbicki"),
  ("We are not taking revenge on", "Adam Wierzbicki"),
  ("The president will not sign any", "Małgorzata Sikorska"),
  ("The president’s office talks about purges.", "Adam Wierzbicki"),
  ("legal chaos", "Grzegorz Bielecki"),
  ("They say rule of law, but", "Grzegorz Bielecki"),
  ("This is an important step towards", "Veerle Maes"),
  ("For a long time, politicians talked", "Krystyna Nowak-Jaros"),
  ("But a good law that is", "Krystyna Nowak-Jaros")]),

# 12 -- Eurogroup fails to agree digital euro holding limit; Reuters wire style, straight quotes; "told a news conference" split quote, ECB board member with quote continuing in next paragraph, "said on arrival" split, "told Reuters" partial, banking federation statement, anonymous euro zone official, MEP post on X
('''LUXEMBOURG, June 16 (Reuters) - Euro zone finance ministers failed on Monday to agree on how much digital currency individual citizens should be allowed to hold, exposing divisions that could delay the launch of a digital euro beyond 2028.

"We made real progress today, but I will not pretend that we crossed the finish line," Eurogroup President Kostas Arvanitis, who is also Greece's finance minister, told a news conference after the meeting. "The holding limit is the last big political question, and it is a difficult one."

The European Central Bank has suggested a cap of around 3,000 euros per person, arguing that anything much lower would make the currency pointless for everyday use.

"A digital euro that you cannot actually use to pay for a holiday or a second-hand car would be a museum piece," ECB Executive Board member Isabel Montero said on the sidelines of the meeting.

"People will not adopt something that is designed to be irrelevant."

Austria and Germany pressed for a lower limit, citing concerns about privacy and financial stability. "Our citizens love cash, and they are suspicious of anything that looks like the state watching their wallet," Austrian Finance Minister Florian Gruber said on arrival. "We need guarantees, not promises."

Italy's Economy Minister Giorgio Valentini told Reuters his country supported the project "but not at any price," adding that small banks in particular needed protection.

The European Banking Federation, which represents lenders across the bloc, said in a statement that a high cap "could drain deposits from the banking system at exactly the wrong moment."

One euro zone official involved in the negotiations said a compromise was nonetheless within reach. "There is a landing zone somewhere between 2,000 and 3,000 euros, but nobody wants to be the first to say a number," the official said.

The European Parliament must also approve the regulation. Its lead lawmaker on the file, Spanish MEP Rocío Benítez, warned ministers not to drag their feet. "Parliament will not wait for the Council forever. Citizens deserve a public digital option before Big Tech decides for them," she wrote on X.

Ministers will return to the issue at their next meeting in July.

(Reporting by Piotr Lewandowski and Giulia Rocca; Editing by Alison Marsh)''',
 [("We made real progress today, but", "Kostas Arvanitis"),
  ("The holding limit is the last", "Kostas Arvanitis"),
  ("A digital euro that you cannot", "Isabel Montero"),
  ("People will not adopt something that", "Isabel Montero"),
  ("Our citizens love cash, and they", "Florian Gruber"),
  ("We need guarantees, not promises.", "Florian Gruber"),
  ("but not at any price", "Giorgio Valentini"),
  ("could drain deposits from the banking", "European Banking Federation"),
  ("There is a landing zone somewhere", "~official"),
  ("Parliament will not wait for the", "Rocío Benítez")]),

# 13 -- EU court strikes down Malta's citizenship-by-investment scheme; Times of Malta style, curly quotes; partial quote with said-after in lede, "Dr" title and split quote, court judgment quoted, opposition statement over two paragraphs, NGO head partial, Commission partial, anonymous agent, final quote with no verb after framing sentence
('''The government will “fully respect” the European Court of Justice’s ruling striking down Malta’s citizenship-by-investment scheme, Prime Minister Clayton Azzopardi said on Tuesday, even as he defended the programme’s record.

“We are a country that respects the rule of law, and we will comply with the judgment in full,” Dr Azzopardi told journalists at Castille. “But let nobody rewrite history. This programme built schools, hospitals and social housing.”

In its judgment, the Luxembourg-based court said that granting citizenship “in exchange for predetermined payments or investments” was incompatible with EU law, because Maltese citizenship automatically confers EU citizenship and the rights that come with it.

The Opposition leader, Rebecca Camilleri, said in a statement: “For years, anyone who questioned this scheme was called a traitor to Malta. Today the highest court in Europe has said what we have been saying all along.

“The Prime Minister owes the Maltese people an apology, not a lecture about schools.”

Repubblika president Nadia Farrugia described the ruling as “a vindication for every journalist and activist who was smeared for asking questions”.

The European Commission, which took Malta to court in 2023, said it “welcomes the clarity provided by the Court” and would follow up with the Maltese authorities on implementation.

An agent in Sliema who has handled applications under the scheme, and who spoke on condition of anonymity, said clients had been calling since early morning. “They want to know if their passports are safe. Honestly, nobody can tell them yet,” the agent said.

Asked whether people who had already obtained citizenship could lose it, Dr Azzopardi was categorical. “Nobody who became Maltese legally will lose their citizenship because of this ruling.”

The scheme, launched in 2014 and revamped in 2020, has brought in more than €1.4 billion, according to government figures. The government is expected to present amending legislation to Parliament before the summer recess.''',
 [("fully respect", "Clayton Azzopardi"),
  ("We are a country that respects", "Clayton Azzopardi"),
  ("But let nobody rewrite history.", "Clayton Azzopardi"),
  ("in exchange for predetermined payments or", "European Court of Justice"),
  ("For years, anyone who questioned this", "Rebecca Camilleri"),
  ("The Prime Minister owes the Maltese", "Rebecca Camilleri"),
  ("a vindication for every journalist and", "Nadia Farrugia"),
  ("welcomes the clarity provided by the", "European Commission"),
  ("They want to know if their", "~agent"),
  ("Nobody who became Maltese legally will", "Clayton Azzopardi")]),

# 14 -- Italy vows to keep Albania migrant centres after court setback; Euronews style, straight quotes; "told reporters" split quote, government slogan, partial quote from opposition MP then "told Euronews" split, UNHCR spokeswoman, foreign minister "told Euronews Albania", anonymous released migrant, description "the 58-year-old"
('''Italy's interior minister, Marco Sarti, on Friday vowed to press ahead with the country's migrant processing centres in Albania, a day after a court in Rome ordered the release of 12 men who had been transferred there.

"No judge will decide Italy's migration policy. The parliament and the government decide it, because they answer to voters," Sarti told reporters in Rome. "We will appeal, and we will win."

The court ruled that the men, from Bangladesh and Egypt, could not be held under the accelerated border procedure because their countries of origin did not meet the EU's criteria for safety. They were brought back to Italy on a coast guard vessel on Friday morning.

The centres at Shëngjin and Gjadër, which are expected to cost around 800 million euros over five years, were launched last year under the government slogan "Italy protects its borders".

Opposition Democratic Party lawmaker Elena Rinaldi called the project "the most expensive propaganda video in the history of the Republic."

"This government has spent hundreds of millions of euros on empty buildings in Albania so that it can post pictures on social media," Rinaldi told Euronews. "Meanwhile, reception centres in Sicily are overflowing."

UNHCR spokeswoman Sofia Bellucci said the agency was following the situation closely. "Any arrangement of this kind must guarantee full access to asylum procedures and effective legal remedies," she said.

In Tirana, the government sought to keep its distance from the legal wrangling. "Albania is a partner to Italy, not a warehouse for Europe's problems," Albanian Foreign Minister Elira Hoxha told Euronews Albania.

One of the released men, a 24-year-old from Bangladesh, spoke to Euronews by phone from a reception centre near Bari. "They put us on a ship, then a bus, then in a room with a locked door, and nobody told us why," he said.

The 58-year-old minister, a former prefect of Rome, is a close ally of the prime minister and has made the Albania deal the centrepiece of his tenure. Several other EU governments, including the Netherlands and Denmark, have said they are studying the model closely.''',
 [("No judge will decide Italy's migration", "Marco Sarti"),
  ("We will appeal, and we will", "Marco Sarti"),
  ("the most expensive propaganda video in", "Elena Rinaldi"),
  ("This government has spent hundreds of", "Elena Rinaldi"),
  ("Meanwhile, reception centres in Sicily are", "Elena Rinaldi"),
  ("Any arrangement of this kind must", "Sofia Bellucci"),
  ("Albania is a partner to Italy,", "Elira Hoxha"),
  ("They put us on a ship,", "~man")]),

# 15 -- EU member states fail to block tariffs on Chinese electric cars; Politico Europe style, curly quotes; commissioner statement split quote, minister "told reporters" partial, carmakers' association statement partial, minister post on X, Chinese ministry statement with two partial quotes, anonymous diplomat with said-after, scare-quoted policy term
('''BRUSSELS — EU countries on Friday failed to muster enough votes to block the Commission’s plan to impose tariffs of up to 35 percent on electric vehicles made in China, clearing the way for the duties to take effect next month despite fierce opposition from Berlin.

Ten countries voted in favor, five against and 12 abstained, according to three diplomats familiar with the result — well short of the qualified majority needed to stop the measure.

Trade Commissioner Lars Oskarsson hailed the outcome. “Europe is open for competition, but not for unfair competition,” he said in a statement. “These duties are targeted, proportionate and fully in line with WTO rules.”

Germany, whose carmakers sell hundreds of thousands of vehicles in China each year, voted against. German Economy Minister Katharina Bode told reporters in Berlin that the tariffs risked “a trade war that nobody in Europe can win.”

The German Association of the Automotive Industry (VDA) said in a statement that the vote was “a step backwards for free trade” and urged the Commission to keep talking to Beijing.

France, the most vocal supporter of the duties, welcomed the result. “This is Europe finally defending its industry with the same tools as everyone else,” French Trade Minister Camille Roussel posted on X.

The Chinese Ministry of Commerce responded within hours, saying Beijing “firmly opposes” the decision and would “take all necessary measures” to protect the interests of Chinese companies. Chinese state media have already floated retaliatory probes into European brandy, pork and dairy.

Several capitals abstained rather than pick a side. “Abstaining was the most honest vote available. We dislike the tariffs, and we dislike Chinese subsidies even more,” said one diplomat from an abstaining country, who was granted anonymity to speak candidly.

The Commission has framed the tariffs as part of its broader “de-risking” agenda toward China, a term that has become ubiquitous in Brussels but means very different things in Paris and Berlin.

Negotiations with Beijing on minimum prices that could replace the duties are set to continue, and Commission officials said technical talks would resume next week.''',
 [("Europe is open for competition, but", "Lars Oskarsson"),
  ("These duties are targeted, proportionate and", "Lars Oskarsson"),
  ("a trade war that nobody in", "Katharina Bode"),
  ("a step backwards for free trade", "German Association of the Automotive Industry"),
  ("This is Europe finally defending its", "Camille Roussel"),
  ("firmly opposes", "Chinese Ministry of Commerce"),
  ("take all necessary measures", "Chinese Ministry of Commerce"),
  ("Abstaining was the most honest vote", "~diplomat")]),

# 16 -- Dutch cabinet collapses over asylum policy; NL Times style, straight quotes; press conference, posts on X split, partial quote then "told broadcaster NOS", opposition partial plus quote, protest sign, anonymous ministry official, description "the 61-year-old"
('''The Dutch cabinet collapsed on Tuesday evening after the largest coalition party pulled its ministers out in a dispute over asylum policy, plunging the Netherlands into its second snap election in less than three years.

Prime Minister Dirk van Aalst, a former senior civil servant with no party affiliation, said he would offer the resignation of his cabinet to the King. "I regret this deeply. This country needs stability, and tonight it did not get it," Van Aalst told a late-night press conference in The Hague.

The crisis was triggered by National Freedom Party (NVP) leader Bart Hoekstra, who had demanded that the cabinet adopt his ten-point plan for an immediate halt to new asylum applications within two weeks.

"We asked for the strictest asylum policy ever, and we got committees and excuses," Hoekstra wrote on X shortly before the cabinet meeting ended. "Enough is enough."

His coalition partners reacted with fury. Farmer-Citizen Movement (BBB) leader Henk Dijkstra accused Hoekstra of "putting his own poll numbers before the country."

"We had an agreement, we had a plan, and he has thrown it away for a few extra seats," Dijkstra told broadcaster NOS.

GroenLinks-PvdA leader Femke Jansen, whose party leads the opposition, called the collapse "the predictable end of a cabinet that was never really about governing." "The Netherlands deserves better than this chaos, and in a few months voters can choose it," she said.

Outside the parliament buildings, a handful of demonstrators gathered with a hand-painted sign reading "Finally new elections".

Inside the ministries, the mood was one of weary resignation. "We have spent a year drafting laws that everyone knew would never pass the Senate. Now we start again," said one official at the Ministry of Asylum and Migration, who was not authorised to speak publicly.

Van Aalst said he would stay on as caretaker until a new government is formed. "Ukraine, the budget, the housing shortage — none of that stops because the politics has stopped," the 61-year-old said.

The Electoral Council is expected to set a date for the election, probably in late October, later this week. Coalition talks in the Netherlands routinely take months, meaning the caretaker cabinet could remain in office well into next year.''',
 [("I regret this deeply. This country", "Dirk van Aalst"),
  ("We asked for the strictest asylum", "Bart Hoekstra"),
  ("Enough is enough.", "Bart Hoekstra"),
  ("putting his own poll numbers before", "Henk Dijkstra"),
  ("We had an agreement, we had", "Henk Dijkstra"),
  ("the predictable end of a cabinet", "Femke Jansen"),
  ("The Netherlands deserves better than this", "Femke Jansen"),
  ("Finally new elections", None),
  ("We have spent a year drafting", "~official"),
  ("Ukraine, the budget, the housing shortage", "Dirk van Aalst")]),

# 17 -- UK and EU edge towards youth mobility scheme; Guardian style, British single quotes; "X, the <role>, said" with partial quote, split quote, "told the BBC's Today programme" partial then "he said", shadow minister "said:", organisation statement partial, think-tank fellow, anonymous student
('''The UK and the EU are edging closer to a youth mobility scheme that would allow young people to live and work in each other's territory for up to three years, ministers and diplomats have said, though disagreements remain over numbers and tuition fees.

Nick Thornbury, the Cabinet Office minister responsible for EU relations, said after talks in Brussels on Thursday that a deal was 'closer than it has been at any point since Brexit'.

'We are not rejoining the single market, and we are not bringing back free movement,' he said. 'What we are talking about is a capped, time-limited scheme that lets a young nurse from Lyon or a young engineer from Leeds spend a couple of years abroad. That's the kind of thing most people think is just common sense.'

The EU's ambassador to the UK, Pedro Serrão, told BBC Radio 4's Today programme that the bloc was 'flexible on the design but firm on the principle' that any scheme must treat all 27 member states equally.

'We cannot have a scheme for the French and the Germans but not for Bulgarians and Romanians,' he said.

The main sticking point is university fees. Brussels wants EU students in the UK to pay the same as domestic students, which British universities say would cost them hundreds of millions of pounds a year.

Universities UK, which represents 140 institutions, said it 'strongly supports greater mobility' but warned that any deal on fees had to be 'fully funded by government'.

The Conservatives accused ministers of betraying the referendum result. The shadow Cabinet Office minister, Helen Marsh, said: 'This is free movement by the back door, and the government knows it. Labour told voters that red line would hold.'

Anand Mehta, a senior research fellow at the Centre for European Reform, said the politics of the issue had shifted markedly. 'Five years ago no minister would have touched this. Now it polls well even among leave voters under 40,' he said.

At a careers fair in Manchester on Thursday, the idea went down well. 'I'd love to spend a year working in Spain, but right now the visa costs more than my rent,' said one student.

Officials on both sides hope to have an outline agreement ready for the next UK-EU summit in the spring.''',
 [("closer than it has been at", "Nick Thornbury"),
  ("We are not rejoining the single", "Nick Thornbury"),
  ("What we are talking about is", "Nick Thornbury"),
  ("flexible on the design but firm", "Pedro Serrão"),
  ("We cannot have a scheme for", "Pedro Serrão"),
  ("strongly supports greater mobility", "Universities UK"),
  ("fully funded by government", "Universities UK"),
  ("This is free movement by the", "Helen Marsh"),
  ("Five years ago no minister would", "Anand Mehta"),
  ("I'd love to spend a year", "~student")]),

# 18 -- EU-Western Balkans summit in Skopje; Balkan Insight style, curly quotes; commissioner partial then closing press conference, description "a former Slovenian foreign minister", "he said", "told reporters", deputy PM "told Bulgarian National Radio" partial, split quote, banner and chant, anonymous student with age
('''SKOPJE — EU leaders meeting their Western Balkan counterparts in the North Macedonian capital on Wednesday promised to speed up accession talks, but the summit’s final declaration offered no new dates, leaving several candidate countries openly frustrated.

Enlargement Commissioner Marta Kovač told the gathering that the region’s future “is in the European Union, full stop.”

“Enlargement is no longer a favour we do for the Balkans. It is a geopolitical necessity for us,” Kovač, a former Slovenian foreign minister, said at the closing press conference.

Montenegrin Prime Minister Nikola Vuković, whose country is furthest ahead in negotiations, said Podgorica aimed to close all remaining chapters by the end of next year. “We are doing our homework. We expect Brussels to mark it fairly and on time,” he said.

North Macedonia’s foreign minister, Ivana Petrovska, was less diplomatic. “We changed our country’s name. We changed our constitution once already. Every time we pass one test, someone invents another,” she told reporters, in a clear reference to neighbouring Bulgaria.

Sofia has made the opening of North Macedonia’s accession talks conditional on Skopje recognising a Bulgarian minority in its constitution. Bulgarian Deputy Prime Minister Stoyan Gerdzhikov told Bulgarian National Radio that his government’s conditions were “exactly the same as those agreed in 2022” and that the ball was in Skopje’s court.

Serbia, which has been criticised in Brussels for refusing to align with EU sanctions on Russia, sent its European integration minister, Tamara Đurić. “Serbia’s strategic goal remains EU membership,” Đurić said. “But we will decide our foreign policy in Belgrade, not in Brussels and not in Moscow.”

Outside the conference centre, several hundred young people gathered with banners reading “EU yes, vetoes no” and chanted “Europe now!” as delegations arrived.

“My parents waited for Europe their whole lives. I am not going to wait, I am going to Germany,” said one 22-year-old student at the protest.

The next EU-Western Balkans summit is scheduled for December in Brussels. Diplomats said the Commission would publish its annual enlargement reports in October, which will assess each candidate’s progress on the rule of law and economic reform.''',
 [("is in the European Union, full", "Marta Kovač"),
  ("Enlargement is no longer a favour", "Marta Kovač"),
  ("We are doing our homework.", "Nikola Vuković"),
  ("We changed our country’s name.", "Ivana Petrovska"),
  ("exactly the same as those agreed", "Stoyan Gerdzhikov"),
  ("Serbia’s strategic goal remains EU membership", "Tamara Đurić"),
  ("But we will decide our foreign", "Tamara Đurić"),
  ("EU yes, vetoes no", None),
  ("Europe now!", None),
  ("My parents waited for Europe their", "~student")]),

# 19 -- Far right wins Austrian election; dpa wire style, straight quotes; "told cheering supporters:", chant, chancellor split across sentences with "she said", "told broadcaster ORF", partial quote, presidential office statement partial, foreign politician on X, anonymous retired voter
('''VIENNA (dpa) - Austria's far-right Freedom Party (FPÖ) won Sunday's parliamentary election with 29.4 percent of the vote, according to preliminary results, the first national election victory in the party's history.

FPÖ leader Markus Leitner told cheering supporters at the party's election night event in Vienna: "Today the people have spoken, and they have said: enough. Enough of being ignored, enough of being lectured."

The crowd responded by chanting "Leitner! Leitner!" as the party's projected seat tally appeared on a screen behind him.

Chancellor Claudia Brandl of the conservative Austrian People's Party (ÖVP), which came second with 26.1 percent, conceded defeat. "This is a painful result, and I take full responsibility for it," Brandl said.

She left open whether her party would enter coalition talks with the FPÖ. "We will talk to all parties that respect our constitution and Austria's place in Europe," she said, in what observers interpreted as a condition aimed at Leitner personally.

Social Democratic leader Thomas Wallner, whose party came third, ruled out any cooperation. "We will not help make a man chancellor who calls journalists enemies and Brussels a dictatorship," Wallner told broadcaster ORF.

Greens leader Lena Haider, whose party lost more than half its support, spoke of "a dark day for Austria and for Europe."

The Office of the Federal President said in a statement that the head of state would meet all party leaders in the coming days and stressed that there was "no automatic right" for the largest party to lead the next government.

Several far-right politicians across Europe were quick to congratulate Leitner. "A great day for a Europe of sovereign nations," wrote Italian League senator Paolo Ferri on X.

In the Styrian industrial town of Leoben, where the FPÖ topped 40 percent, voters cited migration and the cost of living. "I voted for them because of prices and migration. Nobody else was listening," said a retired electrician leaving a polling station.

Coalition negotiations are expected to take several months. Final results, including postal votes, are due on Monday.''',
 [("Today the people have spoken, and", "Markus Leitner"),
  ("Leitner! Leitner!", None),
  ("This is a painful result, and", "Claudia Brandl"),
  ("We will talk to all parties", "Claudia Brandl"),
  ("We will not help make a", "Thomas Wallner"),
  ("a dark day for Austria and", "Lena Haider"),
  ("no automatic right", "Office of the Federal President"),
  ("A great day for a Europe", "Paolo Ferri"),
  ("I voted for them because of", "~electrician")]),

# 20 -- Portugal at risk of losing EU recovery funds; Euronews style, curly quotes; report title, minister "told Lusa" split quote, opposition partial then quote, mayor with description "the mayor said", Commission statement with two partial quotes, anonymous contractor
('''Portugal risks losing up to €2 billion in EU recovery funds unless it speeds up dozens of delayed projects before next year’s deadline, according to a report published on Monday by the country’s Court of Auditors.

The report, titled “Recovery or Delay? The Recovery and Resilience Plan at Mid-Term”, found that only 41% of the €22 billion allocated to Portugal had actually reached final beneficiaries.

Cohesion Minister Inês Rebelo insisted the government would meet the deadline. “We are not going to lose a single euro. Not one,” she told Portuguese news agency Lusa. “The figures in the report are six months old, and a great deal has happened since then.”

The opposition was unconvinced. Socialist leader Helena Faria accused the government of “sitting on money that should already be in hospitals and schools”.

“Every month of delay is a social housing project that doesn’t exist, a health centre that doesn’t open,” Faria said during a visit to Setúbal on Monday afternoon.

Municipalities say they have been left in the dark. Jorge Mota, the mayor of Braga, whose city is waiting for funds for a new tram line, said local authorities were caught between two bureaucracies. “We submit the paperwork, we wait, we submit more paperwork. The money is in Brussels, the projects are in Braga, and in between there is Lisbon,” the mayor said.

The European Commission said it was “in regular contact with the Portuguese authorities” and that any payment decision would be based on “milestones effectively achieved”.

The construction sector, which depends heavily on the funds, has also raised the alarm. “Half of the sector is waiting to be paid for work it has already done,” said one contractor in Porto, who asked not to be named for fear of jeopardising future public tenders.

Portugal’s recovery plan, one of the largest in the EU relative to the size of its economy, was revised last year to add funding for housing and for the national health service. All projects must be completed by August 2026 for the money to be paid out.''',
 [("We are not going to lose", "Inês Rebelo"),
  ("The figures in the report are", "Inês Rebelo"),
  ("sitting on money that should already", "Helena Faria"),
  ("Every month of delay is a", "Helena Faria"),
  ("We submit the paperwork, we wait,", "Jorge Mota"),
  ("in regular contact with the Portuguese", "European Commission"),
  ("milestones effectively achieved", "European Commission"),
  ("Half of the sector is waiting", "~contractor")]),

# 21 -- Police raid MEP's office in corruption probe; Politico Europe style, straight quotes; prosecutor's office statement with two partial quotes, lawyer "told POLITICO", Parliament president with quote continuing in next paragraph, NGO director, nickname scare quote, anonymous MEP partial then "added", company statement
('''BRUSSELS — Belgian police on Tuesday searched the Brussels office of Croatian MEP Andrea Kostelić as part of a corruption investigation into alleged payments from a Gulf-based lobbying firm, in what colleagues fear could become the European Parliament's biggest scandal in years.

The Belgian Federal Prosecutor's Office said in a statement that investigators were looking into "active and passive corruption, money laundering and participation in a criminal organisation" and that searches had taken place at "several addresses in Brussels and Zagreb."

Kostelić, a second-term lawmaker who sits on the Parliament's foreign affairs committee, was not detained. Her lawyer, Jan De Wolf, said she was cooperating fully. "Ms. Kostelić has nothing to hide and has not been charged with anything. She will answer every question the investigating judge puts to her," De Wolf told POLITICO.

Parliament President Jorge Alcántara opened the plenary session in Strasbourg with a pledge of cooperation. "There can be no impunity in this house. If anyone has sold their vote, they will face the full consequences," Alcántara said.

"We have spent two years rebuilding trust since the last scandal, and I will not allow that work to be thrown away."

Transparency advocates said the case showed that the reforms adopted after that earlier affair had not gone far enough. "The ethics body that was promised is still a shell. It has no investigators, no powers and, frankly, no teeth," said Margot Lefèvre, policy director at Transparency International EU.

By lunchtime the affair had already been nicknamed "Gulfgate" in the corridors of the Parliament.

One MEP from Kostelić's political group, who requested anonymity to speak freely about a colleague, described the mood as "somewhere between shock and déjà vu." "Nobody wants to be the one who defended her if this turns out to be true," the MEP added.

The lobbying firm, Al Noor Strategic Communications, denied any wrongdoing in a statement, saying it "has always operated in full compliance with EU transparency rules" and would cooperate with Belgian authorities.

Under Parliament rules, Kostelić retains her immunity unless the assembly votes to lift it at the request of Belgian prosecutors. A request of that kind would first go to the legal affairs committee, a process that usually takes several weeks.''',
 [("active and passive corruption, money laundering", "Belgian Federal Prosecutor's Office"),
  ("several addresses in Brussels and Zagreb", "Belgian Federal Prosecutor's Office"),
  ("Ms. Kostelić has nothing to hide", "Jan De Wolf"),
  ("There can be no impunity in", "Jorge Alcántara"),
  ("We have spent two years rebuilding", "Jorge Alcántara"),
  ("The ethics body that was promised", "Margot Lefèvre"),
  ("somewhere between shock and déjà vu", "~MEP"),
  ("Nobody wants to be the one", "~MEP"),
  ("has always operated in full compliance", "Al Noor Strategic Communications")]),

# 22 -- Finland extends closure of its border with Russia; Yle News style, curly quotes; government term quoted with "what it called", minister at press conference, Border Guard statement partial, deputy commander "told Yle", opposition MP partial then quote, embassy Telegram post, anonymous shopkeeper with quote continuing in next paragraph
('''HELSINKI — The Finnish government on Thursday extended the closure of the country’s entire eastern border with Russia by another six months, citing what it called Moscow’s continued “instrumentalisation” of migrants.

“The threat has not gone away. Russia has shown that it is willing to use people as a weapon against Finland, and we will not give it the opportunity to do so again,” Interior Minister Sanna Kivelä told a press conference in Helsinki.

The Finnish Border Guard said in a statement that it had observed “continued preparatory activity” on the Russian side of the 1,340-kilometre frontier in recent weeks.

Brigadier General Jukka Salmela, the Border Guard’s deputy commander, told Yle that the pattern was familiar. “We are seeing groups of people being moved towards the border area and then moved away again. It is something we recognise from 2023,” he said.

All crossing points have been closed since late 2023, when around 1,300 asylum seekers from countries including Syria, Somalia and Yemen arrived at the border within a few weeks. Helsinki accused Moscow of deliberately channelling them towards Finland.

Critics say the closure, and an emergency law allowing border guards to turn back asylum seekers, sit uneasily with Finland’s international obligations. Left Alliance MP Aleksi Honkanen said the law “stretches the constitution to its limits”.

“Nobody disputes that Russia is behaving badly. The question is whether we can simply suspend the right to seek asylum for a year at a time,” Honkanen said.

The Russian Embassy in Helsinki dismissed the decision as “Russophobic hysteria” in a post on Telegram.

In eastern Finland, which once depended heavily on Russian shoppers, businesses continue to feel the effect. “Before, the car park was full of Russian number plates every weekend. Now I am lucky if I see ten customers a day,” said one shopkeeper in Lappeenranta, 30 kilometres from the border.

“I understand why the border is closed. But nobody in Helsinki asks what happens to us.”

The government is due to review the situation again before the end of the year. Parliament’s constitutional law committee is also expected to give its opinion on whether the emergency law can be extended.''',
 [("instrumentalisation", "Finnish government"),
  ("The threat has not gone away.", "Sanna Kivelä"),
  ("continued preparatory activity", "Finnish Border Guard"),
  ("We are seeing groups of people", "Jukka Salmela"),
  ("stretches the constitution to its limits", "Aleksi Honkanen"),
  ("Nobody disputes that Russia is behaving", "Aleksi Honkanen"),
  ("Russophobic hysteria", "Russian Embassy in Helsinki"),
  ("Before, the car park was full", "~shopkeeper"),
  ("I understand why the border is", "~shopkeeper")]),

# 23 -- Greece activates EU Civil Protection Mechanism as wildfire nears Athens; Kathimerini English edition style, straight quotes; partial quote then "told reporters" split, emergency text alert, commissioner post on X, fire service spokesman, mayor "told SKAI television", anonymous resident, opposition statement
('''ATHENS — Greece on Monday activated the EU Civil Protection Mechanism for the second time this summer as a wildfire fanned by gale-force winds swept through pine forests north of Athens, forcing the evacuation of at least 14 villages and settlements.

Civil Protection Minister Nikos Theodoridis said firefighters were facing "extreme conditions." "We have winds of up to 9 Beaufort, temperatures above 40 degrees and a forest that has not burned in 30 years," he told reporters at the fire service's operations centre in Halandri. "This is the worst combination possible."

Residents across the area received emergency alerts from the 112 service reading: "Wildfire in your area. Evacuate towards Marathon. Follow the instructions of the authorities."

Within hours, four firefighting aircraft from Italy and Croatia were on their way under the rescEU scheme. "Europe stands with Greece. When one of us burns, all of us respond," Commissioner for Preparedness and Crisis Management Katarina Lindholm wrote on X.

Fire service spokesman Yiannis Kostakis said 460 firefighters, 120 vehicles and 17 aircraft were battling the blaze by early evening. "The front is more than 25 kilometres long, and it is changing direction every hour," Kostakis said.

Local officials complained that help had been slow to arrive. "For three hours we were alone with garden hoses and buckets," Dionysos Mayor Eleni Stathopoulou told SKAI television.

In the village of Agios Stefanos, residents loaded cars with whatever they could carry as ash fell on the streets. "I have lived here 40 years. I took the photographs and the dog, and I left everything else," said one resident, watching smoke rise from the hillside behind her house.

The main opposition party, PASOK, accused the government of failing to learn from previous disasters. "Every summer the government promises that next year will be different, and every summer Attica burns," PASOK leader Dimitra Kaloudi said in a statement.

Scientists say climate change is making Mediterranean summers hotter and drier, lengthening the fire season. The National Observatory of Athens said last week that July had been the hottest on record in the capital.''',
 [("extreme conditions", "Nikos Theodoridis"),
  ("We have winds of up to", "Nikos Theodoridis"),
  ("This is the worst combination possible.", "Nikos Theodoridis"),
  ("Wildfire in your area. Evacuate towards", None),
  ("Europe stands with Greece.", "Katarina Lindholm"),
  ("The front is more than 25", "Yiannis Kostakis"),
  ("For three hours we were alone", "Eleni Stathopoulou"),
  ("I have lived here 40 years.", "~resident"),
  ("Every summer the government promises that", "Dimitra Kaloudi")]),

# 24 -- Poland protests German border controls; Reuters wire style, curly quotes; partial quote then "told reporters", minister "told the Funke media group" plus "she added" split, unnamed Commission spokesperson, anonymous truck driver, two mayors of twin towns ("Krüger said", "she told Polish radio RMF FM")
('''WARSAW/BERLIN, Sept 9 (Reuters) – Poland on Monday summoned Germany’s ambassador over Berlin’s decision to extend controls on all its land borders for another six months, escalating a row that has snarled traffic and strained relations between the two neighbours.

Polish Interior Minister Marcin Kowalczyk called the German move “unacceptable and unjustified”. “Schengen was built on trust. What Germany is doing is telling its neighbours: we do not trust you,” Kowalczyk told reporters in Warsaw.

German Interior Minister Ulrike Sander defended the checks as necessary to curb irregular migration and people smuggling. “These controls are working. Since they were introduced, we have turned back more than 30,000 people at the border,” Sander told the Funke media group.

“Nobody wants queues at the border, least of all me,” she added. “But security comes first.”

The European Commission, which must be notified of any reintroduction of internal border checks, said it was in contact with both governments. “Internal border controls must remain an exception, strictly limited in time and proportionate,” a Commission spokesperson said.

At the Świecko crossing on the A2 motorway, lorries queued for more than 10 kilometres on Monday morning. “Yesterday I waited four hours, today three. Every hour costs my boss money, and I don’t get paid for sitting,” said one Lithuanian truck driver.

For the twin towns of Frankfurt an der Oder and Słubice, linked by a single bridge over the river, the checks have become part of daily life. “Our towns live together. Children go to school on one side and to football training on the other,” Frankfurt an der Oder mayor Stefan Krüger said.

His Polish counterpart, Słubice mayor Agnieszka Pawlak, was blunter. “Every morning my residents queue to get to work. This is not the Europe we joined in 2004,” she told Polish radio RMF FM.

Germany first reintroduced checks on its eastern borders in 2023 and extended them to all its land borders last year. Several other Schengen members, including Austria, France and the Netherlands, also carry out internal border controls.

(Reporting by Marta Zielińska in Warsaw and Thomas Brenner in Berlin; Editing by Paul Carrel-Hayes)''',
 [("unacceptable and unjustified", "Marcin Kowalczyk"),
  ("Schengen was built on trust.", "Marcin Kowalczyk"),
  ("These controls are working.", "Ulrike Sander"),
  ("Nobody wants queues at the border,", "Ulrike Sander"),
  ("But security comes first.", "Ulrike Sander"),
  ("Internal border controls must remain an", "European Commission"),
  ("Yesterday I waited four hours, today", "~driver"),
  ("Our towns live together.", "Stefan Krüger"),
  ("Every morning my residents queue to", "Agnieszka Pawlak")]),

# 25 -- Mass protests against Slovak public broadcaster bill; Guardian style, curly single quotes; chant and banner, prime minister partial then Facebook video quote, opposition leader partial and quote, broadcaster presenter "told the BBC", Commission partial, anonymous protester
('''Tens of thousands of people have protested in Bratislava and other Slovak cities against a government bill that critics say would bring the public broadcaster under political control, in the largest demonstrations the country has seen since 2018.

Crowds in the capital’s Freedom Square on Friday evening chanted ‘Shame! Shame!’ and waved EU flags alongside banners reading ‘Slovakia is Europe’.

The prime minister, Viktor Hanák, whose nationalist-populist coalition introduced the bill last month, dismissed the protests as ‘organised by the opposition and paid for from abroad’.

‘The public broadcaster has been a political weapon against this government for years. We are simply restoring balance,’ Hanák said in a video posted on Facebook.

The opposition leader, Michal Šimko, addressing the crowd in Bratislava, said the bill had been ‘copied line by line from Budapest’.

‘They are not restoring balance. They are taking the last independent newsroom in public hands and turning it into a loudspeaker,’ Šimko said.

Under the bill, the broadcaster’s director general would be appointed by a council whose members are chosen mainly by parliament and the culture ministry, and the broadcaster’s budget would be set annually by the government.

Lucia Bartošová, a presenter at the public broadcaster STVR, told the BBC that staff were already afraid. ‘People in the newsroom are censoring themselves before the law has even passed. That is how it starts. Nobody sends soldiers; they send a new director,’ she said.

The European Commission said it was ‘analysing the draft law’ in the light of the European Media Freedom Act, which requires member states to guarantee the independence of public service media.

Many in the crowd were veterans of earlier protest waves. ‘I was here in 2018 and I thought we had won. Apparently we have to win again,’ said one protester from Trnava, who had travelled to the capital with her two teenage children.

Organisers said further demonstrations would take place next Friday, when parliament is expected to hold the second reading of the bill.''',
 [("Shame! Shame!", None),
  ("Slovakia is Europe", None),
  ("organised by the opposition and paid", "Viktor Hanák"),
  ("The public broadcaster has been a", "Viktor Hanák"),
  ("copied line by line from Budapest", "Michal Šimko"),
  ("They are not restoring balance.", "Michal Šimko"),
  ("People in the newsroom are censoring", "Lucia Bartošová"),
  ("analysing the draft law", "European Commission"),
  ("I was here in 2018 and", "~protester")]),
]
# fmt: on

# fmt: off
STORIES_CJ = [
# 1 -- US local daily, gas-station shooting arrest: police chief news conference, titles before names, split quotes, pronoun cue, prosecutor statement, described neighbor, sign text
('''DELMONT, Ohio — A 19-year-old man was charged Tuesday with attempted murder after a clerk at a Route 9 gas station was shot during what police described as a botched robbery late Sunday night.

Delmont Police Chief Renata Vasquez said at a news conference that officers arrested Tyler James Brinkman at his mother's apartment on Fairview Avenue less than 36 hours after the shooting.

"This was a senseless act of violence against a man who was simply doing his job," Vasquez said. "He handed over the money. He did everything he was asked to do."

The clerk, a 52-year-old father of three whose name has not been released, was listed in serious but stable condition Tuesday at Mercy Regional Medical Center, the chief said.

Detective Sgt. Paul Okafor, who led the investigation, said surveillance footage and a tip from the public were key to the arrest.

"We had a clear image of the vehicle within an hour," Okafor said. "After that, it was a matter of running down every lead we had."

He credited a caller who recognized the car from a post on the department's Facebook page. "That one phone call saved us days," he said.

Brinkman is being held at the Harmon County Jail on $500,000 bond. He is due in Harmon County Common Pleas Court on Friday for arraignment. It was not immediately clear whether he had an attorney.

Harmon County Prosecutor Diane Lufkin said her office would seek the maximum penalty.

"People who work overnight shifts in this county deserve to feel safe," Lufkin said in a statement. "We intend to make sure this defendant is held fully accountable."

Neighbors on Fairview Avenue said they were stunned by the arrest. One neighbor, who lives across the hall from Brinkman's mother, said the young man had always seemed quiet and polite.

"He carried my groceries up the stairs last week," she said. "I just can't square that with what they're saying."

A handwritten sign taped to the gas station's door Tuesday read "Closed until further notice. Praying for our friend."

Vasquez said the investigation was ongoing and urged anyone with information to call the department's tip line.''',
 [("This was a senseless act of", "Renata Vasquez"),
  ("He handed over the money.", "Renata Vasquez"),
  ("We had a clear image of", "Paul Okafor"),
  ("After that, it was a matter", "Paul Okafor"),
  ("That one phone call saved us", "Paul Okafor"),
  ("People who work overnight shifts in", "Diane Lufkin"),
  ("We intend to make sure this", "Diane Lufkin"),
  ("He carried my groceries up the", "~neighbor"),
  ("I just can't square that with", "~neighbor"),
  ("Closed until further notice.", None)]),

# 2 -- British regional paper, Crown Court drink-driving death: single quotes as main mark, judge's sentencing remarks, 'told him:', witness partial quote, victim impact statement, defence counsel, police sergeant outside court
('''A drink-driver who killed a cyclist on a country lane near Ashcombe has been jailed for eight years.

Gareth Milsom, 41, of Orchard Rise, Ashcombe, was more than twice the legal limit when his Audi struck 63-year-old retired teacher Helen Pryce on the B3120 on the evening of 14 June last year.

Milsom had admitted causing death by careless driving while over the prescribed limit at an earlier hearing.

Sentencing him at Exeter Crown Court on Thursday, Judge Margaret Hollis told him: 'You made a choice that night to get behind the wheel after an afternoon of drinking, and Mrs Pryce paid for that choice with her life.'

She added: 'No sentence I pass can restore what her family have lost. The law does not pretend otherwise.'

The court heard Milsom had spent around five hours at a village pub watching football before driving home. A witness told police the car had been 'all over the road' minutes before the crash.

Prosecutor Simon Achterberg said Mrs Pryce had been wearing a high-visibility jacket and had working lights on her bicycle.

'She did everything right,' Mr Achterberg said. 'There was nothing she could have done to avoid what happened.'

In a victim impact statement read to the court by a police family liaison officer, Mrs Pryce's daughter, Lucy Pryce, described her mother as 'the centre of everything'.

'Mum taught hundreds of children to read,' she wrote. 'She was planning to cycle the length of the country next summer. Now we are planning the things she will never see.'

Defending, Rachel Obi said her client was 'genuinely and profoundly remorseful' and had not driven since the collision.

'He knows that he will carry this for the rest of his life,' Miss Obi said.

Milsom was also banned from driving for 12 years, to begin on his release.

Speaking outside court, Sergeant Dan Whitlock of Devon and Cornwall Police's roads policing unit said: 'This case should be a stark reminder that drink-driving destroys lives.'

Milsom showed no reaction as he was led from the dock.''',
 [("You made a choice that night", "Margaret Hollis"),
  ("No sentence I pass can restore", "Margaret Hollis"),
  ("all over the road", "~witness"),
  ("She did everything right", "Simon Achterberg"),
  ("There was nothing she could have", "Simon Achterberg"),
  ("the centre of everything", "Lucy Pryce"),
  ("Mum taught hundreds of children to", "Lucy Pryce"),
  ("genuinely and profoundly remorseful", "Rachel Obi"),
  ("He knows that he will carry", "Rachel Obi"),
  ("This case should be a stark", "Dan Whitlock")]),

# 3 -- Australian regional paper, suspicious death in Queensland town: curly quotes, detective inspector at media briefing, family statement via police, unnamed neighbour, mayor told ABC radio, Facebook tribute
('''Police have declared a crime scene at a home in Bundara after the body of a 47-year-old woman was found on Saturday morning, with detectives treating her death as suspicious.

Emergency services were called to the Kestrel Street property about 7.40am after a relative raised the alarm.

Detective Inspector Craig Donnelly, from the Capricornia District Crime Unit, told reporters on Sunday that investigators were keeping an open mind.

“At this stage we are treating the death as unexplained and suspicious,” Det Insp Donnelly said. “We are not ruling anything in or out.”

He said a post-mortem examination would be carried out in Brisbane early this week.

“We know the community is concerned, and we understand that,” he said. “But I’d ask people not to speculate on social media. It doesn’t help us and it doesn’t help the family.”

Police would not confirm reports that a man known to the woman was assisting with inquiries.

The woman’s family released a statement through the Queensland Police Service on Sunday afternoon.

“Our hearts are broken. She was a loving mother, sister and friend who would do anything for anyone,” the family said. “We ask for privacy as we try to come to terms with this.”

One neighbour, who did not want to be named, said she had heard shouting from the house late on Friday night.

“It wasn’t the first time. I wish now I’d picked up the phone,” she said.

Bundara mayor Trish Kelleher told ABC Capricornia the town was in shock.

“This is a small place — everyone knows everyone,” Cr Kelleher said. “People are hugging their kids a bit tighter today.”

On a community Facebook page, dozens of residents left tributes. “Rest easy, beautiful lady,” one resident wrote.

Anyone with information is urged to contact Crime Stoppers on 1800 333 000.''',
 [("At this stage we are treating", "Craig Donnelly"),
  ("We are not ruling anything in", "Craig Donnelly"),
  ("We know the community is concerned", "Craig Donnelly"),
  ("But I’d ask people not to", "Craig Donnelly"),
  ("Our hearts are broken. She was", "~family"),
  ("We ask for privacy as we", "~family"),
  ("It wasn’t the first time. I", "~neighbour"),
  ("This is a small place — everyone", "Trish Kelleher"),
  ("People are hugging their kids a", "Trish Kelleher"),
  ("Rest easy, beautiful lady", "~resident")]),

# 4 -- US metro daily, elder-fraud jury verdict in Arizona: closing arguments quoted 'told jurors', defense attorney, one-word partial quote, victim's daughter outside court and 'told 12News', county attorney spokeswoman by email
('''MESA, Ariz. — A Maricopa County jury on Wednesday convicted a former home health aide of stealing more than $214,000 from four elderly clients, including a 91-year-old veteran whose savings she drained over 18 months.

Corinne Adele Fairweather, 38, was found guilty on 11 counts, including theft from a vulnerable adult and fraudulent schemes. Jurors deliberated for about five hours.

"She was trusted with the most intimate parts of these people's lives, and she treated them as an ATM," Deputy County Attorney Marcus Hale told jurors during closing arguments Tuesday.

Hale said Fairweather opened credit cards in her clients' names, wrote herself checks and, in one case, persuaded a client with dementia to add her to the deed of his home.

"The paper trail doesn't lie," he said. "Every dollar leads back to her."

Fairweather's attorney, Jonathan Baird, had argued that some of the money was given as gifts by clients who considered her family.

"These were lonely people, and she was often the only person who showed up," Baird said in his closing. "Generosity is not a crime."

After the verdict, Baird said his client was "disappointed" and that they were weighing an appeal.

Among those in the courtroom was Ellen Marsh, whose father, Army veteran Harold Marsh, lost nearly $90,000. Harold Marsh died in March, before the case came to trial.

"Dad never got to hear a jury say it," Ellen Marsh said outside the courthouse. "But I did, and I'll tell him."

She told 12News that her father had served in Korea and "never asked anybody for anything."

Superior Court Judge Leah Tran set sentencing for Aug. 14. Fairweather, who was taken into custody after the verdict, faces up to 25 years in prison.

Maricopa County Attorney's Office spokeswoman Dana Kirschner said in an email that elder fraud cases are rising across the county.

"Families should check in regularly and ask questions about who has access to their loved ones' accounts," Kirschner said.''',
 [("She was trusted with the most", "Marcus Hale"),
  ("The paper trail doesn't lie", "Marcus Hale"),
  ("Every dollar leads back to her.", "Marcus Hale"),
  ("These were lonely people, and she", "Jonathan Baird"),
  ("Generosity is not a crime.", "Jonathan Baird"),
  ("disappointed", "Jonathan Baird"),
  ("Dad never got to hear a", "Ellen Marsh"),
  ("But I did, and I'll tell", "Ellen Marsh"),
  ("never asked anybody for anything.", "Ellen Marsh"),
  ("Families should check in regularly and", "Dana Kirschner")]),

# 5 -- British regional (Manchester), teenage stabbing: curly double quotes, mother's statement over two paragraphs via police, detective chief inspector with uncued continuation, vigil banner and chant, unnamed shopkeeper, force post on X
('''The mother of a 16-year-old boy stabbed to death near a bus stop in Longsight has described him as a “gentle giant” who dreamed of becoming a paramedic.

Joseph Adeyemi was found with a single stab wound on Stockport Road shortly after 7pm on Friday. Despite the efforts of paramedics, he died at the scene.

In a statement released through Greater Manchester Police, his mother, Grace Adeyemi, said: “Joseph was the light of our home. He was six foot three and still came to me for a hug every morning.

“Whoever did this has taken a boy who wanted to spend his life saving other people. I am begging anyone who knows something to come forward.”

Two men, aged 18 and 19, were arrested on suspicion of murder on Saturday and remain in custody for questioning.

Detective Chief Inspector Fiona Marsden, who is leading the investigation, said officers were working “around the clock”.

“We have made significant progress in a short space of time, but this investigation is far from over,” she said.

“I know there will be people who were on Stockport Road that evening and may have seen something without realising its significance. Even the smallest detail could help us.”

On Saturday night, more than 200 people gathered for a vigil outside the boy’s school, where a banner on the railings read “Forever our Joe”. Some in the crowd chanted “Drop the knives, save lives” as candles were lit.

A shopkeeper who has run a newsagent’s on the road for 20 years said the area had changed.

“You used to be able to walk here at any hour. Now I lock the door at six,” he said.

GMP said on X that there would be an increased police presence in Longsight over the weekend. “Our officers are there to reassure you — please stop and speak to them,” the force posted.''',
 [("gentle giant", "Grace Adeyemi"),
  ("Joseph was the light of our", "Grace Adeyemi"),
  ("Whoever did this has taken a", "Grace Adeyemi"),
  ("around the clock", "Fiona Marsden"),
  ("We have made significant progress in", "Fiona Marsden"),
  ("I know there will be people", "Fiona Marsden"),
  ("Forever our Joe", None),
  ("Drop the knives, save lives", None),
  ("You used to be able to", "~shopkeeper"),
  ("Our officers are there to reassure", "Greater Manchester Police")]),

# 6 -- US small-town paper (Georgia), catalytic converter thefts: 'said Sheriff X' inversion, deputy's account, news release, pastor and pharmacist with role-before-name, resident's Facebook post
('''PINE HOLLOW, Ga. — Three men accused of stealing catalytic converters from more than 40 vehicles across Calder County were arrested early Thursday after a deputy spotted them under a church van, the Calder County Sheriff's Office said.

"They picked the wrong parking lot on the wrong night," said Sheriff Wade Tillman, who announced the arrests at a news conference outside the county jail.

Deputy Kara Lindqvist was on routine patrol when she noticed a pickup truck idling behind Mount Zion Baptist Church shortly after 2 a.m., according to a news release from the sheriff's office.

"The truck had no lights on and the engine was running," Lindqvist said. "Then I saw legs sticking out from under the van."

Two of the men ran but were caught within minutes, she said. The third was found hiding in the truck bed.

Investigators recovered a battery-powered reciprocating saw, two jacks and 11 catalytic converters, Tillman said. Converters contain precious metals, including platinum and rhodium, and can sell for hundreds of dollars each to scrap dealers.

"For the victims, it's a lot more than a few hundred dollars," Tillman said. "It's a $2,000 repair bill and a week without a way to get to work."

The men, ages 24, 27 and 31, are charged with theft by taking, criminal trespass and possession of tools for the commission of a crime. The sheriff's office said more charges were expected as detectives match the recovered parts to earlier thefts.

The Rev. Alvin Shores, the church's pastor, said the van carries elderly members to Sunday services and medical appointments.

"Somebody was about to take that away from people who can't drive themselves," Shores said. "I'm grateful that young deputy was paying attention."

Pharmacist Donna Pruitt, whose SUV was targeted in a Walmart parking lot in January, said she had followed the case closely.

"I felt violated, honestly," Pruitt said. "You walk out after a 12-hour shift, start the car, and it sounds like a motorcycle."

On the Pine Hollow community Facebook page, where residents have traded theft reports for months, one resident posted a single word Thursday morning: "FINALLY."

Tillman urged residents to park in well-lit areas and to consider having their converters engraved with VIN numbers, a service the sheriff's office offers free on the first Saturday of each month.''',
 [("They picked the wrong parking lot", "Wade Tillman"),
  ("The truck had no lights on", "Kara Lindqvist"),
  ("Then I saw legs sticking out", "Kara Lindqvist"),
  ("For the victims, it's a lot", "Wade Tillman"),
  ("It's a $2,000 repair bill and", "Wade Tillman"),
  ("Somebody was about to take that", "Alvin Shores"),
  ("I'm grateful that young deputy was", "Alvin Shores"),
  ("I felt violated, honestly", "Donna Pruitt"),
  ("You walk out after a 12-hour", "Donna Pruitt"),
  ("FINALLY.", "~resident")]),

# 7 -- Australian (NSW) local paper, bail refused after police pursuit: straight quotes, magistrate partial quote in lede named later, police prosecutor, solicitor, accused's outburst, district commander and 'told ABC Illawarra'
('''A Wollongong man accused of ramming a police car during a pursuit through the city's northern suburbs has been refused bail, with a magistrate describing his alleged driving as "a danger to every person on the road that night".

Bradley Kevin Sutcliffe, 29, appeared via audio-visual link in Wollongong Local Court on Monday, charged with 14 offences including police pursuit (Skye's law), assaulting police and driving while disqualified.

Police allege Sutcliffe failed to stop for officers in Corrimal about 11.30pm on Saturday and led them on a 20-minute chase reaching speeds of 160km/h before deliberately reversing into a marked highway patrol car in Bulli.

Two officers were taken to Wollongong Hospital with neck and back injuries.

Police prosecutor Sergeant Megan Foley told the court the case against Sutcliffe was strong.

"There is in-car video of the entire pursuit, your Honour," Sgt Foley said. "There is no question about the identity of the driver."

Sutcliffe's solicitor, Adam Petrakis, said his client had a job waiting for him and his partner was expecting their first child in six weeks.

"He accepts he has a history, but he has been working hard to turn things around," Mr Petrakis said.

Magistrate Jennifer Lowe said she was not satisfied any conditions could mitigate the risk.

"Mr Sutcliffe was disqualified at the time, he was on parole at the time, and he is alleged to have used a car as a weapon against police officers," she said.

"Whatever progress he may have been making, I cannot ignore that."

As the magistrate formally refused bail, Sutcliffe could be heard saying "this is a joke" before the link was cut.

Outside court, Superintendent Greg Hanlon, commander of the Wollongong Police District, said the officers had been lucky.

"Our officers go to work to keep the community safe and they deserve to come home in one piece," Supt Hanlon said.

He told ABC Illawarra both officers had been released from hospital but one would be off work for several weeks.

"They're shaken, but they're tough," he said.

The matter returns to court on July 3.''',
 [("a danger to every person on", "Jennifer Lowe"),
  ("There is in-car video of the", "Megan Foley"),
  ("There is no question about the", "Megan Foley"),
  ("He accepts he has a history,", "Adam Petrakis"),
  ("Mr Sutcliffe was disqualified at the", "Jennifer Lowe"),
  ("Whatever progress he may have been", "Jennifer Lowe"),
  ("this is a joke", "Bradley Kevin Sutcliffe"),
  ("Our officers go to work to", "Greg Hanlon"),
  ("They're shaken, but they're tough", "Greg Hanlon")]),

# 8 -- British weekly (North Yorkshire), anti-social behaviour public meeting: single quotes, unnamed residents, inspector with split quote and 'she added', heckler described, councillor 'Cllr', sergeant, scheme name
('''More than 150 people crammed into Hexley Methodist Church hall on Tuesday evening to confront police and councillors over what one resident called 'a summer of misery' in the town centre.

Complaints ranged from groups of teenagers gathering outside the Co-op to off-road motorbikes being raced along the riverside path late at night.

Inspector Claire Brennan, who leads the neighbourhood policing team for Hexley and the surrounding villages, said officers had heard the message 'loud and clear'.

'I am not going to stand here and tell you everything is fine, because it isn't,' she said. 'But I want you to know that we are listening.'

She said a dispersal order would be in place for the town centre every weekend until the end of September, giving officers powers to move on groups and seize vehicles used anti-socially.

'If you ride a motorbike on that path, we will take it off you and we will crush it,' she added.

Several residents spoke of feeling unable to leave their homes after dark. One resident, who said she had lived on Bridge Street for 40 years, broke down as she described eggs being thrown at her windows.

'I'm 78 years old and I'm frightened in my own home. That should not happen in Hexley,' she said.

A man at the back of the hall shouted 'Where were you in June?' to loud applause.

Councillor Peter Goodall, the county council's executive member for community safety, said he would push for CCTV to be extended along the river.

'The cameras we have are ten years old and they point at the wrong places,' Cllr Goodall said.

Sergeant Tom Ashby said much of the trouble was caused by a small group of young people, some of whom were already known to officers.

'It's probably 15 or 20 individuals at most, and we know who a lot of them are,' he said.

Leaflets promoting a new 'Hexley Together' community watch scheme were handed out at the end of the meeting, and a follow-up session has been arranged for October.''',
 [("a summer of misery", "~resident"),
  ("loud and clear", "Claire Brennan"),
  ("I am not going to stand", "Claire Brennan"),
  ("But I want you to know", "Claire Brennan"),
  ("If you ride a motorbike on", "Claire Brennan"),
  ("I'm 78 years old and I'm", "~resident"),
  ("Where were you in June?", "~man"),
  ("The cameras we have are ten", "Peter Goodall"),
  ("It's probably 15 or 20 individuals", "Tom Ashby")]),

# 9 -- US small-city paper (Missouri), cold-case arrest via genetic genealogy: curly quotes, prosecutor at news conference, old newspaper headline, detective lieutenant with pronoun cues, victim's sister 'told The Associated Press'
('''SPRINGVALE, Mo. — For 29 years, the killing of 17-year-old Amy Lorraine Whitcomb was the case that haunted this town of 8,000. On Monday, prosecutors said they finally had the man responsible.

Dennis Earl Mayhew, 61, a retired long-haul trucker from Joplin, was arrested at his home Friday and charged with first-degree murder, Calloway County Prosecuting Attorney Sharon Whitlow announced at a news conference.

“Amy’s family has waited nearly three decades for this day,” Whitlow said. “They never stopped asking, and we never stopped looking.”

Whitcomb disappeared after leaving her shift at a Springvale drive-in on the night of Aug. 6, 1994. Her body was found two days later in a drainage ditch off Route M. The story ran on the front page of the Springvale Ledger under the headline “Local Girl Found Slain; Police Seek Leads.”

Detective Lt. Roy Castellano of the Springvale Police Department said investigators submitted DNA from the original evidence to a genetic genealogy lab in 2021.

“The science caught up with the evidence,” Castellano said. “Ten years ago we could not have made this case.”

The genealogy work pointed investigators to Mayhew’s family tree. Detectives then collected a coffee cup Mayhew discarded at a truck stop in March, he said, and the state crime lab reported a match in May.

Castellano, who was a rookie patrol officer when Whitcomb was killed, paused when asked what the arrest meant to him personally.

“I was at that ditch,” he said. “I’ve carried it every day since.”

Whitcomb’s sister, Jolene Whitcomb Harris, stood beside the podium holding a framed photograph of Amy in her drive-in uniform.

“She was 17. She was saving up for a car,” Harris told The Associated Press after the news conference. “He took her whole life, and he got to live his.”

Mayhew is being held without bond in the Calloway County jail. Court records did not list an attorney for him.

Whitlow declined to discuss a possible motive or whether Mayhew is being investigated in connection with other cases.

“We’ll let the evidence speak in the courtroom,” she said.''',
 [("Amy’s family has waited nearly three", "Sharon Whitlow"),
  ("They never stopped asking, and we", "Sharon Whitlow"),
  ("The science caught up with the", "Roy Castellano"),
  ("Ten years ago we could not", "Roy Castellano"),
  ("I was at that ditch", "Roy Castellano"),
  ("I’ve carried it every day since.", "Roy Castellano"),
  ("She was 17. She was saving", "Jolene Whitcomb Harris"),
  ("He took her whole life, and", "Jolene Whitcomb Harris"),
  ("We’ll let the evidence speak in", "Sharon Whitlow")]),

# 10 -- British regional (Oxfordshire), police misconduct hearing: curly double quotes, offensive message quoted, panel chair with uncued continuation paragraph, officer's representative 'told the hearing', deputy chief constable statement, charity spokeswoman unnamed
('''A police constable who shared offensive messages about domestic abuse victims in a WhatsApp group has been dismissed without notice.

PC Liam Fordham, 32, of Thames Valley Police, was found to have committed gross misconduct following a three-day hearing in Kidlington.

The panel heard that Fordham had posted a series of messages mocking women who had reported abuse, including one in which he referred to a victim as a “frequent flyer”.

Chairing the panel, legally qualified chair Naomi Sterling said the messages were “utterly incompatible” with the standards expected of an officer.

“Victims of domestic abuse must be able to trust that the officer who arrives at their door will take them seriously,” she said. “These messages demonstrate the opposite.”

“The panel has no hesitation in concluding that dismissal is the only appropriate outcome.”

Fordham, who did not attend the final day of the hearing, had admitted sending the messages but denied they amounted to gross misconduct. His representative, Andrew Kell, told the hearing the messages were “dark humour” shared between colleagues who deal with distressing incidents every day.

“It was a coping mechanism, however misguided,” Mr Kell said.

The hearing was told that the messages came to light when another member of the group reported them to the force’s professional standards department last summer.

Deputy Chief Constable Harriet Moss said in a statement after the hearing: “The vast majority of our officers and staff will be as appalled by this behaviour as I am. There is no place for it in Thames Valley Police.”

Fordham will be placed on the College of Policing’s barred list, preventing him from working in policing again.

A spokeswoman for the charity Safe Harbour Oxfordshire, which supports survivors of domestic abuse across the county, said: “Women already find it incredibly hard to come forward. Cases like this make that harder still.”

Two other officers who were members of the group have been given written warnings.''',
 [("frequent flyer", "Liam Fordham"),
  ("utterly incompatible", "Naomi Sterling"),
  ("Victims of domestic abuse must be", "Naomi Sterling"),
  ("These messages demonstrate the opposite.", "Naomi Sterling"),
  ("The panel has no hesitation in", "Naomi Sterling"),
  ("dark humour", "Andrew Kell"),
  ("It was a coping mechanism, however", "Andrew Kell"),
  ("The vast majority of our officers", "Harriet Moss"),
  ("Women already find it incredibly hard", "Safe Harbour Oxfordshire")]),

# 11 -- Australian metro daily (Melbourne), police operation announcement: curly quotes, minister and assistant commissioner, 'the minister said' partial quote, opposition spokesman scare-phrase, victim 'told 3AW' and 'the 34-year-old said'
('''Victoria Police will deploy an extra 60 officers to Melbourne’s outer south-east this summer as part of a crackdown on aggravated burglaries and car thefts, the state government announced on Wednesday.

Police Minister Andrea Colquhoun said the operation, dubbed Operation Ironbark, would target a small number of repeat offenders believed to be responsible for a large share of break-ins.

“We know who many of these offenders are, and we are coming for them,” Ms Colquhoun said. “Families deserve to sleep at night without wondering whether someone is going to come through the door for their car keys.”

Assistant Commissioner Rohan Tate said offenders were increasingly using social media to boast about thefts.

“They film themselves driving stolen cars at 200km/h and put it online for likes,” he said. “We’re using that footage as evidence.”

Asked whether the extra officers would be taken from other areas, the minister said the deployment would be “cost-neutral” for other regions because it would be funded from overtime.

Opposition police spokesman Dean Harrower dismissed the announcement as a “summer stunt”.

“This government has been promising to fix youth crime for years, and every year it gets worse,” Mr Harrower said.

Narre Warren mother Kylie Banfield, whose SUV was stolen from her driveway in October while her children slept inside, told 3AW on Wednesday she remained sceptical.

“I’ll believe it when I see it,” the 34-year-old said. “We had police out the next morning, they took a statement and that was the last I heard.”

The SUV was found burnt out in a reserve in Dandenong North four days later.

Ms Banfield said she now keeps her keys in a locked drawer beside her bed.

“That’s what it’s come to,” she said.

Operation Ironbark will begin on December 1 and run until the end of February.''',
 [("We know who many of these", "Andrea Colquhoun"),
  ("Families deserve to sleep at night", "Andrea Colquhoun"),
  ("They film themselves driving stolen cars", "Rohan Tate"),
  ("We’re using that footage as evidence.", "Rohan Tate"),
  ("cost-neutral", "Andrea Colquhoun"),
  ("summer stunt", "Dean Harrower"),
  ("This government has been promising to", "Dean Harrower"),
  ("I’ll believe it when I see", "Kylie Banfield"),
  ("We had police out the next", "Kylie Banfield"),
  ("That’s what it’s come to", "Kylie Banfield")]),

# 12 -- US metro daily (Washington state), murder sentencing: straight quotes, judge's words in lede before he is named, widow's statement over two paragraphs through interpreter, prosecutor, public defender partial quote, defendant's allocution, 'the judge said'
('''TACOMA, Wash. — A Pierce County judge on Friday sentenced a 24-year-old Lakewood man to 31 years in prison for the 2022 shooting death of a convenience store owner, calling the killing "cold, deliberate and utterly without reason."

Superior Court Judge Raymond Osei imposed the sentence on Darnell Ray Colter, who pleaded guilty in March to second-degree murder and first-degree robbery in the killing of Sun-Hee Park, 58.

Park was shot once in the chest behind the counter of the Eastside Mini Mart on Portland Avenue after handing over about $300 from the register, according to charging documents.

Before the sentence was handed down, Park's widow, Min-Jung Park, addressed the court through a Korean interpreter.

"For 22 years we opened that store together at six o'clock in the morning," she said. "We never closed on a holiday. We knew every child in the neighborhood by name.

"Now I open the store alone, and every time the door chime rings I look up and expect to see him."

Deputy Prosecuting Attorney Kelsey Lund asked for the high end of the standard range, noting surveillance video showed Colter firing without warning.

"There was no struggle, no threat, nothing," Lund said. "Mr. Park did exactly what he was told and was shot anyway."

Colter's attorney, public defender Michael Sandoval, asked for 25 years, citing his client's age and a childhood marked by "instability and violence."

Colter briefly addressed the court, turning to face Park's family, several of whom looked away.

"I'm sorry for what I did. I know that don't mean nothing to you," he said, his voice barely audible.

Osei said he had considered Colter's youth but could not look past the video.

"You walked into a place of business where a man had spent his whole life serving his neighbors, and you ended that life over a few hundred dollars," the judge said.

Colter will receive credit for the roughly 19 months he has spent in the Pierce County Jail since his arrest.''',
 [("cold, deliberate and utterly without reason.", "Raymond Osei"),
  ("For 22 years we opened that", "Min-Jung Park"),
  ("We never closed on a holiday.", "Min-Jung Park"),
  ("Now I open the store alone,", "Min-Jung Park"),
  ("There was no struggle, no threat,", "Kelsey Lund"),
  ("Mr. Park did exactly what he", "Kelsey Lund"),
  ("instability and violence.", "Michael Sandoval"),
  ("I'm sorry for what I did.", "Darnell Ray Colter"),
  ("You walked into a place of", "Raymond Osei")]),

# 13 -- Welsh local paper, referee assaulted at Sunday league match: single quotes, prosecutor 'told magistrates', unnamed referee's victim statement, defence solicitor with partial quote, chair of the bench with uncued continuation, FAW statement, club spokesman
('''A Sunday league footballer who headbutted a referee during a cup match in Llanelli has been ordered to carry out 200 hours of unpaid work and banned from all football for five years.

Rhys Gwynne Pritchard, 27, of Heol y Bryn, Felinfoel, admitted assault by beating when he appeared before Llanelli Magistrates' Court on Wednesday.

Prosecutor Bethan Lloyd told magistrates that the referee, a 56-year-old who has officiated in local football for more than 30 years, had just shown Pritchard a second yellow card when he was attacked.

'The defendant walked towards him, shouted abuse about his decisions and then struck him in the face with his head,' Miss Lloyd said.

The referee suffered a broken nose and needed stitches to a cut above his eye. In a victim statement read to the court, he said he had considered giving up refereeing.

'I have given most of my weekends for three decades to a game I love,' he said. 'For the first time, I am not sure I want to go back.'

Defending, Huw Morgan said his client was 'thoroughly ashamed' and had written a letter of apology.

'He lost his temper in a moment of madness and he will regret it for a very long time,' Mr Morgan said. 'He is not a violent man.'

Chair of the bench Susan Elwyn-Jones told Pritchard: 'Referees are the people who make grassroots football possible. Without them there is no game.

'Behaviour like yours drives them away, and the whole community suffers as a result.'

Pritchard was also ordered to pay £400 compensation and £85 costs.

The Football Association of Wales said in a statement that abuse of match officials would 'not be tolerated at any level' and that it would support the referee in any way it could.

Pritchard's former club, Felinfoel Rovers, said he had been released with immediate effect. A spokesman for the club said: 'We are a family club and we want nothing to do with this kind of behaviour.'

The match, a West Wales Sunday League cup tie, was abandoned shortly after the incident.''',
 [("The defendant walked towards him, shouted", "Bethan Lloyd"),
  ("I have given most of my", "~referee"),
  ("For the first time, I am", "~referee"),
  ("thoroughly ashamed", "Huw Morgan"),
  ("He lost his temper in a", "Huw Morgan"),
  ("He is not a violent man.", "Huw Morgan"),
  ("Referees are the people who make", "Susan Elwyn-Jones"),
  ("Behaviour like yours drives them away,", "Susan Elwyn-Jones"),
  ("not be tolerated at any level", "Football Association of Wales"),
  ("We are a family club and", "Felinfoel Rovers")]),

# 14 -- US local paper (Indiana), Amber Alert ends safely: curly quotes, police chief at briefing, affidavit language quoted with no speaker, suspect's words to school staff, FBI spokeswoman, mother's Facebook post, unnamed neighbor
('''HARLAN SPRINGS, Ind. — A 6-year-old girl who was the subject of an overnight Amber Alert was found safe Thursday morning at a motel about 90 miles away, and her noncustodial father was taken into custody, police said.

Maddie Kovach was found unharmed in a room at the Starlite Inn in Effingham, Illinois, shortly after 8 a.m., Harlan Springs Police Chief Thomas Braddock said at a midday news briefing.

“She’s safe, she’s eating pancakes and she’s asking for her mom,” Braddock said. “That’s the best news I’ve been able to give in a long time.”

The girl’s father, Kevin Andrew Kovach, 35, is charged with interference with custody and criminal confinement. According to a probable cause affidavit, he picked the girl up from her school on Wednesday afternoon, telling staff there had been a “family emergency.”

The affidavit states that Kovach “knowingly removed the child from the state in violation of a valid court order.”

A motel clerk recognized the girl from the alert and called 911, authorities said.

An FBI spokeswoman, Alicia Romero, said agents from the bureau’s Springfield field office assisted Illinois State Police in the recovery.

“This is exactly how the Amber Alert system is supposed to work,” Romero said. “An alert citizen saw something and made a call.”

The girl’s mother, Stephanie Kovach, posted on Facebook shortly after her daughter was found: “SHE’S SAFE. Thank you to everyone who shared. I can breathe again.”

A next-door neighbor on Linden Court said she had seen police cars outside the house all night.

“Nobody on this street slept. We just kept refreshing our phones,” she said.

Braddock said Kovach would face extradition proceedings in Illinois before being returned to Indiana.

“Custody disputes are hard on everybody,” he said. “But you don’t get to take matters into your own hands, and you certainly don’t get to put a child through this.”''',
 [("She’s safe, she’s eating pancakes and", "Thomas Braddock"),
  ("That’s the best news I’ve been", "Thomas Braddock"),
  ("family emergency.", "Kevin Andrew Kovach"),
  ("knowingly removed the child from the", None),
  ("This is exactly how the Amber", "Alicia Romero"),
  ("An alert citizen saw something and", "Alicia Romero"),
  ("SHE’S SAFE. Thank you to everyone", "Stephanie Kovach"),
  ("Nobody on this street slept.", "~neighbor"),
  ("Custody disputes are hard on everybody", "Thomas Braddock"),
  ("But you don’t get to take", "Thomas Braddock")]),

# 15 -- Australian metro daily (Perth), one-punch sentencing: straight quotes, police interview played in court, judge with partial quote and uncued continuation, defence lawyer partial, T-shirt slogan, mother 'told Seven News' and 'The 58-year-old said'
('''A Perth man who killed a stranger with a single punch outside a Northbridge nightclub has been jailed for six years and four months.

Jayden Lee Hollister, 23, pleaded guilty to unlawful assault causing death over the attack on 31-year-old electrician Marcus Webb on William Street in the early hours of November 12 last year.

The District Court heard Mr Webb had been trying to calm an argument between Hollister and another man when Hollister turned and punched him without warning. Mr Webb fell backwards, struck his head on the footpath and never regained consciousness. He died in Royal Perth Hospital four days later.

In his police interview, played to the court, Hollister told detectives: "I didn't even know who he was. I just swung."

Sentencing him on Friday, Judge Caroline Strickland said CCTV footage of the attack was "deeply distressing to watch".

"Mr Webb was a peacemaker that night," Judge Strickland said. "He was trying to stop trouble, not start it, and he paid for that with his life."

"The community is entitled to expect that courts will respond to this kind of senseless violence with real firmness."

Hollister's lawyer, Tim Radovic, had told the court his client had been drinking heavily and had "no memory of the punch itself", and that he had since completed an alcohol counselling program.

Outside court, Mr Webb's mother, Denise Webb, wore a T-shirt printed with her son's photo and the words "One punch can kill".

"Six years. That's what Marcus's life was worth," she told Seven News. "He'll be out before his little girl starts high school."

The 58-year-old said she would keep campaigning for tougher penalties for one-punch attacks.

"I'll keep going until no other mother has to sit in that courtroom," she said.

Hollister will be eligible for parole after serving four years and four months.''',
 [("I didn't even know who he", "Jayden Lee Hollister"),
  ("deeply distressing to watch", "Caroline Strickland"),
  ("Mr Webb was a peacemaker that", "Caroline Strickland"),
  ("He was trying to stop trouble,", "Caroline Strickland"),
  ("The community is entitled to expect", "Caroline Strickland"),
  ("no memory of the punch itself", "Tim Radovic"),
  ("One punch can kill", None),
  ("Six years. That's what Marcus's life", "Denise Webb"),
  ("He'll be out before his little", "Denise Webb"),
  ("I'll keep going until no other", "Denise Webb")]),

# 16 -- US local paper (Pennsylvania), hit-and-run suspect surrenders: curly quotes, 'said Lt. X' inversion, attorney's statement with partial quote, memorial sign, father, fundraiser title, manager with role before name
('''MILLBROOK, Pa. — A 44-year-old man turned himself in Monday, three days after police say he struck and killed a teenage cyclist on Ridge Road and drove away.

Gregory Paul Lindahl, of Millbrook, surrendered at the Millbrook Township Police Department with his attorney shortly after 9 a.m., said Lt. Anthony DiMarco, the department’s lead traffic investigator.

“We’re glad he came in,” DiMarco said. “It would have been a lot better for everybody if he had stopped on Friday night.”

Ethan Cole, 16, was riding home from his job at a pizza shop when he was hit about 10:15 p.m. Friday. He was pronounced dead at the scene.

Investigators found pieces of a headlight assembly at the scene and identified the vehicle, a gray Ford F-150, through a partial plate captured by a homeowner’s doorbell camera, DiMarco said. The truck was found Sunday in a relative’s garage with front-end damage.

Lindahl is charged with accidents involving death or personal injury, tampering with evidence and other offenses. He was arraigned Monday afternoon and released on $250,000 unsecured bail.

His attorney, Rebecca Stoll, said in a statement that Lindahl “is devastated by the loss of this young man’s life” and would cooperate fully with investigators.

“Mr. Lindahl came forward voluntarily, and we ask that the public allow the legal process to run its course,” Stoll said.

A memorial of flowers, a bicycle painted white and a hand-lettered sign reading “Ride on, Ethan” has grown at the crash site.

Ethan’s father, Brian Cole, said the arrest brought little comfort.

“He left my son in the road like he was nothing,” Cole said. “I don’t care that he turned himself in. He had three days.”

A GoFundMe page titled “Ethan’s Last Ride Home” had raised more than $60,000 by Monday evening.

Tony’s Pizza manager Marisol Vega said the teen never missed a shift. “He was the kid you’d want your own kid to be,” she said.

A preliminary hearing is scheduled for next month.''',
 [("We’re glad he came in", "Anthony DiMarco"),
  ("It would have been a lot", "Anthony DiMarco"),
  ("is devastated by the loss of", "Rebecca Stoll"),
  ("Mr. Lindahl came forward voluntarily, and", "Rebecca Stoll"),
  ("Ride on, Ethan", None),
  ("He left my son in the", "Brian Cole"),
  ("I don’t care that he turned", "Brian Cole"),
  ("He was the kid you’d want", "Marisol Vega")]),

# 17 -- British local news site (Kent), murder trial opening: straight double quotes, defendant's 999 call words in lede before he is named, prosecution KC 'told jurors', text message quoted, judge's direction to jury
('''A man accused of murdering his former business partner told a 999 operator he had "found him like that" when he called for help, a jury has heard.

Stuart Hemming, 52, denies killing 49-year-old Nicholas Pell at a warehouse on the Westfield industrial estate in Sittingbourne on the evening of 3 February.

Opening the prosecution case at Maidstone Crown Court on Monday, Alison Caird KC told jurors the two men had fallen out bitterly over money after their flooring business collapsed last year.

"This was a partnership that had turned to hatred," Ms Caird said. "The Crown says that on the evening of 3 February, that hatred boiled over into violence."

The court heard Mr Pell suffered multiple blows to the head with a heavy object, which has never been found.

Jurors were played a recording of the 999 call made by Hemming at 8.12pm. In it, he could be heard saying: "There's a man on the floor, there's blood everywhere, I think he's dead."

Ms Caird said messages recovered from Hemming's phone showed his anger in the weeks before the killing. In one, sent to his brother in January, he wrote: "He's ruined me. I swear he'll pay for it."

"You may think those are not the words of a man who simply stumbled upon a body," Ms Caird told the jury.

She said Hemming had told police he had gone to the warehouse to collect tools and found the door open and his former partner lying on the floor.

"The prosecution says that account is a lie," she said.

Hemming, of Key Street, Sittingbourne, sat in the dock wearing a dark suit and occasionally shook his head as the evidence was outlined.

Before the opening speech, Judge Martin Wakeley told jurors they must try the case only on the evidence they heard in court.

"Do not research anything about this case online, and do not discuss it with anyone outside your number," he said.

The trial, expected to last four weeks, continues.''',
 [("found him like that", "Stuart Hemming"),
  ("This was a partnership that had", "Alison Caird"),
  ("The Crown says that on the", "Alison Caird"),
  ("There's a man on the floor,", "Stuart Hemming"),
  ("He's ruined me. I swear he'll", "Stuart Hemming"),
  ("You may think those are not", "Alison Caird"),
  ("The prosecution says that account is", "Alison Caird"),
  ("Do not research anything about this", "Martin Wakeley")]),

# 18 -- Australian local paper (Hobart), bottle shop ram-raid: curly quotes, police inspector with uncued continuation, shop owner and 'told The Mercury', handwritten note, unnamed taxi driver with partial quote, business Facebook post
('''Three teenagers have been charged after a stolen car was reversed through the front of a bottle shop in Glenorchy early on Tuesday, the third ram-raid in the city’s northern suburbs in a month.

Police were called to Glenorchy Cellars on Main Road about 3.20am after a security alarm was triggered. Officers arrived to find the shopfront destroyed and shelves of spirits emptied.

Inspector Natalie Quill said the alleged offenders, two aged 15 and one aged 16, were arrested a short time later in Moonah after a member of the public reported a car being driven without headlights.

“This was quick, good police work, but it was also a community that was paying attention,” Inspector Quill said.

“I want to be very clear: ram-raids are not a prank and they are not a game. Someone is going to get killed.”

She said the car had been stolen from a Berriedale driveway hours earlier.

Owner Vikram Sandhu, who has run the business for 11 years, said he arrived to find glass across the footpath and his security camera torn off the wall.

“Three times in four years now,” Mr Sandhu said. “Every time I fix it, I think that’s the end. It’s never the end.”

He told The Mercury he estimated the damage and stolen stock at more than $40,000.

By Tuesday afternoon, plywood covered the shop’s front, with a handwritten note stuck to it reading “Still open — side door. Thanks for the support.”

A taxi driver who was passing when the car hit the building described hearing “an almighty bang”.

“I thought a truck had crashed,” she said. “Then I saw kids running with armfuls of bottles.”

The three teenagers were bailed to appear in the Hobart Youth Justice Court next month.

Glenorchy Cellars later posted an update on Facebook thanking customers: “We’ve been overwhelmed by the kind messages. We’ll be back bigger and better.”''',
 [("This was quick, good police work,", "Natalie Quill"),
  ("I want to be very clear:", "Natalie Quill"),
  ("Three times in four years now", "Vikram Sandhu"),
  ("Every time I fix it, I", "Vikram Sandhu"),
  ("Still open — side door. Thanks", None),
  ("an almighty bang", "~driver"),
  ("I thought a truck had crashed", "~driver"),
  ("Then I saw kids running with", "~driver"),
  ("We’ve been overwhelmed by the kind", "Glenorchy Cellars")]),

# 19 -- US local paper (Texas), grand jury declines to indict officer: straight quotes, district attorney at news conference, victim's attorney with partial quote, protest signs and chant, police union statement, police chief
('''HOLLIS CREEK, Texas — A Renner County grand jury on Thursday declined to indict a Hollis Creek police officer who shot and wounded an unarmed man during a traffic stop in April, District Attorney Glenn Whitaker announced.

Officer Brett Sayers fired three times at Andre Michael Toussaint, 31, after Toussaint reached toward the center console of his car during a stop for an expired registration on April 9. Toussaint was struck twice and spent nine days in the hospital. No weapon was found in the vehicle.

"The grand jury heard every piece of evidence, including all of the body camera footage, and made its decision," Whitaker said at a news conference. "I respect that decision, and I'd ask the community to respect it as well."

Whitaker said jurors heard testimony from 14 witnesses over three days.

Toussaint's attorney, Lena Robichaux, called the decision "a gut punch" and said her client would pursue a federal civil rights lawsuit.

"Andre was reaching for his wallet because the officer asked him for his license," Robichaux said. "He did what he was told, and he got shot for it."

Toussaint, who still walks with a cane, attended the news conference but did not speak.

About 75 people gathered outside the Renner County Courthouse on Thursday evening. Some carried signs reading "Justice for Andre," and the crowd chanted "No justice, no peace" as passing drivers honked.

The Hollis Creek Police Officers Association said in a statement that Sayers had "acted within his training and in fear for his life."

"We're grateful the grand jury took the time to look carefully at the facts," the association said.

Hollis Creek Police Chief Monica Reyes said Sayers would remain on administrative duty pending the completion of an internal affairs review.

"The criminal process is one question. Whether our policies were followed is a separate question, and we're going to answer it," Reyes said.

The department has said it will release the remaining body camera footage once the internal review is complete.''',
 [("The grand jury heard every piece", "Glenn Whitaker"),
  ("I respect that decision, and I'd", "Glenn Whitaker"),
  ("a gut punch", "Lena Robichaux"),
  ("Andre was reaching for his wallet", "Lena Robichaux"),
  ("He did what he was told,", "Lena Robichaux"),
  ("Justice for Andre", None),
  ("No justice, no peace", None),
  ("acted within his training and in", "Hollis Creek Police Officers Association"),
  ("We're grateful the grand jury took", "Hollis Creek Police Officers Association"),
  ("The criminal process is one question.", "Monica Reyes")]),

# 20 -- Scottish local paper, stalking case at sheriff court: curly double quotes, accused's message quoted, procurator fiscal depute 'told the court', defence solicitor, sheriff with partial quote and uncued continuation, unnamed complainer's victim statement, Police Scotland detective
('''A man who bombarded his former partner with more than 900 messages and turned up at her workplace in breach of a court order has been jailed for 16 months.

Craig Dunlop, 36, from Kirkcaldy, pleaded guilty to stalking at Kirkcaldy Sheriff Court last month and returned to the dock for sentence on Tuesday.

The court heard Dunlop sent the woman, who cannot be named for legal reasons, hundreds of texts and social media messages over a six-week period after she ended their relationship in March.

Procurator fiscal depute Eilidh MacRae said the messages ranged from pleading to threatening. In one, Dunlop wrote: “You don’t get to just walk away from me.”

“The complainer describes living in a state of constant fear, changing her route to work and sleeping with her phone in her hand,” Ms MacRae told the court.

Dunlop’s solicitor, Graeme Tosh, said his client had been drinking heavily after the breakdown of the relationship and was now engaging with addiction services.

“He accepts that his behaviour was frightening and wholly unacceptable,” Mr Tosh said. “He has no intention of contacting her again.”

Sheriff Kenneth Lamont said the case was “a textbook example” of how stalking escalates.

“You were told by this court to stay away from her, and within days you were waiting outside her place of work,” the sheriff told Dunlop.

“I have no confidence that a community-based disposal would keep her safe.”

In a victim statement, the woman said: “I used to love my job. Now I look over my shoulder every time the door opens.”

Detective Sergeant Lorna Gilchrist, of Police Scotland, said after the hearing: “Stalking is a serious crime that can have a devastating impact on victims. I would urge anyone who is experiencing this kind of behaviour to contact us.”

Dunlop was also made subject to a non-harassment order for ten years, banning him from approaching or contacting the woman.''',
 [("You don’t get to just walk", "Craig Dunlop"),
  ("The complainer describes living in a", "Eilidh MacRae"),
  ("He accepts that his behaviour was", "Graeme Tosh"),
  ("He has no intention of contacting", "Graeme Tosh"),
  ("a textbook example", "Kenneth Lamont"),
  ("You were told by this court", "Kenneth Lamont"),
  ("I have no confidence that a", "Kenneth Lamont"),
  ("I used to love my job.", "~woman"),
  ("Stalking is a serious crime that", "Lorna Gilchrist")]),

# 21 -- US local paper (Montana), manslaughter trial testimony: straight quotes, eyewitness bartender's words in lede, testimony with 'she said'/'Delaney said', cross-examination question 'asked' and answer 'replied', lawyer's phrase as partial quote, judge's instruction
('''GRANITE BUTTE, Mont. — A bartender who was working the night Colby Ashworth was killed told jurors Tuesday she saw the defendant strike him with a pool cue "like he was swinging for the fences."

Shauna Delaney, 29, was the first eyewitness called by prosecutors in the manslaughter trial of Travis Lee Kimbrough, 33, in Yellowrock County District Court.

Kimbrough is accused of killing Ashworth, 27, during a fight at the Silver Spur Saloon on Main Street last October. His attorneys argue he acted in self-defense after Ashworth and a friend confronted him near the pool tables.

Delaney testified that the two men had been arguing for several minutes over a game when Ashworth shoved Kimbrough.

"Colby pushed him, and Travis grabbed the cue off the table," she said. "I yelled at them to take it outside."

Deputy County Attorney Jill Harmon asked Delaney what happened next.

"He swung it with both hands and hit Colby on the side of the head," Delaney said. "Colby went straight down. He didn't put his hands up or anything."

Several of Ashworth's relatives, seated in the second row of the gallery, wept as she testified.

On cross-examination, defense attorney Kyle Brandt pressed Delaney on how much she could see from behind the bar, which is about 40 feet from the pool tables.

"You were pouring drinks at the time, weren't you?" Brandt asked.

"I was, but I was watching them because I thought there'd be trouble," Delaney replied.

Brandt also asked whether Ashworth's friend, Dustin Pike, had been holding a beer bottle "in a threatening way." Delaney said she did not remember seeing a bottle in anyone's hand.

District Judge Evelyn Marsh reminded jurors at the end of the day not to discuss the case with family or friends.

"Don't read about it, don't talk about it, and don't go looking for it on the news," Marsh told them.

Testimony resumes Wednesday, when prosecutors are expected to call the medical examiner who performed Ashworth's autopsy.''',
 [("like he was swinging for the", "Shauna Delaney"),
  ("Colby pushed him, and Travis grabbed", "Shauna Delaney"),
  ("I yelled at them to take", "Shauna Delaney"),
  ("He swung it with both hands", "Shauna Delaney"),
  ("Colby went straight down. He didn't", "Shauna Delaney"),
  ("You were pouring drinks at the", "Kyle Brandt"),
  ("I was, but I was watching", "Shauna Delaney"),
  ("in a threatening way.", "Kyle Brandt"),
  ("Don't read about it, don't talk", "Evelyn Marsh")]),

# 22 -- English county weekly (Norfolk), sheep theft appeal: single quotes, rural crime PC, farmer with 'The 58-year-old said' and 'he added', CCTV warning sign, force social media appeal, NFU spokesman unnamed, anonymous neighbouring farmer
('''Police are appealing for information after 120 ewes were stolen overnight from a farm near Fakenham.

The sheep, which were in lamb, were taken from a field beside the B1105 at some point between 6pm on Sunday and 7am on Monday, Norfolk Constabulary said.

PC Rachel Dunmore, of the force's rural crime team, said the theft would have needed several people, a livestock trailer and a working dog.

'This was not opportunistic,' she said. 'Whoever did this knew exactly what they were doing and had almost certainly been to the farm before.'

She urged anyone offered cheap lamb or breeding ewes in the coming weeks to contact police.

Farmer Tom Harrowby, whose family has worked the land at Church Farm for four generations, said the loss could run to more than £25,000.

'That's not just money, that's next year's lambs gone as well,' Mr Harrowby said. 'We'll be feeling this for two or three years.'

The 58-year-old said he had installed cameras on the farm after a quad bike was stolen last year, but the field where the sheep were kept was out of range. A sign reading 'Warning: this farm is monitored by CCTV' hangs on the main gate.

'You can't put a camera on every hedge,' he added.

Norfolk Constabulary posted an appeal on social media on Monday: 'Did you see a livestock trailer being towed on the B1105 in the early hours? Any sighting could help.'

A spokesman for the National Farmers' Union in the East of England said livestock theft was 'devastating' for farming families.

'It's not only the financial loss. There are serious animal welfare concerns when sheep in lamb are moved in a hurry by people who don't care about them,' the spokesman said.

A neighbouring farmer, who asked not to be named, said he had started bringing his animals into barns overnight. 'You feel like a sitting duck out here,' he said.

Anyone with information should call 101 quoting incident 36 of 14 April.''',
 [("This was not opportunistic", "Rachel Dunmore"),
  ("Whoever did this knew exactly what", "Rachel Dunmore"),
  ("That's not just money, that's next", "Tom Harrowby"),
  ("We'll be feeling this for two", "Tom Harrowby"),
  ("Warning: this farm is monitored by", None),
  ("You can't put a camera on", "Tom Harrowby"),
  ("Did you see a livestock trailer", "Norfolk Constabulary"),
  ("devastating", "National Farmers' Union"),
  ("It's not only the financial loss.", "National Farmers' Union"),
  ("You feel like a sitting duck", "~farmer")]),

# 23 -- Australian local paper (Darwin), nurse assaulted in emergency department: curly quotes, prosecutor, defence lawyer with one-word partial quote, Local Court judge, unnamed nurse's victim statement 'she wrote', union branch secretary, second unnamed nurse, health department statement
('''A man who punched a nurse in the face at Royal Darwin Hospital’s emergency department has been sentenced to four months’ jail, in a case health unions say highlights the growing danger faced by frontline staff.

Shane Patrick Doolan, 38, pleaded guilty in the Darwin Local Court on Thursday to aggravated assault on a worker causing harm.

The court heard Doolan had been waiting about three hours to be seen for a hand injury on the night of January 22 when he became agitated and began shouting at staff.

When a triage nurse asked him to lower his voice, he punched her once in the face, fracturing her cheekbone, prosecutor Sarah Wilkes told the court.

“She was doing nothing more than her job, trying to care for a waiting room full of sick people,” Ms Wilkes said.

Defence lawyer Jarrod Finch said his client had been in significant pain, had not slept in two days, and was “mortified” by what he had done.

“He has written a letter of apology and he understands entirely that there must be consequences,” Mr Finch said.

Judge Tanya Kirkwood said the law required a term of actual imprisonment for assaults causing harm to workers, except in exceptional circumstances.

“Nurses and doctors should never have to go to work wondering whether they will be assaulted,” Judge Kirkwood said. “Frustration at waiting times, however understandable, is never an excuse for violence.”

The nurse was not in court. In a victim impact statement tendered to the court, she said she had not returned to the emergency department since the attack.

“I used to love the chaos of ED,” she wrote. “Now I can’t walk past the waiting room without my heart racing.”

Australian Nursing and Midwifery Federation NT branch secretary Cath Hatcher said outside court the union had been calling for more security staff for years.

“Our members are being spat on, kicked and punched every single week. This is one case that made it to court — there are dozens that don’t,” Ms Hatcher said.

Another emergency nurse, who did not want to be named, said staff had been shaken by the attack. “We all know it could have been any of us,” she said.

NT Health said it had increased security patrols in the emergency department since January. “We do not tolerate violence against our staff,” a statement from the department said.''',
 [("She was doing nothing more than", "Sarah Wilkes"),
  ("mortified", "Jarrod Finch"),
  ("He has written a letter of", "Jarrod Finch"),
  ("Nurses and doctors should never have", "Tanya Kirkwood"),
  ("Frustration at waiting times, however understandable,", "Tanya Kirkwood"),
  ("I used to love the chaos", "~nurse"),
  ("Now I can’t walk past the", "~nurse"),
  ("Our members are being spat on,", "Cath Hatcher"),
  ("We all know it could have", "~nurse"),
  ("We do not tolerate violence against", "NT Health")]),

# 24 -- US local paper (Colorado), swatting call: curly quotes, scare-quoted term, husband and wife both quoted by full name, 911 caller's words from released recording, police chief with uncued continuation, FBI statement, unnamed neighbor
('''RIVERTON, Colo. — Heavily armed officers surrounded a Riverton home Saturday night after a 911 caller falsely claimed to have shot his parents and to be holding his younger sister hostage inside, police said.

It was the third so-called “swatting” call in Colorado this month, authorities said.

The home on Larkspur Drive belongs to Gerald and Pam Ostrowski, a retired couple who were watching television when officers ordered them out over a loudspeaker about 9:40 p.m.

“I looked out the window and there were rifles pointed at my front door,” Pam Ostrowski said Sunday. “My first thought was that something had happened to one of our neighbors.”

Her husband, 71, said the couple were handcuffed on their front lawn for about 20 minutes while officers searched the house.

“They were professional about it, I’ll give them that,” Gerald Ostrowski said. “But I have a heart condition. That could have gone a lot differently.”

According to a recording of the call released by the Riverton Police Department, the caller spoke calmly and gave the Ostrowskis’ address. “I shot my mom and dad and I’m going to shoot my sister next,” the caller said at one point.

Police Chief Denise Alvarado said the call appeared to have been routed through an internet phone service to hide its origin.

“Someone sat at a keyboard somewhere and sent a SWAT team into a home where two retirees were watching a game show,” Alvarado said.

“We take every one of these calls seriously, because we have to. That’s exactly what these people are counting on.”

The FBI said in a statement that agents from its Denver field office were working with Riverton police to identify the caller.

“Swatting is not a prank. It is a dangerous crime that diverts emergency resources and puts lives at risk,” the statement said.

A neighbor who watched the standoff from across the street said officers told her to stay inside. “I’ve lived here 30 years and never seen anything like it,” she said.

Alvarado said anyone convicted of making a false report could face both state and federal charges.''',
 [("I looked out the window and", "Pam Ostrowski"),
  ("My first thought was that something", "Pam Ostrowski"),
  ("They were professional about it, I’ll", "Gerald Ostrowski"),
  ("But I have a heart condition.", "Gerald Ostrowski"),
  ("I shot my mom and dad", "~caller"),
  ("Someone sat at a keyboard somewhere", "Denise Alvarado"),
  ("We take every one of these", "Denise Alvarado"),
  ("Swatting is not a prank. It", "FBI"),
  ("I’ve lived here 30 years and", "~neighbor")]),

# 25 -- London local news site, e-bike phone-snatching gang jailed: straight double quotes, detective constable with partial quote, unnamed teacher's statement read to court, judge with uncued continuation, barrister partial quote, notebook heading, Met spokesperson unnamed
('''Two men who used an e-bike to snatch more than 60 mobile phones from pedestrians across east London in a three-week spree have been jailed.

Kyle Brannigan, 22, of Leyton, and Ashley Duran, 20, of Walthamstow, were sentenced at Snaresbrook Crown Court on Friday after pleading guilty to conspiracy to steal and robbery.

The court heard the pair targeted people walking while using their phones, with one riding the e-bike and the other reaching out from the back to grab the device before speeding off.

Detective Constable Priya Lal, of the Metropolitan Police's North East Command, said the pair had left a "trail of distress" across Hackney, Leyton and Stratford.

"Many of their victims were commuters on their way home, and some were pulled to the ground," DC Lal said. "One victim was dragged several metres and needed hospital treatment."

In a statement read to the court, a 47-year-old teacher who was dragged along the pavement in Stratford said she no longer walks alone after dark.

"I keep replaying it. The sound of the bike coming up behind me, the jolt, the pavement," she said.

Sentencing the pair, Judge Anthony Greer said: "This was a deliberate, organised campaign of street crime that caused fear far beyond the individual victims.

"Those who commit these offences must understand that the courts will treat them seriously."

Brannigan was jailed for four years and Duran for three years and three months.

Duran's barrister, Oliver Shaw, had told the court his client was "easily led" and had been pressured by Brannigan, who was older and had previous convictions for theft.

Police said only 14 of the stolen phones had been recovered. Officers found a notebook at Brannigan's flat listing phone models alongside prices under the heading "WHAT THEY PAY".

"We are relentlessly targeting the small number of offenders responsible for the majority of these crimes," a Metropolitan Police spokesperson said after the hearing.

Anyone who has had a phone snatched is urged to report it online or by calling 101.''',
 [("trail of distress", "Priya Lal"),
  ("Many of their victims were commuters", "Priya Lal"),
  ("One victim was dragged several metres", "Priya Lal"),
  ("I keep replaying it. The sound", "~teacher"),
  ("This was a deliberate, organised campaign", "Anthony Greer"),
  ("Those who commit these offences must", "Anthony Greer"),
  ("easily led", "Oliver Shaw"),
  ("WHAT THEY PAY", None),
  ("We are relentlessly targeting the small", "Metropolitan Police")]),
]
# fmt: on
