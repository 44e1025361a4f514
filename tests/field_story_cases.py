"""Four sets of stories from fields the other sets cover least, with who says each quote,
written in the thirty-second round of rules.

Written for this suite by four separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy: STORIES_CS crime and policing (police
briefings and appeals with their ranks, victims' families, neighbours, first court appearances);
STORIES_CT Australia, New Zealand and the Pacific islands (premiers, councils, iwi and Indigenous
leaders, Uncle and Aunty as honorifics, chiefly titles); STORIES_CU agriculture, food and rural
affairs (farmers, farm unions, agronomists, traders), held out; STORIES_CV labour, strikes and the
workplace (union leaders, stewards, employers, mediators, picket lines), held out. Straight and
curly quote marks. Not gold and not from any article of the gold set. Each entry is (story,
[(first words inside the quote marks, speaker as first named, "~" and the noun of a speaker only
described, or None), ...]). Held-out sets are not tuned on: their misses are listed by script,
not read.

The authors were asked to list every passage in quote marks. Two more authors, who saw only the
sets and the gold set's guideline on what a quote is, then removed the 15 entries that
are not quotes under it (titles of works, names, nicknames, terms nobody is reported as saying,
scare quotes), and changed nothing else. Words on signs, banners and walls, chants, and the
wording of documents stay, with no speaker.

First read, before any rule was changed for them, with the thirty-second round's rules
(6fae531): 207 of 228 in STORIES_CS, 213 of 235 in STORIES_CT, 219 of 237 in STORIES_CU and 207
of 230 in STORIES_CV: 846 of 930 (0.910); the two sets the next round tunes on 420 of 463
(0.907), the held-out two 426 of 467 (0.912). Their misses are listed, not analysed yet.
"""

# fmt: off
STORIES_CS = [
# 1 -- Salford stabbing, UK regional daily style, straight quotes: DCI quote over two paragraphs, partial quotes, family tribute, card text, unnamed neighbour
('''Detectives have launched a murder investigation after a 19-year-old man was stabbed to death outside a takeaway in Salford on Saturday night.

Kieran Walsh was found with serious injuries on Langworthy Road shortly after 11.20pm. Paramedics treated him at the scene but he died in hospital a short time later.

Two men, aged 20 and 22, were arrested on suspicion of murder on Sunday morning and remain in custody for questioning.

Detective Chief Inspector Helen Moorcroft, of Greater Manchester Police's Major Incident Team, said: "Kieran was a young man with his whole life ahead of him, and his family have been left utterly devastated by what has happened.

"We have made two arrests, but our investigation is very much ongoing and I would urge anybody who was on Langworthy Road on Saturday night to come forward."

She added that officers were particularly keen to trace the driver of a dark-coloured hatchback seen "driving at speed" away from the area moments after the attack.

"That driver may not realise how important they are to us," DCI Moorcroft said. "Even the smallest detail could help."

In a tribute released through police, Kieran's mother, Donna Walsh, said her son had been "the joker of the family" and was training to become an electrician.

"He would walk through the door and the whole house would light up," she said. "We don't know how we are supposed to carry on without him."

A cordon remained in place outside the takeaway on Sunday afternoon, with forensic officers examining the pavement and a nearby bus shelter. Flowers and football shirts had been left against the railings, alongside a handwritten card that read: "Sleep tight Kez, gone too soon."

A neighbour, who did not want to be named, said she had heard shouting before seeing a group of young men run towards the precinct.

"It was over in seconds," she said. "I looked out of the window and there was a lad on the floor and people screaming. You don't expect that on your own doorstep."

Local councillor Imran Sadiq said the community was "in shock" and called for more visible policing in the area.

Anyone with information is asked to call police on 101, quoting log 2714 of 14/09, or contact the independent charity Crimestoppers anonymously on 0800 555 111.''',
 [("Kieran was a young man with his", "Helen Moorcroft"),
  ("We have made two arrests, but our", "Helen Moorcroft"),
  ("driving at speed", "Helen Moorcroft"),
  ("That driver may not realise how important", "Helen Moorcroft"),
  ("the joker of the family", "Donna Walsh"),
  ("He would walk through the door and", "Donna Walsh"),
  ("Sleep tight Kez, gone too soon.", None),
  ("It was over in seconds", "~neighbour"),
  ("in shock", "Imran Sadiq")]),

# 2 -- Convenience store shooting, US wire (AP) style, curly quotes: "X said" and "said X" inversion, nephew, witness, regular customer, mayor partial quote, unnamed store owner statement
('''MILLBROOK, Ohio (AP) — A gunman who opened fire inside a convenience store late Tuesday killed a longtime clerk and wounded a customer before fleeing on foot, police said. Investigators were still searching for him Wednesday.

The shooting happened around 10:45 p.m. at a Quik-Stop on East Fulton Street, a few blocks from the city’s downtown. The clerk, 58-year-old Rajesh Bhatt, was pronounced dead at the scene. The customer, a 31-year-old woman whose name was not released, was in stable condition at Grandview General Hospital.

“This was a senseless, cold-blooded act,” Police Chief Darnell Hughes said at a news conference Wednesday morning. “Mr. Bhatt did nothing to provoke this. By every account, he handed over what was asked of him.”

Hughes said surveillance footage showed a man in a gray hooded sweatshirt enter the store, demand cash and fire at least three shots. He described the suspect as a man in his 20s, about 5 feet 10 inches tall, with a thin build.

“We are asking the public to look at these images carefully,” said Hughes, who released four still photographs. “Somebody knows this man.”

Bhatt had worked at the store for 11 years and was known to regulars as Raj. His nephew, Vikram Bhatt, said his uncle had sent money home to relatives in Gujarat every month and had recently become a U.S. citizen.

“He loved this country,” Vikram Bhatt told reporters outside the family’s home. “He worked seven days a week and he never complained. And this is how it ends for him.”

Tanya Morales, who lives in an apartment above a laundromat across the street, said she heard what she thought were fireworks.

“Then I saw people running and I knew,” Morales said. “This block has had its problems, but nothing like this.”

By Wednesday afternoon, flowers, candles and handwritten notes had been left at the store’s door.

“He knew everybody’s order,” said Curtis Lamb, 44, a regular who stopped by to leave a bouquet. “You’d walk in and he’d already have your coffee on the counter.”

Mayor Lisa Grunwald called the killing “a tragedy for our whole city” and said the city would offer a $10,000 reward for information leading to an arrest.

Detective Sgt. Paul Rinaldi, who is leading the investigation, said detectives had recovered shell casings and were reviewing video from nearby businesses.

“We’ve got good images, we’ve got a timeline, and we have some leads we’re running down,” Rinaldi said. He declined to say whether the shooting was linked to two armed robberies at gas stations in the city last month.

The store’s owner said in a statement that it would remain closed through the weekend “out of respect for Raj and his family.”

Anyone with information is asked to call the Millbrook Police Department tip line.''',
 [("This was a senseless, cold-blooded act", "Darnell Hughes"),
  ("We are asking the public to look", "Darnell Hughes"),
  ("He loved this country", "Vikram Bhatt"),
  ("Then I saw people running and I", "Tanya Morales"),
  ("He knew everybody’s order", "Curtis Lamb"),
  ("a tragedy for our whole city", "Lisa Grunwald"),
  ("We’ve got good images, we’ve got a", "Paul Rinaldi"),
  ("out of respect for Raj and his", "~owner")]),

# 3 -- Hit-and-run cyclist death, Irish national daily style, curly quotes: Garda Superintendent, Garda statement, Facebook post, parish priest, unnamed cyclist, TD
('''Gardaí have renewed their appeal for witnesses following the death of a cyclist in a hit-and-run in Co Limerick at the weekend.

The man, named locally as Declan Furlong (47), a father of three from Adare, was struck by a car on the N21 at Ballingarrane at around 6.15am on Sunday while cycling to work. He was pronounced dead at the scene.

The car involved failed to stop. A silver Volkswagen Passat, believed to have been involved, was found burnt out in a laneway near Croagh later that morning.

Speaking at Newcastle West Garda station on Monday, Superintendent Niamh Costigan said the investigation was at “a critical stage”.

“Somebody drove that car home on Sunday morning, or somebody collected the driver, or somebody helped them get rid of it,” she said. “I am appealing directly to those people. You know what happened. Do the right thing.”

Supt Costigan said gardaí were particularly anxious to speak to anyone who travelled the N21 between Adare and Rathkeale between 5.45am and 7am and who may have dashcam footage.

“Dashcam footage has been crucial in cases like this before,” she added. “Please check it, even if you think you saw nothing.”

In a statement, An Garda Síochána said a forensic collision investigation had been carried out and the road had since reopened. “A file is being prepared and enquiries are ongoing,” the statement said.

Mr Furlong was a well-known member of Adare Cycling Club and coached the under-12 hurling team at his local GAA club.

His wife, Siobhán Furlong, posted on Facebook on Sunday night: “Our hearts are broken. Dec, you were our everything. Please, if you know anything, tell the gardaí.”

Fr Tomás Brennan, the parish priest in Adare, said the community had been “shaken to its core”.

“Declan was the first to volunteer for anything,” he said. “The children he coached are heartbroken. Whoever did this has taken a husband and a father away, and then left him on the side of the road.”

Another cyclist, who asked not to be named, said riders on the route had long complained about speeding.

“We’ve been saying for years that someone would be killed on that stretch,” he said. “Nobody listened.”

Local TD Marian Ahern, who raised the death in the Dáil on Tuesday, said the family deserved answers.

“There is a family in Adare tonight who will never be the same,” Ms Ahern said. “I would ask anyone with information, however small, to go to the gardaí.”

Anyone with information is asked to contact Newcastle West Garda station, the Garda Confidential Line on 1800 666 111, or any Garda station.''',
 [("a critical stage", "Niamh Costigan"),
  ("Somebody drove that car home on Sunday", "Niamh Costigan"),
  ("Dashcam footage has been crucial in cases", "Niamh Costigan"),
  ("A file is being prepared and enquiries", "An Garda Síochána"),
  ("Our hearts are broken. Dec, you were", "Siobhán Furlong"),
  ("shaken to its core", "Tomás Brennan"),
  ("Declan was the first to volunteer for", "Tomás Brennan"),
  ("We’ve been saying for years that someone", "~cyclist"),
  ("There is a family in Adare tonight", "Marian Ahern")]),

# 4 -- Domestic violence bail refusal, Australian public broadcaster style, straight quotes: police prosecutor with uncued continuation, defence lawyer, magistrate (partial quote in intro), detective, advocate
('''A Townsville man accused of holding his former partner captive in her home for almost two days has been refused bail, with a magistrate describing the allegations as "deeply disturbing".

Bradley James Cornish, 36, appeared by video link in Townsville Magistrates Court on Thursday charged with deprivation of liberty, choking, suffocation or strangulation in a domestic setting, assault occasioning bodily harm and contravening a domestic violence order.

Police allege Mr Cornish forced his way into the woman's Kirwan home on Monday night and prevented her from leaving until Wednesday morning, when she managed to alert a neighbour.

Police prosecutor Sergeant Megan Tully told the court the woman had suffered bruising to her neck and face.

"The complainant's account is that she was told that if she tried to leave, she would not survive," Sergeant Tully said.

"Police hold serious concerns for her safety, and for the safety of the two children who were in the home at the time."

Defence lawyer Aaron Kostakis said his client would plead not guilty to all charges and had a job and stable accommodation to return to.

"My client strenuously denies these allegations," Mr Kostakis said. "He is prepared to abide by any conditions this court sees fit, including reporting daily and wearing a tracking device."

Magistrate Joanne Pettigrew said the offer did not ease her concerns.

"These are serious allegations involving a protected person," she said. "I am not satisfied that any conditions could adequately address the risk of further offending."

Mr Cornish, who wore a grey jumper and sat with his arms folded, showed little reaction as the decision was handed down. The matter was adjourned to November.

Outside court, Detective Senior Sergeant Craig Lowe of the Townsville Child Protection and Investigation Unit said the neighbour who raised the alarm had acted "bravely and quickly".

"Without that phone call, we could be having a very different conversation today," he said.

Kylie Anders, chief executive of the North Queensland Women's Safety Service, said non-fatal strangulation was recognised as "one of the strongest predictors" of domestic homicide.

"When we hear that word, strangulation, every alarm bell goes off for us," Ms Anders said.

If you or someone you know is impacted by domestic and family violence, call 1800RESPECT on 1800 737 732.''',
 [("deeply disturbing", "Joanne Pettigrew"),
  ("The complainant's account is that she was", "Megan Tully"),
  ("Police hold serious concerns for her safety,", "Megan Tully"),
  ("My client strenuously denies these allegations", "Aaron Kostakis"),
  ("These are serious allegations involving a protected", "Joanne Pettigrew"),
  ("bravely and quickly", "Craig Lowe"),
  ("Without that phone call, we could be", "Craig Lowe"),
  ("one of the strongest predictors", "Kylie Anders"),
  ("When we hear that word, strangulation, every", "Kylie Anders")]),

# 5 -- Missing woman treated as suspicious, Canadian public broadcaster style, curly quotes: RCMP staff sergeant, mother "told CBC News", sister's Facebook post ("the post said"), advocate, unnamed volunteer
('''RCMP say they are treating the disappearance of a 27-year-old woman from northern Manitoba as suspicious, nearly three weeks after she was last seen leaving a friend’s home in Thompson.

Jolene Beardy was last seen on the evening of Oct. 3 walking along Thompson Drive North. Her family reported her missing two days later.

At a news conference in Thompson on Tuesday, RCMP Staff Sgt. Mark Delorme said investigators had “received information that has caused us to have concerns about foul play.” He would not say what that information was.

“I know the family wants answers, and I know the community wants answers,” Delorme said. “I can tell you that we have a dedicated team of investigators working on this file every single day.”

He said the RCMP’s Major Crime Services unit had taken over the investigation, and asked anyone who saw Beardy after 8 p.m. on Oct. 3 to contact police.

Beardy’s mother, Doreen Beardy, travelled to Thompson from Cross Lake after her daughter disappeared and has been leading volunteer searches of the bush and trails around the city.

“She calls me every day. Every single day,” she told CBC News, her voice breaking. “When she stopped calling, I knew something was wrong.”

“I just want my girl home,” she said.

Her sister, Tamara Beardy, wrote on Facebook on Monday that the family had been “running on no sleep and a lot of prayers.”

“Please keep sharing her picture,” the post said. “Somebody out there saw her.”

Sheila Mason, co-ordinator of the Keewatin Women’s Circle, a Thompson-based advocacy group, said the case had reopened painful wounds.

“We’ve been here too many times,” Mason said. “Every time one of our women goes missing, families have to fight to be taken seriously. That has to change.”

Delorme said he understood that frustration.

“We are taking this extremely seriously, and we have been from day one,” he said.

A search volunteer, who asked that her name not be used because she works for the city, said dozens of people had turned out every day.

“People are bringing food, they’re bringing quads, they’re taking time off work,” she said. “That’s what this community does.”

Anyone with information is asked to contact Thompson RCMP or Crime Stoppers.''',
 [("received information that has caused us to", "Mark Delorme"),
  ("I know the family wants answers, and", "Mark Delorme"),
  ("She calls me every day. Every single", "Doreen Beardy"),
  ("I just want my girl home", "Doreen Beardy"),
  ("running on no sleep and a lot", "Tamara Beardy"),
  ("Please keep sharing her picture", "Tamara Beardy"),
  ("We’ve been here too many times", "Sheila Mason"),
  ("We are taking this extremely seriously, and", "Mark Delorme"),
  ("People are bringing food, they’re bringing quads,", "~volunteer")]),

# 6 -- Inquest into moped death in police pursuit, British regional style with single quotes as main mark: PC evidence, barrister's question and reply, mother, IOPC statement, coroner's conclusion over two paragraphs
('''A teenager who died when the moped he was riding hit a lamp post during a police pursuit was travelling at more than 60mph in a 30mph zone, an inquest has heard.

Tyler Onslow, 17, from Erdington, suffered fatal head injuries in the collision on Kingsbury Road in February last year.

Birmingham Coroner's Court heard that officers in an unmarked car had begun following the moped after it was seen being ridden without lights and with a false number plate.

PC Daniel Ferris, who was driving the police car, told the hearing he had 'never lost sight' of the moped before it crashed.

'I was maintaining a safe distance at all times,' he said. 'When I saw him lose control I stopped immediately and went to give first aid. I did everything I could for him.'

Under questioning from the family's barrister, Rebecca Ashworth, PC Ferris accepted that he had not told the control room the speed the pursuit had reached.

'Was that because you thought you would be told to stop?' Ms Ashworth asked.

'No, ma'am,' he replied. 'It was because everything happened so fast.'

Tyler's mother, Karen Onslow, wept as she gave evidence, describing her son as 'a cheeky, loving boy who was trying to find his way'.

'He had made mistakes, I'm not going to pretend otherwise,' she said. 'But he didn't deserve to die for them.'

The Independent Office for Police Conduct, which investigated the crash, found that no officer had a case to answer for misconduct, but recommended additional training on pursuit reporting.

In a statement read to the court, the IOPC said: 'Our investigation found the officer's driving was within policy, but there were lessons to be learned about how information was shared with the control room.'

Recording a conclusion of road traffic collision, Area Coroner Emma Brightwell said Tyler's death was 'a tragedy for everyone involved'.

'The evidence is clear that Tyler was riding at a speed which gave him no chance of negotiating that bend,' she said.

'I do, however, share the family's concern that the control room was not given the full picture, and I will be writing to the chief constable about it.'

Outside court, Mrs Onslow said the family would continue to campaign for changes to how police pursuits are carried out.''',
 [("never lost sight", "Daniel Ferris"),
  ("I was maintaining a safe distance at", "Daniel Ferris"),
  ("Was that because you thought you would", "Rebecca Ashworth"),
  ("No, ma'am", "Daniel Ferris"),
  ("a cheeky, loving boy who was trying", "Karen Onslow"),
  ("He had made mistakes, I'm not going", "Karen Onslow"),
  ("Our investigation found the officer's driving was", "Independent Office for Police Conduct"),
  ("a tragedy for everyone involved", "Emma Brightwell"),
  ("The evidence is clear that Tyler was", "Emma Brightwell"),
  ("I do, however, share the family's concern", "Emma Brightwell")]),

# 7 -- Capital murder charge in delivery driver killing, US metro daily style, straight quotes: DA news conference, "said Ocampo" inversion, defence written statement ("the statement said"), widow told local paper, vigil signs
('''A 24-year-old man was charged Monday with capital murder in the shooting death of a food delivery driver who was killed while dropping off an order at an apartment complex last week, Merritt County District Attorney Carla Jennings announced.

Devonte Marcus Reed was arrested Saturday at a relative's home in Fort Worth and was being held without bond in the Merritt County Jail.

Prosecutors allege Reed shot 41-year-old Luis Ortega during a robbery on the night of Jan. 9 at the Cedar Pointe apartments in Riverside Heights. Ortega, a father of four who had been delivering food for about two years to supplement his income as a school custodian, died at the scene.

"Luis Ortega went to work that night to provide for his family, and he never came home," Jennings said at a news conference outside the county courthouse. "We will seek justice for him with every resource this office has."

Jennings said her office had not decided whether it would seek the death penalty.

"That is a decision that will be made carefully, in consultation with the family, and not today," she said.

Police Chief Raymond Ocampo said detectives identified Reed through surveillance video, cellphone records and a tip from a member of the public.

"That tip was critical," said Ocampo. "I want to thank the person who picked up the phone. You made a difference."

Reed's attorney, Stephanie Vail, said in a written statement that her client "maintains his innocence" and that she had not yet seen the evidence against him.

"It is far too early for anyone to reach conclusions about what happened that night," the statement said. "Mr. Reed is presumed innocent, and we would ask the public and the press to remember that."

Ortega's widow, Marisol Ortega, told The Merritt County Ledger she was relieved an arrest had been made but that nothing would bring her husband back.

"My kids ask me every night when Papi is coming home," she said. "What am I supposed to tell them?"

Delivery drivers from across the area held a vigil outside the apartment complex on Sunday night, parking their cars in a long line with hazard lights flashing. Some held signs reading "Protect Our Drivers" and "Justice for Luis."

"We all think about it," said Omar Haddad, who has delivered food in the area for three years. "You knock on a door at 10 o'clock at night and you don't know who's going to answer."

Reed is scheduled to appear before a magistrate on Wednesday.''',
 [("Luis Ortega went to work that night", "Carla Jennings"),
  ("That is a decision that will be", "Carla Jennings"),
  ("That tip was critical", "Raymond Ocampo"),
  ("maintains his innocence", "Stephanie Vail"),
  ("It is far too early for anyone", "Stephanie Vail"),
  ("My kids ask me every night when", "Marisol Ortega"),
  ("Protect Our Drivers", None),
  ("Justice for Luis", None),
  ("We all think about it", "Omar Haddad")]),

# 8 -- County lines sentencing, UK regional court report, curly quotes: scare-quoted slang and line name, prosecutor with uncued continuation, defendant's messages, barrister, judge ("the judge told him"), Det Sgt
('''Members of a drugs gang who used a 15-year-old boy to sell heroin and crack cocaine in Great Yarmouth have been jailed for a total of more than 30 years.

Five men were sentenced at Norwich Crown Court on Friday after admitting conspiracy to supply Class A drugs. Two of them also admitted offences under the Modern Slavery Act relating to the exploitation of the boy.

The court heard the gang ran a so-called “deal line” from east London, known on the street as “Lucky”, which sent bulk text messages to hundreds of drug users advertising heroin and crack.

Prosecutor Jonathan Reeve said the boy, who cannot be named for legal reasons, had been reported missing by his mother 11 times in six months.

“He was sent to stay in the homes of vulnerable drug users, sometimes for days at a time, with drugs hidden on his person,” Mr Reeve told the court.

“On one occasion he was found by police with a knife and £900 in cash. He was, in every sense, being used.”

Messages recovered from the phone of the gang’s leader, Connor Dyer, 26, of Hackney, showed him telling the boy to “stop crying and get back out there”.

Dyer’s barrister, Priya Nandra, said her client had himself been drawn into drug dealing as a teenager.

“That is not an excuse, and he does not offer it as one,” she said. “But it is part of the picture.”

Jailing Dyer for nine years and four months, Judge Andrew Pellow said the gang had shown “a callous disregard” for the boy’s welfare.

“You treated a child as a disposable commodity,” the judge told him. “You put him in harm’s way to protect yourselves, and you profited from the misery of addicted people in this town.”

The other four defendants received sentences ranging from three years to seven years and six months.

Speaking after the hearing, Det Sgt Lucy Okafor of Norfolk Police’s Operation Granary team said the case should send a clear message.

“If you exploit children to sell drugs in Norfolk, we will find you,” she said. “Those lines do not stay open for long.”

The boy is now being supported by specialist services, the court heard.''',
 [("He was sent to stay in the", "Jonathan Reeve"),
  ("On one occasion he was found by", "Jonathan Reeve"),
  ("stop crying and get back out there", "Connor Dyer"),
  ("That is not an excuse, and he", "Priya Nandra"),
  ("a callous disregard", "Andrew Pellow"),
  ("You treated a child as a disposable", "Andrew Pellow"),
  ("If you exploit children to sell drugs", "Lucy Okafor")]),

# 9 -- Fatal flat fire murder charge, Scottish daily style, straight quotes: DI statement over two paragraphs, fire service spokeswoman, brother's tribute, unnamed resident, neighbours, councillor, COPFS spokesperson
('''A man has appeared in court charged with murder after a woman died in a fire at a block of flats in Dundee.

Stuart Guthrie, 43, made no plea during a brief private hearing at Dundee Sheriff Court on Monday. He was committed for further examination and remanded in custody.

Emergency services were called to the property in Menzieshill on Friday evening. The body of a 39-year-old woman, named by police as Lorna Baird, was found inside a second-floor flat after the blaze was extinguished. Several other residents were treated for smoke inhalation.

Detective Inspector Fraser Kidd, of Police Scotland's Major Investigation Team, said: "Our thoughts remain with Lorna's family and friends at this incredibly difficult time.

"I would like to thank the local community for their patience while officers have been in the area, and for the information many of them have already given us."

A Scottish Fire and Rescue Service spokeswoman said crews had rescued two people from neighbouring flats using breathing apparatus.

"Firefighters worked in extremely challenging conditions to bring this fire under control," she said.

Ms Baird's brother, Callum Baird, paid tribute to his sister in a statement issued through police.

"Lorna was the heart of our family," he said. "She was funny and kind and she would do anything for anybody. We are absolutely broken."

One resident, who lives on the ground floor, said she was woken by the smell of smoke and a neighbour banging on her door.

"There was smoke pouring down the stairwell," she said. "You couldn't see your hand in front of your face. I just grabbed the kids and ran."

Another neighbour, Morag Petrie, 71, said the block had always been "a quiet close" where people looked out for each other.

"Nothing like this has ever happened here," she said. "Lorna always stopped for a blether. I can't believe she's gone."

Local councillor Fiona Rennie said residents who had been moved out of the building were being housed in temporary accommodation.

"This is a close-knit community and people are deeply shocked," she said. "The council will do everything it can to support them."

A spokesperson for the Crown Office and Procurator Fiscal Service said: "The investigation into the death, under the direction of the Procurator Fiscal, is ongoing. The family will continue to be kept updated."''',
 [("Our thoughts remain with Lorna's family and", "Fraser Kidd"),
  ("I would like to thank the local", "Fraser Kidd"),
  ("Firefighters worked in extremely challenging conditions", "Scottish Fire and Rescue Service"),
  ("Lorna was the heart of our family", "Callum Baird"),
  ("There was smoke pouring down the stairwell", "~resident"),
  ("a quiet close", "Morag Petrie"),
  ("Nothing like this has ever happened here", "Morag Petrie"),
  ("This is a close-knit community and people", "Fiona Rennie"),
  ("The investigation into the death, under the", "Crown Office and Procurator Fiscal Service")]),

# 10 -- Jewellery store ram raid, Australian metro daily style, curly quotes: Det Supt with partial and full quotes, store owner, unnamed resident who "told 2GB", chamber of commerce, NSW Police statement
('''Police are hunting a gang who used a stolen four-wheel drive to smash through the front of a jewellery store in Parramatta before dawn on Wednesday, escaping with watches and gold worth an estimated $400,000.

CCTV footage released by NSW Police shows a white LandCruiser reversing through the glass doors of Cassar & Sons Jewellers on Church Street at about 3.40am. Four people wearing balaclavas and gloves then ran inside, smashed display cabinets with hammers and filled bags within two minutes.

The vehicle, which had been stolen from a driveway in Baulkham Hills the day before, was later found burnt out in bushland at Rydalmere.

Detective Superintendent Anthony Rocca, commander of the State Crime Command’s Robbery and Serious Crime Squad, said the raid had been “planned and executed with military precision”.

“These people knew exactly what they were doing and exactly what they wanted,” he told reporters. “They were in and out in under two minutes.”

Det Supt Rocca said a strike force had been set up, and detectives were investigating whether the raid was linked to two similar incidents in Sydney’s west since August.

“I’m not going to speculate about links at this stage, but we’re certainly looking at it,” he said.

Store owner Joseph Cassar, whose father opened the business in 1974, said he was woken by a call from his security company.

“By the time I got here it looked like a bomb had gone off,” Mr Cassar said. “Fifty years my family has been in this street. Fifty years, and nothing like this.”

He said staff had been “shaken up” but were grateful nobody had been hurt.

A resident who lives in a unit above a nearby cafe said he was woken by “an almighty bang” followed by the sound of an engine revving.

“I thought a truck had crashed,” he told 2GB. “Then I looked out and saw blokes in balaclavas running in and out. I wasn’t going anywhere near that.”

Parramatta Chamber of Commerce president Leanne Fitzgerald said business owners in the CBD were “fed up”.

“Every few months it’s something. Shop owners are spending thousands on bollards and roller doors just to feel safe,” she said.

In a statement, NSW Police said: “Anyone with information or dashcam footage from the Church Street area between 3am and 4.30am on Wednesday is urged to contact Crime Stoppers.”''',
 [("planned and executed with military precision", "Anthony Rocca"),
  ("These people knew exactly what they were", "Anthony Rocca"),
  ("I’m not going to speculate about links", "Anthony Rocca"),
  ("By the time I got here it", "Joseph Cassar"),
  ("shaken up", "Joseph Cassar"),
  ("an almighty bang", "~resident"),
  ("I thought a truck had crashed", "~resident"),
  ("fed up", "Leanne Fitzgerald"),
  ("Every few months it’s something. Shop owners", "Leanne Fitzgerald"),
  ("Anyone with information or dashcam footage from", "NSW Police")]),

# 11 -- March over police shooting, US metro daily style, straight quotes: chants and a sign, department's account, mother addressing crowd ("said Pruitt's mother"), family attorney, chief, police union statement, marcher
('''Hundreds of people marched through downtown Grand Harbor on Saturday, demanding the release of body camera footage from the police shooting of a 22-year-old man during a traffic stop last weekend.

Protesters chanting "Release the tape" and "Say his name, Jamal Pruitt" walked from the steps of City Hall to the Third Precinct building, where organizers read out a list of demands through a megaphone. Many carried homemade signs, including one that read "A Traffic Stop Is Not a Death Sentence."

Pruitt was shot twice by an officer on Sept. 6 after he was pulled over for an expired registration on Lakeview Avenue. He was pronounced dead at a hospital. The Grand Harbor Police Department has said the officer fired after Pruitt "made a sudden movement toward the center console." No weapon was found in the car, according to the family's attorney.

"Jamal did not have to die," said Pruitt's mother, Angela Pruitt, addressing the crowd from the back of a pickup truck. "He was on his way home from work. He had his hands where they could see them. We want to see that video, and we want to see it now."

Attorney Marcus Fenwick, who represents the family, said the department's refusal to release the footage was "eroding whatever trust was left" between police and residents.

"If the video shows what they say it shows, then release it," Fenwick said. "What are they afraid of?"

Police Chief Diane Kowalczyk said Friday that the footage would be made public once the Michigan State Police, which is investigating the shooting, had interviewed all witnesses.

"I understand the frustration, I truly do," Kowalczyk said. "But I will not do anything that could compromise an independent investigation."

The officer, who has not been named, has been placed on paid administrative leave, which is standard procedure.

In a statement, the Grand Harbor Police Officers Association said the officer had "acted in accordance with his training" and urged the public to wait for the facts.

Among the marchers was Denise Walker, 63, who said she had lived in the neighborhood for 40 years.

"I've been marching since I was a teenager," Walker said. "I'm tired. But I'll keep coming out until these young people can drive down the street without being scared."''',
 [("Release the tape", None),
  ("Say his name, Jamal Pruitt", None),
  ("A Traffic Stop Is Not a Death", None),
  ("made a sudden movement toward the center", "Grand Harbor Police Department"),
  ("Jamal did not have to die", "Angela Pruitt"),
  ("eroding whatever trust was left", "Marcus Fenwick"),
  ("If the video shows what they say", "Marcus Fenwick"),
  ("I understand the frustration, I truly do", "Diane Kowalczyk"),
  ("acted in accordance with his training", "Grand Harbor Police Officers Association"),
  ("I've been marching since I was a", "Denise Walker")]),

# 12 -- District Court assault charge, Irish court-report style, straight quotes: accused's reply to charge, Garda Sergeant evidence, one-word partial quote, solicitor, judge, son outside court, taxi group on radio with uncued continuation
('''A 31-year-old man has been remanded in custody after being charged in connection with a serious assault on a taxi driver in Dublin city centre.

Wayne Doherty, with an address at Cabra Park, Dublin 7, appeared before Dublin District Court on Tuesday charged with assault causing serious harm to Oluwaseun Adebayo (52) on Dame Street in the early hours of Sunday.

Garda Sergeant Ciara Molloy gave evidence of arresting Mr Doherty at his home on Monday evening. She said that when charged and cautioned, the accused replied: "I didn't mean for it to go that far."

Sgt Molloy told the court that the injured man had suffered a fractured skull and remained in a serious but stable condition in St James's Hospital.

Objecting to bail, she said gardaí had "serious concerns" that Mr Doherty would interfere with witnesses, two of whom were known to him.

"There is CCTV footage of the incident, which gardaí have viewed, and it is the State's case that the assault was unprovoked," Sgt Molloy said.

Defence solicitor Eoin Hennessy said his client had lived at the same address all his life, would obey strict conditions and "absolutely" intended to contest the charge.

"He is a man with a young family and a job in a warehouse, which he will lose if he is held in custody," Mr Hennessy said.

Judge Patricia Cuddihy said that given the seriousness of the alleged offence and the garda evidence, she was refusing bail.

"This is a very serious charge, and the evidence before me is that the injured party is still in hospital," she said.

Legal aid was granted. Mr Doherty, who wore a grey tracksuit and spoke only to confirm he understood the proceedings, was remanded in custody to appear again at Cloverhill District Court next week.

Mr Adebayo's son, Tunde Adebayo, said outside court that his father had been working nights as a taxi driver for 18 years.

"He has driven thousands of people home safely," he said. "All he asked was to be paid his fare."

Speaking on RTÉ Radio, Derek Fallon of the Dublin Taxi Drivers' Forum said drivers were increasingly afraid to work at night.

"Our members are being abused and threatened every weekend, and most of it never makes the news," Mr Fallon said.

"Something has to be done before a driver is killed."''',
 [("I didn't mean for it to go", "Wayne Doherty"),
  ("serious concerns", "Ciara Molloy"),
  ("There is CCTV footage of the incident", "Ciara Molloy"),
  ("absolutely", "Eoin Hennessy"),
  ("He is a man with a young", "Eoin Hennessy"),
  ("This is a very serious charge, and", "Patricia Cuddihy"),
  ("He has driven thousands of people home", "Tunde Adebayo"),
  ("Our members are being abused and threatened", "Derek Fallon"),
  ("Something has to be done before a", "Derek Fallon")]),

# 13 -- Carjacking arrests, Canadian metro daily style, straight quotes: police superintendent, victim interview, unnamed neighbour, insurance spokesperson, city councillor, police post on X ("the post said")
('''Toronto police say they have arrested 14 people in connection with a string of violent carjackings in the city's north end, and are warning drivers of high-end SUVs to be on alert.

Supt. Ryan Chen of the Toronto Police Service's organized crime enforcement unit told reporters Thursday that the suspects are believed to be responsible for at least 22 carjackings since June, several involving handguns.

"These are not joyriders," Chen said. "These are organized groups who are stealing vehicles to order, and in many cases those vehicles are in a shipping container at the Port of Montreal within days."

He said police had recovered 31 vehicles worth an estimated $2.6 million.

"The level of violence is what concerns us most," he said. "People are being pulled out of their cars in their own driveways, in front of their children."

One of those victims, North York resident Priya Raman, said she was confronted by two masked men as she got out of her SUV in her driveway in May.

"One of them put a gun to my head and told me to give him the key," Raman said in an interview. "My daughter was in the back seat. I still have nightmares about it."

She said she has since installed security cameras and a steering wheel lock, and keeps her key fob in a signal-blocking pouch.

A neighbour of Raman's, who asked not to be identified, said the carjacking had changed the street.

"Everybody on this street has a camera now," he said. "We have a group chat. If a car drives by slowly twice, people are posting about it."

Scott Wheeler, a spokesperson for the Insurance Bureau of Canada, said the problem was costing every driver in the province.

"Auto theft has reached crisis levels in Ontario, and premiums are going up for everyone as a result," Wheeler said.

Coun. Amanda Lisowski, who represents the area, said residents in her ward were "living in fear."

"I'm hearing from seniors who are afraid to go out to their own driveway after dark," she said. "That is not acceptable in a city like Toronto."

In a post on X, the Toronto Police Service urged people not to resist if confronted. "Your vehicle can be replaced. You cannot," the post said.

Chen said the investigation, dubbed Project Thorn, was continuing and more arrests were expected.

"We are not done," he said.''',
 [("These are not joyriders", "Ryan Chen"),
  ("The level of violence is what concerns", "Ryan Chen"),
  ("One of them put a gun to", "Priya Raman"),
  ("Everybody on this street has a camera", "~neighbour"),
  ("Auto theft has reached crisis levels in", "Scott Wheeler"),
  ("living in fear", "Amanda Lisowski"),
  ("I'm hearing from seniors who are afraid", "Amanda Lisowski"),
  ("Your vehicle can be replaced. You cannot", "Toronto Police Service"),
  ("We are not done", "Ryan Chen")]),

# 14 -- Knife crime march, British national daily style with curly single quotes: banner and chant, bereaved mother told crowd, young friend, charity chief, Home Office spokesperson over two paragraphs
('''The mother of a teenager stabbed to death in east London has led hundreds of people on a march to Downing Street, calling on the government to do more to stop young people carrying knives.

Beverley Osei’s son Jordan, 16, was killed near Stratford bus station in March last year. Two teenagers were convicted of his murder in the summer and are serving life sentences.

On Saturday she walked at the head of a crowd of families, youth workers and schoolchildren, many wearing T-shirts printed with the faces of young people who had been killed. A banner at the front read: ‘Not One More Mother’.

‘I never wanted to be a campaigner,’ Ms Osei told the crowd when the march reached Whitehall. ‘I wanted to be a mum. I wanted to see my boy finish school and go to college and fall in love. That was taken from me.’

She said the families had come to deliver a letter to the prime minister asking for guaranteed long-term funding for youth clubs and mentoring schemes.

‘Every time a child is killed, politicians come on the news and promise it will never happen again,’ she said. ‘Then the cameras go away and the money goes away. We are asking them to stay.’

Among the marchers was Kwame Asante, 19, a friend of Jordan’s who now volunteers at a youth project in Newham.

‘Half the boys I grew up with carry something because they’re scared,’ he said. ‘It’s not about being a gangster. It’s fear. You fix the fear, you fix a lot of it.’

Rachel Nwosu, chief executive of the Open Doors Youth Trust, which works with young people excluded from school, said the link between exclusions and knife crime was ‘impossible to ignore’.

‘We see the same pattern again and again,’ she said. ‘A child is excluded, they lose their structure, they lose their friends, and the people waiting for them on the street are not the people you want.’

The crowd fell silent for a minute outside Downing Street as the names of young people killed in London in the past year were read out. Some chanted ‘Knives down, futures up’ as the letter was handed in.

A Home Office spokesperson said: ‘Every death from knife crime is a tragedy, and our thoughts are with all the families who have lost loved ones.

‘We are committed to halving knife crime within a decade and are investing in prevention programmes alongside tougher enforcement.’

Ms Osei said the response was ‘a start’, but that she would judge ministers on what they did next.''',
 [("Not One More Mother", None),
  ("I never wanted to be a campaigner", "Beverley Osei"),
  ("Every time a child is killed, politicians", "Beverley Osei"),
  ("Half the boys I grew up with", "Kwame Asante"),
  ("impossible to ignore", "Rachel Nwosu"),
  ("We see the same pattern again and", "Rachel Nwosu"),
  ("Knives down, futures up", None),
  ("Every death from knife crime is a", "Home Office"),
  ("We are committed to halving knife crime", "Home Office"),
  ("a start", "Beverley Osei")]),

# 15 -- Cold case DNA arrest, US regional daily style, curly quotes: headline nickname and podcast title, sheriff, DA, victim's sister, retired detective "told The Pine Hollow Courier", defence email, unnamed neighbor
('''Investigators in Oregon say they have solved the 1991 killing of a 23-year-old waitress, arresting a retired truck driver after genetic genealogy linked him to DNA found at the scene more than three decades ago.

Gerald Wayne Hostetler, 64, was arrested Tuesday at his home in Boise, Idaho, and is awaiting extradition to Alder County on a charge of first-degree murder in the death of Katie Lindqvist, Alder County Sheriff Tom Brannigan announced Thursday.

Lindqvist was last seen leaving the Crossroads Diner in Pine Hollow after a late shift on Nov. 2, 1991. Her body was found two days later in a ditch off Highway 26. The killing, long referred to in local headlines as “The Crossroads Case,” was featured in 2019 on the true-crime podcast “Last Shift in Pine Hollow.”

“For 33 years, this case has never been closed in this office,” Brannigan said at a news conference, standing beside a poster-sized photo of Lindqvist. “Detectives retired, new detectives picked it up, and nobody ever let Katie go.”

He said the sheriff’s office sent a DNA profile developed from evidence collected at the scene to a private lab in 2022, which used public genealogy databases to build a family tree that eventually pointed to Hostetler.

“It took hundreds of hours of work by our team and our partners to get to one name,” Brannigan said. “Then we had to prove it.”

Investigators collected a coffee cup Hostetler discarded at a restaurant in August, the sheriff said, and the state crime lab confirmed a match.

Alder County District Attorney Miriam Shaw said her office had been involved from the early stages of the genealogy work.

“This is a case that will be tried on evidence, and we believe that evidence is strong,” Shaw said.

Lindqvist’s younger sister, Ingrid Lindqvist-Moore, said she had almost given up hope.

“My parents both died without knowing,” she said, holding her husband’s hand. “I used to lie awake thinking I’d be the same. Today I called my brother, and we just cried on the phone.”

Retired detective Frank Delgado, who worked the case in the 1990s, told The Pine Hollow Courier that he had kept a copy of the case file in his garage for years.

“I’d take it out every couple of years and read the whole thing again, hoping something would jump out,” Delgado told the paper. “Science finally caught up.”

Hostetler’s attorney, Renee Cobb, said in an email that her client “intends to fight these charges” and asked the public to reserve judgment.

Neighbors in Boise described Hostetler as quiet and private. One neighbor, who asked not to be named, said he mowed the lawn of an elderly widow across the street every week.

“You just never know,” she said. “I’d have trusted him with my keys.”

Hostetler is expected to be arraigned in Alder County later this month.''',
 [("For 33 years, this case has never", "Tom Brannigan"),
  ("It took hundreds of hours of work", "Tom Brannigan"),
  ("This is a case that will be", "Miriam Shaw"),
  ("My parents both died without knowing", "Ingrid Lindqvist-Moore"),
  ("I’d take it out every couple of", "Frank Delgado"),
  ("intends to fight these charges", "Renee Cobb"),
  ("You just never know", "~neighbor")]),

# 16 -- Bank impersonation scam on widow, Australian regional daily style, straight quotes: caller's phrase, Det Sgt partial and full quotes, victim identified by first name, son, bank spokeswoman, seniors' advocate
('''Police in Geelong have warned older residents to hang up on callers claiming to be from their bank, after a 79-year-old widow lost more than $180,000 in a single afternoon.

The woman, from Highton, received a call on Tuesday from a man who said he worked in her bank's fraud department and that her accounts had been compromised. Over the next four hours, the caller talked her into transferring her life savings into what he called a "safe account".

Detective Sergeant Rebecca Lyons, of Geelong Crime Investigation Unit, said the woman had done "everything the scammers wanted her to do, because they were very, very convincing".

"These offenders are professional," Det Sgt Lyons said. "They will have your name, sometimes your address and the last four digits of your card. They sound exactly like the bank."

She said the woman had given police permission to share her story in the hope it would stop others falling victim.

The woman, who asked to be identified only by her first name, Margaret, told the Geelong Advertiser she felt "stupid and ashamed".

"He was so polite, and he knew things about me," she said. "He kept telling me not to hang up, that my money was at risk. By the time my son came over, it was all gone."

Her son, Peter Hollis, said the family was "gutted" but mostly worried about his mother.

"She's barely eaten since," Mr Hollis said. "The money is one thing, but it's her confidence I'm worried about."

A Commonwealth Bank spokeswoman said the bank was working with police and the family. "We will never ask customers to move money to another account to keep it safe," she said.

Denise Farrow, a policy manager at COTA Victoria, the peak body for older Victorians, said scammers were becoming more sophisticated.

"Older Australians are being targeted relentlessly," Ms Farrow said. "Banks need to slow down large transfers and call customers back, every single time."

Det Sgt Lyons said the simplest advice was often the best.

"If in doubt, hang up and call your bank on the number on the back of your card," she said.''',
 [("safe account", "~caller"),
  ("everything the scammers wanted her to do,", "Rebecca Lyons"),
  ("These offenders are professional", "Rebecca Lyons"),
  ("stupid and ashamed", "Margaret"),
  ("He was so polite, and he knew", "Margaret"),
  ("gutted", "Peter Hollis"),
  ("She's barely eaten since", "Peter Hollis"),
  ("We will never ask customers to move", "Commonwealth Bank"),
  ("Older Australians are being targeted relentlessly", "Denise Farrow"),
  ("If in doubt, hang up and call", "Rebecca Lyons")]),

# 17 -- Police misconduct hearing, UK national daily style, curly quotes: chat group name, presenting barrister, officer's representative, panel chair, Commander's statement over two paragraphs, IOPC spokesperson, anonymous officer "told the BBC"
('''A Metropolitan Police constable who sent racist and misogynistic messages in a WhatsApp group with other officers has been dismissed without notice after a misconduct hearing found he had committed gross misconduct.

PC Liam Hartigan, 32, who was based in south London, was found to have breached the standards of professional behaviour relating to discreditable conduct and equality and diversity.

The hearing was told that between 2021 and 2023 Hartigan posted more than 40 offensive messages in a group chat called “Lads on Nights”, including jokes about victims of domestic abuse and derogatory comments about black colleagues.

Presenting the case for the Met, barrister Sophie Garrard said the messages were “not banter, however they were dressed up”.

“These were messages sent by a serving police officer, about members of the public he was sworn to protect and about his own colleagues,” Ms Garrard told the panel.

Hartigan’s representative, Nigel Pryce, said his client accepted the messages were “wholly inappropriate” and had apologised.

“He was 28 when this began, he was immature, and he was influenced by a culture in that group which he did not create,” Mr Pryce said. “He has since completed training and he is genuinely remorseful.”

The panel’s chair, Alison Greaves, rejected that argument.

“Police officers are expected to challenge such behaviour, not to join in with it,” she said. “The public would be rightly appalled by the content of these messages. Nothing short of dismissal would be sufficient.”

Hartigan will be placed on the barred list, which prevents him from working in policing again.

Commander Rachel Whitford, of the Met’s Directorate of Professional Standards, said: “There is no place in the Met for officers who hold these views. We are determined to root them out.

“I want to thank the officer who reported this group. It took courage, and they did exactly the right thing.”

Two other officers who were members of the chat face separate hearings later this year.

A spokesperson for the Independent Office for Police Conduct said the watchdog had directed that the hearing be held in public. “Public confidence depends on this kind of behaviour being dealt with openly,” the spokesperson said.

A black officer who previously worked alongside Hartigan, and who spoke on condition of anonymity, told the BBC the outcome was “a relief, but not a surprise”.''',
 [("not banter, however they were dressed up", "Sophie Garrard"),
  ("These were messages sent by a serving", "Sophie Garrard"),
  ("wholly inappropriate", "Nigel Pryce"),
  ("He was 28 when this began, he", "Nigel Pryce"),
  ("Police officers are expected to challenge such", "Alison Greaves"),
  ("There is no place in the Met", "Rachel Whitford"),
  ("I want to thank the officer who", "Rachel Whitford"),
  ("Public confidence depends on this kind of", "Independent Office for Police Conduct"),
  ("a relief, but not a surprise", "~officer")]),

# 18 -- School threat arrest, US local daily style, straight quotes: juvenile's post quoted, police lieutenant, superintendent's written message ("Whitaker wrote"), parent, unnamed parent on Facebook, lieutenant again
('''A 15-year-old student was arrested Wednesday after posting a threat on social media to "shoot up" Lincoln Ridge High School, prompting school officials to cancel classes for the day, police said.

Lt. Kevin Marsh of the Brookfield Township Police Department said officers were alerted around 10:30 p.m. Tuesday after several students and parents reported the post, which appeared on Snapchat alongside a photo of what appeared to be a rifle.

"We take every one of these seriously, and I mean every one," Marsh said. "Our officers and detectives worked through the night, and we had the juvenile in custody before 6 a.m."

Marsh said the rifle in the photo turned out to be an airsoft gun and there was "no indication" that the student had access to real firearms. The teen, whose name was not released because of his age, has been charged with making terroristic threats and was taken to a juvenile detention center.

Superintendent Lorraine Whitaker said in a message to families late Tuesday night that the decision to close the school had been made "out of an abundance of caution."

"I know this is frightening for our students and families, and I know some of you are angry," Whitaker wrote. "Please know that the safety of our children will always come first."

Classes are scheduled to resume Thursday with additional police officers on campus, she said.

Jessica Alvarado, whose daughter is a sophomore at the school, said she first learned of the threat from a group text at midnight.

"Nobody slept in our house," Alvarado said. "My daughter was asking me if she had to go tomorrow, and honestly, I didn't know what to tell her."

Another parent wrote on the district's Facebook page: "Thank you to the students who reported this. You did exactly what you were supposed to do."

Marsh echoed that message.

"The kids who spoke up are the reason this ended the way it did," he said. "If you see something like this, tell an adult. Every time."

He added that a threat made as a joke is still a crime.

"There's no such thing as a prank threat," Marsh said. "Kids need to understand that what they post can follow them for the rest of their lives."''',
 [("shoot up", "~student"),
  ("We take every one of these seriously,", "Kevin Marsh"),
  ("no indication", "Kevin Marsh"),
  ("out of an abundance of caution.", "Lorraine Whitaker"),
  ("I know this is frightening for our", "Lorraine Whitaker"),
  ("Nobody slept in our house", "Jessica Alvarado"),
  ("Thank you to the students who reported", "~parent"),
  ("The kids who spoke up are the", "Kevin Marsh"),
  ("There's no such thing as a prank", "Kevin Marsh")]),

# 19 -- Pipe bomb attack on family home, Northern Ireland daily style, curly quotes: DCI (intro partial quote), unnamed mother "told BBC News NI", two councillors, neighbour known only by first name, PSNI social media appeal
('''A pipe bomb attack on a family home in north Belfast while a mother and her two young children slept upstairs has been condemned by a senior detective as “reckless and despicable”.

The device was thrown at the front of the house in the Cliftonville area at around 2am on Thursday. It exploded in the garden, shattering the front window and damaging a car parked outside. Nobody was injured.

Army technical officers examined the scene and a number of nearby homes were evacuated for several hours while a security alert was in place.

Detective Chief Inspector Gareth McCrory, of the Police Service of Northern Ireland, said it was “nothing short of a miracle” that no one had been killed.

“A mother and two children, aged four and seven, were asleep in that house,” he said. “Those responsible did not care who was inside. They could have been murdered in their beds.”

DCI McCrory said detectives were keeping an open mind about the motive but were examining whether the attack was linked to an ongoing feud between criminal groups in the area.

“I would say to those involved in this feud, your dispute is not worth a child’s life,” he said.

The mother, who did not want to be named, told BBC News NI she had “no idea” why her home had been targeted.

“My wee girl thought it was thunder,” she said. “I don’t know how I’m meant to make them feel safe in their own beds now.”

Local councillor Martin Quigley said the attack had left residents shaken.

“This is a community that has worked hard to leave this kind of thing in the past,” Mr Quigley said. “Nobody here wants to go back there.”

Sandra Kerr, a councillor for a neighbouring area, said: “Whoever did this should hand themselves in. There can be no excuses and no ambiguity.”

A neighbour, who gave his name only as Seamus, said the blast shook his house two doors away.

“I thought the roof was coming in,” he said. “I ran out in my bare feet and there was smoke everywhere and the car alarm going.”

The Police Service of Northern Ireland later posted an appeal on social media. “Did you see anyone in the area of Cliftonville Road in the early hours of Thursday? Even a small detail could help,” the post said.''',
 [("reckless and despicable", "Gareth McCrory"),
  ("nothing short of a miracle", "Gareth McCrory"),
  ("A mother and two children, aged four", "Gareth McCrory"),
  ("I would say to those involved in", "Gareth McCrory"),
  ("no idea", "~mother"),
  ("My wee girl thought it was thunder", "~mother"),
  ("This is a community that has worked", "Martin Quigley"),
  ("Whoever did this should hand themselves in.", "Sandra Kerr"),
  ("I thought the roof was coming in", "Seamus"),
  ("Did you see anyone in the area", "Police Service of Northern Ireland")]),

# 20 -- Murder verdict, US metro daily style, straight quotes: victim's mother outside court, defendant's threatening message read in court, prosecutor's closing, defence attorney, judge to jurors, banner
('''MADISON, Wis. — A jury on Friday convicted a 29-year-old man of first-degree intentional homicide in the 2023 killing of his former girlfriend, rejecting his claim that he acted in self-defense.

Jurors deliberated for about six hours before finding Tyrell Haines guilty in the death of Brianna Koenig, 26, who was stabbed 17 times in her east side apartment in March 2023. He faces a mandatory life sentence.

Koenig's mother, Debra Koenig, gasped and clutched her husband's arm as the verdict was read. Haines stared straight ahead and showed no visible emotion.

"Seventeen times," Debra Koenig said outside the courthouse afterward. "He called that self-defense. Twelve people listened to everything, and they saw right through it."

During the weeklong trial, Assistant District Attorney Nora Castellanos told jurors Haines had sent Koenig dozens of threatening messages in the weeks before her death, including one that read, "If I can't have you nobody will."

"This was a man who could not accept that a woman had left him," Castellanos said in her closing argument Thursday. "When she told him it was over, he decided she would not get to live her life without him."

Defense attorney Gregory Stahl argued that Koenig had attacked Haines first with a kitchen knife, pointing to cuts on his hands.

"Mr. Haines did not go to that apartment to hurt anyone," Stahl told jurors. "He went there to talk, and he ended up fighting for his life."

Speaking to reporters after the verdict, Stahl said his client was "devastated" and that he expected to file an appeal.

"We respect the jury's work, but we believe errors were made in what evidence they were allowed to hear," he said.

Dane County Circuit Judge Catherine Ruiz set sentencing for Feb. 20 and thanked the jurors for their service. "You have done a difficult job with great care," she told them.

Koenig's friends wore purple, her favorite color, to court each day. Outside, several held a banner reading "Bri's Light Lives On."

Debra Koenig said the family would now focus on a scholarship fund set up in her daughter's name at Madison College.

"She wanted to be a nurse," she said. "We're going to make sure some other girl gets that chance."''',
 [("Seventeen times", "Debra Koenig"),
  ("If I can't have you nobody will.", "Tyrell Haines"),
  ("This was a man who could not", "Nora Castellanos"),
  ("Mr. Haines did not go to that", "Gregory Stahl"),
  ("devastated", "Gregory Stahl"),
  ("We respect the jury's work, but we", "Gregory Stahl"),
  ("You have done a difficult job with", "Catherine Ruiz"),
  ("Bri's Light Lives On.", None),
  ("She wanted to be a nurse", "Debra Koenig")]),

# 21 -- Rural thefts from farms, Welsh regional style with single quotes as main mark: police inspector, farmers, union spokesman (unnamed), PCSO partial and full quotes, poster slogan
('''Farmers in Carmarthenshire have been urged to lock away tools and fuel after a spate of thefts from remote farms, with police saying quad bikes worth tens of thousands of pounds have been taken in the past month.

Dyfed-Powys Police said 11 farms between Llandeilo and Llanybydder had been targeted since the start of October. Among the items stolen were four quad bikes, two trailers, power tools and hundreds of litres of red diesel.

Inspector Gethin Rowlands, of the force's rural crime team, said the thefts appeared to be the work of an organised group travelling into the area.

'They are coming in at night, often in the early hours, and they know exactly where to look,' he said. 'In some cases we believe they have been out during the day beforehand, looking at farms from the road.'

He urged farmers to mark equipment, fit trackers and report any unfamiliar vehicles.

'Nobody knows the countryside better than the people who live and work in it,' Insp Rowlands said. 'If something looks out of place, it probably is. Give us a ring.'

Dairy farmer Rhian Pritchard, whose farm near Llansawel was targeted twice in one week, said thieves took a quad bike, a chainsaw and a generator.

'The first time you think, well, that's bad luck,' she said. 'The second time, you start lying awake at night listening for every noise. My husband's been sleeping in the chair by the window.'

Her neighbour, Dafydd Jenkins, 68, said the thefts had left older farmers feeling vulnerable.

'A lot of us are on our own up here, miles from anyone,' he said. 'You ring 999 and you know it's going to be a while before anybody comes.'

A spokesman for NFU Cymru said rural crime was taking 'a real toll' on the mental health of farming families.

'These aren't just thefts of equipment, they're attacks on people's livelihoods and on their sense of safety in their own homes,' he said.

PCSO Carys Evans, who has been handing out property-marking kits at Llandeilo mart, said the response had been 'brilliant'.

'We had farmers queuing up,' she said. 'Some of them told me they hadn't seen a police officer at the mart in years.'

Posters have gone up in village shops and on mart noticeboards reading 'Farm Watch: Lock It, Mark It, Report It'.

Anyone with information is asked to contact Dyfed-Powys Police online or by calling 101.''',
 [("They are coming in at night, often", "Gethin Rowlands"),
  ("Nobody knows the countryside better than the", "Gethin Rowlands"),
  ("The first time you think, well, that's", "Rhian Pritchard"),
  ("A lot of us are on our", "Dafydd Jenkins"),
  ("a real toll", "NFU Cymru"),
  ("These aren't just thefts of equipment, they're", "NFU Cymru"),
  ("brilliant", "Carys Evans"),
  ("We had farmers queuing up", "Carys Evans"),
  ("Farm Watch: Lock It, Mark It, Report", None)]),

# 22 -- Carfentanil seizure and overdose spike, Canadian metro daily style, curly quotes: police inspector, coroners service statement, outreach worker, man giving first name only, bereaved mother, placard
('''Vancouver police say a batch of street drugs contaminated with carfentanil may be behind a spike in overdoses in the Downtown Eastside, after paramedics responded to more than 60 overdose calls in the neighbourhood in a single day this week.

The Vancouver Police Department said Thursday that officers had seized about 400 grams of what was being sold as fentanyl from a residence on East Hastings Street on Tuesday, and that lab testing found it contained carfentanil, a synthetic opioid many times more potent.

Two men, aged 34 and 41, have been charged with possession for the purpose of trafficking.

“This is an extraordinarily dangerous substance,” Insp. Karen Li told reporters. “A quantity the size of a grain of salt can be fatal. We are very concerned that there is more of it out there.”

Li said the seizure was made by the department’s organized crime section after a tip from an outreach worker.

In a statement, the BC Coroners Service said it was investigating five deaths this week “that may be connected to a toxic drug supply in the Vancouver area.”

“Anyone who uses drugs is urged not to use alone, to use at an overdose prevention site and to carry naloxone,” the statement said.

At an overdose prevention site on Powell Street, outreach worker Danny Kwan said staff had been “running from one emergency to the next” since Tuesday.

“We had three people go down within ten minutes of each other,” he said. “Everybody here is exhausted. But nobody died on our floor, and that’s because we were there.”

A man who gave only his first name, Rob, and said he had used drugs for 15 years, said word of the bad batch had spread quickly.

“Everybody’s testing now, or they should be,” he said. “But when you’re sick, you’re not always thinking straight.”

Shelley Morrison, whose son Caleb died of an overdose in 2021, was among a group of parents who gathered outside the Vancouver Art Gallery on Thursday holding photographs of their children. Some carried placards reading “Poisoned, Not Weak.”

“I don’t want sympathy. I want people to stop dying,” Morrison said. “Every one of these numbers was somebody’s kid.”

Li said police would focus on those supplying the drugs, not the people using them.

“Our priority is the people who are putting this poison on the street,” she said. “If you are using, please don’t use alone.”''',
 [("This is an extraordinarily dangerous substance", "Karen Li"),
  ("that may be connected to a toxic", "BC Coroners Service"),
  ("Anyone who uses drugs is urged not", "BC Coroners Service"),
  ("running from one emergency to the next", "Danny Kwan"),
  ("We had three people go down within", "Danny Kwan"),
  ("Everybody’s testing now, or they should be", "Rob"),
  ("Poisoned, Not Weak.", None),
  ("I don’t want sympathy. I want people", "Shelley Morrison"),
  ("Our priority is the people who are", "Karen Li")]),

# 23 -- Machete home invasion by teenagers, Australian metro daily style, straight quotes: Det Insp, unnamed father "told 3AW", Victoria Police statement, opposition spokesman, youth lawyer over two paragraphs, neighbour
('''Four teenagers have been charged after a family was confronted in their home by intruders armed with a machete during an aggravated burglary in Melbourne's south-east early on Sunday.

Police allege the group, aged between 15 and 17, forced open the back door of the Narre Warren South home at about 2.30am and demanded the keys to two cars parked in the driveway.

The couple and their three children were not physically injured. One of the cars, a Mercedes, was found abandoned in Dandenong North several hours later.

Detective Inspector Melissa Harding said the family had been left "terrified".

"Mum and Dad woke up to find strangers with a machete standing at the end of their bed," she said. "No family should ever have to go through that."

The father, who asked that his family not be identified, told 3AW his youngest daughter, aged six, had not slept in her own room since.

"She keeps asking if the bad men are coming back," he said. "What do you say to that?"

Det Insp Harding said all four teenagers had been arrested within 36 hours, helped in part by CCTV from a service station in Dandenong.

"I want to be really clear: we will find you, and we will find you quickly," she said.

The four are due to face a children's court later this month. Police said three of them were on bail at the time of the alleged offence.

In a statement, Victoria Police said investigators were still keen to hear from anyone with dashcam footage. "Any information, no matter how small, may assist," the statement said.

Opposition police spokesman Brendan Moyle said the case showed the state's bail laws were failing.

"How many times do we have to see offenders on bail committing serious crimes before the government acts?" Mr Moyle said.

Jacinta Ngo, a lawyer with the South East Youth Legal Service, said tougher bail laws would not solve the problem.

"Locking up more children, earlier, has been tried, and it has not made anyone safer," Ms Ngo said. "What works is keeping kids in school and getting them support before they end up in the back of a police van.

"These are children who have usually been failed by a lot of adults before they ever get to this point."

A neighbour, Tony Ferraro, said the street had been shaken by the incident.

"We've all been checking our locks twice," Mr Ferraro said. "My wife wants to get cameras now. It's sad. It used to be the kind of street where you'd leave the garage open."''',
 [("terrified", "Melissa Harding"),
  ("Mum and Dad woke up to find", "Melissa Harding"),
  ("She keeps asking if the bad men", "~father"),
  ("I want to be really clear: we", "Melissa Harding"),
  ("Any information, no matter how small, may", "Victoria Police"),
  ("How many times do we have to", "Brendan Moyle"),
  ("Locking up more children, earlier, has been", "Jacinta Ngo"),
  ("These are children who have usually been", "Jacinta Ngo"),
  ("We've all been checking our locks twice", "Tony Ferraro")]),

# 24 -- Body-camera footage release, US metro daily style, curly quotes: chief (intro partial quote), words heard on the video, council member, ACLU statement, mayor's post on X ("she wrote"), victim's sister
('''WESTBURY, Colo. — The Westbury Police Department on Monday released body-camera footage showing an officer shooting a man who was holding a screwdriver outside a gas station last month, as the city’s police chief acknowledged that the encounter “should concern all of us.”

The 11-minute video shows two officers responding to a 911 call about a man behaving erratically at a gas station on Jefferson Avenue on Oct. 12. The man, later identified as 38-year-old Nathan Greer, can be heard repeatedly shouting “Leave me alone” as the officers approach with weapons drawn.

Officer Kyle Brandt, who fired the shots, can be heard ordering Greer to “drop it” at least six times before firing four rounds from about 15 feet away. Greer, who family members said has been diagnosed with schizophrenia, was struck twice and survived. He remains hospitalized.

Police Chief Monica Alvarez said at a news conference that she had watched the video “many, many times.”

“I am not going to stand here and tell you this is easy to watch, because it is not,” Alvarez said. “There are legitimate questions about whether this situation could have been resolved differently, and those questions deserve answers.”

Brandt has been placed on administrative leave while the Colorado Bureau of Investigation reviews the shooting, which is standard practice.

City Council member Andre Whitfield said the footage showed a man “in obvious crisis” who needed help, not bullets.

“Where was the mental health co-responder? Why did this escalate in under two minutes?” Whitfield said. “This city has been promising for years to send the right people to these calls.”

In a statement, the ACLU of Colorado called on the city to expand its co-responder program so that it operates around the clock.

“People in a mental health crisis should not have to survive a police shooting to get care,” the statement said.

Mayor Jennifer Holt wrote on X that she had asked the city manager to review the program’s hours. “We owe Mr. Greer, his family and this community a full accounting,” she wrote.

Greer’s sister, Alicia Greer, said the family had called police themselves earlier that week, asking for help getting her brother to a hospital.

“We told them he was sick. We begged for help,” she said. “This is what help looked like.”''',
 [("should concern all of us.", "Monica Alvarez"),
  ("Leave me alone", "Nathan Greer"),
  ("drop it", "Kyle Brandt"),
  ("many, many times.", "Monica Alvarez"),
  ("I am not going to stand here", "Monica Alvarez"),
  ("in obvious crisis", "Andre Whitfield"),
  ("Where was the mental health co-responder? Why", "Andre Whitfield"),
  ("People in a mental health crisis should", "ACLU of Colorado"),
  ("We owe Mr. Greer, his family and", "Jennifer Holt"),
  ("We told them he was sick. We", "Alicia Greer")]),

# 25 -- Neighbour murder trial opening, UK regional court report, curly quotes: prosecution KC with uncued continuation, 999 call recording (defendant and operator), widow's evidence, words reported by a witness, witness
('''A retired engineer stabbed his neighbour to death during a long-running dispute over a parking space and then told a 999 operator he was “not sorry”, a jury has heard.

Keith Ambler, 67, is accused of murdering Sandeep Rai, 45, outside their semi-detached homes in Horsforth, Leeds, on the evening of 3 April last year. He denies murder but admits manslaughter, claiming loss of control.

Opening the prosecution case at Leeds Crown Court on Monday, Alexandra Whitcombe KC said the two men had fallen out more than two years earlier, when Mr Rai began parking his work van on the road outside Mr Ambler’s house.

“What began as a petty disagreement between neighbours became, on the defendant’s side at least, an obsession,” she told the jury.

“He kept a notebook, members of the jury, in which he recorded every time that van was parked there. There are more than 300 entries.”

The court heard that on the evening of his death Mr Rai had returned home from work and parked in his usual spot. Ms Whitcombe said Mr Ambler came out of his house carrying a kitchen knife and stabbed him once in the chest.

Jurors were played a recording of the 999 call Mr Ambler made minutes later.

“I’ve stabbed him. He’s on the drive,” he could be heard telling the operator in a calm voice. “I’ve put up with it for two years.”

The operator then asks: “Sir, is anyone else hurt?”

“No. Just him,” Mr Ambler replies.

Mr Rai’s wife, Harpreet Rai, who was inside the house at the time, gave evidence from behind a screen.

“I heard Sandeep shout my name,” she said. “When I got to the door he was lying on the ground and there was blood everywhere. Keith was just standing there.”

Cross-examined by Simon Crowther KC, for the defence, she accepted that she and her husband had complained to the council about Mr Ambler’s hedge, but added: “It was a hedge. It was a parking space. Nobody should die over that.”

Another neighbour, Gillian Firth, told the court that weeks before the killing she had heard Mr Ambler say “something is going to happen” if the van was not moved.

“I thought he was just letting off steam,” Mrs Firth said. “I wish now I had told somebody.”

The trial, which is expected to last two weeks, continues.''',
 [("not sorry", "Keith Ambler"),
  ("What began as a petty disagreement between", "Alexandra Whitcombe"),
  ("He kept a notebook, members of the", "Alexandra Whitcombe"),
  ("I’ve stabbed him. He’s on the drive", "Keith Ambler"),
  ("Sir, is anyone else hurt?", "~operator"),
  ("No. Just him", "Keith Ambler"),
  ("I heard Sandeep shout my name", "Harpreet Rai"),
  ("It was a hedge. It was a", "Harpreet Rai"),
  ("something is going to happen", "Keith Ambler"),
  ("I thought he was just letting off", "Gillian Firth")]),
]
# fmt: on

# fmt: off
STORIES_CT = [
# 1 -- NSW bushfire emergency, ABC News style, straight quotes: title before name, partial quote, uncued follow-on paragraph, unnamed RFS spokeswoman, split quote, sign text, unnamed resident
('''Residents of the Upper Wollomby Valley have been told it is too late to leave as a fast-moving bushfire burns towards the village of Carrabeen, west of Port Macquarie on the NSW Mid North Coast.

The fire, which started on Tuesday afternoon in steep country near Boorala State Forest, had burnt through more than 14,000 hectares by Wednesday evening and was upgraded to emergency warning level shortly after 4:00pm.

NSW Rural Fire Service Commissioner Daniel Forsyth said crews were facing "some of the worst conditions we've seen this season".

"We've got erratic winds, we've got very dry fuel, and we've got a fire that is spotting up to two kilometres ahead of itself," he said.

"If you are in Carrabeen and you have not left, you need to shelter in place now. Do not get in your car."

A spokeswoman for the RFS said 62 appliances and nine aircraft, including the large air tanker, were working on the fire.

"Crews from Queensland are expected to arrive overnight to give our volunteers some relief," she said.

Emergency Services Minister Leanne Moretti visited the incident control centre at Wauchope on Wednesday afternoon.

"This is a community that has been through fire before, and they know how quickly things can change," Ms Moretti said.

"My message is simple," she said. "Listen to the firefighters, and don't wait."

At the evacuation centre at the Wauchope Showground, where a hand-painted sign reading "Thank you firies" had been tied to the front gate, dozens of residents waited for news of their homes.

One resident, who had driven out with her three children and two dogs, said she left when the sky turned orange.

"I didn't even grab the photo albums. You just go," she said.

Carrabeen Hotel publican Gary Lutz said he stayed to hose down the building until police ordered him out.

"The embers were coming over like snow, and I've been here 30 years and never seen anything like it," Mr Lutz said.

The Bureau of Meteorology has forecast a southerly change late on Thursday, which is expected to push the fire front to the north-east.''',
 [("some of the worst conditions we've", "Daniel Forsyth"),
  ("We've got erratic winds, we've got", "Daniel Forsyth"),
  ("If you are in Carrabeen and", "Daniel Forsyth"),
  ("Crews from Queensland are expected to", "NSW Rural Fire Service"),
  ("This is a community that has", "Leanne Moretti"),
  ("My message is simple", "Leanne Moretti"),
  ("Listen to the firefighters, and don't", "Leanne Moretti"),
  ("Thank you firies", None),
  ("I didn't even grab the photo", "~resident"),
  ("The embers were coming over like", "Gary Lutz")]),

# 2 -- Iwi appeal over wastewater consent, RNZ style, straight quotes: "told Morning Report", partial quote, split quote, quote over two paragraphs, council statement, kaumātua, partial quote from advocate
('''Ngāti Rangiwhaka has lodged an appeal with the Environment Court against a resource consent that would allow Te Awaroa District Council to discharge treated wastewater into the Mangatoa River for the next 35 years.

The consent was granted last month by independent commissioners after a hearing that ran for almost three weeks.

The iwi's chair, Hineroa Tautahi, told Morning Report the river was a tupuna, an ancestor, and the decision was "a betrayal of everything we were promised at the table".

"We sat in those hui for four years. We gave them our time, our mātauranga, our trust," she said.

"And at the end of it they've chosen the cheapest option and called it partnership."

The iwi had pushed for a land-based system that would irrigate treated water on to farmland rather than release it into the awa.

Te Awaroa mayor Bronwyn Keast said the council spent more than $2 million investigating alternatives.

"I understand the hurt, I really do," Keast said. "But we have ratepayers who simply cannot afford a $90 million scheme, and the current plant is failing."

She said the new plant would treat wastewater to a far higher standard than the existing oxidation ponds, which have breached their consent conditions 11 times since 2019.

"The water going into the river under this consent will be cleaner than what goes in today. That's not spin, that's the science.

"We'll keep talking with the iwi, and the door is open."

In a statement, the council said the consent included "strict monitoring conditions" and a full review after ten years.

Kaumātua Wiremu Pōhatu, 81, said he learned to swim in the Mangatoa at the bend below the marae.

"You could drink from it then. My mokopuna can't even put their feet in it now," he said.

Forest & Bird freshwater advocate Tessa Orme said the decision "sets a poor precedent" for other councils facing the same choice, and the organisation would consider joining the appeal as a section 274 party.

A date for the Environment Court hearing has not yet been set.''',
 [("a betrayal of everything we were", "Hineroa Tautahi"),
  ("We sat in those hui for", "Hineroa Tautahi"),
  ("And at the end of it", "Hineroa Tautahi"),
  ("I understand the hurt, I really", "Bronwyn Keast"),
  ("But we have ratepayers who simply", "Bronwyn Keast"),
  ("The water going into the river", "Bronwyn Keast"),
  ("We'll keep talking with the iwi", "Bronwyn Keast"),
  ("strict monitoring conditions", "Te Awaroa District Council"),
  ("You could drink from it then", "Wiremu Pōhatu"),
  ("sets a poor precedent", "Tessa Orme")]),

# 3 -- Energy rebate row, AAP style, straight quotes: "told reporters", "told Sky News", post on X with "she wrote", "said Dr X" inversion, slogan in scare quotes
('''Treasurer Michael Dunstan has ruled out extending the $300 energy bill rebate beyond June, saying the budget can no longer carry "temporary measures that become permanent".

"We have to be honest with Australians about what the budget can afford," Mr Dunstan told reporters in Canberra on Sunday.

"Inflation is moderating, but it's not beaten, and throwing more money at households now risks undoing the hard work of the past two years."

The rebate, introduced two budgets ago, has cost the federal government about $3.5 billion and has been credited by economists with lowering headline inflation figures.

Opposition treasury spokeswoman Renee Calloway said the decision would "leave pensioners and families out in the cold this winter".

"The treasurer can find money for his pet projects but not for the people actually paying these bills," Ms Calloway told Sky News.

Tasmanian independent senator Bronte Achterberg, whose vote the government needs to pass its housing legislation, posted on X that the move was "a slap in the face for every Tasmanian with an electric heater".

"Don't expect my support for anything until this is fixed," she wrote.

Mr Dunstan said he had not spoken to Senator Achterberg about the rebate.

"I respect the senator, and we'll talk, but the budget isn't a bargaining chip," he said.

Deloitte Access Economics partner Priya Raman said the government was right to be cautious.

"Rebates have done a decent job of masking price rises in the headline number, but they don't change what energy actually costs to produce," said Dr Raman.

The government's so-called "cost-of-living dividend", a phrase that featured heavily in its election advertising, is expected to be scaled back in the May budget.

Energy retailers are expected to lift prices by between 4 and 9 per cent from July 1, according to the Australian Energy Regulator's draft default market offer.''',
 [("temporary measures that become permanent", "Michael Dunstan"),
  ("We have to be honest with", "Michael Dunstan"),
  ("Inflation is moderating, but it's not", "Michael Dunstan"),
  ("leave pensioners and families out in", "Renee Calloway"),
  ("The treasurer can find money for", "Renee Calloway"),
  ("a slap in the face for", "Bronte Achterberg"),
  ("Don't expect my support for anything", "Bronte Achterberg"),
  ("I respect the senator, and we'll", "Michael Dunstan"),
  ("Rebates have done a decent job", "Priya Raman")]),

# 4 -- Seawall and village land dispute, Samoa Observer style, straight quotes: matai titles as names, "said in Samoan" split quote, women's committee, partial quote, banner in Samoan, ministry statement
('''The Minister of Works, Transport and Infrastructure, Lealaiauloto Fetu Aiono, says work on the new Satupa'itea seawall will resume next month after a dispute over customary land was resolved by the village council.

Speaking to the Samoa Observer during a site visit on Thursday, Lealaiauloto said the $4.2 million tala project had been on hold for almost five months.

"We cannot build on land where the village has not given its blessing. That is the Samoan way and the Government respects that," he said.

"Now that the matters have been settled, the contractor will return, and we expect the wall to be finished before the cyclone season."

The 1.3-kilometre seawall is funded under the Green Climate Fund's coastal resilience programme and will protect about 80 households, the village church and the main road on the south coast of Savai'i.

The paramount chief of Satupa'itea, Tuiasosopo Malaki Lemalu, said the village fono met three times before reaching agreement with the two families who claimed the land.

"It was not easy. There were strong feelings on both sides," Tuiasosopo said in Samoan. "But the sea does not wait for our arguments."

The President of the village Women's Committee, Fa'amoe Litia Sapolu, said families living closest to the shore had been sleeping in the church hall whenever a high tide warning was issued.

"The children are frightened when the waves come over the road at night," she said. "Some mothers don't sleep at all."

Another committee member, Sina Toleafoa, said the long delay had been "very hard for the old people" who could not easily move.

A banner hanging from the fence of the Congregational Christian Church read "O le Atua lo matou malu", meaning God is our shelter.

In a statement issued on Friday, the Ministry of Works, Transport and Infrastructure said the contractor had "remobilised equipment" to Savai'i and would begin placing rock within two weeks.

Lealaiauloto said the Government was grateful for the patience of the village.

"Satupa'itea has shown the rest of Samoa how to solve these things properly, through our own fa'amatai," he said.''',
 [("We cannot build on land where", "Lealaiauloto Fetu Aiono"),
  ("Now that the matters have been", "Lealaiauloto Fetu Aiono"),
  ("It was not easy. There were", "Tuiasosopo Malaki Lemalu"),
  ("But the sea does not wait", "Tuiasosopo Malaki Lemalu"),
  ("The children are frightened when the", "Fa'amoe Litia Sapolu"),
  ("Some mothers don't sleep at all", "Fa'amoe Litia Sapolu"),
  ("very hard for the old people", "Sina Toleafoa"),
  ("O le Atua lo matou malu", None),
  ("remobilised equipment", "Ministry of Works, Transport and Infrastructure"),
  ("Satupa'itea has shown the rest of", "Lealaiauloto Fetu Aiono")]),

# 5 -- Native title determination in the Pilbara, SBS News style, straight quotes: judge, Uncle/Aunty honorifics, "told SBS News", uncued follow-on, split quotes, government statement, banner, "the 84-year-old said"
('''After a 17-year legal fight, the Yinjarri people of the eastern Pilbara have been formally recognised as native title holders over more than 9,800 square kilometres of country, in a Federal Court determination handed down on country near Nullagine on Tuesday.

Justice Margaret Henley travelled to the remote site to deliver the consent determination, sitting at a trestle table beneath a tarpaulin strung between two four-wheel drives.

"The court recognises what the Yinjarri people have always known: that this is their country, and it always has been," Justice Henley said.

Senior Yinjarri elder Uncle Desmond Walgar, 84, is one of only three original claimants still alive to hear the decision.

"My father started this. My uncles started this. They're not here to see it," Uncle Desmond told SBS News.

"So today I'm speaking for them."

His niece, Aunty Rhonda Walgar-Smith, said the day was bittersweet.

"We've lost so many old people waiting for this," she said. "Seventeen years is a long time when you're already in your seventies."

Yinjarri Aboriginal Corporation chief executive Kylie Ashburton said the determination would give traditional owners a stronger hand in negotiations with the mining companies operating on their land.

"It doesn't give us a veto, and people need to understand that," Ms Ashburton said. "But it means they have to sit down with us as the rightful owners."

In a statement, the Western Australian Government said it "welcomes the resolution of the claim" and would work with the corporation on a land use agreement covering two proposed lithium projects.

Schoolchildren from Nullagine held up a banner reading "Always was, always will be" as the court was adjourned, and the crowd broke into applause.

After the ceremony, the 84-year-old said he planned to take his grandchildren out to the old Walgar Creek mission site, where he was born.

"I want them to walk on it knowing it's theirs," he said.''',
 [("The court recognises what the Yinjarri", "Margaret Henley"),
  ("My father started this. My uncles", "Desmond Walgar"),
  ("So today I'm speaking for them", "Desmond Walgar"),
  ("We've lost so many old people", "Rhonda Walgar-Smith"),
  ("Seventeen years is a long time", "Rhonda Walgar-Smith"),
  ("It doesn't give us a veto", "Kylie Ashburton"),
  ("But it means they have to", "Kylie Ashburton"),
  ("welcomes the resolution of the claim", "Western Australian Government"),
  ("Always was, always will be", None),
  ("I want them to walk on", "Desmond Walgar")]),

# 6 -- Channel Country floods and cattle losses, ABC Rural style, straight quotes: graziers, "Cr" title for mayor, uncued follow-on, "told ABC Rural", peak body statement, unnamed vet ("the vet said")
('''Graziers in Queensland's Channel Country fear tens of thousands of cattle have been lost after floodwaters spread across hundreds of kilometres of the Diamantina and Georgina river systems.

Properties in the Mundawarra Shire, south of Mount Isa, have been isolated for more than a week, and some producers are only now getting into the air to count their losses.

Grazier Lachlan Beattie said he counted more than 600 dead cattle from a helicopter on Monday morning.

"They were just lying in lines along the fence where the water had pushed them," Mr Beattie said.

"You raise them from calves, you get to know them. It's gut-wrenching, there's no other word for it."

His neighbour Karen Ostwald, who runs 4,000 head of Brahman-cross cattle with her husband, said the family moved about half their herd to higher ground two days before the water arrived.

"We got lucky with the timing," Mrs Ostwald said. "A lot of people didn't get that warning, or the water came up faster than anyone thought it could."

Mundawarra Shire Mayor Terry Coghlan said the council was pleading with the state government to fund more fodder drops.

"We've got stock stranded on islands of high ground with nothing to eat, and every day that goes by we lose more of them," Cr Coghlan said.

"The fodder drops need to start tomorrow, not next week."

Queensland Agriculture Minister Ben Kowalski told ABC Rural the government had activated disaster recovery funding for the shire.

"We are working with Defence to get helicopters out there as fast as we can, and we'll be there for these families for the long haul," Mr Kowalski said.

In a statement, peak body AgForce said "the full scale of losses won't be known for weeks" and warned that the mental health toll on producers would last long after the water receded.

A local vet, who has been flying with producers to assess surviving stock, said many animals would need to be destroyed.

"The ones that survive the water are often too weak to walk out of the mud. It's a terrible job, but it's the kindest thing," the vet said.''',
 [("They were just lying in lines", "Lachlan Beattie"),
  ("You raise them from calves, you", "Lachlan Beattie"),
  ("We got lucky with the timing", "Karen Ostwald"),
  ("A lot of people didn't get", "Karen Ostwald"),
  ("We've got stock stranded on islands", "Terry Coghlan"),
  ("The fodder drops need to start", "Terry Coghlan"),
  ("We are working with Defence to", "Ben Kowalski"),
  ("the full scale of losses won't", "AgForce"),
  ("The ones that survive the water", "~vet")]),

# 7 -- Nurses' strike, RNZ style, straight quotes: placard and chant, union chief, "told Checkpoint", minister's partial quote, anonymous nurse, "the 24-year-old said"
('''Thousands of nurses walked off the job across the country this morning in the first of two planned 24-hour strikes over pay and safe staffing.

The New Zealand Nurses Organisation says more than 36,000 members employed by Te Whatu Ora are taking part, and hospitals have postponed hundreds of planned surgeries and outpatient appointments.

At Wellington Hospital, several hundred nurses gathered on the footpath along Riddiford St, holding placards reading "Safe staffing saves lives" and chanting "What do we want? Safe staffing!" as passing cars tooted in support.

NZNO chief executive Aroha Whaanga said members had not taken the decision lightly.

"Nurses don't want to be out here. They want to be on the wards looking after their patients," she said.

"But they're exhausted, they're burnt out, and they are leaving for Australia in numbers we've never seen before."

Te Whatu Ora's chief people officer, Graeme Lindqvist, said arrangements for emergency cover had been agreed with the union in advance.

"Life-preserving services will continue, and we've been working closely with NZNO to make sure patients are safe today," Lindqvist told Checkpoint.

Health Minister Dianne Sutcliffe said the government's latest offer, a 4 percent increase over two years, was "fair and affordable".

"There's only so much money in the health budget, and every dollar spent on pay is a dollar that isn't spent on treatment," Sutcliffe said.

One nurse, who has worked in the emergency department for 19 years and asked that her name not be used because she feared repercussions, said she had never seen morale so low.

"Some nights there are two of us for 30 patients. That's not nursing, that's triage," she said.

Losa Fa'alogo, a second-year graduate nurse, said many of her classmates had already left the profession.

"I love this job. I just don't know if I can afford to stay in it," the 24-year-old said.

A second strike is planned for Thursday next week.''',
 [("Safe staffing saves lives", None),
  ("What do we want? Safe staffing", None),
  ("Nurses don't want to be out", "Aroha Whaanga"),
  ("But they're exhausted, they're burnt out", "Aroha Whaanga"),
  ("Life-preserving services will continue, and", "Graeme Lindqvist"),
  ("fair and affordable", "Dianne Sutcliffe"),
  ("There's only so much money in", "Dianne Sutcliffe"),
  ("Some nights there are two of", "~nurse"),
  ("I love this job. I just", "Losa Fa'alogo")]),

# 8 -- Aged care fraud sentencing, AAP court style, straight quotes: judge's partial and full quotes, victim impact statement "told the court", defence barrister, offender's letter ("wrote:"), outside-court quotes, provider statement
('''A former Hunter Valley aged care manager who stole more than $480,000 from residents' trust accounts has been jailed for at least four years.

Deborah Anne Kirwin, 56, was sentenced in the NSW District Court at Newcastle on Friday after pleading guilty to 23 counts of dishonestly obtaining property by deception.

Judge Stephen Arkwright said Kirwin had targeted "people at the most vulnerable stage of their lives".

"The offender was trusted by residents and their families. She abused that trust repeatedly, over a period of almost three years," Judge Arkwright said.

"The community is entitled to expect that elderly people in care will not be treated as a source of funds."

The court heard a victim impact statement from Margaret Dunleavy, whose late father lost $62,000 from his account.

"Dad thought he had enough saved to pay for his own funeral," Ms Dunleavy told the court. "He died not knowing it was gone."

Defence barrister Rachel Oyelaran said her client had developed a gambling addiction after the death of her husband in 2018.

"She is deeply ashamed, your Honour, and she has not tried to minimise what she did," Ms Oyelaran said.

In a handwritten letter tendered to the court, Kirwin wrote: "I am sorry for every person I hurt and every family I lied to."

Kirwin, dressed in a grey cardigan, wept quietly as the sentence was read. She will be eligible for parole in 2029.

Outside court, Ms Dunleavy said the sentence "doesn't bring anything back".

"But at least she can't do it to anyone else's family," she said.

In a statement, the aged care provider, Coastal Haven Care, said it had "strengthened financial controls" across its 11 facilities and had repaid all affected residents and estates in full.''',
 [("people at the most vulnerable stage", "Stephen Arkwright"),
  ("The offender was trusted by residents", "Stephen Arkwright"),
  ("The community is entitled to expect", "Stephen Arkwright"),
  ("Dad thought he had enough saved", "Margaret Dunleavy"),
  ("He died not knowing it was", "Margaret Dunleavy"),
  ("She is deeply ashamed, your Honour", "Rachel Oyelaran"),
  ("I am sorry for every person", "Deborah Anne Kirwin"),
  ("doesn't bring anything back", "Margaret Dunleavy"),
  ("But at least she can't do", "Margaret Dunleavy"),
  ("strengthened financial controls", "Coastal Haven Care")]),

# 9 -- Highlands Highway landslide, PNG Post-Courier style, straight quotes: governor, "said Chief Insp X" inversion, "said Mr X" split quote, unnamed market vendor, National Disaster Centre statement
('''Enga Governor Tomas Kandai has called on the National Government to declare a state of emergency along the Highlands Highway after a landslide buried a 300-metre stretch of road near Wabag on Sunday night, cutting off the province.

Speaking to the Post-Courier by phone yesterday, Mr Kandai said fuel and food prices in Wabag had already doubled.

"Our people cannot wait for Waigani to hold meetings. We need machines on the ground now," Mr Kandai said.

"This road is the lifeline of Enga. Without it the hospital, the schools, the markets, everything stops."

Provincial police commander Chief Inspector Joseph Yakasa said no deaths had been reported.

"We have accounted for all the vehicles that were on the road at the time, thank God," said Chief Insp Yakasa.

"But people are now walking across the slip to reach the other side and that is very dangerous. The ground is still moving."

Works and Highways Minister Samuel Ipara said the department had dispatched two excavators and a bulldozer from Mt Hagen.

"The machines will be there by Wednesday," said Mr Ipara. "We are doing everything possible to open the road."

At Wabag Main Market, a vendor who sells rice and tinned fish said customers were already struggling.

"A bag of rice is K80 now. Before it was K40. How can mothers feed their children?" she said.

The National Disaster Centre said in a statement that "assessment teams have been deployed to the affected area" and that relief supplies would be flown into Wabag if the road remained closed.

Mr Kandai said the provincial government would release K2 million of its own funds for emergency food.

"Enga contributes so much to this country through mining and coffee. Now we are asking the country to stand with Enga," he said.''',
 [("Our people cannot wait for Waigani", "Tomas Kandai"),
  ("This road is the lifeline of", "Tomas Kandai"),
  ("We have accounted for all the", "Joseph Yakasa"),
  ("But people are now walking across", "Joseph Yakasa"),
  ("The machines will be there by", "Samuel Ipara"),
  ("We are doing everything possible to", "Samuel Ipara"),
  ("A bag of rice is K80", "~vendor"),
  ("assessment teams have been deployed to", "National Disaster Centre"),
  ("Enga contributes so much to this", "Tomas Kandai")]),

# 10 -- Remote community overcrowding, ABC NT style, straight quotes: Aunty honorific with later "Aunty Miriam", scare quotes, "told ABC Radio Darwin", land council statement, unnamed doctor, relative with same surname, closing split quote
('''Residents of the remote community of Wurrkumba, 400 kilometres east of Katherine, say some families have been waiting more than a decade for a new house, with up to 18 people sharing three-bedroom homes.

Wurrkumba Aboriginal Corporation chair Aunty Miriam Galawurr said overcrowding was making people sick.

"We've got old people sleeping on mattresses in the lounge room and kids doing homework on the floor," Aunty Miriam said.

"Then government people come out here and tell us the houses are coming. We've heard that for ten years."

The community's two "temporary" demountables, installed after a flood in 2011, are still being lived in.

Northern Territory Housing Minister Cameron Pyke said remote housing construction had been slowed by labour shortages and the cost of freight.

"We know the backlog in remote communities is unacceptable," Mr Pyke told ABC Radio Darwin.

"We have 14 houses scheduled for Wurrkumba in the next two years, and I've asked the department to bring that forward if it can."

In a statement, the Northern Land Council said the lack of housing was "a direct driver of poor health outcomes" in the region and called for local Aboriginal organisations to be given the building contracts.

A doctor who visits the community's clinic every fortnight said the same children kept coming back.

"I'm treating the same kids for scabies and ear infections every month, because they go home to the same overcrowded house," the doctor said.

Aunty Miriam's nephew, Jeremiah Galawurr, 27, works as a ranger and has been on the housing list since he was 19.

"I want to stay here, this is my country. But there's nowhere to live, so I sleep at my cousin's place with his kids," he said.

Aunty Miriam said the community was not asking for much.

"We're not asking for mansions," she said. "Just a roof for every family."''',
 [("We've got old people sleeping on", "Miriam Galawurr"),
  ("Then government people come out here", "Miriam Galawurr"),
  ("We know the backlog in remote", "Cameron Pyke"),
  ("We have 14 houses scheduled for", "Cameron Pyke"),
  ("a direct driver of poor health", "Northern Land Council"),
  ("I'm treating the same kids for", "~doctor"),
  ("I want to stay here, this", "Jeremiah Galawurr"),
  ("We're not asking for mansions", "Miriam Galawurr"),
  ("Just a roof for every family", "Miriam Galawurr")]),

# 11 -- Drought disaster on South Tarawa, RNZ Pacific style, straight quotes: "told RNZ Pacific" with partial quote, mother in Betio, UN agency specialist, High Commission statement, "said Mr X" split across sentences, pastor honorific
('''Kiribati has declared a state of disaster on South Tarawa as a prolonged drought leaves thousands of families relying on rationed water delivered by truck.

The declaration, signed by the Beretitenti on Friday, allows the government to redirect funds and formally request international help.

The Minister for Infrastructure and Sustainable Energy, Tebwebwe Kaitabo, told RNZ Pacific the country's desalination plant was running at full capacity "and it still isn't enough".

"We have had almost no rain since April. The groundwater lenses are becoming salty, and people cannot drink from their wells," Mr Kaitabo said.

In Betio, mother of five Rimeta Tekanene said she was spending a third of her family's weekly income on bottled water.

"The children get sick from the well water, they get diarrhoea. So we buy bottles, but the money finishes quickly," she said.

UNICEF Pacific water and sanitation specialist Anaseini Vuki said the agency was worried about disease.

"When water is scarce, hygiene is the first thing to go, and that's when we see outbreaks, especially among small children," Ms Vuki said.

The New Zealand High Commission in Tarawa said in a statement New Zealand was "ready to assist as requested" and was in close contact with Kiribati officials.

Kiribati Meteorological Service director Baraniko Tiroa said there was little relief in sight.

"The forecast is not good for the next three months," said Mr Tiroa. "La Niña conditions are likely to continue into the new year, and that means below-normal rainfall for the Gilbert Islands."

At the Kiribati Uniting Church in Bairiki, Pastor Kaure Tiim said the congregation had opened its rainwater tanks to neighbours.

"What God gives from the sky, we share with everyone," he said.

Mr Kaitabo said the government would ask partners for portable desalination units.

"We are asking our friends in the Pacific to help us get through this season until the rain comes back," he said.''',
 [("and it still isn't enough", "Tebwebwe Kaitabo"),
  ("We have had almost no rain", "Tebwebwe Kaitabo"),
  ("The children get sick from the", "Rimeta Tekanene"),
  ("When water is scarce, hygiene is", "Anaseini Vuki"),
  ("ready to assist as requested", "New Zealand High Commission"),
  ("The forecast is not good for", "Baraniko Tiroa"),
  ("La Niña conditions are likely to", "Baraniko Tiroa"),
  ("What God gives from the sky", "Kaure Tiim"),
  ("We are asking our friends in", "Tebwebwe Kaitabo")]),

# 12 -- Coalmine expansion approval, Guardian Australia style, curly quotes: "X, the minister, said" apposition, single-word partial quotes, uncued follow-on, protest chant and banner, split quote from mayor, company statement
('''The federal environment minister has approved an expansion of the Mount Kerrigan coalmine in central Queensland, a decision the Australian Conservation Foundation described as “indefensible” after a summer of record-breaking heat.

The environment minister, Tamsin Wheeler, said she was legally bound to assess the project under the Environment Protection and Biodiversity Conservation Act, not on its contribution to global emissions.

“I have to make decisions according to the law as it stands, not the law as some people would like it to be,” Wheeler said on Thursday.

“The act does not give me the power to refuse a project because of scope 3 emissions that occur overseas.”

The expansion, proposed by Kerrigan Resources, would extend the life of the mine by 22 years and produce an estimated 200m tonnes of thermal coal, most of it for export to south-east Asia.

The Greens’ environment spokesperson, Senator Jonah Feilding, said the decision made a “mockery” of the government’s emissions reduction targets.

“You cannot claim to be a climate leader on Monday and sign off on 200m tonnes of coal on Thursday,” he said.

Outside Wheeler’s electorate office in Brisbane, about 60 protesters chanted “No new coal” and unfurled a banner reading “Our kids, our future” across the footpath.

But in Cardowan, the town closest to the mine, the mood was very different. The Cardowan shire mayor, Pete Hollis, said the approval secured hundreds of local jobs and the future of the town’s high school.

“This is 600 jobs for another two decades,” Hollis said. “People down south don’t understand what that means for a town like ours.”

In a statement, Kerrigan Resources said the approval was “the result of five years of rigorous assessment” and that it would meet all conditions, including offsets for the loss of koala habitat on the mine’s western boundary.

The approval can be challenged in the federal court, and several environmental groups said they were seeking legal advice.''',
 [("indefensible", "Australian Conservation Foundation"),
  ("I have to make decisions according", "Tamsin Wheeler"),
  ("The act does not give me", "Tamsin Wheeler"),
  ("mockery", "Jonah Feilding"),
  ("You cannot claim to be a", "Jonah Feilding"),
  ("No new coal", None),
  ("Our kids, our future", None),
  ("This is 600 jobs for another", "Pete Hollis"),
  ("People down south don’t understand what", "Pete Hollis"),
  ("the result of five years of", "Kerrigan Resources")]),

# 13 -- Cycleway vote, Stuff style, curly quotes: posters in shop windows, mayor, councillor's partial quote then split quote, bakery owner, Facebook post ("she wrote"), council staff
('''Christchurch City Council has voted 9-7 to push ahead with the $14 million Harrower St cycleway, despite months of opposition from businesses along the inner-city route.

Several shop owners have put up posters reading “Save our parks” in their windows, and a petition against the project gathered more than 4000 signatures.

Mayor Phil Marchant said the council had listened and made significant changes.

“We’ve changed the design three times. We’ve kept 40 car parks that were originally going to go,” Marchant said.

“At some point you have to make a decision, and this council has made one.”

Councillor Yvonne Tait-Baxter, who voted against the project, accused the majority of “ramming it through” before the local body elections.

“I’m not anti-cycling. I ride to work most days,” she said. “But the people on Harrower St have told us loud and clear this design doesn’t work for them.”

Mei Lin Choo, who has run the Harrower Bakery for 17 years, said trade had dropped by about a fifth since consultation started.

“People think there’s no parking already, so they just don’t come,” Choo said. “I don’t know what it will be like once the diggers arrive.”

Spokes Canterbury chairperson Gemma Rountree welcomed the vote in a post on Facebook.

“Finally. Safe cycling for kids heading to Harrower School, and for everyone else who’s been dodging trucks on that road,” she wrote.

The council’s head of transport, Dougal McBride, said construction would start in March and be done in stages to keep the street open.

“We expect the works to take around 14 months, and we’ll keep at least one lane open in each direction the whole time,” McBride said.

Businesses affected by the works will be able to apply for a hardship grant of up to $5000, though several owners said that would barely cover a fortnight’s lost takings.''',
 [("Save our parks", None),
  ("We’ve changed the design three times", "Phil Marchant"),
  ("At some point you have to", "Phil Marchant"),
  ("ramming it through", "Yvonne Tait-Baxter"),
  ("I’m not anti-cycling. I ride", "Yvonne Tait-Baxter"),
  ("But the people on Harrower St", "Yvonne Tait-Baxter"),
  ("People think there’s no parking already", "Mei Lin Choo"),
  ("I don’t know what it will", "Mei Lin Choo"),
  ("Finally. Safe cycling for kids heading", "Gemma Rountree"),
  ("We expect the works to take", "Dougal McBride")]),

# 14 -- Flood buyout delays two years on, NZ Herald style, curly quotes: "told the Herald", "the 68-year-old", council manager, partial quote then quote over two paragraphs, Insurance Council statement, anonymous neighbour
('''Two years after floodwaters tore through her West Auckland home, Pauline Hetaraka is still waiting to find out whether the council will buy it.

The 68-year-old has been living in a caravan on her daughter’s Massey section since the house on Kōwhai Rd was red-stickered in the storm.

“Every time it rains, I lie awake listening for the stream,” Hetaraka told the Herald.

“I’m not asking for a handout. I just want someone to tell me what is happening with my home.”

Her property is one of about 200 across the region still awaiting a final risk category under the government-funded buyout scheme.

Auckland Council group recovery manager Nadia Ferreira said the remaining cases were the hardest.

“We know how long this has taken and we’re genuinely sorry for that,” Ferreira said.

“Some of these properties are complex. We have to get the geotech right, because if we get it wrong, people could end up back in harm’s way.”

Waitākere ward councillor Shane Tupou called the process “a bureaucratic maze” and said the council needed to set a hard deadline.

“If a private company treated its customers like this, there would be an inquiry. Families have had their lives on hold for two years.

“Set a date, stick to it, and pay people what they’re owed.”

The Insurance Council of New Zealand said in a statement that “more than 90 per cent of claims” from the floods had now been settled, but acknowledged that property buyouts sat outside insurers’ control.

A neighbour further up Kōwhai Rd, who asked not to be named because she was still negotiating with the council, said residents were comparing notes in a group chat.

“We all got the same letters on the same day, and then some of us heard back and some of us didn’t. Nobody can explain why,” she said.

Hetaraka said she had stopped making plans.

“My mokopuna ask me when Nan’s going home. I don’t have an answer for them,” she said.''',
 [("Every time it rains, I lie", "Pauline Hetaraka"),
  ("I’m not asking for a handout", "Pauline Hetaraka"),
  ("We know how long this has", "Nadia Ferreira"),
  ("Some of these properties are complex", "Nadia Ferreira"),
  ("a bureaucratic maze", "Shane Tupou"),
  ("If a private company treated its", "Shane Tupou"),
  ("Set a date, stick to it", "Shane Tupou"),
  ("more than 90 per cent of", "Insurance Council of New Zealand"),
  ("We all got the same letters", "~neighbour"),
  ("My mokopuna ask me when Nan’s", "Pauline Hetaraka")]),

# 15 -- Victorian treaty negotiations open, Guardian Australia style, curly quotes: Uncle honorific, "The premier, X, said" apposition, partial quotes, opposition leader, "told Guardian Australia", song title
('''Victoria’s first treaty negotiations have formally begun, with the premier and leaders of the First Peoples’ Assembly of Victoria sitting down at Parliament House on Wednesday in what both sides called a historic moment.

The day opened on the steps of parliament with a smoking ceremony led by Wurundjeri elder Uncle Harold Murrundi, who welcomed delegates on to country.

“Our old people dreamed about a day like this,” Uncle Harold said. “They fought for it, and many of them didn’t live to see it.”

The premier, Caroline Athersmith, said the government was entering the talks “in good faith and with open ears”.

“Treaty is about recognising the truth of our history and giving First Peoples a real say over the decisions that affect their lives,” Athersmith said.

The assembly’s co-chair Glenys Tyers, a Gunditjmara woman from Heywood, said the assembly would push for a permanent representative body with powers over Aboriginal health, housing and education funding.

“We’re not here for a photo opportunity. We’re here to negotiate, and we expect outcomes,” Tyers said.

The opposition leader, Brendan Voss, said the Coalition supported “practical outcomes” for Aboriginal Victorians but remained concerned about the secrecy of the process.

“Victorians deserve to know exactly what is being negotiated in their name,” Voss said.

The other co-chair, Marcus Kerrup, a Yorta Yorta man, told Guardian Australia after the opening session that he expected the talks to be difficult.

“There’ll be hard conversations, and there should be. Two hundred years of history doesn’t get sorted out over morning tea,” he said.

The negotiations are expected to run for at least 18 months, with the first agreement to be put to parliament before the next state election.

The ceremony closed with children from an Aboriginal community school in Thornbury performing the song “River Country Calling”.''',
 [("Our old people dreamed about a", "Harold Murrundi"),
  ("They fought for it, and many", "Harold Murrundi"),
  ("in good faith and with open", "Caroline Athersmith"),
  ("Treaty is about recognising the truth", "Caroline Athersmith"),
  ("We’re not here for a photo", "Glenys Tyers"),
  ("practical outcomes", "Brendan Voss"),
  ("Victorians deserve to know exactly what", "Brendan Voss"),
  ("There’ll be hard conversations, and there", "Marcus Kerrup")]),

# 16 -- Forestry slash floods a Tairāwhiti farm, Stuff style, curly quotes: husband and wife with the same surname, uncued follow-on, mayor's partial quote, forestry company statement, hapū chair, minister "told RNZ"
('''For the third time in two years, Craig Harrowfield has watched a wall of forestry slash come down the Waihoru River and smash into his farm.

The Tairāwhiti sheep and beef farmer said Saturday’s storm brought logs and debris down from the pine plantations in the hills above his property, wiping out fences, bridges and a paddock of winter feed.

“It came down the river like a battering ram. You could hear it before you could see it,” Harrowfield said.

“We lost two bridges, about three kilometres of fencing, and the crop we were relying on to get the ewes through winter.”

His wife, Jenna Harrowfield, said their children watched from the deck as the logs piled up against the woolshed.

“Our youngest asked me if the trees were going to come into the house. What do you say to that?” she said.

Gisborne District Council mayor Ruth Paewai said the region was watching “the same movie, over and over”.

“We were promised after Gabrielle that this wouldn’t happen again, and here we are,” Paewai said.

In a statement, Eastland Pines, which manages the forest above the Harrowfield property, said it “deeply regrets the impact on neighbouring landowners” and had crews on site clearing debris.

Tamati Kereama, chair of the local hapū Te Aitanga a Hineora, said slash had blocked the river mouth and killed tuna and other fish.

“The awa is choking. Our kaimoana beds at the mouth are buried under mud and bark,” Kereama said.

“This isn’t a natural disaster. It’s a man-made one, and the people who made it should pay to fix it.”

Forestry Minister Hamish Duthie told RNZ he had asked officials for advice on tougher penalties for companies that breach their consent conditions.

“Companies that don’t clean up after themselves will face consequences. That’s my message to the industry,” Duthie said.

The Harrowfields estimate the cost of repairs at more than $250,000, and say their insurer has already told them bridges are not covered.''',
 [("It came down the river like", "Craig Harrowfield"),
  ("We lost two bridges, about three", "Craig Harrowfield"),
  ("Our youngest asked me if the", "Jenna Harrowfield"),
  ("the same movie, over and over", "Ruth Paewai"),
  ("We were promised after Gabrielle that", "Ruth Paewai"),
  ("deeply regrets the impact on neighbouring", "Eastland Pines"),
  ("The awa is choking. Our kaimoana", "Tamati Kereama"),
  ("This isn’t a natural disaster. It’s", "Tamati Kereama"),
  ("Companies that don’t clean up after", "Hamish Duthie")]),

# 17 -- Māori ward poll result, NZ Herald style, curly quotes: councillor's split quote and quote over two paragraphs, mayor's partial quote, campaign spokesman, roadside signs, kuia, minister's statement with partial quote
('''Whangārei voters have narrowly chosen to keep the district’s Māori ward, with 52.8 per cent backing it in a binding poll held alongside Saturday’s local body elections.

The result means Te Pae Tawhiti ward will remain on Whangārei District Council for at least the next two terms.

The ward’s councillor, Mereana Hōhaia, who was re-elected unopposed, said she had been bracing for a different outcome.

“Honestly, I went to bed on Saturday night thinking we’d lost it,” Hōhaia said. “To wake up to this, I just cried.”

She said the campaign had been bruising for whānau in the ward.

“People were told on the street that they didn’t deserve a seat at the table. Our kids saw that.

“But today the district said, yes, you do.”

Mayor Grant Ashby, who stayed neutral during the campaign, said it was time for the council to “move on and get on with the job”.

“Whatever people’s views, the question has now been settled by the voters of Whangārei, and I’d ask everyone to respect that,” Ashby said.

Keith Lorimer, spokesman for the One District Whangārei campaign, said the group was disappointed but would not seek a recount.

“We’ve always said this is about equal votes, not about race, and we stand by that,” Lorimer said.

During the campaign, signs reading “One district, one vote” appeared on fences along State Highway 1 north of the city, several of which were later defaced.

At Te Kōwhai Marae in Raumanga, where whānau gathered to watch the results come in, kuia Hinewai Tane, 79, said she had voted in a council election for the first time.

“My father never had a voice at the council table. My mokopuna will,” she said.

Local Government Minister Anneke Vos said in a statement that polls across the country had been “democracy at work” and that she respected every community’s decision.''',
 [("Honestly, I went to bed on", "Mereana Hōhaia"),
  ("To wake up to this, I", "Mereana Hōhaia"),
  ("People were told on the street", "Mereana Hōhaia"),
  ("But today the district said", "Mereana Hōhaia"),
  ("move on and get on with", "Grant Ashby"),
  ("Whatever people’s views, the question has", "Grant Ashby"),
  ("We’ve always said this is about", "Keith Lorimer"),
  ("One district, one vote", None),
  ("My father never had a voice", "Hinewai Tane"),
  ("democracy at work", "Anneke Vos")]),

# 18 -- Pacific seasonal workers' pay deductions, SBS News style, curly quotes: anonymous worker with uncued follow-on, Fijian worker, employer statement, union organiser, department spokesperson, Vanuatu official "told SBS News", Reverend honorific
('''Pacific workers employed under the federal government’s Pacific Australia Labour Mobility scheme say they were left with as little as $120 a week after deductions for rent, transport and equipment while picking fruit in Victoria’s Goulburn Valley.

Five workers from Vanuatu and two from Fiji have told SBS News they were each charged $250 a week to share a four-bedroom house in Shepparton with 13 other men.

One worker from Tanna, who asked not to be named because he feared being sent home, said he came to Australia to pay his children’s school fees.

“In my first month I sent home nothing. Nothing. My wife asked me, what are you doing there?” he said.

“I feel ashamed to call her now. I tell her next month will be better.”

Another worker, Josaia Ravuvu, 31, from Fiji’s Ba province, said the men were afraid to complain.

“They tell us if we make trouble, there are a hundred other boys in Fiji waiting for our place,” Mr Ravuvu said.

The workers’ employer, labour hire company Orchard Staffing Solutions, said in a statement that all deductions were “lawful, transparent and agreed to in writing” before the workers left home.

Tevita Folau, an organiser with the Australian Workers’ Union in Victoria, said the union had seen similar cases across the state.

“These men are doing back-breaking work for Australian supermarkets and getting paid like it’s 1950,” Mr Folau said.

“The scheme is meant to be a win for the Pacific. Right now it’s a win for labour hire.”

A spokesperson for the Department of Employment and Workplace Relations said the department “takes allegations of worker exploitation extremely seriously” and had referred the matter to the Fair Work Ombudsman.

Vanuatu’s Labour Commissioner, Elsie Tabi, told SBS News from Port Vila that her office would send an officer to Shepparton next week.

“Our workers are not cheap tools. They are fathers and sons, and they deserve respect,” she said.

At the Fijian Methodist congregation in Shepparton, Reverend Sailosi Naivalu said the church had been handing out food parcels to seasonal workers since March.

“We see them on Sunday and they’re hungry. Grown men, hungry, in a country this rich,” he said.''',
 [("In my first month I sent", "~worker"),
  ("I feel ashamed to call her", "~worker"),
  ("They tell us if we make", "Josaia Ravuvu"),
  ("lawful, transparent and agreed to in", "Orchard Staffing Solutions"),
  ("These men are doing back-breaking work", "Tevita Folau"),
  ("The scheme is meant to be", "Tevita Folau"),
  ("takes allegations of worker exploitation extremely", "Department of Employment and Workplace Relations"),
  ("Our workers are not cheap tools", "Elsie Tabi"),
  ("We see them on Sunday and", "Sailosi Naivalu")]),

# 19 -- Salmon farming and a dying bay, Guardian Australia style, curly quotes: premier "told reporters" with uncued follow-on, scientist "told Guardian Australia", abalone diver, Aunty honorific, company statement, rally placards, partial quote from Greens MP
('''Tasmania’s premier, Rowan Hardacre, has ruled out a pause on salmon farm expansion in Port Alcott, despite a scientific report finding oxygen levels in the bay have fallen to their lowest since monitoring began.

The report, produced by researchers at the University of Tasmania, found dissolved oxygen in the bottom waters of the bay had declined steadily for a decade, with summer readings now regularly below levels considered safe for native fish.

Hardacre said the industry employed more than 5,000 Tasmanians, many of them in regional towns.

“I’m not going to stand here and tell 5,000 families that their jobs are on hold because of one report,” Hardacre told reporters in Hobart on Monday.

“We’ll keep monitoring, we’ll keep listening to the science, but we won’t shut down an industry.”

Dr Fiona Lachlan, a marine ecologist and one of the report’s authors, said the government was ignoring clear warning signs.

“This is not one bad year. This is a decade-long trend, and it is getting worse,” she told Guardian Australia.

“Once an ecosystem like this tips, you can’t simply switch it back on.”

Nick Strahan, who has dived for abalone in Port Alcott for 26 years, said the change on the reefs was obvious.

“The kelp’s gone, the abalone’s gone. There’s a slime on the rocks now that wasn’t there when I started,” Strahan said.

Tasmanian Aboriginal elder Aunty Coral Wentworth said her family had gathered shellfish on the bay’s shores for generations.

“Our people have been taking food from this bay for thousands of years. We’ve never seen it sick like this,” Aunty Coral said.

Alcott Seafarms, which operates 14 leases in the bay, said in a statement its farms were “among the most closely monitored in the world” and that it had reduced stocking densities last summer.

At a rally outside parliament on Saturday, several hundred people held placards reading “Save Port Alcott” and called for the leases to be moved offshore.

The Greens’ marine spokesperson, Isla Tremayne, said the premier had “chosen the industry over the bay” and would move a motion in parliament this week calling for an independent inquiry.''',
 [("I’m not going to stand here", "Rowan Hardacre"),
  ("We’ll keep monitoring, we’ll keep listening", "Rowan Hardacre"),
  ("This is not one bad year", "Fiona Lachlan"),
  ("Once an ecosystem like this tips", "Fiona Lachlan"),
  ("The kelp’s gone, the abalone’s gone", "Nick Strahan"),
  ("Our people have been taking food", "Coral Wentworth"),
  ("among the most closely monitored in", "Alcott Seafarms"),
  ("Save Port Alcott", None),
  ("chosen the industry over the bay", "Isla Tremayne")]),

# 20 -- Hīkoi arrives at Parliament, Stuff style, curly quotes: chant in te reo, organiser "told the crowd" with uncued follow-on, kuia, banner, minister's statement then reporters, Instagram caption, police spokesperson, unnamed shopkeeper
('''Tens of thousands of people filled Parliament grounds in Wellington on Tuesday as a hīkoi against the government’s Local Representation Amendment Bill arrived in the capital after nine days on the road.

Many carried tino rangatiratanga flags, and the crowd chanted “Toitū te Tiriti” as the front of the march came through the gates on Molesworth St.

Hīkoi organiser Rāwiri Kereopa told the crowd from the stage that the bill would strip Māori of hard-won seats on councils around the country.

“We walked from Te Rerenga Wairua to here because this bill takes something from our mokopuna that isn’t the government’s to take,” Kereopa said.

“We are not going anywhere. Not today, not next year, not ever.”

Kuia Ngaire Takarangi, 86, travelled by bus from Whanganui with her two daughters and five of her mokopuna.

“I was here with Dame Whina in 1975. I never thought I would be back fifty years later for the same reasons,” Takarangi said.

A banner reading “Honour the Treaty” was carried at the front of the march by rangatahi from Ōtaki.

The bill’s sponsor, Associate Local Government Minister Todd Brannigan, did not come out to meet the hīkoi but said in a statement that the legislation was about “one standard of representation for every New Zealander”.

Later, speaking to reporters at the Beehive, he defended his decision not to address the crowd.

“I respect people’s right to protest, and I’ve heard what they’ve said, but I don’t agree with them,” Brannigan said.

Te Pāti Māori MP Kiri Waaka posted a photo of the crowd on Instagram with the caption: “This is what democracy looks like.”

A New Zealand Police spokesperson said the crowd had been “peaceful and well-organised” and there had been no arrests.

A shopkeeper on Lambton Quay, who closed early so her staff could join the march, said she had never seen anything like it.

“I’ve never seen Wellington like this. It’s like the whole country turned up,” the shopkeeper said.

The bill is due for its second reading next month.''',
 [("Toitū te Tiriti", None),
  ("We walked from Te Rerenga Wairua", "Rāwiri Kereopa"),
  ("We are not going anywhere. Not", "Rāwiri Kereopa"),
  ("I was here with Dame Whina", "Ngaire Takarangi"),
  ("Honour the Treaty", None),
  ("one standard of representation for every", "Todd Brannigan"),
  ("I respect people’s right to protest", "Todd Brannigan"),
  ("This is what democracy looks like", "Kiri Waaka"),
  ("peaceful and well-organised", "New Zealand Police"),
  ("I’ve never seen Wellington like this", "~shopkeeper")]),

# 21 -- Earthquake near Port Vila and NZ aid, NZ Herald style, curly quotes: foreign minister with uncued follow-on, resident "told the Herald by phone", prime minister's office statement, Red Cross manager, community pastor, hotel Facebook post, seismologist "told 1News"
('''New Zealand will send an Air Force Hercules loaded with relief supplies to Port Vila today after a magnitude 7.1 earthquake struck near Vanuatu’s capital yesterday, killing at least 12 people.

Foreign Minister Graham Tennent announced an initial $2.5 million in humanitarian funding at Parliament last night.

“Vanuatu is family, and when family is hurting we show up,” Tennent said.

“The Hercules will carry water purification units, tarpaulins and hygiene kits, and an urban search and rescue team is on standby if Vanuatu asks for it.”

The quake struck at a depth of 30km about 25km west of Port Vila just after 1pm local time, bringing down buildings in the central business district and cutting power and phone lines.

Port Vila resident Anne-Marie Moli told the Herald by phone that she and her three children had been at home when the shaking began.

“The whole house was shaking, the water tank fell over, we ran outside with the children,” she said.

“There are still people in the market building. The police won’t let anyone near it.”

In a statement, the Vanuatu Prime Minister’s Office said a state of emergency had been declared for Shefa Province and the government was “grateful for the swift support of our partners”.

New Zealand Red Cross international operations manager Samisoni Latu said an emergency team would fly out on the Hercules.

“The first 72 hours matter most. We’re hearing that clean water is the biggest need right now,” Latu said.

In Māngere, Auckland’s Ni-Vanuatu community held a prayer vigil last night. Community leader Pastor Jimmy Iaruel said many families had still not heard from relatives.

“Many of us can’t reach our families. The phone lines are down and people are sitting by their phones all night,” he said.

On Facebook, Port Vila’s Harbourview Lodge posted that “all guests and staff are safe” and that the building had been checked by engineers.

GNS Science seismologist Dr Kelvin Ohana told 1News that strong aftershocks were likely.

“Aftershocks of magnitude 6 or greater are possible over the next week, so people should stay out of damaged buildings,” he said.''',
 [("Vanuatu is family, and when family", "Graham Tennent"),
  ("The Hercules will carry water purification", "Graham Tennent"),
  ("The whole house was shaking, the", "Anne-Marie Moli"),
  ("There are still people in the", "Anne-Marie Moli"),
  ("grateful for the swift support of", "Vanuatu Prime Minister’s Office"),
  ("The first 72 hours matter most", "Samisoni Latu"),
  ("Many of us can’t reach our", "Jimmy Iaruel"),
  ("all guests and staff are safe", "Harbourview Lodge"),
  ("Aftershocks of magnitude 6 or greater", "Kelvin Ohana")]),

# 22 -- Youth justice laws pass, Guardian Australia style, curly quotes: campaign slogan, premier's split quote, words of the legislation, human rights commissioner, Aunty honorific, "the 41-year-old said", opposition partial quote, police union president
('''Children as young as 10 could face adult sentences for offences including burglary and unlawful use of a motor vehicle under laws passed by the Queensland parliament late on Thursday night.

The legislation, promoted by the government under the slogan “adult crime, adult time”, passed 51 votes to 39 after a debate that ran for more than 11 hours.

The premier, Shane Kilroy, said the laws delivered on an election promise to victims.

“For too long, victims have been told to accept that their homes will be broken into and their cars will be stolen,” Kilroy said. “Those days are over.”

The laws also remove the principle that detention should be a last resort for children, and instead require courts to have “primary regard” to community safety when sentencing young offenders.

Queensland’s human rights commissioner, Dr Anjali Menon, said the government had acknowledged that the laws were incompatible with the state’s Human Rights Act.

“The government has conceded in writing that these laws breach the rights of children, and it has passed them anyway,” Menon said.

Aunty Noeline Hegarty, a Gubbi Gubbi elder who works with families through the Murri Justice Network, said Aboriginal and Torres Strait Islander children would bear the brunt.

“Our kids are already more than half of the children locked up in this state. These laws will fill the watch houses with them,” she said.

Casey Rendell, a Townsville mother whose car was stolen from her driveway and crashed in March, said she supported the changes.

“I’m not a vindictive person, but I want to feel safe in my own home again,” the 41-year-old said.

The opposition’s justice spokesperson, Marika Fenwick, said the government had “rushed the bill through without listening to a single expert” and warned it would lead to more reoffending, not less.

Queensland Police Union president Ian Kellaway backed the laws, saying officers were frustrated.

“Police are sick of arresting the same kids over and over, and watching them walk out the door before the paperwork is done,” Kellaway said.

The laws are expected to take effect before Christmas.''',
 [("For too long, victims have been", "Shane Kilroy"),
  ("Those days are over", "Shane Kilroy"),
  ("primary regard", None),
  ("The government has conceded in writing", "Anjali Menon"),
  ("Our kids are already more than", "Noeline Hegarty"),
  ("I’m not a vindictive person, but", "Casey Rendell"),
  ("rushed the bill through without listening", "Marika Fenwick"),
  ("Police are sick of arresting the", "Ian Kellaway")]),

# 23 -- Cane price rise in Vanua Levu, Fiji Sun style, curly quotes: minister's split quote with "Mr X said," in the middle, partial quote, farmer with uncued follow-on, Fiji Sugar Corporation statement, Ratu honorific, woman farmer
('''Cane growers in Vanua Levu have welcomed the Government’s decision to lift the guaranteed minimum cane price to $95 a tonne for the coming season, but warn it will not be enough to stop young people leaving the industry.

Minister for Sugar Industry Ravindra Naidu announced the increase at a growers’ meeting at the Labasa Civic Centre yesterday.

“This is the highest minimum price in more than a decade,” Mr Naidu said, “and it shows the Government stands with our growers.”

Sugar Cane Growers Council chief executive Vimal Kumar Dutt described the announcement as “a step in the right direction”.

“Input costs, fertiliser, harvesting, transport, have all gone up by more than 30 per cent in three years. Growers are still struggling to break even,” Mr Dutt said.

At his farm in Wainikoro, 63-year-old Shiu Lal said he had grown cane for 45 years on land leased from the local mataqali.

“My father grew cane on this land, and his father before him. I don’t know who will grow it after me,” Mr Lal said.

“My sons are in Auckland now. They send money home, but they are not coming back to cut cane.”

In a statement, the Fiji Sugar Corporation said “the Labasa Mill is ready for crushing” and that upgrades to the mill’s boilers had been completed during the off-season.

Ratu Meli Vunibaka, whose mataqali leases more than 200 hectares to cane farmers near Wainikoro, said the price increase would also help iTaukei landowners.

“When the farmers do well, the landowners do well. We are all in the same canoe,” Ratu Meli said.

Litia Rokosuka, who farms four hectares near Seaqaqa with her husband, said women’s work on cane farms often went unrecognised.

“Women do half the work on these farms, planting, weeding, cooking for the cutting gangs, but when the payment comes it is in the husband’s name,” she said.

Growers at the meeting also raised concerns about delays to cane payments last season and the condition of cane access roads in the Macuata province.

The crushing season is expected to begin in early June.''',
 [("This is the highest minimum price", "Ravindra Naidu"),
  ("and it shows the Government stands", "Ravindra Naidu"),
  ("a step in the right direction", "Vimal Kumar Dutt"),
  ("Input costs, fertiliser, harvesting, transport, have", "Vimal Kumar Dutt"),
  ("My father grew cane on this", "Shiu Lal"),
  ("My sons are in Auckland now", "Shiu Lal"),
  ("the Labasa Mill is ready for", "Fiji Sugar Corporation"),
  ("When the farmers do well, the", "Meli Vunibaka"),
  ("Women do half the work on", "Litia Rokosuka")]),

# 24 -- Junior doctors' go-slow at Port Moresby General Hospital, PNG Post-Courier style, British single quotes: Dr honorifics, split quote, placard, two women doctors, minister with uncued follow-on, resident medical officer's split quote, unnamed mother
('''Junior doctors at Port Moresby General Hospital have begun a go-slow over unpaid overtime, with outpatient clinics cancelled and only emergency cases being seen yesterday.

The action follows months of complaints that overtime allowances owed since last year have not been paid.

PNG Medical Society president Dr Sylvia Peni said doctors had been left with no choice.

'We have doctors working 36-hour shifts and then being told there is no money to pay them,' Dr Peni said.

'We are not striking,' she said. 'We are doing what we are paid for, and nothing more.'

Outside the hospital's main entrance, a group of doctors in white coats held a placard reading 'No pay, no overtime'.

Hospital chief executive Dr Grace Kariko said emergency, maternity and paediatric services were running normally.

'Emergency and maternity services will not be affected. We ask the public to be patient with the clinics,' Dr Kariko said.

Health Minister Joe Kumbu told the Post-Courier the Government had released K4.2 million to settle the arrears.

'The Government has heard the doctors and the money is already with the Department of Treasury,' Mr Kumbu said.

'I expect every doctor to be paid by the end of this month. If there are delays in the system, heads will roll.'

Dr Tony Wapi, a resident medical officer in the emergency department, said he had heard the same promise before.

'I love my country and I love this hospital, but I have a family to feed,' Dr Wapi said. 'Last year three of my friends left for Australia.'

In the outpatients waiting area, a mother from Gerehu who had brought her son for a follow-up appointment said she had been turned away.

'I came at six this morning with my son and now they tell me to come back next week. The bus fare is not free,' she said.

The Medical Society said the go-slow would continue until every affected doctor had been paid in full.''',
 [("We have doctors working 36-hour shifts", "Sylvia Peni"),
  ("We are not striking", "Sylvia Peni"),
  ("We are doing what we are", "Sylvia Peni"),
  ("No pay, no overtime", None),
  ("Emergency and maternity services will not", "Grace Kariko"),
  ("The Government has heard the doctors", "Joe Kumbu"),
  ("I expect every doctor to be", "Joe Kumbu"),
  ("I love my country and I", "Tony Wapi"),
  ("Last year three of my friends", "Tony Wapi"),
  ("I came at six this morning", "~mother")]),

# 25 -- Cyclone damage in the Lau Group, Fiji Times style, British single quotes: NDMO director with uncued follow-on, forecaster's partial quote, turaga ni koro quote over two paragraphs by satellite phone, unnamed nurse's split quote, Reverend honorific, minister, Red Cross statement
('''Relief supplies are expected to reach the southern Lau Group today, three days after Severe Tropical Cyclone Loma tore through the islands with winds of up to 195km/h.

National Disaster Management Office director Josua Tuwai said an assessment team had landed on Lakeba by boat on Saturday.

'Our teams reached Lakeba yesterday afternoon and what they are seeing is very serious,' Mr Tuwai said.

'The priority is water and shelter. Many of the rainwater tanks have been damaged or contaminated.'

Fiji Meteorological Service senior forecaster Shalvin Chand said Loma had intensified faster than the models predicted, becoming 'a very destructive system' within 12 hours.

The turaga ni koro of Tubou village, Semi Vakaloloma, said by satellite phone that families were sheltering in the church and the school.

'Almost every house on the windward side has lost its roof. We have old people sleeping in the church on mats.

'But everyone is alive. For that we thank God.'

A nurse at Lakeba Health Centre said staff had worked through the night of the cyclone without power.

'We delivered a baby by torchlight while the wind was taking the roof off the ward,' she said. 'Mother and baby are both fine.'

Methodist Church minister Reverend Eroni Koto said the church hall in Tubou was sheltering more than 150 people.

'The church is full every night. People are frightened, but they are also singing,' Rev Koto said.

Minister for Rural and Maritime Development and Disaster Management Sakiusa Ravula said a navy vessel loaded with food rations, water and tarpaulins left Suva on Sunday night.

'No one in the Lau Group will be forgotten,' Mr Ravula said.

The Fiji Red Cross Society said its volunteers on Lakeba had been distributing 'hygiene kits, tarpaulins and water containers' from pre-positioned stock.

Damage assessments for Moce, Oneata and Kabara are expected later this week.''',
 [("Our teams reached Lakeba yesterday afternoon", "Josua Tuwai"),
  ("The priority is water and shelter", "Josua Tuwai"),
  ("a very destructive system", "Shalvin Chand"),
  ("Almost every house on the windward", "Semi Vakaloloma"),
  ("But everyone is alive. For that", "Semi Vakaloloma"),
  ("We delivered a baby by torchlight", "~nurse"),
  ("Mother and baby are both fine", "~nurse"),
  ("The church is full every night", "Eroni Koto"),
  ("No one in the Lau Group", "Sakiusa Ravula"),
  ("hygiene kits, tarpaulins and water containers", "Fiji Red Cross Society")]),
]
# fmt: on

# fmt: off
STORIES_CU = [
# 1 -- Drought meeting in central west NSW, Australian public-broadcaster style; straight quotes; said X, X said, pronoun follow-ups, quote continuing in next paragraph, farm-gate sign slogan, minister statement, partial quote
('''Farmers in central west New South Wales say they are running out of options as the dry spell stretches into a third year, with dams empty and feed prices at record highs.

At a packed meeting in the Carrawong Memorial Hall on Tuesday night, more than 200 landholders heard from bankers, stock agents and government officials about what support is on offer.

"We've destocked twice already and there's nothing left to sell," said Bronwyn Tully, who runs 1,800 merino ewes on a property north of town. "My husband is carting water every second day from the bore at the showground."

She said the family had spent more than $60,000 on hay since January.

"You can't keep doing that. Something has to give, and at the moment it's our mental health."

A hand-painted sign at the hall's entrance read "Pray for rain, pay for hay", a slogan that has appeared on farm gates across the district in recent months.

Local stock agent Darren McAuliffe said prices for breeding stock had fallen sharply as producers were forced to sell.

"People are selling cows they've spent twenty years building genetics into, and once those bloodlines are gone, they're gone," Mr McAuliffe said.

Rural financial counsellor Kath Nguyen told the meeting the number of families seeking help had doubled since autumn.

"I'm seeing people who have never asked for anything in their lives. They're proud, and they leave it until it's very late," she said.

The NSW Minister for Agriculture, Fiona Redmayne, who did not attend, said in a statement the government had extended its freight subsidy until June.

"We know how tough it is out there, and we will keep listening to farmers and their communities," the minister said.

But Carrawong Shire mayor Ian Petrovic said the subsidy was "too little, too late" for many families.

"The money doesn't hit the bank until months after the invoice. By then the damage is done," he said.

The Bureau of Meteorology's latest outlook gives the region a less than 30 per cent chance of exceeding median rainfall over winter.

Ms Tully said she would stay on the land regardless.

"This is my great-grandfather's country. I'm not walking away from it."''',
 [("We've destocked twice already and there's nothing", "Bronwyn Tully"),
  ("My husband is carting water every", "Bronwyn Tully"),
  ("You can't keep doing that. Something", "Bronwyn Tully"),
  ("Pray for rain, pay for hay", None),
  ("People are selling cows they've spent", "Darren McAuliffe"),
  ("I'm seeing people who have never", "Kath Nguyen"),
  ("We know how tough it is", "Fiona Redmayne"),
  ("too little, too late", "Ian Petrovic"),
  ("The money doesn't hit the bank", "Ian Petrovic"),
  ("This is my great-grandfather's country. I'm not", "Bronwyn Tully")]),

# 2 -- Bluetongue control zone in Devon, UK farming trade-press style; curly quotes; title before name (Dr), split quote, quote over two paragraphs, "the vet said", told BBC Radio Devon, Defra spokesperson, union partial quote, statement by named officer
('''Livestock keepers in mid-Devon face movement restrictions until at least the spring after bluetongue virus was confirmed in a cattle herd near Tiverton, the Animal and Plant Health Agency (APHA) has said.

A 10km temporary control zone was declared on Thursday after samples from two cows tested positive. It is the first confirmed case in the county this season.

Dr Helen Carrick, a partner at the Exe Valley Veterinary Group, said farmers should check stock daily for signs including lameness, a swollen muzzle and ulcers in the mouth.

“Sheep tend to show it far more dramatically than cattle,” Dr Carrick said. “In a bad case you’ll see a ewe standing off on her own, drooling, with a blue tinge to the tongue — that’s where the name comes from.

“The cattle are often the silent carriers, which is exactly why we need people testing before they move anything.”

The vet said midge activity had been unusually high during a mild autumn.

Affected farmer Gareth Blackmore, who milks 240 cows, said the news had come as a shock.

“We’ve never bought in a single animal from the continent. We’re a closed herd. You do everything right and it still finds you,” he told BBC Radio Devon.

A Defra spokesperson said: “Bluetongue poses no threat to human health or food safety. We have acted swiftly to limit the spread of disease and will keep the zone under review.”

The National Farmers’ Union said the timing was “deeply worrying” for producers planning to sell store lambs and calves at autumn markets.

In a statement, the union’s South West livestock board chair, Sarah Penhallow, said: “Members need clarity on licensed movements to slaughter and to markets within the zone, and they need it this week, not next month.”

Auctioneer Tom Venning, of Venning & Daw, said trade at Thursday’s Cullompton store sale had been “nervy” but firm.

“Buyers from outside the area held back a bit, which you’d expect, but the good cattle still sold well,” he said.

Vaccines authorised for emergency use are available under licence, but Dr Carrick said uptake had been patchy.

“It’s not a silver bullet, but it’s the best tool we’ve got,” she said.''',
 [("Sheep tend to show it far", "Helen Carrick"),
  ("In a bad case you’ll see", "Helen Carrick"),
  ("The cattle are often the silent", "Helen Carrick"),
  ("We’ve never bought in a single", "Gareth Blackmore"),
  ("Bluetongue poses no threat to human", "Defra"),
  ("deeply worrying", "National Farmers’ Union"),
  ("Members need clarity on licensed movements", "Sarah Penhallow"),
  ("nervy", "Tom Venning"),
  ("Buyers from outside the area held", "Tom Venning"),
  ("It’s not a silver bullet, but", "Helen Carrick")]),

# 3 -- Avocado export suspension in Kenya, East African business-press style; straight quotes; said X with full names, Dr title then surname, anonymous farmer, told the Business Daily, WhatsApp message with no author, split quotes
('''Avocado farmers in Murang'a and Kiambu counties say they are counting losses after brokers stopped buying fruit following a government ban on the harvest and export of immature Hass avocados.

The Agriculture and Food Authority (AFA) last week suspended exports of the variety until the end of the month, citing complaints from buyers in Europe and the Middle East about poor-quality fruit.

"We had agreed a price of Sh12 per piece with a broker, and now he is not picking my calls," said Peter Kamau Njoroge, who has 300 trees in Kandara. "The fruit is on the trees. What do I do with it?"

Another farmer in Gatanga, who asked not to be named for fear of losing future contracts, said brokers had been harvesting fruit weeks early to beat the ban.

"They come at night with pickups and they take everything, ripe or not," the farmer said.

AFA director-general Dr Esther Wambui Mwangi defended the move, saying premature harvesting was damaging Kenya's reputation in key markets.

"One container of immature fruit arriving in Rotterdam can undo years of work by serious exporters," Dr Mwangi said. "We will not allow a few people chasing quick money to destroy the industry for everyone."

She said inspectors from the Kenya Plant Health Inspectorate Service (Kephis) would be stationed at packhouses to test dry matter content before fruit is cleared for export.

Avocado Society of Kenya chairman Samuel Otieno Ouma said the ban was necessary but poorly communicated.

"Farmers heard about it on the radio. Nobody came to the villages to explain. The brokers heard first, and they used that information against the farmer," Mr Ouma told the Business Daily.

The director of a Nairobi packhouse, Judith Achieng, said her company had sent half its casual staff home.

"We have 120 workers at home this week. They are women mostly, and they depend on this job," she said.

A message circulating in farmer WhatsApp groups on Monday read: "No selling to brokers below Sh10. Let us stand together."

Kenya earned Sh18.9 billion from avocado exports last year, according to AFA data, making the fruit one of the country's leading fresh produce exports.

Mr Njoroge said he hoped the suspension would be lifted soon.

"If they open the market on the first, I can still sell," he said. "If they wait longer, the fruit will just fall."''',
 [("We had agreed a price of", "Peter Kamau Njoroge"),
  ("The fruit is on the trees.", "Peter Kamau Njoroge"),
  ("They come at night with pickups", "~farmer"),
  ("One container of immature fruit arriving", "Esther Wambui Mwangi"),
  ("We will not allow a few", "Esther Wambui Mwangi"),
  ("Farmers heard about it on the", "Samuel Otieno Ouma"),
  ("We have 120 workers at home", "Judith Achieng"),
  ("No selling to brokers below Sh10.", None),
  ("If they open the market on", "Peter Kamau Njoroge"),
  ("If they wait longer, the fruit", "Peter Kamau Njoroge")]),

# 4 -- Weanling sale at a west of Ireland mart, Irish farm-weekly style; single curly quotes; mart manager, unnamed farmer ("the Roscommon man said"), unnamed seller, IFA chair with partial quotes, split quote, quote continuing after "He warned"
('''There was a strong turnout of buyers at Ballinacurra Mart on Saturday for the first big weanling sale of the autumn, with quality continental bulls making up to €4.20/kg and exporters active around the ring.

Mart manager Declan Fahy said numbers were up on last year, with 780 weanlings on offer.

‘The export trade is the driver this year. We had two agents from Italy and one buying for Spain here before eight o’clock, and they were hungry,’ Mr Fahy said.

A pen of six Charolais bulls averaging 390kg sold for €1,620 a head, while the best heifers broke the €3.60/kg mark.

One Roscommon farmer who sold ten Limousin-cross bulls said he was ‘pleasantly surprised’ by the money.

‘I came in expecting less, with the price of meal and fertiliser the way it is. There’s a bit of profit in it this year, for once,’ the Roscommon man said.

Not everyone left happy. Plainer types and Friesian bullocks struggled, with some lots passed out unsold.

‘If you haven’t the shape, you’re left standing,’ said one seller, loading three Friesian bullocks back onto his trailer.

IFA livestock chair Máire Costello, who attended the sale, said the strong trade for continentals masked real pressure on suckler farmers.

‘A good day in the mart doesn’t pay a year’s costs. Suckler farmers are still earning well below the average industrial wage, and we need the new suckler scheme to reflect that,’ she said.

She called on the Department of Agriculture to ‘stop tinkering’ with payment rules.

Exporter Niall Brogan, who bought close to 90 head on the day, said demand from Italian feedlots would hold through October.

‘They want a good-framed bull around 350 to 400 kilos,’ he said, ‘and Ireland is producing exactly that animal.’

He warned, however, that shipping capacity remained tight.

‘There are only so many boats. If a boat is delayed a week, that’s felt in every mart in the country.’

The next weanling sale at Ballinacurra takes place on Saturday week, with an entry of over 900 expected.''',
 [("The export trade is the driver", "Declan Fahy"),
  ("pleasantly surprised", "~farmer"),
  ("I came in expecting less, with", "~farmer"),
  ("If you haven’t the shape, you’re", "~seller"),
  ("A good day in the mart", "Máire Costello"),
  ("stop tinkering", "Máire Costello"),
  ("They want a good-framed bull around", "Niall Brogan"),
  ("and Ireland is producing exactly that", "Niall Brogan"),
  ("There are only so many boats.", "Niall Brogan")]),

# 5 -- Soybean growers and export tariffs in Iowa, US wire-service style; straight quotes; "the 58-year-old said", said X with role, quote continuing in next paragraph with no cue, partial quotes from a secretary's statement, social-media caption by a named farmer
('''CEDAR FALLS, Iowa (AP) — Dale Hofstetter, 58, has 40,000 bushels of soybeans sitting in bins on his farm outside Cedar Falls, and he is in no hurry to sell them.

With prices down nearly a dollar a bushel since new tariffs took effect in the spring, he is betting things will get better before they get worse.

"I've been farming since 1987, and I've never seen a market this hard to read," the 58-year-old said. "Every time somebody in Washington opens their mouth, the board moves twenty cents."

Soybean futures for November delivery settled at $9.84 a bushel on the Chicago Board of Trade on Wednesday, the lowest level for the time of year since 2019. Export sales to China, historically the largest buyer of U.S. soybeans, are running well behind last year's pace.

"We built a market over thirty years, and we're watching it get handed to Brazil," said Carla Mendenhall, president of the Iowa Soybean Growers Council, a farmer-led group.

"Our customers overseas haven't gone anywhere. They're just buying from someone else, and once they set up those supply chains, they don't come back easily."

Agriculture Secretary Thomas Reinholt said in a statement Tuesday that the administration "stands shoulder to shoulder with America's farmers" and would announce additional support "in the coming weeks."

Grain market analyst Priya Venkataraman of Heartland Commodity Advisors said farmers who store beans are taking a calculated risk.

"Storage costs money, and if the trade dispute drags on into next year, some of those bushels are going to be sold at a loss," Venkataraman said.

Hofstetter's neighbor, Jenna Kraus, who grows corn and soybeans with her husband on 1,200 acres, posted a photo of a full grain bin on social media last week with the caption: "Anyone want some beans? Asking for every farmer in Iowa."

The post was shared more than 8,000 times.

"It was a joke, but it wasn't really a joke. People in town don't always understand that we don't get a paycheck every two weeks. We get paid when we sell," Kraus said in an interview.

Back at his kitchen table, Hofstetter scrolls through market prices on his phone.

"My dad sold everything at harvest because he needed the cash. I can afford to wait. Not everybody can," he said.''',
 [("I've been farming since 1987, and", "Dale Hofstetter"),
  ("Every time somebody in Washington opens", "Dale Hofstetter"),
  ("We built a market over thirty", "Carla Mendenhall"),
  ("Our customers overseas haven't gone anywhere.", "Carla Mendenhall"),
  ("stands shoulder to shoulder with America's", "Thomas Reinholt"),
  ("in the coming weeks.", "Thomas Reinholt"),
  ("Storage costs money, and if the", "Priya Venkataraman"),
  ("Anyone want some beans? Asking for", "Jenna Kraus"),
  ("It was a joke, but it", "Jenna Kraus"),
  ("My dad sold everything at harvest", "Dale Hofstetter")]),

# 6 -- Onion price protest at a Maharashtra market yard, Indian daily style; curly quotes; Marathi slogan with no speaker, said X with place, Mr. with surname, unnamed trader, farm leader "he asked", minister speaking to reporters with partial quote
('''NASHIK: Onion growers at the Khedgaon Agricultural Produce Market Committee (APMC) halted auctions for nearly three hours on Monday, protesting against a sharp fall in prices that they said did not cover the cost of cultivation.

Modal prices for summer onion fell to ₹1,050 a quintal on Monday, down from ₹1,900 a fortnight ago, according to APMC data.

Farmers who gathered outside the auction yard raised slogans of “Kandyala bhav dya” (give onions a fair price) and stopped tractor-trolleys from entering the premises.

“It costs me at least ₹1,500 to grow one quintal, after labour, seed, fertiliser and transport,” said Sunita Pawar, who cultivates onion on three acres in Niphad taluk. “At this rate, every trip to the market is a loss.”

Her neighbour, Dnyaneshwar Shinde, said he had stored his crop in a traditional chawl for four months hoping for better rates.

“Now the onion is sprouting and rotting. I cannot hold it any longer,” Mr. Shinde said.

APMC chairman Rajendra Kulkarni said auctions resumed after the police and market officials held talks with farmer representatives.

“We understand the anger of the farmers, but the APMC does not fix the price. The market decides,” he said, adding that arrivals had touched 28,000 quintals a day, well above normal for the season.

A trader who did not wish to be named said export demand had weakened after the 20% duty imposed earlier this year.

“Buyers in Bangladesh and Sri Lanka are going to Pakistan and Egypt. Our onion is simply costlier there,” the trader said.

Swabhimani Shetkari Sanghatana district president Anil Gaikwad demanded that the Centre withdraw the export duty immediately and announce a subsidy of ₹500 a quintal for farmers who sold at a loss.

“The government protects the consumer in Mumbai and Delhi, but who protects the farmer in Niphad?” he asked.

State Agriculture Minister Vasant Deshmukh, speaking to reporters in Mumbai, said the State had written to the Union government seeking a review of the duty.

“We are in touch with the Centre. The interest of onion farmers is our priority,” the Minister said, adding that the State would consider “all options” for relief.''',
 [("Kandyala bhav dya", None),
  ("It costs me at least ₹1,500", "Sunita Pawar"),
  ("At this rate, every trip to", "Sunita Pawar"),
  ("Now the onion is sprouting and", "Dnyaneshwar Shinde"),
  ("We understand the anger of the", "Rajendra Kulkarni"),
  ("Buyers in Bangladesh and Sri Lanka", "~trader"),
  ("The government protects the consumer in", "Anil Gaikwad"),
  ("We are in touch with the", "Vasant Deshmukh"),
  ("all options", "Vasant Deshmukh")]),

# 7 -- Dairy co-operative milk price forecast, New Zealand public-radio style; straight quotes; chief executive "he said", farmer told Morning Report with quote continuing in later paragraphs, Mr with two-word surname, economist partial quote, unnamed sharemilker and farmer
('''A lift in the forecast milk price will be welcome relief for dairy farmers after two tough seasons, but many say the extra money will go straight to the bank.

Southern Pastures Dairy Co-operative yesterday raised its forecast for the season to $9.40 per kilogram of milk solids, up 35 cents, citing strong demand for whole milk powder in Southeast Asia and the Middle East.

Chief executive Andrew Mackintosh said global supply was tighter than expected.

"Production in Europe and the United States has been flat, and buyers in our key markets have come back to the table," he said. "We're confident in the new range, but there's still plenty of volatility out there."

Waikato farmer Rachel Hemi, who milks 420 cows near Morrinsville, told Morning Report the news was positive but would not change her plans.

"We've had interest rates go through the roof, and our costs have gone up across the board. This just gets us back to where we should have been."

She said paying down the farm's overdraft was the first priority.

"There's no new ute. The bank gets paid first."

Federated Farmers dairy chair Hamish Te Rangi said the higher forecast would ripple through rural towns.

"When dairy farmers have money, the local mechanic, the vet and the fencing contractor all feel it," Mr Te Rangi said.

He warned that regulatory costs, including freshwater rules, were still weighing on farmers.

Tasman Bank rural economist Megan Thorpe said the forecast was within the bank's range, but she was "a little more cautious" about the second half of the season.

"Global Dairy Trade auctions have been strong, but China is still buying less than it used to. That's the big unknown," Ms Thorpe said.

At a field day in the Manawatū on Thursday, the mood among farmers was upbeat but guarded.

"I'll believe it when I see it in the final payout," said one sharemilker, who has been farming in the district for twelve years.

Another farmer said the extra income would pay for repairs put off during the downturn.

"The effluent pond's been on the list for two years. That's where the money's going."''',
 [("Production in Europe and the United", "Andrew Mackintosh"),
  ("We're confident in the new range,", "Andrew Mackintosh"),
  ("We've had interest rates go through", "Rachel Hemi"),
  ("There's no new ute. The bank", "Rachel Hemi"),
  ("When dairy farmers have money, the", "Hamish Te Rangi"),
  ("a little more cautious", "Megan Thorpe"),
  ("Global Dairy Trade auctions have been", "Megan Thorpe"),
  ("I'll believe it when I see", "~sharemilker"),
  ("The effluent pond's been on the", "~farmer")]),

# 8 -- Canola crop under heat stress in Saskatchewan, Canadian farm-weekly style; curly quotes; grower "he said", partial quote, Dr. title then surname, crown corporation statement, minister in legislature, anonymous producer's social-media post, split quote
('''Canola fields across west-central Saskatchewan are showing the strain of a hot, dry July, with agronomists warning yields could fall well short of the provincial average.

Near Kindersley, Mark Van Dyk walked a field of flowering canola on Monday, pointing to plants that were barely knee-high.

“This should be up to my waist by now. We got an inch and a half of rain in June and almost nothing since,” he said.

Van Dyk, who farms 6,500 acres with his brother and nephew, said the crop had been seeded into good moisture but had “run out of gas.”

Agronomist Dr. Lisa Harnois, who works with growers across the region for a crop-input retailer, said heat blast during flowering was the bigger concern.

“Canola can handle a dry spell, but when you get 33, 34 degrees during flowering, the pollen just isn’t viable and you end up with a lot of blanks in the pods,” Harnois said.

Her estimate for the hardest-hit areas is 20 to 25 bushels an acre, against a five-year average of about 40.

Saskatchewan Crop Insurance Corporation said in a statement that it had received “a higher than normal volume” of inquiries and encouraged producers to report damage promptly.

“Producers should contact their local office before working down or putting any affected acres to other use,” the statement said.

Agriculture Minister Shauna Liebrecht told the legislature the province was monitoring the situation closely.

“We know producers in the west are hurting. We will be there for them, as we have been in past dry years,” she said.

On social media, a producer from the Rosetown area posted a photo of cracked soil beside a stunted canola plant with the message: “Anybody got a rain dance that actually works?”

Grain marketing adviser Kevin Oduya said tighter Prairie supplies had already pushed ICE canola futures higher.

“The market is starting to price in a smaller crop,” Oduya said, “but it doesn’t help much if you don’t have the bushels to sell.”

Van Dyk said he would wait to see how the crop filled before making any decisions.

“A couple of good rains in the next two weeks and we could still salvage something,” he said.''',
 [("This should be up to my", "Mark Van Dyk"),
  ("run out of gas.", "Mark Van Dyk"),
  ("Canola can handle a dry spell,", "Lisa Harnois"),
  ("a higher than normal volume", "Saskatchewan Crop Insurance Corporation"),
  ("Producers should contact their local office", "Saskatchewan Crop Insurance Corporation"),
  ("We know producers in the west", "Shauna Liebrecht"),
  ("Anybody got a rain dance that", "~producer"),
  ("The market is starting to price", "Kevin Oduya"),
  ("but it doesn’t help much if", "Kevin Oduya"),
  ("A couple of good rains in", "Mark Van Dyk")]),

# 9 -- Foot-and-mouth quarantine in KwaZulu-Natal, South African farm-press style; straight quotes; Dr title, "the veterinarian said", farmer speaking through an interpreter, provincial union statement, named company spokesperson, told Landbouweekblad, partial quote from department statement
('''Cattle farmers in northern KwaZulu-Natal have been placed under strict movement controls after foot-and-mouth disease (FMD) was confirmed at two dip tanks near Nongoma, the KwaZulu-Natal Department of Agriculture and Rural Development said this week.

About 14,000 cattle in communal grazing areas are affected by the quarantine, which bans the movement of cloven-hoofed animals and their products out of the area.

State veterinarian Dr Sipho Mthembu said teams had begun inspecting herds at dip tanks within a 10km radius.

"We are finding animals with lesions on the feet and in the mouth, which is consistent with the SAT2 strain we have seen in the province before," Dr Mthembu said. "Our priority now is containment."

The veterinarian said vaccination would begin as soon as doses arrived from the Agricultural Research Council's vaccine facility at Onderstepoort.

For communal farmers, the restrictions mean lost income at a time of year when many sell animals to pay school fees.

"My cattle are my bank account," said Thandeka Zulu, 61, speaking through an interpreter at the Ekuthuleni dip tank. "If I cannot sell, how do I pay for my grandchildren's uniforms?"

Another farmer, Bongani Ndlovu, said communication from officials had been poor.

"We only heard when the police came to the road," he said.

Kwanalu, the provincial farmers' union, said in a statement that the outbreak underlined the need for a national vaccine strategy.

"South Africa cannot keep responding to FMD outbreak by outbreak. We need a properly funded, permanent vaccination programme and working fences in the border areas," the statement said.

A spokesperson for a large feedlot group in the Free State, Annelie Botha, said the company had tightened biosecurity at all its sites.

"We are not accepting any animals from the affected districts, and we have increased the testing of incoming cattle," Ms Botha said.

Economist Johan Steenkamp of the agricultural business chamber Agbiz told Landbouweekblad that the outbreak could delay South Africa's efforts to regain access to export markets for beef.

"Every new outbreak sets the clock back. Our trading partners are watching," he said.

The department said in a statement that farmers who noticed symptoms such as drooling, limping or blisters should "immediately report to the nearest state veterinary office".''',
 [("We are finding animals with lesions", "Sipho Mthembu"),
  ("Our priority now is containment.", "Sipho Mthembu"),
  ("My cattle are my bank account,", "Thandeka Zulu"),
  ("If I cannot sell, how do", "Thandeka Zulu"),
  ("We only heard when the police", "Bongani Ndlovu"),
  ("South Africa cannot keep responding to", "Kwanalu"),
  ("We are not accepting any animals", "Annelie Botha"),
  ("Every new outbreak sets the clock", "Johan Steenkamp"),
  ("immediately report to the nearest state", "KwaZulu-Natal Department of Agriculture and Rural Development")]),

# 10 -- Big lamb sale at a Highland auction mart, Scottish daily style; curly quotes; auctioneer split quote then quote over two paragraphs, crofter "she said", unnamed buyer, old saying with no speaker, Scottish Government spokesman, Mrs with surname later
('''More than 14,000 lambs passed through the ring at Strathinver auction mart yesterday as crofters from across Sutherland and Caithness brought their stock to one of the biggest one-day sheep sales in Europe.

Prices held firm despite a wet summer, with the top pen of Cheviot wether lambs selling for £98 a head.

Auctioneer Calum MacRae, who has sold at the mart for 22 years, said the trade had exceeded expectations.

“We were a wee bit nervous coming in, with the weather and the cost of feed down south,” Mr MacRae said. “But the buyers came, and they came with money.

“The Cheviot lamb off the hill is a known quantity. Finishers in the south know exactly what they’re getting from this part of the world.”

Among the sellers was Morag Gunn, a fourth-generation crofter from Achnabreck, who sold 160 lambs.

“It’s the one day in the year the cheque comes in, so you lie awake the night before. This year I can sleep,” she said.

A buyer from Perthshire, who travelled north with two lorries, said quality was as good as he had seen.

“They’re hardy, they’re healthy, and they’ll do well on turnips,” he said.

The sale has been held on the same site since the 1890s, and families still repeat the old saying that “the hill pays the croft”.

However, some crofters said rising costs meant the future of the sale was uncertain.

Donald Mackay, chairman of the local grazings committee, said younger people were being priced out.

“You’ll not find many under forty here today. The croft houses are going as holiday lets, and the land goes with them,” he said.

A Scottish Government spokesman said: “Crofting is vital to the economy and culture of the Highlands and Islands. We are supporting crofters through the Crofting Agricultural Grant Scheme and the Croft House Grant.”

Mrs Gunn said her son had recently come home from Inverness to help with the sheep.

“He says he’ll keep it going,” she said. “I hope he means it.”''',
 [("We were a wee bit nervous", "Calum MacRae"),
  ("But the buyers came, and they", "Calum MacRae"),
  ("The Cheviot lamb off the hill", "Calum MacRae"),
  ("It’s the one day in the", "Morag Gunn"),
  ("They’re hardy, they’re healthy, and they’ll", "~buyer"),
  ("the hill pays the croft", None),
  ("You’ll not find many under forty", "Donald Mackay"),
  ("Crofting is vital to the economy", "Scottish Government"),
  ("He says he’ll keep it going,", "Morag Gunn"),
  ("I hope he means it.", "Morag Gunn")]),

# 11 -- Palay prices after rice tariff cut, Philippine broadsheet style; straight quotes; farmer mixing Filipino and English, farm group coordinator, secretary at a briefing with partial quote, unnamed market vendor, shopper, senator statement "the senator said", closing quote with no cue
('''Farmers in Nueva Ecija are selling freshly harvested palay for as low as P15 a kilo, well below production costs, as cheaper imported rice continues to flood local markets, farm groups said on Wednesday.

"Hindi na kami kumikita. We are not earning anymore," said Rodel Santiago, 47, who farms two hectares in Talavera. "The traders tell us the imported rice is cheaper, so they pay us less."

Liza Dimaculangan, Central Luzon coordinator of the Federation of Free Farmers, said farmgate prices had dropped by nearly a third since the tariff on imported rice was cut.

"The promise was that retail prices would go down. Did they go down? Only a little. But the farmgate price went down a lot," Dimaculangan said.

Agriculture Secretary Ramon Villaflor told reporters at a Malacañang briefing that the department was buying more palay through the National Food Authority (NFA) at P23 a kilo.

"We hear our farmers. The NFA has been directed to expand its procurement in the provinces where prices are lowest," Villaflor said.

He acknowledged, however, that NFA warehouses in some regions were "nearly full" and that the agency's buying stations could not reach every barangay.

At the Cabanatuan City public market, a vendor said regular milled rice was selling at P45 to P48 a kilo, down from P52 in January.

"The customers are happier, but the farmers who come here to buy also complain. They sell low and buy high," the vendor said.

Shopper Marites Cruz, a mother of four, said the price drop had made a difference at home.

"Every peso counts for us. But I also feel sorry for the farmers, because my father was a farmer," she said.

Senator Alma Reyes-Tolentino, who chairs the Senate committee on agriculture, said in a statement that she would file a resolution seeking a review of the tariff cut.

"We cannot sacrifice the livelihood of millions of rice farmers for a few pesos' reduction at the market," the senator said.

Santiago said he was considering planting vegetables next season instead.

"If it is like this again, I will stop planting rice. It is too much risk for nothing."''',
 [("Hindi na kami kumikita. We are", "Rodel Santiago"),
  ("The traders tell us the imported", "Rodel Santiago"),
  ("The promise was that retail prices", "Liza Dimaculangan"),
  ("We hear our farmers. The NFA", "Ramon Villaflor"),
  ("nearly full", "Ramon Villaflor"),
  ("The customers are happier, but the", "~vendor"),
  ("Every peso counts for us. But", "Marites Cruz"),
  ("We cannot sacrifice the livelihood of", "Alma Reyes-Tolentino"),
  ("If it is like this again,", "Rodel Santiago")]),

# 12 -- Supermarket cut to milk price paid to farmers, UK national newspaper style; curly quotes; "the 34-year-old said" split quote, post on X, supermarket spokesperson, supply-group chair, analyst, placard slogans, unnamed protester
('''Dairy farmers have accused one of Britain’s biggest supermarkets of going back on its word after it cut the price it pays for milk for the second time in three months.

Hartwell’s, which sources milk from about 300 farms through a dedicated supply group, told farmers last week that the price would fall by 1.5p a litre from 1 November, to 38.2p.

Ellie Brandreth, 34, who milks 180 cows with her partner near Nantwich in Cheshire, said the cut would cost the business about £30,000 a year.

“They put our faces on the cartons and talk about supporting British farming, and then they do this,” the 34-year-old said. “It feels like we’re just a marketing tool.”

Brandreth posted a photograph of a Hartwell’s milk carton on X with the words: “Proud to be the farmer on your fridge. Shame about the price.” The post has been shared more than 20,000 times.

A spokesperson for Hartwell’s said: “We continue to pay our dedicated dairy farmers above the market average, and our pricing reflects changes in global dairy markets. We remain fully committed to British farming.”

Jim Atherstone, who chairs the supermarket’s farmer supply group, said members had been given less than a fortnight’s notice.

“Farmers can’t turn the taps off overnight. We’ve bought feed, we’ve got cows in calf, and the bills are already locked in,” he said.

Dairy market analyst Fiona Kerr, of AgriMarket Insight, said wholesale cream and butter prices had fallen sharply since the summer, but the retailer had room to absorb the fall.

“Retail milk prices haven’t moved, so the question a lot of farmers are asking, quite reasonably, is where the margin is going,” Kerr said.

On Saturday, about 60 farmers and supporters gathered outside a Hartwell’s store in Chester, carrying placards reading “Fair price for milk” and “No farmers, no food”.

One protester, who gave up dairying near Tarporley a decade ago, said he had seen it all before.

“In 2015 it was the same story. Half the farms I knew then are gone,” he said.

Brandreth said she was not yet considering leaving the industry, but the cut had made her think hard.

“We love what we do, but love doesn’t pay the feed merchant,” she said.''',
 [("They put our faces on the", "Ellie Brandreth"),
  ("It feels like we’re just a", "Ellie Brandreth"),
  ("Proud to be the farmer on", "Ellie Brandreth"),
  ("We continue to pay our dedicated", "Hartwell’s"),
  ("Farmers can’t turn the taps off", "Jim Atherstone"),
  ("Retail milk prices haven’t moved, so the", "Fiona Kerr"),
  ("Fair price for milk", None),
  ("No farmers, no food", None),
  ("In 2015 it was the same", "~protester"),
  ("We love what we do, but", "Ellie Brandreth")]),

# 13 -- Federal water cuts and almond growers in the San Joaquin Valley, US metro daily style; straight quotes; split quote with scene-setting, general manager, federal bureau statement, report title with no speaker, policy director "said X, the group's...", farmworker quoted in Spanish
('''FIRESTONE, Calif. — On the west side of the San Joaquin Valley, Teresa Alvarado is deciding which of her almond trees will live.

Alvarado learned this month that her irrigation district would receive just 15% of its contracted federal water supply this year, the third deep cut in five years. Without enough water for all 640 acres, she plans to stop irrigating about 150 acres of older trees.

"You plant an almond orchard thinking it's a 25-year commitment," Alvarado said, standing between rows of bare-limbed trees. "Pulling out trees that are still producing — that's the hardest thing I've had to do in this business."

Ron Baptista, general manager of the Panoche Creek Water District, said growers in the district were paying as much as $1,800 an acre-foot for water on the open market, triple what they paid a decade ago.

"At those prices, the math on a lot of crops just doesn't work anymore. We're going to see land come out of production. There's no way around it," Baptista said.

The U.S. Bureau of Reclamation, which operates the Central Valley Project, said the low allocation reflected a dry winter and requirements to protect endangered fish in the Sacramento-San Joaquin Delta.

"We recognize the hardship this allocation creates for agricultural water users, and Reclamation will continue to look for opportunities to improve supply as conditions change," the bureau said in a statement.

Environmental groups have long argued that the valley's farms draw too much water from the Delta and from overpumped aquifers. A report released last year by the nonprofit Valley Water Futures, titled "Running Dry: Groundwater and the Future of the Valley," estimated that as many as 500,000 acres may need to be taken out of production over the next two decades.

"This isn't about blaming farmers," said Nadia Brennan, the group's policy director. "It's about being honest that there is less water than there are promises."

The cuts ripple beyond growers. Eusebio Ramírez, 52, who has pruned and harvested almonds in the area for two decades, said work had already slowed.

"Before, we worked six days. Now it's three, sometimes four. When the orchards go, the jobs go too," Ramírez said in Spanish.

Alvarado's parents came to the valley from Michoacán in the 1960s, and her father started with 40 acres of cotton. She said she would hang on as long as she could.

"We've survived droughts before. But this feels different. It feels permanent," she said.''',
 [("You plant an almond orchard thinking", "Teresa Alvarado"),
  ("Pulling out trees that are still", "Teresa Alvarado"),
  ("At those prices, the math on", "Ron Baptista"),
  ("We recognize the hardship this allocation", "U.S. Bureau of Reclamation"),
  ("This isn't about blaming farmers,", "Nadia Brennan"),
  ("It's about being honest that there", "Nadia Brennan"),
  ("Before, we worked six days. Now", "Eusebio Ramírez"),
  ("We've survived droughts before. But this", "Teresa Alvarado")]),

# 14 -- Farmers' protest over a Welsh subsidy scheme outside the Senedd, UK public-broadcaster style; single curly quotes; banners and chant with no speaker, farmer split quote, union president partial quote then told BBC Radio Cymru, unnamed young farmer, cabinet secretary "told Members", government spokesperson
('''Thousands of farmers gathered outside the Senedd in Cardiff Bay on Wednesday to protest against the Welsh Government’s proposed changes to farm support payments.

Tractors lined the roads around the building, and protesters carried banners reading ‘No farmers, no food’ and ‘Trees don’t feed people’. At one point the crowd chanted ‘Listen to us’ as Members of the Senedd arrived for First Minister’s Questions.

Under the proposed Sustainable Farming Scheme, farmers would have to manage at least 10% of their land as tree cover and 10% as wildlife habitat to qualify for the main payment.

Eirlys Price, who farms sheep and beef cattle on 300 acres near Llandovery, travelled to Cardiff with her two daughters.

‘We’re not against the environment. We are the environment,’ she said. ‘My family has looked after this land for five generations, and nobody asked us before drawing up this plan.’

Farmers’ Union of Wales president Gethin Lloyd-Evans told the crowd the scheme in its current form would ‘rip the heart out of rural Wales’.

Speaking afterwards to BBC Radio Cymru, he said: ‘We want a scheme that works for farming families and for nature. At the moment it works for neither.’

NFU Cymru said its own modelling suggested the scheme could lead to a significant fall in livestock numbers and the loss of thousands of jobs on farms and in the supply chain.

One young farmer from Ceredigion, who took over the family holding only last year, said he was worried about the future.

‘I’m 23. I want to be farming in 40 years’ time. Right now I can’t see how,’ he said.

Inside the chamber, Rural Affairs Secretary Huw Pennant said the government was listening.

‘We have heard the strength of feeling today, and I have been clear that the final scheme will be shaped by the consultation,’ Mr Pennant told Members.

A Welsh Government spokesperson later added: ‘No decisions have been made. We will continue to work with farmers and their representatives.’

The consultation closes next month, and unions have urged their members to respond before the deadline.''',
 [("No farmers, no food", None),
  ("Trees don’t feed people", None),
  ("Listen to us", None),
  ("We’re not against the environment. We", "Eirlys Price"),
  ("My family has looked after this", "Eirlys Price"),
  ("rip the heart out of rural", "Gethin Lloyd-Evans"),
  ("We want a scheme that works", "Gethin Lloyd-Evans"),
  ("I’m 23. I want to be", "~farmer"),
  ("We have heard the strength of", "Huw Pennant"),
  ("No decisions have been made.", "Welsh Government")]),

# 15 -- Tomato pest outbreak and price surge, Nigerian daily style; straight quotes; popular name in scare quotes, Alhaji title, "told our correspondent", Mrs title with market seller, trader known only by a nickname, commissioner "the commissioner said", Prof. title
('''The price of tomatoes has risen sharply in markets across Lagos and Abuja following an outbreak of the Tuta absoluta pest, popularly called "tomato ebola", which has devastated farms in Kaduna, Kano and Katsina states.

A big basket of tomatoes, which sold for about N25,000 three weeks ago, now goes for as much as N80,000 at the Mile 12 International Market in Lagos, traders said.

The chairman of the Tomato Growers Association of Nigeria in Kaduna State, Alhaji Sani Danjuma, told our correspondent that many farmers had lost their entire crop.

"In my farm alone, I lost over five hectares in less than two weeks. The insects enter the fruit and destroy it from inside," Danjuma said. "Many of our members borrowed money to plant this season. Now they have nothing to sell and nothing to pay back."

He appealed to the Federal Government to provide farmers with pesticides and improved seedlings.

At Mile 12, a tomato seller, Mrs Kafayat Adeyemi, said customers were buying less.

"Before, a customer would buy a basin. Now she will buy a small bowl," Adeyemi said. "Some are even using tomato paste instead."

Another trader, who gave her name only as Iya Bose, said many traders had stopped travelling to the north.

"If you go to Kano with your money now, you may come back with rotten tomatoes," she said.

The Kaduna State Commissioner for Agriculture, Dr Hauwa Bello-Ibrahim, said the state had set up an emergency response team and was working with the National Agricultural Seeds Council.

"We have sprayed over 2,000 hectares and we are training farmers on how to identify the pest early," the commissioner said.

An entomologist at Ahmadu Bello University, Zaria, Prof. Emmanuel Okafor, said the pest was difficult to control because it quickly developed resistance to common insecticides.

"Farmers need to rotate chemicals and practise good field hygiene, including removing infested plants and burning them," Okafor said. "Spraying the same product every week is making the problem worse."

He warned that without a coordinated response, the pest could return next season.''',
 [("In my farm alone, I lost", "Sani Danjuma"),
  ("Many of our members borrowed money", "Sani Danjuma"),
  ("Before, a customer would buy a", "Kafayat Adeyemi"),
  ("Some are even using tomato paste", "Kafayat Adeyemi"),
  ("If you go to Kano with", "Iya Bose"),
  ("We have sprayed over 2,000 hectares", "Hauwa Bello-Ibrahim"),
  ("Farmers need to rotate chemicals and", "Emmanuel Okafor"),
  ("Spraying the same product every week", "Emmanuel Okafor")]),

# 16 -- Cocoa smuggling from Ghana, international wire-service style; curly quotes; dateline, farmer "said X, a farmer in...", anonymous senior regulator official "told Reuters", named board spokesperson with partial quote, buying-company manager, London analyst split quote
('''ACCRA, Oct 14 (Reuters) — Ghana’s cocoa farmers are smuggling beans across the borders to Ivory Coast and Togo in growing numbers, lured by higher prices, farmers and industry officials said, threatening output from the world’s second-largest producer as global prices hover near record highs.

Ghana raised its farmgate price to 3,100 cedis per 64-kg bag for the current season, but farmers say the increase has not kept pace with world prices or with the depreciation of the cedi.

“The price across the border is almost double what we get here,” said Kwabena Asante, a farmer in the Western North region, which borders Ivory Coast. “If you are a poor farmer and someone offers you double, what will you do?”

Two other farmers in the region, speaking on condition of anonymity, described buyers arriving at night with motorbikes to carry bags along bush paths.

A senior official at Ghana Cocoa Board (Cocobod), who asked not to be named because he was not authorised to speak to the media, told Reuters the regulator estimated that up to 150,000 tonnes could be smuggled out this season.

“It is a serious problem. We are losing beans, and we are losing foreign exchange,” the official said.

Cocobod spokesperson Abena Owusu-Darko said the board had stepped up patrols with security agencies and was “determined to protect the integrity of Ghana cocoa.”

“We appeal to our farmers to sell to licensed buying companies. That is how they benefit from the bonuses and the inputs that the government provides,” she said.

The manager of a licensed buying company in Sefwi Wiawso, Yaw Boateng, said purchases at his depots were down by about a third compared with the same period last year.

“Some farmers who used to bring 50 bags are bringing 10. We know where the rest is going,” he said.

In London, cocoa futures traded at around £6,400 a tonne on Tuesday. Analysts said smuggling made Ghana’s official figures less reliable.

“The headline arrivals data out of Ghana is understating how much cocoa is actually being grown there,” said Claire Hutchings, a soft commodities analyst at a London brokerage. “But for the market, what matters is that those beans are not available to fill Ghana’s forward contracts.”

Ghana has struggled with disease, illegal gold mining and ageing trees, and output has fallen for several consecutive seasons.

Asante said he would stay loyal to Cocobod for now, but warned that patience was wearing thin.

“We are tired. Cocoa is our life, but our children are going to the mines,” he said.''',
 [("The price across the border is", "Kwabena Asante"),
  ("If you are a poor farmer", "Kwabena Asante"),
  ("It is a serious problem. We", "~official"),
  ("determined to protect the integrity of", "Abena Owusu-Darko"),
  ("We appeal to our farmers to", "Abena Owusu-Darko"),
  ("Some farmers who used to bring", "Yaw Boateng"),
  ("The headline arrivals data out of", "Claire Hutchings"),
  ("But for the market, what matters", "Claire Hutchings"),
  ("We are tired. Cocoa is our", "Kwabena Asante")]),

# 17 -- Fall fair and 4-H show, small-town Canadian weekly style; straight quotes; fair theme with no speaker, board president, "the 15-year-old said" split quote, grandfather "he said from the bleachers", judge, young exhibitor "he admitted", MPP partial quote, unnamed pie buyer
('''Rain held off just long enough on Saturday for the 162nd Dufferin Creek Fall Fair, which drew an estimated 9,000 visitors over three days, organizers said.

This year's theme, "Rooted in Community", was painted in giant letters across the hay wagon at the main gate.

Fair board president Linda Vandermeer said attendance was up about 15 per cent from last year.

"We had families here from Toronto who had never seen a cow being milked. That's what the fair is for. It's the one time of year the town and the farms come together," Vandermeer said.

In the 4-H dairy show, 15-year-old Hannah Bouwman of Dufferin Creek took grand champion with her Holstein heifer, Daisy Mae.

"I've been washing her every day for two weeks," the 15-year-old said, grinning. "She knew it was her day."

Bouwman is the third generation of her family to show at the fair. Her grandfather, Pieter Bouwman, won the same class in 1979.

"I'm proud as anything. She does it all herself. I just drive the trailer," he said from the bleachers.

Judge Alison McTavish, a dairy farmer from Perth County, praised the young exhibitors.

"The showmanship today was as good as I've seen at any county-level show. These kids know their animals," McTavish said.

In the beef ring, 12-year-old Owen Fraser showed his first steer and placed fourth.

"It pulled me across the ring twice. Next year I'm going to practise more," he admitted.

Local MPP Greg Hollinger, who presented the ribbons in the sheep classes, said fairs like Dufferin Creek were "the backbone of rural Ontario."

Visitors lined up for butter tarts and the pie auction, where a strawberry-rhubarb pie baked by the local Women's Institute sold for $450.

"I'd pay that again," said the buyer, who asked that her name not be used. "It's for a good cause, and it's a very good pie."

Proceeds from the auction go to the fair's youth scholarship fund, which this year will support four local students heading to agricultural college.''',
 [("Rooted in Community", None),
  ("We had families here from Toronto", "Linda Vandermeer"),
  ("I've been washing her every day", "Hannah Bouwman"),
  ("She knew it was her day.", "Hannah Bouwman"),
  ("I'm proud as anything. She does", "Pieter Bouwman"),
  ("The showmanship today was as good", "Alison McTavish"),
  ("It pulled me across the ring", "Owen Fraser"),
  ("the backbone of rural Ontario.", "Greg Hollinger"),
  ("I'd pay that again,", "~buyer"),
  ("It's for a good cause, and", "~buyer")]),

# 18 -- Floodwater delaying wheat sowing in Sindh, Pakistani English daily style; curly quotes; growers' body president with Mr and surname, partial quote, anonymous irrigation official, unnamed sharecropper, minister at press conference "the minister said", economist speaking to Dawn News
('''HYDERABAD: Vast stretches of farmland in lower Sindh remain under water weeks after the floods, raising fears that farmers will miss the wheat sowing window and leave the province short of its production target, growers and officials said on Sunday.

Sindh Abadgar Board president Zulfiqar Ali Talpur said standing water on at least 400,000 acres in Badin, Thatta and Sanghar districts had to be drained by the end of November.

“If the water is not drained in the next three weeks, wheat cannot be sown on this land. It is as simple as that,” Mr Talpur said. “The irrigation department is moving at the speed of a bullock cart.”

He said growers also faced a shortage of DAP fertiliser, which was being sold “in black” at well above the official rate.

An official of the provincial irrigation department, requesting anonymity, said pumps had been deployed in the worst-affected areas but blocked natural drains were slowing the work.

“Many drains were encroached upon or were not desilted for years. Now we are paying the price,” the official said.

In a village near Tando Bago, a sharecropper standing beside his collapsed mud house said his family had been living in a tent on the roadside for six weeks.

“The landlord says there will be no wheat this year, so there is no work for us,” he said. “We are waiting for someone to come.”

Provincial Agriculture Minister Muhammad Bux Khoso told a press conference in Karachi that the government would provide wheat seed free of cost to small farmers with holdings of up to 25 acres.

“No farmer will be left behind. We have arranged seed for over 300,000 acres in the first phase,” the minister said.

Agricultural economist Dr Nazia Memon, speaking to Dawn News, said the seed programme was welcome but late.

“Seed distribution after mid-December has very limited value because yields drop sharply with late sowing,” she said. “The support has to reach the farmer in the next fortnight, not the next quarter.”

Farmers in Mirpurkhas district, where the water has receded, have begun preparing their fields. Ghulam Rasool Rind, who owns 40 acres near Jhuddo, said he was hopeful.

“The land has received silt from the flood. If we sow in time, the crop could be good,” he said.''',
 [("If the water is not drained", "Zulfiqar Ali Talpur"),
  ("The irrigation department is moving at", "Zulfiqar Ali Talpur"),
  ("in black", "Zulfiqar Ali Talpur"),
  ("Many drains were encroached upon or", "~official"),
  ("The landlord says there will be", "~sharecropper"),
  ("We are waiting for someone to", "~sharecropper"),
  ("No farmer will be left behind.", "Muhammad Bux Khoso"),
  ("Seed distribution after mid-December has very", "Nazia Memon"),
  ("The support has to reach the", "Nazia Memon"),
  ("The land has received silt from", "Ghulam Rasool Rind")]),

# 19 -- Bird flu culls and egg prices in Minnesota, US national newspaper style; straight quotes; store sign with no speaker, shopper split quote, Dr. title state veterinarian, egg farmer with quote over two paragraphs, economist, association partial quote, unnamed shopper
('''MANKATO, Minn. — A handwritten sign taped to the egg cooler at a grocery store here on Thursday read "Limit 2 cartons per customer. Sorry!"

Shoppers who came looking for a dozen large eggs found them priced at $6.49, nearly triple what they cost a year ago.

"I have three kids who eat eggs every morning," said Jessica Lindqvist, 38, who was shopping with her youngest. "I bought one carton and I'll make it stretch. Pancakes for dinner, I guess."

The price spike is the latest consequence of a bird flu outbreak that has swept through commercial poultry flocks across the Midwest this winter. In Minnesota alone, more than four million laying hens have been culled since December, according to the Minnesota Board of Animal Health.

Dr. Ruth Engebretsen, the state veterinarian, said the virus was being carried by migrating wild birds and had proved unusually persistent.

"We are seeing introductions into barns that have excellent biosecurity. This virus is in the environment in a way we haven't seen before," Dr. Engebretsen said.

For egg farmers, an infection means the loss of an entire flock. Mark Jorgenson, whose family has produced eggs near New Ulm for three generations, lost 1.2 million hens in January.

"You walk into a barn one morning and there are a few dead birds, and by the afternoon you know," he said. "Then the whole thing is over. Every bird has to go.

"People think we get compensated and it's fine. The indemnity helps, but we've had no income for months, and we still have 60 employees."

Jorgenson said it would take at least six months to clean, disinfect and restock the barns.

Agricultural economist David Ochoa of the University of Minnesota said prices would remain high until flocks were rebuilt.

"It takes about five months to raise a pullet to laying age, so even if the outbreaks stopped tomorrow, supply would be tight through the summer," Ochoa said.

The Midwest Egg Producers Association said in a statement that its members were "doing everything in their power" to keep eggs on shelves.

Back at the store, one shopper, an older man in a Vikings cap, shrugged at the price.

"I'll buy them anyway. What are you going to do, not eat eggs?" he said.''',
 [("Limit 2 cartons per customer. Sorry!", None),
  ("I have three kids who eat", "Jessica Lindqvist"),
  ("I bought one carton and I'll", "Jessica Lindqvist"),
  ("We are seeing introductions into barns", "Ruth Engebretsen"),
  ("You walk into a barn one", "Mark Jorgenson"),
  ("Then the whole thing is over.", "Mark Jorgenson"),
  ("People think we get compensated and", "Mark Jorgenson"),
  ("It takes about five months to", "David Ochoa"),
  ("doing everything in their power", "Midwest Egg Producers Association"),
  ("I'll buy them anyway. What are", "~shopper")]),

# 20 -- Indonesian pause on Australian feeder cattle, Australian regional newspaper style; curly quotes; grazier with Mr and surname, "the grazier said" paraphrase, exporters' council CEO, federal minister speaking to reporters, road train driver told ABC Rural, analyst, unnamed stock agent
('''Cattle producers in north Queensland say they are bracing for a price slump after Indonesia suspended import permits for Australian feeder cattle while it investigates reports of lumpy skin disease in animals recently shipped from Australia.

About 20,000 head were booked to be shipped from Townsville and Karumba over the next month.

Charters Towers grazier Stuart Kennedy, who runs 4,000 Brahman-cross cattle, had 600 steers ready to go.

“They’re weighed, they’re drafted, and they’re sitting in the paddock eating grass I need for the breeders,” Mr Kennedy said. “Every week they stay here costs me money.”

The grazier said he had already been offered $1 a kilogram less by a southern feedlot buyer.

Australian Livestock Exporters’ Council chief executive Maree Dunstan said the industry was working with the Department of Agriculture, Fisheries and Forestry to provide Indonesian authorities with evidence that Australia remained free of the disease.

“We have a robust surveillance system, and there has been no detection of lumpy skin disease in Australian cattle. We are confident this will be resolved, but we need it resolved quickly,” Ms Dunstan said.

Federal Agriculture Minister Julian Forde, speaking to reporters in Rockhampton, said he had spoken with his Indonesian counterpart on Tuesday night.

“It was a constructive conversation,” Mr Forde said. “Indonesia is a valued trading partner, and we’re working through the technical issues as a priority.”

Cloncurry road train driver Wayne Hooper said trucking companies were already losing work.

“I had four loads to the port booked this week. Now I’ve got none,” he told ABC Rural.

Beef market analyst Tessa Moloney, of Outback Agri Analytics, said the suspension came at a difficult time.

“Northern producers were counting on the live trade to take pressure off a saturated domestic market, and if this drags into the wet season, we could see some real distress selling,” she said.

One cattle agent at the Charters Towers saleyards on Wednesday said vendors were already nervous.

“Nobody wants to sell into this, but some of them haven’t got a choice,” the agent said.

Mr Kennedy, who lived through the 2011 live export ban, said the industry had survived worse.

“We got through that. But I wouldn’t wish it on anyone again,” he said.''',
 [("They’re weighed, they’re drafted, and they’re", "Stuart Kennedy"),
  ("Every week they stay here costs", "Stuart Kennedy"),
  ("We have a robust surveillance system,", "Maree Dunstan"),
  ("It was a constructive conversation,", "Julian Forde"),
  ("Indonesia is a valued trading partner,", "Julian Forde"),
  ("I had four loads to the", "Wayne Hooper"),
  ("Northern producers were counting on the", "Tessa Moloney"),
  ("Nobody wants to sell into this,", "~agent"),
  ("We got through that. But I", "Stuart Kennedy")]),

# 21 -- Council plan to move a town farmers' market, English local weekly style; straight quotes; petition title with no speaker, stallholder split quote, Cllr title, opposition councillor partial quote, Facebook post by unnamed customer, unnamed shopper, council spokesperson
('''Stallholders at Ashbury's monthly farmers' market have launched a petition against council plans to move the market from the Market Square to a car park on the edge of town.

The petition, titled "Keep Our Market in the Square", had gathered more than 2,300 signatures by Tuesday.

North Wessex District Council says the move is needed while the square is resurfaced, but traders fear it will become permanent.

"Nobody is going to walk out to a car park by the bypass to buy a loaf of bread," said Jan Whitcombe, who has run a bakery stall at the market for 14 years. "Half our trade is people passing through the square on their way to the shops."

Pig farmer Rob Aldersey, who sells sausages and bacon from his farm at nearby Little Chilworth, said the market was a lifeline for small producers.

"Supermarkets don't want a farm my size. This market is where I make my margin," he said.

Cllr Patricia Nkemelu, the council's cabinet member for economic development, said no final decision had been taken.

"We value the farmers' market enormously, and this is about keeping it going safely during the works, not about getting rid of it," Cllr Nkemelu said.

But opposition councillor Martin Fairweather accused the ruling group of "doing this by stealth".

"The resurfacing contract says eighteen months. Once the market has been in the car park for eighteen months, it'll never come back," he said.

Market manager Sophie Lister said she had asked the council for a written guarantee that the market would return to the square once the works were finished.

On the market's Facebook page, one regular customer wrote: "The square on market Saturday is the best thing about this town. Don't take it away."

At last Saturday's market, shoppers were firmly behind the stallholders.

"I come every month for the cheese and the veg. I don't drive, so if it moves, I can't get there," said one shopper, who lives in the town centre.

A council spokesperson said: "We will consult fully with traders and residents before any decision is made, and we will report back to cabinet in the new year."

The petition will be presented at the full council meeting on 12 December.''',
 [("Nobody is going to walk out", "Jan Whitcombe"),
  ("Half our trade is people passing", "Jan Whitcombe"),
  ("Supermarkets don't want a farm my", "Rob Aldersey"),
  ("We value the farmers' market enormously,", "Patricia Nkemelu"),
  ("doing this by stealth", "Martin Fairweather"),
  ("The resurfacing contract says eighteen months.", "Martin Fairweather"),
  ("The square on market Saturday is", "~customer"),
  ("I come every month for the", "~shopper"),
  ("We will consult fully with traders", "North Wessex District Council")]),

# 22 -- Bovine TB and a badger cull plan in Northern Ireland, UK public-broadcaster regional style; single curly quotes; one-word partial quote in the intro before the speaker is named, department statement, union president, "The Tyrone farmer agreed" then split quote, campaign group spokesperson, Dr title, anonymous senior official
('''A County Tyrone farmer whose herd has been under TB restrictions for almost three years has said the disease is ‘breaking’ farming families across Northern Ireland.

Seamus McCartan, who milks 150 cows near Pomeroy, has lost more than 90 animals to the disease since his herd first tested positive.

‘Every 60 days the vet comes out and you’re sick in your stomach waiting on the result. You can do everything by the book, and it still comes back,’ he said.

Bovine TB costs the Northern Ireland taxpayer about £40m a year in compensation and testing, and herd incidence has risen above 10%.

The Department of Agriculture, Environment and Rural Affairs (Daera) has published plans for a badger intervention programme in parts of the province, including culling in areas with high infection rates.

In a statement, Daera said: ‘The department is committed to eradicating bovine TB and will take forward a range of measures, including addressing the wildlife reservoir, based on the best available scientific evidence.’

Ulster Farmers’ Union president Gillian Crawford said action was long overdue.

‘Farmers have been asking for this for twenty years. We have tested and tested, and the cattle side alone will not solve it,’ she said.

The Tyrone farmer agreed.

‘I’ve nothing against badgers,’ Mr McCartan said. ‘But when you see a sett at the edge of a field where your cattle are grazing, and you’re losing cows every winter, you’d want something done.’

Wildlife campaigners have vowed to challenge the plans. A spokesperson for the Northern Ireland Badger Group said culling was ‘cruel, costly and ineffective’.

‘The evidence from England shows that culling can make things worse by disturbing badger populations and spreading the disease further,’ the spokesperson said.

Veterinary surgeon Dr Ciarán Doherty, who works in mid-Ulster, said the answer lay in a combination of measures.

‘Better cattle testing, stricter controls on movements, and dealing with the wildlife. No single measure will do it,’ he said.

A senior Daera official, speaking privately, said the department expected a legal challenge.

‘We will be in the courts before we are in the fields,’ the official said.''',
 [("breaking", "Seamus McCartan"),
  ("Every 60 days the vet comes", "Seamus McCartan"),
  ("The department is committed to eradicating", "Department of Agriculture, Environment and Rural Affairs"),
  ("Farmers have been asking for this", "Gillian Crawford"),
  ("I’ve nothing against badgers,", "Seamus McCartan"),
  ("But when you see a sett", "Seamus McCartan"),
  ("cruel, costly and ineffective", "Northern Ireland Badger Group"),
  ("The evidence from England shows that", "Northern Ireland Badger Group"),
  ("Better cattle testing, stricter controls on", "Ciarán Doherty"),
  ("We will be in the courts", "~official")]),

# 23 -- Maize marketing and the Food Reserve Agency in Zambia, southern African daily style; straight quotes; local term in quote marks with no speaker, Mrs title, Mr with surname, agency PR manager split quote, union secretary-general partial quote, minister in Parliament, unnamed caller to a radio phone-in
('''CHOMA — Small-scale farmers in Southern Province have appealed to the Food Reserve Agency (FRA) to open its satellite depots early, saying private buyers are taking advantage of the delay to offer low prices for maize.

"Briefcase buyers", as the traders who move from village to village buying grain for cash are known, are offering as little as K150 for a 50kg bag, compared with the FRA floor price of K300.

"We cannot wait until August for FRA. Our children need school fees now, and the traders know that," said Mrs Esnart Mwiinga, a farmer in the Macha area who harvested 60 bags this season.

Another farmer, Gift Hamoonga, said most families in his area had already sold part of their harvest.

"Those people come with cash and a scale that is not correct. You know you are being cheated but you sell because you have no choice," Mr Hamoonga said.

FRA public relations manager Chileshe Mulenga said the agency would begin purchases on 15 June in Southern, Central and Eastern provinces.

"We are ready. Our depots have been rehabilitated, and we have secured adequate empty bags and tarpaulins," Ms Mulenga said. "We urge farmers to be patient and not to sell their maize cheaply."

Zambia National Farmers Union (ZNFU) secretary-general Dr Bernard Phiri said the floor price was "unrealistic" given the rising cost of fertiliser and seed.

"A farmer who used a full pack of fertiliser this season needs at least K340 a bag just to break even," Dr Phiri said.

Agriculture Minister Mutale Chanda told Parliament on Thursday that the government had set aside funds to buy one million tonnes of maize.

"Government will not abandon the farmers. The money is there," the minister said.

On a phone-in programme on a community radio station in Monze, a woman farmer who did not give her name said the story was the same every year.

"Every year they say they are ready. Every year we wait," she said.

Mrs Mwiinga said she had kept 20 bags for her family and would sell the rest to FRA if the depots opened on time.

"If they are late again, I will have to sell to whoever comes," she said.''',
 [("We cannot wait until August for", "Esnart Mwiinga"),
  ("Those people come with cash and", "Gift Hamoonga"),
  ("We are ready. Our depots have", "Chileshe Mulenga"),
  ("We urge farmers to be patient", "Chileshe Mulenga"),
  ("unrealistic", "Bernard Phiri"),
  ("A farmer who used a full", "Bernard Phiri"),
  ("Government will not abandon the farmers.", "Mutale Chanda"),
  ("Every year they say they are", "~farmer"),
  ("If they are late again, I", "Esnart Mwiinga")]),

# 24 -- Strong-wool price slump, New Zealand farm-weekly style; curly quotes; "the Hawke's Bay farmer said" with quote over two paragraphs, husband with same surname, broker split quote, shearing contractor, unnamed young shearer, farm lobby chair, closing quote with no cue
('''Hawke’s Bay sheep farmer Annabel Fitzgerald did the sums after this season’s shearing and found the wool cheque would not even cover the cost of getting the fleece off the sheep.

“We paid about $5.50 a head for shearing, and the crossbred wool came back at $2.80 a kilo,” the Hawke’s Bay farmer said. “So every sheep we shore cost us money. That’s never happened in my lifetime.

“People don’t understand that shearing isn’t optional. It’s an animal welfare thing. You have to do it, whatever the price.”

Her husband, Tane Fitzgerald, said the couple had stored this year’s clip in the woolshed rather than sell.

“We’re sitting on about 180 bales. Some of the neighbours have just started burying it,” he said.

Strong wool, used mainly for carpets and upholstery, has been in the doldrums for more than a decade as synthetic fibres have taken market share. Good crossbred fleece averaged $2.75 a kilo at the Napier wool auction last week.

Wool broker Graeme Stanaway, of Bayside Wool Brokers, said there were some positive signs, with Chinese buyers returning to the market.

“It’s not a recovery yet. I’d call it a bottoming out,” Mr Stanaway said. “But the interest in natural fibres from designers and architects is real, and it’s growing.”

Shearing contractor Huia Potae, who employs 35 staff across Hawke’s Bay and Wairarapa, said low prices were putting pressure on shearers too.

“Farmers are asking us to drop our rates. We can’t — we’ve got fuel, gear, wages, and the shearers work their guts out,” she said.

One young shearer in her gang, who has been in the trade for four years, said he was thinking of heading to Australia.

“The money over there is better, and the sheds are bigger,” he said.

Federated Farmers meat and wool chair Richard Bramwell said the government should require wool insulation and carpets in new public buildings.

“If every school and hospital built in this country used New Zealand wool, it would make a real difference,” he said.

A social media campaign using the hashtag #WoolNotPlastic has been gaining traction among farmers and their supporters.

Annabel Fitzgerald said she would keep shearing regardless.

“It’s part of who we are. You don’t give up on something because it’s had a few bad years.”''',
 [("We paid about $5.50 a head", "Annabel Fitzgerald"),
  ("So every sheep we shore cost", "Annabel Fitzgerald"),
  ("People don’t understand that shearing isn’t", "Annabel Fitzgerald"),
  ("We’re sitting on about 180 bales.", "Tane Fitzgerald"),
  ("It’s not a recovery yet.", "Graeme Stanaway"),
  ("But the interest in natural fibres", "Graeme Stanaway"),
  ("Farmers are asking us to drop", "Huia Potae"),
  ("The money over there is better,", "~shearer"),
  ("If every school and hospital built", "Richard Bramwell"),
  ("It’s part of who we are.", "Annabel Fitzgerald")]),

# 25 -- Crop theft in rural Jamaica, Caribbean daily style; curly quotes; farmer speaking patois with split quote, Mrs title, society president, hand-lettered board with no speaker, minister "the minister said", Superintendent title, unnamed vendor, closing quote with no cue
('''Farmers in the hills of St Elizabeth and Manchester say thieves are stripping their fields at night, and many are now sleeping in makeshift huts beside their crops to protect them.

Praedial larceny — the theft of crops and livestock — costs the agricultural sector an estimated $8 billion a year, according to government estimates.

“Mi plant dis yam from March, and one night dem come tek out half the field,” said Delroy Campbell, a farmer in Southfield, St Elizabeth. “Seven months of work gone in one night.”

Campbell, 56, said he had reported the theft to the police but had heard nothing since.

“Dem tell mi seh dem will look into it. That was six weeks ago,” he said.

Another farmer, Paulette Gordon of Christiana, Manchester, said she had lost three goats and most of her Irish potato crop this year.

“Is not just the money. Is the feeling that you work hard and somebody just walk in and take it,” Mrs Gordon said.

At a meeting of the Jamaica Agricultural Society (JAS) in Santa Cruz on Tuesday, JAS president Everton Whyte told farmers the penalties for praedial larceny were not being enforced.

“We have laws, but we need the courts to treat praedial larceny as a serious crime, not a little thing,” Mr Whyte said.

Outside the hall, a hand-lettered board read: “Thief a nuh farmer! Buy your produce legal.”

Agriculture Minister Marjorie Blake-Henry, addressing the meeting, said the ministry was expanding the receipt book system, under which anyone transporting or selling produce must be able to show where it came from.

“If you cannot show a receipt, you should not be selling that produce, and the police will be asking,” the minister said.

Superintendent Conrad Ellis, head of the St Elizabeth police division, said 14 people had been arrested for praedial larceny in the parish since January.

“We are working closely with farmers. We need them to come forward with information, because the thieves are often known in the community,” he said.

A vendor at the Santa Cruz market, who asked not to be named, said some sellers did not ask questions.

“Some people buy from anybody who bring yam to them cheap. Is so it go,” she said.

Campbell said he would plant again next season, but this time he would build a proper hut.

“Mi nah give up. Farming is all mi know.”''',
 [("Mi plant dis yam from March,", "Delroy Campbell"),
  ("Seven months of work gone in", "Delroy Campbell"),
  ("Dem tell mi seh dem will", "Delroy Campbell"),
  ("Is not just the money. Is", "Paulette Gordon"),
  ("We have laws, but we need", "Everton Whyte"),
  ("Thief a nuh farmer! Buy your", None),
  ("If you cannot show a receipt,", "Marjorie Blake-Henry"),
  ("We are working closely with farmers.", "Conrad Ellis"),
  ("Some people buy from anybody who", "~vendor"),
  ("Mi nah give up. Farming is", "Delroy Campbell")]),
]
# fmt: on

# fmt: off
STORIES_CV = [
# 1 -- UK council bin strike, BBC-style regional copy, straight quotes; role-before-name, partial quote, split quote, council spokesperson statement, placard, age description, unnamed resident
('''Bin collections across Castlemere will be disrupted for a third week after refuse workers rejected a revised pay offer from the city council.

Members of the Unite union voted by 87% to continue the all-out strike, which began on 3 March and has left rubbish piling up on streets in several districts.

Unite regional officer Karen Blythe said the council had "failed to grasp how angry these workers are".

"They have been told for two years that there is no money, while agency staff are brought in on better rates," she said. "Our members are not going back for a deal that cuts their pay in real terms."

The council's latest offer was a 4.2% increase backdated to April, plus a one-off payment of £500 for full-time staff.

A spokesperson for Castlemere City Council said: "We have made a fair and affordable offer and we remain ready to talk at any time. Contingency crews are prioritising streets where there are health concerns, and we thank residents for their patience."

Council leader Graham Pettifer said he was "disappointed but not surprised" by the result of the vote.

"Every pound we put into this dispute is a pound that comes out of another service. I would urge Unite to put the offer to a fresh ballot so that every member has a say," Mr Pettifer said.

On the picket line outside the Harwood Road depot on Tuesday, workers held placards reading "Pay the people who clean your streets" as passing drivers sounded their horns in support.

Loader Darren Kyle, who has worked for the council for 19 years, said he could not afford to accept the offer.

"I've got two kids and a mortgage, and my energy bill has nearly doubled," the 46-year-old said. "People think we're doing this for fun. Nobody wants to stand out here in the rain."

Residents in the Eastfield area said some bags had not been collected for more than a fortnight.

"The foxes have had a field day. I support the workers, but something has to give," said one resident, who did not want to be named.

Unite said further talks were expected to take place at Acas later this week.''',
 [("failed to grasp how angry these", "Karen Blythe"),
  ("They have been told for two", "Karen Blythe"),
  ("Our members are not going back", "Karen Blythe"),
  ("We have made a fair and", "Castlemere City Council"),
  ("disappointed but not surprised", "Graham Pettifer"),
  ("Every pound we put into this", "Graham Pettifer"),
  ("Pay the people who clean your", None),
  ("I've got two kids and a", "Darren Kyle"),
  ("People think we're doing this for", "Darren Kyle"),
  ("The foxes have had a field", "~resident")]),

# 2 -- US hospital nurses' strike, AP-style wire copy, straight quotes; sign, said-after-name with description, union statement partial, emailed spokesperson statement, surname-only later references, unnamed family member, CEO video message
('''PINE FALLS, Minn. — About 1,400 nurses walked off the job Tuesday at two hospitals run by Northstar Health, launching a three-day strike over staffing levels that both sides say could have been avoided.

Nurses carrying signs that read "Safe Staffing Saves Lives" formed picket lines before dawn outside Northstar's flagship hospital, where temperatures hovered just above freezing.

"We did not want to be out here," said Renee Lindqvist, an intensive care nurse who has worked at the hospital for 22 years. "But we have been warning management for three years that units are running short, and nobody listened."

The Minnesota Nurses Association, which represents the nurses, said in a statement that Northstar had "refused to put a single enforceable staffing ratio in writing."

Northstar says it has offered raises totaling 14% over three years and has hired replacement nurses through an agency to keep both hospitals open.

"Patient care will continue without interruption," Northstar spokesperson Dana Whitcomb said in an emailed statement. "We are disappointed that union leaders chose to strike rather than continue bargaining."

Whitcomb said the hospital system had spent more than $6 million preparing for the walkout.

Union president Marcus Ebright told reporters the money would have been better spent on hiring.

"They found six million dollars to bring in strangers for three days. Imagine what that money could do if they put it into permanent staff," Ebright said.

Negotiations broke down last week after 11 sessions with a federal mediator. Ebright said the union was ready to return to the table "the minute Northstar is serious."

Some patients' families stopped to bring coffee to the picketers. One woman, whose father is recovering from heart surgery at the hospital, said she felt torn.

"The nurses upstairs have been wonderful to him. I just hope this ends before anyone gets hurt," she said.

Hospital CEO Thomas Garland posted a video message to staff on the company's internal website Monday night, urging nurses to cross the picket line. "Your patients need you, and your jobs are waiting for you," he said in the video.

The strike is scheduled to end at 7 a.m. Friday. Both sides said no new talks had been scheduled.''',
 [("Safe Staffing Saves Lives", None),
  ("We did not want to be", "Renee Lindqvist"),
  ("But we have been warning management", "Renee Lindqvist"),
  ("refused to put a single enforceable", "Minnesota Nurses Association"),
  ("Patient care will continue without interruption", "Dana Whitcomb"),
  ("We are disappointed that union leaders", "Dana Whitcomb"),
  ("They found six million dollars to", "Marcus Ebright"),
  ("the minute Northstar is serious", "Marcus Ebright"),
  ("The nurses upstairs have been wonderful", "~woman"),
  ("Your patients need you, and your", "Thomas Garland")]),

# 3 -- Australian port dispute, ABC-style copy, straight quotes; titles before names, split quotes, "told ABC Radio", "the deputy president said", industry group chief, union Facebook post, pronoun follow-ups
('''Industrial action at a major container terminal in Melbourne will escalate next week after talks between the Maritime Union of Australia and Tasman Stevedoring broke down at the Fair Work Commission on Thursday.

The union has notified the company of rolling four-hour stoppages starting on Monday, along with bans on overtime and shift swaps.

MUA Victorian branch secretary Joanne Carrick said workers had been left with no choice.

"Our members have been negotiating in good faith for nine months," Ms Carrick said. "The company wants to roster people with less than 24 hours' notice and call it flexibility. Our members call it chaos."

Tasman Stevedoring chief executive Peter Haldane said the union's claims would add $40 million a year to the company's costs.

"We cannot agree to a deal that makes this terminal uncompetitive," Mr Haldane told ABC Radio Melbourne. "If ships go elsewhere, everyone loses, including the workers."

Deputy President Allan Sorensen, who presided over Thursday's conference, urged both parties to keep talking.

"The commission's door remains open," the deputy president said. "Neither side should assume the other will blink first."

Importers say the stoppages could not come at a worse time, with the pre-Christmas shipping season under way.

The chief executive of the Freight and Trade Alliance, Louise Varga, said some retailers were already diverting containers through Sydney.

"Every day of delay costs small importers money they simply don't have," she said.

In a post on its Facebook page on Thursday night, the union said the wage claim amounted to "less than the cost of one crane a year."

Crane driver Steve Nikolaidis, who has worked at the terminal since 2004, said morale on the wharf was the lowest he had seen it.

"We used to be a family down here," he said. "Now you get a text at nine o'clock at night telling you you're working tomorrow."''',
 [("Our members have been negotiating in", "Joanne Carrick"),
  ("The company wants to roster people", "Joanne Carrick"),
  ("We cannot agree to a deal", "Peter Haldane"),
  ("If ships go elsewhere, everyone loses", "Peter Haldane"),
  ("The commission's door remains open", "Allan Sorensen"),
  ("Neither side should assume the other", "Allan Sorensen"),
  ("Every day of delay costs small", "Louise Varga"),
  ("less than the cost of one", "Maritime Union of Australia"),
  ("We used to be a family", "Steve Nikolaidis"),
  ("Now you get a text at", "Steve Nikolaidis")]),

# 4 -- Indian factory sit-in strike, The Hindu-style copy, straight quotes; slogan, said-after-name with initials, company statement partials, "the statement added", labour official "told The Hindu", anonymous woman worker
('''CHENNAI: Over 1,200 workers of an automobile component manufacturing unit at Sriperumbudur near here continued their sit-in strike for the ninth day on Monday, demanding recognition of their newly formed union and the reinstatement of 14 dismissed colleagues.

The workers, employed at Kaveri Precision Components, have been staying on the factory premises in shifts. Slogans of "Inquilab Zindabad" rang out as a group of women workers arrived with food packets in the afternoon.

"We are not asking for anything illegal. We are asking for the right to have a union of our choice," said S. Meenakshi Sundaram, president of the Kaveri Workers' Union, which is affiliated to the Centre of Indian Trade Unions (CITU).

Mr. Sundaram said the management had refused to attend two rounds of talks called by the Labour Department. "Each time, they send a letter saying the matter is sub judice. It is not," he said.

In a statement, the company said the 14 workers had been dismissed "after a due domestic enquiry for acts of indiscipline on the shop floor." It said production had been "partially affected" but that operations were continuing with staff members and trainees.

"The management respects the law of the land and will abide by any decision of the appropriate authority," the statement added.

Joint Commissioner of Labour R. Kavitha told The Hindu that a fresh conciliation meeting had been fixed for Thursday. "Both sides have been asked to come with a positive approach. A strike of this length helps nobody," she said.

A woman worker from the assembly line, who did not wish to be identified, said she earned ₹14,500 a month after six years of service.

"My husband is a daily wager. If I lose this job, my children's school fees will stop," she said.

CITU State secretary K. Arumugam, who addressed the workers on Monday, warned that the agitation could spread to other units in the industrial belt. "If the government does not intervene, we will have to take this struggle to every factory gate in Sriperumbudur," he said.''',
 [("Inquilab Zindabad", None),
  ("We are not asking for anything", "S. Meenakshi Sundaram"),
  ("Each time, they send a letter", "S. Meenakshi Sundaram"),
  ("after a due domestic enquiry for", "Kaveri Precision Components"),
  ("partially affected", "Kaveri Precision Components"),
  ("The management respects the law of", "Kaveri Precision Components"),
  ("Both sides have been asked to", "R. Kavitha"),
  ("My husband is a daily wager", "~worker"),
  ("If the government does not intervene", "K. Arumugam")]),

# 5 -- Canadian warehouse lockout, CBC-style copy, straight quotes; name-then-role, leaked internal memo ("she wrote"), spokesperson "told CBC News", one-word partial, shopper split quote, union post on X, ministry statement
('''About 600 workers at a grocery distribution centre in Brampton, Ont., have been locked out after rejecting what their employer called its final offer, cutting supplies to dozens of supermarkets across the Greater Toronto Area.

Maplewood Foods locked out members of Unifor Local 4180 at 12:01 a.m. Saturday, hours after 91 per cent of them voted against the proposed four-year contract.

"The company has chosen to put 600 families on the street rather than negotiate a fair deal," Harjit Sandhu, president of Unifor Local 4180, said outside the warehouse on Saturday morning.

Sandhu said the main sticking points were wages, which start at $19.50 an hour, and the company's plan to introduce a two-tier pension plan for new hires.

"You'd have two people doing the same job, side by side, and one retires with dignity and one doesn't," he said.

In an internal memo sent to managers on Friday and obtained by CBC News, Maplewood's vice-president of operations, Claire Dufresne, described the lockout as "a necessary step to protect the long-term viability of the Brampton site."

"We will be redirecting volume to our Mississauga and Hamilton facilities for the duration," she wrote.

Asked for comment, Maplewood spokesperson Ben Okafor told CBC News the offer included "industry-leading" wage increases of 11 per cent over four years.

"We respect the bargaining process, and we hope the union will return to the table with realistic expectations," Okafor said.

Shoppers in Brampton reported empty shelves in the produce and dairy sections by Sunday afternoon.

"There was no milk at all, no bread," said Priya Raman, who was shopping at a supermarket on Queen Street. "I had to drive to three different stores."

On X, the union posted a photo of locked-out workers holding coffee cups around a burn barrel. "Locked out, not backing down," Unifor Local 4180 wrote.

The Ontario Ministry of Labour said in a statement that a mediator was "available to assist the parties" but that no talks had been scheduled.''',
 [("The company has chosen to put", "Harjit Sandhu"),
  ("You'd have two people doing the", "Harjit Sandhu"),
  ("a necessary step to protect the", "Claire Dufresne"),
  ("We will be redirecting volume to", "Claire Dufresne"),
  ("industry-leading", "Ben Okafor"),
  ("We respect the bargaining process, and", "Ben Okafor"),
  ("There was no milk at all", "Priya Raman"),
  ("I had to drive to three", "Priya Raman"),
  ("Locked out, not backing down", "Unifor Local 4180"),
  ("available to assist the parties", "Ontario Ministry of Labour")]),

# 6 -- Nigerian state minimum-wage strike, Punch/Vanguard-style copy, straight quotes; "Comrade" titles, "He added,", "described ... as", commissioner "stated", "He urged", placard, anonymous nurse
('''ILORIN — Public schools, hospitals and government offices across Kwara State were shut on Monday as workers began an indefinite strike over the non-implementation of the new national minimum wage.

The strike was declared by the state councils of the Nigeria Labour Congress (NLC) and the Trade Union Congress (TUC) after a 14-day ultimatum issued to the state government expired on Friday.

Addressing journalists at the Labour House in Ilorin, the NLC chairman in the state, Comrade Adebayo Ogunleye, said workers had "exhausted every avenue of dialogue."

"We wrote letters, we held meetings, we waited patiently. Our members cannot continue to survive on a salary that was approved five years ago," Ogunleye said.

He added, "This strike is total and indefinite. No worker should report for duty until further notice."

The TUC chairman, Comrade Halimat Yusuf, described the state government's offer of a N5,000 increase as "a slap on the face of workers."

"How can a civil servant feed a family of five on what we are being paid? A bag of rice now costs more than a month's transport fare," she said.

Reacting, the state Commissioner for Information, Mr. Tunde Bakare-Olatunji, said the government was committed to paying the new wage but needed time to review its finances.

"Government is not against the workers. We inherited huge liabilities, and we are working out a template that is sustainable," the commissioner stated.

He urged the labour leaders to "shelve the strike in the interest of the people of the state."

At the state secretariat, which was under lock and key by 9 a.m., the few workers who turned up were turned back by union marshals. A placard hung on the gate read, "No minimum wage, no work."

A nurse at the General Hospital, Ilorin, who spoke on condition of anonymity, said only emergency cases were being attended to. "We are not happy that patients are suffering, but the government pushed us to this point," she said.''',
 [("exhausted every avenue of dialogue", "Adebayo Ogunleye"),
  ("We wrote letters, we held meetings", "Adebayo Ogunleye"),
  ("This strike is total and indefinite", "Adebayo Ogunleye"),
  ("a slap on the face of", "Halimat Yusuf"),
  ("How can a civil servant feed", "Halimat Yusuf"),
  ("Government is not against the workers", "Tunde Bakare-Olatunji"),
  ("shelve the strike in the interest", "Tunde Bakare-Olatunji"),
  ("No minimum wage, no work", None),
  ("We are not happy that patients", "~nurse")]),

# 7 -- Irish Labour Court pay settlement, Irish Times-style copy, straight quotes; Labour Court recommendation text, organiser split quote, unnamed company spokeswoman, manager's letter partial, employer-group official "told RTÉ", anonymous operator partial and full quote
('''Workers at a medical devices manufacturer in Galway have voted to accept a Labour Court recommendation on pay, ending a dispute that had threatened a series of one-day stoppages at the plant.

Members of Siptu at Corrib Medical Technologies voted by a margin of three to one in favour of the recommendation, which provides for increases of 3.5 per cent in each of the next two years and a once-off payment of €1,000.

In its recommendation, the Labour Court said it had "taken account of the company's strong trading position and the increased cost of living experienced by workers".

Siptu organiser Niamh Costello said the outcome vindicated the workers' decision to hold firm.

"This was a workforce that had not had a meaningful increase since 2019," she said. "They were told there was no room for more. The Labour Court has shown that there was."

Ms Costello said the union would now seek talks on a separate claim relating to shift allowances.

A spokeswoman for Corrib Medical Technologies said the company welcomed the result. "We are pleased that this matter has been resolved through the State's industrial relations machinery, and we look forward to continuing to work constructively with our employees," she said.

The dispute had drawn attention from local TDs after the plant's general manager, Declan Furlong, warned in a letter to staff last month that industrial action would "put future investment at risk".

Fergal Lynch, head of employer relations at the business group Ibec, told RTÉ's Morning Ireland that pay pressures were being felt across the sector. "Companies are trying to balance real concerns from staff about the cost of living with intense international competition for investment," he said.

One operator on the night shift, who asked not to be named, said the mood in the canteen on Thursday evening was "relief more than celebration".

"People were worn out. Nobody wanted to lose a day's pay, but nobody wanted to be walked over either," he said.''',
 [("taken account of the company's strong", "Labour Court"),
  ("This was a workforce that had", "Niamh Costello"),
  ("They were told there was no", "Niamh Costello"),
  ("We are pleased that this matter", "Corrib Medical Technologies"),
  ("put future investment at risk", "Declan Furlong"),
  ("Companies are trying to balance real", "Fergal Lynch"),
  ("relief more than celebration", "~operator"),
  ("People were worn out. Nobody wanted", "~operator")]),

# 8 -- South African platinum mine strike, News24-style copy, straight quotes; role-before-name, chant, spokesperson "told News24", age-described worker, "another worker", industry body statement, academic analyst
('''About 4,000 workers at Bokamoso Platinum's Rustenburg operations downed tools on Wednesday after wage talks collapsed at the Commission for Conciliation, Mediation and Arbitration (CCMA).

The National Union of Mineworkers (NUM), which represents the majority of the workforce, is demanding a R2,500 monthly increase for the lowest-paid categories, while the company has offered R1,000 in the first year and R900 in each of the following two.

"Our members go underground every day and risk their lives to make this company profitable," NUM regional secretary Sibusiso Mahlangu said. "R1,000 is an insult when the company has just paid out a record dividend."

Outside the mine's main shaft, hundreds of workers sang struggle songs and chanted "Amandla!" as union leaders addressed them from the back of a bakkie.

Bokamoso spokesperson Thandeka Mokoena told News24 that the company's offer was "fair and above inflation".

"The platinum price has fallen sharply over the past 18 months. We have to be responsible about what we commit to over a three-year period," she said.

Mokoena said the company had activated its contingency plans and that safety teams remained on site.

Winch operator Lerato Phiri, 38, said she had been working at the mine for 11 years.

"I support my mother, my two children and my sister's children. With what I earn, there is nothing left by the 15th," she said.

Another worker, rock drill operator Mandla Khumalo, said the mood among strikers was determined. "We are ready to stay out for as long as it takes. We have done it before and we can do it again," he said.

In a statement on Wednesday evening, the Minerals Council South Africa said it was "concerned about the impact of prolonged industrial action on jobs and on the communities that depend on mining".

Labour analyst Dr Ayanda Nkosi of the University of the Witwatersrand said the strike could have wider consequences. "If Bokamoso settles high, every other producer in the platinum belt will face the same demand," he said.''',
 [("Our members go underground every day", "Sibusiso Mahlangu"),
  ("R1,000 is an insult when the", "Sibusiso Mahlangu"),
  ("Amandla!", None),
  ("fair and above inflation", "Thandeka Mokoena"),
  ("The platinum price has fallen sharply", "Thandeka Mokoena"),
  ("I support my mother, my two", "Lerato Phiri"),
  ("We are ready to stay out", "Mandla Khumalo"),
  ("concerned about the impact of prolonged", "Minerals Council South Africa"),
  ("If Bokamoso settles high, every other", "Ayanda Nkosi")]),

# 9 -- Philippine contractualization protest, Inquirer-style copy, straight quotes; streamer slogan, said-after-name with age and job, "he added in Filipino", company Facebook statement partials and "the statement read", DOLE director with title, protester with age
('''CALAMBA CITY, Laguna — Some 300 contractual workers of a beverage plant here staged a protest outside the factory gates on Monday, demanding regularization after years of what they called rolling five-month contracts.

The workers, members of the newly formed Nagkakaisang Manggagawa ng Sierra Beverages, carried streamers reading "Stop endo, regularize us now!" and chanted slogans in Filipino.

"Some of us have been working here for seven years, but we are hired again and again through agencies," said union president Rodel Manalastas, 41, a forklift operator. "We do the same work as regular employees, but we do not get the same benefits."

Manalastas said the workers were asking the Department of Labor and Employment (DOLE) to conduct an inspection of the plant and its manpower agencies.

"We are not against the company. We just want what the law says is ours," he added in Filipino.

Sierra Beverages Corp., in a statement posted on its Facebook page, said it was "fully compliant with all labor laws" and that its contractors were "duly registered with DOLE."

"The company values all workers in its facilities, whether directly hired or engaged through legitimate service providers," the statement read.

DOLE Calabarzon regional director Atty. Melinda Cabrera-Sison said a team of labor inspectors would be sent to the plant within the week.

"If we find that the workers are performing activities that are necessary and desirable to the business, then they should be regularized. That is very clear in the Labor Code," Cabrera-Sison told reporters in a phone interview.

Among the protesters was Jennylyn Dizon, 29, a quality control checker, who said she had signed 11 contracts in six years.

"Every five months I worry if I will still have work. How can you plan a family like that?" she said.''',
 [("Stop endo, regularize us now!", None),
  ("Some of us have been working", "Rodel Manalastas"),
  ("We do the same work as", "Rodel Manalastas"),
  ("We are not against the company", "Rodel Manalastas"),
  ("fully compliant with all labor laws", "Sierra Beverages Corp."),
  ("duly registered with DOLE", "Sierra Beverages Corp."),
  ("The company values all workers in", "Sierra Beverages Corp."),
  ("If we find that the workers", "Melinda Cabrera-Sison"),
  ("Every five months I worry if", "Jennylyn Dizon")]),

# 10 -- Kenyan county doctors' strike, Daily Nation-style copy, straight quotes; long union title before name, "Dr" titles, "she said" follow-ups, official "told the Nation", partial appeal, patient quote with "she asked", hospital notice, closing partial
('''Health services in Nakuru County were paralysed yesterday as doctors and clinical officers began a strike over delayed salaries and unremitted deductions.

Patients were turned away from the Nakuru Level Five Hospital, where only a handful of interns were attending to emergencies.

Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) Rift Valley branch secretary Dr Wanjiru Kamau said doctors had not been paid for March and April.

"Doctors are human beings. They have rent to pay, school fees, loans. You cannot expect a doctor to work for two months without pay and still be expected to perform," Dr Kamau said.

She said statutory deductions, including pension contributions and loan repayments, had been taken from payslips but not remitted for more than a year.

"That is theft, plain and simple," she said.

Kenya Union of Clinical Officers (KUCO) branch chairman Evans Otieno said clinical officers had joined the strike in solidarity. "We have been patient for too long. The county government has only given us promises," Mr Otieno said.

County health executive Dr Peter Kiprono said the delays were caused by late disbursement of funds from the National Treasury.

"The county is not sitting on the money. As soon as the exchequer releases our share, salaries will be paid," Dr Kiprono told the Nation by phone.

He appealed to the medics to "have mercy on the patients" and return to work.

At the hospital's outpatient wing, Mary Chebet, who had travelled from Subukia with her sick son, said she had waited for five hours.

"They told us there are no doctors. Where do they expect poor people like us to go?" she asked.

A notice pinned at the hospital's main gate read: "Services affected due to industrial action. Emergency cases only."

Dr Kamau said the union would not call off the strike "until every doctor has been paid in full".''',
 [("Doctors are human beings. They have", "Wanjiru Kamau"),
  ("That is theft, plain and simple", "Wanjiru Kamau"),
  ("We have been patient for too", "Evans Otieno"),
  ("The county is not sitting on", "Peter Kiprono"),
  ("have mercy on the patients", "Peter Kiprono"),
  ("They told us there are no", "Mary Chebet"),
  ("Services affected due to industrial action", None),
  ("until every doctor has been paid", "Wanjiru Kamau")]),

# 11 -- New Zealand bus drivers' strike, RNZ-style copy, straight quotes; union secretary "told RNZ's Morning Report", split quotes, managing director, partial rebuttal, transport agency spokesperson (organisation), commuter split quote
('''Wellington commuters face another week of cancelled buses after drivers voted to extend strike action in a dispute over split shifts and break times.

Drivers employed by Capital Coachlines, which runs about a third of the city's Metlink services, will stop work for four hours every weekday morning from Monday, the Tramways Union has confirmed.

Union secretary Aroha Tipene said drivers were being rostered on shifts that stretched across 13 hours, with unpaid gaps in the middle.

"You start at 5.30 in the morning, you're parked up for four hours in the middle of the day with nowhere to go, and you finish at seven at night," she told RNZ's Morning Report. "Then they wonder why they can't keep drivers."

Capital Coachlines managing director Grant Whitaker said split shifts were unavoidable because of the way peak-hour contracts were structured.

"We'd love to get rid of them, but the council pays us to run buses in the peaks, and that's when we need drivers," he said. "We've put a higher hourly rate for the gap on the table."

Tipene said that offer amounted to "a few dollars for a day that's been stolen from you".

Greater Wellington Regional Council, which contracts the services, said it was monitoring the dispute closely but could not intervene in an employment matter.

A Metlink spokesperson said about 140 services would be cancelled each morning and urged passengers to check the app before travelling. "We know how frustrating this is for people, and we're sorry for the disruption," the spokesperson said.

At the Courtenay Place stop on Tuesday, nursing student Hana Mulitalo said she had been late to her hospital placement three times in a fortnight.

"I get it, I've done shift work myself," she said. "But I'm paying for it too."''',
 [("You start at 5.30 in the", "Aroha Tipene"),
  ("Then they wonder why they can't", "Aroha Tipene"),
  ("We'd love to get rid of", "Grant Whitaker"),
  ("We've put a higher hourly rate", "Grant Whitaker"),
  ("a few dollars for a day", "Aroha Tipene"),
  ("We know how frustrating this is", "Metlink"),
  ("I get it, I've done shift", "Hana Mulitalo"),
  ("But I'm paying for it too", "Hana Mulitalo")]),

# 12 -- US coffee-chain union election, Seattle Times-style copy, straight quotes; split quote with description, title of a slide deck, internal memo partial and "wrote", CEO statement partial, barista split quote
('''SEATTLE — Baristas at four Bluebird Coffee cafes in Seattle voted to unionize this week, the first successful union elections at the regional chain, according to results released Thursday by the National Labor Relations Board.

Workers at the four stores voted 61-19 in favor of joining Workers United, the same union that has organized hundreds of cafes nationally.

"We just wanted a seat at the table," said Maya Delgado, a shift supervisor at the chain's Capitol Hill location who helped lead the organizing effort. "It's not about being anti-Bluebird. Most of us love working here. We just want schedules we can count on."

The vote came after a months-long campaign in which Bluebird held mandatory meetings for employees at all 22 of its stores. A slide presentation used at those meetings, titled "Why a Union Isn't Right for Bluebird," was shared with The Seattle Times by an employee.

In an internal memo sent to store managers in August, the company's head of people, Karen Whitfield, wrote that managers should "remain neutral in tone but clear about the facts."

"Partners should understand that union dues would come out of every paycheck," Whitfield wrote.

Bluebird founder and CEO Eli Brandt said in a statement Thursday that the company would "respect the outcome" and bargain in good faith.

"We have always believed that our people are the heart of this company, and that doesn't change today," Brandt said.

Union organizers, however, say the company's campaign crossed the line. Workers United has filed three unfair labor practice charges with the NLRB, alleging that managers cut hours for union supporters.

"They told us it was about business needs," said Jordan Pike, a barista at the Ballard store. "Funny how the business only needed fewer hours from the people wearing union pins."

A company spokesperson denied the allegations. An NLRB spokesperson confirmed that the charges had been filed and were under investigation.''',
 [("We just wanted a seat at", "Maya Delgado"),
  ("It's not about being anti-Bluebird", "Maya Delgado"),
  ("remain neutral in tone but clear", "Karen Whitfield"),
  ("Partners should understand that union dues", "Karen Whitfield"),
  ("respect the outcome", "Eli Brandt"),
  ("We have always believed that our", "Eli Brandt"),
  ("They told us it was about", "Jordan Pike"),
  ("Funny how the business only needed", "Jordan Pike")]),

# 13 -- UK rail guards' strike, Guardian-style copy, curly double quotes; partial quote, "she told the Guardian", company statement partial, "said:" colon quotes, government department spokesperson, "the 52-year-old said", named passenger, unnamed businessman after colon
('''Guards on Pennine Rail will walk out for 48 hours next week in a row over plans to remove them from trains, the RMT union has announced, threatening severe disruption across West Yorkshire and Greater Manchester.

The union said 94% of its members at the operator had backed strike action on a turnout of 79%.

The RMT’s regional organiser for the north-east, Lorraine Hebden, said plans to introduce driver-only operation were “about cost, not safety, and everyone knows it”.

“A guard is the person who helps a wheelchair user on and off, who deals with a passenger taken ill, who is there when there’s trouble late at night,” she told the Guardian. “Take them off and you are asking the driver to do all of that while driving the train.”

Pennine Rail said in a statement that no guard would lose their job and that staff would be “redeployed to customer-facing roles on platforms and on board”.

Its managing director, Simon Arkwright, said: “Driver-controlled operation is already used safely on a third of Britain’s network. We are committed to a safe, modern railway, and we would urge the RMT to come back to talks.”

A Department for Transport spokesperson said: “These strikes are unnecessary and will cause disruption for passengers. We encourage both parties to reach an agreement.”

At Huddersfield station on Thursday, guard Tony Marsh said he had worked on the railway for 30 years. “I have delivered a baby on a train. I have talked a lad down off a bridge parapet. You tell me a camera does that,” the 52-year-old said.

Passengers were divided. “I’m behind them, to be honest,” said Aisha Rahman, a student travelling to Leeds. Another passenger, a businessman who declined to give his name, was less sympathetic: “Every year it’s the same thing. Some of us have to actually get to work.”''',
 [("about cost, not safety, and everyone", "Lorraine Hebden"),
  ("A guard is the person who", "Lorraine Hebden"),
  ("Take them off and you are", "Lorraine Hebden"),
  ("redeployed to customer-facing roles on platforms", "Pennine Rail"),
  ("Driver-controlled operation is already used safely", "Simon Arkwright"),
  ("These strikes are unnecessary and will", "Department for Transport"),
  ("I have delivered a baby on", "Tony Marsh"),
  ("I’m behind them, to be honest", "Aisha Rahman"),
  ("Every year it’s the same thing", "~businessman")]),

# 14 -- Australian childcare educators' walkout, Guardian Australia-style copy, curly double quotes; placard slogan, union director split quote, rally speaker split quote, Fair Work Commission interim statement, industry-group spokeswoman, unnamed father, Instagram post by unnamed educator
('''Thousands of early childhood educators walked off the job across Australia on Wednesday afternoon, closing hundreds of centres early in a national day of action over pay.

Educators who are members of the United Workers Union gathered outside parliament houses in several capitals, many wearing purple and carrying signs that read “Value us, pay us”.

The union’s early education director, Melinda Ashcroft, said the sector was losing workers faster than it could train them.

“Educators are leaving in droves because they can earn more stacking shelves,” she said. “These are degree-qualified professionals caring for our youngest children. It’s time they were paid like it.”

In Melbourne, educator Bianca Russo, 27, told the crowd she worked a second job at a restaurant on weekends to cover her rent.

“I love these kids. I love my job,” Russo said. “But love doesn’t pay the rent.”

The Fair Work Commission is considering a gender undervaluation claim covering the sector. In an interim statement last month, the commission said there was “a strong basis for concluding that the work of early childhood educators has been historically undervalued”.

The Australian Childcare Alliance, which represents private providers, said it supported higher wages but warned that fees would rise unless the federal government funded the increase.

“Providers operate on very thin margins,” the alliance’s spokeswoman, Rachel Dunstan, said. “Without government funding, any wage rise will end up on parents’ bills, and families simply can’t absorb that.”

Parents collecting children early from a centre in Sydney’s inner west were largely supportive. “They’re the ones who teach my daughter to read and keep her safe all day. Of course they should get paid properly,” said one father.

In a post on Instagram that was widely shared on Wednesday, a Brisbane educator wrote: “Today I left at 2pm. Tomorrow I go back and do it all again for $27 an hour.”''',
 [("Value us, pay us", None),
  ("Educators are leaving in droves because", "Melinda Ashcroft"),
  ("These are degree-qualified professionals caring", "Melinda Ashcroft"),
  ("I love these kids. I love", "Bianca Russo"),
  ("But love doesn’t pay the rent", "Bianca Russo"),
  ("a strong basis for concluding that", "Fair Work Commission"),
  ("Providers operate on very thin margins", "Rachel Dunstan"),
  ("Without government funding, any wage rise", "Rachel Dunstan"),
  ("They’re the ones who teach my", "~father"),
  ("Today I left at 2pm", "~educator")]),

# 15 -- Zimbabwe teachers' pay dispute, NewsDay-style copy, curly double quotes; provincial chair "told NewsDay", commission spokesperson split quote, named parent, second union statement partial, anonymous teacher split quote, union post on X
('''HARARE — Teachers in several provinces failed to report for duty yesterday as the opening of the second school term was overshadowed by a pay dispute between government and teachers’ unions.

The Progressive Teachers’ Union of Zimbabwe (PTUZ) said its members could no longer afford to travel to work on salaries it said had been eroded by inflation.

“A teacher earns less than what it costs to rent a room and buy food for a month,” PTUZ Mashonaland East provincial chairperson Tendai Mupfumi told NewsDay. “We are not on strike. We are simply incapacitated.”

Mupfumi said teachers wanted salaries pegged in United States dollars at a level that reflected the cost of living, as well as the restoration of transport allowances scrapped in 2019.

Public Service Commission spokesperson Farai Chidzikwe said negotiations were continuing.

“Government remains committed to dialogue through the National Joint Negotiating Council,” Chidzikwe said. “Any civil servant who absents themselves without leave will be dealt with in terms of the regulations.”

At a high school in Mabvuku, Harare, only a handful of the school’s 48 teachers were present by mid-morning. A parent, Memory Nyathi, said her Form Four son had been sent home.

“They told us there was no one to teach them. We are paying fees, but the children are just roaming the streets,” she said.

The Zimbabwe Teachers’ Association (Zimta) said in a statement that “the patience of teachers has limits” and called for an urgent meeting with the employer.

A teacher at a primary school in Chitungwiza, who declined to be named for fear of victimisation, said she had sold her chickens to raise bus fare for the first week of term.

“I have taught for 17 years. I never thought I would be here,” she said. “My own children ask me why I still go.”

On X, formerly Twitter, the PTUZ posted a picture of an empty classroom with the words: “This is what underpaying teachers looks like.”''',
 [("A teacher earns less than what", "Tendai Mupfumi"),
  ("We are not on strike. We", "Tendai Mupfumi"),
  ("Government remains committed to dialogue through", "Farai Chidzikwe"),
  ("Any civil servant who absents themselves", "Farai Chidzikwe"),
  ("They told us there was no", "Memory Nyathi"),
  ("the patience of teachers has limits", "Zimbabwe Teachers’ Association"),
  ("I have taught for 17 years", "~teacher"),
  ("My own children ask me why", "~teacher"),
  ("This is what underpaying teachers looks", "Progressive Teachers’ Union of Zimbabwe")]),

# 16 -- UK employment tribunal whistleblowing ruling, British regional-paper style with curly single quotes as main mark; judge's written judgment, "the judge said", "She added", anonymous manager's WhatsApp message, witness "told the tribunal", claimant "said:" and "He added:", union organiser partial, company spokesman
('''A warehouse worker who was sacked after raising concerns about temperatures inside a distribution centre during a heatwave has won his claim for unfair dismissal.

An employment tribunal in Leeds found that Kieran Doyle, 34, had been dismissed by logistics firm Harland Distribution because he had made protected disclosures about the health and safety of colleagues.

Employment Judge Margaret Ellison said in her written judgment that the company’s explanation for the dismissal was ‘not credible’.

‘The tribunal is satisfied that the principal reason for the claimant’s dismissal was that he had complained, repeatedly and in writing, about working conditions,’ the judge said.

She added that the disciplinary process had been ‘little more than a formality, with the outcome decided in advance’.

The tribunal heard that Mr Doyle had emailed managers on three occasions in July 2022 after thermometers on the picking floor recorded 34C. Days later a shift manager wrote in a staff WhatsApp group that Mr Doyle was ‘more trouble than he’s worth’.

A former colleague, Sandra Pike, told the tribunal: ‘Kieran was the only one brave enough to say anything. The rest of us kept our heads down.’

Speaking outside the hearing, Mr Doyle said: ‘All I did was ask for fans and water. People were fainting. I never thought I would lose my job over that.’

He added: ‘I hope this makes other workers feel they can speak up.’

His case was supported by the GMB union. Regional organiser Paula Greaves said the ruling sent ‘a clear message to every employer who thinks whistleblowers can be quietly got rid of’.

A spokesman for Harland Distribution said: ‘We are disappointed with the tribunal’s decision and are considering our options, including an appeal. The safety of our colleagues remains our highest priority.’

A remedy hearing to decide compensation will take place later this year.''',
 [("not credible", "Margaret Ellison"),
  ("The tribunal is satisfied that the", "Margaret Ellison"),
  ("little more than a formality, with", "Margaret Ellison"),
  ("more trouble than he’s worth", "~manager"),
  ("Kieran was the only one brave", "Sandra Pike"),
  ("All I did was ask for", "Kieran Doyle"),
  ("I hope this makes other workers", "Kieran Doyle"),
  ("a clear message to every employer", "Paula Greaves"),
  ("We are disappointed with the tribunal’s", "Harland Distribution")]),

# 17 -- Quebec public-sector common front strike, Montreal Gazette-style copy, curly double quotes; spokesperson "speaking in French", Treasury Board spokesperson partial and written statement, technician split quote, French chant, parent split quote
('''MONTREAL — Hundreds of thousands of Quebec public sector workers walked off the job Tuesday, closing schools and slowing services at hospitals across the province as a common front of unions began a three-day strike.

Teachers, support staff, nurses and orderlies formed picket lines in sub-zero temperatures outside schools and CLSCs from Gatineau to Gaspé.

“We are not doing this lightly,” said Isabelle Fortin, a spokesperson for the common front, speaking in French at a rally outside a Montreal high school. “We are doing this because our members are exhausted and our public services are falling apart.”

The unions are seeking raises that keep pace with inflation over a five-year contract. The government’s latest offer amounts to about 12.7 per cent over five years.

Treasury Board spokesperson Julie Bergeron said the government had improved its offer twice and was seeking “more flexibility in how work is organized in our schools and hospitals.”

“Quebecers expect their government to be responsible with public money,” Bergeron said in a written statement. “Our offer is generous, and it is still on the table.”

Outside a high school in Rosemont, special education technician Karim Benali said he was now responsible for 14 students with special needs, double the number he had five years ago.

“People talk about salaries, but it’s the workload that is killing us,” Benali said. “When I go home, I feel I have failed half of my kids.”

Picketers chanted “Solidarité!” as passing drivers honked their horns.

Several parents said they were juggling work and childcare. “I’m working from my kitchen table with two kids fighting in the background,” said Élodie Marchand, a mother of two from Verdun. “But I’m on their side. The teachers aren’t the problem.”

The unions have said they could call an unlimited general strike in the new year if no deal is reached.''',
 [("We are not doing this lightly", "Isabelle Fortin"),
  ("We are doing this because our", "Isabelle Fortin"),
  ("more flexibility in how work is", "Julie Bergeron"),
  ("Quebecers expect their government to be", "Julie Bergeron"),
  ("Our offer is generous, and it", "Julie Bergeron"),
  ("People talk about salaries, but it’s", "Karim Benali"),
  ("When I go home, I feel", "Karim Benali"),
  ("Solidarité!", None),
  ("I’m working from my kitchen table", "Élodie Marchand"),
  ("But I’m on their side", "Élodie Marchand")]),

# 18 -- Bangladesh garment wage protests, Dhaka Tribune-style copy, curly double quotes; chant, federation president with quote running over two paragraphs (second paragraph reopens the mark), employers' association vice-president "told reporters", anonymous police officer, worker giving first name only, ministry secretary "told journalists"
('''Thousands of garment workers in Gazipur took to the streets for a third consecutive day on Wednesday, demanding a minimum monthly wage of Tk 23,000, as factory owners warned that the sector could not afford the increase.

Workers from dozens of factories blocked the Dhaka-Mymensingh highway for several hours, chanting “Give us a living wage” and waving banners. At least 40 factories announced closures for the day.

“We work ten, twelve hours a day and still cannot feed our children,” said Shirin Akhter, president of the Gazipur Garment Workers’ Alliance. “The price of rice, lentils and cooking oil has doubled in two years. What we are paid now is a starvation wage.

“We are not asking for luxury. We are asking to live.”

Faruque Hossain, a vice-president of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA), said international buyers were not paying more for orders.

“If wages go up by this amount and buyers do not increase prices, many small and medium factories will have to close,” Hossain told reporters at the BGMEA office in Uttara. “Then who will the workers go to?”

Police fired tear gas to disperse protesters at Konabari in the afternoon. A senior officer of the Industrial Police, who asked not to be named, said the force was acting to keep the highway open.

“Some outsiders are trying to create unrest among the workers. We will not allow anyone to vandalise factories,” the officer said.

A sewing operator at a knitwear factory in Konabari, who gave only her first name, Rahima, said she earned Tk 12,500 a month including overtime. “My landlord raised the rent again in July. I send nothing home to my mother now,” she said.

The government-formed Minimum Wage Board is expected to announce a new wage structure for the sector by the end of the month.

“The board will announce a wage that is fair to both workers and owners. Everyone must be patient until then,” Labour and Employment Secretary Mahbub Alam told journalists at the Secretariat in Dhaka.''',
 [("Give us a living wage", None),
  ("We work ten, twelve hours a", "Shirin Akhter"),
  ("The price of rice, lentils and", "Shirin Akhter"),
  ("We are not asking for luxury", "Shirin Akhter"),
  ("If wages go up by this", "Faruque Hossain"),
  ("Then who will the workers go", "Faruque Hossain"),
  ("Some outsiders are trying to create", "~officer"),
  ("My landlord raised the rent again", "Rahima"),
  ("The board will announce a wage", "Mahbub Alam")]),

# 19 -- UK university marking boycott, British paper style with straight single quotes as main mark; branch president partial and split quote, vice-chancellor's all-staff email ("he wrote"), university statement partial, students' union president partial and split quote, rally banner
('''Lecturers at the University of Westbridge will begin a marking and assessment boycott next month, putting thousands of students' degree results at risk, after the university confirmed plans to cut 180 jobs.

Members of the University and College Union (UCU) at the institution voted 82 per cent in favour of the action on a turnout of 61 per cent.

The university announced in March that it would close its modern languages department and reduce staffing in its schools of health and social care, citing a sharp fall in international student recruitment.

Branch president Dr Helen Maddox said staff had been 'backed into a corner'.

'Nobody becomes a lecturer to withhold marks from their students,' she said. 'But the university has refused to take compulsory redundancies off the table, and we have run out of other options.'

In an email sent to all staff on Tuesday, vice-chancellor Professor Richard Oyelaran said the university faced a £22 million deficit this year.

'I recognise that this is an incredibly difficult time for colleagues,' he wrote. 'However, doing nothing is not an option. We must act now to secure Westbridge's future.'

The University of Westbridge said in a separate statement that it would 'take all reasonable steps to minimise the impact on students', including using external examiners where necessary.

Students' union president Josh Ferreira, 22, said students were 'caught in the middle'.

'Students support their lecturers, but people have paid £9,250 a year and deserve to graduate on time,' he said. 'Management and the union need to get round a table this week, not next month.'

At a rally on the campus on Wednesday, around 200 staff and students gathered under a banner reading 'Cuts hurt students too'.

The boycott is due to begin on 15 May, the week before most final-year examinations are marked. No further talks have been arranged.''',
 [("backed into a corner", "Helen Maddox"),
  ("Nobody becomes a lecturer to withhold", "Helen Maddox"),
  ("But the university has refused to", "Helen Maddox"),
  ("I recognise that this is an", "Richard Oyelaran"),
  ("However, doing nothing is not an", "Richard Oyelaran"),
  ("take all reasonable steps to minimise", "University of Westbridge"),
  ("caught in the middle", "Josh Ferreira"),
  ("Students support their lecturers, but people", "Josh Ferreira"),
  ("Management and the union need to", "Josh Ferreira"),
  ("Cuts hurt students too", None)]),

# 20 -- Ghana nurses' and midwives' strike, Daily Graphic-style copy, curly double quotes; association statement partial, regional chairperson with "Mrs" title "she asked"/"stressed", "According to her", ministry press release partial and "the release said", named patient, anonymous senior doctor "he noted"
('''Nurses and midwives at public health facilities across the country have begun an indefinite strike over the implementation of their new conditions of service, leaving patients stranded at several hospitals.

The Ghana Registered Nurses and Midwives Association (GRNMA) declared the strike on Sunday after what it described as “the failure of government to honour a signed agreement.”

Speaking to the Daily Graphic in Kumasi, the Ashanti Regional Chairperson of the association, Mrs Comfort Asantewaa Boateng, said members had waited long enough.

“We signed the conditions of service with government in June. Today, not a single allowance has been paid. How long must we wait?” she asked.

According to her, many nurses were leaving for the United Kingdom and other countries because of poor conditions at home.

“Every month we lose our best people at the airport,” Mrs Boateng stressed. “If government does not act, there will be no one left to care for Ghanaians.”

The Ministry of Health, in a press release, appealed to the nurses to call off the strike, saying government was “working assiduously to address the concerns raised.”

“Government values the critical role nurses and midwives play in our health system,” the release said. “We assure the association that the outstanding allowances will be captured in the mid-year budget review.”

At the Komfo Anokye Teaching Hospital, the Out-Patient Department was nearly deserted by mid-morning. A patient, Kwame Ofori, 63, who had come for a diabetes review, said he had been asked to return next week.

“I left home at 5 o’clock this morning. Now they say there is nobody to see me,” he said.

A senior doctor at the hospital, who did not want to be named, said doctors were struggling to cope. “We cannot run the wards without nurses. It is impossible,” he noted.

The Ghana Medical Association has called on both parties to return to the negotiating table.''',
 [("the failure of government to honour", "Ghana Registered Nurses and Midwives Association"),
  ("We signed the conditions of service", "Comfort Asantewaa Boateng"),
  ("Every month we lose our best", "Comfort Asantewaa Boateng"),
  ("If government does not act, there", "Comfort Asantewaa Boateng"),
  ("working assiduously to address the concerns", "Ministry of Health"),
  ("Government values the critical role nurses", "Ministry of Health"),
  ("We assure the association that the", "Ministry of Health"),
  ("I left home at 5 o’clock", "Kwame Ofori"),
  ("We cannot run the wards without", "~doctor")]),

# 21 -- Trinidad and Tobago Industrial Court back-to-work order, Trinidad Guardian-style copy, curly double quotes; "His Honour" judge's ruling partial, branch president partial and split quote "told reporters", company release with "it said", CEO interview with TV station, song title, banner, anonymous technician
('''PORT OF SPAIN — The Industrial Court yesterday ordered workers at Point Lisas Fertilisers Ltd to return to work immediately, declaring a three-day sickout at the plant to be illegal industrial action.

In his ruling, His Honour Kendall Ramsaran said the sickout was “a withdrawal of labour in all but name” and ordered the Oilfields Workers’ Trade Union (OWTU) to instruct its members to resume normal duties by 6 a.m. today.

OWTU branch president Curtis Mohammed said the union would comply with the order but described the ruling as “a bitter pill.”

“The workers did not get sick by themselves. Management made them sick, with two years of broken promises on back pay,” Mohammed told reporters outside the court on St Vincent Street. “We respect the court, but the dispute has not gone anywhere.”

The company, in a release, welcomed the order. “Point Lisas Fertilisers remains committed to resolving all outstanding matters through the proper channels,” it said. “We thank the staff who continued to report for duty throughout.”

Chief executive Andrea Lutchman-Baptiste said later in an interview with CNC3 that the company had offered a 7 per cent increase for the 2021-2023 bargaining period.

“That offer is fair, it is affordable, and it has been on the table since March,” she said.

Workers who gathered at the plant gate on Tuesday evening sang “Solidarity Forever” and unfurled a banner that read “Back pay now.”

One process technician with 15 years at the plant said the mood among his colleagues was tense. “We will go back in the morning, but nobody is happy. This is not over,” he said.

The Ministry of Labour said it would convene a conciliation meeting between the parties next week.''',
 [("a withdrawal of labour in all", "Kendall Ramsaran"),
  ("a bitter pill", "Curtis Mohammed"),
  ("The workers did not get sick", "Curtis Mohammed"),
  ("We respect the court, but the", "Curtis Mohammed"),
  ("Point Lisas Fertilisers remains committed to", "Point Lisas Fertilisers Ltd"),
  ("We thank the staff who continued", "Point Lisas Fertilisers Ltd"),
  ("That offer is fair, it is", "Andrea Lutchman-Baptiste"),
  ("Back pay now", None),
  ("We will go back in the", "~technician")]),

# 22 -- US warehouse heat walkout, newspaper-style copy, curly double quotes; worker split quote then a follow-on paragraph with no attribution cue, emailed spokeswoman partials and "Ms." honorific, Teamsters organizer, TikTok caption written by a named worker, state agency partial
('''JOLIET, Ill. — Dozens of workers at a Parcelwise fulfillment center outside Chicago walked off the job during the overnight shift on Monday, protesting what they described as dangerous heat inside the warehouse and productivity quotas that leave little time for breaks.

The walkout, organized with the support of the Teamsters, drew about 80 of the facility’s 1,100 workers, according to organizers. Parcelwise put the number at fewer than 40.

“It was 91 degrees on the mezzanine last week, and they still wanted us hitting rate,” said DeShawn Harris, 31, a picker who has worked at the facility for three years. “When somebody passed out, the manager asked who was going to cover their station.”

“That’s when a lot of people decided enough was enough. We’re not asking for the moon. We’re asking for fans and a break when it’s hot.”

Parcelwise spokeswoman Allison Meyers said in an emailed statement that the building had “industrial-grade cooling” and that employees could take “as many water breaks as they need, whenever they need them.”

“The vast majority of our associates showed up for their shifts and did a great job for our customers,” Ms. Meyers said.

Teamsters organizer Luis Carmona said the company’s account did not match what workers were describing. “If the breaks are unlimited, why is everyone getting written up for idle time?” he said.

One worker, Kayla Brennan, 24, posted a video on TikTok on Tuesday showing a thermometer on a packing table reading 93 degrees. “Day 3 of asking for fans,” Ms. Brennan wrote in the caption. The video had been viewed more than 400,000 times by Wednesday.

In an interview, Ms. Brennan said she had been nervous about posting it. “I figured if I got fired, at least people would know why,” she said.

The Illinois Department of Labor said it had received complaints about conditions at the facility and was “reviewing the matter.”''',
 [("It was 91 degrees on the", "DeShawn Harris"),
  ("When somebody passed out, the manager", "DeShawn Harris"),
  ("That’s when a lot of people", "DeShawn Harris"),
  ("industrial-grade cooling", "Allison Meyers"),
  ("as many water breaks as they", "Allison Meyers"),
  ("The vast majority of our associates", "Allison Meyers"),
  ("If the breaks are unlimited, why", "Luis Carmona"),
  ("Day 3 of asking for fans", "Kayla Brennan"),
  ("I figured if I got fired", "Kayla Brennan"),
  ("reviewing the matter", "Illinois Department of Labor")]),

# 23 -- South Korean shipyard subcontractor strike, Korea Herald-style copy, curly double quotes; family-name-first names, union leader "said at a press conference", split quote with pronoun, company statement partial, minister partial then full quote, headband slogan, anonymous welder "told Yonhap", subcontractor owner
('''Subcontracted workers at a shipyard in Geoje, South Gyeongsang Province, entered the 20th day of a strike Monday, with union members occupying part of a dock and work on two LNG carriers delayed.

About 120 welders and painters employed by subcontractors of Hanbit Heavy Industries are demanding a 30 percent wage increase, saying their pay was cut sharply during the industry downturn and never restored.

“During the downturn, our wages were cut by a third. Now the orders are back and the company is making money, but our pay has not come back,” Park Sung-ho, head of the subcontract workers’ branch of the Korean Metal Workers’ Union, said at a press conference near the dock.

“We are not asking for a raise,” he said. “We are asking for what was taken from us.”

Hanbit Heavy Industries said in a statement that it was “not a party to wage negotiations between subcontractors and their employees,” but warned that the occupation was costing it about 26 billion won ($19 million) a day in delayed work.

Employment and Labor Minister Choi Young-mi urged both sides to resolve the dispute through dialogue, while warning that “illegal occupation of workplaces will not be tolerated.”

“The government will respond firmly to any illegal acts, but it also recognizes the problems created by the multi-layered subcontracting structure in the shipbuilding industry,” Choi said during a visit to Geoje on Friday.

Many of the striking workers wore red headbands bearing the words “Restore our wages.”

A 58-year-old welder who has worked at the shipyard for 24 years told Yonhap News Agency that he earned less now than he did a decade ago. “My son works at a convenience store and earns almost as much as I do,” he said.

Jung Mi-kyung, who runs a painting subcontractor with 40 employees, said she could not afford the raises without a higher contract price from Hanbit. “We are in the middle. If Hanbit does not pay us more, where is the money supposed to come from?” she said.''',
 [("During the downturn, our wages were", "Park Sung-ho"),
  ("We are not asking for a raise", "Park Sung-ho"),
  ("We are asking for what was", "Park Sung-ho"),
  ("not a party to wage negotiations", "Hanbit Heavy Industries"),
  ("illegal occupation of workplaces will not", "Choi Young-mi"),
  ("The government will respond firmly to", "Choi Young-mi"),
  ("Restore our wages", None),
  ("My son works at a convenience", "~welder"),
  ("We are in the middle. If", "Jung Mi-kyung")]),

# 24 -- Scottish distillery strike ballot, Scottish paper style with curly single quotes as main mark; industrial officer split quote, union partials, one-word company partial, managing director's LinkedIn post, "the father-of-three said", Scottish Government spokesperson
('''Workers at one of Speyside’s largest whisky producers have voted to strike for the first time in the company’s 140-year history, in a row over pay and pensions.

Members of Unite at Glen Aird Distillers, which employs around 300 people at its distillery, bottling hall and warehouses near Dufftown, backed walkouts by 89 per cent on a turnout of 77 per cent.

Unite industrial officer Fiona McAlister said the company had made record profits on the back of soaring export demand.

‘Every bottle of Glen Aird that goes out to Shanghai or New York has been made by these workers,’ she said. ‘They have watched the profits roll in while their own pay has fallen further and further behind.’

The union said the company’s offer of 3 per cent was ‘nowhere near good enough’ and that plans to close the final salary pension scheme to existing members were ‘the final straw’.

Glen Aird Distillers said it was ‘disappointed’ by the ballot result. In a post on LinkedIn, managing director Alasdair Grant wrote: ‘Our people are at the heart of everything we do. We have made a fair offer in a challenging market, and our door remains open.’

Warehouseman Stuart Reid, 44, who has worked at the distillery for 21 years, said staff had not taken the decision lightly.

‘My dad worked here, my grandad worked here,’ the father-of-three said. ‘Nobody in my family has ever been on strike. That tells you how bad it has got.’

A Scottish Government spokesperson said: ‘While this is a matter for the company and the union, we would encourage both parties to continue dialogue.’

The first 48-hour stoppage is due to begin on 14 October, with further dates to follow if no agreement is reached.''',
 [("Every bottle of Glen Aird that", "Fiona McAlister"),
  ("They have watched the profits roll", "Fiona McAlister"),
  ("nowhere near good enough", "Unite"),
  ("the final straw", "Unite"),
  ("disappointed", "Glen Aird Distillers"),
  ("Our people are at the heart", "Alasdair Grant"),
  ("My dad worked here, my grandad", "Stuart Reid"),
  ("Nobody in my family has ever", "Stuart Reid"),
  ("While this is a matter for", "Scottish Government")]),

# 25 -- Pakistani lady health workers' sit-in, Dawn-style copy, curly double quotes; banner slogan, association president split quote and "she told Dawn", quote leading into an assistant commissioner's attribution, ministry spokesperson partials, anonymous health worker, named worker with age, chant
('''ISLAMABAD: Hundreds of lady health workers from across Punjab and Khyber Pakhtunkhwa continued their sit-in outside Parliament House on Thursday, vowing not to leave until the government released four months of unpaid salaries and regularised their services.

The protesters, many of whom had travelled overnight by bus with their children, spent the night on the roadside along Constitution Avenue. Banners reading “We vaccinate your children, pay us our wages” were tied to the railings.

“We go door to door in heat and cold, in areas where no doctor goes. We gave polio drops even when our colleagues were being attacked,” said Bushra Naz, president of the Lady Health Workers Welfare Association. “And in return, we cannot even get our own salaries on time.”

Ms Naz said talks with health ministry officials on Wednesday night had failed. “They gave us the same promises they gave us last year,” she told Dawn.

“We have conveyed their demands to the relevant quarters. The finance division has been asked to release funds on a priority basis,” said Assistant Commissioner Saad Ahmed Qureshi, who met the protesters’ representatives on Thursday afternoon.

A spokesperson for the Ministry of National Health Services, Regulations and Coordination said the delay had been caused by “procedural issues in the transfer of funds” and that salaries would be paid “within days”.

A health worker from Mardan, who asked not to be named, said she had borrowed money to feed her family. “My husband is ill. I am the only one earning. For four months I have been going to work on borrowed money,” she said.

Another worker, Nasreen Bibi, 45, from Sargodha, said she had served for 22 years. “When I joined, they said we would be made permanent. I am still waiting,” she said.

Chants of “Our right, regularisation” rose from the crowd whenever a government vehicle passed along the avenue.''',
 [("We vaccinate your children, pay us", None),
  ("We go door to door in", "Bushra Naz"),
  ("And in return, we cannot even", "Bushra Naz"),
  ("They gave us the same promises", "Bushra Naz"),
  ("We have conveyed their demands to", "Saad Ahmed Qureshi"),
  ("procedural issues in the transfer of", "Ministry of National Health Services, Regulations and Coordination"),
  ("within days", "Ministry of National Health Services, Regulations and Coordination"),
  ("My husband is ill. I am", "~worker"),
  ("When I joined, they said we", "Nasreen Bibi"),
  ("Our right, regularisation", None)]),
]
# fmt: on
