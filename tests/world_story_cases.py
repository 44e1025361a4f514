"""Four sets of stories from regions and desks the other sets cover least, with who says each
quote, written at the end of the thirtieth round of rules.

Written for this suite by four separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy: STORIES_CK Latin America in wire copy
and the region's English-language outlets (two surnames and particles, congresses and courts);
STORIES_CL sub-Saharan Africa in its English-language press (governors, MECs, chiefs and
honorifics, police spokespeople, unions); STORIES_CM science, space and research (studies and
their authors, outside experts, space agencies, press releases), held out; STORIES_CN disasters,
weather and emergencies (agencies, emergency services, rescuers and survivors), held out.
Straight and curly quote marks. Not gold and not from any article of the gold set. Each entry is
(story, [(first words inside the quote marks, speaker as first named, "~" and the noun of a
speaker only described, or None), ...]). Held-out sets are not tuned on: their misses are listed
by script, not read.

The authors were asked to list every passage in quote marks. Two more authors, who saw only the
sets and the gold set's guideline on what a quote is, then removed the 16 entries that are not
quotes under it (titles of works, names, terms nobody is reported as saying, scare quotes), and
changed nothing else. Words on signs, banners and walls, chants, and the wording of
documents stay, with no speaker.

First read, before any rule was changed for them, with the thirtieth round's final rules
(3544a1c): 207 of 234 in STORIES_CK, 187 of 218 in STORIES_CL, 210 of 224 in STORIES_CM and
197 of 226 in STORIES_CN: 801 of 902 (0.888); the two sets the next round tunes on 394 of 452
(0.872), the held-out two 407 of 450 (0.904). Their misses are listed, not analysed yet.
"""

# fmt: off
STORIES_CK = [
# 1 -- Argentina IMF talks; Reuters wire style, straight quotes; title before name, partial quotes, "he said", senator posting on X, unnamed official "told Reuters"
('''BUENOS AIRES, March 14 (Reuters) - Argentina's economy minister said on Thursday the government was "very close" to a new staff-level agreement with the International Monetary Fund, even as a slide in central bank reserves rattled local markets and pushed the informal exchange rate to a record.

Economy Minister Martín Echeverría Luján told reporters at the ministry in Buenos Aires that talks with Fund staff in Washington had narrowed to "two or three technical points" on reserve accumulation targets.

"We are not going to sign something that we cannot comply with," Echeverría Luján said. "The previous agreement failed because it was written for a country that does not exist."

The peso weakened 3.1% to 1,480 per U.S. dollar in the informal market, while dollar-denominated sovereign bonds fell as much as 2 cents. The country's benchmark Merval stock index closed down 4.6%.

An IMF spokesperson said in a statement that discussions had been "constructive" and would continue in the coming weeks. The Fund did not give a date for the end of the mission.

Analysts were skeptical that an agreement alone would stem the outflows. "The market wants to see dollars, not announcements," said Lucía Benedetti Sosa, chief economist at local consultancy Pampa Research. The central bank has sold more than $1.2 billion in the foreign exchange market so far this month, according to traders' estimates.

Echeverría Luján dismissed talk of a devaluation ahead of the soy harvest, which usually brings a seasonal inflow of export dollars from April. "There will be no jump in the exchange rate, and anyone betting on one is going to lose money," he said.

Opposition lawmakers seized on the figures. Senator Graciela Ponce de León, who chairs the Senate budget committee, said the government had "run out of excuses" and called on the minister to appear before Congress next week.

"He promised reserves would be rebuilt by the end of last year. Instead we have the lowest level since 2016," Ponce de León wrote on X.

One government official, who asked not to be named because the negotiations are private, said Argentina was seeking a waiver on its first-quarter reserve target. "Nobody in Washington expects us to hit that number," the official told Reuters.

Argentina owes the Fund around $41 billion under a program signed in 2022, the largest in the lender's history, and has repeatedly missed targets set under it.

(Reporting by Hernán Quiroga; Editing by Rosalind Tate)''',
 [("very close", "Martín Echeverría Luján"),
  ("two or three technical points", "Martín Echeverría Luján"),
  ("We are not going to sign", "Martín Echeverría Luján"),
  ("The previous agreement failed because it", "Martín Echeverría Luján"),
  ("constructive", "International Monetary Fund"),
  ("The market wants to see dollars,", "Lucía Benedetti Sosa"),
  ("There will be no jump in", "Martín Echeverría Luján"),
  ("run out of excuses", "Graciela Ponce de León"),
  ("He promised reserves would be rebuilt", "Graciela Ponce de León"),
  ("Nobody in Washington expects us to", "~official")]),

# 2 -- Mexico mayor killed in Guerrero; AP style, curly quotes; prosecutor's office statement, relative named, governor on social media, unnamed vendor, banner, president at morning news conference
('''MEXICO CITY (AP) — Gunmen killed the mayor of a small town in the southern Mexican state of Guerrero on Sunday, just six days after she took office, authorities said.

Mayor Rosalba Quintero Salgado, 41, was shot while leaving a family baptism in San Jerónimo de los Pinos, a mountain municipality of about 18,000 people, the Guerrero state prosecutor’s office said in a statement. Her driver was wounded and taken to a hospital in Chilpancingo.

The statement said investigators were “exploring all lines of inquiry” and that no arrests had been made.

Quintero Salgado had campaigned on promises to pave roads and bring a permanent clinic to the area, which is contested by two drug gangs fighting over poppy fields and extortion routes.

“She knew the risks, everyone here knows them,” said her brother, Efraín Quintero Salgado, speaking by telephone. “But she always said that if decent people stay home, the criminals win.”

Guerrero Gov. Adriana Molina Ferrer wrote on social media that she had ordered state police and National Guard troops to the area. “There will be no impunity for this cowardly crime,” she wrote.

At least 37 mayors, former mayors and mayors-elect have been killed in Mexico since 2018, according to a count by the consulting firm Etellekt, and Guerrero has been among the most dangerous states for local officials.

“Local governments are the weakest link in the chain,” said Jorge Armenta Ruiz, a security analyst based in Mexico City. “Whoever controls the mayor controls the municipal police, the public works contracts and the permits.”

On Monday, residents gathered in the town square beneath a banner reading “Justicia para Rosalba.” Shops along the main street stayed shuttered.

“We are afraid, but we are also angry,” said one woman selling tamales near the town hall, who declined to give her name for fear of reprisals.

At his morning news conference, President Ernesto Villaseñor Paz said federal authorities would support the state investigation and offered condolences to the family.

“We are not going to allow these groups to decide who governs,” Villaseñor Paz said.''',
 [("exploring all lines of inquiry", "Guerrero state prosecutor’s office"),
  ("She knew the risks, everyone here", "Efraín Quintero Salgado"),
  ("But she always said that if", "Efraín Quintero Salgado"),
  ("There will be no impunity for", "Adriana Molina Ferrer"),
  ("Local governments are the weakest link", "Jorge Armenta Ruiz"),
  ("Whoever controls the mayor controls the", "Jorge Armenta Ruiz"),
  ("Justicia para Rosalba.", None),
  ("We are afraid, but we are", "~woman"),
  ("We are not going to allow", "Ernesto Villaseñor Paz")]),

# 3 -- Brazil Amazon gold-mining raids; AFP style, straight quotes; term in quotes, minister with particle surname, agency statement, "told AFP" with quote continuing in next paragraph, "told the newspaper", two-paragraph quote
('''Brasília (AFP) - Brazilian federal agents destroyed dozens of illegal gold-mining rafts on a river in the northern Amazon this week, officials said Friday, in the largest operation against wildcat miners in the region this year.

The raids along the Curiaú river in Roraima state targeted an estimated 3,000 "garimpeiros," as the informal miners are known in Brazil, who have poured into the Waiká Indigenous territory since 2021.

"This is a war of attrition. They leave, and two weeks later they come back with new machines," Environment Minister Helena Bastos do Amaral told a press conference in the capital.

The Brazilian Institute of Environment and Renewable Natural Resources (Ibama) said in a statement that agents had seized 14 light aircraft, 60 boats and more than 20,000 liters of fuel, and that the operation had "cut the logistics chain" that keeps the camps supplied.

Leaders of the Waiká people, who number around 4,000, have for years denounced malaria outbreaks and mercury contamination linked to the mining.

"Our rivers are poisoned with mercury. Our children are sick, and the fish are disappearing," Arokona Waiká, vice-president of the Waiká Indigenous Association, told AFP by telephone.

"We have heard promises before. We will believe it when the planes stop landing on our land."

Valdir Ferreira da Costa Neto, who heads a miners' cooperative in the town of Mucajaí, told the newspaper Folha de S.Paulo that most of those working in the region were "poor men with no other way to feed their families."

"The government treats us like criminals, but nobody offers us another job," he told the paper.

Bastos do Amaral rejected that argument. "There is no legal gold in Indigenous land. None," the minister said.

The Federal Police superintendent in Roraima, Renato Albuquerque Mello, said investigators would now turn their attention to the financiers of the mining camps.

"The man on the raft is the last link. Behind him there are businessmen, pilots and gold buyers in Sao Paulo and abroad who launder this metal through legal companies.

"That is where we are going now," he said.

Brazil's government declared a public health emergency in the Waiká territory last year after dozens of children died of malnutrition and treatable diseases.''',
 [("This is a war of attrition.", "Helena Bastos do Amaral"),
  ("cut the logistics chain", "Brazilian Institute of Environment and Renewable Natural Resources"),
  ("Our rivers are poisoned with mercury.", "Arokona Waiká"),
  ("We have heard promises before.", "Arokona Waiká"),
  ("poor men with no other way", "Valdir Ferreira da Costa Neto"),
  ("The government treats us like criminals,", "Valdir Ferreira da Costa Neto"),
  ("There is no legal gold in", "Helena Bastos do Amaral"),
  ("The man on the raft is", "Renato Albuquerque Mello"),
  ("That is where we are going", "Renato Albuquerque Mello")]),

# 4 -- Argentina general strike; Buenos Aires Times style, curly quotes; union statement, co-secretary general, presidential spokesperson, chant, unnamed bus driver, minister "told Radio Mitre", analyst
('''Argentina’s largest labour federation staged its third general strike against the government on Wednesday, halting trains, grounding hundreds of flights and shutting banks and public schools across the country.

The General Labour Confederation (CGT) called the 24-hour stoppage in protest against a labour reform bill that the Senate is due to debate next week. In a statement released at midday, the CGT said adherence was “above 90 percent” in the transport sector.

Speaking outside the federation’s headquarters on Azopardo street, CGT co-secretary general Héctor Dalmasso Ferreyra said the strike was a warning to senators. “If the Senate votes for this law, it will be voting against the workers who elected it,” Dalmasso Ferreyra said. “We are not going to stand by.”

At his daily press conference at the Casa Rosada, Presidential Spokesperson Tomás Gallardo Iturbe described the action as “a political strike by union leaders who have not worked in decades.”

“The people who wanted to work today were prevented from doing so by threats and blockades,” Gallardo Iturbe added. “The state will discount the day from public employees who did not show up.”

By mid-afternoon several thousand demonstrators had gathered in front of Congress, chanting “Unidad de los trabajadores” as union columns arrived from the southern suburbs. Police reported no major incidents.

Not all workers were convinced. “I agree with the strike, but I have three kids and I lose the day’s pay,” said a bus driver waiting at a depot in Avellaneda, where only a handful of lines were running.

Labour Minister Mercedes Olazábal Rincón told Radio Mitre that the government would not withdraw the bill, which would extend probation periods, cap severance payments and limit strikes in services deemed essential.

“The reform is not negotiable in its core. We are open to changes in the details,” she said, adding that she would meet provincial governors on Thursday to secure the votes of their senators.

The ruling party does not hold a majority in either chamber and depends on allied blocs and governors to pass legislation.

“The CGT is showing it can still paralyse the country, but it has not yet shown it can change votes in Congress,” said political analyst Carolina Wolff, director of the consultancy Opina Sur.

The Senate’s labour committee is expected to issue its opinion on the bill on Monday.''',
 [("above 90 percent", "General Labour Confederation"),
  ("If the Senate votes for this", "Héctor Dalmasso Ferreyra"),
  ("We are not going to stand", "Héctor Dalmasso Ferreyra"),
  ("a political strike by union leaders", "Tomás Gallardo Iturbe"),
  ("The people who wanted to work", "Tomás Gallardo Iturbe"),
  ("The state will discount the day", "Tomás Gallardo Iturbe"),
  ("Unidad de los trabajadores", None),
  ("I agree with the strike, but", "~driver"),
  ("The reform is not negotiable in", "Mercedes Olazábal Rincón"),
  ("The CGT is showing it can", "Carolina Wolff")]),

# 5 -- Uruguay and the Mercosur-EU deal; MercoPress style with British single quotes; partial quotes in the lead, foreign minister, European Commission spokesperson, farm lobby statement over two paragraphs, senator on X
('''Montevideo, July 3 (MercoPress) – Uruguayan President Joaquín Barreiro Sienra said on Wednesday that Mercosur could not 'wait another twenty-five years' for a trade agreement with the European Union, and warned that his country would explore 'other paths' if the deal stalled again.

Speaking at the closing session of the bloc's summit at the LATU conference centre in Montevideo, Barreiro Sienra told fellow heads of state that Uruguay had met every condition set by Brussels.

'We have done everything that was asked of us. We updated our environmental commitments, we accepted the safeguards. The problem is no longer on this side of the Atlantic,' the president said.

The Mercosur-EU agreement, whose negotiations began in 1999, was politically concluded last December but still awaits ratification amid fierce opposition from French, Irish and Polish farmers.

Brazilian Foreign Minister Marina Coutinho Leite said Brasilia shared Uruguay's frustration but urged the bloc to stay united. 'Mercosur negotiates as a bloc, and it will sign as a bloc,' she told reporters after the plenary session.

In Brussels, a European Commission spokesperson said the Commission remained 'fully committed' to the agreement but acknowledged that 'some member states require further assurances on agriculture'.

Uruguay, which exports around 60% of its beef and most of its rice, has been the most vocal of the four founding members in pushing for faster deals with third countries, including a long-stalled bilateral negotiation with China.

The president of the Rural Association of Uruguay, Gonzalo Arocena Mailhos, said in a statement that the delay was costing the country dearly.

'Every year without this agreement costs Uruguayan beef producers tens of millions of dollars in tariffs.

'Our competitors in Australia and New Zealand already have their deals, and they are taking our place on European tables,' he said.

At home, the president's remarks drew criticism. Senator Lucía Techera Olivera, of the opposition Colorado Party, said Barreiro Sienra was isolating Uruguay inside the bloc. 'The president is making threats he cannot carry out, and our partners know it,' she wrote on X.

Paraguay will assume the bloc's rotating presidency for the next six months, with the summit in Asunción scheduled for December.''',
 [("wait another twenty-five years", "Joaquín Barreiro Sienra"),
  ("other paths", "Joaquín Barreiro Sienra"),
  ("We have done everything that was", "Joaquín Barreiro Sienra"),
  ("Mercosur negotiates as a bloc,", "Marina Coutinho Leite"),
  ("fully committed", "European Commission"),
  ("some member states require further assurances", "European Commission"),
  ("Every year without this agreement costs", "Gonzalo Arocena Mailhos"),
  ("Our competitors in Australia and New", "Gonzalo Arocena Mailhos"),
  ("The president is making threats he", "Lucía Techera Olivera")]),

# 6 -- Rio police operation in favelas; The Rio Times style, straight quotes; police statement, anonymous resident over two sentences, governor's Instagram post, public defender "told The Rio Times", NGO coordinator, banner, "the governor said"
('''RIO DE JANEIRO, BRAZIL – At least eight people were killed on Tuesday during a police operation in the Complexo do Arvoredo, a cluster of favelas in Rio de Janeiro's North Zone, according to the Rio de Janeiro Military Police (PMERJ).

The operation, which involved more than 300 officers, armoured vehicles and two helicopters, targeted leaders of a drug faction accused of ordering attacks on police bases, the force said in a statement. It described the dead as "suspects who opened fire on the teams" and said 11 rifles had been seized.

Residents gave a different account. "They came in shooting at six in the morning, when the kids were going to school," said a resident who asked not to be identified, speaking by phone from inside the community. "My neighbour's son was just going to work at the bakery. He is dead now."

Governor Cláudio Monteiro Barcellos defended the operation on social media. "Rio will not be held hostage by criminals. Our police acted with courage and professionalism," he posted on Instagram.

The Rio de Janeiro State Public Defender's Office said it had sent a team to the area to collect testimonies from families. "Every death during a police operation must be independently investigated, with forensic work preserved," public defender Daniela Rezende Fonseca told The Rio Times.

The municipal education department said 23 schools and four health clinics in the area had closed for the day, affecting around 9,000 students. Several bus lines were diverted away from Avenida Brasil during the morning.

The Observatório de Segurança Carioca, an independent group that monitors armed violence in the metropolitan region, said the operation was the deadliest in the state this year.

"Operations like this one have become routine, and routine has not made the city safer," said its coordinator, Priscila Nogueira dos Anjos. "Since January, there have been more than 40 operations with deaths in the metropolitan area."

In the late afternoon, dozens of residents marched to the entrance of the complex carrying a banner reading "Favela quer viver" and photos of the victims.

Speaking at an event in Niterói later in the day, Monteiro Barcellos said the state would not retreat. "We will continue operating wherever it is necessary," the governor said.

The Supreme Federal Court (STF) has imposed restrictions on police operations in Rio's favelas since 2020, including limits near schools and clinics.''',
 [("suspects who opened fire on the", "Rio de Janeiro Military Police"),
  ("They came in shooting at six", "~resident"),
  ("My neighbour's son was just going", "~resident"),
  ("Rio will not be held hostage", "Cláudio Monteiro Barcellos"),
  ("Every death during a police operation", "Daniela Rezende Fonseca"),
  ("Operations like this one have become", "Priscila Nogueira dos Anjos"),
  ("Since January, there have been more", "Priscila Nogueira dos Anjos"),
  ("Favela quer viver", None),
  ("We will continue operating wherever it", "Cláudio Monteiro Barcellos")]),

# 7 -- Michoacán avocado extortion; Mexico News Daily style, curly quotes; growers' council statement, split quote, security secretary at the morning press conference, USDA spokesperson partial quotes, anonymous grower, governor "told the newspaper", placards
('''Avocado growers in Michoacán suspended harvesting in at least four municipalities this week after armed men set fire to two packing plants near Tancítaro, in what industry leaders described as the worst wave of extortion the sector has seen in a decade.

The Michoacán Avocado Growers Council (CAM) said in a statement on Tuesday that its members were “living under siege” and asked the federal government for permanent protection in the avocado belt.

“We are not asking for favours, we are asking for the state to do its job,” council president Rogelio Zamudio Cárdenas told reporters in Uruapan. “Without security there is no harvest, and without harvest there are no jobs.”

According to the council, criminal groups have demanded payments of up to 3 pesos for every kilogram of fruit leaving the orchards, on top of monthly fees charged to packers and truck drivers.

Speaking at the president’s morning press conference on Wednesday, Security Secretary Alma Patricia Ruelas Ochoa said 600 National Guard troops and soldiers would be deployed to the region. “We will be there for as long as it takes,” she said.

The United States, which buys about 80% of Mexico’s avocado exports, has suspended inspections in the past after threats against its inspectors. A spokesperson for the U.S. Department of Agriculture said the agency was “monitoring the situation closely” and that inspections would continue “for now.”

A grower from Tancítaro who asked that his name not be published told Mexico News Daily that he had paid criminals for three years. “If you don’t pay, they burn your orchard or they take your son,” he said.

Michoacán Governor Fernando Tapia Villalobos told the newspaper La Jornada that the attacks were part of a dispute between two cartels over control of the fruit trade.

“These are not isolated incidents, they are a business model,” he told the paper, adding that the state had filed complaints over 42 cases of extortion since January.

On Thursday, hundreds of growers and pickers marched through the center of Uruapan holding placards that read “Queremos trabajar en paz.”

Michoacán produces nearly three-quarters of Mexico’s avocados, and the industry generates an estimated 300,000 direct and indirect jobs in the state.''',
 [("living under siege", "Michoacán Avocado Growers Council"),
  ("We are not asking for favours,", "Rogelio Zamudio Cárdenas"),
  ("Without security there is no harvest,", "Rogelio Zamudio Cárdenas"),
  ("We will be there for as", "Alma Patricia Ruelas Ochoa"),
  ("monitoring the situation closely", "U.S. Department of Agriculture"),
  ("for now.", "U.S. Department of Agriculture"),
  ("If you don’t pay, they burn", "~grower"),
  ("These are not isolated incidents, they", "Fernando Tapia Villalobos"),
  ("Queremos trabajar en paz.", None)]),

# 8 -- Costa Rica Sala IV halts resort permits; Tico Times style, straight quotes; court ruling quoted, developer statement, water association president, president at weekly press conference with partial quote, minister, protest sign
('''Costa Rica's Constitutional Chamber, known as the Sala IV, has ordered the suspension of environmental permits for a 240-room resort on Playa Carbonal in Guanacaste, ruling that the project's water supply plan threatened wells used by nearby communities.

In a ruling notified Monday, the court said the National Environmental Technical Secretariat (SETENA) had approved the project "without sufficient technical studies" on the aquifer, and gave the agency three months to carry out a new assessment.

The developer, Brisas del Pacífico S.A., said in a statement that it "respects the decision" and would submit additional studies. "We have always acted within the law and with all permits in order," the company added.

The appeal was filed last year by the community's rural water association, or ASADA, which manages the wells that supply some 2,300 residents of Carbonal and two neighboring villages.

"This is a victory for the people of Carbonal, but the fight is not over," said Yorleny Chavarría Obando, the association's president. "For two summers we have had water only three days a week, while they were planning swimming pools."

At his weekly Wednesday press conference at Casa Presidencial, President Alfonso Quesada Murillo criticized the ruling. "The Sala IV cannot become a brake on development for the whole country," Quesada said. He added that decisions of this kind send "the wrong signal" to foreign investors at a time when tourism is recovering.

Environment and Energy Minister Paula Jiménez Sáenz took a more cautious tone. "We respect the independence of the courts, and SETENA will comply with what has been ordered," she said, noting that her ministry had already requested additional hydrogeological data from the developer.

Guanacaste has been at the center of a debate over coastal development for more than a decade, as hotel and condominium construction has outpaced the region's water infrastructure during the long dry season.

Outside the courthouse in San José on Monday, a small group of residents who had traveled from Carbonal held up a sign reading "El agua es vida, no negocio."

The project's investors had estimated it would create 600 jobs once completed. Work on the site, which began in January, has now been halted.''',
 [("without sufficient technical studies", "Constitutional Chamber"),
  ("respects the decision", "Brisas del Pacífico S.A."),
  ("We have always acted within the", "Brisas del Pacífico S.A."),
  ("This is a victory for the", "Yorleny Chavarría Obando"),
  ("For two summers we have had", "Yorleny Chavarría Obando"),
  ("The Sala IV cannot become a", "Alfonso Quesada Murillo"),
  ("the wrong signal", "Alfonso Quesada Murillo"),
  ("We respect the independence of the", "Paula Jiménez Sáenz"),
  ("El agua es vida, no negocio.", None)]),

# 9 -- Chile lithium partnership; Reuters style with curly quotes; minister split across two quotes, company emailed statement partial, Indigenous council president with quote continuing in next paragraph, deputy partial plus X post, analyst, "the minister said"
('''SANTIAGO, Oct 8 (Reuters) – Chile’s mining minister said on Tuesday the government expects to sign a lithium partnership for the Salar de Pajonales before the end of the year, despite opposition from Indigenous communities and some lawmakers who say the terms favour the foreign partner.

“We are in the final stretch,” Mining Minister Francisca Larraín Echenique told reporters in Santiago. “Chile cannot afford to lose another decade while Argentina and Australia move ahead.”

Under the proposed deal, state miner ENAMI would hold a 51% stake in a joint venture with Australia’s Coralline Minerals, which would finance a $1.8 billion processing plant using direct lithium extraction technology.

Coralline said in an emailed statement that talks were at an “advanced stage” and declined to comment on the financial terms.

Communities around the salt flat, about 180 kilometers northeast of Copiapó, say they have not been properly consulted as required by International Labour Organization Convention 169, which Chile ratified in 2008.

“Nobody has consulted us about the water,” said Ernestina Cruz Mamani, president of the Pajonales Indigenous Communities Council. “The salt flat is not a mine. It is where our grandparents are buried.”

“If they want to take the brine, they will have to sit down with us first, not send us a presentation.”

Opposition deputy Ricardo Undurraga Vial said the deal gave “too much to a foreign company and too little to Chileans” and called for the contract to be sent to Congress. “Congress must review every line of this contract before anything is signed,” he wrote on X.

Chile is the world’s second-largest lithium producer after Australia, but its share of the market has fallen as Argentina’s output has grown under more flexible rules for private investment.

Lithium prices have dropped more than 75% from their 2022 peak, weighing on the finances of producers and slowing new projects across the so-called lithium triangle.

“Prices are depressed now, but the deficit will come back by 2028, and whoever has capacity then wins,” said Tomás Errázuriz Lyon, a mining analyst at Santiago-based Andes Capital.

Asked about the communities’ complaints, Larraín Echenique said the government would not skip any step. “Prior consultation will be carried out as the law demands,” the minister said.

(Reporting by Valentina Ossandón; Editing by Paul Whitcombe)''',
 [("We are in the final stretch,", "Francisca Larraín Echenique"),
  ("Chile cannot afford to lose another", "Francisca Larraín Echenique"),
  ("advanced stage", "Coralline Minerals"),
  ("Nobody has consulted us about the", "Ernestina Cruz Mamani"),
  ("The salt flat is not a", "Ernestina Cruz Mamani"),
  ("If they want to take the", "Ernestina Cruz Mamani"),
  ("too much to a foreign company", "Ricardo Undurraga Vial"),
  ("Congress must review every line of", "Ricardo Undurraga Vial"),
  ("Prices are depressed now, but the", "Tomás Errázuriz Lyon"),
  ("Prior consultation will be carried out", "Francisca Larraín Echenique")]),

# 10 -- Peru Congress removes president; AP style, straight quotes; constitutional term in quotes, Congress president, televised address, lawyer "told radio station RPP" over two paragraphs, sponsor partial quote, chant, unnamed student, new president sworn in
('''LIMA, Peru (AP) - Peru's Congress voted late Thursday to remove President Ana Lucía Cárdenas Villanueva from office, citing "permanent moral incapacity," a loosely defined clause in the constitution that lawmakers have used to oust several presidents in recent years.

The motion passed 101-12 with four abstentions, well above the 87 votes required in the 130-seat legislature.

"Congress has fulfilled its constitutional duty," Congress President Luis Alberto Huamán Quispe said after announcing the result, as lawmakers from the right-wing blocs that backed the motion applauded.

Cárdenas Villanueva, who had been in office for 20 months, was accused of failing to declare luxury watches she received as gifts and of obstructing a corruption investigation into her younger brother, allegations she has denied.

In a televised message from the Government Palace shortly before midnight, she said she would respect the decision but rejected the accusations. "I leave with my head held high. History will judge who acted with dignity tonight," she said.

Her lawyer, Jorge Tello Sifuentes, told radio station RPP that the process had violated her right to a defense.

"This was a political lynching, not a legal process. They gave us 60 minutes to respond to 400 pages of accusations.

"We will take this case to the Inter-American Commission on Human Rights," Tello Sifuentes said.

Legislator Rosa Elvira Palomino de Ugarte, who sponsored the motion, said the president had "lost all legitimacy" after her approval rating fell below 5% in recent polls.

Outside Congress, several hundred demonstrators held back by riot police chanted "Que se vayan todos," a slogan aimed at the entire political class.

"They remove one and put in another one just like her," said a university student who had come to watch the vote on a giant screen set up by protesters. "Nothing changes for us."

Vice President Néstor Gamarra Rivas, a 63-year-old former regional governor with little political experience, was sworn in early Friday. He is Peru's seventh president since 2016.

"I call on all Peruvians to unity and calm," Gamarra Rivas said in his first speech as head of state, promising to hand over power after the general election scheduled for April.''',
 [("permanent moral incapacity", None),
  ("Congress has fulfilled its constitutional duty,", "Luis Alberto Huamán Quispe"),
  ("I leave with my head held", "Ana Lucía Cárdenas Villanueva"),
  ("This was a political lynching, not", "Jorge Tello Sifuentes"),
  ("We will take this case to", "Jorge Tello Sifuentes"),
  ("lost all legitimacy", "Rosa Elvira Palomino de Ugarte"),
  ("Que se vayan todos,", None),
  ("They remove one and put in", "~student"),
  ("Nothing changes for us.", "~student"),
  ("I call on all Peruvians to", "Néstor Gamarra Rivas")]),

# 11 -- Colombia peace talks suspended; AFP style, curly quotes; peace commissioner, rebel communique partials, policy slogan, defence minister on X, UN mission statement, unnamed farmer "told AFP", Indigenous guard coordinator
('''Bogotá (AFP) – Colombia’s government suspended peace talks with a dissident rebel group on Monday after an attack on a military base in the southwestern department of Cauca killed five soldiers, officials said.

“The table is frozen until there are clear signals of a will for peace,” High Commissioner for Peace Camila Restrepo Arango told reporters in Bogotá.

The group, the Frente Unido del Pueblo (FUP), is made up largely of former FARC guerrillas who rejected the 2016 peace agreement and now control drug trafficking routes towards the Pacific coast.

In a communique posted on social media, the FUP said the attack was a response to “military offensives” in areas under its influence and accused the government of “betraying” protocols agreed during a ceasefire that expired in January.

The negotiations were part of the government’s “paz total” policy, which seeks simultaneous talks with rebel factions and criminal gangs but which critics say has allowed armed groups to expand their territory and recruit minors.

Defence Minister Iván Darío Salcedo Pineda ordered troop reinforcements to the area. “The armed forces will respond with all the force of the law to this cowardly attack,” he wrote on X.

The UN Verification Mission in Colombia said in a statement that it “deeply regrets” the loss of life and urged both sides to protect the civilian population.

In the rural areas around the town of El Tambo, hundreds of families have fled their homes since fighting intensified last month, according to local officials.

“Every time the talks break, we are the ones who pay,” a farmer who fled with his wife and three children to the departmental capital Popayán told AFP, asking not to be named for his safety.

Indigenous communities in northern Cauca have repeatedly demanded that all armed actors leave their reserves.

“We do not want soldiers or guerrillas in our territory,” said Eyder Yatacué Pito, a coordinator of the Nasa Indigenous guard, an unarmed community patrol. “We want them to leave us to plant and raise our children in peace.”

The army said the attack, carried out with explosive-laden drones and rifle fire before dawn, also wounded eleven soldiers, three of them seriously.

Colombia has struggled to consolidate peace since the 2016 deal, with dissident factions, the ELN guerrilla and criminal gangs competing for control of coca fields and illegal mines.''',
 [("The table is frozen until there", "Camila Restrepo Arango"),
  ("military offensives", "Frente Unido del Pueblo"),
  ("betraying", "Frente Unido del Pueblo"),
  ("The armed forces will respond with", "Iván Darío Salcedo Pineda"),
  ("deeply regrets", "UN Verification Mission in Colombia"),
  ("Every time the talks break, we", "~farmer"),
  ("We do not want soldiers or", "Eyder Yatacué Pito"),
  ("We want them to leave us", "Eyder Yatacué Pito")]),

# 12 -- Foreign squid fleet off Argentina; MercoPress style with British single quotes; naval prefecture statement partials, fishing chamber director split quote, governor on social media, unnamed captain, scientist "told MercoPress", Falklands department spokesperson
('''Buenos Aires, February 20 (MercoPress) – The Argentine Naval Prefecture said on Monday it had detected more than 400 foreign fishing vessels operating along the outer edge of the country's Exclusive Economic Zone, the highest number recorded for this time of year, and warned that it would act 'firmly' against any incursion.

In a statement, the Prefecture said its ocean patrol vessels and a surveillance aircraft were monitoring the fleet, mostly Chinese-flagged squid jiggers, around the clock 'at the limit of mile 200'.

The vessels target Illex squid, which migrate between Argentine waters and the high seas, and operate at night under powerful lamps that attract the catch to the surface.

Argentina's own squid fleet has complained for years that the foreign boats take a large share of the stock before it reaches national waters. 'Every squid they take at mile 201 is a squid that does not reach our boats,' said Marcelo Bianchi Urquiza, executive director of the Patagonian Fishing Chamber. 'This is not fishing, it is predation, and it happens in front of our eyes every summer.'

Chubut Governor Horacio Lemos Aráoz, whose province is home to the port of Puerto Madryn, wrote on his social media accounts that 'the South Atlantic is not a free-for-all' and called for a regional agreement with Uruguay and Chile.

'At night it looks like a city out there,' said one Argentine trawler captain based in Puerto Madryn, who has worked in the area for 25 years.

Scientists warn that the lack of information on the catch of the high-seas fleet makes it impossible to manage the resource properly. 'We have no data on how much they catch, and that is the real problem,' Dr Ana Belén Goicoechea, a marine biologist at CONICET, told MercoPress. 'Without data, any stock assessment is a guess.'

In Stanley, the Falkland Islands Fisheries Department said the fleet had remained outside Falklands waters. 'Our patrols have not detected any illegal activity within the Falklands conservation zones,' a spokesperson said.

Unlike most fishing regions, the high seas of the Southwest Atlantic have no regional fisheries management organisation, leaving the squid stock outside any multilateral regulation.

Argentina seized a Chinese-flagged jigger in 2016 after it allegedly fished inside the zone, and the Prefecture sank it when it tried to ram a patrol boat.''',
 [("firmly", "Argentine Naval Prefecture"),
  ("at the limit of mile 200", "Argentine Naval Prefecture"),
  ("Every squid they take at mile", "Marcelo Bianchi Urquiza"),
  ("This is not fishing, it is", "Marcelo Bianchi Urquiza"),
  ("the South Atlantic is not a", "Horacio Lemos Aráoz"),
  ("At night it looks like a", "~captain"),
  ("We have no data on how", "Ana Belén Goicoechea"),
  ("Without data, any stock assessment is", "Ana Belén Goicoechea"),
  ("Our patrols have not detected any", "Falkland Islands Fisheries Department")]),

# 13 -- Bolivia diesel shortage blockades; EFE English style, straight quotes; drivers' union leader, vice minister partials, state oil company statement, ombudsman statement, unnamed truck driver, chant, economist "told EFE", "Arce Villarroel said"
('''La Paz, Nov 12 (EFE).- Truck drivers and public transport unions blocked the main access roads to La Paz and El Alto on Tuesday to protest a chronic shortage of diesel that has left lines of vehicles stretching for kilometers outside service stations across Bolivia.

"We have been sleeping in line for three days to get 50 liters. This cannot go on," Teodoro Mamani Choque, executive secretary of the Confederation of Bolivian Drivers, told reporters at a blockade on the highway to Oruro.

Hundreds of trucks and minibuses were parked across the road at several points, and long-distance buses from the bus terminal in La Paz suspended departures to the south of the country.

At a press conference in the afternoon, Vice Minister of Hydrocarbon Supply Ximena Arce Villarroel said the shortage was due to "logistical problems" with imports through Chile and Paraguay and that supply would normalize "within 72 hours."

"There is no reason for blockades. The fuel is arriving, and the blockades only delay the tanker trucks," Arce Villarroel said.

The state oil company Yacimientos Petrolíferos Fiscales Bolivianos (YPFB) said in a statement that 120 tanker trucks had crossed the border since the weekend and that it had "guaranteed" supply for farmers in the eastern department of Santa Cruz, where the soybean planting season is under way.

Bolivia imports most of the diesel it consumes and sells it at subsidized prices, but a sharp fall in natural gas exports has drained the country's foreign currency reserves, making it harder to pay suppliers.

"The problem is not logistics, it is dollars. The central bank does not have the reserves to pay for imports on time," economist Rebeca Quiroga Salinas, a professor at the Bolivian Catholic University, told EFE.

On the highway, drivers were in no mood to wait. "I have a family to feed and my truck has been parked for a week," said a truck driver from Cochabamba who had been stuck in line outside a service station in Senkata since Saturday.

Demonstrators who marched to the headquarters of YPFB in the center of La Paz chanted "¡Diésel sí, mentiras no!" and burned tires in front of the building, which was guarded by riot police.

The Ombudsman's Office urged dialogue, saying in a statement that "blockades cannot become a permanent form of protest" and asking unions to allow ambulances and trucks carrying food and oxygen to pass.

The drivers' confederation said it would maintain the blockades until diesel was available at all stations in the country.''',
 [("We have been sleeping in line", "Teodoro Mamani Choque"),
  ("logistical problems", "Ximena Arce Villarroel"),
  ("within 72 hours.", "Ximena Arce Villarroel"),
  ("There is no reason for blockades.", "Ximena Arce Villarroel"),
  ("guaranteed", "Yacimientos Petrolíferos Fiscales Bolivianos"),
  ("The problem is not logistics, it", "Rebeca Quiroga Salinas"),
  ("I have a family to feed", "~driver"),
  ("¡Diésel sí, mentiras no!", None),
  ("blockades cannot become a permanent form", "Ombudsman's Office")]),

# 14 -- Argentina Supreme Court revenue-sharing ruling; Buenos Aires Times style, curly quotes; court ruling partials, city head of government, cabinet chief "told Radio Rivadavia", governor on X, words of the Constitution, dissenting justice, law professor
('''Argentina’s Supreme Court on Thursday ordered the national government to restore the share of federal tax revenue transferred to the City of Buenos Aires, siding with the capital in a long-running dispute that has pitted the city against the provinces.

In a 40-page ruling signed by four justices, the court said the 2020 decree that cut the city’s share had been “arbitrary” and had violated “the principle of federal good faith.” It gave the Economy Ministry 30 days to begin transferring the funds.

The decision restores roughly 2.95 percent of shared revenue to the capital, up from the 1.4 percent set by the decree, and could cost the national Treasury hundreds of billions of pesos a year.

Buenos Aires City Head of Government Santiago Lacroze Alvear celebrated at a press conference at the city’s headquarters on Uspallata street. “Today the Constitution won. The city was robbed, and now justice has given back what belongs to the people of Buenos Aires,” he said.

Cabinet Chief Ricardo Bonfiglio Arrieta told Radio Rivadavia that the government would comply with the ruling “but with the resources that exist.”

“There is no hidden treasure in the Treasury. If we pay the city, someone else stops receiving,” Bonfiglio Arrieta said.

Provincial governors reacted angrily. “The Court favours the richest district in the country at the expense of the interior,” Catamarca Governor Nora Villafañe Herrera wrote on X.

Article 75 of the National Constitution requires federal revenue to be distributed according to “objective criteria” set out in a law that Congress has failed to pass since the 1994 constitutional reform.

In a partial dissent, Justice Marta Beatriz Oyhanarte agreed that the decree was unconstitutional but argued that the court should have ordered Congress to settle the amount. “The Court cannot replace Congress in the design of fiscal federalism,” she wrote.

“The ruling is legally sound but politically explosive, because every peso that goes to the city is a peso that the provinces will say was taken from them,” said Federico Otamendi Paz, a constitutional law professor at the University of Buenos Aires.

The dispute began in 2020, when the previous government reduced the city’s share to fund a pay rise for the Buenos Aires provincial police.''',
 [("arbitrary", "Supreme Court"),
  ("the principle of federal good faith.", "Supreme Court"),
  ("Today the Constitution won.", "Santiago Lacroze Alvear"),
  ("but with the resources that exist.", "Ricardo Bonfiglio Arrieta"),
  ("There is no hidden treasure in", "Ricardo Bonfiglio Arrieta"),
  ("The Court favours the richest district", "Nora Villafañe Herrera"),
  ("objective criteria", None),
  ("The Court cannot replace Congress in", "Marta Beatriz Oyhanarte"),
  ("The ruling is legally sound but", "Federico Otamendi Paz")]),

# 15 -- Venezuela opposition leader detained; Reuters style, straight quotes; party statement, attorney general on state TV partials, quote from rally speech, State Department spokesperson, unnamed witness, banners, minister on Telegram, rights group on X
('''CARACAS, Jan 9 (Reuters) - Venezuelan security forces detained opposition leader Beatriz Arismendi Olavarría on Thursday shortly after she addressed a protest in eastern Caracas, her party said, a day before President Rafael Córdova Blanco is due to be sworn in for a third term that the opposition says was won through fraud.

Her party, Voluntad Ciudadana, said in a statement that she had been "violently intercepted" by armed men on motorcycles as she left the rally in the Chacao district.

Speaking from the back of a truck minutes before her detention, Arismendi Olavarría told thousands of supporters that the opposition would not give up. "They can take me, but they cannot take the votes you cast in July," she said.

Attorney General Alcides Barrios Pernía said on state television late on Thursday that she was under investigation for "incitement to hatred" and conspiracy, and that her arrest had been carried out "in strict compliance with the law."

Interior Minister Gustavo Landaeta Rivas wrote on Telegram that "nobody is above the law" and accused the opposition of planning violence during Friday's inauguration.

"They pushed her into a gray van and drove off toward the highway," said a woman who witnessed the detention, speaking on condition of anonymity for fear of reprisals.

Venezuela's electoral council declared Córdova Blanco the winner of the July vote without publishing detailed results, while the opposition published tallies from polling stations which it says show its candidate won by a wide margin.

In Washington, State Department spokesperson Margaret Hollis called for her immediate release. "The United States condemns the detention of Beatriz Arismendi Olavarría and holds the Venezuelan authorities responsible for her safety," Hollis told reporters.

Foro Penal, a Venezuelan legal rights group, said in a post on X that "there are now more than 1,700 political prisoners in Venezuela," the highest number it has recorded.

At the rally, supporters waved national flags and banners reading "Venezuela decidió" before the crowd was dispersed by police.

The government has deployed thousands of troops and police across Caracas ahead of the inauguration, and several foreign leaders have said they will not attend the ceremony.

(Reporting by Daniela Urdaneta and Luis Peñaloza; Writing by Christopher Aldworth; Editing by Sandra Mey)''',
 [("violently intercepted", "Voluntad Ciudadana"),
  ("They can take me, but they", "Beatriz Arismendi Olavarría"),
  ("incitement to hatred", "Alcides Barrios Pernía"),
  ("in strict compliance with the law.", "Alcides Barrios Pernía"),
  ("nobody is above the law", "Gustavo Landaeta Rivas"),
  ("They pushed her into a gray", "~woman"),
  ("The United States condemns the detention", "Margaret Hollis"),
  ("there are now more than 1,700", "Foro Penal"),
  ("Venezuela decidió", None)]),

# 16 -- Brazil Supreme Court justice suspends video platform; The Rio Times style, curly quotes; justice's decision quoted, company note partials, name of an inquiry, minister "in an interview with GloboNews", deputy on X, unnamed artisan, digital rights lawyer
('''RIO DE JANEIRO, BRAZIL – A justice of Brazil’s Supreme Federal Court (STF) on Monday ordered the nationwide suspension of the video-sharing platform ClipVerso for failing to remove accounts accused of spreading disinformation about the electoral system, and fined the company R$5 million per day of non-compliance.

In his decision, Justice Raimundo Falcão Bittencourt wrote that the company had shown “absolute disregard for Brazilian law” by ignoring three previous orders and by failing to appoint a legal representative in the country.

“The platforms are not above the Constitution, and no company can operate in Brazil as if it were a territory without rules,” the justice wrote.

The order was issued as part of the so-called “fake news inquiry,” which the court opened in 2019 to investigate threats and false information targeting its members.

In a note sent to journalists, ClipVerso said it “will appeal” and described the order as “an act of censorship” against millions of Brazilian users.

Justice Minister Renata Pimentel Guedes defended the decision. “Freedom of expression is not freedom to commit crimes. Any company that wants to operate here must follow our laws,” she said in an interview with GloboNews.

Opposition politicians accused the court of overreach. “Today it is a platform, tomorrow it will be you,” Federal Deputy Carlos Eduardo Vilela Júnior posted on X, in a message shared more than 40,000 times.

The app, which has an estimated 18 million users in Brazil, was still accessible on Monday afternoon, as the telecommunications regulator Anatel began notifying internet providers.

Small sellers who rely on the platform said they were caught in the middle. “I use it to sell my crafts. I don’t know how I will reach my customers now,” said a 27-year-old artisan from Niterói who sells beaded jewelry through live videos.

“The decision is legally grounded, but the lack of transparency in these sealed orders worries me,” said Marina Frota Castelo Branco, a digital rights lawyer at the Instituto Rede Livre in São Paulo.

The full panel of the STF is expected to vote on whether to uphold the suspension in a virtual session later this week.''',
 [("absolute disregard for Brazilian law", "Raimundo Falcão Bittencourt"),
  ("The platforms are not above the", "Raimundo Falcão Bittencourt"),
  ("will appeal", "ClipVerso"),
  ("an act of censorship", "ClipVerso"),
  ("Freedom of expression is not freedom", "Renata Pimentel Guedes"),
  ("Today it is a platform, tomorrow", "Carlos Eduardo Vilela Júnior"),
  ("I use it to sell my", "~artisan"),
  ("The decision is legally grounded, but", "Marina Frota Castelo Branco")]),

# 17 -- Panama Canal drought restrictions and reservoir opposition; Reuters style, straight quotes; administrator, authority statement, shipbroker, farmer leader over two paragraphs, minister partial and "he said", protest signs, hydrologist
('''PANAMA CITY, May 6 (Reuters) - The Panama Canal Authority will reduce the number of daily ship transits and the maximum draft allowed in its locks from next week, its administrator said on Tuesday, as a drier-than-expected start to the rainy season left water levels in its main reservoir well below normal.

"We are not in a crisis, but we have to be prudent with every drop of water," Canal Administrator Eduardo Arosemena Lombardo told a news conference at the authority's headquarters in Balboa.

The authority said in a statement that Gatun Lake was "below the historical average for this time of year" and that daily transits would fall to 32 from 36 until further notice.

Shipping companies had been hoping to avoid a repeat of 2023, when a severe drought forced the canal to cut traffic by more than a third and left dozens of vessels waiting at anchor for weeks.

"Every transit slot we lose means weeks of delay for cargo bound for Asia," said Lars Holmqvist, a senior analyst at Copenhagen-based shipbroker Nordlys Chartering.

The government is pushing ahead with a $1.6 billion reservoir on the Río Indio, west of the canal, to secure water supply for the next 50 years. The project would flood land used by around 2,000 people, most of them small farmers.

"They talk about water for ships, but nobody asks where we are going to go," said Emérita Ortega de Castillo, a farmer from the community of Limón who leads a coalition of affected villages.

"My family has farmed this land for four generations. We will not leave for a check."

Minister for Canal Affairs José Ignacio Moreno Alba said families would receive "fair relocation" with land titles, new homes and access to schools and clinics. "Nobody will be moved by force. That is a commitment of this government," he said.

On Saturday, several hundred farmers marched along the road to Penonomé carrying signs reading "No al embalse" and "El río no se vende."

Hydrologists say the canal's dependence on rainfall will only grow as the climate changes. "The rainy season is arriving later and ending earlier, and the lakes have less time to recover," said Gabriela Tejeira Arias, a hydrologist at the Technological University of Panama.

(Reporting by Ana María Batista; Editing by Jonathan Orr)''',
 [("We are not in a crisis,", "Eduardo Arosemena Lombardo"),
  ("below the historical average for this", "Panama Canal Authority"),
  ("Every transit slot we lose means", "Lars Holmqvist"),
  ("They talk about water for ships,", "Emérita Ortega de Castillo"),
  ("My family has farmed this land", "Emérita Ortega de Castillo"),
  ("fair relocation", "José Ignacio Moreno Alba"),
  ("Nobody will be moved by force.", "José Ignacio Moreno Alba"),
  ("No al embalse", None),
  ("El río no se vende.", None),
  ("The rainy season is arriving later", "Gabriela Tejeira Arias")]),

# 18 -- Honduran deportees arrive in San Pedro Sula; AP style, curly quotes; named deportee with quote continuing in next paragraph, foreign minister, nun with split quote, U.S. Embassy statement partials, unnamed mother, handwritten sign, "the nun said"
('''SAN PEDRO SULA, Honduras (AP) — Two U.S. government charter flights carrying 268 deported Hondurans landed in this northern city on Wednesday, part of an accelerating pace of removals that has strained the Central American country’s reception centers.

Men filed off the planes in the morning heat, many still wearing the gray sweatsuits issued in U.S. detention centers, and were led into a hangar where officials took their fingerprints and handed them bottles of water.

“I spent two years in Houston painting houses, and they sent me back in chains,” said Kevin Alexander Flores Rivera, 24, who left his hometown of Choloma after a gang demanded he join or pay.

“Here there is nothing for me. The same people who threatened me are still there.”

Foreign Minister Gloria Patricia Membreño Castillo, who met the first flight, said Honduras had received more than 30,000 deportees so far this year. “We are receiving our compatriots with dignity, but we ask the United States for more notice so we can prepare,” she told reporters.

At the Center for Returned Migrants, run by the government with support from the Catholic Church, volunteers served rice, beans and coffee.

“Many of them arrive with nothing,” said Sister María Auxiliadora Paz, a nun who has coordinated the center for 12 years, “not even shoelaces.”

The center offers each returnee a meal, a phone call and a bus ticket home, but the nun said funds were running short. “We used to receive two flights a week. Now some days there are four,” she said.

The U.S. Embassy in Tegucigalpa said in a statement that removals were carried out “in accordance with U.S. law” and that detainees were treated “in a safe and humane manner.”

Outside the airport gates, relatives waited behind a fence. One mother held a piece of cardboard on which she had written “Bienvenido a casa, hijo.”

“I did not know he was coming until this morning, when a neighbor saw his name on a list,” said the mother, whose 19-year-old son was deported from Texas and who asked that her name not be used.

Remittances from Hondurans abroad account for about a quarter of the country’s economy, and economists warn that mass deportations could hit household incomes in some of the poorest communities in the hemisphere.''',
 [("I spent two years in Houston", "Kevin Alexander Flores Rivera"),
  ("Here there is nothing for me.", "Kevin Alexander Flores Rivera"),
  ("We are receiving our compatriots with", "Gloria Patricia Membreño Castillo"),
  ("Many of them arrive with nothing,", "María Auxiliadora Paz"),
  ("not even shoelaces.", "María Auxiliadora Paz"),
  ("We used to receive two flights", "María Auxiliadora Paz"),
  ("in accordance with U.S. law", "U.S. Embassy in Tegucigalpa"),
  ("in a safe and humane manner.", "U.S. Embassy in Tegucigalpa"),
  ("Bienvenido a casa, hijo.", None),
  ("I did not know he was", "~mother")]),

# 19 -- Ecuador prison riot; British newspaper style with curly single quotes; prison service statement partial, president on X, unnamed mother, police commander with "Gen", interior minister "told the BBC", rights group director, graffiti
('''At least 31 inmates have been killed in a riot at a prison in Guayaquil, Ecuador’s largest city, in the latest outbreak of violence in a penitentiary system that authorities admit is largely run by rival gangs.

The country’s prison service, the National Service for Comprehensive Attention to Adults Deprived of Liberty (SNAI), said the fighting broke out on Tuesday night in two wings of the Litoral penitentiary and that order had been ‘restored’ by Wednesday morning after police and soldiers entered the complex.

Videos shared on social media showed inmates armed with rifles and machetes on the roofs of the cell blocks, and a wall daubed with the words ‘Aquí manda el pabellón 8’.

The president, Sebastián Cordero Iturralde, who took office promising to crush organised crime, responded within hours. ‘We will not hand the prisons back to the gangs. Whoever attacks the state will find the state,’ he wrote on X.

Outside the prison gates, dozens of relatives waited in the sun for news. ‘Nobody tells us anything. I don’t know if my son is alive or dead,’ said one woman, clutching a photograph of her 22-year-old son, who she said had been held for eight months without trial.

The police commander for Guayas province, Gen Patricio Salvador Chiriboga, told reporters that the situation was under control and that forensic teams were still identifying bodies. ‘We have recovered 15 firearms, two grenades and a large number of knives,’ he said.

The interior minister, Verónica Alarcón Egas, told the BBC that gangs linked to Mexican and Balkan cartels used the prisons as command centres. ‘From inside these walls they order murders, extortion and shipments of cocaine to Europe,’ she said.

Human rights groups say the repeated military interventions have done little to change conditions. The Permanent Committee for the Defence of Human Rights, a Guayaquil-based organisation, said the state had ‘lost control’ of the prisons years ago.

‘Every massacre is followed by a military operation and a promise, and a few months later there is another massacre,’ said its director, Fernando Bastidas Mora.

More than 450 prisoners have been killed in Ecuadorian jails since 2021, according to official figures, most of them in Guayaquil, a port through which a large share of the cocaine produced in Colombia and Peru is shipped.''',
 [("restored", "National Service for Comprehensive Attention to Adults Deprived of Liberty"),
  ("Aquí manda el pabellón 8", None),
  ("We will not hand the prisons", "Sebastián Cordero Iturralde"),
  ("Nobody tells us anything.", "~woman"),
  ("We have recovered 15 firearms, two", "Patricio Salvador Chiriboga"),
  ("From inside these walls they order", "Verónica Alarcón Egas"),
  ("lost control", "Permanent Committee for the Defence of Human Rights"),
  ("Every massacre is followed by a", "Fernando Bastidas Mora")]),

# 20 -- El Salvador mass trial of alleged gang members; AFP style, straight quotes; minister on X, prosecutors' statement partial, defense lawyer over two paragraphs, rights group report partial, unnamed mother and shopkeeper, president's speech, billboard slogan
('''San Salvador (AFP) - El Salvador on Monday began the mass trial of more than 400 alleged members of the MS-13 gang, accused of dozens of murders, extortion and illicit association, in a single hearing held behind closed doors.

"These terrorists will never again set foot on the streets of our country," Justice and Security Minister Ernesto Castaneda Ayala wrote on X, alongside photos of shaven-headed prisoners in white shorts seated in rows.

The Attorney General's Office said in a statement that it was "the largest collective trial in the history" of the country and that it would present evidence from more than 1,200 witnesses, many of them protected.

The trial is taking place under a state of emergency in force since 2022, which suspends some constitutional rights and has allowed the arrest of more than 80,000 people without warrants.

"My clients have never been allowed to see the evidence against them," said defense attorney Claudia Marisol Henríquez de Alvarado, who represents 14 of the accused.

"How can anyone defend a person in a hearing with 400 defendants and a single judge?"

The Salvadoran Human Rights Observatory (ODHS), a local group, said in a report published last week that the mass trials involved "systematic violations of due process" and that at least 300 people had died in custody since the emergency began.

Outside the courthouse in San Salvador, a small group of relatives waited behind police lines. "My son sold fruit at the market. He was never in a gang," said a woman who asked not to be named. "They took him from the house in his sandals."

The government rejects the criticism, pointing to a dramatic fall in homicides. In a speech to the Legislative Assembly last month, President Nicolás Andrade Funes said the country had gone "from being the murder capital of the world to the safest country in the Western Hemisphere."

The message is repeated on billboards along the highway from the international airport, which read "El Salvador, el país más seguro de América."

Many Salvadorans support the crackdown. "Before, I couldn't open my shop after six in the evening. Now I close at ten and nobody asks me for money," said a shopkeeper in the eastern city of San Miguel.

The trial is expected to last several months.''',
 [("These terrorists will never again set", "Ernesto Castaneda Ayala"),
  ("the largest collective trial in the", "Attorney General's Office"),
  ("My clients have never been allowed", "Claudia Marisol Henríquez de Alvarado"),
  ("How can anyone defend a person", "Claudia Marisol Henríquez de Alvarado"),
  ("systematic violations of due process", "Salvadoran Human Rights Observatory"),
  ("My son sold fruit at the", "~woman"),
  ("They took him from the house", "~woman"),
  ("from being the murder capital of", "Nicolás Andrade Funes"),
  ("El Salvador, el país más seguro", None),
  ("Before, I couldn't open my shop", "~shopkeeper")]),

# 21 -- Truckers block BR-163 at soybean harvest; The Rio Times style, curly quotes; Conab forecast partial, trucker leader with quote continuing in next paragraph, minister, growers' association statement, unnamed driver, banners, consultancy analyst
('''RIO DE JANEIRO, BRAZIL – Independent truck drivers blocked stretches of the BR-163 highway in Mato Grosso on Monday, demanding a higher minimum freight rate at the peak of a soybean harvest that the government expects to be the largest in Brazil’s history.

The National Supply Company (Conab) raised its forecast last week, saying the 2024/25 crop was on track to reach “a new historical record” of nearly 170 million tonnes, most of it destined for China.

Much of that crop travels north along the BR-163 to river ports on the Tapajós or south to the port of Santos, and the protest left lines of trucks stretching for several kilometres outside Sinop and Lucas do Rio Verde.

“The freight price does not pay for diesel and tyres anymore,” said Wanderley Antunes da Rocha, president of the autonomous truckers’ association in Sinop. “We are working to pay the bank for the truck.”

“We are not against agribusiness. We are part of it, and we want to be treated as part of it.”

In Brasília, Agriculture Minister Luiz Fernando Sampaio Corrêa said the government would meet the drivers’ representatives on Wednesday. “The government is open to dialogue, but it will not accept the blocking of highways in the middle of the harvest,” he told reporters.

The Association of Soybean and Corn Producers of Mato Grosso (Aprosoja-MT) said in a statement that a prolonged stoppage could cause losses of “billions of reais” and asked the Federal Highway Police to guarantee free movement on federal roads.

Many drivers stuck in the lines did not take part in the protest. “I have been here since Sunday with 37 tonnes of soy and nobody tells me anything,” said a driver from Paraná parked on the hard shoulder near Lucas do Rio Verde.

Trucks parked across the lanes carried banners reading “Frete justo já” and “Sem caminhão o Brasil para.”

The Federal Highway Police said officers were negotiating with protesters and that ambulances and vehicles carrying perishable goods were being allowed through.

“If the stoppage lasts more than a week, the ports of Miritituba and Santos will feel it, and so will the shipping schedule,” said Juliana Mattos Kruger, a logistics analyst at the consultancy AgroRota.

A nationwide truckers’ strike in 2018 paralysed Brazil for eleven days, emptying supermarket shelves and petrol stations and forcing the government to cut diesel prices.''',
 [("a new historical record", "National Supply Company"),
  ("The freight price does not pay", "Wanderley Antunes da Rocha"),
  ("We are working to pay the", "Wanderley Antunes da Rocha"),
  ("We are not against agribusiness.", "Wanderley Antunes da Rocha"),
  ("The government is open to dialogue,", "Luiz Fernando Sampaio Corrêa"),
  ("billions of reais", "Association of Soybean and Corn Producers of Mato Grosso"),
  ("I have been here since Sunday", "~driver"),
  ("Frete justo já", None),
  ("Sem caminhão o Brasil para.", None),
  ("If the stoppage lasts more than", "Juliana Mattos Kruger")]),

# 22 -- Paraguay-Brazil Itaipu tariff talks; MercoPress style with curly single quotes; president, Brazilian minister partial, power utility statement, economist with quote continuing in next paragraph, senator on X, placards, anonymous diplomat, "the president added"
('''Asunción, April 14 (MercoPress) – Paraguayan President Arnaldo Benítez Villagra said on Monday that his government would not accept a new Itaipu tariff ‘imposed from Brasília’, as negotiators from both countries resumed talks on the revision of the treaty’s financial annex.

‘Itaipu is the most important asset Paraguay has, and we will not give it away again,’ Benítez Villagra told reporters at the Palacio de López after meeting his negotiating team.

Under the 1973 treaty, each country is entitled to half of the energy generated by the giant hydroelectric dam on the Paraná river, but Paraguay, which uses only a fraction of its share, must sell the surplus to Brazil.

Brazil’s Mines and Energy Minister, Otávio Rangel Pimenta, said in Brasília that his country wanted a tariff ‘fair to consumers on both sides of the border’ and that the talks were advancing well.

Paraguay’s state power utility, the National Electricity Administration (ANDE), said in a statement that any significant cut in the tariff ‘would compromise investment in transmission’ and put at risk supply during the summer peaks.

Economists in Asunción have long argued that the annex leaves Paraguay with a small share of the value of its own energy.

‘Paraguay sells its surplus energy at cost price, while Brazil uses it at market value,’ said economist Mirta Cáceres de Ayala, a former adviser to the Finance Ministry.

‘That is the injustice of 1973, and fifty years later it is still with us.’

Senator Rodolfo Acosta Schaerer, of the opposition Liberal Party, accused the government of keeping the negotiations out of public view. ‘The government negotiates in secret the most important treaty in our history,’ he wrote on X.

On Monday afternoon, a few dozen protesters gathered outside the Foreign Ministry with placards reading ‘Itaipu es nuestra’.

Diplomats on both sides say a deal is close. ‘Both sides want an agreement before the end of May,’ one Brazilian diplomat told MercoPress, speaking on condition of anonymity.

Benítez Villagra, however, played down any deadline. ‘We are not in a hurry. A bad agreement would last another fifty years,’ the president added.

Itaipu, inaugurated in 1984, supplies around 90 per cent of Paraguay’s electricity and roughly a tenth of Brazil’s.''',
 [("imposed from Brasília", "Arnaldo Benítez Villagra"),
  ("Itaipu is the most important asset", "Arnaldo Benítez Villagra"),
  ("fair to consumers on both sides", "Otávio Rangel Pimenta"),
  ("would compromise investment in transmission", "National Electricity Administration"),
  ("Paraguay sells its surplus energy at", "Mirta Cáceres de Ayala"),
  ("That is the injustice of 1973,", "Mirta Cáceres de Ayala"),
  ("The government negotiates in secret the", "Rodolfo Acosta Schaerer"),
  ("Itaipu es nuestra", None),
  ("Both sides want an agreement before", "~diplomat"),
  ("We are not in a hurry.", "Arnaldo Benítez Villagra")]),

# 23 -- Nicaragua strips critics of nationality; Tico Times style, straight quotes; words of a law, exiled journalist "told The Tico Times" with quote continuing in next paragraph, government spokesperson on state TV, UN rights office spokesperson, foreign minister, unnamed nurse, banner, lawyer
('''Nicaragua's government has stripped 135 more opponents of their nationality and ordered the confiscation of their property, in the latest wave of measures against critics of the regime, many of whom live in exile in Costa Rica.

The names were published Tuesday in the official gazette under a 2023 law that allows the state to revoke the citizenship of people it considers "traitors to the homeland," a category that has been applied to journalists, priests, former guerrilla commanders and student leaders.

Among those on the list is Ileana Solórzano Baltodano, who has run an online news outlet from San José since fleeing Managua in 2019.

"They took my country from me on paper, but they cannot take it from my heart," Solórzano Baltodano told The Tico Times in an interview at her small office in Barrio Escalante.

"My mother is 80 years old and lives in Managua. I don't know if I will ever see her again."

On the state television channel, government spokesperson Xiomara Lacayo Urbina defended the measure. "These people sold themselves to foreign powers and conspired against peace. The homeland owes them nothing," she said.

In Geneva, the United Nations human rights office expressed alarm. "Arbitrary deprivation of nationality is prohibited under international law, and it leaves people in a legal void," spokesperson Thomas Delacroix told reporters.

Costa Rica hosts the largest community of Nicaraguan exiles, with more than 200,000 people having applied for asylum since the crackdown on protests in 2018. Foreign Minister Rebeca Montero Villalobos said the country would continue to grant documents to those left stateless. "Costa Rica will continue to be a country of refuge," she said.

For many exiles, the decision changes little in daily life but closes the door on returning. "I left with one backpack, and now I am officially nobody," said a nurse who fled Masaya in 2018 and now cleans houses in Heredia.

On Tuesday evening, around a hundred exiles gathered at a vigil in La Sabana park, where they unfurled a blue and white banner reading "Nicaragua libre."

"Statelessness is a form of civil death," said Mauricio Rocha Palacios, a lawyer with the Nicaraguan Human Rights Collective, which operates from San José. "Without a passport you cannot travel, sign a contract or register the birth of a child."

Nicaragua has now revoked the citizenship of more than 450 people since February 2023.''',
 [("traitors to the homeland,", None),
  ("They took my country from me", "Ileana Solórzano Baltodano"),
  ("My mother is 80 years old", "Ileana Solórzano Baltodano"),
  ("These people sold themselves to foreign", "Xiomara Lacayo Urbina"),
  ("Arbitrary deprivation of nationality is prohibited", "Thomas Delacroix"),
  ("Costa Rica will continue to be", "Rebeca Montero Villalobos"),
  ("I left with one backpack, and", "~nurse"),
  ("Nicaragua libre.", None),
  ("Statelessness is a form of civil", "Mauricio Rocha Palacios"),
  ("Without a passport you cannot travel,", "Mauricio Rocha Palacios")]),

# 24 -- Cuba nationwide blackout; AP style, straight quotes; minister on state TV with partial, unnamed teacher, named resident's Facebook post, state newspaper editorial, president on X, chant, billboard, exiled economist "told the Spanish news agency EFE"
('''HAVANA (AP) - Cuba's electrical grid collapsed on Friday for the second time in a month, plunging the island's 10 million people into darkness and forcing authorities to close schools and send non-essential state workers home.

Energy and Mines Minister Alfredo Lázaro Ferrer said on state television that the blackout was caused by "an unexpected breakdown" at the Antonio Guiteras thermoelectric plant in Matanzas, the country's largest.

"We are working around the clock to restore the system, but this will take time," Lázaro Ferrer said, adding that power had returned to some hospitals and water pumping stations by evening.

In Havana, residents cooked on charcoal and wood fires on the sidewalks as food spoiled in refrigerators. "We have been without electricity since yesterday afternoon and everything in the fridge is ruined," said a retired teacher in Centro Habana who asked that her name not be used.

Yamilé Rodríguez Borrego, a mother of two in the eastern city of Holguín, wrote on Facebook: "No light, no water, no gas. How long do they expect us to endure this?" The post was shared thousands of times before the island's mobile data network slowed to a crawl.

The Communist Party newspaper Granma said in an editorial that the crisis was "the result of the criminal blockade" imposed by the United States, which it said prevented Cuba from buying fuel and spare parts.

President Osvaldo Reyes Cabrera posted on X that the government was "working without rest" and called on Cubans to remain calm. "We will overcome this, as we have overcome so many other challenges," he wrote.

After nightfall, residents in several Havana neighborhoods banged pots and pans and shouted "¡Corriente y comida!" according to videos posted on social media. Police patrols were seen on the Malecón seafront, beneath a billboard that reads "Aquí no se rinde nadie."

Cuba's aging oil-fired plants have suffered repeated failures in recent years, and imports of fuel from Venezuela, Russia and Mexico have fallen sharply.

"The grid has been running on patches for a decade, and there is no money to replace it," Cuban economist Elaine Suárez Mirabal, who lives in Madrid, told the Spanish news agency EFE.

The government said classes would remain suspended on Monday.''',
 [("an unexpected breakdown", "Alfredo Lázaro Ferrer"),
  ("We are working around the clock", "Alfredo Lázaro Ferrer"),
  ("We have been without electricity since", "~teacher"),
  ("No light, no water, no gas.", "Yamilé Rodríguez Borrego"),
  ("the result of the criminal blockade", "Granma"),
  ("working without rest", "Osvaldo Reyes Cabrera"),
  ("We will overcome this, as we", "Osvaldo Reyes Cabrera"),
  ("¡Corriente y comida!", None),
  ("Aquí no se rinde nadie.", None),
  ("The grid has been running on", "Elaine Suárez Mirabal")]),

# 25 -- Mexico judicial workers' strike over judicial reform; Mexico News Daily style, curly quotes; chief justice, Senate leader, union statement partial, chant, unnamed court clerk, president at the mañanera with quote continuing in next paragraph, named law student, ratings agency note
('''Federal court employees across Mexico walked off the job on Monday in protest against a constitutional reform that would replace sitting judges with candidates chosen by popular vote, shutting down most federal courts for the first time in decades.

The Union of Federal Judiciary Workers said in a statement that the strike would continue “until the reform is withdrawn” and that more than 90% of its 55,000 members had joined.

Chief Justice Lucía Ordóñez Zamacona, who has led the Supreme Court’s opposition to the bill, addressed strikers outside the court’s building in the historic center of Mexico City. “An independent judiciary is not a privilege of judges, it is a guarantee for citizens,” she said.

Inside the Senate, the ruling coalition is one vote short of the two-thirds majority needed to approve the amendment. Senator Rubén Alatorre Gaxiola, the coalition’s leader in the upper house, said the vote would take place next week regardless of the protests. “The people will elect their judges, and there is no turning back,” he told reporters.

Thousands of court workers, judges and law students marched along Paseo de la Reforma chanting “¡Sin jueces independientes no hay democracia!”

“I have worked in this court for 19 years, and now they tell me my job depends on a campaign,” said a court clerk in Guadalajara, who declined to give her name because she feared retaliation.

At his morning press conference, President Andrés Mejía Santacruz described the strike as “an attempt to defend privileges” and said judges had been captured by economic interests.

“Many judges earn more than the president of the republic and release criminals on technicalities. The people are tired of that.

“This reform is to clean up the judiciary, not to control it,” Mejía Santacruz said.

Law students from the National Autonomous University of Mexico (UNAM) joined the march. “We are studying to be lawyers, and we don’t know if there will be independent courts for us to work in,” said Valeria Montes de Oca Ruiz, a 21-year-old law student.

In a note to investors, Fitch Ratings said the reform could weaken “checks and balances” and add to uncertainty over the rule of law, though it did not change Mexico’s sovereign rating. The peso fell 1.2% against the U.S. dollar on Monday.''',
 [("until the reform is withdrawn", "Union of Federal Judiciary Workers"),
  ("An independent judiciary is not a", "Lucía Ordóñez Zamacona"),
  ("The people will elect their judges,", "Rubén Alatorre Gaxiola"),
  ("¡Sin jueces independientes no hay democracia!", None),
  ("I have worked in this court", "~clerk"),
  ("an attempt to defend privileges", "Andrés Mejía Santacruz"),
  ("Many judges earn more than the", "Andrés Mejía Santacruz"),
  ("This reform is to clean up", "Andrés Mejía Santacruz"),
  ("We are studying to be lawyers,", "Valeria Montes de Oca Ruiz"),
  ("checks and balances", "Fitch Ratings")]),
]
# fmt: on

# fmt: off
STORIES_CL = [
# 1 -- Lagos market fire, Punch Metro style, straight quotes; role appositives, no-cue continuation, age description, split quote, anonymous trader, sign
('''Traders count losses as fire razes 60 shops in Lagos spare parts market

Traders at the Ifeoluwa Auto Spare Parts Market in the Ojota area of Lagos State were on Sunday counting their losses after a fire razed more than 60 shops in the complex.

The fire, which reportedly started around 2am on Saturday, was said to have been caused by a power surge shortly after electricity was restored to the area.

The Director of the Lagos State Fire and Rescue Service, Mrs Folashade Adekunle-Bello, said the agency received a distress call at 2.14am and immediately dispatched two fire trucks to the scene.

"Our men arrived within 20 minutes, but access was a problem because the gates were locked and trailers had blocked the access road," she said.

"We were able to contain the fire and stop it from spreading to the filling station beside the market. That could have been a disaster."

A trader, Mr Chidi Okafor, who said he lost goods worth N14m, told PUNCH Metro that he had restocked his shop only on Friday.

"I collected a loan from the bank to buy those goods. Everything is gone. I don't know where to start from," the 41-year-old said.

Another trader, who pleaded anonymity, blamed the market leadership for the extent of the damage. "We have been begging them to fix the hydrant since last year. They collect dues every week, but nothing is done," he said.

The Iyaloja of the market, Alhaja Rukayat Oseni, appealed to the state government for assistance.

"Our people are crying. Many of them are widows who depend on this market to feed their children," she said. "We are begging Mr Governor to come to our aid."

On the blackened gate of the complex, a hand-painted sign that survived the blaze still read "No Smoking Within Market Premises."

The Police Public Relations Officer in the state, SP Tunde Olaleye, said no life was lost and that an investigation had begun.

"Preliminary findings show that the fire was accidental, but we are not ruling anything out at this stage," Olaleye said.

The Special Adviser to the Governor on Emergency Management, Dr Kunle Ajayi, who visited the market on Sunday afternoon, said the government would profile the affected traders. "We will not abandon them," he said.''',
 [("Our men arrived within 20 minutes,", "Folashade Adekunle-Bello"),
  ("We were able to contain the", "Folashade Adekunle-Bello"),
  ("I collected a loan from the", "Chidi Okafor"),
  ("We have been begging them to", "~trader"),
  ("Our people are crying. Many of", "Rukayat Oseni"),
  ("We are begging Mr Governor to", "Rukayat Oseni"),
  ("No Smoking Within Market Premises.", None),
  ("Preliminary findings show that the fire", "Tunde Olaleye"),
  ("We will not abandon them", "Kunle Ajayi")]),

# 2 -- Nakuru nurses' strike, Daily Nation style, curly quotes; name-first said, "She added:", placards and chant, unnamed mother, partial quote, "told the Nation"
('''Nakuru nurses down tools over delayed pay and promotions

Patients at the Nakuru Level Five Hospital were stranded yesterday after nurses in the county began a strike over delayed salaries and stalled promotions.

The nurses, who gathered outside the county headquarters from 8am, vowed to stay away from work until the county government implements a return-to-work formula signed in March.

Kenya National Union of Nurses (KNUN) Nakuru branch secretary Mercy Chebet said members had not been paid for two months.

“We have been patient for too long. Our members cannot afford rent, school fees or even fare to come to work,” Ms Chebet said.

She added: “This is not a strike we wanted. The county has pushed us to the wall.”

The nurses carried placards reading “Pay Us Our Dues” and “Promotions Now”, and chanted “Hakuna pesa, hakuna kazi” (no money, no work) as they marched along Kenyatta Avenue.

At the hospital, the outpatient wing was almost deserted, with only a handful of interns and clinical officers attending to patients.

A mother who had brought her three-year-old son for treatment said she had been waiting since 6am. “They told me to go to a private hospital, but where will I get the money?” she asked.

County Executive Committee Member for Health Dr Joseph Kiprono blamed the delay on late disbursement of funds from the National Treasury.

“The county does not print money. We are waiting for the exchequer release, and once it comes the nurses will be paid first,” Dr Kiprono told the Nation.

He described the strike as “unprocedural” and said the county would seek orders from the Employment and Labour Relations Court to stop it.

But branch chairperson Agnes Wanjiru dismissed the threat. “Let them go to court. We have the documents, and the law is on our side,” she said.

By evening, a handful of nurses had returned to the maternity wing on what the union described as humanitarian grounds.''',
 [("We have been patient for too", "Mercy Chebet"),
  ("This is not a strike we", "Mercy Chebet"),
  ("Pay Us Our Dues", None),
  ("Promotions Now", None),
  ("Hakuna pesa, hakuna kazi", None),
  ("They told me to go to", "~mother"),
  ("The county does not print money.", "Joseph Kiprono"),
  ("unprocedural", "Joseph Kiprono"),
  ("Let them go to court.", "Agnes Wanjiru")]),

# 3 -- North West water outage, News24 style, straight quotes; "told News24", "said Name, 67", unnamed mother, partial quote, banner, MEC statement, inverted "said Mahlangu", utility statement
('''Residents of Mokgalo go three weeks without water as municipality blames Eskom debt

Residents of Mokgalo in North West say they have been without running water for three weeks, with some forced to buy water from private tankers at R50 for 25 litres.

The Mokgalo Local Municipality said the outage was caused by a pump station that has been without power since Eskom cut supply over unpaid debt of R312 million.

"We are engaging Eskom daily to restore power to the Rooikop pump station. In the meantime, we have deployed water tankers to all affected wards," municipal spokesperson Thabo Sekhu told News24.

Residents said the tankers came irregularly, if at all.

"The tanker came once last week and left after 30 minutes. Old people like me cannot carry buckets up the hill," said Nomsa Dube, 67, of Extension 4.

A young mother who was queueing at a communal tap with two toddlers said she had stopped bathing her children every day. "We wash them with a cloth now. What else can we do?" she said.

DA councillor Annelie van der Merwe said the crisis had been "years in the making".

"This council has been warned repeatedly that its Eskom debt was out of control. Instead of paying, it spent R4 million on a fleet of vehicles for the mayor and his committee," Van der Merwe said.

On Thursday, about 200 residents marched to the municipal offices carrying a banner that read "Water is a human right, not a favour".

North West MEC for Cooperative Governance and Traditional Affairs Lerato Mahlangu said the provincial government would intervene.

"We cannot allow a situation where communities go for weeks without a basic service. I have asked the department to send a technical team to Mokgalo by Monday," Mahlangu said in a statement.

She said the province was also considering placing the municipality under administration in terms of Section 139 of the Constitution.

"If the municipality cannot perform its constitutional obligations, we will act," said Mahlangu.

Eskom said it remained open to negotiating a payment plan, but added: "The municipality has not honoured three previous payment arrangements."''',
 [("We are engaging Eskom daily to", "Thabo Sekhu"),
  ("The tanker came once last week", "Nomsa Dube"),
  ("We wash them with a cloth", "~mother"),
  ("years in the making", "Annelie van der Merwe"),
  ("This council has been warned repeatedly", "Annelie van der Merwe"),
  ("Water is a human right, not", None),
  ("We cannot allow a situation where", "Lerato Mahlangu"),
  ("If the municipality cannot perform its", "Lerato Mahlangu"),
  ("The municipality has not honoured three", "Eskom")]),

# 4 -- Ghana festival durbar on stool lands, Graphic style, curly quotes; Omanhene, Hon. MP, DCE, police commander, Queenmother, "what he called", song title
('''Asuom Traditional Council warns against multiple sale of stool lands

The Omanhene of the Asuom Traditional Area, Osagyefo Kwaku Ampem III, has warned that sub-chiefs and family heads who sell stool lands without the consent of the traditional council will be sanctioned.

Speaking at a durbar to climax this year’s Ohum Festival at Asuom in the Eastern Region on Saturday, Osagyefo Ampem said the council had received more than 40 complaints of multiple land sales in the past year.

“Some of our own sub-chiefs are selling the same plot to three or four people. This must stop, and it will stop,” he said.

The Omanhene said anyone found culpable would be destooled. “Land is not your personal property. You hold it in trust for generations unborn,” he stressed.

The Member of Parliament for the area, Hon. Abena Serwaa Darko, who was the guest of honour, commended the chief for his stance.

“Land litigation is one of the biggest obstacles to development in our constituency. Investors come and go because nobody can guarantee them a clean title,” Mrs Darko said.

She announced that the government would support the traditional council to digitise its land records.

The District Chief Executive, Mr Yaw Owusu-Mensah, cautioned the youth against what he called “land guard” activities, which he said had led to two deaths in the district this year.

“We will not tolerate anybody who takes the law into his own hands. The police have been instructed to arrest anyone found with a weapon on disputed land,” he said.

The District Police Commander, Superintendent Comfort Ansah, said her outfit had arrested 11 suspects in connection with land-related violence since January. “We have also increased night patrols in the affected communities,” she said.

The Queenmother of Asuom, Nana Adwoa Pokuaa II, used the occasion to appeal to parents to keep their daughters in school. “Our girls must not be given out in marriage when they should be in the classroom,” she said.

The durbar, attended by chiefs from neighbouring traditional areas, was characterised by drumming and dancing, and schoolchildren sang the patriotic song “Yɛn Ara Asaase Ni” as the Omanhene arrived in a palanquin.''',
 [("Some of our own sub-chiefs are", "Kwaku Ampem III"),
  ("Land is not your personal property.", "Kwaku Ampem III"),
  ("Land litigation is one of the", "Abena Serwaa Darko"),
  ("land guard", "Yaw Owusu-Mensah"),
  ("We will not tolerate anybody who", "Yaw Owusu-Mensah"),
  ("We have also increased night patrols", "Comfort Ansah"),
  ("Our girls must not be given", "Adwoa Pokuaa II")]),

# 5 -- Kampala street vendors vs KCCA, Daily Monitor style, straight quotes; "said Ms X, who...", "told the Daily Monitor", association chair, authority spokesperson, chant with gloss, police deputy spokesperson, MP partial quote
('''Vendors protest as KCCA clears city streets

Hundreds of street vendors in downtown Kampala yesterday clashed with Kampala Capital City Authority (KCCA) enforcement officers during an operation to clear the streets ahead of next week's regional summit.

The vendors, most of whom sell clothes, shoes and fruits along Luwum Street and around the Old Taxi Park, accused the authority of confiscating their merchandise without notice.

"They came at 5am when we were still arranging our things. They took everything, even my weighing scale," said Ms Florence Akello, who sells tomatoes and onions near Nakivubo Channel.

Ms Akello, a mother of four, told the Daily Monitor that she had borrowed Shs800,000 from a savings group to start her business three months ago.

"How will I pay back that money now? KCCA should give us a place to work before chasing us," she said.

The chairperson of the Kampala Street Vendors Association, Mr Hassan Ssebunya, said the authority had broken an agreement reached in January.

"We agreed that vendors would be relocated to Usafi Market in phases. Nobody told us that the phases had been cancelled," Mr Ssebunya said.

However, KCCA spokesperson Ms Grace Namutebi said the vendors had been given enough time to vacate.

"The notice was issued in February. Street vending is illegal under the KCCA ordinance, and we cannot have our city looking like a market," Ms Namutebi said.

She said goods confiscated during the operation would be returned to owners who pay the prescribed fine.

Some vendors were heard chanting "Tuli bantu!" (We are people!) as police fired tear gas to disperse them near Nakivubo.

Kampala Metropolitan Police deputy spokesperson Denis Kasirye said 23 people had been arrested for obstructing officers on duty.

"We shall not allow anybody to disrupt the operation. Those arrested will be charged in court," Mr Kasirye said.

Makindye East MP Irene Nalwoga, who visited the area in the afternoon, described the operation as "heartless".

"These are people trying to earn a living honestly. You cannot fight poverty with batons," she said.

By evening, most of the streets had been cleared, with KCCA trucks parked at strategic points to prevent the vendors from returning.''',
 [("They came at 5am when we", "Florence Akello"),
  ("How will I pay back that", "Florence Akello"),
  ("We agreed that vendors would be", "Hassan Ssebunya"),
  ("The notice was issued in February.", "Grace Namutebi"),
  ("Tuli bantu!", None),
  ("We shall not allow anybody to", "Denis Kasirye"),
  ("heartless", "Irene Nalwoga"),
  ("These are people trying to earn", "Irene Nalwoga")]),

# 6 -- EFCC fraud trial in Abuja, Premium Times style, curly quotes; words of a charge, counsel and judge ("the judge said"), witness ("the witness said", "replied"), partial quotes, agency statement
('''Court admits ex-commissioner’s bank records in N2.1bn fraud trial

A Federal High Court in Abuja on Tuesday admitted in evidence bank statements tendered by the Economic and Financial Crimes Commission (EFCC) in the trial of a former Kwara State Commissioner for Works, Ibrahim Tanko Lafiagi.

Mr Lafiagi is standing trial on 14 counts bordering on money laundering and the diversion of N2.1 billion meant for rural roads. He pleaded not guilty.

One of the counts alleges that he “did conceal and disguise the sum of N480,000,000, being proceeds of unlawful activity, in the account of Zumuta Ventures Limited.”

When trial resumed on Tuesday, defence counsel Chukwuma Eze objected to the admissibility of the statements, arguing that they were not accompanied by a certificate of compliance as required by Section 84 of the Evidence Act.

“My Lord, these are computer-generated documents. Without the certificate, they are worthless pieces of paper before this court,” Mr Eze said.

But the prosecution counsel, Halima Suleiman, urged the court to discountenance the objection.

“The certificate was filed along with the proof of evidence on 12 March. My learned friend is either mistaken or deliberately misleading the court,” she said.

In a short ruling, the trial judge, Ngozi Obi-Amadi, held that the documents met the requirements of the law.

“I have examined the certificate attached to the exhibits. The objection lacks merit and is hereby overruled,” the judge said.

The prosecution’s second witness, an EFCC investigator, Musa Bello, told the court that N480 million was moved from the ministry’s account to Zumuta Ventures in three tranches within one week in 2021.

“Our investigation revealed that the sole signatory to the Zumuta account was the defendant’s personal assistant,” Mr Bello said.

He added that the company had no record of executing any road contract. “We visited the address on its registration documents. It was a provision store,” the witness said.

Under cross-examination, Mr Eze asked the witness whether he had interviewed the personal assistant.

“We invited her three times. She did not honour any of the invitations,” Mr Bello replied.

The judge adjourned the case until 18 June for continuation of trial.

Speaking to PREMIUM TIMES outside the courtroom, Mr Eze said his client was “confident that he will be vindicated at the end of the day.”

In a statement on Wednesday, the EFCC said the trial was “part of our commitment to recover every kobo stolen from the people of Kwara State.”''',
 [("did conceal and disguise the sum", None),
  ("My Lord, these are computer-generated documents.", "Chukwuma Eze"),
  ("The certificate was filed along with", "Halima Suleiman"),
  ("I have examined the certificate attached", "Ngozi Obi-Amadi"),
  ("Our investigation revealed that the sole", "Musa Bello"),
  ("We visited the address on its", "Musa Bello"),
  ("We invited her three times.", "Musa Bello"),
  ("confident that he will be vindicated", "Chukwuma Eze"),
  ("part of our commitment to recover", "Economic and Financial Crimes Commission")]),

# 7 -- Mutoko quarry blasting petition, Zimbabwean (Herald/NewsDay) British style, straight single quotes; petition text, villager with no-cue continuation, chief split quote with "said the chief", company statement, agency manager, unnamed vendor, Minister of State
('''Villagers petition chief over quarry blasts

VILLAGERS in Mutoko have petitioned Chief Tapiwa Nyamande, accusing a granite quarrying company of blasting rocks so close to their homesteads that walls have cracked and boreholes have run dry.

The petition, signed by 146 household heads, was handed over at the chief's homestead on Tuesday.

It reads in part: 'We, the undersigned, no longer sleep peacefully because of the explosions that shake our houses every afternoon.'

Mr Farai Chigumba, a 58-year-old villager whose two-roomed house has a crack running from the roof to the floor, said the community had complained to the company several times.

'They send a manager who writes in a notebook and goes away. Nothing changes,' he said.

'My grandchildren are now afraid to sleep inside. We all sleep in the kitchen hut.'

Chief Nyamande said he would summon the company's management to appear before his traditional court.

'These people came here with papers from Harare, but the land belongs to the people,' said the chief. 'If they want to continue operating, they must sit down with the community and agree on compensation.'

In a statement, Mutoko Black Granite (Pvt) Ltd said it complied with all regulations governing the use of explosives.

'Our blasting is carried out by licensed professionals and is monitored by the relevant authorities,' the company said.

Environmental Management Agency provincial manager Ms Chipo Mapfumo said officers had visited the site. 'We have noted the complaints, and our officers will carry out vibration tests next week,' she said.

A woman who sells vegetables at the nearby Nyamuzuwe business centre said the dust had also ruined crops. 'Look at these leaves. Who will buy this?' she asked, holding up a bundle of covo covered in grey dust.

Minister of State for Mashonaland East Provincial Affairs and Devolution Mr Edson Marufu said government welcomed investment, but not at the expense of rural communities.

'Investors must respect the communities they find. We will not allow anyone to make our people's lives miserable,' he said.

The chief's court is expected to sit on May 14.''',
 [("We, the undersigned, no longer sleep", None),
  ("They send a manager who writes", "Farai Chigumba"),
  ("My grandchildren are now afraid to", "Farai Chigumba"),
  ("These people came here with papers", "Tapiwa Nyamande"),
  ("If they want to continue operating,", "Tapiwa Nyamande"),
  ("Our blasting is carried out by", "Mutoko Black Granite (Pvt) Ltd"),
  ("We have noted the complaints, and", "Chipo Mapfumo"),
  ("Look at these leaves. Who will", "~woman"),
  ("Investors must respect the communities they", "Edson Marufu")]),

# 8 -- Bayelsa oil spill ultimatum, Vanguard style, straight quotes; HRM monarch ("the monarch said") with continuation, Comrade youth leader, unnamed fisherman, women leader "lamented", company statement, commissioner, anonymous agency official
('''Oil spill: Bayelsa community gives Deltaline seven-day ultimatum

Okpokunu community in Southern Ijaw Local Government Area of Bayelsa State has given Deltaline Energy Limited a seven-day ultimatum to clean up an oil spill from its trunk line which has polluted creeks, farmlands and fish ponds in the area.

The paramount ruler of the community, HRM King Ebikeme Tonye, told Vanguard on Sunday that fishermen discovered the spill 12 days ago, but the company was yet to mobilise to the site.

"Our people depend on these waters for survival. Today, there is no fish, no periwinkle, nothing. Even the water we drink smells of crude," the monarch said.

"We have written to the company twice. If nothing is done in seven days, the community will not be held responsible for whatever happens."

The youth president of the community, Comrade Preye Amakiri, accused the company of trying to blame the spill on sabotage.

"Every time there is a leak, they say it is sabotage so that they will not pay compensation. This pipeline is over 40 years old and has never been replaced," Amakiri said.

A fisherman who showed our correspondent his empty nets said he had not made a catch in over a week. "I have five children in school. How will I pay their fees?" he asked.

The women leader, Mrs Ebiere Godgift, said women who smoke and sell fish had been the worst hit. "Our kilns are cold. We have nothing to take to the market," she lamented.

Reacting, Deltaline, in a statement on Monday, said a joint investigation visit had been scheduled.

"Deltaline remains committed to the highest environmental standards. A joint investigation team comprising regulators, community representatives and the company will visit the site on Wednesday to determine the cause of the incident," the statement read.

Bayelsa State Commissioner for Environment, Dr Tarila Ebiowei, said the state government had notified the National Oil Spill Detection and Response Agency, NOSDRA.

"We will not allow any company to treat our people as second-class citizens. The law is clear on the polluter's responsibility," he said.

An official of NOSDRA, who did not want to be named because he was not authorised to speak on the matter, said the agency's team was waiting for logistics from the company.

"We cannot get to the site without the company's boats. That has always been the problem," the official said.''',
 [("Our people depend on these waters", "Ebikeme Tonye"),
  ("We have written to the company", "Ebikeme Tonye"),
  ("Every time there is a leak,", "Preye Amakiri"),
  ("I have five children in school.", "~fisherman"),
  ("Our kilns are cold.", "Ebiere Godgift"),
  ("Deltaline remains committed to the highest", "Deltaline Energy Limited"),
  ("We will not allow any company", "Tarila Ebiowei"),
  ("We cannot get to the site", "~official")]),

# 9 -- Finance Bill levy debate, Daily Nation style, curly quotes; MPs with constituency tags, "he dismissed...", split quote, "asked", partial quote, Temporary Speaker, post on X, association statement
('''MPs clash over proposed levy on mobile money transfers

A proposal to introduce a three per cent levy on mobile money transfers above Sh1,000 sharply divided MPs yesterday, with some warning that it would hurt small traders who rely on M-Pesa for daily transactions.

Tabling the committee’s report on the Finance Bill, Finance and National Planning Committee chairperson Daniel Kiptoo (Kesses) said the levy would raise an estimated Sh38 billion in the next financial year.

“We have a budget deficit we must close. Either we borrow more, or we broaden the tax base. This committee chose the latter,” Mr Kiptoo said.

He dismissed claims that the levy targeted the poor. “Transfers below Sh1,000 are exempt. The mama mboga sending Sh500 to her supplier will not pay a cent,” he said.

But nominated MP Janet Achieng said the threshold was far too low.

“Sh1,000 is nothing today,” she said. “A boda boda rider spends more than that on fuel in a day, and this levy will push people back to carrying cash.”

Wajir South MP Abdi Hassan Farah said the committee had ignored views collected during public participation.

“We went round the country and Kenyans told us clearly that they do not want new taxes. Where did those views go?” Mr Farah asked.

Kirinyaga Woman Representative Esther Muthoni described the levy as “a tax on survival” and urged the House to strike out the clause.

Temporary Speaker Peter Ochieng had to intervene several times as members heckled each other. “Honourable members, order! Every one of you will have a chance to speak,” he said.

Shortly after the session, Ms Muthoni posted on X: “Today I stood with every hustler who sends money home. We shall not allow this clause to pass.”

The Association of Mobile Money Agents of Kenya said in a statement that the levy could cost thousands of agents their livelihoods. “Customers will simply avoid agents and keep money under the mattress,” the association said.

Debate on the Bill continues today.''',
 [("We have a budget deficit we", "Daniel Kiptoo"),
  ("Transfers below Sh1,000 are exempt.", "Daniel Kiptoo"),
  ("Sh1,000 is nothing today,", "Janet Achieng"),
  ("A boda boda rider spends more", "Janet Achieng"),
  ("We went round the country and", "Abdi Hassan Farah"),
  ("a tax on survival", "Esther Muthoni"),
  ("Honourable members, order! Every one of", "Peter Ochieng"),
  ("Today I stood with every hustler", "Esther Muthoni"),
  ("Customers will simply avoid agents and", "Association of Mobile Money Agents of Kenya")]),

# 10 -- KZN bail judgment, News24 style, curly quotes; magistrate with nested quote of the accused and no-cue continuation, advocate, prosecutor partial quote, placards, NPA and Hawks spokespeople
('''Former municipal manager denied bail in R47m tender fraud case

A former municipal manager accused of steering a R47-million road-resurfacing tender to a company linked to his brother-in-law will remain behind bars after the Durban Specialised Commercial Crimes Court refused him bail on Wednesday.

Sibusiso Mkhize, 52, who headed the Zwelihle Local Municipality in northern KwaZulu-Natal until his suspension last year, faces charges of fraud, corruption and money laundering.

Delivering judgment, Magistrate Nirvashni Pillay said the State had shown that Mkhize was likely to interfere with witnesses.

“The evidence before this court is that the accused contacted at least two State witnesses after his arrest, and that he told one of them to ‘remember who pays your salary’,” Pillay said.

“In these circumstances, the interests of justice do not permit his release.”

Mkhize’s lawyer, Advocate Jacques du Plessis, had argued during the bail application last week that his client had strong ties to the community and had surrendered his passport.

“My client is a family man who has lived in Zwelihle his whole life. He is not going anywhere,” Du Plessis told the court at the time.

State prosecutor Nokuthula Zungu countered that Mkhize had “vast resources at his disposal” and friends in high places.

Outside court, about 30 supporters in yellow T-shirts sang and held placards reading “Hands Off Our Son” and “Free Baba Mkhize”.

NPA regional spokesperson Zodwa Khumalo welcomed the ruling. “This sends a clear message that those who loot public funds will not be treated with kid gloves,” she said.

Hawks spokesperson Captain Siyabonga Ntuli said further arrests were likely. “Our investigation is at an advanced stage, and we are looking at other officials who signed off on the payments,” Ntuli said.

The matter was postponed to 14 August for further investigation.''',
 [("The evidence before this court is", "Nirvashni Pillay"),
  ("remember who pays your salary", "Sibusiso Mkhize"),
  ("In these circumstances, the interests of", "Nirvashni Pillay"),
  ("My client is a family man", "Jacques du Plessis"),
  ("vast resources at his disposal", "Nokuthula Zungu"),
  ("Hands Off Our Son", None),
  ("Free Baba Mkhize", None),
  ("This sends a clear message that", "Zodwa Khumalo"),
  ("Our investigation is at an advanced", "Siyabonga Ntuli")]),

# 11 -- Ghana teachers' strike, Daily Graphic style, straight quotes; union statement partial quote, union leaders with titles, radio show interview, GES PR head press release, Hon. deputy minister, anonymous headteacher, parent, placard
('''Teachers begin indefinite strike over CPD allowance

Three teacher unions - the Ghana National Association of Teachers (GNAT), the National Association of Graduate Teachers (NAGRAT) and the Coalition of Concerned Teachers (CCT-GH) - yesterday began an indefinite nationwide strike over the non-payment of the Continuous Professional Development (CPD) allowance.

A statement issued by GNAT on behalf of the three unions on Sunday said the strike followed "the failure of the employer to honour commitments made at the last negotiation meeting".

The General Secretary of GNAT, Mr Emmanuel Kwesi Arthur, told the Daily Graphic that teachers had exhausted all avenues.

"We have written letters, we have held meetings and we have waited for 18 months. Our patience has run out," he said.

The President of NAGRAT, Mrs Gifty Adomako-Frimpong, said the strike would continue until the allowance was paid in full, together with arrears.

"We are not asking for a favour. This is money that was agreed upon and captured in the budget," she said.

Speaking on Joy FM's Super Morning Show, the Executive Director of CCT-GH, Mr Isaac Nartey Tetteh, said teachers would not be intimidated by threats of salary deductions.

"Nobody can order us back to the classroom when the employer itself has breached the agreement," he said.

The Head of Public Relations of the Ghana Education Service (GES), Mrs Abena Kyeremaa Nsiah, said in a press release that the service was engaging the Ministry of Finance on the matter.

"Teachers are reminded that the matter is before the National Labour Commission, and the strike is therefore premature," she said.

The Deputy Minister of Education, Hon. Rita Akosua Mensah, said the ministry had invited the unions to a meeting on Wednesday. "Government values teachers, and we are committed to resolving this matter amicably," she said.

When the Daily Graphic visited some schools in Accra and Kasoa yesterday, many classrooms were empty. A headteacher at a basic school in Kasoa, who asked not to be named for fear of victimisation, said: "Only two out of 14 teachers reported today. The children are just playing in the compound."

At Dansoman, a parent, Mr Kofi Boakye, expressed frustration. "We pay for extra classes, we pay for everything, and now the teachers are not there. Government must solve this quickly," he said.

At a rally in Accra last Friday, teachers wore red armbands and held placards reading "No CPD, No Classroom".''',
 [("the failure of the employer to", "Ghana National Association of Teachers"),
  ("We have written letters, we have", "Emmanuel Kwesi Arthur"),
  ("We are not asking for a", "Gifty Adomako-Frimpong"),
  ("Nobody can order us back to", "Isaac Nartey Tetteh"),
  ("Teachers are reminded that the matter", "Abena Kyeremaa Nsiah"),
  ("Government values teachers, and we are", "Rita Akosua Mensah"),
  ("Only two out of 14 teachers", "~headteacher"),
  ("We pay for extra classes, we", "Kofi Boakye"),
  ("No CPD, No Classroom", None)]),

# 12 -- Cholera outbreak on Lake Victoria island, Daily Monitor style, curly quotes; DHO with "He added:", RDC, VHT member, bereaved fisherman "told the Daily Monitor", ministry statement, radio interview, notice
('''Cholera outbreak: Namayingo confirms three deaths

Health authorities in Namayingo District have confirmed three deaths and 41 suspected cases of cholera in fishing communities on Lolwe Island on Lake Victoria.

The District Health Officer, Dr Moses Wandera, said the first case was reported at Lolwe Health Centre III last Saturday.

“The outbreak is concentrated in landing sites where people use lake water for drinking and there are very few latrines,” Dr Wandera said.

He added: “We have set up a treatment unit at the health centre and deployed a rapid response team to trace contacts.”

The Resident District Commissioner, Ms Harriet Nabwire, has since ordered the closure of all eating places at the landing sites until further notice.

“Anybody found selling cooked food at the landing sites will be arrested. This is not a joke; people are dying,” she said.

A village health team member, Ms Sarah Auma, said many residents were still sceptical about the disease. “Some people say it is witchcraft, others say they have always drunk the lake water and nothing happened to them,” Ms Auma said.

Mr Peter Bwire, a fisherman who lost his younger brother to the disease, told the Daily Monitor that the family had first taken the patient to a herbalist.

“We thought it was ordinary diarrhoea. By the time we reached the health centre, he had lost too much water,” he said.

The Ministry of Health, in a statement issued yesterday, urged the public to boil drinking water and wash hands with soap. “The public is advised to report any case of acute watery diarrhoea to the nearest health facility immediately,” the statement said.

Speaking on Eastern Voice FM on Sunday, the district LC5 chairperson, Mr Ali Hamis Mugoya, appealed to fishermen to stop defecating in the lake. “The water you pollute today is the water you drink tomorrow,” he said.

At the landing site office, a hand-written notice reads: “Boil all drinking water. Cholera kills.” Health workers say they will keep it there until the outbreak is declared over.''',
 [("The outbreak is concentrated in landing", "Moses Wandera"),
  ("We have set up a treatment", "Moses Wandera"),
  ("Anybody found selling cooked food at", "Harriet Nabwire"),
  ("Some people say it is witchcraft,", "Sarah Auma"),
  ("We thought it was ordinary diarrhoea.", "Peter Bwire"),
  ("The public is advised to report", "Ministry of Health"),
  ("The water you pollute today is", "Ali Hamis Mugoya"),
  ("Boil all drinking water. Cholera kills.", None)]),

# 13 -- Ekiti kidnap rescue, Punch style, curly quotes; police spokesperson's statement, wife "told PUNCH" with no-cue continuation, Amotekun commander, anonymous hunter, governor's CPS, victim described as "the pastor", Facebook post
('''Police rescue abducted Ekiti pastor, arrest three suspects

The Ekiti State Police Command says it has rescued a pastor, Emmanuel Adewale, who was abducted on Tuesday along the Ifaki-Ido road, and arrested three suspected members of the kidnap gang.

The command’s spokesperson, DSP Olumide Adeyanju, said in a statement on Friday that the cleric was rescued unhurt in a forest near Ilupeju-Ekiti after a gun duel with the abductors.

“Three of the suspects were arrested, while others escaped with gunshot wounds. Efforts are ongoing to apprehend the fleeing members of the gang,” Adeyanju said.

He added that a locally made pistol, two cutlasses and N1.2m suspected to be part of the ransom were recovered from the suspects.

The pastor’s wife, Mrs Bukola Adewale, told PUNCH that the family had paid N3m before the rescue.

“They called us every night and beat him so that we could hear him cry. At first they asked for N50m,” she said.

“God has answered our prayers. I have not slept since Tuesday.”

The Commander of the Ekiti State Security Network Agency, codenamed Amotekun, Mr Adebayo Fasanmi, said his men worked with the police and local hunters in the operation.

“The hunters know the forest better than anybody. Without them, we would not have found the camp so quickly,” Fasanmi said.

A hunter who took part in the operation and spoke on condition of anonymity said the camp had been in use for months. “We found clothes, empty sachets of water and mats. They have been living there for a long time,” he said.

The Chief Press Secretary to the governor, Mr Segun Adeola, said in a separate statement that the state government would bear the cost of the cleric’s treatment.

“The governor has directed that the victim be given free medical care at the Ekiti State University Teaching Hospital, Ado-Ekiti,” Adeola said.

Speaking briefly to journalists at the hospital, the pastor, who looked frail, said, “I forgive them, but the government must make our roads safe.”

His daughter, Tolulope Adewale, later posted on Facebook: “Daddy is back! Thank you all for your prayers and calls. God did it.”''',
 [("Three of the suspects were arrested,", "Olumide Adeyanju"),
  ("They called us every night and", "Bukola Adewale"),
  ("God has answered our prayers.", "Bukola Adewale"),
  ("The hunters know the forest better", "Adebayo Fasanmi"),
  ("We found clothes, empty sachets of", "~hunter"),
  ("The governor has directed that the", "Segun Adeola"),
  ("I forgive them, but the government", "Emmanuel Adewale"),
  ("Daddy is back! Thank you all", "Tolulope Adewale")]),

# 14 -- Zambian maize floor price, Zambia Daily Mail style, curly single quotes (British); union coordinator partial then full quote, farmer with no-cue continuation, District Commissioner, agency PR manager, anonymous trader, "told ZNBC" partial quote, banner
('''FRA maize price leaves Choma farmers fuming

SMALL-SCALE farmers in Choma District have threatened to boycott Food Reserve Agency (FRA) depots after the agency announced a floor price of K300 per 50-kilogramme bag of maize.

Zambia National Farmers Union (ZNFU) Southern Province coordinator Mr Brian Hamoonga said the price was ‘too low to cover even the cost of fertiliser’.

‘A farmer who bought fertiliser at K1,100 a bag cannot sell maize at K300. It simply does not add up,’ Mr Hamoonga said.

Mrs Mutinta Siamwiinga, a farmer in the Mbabala area, said she would rather keep her 120 bags in storage.

‘I will wait for the briefcase buyers from the Copperbelt. At least they pay cash on the spot,’ she said.

‘Last season FRA owed us money until July. Some of us had to sell goats to pay school fees.’

Choma District Commissioner Mr Joseph Mweemba appealed to farmers to be patient. ‘Government has heard your concerns. The price is not final and consultations are still going on,’ he said.

FRA public relations manager Ms Chileshe Mwansa said the floor price had been guided by regional market conditions.

‘FRA is not a commercial buyer. Our mandate is national food security, and we cannot buy at prices that the Treasury cannot sustain,’ Ms Mwansa said.

She said the agency had opened 46 satellite depots in Southern Province.

A trader at Choma’s Kalundu market, who declined to be named, said private buyers were offering K350 a bag. ‘The farmers are not stupid. They will go where the money is,’ he said.

University of Zambia economist Dr Mwiinga Hakalima told ZNBC that the FRA price would ‘distort the market even further’.

At the Mbabala depot, a faded banner from last season still reads ‘FRA: Feeding the Nation’.

The agency is expected to open its depots for purchases on June 1.''',
 [("too low to cover even the", "Brian Hamoonga"),
  ("A farmer who bought fertiliser at", "Brian Hamoonga"),
  ("I will wait for the briefcase", "Mutinta Siamwiinga"),
  ("Last season FRA owed us money", "Mutinta Siamwiinga"),
  ("Government has heard your concerns.", "Joseph Mweemba"),
  ("FRA is not a commercial buyer.", "Chileshe Mwansa"),
  ("The farmers are not stupid.", "~trader"),
  ("distort the market even further", "Mwiinga Hakalima"),
  ("FRA: Feeding the Nation", None)]),

# 15 -- Platinum mine underground sit-in, Daily Maverick style, straight quotes; company and union partial quotes in the intro, branch chair with continuation, company spokesperson, call-and-response chant, miner's wife, anonymous manager, police colonel
('''Underground sit-in at Rustenburg platinum shaft enters fourth day

About 420 mineworkers remained underground at the Kgosi Shaft of Bafokeng Ridge Platinum near Rustenburg on Thursday, the fourth day of a sit-in that the company has called "unprotected and unlawful" and that the Association of Mineworkers and Construction Union (Amcu) says is "the only language management understands".

The workers are demanding a R3,500 monthly increase across the board, while the company has tabled 7% for this year and 6% for each of the following two years.

Amcu branch chairperson Tshepo Molefe, speaking to Daily Maverick by phone from the shaft head, said the men underground had enough food and water for several more days.

"The men are tired, but they are determined. They say they will come up when the company signs, not before," Molefe said.

"Some have not seen sunlight since Sunday. If anything happens to them, management will have blood on its hands."

Bafokeng Ridge Platinum spokesperson Lindiwe Sithole said the offer was the best the company could afford at a time of depressed platinum group metal prices.

"The offer on the table is fair and affordable. We urge the workers to resurface for their own safety," Sithole said. She said three workers had been brought to the surface for medical treatment since Monday.

Outside the shaft gates, hundreds of family members and supporters gathered, singing struggle songs. When a man on the back of a bakkie shouted "Amandla!" the crowd roared back "Awethu!"

Nomvula Khoza, whose husband has been underground since Monday, said she had not heard from him. "They told us the phones don't work down there. I just want to see him alive," she said.

A mine manager who asked not to be named because he was not authorised to speak to the media said the company was preparing an urgent application to the Labour Court. "Legal is ready. It's a matter of when, not if," the manager said.

North West police spokesperson Colonel Adele Myburgh said officers were monitoring the situation around the clock. "There has been no violence so far, and we intend to keep it that way," Myburgh said.

Analysts warned that a prolonged stoppage could cost the company about R40 million a day in lost production.''',
 [("unprotected and unlawful", "Bafokeng Ridge Platinum"),
  ("the only language management understands", "Association of Mineworkers and Construction Union"),
  ("The men are tired, but they", "Tshepo Molefe"),
  ("Some have not seen sunlight since", "Tshepo Molefe"),
  ("The offer on the table is", "Lindiwe Sithole"),
  ("Amandla!", None),
  ("Awethu!", None),
  ("They told us the phones don't", "Nomvula Khoza"),
  ("Legal is ready. It's a matter", "~manager"),
  ("There has been no violence so", "Adele Myburgh")]),

# 16 -- Senate hearing on estimated electricity billing, Premium Times style, straight quotes; committee chair partial quote, Engr. CEO, senator "asked", regulator director, consumer group "told PREMIUM TIMES", post on X, placards
('''Senators grill NERC, DisCos over estimated billing

The Chairman of the Senate Committee on Power, Aliyu Danjuma, on Wednesday described estimated billing by electricity distribution companies as "legalised extortion" and threatened to recommend the revocation of the licences of erring firms.

Mr Danjuma spoke at an investigative hearing in Abuja attended by officials of the Nigerian Electricity Regulatory Commission (NERC) and chief executives of several distribution companies (DisCos).

"Nigerians are being billed for electricity they never consumed. Some communities have not had power for three months, yet they receive bills every month," he said.

The Chief Executive Officer of Savannah Electricity Distribution Company, Engr. Olufemi Badejo, admitted that more than 60 per cent of the company's customers were not metered.

"We inherited a metering gap that we cannot close overnight. The meters are imported, and the exchange rate has made them very expensive," Mr Badejo said.

His explanation drew an angry response from Senator Ifeoma Nwankwo, who said DisCos had collected meter fees from customers who never received meters.

"You collected money from my constituents in 2022 for meters. Where are the meters?" she asked.

NERC's Director of Consumer Affairs, Hauwa Abubakar-Sani, said the regulator had capped estimated bills for unmetered customers. "Any DisCo that bills an unmetered customer above the cap will refund the excess, and we have the powers to sanction," she said.

The National Coordinator of the Electricity Consumers' Rights Forum, Jude Okafor, who attended the hearing, told PREMIUM TIMES he was not impressed. "We have heard these promises before. What Nigerians want is meters, not hearings," Mr Okafor said.

After the hearing, Ms Nwankwo wrote on X: "Told the DisCos today: no meter, no bill. We will follow this to the end."

Mr Danjuma gave the DisCos two weeks to submit their metering plans. "If you fail, this committee will not hesitate to recommend sanctions," he said.

Outside the National Assembly complex, a handful of protesters held placards with inscriptions such as "Darkness Is Not Free" and "Stop Crazy Bills".''',
 [("legalised extortion", "Aliyu Danjuma"),
  ("Nigerians are being billed for electricity", "Aliyu Danjuma"),
  ("We inherited a metering gap that", "Olufemi Badejo"),
  ("You collected money from my constituents", "Ifeoma Nwankwo"),
  ("Any DisCo that bills an unmetered", "Hauwa Abubakar-Sani"),
  ("We have heard these promises before.", "Jude Okafor"),
  ("Told the DisCos today: no meter,", "Ifeoma Nwankwo"),
  ("If you fail, this committee will", "Aliyu Danjuma"),
  ("Darkness Is Not Free", None),
  ("Stop Crazy Bills", None)]),

# 17 -- Mau forest eviction halted, The Standard (Kenya) style, curly quotes; judge "ruled", lawyer "told The Standard", KFS statement, painted word, Mzee elder described by age, mother of six, MCA, anonymous ranger
('''Court stops eviction of 300 families from Mau forest edge

The Environment and Land Court in Narok yesterday stopped the Kenya Forest Service (KFS) from evicting about 300 families living on the edge of the Mau Forest, pending the hearing of a petition filed by the residents.

Justice Lucy Wambui said the petitioners had raised serious questions about the forest boundary.

“The court is satisfied that the petitioners have established a prima facie case. Any eviction before the boundaries are ascertained would render the petition nugatory,” the judge ruled.

Lawyer for the families Kipkemoi Sang said his clients had documents to prove ownership.

“My clients hold title deeds issued by the government in 1997. The State cannot turn around today and call them squatters,” Mr Sang told The Standard.

KFS said in a statement that it would comply with the orders, but maintained that the land was part of a gazetted forest. “The Service remains committed to the conservation of the Mau ecosystem, which is a critical water tower for the country,” the statement said.

At Ole Sentu village, some houses still bore the word “BOMOA” (demolish), painted in red by rangers last week.

Mzee Daniel ole Kaelo, a community elder, said the residents had nowhere else to go. “We were born here. Our fathers are buried here. Where does the government want us to go?” the 78-year-old asked.

Ms Naserian Koileken, a mother of six whose house was among those marked for demolition, broke down after the ruling. “Last night I could not sleep. Today I can breathe,” she said.

Mariashoni MCA Samuel Lang’at said local leaders were not opposed to conservation. “We support conservation, but not at the expense of human rights. Let the boundaries be surveyed properly,” he said.

A ranger at a KFS camp near the village, who declined to be named, said they had not been served with the orders. “We only take instructions from our commanders. Until we see the papers, we remain here,” he said.

The case will be mentioned on July 8.''',
 [("The court is satisfied that the", "Lucy Wambui"),
  ("My clients hold title deeds issued", "Kipkemoi Sang"),
  ("The Service remains committed to the", "Kenya Forest Service"),
  ("BOMOA", None),
  ("We were born here. Our fathers", "Daniel ole Kaelo"),
  ("Last night I could not sleep.", "Naserian Koileken"),
  ("We support conservation, but not at", "Samuel Lang’at"),
  ("We only take instructions from our", "~ranger")]),

# 18 -- Malawi fertiliser subsidy delays, Nation (Malawi) style, straight quotes; "said Name, 56" with no-cue continuation, Group Village Head, ministry spokesperson, farmers' union president, anonymous depot official, opposition legislator, notice
('''Farmers sleep at depots as AIP fertiliser delays bite

Hundreds of farmers in Lilongwe Rural are spending nights at Admarc depots waiting for fertiliser under the Affordable Inputs Programme (AIP), weeks after the rains started.

At Nathenje depot on Monday, some farmers said they had been queueing for five days.

"I came here on Thursday with my blanket. Every day they tell us the lorry is coming tomorrow," said Esnart Banda, 56, from Msowoya village.

"If I do not apply fertiliser this week, my maize will be yellow and stunted. My family will go hungry next year."

Group Village Head Dickson Msowoya said people were falling sick at the depot. "Pregnant women and the elderly are sleeping in the open. Some already have malaria," he said.

Ministry of Agriculture spokesperson Gracian Lungu acknowledged the delays, attributing them to transport challenges.

"Suppliers are facing fuel shortages, which has slowed down deliveries. We expect all depots to receive stocks by the end of the week," Lungu said.

Farmers Union of Malawi president Thokozani Chirwa said the programme's timing had been a problem for three seasons. "Government should start distribution in September, not when the rains have already started. We keep repeating the same mistakes," she said.

An Admarc official at the depot, who asked not to be named, said only 400 bags had arrived against a list of 3,200 beneficiaries. "We are just workers. People insult us every day, but we do not control the trucks," the official said.

Opposition legislator Chimwemwe Phiri accused government of using the programme for political gain. "This programme has become a campaign tool rather than a food security intervention," Phiri said.

A notice pinned on the depot door read: "AIP beneficiaries: bring national ID and coupon." Farmers said many of them had been turned away for not carrying both.''',
 [("I came here on Thursday with", "Esnart Banda"),
  ("If I do not apply fertiliser", "Esnart Banda"),
  ("Pregnant women and the elderly are", "Dickson Msowoya"),
  ("Suppliers are facing fuel shortages, which", "Gracian Lungu"),
  ("Government should start distribution in September,", "Thokozani Chirwa"),
  ("We are just workers. People insult", "~official"),
  ("This programme has become a campaign", "Chimwemwe Phiri"),
  ("AIP beneficiaries: bring national ID and", None)]),

# 19 -- Mukono demolition remand, Daily Monitor style, straight quotes; charge sheet wording, prosecutor "told court", defence lawyer, magistrate "ruled", LC1 chairperson, resident "told the Daily Monitor", unnamed elderly woman partial quote, police spokesperson
('''Mukono businessman remanded over demolition of 40 homes

A Mukono Grade One Magistrate's Court has remanded a businessman accused of demolishing 40 homes in Kigombya village without a court order.

Mr Charles Kiwanuka Ssemakula, 49, appeared before Grade One Magistrate Juliet Amuge on Monday, charged with malicious damage to property and criminal trespass. He denied both charges.

The charge sheet states that Mr Ssemakula, on April 2, "with intent to cause loss, unlawfully destroyed 40 residential houses belonging to residents of Kigombya village".

State prosecutor Fred Okello opposed bail. "The accused is a man of means who has already threatened the complainants. If released, he is likely to interfere with witnesses," Mr Okello told court.

Defence lawyer Ronald Ssekandi asked the court to release his client on bail. "My client has substantial sureties present in court, including his parish priest. He has never been convicted of any offence," Mr Ssekandi said.

Ms Amuge, however, said she needed time to verify the sureties. "The accused is remanded to Kauga Prison until May 20, when the court will rule on the bail application," she ruled.

Outside court, the LC1 chairperson of Kigombya, Ms Rose Nakato, said the affected families were living in desperate conditions. "These people have nowhere to sleep. Some are sleeping in the church, others at neighbours' homes," she said.

Mr Hamidu Kato, one of the affected residents, told the Daily Monitor that the demolition happened at night. "They came at 2am with about 50 men and a bulldozer. They did not even let us remove our property," he said.

An elderly woman who said she had lived on the land since 1978 described the accused as "a man who thinks money can buy everything".

Ssezibwa Region police spokesperson Godfrey Mugisha said eight men who took part in the demolition had been arrested. "They will be charged separately. Nobody is above the law," Mr Mugisha said.''',
 [("with intent to cause loss, unlawfully", None),
  ("The accused is a man of", "Fred Okello"),
  ("My client has substantial sureties present", "Ronald Ssekandi"),
  ("The accused is remanded to Kauga", "Juliet Amuge"),
  ("These people have nowhere to sleep.", "Rose Nakato"),
  ("They came at 2am with about", "Hamidu Kato"),
  ("a man who thinks money can", "~woman"),
  ("They will be charged separately.", "Godfrey Mugisha")]),

# 20 -- Anambra New Yam festival, Vanguard style, curly quotes; Igwe ("the monarch said") with continuation, Chief (Mrs) commissioner representing the governor, President-General, Umuada leader, Ozo chief's kolanut prayer, palace banner, youth leader "told Vanguard"
('''Igwe warns youths against cultism at New Yam festival

The traditional ruler of Umuezeoka community in Anambra State, Igwe Chukwudi Nnabuife, has warned that any youth found in cult activities in the town will be handed over to security agencies.

The monarch gave the warning on Saturday at his palace during this year’s Iri Ji (New Yam) festival, which drew sons and daughters of the community from home and abroad.

“Any young man caught in cult activities in this town will be handed over to the police, and his family will answer to the community,” the monarch said.

“I will not have my reign remembered for blood on our streets.”

The Commissioner for Local Government, Chieftaincy and Community Affairs, Chief (Mrs) Ngozi Anene-Okeke, who represented the governor, said the state government was working with traditional rulers to restore security in rural communities.

“Traditional rulers are the closest government to the people. We depend on you to know who is who in your communities,” she said.

The President-General of Umuezeoka Progressive Union, Chief Obinna Ezeani, said the town would not allow its name to be dragged in the mud. “Our town has produced professors, judges and industrialists. We will not allow a few misguided boys to destroy that legacy,” Chief Ezeani said.

The leader of the Umuada, Mrs Adaeze Okonkwo, urged mothers to monitor their children closely. “Mothers must know where their sons sleep at night. We cannot leave everything to the Igwe,” she said.

Earlier, Ozo Ikechukwu Nwosu, who broke the kolanut, prayed for peace. “He who brings kola brings life. May this new yam bring peace to Umuezeoka,” he prayed.

A giant banner at the palace gate read: “Igwe Nnabuife @ 10: A Decade of Peace and Progress”.

A youth leader, Mr Emeka Udeh, told Vanguard that the young people of the town would cooperate with security agencies. “We are ready to work with the vigilante. But government must also give young people jobs,” he said.''',
 [("Any young man caught in cult", "Chukwudi Nnabuife"),
  ("I will not have my reign", "Chukwudi Nnabuife"),
  ("Traditional rulers are the closest government", "Ngozi Anene-Okeke"),
  ("Our town has produced professors, judges", "Obinna Ezeani"),
  ("Mothers must know where their sons", "Adaeze Okonkwo"),
  ("He who brings kola brings life.", "Ikechukwu Nwosu"),
  ("Igwe Nnabuife @ 10: A Decade", None),
  ("We are ready to work with", "Emeka Udeh")]),

# 21 -- Eastern Cape scholar transport, News24 style, straight quotes; "said Jali" inversion with continuation, learner described as "the 16-year-old", anonymous principal, department spokesperson, MEC split quote, union statement, placards
('''Eastern Cape learners walk 12km to school after transport contract lapses

Parents in KwaNtabeni village outside Mthatha have threatened to shut down the local high school after more than 300 learners were left without scholar transport for the fourth week in a row.

The contract of the service provider that ferried learners to Ntabeni Senior Secondary School lapsed at the end of January and has not been renewed.

School governing body chairperson Nomakhosazana Jali said learners now leave home long before sunrise.

"Our children leave home at 4.30am in the dark. Girls are not safe on that road," said Jali.

"Last month, a Grade 8 girl was attacked near the river. Must we wait for a child to die before something is done?"

Grade 10 learner Asive Mbotshwa said she walks about 12km each way. "By the time I get to school I am tired and hungry. I can't concentrate in maths," the 16-year-old said.

The school's principal, who asked not to be named because he is not allowed to speak to the media, said attendance had dropped sharply. "On some days we have fewer than two-thirds of learners in class. Those who come arrive exhausted," he said.

Provincial education department spokesperson Mthunzi Gqirana said the procurement process had been delayed by an appeal from an unsuccessful bidder.

"A new service provider has now been appointed, and buses should be on the road by 1 March," Gqirana said.

Education MEC Siyabonga Mqokeli, who visited the school on Tuesday, apologised to the community.

"I apologise to the parents," Mqokeli said, "and I have instructed officials to make sure this never happens again."

In a statement, the South African Democratic Teachers' Union (Sadtu) said the situation in KwaNtabeni was not unique. "Scholar transport is not a luxury; it is a right linked to access to education," the union said.

During Tuesday's visit, parents lined the road holding placards that read "Our children are not donkeys" and "No bus, no school".''',
 [("Our children leave home at 4.30am", "Nomakhosazana Jali"),
  ("Last month, a Grade 8 girl", "Nomakhosazana Jali"),
  ("By the time I get to", "Asive Mbotshwa"),
  ("On some days we have fewer", "~principal"),
  ("A new service provider has now", "Mthunzi Gqirana"),
  ("I apologise to the parents,", "Siyabonga Mqokeli"),
  ("and I have instructed officials to", "Siyabonga Mqokeli"),
  ("Scholar transport is not a luxury;", "South African Democratic Teachers' Union"),
  ("Our children are not donkeys", None),
  ("No bus, no school", None)]),

# 22 -- Lake Victoria net crackdown, The Citizen (Tanzania) style, curly quotes; Regional Commissioner, fisheries officer, BMU chairman with "said Mr", fisherman "asked" with continuation, anonymous trader, ministry statement "read the statement", boat slogan
('''Fishermen decry crackdown on illegal nets in Mwanza

Mwanza. Fishermen on the shores of Lake Victoria have accused officials enforcing a ban on illegal fishing gear of burning even legal nets and demanding bribes, as the government intensifies a crackdown on undersized nets.

Mwanza Regional Commissioner Hamisi Kagoma said yesterday that the operation would continue until the lake was free of illegal gear.

“Anyone found with monofilament nets will be arrested and the nets burnt. We must protect the lake for our children,” Mr Kagoma said.

Ilemela District fisheries officer Rehema Mollel said her team had seized large quantities of gear. “In the past month alone, we have confiscated more than 2,000 illegal nets at Kayenze and Igombe,” she said.

But the chairman of the Kayenze Beach Management Unit (BMU), Mr Juma Masanja, said the operation had been marred by abuse.

“We support the fight against illegal fishing, but some officers are burning even legal nets. Others demand bribes,” said Mr Masanja.

Mr Paulo Magesa, who has fished on the lake for 22 years, said officers seized his nets last week. “This boat is all I have. If they take my net, how will I feed my family?” he asked.

“My children were sent home from school this week because I could not pay the contribution.”

A fish trader at Kirumba market, who asked not to be named, said prices had shot up. “The price of dagaa has doubled since the operation started. Customers are complaining,” she said.

The Ministry of Livestock and Fisheries, in a statement, warned that the use of prohibited gear was a criminal offence. “The Ministry wishes to remind all stakeholders that the use of illegal fishing gear is an offence under the Fisheries Act,” read the statement.

Asked about the bribery claims, Mr Kagoma said: “Bring me evidence and I will deal with any officer personally.”

Many of the wooden boats pulled up at Kayenze carry painted slogans, the most common being “Mungu Ni Mwema” (God is good).''',
 [("Anyone found with monofilament nets will", "Hamisi Kagoma"),
  ("In the past month alone, we", "Rehema Mollel"),
  ("We support the fight against illegal", "Juma Masanja"),
  ("This boat is all I have.", "Paulo Magesa"),
  ("My children were sent home from", "Paulo Magesa"),
  ("The price of dagaa has doubled", "~trader"),
  ("The Ministry wishes to remind all", "Ministry of Livestock and Fisheries"),
  ("Bring me evidence and I will", "Hamisi Kagoma"),
  ("Mungu Ni Mwema", None)]),

# 23 -- University lecturers' strike, Punch style, straight quotes; Prof. branch chairman with continuation, Comrade SU president, anonymous student, parent "lamented", Registrar statement, Minister of State "the minister said", partial reaction quote, chant
('''ASUU strike: Oke-Ogun varsity students stranded as lecturers down tools

Students of the Federal University, Oke-Ogun, have been stranded on campus after the local branch of the Academic Staff Union of Universities began an indefinite strike on Monday.

The branch chairman, Prof. Adewale Ogundipe, told our correspondent that members would not return to the classrooms until the Federal Government paid three months of withheld salaries and implemented the renegotiated agreement.

"Our members have been working without salaries since March. No worker anywhere in the world is expected to do that," Ogundipe said.

"We gave the government 21 days' notice. The ultimatum expired on Friday and nobody called us."

The Students' Union President, Comrade Ibrahim Yakubu, said students were bearing the brunt of the dispute. "We are the ones suffering. Some of us have spent six years on a four-year course," he said.

A 300-level Microbiology student, who did not want her name in print, said she had paid for hostel accommodation for the whole session. "I can't go home because my parents are already complaining about transport. I'm just sitting in the hostel," she said.

A parent, Mrs Funmilayo Akande, who came to pick up her son, lamented the frequent strikes. "We are tired. Every year it is one strike or the other, and our children are the victims," she said.

The university's Registrar, Mrs Olayinka Bamidele, said in a statement that management was in touch with the branch leadership. "Management appeals to ASUU to consider the plight of students, particularly final-year students preparing for their examinations," the Registrar said.

The Minister of State for Education, Dr Halima Bukar, told journalists in Abuja on Tuesday that the government had released funds to the universities. "The Federal Government has released N50bn for the payment of earned academic allowances, and more will come," the minister said.

Reacting, Ogundipe described the release as "a drop in the ocean".

On Monday, lecturers marched round the campus chanting "Aluta continua!" as students watched from hostel balconies.''',
 [("Our members have been working without", "Adewale Ogundipe"),
  ("We gave the government 21 days'", "Adewale Ogundipe"),
  ("We are the ones suffering.", "Ibrahim Yakubu"),
  ("I can't go home because my", "~student"),
  ("We are tired. Every year it", "Funmilayo Akande"),
  ("Management appeals to ASUU to consider", "Olayinka Bamidele"),
  ("The Federal Government has released N50bn", "Halima Bukar"),
  ("a drop in the ocean", "Adewale Ogundipe"),
  ("Aluta continua!", None)]),

# 24 -- Galamsey and water plant shutdown, Daily Graphic style, curly quotes; company statement "it said", chief partial quote then full quote with continuation, Minerals Commission manager, MCE, anonymous miner, NGO director with X post
('''Galamsey turns Aprapon River brown, forces water plant shutdown

The Ghana Water Company Limited (GWCL) has shut down its treatment plant at Kyekyewere in the Western Region after illegal mining activities upstream turned the Aprapon River into a muddy brown stream.

In a statement on Monday, the company said the plant could no longer treat the raw water. “The turbidity levels of the river have increased far beyond what our treatment plant is designed to handle,” it said.

The shutdown has left about 60,000 residents in Kyekyewere and surrounding communities without pipe-borne water.

The Chief of Kyekyewere, Nana Kofi Agyeman II, described the river as “dying before our eyes” and called on the government to deploy the military.

“When I was a boy, we drank directly from this river. Today, even the fish have disappeared,” he said.

“Some of the people destroying our rivers are our own children, backed by powerful people in Accra. I am calling on the President to act before it is too late.”

The Western Regional Manager of the Minerals Commission, Mr Kwabena Sarpong-Duah, said none of the operators along the river held a valid licence. “Those operating there are doing so without any permit. We have compiled their locations and handed them over to the security agencies,” he said.

The Municipal Chief Executive, Mr Joseph Tawiah, said a joint task force would be deployed within the week. “We have seized 14 excavators this year alone. We will not relent,” Mr Tawiah said.

A 24-year-old miner operating a changfan machine near the river bank, who declined to give his name, said he had no other means of livelihood. “Where else will I get work? I completed SHS five years ago and I have been home since then,” he said.

The Executive Director of EcoWatch Ghana, Ms Adwoa Nyarko, said the crisis was the result of years of inaction. “Every government promises to end galamsey, yet the excavators keep coming,” she said.

Later on Monday, Ms Nyarko wrote on X: “No water in Kyekyewere today. Tomorrow it will be your town. #StopGalamseyNow”''',
 [("The turbidity levels of the river", "Ghana Water Company Limited"),
  ("dying before our eyes", "Kofi Agyeman II"),
  ("When I was a boy, we", "Kofi Agyeman II"),
  ("Some of the people destroying our", "Kofi Agyeman II"),
  ("Those operating there are doing so", "Kwabena Sarpong-Duah"),
  ("We have seized 14 excavators this", "Joseph Tawiah"),
  ("Where else will I get work?", "~miner"),
  ("Every government promises to end galamsey,", "Adwoa Nyarko"),
  ("No water in Kyekyewere today. Tomorrow", "Adwoa Nyarko")]),

# 25 -- Harare junior doctors' strike, NewsDay (Zimbabwe) British style, straight single quotes; union president "told NewsDay" with split quote and continuation, association statement, permanent secretary, patient's husband, anonymous nurse, activist, placard
('''Junior doctors down tools at Parirenyatwa

JUNIOR doctors at Parirenyatwa Group of Hospitals and several other public hospitals in Harare yesterday began a strike over poor salaries and a shortage of basic drugs and equipment.

Zimbabwe Hospital Doctors Association (ZHDA) president Dr Tinashe Gumbo told NewsDay that junior doctors were earning less than US$300 a month.

'A doctor cannot be expected to work 36-hour shifts and then fail to pay rent,' Gumbo said. 'We are incapacitated, and government has known this since last year.'

'We are not asking for luxuries. We are asking for a living wage and the tools to do our job.'

In a statement, the association said its members would not completely abandon patients. 'Members will continue to attend to emergency cases on a voluntary basis,' the association said.

Health and Child Care ministry permanent secretary Dr Rufaro Chiweshe said the strike was unprocedural. 'Government has put in place a package for health workers that includes housing loans and a vehicle scheme. We urge the doctors to return to work,' she said.

At Parirenyatwa, Mr Givemore Ncube, whose wife was admitted to the maternity ward, said patients were being told to buy their own supplies. 'They gave me a list of things to buy, including gloves and syringes. Where am I supposed to get US$80?' he asked.

A nurse who spoke on condition of anonymity said nurses were overwhelmed. 'We are doing the work of the doctors now, and we are also not paid well,' she said.

Health rights activist Ms Memory Chikore said government should prioritise health spending. 'The Abuja Declaration says 15 percent of the budget should go to health. We are nowhere near that,' she said.

Doctors gathered outside the hospital's main gate, some holding placards reading 'Incapacitated, not lazy'.

The strike is expected to spread to Mpilo Central Hospital in Bulawayo by Friday.''',
 [("A doctor cannot be expected to", "Tinashe Gumbo"),
  ("We are incapacitated, and government has", "Tinashe Gumbo"),
  ("We are not asking for luxuries.", "Tinashe Gumbo"),
  ("Members will continue to attend to", "Zimbabwe Hospital Doctors Association"),
  ("Government has put in place a", "Rufaro Chiweshe"),
  ("They gave me a list of", "Givemore Ncube"),
  ("We are doing the work of", "~nurse"),
  ("The Abuja Declaration says 15 percent", "Memory Chikore"),
  ("Incapacitated, not lazy", None)]),
]
# fmt: on

# fmt: off
STORIES_CM = [
# 1 -- ISRO Earth-observation satellite launch; AP wire style, straight quotes; "told reporters", split quote, partial quote, pronoun follow-ups, chant, described farmer
('''SRIHARIKOTA, India (AP) — India's space agency on Wednesday launched an Earth-observation satellite designed to track groundwater and crop stress, putting the spacecraft into a polar orbit after a two-day delay caused by a faulty valve.

The Polar Satellite Launch Vehicle lifted off from the Satish Dhawan Space Centre at 9:42 a.m. local time and released the 1,450-kilogram satellite, named Jalnetra, about 18 minutes later.

"The vehicle has performed exactly as we designed it to perform," K. Venkatesh Iyer, chairman of the Indian Space Research Organisation, told reporters in the mission control room. "Jalnetra is healthy, its solar panels are deployed, and we have a signal from the ground station in Mauritius."

Iyer said the delay had been "a small price to pay" for certainty. Engineers replaced a pressure valve on the rocket's second stage on Monday after sensors showed a slow leak.

The satellite carries a radar instrument that can sense soil moisture to a depth of several centimeters. Its project director, Lakshmi Nandakumar, said the data would be released free of charge to state agriculture departments within six months.

"A farmer in Vidarbha should not have to wait for the monsoon to fail before anyone knows his wells are drying up," Nandakumar said. "We want the warning to come a season earlier."

She said her team had spent nine years on the instrument, much of it redesigning the antenna after a prototype cracked during vibration tests in 2019.

"There were weeks when we thought it would never fly," she said.

In a viewing gallery outside the space center, hundreds of schoolchildren waved flags and chanted "Jai Jalnetra" as the rocket's exhaust trail bent eastward over the Bay of Bengal.

Outside experts welcomed the mission but cautioned that its readings would need extensive checking on the ground.

"Soil-moisture radar is notoriously sensitive to vegetation and surface roughness, so the satellite is only half the story. The other half is thousands of field measurements to calibrate it," said Pradeep Menon, a hydrologist at the Indian Institute of Science in Bengaluru who was not involved in the project.

One farmer who had traveled from Prakasam district in Andhra Pradesh to watch the launch said he hoped the information would reach villages "in a language we can read."

ISRO plans two more launches of the rocket before the end of the year, including one carrying a navigation satellite.''',
 [("The vehicle has performed exactly as", "K. Venkatesh Iyer"),
  ("Jalnetra is healthy, its solar panels", "K. Venkatesh Iyer"),
  ("a small price to pay", "K. Venkatesh Iyer"),
  ("A farmer in Vidarbha should not", "Lakshmi Nandakumar"),
  ("We want the warning to come", "Lakshmi Nandakumar"),
  ("There were weeks when we thought", "Lakshmi Nandakumar"),
  ("Jai Jalnetra", None),
  ("Soil-moisture radar is notoriously sensitive to", "Pradeep Menon"),
  ("in a language we can read", "~farmer")]),

# 2 -- ancient DNA study in Nature; science-press news style, present-tense "says", curly quotes; author vs outside critic, partial quote, pronoun follow-ups
('''Teeth from a cave in the Caucasus have yielded the oldest human genomes yet recovered from the region, and they suggest that farming communities reached the mountains at least 1,500 years earlier than archaeologists had assumed.

The study, published on 14 May in Nature, analysed DNA from 23 individuals buried in Tsiskari Cave in western Georgia between about 9,200 and 7,800 years ago. Several carried ancestry typical of Neolithic farmers from Anatolia — a signal that, according to the prevailing model, should not appear in the Caucasus until much later.

“We went in expecting hunter-gatherers all the way down. What we found instead was a mixed community, with farmers and foragers living side by side and, clearly, having children together,” says Nino Beridze, a palaeogeneticist at Ivane Javakhishvili Tbilisi State University and the paper’s lead author.

Co-author Tamar Kiknadze, an archaeologist at the Georgian National Museum, says the grave goods tell the same story: sickle blades and grinding stones lie alongside bone harpoons in the same burials. “The objects never made sense to us on their own,” she says. “The genetics gave them a context.”

Not everyone is convinced. Mikael Sørensen, a population geneticist at the University of Copenhagen who was not involved in the work, points out that the dates for three of the key individuals come from a single radiocarbon laboratory.

“If those three dates slide by even a few centuries, the headline result largely disappears,” he says. “I would want to see them re-run independently before anyone rewrites the textbooks.”

Beridze says the team has already sent duplicate samples to a second laboratory, in Germany, and that preliminary results agree within the margin of error. “We are not hiding from that question,” she says. “It is the right question.”

Helen Achterberg, who studies ancient DNA at the Max Planck Institute for Evolutionary Anthropology in Leipzig, is more enthusiastic. She calls the DNA preservation “remarkable for a cave at that latitude” and says the study fills one of the largest blank spaces on the map of ancient genomes.

“For twenty years we have drawn arrows around this region because we had no data from inside it. Now we can stop drawing arrows,” Achterberg says.

The researchers plan to return to Tsiskari in August. Kiknadze says that deeper layers of the cave, reached last season through a narrow shaft, may hold burials more than 10,000 years old.''',
 [("We went in expecting hunter-gatherers all", "Nino Beridze"),
  ("The objects never made sense to", "Tamar Kiknadze"),
  ("The genetics gave them a context.", "Tamar Kiknadze"),
  ("If those three dates slide by", "Mikael Sørensen"),
  ("I would want to see them", "Mikael Sørensen"),
  ("We are not hiding from that", "Nino Beridze"),
  ("It is the right question.", "Nino Beridze"),
  ("remarkable for a cave at that", "Helen Achterberg"),
  ("For twenty years we have drawn", "Helen Achterberg")]),

# 3 -- meteorite unveiled at Botswana museum; Wikinews style, straight quotes; "told Wikinews", placard, government department statement, pronoun follow-ups
('''Thursday, March 6, 2025

The Botswana National Museum in Gaborone on Wednesday put on public display a 4.2-kilogram stony meteorite that fell on a cattle post in Kgalagadi District in December, after months of negotiations with the family who found it.

The rock, now formally named Tsetseng after the nearest village, was seen streaking across the sky by dozens of people shortly after sunset on December 19. Goitseone Mothibi, a herder, found it the next morning in a shallow pit beside a water trough.

"At first I thought somebody had thrown something at the cows," Mothibi told Wikinews by telephone. "It was black like charcoal and much heavier than it looked."

Museum curator Dr. Boitumelo Kgosi said laboratory analysis at the University of Botswana had classified the meteorite as an L6 ordinary chondrite, a common type thought to come from fragments of a single asteroid.

"Common does not mean boring. This is the first witnessed fall recorded in Botswana in more than sixty years. We know exactly when it arrived, and it has had almost no time to be contaminated by our soil," Kgosi said at the unveiling.

The museum paid the family an undisclosed sum. Mothibi said the money would go toward school fees for his three children, though he admitted he had hesitated.

"It fell on our land. It chose us," he said. "But in a museum all the children of Botswana can see it, so I think it is fair."

A placard beside the display case reads "Visitor From the Asteroid Belt — Please Do Not Touch."

Wikinews also spoke to Stefan Brandt, a meteorite researcher at the Museum für Naturkunde in Berlin who has studied recovered falls across southern Africa. He said the speed of the recovery mattered scientifically.

"Fresh falls preserve short-lived isotopes produced by cosmic rays in space. Measure them within a year or two and you can work out how long the rock drifted before it hit Earth," Brandt said.

The Department of National Museum and Monuments said in a statement that small pieces would be cut off for researchers, but that "the main mass will remain whole and will stay in Botswana permanently."

Kgosi said several private collectors had approached the family before the museum did. "One offered them a pickup truck. We are grateful they came to us instead," she said.''',
 [("At first I thought somebody had", "Goitseone Mothibi"),
  ("It was black like charcoal and", "Goitseone Mothibi"),
  ("Common does not mean boring. This is", "Boitumelo Kgosi"),
  ("It fell on our land.", "Goitseone Mothibi"),
  ("But in a museum all the", "Goitseone Mothibi"),
  ("Visitor From the Asteroid Belt", None),
  ("Fresh falls preserve short-lived isotopes produced", "Stefan Brandt"),
  ("the main mass will remain whole", "Department of National Museum and Monuments"),
  ("One offered them a pickup truck.", "Boitumelo Kgosi")]),

# 4 -- Lancet salt-modelling study; British broadsheet style with single quotes; scare quote, charity and government spokesman, trade-body statement, "told the BBC", unnamed shopper
('''Cutting the salt in shop-bought bread, breakfast cereals and ready meals by a fifth could prevent around 4,000 strokes and heart attacks a year in England, according to research published today in The Lancet.

Researchers at the University of Leeds modelled the effect of mandatory limits on the three largest sources of 'hidden' salt in the British diet, using purchasing data from 30,000 households.

Professor Siobhan Gallagher, who led the work, said voluntary targets introduced more than a decade ago had stalled. 'Industry made real progress in the early years, and then it simply stopped,' she said. 'Most people have no idea that two slices of bread can contain more salt than a packet of crisps.'

Her co-author, Dr Rajesh Bhandari, said the biggest gains would be among poorer households, which buy more processed food. 'This is one of the few policies that narrows health inequalities rather than widening them, because nobody has to change what they put in their trolley,' he said.

The charity Heart Action UK said the evidence 'could not be clearer' and urged ministers to legislate before the next spending review.

A spokesman for the Department of Health and Social Care said: 'We are working closely with the food industry to reduce salt, sugar and calories, and we will set out further measures in due course.'

But the British Baking Industries Association said bakers had already cut the salt in a standard loaf by almost a third since 2006. In a statement, it warned that further reductions risked 'loaves that customers simply will not buy'.

Professor Colin Ashworth, a nutritional epidemiologist at King's College London who was not involved in the study, said modelling studies should be read with care. 'These are projections, not observed outcomes, so I would treat the exact numbers with caution even though the direction is almost certainly right,' he told the BBC.

On a Leeds high street yesterday, shoppers seemed largely unaware of the issue. One shopper, pushing a buggy, admitted she had 'never once looked' at the salt figure on a loaf.

Adults in England eat an average of 8.4g of salt a day, well above the recommended maximum of 6g.''',
 [("Industry made real progress in the", "Siobhan Gallagher"),
  ("Most people have no idea that", "Siobhan Gallagher"),
  ("This is one of the few", "Rajesh Bhandari"),
  ("could not be clearer", "Heart Action UK"),
  ("We are working closely with the", "Department of Health and Social Care"),
  ("loaves that customers simply will not", "British Baking Industries Association"),
  ("These are projections, not observed outcomes,", "Colin Ashworth"),
  ("never once looked", "~shopper")]),

# 5 -- NASA asteroid sample capsule lands in Utah; AP wire style, curly quotes; unnamed flight controller, social-media caption, "told The Salt Lake Tribune", described rancher
('''DUGWAY PROVING GROUND, Utah (AP) — A capsule carrying dust and pebbles scooped from an asteroid parachuted into the Utah desert on Sunday, closing out a seven-year, 4-billion-mile round trip for NASA’s ARCHER mission.

The 100-pound capsule hit the ground at 8:52 a.m. local time, about 15 minutes after separating from its mothership high above the Pacific. Helicopters carrying recovery crews reached it within minutes.

“Touchdown. We have touchdown,” a flight controller announced over the mission audio, setting off cheers in a hangar where scientists and their families had gathered before dawn.

The mission’s principal investigator, Renata Osei of the University of Arizona, said she had not slept the night before. “You spend seven years worrying about a thousand things that could go wrong, and then the parachute opens and you just start crying,” she said.

Osei said the team expected the canister to hold at least 80 grams of material from asteroid Ameyo, a carbon-rich body about a third of a mile wide that scientists believe has changed little since the solar system formed.

“This is material that has never been exposed to Earth’s atmosphere, never rained on, never touched,” she said. “It is as close as we can get to a time capsule from 4.5 billion years ago.”

Recovery lead Greg Halvorsen of Lockheed Martin said the capsule appeared intact, its heat shield charred but undamaged. “It came down right in the middle of the target zone, and honestly, it could not have gone better,” Halvorsen said.

The capsule was wrapped in protective plastic and taken to a temporary clean room on the base. On Monday it will be flown to NASA’s Johnson Space Center in Houston, where the sample canister will be opened inside a nitrogen-filled glovebox.

NASA shared a photograph of the scorched capsule resting in the sand on its social media accounts with the caption “Special delivery from Ameyo.”

Not every scientist expects the samples to be revolutionary. Daniel Reyes-Whitfield, a planetary scientist at Brown University who was not involved in the mission, noted that meteorites from similar asteroids already sit in museum drawers around the world.

“The difference is context. We know exactly which rock this came from, and where on that rock,” he told The Associated Press. “That is worth a great deal, even if the chemistry turns out to be familiar.”

A rancher whose land borders the test range told The Salt Lake Tribune he had watched the fireball streak overhead before sunrise. “Looked like a welding torch going across the sky,” he said.''',
 [("Touchdown. We have touchdown", "~controller"),
  ("You spend seven years worrying about", "Renata Osei"),
  ("This is material that has never", "Renata Osei"),
  ("It is as close as we", "Renata Osei"),
  ("It came down right in the", "Greg Halvorsen"),
  ("Special delivery from Ameyo.", "NASA"),
  ("The difference is context. We know", "Daniel Reyes-Whitfield"),
  ("That is worth a great deal,", "Daniel Reyes-Whitfield"),
  ("Looked like a welding torch going", "~rancher")]),

# 6 -- water-based battery electrolyte in Science; university press-release style, straight quotes; paper title, titles before names, partial quote, doctoral student, industry partner
('''New water-based electrolyte keeps batteries working at minus 40, Waterloo chemists report

WATERLOO, Ont. — Chemists at the University of Waterloo have developed a water-based battery electrolyte that keeps working at minus 40 degrees Celsius and cannot catch fire, according to a study published this week in the journal Science.

The paper, titled "A eutectic aqueous electrolyte for sub-zero zinc-ion storage," describes a zinc battery aimed at storing renewable energy on the power grid in cold regions.

"Every utility we spoke to asked the same question: what happens in January? Lithium-ion packs in cold climates need heaters, and heaters eat into the energy you stored. We wanted a chemistry that simply doesn't care about the cold," said Dr. Mei-Lin Zhou, an assistant professor of chemistry and the study's corresponding author.

The team combined zinc electrodes with a mixture of two inexpensive salts that, dissolved together in water, lower its freezing point far below that of either salt alone.

Co-author Professor Andrew Kowalczyk, who holds a Canada Research Chair in electrochemistry, said the cost of the materials was "a fraction" of what lithium-ion cells require.

"We are talking about salts you could buy by the tonne from a fertilizer supplier," Kowalczyk said.

The paper's first author, doctoral student Aisha Rahman, ran most of the cold-chamber tests. "I spent a lot of evenings in a parka in the basement," she said. "The first time a cell cycled at minus 40 and kept going, I actually called my mom."

The prototype cells retained 88 per cent of their capacity after 2,000 charging cycles at minus 30 degrees.

The project received funding from the Natural Sciences and Engineering Research Council of Canada and from Grand River Storage Solutions, a Kitchener-based company that builds battery systems for utilities.

"We see a direct path from this chemistry to a product that can sit in a substation in northern Ontario through the whole winter," said Paul Desrosiers, the company's vice-president of engineering.

Zhou cautioned that the technology was not suited to every use. "We are not claiming this replaces lithium-ion in your phone," she said. "It is heavier and bulkier. But a grid battery sits in a shed. Nobody is carrying it around."''',
 [("Every utility we spoke to asked", "Mei-Lin Zhou"),
  ("a fraction", "Andrew Kowalczyk"),
  ("We are talking about salts you", "Andrew Kowalczyk"),
  ("I spent a lot of evenings", "Aisha Rahman"),
  ("The first time a cell cycled", "Aisha Rahman"),
  ("We see a direct path from", "Paul Desrosiers"),
  ("We are not claiming this replaces", "Mei-Lin Zhou"),
  ("It is heavier and bulkier.", "Mei-Lin Zhou")]),

# 7 -- coral bleaching survey in Science; magazine news style, curly quotes; researchers disagreeing, two women critics/co-authors, agency emailed statement with two partial quotes
('''A sweeping survey of coral reefs across the Indian and Pacific oceans suggests that some reefs are coping with marine heat waves better than they used to—but other researchers warn that the finding could be misread as a sign that reefs will be fine.

The study, published this week in Science, compared bleaching records from 1100 reef sites during four global bleaching events between 1998 and 2024. At about one in five sites, corals bleached less severely in later heat waves than in earlier ones of similar intensity.

“Some reefs are learning, and that is the simplest way to put it,” says Kalani Akana, a coral ecologist at the University of Hawaii at Manoa who led the work. “Whether through changes in their algal partners, their own genes, or which species survive, they are bleaching less for the same amount of heat.”

Co-author Priya Venkataraman of the Australian Institute of Marine Science says the effect is modest. “We are talking about a few tenths of a degree of extra tolerance, and the oceans are warming faster than that,” she says.

That nuance worries Fiona McCrae, a reef scientist at James Cook University in Townsville, Australia, who was not involved in the study. She argues that the sites showing improvement were disproportionately ones where the most heat-sensitive corals had already died.

“If you kill off all the fragile species in the first event, of course the survivors bleach less in the second,” McCrae says. “That is not adaptation. That is a reef getting poorer.”

She also worries about how the result will be reported. “I can already see the headlines saying corals will be fine, and they will not be,” she says.

Akana says his team anticipated that criticism and ran a separate analysis restricted to sites where the mix of species had not changed. The trend held, he says, though it was weaker. “We took Fiona’s point seriously before she made it,” he says.

In an emailed statement, the Great Barrier Reef Marine Park Authority said it “welcomes all peer-reviewed research” but that its management advice to government “remains unchanged.”

Reef scientists on both sides agree on one point: the surest way to protect corals is to cut greenhouse gas emissions quickly. The paper’s final sentence says as much.''',
 [("Some reefs are learning, and that", "Kalani Akana"),
  ("Whether through changes in their algal", "Kalani Akana"),
  ("We are talking about a few", "Priya Venkataraman"),
  ("If you kill off all the", "Fiona McCrae"),
  ("That is not adaptation. That is", "Fiona McCrae"),
  ("I can already see the headlines", "Fiona McCrae"),
  ("We took Fiona’s point seriously before", "Kalani Akana"),
  ("welcomes all peer-reviewed research", "Great Barrier Reef Marine Park Authority"),
  ("remains unchanged.", "Great Barrier Reef Marine Park Authority")]),

# 8 -- JAXA H3 launch scrubbed; Reuters wire style, straight quotes; project manager, unnamed agency spokeswoman, company statement, minister, analyst, "told public broadcaster NHK"
('''TOKYO, Feb 18 (Reuters) - The Japan Aerospace Exploration Agency (JAXA) called off the launch of its flagship H3 rocket seconds before liftoff on Tuesday after an irregular reading from a first-stage engine, the latest setback for a programme Tokyo hopes will make Japan competitive in the commercial launch market.

The rocket, carrying the Kumori cloud-observation satellite, had been due to lift off from the Tanegashima Space Center in southern Japan at 10:24 a.m. (0124 GMT). The countdown was halted automatically 6.8 seconds before launch.

"The onboard computer detected a pressure value outside the allowed range and stopped the sequence, which is exactly what it is supposed to do," Kenji Moriyama, JAXA's project manager for the H3, told a news conference. "The vehicle and the satellite are safe."

Moriyama said engineers would need at least a week to inspect the engine and could not yet say whether the fault lay with a sensor or with the engine itself.

"We don't want to guess," he said. "We will look at the data carefully and only then set a new date."

"There is no damage to the payload," a JAXA spokeswoman said later, adding that the satellite's batteries were being kept charged while the rocket was rolled back to its assembly building.

Mitsubishi Heavy Industries, which builds the H3, said in a statement it was "cooperating fully" with the agency's investigation.

Japan's education and science minister, Hiroshi Takemura, told reporters in Tokyo that the government remained committed to the programme. "A scrub is not a failure. It means the safety systems worked," he said.

The H3, which replaced the ageing H-IIA, failed on its first flight in 2023 but has since flown successfully several times. Japan hopes to raise its launch rate to around 30 a year in the 2030s.

"Every delay costs them credibility with commercial customers who are comparing prices with SpaceX," said Naomi Fujisawa, a space industry analyst at Tokyo-based consultancy Hoshizora Strategy Partners. "But a rocket that stops itself is better than one that doesn't."

At a public viewing area on Tanegashima, a retired teacher who had travelled from Osaka told public broadcaster NHK she would stay on the island for the next attempt. "I have waited this long. I can wait one more week," she said.''',
 [("The onboard computer detected a pressure", "Kenji Moriyama"),
  ("The vehicle and the satellite are", "Kenji Moriyama"),
  ("We don't want to guess", "Kenji Moriyama"),
  ("We will look at the data", "Kenji Moriyama"),
  ("There is no damage to the", "Japan Aerospace Exploration Agency"),
  ("cooperating fully", "Mitsubishi Heavy Industries"),
  ("A scrub is not a failure.", "Hiroshi Takemura"),
  ("Every delay costs them credibility with", "Naomi Fujisawa"),
  ("But a rocket that stops itself", "Naomi Fujisawa"),
  ("I have waited this long.", "~teacher")]),

# 9 -- deep Antarctic ice core reaches bedrock; science-press feature style, curly quotes; satellite text message, hand-painted sign, outside sceptic, survey statement
('''Drillers at a remote camp high on the East Antarctic plateau have reached bedrock 2,760 metres below the surface, completing a four-season effort to retrieve what could be the oldest continuous ice core ever drilled.

The core, recovered by a 12-nation consortium at a site known as Ridge B, may contain air bubbles trapped as long as 1.4 million years ago, according to preliminary estimates released on Friday. If confirmed, it would extend the unbroken record of Earth’s climate by roughly half a million years.

“We have bedrock. Everyone safe. Champagne is frozen,” read the satellite text message that expedition leader Ingrid Solheim sent to colleagues in Europe late on Wednesday.

Solheim, a glaciologist at the Norwegian Polar Institute in Tromsø, said the final metres had been the most nerve-racking of her career. “The last stretch of ice is warm, close to the melting point, and the drill can freeze in place if you are careless. We moved by centimetres,” she said in a call from the camp.

The drilling team was led by Marco Bellandi, an Italian engineer who has worked on Antarctic cores since the 1990s. “You listen to the motor more than you look at the screens, because the ice tells you when something is wrong,” he said.

At the entrance to the drilling trench, a hand-painted sign reads “Deeper Than Yesterday.”

The age of the deepest ice will not be known for several years, until sections of the core have been shipped to laboratories in Europe at minus 50C and analysed. The key period of interest is the Mid-Pleistocene Transition, when the rhythm of ice ages lengthened from about 41,000 years to 100,000 years.

“Nobody has a satisfying explanation for why the ice ages changed their pace,” Solheim said. “Carbon dioxide is the obvious suspect, but until now we simply haven’t had the air to test it.”

Thomas Gleave, a palaeoclimatologist at the University of Cambridge who is not part of the consortium, cautioned that ice at the bottom of deep cores is often folded and disturbed.

“The deepest ice is where the most exciting science is, and also where the layers are most likely to be scrambled,” Gleave said. “I hope they are right, but I would not bet on a clean record all the way down.”

The British Antarctic Survey, which provided aircraft and logistics, said in a statement that the achievement was “a triumph of patience and engineering in one of the harshest places on Earth.”

The camp will be closed for the winter next week, and the core will leave Antarctica aboard an icebreaker in March.''',
 [("We have bedrock. Everyone safe. Champagne", "Ingrid Solheim"),
  ("The last stretch of ice is", "Ingrid Solheim"),
  ("You listen to the motor more", "Marco Bellandi"),
  ("Deeper Than Yesterday.", None),
  ("Nobody has a satisfying explanation for", "Ingrid Solheim"),
  ("Carbon dioxide is the obvious suspect,", "Ingrid Solheim"),
  ("The deepest ice is where the", "Thomas Gleave"),
  ("I hope they are right, but", "Thomas Gleave"),
  ("a triumph of patience and engineering", "British Antarctic Survey")]),

# 10 -- amateur discovers comet in Chile; Wikinews style, straight quotes; "told Wikinews", Facebook post, partial quote, school banner, wife quoted
('''Monday, April 14, 2025

A schoolteacher in northern Chile has discovered a new comet using a telescope he built in his backyard, the Minor Planet Center in the United States confirmed on Saturday.

The comet, designated C/2025 G2 (Fuentes), was first spotted on April 3 by Ignacio Fuentes, a 52-year-old physics teacher from La Serena, in images taken with a 35-centimetre reflector he assembled from parts over three years.

"I thought it was a smudge on the camera," Fuentes told Wikinews. "Then it moved the next night, and the night after that, and I stopped sleeping."

Fuentes reported the object to the Minor Planet Center, which collects observations of comets and asteroids from around the world. After professional observatories confirmed the sighting, the center issued an electronic circular giving the comet's preliminary orbit.

The night the confirmation arrived, Fuentes wrote on Facebook: "Forty years of looking up. Tonight the sky looked back." The post has been shared more than 20,000 times.

Astronomers say the comet is currently faint, at about magnitude 15, but is heading toward the inner Solar System and will make its closest approach to the Sun in February 2026.

"Right now you need a serious telescope to see it. Whether it becomes visible to the naked eye is impossible to predict, because comets are famous for disappointing us," said Dr. Valentina Araya, an astronomer at the University of Chile who helped confirm the discovery.

Araya called the find "a reminder that Chile's dark skies belong to everyone, not only to the big observatories."

Hannah Liebermann, a comet specialist at the European Southern Observatory who was not involved in the confirmation, told Wikinews that the orbit suggested a first-time visitor from the Oort Cloud.

"If that is right, it has never been this close to the Sun before, so its ices are pristine. That makes it scientifically interesting regardless of how bright it gets," Liebermann said.

At the school where Fuentes teaches, students have hung a banner in the entrance hall reading "Our teacher found a comet!"

His wife, Carolina Mesa, said the family had long tolerated his late nights. "For years the neighbours thought he was a little crazy," she said. "Now they knock on the door asking to look through the telescope."''',
 [("I thought it was a smudge", "Ignacio Fuentes"),
  ("Then it moved the next night,", "Ignacio Fuentes"),
  ("Forty years of looking up. Tonight", "Ignacio Fuentes"),
  ("Right now you need a serious", "Valentina Araya"),
  ("a reminder that Chile's dark skies", "Valentina Araya"),
  ("If that is right, it has", "Hannah Liebermann"),
  ("Our teacher found a comet!", None),
  ("For years the neighbours thought he", "Carolina Mesa"),
  ("Now they knock on the door", "Carolina Mesa")]),

# 11 -- Alzheimer's blood-test paper retracted; science-press news style, curly quotes; paper title, journal notice, institute statement, lawyer speaking for author, PubPeer post
('''A widely cited study reporting a blood test that could detect Alzheimer’s disease a decade before symptoms appear has been retracted, after an institutional investigation concluded that several of its key images had been manipulated.

The paper, “Plasma tau fragments predict cognitive decline over ten years,” was published in Nature Medicine in 2021 and has been cited more than 900 times.

In a retraction notice published on Tuesday, the journal said its editors “no longer have confidence in the reliability of the data” and that five of the paper’s eight authors had agreed to the retraction.

The investigation, by the Hallström Institute for Neuroscience in Uppsala, Sweden, found that western-blot images in two figures had been duplicated and altered. It attributed responsibility to the paper’s senior author, Lars Ekdahl, who left the institute last year.

“The committee found that the manipulation was deliberate and could not be explained by honest error,” the institute said in a statement.

Through his lawyer, Ekdahl said he “strongly disputes” the findings and intends to appeal. “Dr Ekdahl has never fabricated data and looks forward to clearing his name,” the lawyer, Henrik Wallin, said in an email.

The problems were first flagged in 2023 by Margit Oosterhuis, a Dutch microbiologist turned image-integrity analyst, who posted annotated copies of the figures on the PubPeer website. “Same band, same smudge, rotated 180 degrees,” she wrote at the time.

Oosterhuis said she took no satisfaction in the outcome. “Patients and families read about this test and hoped, and that hope was built on something that wasn’t there,” she said in an interview.

One of the co-authors, Sofia Lindgren, who recruited the patient cohort, said she had asked for the retraction herself after seeing the raw image files. “The clinical data were real and we collected them carefully. It is devastating to see them attached to images I cannot stand behind,” Lindgren said.

Research-integrity specialists said the case showed how slowly journals can act. “Three years passed between the first public warning and today, and that is three years of other labs building on it,” said Arjun Malhotra, who studies research misconduct at the University of Edinburgh.''',
 [("no longer have confidence in the", "Nature Medicine"),
  ("The committee found that the manipulation", "Hallström Institute for Neuroscience"),
  ("strongly disputes", "Lars Ekdahl"),
  ("Dr Ekdahl has never fabricated data", "Henrik Wallin"),
  ("Same band, same smudge, rotated 180", "Margit Oosterhuis"),
  ("Patients and families read about this", "Margit Oosterhuis"),
  ("The clinical data were real and", "Sofia Lindgren"),
  ("Three years passed between the first", "Arjun Malhotra")]),

# 12 -- ESA Mars orbiter contact restored; AFP wire style, straight quotes; "told AFP", post on X by agency account, NASA statement, anonymous engineer, outside expert
('''DARMSTADT, Germany (AFP) - European engineers regained contact with a Mars orbiter on Friday after a tense 36-hour silence, the European Space Agency said, though the cause of the blackout remains unknown.

The orbiter, named Aurelia, stopped transmitting early on Wednesday during a routine manoeuvre to raise its orbit, triggering an emergency at ESA's mission control centre in Darmstadt.

"We heard nothing at all for a day and a half. It was very quiet in the control room," flight director Jürgen Albrecht told AFP. "When the carrier signal came back on the screen, people did not cheer at first. They just stared."

Albrecht said the spacecraft appeared to have put itself into safe mode, a protective state in which it shuts down non-essential systems and points its solar panels at the Sun.

ESA's director of operations, Isabelle Marchetti, said the team would not resume science observations until it understood what had happened.

"The spacecraft is healthy, but a healthy spacecraft that goes silent without telling us why is not something we can ignore," Marchetti said. "We will take as long as it takes."

In a post on X, the agency's operations account wrote: "Signal acquired! Aurelia is talking to us again."

NASA, whose Deep Space Network antennas in California, Spain and Australia helped listen for the orbiter, said in a statement that it was "glad to lend an ear to our European partners."

One engineer in Darmstadt, speaking on condition of anonymity because he was not authorised to talk to the media, said the team had begun preparing for the worst. "We had started drafting the press release nobody ever wants to write," he said.

Aurelia has been orbiting Mars since 2019, mapping water ice beneath the surface and relaying data from landers. Its mission was extended last year until 2028.

"Planetary missions lose contact more often than the public realises, and most of them come back," said Catherine Doyle, a space systems researcher at the Open University in Britain. "What matters now is whether this was a one-off or the first sign of an ageing component."''',
 [("We heard nothing at all for", "Jürgen Albrecht"),
  ("When the carrier signal came back", "Jürgen Albrecht"),
  ("The spacecraft is healthy, but a", "Isabelle Marchetti"),
  ("We will take as long as", "Isabelle Marchetti"),
  ("Signal acquired! Aurelia is talking to", "European Space Agency"),
  ("glad to lend an ear to", "NASA"),
  ("We had started drafting the press", "~engineer"),
  ("Planetary missions lose contact more often", "Catherine Doyle"),
  ("What matters now is whether this", "Catherine Doyle")]),

# 13 -- new dinosaur species from the Isle of Wight; British newspaper style with single quotes; finder, "told BBC Radio Solent" partial, museum lead author, doctoral researcher, sceptic, warning signs, council spokesman
('''A new species of plant-eating dinosaur has been identified from bones spotted by a retired postman as he walked his dog along the south-west coast of the Isle of Wight.

Brighstonesaurus hollandi, which lived about 125 million years ago and grew to around six metres long, is described today in the Journal of Systematic Palaeontology by researchers from the Natural History Museum and the University of Southampton.

Derek Holland, 71, found the first fragments of backbone in a fallen block of clay near Brighstone in the winter of 2021. 'I've walked that beach every morning for thirty years and picked up plenty of bits,' he said. 'But these were different. They were the size of dinner plates.'

He told BBC Radio Solent he had 'no idea' the bones were important until he took them to Dinosaur Isle, the island's museum at Sandown.

Dr Nadia Farouk, a palaeontologist at the Natural History Museum who led the study, said the find filled a gap in the island's fossil record. 'We have plenty of iguanodontians from the Isle of Wight, but this one has a combination of features in the hip and lower jaw that we simply have not seen before,' she said.

Her co-author Eleanor Pike, a doctoral researcher at Southampton, spent 18 months comparing the bones with specimens in collections across Europe. 'There was a moment in Brussels, holding a cast of a Belgian Iguanodon next to our photographs, when I realised we had something new,' Pike said.

Not everyone is persuaded that the animal deserves its own name. Professor Gareth Lloyd-Evans of the University of Bristol, who was not involved in the research, said several species from the same rock formation had been named on the basis of limited material.

'Naming a species from a partial skeleton is always a judgement call. Some of these will stand the test of time, and some will quietly be merged with others in twenty years,' he said.

Dr Farouk said she welcomed the debate. 'That is how science works. We have published every measurement, so anyone who disagrees can check our reasoning,' she said.

Isle of Wight Council has urged fossil hunters to take care along the eroding cliffs, where signs warn 'Danger: Falling Rocks — Keep Away From Cliff Base'. A council spokesman said: 'The best fossils often turn up after landslips, but please never dig into the cliff face.'

The bones will go on display at Dinosaur Isle next spring, and Mr Holland's dog, Biscuit, is thanked in the acknowledgements of the scientific paper.''',
 [("I've walked that beach every morning", "Derek Holland"),
  ("But these were different. They were", "Derek Holland"),
  ("no idea", "Derek Holland"),
  ("We have plenty of iguanodontians from", "Nadia Farouk"),
  ("There was a moment in Brussels,", "Eleanor Pike"),
  ("Naming a species from a partial", "Gareth Lloyd-Evans"),
  ("That is how science works. We", "Nadia Farouk"),
  ("Danger: Falling Rocks — Keep Away", None),
  ("The best fossils often turn up", "Isle of Wight Council")]),

# 14 -- gene-modified mosquito release in Burkina Faso; science-press dispatch, curly quotes; field lead, co-lead, protest banner, activist collective statement, village chief, unnamed market trader, bioethicist
('''BOBO-DIOULASSO, Burkina Faso — Before dawn on 9 October, technicians in the village of Soumousso opened a row of white mesh cages and let roughly 12,000 male mosquitoes fly into the humid air. The insects carry a genetic modification designed to spread through wild populations and make female offspring sterile — a technique that, if it works, could suppress the species responsible for most malaria transmission in Africa.

The release, by the Sahel Vector Control Consortium, is the first of its kind on the continent.

“For 20 years this was a laboratory idea,” says Abdoulaye Sawadogo, an entomologist at the Institut de Recherche en Sciences de la Santé in Bobo-Dioulasso who leads the field team. “Today it is flying over a village.”

Sawadogo stresses that this first release involves only a small number of insects and is meant to measure how far they travel and how long the modification persists, not to reduce malaria.

Co-lead Hannah Whitcombe, a geneticist at Imperial College London, says the team spent four years consulting villages before seeking approval from Burkina Faso’s National Biosafety Agency. “We held more than 300 meetings and translated every consent form into Mooré and Dioula. People asked hard questions, and they deserved straight answers,” she says.

Not everyone was persuaded. On the road into Soumousso, a banner hung by a local farmers’ association reads “Our village is not a test tube.” In a statement, the Ouagadougou-based Collective for Food Sovereignty called the release “an irreversible experiment on African ecosystems, decided in European offices.”

Sawadogo rejects that characterisation. “The scientists on this project are Burkinabè, the mosquitoes were reared here, and the decision was taken by our own regulators,” he says.

Soumousso’s chief, Dramane Traoré, backed the trial after what he describes as long discussions with elders. “We bury children every rainy season. If there is a chance to stop that, we must look at it with open eyes,” he says.

A market trader selling tomatoes near the release site was more sceptical. “They say these mosquitoes will not bite. We will see,” she said, laughing.

Ngozi Eze, a bioethicist at the University of Ibadan in Nigeria who has followed the project, says community engagement has been unusually careful. “But consent from one village does not settle the question for neighbouring countries, because mosquitoes do not carry passports,” she says.

Regulators will review the first results next year before deciding whether a larger release can go ahead.''',
 [("For 20 years this was a", "Abdoulaye Sawadogo"),
  ("Today it is flying over a", "Abdoulaye Sawadogo"),
  ("We held more than 300 meetings", "Hannah Whitcombe"),
  ("Our village is not a test", None),
  ("an irreversible experiment on African ecosystems,", "Collective for Food Sovereignty"),
  ("The scientists on this project are", "Abdoulaye Sawadogo"),
  ("We bury children every rainy season.", "Dramane Traoré"),
  ("They say these mosquitoes will not", "~trader"),
  ("But consent from one village does", "Ngozi Eze")]),

# 15 -- university observatory first light; US regional newspaper style, straight quotes; president, donor with age, director, partial quote, "the junior said", mayor, road sign
('''MARLOW SPRINGS — More than 400 people braved a chilly Saturday evening to watch first light at the new Hollis Observatory, a $14 million research telescope on the ridge above Sangre Valley State University that officials say will put the small campus on the map for astronomers.

"Ten years ago this was a cow pasture and a very good idea," university President Rosalind Carver told the crowd gathered beneath the white dome. "Tonight it is a working observatory."

The 1.8-meter telescope was paid for largely by a gift from Walter Hollis, a retired rancher and lifelong amateur astronomer whose family has worked land in the valley since the 1890s.

"My granddad used to take me out on a horse to look at the Milky Way," said Hollis, 84. "I wanted kids around here to have something better than a horse."

Observatory director Samuel Okafor said the telescope would spend most of its time on follow-up observations of exploding stars and of planets around other stars first flagged by NASA's space telescopes.

"The big observatories find things faster than anyone can study them," Okafor said. "A telescope like this one, in a dark place, with time to spare, is exactly what the field is short of."

Okafor said undergraduates would operate the telescope on most nights, something he called "unheard of" at larger institutions.

Among them is Miguel Santillanes, a 20-year-old physics major from Pueblo who spent the summer helping align the mirror. "I still can't quite believe they're letting us touch it," the junior said.

Marlow Springs Mayor Jeannette Ruiz said the City Council voted last month to replace streetlights near the ridge with shielded, downward-pointing fixtures. "We were asked to turn down the lights, and we said yes. That's the kind of neighbor we want to be," Ruiz said.

New signs on the county road leading to the site read "Observatory Ahead — Please Dim Headlights."

The evening ended with a line of visitors, some of them children in pajamas, waiting for a look at Saturn through a smaller telescope set up on the lawn. Carver said the observatory would hold free public viewing nights on the first Friday of every month.''',
 [("Ten years ago this was a", "Rosalind Carver"),
  ("Tonight it is a working observatory.", "Rosalind Carver"),
  ("My granddad used to take me", "Walter Hollis"),
  ("I wanted kids around here to", "Walter Hollis"),
  ("The big observatories find things faster", "Samuel Okafor"),
  ("A telescope like this one, in", "Samuel Okafor"),
  ("unheard of", "Samuel Okafor"),
  ("I still can't quite believe they're", "Miguel Santillanes"),
  ("We were asked to turn down", "Jeannette Ruiz"),
  ("Observatory Ahead — Please Dim Headlights.", None)]),

# 16 -- long Covid exercise trial in The Lancet; British newspaper health desk, curly quotes; questionnaire wording, chief investigator, patient, patient-group statement, "told Times Radio", NHS England spokesperson, anonymous participant
('''People with long Covid who followed a structured, gradually increasing exercise programme were no more likely to recover than those given standard care, according to the largest randomised trial of its kind, published in The Lancet.

The trial, run across 28 NHS clinics, enrolled 1,240 adults who had had persistent symptoms for at least six months. After a year, 31% of those in the exercise group and 30% in the standard-care group described themselves as “much better or fully recovered” on a standard questionnaire.

“This is a clear, well-powered result, and the answer is that this kind of programme does not help on average,” said Professor Olusegun Adeyemi of the University of Birmingham, the trial’s chief investigator.

He stressed that the finding should not be read as evidence that activity itself was harmful. “Nobody in our trial was pushed beyond their limits. What we tested was a carefully paced programme, and it simply did not move the needle,” he said.

Co-investigator Dr Harriet Lomax said a subgroup of patients with post-exertional malaise — a worsening of symptoms after physical or mental effort — had fared slightly worse in the exercise arm, although the difference was not statistically significant. “It is a signal we cannot ignore, even if we cannot confirm it,” she said.

For Joanne Whitlock, a 44-year-old former primary school teacher from Walsall who has been ill since 2021, the findings came as no surprise. “I was told for two years that I needed to push through,” she said. “Every time I pushed, I crashed for a week.”

The Long Covid Action Network, a patient-led group, said the study “vindicates what patients have been saying since 2020” and called for graded exercise to be removed from NHS guidance altogether.

Not all researchers think the trial settles the matter. Dr Anjali Chaudhary, a rehabilitation specialist at University College London who was not involved in the study, said long Covid was likely to be several conditions rather than one. “Averaging across everyone may hide a group who benefit and a group who are harmed,” she told Times Radio.

A spokesperson for NHS England said: “Clinical guidance is kept under review, and we will consider these findings carefully.”

One trial participant, who asked not to be named because she is in a dispute with her employer over sick pay, said the weekly check-in calls had been “the only time anyone asked how I actually was.”''',
 [("much better or fully recovered", None),
  ("This is a clear, well-powered result,", "Olusegun Adeyemi"),
  ("Nobody in our trial was pushed", "Olusegun Adeyemi"),
  ("It is a signal we cannot", "Harriet Lomax"),
  ("I was told for two years", "Joanne Whitlock"),
  ("Every time I pushed, I crashed", "Joanne Whitlock"),
  ("vindicates what patients have been saying", "Long Covid Action Network"),
  ("Averaging across everyone may hide a", "Anjali Chaudhary"),
  ("Clinical guidance is kept under review,", "NHS England"),
  ("the only time anyone asked how", "~participant")]),

# 17 -- Indonesian volcano alert after Nature Geoscience study; AFP wire style, straight quotes; agency head, "told AFP by telephone", disagreeing volcanologist, evacuee, village head, disaster agency partial quote, name in quotes
('''JAKARTA (AFP) - Indonesia raised the alert for a volcano on the island of Flores to its highest level on Thursday and ordered more than 9,000 people to leave their homes, weeks after scientists writing in a leading journal had flagged swelling beneath the mountain.

Mount Ebu Lewa, which last erupted in 1973, sent a column of ash four kilometres into the sky early Thursday, the Centre for Volcanology and Geological Hazard Mitigation said.

"The seismicity has changed character in the last 48 hours, from small fractures to continuous tremor, which tells us magma is moving close to the surface," the centre's head, Yudi Prasetyo Wibisono, told a press briefing in Bandung. "We did not want to wait for a bigger eruption to move people."

In a paper published last month in Nature Geoscience, a team led by researchers at the Earth Observatory of Singapore reported that satellite radar showed the volcano's eastern flank had risen by 11 centimetres since 2022.

"We saw the inflation very clearly, but satellites can tell you that pressure is building, not when it will be released," the study's lead author, Rachel Tan, told AFP by telephone. "That's why the observers on the ground are so important."

Dewi Anggraini Putri, a volcanologist at the Bandung Institute of Technology who has monitored Ebu Lewa for a decade, said local stations had picked up the tremor independently. "The satellite study was useful, but it did not tell us anything our seismometers hadn't already hinted at," she said.

At a temporary shelter in a school gymnasium in the town of Larantuka, Maria Goreti Kewa, a 56-year-old farmer, said she had fled with only her identity papers and a goat. "I heard a sound like thunder that did not stop," she said. "My grandchildren were screaming. We just ran."

Yohanes Bala Ruron, head of Nobo Lewa village on the volcano's lower slopes, said some residents had refused to leave because of their livestock. "I told them cows can be replaced, people cannot," he said.

The National Disaster Management Agency said it had sent 2,000 tents and two field kitchens to Flores, and urged residents to "stay outside the seven-kilometre exclusion zone and not be provoked by hoaxes on social media."

Indonesia sits on the Pacific "Ring of Fire" and has around 130 active volcanoes.''',
 [("The seismicity has changed character in", "Yudi Prasetyo Wibisono"),
  ("We did not want to wait", "Yudi Prasetyo Wibisono"),
  ("We saw the inflation very clearly,", "Rachel Tan"),
  ("That's why the observers on the", "Rachel Tan"),
  ("The satellite study was useful, but", "Dewi Anggraini Putri"),
  ("I heard a sound like thunder", "Maria Goreti Kewa"),
  ("My grandchildren were screaming. We just", "Maria Goreti Kewa"),
  ("I told them cows can be", "Yohanes Bala Ruron"),
  ("stay outside the seven-kilometre exclusion zone", "National Disaster Management Agency")]),

# 18 -- neutrino anomaly preprint from Japan; Nature-style news, curly quotes; preprint title, spokesperson and co-spokesperson, scare quote, sceptical theorist, US lab leader, anonymous Bluesky post
('''Physicists running an underground neutrino experiment in central Japan say they have seen an excess of particle interactions that the three known types of neutrino cannot explain — a result that, if it holds up, would point to physics beyond the standard model. But several researchers say it is far too early to celebrate.

The Hida Deep Detector collaboration, which operates a 30,000-tonne tank of ultrapure water beneath a mountain in Gifu Prefecture, posted its analysis to the arXiv preprint server on 2 June under the title “Evidence for an anomalous electron-like excess in a near detector.” The paper has been submitted to Physical Review Letters.

“We have looked for every mundane explanation we can think of, for three years, and the excess has not gone away. At some point you have an obligation to show the community what you see,” says Takeshi Ohara, a physicist at the University of Tokyo and the collaboration’s spokesperson.

The signal has a statistical significance of 4.1 sigma, short of the 5-sigma threshold that physicists conventionally require before claiming a discovery. “We are calling this an anomaly, not a discovery, and we chose that word deliberately,” says co-spokesperson Chiara Benedetti of the National Institute for Nuclear Physics in Padua, Italy.

The result echoes earlier anomalies at the LSND and MiniBooNE experiments in the United States, which hinted at a fourth, “sterile” neutrino that would interact even more weakly than the known three.

Anne-Marie Lefebvre, a theoretical physicist at CERN near Geneva, is unconvinced. “Every one of those earlier hints came with a story about backgrounds that was hard to check from the outside. This looks like the same movie,” she says.

Jonathan Pryce, who leads a neutrino group at Fermi National Accelerator Laboratory in Illinois, says the Japanese-led team deserves credit for publishing its full background model. “They have put everything on the table, which is more than we can say for some past claims,” he says. “Now the rest of us have to try to break it.”

The preprint drew immediate reaction online. “Either the most important neutrino result in a decade or a very expensive lesson about photomultiplier tubes,” one particle physicist wrote on Bluesky.

Ohara says the collaboration will take data for two more years with an upgraded detector. “If this is real, it will get stronger, and if it is not, it will fade. Either way, we will know,” he says.''',
 [("We have looked for every mundane", "Takeshi Ohara"),
  ("We are calling this an anomaly,", "Chiara Benedetti"),
  ("Every one of those earlier hints", "Anne-Marie Lefebvre"),
  ("They have put everything on the", "Jonathan Pryce"),
  ("Now the rest of us have", "Jonathan Pryce"),
  ("Either the most important neutrino result", "~physicist"),
  ("If this is real, it will", "Takeshi Ohara")]),

# 19 -- New Zealand start-up reaches orbit; AP wire style, curly quotes; CEO post on X, chief engineer, painted words on fairing, iwi ceremony leader, agency statement, "told Radio New Zealand", unnamed farmer
('''WELLINGTON, New Zealand (AP) — A New Zealand start-up reached orbit on its third attempt Tuesday, placing two small satellites into space and becoming only the second company to launch an orbital rocket from the country.

Southern Kestrel Aerospace’s Tītī rocket lifted off from a pad on the Canterbury coast at 4:17 p.m. local time and released its payloads about nine minutes later, the company said.

“ORBIT. Third time lucky. So proud of this team,” chief executive Anahera Walsh wrote on X moments after deployment was confirmed.

The company’s first two attempts ended in failure — one when the second-stage engine failed to ignite, the other when a valve froze shortly after liftoff.

“After the second failure, there were people who told us to give up, and I understood why. But every failure told us something specific, and we fixed it,” Walsh told reporters at the company’s Christchurch headquarters.

Chief engineer Tomasz Nowicki said the team had redesigned the valve and added heaters to the upper stage. “Today the rocket flew the cleanest profile we have ever seen. Almost textbook,” he said.

Staff had painted the words “Kia kaha,” a Māori expression of encouragement, on the rocket’s nose fairing after the last failure.

Before the launch, representatives of the local iwi, or tribe, held a dawn blessing at the pad. “Our ancestors navigated by these same stars, and it is right that we are part of this, not just watching from the fence,” said Rāwiri Kereama, who led the ceremony.

The New Zealand Space Agency, which licenses launches, congratulated the company in a statement, calling the flight “a significant milestone for a growing sector.”

Chris Dunleavy, a space industry analyst at Victoria University of Wellington, told Radio New Zealand that the small-launch market was crowded. “Reaching orbit is the entry ticket, not the prize,” he said. “Now they have to show they can do it every month.”

A sheep farmer whose land adjoins the launch site said he had watched from his quad bike. “Bit louder than the last two, which is probably a good sign,” he said.

The company says its next flight, carrying a weather satellite for a Japanese customer, is planned for the autumn.''',
 [("ORBIT. Third time lucky. So proud", "Anahera Walsh"),
  ("After the second failure, there were", "Anahera Walsh"),
  ("Today the rocket flew the cleanest", "Tomasz Nowicki"),
  ("Kia kaha", None),
  ("Our ancestors navigated by these same", "Rāwiri Kereama"),
  ("a significant milestone for a growing", "New Zealand Space Agency"),
  ("Reaching orbit is the entry ticket,", "Chris Dunleavy"),
  ("Now they have to show they", "Chris Dunleavy"),
  ("Bit louder than the last two,", "~farmer")]),

# 20 -- Roman shipwreck off Croatia; university press-release style, straight quotes; co-directors, handle inscription, diver who found it, doctoral candidate, ministry statement, closing quote
('''Roman cargo ship found with wine jars still stacked off Croatian island

ZADAR, Croatia — Underwater archaeologists from the University of Zadar and Flinders University in Australia have documented a Roman merchant ship that sank off the island of Pašman in the first century AD, its cargo of wine jars still largely stacked in place.

The wreck lies at a depth of 42 meters and was first reported in 2022 by a recreational diver. A joint expedition in September mapped the site in three dimensions and recovered six amphorae for study.

"What makes this wreck exceptional is the order," said Dr. Ivana Matijević, an associate professor of archaeology at the University of Zadar and co-director of the expedition. "Most Roman wrecks we find are scattered fields of broken pottery. Here you can still see the rows as the crew loaded them."

Co-director Associate Professor Callum Reid of Flinders University said stamps on the jars' handles pointed to a workshop in southern Italy, near Brindisi. One handle bears the abbreviated name "L. VIBI," probably that of the workshop's owner.

"So we are looking at a cargo that crossed the Adriatic and was probably bound for the colony at Iader, what is now Zadar, when something went wrong. Whether that was a storm or bad seamanship, we may never know," Reid said.

The diver who reported the wreck, Tomislav Horvat, said he recognized the jars immediately. "I saw the necks of the amphorae sticking out of the sand like a crowd of people," Horvat said. "I came up and called the conservation department before I had even taken my fins off."

Doctoral candidate Marta Šimić, who led the photographic survey, said the 3D model combined more than 18,000 images. "It took eleven dives just to capture the stern," Šimić said.

Croatia's Ministry of Culture and Media said in a statement that the wreck had been registered as protected cultural heritage and that diving at the site "without a permit is strictly prohibited."

Matijević said there were no plans to raise the hull. "The best museum for this ship is the seabed," she said. "What we want is to understand it, photograph it and leave it where it is."''',
 [("What makes this wreck exceptional is", "Ivana Matijević"),
  ("Most Roman wrecks we find are", "Ivana Matijević"),
  ("So we are looking at a", "Callum Reid"),
  ("I saw the necks of the", "Tomislav Horvat"),
  ("I came up and called the", "Tomislav Horvat"),
  ("It took eleven dives just to", "Marta Šimić"),
  ("without a permit is strictly prohibited.", "Ministry of Culture and Media"),
  ("The best museum for this ship", "Ivana Matijević"),
  ("What we want is to understand", "Ivana Matijević")]),

# 21 -- bird migration timing study; British newspaper style with single quotes; partial quote then split quote, co-author, volunteer "told BBC Hereford and Worcester", outside ecologist, charity and Defra statements
('''Swallows, cuckoos and other summer visitors are arriving in Britain an average of eleven days earlier than they did in the 1960s, but many are still missing the peak in the insects they feed their chicks on, a study suggests.

The research, published in the journal Global Change Biology, drew on more than 1.5 million records collected by volunteer birdwatchers over six decades.

Lead author Dr Alistair Munro of the University of St Andrews said the birds were 'running to stand still'. 'They are adjusting, and they are adjusting faster than we once thought birds could,' he said. 'But the caterpillars and flies they rely on are moving faster still.'

Co-author Dr Fatima Begum, of the British Trust for Ornithology, said the analysis would have been impossible without volunteers. 'Some of the notebooks we digitised go back to the 1950s and were written in pencil by people who have since died,' she said. 'Their records are still doing science.'

Margaret Thornbury, 79, has noted the first swallow at her family's farm in Herefordshire every spring since 1961. 'My father started the book and I carried it on,' she told BBC Hereford and Worcester. 'I never imagined a scientist would want to read it.'

The study found that species which feed their young on caterpillars, such as the pied flycatcher, had fared worst, with breeding success falling by almost a quarter in southern England.

Professor Kenneth Oduya, an ecologist at the University of Exeter who was not involved in the work, said the findings were robust but did not tell the whole story. 'For cuckoos, timing is only part of it. What happens on their wintering grounds in central Africa matters at least as much,' he said.

The RSPB said the results were 'a stark warning that nature cannot simply adapt its way out of the climate crisis'.

A spokesperson for the Department for Environment, Food and Rural Affairs said: 'We are creating and restoring wildlife-rich habitat across the country and remain committed to halting the decline of species by 2030.'

The British Trust for Ornithology is appealing for more volunteers to join its nest-recording scheme this spring.''',
 [("running to stand still", "Alistair Munro"),
  ("They are adjusting, and they are", "Alistair Munro"),
  ("But the caterpillars and flies they", "Alistair Munro"),
  ("Some of the notebooks we digitised", "Fatima Begum"),
  ("Their records are still doing science.", "Fatima Begum"),
  ("My father started the book and", "Margaret Thornbury"),
  ("I never imagined a scientist would", "Margaret Thornbury"),
  ("For cuckoos, timing is only part", "Kenneth Oduya"),
  ("a stark warning that nature cannot", "RSPB"),
  ("We are creating and restoring wildlife-rich", "Department for Environment, Food and Rural Affairs")]),

# 22 -- AI model for protein motion in Nature; tech/science magazine style, curly quotes; lead developer, co-author, two outside critics, anonymous Bluesky post, lab slogan
('''A team in South Korea says its new artificial-intelligence model can predict how proteins change shape when drugs bind to them — a problem that has defeated earlier structure-prediction tools. The work, published on 3 March in Nature, comes with a free online server and the model’s full code.

“Proteins are not statues. They breathe, they flex, they open and close,” says Seo-yeon Park, a computational biologist at the Korea Advanced Institute of Science and Technology (KAIST) in Daejeon who led the project. “The first generation of AI tools gave us beautiful snapshots. We wanted the movie.”

The model, called FoldWeave, was trained on roughly 180,000 experimentally determined structures together with a large library of molecular-dynamics simulations. In benchmark tests, it correctly predicted the drug-bound shape of 71% of proteins in a held-out set, compared with 48% for the best previous method, the authors report.

Co-author Min-jun Cho says the team deliberately removed any protein resembling those in the test set from its training data. “We were paranoid about leakage,” he says. “Reviewers asked, and we showed them the numbers.”

Outside researchers are impressed but cautious. “The benchmark gains are real, but benchmarks are not drug discovery,” says Laura Fennimore, a structural biologist at the University of California, San Francisco. “I’d want to see it predict something surprising that is then confirmed in the lab.”

Rahul Deshpande of the European Bioinformatics Institute in Hinxton, UK, points out that simulation data carry their own biases. “If your simulations are wrong in a systematic way, the model will learn to be wrong in the same way, very confidently,” he says.

Within hours of publication, the server was overwhelmed. “Tried to submit my kinase, got queue position 4,113. Respect,” one structural biologist posted on Bluesky.

The lab’s website greets visitors with the slogan “Every protein, in motion.”

Park says the team is adding computing capacity and plans a version that runs on a laptop. “A tool like this is only useful if people can actually use it,” she says.''',
 [("Proteins are not statues. They breathe,", "Seo-yeon Park"),
  ("The first generation of AI tools", "Seo-yeon Park"),
  ("We were paranoid about leakage", "Min-jun Cho"),
  ("Reviewers asked, and we showed them", "Min-jun Cho"),
  ("The benchmark gains are real, but", "Laura Fennimore"),
  ("I’d want to see it predict", "Laura Fennimore"),
  ("If your simulations are wrong in", "Rahul Deshpande"),
  ("Tried to submit my kinase, got", "~biologist"),
  ("Every protein, in motion.", None),
  ("A tool like this is only", "Seo-yeon Park")]),

# 23 -- deep-sea expedition off Madagascar; Wikinews style, straight quotes; expedition name, chief scientist "told Wikinews", partial quote, Malagasy biologist, ministry statement, NGO director, unnamed fisherman, outside taxonomist
('''Wednesday, November 12, 2025

Scientists returning from a five-week expedition to the seamounts off southwestern Madagascar said on Monday they had collected at least 40 animals that may be new to science, including a translucent octopus, several sea cucumbers and a carnivorous sponge.

The expedition, named "Abysses du Sud", was run by the French ocean research institute Ifremer and the University of Toliara, using a remotely operated vehicle that can dive to 4,000 metres.

Chief scientist Dr. Pierre-Antoine Lemaire told Wikinews the seamounts had never been explored below 200 metres. "Every time the robot went down, we found something we couldn't name," he said. "On one dive I think we saw more unknown species in an hour than I had seen in the previous ten years."

Lemaire described the octopus, filmed at 2,900 metres, as "a ghost with eight arms and an attitude."

Dr. Hanitra Rakotomalala, a marine biologist at the University of Toliara, was one of nine Malagasy scientists in the 26-member team. "It matters that Malagasy researchers are describing Malagasy species," she said. "For too long our animals were collected by foreigners and sent to museums in Europe, and we had to travel to see them."

Under the expedition agreement, the reference specimens for any new species will be kept at the University of Toliara.

Madagascar's Ministry of Environment and Sustainable Development said in a statement that the results "strengthen the case" for a proposed marine protected area covering the seamounts.

"Deep-sea mining companies are already looking at this region, and science has to get there first," said Joséphine Randrianarisoa, director of the Ocean Madagascar Alliance, a conservation group based in Antananarivo.

A fisherman from the coastal village of Anakao, interviewed by the expedition's outreach team, said local people had long known the area was special. "Our grandfathers said the deep water there is where the big fish are born," he said.

Dr. Thomas Kettering, a taxonomist at the Natural History Museum in London who was not involved in the expedition, told Wikinews that describing the animals formally could take years. "Collecting is the fast part. Describing forty species properly will take a decade unless funding for taxonomy improves," Kettering said.''',
 [("Every time the robot went down,", "Pierre-Antoine Lemaire"),
  ("On one dive I think we", "Pierre-Antoine Lemaire"),
  ("a ghost with eight arms and", "Pierre-Antoine Lemaire"),
  ("It matters that Malagasy researchers are", "Hanitra Rakotomalala"),
  ("For too long our animals were", "Hanitra Rakotomalala"),
  ("strengthen the case", "Ministry of Environment and Sustainable Development"),
  ("Deep-sea mining companies are already looking", "Joséphine Randrianarisoa"),
  ("Our grandfathers said the deep water", "~fisherman"),
  ("Collecting is the fast part. Describing", "Thomas Kettering")]),

# 24 -- ISS crew news conference after return; Reuters wire style, curly quotes; NASA commentator, commander, ESA and JAXA astronauts, "he added", programme manager, handmade sign, husband "told ... KHOU" with quote in next paragraph
('''HOUSTON (Reuters) — The three astronauts who returned from the International Space Station on Sunday said on Tuesday that a coolant leak which forced them to shelter in their capsule in March had been frightening, but insisted the orbiting laboratory remained safe.

Their capsule splashed down off the coast of Pensacola, Florida, shortly after 5 a.m. on Sunday, ending a 187-day mission. “Splashdown. After six months in orbit, the crew is home,” a NASA commentator told viewers of the agency’s live broadcast.

Speaking at NASA’s Johnson Space Center in Houston, mission commander Danielle Forsythe said the crew had followed procedures they had rehearsed dozens of times on the ground. “You train for it so that when it happens, your hands know what to do before your brain catches up,” she said. “That said, those were the longest four hours of my life.”

European Space Agency astronaut Andrés Villanueva, the first Spaniard to fly a long-duration mission, said the crew had passed the time in the capsule by telling stories and playing cards. “Kenta taught us a Japanese card game. I lost every single round,” Villanueva said, drawing laughter. “Next time I will bring my own cards,” he added.

Japanese astronaut Kenta Morishita, of the Japan Aerospace Exploration Agency, said the leak had been traced to a fitting on a radiator line that was later replaced. “The station is 27 years old. Things wear out, and the crews fix them. That is normal for an old house,” Morishita said.

NASA’s space station program manager, Gloria Abernathy, said engineers had found no evidence of further leaks since the repair. “We would not have sent the next crew up if we had any doubt,” she said.

The station has been continuously occupied since November 2000 and is scheduled to be retired around 2030.

Forsythe’s husband, Mark Ellison, told Houston television station KHOU that the couple’s two daughters had greeted her at the airport with a handmade sign reading “Mom, you’re back on Earth!”

“They made it three weeks ago and it has been taped to the fridge ever since,” he said.

The astronauts will undergo several weeks of medical tests and physical rehabilitation before returning to normal duties.''',
 [("Splashdown. After six months in orbit,", "~commentator"),
  ("You train for it so that", "Danielle Forsythe"),
  ("That said, those were the longest", "Danielle Forsythe"),
  ("Kenta taught us a Japanese card", "Andrés Villanueva"),
  ("Next time I will bring my", "Andrés Villanueva"),
  ("The station is 27 years old.", "Kenta Morishita"),
  ("We would not have sent the", "Gloria Abernathy"),
  ("Mom, you’re back on Earth!", None),
  ("They made it three weeks ago", "Mark Ellison")]),

# 25 -- microplastics in placentas study; science-desk news style, straight quotes; senior author, scare-quoted term, co-author, sceptical chemist, reply to critic, clinician, journal editorial, industry statement, unnamed mother
('''Microplastic particles turned up in every one of 120 human placentas examined in a new study, and the average concentration roughly tripled between 2008 and 2023, researchers reported Wednesday in the journal Environmental Health Perspectives.

The team, from the National Autonomous University of Mexico (UNAM) and Mexico City's National Institute of Perinatology, analyzed placentas donated after births at the institute, some of which had been kept in freezers since 2008.

"We expected to find plastic. We did not expect to find it in every sample, and we did not expect the trend to be so steep," said Dr. Gabriela Ortiz Mendoza, a toxicologist at UNAM and the study's senior author.

The most common polymers were polyethylene, used in bags and packaging, and polyvinyl chloride. The researchers also detected particles smaller than one micrometer, a class sometimes labeled "nanoplastics" that is especially hard to measure.

Co-author Dr. Luis Ferrer said the team had gone to unusual lengths to avoid contaminating samples. "No plastic gloves, no plastic tubes, no synthetic clothing in the lab. We even ran blank samples through the whole process every day," he said.

Not everyone is convinced the measurements are reliable. Karin Holmqvist, an analytical chemist at Stockholm University who has criticized earlier microplastics studies, said the heating technique the team used can mistake some natural fats for polyethylene.

"I don't doubt there is plastic in placentas. I doubt we know how much, and some of the numbers in this field are off by orders of magnitude," Holmqvist said.

Ortiz Mendoza said her team had corrected for fats using a method published last year, but agreed that independent checks were needed. "Dr. Holmqvist is raising a fair point, and we would welcome other labs analyzing our samples," she said.

Dr. Marcus Reed, a maternal-fetal medicine specialist at Johns Hopkins University, said there was as yet no evidence the particles harm pregnancies. "Pregnant women should not be frightened by this study. What it tells us is where to look next, not what to fear," Reed said.

An editorial published alongside the study in Environmental Health Perspectives called the findings "a wake-up call that demands replication, not panic."

The Latin American Plastics Council said in a statement that "there is no established link between microplastics in human tissue and any adverse health outcome," and said it supported further research.

One mother who gave birth at the institute in 2022 and donated her placenta to the study said she had been shocked by the results. "You do everything right when you're pregnant — no alcohol, good food — and then you hear this," she said.''',
 [("We expected to find plastic. We", "Gabriela Ortiz Mendoza"),
  ("No plastic gloves, no plastic tubes,", "Luis Ferrer"),
  ("I don't doubt there is plastic", "Karin Holmqvist"),
  ("Dr. Holmqvist is raising a fair", "Gabriela Ortiz Mendoza"),
  ("Pregnant women should not be frightened", "Marcus Reed"),
  ("a wake-up call that demands replication,", "Environmental Health Perspectives"),
  ("there is no established link between", "Latin American Plastics Council"),
  ("You do everything right when you're", "~mother")]),
]
# fmt: on

# fmt: off
STORIES_CN = [
# 1 -- Texas flash flood; US wire (AP) style, straight quotes; title-before-name, said X, partial quote, agency statement, split quote, banner text, age descriptor
('''BRANNOCK, Texas (AP) — Floodwaters from the Little Sabine River tore through this Hill Country town before dawn Tuesday, killing at least four people and forcing hundreds from their homes as rescuers in boats and helicopters searched for more than a dozen residents who remained unaccounted for.

The river rose nearly 20 feet in under three hours after a stalled line of thunderstorms dumped as much as 11 inches of rain on the county overnight, according to the National Weather Service.

"We have never seen water come up that fast here, not in my lifetime," said Kerr Valley County Judge Ellen Marquardt, who has lived in Brannock for 61 years. "People went to bed with the river in its banks and woke up with it in their kitchens."

Marquardt said search teams had pulled 143 people from rooftops, trees and stranded vehicles by midmorning. She declined to release the names of the dead until relatives had been notified.

Fire Chief Roberto Delgado of the Brannock Volunteer Fire Department said his crews had been "running nonstop since about 3 a.m." and that two of his own firefighters had lost their homes.

"They're still out there. They know what's at stake, and nobody is asking to go home," Delgado said.

The weather service's office in New Braunfels issued a flash flood emergency for the area at 2:41 a.m., its most serious warning. In a statement later Tuesday, the agency said rainfall totals in parts of the watershed were "consistent with a once-in-500-years event."

Dana Whitcomb, a meteorologist in that office, said the storms had kept forming over the same few miles for hours. "It's like parking a fire hose over one spot," she said, "and the terrain here funnels all of it into the river within minutes."

At a Red Cross shelter in the gym of Brannock High School, evacuees sat on cots beneath a hand-painted banner reading "Brannock Strong." Sharon Tully, 72, said she and her husband had escaped with their dog through a bedroom window.

"The water was at the windowsill when we got out. I didn't take my purse, I didn't take my medicine. I just took Harold and the dog," Tully said.

The Texas Division of Emergency Management said swift-water rescue teams from three other counties had been sent to the area, and forecasters warned that more storms could develop Wednesday afternoon.''',
 [("We have never seen water come", "Ellen Marquardt"),
  ("People went to bed with the", "Ellen Marquardt"),
  ("running nonstop since about 3 a.m.", "Roberto Delgado"),
  ("They're still out there. They know", "Roberto Delgado"),
  ("consistent with a once-in-500-years event", "National Weather Service"),
  ("It's like parking a fire hose", "Dana Whitcomb"),
  ("and the terrain here funnels all", "Dana Whitcomb"),
  ("Brannock Strong.", None),
  ("The water was at the windowsill", "Sharon Tully")]),

# 2 -- Cumbrian river flood; British local paper, single quotes; role-then-name, colon intro, Facebook post, quote over two paragraphs, unnamed volunteer, MP
('''Residents of Kelderby spent a second night away from their homes after Storm Ferris sent the River Kelder over its banks, flooding more than 200 properties and cutting the town off by road for much of Sunday.

The Met Office had issued an amber warning for rain across Cumbria, and 140mm was recorded at one gauge in the fells above the town in the 24 hours to 9am.

Claire Ashworth, area duty manager for the Environment Agency, said the £14 million flood defences completed in 2019 had 'done exactly what they were designed to do' before being overtopped in the early hours.

'The scale of the rainfall simply exceeded what any defence in this valley was built for,' she said. 'Our teams will be out on the river all week checking for damage.'

Cumbria Fire and Rescue Service said crews had carried out 38 rescues, many of them elderly residents lifted from upstairs windows by boat.

Group manager Steve Pattinson said: 'Some of the water we were working in was chest-deep and moving quickly. I want to thank the public for listening to us and staying off the flooded roads.'

Kelderby Mountain Rescue Team posted on Facebook on Sunday afternoon: 'Team members have now been out for 19 hours straight. Please, please do not drive through flood water.'

At Kelderby Methodist Church, which opened as a rest centre on Saturday night, volunteers handed out tea and dry clothes. Margaret Hodgson, 81, whose bungalow on Beck Side has now flooded three times in a decade, said she did not know whether she could face going back.

'I've had the carpets up and the skirting boards off twice already,' she said. 'You tell yourself it won't happen again, and then it does.

'My daughter wants me to move to Preston. I'm starting to think she's right.'

One volunteer, who had been at the church since midnight, said: 'People have been so kind. We've had more sandwiches dropped off than we can possibly eat.'

The town's MP, Ruth Garside, said she would press ministers for emergency funding. 'Kelderby cannot keep going through this every few winters,' she said.

A yellow warning for rain remains in place until 6pm on Monday.''',
 [("done exactly what they were designed", "Claire Ashworth"),
  ("The scale of the rainfall simply", "Claire Ashworth"),
  ("Our teams will be out on", "Claire Ashworth"),
  ("Some of the water we were", "Steve Pattinson"),
  ("Team members have now been out", "Kelderby Mountain Rescue Team"),
  ("I've had the carpets up and", "Margaret Hodgson"),
  ("You tell yourself it won't happen", "Margaret Hodgson"),
  ("My daughter wants me to move", "Margaret Hodgson"),
  ("People have been so kind.", "~volunteer"),
  ("Kelderby cannot keep going through this", "Ruth Garside")]),

# 3 -- Sulawesi earthquake; Reuters wire style, curly quotes; name-then-role, told Reuters, told Kompas TV, statement, post on X, anonymous official, scare-quoted term
('''JAKARTA, March 14 (Reuters) - A magnitude 6.4 earthquake struck off the coast of Indonesia’s Central Sulawesi province early on Friday, killing at least 27 people, injuring hundreds and flattening houses in the coastal town of Tolabaru, officials said.

The quake hit at 4:12 a.m. local time (2012 GMT on Thursday) at a depth of 10 km (6 miles), according to Indonesia’s Meteorology, Climatology and Geophysical Agency (BMKG). The agency briefly issued a tsunami warning for nearby coastlines.

“We lifted the warning after sea level readings showed no significant anomaly,” Rudi Santoso, head of the BMKG’s earthquake and tsunami centre, told reporters in Jakarta. He urged residents to stay away from damaged buildings because of the risk of strong aftershocks.

Dewi Harahap, a spokeswoman for the National Disaster Mitigation Agency (BNPB), said 27 bodies had been recovered and the toll was likely to rise.

“Many victims were still asleep when their houses collapsed,” she said in a statement. “Search and rescue teams are prioritising areas where residents have reported people trapped under rubble.”

Television footage showed a mosque with its dome caved in and cars crushed by fallen walls along Tolabaru’s main road.

“The ground was rolling like waves and I could not stand up,” Yusuf Rahman, a 45-year-old fisherman, told Reuters by telephone. “I grabbed my children and we ran to the hill behind our house.”

Rahman said his neighbour’s house had collapsed entirely. “We dug with our hands until the soldiers came,” he said.

The head of Tolabaru’s general hospital, Maria Pangemanan, told Kompas TV the facility was treating patients in tents in its car park because of cracks in the main building. “We need more doctors, more blood and more tents,” she said.

The Indonesian Red Cross said it had sent 40 volunteers, water tanks and hygiene kits to the area. “Clean water is the most urgent need right now,” the organisation said on X.

A local official, who asked not to be named because he was not authorised to speak to the media, said some villages in the hills had not yet been reached. “The road is cut in at least three places by landslides,” he said.

Indonesia sits on the Pacific “Ring of Fire”, an arc of volcanoes and fault lines where earthquakes are frequent. A 7.5 magnitude quake and tsunami in Central Sulawesi killed more than 4,000 people in 2018.''',
 [("We lifted the warning after sea", "Rudi Santoso"),
  ("Many victims were still asleep when", "Dewi Harahap"),
  ("Search and rescue teams are prioritising", "Dewi Harahap"),
  ("The ground was rolling like waves", "Yusuf Rahman"),
  ("I grabbed my children and we", "Yusuf Rahman"),
  ("We dug with our hands until", "Yusuf Rahman"),
  ("We need more doctors, more blood", "Maria Pangemanan"),
  ("Clean water is the most urgent", "Indonesian Red Cross"),
  ("The road is cut in at", "~official")]),

# 4 -- NSW bushfire; Australian regional paper, curly quotes; title-before-name, Mr/Ms/Cr honorifics, told ABC Radio, partial warning phrase, painted sign
('''Fire crews are bracing for a dangerous afternoon as a bushfire that has already destroyed at least 14 homes near Wattle Creek continues to burn out of control in the state’s Central West.

The NSW Rural Fire Service raised the fire to emergency warning level shortly after 11am on Saturday as north-westerly winds gusting to 70km/h pushed it towards the village of Barragong, about 40 kilometres south of Wattle Creek.

RFS Superintendent Karen Oakes told a packed community meeting at the Barragong showground on Saturday morning that it was now “too late to leave” for anyone on the southern side of the Mitchell Highway.

“If you are in the path of this fire and you have not left, you need to shelter in place now,” she said. “Our crews cannot get to every property this afternoon, and I won’t pretend otherwise.”

The blaze, which was sparked by lightning on Thursday, has burnt through more than 22,000 hectares of grazing land and state forest.

Wattle Creek farmer Graham Piper, 58, said he had watched the fire jump a freshly graded firebreak in seconds.

“It came over the ridge like a freight train. We saved the house, but the shearing shed and about 300 sheep are gone,” Mr Piper said.

His neighbour, Lorraine Fitzgerald, was not as lucky.

“There’s nothing left, just the chimney and the water tank,” Ms Fitzgerald told ABC Radio Orange. “Forty years we were there.”

Bureau of Meteorology senior meteorologist Hamish Clarke said a southerly change was expected to reach the fire ground late in the evening, but could make conditions worse before they eased.

“The wind change is the most dangerous part of the day for firefighters, because the long eastern flank suddenly becomes the fire front,” Mr Clarke said.

Orana Shire mayor Deb Walsh said the evacuation centre at the Yarrabin Memorial Hall had been overwhelmed with offers of help.

“We’ve got about 400 people registered, plus horses, dogs, a few alpacas and at least one cockatoo,” Cr Walsh said. “Whatever you need, we’ll find it.”

A bedsheet tied to the hall’s front fence carried a message painted in red: “Thank you RFS – we love you”.

Residents can check the Hazards Near Me app for the latest warnings.''',
 [("too late to leave", "Karen Oakes"),
  ("If you are in the path", "Karen Oakes"),
  ("Our crews cannot get to every", "Karen Oakes"),
  ("It came over the ridge like", "Graham Piper"),
  ("There’s nothing left, just the chimney", "Lorraine Fitzgerald"),
  ("Forty years we were there.", "Lorraine Fitzgerald"),
  ("The wind change is the most", "Hamish Clarke"),
  ("We’ve got about 400 people registered", "Deb Walsh"),
  ("Whatever you need, we’ll find it.", "Deb Walsh"),
  ("Thank you RFS – we love you", None)]),

# 5 -- North Indian heatwave; Indian national daily style, straight quotes; said-IMD-scientist, "he added" split quote, labourer, statement partial, heat action plan wording, hoarding slogan
('''NEW DELHI: Large parts of north-west India reeled under severe heatwave conditions for the sixth consecutive day on Wednesday, with the mercury touching 47.6 degrees Celsius at Kesarpur in west Rajasthan, the highest in the country so far this season.

The India Meteorological Department (IMD) has issued a red alert for west Rajasthan, Haryana and south Punjab till Friday, while Delhi recorded a maximum of 45.9 degrees Celsius at Safdarjung, 5.4 degrees above normal.

"There is no significant relief expected for at least three more days. Night temperatures are also staying unusually high, which is a serious concern for health," said IMD scientist Dr. Anupama Sethi.

Dr. Sethi said hot and dry westerly winds and the absence of pre-monsoon showers had kept minimum temperatures above 30 degrees in several cities. "The body does not get a chance to recover when the minimum is 32 or 33 degrees," she said.

At Kesarpur's district hospital, medical superintendent Dr. Vikram Choudhary said 61 patients with heat-related illnesses had been admitted since Sunday, and three of them had died.

"Most are outdoor workers and elderly people living alone. We have set up a dedicated heatstroke ward with ice packs, coolers and IV fluids," he said. "We are asking people," he added, "to avoid going out between noon and 4 p.m. unless it is absolutely necessary."

For construction labourer Ramesh Meena, 38, resting in the shade of a flyover on the Jaipur-Ajmer highway, staying indoors is not an option. "If I don't work, my family doesn't eat. The contractor gives us water, but the sun doesn't care about any of that," he said.

In the capital, the Municipal Corporation of Delhi said in a statement that drinking water kiosks at bus stops and markets would remain open "round the clock" till the heatwave subsides. Labour unions have demanded that construction work be halted in the afternoon hours.

Rajasthan's heat action plan, revised last year, directs employers to "provide shade, drinking water and rest breaks for all outdoor workers" when a red alert is in force, but activists say compliance remains patchy on most sites.

Hoardings across Jaipur carry the message "Paani piyo, dhoop se bacho" (drink water, stay out of the sun).

The IMD said conditions were likely to ease gradually from Sunday with the arrival of a western disturbance, which could bring dust storms and light rain to Punjab and Haryana.''',
 [("There is no significant relief expected", "Anupama Sethi"),
  ("The body does not get a", "Anupama Sethi"),
  ("Most are outdoor workers and elderly", "Vikram Choudhary"),
  ("We are asking people", "Vikram Choudhary"),
  ("to avoid going out between noon", "Vikram Choudhary"),
  ("If I don't work, my family", "Ramesh Meena"),
  ("round the clock", "Municipal Corporation of Delhi"),
  ("provide shade, drinking water and rest", None),
  ("Paani piyo, dhoop se bacho", None)]),

# 6 -- British Columbia wildfire evacuation; Canadian Press style, curly quotes; said-role-name, partial quote, pronoun split quote, RCMP Cpl., told CBC News, Facebook post, Environment Canada meteorologist
('''KELSO LAKE, B.C. — Roughly 6,000 people were ordered out of their homes in and around Kelso Lake on Thursday as a fast-moving wildfire that doubled in size overnight crept within three kilometres of the community’s eastern edge.

The BC Wildfire Service said the Granite Ridge fire had grown to about 9,400 hectares and was being fanned by dry southwesterly winds gusting up to 50 kilometres an hour.

“We’re seeing extreme fire behaviour, with the fire spotting up to a kilometre ahead of the main front,” said fire information officer Jasmine Tremblay. “That makes it very difficult to hold any line on the ground.”

Tremblay said about 180 firefighters, 14 helicopters and dozens of pieces of heavy equipment were assigned to the blaze, with more crews on the way from Alberta and Ontario.

Mayor Patrick Lindqvist told reporters at an afternoon briefing that expanding the order to cover the entire town was “the hardest call I’ve made in this job.”

“I know people are scared and angry and exhausted,” he said. “But buildings can be rebuilt. People can’t.”

Traffic crawled south on Highway 24 for most of the day as residents left with trailers, boats and livestock. RCMP Cpl. Simone Bouchard said officers were going door to door in rural areas where cell coverage is patchy.

“If you’re told to leave, please leave right away and don’t stop on the highway to take photos,” she said.

Darren Kowalski, who packed his two children, his mother and three dogs into a pickup truck, told CBC News the smoke had turned the sky orange by mid-morning.

“It looked like the end of the world out there,” he said. “We grabbed the passports and the dog food and that was it.”

The Cariboo-Thompson Regional District posted on Facebook that a reception centre had opened at the arena in Williams Creek. “If you have been evacuated, please register with Emergency Support Services even if you are staying with friends or family,” the post said.

Environment Canada has issued a special air quality statement for much of the southern Interior. Meteorologist Liam Osei said relief was not yet in sight.

“A cold front Saturday could bring some rain, but it will also bring gusty, erratic winds, and that’s not what anyone on the fire line wants to hear,” Osei said.''',
 [("We’re seeing extreme fire behaviour, with", "Jasmine Tremblay"),
  ("That makes it very difficult to", "Jasmine Tremblay"),
  ("the hardest call I’ve made in", "Patrick Lindqvist"),
  ("I know people are scared and", "Patrick Lindqvist"),
  ("But buildings can be rebuilt.", "Patrick Lindqvist"),
  ("If you’re told to leave, please", "Simone Bouchard"),
  ("It looked like the end of", "Darren Kowalski"),
  ("We grabbed the passports and the", "Darren Kowalski"),
  ("If you have been evacuated, please", "Cariboo-Thompson Regional District"),
  ("A cold front Saturday could bring", "Liam Osei")]),

# 7 -- Typhoon landfall in Kyushu; Kyodo wire style, straight quotes; agency call partial quote, name-comma-role said, mayor, evacuee, unnamed company spokesman, minister told reporters
('''TOKYO, Sept. 19 (Kyodo) -- Typhoon No. 14 made landfall on the southwestern main island of Kyushu early Thursday, bringing record rainfall and winds of up to 180 kilometers per hour, leaving two people dead and cutting power to about 410,000 households, local authorities said.

The Japan Meteorological Agency issued a rare emergency heavy rain warning for parts of Kagoshima and Miyazaki prefectures, calling on residents to take "every possible measure to protect your life."

"This is a level of danger that occurs only once in several decades," Kenta Morishita, a forecasting official at the agency, said at a press conference in Tokyo. "Please evacuate before it gets dark, while it is still safe to move."

In the town of Hinokawa in Miyazaki Prefecture, a man in his 70s died after being swept into a swollen irrigation channel, police said. A woman in her 80s was found dead under a collapsed storage shed in Kagoshima Prefecture.

Hinokawa Mayor Takeshi Ueda said the town had opened 23 evacuation centers and that municipal staff were contacting residents by phone.

"We have been calling every elderly resident who lives alone, one by one," Ueda said. "Some of them say they would rather stay home, and we have to persuade them."

At an evacuation center set up in a junior high school gymnasium, Yoko Shimizu, 67, said she had fled with her husband after hearing the wind tear tiles off neighbors' roofs.

"I have lived through many typhoons, but I have never heard a sound like that," she said. "It was like the whole house was screaming."

Kyushu Railway Co. suspended all shinkansen and conventional train services on the island through Friday. "Operations will not resume until we have inspected every section of track," a company spokesman said.

The government set up a liaison office at the prime minister's office to collect information on damage.

"We will do everything in our power to protect people's lives and property," Haruka Nishida, the minister in charge of disaster management, told reporters, adding that Self-Defense Forces units were on standby in the region.

The typhoon is expected to move slowly northeast along the Japanese archipelago over the weekend, bringing heavy rain to western and eastern Japan.''',
 [("every possible measure to protect your", "Japan Meteorological Agency"),
  ("This is a level of danger", "Kenta Morishita"),
  ("Please evacuate before it gets dark", "Kenta Morishita"),
  ("We have been calling every elderly", "Takeshi Ueda"),
  ("Some of them say they would", "Takeshi Ueda"),
  ("I have lived through many typhoons", "Yoko Shimizu"),
  ("It was like the whole house", "Yoko Shimizu"),
  ("Operations will not resume until we", "Kyushu Railway Co."),
  ("We will do everything in our", "Haruka Nishida")]),

# 8 -- Typhoon in Bicol; Philippine broadsheet style, curly quotes; agency weather specialist, council spokesperson, "he added", told DZMM radio, painted SOS, anonymous nurse, Red Cross statement, governor's Facebook post
('''LEGAZPI CITY — At least 19 people were killed and more than 140,000 displaced as Typhoon Dindo tore across the Bicol region overnight, toppling power lines, flattening houses and triggering landslides that buried parts of two villages, officials said on Tuesday.

The Philippine Atmospheric, Geophysical and Astronomical Services Administration (Pagasa) said Dindo made landfall in Baybayon, Albay at 11:40 p.m. Monday with maximum sustained winds of 185 kilometers per hour and gusts of up to 230 kph.

“Even though it has weakened slightly, Dindo remains a typhoon and the storm surge threat along the eastern seaboard remains high,” Pagasa weather specialist Lorna Villareal said in a morning briefing.

Joel Macaraeg, spokesperson of the National Disaster Risk Reduction and Management Council (NDRRMC), said most of the deaths were caused by drowning and falling debris. “We expect the numbers to go up once we reach the isolated barangays,” he said.

Macaraeg credited the forced evacuation of coastal communities on Sunday. “Pre-emptive evacuation saved many lives. Without it, we would be counting in the hundreds,” he added.

In Barangay Tagas, soldiers and volunteers dug through mud with shovels and bare hands. Barangay captain Rosalinda Bañez told DZMM radio that at least nine homes were buried when a hillside gave way at around 2 a.m.

“We heard a loud rumble, then the lights went out, and when we came out with flashlights the houses below the road were gone,” she said.

Aerial photographs released by the Philippine Coast Guard showed the letters “SOS” painted in white on the roof of a chapel in Baybayon, where dozens of families had taken refuge from the rising water.

Fisherman Arnel Dizon, 44, said the storm surge reached the town plaza within minutes. “The sea came into the town like a wall. I carried my two daughters on my shoulders until we reached the church,” Dizon said in Filipino.

At the Albay provincial hospital, where patients were moved into corridors after part of the roof was torn off, supplies are running short. “We are running low on antibiotics and maternity supplies,” said a nurse who asked not to be named because she was not authorized to speak to the media.

The Philippine Red Cross said it had deployed 300 volunteers and six water tankers to the province. “Our volunteers are distributing hot meals and drinking water, but access is still very difficult because many roads are blocked,” the humanitarian group said in a statement.

Albay Governor Ma. Teresa Sarmiento wrote on Facebook late Tuesday: “Walang iwanan. We will get through this together, Albayanos.”''',
 [("Even though it has weakened slightly", "Lorna Villareal"),
  ("We expect the numbers to go", "Joel Macaraeg"),
  ("Pre-emptive evacuation saved many lives.", "Joel Macaraeg"),
  ("We heard a loud rumble, then", "Rosalinda Bañez"),
  ("SOS", None),
  ("The sea came into the town", "Arnel Dizon"),
  ("We are running low on antibiotics", "~nurse"),
  ("Our volunteers are distributing hot meals", "Philippine Red Cross"),
  ("Walang iwanan. We will get through", "Ma. Teresa Sarmiento")]),

# 9 -- Romagna floods; ANSA English wire style, straight quotes; chief told press conference, pronoun follow-up, councillor, fire service post on X ("it said"), told Corriere della Sera partial, told ANSA, nickname in quotes, department warning
('''ROME, May 17 (ANSA) - Two people died and around 3,000 were evacuated after torrential rain caused rivers to burst their banks across the Romagna plain overnight, the Civil Protection Department said on Friday.

The victims, a couple in their eighties, were found in the flooded basement of their home in San Lorenzo in Valle, a town of 6,000 people near Faenza.

"In some areas 200 millimetres of rain fell in 36 hours, half of what would normally fall in a year," Civil Protection chief Fabrizio Moretti told a press conference in Rome.

"The ground was already saturated from last week, so the water had nowhere to go," he said.

Regional civil protection councillor Giulia Ferretti said 23 rivers and streams had exceeded their alarm thresholds and that 41 landslides had been reported in the hills. "We are facing a situation similar to the one we lived through two years ago, and this is not acceptable," she said, calling on Rome to release emergency funds quickly.

The Vigili del Fuoco fire service said on X that its crews had carried out more than 600 rescues, many using boats and helicopters. "Our teams have been working through the night without a break," it said.

San Lorenzo in Valle mayor Stefano Guidi told Corriere della Sera that the town had "never seen anything like this, not even in 2023".

"Entire streets are under a metre and a half of water. We need pumps, we need mud-clearing machines, we need volunteers," Guidi said.

Anna Rinaldi, 52, was rescued by firefighters from the first floor of her home at dawn. "I spent the night on the balcony with my mother, shouting for help every time we saw a light," she told ANSA.

By afternoon, hundreds of young volunteers - dubbed the "angeli del fango" (mud angels) after those who helped clean up Florence in 1966 - had arrived with shovels and rubber boots.

The Civil Protection Department maintained a red alert for parts of the region for Saturday, warning that "further rainfall on saturated soil may trigger new landslides".''',
 [("In some areas 200 millimetres of", "Fabrizio Moretti"),
  ("The ground was already saturated from", "Fabrizio Moretti"),
  ("We are facing a situation similar", "Giulia Ferretti"),
  ("Our teams have been working through", "Vigili del Fuoco"),
  ("never seen anything like this, not", "Stefano Guidi"),
  ("Entire streets are under a metre", "Stefano Guidi"),
  ("I spent the night on the", "Anna Rinaldi"),
  ("further rainfall on saturated soil may", "Civil Protection Department")]),

# 10 -- Valencia flash flood (DANA); Spanish English-language daily style, curly quotes; told Cadena SER, emergency alert partial, said-name-role, unnamed Guardia Civil spokesman, unnamed elderly neighbour, protest placard with translation
('''Rescue teams in the province of Valencia were still searching on Thursday evening for at least six people missing after a violent storm – a so-called DANA, or isolated depression at high levels – dumped a year’s worth of rain on parts of the Ribera Alta in just eight hours.

The State Meteorological Agency (AEMET) said its station in Benisalem recorded 412 litres per square metre between 4am and noon, the highest daily figure in the region since records began.

“These are extraordinary figures, at the limit of what has been measured in Spain,” AEMET spokesperson Marta Llorens told Cadena SER. “The problem was not only the quantity but the intensity: more than 150 litres fell in a single hour.”

The regional emergency service, 112 Comunitat Valenciana, sent an alert to mobile phones at 12.40pm urging people in the area to “avoid all travel” and move to higher floors. By then, many roads were already under water.

“The water came down the ravine like a river of mud, taking cars, containers, everything,” said Amparo Ferrandis, the mayor of Benisalem. “We have lost the lower part of the town.”

A Guardia Civil spokesman said a helicopter crew had lifted 37 people from rooftops and that divers were searching flooded underpasses. “We are prioritising the industrial estate, where workers were trapped in their vehicles,” he said.

Javier Montesinos, 29, spent four hours on the roof of the warehouse where he works. “I saw a van float past with the lights still on. I don’t know if anyone was inside, and I can’t stop thinking about it,” he said.

On Calle Mayor, residents shovelled mud out of ground-floor homes as the water receded. “I have lived here 80 years and I have never seen the ravine like that,” said one elderly neighbour, leaning on a broom in her doorway.

In the evening, a few hundred people gathered outside the town hall. One woman held up a piece of cardboard reading “Nos habéis dejado solos” (“You left us alone”).

The regional government said it would review the timing of the alert. AEMET has maintained an orange warning for the coasts of Valencia and Alicante until Friday morning.''',
 [("These are extraordinary figures, at the", "Marta Llorens"),
  ("The problem was not only the", "Marta Llorens"),
  ("avoid all travel", "112 Comunitat Valenciana"),
  ("The water came down the ravine", "Amparo Ferrandis"),
  ("We have lost the lower part", "Amparo Ferrandis"),
  ("We are prioritising the industrial estate", "Guardia Civil"),
  ("I saw a van float past", "Javier Montesinos"),
  ("I have lived here 80 years", "~neighbour"),
  ("Nos habéis dejado solos", None),
  ("You left us alone", None)]),

# 11 -- Oklahoma tornado; US regional newspaper style, straight quotes; weather service post on X, director quote, sheriff with pronoun continuation, "the 34-year-old said", superintendent, spray-painted wall, said-name-role
('''CEDAR BLUFF — The tornado that tore through this town of 4,200 on Sunday night was an EF-3 with peak winds of about 150 mph, the National Weather Service in Norman said Monday after surveying the damage.

The twister stayed on the ground for 17 miles, killing two people, injuring 31 and destroying or badly damaging more than 80 homes, according to Pawnee Ridge County officials.

"This was a long-track, violent tornado moving through a populated area after dark, which is the worst-case scenario," the weather service's Norman office posted on X, adding that a tornado emergency had been issued 14 minutes before the storm reached town.

Cedar Bluff Emergency Management Director Travis Holloway said outdoor sirens sounded twice. "The warning worked. The sirens worked. People got in their shelters, and that's why we're not talking about 20 deaths this morning," Holloway said.

Pawnee Ridge County Sheriff Dale Whitaker identified the dead as a husband and wife in their 60s who lived in a mobile home on the west side of town.

"They didn't have anywhere to go," Whitaker said. "That's the hard truth of these storms."

Brittany Coffman rode out the tornado in a hallway closet with her three children, ages 2, 6 and 9.

"I was laying on top of them, and I could feel the house lifting," the 34-year-old said. "When it stopped, I looked up and I could see the stars."

Cedar Bluff Public Schools canceled classes for the rest of the week after the high school lost most of its roof. Superintendent Marcus Greer said the district would find temporary space.

"Our kids will have a place to go to school. I don't know where yet, but they will," he said.

By Monday afternoon, the sound of chainsaws filled the neighborhoods east of Main Street. On what was left of a brick wall at Main and Fourth, someone had spray-painted "WE'RE STILL HERE."

Church groups from across the state arrived with water, tarps and tools. "We just loaded up the trailers and came. Nobody had to ask," said Jimmy Reyes, a deacon at First Baptist Church in nearby Harlan.''',
 [("This was a long-track, violent tornado", "National Weather Service"),
  ("The warning worked. The sirens worked.", "Travis Holloway"),
  ("They didn't have anywhere to go", "Dale Whitaker"),
  ("That's the hard truth of these", "Dale Whitaker"),
  ("I was laying on top of", "Brittany Coffman"),
  ("When it stopped, I looked up", "Brittany Coffman"),
  ("Our kids will have a place", "Marcus Greer"),
  ("WE'RE STILL HERE.", None),
  ("We just loaded up the trailers", "Jimmy Reyes")]),

# 12 -- Highway bus crash in Kenya; Kenyan daily style, curly quotes; Mr honorific, "he added", Red Cross statement, survivor from hospital bed, rider identified only by one name, authority notice partial, Dr honorific, scare-quoted nickname
('''Twenty-three people were killed and 17 others seriously injured when a long-distance bus collided head-on with a lorry at Kipsonoi bridge on the Nakuru–Eldoret highway early yesterday.

The Kisumu-bound bus, which police said was carrying 61 passengers, veered into the path of the lorry at about 4.30am as it overtook a line of vehicles on a bend in thick fog.

Rift Valley regional police commander Samuel Korir said both drivers were among the dead.

“Preliminary findings show the bus driver was overtaking at a point with continuous yellow lines and visibility of less than 20 metres,” Mr Korir told journalists at the scene.

“We are appealing to motorists, especially at night and in this foggy season, to respect the rules of the road,” he added.

The Kenya Red Cross Society said its teams had taken the injured to Molo Sub-County Hospital and Nakuru Level Five Hospital. “Our psychosocial support teams are at both hospitals to assist families who are looking for their loved ones,” the society said in a statement.

Mercy Chebet, 26, who was travelling to Kisumu with her one-year-old son, said she was thrown from her seat.

“I heard people screaming and then everything went dark,” she said from her hospital bed in Nakuru. “When I woke up, a man was pulling me through the window. My baby was crying, so I knew he was alive.”

A boda boda rider who was among the first at the scene said villagers had used mobile phone torches to search the wreckage.

“We were pulling people out with our bare hands before the police came,” said the rider, who gave his name only as Kiprop.

The National Transport and Safety Authority (NTSA) has suspended the bus operator’s licence pending investigations. In a notice, the authority said the company’s entire fleet was “grounded with immediate effect”.

At Nakuru Level Five Hospital, medical superintendent Dr Joyce Wanjiru appealed for blood donors. “Six patients are in the ICU and we have an urgent need for blood, especially type O,” she said.

The stretch has long had a reputation as a “death trap”, with at least 40 people killed there since 2019.''',
 [("Preliminary findings show the bus driver", "Samuel Korir"),
  ("We are appealing to motorists, especially", "Samuel Korir"),
  ("Our psychosocial support teams are at", "Kenya Red Cross Society"),
  ("I heard people screaming and then", "Mercy Chebet"),
  ("When I woke up, a man", "Mercy Chebet"),
  ("We were pulling people out with", "Kiprop"),
  ("grounded with immediate effect", "National Transport and Safety Authority"),
  ("Six patients are in the ICU", "Joyce Wanjiru")]),

# 13 -- Train derailed by rain-triggered landslide in Germany; dpa wire style, straight quotes; unnamed Federal Police spokesman, rail spokeswoman, fire chief, weather service statement partial, told Bild, minister with "he said" in following paragraph
('''BERLIN (dpa) - A regional train derailed after running into a landslide triggered by heavy rain in south-western Germany on Sunday evening, killing three people and injuring 41, police and rail operator Deutsche Bahn said.

The train, carrying about 100 passengers from Ulm towards Stuttgart, left the tracks shortly after 7 pm near the village of Steinbach an der Lauter in Baden-Württemberg, where a section of embankment had collapsed onto the line.

"Several carriages were thrown off the tracks and two of them overturned," a spokesman for the Federal Police said. The train driver and two passengers were among the dead, he said.

Deutsche Bahn spokeswoman Katrin Vogel said the company had set up a hotline for relatives. "We are deeply shocked and our thoughts are with the victims and their families," she said. "We will do everything to clarify the cause of this accident."

District fire chief Andreas Kühn, who coordinated around 400 rescuers, said the operation had been hampered by the steep embankment and continuing rain.

"We had to bring in cranes to stabilise the carriages before we could reach some of the injured," Kühn said. Several passengers had to be freed with hydraulic cutting equipment.

The German Weather Service (DWD) had issued a warning of severe weather for the region on Sunday afternoon, with up to 80 litres of rain per square metre forecast locally. In a statement, the DWD said the thunderstorms had been "stationary for hours" over the Swabian Jura.

Passenger Lena Hartmann, 23, told Bild newspaper: "There was a huge bang, then the carriage tipped and everyone fell on top of each other. People were screaming, it was completely dark."

The state's interior minister, Martin Albrecht, travelled to the scene late on Sunday. "This is a black day for Baden-Württemberg," Albrecht said.

He said questions would have to be answered about the condition of the slopes along the route. "We will have to ask whether this embankment was properly monitored after the heavy rain of recent weeks," he said.

The line between Ulm and Stuttgart is expected to remain closed for several days while investigators examine the site.''',
 [("Several carriages were thrown off the", "Federal Police"),
  ("We are deeply shocked and our", "Katrin Vogel"),
  ("We will do everything to clarify", "Katrin Vogel"),
  ("We had to bring in cranes", "Andreas Kühn"),
  ("stationary for hours", "German Weather Service"),
  ("There was a huge bang, then", "Lena Hartmann"),
  ("This is a black day for", "Martin Albrecht"),
  ("We will have to ask whether", "Martin Albrecht")]),

# 14 -- Wairarapa earthquake; New Zealand news site style, curly quotes; told RNZ's Morning Report, agency partial quote, public slogan, mayor split quote, unnamed Fire and Emergency spokesperson, cafe owner, handwritten note
('''A magnitude 6.7 earthquake centred near the Wairarapa town of Ōtahuri has damaged buildings, cut power to thousands of homes and sent frightened residents running into the streets in the early hours of this morning.

GeoNet said the quake struck at 3.18am at a depth of 22km, about 15km east of Ōtahuri. More than 40,000 people reported feeling it, some as far away as Auckland and Christchurch.

Duty seismologist Dr Hana Whitford said the sequence was behaving as expected for a quake of that size.

“We’ve recorded more than 120 aftershocks already, including a magnitude 5.2, and people should expect that to continue for days and weeks,” she told RNZ’s Morning Report.

The National Emergency Management Agency said there was no tsunami threat, but urged people on the coast to “stay alert” in case of a large aftershock. Signs along the Ōtahuri foreshore carry the national slogan “Long or strong, get gone”.

Ōtahuri Mayor Bridget Tane said the main street had taken the brunt of the damage.

“There’s some quite significant damage to the older brick buildings on the main street, and the library ceiling has come down,” Tane said. “Thank goodness it happened at night and not at three in the afternoon.”

Fire and Emergency New Zealand said crews had responded to 63 calls in the region, including a house fire and two people trapped in a collapsed garage in Martinborough.

“All people reported trapped have now been freed and are receiving medical care,” a Fire and Emergency spokesperson said.

Powerco said about 7000 customers were still without electricity at 7am.

Rewi Matthews, who owns the Corner Cup café on the main street, arrived at 5am to find the floor covered in broken crockery.

“Every single cup, every plate, and the coffee machine walked half a metre across the bench,” he said. “But the building’s standing, and so are we.”

A handwritten note taped to his door later read “Closed today – back when the shaking stops”.

Civil Defence has opened a welfare centre at the Ōtahuri Rugby Club for anyone unable to stay in their homes.''',
 [("We’ve recorded more than 120 aftershocks", "Hana Whitford"),
  ("stay alert", "National Emergency Management Agency"),
  ("Long or strong, get gone", None),
  ("There’s some quite significant damage to", "Bridget Tane"),
  ("Thank goodness it happened at night", "Bridget Tane"),
  ("All people reported trapped have now", "Fire and Emergency New Zealand"),
  ("Every single cup, every plate, and", "Rewi Matthews"),
  ("But the building’s standing, and so", "Rewi Matthews"),
  ("Closed today – back when the shaking", None)]),

# 15 -- Evia wildfire; Reuters wire style, straight quotes; spokesman told briefing, minister told Skai TV with continuation, ministry 112 alert partial, unnamed elderly woman shouting, beekeeper split quote, Commission statement
('''ATHENS, July 24 (Reuters) - Hundreds of firefighters backed by water-dropping aircraft battled a wildfire on the Greek island of Evia for a third day on Wednesday as strong winds pushed the flames towards coastal villages and the government called in help from European Union partners.

The fire, which broke out in a pine forest on Monday afternoon, has burned an estimated 8,000 hectares, according to the EU's Copernicus satellite service. At least 11 villages have been evacuated, and two firefighters were treated in hospital for burns.

"The next 24 hours are critical. The winds are forecast to reach up to 8 Beaufort, which makes the work of the aircraft extremely difficult," fire brigade spokesman Nikos Papadakis told a televised briefing.

Civil Protection Minister Eleni Vardaki urged residents to obey evacuation orders. "We are fighting on every front," Vardaki told Skai TV. "No house is worth more than a human life. When the 112 message comes, leave."

On Tuesday night the Ministry of Climate Crisis and Civil Protection sent 112 alerts to mobile phones in the area telling residents of Kato Lefkes to "move immediately towards Limni". Coast guard vessels evacuated about 600 people from the village's small harbour.

An elderly woman being helped onto a coast guard boat shouted at reporters: "Where were the planes? We were alone for three hours!"

Beekeeper Kostas Liakos, 63, said he had lost all 200 of his hives. "Thirty years of work, gone in one afternoon," he said, standing beside a pile of blackened frames. "The bees, the trees, everything."

The European Commission said two Canadair aircraft from Italy and one from Croatia had been mobilised under the rescEU mechanism and would arrive on Thursday. "European solidarity is working," the Commission said in a statement.

Greece has suffered increasingly destructive wildfires in recent summers, which scientists link to hotter, drier conditions driven by climate change. Temperatures on Evia were forecast to reach 41 degrees Celsius on Thursday, with strong northerly winds expected to persist into the weekend.''',
 [("The next 24 hours are critical.", "Nikos Papadakis"),
  ("We are fighting on every front", "Eleni Vardaki"),
  ("No house is worth more than", "Eleni Vardaki"),
  ("move immediately towards Limni", "Ministry of Climate Crisis and Civil Protection"),
  ("Where were the planes? We were", "~woman"),
  ("Thirty years of work, gone in", "Kostas Liakos"),
  ("The bees, the trees, everything.", "Kostas Liakos"),
  ("European solidarity is working", "European Commission")]),

# 16 -- English heatwave; British broadcaster/newspaper style, single quotes; said-organisation-role-name, agency alert wording attributed to agency, told BBC Radio 4, unnamed A&E nurse partial and full, water company partial, Network Rail, freezer sign
('''Temperatures are expected to reach 36C in parts of southern England on Thursday, as the UK Health Security Agency extended its amber heat-health alert to cover the whole of England until Sunday evening.

The Met Office said Wednesday's provisional high of 34.1C, recorded in Surrey, made it the hottest June day in eight years, and forecast that the record could fall within 24 hours.

'The heat will build again through Thursday, and we could see the highest June temperatures on record in some spots,' said Met Office meteorologist Ellie Rutherford. 'Nights will also be very uncomfortable, with temperatures in London unlikely to drop below 20C.'

The UKHSA said the amber alert meant 'significant impacts are likely across health and social care services', including a rise in deaths among people aged over 65 and those with heart and lung conditions.

Dr Priya Venkataraman, a consultant in public health at the agency, said most heat-related deaths happened at home. 'Heat-related illness is preventable,' she told BBC Radio 4's Today programme. 'Check in on elderly neighbours, close the curtains on rooms that face the sun, and keep drinking water even if you don't feel thirsty.'

Hospitals are already feeling the strain. One A&E nurse at a hospital in south London, who did not want to be named, said staff had been 'pouring with sweat' in parts of the department without air conditioning.

'We had three patients with heatstroke in before lunch, all of them over 80,' she said.

Southern Water said it had no plans for a hosepipe ban 'at this stage', but asked customers in Sussex and Hampshire to avoid filling paddling pools and washing cars.

Speed restrictions were in place on several rail routes amid fears that tracks could buckle. 'Please only travel if you really need to, and carry water with you,' Network Rail said.

In Brighton, where the beaches were packed by mid-morning, a sign taped to a newsagent's freezer read 'Sorry – NO ice lollies left!'

The RNLI urged swimmers to stay between the red and yellow flags after lifeguards dealt with more than 50 incidents along the south coast on Wednesday.''',
 [("The heat will build again through", "Ellie Rutherford"),
  ("Nights will also be very uncomfortable", "Ellie Rutherford"),
  ("significant impacts are likely across health", "UK Health Security Agency"),
  ("Heat-related illness is preventable", "Priya Venkataraman"),
  ("Check in on elderly neighbours, close", "Priya Venkataraman"),
  ("pouring with sweat", "~nurse"),
  ("We had three patients with heatstroke", "~nurse"),
  ("at this stage", "Southern Water"),
  ("Please only travel if you really", "Network Rail"),
  ("Sorry – NO ice lollies left!", None)]),

# 17 -- Hurricane on Mexico's Pacific coast; AP wire style, curly quotes; hurricane center advisory partial, name-comma-role told Milenio TV, "she added", mayor's Facebook video, "a 31-year-old hotel housekeeper", fisherman, unnamed tourist told The Associated Press
('''PLAYA TECUÁN, Mexico (AP) — Hurricane Orlena slammed into Mexico’s southern Pacific coast early Wednesday as a Category 4 storm, ripping roofs off hotels, toppling utility poles and flooding this fishing town before weakening over the mountains of Oaxaca.

At least five people were killed, including a man crushed by a falling tree and two children swept away by a swollen river, according to state authorities.

The National Hurricane Center in Miami said Orlena made landfall with maximum sustained winds of 140 mph (220 kph). In its latest advisory, the center warned that “life-threatening flash flooding and mudslides” were likely in the mountains through Thursday.

Alejandra Ruvalcaba, head of Oaxaca’s state civil protection agency, said rescue teams were struggling to reach inland communities.

“We have reports of people trapped in homes in at least four communities, and our teams cannot get there yet because the road is covered by landslides,” Ruvalcaba told Milenio TV. “Shelters are open in every municipality,” she added.

Playa Tecuán Mayor Héctor Bravo posted a short video on Facebook as the eye passed over the town: “Stay in your homes. The danger has not passed.”

Marisol Cruz, a 31-year-old hotel housekeeper, spent the night in a stairwell with about 40 guests.

“The windows exploded one after another, like gunshots,” Cruz said. “The tourists were crying, we were praying, and somehow the children slept.”

On the beach, fisherman Efraín Salinas, 58, stood beside the splintered hull of his boat, which the storm surge had carried more than 100 yards inland.

“That boat was my whole life. Without it I have nothing to give my family,” Salinas said.

Mexico’s Defense Department said it had deployed 3,000 troops to help with cleanup and to distribute food and water in the worst-hit towns.

An American tourist from Texas, who declined to give her name, said she had received no warning at her beachfront rental. “Nobody told us anything. We found out from my sister in Houston,” she told The Associated Press.''',
 [("life-threatening flash flooding and mudslides", "National Hurricane Center"),
  ("We have reports of people trapped", "Alejandra Ruvalcaba"),
  ("Shelters are open in every municipality", "Alejandra Ruvalcaba"),
  ("Stay in your homes. The danger", "Héctor Bravo"),
  ("The windows exploded one after another", "Marisol Cruz"),
  ("The tourists were crying, we were", "Marisol Cruz"),
  ("That boat was my whole life.", "Efraín Salinas"),
  ("Nobody told us anything. We found", "~tourist")]),

# 18 -- Cyclone landfall in Bangladesh; Bangladeshi English daily style, straight quotes; meteorologist told The Daily Star, secretary told reporters, volunteer, shelter evacuee, Red Crescent statement ("the society said"), UNICEF partial, Union Parishad member split quote
('''Cyclone Nodi made landfall on the coast of Khulna division on Sunday night, bringing winds of up to 120 kmph and a tidal surge of 8 to 10 feet that inundated low-lying villages, killing at least seven people and leaving nearly a million people without electricity.

The Bangladesh Meteorological Department (BMD) had hoisted great danger signal No 10 for Mongla port on Sunday morning, and lowered it to local cautionary signal No 3 by Monday afternoon.

"The cyclone has weakened into a severe cyclonic storm after landfall, but heavy rain will continue across the southwest and central parts of the country till Tuesday," BMD meteorologist Shamima Akter Ruma told The Daily Star.

Mizanur Rahman Chowdhury, secretary of the Ministry of Disaster Management and Relief, said the toll could have been far higher. "We evacuated around 800,000 people to 9,000 cyclone shelters before landfall. That is why the death toll is not higher," he told reporters at the ministry's control room in Dhaka.

Nasrin Sultana, 24, a volunteer with the Cyclone Preparedness Programme, went house to house in Dacope upazila with a megaphone on Sunday afternoon. "Some people did not want to leave their cattle and chickens. I told them, your life is more important than your goats," she said.

At a cyclone shelter in Dacope, Rahima Begum, 45, sat with her four children on a bare concrete floor. "The water came inside our house up to my chest. We have lost everything - the rice, the pond fish, the house," she said.

The Bangladesh Red Crescent Society said its volunteers were distributing dry food and water purification tablets in Khulna, Bagerhat and Satkhira. "The immediate priority is drinking water, since the surge has contaminated ponds and tube wells across the coast," the society said.

UNICEF said in a statement that more than 3 million children had been affected and warned of "a serious risk of waterborne disease outbreaks" in the coming weeks.

Locals said the river embankment in Dacope had breached in at least four places during the surge. "We have been asking for this embankment to be repaired for three years," said Abdul Jalil, a local Union Parishad member. "Every cyclone, the same story."''',
 [("The cyclone has weakened into a", "Shamima Akter Ruma"),
  ("We evacuated around 800,000 people to", "Mizanur Rahman Chowdhury"),
  ("Some people did not want to", "Nasrin Sultana"),
  ("The water came inside our house", "Rahima Begum"),
  ("The immediate priority is drinking water", "Bangladesh Red Crescent Society"),
  ("a serious risk of waterborne disease", "UNICEF"),
  ("We have been asking for this", "Abdul Jalil"),
  ("Every cyclone, the same story.", "Abdul Jalil")]),

# 19 -- Wildfires near Valparaíso; EFE wire style, curly quotes; agency director told news conference, said-name-role, minister, volunteer firefighter split quote, survivor with descriptive aside, mayor's post on X, banner
('''VALPARAÍSO, Chile, Feb. 3 (EFE) — Wildfires fanned by strong winds and temperatures above 38 degrees Celsius tore through hillside neighbourhoods on the outskirts of the coastal town of Los Maitenes on Saturday, killing at least 12 people and destroying around 1,100 homes, Chilean authorities said.

The National Disaster Prevention and Response Service (Senapred) ordered the evacuation of 14 sectors through mobile phone alerts during the afternoon.

“The fire advanced at a speed of up to three kilometres per hour through areas with a lot of dry vegetation and very precarious housing,” Senapred director Rodrigo Ibáñez told a news conference in Valparaíso.

The National Forestry Corporation (Conaf) said 31 fires were active across the region, 19 of them under control.

“We have every aircraft available in the air, but the smoke is so thick that several had to be grounded during the afternoon,” said Carolina Fuentes, Conaf’s regional director.

Interior Minister Andrés Saavedra, who flew over the area by helicopter, promised emergency housing and cash payments for affected families. “There are people who have lost absolutely everything, and the State will be with them,” Saavedra said.

Volunteer firefighter Matías Contreras, 22, had been on duty for 20 hours when he stopped to drink water at a roadblock.

“We had houses burning on both sides of the street and no water pressure in the hydrants,” he said. “You choose which house to save. That is the hardest thing.”

Gladys Morales, 67, said she fled with her husband, who uses an oxygen machine, as flames reached their street.

“I only had time to grab my husband’s oxygen tank and run,” she said, her face still smudged with ash. “Our house, our photos, the little dog — everything burned.”

Los Maitenes mayor Francisca Alvarado wrote on X: “We need water, masks, diapers and pet food at the municipal gym. Thank you, Chile.”

By evening, volunteers had hung a banner across the gym’s entrance reading “Fuerza Los Maitenes”, and donations were piling up on the pavement outside.''',
 [("The fire advanced at a speed", "Rodrigo Ibáñez"),
  ("We have every aircraft available in", "Carolina Fuentes"),
  ("There are people who have lost", "Andrés Saavedra"),
  ("We had houses burning on both", "Matías Contreras"),
  ("You choose which house to save.", "Matías Contreras"),
  ("I only had time to grab", "Gladys Morales"),
  ("Our house, our photos, the little", "Gladys Morales"),
  ("We need water, masks, diapers and", "Francisca Alvarado"),
  ("Fuerza Los Maitenes", None)]),

# 20 -- Southern California wind-driven wildfire; US metro daily style, straight quotes; battalion chief, sheriff's post on X, weather service partial, "said Benitez, 49", utility statement, holdout resident split quote, bedsheet sign
('''The Oak Hollow fire exploded to more than 12,000 acres Tuesday, forcing about 9,000 residents of Ventura County foothill communities to flee as Santa Ana winds gusting up to 70 mph drove flames through brush that had not burned in more than half a century.

The fire was 0% contained as of Tuesday evening, and at least 43 structures had been destroyed, according to the Ventura County Fire Department.

"This fire is wind-driven, and until the wind lays down, we are not going to be able to put a line around it," Battalion Chief Luis Arellano said at an afternoon briefing. "Right now our focus is entirely on getting people out and protecting structures."

The Ventura County Sheriff's Office posted on X shortly after 1 p.m.: "If you are in the Oak Hollow evacuation zone, LEAVE NOW. Do not wait for a knock on the door."

The National Weather Service's Los Angeles office extended a red flag warning through Thursday evening, describing the conditions as "particularly dangerous."

Carla Benitez and her neighbors loaded four horses into two trailers as ash fell on her ranch off Foothill Road.

"You practice this every fall, but it's different when the sky is black and the embers are landing in the arena," said Benitez, 49. "One mare wouldn't load. We finally got her in with a bucket of grain and a lot of prayers."

Southern California Edison said it had shut off power to about 38,000 customers as a precaution against new ignitions. Asked whether any of its equipment might have been involved in starting the fire, the utility said in a statement: "It is too early to speculate on the cause."

A few blocks away, Dennis Okafor, a retired teacher, stood on his roof with a garden hose, soaking the shingles.

"I know, I know, they told us to go," he said. "I'll leave when I see flames on that ridge."

Deputies returned an hour later and he left, neighbors said.

Along Foothill Road, a bedsheet hung from a split-rail fence read "THANK YOU FIREFIGHTERS." By nightfall, the glow of the fire was visible from downtown Ventura.''',
 [("This fire is wind-driven, and until", "Luis Arellano"),
  ("Right now our focus is entirely", "Luis Arellano"),
  ("If you are in the Oak", "Ventura County Sheriff's Office"),
  ("particularly dangerous.", "National Weather Service"),
  ("You practice this every fall, but", "Carla Benitez"),
  ("One mare wouldn't load.", "Carla Benitez"),
  ("It is too early to speculate", "Southern California Edison"),
  ("I know, I know, they told", "Dennis Okafor"),
  ("I'll leave when I see flames", "Dennis Okafor"),
  ("THANK YOU FIREFIGHTERS.", None)]),

# 21 -- Indus monsoon floods in Sindh; Pakistani daily style, curly quotes; spokesperson told press briefing, department advisory partial, deputy commissioner, farmer split quote, unnamed Rescue 1122 spokesperson, WHO statement, unnamed elderly woman
('''SUKKUR: The death toll from a week of torrential monsoon rains in Sindh and southern Punjab rose to 96 on Monday, the National Disaster Management Authority (NDMA) said, as breaches in embankments along the Indus submerged hundreds of villages in Mirpur Lakhan district.

“The Indus at Guddu barrage is in very high flood and we expect the peak to pass Sukkur within the next 36 hours,” NDMA spokesperson Sadia Noreen told a press briefing in Islamabad. “All districts along the river have been directed to complete evacuations of the riverine areas.”

The Pakistan Meteorological Department (PMD) has forecast more rain for lower Sindh through Thursday. In its latest advisory, the department warned of “urban flooding in low-lying areas of Karachi, Hyderabad and Sukkur”.

Mirpur Lakhan Deputy Commissioner Faraz Ahmed Soomro said around 42,000 people had been shifted to relief camps set up in schools and government buildings. “People do not want to leave their cattle. We are trying to arrange space for animals at the camps as well,” he said.

Standing on the embankment near his village, farmer Ghulam Hyder Jatoi, 60, looked out over his submerged cotton fields.

“This cotton was ready for picking in two weeks,” he said. “Now it is under six feet of water. In 2022 the same thing happened. How many times can a man start again?”

Rescue 1122 said its boats had been operating day and night. “Our teams have shifted more than 5,000 people by boat since Saturday,” a spokesperson for the service said.

The World Health Organization said cases of diarrhoea, malaria and skin infections were rising in the camps. “Access to safe drinking water is now a matter of life and death,” the WHO said in a statement.

At a relief camp in a government girls’ school, families complained that aid had been slow to arrive. An elderly woman sitting with her grandchildren said they had received cooked food only once in two days. “We are sitting here with our children and nobody comes,” she said.

The Sindh government has announced compensation for the families of the deceased and said tents and ration bags were being dispatched from Karachi.''',
 [("The Indus at Guddu barrage is", "Sadia Noreen"),
  ("All districts along the river have", "Sadia Noreen"),
  ("urban flooding in low-lying areas of", "Pakistan Meteorological Department"),
  ("People do not want to leave", "Faraz Ahmed Soomro"),
  ("This cotton was ready for picking", "Ghulam Hyder Jatoi"),
  ("Now it is under six feet", "Ghulam Hyder Jatoi"),
  ("Our teams have shifted more than", "Rescue 1122"),
  ("Access to safe drinking water is", "World Health Organization"),
  ("We are sitting here with our", "~woman")]),

# 22 -- Atlantic storm in the west of Ireland; Irish broadsheet style, straight quotes; company described-as partial, said-forecaster-name, name-comma-role, "the company repeated", told RTÉ's Six One News, guesthouse owner split quote, farmer, gardaí post on X
('''More than 280,000 homes, farms and businesses remained without power on Friday night after Storm Bríd brought gusts of over 160km/h to the west coast, felling thousands of trees and causing what ESB Networks described as "catastrophic" damage to the electricity network.

Met Éireann had issued status red wind warnings for Galway, Mayo, Clare and Donegal from early morning, and schools in those counties were closed. The highest gust, 163km/h, was recorded at Mace Head in Co Galway.

"This is one of the most powerful storms to hit the country in decades," said Met Éireann forecaster Siobhán Keane. "The winds will ease overnight, but there will still be strong and gusty conditions along Atlantic coasts into Saturday."

Brendan Flaherty, ESB Networks' head of operations, said crews from Northern Ireland and Britain had been called in. "We are asking customers to prepare for the possibility of being without supply for several days, and in some remote areas potentially longer," he said.

The company repeated its safety advice to the public: "Never touch or approach fallen wires, they are live and extremely dangerous."

Declan Fahy, chair of the National Emergency Co-ordination Group, said there had been no reported deaths or serious injuries. "The public heeded the warnings, and that has undoubtedly saved lives," he told RTÉ's Six One News.

In Clifden, waves broke over the promenade at high tide. Gráinne Ní Fhlatharta, who runs a guesthouse on the seafront, said the street had been unrecognisable.

"The sea came over the wall and the whole street was white with foam," she said. "I have never seen anything like it, and my mother is 90 and she says the same."

Tommy Gavin, a sheep farmer near Belmullet, lost the roof of his hay shed. "It went in one piece, like a kite. I'd say it's in Sligo by now," he said.

An Garda Síochána urged motorists to stay off the roads in the affected counties until fallen trees had been cleared. "Do not make unnecessary journeys," gardaí said in a post on X, adding that several roads in north Mayo remained impassable.''',
 [("catastrophic", "ESB Networks"),
  ("This is one of the most", "Siobhán Keane"),
  ("The winds will ease overnight, but", "Siobhán Keane"),
  ("We are asking customers to prepare", "Brendan Flaherty"),
  ("Never touch or approach fallen wires", "ESB Networks"),
  ("The public heeded the warnings, and", "Declan Fahy"),
  ("The sea came over the wall", "Gráinne Ní Fhlatharta"),
  ("I have never seen anything like", "Gráinne Ní Fhlatharta"),
  ("It went in one piece, like", "Tommy Gavin"),
  ("Do not make unnecessary journeys", "An Garda Síochána")]),

# 23 -- Gas explosion and building collapse in Lille; AFP wire style, curly quotes; said-Colonel-name with partial quote in next sentence, prefect partial, prosecutor, company statement partial, told BFMTV, unnamed neighbour told AFP partial and full, deputy mayor
('''LILLE, France, Nov 12 (AFP) — Rescuers were searching the rubble of a four-storey apartment building in central Lille on Tuesday after a suspected gas explosion brought it down before dawn, killing at least two people and leaving five missing, officials said.

The blast, at around 5:20 am, was heard several kilometres away and shattered windows along the narrow street in the Wazemmes district.

“We have two confirmed deaths and five people whose whereabouts are still unknown,” said Colonel Hervé Lemaire of the Nord fire and rescue service, which deployed more than 150 firefighters and four search dogs. He said the dogs had detected “signs of life” in one part of the debris in the late morning.

The prefect of the Nord department, Sophie Delcourt, told reporters at the scene that the search would continue “for as long as there is the slightest hope”.

Lille prosecutor Carole Étienne said an investigation had been opened. “It is far too early to say what caused the explosion. Every hypothesis is being examined,” she said.

Gas distributor GRDF said in a statement that its technicians had cut the supply to the neighbourhood and were “cooperating fully with investigators”.

Karim Benali, 38, who lives across the street, told BFMTV he had been thrown from his bed by the blast. “I thought it was a bomb. The windows came in, and when I looked outside there was just a cloud of dust where the building used to be,” he said.

A woman who lives on the next street, a coat thrown over her pyjamas, told AFP she had smelled gas in the building’s stairwell “for days”. “I told the caretaker, I swear I told him,” she said.

About 60 residents of neighbouring buildings were evacuated and spent the night in a municipal gymnasium. “The whole city is in shock,” said Nadia Kessouri, the deputy mayor in charge of public safety, adding that psychological support was being offered to residents.''',
 [("We have two confirmed deaths and", "Hervé Lemaire"),
  ("signs of life", "Hervé Lemaire"),
  ("for as long as there is", "Sophie Delcourt"),
  ("It is far too early to", "Carole Étienne"),
  ("cooperating fully with investigators", "GRDF"),
  ("I thought it was a bomb.", "Karim Benali"),
  ("for days", "~woman"),
  ("I told the caretaker, I swear", "~woman"),
  ("The whole city is in shock", "Nadia Kessouri")]),

# 24 -- Nor'easter blizzard in New England; timestamped live-updates blog, straight quotes; forecast discussion, agency post on X, mayor split quote, state police post, utility spokeswoman, stranded motorist, plow driver, harbormaster
('''Live updates: Nor'easter buries coastal New England in snow

8:05 a.m. — The National Weather Service has upgraded its winter storm warning to a blizzard warning for coastal Massachusetts and Rhode Island, with 18 to 24 inches of snow and wind gusts up to 65 mph expected by Wednesday morning. "Whiteout conditions will make travel dangerous to impossible this afternoon and evening," the weather service's Boston office said in its latest forecast discussion.

9:20 a.m. — The Massachusetts Emergency Management Agency (MEMA) is urging residents to stay put. "Stay home, stay off the roads, and check on your neighbors," the agency said in a post on X.

10:45 a.m. — Harwick Mayor Thomas Rourke says the city has every plow it owns on the road. "We have 140 pieces of equipment out and we're going to be plowing through the night," Rourke said at a news conference at City Hall. "If you don't need to be out, please, don't be out."

11:30 a.m. — State troopers have responded to more than 90 crashes since 6 a.m., according to the Massachusetts State Police, which posted on X: "Multiple vehicles off the road on Route 3 southbound near exit 15. Please slow down."

1:15 p.m. — More than 120,000 Eversource customers are without power, mostly on Cape Cod and the South Shore. "Crews cannot safely go up in bucket trucks while winds are gusting above 40 mph," Eversource spokeswoman Megan Tierney said. Restoration could take several days, she said.

2:40 p.m. — Julie Ann Perrault, 52, spent three hours stuck on Route 6 before a tow truck reached her. "I had half a tank of gas, a granola bar and a phone charger, and I was grateful for all three," she said.

3:55 p.m. — Plow driver Manny Sousa started his shift at 4 a.m. "It's coming down two, three inches an hour. You plow a street, you turn around and it's like you were never there," Sousa said.

5:10 p.m. — High tide has brought coastal flooding to Marsh Point, where Harbormaster Denise Coutu said waves were washing over the town's seawall. "The seawall held, but the waves were breaking right over it, and Ocean Avenue is under a foot of water," she said.

6:30 p.m. — Nearly all remaining flights out of Boston's Logan Airport have been canceled for the night, according to the FlightAware tracking site. This post will be updated.''',
 [("Whiteout conditions will make travel dangerous", "National Weather Service"),
  ("Stay home, stay off the roads", "Massachusetts Emergency Management Agency"),
  ("We have 140 pieces of equipment", "Thomas Rourke"),
  ("If you don't need to be", "Thomas Rourke"),
  ("Multiple vehicles off the road on", "Massachusetts State Police"),
  ("Crews cannot safely go up in", "Megan Tierney"),
  ("I had half a tank of", "Julie Ann Perrault"),
  ("It's coming down two, three inches", "Manny Sousa"),
  ("The seawall held, but the waves", "Denise Coutu")]),

# 25 -- Reykjanes volcanic eruption; Icelandic English-language news style, curly quotes; told RÚV, department statement, academic referred to by first name (Icelandic convention), mayor by first name, retired captain split quote, road sign, unnamed tourist
('''A volcanic eruption began on the Reykjanes Peninsula shortly after 10pm on Wednesday, sending lava fountains up to 50 metres into the air from a fissure roughly three kilometres long north of the fishing town of Hafnarvík, which was evacuated for the fourth time this year.

The Icelandic Meteorological Office said the eruption was preceded by an intense earthquake swarm lasting about 40 minutes.

“The fissure opened very quickly, and the initial lava flow was larger than in the previous eruptions in this series,” natural hazards specialist Sigríður Magnúsdóttir told RÚV. She said lava was flowing mainly to the west, away from the town, but that this could change.

The Department of Civil Protection and Emergency Management said all of Hafnarvík’s roughly 900 remaining residents had left their homes within an hour of the sirens sounding. “The evacuation went calmly and according to plan,” the department said in a statement shortly after midnight.

Gunnar Thorvaldsson, a volcanologist at the University of Iceland, said the defensive barriers built around the town would face their biggest test yet.

“The big question is which direction the lava takes over the next 24 hours,” Gunnar said. “If the northern end of the fissure keeps growing, the barriers will be tested.”

Hafnarvík’s mayor, Ásdís Helgadóttir, followed the eruption from an evacuation centre in Reykjavík. “It is a strange feeling to sit in Reykjavík and watch your own town on a webcam,” Ásdís said.

Jón Páll Einarsson, 71, a retired trawler captain who has lived in Hafnarvík all his life, was among those at the centre.

“I have packed the car so many times now that the suitcases never really get unpacked,” he said. “But this is home. I am not giving up on it.”

Police closed the only road into the town, where a temporary sign now reads “Lokað – Closed”.

By midnight, dozens of sightseers had gathered at a viewpoint on the main highway despite police requests to stay away. “It is the most beautiful and terrifying thing I have ever seen,” said one tourist from Germany, filming the glowing horizon on her phone.

Flights at Keflavík International Airport were operating normally, the airport operator Isavia said.''',
 [("The fissure opened very quickly, and", "Sigríður Magnúsdóttir"),
  ("The evacuation went calmly and according", "Department of Civil Protection and Emergency Management"),
  ("The big question is which direction", "Gunnar Thorvaldsson"),
  ("If the northern end of the", "Gunnar Thorvaldsson"),
  ("It is a strange feeling to", "Ásdís Helgadóttir"),
  ("I have packed the car so", "Jón Páll Einarsson"),
  ("But this is home. I am", "Jón Páll Einarsson"),
  ("Lokað – Closed", None),
  ("It is the most beautiful and", "~tourist")]),
]
# fmt: on
