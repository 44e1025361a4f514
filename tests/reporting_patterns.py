"""Common ways news reports speech, written for the offline rules' tests (not gold).

They were written from how news reporting usually attributes speech, while the rules were made,
never from the summarizer's output. A speaker case is a short text and the speakers of its
quotes in order ("A|B", or one name for all of them); an attribution case is a context, one
sentence after it, and the source every attribution of that sentence must name ("A|B": each of
them, and no other). A name matches when it contains the expected word.
"""

from __future__ import annotations

SPEAKER_CASES: list[tuple[str, str]] = [
    ('Mayor Ann Lee of Springfield, Illinois said: "The bridge will reopen in May."', "Ann Lee"),
    (
        'Senator John Smith spoke on Monday. "We will not back down," Smith said, a spokesman for the party.',
        "Smith",
    ),
    (
        'The company faces a lawsuit. "We will fight this," the company\'s chief executive, Maria Lopez, said.',
        "Maria Lopez",
    ),
    ('Maria Lopez, who chairs the committee, said: "We will not back down."', "Maria Lopez"),
    (
        'In a statement, the Foreign Ministry said: "We reject these claims entirely."',
        "Foreign Ministry",
    ),
    ('"We reject these claims entirely," according to Maria Lopez.', "Maria Lopez"),
    ('John Smith\'s spokeswoman, Jane Doe, said "the senator is resting at home".', "Jane Doe"),
    (
        'John Smith was arrested on Monday. "He is innocent," said Smith\'s lawyer.',
        "Smith's lawyer",
    ),
    ('Asked about the budget, Maria Lopez said: "We will cut nothing."', "Maria Lopez"),
    ('"Is this the end?" asked Maria Lopez.', "Maria Lopez"),
    ('John Smith backed the plan. Maria Lopez disagreed: "This plan will fail."', "Maria Lopez"),
    ('John Smith backed the plan. Maria Lopez objected: "This plan will fail."', "Maria Lopez"),
    (
        'John Smith backed the plan. But Maria Lopez was unconvinced. "This plan will fail," she said.',
        "Maria Lopez",
    ),
    ('"This plan will fail," Lopez, 54, said.', "Lopez"),
    (
        '"This plan will fail," Maria Lopez, the mayor of Springfield, told reporters.',
        "Maria Lopez",
    ),
    (
        '"This plan will fail," the mayor of Springfield, Maria Lopez, told reporters.',
        "Maria Lopez",
    ),
    ('Maria Lopez wrote on Twitter: "This plan will fail."', "Maria Lopez"),
    ('"This plan will fail." That was the verdict of Maria Lopez, the mayor.', "Maria Lopez"),
    (
        'Maria Lopez, the mayor, and John Smith, her deputy, met. "This plan will fail," the deputy said.',
        "John Smith",
    ),
    ('John Smith met Maria Lopez. "This plan will fail," Lopez warned Smith.', "Maria Lopez"),
    ('"This plan will fail," Lopez insisted in an interview with the BBC.', "Lopez"),
    (
        'Maria Lopez responded to John Smith\'s remarks, saying "this plan will fail".',
        "Maria Lopez",
    ),
    ('Maria Lopez told the BBC that the plan "will fail".', "Maria Lopez"),
    ('The BBC quoted Maria Lopez as saying the plan "will fail".', "Maria Lopez"),
    ('Maria Lopez was quoted by the BBC as saying the plan "will fail".', "Maria Lopez"),
    ('"This plan will fail," Maria Lopez of the Green Party said.', "Maria Lopez"),
    ('"This plan will fail," Green Party leader Maria Lopez said.', "Maria Lopez"),
    (
        'Maria Lopez said the plan would fail. "It is a disaster," she added, "and everyone knows it."',
        "Maria Lopez",
    ),
    ('"This plan will fail," said a statement from the Green Party.', "Green Party"),
    ('"This plan will fail," a Green Party statement said.', "Green Party"),
    ('"This plan will fail," the Green Party said in a statement.', "Green Party"),
    (
        'Maria Lopez spoke to reporters. "This plan will fail. We have said so for years."',
        "Maria Lopez",
    ),
    ('Maria Lopez, a spokeswoman for the Green Party, said "the plan will fail".', "Maria Lopez"),
    (
        'John Smith and Maria Lopez disagree. Smith says the plan works; Lopez says it "will fail".',
        "Maria Lopez",
    ),
    ('"This plan will fail," Maria Lopez posted on Facebook.', "Maria Lopez"),
    ('Maria Lopez echoed the warning: "This plan will fail."', "Maria Lopez"),
    ('Maria Lopez put it bluntly: "This plan will fail."', "Maria Lopez"),
    ('Maria Lopez added that "the plan will fail".', "Maria Lopez"),
    ('Maria Lopez acknowledged the problem. "This plan will fail," she conceded.', "Maria Lopez"),
    (
        'Acme Corporation was fined on Monday. "We will appeal this decision," the company said in a statement.',
        "Acme Corporation",
    ),
    (
        'The Health Ministry responded on Monday. The ministry, in a statement, said "the claims are false".',
        "Health Ministry",
    ),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," Jones, who has served as mayor since 2015, said.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," said Jones, who was elected in 2019.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," Jones said. "It will take a year," she added.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones, 45, said "we will rebuild the bridge".',
        "Jones",
    ),
    (
        'According to a statement from the Health Ministry, "the claims are false and misleading".',
        "Health Ministry",
    ),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," Jones told The Guardian newspaper.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. In an interview with CNN, Jones said "we will rebuild the bridge".',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones tweeted: "We will rebuild the bridge."',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Writing in The Times, Jones said "we will rebuild the bridge".',
        "Jones",
    ),
    ('The letter, signed by Mayor Jane Jones, said "the bridge will be rebuilt".', "Jones"),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," Jones, a Democrat, said.',
        "Jones",
    ),
    ('"We will rebuild the bridge," said Dr. Jane Jones of the University of Oxford.', "Jones"),
    ('Prime Minister Boris Johnson said "we will rebuild the bridge".', "Johnson"),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," Jones said on Twitter.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," the 45-year-old said.',
        "Jones",
    ),
    (
        'A bridge collapsed on Monday. "It just fell," said one witness, who asked not to be named.',
        "witness",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones said: "We will rebuild." She later added: "It will take a year."',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," Jones continued.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones went on to say "we will rebuild the bridge".',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," Jones explained to reporters.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Reuters quoted Jones as saying "we will rebuild the bridge".',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones was quoted as saying "we will rebuild the bridge".',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones told reporters: "We will rebuild the bridge."',
        "Jones",
    ),
    ('The White House said in a statement that the bridge "will be rebuilt soon".', "White House"),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," Jones says.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones, speaking to reporters on Monday, said "we will rebuild the bridge".',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. When asked about the bridge, Jones replied: "We will rebuild it."',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," Jones promised.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. The mayor said "we will rebuild the bridge".',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge," the mayor told reporters.',
        "Jones",
    ),
    (
        'Jane Jones is the mayor. John Smith is her deputy. "We will rebuild," Smith said. "Soon," Jones replied.',
        "Smith|Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Her message was clear: "We will rebuild the bridge."',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. "We will rebuild the bridge. It will take a year. Nobody will be hurt," Jones said.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones described the collapse as "a tragedy for the whole city".',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones called the collapse "a tragedy for the whole city".',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones urged residents to "stay calm and stay away".',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones vowed to "rebuild the bridge within a year".',
        "Jones",
    ),
    (
        'Mayor Jane Jones met residents on Monday. Jones said she was "deeply saddened" by the collapse.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met builder Tom Smith. Smith said "the bridge is safe." Jones disagreed. "It is not safe at all," she said.',
        "Smith|Jones",
    ),
    (
        'Mayor Jane Jones spoke first on Monday.\n\n"We will rebuild the bridge soon," she said.',
        "Jones",
    ),
    (
        'Mayor Jane Jones met builder Tom Smith. "We will rebuild it," said Jones. "And we must do it now," added Smith.',
        "Jones|Smith",
    ),
    (
        'Mayor Jane Jones met builder Tom Smith. Jones told Smith: "You are wrong about this." Smith replied: "No, you are wrong."',
        "Jones|Smith",
    ),
    (
        "Mayor Jane Jones met builder Tom Smith. \"I told him, 'you are wrong about this',\" Jones said.",
        "Jones",
    ),
    (
        'Mayor Jane Jones met builder Tom Smith. Jones said "the bridge will be rebuilt". Smith said "it will take years".',
        "Jones|Smith",
    ),
    (
        'Mayor Jane Jones met builder Tom Smith. "It will be rebuilt," Jones said, before Smith interrupted: "It will take years."',
        "Jones|Smith",
    ),
    (
        'Mayor Jane Jones spoke on Monday. In a tweet, Jones wrote: "We will win this fight."',
        "Jones",
    ),
    (
        'Mayor Jane Jones spoke on Monday. "We will win," Jones, the mayor, told supporters on Monday, adding that "nothing will stop us now".',
        "Jones|Jones",
    ),
    (
        'Mayor Jane Jones spoke on Monday. Jones said: "The first part of the plan is ready.\n\n"The second part will follow next year."',
        "Jones",
    ),
    (
        'Builder Tom Smith spoke on Monday. Mayor Jane Jones was unimpressed. "This is not enough," the mayor said.',
        "Jones",
    ),
    (
        'Builder Tom Smith and his wife, Anna Smith, spoke. "We lost everything," Anna Smith said.',
        "Anna Smith",
    ),
    ('The mayor, Jane Jones, said "the bridge will be rebuilt within a year".', "Jones"),
    (
        'Jane Jones, the mayor, said on Monday that the bridge "will be rebuilt within a year".',
        "Jones",
    ),
    (
        '"The bridge will be rebuilt within a year," Jones, who became mayor in 2019, told the BBC on Monday.',
        "Jones",
    ),
    (
        'Mayor Jane Jones said she was "shocked and saddened" by the collapse, which killed two.',
        "Jones",
    ),
    (
        'Residents blamed the city. "Nobody listened to us," said resident Maria Lopez.',
        "Maria Lopez",
    ),
    (
        'Residents blamed the city. "Nobody listened to us," resident Maria Lopez said.',
        "Maria Lopez",
    ),
    (
        'Residents blamed the city. Maria Lopez, 62, who has lived there for 30 years, said: "Nobody listened to us."',
        "Maria Lopez",
    ),
    (
        'The city denied it. "We inspected the bridge every year," a city spokesman said.',
        "spokesman",
    ),
    (
        'Acme Corp cut 200 jobs on Friday. "This was a difficult decision," the company said in a statement.',
        "Acme",
    ),
    (
        'Acme Corp cut 200 jobs on Friday. In a statement, the company said: "This was a difficult decision."',
        "Acme",
    ),
    (
        'The Health Ministry reported 40 new cases. "The situation is under control," a ministry spokeswoman said.',
        "spokeswoman",
    ),
    ('Senator Ana Ruiz criticised the bill. "It is a disgrace," Ruiz wrote on Twitter.', "Ruiz"),
    ('Senator Ana Ruiz criticised the bill on Twitter. "It is a disgrace," she tweeted.', "Ruiz"),
    (
        'Senator Ana Ruiz criticised the bill. She called it "a disgrace" and "an insult to voters".',
        "Ruiz|Ruiz",
    ),
    ('Senator Ana Ruiz criticised the bill, calling it "a disgrace".', "Ruiz"),
    (
        'Coach Mark Lee praised his team. "They never gave up," Lee told reporters after the match. "I am proud of every one of them."',
        "Lee|Lee",
    ),
    ('Coach Mark Lee praised his team.\n\n"They never gave up," he told reporters.', "Lee"),
    (
        'Coach Mark Lee and striker Paul Kim spoke after the match. "We were lucky," Kim admitted.',
        "Kim",
    ),
    (
        'Coach Mark Lee and striker Paul Kim spoke after the match. Kim was modest: "We were lucky today."',
        "Kim",
    ),
    (
        'Prime Minister Ravi Shah answered questions. Asked whether he would resign, Shah replied: "Absolutely not."',
        "Shah",
    ),
    (
        'Prime Minister Ravi Shah answered questions. "Absolutely not," Shah replied when asked whether he would resign.',
        "Shah",
    ),
    (
        'Police Chief Dana Cole said officers arrived within minutes. "We did everything we could," Cole said, adding: "Our thoughts are with the families."',
        "Cole|Cole",
    ),
    ('"We did everything we could," said Dana Cole, the city\'s police chief.', "Cole"),
    (
        '"We did everything we could," Police Chief Dana Cole told a news conference on Sunday.',
        "Cole",
    ),
    (
        'Dr Lena Park, an epidemiologist at Oxford University, warned that "the worst is yet to come".',
        "Park",
    ),
    (
        'Dr Lena Park, an epidemiologist at Oxford University, disagreed. "The worst is yet to come," she warned.',
        "Park",
    ),
    (
        'The report, published by Amnesty International on Monday, said the killings were "systematic and widespread".',
        "Amnesty",
    ),
    ('Amnesty International described the killings as "systematic".', "Amnesty"),
    (
        'Writing in The Guardian, historian Tom Bell argued that the war "changed everything".',
        "Bell",
    ),
    (
        'President Omar Diaz met Chancellor Eva Braun. Diaz said the talks were "very productive", while Braun called them "a first step".',
        "Diaz|Braun",
    ),
    (
        'President Omar Diaz met Chancellor Eva Braun. "Very productive," Diaz said of the talks. "A first step," Braun said.',
        "Diaz|Braun",
    ),
    (
        'Chancellor Eva Braun met President Omar Diaz on Monday. Speaking afterwards, the chancellor said: "We agree on most things."',
        "Braun",
    ),
    (
        'Chancellor Eva Braun met President Omar Diaz on Monday. "We agree on most things," the German leader said.',
        "Braun",
    ),
    ('The White House said on Monday that the talks had been "constructive".', "White House"),
    (
        'Actor John Reed died on Sunday. His agent, Sue Marsh, said he "died peacefully in his sleep".',
        "Marsh",
    ),
    (
        'Actor John Reed died on Sunday. "He died peacefully in his sleep," his agent, Sue Marsh, said.',
        "Marsh",
    ),
    (
        'Actor John Reed died on Sunday. "He was a giant," fellow actor Meg Rowe posted on Instagram.',
        "Rowe",
    ),
    (
        'Judge Karen Hill sentenced Brown to ten years. "You showed no remorse," Hill told him.',
        "Hill",
    ),
    (
        'Judge Karen Hill sentenced Brown to ten years, telling him he had "showed no remorse".',
        "Hill",
    ),
    (
        'Witness Sam Ortiz saw the crash. "There was smoke everywhere," Ortiz recalled. "People were screaming."',
        "Ortiz|Ortiz",
    ),
    (
        'Witness Sam Ortiz saw the crash. "There was smoke everywhere," Ortiz, 34, told the Associated Press.',
        "Ortiz",
    ),
    ('NASA confirmed the launch. "Liftoff!" the agency announced on its website.', "NASA"),
    ('Professor Ian Cho told the BBC the results were "surprising but robust".', "Cho"),
    (
        'Professor Ian Cho said he was "cautiously optimistic". His colleague, Dr Ruth Adams, was less sure. "We need more data," Adams said.',
        "Cho|Adams",
    ),
    (
        'Governor Lisa Grant signed the law. Critics, including state Senator Bob Hale, called it "reckless".',
        "Hale",
    ),
    (
        'Governor Lisa Grant signed the law. "It is reckless," said Bob Hale, a Republican state senator.',
        "Hale",
    ),
    (
        'Governor Lisa Grant signed the law on Monday. "Today we made history," Grant said. "And tomorrow we keep going."',
        "Grant|Grant",
    ),
    (
        'Governor Lisa Grant signed the law on Monday. Grant, speaking at the ceremony, said the law would "protect every family".',
        "Grant",
    ),
    (
        'Former president Alan Webb, 72, spoke at the rally. "We are not done yet," the 72-year-old said.',
        "Webb",
    ),
    (
        'Former president Alan Webb spoke at the rally. "We are not done yet," the former president said.',
        "Webb",
    ),
    (
        'Senator Alan Webb, a Democrat, spoke at the rally. "We are not done yet," the Democrat said.',
        "Webb",
    ),
    (
        'British cyclist Tom Hart won the stage. "It was the hardest day of my life," the Briton said.',
        "Hart",
    ),
    (
        'Actress Mia Cruz won the award. "I never expected this," the actress said, holding back tears.',
        "Cruz",
    ),
    (
        'Acme Corp cut 200 jobs. Its chief executive, Paul Grey, said: "This was a difficult decision."',
        "Grey",
    ),
    (
        'Acme Corp cut 200 jobs. "This was a difficult decision," said Paul Grey, Acme\'s chief executive.',
        "Grey",
    ),
    (
        'Acme Corp cut 200 jobs. "This was a difficult decision," Acme chief executive Paul Grey said.',
        "Grey",
    ),
    (
        'Acme Corp cut 200 jobs on Friday. The company\'s chief executive, Paul Grey, called it "a difficult decision".',
        "Grey",
    ),
    (
        'Mayor Jane Jones said "we will rebuild", but builder Tom Smith said "it will take years".',
        "Jones|Smith",
    ),
    (
        '"We will rebuild," Mayor Jane Jones said. "It will take years," builder Tom Smith said.',
        "Jones|Smith",
    ),
    (
        'Builder Tom Smith was sceptical. "It will take years," he said. Mayor Jane Jones disagreed. "We will rebuild this year," she said.',
        "Smith|Jones",
    ),
    (
        'Mayor Jane Jones spoke on Monday. "We will rebuild," she said. "We have the money. We have the will."',
        "Jones|Jones",
    ),
    (
        'Mayor Jane Jones spoke on Monday. "We will rebuild," she said.\n\n"We have the money. We have the will."',
        "Jones|Jones",
    ),
    ('Mayor Jane Jones spoke on Monday.\n\nShe said: "We will rebuild."', "Jones"),
    (
        'Mayor Jane Jones spoke on Monday. According to Jones, the city "has the money" to rebuild.',
        "Jones",
    ),
    ('According to the mayor, Jane Jones, the city "has the money" to rebuild.', "Jones"),
    ('The city "has the money" to rebuild, according to Mayor Jane Jones.', "Jones"),
    ('The city "has the money" to rebuild, Mayor Jane Jones said on Monday.', "Jones"),
    (
        '"The city has the money," Jones said in an interview with Reuters, "and we will use it."',
        "Jones|Jones",
    ),
    ('Mayor Jane Jones, speaking to Reuters, said: "The city has the money."', "Jones"),
    ('In an interview with Reuters, Mayor Jane Jones said the city "has the money".', "Jones"),
    (
        'Mayor Jane Jones told Reuters that the city "has the money" and "will use it wisely".',
        "Jones|Jones",
    ),
    ('"Our message is simple: we will rebuild," Jones said.', "Jones"),
    ('Jones\'s message was simple: "We will rebuild."', "Jones"),
    (
        'Residents, however, were angry. "Nobody listens to us," one resident, Ali Noor, said.',
        "Noor",
    ),
    (
        'Residents were angry. "Nobody listens to us," said Ali Noor, who has lived in the street for 40 years.',
        "Noor",
    ),
    ('"Nobody listens to us," Ali Noor, a resident, said, "and nobody ever will."', "Noor|Noor"),
    (
        'Opposition leader Kim Dale called the plan "a betrayal". Dale added that the government "has lost its way".',
        "Dale|Dale",
    ),
    (
        'Opposition leader Kim Dale called the plan "a betrayal" on Monday.\n\nGovernment spokesman Rob Ince rejected that. "It is nothing of the sort," Ince said.',
        "Dale|Ince",
    ),
    ('The United Nations warned of "catastrophic" consequences.', "United Nations"),
    ('UN Secretary-General Maria Lund warned of "catastrophic" consequences.', "Lund"),
    (
        'The World Health Organization (WHO) said the virus was "a public health emergency". The WHO added that it was "deeply concerned".',
        "World Health|World Health",
    ),
    ('Russia\'s foreign ministry said the sanctions were "illegal".', "Russia"),
    ('Moscow called the sanctions "illegal".', "Moscow"),
    (
        'Police said the suspect was "known to officers". Inspector Joe Bain said: "We are not looking for anyone else."',
        "Police|Bain",
    ),
    ('A police spokesperson said the suspect was "known to officers".', "spokesperson"),
    ('"It was terrifying," a witness told the BBC.', "witness"),
    ('"It was terrifying," one witness said. "I thought we were going to die."', "witness|witness"),
    (
        'Tennis star Nia Bell withdrew. "My body needs rest," Bell, 29, wrote on Instagram. "I will be back."',
        "Bell|Bell",
    ),
    (
        'Health Minister Olga Petrova and opposition leader Ivan Sokol clashed in parliament on Tuesday. Petrova defended the reforms. "They are working," she said. Sokol was unconvinced: "Hospitals are closing every week."',
        "Petrova|Sokol",
    ),
    (
        'Health Minister Olga Petrova and opposition leader Ivan Sokol clashed in parliament on Tuesday.\n\n"They are working," Petrova said of the reforms.\n\n"Hospitals are closing every week," Sokol replied.',
        "Petrova|Sokol",
    ),
    (
        'Health Minister Olga Petrova defended the reforms on Tuesday.\n\n"They are working," she said. "Waiting times are down by a third."\n\nShe added that more money would follow.',
        "Petrova|Petrova",
    ),
    (
        'Health Minister Olga Petrova defended the reforms on Tuesday, saying they were "working" and that waiting times were "down by a third".',
        "Petrova|Petrova",
    ),
    (
        'Health Minister Olga Petrova, who took office in March, defended the reforms. "They are working," the minister told journalists in Kyiv.',
        "Petrova",
    ),
    (
        'Ivan Sokol, the leader of the opposition, said the reforms had "failed completely". Health Minister Olga Petrova rejected the criticism as "nonsense".',
        "Sokol|Petrova",
    ),
    (
        'The protesters, many of them nurses, marched to parliament. "We are exhausted," said Anna Kral, a nurse from Lviv. Another nurse, Petro Bilyk, said: "Nobody has listened to us for years."',
        "Kral|Bilyk",
    ),
    (
        'The protesters, many of them nurses, marched to parliament. One of them, Anna Kral, said she had worked "eighty hours a week" since January.',
        "Kral",
    ),
    (
        'Anna Kral, a nurse, marched with the protesters. Her husband, Petro Kral, joined her. "She never sees the children," he said.',
        "Petro Kral",
    ),
    (
        'Anna Kral, a nurse, marched with the protesters. Her husband, Petro Kral, joined her. "I never see the children," she said.',
        "Anna Kral",
    ),
    (
        'Police arrested the suspect, Mark Doyle, 45, on Friday. Detective Inspector Sara Quinn said Doyle had "shown no remorse". Doyle\'s lawyer, Tim Ash, said his client "denies all the charges".',
        "Quinn|Ash",
    ),
    (
        'Police arrested the suspect, Mark Doyle, 45, on Friday. "He has shown no remorse," Detective Inspector Sara Quinn said. "We will be asking for the maximum sentence."',
        "Quinn|Quinn",
    ),
    (
        'Police arrested Mark Doyle on Friday. In court on Monday, Doyle told the judge: "I did not do this." Judge Ellen Ward replied: "That will be for the jury to decide."',
        "Doyle|Ward",
    ),
    (
        'The company, Nordwind Energy, announced 500 job cuts. Its chief executive, Lars Berg, called the decision "painful but necessary". Unions called it "a betrayal".',
        "Berg|Unions",
    ),
    (
        'The company, Nordwind Energy, announced 500 job cuts. "This is painful but necessary," chief executive Lars Berg said in a statement. Union leader Eva Holm said the cuts were "a betrayal of the workers".',
        "Berg|Holm",
    ),
    (
        'President Luis Vega met Prime Minister Kenji Sato in Tokyo. Vega said the two countries were "closer than ever". Sato agreed, adding that trade would "double within five years".',
        "Vega|Sato",
    ),
    (
        'President Luis Vega met Prime Minister Kenji Sato in Tokyo. "We are closer than ever," Vega said at a joint news conference. The Japanese leader said trade would "double within five years".',
        "Vega|Sato",
    ),
    (
        'Climate scientist Dr Maya Lin, who led the study, said the results were "alarming". Co-author Professor Raj Patel was more cautious. "We need another ten years of data," Patel said.',
        "Lin|Patel",
    ),
    (
        'Climate scientist Dr Maya Lin led the study. "The results are alarming," Lin said. "But they are not surprising."',
        "Lin|Lin",
    ),
    (
        'The study was published in Nature on Monday. Its lead author, Dr Maya Lin, said the findings were "alarming".',
        "Lin",
    ),
    (
        'Fans waited for hours outside the stadium. "I have waited my whole life for this," said Tom Reyes, 19. His friend Ali Khan agreed: "It is the best day ever."',
        "Reyes|Khan",
    ),
    (
        'Singer Rosa Luna cancelled her tour. In a post on Instagram, Luna wrote: "I am so sorry to let you down." Her manager said she needed "time to rest".',
        "Luna|manager",
    ),
    (
        'Singer Rosa Luna cancelled her tour on Monday.\n\nLuna wrote on Instagram that she was "so sorry" to let fans down.',
        "Luna",
    ),
    (
        'Senator Paul Reed criticised the bill. Asked about the vote, Reed said: "I will not support it." Senator Joan Fitch said Reed was "playing politics".',
        "Reed|Fitch",
    ),
    (
        'Senator Paul Reed criticised the bill.\n\n"I will not support it," Reed told CNN.\n\nSenator Joan Fitch, a fellow Republican, disagreed.\n\n"He is playing politics," she said.',
        "Reed|Fitch",
    ),
    (
        'The family of the victim, Leo Grant, issued a statement on Sunday. "Leo was a loving son and brother," the family said.',
        "family",
    ),
    (
        'The victim, Leo Grant, was 23. His mother, Ruth Grant, said he was "the kindest person I knew".',
        "Ruth Grant",
    ),
    (
        'Foreign Minister Ana Duarte said the talks had been "frank". Her Russian counterpart, Sergei Orlov, said they were "useful".',
        "Duarte|Orlov",
    ),
    (
        'Foreign Minister Ana Duarte said the talks had been "frank". "They were useful," her Russian counterpart, Sergei Orlov, said.',
        "Duarte|Orlov",
    ),
    (
        'Coach Erik Lund was sacked on Monday. Club chairman Bo Nilsson said Lund had "given everything", but results had been "unacceptable".',
        "Nilsson|Nilsson",
    ),
    (
        'The storm killed 12 people. "It was like a war zone," said local resident Joe Park, 54.',
        "Park",
    ),
    (
        'The storm killed 12 people. Local resident Joe Park, 54, described the scene as "like a war zone".',
        "Park",
    ),
    (
        'The storm killed 12 people. Speaking to the BBC, local resident Joe Park said it was "like a war zone".',
        "Park",
    ),
    (
        'The storm killed 12 people. "It was like a war zone," Park, a retired teacher, told the BBC.',
        "Park",
    ),
    (
        'Governor Ann Lee declared an emergency. "We will get through this," Lee tweeted on Sunday night.',
        "Lee",
    ),
    (
        'Governor Ann Lee declared an emergency. In a video posted to Facebook, Lee urged residents to "stay indoors".',
        "Lee",
    ),
    ('Governor Ann Lee declared an emergency, urging residents to "stay indoors".', "Lee"),
    ('Governor Ann Lee declared an emergency on Sunday.\n\n"Stay indoors," she urged.', "Lee"),
    (
        'The Red Cross said it had sent 40 volunteers. "The needs are enormous," said its regional director, Omar Haddad.',
        "Haddad",
    ),
    (
        'The Red Cross said it had sent 40 volunteers. Its regional director, Omar Haddad, said "the needs are enormous".',
        "Haddad",
    ),
    ('The Red Cross said the needs were "enormous".', "Red Cross"),
    (
        'Prime Minister Lena Berg and President Omar Diaz spoke by phone. According to a readout from Berg\'s office, the two leaders agreed on "the urgent need for calm".',
        "Berg",
    ),
    (
        'The minister, Carlos Reyes, resigned on Monday. In his resignation letter, Reyes wrote that he had "lost the confidence" of the prime minister.',
        "Reyes",
    ),
    (
        'The minister, Carlos Reyes, resigned on Monday. His resignation letter said he had "lost the confidence" of the prime minister.',
        "Reyes",
    ),
    (
        'Tech giant Zentro fired its chief executive. "We wish him well," the company said in a brief statement.',
        "Zentro",
    ),
    (
        'Tech giant Zentro fired its chief executive. A Zentro spokesperson declined to comment further, saying only that the company "wishes him well".',
        "spokesperson",
    ),
    (
        'Researchers at Oxford University found that the drug "significantly reduced" deaths.',
        "Researchers",
    ),
    (
        'The study, led by Dr Amy Cole of Oxford University, found that the drug "significantly reduced" deaths.',
        "Cole",
    ),
    (
        'Dr Amy Cole of Oxford University, who led the study, called the results "very encouraging".',
        "Cole",
    ),
    (
        '"These results are very encouraging," said Dr Amy Cole of Oxford University, who led the study.',
        "Cole",
    ),
    (
        'President Omar Diaz addressed the nation on Sunday. "We will not be intimidated," Diaz said. "Not now, not ever."',
        "Diaz|Diaz",
    ),
    (
        'President Omar Diaz addressed the nation on Sunday. "We will not be intimidated," he said, his voice breaking.',
        "Diaz",
    ),
    (
        'President Omar Diaz addressed the nation on Sunday, promising that the country would "not be intimidated".',
        "Diaz",
    ),
    ('Opposition leader Maria Vidal accused the government of "criminal negligence".', "Vidal"),
    (
        'Opposition leader Maria Vidal accused the government of "criminal negligence", a charge the interior minister, Paulo Mendes, called "absurd".',
        "Vidal|Mendes",
    ),
    ('Mendes, the interior minister, rejected the charge. "It is absurd," Mendes said.', "Mendes"),
    ('"I have nothing to hide," Mendes told a parliamentary committee on Tuesday.', "Mendes"),
    ('Mendes told a parliamentary committee on Tuesday he had "nothing to hide".', "Mendes"),
    ('The Kremlin dismissed the report as "fake news".', "Kremlin"),
    ('Kremlin spokesman Dmitry Peskov dismissed the report as "fake news".', "Peskov"),
]

_MAYOR_AND_MINISTRY = "Mayor Jane Jones visited the site on Monday with the Transport Ministry. "
_MAYOR_COMPANY_AND_MEDIA = (
    "Mayor Jane Jones and the Acme Corporation were in the news. Reuters and the BBC covered it. "
)

ATTRIBUTION_CASES: list[tuple[str, str, str]] = [
    (_MAYOR_AND_MINISTRY, "Jones said the bridge would be rebuilt within a year.", "Jones"),
    (_MAYOR_AND_MINISTRY, "The bridge will be rebuilt within a year, Jones said.", "Jones"),
    (_MAYOR_AND_MINISTRY, "The bridge, Jones said, will be rebuilt within a year.", "Jones"),
    (
        _MAYOR_AND_MINISTRY,
        "Jones announced on Tuesday that the bridge would be rebuilt within a year.",
        "Jones",
    ),
    (
        _MAYOR_AND_MINISTRY,
        "Jones told reporters the bridge would be rebuilt within a year.",
        "Jones",
    ),
    (_MAYOR_AND_MINISTRY, "According to Jones, the bridge will be rebuilt within a year.", "Jones"),
    (_MAYOR_AND_MINISTRY, "Jones claimed the bridge had been safe for years.", "Jones"),
    (_MAYOR_AND_MINISTRY, "Jones denied that the bridge had been unsafe for years.", "Jones"),
    (
        _MAYOR_AND_MINISTRY,
        "In a statement, the ministry said the bridge had been safe for years.",
        "Ministry",
    ),
    (
        _MAYOR_AND_MINISTRY,
        "The ministry said in a statement the bridge had been safe for years.",
        "Ministry",
    ),
    (
        _MAYOR_AND_MINISTRY,
        "Jones, who inspected the site, said the bridge had been safe for years.",
        "Jones",
    ),
    (_MAYOR_AND_MINISTRY, "Jones said Tuesday the bridge had been safe for years.", "Jones"),
    (
        _MAYOR_AND_MINISTRY,
        "The bridge had been safe for years, according to the ministry.",
        "Ministry",
    ),
    (_MAYOR_AND_MINISTRY, "Jones has said the bridge had been safe for years.", "Jones"),
    (_MAYOR_AND_MINISTRY, "Jones has repeatedly said the bridge had been safe for years.", "Jones"),
    (_MAYOR_AND_MINISTRY, "Jones later said the bridge had been safe for years.", "Jones"),
    (_MAYOR_AND_MINISTRY, "CNN reported that the bridge had been safe for years.", "CNN"),
    (
        _MAYOR_AND_MINISTRY,
        "The New York Times reported the bridge had been safe for years.",
        "New York Times",
    ),
    (
        _MAYOR_AND_MINISTRY,
        "Jones wrote on Twitter that the bridge had been safe for years.",
        "Jones",
    ),
    (_MAYOR_AND_MINISTRY, "Jones confirmed the bridge would reopen next spring.", "Jones"),
    (_MAYOR_AND_MINISTRY, "Jones said she would resign if the bridge was not rebuilt.", "Jones"),
    (_MAYOR_AND_MINISTRY, "She said the bridge would be rebuilt within a year.", "Jones"),
    (_MAYOR_AND_MINISTRY, "The mayor said the bridge would be rebuilt within a year.", "Jones"),
    (
        _MAYOR_AND_MINISTRY,
        "Speaking to reporters, Jones said the bridge would be rebuilt within a year.",
        "Jones",
    ),
    (_MAYOR_AND_MINISTRY, "Jones, 54, said the bridge would be rebuilt within a year.", "Jones"),
    (
        _MAYOR_AND_MINISTRY,
        "Transport Minister Tom Hale said the bridge would be rebuilt within a year.",
        "Tom Hale",
    ),
    (
        _MAYOR_AND_MINISTRY,
        "Tom Hale, the transport minister, said the bridge would be rebuilt within a year.",
        "Tom Hale",
    ),
    (
        _MAYOR_AND_MINISTRY,
        "The bridge would be rebuilt within a year, Jones told the BBC.",
        "Jones",
    ),
    (_MAYOR_AND_MINISTRY, "Jones insisted the bridge would be rebuilt within a year.", "Jones"),
    (_MAYOR_AND_MINISTRY, "Jones warned residents that the bridge could collapse again.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones said the bridge would reopen in May.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones told Reuters the bridge would reopen in May.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones announced the bridge would reopen in May.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones denied that the bridge had been unsafe.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones warned that the bridge could collapse.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "According to Jones, the bridge will reopen in May.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "The bridge will reopen in May, according to Jones.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Reuters reported that the bridge would reopen in May.", "Reuters"),
    (_MAYOR_COMPANY_AND_MEDIA, "The bridge will reopen in May, Reuters reported.", "Reuters"),
    (_MAYOR_COMPANY_AND_MEDIA, "The bridge will reopen in May, the BBC reported on Monday.", "BBC"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones claimed the bridge had never been unsafe.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones confirmed the bridge would reopen in May.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones revealed that the bridge would reopen in May.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones argued that the bridge should never have closed.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones noted that the bridge had been closed for a year.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones insisted the bridge was safe.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones estimated the repairs would cost $2 million.", "Jones"),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Acme said in a statement that the repairs would cost $2 million.",
        "Acme",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "In a statement, Acme said the repairs would cost $2 million.",
        "Acme",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Acme's chief executive said the repairs would cost $2 million.",
        "chief executive",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "A spokesperson for Acme said the repairs would cost $2 million.",
        "spokesperson",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Jones, speaking on Monday, said the bridge would reopen in May.",
        "Jones",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Jones, who has been mayor since 2019, said the bridge would reopen in May.",
        "Jones",
    ),
    (_MAYOR_COMPANY_AND_MEDIA, "The mayor said the bridge would reopen in May.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "She said the bridge would reopen in May.", "Jones"),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Reuters, citing two officials, reported that the bridge would reopen in May.",
        "Reuters",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Citing city records, the BBC reported that the bridge had failed two inspections.",
        "BBC",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "A study by Acme found that the bridge had failed two inspections.",
        "Acme",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Acme's report found that the bridge had failed two inspections.",
        "Acme",
    ),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones blamed Acme for the delays.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones accused Acme of cutting corners.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones promised to reopen the bridge by May.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones vowed to reopen the bridge by May.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones called for an inquiry into the collapse.", "Jones"),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Jones expressed confidence that the bridge would reopen in May.",
        "Jones",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Jones later wrote on Twitter that the bridge would reopen in May.",
        "Jones",
    ),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones acknowledged that mistakes had been made.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones admitted mistakes had been made.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Jones suggested the bridge might reopen in May.", "Jones"),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Jones told reporters on Monday that the bridge would reopen in May, and added that Acme would pay.",
        "Jones",
    ),
    (_MAYOR_COMPANY_AND_MEDIA, "Acme denied the accusation.", "Acme"),  # two words reported
    (_MAYOR_COMPANY_AND_MEDIA, "Acme has claimed responsibility.", "Acme"),
    (_MAYOR_COMPANY_AND_MEDIA, "The bridge had been safe for years, argued Jane Jones.", "Jones"),
    (_MAYOR_COMPANY_AND_MEDIA, "Acme would pay for the repairs, confirmed Jones.", "Jones"),
    (  # a relative clause with no commas, of up to five words
        _MAYOR_COMPANY_AND_MEDIA,
        "Jones who inspected the old bridge said it had been safe for years.",
        "Jones",
    ),
    (  # a list of subjects after a subordinator, or after "such as"
        _MAYOR_COMPANY_AND_MEDIA,
        "While Jones and Acme blamed the weather, others blamed the design.",
        "Jones|Acme",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Critics such as Jones and Acme described the repairs as rushed.",
        "Jones|Acme",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "The bridge shut soon after Jones and Acme announced that repairs were needed.",
        "Jones|Acme",
    ),
    (  # (but the object of another verb is no subject)
        _MAYOR_COMPANY_AND_MEDIA,
        "Shortly after Jones met Acme and Reuters said the bridge had been safe for years.",
        "Reuters",
    ),
    (  # the region after a place is where the speaker is from, not who speaks
        _MAYOR_COMPANY_AND_MEDIA,
        "Tom Reed of Springfield, Illinois said the bridge had been safe for years.",
        "Tom Reed",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Tom Reed, from Toronto, Canada, on Tuesday admitted his part in the delays.",
        "Tom Reed",
    ),
    (  # a participle after a statement its subject made: what the statement says
        _MAYOR_COMPANY_AND_MEDIA,
        "Just before noon, Jones held a press conference claiming the bridge had been safe.",
        "Jones",
    ),
    (
        _MAYOR_COMPANY_AND_MEDIA,
        "Acme later issued a statement saying that the bridge had been safe for years.",
        "Acme",
    ),
    (  # the outlet the words were published in, as well as who said them
        _MAYOR_COMPANY_AND_MEDIA,
        "In a BBC interview, Jones said the bridge had been safe for years.",
        "Jones|BBC",
    ),
]
