"""Eight sets of stories in the style of Wikinews, each on one kind of news, with who says each
quote, written in the nineteenth round of rules.

Written for this suite by eight separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy: STORIES_BE the COVID-19 pandemic in
2020 and 2021 (health ministers, the WHO, lockdown briefings, hospital chiefs, residents);
STORIES_BF disasters and accidents (emergency services, investigators, airlines and operators,
survivors and witnesses); STORIES_BG a fortnight of Wikinews from 2020 and 2021, held out;
STORIES_BH politics in the US, UK, Canada and Australia (legislators, press secretaries, posts on
Twitter); STORIES_BI protests, human rights and crime (activists, police, Amnesty International
and Human Rights Watch, bystanders only described); STORIES_BJ a fortnight of Wikinews from
2019, held out; STORIES_BK science, space, culture and obituaries (NASA and ESA, curators,
tributes from families and colleagues); STORIES_BL elections, referendums and diplomacy around
the world (election commissions, foreign ministries, state media), held out. Straight and curly
quote marks. Not gold and not from any article of the gold set. Each entry is (story, [(first
words inside the quote marks, speaker as first named, "~" and the noun of a speaker only
described, or None), ...]). A quote that runs over two paragraphs is listed once or once per
paragraph, as its author chose. Held-out sets are not tuned on: their misses are listed by
script, not read.

First read, before any rule was changed for them, with the round's starting rules (b60ff7d):
181 of 194 in STORIES_BE, 178 of 200 in STORIES_BF, 186 of 200 in STORIES_BG, 190 of 196 in
STORIES_BH, 171 of 199 in STORIES_BI, 181 of 199 in STORIES_BJ, 184 of 199 in STORIES_BK and
183 of 200 in STORIES_BL. STORIES_BH and STORIES_BG were read first after the round's first
rule (a335ca6) too, with the same scores.
"""

# fmt: off
STORIES_BE = [
    # 1 -- Ireland returns to strictest level: split quote around cue, "the minister",
    #      organisation partial quote, opposition tweet, unnamed cafe owner via RTE
    (
'''Ireland's government on Tuesday announced a six-week return to its strictest level of restrictions, closing non-essential retail and limiting exercise to within five kilometres of home, as daily case numbers reached their highest level since April.

Speaking at a press briefing in Dublin, Health Minister Ciarán Doherty said the decision had not been taken lightly. "We are asking people to make enormous sacrifices again, and I know how tired everyone is. But the alternative is a health service that cannot cope by Christmas," he said.

The minister said hospital admissions had doubled in ten days and that the number of patients in intensive care had risen from 12 to 34 over the same period. "If we act now," Doherty told reporters, "we have a real chance of a more normal December."

The country's chief medical officer, Dr Aoife Brennan, said the rate of community transmission was deeply concerning, and that contact tracers were no longer able to identify the source of roughly a third of new infections. "That is the point at which targeted measures stop working. We have seen it in other European countries, and we would be foolish to think we are different," Brennan said.

Schools and childcare facilities will remain open, as will construction sites. Restaurants and pubs may continue to offer takeaway service, but visits to other households are banned.

The Irish Small and Medium Enterprises Association described the announcement as "a hammer blow" for retailers, many of whom had borrowed to reopen safely over the summer. The association called on the government to extend its wage subsidy scheme until at least the end of March.

Opposition health spokesperson Róisín Kelleher accused the government of repeating the mistakes of the spring. Writing on Twitter, she said: "Six weeks of closure without a functioning test-and-trace system just buys time that will be wasted again."

In Dublin's Temple Bar, the owner of a small café, who asked not to be named, told RTÉ she had already let four staff go since the summer. "I don't know how we survive another one of these. We were just starting to see the tourists come back," she said.''',
        [
            ("We are asking people to make enormous", "Ciarán Doherty"),
            ("If we act now,", "Ciarán Doherty"),
            ("we have a real chance of a", "Ciarán Doherty"),
            ("That is the point at which targeted", "Aoife Brennan"),
            ("a hammer blow", "Irish Small and Medium Enterprises Association"),
            ("Six weeks of closure without a functioning", "Róisín Kelleher"),
            ("I don't know how we survive", "~owner"),
        ],
    ),

    # 2 -- WHO Geneva briefing (curly quotes): quote running over two paragraphs,
    #      "replied" with a partial quote, second WHO official, organisation statement
    (
'''The World Health Organization (WHO) on Wednesday warned that the number of new COVID-19 cases reported worldwide had risen for the fifth consecutive week, with Europe and the Americas accounting for nearly three quarters of infections.

“This virus has shown us again and again that it will exploit any opening we give it,” Dr Helena Marchetti, the WHO’s technical lead for outbreak response, told a virtual press conference in Geneva.

Marchetti said the organisation was particularly worried about hospitals in central Europe, where intensive care occupancy in some regions had passed 90 percent. Several countries have already begun transferring patients across borders.

“We are hearing from clinicians who are exhausted, who have been working without proper rest since March,” she said. “They cannot keep doing this indefinitely, and they should not have to.

“What we need from governments is consistency. Stop-and-start policies confuse the public and erode trust, and trust is the one thing we cannot afford to lose.”

Asked whether the WHO supported the national lockdowns announced in several European countries in recent days, Marchetti replied that they should be “a last resort, not a first instinct”, but said governments that had let transmission run out of control had few other options left.

Dr Samuel Okafor, who heads the WHO’s emergencies programme in Africa, said the continent had so far avoided the worst scenarios predicted earlier in the year. “We should not mistake that for immunity. Testing rates in many African countries remain very low, and what we cannot see, we cannot count,” he said.

The European Centre for Disease Prevention and Control (ECDC) said it would publish updated risk assessments for European Union member states on Friday.

The WHO said in a statement that more than 180 countries had now joined COVAX, an initiative intended to guarantee fair access to vaccines once they are approved. “No country will be safe until every country is safe,” the statement read.''',
        [
            ("This virus has shown us again", "Helena Marchetti"),
            ("We are hearing from clinicians who", "Helena Marchetti"),
            ("They cannot keep doing this indefinitely,", "Helena Marchetti"),
            ("a last resort, not a first", "Helena Marchetti"),
            ("We should not mistake that for", "Samuel Okafor"),
            ("No country will be safe until", "World Health Organization"),
        ],
    ),

    # 3 -- Bergamo intensive care, March 2020: quotes through the BBC, Corriere and Reuters,
    #      anonymous nurse (partial then full), two men in turn, short split quote
    (
'''Doctors in the northern Italian city of Bergamo say hospitals are being forced to choose which patients receive intensive care, as the number of people infected with the new coronavirus in Lombardy continued to climb this week.

Dr Marco Lanfranchi, head of the intensive care unit at the city's main hospital, told the BBC that staff were treating patients in corridors. "We have turned operating theatres into intensive care wards, and still it is not enough. Every morning there are more patients waiting than there were the night before," he said.

Lanfranchi, 51, said several of his colleagues had themselves tested positive and were isolating at home.

The regional health councillor, Giulio Ferrante, told reporters in Milan that the region had asked the national government for an additional 500 ventilators. "The numbers we are facing are those of a war," Ferrante said. He added that a field hospital was being planned at the city's exhibition centre.

A nurse at the hospital, speaking to Corriere della Sera on condition of anonymity, described the situation on the wards as "unbearable". "We go home and we cannot hug our children because we are afraid of bringing it to them," she said.

Italy's Civil Protection Department said on Thursday it was coordinating the transfer of patients from Lombardy to hospitals in other regions, and that Germany had offered to take several patients in need of ventilation.

Giuseppe Rota, the mayor of a small town in the province, said the local church had stopped ringing its bells for funerals because there were too many. "It was too painful for people to hear. Now we ring them once a day, at noon, for everyone," Rota told Reuters.

Lanfranchi urged people elsewhere in Europe to take the outbreak seriously. "Look at us," he said. "This is what is coming for you if you do not stay home."''',
        [
            ("We have turned operating theatres into", "Marco Lanfranchi"),
            ("The numbers we are facing are", "Giulio Ferrante"),
            ("unbearable", "~nurse"),
            ("We go home and we cannot", "~nurse"),
            ("It was too painful for people", "Giuseppe Rota"),
            ("Look at us,", "Marco Lanfranchi"),
            ("This is what is coming for", "Marco Lanfranchi"),
        ],
    ),

    # 4 -- Oregon mask order (curly quotes): governor, epidemiologist told CNN,
    #      senator partial + Facebook post, unnamed store owner, CDC partial via spokesperson, tweet
    (
'''The governor of the US state of Oregon, Lauren Whitcombe, on Monday ordered face coverings to be worn in all indoor public spaces, saying the state could no longer rely on voluntary compliance as cases rose sharply across its rural counties.

“I know masks have become a symbol for some people of something bigger. To me they are a simple tool. They keep your neighbour out of hospital,” Whitcombe said at a news conference in Salem.

The order takes effect on Wednesday and applies to anyone over the age of five. Businesses that fail to enforce it could face fines of up to US$500.

State epidemiologist Dr Raymond Osei said the number of cases in Oregon had doubled over the previous three weeks. “We are seeing transmission at family gatherings, at workplaces, at church events. There is no single source we can shut down,” he told CNN.

Not everyone welcomed the measure. Republican state senator Dale Huntley called the order “government overreach of the worst kind” and wrote on Facebook: “Oregonians are adults. They don’t need Salem telling them how to live.”

The owner of a hardware store in the eastern town of Pendleton told The Oregonian his staff had been shouted at by customers over the store’s own mask policy. “Now at least we can point to the law. Before, it was just us asking, and people took it personally,” he said.

The Centers for Disease Control and Prevention (CDC) has recommended cloth face coverings since April. In a statement on Monday, a CDC spokesperson said the agency “continues to encourage states to adopt evidence-based measures, including masks”.

Whitcombe later posted on Twitter: “Wear a mask. Keep your distance. Wash your hands. We will get through this together.”''',
        [
            ("I know masks have become a symbol", "Lauren Whitcombe"),
            ("We are seeing transmission at family", "Raymond Osei"),
            ("government overreach of the worst kind", "Dale Huntley"),
            ("Oregonians are adults. They don’t need", "Dale Huntley"),
            ("Now at least we can point", "~owner"),
            ("continues to encourage states to adopt", "Centers for Disease Control and Prevention"),
            ("Wear a mask. Keep your distance.", "Lauren Whitcombe"),
        ],
    ),

    # 5 -- Melbourne curfew: "said Premier X" after the quote, nickname in quote marks
    #      (not a quote), two women in turn with a partial quote, "the 54-year-old"
    (
'''Residents of Melbourne will be under a nightly curfew from 8pm for at least six weeks, the Premier of the Australian state of Victoria announced on Sunday, following a surge in community transmission of COVID-19.

"These are big steps, but they are necessary ones. We have got to stop this virus moving from household to household and workplace to workplace," said Premier Michael Dunstan at a press conference in Melbourne.

Under the new rules, residents may only leave their homes for four reasons and must stay within five kilometres of their home. Exercise is limited to one hour per day. Police have set up what local media have dubbed a "ring of steel" around the city, with checkpoints on major roads.

Dunstan said police would be given additional powers to enforce the curfew, including the power to enter homes without a warrant in some circumstances. "I'm not going to apologise for that," he said.

Victoria's Chief Health Officer, Professor Anita Sharma, said there were now more than 760 active cases in the state with no known source. "That is the number that keeps me awake at night. Those are the cases where we simply do not know where the virus is," said Sharma.

The state's opposition leader, Jennifer Lowe, said the government had lost control of the outbreak because of failures in its hotel quarantine program. "Victorians are paying the price for the government's mistakes," Lowe told Sky News. Sharma, asked about the claim later on Sunday, declined to comment on what she called "a political question".

Cheryl Matthews, who runs a dance studio in the suburb of Brunswick, said she had only reopened three weeks ago. "We spent thousands on cleaning and signage. Now we're closed again with no idea when we'll come back," the 54-year-old said.

The Australian Medical Association welcomed the announcement, saying doctors across the state were already seeing the pressure building in hospitals.''',
        [
            ("These are big steps, but they", "Michael Dunstan"),
            ("I'm not going to apologise for", "Michael Dunstan"),
            ("That is the number that keeps", "Anita Sharma"),
            ("Victorians are paying the price for", "Jennifer Lowe"),
            ("a political question", "Anita Sharma"),
            ("We spent thousands on cleaning and", "Cheryl Matthews"),
        ],
    ),

    # 6 -- Seoul church cluster: official at briefing, "he said" after a paragraph break,
    #      church spokesperson partial + full in YouTube video, official told Yonhap, office worker
    (
'''South Korean health authorities on Saturday reported 279 new cases of COVID-19, the highest daily figure since March, as a cluster linked to a church in northern Seoul continued to grow.

Jung Min-ho, a senior official at the Korea Disease Control and Prevention Agency (KDCA), told a briefing that more than 600 cases had now been linked to the church. "We are in a very dangerous situation where a nationwide spread could happen at any moment," Jung said.

He urged members of the congregation who had not yet been tested to come forward immediately.

"Some of the members have refused to be tested or have given false addresses. This is not a matter of religious freedom. It is a matter of public safety," he said.

The church's leadership has denied obstructing the investigation. In a video posted on YouTube, a church spokesperson, Lee Sang-woo, said the congregation was being "unfairly targeted" by the government. "We have cooperated fully with every request from the authorities," Lee said.

Seoul city's disaster safety chief, Choi Hyun-woo, said the city would ban outdoor rallies of more than ten people until further notice, ahead of a planned anti-government demonstration. "We will respond sternly to any group that puts citizens at risk," Choi told Yonhap News Agency.

The KDCA said social distancing rules in the greater Seoul area would be raised to level two from Sunday, closing nightclubs, karaoke rooms and buffet restaurants, and moving professional sports behind closed doors.

Kim Ji-yeon, a 32-year-old office worker in Seoul's Gangnam district, said she had cancelled plans to travel for the upcoming holiday. "I was going to visit my grandparents in Busan, but I cannot risk it. They are both over eighty," she said.''',
        [
            ("We are in a very dangerous situation", "Jung Min-ho"),
            ("Some of the members have refused", "Jung Min-ho"),
            ("unfairly targeted", "Lee Sang-woo"),
            ("We have cooperated fully with every", "Lee Sang-woo"),
            ("We will respond sternly to any", "Choi Hyun-woo"),
            ("I was going to visit my", "Kim Ji-yeon"),
        ],
    ),

    # 7 -- Manaus oxygen crisis (curly quotes): unnamed doctor, ministry spokesperson to Reuters,
    #      relative's quote running over two paragraphs, epidemiologist full + partial quote
    (
'''Hospitals in the Brazilian city of Manaus ran out of oxygen on Thursday, forcing health workers to ventilate patients by hand as a second wave of COVID-19 overwhelmed the capital of Amazonas state.

“It is a scene of horror. Patients are suffocating and we can only stand by and pump air into their lungs with our own hands,” a doctor at one of the city’s public hospitals told Folha de S.Paulo.

The state’s health secretary, Carla Menezes, confirmed at a news conference that oxygen supplies had been exhausted at several units. “Demand has tripled in a week, and our suppliers simply cannot produce oxygen fast enough,” she said.

Menezes said some 235 patients would be flown to hospitals in other states over the coming days. The Brazilian Air Force said it had sent aircraft carrying oxygen cylinders from São Paulo.

A spokesperson for Brazil’s Ministry of Health told Reuters the ministry had sent 350 cylinders and was working with the military to send more. “The federal government has not abandoned Amazonas,” the spokesperson said.

Jéssica Nogueira, whose 67-year-old father is being treated at a hospital in the north of the city, said families had been trying to buy oxygen privately. “We spent the night queueing outside a supplier with an empty cylinder,” she told G1. “When we got to the front they said there was nothing left.

“My father is alive because a stranger gave us half of what was in his tank. I don’t even know his name.”

Dr Fábio Carvalho, an epidemiologist at the Oswaldo Cruz Foundation in Manaus, said the crisis had been predictable. “Everyone who looked at the numbers in December saw this coming,” Carvalho said. He described the decision to allow shops and bars to stay open over the holidays as “a gamble with people’s lives”.''',
        [
            ("It is a scene of horror.", "~doctor"),
            ("Demand has tripled in a week,", "Carla Menezes"),
            ("The federal government has not abandoned", "Ministry of Health"),
            ("We spent the night queueing outside", "Jéssica Nogueira"),
            ("When we got to the front", "Jéssica Nogueira"),
            ("Everyone who looked at the numbers", "Fábio Carvalho"),
            ("a gamble with people’s lives", "Fábio Carvalho"),
        ],
    ),

    # 8 -- First UK vaccinations: speaker as "the great-grandmother" / "the 90-year-old",
    #      nurse partial + full, health secretary partial + full, regulator statement
    (
'''The first patients in the United Kingdom received the Pfizer-BioNTech COVID-19 vaccine on Tuesday, as the country began what health officials described as the largest vaccination programme in its history.

Among the first to be vaccinated at St James's University Hospital in Leeds was Dorothy Pickering, a retired seamstress who turns 91 next month. "I feel so privileged to be one of the first. It's the best early birthday present I could wish for," the great-grandmother told reporters after receiving the jab.

Pickering said she was looking forward to seeing her family again. "I haven't been able to hold my great-grandson since he was born in March. That's what this means to me," the 90-year-old said.

The nurse who administered the dose, Priya Raman, said it was "an honour" to be part of the day. "We've had a really hard year on the wards, and today it feels like there is finally something to look forward to," she said.

Speaking in London, Health Secretary Jonathan Price called the start of the rollout "a turning point in our battle against this virus". He warned, however, that restrictions would remain in place for months. "We must not let our guard down now. Vaccinating everyone who needs it will take time, and until then the rules still apply," Price said.

The hospital trust said it had vaccinated 80 people by midday, most of them aged over 80 or working in care homes.

The Medicines and Healthcare products Regulatory Agency (MHRA), which approved the vaccine last week, said on Wednesday it was looking into reports of allergic reactions in two health workers. "Anyone with a history of significant allergic reaction to a vaccine, medicine or food should not receive this vaccine at this time," the regulator said in a statement.''',
        [
            ("I feel so privileged to be", "Dorothy Pickering"),
            ("I haven't been able to hold", "Dorothy Pickering"),
            ("an honour", "Priya Raman"),
            ("We've had a really hard year", "Priya Raman"),
            ("a turning point in our battle", "Jonathan Price"),
            ("We must not let our guard", "Jonathan Price"),
            ("Anyone with a history of significant", "Medicines and Healthcare products Regulatory Agency"),
        ],
    ),

    # 9 -- Migrant workers leave Delhi: labourer told Al Jazeera, "he said" after paragraph break,
    #      ministry statement, anonymous police officer, activist partial + "added:"
    (
'''Tens of thousands of migrant workers crowded bus stations on the outskirts of New Delhi on Saturday, trying to return to their home villages after India imposed a 21-day nationwide lockdown to slow the spread of the new coronavirus.

Many said they had been left without work or wages when factories and construction sites closed overnight. "We have no money left for rent and no food. If we stay in the city we will die of hunger before the virus gets us," Ramesh Kumar, a 28-year-old construction labourer from Uttar Pradesh, told Al Jazeera.

Kumar said he had walked nearly 40 kilometres with his wife and two young children to reach the Anand Vihar bus terminal.

"The police stopped us twice. They told us to go home, but this is what we are trying to do," he said.

India's Ministry of Home Affairs on Sunday ordered states to seal their borders and set up relief camps for those on the move. "Any movement of people across cities or on highways must be effectively stopped," the ministry said in a statement.

A senior police officer in Uttar Pradesh, who spoke on condition of anonymity because he was not authorised to speak to the media, said officers were overwhelmed. "We have been told to stop them, but how can you stop people who have nothing?" he said.

Meera Joshi, who runs a food distribution charity in Delhi, said the government had failed to plan for the country's hundreds of millions of informal workers. She called the lockdown "a humanitarian crisis in the making" and added: "Four hours' notice is not enough for a country of 1.3 billion people."

Public health experts have broadly supported the lockdown, but say it must be accompanied by food and cash support for the poor. The government has announced a relief package worth 1.7 trillion rupees.''',
        [
            ("We have no money left for", "Ramesh Kumar"),
            ("The police stopped us twice.", "Ramesh Kumar"),
            ("Any movement of people across cities", "Ministry of Home Affairs"),
            ("We have been told to stop", "~officer"),
            ("a humanitarian crisis in the making", "Meera Joshi"),
            ("Four hours' notice is not enough", "Meera Joshi"),
        ],
    ),

    # 10 -- Germany's November closures: "lockdown light" label (not a quote), spokesperson,
    #       agency vice-president, association statement, "the 47-year-old", ministry partial, tweet
    (
'''Germany will close restaurants, bars, gyms and theatres for four weeks from Monday under what the press has called a "lockdown light", after federal and state leaders agreed on new restrictions on Wednesday evening.

Schools and shops will remain open. Private gatherings will be limited to two households and a maximum of ten people.

"We have to act now to avoid a national health emergency. The aim is clear: we want people to be able to spend Christmas with their families," government spokesperson Thomas Albrecht told reporters in Berlin on Thursday.

The Robert Koch Institute (RKI), the country's public health agency, reported 16,774 new infections on Thursday, a record. Its vice-president, Dr Katrin Vogel, said hospitals still had capacity but warned that this could change quickly. "Intensive care beds do not help if there are not enough nurses to staff them, and nurses cannot be produced overnight," Vogel said.

The German Hotel and Restaurant Association (DEHOGA) said it would support legal challenges against the closures. "Restaurants are not the drivers of the pandemic. Our members invested in ventilation and hygiene concepts, and now they are being punished for it," the association said in a statement.

Stefan Krüger, who owns a brewery pub in Munich, told Deutsche Welle he would have to put most of his staff on short-time work. "We were just getting back on our feet. Compensation is promised, but we have heard promises before," the 47-year-old said.

The government has promised businesses forced to close up to 75 percent of their revenue from November last year. A spokesman for the Federal Ministry of Finance told Der Spiegel that the first payments would be made "by the end of November".

Virologist Professor Jonas Hartmann of the Charité hospital in Berlin said the measures were overdue. Writing on Twitter, he said: "Every week of delay costs lives. Better late than never, but this should have happened in October."''',
        [
            ("We have to act now to", "Thomas Albrecht"),
            ("Intensive care beds do not help", "Katrin Vogel"),
            ("Restaurants are not the drivers of", "German Hotel and Restaurant Association"),
            ("We were just getting back on", "Stefan Krüger"),
            ("by the end of November", "Federal Ministry of Finance"),
            ("Every week of delay costs lives.", "Jonas Hartmann"),
        ],
    ),

    # 11 -- Sweden defends its strategy: state epidemiologist told SVT, partial quote,
    #       critic partial, two men in turn ("he said" after the first man is named again), care home manager
    (
'''Sweden's top epidemiologist has defended the country's decision not to impose a lockdown, despite a death toll that is now several times higher than those of its Nordic neighbours.

"I think we have done a lot of things right. But if we had known then what we know now, there are things we would have done differently," state epidemiologist Erik Lindqvist told public broadcaster SVT on Tuesday.

Lindqvist, who works for the Public Health Agency of Sweden, said the high number of deaths in care homes had been "a failure for the whole of society". He rejected suggestions that the strategy had been designed to achieve herd immunity. "That has never been our goal. Our goal has been to slow the spread so that healthcare can cope," he said.

Critics have been less forgiving. Professor Johan Sandberg, a virologist at the Karolinska Institute, was among 22 scientists who signed an opinion piece in the newspaper Dagens Nyheter in April calling for tougher measures. "The agency has been wrong at every turn, and people have died as a result," Sandberg said in an interview. He added that Sweden should "stop treating this as an experiment".

Lindqvist, asked about the criticism later in the day, said the debate was healthy and that scientists were entitled to disagree. "We all want the same thing," he said.

Annika Holm, who manages a care home in Stockholm's Södermalm district, told Reuters her staff had lacked protective equipment in the spring. "We were told the risk was low. By the time we had masks, we had already lost eleven residents," she said.

The Public Health Agency said on Wednesday it would cooperate fully with an independent commission appointed by the government to review the country's handling of the pandemic, which is expected to report in December.''',
        [
            ("I think we have done a lot", "Erik Lindqvist"),
            ("a failure for the whole of society", "Erik Lindqvist"),
            ("That has never been our goal.", "Erik Lindqvist"),
            ("The agency has been wrong at every", "Johan Sandberg"),
            ("stop treating this as an experiment", "Johan Sandberg"),
            ("We all want the same thing,", "Erik Lindqvist"),
            ("We were told the risk was", "Annika Holm"),
        ],
    ),

    # 12 -- South Africa alcohol ban: minister with "he added" split, tavern owner told eNCA,
    #       protesters chanting, doctor wrote on Twitter
    (
'''South Africa will reimpose a ban on the sale of alcohol and extend a nightly curfew, the government announced on Sunday, as the country recorded more than 12,000 new coronavirus cases in a single day.

Health Minister Sipho Ndlovu said at a briefing in Pretoria that alcohol-related injuries were taking up hospital beds needed for COVID-19 patients. "Our trauma units are full of people injured in car accidents and fights on Friday and Saturday nights. We cannot afford that right now," Ndlovu said.

He said the ban would remain in place until further notice. "This is not about punishing anyone," he added. "It is about saving lives."

The liquor industry, which estimates that previous bans cost tens of thousands of jobs, said it was considering legal action against the government.

In Johannesburg's Soweto township, tavern owner Nomsa Khumalo told eNCA she had used her savings to pay her staff during the first ban. "There is nothing left. I have four people who depend on this shop, and they have families too," she said.

Several dozen tavern owners gathered outside the provincial legislature on Monday, holding placards and empty beer crates. "Let us work! Let us work!" the protesters chanted.

Police said officers would be deployed at roadblocks across the country to enforce the curfew, which now runs from 9pm to 6am, and that anyone found transporting alcohol would be arrested.

Dr Lindiwe Mahlangu, an emergency physician at a large public hospital in Soweto, said she supported the ban. "The weekend after the last ban was lifted, our emergency department was overwhelmed. Every bed taken by a stab wound is a bed not available for a COVID patient," she wrote on Twitter.''',
        [
            ("Our trauma units are full of", "Sipho Ndlovu"),
            ("This is not about punishing anyone,", "Sipho Ndlovu"),
            ("It is about saving lives.", "Sipho Ndlovu"),
            ("There is nothing left. I have", "Nomsa Khumalo"),
            ("Let us work! Let us work!", "~protesters"),
            ("The weekend after the last ban", "Lindiwe Mahlangu"),
        ],
    ),

    # 13 -- Tokyo state of emergency (curly quotes): minister to reporters, doctor told NHK with a
    #       short follow-up quote, izakaya owner told Kyodo, "the 58-year-old", two very short quotes
    (
'''Japan declared a state of emergency for Tokyo and three surrounding prefectures on Thursday, asking restaurants to close by 8pm and residents to avoid non-essential outings for one month.

The minister in charge of the government’s coronavirus response, Takeshi Morimoto, told reporters the measures were targeted at dining, which experts believe is driving most infections. “We are not asking people to stop their lives. We are asking them to avoid the situations where we know the virus spreads most easily,” Morimoto said.

Unlike lockdowns in Europe, the declaration does not allow the government to force businesses to close. Restaurants that comply will receive up to ¥60,000 a day.

Dr Hiroshi Tanabe, president of the Tokyo Medical Association, said the measures came too late. “The medical system in Tokyo is already in a state of collapse. Hospitals are turning away patients with other serious illnesses because beds are full,” he told NHK.

Tanabe urged the government to seek stronger legal powers. “Requests are not enough,” he said.

Keiko Sato, who runs a small izakaya in Tokyo’s Shinjuku district, said she would close at 8pm but doubted the compensation would cover her costs. “Most of my customers come after work, after seven. Closing at eight is almost the same as closing completely,” she told Kyodo News.

The 58-year-old said she nevertheless understood why the government had acted. “Everyone is scared,” she said. “I am scared too.”

Organisers of the Tokyo Olympics, which were postponed last year, said preparations for the Games would continue as planned, although a decision on whether to admit spectators is expected in the spring.''',
        [
            ("We are not asking people to stop", "Takeshi Morimoto"),
            ("The medical system in Tokyo is", "Hiroshi Tanabe"),
            ("Requests are not enough,", "Hiroshi Tanabe"),
            ("Most of my customers come after", "Keiko Sato"),
            ("Everyone is scared,", "Keiko Sato"),
            ("I am scared too.", "Keiko Sato"),
        ],
    ),

    # 14 -- Wuhan lockdown: organisation partial quote, unnamed resident ("the woman said"),
    #       Weibo post, WHO committee chair before and after cue, unnamed official, professor told SCMP
    (
'''Chinese authorities on Thursday suspended all public transport in Wuhan, a city of 11 million people at the centre of an outbreak of a new coronavirus, and told residents not to leave the city without a special reason.

Trains and flights out of the city were cancelled from 10am local time. Officials later extended similar measures to several nearby cities in Hubei province.

The Wuhan Municipal Epidemic Prevention and Control Headquarters said in a notice published by state media that the measures were intended to "effectively cut off the transmission channel of the virus".

A resident of the city's Hankou district, reached by telephone by AFP, said supermarkets had been stripped of vegetables within hours of the announcement. "Everyone is rushing to buy food, and there are no masks anywhere. People are frightened because nobody knows how long this will last," the woman said.

Another resident, Zhang Wei, a 35-year-old teacher, wrote on the social media platform Weibo that she had cancelled a Lunar New Year trip to her parents' home. "This year we will celebrate by video call. Better to be safe," she wrote.

In Geneva, the World Health Organization's emergency committee decided it was too early to declare a public health emergency of international concern. "Make no mistake, this is an emergency in China," the committee's chair, Dr Pieter van Aalst, told reporters. "But it has not yet become a global health emergency."

At a press conference in Beijing, an official of the National Health Commission said there was evidence the virus was spreading between people. "The virus may mutate and spread further, and we must be prepared," the official said.

Professor Leung Kai-ming, a microbiologist at the University of Hong Kong, told the South China Morning Post that the lockdown was without precedent. "Nothing on this scale has ever been attempted in public health. Whether it works depends on how many infected people had already left the city," he said.''',
        [
            ("effectively cut off the transmission channel", "Wuhan Municipal Epidemic Prevention and Control Headquarters"),
            ("Everyone is rushing to buy food,", "~resident"),
            ("This year we will celebrate by", "Zhang Wei"),
            ("Make no mistake, this is an", "Pieter van Aalst"),
            ("But it has not yet become", "Pieter van Aalst"),
            ("The virus may mutate and spread", "~official"),
            ("Nothing on this scale has ever", "Leung Kai-ming"),
        ],
    ),

    # 15 -- Diamond Princess (curly quotes): passenger "said X" after quote, two-part quote by phone,
    #       ministry official partial, doctor partial + full, company statement
    (
'''Passengers aboard the quarantined cruise ship Diamond Princess, moored in the Japanese port of Yokohama, say they are growing anxious as the number of confirmed coronavirus infections on board rose to 355 on Sunday.

“We are being told very little. Every morning we hear about more cases on the news before we hear anything from the ship,” said David Hollis, a 72-year-old retiree from Sydney who is travelling with his wife.

Hollis said meals were left outside cabin doors and passengers were allowed on deck for an hour at a time, wearing masks. “It feels like a floating prison,” he told the Australian Broadcasting Corporation by telephone. “A comfortable prison, but a prison.”

Japan’s Ministry of Health, Labour and Welfare said 70 more people had tested positive. A ministry official told reporters that the quarantine was “working as intended”, and that passengers who tested negative would be allowed to leave the ship from Wednesday.

Not everyone agrees. Dr Kenji Murata, an infectious disease specialist who visited the ship last week, told the Asahi Shimbun that infection control on board had been “completely chaotic”. “There was no clear separation between clean areas and contaminated areas. Crew members were moving between them all day,” Murata said.

Princess Cruises said it was following the guidance of Japanese health authorities. “The health and safety of our guests and crew remains our top priority,” the company said in a statement.

The United States and several other countries have announced they will fly their citizens home on chartered aircraft. Passengers returning to the US will face a further 14 days of quarantine at military bases.''',
        [
            ("We are being told very little.", "David Hollis"),
            ("It feels like a floating prison,", "David Hollis"),
            ("A comfortable prison, but a prison.", "David Hollis"),
            ("working as intended", "~official"),
            ("completely chaotic", "Kenji Murata"),
            ("There was no clear separation between", "Kenji Murata"),
            ("The health and safety of our", "Princess Cruises"),
        ],
    ),

    # 16 -- Dutch curfew riots: mayor partial + full, police union chairman told NOS,
    #       shop owner told newspaper, institute spokesperson told Reuters
    (
'''Police in the Netherlands arrested more than 180 people on Monday night after a second night of rioting in several cities over a nationwide curfew introduced on Saturday to curb the spread of COVID-19.

In Eindhoven, where rioters set fires, looted a supermarket and threw stones at police on Sunday, mayor Pieter Verhoeven told reporters the violence had "nothing to do with protest". "These are people who want to destroy things. If we continue like this, we are on the way to civil war," he said.

The curfew, the first in the Netherlands since the Second World War, runs from 9pm to 4:30am. Those who break it face a fine of 95 euros.

Police union chairman Ruud de Graaf told broadcaster NOS that officers had been "attacked from all sides". "My colleagues went to work to protect people and came home injured. That is unacceptable," de Graaf said.

The Ministry of Justice and Security said those responsible would be tracked down and prosecuted, and that fast-track courts would begin hearing cases this week.

Fatima el Amrani, who owns a phone shop near Eindhoven's central station, told the Algemeen Dagblad she had arrived on Monday morning to find her windows smashed. "They took everything. Twelve years of work, and it took them ten minutes," she said.

The National Institute for Public Health and the Environment (RIVM) said the curfew was needed to slow the spread of the more contagious variant first found in the United Kingdom. "The British variant is expected to become dominant in the Netherlands within weeks," an RIVM spokesperson told Reuters.''',
        [
            ("nothing to do with protest", "Pieter Verhoeven"),
            ("These are people who want to", "Pieter Verhoeven"),
            ("attacked from all sides", "Ruud de Graaf"),
            ("My colleagues went to work to", "Ruud de Graaf"),
            ("They took everything. Twelve years of", "Fatima el Amrani"),
            ("The British variant is expected to", "National Institute for Public Health and the Environment"),
        ],
    ),

    # 17 -- Israel vaccination drive (curly quotes): director-general named after quote,
    #       "he said" at the start of a new paragraph, 81-year-old, ministry spokesperson, professor partial + full
    (
'''Israel has given a first dose of the Pfizer-BioNTech vaccine to more than two million people, nearly a quarter of its population, health officials said on Sunday, the fastest rate of vaccination in the world.

“We are vaccinating around 150,000 people a day. If the supply continues, every citizen over 16 who wants a vaccine will have one by the end of March,” the director-general of the Ministry of Health, Dr Avi Mizrahi, told a press conference in Jerusalem.

Mizrahi said early data from the country’s health maintenance organisations showed a drop in infections among those aged over 60. He cautioned, though, that it was too soon to draw firm conclusions.

“We are seeing encouraging signs,” he said. “But I want to be careful. This is not the moment to celebrate.”

At a vaccination centre in a sports hall in Tel Aviv, 81-year-old Shoshana Levi said she had waited only 20 minutes. “They were very organised, very kind. My grandchildren booked the appointment for me on the internet,” she said.

Palestinian health officials have criticised Israel for not supplying vaccines to Palestinians in the occupied West Bank and Gaza. A spokesperson for the Palestinian Ministry of Health told Al Jazeera that the ministry was relying on the COVAX programme and on donations. “We are still waiting, while our neighbours are vaccinating millions,” the spokesperson said. Israeli officials have said the Palestinian Authority is responsible for health care in the areas it administers.

Epidemiologist Professor Nadav Shapiro of Tel Aviv University told The Times of Israel that the country was now in “a race between the vaccine and the variants”. “The British variant is spreading very fast here. The next few weeks will tell us who is winning,” Shapiro said.''',
        [
            ("We are vaccinating around 150,000 people", "Avi Mizrahi"),
            ("We are seeing encouraging signs,", "Avi Mizrahi"),
            ("But I want to be careful.", "Avi Mizrahi"),
            ("They were very organised, very kind.", "Shoshana Levi"),
            ("We are still waiting, while our", "Palestinian Ministry of Health"),
            ("a race between the vaccine and", "Nadav Shapiro"),
            ("The British variant is spreading very", "Nadav Shapiro"),
        ],
    ),

    # 18 -- Ontario stay-at-home order: premier, modelling co-chair, hospital president told CBC,
    #       opposition leader partial + tweet (women in turn), restaurant owner "posted" on Facebook
    (
'''The Canadian province of Ontario will issue a stay-at-home order from Thursday, its premier announced on Tuesday, after new modelling suggested hospitals could be overwhelmed by early February.

"We are in a crisis, and I won't sugar-coat it. If we don't act now, the numbers tell us our hospitals will be overrun," Premier Robert Gallagher told reporters at Queen's Park in Toronto.

Under the order, residents must stay home except for essential purposes such as buying groceries, seeking medical care or exercising. Non-essential retailers offering curbside pickup must close by 8pm. Schools in Toronto and several other regions will stay closed to in-person learning until at least 10 February, and police and bylaw officers will be able to issue tickets to people who do not comply.

Dr Meera Chandrasekar, co-chair of the province's COVID-19 Science Advisory Table, presented the modelling, which suggested deaths could reach 100 a day by the end of February without stronger measures. "These are not just numbers. Behind every one of them is a family," Chandrasekar said.

Dr Laura Bennett, president of a hospital network in Toronto's western suburbs, told CBC News her intensive care units were operating at 120 percent of capacity. "We've opened beds in spaces that were never designed for critical care," she said.

Opposition leader Karen Whitfield said the order contained "more loopholes than rules". She wrote on Twitter: "People need paid sick days, not another confusing press conference."

Marco Bianchi, who runs a family restaurant in Toronto's Little Italy, said on Facebook that he would keep offering takeout. "We've done curbside since November. I'll keep the kitchen going as long as people keep ordering," he posted.''',
        [
            ("We are in a crisis, and I", "Robert Gallagher"),
            ("These are not just numbers.", "Meera Chandrasekar"),
            ("We've opened beds in spaces that", "Laura Bennett"),
            ("more loopholes than rules", "Karen Whitfield"),
            ("People need paid sick days, not", "Karen Whitfield"),
            ("We've done curbside since November.", "Marco Bianchi"),
        ],
    ),

    # 19 -- Guayaquil bodies in the streets: relative told AP, task force head full + partial,
    #       councillor told newspaper, anonymous doctor, regional health organisation statement
    (
'''Authorities in the Ecuadorian city of Guayaquil said on Thursday they had collected more than 700 bodies from homes over the past two weeks, as the coronavirus outbreak overwhelmed hospitals, morgues and funeral services in the country's largest city.

Residents had posted videos on social media showing bodies left on pavements wrapped in plastic sheets, in some cases for several days. "My uncle died on Monday and he was in the house until Thursday. We called the emergency number a hundred times. Nobody came," Luis Andrade, a 40-year-old mechanic, told The Associated Press.

The head of a government task force set up to collect the dead, Andrés Villacís, said the city had been unprepared. "The health system collapsed, and with it the entire chain that follows a death," Villacís said at a news conference. He promised that every family would be able to give their relatives "a dignified burial".

City councillor María Fernanda Ruiz said the municipality had distributed cardboard coffins because wooden ones had run out. "It is painful to say it, but it is the reality," she told the newspaper El Universo.

A doctor at one of the city's public hospitals, who did not want to be named for fear of losing her job, said staff had been working without proper protective equipment. "We have colleagues who have died. We are treating patients in chairs because there are no beds," she said.

The Pan American Health Organization (PAHO) said it was sending medical supplies and epidemiologists to Ecuador. "The situation in Guayaquil shows how quickly an outbreak can overwhelm a health system," it said in a statement.''',
        [
            ("My uncle died on Monday and", "Luis Andrade"),
            ("The health system collapsed, and with", "Andrés Villacís"),
            ("a dignified burial", "Andrés Villacís"),
            ("It is painful to say it,", "María Fernanda Ruiz"),
            ("We have colleagues who have died.", "~doctor"),
            ("The situation in Guayaquil shows how", "Pan American Health Organization"),
        ],
    ),

    # 20 -- France second lockdown: minister in televised address, "the minister", two partial
    #       quotes from a federation in one sentence, bookseller told France Info, ICU head, tweet
    (
'''France will enter a second nationwide lockdown from Friday, the government announced on Wednesday evening, as the number of COVID-19 patients in intensive care approached the peak of the first wave in April.

Under the new measures, which will last at least until 1 December, people will only be allowed to leave home for work, essential shopping, medical appointments or one hour of exercise a day. Unlike in the spring, schools will remain open.

"The virus is circulating in France at a speed that even the most pessimistic forecasts did not anticipate. We are at risk of being overwhelmed," Health Minister Olivier Marchand said in a televised address.

The minister said that without new measures, France could have 9,000 people in intensive care by mid-November. "That is more than our entire capacity," he said.

Booksellers reacted angrily to being classed as non-essential businesses while supermarkets remain free to sell books. The National Federation of Independent Booksellers called the decision "incomprehensible" and "a gift to Amazon".

Anne-Sophie Morel, who owns a bookshop in Lyon, said she would offer click-and-collect. "The supermarket down the road can sell books and I can't. Explain to me how that is fair," she told France Info.

Dr Philippe Garnier, head of the intensive care unit at a hospital in Marseille, told BFM TV his team was tired but ready. "In the spring we didn't know what we were fighting. Now we know, and that makes it harder in some ways, because we know how bad it can get," he said.

Late on Wednesday, Marchand wrote on Twitter: "I know how hard this is. Let's hold on together."''',
        [
            ("The virus is circulating in France", "Olivier Marchand"),
            ("That is more than our entire", "Olivier Marchand"),
            ("incomprehensible", "National Federation of Independent Booksellers"),
            ("a gift to Amazon", "National Federation of Independent Booksellers"),
            ("The supermarket down the road can", "Anne-Sophie Morel"),
            ("In the spring we didn't know", "Philippe Garnier"),
            ("I know how hard this is.", "Olivier Marchand"),
        ],
    ),

    # 21 -- Singapore dormitories (curly quotes): official named after quote, follow-up quote with no
    #       cue of its own, worker told Reuters, "he added", ministry statement, charity volunteer
    (
'''Singapore reported 1,426 new coronavirus cases on Monday, the vast majority of them among foreign workers living in crowded dormitories, bringing the city-state’s total to more than 8,000.

The country had been praised earlier in the year for its aggressive contact tracing, but outbreaks in dormitories housing around 300,000 low-wage workers from South Asia have driven a sharp rise in infections.

“We are testing aggressively in the dormitories, and so we expect the numbers to stay high for some time,” the Ministry of Health’s director of medical services, Dr Kevin Tan, told a virtual press conference. He said most of the cases were mild. “Very few of the workers have needed intensive care, because they are young and otherwise healthy.”

Rahman Hossain, a 31-year-old construction worker from Bangladesh, told Reuters by telephone that he shared a room with 11 other men. “We sleep, we eat, we use the toilet together. How can we keep one metre apart?” he said.

Hossain said food was now delivered to the dormitory three times a day. “The food is better now than in the first week,” he added.

The Ministry of Manpower said it was moving healthy workers to alternative housing, including military camps and vacant public flats. “We will do our utmost to take care of the health and well-being of our foreign workers,” the ministry said in a statement.

Deborah Lim, a volunteer coordinator with the charity Migrant Workers First, said the outbreak had exposed long-standing problems. “Advocates have been warning about these conditions for years. It should not take a pandemic for people to notice,” she said.''',
        [
            ("We are testing aggressively in the", "Kevin Tan"),
            ("Very few of the workers have", "Kevin Tan"),
            ("We sleep, we eat, we use", "Rahman Hossain"),
            ("The food is better now than", "Rahman Hossain"),
            ("We will do our utmost to", "Ministry of Manpower"),
            ("Advocates have been warning about these", "Deborah Lim"),
        ],
    ),

    # 22 -- Russia approves Sputnik V (curly quotes): vaccine name (not a quote), executive
    #       "said X" after quote + partial, professor told The Guardian, WHO spokesperson, teacher in two parts
    (
'''Russia on Tuesday became the first country to grant regulatory approval to a COVID-19 vaccine, even though it had not yet completed large-scale trials to test its safety and effectiveness.

The vaccine, developed by Moscow’s Gamaleya Research Institute, has been named Sputnik V, after the Soviet satellite. “The name reflects the importance of this moment for the world. This is a breakthrough, and Russia got there first,” said Sergei Volkov, a senior executive at the Russian Direct Investment Fund, which financed the research.

Volkov told reporters that 20 countries had already expressed interest in buying the vaccine. He dismissed criticism from abroad as “an attempt to undermine Russian science”.

Russia’s Ministry of Health said that mass vaccination of doctors and teachers would begin in October, and that the vaccine would be offered to the wider public later in the year.

Scientists outside Russia were sceptical. “This is reckless and foolish. Vaccinating millions of people with a product that has only been tested on a few dozen volunteers is a huge gamble,” Professor Rachel Ashworth, a vaccine researcher at University College London, told The Guardian.

The World Health Organization said it was in contact with Russian authorities about the approval process. “Any vaccine we recommend must go through a full review of safety and efficacy data. There are no shortcuts,” WHO spokesperson Hanna Berg told a briefing in Geneva.

In Moscow, 45-year-old schoolteacher Irina Petrova told the BBC she would wait before getting vaccinated. “I am not against vaccines,” she said. “I just want to see the results first, like everyone else in the world.”''',
        [
            ("The name reflects the importance of", "Sergei Volkov"),
            ("an attempt to undermine Russian science", "Sergei Volkov"),
            ("This is reckless and foolish.", "Rachel Ashworth"),
            ("Any vaccine we recommend must go", "Hanna Berg"),
            ("I am not against vaccines,", "Irina Petrova"),
            ("I just want to see the", "Irina Petrova"),
        ],
    ),

    # 23 -- Kenya curfew enforcement: oversight authority statement ("it said"), spokesperson
    #       told Citizen TV, two women in turn, vendor's question, rights group partial + tweet
    (
'''Kenya's health ministry on Friday confirmed 31 cases of COVID-19, as human rights groups condemned police for using tear gas and batons to enforce a nationwide dusk-to-dawn curfew that came into force this week.

Videos shared widely on social media showed officers in the coastal city of Mombasa beating commuters who were queueing for a ferry shortly before the curfew began.

The Independent Policing Oversight Authority (IPOA) said it had opened an investigation. "The Authority has noted with concern the use of excessive force by police officers. Those found culpable will face the full force of the law," it said in a statement.

Government spokesperson Joseph Mwangi said the government regretted the incidents. "We regret what happened in Mombasa. The police have been instructed to enforce the curfew humanely," Mwangi told Citizen TV.

Health Cabinet Secretary Rachel Wanjiru said at a briefing in Nairobi that Kenyans should stay at home even during the day. "The curfew is not the only measure. If you do not need to go out, do not go out," she said.

Amina Odhiambo, a fish vendor in Mombasa, told Al Jazeera she had been struck by a police officer while trying to reach home. "I was running to catch the ferry, and he hit me on the back. I have children waiting for me. What was I supposed to do?" she said.

Amnesty International Kenya described the police response as "brutal and unnecessary". In a post on Twitter, the group wrote: "Public health emergencies do not suspend human rights."''',
        [
            ("The Authority has noted with concern", "Independent Policing Oversight Authority"),
            ("We regret what happened in Mombasa.", "Joseph Mwangi"),
            ("The curfew is not the only", "Rachel Wanjiru"),
            ("I was running to catch the", "Amina Odhiambo"),
            ("brutal and unnecessary", "Amnesty International Kenya"),
            ("Public health emergencies do not suspend", "Amnesty International Kenya"),
        ],
    ),

    # 24 -- Spain's state of alarm (curly quotes): government statement, partial then quote split
    #       around "Campos said", nurse told El País, pensioner "said X" after quote, employers' group
    (
'''The Spanish government declared a state of alarm on Saturday, ordering the country’s 47 million people to stay at home except to buy food and medicine, go to work or seek medical care, as the number of coronavirus cases rose above 6,000.

“These are exceptional measures for an exceptional situation. Every citizen has a role to play,” the Spanish government said in a statement after an emergency cabinet meeting in Madrid that lasted more than seven hours.

Dr Alberto Campos, director of the health ministry’s Centre for the Coordination of Health Alerts and Emergencies, told a press conference on Sunday that the country should expect “several very difficult weeks”. “The curve is still rising,” Campos said, “and it will continue to rise for some time even if everyone follows the rules perfectly.”

At the Gregorio Marañón hospital in Madrid, emergency nurse Lucía Ortega told El País that staff were improvising. “We are reusing masks that are supposed to be thrown away after one use. We are doing what we can with what we have,” she said.

On Saturday evening, residents across Spain went onto their balconies at 8pm to applaud health workers. “It gave me goosebumps. For a few minutes we were all together, even if each of us was alone at home,” said Carmen Ruiz, a 67-year-old pensioner in Barcelona’s Gràcia neighbourhood.

The Spanish Confederation of Employers’ Organisations (CEOE) called for immediate support for businesses forced to close. “Without liquidity, thousands of companies will not survive until the end of the month,” the employers’ group said.''',
        [
            ("These are exceptional measures for an", "Spanish government"),
            ("several very difficult weeks", "Alberto Campos"),
            ("The curve is still rising,", "Alberto Campos"),
            ("and it will continue to rise", "Alberto Campos"),
            ("We are reusing masks that are", "Lucía Ortega"),
            ("It gave me goosebumps. For a", "Carmen Ruiz"),
            ("Without liquidity, thousands of companies will", "Spanish Confederation of Employers’ Organisations"),
        ],
    ),

    # 25 -- Jakarta reimposes restrictions: governor in live-streamed address, unnamed gravedigger,
    #       epidemiologist, ministry partial + statement, food seller "asked", mononymous official
    (
'''Jakarta will reimpose large-scale social restrictions from Monday, the Indonesian capital's governor announced, warning that the city's hospitals would run out of intensive care beds within days.

"We have no choice but to pull the emergency brake. Without it, our health system will be overwhelmed by 17 September," Governor Budi Santoso said in a live-streamed address on Wednesday night.

Offices will be required to close, with exceptions for eleven essential sectors, and restaurants will be limited to takeaway.

At the Pondok Ranggon cemetery in East Jakarta, one of two sites set aside for COVID-19 burials, gravediggers said they were burying up to 40 people a day. "In March it was five or six. Now we work from morning until after dark," one gravedigger told the Jakarta Post.

Dr Ratna Wijaya, an epidemiologist at the University of Indonesia, said official case numbers did not reflect the true scale of the outbreak. "Indonesia is testing far fewer people than the WHO recommends. When you look at the positivity rate, it is clear we are only seeing the tip of the iceberg," she said.

The central government's Coordinating Ministry for Economic Affairs warned that the restrictions would "slow the economic recovery". "The government respects the decision of the regional administration, but asks that it be implemented in a measured way," the ministry said in a statement.

Street food seller Siti Rahayu told Kompas she expected to lose most of her income. "Without office workers, who will buy my noodles?" she asked.

In East Java, some residents caught without masks have been ordered to dig graves as punishment. "We hope this makes them think about the consequences," a local official, Suyanto, told reporters.''',
        [
            ("We have no choice but to", "Budi Santoso"),
            ("In March it was five or", "~gravedigger"),
            ("Indonesia is testing far fewer people", "Ratna Wijaya"),
            ("slow the economic recovery", "Coordinating Ministry for Economic Affairs"),
            ("The government respects the decision of", "Coordinating Ministry for Economic Affairs"),
            ("Without office workers, who will buy", "Siti Rahayu"),
            ("We hope this makes them think", "Suyanto"),
        ],
    ),

    # 26 -- Mexico City red alert: head of government partial after "Asked why", deputy minister
    #       before and after quote, "he said:" after question, chamber statement, "the 36-year-old"
    (
'''Mexico City and the surrounding State of Mexico will return to the highest level of the country's coronavirus alert system from Saturday, closing non-essential businesses until at least 10 January as hospital occupancy in the capital passed 80 percent.

"We are at the most difficult moment of the epidemic in the Valley of Mexico. It is not the moment to go out shopping or to hold parties," Patricia Lozano, Mexico City's head of government, said at a news conference on Friday.

Lozano said the city would add 1,000 hospital beds over the holiday period. Asked why the decision had not been taken earlier, she said the city had tried to "balance health and the economy for as long as possible".

Deputy Health Minister Jorge Salinas, who leads the federal government's pandemic response, said the change was necessary. "The data leave no room for doubt," Salinas told reporters at the evening briefing in the National Palace. He has been criticised for his reluctance to recommend face masks. Asked about masks on Friday, he said: "They are a complement, not a substitute, for staying at home."

The National Chamber of the Restaurant Industry (CANIRAC) said the closures would be devastating for its members. "Thirteen thousand restaurants have already closed permanently in the capital this year. Many more will not open again in January," the chamber said in a statement.

Gabriela Torres, a nurse at a public hospital in the Iztapalapa district, told El Universal that staff were exhausted. "We have been on the front line for nine months. People are out shopping and we are here watching patients die," the 36-year-old said.''',
        [
            ("We are at the most difficult", "Patricia Lozano"),
            ("balance health and the economy for", "Patricia Lozano"),
            ("The data leave no room for", "Jorge Salinas"),
            ("They are a complement, not a", "Jorge Salinas"),
            ("Thirteen thousand restaurants have already closed", "National Chamber of the Restaurant Industry"),
            ("We have been on the front", "Gabriela Torres"),
        ],
    ),

    # 27 -- Santiago quarantine: minister's two quotes around the cue, unnamed protester told radio,
    #       then protesters shouting, mayor, minister again ("he said"), epidemiologist told CNN Chile
    (
'''Chile's government on Friday ordered a total quarantine for the whole of the capital, Santiago, as the country recorded its highest daily number of new COVID-19 cases, days after residents of a poor district clashed with police in protests over food shortages.

"We are facing the most difficult days of this pandemic," Health Minister Rodrigo Fuentes said at La Moneda presidential palace. "Santiago must stop."

The quarantine, which affects around seven million people, begins on Friday night.

On Monday, residents of El Bosque, in the south of the city, set up barricades and threw stones at police, who responded with tear gas and water cannon. Many said they had lost their income because of earlier restrictions. "We are not afraid of the virus, we are afraid of hunger. Nobody from the government has come here with anything," one protester told Radio Bío-Bío.

"Hunger! Hunger!" the protesters shouted as police advanced.

The mayor of El Bosque, Claudia Reyes, said the municipality had distributed food to around 2,000 families but that demand far exceeded supply. "People here live day to day. If they do not work, they do not eat," Reyes said.

The government has announced it will deliver 2.5 million boxes of food to vulnerable families. Fuentes said the first deliveries would begin next week. "No family in Chile will go hungry," he said.

Epidemiologist Dr Catalina Rojas of the University of Chile told CNN Chile that the food programme was welcome but late. "Quarantine without economic support does not work in neighbourhoods where most people work informally. It was always going to end like this," she said.''',
        [
            ("We are facing the most difficult", "Rodrigo Fuentes"),
            ("Santiago must stop.", "Rodrigo Fuentes"),
            ("We are not afraid of the", "~protester"),
            ("Hunger! Hunger!", "~protesters"),
            ("People here live day to day.", "Claudia Reyes"),
            ("No family in Chile will go", "Rodrigo Fuentes"),
            ("Quarantine without economic support does not", "Catalina Rojas"),
        ],
    ),

    # 28 -- Lagos lockdown: commissioner, agency "wrote on Twitter" in two quotes,
    #       trader "said X" after quote, commissioner again (women in turn), association chairman
    (
'''Nigeria's largest city, Lagos, and the capital, Abuja, began a 14-day lockdown on Monday night, as the number of confirmed coronavirus cases in Africa's most populous country rose to 131.

Lagos State's commissioner for health, Dr Folake Adeyemi, told reporters the state was preparing for a sharp increase in cases. "We are expecting the numbers to go up, because we are testing more. That is not a reason to panic. It is a reason to stay at home," she said.

Adeyemi said the state had converted a sports stadium into a 110-bed isolation centre, and that more beds would be added in the coming weeks.

The Nigeria Centre for Disease Control (NCDC) warned people against taking chloroquine after several people were treated for poisoning in Lagos. "There is no evidence that chloroquine prevents or cures COVID-19," the agency wrote on Twitter. "Do not take medication that has not been prescribed by a doctor."

Traders at the city's markets said they feared for their livelihoods. "If I don't sell today, my family doesn't eat tomorrow. The government says stay at home, but who will feed us at home?" said Blessing Okonkwo, who sells peppers and tomatoes at Mile 12 market.

Asked about the concerns of informal workers, Adeyemi said the state government would distribute food packages to the most vulnerable households. "We will not abandon anybody," she said.

The chairman of the Nigerian Medical Association's Lagos branch, Dr Tunde Bakare, told Channels Television that doctors lacked protective equipment. "We cannot ask our members to go into battle without armour," he said.''',
        [
            ("We are expecting the numbers to", "Folake Adeyemi"),
            ("There is no evidence that chloroquine", "Nigeria Centre for Disease Control"),
            ("Do not take medication that has", "Nigeria Centre for Disease Control"),
            ("If I don't sell today, my", "Blessing Okonkwo"),
            ("We will not abandon anybody,", "Folake Adeyemi"),
            ("We cannot ask our members to", "Tunde Bakare"),
        ],
    ),

    # 29 -- Lisbon hospitals overwhelmed: doctor "said Dr X" after quote, minister told RTP,
    #       armed forces spokesperson, nurses' leader, epidemiologist told Público, taxi driver
    (
'''Ambulances queued for hours outside Lisbon's largest hospital on Wednesday as Portugal, which now has the highest rate of new COVID-19 infections in the world relative to its population, struggled to cope with a surge of patients.

"We have never seen anything like this. At one point last night there were more than 40 ambulances waiting outside, each with a patient who needed oxygen," said Dr Rui Almeida, director of the emergency department at Santa Maria hospital.

Health Minister Isabel Correia said the government had asked other European countries for help. "We are in a very serious situation, and we are not ashamed to ask for help," she told public broadcaster RTP.

Germany has offered to send a team of 26 military doctors and nurses to Lisbon. "European solidarity must not be just a slogan," a spokesperson for the Bundeswehr told reporters in Berlin.

Sofia Mendes, president of the country's largest nurses' association, said staff were at breaking point. "Many of them have not had a day off since November," Mendes said.

The surge followed a relaxation of restrictions over Christmas. Professor Tiago Nunes, an epidemiologist at the University of Lisbon, said the government had been warned. "Christmas was the detonator," he told the newspaper Público. He added that the more contagious variant first detected in the United Kingdom now accounted for around a third of cases in the Lisbon region.

Joaquim Ferreira, a 63-year-old taxi driver whose wife spent eight hours in an ambulance before being admitted, said the paramedics had done their best. "They were wonderful, but they had nowhere to take her. Eight hours. I thought I would lose her in the car park," he said.''',
        [
            ("We have never seen anything like", "Rui Almeida"),
            ("We are in a very serious", "Isabel Correia"),
            ("European solidarity must not be just", "Bundeswehr"),
            ("Many of them have not had", "Sofia Mendes"),
            ("Christmas was the detonator,", "Tiago Nunes"),
            ("They were wonderful, but they had", "Joaquim Ferreira"),
        ],
    ),

    # 30 -- New York hospitals (curly quotes): doctor told NYT, Instagram video, commissioner,
    #       union statement in two parts around the cue, deli owner partial + full
    (
'''Refrigerated trucks have been parked outside hospitals across New York City to store the bodies of people who have died of COVID-19, as the city’s death toll from the outbreak passed 1,000 on Sunday.

At Elmhurst Hospital in Queens, doctors said 13 patients died in a single day last week.

“It’s apocalyptic. We have patients on ventilators in the emergency department because there is nowhere upstairs to put them,” Dr Nicole Barrett, an emergency medicine physician at the hospital, told The New York Times.

Barrett, 34, also posted a video on Instagram urging people to stay at home. “I don’t say this to scare you. I say it because I’m scared, and I want you to be scared enough to stay inside,” she said in the video.

New York City’s health commissioner, Dr Marcus Greene, told a press briefing that the city expected hospitalisations to peak in early April. “The next two weeks will be the hardest this city has faced in generations,” Greene said. He urged New Yorkers to cover their faces when going out.

The New York State Nurses Association said nurses were being asked to reuse single-use N95 masks for days at a time. “Our nurses are being put at risk every single shift,” the union said in a statement. “Some have already become sick. Some have died.”

Hector Ramírez, a 52-year-old deli owner in Jackson Heights, near the hospital, told NY1 he heard ambulance sirens “all day and all night”. “I’ve lived here thirty years and I’ve never heard the neighbourhood this quiet, except for the sirens,” he said.''',
        [
            ("It’s apocalyptic. We have patients on", "Nicole Barrett"),
            ("I don’t say this to scare", "Nicole Barrett"),
            ("The next two weeks will be", "Marcus Greene"),
            ("Our nurses are being put at", "New York State Nurses Association"),
            ("Some have already become sick. Some", "New York State Nurses Association"),
            ("all day and all night", "Hector Ramírez"),
            ("I’ve lived here thirty years and", "Hector Ramírez"),
        ],
    ),
]
STORIES_BF = [
    # 1 -- earthquake, eastern Turkey: agency statement in two quoted passages, governor with two passages,
    #      unnamed uncle quoted in the next paragraph with a pronoun, partial quote, "the deputy minister",
    #      described shopkeeper with a cue placed after the quote
    (
'''A magnitude 5.8 earthquake struck Turkey's eastern Bingöl Province early on Wednesday, killing at least eleven people and injuring more than 200, according to the country's Disaster and Emergency Management Authority (AFAD).

The quake hit at 4:12 a.m. local time at a depth of about ten kilometres, with its epicentre close to the district of Genç. Dozens of houses collapsed in villages in the surrounding hills, and the tremor was felt as far away as Diyarbakır and Erzurum.

"Search and rescue teams reached all of the affected villages within two hours," AFAD said in a statement. "Eleven of our citizens have lost their lives, and 214 are being treated in hospitals in Bingöl, Elazığ and Muş."

Provincial governor Kadir Ekinci told reporters in Genç that most of the damage was to older houses. "The new buildings are standing. The old stone and mud-brick houses in the villages are the ones that collapsed," he said. "We have set up 1,500 tents and there will be more by the evening."

State broadcaster TRT showed footage of rescuers pulling a young girl from the rubble of a two-storey house in the village of Sarıçiçek. Her uncle, who did not give his name, told the broadcaster the family had been asleep when the shaking began.

"The whole wall came down on top of them. We dug with our hands until the soldiers came," he said.

Osman Aydemir, a deputy interior minister who flew to the region, described the response as "fast and coordinated" but warned that aftershocks could bring down buildings that had already been weakened. "People should not go back into damaged homes, not even to collect their belongings," the deputy minister said.

The Kandilli Observatory in Istanbul recorded more than 80 aftershocks by midday, the strongest measuring 4.6. The observatory's director, Cemil Arslan, told the Anadolu Agency that the sequence was "within normal expectations" for a fault of that size.

Residents of Genç spent the night outdoors despite near-freezing temperatures. "Nobody wants to sleep indoors tonight," said one shopkeeper, warming his hands over a fire in the town square. "My shop is fine but my heart is not."''',
        [
            ("Search and rescue teams reached all", "Disaster and Emergency Management Authority"),
            ("Eleven of our citizens have lost", "Disaster and Emergency Management Authority"),
            ("The new buildings are standing. The", "Kadir Ekinci"),
            ("We have set up 1,500 tents", "Kadir Ekinci"),
            ("The whole wall came down on", "~uncle"),
            ("fast and coordinated", "Osman Aydemir"),
            ("People should not go back into", "Osman Aydemir"),
            ("within normal expectations", "Cemil Arslan"),
            ("Nobody wants to sleep indoors tonight", "~shopkeeper"),
            ("My shop is fine but my", "~shopkeeper"),
        ],
    ),
    # 2 -- floods, Jakarta (curly quotes): spokesman with two passages, agency statement, two women quoted in turn,
    #      partial quote, "he explained" in its own paragraph, a quote running over two paragraphs
    (
'''Floods caused by torrential overnight rain have killed at least 16 people in and around the Indonesian capital Jakarta, the National Disaster Management Agency (BNPB) said on Thursday, as rescuers in rubber boats continued to evacuate residents from submerged neighbourhoods.

More than 30,000 people have been moved to temporary shelters in schools, mosques and government offices, the agency said. “Most of the victims drowned or were electrocuted, and two were killed by landslides in Bogor,” BNPB spokesman Bambang Setiadi told reporters at the agency’s headquarters. “The water is going down in central Jakarta, but in Bekasi it is still rising.”

The Meteorology, Climatology and Geophysics Agency (BMKG) said the 351 millimetres of rain recorded at one station in East Jakarta over 24 hours was among the highest ever measured in the city. It warned that more heavy rain was expected until the middle of the month. “The public should remain alert, especially those living along rivers and on steep slopes,” the agency said in a statement.

In Bekasi’s Jatiasih neighbourhood, where water reached the roofs of single-storey houses, Siti Rahayu, 42, waited on a footbridge with her three children. “We heard the water coming at two in the morning. By three it was at my chest,” she said.

Her neighbour, Dewi Kartika, said the family had lost almost everything. “Our motorbike, our fridge, the children’s school books, all of it is under the water,” she told Kompas TV. “We have been waiting since morning for a boat. Nobody has come to our street.”

The head of Jakarta’s water resources agency, Teguh Santoso, defended the city’s flood defences, saying pumps had been running “at full capacity since midnight”. He said the real problem was water flowing down from the hills to the south.

“We can pump out what falls on Jakarta. What we cannot control is what comes down the Ciliwung from Bogor,” he explained.

Critics were not convinced. Rina Hapsari, an urban planner at the University of Indonesia, said the city had failed for years to clear illegal buildings from riverbanks and to protect its remaining catchment areas.

“Every year we hear the same explanation. Every year the government says the rain was extraordinary.

“The truth is that Jakarta has built over its green spaces and its rivers have become narrower. Until that changes, we will keep counting the dead every January,” she said.''',
        [
            ("Most of the victims drowned or were", "Bambang Setiadi"),
            ("The water is going down in", "Bambang Setiadi"),
            ("The public should remain alert, especially", "Meteorology, Climatology and Geophysics Agency"),
            ("We heard the water coming at", "Siti Rahayu"),
            ("Our motorbike, our fridge, the children’s", "Dewi Kartika"),
            ("We have been waiting since morning", "Dewi Kartika"),
            ("at full capacity since midnight", "Teguh Santoso"),
            ("We can pump out what falls", "Teguh Santoso"),
            ("Every year we hear the same", "Rina Hapsari"),
            ("The truth is that Jakarta has", "Rina Hapsari"),
        ],
    ),
    # 3 -- plane crash, Kazakhstan: aviation committee statement in two passages, airline partial + full quote,
    #      described farmer "told Reuters" with the full quote in the next paragraph, "asked ... he replied:",
    #      survivor quoted via a news website
    (
'''An Antonov An-24 passenger aircraft operated by regional carrier Saryarka Air crashed shortly after take-off from Aktobe in western Kazakhstan on Monday morning, killing nine of the 43 people on board, the country's Civil Aviation Committee said.

Flight 217 to Atyrau came down in a snow-covered field about two kilometres beyond the end of the runway at 7:40 a.m. local time. The aircraft broke into three pieces but did not catch fire, which officials said had saved many lives.

"The crew reported a loss of power in the left engine seconds after lifting off and attempted to return to the airport," the committee said in a statement. "Contact was lost at an altitude of approximately 150 metres."

Saryarka Air said it was "deeply shocked" and had suspended flights of its two remaining An-24s pending inspection. "Our thoughts are with the families of those who died, and we are cooperating fully with the investigation," the airline said.

A farmer who saw the crash from his tractor told Reuters the plane was flying very low and "making a strange noise, like a car that will not start".

"It turned to the left, then the wing touched the ground and it spun around. There was snow everywhere," he said.

Yerlan Sultanov, the deputy minister who chairs the government commission investigating the crash, spoke to reporters at the site on Monday afternoon. Asked whether the age of the aircraft, which was built in 1979, had played a role, he replied: "It is too early to say. The plane had a valid certificate of airworthiness and passed its last inspection in November."

Among the survivors was Aigerim Bekova, 27, who was seated near the back of the cabin. Speaking by phone from hospital to the news website Tengrinews, she said she had escaped with a broken wrist. "I closed my eyes and held the seat in front of me. When I opened them, there was a hole in the side and people were climbing out," she said.

Kazakhstan's government declared Tuesday a day of national mourning, and flags on public buildings in Aktobe were lowered to half-mast.''',
        [
            ("The crew reported a loss of", "Civil Aviation Committee"),
            ("Contact was lost at an altitude", "Civil Aviation Committee"),
            ("deeply shocked", "Saryarka Air"),
            ("Our thoughts are with the families", "Saryarka Air"),
            ("making a strange noise, like a", "~farmer"),
            ("It turned to the left, then", "~farmer"),
            ("It is too early to say.", "Yerlan Sultanov"),
            ("I closed my eyes and held", "Aigerim Bekova"),
        ],
    ),
    # 4 -- train derailment, Pakistan: spokesman named with title before cue, official "told Dawn" partial quote,
    #      surname reference, anonymous official, passenger with split passages, politician "wrote on Twitter"
    (
'''At least 14 people were killed and more than 60 injured when eight carriages of a passenger train derailed near Rohri in Pakistan's Sindh province early on Friday, officials said.

The Sindh Valley Express was travelling from Lahore to Karachi with about 700 passengers on board when the accident happened at around 3:30 a.m. Local people were the first to reach the scene, using torches and mobile phones to search the wreckage until rescue teams arrived.

"The engine and the first four coaches passed safely, but the eight coaches behind them left the track on a curve," Pakistan Railways spokesman Nadeem Akhtar said. "Three of them overturned into a ditch."

The railway's divisional superintendent in Sukkur, Asif Raza, told Dawn newspaper that a broken rail was the "most likely" cause. He said the section had been scheduled for replacement in March.

"We had identified this stretch as weak. The new rails were ordered last year," Raza said, adding that a committee had been formed to investigate.

A senior official of the district administration, speaking on condition of anonymity, said the toll could rise. "Some passengers are still trapped in the overturned coaches and we are cutting them out with gas cutters," the official said.

Passenger Muhammad Tariq, who was travelling with his wife and two daughters to a wedding in Hyderabad, was in the ninth coach. "There was a loud bang and then the carriage was on its side. My wife was underneath me," he said from his hospital bed in Sukkur. "Thank God we are all alive."

Opposition politicians criticised the federal government over the state of the railways, which have suffered a series of deadly accidents in recent years. Nadia Qureshi, a member of the Sindh Assembly, wrote on Twitter that the derailment was "not an act of God but an act of negligence".

Train services between Sukkur and Karachi were suspended while cranes removed the wreckage, and several trains were diverted through Nawabshah.''',
        [
            ("The engine and the first four", "Nadeem Akhtar"),
            ("Three of them overturned into a", "Nadeem Akhtar"),
            ("most likely", "Asif Raza"),
            ("We had identified this stretch as", "Asif Raza"),
            ("Some passengers are still trapped in", "~official"),
            ("There was a loud bang and", "Muhammad Tariq"),
            ("Thank God we are all alive", "Muhammad Tariq"),
            ("not an act of God but", "Nadia Qureshi"),
        ],
    ),
    # 5 -- factory fire, Delhi (curly quotes): fire officer with long title, police officer "told the ANI news agency",
    #      unnamed worker whose second quote stands alone in the next paragraph, government statement,
    #      activist partial quote followed by full quote
    (
'''At least 23 workers were killed when a fire broke out in a four-storey building housing small factories in north Delhi’s Bawana industrial area before dawn on Sunday, officials said.

Most of the victims were migrant labourers from Bihar and Uttar Pradesh who slept inside the workshops, where school bags and plastic toys were made. Many died of smoke inhalation, according to police.

“We received the call at 5:22 a.m. and the first tenders were there within fifteen minutes,” Deputy Chief Fire Officer Sunil Chaudhary of the Delhi Fire Service told reporters. “The staircase was full of stored material, so our men had to break through the walls of the neighbouring building to reach the people inside.”

He said 31 fire tenders had been used and 57 people rescued. The building had no fire safety clearance, he added.

Deputy Commissioner of Police Meena Rawat said the owner of the building had been arrested. “He has been booked for culpable homicide not amounting to murder. We are also looking for the manager, who ran away,” Rawat told the ANI news agency.

A worker who escaped from the second floor, his arms bandaged, told reporters outside Lok Nayak Hospital that he had jumped from a window. “Everybody was shouting, nobody could see anything. I broke the glass with my elbow,” he said.

“My cousin was sleeping next to me. I don’t know where he is.”

The Delhi government announced compensation of ₹10 lakh for the family of each victim and ordered a magisterial inquiry. “This is a tragedy that should never have happened, and those responsible will not be spared,” the government said in a statement.

Ritu Sharma of the Delhi Workers’ Forum, a labour rights group, described the city’s unlicensed factories as “death traps”. “Every few months there is another fire, another list of names, another inquiry. The owners pay a fine and open again,” she said.''',
        [
            ("We received the call at 5:22", "Sunil Chaudhary"),
            ("The staircase was full of stored", "Sunil Chaudhary"),
            ("He has been booked for culpable", "Meena Rawat"),
            ("Everybody was shouting, nobody could see", "~worker"),
            ("My cousin was sleeping next to", "~worker"),
            ("This is a tragedy that should", "Delhi government"),
            ("death traps", "Ritu Sharma"),
            ("Every few months there is another", "Ritu Sharma"),
        ],
    ),
    # 6 -- coal mine explosion, Colombia: agency statement, mayor "told Caracol Radio", rescue captain with
    #      "Ortiz explained", spokesperson for a government body (partial quote), widow with two passages
    (
'''Eleven miners were killed in a methane explosion at an underground coal mine in the Colombian department of Cundinamarca on Tuesday, the National Mining Agency (ANM) said.

The blast happened at about 11:30 a.m. local time roughly 400 metres inside the El Roble mine near the town of Tausa, north of Bogotá. Two miners who were working closer to the entrance were rescued alive and taken to hospital in Zipaquirá.

"The accumulation of gas inside the tunnel caused the explosion. Our rescue teams worked through the night in very difficult conditions," the agency said in a statement on Wednesday.

Tausa's mayor, Jorge Eliécer Pinzón, told Caracol Radio that the town was in mourning. "Almost every family here has someone who works in the mines. Today eleven families lost a father or a son," he said.

The head of the rescue operation, Captain Luis Fernando Ortiz, said his team had faced high concentrations of carbon monoxide. "We had to advance metre by metre, measuring the air constantly," Ortiz explained. "The last bodies were recovered at four in the morning."

A spokesperson for the Cundinamarca departmental government said the mine held a valid licence but had been "warned twice" in the past year about its ventilation system.

Outside the mine entrance, relatives had waited through the night wrapped in blankets. Marta Lucía Cárdenas, whose husband was among the dead, said he had complained about the gas. "He told me last week that the detectors were not working and that nobody wanted to hear about it," she said. "Now who is going to listen?"

Cundinamarca is one of Colombia's main coal-producing regions, and accidents in its small, often informal mines are frequent. According to the ANM, 72 people died in mining accidents in the country last year.''',
        [
            ("The accumulation of gas inside the", "National Mining Agency"),
            ("Almost every family here has someone", "Jorge Eliécer Pinzón"),
            ("We had to advance metre by", "Luis Fernando Ortiz"),
            ("The last bodies were recovered at", "Luis Fernando Ortiz"),
            ("warned twice", "Cundinamarca departmental government"),
            ("He told me last week that", "Marta Lucía Cárdenas"),
            ("Now who is going to listen", "Marta Lucía Cárdenas"),
        ],
    ),
    # 7 -- cyclone, Odisha: relief commissioner with two passages, met department partial quote,
    #      unnamed fisherman, "said NDRF commandant X" (cue before the name), plural described officials
    (
'''Cyclone Tarini made landfall near the town of Gopalpur on the coast of the Indian state of Odisha on Saturday afternoon with winds of up to 165 kilometres per hour, uprooting trees and power lines and flooding low-lying villages. At least six people were killed, state officials said.

More than 900,000 people had been moved to about 4,000 cyclone shelters ahead of the storm, according to the state government. Odisha's evacuation system, built up after a super cyclone killed nearly 10,000 people in the state in 1999, has been praised by the United Nations as a model for other countries.

"Our target was zero casualties, and we came close," Odisha's Special Relief Commissioner Manoranjan Das told a press conference in Bhubaneswar. "Four of the deaths were caused by falling trees and two by collapsed walls."

The India Meteorological Department (IMD) said the storm would weaken as it moved north-east towards West Bengal, but warned of "extremely heavy rainfall" in several coastal districts over the next 24 hours.

In a fishing village near Gopalpur, a fisherman who had spent the night in a concrete shelter with his family returned to find his thatched house flattened. "The sea came up to the road. Our boats are broken, the nets are gone," he said. "The government saved our lives. Now who will save our livelihood?"

Teams of the National Disaster Response Force (NDRF) were clearing roads blocked by fallen trees. "We have 44 teams on the ground, each with tree cutters and inflatable boats," said NDRF commandant Rajesh Kumar Singh.

Officials at the state power utility said electricity would take "at least a week" to restore in the worst-hit parts of Ganjam district, where thousands of poles were knocked down. Mobile phone networks were also disrupted across much of the coast.''',
        [
            ("Our target was zero casualties, and", "Manoranjan Das"),
            ("Four of the deaths were caused", "Manoranjan Das"),
            ("extremely heavy rainfall", "India Meteorological Department"),
            ("The sea came up to the", "~fisherman"),
            ("The government saved our lives. Now", "~fisherman"),
            ("We have 44 teams on the", "Rajesh Kumar Singh"),
            ("at least a week", "~officials"),
        ],
    ),
    # 8 -- tornado, Tennessee (curly quotes): meteorologist, mayor named after the quote, agency partial quote,
    #      two men quoted in turn, "the 45-year-old", "Asked ..., Reeves replied:"
    (
'''A tornado tore through the west Tennessee city of Dyersburg late on Tuesday night, killing four people, destroying dozens of homes and ripping the roof off a high school gymnasium, officials said.

The National Weather Service (NWS) said a preliminary survey had found damage consistent with an EF-3 tornado, with peak winds of about 150 miles per hour, along a path roughly eleven miles long.

“The warning went out fourteen minutes before the tornado reached the city, which is good lead time for a night-time event,” NWS meteorologist Kevin Landry said. “But at eleven at night a lot of people are asleep, and that is what worries us most.”

“We have lost four of our neighbours tonight,” Dyer County Mayor Carl Winstead told WREG-TV early on Wednesday. “Our first responders went door to door in the dark, in the rain, and I could not be prouder of them.”

The Tennessee Emergency Management Agency said in a statement that 37 homes had been destroyed and another 120 damaged. It urged residents to stay away from downed power lines and to “let crews do their work”.

Resident Darnell Hughes, 61, rode out the storm in a bathtub with his wife. “I heard it coming like a train, and then the windows went,” Hughes said. “When we climbed out, there was no second floor.”

His neighbour across the street, Tommy Reeves, 45, was less lucky: his mobile home was thrown into a field, and he suffered a broken collarbone. “I don’t remember flying. I remember waking up in the mud, hearing my dog bark,” the 45-year-old told reporters outside the hospital.

Asked whether he would rebuild, Reeves replied: “Where else would I go? This is home.”

Schools in Dyer County were closed for the rest of the week, and the American Red Cross opened a shelter at a church on the edge of the city.''',
        [
            ("The warning went out fourteen minutes", "Kevin Landry"),
            ("But at eleven at night a", "Kevin Landry"),
            ("We have lost four of our", "Carl Winstead"),
            ("Our first responders went door to", "Carl Winstead"),
            ("let crews do their work", "Tennessee Emergency Management Agency"),
            ("I heard it coming like a", "Darnell Hughes"),
            ("When we climbed out, there was", "Darnell Hughes"),
            ("I don’t remember flying. I remember", "Tommy Reeves"),
            ("Where else would I go? This", "Tommy Reeves"),
        ],
    ),
    # 9 -- ferry capsize, Bangladesh: fire service official, police superintendent "told the state-run ... agency",
    #      transport authority statement, survivor with two passages, named sister who says nothing,
    #      unnamed man on the riverbank
    (
'''At least 26 people died when an overcrowded passenger launch capsized after colliding with a sand-laden cargo vessel on the Padma river in central Bangladesh on Wednesday morning, officials said. Dozens more were missing.

The launch, the MV Sonar Tori, was carrying an estimated 120 passengers from Shariatpur to Munshiganj when it was struck on its side in thick fog shortly after 8 a.m. Divers from the Fire Service and Civil Defence recovered 19 bodies from the sunken hull by the afternoon.

"The launch sank within a minute. Many passengers were in the lower deck and could not get out," Fire Service official Abdul Mannan told reporters on the riverbank.

The district police superintendent, Rafiqul Islam, said the master of the cargo vessel had been detained. "He tried to flee in a speedboat but local people stopped him and handed him over," Islam told the state-run Bangladesh Sangbad Sangstha news agency.

The Bangladesh Inland Water Transport Authority (BIWTA) said the launch had been licensed to carry 85 passengers. "A three-member committee has been asked to submit its report within seven working days," the authority said.

Survivor Shahnaz Begum, 35, said she had been sitting on the upper deck with her son. "People were screaming. I held my boy and jumped," she said. "A fisherman pulled us into his boat. I could not see my sister."

Her sister, Rokeya, 28, was among those still missing late on Wednesday.

On the riverbank, a man searching for his brother accused the authorities of ignoring overcrowding. "Every Eid, every holiday, they pack these launches like cattle. Everyone knows, and nobody does anything," he said.

Hundreds of people gathered along the bank as the bodies were brought ashore and laid out under a tent for identification.''',
        [
            ("The launch sank within a minute.", "Abdul Mannan"),
            ("He tried to flee in a", "Rafiqul Islam"),
            ("A three-member committee has been asked", "Bangladesh Inland Water Transport Authority"),
            ("People were screaming. I held my", "Shahnaz Begum"),
            ("A fisherman pulled us into his", "Shahnaz Begum"),
            ("Every Eid, every holiday, they pack", "~man"),
        ],
    ),
    # 10 -- gas explosion, apartment block, Russia: ministry statement, committee spokeswoman cited via TASS,
    #       city official "told RIA Novosti" with full and partial quotes, woman named by first name only,
    #       "she added", unnamed rescuer speaking to state television
    (
'''A gas explosion caused part of a nine-storey apartment building to collapse in the Russian city of Orenburg on Saturday morning, killing at least seven people, Russia's Emergencies Ministry said.

The blast, at about 6:40 a.m. local time, destroyed two entrances of the Soviet-era block, bringing down the floors from the fourth to the ninth. Rescuers pulled five people alive from the rubble during the day as temperatures dropped to minus 15 degrees Celsius.

"Work is continuing around the clock. We are using thermal imagers and dogs to locate people who may still be alive under the debris," the ministry said in a statement. It said 12 residents were still unaccounted for.

Russia's Investigative Committee said it had opened a criminal case on charges of providing services that do not meet safety requirements. Investigators were examining "all possible versions, including the illegal connection of gas equipment", a committee spokeswoman said, according to the TASS news agency.

The head of the city administration, Viktor Gubin, told RIA Novosti that the building's gas system had been checked recently. "The building was inspected in October and no violations were found," Gubin said. He promised that families who had lost their flats would be rehoused "before the new year".

A woman living in the neighbouring entrance, who gave only her first name, Lyudmila, described being thrown out of bed by the blast. "I thought it was a war. The door flew off and the whole room was full of white dust," she told local television.

"My neighbours on the seventh floor, an old couple, I have not seen them," she added.

One rescuer, speaking to Russian state television, said a baby had been found alive in a cot after eleven hours under the rubble. "It is a miracle, there is no other word. The cot was protected by a wall that did not fall," he said.''',
        [
            ("Work is continuing around the clock.", "Emergencies Ministry"),
            ("all possible versions, including the illegal", "Investigative Committee"),
            ("The building was inspected in October", "Viktor Gubin"),
            ("before the new year", "Viktor Gubin"),
            ("I thought it was a war.", "Lyudmila"),
            ("My neighbours on the seventh floor,", "Lyudmila"),
            ("It is a miracle, there is", "~rescuer"),
        ],
    ),
    # 11 -- head-on train collision, Egypt (curly quotes): rail operator statement on Facebook, ministry spokesman,
    #       prosecution partial quote in a statement, described vegetable seller "told ... newspaper",
    #       student passenger with two passages, "he replied," with quote after
    (
'''Two passenger trains collided head-on near the city of Tanta in Egypt’s Nile Delta on Monday evening, killing at least 17 people and injuring 83, the Ministry of Health said.

The collision happened at about 7:15 p.m. on a single-track section between Tanta and Kafr El-Zayat, according to Egyptian National Railways (ENR). Television footage showed the crushed front carriages of both trains lying across the tracks as rescuers used cranes to lift them.

“A signalling error is suspected. One of the trains should have been held at the station in Kafr El-Zayat,” ENR said in a statement posted on its Facebook page.

Health ministry spokesman Khaled Mansour said 64 ambulances had been sent to the scene. “The injured have been distributed among four hospitals in Tanta and Kafr El-Zayat. Most are in a stable condition, but eleven are in intensive care,” Mansour said.

The Public Prosecution said it had ordered the arrest of the signal operator and two station officials. In a statement, it said investigators would examine recordings from the control room and “the communications between the two drivers and the stations”.

A vegetable seller at a market next to the track said he heard the crash from a hundred metres away. “It was like a bomb. Then the screaming started,” he told the Al-Masry Al-Youm newspaper. “We ran with the people from the market and we carried out who we could.”

Passenger Hoda Abdel Rahman, a university student returning from Cairo, was in the third carriage of the northbound train. “I was standing near the door. I flew to the other side of the carriage,” she said. “My arm is broken but I am alive, praise God.”

Mansour later told reporters that the death toll was likely to rise. Asked whether any foreigners were among the victims, he replied, “Not according to the information we have now.”''',
        [
            ("A signalling error is suspected. One", "Egyptian National Railways"),
            ("The injured have been distributed among", "Khaled Mansour"),
            ("the communications between the two drivers", "Public Prosecution"),
            ("It was like a bomb. Then", "~seller"),
            ("We ran with the people from", "~seller"),
            ("I was standing near the door.", "Hoda Abdel Rahman"),
            ("My arm is broken but I", "Hoda Abdel Rahman"),
            ("Not according to the information we", "Khaled Mansour"),
        ],
    ),
    # 12 -- landslide, Nepal: district officer by telephone, ward chairperson "told the Kathmandu Post",
    #       army statement on Twitter, a survivor's quote running over two paragraphs with the cue only at the end,
    #       described ministry official partial quote
    (
'''A landslide triggered by days of heavy monsoon rain buried a village in Nepal's Sindhupalchok district early on Friday, leaving at least 12 people dead and 21 missing, officials said.

The landslide struck at about 2 a.m. in Bhotang village in the Panchpokhari Thangpal rural municipality, around 80 kilometres north-east of Kathmandu, sweeping away houses built on a steep slope above a river.

"Rescue teams from the Nepal Army, Nepal Police and Armed Police Force have reached the site on foot, because the road is blocked in three places," Chief District Officer Bishnu Prasad Adhikari said by telephone. "Helicopters could not fly this morning because of the clouds."

The ward chairperson, Pasang Tamang, told the Kathmandu Post that 37 houses had been swept away. "The whole hillside came down on the village while people were sleeping. There was no time to run," he said.

"Search operations will continue as long as there is any chance of finding survivors," the Nepal Army said on Twitter, adding that it had deployed 150 soldiers and two sniffer dogs.

Lhakpa Dorje Sherpa, 52, whose house at the edge of the village was spared, described the moment the landslide struck.

"I woke up because the dogs were barking and then I heard a sound like thunder that did not stop. I went out with a torch and the houses below mine were gone.

"My brother's family lived there. We have found my niece but not the others," he said.

According to the Ministry of Home Affairs, monsoon-related floods and landslides have killed more than 200 people across Nepal since mid-June. A ministry official warned that "more than 1,000 settlements" in hill districts were at high risk and might need to be relocated.''',
        [
            ("Rescue teams from the Nepal Army,", "Bishnu Prasad Adhikari"),
            ("Helicopters could not fly this morning", "Bishnu Prasad Adhikari"),
            ("The whole hillside came down on", "Pasang Tamang"),
            ("Search operations will continue as long", "Nepal Army"),
            ("I woke up because the dogs", "Lhakpa Dorje Sherpa"),
            ("My brother's family lived there. We", "Lhakpa Dorje Sherpa"),
            ("more than 1,000 settlements", "~official"),
        ],
    ),
    # 13 -- floatplane crash, Alaska: Coast Guard spokesperson with rank, NTSB investigator (full quote, then
    #       partial after "cautioned against"), company statement naming the dead pilot (not a speaker),
    #       described fisherman "told the Ketchikan Daily News", mayor "wrote" in a Facebook post
    (
'''A de Havilland Beaver floatplane carrying sightseeing passengers crashed into a forested hillside near Ketchikan, Alaska, on Thursday afternoon, killing the pilot and three passengers and injuring two others, authorities said.

The aircraft, operated by the local company Tongass Air Tours, had taken off from the Ketchikan waterfront for a tour of Misty Fjords National Monument. It went down about eight miles north-east of the city at around 2:30 p.m., in low cloud and light rain.

"The U.S. Coast Guard located the wreckage at 3:45 and lowered a rescue swimmer through the trees," Coast Guard spokesperson Petty Officer Jenna Morales said. "Two survivors were hoisted into the helicopter and flown to the hospital in Ketchikan."

The National Transportation Safety Board (NTSB) sent a team of investigators to the scene. "Our job is to understand not only what happened but why it happened, so that it does not happen again," investigator-in-charge Daniel Fletcher said at a briefing on Friday. He said a preliminary report would be released within 30 days, and cautioned against "speculation about the weather".

Tongass Air Tours said in a statement that it had grounded its fleet. "We are heartbroken. Our pilot, Ray Sorensen, had flown these routes for more than twenty years and was loved by everyone who worked with him," the company said.

A fisherman who was anchored in a nearby cove told the Ketchikan Daily News he saw the plane flying low under the clouds. "It went into the fog and I heard the engine change, and then nothing," he said.

In a post on Facebook, Ketchikan Gateway Borough Mayor Anne Kowalski wrote: "Our whole community is grieving tonight. Please keep the families in your prayers."

It was the second fatal floatplane accident in southeast Alaska this summer.''',
        [
            ("The U.S. Coast Guard located the", "Jenna Morales"),
            ("Two survivors were hoisted into the", "Jenna Morales"),
            ("Our job is to understand not", "Daniel Fletcher"),
            ("speculation about the weather", "Daniel Fletcher"),
            ("We are heartbroken. Our pilot, Ray", "Tongass Air Tours"),
            ("It went into the fog and", "~fisherman"),
            ("Our whole community is grieving tonight.", "Anne Kowalski"),
        ],
    ),
    # 14 -- bushfire, New South Wales (curly quotes): fire service spokeswoman with "Thorpe added",
    #       Bureau of Meteorology partial quote, father and son quoted in turn, son's partial quote,
    #       unnamed volunteer firefighter
    (
'''A fast-moving bushfire destroyed at least 34 homes in and around the village of Nerriga in southern New South Wales on Saturday, as temperatures above 40 degrees Celsius and gusty winds fanned dozens of fires across the state.

The NSW Rural Fire Service (RFS) said more than 2,300 firefighters were in the field. “Conditions today were as bad as we have seen this season. The fire jumped containment lines in several places and there was nothing crews could do to stop it,” RFS spokeswoman Anika Thorpe told reporters in Sydney.

She said no deaths had been reported, but two firefighters had been treated for burns. “We are very, very lucky that people heeded the warnings and left early,” Thorpe added.

The Bureau of Meteorology warned that a southerly change expected on Sunday evening would bring “dangerous wind shifts” but little rain.

Nerriga resident Graham Pike, 68, stayed to defend his property with his son. “We had the pumps going, the gutters full of water, and still the embers came through like snow,” Pike said. “We saved the house. The shed, the car and the sheep are gone.”

His son, Lachlan Pike, 39, said the fire front had passed in “about twenty minutes”, leaving the paddocks around the house black and smoking.

A volunteer firefighter from a neighbouring brigade, his face black with soot, said crews had been working for 18 hours straight. “We lost count of the houses. You save one and the next one goes,” he said.

Roads into the area remained closed on Sunday morning, and evacuation centres in Braidwood and Nowra were housing several hundred people. The fire had burnt through more than 40,000 hectares of bush and farmland since it started after a lightning strike earlier in the week.''',
        [
            ("Conditions today were as bad as", "Anika Thorpe"),
            ("We are very, very lucky that", "Anika Thorpe"),
            ("dangerous wind shifts", "Bureau of Meteorology"),
            ("We had the pumps going, the", "Graham Pike"),
            ("We saved the house. The shed,", "Graham Pike"),
            ("about twenty minutes", "Lachlan Pike"),
            ("We lost count of the houses.", "~firefighter"),
        ],
    ),
    # 15 -- earthquake, Peru: seismologist "explained on state television", civil defence institute on Twitter,
    #       mayor quoted after "said:" and later "told the Andina news agency", unnamed tourist guide
    (
'''A magnitude 6.1 earthquake struck southern Peru on Sunday evening, killing at least five people and damaging hundreds of adobe homes in the Arequipa region, the country's National Civil Defence Institute (INDECI) said.

The Geophysical Institute of Peru (IGP) located the epicentre 25 kilometres south of the town of Chivay in the Colca valley, at a depth of 12 kilometres. The tremor was felt strongly in the city of Arequipa, 160 kilometres away, where people ran into the streets.

"It was a shallow earthquake on a crustal fault, which is why the shaking was so intense near the epicentre," IGP seismologist Carmen Quispe explained on state television. "We expect aftershocks for several weeks."

According to INDECI, 312 homes were destroyed or left uninhabitable, and a colonial-era church in the village of Yanque lost its bell tower. "Humanitarian aid, including tents, blankets and food, is on its way from Arequipa and Lima," the institute said on Twitter.

The mayor of Chivay, Wilber Condori, said: "Most of the dead are elderly people who were at home when their walls fell. The young people were out in the fields or at the market."

Condori asked the central government to declare a state of emergency in the province. "We do not have the machines or the money to do this alone," he told the Andina news agency.

In Yanque, a tourist guide described helping to carry an injured woman out of a house. "The dust was so thick you could not breathe. She was calling for her grandson," the guide said. The boy was later found unharmed at a neighbour's house.

The Colca valley is one of Peru's most visited tourist areas, and the regional tourism office said all foreign visitors in the area had been accounted for.''',
        [
            ("It was a shallow earthquake on", "Carmen Quispe"),
            ("We expect aftershocks for several weeks", "Carmen Quispe"),
            ("Humanitarian aid, including tents, blankets and", "National Civil Defence Institute"),
            ("Most of the dead are elderly", "Wilber Condori"),
            ("We do not have the machines", "Wilber Condori"),
            ("The dust was so thick you", "~guide"),
        ],
    ),
    # 16 -- chemical plant explosion, China (curly quotes): state news agency as speaker (partial quote),
    #       city bureau notice in two passages, ministry partial quote, worker via Beijing News,
    #       resident named only by surname, mayor partial quote at a press conference
    (
'''An explosion at a chemical plant in eastern China’s Shandong province killed at least nine people and injured 32 on Thursday afternoon, state media reported.

The blast occurred at about 3 p.m. in a workshop of Shandong Huaxin Chemical, a company producing pesticide intermediates in an industrial park on the outskirts of Weifang. The official Xinhua news agency said the explosion had “shattered windows up to two kilometres away”.

“The fire has been extinguished and the search of the site has been completed,” the Weifang emergency management bureau said in a notice published on its website late on Thursday. “The cause of the accident is under investigation.”

The Ministry of Emergency Management said it had sent a working group to the site and ordered inspections of chemical plants across the province. In a statement, the ministry said local authorities must “draw profound lessons” from the accident.

A worker at a neighbouring factory told the Beijing News that he felt the ground shake. “At first I thought it was an earthquake. Then we saw the black smoke and everybody ran towards the gate,” he said.

The company had been fined in 2018 for failing to store raw materials properly, according to records on the local environmental bureau’s website. Its chairman and two managers had been taken into police custody, the Global Times reported.

A resident living about a kilometre from the plant, surnamed Wang, said people had complained about chemical smells from the park for years. “We always said something would happen one day. The government told us the plants were safe,” Wang told Agence France-Presse by telephone. “Now my daughter is afraid to go to school.”

At a press conference late on Thursday, Weifang’s mayor, Liu Jianguo, said all of the injured were “not in life-threatening condition” and that the city would pay for their treatment.''',
        [
            ("shattered windows up to two kilometres", "Xinhua"),
            ("The fire has been extinguished and", "Weifang emergency management bureau"),
            ("The cause of the accident is", "Weifang emergency management bureau"),
            ("draw profound lessons", "Ministry of Emergency Management"),
            ("At first I thought it was", "~worker"),
            ("We always said something would happen", "Wang"),
            ("Now my daughter is afraid to", "Wang"),
            ("not in life-threatening condition", "Liu Jianguo"),
        ],
    ),
    # 17 -- care home fire, Spain: "said the head of the regional fire brigade, X" (cue and title before the name),
    #       Guardia Civil via a spokesperson "told the Europa Press agency", operator partial quote,
    #       unnamed daughter of a named victim (the victim is not the speaker), mayor
    (
'''Four elderly residents died and 17 people were taken to hospital after a fire broke out overnight at a care home in the town of Lalín in the north-western Spanish region of Galicia, authorities said on Monday.

The fire started shortly after 1 a.m. in a laundry room on the ground floor and filled the two-storey building, which housed 58 residents, with smoke. Firefighters evacuated the residents, many of them in wheelchairs, to a nearby sports hall.

"Most of the residents were asleep and many could not walk, so each one had to be carried out," said the head of the regional fire brigade, Xosé Manuel Vázquez. "Without the quick reaction of the night staff, we would be talking about a much bigger tragedy."

The Guardia Civil said it had opened an investigation, but that there was no indication the fire had been started deliberately. "The first hypothesis points to an electrical fault in one of the industrial dryers," a spokesperson for the Guardia Civil told the Europa Press agency.

The regional government, the Xunta de Galicia, declared two days of official mourning. The home's operator, Residencias Atlántico, said in a statement that the building "complied with all fire safety regulations" and had passed an inspection in May.

But the daughter of one of the residents who died, 91-year-old Carmen Rey, questioned why only three staff members had been on duty for 58 residents. "Three people for all those old people, at night. What were they supposed to do?" she told El País. She described the staffing levels as "criminal".

The town's mayor, Paula Castro, said the town hall would find places for the surviving residents in other homes in the province. "The whole town is in shock. Everybody here knows someone who lived or worked in that home," Castro said.

Spain's care homes have faced growing scrutiny over staffing levels, and unions in Galicia called for protests outside the regional parliament later in the week.''',
        [
            ("Most of the residents were asleep", "Xosé Manuel Vázquez"),
            ("Without the quick reaction of the", "Xosé Manuel Vázquez"),
            ("The first hypothesis points to an", "Guardia Civil"),
            ("complied with all fire safety regulations", "Residencias Atlántico"),
            ("Three people for all those old", "~daughter"),
            ("criminal", "~daughter"),
            ("The whole town is in shock.", "Paula Castro"),
        ],
    ),
    # 18 -- rockfall at a gold mine, South Africa: company statement in two passages, chief executive,
    #       department spokesperson named (speaker is the person), union partial quote in a statement,
    #       unnamed brother "speaking to News24", pronoun cues
    (
'''Five mineworkers were killed on Tuesday when a seismic event caused a rockfall about 2.4 kilometres underground at a gold mine near Carletonville, west of Johannesburg, the mine's owner said.

The workers were part of a team installing roof supports in a stope at the Kromdraai Deep mine when the rock burst occurred. Rescue teams worked for more than ten hours to reach them.

"A seismic event of magnitude 2.1 occurred at 10:17 this morning, causing a fall of ground in the working area," Witwater Gold said in a statement. "Five of our colleagues were fatally injured. Two others were brought to surface and are receiving medical treatment."

The company's chief executive, Pieter Coetzee, told reporters at the mine that all underground operations had been suspended. "Safety is our first value, and today we have failed five families," he said. "We will not resume until we understand exactly what happened."

The Department of Mineral Resources said its inspectors had issued a stoppage order for the affected section of the mine. "The department will conduct a full inquiry, and if any negligence is found, those responsible will be held accountable," departmental spokesperson Nthabiseng Mokoena said.

The National Union of Mineworkers (NUM) said the deaths brought the number of fatalities in the country's mines this year to 38. In a statement, the union called on mining companies to stop treating deaths underground as "the cost of doing business".

The brother of one of the dead workers, speaking to News24 outside the mine gate, said his brother had been supporting eight people. "He went down every day for thirty years. He was supposed to retire next year," he said. "Now we are going to bury him."

South Africa's gold mines are among the deepest in the world, and seismic activity caused by mining is one of the leading causes of deaths underground.''',
        [
            ("A seismic event of magnitude 2.1", "Witwater Gold"),
            ("Five of our colleagues were fatally", "Witwater Gold"),
            ("Safety is our first value, and", "Pieter Coetzee"),
            ("We will not resume until we", "Pieter Coetzee"),
            ("The department will conduct a full", "Nthabiseng Mokoena"),
            ("the cost of doing business", "National Union of Mineworkers"),
            ("He went down every day for", "~brother"),
            ("Now we are going to bury", "~brother"),
        ],
    ),
    # 19 -- typhoon, Philippines (curly quotes): "said X, a weather specialist at ..." after the quote, partial quote,
    #       disaster council spokesperson, Red Cross statement, governor "told GMA News by phone",
    #       a mother's quote running over two paragraphs
    (
'''Typhoon Marisol slammed into the eastern Philippine province of Eastern Samar on Tuesday, killing at least 13 people, tearing roofs off houses and cutting power to more than a million homes across the central islands.

“The typhoon was stronger than we expected when it reached land, with sustained winds of 185 kilometres per hour,” said Lorna Cabrera, a weather specialist at the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA). She said the storm would weaken as it crossed the Visayas but would still bring “intense to torrential rains” to the region.

Ramon Villaflor, spokesperson for the National Disaster Risk Reduction and Management Council (NDRRMC), said more than 200,000 people had been evacuated before the storm arrived. “Most of the fatalities were due to drowning and falling trees. We are still validating reports from isolated villages where communications are down,” he told a briefing in Quezon City.

The Philippine Red Cross said its volunteers were distributing food and water in the provincial capital, Borongan. “Many families lost their houses completely. The need for shelter materials is urgent,” the organisation said in a statement.

Eastern Samar Governor Felipe Abueva told GMA News by phone that parts of the coast looked “like a war zone”. “There is no electricity, no signal, and the road to the north is blocked by landslides,” he said.

Jovelyn Dacles, 34, a mother of four, spent the night in a school classroom with her family.

“We left our house on Monday afternoon when the barangay captain came with a megaphone. My husband wanted to stay to guard the boat, but I told him no.

“This morning we went back and there is only the floor left. But we are complete, all six of us. That is what matters,” she said.

Flights and ferry services in the region were cancelled, leaving thousands of travellers stranded in ports ahead of the Christmas holidays.''',
        [
            ("The typhoon was stronger than we", "Lorna Cabrera"),
            ("intense to torrential rains", "Lorna Cabrera"),
            ("Most of the fatalities were due", "Ramon Villaflor"),
            ("Many families lost their houses completely.", "Philippine Red Cross"),
            ("like a war zone", "Felipe Abueva"),
            ("There is no electricity, no signal", "Felipe Abueva"),
            ("We left our house on Monday", "Jovelyn Dacles"),
            ("This morning we went back and", "Jovelyn Dacles"),
        ],
    ),
    # 20 -- helicopter crash, New Zealand: police inspector with two passages, investigation commission
    #       statement, company manager with a one-word partial, "she insisted", "she continued",
    #       unnamed British tourist "told Stuff"
    (
'''Four people were killed when a sightseeing helicopter crashed on the Franz Josef Glacier on New Zealand's West Coast on Friday morning, police said. One passenger survived with serious injuries.

The Airbus AS350 Squirrel, operated by Alpine Skyline Helicopters, was carrying a pilot and four tourists on a scenic flight that included a landing on the snow. It came down at about 9:40 a.m. near the head of the glacier.

"The weather was fine at the time of the crash, but there had been some low cloud in the valley earlier," West Coast area commander Inspector Mark Jenner told reporters in Franz Josef. "Recovery of the deceased will be difficult because of the location, and we ask people to be patient."

The Transport Accident Investigation Commission (TAIC) said it had opened an inquiry and was sending three investigators to the scene. "It is too early to comment on any possible causes," the commission said.

Alpine Skyline Helicopters general manager Sarah Boult said the company was "devastated" and had suspended all flights. "Our pilot was one of the most experienced on the coast, with more than 6,000 hours," Boult said.

She insisted the company's maintenance records were "spotless". "We have nothing to hide and we will give the investigators everything they need," she continued.

A British tourist who had been waiting to board the next flight told the news website Stuff he saw the helicopter lift off. "It was a beautiful morning. People were laughing, taking selfies. You never think it will be the last time you see them," he said.

The surviving passenger, a 32-year-old Australian woman, was flown to Christchurch Hospital, where she was in a serious but stable condition on Friday night.''',
        [
            ("The weather was fine at the", "Mark Jenner"),
            ("Recovery of the deceased will be", "Mark Jenner"),
            ("It is too early to comment", "Transport Accident Investigation Commission"),
            ("devastated", "Sarah Boult"),
            ("Our pilot was one of the", "Sarah Boult"),
            ("spotless", "Sarah Boult"),
            ("We have nothing to hide and", "Sarah Boult"),
            ("It was a beautiful morning. People", "~tourist"),
        ],
    ),
    # 21 -- floods, Tabasco, Mexico: civil protection coordinator (cue before name), partial quote,
    #       water commission statement with a trailing partial quote, resident named after the quote
    #       "told the newspaper Milenio", mayor with two passages, anonymous army officer
    (
'''Floods caused by days of torrential rain have killed at least nine people and forced more than 50,000 from their homes in the Mexican state of Tabasco, authorities said on Wednesday.

Several rivers burst their banks around the state capital, Villahermosa, where water covered streets to a depth of more than a metre in some neighbourhoods.

"We have rivers at historic levels. The water is coming down from the mountains of Chiapas faster than we can release it," said Tabasco's civil protection coordinator, Rogelio Hernández Cruz. He said soldiers and marines had evacuated people "house by house, in boats and on foot".

The National Water Commission (Conagua) said it had been forced to increase releases from the Peñitas dam to prevent the reservoir from overflowing. "Controlled releases are necessary to protect the structural safety of the dam," the commission said in a statement, acknowledging that the extra water would "worsen the situation in some low-lying communities".

Residents of the Gaviotas neighbourhood in Villahermosa accused the authorities of sacrificing their homes. "They opened the dam to save the city centre and drowned us instead," Guadalupe Martínez, 58, told the newspaper Milenio, standing in water up to her knees outside her house.

The mayor of Nacajuca, Edgar Olán, said three of the dead in his municipality were children swept away by a flooded stream. "Their parents tried to reach them, but the current was too strong," Olán said. "This is a pain that no town should have to carry."

An army officer coordinating shelters in Villahermosa, who asked not to be named, said supplies were sufficient for now. "We have food and water for a week. What people are asking for most is clothes and medicine," the officer said.''',
        [
            ("We have rivers at historic levels.", "Rogelio Hernández Cruz"),
            ("house by house, in boats and", "Rogelio Hernández Cruz"),
            ("Controlled releases are necessary to protect", "National Water Commission"),
            ("worsen the situation in some low-lying", "National Water Commission"),
            ("They opened the dam to save", "Guadalupe Martínez"),
            ("Their parents tried to reach them,", "Edgar Olán"),
            ("This is a pain that no", "Edgar Olán"),
            ("We have food and water for", "~officer"),
        ],
    ),
    # 22 -- level-crossing collision, Greece (curly quotes): rail operator statement in two passages,
    #       fire service spokeswoman "told the state broadcaster ERT", unnamed teacher with two passages
    (
'''A regional train struck a lorry at a level crossing near the village of Sindos, west of Thessaloniki in northern Greece, on Thursday morning, killing the lorry driver and injuring 14 passengers, the fire service said.

The train, carrying about 90 people from Thessaloniki to Edessa, partly derailed after the impact, and its front carriage came to rest on its side beside the track. The lorry, which was loaded with building materials, was dragged for more than a hundred metres.

“The barriers were down and the lights were working,” TrainOSE, the national rail operator, said in a statement. “The lorry entered the crossing despite the signals.”

Fire service spokeswoman Vasiliki Tsoukala said 42 firefighters with 15 vehicles had been sent to the scene. “All passengers have been removed from the train. Four are seriously injured but none is in danger,” she told the state broadcaster ERT.

A 30-year-old teacher travelling to Edessa said the impact threw people from their seats. “There was a huge bang, and then everything tilted,” she told the newspaper Makedonia. “People were helping each other out through the windows.”

Police said the lorry’s owner was being questioned about the vehicle’s brakes, and that the driver, a 47-year-old man from the nearby town of Chalastra, had worked for the company for six years.

Rail traffic between Thessaloniki and western Macedonia was suspended for the rest of the day while the line was cleared. Residents of Sindos said the crossing, which lies on a busy road leading to an industrial zone, had been the scene of several near-misses in recent years.''',
        [
            ("The barriers were down and the", "TrainOSE"),
            ("The lorry entered the crossing despite", "TrainOSE"),
            ("All passengers have been removed from", "Vasiliki Tsoukala"),
            ("There was a huge bang, and", "~teacher"),
            ("People were helping each other out", "~teacher"),
        ],
    ),
    # 23 -- avalanche, Switzerland: police spokesman with two passages, avalanche institute "warned in its bulletin",
    #       commune president "told the Nouvelliste newspaper"
    (
'''Two people were killed and one was injured when an avalanche swept across a mountain road near the village of Evolène in the Swiss canton of Valais on Sunday afternoon, police said.

The avalanche struck at about 1:30 p.m., burying two cars on the road between Evolène and the hamlet of Les Haudères. Rescuers with dogs and avalanche probes reached the scene by helicopter within twenty minutes.

"One car was carried about 200 metres down the slope and buried under several metres of snow," Valais cantonal police spokesman Christophe Bonvin said. "The second vehicle was only partially covered, and its driver was able to call for help."

The two people in the first car, a couple from the canton of Vaud, were found dead about two hours later. The driver of the second car was flown to hospital in Sion with a leg injury.

The WSL Institute for Snow and Avalanche Research (SLF) had rated the danger in the area at level four on its five-level scale after more than a metre of fresh snow fell over the weekend. "Spontaneous large avalanches are likely, including on slopes that are normally considered safe," the institute warned in its bulletin on Sunday morning.

The president of the commune, Jean-Marc Follonier, said the road had been inspected that morning and judged safe to remain open. "We followed the advice of our experts. Nature sometimes decides otherwise," he told the Nouvelliste newspaper.

The road was closed on Monday, and several villages in the upper valley were cut off until the snow could be cleared.''',
        [
            ("One car was carried about 200", "Christophe Bonvin"),
            ("The second vehicle was only partially", "Christophe Bonvin"),
            ("Spontaneous large avalanches are likely, including", "WSL Institute for Snow and Avalanche Research"),
            ("We followed the advice of our", "Jean-Marc Follonier"),
        ],
    ),
    # 24 -- cargo plane crash, Papua: "said X, head of ..." (cue and name after the quote), unnamed investigator
    #       "told Antara news agency", airline partial quote, village chief
    (
'''A Twin Otter aircraft carrying supplies and three crew members was found crashed on a mountainside in Indonesia's Papua province on Saturday, a day after it lost contact with air traffic control, officials said. There were no survivors.

The plane, operated by the small carrier Cendrawasih Air, had left Timika on Friday afternoon for the highland district of Ilaga, a flight of about 40 minutes over some of the most rugged terrain in the country. Contact was lost around 15 minutes before it was due to land.

"The wreckage was spotted from a helicopter at an altitude of about 3,000 metres. The condition of the aircraft indicates that nobody could have survived," said Agung Prasetyo, head of the Timika search and rescue office.

The National Transportation Safety Committee (KNKT) said it would send investigators once the bodies had been recovered. "The terrain is very steep and the weather changes quickly. The evacuation will take several days," a KNKT investigator told Antara news agency.

Cendrawasih Air said in a statement that the aircraft had been carrying rice and building materials for a government housing project. It described the crew as "experienced and dedicated aviators who knew Papua's mountains well".

A village chief in the area, Yohanes Wonda, said residents had heard a loud noise on Friday afternoon but could not see the plane because of cloud on the ridges. "We thought it was thunder, but the sky was clear over the village," he said.

Small aircraft are the only practical link between many highland communities in Papua and the coast, and crashes are frequent because of poor weather, mountainous terrain and limited navigation aids.''',
        [
            ("The wreckage was spotted from a", "Agung Prasetyo"),
            ("The terrain is very steep and", "~investigator"),
            ("experienced and dedicated aviators who knew", "Cendrawasih Air"),
            ("We thought it was thunder, but", "Yohanes Wonda"),
        ],
    ),
    # 25 -- building collapse, Nairobi (curly quotes): Red Cross on Twitter in two passages,
    #       anonymous county official, tenant "told Citizen TV" with two passages
    (
'''A five-storey residential building collapsed in the Kariobangi North area of Nairobi, Kenya, on Monday night, killing at least three people, the Kenya Red Cross said. Rescue workers were still searching the rubble on Tuesday for people believed to be trapped.

The building, which housed about 20 families, had been marked as unsafe by county inspectors last year, according to local media. Residents said cracks had appeared in the walls after heavy rain in recent weeks.

“Our teams, together with the National Disaster Management Unit, have rescued 14 people alive from the rubble,” the Kenya Red Cross said on Twitter. “We urge the public to keep away from the site to allow the rescue to proceed.”

A Nairobi county official, speaking on condition of anonymity because he was not authorised to talk to the media, said the owner had ignored two notices. “The building had cracks in its columns. We told him to evacuate the tenants and he did not,” the official said.

Tenant Mary Wanjiru, 29, said she escaped with her baby minutes before the collapse. “I heard the building making noises, like bones breaking,” she told Citizen TV. “I took my daughter and ran down the stairs. When I turned around, it was gone.”

Police said they were looking for the owner of the building, who had not been seen since the collapse. Crowds gathered behind a police cordon as excavators lifted slabs of concrete, and rescuers called for silence several times to listen for voices beneath the debris.

Building collapses are common in Nairobi’s crowded low-income estates, where developers often add floors without approval.''',
        [
            ("Our teams, together with the National", "Kenya Red Cross"),
            ("We urge the public to keep", "Kenya Red Cross"),
            ("The building had cracks in its", "~official"),
            ("I heard the building making noises,", "Mary Wanjiru"),
            ("I took my daughter and ran", "Mary Wanjiru"),
        ],
    ),
    # 26 -- market fire, Karachi: fire officer "told Geo News", commissioner partial quote after "described ... as",
    #       trader with present-tense "he says", a handwritten sign nobody is named as writing (None)
    (
'''A fire tore through a crowded wholesale cloth market in Karachi's old city on Saturday, killing at least six people and destroying hundreds of shops, officials said.

The blaze broke out at about 2 p.m. on the third floor of the five-storey market building and spread quickly through shops packed with bales of fabric. Firefighters took more than eight hours to bring it under control, and parts of the building were still smouldering on Sunday.

"The fire brigade could not bring its vehicles close because of the encroachments in the lanes. Our men had to lay hoses through the shops," Karachi's chief fire officer, Mubeen Ahmed, told Geo News.

Karachi's commissioner, Saeed Baloch, said an inquiry would look into why the building had no emergency exits. He described the market as "a disaster waiting to happen".

Trader Abdul Ghaffar has run a shop on the third floor for 35 years. His entire stock, he says, was destroyed. "Everything I had was in that shop. Eid is coming and I have nothing to sell," he says. "Who will compensate us?"

On Sunday morning, traders gathered outside the blackened building to demand compensation from the provincial government. A handwritten sign taped to one burnt shutter read: "We will rebuild."

Rescue officials said most of the victims were workers who had been trapped on the upper floors, where the only staircase had filled with smoke within minutes. Two firefighters were also treated in hospital for burns and breathing difficulties.

Fires are frequent in Karachi's older markets, where electrical wiring is often decades old and narrow lanes make it difficult for fire engines to reach burning buildings.''',
        [
            ("The fire brigade could not bring", "Mubeen Ahmed"),
            ("a disaster waiting to happen", "Saeed Baloch"),
            ("Everything I had was in that", "Abdul Ghaffar"),
            ("Who will compensate us", "Abdul Ghaffar"),
            ("We will rebuild", None),
        ],
    ),
    # 27 -- earthquake, Ecuador: risk management secretariat report in two passages, mayor "told El Comercio",
    #       teacher named
    (
'''A magnitude 5.9 earthquake shook central Ecuador on Thursday afternoon, killing two people and damaging homes and churches in the province of Chimborazo, officials said.

The Geophysical Institute of the National Polytechnic School said the quake struck at 3:26 p.m. local time at a depth of 15 kilometres, near the town of Guamote. It was felt as far away as Quito and Guayaquil, where office workers left their buildings for several minutes.

"Two people died when an adobe wall collapsed on them in a rural community of Guamote," the National Risk Management Secretariat said in its first report. "Assessment teams are in the field."

The mayor of Guamote, Segundo Yupanqui, told El Comercio that at least 60 homes had been damaged, most of them in indigenous communities in the hills around the town. "The people here are afraid. Many will sleep outside tonight," he said.

In the centre of Guamote, the facade of the main church cracked and part of its bell tower fell into the square. A primary school teacher, María Guamán, said her pupils were outside when the shaking began. "The children were in the playground when it started. They were crying, but nobody was hurt," she said.

The secretariat said it was sending tents, blankets and water to the area, and that classes in the canton would be suspended on Friday while engineers inspected school buildings.

Ecuador sits on the Pacific Ring of Fire and is frequently hit by earthquakes. A magnitude 7.8 quake on the country's coast in 2016 killed more than 600 people.''',
        [
            ("Two people died when an adobe", "National Risk Management Secretariat"),
            ("Assessment teams are in the field", "National Risk Management Secretariat"),
            ("The people here are afraid. Many", "Segundo Yupanqui"),
            ("The children were in the playground", "María Guamán"),
        ],
    ),
    # 28 -- air ambulance crash, Nunavut (curly quotes): police corporal with two passages,
    #       operator partial quote in a statement, mayor named
    (
'''Two crew members were killed and a patient and a nurse were seriously injured when an air ambulance crashed while landing in a snowstorm at Kugluktuk, Nunavut, on Wednesday night.

The twin-engine King Air had been sent from Yellowknife to pick up a patient who needed urgent surgery. It struck the ground on its approach to the airport at about 10:50 p.m. local time, in strong winds and blowing snow.

“The aircraft came to rest about 300 metres short of the runway,” Royal Canadian Mounted Police Corporal Dana Whitford said. “Local search and rescue volunteers reached it within half an hour in very poor visibility.”

The Transportation Safety Board of Canada (TSB) said it was deploying a team of investigators from Edmonton, but that the weather might delay their arrival.

The operator, Arctic Medevac, said in a statement that it was “devastated by the loss of two dedicated colleagues” and that it would cooperate fully with the investigation. The names of the pilots were not released.

The hamlet’s mayor, Elsie Anavilok, said residents had gathered at the community hall to support the families. “In a small place like this, everybody knows the nurses and the pilots who fly in. This hits every family,” she said.

The injured patient and nurse were flown to Yellowknife on Thursday afternoon, once the storm had eased. Air ambulance flights are the only way for many residents of Nunavut’s 25 communities, none of which is connected to the rest of Canada by road, to reach hospital care.''',
        [
            ("The aircraft came to rest about", "Dana Whitford"),
            ("Local search and rescue volunteers reached", "Dana Whitford"),
            ("devastated by the loss of two", "Arctic Medevac"),
            ("In a small place like this,", "Elsie Anavilok"),
        ],
    ),
    # 29 -- train derailment after storm, Czech Republic: rescue spokeswoman, inspection office through
    #       "the office's spokesperson told Czech Television", student passenger partial then full quote
    (
'''A passenger train derailed after striking a fallen tree during a storm in the South Bohemian Region of the Czech Republic on Sunday evening, injuring 11 people, two of them seriously, the regional rescue service said.

The regional train, travelling from Tábor to České Budějovice, hit the tree in a wooded cutting shortly after 7 p.m., as wind gusts of more than 100 kilometres per hour swept across the country.

"The locomotive and the first carriage left the track. The driver is among the seriously injured," rescue service spokeswoman Petra Kubíková said.

The Rail Safety Inspection Office said strong winds had brought down dozens of trees across railway lines in the region during the afternoon. "Investigators are examining whether the tree had been reported as dangerous before the storm," the office's spokesperson told Czech Television.

Tomáš Novotný, a student travelling home for the weekend, said the train had been going "fairly fast" when he heard a crack. "Then the lights went out and we were all on the floor," he said.

Firefighters used cutting equipment to free the driver from the locomotive's cab, and he was flown by helicopter to the regional hospital in České Budějovice. The other passengers were taken on to the city by bus. The storm also left tens of thousands of households in southern Bohemia without electricity overnight, and several roads were closed by fallen trees.

The line was expected to reopen on Tuesday after the damaged track and overhead wires had been repaired. Until then, the railway operator said, replacement buses would run between Tábor and České Budějovice.''',
        [
            ("The locomotive and the first carriage", "Petra Kubíková"),
            ("Investigators are examining whether the tree", "Rail Safety Inspection Office"),
            ("fairly fast", "Tomáš Novotný"),
            ("Then the lights went out and", "Tomáš Novotný"),
        ],
    ),
    # 30 -- floods and landslides, Kyushu: unnamed forecaster at a news conference, mayor "told NHK",
    #       unnamed 74-year-old man rescued by helicopter
    (
'''Torrential rain triggered floods and landslides on the southern Japanese island of Kyushu on Saturday, killing at least eight people and leaving five missing, according to the Fire and Disaster Management Agency.

The Japan Meteorological Agency (JMA) issued its highest-level heavy rain emergency warning for parts of Oita Prefecture early on Saturday, after more than 400 millimetres of rain fell in 12 hours. "This is rain of a kind that you experience once in several decades. Please take every possible action to protect your lives," a JMA forecaster told a televised news conference.

Rivers overflowed in several towns, and television footage showed cars half-submerged in muddy water and a road bridge that had been swept away. Self-Defense Forces helicopters lifted dozens of people from rooftops during the day.

The mayor of the city of Hita, Kenji Takeda, said about 1,200 residents were staying in evacuation centres. "We have to be careful about the coronavirus, so we have opened more centres than usual to keep people apart," Takeda told NHK.

A 74-year-old man who was rescued from the roof of his house by helicopter said he had been unable to leave in time. "The water came into the house so fast I could only climb upstairs and then out of the window," he told the broadcaster.

Local officials said that many of the dead were elderly people living alone in houses close to rivers or at the foot of steep hillsides. Police and firefighters were searching for the missing on Saturday evening, but their work was hampered by continuing rain and by roads cut off by mud and debris.

The JMA said heavy rain was expected to continue in northern Kyushu until Monday, and warned of further landslides on slopes already saturated by a week of rain.''',
        [
            ("This is rain of a kind", "~forecaster"),
            ("We have to be careful about", "Kenji Takeda"),
            ("The water came into the house", "~man"),
        ],
    ),
]
STORIES_BG = [
    # 1 -- Spanish floods: agency statement, split quote around "she said", partial quotes, described resident and firefighter, "the mayor"
    (
'''Heavy rain caused flash flooding across the south-eastern Spanish region of Murcia on Tuesday, killing at least three people and forcing more than 2,000 residents from their homes, according to regional authorities.

The State Meteorological Agency (AEMET) recorded more than 200 millimetres of rain in twelve hours in parts of the Segura valley, more than the area normally receives in six months. "This is an exceptional episode, comparable to the worst we have recorded in the last forty years," the agency said in a statement on Tuesday evening, warning that heavy rain would continue into Wednesday.

The president of the Region of Murcia, Antonio Ferrer Lozano, told reporters in the town of Alcantarilla that emergency services had rescued more than 300 people from cars and rooftops since the early hours. "We are living through very hard hours. I ask everyone to stay at home and not to take the car unless it is absolutely necessary," Ferrer said.

He added that soldiers from the army's Military Emergencies Unit had been deployed to the worst-hit areas. "They have the pumps and the heavy vehicles we need for the next stage, which is getting the water out of people's homes," he said.

Two of the dead were an elderly couple whose ground-floor flat in the coastal town of Los Alcázares flooded overnight, El País reported. The third was a man whose car was swept away near Lorca by a swollen dry riverbed, known locally as a rambla.

The mayor of Los Alcázares, Mari Carmen Ruiz, described the situation in the town as "catastrophic". Speaking to Cadena SER radio, she said: "The water came through the streets like a river. In some neighbourhoods it reached a metre and a half."

Ruiz said the town had flooded twice in the past year and criticised what she called "years of promises" from the central government about flood defences. "The neighbours are tired of cleaning the mud out of their houses and then waiting for help that never comes," the mayor said.

One resident told the news agency EFE she had spent the night upstairs with her two children and her dog. "We heard the water come in under the door at about two in the morning," she said, "and within half an hour the kitchen was full."

A firefighter working in the town said crews were still checking houses street by street on Wednesday morning. "Most people left in time, but some older people did not want to leave their homes," he told EFE.

Schools across the region were closed on Wednesday, and the regional government said it would request that the affected municipalities be declared a disaster zone, which would make residents eligible for emergency aid from Madrid.''',
        [
            ("This is an exceptional episode, comparable", "State Meteorological Agency"),
            ("We are living through very hard", "Antonio Ferrer Lozano"),
            ("They have the pumps and the", "Antonio Ferrer Lozano"),
            ("catastrophic", "Mari Carmen Ruiz"),
            ("The water came through the streets", "Mari Carmen Ruiz"),
            ("years of promises", "Mari Carmen Ruiz"),
            ("The neighbours are tired of cleaning", "Mari Carmen Ruiz"),
            ("We heard the water come in", "~resident"),
            ("and within half an hour the", "~resident"),
            ("Most people left in time, but", "~firefighter"),
        ],
    ),
    # 2 -- Czech parliament: three men in turn (minister, opposition leader, colleague), "replied", partial quotes, protesters chanting, described protester, chamber statement
    (
'''The lower house of the Czech parliament voted late on Thursday to extend the country's state of emergency by a further thirty days, after a debate lasting more than eleven hours, Czech Television reported.

The measure passed by 89 votes to 62. It allows the government to keep restaurants, bars and most shops closed and to limit outdoor gatherings to two people from different households.

Health minister Pavel Kratochvíl told lawmakers that hospitals were close to their limits. "We have fewer than 400 free intensive care beds in the whole country. If we open now, we will be choosing in February which patients get a ventilator," he said. "I am not willing to take that risk."

Opposition leader Tomáš Hejl accused the government of "governing by decree" and said the restrictions were no longer proportionate. "The minister tells us every month that this is the last extension, and every month he comes back for another one. People have stopped believing him," Hejl said.

Kratochvíl replied that he had never promised that any extension would be the last. "I said I hoped it would be the last. Hope is not a promise, and the virus does not read our promises," he told the chamber.

Hejl's party colleague Martin Doležal, a former mayor of the town of Kolín, called the closures "a slow execution of small business". He said he had spoken to dozens of restaurant owners in his constituency in recent weeks. "They have paid their rent from savings since October, and some have already sold their equipment. They are not coming back," he said.

Several hundred people gathered outside the parliament building in Prague to protest against the restrictions, in spite of the ban on gatherings. Protesters chanted "Freedom, not masks" and waved Czech flags. Police said they had fined 34 people.

One protester, a 46-year-old hairdresser from Brno, told the news website iDNES.cz that she had not worked since the beginning of October. "I have three children and no income. The government compensation covers my rent and nothing else," she said.

The Czech Chamber of Commerce said in a statement that it respected the decision of parliament but called on the government to publish a clear timetable for reopening. "Businesses can survive a closure they understand. They cannot survive uncertainty without end," the chamber said.

The state of emergency will now run until the middle of February. The government is expected to review the restrictions on shops next week.''',
        [
            ("We have fewer than 400 free", "Pavel Kratochvíl"),
            ("I am not willing to take", "Pavel Kratochvíl"),
            ("governing by decree", "Tomáš Hejl"),
            ("The minister tells us every month", "Tomáš Hejl"),
            ("I said I hoped it would", "Pavel Kratochvíl"),
            ("a slow execution of small business", "Martin Doležal"),
            ("They have paid their rent from", "Martin Doležal"),
            ("Freedom, not masks", "~protesters"),
            ("I have three children and no", "~protester"),
            ("Businesses can survive a closure they", "Czech Chamber of Commerce"),
        ],
    ),
    # 3 -- Comet NEOWISE (curly quotes): organisation statement, "explained", quote running over two paragraphs, "urged", speaker after quote, curly apostrophes
    (
'''Comet C/2020 F3, better known as NEOWISE, has become the brightest comet visible from the northern hemisphere in more than two decades, and astronomers say it will remain visible to the naked eye for at least another week.

The comet was discovered on March 27 by NASA’s Near-Earth Object Wide-field Infrared Survey Explorer space telescope, from which it takes its name. It passed closest to the Sun on July 3 and will make its closest approach to Earth on July 23, at a distance of about 103 million kilometres.

“Comets are notoriously unpredictable, and many that were expected to put on a show have broken up or faded away. NEOWISE survived its close passage around the Sun and is now putting on a display in the evening sky,” NASA said in a statement.

Dr Hannah Whitcombe, an astronomer at the University of Leicester, told the BBC that the comet’s survival had surprised many researchers. “When it came out from behind the Sun, a lot of us expected to see pieces,” she said. “Instead we got a bright nucleus and two tails, one of dust and one of gas.”

Whitcombe advised people to look low in the north-western sky about an hour after sunset, beneath the Plough. “You don’t need a telescope. Binoculars will help, but if you are somewhere dark, your eyes will do,” she explained.

Photographs of the comet have circulated widely on social media. Roberto Sani, an amateur astronomer from the Italian town of Cuneo, photographed it above the Alps on Sunday morning. He told the Italian newspaper La Stampa that he had set his alarm for three in the morning every day for a week before the sky was finally clear.

“The first time I saw it with my own eyes I forgot to press the shutter. I just stood there,” Sani said. “I have been photographing the sky for thirty years and I have never seen a comet like this one.

“My father took me to see Halley in 1986 and it was a disappointment, a little smudge. This one is the comet I waited for my whole life.”

The comet will not return for around 6,800 years, according to orbital calculations. “Nobody alive today will see it again,” said Peter Lindqvist, a planetary scientist at Uppsala University, who told the Swedish broadcaster SVT that NEOWISE would fade quickly as it moved away from both the Sun and the Earth. “Go out this week. Don’t wait for the weekend,” he urged.''',
        [
            ("Comets are notoriously unpredictable, and many", "NASA"),
            ("When it came out from behind", "Hannah Whitcombe"),
            ("Instead we got a bright nucleus", "Hannah Whitcombe"),
            ("You don’t need a telescope.", "Hannah Whitcombe"),
            ("The first time I saw it", "Roberto Sani"),
            ("I have been photographing the sky", "Roberto Sani"),
            ("My father took me to see", "Roberto Sani"),
            ("Nobody alive today will see it", "Peter Lindqvist"),
            ("Go out this week. Don’t wait", "Peter Lindqvist"),
        ],
    ),
    # 4 -- Ohio bank robbery: police chief, "Asked ... he replied", FBI statement, unnamed customer via newspaper, witness split quote, bank spokeswoman (organisation)
    (
'''Police in Springfield, Ohio are searching for two men who robbed a branch of Buckeye Community Bank on Monday morning and fired a shot into the ceiling before escaping in a grey pickup truck, local media reported.

No one was injured in the robbery, which happened shortly after the branch on East Main Street opened at 9 a.m. The men, who wore surgical masks and baseball caps, ordered customers to lie on the floor and demanded cash from two tellers, according to police.

"These individuals came in armed and they were prepared to use those weapons. We are extremely fortunate that nobody was hurt, because that round could have gone anywhere," Springfield police chief Darnell Oakes said at a news conference on Monday afternoon.

Oakes said detectives were reviewing footage from the bank's security cameras and from nearby businesses. He declined to say how much money had been taken. Asked whether the robbery could be linked to a similar incident in Dayton earlier this month, he replied: "It's too early to say. We are talking to our colleagues in Dayton and we are not ruling anything out."

The Federal Bureau of Investigation (FBI), which investigates bank robberies alongside local police, said it was assisting. "Anyone with information is asked to contact the FBI. Tips can be submitted anonymously," the bureau said in a statement.

One customer, who asked not to be named, told the Springfield News-Sun that she had been waiting to deposit a cheque when the men came in. "One of them shouted that everybody should get down, and then there was a bang. I just kept thinking about my grandkids," she said.

Gary Pruitt, who owns a hardware store across the street, said he saw the men walk to the truck. "They weren't in any hurry, that's the thing that got me," Pruitt told WHIO-TV. "They walked out like they'd just bought a sandwich."

The bank said the branch would remain closed on Tuesday and that staff were being offered counselling. "Our first concern is for our employees and customers, who went through a terrifying experience this morning, and we are cooperating fully with law enforcement," a spokeswoman for Buckeye Community Bank said.

Police described both suspects as white men in their thirties, one about six feet tall and one shorter and heavier. They asked residents not to approach the men if they saw them.''',
        [
            ("These individuals came in armed and", "Darnell Oakes"),
            ("It's too early to say.", "Darnell Oakes"),
            ("Anyone with information is asked to", "Federal Bureau of Investigation"),
            ("One of them shouted that everybody", "~customer"),
            ("They weren't in any hurry, that's", "Gary Pruitt"),
            ("They walked out like they'd just", "Gary Pruitt"),
            ("Our first concern is for our", "Buckeye Community Bank"),
        ],
    ),
    # 5 -- Welsh football title: manager (woman), partial quote, "the 33-year-old", player laughing, rival manager, FA statement
    (
'''Llanfair Town won the Cymru Premier title for the first time in the club's history on Saturday after a 2–1 victory away at Aberaman Athletic, with two matches of the season still to play.

Substitute Rhys Pritchard scored the winning goal in the 87th minute, heading in a corner from captain Dylan Morgan. Aberaman had equalised through Kieran Shaw shortly after half-time, cancelling out an early goal from Llanfair striker Owain Jenkins.

Because of coronavirus restrictions, no supporters were allowed into the ground. Around two hundred Llanfair fans gathered outside the club's own stadium to watch the match on a big screen set up in the car park, BBC Sport Wales reported.

"I can't really put it into words. Ten years ago this club was playing in the third tier in front of forty people," said manager Sian Tudor, who became the first woman to win the top division in Wales as a manager. "To do this without our supporters here is strange, but we'll celebrate with them properly when we can."

Tudor, 41, took over in 2017. She said the squad had been "written off" in August after losing three of its best players to English clubs. "People said we'd be fighting relegation. These players never listened to any of that," she told S4C.

Morgan, who has played for the club for eleven seasons, said he had been thinking about his late father during the final minutes. "He used to bring me here every Saturday when I was a boy, and he'd have been the loudest one in that car park," the 33-year-old said.

Pritchard, 19, said he had not expected to come on. "The gaffer told me to go and win a header, so I went and won a header," he said, laughing.

Aberaman manager Gareth Lloyd congratulated the champions. "They've been the most consistent team all season and they deserve it. We gave them a game today and I'm proud of the lads, but fair play to them," he said.

The Football Association of Wales said Llanfair would enter next season's UEFA Champions League in the first qualifying round. "This is a historic achievement for the club and for the community it represents," the association said in a statement.''',
        [
            ("I can't really put it into", "Sian Tudor"),
            ("To do this without our supporters", "Sian Tudor"),
            ("written off", "Sian Tudor"),
            ("People said we'd be fighting relegation.", "Sian Tudor"),
            ("He used to bring me here", "Dylan Morgan"),
            ("The gaffer told me to go", "Rhys Pritchard"),
            ("They've been the most consistent team", "Gareth Lloyd"),
            ("This is a historic achievement for", "Football Association of Wales"),
        ],
    ),
    # 6 -- Bergamo museum reopening (curly quotes): director via ANSA, partial quote, councillor, described teacher with split quote, tour guide, ministry statement
    (
'''Bergamo's Pinacoteca Lombarda reopened to the public on Tuesday after nearly three months of closure, becoming one of the first major art museums in northern Italy to welcome visitors since the country's coronavirus lockdown began in March.

Visitors must book in advance, wear masks and follow a one-way route through the galleries. No more than 60 people are allowed inside at once, and temperatures are taken at the entrance.

“We wanted to open the doors as soon as it was safe, because this city needs beauty right now. Bergamo has been through something terrible, and a museum cannot heal that, but it can offer a place to be quiet together,” the museum's director, Francesca Bellandi, told the Italian news agency ANSA.

The province of Bergamo was one of the areas of Europe worst affected by the pandemic. In March, images of army trucks carrying coffins out of the city were published around the world.

Bellandi said the museum had lost around 400,000 euros in ticket revenue during the closure. She described the reopening as “a small act of normality” and said entry would be free for residents of the province until the end of June.

The city's councillor for culture, Marco Locatelli, was among the first visitors. “I have walked through these rooms a hundred times, but today it felt different. You notice the silence, and you notice the faces in the paintings,” he said.

A retired teacher who said she had lost her brother to COVID-19 in March told Reuters she had booked her ticket on the day the reservation system opened. “He loved this museum. We used to come here on Sunday mornings,” she said. “I came today for both of us.”

Tour guide Paolo Rota, who has not worked since February, said he expected it would be a long time before foreign tourists returned to the city. “Last year half my groups were from Germany, the United States and Japan. This summer, if I am lucky, I will guide Italians, maybe only people from Lombardy,” he said.

Italy's Ministry of Cultural Heritage said in a statement that museums would be allowed to set their own reopening dates, provided they followed national health guidelines. “Each institution knows its spaces and its public better than anyone in Rome,” the ministry said.

Several other museums in Lombardy, including galleries in Milan and Brescia, are expected to reopen in the coming weeks.''',
        [
            ("We wanted to open the doors", "Francesca Bellandi"),
            ("a small act of normality", "Francesca Bellandi"),
            ("I have walked through these rooms", "Marco Locatelli"),
            ("He loved this museum. We used", "~teacher"),
            ("I came today for both of", "~teacher"),
            ("Last year half my groups were", "Paolo Rota"),
            ("Each institution knows its spaces and", "Ministry of Cultural Heritage"),
        ],
    ),
    # 7 -- Aegean earthquake: agency statement, rescuer via Reuters, pronoun in next paragraph, survivor with cue in middle of long sentence, unnamed man to AFP with colon, Greek official
    (
'''A magnitude 7.0 earthquake struck the Aegean Sea on Friday afternoon, killing at least 27 people in Turkey and two teenagers on the Greek island of Samos, and bringing down buildings in the Turkish city of Izmir.

Turkey's Disaster and Emergency Management Presidency (AFAD) said the quake struck at 14:51 local time at a depth of about 16 kilometres, north of Samos. More than 800 people were injured, according to AFAD.

"Search and rescue work is continuing at 17 buildings, and teams from 13 provinces have been sent to the region," the agency said in a statement on Friday night.

At least twenty buildings collapsed in Izmir's Bayraklı and Bornova districts, according to Turkish officials. Television footage showed rescuers and residents digging through rubble with their bare hands.

Mert Aydın, a volunteer with the search and rescue group AKUT, told Reuters his team had pulled two people alive from a seven-storey building in Bayraklı. "We could hear a woman calling for help from under the concrete. It took us four hours to reach her, and when we got her out she asked about her cat," he said.

Aydın said teams would keep working through the night. "Every hour matters now. The cold is as much a danger as the rubble," he said.

Serap Koç, 52, said she was in her kitchen on the fourth floor when the shaking started. "The whole building swayed, left and right, like a ship," she told the Turkish broadcaster NTV, standing outside a tent in a park where hundreds of families spent the night. "I ran down the stairs with my neighbour's baby in my arms. I don't know how we got out."

One man, waiting outside a collapsed apartment block where he said his brother and sister-in-law lived, told AFP: "They are in there. Nobody is telling us anything. We are just waiting."

On Samos, a boy and a girl were killed when a wall collapsed on them as they walked home from school. A small tsunami flooded the streets of the island's main port, Vathy.

"It was a very strong earthquake and everybody ran into the streets. We have damage to old houses and to churches, and the sea came into the town," Nikos Stamatiadis, the deputy mayor of Samos, told the Greek broadcaster Skai.

Hundreds of aftershocks were recorded overnight. Schools on Samos will remain closed until at least Tuesday.''',
        [
            ("Search and rescue work is continuing", "Disaster and Emergency Management Presidency"),
            ("We could hear a woman calling", "Mert Aydın"),
            ("Every hour matters now.", "Mert Aydın"),
            ("The whole building swayed, left and", "Serap Koç"),
            ("I ran down the stairs with", "Serap Koç"),
            ("They are in there. Nobody is", "~man"),
            ("It was a very strong earthquake", "Nikos Stamatiadis"),
        ],
    ),
    # 8 -- Ealing traffic schemes: two women councillors arguing in turn, partial quotes, "the cabinet member", campaigner, unnamed cab driver, ambulance service statement
    (
'''Ealing Council's cabinet voted on Wednesday to keep three of its nine low-traffic neighbourhoods and to scrap the rest, after a consultation in which more than 60 per cent of respondents said they opposed the schemes.

The low-traffic neighbourhoods, or LTNs, use planters, bollards and cameras to stop drivers using residential streets as shortcuts. They were introduced last summer using emergency government funding intended to encourage walking and cycling during the pandemic.

Councillor Helen Okafor, the cabinet member for transport, said the decision had been "the hardest of my time on the council". "We have listened, and we have heard very clearly that in some areas these schemes did not work. In others they have cut traffic by half and made streets safer for children, and we are keeping what works," she told the meeting, which was held online.

Conservative councillor Amanda Reyes said the schemes should never have been introduced without consultation. "Residents were told it was an experiment. What they got was gridlock on the main roads, longer journeys to work and a fine in the post," she said.

The cabinet member responded that the emergency funding had come with a deadline of eight weeks. "We did not have the luxury of a year-long consultation," Okafor said. Reyes interrupted to say that was "not good enough", before the chair asked both councillors to allow the meeting to continue.

Jonathan Field, who chairs the campaign group One Ealing, which opposed the schemes, said residents had "won a partial victory". "Three of these schemes are still in place and the people living on the boundary roads are still breathing the fumes. We will keep fighting," he told the Ealing Times.

A black-cab driver waiting at a junction in West Ealing on Wednesday afternoon, who did not want to be named, told BBC London the closures had doubled some of his journeys. "I used to get from Northfields to the hospital in ten minutes. Since last July it has been twenty-five," he said.

The London Ambulance Service said in a statement that it had worked with the council to make sure emergency vehicles could pass through the closures. "We have not identified any case in which patient care was affected by a low-traffic neighbourhood in Ealing," the statement said.

The planters in the six schemes being removed will be taken away over the next fortnight, the council said.''',
        [
            ("the hardest of my time on", "Helen Okafor"),
            ("We have listened, and we have", "Helen Okafor"),
            ("Residents were told it was an", "Amanda Reyes"),
            ("We did not have the luxury", "Helen Okafor"),
            ("not good enough", "Amanda Reyes"),
            ("won a partial victory", "Jonathan Field"),
            ("Three of these schemes are still", "Jonathan Field"),
            ("I used to get from Northfields", "~driver"),
            ("We have not identified any case", "London Ambulance Service"),
        ],
    ),
    # 9 -- Welsh care home vaccination (curly quotes): health board statement, resident, manager partial then quote, nurse "explained", described daughter, government spokesperson with partial quote
    (
'''Residents of a care home in Rhyl, in north Wales, received their first doses of the Oxford–AstraZeneca coronavirus vaccine on Tuesday, as health boards across Wales began sending mobile vaccination teams into care homes.

Betsi Cadwaladr University Health Board said its teams had vaccinated 1,200 care home residents and staff in the first week of January. “Care home residents are among those at greatest risk from this virus, and reaching them quickly is our top priority,” the health board said in a statement.

Among the first to receive the vaccine at Bryn Awel care home was Gwendoline Price, 96, who worked as a nurse in Liverpool during the Second World War.

“I had my smallpox jab in 1931 and I wasn't frightened then either. I just want to see my great-grandchildren without a window in the way,” Price said after her injection.

The home's manager, Ceri Wynne-Jones, said staff had been “counting down the days”. Four residents of the home died with COVID-19 during the first wave of the pandemic last spring.

“It has been the hardest year any of us has worked through. We lost people we had cared for for years, and we couldn't let their families in to say goodbye,” Wynne-Jones told BBC Wales. “Today is the first day in a long time that has felt like hope.”

Nurse Aled Hughes, who gave the injections, said the Oxford vaccine was much easier to deliver in care homes than the Pfizer–BioNTech vaccine, which must be stored at about minus 70 degrees Celsius. “We can carry this one in a cool box in the back of the car. That makes a huge difference when you are going to a home with twenty residents rather than a big hospital clinic,” he explained.

Price's daughter, who watched through the window of the home's conservatory, said she had cried. “Mam has been so patient. We all have,” she told the Rhyl Journal.

The Welsh Government has been criticised by opposition parties over the pace of its vaccine roll-out. A spokesperson for the Welsh Government said the programme was “on track” to offer a first dose to every care home resident in Wales by the end of January. “We are vaccinating as quickly as supplies allow,” the spokesperson said.''',
        [
            ("Care home residents are among those", "Betsi Cadwaladr University Health Board"),
            ("I had my smallpox jab in", "Gwendoline Price"),
            ("counting down the days", "Ceri Wynne-Jones"),
            ("It has been the hardest year", "Ceri Wynne-Jones"),
            ("Today is the first day in", "Ceri Wynne-Jones"),
            ("We can carry this one in", "Aled Hughes"),
            ("Mam has been so patient. We", "~daughter"),
            ("on track", "Welsh Government"),
            ("We are vaccinating as quickly as", "Welsh Government"),
        ],
    ),
    # 10 -- Queensland fraud sentencing: unattributed email quote (None), judge, prosecutor and defence barrister (two men in turn, "he said" back to prosecutor), victim, regulator statement
    (
'''A former Gold Coast financial adviser has been sentenced to nine years in prison for defrauding more than 80 clients, many of them retirees, of about A$14 million.

Bradley Keith Moreton, 58, pleaded guilty in the Supreme Court of Queensland in Brisbane last year to fourteen counts of fraud. He will be eligible for parole after serving four and a half years.

Moreton ran an investment scheme between 2011 and 2018 that he told clients was invested in commercial property. Investigators from the Australian Securities and Investments Commission (ASIC) found that most of the money had been used to pay earlier investors, to buy a waterfront house at Runaway Bay and to fund Moreton's gambling.

Emails shown to the court described the scheme to prospective clients as "completely risk free, with returns paid monthly".

Justice Catherine Albrecht told Moreton his offending had been "calculated and sustained". "You targeted people who trusted you precisely because they were not sophisticated investors. Many of them have lost everything they saved over a working life, and at their age they cannot earn it back," she said.

Crown prosecutor Daniel Foley had asked for a sentence of at least ten years. He told the court that several victims had been forced to sell their homes. "This was not a business that failed. It was a lie from the beginning," Foley said.

Moreton's barrister, Simon Haddad, told the court his client had a serious gambling addiction and had cooperated fully with investigators. "He has not sought to minimise what he did. He knows he will live with it for the rest of his life," Haddad said.

Foley responded that the addiction did not explain the seven-year length of the fraud. "Addiction may explain why the money went where it did," he said. "It does not explain the forged statements he sent every month."

Outside the court, Maureen Ellis, 74, who lost A$310,000, said the sentence was too short. "I'm living in a caravan. He'll be out before I've finished paying off the debts he left me with," she told the ABC.

ASIC said in a statement that it welcomed the sentence. "Financial advisers hold a position of trust, and ASIC will continue to pursue those who abuse it," the commission said.''',
        [
            ("completely risk free, with returns paid", None),
            ("calculated and sustained", "Catherine Albrecht"),
            ("You targeted people who trusted you", "Catherine Albrecht"),
            ("This was not a business that", "Daniel Foley"),
            ("He has not sought to minimise", "Simon Haddad"),
            ("Addiction may explain why the money", "Daniel Foley"),
            ("It does not explain the forged", "Daniel Foley"),
            ("I'm living in a caravan.", "Maureen Ellis"),
            ("Financial advisers hold a position of", "Australian Securities and Investments Commission"),
        ],
    ),
    # 11 -- Beirut explosion: unnamed Red Cross spokesperson (organisation) via Al Jazeera, nurse, resident with pronoun across paragraphs, described young woman via Reuters
    (
'''Lebanese authorities said on Wednesday that at least 135 people had been killed and about 5,000 injured by the explosion at the port of Beirut on Tuesday evening, as rescuers continued to search the rubble for survivors.

The blast, which was felt as far away as Cyprus, was caused by about 2,750 tonnes of ammonium nitrate that had been stored in a warehouse at the port for six years, according to officials. The government has declared a two-week state of emergency in the capital and placed a number of port officials under house arrest pending an investigation.

The Lebanese Red Cross said its teams were still looking for dozens of people reported missing. "Our volunteers have not slept. Hospitals are full, and we are taking the injured to Tripoli and to the south," a Red Cross spokesperson told Al Jazeera.

Rima Khoury, a nurse at a hospital in the Achrafieh district, said the hospital itself had been badly damaged. "We were treating patients in the car park, by the light of our phones. The windows on every floor came in," she told the BBC.

Michel Sfeir, 63, whose apartment in the Gemmayzeh neighbourhood was destroyed, said he had been on his balcony when the explosion happened. "First there was a fire and smoke, and people were filming it. Then the sky turned orange and I was thrown into the living room," he said.

He said he had no money to repair the apartment. Lebanon has been in a deep economic crisis since late 2019, and banks have restricted withdrawals from savings accounts.

"The banks have taken our savings, the government has taken our dignity, and now this," Sfeir said.

Volunteers with brooms and shovels were clearing streets near the port on Wednesday. Many of them blamed the country's political leaders for negligence. One young woman sweeping glass outside a destroyed cafe told Reuters: "Nobody will be held responsible. Nobody ever is in this country."

Several countries, including France, Qatar and Iran, said they were sending medical teams and field hospitals.''',
        [
            ("Our volunteers have not slept. Hospitals", "Lebanese Red Cross"),
            ("We were treating patients in the", "Rima Khoury"),
            ("First there was a fire and", "Michel Sfeir"),
            ("The banks have taken our savings", "Michel Sfeir"),
            ("Nobody will be held responsible. Nobody", "~woman"),
        ],
    ),
    # 12 -- Arecibo collapse (curly quotes): NSF statement, scientist "wrote on Twitter" then told AP, former guide split quote
    (
'''The 900-tonne instrument platform suspended above the Arecibo Observatory radio telescope in Puerto Rico collapsed early on Tuesday, smashing into the 305-metre dish below it, the National Science Foundation (NSF) said.

The collapse came two weeks after the NSF announced that the telescope would be decommissioned because engineers had concluded that it could not be repaired safely. Two of the cables supporting the platform had failed, one in August and one in November.

“No injuries were reported. NSF is saddened by this development, and as we move forward we will be looking for ways to assist the scientific community and to maintain our strong relationship with the people of Puerto Rico,” the foundation said in a statement.

For 53 years Arecibo was one of the most important instruments in radio astronomy. It was used to discover the first planets outside the Solar System and to send a radio message toward a distant star cluster in 1974.

Ana Lucía Medina, a planetary radar scientist who worked at the observatory for nine years, wrote on Twitter that she had woken up to messages from former colleagues. “I knew it was coming, and it still feels like losing a member of the family,” she wrote.

Speaking to the Associated Press later on Tuesday, Medina said the telescope had been used to track potentially hazardous asteroids. “There is no other instrument in the world that can do exactly what Arecibo did for near-Earth objects. That gap is not going to be filled quickly,” she said.

Drone footage released by the observatory showed the moment the platform fell, tearing away the tops of the three concrete towers that held the cables.

Jonathan Rivera Colón, who grew up near the observatory and worked as a guide at its visitor centre, said the telescope had inspired generations of Puerto Rican scientists. “Every kid around here went on a school trip up there,” he told the newspaper El Nuevo Día. “We saw it in a James Bond film and we thought, that is ours.”''',
        [
            ("No injuries were reported. NSF is", "National Science Foundation"),
            ("I knew it was coming, and", "Ana Lucía Medina"),
            ("There is no other instrument in", "Ana Lucía Medina"),
            ("Every kid around here went on", "Jonathan Rivera Colón"),
            ("We saw it in a James", "Jonathan Rivera Colón"),
        ],
    ),
    # 13 -- Australian Open quarantine: scare-quoted term nobody says ("hard lockdown"), organisation statement, official told reporters, player "wrote" on Instagram, coach via website, unnamed resident split quote
    (
'''Seventy-two players who travelled to Melbourne for next month's Australian Open have been confined to their hotel rooms for fourteen days after passengers on three charter flights tested positive for COVID-19, tournament organisers said on Sunday.

Players in "hard lockdown" are not allowed to leave their rooms to train, unlike other players in quarantine, who are permitted to practise for five hours a day at Melbourne Park.

Tennis Australia said in a statement that the rules had been explained to all players before they travelled. "We understand this is difficult, and we are doing everything we can to support the players in their rooms, including providing exercise equipment," the statement said.

Victoria's quarantine commander, Rebecca Stanford, said the rules would not be relaxed. "There will be no special treatment. The rules are the same for a tennis player as for anyone else coming home from overseas," Stanford told reporters on Monday.

Ukrainian player Marta Kovalenko, ranked 48th in the world, posted a video on Instagram showing her hitting a ball against a mattress propped against the hotel window. "Day three. The mattress is winning," she wrote.

Her coach, Igor Melnyk, told the Ukrainian sports website Tribuna that he was worried about injuries. "Two weeks without running, without a court, and then you play three sets in 35 degrees. Somebody is going to get hurt," he said.

Some Melbourne residents, who spent 112 days under one of the world's longest lockdowns last year, have criticised players who complained on social media. "We did 112 days," one resident told Channel Nine outside the hotel. "They can do fourteen."

The tournament is scheduled to begin on February 8, three weeks later than usual.''',
        [
            ("We understand this is difficult, and", "Tennis Australia"),
            ("There will be no special treatment.", "Rebecca Stanford"),
            ("Day three. The mattress is winning", "Marta Kovalenko"),
            ("Two weeks without running, without a", "Igor Melnyk"),
            ("We did 112 days", "~resident"),
            ("They can do fourteen.", "~resident"),
        ],
    ),
    # 14 -- Ontario mayoral by-election: town clerk via local paper, winner, runner-up split quote, third candidate "said on Facebook" partial quote
    (
'''Retired paramedic Lorraine Beaudoin has been elected mayor of the town of Hawkesbury, Ontario, in a by-election held on Monday, defeating two other candidates with 52 per cent of the vote, according to unofficial results published by the town.

The by-election was called after the former mayor, Paul Sarrazin, resigned in August for health reasons. Voters could cast their ballots by mail, at two polling stations or online, a first for the town of around 10,000 people on the Ottawa River.

Turnout was 38 per cent, higher than expected given the pandemic, town clerk Nathalie Gauthier said. "Almost half of the ballots came in by mail, which is new for us, and everything went smoothly," Gauthier told the local newspaper Le Carillon.

Beaudoin, 61, spent 27 years as a paramedic in Prescott and Russell counties before retiring in 2018. She campaigned on reopening the town's public swimming pool, which has been closed since 2019 because of structural problems, and on improving bus connections to Ottawa.

"People told me on every doorstep that they feel forgotten. I am going to spend the next two years proving them wrong," she said in her victory speech, delivered in French and English at the town's Royal Canadian Legion hall, where supporters sat at distanced tables.

Second-placed candidate Denis Lalonde, who runs a hardware business on Main Street, conceded shortly after 10 p.m. and said he had telephoned Beaudoin to congratulate her. "She ran a positive campaign and she won it fairly," he said. "If she needs help, I'll be the first to offer it."

The third candidate, Éric Pilon, a 29-year-old teacher who received 11 per cent of the vote, said on Facebook that he was "disappointed but not discouraged" and thanked the volunteers who had knocked on doors with him in the rain.

Beaudoin will be sworn in at a council meeting next Tuesday. She will serve until the regular municipal election in October 2022.''',
        [
            ("Almost half of the ballots came", "Nathalie Gauthier"),
            ("People told me on every doorstep", "Lorraine Beaudoin"),
            ("She ran a positive campaign and", "Denis Lalonde"),
            ("If she needs help, I'll be", "Denis Lalonde"),
            ("disappointed but not discouraged", "Éric Pilon"),
        ],
    ),
    # 15 -- Cyclone Yasa in Fiji (curly quotes): weather service partial quote, disaster official "said X, the director", "warned", villager multi-sentence quote via newspaper, Red Cross official
    (
'''Severe Tropical Cyclone Yasa struck Fiji's second-largest island, Vanua Levu, on Thursday night with winds of up to 250 kilometres per hour, killing at least two people and destroying homes across the north of the country, officials said on Friday.

The Category 5 storm was one of the strongest ever recorded in the South Pacific. A nationwide curfew was imposed on Thursday afternoon, and more than 23,000 people spent the night in evacuation centres.

The Fiji Meteorological Service had warned on Wednesday that Yasa would be “a very destructive storm” and urged people living in low-lying coastal areas to move to higher ground.

“The damage in Bua and Macuata provinces is extensive. Whole villages have lost their roofs, and some have lost every house,” said Josefa Naivalu, the director of the National Disaster Management Office.

Naivalu warned that the number of casualties could rise once teams reached remote areas. “Communications are down to many of the islands in the north, and we do not yet have a full picture,” he told reporters in Suva.

Villager Apenisa Tuilau, from the island of Kia, told the Fiji Times that the people of his village had sheltered together in the church. “The wind was screaming all night. At two o'clock the roof of the church began to lift, and the men held the beams down with ropes,” he said. “In the morning there was nothing left of the houses. Only the church was standing.”

The Fiji Red Cross Society said it had placed relief supplies on Vanua Levu before the storm arrived. Its director general, Litiana Maika, said clean water was now the most urgent need. “Water tanks have been destroyed, pipes are broken, and wells may be contaminated by seawater. We are very worried about disease in the coming weeks,” she said.

Australia and New Zealand said they would send military aircraft carrying relief supplies on Saturday.''',
        [
            ("a very destructive storm", "Fiji Meteorological Service"),
            ("The damage in Bua and Macuata", "Josefa Naivalu"),
            ("Communications are down to many of", "Josefa Naivalu"),
            ("The wind was screaming all night.", "Apenisa Tuilau"),
            ("In the morning there was nothing", "Apenisa Tuilau"),
            ("Water tanks have been destroyed, pipes", "Litiana Maika"),
        ],
    ),
    # 16 -- Berlinale online edition: festival statement, film title without quotes, director via broadcaster, follow-up quote with no cue, director "wrote" in a message read out, critic
    (
'''The Berlin International Film Festival opened its online industry edition on Monday, with 15 films competing for the Golden Bear being shown only to accredited journalists and film buyers on a streaming platform rather than in cinemas.

The festival, usually one of the largest public film events in the world, said it hoped to hold public screenings in Berlin in June if the pandemic allowed. "We did not want to let the films wait, and we did not want to give up on audiences. This year the Berlinale will happen twice," the festival said in a statement.

Danish director Mette Kjærgaard, whose film The Lighthouse Keeper's Daughter is in competition, said she had watched its premiere from her kitchen in Copenhagen. "You spend four years making a film and you imagine the moment in the Berlinale Palast, with two thousand people," she told the Danish broadcaster DR. "Instead I refreshed a web page and hoped the stream worked."

She said she was nonetheless grateful to the festival. "At least the film exists in the world now. A lot of colleagues have films sitting on a hard drive."

Iranian director Reza Farahani, whose film is also in competition, has been barred from leaving Iran by the authorities, according to his producer. In a message read out at an online press conference, Farahani wrote that he had "learned to work with closed doors". "Cinema has always found a way through the walls that are built around it," he wrote.

Thomas Berger, film critic for the newspaper Der Tagesspiegel, said the online format took away something essential. "A festival is not a catalogue. It is people arguing on the pavement at midnight about what they have just seen," Berger said.

The jury, which is meeting in person in Berlin, will announce the winners on Friday. The festival said the award ceremony would be streamed online.''',
        [
            ("We did not want to let", "Berlin International Film Festival"),
            ("You spend four years making a", "Mette Kjærgaard"),
            ("Instead I refreshed a web page", "Mette Kjærgaard"),
            ("At least the film exists in", "Mette Kjærgaard"),
            ("learned to work with closed doors", "Reza Farahani"),
            ("Cinema has always found a way", "Reza Farahani"),
            ("A festival is not a catalogue.", "Thomas Berger"),
        ],
    ),
    # 17 -- University ransomware attack: university statement, vice-chancellor "wrote" in message seen by BBC, student union president, agency spokesperson with colon, researcher
    (
'''Cheshire Metropolitan University has postponed the start of its autumn term by a week after a ransomware attack disabled its email, online learning and student records systems, the university said on Thursday.

The attack was discovered on Sunday, when staff found that files on several of the university's servers had been encrypted. A message left on the servers demanded payment in Bitcoin, according to a person familiar with the investigation who spoke to The Guardian.

"We are working around the clock with specialist advisers and with law enforcement to restore our systems safely. We will not be paying any ransom," the university said in a statement.

Vice-chancellor Professor Alison Trent told staff in a message seen by the BBC that some data may have been copied before the files were encrypted. "I cannot yet tell you what, if anything, has been taken. When we know, you will know," she wrote.

The president of the students' union, Kofi Mensah, said first-year students who had already moved into halls of residence had been left confused. "Nobody can log in to anything, not timetables, not reading lists, not even the app for the canteen. People are starting university in a pandemic, and now this," he said.

The National Crime Agency confirmed it was investigating. A spokesperson said: "We are working with the university to understand the nature and the scale of the incident."

Richard Dale, a cyber security researcher at the University of Surrey, told BBC Radio 5 Live that universities had become attractive targets for criminal gangs. "They hold a lot of personal data and valuable research, but they often run old systems and have thousands of people logging in from all over the world," he said.

Several other British universities have reported cyber attacks since the start of the pandemic, when teaching moved online.''',
        [
            ("We are working around the clock", "Cheshire Metropolitan University"),
            ("I cannot yet tell you what", "Alison Trent"),
            ("Nobody can log in to anything", "Kofi Mensah"),
            ("We are working with the university", "National Crime Agency"),
            ("They hold a lot of personal", "Richard Dale"),
        ],
    ),
    # 18 -- Locusts in Kenya (curly quotes): UN agency statement, farmer via newspaper, county officer via Reuters, unnamed farmer split quote, entomologist "explained"
    (
'''Swarms of desert locusts have spread across at least 14 of Kenya's 47 counties, destroying crops and pasture in the worst outbreak the country has seen in 70 years, according to the UN's Food and Agriculture Organization (FAO).

The FAO has appealed for $76 million to fight the outbreak in East Africa. “The situation remains extremely alarming,” the organisation said in a statement on Monday, adding that the insects were still breeding and that new swarms could form in March.

A single swarm seen in north-eastern Kenya in January was estimated to cover 2,400 square kilometres, an area almost the size of Luxembourg. A swarm of that size can eat as much food in a day as the entire population of Kenya.

Farmer Esther Wanjiru, from Kitui County, said the insects had eaten her field of green grams in a single afternoon. “They came like a dark cloud and the sound was like heavy rain. We banged pots and blew whistles, but there were too many, and by evening there was nothing left,” she told the Daily Nation.

Government teams have been spraying pesticide from aircraft, but officials admit there are not enough planes. Kitui County agriculture officer Joseph Mutua said the county had been given a single aircraft. “We are spraying every day from six in the morning, but one plane cannot fight swarms this size. We need at least five,” Mutua told Reuters.

Another farmer in Mwingi, who asked not to be named, accused the government of reacting too slowly. “They were here in December and we told the chief,” he said. “Nobody came until they were in our fields.”

Dr Miriam Otieno, an entomologist at the International Centre of Insect Physiology and Ecology in Nairobi, said unusually heavy rains late last year had created ideal breeding conditions. “Each generation can be twenty times larger than the last. If we do not control them now, by June we could be looking at a much bigger problem,” she explained.''',
        [
            ("The situation remains extremely alarming", "Food and Agriculture Organization"),
            ("They came like a dark cloud", "Esther Wanjiru"),
            ("We are spraying every day from", "Joseph Mutua"),
            ("They were here in December and", "~farmer"),
            ("Nobody came until they were in", "~farmer"),
            ("Each generation can be twenty times", "Miriam Otieno"),
        ],
    ),
    # 19 -- County election certification: two male board members in turn ("he replied"), unattributed rumour quote (None), elections director, unnamed poll worker, state department statement
    (
'''The board of elections in Marlow County, Pennsylvania, voted 3–1 on Tuesday to certify the results of the November 3 general election, after a four-hour meeting in which a Republican member initially argued that the vote should be delayed.

Board member Ray Castellano, a Republican, said he had received dozens of complaints from voters about long lines and about mail-in ballots. "I'm not saying anybody did anything wrong. I'm saying people have questions, and I think we owe them answers before we sign anything," Castellano said at the start of the meeting.

Posts shared widely on Facebook in the county last week claimed that ballots had been "dumped behind the fire hall", a claim the county has said is false.

Fellow board member Curtis Wade, a Democrat, said the board had no legal power to delay certification. "Our job is to add up the numbers. It is not to investigate rumours on Facebook, and he knows that, and so does everybody in this room," Wade said.

Castellano said he resented the suggestion. "I have served this county for twenty-two years. Don't tell me what I know," he replied.

County elections director Patricia Morrow told the board that her office had reviewed every complaint it had received. "We found two ballots that were counted in the wrong precinct, and both have been corrected. We found no evidence of fraud. None," she said.

More than 300 people joined the meeting by video link, and 61 of them spoke during the public comment period. One woman, who said she had been a poll worker for thirty years, told the board: "Please certify this election. We worked sixteen-hour days. We did it right."

After a recess, Castellano voted with the majority. He told the Associated Press afterwards that he had been satisfied by Morrow's explanation.

The Pennsylvania Department of State said in a statement that all 67 counties were expected to certify their results before the deadline. "Counties have a legal duty to certify accurate results, and they are meeting it," the department said.''',
        [
            ("I'm not saying anybody did anything", "Ray Castellano"),
            ("dumped behind the fire hall", None),
            ("Our job is to add up", "Curtis Wade"),
            ("I have served this county for", "Ray Castellano"),
            ("We found two ballots that were", "Patricia Morrow"),
            ("Please certify this election. We worked", "~woman"),
            ("Counties have a legal duty to", "Pennsylvania Department of State"),
        ],
    ),
    # 20 -- Valencia marathon: winner, runner-up "through an interpreter" split quote (two men in turn), race director via newspaper, coach partial quote then quote
    (
'''Kenyan runner Daniel Kiprop won the Valencia Marathon on Sunday in 2 hours, 3 minutes and 11 seconds, the fastest marathon ever run in Spain, in a race held only for elite athletes because of the COVID-19 pandemic.

Kiprop, 27, broke away from the leading group at 35 kilometres and finished 19 seconds ahead of Ethiopia's Tesfaye Gebre. The event, which normally attracts more than 25,000 runners, was limited to around 200 elite athletes running laps of a closed circuit in the city centre.

"After 30 kilometres I felt strong, and my coach told me to go and not to wait. I was scared because I have never run this fast before, but my legs kept going," Kiprop said after the race.

Gebre said he had hoped to run under 2:04 and was nevertheless happy with his time. "The pace was very high from the start. Daniel was the strongest today," he said through an interpreter. "Next time, maybe me."

Race director Lucía Soler said organisers had tested every athlete, pacemaker and staff member twice before the race. "Holding this race this year was a challenge, but we wanted to show that sport can happen safely," she told the Spanish sports newspaper Marca. She said the city hoped to welcome amateur runners back in December 2021.

Kiprop's coach, Samuel Rotich, described the performance as "the start of something". "He has been training at altitude in Iten since August with no races at all. Today he showed what he has," Rotich told Athletics Weekly.

In the women's race, Ethiopia's Hiwot Bekele won in 2:17:40.''',
        [
            ("After 30 kilometres I felt strong", "Daniel Kiprop"),
            ("The pace was very high from", "Tesfaye Gebre"),
            ("Next time, maybe me.", "Tesfaye Gebre"),
            ("Holding this race this year was", "Lucía Soler"),
            ("the start of something", "Samuel Rotich"),
            ("He has been training at altitude", "Samuel Rotich"),
        ],
    ),
    # 21 -- Hope probe reaches Mars (curly quotes): organisation post on Twitter, engineer via newspaper with quote running over two paragraphs, outside scientist
    (
'''The United Arab Emirates’ Hope probe successfully entered orbit around Mars on Tuesday, making the UAE the first Arab country and only the fifth space power to reach the planet.

The probe fired its six main thrusters for 27 minutes to slow down enough to be captured by the planet’s gravity. Because radio signals take around eleven minutes to travel between Mars and Earth, engineers at the Mohammed bin Rashid Space Centre in Dubai had to wait to learn whether the manoeuvre had worked.

“Contact has been re-established with Hope. The probe is in orbit,” the space centre said in a post on Twitter shortly after 8 p.m. local time. Engineers in the mission control room stood and applauded, and the Burj Khalifa tower was lit up in red.

Mission engineer Hessa Al Mansoori told the Emirati newspaper The National that the team had rehearsed the orbit insertion hundreds of times. “We could not touch the spacecraft during those 27 minutes. Everything was automatic. All we could do was wait, and look at each other, and wait some more,” she said. “When the signal came back, I cried. I am not ashamed of it.

“Six years ago most of us had never built a spacecraft. Today we are at Mars.”

Hope will study the Martian atmosphere and weather for a full Martian year, or about 687 Earth days. Professor David Hollister, a planetary scientist at Imperial College London who is not involved in the mission, said the probe’s unusually high orbit would allow it to observe every part of the planet at every time of day.

“No previous mission has been able to watch the weather on Mars change over the course of a day across the whole planet. This is genuinely new science, not just a flag on a planet,” he said.

China’s Tianwen-1 probe is due to enter orbit around Mars on Wednesday, and NASA’s Perseverance rover is scheduled to land on the planet on February 18.''',
        [
            ("Contact has been re-established with Hope.", "Mohammed bin Rashid Space Centre"),
            ("We could not touch the spacecraft", "Hessa Al Mansoori"),
            ("When the signal came back, I", "Hessa Al Mansoori"),
            ("Six years ago most of us", "Hessa Al Mansoori"),
            ("No previous mission has been able", "David Hollister"),
        ],
    ),
    # 22 -- EndSARS protests: protesters chanting, Amnesty statement, organiser via Al Jazeera, police spokesman split quote, described motorcyclist, state government partial quote
    (
'''Thousands of people marched in Lagos, Abuja and other Nigerian cities on Friday for the ninth day in a row, demanding an end to police brutality, despite the government's announcement last weekend that the Special Anti-Robbery Squad (SARS) had been disbanded.

Protesters blocked the Lekki toll gate in Lagos and chanted "End SARS now" as traffic queued for kilometres along the expressway.

Amnesty International said on Friday that at least ten people had been killed since the protests began. "The Nigerian authorities must ensure that peaceful protesters are not met with violence, and that those responsible for killings are brought to justice," the organisation said in a statement.

Ada Okonkwo, a 24-year-old software developer who has helped organise food and medical supplies for the Lagos protesters, said the movement had no single leader. "Nobody owns this. It is young people who are tired of being harassed for carrying a laptop or wearing dreadlocks. Disbanding SARS and giving the same officers a new name is not reform," she told Al Jazeera.

A police spokesman, Musa Adamu, said officers had been ordered not to use force against peaceful protesters. "The police respect the right of citizens to protest," Adamu told reporters in Abuja. "But we will not allow criminals to hide among them."

One man who joined the protest in Abuja, a commercial motorcyclist, said he had been stopped by SARS officers three times. "Each time they took my money. The last time they took my phone. I am here for my younger brothers," he told the BBC.

The Lagos State Government said in a statement on Friday evening that it had "heard the voices of the young people" and would set up a judicial panel to investigate abuses by the police.''',
        [
            ("End SARS now", "~protesters"),
            ("The Nigerian authorities must ensure that", "Amnesty International"),
            ("Nobody owns this. It is young", "Ada Okonkwo"),
            ("The police respect the right of", "Musa Adamu"),
            ("But we will not allow criminals", "Musa Adamu"),
            ("Each time they took my money.", "~man"),
            ("heard the voices of the young", "Lagos State Government"),
        ],
    ),
    # 23 -- Highland train derailment: police superintendent, passenger via BBC Scotland, partial quote after pronoun, unnamed Network Rail spokesperson (organisation), train operator statement
    (
'''A passenger train derailed after striking a landslip on the Highland Main Line near Dalwhinnie on Wednesday morning, injuring nine people, two of them seriously, police said.

The 06:47 service from Perth to Inverness was carrying 41 passengers and three crew. The front carriage left the track and came to rest at an angle against the embankment after heavy overnight rain washed earth and rocks onto the line.

Superintendent Graeme Lorimer of Police Scotland said emergency services had been called at 07:52. "All passengers and crew have been accounted for. Two people have been taken to Raigmore Hospital in Inverness with injuries described as serious but not life-threatening," he said.

Passenger Fiona McAllister, who was travelling to a job interview in Inverness, was sitting in the second carriage. "There was a bang and then a horrible grinding noise, and everything tipped. People's bags were flying, and a man across from me had blood on his face, but he kept asking everyone else if they were all right," she told BBC Scotland.

She said the conductor had been "incredibly calm" and had helped passengers to climb down from the train onto the trackside.

Network Rail said more than 50 millimetres of rain had fallen in the area overnight. "Our inspection teams checked this section of line at five o'clock this morning and found no problems. We will be working closely with investigators to understand exactly what happened," a Network Rail spokesperson said.

ScotRail said in a statement: "Our thoughts are with everyone who was on board this morning, and we are grateful to the emergency services for their response."

The Rail Accident Investigation Branch said it had sent inspectors to the site. The line is expected to remain closed for at least a week, with buses replacing trains between Perth and Inverness.''',
        [
            ("All passengers and crew have been", "Graeme Lorimer"),
            ("There was a bang and then", "Fiona McAllister"),
            ("incredibly calm", "Fiona McAllister"),
            ("Our inspection teams checked this section", "Network Rail"),
            ("Our thoughts are with everyone who", "ScotRail"),
        ],
    ),
    # 24 -- Flybe collapse (curly quotes): company statement, cabin crew member, union partial quote then named official, unnamed Treasury spokesperson (organisation), airport partial quote
    (
'''British regional airline Flybe collapsed into administration early on Thursday, cancelling all of its flights and putting around 2,400 jobs at risk, after talks with the government over a rescue loan failed.

The airline, which operated about a third of domestic flights in the United Kingdom, had been struggling financially for more than a year. A sharp fall in bookings caused by the new coronavirus was the final blow, according to people close to the company.

“We are deeply sorry to announce that Flybe has ceased trading, and all flights have been cancelled. Passengers should not travel to the airport unless they have arranged a flight with another airline,” the company said in a statement posted on its website shortly after 3 a.m.

Cabin crew member Sophie Marsh, who had worked for the airline for eleven years, said staff had learned of the collapse from the news. “I was due to fly to Belfast at seven this morning. At midnight my phone started going mad, and nobody from the company has told us anything directly,” she told BBC Spotlight.

The British Airline Pilots Association (BALPA) said the government had “let down” Flybe's staff and the regions it served. Tom Haldane, a BALPA official, said: “These are skilled people who kept the regions of this country connected. They deserve better than finding out from a news alert.”

A spokesperson for HM Treasury said: “We have been working with the company to explore options, but it is not the role of government to prop up individual companies.” Other airlines have been asked to offer reduced fares to stranded passengers.

Exeter Airport, where Flybe had its headquarters, described the collapse as “a huge blow” to the economy of the south-west of England.''',
        [
            ("We are deeply sorry to announce", "Flybe"),
            ("I was due to fly to", "Sophie Marsh"),
            ("let down", "British Airline Pilots Association"),
            ("These are skilled people who kept", "Tom Haldane"),
            ("We have been working with the", "HM Treasury"),
            ("a huge blow", "Exeter Airport"),
        ],
    ),
    # 25 -- Van Gogh stolen: museum director, police statement, investigator via newspaper split, described neighbour via regional broadcaster
    (
'''A painting by Vincent van Gogh was stolen early on Monday from the Singer Laren museum in the Netherlands, which had been closed to the public since mid-March because of the coronavirus pandemic, police said.

The painting, The Parsonage Garden at Nuenen in Spring, was painted in 1884 and was on loan from the Groninger Museum. Thieves smashed through the glass front doors of the museum at about 3:15 a.m., setting off an alarm, but had gone by the time police arrived.

"We are devastated. This is a painting that belongs to everyone, and it has been taken at the very moment people need art most," the museum's director, Evert van Dijk, told reporters on Monday.

Dutch police said in a statement that officers were examining camera footage from the area. "We are asking anyone who saw anything unusual near the museum overnight to contact us," the statement said.

Pieter Kloosterman, a private investigator who specialises in stolen art, told the Dutch newspaper De Telegraaf that the painting would be almost impossible to sell. "Every dealer and auction house in the world knows this picture now," he said. "Either the thieves are very stupid, or it was stolen to order, or they want to use it in a deal with prosecutors."

A woman who lives opposite the museum said she had been woken by the alarm. "I looked out and saw a scooter driving off very fast toward the main road. I thought it was kids," she told the regional broadcaster NH Nieuws.

The painting is estimated to be worth several million euros. The Groninger Museum said it was cooperating with police.''',
        [
            ("We are devastated. This is a", "Evert van Dijk"),
            ("We are asking anyone who saw", "Dutch police"),
            ("Every dealer and auction house in", "Pieter Kloosterman"),
            ("Either the thieves are very stupid", "Pieter Kloosterman"),
            ("I looked out and saw a", "~woman"),
        ],
    ),
    # 26 -- Death of folk singer: family statement (described speaker), album title without quotes, band member partial then split quote, label partial quote, unnamed man via newspaper
    (
'''Irish folk singer Nora Keane, whose recordings of traditional songs from the west of Ireland introduced them to audiences around the world, has died at the age of 78.

Keane died on Saturday in a hospital in Galway after a short illness, her family said in a statement. "She died peacefully, with her children and grandchildren beside her and music playing in the room. She asked us to say thank you to everyone who ever sang along," the statement said.

Born in Carna, County Galway, in 1942, Keane sang in both Irish and English. Her 1971 album Amhráin an Iarthair sold more than a million copies, and she toured the United States, Japan and Australia many times over five decades.

Fiddler Seán Ó Dálaigh, who played in her band for more than twenty years, told RTÉ Radio 1 that Keane had been "the real thing". "There was no act with Nora," he said. "What you saw on stage was what you got in the kitchen at two in the morning, and she would sing until the sun came up."

Her record label, Claddagh Sound, described her in a statement as "a voice that carried a whole tradition" and said it would re-release her early recordings later this year.

In Carna on Sunday evening, musicians gathered in the pub where Keane first sang in public as a child. Because of coronavirus restrictions, they played outside, with people listening from the road. "We'll sing her songs tonight and we'll sing them badly, and she'd laugh at us," one local man told the Irish Times.

Keane is survived by her three children and seven grandchildren. Her husband, the accordion player Máirtín Keane, died in 2009.''',
        [
            ("She died peacefully, with her children", "~family"),
            ("the real thing", "Seán Ó Dálaigh"),
            ("There was no act with Nora", "Seán Ó Dálaigh"),
            ("What you saw on stage was", "Seán Ó Dálaigh"),
            ("a voice that carried a whole", "Claddagh Sound"),
            ("We'll sing her songs tonight and", "~man"),
        ],
    ),
    # 27 -- Reykjanes earthquakes (curly quotes): met office statement, volcanologist "Asked ... she replied", resident split quote via newspaper, senior official (described) via Reuters
    (
'''More than 18,000 earthquakes have been recorded on Iceland’s Reykjanes peninsula since Wednesday, and scientists say a volcanic eruption a short distance from the capital, Reykjavík, can no longer be ruled out.

The strongest, of magnitude 5.7, struck on Wednesday morning about 3 kilometres south-west of Mount Keilir and was felt across the capital region. No one was injured, but several houses in the fishing town of Grindavík suffered cracked walls and fallen shelves.

The Icelandic Meteorological Office said on Friday that a magma intrusion was forming beneath the area between Fagradalsfjall and Keilir. “The activity is consistent with magma moving toward the surface. An eruption in the coming days or weeks is possible, but it is not certain,” the office said in a statement.

Volcanologist Ragnhildur Sigurðardóttir of the University of Iceland told the broadcaster RÚV that any eruption was likely to be small and to produce lava flows rather than an ash cloud. Asked whether air travel could be affected, she replied: “Very unlikely. This is not Eyjafjallajökull. We would expect fissures opening in the ground and lava, not a plume in the sky.”

Grindavík resident Guðrún Pálsdóttir, 67, said she had barely slept for three nights. “The house shakes every few minutes. You lie in bed, you hear the windows rattle, and you wait for the next one,” she told the newspaper Morgunblaðið. “My grandchildren think it is exciting. I do not.”

A senior official at the Department of Civil Protection and Emergency Management said there were no plans to evacuate the town. “We are watching the data every hour. If we need to move people we will do it quickly, but there is no reason to do it now,” he told Reuters.''',
        [
            ("The activity is consistent with magma", "Icelandic Meteorological Office"),
            ("Very unlikely. This is not Eyjafjallajökull.", "Ragnhildur Sigurðardóttir"),
            ("The house shakes every few minutes.", "Guðrún Pálsdóttir"),
            ("My grandchildren think it is exciting.", "Guðrún Pálsdóttir"),
            ("We are watching the data every", "~official"),
        ],
    ),
    # 28 -- Swiss business referendum: campaign co-president (speaker after quote), business federation partial quote, political scientist, described voter with no verb after quote
    (
'''Swiss voters narrowly backed a proposal on Sunday to make companies based in Switzerland legally liable for human rights and environmental abuses by their subsidiaries abroad, but the initiative failed because it did not win a majority of the country's cantons.

The Responsible Business Initiative won 50.7 per cent of the popular vote, according to official results, but was approved in only eight and a half of the 26 cantons. Under the Swiss constitution, popular initiatives need a double majority of voters and cantons to pass.

"A majority of the people said yes, and that is a message that business and politics cannot ignore. We lost on the cantons, but we won the argument," said Lukas Meier, co-president of the campaign committee.

The business federation economiesuisse, which campaigned against the initiative, said voters had "chosen a pragmatic path". A counter-proposal already adopted by parliament will now come into force, obliging large companies to report on human rights and environmental risks without creating new legal liability.

Political scientist Anna Zbinden of the University of Bern told the Swiss public broadcaster SRF that the result showed a widening divide between cities and rural areas. "In Zurich, Basel and Geneva the initiative won clearly, while in the small German-speaking cantons it was rejected by large margins," she said. "That divide has been growing for twenty years."

In Geneva, one voter, a retired schoolteacher, told the Tribune de Genève she was disappointed. "More people voted for it than against it. It is hard to explain to my grandchildren why that is not enough."

Voters on Sunday also rejected a separate proposal to ban the financing of arms manufacturers by Swiss banks and pension funds.''',
        [
            ("A majority of the people said", "Lukas Meier"),
            ("chosen a pragmatic path", "economiesuisse"),
            ("In Zurich, Basel and Geneva the", "Anna Zbinden"),
            ("That divide has been growing for", "Anna Zbinden"),
            ("More people voted for it than", "~voter"),
        ],
    ),
    # 29 -- Great Barrier Reef bleaching: lead researcher then "he said" after explanation, marine park authority statement, tour operator, conservation group spokesperson partial quote
    (
'''The Great Barrier Reef has suffered its third mass bleaching event in five years, with aerial surveys finding bleached corals across all three regions of the reef for the first time, scientists said on Tuesday.

Researchers from James Cook University surveyed 1,036 reefs from the air during the second half of March. They found severe bleaching on about a quarter of them, many in the southern section of the reef, which had largely escaped the previous events in 2016 and 2017.

"For the first time, severe bleaching has struck all three regions of the Great Barrier Reef. The southern reefs were our refuge, and now there are very few places left that have not been hit at least once," lead researcher Professor Martin Halloran said.

Bleaching happens when water temperatures stay unusually high for weeks, causing corals to expel the algae that live in their tissues and give them their colour. "Bleached coral is not necessarily dead coral, and some of these reefs will recover if the water cools. But the gaps between these events are getting too short for the reef to bounce back properly," Halloran said.

February was the hottest month on the reef since records began in 1900, according to the Bureau of Meteorology. The Great Barrier Reef Marine Park Authority confirmed the findings. "Climate change remains the single greatest threat to the reef," the authority said in a statement.

Kerry Donnelly, who runs snorkelling trips from Airlie Beach, said visitors still had plenty to see. "People hear the word bleaching and think the whole reef is a graveyard. It isn't," she told the ABC. "But I've been diving here for thirty years and I've never been this worried."

A spokesperson for the Australian Marine Conservation Society said the government had to "stop pretending that the reef can be saved without cutting emissions".''',
        [
            ("For the first time, severe bleaching", "Martin Halloran"),
            ("Bleached coral is not necessarily dead", "Martin Halloran"),
            ("Climate change remains the single greatest", "Great Barrier Reef Marine Park Authority"),
            ("People hear the word bleaching and", "Kerry Donnelly"),
            ("But I've been diving here for", "Kerry Donnelly"),
            ("stop pretending that the reef can", "Australian Marine Conservation Society"),
        ],
    ),
    # 30 -- Atlantic solo rower (curly quotes): rower, her mother (same surname) split quote, race director partial then quote, charity partial, "Asked ... she replied"
    (
'''British rower Eleanor Pryce arrived in Antigua on Saturday after rowing alone across the Atlantic Ocean in 58 days, 14 hours and 6 minutes, becoming one of the youngest women to complete a solo crossing.

Pryce, 23, from Shrewsbury, set off from La Gomera in the Canary Islands on 12 December as one of 21 crews in this year’s Talisker Whisky Atlantic Challenge. She rowed about 4,800 kilometres, often for twelve hours a day.

“I’m not sure my legs remember how to walk. The last week was the hardest thing I’ve ever done, and I was talking to the fish by the end,” Pryce said as she stepped onto the dock at English Harbour, where family members who had flown out to meet her were waiting.

She capsized twice during the crossing, according to race organisers, and spent Christmas Day repairing a broken rudder. Her mother, Ruth Pryce, told BBC Midlands Today that the family had followed her progress on a tracking website every morning. “When the dot stopped moving for six hours on Christmas Day, I didn’t sleep,” she said. “Then she rang on the satellite phone and said she’d fixed it with a cable tie and a spoon.”

Race director Mark Ashworth said Pryce had rowed “with extraordinary patience”. “Solo rowers have to manage everything themselves: navigation, water, food, sleep, repairs and their own heads. Eleanor never once asked us to come and get her,” he said.

Pryce raised more than £40,000 for the mental health charity Mind, which said in a statement that it was “incredibly grateful”.

She said her first meal on dry land would be a cheeseburger. Asked whether she would ever row an ocean again, she laughed and replied: “Ask me in a month.”''',
        [
            ("I’m not sure my legs remember", "Eleanor Pryce"),
            ("When the dot stopped moving for", "Ruth Pryce"),
            ("Then she rang on the satellite", "Ruth Pryce"),
            ("with extraordinary patience", "Mark Ashworth"),
            ("Solo rowers have to manage everything", "Mark Ashworth"),
            ("incredibly grateful", "Mind"),
            ("Ask me in a month.", "Eleanor Pryce"),
        ],
    ),
]
STORIES_BH = [
    # 1 -- US impeachment committee vote: quote split around cue, two male legislators in turn, White House statement (partial + full), tweet, pronoun answer after "asked"
    (
'''The House Judiciary Committee voted 23 to 17 on Friday to approve two articles of impeachment against the president, sending the measures to the full House of Representatives for a vote expected next week.

The vote fell along party lines after two days of often bitter debate. "We did not seek this moment," committee chairman Raymond Ostrowski, a Democrat from New Jersey, told reporters after the vote. "But the evidence before this committee is overwhelming, and the Constitution does not permit us to look away."

The committee's ranking Republican, Dale Whitcomb of Ohio, called the proceedings "a partisan exercise from start to finish."

"They decided the verdict before they heard a single witness, and the American people can see through this," Whitcomb said.

He added that Republicans would "fight this on the floor and in the Senate," and predicted that no member of his party would vote for the articles.

Ostrowski rejected that characterization. Asked whether he expected any Republican support, he replied: "I expect every member to read the evidence. What they do after that is between them and their constituents."

In a statement released minutes after the vote, the White House said the committee had "disgraced itself." "Today's vote is the product of a sham process run by people who have wanted to overturn an election since the day it happened. The President has done nothing wrong," the statement read.

Representative Angela Fuentes of California, one of the committee's newer members, posted on Twitter shortly after the gavel fell: "I took an oath to defend the Constitution. Today I kept it."

Speaking to CNN later in the evening, Fuentes said she had received hundreds of threats since the hearings began. "It doesn't change anything. If anything, it tells you how much is at stake," she said.

The full House is expected to debate the articles on Wednesday, with a final vote likely before the Christmas recess.''',
        [
            ("We did not seek this moment", "Raymond Ostrowski"),
            ("But the evidence before this committee", "Raymond Ostrowski"),
            ("a partisan exercise from start to", "Dale Whitcomb"),
            ("They decided the verdict before they", "Dale Whitcomb"),
            ("fight this on the floor and", "Dale Whitcomb"),
            ("I expect every member to read", "Raymond Ostrowski"),
            ("disgraced itself", "White House"),
            ("Today's vote is the product of", "White House"),
            ("I took an oath to defend", "Angela Fuentes"),
            ("It doesn't change anything. If anything,", "Angela Fuentes"),
        ],
    ),
    # 2 -- UK Brexit vote (curly quotes): split quote whose second part runs over two paragraphs, "the 61-year-old" then "he", Downing Street spokesman, party statement, tweet
    (
'''MPs have rejected the government’s revised Brexit plan by 312 votes to 298, throwing the timetable for the UK’s departure from the European Union into fresh doubt.

The result was announced shortly after 7pm on Tuesday to loud cheers from the opposition benches. Brexit Secretary Stephen Haldane, who had opened the debate on Monday, told the Commons the government was “disappointed but not deterred”.

“The House has spoken tonight, and we respect that,” Mr Haldane said. “But the country voted to leave, and it is our duty to find a way through. We will return to this House with a plan that honours that instruction.

“Nobody should mistake tonight’s result for the end of the matter.”

Labour’s shadow Brexit secretary, Margaret Okonjo, said the vote showed the government had “run out of road”. Speaking to BBC Newsnight, she said: “This deal was defeated because it is a bad deal. The government has had months to listen and it has refused to do so at every turn.”

The SNP’s Westminster leader, Iain Ferguson, posted on Twitter: “Another humiliating defeat. Scotland did not vote for any of this and will not be dragged out against its will.”

Among the 19 Conservatives who voted against the government was Rupert Vane, the veteran MP for North Wiltshire. The 61-year-old, who has sat in the Commons since 1997, said he had voted against his party for the first time in his career.

“I did not come into politics to break promises,” he told reporters in Central Lobby. “I will not vote for something that leaves us half in and half out.”

A Downing Street spokesman said the prime minister would make a statement to the House on Wednesday. “The prime minister remains committed to delivering Brexit and will set out the next steps tomorrow,” the spokesman said.

The Democratic Unionist Party, whose ten MPs voted against the plan, said in a statement: “We could not support an arrangement that treats Northern Ireland differently from the rest of the United Kingdom.”''',
        [
            ("disappointed but not deterred", "Stephen Haldane"),
            ("The House has spoken tonight, and", "Stephen Haldane"),
            ("But the country voted to leave", "Stephen Haldane"),
            ("run out of road", "Margaret Okonjo"),
            ("This deal was defeated because it", "Margaret Okonjo"),
            ("Another humiliating defeat. Scotland did not", "Iain Ferguson"),
            ("I did not come into politics", "Rupert Vane"),
            ("I will not vote for something", "Rupert Vane"),
            ("The prime minister remains committed to", "Downing Street"),
            ("We could not support an arrangement", "Democratic Unionist Party"),
        ],
    ),
    # 3 -- Canadian federal budget: "the 58-year-old minister" then "he" in next paragraph, organisation statement followed by its named president, split quote, Radio-Canada
    (
'''Finance Minister Daniel Mercier tabled the federal budget in the House of Commons on Tuesday, projecting a deficit of $19.8 billion for the coming fiscal year and promising new spending on housing, pharmacare and skills training.

"This is a budget for the middle class and for those working hard to join it. We are investing in Canadians because that is how you build a stronger economy," Mercier told the House.

The 58-year-old minister, who is presenting his fourth budget, defended the decision not to set a date for balancing the books. Speaking to reporters in the budget lockup earlier in the day, he said the government's debt-to-GDP ratio was "declining and will continue to decline."

"Canadians understand the difference between spending for the sake of it and investing in the future," he said.

Conservative finance critic Patricia Olsen described the budget as "an election-year spending spree paid for with borrowed money."

"Every dollar this government spends today is a dollar our children will have to pay back with interest. The minister promised a balanced budget by 2019. It is 2019. Where is it?" Olsen said.

NDP finance critic Harjit Bains said the pharmacare measures did not go far enough. "They announced a council to study a plan to develop a strategy," Bains said. "People who can't afford their medication need action, not another consultation."

The Canadian Federation of Independent Business said in a statement that it was "disappointed" the budget contained no relief for small firms. "Small business owners were hoping for a break on payroll costs and instead they got silence," said the group's president, Corinne Lafleur.

Bloc Québécois MP Louis-Philippe Gagnon told Radio-Canada the budget ignored Quebec's demands on health transfers. "Once again, Ottawa decides and Quebec pays," he said.''',
        [
            ("This is a budget for the", "Daniel Mercier"),
            ("declining and will continue to decline", "Daniel Mercier"),
            ("Canadians understand the difference between spending", "Daniel Mercier"),
            ("an election-year spending spree paid for", "Patricia Olsen"),
            ("Every dollar this government spends today", "Patricia Olsen"),
            ("They announced a council to study", "Harjit Bains"),
            ("People who can't afford their medication", "Harjit Bains"),
            ("disappointed", "Canadian Federation of Independent Business"),
            ("Small business owners were hoping for", "Corinne Lafleur"),
            ("Once again, Ottawa decides and Quebec", "Louis-Philippe Gagnon"),
        ],
    ),
    # 4 -- Australian Nationals spill (curly quotes): two male rivals in turn, "the 52-year-old", Facebook post, office statement partial
    (
'''Nationals leader Warren Pryce has survived a challenge to his leadership, defeating former minister Brendan Kettle in a party room ballot in Canberra on Tuesday morning.

The party did not release the numbers, but several MPs told the ABC the margin was comfortable. Speaking outside Parliament House shortly afterwards, Mr Pryce said the matter was “done and dusted”.

“The party room has made its decision and we move on,” he said. “Farmers are facing drought, bushfires and now floods. They don’t want to see us talking about ourselves.”

Mr Kettle, who announced his challenge on Sunday night, said he accepted the result. “I put my hand up because I believed we needed a different direction,” he told reporters. “The colleagues have spoken. I respect that, and I will be a loyal member of the team.”

Asked whether he would challenge again before the next election, the 52-year-old replied: “I’m not going to get into hypotheticals.”

Mr Pryce, asked the same question minutes later, was more direct. “There’ll be no more spills. That’s the end of it,” he said.

Queensland senator Fiona Ashdown, who backed the challenge, wrote on Facebook: “Sometimes you have to say what needs to be said, even if it costs you. I’m proud to have stood up for regional Queensland.”

Labor’s agriculture spokeswoman, Simone Caruso, said the government was divided and distracted. “While the Nationals fight among themselves, farmers are waiting for drought support that was promised months ago,” Ms Caruso said.

In a brief statement, the Office of the Prime Minister said it “continues to work closely with the Nationals leader”.''',
        [
            ("done and dusted", "Warren Pryce"),
            ("The party room has made its", "Warren Pryce"),
            ("Farmers are facing drought, bushfires and", "Warren Pryce"),
            ("I put my hand up because", "Brendan Kettle"),
            ("The colleagues have spoken. I respect", "Brendan Kettle"),
            ("I’m not going to get into", "Brendan Kettle"),
            ("There’ll be no more spills. That’s", "Warren Pryce"),
            ("Sometimes you have to say what", "Fiona Ashdown"),
            ("While the Nationals fight among themselves", "Simone Caruso"),
            ("continues to work closely with the", "Office of the Prime Minister"),
        ],
    ),
    # 5 -- US Senate votes against witnesses: "He continued:" after paragraph break, named press secretary's statement, unnamed aide via Politico, outlet (MSNBC)
    (
'''The Senate voted 51 to 49 on Friday against calling witnesses in the impeachment trial, clearing the way for a final vote on acquittal as early as next week.

Two Republicans joined all 47 Democrats in voting to hear from witnesses. One of them, Senator Carolyn Hutchins, said in a statement that she believed "the Senate would have benefited from hearing additional testimony."

Senator Glenn Aldridge, a Republican who had been seen as a possible swing vote, explained on Thursday night why he would not support calling witnesses. "There is no need for more evidence to prove something that has already been proven," Aldridge said. "I think the conduct was inappropriate. But the Constitution does not give the Senate the power to remove a president for conduct that is merely inappropriate."

He continued: "Let the people decide in November."

Democratic Senator Thomas Reddick, speaking to reporters outside the chamber, called the vote "a cover-up, plain and simple."

"If you are confident in your case, you want the witnesses. They are afraid of what the witnesses would say," Reddick said.

Lead House manager Marcus Bell told MSNBC the trial would be remembered as "a trial in name only." "History will judge this Senate harshly," he said.

White House press secretary Lauren Keane said in a statement that the president "looks forward to being fully exonerated."

A senior Republican aide told Politico the final vote was likely to take place on Wednesday. "Nobody wants this dragging on past the State of the Union," the aide said.''',
        [
            ("the Senate would have benefited from", "Carolyn Hutchins"),
            ("There is no need for more", "Glenn Aldridge"),
            ("I think the conduct was inappropriate", "Glenn Aldridge"),
            ("Let the people decide in November", "Glenn Aldridge"),
            ("a cover-up, plain and simple", "Thomas Reddick"),
            ("If you are confident in your", "Thomas Reddick"),
            ("a trial in name only", "Marcus Bell"),
            ("History will judge this Senate harshly", "Marcus Bell"),
            ("looks forward to being fully exonerated", "Lauren Keane"),
            ("Nobody wants this dragging on past", "~aide"),
        ],
    ),
    # 6 -- UK Conservative leadership hustings: rival candidates, unnamed campaign source via The Times, question from an audience member, one-word answer
    (
'''Edward Langley and Priya Chandran went head to head at a Conservative Party hustings in Birmingham on Saturday, as the contest to become party leader and prime minister entered its final fortnight.

Langley, the former foreign secretary and the clear favourite among party members, promised to take the UK out of the European Union by 31 October "come what may."

"I have said it before and I will say it again," he told the audience of around 900 members. "We will leave on October 31st, deal or no deal. No more dither, no more delay."

Chandran, the home secretary, warned that a no-deal exit could not simply be wished into existence. "Slogans are not a plan," she said. "If you want to leave without a deal on 31 October, you need to tell people how you will get it past a Parliament that has voted against it again and again."

She accused her rival of "making promises he knows he cannot keep," a charge his campaign rejected.

"Priya is running a negative campaign because she is behind," a source close to the Langley campaign told The Times.

During a question-and-answer session, one member in the audience asked: "Will you promise us there will be no general election before Brexit is delivered?"

"Absolutely," Langley replied. Chandran said she had no plans for an early election but would not rule anything out.

Party chairman Brian Matlock, who is neutral in the contest, said turnout at the hustings had been the highest he could remember. "Our members are energised, and whoever wins will inherit a party that is ready to fight," he said.

Ballot papers will be sent to around 160,000 members next week, with the result to be announced on 23 July.''',
        [
            ("come what may", "Edward Langley"),
            ("I have said it before and", "Edward Langley"),
            ("We will leave on October 31st", "Edward Langley"),
            ("Slogans are not a plan", "Priya Chandran"),
            ("If you want to leave without", "Priya Chandran"),
            ("making promises he knows he cannot", "Priya Chandran"),
            ("Priya is running a negative campaign", "~source"),
            ("Will you promise us there will", "~member"),
            ("Absolutely", "Edward Langley"),
            ("Our members are energised, and whoever", "Brian Matlock"),
        ],
    ),
    # 7 -- Ontario minister resigns (curly quotes): resignation letter posted on Twitter, "the premier" then surname, union statement then "the union said", told CBC News
    (
'''Ontario’s Minister of Education, Elaine Whitford, resigned from cabinet on Thursday, saying she could no longer support the government’s plan to increase class sizes in the province’s secondary schools.

In a letter to Premier Gordon Hale, which she posted on Twitter, Whitford wrote: “I have tried to make the case for a different approach from within cabinet. I have not succeeded, and I cannot in good conscience continue to defend a policy I believe will harm students.”

Whitford will remain a member of the Progressive Conservative caucus and continue to sit as the MPP for her Ottawa-area riding.

Speaking to reporters at Queen’s Park an hour later, the premier said he was “sad but not surprised” by the decision.

“Elaine has been a friend and a colleague for a long time,” Hale said. “We disagree on this issue, and that’s okay. But we were elected to fix the province’s finances, and that is what we are going to do.”

He said Finance Minister Ravi Sethi would take on the education portfolio on an interim basis.

NDP leader Natalie Brisebois said the resignation “says everything about this government’s priorities”.

“When your own education minister won’t defend your education policy, it’s time to change the policy,” Brisebois said.

The Ontario Secondary School Teachers’ Federation said in a statement that Whitford had shown “courage and integrity”. “We call on the premier to use this moment to pause the cuts and come back to the table,” the union said.

Sethi, asked whether he supported the class-size increases, told CBC News: “I support the government’s fiscal plan. I’ll be meeting with ministry officials tomorrow morning.”''',
        [
            ("I have tried to make the", "Elaine Whitford"),
            ("sad but not surprised", "Gordon Hale"),
            ("Elaine has been a friend and", "Gordon Hale"),
            ("We disagree on this issue, and", "Gordon Hale"),
            ("says everything about this government’s priorities", "Natalie Brisebois"),
            ("When your own education minister won’t", "Natalie Brisebois"),
            ("courage and integrity", "Ontario Secondary School Teachers’ Federation"),
            ("We call on the premier to", "Ontario Secondary School Teachers’ Federation"),
            ("I support the government’s fiscal plan", "Ravi Sethi"),
        ],
    ),
    # 8 -- Australian federal budget: "the treasurer" then "he", shadow treasurer told Sky News, organisation quoted through its named chief executive, business lobby statement partial
    (
'''Treasurer Andrew Kellaway has handed down a federal budget forecasting a surplus of $7.1 billion, the first in more than a decade, along with $158 billion in income tax cuts over ten years.

"For the first time in eleven years, the Commonwealth will live within its means," Kellaway told the House of Representatives on Tuesday night. "That is not an accident. It is the result of hard decisions taken by this government."

The treasurer said low and middle income earners would receive a tax offset of up to $1,080 from July. "This is your money, and we are giving it back to you," he said.

Shadow Treasurer Catherine Bright said the surplus was "built on sand."

"This is a budget designed for an election campaign, not for the long-term interests of the country. Wages are flat, growth is slowing and the government's answer is a sugar hit," Bright told Sky News on Wednesday morning.

Greens leader Ross Merriman said the budget contained "nothing for the climate emergency."

The Australian Council of Social Service said the budget had once again ignored people living on the Newstart allowance. "Not one extra dollar for people struggling to survive on $40 a day," the council's chief executive, Leanne Foster, said.

The Business Council of Australia welcomed the tax cuts, saying in a statement they would "reward effort and encourage investment."

Asked in the budget lock-up whether the surplus depended on optimistic forecasts, Kellaway said: "Our forecasts are conservative. They've been signed off by Treasury."''',
        [
            ("For the first time in eleven", "Andrew Kellaway"),
            ("That is not an accident. It", "Andrew Kellaway"),
            ("This is your money, and we", "Andrew Kellaway"),
            ("built on sand", "Catherine Bright"),
            ("This is a budget designed for", "Catherine Bright"),
            ("nothing for the climate emergency", "Ross Merriman"),
            ("Not one extra dollar for people", "Leanne Foster"),
            ("reward effort and encourage investment", "Business Council of Australia"),
            ("Our forecasts are conservative. They've been", "Andrew Kellaway"),
        ],
    ),
    # 9 -- US congressman resigns (curly quotes): named politician's statement ("the statement said"), committee statement, tweet, state party chair told AP, unnamed farmer
    (
'''Republican Representative Duncan Pruitt announced his resignation from Congress on Monday, days after the House Ethics Committee said it was expanding its investigation into his use of campaign funds.

In a statement released by his office, Pruitt said he was stepping down “to spend time with my family and to focus on clearing my name”. “I have never knowingly broken any law,” the statement said. “But I will not allow these false allegations to distract from the important work of this office.”

The five-term congressman, who represents a largely rural district, has been under investigation since March over allegations that more than $200,000 in campaign money was spent on family holidays, school fees and personal travel.

The House Ethics Committee said in a brief statement that its jurisdiction ends when a member leaves office. “The Committee will not take further action on this matter,” the statement said.

Governor Linda Sorensen said she would announce the date of a special election “in the coming days”.

Maria Alvarado, the Democrat who lost to Pruitt by eleven points last November, said on Twitter that the resignation was “long overdue”. “Voters in this district deserve a representative who works for them, not for himself. I’ll have more to say about my plans soon,” she wrote.

State Republican Party chairman Wes Harmon told the Associated Press the party would “move quickly” to select a candidate. “This is a safe seat, and it’s going to stay that way,” he said.

At a diner in Pruitt’s hometown, some voters were less certain. “I voted for him three times. I feel like a fool,” said one retired farmer.''',
        [
            ("to spend time with my family", "Duncan Pruitt"),
            ("I have never knowingly broken any", "Duncan Pruitt"),
            ("But I will not allow these", "Duncan Pruitt"),
            ("The Committee will not take further", "House Ethics Committee"),
            ("in the coming days", "Linda Sorensen"),
            ("long overdue", "Maria Alvarado"),
            ("Voters in this district deserve a", "Maria Alvarado"),
            ("move quickly", "Wes Harmon"),
            ("This is a safe seat, and", "Wes Harmon"),
            ("I voted for him three times", "~farmer"),
        ],
    ),
    # 10 -- UK Labour leadership race: union statement split around cue, quote running over two paragraphs, "the 39-year-old", party spokesperson
    (
'''Owen Pritchard has secured the backing of Unison, the country's largest trade union, in the race to succeed the outgoing Labour leader, boosting his campaign a week before nominations close.

"Owen has shown that he understands the challenges facing public service workers," Unison said in a statement on Wednesday. "He has the experience and the vision to lead Labour back into government."

Pritchard, the shadow business secretary, said he was "humbled" by the endorsement. Speaking at a rally in Leeds, he told supporters: "This party was founded by the trade union movement. I am proud to have its support, and I will never take it for granted.

"But let me be clear: I will be a leader for the whole country, not for any one interest."

Rebecca Marsh, who has the most nominations from MPs, played down the significance of the endorsement. "Unions will make their own choices, and I respect that. In the end it is members who vote, and I am talking to members in every part of the country," she told BBC Radio 4's Today programme.

Asked whether the party had moved too far to the left, Marsh replied: "I don't think that's the right way to look at it. We lost because people didn't trust us, and we have to earn that trust back."

The third candidate, Hannah Dolan, 39, took a sharper line, saying Labour had "lost touch with the towns that built it."

"If we spend the next four years talking to ourselves, we will lose again, and we will deserve to," the 39-year-old said.

A Labour Party spokesperson said the ballot of members would open on 24 February. "The timetable agreed by the National Executive Committee gives every member a fair say," the spokesperson said.''',
        [
            ("Owen has shown that he understands", "Unison"),
            ("He has the experience and the", "Unison"),
            ("humbled", "Owen Pritchard"),
            ("This party was founded by the", "Owen Pritchard"),
            ("Unions will make their own choices", "Rebecca Marsh"),
            ("I don't think that's the right", "Rebecca Marsh"),
            ("lost touch with the towns that", "Hannah Dolan"),
            ("If we spend the next four", "Hannah Dolan"),
            ("The timetable agreed by the National", "Labour Party"),
        ],
    ),
    # 11 -- Australian Senate defeats union bill: "the Tasmanian senator", two women speakers, "she told a rally"
    (
'''The government's bill to make it easier to deregister trade unions was defeated in the Senate on Thursday after two crossbench senators voted against it, in a surprise setback for the Coalition.

The vote was tied 34 to 34, meaning the bill failed. The legislation would have allowed the Federal Court to disqualify union officials who repeatedly broke industrial law and to deregister unions whose officials had committed a series of offences.

Senator Tessa Ryland, who had kept her position secret until the final hours, said she had been "insulted" by the government's attempts to pressure her. "They thought they could take me for granted. Well, they can't," the Tasmanian senator told reporters.

Industrial Relations Minister Gavin Roach said the government would consider reintroducing the legislation after the summer break. "This was about making sure that unions obey the law like everybody else, and we won't be giving up on that," he said.

ACTU secretary Sharon Kinsella described the result as "a win for every working Australian."

"This was a bad law, and the Senate has thrown it out where it belongs," she told a rally outside Parliament House.

The government needs the support of four of the six crossbench senators to pass legislation opposed by Labor and the Greens.

The bill was first introduced in 2017 and had been revived after the Coalition's re-election in May. Business groups had lobbied crossbench senators heavily in recent weeks, while unions ran advertising campaigns in Tasmania and South Australia urging voters to contact their senators.

Parliament rises for the year next week.''',
        [
            ("insulted", "Tessa Ryland"),
            ("They thought they could take me", "Tessa Ryland"),
            ("This was about making sure that", "Gavin Roach"),
            ("a win for every working Australian", "Sharon Kinsella"),
            ("This was a bad law, and", "Sharon Kinsella"),
        ],
    ),
    # 12 -- US shutdown ends (curly quotes): speaker named between split quote, told Fox News, government office partial, unnamed TSA officer
    (
'''Congress passed a stopgap funding bill late on Friday, ending a 35-day partial government shutdown that left around 800,000 federal employees without pay.

The measure, which funds shuttered agencies for three weeks, passed both chambers by voice vote. It does not include the $5.7 billion for a border wall that had been at the centre of the dispute, and negotiators now have until the middle of February to reach a longer-term deal.

“Nobody won here,” Senator Harold Brandt, the top Democrat on the Appropriations Committee, said on the Senate floor. “Families missed mortgage payments. Small businesses lost customers. And for what?”

Republican Representative Kyle Dempsey, a member of the House Freedom Caucus, voted against the bill, saying it contained no money for border security. “We have kicked the can three weeks down the road. That is not a solution,” Dempsey told Fox News.

The Office of Management and Budget said employees would receive back pay “as soon as possible”, possibly by the middle of next week.

At a food bank in suburban Maryland, one Transportation Security Administration officer said she was relieved but anxious. “I’ll believe it when I see it in my account,” she said.

The shutdown was the longest in the country’s history. Airports in several cities reported long security queues in recent days as growing numbers of unpaid screeners called in sick, and flights into New York’s LaGuardia Airport were briefly halted on Friday morning because of staff shortages at air traffic control centres.

Agencies are expected to reopen on Monday.''',
        [
            ("Nobody won here", "Harold Brandt"),
            ("Families missed mortgage payments. Small businesses", "Harold Brandt"),
            ("We have kicked the can three", "Kyle Dempsey"),
            ("as soon as possible", "Office of Management and Budget"),
            ("I’ll believe it when I see", "~officer"),
        ],
    ),
    # 13 -- Canadian Conservative leader resigns: party spokesperson partial, told CTV News, pronoun after quote
    (
'''Gerald Moffat announced on Thursday that he will step down as leader of the Conservative Party of Canada, less than two months after the party failed to win the federal election.

Moffat made the announcement in the House of Commons, telling MPs it had been "the honour of my life" to lead the party. "To serve effectively as leader, one must give everything. I have come to the conclusion that I cannot do that while also being the husband and father I want to be," he said.

His announcement followed reports that the party had used donor funds to pay private school fees for his children. A spokesperson for the Conservative Party of Canada confirmed the payments had been approved "in accordance with party policy," but did not say by whom.

Alberta MP Kristin Vogel, who had publicly called for a leadership review, said she was "grateful" for Moffat's service. "He made the right call, and he made it with dignity. Now we have to have an honest conversation about why we lost," she told CTV News.

Moffat will remain leader until a successor is chosen. The party's national council is expected to meet in January to set the date and rules for a leadership election, which could be held as early as next summer.

Moffat, a former Speaker of the House of Commons, won the leadership in 2017 on the 13th ballot. Under his leadership the party won the popular vote in October but took fewer seats than the Liberals, who formed a minority government.''',
        [
            ("the honour of my life", "Gerald Moffat"),
            ("To serve effectively as leader, one", "Gerald Moffat"),
            ("in accordance with party policy", "Conservative Party of Canada"),
            ("grateful", "Kristin Vogel"),
            ("He made the right call, and", "Kristin Vogel"),
        ],
    ),
    # 14 -- New Commons Speaker (curly quotes): titled names (Sir/Dame) then "Sir Alan", "the new Speaker" then "he", reported reminder with partial quote
    (
'''MPs have elected Sir Alan Hepworth as Speaker of the House of Commons, following the retirement of his predecessor after ten years in the chair.

Sir Alan, the Labour MP for a Lancashire seat for 22 years, won the fourth and final round of voting with 325 votes to 213 for Dame Eleanor Byrne. In keeping with tradition, he was dragged to the chair by fellow MPs, feigning reluctance.

“I will be neutral. I will be fair. I will be transparent,” Sir Alan told the House after taking the chair. “This House is not mine — it belongs to every member, whichever bench they sit on.”

Dame Eleanor congratulated him, saying he would make “a superb Speaker”.

The Father of the House, Sir Malcolm Pennington, who presided over the election, had reminded candidates earlier in the day that the role required “the patience of a saint and the hide of a rhinoceros”.

The new Speaker’s first act was to thank his family, who watched from the gallery. “My dad would have been very proud today,” he said, his voice breaking.

Sir Alan will be formally approved by the Queen in the House of Lords on Tuesday, after which MPs will begin swearing the oath of allegiance.

Seven candidates stood in the contest, the largest field in decades. Each was required to secure nominations from at least twelve MPs, including at least three from parties other than their own. The ballot was held in secret, with MPs filing through the division lobbies to cast their votes over the course of the afternoon.''',
        [
            ("I will be neutral. I will", "Alan Hepworth"),
            ("This House is not mine", "Alan Hepworth"),
            ("a superb Speaker", "Eleanor Byrne"),
            ("the patience of a saint and", "Malcolm Pennington"),
            ("My dad would have been very", "Alan Hepworth"),
        ],
    ),
    # 15 -- West Virginia senator switches party: state party statement (partial + full), Facebook post by the same senator later
    (
'''West Virginia state Senator Carla Whitehurst announced on Tuesday that she is leaving the Democratic Party to become a Republican, giving the GOP a supermajority in the state Senate.

"I didn't leave the Democratic Party. The Democratic Party left me," Whitehurst said at a news conference in Charleston, standing alongside Republican leaders.

Whitehurst, who has represented her district for three terms, had clashed with Democratic leaders over energy policy and abortion. She will take her new seat on the Republican side of the chamber when the legislature returns in January.

The West Virginia Democratic Party said in a statement that it was "deeply disappointed" and called on Whitehurst to resign and run again as a Republican. "The voters of her district elected a Democrat. They deserve the chance to decide whether they want a Republican," the statement said.

Senate Majority Leader Bill Thorsen welcomed his new colleague. "Carla has always put West Virginia first," he said.

Whitehurst posted on Facebook later that evening: "Thank you to everyone who has reached out today. My door is open, and my phone number hasn't changed."

The switch gives Republicans 24 of the 34 seats in the chamber, enough to override a veto by the governor without any Democratic votes. Whitehurst is the third Democratic lawmaker in the state to change parties in the past two years.

Her term runs until January 2023. State law does not require a legislator who changes party to face a special election.

Democrats now hold ten seats in the Senate, their lowest number since the 1930s.''',
        [
            ("I didn't leave the Democratic Party", "Carla Whitehurst"),
            ("deeply disappointed", "West Virginia Democratic Party"),
            ("The voters of her district elected", "West Virginia Democratic Party"),
            ("Carla has always put West Virginia", "Bill Thorsen"),
            ("Thank you to everyone who has", "Carla Whitehurst"),
        ],
    ),
    # 16 -- Australian minister resigns over grants (curly quotes): statement quoted with cue inside, audit office finding as partial, told the ABC's Insiders
    (
'''Nationals senator Meredith Kaye has resigned from the federal ministry after a review found she failed to declare her membership of a shooting club that received a $36,000 grant under a program she administered.

The review, conducted by the secretary of the Department of the Prime Minister and Cabinet, found Senator Kaye had breached ministerial standards, although it did not find that the membership had influenced her decisions.

“I take full responsibility for this oversight,” Senator Kaye said in a statement issued on Sunday afternoon. “At no point did I make a decision that was motivated by my membership of this club.”

The Australian National Audit Office found in January that the program showed “evidence of distributional bias” towards marginal and targeted electorates in the lead-up to last year’s election.

Labor’s Senate leader, Louise Harker, said the resignation was “a convenient distraction” from the wider scandal. “A minister has gone, but the program has not been fixed and the money has not been returned,” Senator Harker told the ABC’s Insiders program.

Senator Kaye will remain deputy leader of the Nationals and will return to the backbench.

The Community Sport Infrastructure Program distributed $100 million to sporting clubs across the country in the months before the election. The auditor’s report found that the minister’s office had run a separate assessment process alongside the one conducted by Sport Australia, and that many of the projects approved had received lower scores from the agency.

The government has rejected calls for a full parliamentary inquiry into the program.''',
        [
            ("I take full responsibility for this", "Meredith Kaye"),
            ("At no point did I make", "Meredith Kaye"),
            ("evidence of distributional bias", "Australian National Audit Office"),
            ("a convenient distraction", "Louise Harker"),
            ("A minister has gone, but the", "Louise Harker"),
        ],
    ),
    # 17 -- UK MP defects to Lib Dems: letter partial ("wrote"), party spokesman with colon, association chairman told local paper
    (
'''Conservative MP Jonathan Crewe crossed the floor of the House of Commons on Tuesday to join the Liberal Democrats, leaving the government without a working majority.

Crewe walked from the government benches to take a seat beside the Liberal Democrat MPs while the prime minister was delivering a statement on last week's G7 summit.

In a letter to the prime minister published on his website, Crewe wrote that the government was "pursuing a reckless Brexit at any cost, with no regard for the damage it will do."

Liberal Democrat leader Fiona Marsden said she was "delighted" to welcome him. "Jonathan is a man of principle, and he joins a party that is the strongest force for remain in the country," she said.

A Conservative Party spokesman said: "We are disappointed. He was elected as a Conservative and the decent thing would be for him to stand down and face a by-election."

Derek Holt, chairman of Crewe's local Conservative association, told his local newspaper that members felt "betrayed."

Crewe's defection means the government can no longer rely on a majority even with the support of the Democratic Unionist Party, whose ten MPs have backed it on key votes since 2017.

The MP, who has represented his seat since 2010, had been one of the most outspoken critics of the government's approach to Brexit on the Conservative benches. He is the second Conservative MP to join the Liberal Democrats this year.

MPs are expected to vote later this week on legislation designed to prevent the UK leaving the EU without a deal.''',
        [
            ("pursuing a reckless Brexit at any", "Jonathan Crewe"),
            ("delighted", "Fiona Marsden"),
            ("Jonathan is a man of principle", "Fiona Marsden"),
            ("We are disappointed. He was elected", "Conservative Party"),
            ("betrayed", "Derek Holt"),
        ],
    ),
    # 18 -- Canadian Green leader steps down (curly quotes): "the 65-year-old", one-word-ish answer, party statement with cue after
    (
'''Diane Whitlock announced on Monday that she is stepping down as leader of the Green Party of Canada after 13 years, though she will continue to sit as an MP.

“I promised my daughter that I would not lead this party into another election. It is time for a new generation,” Whitlock told a news conference in Ottawa.

The 65-year-old said she was proud that the party had tripled its seat count in last month’s election. “We went from one seat to three. People laughed when I said we would elect more Greens, and now nobody is laughing,” she said.

Green MP Marcus Tremblay, who was elected in New Brunswick last month, called Whitlock “a giant of Canadian politics”. Asked whether he intended to run for the leadership, he said: “Not today.”

The Green Party of Canada said its federal council would meet next week to set the rules of the leadership race. “The council will set a timeline that allows candidates from every region to compete,” the party said in a statement.

An interim leader is expected to be named before Parliament returns in December.

Whitlock first entered Parliament in 2011, becoming the first Green elected to the House of Commons. During her time as leader she became known for her long speeches in the chamber and for her campaigns on climate change and electoral reform.

The party won just over six per cent of the national vote in October, its best result, but fell short of the twelve seats needed for official party status in the Commons.''',
        [
            ("I promised my daughter that I", "Diane Whitlock"),
            ("We went from one seat to", "Diane Whitlock"),
            ("a giant of Canadian politics", "Marcus Tremblay"),
            ("Not today", "Marcus Tremblay"),
            ("The council will set a timeline", "Green Party of Canada"),
        ],
    ),
    # 19 -- UK leaked no-deal document: quoted document whose author is unknown (None), Cabinet Office spokesperson, split quote with "he insisted", told Sky News
    (
'''A document leaked to The Sunday Times warns that leaving the European Union without a deal could cause severe disruption at Channel ports for up to three months.

The newspaper did not say who wrote the document or when it was drawn up. According to the report, it states that "lorries could face delays of up to two and a half days" at Dover and that supplies of some fresh food would fall.

A Cabinet Office spokesperson said the government did not comment on leaks. "We have been clear that we are stepping up our preparations for leaving without a deal," the spokesperson said.

Graham Lyle, the minister responsible for no-deal planning, told Sky News the document described a worst-case scenario. "It was drawn up months ago, and a huge amount of work has been done since," he said. "People should not be alarmed," he insisted.

Labour MP Tom Pickering, who campaigns for a second referendum, said the government had been "hiding the truth from the public." "If these warnings are accurate, the public has a right to see them before Parliament votes," Pickering said.

The UK is due to leave the EU on 31 October.

Ministers have set aside more than £2 billion for no-deal preparations, including the hire of extra ferries and the stockpiling of medicines. Business groups have repeatedly warned that many firms, particularly smaller ones, are not ready for new customs checks.

Parliament returns from its summer recess next week, when opposition parties are expected to try to pass legislation blocking a no-deal exit.''',
        [
            ("lorries could face delays of up", None),
            ("We have been clear that we", "Cabinet Office"),
            ("It was drawn up months ago", "Graham Lyle"),
            ("People should not be alarmed", "Graham Lyle"),
            ("hiding the truth from the public", "Tom Pickering"),
            ("If these warnings are accurate, the", "Tom Pickering"),
        ],
    ),
    # 20 -- US House war powers vote: "said Representative X" after quote, pronoun in next paragraph, State Department spokesperson partial, tweet
    (
'''The House of Representatives voted 224 to 194 on Thursday to pass a resolution limiting the president's ability to take military action against Iran without the approval of Congress.

"Congress has the sole power to declare war. That is not my opinion, it is in Article One of the Constitution," said Representative Nadia Kowalski, a Michigan Democrat and former CIA analyst who sponsored the resolution.

Three Republicans joined most Democrats in supporting the measure, while eight Democrats voted against it.

Representative Curtis Bramble of Texas, a Republican and a veteran of the Iraq war, said the measure sent "exactly the wrong message to Tehran."

"Our enemies are watching, and tonight they saw a divided Congress," he said.

A State Department spokesperson told reporters the administration "retains all the authority it needs" to protect American personnel abroad.

Republican Senator Jack Lindqvist, who has said he will support a similar measure in the Senate, posted on Twitter: "This isn't about this president. It's about every president. Congress needs to do its job."

The Senate is expected to vote on its own version of the resolution next month.

The vote came a week after a US drone strike in Baghdad killed a senior Iranian general, prompting Iran to launch ballistic missiles at two bases in Iraq housing American troops. No American personnel were killed in the attack.

Because the measure was passed as a concurrent resolution, it would not be sent to the president for his signature, and Republicans argued it would have no legal force.''',
        [
            ("Congress has the sole power to", "Nadia Kowalski"),
            ("exactly the wrong message to Tehran", "Curtis Bramble"),
            ("Our enemies are watching, and tonight", "Curtis Bramble"),
            ("retains all the authority it needs", "State Department"),
            ("This isn't about this president. It's", "Jack Lindqvist"),
        ],
    ),
    # 21 -- New Australian Labor leader: "the new leader added" in separate paragraph, deputy (woman) then outgoing leader's tweet
    (
'''Daniel Kerrigan has been elected unopposed as leader of the Australian Labor Party, nine days after the party's unexpected defeat at the federal election.

The 56-year-old, a veteran of the party's left faction, was confirmed as leader at a caucus meeting in Canberra on Thursday, with Rachel Ong elected as his deputy.

"We lost an election we expected to win, and we are not going to pretend otherwise," Kerrigan told a press conference after the meeting.

"Labor will listen, and Labor will learn," the new leader added.

Ong, the first woman of Asian heritage to serve as deputy leader of a major party, said she was "humbled." "This is a day for looking forward," she said.

Outgoing leader Stephen Lowe, who announced his resignation on election night, wished his successor well. In a post on Twitter, he wrote: "Dan will be a great leader and, I believe, a great prime minister. He has my full support."

Kerrigan is expected to announce his shadow ministry early next week.

Labor had led in almost every opinion poll for three years before the election, and the result was widely described as one of the biggest upsets in Australian political history. The party finished with 68 seats in the 151-seat House of Representatives.

Kerrigan previously served as infrastructure minister and has been in Parliament since 1996. He is the party's first leader from the left faction in more than a decade.

Ong, who holds a seat in suburban Perth, was previously the party's spokeswoman on foreign affairs.''',
        [
            ("We lost an election we expected", "Daniel Kerrigan"),
            ("Labor will listen, and Labor will", "Daniel Kerrigan"),
            ("humbled", "Rachel Ong"),
            ("This is a day for looking", "Rachel Ong"),
            ("Dan will be a great leader", "Stephen Lowe"),
        ],
    ),
    # 22 -- Canadian emergency aid bill (curly quotes): "warned", unnamed senior official via The Canadian Press
    (
'''MPs passed an $82-billion emergency aid package in the early hours of Wednesday morning after a day of tense negotiations between the minority Liberal government and opposition parties.

Only 32 of the Commons’ 338 MPs attended the sitting, a number agreed by the parties in an effort to limit the spread of the coronavirus.

Finance Minister Jean-Marc Lavoie said the bill would put money “directly into the pockets” of Canadians who had lost work. “Nobody should have to choose between their health and putting food on the table,” Lavoie told the Commons.

The passage of the bill was delayed by several hours after opposition parties objected to a clause that would have given the government power to raise taxes and spend without parliamentary approval until the end of 2021. Conservative House leader Peter Kalinowski called the clause “an unprecedented power grab”.

“We are ready to help Canadians, and we are ready to do it quickly, but we will not hand this government a blank cheque,” Kalinowski warned.

A senior government official, speaking on condition of anonymity, told The Canadian Press the clause had been included “out of an abundance of caution” and was never intended to be used.

The Senate is expected to pass the bill later on Wednesday.

The package includes $27 billion in direct support for workers and businesses, including an emergency benefit for people who have lost income because of the pandemic, a temporary boost to the child benefit and a wage subsidy for small employers. A further $55 billion will come from deferring tax payments until the end of August.''',
        [
            ("directly into the pockets", "Jean-Marc Lavoie"),
            ("Nobody should have to choose between", "Jean-Marc Lavoie"),
            ("an unprecedented power grab", "Peter Kalinowski"),
            ("We are ready to help Canadians", "Peter Kalinowski"),
            ("out of an abundance of caution", "~official"),
        ],
    ),
    # 23 -- Michigan lockdown protest: protesters chanting, named protester after long quote, "the governor said" split, Speaker's statement
    (
'''Hundreds of vehicles clogged the streets around the Michigan State Capitol in Lansing on Wednesday as protesters demanded that Governor Helen Barrow lift the stay-at-home order she issued last month to slow the spread of the coronavirus.

Some protesters left their cars and gathered on the Capitol steps, chanting "Open up now" and waving American flags. Many did not wear masks.

"I've got a mortgage and three kids, and I haven't had a paycheck in five weeks. I'm not saying the virus isn't real. I'm saying people need to work," said Gary Weller, a 44-year-old contractor who drove more than two hours to attend.

Barrow, speaking at her daily briefing, said she understood the frustration. "I know this is hard. It's hard for my family too," the governor said. "But every day we stay home, we save lives."

Republican House Speaker Travis Lund, who has criticized the order as too broad, said the governor should work with the legislature. "Nobody is saying open everything tomorrow. We are saying there is a better way than one person making every decision," he said in a statement.

The order is due to expire at the end of the month, though the governor has said it may be extended.

The state has recorded more than 24,000 confirmed cases of the virus and over 1,400 deaths, one of the highest tolls in the country. Most of the cases are in the Detroit area.

Police said no arrests were made, although several ambulances were briefly unable to reach a nearby hospital because of the traffic.''',
        [
            ("Open up now", "~protesters"),
            ("I've got a mortgage and three", "Gary Weller"),
            ("I know this is hard. It's", "Helen Barrow"),
            ("But every day we stay home", "Helen Barrow"),
            ("Nobody is saying open everything tomorrow", "Travis Lund"),
        ],
    ),
    # 24 -- UK coronavirus Budget (curly quotes): "the chancellor" only, split quote with second part over two paragraphs, named think-tank director told the Financial Times
    (
'''Chancellor Arun Mehta has unveiled a £30 billion package to support the economy through the coronavirus outbreak, in a Budget delivered just four weeks after he was appointed to the job.

“Our country is facing a serious challenge, and this government will meet it,” the chancellor told the Commons on Wednesday. “The NHS will have every penny it needs, for as long as it needs it.

“We will stand behind businesses, we will stand behind workers, and we will stand behind families.”

The package includes statutory sick pay for people self-isolating, a temporary suspension of business rates for small shops and £5 billion for the health service.

Shadow chancellor Janet Corrigan welcomed the emergency measures but said the Budget did nothing to repair “a decade of damage” to public services.

Paul Jameson, director of the Institute for Fiscal Studies, said the plans amounted to “the biggest sustained increase in borrowing” outside a recession for decades. “The chancellor has torn up the fiscal rules before the ink on them was dry,” he told the Financial Times.

On the same morning, the Bank of England cut interest rates by half a percentage point to 0.25 per cent, the lowest level in its history, in an emergency move designed to protect businesses and households from the economic effects of the outbreak.

The Office for Budget Responsibility said its forecasts, which were finalised before the scale of the outbreak became clear, did not take account of the likely impact of the virus on the economy.''',
        [
            ("Our country is facing a serious", "Arun Mehta"),
            ("The NHS will have every penny", "Arun Mehta"),
            ("a decade of damage", "Janet Corrigan"),
            ("the biggest sustained increase in borrowing", "Paul Jameson"),
            ("The chancellor has torn up the", "Paul Jameson"),
        ],
    ),
    # 25 -- Australian senator apologises for tweet: deleted tweet quoted (written by the senator), told 2GB, party spokesperson partial
    (
'''Liberal senator Grant Mahoney has apologised for a tweet about Friday's school climate strikes, after it was criticised by members of his own party.

The tweet, posted on Saturday and deleted on Sunday, read: "Any student who skipped school to block traffic yesterday should be expelled. Full stop."

"I got it wrong, and I apologise. I was frustrated, but that's no excuse," Mahoney told 2GB radio on Monday morning.

Tens of thousands of students took part in the strikes in capital cities across the country on Friday, calling for stronger action on climate change. Several Liberal backbenchers had privately urged the senator to delete the post.

Greens senator Alana Brooks, who attended the Melbourne rally, said the apology was "too little, too late." "These students are doing what adults have failed to do," she said.

A spokesperson for the Liberal Party said the senator's comments "do not reflect the views of the party."

Mahoney was elected to the Senate in 2016 and is up for re-election in 2022. He sits on the Senate's economics committee and has been a vocal opponent of a carbon price.

It is not the first time the senator has faced criticism over his use of social media. Last year he apologised for a post mocking the appearance of a Labor frontbencher, which he also deleted.

School students are planning further strikes in September, to coincide with a United Nations climate summit in New York.

Organisers estimated that more than 150,000 people took part in Friday's rallies nationwide.''',
        [
            ("Any student who skipped school to", "Grant Mahoney"),
            ("I got it wrong, and I", "Grant Mahoney"),
            ("too little, too late", "Alana Brooks"),
            ("These students are doing what adults", "Alana Brooks"),
            ("do not reflect the views of", "Liberal Party"),
        ],
    ),
    # 26 -- Two Canadian MPs expelled from caucus: two women in turn, "the Vancouver MP" description, caucus chair statement
    (
'''Two former cabinet ministers, Anne Dufresne and Caroline Whyte, were expelled from the Liberal caucus on Tuesday evening, weeks after both resigned from cabinet over the government's handling of a corruption prosecution.

Dufresne, who represents a Vancouver riding, posted a statement on Twitter minutes after the decision was announced: "I have no regrets. I spoke the truth, and I will continue to do so."

Whyte told reporters outside the caucus room that she was "disappointed but not surprised." "I was elected by the people of my riding, and I will continue to serve them as an independent," she said.

The Vancouver MP, speaking later to CBC, said she had not been given an opportunity to address her colleagues before the vote. "They made their decision before we walked in the room," she said.

Liberal caucus chair Mark Ostler said in a statement that the decision had not been taken lightly. "Caucus members felt the trust that must exist between colleagues had been broken," he said.

Both women have said they intend to run in the October federal election, although neither has said under which banner.

The two women had been among the most senior members of the government. Dufresne served as justice minister and attorney general until January, when she was moved to the veterans affairs portfolio in a cabinet shuffle, a move she has since said was punishment for refusing to intervene in the prosecution.

The affair has dominated Parliament for two months and led to the resignation of the prime minister's principal secretary.''',
        [
            ("I have no regrets. I spoke", "Anne Dufresne"),
            ("disappointed but not surprised", "Caroline Whyte"),
            ("I was elected by the people", "Caroline Whyte"),
            ("They made their decision before we", "Anne Dufresne"),
            ("Caucus members felt the trust that", "Mark Ostler"),
        ],
    ),
    # 27 -- US House votes on impeachment inquiry rules: "said Representative X" inside split, partial from a dissenting Democrat, press secretary statement partial, tweet
    (
'''The House of Representatives voted 232 to 196 on Thursday to approve rules for the public phase of the impeachment inquiry, the first formal floor vote on the investigation.

"This is not a happy day," said Representative Vincent Marlowe, who chairs the House Rules Committee. "Nobody came to Congress to impeach a president. But we have a duty, and today we are doing it in the open."

The resolution sets out procedures for public hearings before the House Intelligence Committee and gives the president's lawyers the right to take part in later hearings before the Judiciary Committee.

Two Democrats, both from districts the president won in 2016, voted against the resolution. One of them, Representative Colin Feeney, said he was not convinced "the case has been made."

White House press secretary Megan Holloway said in a statement that the vote "does nothing to change the fact that this is a sham."

Representative Gail Rasmussen, chair of the House Republican Conference, wrote on Twitter: "Democrats have spent three years looking for a reason to impeach. Today they finally admitted it."

The inquiry is examining whether the president withheld military aid to Ukraine to pressure its government into announcing investigations into a political rival. Several current and former officials have given closed-door testimony to the committees in recent weeks.

No Republican voted for the resolution. Public hearings are expected to begin in mid-November, and the Intelligence Committee has said it will release transcripts of the closed-door interviews.

The White House has so far refused to cooperate with the inquiry, and has instructed several officials not to appear.''',
        [
            ("This is not a happy day", "Vincent Marlowe"),
            ("Nobody came to Congress to impeach", "Vincent Marlowe"),
            ("the case has been made", "Colin Feeney"),
            ("does nothing to change the fact", "Megan Holloway"),
            ("Democrats have spent three years looking", "Gail Rasmussen"),
        ],
    ),
    # 28 -- Scottish independence referendum request: split quote, Scottish Secretary told the BBC, party statement partial
    (
'''Scotland's First Minister, Moira Calder, has formally asked the UK government to transfer the powers needed to hold a second independence referendum, a week after her party won 48 of Scotland's 59 seats at the general election.

"Scotland has spoken, and it has spoken clearly," Calder said in Edinburgh on Thursday as she published a 38-page document setting out her case. "The people of Scotland must be able to choose their own future."

Under the Scotland Act, a referendum on independence requires the agreement of the UK Parliament, usually through what is known as a Section 30 order.

Scottish Secretary Neil Graham said the UK government would "carefully consider" the request but made clear it was unlikely to be granted. "The 2014 referendum was described by everyone as a once-in-a-generation vote. Five years is not a generation," he told the BBC.

The Scottish Conservatives said in a statement that the first minister was "obsessed with independence at the expense of everything else."

The Scottish National Party won 45 per cent of the vote in Scotland at last week's election, up from 37 per cent in 2017. Scottish voters rejected independence by 55 per cent to 45 per cent in the 2014 referendum.

The first minister has said she wants a second vote to take place in 2020, and has not ruled out a legal challenge if the request is refused. Opinion polls suggest support for independence is roughly evenly balanced.

The UK government is expected to respond formally to the request in the new year.''',
        [
            ("Scotland has spoken, and it has", "Moira Calder"),
            ("The people of Scotland must be", "Moira Calder"),
            ("carefully consider", "Neil Graham"),
            ("The 2014 referendum was described by", "Neil Graham"),
            ("obsessed with independence at the expense", "Scottish Conservatives"),
        ],
    ),
    # 29 -- Eden-Monaro by-election (curly quotes): winner and loser (both women, "Ms" + surname), electoral commission statement partial, unnamed volunteer
    (
'''Labor has narrowly held the New South Wales seat of Eden-Monaro at Saturday’s by-election, with candidate Jessica Warden claiming victory late on Sunday after postal votes were counted.

“I’m so grateful to the people of this region, who have been through bushfires, drought and now a pandemic. I will be their voice in Canberra,” Ms Warden told supporters in Queanbeyan.

The by-election was the first federal poll held during the coronavirus pandemic, and many voters chose to vote early or by post.

Liberal candidate Amanda Pell conceded defeat in a phone call to her opponent on Sunday afternoon. “It was a tight race, and we came very close. I congratulate Jessica and wish her well,” Ms Pell said.

The Australian Electoral Commission said in a statement that the final result was “not expected to change” as the remaining postal votes were counted.

At the Labor function, one volunteer who had handed out how-to-vote cards at Batemans Bay said the result was a relief. “The fires went straight through here. People wanted someone local who understood that,” she said.

Labor’s margin in the seat fell from just under one per cent to around 0.4 per cent. The seat, which includes Queanbeyan, Cooma and much of the state’s far south coast, was among the areas worst affected by last summer’s bushfires.

Eden-Monaro was long regarded as a bellwether seat, having been held by the party of government at every election from 1972 until 2016.

The result is expected to be formally declared by the electoral commission later this week.''',
        [
            ("I’m so grateful to the people", "Jessica Warden"),
            ("It was a tight race, and", "Amanda Pell"),
            ("not expected to change", "Australian Electoral Commission"),
            ("The fires went straight through here", "~volunteer"),
        ],
    ),
    # 30 -- Newfoundland and Labrador premier resigns: split quote, "according to a statement from" party, present-tense "says"
    (
'''Newfoundland and Labrador Premier Kevin Hartley announced on Monday that he will resign once his Liberal Party chooses a new leader, ending five years as head of the provincial government.

"It has been the privilege of my life to serve the people of this province," Hartley told reporters in St. John's. "But I believe the time has come for new leadership and new ideas."

The premier, who led the Liberals to a minority government last spring, has faced growing criticism over cost overruns at the Muskrat Falls hydroelectric project and the province's mounting debt.

According to a statement from the Liberal Party of Newfoundland and Labrador, a leadership convention will be held "no later than the spring."

Progressive Conservative leader Dennis Mullowney says the province cannot afford a months-long leadership race in the middle of a fiscal crisis. "Newfoundlanders and Labradorians deserve an election, not a coronation," Mullowney says.

Hartley said he would remain premier until his successor is chosen and would continue to represent his district in the House of Assembly until the next election.

Newfoundland and Labrador has the highest per-person debt of any province in the country, and the government has warned that it may struggle to borrow money later this year. The province's finance minister is due to deliver a budget in the spring.

Several cabinet ministers are expected to consider running for the leadership, though none had declared their candidacy by Monday evening.

The party's executive is expected to meet later this week to agree the rules for the contest.''',
        [
            ("It has been the privilege of", "Kevin Hartley"),
            ("But I believe the time has", "Kevin Hartley"),
            ("no later than the spring", "Liberal Party of Newfoundland and Labrador"),
            ("Newfoundlanders and Labradorians deserve an election", "Dennis Mullowney"),
        ],
    ),
]
STORIES_BI = [
    # 1 -- Chile, Santiago protests: quotes split around cue, "the minister", partial quotes from a police statement, two-paragraph quote
    (
'''Thousands of people marched through central Santiago on Friday for a third consecutive week of demonstrations against inequality in Chile, as the country's National Human Rights Institute (INDH) said it had filed more than 180 legal complaints over alleged abuses by the security forces.

"What we are documenting is not a handful of isolated incidents," said Paula Arancibia, a lawyer with the institute. "There is a pattern of excessive force, in particular the use of riot-control shotguns aimed at the face."

According to the INDH, at least 157 people have suffered eye injuries since the unrest began on October 18, when fare-dodging protests by secondary school students against a rise in metro fares escalated into a nationwide movement.

Interior Minister Gonzalo Ferrada defended the police on Thursday. "Carabineros have acted within their protocols," he told reporters outside La Moneda palace, "and where there have been mistakes, they will be investigated."

The minister said more than 1,400 officers had been injured since the start of the protests. "Nobody talks about them," Ferrada added.

In a statement issued on Tuesday, the Carabineros de Chile said the force had "temporarily restricted" the use of pellet shotguns to situations in which "the lives of officers or third parties are at risk".

Camila Rojas, a 22-year-old nursing student who helps run a volunteer first-aid post near Plaza Italia, described the restriction as "too little, too late".

"Every evening we treat young people with pellets in their legs, their backs, their eyes," she said. "Yesterday a boy of sixteen came to us bleeding above his eye. He kept asking whether he would be able to see again.

"We are not politicians. We just want them to stop shooting at us."

The institute said it expected the number of complaints to rise further in the coming weeks as more victims came forward, and that it had asked prosecutors to open criminal investigations in every case of eye trauma.''',
        [
            ("What we are documenting is not", "Paula Arancibia"),
            ("There is a pattern of excessive", "Paula Arancibia"),
            ("Carabineros have acted within their protocols,", "Gonzalo Ferrada"),
            ("and where there have been mistakes,", "Gonzalo Ferrada"),
            ("Nobody talks about them,", "Gonzalo Ferrada"),
            ("temporarily restricted", "Carabineros de Chile"),
            ("the lives of officers or third", "Carabineros de Chile"),
            ("too little, too late", "Camila Rojas"),
            ("Every evening we treat young people", "Camila Rojas"),
            ("Yesterday a boy of sixteen came", "Camila Rojas"),
            ("We are not politicians. We just", "Camila Rojas"),
        ],
    ),
    # 2 -- Hong Kong PolyU siege: "asked ... replied", speaker known only by surname, unnamed mother, "told Reuters", slogan not said by anyone ("be water")
    (
'''Police fired tear gas and rubber bullets at Hong Kong Polytechnic University early on Monday as officers tried to force out hundreds of anti-government protesters who have occupied the campus in Hung Hom for almost a week.

Senior Superintendent Kwok Ka-chuen told a briefing that officers had been attacked with petrol bombs, bricks and arrows fired from the campus. "The university has become a weapons factory," he said. "We urge everyone inside to leave through the exit we have designated and to surrender peacefully."

Asked whether first-aid volunteers and journalists trapped on the campus would also be arrested, Kwok replied: "Anyone who leaves will be dealt with according to the law."

Conditions inside deteriorated through the day. A 19-year-old engineering student who gave only his surname, Chan, told reporters by telephone that food and clean water were running low. "We tried three times to get out across the footbridge and three times we were pushed back," Chan said. "Some of my friends are talking about climbing down into the sewers. I am scared, I will not lie to you."

Outside the police cordon on Chatham Road South, a woman in her fifties held up a photograph of her son on her phone. "He is only seventeen," she said. "I just want him to come home. Tonight I do not care about anything else."

Human Rights Watch called on the authorities to allow the injured to leave the campus without being arrested. "Blocking medical care for the wounded is never acceptable, whatever the protesters are accused of," Elaine Tsang, a Hong Kong-based researcher for the group, told Reuters. She said police had a duty to "protect life first".

Late on Monday the university's acting president, Leung Wai-man, released a video message saying he had spoken to senior police officers. "I have received an assurance that our students can leave and that their cases will be handled fairly, and I will accompany them out personally," he said.

The siege is the most serious confrontation since protests over a now-withdrawn extradition bill began in June. The movement's "be water" tactics of dispersing quickly and regrouping elsewhere appeared to have given way to a last stand.''',
        [
            ("The university has become a weapons", "Kwok Ka-chuen"),
            ("We urge everyone inside to leave", "Kwok Ka-chuen"),
            ("Anyone who leaves will be dealt", "Kwok Ka-chuen"),
            ("We tried three times to get", "Chan"),
            ("Some of my friends are talking", "Chan"),
            ("He is only seventeen,", "~woman"),
            ("I just want him to come", "~woman"),
            ("Blocking medical care for the wounded", "Elaine Tsang"),
            ("protect life first", "Elaine Tsang"),
            ("I have received an assurance that", "Leung Wai-man"),
        ],
    ),
    # 3 -- Iraq, Baghdad (curly quotes): commission member via AP, ministry spokesman, unnamed graduate, chant, two women in turn, office statement partial
    (
'''Security forces in Baghdad opened fire on demonstrators near the Al-Jumhuriya bridge on Monday, killing at least five people, according to medical sources, as protests against corruption and unemployment entered their second month.

The Iraqi High Commission for Human Rights said more than 3,000 people had been wounded nationwide since October 1. Commission member Hayder al-Shammari told The Associated Press that tear gas canisters were being fired “directly at the heads of young men”.

“These are military-grade canisters, much heavier than the ones police use elsewhere,” al-Shammari said. “When they hit someone in the skull at close range, they kill.”

Brigadier General Abbas al-Rubaie, a spokesman for the Interior Ministry, denied that security forces were targeting peaceful demonstrators. “Our forces have clear orders not to shoot. There are infiltrators among the protesters who attack the police and burn public property,” he told state television.

In Tahrir Square, where thousands have camped since late October, a 24-year-old engineering graduate wearing a helmet and a gas mask said he had been hit in the shoulder by a canister last week. “I have a degree and no job, and the government answers me with bullets,” he said.

Around him, protesters chanted “The people want the fall of the regime” as tuk-tuk drivers ferried the wounded to tented clinics set up by volunteers.

“Yesterday alone we received forty injured, most of them with burns and breathing problems,” said Zainab Kadhim, a doctor volunteering at one of the tents.

Amnesty International urged the government to stop using the canisters altogether. “The Iraqi authorities must rein in the security forces immediately,” said Hiba Darwish, Amnesty's deputy Middle East director. She added that the grenades “should never be fired directly at people”.

The Office of the Prime Minister said in a statement that the government was “committed to protecting peaceful demonstrators” and had ordered an investigation into every death.''',
        [
            ("directly at the heads of young", "Hayder al-Shammari"),
            ("These are military-grade canisters, much heavier", "Hayder al-Shammari"),
            ("When they hit someone in the", "Hayder al-Shammari"),
            ("Our forces have clear orders not", "Abbas al-Rubaie"),
            ("I have a degree and no", "~graduate"),
            ("The people want the fall of", "~protesters"),
            ("Yesterday alone we received forty injured,", "Zainab Kadhim"),
            ("The Iraqi authorities must rein in", "Hiba Darwish"),
            ("should never be fired directly at", "Hiba Darwish"),
            ("committed to protecting peaceful demonstrators", "Office of the Prime Minister"),
        ],
    ),
    # 4 -- Papua, Indonesia: ministry statement partial, named ministry spokesman, police general by surname, NGO director, anonymous shopkeeper
    (
'''Indonesian authorities on Wednesday extended a mobile internet shutdown across Papua and West Papua provinces as protests over the racist treatment of Papuan students spread to at least a dozen towns.

The unrest began after soldiers and members of nationalist groups surrounded a student dormitory in Surabaya, East Java, accusing the Papuan students inside of damaging an Indonesian flag. Video of the standoff, in which racial slurs could be heard, was widely shared online.

The Ministry of Communication and Information Technology said in a statement that data services would remain restricted "until the situation in Papua returns to normal". A ministry spokesman, Hendra Wijaya, said the measure was needed to stop the spread of "hoaxes and provocative content".

"We are tired of being treated as guests in our own land," said Yosepha Wenda, a student leader in Jayapura, speaking by landline telephone. "The internet blackout means we cannot tell the world what is happening here. People are being arrested and their families do not know where they are."

National police spokesman Brigadier General Agus Santoso told reporters in Jakarta that around 6,000 additional police and soldiers had been sent to the region. "The situation is under control," Santoso said, adding that officers had been instructed "not to carry live ammunition".

Rina Suparman, executive director of Amnesty International Indonesia, said the shutdown amounted to collective punishment. "Cutting off the internet for an entire region punishes millions of people for the actions of a few. It also makes it almost impossible to verify reports of killings," she said in a statement.

In Manokwari, where protesters set fire to the regional parliament building on Monday, shops and offices remained closed. "Everything is shut. We only hear rumours, and rumours are dangerous," a shopkeeper told reporters by phone, asking not to be named.

Human rights groups have long accused Indonesian security forces of abuses in Papua, where a low-level independence insurgency has simmered for decades. The government in Jakarta rejects the accusations.''',
        [
            ("until the situation in Papua returns", "Ministry of Communication and Information Technology"),
            ("hoaxes and provocative content", "Hendra Wijaya"),
            ("We are tired of being treated", "Yosepha Wenda"),
            ("The internet blackout means we cannot", "Yosepha Wenda"),
            ("The situation is under control,", "Agus Santoso"),
            ("not to carry live ammunition", "Agus Santoso"),
            ("Cutting off the internet for an", "Rina Suparman"),
            ("Everything is shut. We only hear", "~shopkeeper"),
        ],
    ),
    # 5 -- Moscow election protests: monitoring group spokesman, police statement partials, one-word partial, "a spokesman for the Kremlin", unnamed student
    (
'''More than 1,000 people were detained in Moscow on Saturday during an unauthorised rally against the exclusion of opposition candidates from next month's city council election, according to the monitoring group OVD-Info.

Video posted online showed riot police in helmets beating protesters with batons near the mayor's office on Tverskaya Street. "This is the largest number of detentions at a single protest in Moscow this decade, and we have reports of people being held in police buses for eight hours without water," Grigory Melnikov, a spokesman for OVD-Info, told reporters.

Moscow police said in a statement that 1,074 people had been detained for "violations of public order" and that officers had acted "in strict accordance with the law".

Yelena Grishina, a municipal deputy whose application to stand was rejected by the city electoral commission, was detained outside her home before the rally began. Speaking by telephone from a police station, she said: "They did not even let me reach the metro. They know that if we are allowed on the ballot, their candidates will lose."

The commission says signatures submitted by Grishina and about a dozen other independent candidates contained forgeries, including the names of people who had died. Grishina called the allegation "absurd".

A spokesman for the Kremlin said on Monday that the police response had been justified. "Unauthorised actions are unacceptable, and law enforcement acted appropriately," he told reporters.

Among those detained near Pushkin Square was a 20-year-old philosophy student who said she had attended a protest "for the first time in my life". "I am not a member of any party. I just think people should be able to vote for whoever they want," the student said after her release on Sunday.

Several of those detained face criminal charges of participating in mass unrest, which carries a sentence of up to eight years in prison.''',
        [
            ("This is the largest number of", "Grigory Melnikov"),
            ("violations of public order", "Moscow police"),
            ("in strict accordance with the law", "Moscow police"),
            ("They did not even let me", "Yelena Grishina"),
            ("absurd", "Yelena Grishina"),
            ("Unauthorised actions are unacceptable, and law", "Kremlin"),
            ("for the first time in my", "~student"),
            ("I am not a member of", "~student"),
        ],
    ),
    # 6 -- Nigeria #EndSARS (curly quotes): NGO director, army on Twitter, state government statement, quote split then running over two paragraphs, unnamed woman
    (
'''Amnesty International said on Wednesday it had evidence that soldiers and police killed at least 12 people at two protest sites in Lagos on Tuesday night, as a round-the-clock curfew failed to end two weeks of demonstrations against police brutality.

Hundreds of protesters had gathered at the Lekki toll gate, waving Nigerian flags and singing the national anthem, when soldiers arrived shortly before 7 p.m.

“Soldiers came and started shooting directly at people, at close range. Street lights were switched off and surveillance cameras were removed just before the shooting began,” said Adaeze Okafor, director of Amnesty International Nigeria.

The Nigerian Army denied that its soldiers had been at the toll gate and, in a post on Twitter, dismissed reports of the killings as “fake news”.

The Lagos State Government said in a statement that one person had died in hospital from “blunt force trauma to the head” and that a judicial panel of inquiry would investigate the events at Lekki.

Tobi Adeyemi, one of the volunteers who had organised food and medical supplies for the protesters, said he had been sitting near the front when the firing began. “We were sitting on the ground, holding flags, singing,” Adeyemi told the BBC. “Then the lights went off.

“I saw a man fall next to me. I tried to lift him, but he was already gone.”

A woman who broadcast part of the night live on Instagram told her followers the next morning that she had spent hours hiding in a car with three strangers. “I did not think I would see today,” the woman said in a later video.

The protests, organised under the hashtag #EndSARS, began with calls to disband the Special Anti-Robbery Squad, a police unit long accused of extortion, torture and killings. The government dissolved the unit on October 11, but demonstrators said they no longer trusted its promises.''',
        [
            ("Soldiers came and started shooting directly", "Adaeze Okafor"),
            ("fake news", "Nigerian Army"),
            ("blunt force trauma to the head", "Lagos State Government"),
            ("We were sitting on the ground,", "Tobi Adeyemi"),
            ("Then the lights went off.", "Tobi Adeyemi"),
            ("I saw a man fall next", "Tobi Adeyemi"),
            ("I did not think I would", "~woman"),
        ],
    ),
    # 7 -- Belarus post-election detentions: ministry spokeswoman via BelTA, lawyer "continued" split, "The 31-year-old", unnamed teacher, UN office partials
    (
'''Belarusian authorities released more than 1,000 people detained during post-election protests on Thursday, as former detainees described beatings in custody and thousands of women formed human chains across Minsk.

Interior Ministry spokeswoman Natalia Lisovskaya said around 6,700 people had been detained since the disputed presidential election on August 9. "Those who did not commit serious offences are being released after signing written undertakings," she told the state news agency BelTA.

Pavel Karpovich, a lawyer with the Viasna human rights centre, said the group had collected dozens of testimonies of abuse at the Okrestina detention centre in Minsk. "People were forced to kneel for hours with their hands behind their heads. Those who moved were beaten," he said.

"We have photographs of bruises covering entire backs and legs. This was not the work of a few officers acting alone," Karpovich continued. "It was systematic."

Artyom Zhuk, a software tester, was released late on Wednesday after three days in custody. The 31-year-old said he had been detained while walking home from a shop. "They put about 50 of us in a cell built for four. There was no food on the first day, and when one man begged for his insulin the guards laughed at him," he said.

Women dressed in white and holding flowers lined Independence Avenue for several kilometres. One of them, a 45-year-old teacher, said she had never taken part in a protest before. "My son was beaten at Okrestina. I will not stay at home any more," she said.

The UN human rights office said in a statement that it was "deeply concerned" by "allegations of torture and ill-treatment" and urged the authorities to release everyone detained for peaceful protest.''',
        [
            ("Those who did not commit serious", "Natalia Lisovskaya"),
            ("People were forced to kneel for", "Pavel Karpovich"),
            ("We have photographs of bruises covering", "Pavel Karpovich"),
            ("It was systematic.", "Pavel Karpovich"),
            ("They put about 50 of us", "Artyom Zhuk"),
            ("My son was beaten at Okrestina.", "~teacher"),
            ("deeply concerned", "UN human rights office"),
            ("allegations of torture and ill-treatment", "UN human rights office"),
        ],
    ),
    # 8 -- Columbus, Ohio protests: two women in turn, "wrote on Facebook", speaker after quote with long title, sign slogan not listed, short split quote
    (
'''Hundreds of people marched through downtown Columbus, Ohio on Sunday for a third day of protests over the death of George Floyd in Minneapolis, as the city imposed a 10 p.m. curfew and the state deployed National Guard troops.

Keisha Monroe, 28, who helped organise Sunday's march from the Statehouse, said the crowd was overwhelmingly peaceful. "We are here because we are tired of burying our brothers and our sons. This is not a riot. This is grief with nowhere else to go," she said.

City council member Aisha Bennett said she had been pepper-sprayed by police on Saturday evening. "I was standing on the sidewalk with my hands up, and an officer sprayed me in the face. If that can happen to an elected official, imagine what happens to everyone else," Bennett wrote on Facebook.

"Officers showed extraordinary restraint in the face of bricks and bottles," Deputy Chief Marcus Holloway of the Columbus Division of Police told a news conference on Sunday afternoon. He said chemical irritants had been used only "when crowds refused lawful orders to disperse".

Many marchers carried signs reading "Black Lives Matter" and the names of people killed by police in Ohio in recent years.

Dan Whitaker, whose coffee shop on High Street had its windows smashed on Friday night, said he still supported the protesters. "Windows can be replaced," he said. "People can't."

The ACLU of Ohio said in a statement: "The use of chemical agents against peaceful protesters and journalists is a violation of their First Amendment rights and must stop immediately."

City officials said 27 people had been arrested on Saturday night, most of them for curfew violations.''',
        [
            ("We are here because we are", "Keisha Monroe"),
            ("I was standing on the sidewalk", "Aisha Bennett"),
            ("Officers showed extraordinary restraint in the", "Marcus Holloway"),
            ("when crowds refused lawful orders to", "Marcus Holloway"),
            ("Windows can be replaced,", "Dan Whitaker"),
            ("People can't.", "Dan Whitaker"),
            ("The use of chemical agents against", "ACLU of Ohio"),
        ],
    ),
    # 9 -- Jamia Millia Islamia, Delhi (curly quotes): student, police spokesperson partial + quote, proctor via video, ministry partial, HRW researcher, unnamed shopkeeper
    (
'''Police entered the campus of Jamia Millia Islamia university in New Delhi on Sunday evening and fired tear gas inside a library, students said, after protests against a new citizenship law turned violent in surrounding neighbourhoods.

“We were reading in the library when they broke the door and started beating everyone,” said Ayesha Siddiqui, a 21-year-old law student. “Boys were bleeding from their heads. Girls were hiding in the toilets.”

Delhi Police spokesperson Rajiv Mehra said officers had entered the campus while pursuing “rioters and outsiders” who had set fire to buses on Mathura Road. “We exercised maximum restraint. Not a single bullet was fired,” Mehra told reporters on Monday.

The university's chief proctor, Waseem Ahmed, said police had entered without permission. “Our staff and students have been beaten and our library has been vandalised,” he said in a video message.

The Citizenship Amendment Act offers a path to citizenship to migrants from six religious minorities from Afghanistan, Bangladesh and Pakistan, but not to Muslims. The Ministry of Home Affairs said in a statement that the law “does not affect any Indian citizen of any religion”.

“The police response raises serious concerns about excessive force against students, and the authorities should investigate every allegation of abuse,” said Priya Raman, a senior researcher at Human Rights Watch.

In nearby Batla House, a shopkeeper said he had pulled down his shutters at four in the afternoon. “I have lived here thirty years and never seen anything like this,” he said.

Protests against the law spread to at least a dozen other university campuses on Monday, from Lucknow to Hyderabad.''',
        [
            ("We were reading in the library", "Ayesha Siddiqui"),
            ("Boys were bleeding from their heads.", "Ayesha Siddiqui"),
            ("rioters and outsiders", "Rajiv Mehra"),
            ("We exercised maximum restraint. Not a", "Rajiv Mehra"),
            ("Our staff and students have been", "Waseem Ahmed"),
            ("does not affect any Indian citizen", "Ministry of Home Affairs"),
            ("The police response raises serious concerns", "Priya Raman"),
            ("I have lived here thirty years", "~shopkeeper"),
        ],
    ),
    # 10 -- Iran fuel protests: NGO partial, judiciary spokesman split, state broadcaster partial, unattributed Telegram message (None), relative told BBC Persian
    (
'''Iran's internet remained almost entirely cut off for a fifth day on Wednesday following protests over a sharp rise in petrol prices, with the monitoring group NetBlocks saying national connectivity had fallen to about 5 percent of ordinary levels.

Amnesty International said on Tuesday that at least 106 protesters had been killed in 21 cities, citing what it called "credible reports", including video footage and accounts from witnesses.

Judiciary spokesman Gholamreza Azizi dismissed the figure at his weekly press conference in Tehran. "These numbers are fabricated by hostile foreign media," he said. "The rioters were organised and armed, and they have been dealt with."

State broadcaster IRIB reported on Wednesday evening that "calm has returned to all provinces" and showed footage of traffic moving normally in Tehran, Isfahan and Shiraz.

The protests erupted on Friday after the government raised the price of rationed petrol by 50 percent. A message that circulated widely on the Telegram messaging app before the shutdown, whose author could not be identified, urged people to "stay on the streets until the price rise is reversed".

Reza Karimi, an Iranian engineer living in Toronto, told BBC Persian that he had not been able to reach his parents in Shiraz since Saturday. "The last thing my mother told me on the phone was that she could hear shooting from the main road," he said.

Iranian officials have said that several members of the security forces were killed during the unrest and that banks and petrol stations were set on fire in dozens of towns.''',
        [
            ("credible reports", "Amnesty International"),
            ("These numbers are fabricated by hostile", "Gholamreza Azizi"),
            ("The rioters were organised and armed,", "Gholamreza Azizi"),
            ("calm has returned to all provinces", "IRIB"),
            ("stay on the streets until the", None),
            ("The last thing my mother told", "Reza Karimi"),
        ],
    ),
    # 11 -- Beirut WhatsApp-tax protests: protester quote, minister via LBCI partial then "the minister said", lawyer, unnamed elderly man; ISF paraphrased only
    (
'''Tens of thousands of people filled central Beirut on Sunday for a fourth day of protests that began over a proposed tax on WhatsApp calls and have grown into a rejection of Lebanon's entire political class.

The government withdrew the tax within hours of the first protests on Thursday night, but demonstrators said it had only been the final insult. "It was never about six dollars a month. It is about thirty years of the same men stealing from us and then asking us to pay for their mistakes," said Nour Haddad, a 26-year-old architect who has slept in Martyrs' Square since Friday.

Telecommunications Minister Fadi Harb told the broadcaster LBCI that the proposal was "dead and buried". "We heard the people. But the streets cannot run a country, and at some point we need to sit down and talk," the minister said.

The Internal Security Forces said 52 officers had been injured and that 70 people had been arrested on Friday on suspicion of vandalism and looting in the downtown commercial district. Most were released on Saturday.

Samir Khoury, a member of the Lawyers' Committee to Defend Protesters, said several of those detained had been beaten. "We saw detainees with broken noses and swollen eyes, and some were denied access to a lawyer for more than 24 hours," he said.

From a balcony above Riad al-Solh Square, an elderly man in a cardigan watched the crowds singing and waving Lebanese flags below. "I have seen this country at war with itself. This is the first time I have seen it together," he said.

Banks and schools remained closed on Monday, and a general strike called by several unions was widely observed.''',
        [
            ("It was never about six dollars", "Nour Haddad"),
            ("dead and buried", "Fadi Harb"),
            ("We heard the people. But the", "Fadi Harb"),
            ("We saw detainees with broken noses", "Samir Khoury"),
            ("I have seen this country at", "~man"),
        ],
    ),
    # 12 -- Philippines drug war killing (curly quotes): mother, police chief in statement, commission spokesperson with title "Atty.", HRW report partial, barangay captain split quote
    (
'''The mother of a 17-year-old boy shot dead during an anti-drug operation in Caloocan City has filed a murder complaint against four police officers, saying her son was killed while he was on his knees.

“They say he fought back, but he did not even own a gun. My son was a student. He wanted to be a seaman,” Marites Dela Cruz told reporters outside the Department of Justice in Manila on Tuesday.

Police say Jerome Dela Cruz was killed on the night of March 4 after he fired at officers conducting a buy-bust operation in an alley near his home. The Caloocan police chief, Colonel Ramon Villanueva, said the officers had acted in self-defence. “Our personnel followed operational procedures, and we welcome any investigation because we have nothing to hide,” Villanueva said in a statement.

A neighbour who said she watched the shooting from her window told the Commission on Human Rights that the boy had been pleading with the officers. The commission's spokesperson, Atty. Carmela Reyes, said its investigators had interviewed three witnesses. “The accounts of the witnesses are consistent with each other and inconsistent with the police report,” Reyes said.

Human Rights Watch, in a report published last month, described the government's anti-drug campaign as “a war on the poor” and said police routinely planted guns and sachets of methamphetamine on the bodies of suspects.

The barangay captain, Eduardo Santos, said the neighbourhood had fallen silent since the killing. “People are afraid to go out after dark,” he said, “not because of drug users, but because of the men on motorcycles.”

Government figures put the number of people killed in police anti-drug operations since 2016 at more than 5,000. Rights groups say the real toll is several times higher.''',
        [
            ("They say he fought back, but", "Marites Dela Cruz"),
            ("Our personnel followed operational procedures, and", "Ramon Villanueva"),
            ("The accounts of the witnesses are", "Carmela Reyes"),
            ("a war on the poor", "Human Rights Watch"),
            ("People are afraid to go out", "Eduardo Santos"),
            ("not because of drug users, but", "Eduardo Santos"),
        ],
    ),
    # 13 -- Paris pension strike, injured photographer: "told AFP", prefecture partial, RSF statement, "Asked ... replied", unnamed pharmacist
    (
'''A freelance photographer was seriously injured in Paris on Thursday when he was struck in the face by a tear gas grenade during the largest day of strikes so far against the government's pension reform.

Julien Marchand, 34, was taken to hospital with a broken cheekbone after police moved to disperse a group of demonstrators near Place de la Nation in the late afternoon. "I had my press card around my neck and two cameras in my hands. There was no doubt about who I was," he told AFP from his hospital bed on Friday.

The Paris police prefecture said it had referred the incident to the General Inspectorate of the National Police (IGPN), "as is standard practice whenever a person is injured during an operation".

Reporters Without Borders (RSF) said at least 20 journalists had been injured while covering protests in France in the past year. "The repeated injuring of journalists at demonstrations is unacceptable in a democracy," the organisation said in a statement.

Sophie Lemaire, regional secretary of the CGT union, told reporters that more than 800,000 people had marched across the country. "Today the government saw that the whole country is against this reform," she said. Asked how long the strike on the Paris metro would continue, Lemaire replied: "Through Christmas, if we have to."

A pharmacist who watched the clashes from the doorway of her shop on Boulevard Voltaire said the afternoon had begun calmly. "There were families, pensioners, children on their fathers' shoulders, and then the gas came and everyone ran," she said.

The government has said it will not abandon the reform, which would merge France's 42 pension schemes into a single points-based system.''',
        [
            ("I had my press card around", "Julien Marchand"),
            ("as is standard practice whenever a", "Paris police prefecture"),
            ("The repeated injuring of journalists at", "Reporters Without Borders"),
            ("Today the government saw that the", "Sophie Lemaire"),
            ("Through Christmas, if we have to.", "Sophie Lemaire"),
            ("There were families, pensioners, children on", "~pharmacist"),
        ],
    ),
    # 14 -- Kenya curfew killings: oversight body partial, mother, police spokesman "told Citizen TV", HRW report partial + named researcher, unnamed rider
    (
'''Kenya's police oversight body said on Wednesday it was investigating at least 15 deaths linked to the enforcement of a dusk-to-dawn curfew imposed to slow the spread of the coronavirus, including that of a 15-year-old boy shot while returning from a shop in Mathare.

The Independent Policing Oversight Authority (IPOA) said it had received "numerous complaints of brutality" since the curfew came into force on March 27, and that officers found responsible would be recommended for prosecution.

Salome Achieng said her son, Brian Otieno, had gone out to buy bread minutes before 7 p.m. "I heard two shots and then people screaming his name. The police left him lying on the road and nobody called an ambulance," she said.

National Police Service spokesman Peter Kiprono said any officer involved in an unlawful killing would face the law. "The curfew is there to protect Kenyans from a deadly disease, not to harm them," he told Citizen TV.

Human Rights Watch, which documented six killings by police in the first ten days of the curfew, said in a report that officers had "whipped, kicked and tear-gassed" people in several towns, including traders heading home from markets. "Police should be protecting people during this crisis, not terrorising them," said Daniel Mutua, the group's Kenya researcher.

In Kisumu, a motorcycle taxi rider described being beaten with a rubber truncheon at a checkpoint at 6.45 p.m., a quarter of an hour before the curfew began. "They said I was late. I showed them my watch and they hit me again," he said.

President Uhuru Kenyatta apologised last week for what he called excesses by some officers, but the curfew remains in force.''',
        [
            ("numerous complaints of brutality", "Independent Policing Oversight Authority"),
            ("I heard two shots and then", "Salome Achieng"),
            ("The curfew is there to protect", "Peter Kiprono"),
            ("whipped, kicked and tear-gassed", "Human Rights Watch"),
            ("Police should be protecting people during", "Daniel Mutua"),
            ("They said I was late. I", "~rider"),
        ],
    ),
    # 15 -- Poland abortion ruling (curly quotes): court ruling partial ("the tribunal wrote"), organiser split quote, chant, police spokesman "told TVN24", unnamed retired chemist
    (
'''Tens of thousands of people marched in Warsaw and dozens of other Polish cities on Friday in a ninth day of protests against a court ruling that will ban almost all abortions in the country.

The Constitutional Tribunal ruled on October 22 that terminating a pregnancy because of severe foetal defects was unconstitutional. In its ruling, the tribunal wrote that an unborn child was a “human being with inherent and inalienable dignity”.

“This ruling condemns women to carry pregnancies they know will end in death,” said Agnieszka Wójcik, one of the organisers of the Women's Strike movement, addressing the crowd from the back of a truck. “We are not going anywhere.”

Protesters chanted “This is war” and carried placards bearing the movement's red lightning-bolt symbol as they marched towards the headquarters of the ruling party.

Police spokesman Tomasz Nowicki said the gathering violated coronavirus restrictions limiting public assemblies to five people. “We appeal to everyone to go home, because the pandemic has not gone away,” he told the private broadcaster TVN24.

Among the marchers was a 71-year-old retired chemist holding a handwritten sign. “I fought for freedom in 1980 and I did not think I would have to do it again at my age,” she said.

The ruling has not yet been published in the official journal, which it must be before it takes effect. Government officials have suggested publication could be delayed while a compromise is discussed.

The protests are the largest in Poland since the fall of communism in 1989. Organisers have called for a general strike next week and for demonstrators to travel to Warsaw from across the country.''',
        [
            ("human being with inherent and inalienable", "Constitutional Tribunal"),
            ("This ruling condemns women to carry", "Agnieszka Wójcik"),
            ("We are not going anywhere.", "Agnieszka Wójcik"),
            ("This is war", "~protesters"),
            ("We appeal to everyone to go", "Tomasz Nowicki"),
            ("I fought for freedom in 1980", "~chemist"),
        ],
    ),
    # 16 -- Bangkok protests: scare-quoted "severe" not listed, student leader, government spokesman partial then split quote, lawyers' group statement, unnamed vendor
    (
'''Thai police used water cannon laced with a chemical irritant against thousands of pro-democracy protesters in central Bangkok on Friday night, a day after the government banned gatherings of more than four people under a "severe" state of emergency.

"They want to scare us, but every time they arrest one of us, a hundred more come out," said Panisa Chaiyaphum, a 21-year-old university student and one of the protest leaders, speaking to reporters at the Pathumwan intersection before police moved in.

Government spokesman Somchai Rattanakorn said the emergency decree was needed to "maintain peace and order". "The government has been patient for months," he said. "But when a crowd obstructs the royal motorcade, the authorities must act."

Thai Lawyers for Human Rights said at least 80 people had been arrested since Tuesday, including several student leaders held at a border patrol police camp outside the capital. "Detaining peaceful protesters in a military-style facility far from their lawyers is a serious violation of their rights," the group said in a statement.

A woman selling grilled pork skewers near the Siam shopping district said she had packed up her cart as soon as the water cannon trucks arrived. "My eyes are still burning. I am not against the students, but I have to earn a living," she said.

The protesters are demanding the resignation of the prime minister, a new constitution and reforms to the monarchy, a subject long considered off limits in Thailand.

The movement, led largely by university and secondary school students, has held almost daily rallies since July. Criticism of the king is punishable by up to 15 years in prison under the country's lese-majeste law.''',
        [
            ("They want to scare us, but", "Panisa Chaiyaphum"),
            ("maintain peace and order", "Somchai Rattanakorn"),
            ("The government has been patient for", "Somchai Rattanakorn"),
            ("But when a crowd obstructs the", "Somchai Rattanakorn"),
            ("Detaining peaceful protesters in a military-style", "Thai Lawyers for Human Rights"),
            ("My eyes are still burning. I", "~woman"),
        ],
    ),
    # 17 -- Mexico women's strike: strike name in quotes not listed, organiser, mother with split quote, city government partial, UN Women statement
    (
'''Tens of thousands of women marched through Mexico City on Sunday for International Women's Day, and on Monday many stayed away from work, school and shops in a nationwide strike against gender violence called "A Day Without Us".

"Every day ten women are killed in this country and the government lectures us about how we protest. Today we want them to feel our absence," said Daniela Ortiz, 31, a member of the feminist collective that called the strike.

Rosa Hernández marched with a photograph of her daughter Fernanda, who was found dead in the State of Mexico in 2017. Nobody has been arrested for the killing. "They told me my daughter must have run off with a boyfriend," she said. "Three days later I was identifying her body."

The Mexico City government said in a statement that police had shown "absolute respect" for the right to protest, and that 62 officers and civilians had been injured, most of them by fireworks and hammers thrown by a small group of masked demonstrators near the National Palace.

UN Women said the strike should be a turning point. "Mexico must turn this energy into justice for the victims and their families," the agency said.

Official figures show that more than 1,000 killings of women were investigated as femicides in Mexico last year, a number activists say understates the scale of the problem.

The strike was backed by hundreds of companies, universities and local governments, and business groups estimated that it cost the economy more than 1 billion US dollars. The president had earlier questioned the motives of some of its supporters, prompting criticism from women's groups.''',
        [
            ("Every day ten women are killed", "Daniela Ortiz"),
            ("They told me my daughter must", "Rosa Hernández"),
            ("Three days later I was identifying", "Rosa Hernández"),
            ("absolute respect", "Mexico City government"),
            ("Mexico must turn this energy into", "UN Women"),
        ],
    ),
    # 18 -- Rio favela police operation (curly quotes): father quote split then continued over two paragraphs, police statement partials, anonymous resident, public defender, NGO statement
    (
'''Relatives and neighbours of an 11-year-old boy shot dead during a police operation in Rio de Janeiro's Cidade de Deus favela buried him on Sunday, as the state's public defender's office called for an independent investigation.

Gabriel Souza was shot in the back on Friday afternoon as he walked home from school with his cousin. “My son was carrying his school bag, not a gun,” his father, Carlos Eduardo Souza, said at the cemetery. “The police came in shooting as if nobody lived here.

“Who is going to pay for this? Nobody. It is always nobody.”

The Military Police said in a statement that officers had been “attacked by criminals” during an operation against drug traffickers and that the boy's death would be “rigorously investigated”.

Residents disputed that account. “There was no shoot-out. There was only one side shooting,” said a woman who lives on the street where the boy fell and who asked not to be named for fear of reprisals.

Fernanda Lima, who coordinates the human rights unit of the Rio de Janeiro State Public Defender's Office, said the timing of the raid was indefensible. “Operations in crowded areas at the time children leave school are a choice, and it is a choice that kills,” Lima said.

Amnesty International Brazil said police in Rio state had killed more than 1,800 people last year, the highest number on record. “These deaths are the result of a security policy that treats favelas as war zones,” the organisation said.

A ballistics report is expected within 30 days. The state government has repeatedly defended aggressive raids against armed gangs, which control large parts of the city's poorer neighbourhoods.''',
        [
            ("My son was carrying his school", "Carlos Eduardo Souza"),
            ("The police came in shooting as", "Carlos Eduardo Souza"),
            ("Who is going to pay for", "Carlos Eduardo Souza"),
            ("attacked by criminals", "Military Police"),
            ("rigorously investigated", "Military Police"),
            ("There was no shoot-out. There was", "~woman"),
            ("Operations in crowded areas at the", "Fernanda Lima"),
            ("These deaths are the result of", "Amnesty International Brazil"),
        ],
    ),
    # 19 -- Harare anti-corruption protest arrests: lawyer with charge partial, police spokesman via newspaper, lawyers' group statement, unnamed vendor, spokesman on Twitter
    (
'''Zimbabwean police arrested at least 16 people in Harare on Friday, including a trade unionist and a university lecturer, as security forces sealed off the capital to stop planned protests against corruption and the country's economic collapse.

Streets in central Harare were largely deserted, and soldiers and police manned roadblocks on the main roads into the city from early morning.

Rumbidzai Moyo, a lawyer representing several of those arrested, said her clients were being held at Harare Central police station and had been charged with "participating in a gathering with intent to promote public violence". "My clients were standing on a street corner holding placards. That is not a crime in any democracy," she said.

Police spokesman Assistant Commissioner Farai Chikowore told the state-owned Herald newspaper that officers had "foiled an insurrection" organised by opposition activists.

The Zimbabwe Lawyers for Human Rights said in a statement that it was "alarmed by the continued persecution of journalists", noting that Tendai Mashonga, an investigative reporter who exposed alleged fraud in the purchase of coronavirus supplies, had been held in custody since last week.

A woman who sells vegetables at Mbare Musika market said soldiers had ordered traders to close their stalls at dawn. "Today I will earn nothing, and my children will eat nothing," she said.

Government spokesman Simba Ncube wrote on Twitter on Friday afternoon: "Zimbabwe is open for business. Zimbabweans have rejected the call for violence."

The protests had been called by an opposition activist, who has been in hiding since police declared him wanted. Inflation in Zimbabwe has exceeded 700 percent, and many civil servants earn the equivalent of less than 50 US dollars a month.''',
        [
            ("participating in a gathering with intent", "Rumbidzai Moyo"),
            ("My clients were standing on a", "Rumbidzai Moyo"),
            ("foiled an insurrection", "Farai Chikowore"),
            ("alarmed by the continued persecution of", "Zimbabwe Lawyers for Human Rights"),
            ("Today I will earn nothing, and", "~woman"),
            ("Zimbabwe is open for business. Zimbabweans", "Simba Ncube"),
        ],
    ),
    # 20 -- Algiers Hirak: protester with split quote, rights league lawyer, state news agency partial, unnamed retired teacher
    (
'''Tens of thousands of Algerians marched in the capital on Friday for the 40th consecutive week, rejecting next month's presidential election as a manoeuvre by the military-backed establishment to remain in power.

"We did not spend ten months in the street to swap one face for another," said Karim Bensalem, a 35-year-old pharmacist marching down Didouche Mourad street with his two daughters. "As long as the same system organises the vote, we will not vote."

Amina Boudiaf, a lawyer with the Algerian League for the Defence of Human Rights (LADDH), said more than 140 people were in prison for their role in the protests, many of them for carrying the Amazigh flag. "Judges are handing down prison sentences for a piece of cloth," she said.

The state news agency APS reported that the election campaign was "proceeding in a calm atmosphere" across the country, and did not mention the marches.

A retired teacher watching from the steps of the Grande Poste, the colonial-era post office that has become the focal point of the weekly marches, said he had not missed a single Friday since February. "I am 72 and I want to see a free Algeria before I die. These young people have given me hope again," he said.

All five candidates in the election have served as ministers or held senior posts under the former president, who resigned in April after weeks of mass protests.

The army chief of staff, who has emerged as the country's most powerful figure since the resignation, has repeatedly insisted the vote will go ahead as planned on December 12.''',
        [
            ("We did not spend ten months", "Karim Bensalem"),
            ("As long as the same system", "Karim Bensalem"),
            ("Judges are handing down prison sentences", "Amina Boudiaf"),
            ("proceeding in a calm atmosphere", "APS"),
            ("I am 72 and I want", "~teacher"),
        ],
    ),
    # 21 -- Khartoum sit-in dispersal (curly quotes): doctors' committee partial, "Dr" title, "told Al Jazeera", association partial, military spokesman with "he added" in next paragraph, unnamed protester
    (
'''Sudanese security forces stormed a protest camp outside the army headquarters in Khartoum early on Monday, killing at least 30 people, according to a doctors' group aligned with the protest movement.

The Central Committee of Sudanese Doctors said in a statement posted on Facebook that the death toll was expected to rise “because of the large number of serious injuries”.

Dr Amira Osman, a member of the committee, said armed men had surrounded at least one hospital. “Our colleagues at the Royal Care hospital were besieged. The men would not let the injured in, and they would not let the doctors out,” she told Al Jazeera by telephone.

The Sudanese Professionals Association, which led the months of protests that ended Omar al-Bashir's 30-year rule in April, described the raid as a “bloody massacre” and called on Sudanese to begin a campaign of civil disobedience until the military council handed power to civilians.

Lieutenant General Hamid al-Tayeb, a spokesman for the Transitional Military Council, denied that the army had set out to clear the sit-in. “The operation targeted a criminal area next to the sit-in where drugs are sold,” he said in a televised statement.

“Some of the elements fled into the sit-in and the situation got out of control,” he added.

A protester who escaped by running along the bank of the Blue Nile said men in the uniforms of the paramilitary Rapid Support Forces had set fire to tents. “They were laughing while they burned our tents, and they were firing at anyone who ran,” he said.

Internet access across Sudan was severely disrupted for most of Monday, and the main roads around the army headquarters remained blocked by armed vehicles into the evening.''',
        [
            ("because of the large number of", "Central Committee of Sudanese Doctors"),
            ("Our colleagues at the Royal Care", "Amira Osman"),
            ("bloody massacre", "Sudanese Professionals Association"),
            ("The operation targeted a criminal area", "Hamid al-Tayeb"),
            ("Some of the elements fled into", "Hamid al-Tayeb"),
            ("They were laughing while they burned", "~protester"),
        ],
    ),
    # 22 -- Bogota national strike death: sister identified after the quote, split quote, police general "told Caracol Radio", ombudsman partial, strike leader; "cacerolazo" term not listed
    (
'''Thousands of people gathered in Bogota on Tuesday night for a candlelit vigil for a 20-year-old film student who died after being struck in the head by a tear gas canister fired by riot police during a national strike.

Andrés Felipe Rincón died in hospital on Monday, two days after he was hit during a march in the city centre. Video of the incident, filmed by other students, appears to show an officer of the ESMAD riot squad firing towards a group of young people from a distance of a few metres.

"My brother went out to march for free education, and they sent him back to us in a coffin," his sister, Valentina Rincón, told reporters outside the hospital. "We do not want revenge. We want the truth."

General Óscar Mendoza, commander of the Bogota metropolitan police, told Caracol Radio that the officer who fired the canister had been suspended. "It was an action that did not follow our protocols, and it will be investigated to the end," Mendoza said.

The Ombudsman's Office said it had recorded "serious irregularities" in the policing of the protests and asked the government to review the use of the riot squad.

Hernán Cárdenas, a leader of the National Strike Committee, said the unions and student groups behind the strike would keep marching. "The government wants to talk about vandalism so that it does not have to talk about pensions, wages and the murder of social leaders," he said.

Residents in several neighbourhoods banged pots and pans late into the night in the form of protest known as a "cacerolazo".''',
        [
            ("My brother went out to march", "Valentina Rincón"),
            ("We do not want revenge. We", "Valentina Rincón"),
            ("It was an action that did", "Óscar Mendoza"),
            ("serious irregularities", "Ombudsman's Office"),
            ("The government wants to talk about", "Hernán Cárdenas"),
        ],
    ),
    # 23 -- Ecuador fuel protests: speaker between two halves of a quote, ombudsman partial, government secretariat statement partial, unnamed resident
    (
'''Ecuador's government and indigenous leaders agreed on Sunday night to end 11 days of protests that left seven people dead, after the government agreed to withdraw a decree that had scrapped decades-old fuel subsidies.

"This is a victory for the people, not only for the indigenous movement," said Luis Tupiza, a leader of the Confederation of Indigenous Nationalities of Ecuador (CONAIE), as crowds celebrated in the streets of Quito. "But we have buried our dead, and we will not forget them."

The Ombudsman's Office said at least 1,340 people had been injured and 1,152 detained during the unrest, and that its staff had documented a "disproportionate use of force" by police against demonstrators, including the firing of tear gas near a university that was being used as a shelter.

In a statement, the Secretariat of Communication said the agreement would "restore peace to all Ecuadorians" and that a new decree would be drafted together with indigenous representatives.

A Quito resident whose street near the Casa de la Cultura had been blocked for a week said she was relieved. "We were prisoners in our own homes. I support their cause, but I have two small children," she said.

Fuel prices had risen by more than 100 percent after the subsidies were removed as part of an agreement with the International Monetary Fund. Thousands of indigenous people travelled to the capital from the Andes and the Amazon to join the protests, which paralysed much of the country and forced the government to move temporarily to the coastal city of Guayaquil.''',
        [
            ("This is a victory for the", "Luis Tupiza"),
            ("But we have buried our dead,", "Luis Tupiza"),
            ("disproportionate use of force", "Ombudsman's Office"),
            ("restore peace to all Ecuadorians", "Secretariat of Communication"),
            ("We were prisoners in our own", "~resident"),
        ],
    ),
    # 24 -- Saturday Mothers, Istanbul (curly quotes): relative with split quote, unnamed officer at scene, governor's office partial, lawyer, MP "wrote on Twitter"
    (
'''Turkish police detained dozens of people in Istanbul on Saturday, including elderly relatives of people who disappeared in state custody in the 1980s and 1990s, as they tried to hold their weekly vigil in Galatasaray Square.

The Saturday Mothers have gathered every week since 1995 carrying photographs of missing relatives, but have been prevented from entering the square since last year.

“My brother was taken from our house in 1994, and I have been coming here for twenty-five years to ask one question: where is he?” said Hanife Yıldız, 67, shortly before officers led her to a police bus. “They can detain me every Saturday. I will still come.”

A police officer at the scene addressed the group through a loudspeaker before the detentions began. “This is your final warning. Disperse, or we will intervene,” he said.

The Istanbul Governor's Office said in a statement that the gathering had been banned because some of its organisers had links to “terrorist organisations”, an accusation the group rejects.

Murat Aksoy, a lawyer with the Human Rights Association (İHD), said all 47 detainees had been released by the evening. “Women in their seventies were dragged along the ground for holding a photograph. The only people committing a crime today were the ones in uniform,” Aksoy said.

Ayşe Kaya, a member of parliament for the opposition Republican People's Party (CHP), raised the detentions in the assembly and later wrote on Twitter: “The state that lost these people is now arresting the people looking for them.”''',
        [
            ("My brother was taken from our", "Hanife Yıldız"),
            ("They can detain me every Saturday.", "Hanife Yıldız"),
            ("This is your final warning. Disperse,", "~officer"),
            ("terrorist organisations", "Istanbul Governor's Office"),
            ("Women in their seventies were dragged", "Murat Aksoy"),
            ("The state that lost these people", "Ayşe Kaya"),
        ],
    ),
    # 25 -- Egypt September arrests: commission lawyer, prosecutor partial, mother split quote, two women in turn (Amnesty director), shopkeeper "told AFP"
    (
'''Egyptian authorities have detained more than 2,000 people since small but rare protests against the government broke out on September 20, according to the Egyptian Commission for Rights and Freedoms (ECRF).

"This is the largest wave of arrests in years, and most of those detained were not at any protest. They were stopped at checkpoints and had their phones searched," said Khaled Samir, a lawyer with the commission.

The public prosecutor's office said in a statement that "no more than 1,000" people had been questioned in connection with the protests.

Nadia Fathy said her 19-year-old son, a university student, was arrested at a metro station in downtown Cairo after police found a video of the protests on his phone. "I went to four police stations and each one told me he was not there," she said. "Then I saw his name on a list of defendants at the state security prosecution."

"The Egyptian authorities must immediately release everyone held solely for peacefully expressing their views," said Salma Benali, North Africa campaigns director at Amnesty International.

In Suez, where some of the largest protests took place, a shopkeeper told AFP that plainclothes police had been stopping young men in the street and checking their social media accounts. "Everyone is afraid. Nobody talks about politics any more, not even at home," he said.

Protests have been effectively banned in Egypt since 2013, and thousands of people remain in pre-trial detention, some of them for longer than the two-year limit set by law.''',
        [
            ("This is the largest wave of", "Khaled Samir"),
            ("no more than 1,000", "public prosecutor's office"),
            ("I went to four police stations", "Nadia Fathy"),
            ("Then I saw his name on", "Nadia Fathy"),
            ("The Egyptian authorities must immediately release", "Salma Benali"),
            ("Everyone is afraid. Nobody talks about", "~shopkeeper"),
        ],
    ),
    # 26 -- Sydney Black Lives Matter court case: judge "wrote" partials, organiser, police assistant commissioner, Court of Appeal partial, unnamed protester
    (
'''The New South Wales Supreme Court on Thursday ruled that a Black Lives Matter protest planned for Sydney on Saturday would not be authorised, after police argued that a mass gathering would put public health at risk during the coronavirus pandemic.

In her judgment, Justice Helen Carrington wrote that the right to protest was "of fundamental importance" but that it could not override public health orders "in the extraordinary circumstances of a pandemic".

Kira Watson, one of the organisers, spoke to supporters outside the court. "We have been told to wait our whole lives. Aboriginal people are still dying in custody, and nobody has ever been held responsible," she said.

Assistant Commissioner Graham Doyle of NSW Police urged people to stay at home. "Our concern is purely the health of the community, and it has nothing to do with the cause," he told reporters.

The organisers appealed, and 12 minutes before the march was due to start on Saturday, the NSW Court of Appeal overturned the decision. The court said it would publish its reasons later and that the march could go ahead "as an authorised public assembly".

Thousands of people then marched from Town Hall to Belmore Park, many wearing masks. A protester carrying a photograph of her uncle, who died in a Sydney prison in 2015, said she had planned to come whatever happened. "I am here for him. I would have come whatever the court said," she said.

Police said the march had been peaceful and that no arrests had been made.''',
        [
            ("of fundamental importance", "Helen Carrington"),
            ("in the extraordinary circumstances of a", "Helen Carrington"),
            ("We have been told to wait", "Kira Watson"),
            ("Our concern is purely the health", "Graham Doyle"),
            ("as an authorised public assembly", "NSW Court of Appeal"),
            ("I am here for him. I", "~protester"),
        ],
    ),
    # 27 -- Extinction Rebellion ban ruled unlawful (curly quotes): campaign name not listed, "the judgment said", solicitor, police force partial then named officer's statement, activist, Liberty partial
    (
'''London's Metropolitan Police acted unlawfully when it banned Extinction Rebellion protests across the capital last month, the High Court ruled on Wednesday.

The force imposed the ban on October 14, on the eighth day of the climate group's “Autumn Uprising”, and arrested hundreds of people who continued to demonstrate in Trafalgar Square and elsewhere.

In its judgment, the High Court said the police had no power to ban future protests by treating them as one event. “A series of separate gatherings, in different places and at different times, cannot be treated as a single public assembly,” the judgment said.

Rachel Ashdown, a solicitor representing the claimants, said the ruling vindicated the group. “The police cannot simply switch off the right to protest because it has become inconvenient,” she said.

The Metropolitan Police said it was “disappointed” by the decision and would consider whether to appeal. “We acted in good faith, in an unprecedented situation, to prevent serious disruption to Londoners,” Deputy Assistant Commissioner Laurence Hale said in a statement.

Maya Okonjo, 23, a climate activist who was detained two days after the ban while sitting in Trafalgar Square, said she would seek compensation. “I was arrested for reading a book on the ground, and I would like my fingerprints and my DNA back,” she said.

The human rights group Liberty, which intervened in the case, said the judgment sent “a clear message” that protest was a right, not a gift from the state. More than 1,600 people were arrested during the two weeks of protests.''',
        [
            ("A series of separate gatherings, in", "High Court"),
            ("The police cannot simply switch off", "Rachel Ashdown"),
            ("disappointed", "Metropolitan Police"),
            ("We acted in good faith, in", "Laurence Hale"),
            ("I was arrested for reading a", "Maya Okonjo"),
            ("a clear message", "Liberty"),
        ],
    ),
    # 28 -- Belgrade curfew protests: minister via RTS, "He insisted" partial in next paragraph, journalist, rights centre partial, protester's one-word partial plus quote
    (
'''Serbian police fired tear gas at protesters outside the National Assembly in Belgrade for a second night on Wednesday, after the government's announcement of a weekend curfew to fight a resurgence of coronavirus infections set off the country's most violent protests in years.

Interior Minister Dragan Vasić said 43 police officers had been injured. "These were not citizens worried about their health. These were organised hooligans who came to attack the police," the minister told the state broadcaster RTS.

He insisted that officers had used force "only when it was absolutely necessary".

Milica Stojanović, a reporter for an independent news website, said she was beaten by officers while filming arrests near Pioneers Park. "I shouted that I was a journalist and held up my press card, and three of them kept hitting me with batons," Stojanović said.

The Belgrade Centre for Human Rights said in a statement that video footage showed "excessive and unlawful use of force against peaceful citizens and journalists".

Marko Jovanović, a 29-year-old waiter, said he had come to protest against what he called the government's "chaotic" handling of the pandemic. "Two weeks ago they told us the virus was finished and held an election. Now they want to lock us up again," he said.

On Wednesday evening the government said it had dropped plans for the weekend curfew, but protesters returned to the streets regardless, and police made dozens more arrests.

Serbia lifted most of its coronavirus restrictions in May and held parliamentary elections in June. Health officials reported more than 300 new infections a day this week, and hospitals in Belgrade said they were close to capacity.''',
        [
            ("These were not citizens worried about", "Dragan Vasić"),
            ("only when it was absolutely necessary", "Dragan Vasić"),
            ("I shouted that I was a", "Milica Stojanović"),
            ("excessive and unlawful use of force", "Belgrade Centre for Human Rights"),
            ("chaotic", "Marko Jovanović"),
            ("Two weeks ago they told us", "Marko Jovanović"),
        ],
    ),
    # 29 -- Cape Town march on gender violence: chant, student leader, police spokesperson with rank, university statement partial, unnamed mother in crowd
    (
'''Thousands of students marched to Parliament in Cape Town on Thursday to demand action on violence against women, days after a 20-year-old student was found dead near her residence.

Protesters chanted "Enough is enough" as they gathered outside the gates of Parliament, where MPs were debating the government's response to a wave of killings of women and girls.

"Every woman here has a story, and every woman here knows someone who did not come home," said Thandeka Nkosi, president of the student representative council, addressing the crowd through a loudhailer.

Police spokesperson Captain Siyabonga Dlamini said officers had used a stun grenade to disperse a group that tried to force the gates. "We respect the right to protest, but we cannot allow anyone to storm Parliament," he said.

The University of Cape Town said in a statement it was "devastated" by the student's death and would review security around its residences.

A woman in the crowd holding her teenage daughter's hand said she had brought her on purpose. "She needs to see that we fight back," the woman said.

Police said a 42-year-old man had been arrested in connection with the student's death and would appear in court next week. According to official statistics, more than 2,700 women were murdered in South Africa in the last financial year.

Student groups said they would return to Parliament next week if the government did not announce concrete measures, including more funding for specialised courts dealing with sexual offences and a public register of convicted offenders.''',
        [
            ("Enough is enough", "~protesters"),
            ("Every woman here has a story,", "Thandeka Nkosi"),
            ("We respect the right to protest,", "Siyabonga Dlamini"),
            ("devastated", "University of Cape Town"),
            ("She needs to see that we", "~woman"),
        ],
    ),
    # 30 -- Sacaba, Bolivia (curly quotes): commission partial, minister split quote "told reporters", coca grower, anonymous doctor, ombudsman statement with "it said"
    (
'''At least eight people were killed on Friday when security forces opened fire on supporters of Bolivia's former president near the town of Sacaba, outside Cochabamba, according to the country's Ombudsman's Office.

The Inter-American Commission on Human Rights (IACHR) condemned what it called a disproportionate use of force and said a decree issued by the interim government exempting the armed forces from criminal liability “contravenes international human rights standards”.

Interim Interior Minister Jorge Ávila rejected the accusations. “The police and the armed forces did not fire a single bullet,” he told reporters in La Paz. “The protesters were shooting at each other, and some of them were carrying weapons.”

Eusebio Quispe, 48, a coca grower from the Chapare region, said he had been at the front of the march when the shooting began. “We were walking with our flags, and the soldiers fired from the bridge. My nephew fell beside me with a bullet in his chest,” he said.

A doctor at the hospital in Sacaba who asked not to be named said all of the dead had gunshot wounds. “Most of the wounds we treated were from firearms, not rubber bullets,” the doctor said.

The Ombudsman's Office called for an immediate and independent investigation. “Nobody can be given a licence to kill. Those responsible must be identified and brought to justice,” it said in a statement.

The marchers had been trying to reach Cochabamba to demand the return of the former president, who resigned and left the country after weeks of protests over a disputed election.''',
        [
            ("contravenes international human rights standards", "Inter-American Commission on Human Rights"),
            ("The police and the armed forces", "Jorge Ávila"),
            ("The protesters were shooting at each", "Jorge Ávila"),
            ("We were walking with our flags,", "Eusebio Quispe"),
            ("Most of the wounds we treated", "~doctor"),
            ("Nobody can be given a licence", "Ombudsman's Office"),
        ],
    ),
]
STORIES_BJ = [
    # 1 -- Romanian floods: quote split around cue, partial quote, unnamed resident ("a woman" described as resident), named spokesperson of an organisation
    (
'''Flash floods in north-eastern Romania have killed at least six people and forced more than 2,000 from their homes since Tuesday, authorities said on Thursday. The worst-hit area is Suceava County, where the Suceava river burst its banks after three days of heavy rain.

"The water rose almost a metre in under an hour," county prefect Andrei Moldovan told reporters in the village of Ipotești on Wednesday. "People did not have time to take anything with them. Some of them climbed onto their roofs and waited there for the boats."

Moldovan said rescue teams had reached all of the isolated villages by Wednesday evening, although several roads and two bridges remained closed. He added that the death toll "could still rise" as firefighters pumped water out of flooded cellars and outbuildings.

The National Meteorological Administration (ANM) extended its red warning for the county until Friday morning. "Further heavy rainfall of up to 80 litres per square metre is expected in the next 48 hours, especially in the mountain areas," the agency said in a statement.

One resident of Ipotești, a woman in her sixties who had spent the night in a school gymnasium with her husband, told Digi24 television that she had lost everything. "My house is gone. The chickens, the garden, the car, all of it," she said. She said the couple had lived in the village for forty years and had never seen the river so high.

The Romanian Red Cross said it had sent 15 tonnes of food, bottled water and blankets to the county. Spokesperson Ioana Stan told the Agerpres news agency that volunteers were also handing out cleaning kits and disinfectant. "The next few days are critical. Once the water goes down, the mud and the risk of disease remain, and that is when people need the most help," Stan said.

The government is expected to approve emergency funding for the affected areas at a cabinet meeting on Thursday. Local officials estimate that at least 600 houses have been damaged, and that many more have flooded cellars and ruined wells.''',
        [
            ("The water rose almost a metre in", "Andrei Moldovan"),
            ("People did not have time to take", "Andrei Moldovan"),
            ("could still rise", "Andrei Moldovan"),
            ("Further heavy rainfall of up to 80", "National Meteorological Administration"),
            ("My house is gone. The chickens, the", "~resident"),
            ("The next few days are critical.", "Ioana Stan"),
        ],
    ),
    # 2 -- Halifax plastic bag ban: two women councillors in turn, "replied", "insisted", partial quote, "the 47-year-old", named spokesperson after the quote
    (
'''Councillors in Halifax, Nova Scotia voted 13 to 3 on Tuesday to ban single-use plastic checkout bags from the city's shops starting next July, CBC News reported.

The bylaw was brought forward by councillor Lindsay Mercer, who represents a downtown district. "We have been talking about this for six years. Other cities have done it, the province has studied it, and our residents have asked for it again and again. It is time," Mercer said during the debate.

Councillor Joan Whitmore, one of the three to vote against, said the city was moving too fast. "Small businesses on my side of the harbour are already struggling, and now we are telling them to find and pay for new bags in less than a year," she said.

Mercer replied that the bylaw gave businesses "more than enough" time, and pointed to a provision allowing shops to sell paper bags for a fee of at least 25 cents.

"Twenty-five cents is a tax by another name. Call it what it is," Whitmore insisted.

The Retail Council of Canada said it regretted that council had not waited for a national approach to plastics. "A patchwork of municipal rules creates confusion for retailers and their customers," the group said in a statement.

Farid Haddad, who runs a small grocery on Quinpool Road, told Global News he already charged five cents for each plastic bag. "Most people bring their own now anyway. The ones who don't, they will learn," the 47-year-old said.

Environmental group Ecology Action Centre welcomed the vote. "This is a small step, but it's one people will see and feel every day," said spokesperson Mark Ellery. He added that the group would now push council to tackle takeaway food containers.

The ban will not apply to bags used for loose produce, bulk foods or prescription medicines. Shops that break the bylaw could face fines of up to $10,000.''',
        [
            ("We have been talking about this for", "Lindsay Mercer"),
            ("Small businesses on my side of the", "Joan Whitmore"),
            ("more than enough", "Lindsay Mercer"),
            ("Twenty-five cents is a tax by another", "Joan Whitmore"),
            ("A patchwork of municipal rules creates confusion", "Retail Council of Canada"),
            ("Most people bring their own now", "Farid Haddad"),
            ("This is a small step, but it's", "Mark Ellery"),
        ],
    ),
    # 3 -- Peru earthquake (curly quotes): speaker after quote with apposition, unnamed firefighter with partial + full quote, agency "warned"
    (
'''A magnitude 6.4 earthquake struck southern Peru early on Sunday, killing at least three people and damaging hundreds of adobe homes in the Arequipa region, officials said.

The Geophysical Institute of Peru (IGP) said the quake hit at 4:12 a.m. local time, with its epicentre about 40 kilometres south-west of the town of Chivay at a depth of 95 kilometres. The United States Geological Survey (USGS) measured it at magnitude 6.2.

“It was long, maybe forty seconds, and it just kept going. We ran outside in the dark and then the kitchen wall came down behind us,” Luis Mamani, a farmer in the village of Yanque, told RPP Noticias.

Regional governor Hugo Salinas said two of the dead were an elderly couple whose house collapsed on them as they slept. The third was a man struck by falling rocks on the road between Chivay and Cabanaconde. “We are still getting reports from the high villages where there is no phone signal, so I would ask the public to be patient,” Salinas told a press conference in Arequipa city. He said the region would ask the national government to declare a state of emergency.

At the hospital in Chivay, director Carmen Vela said 41 people had been treated, most of them for cuts and fractures. “We have had to put some patients in the corridor, but we are coping. What we need now is more orthopaedic staff,” she said.

One firefighter at the scene in Yanque, who asked not to be named, described the damage to older buildings as “very serious”. “The adobe houses simply could not hold. The new brick ones are mostly standing,” he said.

Kristin Hale, a seismologist with the USGS, told Reuters that intermediate-depth earthquakes were common in southern Peru. “The depth helped limit the shaking at the surface, but adobe construction is highly vulnerable even to moderate shaking,” she said.

The quake was also felt in Tacna and in parts of northern Chile. Peru's National Civil Defence Institute (INDECI) said it had sent tents and blankets to the area. “Aftershocks are expected in the coming days, and residents should not return to damaged homes,” the institute warned.''',
        [
            ("It was long, maybe forty seconds, and", "Luis Mamani"),
            ("We are still getting reports from the", "Hugo Salinas"),
            ("We have had to put some patients", "Carmen Vela"),
            ("very serious", "~firefighter"),
            ("The adobe houses simply could not hold", "~firefighter"),
            ("The depth helped limit the shaking at", "Kristin Hale"),
            ("Aftershocks are expected in the coming days,", "National Civil Defence Institute"),
        ],
    ),
    # 4 -- Leeds fraud sentencing: judge later "Judge Marsh", partial quotes, "she told him", unnamed daughter
    (
'''A man from Leeds has been jailed for six years for defrauding elderly people out of more than £240,000 by posing as a police officer on the telephone, West Yorkshire Police said on Friday.

Kieran Whitley, 34, pleaded guilty at Leeds Crown Court to eleven counts of fraud by false representation. The court heard that he called victims aged between 78 and 93, told them their bank accounts had been compromised, and persuaded them to hand over cash and jewellery to a courier who came to their door.

Sentencing him, Judge Helen Marsh said Whitley had targeted people "precisely because they were trusting". "You chose the most vulnerable members of our community, and you stole from them not only their savings but their peace of mind. Several of your victims no longer feel safe answering their own telephone," she told him.

Prosecutor Daniel Okafor told the court that one victim, a 91-year-old widow, had handed over her late husband's wedding ring. "She has never recovered it," he said.

Whitley's barrister, Simon Reeve, said his client was addicted to gambling and had been "pressured by others higher up the chain". Judge Marsh said she accepted that Whitley was not the organiser, but added that he had been "an enthusiastic and indispensable part" of the scheme.

After the hearing, Detective Constable Priya Sandhu said: "Police will never ring you and ask you to withdraw money or hand over valuables. If anyone does, hang up, and call us from a different phone."

The daughter of one victim told the Yorkshire Evening Post that her mother, 84, had lost £18,000 and had been too ashamed to tell anyone for a week. "I want people to know it isn't the victims who should feel ashamed. It's the people who do this," she said.

Two other men have been charged in connection with the scheme and are due to stand trial at the same court next year.''',
        [
            ("precisely because they were trusting", "Helen Marsh"),
            ("You chose the most vulnerable members of", "Helen Marsh"),
            ("She has never recovered it", "Daniel Okafor"),
            ("pressured by others higher up the chain", "Simon Reeve"),
            ("an enthusiastic and indispensable part", "Helen Marsh"),
            ("Police will never ring you and ask", "Priya Sandhu"),
            ("I want people to know it isn't", "~daughter"),
        ],
    ),
    # 5 -- Coral study: quote split around cue whose second part runs over into the next paragraph (continuation listed separately), "he explained", unnamed scientists' partial quote, present-tense "says"
    (
'''A marine heatwave in 2017 killed a larger share of young corals on the Great Barrier Reef than previously thought, according to a study published on Wednesday in the journal Nature Ecology & Evolution.

Researchers surveyed 112 sites along the reef and found that the number of new coral larvae settling on the reef had fallen by 71 per cent compared with the average for the previous decade.

"Adult corals dying is what people see in the photographs, but what worries us most is that the nursery is failing," lead author Anna Lindqvist of James Cook University told the ABC. "If the babies aren't coming through, then the reef can't rebuild itself between heatwaves.

"We used to think of recovery as taking around ten years. With the kind of gaps we're now seeing between bleaching events, it simply doesn't get that time."

Co-author Tomás Herrera said the loss had been uneven. "Some reefs in the south held up remarkably well. That gives us a bit of hope, and it tells us where to focus protection," he explained.

Scientists not involved in the study described the findings as "sobering". Professor Rachel Goode of the University of Queensland told New Scientist that the results matched her own team's observations. "This is a very careful piece of work. I don't think anyone in the field will be surprised, but it's still confronting to see it quantified," she said.

The Great Barrier Reef Marine Park Authority said in a statement that it was aware of the research and was working with scientists to identify and protect the most resilient reefs. "Climate change remains the single greatest threat to the Reef," the authority said.

Cairns dive operator Steve Mullins says visitors are still enjoying the reef but ask more questions than they used to. "They all want to know if it's dying. I tell them it's sick, not dead, and that it's worth fighting for," he said.''',
        [
            ("Adult corals dying is what people see", "Anna Lindqvist"),
            ("If the babies aren't coming through, then", "Anna Lindqvist"),
            ("We used to think of recovery as", "Anna Lindqvist"),
            ("Some reefs in the south held up", "Tomás Herrera"),
            ("sobering", "~scientists"),
            ("This is a very careful piece of", "Rachel Goode"),
            ("Climate change remains the single greatest threat", "Great Barrier Reef Marine Park Authority"),
            ("They all want to know if it's", "Steve Mullins"),
        ],
    ),
    # 6 -- Football manager sacked (curly quotes): club statement in two quoted parts, Instagram "wrote", partial quote then full quote, "the 29-year-old defender"
    (
'''League One club Thornbury Rovers sacked manager Gary Pritchard on Monday, two days after a 4–0 home defeat to Accrington Stanley left them second from bottom of the table.

“The board would like to thank Gary for his hard work and commitment during his time at the club,” Rovers said in a statement. “However, results this season have fallen well below expectations, and we believe a change is necessary to give us the best chance of survival.”

Pritchard, 46, was appointed in May 2018 and led the club to a ninth-place finish last season. He posted a message on Instagram on Monday evening thanking the players and supporters. “Football is a results business and I understand that. I gave everything to this club and I'm proud of what we built,” he wrote.

Chairman Martin Dale told the Bristol Post the decision had been “the hardest of my time here”. “Gary is a good man and a good coach, but we have won two games in fifteen, and I could not look the fans in the eye and say nothing needed to change,” Dale said.

Club captain Lewis Adeyemi said the players shared the blame. “It's not on the manager, it's on us. We're the ones out there on a Saturday,” the 29-year-old defender said after training.

First-team coach Danny Royle will take charge for Saturday's trip to Rochdale. The club said it hoped to appoint a permanent replacement within two weeks.

Former Rovers striker Andy Kerr, speaking on BBC Radio 5 Live, was more critical of the board. “They sold the three best players in the summer and didn't replace them. You can change the manager as often as you like, but the problem is upstairs,” he said.

The Thornbury Rovers Supporters' Trust said it backed the decision but wanted the board to set out a clear plan for the rest of the season.''',
        [
            ("The board would like to thank Gary", "Thornbury Rovers"),
            ("However, results this season have fallen well", "Thornbury Rovers"),
            ("Football is a results business and I", "Gary Pritchard"),
            ("the hardest of my time here", "Martin Dale"),
            ("Gary is a good man and a", "Martin Dale"),
            ("It's not on the manager, it's", "Lewis Adeyemi"),
            ("They sold the three best players in", "Andy Kerr"),
        ],
    ),
    # 7 -- Car parts plant closure: company statement, partial quote, "the minister", "she replied", unnamed worker "he asked", analyst told Bloomberg
    (
'''German car parts maker Kessler Automotive said on Thursday that it will close its factory in Valladolid, Spain by the end of next year, putting around 1,100 jobs at risk.

In a statement, the company blamed falling demand for diesel engine components. "The shift in the market away from diesel has been faster and deeper than anyone in the industry predicted, and despite considerable efforts the Valladolid site cannot be made competitive," the statement said.

Chief executive Markus Brandt told a conference call with analysts that the decision had been "painful but unavoidable". He said the company would offer some workers positions at its plants in Germany and the Czech Republic.

Javier Ortega, who represents the UGT union at the plant, said workers had learned of the closure from the press. "Nobody from management had the decency to tell us first. We found out at the same time as everyone else, from the radio," Ortega told El Norte de Castilla.

He said the union would call a strike if the company did not reopen talks, and insisted that the plant was still profitable.

Elena Ruiz, employment minister in the regional government of Castile and León, said she had asked for an urgent meeting with the company's management. "We will use every instrument we have to keep this plant open," the minister said. Asked whether the regional government would offer subsidies, she replied: "Everything is on the table."

Outside the factory gates on Thursday afternoon, a worker who has been at the plant for 22 years said he did not know what he would do next. "I'm 51. Who is going to hire me?" he asked.

Claudia Fink, an analyst at Munich-based Lindner Research, told Bloomberg that more closures were likely across Europe. "Suppliers that bet heavily on diesel are now paying for it," Fink said.''',
        [
            ("The shift in the market away from", "Kessler Automotive"),
            ("painful but unavoidable", "Markus Brandt"),
            ("Nobody from management had the decency to", "Javier Ortega"),
            ("We will use every instrument we have", "Elena Ruiz"),
            ("Everything is on the table", "Elena Ruiz"),
            ("I'm 51. Who is going to", "~worker"),
            ("Suppliers that bet heavily on diesel are", "Claudia Fink"),
        ],
    ),
    # 8 -- Sarajevo Film Festival: film titles in quotes (not listed), "the 38-year-old", "she said, laughing", critic "wrote" via partial quotes
    (
'''Georgian director Nino Abashidze won the top prize at the Sarajevo Film Festival on Saturday for her second feature, "The Orchard Keeper", a drama about a widow who refuses to leave her village near the boundary line with South Ossetia.

Accepting the Heart of Sarajevo award, Abashidze dedicated the film to her grandmother. "She lived her whole life forty kilometres from where she was born and saw three different countries come and go," the 38-year-old told the audience. "This film is for her, and for all the women who stayed."

Jury president Aleksander Novak said the decision had been unanimous. "It is a quiet film, but it is not a small one. Every frame of it carries history," he said.

Lead actress Tamar Gelashvili, 71, also won the award for best actress. She told reporters she had almost turned the role down. "I thought I was too old to spend six weeks in the mountains in the rain, but Nino would not accept no," she said, laughing.

Festival director Jovan Marić said this year's edition had sold a record 110,000 tickets. "Sarajevo has become the place where the cinema of this region meets the world," he said in a statement on Sunday.

Writing in Variety, critic Laura Brennan called the film "a patient, devastating portrait of endurance" and predicted that it would "travel widely" on the festival circuit.

The award for best documentary went to "Salt Roads", by Bosnian director Emir Hadžić, which follows seasonal workers crossing the Balkans on foot. Serbian actor Marko Ilić was named best actor for his role in "Night Shift".''',
        [
            ("She lived her whole life forty kilometres", "Nino Abashidze"),
            ("This film is for her, and for", "Nino Abashidze"),
            ("It is a quiet film, but it", "Aleksander Novak"),
            ("I thought I was too old to", "Tamar Gelashvili"),
            ("Sarajevo has become the place where the", "Jovan Marić"),
            ("a patient, devastating portrait of endurance", "Laura Brennan"),
            ("travel widely", "Laura Brennan"),
        ],
    ),
    # 9 -- Chennai water protest (curly quotes): chant by protesters, initialled names, partial quote, unnamed spokesperson for an organisation named earlier, "she warned"
    (
'''Several thousand people marched through central Chennai on Saturday to protest against severe water shortages that have left many neighbourhoods relying on private tankers for months.

Protesters carrying empty plastic pots chanted “Give us water, not promises” as they walked from Valluvar Kottam to the offices of the Chennai Metropolitan Water Supply and Sewerage Board. Police estimated the crowd at around 4,000.

Lakshmi Subramanian, a 43-year-old teacher from Velachery, said her family had received piped water only twice in June. “We wake up at four in the morning to queue for the tanker. My daughter has exams and she is standing in a line with buckets instead of studying,” she told The Hindu.

The march was organised by opposition parties and residents' associations. Opposition legislator R. Karthikeyan accused the state government of ignoring repeated warnings. “Every expert told them two years ago that the reservoirs would run dry. They did nothing. Now they tell people to pray for rain,” he said.

State minister P. Selvaraj told NDTV that the government was bringing water by train from Jolarpettai, around 200 kilometres away. “The situation is difficult but it is under control,” Selvaraj said. He described the protest as “politically motivated”.

A spokesperson for the water board said daily supply had been increased to 525 million litres. “We are prioritising hospitals, schools and the most affected areas,” the spokesperson said.

The city's four main reservoirs are almost empty after a weak monsoon last year. Meena Raghavan, deputy director general of the Regional Meteorological Centre, told reporters that the monsoon was expected within two weeks but would not immediately refill them. “One good monsoon does not undo four bad years,” she warned.''',
        [
            ("Give us water, not promises", "~protesters"),
            ("We wake up at four in the", "Lakshmi Subramanian"),
            ("Every expert told them two years ago", "R. Karthikeyan"),
            ("The situation is difficult but it is", "P. Selvaraj"),
            ("politically motivated", "P. Selvaraj"),
            ("We are prioritising hospitals, schools and the", "Chennai Metropolitan Water Supply and Sewerage Board"),
            ("One good monsoon does not undo four", "Meena Raghavan"),
        ],
    ),
    # 10 -- Alberta wildfire: two men (Lyle, Dempsey) alternating with "he said", speaker returns after another, partial quote
    (
'''An out-of-control wildfire in northern Alberta has forced the evacuation of around 4,000 people from the town of High Level and surrounding communities, officials said on Monday.

The fire, which started on Sunday afternoon, had grown to more than 23,000 hectares by Monday evening, according to Alberta Wildfire. Strong winds pushed it to within eight kilometres of the town's southern edge.

"Conditions today are extreme. We have low humidity, temperatures in the high twenties and gusts of up to 50 kilometres an hour, and that is a recipe for rapid fire growth," wildfire information officer Derek Lyle told reporters.

Lyle said 120 firefighters and 14 helicopters were working on the fire, supported by air tankers, with more crews arriving from British Columbia and Ontario.

High Level mayor Ron Dempsey said the evacuation had gone smoothly. "People were calm, they helped each other, they checked on their neighbours. I am very proud of this community," he said.

Dempsey urged residents not to try to return to collect belongings. "Your house can be replaced. You can't," he said.

Asked whether the town could be saved, Lyle was cautious. "We are doing everything we can to protect it, but I won't make promises about a fire like this one," he said.

Karen Whitford, who left with her two children and three dogs, told CBC News the drive south had been frightening. "The sky was orange and there was ash falling on the windshield. You couldn't see the end of the line of cars," she said.

Environment Canada said no significant rain was expected before Thursday. Meteorologist Jordan Pryce told the Edmonton Journal that a cold front later in the week could bring cooler temperatures but also "erratic winds" that might complicate firefighting.''',
        [
            ("Conditions today are extreme. We have low", "Derek Lyle"),
            ("People were calm, they helped each other", "Ron Dempsey"),
            ("Your house can be replaced", "Ron Dempsey"),
            ("We are doing everything we can to", "Derek Lyle"),
            ("The sky was orange and there was", "Karen Whitford"),
            ("erratic winds", "Jordan Pryce"),
        ],
    ),
    # 11 -- Irish minister resigns: partial quote, split quote whose second part runs over a paragraph break (continuation listed), "the statement continued", title-stripped "Dr Eoin Lacey"
    (
'''Minister of State for Housing Declan Moran resigned from the Irish government on Tuesday night after it emerged that he had failed to declare his ownership of two rental apartments in Dublin.

In a statement, Moran said he had made "a genuine error" in his declarations to the Dáil. "I have always tried to serve with integrity," he said. "I accept that this mistake falls short of the standard the public is entitled to expect, and I do not want it to become a distraction from the important work of the Department.

"I have therefore offered my resignation. I will continue to represent the people of Dublin North-West as a TD."

The properties, in Drumcondra and Phibsborough, were first reported by The Irish Times on Monday. The newspaper said both had been let through an agency since 2016.

Sinn Féin housing spokesperson Siobhán Kealy said the resignation had been "inevitable". "We had a housing minister who was a landlord and didn't think that was worth mentioning," she told the Dáil on Wednesday.

The Department of the Taoiseach said in a statement that the resignation had been accepted with regret. "Minister Moran has done important work in his time in office, particularly on homelessness, and the Taoiseach wishes him well," the statement continued.

The Standards in Public Office Commission said it had received two complaints about the matter and would consider them in the normal way.

Speaking on RTÉ's Morning Ireland, political scientist Dr Eoin Lacey of Dublin City University said the timing was damaging for the government. "Housing is the issue on the doorsteps. The last thing the government needed was a story that confirms every suspicion voters already have about politicians and property," Lacey said.''',
        [
            ("a genuine error", "Declan Moran"),
            ("I have always tried to serve with", "Declan Moran"),
            ("I accept that this mistake falls short", "Declan Moran"),
            ("I have therefore offered my resignation.", "Declan Moran"),
            ("inevitable", "Siobhán Kealy"),
            ("We had a housing minister who was", "Siobhán Kealy"),
            ("Minister Moran has done important work in", "Department of the Taoiseach"),
            ("Housing is the issue on the doorsteps", "Eoin Lacey"),
        ],
    ),
    # 12 -- Jackson park shooting (curly quotes): family statement (unnamed family), partial quotes, unnamed woman neighbour, speaker returns at end by surname
    (
'''Two people were killed and five injured when a gunman opened fire at a birthday party in a park in Jackson, Mississippi on Saturday evening, police said.

Police Chief Darnell Hughes told reporters on Sunday that officers had arrested a 19-year-old man at a house about two miles from the park early that morning. “We believe this was a dispute between two groups of young men that started earlier in the day and ended in the worst possible way. Those killed and hurt were not the intended targets,” Hughes said.

The victims were identified as Tamika Reed, 34, and her nephew, 12-year-old Jaylen Brooks. In a statement released through the city, their family said they were “heartbroken beyond words”. “Tamika was the one who planned every birthday, every cookout, every Christmas. Jaylen loved basketball and his little sister. We ask for privacy and we ask for prayers,” the statement said.

Andre Coleman, who was playing basketball on a nearby court, told WLBT that he heard around ten shots. “Everybody just hit the ground. Kids were running, mothers were screaming for their children,” Coleman said.

Councilwoman Angela Pruitt, whose ward includes the park, spoke at a vigil on Sunday night. “Our children should be able to go to a birthday party without their parents wondering if they'll come home. Enough is enough,” she said.

The FBI said its agents were assisting Jackson police with ballistic analysis.

A woman who lives across the street from the park, and who did not want to be named, said she had complained to the city about fights there. “I called the city three times this summer and nobody came,” she told the Clarion Ledger.

Hughes said the suspect would appear in court on Tuesday. He declined to name the man but said he had “a prior history with this department”.''',
        [
            ("We believe this was a dispute between", "Darnell Hughes"),
            ("heartbroken beyond words", "~family"),
            ("Tamika was the one who planned every", "~family"),
            ("Everybody just hit the ground. Kids were", "Andre Coleman"),
            ("Our children should be able to go", "Angela Pruitt"),
            ("I called the city three times this", "~woman"),
            ("a prior history with this department", "Darnell Hughes"),
        ],
    ),
    # 13 -- Exoplanet in triple-star system: "said lead author X" after quote, supervisor introduced by title, NASA statement, partial then full quote, "Strand added" return
    (
'''Astronomers have found a planet roughly the size of Neptune orbiting in a stable path within a system of three stars, according to a paper published on Monday in The Astronomical Journal.

The planet, designated HD 48271 Ab, lies about 310 light-years from Earth in the constellation Puppis. It was found in data from NASA's Transiting Exoplanet Survey Satellite (TESS).

"When I first saw the signal I assumed it was a mistake in the data. Three stars pulling in different directions should make a stable orbit very difficult," said lead author Maya Okonkwo, a doctoral student at the University of Geneva. She said it had taken the team eight months of modelling to convince themselves the planet was real.

Okonkwo explained that the planet circles the two closest stars every 94 days, while the third star orbits the pair at a much greater distance.

Her supervisor, Professor Henrik Strand, said the discovery would help test theories of how planets form. "Most models say planets in systems like this should be thrown out early on. This one wasn't, and we want to understand why," he said.

NASA said in a statement that the result showed the value of TESS beyond its original goals. "TESS was designed to find planets around nearby bright stars, but it keeps surprising us," the agency said.

Astronomer Lisa Carrington of the University of Arizona, who was not involved in the research, told Space.com that she was "cautiously excited". "The data look solid. I'd like to see follow-up observations with a second instrument before we start rewriting textbooks, but this is a lovely result," Carrington said.

Strand added that the team had applied for observing time on the European Southern Observatory's Very Large Telescope in Chile. "If we can measure its mass properly, we can tell whether it is a rocky core wrapped in gas or something stranger," he said.''',
        [
            ("When I first saw the signal I", "Maya Okonkwo"),
            ("Most models say planets in systems like", "Henrik Strand"),
            ("TESS was designed to find planets around", "NASA"),
            ("cautiously excited", "Lisa Carrington"),
            ("The data look solid. I'd like", "Lisa Carrington"),
            ("If we can measure its mass properly,", "Henrik Strand"),
        ],
    ),
    # 14 -- Amsterdam Marathon: two women runners in turn ("she" inside quote refers to the other), "the 24-year-old", coach told Reuters, unnamed spectator with "said:"
    (
'''Ethiopia's Tsehay Alemu won the Amsterdam Marathon on Sunday in a course record of 2 hours 18 minutes 42 seconds, breaking away from the leading group with seven kilometres to go.

Kenya's Ruth Chebet finished second, 41 seconds behind, with Ethiopia's Meseret Tola third.

Speaking through an interpreter, the 24-year-old Alemu said she had not planned to attack so early. "My coach told me to wait until 38 kilometres, but my legs felt very good and the pace was slowing. I decided it was now or never," she said.

Chebet said she had tried to respond but could not close the gap. "When she went, I thought I could follow her. After two kilometres I knew it was finished," she said. "She was just stronger today. I will come back."

Alemu's coach, Haile Desta, told Reuters that his athlete had trained at altitude in Bekoji for three months. "She is very disciplined. She is the first one out in the morning and the last one in," Desta said. He said she would now target a place in Ethiopia's team for next year's Olympic Games in Tokyo.

Race director Pieter van Dijk said cool, still conditions had helped the runners. "We could not have asked for better weather. Eleven degrees, almost no wind, this is what runners dream about," he said.

In the men's race, Kenya's Daniel Kiprop won in 2:05:31, ahead of his compatriot Philip Langat. Around 17,000 runners took part in the marathon and the accompanying half marathon.

A spectator near the finish in the Olympic Stadium, who had travelled from Rotterdam to watch, said: "I've watched this race for twenty years and I've never seen a woman run away from the field like that."''',
        [
            ("My coach told me to wait until", "Tsehay Alemu"),
            ("When she went, I thought I could", "Ruth Chebet"),
            ("She was just stronger today. I will", "Ruth Chebet"),
            ("She is very disciplined. She is the", "Haile Desta"),
            ("We could not have asked for better", "Pieter van Dijk"),
            ("I've watched this race for twenty years", "~spectator"),
        ],
    ),
    # 15 -- Airline collapse (curly quotes): company statement, ministry through unnamed spokesperson, partial quote after full quote in same sentence, analyst told Reuters
    (
'''Danish low-cost airline NordAir ceased operations on Monday after failing to secure new funding, leaving around 12,000 passengers stranded abroad and grounding its fleet of 17 aircraft.

“It is with deep regret that we announce NordAir has filed for bankruptcy. All flights are cancelled with immediate effect,” the company said in a statement posted on its website early on Monday morning.

Chief executive Lars Holm told Danish broadcaster DR that talks with two investors had collapsed over the weekend. “Until Sunday evening we believed there was a solution. When it fell apart, we had no choice,” Holm said.

At Copenhagen Airport, passengers gathered at the airline's empty check-in desks. Mette Sørensen, who was due to fly to Málaga with her husband and two sons, said she found out from a text message at 5 a.m. “We were already in the taxi. Now we have a hotel booked in Spain that we cannot reach and no idea if we will get our money back,” she told the Ritzau news agency.

The Danish Ministry of Transport said it was working with other airlines to bring stranded passengers home. “Nobody will be left behind,” a ministry spokesperson told reporters.

Mikkel Dahl, chairman of the pilots' union Dansk Pilotforening, said around 600 employees had lost their jobs overnight. “Our members learned they had lost their jobs from the news, like everyone else,” Dahl said, calling the company's handling of the collapse “shameful”.

Karina Vestergaard, an analyst at Nykredit Markets, told Reuters that NordAir had been vulnerable for some time. “Fuel prices and overcapacity on European short-haul routes have squeezed everyone. The smaller carriers simply don't have the reserves to ride it out,” she said.''',
        [
            ("It is with deep regret that we", "NordAir"),
            ("Until Sunday evening we believed there was", "Lars Holm"),
            ("We were already in the taxi", "Mette Sørensen"),
            ("Nobody will be left behind", "Danish Ministry of Transport"),
            ("Our members learned they had lost their", "Mikkel Dahl"),
            ("shameful", "Mikkel Dahl"),
            ("Fuel prices and overcapacity on European short-haul", "Karina Vestergaard"),
        ],
    ),
    # 16 -- Measles in Plovdiv: "said inspectorate director Dr X" after quote, "she explained" split, unnamed mother, WHO office statement "it said"
    (
'''Health authorities in the Bulgarian city of Plovdiv have confirmed 86 cases of measles since the start of September, most of them in children under five who had not been vaccinated, the regional health inspectorate said on Thursday.

"We are seeing an outbreak that was completely preventable. The vaccine is free, it is safe, and it is available at every GP surgery in the region," said inspectorate director Dr Galina Petrova.

Petrova said 31 children had been admitted to hospital, four of them to intensive care. No deaths have been reported.

Paediatrician Dr Stefan Iliev, who works at St. George University Hospital, told the national broadcaster BNT that doctors were exhausted. "We have had children arriving with pneumonia, with dehydration, with very high fevers. These are not mild illnesses," he said.

The inspectorate has launched a door-to-door vaccination campaign with the help of health mediators. Elena Kostova, a mediator who has worked in the Stolipinovo district for eleven years, said distrust of doctors was a major obstacle. "Mothers have heard stories on Facebook that the vaccine makes children sick," she explained. "I sit with them, I drink coffee with them, I explain. It takes time."

One mother, whose three-year-old son was treated for measles last week, told reporters she had delayed his vaccination because he was often ill. "Now I know that was a mistake. He was in hospital for six days, and I would not wish it on anyone," she said.

The World Health Organization's regional office for Europe said in a statement to AFP that measles cases in Europe had reached their highest level in a decade. "Every country needs to reach 95 per cent coverage with two doses to stop the virus spreading," it said.''',
        [
            ("We are seeing an outbreak that was", "Galina Petrova"),
            ("We have had children arriving with pneumonia", "Stefan Iliev"),
            ("Mothers have heard stories on Facebook that", "Elena Kostova"),
            ("I sit with them, I drink coffee", "Elena Kostova"),
            ("Now I know that was a mistake", "~mother"),
            ("Every country needs to reach 95 per", "World Health Organization's regional office for Europe"),
        ],
    ),
    # 17 -- Czech level-crossing crash: "he continued", company statement, named spokesperson of a rescue service, unnamed spokesperson of an office (organisation speaks), partial quote
    (
'''Three people were killed and 26 injured on Wednesday when a regional passenger train collided with a lorry at a level crossing near the town of Pardubice in the Czech Republic, police said.

Police spokesperson Jana Nováková told Czech Television that the lorry had driven onto the crossing while the warning lights were flashing. "According to the first witness statements, the barriers were down and the signals were working. We are investigating why the driver entered the crossing," she said.

The lorry driver, a 58-year-old Polish man, was among the injured and has been questioned in hospital, Nováková added.

The national rail operator Czech Railways said the train had been carrying around 80 passengers. "We express our deepest condolences to the families of those who lost their lives," the company said in a statement.

Passenger Tomáš Horák, 27, said he was sitting in the second carriage. "There was a huge bang and the whole carriage tipped to the side," he told the news website iDNES.cz. "Glass everywhere, people on top of each other. A man next to me was bleeding from his head, and I held his hand until the firefighters came," he continued.

Petr Kubát, a spokesperson for the regional fire and rescue service, said the rescue had been complicated by the position of the carriages. "They were lying on their side in a wet field, and our crews had to cut through the roof of one of them," he said.

The Rail Safety Inspection Office said it had opened an investigation. Its spokesperson told the ČTK news agency that level crossing accidents remained "a persistent problem" in the country, with around 150 every year.''',
        [
            ("According to the first witness statements, the", "Jana Nováková"),
            ("We express our deepest condolences to the", "Czech Railways"),
            ("There was a huge bang and the", "Tomáš Horák"),
            ("Glass everywhere, people on top of each", "Tomáš Horák"),
            ("They were lying on their side in", "Petr Kubát"),
            ("a persistent problem", "Rail Safety Inspection Office"),
        ],
    ),
    # 18 -- Edinburgh climate strike (curly quotes): banner slogans (not listed), mother and daughter with same surname and "she", government spokesperson, unnamed teacher
    (
'''Around 8,000 people, most of them school pupils, marched through Edinburgh on Friday as part of a global day of climate protests, according to Police Scotland.

The crowd gathered in the Meadows before walking to the Scottish Parliament at Holyrood, carrying banners reading “There is no planet B” and “Act now”.

Organiser Isla McLeod, 16, said the strikes would continue until politicians acted. “They keep telling us we're inspiring. We don't want to be inspiring, we want them to do something,” she told the crowd. “Every week we're out of school is a week they've wasted.”

Her mother, Fiona McLeod, told BBC Scotland she had been nervous at first about her daughter missing lessons. “But she reads more about this than I ever did at her age, and I'm proud of her,” she said.

A Scottish Government spokesperson said ministers “share the young people's sense of urgency”. “Scotland has set the most ambitious targets of any country in the world, and we are determined to meet them,” the spokesperson added.

Not everyone welcomed the walkout. Graham Tait, a Conservative councillor in the city, said pupils should protest at weekends. “Nobody disputes that climate change matters. But missing school is not a free choice, and it sets a poor example,” Tait said.

A teacher who accompanied pupils from a school in Leith, and who asked not to be named, told The Scotsman that most staff were supportive. “This is the best civics lesson they'll get all year,” he said.

Police Scotland said the event had passed off peacefully and without any arrests. Organisers said they planned to hold a further strike next month.''',
        [
            ("They keep telling us we're inspiring", "Isla McLeod"),
            ("Every week we're out of school is", "Isla McLeod"),
            ("But she reads more about this than", "Fiona McLeod"),
            ("share the young people's sense of urgency", "Scottish Government"),
            ("Scotland has set the most ambitious targets", "Scottish Government"),
            ("Nobody disputes that climate change matters", "Graham Tait"),
            ("This is the best civics lesson they'll", "~teacher"),
        ],
    ),
    # 19 -- Fitness app data breach: researcher told TechCrunch, company partial + "the statement read", CEO "wrote" in blog post, user told Reuters
    (
'''Personal data belonging to about 3.2 million users of the fitness app PulseTrack was left exposed on an unsecured server for at least five weeks, the Finnish company confirmed on Tuesday.

The database, which included names, email addresses, dates of birth and in some cases GPS records of users' running routes, was discovered by independent security researcher Daniel Ruiz. Ruiz told TechCrunch he found it using a search engine for internet-connected devices. "It didn't even have a password. Anyone who knew where to look could have downloaded the lot," he said.

Ruiz said the location data was the most worrying part. "If you run the same route from your front door every morning, that data tells someone exactly where you live and when you're out," he said.

In a statement, PulseTrack said the server had been "misconfigured during a routine migration" and was secured within two hours of the company being notified. "We take the privacy of our users extremely seriously and we are deeply sorry," the statement read. The company said it had no evidence that the data had been accessed by anyone other than the researcher.

Chief executive Aino Virtanen wrote in a blog post that the company would hire an outside firm to audit its systems. "We let our users down, and I take personal responsibility for that," she wrote.

Finland's Data Protection Ombudsman said it had been notified of the breach and was investigating. Under the European Union's General Data Protection Regulation, companies can be fined up to four per cent of their global annual turnover.

Sarah Klein, a runner from Berlin who has used the app since 2016, told Reuters that she had deleted her account. "I tracked every run for three years. I never thought about who else might be seeing that map," Klein said.''',
        [
            ("It didn't even have a password", "Daniel Ruiz"),
            ("If you run the same route from", "Daniel Ruiz"),
            ("misconfigured during a routine migration", "PulseTrack"),
            ("We take the privacy of our users", "PulseTrack"),
            ("We let our users down, and I", "Aino Virtanen"),
            ("I tracked every run for three years", "Sarah Klein"),
        ],
    ),
    # 20 -- Madagascar hunger appeal: split quote whose second part runs over a paragraph (continuation listed), "told the agency" (AFP), named country director after quote
    (
'''The United Nations has appealed for US$35 million to help around 730,000 people facing severe hunger in southern Madagascar after a third consecutive year of poor rains.

"The situation in the south is alarming and it is getting worse," UN Resident Coordinator Solène Durand said in a statement on Tuesday. "In some districts, families are eating cactus fruit and the seeds of wild plants to survive.

"We need to act now, before the lean season peaks in January. Every month we wait, the cost in lives and in money goes up."

World Food Programme spokesperson Marta Lindgren told a briefing in Geneva that malnutrition rates among children under five had doubled in some districts since March. "We are seeing children who are wasting, who are too weak to walk to the clinic," Lindgren said. She said the agency had received only 30 per cent of the funding it needed and warned that rations could be cut in November.

In the district of Amboasary, mayor Jean-Baptiste Rakoto told AFP that people were leaving for the cities. "Every week, more houses are empty. The young men go to Fort Dauphin or to Toliara looking for work, and the old people and the children stay behind with nothing," he said.

Noro Rasoanaivo, a mother of five in the village of Ifotaka, said her family ate once a day. "Sometimes we boil the leaves of the cactus. The children cry at night because they are hungry," she told the agency.

The charity Action Against Hunger said climate change was making droughts in the region more frequent and more severe. "This is not a one-off crisis. Southern Madagascar is on the front line of a changing climate, and it needs long-term investment, not just emergency food," said the organisation's country director, Thomas Bauer.''',
        [
            ("The situation in the south is alarming", "Solène Durand"),
            ("In some districts, families are eating cactus", "Solène Durand"),
            ("We need to act now, before the", "Solène Durand"),
            ("We are seeing children who are wasting", "Marta Lindgren"),
            ("Every week, more houses are empty", "Jean-Baptiste Rakoto"),
            ("Sometimes we boil the leaves of the", "Noro Rasoanaivo"),
            ("This is not a one-off crisis.", "Thomas Bauer"),
        ],
    ),
    # 21 -- Bruges museum theft (curly quotes): partial quote, prosecutor's office "posted on Facebook", neighbour known only by first name
    (
'''Thieves smashed a window at a small museum in Bruges, Belgium early on Wednesday and escaped with three 17th-century paintings, including a portrait attributed to Anthony van Dyck, police said.

The break-in at the Huis Verhaegen museum happened at about 3:40 a.m. Alarms sounded and police arrived within six minutes, but by then the thieves had gone. “They knew exactly what they wanted. They walked past paintings worth much more to take these three, and it took them less than four minutes,” museum director Katrien De Smet told the broadcaster VRT.

De Smet described the loss as “a catastrophe for a museum of our size”. She said the three works had been left to the city by a local family in 1921.

The West Flanders prosecutor's office said investigators were studying security camera footage showing two masked men. “We are appealing to anyone who was in the area of the Langestraat between 3 and 4 a.m. to contact us,” the office posted on Facebook.

Dutch art recovery specialist Marcel Hoeks told the Associated Press that stolen old masters were almost impossible to sell openly. “No legitimate dealer will touch them. Often these paintings are used as collateral between criminals, in drug deals for instance,” he said. He said such works sometimes resurfaced after ten or twenty years, and sometimes never.

A neighbour, who gave only her first name, Lieve, said she had been woken by the alarm. “I looked out and saw a car drive off very fast towards the canal,” she said.

The museum is owned by the city. Culture alderman Pieter Claeys said security at all of Bruges' municipal museums would be reviewed. “We have to ask ourselves honest questions,” he said.''',
        [
            ("They knew exactly what they wanted", "Katrien De Smet"),
            ("a catastrophe for a museum of our", "Katrien De Smet"),
            ("We are appealing to anyone who was", "West Flanders prosecutor's office"),
            ("No legitimate dealer will touch them", "Marcel Hoeks"),
            ("I looked out and saw a car", "Lieve"),
            ("We have to ask ourselves honest questions", "Pieter Claeys"),
        ],
    ),
    # 22 -- Vaud tax referendum: partial quotes by a person and by a cantonal executive, academic told Le Temps, unnamed voter (retired nurse)
    (
'''Voters in the Swiss canton of Vaud on Sunday rejected a proposal to cut the cantonal income tax by 8 per cent, with 56.3 per cent voting no on a turnout of 41 per cent, according to official results.

The initiative had been launched by a group of business associations and was backed by the centre-right parties. Campaign leader Philippe Rochat said he was disappointed but not surprised. "We were up against a campaign that told people their schools and hospitals would close. That was never true, but fear is a powerful argument," he said.

Socialist cantonal deputy Valérie Bonnard, who led the no campaign, called the result "a clear message". "People in Vaud understand that taxes pay for things they care about. They were not fooled by the idea that you can cut revenue by 300 million francs and lose nothing," she told the public broadcaster RTS.

The Council of State of Vaud, the canton's executive, had recommended a no vote. In a brief statement, it said it "takes note of the clear decision" of voters and would present its budget as planned in September.

Nicolas Favre, a political scientist at the University of Lausanne, told Le Temps that the result was unusual. "Tax cuts are usually popular in Switzerland, so this is a notable result," Favre said. He said the no campaign had succeeded in making the vote about public services rather than about money in people's pockets.

A voter in Lausanne, a retired nurse, said she had voted no. "I worked thirty years at the CHUV. I know what cuts look like," she said, referring to the university hospital.

On the same day, voters in Basel-Stadt approved a credit of 190 million francs to extend the city's tram network.''',
        [
            ("We were up against a campaign that", "Philippe Rochat"),
            ("a clear message", "Valérie Bonnard"),
            ("People in Vaud understand that taxes pay", "Valérie Bonnard"),
            ("takes note of the clear decision", "Council of State of Vaud"),
            ("Tax cuts are usually popular in Switzerland", "Nicolas Favre"),
            ("I worked thirty years at the CHUV", "~voter"),
        ],
    ),
    # 23 -- Pollution and dementia study: "said lead researcher Dr X" then cue-less second quote, comment via Science Media Centre, charity partial + named head of research, departmental spokesperson "said:"
    (
'''Living near busy roads may raise the risk of dementia, according to a study of more than 130,000 adults in London published on Thursday in the journal BMJ Open.

Researchers at King's College London followed patients registered with 75 GP practices for up to ten years and estimated their exposure to air pollution from their home postcodes.

"We found that people exposed to the highest levels of nitrogen dioxide were around 40 per cent more likely to be diagnosed with dementia than those exposed to the lowest," said lead researcher Dr Hannah Osei. "This doesn't prove that pollution causes dementia, but it adds to a growing body of evidence that points in that direction."

Co-author Professor Richard Blake said the team had taken into account smoking, income, diabetes and other risk factors. "We adjusted for as many of the usual suspects as we could, and the association held up," he said.

Commenting through the Science Media Centre, Professor Liam Hart of the University of Edinburgh, who was not involved in the study, urged caution. "Observational studies like this one are very good at finding associations and very bad at explaining them. People who live on main roads may differ in lots of ways that are hard to measure," he said.

The Alzheimer's Society described the findings as "concerning". "Around 850,000 people in the UK live with dementia, and anything we can do to reduce risk deserves serious attention," said Dr Claire Morton, the charity's head of research.

A Department of Health and Social Care spokesperson said: "Air pollution is a serious public health issue, and we are taking action through our Clean Air Strategy."''',
        [
            ("We found that people exposed to the", "Hannah Osei"),
            ("This doesn't prove that pollution causes dementia", "Hannah Osei"),
            ("We adjusted for as many of the", "Richard Blake"),
            ("Observational studies like this one are very", "Liam Hart"),
            ("concerning", "Alzheimer's Society"),
            ("Around 850,000 people in the UK live", "Claire Morton"),
            ("Air pollution is a serious public health", "Department of Health and Social Care"),
        ],
    ),
    # 24 -- Tour de Suisse stage (curly quotes): "the 25-year-old" after quote, team on Twitter, several men in turn with "he said"
    (
'''Belgian rider Jens Vermeulen won a rain-soaked fifth stage of the Tour de Suisse on Wednesday, outsprinting a small group of favourites on the uphill finish at Flumserberg.

“I didn't think I would have the legs today. With the cold and the rain I was suffering all day, but in the last kilometre I saw the others were suffering too,” the 25-year-old told Swiss broadcaster SRF after crossing the line.

The stage was marred by a crash on the descent of the Klausen Pass, in which Italian rider Matteo Colombo and Dutchman Ruben de Graaf fell heavily on a wet corner. Colombo's team, Aurum Cycling, said he had broken his collarbone and would leave the race. “Matteo is disappointed, but he is in good spirits and will return stronger,” the team said on Twitter.

De Graaf finished the stage with cuts on his arm and hip. “The road was like ice. There was oil or something on it,” he said. “I was lucky. Matteo was not.”

Race director Beat Zimmermann said organisers had considered neutralising the descent because of the weather. “We were in contact with the teams and the riders' association all day. The conditions were difficult but not dangerous until that corner,” he said.

Vermeulen moved up to second place overall, eight seconds behind Spain's Álvaro Ibáñez. His sports director, Koen Peeters, said the team would try to take the yellow jersey in the mountain stages at the weekend. “Eight seconds is nothing in a race like this,” he said.

The race continues on Thursday with a 180-kilometre stage from Flumserberg to Bellinzona, crossing the Lukmanier Pass.''',
        [
            ("I didn't think I would have the", "Jens Vermeulen"),
            ("Matteo is disappointed, but he is in", "Aurum Cycling"),
            ("The road was like ice. There was", "Ruben de Graaf"),
            ("I was lucky. Matteo was not", "Ruben de Graaf"),
            ("We were in contact with the teams", "Beat Zimmermann"),
            ("Eight seconds is nothing in a race", "Koen Peeters"),
        ],
    ),
    # 25 -- Death of a fado singer: family statement (unnamed family), album title in quotes (not listed), council on Twitter, Instagram "wrote", the deceased quoted from an old interview, unnamed fan
    (
'''Portuguese fado singer Amélia Correia has died at the age of 84 in Lisbon, her family announced on Saturday.

"Our mother died peacefully at home this morning, surrounded by her children and grandchildren. She sang until the very end," the family said in a statement released to the Lusa news agency.

Born in the Alfama district in 1935, Correia began singing in taverns at the age of 14 and recorded more than 30 albums over six decades. Her 1968 album "Saudade da Rua" is regarded as one of the classic fado recordings, and she toured Europe, Brazil and Japan until well into her seventies.

Lisbon City Council announced that flags on municipal buildings would fly at half-mast on Sunday. "Lisbon has lost one of its voices," the council said on Twitter.

Singer Carolina Vaz, who toured with Correia in the 1990s, posted a photograph of the two of them on Instagram. "She taught me that fado is not about a beautiful voice. It is about a true one," she wrote.

Guitarist José Fontes, who accompanied her for 25 years, told the newspaper Público that she never performed a song the same way twice. "You had to watch her face, not the music," he said.

In a 2015 interview with the weekly Expresso, Correia said she had never thought of retiring. "Fado is not a job you retire from," she said then. "It is how I breathe."

By Saturday afternoon, dozens of people had gathered outside her house in Alfama, leaving flowers and candles. One fan, who had brought red carnations, said: "My grandmother listened to her, my mother listened to her, and now my daughter does."

A funeral will be held on Monday at the Estrela Basilica.''',
        [
            ("Our mother died peacefully at home this", "~family"),
            ("Lisbon has lost one of its voices", "Lisbon City Council"),
            ("She taught me that fado is not", "Carolina Vaz"),
            ("You had to watch her face, not", "José Fontes"),
            ("Fado is not a job you retire", "Amélia Correia"),
            ("It is how I breathe", "Amélia Correia"),
            ("My grandmother listened to her, my mother", "~fan"),
        ],
    ),
    # 26 -- Philippine typhoon: agency spokesperson "Its spokesperson, X", forecaster "warned", quote then paraphrase, split quote, "according to a statement from the organisation"
    (
'''At least 13 people have died and more than 90,000 have been evacuated after Typhoon Dindo made landfall in the eastern Philippines on Tuesday night, according to the country's disaster agency.

The National Disaster Risk Reduction and Management Council (NDRRMC) said most of the deaths were caused by falling trees and landslides in the provinces of Samar and Leyte. Its spokesperson, Rodel Aquino, told DZMM radio that the toll was likely to rise. "We still have not heard from several coastal barangays because communication lines are down. Our teams are trying to get there by sea," Aquino said.

The state weather bureau PAGASA said the typhoon made landfall at 9:30 p.m. in Eastern Samar with maximum sustained winds of 175 kilometres per hour. Forecaster Lorena Dizon said the storm had weakened as it crossed the islands but would still bring heavy rain to Mindoro and Palawan. "Residents in low-lying and mountainous areas should remain alert for flooding and landslides," she warned.

In the town of Borongan, fisherman Ernesto Cabahug, 52, said he had lost his boat. "I tied it to the coconut tree like always, but the waves took the tree too," he told the Philippine Daily Inquirer. He said the boat had fed his family for fifteen years.

Borongan's mayor, Ramon Esperas, said the roofs of about 70 per cent of the houses in the town had been damaged. "We need tarpaulins, rice and drinking water, in that order," he said. "The people here are strong. They have been through Yolanda. But they cannot do this alone."

The Philippine Red Cross said it had deployed emergency response teams and water purification units to Samar. "Our volunteers were on the ground before the storm hit, and they have not stopped since," according to a statement from the organisation.

Dindo is the fourth typhoon to hit the Philippines this year. It is expected to leave the country's area of responsibility on Thursday.''',
        [
            ("We still have not heard from several", "Rodel Aquino"),
            ("Residents in low-lying and mountainous areas should", "Lorena Dizon"),
            ("I tied it to the coconut tree", "Ernesto Cabahug"),
            ("We need tarpaulins, rice and drinking water", "Ramon Esperas"),
            ("The people here are strong. They have", "Ramon Esperas"),
            ("Our volunteers were on the ground before", "Philippine Red Cross"),
        ],
    ),
    # 27 -- Norwegian grocery merger (curly quotes): three women in turn (Lunde, Aas, Moen), named official speaking for an authority, "said the council's spokesperson, X"
    (
'''Norwegian supermarket operators Fjordmat and NærKjøp announced on Monday that they plan to merge, creating the country's third-largest grocery group with around 780 stores and annual revenue of about 38 billion kroner.

“Together we will be able to offer lower prices and a better selection to customers in every part of Norway, from Kristiansand to Kirkenes,” Fjordmat chief executive Henrik Solberg said at a press conference in Oslo. Solberg will lead the combined company.

NærKjøp chief executive Kari Lunde, who will become deputy chief executive, said the deal would protect stores in rural areas. “Many of our shops are in small communities where they are the last shop left. This merger makes them more secure, not less,” she said.

The Norwegian Competition Authority said it would examine the deal closely. “The grocery market in Norway is already highly concentrated,” the authority's director of mergers, Ingrid Aas, told NRK. “We will look carefully at whether this merger would weaken competition in local markets.”

The Consumer Council of Norway was sceptical. “Every merger in this sector has been sold to us with promises of lower prices, and Norwegians still pay some of the highest food prices in Europe,” said the council's spokesperson, Tor Bjerke.

Silje Moen, an analyst at DNB Markets, told Reuters that the industrial logic of the deal was clear, particularly in purchasing. She estimated the cost savings at around 600 million kroner a year but said the competition authority could demand that some stores be sold. “I would be surprised if this goes through without conditions,” she said.

The deal is expected to be completed in the second half of next year, subject to approval by the authorities and by shareholders of both companies.''',
        [
            ("Together we will be able to offer", "Henrik Solberg"),
            ("Many of our shops are in small", "Kari Lunde"),
            ("The grocery market in Norway is already", "Ingrid Aas"),
            ("We will look carefully at whether this", "Ingrid Aas"),
            ("Every merger in this sector has been", "Tor Bjerke"),
            ("I would be surprised if this goes", "Silje Moen"),
        ],
    ),
    # 28 -- Mombasa ivory seizure: agency statement, "the agency's head of investigations", cue-less follow-on paragraph and a quote that runs over a paragraph break (both listed)
    (
'''Kenyan authorities have seized 3.4 tonnes of elephant ivory hidden in a shipping container of sesame seeds at the port of Mombasa, the Kenya Wildlife Service (KWS) said on Thursday.

The container, which was bound for Vietnam, was flagged by sniffer dogs during routine screening. "Two suspects, both clearing agents, have been arrested and will be arraigned on Friday," KWS said in a statement.

Samuel Kiprono, the agency's head of investigations, told the Daily Nation that the ivory came from an estimated 300 elephants. "This is one of the biggest seizures we have made in the last five years. It tells us the networks are still active, and still well funded," Kiprono said.

He said some of the tusks appeared to be old stock, while others came from recently killed animals.

Under Kenya's Wildlife Conservation and Management Act, the suspects face life imprisonment or a fine of at least 20 million shillings. Senior prosecutor Grace Wanjiru said the state would oppose bail. "These are serious offences with international links, and there is a real risk that the accused would abscond," she said.

TRAFFIC, the wildlife trade monitoring network, said the seizure showed the importance of cooperation between countries. "Ports remain the weak point in the ivory supply chain," said Richard Mwangi, the group's East Africa director.

Conservationist Daniel Otieno, who runs an elephant monitoring project in Tsavo, told the BBC that poaching in the park had fallen but had not stopped. "Every tusk in that container was a living animal," he said.

"We cannot celebrate a seizure. It means we have already failed to protect them. The real work is in the villages around the parks, with the people who live alongside elephants every day.

"Until those communities benefit from wildlife, poaching will continue."''',
        [
            ("Two suspects, both clearing agents, have been", "Kenya Wildlife Service"),
            ("This is one of the biggest seizures", "Samuel Kiprono"),
            ("These are serious offences with international links", "Grace Wanjiru"),
            ("Ports remain the weak point in the", "Richard Mwangi"),
            ("Every tusk in that container was a", "Daniel Otieno"),
            ("We cannot celebrate a seizure. It means", "Daniel Otieno"),
            ("Until those communities benefit from wildlife, poaching", "Daniel Otieno"),
        ],
    ),
    # 29 -- Chubut teachers' strike: "said X, general secretary of ..." mid-split, minister by title first, returning speaker by surname, unnamed headteacher
    (
'''Public school teachers in the Argentine province of Chubut have extended their strike into a fifth week after talks with the provincial government broke down on Monday over unpaid wages.

Teachers say they have received their August salaries in instalments, with some still waiting for the full amount. "We are not asking for a raise. We are asking to be paid for work we have already done," said Daniel Murúa, general secretary of the ATECh teachers' union. "No worker in any country should have to accept that."

The provincial education minister, Marcela Quiroga, said the government had offered to pay the outstanding salaries in two parts by 15 October. "The province is in a very difficult financial situation, and we are being honest about what we can and cannot do," she told Radio 3 Cadena Patagonia. "The union's response has been to close the schools. The children are the ones who pay."

Murúa rejected that argument. "The children are paying because the government has emptied the provincial coffers," he told reporters outside the Government House in Rawson.

Parents are divided. Laura Benítez, whose two children attend a primary school in Trelew, said she supported the teachers but was worried. "My daughter is in her last year of primary school, and she has had maybe twenty days of classes this term. I understand the teachers, I really do, but at some point someone has to think about the kids," she said.

A headteacher in Comodoro Rivadavia, who asked not to be named because of the dispute, told Clarín that many teachers had taken second jobs to cover their bills. "I have colleagues driving taxis at night. They are exhausted and angry," she said.

The province, which depends heavily on oil revenue, has struggled to pay public employees on time since 2018.''',
        [
            ("We are not asking for a raise", "Daniel Murúa"),
            ("No worker in any country should have", "Daniel Murúa"),
            ("The province is in a very difficult", "Marcela Quiroga"),
            ("The union's response has been to close", "Marcela Quiroga"),
            ("The children are paying because the government", "Daniel Murúa"),
            ("My daughter is in her last year", "Laura Benítez"),
            ("I have colleagues driving taxis at night", "~headteacher"),
        ],
    ),
    # 30 -- Byzantine mosaic find (curly quotes): authority statement, "she explained", partial then full quote, student volunteer
    (
'''Archaeologists in Israel have uncovered a Byzantine-era church floor decorated with an elaborate mosaic and a Greek inscription naming a previously unknown local bishop, the Israel Antiquities Authority (IAA) announced on Wednesday.

The 1,500-year-old building was found during excavations ahead of a highway expansion near Beit Shemesh, west of Jerusalem. The mosaic shows birds, vines and fish arranged around a central medallion, and the inscription names a bishop called Zacharias and dates the floor to the year 543.

“When the first section of the mosaic came out of the ground, we all just stopped talking. The colours are almost as bright as the day it was laid,” excavation director Yael Harel said.

Harel said the inscription was the most important part of the find. “We have lists of the bishops of this region from church councils, and Zacharias is not on any of them, so this is a new name in the history of the area,” she explained.

The IAA said the mosaic would be removed for conservation and later displayed to the public. “The Israel Antiquities Authority and the National Roads Company are working together to ensure that both the road and the heritage are preserved,” the authority said in a statement.

Professor Michael Stern of the Hebrew University of Jerusalem, who specialises in Byzantine inscriptions but was not involved in the dig, told The Times of Israel the find was “a lovely example” of rural church building. “Villages in this period competed with one another to build beautiful churches. This floor was a statement of wealth and of faith,” he said.

Noa Levi, 17, a high school student who volunteered on the dig as part of a school programme, found a bronze coin on her second day. “I didn't know anything about archaeology before this. Now I think I want to study it,” she said.''',
        [
            ("When the first section of the mosaic", "Yael Harel"),
            ("We have lists of the bishops of", "Yael Harel"),
            ("The Israel Antiquities Authority and the National", "Israel Antiquities Authority"),
            ("a lovely example", "Michael Stern"),
            ("Villages in this period competed with one", "Michael Stern"),
            ("I didn't know anything about archaeology before", "Noa Levi"),
        ],
    ),
]
STORIES_BK = [
    # 1 -- Perseverance launch: quote before cue with long appositive, partial quote, split quote with inverted "said X", two-paragraph quote, organisation partial quote, role reference "the division director"
    (
'''NASA on Thursday launched its Perseverance rover toward Mars aboard an Atlas V rocket from Cape Canaveral Air Force Station in Florida. The rover, which is about the size of a small car, is expected to land in Jezero Crater on February 18 next year.

"There's a lot of hard work that went into this, and the team did it in the middle of a pandemic. This is a historic moment for the agency," Gordon Albright, who heads NASA's planetary science division, told reporters after the launch.

The mission is the first step in a planned campaign to return samples of Martian rock to Earth. Perseverance will drill cores from the crater floor and seal them in tubes, which a later mission jointly run with the European Space Agency is due to collect.

Helen Marsh, a programme scientist for Mars exploration at NASA headquarters, described the sample return effort as "the most ambitious thing we have ever tried on another planet." The crater, she said, was chosen because it once held a lake fed by a river.

Jezero Crater is thought to have held water about 3.5 billion years ago. The rover carries seven scientific instruments, including a ground-penetrating radar and a laser that can vaporise rock from several metres away.

"The delta is like a library," said Priya Raman, the deputy project scientist at the Jet Propulsion Laboratory in Pasadena, California, which built the rover. "Each layer of sediment is a page, and we get to read them in order.

"If life ever got started on Mars, this is the kind of place where its traces would be preserved."

Daniel Kowalczyk, the deputy project manager, said the team had been forced to change how it worked when the COVID-19 pandemic reached California in March, with engineers testing flight software from their kitchen tables and only a handful of people allowed in the clean room at once.

The rover also carries a small helicopter, Ingenuity, which is intended to make the first powered flight on another planet. "If it works, it opens a whole new dimension for exploring Mars," Kowalczyk said, "and if it doesn't, we still learn a great deal."

United Launch Alliance, which built the rocket, said in a statement the launch had gone "exactly as planned." Albright thanked the launch crews, who he said had followed strict health protocols for months.

The division director said he expected the landing to be watched around the world. "Seven minutes of terror, and then, hopefully, a lot of celebrating," he said, referring to the descent.''',
        [
            ("There's a lot of hard work", "Gordon Albright"),
            ("the most ambitious thing we have", "Helen Marsh"),
            ("The delta is like a library", "Priya Raman"),
            ("Each layer of sediment is a", "Priya Raman"),
            ("If it works, it opens a", "Daniel Kowalczyk"),
            ("and if it doesn't, we still", "Daniel Kowalczyk"),
            ("exactly as planned", "United Launch Alliance"),
            ("Seven minutes of terror, and then,", "Gordon Albright"),
        ],
    ),
    # 2 -- curly quotes; poet obituary: family statement (unnamed family), "the statement continued", publisher statement, titles of works in quotes (not listed), minister partial, cue-before two-paragraph quote, deceased quoted from old interview with "he replied", unnamed neighbour
    (
'''Irish poet Declan Moriarty, whose collections about the fishing villages of west Cork earned him a devoted readership on both sides of the Atlantic, died on Sunday at his home in Kinsale. He was 81.

His family said in a statement that he had died “peacefully, with the window open to the harbour, which is how he would have wanted it.”

“He was a difficult man to interview and an easy man to love. We ask for privacy as we grieve, and we thank the staff of the hospice in Bandon for their kindness,” the statement continued.

Born in 1939 to a trawlerman and a schoolteacher, Moriarty left school at fifteen and worked on the boats for a decade before publishing his first collection, “Salt Ledger”, in 1968. He went on to publish eleven more, and his 1994 sequence “The Net-Mender” is still taught in Irish secondary schools.

His longtime publisher, Harrow Press, paid tribute in a statement. “Declan wrote about the sea as if he had been born under it. Every one of his books is still in print, and we intend to keep it that way,” the publisher said.

Culture Minister Aoife Brennan told RTÉ that Moriarty was “a poet of enormous moral seriousness who never once lost his sense of humour.” Ireland, the minister said, had lost one of its great voices.

The poet Siobhán Keane, who toured with him in the United States in the 1980s, remembered a man who hated fuss. Keane said: “He never wanted to be a public figure. But when the town needed him, during the fishing disputes, he stood up on a crate on the pier and read to the crowd, and people listened.

“I don’t think anybody who was there has forgotten it.”

Moriarty rarely gave interviews. In one of his last, with The Irish Times in 2015, he was asked why he kept returning to the same small stretch of coast. “I write about the sea because I am afraid of it. A man writes about what frightens him, or he writes nothing worth reading,” he replied.

In Kinsale on Monday, flowers and handwritten notes were left on the harbour wall. One neighbour, who asked not to be named, said the poet had been “a quiet man who always had time for the children on the street.”

Funeral arrangements are to be announced later in the week. He is survived by his wife, Nora, and three daughters.''',
        [
            ("peacefully, with the window open to", "~family"),
            ("He was a difficult man to", "~family"),
            ("Declan wrote about the sea as", "Harrow Press"),
            ("a poet of enormous moral seriousness", "Aoife Brennan"),
            ("He never wanted to be a", "Siobhán Keane"),
            ("I write about the sea because", "Declan Moriarty"),
            ("a quiet man who always had", "~neighbour"),
        ],
    ),
    # 3 -- Solar Orbiter launch: "said X, title" after quote, "he explained", "she told the BBC", male NASA scientist after male ESA director, agency partial quote plus "according to the agency", unnamed schoolteacher
    (
'''The European Space Agency's Solar Orbiter spacecraft lifted off from Cape Canaveral in Florida late on Sunday on a mission to take the first pictures of the Sun's polar regions. The probe, built in the United Kingdom by Airbus, launched on an Atlas V rocket supplied by NASA at 11:03 pm local time.

Over the next seven years, the spacecraft will use a series of gravity-assist flybys of Venus and Earth to tilt its orbit out of the plane in which the planets travel, allowing its ten instruments to look down on the Sun's poles.

"We have never seen the poles of our own star. Everything we know about them comes from looking at them edge-on, and that is a bit like trying to understand the Earth's weather by only ever looking at the equator," said Markus Feldhaus, ESA's director of science.

Feldhaus said the mission would help scientists understand the Sun's cycle of activity. "The magnetic field flips roughly every eleven years, and we still cannot predict how strong each cycle will be. The answer is hidden at the poles," he explained.

Anna Lindgren, the mission's project scientist, said the first weeks after launch would be spent switching on and testing the instruments. "It's a nervous time. You've spent twenty years building something, and then you have to wait for every part of it to say hello," she told the BBC.

The spacecraft will come within 42 million kilometres of the Sun, closer than the planet Mercury, and is protected by a titanium heat shield coated in a black layer made from burnt animal bone. The shield will face temperatures of up to 500 degrees Celsius.

Thomas Reid, NASA's programme scientist for the mission, said the probe would work alongside NASA's Parker Solar Probe, which launched in 2018 and flies even closer to the Sun. "Parker dives in and samples the wind, and Solar Orbiter stands back a bit and takes the pictures. Together they are far more than the sum of their parts," Reid said.

The UK Space Agency, which contributed funding for four of the instruments, said the launch was "a proud moment for British science and engineering." According to the agency, around 150 million pounds of the mission's cost was spent with British companies.

Not everyone at the launch site was an engineer. A schoolteacher from Stevenage, who had travelled to Florida with a group of pupils, said the night launch was "louder than any of us expected."''',
        [
            ("We have never seen the poles", "Markus Feldhaus"),
            ("The magnetic field flips roughly every", "Markus Feldhaus"),
            ("It's a nervous time. You've spent", "Anna Lindgren"),
            ("Parker dives in and samples the", "Thomas Reid"),
            ("a proud moment for British science", "UK Space Agency"),
            ("louder than any of us expected", "~schoolteacher"),
        ],
    ),
    # 4 -- curly quotes; new dinosaur species: follow-on quote paragraph with no cue (same speaker), couple sharing a surname ("Ian and Carol McKenna"), museum statement, "told the ABC"
    (
'''Palaeontologists in Australia have described a new species of long-necked dinosaur from bones found on a cattle station in western Queensland, according to a paper published on Tuesday in the journal PeerJ.

The animal, named Barcoosaurus mckennae, was a sauropod that lived about 95 million years ago. The researchers estimate it was between 25 and 30 metres long, making it one of the largest animals ever to have lived on the continent.

Lead author Dr Rebecca Thorne of the University of Queensland said the team had spent nearly a decade on the bones. “When you dig up a sauropod, you don’t get a skeleton, you get a jigsaw puzzle with most of the pieces missing and the rest smashed,” she said.

“It took us years just to be sure which bones belonged to the same animal.”

The first bones were found in 2007 by the station’s owners, Ian and Carol McKenna, while they were mustering cattle. The species name honours Carol McKenna.

“We thought it was a bit of rock at first. Then Carol picked it up and said it was far too heavy to be rock,” Ian McKenna told the ABC.

Co-author Dr Samuel Okoye, a palaeontologist at the Queensland Museum, said the new species was closely related to sauropods found in Argentina, which suggests dinosaurs were able to move between South America and Australia through Antarctica, then much warmer than today. He was cautious, however, about claims that it was the largest dinosaur ever found in Australia. “It’s among the biggest, certainly, but size estimates from partial skeletons come with very wide error bars, and I’d rather not get into a contest,” he said.

The Queensland Museum said in a statement that the fossils would be “held in trust for the people of Queensland” at its research centre in Hendra. Casts of the bones will go on display in Brisbane from next month.

Carol McKenna said she was delighted, if a little embarrassed, to have a dinosaur named after her. “My grandchildren think it’s the best thing that has ever happened,” she said.''',
        [
            ("When you dig up a sauropod", "Rebecca Thorne"),
            ("It took us years just to", "Rebecca Thorne"),
            ("We thought it was a bit", "Ian McKenna"),
            ("It’s among the biggest, certainly, but", "Samuel Okoye"),
            ("held in trust for the people", "Queensland Museum"),
            ("My grandchildren think it’s the best", "Carol McKenna"),
        ],
    ),
    # 5 -- literary prize: book title in quotes (not listed), jury chair, partial quote "told The Guardian", quote split around "Eze told reporters", foundation statement partial, "she replied"
    (
'''Nigerian-born writer Chidinma Eze has won this year's Halloran Prize for Fiction for her novel "The Weight of Small Rooms", the prize's organisers announced at a ceremony in London on Tuesday evening. The prize, worth 40,000 pounds, is awarded each year to a novel written in English and published in the United Kingdom.

The novel follows three generations of women living in the same flat in Lagos over fifty years. It is Eze's second book, and her first with a major publisher.

The chair of the judging panel, historian Margaret Ellery, said the decision had been unanimous. "We read 164 books, and argued about most of them, but not about this one. It is a novel about the furniture of a life, the things that stay while the people come and go, and it is written with a kind of patience that is very rare," Ellery said.

Another judge, the novelist Peter Vance, told The Guardian the book was "quietly devastating" and said he had read it twice during the judging period.

Eze, 38, said on stage that she had almost given up on the book several times. "There was a year when I didn't write a single page of it. I was working nights in a call centre and I thought, who am I to think anybody wants to read this?" she said.

She dedicated the prize to her mother, who died in 2017. "She never read a word of it," Eze told reporters after the ceremony, "but every word of it is hers."

The shortlist also included books by the Scottish novelist Ewan Gray and the Canadian writer Lise Marchand. Eze's publisher, Larkspur Books, said it had ordered an additional print run of 50,000 copies.

The Halloran Foundation, which funds the prize, said in a statement that this year's entries had included "a record number of debut and second novels."

Asked what she would do with the prize money, Eze laughed. "Pay my rent for a year, and write the next one," she replied.''',
        [
            ("We read 164 books, and argued", "Margaret Ellery"),
            ("quietly devastating", "Peter Vance"),
            ("There was a year when I", "Chidinma Eze"),
            ("She never read a word of", "Chidinma Eze"),
            ("but every word of it is", "Chidinma Eze"),
            ("a record number of debut and", "Halloran Foundation"),
            ("Pay my rent for a year", "Chidinma Eze"),
        ],
    ),
    # 6 -- museum reopening: "said director X" after quote, curator then "Haddad ... she explained", unnamed retired nurse, council spokesperson (organisation), "he told the Manchester Evening News"
    (
'''The Harcourt Museum in Manchester reopened to visitors on Wednesday for the first time since March, after nearly five months of closure because of the COVID-19 pandemic. Visitors must now book a timed ticket online, wear a face covering and follow a one-way route through the galleries.

"It has been the longest closure in the museum's 130-year history, longer than either world war. We have missed people terribly. A museum without visitors is just a warehouse," said director Julian Ashworth, who greeted the first visitors at the door at 10 am.

Ashworth said the museum had lost around 2.4 million pounds in ticket, shop and café income during the closure. Twelve staff had been made redundant, he said, and others remained on the government's furlough scheme.

The museum used the closure to finish installing a new gallery of Egyptian material, which opened with the rest of the building. Its curator, Dr Fatima Haddad, said the team had worked in pairs, two metres apart, to move some of the heavier objects. "Moving a granite sarcophagus lid while socially distancing is not something they teach you at university," she said.

Haddad said she hoped the new displays would change how visitors thought about the collection. "Most of these objects were dug up in the early twentieth century by people who paid very little attention to the lives of the ordinary Egyptians who made them. We have tried to put those people back at the centre," she explained.

The gallery includes a reconstructed workshop and a set of wooden tools found at a village near Luxor.

Among the first visitors was a retired nurse who had queued since 9 am with her granddaughter. "I've been coming here since I was a child myself, and I didn't realise how much I'd missed it until I walked in," she said.

A spokesperson for Manchester City Council, which provides around a third of the museum's funding, said the reopening was "an important step in bringing life back to the city centre."

Ashworth warned that the museum's finances remained fragile. "We can open, but at a third of our normal capacity we cannot break even. Without further support, some difficult decisions lie ahead," he told the Manchester Evening News.''',
        [
            ("It has been the longest closure", "Julian Ashworth"),
            ("Moving a granite sarcophagus lid while", "Fatima Haddad"),
            ("Most of these objects were dug", "Fatima Haddad"),
            ("I've been coming here since I", "~nurse"),
            ("an important step in bringing life", "Manchester City Council"),
            ("We can open, but at a", "Julian Ashworth"),
        ],
    ),
    # 7 -- curly quotes; astronaut obituary: wife's statement through NASA, agency partial, quote split around "told the Houston Chronicle" whose second part runs over two paragraphs, unnamed former student posting on Twitter, the deceased called "the astronaut"
    (
'''Raymond Castellano, a former NASA astronaut who flew on three Space Shuttle missions and helped to assemble the International Space Station, has died at the age of 74, the space agency announced on Friday. He died on Thursday in Houston after a long illness.

“Ray loved two things more than anything: his family and the view out of the window. He used to say that once you had seen the Earth from up there, you could never again believe that any border was real,” his wife, Linda Castellano, said in a statement released through NASA.

Castellano was selected as an astronaut in 1985 and flew his first mission in 1991. On his final flight, in 2000, he carried out two spacewalks to install a truss segment on the station.

NASA said in a statement that Castellano had “embodied the quiet professionalism of the shuttle era.” Flags at the Johnson Space Center will fly at half-staff on Monday.

Former astronaut Eileen Pryce, who flew with Castellano in 1996, said he was the calmest person she had ever worked with. “We had a cooling problem on the second day that could have ended the mission early, and Ray just sat there eating a tortilla and reading checklists,” Pryce told the Houston Chronicle. “He made everyone around him calmer.

“I owe him a great deal. We all do.”

After retiring from NASA in 2003, Castellano taught engineering at Rice University and spent years visiting schools across Texas. A former student, now an engineer at the agency, posted on Twitter: “Professor Castellano told me I was good enough. I believed him. I’m at JSC today because of that.”

Castellano himself tended to play down his achievements. “I was a passenger with a job to do. The people who built the machine are the real heroes,” the astronaut told an interviewer in 2010.

He is survived by his wife, two sons and four grandchildren.''',
        [
            ("Ray loved two things more than", "Linda Castellano"),
            ("embodied the quiet professionalism of the", "NASA"),
            ("We had a cooling problem on", "Eileen Pryce"),
            ("He made everyone around him calmer", "Eileen Pryce"),
            ("Professor Castellano told me I was", "~student"),
            ("I was a passenger with a", "Raymond Castellano"),
        ],
    ),
    # 8 -- Comet NEOWISE: one-word partial quote, "Mendes said" after reported speech, amateur named via "named X", society statement with "warning", "Fletcher cautioned ... he said"
    (
'''Skywatchers across the Northern Hemisphere are being treated to the brightest comet visible to the naked eye in more than two decades. Comet C/2020 F3, better known as NEOWISE after the NASA space telescope that discovered it in March, can now be seen low in the north-western sky shortly after sunset.

The comet passed closest to the Sun on July 3 and will make its closest approach to Earth on July 23, at a distance of about 103 million kilometres.

"This is the best comet for Northern Hemisphere observers since Hale-Bopp in 1997. If you have a clear sky and a view to the north-west, go out and look. It won't be back for nearly seven thousand years," said Dr Ian Fletcher, an astronomer at the University of Leicester.

Dr Carla Mendes, a scientist on the NEOWISE mission at NASA's Jet Propulsion Laboratory, said the comet's nucleus was about five kilometres across and covered in dark, "sooty" material left over from the birth of the solar system. It was unusual, she said, for a comet to survive such a close pass of the Sun. "A lot of comets that get this close simply fall apart. This one held together, and it is putting on a show," Mendes said.

Amateur astronomers have been sharing photographs of the comet on social media. One, a retired engineer in Somerset named Geoffrey Holt, told the BBC he had got up at 3 am four days in a row before the clouds cleared. "When I finally saw it, with the tail stretching up above the church tower, I just stood there with my mouth open," Holt said.

The Royal Astronomical Society advised people to use binoculars and to look soon, warning in a statement that "comets are notoriously unpredictable." According to the society, the comet should remain visible through binoculars until mid-August.

Fletcher cautioned against expecting it to look like the long-exposure photographs circulating online. "The camera sees more than your eye does. To the naked eye it is a fuzzy star with a faint smudge of a tail, but that's still something you'll remember," he said.''',
        [
            ("This is the best comet for", "Ian Fletcher"),
            ("sooty", "Carla Mendes"),
            ("A lot of comets that get", "Carla Mendes"),
            ("When I finally saw it, with", "Geoffrey Holt"),
            ("comets are notoriously unpredictable", "Royal Astronomical Society"),
            ("The camera sees more than your", "Ian Fletcher"),
        ],
    ),
    # 9 -- artist profile in present tense ("she says", "he says", "she replies"), "the 84-year-old artist", partial quote "he writes" in a catalogue, one-word quote split from the rest
    (
'''The painter Agnes Kowal is standing in front of a canvas she finished in 1971 and has not seen since. "I remember hating it," she says, laughing. "I sold it to the first person who offered me money for it, which was a dentist in Leeds. And now here it is, looking rather better than I thought."

The 84-year-old artist is in Edinburgh for the opening of a retrospective at the Scottish National Gallery of Modern Art, the first major survey of her work in Britain. More than ninety paintings and drawings, borrowed from collections in eleven countries, cover six decades of work.

Kowal was born in Kraków in 1935 and came to Britain as a child after the war. Her large, brightly coloured landscapes of the Yorkshire moors were dismissed by some critics in the 1960s as garish. "People say my colours are too loud. I say the world is too loud, and I am just keeping up," she says.

The exhibition's curator, Dr Euan MacLeod, says it took four years to track down some of the works. "A few of them had not been seen in public since they were first sold. One turned up in a farmhouse in Norway, hanging above a wood stove, and it needed a lot of cleaning," he says.

MacLeod believes Kowal has been unfairly overlooked. In the exhibition catalogue, he writes that her work was "decades ahead of the conversation about landscape and memory."

The gallery's director, Sarah Whyte, told reporters at a preview on Thursday that the exhibition was long overdue. "We have been very good in this country at celebrating a certain kind of painter, and very bad at noticing women who came here from somewhere else," Whyte said.

Kowal herself is less interested in being rediscovered. Asked how it feels to see her life's work on the walls, she pauses. "Tiring," she replies. "Every picture is a year of my life, and some of those years I would not want to live again."

She still paints every day, she says, and has three canvases on the go in her studio in Halifax.''',
        [
            ("I remember hating it", "Agnes Kowal"),
            ("I sold it to the first", "Agnes Kowal"),
            ("People say my colours are too", "Agnes Kowal"),
            ("A few of them had not", "Euan MacLeod"),
            ("decades ahead of the conversation about", "Euan MacLeod"),
            ("We have been very good in", "Sarah Whyte"),
            ("Tiring", "Agnes Kowal"),
            ("Every picture is a year of", "Agnes Kowal"),
        ],
    ),
    # 10 -- asteroid close approach: "told the Associated Press", "he said of the detection" mid-sentence cue, agency statement partial, partial quote followed directly by a full quote with "she added"
    (
'''A small asteroid passed within 3,000 kilometres of the Earth's surface on Sunday, the closest known approach by an asteroid that did not hit the planet, astronomers have said.

The object, designated 2020 SQ3, is estimated to be between three and six metres across, about the size of a car. It was only spotted six hours after its closest approach, by the Zwicky Transient Facility at Palomar Observatory in California.

"It snuck up on us from the direction of the Sun, which is our blind spot. There's no way we could have seen it coming," said Paul Hendricks, manager of NASA's Center for Near Earth Object Studies.

Hendricks stressed that the asteroid had posed no danger. "Even if it had been on a collision course, something this size would have broken up in the atmosphere as a bright fireball. At most, somebody might have found a few small meteorites on the ground," he said.

The detection was made by Mei-Lin Zhao, a graduate student at the California Institute of Technology, who was reviewing images flagged by automated software. "At first I thought it was a satellite. Then I checked the motion again, and again, and realised it was something much more interesting," Zhao told the Associated Press.

Her supervisor, Professor Robert Adeyemi, praised her persistence. "Most people would have thrown it out as noise. She didn't, and that's what good scientists do," he said of the detection.

The European Space Agency, which runs its own planetary defence office, said in a statement that the event showed "the need for telescopes that can look closer to the Sun." Both ESA and NASA are developing space-based infrared telescopes designed to do so.

Some astronomers were less reassured. Dr Kirsten Dahl of the University of Copenhagen warned that a larger object approaching from the same direction "would be just as invisible until it was too late." "We are getting better every year, but we are not there yet," she added.''',
        [
            ("It snuck up on us from", "Paul Hendricks"),
            ("Even if it had been on", "Paul Hendricks"),
            ("At first I thought it was", "Mei-Lin Zhao"),
            ("Most people would have thrown it", "Robert Adeyemi"),
            ("the need for telescopes that can", "European Space Agency"),
            ("would be just as invisible until", "Kirsten Dahl"),
            ("We are getting better every year", "Kirsten Dahl"),
        ],
    ),
    # 11 -- curly quotes; film director obituary: son's partial quote in the announcement sentence, unnamed prime minister on Twitter, film title in quotes (not listed), two actresses in turn, festival statement, son later "his son ... he said"
    (
'''The Italian film director Lorenzo Bellandi, whose films about life in the working-class suburbs of Turin won prizes at Cannes and Venice, has died in Rome at the age of 87. His death was announced on Tuesday by his son, Marco Bellandi, who said his father had died “surrounded by his books, his family and far too many cats.”

Bellandi made twenty-two feature films over a career of more than fifty years. His 1974 film “La fabbrica di vetro”, about a strike at a glassworks, won the Golden Lion at the Venice Film Festival and is regarded as a landmark of Italian political cinema.

Italy’s prime minister wrote on Twitter that the country had lost “a master who taught us to look at the people we usually pass by in the street.”

The actress Giulia Ferrante, who starred in four of Bellandi’s films, told the newspaper Corriere della Sera that the director had found her working in a bakery when she was nineteen. “He came in to buy bread every morning for two weeks, and then one day he asked if I would like to be in a film. I thought he was joking. He was not a man who joked very often,” Ferrante said.

Another actress who worked with him, Valentina Russo, remembered his demanding methods. “He would make you do a scene forty times, and then use the first take. It drove us mad. But when you saw the film, you understood,” Russo said.

In a statement, the Venice Film Festival called Bellandi “one of the great humanists of European cinema” and said it would screen a restored print of his first film at this year’s festival.

Bellandi was openly critical of the Italian film industry in his later years, and made his final film, a documentary about his own childhood, in 2018.

His son said the funeral would be private. “My father never liked ceremonies. He used to say that the only honest tribute to a filmmaker is to watch his films. So watch them,” he said.''',
        [
            ("surrounded by his books, his family", "Marco Bellandi"),
            ("a master who taught us to", "~prime minister"),
            ("He came in to buy bread", "Giulia Ferrante"),
            ("He would make you do a", "Valentina Russo"),
            ("one of the great humanists of", "Venice Film Festival"),
            ("My father never liked ceremonies. He", "Marco Bellandi"),
        ],
    ),
    # 12 -- ISS spacewalk: "radioed", pronoun "he said" after reported speech, partial then full quote from flight director, ESA official named in a statement, reporter's question reported indirectly, "she replied"
    (
'''Two astronauts aboard the International Space Station completed a six-and-a-half-hour spacewalk on Friday to replace ageing batteries in the station's power system, NASA said.

NASA astronaut Kayla Brooks and European Space Agency astronaut Luca Ferri left the Quest airlock at 7:35 am Eastern time and swapped four old nickel-hydrogen batteries for newer lithium-ion units on the station's starboard truss.

"That view never gets old. I can see the whole of the Caribbean," Brooks radioed to mission control as she emerged from the hatch.

It was Ferri's first spacewalk. Partway through the work, he paused to describe the experience to flight controllers in Houston. "It's very quiet out here, apart from my own breathing. You feel incredibly small and incredibly lucky at the same time," he said.

The batteries store power from the station's solar arrays for use when the station passes into the Earth's shadow, which happens sixteen times a day. The old units had been in service since 2009.

Lead flight director Brian Sutherland told reporters afterwards that the spacewalk had gone "very smoothly, with one exception." A small bolt had floated away from Ferri's work area about two hours into the excursion, he said. "It's moving away from the station and poses no risk. It will burn up in the atmosphere in a few months," Sutherland said.

ESA's head of human spaceflight, Dr Claudia Weiss, praised the Italian astronaut in a statement. "Luca trained for this for more than five years, and today he showed why," she said.

At a news conference from orbit on Saturday, a reporter asked Brooks whether she was tired. "My hands are sore, and I slept for nine hours. But I'd go back out tomorrow," she replied.

The two are due to carry out a second spacewalk next week.''',
        [
            ("That view never gets old", "Kayla Brooks"),
            ("It's very quiet out here, apart", "Luca Ferri"),
            ("very smoothly, with one exception", "Brian Sutherland"),
            ("It's moving away from the station", "Brian Sutherland"),
            ("Luca trained for this for more", "Claudia Weiss"),
            ("My hands are sore, and I", "Kayla Brooks"),
        ],
    ),
    # 13 -- Thwaites Glacier: nickname in quotes (not listed), long "said lead author X" after quote, quote split around "he said", outside expert "told Reuters", two men in turn ("Asked about Webb's caution, Nolan agreed"), research council statement partial
    (
'''Warm ocean water is flowing beneath Thwaites Glacier in West Antarctica in ways that could speed up its retreat, according to a study published on Wednesday in the journal Nature. The glacier, which is roughly the size of Britain, is sometimes called the "Doomsday Glacier" because of how much it could add to global sea levels if it collapsed.

Researchers from the British Antarctic Survey and several universities used a robotic submarine to measure temperatures and currents in the cavity beneath the floating part of the glacier during the 2019-2020 field season.

"For the first time, we've been able to go under the ice and see what's actually happening where the glacier meets the sea floor. What we found is that water just above the melting point is reaching places we hoped it wasn't," said lead author Dr Helena Strand, an oceanographer at the University of Gothenburg.

Co-author Professor Keith Nolan of the British Antarctic Survey said the measurements would be used to improve computer models of the ice sheet. "Until now the models have had to guess at these numbers," he said. "Now they don't have to."

Thwaites currently accounts for around four percent of global sea-level rise each year.

The fieldwork was carried out in some of the harshest conditions on the planet. The team camped on the ice for ten weeks and used hot water to drill a borehole more than 600 metres deep. "You live in a tent, you eat a lot of chocolate, and you try not to think about how much ice is under you," Strand said.

Dr Marcus Webb, a glaciologist at the University of Leeds who was not involved in the study, told Reuters the results were significant but should be treated with care. "This is a really important piece of the puzzle. But one study in one season can't tell us how fast Thwaites will go," Webb said.

Asked about Webb's caution, Nolan agreed. "Marcus is right. We need years of data, not months," he said.

The Natural Environment Research Council, which co-funded the work with the US National Science Foundation, said the project showed "the value of international collaboration in the most remote places on Earth."''',
        [
            ("For the first time, we've been", "Helena Strand"),
            ("Until now the models have had", "Keith Nolan"),
            ("Now they don't have to", "Keith Nolan"),
            ("You live in a tent, you", "Helena Strand"),
            ("This is a really important piece", "Marcus Webb"),
            ("Marcus is right. We need years", "Keith Nolan"),
            ("the value of international collaboration in", "Natural Environment Research Council"),
        ],
    ),
    # 14 -- physics medal: unnamed "medal committee" citation, speaker named after the quote ("the committee's chair, Professor X, told reporters"), "he replied" before the quote, relative-clause partial quote of the winner, one-word partial quote
    (
'''Turkish-born physicist Yusuf Demir has been awarded this year's Aldridge Medal for his work on quantum sensors that can detect tiny changes in magnetic fields, the Royal Aldridge Society announced in London on Monday. The medal, first awarded in 1952, comes with a prize of 250,000 pounds.

Demir, 56, a professor at ETH Zurich in Switzerland, developed a technique that uses defects in diamond crystals to measure the magnetic signals produced by single nerve cells. The method is now used in hospitals to study the brain and heart.

In its citation, the medal committee said Demir's work had "turned a curiosity of solid-state physics into a tool that is changing medicine."

"Most of us spend our careers hoping our work will be useful to somebody, someday. Yusuf's work is already in the clinic," the committee's chair, Professor Alison Crane, told reporters.

Demir learned of the award by telephone while on a train from Zurich to Basel. Speaking to the society's press office shortly afterwards, he said he had assumed the call was a prank. "I thought it was one of my students. They have done this before. I told the woman on the phone, very politely, that I would call her back," he said.

Asked what the prize money would be used for, he replied, "Mostly for my students. They do the work, and I get the telephone calls."

Demir also thanked his former doctoral supervisor, the late Professor Hans Richter, "who taught me that an experiment which fails is just an experiment which has not finished yet."

Dr Nadia Farouk, a neuroscientist at University College London who uses the technique, said it had "transformed" her research. "We can now watch a single neuron fire without touching it. Ten years ago that would have sounded like science fiction," she told The Times.''',
        [
            ("turned a curiosity of solid-state physics", "~committee"),
            ("Most of us spend our careers", "Alison Crane"),
            ("I thought it was one of", "Yusuf Demir"),
            ("Mostly for my students. They do", "Yusuf Demir"),
            ("who taught me that an experiment", "Yusuf Demir"),
            ("transformed", "Nadia Farouk"),
            ("We can now watch a single", "Nadia Farouk"),
        ],
    ),
    # 15 -- curly quotes; jazz trumpeter obituary: family posting on Facebook ("the family wrote"), nickname in quotes (not listed), club's Instagram words, councilmember partial then full quote "told WWL-TV", daughter, the deceased quoted from a 2016 interview
    (
'''The jazz trumpeter Clarence Whitfield, a fixture of the New Orleans music scene for more than sixty years, has died of complications from COVID-19, his family announced on Facebook on Saturday. He was 83.

“Our father played his last note this morning. He went the way he lived, with his horn beside him and a joke on his lips. Thank you all for the love,” the family wrote.

Whitfield was born in the city’s Tremé neighbourhood in 1937 and began playing with brass bands at funerals and parades as a boy. He recorded more than thirty albums, toured Europe and Japan, and was known to fans as “Big Horn” for the size of his sound.

Saxophonist Darnell Price, who played in Whitfield’s band for twenty-five years, said he was still struggling to take in the news. “Clarence was my teacher, my boss and my brother. I can’t imagine walking into that club on a Tuesday and not seeing him in the corner, tuning up,” Price said.

The Blue Crescent Club, where Whitfield played a weekly residency from 1979 until March this year, posted a photograph of his empty chair on Instagram with the words “Rest easy, Big Horn.”

City Councilmember Andre Baptiste, who represents the district where Whitfield lived, called him “the sound of this city.” “When tourists ask what New Orleans sounds like, you could have just played them ten seconds of Clarence,” Baptiste told WWL-TV.

His daughter, Denise Whitfield-Moore, said a traditional jazz funeral would be held once it was safe for people to gather. “He played at hundreds of them for other people. We will give him the one he deserves, when we can,” she told The Times-Picayune.

In a 2016 interview, Whitfield said he had never considered retiring. “What would I retire to? This is the only thing I know how to do,” he said.''',
        [
            ("Our father played his last note", "~family"),
            ("Clarence was my teacher, my boss", "Darnell Price"),
            ("Rest easy, Big Horn", "Blue Crescent Club"),
            ("the sound of this city", "Andre Baptiste"),
            ("When tourists ask what New Orleans", "Andre Baptiste"),
            ("He played at hundreds of them", "Denise Whitfield-Moore"),
            ("What would I retire to? This", "Clarence Whitfield"),
        ],
    ),
    # 16 -- treasure hoard: coroner partial, two finders with the same surname ("the older man", "the 24-year-old"), quote split around a description cue, museum spokesperson (organisation), unnamed farmer partial
    (
'''A hoard of around 2,600 late Anglo-Saxon silver pennies found by two metal detectorists in a Wiltshire field has been declared treasure at an inquest, clearing the way for a museum to acquire it.

The coins, minted during the reigns of Æthelred II and Cnut in the early eleventh century, were found in a lead-lined pot buried about forty centimetres below the surface of a ploughed field near Warminster in March 2019.

Senior coroner David Ridley told the inquest in Salisbury on Thursday that the find was "of national importance."

The finders, Gary Pearce and his nephew Tom Pearce, had been searching the field on and off for three years. "We'd been going over that field since 2016 and found nothing but ring-pulls and shotgun cartridges. Then Tom's machine went off like a fire alarm," the older man said.

His nephew said he had initially thought the signal came from a buried tin can. "I nearly didn't bother digging," the 24-year-old told the BBC. "I'm glad I did."

Finds liaison officer Dr Rachel Kemp, of the Portable Antiquities Scheme, said the two men had done everything right. "They stopped digging as soon as they saw the coins, they called us the same day, and they left the pot in the ground so that we could excavate it properly. That's what makes this find so valuable to archaeologists," she said.

The hoard was probably buried during a period of Viking raids, according to Kemp, and its owner never returned to recover it.

A spokesperson for the Wessex Museum in Salisbury said it was "determined to keep the hoard in Wiltshire, where it belongs." The museum will need to raise an estimated 350,000 pounds, which under the Treasure Act would be shared between the finders and the landowner.

The landowner, a farmer who asked not to be named, told the Salisbury Journal that he planned to give his share "to the village school."''',
        [
            ("of national importance", "David Ridley"),
            ("We'd been going over that field", "Gary Pearce"),
            ("I nearly didn't bother digging", "Tom Pearce"),
            ("I'm glad I did", "Tom Pearce"),
            ("They stopped digging as soon as", "Rachel Kemp"),
            ("determined to keep the hoard in", "Wessex Museum"),
            ("to the village school", "~farmer"),
        ],
    ),
    # 17 -- exoplanet discovery: "said X, a graduate student ... who led", "according to NASA" (no quote), "He cautioned ... he said" pronoun, outside expert partial then "told New Scientist"
    (
'''Astronomers using NASA's Transiting Exoplanet Survey Satellite have found an Earth-sized planet orbiting within the habitable zone of a small, cool star about 90 light-years away, it was announced on Monday at a meeting of the American Astronomical Society in Honolulu.

The planet, known as TOI 1893 d, is about 1.1 times the width of Earth and orbits its star every 31 days. It lies in the region around the star where temperatures could, in principle, allow liquid water to exist on its surface.

"When I first saw the signal, I assumed it was a glitch. Planets this small are hard to pick out, and we only had a handful of transits," said Emily Carter, a graduate student at the University of Chicago who led the analysis.

Carter and her colleagues confirmed the discovery using NASA's Spitzer Space Telescope, which observed the system in the months before it was retired. According to NASA, it is the first Earth-sized planet in a habitable zone to be found by TESS.

Dr Rafael Ortega, a co-author at NASA's Goddard Space Flight Center, said the star's calm nature made the planet particularly interesting. "A lot of red dwarfs throw out huge flares that would strip a planet's atmosphere. This one has been remarkably quiet for the whole time we've watched it," Ortega said.

He cautioned that nobody yet knew whether the planet had an atmosphere at all. "Habitable zone doesn't mean habitable. It just means it's worth a closer look," he said.

Professor Jonathan Beale of the University of Warwick, who was not involved in the research, described the planet as "a very good target" for the James Webb Space Telescope, which is due to launch next year. "If anything has an atmosphere that Webb can detect, it might well be this," Beale told New Scientist.

Carter said the discovery had changed her plans for the holidays. "My family wanted me home for Christmas. I told them I had found a planet, and they said that was a terrible excuse, but they forgave me," she said.''',
        [
            ("When I first saw the signal", "Emily Carter"),
            ("A lot of red dwarfs throw", "Rafael Ortega"),
            ("Habitable zone doesn't mean habitable", "Rafael Ortega"),
            ("a very good target", "Jonathan Beale"),
            ("If anything has an atmosphere that", "Jonathan Beale"),
            ("My family wanted me home for", "Emily Carter"),
        ],
    ),
    # 18 -- curly quotes; author profile in present tense: partial quote "she admits", book title in quotes (not listed), editor "Okafor says", critic writing in a newspaper, quote split around "she says, pouring tea", "the author ... she replies"
    (
'''Ruth Calloway writes in a shed at the bottom of her garden in Kendal, with no internet connection and a paraffin heater that she admits is “probably illegal.” It is where she wrote all eight of her novels, including her latest, “The Long Freeze”, which is published on Thursday.

“I need to be somewhere I can’t check the news. If I had Wi-Fi in here, I would never write another word,” she says.

The new book is set during the severe winter of 1947, when snow cut off villages in the Lake District for weeks. Calloway says it grew out of stories her grandmother told her. “She used to talk about the sheep frozen standing up in the fields. That image stayed with me for forty years before I knew what to do with it,” Calloway says.

Her editor at Mortlake & Dunn, James Okafor, says the manuscript arrived almost finished. “Ruth is the only writer I work with who sends me a book and apologises for how little there is for me to do. It’s very annoying,” Okafor says.

The novel has already drawn strong reviews. Writing in The Observer, the critic Miriam Hale called it “a cold book with a warm heart” and said it was Calloway’s best work.

Calloway is wary of such praise. “Reviews are lovely for about a day,” she says, pouring tea. “Then you have to sit down in the shed again, and the blank page doesn’t care what the Observer thought.”

Local bookseller Colin Tate, who runs Fellside Books in Kendal, says he has taken more than three hundred pre-orders, and that her signings in the shop’s back room always draw a queue down the street.

Asked whether she is working on anything new, the author shakes her head. “Not yet. I’m waiting to be bored enough,” she replies.''',
        [
            ("probably illegal", "Ruth Calloway"),
            ("I need to be somewhere I", "Ruth Calloway"),
            ("She used to talk about the", "Ruth Calloway"),
            ("Ruth is the only writer I", "James Okafor"),
            ("a cold book with a warm", "Miriam Hale"),
            ("Reviews are lovely for about a", "Ruth Calloway"),
            ("Then you have to sit down", "Ruth Calloway"),
            ("Not yet. I’m waiting to be", "Ruth Calloway"),
        ],
    ),
    # 19 -- InSight marsquakes: "said Dr X, title", "he said" after reported speech, "she explained", nickname in quotes (not listed), agency partial quote, "told Science News", "Roux added ... she said"
    (
'''Mars is seismically active, with hundreds of small quakes shaking the planet's crust, according to a series of papers published on Monday in the journals Nature Geoscience and Nature Communications. The results come from NASA's InSight lander, which has been listening for tremors from a plain called Elysium Planitia since it touched down in November 2018.

InSight's seismometer, built by the French space agency CNES and its partners, recorded 174 events in its first ten months on the surface, about 20 of them strong enough to be called marsquakes. The largest had a magnitude of about 3.7.

"We've finally confirmed that Mars is an active planet. It's not shaking as much as Earth, but it's definitely not the dead rock that some people expected," said Dr Walter Hughes, InSight's principal investigator at NASA's Jet Propulsion Laboratory.

Hughes said two of the strongest quakes had been traced to a region called Cerberus Fossae, a set of fractures about 1,600 kilometres from the lander. "That's a place where there may have been volcanic activity within the last few million years, and it may still be going on at some very low level," he said.

Dr Camille Roux, a seismologist at the Institut de Physique du Globe de Paris who worked on the instrument, said the team had struggled with noise from the Martian wind. "In the daytime, the wind is so strong that the seismometer hears mostly weather. The best listening is in the evening, when the air goes calm. We call it our quiet hour," she explained.

The lander has also had problems. Its heat probe, nicknamed "the mole", has been unable to dig more than a few centimetres into the surprisingly clumpy soil. NASA said in a statement that engineers were "trying every trick in the book" to help it.

Dr Jonas Keller of ETH Zurich, which runs the Marsquake Service that catalogues the events, said Mars had surprised the team. "We expected a handful of big quakes. Instead we got lots of small ones. It's like listening to a planet that mumbles," Keller told Science News.

Roux added that the data would eventually reveal the size of the planet's core. "Every quake is like an X-ray, and with enough of them, we can see inside," she said.''',
        [
            ("We've finally confirmed that Mars is", "Walter Hughes"),
            ("That's a place where there may", "Walter Hughes"),
            ("In the daytime, the wind is", "Camille Roux"),
            ("trying every trick in the book", "NASA"),
            ("We expected a handful of big", "Jonas Keller"),
            ("Every quake is like an X-ray", "Camille Roux"),
        ],
    ),
    # 20 -- chemist obituary: rector's statement with speaker after quote, deceased's partial quote from a 1999 interview, minister "wrote on Twitter", quote split around a long "said Dr X, now a professor ..." cue, two male former students in turn, unnamed family statement
    (
'''Arne Lindahl, the Norwegian chemist whose work on catalysts helped make the production of fertiliser cheaper and cleaner, died on Wednesday in Trondheim at the age of 91, the Norwegian University of Science and Technology (NTNU) announced.

"Arne was one of the giants on whose shoulders this university stands. His laboratory trained three generations of chemists, and many of them now run laboratories of their own around the world," the university's rector, Professor Kari Aasen, said in a statement.

Lindahl joined the university in 1958 and remained there for the rest of his career, turning down offers from universities in the United States and Germany. He said in a 1999 interview that he had "never seen the point of moving somewhere warmer to do the same chemistry."

His best-known discovery, made in 1971, was a class of iron-based catalysts that lowered the temperature needed to produce ammonia. Industry estimates suggest the process has saved billions of kroner in energy costs.

Norway's minister of research and higher education, Ingrid Holm, wrote on Twitter that Lindahl had been "a scientist of the world who never stopped being a son of Trøndelag."

Former students remembered a demanding but generous teacher. "He would read every line of your thesis and cover it in red ink. Then he would take you out for dinner and tell you it was the best thesis he had read that year," said Dr Sunil Mehta, now a professor at Imperial College London, who completed his doctorate under Lindahl in 1986. "He said that to everyone, I later found out."

Another former student, Professor Henrik Dahl of the University of Oslo, said Lindahl had kept working until his last months. "I spoke to him in August, and he wanted to talk about a paper on nitrogen fixation that he thought was wrong. He was ninety-one and still arguing with the literature," Dahl said.

Lindahl's family said in a statement that he had died "at home, with a view of the fjord and a pile of journals by his bed." He is survived by his wife of sixty years, Solveig, two children and five grandchildren.''',
        [
            ("Arne was one of the giants", "Kari Aasen"),
            ("never seen the point of moving", "Arne Lindahl"),
            ("a scientist of the world who", "Ingrid Holm"),
            ("He would read every line of", "Sunil Mehta"),
            ("He said that to everyone, I", "Sunil Mehta"),
            ("I spoke to him in August", "Henrik Dahl"),
            ("at home, with a view of", "~family"),
        ],
    ),
    # 21 -- curly quotes; festival cancelled: "said the festival's director, X", festival's own statement (organisation), "told The Herald", government spokesperson partial, unnamed hotel owner with quote split around the cue
    (
'''The Kilbride Arts Festival, one of the largest celebrations of theatre and music in the west of Scotland, has cancelled this year’s programme because of the coronavirus pandemic, its organisers announced on Wednesday. It is the first time the festival has not gone ahead since it was founded in 1962.

“This is the decision we hoped we would never have to make. But with no vaccine and no certainty about when crowds can gather again, we could not ask artists, staff and audiences to take that risk,” said the festival’s director, Fiona Strachan.

The festival, which usually runs for three weeks in August, attracted more than 180,000 visitors last year and is estimated to bring around 20 million pounds into the local economy.

Strachan said ticket-holders would be offered refunds or the chance to donate the cost of their tickets. “Every pound that’s donated will go straight to the artists who have lost their income,” she said.

The festival will stream a small selection of performances online instead. In a statement, it described the plans as “a modest substitute, but a substitute made with love.”

For performers, the news was a heavy blow. Comedian Jamie Sinclair, who had been due to bring his first solo show to the festival, said he had spent two years writing it. “I’d booked the venue, printed the flyers and told my mum. The flyers are now lining the hamster cage,” he said.

The singer-songwriter Morag Dunn said the cancellation would hit lesser-known artists hardest. “For people like me, a festival like Kilbride is where you find your audience for the next year. Lose that and you lose a lot more than one gig,” Dunn told The Herald.

A spokesperson for the Scottish Government said ministers were “working closely with the culture sector” and that an emergency fund for performers would open next month.

In the town itself, businesses were counting the cost. “August pays for January,” said one hotel owner. “Without the festival I don’t know how we get through the winter.”''',
        [
            ("This is the decision we hoped", "Fiona Strachan"),
            ("Every pound that’s donated will go", "Fiona Strachan"),
            ("a modest substitute, but a substitute", "Kilbride Arts Festival"),
            ("I’d booked the venue, printed the", "Jamie Sinclair"),
            ("For people like me, a festival", "Morag Dunn"),
            ("working closely with the culture sector", "Scottish Government"),
            ("August pays for January", "~owner"),
            ("Without the festival I don’t know", "~owner"),
        ],
    ),
    # 22 -- Chang'e 5 return: agency statement with acronym, comments "reported by the Xinhua news agency", "told state broadcaster CCTV", "told Reuters", agency spokesperson partial (organisation), unnamed senior official on Twitter
    (
'''China's Chang'e 5 spacecraft returned to Earth early on Thursday carrying the first samples of lunar rock and soil to be collected in more than four decades. The return capsule landed by parachute in the grasslands of Siziwang Banner in Inner Mongolia at 1:59 am Beijing time.

The China National Space Administration (CNSA) said in a statement that the mission had been "a complete success." The capsule is believed to contain around two kilograms of material scooped and drilled from the Oceanus Procellarum region of the Moon.

"The samples are young by lunar standards, perhaps 1.2 billion years old, which makes them very different from anything brought back by Apollo or the Soviet Luna missions. They could help us understand how long the Moon stayed volcanically active," said Dr Li Wei, a planetary geologist at the Chinese Academy of Sciences, in comments reported by the Xinhua news agency.

Zhang Hua, a deputy chief designer of the mission, told state broadcaster CCTV that the hardest moment had been the docking in lunar orbit, when the ascent stage carrying the samples met the orbiter. "Two spacecraft meeting 380,000 kilometres from home, with nobody on board to steer. We did it automatically, and it worked the first time," Zhang said.

Scientists outside China welcomed the return. "It's a genuinely important scientific achievement. These are exactly the rocks that lunar scientists have wanted to get their hands on for decades," Professor James Whitford of the Open University told Reuters.

Whitford said he hoped China would share some of the material with researchers abroad. Asked about that possibility at a news conference in Beijing, a CNSA spokesperson said the agency "welcomes cooperation with scientists from all countries" and would publish rules for applications.

NASA also congratulated China. "Congratulations to China on the successful return of lunar samples," a senior NASA official wrote on Twitter, adding that the United States hoped the samples would be shared with the international community.''',
        [
            ("a complete success", "China National Space Administration"),
            ("The samples are young by lunar", "Li Wei"),
            ("Two spacecraft meeting 380,000 kilometres from", "Zhang Hua"),
            ("It's a genuinely important scientific achievement", "James Whitford"),
            ("welcomes cooperation with scientists from all", "China National Space Administration"),
            ("Congratulations to China on the successful", "~official"),
        ],
    ),
    # 23 -- curly quotes; Hayabusa2 capsule: speaker with title and agency acronym after quote, one-word partial then full quote, agency statement partial, "the 51-year-old said"
    (
'''A capsule carrying samples of the asteroid Ryugu landed in the South Australian outback on Sunday, ending a six-year round trip of more than five billion kilometres by the Japanese spacecraft Hayabusa2.

The capsule, about 40 centimetres across, streaked through the atmosphere as a fireball at 2:28 am local time before deploying a parachute and landing near Woomera. A recovery team located it by helicopter a few hours later using a radio beacon.

“We have finally brought home the treasure box. I want to thank everyone, in Japan and in Australia, who made this possible,” Hayabusa2 project manager Kenji Matsuda of the Japan Aerospace Exploration Agency (JAXA) told a news conference in Sagamihara.

Matsuda said the team would not know how much material was inside until the capsule was opened in Japan. “We hope for at least a tenth of a gram. Even that would be enough for years of research,” he said.

The spacecraft collected the material in 2019, first by firing a small bullet into Ryugu’s surface and later by blasting a crater with a copper projectile to reach the rock beneath.

Dr Rachel Ng, who coordinated the recovery for the Australian Space Agency, described the landing as “textbook.” “We had teams out in the desert in the middle of the night looking for a fireball. When it came over, people were cheering in three languages,” Ng said.

Scientists say the samples could shed light on the origins of water and organic molecules on Earth. “Ryugu is a carbon-rich asteroid, a kind of time capsule from the early solar system. If we find amino acids in there, it tells us the ingredients for life may have been delivered from space,” said Professor Yuki Sato, a planetary scientist at the University of Tokyo.

JAXA said in a statement that Hayabusa2 itself was “healthy and on its way” to a second asteroid, which it is expected to reach in 2031.

For Matsuda, the landing was personal. “I joined this project when I was thirty-eight. It has been a large part of my life. Tonight I will sleep well, I think,” the 51-year-old said.''',
        [
            ("We have finally brought home the", "Kenji Matsuda"),
            ("We hope for at least a", "Kenji Matsuda"),
            ("textbook", "Rachel Ng"),
            ("We had teams out in the", "Rachel Ng"),
            ("Ryugu is a carbon-rich asteroid, a", "Yuki Sato"),
            ("healthy and on its way", "Japan Aerospace Exploration Agency"),
            ("I joined this project when I", "Kenji Matsuda"),
        ],
    ),
    # 24 -- zoo leopard cubs: "said head of carnivores X", two men in turn (director, vet), partial then "he added", conservation trust statement ("the trust said"), pronoun "she said" after surname
    (
'''Two critically endangered Amur leopard cubs have been born at Westmoor Zoo in Devon, the zoo announced on Monday. Fewer than a hundred of the big cats are thought to survive in the wild, in the forests of the Russian Far East and north-eastern China.

"We've been holding our breath for weeks. First-time mothers can be unpredictable, but Zarina has been absolutely brilliant. She's barely let them out of her sight," said head of carnivores Sophie Turnbull.

Keepers have been watching the cubs on hidden cameras in the leopards' den since they were born on 14 June. The zoo waited until the pair had passed their first health check before making the news public.

The zoo's director, Michael Hargreaves, said the births were a boost for the European breeding programme for the species. "Every single cub matters when a species is this close to the edge," Hargreaves said.

Vet Dr Owen Pritchard, who carried out the health check, said both cubs were "healthy, heavy and extremely cross about being handled." "One of them bit my thumb. I'm taking that as a good sign," he added.

The Amur Leopard Conservation Trust, which works to protect the animals in Russia, said in a statement that zoo-bred leopards could one day be released into the wild. "Zoo populations are an insurance policy. We hope that one day we will not need to cash it in, but it is good to know it is there," the trust said.

Turnbull said visitors should be able to see the cubs from late August, although the timing would depend on the mother. "They'll decide when they're ready. Leopards don't do schedules," she said.''',
        [
            ("We've been holding our breath for", "Sophie Turnbull"),
            ("Every single cub matters when a", "Michael Hargreaves"),
            ("healthy, heavy and extremely cross about", "Owen Pritchard"),
            ("One of them bit my thumb", "Owen Pritchard"),
            ("Zoo populations are an insurance policy", "Amur Leopard Conservation Trust"),
            ("They'll decide when they're ready", "Sophie Turnbull"),
        ],
    ),
    # 25 -- actress obituary: Dame title (speaker without title), TV and play titles in quotes (not listed), "her daughter said in a statement", theatre statement, Sir title, two women in turn ("the older actress" vs "she added"), deceased's partial quote
    (
'''Dame Evelyn Hartley, whose stage career spanned seven decades and who became familiar to television audiences as the formidable grandmother in the sitcom "Home Truths", has died at the age of 92. Her daughter, Caroline Hartley-Webb, said she died on Saturday evening at a care home in Richmond, south-west London.

"Mum was funny, fierce and completely impossible to argue with. She would have hated a fuss, so we are going to make one anyway," her daughter said in a statement.

Hartley made her West End debut in 1949 and went on to play more than forty roles at the National Theatre and with the Royal Shakespeare Company. She was made a dame in 2003, and won two Olivier Awards.

The National Theatre said in a statement that she had been "one of the great stage actresses of the twentieth century." The theatre will dim its lights in her memory on Tuesday evening.

Sir Anthony Greaves, who played her son in "Home Truths" for nine years, said she had taught him everything he knew about comic timing. "She could get a laugh by putting down a teacup. I watched her do it for nine years and I still don't know how," Greaves said.

The actress Josephine Clarke, who appeared opposite Hartley in a 1987 production of "The Cherry Orchard", told BBC Radio 4's Today programme that the older actress had been kind to younger performers. "I was twenty-three and terrified, and she took me to lunch every Wednesday for the whole run. She never once gave me a note on my performance. She just told me I was doing fine. I wasn't, but it helped," Clarke said.

"Actors of my generation owe her a debt we can never repay," she added.

Hartley was known for her blunt views on modern theatre. She once told an interviewer that she found most contemporary productions "too loud, too long and too pleased with themselves."''',
        [
            ("Mum was funny, fierce and completely", "Caroline Hartley-Webb"),
            ("one of the great stage actresses", "National Theatre"),
            ("She could get a laugh by", "Anthony Greaves"),
            ("I was twenty-three and terrified, and", "Josephine Clarke"),
            ("Actors of my generation owe her", "Josephine Clarke"),
            ("too loud, too long and too", "Evelyn Hartley"),
        ],
    ),
    # 26 -- curly quotes; Betelgeuse dimming: long quote with speaker after, observatory statement partial, association speaking ("the association said"), "he replied:" before the quote
    (
'''Betelgeuse, the bright red star that marks the shoulder of the constellation Orion, has dimmed to its faintest level in more than a century of observations, prompting speculation online that it may be about to explode. Astronomers say that is very unlikely, at least for now.

The star, roughly 700 light-years away, has lost more than half of its usual brightness since October, falling from among the ten brightest stars in the night sky to around the twenty-first.

“It’s dimming in a way we’ve never seen before, and that is genuinely exciting. But the chance that it goes supernova this week, or this year, is tiny. It’s a bit like predicting that a particular person will die today because they are old,” said Dr Laura Ashcombe, an astronomer at the University of Sheffield.

Betelgeuse is a red supergiant, a star nearing the end of its life, and will one day explode. When it does, it will be bright enough to see in daylight for weeks.

Professor Daniel Herrera, an astrophysicist at the University of California, Santa Cruz, said the most likely explanation was a combination of the star’s natural pulsations and a cloud of dust. “Red supergiants breathe in and out, and they throw off material. Right now we may be seeing both things happening at once,” Herrera said.

The European Southern Observatory released new images of the star taken with its Very Large Telescope in Chile. In a statement, the observatory said the pictures showed the star was “changing shape as well as brightness.”

The American Association of Variable Star Observers said it had received more observations of Betelgeuse in January than in any previous month. “Anyone with a pair of eyes can contribute. Compare it with Bellatrix, Orion’s other shoulder, and you’ll see the difference straight away,” the association said.

Ashcombe said she hoped the attention would encourage people to look up. “I’ve had people message me who haven’t looked at the night sky since they were children,” she said.

Herrera was more philosophical. Asked whether he hoped to see the star explode in his lifetime, he replied: “Of course I do. Every astronomer does. But I’d settle for understanding what it is doing right now.”''',
        [
            ("It’s dimming in a way we’ve", "Laura Ashcombe"),
            ("Red supergiants breathe in and out", "Daniel Herrera"),
            ("changing shape as well as brightness", "European Southern Observatory"),
            ("Anyone with a pair of eyes", "American Association of Variable Star Observers"),
            ("I’ve had people message me who", "Laura Ashcombe"),
            ("Of course I do. Every astronomer", "Daniel Herrera"),
        ],
    ),
    # 27 -- Benin Bronze restitution: university review partial (organisation), museum director after quote, principal, Prince title (speaker without title) "he told the BBC", national commission statement, historian
    (
'''Caldermoor University in Scotland has announced that it will return a bronze head looted from the Kingdom of Benin by British soldiers in 1897, making it one of the first institutions in the United Kingdom to commit to the unconditional return of a Benin Bronze.

The head, which depicts an Oba, or king, of Benin, was bought by the university at auction in 1957 and has been on display in its museum ever since. A review by the university concluded that the way it had been acquired "cannot be justified by any standard."

"We could not in good conscience keep it. This object was taken during a violent military expedition in which a city was burned, and it belongs to the people whose ancestors made it," said Dr Neil Buchanan, the director of the university's museum.

The university's principal, Professor Moira Kennedy, said the decision had been approved unanimously by its governing court. "This is not about rewriting history. It's about being honest about it," she said.

Prince Ehi Osayande, a member of the royal court of Benin in Nigeria, said he hoped other museums would follow. "Our ancestors made these works to record our history. For more than a hundred years, that history has been kept in other people's glass cases. Now some of it is coming home," he told the BBC.

Nigeria's National Commission for Museums and Monuments said in a statement that it "welcomes this courageous decision" and would work with the university on arrangements for the handover.

Historian Dr Ama Mensah of SOAS University of London, who has campaigned for the return of looted objects, said the move was significant but small. "One head, out of thousands of objects taken in 1897, is a start. The British Museum alone holds more than nine hundred. The question is what the big institutions do next," she said.

Buchanan said the handover would take place later this year, at a ceremony in Benin City.''',
        [
            ("cannot be justified by any standard", "Caldermoor University"),
            ("We could not in good conscience", "Neil Buchanan"),
            ("This is not about rewriting history", "Moira Kennedy"),
            ("Our ancestors made these works to", "Ehi Osayande"),
            ("welcomes this courageous decision", "National Commission for Museums and Monuments"),
            ("One head, out of thousands of", "Ama Mensah"),
        ],
    ),
    # 28 -- curly quotes; wildlife photography award: jury chair introduced in reported speech then quoted with "she said", teenage winner and her father sharing a surname, trust statement partial, pronoun cues
    (
'''An image of a snow leopard pausing on a cliff in the Indian Himalayas has won the grand prize at this year’s Halden Wildlife Photography Awards, which were announced at an online ceremony on Tuesday because of the pandemic.

The photograph, taken by the Indian photographer Arjun Nair in Ladakh, shows the animal looking back over its shoulder in falling snow. Nair spent almost three years photographing snow leopards in the region and used a camera trap to take the winning shot.

“I set up the camera at that spot because I found scratch marks on the rock. Then I waited. It took eleven months before the leopard walked past in the right light,” Nair said during the ceremony.

The chair of the judging panel, Rosalind Baxter, said the picture was a once-in-a-career image. “It has everything: the animal, the place, the weather, and a sense that we have been allowed to see something private,” she said.

The young photographer award went to fourteen-year-old Lena Vogt from Bavaria, Germany, for a close-up of a fox cub in her family’s garden. “I just lay on the grass every evening for a month. The foxes got used to me, and then they got curious,” she said.

Her father, Thomas Vogt, said the family had been surprised by the win. “She borrowed my old camera two years ago and I haven’t seen it since. I think I should probably buy another one,” he said.

The awards are run by the Halden Trust, a conservation charity, which said in a statement that this year’s entries had shown “a remarkable intimacy with the natural world, perhaps because so many people spent the year close to home.” Entries came from 86 countries.

Nair said he hoped the image would help efforts to protect snow leopards, whose numbers are thought to be falling. “If a photograph makes people care about an animal they will never see, then it has done its job,” he said.''',
        [
            ("I set up the camera at", "Arjun Nair"),
            ("It has everything: the animal, the", "Rosalind Baxter"),
            ("I just lay on the grass", "Lena Vogt"),
            ("She borrowed my old camera two", "Thomas Vogt"),
            ("a remarkable intimacy with the natural", "Halden Trust"),
            ("If a photograph makes people care", "Arjun Nair"),
        ],
    ),
    # 29 -- ISS twenty years: astronaut in a video message, space agency statement, unnamed official "told the TASS news agency" then "the official said", ESA director, retired engineer "told reporters", two men in turn (cosmonaut, then "Bell joked")
    (
'''The International Space Station on Monday marked twenty years of continuous human presence in orbit. Since the first long-duration crew arrived on 2 November 2000, 241 people from 19 countries have lived and worked aboard the orbiting laboratory.

"Twenty years ago, people said it couldn't be done. Now there are kids in college who have never lived a single day when there weren't humans in space, and that's the thing I'm proudest of," NASA astronaut Marcus Bell said in a video message recorded aboard the station.

Bell, who is on his second long-duration mission, said the crew had marked the anniversary with a shared meal in the Russian segment.

Roscosmos, the Russian space agency, said in a statement that the station was "an example of what can be achieved when countries work together." The station's future beyond 2024 remains uncertain, and a Roscosmos official told the TASS news agency that Russia was studying several options. "All options are on the table," the official said, without giving details.

Petra Hoffmann, ESA's director of human and robotic exploration, said the station's greatest achievement might not be scientific. "The station taught us how to build something very complicated with partners who don't always agree with each other. That lesson may turn out to be more important than any single experiment," Hoffmann said.

Frank Delgado, a retired Boeing engineer who worked on the station's first American module, told reporters he had never expected it to last so long. "We designed it for fifteen years, and we thought we were being optimistic," he said.

Bell's crewmate, the cosmonaut Andrei Morozov, joined the video message at the end. "Happy birthday to our home," Morozov said, speaking in English.

"He's been practising that line for a week," Bell joked.''',
        [
            ("Twenty years ago, people said it", "Marcus Bell"),
            ("an example of what can be", "Roscosmos"),
            ("All options are on the table", "~official"),
            ("The station taught us how to", "Petra Hoffmann"),
            ("We designed it for fifteen years", "Frank Delgado"),
            ("Happy birthday to our home", "Andrei Morozov"),
            ("He's been practising that line for", "Marcus Bell"),
        ],
    ),
    # 30 -- curly quotes; composer obituary: son and father sharing a surname, song title in quotes (not listed), orchestra statement, conductor, minister partial then full quote ("the minister said"), deceased called "the 88-year-old" with "he replied", son again via "he said"
    (
'''The Estonian composer Toomas Kask, whose choral works became anthems of the country’s Singing Revolution in the late 1980s, has died in Tallinn at the age of 88, his family said on Friday.

His son, Jaan Kask, said his father had died in his sleep on Thursday night. “He had been working on a new piece for children’s choir until last week. He said he would finish it when his hands stopped shaking. We will try to finish it for him,” Jaan Kask told Estonian Public Broadcasting.

Kask wrote more than two hundred choral works. His 1988 song “Maa on meie” was sung by hundreds of thousands of people at the Song Festival Grounds in Tallinn during the protests that preceded Estonia’s independence from the Soviet Union.

The Estonian National Symphony Orchestra said in a statement that Kask had been “the conscience of Estonian music for half a century.” The orchestra will dedicate its concert on Saturday to his memory.

The conductor Kristjan Lepp, who recorded much of Kask’s orchestral music, said the composer had been exacting in rehearsal. “He would sit in the third row with the score on his knees and shake his head at every wrong note. Then afterwards he would buy the whole orchestra a beer,” Lepp said.

Culture Minister Liis Tamm described him as “a man who gave a small nation a very large voice.” “When we sang his songs in 1988, we were not just singing. We were telling the world that we existed,” the minister said.

The 88-year-old remained active into his final years. In an interview with the newspaper Postimees last year, he was asked why he had never left Estonia, even when offered teaching posts abroad. “Where would I go? The songs are here. The singers are here. I would be a composer without a language,” he replied.

His son said a public memorial would be held at the Song Festival Grounds once restrictions on gatherings were lifted. “He always said that was his real concert hall,” he said.''',
        [
            ("He had been working on a", "Jaan Kask"),
            ("the conscience of Estonian music for", "Estonian National Symphony Orchestra"),
            ("He would sit in the third", "Kristjan Lepp"),
            ("a man who gave a small", "Liis Tamm"),
            ("When we sang his songs in", "Liis Tamm"),
            ("Where would I go? The songs", "Toomas Kask"),
            ("He always said that was his", "Jaan Kask"),
        ],
    ),
]
STORIES_BL = [
    # 1 -- Sri Lanka presidential vote: commission chair then surname, partial quote, observer group + named coordinator, unnamed voters, pronoun cues
    (
'''Voters in Sri Lanka went to the polls on Saturday to choose a new president, with the Election Commission reporting turnout of more than 80 percent by the time voting closed at 5 p.m. local time.

"The polling has been largely peaceful and we are satisfied with the turnout," Election Commission chairman Nimal Wickramaratne told reporters in Colombo. "Counting will begin as soon as the ballot boxes reach the counting centres."

Wickramaratne said his office had received 62 complaints of election-law violations during the day, most of them minor. He added that the shooting of a bus convoy carrying voters in the north-west on Friday night was "being investigated by the police" and had not stopped anyone from voting.

Early on Sunday, with roughly half of the votes counted, United National Front candidate Ranjith Fernando conceded defeat. "The people have made their decision and I respect it," Fernando said in a statement released by his party shortly after 6 a.m. "I will step down as deputy leader so that the party can reflect on this result and rebuild."

The People's Election Watch Centre, an independent observer group, said in its preliminary report that the campaign had been "the most peaceful in recent memory", but its national coordinator warned against complacency.

"Peace on polling day is not the same as a fair campaign," Dilani Perera told Wikinews. "State resources were used openly by more than one candidate, and the coverage on state television was heavily one-sided."

She said the group's 3,000 observers had filed reports from all 25 districts, and that a full assessment would be published within a month.

At a polling station set up in a school in Colombo's Borella district, a retired teacher who declined to give her name said she had arrived before the doors opened to avoid the heat. "I have voted in every election since 1977. This time I think the country wants stability more than anything," she said.

A young man in a cricket shirt said he had queued for almost two hours in the sun. "It was worth it," he said.

The commission said official results would be announced later on Sunday, once counting in the Northern and Eastern provinces was complete.''',
        [
            ("The polling has been largely peaceful", "Nimal Wickramaratne"),
            ("Counting will begin as soon as", "Nimal Wickramaratne"),
            ("being investigated by the police", "Nimal Wickramaratne"),
            ("The people have made their decision", "Ranjith Fernando"),
            ("I will step down as deputy", "Ranjith Fernando"),
            ("the most peaceful in recent memory", "People's Election Watch Centre"),
            ("Peace on polling day is not", "Dilani Perera"),
            ("State resources were used openly by", "Dilani Perera"),
            ("I have voted in every election", "~teacher"),
            ("It was worth it", "~man"),
        ],
    ),
    # 2 -- Bolivia count dispute (curly quotes, curly apostrophes): organisation statement, two-paragraph quote after colon, split quote, chant, ministry statement, unnamed vendor
    (
'''The Organization of American States (OAS) on Monday expressed “serious concern” at a sharp change in the trend of Bolivia’s preliminary vote count, after the country’s electoral authority resumed publishing results following a pause of almost 24 hours.

The rapid count, known by its Spanish acronym TREP, had stopped on Sunday night with 84 percent of tally sheets processed and the governing Movement for Socialism (MAS) short of the ten-point lead it needed to avoid a runoff. When publication resumed on Monday evening, its lead had widened to just over ten points.

“The mission asks the Supreme Electoral Tribunal to explain the interruption fully and without delay,” the organisation said in a statement posted on Twitter by its electoral observation mission.

The tribunal’s president, Rosa Quispe, defended the decision to halt the quick count. “We stopped publication to avoid confusion, because the official count had already begun, and every tally sheet will be available to the parties,” Quispe told a news conference in La Paz.

Opposition candidate Carlos Medina, who on the updated figures would miss out on a second round, described the count as “a monumental fraud”. Speaking to supporters in Santa Cruz late on Monday, the former journalist said:

“We will not accept a result that was cooked in the dark. Our own delegates have photographs of the tally sheets, and they tell a different story.

“I call on every Bolivian who believes in democracy to stay mobilised, peacefully, until a second round is guaranteed.”

In a statement issued on Tuesday, the Bolivian Ministry of Foreign Affairs said it “regrets” the tone of the OAS statement and invited the organisation to carry out a binding audit of the count.

Diego Ayala, a political scientist at the Universidad Mayor de San Andrés, said the pause had handed the opposition a powerful argument. “Whatever the explanation,” he told Wikinews, “a blackout of a day in the middle of a count will look suspicious to half the country.”

Outside the hotel in La Paz where the official count was being conducted, several hundred protesters chanted “We want a second round!” and waved Bolivian flags. Police used tear gas to disperse a group that tried to enter the building.

A market vendor who had joined the protest said she had voted for the governing party in the past. “This time I didn’t, and I want to know that my vote was counted,” she said.''',
        [
            ("serious concern", "Organization of American States"),
            ("The mission asks the Supreme Electoral", "Organization of American States"),
            ("We stopped publication to avoid confusion", "Rosa Quispe"),
            ("a monumental fraud", "Carlos Medina"),
            ("We will not accept a result", "Carlos Medina"),
            ("regrets", "Bolivian Ministry of Foreign Affairs"),
            ("Whatever the explanation", "Diego Ayala"),
            ("a blackout of a day in", "Diego Ayala"),
            ("We want a second round!", "~protesters"),
            ("This time I didn’t, and I", "~vendor"),
        ],
    ),
    # 3 -- Hong Kong district councils: "said Name" after quote, "the 23-year-old", government statement partials, named ministry spokesman, Xinhua commentary, two men in turn, split quote
    (
'''Pro-democracy candidates won control of 17 of Hong Kong's 18 district councils in Sunday's elections, according to results released on Monday, in a vote that drew a record turnout of 71 percent after nearly six months of anti-government protests.

"This is a referendum on the government, and the people have spoken," said Kelvin Yau, a university student who unseated a pro-Beijing councillor of 16 years in the Tai Po district. "We did not win because we are brilliant. We won because people are angry."

The 23-year-old told Wikinews he had spent less than HK$40,000 on his campaign. "Most of our leaflets were printed by volunteers in their own flats," he said.

The Hong Kong government said in a statement that it "respects the results" and would listen to the opinions of members of the public.

Lee Wai-man, chairman of the pro-Beijing Hong Kong Federation for Progress, apologised to his party's candidates, many of whom lost seats they had held for more than a decade. "We have let our supporters down, and I take responsibility for that," Lee said.

In Beijing, foreign ministry spokesman Gao Ming said at a regular briefing that "whatever the result, Hong Kong's affairs are China's internal affairs", and warned foreign governments against interfering. "Foreign politicians should stop making irresponsible remarks about a matter that does not concern them," Gao told reporters.

The state news agency Xinhua did not report the overall result on Monday, but published a commentary accusing opposition figures of "colluding with external forces" to disrupt the city.

Outside a polling station in Sha Tin, where queues stretched around the block before doors opened at 7:30 a.m., a woman in her sixties said she had never voted before. "My grandson told me that this time every vote counts," she said.

Analysts said the result would have little direct effect on the city's governance, since district councils deal mainly with local matters such as bus routes and refuse collection. "The councils have no real power," said Ivan Cheung, a political scientist at the Chinese University of Hong Kong, "but the symbolism is enormous."''',
        [
            ("This is a referendum on the", "Kelvin Yau"),
            ("We did not win because we", "Kelvin Yau"),
            ("Most of our leaflets were printed", "Kelvin Yau"),
            ("respects the results", "Hong Kong government"),
            ("We have let our supporters down", "Lee Wai-man"),
            ("whatever the result, Hong Kong's affairs", "Gao Ming"),
            ("Foreign politicians should stop making irresponsible", "Gao Ming"),
            ("colluding with external forces", "Xinhua"),
            ("My grandson told me that this", "~woman"),
            ("The councils have no real power", "Ivan Cheung"),
            ("but the symbolism is enormous", "Ivan Cheung"),
        ],
    ),
    # 4 -- Tunisia first round (curly): "according to TAP", translated quote, "the 61-year-old", party statement, spokesperson to AFP, chief observer then "he said" in next paragraph, split quote
    (
'''Tunisia's Independent High Authority for Elections (ISIE) on Tuesday confirmed that law professor Kamel Ben Salah and television owner Hatem Jaziri had qualified for the second round of the presidential election, a result analysts described as a rejection of the country's political establishment.

“These are preliminary results, and every candidate has the right to appeal,” ISIE president Mohamed Bouazzi told a news conference in Tunis, according to the state news agency TAP. Turnout in the first round was 45 percent, down from 63 percent in 2014.

Ben Salah, who ran without the backing of any party and spent almost nothing on his campaign, told Mosaïque FM that he would refuse public funding for the runoff. “I am not in competition with anyone. I am only in competition with myself, to remain faithful to what I have promised,” the 61-year-old said in remarks translated from Arabic.

Jaziri has been in pre-trial detention since August on charges of money laundering and tax evasion, which he denies. The New Dawn party, which he founded earlier this year, said in a statement that “it is not possible to speak of a fair election while one of the two candidates is in prison”. Party spokesperson Nadia Gharbi told Agence France-Presse that Jaziri was “being punished for his popularity”.

Pietro Lanzoni, chief observer of the European Union election observation mission, said voting had been “transparent and credible”, but that the detention of a candidate created “an inequality of opportunity”.

“We call on the authorities to find a solution that allows both candidates to campaign on an equal footing,” he said.

“The two finalists have nothing in common,” said Amira Trabelsi, a researcher at the Arab Reform Initiative, “except that they both stand outside the system.”

In the working-class Ettadhamen district of the capital, a 24-year-old unemployed graduate told Wikinews he had voted for Ben Salah “because he is clean”.''',
        [
            ("These are preliminary results, and every", "Mohamed Bouazzi"),
            ("I am not in competition with", "Kamel Ben Salah"),
            ("it is not possible to speak", "New Dawn"),
            ("being punished for his popularity", "Nadia Gharbi"),
            ("transparent and credible", "Pietro Lanzoni"),
            ("an inequality of opportunity", "Pietro Lanzoni"),
            ("We call on the authorities to", "Pietro Lanzoni"),
            ("The two finalists have nothing in", "Amira Trabelsi"),
            ("except that they both stand outside", "Amira Trabelsi"),
            ("because he is clean", "~graduate"),
        ],
    ),
    # 5 -- Malawi rerun: commission chair, partial then "he said" in next paragraph, earlier-campaign partial, party spokesperson to Reuters, "he explained"
    (
'''Opposition leader Peter Banda was declared the winner of Malawi's rerun presidential election on Saturday, becoming the first challenger in Africa to defeat a sitting president in a vote held after a court annulled the original result.

The Malawi Electoral Commission said Banda had won 58.6 percent of the vote. "The commission has done its work under very difficult conditions, and I am proud of our staff," commission chairperson Grace Mwale told a news conference in Blantyre, adding that turnout had reached 64.8 percent despite fears over the coronavirus.

Banda, a 65-year-old former church leader, told supporters gathered outside his home in Lilongwe that the result belonged to "every Malawian who refused to give up".

"Today is not a victory for one party," he said. "It belongs to the judges who were brave, to the poll workers who were honest and to the voters who were patient."

Outgoing president Joseph Nkhoma, who during the campaign had described the rerun as "the most unfair election in our history", did not immediately concede. A spokesperson for his Democratic Progressive Party told Reuters the party was "studying the results" and would announce its position on Sunday.

The Constitutional Court annulled the May 2019 election in February, citing widespread irregularities including the use of correction fluid on tally sheets. The ruling was upheld by the Supreme Court of Appeal in May.

Henry Phiri, a governance analyst at the University of Malawi, said the judgment had changed the country's politics. "The judges showed that institutions can stand up to power," he explained. "That is a lesson for the whole region."

In Lilongwe, car horns sounded through the night as crowds of Banda supporters, many wearing face masks in the party's colours, danced in the streets.''',
        [
            ("The commission has done its work", "Grace Mwale"),
            ("every Malawian who refused to give", "Peter Banda"),
            ("Today is not a victory for", "Peter Banda"),
            ("It belongs to the judges who", "Peter Banda"),
            ("the most unfair election in our", "Joseph Nkhoma"),
            ("studying the results", "Democratic Progressive Party"),
            ("The judges showed that institutions can", "Henry Phiri"),
            ("That is a lesson for the", "Henry Phiri"),
        ],
    ),
    # 6 -- Chile referendum: ballot option in quotes (not a quote), "said a nurse" after quote, senator "wrote on Twitter", asked/replied
    (
'''Chileans voted overwhelmingly on Sunday to replace the constitution drafted under the military government of Augusto Pinochet, with 78 percent backing the "Approve" option, according to the electoral service Servel.

Voters also chose, by a similar margin, to have the new text written by a fully elected convention rather than one made up partly of sitting members of Congress.

The head of Servel, Patricio Aguirre, said turnout of just over 50 percent was the highest since voting became voluntary in 2012. "Despite the pandemic, Chileans came out to vote in numbers we have not seen in years," Aguirre said.

Government spokesman Andrés Larraín said the result showed that "the path of dialogue and peace" had prevailed over violence. "Today the work of writing a shared future begins, and the government will support it," he told reporters at La Moneda palace.

In Santiago's Plaza Italia, the focal point of the protests that began a year ago over a rise in metro fares, tens of thousands gathered to celebrate. "I was here on the first day, and I never imagined we would get this far," said a 34-year-old nurse, waving a flag. "My mother cried when I called her."

Opposition senator Javiera Muñoz wrote on Twitter that the vote was "a historic victory for the people who took to the streets".

Constitutional lawyer Felipe Soto of the University of Chile cautioned that the hard part was still to come. Asked by Wikinews whether the convention could finish its work within the one-year limit, he replied: "It can, but only if the delegates resist the temptation to write every political demand into the text."

The 155 members of the convention will be elected in April, with half of the seats reserved for women.''',
        [
            ("Despite the pandemic, Chileans came out", "Patricio Aguirre"),
            ("the path of dialogue and peace", "Andrés Larraín"),
            ("Today the work of writing a", "Andrés Larraín"),
            ("I was here on the first", "~nurse"),
            ("My mother cried when I called", "~nurse"),
            ("a historic victory for the people", "Javiera Muñoz"),
            ("It can, but only if the", "Felipe Soto"),
        ],
    ),
    # 7 -- Belarus / EU ministers (curly): two women in turn (commission chair, opposition candidate), "the 37-year-old", "the minister", ministry statement, teacher via RFE/RL
    (
'''European Union foreign ministers agreed on Friday to prepare sanctions against Belarusian officials responsible for what they called the falsification of Sunday's presidential election and the violent crackdown on protesters that followed.

“The results announced on Sunday do not reflect the will of the Belarusian people,” the bloc's foreign policy chief, Jens Vestergaard, told reporters after a video conference of the 27 ministers. “We will draw up a list of those responsible, and there will be consequences.”

Belarus's Central Election Commission says the incumbent, who has governed the country since 1994, won 80.1 percent of the vote. Commission chairwoman Lidiya Karpovich on Friday rejected the criticism. “There were no grounds to invalidate the vote at a single polling station,” she said, according to the state news agency BelTA.

The main opposition candidate, Svetlana Marchuk, who left for neighbouring Lithuania on Tuesday, said in a video message that she had won “between 60 and 70 percent” in polling stations where the count had been honest. “I ask the authorities to stop the violence and to sit down for a dialogue,” the 37-year-old said. “The fear is gone.”

Lithuanian Foreign Minister Darius Kazlauskas said his country would offer Marchuk protection for as long as she needed it. “She is safe here,” the minister told the Baltic News Service.

The Belarusian Ministry of Foreign Affairs said in a statement that the EU decision amounted to “an attempt to interfere in the internal affairs of a sovereign state”.

The Organization for Security and Co-operation in Europe did not send observers, saying it had not been invited in time. A teacher who served on a precinct commission in Minsk told Radio Free Europe/Radio Liberty that she had been ordered to sign a protocol with figures that did not match the count. “We counted the ballots ourselves, and then they gave us different numbers,” she said.''',
        [
            ("The results announced on Sunday do", "Jens Vestergaard"),
            ("We will draw up a list", "Jens Vestergaard"),
            ("There were no grounds to invalidate", "Lidiya Karpovich"),
            ("between 60 and 70 percent", "Svetlana Marchuk"),
            ("I ask the authorities to stop", "Svetlana Marchuk"),
            ("The fear is gone.", "Svetlana Marchuk"),
            ("She is safe here", "Darius Kazlauskas"),
            ("an attempt to interfere in the", "Belarusian Ministry of Foreign Affairs"),
            ("We counted the ballots ourselves, and", "~teacher"),
        ],
    ),
    # 8 -- Taiwan presidential: winner and loser, "the spokesman" via Xinhua, partial quotes, analyst with "she said"
    (
'''Lin Mei-hua of the Democratic Progressive Party won a second term as Taiwan's president on Saturday with 57 percent of the vote, according to the Central Election Commission, the highest share for any candidate since direct presidential elections began in 1996.

"Tonight, 23 million people have told the world that our democracy is not for sale," Lin told an international news conference in Taipei. She called on Beijing to "respect the choice of the Taiwanese people" and to resume dialogue without preconditions.

Her main challenger, Kuomintang candidate Wu Chih-ming, the mayor of Kaohsiung, conceded defeat shortly after 9 p.m. "I congratulate the president on her victory, and I apologise to everyone who worked so hard for us," Wu told supporters. "We fought hard, but we did not fight well enough."

In Beijing, Zhu Wenhai, a spokesman for the Taiwan Affairs Office, said the result did not change the fact that "there is only one China in the world". The spokesman added, according to Xinhua, that Beijing would "resolutely oppose" any form of separatism.

Turnout was 74.9 percent, up from 66 percent in 2016, with many young Taiwanese travelling home from abroad to vote.

The Democratic Progressive Party also kept its majority in the 113-seat Legislative Yuan, winning 61 seats, according to the commission. The Kuomintang won 38, and several smaller parties, including one founded by the mayor of Taipei, won seats for the first time.

Joanna Hsu, a researcher at Academia Sinica, said the protests in Hong Kong had shaped the campaign. "Every night, voters saw on television what could happen to them. Six months ago, Lin was trailing badly in the polls," she said.''',
        [
            ("Tonight, 23 million people have told", "Lin Mei-hua"),
            ("respect the choice of the Taiwanese", "Lin Mei-hua"),
            ("I congratulate the president on her", "Wu Chih-ming"),
            ("We fought hard, but we did", "Wu Chih-ming"),
            ("there is only one China in", "Zhu Wenhai"),
            ("resolutely oppose", "Zhu Wenhai"),
            ("Every night, voters saw on television", "Joanna Hsu"),
        ],
    ),
    # 9 -- Israel third election: "the 70-year-old", two men in turn, "wrote on Twitter", "she warned"
    (
'''Israel's Central Elections Committee on Tuesday published near-final results from the country's third general election in less than a year, showing Prime Minister Avraham Shalev's Likud as the largest party but his right-wing bloc three seats short of a majority in the 120-member Knesset.

Shalev, speaking to cheering supporters in Tel Aviv in the early hours of Tuesday, called the result "a victory against all the odds". "They wrote us off, and the people gave their answer," the 70-year-old said.

His rival Yonatan Ben-Ami, leader of the centrist Blue and White alliance, told his supporters he would not join a government led by a prime minister facing criminal trial. "Tonight is not the night we hoped for," Ben-Ami said. "But we will not give up on the values we came into politics to defend."

The Joint List, an alliance of predominantly Arab parties, increased its representation to 15 seats, its best result. Its leader, Samir Haddad, wrote on Twitter that the result was "a clear answer to incitement".

Turnout was 71 percent, the highest since 1999, despite the opening of special polling stations for voters in coronavirus quarantine.

Tamar Levi, a political analyst at the Israel Democracy Institute, said the deadlock might not be broken. "Nobody should assume this is the last election," she warned.

Under Israeli law, the president will consult the parties next week before asking one of the candidates to try to form a government. If no coalition is formed within the legal deadlines, the country could face a fourth election later this year.''',
        [
            ("a victory against all the odds", "Avraham Shalev"),
            ("They wrote us off, and the", "Avraham Shalev"),
            ("Tonight is not the night we", "Yonatan Ben-Ami"),
            ("But we will not give up", "Yonatan Ben-Ami"),
            ("a clear answer to incitement", "Samir Haddad"),
            ("Nobody should assume this is the", "Tamar Levi"),
        ],
    ),
    # 10 -- Guinea referendum (curly): coalition statement, minister then "the minister", chained partial quotes, "according to ECOWAS", opposition leader to RFI
    (
'''Guineans voted on Sunday in a constitutional referendum and legislative elections boycotted by the main opposition parties, amid clashes in the capital Conakry that left at least ten people dead, according to a coalition of civil society groups.

The opposition says the new constitution is intended to allow the 82-year-old president, in power since 2010, to seek a third term.

The Citizens' Front for the Constitution, which organised months of protests against the referendum, said in a statement that security forces had fired live ammunition in several districts. “The blood of our young people is on the hands of those who forced this vote,” the statement said.

Minister of Territorial Administration Mamadou Sylla rejected the accusation. “The vote took place in calm across almost the entire country,” the minister told state broadcaster RTG, adding that the incidents were “isolated acts” by “people who want to prevent Guineans from expressing themselves”.

Voting was delayed in several districts of Conakry because of missing materials. In Ratoma, an opposition stronghold, many polling stations remained almost empty throughout the day, and young men set up barricades of burning tyres on the main road.

The African Union withdrew its observer mission days before the vote, after an audit found that some 2.5 million names on the electoral roll were “problematic”, according to the Economic Community of West African States.

Opposition leader Ibrahima Barry, head of the Union of Democratic Forces, told Radio France Internationale by telephone that the opposition would “never recognise” the results. “This is not a referendum, it is a masquerade,” he said.

The electoral commission said provisional results would be announced within a week.''',
        [
            ("The blood of our young people", "Citizens' Front for the Constitution"),
            ("The vote took place in calm", "Mamadou Sylla"),
            ("isolated acts", "Mamadou Sylla"),
            ("people who want to prevent Guineans", "Mamadou Sylla"),
            ("problematic", "Economic Community of West African States"),
            ("never recognise", "Ibrahima Barry"),
            ("This is not a referendum, it", "Ibrahima Barry"),
        ],
    ),
    # 11 -- South Korea legislative vote in pandemic: "said Name, a spokesman for", unnamed office worker, party leader resigns, woman analyst
    (
'''South Korea's ruling Democratic Party and its satellite party won 180 of the 300 seats in the National Assembly in Wednesday's legislative election, according to the National Election Commission, the largest majority for any party since the country's transition to democracy in 1987.

The vote went ahead despite the coronavirus pandemic, with voters required to wear masks and disposable plastic gloves and to keep a distance of one metre from each other in queues. Turnout reached 66.2 percent, the highest for a parliamentary election in 28 years.

"Our people have shown the world that democracy does not have to stop because of a virus," said Park Ji-hoon, a spokesman for the National Election Commission.

Voters with confirmed infections were allowed to vote by post or at special polling stations in treatment centres, while those in self-quarantine could vote after the polls closed to the general public. An office worker in Seoul's Mapo district said the precautions had added only a few minutes to the process. "The temperature check took longer than voting itself," he said with a laugh.

The conservative United Future Party won 103 seats. Its leader, Kim Dong-su, who lost his own race in central Seoul, resigned on Wednesday night. "I take responsibility for this result, and I am stepping down," Kim said at the party's headquarters, bowing to reporters. "The party needs new leadership to regain the trust of the people."

Political scientist Lee Soo-jin of Yonsei University said the government's handling of the outbreak had transformed its fortunes. "Two months ago, this election was a referendum on the economy," she told Wikinews. "The virus turned it into a referendum on competence."''',
        [
            ("Our people have shown the world", "Park Ji-hoon"),
            ("The temperature check took longer than", "~worker"),
            ("I take responsibility for this result", "Kim Dong-su"),
            ("The party needs new leadership to", "Kim Dong-su"),
            ("Two months ago, this election was", "Lee Soo-jin"),
            ("The virus turned it into a", "Lee Soo-jin"),
        ],
    ),
    # 12 -- Kyrgyzstan annulled vote: commission statement, opposition figure after quote, Kremlin + named spokesman, unnamed protester
    (
'''Kyrgyzstan's Central Election Commission on Tuesday annulled the results of Sunday's parliamentary election, after a night of protests in which demonstrators seized government buildings in the capital, Bishkek, and freed several jailed politicians.

"In view of the situation in the country, the commission has decided to declare the results of the vote invalid," the commission said in a statement published on its website.

Only four of the 16 parties contesting the election had passed the seven percent threshold, three of them closely associated with the president. Opposition parties had accused pro-government parties of buying votes on a massive scale.

"People were offered 2,000 som for a vote, and in some villages they were taken to the polls by bus," said Aibek Osmonov, a leader of the opposition Reforma party, which failed to enter parliament.

One person was killed and nearly 700 were injured in clashes between protesters and police on Monday night, according to the health ministry.

The Kremlin said it was "concerned" by the unrest in a country where Russia maintains a military air base. Kremlin spokesman Pavel Ryabov told reporters in Moscow that Russia hoped "the situation will be stabilised as soon as possible" and that all sides would act within the law.

A protester in his twenties who had spent the night outside the building known as the White House, which houses parliament and the presidential administration, said he had travelled from the southern city of Osh. "We are tired of the same families deciding everything," he told Wikinews.''',
        [
            ("In view of the situation in", "Central Election Commission"),
            ("People were offered 2,000 som for", "Aibek Osmonov"),
            ("concerned", "Kremlin"),
            ("the situation will be stabilised as", "Pavel Ryabov"),
            ("We are tired of the same", "~protester"),
        ],
    ),
    # 13 -- Algeria presidential (curly, curly apostrophes): commission chair, winner "he told reporters", leaflet with unknown authors (None), unnamed engineer, French ministry statement
    (
'''Algerians elected former prime minister Abdelhamid Saadi as president on Thursday in a vote rejected by the protest movement that forced his predecessor from office in April, according to results announced on Friday by the National Independent Election Authority (ANIE).

Saadi won 58 percent of the vote in the first round. Turnout was 39.9 percent, the lowest in any presidential election since independence in 1962.

“The Algerian people have chosen their president in a transparent election,” ANIE chairman Karim Benaissa said at a news conference in Algiers, which was broadcast live on state television.

Saadi, 74, offered to talk to the protesters. “I extend my hand to the Hirak, to open a serious dialogue,” he told reporters, using the Arabic name for the movement. “There is no place for revenge.”

In central Algiers, tens of thousands marched for the 43rd consecutive Friday, many of them chanting against the new president. A leaflet circulated widely on social media, whose authors were not identified, called on Algerians to “reject the president of the generals”.

A 27-year-old engineer, who asked that his name not be published, said he had not voted. “They changed the face, but the system is the same. We’ll be back next Friday, and the Friday after that,” he said.

France, the former colonial power, was cautious. The French Ministry for Europe and Foreign Affairs said in a statement that it had “taken note” of the result and hoped for a dialogue between the authorities and the population.

Saadi is due to be sworn in next week. He served briefly as prime minister in 2017, but was dismissed after less than three months in office.''',
        [
            ("The Algerian people have chosen their", "Karim Benaissa"),
            ("I extend my hand to the", "Abdelhamid Saadi"),
            ("There is no place for revenge", "Abdelhamid Saadi"),
            ("reject the president of the generals", None),
            ("They changed the face, but the", "~engineer"),
            ("taken note", "French Ministry for Europe and Foreign Affairs"),
        ],
    ),
    # 14 -- Poland postponed postal vote: party statement, candidate partial then full quote to TVN24, commission chairman, postal operator spokesman ("the spokesman said"), OSCE office
    (
'''Poland's presidential election, scheduled for Sunday, will not take place, after the leaders of the two parties in the governing coalition agreed late on Wednesday to abandon plans for an all-postal vote during the coronavirus pandemic.

"After May 10, the Supreme Court will declare the election invalid, and the speaker of the Sejm will announce a new date as soon as possible," the governing Law and Justice party said in a statement issued just before midnight.

Opposition candidate Małgorzata Nowicka of the Civic Coalition called the arrangement "a farce". "For weeks we have been told that an election in a pandemic is safe, and now, four days before the vote, it is cancelled by two men in an office," she told the broadcaster TVN24.

The State Electoral Commission said it could not organise the vote. "The commission cannot organise an election without a legal basis," its chairman, Tomasz Zieliński, told reporters, explaining that the law handing responsibility for the vote to the postal service had only been passed by parliament on Wednesday.

Voters in several regions had already received ballot packages. A spokesman for the state postal operator Poczta Polska said they could be collected again. "Our staff are ready to collect the packages if that is the decision," the spokesman said.

The OSCE Office for Democratic Institutions and Human Rights had warned in April that an all-postal vote organised at such short notice "may not meet international standards".

Under the constitution, a new election must be held within 60 days of the speaker's announcement. Polls suggest the incumbent, whose term ends in August, remains the favourite, although his lead has narrowed in recent weeks.''',
        [
            ("After May 10, the Supreme Court", "Law and Justice"),
            ("a farce", "Małgorzata Nowicka"),
            ("For weeks we have been told", "Małgorzata Nowicka"),
            ("The commission cannot organise an election", "Tomasz Zieliński"),
            ("Our staff are ready to collect", "Poczta Polska"),
            ("may not meet international standards", "OSCE Office for Democratic Institutions and Human Rights"),
        ],
    ),
    # 15 -- Nagorno-Karabakh truce talks (curly): "the minister", two foreign ministers in turn, via Azertac, spokeswoman "wrote on Facebook", said-Name after quote
    (
'''The foreign ministers of Armenia and Azerbaijan agreed early on Saturday to a humanitarian ceasefire in the Nagorno-Karabakh conflict, after more than ten hours of talks in Moscow hosted by Russia.

Reading a joint statement to reporters shortly after 3 a.m., Russian Foreign Minister Sergei Volkov said the truce would take effect at noon “for humanitarian purposes, to exchange prisoners and the bodies of the dead”. The minister said the details would be agreed with the mediation of the International Committee of the Red Cross.

“Armenia has always been ready for a ceasefire,” Armenian Foreign Minister Armen Sargsyan told the Armenian public broadcaster after returning to Yerevan. “The question is whether the other side will respect it.”

His Azerbaijani counterpart, Elnur Mammadov, said Baku had agreed to the truce as a temporary measure. “The ceasefire is humanitarian, and it does not change our position that the occupied territories must be returned,” Mammadov said, according to the state news agency Azertac.

Within hours, both sides accused each other of violating the truce. Azerbaijan's defence ministry said Armenian forces had shelled the town of Tartar, while Armenian defence ministry spokeswoman Shushan Hakobyan wrote on Facebook that Azerbaijani troops had launched an attack “in the direction of Hadrut” minutes after the ceasefire began.

“We stand ready to act as a neutral intermediary, but we need the parties to agree on the details,” said Pascal Moreau, regional director for Europe and Central Asia at the ICRC.

The fighting, which began on 27 September, has killed hundreds of people, including dozens of civilians, according to figures released by both sides.''',
        [
            ("for humanitarian purposes, to exchange prisoners", "Sergei Volkov"),
            ("Armenia has always been ready for", "Armen Sargsyan"),
            ("The question is whether the other", "Armen Sargsyan"),
            ("The ceasefire is humanitarian, and it", "Elnur Mammadov"),
            ("in the direction of Hadrut", "Shushan Hakobyan"),
            ("We stand ready to act as", "Pascal Moreau"),
        ],
    ),
    # 16 -- Guyana recount: bloc statement ("the regional bloc"), commission chairwoman, candidate "said Name", coalition spokesman "insisted", embassy tweet
    (
'''A team of observers from the Caribbean Community (CARICOM) arrived in Georgetown on Sunday to scrutinise a recount of every ballot cast in Guyana's disputed March 2 general election, more than three months after the vote.

The regional bloc said in a statement that its three-member team would "be present for the entire process" and report directly to the chair of CARICOM.

The Guyana Elections Commission (GECOM) expects the recount to take 25 days. "The recount will be done in full view of the parties and the observers, and it will be done once," commission chairwoman Rosalind Persaud told reporters.

The dispute centres on the declaration for Region Four, the country's most populous electoral district, where the opposition says the returning officer inflated the governing coalition's total. "We have said from the beginning that the declaration for Region Four was fraudulent," said Vikram Ramdass, presidential candidate of the opposition People's Progressive Party. "The recount will show what really happened."

A spokesman for the governing coalition, Keith Adams, insisted it had won. "We won this election fairly, and we have nothing to fear from a recount," Adams said.

The United States Embassy in Georgetown wrote on Twitter that it welcomed "this important step toward a credible result". The election is being closely watched abroad because Guyana began producing oil in December, and its economy is forecast to be among the fastest-growing in the world.

The recount will take place at a conference centre in Georgetown under strict health measures because of the coronavirus pandemic, with only a limited number of party agents allowed at each counting station.''',
        [
            ("be present for the entire process", "Caribbean Community"),
            ("The recount will be done in", "Rosalind Persaud"),
            ("We have said from the beginning", "Vikram Ramdass"),
            ("The recount will show what really", "Vikram Ramdass"),
            ("We won this election fairly, and", "Keith Adams"),
            ("this important step toward a credible", "United States Embassy in Georgetown"),
        ],
    ),
    # 17 -- Iran parliamentary vote: minister, unnamed supreme leader via IRNA (~leader), Tasnim, partial then "he told" in next paragraph, "he continued"
    (
'''Iran's Interior Ministry said on Sunday that turnout in Friday's parliamentary election was 42.6 percent, the lowest since the 1979 revolution, after thousands of would-be candidates, most of them reformists, were disqualified and amid fears over the coronavirus.

"Considering the conditions, this turnout is acceptable," Interior Minister Mostafa Rahimi said at a news conference broadcast on state television.

Iran's supreme leader blamed foreign media, saying they had used the coronavirus outbreak as an "excuse" to discourage people from voting, according to the official IRNA news agency.

Conservatives won at least 221 of the 290 seats. In Tehran, all 30 seats went to a list headed by former city mayor Hossein Karimi. "The message of this election is that people want a parliament that works for them, not for foreign negotiations," Karimi told the Tasnim news agency.

Ali Moradi, a former reformist lawmaker who was barred from standing, said the low turnout was "a message the system cannot ignore".

"When you disqualify everyone people might vote for, you should not be surprised when they stay home," he told Wikinews by telephone from Tehran. "The people did not boycott the election," he continued. "The election boycotted the people."

Several provinces, including Qom, where the first infections were confirmed last week, recorded turnout well below the national average.

The new parliament is due to convene in late May. Its members serve four-year terms, and all candidates must first be approved by the Guardian Council, an unelected body of clerics and jurists. A runoff will be held in April for seats where no candidate won at least a fifth of the vote.''',
        [
            ("Considering the conditions, this turnout is", "Mostafa Rahimi"),
            ("excuse", "~leader"),
            ("The message of this election is", "Hossein Karimi"),
            ("a message the system cannot ignore", "Ali Moradi"),
            ("When you disqualify everyone people might", "Ali Moradi"),
            ("The people did not boycott the", "Ali Moradi"),
            ("The election boycotted the people", "Ali Moradi"),
        ],
    ),
    # 18 -- Myanmar general election (curly): party spokesperson to Reuters, military-backed party statement partials, NGO, commission chairman, unnamed woman by phone
    (
'''Myanmar's ruling National League for Democracy (NLD) won enough seats in the 8 November general election to form the next government, the Union Election Commission (UEC) announced on Friday, although counting continued in several constituencies.

“The people have given us a clear mandate, and we thank them,” NLD spokesperson Kyaw Zin Htet told Reuters. “We will seek to work with the ethnic parties to build a democratic federal union.”

The military-backed Union Solidarity and Development Party (USDP) said it would not accept the result and called for a new election “with the involvement of the military”. In a statement, the party said “widespread irregularities” had affected the vote in many constituencies.

The UEC cancelled voting in parts of Rakhine, Shan, Kachin and other states, citing security concerns, leaving an estimated 1.5 million people unable to vote. “Disenfranchising more than a million people, most of them from ethnic minorities, is not a technicality,” said Sarah Whitcombe, deputy director of the advocacy group Asia Rights Monitor.

“The commission has acted in accordance with the law, based on security reports from the relevant authorities,” UEC chairman Than Tun Aung told reporters in Naypyidaw.

A Rakhine woman in Sittwe, whose township was among those where voting was cancelled, said she felt excluded. “We were not even allowed to vote, so how can this government represent us?” she said, speaking by telephone.

The NLD won a landslide in 2015, in the first openly contested election after decades of military rule. Under the constitution drafted by the military, a quarter of the seats in parliament remain reserved for serving officers.''',
        [
            ("The people have given us a", "Kyaw Zin Htet"),
            ("We will seek to work with", "Kyaw Zin Htet"),
            ("with the involvement of the military", "Union Solidarity and Development Party"),
            ("widespread irregularities", "Union Solidarity and Development Party"),
            ("Disenfranchising more than a million people", "Sarah Whitcombe"),
            ("The commission has acted in accordance", "Than Tun Aung"),
            ("We were not even allowed to", "~woman"),
        ],
    ),
    # 19 -- North Macedonia early election: split quote with cue in the middle, two men in turn, "explained", analyst after quote
    (
'''North Macedonia's ruling Social Democrats narrowly won Wednesday's early parliamentary election, the State Election Commission said on Thursday, taking 46 seats in the 120-member assembly against 44 for the nationalist opposition VMRO-DPMNE.

"Tonight is a victory for a European North Macedonia," Social Democrat leader Goran Petrovski told supporters in Skopje after midnight, "and the work starts tomorrow morning."

Opposition leader Nikola Trajkov declined to concede. "The result is too close to give anyone a mandate," Trajkov said. "We will wait for the final count and for the decisions on complaints."

The commission's website crashed for several hours on election night in what officials described as a cyberattack. "The results are safe. What was attacked was the website, not the counting system," commission president Aleksandar Jovanov explained.

The election, originally planned for April, was postponed because of the coronavirus pandemic. It was the first since the country changed its name under an agreement with Greece and joined NATO in March.

"The name deal opened the door to NATO, but voters are now asking what else it delivered," said Ana Stojanova, an analyst at a Skopje think tank.

Coalition talks are expected to begin next week, with the ethnic Albanian parties likely to decide which of the two main blocs forms the government.

Turnout was 51 percent, down from 67 percent in 2016. Voters who were infected with the coronavirus or in self-isolation were able to vote at home on Tuesday, a day ahead of the general public. Observers from the OSCE said the vote had been well run despite the difficult circumstances.''',
        [
            ("Tonight is a victory for a", "Goran Petrovski"),
            ("and the work starts tomorrow morning", "Goran Petrovski"),
            ("The result is too close to", "Nikola Trajkov"),
            ("We will wait for the final", "Nikola Trajkov"),
            ("The results are safe. What was", "Aleksandar Jovanov"),
            ("The name deal opened the door", "Ana Stojanova"),
        ],
    ),
    # 20 -- Argentina presidential: winner, loser with partial, unnamed trader ("the trader said"), economist
    (
'''Centre-left candidate Martín Ibarra won Argentina's presidential election on Sunday in the first round, with 48 percent of the vote against 40 percent for the incumbent, Ricardo Salvatierra, according to provisional results from the National Electoral Directorate.

"We are going to build the Argentina we deserve, one where nobody goes to bed hungry," Ibarra told thousands of supporters at his campaign headquarters in Buenos Aires.

Salvatierra conceded within an hour of the first results. "I called the president-elect to congratulate him, and I told him he can count on us for an orderly transition," Salvatierra said. He promised that his coalition would be "a firm but responsible opposition".

The peso has lost more than a third of its value since primary elections in August, when Ibarra's unexpectedly large lead triggered a market sell-off. In the financial district of Buenos Aires, a currency trader said investors were nervous. "Everyone is waiting to see who he appoints as economy minister," the trader said.

Carla Benítez, chief economist at the consultancy Análisis Sur, said the new government faced a difficult start. "The new government will inherit inflation above 50 percent and debt it cannot pay on the current terms," she told Wikinews. "There is no honeymoon in that scenario."

Ibarra will take office on 10 December. His running mate, a former president, is expected to play a central role in the new administration and will preside over the Senate. Congress was also partly renewed on Sunday, and neither of the main coalitions will hold a majority in the lower house.''',
        [
            ("We are going to build the", "Martín Ibarra"),
            ("I called the president-elect to congratulate", "Ricardo Salvatierra"),
            ("a firm but responsible opposition", "Ricardo Salvatierra"),
            ("Everyone is waiting to see who", "~trader"),
            ("The new government will inherit inflation", "Carla Benítez"),
            ("There is no honeymoon in that", "Carla Benítez"),
        ],
    ),
    # 21 -- Nigeria postponement (curly): commission chairman, party statement, candidate partial in same sentence, EU chief observer, unnamed trader "she asked"
    (
'''Nigeria's Independent National Electoral Commission (INEC) postponed the country's presidential and National Assembly elections by one week, just five hours before polls were due to open on Saturday, citing problems in delivering materials.

“After careful review, the commission has concluded that it cannot hold the elections today as planned,” INEC chairman Ahmed Bello told a news conference in Abuja at around 3 a.m. “We regret the inconvenience, but we will not conduct an election that falls short of our standards.”

The commission said the elections would now be held on 23 February, with governorship and state assembly polls moved to 9 March. Observers said ballot papers had arrived in some states only on Friday, and that a fire had destroyed smart card readers in Anambra state earlier in the week.

The two main parties both condemned the delay and accused each other of being behind it. The governing All Progressives Congress said in a statement that the postponement was “extremely unfortunate”, while the candidate of the opposition Peoples Democratic Party, Chukwuemeka Obi, described it as “an assault on democracy”.

Helena Novak, the chief observer of the European Union election observation mission, urged calm. “We call on all stakeholders to remain calm and to keep faith with the process,” she said.

Millions of Nigerians had travelled to their home towns to vote. A trader who had come from Lagos to Anambra state said she could not afford to make the journey again. “I spent all my money on transport. Now they say come back next week. Who will pay?” she asked.''',
        [
            ("After careful review, the commission has", "Ahmed Bello"),
            ("We regret the inconvenience, but we", "Ahmed Bello"),
            ("extremely unfortunate", "All Progressives Congress"),
            ("an assault on democracy", "Chukwuemeka Obi"),
            ("We call on all stakeholders to", "Helena Novak"),
            ("I spent all my money on", "~trader"),
        ],
    ),
    # 22 -- Serbia-Kosovo White House deal: leaders in turn, "posted on Facebook" / "he wrote", envoy partial then full, Palestinian ministry
    (
'''Serbia and Kosovo signed separate commitments on economic normalisation at the White House on Friday, agreeing to cooperate on road and rail links and to open their markets to each other's goods, in a deal brokered by the United States.

Serbian President Dragan Milić and Kosovo Prime Minister Arben Krasniqi signed the documents in the Oval Office, but did not sign a joint text, and neither side changed its position on Kosovo's independence, which Serbia does not recognise.

"This is a big step forward, although we still have a lot of disagreements," Milić told the Serbian state broadcaster RTS after the ceremony.

Krasniqi described the agreement as "historic" and posted on Facebook that Kosovo had secured mutual recognition with Israel. "Kosovo is closer than ever to its place among the nations of the world," he wrote.

Richard Fenwick, the US envoy who led the talks, told reporters the deal "focused on jobs, not on politics". "When people have jobs and their children see a future, old disputes become less important," Fenwick said.

Serbia also committed to moving its embassy in Israel to Jerusalem by July next year. The Palestinian Ministry of Foreign Affairs condemned the decision as "a flagrant violation of international law".

The European Union, which has mediated between Belgrade and Pristina since 2011, is due to host the two leaders in Brussels on Monday.

The Washington talks had been postponed once, in June, after a prosecutor in The Hague filed war crimes charges against a senior Kosovo politician, who denies them.''',
        [
            ("This is a big step forward", "Dragan Milić"),
            ("historic", "Arben Krasniqi"),
            ("Kosovo is closer than ever to", "Arben Krasniqi"),
            ("focused on jobs, not on politics", "Richard Fenwick"),
            ("When people have jobs and their", "Richard Fenwick"),
            ("a flagrant violation of international law", "Palestinian Ministry of Foreign Affairs"),
        ],
    ),
    # 23 -- Indonesia poll-worker deaths: quote running over two paragraphs (straight quotes), minister partial, unnamed widow, "says" present tense
    (
'''More than 270 election workers in Indonesia have died, mostly from illnesses linked to overwork, since the country held its first simultaneous presidential, parliamentary and regional elections on 17 April, the General Elections Commission (KPU) said on Saturday.

"They worked for more than 24 hours without rest, counting five ballot papers for every voter," KPU spokesman Arief Setiawan told the Jakarta Post. "Many of them were not young, and some were already sick when they started.

"We are deeply saddened, and the families of those who died will receive compensation from the state."

Health Minister Dewi Kartika said the ministry was examining the deaths, and that many of those who died had "pre-existing conditions such as heart disease and hypertension".

The widow of a polling station chairman in Bekasi, outside Jakarta, who died two days after the vote, told Wikinews that her husband had barely slept for three days. "He came home at dawn, slept for an hour, and went back to deliver the ballot boxes," she said. "He never complained."

Some 190 million people were eligible to vote for the president, national and regional legislators and senators at more than 800,000 polling stations.

Bima Prasetyo, a researcher at the Association for Elections and Democracy, says the system must change. "Holding five elections on one day saved money, but the cost was paid by the lowest-level workers," he said. He says parliament should amend the election law well before the next vote in 2024.

The official results of the presidential vote are due to be announced on 22 May. Both candidates have claimed victory on the basis of counts by their own campaigns.''',
        [
            ("They worked for more than 24", "Arief Setiawan"),
            ("Many of them were not young", "Arief Setiawan"),
            ("pre-existing conditions such as heart disease", "Dewi Kartika"),
            ("He came home at dawn, slept", "~widow"),
            ("He never complained", "~widow"),
            ("Holding five elections on one day", "Bima Prasetyo"),
        ],
    ),
    # 24 -- Russia constitutional vote (curly): commission chair then "she said" partial, monitoring group partial + co-chair, Kremlin spokesman
    (
'''Russia's Central Election Commission said on Thursday that 77.9 percent of voters had approved a package of amendments to the constitution, including one that would allow the president to seek two more six-year terms.

Turnout was 65 percent, the commission said, after a week of voting that was extended to reduce crowding during the coronavirus pandemic. Polling stations were set up in courtyards, on park benches and in the boots of cars, according to photographs widely shared on social media, and voters in Moscow and Nizhny Novgorod were able to vote online. Critics said the format made independent monitoring almost impossible.

“The vote was legitimate and transparent,” commission chair Yelena Ostrovskaya told a meeting of the commission broadcast on state television. She said the commission had received “no complaints capable of casting doubt on the result”.

Vybor, an independent election-monitoring group, said it had recorded “unprecedented” pressure on voters, including public sector workers who were told to send photographs of their ballots to their managers. “We have never seen such a large number of reports of coercion by employers,” the group's co-chair, Grigory Melnikov, told Wikinews.

Kremlin spokesman Dmitri Sokolov told reporters that the result was “a convincing expression of the people's will”.

Several hundred people gathered on Pushkin Square in central Moscow on Wednesday evening to protest against the amendments. Police watched but did not intervene.

The amendments also define marriage as a union between a man and a woman, give the constitution priority over international law, and guarantee that pensions will be adjusted for inflation every year. They will come into force on 4 July.''',
        [
            ("The vote was legitimate and transparent", "Yelena Ostrovskaya"),
            ("no complaints capable of casting doubt", "Yelena Ostrovskaya"),
            ("unprecedented", "Vybor"),
            ("We have never seen such a", "Grigory Melnikov"),
            ("a convincing expression of the people's", "Dmitri Sokolov"),
        ],
    ),
    # 25 -- Tanzania general election: quote split around cue with full name, commission chairman "he said", embassy statement partial, party spokeswoman to BBC, unnamed driver
    (
'''Tanzania's main opposition candidate on Saturday rejected the official results of Wednesday's general election, after the National Electoral Commission declared the incumbent president re-elected with 84 percent of the vote.

"What happened on 28 October was not an election," Joseph Mwakyusa of the Chadema party told reporters in Dar es Salaam. "It was a robbery carried out in broad daylight, and the whole world saw it."

Mwakyusa, who returned in July from three years of exile in Belgium, called for peaceful demonstrations from Monday. Police said any protest would be treated as unlawful.

Commission chairman Hamisi Mfinanga dismissed the allegations when announcing the results in Dodoma. "The commission has received no formal complaint backed by evidence," he said.

The US Embassy in Dar es Salaam said in a statement that the conduct of the vote had "fallen short of Tanzania's own democratic traditions", citing reports of pre-ticked ballots, the arrest of opposition candidates and restrictions on the internet.

The governing party, Chama Cha Mapinduzi, rejected the criticism. "Tanzanians have spoken clearly. The opposition should accept defeat like sportsmen," party spokeswoman Neema Kisanga told the BBC.

In Dar es Salaam, where the streets were calm on Saturday, a motorcycle taxi driver said he would not join any protest. "I have children to feed," he said.

The president, first elected in 2015, has won praise from supporters for his campaign against corruption and for large infrastructure projects, but critics accuse his government of restricting the media and banning opposition rallies. In the semi-autonomous islands of Zanzibar, where a separate presidential vote was held, at least nine people were killed by police on the eve of polling, according to the opposition.''',
        [
            ("What happened on 28 October was", "Joseph Mwakyusa"),
            ("It was a robbery carried out", "Joseph Mwakyusa"),
            ("The commission has received no formal", "Hamisi Mfinanga"),
            ("fallen short of Tanzania's own democratic", "US Embassy in Dar es Salaam"),
            ("Tanzanians have spoken clearly. The opposition", "Neema Kisanga"),
            ("I have children to feed", "~driver"),
        ],
    ),
    # 26 -- Peru snap congress vote: office head, party leader to Canal N ("its leader"), two analysts of different gender in turn ("Her colleague")
    (
'''Peruvians elected a new and highly fragmented Congress on Sunday, four months after the president dissolved the previous legislature in a dispute over appointments to the Constitutional Court.

With 90 percent of the votes counted, the National Office of Electoral Processes (ONPE) said nine parties were on course to clear the five percent threshold for seats, and that none had won more than 11 percent of the vote.

"The count is progressing normally, and we expect to finish within the week," ONPE head Manuel Cárdenas told reporters in Lima.

The biggest surprise was the Union for Peruvian Renewal, a party closely linked to an evangelical farming movement, which finished among the top three. "We are farmers, teachers and workers. We did not come to fight; we came to work," its leader, Teodoro Huamán, told the television channel Canal N.

Popular Force, the party that controlled the dissolved Congress, fell to around seven percent, from 36 percent in 2016.

Alicia Paredes, a political scientist at the Pontifical Catholic University of Peru, said the result was a verdict on the old legislature. "Voters punished the parties that obstructed the previous government, and rewarded anyone who looked new," she said.

Her colleague Jorge Villanueva agreed, but warned that the new Congress would sit for only 18 months, until the end of the current term in July 2021. "Nobody can build a career in a year and a half, so expect a lot of populist bills," he said.

The new legislators will be sworn in once the results have been certified by the National Jury of Elections, which is expected to take several weeks.''',
        [
            ("The count is progressing normally, and", "Manuel Cárdenas"),
            ("We are farmers, teachers and workers", "Teodoro Huamán"),
            ("Voters punished the parties that obstructed", "Alicia Paredes"),
            ("Nobody can build a career in", "Jorge Villanueva"),
        ],
    ),
    # 27 -- Moldova runoff (curly): winner video address, loser partial, unnamed diaspora worker partial, Romanian ministry "what it called"
    (
'''Pro-European former prime minister Ana Ciobanu won Moldova's presidential runoff on Sunday with 57.7 percent of the vote, defeating the Moscow-friendly incumbent, Vasile Rusu, according to preliminary results from the Central Electoral Commission.

“Today you have shown that you have the power to change things,” Ciobanu said in a video address to supporters shortly after midnight. “I will be the president of all citizens, including those who did not vote for me.”

Rusu, 45, initially declined to concede, telling a news conference on Monday that there had been “gross violations” at polling stations abroad. He later congratulated his opponent.

A record number of Moldovans living abroad, more than 260,000, took part in the runoff. In Bucharest, a 31-year-old construction worker who had queued outside the Moldovan embassy since early morning said he had voted “for my parents, who are still there”.

Ciobanu, an economist who once worked as an adviser at the World Bank, campaigned on a promise to fight corruption and to recover about $1 billion stolen from three Moldovan banks in 2014.

The Romanian Ministry of Foreign Affairs welcomed what it called “the clear choice of Moldovan citizens for a European path”.

Moldova, one of the poorest countries in Europe, has for years been divided between supporters of closer ties with the European Union and those who favour Russia.

Turnout in the runoff was 52.8 percent. The president of Moldova has limited powers, and the government is chosen by parliament, where the incumbent's party and its allies hold a majority. Ciobanu has called for early parliamentary elections next year.''',
        [
            ("Today you have shown that you", "Ana Ciobanu"),
            ("I will be the president of", "Ana Ciobanu"),
            ("gross violations", "Vasile Rusu"),
            ("for my parents, who are still", "~worker"),
            ("the clear choice of Moldovan citizens", "Romanian Ministry of Foreign Affairs"),
        ],
    ),
    # 28 -- Tigray regional vote: party deputy chairman, parliament chamber ruling, spokeswoman introduced before quote, unnamed lecturer
    (
'''Voters in Ethiopia's northern Tigray region went to the polls on Wednesday in a regional election that the federal government has declared illegal, deepening a standoff between Addis Ababa and the region's ruling party.

The Tigray People's Liberation Front (TPLF) went ahead with the vote after the National Election Board of Ethiopia postponed national and regional elections because of the coronavirus pandemic, extending the terms of federal and regional officials beyond their expiry next month.

"We are exercising a right guaranteed by the constitution, and no one can take it away from us," TPLF deputy chairman Gebremedhin Tesfay told a rally in the regional capital, Mekelle, on the eve of the vote.

The House of Federation, the upper chamber of the federal parliament, ruled last week that the vote was "null and void", and the election board said it would not recognise the result.

Selam Abebe, a spokeswoman for the prime minister's office, said on Thursday that the federal government had no plans to intervene by force. "The federal government will not send troops over an illegal election. Its result simply has no legal effect," she told reporters in Addis Ababa.

Some 2.7 million people were registered to vote, according to the regional election commission set up by the Tigray government. Long queues formed outside polling stations in Mekelle from early morning.

A university lecturer waiting to vote in the city said he had no wish to break away from Ethiopia. "We are not voting against Ethiopia. We are voting for the right to choose," he said.''',
        [
            ("We are exercising a right guaranteed", "Gebremedhin Tesfay"),
            ("null and void", "House of Federation"),
            ("The federal government will not send", "Selam Abebe"),
            ("We are not voting against Ethiopia", "~lecturer"),
        ],
    ),
    # 29 -- Thailand general election: Thai given-name reference ("Somchai said"), asked + partial, party leader partial, party spokesperson ("the spokesperson said"), observer network statement, unnamed first-time voter
    (
'''Thailand's Election Commission on Monday delayed the release of full results from Sunday's general election, the first since a military coup in 2014, prompting accusations from opposition parties that the count was being manipulated.

"We are not delaying anything. The commission needs time to check every figure before we announce it," Election Commission secretary-general Somchai Rattanakorn told reporters in Bangkok. Asked when the results would be published, Somchai said only that it would be "within the legal deadline".

Preliminary figures showed the pro-military Palang Pracharat party winning the largest share of the popular vote, while the Pheu Thai party, allied with a former prime minister living in exile, was expected to win the most seats in the 500-member House of Representatives.

Wiroj Chaiyaporn, leader of the new Future Forward party, which performed strongly among young voters, said that discrepancies between turnout figures and the number of ballots counted "raise questions about the credibility of the whole process".

A spokesperson for the Pheu Thai party said it would try to form a coalition. "We will work with every party that opposes the continuation of military rule," the spokesperson said.

The Asian Electoral Observers Network, which deployed observers in 12 provinces, was critical of the rules under which the vote was held. "The electoral framework was designed to favour those already in power," the network said in its preliminary statement.

In Bangkok's Din Daeng district, a 19-year-old first-time voter said she had waited years for the chance. "I have wanted to vote since I was fourteen," she said.''',
        [
            ("We are not delaying anything. The", "Somchai Rattanakorn"),
            ("within the legal deadline", "Somchai Rattanakorn"),
            ("raise questions about the credibility of", "Wiroj Chaiyaporn"),
            ("We will work with every party", "Pheu Thai"),
            ("The electoral framework was designed to", "Asian Electoral Observers Network"),
            ("I have wanted to vote since", "~voter"),
        ],
    ),
    # 30 -- US-Taliban agreement in Doha (curly): envoy full quote then "he said" partial, negotiator to Al Jazeera, government statement partial, Qatari ministry, unnamed activist
    (
'''The United States and the Taliban signed an agreement in Doha on Saturday that sets out a timetable for the withdrawal of all foreign troops from Afghanistan within 14 months, in return for security guarantees from the insurgent group.

“Today is a day of hope, but the hard work begins now,” US special envoy Daniel Whitmore told reporters after the signing ceremony at a hotel in the Qatari capital. The deal, he said, was “not a peace agreement, but an agreement to begin talks about peace”.

Under the agreement, the Taliban commit to preventing any group, including al-Qaeda, from using Afghan territory to threaten the security of the United States and its allies.

Taliban negotiator Abdul Rahman Zahid told Al Jazeera that the group would keep its side of the bargain. “We will abide by the agreement as long as the other side does,” he said.

The Afghan government, which was not a party to the deal, said in a statement that the release of up to 5,000 Taliban prisoners, mentioned in the text, “could only be decided by the government of Afghanistan” as part of negotiations between Afghans.

The Qatari Ministry of Foreign Affairs said it hoped the agreement would “pave the way for a comprehensive and lasting peace”.

In Kabul, a women's rights activist who asked not to be named for security reasons said she feared the gains of the past two decades could be lost. “Nobody asked Afghan women what they want from this peace,” she told Wikinews by telephone.''',
        [
            ("Today is a day of hope", "Daniel Whitmore"),
            ("not a peace agreement, but an", "Daniel Whitmore"),
            ("We will abide by the agreement", "Abdul Rahman Zahid"),
            ("could only be decided by the", "Afghan government"),
            ("pave the way for a comprehensive", "Qatari Ministry of Foreign Affairs"),
            ("Nobody asked Afghan women what they", "~activist"),
        ],
    ),
]
# fmt: on
