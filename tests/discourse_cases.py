"""Forty short wire-style stories with who says each quote, for attribution across sentences and
paragraphs: pronouns after paragraph breaks, role descriptions, uncued continuation paragraphs,
multi-paragraph quotes, speakers named after the quote, organisations, unknown speakers.

Written for this suite by a separate author (a helper agent) who did not see the rules, from
common journalism conventions; not gold and not from any article of the gold set. Each entry is
(story, [(first words inside the quote marks, speaker as first named, or None), ...]).
"""

# fmt: off
DISCOURSE = [
    # 1 -- politics, Chile: cue after / cue before, role + pronoun alternation
    (
'''SANTIAGO, March 4 (Wire) - Chile's Interior Minister Carolina Fuentes on Tuesday defended a new policing bill against mounting criticism from opposition lawmakers.

"This law gives our officers the tools they have been asking for," Fuentes told reporters outside the presidential palace. "Nobody should mistake it for a blank cheque."

Senator Rodrigo Valdés, who leads the opposition bloc in the upper house, said the bill was "a recipe for abuse in poor neighbourhoods" and vowed to block it in committee.

"We will not sign off on this without independent oversight," he said.

The minister rejected that argument. "Oversight already exists, and it will be strengthened," she said, adding that the government would publish quarterly reports on the use of force.

The bill is expected to reach a vote in the Senate next month.''',
        [
            ("This law gives our officers the", "Carolina Fuentes"),
            ("Nobody should mistake it for", "Carolina Fuentes"),
            ("a recipe for abuse in", "Rodrigo Valdés"),
            ("We will not sign off", "Rodrigo Valdés"),
            ("Oversight already exists, and it", "Carolina Fuentes"),
        ],
    ),
    # 2 -- courts, Kenya: two men then a woman, pronoun after paragraph break
    (
'''NAIROBI, June 12 (Wire) - A Kenyan High Court judge on Wednesday granted bail to three former county officials accused of diverting funds meant for a hospital project.

Justice Peter Mwangi said the prosecution had failed to show that the men were a flight risk. "The accused have surrendered their passports and have appeared at every hearing," he said in his ruling.

Defence lawyer James Otieno welcomed the decision. "My clients have always maintained their innocence and will continue to cooperate," Otieno said outside the courtroom.

Prosecutor Grace Achieng said the state would consider an appeal.

"We respect the court's decision, but we believe the evidence is strong," she said. "This case is about medicines that never reached patients."

The trial is scheduled to begin in September.''',
        [
            ("The accused have surrendered their", "Peter Mwangi"),
            ("My clients have always maintained", "James Otieno"),
            ("We respect the court's decision", "Grace Achieng"),
            ("This case is about medicines", "Grace Achieng"),
        ],
    ),
    # 3 -- disaster, Philippines: multi-paragraph quote, no-cue continuation
    (
'''MANILA, Nov 2 (Wire) - Rescue teams in the central Philippines on Saturday pulled survivors from the mud after a landslide buried part of a mountain village, officials said.

Provincial disaster chief Ramon Bautista said at least 14 people were confirmed dead and 30 missing. "The ground is still moving, so we are working in shifts and pulling teams back whenever it rains," Bautista said.

"We have heavy equipment on the way, but the road is cut in two places. For now, it is shovels and bare hands.

"Every hour matters for the people still under there."

Lorna Dizon, 41, said she had lost her mother and two nephews. "I heard a sound like thunder, and then the houses were gone," she said.

The national weather agency warned of more heavy rain through Monday.''',
        [
            ("The ground is still moving", "Ramon Bautista"),
            ("We have heavy equipment on", "Ramon Bautista"),
            ("Every hour matters for the", "Ramon Bautista"),
            ("I heard a sound like", "Lorna Dizon"),
        ],
    ),
    # 4 -- business, Germany: company statement, partial quotes, role description
    (
'''FRANKFURT, Feb 20 (Wire) - German carmaker Rheinwerk AG said on Thursday it would cut 2,400 jobs at its plants in Saxony as demand for its combustion-engine models falls.

"These are painful but necessary steps to secure the future of the company," chief executive Annika Vogel said in a statement. The company said the cuts would be made "as far as possible through voluntary departures and early retirement."

The works council at the plants reacted angrily. Its chairman, Stefan Krüger, called the plan "a betrayal of workers who carried this firm through the pandemic."

"Management made the wrong bets on electric cars, and now our members are paying for it," Krüger said.

Vogel said the company remained committed to Germany. "We are not leaving Saxony," the chief executive told analysts on a conference call.

Shares in Rheinwerk rose 3 percent in Frankfurt trading.''',
        [
            ("These are painful but necessary", "Annika Vogel"),
            ("as far as possible through", "Rheinwerk AG"),
            ("a betrayal of workers who", "Stefan Krüger"),
            ("Management made the wrong bets", "Stefan Krüger"),
            ("We are not leaving Saxony", "Annika Vogel"),
        ],
    ),
    # 5 -- sport, Brazil: coach / captain alternation, written quote
    (
'''SAO PAULO, Aug 9 (Wire) - Palmares coach Ricardo Amaral insisted on Sunday that his side could still win the Brazilian title despite a 3-0 home defeat to rivals Atletico Serrano.

"We were poor for 20 minutes and we were punished," Amaral said. "But the table does not lie, and we are still two points clear."

Captain Thiago Lemos was more blunt. "That was embarrassing. The fans deserve an apology, and they will get one from the players," he told reporters in the tunnel.

Asked whether the squad had lost confidence in his tactics, Amaral shook his head. "Nobody in that dressing room has said that to me," he said.

Lemos later posted on social media that the team would "fight to the last minute of the season."

Palmares travel to Recife on Wednesday.''',
        [
            ("We were poor for 20", "Ricardo Amaral"),
            ("But the table does not", "Ricardo Amaral"),
            ("That was embarrassing. The fans", "Thiago Lemos"),
            ("Nobody in that dressing room", "Ricardo Amaral"),
            ("fight to the last minute", "Thiago Lemos"),
        ],
    ),
    # 6 -- science, Australia: long appositive after quote, organisation statement
    (
'''SYDNEY, April 15 (Wire) - Australian researchers say they have found the first evidence that a rare species of freshwater turtle, thought to be extinct in the wild, is breeding in a remote river in Queensland.

"When we saw the hatchlings, a few of us honestly had tears in our eyes," said Dr. Helen Marsh, a herpetologist at the University of Northern Queensland who has led surveys of the river system since 2009.

The team found 11 nests along a 3-kilometre stretch of the river. Marsh said the discovery was "a second chance we didn't think we would get."

"It means the habitat is still good enough. Now the job is to keep it that way," she said.

The Queensland Environment Department said in a statement that it would "review land-clearing permits upstream of the nesting sites as a priority."

The findings were published on Tuesday in a peer-reviewed conservation journal.''',
        [
            ("When we saw the hatchlings", "Helen Marsh"),
            ("a second chance we didn't", "Helen Marsh"),
            ("It means the habitat is", "Helen Marsh"),
            ("review land-clearing permits upstream of", "Queensland Environment Department"),
        ],
    ),
    # 7 -- local news, England: sign and anonymous shout (None)
    (
'''LEEDS, England, Oct 3 (Wire) - Residents of a Leeds suburb packed a community hall on Thursday night to protest against plans to close their only public library.

A handwritten sign taped to the door read: "Books not budgets." Inside, several speakers were applauded as they urged the city council to reverse course.

"This library is where my children learned to read, and where my dad goes to use the internet," said Priya Chandra, a mother of three who organised the meeting.

Councillor Martin Hale, who oversees the city's cultural services, told the crowd the council faced a funding gap of 40 million pounds. "I don't want to close any library, but I have to balance the books," he said.

The crowd was unmoved. "Then balance them somewhere else," one man shouted from the back of the hall.

A final decision is due in December.''',
        [
            ("Books not budgets", None),
            ("This library is where my", "Priya Chandra"),
            ("I don't want to close", "Martin Hale"),
            ("Then balance them somewhere else", None),
        ],
    ),
    # 8 -- politics, India (curly quotes): two speakers in one paragraph
    (
'''NEW DELHI, Jan 18 (Wire) - India’s ruling coalition and the main opposition party clashed on Friday over a proposed overhaul of the country’s agricultural subsidy system.

Agriculture Minister Suresh Raghavan said the reform would “put money directly into the hands of farmers,” while opposition leader Meera Kulkarni said it would “leave small growers at the mercy of big traders.”

Raghavan, speaking at a press conference in the capital, said the old system had been riddled with leakages. “For every hundred rupees we spent, barely sixty reached the farmer,” he said.

Kulkarni later told supporters in Pune that her party would take the fight to the streets if necessary.

“Farmers were not consulted, not once,” she said. “We will not let this government pretend otherwise.”

The bill is due to be introduced in parliament next week.''',
        [
            ("put money directly into the", "Suresh Raghavan"),
            ("leave small growers at the", "Meera Kulkarni"),
            ("For every hundred rupees we", "Suresh Raghavan"),
            ("Farmers were not consulted, not", "Meera Kulkarni"),
            ("We will not let this", "Meera Kulkarni"),
        ],
    ),
    # 9 -- courts, US: "He" inside quote is not the speaker; role "the lawyer"
    (
'''PHOENIX, May 7 (Wire) - A federal jury in Arizona on Monday convicted a former water utility manager of falsifying safety reports for nearly three years.

Prosecutors said Daniel Whitcomb, 58, signed off on test results showing safe lead levels while knowing that samples had not been collected. U.S. Attorney Gregory Lang called the verdict "a message to anyone entrusted with public health."

"Families in Casa Verde drank that water every day, believing someone was looking out for them," Lang said. "He betrayed that trust."

Whitcomb's attorney, Neil Barrett, said his client would appeal. "Mr. Whitcomb was a scapegoat for failures that went far above him," Barrett told reporters.

The lawyer said the jury had not been allowed to hear key evidence. "We think the appeals court will see it differently," he said.

Sentencing is set for August.''',
        [
            ("a message to anyone entrusted", "Gregory Lang"),
            ("Families in Casa Verde drank", "Gregory Lang"),
            ("He betrayed that trust.", "Gregory Lang"),
            ("Mr. Whitcomb was a scapegoat", "Neil Barrett"),
            ("We think the appeals court", "Neil Barrett"),
        ],
    ),
    # 10 -- health, Uganda: "according to a statement from", "the statement said"
    (
'''KAMPALA, Sept 25 (Wire) - Ugandan health authorities on Wednesday confirmed four new cases of a haemorrhagic fever in the western district of Kasese, bringing the total to 19 since the outbreak was declared last month.

"The situation is serious but under control," Health Minister Ruth Nabirye told parliament. "Contact tracing teams have reached more than 600 people."

According to a statement from the African Disease Response Network, a regional health body, additional medical supplies were being flown to the district. "Cross-border screening with the Democratic Republic of Congo must be stepped up immediately," the statement said.

Local clinician Dr. Samuel Byaruhanga said staff at the district hospital were exhausted. "We have nurses who have not been home in two weeks," he said.

Nabirye said the ministry would send 40 more health workers by the weekend.''',
        [
            ("The situation is serious but", "Ruth Nabirye"),
            ("Contact tracing teams have reached", "Ruth Nabirye"),
            ("Cross-border screening with the Democratic", "African Disease Response Network"),
            ("We have nurses who have", "Samuel Byaruhanga"),
        ],
    ),
    # 11 -- business, Japan (curly): speaker named in the following sentence
    (
'''TOKYO, July 30 (Wire) - Japanese electronics maker Kaneda Industries reported a surprise quarterly loss on Tuesday, sending its shares down 8 percent.

“We underestimated how quickly the smartphone market would slow.” That was the assessment of chief financial officer Hiroshi Tanabe, speaking to analysts after the results were released.

Tanabe said the company would cut its full-year profit forecast by a third. “We are not satisfied with these numbers, and we will act,” he said, without giving details.

Analyst Yuko Matsuda of Sakura Securities said investors had been caught off guard. “The guidance they gave in May looks very optimistic now,” she said. “Credibility is the issue.”

Kaneda said it would announce a restructuring plan in October.''',
        [
            ("We underestimated how quickly the", "Hiroshi Tanabe"),
            ("We are not satisfied with", "Hiroshi Tanabe"),
            ("The guidance they gave in", "Yuko Matsuda"),
            ("Credibility is the issue.", "Yuko Matsuda"),
        ],
    ),
    # 12 -- sport, tennis: two women, "the Serbian", "she" = subject of previous sentence
    (
'''MELBOURNE, Jan 24 (Wire) - Poland's Zofia Nowak beat defending champion Elena Marković of Serbia 6-4 3-6 7-5 on Wednesday to reach the semi-finals of the Australian Open.

"I just tried to stay calm when she was coming back," Nowak said in her on-court interview. "At 5-5 in the third, my legs were shaking."

Marković, who had saved two match points, was gracious in defeat. "She played the big points better. That's the whole story," the Serbian said.

Nowak, 21, has never gone beyond the fourth round of a Grand Slam before. Asked about facing the world number one next, she smiled.

"I have nothing to lose. She has everything to lose," she said.

Marković said she would take a few weeks off to rest a wrist injury.''',
        [
            ("I just tried to stay", "Zofia Nowak"),
            ("At 5-5 in the third", "Zofia Nowak"),
            ("She played the big points", "Elena Marković"),
            ("I have nothing to lose", "Zofia Nowak"),
        ],
    ),
    # 13 -- environment, Canada: multi-paragraph quote, unnamed company spokesman
    (
'''VANCOUVER, March 28 (Wire) - A coalition of First Nations in northern British Columbia said on Thursday it would challenge the approval of a natural gas pipeline in court.

"This pipeline crosses our territory without our consent, and we will not stand by," Chief Marion Joseph of the Skeena Valley Nation said at a news conference.

"Our rivers feed our families. They fed our grandparents. We have a duty to protect them for the children who come after us.

"The province knows this. It chose to look away."

The company behind the project, Northern Crest Energy, said it had consulted extensively with local communities. "We have held more than 200 meetings over five years," a company spokesman said in an emailed statement.

Provincial Energy Minister Alan Grieve declined to comment, citing the pending legal action.''',
        [
            ("This pipeline crosses our territory", "Marion Joseph"),
            ("Our rivers feed our families.", "Marion Joseph"),
            ("The province knows this. It", "Marion Joseph"),
            ("We have held more than", "Northern Crest Energy"),
        ],
    ),
    # 14 -- politics, France: two men, "the deputy"
    (
'''PARIS, Dec 5 (Wire) - French Prime Minister Julien Marchand survived a no-confidence vote on Thursday, but the narrow margin exposed deep divisions within his own coalition.

Opening the debate, far-left deputy Olivier Ferrand accused the government of "governing by decree and ignoring the street." He said the pension changes had been pushed through "without a single honest debate."

Marchand, speaking from the podium, said he would not back down. "France cannot keep spending money it does not have," he said. "Someone has to tell the truth."

After the vote, Ferrand told reporters the fight was far from over. "We lost tonight by nine votes. Nine," the deputy said.

The prime minister is expected to meet coalition leaders on Monday.''',
        [
            ("governing by decree and ignoring", "Olivier Ferrand"),
            ("without a single honest debate", "Olivier Ferrand"),
            ("France cannot keep spending money", "Julien Marchand"),
            ("Someone has to tell the", "Julien Marchand"),
            ("We lost tonight by nine", "Olivier Ferrand"),
        ],
    ),
    # 15 -- local news, Vermont: two women, pronoun after break, "the inspector"
    (
'''BURLINGTON, Vermont, June 2 (Wire) - A Vermont dairy farmer and a state inspector are at odds over the closure of a popular roadside milk stand, a dispute that has split the small town of East Haven.

Inspector Laura Pike ordered the stand shut last week after finding that raw milk was being sold without the required labels. "The rules exist because people have gotten very sick," Pike said.

The farmer, Beth Caldwell, said she had sold milk from the stand for 22 years without a single complaint. She has started a petition that has gathered more than 1,300 signatures.

"I'm not against safety. I'm against being treated like a criminal," she said.

Pike said Caldwell could reopen once the labels were fixed. "It's a one-page form. I've offered to help her fill it in," the inspector said.

Caldwell said she would file the paperwork this week.''',
        [
            ("The rules exist because people", "Laura Pike"),
            ("I'm not against safety. I'm", "Beth Caldwell"),
            ("It's a one-page form. I've", "Laura Pike"),
        ],
    ),
    # 16 -- disaster, Turkey (curly): agency statement, multi-paragraph quote, anonymous woman
    (
'''ISTANBUL, Feb 9 (Wire) - A magnitude 6.1 earthquake struck eastern Turkey early on Sunday, killing at least seven people and damaging hundreds of buildings.

“Search and rescue work is continuing in three villages,” the Disaster and Emergency Authority said in a statement. “There are no reports of people trapped in the provincial capital.”

Mehmet Aydın, the mayor of Karlıova, said many older homes made of mud brick had collapsed. “People are sleeping in their cars and in tents. It is below freezing at night,” he said.

“We need blankets, heaters, and baby food more than anything.

“Please do not send clothes. We have enough clothes.”

Outside a damaged mosque, survivors gathered around a fire. “God protect us,” an elderly woman repeated quietly.

Aftershocks continued throughout the morning.''',
        [
            ("Search and rescue work is", "Disaster and Emergency Authority"),
            ("There are no reports of", "Disaster and Emergency Authority"),
            ("People are sleeping in their", "Mehmet Aydın"),
            ("We need blankets, heaters, and", "Mehmet Aydın"),
            ("Please do not send clothes.", "Mehmet Aydın"),
            ("God protect us", None),
        ],
    ),
    # 17 -- science/business, New Zealand: company "it said", analyst
    (
'''AUCKLAND, Oct 14 (Wire) - New Zealand rocket company Southern Arc Aerospace said on Monday its second orbital launch attempt failed about three minutes after lift-off, when the upper stage engine shut down early.

"Today did not go the way we wanted, but we got a huge amount of data," founder and chief executive Tama Whitiora said in a video posted online. "We'll find the cause and we'll fly again."

The company said the rocket had been carrying two small weather satellites for a Singapore-based customer, neither of which could be recovered. It said it was "working closely with the customer and with regulators."

Space analyst Claire Donnelly, of the consultancy Meridian Space Advisory, said early failures were common. "Almost every launch company in history has had a rough start," she said. "What investors will watch is how fast they get back to the pad."

Whitiora said a review board would report within six weeks.''',
        [
            ("Today did not go the", "Tama Whitiora"),
            ("We'll find the cause and", "Tama Whitiora"),
            ("working closely with the customer", "Southern Arc Aerospace"),
            ("Almost every launch company in", "Claire Donnelly"),
            ("What investors will watch is", "Claire Donnelly"),
        ],
    ),
    # 18 -- courts, UK: judge (she) vs defendant (he) vs lawyer, "the judge"
    (
'''LONDON, Nov 20 (Wire) - A London judge on Friday jailed a former hedge fund trader for six years for his role in a scheme to manipulate the price of shares in a mining company.

Sentencing Marcus Hartley, 44, at Southwark Crown Court, Judge Eleanor Price said he had shown "breathtaking arrogance" throughout the scheme. "You treated the market as your personal playground," she told him. "Ordinary savers paid the price."

Hartley, who pleaded guilty in June, stood with his hands clasped as the sentence was read out. His lawyer, Richard Osei, had said earlier in mitigation that his client was "deeply ashamed."

"He has lost his career, his marriage and his reputation," Osei said.

The judge said she had taken the guilty plea into account. "Without it, the sentence would have been considerably longer," she said.

The regulator that brought the case said it welcomed the outcome.''',
        [
            ("breathtaking arrogance", "Eleanor Price"),
            ("You treated the market as", "Eleanor Price"),
            ("Ordinary savers paid the price.", "Eleanor Price"),
            ("deeply ashamed", "Richard Osei"),
            ("He has lost his career", "Richard Osei"),
            ("Without it, the sentence would", "Eleanor Price"),
        ],
    ),
    # 19 -- politics, Nigeria: chant (None), two speakers in one paragraph
    (
'''LAGOS, Feb 26 (Wire) - Thousands of opposition supporters marched through central Lagos on Saturday, accusing the electoral commission of delaying results from last week's governorship vote.

"Count our votes! Count our votes!" the crowd chanted as it moved toward the commission's state headquarters.

Opposition candidate Adebayo Ogunleye told the marchers the delay was "deliberate and dangerous," while a commission official, Hauwa Bello, insisted at a separate briefing that the process was "slow because it is careful."

"Nobody is hiding anything. Every result sheet will be published," Bello said.

Ogunleye was unconvinced. "If they have nothing to hide, why are the collation centres locked?" he asked.

Police said the march ended peacefully.''',
        [
            ("Count our votes! Count our", None),
            ("deliberate and dangerous", "Adebayo Ogunleye"),
            ("slow because it is careful", "Hauwa Bello"),
            ("Nobody is hiding anything. Every", "Hauwa Bello"),
            ("If they have nothing to", "Adebayo Ogunleye"),
        ],
    ),
    # 20 -- business/labour, Italy (curly): appositive after quote, "the union leader", "the minister"
    (
'''ROME, July 11 (Wire) - Pilots at Italian carrier Aeroliva walked off the job on Thursday, grounding more than 300 flights at the start of the summer holiday season.

“We did not want to strike, but management left us no choice,” said Giulia Ferretti, general secretary of the pilots’ union ANPAV, standing outside Rome’s Fiumicino airport.

Aeroliva said in a statement that the union’s demands were “incompatible with the airline’s recovery plan” and that it had offered a 6 percent pay rise over two years.

The union leader dismissed the offer. “Six percent over two years, with inflation where it is, is a pay cut,” she said.

Transport Minister Paolo Genovese urged both sides to return to talks. “Thousands of families are stranded. This has to end quickly,” the minister said.

Another strike is planned for July 25.''',
        [
            ("We did not want to", "Giulia Ferretti"),
            ("incompatible with the airline’s recovery", "Aeroliva"),
            ("Six percent over two years,", "Giulia Ferretti"),
            ("Thousands of families are stranded.", "Paolo Genovese"),
        ],
    ),
    # 21 -- sport, cycling, Colombia (curly): "he added" = most recent speaker, long appositive
    (
'''BOGOTA, Sept 3 (Wire) - Colombian cyclist Andrés Quintero won the mountain stage of the Vuelta a Colombia on Tuesday, taking the overall lead with four days left.

“I have been dreaming about this climb since I was a kid,” said Quintero, who grew up in a village at the foot of the final climb. “My whole family was standing at the last bend.”

His teammate, Felipe Rojas, had paced him for most of the final ascent before dropping back. “Andrés was so strong today. I just had to keep him out of the wind,” Rojas said.

“He deserves this more than anyone,” he added.

Second-placed Ecuadorian Diego Paredes was 48 seconds behind. “Tomorrow is another day. The time trial suits me,” said Paredes, a 29-year-old former mountain-bike champion who switched to road racing only three seasons ago.''',
        [
            ("I have been dreaming about", "Andrés Quintero"),
            ("My whole family was standing", "Andrés Quintero"),
            ("Andrés was so strong today.", "Felipe Rojas"),
            ("He deserves this more than", "Felipe Rojas"),
            ("Tomorrow is another day. The", "Diego Paredes"),
        ],
    ),
    # 22 -- politics, Australia: "she" = PM, "the senator", opposition leader
    (
'''CANBERRA, Aug 16 (Wire) - An Australian senator has resigned from the government's front bench after a row over a multimillion-dollar sports grants program, Prime Minister Catherine Doyle confirmed on Friday.

Doyle told a news conference that Senator Matthew Kerr had offered his resignation on Thursday night and she had accepted it. "Matthew has done the honourable thing," she said. "The review into the grants will continue."

Kerr, who had been sports minister for two years, said in a statement he had "at all times acted within the guidelines" but did not want to be a distraction.

"I remain fully committed to the government and to my constituents in Tasmania," the senator said.

Opposition leader Brendan Walsh said the resignation did not go far enough. "The prime minister signed off on this list. She should be answering questions too," he said.''',
        [
            ("Matthew has done the honourable", "Catherine Doyle"),
            ("The review into the grants", "Catherine Doyle"),
            ("at all times acted within", "Matthew Kerr"),
            ("I remain fully committed to", "Matthew Kerr"),
            ("The prime minister signed off", "Brendan Walsh"),
        ],
    ),
    # 23 -- disaster, Greece: agency statement, no-cue continuation after minister
    (
'''ATHENS, Aug 1 (Wire) - Hundreds of firefighters battled a wildfire north of Athens for a second day on Tuesday, as strong winds pushed the flames toward suburbs at the foot of Mount Parnitha.

The Hellenic Fire Service said in a statement that 12 water-dropping aircraft and 9 helicopters were involved. "The fire front remains active in two directions," the statement said.

Nikos Papadakis, 67, watched from his balcony as smoke darkened the sky. "I have lived here since 1980 and I have never seen it come this close," he said.

Civil Protection Minister Eleni Stavrou told state television that evacuation orders had been issued for four villages. "Please, do not wait. Leave when you are told to leave," she said.

"Houses can be rebuilt. Lives cannot."

Temperatures were forecast to reach 41 degrees Celsius on Wednesday.''',
        [
            ("The fire front remains active", "Hellenic Fire Service"),
            ("I have lived here since", "Nikos Papadakis"),
            ("Please, do not wait. Leave", "Eleni Stavrou"),
            ("Houses can be rebuilt. Lives", "Eleni Stavrou"),
        ],
    ),
    # 24 -- science, US: A / B / A alternation
    (
'''BOSTON, May 22 (Wire) - A large study published on Wednesday suggests that people who walk at least 7,000 steps a day have a significantly lower risk of dementia, though experts cautioned that the findings show an association, not cause and effect.

"We followed more than 60,000 adults for nine years, and the pattern was remarkably consistent," said lead author Dr. Naomi Feldman of the Brighton Institute for Aging Research.

Dr. Kwame Asante, a neurologist at Lakeshore University who was not involved in the research, said the results were encouraging but limited. "People who walk more may simply be healthier to begin with," he said.

Feldman acknowledged the point. "That is exactly why we adjusted for a long list of health conditions," she said. "The effect held up."

Asante said a randomized trial would be the next step.''',
        [
            ("We followed more than 60,000", "Naomi Feldman"),
            ("People who walk more may", "Kwame Asante"),
            ("That is exactly why we", "Naomi Feldman"),
            ("The effect held up.", "Naomi Feldman"),
        ],
    ),
    # 25 -- courts, South Africa: colon cue before, ministry spokesman, multi-paragraph continuation
    (
'''JOHANNESBURG, April 4 (Wire) - South Africa's Constitutional Court on Thursday ordered the government to restore electricity to public hospitals and schools during scheduled power cuts, in a ruling hailed by civil society groups.

Writing for the majority, Justice Thabo Ndlovu said: "The right to health care and the right to basic education are not suspended when the lights go out."

The Energy Ministry said it was studying the judgment. "Government will comply with the order of the court," ministry spokesman Lwazi Dube said.

Sipho Mahlangu, a lawyer for the Healthcare Access Campaign, which brought the case, said patients had died during outages. "Oxygen concentrators stopped. Incubators stopped," he said.

"Today the court said: enough."

The government has 90 days to report back on its plans.''',
        [
            ("The right to health care", "Thabo Ndlovu"),
            ("Government will comply with the", "Lwazi Dube"),
            ("Oxygen concentrators stopped. Incubators stopped,", "Sipho Mahlangu"),
            ("Today the court said: enough.", "Sipho Mahlangu"),
        ],
    ),
    # 26 -- business, Ireland (curly): company "what it called", quote then speaker in next sentence, written quotes
    (
'''DUBLIN, Jan 9 (Wire) - Irish software firm Clearpath Systems will close its Cork office and cut 350 jobs, the company told staff on Monday, blaming what it called “a sharp and sustained drop in enterprise spending.”

“This was the hardest decision I have made in 15 years of running this company.” Those were the words of co-founder Siobhán Gallagher in an email to employees seen by Wire.

Gallagher wrote that affected workers would receive “well above the statutory minimum” in redundancy pay and six months of health cover.

Cork city councillor Declan Moore said the news was a blow to the region. “These are highly skilled, well-paid jobs. Losing them hurts every business on the street,” he said.

Ireland’s enterprise minister said the government’s development agency would work with the company to find a buyer for the site.''',
        [
            ("a sharp and sustained drop", "Clearpath Systems"),
            ("This was the hardest decision", "Siobhán Gallagher"),
            ("well above the statutory minimum", "Siobhán Gallagher"),
            ("These are highly skilled, well-paid", "Declan Moore"),
        ],
    ),
    # 27 -- local transport, Mexico: two women, A / B / A alternation
    (
'''MEXICO CITY, March 15 (Wire) - Mexico City's transit authority said on Wednesday it would add 200 buses to its busiest routes after a week of complaints about overcrowding on the metro's Line 12.

"We hear the frustration of passengers, and we share it," transit director Gabriela Soto told a news conference. "The new buses will be running by Monday."

Commuter advocate Fernanda Ruiz, who runs a passenger rights group called Viaja Digno, said the measure was welcome but late. "People have been crushed into carriages for months. Why did it take a week of viral videos to act?" she asked.

Soto rejected the suggestion that the authority had ignored the problem. "We have been working on this since January," she said.

Ruiz said her group would monitor the new routes closely.''',
        [
            ("We hear the frustration of", "Gabriela Soto"),
            ("The new buses will be", "Gabriela Soto"),
            ("People have been crushed into", "Fernanda Ruiz"),
            ("We have been working on", "Gabriela Soto"),
        ],
    ),
    # 28 -- politics, South Korea: closed no-cue continuation paragraph
    (
'''SEOUL, Oct 8 (Wire) - South Korea's finance minister said on Tuesday the government would not raise taxes on large companies next year, despite a growing budget deficit.

"Raising corporate taxes now would send exactly the wrong signal to investors," Finance Minister Park Ji-hoon said at a parliamentary hearing.

"We are competing with Taiwan, Singapore and Japan for every new factory. We cannot afford to fall behind."

Opposition lawmaker Kim Soo-yeon accused the minister of protecting conglomerates at the expense of ordinary households. "The government cuts welfare and calls it discipline, then gives tax breaks to the richest firms in the country," she said.

Park said spending on child care and pensions would rise in the new budget. "The numbers speak for themselves," he said.''',
        [
            ("Raising corporate taxes now would", "Park Ji-hoon"),
            ("We are competing with Taiwan,", "Park Ji-hoon"),
            ("The government cuts welfare and", "Kim Soo-yeon"),
            ("The numbers speak for themselves", "Park Ji-hoon"),
        ],
    ),
    # 29 -- disaster, Pakistan: "according to a statement from", anonymous official (None)
    (
'''KARACHI, Aug 27 (Wire) - Floodwaters swept through dozens of villages in southern Pakistan on Sunday after days of monsoon rain, killing at least 23 people, according to officials.

According to a statement from the National Disaster Management Authority, more than 40,000 people had been moved to relief camps. "Rescue operations are being hampered by broken roads and continuous rainfall," the statement said.

A local official in Dadu district, who spoke on condition of anonymity because he was not authorised to talk to the media, said camps were running short of drinking water. "We have tents but no clean water. This is how disease starts," he said.

Farmer Ghulam Rasool, 60, said he had lost his entire cotton crop. "Everything I planted is under water. I have nothing left to sell," he said.

The meteorological department forecast more rain for the coming week.''',
        [
            ("Rescue operations are being hampered", "National Disaster Management Authority"),
            ("We have tents but no", None),
            ("Everything I planted is under", "Ghulam Rasool"),
        ],
    ),
    # 30 -- sport, athletics, Ethiopia (curly): two speakers in one paragraph, "the coach"
    (
'''ADDIS ABABA, April 21 (Wire) - Ethiopian runner Tigist Bekele broke the course record at the Addis Ababa half marathon on Sunday, finishing in 1 hour 5 minutes 12 seconds.

“The altitude is my home, so I felt comfortable from the start,” Bekele said. Her coach, Dawit Alemu, said she had “a perfect race plan and the discipline to follow it.”

“She did not panic when the Kenyan girls went early,” the coach said. “That is experience.”

Runner-up Mercy Chebet of Kenya was 40 seconds back. “Tigist was too strong today. I will come back next year,” she said.

Bekele said she would now focus on the world championships in August.''',
        [
            ("The altitude is my home,", "Tigist Bekele"),
            ("a perfect race plan and", "Dawit Alemu"),
            ("She did not panic when", "Dawit Alemu"),
            ("That is experience", "Dawit Alemu"),
            ("Tigist was too strong today.", "Mercy Chebet"),
        ],
    ),
    # 31 -- courts, Colorado (curly): three women, "she wrote" = subject of previous sentence
    (
'''DENVER, June 30 (Wire) - Colorado’s Supreme Court on Monday struck down a state law that allowed landlords to evict tenants without a hearing during a declared emergency.

Chief Justice Ana Robles, writing for a 5-2 majority, said the law “stripped tenants of the most basic protection the constitution offers: the right to be heard.”

In a dissent, Justice Karen Holt argued that the legislature had acted within its powers during a genuine crisis. She warned that the ruling would “tie the hands of lawmakers the next time disaster strikes.”

“Emergencies do not wait for the courts,” she wrote.

Tenant lawyer Rosa Delgado, whose organisation challenged the law, called the ruling “a huge victory” for low-income families. “Thousands of people were put on the street with no chance to tell their side,” she said.

The state attorney general’s office said it was reviewing the decision.''',
        [
            ("stripped tenants of the most", "Ana Robles"),
            ("tie the hands of lawmakers", "Karen Holt"),
            ("Emergencies do not wait for", "Karen Holt"),
            ("a huge victory", "Rosa Delgado"),
            ("Thousands of people were put", "Rosa Delgado"),
        ],
    ),
    # 32 -- business, Indonesia: "the central bank said", colon cue
    (
'''JAKARTA, Nov 16 (Wire) - Bank Indonesia unexpectedly raised its benchmark interest rate by 25 basis points to 6.25 percent on Thursday, citing pressure on the rupiah.

In a statement, the central bank said the move was "a pre-emptive step to anchor inflation expectations and stabilise the currency."

Governor Budi Santoso told reporters: "We will not hesitate to use every instrument available to us." He said the bank had also intervened in the foreign exchange market.

Economist Rina Wijaya of Nusantara Capital said the decision had caught markets off guard. "Only two of 28 economists polled expected a hike," she said. "The message is that the rupiah comes first."

The rupiah strengthened 0.4 percent against the dollar after the announcement.''',
        [
            ("a pre-emptive step to anchor", "Bank Indonesia"),
            ("We will not hesitate to", "Budi Santoso"),
            ("Only two of 28 economists", "Rina Wijaya"),
            ("The message is that the", "Rina Wijaya"),
        ],
    ),
    # 33 -- local news, Canada: quote before speaker introduction, written banner (None)
    (
'''WINNIPEG, Manitoba, Sept 6 (Wire) - "We didn't think anyone would notice, honestly." So said 12-year-old Ethan Bear, one of four students at a Winnipeg middle school whose science project on lead in drinking fountains has prompted a province-wide review.

The students tested water from 31 fountains at their school and found that seven exceeded federal guidelines. Their teacher, Monique Lavoie, said she was "incredibly proud" of them.

"They did the sampling, they did the math, and they wrote the letter to the school board themselves," Lavoie said.

Manitoba Education Minister Gordon Fisk said on Wednesday that all schools built before 1990 would be tested by December. "These kids did us all a favour," he said.

A banner hanging in the school gym on Thursday read: "Small scientists, big results."''',
        [
            ("We didn't think anyone would", "Ethan Bear"),
            ("incredibly proud", "Monique Lavoie"),
            ("They did the sampling, they", "Monique Lavoie"),
            ("These kids did us all", "Gordon Fisk"),
            ("Small scientists, big results.", None),
        ],
    ),
    # 34 -- politics, EU: two men, "he" after break, "the Dutch leader"
    (
'''BRUSSELS, June 27 (Wire) - European Union leaders failed to agree on Thursday on a new system for sharing responsibility for asylum seekers, with the Dutch and Hungarian prime ministers trading barbs as talks broke up.

Dutch Prime Minister Maarten de Vries said the bloc could not "keep kicking the can down the road while people drown in the Mediterranean."

Hungarian Prime Minister Zoltán Farkas, who has led opposition to mandatory relocation quotas, said his country would never accept them. He accused Brussels of trying to "dictate who lives in our villages."

"We will protect our borders and our culture, whatever the Commission decides," he said.

De Vries said he remained hopeful of a deal by the autumn. "Nobody gets everything they want. That is how Europe works," the Dutch leader said.

Leaders will meet again in October.''',
        [
            ("keep kicking the can down", "Maarten de Vries"),
            ("dictate who lives in our", "Zoltán Farkas"),
            ("We will protect our borders", "Zoltán Farkas"),
            ("Nobody gets everything they want.", "Maarten de Vries"),
        ],
    ),
    # 35 -- science, Peru (curly): three-paragraph quote, "the ministry said"
    (
'''LIMA, Feb 14 (Wire) - Archaeologists in northern Peru have uncovered a 3,000-year-old temple decorated with painted reliefs of jaguars and condors, the country’s Culture Ministry said on Tuesday.

“It is one of the best-preserved structures from this period we have ever found in the region,” said project director Luis Cárdenas of the National University of Trujillo.

“The colours are still visible. You can see red, yellow and black on the walls, which is extraordinary after three millennia.

“We think the temple was buried deliberately, perhaps as part of a ritual, and that is what protected it.”

The Culture Ministry said in a statement that the site would be closed to the public while excavations continued. “Protecting the integrity of the find is the priority,” the ministry said.

Local farmer Juana Quispe, whose land borders the site, said villagers had long suspected something lay beneath the mound. “My grandfather always said there were old gods in that hill,” she said.''',
        [
            ("It is one of the best-preserved", "Luis Cárdenas"),
            ("The colours are still visible.", "Luis Cárdenas"),
            ("We think the temple was", "Luis Cárdenas"),
            ("Protecting the integrity of the", "Culture Ministry"),
            ("My grandfather always said there", "Juana Quispe"),
        ],
    ),
    # 36 -- sport, cricket: "the captain" before name repeat, "he" = most recent subject
    (
'''LAHORE, Dec 12 (Wire) - Pakistan captain Imran Siddiqui blamed a batting collapse for his side's 87-run defeat to Sri Lanka in the second test on Tuesday, which handed the visitors an unassailable 2-0 series lead.

"We lost six wickets for 30 runs after lunch. You cannot win test matches like that," the captain said.

Sri Lanka skipper Dinesh Perera praised his spinners, who took 17 of the 20 Pakistan wickets. "The boys bowled with patience. They did not give anything away," Perera said.

Asked about the pitch, which cracked badly on the fourth day, he smiled. "It was the same pitch for both teams," he said.

Siddiqui said he would not resign. "I still believe I am the right person to lead this team," he said at the post-match press conference.''',
        [
            ("We lost six wickets for", "Imran Siddiqui"),
            ("The boys bowled with patience.", "Dinesh Perera"),
            ("It was the same pitch", "Dinesh Perera"),
            ("I still believe I am", "Imran Siddiqui"),
        ],
    ),
    # 37 -- local politics, Poland: association statement, named spokeswoman
    (
'''WARSAW, May 3 (Wire) - The mayor of the Polish city of Lublin said on Friday she would ban cars from the historic old town from next year, a plan that has angered local shopkeepers.

Mayor Agnieszka Wójcik said the change would make the centre "a place for people, not parking." She told a city council session: "Every European city that has done this has seen more visitors, not fewer."

The Lublin Merchants' Association said in a statement that many of its members feared for their livelihoods. "Our customers are elderly and families with children, and they come by car," the association said.

Its chairman, Tomasz Zieliński, said the mayor had not consulted businesses. "We learned about this from the newspaper," he said.

A city hall spokeswoman, Ewa Nowicka, said consultations would begin in June. "Nothing has been finalised and every voice will be heard," the spokeswoman said.''',
        [
            ("a place for people, not", "Agnieszka Wójcik"),
            ("Every European city that has", "Agnieszka Wójcik"),
            ("Our customers are elderly and", "Lublin Merchants' Association"),
            ("We learned about this from", "Tomasz Zieliński"),
            ("Nothing has been finalised and", "Ewa Nowicka"),
        ],
    ),
    # 38 -- disaster, Zambia: company "the company said", multi-paragraph quote mid-paragraph
    (
'''LUSAKA, Jan 30 (Wire) - Rescuers in Zambia were racing on Tuesday to reach 11 miners trapped underground after a tunnel collapsed at a copper mine in the Copperbelt province.

Chifundo Copper, which operates the mine, said in a statement that contact had been made with the men through a ventilation shaft. "The trapped workers have confirmed they are alive and have access to air," the company said.

Mines Minister Joseph Mwale, who visited the site, said drilling equipment had been brought in from neighbouring Congo. "We will not rest until every one of these men is out," he said.

Esther Banda, whose husband is among the trapped miners, said families had been waiting at the gate since the collapse. "They told us nothing for six hours," she said. "We found out from other workers.

"All we want is to see him come up that shaft."

The cause of the collapse is under investigation.''',
        [
            ("The trapped workers have confirmed", "Chifundo Copper"),
            ("We will not rest until", "Joseph Mwale"),
            ("They told us nothing for", "Esther Banda"),
            ("We found out from other", "Esther Banda"),
            ("All we want is to", "Esther Banda"),
        ],
    ),
    # 39 -- business, Sweden (curly): long appositive after quote, two women
    (
'''STOCKHOLM, Sept 19 (Wire) - Swedish furniture retailer Nordhem agreed on Wednesday to buy Danish rival Kastrup Living for 4.2 billion crowns, creating the second-largest home-furnishings chain in Scandinavia.

“Together we will be able to offer better prices and a much stronger online business,” said Nordhem chief executive Karin Lindqvist, who has spent 20 years at the company and took over as CEO in 2019.

Kastrup Living’s founder, Mette Sørensen, who will join Nordhem’s board, said the deal would secure the future of the brand. “I built this company from one shop in Aarhus. I wanted a partner who understood that,” she said.

Lindqvist said no stores would close in the first year. “We are buying a brand that customers love. It would be foolish to change it,” she said.

The deal requires approval from competition authorities in both countries.''',
        [
            ("Together we will be able", "Karin Lindqvist"),
            ("I built this company from", "Mette Sørensen"),
            ("We are buying a brand", "Karin Lindqvist"),
        ],
    ),
    # 40 -- science/disaster, Iceland: agency statement, colon cue, resident
    (
'''REYKJAVIK, Nov 11 (Wire) - The Icelandic Meteorological Office said on Saturday that magma was moving beneath the fishing town of Sandvík and that a volcanic eruption could begin within days.

"The probability of an eruption is now considered significant," the office said in a statement. "The magma intrusion extends under the town itself."

Civil defence chief Einar Hallsson announced on Saturday morning that all 2,900 residents must leave. He told national radio: "This is not a drill. Please take your medication, your documents and your pets."

Resident Guðrún Ólafsdóttir, packing her car outside her house, said the ground had been shaking for days. "The cups were rattling in the cupboard all night. We did not sleep," she said.

Hallsson said residents would be allowed back briefly to collect belongings if conditions permitted. "Safety comes first," he said.''',
        [
            ("The probability of an eruption", "Icelandic Meteorological Office"),
            ("The magma intrusion extends under", "Icelandic Meteorological Office"),
            ("This is not a drill.", "Einar Hallsson"),
            ("The cups were rattling in", "Guðrún Ólafsdóttir"),
            ("Safety comes first", "Einar Hallsson"),
        ],
    ),
]
# fmt: on
