"""Eight sets of stories, each from one desk, with who says each quote, written in the
twenty-eighth round of rules.

Written for this suite by eight separate authors (helper agents) who did not see the rules, the
other stories or the gold set, as ordinary published copy: STORIES_BU technology, open source and
the internet (blog posts, mailing lists, issue trackers, security researchers, platforms);
STORIES_BV courts and the law (rulings from the bench and written opinions, prosecutors and
defence lawyers, witnesses, filings and statutes quoted); STORIES_BW hearings, press conferences,
debates and interviews told as exchanges (questions and answers, "asked", "replied", "shot
back"); STORIES_BX East Asia and the Pacific (names in their local order, state and national
media, ministry briefings); STORIES_BY religion, charities and community groups (clergy with
their titles, sermons, charity chiefs, volunteers); STORIES_BZ a fortnight of Wikinews from 2019
and 2020, held out; STORIES_CA sport administration and integrity (anti-doping panels, governing
bodies, disciplinary hearings, clubs, agents), held out; STORIES_CB climate, environment and
indigenous affairs (summits, NGOs, activists, indigenous leaders, scientists), held out. Straight
and curly quote marks. Not gold and not from any article of the gold set. Each entry is (story,
[(first words inside the quote marks, speaker as first named, "~" and the noun of a speaker only
described, or None), ...]). Held-out sets are not tuned on: their misses are listed by script,
not read.

The authors were asked to list every passage in quote marks. A ninth author, who saw only the
sets and the gold set's guideline on what a quote is, then removed the 44 entries that are not
quotes under it (titles of works, names, terms nobody is reported as saying, scare quotes), and
changed nothing else. Words on signs, banners and shirts, chants, and the wording of documents
stay, with no speaker.

First read, before any rule was changed for them, with the round's starting rules (309a57e):
205 of 225 in STORIES_BU, 215 of 236 in STORIES_BV, 194 of 239 in STORIES_BW, 197 of 231 in
STORIES_BX, 188 of 235 in STORIES_BY, 212 of 226 in STORIES_BZ, 195 of 226 in STORIES_CA and
212 of 233 in STORIES_CB: 1,618 of 1,851 (0.874); the five tuned sets 999 of 1,166 (0.857), the
held-out three 619 of 685 (0.904).
"""

# fmt: off
STORIES_BU = [
# 1 -- Wikinews-style report, open-source maintainer resigns; mailing-list posts, "X wrote", split quote, talk title, partial quotes, unnamed company spokesperson; straight quotes
('''Longtime maintainer steps down from Larkspur database project

Friday, March 14, 2025

Henrike Vossberg, who has led development of the open-source Larkspur time-series database for nine years, announced on Wednesday that she is stepping down, citing burnout and what she called "an unsustainable funding model."

In a post to the project's developer mailing list, Vossberg wrote: "I have given this project most of my evenings and weekends since 2016. I can no longer do that and stay healthy."

"Nobody owes me anything, and I want to be clear that this is not a protest," she continued. "But the companies that run Larkspur in production need to understand that it is maintained by a handful of volunteers."

Larkspur is used by several large hosting providers and telecommunications firms to store monitoring data. According to the project's own figures, fewer than ten people currently have commit access to the main repository.

Tomasz Brzezicki, one of the remaining core developers, replied to the thread within hours. "Henrike carried this project on her back for years, and we will need at least three people to replace her," Brzezicki wrote. He added that the team did not currently have three people.

A second developer, Amara Nwosu-Lind, proposed that the project apply to join a software foundation. "A foundation would not solve everything, but it would give us a legal home and a way to accept money without anyone having to invoice a company out of their own pocket," she wrote.

Brzezicki said in a follow-up message that the core team would hold a public video call next week to discuss governance and would publish notes afterwards.

Vossberg's departure comes two months after she gave a conference talk titled "Who Pays for the Plumbing?", in which she compared some of the bug reports she receives from large corporations to "a ransom note with a stack trace."

Speaking to Wikinews by email, Vossberg said she had no plans to fork the project or start a competing one. "I will still read the list now and then, but I won't be the person who answers at two in the morning," she said.

A spokesperson for Northgate Telemetry, one of the companies that uses Larkspur, said the firm "values the open-source community" and was reviewing how it supports the projects it depends on.''',
 [("an unsustainable funding model", "Henrike Vossberg"),
  ("I have given this project most", "Henrike Vossberg"),
  ("Nobody owes me anything, and I", "Henrike Vossberg"),
  ("But the companies that run Larkspur", "Henrike Vossberg"),
  ("Henrike carried this project on her", "Tomasz Brzezicki"),
  ("A foundation would not solve everything", "Amara Nwosu-Lind"),
  ("a ransom note with a stack", "Henrike Vossberg"),
  ("I will still read the list", "Henrike Vossberg"),
  ("values the open-source community", "Northgate Telemetry")]),

# 2 -- Consumer-tech site report, smart-home firmware update bricks hubs; status-page statement, "told The Verge", Reddit user, sticky note, exec post on X, forum thread title, split quotes; curly quotes
('''Homeline’s botched firmware update knocked smart-home hubs offline

Homeline has paused a firmware rollout for its Hearth smart-home hub after owners reported that the update left their devices stuck in a boot loop, unable to control lights, locks or thermostats.

The problems began on Tuesday evening, when version 4.2 of the Hearth software started reaching customers in the US and Canada. Within hours, the company’s support forum had filled with posts titled “Hub dead after update” and variations on the theme.

“We’re aware that a small number of Hearth hubs are not restarting correctly after the latest update, and we have paused the rollout while our engineers work on a fix,” Homeline said in a statement posted to its status page on Wednesday morning.

Owners say the problem is larger than that. Dana Whitcombe, who manages four hubs in her elderly parents’ house in Columbus, Ohio, said all of them went dark overnight.

“My dad’s front door lock runs through that thing,” Whitcombe told The Verge. “He was locked out of his own garage at six in the morning, and the app just kept spinning.”

On Reddit, where a thread about the update had gathered more than 1,200 comments by Wednesday afternoon, one user wrote that he had “paid $249 for a paperweight.” Another posted a photo of a hub with a sticky note on it reading “DO NOT UNPLUG — DAD.”

Homeline’s head of product, Priya Raghunathan, addressed the issue in a post on X on Wednesday. “This one is on us,” she wrote. “If your Hearth is stuck, please don’t factory reset it — we’re pushing a recovery image that will fix it without losing your setup.”

Raghunathan later told The Verge that the bug affected hubs that had been set up before 2022 and had a particular revision of the Zigbee radio. She said fewer than 3 percent of active devices were affected, but declined to give an exact number.

Security researcher Marisol Etxeberria, who has studied the Hearth’s update mechanism, said the incident showed the risk of pushing software to devices that have no easy way to roll back. “There’s no A/B partition on these hubs, so if the new image fails there is nothing to fall back to,” Etxeberria said. “That’s a design decision, and it was always going to bite someone eventually.”

Homeline said the recovery update would reach all affected hubs by Friday. Customers who still have trouble after that can contact support for a replacement unit, the company said.''',
 [("We’re aware that a small number", "Homeline"),
  ("My dad’s front door lock runs", "Dana Whitcombe"),
  ("He was locked out of his", "Dana Whitcombe"),
  ("paid $249 for a paperweight", "~user"),
  ("DO NOT UNPLUG — DAD.", None),
  ("This one is on us", "Priya Raghunathan"),
  ("If your Hearth is stuck, please", "Priya Raghunathan"),
  ("There’s no A/B partition on these", "Marisol Etxeberria"),
  ("That’s a design decision, and it", "Marisol Etxeberria")]),

# 3 -- British IT-press (Register-style) report, ICO fine over open storage bucket; single straight quotes as main mark, "told The Register", penalty-notice partial quotes, deputy commissioner, "she added", company statement fragments, campaigner
('''ICO slaps letting agency with £1.2m fine over open storage bucket

Tenants' passports and bank statements sat on the open internet for 19 months

The Information Commissioner's Office has fined Bristol-based Brightwater Lettings £1.2 million after a misconfigured cloud storage bucket exposed the identity documents of more than 40,000 tenants.

The bucket, which the ICO said was 'configured for public read access from the day it was created', held scanned passports, payslips and bank statements uploaded by prospective renters between 2021 and 2023.

It was found by security researcher Callum Adeyemi-Frost, who told The Register he stumbled across it while looking at something else entirely. 'I was poking around at a property portal's image hosting and noticed a bucket with the agency's name in it,' he said. 'I typed the address into a browser and got a list of files. No password, nothing.'

Adeyemi-Frost said he emailed Brightwater three times over six weeks without getting a reply before reporting the matter to the regulator.

In its penalty notice, the ICO described the agency's security arrangements as 'inadequate at every level'. Deputy commissioner Ruth Haldane-Maclean said: 'People handing over their passport to rent a flat have no choice in the matter. They are entitled to expect that the company asking for it will look after it.'

'This was not a sophisticated attack,' she added. 'It was a door left open.'

Brightwater, which has since been bought by a larger agency group, said in a statement that it 'deeply regrets' the breach and had 'cooperated fully' with the investigation. It said all of the files had been deleted and that it had found no evidence they had been misused.

The fine is one of the largest the ICO has handed to a business of Brightwater's size. Ellen Osei, a policy officer at campaign group Generation Rent, welcomed it but said the wider problem remained. 'Letting agents routinely ask for far more documents than they need, and then keep them for years,' she said.

Brightwater has 28 days to appeal against the penalty.''',
 [("configured for public read access from", "Information Commissioner's Office"),
  ("I was poking around at a", "Callum Adeyemi-Frost"),
  ("I typed the address into a", "Callum Adeyemi-Frost"),
  ("inadequate at every level", "Information Commissioner's Office"),
  ("People handing over their passport to", "Ruth Haldane-Maclean"),
  ("This was not a sophisticated attack", "Ruth Haldane-Maclean"),
  ("It was a door left open", "Ruth Haldane-Maclean"),
  ("deeply regrets", "Brightwater Lettings"),
  ("cooperated fully", "Brightwater Lettings"),
  ("Letting agents routinely ask for far", "Ellen Osei")]),

# 4 -- Security-news site report, router vulnerability disclosure; researcher blog post title, "X wrote", "told BleepingComputer", vendor notice partial quotes, national agency official "said <name>", threat analyst split quote; straight quotes
('''Critical flaw in Tarvik routers lets attackers take over devices, patch still weeks away

A security researcher has published details of a critical vulnerability in routers made by Estonian networking firm Tarvik, after what she described as months of failed attempts to get the company to fix it.

The flaw, tracked as CVE-2025-31877, affects the web management interface of at least six Tarvik models sold in Europe and Latin America. An attacker on the local network, or on the internet if remote management is enabled, can run commands on the device without logging in.

Researcher Ilse Marjanović disclosed the bug in a blog post on Monday titled "Ninety Days and Counting." In it, she says she first reported the issue to Tarvik in November.

"I followed every step of their disclosure policy," Marjanović wrote. "I sent the report to the address they list, I agreed to their timeline, and then I sent four follow-ups that nobody answered."

She said she decided to publish after finding more than 18,000 exposed devices with remote management switched on, using an internet scanning service. "At that point, the people at risk are the users, not the vendor, and they deserve to know so they can turn off remote access," she told BleepingComputer.

Tarvik did not respond to BleepingComputer's request for comment before publication. On Tuesday, the company posted a short notice on its support site saying it was "aware of reports concerning the web interface" and that a firmware update was "in development." The notice advised customers to disable remote management "as a precaution until the update is available."

Estonia's national cybersecurity agency, the Information System Authority (RIA), also issued a warning. "We recommend that owners of affected devices check their settings today and not wait for the patch," said Kertu Saar, head of the agency's incident response department.

Other researchers said the bug was trivial to exploit. Daniel Okafor, a vulnerability analyst at threat intelligence firm Greyhollow, said his team had seen scanning activity targeting the vulnerable endpoint within 24 hours of the blog post.

"Someone wrote an exploit over breakfast," Okafor said. "We're seeing it sprayed across whole address ranges now."

He said the attacks seen so far appeared to be adding the routers to a botnet used for denial-of-service attacks, rather than spying on users' traffic. Greyhollow has published a list of IP addresses linked to the campaign.''',
 [("I followed every step of their", "Ilse Marjanović"),
  ("I sent the report to the", "Ilse Marjanović"),
  ("At that point, the people at", "Ilse Marjanović"),
  ("aware of reports concerning the web", "Tarvik"),
  ("in development.", "Tarvik"),
  ("as a precaution until the update", "Tarvik"),
  ("We recommend that owners of affected", "Kertu Saar"),
  ("Someone wrote an exploit over breakfast", "Daniel Okafor"),
  ("We're seeing it sprayed across whole", "Daniel Okafor")]),

# 5 -- Wikinews-style report, Irish regulator fines video app; regulator's scare-quoted finding, statement, deputy commissioner split quote, spokesperson "told Wikinews", company website statement, charity chief partial quote then full quote; curly quotes
('''Ireland fines video app Loopline €85 million over children’s privacy

Thursday, June 5, 2025

Ireland’s Data Protection Commission (DPC) on Tuesday fined the short-video app Loopline €85 million (US$97 million) for failing to protect the personal data of users aged 13 to 17, in a decision that regulators across the European Union had been reviewing since last year.

The DPC found that Loopline set teenagers’ accounts to public by default and used a sign-up process that, in the regulator’s words, “nudged” younger users towards sharing more information. In a statement, the DPC said the company had “failed to take account of the specific risks to children” when it designed those features.

Deputy Commissioner Siobhán Garvey, who led the inquiry, said the size of the fine reflected how many young people had been affected. “Millions of teenagers across Europe used this app with settings they did not choose and, in many cases, did not understand,” Garvey said.

“The law is clear that children merit specific protection,” she said. “That obligation does not disappear because a product is popular.”

Loopline, which is headquartered in Singapore and has its European base in Dublin, said it disagreed with the decision and would appeal to the Irish courts. “We made significant changes to our teen protections in 2023, well before this decision, and many of the issues it describes no longer exist,” a Loopline spokesperson told Wikinews.

In a separate statement posted on its website, the company said it “remains committed to the safety of our youngest users.”

The decision was welcomed by child safety campaigners. Orla Breathnach, chief executive of the Dublin-based charity SafeScreen Ireland, said the fine was “long overdue.”

“For years the industry has treated privacy settings as something for parents to sort out,” Breathnach said. “Today the regulator has said that is not good enough.”

Under the EU’s General Data Protection Regulation, companies can be fined up to four percent of their global annual turnover. Loopline has three months to bring its processing of children’s data into compliance, the DPC said.''',
 [("nudged", "Data Protection Commission"),
  ("failed to take account of the", "Data Protection Commission"),
  ("Millions of teenagers across Europe used", "Siobhán Garvey"),
  ("The law is clear that children", "Siobhán Garvey"),
  ("That obligation does not disappear because", "Siobhán Garvey"),
  ("We made significant changes to our", "Loopline"),
  ("remains committed to the safety of", "Loopline"),
  ("long overdue.", "Orla Breathnach"),
  ("For years the industry has treated", "Orla Breathnach"),
  ("Today the regulator has said that", "Orla Breathnach")]),

# 6 -- Developer-press report, telemetry backlash on a GitHub issue tracker; issue title, comment quotes "wrote X", README wording, maintainer split quotes across two comments, Mastodon post; straight quotes
('''Maintainer pulls telemetry from popular JavaScript build tool after user revolt

The developer behind Brisket, a JavaScript bundler downloaded more than four million times a week from npm, has removed a telemetry feature from the project less than a week after adding it, following hundreds of complaints on the project's GitHub issue tracker.

Version 3.8 of Brisket, released last Thursday, began sending anonymous usage data - including the operating system, Node.js version and which plugins were installed - to a server run by the project. The feature was switched on by default and could be disabled with an environment variable.

Within a day, an issue titled "Telemetry should be opt-in, not opt-out" had collected more than 900 thumbs-up reactions.

"I run this inside an air-gapped build environment at a bank, and any outbound connection from a build tool is a finding for our auditors," wrote Luis Ferreira-Campos, a developer in Lisbon, in one of the first comments.

Others were blunter. Another commenter, Joanna Pike, pointed to the project's own README, which promises "zero runtime dependencies and no surprises." Below the link she added: "This is a surprise."

Brisket's creator and sole maintainer, Kenji Arakawa-Doyle, initially defended the change. "I have no idea how people actually use this tool, and that makes it very hard to decide what to work on," he wrote in a comment on Friday. "The data is anonymous and I've published the exact schema."

But by Monday he had changed course. In a pinned comment, Arakawa-Doyle said he had underestimated how strongly users felt and that version 3.8.1 would remove the telemetry code entirely.

"I still think usage data would make Brisket better," he wrote. "But I don't get to make that decision for people who never agreed to it, and I should have known that."

Developers who work on other open-source tools said the episode showed how difficult it is for volunteer maintainers to learn anything about their users. Farah Siddiqui, who maintains a widely used testing framework, said on Mastodon that she sympathised with both sides.

"Every maintainer wants to know which features matter," she posted. "Almost none of us have found a way to ask that users don't hate."

Version 3.8.1 was published on Tuesday. The server that collected the data will be shut down and its contents deleted, Arakawa-Doyle said.''',
 [("I run this inside an air-gapped", "Luis Ferreira-Campos"),
  ("zero runtime dependencies and no surprises", None),
  ("This is a surprise.", "Joanna Pike"),
  ("I have no idea how people", "Kenji Arakawa-Doyle"),
  ("The data is anonymous and I've", "Kenji Arakawa-Doyle"),
  ("I still think usage data would", "Kenji Arakawa-Doyle"),
  ("But I don't get to make", "Kenji Arakawa-Doyle"),
  ("Every maintainer wants to know which", "Farah Siddiqui"),
  ("Almost none of us have found", "Farah Siddiqui")]),

# 7 -- Wire-service report, social platform outage; company status post, statement partial quote, CTO post split quote, trending phrase, small-business owner "told Reuters", analysts "said X, a senior analyst" and "she said"; curly quotes
('''Chirp goes down for six hours in longest outage in its history

SAN FRANCISCO, Sept 9 — Social media platform Chirp was unavailable to users around the world for more than six hours on Monday, the company said, in what appeared to be the longest outage since the service launched in 2019.

Outage-tracking website Downdetector logged more than 1.4 million reports of problems at the peak, from users in the United States, Britain, India, Brazil and elsewhere.

Chirp acknowledged the problems about 40 minutes after they began. “We know people are having trouble loading Chirp. We’re on it,” the company posted on its official status account, which was itself intermittently unreachable.

In a statement issued after service was restored, Chirp said the outage had been caused by “a configuration change to our internal networking that had a much wider effect than intended.” It said there was no evidence of a cyberattack.

Chief technology officer Nadia Brennan-Okoro apologised in a post on the platform. “Today was not good enough,” she wrote. “Millions of you rely on Chirp to reach customers, family and, in some places, emergency information, and we let you down.”

Users turned to rival platforms to joke about the outage, and the phrase “Chirp is down” was trending on at least two competing services for much of the afternoon.

For some, it was more than an inconvenience. Alejandra Ruiz, who runs a bakery in Guadalajara, Mexico, and takes most of her orders through Chirp direct messages, told Reuters she had lost what she estimated was a full day’s sales.

“My customers don’t call anymore. They message,” Ruiz said. “When Chirp disappears, my shop disappears.”

Analysts said the outage would renew questions about the resilience of large platforms. “These companies have become part of the infrastructure people depend on, but they are not regulated or engineered like infrastructure,” said Harold Lindqvist, a senior analyst at research firm Corvane Insights.

A second analyst, Mei-Ling Zhou of Tessaract Partners, said advertisers were likely to seek compensation. “Six hours on a Monday is real money for brands running campaigns,” she said.

Chirp shares fell 3.2 percent in after-hours trading.''',
 [("We know people are having trouble", "Chirp"),
  ("a configuration change to our internal", "Chirp"),
  ("Today was not good enough", "Nadia Brennan-Okoro"),
  ("Millions of you rely on Chirp", "Nadia Brennan-Okoro"),
  ("My customers don’t call anymore. They", "Alejandra Ruiz"),
  ("When Chirp disappears, my shop disappears", "Alejandra Ruiz"),
  ("These companies have become part of", "Harold Lindqvist"),
  ("Six hours on a Monday is", "Mei-Ling Zhou")]),

# 8 -- Tech/legal press report, authors' copyright suit against AI startup; scare quotes, judge's order partial and full quotes "Mistry wrote", statement via lawyers split quote, general counsel "said X, the company's general counsel", professor with title; straight quotes
('''Judge lets authors' lawsuit against AI startup Parallax move forward

A federal judge in California has refused to dismiss a copyright lawsuit brought by a group of novelists against artificial intelligence startup Parallax Labs, allowing the authors' central claim to proceed to discovery.

The authors, led by thriller writer Rosalind Achebe-Hart, allege that Parallax trained its large language model, called Meridian, on hundreds of thousands of pirated books downloaded from so-called "shadow libraries."

In a 34-page order filed on Friday, US District Judge Caroline Mistry wrote that the authors had "plausibly alleged" that Parallax copied their works without permission. "Whether that copying is excused as fair use is a question the court cannot answer on the pleadings," Mistry wrote.

The judge did dismiss a separate claim that Meridian's outputs themselves infringe the authors' copyrights, finding that the complaint did not identify any specific output that reproduced a protected work. The authors may file an amended version of that claim within 30 days.

Achebe-Hart said in a statement released by her lawyers that she was pleased with the ruling. "I spent four years writing my last book," she said. "I did not spend it so that a company could feed it into a machine without asking."

Parallax said it would continue to defend itself. "We respect authors and the creative work they do," said Tobias Renwick, the company's general counsel. "We are confident that training a model on text is a lawful and transformative use, and we expect the court to agree."

Legal observers said the ruling was narrow but significant, because it means the authors' lawyers will be able to demand internal records about how Parallax assembled its training data.

"This is the stage where most of these cases have been trimmed back hard," said Professor Annika Feldstrom, who teaches copyright law at the University of Minnesota. "The core claim surviving means we are going to see what Parallax's data pipeline actually looked like."

The parties have been ordered to submit a joint discovery plan by next month. A trial date has not been set.''',
 [("plausibly alleged", "Caroline Mistry"),
  ("Whether that copying is excused as", "Caroline Mistry"),
  ("I spent four years writing my", "Rosalind Achebe-Hart"),
  ("I did not spend it so", "Rosalind Achebe-Hart"),
  ("We respect authors and the creative", "Tobias Renwick"),
  ("We are confident that training a", "Tobias Renwick"),
  ("This is the stage where most", "Annika Feldstrom"),
  ("The core claim surviving means we", "Annika Feldstrom")]),

# 9 -- Gadget-blog keynote report, laptop maker's in-house chip; CEO split quotes, "the 47-year-old said", slide text, head of silicon partial quote, analyst "said X, a principal analyst", developer Bluesky post split; curly quotes
('''Solenne unveils its first in-house laptop chip at Lyon keynote

Solenne, the French laptop maker best known for its slim aluminium ultrabooks, has announced its first processor designed in-house, a chip it calls the S1 that the company says will power all of its laptops by the end of next year.

Chief executive Mathilde Garnier-Ouattara unveiled the chip on stage at the company’s annual event in Lyon on Tuesday. “For ten years we have designed beautiful machines around somebody else’s heart,” she told an audience of around 2,000 people. “Today, the heart is ours.”

The S1 is built on an Arm-based design and manufactured by TSMC. Solenne claims it offers up to 22 hours of battery life in its new Aérion 14 laptop, a figure Garnier-Ouattara repeated several times during the keynote. “All-day battery, for real this time,” read the slide behind her as she spoke.

The 47-year-old, who took over as chief executive in 2021, said the project began shortly after she joined the company. “We had a meeting, I asked how long it would take, and the engineers laughed,” she said. “They were right to laugh. It took four years.”

Solenne’s head of silicon, Bertrand Aubague, gave a more technical presentation after the keynote. He said the chip’s graphics performance would match “mid-range discrete GPUs from two years ago,” a claim that drew some scepticism in the hall.

Independent analysts were cautiously positive. “Solenne is not going to beat the biggest chipmakers on raw performance, and it doesn’t need to,” said Ingrid Solheim, a principal analyst at Oslo-based Halvard Research. “What it needs is a chip that makes its own laptops feel better than rival ones. On paper, that’s what it has.”

Others questioned whether third-party software would be ready in time. Marc-Antoine Lefèvre, who builds audio production software for Windows, said in a post on Bluesky that he had not yet received a test machine.

“Would love to support the S1 on day one,” he wrote. “Would also love to have seen one.”

The Aérion 14 goes on sale in France, Germany and the Benelux countries next month, priced from €1,499. Solenne said other markets would follow early next year.''',
 [("For ten years we have designed", "Mathilde Garnier-Ouattara"),
  ("Today, the heart is ours.", "Mathilde Garnier-Ouattara"),
  ("All-day battery, for real this time", None),
  ("We had a meeting, I asked", "Mathilde Garnier-Ouattara"),
  ("They were right to laugh.", "Mathilde Garnier-Ouattara"),
  ("mid-range discrete GPUs from two years", "Bertrand Aubague"),
  ("Solenne is not going to beat", "Ingrid Solheim"),
  ("What it needs is a chip", "Ingrid Solheim"),
  ("Would love to support the S1", "Marc-Antoine Lefèvre"),
  ("Would also love to have seen", "Marc-Antoine Lefèvre")]),

# 10 -- Linux-news site report, distribution drops 32-bit support; forum posts "X wrote", thread title, anonymous forum user, charity volunteer split quote, developer split quote; straight quotes
('''Corvid Linux to drop 32-bit x86 support in next release

Developers of Corvid Linux, a community-run distribution popular on older hardware, have confirmed that the next major release will no longer support 32-bit x86 processors, ending more than 20 years of support for the architecture.

The decision was announced on the project's forum on Sunday by release manager Ondřej Havlík. "We have gone back and forth on this for two years, and there is no good answer," Havlík wrote. "The number of people testing i686 builds is now three. I am one of them."

He said the cost of keeping 32-bit builds working had grown as upstream projects, including several web browsers and the Rust compiler toolchain, reduced their own support. The draft release notes for Corvid 15 say no i686 installation media will be produced, although existing 32-bit installations will keep receiving security updates until Corvid 14 reaches the end of its support period in mid-2027.

The announcement thread, titled "The end of i686," had more than 400 replies by Wednesday. Many users said they had expected the change. "Honestly surprised it lasted this long," wrote one user.

Others were less happy. Gwendolyn Marsh, who volunteers at a computer recycling charity in Leeds, said the distribution had long been the charity's default choice for donated machines.

"We still get Atom netbooks and old Pentium 4 towers every week," Marsh wrote. "For a lot of the families we give them to, that's their only computer."

Havlík replied that the team understood the concern but did not have the volunteers to continue. "If someone wants to maintain an i686 spin as a community project, we will help them get set up," he wrote.

Another developer, Beatrix Kallio, said the decision would free up build servers for other work. "Our i686 builders fail more often than they succeed," she wrote. "Every hour spent fixing them is an hour not spent on the things most users actually see."

Corvid 15 is scheduled for release in April. The project says about 2 percent of the systems that report to its opt-in hardware survey still run a 32-bit kernel.''',
 [("We have gone back and forth", "Ondřej Havlík"),
  ("The number of people testing i686", "Ondřej Havlík"),
  ("Honestly surprised it lasted this long", "~user"),
  ("We still get Atom netbooks and", "Gwendolyn Marsh"),
  ("For a lot of the families", "Gwendolyn Marsh"),
  ("If someone wants to maintain an", "Ondřej Havlík"),
  ("Our i686 builders fail more often", "Beatrix Kallio"),
  ("Every hour spent fixing them is", "Beatrix Kallio")]),

# 11 -- Wire/foreign-desk report, Brazilian regulator blocks messaging app; agency statement, judge's decision "the judge wrote", company blog partial and full quote, digital-rights lawyer "said X", nurse split quote, minister "he said"; curly quotes
('''Brazil orders internet providers to block messaging app Vesper

SÃO PAULO — Brazil’s telecommunications regulator on Thursday ordered internet providers to block access to the encrypted messaging app Vesper, after a judge ruled that the company had repeatedly failed to comply with court orders in a fraud investigation.

The National Telecommunications Agency, Anatel, said in a statement that it had notified more than 20,000 providers of the order and expected the block to take effect “within 24 hours.”

Judge Fernanda Tavares Lobo of a federal court in Brasília wrote in her decision that Vesper had shown “a persistent disregard for Brazilian law.” The company had ignored three requests for information about accounts linked to a scheme that defrauded pensioners of an estimated 40 million reais, according to the ruling.

“No company can operate in this country as if it were outside its jurisdiction,” the judge wrote.

Vesper, which is registered in the Cayman Islands and has no office in Brazil, said in a post on its blog that it was “technically unable” to provide the data requested because messages on the service are end-to-end encrypted. “We cannot hand over what we do not have,” the company wrote.

Digital rights groups criticised the block. “Blocking an entire service used by millions of people to punish a company for something it says it cannot do goes far beyond what the case requires,” said Rafael Moreira Santos, a lawyer at the São Paulo digital rights group Instituto Rede Livre. “Ordinary users will pay the price, and the fraudsters will move to another app in an afternoon.”

Some users said they had already begun moving. Luana Ferraz, a 29-year-old nurse in Recife, said her hospital ward used Vesper to coordinate shifts.

“We set up a group on another app this morning,” Ferraz said. “Half the team hasn’t joined yet, so I’ve been sending the same messages twice.”

Brazil’s communications minister, Paulo Henrique Dantas, told reporters in Brasília that the government would not interfere. “The ruling is the judiciary’s, and it will be obeyed,” he said.

Brazilian courts have ordered nationwide blocks of messaging services several times over the past decade, usually lifting them within days.''',
 [("within 24 hours.", "National Telecommunications Agency"),
  ("a persistent disregard for Brazilian law", "Fernanda Tavares Lobo"),
  ("No company can operate in this", "Fernanda Tavares Lobo"),
  ("technically unable", "Vesper"),
  ("We cannot hand over what we", "Vesper"),
  ("Blocking an entire service used by", "Rafael Moreira Santos"),
  ("Ordinary users will pay the price", "Rafael Moreira Santos"),
  ("We set up a group on", "Luana Ferraz"),
  ("Half the team hasn’t joined yet", "Luana Ferraz"),
  ("The ruling is the judiciary’s, and", "Paulo Henrique Dantas")]),

# 12 -- Startup-press (TechCrunch-style) report, fintech layoffs; CEO memo "he wrote" split quotes, unnamed company spokesperson, anonymous employees "the employee said" / "the engineer said", VC partner split quote; straight quotes
('''Fintech startup Ledgerly cuts 30% of staff as funding talks stall

Ledgerly, the Berlin-based startup that sells accounting software to small businesses, laid off around 30% of its 410 employees on Wednesday, according to an internal memo seen by TechCrunch and confirmed by the company.

In the memo, co-founder and CEO Jonas Velde-Amsel wrote that the company had failed to close a planned funding round. "I made a bet that the market would recover faster than it has," he wrote. "That bet was wrong, and the people who are leaving today are paying for my mistake."

Affected employees will receive four months' severance and can keep their company laptops, according to the memo.

A Ledgerly spokesperson confirmed the layoffs in an email. "This was a painful decision, and we are doing everything we can to support our colleagues through it," the spokesperson said.

The cuts fell most heavily on the sales and marketing teams, according to two employees who spoke to TechCrunch on condition of anonymity because they were not authorised to speak to the press. One of them, an account executive, said the layoffs were announced in a 15-minute video call. "Cameras off, no questions," the employee said. "Then our Slack access was gone before lunch."

The other, a backend engineer who was not laid off, said morale had been low for months. "Everyone could see the runway getting shorter," the engineer said.

Ledgerly raised a €45 million Series B round in 2022, led by Hollmann Ventures, at a time when investors were pouring money into fintech startups. Investors have become far more cautious since then.

"The companies that raised at peak valuations are now running out of the money they raised," said Sunita Varadarajan, a partner at London-based venture firm Kestrel Point, which is not an investor in Ledgerly. "Some of them will find a buyer. Some of them won't."

Velde-Amsel ended his memo on a more hopeful note. "We still have customers who love what we build, and we have enough money to serve them," he wrote.

Ledgerly says its software is used by about 60,000 small businesses in Germany, Austria and the Netherlands.''',
 [("I made a bet that the", "Jonas Velde-Amsel"),
  ("That bet was wrong, and the", "Jonas Velde-Amsel"),
  ("This was a painful decision, and", "Ledgerly"),
  ("Cameras off, no questions,", "~employee"),
  ("Then our Slack access was gone", "~employee"),
  ("Everyone could see the runway getting", "~engineer"),
  ("The companies that raised at peak", "Sunita Varadarajan"),
  ("Some of them will find a", "Sunita Varadarajan"),
  ("We still have customers who love", "Jonas Velde-Amsel")]),

# 13 -- Cloud-native trade-press report, licence change and fork; foundation statement, CEO blog partial quotes, interim lead split quote, former engineer Mastodon post, company statement split, banner text; curly quotes
('''Developers fork Strata after company moves to source-available licence

A group of developers and cloud companies has announced a fork of Strata, the widely used open-source configuration management tool, a month after the company behind it moved the project to a licence that restricts commercial use.

The fork, named OpenStrata, will be hosted by the Linux Foundation. “Strata’s users deserve a future that does not depend on one company’s business plan,” the foundation said in a statement on Monday.

Strata Systems, the San Diego company that created the tool, announced in August that future versions would be released under a new licence that prohibits offering the software as a hosted service without a commercial agreement. In a blog post at the time, chief executive Gideon Marsh-Oyelaran said the change was necessary to protect the company from cloud providers “who take everything and give nothing back.”

The OpenStrata project’s founding members include three cloud providers and several consulting firms. Its interim technical lead, Rebecca Thorsen, said the fork would remain under the Mozilla Public License.

“We are not doing this to punish anyone,” Thorsen said in an interview. “We are doing it because thousands of companies built on Strata on the understanding that it was open, and that understanding has been broken.”

Another founding member, Adaeze Nnamani, who worked as an engineer at Strata Systems until 2023, said on Mastodon that she had contributed more than 600 commits to the original project. “I wrote a lot of that code on the promise that it would stay open,” she posted.

Strata Systems responded to the fork in a brief statement. “Forks are a natural part of open source, and we wish the OpenStrata community well,” the company said. “Our focus remains on our customers.”

At the project’s first community call on Tuesday, some of the more than 1,000 participants changed their video backgrounds to a banner reading “Open Means Open.”

Marsh-Oyelaran did not respond to a request for comment on the fork. In his August post, he had predicted that “a fork would struggle to survive without the people who built the thing.”

OpenStrata’s first release, based on the last openly licensed version of Strata, is expected within six weeks.''',
 [("Strata’s users deserve a future that", "Linux Foundation"),
  ("who take everything and give nothing", "Gideon Marsh-Oyelaran"),
  ("We are not doing this to", "Rebecca Thorsen"),
  ("We are doing it because thousands", "Rebecca Thorsen"),
  ("I wrote a lot of that", "Adaeze Nnamani"),
  ("Forks are a natural part of", "Strata Systems"),
  ("Our focus remains on our customers", "Strata Systems"),
  ("Open Means Open.", None),
  ("a fork would struggle to survive", "Gideon Marsh-Oyelaran")]),

# 14 -- Wikinews-style report, Australian council ransomware breach; council statement, CEO at press conference split + partial quote, leak-site heading, mayor "the mayor said", police statement, unnamed resident split quote; straight quotes
('''Australian council confirms ransomware attack exposed residents' data

Thursday, February 20, 2025

The City of Wandoo Springs in Western Australia has confirmed that a ransomware attack on its computer systems last month exposed the personal information of about 18,000 residents, including names, addresses and some driver's licence numbers.

In a statement on Tuesday, the council said the attackers had "accessed and copied" files from a server used by its rates and parking departments.

Chief executive officer Marcus Tennant-Liu told a press conference that the council had refused to pay a ransom. "We will not fund criminal organisations with ratepayers' money," Tennant-Liu said. "That was never on the table."

He said staff had been "working around the clock" with the Australian Cyber Security Centre and Western Australia Police since the attack was discovered on January 14.

A group claiming responsibility for the attack posted samples of the stolen data on a leak site last week, under the heading "Wandoo Springs - pay or publish." The council has not said how much the group demanded.

Mayor Gemma Rourke apologised to residents at a council meeting on Tuesday night. "People trusted us with their information, and it was taken," the mayor said. "I am sorry, and we will do everything we can to help those affected."

Western Australia Police said in a statement that the investigation was continuing and that detectives were working with "national and international partners." No arrests have been made.

Several residents at the meeting expressed frustration that they had learned of the breach from news reports rather than from the council. "I found out from the local paper that my licence number was on the dark web," one resident said. "Not a letter, not an email, nothing."

The council said letters would be sent to all affected residents by the end of the month, and that it would cover the cost of replacing driver's licences where needed. It has also set up a telephone hotline.''',
 [("accessed and copied", "City of Wandoo Springs"),
  ("We will not fund criminal organisations", "Marcus Tennant-Liu"),
  ("That was never on the table.", "Marcus Tennant-Liu"),
  ("working around the clock", "Marcus Tennant-Liu"),
  ("People trusted us with their information", "Gemma Rourke"),
  ("I am sorry, and we will", "Gemma Rourke"),
  ("national and international partners.", "Western Australia Police"),
  ("I found out from the local", "~resident"),
  ("Not a letter, not an email", "~resident")]),

# 15 -- Local-paper feature, teen hackathon winners; several young women quoted with ages, organiser split quote, app name, stage banner, "said X, 17"; curly quotes
('''Teen coders build flood-warning app in 36-hour hackathon

The team that won this year’s CodeHarbour hackathon in Halifax had never met before Friday night. By Sunday afternoon, the four high-school students had built an app that texts residents when nearby rivers start to rise — and walked away with the $5,000 top prize.

“We were kind of the leftover team,” said Zara Mahmood, 17, a Grade 12 student at a Dartmouth high school. “Everyone else came with friends. We just sort of found each other at the pizza table.”

The app, which the team named “RiverWatch,” pulls water-level readings from federal monitoring stations and sends alerts based on a user’s address.

Teammate Chloe Fairbanks, 16, said the idea came from her own street in Bedford. “Our basement flooded twice in the last three years,” she said. “The second time we had about an hour of warning, and only because a neighbour knocked on the door.”

The event, now in its fifth year, drew 140 students from across the Maritimes. Organizer Danielle Arsenault, a software developer who started CodeHarbour with two colleagues, said the judges were impressed by how much the team managed to finish.

“A lot of hackathon projects are a nice slide deck and a demo that works once,” Arsenault said. “These kids had something you could actually install.”

Judges also praised the app’s accessibility features. Another team member, Naomi Oyelowo, 17, built a version that reads alerts aloud in French and Arabic as well as English.

“My grandmother doesn’t read English well, so that was the first thing I thought of,” Oyelowo said.

The fourth member of the team, Grade 11 student Hannah Leclerc, was at a volleyball tournament on Monday and could not be reached for comment.

A banner hung over the stage at Sunday’s closing ceremony read “Build Something That Matters.” Several parents said the slogan had been easy to take seriously after watching the winning presentation.

The team says it plans to keep working on the app over the summer. “We’ve already had an email from someone at the city,” Mahmood said.''',
 [("We were kind of the leftover", "Zara Mahmood"),
  ("Everyone else came with friends.", "Zara Mahmood"),
  ("Our basement flooded twice in the", "Chloe Fairbanks"),
  ("The second time we had about", "Chloe Fairbanks"),
  ("A lot of hackathon projects are", "Danielle Arsenault"),
  ("These kids had something you could", "Danielle Arsenault"),
  ("My grandmother doesn’t read English well", "Naomi Oyelowo"),
  ("Build Something That Matters.", None),
  ("We’ve already had an email from", "Zara Mahmood")]),

# 16 -- Security/startup press report, bug bounty paid to Indian student; "told TechCrunch" split quotes, company engineering blog partial quote, CISO "wrote" split quote, "the 23-year-old said", trainer "said X, who runs"; straight quotes
('''Student earns $60,000 bounty for flaw that exposed ride-hailing users' trip history

A 23-year-old security researcher from Pune has been awarded $60,000 by ride-hailing company Zippa after finding a bug that allowed anyone to view other riders' trip histories, including pickup and drop-off addresses.

Aniket Deshpande, a final-year computer engineering student, found the flaw in February while testing the company's web app. He said it took him less than an hour.

"I changed one number in a request and got back somebody else's rides," Deshpande told TechCrunch. "Then I changed it again and got somebody else's. At that point I stopped and wrote the report."

The bug, known as an insecure direct object reference, or IDOR, is one of the most common flaws in web applications. Deshpande said he had accessed only a handful of records to confirm the issue and deleted them afterwards.

Zippa, which operates in 14 countries across South and Southeast Asia, said it fixed the vulnerability within 48 hours of receiving the report. In a post on its engineering blog, the company said it had found "no evidence that the issue was exploited by anyone other than the reporting researcher."

The company's chief information security officer, Meera Pillai-Rao, wrote in the same post that the size of the bounty reflected the severity of the issue. "Location history is among the most sensitive data we hold," Pillai-Rao wrote. "A bug like this is exactly why we run a bounty programme, and exactly why we pay well for it."

Deshpande said the money would pay off his education loan. "My parents took that loan when I was in Class 12," the 23-year-old said. "I called my mother first. She thought it was a scam."

Other researchers said the payout was unusually generous for a bug of this type. "Most companies would pay a few thousand dollars for an IDOR, even a bad one," said Ritu Banerjee, who runs a bug bounty training platform in Bengaluru. "Zippa is sending a signal that they take location data seriously."

Deshpande said he planned to start a full-time job in application security after graduating in May.''',
 [("I changed one number in a", "Aniket Deshpande"),
  ("Then I changed it again and", "Aniket Deshpande"),
  ("no evidence that the issue was", "Zippa"),
  ("Location history is among the most", "Meera Pillai-Rao"),
  ("A bug like this is exactly", "Meera Pillai-Rao"),
  ("My parents took that loan when", "Aniket Deshpande"),
  ("I called my mother first.", "Aniket Deshpande"),
  ("Most companies would pay a few", "Ritu Banerjee"),
  ("Zippa is sending a signal that", "Ritu Banerjee")]),

# 17 -- Security trade-press report, typosquatted npm packages; package name, research-firm report partial quote, researcher split quotes, maintainer blog split, bank security lead "said X, who leads"; curly quotes
('''Malicious npm packages mimicking popular logging library stole developer credentials

Researchers at supply chain security firm Fernhill Security have discovered 14 malicious packages on the npm registry that impersonated a popular JavaScript logging library and stole credentials from developers who installed them.

The packages had names that differed from the real library, loglevel-plus, by a single character — one was called “1oglevel-plus,” with a digit in place of the first letter. The real library is downloaded around two million times a week.

Once installed, the packages ran a script that searched the developer’s machine for cloud access keys, SSH keys and npm tokens and sent them to a server controlled by the attackers, Fernhill said in a report published on Wednesday. The report said the campaign showed “a level of patience we don’t usually see in commodity malware.”

“This wasn’t a smash-and-grab,” said Katarzyna Wilk, a senior threat researcher at Fernhill. “The malicious code waited about ten minutes after installation before doing anything, which is long enough that most automated scanners had already moved on.”

Wilk said the packages had been downloaded about 3,800 times in total before npm removed them, although some of those downloads were probably from automated mirrors rather than real developers.

The maintainer of the real library, Sanna Lehtinen, said she learned of the impostors from users who had filed confused bug reports. “People were opening issues asking why my library was making network requests,” Lehtinen wrote on her blog. “My library doesn’t make network requests.”

Security experts say such attacks are becoming more common. According to figures from Fernhill, the number of malicious packages found on npm roughly doubled between 2023 and 2024.

“Typosquatting is cheap, and it works,” said Ahmed El-Sayed, who leads the open-source security team at a large European bank. “The attackers only need one developer in a big organisation to make one typo on a Friday afternoon.”

Wilk recommended that companies use lockfiles and private registries that mirror only approved packages. “If a package isn’t on your allow list, your build should fail,” she said.

Developers who installed any of the packages should rotate all credentials stored on the affected machine, Fernhill said.''',
 [("a level of patience we don’t", "Fernhill Security"),
  ("This wasn’t a smash-and-grab,", "Katarzyna Wilk"),
  ("The malicious code waited about ten", "Katarzyna Wilk"),
  ("People were opening issues asking why", "Sanna Lehtinen"),
  ("My library doesn’t make network requests.", "Sanna Lehtinen"),
  ("Typosquatting is cheap, and it works", "Ahmed El-Sayed"),
  ("The attackers only need one developer", "Ahmed El-Sayed"),
  ("If a package isn’t on your", "Katarzyna Wilk")]),

# 18 -- Web-developer press report, browser drops user style sheets; engineering-manager blog post partial and split quotes, bug-report title, accessibility consultant "said X", developer blog comment split, company statement partial; straight quotes
('''Kestrel browser's plan to drop custom style sheets draws fire from accessibility advocates

Arcwright Software, the company behind the Kestrel web browser, says it will remove support for user style sheets in a release due this autumn, a decision that has angered accessibility advocates and some web developers.

User style sheets let people override the appearance of websites - for example by forcing larger text, higher contrast or a particular font. The feature has been part of Kestrel since its first release in 2014.

In a post on the Kestrel developer blog, engineering manager Felix Aranda-Bose said the feature was used by "a very small fraction of a percent" of users and made the browser's rendering engine harder to maintain. "Every time we change how styles are applied, this is the feature that breaks," Aranda-Bose wrote. "We think extensions are now a better way to deliver the same thing."

That reasoning has not persuaded everyone. Within two days, the post's comment thread had passed 600 replies, and a bug report titled "Do not remove user stylesheets" had become the most-starred issue in the project's public tracker.

"For a lot of people with low vision, this is not a nice-to-have," said Hannah Vreeland, an accessibility consultant based in Utrecht who has used a custom style sheet for more than a decade. "Extensions can be removed by an employer's IT policy, or break when a site updates. A style sheet just works."

Vreeland said many of her clients work in offices where browser extensions are blocked entirely by administrators.

Developers also questioned the usage figures. "Of course the number is tiny - it's an accessibility feature," wrote Dmitri Kalnins, a front-end developer in Riga, in a comment on the blog post. "Measuring it by how many people use it misses the point entirely."

In a statement on Friday, Arcwright said it was "listening carefully to the feedback" and had not made a final decision on timing. The company did not say whether it would reconsider removing the feature altogether.

Kestrel has about 4 percent of the desktop browser market, according to analytics firm StatPoint, but is popular among developers and in parts of Europe.''',
 [("a very small fraction of a", "Felix Aranda-Bose"),
  ("Every time we change how styles", "Felix Aranda-Bose"),
  ("We think extensions are now a", "Felix Aranda-Bose"),
  ("For a lot of people with", "Hannah Vreeland"),
  ("Extensions can be removed by an", "Hannah Vreeland"),
  ("Of course the number is tiny", "Dmitri Kalnins"),
  ("Measuring it by how many people", "Dmitri Kalnins"),
  ("listening carefully to the feedback", "Arcwright Software")]),

# 19 -- English-language Japanese business-press report, antitrust order against app store; regulator statement partial quote, official "told reporters" split, company statement, two women developers, professor, anonymous executive; curly quotes
('''Japan’s antitrust regulator orders app store operator to allow outside payments

TOKYO — The Japan Fair Trade Commission on Friday issued a cease-and-desist order against Kumo Digital, the operator of Japan’s second-largest Android app store, requiring it to allow developers to offer payment options other than its own.

The commission said Kumo Digital had abused its dominant position by forcing developers to use its in-app payment system, which charges fees of up to 30 percent. The practice “unfairly restricted competition among payment providers,” the JFTC said in a statement.

“Developers had no realistic choice but to accept the terms,” Takeshi Morimoto, director of the commission’s digital markets division, told reporters at a briefing in Tokyo. “This order gives them that choice.”

Kumo Digital said it would comply with the order while it considers whether to challenge it in court. “We believe our payment system protects users from fraud and provides a consistent experience,” the company said in a statement.

Independent developers welcomed the decision. Yui Nakagawa, who runs a three-person studio in Fukuoka that makes puzzle games, said Kumo’s fees took about a fifth of her company’s revenue. “If we keep even half of that, I can hire another programmer,” she said.

Another developer, Aiko Fujimura, said she was more cautious. “The big question is whether Kumo will make outside payments so inconvenient that nobody uses them,” Fujimura said. “We have seen that happen in other countries.”

Professor Kenta Hoshino of Hitotsubashi University, who specialises in competition law, said the order was the most significant the commission had issued against a digital platform. “It is a signal to every platform operating in Japan,” Hoshino said.

A Kumo Digital executive, speaking on condition of anonymity because he was not authorised to comment publicly, said the company had expected the order. “We prepared for this months ago,” the executive said.

Kumo Digital must submit a compliance plan to the commission within 90 days. Failure to comply with a cease-and-desist order can result in criminal penalties under Japan’s Antimonopoly Act.''',
 [("unfairly restricted competition among payment providers", "Japan Fair Trade Commission"),
  ("Developers had no realistic choice but", "Takeshi Morimoto"),
  ("This order gives them that choice.", "Takeshi Morimoto"),
  ("We believe our payment system protects", "Kumo Digital"),
  ("If we keep even half of", "Yui Nakagawa"),
  ("The big question is whether Kumo", "Aiko Fujimura"),
  ("We have seen that happen in", "Aiko Fujimura"),
  ("It is a signal to every", "Kenta Hoshino"),
  ("We prepared for this months ago", "~executive")]),

# 20 -- US city-desk report, gig drivers protest at app company HQ; placards and chant, organiser driver split quote, alliance president "told the crowd", company statement partial quote, named spokesperson, alderperson; curly quotes
('''Delivery drivers rally outside Dashwell headquarters over pay algorithm

CHICAGO — Several hundred delivery drivers rallied outside the headquarters of food delivery app Dashwell on Thursday, protesting changes to the algorithm that decides how much they are paid for each order.

Drivers carried signs reading “Show Us the Math” and “We Are Not Your Beta Test,” and chanted “Pay per mile, not per whim” as office workers watched from the windows above.

The protest was organised by the Chicago Gig Workers Alliance, which says average pay per order has fallen by about 18 percent since Dashwell introduced a new pricing system in March. Under the system, the amount offered for each delivery changes according to demand, distance and factors the company has not disclosed.

“We used to know what a trip was worth before we accepted it,” said Tomás Villanueva, a driver who has worked for Dashwell for five years and helped organise the rally. “Now the number changes every day and nobody can tell us why.”

Keisha Montgomery, the alliance’s president, said drivers wanted the company to publish how the pricing system works. “If the algorithm is fair, show it to us,” Montgomery told the crowd. “If it isn’t fair, fix it.”

Dashwell said in a statement that the new system “allows drivers to earn more during busy periods” and that average hourly earnings had risen since it was introduced.

A Dashwell spokesperson, Lauren Fitch, also disputed the alliance’s figures. “The numbers they’re citing don’t account for tips, which have gone up significantly,” Fitch said.

Alderperson Rosa Quintero, whose ward includes the company’s offices, addressed the rally briefly and said she would ask the City Council to hold a hearing on app-based pay. “These workers keep this city fed,” Quintero said.

The alliance says it plans further protests in other cities if Dashwell does not agree to meet its representatives by the end of the month. The company did not say whether it would meet them.''',
 [("Show Us the Math", None),
  ("We Are Not Your Beta Test,", None),
  ("Pay per mile, not per whim", None),
  ("We used to know what a", "Tomás Villanueva"),
  ("Now the number changes every day", "Tomás Villanueva"),
  ("If the algorithm is fair, show", "Keisha Montgomery"),
  ("If it isn’t fair, fix it.", "Keisha Montgomery"),
  ("allows drivers to earn more during", "Dashwell"),
  ("The numbers they’re citing don’t account", "Lauren Fitch"),
  ("These workers keep this city fed", "Rosa Quintero")]),

# 21 -- Cloud/infrastructure press report, post-mortem of storage outage; VP blog post quoted over two paragraphs (second reopening the mark), "she wrote", customer CTO split quote, SRE LinkedIn post, federal agency spokesperson; straight quotes
('''Nimbusfield blames expired certificate for eight-hour storage outage

Cloud hosting company Nimbusfield has published a detailed account of last week's outage, which left thousands of customers in Europe unable to reach their stored files for almost eight hours.

In a post-mortem published on the company's blog on Monday, vice-president of infrastructure Sigrid Aaltonen said the failure began when an internal TLS certificate used by the storage system's metadata service expired at 03:12 UTC on Tuesday.

"The certificate was issued with a one-year lifetime in 2024, and the automated renewal job that should have replaced it had been silently failing since a configuration change in January," Aaltonen wrote. "Our alerting did not cover that job. That is the single most important thing we got wrong.

"When the certificate expired, every storage node in our Frankfurt and Amsterdam regions lost the ability to talk to the metadata service at the same moment. The nodes then began retrying, and the volume of retries made it much harder to bring the service back once we had a new certificate in place."

Engineers had a replacement certificate within 90 minutes but needed several more hours to restore service safely, she said. "We owe our customers an apology, and we owe them this explanation," she wrote.

The company said it would give affected customers a credit equal to 25 percent of their monthly storage bill and would add monitoring for every automated job involved in certificate renewal.

Customers said the post-mortem was thorough but the outage had been costly. Pieter de Graaf, chief technology officer at Amsterdam e-commerce company Tulpbox, said his shop could not display product images for most of the day.

"We were basically selling things that were invisible," de Graaf said. "Our conversion rate dropped to almost nothing."

Reliability engineers online praised the company's openness. "Expired certs are the most boring way to take down a cloud, and they happen to everybody," wrote Yasmin Haddad, a site reliability engineer, in a post on LinkedIn. "Credit to Nimbusfield for saying exactly what happened instead of blaming the network."

A spokesperson for Germany's Federal Office for Information Security (BSI) said the agency was "aware of the incident" and in contact with the company.''',
 [("The certificate was issued with a", "Sigrid Aaltonen"),
  ("Our alerting did not cover that", "Sigrid Aaltonen"),
  ("When the certificate expired, every storage", "Sigrid Aaltonen"),
  ("We owe our customers an apology", "Sigrid Aaltonen"),
  ("We were basically selling things that", "Pieter de Graaf"),
  ("Our conversion rate dropped to almost", "Pieter de Graaf"),
  ("Expired certs are the most boring", "Yasmin Haddad"),
  ("Credit to Nimbusfield for saying exactly", "Yasmin Haddad"),
  ("aware of the incident", "Federal Office for Information Security")]),

# 22 -- British newspaper report, small forums close under Online Safety Act; curly single quotes as main mark, forum founder split quote, regulator partial quotes and spokesperson, campaigner "said X, who", MP "told the BBC", government department partial quotes, forum member; curly single quotes
('''Small forums shut down as online safety rules take effect

Several small online communities in the UK have closed or blocked British users ahead of new duties under the Online Safety Act, with their volunteer operators saying they cannot afford the cost of compliance.

Among them is Tarn Walkers, a fell-walking forum with around 9,000 members. Its founder, Graham Pennington, 68, said he had spent weeks reading Ofcom’s guidance before deciding to close it.

‘I ran this from my spare bedroom for 22 years,’ Pennington said. ‘I read 300 pages of guidance and I still couldn’t tell you whether I was compliant. I’m not going to risk a fine for a hobby.’

The act requires services that host user-generated content to assess the risk of illegal material and of harm to children, and to take steps to reduce it. Ofcom can fine companies up to £18m or 10% of their global turnover.

Ofcom said its rules were ‘proportionate’ and that most small sites would find the requirements ‘straightforward’. A spokesperson for the regulator said: ‘We have published tools specifically to help small services, and we are not in the business of shutting down hobby forums.’

Campaigners said those tools had not reassured volunteers. ‘Ofcom keeps saying small sites have nothing to fear, but it won’t put that in writing,’ said Rachel Osborne-Kaye, who coordinates the Small Sites Coalition, a group set up last year to represent independent forums.

Siân Pryce, a Labour member of the Commons science and technology committee, said she would raise the closures with ministers. ‘Nobody voted for this law to close a walking club’s message board,’ she told the BBC.

The Department for Science, Innovation and Technology said the act was ‘designed to protect children and adults online’ and that enforcement would focus on ‘the riskiest services’.

Some members have tried to keep the community going elsewhere. Joan Whitlock, who joined Tarn Walkers in 2004, said members had set up a group chat to share route reports. ‘It isn’t the same,’ she said.

Pennington said the forum’s archive of walk reports and photographs would stay online in read-only form for as long as he could afford the hosting.''',
 [("I ran this from my spare", "Graham Pennington"),
  ("I read 300 pages of guidance", "Graham Pennington"),
  ("proportionate", "Ofcom"),
  ("straightforward", "Ofcom"),
  ("We have published tools specifically to", "Ofcom"),
  ("Ofcom keeps saying small sites have", "Rachel Osborne-Kaye"),
  ("Nobody voted for this law to", "Siân Pryce"),
  ("designed to protect children and adults", "Department for Science, Innovation and Technology"),
  ("the riskiest services", "Department for Science, Innovation and Technology"),
  ("It isn’t the same", "Joan Whitlock")]),

# 23 -- Tech-culture feature, volunteers rescue old educational software; coordinator split quotes and "said Strickland", game title, volunteer split quote, handwritten note, former programmer; straight quotes
('''Volunteers rescue 40,000 floppy disks from closed software publisher's warehouse

A group of volunteer archivists has recovered the contents of more than 40,000 floppy disks found in the warehouse of a defunct educational software publisher in Ohio, preserving dozens of programs that had been thought lost.

The disks belonged to Brightleaf Learning, a Dayton company that made maths and spelling games for school computers in the 1980s and early 1990s before going out of business in 1997. They were discovered last year when the building was sold.

"The new owner called a computer club in Dayton, and someone there called me," said Evelyn Strickland, who coordinates the Midwest Software Preservation Project. "I drove down expecting a few boxes. There were eleven pallets."

Over the past year, about 30 volunteers have imaged the disks using specialised hardware that reads the magnetic signal directly, allowing them to recover data from media that standard drives can no longer read.

Among the recovered titles is "Captain Fraction's Space Bakery," a 1986 game that many former students remembered but that no one had been able to find.

"I must have played that in third grade a hundred times," said Victor Osei-Bonsu, a volunteer who works as a database administrator. "When it booted up on the emulator, I actually had to step away from the desk for a minute."

The project has also found source code for several programs, along with design notes written by Brightleaf's developers. One notebook page, scanned and posted online, carries a handwritten warning: "DO NOT SHIP UNTIL PIXEL IS FIXED."

Some of those developers have since come forward. Lorraine Pasternak, who programmed several Brightleaf games after graduating from college, said she was astonished the disks had survived. "We always assumed it all went in a dumpster," Pasternak said.

She has given the group permission to publish her games, and the project is trying to trace the owners of the rights to the rest.

Copyright remains a complication. "Abandoned software is still copyrighted software," said Strickland. "We'd rather ask first and publish later than the other way around."

The project has so far released 112 titles that can be played in a web browser, and expects to release more this year.''',
 [("The new owner called a computer", "Evelyn Strickland"),
  ("I drove down expecting a few", "Evelyn Strickland"),
  ("I must have played that in", "Victor Osei-Bonsu"),
  ("When it booted up on the", "Victor Osei-Bonsu"),
  ("DO NOT SHIP UNTIL PIXEL IS", None),
  ("We always assumed it all went", "Lorraine Pasternak"),
  ("Abandoned software is still copyrighted software", "Evelyn Strickland"),
  ("We'd rather ask first and publish", "Evelyn Strickland")]),

# 24 -- New Zealand news-site report, tribunal rules airline liable for chatbot answer; passenger split quote, airline submission partial quote, referee's decision "she wrote" / "Marsters wrote", airline statement "the statement said", lawyer split quote, consumer group spokesperson; curly quotes
('''Airline ordered to honour refund promised by its own chatbot

WELLINGTON — The Disputes Tribunal has ordered regional airline Tasman Skylink to refund a passenger NZ$1,240 after its customer-service chatbot told her she could cancel a non-refundable booking for medical reasons and get her money back.

Ngaire Tomoana, a teacher from Napier, booked return flights to Christchurch in March but had to cancel after being admitted to hospital. Before cancelling, she asked the chatbot on the airline’s website whether she would be refunded, and was told she would be if she could provide a medical certificate.

“I did exactly what the website told me to do,” Tomoana said. “I asked the question, I got an answer, and I kept a screenshot. I’m very glad I kept the screenshot.”

Tasman Skylink refused the refund, saying the chatbot’s answer was wrong and that its published fare rules applied. In its submission to the tribunal, the airline argued that the chatbot was “a separate information tool” and that customers should check the full terms and conditions before booking.

Tribunal referee Helen Marsters rejected that argument. “The chatbot is part of the respondent’s website. It is not a separate entity, and it does not have a life of its own,” she wrote.

“A customer cannot be expected to know which parts of an airline’s website are reliable and which are not,” Marsters wrote.

Tasman Skylink said in a statement that it accepted the decision and had since corrected the chatbot. “We’re sorry for the frustration Ms Tomoana experienced,” the statement said.

The case has drawn attention from lawyers who advise companies on artificial intelligence. Auckland technology lawyer Rawiri Henare said businesses needed to treat chatbot answers as their own.

“If you put a bot on your website and let it talk to customers, you own what it says,” Henare said. “That’s not a new legal principle. It’s just a new kind of employee.”

A spokesperson for the consumer group Consumer NZ said it had heard from other customers with similar complaints about automated assistants. “This is unlikely to be the last case like this,” the spokesperson said.

Tasman Skylink operates 14 domestic routes and carried about 900,000 passengers last year.''',
 [("I did exactly what the website", "Ngaire Tomoana"),
  ("I asked the question, I got", "Ngaire Tomoana"),
  ("a separate information tool", "Tasman Skylink"),
  ("The chatbot is part of the", "Helen Marsters"),
  ("A customer cannot be expected to", "Helen Marsters"),
  ("We’re sorry for the frustration Ms", "Tasman Skylink"),
  ("If you put a bot on", "Rawiri Henare"),
  ("That’s not a new legal principle.", "Rawiri Henare"),
  ("This is unlikely to be the", "Consumer NZ")]),

# 25 -- Wikinews-style report, rural community fibre network switched on; co-op chair split quote, hand-painted sign, doctor (title dropped) "told Wikinews" split, national regulator statement partial quote, unnamed resident split quote, 31-year-old technical lead; straight quotes
('''Saskatchewan village switches on community-owned fibre network

Saturday, October 11, 2025

Residents of Pelletier Creek, a village of about 600 people in northern Saskatchewan, Canada, on Thursday switched on a fibre-optic internet network built and owned by a local co-operative, after years of relying on slow fixed-wireless and satellite connections.

The Pelletier Creek Broadband Co-operative laid about 48 kilometres of cable over two summers, with funding from the federal Universal Broadband Fund and loans from its members. Connections offer speeds of up to one gigabit per second.

"Three years ago people laughed at us," said co-operative chair Doreen Beaulieu at a ceremony in the village hall. "Tonight, the same people are asking when their cabin at the lake can be hooked up."

A hand-painted sign outside the hall read "Pelletier Creek: Now Faster Than Saskatoon."

Beaulieu, a retired schoolteacher, said the project began after the village's only medical clinic struggled to run video appointments with specialists.

Dr. Samuel Okonjo, who runs the clinic, said the difference was already noticeable. "Half my telehealth calls used to freeze," Okonjo told Wikinews. "I had patients driving two hours to Prince Albert for a ten-minute follow-up because the video wouldn't hold."

The Canadian Radio-television and Telecommunications Commission (CRTC) has set a target of 50 megabits per second download speeds for all Canadian homes by 2030. In a statement, the CRTC said community networks "play an important role in closing the digital divide."

Not everyone has signed up yet. Of about 260 households, roughly 170 had subscribed by Thursday, the co-operative said, and some older residents have been reluctant to change providers.

"I've had the same phone company for 40 years," said one resident, a retired farmer, outside the hall. "My granddaughter says I have to switch, so I suppose I'll switch."

The co-operative's technical lead, Jordan Whitehawk, a 31-year-old electrician who learned to splice fibre for the project, said work on a second phase reaching outlying farms would begin next spring. "We've done the village. Now we do the farms," Whitehawk said.

The co-operative estimates the second phase will cost about $2.3 million.''',
 [("Three years ago people laughed at", "Doreen Beaulieu"),
  ("Tonight, the same people are asking", "Doreen Beaulieu"),
  ("Pelletier Creek: Now Faster Than Saskatoon.", None),
  ("Half my telehealth calls used to", "Samuel Okonjo"),
  ("I had patients driving two hours", "Samuel Okonjo"),
  ("play an important role in closing", "Canadian Radio-television and Telecommunications Commission"),
  ("I've had the same phone company", "~resident"),
  ("My granddaughter says I have to", "~resident"),
  ("We've done the village.", "Jordan Whitehawk")]),
]
# fmt: on

# fmt: off
STORIES_BV = [
# 1 -- US federal fraud sentencing, AP wire style, straight quotes; judge from the bench, split quote, partial quote, prosecutor, defence lawyer, victim statements, "said X", pronoun, agency statement
('''SACRAMENTO, Calif. (AP) — A former credit union executive who siphoned nearly $4.2 million from members' accounts over eight years was sentenced Tuesday to nine years in federal prison after a hearing in which several of his victims described losing their retirement savings.

U.S. District Judge Helen Marquardt said Dennis Whitcomb, 61, had "treated the savings of schoolteachers and farmworkers as his personal line of credit" while he was chief operating officer of Valley Harvest Federal Credit Union in Yuba City.

"You had every advantage a person could ask for," Marquardt told Whitcomb from the bench. "You had a good salary, a family who loved you and the trust of an entire community. You chose to spend that trust."

Whitcomb pleaded guilty in March to wire fraud and making false entries in credit union records. Prosecutors said he opened accounts in the names of members who had died or moved away, shifted money into them and then withdrew it to pay for a lake house, two boats and gambling debts.

Assistant U.S. Attorney Rachel Odom had asked for 11 years, arguing that the scheme was "not a single lapse but a business model."

"He didn't steal from a bank. He stole from people who walked into that branch every Friday and asked him how his kids were doing," Odom said.

Whitcomb's attorney, Gregory Sandoval, asked for five years, citing his client's age, his cooperation with investigators and a recent diagnosis of early-stage Parkinson's disease.

"Mr. Whitcomb is not asking for sympathy. He is asking the court to see the whole man," Sandoval said.

Among those who addressed the court was Lupe Arriaga, 74, a retired cannery worker who said she lost $186,000.

"I cleaned fish for 31 years to save that money. Now my daughter pays my rent," Arriaga said, her voice breaking.

Another victim, Harold Venn, a former high school principal, said he had recommended the credit union to dozens of colleagues.

"I sent them to him. I carry that every day," said Venn.

Whitcomb, wearing an orange jail jumpsuit, turned to face the gallery before he was sentenced.

"I'm ashamed of what I did, and I will spend whatever time I have left trying to repay it," he said.

Marquardt also ordered him to pay full restitution. In a statement, the National Credit Union Administration said members' insured deposits had been restored and that the agency was "reviewing internal controls at institutions of similar size."''',
 [("treated the savings of schoolteachers and farmworkers", "Helen Marquardt"),
  ("You had every advantage a person", "Helen Marquardt"),
  ("You had a good salary, a", "Helen Marquardt"),
  ("not a single lapse but a", "Rachel Odom"),
  ("He didn't steal from a bank.", "Rachel Odom"),
  ("Mr. Whitcomb is not asking for", "Gregory Sandoval"),
  ("I cleaned fish for 31 years", "Lupe Arriaga"),
  ("I sent them to him.", "Harold Venn"),
  ("I'm ashamed of what I did,", "Dennis Whitcomb"),
  ("reviewing internal controls at institutions of", "National Credit Union Administration")]),

# 2 -- UK Crown Court sentencing, English regional-paper style with single quotes; prosecuting/mitigating counsel, split quotes, victim personal statement ("he wrote"), Recorder's sentencing remarks, police officer, company statement partial
('''A man who attacked a takeaway delivery driver with a wheel brace in a row over a parking space has been jailed for three and a half years.

Liam Proctor, 29, of Haverton Road, Stockton, left 41-year-old Amir Haddad with a fractured eye socket and a bleed on the brain after the confrontation outside a block of flats in March, Teesside Crown Court heard.

Proctor admitted wounding with intent at an earlier hearing.

Prosecuting, Joanne Pickering said Mr Haddad had pulled into a parking bay to drop off an order when Proctor came out of a ground-floor flat, shouted at him and then fetched the wheel brace from the boot of his own car.

'This was a sustained and wholly disproportionate attack on a man who was simply doing his job,' she said. 'Mr Haddad did nothing whatsoever to provoke it.'

In a victim personal statement read to the court, Mr Haddad said he had not worked since the attack.

'I used to enjoy my job. I knew all the regulars by name,' he wrote. 'Now I can't sit in a car after dark without checking the mirrors every few seconds.'

Mitigating, Simon Threlfall said his client had been drinking heavily since the death of his father last year and had no previous convictions for violence.

'He accepts that what he did was appalling, and he has written a letter to Mr Haddad which he understands may never be read,' said Mr Threlfall.

Sentencing, Recorder Anne Moffat told Proctor: 'You armed yourself with a weapon and you used it on the head of a stranger. The only reason you are not facing a far longer sentence is that Mr Haddad's injuries, serious as they are, were not worse.'

She said she accepted that his remorse was 'genuine, if late in the day'.

After the hearing, Detective Constable Ryan Bell, of Cleveland Police, said: 'Delivery drivers deserve to do their jobs without fear of violence. I hope this sentence sends a clear message.'

RideBite, the delivery firm Mr Haddad worked for, said in a statement it was 'continuing to support' him and his family.''',
 [("This was a sustained and wholly", "Joanne Pickering"),
  ("Mr Haddad did nothing whatsoever to", "Joanne Pickering"),
  ("I used to enjoy my job.", "Amir Haddad"),
  ("Now I can't sit in a", "Amir Haddad"),
  ("He accepts that what he did", "Simon Threlfall"),
  ("You armed yourself with a weapon", "Anne Moffat"),
  ("genuine, if late in the day", "Anne Moffat"),
  ("Delivery drivers deserve to do their", "Ryan Bell"),
  ("continuing to support", "RideBite")]),

# 3 -- Ontario Superior Court written decision on encampment bylaw, CBC style, curly quotes; Charter text quoted, "X wrote" split, "told CBC News", lawyer with pronoun split, city statement, mayor, protest sign
('''An Ontario Superior Court judge has ruled that the City of Ashford Falls cannot enforce a bylaw that bars people from sheltering overnight in municipal parks on nights when there are not enough shelter beds available.

In a 46-page decision released Thursday, Justice Priya Raghunathan found the bylaw violated Section 7 of the Canadian Charter of Rights and Freedoms, which guarantees “the right to life, liberty and security of the person.”

“The evidence before me establishes that on most nights in the relevant period, the number of people without housing in Ashford Falls exceeded the number of available beds,” Raghunathan wrote. “In those circumstances, a prohibition on erecting any shelter at all is not a rule about parks. It is a rule about whether a person may protect themselves from the cold.”

The case was brought by the Ashford Falls Tenants’ Union on behalf of four people who had been living in tents at Riverside Park. One of them, Denise Whitford, 52, testified last fall that city workers had removed her tent twice in January, once while she was at a medical appointment.

“I lost my medication both times, and today somebody finally listened,” Whitford told CBC News outside the courthouse on Thursday.

Lawyer Marc-André Tessier, who represented the applicants, said the ruling was narrow but important.

“The judge did not say the city has to allow encampments everywhere, forever,” he said. “She said it can’t punish people for having nowhere else to go.”

In a statement, the City of Ashford Falls said it was “reviewing the decision carefully” and had not decided whether to appeal.

Mayor Colin Ferraro told reporters the city had added 60 shelter beds since the case was filed.

“We have never said people should be sleeping outside in February, but parks have to be safe for everyone, including the families who live next to them,” Ferraro said.

Raghunathan did leave the city some room to act. The bylaw may still be enforced during daytime hours, she wrote, and the city may remove structures that pose a genuine fire hazard.

On the courthouse steps, a handful of supporters held a hand-painted sign that read “Housing Is A Human Right.”''',
 [("the right to life, liberty and security", None),
  ("The evidence before me establishes that", "Priya Raghunathan"),
  ("In those circumstances, a prohibition on", "Priya Raghunathan"),
  ("I lost my medication both times,", "Denise Whitford"),
  ("The judge did not say the", "Marc-André Tessier"),
  ("She said it can’t punish people", "Marc-André Tessier"),
  ("reviewing the decision carefully", "City of Ashford Falls"),
  ("We have never said people should", "Colin Ferraro"),
  ("Housing Is A Human Right.", None)]),

# 4 -- NSW District Court sentencing for fatal dangerous driving, ABC style, curly quotes; victim impact statements by mother and sister, "Ms Doolan said", judge split quote, barrister partial, "told ABC Riverina", police superintendent with "she said"
('''A P-plater who was travelling at almost twice the speed limit when he crashed into a car carrying two teenage sisters has been jailed for at least four years.

Jayden Pritchard, 20, pleaded guilty in the NSW District Court at Wagga Wagga to dangerous driving occasioning death and dangerous driving occasioning grievous bodily harm.

The court heard Pritchard was doing 157 kilometres an hour in an 80km/h zone on the Olympic Highway near Uranquinty in September 2023 when he lost control on a bend and slammed into a hatchback driven by 17-year-old Macy Doolan.

Macy died at the scene. Her 15-year-old sister, who was in the passenger seat, spent three months in hospital.

In a victim impact statement, the girls’ mother, Renee Doolan, told the court the family had “stopped living” on the day of the crash.

“Macy was the loud one, the one who organised everybody’s birthdays,” Ms Doolan said. “Our house is so quiet now that I leave the radio on all night.”

Her younger daughter, Chloe Doolan, now 17, read her own statement from a wheelchair.

“I don’t remember the crash, but I remember waking up and asking for my sister, and nobody would answer me,” she said.

Judge Fiona Carmody said Pritchard’s driving had been “grossly irresponsible” and noted that a friend in his car had twice begged him to slow down.

“You were warned by your own friend, and you chose to show off,” Judge Carmody said. “No sentence I impose can give this family back what you took from them.”

She sentenced him to six years and nine months, with a non-parole period of four years, and disqualified him from driving for eight years.

Pritchard’s barrister, Tom Valance, had told the court his client was “genuinely and profoundly remorseful” and had written to the Doolan family.

Outside court, Renee Doolan told ABC Riverina the sentence would never feel long enough.

“He gets to come out. Macy doesn’t,” she said.

Riverina Police District commander Superintendent Bianca Holt said officers who attended the crash had been offered counselling.

“It was one of the worst scenes many of them have ever had to deal with,” she said.''',
 [("stopped living", "Renee Doolan"),
  ("Macy was the loud one, the", "Renee Doolan"),
  ("Our house is so quiet now", "Renee Doolan"),
  ("I don’t remember the crash, but", "Chloe Doolan"),
  ("grossly irresponsible", "Fiona Carmody"),
  ("You were warned by your own", "Fiona Carmody"),
  ("No sentence I impose can give", "Fiona Carmody"),
  ("genuinely and profoundly remorseful", "Tom Valance"),
  ("He gets to come out.", "Renee Doolan"),
  ("It was one of the worst", "Bianca Holt")]),

# 5 -- Supreme Court of India bail judgment, PTI wire style, straight quotes; Constitution quoted, "Justice X wrote", "submitted", partial quote of state counsel, oral remark "he asked", "told PTI", split quote with pronoun
('''New Delhi, Feb 12 (PTI) The Supreme Court on Monday granted bail to a man who has spent more than six years in jail in a murder case without his trial beginning, holding that prolonged incarceration of an undertrial cannot be allowed to turn into punishment.

The judgment, authored by Justice Meenakshi Dhull for a bench also comprising Justice R K Venkatesan, said the right to a speedy trial was part of the guarantee under Article 21 of the Constitution that "no person shall be deprived of his life or personal liberty except according to procedure established by law".

"The State cannot keep a person behind bars indefinitely and then plead the burden of its own workload. If the prosecution is unable to examine its witnesses within a reasonable time, the consequence must fall on the prosecution and not on the accused," Justice Dhull wrote.

The appellant, Irfan Qureshi, was arrested by the Uttar Pradesh Police in March 2018 in connection with the killing of a property dealer in Ghaziabad. The chargesheet was filed in 2021, and charges were framed only in 2023.

During the hearing, senior advocate Siddharth Bhalla, appearing for Qureshi, told the bench that only four of the 41 prosecution witnesses had been examined so far.

"At this rate my client will be an old man before the trial court reaches the last witness," Bhalla submitted.

Additional Advocate General Kavita Rao, appearing for the Uttar Pradesh government, opposed the plea, contending that the accused was "a flight risk" with relatives across the border in Nepal.

Justice Venkatesan asked the state counsel why it had taken three years to file the chargesheet. "You have had six years. What were you doing for the first three?" he asked.

The bench directed the trial court to release Qureshi on furnishing a bail bond of Rs 50,000 with two sureties, and barred him from leaving Ghaziabad district without the court's permission.

"Liberty is not a gift that the State hands out at its convenience," Justice Dhull added in the judgment.

Speaking to reporters after the verdict, Bhalla said the ruling "should be read by every trial court in the country".

Qureshi's brother, Salman Qureshi, told PTI the family had sold two plots of agricultural land to pay for the legal battle.

"We only wanted a trial," he said. "For six years, nobody even asked him whether he did it."''',
 [("no person shall be deprived of", None),
  ("The State cannot keep a person", "Meenakshi Dhull"),
  ("At this rate my client will", "Siddharth Bhalla"),
  ("a flight risk", "Kavita Rao"),
  ("You have had six years.", "R K Venkatesan"),
  ("Liberty is not a gift that", "Meenakshi Dhull"),
  ("should be read by every trial", "Siddharth Bhalla"),
  ("We only wanted a trial,", "Salman Qureshi"),
  ("For six years, nobody even asked", "Salman Qureshi")]),

# 6 -- European Court of Human Rights judgment on criminal defamation, Wikinews style, straight quotes; Convention article quoted, journalist's own article quoted, "the judgment read", concurring opinion, "Speaking to Wikinews", "told the Lusa news agency", ministry spokesperson, press-freedom group statement
('''Tuesday, October 8, 2024

The European Court of Human Rights (ECHR) in Strasbourg, France, on Tuesday ruled that Portugal violated the freedom of expression of a regional journalist who was convicted of criminal defamation over her reporting on a municipal land sale.

In a unanimous judgment, a seven-judge chamber found that the conviction of Inês Carvalhal, a reporter for a weekly newspaper in the Alentejo region, breached Article 10 of the European Convention on Human Rights, which provides that "everyone has the right to freedom of expression."

A court in Évora fined Carvalhal €4,000 in 2019 and ordered her to pay €10,000 in damages to the then mayor of a small town, after she wrote that he had "looked the other way" while his brother-in-law bought council land below its market value.

The Strasbourg court said the article concerned "a matter of clear public interest" and noted that the journalist had relied on public land registry records. "The applicant's remarks, while sharply worded, had a sufficient factual basis, and the criminal penalty imposed on her was liable to have a chilling effect on the press as a whole," the judgment read.

Portugal was ordered to pay Carvalhal €14,000 in pecuniary damages and €7,500 in respect of non-pecuniary damage.

In a concurring opinion, Judge Helga Østby wrote that member states should "move decisively towards the decriminalisation of defamation."

Speaking to Wikinews by telephone, Carvalhal said she had not expected the case to take five years. "I kept working the whole time, but with every story I wrote, I wondered if I would end up back in court," she said. "Today I can tell other local reporters that it was worth it."

Her lawyer, Rui Mendonça, told the Lusa news agency that the judgment should prompt Portugal to reconsider its criminal defamation laws. "Journalists should not be given a criminal record for doing their job," Mendonça said.

A spokesperson for the Portuguese Ministry of Justice said the government "respects the decisions of the Court" and would study the judgment. The former mayor, Joaquim Reis Baptista, declined to comment.

The European Federation of Journalists welcomed the ruling, saying in a statement that it was "an important reminder that criminal sanctions for defamation are incompatible with a free press."''',
 [("everyone has the right to freedom", None),
  ("looked the other way", "Inês Carvalhal"),
  ("a matter of clear public interest", "European Court of Human Rights"),
  ("The applicant's remarks, while sharply worded,", "European Court of Human Rights"),
  ("move decisively towards the decriminalisation of", "Helga Østby"),
  ("I kept working the whole time,", "Inês Carvalhal"),
  ("Today I can tell other local", "Inês Carvalhal"),
  ("Journalists should not be given a", "Rui Mendonça"),
  ("respects the decisions of the Court", "Portuguese Ministry of Justice"),
  ("an important reminder that criminal sanctions", "European Federation of Journalists")]),

# 7 -- Ohio murder trial testimony, local-paper style, curly quotes; witness on direct and cross, "told the jury", split quote, partial quote of what witness told police, question-and-answer exchange, judge admonishing gallery, detective, defendant's mother with "she said"
('''DAYTON — The clerk who was working beside a Riverside gas station owner when he was fatally shot last year told jurors Wednesday that she recognized the gunman’s voice before she ever saw his face.

Testifying on the third day of the aggravated murder trial of Terrell Givens, 24, Kimberly Saucedo said Givens had bought cigarettes from her several times a week for most of a year.

“I knew it was him the second he spoke. I had heard that voice almost every day for a year,” Saucedo told the jury.

Givens is charged with aggravated murder and aggravated robbery in the death of Dev Malhotra, 58, who was shot once in the chest shortly before 11 p.m. on Nov. 14 at the Speedy Fuel on Harshman Road. Prosecutors say the gunman took about $640 from the register.

Under questioning by Montgomery County Assistant Prosecutor Dana Whitlock, Saucedo described dropping to the floor behind the counter after the shot was fired.

“Mr. Malhotra looked at me and told me to stay down,” Saucedo said, pausing to wipe her eyes. “That was the last thing he said.”

On cross-examination, defense attorney Marcus Lindqvist pointed out that the gunman wore a ski mask and that Saucedo told officers that night she was “not sure” who it was.

“You were terrified, weren’t you? You were crouched on the floor with your eyes closed,” Lindqvist said.

“I was terrified,” Saucedo answered. “I wasn’t deaf.”

Common Pleas Judge Angela Fairbanks twice admonished spectators in the gallery, where relatives of both men sat on opposite sides of the aisle, after murmurs during the testimony.

“This is a courtroom. If I hear that again, I will clear the benches,” Fairbanks said.

Later Wednesday, Dayton police Detective Raymond Oyelaran testified that cellphone records placed Givens’ phone near the station at the time of the shooting.

“The phone connected to a tower about 400 yards from the station at 10:52 p.m.,” Oyelaran said.

Outside the courthouse, Givens’ mother, Loretta Givens, said her son was at home with her that night.

“My son was home with me, and I will say it as many times as they need to hear it,” she said.

The trial resumes Thursday.''',
 [("I knew it was him the", "Kimberly Saucedo"),
  ("Mr. Malhotra looked at me and", "Kimberly Saucedo"),
  ("That was the last thing he", "Kimberly Saucedo"),
  ("not sure", "Kimberly Saucedo"),
  ("You were terrified, weren’t you?", "Marcus Lindqvist"),
  ("I was terrified,", "Kimberly Saucedo"),
  ("I wasn’t deaf.", "Kimberly Saucedo"),
  ("This is a courtroom.", "Angela Fairbanks"),
  ("The phone connected to a tower", "Raymond Oyelaran"),
  ("My son was home with me,", "Loretta Givens")]),

# 8 -- 9th Circuit 2-1 wage-and-hour opinion, Reuters legal style, curly quotes; majority and dissent ("wrote"), regulation text quoted, company spokesperson, plaintiffs' lawyer in interview, court declaration partial
('''(Reuters) - A divided federal appeals court on Friday revived a proposed class action accusing Northline Logistics Inc of failing to pay warehouse workers in Washington state for time spent waiting to pass through mandatory security screenings at the end of their shifts.

A three-judge panel of the 9th U.S. Circuit Court of Appeals ruled 2-1 that a lower-court judge had wrongly dismissed the case, finding that the screenings could count as compensable work under Washington’s minimum wage law.

Writing for the majority, Circuit Judge Eleanor Vance said the time workers spent in line was “required by the employer, on the employer’s premises, and for the employer’s sole benefit.”

“An employee who is not free to leave, and who will be disciplined if she does, is not on her own time,” Vance wrote.

The state regulation at issue defines hours worked as “all hours during which the employee is authorized or required by the employer to be on duty on the employer’s premises or at a prescribed work place.”

Circuit Judge Robert Kessling, in dissent, said the majority had “stretched a modest regulation well past its breaking point.”

“Waiting to exit a building is something nearly every worker in America does,” Kessling wrote. “If that is work, it is hard to imagine what is not.”

A Northline spokesperson said in an email that the company “disagrees with the ruling and is evaluating its options, including further review.”

Adam Reyes-Whitfield of Reyes & Holm, who represents the workers, said some employees waited 20 minutes or more after clocking out at the company’s fulfillment centers in Kent and Fife.

“These are people who are paid by the hour and watched by the minute. The company knows exactly how long that line is,” Reyes-Whitfield said in an interview.

One of the named plaintiffs, Tamsin Oakes, said in a court declaration that she had missed her bus home “more times than I can count” because of the lines.

The case now returns to U.S. District Judge Harold Brennan in Tacoma, who had ruled that the screenings were not work under state law.

The case is Oakes v. Northline Logistics Inc, 9th U.S. Circuit Court of Appeals, No. 23-35512.

For the plaintiffs: Adam Reyes-Whitfield of Reyes & Holm

For Northline: Lydia Chen of Garrow Spencer''',
 [("required by the employer, on the", "Eleanor Vance"),
  ("An employee who is not free", "Eleanor Vance"),
  ("all hours during which the employee", None),
  ("stretched a modest regulation well past", "Robert Kessling"),
  ("Waiting to exit a building is", "Robert Kessling"),
  ("If that is work, it is", "Robert Kessling"),
  ("disagrees with the ruling and is", "Northline Logistics Inc"),
  ("These are people who are paid", "Adam Reyes-Whitfield"),
  ("more times than I can count", "Tamsin Oakes")]),

# 9 -- English coroner's inquest into festival drug death, Guardian style, curly quotes; unnamed seller's words, coroner ("the coroner said") split, mother split, T-shirt slogan, Instagram post, company and Home Office spokespeople
('''A coroner has called for drug-checking services to be made available at music festivals after an inquest heard that a 19-year-old student died after taking a pill almost three times as strong as she had been led to believe.

Ella Marchetti, a second-year geography student at the University of Leeds, collapsed at the Greenhollow festival in North Yorkshire in August last year and died in hospital the following morning.

The inquest in Northallerton heard that Ella and two friends had bought pills from a man at the festival campsite who told them they were “half strength”. Toxicology tests later found a concentration of MDMA in her blood consistent with a dose of about 300mg.

Recording a narrative conclusion on Thursday, the senior coroner for North Yorkshire, Dr Miriam Ashworth, said Ella had been “failed by a system that relies on young people guessing”.

“Ella made a choice that many of her generation make, and it was a choice based on information that was simply wrong,” the coroner said. “I am not persuaded that she would have taken that tablet had she known what was in it.”

Ashworth said she would send a prevention of future deaths report to the Home Office and to the festival’s organisers.

Ella’s mother, Giulia Marchetti, said outside the court that the family had campaigned for drug testing at festivals since her death.

“We are not naive. We know young people take drugs at festivals,” she said. “What we cannot accept is that they are left to do it blind.”

Several friends and relatives wore T-shirts printed with the words “Test Don’t Guess”.

In a post on Instagram after the hearing, Ella’s best friend, Hannah Lowe, wrote: “She was the funniest person in any room. Today a coroner said what we have been saying for a year.”

A spokesperson for Greenhollow Events Ltd said the company had “cooperated fully with the coroner” and would consider any recommendations.

A Home Office spokesperson said: “We have no plans to change the law on controlled drugs. Anyone who takes illegal drugs is taking a risk with their health.”''',
 [("half strength", "~man"),
  ("failed by a system that relies", "Miriam Ashworth"),
  ("Ella made a choice that many", "Miriam Ashworth"),
  ("I am not persuaded that she", "Miriam Ashworth"),
  ("We are not naive. We know", "Giulia Marchetti"),
  ("What we cannot accept is that", "Giulia Marchetti"),
  ("Test Don’t Guess", None),
  ("She was the funniest person in", "Hannah Lowe"),
  ("cooperated fully with the coroner", "Greenhollow Events Ltd"),
  ("We have no plans to change", "Home Office")]),

# 10 -- US federal corruption verdict, local-paper style, straight quotes; defendant's words on recordings as partial quotes, named jurors and an anonymous juror ("he said"), U.S. attorney, FBI agent partial with appositive, defence lawyer
('''HARTFORD, Conn. — A federal jury on Thursday convicted former Bridgeport City Council President Anthony Scalzo of bribery and extortion, finding that he took more than $90,000 in cash and home renovations from developers seeking zoning approvals.

The jury of seven women and five men deliberated for about 11 hours over three days before returning guilty verdicts on six of eight counts. Scalzo, 57, was acquitted on two counts of honest services wire fraud.

During the two-week trial, prosecutors played secretly recorded conversations in which Scalzo referred to envelopes of cash as "consulting fees" and discussed which council members would need to be "brought along."

Scalzo showed little reaction as the verdicts were read. His wife, Gina, wept in the second row.

Several jurors spoke with reporters outside the courthouse. Juror Denise Palko, a retired nurse from Glastonbury, said the recordings, made by a developer who had been cooperating with the FBI, were decisive.

"Once we heard his own voice counting the money, there wasn't much left to argue about," Palko said.

Another juror, a 31-year-old software tester from Manchester who asked that his name not be used, said the panel spent most of its time on the wire fraud counts.

"We took the instructions very seriously," he said. "On those two, we just didn't think the government had proven every piece."

A third juror, Marisol Vega, said she had initially been wary of the cooperating developer, Kevin Drummond, who pleaded guilty last year to bribery.

"He had every reason to lie," Vega said. "But the tapes didn't."

U.S. Attorney Lorraine Beckett said: "Public office is a public trust. Mr. Scalzo sold his to the highest bidder, and today a jury of his neighbors held him accountable."

Colin Ware, the special agent in charge of the FBI's New Haven field office, said the investigation "began with one phone call from a citizen who was tired of paying to play."

Scalzo's lawyer, Frank Ianucci, said he would file a motion for a new trial.

"We respect the jury's work, but we believe the court should never have allowed those recordings in without the full context," Ianucci said.

Sentencing is set for March 14. Each extortion count carries a maximum penalty of 20 years in prison, although Scalzo is likely to receive far less under federal sentencing guidelines.''',
 [("consulting fees", "Anthony Scalzo"),
  ("brought along", "Anthony Scalzo"),
  ("Once we heard his own voice", "Denise Palko"),
  ("We took the instructions very seriously,", "~juror"),
  ("On those two, we just didn't", "~juror"),
  ("He had every reason to lie,", "Marisol Vega"),
  ("But the tapes didn't.", "Marisol Vega"),
  ("Public office is a public trust.", "Lorraine Beckett"),
  ("began with one phone call from", "Colin Ware"),
  ("We respect the jury's work, but", "Frank Ianucci")]),

# 11 -- Australian Federal Court defamation judgment, metro-paper style, straight quotes; influencer's posts quoted, judge's summary of reasons ("the judge said"), barrister partial, plaintiff's trial evidence, "told the ABC", Instagram video split quote
('''A Sydney plastic surgeon has been awarded $420,000 in damages after the Federal Court found a wellness influencer defamed him in a series of Instagram videos and posts accusing him of "butchering" patients.

Justice Catherine Morrow on Wednesday found that Brooke Tallis, who has about 380,000 followers, had failed to establish that her claims about Dr Nikolai Petrovic were substantially true.

In one post in March 2023, Ms Tallis wrote: "If you are thinking of seeing this man, please, please read the reviews first. He has ruined more faces than he's fixed."

Justice Morrow said the posts had been made "recklessly, in pursuit of engagement rather than truth".

"The respondent had no medical training, made no attempt to contact Dr Petrovic before publishing, and relied almost entirely on anonymous comments left beneath her own videos," the judge said in a summary of her reasons read in court.

Ms Tallis's barrister, Hamish Clery SC, had argued at trial that the posts were "honest opinion on a matter of genuine concern to women considering cosmetic surgery".

Justice Morrow rejected that defence, noting that Ms Tallis had continued to post about the surgeon for weeks after receiving a concerns notice from his lawyers. "That is not the conduct of a person acting reasonably," she said.

Dr Petrovic, who has practised for 22 years, told the court during the trial last year that his bookings fell by almost half in the months after the posts.

"I have patients I've seen for a decade who crossed the street when they saw me," he said.

Outside court on Wednesday, he told the ABC he felt "vindicated but tired".

Ms Tallis, who did not attend court, posted a short video on Instagram a few hours after the judgment.

"I've been told I can't say much," she said in the video. "But I want you all to know I'm not going anywhere."

The question of costs will be decided at a later date.''',
 [("butchering", "Brooke Tallis"),
  ("If you are thinking of seeing", "Brooke Tallis"),
  ("recklessly, in pursuit of engagement rather", "Catherine Morrow"),
  ("The respondent had no medical training,", "Catherine Morrow"),
  ("honest opinion on a matter of", "Hamish Clery"),
  ("That is not the conduct of", "Catherine Morrow"),
  ("I have patients I've seen for", "Nikolai Petrovic"),
  ("vindicated but tired", "Nikolai Petrovic"),
  ("I've been told I can't say", "Brooke Tallis"),
  ("But I want you all to", "Brooke Tallis")]),

# 12 -- Delhi High Court quashes FIR over Facebook post, Hindustan Times style, curly quotes; judge's order ("the judge noted") split, advocates' submissions as partial quotes, bench question, police status report, "Speaking to HT" split, post on X
('''NEW DELHI: The Delhi High Court on Tuesday quashed an FIR against a 71-year-old retired schoolteacher who was booked over a Facebook post criticising the state of a municipal park in west Delhi, and imposed costs of ₹25,000 on the complainant.

Justice Anuradha Sehgal said the post by Harbans Lal Kohli, a resident of Janakpuri, was “at worst, impolite” and disclosed no offence.

“The petitioner described the park as a disgrace and said the officials responsible should be ashamed of themselves,” the judge noted. “If every such remark by a citizen about a public amenity were to attract a criminal case, the police would have time for nothing else.”

Kohli was booked in November under provisions of the Bharatiya Nyaya Sanhita relating to defamation and intentional insult, on a complaint by Vikas Rathi, an aide to the local municipal councillor.

Appearing for Kohli, advocate Nandini Mehra told the court that her client had “spent 40 years teaching children to ask questions” and was now facing prosecution for asking one.

Advocate Rakesh Bansal, appearing for the complainant, argued that the post had “lowered the reputation” of the councillor among residents of the colony.

Justice Sehgal pointed out that the post did not name the councillor at all. “Where is the imputation? Show me one line,” the judge asked Bansal during the hearing.

The Delhi Police, in a status report filed last month, had told the court that the investigation was “at an advanced stage”.

Speaking to HT after the order, Kohli said he had not slept properly for months.

“I have never even received a traffic challan. Suddenly a policeman is at my door asking for my Aadhaar card,” he said. “This evening I will go to the park and sit on the same broken bench.”

His granddaughter Simran Kohli, a law student, had shared a photograph of the FIR on X in December with the caption “My nana is 71 and now apparently a criminal.” The post was viewed more than two lakh times.''',
 [("at worst, impolite", "Anuradha Sehgal"),
  ("The petitioner described the park as", "Anuradha Sehgal"),
  ("If every such remark by a", "Anuradha Sehgal"),
  ("spent 40 years teaching children to", "Nandini Mehra"),
  ("lowered the reputation", "Rakesh Bansal"),
  ("Where is the imputation? Show me", "Anuradha Sehgal"),
  ("at an advanced stage", "Delhi Police"),
  ("I have never even received a", "Harbans Lal Kohli"),
  ("This evening I will go to", "Harbans Lal Kohli"),
  ("My nana is 71 and now", "Simran Kohli")]),

# 13 -- Hamburg district court verdict on airport climate protest, AFP wire style, straight quotes; presiding judge partial and split quote, prosecution spokeswoman "told AFP", defendant's closing statement split, banner and chant, airport operator statement
('''HAMBURG, Germany (AFP) - A German court on Monday handed suspended sentences to four climate activists who glued themselves to a taxiway at Hamburg airport last summer, forcing the cancellation of dozens of flights at the height of the holiday season.

The Hamburg district court found the activists, aged between 22 and 64, guilty of dangerous interference with air traffic and coercion. Three were given suspended sentences of seven months, while the oldest, a retired physics teacher, received eight months.

Presiding judge Katrin Vollmer said the defendants' concern about climate change was legitimate but did not give them the right to "hold thousands of travellers hostage".

"The court does not doubt the sincerity of your motives," Vollmer told the defendants. "But sincerity is not a defence under German criminal law."

Prosecutors had sought prison terms without suspension for two of the activists. Prosecution spokeswoman Liane Brandt told AFP the office would decide within a week whether to appeal.

"We will study the written reasons carefully before taking that decision," Brandt said.

The four are members of the activist group Letzte Ausfahrt (Last Exit), which has staged road and airport blockades across Germany since 2022.

One of the defendants, 26-year-old Jonas Ebeling, told the court in his closing statement last week that he did not regret taking part.

"We tried petitions, we tried marches, we tried voting," he said. "The planes kept taking off."

As the verdict was read, about 30 supporters in the public gallery unfurled a banner reading "Climate justice is not a crime" and were escorted out by court officers. Outside the building, others chanted "We are the emergency brake."

Hamburg Airport said in a statement that the protest had "put the safety of passengers and staff at risk" and that it would pursue civil claims for damages of around 1.2 million euros against those involved.''',
 [("hold thousands of travellers hostage", "Katrin Vollmer"),
  ("The court does not doubt the", "Katrin Vollmer"),
  ("But sincerity is not a defence", "Katrin Vollmer"),
  ("We will study the written reasons", "Liane Brandt"),
  ("We tried petitions, we tried marches,", "Jonas Ebeling"),
  ("The planes kept taking off.", "Jonas Ebeling"),
  ("Climate justice is not a crime", None),
  ("We are the emergency brake.", None),
  ("put the safety of passengers and", "Hamburg Airport")]),

# 14 -- Chicago Medicare fraud indictment unsealed, metro-paper style, curly quotes; indictment language quoted (scare quote and phrase), defendant's text message partial, U.S. attorney statement with appositive, FBI agent, magistrate's question and defendant's reply, defence statement partials, "told the Chicago Tribune"
('''CHICAGO — The owner of a chain of suburban home health agencies was charged in a federal indictment unsealed Wednesday with billing Medicare more than $31 million for nursing visits to elderly patients that prosecutors say never happened.

Gerald Munson, 49, of Oak Brook, faces 14 counts of health care fraud, conspiracy and money laundering.

According to the 38-page indictment, Munson’s companies paid so-called “marketers” to recruit Medicare beneficiaries living in senior housing buildings on the city’s West and South sides, sometimes with cash or grocery gift cards. The companies then billed for skilled nursing visits that were “never rendered, not medically necessary, or both,” the indictment says.

In one 2021 text message cited by prosecutors, Munson allegedly told an office manager to “fill the calendar” before a Medicare audit.

“Home health fraud doesn’t just steal from taxpayers. It steals care from people who genuinely need it,” Patricia Holloway, the U.S. attorney for the Northern District of Illinois, said in a statement announcing the charges.

Douglas Reyes, special agent in charge of the FBI’s Chicago field office, said investigators traced much of the money to real estate purchases, including a lake house in Wisconsin.

“Our agents followed the money from the billing office all the way to the boat dock,” Reyes said.

Munson pleaded not guilty Wednesday afternoon before U.S. Magistrate Judge Samuel Ortiz and was released on a $500,000 bond. Ortiz ordered him to surrender his passport.

“You are not to have any contact with current or former employees of these companies outside the presence of counsel. Do you understand?” Ortiz asked.

“Yes, your honor,” Munson replied.

His attorney, Elaine Kowalczyk, said in an emailed statement that her client “looks forward to answering these allegations in court” and had “cooperated with every audit for more than a decade.”

Carmen Ruiz, whose 88-year-old mother lived in one of the buildings named in the indictment, told the Chicago Tribune she was stunned to learn her mother had been listed as a patient.

“My mother never had a nurse come to her apartment. Not once,” Ruiz said.''',
 [("never rendered, not medically necessary, or", None),
  ("fill the calendar", "Gerald Munson"),
  ("Home health fraud doesn’t just steal", "Patricia Holloway"),
  ("Our agents followed the money from", "Douglas Reyes"),
  ("You are not to have any", "Samuel Ortiz"),
  ("Yes, your honor,", "Gerald Munson"),
  ("looks forward to answering these allegations", "Elaine Kowalczyk"),
  ("cooperated with every audit for more", "Elaine Kowalczyk"),
  ("My mother never had a nurse", "Carmen Ruiz")]),

# 15 -- Irish Central Criminal Court one-punch manslaughter sentencing, Irish Times style, straight quotes; nickname in quotes, victim impact statement read by daughter ("the statement said"), son, senior counsel partial, accused's apology, judge's partial quotes and "she said"
('''A man who killed his neighbour with a single punch during a row over a boundary hedge in Co Laois has been jailed for five years, with the final 18 months suspended.

Declan Furlong (44), of Rathmore Cross, Portarlington, pleaded guilty at the Central Criminal Court to the manslaughter of Michael "Mick" Dowling (67) on June 3rd, 2023.

The court heard that the two men had argued for several years over a leylandii hedge that Mr Dowling had planted along their shared boundary. On the evening in question, Furlong confronted him in the lane between their houses and struck him once in the face. Mr Dowling fell backwards and hit his head on a concrete kerb. He died in St James's Hospital two days later.

In a victim impact statement read to the court by her daughter, Mr Dowling's widow, Bernadette Dowling, said the family had lost "the quiet centre" of their lives.

"My husband was not a man for rows. He would go a mile out of his way to avoid one," the statement said. "We will never understand how a hedge ended up being the reason he is gone."

The couple's son, Cathal Dowling, told the court that he had found his father lying in the lane.

"I held his hand and told him the ambulance was coming. I still hear myself saying it," he said.

Counsel for Furlong, Rónán Tierney SC, said his client had "never intended any serious harm" and had been unable to work since.

Furlong stood to address the Dowling family before sentence was passed.

"I am sorry from the bottom of my heart. I know that means nothing to you, and I don't expect it to," he said.

Imposing sentence, Ms Justice Siobhán Garvey said the case was "a tragedy for two families" that had arisen "out of the most ordinary of disputes".

"One punch, thrown in temper, has ended a life and changed many others, and there are no winners in this courtroom today," she said.''',
 [("the quiet centre", "Bernadette Dowling"),
  ("My husband was not a man", "Bernadette Dowling"),
  ("We will never understand how a", "Bernadette Dowling"),
  ("I held his hand and told", "Cathal Dowling"),
  ("never intended any serious harm", "Rónán Tierney"),
  ("I am sorry from the bottom", "Declan Furlong"),
  ("a tragedy for two families", "Siobhán Garvey"),
  ("out of the most ordinary of", "Siobhán Garvey"),
  ("One punch, thrown in temper, has", "Siobhán Garvey")]),

# 16 -- Philadelphia civil jury verdict over e-bike battery fire, local TV website style, straight quotes; closing arguments partial and full quote, defence lawyer partial, judge's jury instruction ("she told jurors"), fire marshal on the stand, grandson split quote, T-shirt slogan, retailer statement
('''PHILADELPHIA (WKXT) — A Philadelphia jury on Friday awarded $48.5 million to the family of a Kensington grandmother who died when an e-bike battery caught fire inside her rowhouse, finding the bike's manufacturer and the online retailer that sold it negligent.

After a two-week trial in the Court of Common Pleas, jurors found China-based Kaiwo Mobility Co. 70% responsible and Nevada-based retailer RideSmart Direct 30% responsible for the March 2022 fire that killed Rosa Delgado, 66.

In closing arguments Thursday, the family's lawyer, Benjamin Achterberg, told jurors the companies had "sold a firebomb with handlebars."

"They knew these cells were overheating. They had the complaints. They had the returns. And they kept shipping," Achterberg said.

Kaiwo's attorney, Janet Pruitt, argued that the original battery had been swapped for a cheaper aftermarket unit and that there was "no credible evidence" the battery that burned was one her client made.

Before deliberations began, Judge Yvette Harrington reminded the panel of its duty. "Your job is to decide this case on the evidence, not on sympathy," she told jurors.

Deputy Fire Marshal Curtis Long, who investigated the fire and testified for the family, said such fires were becoming more common across the city. "Lithium-ion battery fires are the fastest-growing cause of fire deaths we see," Long said on the witness stand.

Delgado's grandson, Luis Delgado, 19, owned the bike and escaped the fire by climbing out a second-floor window.

"I bought that bike to get to work. I never thought it would take my grandmother," he said on the courthouse steps after the verdict. "This money doesn't change that. But maybe it changes what they sell."

Relatives and supporters wore T-shirts reading "Justice for Abuela Rosa" as the family left the building.

RideSmart Direct said in a statement that it was "disappointed by the verdict" and planned to appeal. Kaiwo Mobility did not respond to a request for comment.''',
 [("sold a firebomb with handlebars.", "Benjamin Achterberg"),
  ("They knew these cells were overheating.", "Benjamin Achterberg"),
  ("no credible evidence", "Janet Pruitt"),
  ("Your job is to decide this", "Yvette Harrington"),
  ("Lithium-ion battery fires are the fastest-growing", "Curtis Long"),
  ("I bought that bike to get", "Luis Delgado"),
  ("This money doesn't change that.", "Luis Delgado"),
  ("Justice for Abuela Rosa", None),
  ("disappointed by the verdict", "RideSmart Direct")]),

# 17 -- UK Supreme Court ruling on sewage nuisance claim, BBC style, curly quotes; lead judgment partial and "she wrote", statute quoted, concurring justice partial, residents' chairwoman "said outside court" and "told BBC Radio Gloucestershire", banner, company spokesperson, regulator, academic "told the BBC"
('''The Supreme Court has ruled that residents living along a river in Gloucestershire can bring a claim in nuisance against a water company over repeated discharges of untreated sewage.

In a unanimous judgment on Wednesday, five justices dismissed an appeal by Severn Vale Water, which had argued that such complaints could be dealt with only by the industry regulator, Ofwat.

Giving the lead judgment, Lady Pennington said Parliament had not intended to give water companies “a licence to pollute”.

“Nothing in the Water Industry Act 1991 expressly excludes a common law claim of this kind, and I can find nothing that does so by necessary implication,” she wrote.

Section 94 of the act places a duty on sewerage companies “to provide, improve and extend such a system of public sewers” as to ensure that their areas are effectually drained.

The company had argued that allowing private claims would undermine that regulatory scheme. Lord Harcastle, agreeing with Lady Pennington, described that concern as “understandable but overstated”.

The claim was brought by the Frome Valley Residents’ Association on behalf of about 200 households near Stroud.

Its chairwoman, Margaret Ellery, 71, said outside court: “We have been told for years to complain to the regulator, and we have. Today the highest court in the land has said we can finally be heard ourselves.”

She told BBC Radio Gloucestershire that the river had been “brown and stinking” for much of last summer.

Campaigners gathered outside the court with a banner reading “Rivers not sewers”.

A Severn Vale Water spokesperson said: “We are disappointed by today’s decision and will study it carefully. We are investing £1.2bn in our network over the next five years to reduce storm overflows.”

Ofwat said the judgment did not affect its own enforcement powers and that it would “continue to hold companies to account”.

Environmental lawyer Dr Harriet Koenig, of the University of Bristol, told the BBC the ruling “opens a door that many companies hoped was shut”.''',
 [("a licence to pollute", "Lady Pennington"),
  ("Nothing in the Water Industry Act", "Lady Pennington"),
  ("to provide, improve and extend such", None),
  ("understandable but overstated", "Lord Harcastle"),
  ("We have been told for years", "Margaret Ellery"),
  ("brown and stinking", "Margaret Ellery"),
  ("Rivers not sewers", None),
  ("We are disappointed by today’s decision", "Severn Vale Water"),
  ("continue to hold companies to account", "Ofwat"),
  ("opens a door that many companies", "Harriet Koenig")]),

# 18 -- High Court in Glasgow sentencing of rogue trader, Scottish paper style with single quotes; accused's words to victim, advocate depute split quote, unnamed victim's police statement, defence counsel partial, judge (Lord) sentencing remarks, victim's daughter, police, council trading standards
('''A rogue trader who conned elderly homeowners across Lanarkshire out of more than £280,000 for roofing work that was never needed has been jailed for six years.

Craig McAvoy, 38, told one 86-year-old woman that her chimney was 'about to come through the ceiling' and charged her £14,500 for repairs an independent surveyor later valued at £600, the High Court in Glasgow heard.

McAvoy, of Motherwell, admitted fraud and a money laundering charge involving 11 victims between 2019 and 2022.

Advocate depute Fiona Strachan said McAvoy and others had targeted people who lived alone.

'The accused and his associates would knock on doors in the middle of the day, when family members were likely to be at work,' she said. 'They created a sense of panic and then offered to make it go away.'

One victim, a retired miner from Coatbridge, told police in a statement: 'I thought he was a nice lad. He called me sir and shook my hand.'

Defence counsel Euan Drysdale said his client had a gambling addiction and had 'hit rock bottom' before his arrest in 2022.

Lord Balcaskie told McAvoy: 'You preyed on the trust and the fear of people who had worked all their lives for their homes. Some of them will not live long enough to see the money you took returned to them.'

The judge described the offending as 'cynical, sustained and deeply cruel'.

Janice Rennie, whose mother was among the victims, said outside court: 'My mum stopped answering the door after this. She was 84 and she felt like a prisoner in her own house.'

Detective Inspector Gary Lafferty, of Police Scotland, said: 'Doorstep crime is not a victimless offence. If someone turns up unannounced offering to fix your roof, shut the door and phone us.'

North Lanarkshire Council's trading standards team said it had seen 'a significant rise' in complaints about doorstep traders over the past year.''',
 [("about to come through the ceiling", "Craig McAvoy"),
  ("The accused and his associates would", "Fiona Strachan"),
  ("They created a sense of panic", "Fiona Strachan"),
  ("I thought he was a nice", "~miner"),
  ("hit rock bottom", "Euan Drysdale"),
  ("You preyed on the trust and", "Lord Balcaskie"),
  ("cynical, sustained and deeply cruel", "Lord Balcaskie"),
  ("My mum stopped answering the door", "Janice Rennie"),
  ("Doorstep crime is not a victimless", "Gary Lafferty"),
  ("a significant rise", "North Lanarkshire Council")]),

# 19 -- Supreme Court of Canada 5-4 privacy ruling, Canadian Press style, curly quotes; Charter text quoted, majority and dissent ("she wrote", "he wrote"), prosecution service statement, defence lawyer partial and "in an interview with The Canadian Press", intervener group, police spokesperson partial
('''OTTAWA — The Supreme Court of Canada says police violated a Winnipeg man’s Charter rights when they obtained months of footage from his home security camera company without a warrant.

In a 5-4 decision released Friday, the court excluded the footage from evidence and ordered a new trial for Darnell Whitehorse, who was convicted in 2021 of trafficking fentanyl.

Section 8 of the Canadian Charter of Rights and Freedoms guarantees everyone “the right to be secure against unreasonable search or seizure.”

Writing for the majority, Justice Sophie Arsenault said Canadians have a reasonable expectation of privacy in recordings of their own front doors, “even when those recordings are stored on a server in another province.”

“A camera pointed at one’s own doorway captures who visits, when, how often and for how long,” she wrote. “Over months, that is a detailed portrait of a private life.”

Justice Graham Pelletier, writing for the four dissenting judges, said the footage showed only what any passerby could have seen from the sidewalk.

“The majority treats a lens facing the street as though it were a window into the home,” he wrote.

The Manitoba Prosecution Service said in a statement it was “reviewing the decision to determine next steps” in the case.

Whitehorse’s lawyer, Ayesha Karim, said the ruling could affect “hundreds, maybe thousands” of cases in which police asked technology companies to hand over data voluntarily.

“Police have gotten very comfortable simply asking for this information, and companies have gotten very comfortable handing it over,” Karim said in an interview with The Canadian Press.

The Canadian Civil Liberties Association, which intervened in the case, called the ruling “a significant win for privacy in the digital age.”

A Winnipeg Police Service spokesperson, Const. Dana Rutherford, said officers had followed “what was accepted practice at the time” and would comply with the ruling.''',
 [("the right to be secure against", None),
  ("even when those recordings are stored", "Sophie Arsenault"),
  ("A camera pointed at one’s own", "Sophie Arsenault"),
  ("Over months, that is a detailed", "Sophie Arsenault"),
  ("The majority treats a lens facing", "Graham Pelletier"),
  ("reviewing the decision to determine next", "Manitoba Prosecution Service"),
  ("hundreds, maybe thousands", "Ayesha Karim"),
  ("Police have gotten very comfortable simply", "Ayesha Karim"),
  ("a significant win for privacy in", "Canadian Civil Liberties Association"),
  ("what was accepted practice at the", "Dana Rutherford")]),

# 20 -- County Court of Victoria sentencing of football club treasurer, regional-paper style, straight quotes; judge partials and full quote, club president's statement partial and "Ms Ashby" later, barrister partial, "the 34-year-old" in a letter ("he wrote"), unnamed netball player, sign
('''A former treasurer who stole more than $310,000 from a country football-netball club to fund an online gambling habit has been jailed for two years and three months.

Bradley James Hocking, 34, pleaded guilty in the County Court at Bendigo to 47 charges of theft from the Marong Valley Football Netball Club between 2018 and 2022.

Judge Lisa Tranter said Hocking had abused "a position of absolute trust" in a small town where "everyone knows everyone".

"This was not a one-off lapse. It was a pattern of dishonesty over four years, concealed by falsified bank statements that you presented at annual general meetings," Judge Tranter said.

The court heard the club had been forced to cancel its under-12 netball program, sell its old scoreboard and borrow from a neighbouring club to stay afloat.

Club president Karen Ashby, in a statement read to the court, said volunteers who had worked alongside Hocking for years "felt like fools".

Outside court, Ms Ashby said the club was back on its feet.

"We've come back from it, but we did it the hard way, one raffle at a time," she said.

Defence barrister Nathan Giles said Hocking's gambling had "spiralled" after the death of his mother in 2017 and that he had since sought treatment.

In a letter tendered to the court, the 34-year-old apologised to players and their families.

"I have let down people who treated me like family, and I have no excuse for it," he wrote.

One netball player, who did not want to be named, said she had heard the news in the car park after training.

"We were selling raffle tickets to pay for new bibs while he was doing that," she said.

Judge Tranter set a non-parole period of 14 months. Hocking has so far repaid about $40,000.

At the club's ground on Saturday, a sign above the canteen window still read "Proudly run by volunteers."''',
 [("a position of absolute trust", "Lisa Tranter"),
  ("everyone knows everyone", "Lisa Tranter"),
  ("This was not a one-off lapse.", "Lisa Tranter"),
  ("felt like fools", "Karen Ashby"),
  ("We've come back from it, but", "Karen Ashby"),
  ("spiralled", "Nathan Giles"),
  ("I have let down people who", "Bradley James Hocking"),
  ("We were selling raffle tickets to", "~player"),
  ("Proudly run by volunteers.", None)]),

# 21 -- Bhopal sessions court dowry-death conviction, Times of India style, straight quotes; IPC section quoted, judge's order ("the judge observed"), victim's letter read in court, public prosecutor "told reporters", defence counsel, victim's father, convicted man shouting, NGO post on X
('''BHOPAL: A sessions court here on Saturday sentenced a 31-year-old man and his mother to 10 years of rigorous imprisonment each for the dowry death of his wife, who was found hanging at their home on Kolar Road in 2021, less than two years after her marriage.

Additional Sessions Judge Sunita Pawar convicted Rohit Malviya and his mother Kamla Malviya under Section 304B of the Indian Penal Code and Section 4 of the Dowry Prohibition Act.

Section 304B provides that where a woman dies under abnormal circumstances within seven years of marriage and it is shown that "soon before her death she was subjected to cruelty or harassment" by her husband or his relatives in connection with a demand for dowry, the death shall be called a dowry death.

The victim, Neha Malviya, 24, was a B.Ed graduate from Vidisha. In her order, Judge Pawar said the evidence showed Neha had been harassed "continuously and relentlessly" for a car and Rs 5 lakh in cash.

"The letters written by the deceased to her elder sister leave no room for doubt about what she was enduring in her matrimonial home," the judge observed.

One of the letters, read out in court during the trial, said: "Mummyji says if papa cannot give the car, I should go back to Vidisha and not return."

Public prosecutor Ramesh Tiwari said the court had relied on the testimony of 14 prosecution witnesses. "This judgment sends a message that dowry is not a family matter. It is a crime," Tiwari told reporters.

Defence counsel Arvind Saxena said the family would appeal in the Madhya Pradesh High Court. "My clients are innocent. The death was a suicide due to personal reasons unconnected with any demand," he said.

Neha's father, Suresh Chouhan, a retired schoolteacher, broke down outside the courtroom. "I gave my daughter everything I had at her wedding. They still wanted more," he said.

As he was led away by police, Rohit Malviya shouted to waiting reporters: "We will get justice in the High Court."

The women's rights group Nari Nyay Manch posted on X after the verdict: "Four years for one verdict. Justice delayed is still justice, but no family should have to wait this long."''',
 [("soon before her death she was", None),
  ("continuously and relentlessly", "Sunita Pawar"),
  ("The letters written by the deceased", "Sunita Pawar"),
  ("Mummyji says if papa cannot give", "Neha Malviya"),
  ("This judgment sends a message that", "Ramesh Tiwari"),
  ("My clients are innocent.", "Arvind Saxena"),
  ("I gave my daughter everything I", "Suresh Chouhan"),
  ("We will get justice in the", "Rohit Malviya"),
  ("Four years for one verdict.", "Nari Nyay Manch")]),

# 22 -- District Court of The Hague climate ruling against gas producer, Wikinews style, curly quotes; court finding partial, presiding judge split quote, "told Wikinews", banner and chant, company statement partial plus CEO quoted in the statement, co-plaintiff "told ... NOS", professor partial
('''Wednesday, March 12, 2025

The District Court of The Hague on Wednesday ordered Dutch gas producer Noordzee Energie NV to cut its greenhouse gas emissions by 35 percent by 2032, compared with 2019 levels, in a case brought by an environmental foundation and more than 9,000 individual co-plaintiffs.

The court found that the company owed an “unwritten duty of care” under Dutch civil law to limit its contribution to dangerous climate change, and declared the order immediately enforceable.

Presiding judge Marijke van Dalen read a summary of the ruling to a packed courtroom. “The court is aware that this order will have far-reaching consequences for the company,” she said. “That does not relieve the court of its obligation to apply the law.”

The case was brought by Stichting Groene Noordzee (Green North Sea Foundation). Its director, Femke Oosterhuis, told Wikinews the ruling was “a turning point for every fossil fuel company that thought the courts would stay out of this.”

Outside the courthouse, several hundred supporters cheered as the verdict was relayed by loudspeaker. Some carried banners reading “Keep it in the ground” and chanted “Climate justice now!”

Noordzee Energie said in a statement that it was “disappointed” by the decision and would appeal.

“We share the goal of a lower-carbon energy system, but we believe this is a question for governments and parliaments, not for a civil court,” chief executive Pieter Hoogland said in the statement.

Sanne Bakker, a 23-year-old student from Groningen and one of the co-plaintiffs, told Dutch public broadcaster NOS: “My parents’ house has cracks in every wall because of this company. Today a judge listened to us.”

Joost Verhagen, a professor of environmental law at Utrecht University, said the judgment was likely to be “closely studied in courtrooms far beyond the Netherlands.”

The company has three months to lodge an appeal.''',
 [("unwritten duty of care", "District Court of The Hague"),
  ("The court is aware that this", "Marijke van Dalen"),
  ("That does not relieve the court", "Marijke van Dalen"),
  ("a turning point for every fossil", "Femke Oosterhuis"),
  ("Keep it in the ground", None),
  ("Climate justice now!", None),
  ("disappointed", "Noordzee Energie NV"),
  ("We share the goal of a", "Pieter Hoogland"),
  ("My parents’ house has cracks in", "Sanne Bakker"),
  ("closely studied in courtrooms far beyond", "Joost Verhagen")]),

# 23 -- Nova Scotia Supreme Court mistrial over juror research, local-paper style, straight quotes; judge split quote and "added", jury instructions quoted, Crown attorney partial and "she told reporters", defence lawyer, "the 52-year-old", victim's mother, judiciary spokesperson partial
('''HALIFAX — A Nova Scotia Supreme Court justice declared a mistrial Tuesday in the impaired driving causing death trial of a Dartmouth man, after learning that a juror had read news coverage of the case on her phone.

Justice Robert MacIsaac told the courtroom that the juror had disclosed the search to a court officer on Monday evening, after the jury had heard seven days of evidence.

"I have no doubt the juror acted out of curiosity and not malice," MacIsaac said. "But the accused is entitled to be tried on the evidence heard in this room, and nothing else."

The standard instructions given to jurors in the province direct them not to "conduct any research of any kind" about the case they are hearing, including online.

Wayne Dorrington, 52, is charged in an October 2022 crash on the Circumferential Highway that killed Kaylee Fougère, a 27-year-old pediatric nurse. He has pleaded not guilty.

Turning to the Fougère family in the gallery, MacIsaac added: "I know what this costs you, and I am sorry."

Crown attorney Shauna Leblanc said outside court that prosecutors were "frustrated but not discouraged."

"We are ready to start again as soon as the court can accommodate us," she told reporters.

Defence lawyer Jamal Osei said his client supported the decision. "Nobody wants to go through this twice, least of all Mr. Dorrington. But a fair trial is the only kind worth having," Osei said.

The 52-year-old left the courthouse without speaking to reporters.

Kaylee's mother, Anne-Marie Fougère, said the family had sat through every day of testimony, including graphic evidence from the collision reconstruction.

"We relived the worst night of our lives for seven days, and now we're told to come back and do it all again," she said.

A spokesperson for the Nova Scotia Judiciary said mistrials caused by juror research were "rare but not unheard of" and that jurors receive both written and spoken reminders about the rule.

A new trial date is expected to be set next month.''',
 [("I have no doubt the juror", "Robert MacIsaac"),
  ("But the accused is entitled to", "Robert MacIsaac"),
  ("conduct any research of any kind", None),
  ("I know what this costs you,", "Robert MacIsaac"),
  ("frustrated but not discouraged.", "Shauna Leblanc"),
  ("We are ready to start again", "Shauna Leblanc"),
  ("Nobody wants to go through this", "Jamal Osei"),
  ("We relived the worst night of", "Anne-Marie Fougère"),
  ("rare but not unheard of", "Nova Scotia Judiciary")]),

# 24 -- Paris criminal court convicts TV doctor over supplements, Reuters wire style, curly quotes; scare quote, book title, presiding judge partial and split quote, prosecutor partial, defence lawyer "she told reporters", former patient split quote, professional body statement partial
('''PARIS (Reuters) — A Paris court on Thursday convicted a former television doctor of deceptive commercial practices over a line of “detox” supplements he claimed could relieve fatigue, anxiety and joint pain, and handed him an 18-month suspended prison sentence.

Bernard Lacombe, 63, who hosted a popular afternoon health programme on French television for more than a decade, was also fined 150,000 euros and banned from promoting health products for five years.

Presiding judge Hélène Marchand said claims made on the packaging and in Lacombe’s 2019 best-seller “Le Corps Propre” had “no scientific basis whatsoever.”

“You used the trust that millions of viewers placed in you as a doctor to sell them powders and capsules,” Marchand told Lacombe as she read the verdict. “That trust was your most valuable asset, and you spent it.”

During the trial in March, prosecutor Julien Ferrand described the supplements, which sold for up to 59 euros a box, as “expensive sugar” and asked for a two-year suspended sentence.

Lacombe’s lawyer, Sophie Kessler-Borel, said her client would appeal.

“Dr Lacombe has never harmed a single patient. He is being punished for his enthusiasm,” she told reporters outside the courtroom.

Martine Oudin, 58, testified during the trial that she stopped taking medication prescribed for her rheumatoid arthritis after reading the book. She said after the verdict that she felt relieved.

“I believed him because he was on television every afternoon,” Oudin said. “I lost a year of my health.”

The National Council of the Order of Physicians, which joined the case as a civil party, said in a statement that the ruling was “an important signal” to doctors who use their public profile to sell products.

Lacombe, who was struck off the medical register in 2022, left court without commenting.

The investigation began in 2021 after complaints to France’s consumer fraud watchdog, the DGCCRF.''',
 [("no scientific basis whatsoever.", "Hélène Marchand"),
  ("You used the trust that millions", "Hélène Marchand"),
  ("That trust was your most valuable", "Hélène Marchand"),
  ("expensive sugar", "Julien Ferrand"),
  ("Dr Lacombe has never harmed a", "Sophie Kessler-Borel"),
  ("I believed him because he was", "Martine Oudin"),
  ("I lost a year of my", "Martine Oudin"),
  ("an important signal", "National Council of the Order of Physicians")]),

# 25 -- Detroit exoneration hearing, local-paper style, straight quotes; judge from the bench split quote, "said X, who heads...", innocence group statement partial, staff attorney "said X", "the 46-year-old said", mother, welcome-home sign, closing quote with "he said"
('''DETROIT — After 27 years in prison for a murder he did not commit, Marcus Tolliver walked out of the Frank Murphy Hall of Justice on Monday afternoon and into the arms of his mother.

Wayne County Circuit Judge Carla Whitmore vacated Tolliver's 1998 conviction in the shooting death of a convenience store owner after prosecutors agreed that new DNA testing and a recanted eyewitness identification had undermined the case.

"Mr. Tolliver, the system that was supposed to protect you failed you," Whitmore said from the bench. "I can't give you back those years. What I can do is tell you that you are free to go."

The courtroom erupted in applause.

"We got this wrong, and a man paid for our mistake with more than half of his life," said Valerie Osgood, who heads the Wayne County Prosecutor's Office's Conviction Integrity Unit.

Tolliver was 19 when he was arrested. He was convicted largely on the testimony of a single eyewitness, who recanted in a sworn affidavit in 2019.

The Great Lakes Innocence Initiative, which took up his case in 2016, said in a statement that DNA recovered from under the victim's fingernails "matches a man who was later convicted of two other armed robberies in the same neighborhood." That man died in prison in 2011.

"His case should never have taken this long," said Priyanka Nair, a staff attorney with the initiative.

Speaking to reporters on the courthouse steps, Tolliver said he held no bitterness. "I've had a long time to be angry. I decided years ago I wasn't going to let it eat me," the 46-year-old said.

His mother, Gloria Tolliver, 71, said she had visited him twice a month for nearly three decades. "Every other Sunday for 27 years. I never missed one unless I was in the hospital," she said.

Family members held a hand-lettered sign that read "Welcome Home Marcus."

Asked what he planned to do first, Tolliver smiled. "Coney dog. Then I'm going to sleep in a bed that doesn't have a number on it," he said.''',
 [("Mr. Tolliver, the system that was", "Carla Whitmore"),
  ("I can't give you back those", "Carla Whitmore"),
  ("We got this wrong, and a", "Valerie Osgood"),
  ("matches a man who was later", "Great Lakes Innocence Initiative"),
  ("His case should never have taken", "Priyanka Nair"),
  ("I've had a long time to", "Marcus Tolliver"),
  ("Every other Sunday for 27 years.", "Gloria Tolliver"),
  ("Welcome Home Marcus.", None),
  ("Coney dog. Then I'm going to", "Marcus Tolliver")]),
]
# fmt: on

# fmt: off
STORIES_BW = [
# 1 -- US House subcommittee hearing on FAA controller staffing, AP wire style, straight quotes; asked/replied/shot back, memo quoted (no speaker), partial quotes, union statement
('''WASHINGTON (AP) — A top Federal Aviation Administration official acknowledged Tuesday that dozens of the nation's busiest radar facilities remain below target staffing levels, as lawmakers from both parties pressed him over a string of near-collisions at major airports this year.

"We are not where we need to be, and I'm not going to pretend otherwise," Gregory Haines, the FAA's deputy administrator, told a House Transportation and Infrastructure subcommittee.

Rep. Dana Whitcomb, the Ohio Republican who chairs the panel, opened the hearing by reading from an internal agency memo, obtained by the committee, that described staffing at one New York facility as "critical and deteriorating."

"How long have you known about this?" Whitcomb asked.

"Since at least the spring of last year. We briefed your staff on it in April," Haines replied.

"Briefing my staff is not the same as fixing it," Whitcomb shot back.

Rep. Lorraine Battista, D-N.J., whose district sits under the approach path to Newark Liberty International Airport, said her constituents had stopped believing the agency's assurances. When Haines noted that the FAA had hired more than 1,500 controllers in the last fiscal year, she cut him off.

"Hired or certified?" she asked.

"Hired. Certification takes two to three years," Haines said after a pause.

Rep. Marcus Fell, R-Texas, pressed the deputy administrator on overtime, asking whether controllers at some facilities were working six-day weeks as a matter of routine. Haines said they were, calling the practice "not sustainable" and urging Congress to give the agency more flexibility on pay and hiring.

Fell said he was open to the request but wanted figures first. "Send us the overtime data by facility, not by region," the Texan said.

The hearing came a week after the National Air Traffic Controllers Association warned in a statement that its members were exhausted and "increasingly worried about safety margins." A spokeswoman for the union did not respond to a request for comment Tuesday.

The FAA has said it plans to hire about 2,000 controllers this year.''',
 [("We are not where we need to", "Gregory Haines"),
  ("critical and deteriorating.", None),
  ("How long have you known about", "Dana Whitcomb"),
  ("Since at least the spring of last", "Gregory Haines"),
  ("Briefing my staff is not the same", "Dana Whitcomb"),
  ("Hired or certified?", "Lorraine Battista"),
  ("Hired. Certification takes two to three", "Gregory Haines"),
  ("not sustainable", "Gregory Haines"),
  ("Send us the overtime data by", "Marcus Fell"),
  ("increasingly worried about safety margins.", "National Air Traffic Controllers Association")]),

# 2 -- UK Commons health committee on ambulance handover delays, Guardian-style copy, curly quotes; titled witness (Sir), split quotes, question and answer, MP's post on X, department spokesperson
('''The head of NHS England has admitted that patients are still waiting “far too long” in the back of ambulances outside A&E departments, as MPs accused health leaders of missing targets they had promised to meet last winter.

Appearing before the Commons health and social care committee on Wednesday, Sir Malcolm Dreyer said handover delays had fallen since January but remained “a source of real shame” in parts of the country.

The committee’s chair, the Labour MP Harriet Olusanya, put to him figures showing that in a single week in March more than 2,000 ambulance crews had waited over three hours to hand over patients.

“Do you accept that these numbers are worse than the ones you gave this committee in October?” she asked.

“In some regions, yes,” Dreyer said. “Nationally, the trend is in the right direction, but I’m not going to sit here and tell you the job is done.”

Alistair Penrose, a Conservative member of the committee, said he had heard that line before. “With respect, Sir Malcolm, you told us the job was nearly done last year. What has changed?” he asked.

Dreyer said the health service had opened 1,100 additional beds and that patient flow through hospitals was improving, but that a shortage of social care places was still holding up discharges.

Graham Tulloch, the chief executive of the North Midlands Ambulance Service, who was giving evidence alongside him, was blunter. “My crews are spending whole shifts in car parks. They joined to save lives, not to queue,” he said.

Pressed by the Liberal Democrat MP Fiona McAllister on whether patients had died as a result, Tulloch paused for several seconds. “I would be lying if I said no,” he said.

McAllister later posted a clip of the exchange on X, writing: “Extraordinary admission. Ministers need to answer for this.”

A Department of Health and Social Care spokesperson said: “We are investing record sums in urgent and emergency care and expect to see further improvements in handover times this year.”''',
 [("far too long", "Malcolm Dreyer"),
  ("a source of real shame", "Malcolm Dreyer"),
  ("Do you accept that these numbers", "Harriet Olusanya"),
  ("In some regions, yes,", "Malcolm Dreyer"),
  ("Nationally, the trend is in the", "Malcolm Dreyer"),
  ("With respect, Sir Malcolm, you told", "Alistair Penrose"),
  ("My crews are spending whole shifts", "Graham Tulloch"),
  ("I would be lying if I", "Graham Tulloch"),
  ("Extraordinary admission. Ministers need to answer", "Fiona McAllister"),
  ("We are investing record sums in", "Department of Health and Social Care")]),

# 3 -- Australian Senate estimates on a Border Force contract, ABC-style copy, straight quotes; Mr/Senator honorifics, rapid question-and-answer with she pressed/he conceded, minister intervening
('''Border Force commissioner Stephen Rourke has defended the agency's decision to extend a $420 million offshore security contract without a fresh tender, telling a Senate estimates hearing the move was "the least bad option available" at the time.

Under sustained questioning from Greens senator Catriona Dwyer on Monday night, Mr Rourke said the department had been warned that switching providers mid-year could leave detention facilities without trained staff.

"Who warned you?" Senator Dwyer asked.

"Our own operational people," Mr Rourke said.

"Not the contractor itself?" she pressed.

"The contractor raised it as well, yes," he conceded.

Senator Dwyer described that as "convenient" and asked whether any written advice existed to support the decision.

The Assistant Minister for Home Affairs, Senator Bronwyn Tate, intervened to say the commissioner would take the question on notice. "It's not reasonable to expect the commissioner to recite every email from eighteen months ago," she said.

"I'm not asking for every email, Minister. I'm asking for one," Senator Dwyer replied.

Liberal senator Joel McInnes later took up the line of questioning, asking why the extension had been signed two days before the end of the financial year.

"Was there a budget reason for the timing, Commissioner?" he asked.

Mr Rourke said he would need to check and would come back to the committee. The committee chair, Labor senator Ravi Anand, twice called the hearing to order as senators spoke over one another and the session ran 40 minutes past its scheduled finish.

The contract, held by a private security firm since 2019, covers guarding and welfare services at facilities on Christmas Island and in Nauru. The Australian National Audit Office is separately examining the department's procurement practices and is expected to report later this year.

A spokesman for Senator Dwyer said she would move to have the contract documents tabled in the Senate next sitting week.''',
 [("the least bad option available", "Stephen Rourke"),
  ("Who warned you?", "Catriona Dwyer"),
  ("Our own operational people,", "Stephen Rourke"),
  ("Not the contractor itself?", "Catriona Dwyer"),
  ("The contractor raised it as well,", "Stephen Rourke"),
  ("convenient", "Catriona Dwyer"),
  ("It's not reasonable to expect the", "Bronwyn Tate"),
  ("I'm not asking for every email,", "Catriona Dwyer"),
  ("Was there a budget reason for", "Joel McInnes")]),

# 4 -- Canadian Commons question period on housing, CBC-style copy, curly quotes; shot back, split quotes, "the minister said", partial quotes, MP scrum outside the chamber
('''OTTAWA — Question period turned heated on Tuesday as opposition MPs hammered the federal government over a flagship housing program that has so far delivered fewer than a third of the homes it promised.

Conservative housing critic Mélanie Fortier led off by holding up a copy of the government’s own progress report. “The minister promised 60,000 homes. His own department says 18,000,” she said. “Where are the other 42,000?”

Housing Minister Daniel Okafor rose to reply that thousands of units were “in the ground and under construction” and would be counted once families moved in.

“Canadians cannot live in a hole in the ground,” Fortier shot back, prompting jeers from the government benches.

Speaker Pierre-Luc Gagnon called for order twice before the minister could continue.

“The member opposite voted against every dollar of this funding,” Okafor said. “She doesn’t get to stand up now and complain that it isn’t being spent fast enough.”

NDP MP Sarah Kowalczyk took a different tack, asking why the program’s definition of affordable housing was pegged to local market rents. “Affordable for whom?” she asked. “A nurse in Hamilton can’t pay 80 per cent of market rent and still buy groceries.”

Okafor said the government was “open to reviewing” the threshold and would have more to say in the fall economic statement.

The exchanges came a day after the Parliamentary Budget Officer published an analysis concluding the program was unlikely to meet its 2028 target without a significant increase in funding. Okafor has disputed the report’s methodology.

Outside the chamber, Bloc Québécois MP Jean-François Thibault told reporters the program had sidelined Quebec’s own housing agency. “Ottawa signs the cheques, takes the photos and leaves Quebec to do the work,” he said.''',
 [("The minister promised 60,000 homes. His", "Mélanie Fortier"),
  ("Where are the other 42,000?", "Mélanie Fortier"),
  ("in the ground and under construction", "Daniel Okafor"),
  ("Canadians cannot live in a hole", "Mélanie Fortier"),
  ("The member opposite voted against every", "Daniel Okafor"),
  ("She doesn’t get to stand up", "Daniel Okafor"),
  ("Affordable for whom?", "Sarah Kowalczyk"),
  ("A nurse in Hamilton can’t pay", "Sarah Kowalczyk"),
  ("open to reviewing", "Daniel Okafor"),
  ("Ottawa signs the cheques, takes the", "Jean-François Thibault")]),

# 5 -- Wisconsin GOP gubernatorial primary debate, US regional newspaper style, straight quotes; moderator questions, three male and female candidates trading barbs, interjection, protest signs
('''MILWAUKEE — The three Republicans seeking their party's nomination for governor clashed over taxes, school funding and each other's records Thursday night in their first and likely only televised debate before the August primary.

Moderator Linda Ferraro opened by asking each candidate to name one state program they would eliminate. Businessman Tom Brennan did not hesitate.

"The Department of Workforce Development, as it currently exists," he said. "Fold it into Commerce and save taxpayers forty million dollars a year."

State Sen. Kyle Ostrowski of Wausau called that figure "fantasy math" and said any savings would be eaten up by severance costs and new computer systems.

"Tom has never run a government agency," Ostrowski said. "He's run car dealerships."

"Profitable ones," Brennan said, drawing laughter from the audience.

Former Attorney General Jennifer Haas largely stayed out of the crossfire until Ferraro pressed her on her role in a 2019 settlement with a water utility in the Fox Valley.

"You signed off on a deal that critics say let the company walk away from cleanup costs. Was that a mistake?" Ferraro asked.

"No. It was the best deal available under the law at the time, and every dollar of it went to the affected communities," Haas said.

Ostrowski interjected before she could go on. "Not every dollar, Jennifer," he said.

Ferraro reminded the candidates that interruptions would come out of their own time, then allowed Haas to finish. The former attorney general said the settlement had paid for new water mains in three towns and that she stood by it.

The hourlong debate, co-sponsored by a Milwaukee television station and a statewide newspaper group, drew a studio audience of about 200. Outside the studio, a small group of demonstrators held signs reading "Clean Water Now" and chanted the name of one of the towns covered by the settlement.

Polls show Brennan with a narrow lead, with nearly a third of likely primary voters still undecided.''',
 [("The Department of Workforce Development, as", "Tom Brennan"),
  ("Fold it into Commerce and save", "Tom Brennan"),
  ("fantasy math", "Kyle Ostrowski"),
  ("Tom has never run a government", "Kyle Ostrowski"),
  ("He's run car dealerships.", "Kyle Ostrowski"),
  ("Profitable ones,", "Tom Brennan"),
  ("You signed off on a deal", "Linda Ferraro"),
  ("No. It was the best deal", "Jennifer Haas"),
  ("Not every dollar, Jennifer,", "Kyle Ostrowski"),
  ("Clean Water Now", None)]),

# 6 -- Pune police commissioner's press conference after station stampede, Hindustan Times style, curly quotes; reporters' questions (unnamed), replied, railway statement, vendor quoted, minister
('''PUNE: Pune police commissioner Rajesh Kulkarni on Sunday said there had been “no lapse in deployment” at Pune Junction on the night of the stampede that killed seven people, even as he conceded that crowd estimates shared with the railways had been badly off.

Addressing reporters at the police headquarters in Shivajinagar, Kulkarni said 140 personnel had been posted at the station, double the usual strength for a festival weekend.

“We had prepared for 40,000 passengers. The number that came was closer to 90,000,” he said.

When a reporter asked why the estimate had been so low, Kulkarni said it was based on railway ticketing data. “If the ticket numbers are wrong, the estimate is wrong. That is not an excuse, it is a fact,” he said.

Another reporter pressed him on videos circulating online that appeared to show constables swinging lathis near the foot overbridge. “Are you saying force was not used?” she asked.

“I am saying we are examining every video,” Kulkarni replied. “If any officer acted wrongly, action will be taken.”

Central Railway, in a statement issued later in the day, said it had run 14 additional trains over the weekend and that “platform changes were announced well in advance”. Passengers who spoke to HT disputed this.

“There was one announcement, in Marathi only, and then everybody ran,” said a vendor who runs a tea stall near platform 4.

Of the seven people killed, four were women travelling home to Solapur and Kalaburagi for the festival. Twenty-three others were injured, three of them critically.

State minister Vikram Patil, who visited the injured at Sassoon General Hospital on Sunday evening, announced that a judicial inquiry would be set up within a week. “The families deserve answers, not statements,” he said.''',
 [("no lapse in deployment", "Rajesh Kulkarni"),
  ("We had prepared for 40,000 passengers.", "Rajesh Kulkarni"),
  ("If the ticket numbers are wrong,", "Rajesh Kulkarni"),
  ("Are you saying force was not used?", "~reporter"),
  ("I am saying we are examining", "Rajesh Kulkarni"),
  ("If any officer acted wrongly, action", "Rajesh Kulkarni"),
  ("platform changes were announced well in", "Central Railway"),
  ("There was one announcement, in Marathi", "~vendor"),
  ("The families deserve answers, not statements,", "Vikram Patil")]),

# 7 -- Senedd committee on bus franchising, British regional style with single quotes; Mr/MS honorifics, she asked/he replied, partial quotes, 'He told the committee:', Welsh Government statement
('''A senior Transport for Wales executive has told Senedd members that the rollout of bus franchising in south-west Wales could slip by up to a year, prompting Welsh Conservative MS Gareth Lloyd-Hughes to accuse ministers of 'drift'.

Giving evidence to the Senedd's climate change, environment and infrastructure committee on Thursday, Rhodri Pugh, TfW's director of bus services, said contracts for the region would not be ready to sign until late 2027.

'I would rather tell the committee now than come back in twelve months with a worse story,' he said.

The committee chair, Plaid Cymru MS Eluned Rees-Morgan, asked whether the Welsh Government had been told of the delay before revised timetables were published in May.

'Ministers were informed in January,' Mr Pugh said.

'So for four months the public were told it was on track?' she asked.

'The public were told the programme was under review, which was accurate,' he replied.

Mr Lloyd-Hughes said passengers in rural Carmarthenshire had 'heard it all before'. He told the committee: 'My constituents in Llandovery have lost three routes in two years. They are not interested in procurement timetables. They want a bus.'

Mr Pugh said he understood the frustration and that interim support for rural routes would continue until franchised contracts were in place. Asked by Labour MS Carys Bevan whether fares would rise under the new system, he said TfW's 'working assumption' was that they would not.

In a statement, the Welsh Government said: 'Bus franchising remains a priority and we are working closely with Transport for Wales and local authorities to deliver it as quickly as possible.'

The committee is expected to publish its report before the summer recess.''',
 [("drift", "Gareth Lloyd-Hughes"),
  ("I would rather tell the committee", "Rhodri Pugh"),
  ("Ministers were informed in January", "Rhodri Pugh"),
  ("So for four months the public", "Eluned Rees-Morgan"),
  ("The public were told the programme", "Rhodri Pugh"),
  ("heard it all before", "Gareth Lloyd-Hughes"),
  ("My constituents in Llandovery have lost", "Gareth Lloyd-Hughes"),
  ("working assumption", "Rhodri Pugh"),
  ("Bus franchising remains a priority and", "Welsh Government")]),

# 8 -- Kenyan Public Accounts Committee grills Kenya Power MD, Nation-style copy, curly quotes; Mr/Ms honorifics, MP-by-constituency tags, contract clause quoted (no speaker), company statement
('''Kenya Power managing director Peter Otieno Ouma on Wednesday struggled to explain to MPs why the company paid a foreign supplier Sh2.3 billion for smart meters that are still sitting in a warehouse in Nairobi’s Industrial Area.

Appearing before the National Assembly’s Public Accounts Committee, Mr Ouma said installation had been held back by “integration challenges” with the utility’s billing system.

Committee chairperson Esther Njoroge was not satisfied. “You paid in full before a single meter was installed. Who approved that?” she asked.

“The payment was approved by the board on the advice of management,” Mr Ouma replied.

“Which means you,” Ms Njoroge said.

Mr Ouma said he had joined the company after the contract was signed but accepted responsibility for its implementation.

The meters were meant to be installed in 300,000 homes in Nairobi, Mombasa and Kisumu by June last year, under a programme aimed at cutting losses from illegal connections and estimated billing.

Kuresoi South MP Daniel Kiprono then read out a clause from the contract, which states that payment falls due “upon delivery and successful commissioning of the units”.

“Were these units commissioned?” he asked.

After a long pause, Mr Ouma said they had not.

Lamu East MP Amina Hassan Abdi accused the company of treating Parliament as a rubber stamp and asked the committee to summon former board members. “We cannot keep hearing that the people responsible have left,” she said. “They did not leave the country. Bring them here.”

The committee gave Kenya Power 14 days to submit board minutes, payment vouchers and correspondence with the supplier. In a statement after the session, the company said it “remains committed to transparency and will cooperate fully with the committee”.''',
 [("integration challenges", "Peter Otieno Ouma"),
  ("You paid in full before a", "Esther Njoroge"),
  ("The payment was approved by the", "Peter Otieno Ouma"),
  ("Which means you,", "Esther Njoroge"),
  ("upon delivery and successful commissioning of", None),
  ("Were these units commissioned?", "Daniel Kiprono"),
  ("We cannot keep hearing that the", "Amina Hassan Abdi"),
  ("They did not leave the country.", "Amina Hassan Abdi"),
  ("remains committed to transparency and will", "Kenya Power")]),

# 9 -- European Parliament hearing of an energy commissioner-designate, Reuters style, straight quotes; MEPs pressing yes-or-no, replied, partial quotes, anonymous senior lawmaker
('''BRUSSELS, Oct 7 (Reuters) - The European Union's nominee for energy commissioner faced three hours of pointed questioning from lawmakers on Tuesday, with several demanding she commit to a firm date for ending imports of Russian liquefied natural gas.

Anneliese Vogt, a former German state economy minister, told the European Parliament's industry committee she supported a phase-out but would not "put a date on paper that I cannot guarantee."

French liberal lawmaker Pierre Lamarque said that answer was not good enough. "Every month we delay, we send hundreds of millions of euros to the Kremlin," he said. "Will you commit to 2027, yes or no?"

"I will commit to presenting a legal proposal within my first hundred days," Vogt replied.

"That is not a yes," Lamarque said.

Polish conservative Tomasz Zielinski pressed Vogt on her past support for the Nord Stream 2 pipeline, which she backed as a state minister.

"I was wrong about Nord Stream, and I have said so publicly," she said. "Many of us in Germany were wrong."

Portuguese socialist Marta Oliveira focused on household bills, asking Vogt how she would protect low-income families from price spikes during the transition. Vogt said she would propose a "social shield" funded partly by windfall revenues from energy companies.

Committee chair Henrik Aagaard twice cut off lawmakers who exceeded their speaking time. The committee's coordinators will decide on Vogt's nomination on Thursday; she needs the backing of groups representing two-thirds of the committee's members.

The EU imported about 20 billion cubic metres of Russian LNG last year, according to industry estimates, even as pipeline flows from Russia dwindled.

"She was better prepared than I expected," one senior lawmaker from the centre-right European People's Party said after the session, speaking on condition of anonymity. "But the gas question will not go away."''',
 [("put a date on paper that", "Anneliese Vogt"),
  ("Every month we delay, we send", "Pierre Lamarque"),
  ("Will you commit to 2027, yes", "Pierre Lamarque"),
  ("I will commit to presenting a", "Anneliese Vogt"),
  ("That is not a yes,", "Pierre Lamarque"),
  ("I was wrong about Nord Stream,", "Anneliese Vogt"),
  ("Many of us in Germany were", "Anneliese Vogt"),
  ("social shield", "Anneliese Vogt"),
  ("She was better prepared than I", "~lawmaker"),
  ("But the gas question will not", "~lawmaker")]),

# 10 -- South African portfolio committee on police, News24-style copy, curly quotes; ranks and party tags, several women and men trading lines, she asked, deputy minister objecting, unmoved reply
('''DA MP Karen Botha on Wednesday accused the SAPS top brass of “hiding behind statistics” as cash-in-transit robberies climbed for a third consecutive quarter, during a tense sitting of Parliament’s portfolio committee on police.

National police commissioner General Sipho Mthembu told the committee that arrests for CIT crimes were up 22% and that several syndicates had been “neutralised” in Gauteng and the Eastern Cape.

“Arrests are up because robberies are up,” Botha said. “That is not a success story, General.”

Mthembu said the comparison was unfair. “We do not control how many criminals decide to commit crimes. We control how we respond, and our response is improving,” he said.

According to the latest crime statistics, there were 112 cash-in-transit robberies between April and June, up from 87 in the same period last year. Most took place on highways in Gauteng, where heavily armed gangs use explosives to blow open armoured vehicles.

Committee chairperson Nomvula Dlamini-Khoza asked how many of those arrested had been convicted.

“I do not have that figure with me, chair,” Mthembu said.

“You came to a committee on crime without conviction figures?” she asked.

EFF MP Thabo Maseko then accused police management of colluding with the syndicates, prompting Deputy Police Minister Zanele Mokoena to object. “The honourable member cannot make such an allegation without evidence,” she said. “If he has evidence, he should open a case.”

Maseko was unmoved. “I will open a case. At which police station, Deputy Minister? The one the syndicates own?” he said.

Dlamini-Khoza called members to order and gave SAPS seven days to submit conviction data in writing.''',
 [("hiding behind statistics", "Karen Botha"),
  ("neutralised", "Sipho Mthembu"),
  ("Arrests are up because robberies are", "Karen Botha"),
  ("That is not a success story,", "Karen Botha"),
  ("We do not control how many", "Sipho Mthembu"),
  ("I do not have that figure", "Sipho Mthembu"),
  ("You came to a committee on", "Nomvula Dlamini-Khoza"),
  ("The honourable member cannot make such", "Zanele Mokoena"),
  ("If he has evidence, he should", "Zanele Mokoena"),
  ("I will open a case. At which", "Thabo Maseko")]),

# 11 -- NZ select committee on school lunches, RNZ/Stuff style, straight quotes; MP questions and official replies, split quote, principal's submission, ministry's words reported, protest placard
('''The Ministry of Education has conceded that some schools received lunches that did not meet its own nutrition standards during the first term of the revamped Ka Ora, Ka Ako programme.

Deputy secretary Mark Dunleavy made the admission at Parliament's education and workforce select committee on Wednesday, after Labour MP Aroha Tane produced photographs of meals she said had been delivered to a South Auckland school.

"Would you feed that to your own kids?" Tane asked.

"I'm not going to comment on individual photos," Dunleavy said. "What I can say is that a small number of meals in the first weeks were not up to standard, and the supplier has been told that."

"A small number? There were complaints from more than a hundred schools," Tane said.

Green MP Hannah Pelletier asked whether anyone at the ministry had tried the food before the programme was rolled out nationally. "Did a single official actually taste these meals?" she asked.

"We relied on the supplier's testing," Dunleavy said.

Wiremu Parata, principal of Te Kura o Māngere, who appeared before the committee later in the session, said many of his students had gone back to bringing food from home. "The kids aren't stupid. If the food is cold and grey, they won't eat it," he said.

He said the ministry's insistence that the programme was "performing as designed" showed how far officials were from what schools were seeing every day.

The programme, which feeds about 240,000 students at schools in low-income communities, was overhauled last year to cut costs, with the price per meal reduced from roughly $8 to $3. Ministers have said the new model will save more than $100 million a year.

Outside Parliament, about two dozen protesters, including parents and teachers, held placards, one of them reading "Feed Them Properly".''',
 [("Would you feed that to your", "Aroha Tane"),
  ("I'm not going to comment on", "Mark Dunleavy"),
  ("What I can say is that", "Mark Dunleavy"),
  ("A small number? There were complaints", "Aroha Tane"),
  ("Did a single official actually taste", "Hannah Pelletier"),
  ("We relied on the supplier's testing,", "Mark Dunleavy"),
  ("The kids aren't stupid. If the", "Wiremu Parata"),
  ("performing as designed", "Ministry of Education"),
  ("Feed Them Properly", None)]),

# 12 -- Philippine Senate blue ribbon hearing on a flood control project, Inquirer-style copy, curly quotes; uncued question-and-answer run, "your honor", senator vs contractor, T-shirt slogan
('''MANILA — Senators on Monday grilled officials of the Department of Public Works and Highways (DPWH) over a ₱480-million flood control project in Bulacan that residents say began to crumble within months of its completion.

At the resumption of the Senate blue ribbon committee’s inquiry, committee chair Sen. Teresita Mangubat showed photographs of the cracked dike in Barangay San Isidro and asked DPWH Undersecretary Ramon Dizon who had inspected the structure before it was turned over.

“Our district engineering office, your honor,” Dizon said.

“And they found nothing wrong?”

“They certified it as compliant with the plans.”

“Then either the plans were wrong or the certification was wrong,” Mangubat said. “Which is it, Usec?”

Dizon said the department had ordered a technical audit and had placed the district engineer on preventive suspension pending its results.

Sen. Paolo Santiago then turned to the contractor, Edgardo Lim, president of EGL Builders, and asked how his firm had won 11 flood control contracts in the province in just three years.

“We bid like everyone else, your honor,” Lim said.

“Nobody else bid on seven of them,” Santiago said. “That’s not bidding like everyone else. That’s bidding alone.”

Sen. Luz Abrenica moved to cite Lim in contempt after he declined to say whether he had met the district engineer outside official meetings, but the committee deferred a vote on the motion.

The dike was meant to protect some 3,000 families in low-lying villages along the Angat River. Residents say parts of San Isidro were under knee-deep water for a week during last month’s typhoon.

About 40 residents who traveled to Pasay for the hearing wore shirts printed with “Baha pa rin,” Filipino for still flooded.''',
 [("Our district engineering office, your honor,", "Ramon Dizon"),
  ("And they found nothing wrong?", "Teresita Mangubat"),
  ("They certified it as compliant with", "Ramon Dizon"),
  ("Then either the plans were wrong", "Teresita Mangubat"),
  ("Which is it, Usec?", "Teresita Mangubat"),
  ("We bid like everyone else, your", "Edgardo Lim"),
  ("Nobody else bid on seven of", "Paolo Santiago"),
  ("That’s not bidding like everyone else.", "Paolo Santiago"),
  ("Baha pa rin,", None)]),

# 13 -- Chicago City Council budget hearing with police superintendent, Chicago daily style, straight quotes; Ald./Supt. titles with ward numbers, pressed, replied, alderman's post on X
('''Chicago Police Supt. Darnell Whitaker defended his department's $2.1 billion budget request before the City Council on Friday, telling aldermen that overtime costs would come down next year "if we can finally hire at the pace we need to."

The hearing, part of the council's annual budget review, stretched past six hours and turned testy more than once.

Ald. Rosa Quintero, 25th, asked Whitaker why the department had again exceeded its overtime budget by more than $80 million.

"Because we are short 1,200 officers," Whitaker said. "You can't police a city this size with the numbers we have without overtime."

"You said the same thing last October," Quintero said.

"And it was true last October," Whitaker replied.

Ald. Patrick Sheehan, 19th, a former police sergeant, came to the superintendent's defense, saying the council had underfunded the department's recruiting for years. "We can't keep cutting the academy and then act surprised when nobody's coming out of it," Sheehan said.

Ald. Maureen Kilbride, 43rd, pressed Whitaker on the department's progress under the federal consent decree, noting that the independent monitor's most recent report found the city in full compliance with fewer than a fifth of its requirements.

"We are making progress," Whitaker said.

"Is a fifth progress?" Kilbride asked.

Whitaker said he would provide a written breakdown, paragraph by paragraph, of where the department stood on each requirement of the decree.

Midway through the hearing, Quintero posted on X: "Six hours in and still no straight answer on overtime. Chicagoans deserve better."

The department has about 11,700 sworn officers, down from more than 13,000 five years ago. Budget hearings continue Monday with the fire department and the Office of Emergency Management and Communications.''',
 [("if we can finally hire at", "Darnell Whitaker"),
  ("Because we are short 1,200 officers,", "Darnell Whitaker"),
  ("You can't police a city this", "Darnell Whitaker"),
  ("You said the same thing last", "Rosa Quintero"),
  ("And it was true last October,", "Darnell Whitaker"),
  ("We can't keep cutting the academy", "Patrick Sheehan"),
  ("We are making progress,", "Darnell Whitaker"),
  ("Is a fifth progress?", "Maureen Kilbride"),
  ("Six hours in and still no", "Rosa Quintero")]),

# 14 -- Dáil Leaders' Questions on hospital trolleys, Irish Times style, curly quotes; Taoiseach vs opposition TDs (two women), split quotes, interruption, Ceann Comhairle, union statement
('''The Taoiseach, Conor Meagher, has rejected a claim by Sinn Féin’s health spokeswoman, Aoife Ní Bhriain, that the Government has “given up” on hospital overcrowding, after figures showed more than 600 patients on trolleys on Tuesday morning.

During Leaders’ Questions in the Dáil, Ms Ní Bhriain said the daily trolley count had become “background noise” for ministers.

“Six hundred and twelve people this morning, Taoiseach. Elderly people on corridors in Limerick and Cork and Letterkenny,” she said. “When does that stop being normal for you?”

Mr Meagher said the figure was “unacceptable” but was lower than on the same day last year. “That is not a boast. It is a fact, and it reflects the extra beds this Government has opened,” he said.

Ms Ní Bhriain interrupted to say the beds were “on paper”, prompting the Ceann Comhairle, Seán Mulcahy, to ask her to allow the Taoiseach to respond.

Labour’s health spokeswoman, Siobhán Greally, raised the case of a constituent, a woman in her eighties, who she said had spent 31 hours on a trolley at University Hospital Limerick last week.

“Her daughter rang me at two o’clock in the morning,” Ms Greally said. “What do I tell her?”

Mr Meagher said he could not comment on an individual case but would ask the HSE to examine it. He told the Dáil that 1,200 additional acute beds would be open by the end of next year and that recruitment of hospital consultants was at a record high.

The Irish Nurses and Midwives Organisation, which compiles the daily trolley figures, said its members were “working in conditions that are unsafe for patients and staff alike”. The union will hold a special delegate conference next month to consider industrial action.''',
 [("given up", "Aoife Ní Bhriain"),
  ("background noise", "Aoife Ní Bhriain"),
  ("Six hundred and twelve people this", "Aoife Ní Bhriain"),
  ("When does that stop being normal", "Aoife Ní Bhriain"),
  ("unacceptable", "Conor Meagher"),
  ("That is not a boast. It", "Conor Meagher"),
  ("on paper", "Aoife Ní Bhriain"),
  ("Her daughter rang me at two", "Siobhán Greally"),
  ("What do I tell her?", "Siobhán Greally"),
  ("working in conditions that are unsafe", "Irish Nurses and Midwives Organisation")]),

# 15 -- Merseyside police press conference after disorder, British newspaper style with single quotes; chief constable questioned by a reporter, split quotes, gold commander, PCC
('''Merseyside's chief constable has said officers were 'outnumbered and at times overwhelmed' during Saturday night's disorder in Kirkby, as she faced questions over why reinforcements took almost two hours to arrive.

Speaking at a press conference at the force's headquarters on Monday, Chief Constable Helen Marsh said 23 officers had been injured, three of them seriously.

'I want to be absolutely clear that what happened on Saturday was not protest. It was violence, pure and simple,' she said.

Asked by a reporter why mutual aid from neighbouring forces had not been requested until after 10pm, Ms Marsh said commanders on the ground had believed the situation was 'containable' until shortly before that.

'With hindsight, would you have called for help sooner?' the reporter asked.

'With hindsight, yes,' she said. 'But my officers do not have the luxury of hindsight.'

Assistant Chief Constable David Orme, who was the gold commander on the night, said 41 people had been arrested so far and that detectives were reviewing more than 600 hours of footage from body-worn cameras, CCTV and social media.

'If you were there and you threw something, we will find you,' he said. 'It might take a week, it might take a month, but we will find you.'

Merseyside's police and crime commissioner, Janet Corrigan, who sat alongside the officers, said she would commission an independent review of the response. 'Public confidence matters, and the public deserve to know whether the right decisions were made,' she said.

Residents on the estate where the trouble began spent Sunday clearing broken glass and burnt-out bins. A 19-year-old man charged with violent disorder will appear before Liverpool magistrates on Wednesday.''',
 [("outnumbered and at times overwhelmed", "Helen Marsh"),
  ("I want to be absolutely clear", "Helen Marsh"),
  ("containable", "Helen Marsh"),
  ("With hindsight, would you have called", "~reporter"),
  ("With hindsight, yes,", "Helen Marsh"),
  ("But my officers do not have", "Helen Marsh"),
  ("If you were there and you", "David Orme"),
  ("It might take a week, it", "David Orme"),
  ("Public confidence matters, and the public", "Janet Corrigan")]),

# 16 -- US Senate Judiciary confirmation hearing for an appeals court nominee, NYT-style copy, curly quotes; Mr./Ms. honorifics, uncued reply, op-ed words of the nominee, shout from the gallery
('''WASHINGTON — The White House’s nominee for a seat on the U.S. Court of Appeals for the Ninth Circuit declined on Wednesday to say whether she believed a landmark voting rights decision was correctly decided, drawing sharp exchanges with Democrats on the Senate Judiciary Committee.

Caroline Whitmore-Baird, a former solicitor general of Idaho, repeatedly said it would be “inappropriate” for a judicial nominee to grade Supreme Court rulings.

“Senator, I’ll follow every precedent of the Supreme Court faithfully, whether I agree with it or not,” she told Senator Richard Alvarado, Democrat of New Mexico.

“That isn’t what I asked,” Mr. Alvarado said. “I asked whether you agree with it.”

“And respectfully, that’s the question I don’t think a nominee should answer.”

Mr. Alvarado then pointed to a 2018 opinion essay in which Ms. Whitmore-Baird described the ruling as “a product of its time.” She said the piece had been written when she was a private citizen and that her thinking on judicial restraint had evolved since.

Senator Lyle Hendricks, Republican of Idaho, who introduced the nominee, said Democrats were applying “a test they never applied to their own nominees.”

“When their nominees declined to answer these questions, it was judicial modesty. When ours do it, it’s a scandal,” he said.

The hearing was briefly interrupted when a woman in the gallery stood and shouted, “Voting rights are not up for debate!” before being escorted out by Capitol Police officers.

The committee’s chairwoman, Senator Margaret Osei, Democrat of Maryland, said a vote on the nomination would be scheduled later this month. Democrats hold a one-seat majority on the panel, and at least one of them, Senator Alvarado, has signaled he is likely to vote no.''',
 [("inappropriate", "Caroline Whitmore-Baird"),
  ("Senator, I’ll follow every precedent of", "Caroline Whitmore-Baird"),
  ("That isn’t what I asked,", "Richard Alvarado"),
  ("I asked whether you agree with", "Richard Alvarado"),
  ("And respectfully, that’s the question I", "Caroline Whitmore-Baird"),
  ("a product of its time.", "Caroline Whitmore-Baird"),
  ("a test they never applied to", "Lyle Hendricks"),
  ("When their nominees declined to answer", "Lyle Hendricks"),
  ("Voting rights are not up for", "~woman")]),

# 17 -- Nigerian Senate committee probe of petrol import gap, Punch/Premium Times style, straight quotes; "Distinguished senator" exchanges, senators by district, regulator chief, marketers' statement
('''ABUJA — The Senate on Thursday gave the Nigerian Midstream and Downstream Petroleum Regulatory Authority one week to explain how 1.2 billion litres of petrol imported in the first quarter could not be accounted for at depots across the country.

The ultimatum followed a stormy session of the Senate Committee on Petroleum Resources (Downstream), during which the committee chairman, Senator Ibrahim Danjuma, accused the regulator of "sleeping on duty."

The Authority Chief Executive of the NMDPRA, Babatunde Adeyemi-Cole, told senators that the figure represented "a reconciliation gap, not a disappearance."

"Reconciliation gap? Distinguished colleagues, did you hear that?" Danjuma asked, turning to other members of the committee. "One point two billion litres and he calls it a gap."

Adeyemi-Cole insisted that depot owners had filed incomplete returns and that sanctions were being prepared. "We have written to 43 depot owners. Those who fail to respond by the end of the month will lose their licences," he said.

Senator Ngozi Ekwueme (Anambra South) asked why the regulator had waited until the matter became public before acting. "Your own quarterly report was due in April. It came out in July, after the newspapers had published the figures," she said.

"The delay was regrettable, distinguished senator," Adeyemi-Cole replied.

Senator Yusuf Bello (Kano North) said ordinary Nigerians were paying for the regulator's lapses at the pump. "When the product disappears, scarcity follows, and the price goes up. Who pays? The okada rider in Kano," he said.

The Independent Petroleum Marketers Association of Nigeria said in a statement on Thursday evening that its members had "consistently complied with all reporting obligations" and urged the Senate not to "tar every marketer with the same brush."

The committee is expected to submit its report to the plenary within three weeks.''',
 [("sleeping on duty.", "Ibrahim Danjuma"),
  ("a reconciliation gap, not a disappearance.", "Babatunde Adeyemi-Cole"),
  ("Reconciliation gap? Distinguished colleagues, did you", "Ibrahim Danjuma"),
  ("One point two billion litres and", "Ibrahim Danjuma"),
  ("We have written to 43 depot", "Babatunde Adeyemi-Cole"),
  ("Your own quarterly report was due", "Ngozi Ekwueme"),
  ("The delay was regrettable, distinguished senator,", "Babatunde Adeyemi-Cole"),
  ("When the product disappears, scarcity follows,", "Yusuf Bello"),
  ("consistently complied with all reporting obligations", "Independent Petroleum Marketers Association of Nigeria"),
  ("tar every marketer with the same", "Independent Petroleum Marketers Association of Nigeria")]),

# 18 -- Singapore Parliament questions on ride-hail surge pricing, Straits Times style, curly quotes; Mr/Ms honorifics with GRC tags, "pressed on:", minister's replies, LTA statement
('''SINGAPORE – Ride-hailing operators will be required to show passengers a breakdown of surge pricing before they confirm a booking, Senior Minister of State for Transport Tan Wei Ming told Parliament on Tuesday.

Responding to questions from several MPs on fare spikes during heavy rain, Mr Tan said the Government would not cap surge pricing outright but wanted commuters to “see clearly what they are paying for”.

“A cap sounds attractive, but it would mean fewer drivers on the road at precisely the moment commuters need them most,” he said.

Workers’ Party MP Jessica Lim (Sengkang GRC) asked whether the ministry tracked how often fares more than doubled. “Residents have told me of a 12-minute ride costing $48 during a thunderstorm. Is that what the ministry considers a functioning market?” she asked.

Mr Tan replied that such cases were “outliers” and that the median surge was about 1.4 times the base fare.

Ms Lim pressed on: “Outliers to the ministry, perhaps. Not to the person paying $48.”

Nominated MP Priya Raman asked if drivers would also be shown how surge revenue was split between them and the platforms. “Drivers I have spoken to say they have no idea how much of the surge they actually keep,” she said.

“It is a fair point, and the Land Transport Authority will study it,” Mr Tan said.

People’s Action Party MP Gerald Ng (Nee Soon GRC) suggested that operators be made to display the surge multiplier prominently. “Not in grey letters at the bottom of the screen,” he said, drawing laughter in the House.

In a statement after the sitting, the LTA said it would consult operators and driver associations on the new disclosure requirements “over the next three months”.''',
 [("see clearly what they are paying", "Tan Wei Ming"),
  ("A cap sounds attractive, but it", "Tan Wei Ming"),
  ("Residents have told me of a", "Jessica Lim"),
  ("outliers", "Tan Wei Ming"),
  ("Outliers to the ministry, perhaps. Not", "Jessica Lim"),
  ("Drivers I have spoken to say", "Priya Raman"),
  ("It is a fair point, and", "Tan Wei Ming"),
  ("Not in grey letters at the", "Gerald Ng"),
  ("over the next three months", "Land Transport Authority")]),

# 19 -- Japanese Diet budget committee on a food tax cut, Kyodo/Japan Times style, straight quotes; minister vs opposition lawmakers, replied/asked, two-paragraph quote to reporters, anonymous ministry official
('''TOKYO — Finance Minister Kenji Harada on Monday rejected opposition calls for a temporary cut to the consumption tax on food, telling a parliamentary committee that such a move would "undermine confidence in Japan's fiscal discipline" at a delicate moment for the bond market.

Questioned at the House of Representatives Budget Committee, Harada said the government preferred targeted cash handouts to low-income households.

Yukiko Sato of the main opposition Constitutional Democratic Party of Japan said that approach had failed. "Handouts arrive months late, and they are gone in a week," Sato said. "Rice prices have risen more than 60 percent in a year. People need relief at the register."

"I understand the pain households are feeling," Harada replied. "But a tax cut that is easy to introduce is very hard to reverse."

"Is that a reason to do nothing?" Sato asked.

Committee chairman Takeshi Ono warned lawmakers to keep their remarks within the allotted time as opposition members heckled from their seats.

Masaru Ikeda of the Japan Innovation Party pressed the minister on whether the government would rule out a cut before this summer's upper house election. Harada said it was "not under consideration at this time," a phrase opposition lawmakers seized on as leaving the door open.

Ikeda told reporters after the session: "That answer leaves every option open, which tells you what they are planning.

"If the government is serious, it should rule a cut out now and defend that position in the campaign."

A senior Finance Ministry official, speaking on condition of anonymity, said the ministry was "watching bond yields very closely" as the debate continued. The yield on the benchmark 10-year government bond touched its highest level in more than a decade last week.''',
 [("undermine confidence in Japan's fiscal discipline", "Kenji Harada"),
  ("Handouts arrive months late, and they", "Yukiko Sato"),
  ("Rice prices have risen more than", "Yukiko Sato"),
  ("I understand the pain households are", "Kenji Harada"),
  ("But a tax cut that is", "Kenji Harada"),
  ("Is that a reason to do nothing?", "Yukiko Sato"),
  ("not under consideration at this time,", "Kenji Harada"),
  ("That answer leaves every option open,", "Masaru Ikeda"),
  ("If the government is serious, it", "Masaru Ikeda"),
  ("watching bond yields very closely", "~official")]),

# 20 -- BBC Scotland leaders' debate, UK newspaper style, curly quotes; audience question from an unnamed nurse, shot back, presenter intervening, leaflet slogan, partial quotes
('''Scotland’s party leaders clashed over NHS waiting lists, the cost of living and the timing of a second independence referendum in a bad-tempered televised debate on Tuesday night.

The BBC Scotland debate, hosted by presenter Fiona Gallacher in front of a studio audience in Glasgow, opened with a question from a nurse from Paisley who asked the leaders why she should believe any of them on the health service.

“I’ve heard every one of you promise to fix waiting times. I’ve watched them get worse every year,” she said.

First Minister Morag Lindsay said waiting lists had fallen for four consecutive months. “That’s not mission accomplished, but it is progress, and it is progress that our staff have delivered,” she said.

Scottish Labour leader Callum Reid said the SNP had been in power for nearly two decades and had run out of excuses. “You cannot blame Westminster for a corridor in Crosshouse,” he said.

“I’m not blaming anyone,” Ms Lindsay shot back. “I’m telling you what we’ve done.”

Scottish Conservative leader Douglas Fairlie used his first answer to steer the debate toward independence, holding up a leaflet reading “Indyref2: Our Right, Our Choice”.

“This is what they actually care about,” he said. “Not your hospital. This.”

Ms Gallacher repeatedly had to intervene as Mr Fairlie and Mr Reid spoke over each other. “Gentlemen, one at a time, or nobody at home will hear either of you,” she said.

Scottish Greens co-leader Isla Drummond said both men were “auditioning for the same job” and had little to say on climate or housing. The debate was the second of three before polling day on 7 May.''',
 [("I’ve heard every one of you", "~nurse"),
  ("That’s not mission accomplished, but it", "Morag Lindsay"),
  ("You cannot blame Westminster for a", "Callum Reid"),
  ("I’m not blaming anyone,", "Morag Lindsay"),
  ("I’m telling you what we’ve done.", "Morag Lindsay"),
  ("Indyref2: Our Right, Our Choice", None),
  ("This is what they actually care", "Douglas Fairlie"),
  ("Not your hospital. This.", "Douglas Fairlie"),
  ("Gentlemen, one at a time, or", "Fiona Gallacher"),
  ("auditioning for the same job", "Isla Drummond")]),

# 21 -- Texas House committee on ice-storm outages, Texas Tribune style, straight quotes; grid CEO and regulator questioned, uncued rapid exchange, R-/D- district tags, public testimony from a named resident
('''AUSTIN — Texas lawmakers on Wednesday questioned the state's grid operator and its top utility regulator for nearly nine hours about outages that left more than 700,000 homes without power during last week's ice storm.

Brandon Kessler, chief executive of the Electric Reliability Council of Texas, told the House State Affairs Committee that the grid "performed as designed" and that most outages were caused by ice-laden tree limbs bringing down local distribution lines, not by a shortage of generation.

"This was not February 2021. The bulk power system never came close to the edge," Kessler said.

Rep. Cody Pruett, R-Amarillo, said that distinction meant little to people sitting in the dark. "My constituents don't care whose line it was," Pruett said. "They care that they were cold for three days and nobody could tell them when the lights would come back."

Rep. Yvonne Delacruz, D-San Antonio, asked Public Utility Commission Chair Angela Ruiz-Whitfield why utilities had not been required to clear trees near power lines after the 2023 ice storm in Austin.

"We have opened a rulemaking on vegetation management," Ruiz-Whitfield said.

"Opened it when?" Delacruz asked.

"In October."

"Eight months after the Austin storm?"

Ruiz-Whitfield said commission staff had been developing the rule for months before it was formally opened, and that utilities had been told to expect new trimming standards by next winter.

Public testimony stretched late into the evening. Margaret Ellison, 74, a retired teacher from Killeen, told the committee she had spent two nights in her car with the engine running to stay warm.

"I kept thinking, I did everything right. I paid my bill. I bought the blankets," Ellison said. "And it still wasn't enough."

Committee members said they expect to file legislation on utility communication and tree trimming before the next session.''',
 [("performed as designed", "Brandon Kessler"),
  ("This was not February 2021. The", "Brandon Kessler"),
  ("My constituents don't care whose line", "Cody Pruett"),
  ("They care that they were cold", "Cody Pruett"),
  ("We have opened a rulemaking on", "Angela Ruiz-Whitfield"),
  ("Opened it when?", "Yvonne Delacruz"),
  ("In October.", "Angela Ruiz-Whitfield"),
  ("Eight months after the Austin storm?", "Yvonne Delacruz"),
  ("I kept thinking, I did everything", "Margaret Ellison"),
  ("And it still wasn't enough.", "Margaret Ellison")]),

# 22 -- French National Assembly questions to the government on police drones, France 24-style English copy, curly quotes; minister vs deputies, replied, quote running over two paragraphs, chant from the benches
('''PARIS — France’s interior minister defended the use of police drones to monitor street protests on Tuesday, during a rowdy session of questions to the government in the National Assembly that was suspended twice.

Laurent Bessière told lawmakers that drones had been deployed at 31 demonstrations since January, each time with the authorisation of the local prefect, and that footage was deleted after 30 days unless it was needed for a criminal investigation.

Camille Roussel, a deputy for the hard-left France Unbowed, accused the minister of building “a surveillance state one prefecture at a time”.

“You film students, you film trade unionists, you film grandmothers with placards,” she said. “And then you tell us it is for our safety.

“Who decides who is dangerous? A prefect, at night, with no judge.”

“I film people who set fire to cars and throw paving stones at police officers,” Bessière replied. “If the honourable member has a problem with that, she should say so.”

Deputies on the left benches began chanting “Police partout, justice nulle part” — police everywhere, justice nowhere — prompting the Assembly’s president, Isabelle Ferrand, to suspend the session for ten minutes.

When the sitting resumed, Sébastien Marchal of the far-right National Rally said his party supported the drones but accused the government of being “strong with protesters and weak with dealers”.

Hélène Vasseur, of the conservative Republicans, asked Bessière for a guarantee that facial recognition would never be used on the footage. “Can you give this Assembly that guarantee, minister, yes or no?” she asked.

“Yes. Not under this government, not under this law,” he said.

The Council of State is due to rule next month on a challenge to the drone decree brought by several human rights groups.''',
 [("a surveillance state one prefecture at", "Camille Roussel"),
  ("You film students, you film trade", "Camille Roussel"),
  ("And then you tell us it", "Camille Roussel"),
  ("Who decides who is dangerous? A", "Camille Roussel"),
  ("I film people who set fire", "Laurent Bessière"),
  ("If the honourable member has a", "Laurent Bessière"),
  ("Police partout, justice nulle part", None),
  ("strong with protesters and weak with", "Sébastien Marchal"),
  ("Can you give this Assembly that", "Hélène Vasseur"),
  ("Yes. Not under this government, not", "Laurent Bessière")]),

# 23 -- Springfield, Mo., police news conference after a mall shooting, local TV/AP style, straight quotes; chief's statement over two paragraphs, reporter's question, mayor, FBI, shopper who told a TV station, sign
('''SPRINGFIELD, Mo. — Police said Sunday they believe a 19-year-old man acted alone when he opened fire inside a crowded shopping center Saturday afternoon, wounding four people before he was shot by an off-duty officer.

"The threat is over. I want to say that clearly at the start," Police Chief Theresa Vance said at a news conference outside police headquarters. "There is no ongoing danger to the public. Our officers are still at the scene and will be for some time.

"If you were at the mall yesterday and you have video or photos, we want to see them."

Vance said the suspect, whom she did not name, remained in critical condition at a local hospital. All four victims were expected to survive.

A reporter asked whether the suspect had been known to police. "I'm not going to get into his history today. That's part of an active investigation," Vance said.

"Can you say whether he legally owned the weapon?" another reporter asked. Vance said investigators believed he had bought it legally last year.

Mayor Gordon Pike praised the off-duty officer, a 12-year veteran who was shopping with his family when the shooting began. "He ran toward the sound of gunfire with his kids forty feet away," Pike said.

Ramon Oquendo, the special agent in charge of the FBI's Kansas City field office, said federal agents were assisting with the investigation but that there was "no indication at this time" of a link to any extremist group.

One shopper told KY3 that she and her daughter hid in the stockroom of a shoe store for more than an hour. "We could hear people running and screaming, and then it just went quiet," she said. "The quiet was the worst part."

A handwritten sign taped to the mall's main entrance on Sunday read "Closed Until Further Notice."''',
 [("The threat is over. I want", "Theresa Vance"),
  ("There is no ongoing danger to", "Theresa Vance"),
  ("If you were at the mall", "Theresa Vance"),
  ("I'm not going to get into", "Theresa Vance"),
  ("Can you say whether he legally", "~reporter"),
  ("He ran toward the sound of", "Gordon Pike"),
  ("no indication at this time", "Ramon Oquendo"),
  ("We could hear people running and", "~shopper"),
  ("The quiet was the worst part.", "~shopper"),
  ("Closed Until Further Notice.", None)]),

# 24 -- White House press briefing on lumber tariffs, NYT-style copy, curly quotes; reporters identified by outlet, pressed, uncued reply, commerce secretary's words quoted, senator's post on X
('''WASHINGTON — The White House on Thursday struggled to explain conflicting signals about whether new tariffs on Canadian lumber would take effect next month, as reporters pressed the press secretary for a straight answer at a contentious briefing.

“The president’s position has not changed,” Danielle Archer, the White House press secretary, said at the start of the briefing. “The tariffs are a tool, and the president will use that tool as he sees fit.”

Elena Vasquez of CBS News noted that Commerce Secretary Howard Lister had told a business audience in Chicago a day earlier that the tariffs were “effectively on hold.”

“Is Secretary Lister wrong?” Ms. Vasquez asked.

“Secretary Lister and the president are on the same page,” Ms. Archer said.

“Which page is that?” Ms. Vasquez pressed.

“The page where Canada comes to the table.”

Michael Stroud of Fox News asked whether the administration had set a deadline for talks with Ottawa. Ms. Archer said she would not negotiate from the podium.

Jared Lin of Reuters tried a third time. “Will American importers be paying a tariff on Canadian lumber on the first of the month, yes or no?” he asked.

“You’ll know when the president announces it,” Ms. Archer replied, before calling on another reporter.

The confusion has rattled home builders, who import roughly a quarter of their softwood lumber from Canada. Lumber futures rose nearly 4 percent on Thursday.

Senator Kathleen Brandt, a Montana Republican whose state’s home builders rely heavily on Canadian timber, wrote on X shortly after the briefing: “Builders in Montana can’t plan around a riddle. Give them a date.”''',
 [("The president’s position has not changed,", "Danielle Archer"),
  ("The tariffs are a tool, and", "Danielle Archer"),
  ("effectively on hold.", "Howard Lister"),
  ("Is Secretary Lister wrong?", "Elena Vasquez"),
  ("Secretary Lister and the president are", "Danielle Archer"),
  ("Which page is that?", "Elena Vasquez"),
  ("The page where Canada comes to", "Danielle Archer"),
  ("Will American importers be paying a", "Jared Lin"),
  ("You’ll know when the president announces", "Danielle Archer"),
  ("Builders in Montana can’t plan around", "Kathleen Brandt")]),

# 25 -- Ghana Appointments Committee vetting of an energy minister-designate, Graphic/GhanaWeb style, straight quotes; Ranking Member vs nominee, "Honourable", MP by constituency, chairman's caution, placards
('''ACCRA — The Minister-designate for Energy, Kwadwo Asante-Mensah, has promised to end the erratic power supply popularly known as "dumsor" within his first year in office, but declined to give a specific date when pressed by members of Parliament's Appointments Committee.

Appearing before the committee on Tuesday, Mr Asante-Mensah said the crisis was "fundamentally a financial problem dressed up as a technical one," pointing to arrears owed to independent power producers.

The Ranking Member, Abena Darkoa Owusu, asked him to commit to a date. "Ghanaians have heard promises from every minister. Give us a month, Honourable," she said.

"I will not give this committee a date I cannot keep," the nominee replied. "What I will say is that by December, load-shedding will be the exception and not the rule."

"That is a date," Mrs Owusu said, to laughter from the gallery.

The MP for Asante Akim North, Joseph Adjei, questioned the nominee about his previous role as a board member of a private power producer that is owed GH¢1.8 billion by the state.

"Will you recuse yourself from any negotiations involving that company?" Mr Adjei asked.

"Without hesitation. I resigned from that board in 2022, and I will put my recusal in writing," Mr Asante-Mensah said.

The Chairman of the committee, Mohammed Issah Yakubu, cautioned members against "turning vetting into cross-examination" after a series of interruptions during the afternoon session.

Outside Parliament House, a small group of young people held placards reading "#DumsorMustStop" as members arrived. The committee is expected to submit its report on the nominee to the plenary next week.''',
 [("fundamentally a financial problem dressed up", "Kwadwo Asante-Mensah"),
  ("Ghanaians have heard promises from every", "Abena Darkoa Owusu"),
  ("I will not give this committee", "Kwadwo Asante-Mensah"),
  ("What I will say is that", "Kwadwo Asante-Mensah"),
  ("That is a date,", "Abena Darkoa Owusu"),
  ("Will you recuse yourself from any", "Joseph Adjei"),
  ("Without hesitation. I resigned from that", "Kwadwo Asante-Mensah"),
  ("turning vetting into cross-examination", "Mohammed Issah Yakubu"),
  ("#DumsorMustStop", None)]),
]
# fmt: on

# fmt: off
STORIES_BX = [
# 1 -- Japan, Hokkaido salmon catch collapse; Reuters-style agency copy, straight quotes; "said X", "X said", split quote, partial quote, pronoun follow-up, unnamed worker told NHK, notice text with no speaker
('''SAPPORO, Japan, Oct 14 (Reuters) - Fishing cooperatives on the eastern coast of Hokkaido asked the Japanese government on Tuesday for emergency loans after the autumn salmon catch fell to its lowest level in more than four decades, leaving dozens of small boats tied up in port.

Landings at Kawanishi, one of the island's main salmon ports, were down 78% from a year earlier in the first two weeks of October, according to figures from the local cooperative.

"We have never seen nets come up this empty in October," said Oda Shigeru, head of the Kawanishi Fisheries Cooperative, which represents about 240 boat owners. "Some of our members have not covered their fuel costs since August."

Oda, 67, said the cooperative had asked the Fisheries Agency for interest-free loans of up to 5 million yen ($33,500) per vessel and a delay in repayments on existing debt.

Mori Kanako, a director in the agency's resource management department, told reporters in Tokyo that officials were "examining all available options" but did not give a timeline.

"The decline is linked to sea temperatures, and that is not something a loan can fix," she said. "But we recognise the hardship in these communities, and we will respond."

Scientists at the Hokkaido Research Organization recorded sea surface temperatures off the coast about 2 degrees Celsius above the 30-year average for much of the summer.

"The fish are going further north, and they are not coming back in the numbers we expect," said Ishikawa Tetsuya, a marine biologist at the organization's Kushiro station. He said the pattern had been building for about a decade.

The damage reaches beyond the docks. Two processing plants in the town have cut shifts, and a notice taped to the gate of one of them on Monday read "No seasonal hiring this year."

"My husband goes out at four in the morning and comes back with almost nothing," a plant worker who asked not to be named told public broadcaster NHK. "We are talking about moving to Sapporo."

Kawanishi Mayor Takeda Yoshiko said the town would waive harbor fees for the rest of the year and set up a consultation desk for families in difficulty.

"It is a small step, but every yen matters to people here right now," Takeda said.''',
 [("We have never seen nets come up", "Oda Shigeru"),
  ("Some of our members have not", "Oda Shigeru"),
  ("examining all available options", "Mori Kanako"),
  ("The decline is linked to sea", "Mori Kanako"),
  ("But we recognise the hardship in", "Mori Kanako"),
  ("The fish are going further north", "Ishikawa Tetsuya"),
  ("No seasonal hiring this year", None),
  ("My husband goes out at four", "~worker"),
  ("We are talking about moving to", "~worker"),
  ("It is a small step, but", "Takeda Yoshiko")]),

# 2 -- China/Vanuatu port deal; Xinhua style, curly quotes; ministry spokesperson at regular briefing, partial quotes, split quote, minister "told RNZ Pacific", Facebook post, Global Times editorial
('''BEIJING, March 9 (Xinhua) — Chinese Foreign Ministry spokesperson Lin Haoran on Thursday urged “relevant countries” to stop “hyping” a port maintenance agreement between China and Vanuatu, saying the project was commercial in nature and posed no threat to anyone.

“The cooperation between China and Vanuatu is open and transparent and does not target any third party,” Lin told a regular press briefing in Beijing.

Lin said Chinese companies had helped build roads, wharves and schools in Pacific island countries for decades, and that the new agreement, which covers repairs to the main wharf at Luganville, had been “warmly welcomed” by local people.

“Pacific island countries are independent sovereign states,” she said. “They have every right to choose their partners, and nobody should draw lines for them.”

The agreement, signed in Port Vila on Feb. 21, provides for a Chinese state-owned engineering company to repair the wharf and maintain it for 12 years. Some Western media outlets have questioned whether the facility could later be used by Chinese naval vessels. Lin dismissed such reports as groundless speculation.

In Port Vila, Vanuatu’s Minister of Infrastructure and Public Utilities, Marcel Tosul, said his government had simply chosen the bid that offered the best value.

“We put this project out to tender and we took the cheapest serious offer,” Tosul told RNZ Pacific. “If other partners want to fix our wharves, the door is open.”

Not everyone in Vanuatu was satisfied. Opposition lawmaker Rachel Iautu wrote on Facebook that the full contract should be tabled in Parliament “so that every ni-Vanuatu can read it”.

The Global Times, a newspaper under the People’s Daily, said in an editorial published on Thursday evening that Western criticism of the deal reflected “a colonial mindset that treats the Pacific as someone’s backyard”.

China and Vanuatu established diplomatic relations in 1982. China is one of the largest providers of development assistance to the Pacific island country, which has a population of about 330,000.''',
 [("relevant countries", "Lin Haoran"),
  ("hyping", "Lin Haoran"),
  ("The cooperation between China and Vanuatu", "Lin Haoran"),
  ("warmly welcomed", "Lin Haoran"),
  ("Pacific island countries are independent sovereign", "Lin Haoran"),
  ("They have every right to choose", "Lin Haoran"),
  ("We put this project out to", "Marcel Tosul"),
  ("If other partners want to fix", "Marcel Tosul"),
  ("so that every ni-Vanuatu can read", "Rachel Iautu"),
  ("a colonial mindset that treats the", "Global Times")]),

# 3 -- Seoul bus strike; Yonhap style, straight quotes; title before name, union statement, association statement, quote continuing next paragraph with no cue, unnamed official partial quote, described commuter, chant
('''SEOUL, July 2 (Yonhap) -- Bus drivers in Seoul walked off the job early Wednesday after last-minute wage talks collapsed overnight, disrupting the morning commute for millions of people in the capital.

About 7,000 drivers at 61 private bus companies joined the strike, according to the Seoul Bus Labor Union, which had demanded a 9.5 percent pay raise and shorter shifts.

"Drivers are working 11-hour shifts without proper breaks, and the companies keep telling us to wait," union chairman Park Dong-hyun told reporters outside the Seoul Regional Labor Relations Commission. "We have waited long enough."

Park said the union was prepared to return to the negotiating table "at any hour of the day or night" if management came back with a new offer.

The Seoul City Bus Transport Business Association said in a statement that a raise of that size would add 180 billion won (US$130 million) to annual costs. "Such an increase is not possible without a fare hike or a larger subsidy from the city," the association said.

The city government put 400 extra subway trains into service and ran free shuttle buses from 25 districts to nearby subway stations.

"Our first priority is that no citizen is stranded this morning," Vice Mayor Yoon Mi-kyung said at an emergency briefing at City Hall.

"We are also asking both sides to show flexibility. A long strike would hurt the drivers, the companies and, above all, the public."

Subway platforms at major transfer stations were packed during the morning rush hour. A Seoul Metro official said crowding was "heavier than usual but under control," adding that extra staff had been sent to direct passengers.

"I left home 40 minutes early and I'm still going to be late," said a 29-year-old office worker waiting for a shuttle bus in Guro district.

Outside City Hall, several hundred striking drivers wearing red headbands chanted "Safe hours, fair pay!" and held placards calling for an end to split shifts.

The labor commission said mediation talks would resume at 3 p.m.''',
 [("Drivers are working 11-hour shifts without", "Park Dong-hyun"),
  ("We have waited long enough", "Park Dong-hyun"),
  ("at any hour of the day", "Park Dong-hyun"),
  ("Such an increase is not possible", "Seoul City Bus Transport Business Association"),
  ("Our first priority is that no", "Yoon Mi-kyung"),
  ("We are also asking both sides", "Yoon Mi-kyung"),
  ("heavier than usual but under control", "~official"),
  ("I left home 40 minutes early", "~worker"),
  ("Safe hours, fair pay!", None)]),

# 4 -- North Korea warns over drills; AFP style, curly quotes; unnamed ministry spokesman via KCNA, KCNA commentary partial quotes, JCS text message, unification ministry spokeswoman, analyst quote over two paragraphs
('''SEOUL, March 12 (AFP) — North Korea warned on Sunday that this month’s joint military exercises by South Korea and the United States would be met with a forceful response, hours before the 11-day drills were due to begin.

The warning came in a statement by a spokesman for the North’s Ministry of National Defence, carried by the official Korean Central News Agency (KCNA).

“The reckless war drills of the US and the puppet military are a dangerous rehearsal for invasion,” the spokesman said. “Our armed forces will take overwhelming countermeasures at any moment they judge necessary.”

In a separate commentary, KCNA accused Seoul of “begging for the protection of its master” and said the drills had pushed the Korean peninsula “to the brink of nuclear war”.

South Korea’s Joint Chiefs of Staff said the exercises, involving about 20,000 troops, were defensive in nature and had been announced weeks in advance.

“Our military is maintaining a firm readiness posture and is closely monitoring North Korean movements,” the JCS said in a text message to reporters.

At a regular briefing in Seoul, Unification Ministry spokeswoman Koo Hye-won said Pyongyang should “stop using routine training as an excuse for provocations”.

“The door to dialogue remains open,” Koo said, adding that Seoul had received no reply to its proposal last month for talks on reuniting separated families.

Analysts said the rhetoric was familiar.

“Pyongyang has used the same language every spring for years,” said Yang Seung-chul, a professor of North Korean studies at Hallym University. “What matters is not the adjectives but whether it follows up with launches.

“Last year it fired short-range missiles within 48 hours of a similar statement. So I would expect something this week.”

The North has carried out a string of weapons tests since January, including cruise missile launches off its west coast. The drills are scheduled to run until March 23.''',
 [("The reckless war drills of the", "Ministry of National Defence"),
  ("Our armed forces will take overwhelming", "Ministry of National Defence"),
  ("begging for the protection of its", "Korean Central News Agency"),
  ("to the brink of nuclear war", "Korean Central News Agency"),
  ("Our military is maintaining a firm", "Joint Chiefs of Staff"),
  ("stop using routine training as an", "Koo Hye-won"),
  ("The door to dialogue remains open", "Koo Hye-won"),
  ("Pyongyang has used the same language", "Yang Seung-chul"),
  ("What matters is not the adjectives", "Yang Seung-chul"),
  ("Last year it fired short-range missiles", "Yang Seung-chul")]),

# 5 -- Fiji village relocation; BBC style, British single quotes; "said the headman, X", split quotes, assistant minister partial quote and "told BBC News", described mother, hymn title, academic, mid-sentence split quote
('''Fiji village begins move inland as sea claims homes

The people of Vunisei, a village of about 300 on the southern coast of Fiji's largest island, Viti Levu, have begun taking apart their homes ahead of a move to higher ground, after years of king tides that have flooded their gardens, their graves and their church.

'The sea is in our houses three or four times a year now,' said the village headman, Josefa Raqona, 71. 'Our grandfathers chose this place because it was safe. It is not safe any more.'

The new site, about 2km inland on land given by a neighbouring clan, has been cleared and levelled, and the first 12 houses are due to be finished by Christmas.

Fiji's government has identified more than 40 coastal communities that may eventually need to move. Litia Waqanivalu, the assistant minister responsible for rural development, described relocation as 'the hardest thing a community can ever be asked to do'.

'We cannot stop the ocean, but we can make sure no village is left to face it alone,' she told BBC News.

For many families, the practical work has been the easy part. On Saturday, women sat on woven mats outside the community hall, wrapping plates in newspaper.

'I was born in that house, and my children were born in that house. Now my grandchildren will only see it in photos,' said one mother, pointing to a wooden building with a rusted iron roof, its front steps already half-buried in sand.

At the final service in the old Methodist church on Sunday, the congregation sang the hymn 'Na Vanua Vou', and many wept.

Dr Mere Naulivou, a geographer at the University of the South Pacific in Suva who has studied relocations across the region, said Vunisei was far from unique.

'There are dozens of villages on the same path,' she said. 'The question is whether governments and donors will pay for moves before a disaster, not after one.'

Mr Raqona said the church bell would be the last thing to leave. 'We will hang it in the new village on the first day,' he said, 'so that our ancestors know where to find us.'

The move is expected to take about two years.''',
 [("The sea is in our houses", "Josefa Raqona"),
  ("Our grandfathers chose this place because", "Josefa Raqona"),
  ("the hardest thing a community can", "Litia Waqanivalu"),
  ("We cannot stop the ocean, but", "Litia Waqanivalu"),
  ("I was born in that house, and", "~mother"),
  ("There are dozens of villages on", "Mere Naulivou"),
  ("The question is whether governments and", "Mere Naulivou"),
  ("We will hang it in the", "Josefa Raqona"),
  ("so that our ancestors know where", "Josefa Raqona")]),

# 6 -- Taiwan earthquake; Wikinews style, straight quotes; agency term in quotes, director "told a press conference", partial quote, magistrate, hotel Facebook post in two parts, shopkeeper told CNA, railway statement
('''Magnitude 6.4 earthquake strikes eastern Taiwan

Tuesday, November 18, 2025

A magnitude 6.4 earthquake struck off the east coast of Taiwan on Tuesday morning, damaging buildings in Taitung County and briefly cutting power to about 20,000 households. No deaths were reported, though at least 14 people were treated for minor injuries.

Taiwan's Central Weather Administration (CWA) said the earthquake struck at 9:42 a.m. local time (0142 UTC) at a depth of 18 kilometres, about 30 kilometres east of Taitung City. Mobile phones across the island received a "national-level alert" shortly before the shaking reached the capital, Taipei.

"This was a shallow earthquake close to land, so the shaking was strong in Taitung and parts of Hualien," Lin Chih-wei, director of the CWA's Seismological Center, told a press conference in Taipei. "Residents should expect aftershocks of magnitude 5 or more over the next week."

Lin said the quake was not linked to an earthquake that struck the same area in August, describing it as "an independent event on a different fault".

Taitung County Magistrate Chen Shu-fen said inspectors had visited 60 schools by early afternoon. "None of the school buildings showed structural damage, but we have closed two for further checks," Chen said.

The Jinyuan Hot Spring Hotel in the Zhiben area posted photographs of cracked walls and a collapsed garden wall on its Facebook page. "All our guests are safe and have been moved to another hotel," the post read. "We are closed until engineers confirm the building is safe."

"Everything fell off the shelves at once. I just grabbed my daughter and ran outside," a shopkeeper in Taitung City told the Central News Agency.

Taiwan Railway Corporation suspended services on the South-Link Line for safety inspections. "Services will resume section by section once inspections are complete," the company said in a statement.

Taiwan lies near the junction of two tectonic plates and experiences frequent earthquakes. In April 2024, a magnitude 7.4 earthquake near Hualien killed at least 18 people.''',
 [("This was a shallow earthquake close", "Lin Chih-wei"),
  ("Residents should expect aftershocks of magnitude", "Lin Chih-wei"),
  ("an independent event on a different", "Lin Chih-wei"),
  ("None of the school buildings showed", "Chen Shu-fen"),
  ("All our guests are safe and", "Jinyuan Hot Spring Hotel"),
  ("We are closed until engineers confirm", "Jinyuan Hot Spring Hotel"),
  ("Everything fell off the shelves at", "~shopkeeper"),
  ("Services will resume section by section", "Taiwan Railway Corporation")]),

# 7 -- Japanese minister resigns over Fukushima remark; Kyodo style, curly quotes; apology "told reporters", partial quotes, recording quote, chief cabinet secretary, opposition "she said", evacuee group head split quote, post on X by unnamed evacuee
('''TOKYO (Kyodo) — Reconstruction Minister Hamada Kenji resigned Friday, two days after suggesting at a political fundraising party that some evacuees from the 2011 Fukushima nuclear disaster had grown too comfortable in the cities to return home.

“I caused great pain to people who have suffered for many years. I take back my words and apologize from the bottom of my heart,” Hamada, 68, told reporters at the prime minister’s office after submitting his resignation.

Hamada said he had meant to describe how hard it was to rebuild communities in the former evacuation zone, but acknowledged that his wording had been “inexcusable.”

According to a recording obtained by Kyodo News, Hamada told the party in Tokyo on Wednesday, “Some people have got used to life in the cities and don’t want to go back. That is the reality.”

The remark drew swift criticism from local officials in Fukushima Prefecture and from within the ruling Liberal Democratic Party, where some lawmakers worried it would hurt the party in upcoming by-elections.

Chief Cabinet Secretary Sugimura Aiko told a regular news conference that the government “takes the criticism seriously” and would name a successor by Monday.

“Our commitment to the reconstruction of Fukushima has not changed in the slightest,” Sugimura said.

Okazaki Mariko, policy chief of the main opposition Constitutional Democratic Party of Japan, said the prime minister could not escape blame. “Responsibility for appointing him lies heavily with the prime minister,” she said.

More than 20,000 people from Fukushima remain registered as evacuees, according to the prefectural government.

“We did not choose to leave our homes,” said Watanabe Setsuko, 74, who heads a group of evacuees from the town of Namie now living in Saitama Prefecture. “Every one of us wants to go back. Some of us simply cannot.”

Watanabe said members of her group had been “hurt and angry” since the remark was reported.

On social media, one evacuee wrote on X, “Try living 13 years in a prefab and then tell me I’m comfortable.”''',
 [("I caused great pain to people", "Hamada Kenji"),
  ("inexcusable", "Hamada Kenji"),
  ("Some people have got used to", "Hamada Kenji"),
  ("takes the criticism seriously", "Sugimura Aiko"),
  ("Our commitment to the reconstruction of", "Sugimura Aiko"),
  ("Responsibility for appointing him lies heavily", "Okazaki Mariko"),
  ("We did not choose to leave", "Watanabe Setsuko"),
  ("Every one of us wants to", "Watanabe Setsuko"),
  ("hurt and angry", "Watanabe Setsuko"),
  ("Try living 13 years in a", "~evacuee")]),

# 8 -- Tonga ferry breakdown; RNZ Pacific style, straight quotes; CEO "told RNZ Pacific", minister with title, notice text, "the 26-year-old said", unnamed nurse, company Facebook post partial quote
('''Hundreds of people have been stranded in Tonga's Ha'apai and Vava'u island groups after the country's main inter-island ferry broke down at sea on Saturday and had to be towed back to Nuku'alofa.

The MV Fetu'u Hina, operated by the state-owned Tonga Inter-Island Shipping Corporation, lost power in one engine about four hours into its voyage north from the capital.

The corporation's chief executive, Sione Havili, told RNZ Pacific that no one had been hurt and that all 212 passengers on board had been returned to Nuku'alofa safely.

"The crew did exactly what they were trained to do," Havili said. "But I won't pretend this is acceptable. People on the outer islands depend on this ship for everything."

He said a replacement part had been ordered from New Zealand and the ferry could be back in service "within two to three weeks, if the part arrives on time".

Tonga's Minister of Infrastructure, Lesieli Fonua, said the government was talking to private boat owners about chartering a vessel for urgent cargo and passengers.

"Medicine, fuel and school exam papers are our first priority," Fonua said. "Nobody on the outer islands will be forgotten."

In Pangai, the main town of Ha'apai, a notice pinned to the door of the shipping office read "No sailings until further notice."

Mele Taufa travelled to Pangai for her father's funeral and had been due to return to Tongatapu on Tuesday to start a new job.

"I have called my employer three times," the 26-year-old said. "They have been kind, but I don't know how long they will wait for me."

A nurse at the hospital in Pangai, who asked not to be named because she was not authorised to speak to the media, said the hospital had enough medical supplies for about ten days.

"After that we will need the ship, or a plane," she said.

The ferry, built in Japan in 1998, has broken down twice in the past year. In a post on its Facebook page on Sunday, the shipping corporation apologised to passengers and said full refunds would be available "for anyone who no longer wishes to travel".''',
 [("The crew did exactly what they", "Sione Havili"),
  ("But I won't pretend this is", "Sione Havili"),
  ("within two to three weeks", "Sione Havili"),
  ("Medicine, fuel and school exam papers", "Lesieli Fonua"),
  ("Nobody on the outer islands will", "Lesieli Fonua"),
  ("No sailings until further notice", None),
  ("I have called my employer three", "Mele Taufa"),
  ("They have been kind, but I", "Mele Taufa"),
  ("After that we will need the", "~nurse"),
  ("for anyone who no longer wishes", "Tonga Inter-Island Shipping Corporation")]),

# 9 -- Yunnan high-speed railway opens; Global Times style, curly quotes; chief engineer "told the Global Times", partial quote, station banner, student split quote, company statement partial, researcher, anonymous expert
('''A new high-speed railway linking Kunming, capital of Southwest China’s Yunnan Province, with the border city of Baoshan opened to traffic on Friday, cutting travel time between the two cities from more than seven hours to just under three.

The 470-kilometer line, which runs through some of the most rugged terrain in the country, includes 93 tunnels and 210 bridges, according to China State Railway Group Co (China Railway).

“Building a railway here meant dealing with active faults, karst caves and high-temperature rock in the same project,” Zhou Jianping, the line’s chief engineer, told the Global Times on Friday. “Some of the tunnels took our teams more than five years.”

Zhou said engineers had developed new methods for cooling tunnel walls in sections where rock temperatures exceeded 50 C, technology he said could be “applied to future projects in Xizang and elsewhere.”

The first train, G8501, left Kunming South Railway Station at 8:05 am, carrying passengers, railway workers and a group of students from ethnic minority communities in Baoshan. A red banner in the station’s departure hall read “Connecting the mountains, bringing prosperity to the border.”

“I used to sit on the bus for a whole day to visit my grandparents,” said Yang Lan, a 19-year-old university student of the Dai ethnic group, holding a ticket she said she would keep as a souvenir. “Now I can leave after breakfast and arrive before lunch.”

In a statement, China Railway said the line would “serve as an important channel for opening up to South Asia and Southeast Asia.”

Experts said the railway would give a boost to tourism and cross-border trade in the region, where many rural residents have long depended on slow mountain roads.

“High-speed rail changes how people think about distance,” Wang Meiling, a transport researcher at the Chinese Academy of Social Sciences, told the Global Times. “A city three hours away is a weekend trip. A city seven hours away is not.”

Some Western observers have questioned the cost of building high-speed lines in sparsely populated regions.

“Western observers often look only at ticket revenue, but the real benefit of these lines is in regional development. You cannot measure that in one year, or even in five,” said a Beijing-based transport expert who requested anonymity.''',
 [("Building a railway here meant dealing", "Zhou Jianping"),
  ("Some of the tunnels took our", "Zhou Jianping"),
  ("applied to future projects in Xizang", "Zhou Jianping"),
  ("Connecting the mountains, bringing prosperity to", None),
  ("I used to sit on the", "Yang Lan"),
  ("Now I can leave after breakfast", "Yang Lan"),
  ("serve as an important channel for", "China State Railway Group Co"),
  ("High-speed rail changes how people think", "Wang Meiling"),
  ("A city three hours away is", "Wang Meiling"),
  ("Western observers often look only at", "~expert")]),

# 10 -- Mongolia dzud livestock deaths; AFP style, straight quotes; term in quotes with no speaker, agency statement, herder "the 41-year-old told AFP" with quote over two paragraphs, minister "he said", Red Cross official, researcher
('''ULAANBAATAR (AFP) - More than 4.2 million head of livestock have died across Mongolia this winter, the government said Thursday, as a severe "dzud" of deep snow and extreme cold pushes thousands of herding families toward ruin.

The National Emergency Management Agency said 19 of the country's 21 provinces were affected, with temperatures in some districts falling below minus 45 degrees Celsius for more than a week.

"The situation in the western and central provinces is critical," the agency said in a statement, urging herders to move animals into shelters and to avoid travel.

In Bayankhongor province, herder Dorjsuren Bolormaa said she had lost nearly half of her family's 600 goats and sheep since January.

"Every morning we go out and find more of them frozen," the 41-year-old told AFP by phone. "My children help me drag them away from the shelter. They should not have to see this.

"We have spent all our savings on hay. If the snow does not melt by April, we will have nothing left."

Bolormaa said her husband had gone to the provincial centre to look for work, leaving her with their three children and her elderly mother.

Food and Agriculture Minister Ganbold Saruul told parliament on Wednesday that the government would release 30,000 tonnes of hay and fodder from state reserves. "We will not let any herding family go through this winter without help," he said.

Aid workers say support has been slow to reach remote areas.

"Roads are blocked, and in some districts our teams can only reach families on horseback," said Batsaikhan Oyunaa, who leads disaster response for the Mongolian Red Cross Society.

Oyunaa said the society had so far delivered food and cash grants to about 8,000 households, but that "many more are waiting."

Livestock is central to Mongolia's economy, and about a quarter of the population still lives by herding. Scientists say a warming climate is making extreme winters more frequent.

"Dzuds used to come once every ten years or so," Tumurbaatar Nomin, a climate researcher at the Mongolian Academy of Sciences, told AFP. "Now we see a bad one every two or three years, and herders never have time to recover."''',
 [("The situation in the western and", "National Emergency Management Agency"),
  ("Every morning we go out and", "Dorjsuren Bolormaa"),
  ("My children help me drag them", "Dorjsuren Bolormaa"),
  ("We have spent all our savings", "Dorjsuren Bolormaa"),
  ("We will not let any herding", "Ganbold Saruul"),
  ("Roads are blocked, and in some", "Batsaikhan Oyunaa"),
  ("many more are waiting", "Batsaikhan Oyunaa"),
  ("Dzuds used to come once every", "Tumurbaatar Nomin"),
  ("Now we see a bad one", "Tumurbaatar Nomin")]),

# 11 -- Bear attack in Akita; NHK World style, curly quotes; unnamed neighbor "told NHK", governor split quote, hunting association head, unnamed ministry official over two quotes, trail sign, police partial quote, school principal
('''A woman in her 70s has been seriously injured in a bear attack in Akita Prefecture, northern Japan, the latest in a series of encounters that have prompted local authorities to issue an emergency warning.

Akita Prefectural Police say the woman was gathering mushrooms on a hillside near her home in Kamiiwa Town on Monday morning when a bear attacked her from behind. She was flown to hospital by helicopter with injuries to her head and arms.

Her neighbor, a man in his 60s, told NHK he heard shouting and ran outside. “I saw her coming down the slope, covered in blood and calling for help,” he said.

It is the 38th case of a person being injured by a bear in the prefecture this fiscal year, the highest number on record.

Akita Governor Sasaki Noriko told reporters that bears were now being seen in town centers as well as in the mountains. “We are facing a situation in which bears come into residential areas almost every day,” Sasaki said. “Protecting lives must come first.”

She said the prefecture would expand culling and raise payments to local hunters.

The head of the prefectural hunting association, Kudo Masaru, said his members were exhausted. “Most of our hunters are over 70. We cannot be everywhere at once,” Kudo said.

An official from the Environment Ministry’s wildlife division said food shortages in the mountains were the main reason for the rise in sightings. “The beech nut harvest failed this year across much of the Tohoku region,” the official said. “When there is not enough food in the forest, bears come down looking for persimmons and chestnuts in people’s gardens.”

In Kamiiwa, signs reading “Bear sighted — do not enter” have gone up at trailheads, and the town has cancelled outdoor activities at its two elementary schools.

Fujita Emi, principal of one of the schools, said parents were now driving their children to and from classes. “Parents are frightened, and so are the teachers,” she said.

Police are urging residents to carry bells or radios when going outdoors, and to “never approach a bear, even a cub.”''',
 [("I saw her coming down the", "~neighbor"),
  ("We are facing a situation in", "Sasaki Noriko"),
  ("Protecting lives must come first", "Sasaki Noriko"),
  ("Most of our hunters are over", "Kudo Masaru"),
  ("The beech nut harvest failed this", "~official"),
  ("When there is not enough food", "~official"),
  ("Bear sighted — do not enter", None),
  ("Parents are frightened, and so are", "Fujita Emi"),
  ("never approach a bear, even a", "Akita Prefectural Police")]),

# 12 -- Korean court sentences battery maker CEO over fatal fire; Korea Herald style, straight quotes; court ruling quoted, words of a law with no speaker, bereaved families' representative, defense lawyer "told reporters", defendant's earlier statement, advocacy group statement, anonymous ministry official
('''A court on Thursday sentenced the former chief executive of a battery maker to 12 years in prison over a factory fire that killed 19 workers last year, one of the heaviest penalties handed down under the country's Serious Accidents Punishment Act.

The Suwon District Court found Choi Jae-won, 61, former CEO of Hansol Energy Cells, guilty of violating the act as well as of occupational negligence resulting in death. The company was fined 2 billion won.

"The defendant repeatedly ignored warnings about the storage of lithium batteries and failed to provide even basic evacuation training," the court said in its ruling. "The deaths of 19 workers were not an unforeseeable accident but the result of these failures."

The law, which took effect in 2022, requires business owners to "establish and implement a safety and health management system" and allows prison terms of at least one year when a worker dies.

Relatives of the victims, some holding framed photographs, wept in the courtroom as the sentence was read.

"Twelve years is not enough for 19 lives, but at least the court has said clearly that this was not an accident," said Lee Soo-jin, who represents the bereaved families' association and whose younger brother died in the fire.

"We will keep going until the law is applied properly in every workplace," she said.

Choi's lawyer, Kwon Tae-sik, told reporters outside the court that his client would appeal. "We respect the court's decision, but we believe several facts were misjudged," Kwon said.

In a final statement to the court last month, Choi had apologized to the families. "I apologize to the bereaved families. There is not a day I do not think about them," he said at the time.

Twelve of the 19 victims were foreign nationals, most of them hired through a staffing agency.

"Most of the victims were foreign workers who were given a few days of training and no safety instruction in a language they could understand," the Migrant Workers' Solidarity Center said in a statement.

An official at the Ministry of Employment and Labor, speaking on condition of anonymity, said the ruling would "send a strong signal to employers" that safety obligations could not be delegated to subcontractors.''',
 [("The defendant repeatedly ignored warnings about", "Suwon District Court"),
  ("The deaths of 19 workers were", "Suwon District Court"),
  ("establish and implement a safety and", None),
  ("Twelve years is not enough for", "Lee Soo-jin"),
  ("We will keep going until the", "Lee Soo-jin"),
  ("We respect the court's decision, but", "Kwon Tae-sik"),
  ("I apologize to the bereaved families", "Choi Jae-won"),
  ("Most of the victims were foreign", "Migrant Workers' Solidarity Center"),
  ("send a strong signal to employers", "~official")]),

# 13 -- Hong Kong court orders developer liquidation; Reuters style, curly quotes; judge's ruling split quote and partial, company lawyer partial, petitioner statement, homebuyer who gave only surname, analyst, hashtag with no speaker
('''HONG KONG, Jan 22 (Reuters) — A Hong Kong court on Monday ordered the liquidation of Huaxing Land Holdings, a mid-sized Chinese property developer with about $18 billion in liabilities, after nearly two years of failed talks with offshore creditors.

“It is time for the court to say enough is enough,” Justice Agnes Tsang said in delivering her ruling. “The company has had ample opportunity to put forward a viable restructuring proposal and has failed to do so.”

Tsang said the company’s latest plan, submitted on Friday, was “too little, too late” and lacked support from a majority of creditors.

Huaxing’s lawyer, Raymond Ho, had asked for a six-week adjournment, arguing that a deal with creditors was “within reach”.

The winding-up petition was filed by Kingsbay Capital Partners, an investment firm that holds about $90 million of Huaxing’s offshore bonds. “The creditors have been patient, but patience has limits,” Kingsbay said in a statement after the ruling.

Huaxing said in a filing to the Hong Kong stock exchange that its mainland operations would continue and that it would seek legal advice on its next steps. Trading in its shares has been suspended since March.

The developer still has thousands of unfinished apartments in central and northern China, including in Zhengzhou, where buyers have staged protests outside its regional office.

“I paid for this apartment in 2021 and I still have only a concrete shell,” said a 38-year-old teacher in Zhengzhou who gave only his surname, Guo. “Nobody from the company will tell us when it will be finished.”

The ruling is unlikely to have an immediate effect on projects in mainland China, where courts have not always recognised liquidators appointed in Hong Kong.

“This ruling shows Hong Kong courts are losing patience with developers that drag out restructurings,” said Rebecca Cheung, head of Asia credit research at Lionrock Securities. “But for homebuyers on the mainland, very little changes tomorrow.”

On the Weibo social media platform, the hashtag “Huaxing liquidated” had been viewed more than 80 million times by Monday evening.''',
 [("It is time for the court", "Agnes Tsang"),
  ("The company has had ample opportunity", "Agnes Tsang"),
  ("too little, too late", "Agnes Tsang"),
  ("within reach", "Raymond Ho"),
  ("The creditors have been patient, but", "Kingsbay Capital Partners"),
  ("I paid for this apartment in", "Guo"),
  ("Nobody from the company will tell", "Guo"),
  ("This ruling shows Hong Kong courts", "Rebecca Cheung"),
  ("But for homebuyers on the mainland", "Rebecca Cheung")]),

# 14 -- Taiwan thanks Palau; Focus Taiwan (CNA) style, straight quotes; MOFA spokesperson at weekly briefing with quote continuing next paragraph, resolution text with no speaker, senator "told CNA by phone", Taiwan Affairs Office spokesman at Beijing briefing, minister's statement, scare quote
('''Taipei, Aug. 5 (CNA) Foreign Ministry spokesperson Hsu Ya-ling on Tuesday thanked Palau for its "steadfast friendship" after the Pacific nation's national congress adopted a resolution backing Taiwan's participation in this year's International Civil Aviation Organization (ICAO) assembly.

"Palau has once again stood up for Taiwan on the international stage, and we are deeply grateful," Hsu said at the ministry's weekly news briefing in Taipei.

"Taiwan's exclusion from ICAO creates a gap in global aviation safety. Our 23 million people deserve to be heard."

The text of the resolution states that excluding Taiwan "undermines the safety of the international flight information region" and calls on ICAO to invite Taiwan as an observer.

Senator Ilebrang Ngiraked, who sponsored the resolution, told CNA by phone that it had passed without opposition. "Taiwan has been a true friend to Palau in good times and bad. This is the least we can do," he said.

In Beijing, Taiwan Affairs Office spokesman Zhu Wenhao said the resolution would change nothing. "Taiwan is part of China, and no amount of support from a handful of countries can change that fact," Zhu told a regular press conference.

Zhu also accused Taiwan's Democratic Progressive Party government of "spending taxpayers' money to buy so-called diplomatic space."

Asked about Zhu's remarks, Hsu said the People's Republic of China "has never governed Taiwan for a single day" and had no right to speak for its people.

Palau's Minister of State, Faustina Ngiratkel, said in a statement posted on the government's website that Palau "will continue to speak up for partners who share our values."

Palau is one of 12 countries that maintain formal diplomatic relations with Taiwan, three of them in the Pacific. Beijing and Taipei have long accused each other of "checkbook diplomacy" in the region.''',
 [("steadfast friendship", "Hsu Ya-ling"),
  ("Palau has once again stood up", "Hsu Ya-ling"),
  ("Taiwan's exclusion from ICAO creates a", "Hsu Ya-ling"),
  ("undermines the safety of the international", None),
  ("Taiwan has been a true friend", "Ilebrang Ngiraked"),
  ("Taiwan is part of China, and", "Zhu Wenhao"),
  ("spending taxpayers' money to buy", "Zhu Wenhao"),
  ("has never governed Taiwan for a", "Hsu Ya-ling"),
  ("will continue to speak up for", "Faustina Ngiratkel"),
  ("checkbook diplomacy", None)]),

# 15 -- Last pupil at a Shimane village school; Guardian style, British single quotes; child speaker by given name on later mention, teacher, mayor split quote, described grandmother, school song line with no speaker
('''When the bell rings at Hinokuchi primary school on Friday afternoon, it will be for the last time. After 148 years, the school in the mountains of Shimane prefecture, in western Japan, is closing, because next spring there will be no pupils left to teach.

Its last pupil, 12-year-old Sakamoto Haruto, will graduate alone. For the past two years he has been the only child on the register, taught by three teachers and watched over by a village of 200 people, most of them over 65.

'I used to think it was lonely,' Haruto said, sitting at one of the wooden desks in a classroom built for 40. 'Now I think I am lucky, because the teachers knew everything about me.'

His class teacher, Ishida Yumiko, has worked at the school for nine years. 'Some days it is one teacher and one pupil doing a science experiment, and some days it is the whole village coming to sports day,' she said. 'That is what a school like this is.'

Births in Japan fell to another record low last year, and hundreds of public schools close every year, most of them in rural areas where young families have long since left for the cities.

The town's mayor, Fukuda Shinichi, said there were no plans to sell the building. 'We want it to stay a place where people gather,' he said. 'Perhaps a café, perhaps a library. It should not just go dark.'

An elderly woman who had come with a bag of home-grown persimmons for the staff said all three of her children had studied at Hinokuchi. 'When the school goes, the village goes with it,' the grandmother said.

On the blackboard in the staff room, someone has written out the opening line of the school song, 'Above us the cedar mountains', in careful chalk characters.

Haruto will start at a junior high school in the nearest town in April, a 40-minute bus ride away. Asked what he would miss most, he thought for a long time.

'The sound of the river from the window,' he said.

The closing ceremony begins at 2pm, and former pupils are expected to travel from as far away as Osaka and Tokyo.''',
 [("I used to think it was lonely", "Sakamoto Haruto"),
  ("Now I think I am lucky, because", "Sakamoto Haruto"),
  ("Some days it is one teacher", "Ishida Yumiko"),
  ("That is what a school like", "Ishida Yumiko"),
  ("We want it to stay a", "Fukuda Shinichi"),
  ("Perhaps a café, perhaps a library", "Fukuda Shinichi"),
  ("When the school goes, the village", "~grandmother"),
  ("Above us the cedar mountains", None),
  ("The sound of the river from", "Sakamoto Haruto")]),

# 16 -- Pacific fisheries ministers agree camera rule; Wikinews style, curly quotes; agency director-general split quote "told reporters", chairing minister partial and "the minister said", NGO statement partial, former crew member "told RNZ Pacific", banner
('''Pacific fisheries ministers agree to cameras on longline vessels

Friday, June 13, 2025

Fisheries ministers from across the Pacific agreed on Thursday in Apia, Samoa, to tighten monitoring of foreign fishing vessels in the region, including a requirement that all longline boats fishing in members’ waters carry electronic cameras by 2028.

The agreement was reached at the annual ministerial meeting of the Forum Fisheries Committee, hosted by the Pacific Islands Forum Fisheries Agency (FFA).

“For too long, what happens on a longliner out at sea has been invisible to us,” FFA Director-General Losaline Vaipulu told reporters after the meeting. “Cameras change that. If a boat is catching sharks or dumping fish, we will know.”

Vaipulu said about 15 percent of the region’s longline fleet currently carries human observers, compared with nearly all purse-seine vessels.

Samoa’s Minister of Agriculture and Fisheries, Leota Sina Afamasaga, who chaired the meeting, called the deal “a win for every island nation that depends on the ocean”.

“Tuna is our gold,” the minister said. “We must be the ones who decide how it is caught and who benefits from it.”

Tuna fishing licences provide a large share of government revenue for several Pacific countries, including Kiribati, Tuvalu and Nauru.

Environmental groups welcomed the move but said it came too slowly. Greenpeace Australia Pacific said in a statement that the 2028 deadline was “years too late for the sharks and turtles being killed right now”.

Tebano Teiwaki, a former crew member from Kiribati who spent six years working on foreign longliners, said the cameras were long overdue. “I saw things on those boats that no one would believe,” he told RNZ Pacific. “The cameras will not lie.”

Outside the venue, a small group of students from the National University of Samoa held a banner reading “Our ocean, our future”.

The next meeting of the committee is scheduled to be held in Honiara, Solomon Islands, in 2026.''',
 [("For too long, what happens on", "Losaline Vaipulu"),
  ("Cameras change that. If a boat", "Losaline Vaipulu"),
  ("a win for every island nation", "Leota Sina Afamasaga"),
  ("Tuna is our gold", "Leota Sina Afamasaga"),
  ("We must be the ones who", "Leota Sina Afamasaga"),
  ("years too late for the sharks", "Greenpeace Australia Pacific"),
  ("I saw things on those boats", "Tebano Teiwaki"),
  ("The cameras will not lie", "Tebano Teiwaki"),
  ("Our ocean, our future", None)]),

# 17 -- North Korean defector arrives by boat; Yonhap style, straight quotes; JCS text message split quote, anonymous government official partial quotes, unification ministry spokesperson, marine officer partial, fisherman "told Yonhap", guesthouse owner
('''SEOUL, Sept. 3 (Yonhap) -- A North Korean man crossed the maritime border in the Yellow Sea on a small wooden boat early Tuesday and expressed his intention to defect, South Korea's military said.

The Joint Chiefs of Staff (JCS) said the man was spotted at around 4:30 a.m. near Gyodong Island, off the west coast, and taken into custody by marines.

"The man, who appears to be in his 30s, has expressed his intention to defect to the South," the JCS said in a text message to reporters. "Relevant authorities are conducting a joint investigation into the details."

A government official, speaking on condition of anonymity, said the man had told investigators he was a fisherman who had "planned the escape for more than a year."

The official said the man carried no weapons and was in stable condition, though "very tired and dehydrated" after spending about nine hours at sea.

A marine officer involved in the operation said the boat, powered by a small outboard engine, was "barely seaworthy."

At the Unification Ministry's regular briefing, spokesperson Kim Jung-ah said the government would handle the case "in accordance with the principle of respecting the free will of the individual."

"If he wishes to settle in the South, the government will provide all necessary support," Kim said.

Han Myung-soo, a 58-year-old fisherman on Gyodong Island, said he was the first to see the boat as he headed out to check his nets before dawn.

"At first I thought it was a piece of driftwood. Then I saw a man waving a white shirt," Han told Yonhap.

"Every time something like this happens, the whole island talks about nothing else for a week," said Jeon Ok-hee, 64, who runs a guesthouse near the island's ferry terminal.

North Korea's state media had not reported the incident as of Tuesday afternoon. It is the first known defection by sea this year.''',
 [("The man, who appears to be", "Joint Chiefs of Staff"),
  ("Relevant authorities are conducting a joint", "Joint Chiefs of Staff"),
  ("planned the escape for more than", "~official"),
  ("very tired and dehydrated", "~official"),
  ("barely seaworthy", "~officer"),
  ("in accordance with the principle of", "Kim Jung-ah"),
  ("If he wishes to settle in", "Kim Jung-ah"),
  ("At first I thought it was", "Han Myung-soo"),
  ("Every time something like this happens", "Jeon Ok-hee")]),

# 18 -- Shenzhou crew returns; Xinhua style, curly quotes; space agency statement, commander, female astronaut split quote, partial quote and "Xu said", recovery team head, banner, researcher
('''JIUQUAN, April 30 (Xinhua) — The Shenzhou-24 return capsule, carrying three Chinese astronauts, landed safely at the Dongfeng landing site in north China’s Inner Mongolia Autonomous Region at 5:46 p.m. Wednesday (Beijing Time), the China Manned Space Agency (CMSA) announced.

Astronauts Zhao Yiming, Liu Wenjing and Xu Hang, who spent 183 days aboard the China space station, are all in good health, according to the CMSA.

“The Shenzhou-24 manned mission has been a complete success,” the agency said in a statement.

Mission commander Zhao was the first to emerge from the capsule and waved to ground staff from a specially designed chair. “I feel very good. The motherland is waiting for us, and we are home,” said Zhao, 47, who was making his second flight into space.

Liu, the mission’s flight engineer and the fourth Chinese woman to travel into space, said the view of the planet had changed her.

“Looking at the Earth from the station every day, I understood how small and precious our home is,” Liu said. “I want to share what I saw with children across the country.”

Xu, a payload specialist on his first spaceflight, described the mission as “a dream come true.”

“I trained for 11 years for this moment, and every day up there was worth it,” Xu said.

During their six months in orbit, the crew carried out three extravehicular activities and conducted more than 80 experiments in space life sciences, materials science and fluid physics.

Ma Zhiqiang, head of the search and recovery team at the Dongfeng site, said the operation had gone smoothly. “We located the capsule within minutes of landing, and the weather conditions were ideal,” he said.

A banner at the recovery base read “Welcome home, heroes of space.”

“The samples the crew brought back will keep our laboratories busy for years,” said Qian Hui, a researcher with the Technology and Engineering Center for Space Utilization under the Chinese Academy of Sciences.

The astronauts will undergo a period of medical observation and recovery in Beijing.''',
 [("The Shenzhou-24 manned mission has been", "China Manned Space Agency"),
  ("I feel very good. The motherland", "Zhao Yiming"),
  ("Looking at the Earth from the", "Liu Wenjing"),
  ("I want to share what I", "Liu Wenjing"),
  ("a dream come true", "Xu Hang"),
  ("I trained for 11 years for", "Xu Hang"),
  ("We located the capsule within minutes", "Ma Zhiqiang"),
  ("Welcome home, heroes of space", None),
  ("The samples the crew brought back", "Qian Hui")]),

# 19 -- Mongolian-born wrestler promoted to yokozuna; AP style, straight quotes; ring name with real name, formal acceptance speech, split quote "said with a laugh", stablemaster, council chair partial and direct, fan, mother told Mongolian broadcaster
('''TOKYO (AP) - Mongolian-born wrestler Tengeryu was promoted to yokozuna on Wednesday, becoming the 76th grand champion in the centuries-long history of Japan's national sport.

The Japan Sumo Association's board of directors approved the promotion unanimously, three days after the 26-year-old won his second straight tournament at the Kyushu Grand Sumo Tournament in Fukuoka.

At a traditional ceremony at his stable in Tokyo, Tengeryu, whose real name is Batbold Temuulen, received the news from two association envoys and replied with a short formal speech.

"I humbly accept. I will devote myself to sumo with a spirit of gratitude and never bring shame to the rank of yokozuna," he said, bowing deeply.

Speaking to reporters later, he was more relaxed. "I was so nervous that I practiced the speech 100 times last night," Tengeryu said with a laugh. "My wife says she could recite it better than me."

His stablemaster, Kotobuki, a former sekiwake, recalled the teenager who arrived from Ulaanbaatar a decade ago.

"When he came to this stable at 16, he could not speak a word of Japanese and he was the lightest boy here," Kotobuki said. "Nobody worked harder."

Yokozuna Deliberation Council chairman Yamaoka Takeshi said the panel had been impressed by Tengeryu's "stable, powerful sumo" and by his conduct outside the ring.

"He has the strength, and more importantly, he has the dignity the rank requires," Yamaoka told reporters.

Several hundred fans gathered outside the stable, some holding up their phones to film the ceremony through an open window.

"He's the kind of yokozuna who makes you want to come to the arena," said Ota Miyuki, 52, a fan from Chiba who had waited outside since 7 a.m.

In Mongolia, his mother, Dashdorj Tserendulam, told Mongolian National Broadcaster that the family had watched the ceremony live at home. "We cried like children," she said.

Wrestlers born in Mongolia have dominated sumo's top division for much of the past two decades. Tengeryu will perform his first ring-entering ceremony as yokozuna at Meiji Shrine on Friday.''',
 [("I humbly accept. I will devote", "Tengeryu"),
  ("I was so nervous that I", "Tengeryu"),
  ("My wife says she could recite", "Tengeryu"),
  ("When he came to this stable", "Kotobuki"),
  ("Nobody worked harder", "Kotobuki"),
  ("stable, powerful sumo", "Yamaoka Takeshi"),
  ("He has the strength, and more", "Yamaoka Takeshi"),
  ("He's the kind of yokozuna who", "Ota Miyuki"),
  ("We cried like children", "Dashdorj Tserendulam")]),

# 20 -- Measles outbreak in Papua New Guinea; RNZ Pacific style, curly quotes; provincial health chief "told RNZ Pacific" split quote and partial, WHO statement, UNICEF spokesperson, unnamed mother, health worker split quote, campaign slogan and its translation
('''Health authorities in Papua New Guinea’s Western Highlands Province have launched an emergency vaccination campaign after a measles outbreak that has killed at least 11 children since March.

The chief executive of the provincial health authority, Dr Agnes Kumbu, told RNZ Pacific that more than 400 suspected cases had been recorded, most of them in children under five.

“Many of these children have never received a single vaccine,” Dr Kumbu said. “Some of the villages are a two-day walk from the nearest health centre.”

She said vaccination teams would try to reach 120,000 children over the next six weeks, travelling “by road, by foot and by helicopter where we must”.

The World Health Organization said in a statement that measles vaccination coverage in PNG had fallen below 40 percent, among the lowest rates in the Pacific.

“Measles is one of the most contagious diseases known, and gaps in immunity of this size will inevitably lead to outbreaks,” the WHO said.

UNICEF’s spokesperson in Port Moresby, Peter Wambi, said the agency had delivered 250,000 doses of vaccine along with fridges and cool boxes for remote clinics. “The vaccines are here. The challenge now is the last mile,” he said.

At a health centre outside Mount Hagen, mothers began queuing before dawn. One mother, who had walked for five hours with her baby on her back, said she had lost a nephew to the disease last month.

“I do not want to lose another child. That is why I came,” she said.

Community health worker Joseph Kaupa said rumours about vaccines had spread on Facebook and in some churches.

“People hear that the injection makes children sick or that it is against God,” he said. “We sit with them and talk, and most of them agree in the end.”

The campaign’s slogan, printed on posters and read out on local radio in Tok Pisin, is “Sut i save lukautim pikinini” — “The injection protects the child.”

Health officials say the province recorded its last major measles outbreak in 2014.''',
 [("Many of these children have never", "Agnes Kumbu"),
  ("Some of the villages are a", "Agnes Kumbu"),
  ("by road, by foot and by", "Agnes Kumbu"),
  ("Measles is one of the most", "World Health Organization"),
  ("The vaccines are here. The challenge", "Peter Wambi"),
  ("I do not want to lose", "~mother"),
  ("People hear that the injection makes", "Joseph Kaupa"),
  ("We sit with them and talk", "Joseph Kaupa"),
  ("Sut i save lukautim pikinini", None),
  ("The injection protects the child", None)]),

# 21 -- Japanese businessman detained in China; Kyodo style, straight quotes; Foreign Ministry press secretary split quote and partial, Chinese spokesman at regular briefing, company statement partial and direct, wife's statement via lawyer, chamber of commerce partial
('''TOKYO, Oct. 20 (Kyodo) - The Japanese government on Monday called on China to release a Japanese businessman detained in Beijing since March, after Chinese authorities confirmed he had been formally arrested on suspicion of espionage.

Saito Makoto, 57, a senior employee of Tokyo-based trading house Marusei Corp., was taken into custody by state security officials shortly before he was due to fly home at the end of a posting in China.

"We have repeatedly requested his early release at every level, and we will continue to do so," Foreign Ministry Press Secretary Kitamura Yuki said at a news conference in Tokyo. "The Japanese government will do everything it can to support Mr. Saito and his family."

Kitamura said consular officials had visited Saito six times and that he appeared to be in "stable health." She declined to give details of the accusations against him, citing the need to protect his privacy.

In Beijing, Chinese Foreign Ministry spokesman Tan Zhiyuan said the case was being handled "in accordance with the law."

"China is a country under the rule of law. The lawful rights of the Japanese citizen concerned are fully protected," Tan told a regular briefing.

Marusei said in a statement that it was "deeply concerned" and was cooperating with the government. "Mr. Saito has worked for our company for more than 30 years, and we believe he has always acted in good faith," the company said.

Saito's wife, Saito Keiko, said in a statement issued through the family's lawyer that she had not spoken to her husband since his detention.

"My husband loves China and has many Chinese friends. I cannot understand why this has happened," the statement said.

At least 17 Japanese nationals have been detained in China on spying charges since a counterespionage law took effect in 2014, according to the Japanese government.

The Japan Chamber of Commerce and Industry in China said the case had caused "serious anxiety" among Japanese nationals working in the country and called for greater transparency in such investigations.''',
 [("We have repeatedly requested his early", "Kitamura Yuki"),
  ("The Japanese government will do everything", "Kitamura Yuki"),
  ("stable health", "Kitamura Yuki"),
  ("in accordance with the law", "Tan Zhiyuan"),
  ("China is a country under the", "Tan Zhiyuan"),
  ("deeply concerned", "Marusei Corp."),
  ("Mr. Saito has worked for our", "Marusei Corp."),
  ("My husband loves China and has", "Saito Keiko"),
  ("serious anxiety", "Japan Chamber of Commerce and Industry in China")]),

# 22 -- Airliner overruns runway on Jeju; Korea Times style, curly quotes; ministry statement, airline CEO apology split quote, passenger Instagram post in two parts, unnamed passenger "told broadcaster KBS", unnamed investigator, professor with pronoun follow-up
('''A Halla Air passenger jet carrying 174 people overran the runway at Jeju International Airport on Saturday evening while landing in heavy rain, coming to a stop in a grassy area just short of the perimeter fence. Eleven passengers suffered minor injuries during the evacuation.

The Ministry of Land, Infrastructure and Transport said the Boeing 737-800, arriving from Gimpo, touched down at about 7:20 p.m. amid strong crosswinds.

“The aircraft left the end of the runway by about 80 meters. All passengers and crew were evacuated using the emergency slides,” the ministry said in a statement.

The runway was closed for nearly 14 hours, forcing the cancellation of more than 200 flights on one of the busiest domestic routes in the world.

Halla Air CEO Oh Jin-sook bowed in apology at a press conference at the airline’s Jeju headquarters on Sunday morning. “We deeply apologize to the passengers and their families for the fear and inconvenience they experienced,” Oh said. “We will cooperate fully with the investigation.”

Song Hye-rin, 34, who was on the flight with her two children, posted a video on Instagram showing passengers sliding down the chutes in the rain. “The plane shook so hard I thought we were going to flip over,” she wrote. “The cabin crew were calm and kept everyone moving. I can’t thank them enough.”

Another passenger, a man in his 50s, said there had been confusion after the aircraft stopped. “Nobody told us anything for ten minutes. We just sat there smelling fuel,” he told broadcaster KBS.

“It is too early to determine the cause. We will examine the flight data recorder, the runway condition and the weather data,” an official from the Aviation and Railway Accident Investigation Board told reporters.

Experts pointed to the weather. “Wet runways and strong winds are the classic ingredients of an overrun,” said Hwang Ji-hoon, a professor of aeronautical engineering at Korea Aerospace University.

“If the crosswind was as strong as reported, the crew may have been better off diverting to another airport,” he said.''',
 [("The aircraft left the end of", "Ministry of Land, Infrastructure and Transport"),
  ("We deeply apologize to the passengers", "Oh Jin-sook"),
  ("We will cooperate fully with the", "Oh Jin-sook"),
  ("The plane shook so hard I", "Song Hye-rin"),
  ("The cabin crew were calm and", "Song Hye-rin"),
  ("Nobody told us anything for ten", "~passenger"),
  ("It is too early to determine", "~official"),
  ("Wet runways and strong winds are", "Hwang Ji-hoon"),
  ("If the crosswind was as strong", "Hwang Ji-hoon")]),

# 23 -- Ulaanbaatar winter smog; Montsame style, straight quotes; monitoring agency statement, city governor "told a press conference" with follow-up, pediatrician and "the doctor said", resident known by one name, UNICEF statement, protest banner
('''ULAANBAATAR, January 16 (MONTSAME) - Fine particulate matter in parts of Ulaanbaatar reached more than 20 times the World Health Organization's recommended limit on Tuesday, as temperatures in the capital dropped to minus 38 degrees Celsius and households in the ger districts burned more fuel to stay warm.

The National Agency for Meteorology and Environmental Monitoring said PM2.5 concentrations in the Bayankhoshuu and Tolgoit areas exceeded 300 micrograms per cubic meter for more than 12 hours.

"Residents, especially children, the elderly and pregnant women, are advised to limit time outdoors and keep windows closed," the agency said.

Capital City Governor Sodnom Enkhjargal told a press conference at City Hall that the city was speeding up its program to connect ger households to the electricity grid for heating.

"Switching ger households to electric heating is the only lasting solution, and we are doing it district by district," Enkhjargal said. "This winter alone, 12,000 households will be connected."

Doctors say the smog is filling hospital wards. Davaasuren Narantsetseg, head of pediatrics at the National Center for Maternal and Child Health, said admissions for pneumonia among children under five had risen sharply since December.

"Every winter our wards fill with children who cannot breathe properly. This year is no different," she said.

"We are treating twice as many babies with oxygen as we did in November," the doctor added.

In Tolgoit, Baasanjav, 58, who lives with his wife and grandchildren in a ger heated by a coal stove, said many families could not afford electric heaters or higher power bills.

"If the electricity was cheaper, we would use it. But we have to choose between heat and food," Baasanjav said. "The smoke is bad, but the cold kills faster."

"Air pollution is a child health crisis in Mongolia, and it needs to be treated as one," UNICEF Mongolia said in a statement.

On Sunday, about 200 people gathered on Sukhbaatar Square holding banners reading "Let our children breathe".''',
 [("Residents, especially children, the elderly and", "National Agency for Meteorology and Environmental Monitoring"),
  ("Switching ger households to electric heating", "Sodnom Enkhjargal"),
  ("This winter alone, 12,000 households will", "Sodnom Enkhjargal"),
  ("Every winter our wards fill with", "Davaasuren Narantsetseg"),
  ("We are treating twice as many", "Davaasuren Narantsetseg"),
  ("If the electricity was cheaper, we", "Baasanjav"),
  ("The smoke is bad, but the", "Baasanjav"),
  ("Air pollution is a child health", "UNICEF Mongolia"),
  ("Let our children breathe", None)]),

# 24 -- Century-old Shanghai bookshop closes; BBC style, British single quotes; owner split quote, landlord statement partial, window sign, described retired engineer, novel title, student, Weibo user, "Ms Shen" later mention
('''For almost a century, the Jinghua Bookshop on a narrow lane in Shanghai's former French Concession has survived war, revolution and the arrival of the internet. On Sunday it will close its doors for good.

'We tried everything,' said its owner, Shen Meiyu, 63, whose grandfather opened the shop in 1927. 'Coffee, poetry readings, a cat in the window. In the end, the rent was simply more than the books could pay.'

The landlord, a state-owned property company, doubled the rent last year as the surrounding streets were redeveloped into an upmarket shopping district. In a brief statement, the company, Xuhui Urban Renewal Group, said the lease had 'expired according to the contract'.

Since news of the closure spread on social media last week, queues have formed along the lane each morning. A handwritten sign in the window reads: 'Thank you for 98 years. Please do not cry in the poetry section.'

'I came here every Saturday as a student. This is where I first read foreign novels, and it feels like losing a relative,' said a retired engineer, clutching a stack of paperbacks.

The last book Ms Shen plans to sell is a first edition of Qian Zhongshu's novel 'Fortress Besieged', which has sat behind the counter for decades. She says she has turned down several offers for it.

'My generation buys books on our phones, I know,' said Zhang Yiran, 24, a postgraduate student who had travelled from Hangzhou to visit the shop one last time. 'But we still need places like this to exist, even if we only come twice a year.'

One Weibo user wrote, in a post shared more than 200,000 times: 'Shanghai can build a hundred shopping malls but it cannot build another Jinghua.'

Independent bookshops in China's big cities have struggled in recent years as rents have risen and readers have moved online, although a few have reinvented themselves as cafés and cultural venues.

Ms Shen said she would keep some of the books in her flat. 'Maybe one day my granddaughter will open a shop again. Maybe it will sell only coffee,' she said, laughing.

The shop will open for the last time at 10am on Sunday.''',
 [("We tried everything", "Shen Meiyu"),
  ("Coffee, poetry readings, a cat in", "Shen Meiyu"),
  ("expired according to the contract", "Xuhui Urban Renewal Group"),
  ("Thank you for 98 years", None),
  ("I came here every Saturday as", "~engineer"),
  ("My generation buys books on our", "Zhang Yiran"),
  ("But we still need places like", "Zhang Yiran"),
  ("Shanghai can build a hundred shopping", "~user"),
  ("Maybe one day my granddaughter will", "Shen Meiyu")]),

# 25 -- Marshall Islands Nuclear Victims Remembrance Day; agency style, curly quotes; code name and banner with no speaker, foreign minister split quote, survivor split quote, embassy statement partial, young activist and her Instagram post, song title; three women speakers
('''MAJURO, Marshall Islands, March 1 — Hundreds of Marshall Islanders marched through the capital on Saturday to mark Nuclear Victims Remembrance Day, 71 years after the United States detonated its largest nuclear test, codenamed “Castle Bravo”, at Bikini Atoll.

Marchers, many of them schoolchildren in white shirts, carried banners reading “Remember Bravo” as they walked from the government offices to the International Conference Center.

The United States carried out 67 nuclear tests at Bikini and Enewetak atolls between 1946 and 1958. Fallout from the 1954 Bravo test reached inhabited islands including Rongelap and Utrik.

“Our grandparents were told the tests were for the good of mankind,” Foreign Minister Ruth Lanki told the crowd at the conference center. “Seventy-one years later, we are still living with the consequences.”

Lanki said the government would continue to press Washington for additional compensation and for a full cleanup of contaminated sites.

Neiko Jibas, 79, was eight years old and living on Rongelap when the fallout came. She sat in the front row, wearing a flower crown.

“I remember the white powder falling like snow. We played in it,” Jibas said. “Later our hair fell out, and nobody told us why.”

The U.S. Embassy in Majuro said in a statement that the United States “acknowledges the sacrifices” of the Marshallese people and remained committed to the health and welfare of affected communities.

Younger Marshallese have taken up the cause. Carla Lomae, 24, who helped organise the march, said the issue was no longer only about the past.

“My generation is not going to stop asking for a full accounting,” she said.

In a post on Instagram on the eve of the march, Lomae wrote: “We carry their stories. We will not let anyone forget.”

The ceremony ended with a choir of students singing “Ijo Jikin Eo Ao”, a song written for the survivors of Rongelap, as the names of the affected atolls were read aloud.''',
 [("Remember Bravo", None),
  ("Our grandparents were told the tests", "Ruth Lanki"),
  ("Seventy-one years later, we are still", "Ruth Lanki"),
  ("I remember the white powder falling", "Neiko Jibas"),
  ("Later our hair fell out, and", "Neiko Jibas"),
  ("acknowledges the sacrifices", "U.S. Embassy in Majuro"),
  ("My generation is not going to", "Carla Lomae"),
  ("We carry their stories. We will", "Carla Lomae")]),
]
# fmt: on

# fmt: off
STORIES_BY = [
# 1 -- US local paper, food pantry shortage before Thanksgiving; straight quotes; said X / X said, split quote, sign text, unnamed mother, partial quote
('''MILLBROOK — Shelves at the Millbrook County Food Pantry were nearly bare Tuesday, two weeks before Thanksgiving, as demand climbed to its highest level since the pantry opened in 1987.

"We have never seen lines like this, not even in 2009," said Denise Albright, the pantry's executive director. "People are coming in who used to donate to us."

The pantry served 2,140 households in October, up from 1,310 a year earlier, according to figures released this week. Albright said the rise followed cuts to federal food assistance and a spike in rents across the county.

"Rent eats the paycheck first. Whatever is left has to cover gas, the electric bill and groceries, and groceries are the thing people can skip," she said.

A hand-lettered sign taped to the front door Tuesday read "Limit 1 bag per family — sorry!" Volunteers said it was the first time the pantry had rationed food.

Carol Whitfield, 71, who has volunteered at the pantry every Tuesday for 12 years, said she had watched the line stretch into the parking lot since September.

"You see the same faces, and then you see new ones every week. Young families, a lot of them. Kids in pajamas in the car," Whitfield said.

One mother of three, who asked that her name not be used because her employer does not know she visits the pantry, said she works 32 hours a week at a distribution warehouse.

"I never thought I'd be here," the mother said. "But I'm not going to let my kids go hungry out of pride."

County Commissioner Ray Delgado said the commission would consider an emergency grant of $75,000 at its meeting next week.

"It's not going to fix the problem, but it'll get food on the shelves through the holidays," Delgado said. He added that he hoped local grocers would step up the way they did during the pandemic.

Albright said the pantry most needs canned protein, peanut butter, cooking oil and diapers. Cash donations go furthest, she said, because the pantry buys wholesale through a regional food bank network.

"Every dollar turns into about five meals. That's the math people should know," she said.

Donations can be dropped off at 410 Canal St. from 9 a.m. to 4 p.m. weekdays.''',
 [("We have never seen lines like", "Denise Albright"),
  ("People are coming in who used", "Denise Albright"),
  ("Rent eats the paycheck first. Whatever", "Denise Albright"),
  ("Limit 1 bag per family", None),
  ("You see the same faces, and", "Carol Whitfield"),
  ("I never thought I'd be here", "~mother"),
  ("But I'm not going to let", "~mother"),
  ("It's not going to fix the", "Ray Delgado"),
  ("Every dollar turns into about five", "Denise Albright")]),

# 2 -- Catholic News Service-style report of an ordination Mass, US diocese; curly quotes; homily quotes, "the bishop said", told a diocesan paper, partial quotes, banner
('''SPRINGFIELD, Ill. (CNS) — Bishop Thomas R. Keane ordained three men to the priesthood June 1 at the Cathedral of the Immaculate Conception, telling them that their first task as priests was “to listen before you speak.”

The new priests — Father Daniel Okafor, Father Luis Enrique Villanueva and Father Mark Sobczak — were ordained before a congregation of more than 900, including dozens of priests of the diocese who laid hands on each man during the rite.

In his homily, Bishop Keane reminded the three that the people they serve will often come to them at their lowest moments.

“They will not always come to you with the right words. Sometimes they will come with anger, sometimes with silence. Do not hurry them. Christ did not hurry the woman at the well,” the bishop said.

He warned against what he called “the temptation of the busy priest,” who fills his calendar with meetings but forgets to pray.

“A parish can survive a pastor who is not a good administrator. It cannot survive a pastor who has stopped praying,” he said.

The ordinations bring the number of active diocesan priests to 94 for the diocese’s 129 parishes.

Father Okafor, 31, who was born in Enugu, Nigeria, and came to Illinois as a graduate student in civil engineering, said he first felt called while volunteering with a parish youth group.

“I was building bridges on paper,” he told Catholic Times, the diocesan newspaper. “God had a different kind of bridge in mind.”

His mother, Grace Okafor, flew from Lagos for the Mass. She said she had prayed for this day “since he was a small boy who played at saying Mass with biscuits.”

Father Villanueva, 28, will serve as parochial vicar at St. Agnes Parish in Springfield, where many parishioners are Spanish-speaking.

“My grandparents crossed a border with nothing. If I can stand at the altar for families like theirs, then everything I have studied has a purpose,” he said.

Father Sobczak, 45, a former high school chemistry teacher, was assigned to a cluster of four rural parishes in the southern part of the diocese.

“People ask if I’m nervous about all the driving. I’m more nervous about the homilies,” he said with a laugh.

At the end of the Mass, the congregation broke into sustained applause as the three gave their first priestly blessing. A banner hanging from the choir loft read “Here I am, Lord.”''',
 [("to listen before you speak", "Thomas R. Keane"),
  ("They will not always come to", "Thomas R. Keane"),
  ("the temptation of the busy priest", "Thomas R. Keane"),
  ("A parish can survive a pastor", "Thomas R. Keane"),
  ("I was building bridges on paper", "Daniel Okafor"),
  ("God had a different kind of", "Daniel Okafor"),
  ("since he was a small boy", "Grace Okafor"),
  ("My grandparents crossed a border with", "Luis Enrique Villanueva"),
  ("People ask if I’m nervous about", "Mark Sobczak"),
  ("Here I am, Lord.", None)]),

# 3 -- UK local paper, lead stolen from a village church roof; British single quotes; Mr/Ms later mentions, quote over two paragraphs, police spokesperson, notice text
('''Thieves have stripped lead from the roof of a 14th-century church in north Norfolk for the second time in three years, leaving the parish facing a repair bill of more than £80,000.

The theft at St Margaret's Church, Little Halsey, was discovered on Sunday morning when churchwarden Peter Gaunt arrived to unlock the building for the 9.30am service and found water pooling in the south aisle.

'I looked up and could see daylight,' said Mr Gaunt, 68. 'It's a sickening feeling. They must have been up there for hours with a van parked in the lane, and nobody saw a thing.'

The Rev Helen Marsh, rector of the Halsey benefice, which covers six rural parishes, said the congregation was 'shaken but not beaten'.

'We are a village of 300 people, and we raised the money for the last repair through cake sales, a sponsored walk and an awful lot of goodwill,' she said. 'To have to ask all over again is hard.

'But this building has stood here for 650 years. It has seen plague and war and the Reformation. It is not going to be defeated by a couple of men with a crowbar.'

Services will continue in the chancel, which was not damaged, while a temporary covering is fitted to the nave roof.

Norfolk Police said officers were investigating and appealed for anyone who saw a vehicle in Church Lane between Friday evening and Sunday morning to come forward.

'Heritage crime causes damage that goes far beyond the value of the metal. These buildings are irreplaceable,' a spokesperson said.

The church installed a roof alarm after the 2021 theft, but Ms Marsh said it had been switched off to save on running costs after the insurer withdrew its discount. A notice in the porch still warns: 'This roof is protected by SmartWater and alarmed.'

Sheila Burrows, who has been organist at St Margaret's for 41 years, said several older members of the congregation had been in tears.

'My mother was married here and so was I,' she said. 'People feel it's their church even if they only come at Christmas.'

A fundraising page set up on Monday had raised more than £4,000 by yesterday afternoon. The Diocese of Norwich said it would help the parish apply for heritage grants.''',
 [("I looked up and could see", "Peter Gaunt"),
  ("It's a sickening feeling. They must", "Peter Gaunt"),
  ("shaken but not beaten", "Helen Marsh"),
  ("We are a village of 300", "Helen Marsh"),
  ("To have to ask all over", "Helen Marsh"),
  ("But this building has stood here", "Helen Marsh"),
  ("Heritage crime causes damage that goes", "Norfolk Police"),
  ("This roof is protected by SmartWater", None),
  ("My mother was married here and", "Sheila Burrows"),
  ("People feel it's their church even", "Sheila Burrows")]),

# 4 -- AP-style wire story, church-founded homeless shelter closing in Maine; straight quotes; said X with role, city statement, chant, first-name-only guest, split quote
('''PORTLAND, Maine (AP) — A downtown homeless shelter that has operated for more than three decades will close at the end of the month, its operators said Thursday, leaving about 60 people to find beds elsewhere as overnight temperatures drop below freezing.

Harbor Light Shelter, run by a nonprofit founded by a coalition of local churches, said rising insurance costs and the loss of a state contract had made it impossible to keep its doors open.

"We fought this for a year. We went to the city, we went to the state, we went to every foundation that would take our call. In the end the numbers just didn't work," said Janelle Pruitt, the shelter's director.

Pruitt said staff were working with each guest to find a placement before the Jan. 31 closing date. But she acknowledged that the city's other shelters were already near capacity.

A city spokeswoman, Allison Greer, said Portland would open an overflow warming center at a municipal gym on nights when temperatures fall below 15 degrees.

"No one will be turned away on a dangerous night. We are also in conversation with community partners about longer-term options," Greer said in a statement.

Advocates said the warming center, which has cots but no showers or case management, is no substitute.

"A gym floor is not a shelter," said Marcus Bell, an organizer with the Maine Housing Justice Coalition, which held a rally outside City Hall on Wednesday evening where demonstrators chanted "Housing is a human right."

Several guests at Harbor Light said they had nowhere else to go.

"This place saved my life," said Dale Forsythe, 57, who has stayed at the shelter on and off since losing his job on a fishing boat in 2019. "They knew my name. That matters more than people think."

Another man, who gave only his first name, Kevin, said he feared ending up back in his car.

"I did one winter in a Subaru. I'm not doing another," he said.

The Rev. Anne Castellano, pastor of First Parish Church and a founding board member of the shelter, said the churches hoped to continue a weekly meal program in the building's former dining hall if a new owner allowed it.

"The building may change hands," she said, "but the work isn't finished."''',
 [("We fought this for a year.", "Janelle Pruitt"),
  ("No one will be turned away", "Allison Greer"),
  ("A gym floor is not a", "Marcus Bell"),
  ("Housing is a human right.", None),
  ("This place saved my life", "Dale Forsythe"),
  ("They knew my name. That matters", "Dale Forsythe"),
  ("I did one winter in a", "Kevin"),
  ("The building may change hands", "Anne Castellano"),
  ("but the work isn't finished.", "Anne Castellano")]),

# 5 -- US Jewish weekly, rabbi's Kol Nidre sermon amid security fears; curly quotes; sermon quotes, "she told the congregation", partial quote, congregants, closing line from sermon
('''CHERRY HILL, N.J. — When Rabbi Miriam Feldstein rose to deliver her Kol Nidre sermon at Temple Beth Shalom last Tuesday night, she set aside the text she had been drafting since August.

“I threw it out on Sunday,” she told the congregation of roughly 1,200. “It was a good sermon. It was about gratitude. And I could not give it, not this year.”

Instead, Feldstein spoke for 22 minutes about fear — the fear, she said, that many in the room had carried into the sanctuary past the police cars parked outside.

“Some of you told me you thought about staying home tonight. I understand. I thought about it too, for about five seconds. And then I remembered that our grandparents prayed in places with far less protection than a security guard and a metal detector,” she said.

The synagogue, like many in South Jersey, increased security this year after a string of antisemitic incidents in the region, including graffiti sprayed on a Jewish day school in nearby Voorhees.

Feldstein urged congregants not to let fear “shrink our world.” She asked them to keep their children in Hebrew school, to keep showing up at interfaith events and to keep their mezuzot on their doorposts.

“We do not answer hatred by hiding. We answer it by living, loudly and joyfully, as Jews,” she said.

Congregants interviewed afterward said the sermon struck a nerve.

“She said what a lot of us were thinking but were embarrassed to say out loud,” said Naomi Gershman, 44, a pediatrician who attended with her husband and two teenage daughters. “It felt like permission to be scared and to come anyway.”

Ruth Adler, 81, whose parents survived the Holocaust, said she had been coming to Beth Shalom since 1968.

“I didn’t think I would live to see guards at the door of my shul. But I’m here, and I’ll be here next year too,” Adler said.

Howard Brenner-Levin, the synagogue’s president, said attendance on Kol Nidre was the highest in a decade.

“People wanted to be together. That is the answer to everything that has happened,” he said.

Feldstein closed with a line from the liturgy, then added one of her own: “Come back tomorrow. Bring a friend.”''',
 [("I threw it out on Sunday", "Miriam Feldstein"),
  ("It was a good sermon. It", "Miriam Feldstein"),
  ("Some of you told me you", "Miriam Feldstein"),
  ("shrink our world", "Miriam Feldstein"),
  ("We do not answer hatred by", "Miriam Feldstein"),
  ("She said what a lot of", "Naomi Gershman"),
  ("It felt like permission to be", "Naomi Gershman"),
  ("I didn’t think I would live", "Ruth Adler"),
  ("People wanted to be together.", "Howard Brenner-Levin"),
  ("Come back tomorrow. Bring a friend.", "Miriam Feldstein")]),

# 6 -- Australian regional paper, Salvation Army bushfire recovery appeal; straight quotes; Major title, said X with age, husband and wife, banner, partial quote, "the Salvation Army officer said"
('''Three months after the Kerrabee Ridge fire tore through the Upper Hunter, the Salvation Army says donations to its recovery appeal have slowed to a trickle just as the need is growing.

Major Karen Doherty, who leads the Salvos' disaster recovery team in the region, said families who lost homes in November were now facing the hardest stretch.

"In the first fortnight, everyone turns up - the trucks of water, the donated clothes, the barbecues," Major Doherty said. "Then the cameras leave, and people are sitting in a caravan on a burnt block trying to work out how to rebuild with an insurance payout that doesn't cover half of it."

The appeal has raised $1.8 million of its $5 million target. Major Doherty said the money was going directly to grants for fencing, water tanks, temporary housing and mental health support.

Graziers in the district lost an estimated 4000 head of cattle and more than 300 kilometres of fencing.

"You can't run stock without fences," said Bill Hennessy, 63, who lost his house, his shearing shed and most of his cattle on the family's property near Kerrabee. "We've had the Salvos, the RFS blokes and the neighbours out here every weekend. Without them I reckon I'd have walked off."

His wife, Lorraine Hennessy, said the couple were living in a donated shipping container fitted out as a bedroom.

"It's not flash, but it's ours. I've put a pot plant by the door. You have to," she said.

Local mental health workers say calls for help have risen sharply since the new year.

"The adrenaline wears off and the grief catches up. We are seeing a lot of men in particular who have kept it together for months and are now struggling," said Dr Priya Natarajan, a psychologist who volunteers with the Upper Hunter Recovery Network.

A painted bedsheet hanging on the fence of the Kerrabee fire shed reads "Thank you firies - you saved our town".

Major Doherty said the Salvos would stay in the district "for as long as it takes - years, not months".

"We're not going anywhere. But we can only give out what Australians give to us," the Salvation Army officer said.

Donations can be made online or at any Salvos store.''',
 [("In the first fortnight, everyone turns", "Karen Doherty"),
  ("Then the cameras leave, and people", "Karen Doherty"),
  ("You can't run stock without fences", "Bill Hennessy"),
  ("We've had the Salvos, the RFS", "Bill Hennessy"),
  ("It's not flash, but it's ours.", "Lorraine Hennessy"),
  ("The adrenaline wears off and the", "Priya Natarajan"),
  ("Thank you firies - you saved", None),
  ("for as long as it takes", "Karen Doherty"),
  ("We're not going anywhere. But we", "Karen Doherty")]),

# 7 -- Irish regional paper, parish priest's farewell Mass; curly quotes; Fr title, homily quotes, "he told the congregation", bishop's statement partial quote, "the outgoing parish priest"
('''Parishioners in Ballyconnell packed St Brigid’s Church on Sunday to say goodbye to Fr Seamus Geraghty, who is retiring after 41 years as a priest, 26 of them in the Co Cavan parish.

The 75-year-old celebrated his final Mass as parish priest before a congregation that spilled out onto the steps, and members of the local GAA club formed a guard of honour as he left the church.

“I came here in 1999 thinking I’d stay five years. Nobody told me that Ballyconnell doesn’t let you go,” Fr Geraghty said in his homily.

He thanked the parish for “carrying me through the hard years” — a reference, he said afterwards, to the publication of the Ryan and Murphy reports into clerical abuse, when Mass attendance in the parish fell by almost half.

“There were Sundays I stood up here and didn’t know what to say to you,” he told the congregation. “You had every right to walk away. Some of you did, and I don’t blame you. But many of you stayed and asked hard questions, and the Church is better for it.”

Margaret Brady, who has served on the parish pastoral council for 18 years, said Fr Geraghty had never hidden from difficult conversations.

“He’d knock on your door if you hadn’t been at Mass for a while, but not to give out,” she said. “He’d have the tea and ask about the children, and that was it.”

Another parishioner, Siobhán McGovern, said he had buried both her parents and baptised her three children.

“He’s part of every big day in our family. It won’t feel the same,” she said.

The Bishop of Kilmore, Most Rev Martin Connolly, said in a statement that Fr Geraghty had given “a lifetime of faithful and humble service”.

Fr Geraghty will be succeeded by Fr Tomás Ó Raghallaigh, who will also take responsibility for the neighbouring parish of Templeport, a sign of the diocese’s shrinking number of priests.

Asked what he would do in retirement, the outgoing parish priest said he planned to move in with his sister in Mullingar and “finally learn to play golf badly”.

“I’ve been saying Mass every day for 41 years. I’ll still say it. I just won’t have to count the collection afterwards,” he said.''',
 [("I came here in 1999 thinking", "Seamus Geraghty"),
  ("carrying me through the hard years", "Seamus Geraghty"),
  ("There were Sundays I stood up", "Seamus Geraghty"),
  ("You had every right to walk", "Seamus Geraghty"),
  ("He’d knock on your door if", "Margaret Brady"),
  ("He’d have the tea and ask", "Margaret Brady"),
  ("He’s part of every big day", "Siobhán McGovern"),
  ("a lifetime of faithful and humble", "Martin Connolly"),
  ("finally learn to play golf badly", "Seamus Geraghty"),
  ("I’ve been saying Mass every day", "Seamus Geraghty")]),

# 8 -- Canadian daily, mosque food bank during Ramadan; straight quotes; Imam title, said X with role, two young women volunteers, unnamed man in line, councillor, multilingual sign
('''MISSISSAUGA, Ont. — Every evening this month, as the sun sets and the call to prayer sounds, volunteers at the Al-Noor Islamic Centre hand out hundreds of hot meals — and not only to Muslims breaking their fast.

The centre, which opened a permanent food bank in its basement last fall, has extended its hours for Ramadan and is serving about 400 people a night, up from 150 a year ago.

"Ramadan is about feeling hunger so that you remember those who feel it every day," said Imam Abdullahi Warsame, who has led the congregation since 2014. "It would make no sense for us to fast and then close the door on our neighbours."

Warsame said roughly half the people now coming to the food bank are not Muslim. Many are international students, he said, and a growing number are seniors on fixed incomes.

"We don't ask anyone's religion. We ask how many people are in your family," he said.

The volunteer corps has grown to more than 120, many of them high school and university students. Hafsa Qureshi, 19, a nursing student at the University of Toronto Mississauga, coordinates the evening shift.

"My friends think I'm crazy doing this while fasting, but honestly, it's the best part of my day," Qureshi said.

Her co-coordinator, Amina Jibril, 22, said the work had changed how she sees her own city.

"You grow up here and think everybody's fine," she said. "Then you meet a grandmother who's been eating one meal a day since January."

Among those in line Tuesday was one man, a retired bus driver, who said he had lived in the neighbourhood for 30 years and never set foot inside the mosque until a neighbour told him about the food bank.

"They treat you like a guest, not like a charity case," the man said. "I'll tell you, I've been in a lot of church basements that weren't this friendly."

Ward councillor Diane Castellanos, who visited the centre last week, said the city was looking at ways to support community-run food programs with space and funding.

"Places like Al-Noor are doing work the system isn't doing," she said.

A sign by the basement entrance, written in English, Arabic, Urdu, Somali and Tamil, reads simply: "Everyone welcome. Take what you need."

The food bank will return to its regular Tuesday and Saturday hours after Eid.''',
 [("Ramadan is about feeling hunger so", "Abdullahi Warsame"),
  ("It would make no sense for", "Abdullahi Warsame"),
  ("We don't ask anyone's religion.", "Abdullahi Warsame"),
  ("My friends think I'm crazy doing", "Hafsa Qureshi"),
  ("You grow up here and think", "Amina Jibril"),
  ("Then you meet a grandmother who's", "Amina Jibril"),
  ("They treat you like a guest,", "~man"),
  ("I'll tell you, I've been", "~man"),
  ("Places like Al-Noor are doing work", "Diane Castellanos"),
  ("Everyone welcome. Take what you need.", None)]),

# 9 -- UK church weekly, bishop's diocesan synod speech on food banks; British single quotes; partial quotes, Canon title, anonymous lay member, government department spokesperson
('''The Bishop of Wexham has accused the Government of treating food banks as 'a permanent part of the welfare state' and called on parishes to stop 'quietly absorbing' the consequences of policy decisions.

Addressing the diocesan synod on Saturday, the Rt Revd Dr Jonathan Redfern said that churches in the diocese now ran or hosted 47 food banks, compared with six in 2010.

'When we started, we told ourselves this was an emergency measure. Fifteen years later, it is infrastructure. We have become part of the system, and I am not sure we have noticed,' he said.

Dr Redfern said that he was not criticising volunteers, whom he described as 'the best of us'. But he urged synod members to 'ask the uncomfortable question of why the queue keeps getting longer'.

'Charity is a Christian duty. It is not a substitute for justice. If we hand out tins on a Tuesday and say nothing on a Sunday, we have done half of what the Gospel asks,' he said.

The speech drew a standing ovation from some members of the synod, though others expressed unease. Canon Rosalind Achebe, Rector of St Luke's, Wexham Vale, said afterwards that she agreed with the Bishop's diagnosis but was uneasy about the tone.

'We have people in our pews who vote every which way, and some of them are running our food banks. I don't want them to feel they have been told off,' she said.

A lay member of the synod, who asked not to be named, was more critical. 'It is not the Bishop's job to write manifestos,' she said.

A spokesperson for the Department for Work and Pensions said: 'We are spending billions on support for people on low incomes this year, and we have increased the National Living Wage. We are committed to reducing reliance on emergency food parcels.'

Hannah Ellery, who coordinates the Wexham Food Network, a partnership of 31 food banks, said that demand had risen by a fifth in a year.

'The Bishop has said out loud what our volunteers say to each other every week,' she said.

The synod also approved a motion asking every parish to mark a Poverty Sunday each autumn.''',
 [("a permanent part of the welfare", "Jonathan Redfern"),
  ("quietly absorbing", "Jonathan Redfern"),
  ("When we started, we told ourselves", "Jonathan Redfern"),
  ("the best of us", "Jonathan Redfern"),
  ("ask the uncomfortable question of why", "Jonathan Redfern"),
  ("Charity is a Christian duty. It", "Jonathan Redfern"),
  ("We have people in our pews", "Rosalind Achebe"),
  ("It is not the Bishop's job", "~member"),
  ("We are spending billions on support", "Department for Work and Pensions"),
  ("The Bishop has said out loud", "Hannah Ellery")]),

# 10 -- Indian English daily, gurdwara langar feeding flood victims in Punjab; straight quotes; Bhai title, said X / X told reporters, two women named Kaur, banner slogan
('''GURDASPUR: As floodwaters from the swollen Ravi submerged villages across the district this week, the community kitchen at Gurdwara Sri Guru Singh Sabha in Dera Baba Nanak has been running round the clock, serving over 15,000 meals a day to stranded families.

Volunteers, many of them from villages that are themselves under water, have been ferrying food in tractor-trolleys and on boats to places the administration's rescue teams have not yet reached.

"This is what the langar is for. Guru Nanak Dev ji started it so that nobody would sleep hungry, whatever their caste or religion," said Bhai Harpreet Singh, the head granthi of the gurdwara. "We are only doing our duty."

He said the gurdwara had received donations of atta, dal and milk powder from as far away as Ludhiana and Canada.

Gurpreet Kaur, 38, who has been making rotis in shifts since Monday, said her own house in Ghonewal village had been flooded up to the windows.

"My children are at my sister's place. My husband is on the boats," she said. "What will I do sitting at home? Here at least my hands are busy."

Jaswinder Kaur, a retired schoolteacher who coordinates the women volunteers, said about 300 women were working in the kitchen each day. "Nobody has called them. They just come," she said.

Deputy Commissioner Sukhwinder Grewal said the district administration was coordinating with the gurdwara and other religious bodies to reach cut-off areas.

"The community response has been remarkable. In some villages the gurdwara volunteers reached before we did, and we are not ashamed to say it," Mr Grewal told reporters on Wednesday.

He said 22 relief camps had been set up and NDRF teams had evacuated more than 4,000 people.

At a relief camp in a government school in Kalanaur, residents complained that drinking water was running short. "We got food from the gurdwara, but no clean water for two days," said Kuldeep Singh Bajwa, 72, a farmer.

A banner across the gurdwara gate read "Sarbat da bhala", well-being for all.

"Our rule is simple. If someone is hungry, you feed him first and ask questions later," Bhai Harpreet Singh said.''',
 [("This is what the langar is", "Harpreet Singh"),
  ("We are only doing our duty.", "Harpreet Singh"),
  ("My children are at my sister's", "Gurpreet Kaur"),
  ("What will I do sitting at", "Gurpreet Kaur"),
  ("Nobody has called them. They just", "Jaswinder Kaur"),
  ("The community response has been remarkable.", "Sukhwinder Grewal"),
  ("We got food from the gurdwara,", "Kuldeep Singh Bajwa"),
  ("Sarbat da bhala", None),
  ("Our rule is simple. If someone", "Harpreet Singh")]),

# 11 -- Reuters-style wire, archdiocese parish closures and protest; curly quotes; chant, pastoral letter ("wrote"), named spokeswoman, anonymous pastor, said X with age
('''DETROIT (Reuters) — Hundreds of Catholics marched around a shuttered church on Detroit’s east side on Sunday, chanting “Save our parish” and carrying photographs of weddings and baptisms celebrated there, a day after the Archdiocese of Detroit said it would close or merge 38 parishes over the next two years.

Archbishop Edward Mulcahy announced the plan in a letter read at Masses across the archdiocese on Saturday evening and Sunday, saying the church had “more buildings than we have priests, people or money to sustain.”

“I know this letter will bring grief to many of you. I feel it too. But I would be failing you as your shepherd if I allowed us to drift into a future where parishes close one by one, without a plan, because the roof has fallen in or the last priest has retired,” Mulcahy wrote.

The archdiocese said Mass attendance had fallen by 41 percent since 2000 and that 172 active priests now serve 216 parishes.

Among the churches slated to close is St. Casimir, a red-brick parish founded by Polish immigrants in 1912, where Sunday’s protest began.

“My grandfather helped lay these bricks,” said Theresa Wozniak, 66, holding a framed photograph of her parents on their wedding day outside the church in 1955. “They want to turn it into a parking lot or sell it to a developer. Over my dead body.”

Archdiocese spokeswoman Christine Ng said no decision had been made about the future of the buildings.

“Every parish community will be accompanied through this process. Nobody is being abandoned,” Ng said, adding that sacramental records, statues and other sacred items would in many cases move with parishioners to their new parishes.

Some priests have privately voiced frustration with the process. One pastor whose parish will merge with two others, and who asked not to be named because he was not authorized to speak publicly, said the consultation had been “a box-ticking exercise.”

“We were asked for input in 2023, and then we heard nothing until the letter,” he said.

Other parishioners said they understood the reasons.

“Our church has 60 people on a Sunday and a heating bill of $40,000 a year. I love it, but I can do the math,” said Luis Barrientos, a parish council member at St. Bernadette, which will merge with a larger parish in Hamtramck.''',
 [("Save our parish", None),
  ("more buildings than we have priests,", "Edward Mulcahy"),
  ("I know this letter will bring", "Edward Mulcahy"),
  ("My grandfather helped lay these bricks", "Theresa Wozniak"),
  ("They want to turn it into", "Theresa Wozniak"),
  ("Every parish community will be accompanied", "Christine Ng"),
  ("a box-ticking exercise.", "~pastor"),
  ("We were asked for input in", "~pastor"),
  ("Our church has 60 people on", "Luis Barrientos")]),

# 12 -- Kenyan daily, drought and a mission clinic; straight quotes; Sister/Sr title, "the nun said", told the BBC, herder via interpreter, government agency statement, split quote
('''NAIROBI - Aid agencies have warned that more than two million people in northern Kenya face acute hunger after a fourth consecutive failed rainy season, as a church-run clinic in Marsabit County reports a sharp rise in malnourished children.

At St Joseph's Mission Clinic in Laisamis, Sister Mary Wanjiru, a nurse and member of the Franciscan Sisters of Mercy, said the clinic had admitted 46 children with severe acute malnutrition in August, compared with nine in the same month last year.

"Mothers are walking 30 kilometres with a child on their back because they heard we have milk. Some arrive too late. We buried two children last week," Sr Wanjiru said.

She said the clinic was running low on therapeutic food and had not received a delivery since mid-July because of insecurity on the roads.

"We are not asking for miracles. We are asking for trucks," the nun said.

The chief executive of Hope for Drylands, a Nairobi-based charity, David Lentoimaga, told the BBC's Focus on Africa programme that the international response had been "painfully slow".

"Everybody is looking at other crises, and I understand that. But hunger here does not wait for the news cycle. By the time the pictures reach television, it is already too late for many families," Mr Lentoimaga said.

Herders in the area say they have lost most of their livestock.

"I had 120 goats. Now I have 11. When the animals die, the children stop drinking milk, and that is how it starts," said Ltipalei Lengewa, a 54-year-old herder from Korr, speaking in Samburu through an interpreter.

The National Drought Management Authority said in a statement on Tuesday that it had released Sh450 million for cash transfers and water trucking in 23 arid and semi-arid counties.

"The Government is committed to ensuring that no Kenyan dies of hunger," the statement said.

Marsabit Woman Representative Fatuma Golicha said the funds were welcome but insufficient. "We need food in the villages this week, not in the budget next year," she said.

Back at the clinic, Sr Wanjiru said the sisters would stay as long as there were children to treat. "God has not abandoned Marsabit," she said, "and neither will we."''',
 [("Mothers are walking 30 kilometres with", "Mary Wanjiru"),
  ("We are not asking for miracles.", "Mary Wanjiru"),
  ("painfully slow", "David Lentoimaga"),
  ("Everybody is looking at other crises,", "David Lentoimaga"),
  ("I had 120 goats. Now I", "Ltipalei Lengewa"),
  ("The Government is committed to ensuring", "National Drought Management Authority"),
  ("We need food in the villages", "Fatuma Golicha"),
  ("God has not abandoned Marsabit", "Mary Wanjiru"),
  ("and neither will we.", "Mary Wanjiru")]),

# 13 -- UK charity-sector trade press, chief executive resigns amid regulator case; curly quotes; email to staff ("she wrote"), regulator spokesperson, chair, anonymous worker told the outlet, LinkedIn post
('''The chief executive of the youth homelessness charity Open Door Trust has resigned with immediate effect, weeks after the Charity Commission opened a regulatory compliance case into the charity’s governance.

Andrea Holloway, who had led the Leeds-based organisation since 2017, announced her departure in an email to staff on Monday morning.

“It has been the privilege of my working life to lead this organisation,” she wrote. “I have decided that it is right for me to step aside so that the trust can move forward without distraction.”

The commission opened its case in March after concerns were raised about the award of a £240,000 refurbishment contract to a company linked to a former trustee.

A spokesperson for the Charity Commission said: “We are engaging with the trustees of Open Door Trust to assess how they are managing potential conflicts of interest. Opening a regulatory compliance case is not a finding of wrongdoing.”

Open Door’s chair, Michael Tennant, thanked Holloway for her “energy, vision and dedication” and said the board had appointed Fiona Marchetti, currently director of services, as interim chief executive.

“Andrea has transformed this charity,” Tennant said. “Under her leadership we have doubled the number of young people we house each year. The board accepts that there are lessons to learn about our governance, and we are cooperating fully with the commission.”

Staff described a tense atmosphere in recent weeks. One project worker, who asked not to be named, told Third Sector: “People are worried about their jobs, and they are worried about the young people. Nobody has told us anything.”

Marchetti said her priority was to reassure the 140 young people living in the charity’s supported housing.

“Nothing changes for them,” she said. “The lights stay on, the key workers are still there and the doors stay open.”

Holloway, a former social worker, was appointed OBE in 2022 for services to young people. The charity had income of £11.3m in the year to March 2024, according to its most recent accounts.

In a post on LinkedIn on Monday afternoon, the former chief executive said she was “proud, sad and ready for a long rest”.''',
 [("It has been the privilege of", "Andrea Holloway"),
  ("I have decided that it is", "Andrea Holloway"),
  ("We are engaging with the trustees", "Charity Commission"),
  ("energy, vision and dedication", "Michael Tennant"),
  ("Andrea has transformed this charity", "Michael Tennant"),
  ("Under her leadership we have doubled", "Michael Tennant"),
  ("People are worried about their jobs,", "~worker"),
  ("Nothing changes for them", "Fiona Marchetti"),
  ("The lights stay on, the key", "Fiona Marchetti"),
  ("proud, sad and ready for a", "Andrea Holloway")]),

# 14 -- New Zealand community paper, church-born community garden; straight quotes; said X who chairs, Pastor title, child gardener, councillor split quote, gate sign
('''A patch of unused council land in Porirua has become one of the busiest spots in the neighbourhood, two years after a group of locals asked if they could plant a few vegetables there.

The Cannons Creek Kai Garden now has 64 raised beds, a fruit orchard, a worm farm and a waiting list of 30 families. Last season it grew more than four tonnes of produce, most of it given away through local churches and the marae.

"We started with six beds and a borrowed wheelbarrow. Now we've got grandparents teaching their mokopuna how to plant kūmara and Samoan aunties swapping seedlings with Somali families. It's become a village," said Mere Tautahi, who chairs the trust that runs the garden.

Tautahi said the idea came from a conversation at church.

"The pastor asked who couldn't afford fresh vegetables, and about half the room put their hands up. So we thought, well, let's grow our own," she said.

Pastor Sione Faleolo of Porirua East Pacific Church said the garden had brought together people who would otherwise never have met.

"On Sunday we pray for our daily bread. On Saturday we go and dig for it," Faleolo said.

Volunteer Abdi Hassan, 41, who arrived in New Zealand as a refugee in 2015, looks after the tomatoes.

"My father was a farmer in Somalia. When I put my hands in the soil here, I feel close to him," he said.

Some of the youngest gardeners are from Cannons Creek School, whose pupils visit every Thursday. "I grew a pumpkin as big as my head. Next year I'm going to grow a bigger one," said 8-year-old Tama Ruatapu.

Porirua City Council has agreed to lease the land to the trust for a nominal $1 a year for the next decade.

"This is exactly the kind of thing council land should be used for," said councillor Josephine Aumua. "The community did the hard work. All we had to do was get out of the way."

A hand-painted sign at the gate reads "Grow what you can, share what you grow."

Tautahi said the trust was now looking for a second site. "The waiting list tells us everything," she said.''',
 [("We started with six beds and", "Mere Tautahi"),
  ("The pastor asked who couldn't afford", "Mere Tautahi"),
  ("On Sunday we pray for our", "Sione Faleolo"),
  ("My father was a farmer in", "Abdi Hassan"),
  ("I grew a pumpkin as big", "Tama Ruatapu"),
  ("This is exactly the kind of", "Josephine Aumua"),
  ("The community did the hard work.", "Josephine Aumua"),
  ("Grow what you can, share what", None),
  ("The waiting list tells us everything", "Mere Tautahi")]),

# 15 -- Swiss English-language service, Tibetan monastery's 50th anniversary; curly quotes; letter from the Dalai Lama's office ("the letter said"), Geshe title, split quote, mayor partial quote, mantra on prayer flags
('''WINTERTHUR, Switzerland — Monks in maroon robes and Swiss schoolchildren in Tibetan dress stood side by side on Saturday as the Chökhor Ling monastery marked 50 years since it was founded by refugees who fled to Switzerland in the 1960s.

About 800 people attended the anniversary ceremony, including three generations of the Tibetan families who settled in eastern Switzerland after the 1959 uprising in Lhasa.

“When my grandparents arrived, they had nothing but their prayer beads and the clothes they wore,” said Dolma Tsering, president of the Tibetan Association of Eastern Switzerland. “Swiss farmers gave them work. Swiss families gave them rooms. This monastery is how they said thank you.”

The Office of His Holiness the Dalai Lama sent a letter of congratulation, which was read aloud in Tibetan and German during the ceremony.

“For half a century this small monastery has kept the flame of Tibetan culture burning far from the Land of Snows. It has also shown that a refugee community can give as much to its new home as it receives,” the letter said.

The abbot, Geshe Lobsang Tenzin, 67, who came to Winterthur from a monastery in southern India in 1998, said the greatest challenge now was passing on the language.

“The young people speak Swiss German, French, English — their Tibetan is sometimes better than I expect, sometimes worse,” he said, smiling. “But the heart is still Tibetan. That is what we must protect.”

Tenzin Yangchen, 24, a medical student in Zurich whose parents were both born in Switzerland, led a group of teenagers in a traditional dance.

“People ask where I’m from, and I say Winterthur. Then they ask where I’m really from. Both answers are true,” she said.

The mayor of Winterthur, Urs Brändli, told the gathering that the city was “proud to be home to this monastery and to its people”.

Pema Dhondup, 81, who arrived in Switzerland as a 15-year-old in 1963 and worked for 40 years in a textile factory, sat in the front row.

“I was a boy when I came. Now I am an old man, and I still pray every morning that I will see Lhasa again. Maybe I won’t, but my grandchildren will,” he said.

Prayer flags strung across the courtyard carried the mantra “Om mani padme hum.”''',
 [("When my grandparents arrived, they had", "Dolma Tsering"),
  ("Swiss farmers gave them work.", "Dolma Tsering"),
  ("For half a century this small", "Office of His Holiness the Dalai Lama"),
  ("The young people speak Swiss German,", "Lobsang Tenzin"),
  ("But the heart is still Tibetan.", "Lobsang Tenzin"),
  ("People ask where I’m from, and", "Tenzin Yangchen"),
  ("proud to be home to this", "Urs Brändli"),
  ("I was a boy when I", "Pema Dhondup"),
  ("Om mani padme hum.", None)]),

# 16 -- Scottish daily, two Church of Scotland congregations merge; British single quotes; the Rev, split quotes, petition wording, quote continuing in next paragraph with no cue, church statement, teenager
('''Two Church of Scotland congregations in Dundee which have worshipped a quarter of a mile apart for more than 150 years are to merge, and one of the buildings is likely to be sold.

Members of Hilltown Parish Church and Baxter Park Parish Church voted on Sunday to unite as a single congregation under presbytery plans to reduce the number of buildings and ministers across the city.

The Rev Callum Fraser, who will become minister of the united charge, said the decision had been 'agonising but right'.

'Nobody joins the Kirk to close churches,' he said. 'But we have two buildings, both with leaking roofs, both heated for two hours a week, and between them fewer people than either had on its own 20 years ago. We can spend our money on slates or on people, and I know which the Gospel asks of us.'

The vote was 112 in favour and 41 against.

Among those who voted against was Margaret Kidd, 79, an elder at Baxter Park for 35 years.

'I was baptised in that font, I was married at that altar and my husband's funeral was there,' she said. 'They keep telling us it's only a building. It's not only a building to me.'

A petition signed by 620 local residents had called on the presbytery to 'keep Baxter Park open as a place of worship for future generations'.

Isla Fergusson, the session clerk at Hilltown, said she understood the anger.

'There are people in both congregations who are grieving, and we have to respect that,' she said.

'But I've also seen what happens when a congregation hangs on too long. You end up with ten people in a freezing church and no money to do anything but survive.'

The Church of Scotland said in a statement that presbyteries across the country were 'making difficult decisions to ensure the Church remains sustainable and able to serve every community in Scotland'.

Mr Fraser said the united congregation would worship at Hilltown from September and a working group would consider the future of the Baxter Park building, including possible community use.

One suggestion has come from the youth group. Rory Paterson, 16, said the church's high ceiling made it ideal for a climbing wall. 'It's got the height for it, and there's nowhere to climb in this part of Dundee,' he said.

The presbytery is expected to ratify the vote next month.''',
 [("agonising but right", "Callum Fraser"),
  ("Nobody joins the Kirk to close", "Callum Fraser"),
  ("But we have two buildings, both", "Callum Fraser"),
  ("I was baptised in that font,", "Margaret Kidd"),
  ("They keep telling us it's only", "Margaret Kidd"),
  ("keep Baxter Park open as a", None),
  ("There are people in both congregations", "Isla Fergusson"),
  ("But I've also seen what happens", "Isla Fergusson"),
  ("making difficult decisions to ensure the", "Church of Scotland"),
  ("It's got the height for it,", "Rory Paterson")]),

# 17 -- US local paper feature, soup-kitchen volunteer turns 90; straight quotes; Father title, "the priest said", "the 90-year-old said", partial quote, first-name-only guest, granddaughter
('''SCRANTON — Every Wednesday for 38 years, Evelyn Kowalczyk has arrived at the St. Vincent Community Kitchen at 7 a.m. sharp, tied on an apron and started peeling potatoes.

This Wednesday she did it again — on her 90th birthday.

"I don't know what else I'd do on a Wednesday. Sit home and watch the news? No thank you," Kowalczyk said, waving off the balloons staff had tied to her chair.

The kitchen, run by the Lackawanna Interfaith Hunger Coalition, serves about 250 hot lunches a day, five days a week.

Kowalczyk started volunteering in 1987, a year after her husband, Stanley, died of a heart attack at 54.

"I was lonely and I was angry at God. Somebody from church told me to come help for one day, and I've been coming back ever since," she said.

Kitchen manager Tonya Reese said Kowalczyk had trained "probably a thousand volunteers, and scared about half of them."

"She has standards," Reese said, laughing. "You do not cut the carrots wrong in Evelyn's kitchen. But every guest who walks through that door, she knows their name, she knows their kids' names, she knows if they've been sick."

Regular guests lined up to hug her as lunch was served. A man named Curtis, who said he has eaten at the kitchen most weekdays for six years, brought a card signed by more than 40 guests.

"She's the reason I keep coming back, honestly. The food's good. She's better," he said.

Father Anthony Ruggiero, pastor of nearby St. Hedwig Parish, where Kowalczyk has attended Mass since childhood, blessed her at a short ceremony before lunch.

"Evelyn has preached more sermons with a potato peeler than I have from the pulpit," the priest said.

Kowalczyk's granddaughter, Jenna Kowalczyk-Burns, 34, a nurse, drove up from Philadelphia for the celebration.

"Growing up, we thought everybody's grandma worked at a soup kitchen. I didn't realize until I was older how unusual she is," she said.

Asked how long she plans to keep going, Kowalczyk shrugged.

"Until they carry me out. And then I'll probably haunt the place," the 90-year-old said.''',
 [("I don't know what else I'd", "Evelyn Kowalczyk"),
  ("I was lonely and I was", "Evelyn Kowalczyk"),
  ("probably a thousand volunteers, and scared", "Tonya Reese"),
  ("She has standards", "Tonya Reese"),
  ("You do not cut the carrots", "Tonya Reese"),
  ("She's the reason I keep coming", "Curtis"),
  ("Evelyn has preached more sermons with", "Anthony Ruggiero"),
  ("Growing up, we thought everybody's grandma", "Jenna Kowalczyk-Burns"),
  ("Until they carry me out.", "Evelyn Kowalczyk")]),

# 18 -- Reuters-style Vatican story, assembly on women's roles; curly quotes; Cardinal told reporters, Sister, reform-group spokeswoman split quote, bishop's post on X, named Vatican spokesman, banner
('''VATICAN CITY (Reuters) — A month-long Vatican assembly of bishops and lay Catholics ended on Saturday with a call for women to be given greater decision-making roles in the Church, but stopped short of recommending that they be ordained as deacons, disappointing reform groups.

Cardinal Joaquim Ferreira of Brazil, who chaired the committee that drafted the final document, defended the outcome.

“We have listened, and we have heard. Not every question can be answered in one month, and some will need more prayer, more study and more time,” Ferreira told reporters at a news conference.

Sister Catherine Mwangi, a Kenyan member of the Missionary Sisters of Our Lady of Africa and one of 54 women with voting rights at the assembly, said she was disappointed but not discouraged.

“Thirty years ago, a woman religious would not have been in this hall at all, let alone voting. I will not pretend the result on the diaconate is what I hoped for. But the door is not closed,” she said.

Kathrin Vogel, a spokeswoman for the reform network Voices of the Faithful Europe, called the outcome “another postponement dressed up as progress.”

“Women are running parishes in the Amazon, running hospitals in Africa, running schools everywhere,” Vogel said. “They are told they are essential, and then told to wait.”

Bishop Piotr Zalewski of Poland, who had argued against any change, wrote on X that the assembly had “rightly guarded the apostolic tradition.”

Vatican spokesman Paolo Ricci said the Pope would study the final document and was expected to publish his own reflections “in the coming months.”

“The Holy Father has followed the discussions closely. He was present for many of the sessions and has received every intervention in writing,” Ricci said.

Outside St. Peter’s Square, a small group of demonstrators held a banner reading “Ordain Women Now.”

Asked what she would tell Catholic women at home in Kenya, Mwangi smiled. “Keep knocking,” she said.''',
 [("We have listened, and we have", "Joaquim Ferreira"),
  ("Thirty years ago, a woman religious", "Catherine Mwangi"),
  ("another postponement dressed up as progress", "Kathrin Vogel"),
  ("Women are running parishes in the", "Kathrin Vogel"),
  ("They are told they are essential,", "Kathrin Vogel"),
  ("rightly guarded the apostolic tradition", "Piotr Zalewski"),
  ("in the coming months", "Paolo Ricci"),
  ("The Holy Father has followed the", "Paolo Ricci"),
  ("Ordain Women Now", None),
  ("Keep knocking", "Catherine Mwangi")]),

# 19 -- US local paper, interfaith vigil after arson at a mosque; straight quotes; Imam, Rabbi and the Rev., fire department statement, chant, mayor partial quote, "the high school junior said", banner
('''FAIRVIEW — More than 500 people filled the parking lot of the Islamic Society of Greater Fairview on Sunday evening, holding candles and handmade signs, two days after a fire that investigators say was deliberately set gutted the mosque's prayer hall.

Imam Khalid Mansour thanked the crowd, many of whom he said had never visited the mosque before.

"Whoever did this wanted us to feel alone. Look around. We are not alone," Mansour said.

No one was injured in the fire, which broke out around 3 a.m. Friday. The Fairview Fire Department said in a statement that an accelerant had been found near a rear door and that the case had been referred to the FBI.

"We are treating this as a potential hate crime," the department said.

Rabbi Deborah Lindqvist of Congregation Or Chadash, a mile away, said her congregation had started a fund to help pay for repairs and had raised $18,000 since Saturday morning.

"Ten years ago, when someone spray-painted a swastika on our door, the first people who called us were from this mosque. You don't forget that. We are here to return the favor, and frankly it shouldn't be a favor. It should be what neighbors do," Lindqvist said.

The Rev. Angela Whitmore, pastor of Grace AME Church, led the crowd in a hymn and then in a chant of "Not in our town."

"Hate thrives in silence. So tonight we are going to be loud," Whitmore said.

Mayor Tom Kerrigan said the city would pay for additional police patrols at houses of worship "for as long as needed."

Many in the crowd were members of the mosque. Sana Iqbal, 16, said she had been afraid to go to school on Friday.

"I kept thinking, what if they come to our houses next? But then my teacher texted me that the whole class was coming tonight, and they did. They're right over there," the high school junior said.

A banner held up by students from Fairview High School read "Salaam, Shalom, Peace."

Mansour said Friday prayers would be held in the mosque's gymnasium until the prayer hall could be repaired.

"The building can be fixed. What matters is what we saw tonight," he said.''',
 [("Whoever did this wanted us to", "Khalid Mansour"),
  ("We are treating this as a", "Fairview Fire Department"),
  ("Ten years ago, when someone spray-painted", "Deborah Lindqvist"),
  ("Not in our town.", None),
  ("Hate thrives in silence. So tonight", "Angela Whitmore"),
  ("for as long as needed.", "Tom Kerrigan"),
  ("I kept thinking, what if they", "Sana Iqbal"),
  ("Salaam, Shalom, Peace.", None),
  ("The building can be fixed. What", "Khalid Mansour")]),

# 20 -- South African daily, Methodist presiding bishop's Easter sermon on corruption; curly quotes; opening partial quote, sermon quotes, government spokesperson, worshippers, "the bishop said", hymn title
('''JOHANNESBURG – The head of the Methodist Church of Southern Africa used his Easter Sunday sermon to launch a blistering attack on corruption in local government, saying officials who stole money meant for water and housing were “crucifying the poor all over again”.

Presiding Bishop Mandla Khumalo preached to about 3,000 worshippers at the Central Methodist Mission in the Johannesburg CBD.

“On Good Friday we remember that Jesus was sold for thirty pieces of silver. In this country, our children are being sold for tenders. A contract for a reservoir that is never built. A clinic that exists only on paper. That is a betrayal as old as Judas,” Khumalo said.

He singled out municipalities where residents have been without reliable water for months.

“When a mother in Hammanskraal has to buy water to bath her baby, while a councillor drives a German car paid for out of the water budget, do not tell me that is politics,” he said. “That is sin.”

The congregation interrupted him several times with applause and ululation.

Nomvula Sithole, spokesperson for the Department of Cooperative Governance and Traditional Affairs, said the government shared the bishop’s concern.

“Government has intervened in a number of municipalities, and several cases have been referred to the Special Investigating Unit. We welcome the voice of the church in the fight against corruption,” Sithole said.

Worshippers said the sermon reflected their daily frustrations.

“He is saying what we say in the taxi every day,” said Thandeka Mahlangu, 52, a domestic worker from Soweto. “But when the bishop says it, maybe they will listen.”

Another congregant, Sibusiso Dlamini, 29, an unemployed engineering graduate, was less convinced. “The church has been talking for 30 years. I want to see the church march,” he said.

Khumalo ended on a note of hope.

“Easter is not a story about defeat. The tomb was empty. Corruption is powerful, but it is not all-powerful,” the bishop said.

As the service closed, the choir led the congregation in the struggle hymn “Senzeni Na?”''',
 [("crucifying the poor all over again", "Mandla Khumalo"),
  ("On Good Friday we remember that", "Mandla Khumalo"),
  ("When a mother in Hammanskraal has", "Mandla Khumalo"),
  ("That is sin.", "Mandla Khumalo"),
  ("Government has intervened in a number", "Nomvula Sithole"),
  ("He is saying what we say", "Thandeka Mahlangu"),
  ("But when the bishop says it,", "Thandeka Mahlangu"),
  ("The church has been talking for", "Sibusiso Dlamini"),
  ("Easter is not a story about", "Mandla Khumalo")]),

# 21 -- English regional paper, hospice-shop volunteer wins national award; straight quotes; Mrs/Dr later mentions, awarding body citation, Facebook comments (one unnamed woman, one named), shop manager
('''A great-grandmother who has sorted donations at a hospice charity shop in Worcester every week for 30 years has been named volunteer of the year at a national awards ceremony.

Joan Pettifer, 86, began volunteering at the St Wulstan's Hospice shop in 1995, a year after the hospice cared for her husband, Ron, in his final weeks.

"They looked after Ron like he was royalty, and they looked after me too. I couldn't pay them back in money, so I thought I'd pay them back in Tuesdays," she said.

Mrs Pettifer estimates she has steamed, priced and hung more than 100,000 items of clothing, and she has become the shop's unofficial expert on vintage costume jewellery.

"You'd be amazed what people give away. We once had a brooch come in with a bag of old scarves, and it sold for £600 at auction," she said.

Hospice chief executive Dr Rachel Okonjo said Mrs Pettifer's shifts alone had raised an estimated £250,000 for patient care over three decades.

"Joan is the heart of that shop. Our shops and our nurses are part of the same mission, and Joan understands that better than anyone," Dr Okonjo said.

The award was presented by the Charity Retail Association at a ceremony in London on Thursday. In its citation, the association described Mrs Pettifer as "the embodiment of everything charity retail is about".

News of the award prompted dozens of messages on the hospice's Facebook page.

"Joan priced my wedding dress when I donated it after my divorce and told me it would make someone else very happy," wrote one woman. "She was right. Congratulations Joan!"

Another commenter, Darren Hughes, posted: "Best shop in Worcester because of this lady."

Shop manager Kerry Blundell, 41, said: "She's our secret weapon. Customers come in and ask for her by name, and on her day off they're disappointed to see me."

Mrs Pettifer said she had no plans to retire.

"My daughter keeps asking when I'm going to stop. I tell her, when people stop bringing in bags," she said.''',
 [("They looked after Ron like he", "Joan Pettifer"),
  ("You'd be amazed what people give", "Joan Pettifer"),
  ("Joan is the heart of that", "Rachel Okonjo"),
  ("the embodiment of everything charity retail", "Charity Retail Association"),
  ("Joan priced my wedding dress when", "~woman"),
  ("She was right. Congratulations Joan!", "~woman"),
  ("Best shop in Worcester because of", "Darren Hughes"),
  ("She's our secret weapon. Customers", "Kerry Blundell"),
  ("My daughter keeps asking when I'm", "Joan Pettifer")]),

# 22 -- Philippine daily, church typhoon relief in Eastern Visayas; curly quotes; typhoon name in quotes, "the archbishop said", priest told radio station, volunteers, evacuee split quote, wall signs, department statement
('''TACLOBAN CITY — Church volunteers in Eastern Visayas have distributed more than 40,000 food packs since Typhoon “Kardo” slammed into the region last week, as the Archdiocese of Palo appealed for donations for families whose homes were flattened.

Archbishop Florentino Dagohoy visited evacuation centers in Tanauan and Dulag on Tuesday, celebrating Mass in a school gymnasium crowded with displaced families.

“You have lost roofs, boats, rice fields. But you have not lost each other, and you have not lost God. We will rebuild together, as we did after Yolanda,” the archbishop said in his homily, delivered in Waray.

Fr. Ramon Eleazar, the archdiocese’s social action director, said the most urgent need was shelter.

“Our biggest need now is not canned goods but materials — nails, roofing sheets, tarpaulins,” the priest told radio station DZRH. “People want to go home. They cannot go home to a pile of wood.”

Volunteer Maricel Bacolod, 27, a public school teacher whose own house in Tanauan lost its roof, has been packing rice since Sunday.

“My house can wait a few days. There are families here who have nothing left at all, not even a change of clothes,” Bacolod said.

Another volunteer, Jerome Cinco, 19, a college student, said he had helped unload trucks for 14 hours on Monday.

“It’s tiring, but when you see the children smile over the biscuits, that is enough,” he said.

At the Tanauan gymnasium, Lorna Abueva, 58, a fish vendor, said her family of seven had been sleeping on cardboard.

“We are thankful for the food,” she said. “But we need to know when we can go back to our place.”

Handwritten signs on the gymnasium walls listed family names beneath the words “Salamat sa Dios” — thanks be to God.

The Department of Social Welfare and Development said it had released ₱35 million in aid to the region.

“DSWD is working closely with church groups and local government units to ensure that aid reaches all affected families,” the department said in a statement.''',
 [("You have lost roofs, boats, rice", "Florentino Dagohoy"),
  ("Our biggest need now is not", "Ramon Eleazar"),
  ("People want to go home.", "Ramon Eleazar"),
  ("My house can wait a few", "Maricel Bacolod"),
  ("It’s tiring, but when you see", "Jerome Cinco"),
  ("We are thankful for the food", "Lorna Abueva"),
  ("But we need to know when", "Lorna Abueva"),
  ("Salamat sa Dios", None),
  ("DSWD is working closely with church", "Department of Social Welfare and Development")]),

# 23 -- US denominational news service, Lutheran congregation votes to leave the ELCA; straight quotes; "what one member called", the Rev., scare quote, split quotes, bishop's statement, church sign
('''BRYAN, Texas — After 18 months of discernment, Bible studies and what one member called "some very long potlucks," the congregation of Peace Lutheran Church voted Sunday to leave the Evangelical Lutheran Church in America and join the more conservative North American Lutheran Church.

The vote was 187-64, exceeding the two-thirds majority required under the congregation's constitution.

"This was never about anger," said the Rev. Gregory Vance, who has served as pastor since 2011. "It was about where we believe Scripture is leading us. I have dear friends in the ELCA, and I will continue to pray for them."

The ELCA has allowed partnered gay and lesbian clergy since 2009, a decision that prompted hundreds of congregations to leave in the years that followed. Peace was one of the last in the Brazos Valley to take up the question.

Under synod rules, congregations that leave must negotiate with the synod over their buildings, and churches founded with synod help are often subject to a so-called "property clause." Vance said he expected Peace to keep its building, which the congregation bought outright in 1961.

Linda Haugen, 70, whose grandfather helped found the church in 1924, voted against leaving and said she would join an ELCA congregation across town.

"I'm heartbroken," Haugen said. "I was confirmed at that altar. But I can't follow where they're going, so I'll go where I can still feel at home."

Cheryl Ostrander, 45, who teaches Sunday school, voted with the majority. "For me this was about staying faithful to what I was taught. Nobody's kicking anybody out," she said.

Bishop Elena Marquez of the ELCA's Texas-Louisiana Gulf Coast Synod said in a statement that she was "saddened but respectful" of the decision.

"We grieve with those members of Peace who wish to remain in the ELCA, and we will walk with them. We also wish the congregation God's blessing," Marquez said.

The church sign out front, which has read "Peace Lutheran Church — ELCA" for as long as most members can remember, will be repainted this month.''',
 [("some very long potlucks", "~member"),
  ("This was never about anger", "Gregory Vance"),
  ("It was about where we believe", "Gregory Vance"),
  ("I'm heartbroken", "Linda Haugen"),
  ("I was confirmed at that altar.", "Linda Haugen"),
  ("For me this was about staying", "Cheryl Ostrander"),
  ("saddened but respectful", "Elena Marquez"),
  ("We grieve with those members of", "Elena Marquez"),
  ("Peace Lutheran Church — ELCA", None)]),

# 24 -- London local paper, synagogue and church run a joint winter night shelter; British single quotes; Rabbi and the Rev, split quotes, unnamed guest (partial then full quote), council spokesperson
('''A synagogue and a church in north London have joined forces to run a winter night shelter for rough sleepers, with volunteers from both congregations cooking, serving and sleeping over on alternate nights.

The shelter, which opened last week, offers 15 beds and moves between Hendon Park Synagogue and Christ Church, Church End, each week until the end of March.

'It started with a cup of coffee,' said Rabbi Joel Marcus of Hendon Park. 'Sarah and I were moaning about how many people we were stepping over on the way to the Tube, and one of us said, why don't we actually do something?'

The Rev Sarah Okoro, vicar of Christ Church, said the two congregations had quickly discovered they had complementary strengths.

'They have a brilliant kitchen. We have a hall with showers,' she said. 'Between us we have about 140 volunteers, which is more than either of us could have found on our own.'

Guests are referred by outreach workers and can stay for up to 12 weeks while caseworkers help them find longer-term housing. Kosher vegetarian meals are served in both buildings.

Volunteer coordinator Ruth Hadley said many of the volunteers had never met anyone from the other congregation before.

'On the first night there was a lot of polite hovering. By the third night a retired Anglican headmistress and a Jewish accountant were arguing about how long to boil pasta. That's when I knew it would work,' she said.

One guest, a former chef in his fifties who has been sleeping rough since losing his job and his flat last spring, said the shelter had given him 'a bit of dignity back'.

'You get a hot meal, a proper bed, and people talk to you like a person. On the street people walk past you like you're a bin,' he said.

A Barnet Council spokesperson said: 'We welcome the work of faith groups across the borough in supporting people sleeping rough, and our outreach team is working closely with the shelter.'

Rabbi Marcus said the project was rooted in scripture.

'There's a commandment in the Torah that comes up 36 times: love the stranger, because you were strangers in the land of Egypt. Thirty-six times. It's not a suggestion,' he said.

The shelter is still looking for volunteers for overnight shifts.''',
 [("It started with a cup of", "Joel Marcus"),
  ("Sarah and I were moaning about", "Joel Marcus"),
  ("They have a brilliant kitchen.", "Sarah Okoro"),
  ("Between us we have about 140", "Sarah Okoro"),
  ("On the first night there was", "Ruth Hadley"),
  ("a bit of dignity back", "~guest"),
  ("You get a hot meal, a", "~guest"),
  ("We welcome the work of faith", "Barnet Council"),
  ("There's a commandment in the Torah", "Joel Marcus")]),

# 25 -- US local paper, teaching nun's 60th jubilee; curly quotes; Sister and Father titles, homily partial quote then "he added", principal split quote, Facebook post, telephone interview, quilt inscription
('''FALL RIVER, Mass. — Sister Rosemary Quinlan has been teaching at St. Brendan’s School since 1966, when she wore a full habit, the school had 1,100 students and the sisters who taught there were paid $50 a month.

On Sunday, hundreds of former students, parents and fellow sisters gathered at St. Brendan’s Church to celebrate her 60th jubilee as a Sister of St. Joseph.

“I never planned to stay this long. Every September I think, one more year. And then it’s June and I’m crying at graduation again,” Sister Rosemary, 83, said before the Mass.

She taught third grade for two decades, then math to middle schoolers, and now tutors struggling readers three mornings a week.

Father Brian Costigan, the pastor, told the congregation in his homily that Sister Rosemary had “probably done more to form the faith of this parish than every pastor put together.”

“That includes me,” he added, drawing laughter.

Principal Dana Whitcomb was in Sister Rosemary’s third-grade class in 1979.

“She made you feel like the smartest kid in the room, even when you had just gotten every problem wrong,” Whitcomb said. “I became a teacher because of her. Half of our faculty could probably say the same.”

Many former students who could not attend posted tributes online. On the parish’s Facebook page, Kevin Mahoney, who graduated in 1988, wrote: “Sister Rosemary caught me cheating on a spelling test and made me write every word 50 times. Best thing that ever happened to me. Happy Jubilee Sister!”

Another former student, Teresa Gallo-Ruiz, now a surgeon in Boston, said Sister Rosemary had tutored her after school for free when her family arrived from Colombia knowing little English.

“My mother cleaned offices at night and couldn’t help me with homework. Sister sat with me every day until 5 o’clock, and I don’t think she ever told anyone,” Gallo-Ruiz said in a telephone interview.

Sister Rosemary waved away the tributes.

“They give me too much credit,” she said. “The kids did the work. I just wouldn’t let them quit.”

After Mass, students presented her with a handmade quilt stitched with the words “Once a Brendan’s kid, always a Brendan’s kid.”''',
 [("I never planned to stay this", "Rosemary Quinlan"),
  ("probably done more to form the", "Brian Costigan"),
  ("That includes me", "Brian Costigan"),
  ("She made you feel like the", "Dana Whitcomb"),
  ("I became a teacher because of", "Dana Whitcomb"),
  ("Sister Rosemary caught me cheating on", "Kevin Mahoney"),
  ("My mother cleaned offices at night", "Teresa Gallo-Ruiz"),
  ("They give me too much credit", "Rosemary Quinlan"),
  ("The kids did the work.", "Rosemary Quinlan"),
  ("Once a Brendan’s kid, always a", None)]),
]
# fmt: on

# fmt: off
STORIES_BZ = [
# 1 -- Canadian provincial by-election, Wikinews politics style, straight quotes; "X told supporters", campaign slogan, split-by-sentence quote after "he said", title before name with partial quote, "told CBC News", partial quote from a Twitter post, "said X" with follow-on quote
('''On Monday, Liberal candidate Danielle Arsenault won a provincial by-election in the New Brunswick riding of Kestrel Bay-Lamèque, taking the seat from the governing Progressive Conservatives by 414 votes, according to preliminary results from Elections New Brunswick.

Arsenault, a 46-year-old former school principal, received 4,112 votes to 3,698 for Progressive Conservative candidate Marc Thibodeau, a local fisheries consultant. The People's Alliance and Green Party candidates together took just under 1,300 votes. Turnout was 58 percent, unusually high for a by-election in the province.

"People here wanted someone who would fight for the hospital, and tonight they told us so," Arsenault told about 200 supporters at a community hall in Lamèque shortly after the result was announced.

The campaign centred on the planned end of overnight emergency services at Kestrel Bay Community Hospital, which the regional health authority announced in September, citing a shortage of physicians. Arsenault's campaign signs carried the slogan "Keep Our ER Open", which had first appeared on lawn signs put up by a citizens' committee over the summer.

Thibodeau conceded shortly after 10 p.m. "I congratulate Ms. Arsenault," he said in a brief address to volunteers. "The voters have spoken, and I respect that."

The seat became vacant in August when the previous member, Progressive Conservative Roland Gauvin, resigned for health reasons. The result leaves the governing party with 21 of the legislature's 49 seats, and increases pressure on the minority government ahead of a budget vote expected in the spring.

Health Minister Gordon LeBlanc described the result as "a local verdict on a local issue" and said the province had no plans to reverse the hospital decision.

"We have to staff our hospitals safely," LeBlanc told CBC News on Tuesday. "You cannot run an emergency department overnight without doctors, and that has not changed because of one by-election."

Monique Cormier, president of the New Brunswick Liberal Association, wrote on Twitter that the win was "a warning shot for this government on rural health care."

Nadine Robichaud, who chairs the citizens' committee that organised protests outside the hospital over the summer, said the issue had dominated conversations on the doorstep. "We knocked on every door in this riding," said Robichaud. "Nobody asked us about anything else."

Arsenault is expected to be sworn in before the legislature resumes sitting later this month.''',
 [("People here wanted someone who would", "Danielle Arsenault"),
  ("Keep Our ER Open", None),
  ("I congratulate Ms. Arsenault", "Marc Thibodeau"),
  ("The voters have spoken, and I", "Marc Thibodeau"),
  ("a local verdict on a local", "Gordon LeBlanc"),
  ("We have to staff our hospitals", "Gordon LeBlanc"),
  ("You cannot run an emergency department", "Gordon LeBlanc"),
  ("a warning shot for this government", "Monique Cormier"),
  ("We knocked on every door in", "Nadine Robichaud"),
  ("Nobody asked us about anything else", "Nadine Robichaud")]),

# 2 -- Indonesian floods and landslides, Wikinews disaster style, curly quotes; agency spokesman "told reporters" with uncued continuation paragraph, unnamed resident "told Reuters", regent "X said", two-paragraph quote from health chief, NGO statement partial quote, unnamed Red Cross volunteer speaking to Kompas
('''At least 23 people were killed and more than 9,000 displaced after flash floods and landslides struck Lembah Sari regency in the Indonesian province of West Sumatra on Wednesday, officials said.

“Heavy rain since Tuesday night caused the Batang Sari river to overflow its banks in at least six districts,” Raditya Wibisono, a spokesperson for the National Disaster Mitigation Agency (BNPB), told reporters in Jakarta on Thursday.

“Search teams are still looking for eleven people, most of them in villages buried by landslides.”

Wibisono said around 1,400 houses had been damaged, 300 of them severely, and that two bridges on the main road to the provincial capital, Padang, had collapsed. Soldiers and police were deployed to help with the search, and the agency sent two helicopters to drop food into villages cut off by the landslides.

In Koto Tinggi, one of the worst-hit villages, floodwater reached the eaves of houses within minutes. “The water came up to the roof in ten minutes,” one resident told Reuters. “We only had time to carry the children out.”

Regent Yulia Anggraini declared a 14-day state of emergency on Wednesday evening and ordered schools to be turned into shelters. “We need clean water, blankets and medicine more than anything else right now,” Anggraini said at a shelter in the regency seat.

Health officials warned of disease in the crowded evacuation centres. Dr. Hendra Saputra, who heads the regency health office, said staff had already treated dozens of people for respiratory infections.

“We are worried about diarrhoea and skin infections in the camps, because most of the wells are contaminated with mud.

“We have sent four mobile clinics, but the road to the upper villages is still cut, so for now the doctors are walking in,” Saputra said.

The Indonesian Forum for the Environment (Walhi) said in a statement that illegal logging and the expansion of oil palm plantations upstream had “stripped the hillsides bare” and made the area more vulnerable to landslides. The group called on the provincial government to review plantation permits issued in the watershed.

A volunteer with the Indonesian Red Cross, speaking to the newspaper Kompas, said conditions in Koto Tinggi remained difficult. “The mud is knee-deep everywhere and there are still people under it,” the volunteer said.

The BNPB said the rainy season was expected to continue until March, and warned people living in hill areas across West Sumatra to remain alert for further landslides.''',
 [("Heavy rain since Tuesday night caused", "Raditya Wibisono"),
  ("Search teams are still looking for", "Raditya Wibisono"),
  ("The water came up to the", "~resident"),
  ("We only had time to carry", "~resident"),
  ("We need clean water, blankets and", "Yulia Anggraini"),
  ("We are worried about diarrhoea and", "Hendra Saputra"),
  ("We have sent four mobile clinics", "Hendra Saputra"),
  ("stripped the hillsides bare", "Indonesian Forum for the Environment"),
  ("The mud is knee-deep everywhere and", "~volunteer")]),

# 3 -- Queensland council fraud sentencing, Australian court-report style, straight quotes; document wording in quotes, judge's partial quote and split quote ("Judge Moylan told him"), prosecutor with two sentences, defence barrister "Mr Rowe said", partial quote from a letter, victim "told the ABC", agency spokesperson statement
('''A former Queensland councillor has been sentenced to six years in prison for defrauding ratepayers and a junior sports club of more than $730,000.

Graham Pettigrew, 61, who served on the Wandilla Regional Council for 14 years, pleaded guilty in the District Court in Brisbane in September to 22 charges including fraud and forgery. He will be eligible for parole after two years.

Over four years, Pettigrew approved payments from the council to a company controlled by his brother-in-law for what invoices described as "strategic advisory services" that were never provided. He also took money from the Wandilla Junior Rugby League Club, where he was treasurer.

Sentencing him on Friday, Judge Catherine Moylan said the offending showed "a sustained and calculated dishonesty" that had damaged public trust in local government.

"You were trusted by the people of Wandilla," Judge Moylan told him, "and you repaid that trust by treating public money as your own."

Crown prosecutor Sarah Nguyen had argued for a sentence of at least seven years. "This was not a moment of weakness," Ms Nguyen told the court during sentencing submissions last month. "It went on for more than four years, and it stopped only because he was caught."

Defence barrister Anthony Rowe said his client had a gambling addiction and had already suffered serious consequences. "He has lost his reputation, his marriage and his home," Mr Rowe said.

In a letter tendered to the court, Pettigrew wrote that he was "deeply ashamed" and would spend the rest of his life trying to repay the money. Judge Moylan said she accepted his remorse was genuine but that it could not outweigh the need for deterrence.

Outside court, Lorraine Fitch, president of the junior rugby league club, said the theft had nearly forced the club to fold in 2018. "It's not about the money any more," she told the ABC. She said parents had spent two seasons running sausage sizzles and raffles to replace what had been taken, and some children had gone without new jerseys.

The case was investigated by the Crime and Corruption Commission after a council audit in 2018 identified irregular payments to the brother-in-law's company, which has since been deregistered.

"Public officials who misuse their positions will be investigated and prosecuted," a spokesperson for the Crime and Corruption Commission said in a statement.

The council has begun civil proceedings to recover the money.''',
 [("strategic advisory services", None),
  ("a sustained and calculated dishonesty", "Catherine Moylan"),
  ("You were trusted by the people", "Catherine Moylan"),
  ("and you repaid that trust by", "Catherine Moylan"),
  ("This was not a moment of", "Sarah Nguyen"),
  ("It went on for more than", "Sarah Nguyen"),
  ("He has lost his reputation, his", "Anthony Rowe"),
  ("deeply ashamed", "Graham Pettigrew"),
  ("It's not about the money any", "Lorraine Fitch"),
  ("Public officials who misuse their positions", "Crime and Corruption Commission")]),

# 4 -- Exoplanet discovery, Wikinews science style, curly quotes; lead author "told New Scientist" with uncued continuation paragraph, co-author split quote ("she said"), paper title, scare-quoted term, outside expert partial quote then "told Space.com", space agency statement partial, lead author again by surname
('''An international team of astronomers announced on Wednesday the discovery of a rocky planet orbiting within the habitable zone of a red dwarf star about 31 light-years from Earth. The findings were published in the journal Astronomy & Astrophysics.

The planet, designated TOI-2087 b, is estimated to be about 1.6 times the size of Earth and completes an orbit every 19 days. It was first detected by NASA’s Transiting Exoplanet Survey Satellite (TESS) as a small, regular dip in the star’s brightness, and its mass was then measured with the ESPRESSO spectrograph on the European Southern Observatory’s Very Large Telescope in Chile.

“It is one of the best targets we will have for the James Webb Space Telescope,” Léa Fournier of the University of Geneva, the study’s lead author, told New Scientist.

“Because the star is small and close, the planet’s atmosphere, if it has one, should leave a signal we can actually measure.”

Co-author Ingrid Solberg of the University of Oslo said the team had initially been sceptical. “We saw the signal in the first week of data,” she said, “and frankly we spent months trying to make it go away.”

The paper, titled “A temperate super-Earth transiting a nearby M dwarf”, lists 41 authors from institutions in nine countries.

The planet lies in the so-called “Goldilocks zone”, where temperatures could in principle allow liquid water to exist on the surface. Red dwarfs are, however, prone to violent flares that may strip away the atmospheres of closely orbiting planets.

Tomasz Wielgus, an astrophysicist at the Nicolaus Copernicus Astronomical Center in Warsaw who was not involved in the research, described the finding as “exciting but not yet conclusive” as far as the planet’s composition is concerned.

“The mass measurement still has large error bars, so we cannot rule out that this is a small gas planet rather than a rock,” Wielgus told Space.com.

NASA said in a statement that the planet would be “a priority target” for follow-up observations once the James Webb Space Telescope, scheduled for launch in 2021, begins science operations.

In the meantime, the team has applied for observing time on the Hubble Space Telescope to look for signs of hydrogen escaping from the planet. “We want to know whether the atmosphere survived the star’s early years,” Fournier said.''',
 [("It is one of the best", "Léa Fournier"),
  ("Because the star is small and", "Léa Fournier"),
  ("We saw the signal in the", "Ingrid Solberg"),
  ("and frankly we spent months trying", "Ingrid Solberg"),
  ("exciting but not yet conclusive", "Tomasz Wielgus"),
  ("The mass measurement still has large", "Tomasz Wielgus"),
  ("a priority target", "NASA"),
  ("We want to know whether the", "Léa Fournier")]),

# 5 -- League Two manager sacked, BBC Sport style with single quotes (British); club statement, chairman partial then "he told BBC Radio Kent" with second sentence, chant and banner, Instagram post "he wrote", captain partial, supporters' trust chair "she said" with follow-on sentence
('''Wexley Rovers have sacked manager Gary Holloway after a run of nine league games without a win left the club 22nd in League Two.

Holloway, 52, had been in charge since May 2017 and led the Kent side to the play-off semi-finals in his first season, but they have won only three league matches since August.

'The board would like to thank Gary for his hard work and commitment over the past two and a half years,' the club said in a statement on Sunday morning.

First-team coach Lee Brannigan will take charge of Tuesday's home game against Crawley Town, and the club said it hoped to appoint a permanent successor before the end of the month.

Chairman Peter Ashdown said the decision had been 'the hardest of my time at the club'.

'Results have not been good enough,' he told BBC Radio Kent. 'We are one place above the relegation zone and the supporters deserve better than that.'

Saturday's 3-0 home defeat by Port Vale was played out to chants of 'Ashdown out' from the home end, while a banner reading 'Twelve years of decline' was unfurled behind the goal early in the second half. Ashdown has owned the club since 2007.

Holloway thanked the players and fans in a post on Instagram on Sunday afternoon. 'Gutted it has ended this way, but I gave this club everything I had,' he wrote.

Club captain Jamie Okafor, speaking after Saturday's defeat, said the players 'have to take responsibility for where we are' and should not hide behind the manager.

Helen Marsh, chair of the Wexley Rovers Supporters' Trust, said fans' anger was directed at the boardroom rather than at Holloway.

'The problem is not the man in the dugout,' she said. 'It is the way this club has been run for more than a decade.'

The trust has called for an open meeting with the board before the January transfer window opens.''',
 [("The board would like to thank", "Wexley Rovers"),
  ("the hardest of my time at", "Peter Ashdown"),
  ("Results have not been good enough", "Peter Ashdown"),
  ("We are one place above the", "Peter Ashdown"),
  ("Ashdown out", None),
  ("Twelve years of decline", None),
  ("Gutted it has ended this way", "Gary Holloway"),
  ("have to take responsibility for where", "Jamie Okafor"),
  ("The problem is not the man", "Helen Marsh"),
  ("It is the way this club", "Helen Marsh")]),

# 6 -- Azores regional airline collapse, Wikinews business style, curly quotes; company statement, CEO "told the newspaper Público" with uncued continuation paragraph, official's partial quote, union board member "she said", unnamed passenger "told Reuters", airport sign, regulator partial, LinkedIn post
('''Atlântica Air, a regional airline based in Ponta Delgada in Portugal’s Azores islands, ceased operations on Thursday and filed for insolvency, stranding an estimated 4,000 passengers across the archipelago and mainland Portugal.

“It is with deep regret that we announce the immediate suspension of all flights,” the airline said in a statement posted on its website shortly after midnight. All 23 of its scheduled services on Thursday were cancelled.

The company, founded in 2011, operated six turboprop aircraft on inter-island routes and on services to Lisbon and Porto. It employed about 310 people and had been seeking new investors since the spring.

“We tried everything,” chief executive Rui Medeiros told the newspaper Público.

“Two investors walked away in the last month, and without them there was simply no money left to pay for fuel.”

Secretary of State for Infrastructure Joana Serrano said the government would “not use taxpayers’ money to rescue a private company”, but that the Portuguese Air Force and other carriers would help bring stranded residents home.

Sofia Lacerda, a board member of the Civil Aviation Pilots’ Union (SPAC), said staff had been given no warning. “Our members found out from the news, like everybody else,” she said.

At João Paulo II Airport in Ponta Delgada, the airline’s check-in desks were unstaffed on Thursday morning. “Nobody from the airline is here to tell us anything,” one passenger, who had been due to fly to Lisbon for a medical appointment, told Reuters. A handwritten sign taped to the counter read “All flights cancelled. Contact your travel agent.”

The National Civil Aviation Authority (ANAC) said passengers who had paid by credit card should seek refunds “through their card issuer”, because compensation claims against an insolvent airline were unlikely to be paid.

Catarina Brito, the airline’s former head of marketing, who left the company in the summer, wrote on LinkedIn: “Proud of every single one of you who kept this airline flying against the odds.”

The Azores regional government said it had chartered two aircraft from another carrier to operate the busiest inter-island routes until at least the end of the month.''',
 [("It is with deep regret that", "Atlântica Air"),
  ("We tried everything", "Rui Medeiros"),
  ("Two investors walked away in the", "Rui Medeiros"),
  ("not use taxpayers’ money to rescue", "Joana Serrano"),
  ("Our members found out from the", "Sofia Lacerda"),
  ("Nobody from the airline is here", "~passenger"),
  ("All flights cancelled. Contact your travel", None),
  ("through their card issuer", "National Civil Aviation Authority"),
  ("Proud of every single one of", "Catarina Brito")]),

# 7 -- Obituary of a Nigerian novelist, Wikinews obituary style, straight quotes; family statement from her son, two book titles, archive quote from a BBC interview ("she said:"), partial quote then "told Premium Times", fellow novelist "said X" with uncued continuation paragraph, ministry statement partial
('''Nigerian novelist Adaeze Nwankwo, whose books about women in post-independence Nigeria were translated into more than 20 languages, died on Sunday at her home in Enugu. She was 81.

"Our mother died peacefully at home on Sunday morning, surrounded by her grandchildren," her son, Emeka Nwankwo, said in a statement on behalf of the family. No cause of death was given.

Born in 1938 in Onitsha, Nwankwo trained as a teacher before publishing her first novel, "The Rain Has Ears", in 1964. The book, which follows a young widow's fight to keep her late husband's land, became a set text in secondary schools across West Africa.

Her best-known work, "A Market of Shadows" (1979), was set during the Nigerian Civil War and was shortlisted for several international prizes. She published eleven novels and three collections of short stories, and taught literature at the University of Nigeria, Nsukka, until her retirement in 2003.

Nwankwo often said she had begun writing out of frustration with the way women appeared in the fiction she read as a student. In a 1998 interview with the BBC World Service, she said: "I write about women because nobody else was doing it properly."

Ibrahim Danladi, president of the Association of Nigerian Authors, called her "the conscience of our literature".

"She taught two generations of us how to tell the truth without shouting," Danladi told Premium Times.

Novelist Folake Adeyemi, whose debut novel appeared in 2009, said Nwankwo had shaped her career. "I read her first book at fifteen and decided that day that I would be a writer," said Adeyemi.

"Every Nigerian woman who writes fiction today owes her something."

Nigeria's Federal Ministry of Information and Culture said in a statement that her work had "enriched the nation's literary heritage and given a voice to the voiceless".

She is survived by three children and nine grandchildren. Her husband, the historian Chukwuma Nwankwo, died in 2011. The family said a funeral would be held in Onitsha in December.''',
 [("Our mother died peacefully at home", "Emeka Nwankwo"),
  ("I write about women because nobody", "Adaeze Nwankwo"),
  ("the conscience of our literature", "Ibrahim Danladi"),
  ("She taught two generations of us", "Ibrahim Danladi"),
  ("I read her first book at", "Folake Adeyemi"),
  ("Every Nigerian woman who writes fiction", "Folake Adeyemi"),
  ("enriched the nation's literary heritage and", "Federal Ministry of Information and Culture")]),

# 8 -- Bus crash in Peru's Andes, wire-service style, curly quotes; police colonel "told RPP radio" with uncued continuation paragraph, unnamed survivor, hospital director "said Dr. X" then "she added", ministry statement partial, slogan painted on the bus and its translation, regional governor "she told reporters", unnamed relative "told El Comercio:"
('''At least 19 people were killed and 31 injured when a long-distance bus plunged about 150 metres into a ravine in Peru’s southern Ayacucho region early on Saturday, police said.

The bus, operated by Transportes Wari Express, was travelling from Lima to the city of Ayacucho with 52 passengers and two drivers when it left the road on a bend near the village of Ocros at about 4 a.m.

“The bus was going too fast on a curve and the driver lost control,” police colonel Jorge Quispe, head of the regional highway police, told RPP radio.

“The driver died at the scene. The second driver is among the injured and will be questioned when his condition allows.”

One survivor, speaking to América TV from a hospital bed, said she had been asleep when the bus left the road. “I heard a noise like an explosion and then everything turned over,” she said.

The injured were taken to the Regional Hospital of Ayacucho. “Seven of the injured are in critical condition, including two children,” said Dr. Rosa Huamán, the hospital’s director. “We have asked Lima to send more blood and another team of trauma surgeons,” she added.

Peru’s Ministry of Transport and Communications said in a statement that the company had “accumulated 14 unpaid fines for safety violations” since 2017, and that its operating licence had been suspended on Saturday afternoon.

Photographs from the scene showed the wreckage of the white bus lying on its roof, its side still painted with the company’s slogan, “Viaje seguro, viaje feliz” (“Travel safe, travel happy”).

Ayacucho regional governor Elsa Torres said the crash was the third fatal accident on the same stretch of road this year. “How many more people have to die on this road before Lima listens to us?” she told reporters.

One relative, waiting outside the morgue in the city of Ayacucho for news of her sister, told El Comercio: “They told us to wait, and we have been waiting since six in the morning.”

Road accidents kill around 3,000 people a year in Peru, according to government figures, and long-distance buses travelling overnight on narrow mountain roads account for many of the deadliest crashes.''',
 [("The bus was going too fast", "Jorge Quispe"),
  ("The driver died at the scene", "Jorge Quispe"),
  ("I heard a noise like an", "~survivor"),
  ("Seven of the injured are in", "Rosa Huamán"),
  ("We have asked Lima to send", "Rosa Huamán"),
  ("accumulated 14 unpaid fines for safety", "Ministry of Transport and Communications"),
  ("Viaje seguro, viaje feliz", None),
  ("Travel safe, travel happy", None),
  ("How many more people have to", "Elsa Torres"),
  ("They told us to wait, and", "~relative")]),

# 9 -- Teachers' pay march in Zagreb, Wikinews style, straight quotes; chant and banner, union leader "told the crowd", anonymous teacher "told Reuters:", minister partial then "told public broadcaster HRT", government spokesman "X said", parent "she said" with uncued continuation paragraph
('''Tens of thousands of teachers and supporters marched through central Zagreb on Saturday to demand higher pay, in the largest protest in the Croatian capital for several years. Police estimated the crowd at 25,000; organisers put it at more than 40,000.

Marchers walked from the main railway station to St. Mark's Square, where the government and parliament sit, chanting "Respect for teachers!" and carrying a giant banner that read "We teach your children. Pay us like it matters."

Teachers in primary and secondary schools across the country have been on a rolling strike for five weeks, demanding a six percent increase in the coefficient used to calculate their salaries. The government has argued that a larger rise would break its budget targets.

"We will not go back to the classrooms until the government keeps the promise it made to us two years ago," Branka Horvat, president of the Croatian Teachers' Union, told the crowd.

One teacher from Split, who asked not to be named because she feared disciplinary action, told Reuters: "I have twenty years of experience and I earn less than my nephew who stacks shelves in Germany."

Education Minister Vesna Kralj said the union's demands were "financially impossible this year" and accused union leaders of using pupils as a bargaining chip.

"We have offered three percent now and more next year, and that offer remains on the table," Kralj told public broadcaster HRT on Saturday evening.

Government spokesman Marko Šimić said the prime minister was prepared to meet union representatives next week. "The door to negotiations is open, and it has always been open," Šimić said.

Among the marchers was Ivana Perić, a mother of two from the Zagreb suburb of Dubrava. "My children have not had a proper class in three weeks," she said.

"I support the teachers, but someone in this government has to end this."

Schools have remained open during the strike, with non-striking staff supervising pupils. The union said the strike would continue on Monday, and that it was considering a national one-day walkout of all public sector workers later in the month.''',
 [("Respect for teachers!", None),
  ("We teach your children. Pay us", None),
  ("We will not go back to", "Branka Horvat"),
  ("I have twenty years of experience", "~teacher"),
  ("financially impossible this year", "Vesna Kralj"),
  ("We have offered three percent now", "Vesna Kralj"),
  ("The door to negotiations is open", "Marko Šimić"),
  ("My children have not had a", "Ivana Perić"),
  ("I support the teachers, but someone", "Ivana Perić")]),

# 10 -- New frog species from Madagascar, science-news style, curly quotes; journal article title, lead author "said X" then split quote ("she said"), partial quote "according to X", local guide "told AFP", co-author "told Mongabay", Red List category, national parks statement partial, outside expert "she said"
('''Researchers have described a new species of tree frog from a small patch of rainforest in central Madagascar and warned that it may already be close to extinction.

The frog, named Boophis andriamananai, was found in Antsahabe Forest, a fragment of about 3,000 hectares surrounded by grassland and pine plantations. It measures about 25 millimetres and is pale green with red-tipped toes. The description was published on Monday in the journal Zootaxa under the title “A new species of Boophis from a threatened forest fragment in the central highlands of Madagascar”.

“We heard it before we saw it,” said Haingo Rakotoarison of the University of Antananarivo, the paper’s lead author.

“The call is a short whistle,” she said, “almost like a bird, and you only hear it for a few weeks each year, at the start of the rains.”

The species is named after Rija Andriamanana, a guide from a nearby village who, according to Rakotoarison, “found more frogs than all the scientists combined” during three field seasons.

“I was very surprised and very proud,” Andriamanana told AFP.

Co-author Jonas Feldmann of the Bavarian State Collection of Zoology in Munich said the find showed how much of the island’s wildlife remained unknown. “Madagascar still has hundreds of frog species that nobody has formally described,” Feldmann told the conservation news site Mongabay.

The authors recommend that the frog be listed as “Critically Endangered” on the IUCN Red List, because it is known only from a single forest that has shrunk by about a fifth since 2000, mainly as a result of fires set to clear land for grazing.

Madagascar National Parks said in a statement that the forest would be “given priority in the next management plan”, including new firebreaks and more patrols during the dry season.

Sarah Whitcombe, a member of the IUCN Amphibian Specialist Group who was not involved in the study, said the discovery was bittersweet. “Every new species described from a fragment like this is also a warning,” she said.''',
 [("We heard it before we saw", "Haingo Rakotoarison"),
  ("The call is a short whistle", "Haingo Rakotoarison"),
  ("almost like a bird, and you", "Haingo Rakotoarison"),
  ("found more frogs than all the", "Haingo Rakotoarison"),
  ("I was very surprised and very", "Rija Andriamanana"),
  ("Madagascar still has hundreds of frog", "Jonas Feldmann"),
  ("given priority in the next management", "Madagascar National Parks"),
  ("Every new species described from a", "Sarah Whitcombe")]),

# 11 -- U.S. federal judge blocks Missouri drone law, AP style, straight quotes; statute wording, judge's written ruling as partial quote then "she wrote" with second sentence, "said X, legal director", plaintiff "told The Associated Press", attorney general's spokeswoman, farm group statement, senator's tweet "wrote on Twitter:"
('''A federal judge on Tuesday blocked a Missouri law that made it a crime to fly drones over farms to take photographs without the owner's permission, ruling that it likely violates the First Amendment.

The law, which took effect in August, makes it a misdemeanor to operate an unmanned aircraft "over any agricultural operation for the purpose of capturing images without the written consent of the owner." Violators face up to a year in jail and a fine of $2,000.

U.S. District Judge Patricia Whitfield in Kansas City issued a preliminary injunction barring enforcement while a lawsuit brought by a freelance photojournalist and two animal welfare groups proceeds. In her 38-page ruling, Whitfield wrote that the statute was "a content-based restriction on speech" that the state had failed to justify.

"The State may protect property," she wrote. "It may not single out journalists and activists for punishment because of what their cameras might reveal."

The lawsuit, filed in September, argued that the law was aimed at stopping investigations of conditions at large hog and poultry operations, and noted that it exempted drone photography for agricultural, insurance and real estate purposes.

"This is a win for every reporter and every citizen in Missouri," said Jeremy Hale, legal director of the ACLU of Missouri, which represents the plaintiffs.

Keisha Monroe, the photojournalist who brought the suit, said she had stopped work on a project about water pollution after the law passed. "I fly from public roads and I photograph what anyone in a small plane could see," Monroe told The Associated Press.

Abigail Dunn, a spokeswoman for the Missouri attorney general's office, said lawyers were reviewing the decision. "We will consider all options, including an appeal," Dunn said.

The Missouri Farm Bureau, which lobbied for the law, said in a statement that "farm families have the same right to privacy as anyone else" and that drones could spread disease between livestock barns.

State Sen. Roger Pemberton, a Republican who sponsored the bill, wrote on Twitter: "Disappointed but not surprised. We will keep fighting for Missouri farmers."

The case will now proceed to a full hearing, which has not yet been scheduled.''',
 [("over any agricultural operation for the", None),
  ("a content-based restriction on speech", "Patricia Whitfield"),
  ("The State may protect property", "Patricia Whitfield"),
  ("It may not single out journalists", "Patricia Whitfield"),
  ("This is a win for every", "Jeremy Hale"),
  ("I fly from public roads and", "Keisha Monroe"),
  ("We will consider all options, including", "Abigail Dunn"),
  ("farm families have the same right", "Missouri Farm Bureau"),
  ("Disappointed but not surprised", "Roger Pemberton")]),

# 12 -- UK general election hustings in a Yorkshire marginal, British newspaper style with single quotes; "said X, the Conservative candidate" with follow-on sentence, party slogan, incumbent "he said", partial quote, "Mr Barraclough said", heckler, unnamed voter "told the BBC:", tweet
('''Four candidates hoping to win Ashcombe and Delph at next month's general election faced more than 300 voters at a packed hustings in the town's Methodist church hall on Thursday evening.

The West Yorkshire seat has been held by Labour since 1997, but the party's majority fell to 1,412 in 2017 and the constituency voted by almost two to one to leave the European Union in the 2016 referendum.

'People here voted Leave three and a half years ago,' said Rebecca Thorne, the Conservative candidate, a former solicitor who lives in nearby Holmfirth. 'They are tired of being told to wait.'

Her leaflets, handed out at the door by volunteers, carried the party's national slogan, 'Get Brexit Done'.

Sanjay Mistry, who has held the seat for Labour since 2010, tried to move the debate on to local services. 'This election is about whether Ashcombe still has an A&E department by the end of the next parliament,' he said, to loud applause from part of the hall.

Fiona Calder, the Liberal Democrat candidate, described both of the larger parties' Brexit policies as 'a fantasy' and called for a second referendum.

Colin Barraclough, standing for the Brexit Party, said voters in the town had been ignored for decades. 'The two big parties have taken this town for granted for fifty years,' Mr Barraclough said.

Midway through the evening, as Mr Mistry was answering a question on NHS funding, a heckler at the back of the hall shouted 'What about the steelworks?', a reference to the closure of the Delph rolling mill in 2015 with the loss of 600 jobs.

The debate, chaired by a local vicar, ran more than half an hour over time. One voter leaving the hall told the BBC: 'I came in undecided and I'm going home undecided.'

Later that night, Mr Mistry wrote on Twitter: 'Packed hall tonight in Ashcombe. Thanks to everyone who came out in the rain.'

Polling day is 12 December.''',
 [("People here voted Leave three and", "Rebecca Thorne"),
  ("They are tired of being told", "Rebecca Thorne"),
  ("Get Brexit Done", None),
  ("This election is about whether Ashcombe", "Sanjay Mistry"),
  ("a fantasy", "Fiona Calder"),
  ("The two big parties have taken", "Colin Barraclough"),
  ("What about the steelworks?", "~heckler"),
  ("I came in undecided and I'm", "~voter"),
  ("Packed hall tonight in Ashcombe", "Sanjay Mistry")]),

# 13 -- Marathon course record in Shanghai, athletics report, curly quotes; winner "told reporters through an interpreter" with uncued continuation paragraph, press nickname in quotes, runner-up partial then "the Kenyan said", coach "X said", men's winner split quote ("said Kiprono"), race director "she said"
('''Ethiopia’s Tigist Alemu broke the women’s course record at the Shanghai Marathon on Sunday, winning in 2 hours 19 minutes 48 seconds in cool, windy conditions.

The 24-year-old pulled away from Kenya’s Brenda Chepkoech in the final four kilometres to win by 41 seconds, taking almost a minute off the previous record, set in 2018.

Alemu, who is known in the Ethiopian press as “the quiet one” for her reluctance to give interviews, spoke only briefly after the race. “I did not think about the record,” she told reporters through an interpreter.

“I only thought about the woman next to me, because she was very strong today.”

Chepkoech, who led through halfway in 69 minutes 31 seconds, said the early pace had been “crazy from the start” and that she had paid for it in the closing stages. “I wanted to break her before 30 kilometres, but she did not break,” the Kenyan said.

Alemu’s coach, Getachew Bekele, said she had spent four months training at altitude in Sululta, north of Addis Ababa, before the race. “She is the hardest worker I have ever coached, and she never complains,” Bekele said.

In the men’s race, Kenya’s Daniel Kiprono won in 2:07:12 after running alone for the last 12 kilometres, finishing more than a minute clear of Ethiopia’s Abebe Tadesse.

“I was alone from 30 kilometres and the wind was very strong,” said Kiprono, “so I just tried to stay relaxed and run my own race.”

More than 38,000 runners took part in the marathon and accompanying shorter races, organisers said. Race director Liu Mingxia said the organisers would apply for the event to be upgraded to the highest level of the World Athletics label system next year. “We believe the course and the organisation are ready for it,” she said.

Alemu’s win was her second marathon victory of the year, after a win in Seoul in March.''',
 [("I did not think about the", "Tigist Alemu"),
  ("I only thought about the woman", "Tigist Alemu"),
  ("crazy from the start", "Brenda Chepkoech"),
  ("I wanted to break her before", "Brenda Chepkoech"),
  ("She is the hardest worker I", "Getachew Bekele"),
  ("I was alone from 30 kilometres", "Daniel Kiprono"),
  ("so I just tried to stay", "Daniel Kiprono"),
  ("We believe the course and the", "Liu Mingxia")]),

# 14 -- Bushfire emergency on the NSW Mid North Coast, Australian wire style, straight quotes; fire service emergency warning, deputy commissioner "told reporters" with uncued continuation paragraph and later one-word partial, unnamed resident "told the ABC", unnamed volunteer firefighter "he said", meteorologist, mayor, named resident "the retired dairy farmer said", hand-painted sign
('''At least 27 homes were destroyed and two people were unaccounted for on Tuesday after a fast-moving bushfire swept through the town of Mullenbrook on the New South Wales Mid North Coast.

The NSW Rural Fire Service (RFS) issued an emergency warning for the town at 1.40pm, telling residents who had not left: "Seek shelter as the fire approaches. It is too late to leave."

The fire, which began in a state forest on Sunday, was pushed by strong north-westerly winds through tinder-dry bushland and into the town's western streets within an hour.

"We have lost homes tonight, and I expect we will find more losses tomorrow when crews can get in," RFS Deputy Commissioner Karen Lowther told reporters at the service's headquarters in Sydney on Tuesday night.

"Some of our crews have been working for 30 hours straight."

One resident, who stayed to defend her property, told the ABC the sky turned black in the middle of the afternoon. "It was like someone had switched off the sun," she said.

A volunteer firefighter from the local brigade said crews had been forced to pull back several times as the fire front passed. "We saved what we could, but the wind was just ridiculous," he said.

Gavin Tran, a senior meteorologist with the Bureau of Meteorology, said there was little relief in sight. "There is no meaningful rain in the forecast for at least ten days," Tran said.

"This community is strong, but it is exhausted," Mullenbrook Shire Mayor Denise Halloran said at an evacuation centre set up at the town's showground, where about 400 people spent the night.

Trevor McKinnon, 67, who lost the house on Bell Street he had lived in since 1979, said he had left with only his dog and a box of photographs. "I've been here forty years and I've never seen anything like it," the retired dairy farmer said.

Lowther described the conditions as "unprecedented" for November and said more than 60 fires were burning across the state, 21 of them not yet contained.

By evening, a hand-painted sign reading "Thank you firies" had been tied to the fence outside the showground.''',
 [("Seek shelter as the fire approaches", "NSW Rural Fire Service"),
  ("We have lost homes tonight, and", "Karen Lowther"),
  ("Some of our crews have been", "Karen Lowther"),
  ("It was like someone had switched", "~resident"),
  ("We saved what we could, but", "~firefighter"),
  ("There is no meaningful rain in", "Gavin Tran"),
  ("This community is strong, but it", "Denise Halloran"),
  ("I've been here forty years and", "Trevor McKinnon"),
  ("unprecedented", "Karen Lowther"),
  ("Thank you firies", None)]),

# 15 -- Bengaluru grocery start-up layoffs, Indian business-press style, curly quotes; company statement, industry term in scare quotes, founder's LinkedIn post over two paragraphs ("he wrote"), unnamed employee "told Moneycontrol", union partial, analyst "said X" with uncued continuation paragraph, co-founder partial "told The Economic Times"
('''Bengaluru-based grocery delivery start-up QuickBasket said on Monday it would lay off about 1,200 employees, nearly a third of its workforce, and shut operations in seven of the 14 cities it serves.

“As part of a strategic restructuring, we have made the difficult decision to reduce our workforce and focus on our most promising markets,” the company said in a statement. Affected employees would receive two months’ salary and health insurance cover until March, it said.

Founded in 2016, QuickBasket has raised more than US$180 million from investors, most recently in a funding round in March that valued it at about $600 million. The company has been spending heavily on discounts and on a network of “dark stores”, small warehouses that serve customers within a few kilometres.

Co-founder and chief executive Arjun Mehta addressed the layoffs in a long post on LinkedIn on Monday afternoon.

“I take full responsibility for this. We hired too fast and assumed the money would always be there.

“To everyone who is leaving: you built this company, and I am sorry we could not keep our promises to you,” he wrote.

One employee in the company’s logistics team, speaking to Moneycontrol on condition of anonymity, described the process as abrupt. “We were called into a meeting at ten in the morning and our laptops were switched off by eleven,” the employee said.

The Karnataka State IT/ITeS Employees Union (KITU) described the cuts as “illegal retrenchment in the name of restructuring” and said it would file a complaint with the state labour department.

“The era of cheap capital for grocery delivery is over,” said Priya Raghavan, an analyst at Meridian Research in Mumbai.

“Every company in this space is now being asked by investors to show a path to profitability, and that means fewer cities and fewer people.”

Neha Iyer, QuickBasket’s co-founder and chief operating officer, told The Economic Times that the company had relied too heavily on “discount-led growth” and would now concentrate on larger orders in its biggest markets, Bengaluru, Mumbai and Delhi.

Rival grocery apps have also cut staff this year as investors have grown more cautious about the sector.''',
 [("As part of a strategic restructuring", "QuickBasket"),
  ("I take full responsibility for this", "Arjun Mehta"),
  ("To everyone who is leaving: you", "Arjun Mehta"),
  ("We were called into a meeting", "~employee"),
  ("illegal retrenchment in the name of", "Karnataka State IT/ITeS Employees Union"),
  ("The era of cheap capital for", "Priya Raghavan"),
  ("Every company in this space is", "Priya Raghavan"),
  ("discount-led growth", "Neha Iyer")]),

# 16 -- Arrest in killing of a Brazilian land activist, Wikinews crime style, straight quotes; police chief "told the news portal G1" with uncued continuation paragraph, widow "said his widow, X" then split quote, placard, Amnesty statement, state secretary two partial quotes, unnamed neighbour "told Folha" then "the neighbour said"
('''Police in the Brazilian state of Pará arrested a man on Thursday in connection with the killing of land rights activist Raimundo Ferreira da Costa, who was shot dead outside his home in the municipality of Novo Horizonte do Xingu last month.

The suspect, a 34-year-old farmhand whose name was not released, was detained at a ranch about 80 kilometres from the town.

"The suspect confessed to being paid to carry out the killing," Fernanda Albuquerque, the civil police chief leading the investigation, told the news portal G1.

"We now want to know who paid him, and we are following the money."

Ferreira da Costa, 58, led a rural workers' association that had campaigned for the government to redistribute a 12,000-hectare estate that activists say was illegally occupied. He had reported at least four death threats to police since 2017, according to the Pastoral Land Commission, a Catholic group that monitors rural violence.

"My husband knew they wanted him dead," said his widow, Maria das Graças Silva.

"He reported every threat," she said, "and nobody came."

About 300 people attended a vigil in the town square on Thursday evening, many holding placards reading "Justiça para Raimundo" (Justice for Raimundo).

Amnesty International said in a statement that "Brazil remains one of the most dangerous countries in the world for people who defend land and the environment."

Pará's public security secretary, Ricardo Monteiro, promised "a full and transparent investigation" that would reach "whoever ordered this crime".

A neighbour, who declined to be named for fear of reprisals, told the newspaper Folha de S.Paulo that many people in the town believed they knew who was behind the killing. "Everyone here knows who gives the orders," the neighbour said.

According to the Pastoral Land Commission, 28 people were killed in land conflicts in Brazil in 2018.''',
 [("The suspect confessed to being paid", "Fernanda Albuquerque"),
  ("We now want to know who", "Fernanda Albuquerque"),
  ("My husband knew they wanted him", "Maria das Graças Silva"),
  ("He reported every threat", "Maria das Graças Silva"),
  ("and nobody came", "Maria das Graças Silva"),
  ("Justiça para Raimundo", None),
  ("Brazil remains one of the most", "Amnesty International"),
  ("a full and transparent investigation", "Ricardo Monteiro"),
  ("whoever ordered this crime", "Ricardo Monteiro"),
  ("Everyone here knows who gives the", "~neighbour")]),

# 17 -- Private rocket launch failure in New Zealand, space-news style, curly quotes; mission name, unnamed webcast commentator, CEO tweet "posted on Twitter:", space agency statement, university engineer "said X" with uncued continuation paragraph, unnamed resident "told Radio New Zealand", analyst partial "told Reuters", CEO later "he said"
('''A rocket operated by New Zealand start-up Southern Arc Aerospace failed about three minutes after lifting off from the company’s launch site at Kaitoke Point in Southland on Saturday, destroying all seven small satellites on board.

The mission, which the company had dubbed “Third Time Lucky”, was the third launch of its Kea rocket and the first to carry paying customers. The first two flights, in 2018 and in March this year, were test missions; only the second reached orbit.

The launch appeared normal until shortly after the first and second stages separated. “We have lost telemetry with the vehicle,” a commentator said on the company’s live webcast, before the broadcast was cut.

About an hour later, chief executive Hamish Rutherford posted on Twitter: “Not the day we wanted. We will find out what happened, fix it, and come back.”

The New Zealand Space Agency, part of the Ministry of Business, Innovation and Employment, said in a statement: “We are working with Southern Arc Aerospace to understand the cause of the failure and will review the company’s launch licence as required.”

Among the lost payloads was a cubesat built by students at the University of Canterbury to monitor Antarctic sea ice. “Four years of student work was on that rocket,” said Aroha Ngata, the engineer who led the project.

“It hurts, but that’s spaceflight. We will build another one.”

Residents of the small farming community near the launch site watched the failure from their paddocks. “We heard a bang and then saw it start to tumble,” one resident told Radio New Zealand.

Laurent Besson, a space industry analyst based in Paris, told Reuters the loss would “raise questions with insurers and customers” at a time when several small launch companies were competing for the same business.

On Sunday, Rutherford told the news website Stuff that early data pointed to a problem with the second-stage engine. “It looks like the engine shut down about 20 seconds early,” he said. The company said it did not expect to fly again before the middle of next year.''',
 [("We have lost telemetry with the", "~commentator"),
  ("Not the day we wanted", "Hamish Rutherford"),
  ("We are working with Southern Arc", "New Zealand Space Agency"),
  ("Four years of student work was", "Aroha Ngata"),
  ("It hurts, but that’s spaceflight", "Aroha Ngata"),
  ("We heard a bang and then", "~resident"),
  ("raise questions with insurers and customers", "Laurent Besson"),
  ("It looks like the engine shut", "Hamish Rutherford")]),

# 18 -- No-confidence motion against Slovenia's health minister, Wikinews politics style, straight quotes; motion wording, opposition deputy "told the chamber" with uncued continuation paragraph, minister partial then "the minister said", government spokeswoman "told the Slovenian Press Agency", anonymous coalition deputy "told the daily Delo", professional chamber statement partial, patients' advocate "Golob said"
('''Slovenia's Health Minister Tomaž Kovačič survived a no-confidence motion in the National Assembly on Wednesday, with 38 deputies voting to remove him and 47 against.

The motion, tabled by opposition deputies last month, accused the minister of "failing to take effective measures to reduce waiting times" for specialist treatment and surgery.

"Patients in this country are waiting two years for a knee operation," Mojca Zupan, the opposition deputy who presented the motion, told the chamber during an eight-hour debate.

"The minister has had eighteen months, and in those eighteen months the lists have only grown."

Kovačič called the motion "political theatre" and said the problem predated his time in office. "I inherited these waiting lists. I did not create them," the minister said in his reply to deputies, adding that changes to the way hospitals are paid for procedures would come into force in January.

Government spokeswoman Nina Mlakar said before the vote that the prime minister had full confidence in Kovačič. "The coalition will stand together on this vote," Mlakar told the Slovenian Press Agency (STA).

The outcome was less certain than the final tally suggests. "Half of our group was ready to vote against him until this morning," one coalition deputy, speaking on condition of anonymity, told the daily Delo.

The Medical Chamber of Slovenia said in a statement ahead of the vote that "the problem of waiting lists cannot be solved by changing ministers" and called for a cross-party agreement on long-term health funding.

Zdenka Golob, who chairs a patients' rights association in Maribor, said patients had little interest in the political fight in Ljubljana. "Each day of waiting is a day in pain for these people," Golob said.

According to figures from the National Institute of Public Health, more than 100,000 people were on waiting lists in October, about 37,000 of them waiting longer than the maximum period permitted by law.''',
 [("failing to take effective measures to", None),
  ("Patients in this country are waiting", "Mojca Zupan"),
  ("The minister has had eighteen months", "Mojca Zupan"),
  ("political theatre", "Tomaž Kovačič"),
  ("I inherited these waiting lists", "Tomaž Kovačič"),
  ("The coalition will stand together on", "Nina Mlakar"),
  ("Half of our group was ready", "~deputy"),
  ("the problem of waiting lists cannot", "Medical Chamber of Slovenia"),
  ("Each day of waiting is a", "Zdenka Golob")]),

# 19 -- Measles deaths in western Ukraine, Wikinews health style, curly quotes; regional health chief "she said" then a two-paragraph quote closed with "she said", WHO Europe statement ("the statement said"), deputy minister two sentences, unnamed mother "told the BBC's Ukrainian service" with uncued continuation paragraph, campaign poster, UNICEF official
('''Two children have died of measles this month in Ukraine’s western Zakarpattia region, where health officials are struggling to contain one of Europe’s largest outbreaks of the disease.

Dr. Olena Marchuk, head of the regional health department, told the news site Ukrainska Pravda that almost all of the 640 cases recorded in the region since September were among people who had not been vaccinated. “Most of the children who got sick had never received a single dose,” she said.

Marchuk said parents who had previously refused vaccination were now queueing at clinics.

“We are seeing families who refused the vaccine years ago and now come to us in a panic. We vaccinate them, of course, but for some children it is already too late.

“Both of the children who died this month were under three years old,” she said.

The WHO Regional Office for Europe said in a statement that Ukraine had recorded tens of thousands of cases over the past two years, more than any other country in the region. “Measles is entirely preventable, and every death from it is a failure we can avoid,” the statement said.

Deputy Health Minister Viktor Savchuk said on Tuesday that the ministry had delivered an extra 80,000 doses to the region. “We have enough vaccine for everyone who needs it,” Savchuk said. “What we do not have enough of is trust.”

At the infectious diseases hospital in the town of Berehivka, one mother whose two-year-old son was being treated told the BBC’s Ukrainian service that she had delayed his vaccinations. “I was afraid of the vaccine because of what I read online,” she said.

“Now I am afraid of everything else.”

Posters put up by the regional authorities in clinics and bus stations across Zakarpattia carry the message “Measles is not a joke. Vaccinate your child.”

Ingrid Halvorsen, UNICEF’s deputy representative in Ukraine, said misinformation spread on social media remained a major obstacle. “Rumours spread faster than the virus,” she said.''',
 [("Most of the children who got", "Olena Marchuk"),
  ("We are seeing families who refused", "Olena Marchuk"),
  ("Both of the children who died", "Olena Marchuk"),
  ("Measles is entirely preventable, and every", "WHO Regional Office for Europe"),
  ("We have enough vaccine for everyone", "Viktor Savchuk"),
  ("What we do not have enough", "Viktor Savchuk"),
  ("I was afraid of the vaccine", "~mother"),
  ("Now I am afraid of everything", "~mother"),
  ("Measles is not a joke. Vaccinate", None),
  ("Rumours spread faster than the virus", "Ingrid Halvorsen")]),

# 20 -- Passenger train derailment in the Scottish Highlands, British broadcaster style with single quotes; unnamed passenger "told BBC Scotland", "said Chief Inspector X", Network Rail and RAIB statements as partial quotes, union organiser "he said", operator director "she said", MSP partial then "he added", named pensioner "the retired teacher said"
('''Three people were taken to hospital after a passenger train derailed in the Scottish Highlands on Wednesday morning following heavy overnight rain.

The 06:12 ScotRail service from Inverness to Kyle of Lochalsh, carrying 41 passengers and two crew, struck a landslip near Inverallan at about 07:40, causing the leading carriage to leave the track and tip on to its side.

'There was a huge jolt and the whole carriage went over on its side,' one passenger told BBC Scotland.

Police Scotland said officers were called at 07:45. 'Three people have been taken to Raigmore Hospital in Inverness with injuries that are not thought to be life-threatening,' said Chief Inspector Alison Reid.

Network Rail said in a statement that 'an initial inspection indicates the train struck material washed on to the line by heavy rain'. The line is expected to remain closed for at least a week.

The Rail Accident Investigation Branch said it had sent inspectors to the site 'to examine the track, the train and the drainage of the surrounding slopes'.

Graeme Lyall, Scotland organiser for the RMT union, said staff had raised concerns about drainage on the route. 'Our members have been warning about this stretch of line for years,' he said.

Fiona Strachan, ScotRail's operations director, thanked the emergency services and local residents who helped passengers from the train. 'Our thoughts are with everyone who was on board, and in particular those who were hurt,' she said.

Ewan Drummond, the local MSP, described the railway as 'a lifeline for the west Highlands'. 'It must reopen as quickly as safety allows,' he added.

Moira Fraser, 71, who was travelling to visit her sister in Plockton, was in the second carriage. 'The young people on that train were wonderful,' the retired teacher said.

Replacement buses are running between Inverness and Kyle of Lochalsh until further notice.''',
 [("There was a huge jolt and", "~passenger"),
  ("Three people have been taken to", "Alison Reid"),
  ("an initial inspection indicates the train", "Network Rail"),
  ("to examine the track, the train", "Rail Accident Investigation Branch"),
  ("Our members have been warning about", "Graeme Lyall"),
  ("Our thoughts are with everyone who", "Fiona Strachan"),
  ("a lifeline for the west Highlands", "Ewan Drummond"),
  ("It must reopen as quickly as", "Ewan Drummond"),
  ("The young people on that train", "Moira Fraser")]),

# 21 -- Women's T20 cricket series decider, Irish sports-desk style, straight quotes; captain split quote "said Ireland captain X", teenage bowler "the 19-year-old said" with uncued continuation paragraph, opposing captain "she said", coach partial, governing body statement partial, supporters' banner, player's mother "told RTÉ"
('''Teenage seamer Aoife Dunne took five wickets for 14 runs as Ireland beat the Netherlands by 23 runs at the ICC Academy in Dubai on Sunday to win their women's Twenty20 international series 2-1.

Ireland had been restricted to 118 for eight after being sent in, and the Netherlands reached 71 for two after 12 overs before collapsing to 95 all out, losing their last eight wickets for 24 runs.

"We were under pressure at the halfway mark," said Ireland captain Siobhan Gallagher, "but the bowlers were brilliant from the moment Aoife came on."

Dunne, playing only her fourth international, took three wickets in her second over, all of them bowled. "Honestly, I was just trying to hit the top of off stump," the 19-year-old said.

"When the third one went, I looked up at the scoreboard and couldn't believe it."

Netherlands captain Lotte van Dijk said her side had thrown away a winning position. "We lost our heads in the last eight overs, and you can't do that against a side like Ireland," she said.

Ireland head coach Martin Keane called the spell "the best bowling performance I've seen from an Irish teenager" and said Dunne would be considered for the squad for next year's qualifying tournament.

Cricket Ireland said in a statement that the series win "is a reward for the investment made in the women's domestic structure over the past three years".

A handful of travelling supporters in the small crowd held up a banner reading "Dunne and dusted" as the players left the field.

Back home in Co. Wexford, Dunne's mother, Claire Dunne, said the family had watched the match on a laptop in the kitchen. "She's been bowling at a bucket in our back garden since she was six," Claire Dunne told RTÉ.

The two sides meet again in a one-day series in the Netherlands next summer.''',
 [("We were under pressure at the", "Siobhan Gallagher"),
  ("but the bowlers were brilliant from", "Siobhan Gallagher"),
  ("Honestly, I was just trying to", "Aoife Dunne"),
  ("When the third one went, I", "Aoife Dunne"),
  ("We lost our heads in the", "Lotte van Dijk"),
  ("the best bowling performance I've seen", "Martin Keane"),
  ("is a reward for the investment", "Cricket Ireland"),
  ("Dunne and dusted", None),
  ("She's been bowling at a bucket", "Claire Dunne")]),

# 22 -- Obituary of a Japanese architect, arts-desk style, curly quotes; daughter "told the public broadcaster NHK" with uncued continuation paragraph, book title, archive interview partial "the architect said", former employee "said X" then split quote ("she recalled"), professional body statement partial, community figure "said X, who chairs"
('''Hiroshi Kanemoto, the Japanese architect whose spare concrete libraries and schools brought international attention to small towns in rural Japan, died on Tuesday in Tokyo. He was 88.

“He was drawing until last week,” his daughter, Emiko Kanemoto, told the public broadcaster NHK.

“He said the hospital room was the worst-designed room he had ever been in, and he wanted to redo the windows.”

Born in Kanazawa in 1931, Kanemoto studied at the University of Tokyo and opened his own practice in 1962. His best-known building, the public library in the mountain town of Hinokura, completed in 1974, admits daylight into its reading room only through a long slot in the roof, and has been visited by generations of architecture students.

His 1988 book, “Architecture of Silence”, was translated into English and French and remains widely read in architecture schools.

In a 2005 interview with The Japan Times, the architect said that “a building should be quiet enough to let you hear the weather”.

Yuki Tanabe, who worked in his office for eleven years before founding her own firm, remembered him as a patient teacher. “He never raised his voice with any of us,” said Tanabe.

“If he didn’t like a drawing,” she recalled, “he would simply turn it over and start again on the back.”

The Japan Institute of Architects said in a statement that Kanemoto had been “one of the quiet giants of postwar Japanese architecture”.

In Hinokura, where the library still serves a population of about 4,000, residents left flowers at its entrance on Wednesday. “Every child in this town has grown up inside his building,” said Taro Fujisaki, who chairs the library’s friends association.

Kanemoto’s wife, the textile artist Sumiko Kanemoto, died in 2016. He is survived by his daughter and two grandsons.''',
 [("He was drawing until last week", "Emiko Kanemoto"),
  ("He said the hospital room was", "Emiko Kanemoto"),
  ("a building should be quiet enough", "Hiroshi Kanemoto"),
  ("He never raised his voice with", "Yuki Tanabe"),
  ("If he didn’t like a drawing", "Yuki Tanabe"),
  ("he would simply turn it over", "Yuki Tanabe"),
  ("one of the quiet giants of", "Japan Institute of Architects"),
  ("Every child in this town has", "Taro Fujisaki")]),

# 23 -- Corruption trial of a former municipal manager in South Africa, News24-style court report, straight quotes; prosecuting authority spokesperson "told News24", magistrate partial and later "the magistrate said", defence attorney "told reporters" with uncued continuation paragraph, accused "said:", protest chant, NGO statement partial, unnamed resident "told eNCA"
('''The corruption trial of a former municipal manager accused of steering a R48-million water pipeline contract to a company linked to his family was postponed to February on Monday after the defence said it needed more time to study new evidence.

Lungile Dube, 52, the former municipal manager of the Nqileni Local Municipality in the Eastern Cape, faces charges of fraud, corruption and money laundering along with two businessmen. All three have pleaded not guilty.

"The state is ready to proceed, and we have 40 witnesses lined up," National Prosecuting Authority regional spokesperson Sipho Mahlangu told News24 before proceedings began in the Mthatha Regional Court.

Magistrate Thandeka Mokoena granted the postponement but warned that the court would "not tolerate any further delays" in a case that was first enrolled in 2018.

Defence attorney Johan Pretorius said the state had handed over more than 2,000 pages of bank records only last week. "My client has been tried in the media for two years," Pretorius told reporters outside court.

"He will be vindicated in a court of law, but he is entitled to a fair trial first."

Dube, speaking briefly as he left the building, said: "I am innocent, and I will prove it."

About 50 residents from Nqileni gathered outside the court, singing and chanting "Pay back the money!" Some carried empty water containers.

Corruption Watch said in a statement that the case "is a test of whether the criminal justice system can hold local officials to account".

The pipeline, which was meant to bring running water to about 30,000 households, was never completed. "We still don't have water in our taps, and they were paid R48 million for pipes," one resident told eNCA.

Before adjourning, Mokoena reminded Dube that his bail conditions, which bar him from contacting state witnesses, remained in place. "The accused must understand that any breach will have consequences," the magistrate said.''',
 [("The state is ready to proceed", "Sipho Mahlangu"),
  ("not tolerate any further delays", "Thandeka Mokoena"),
  ("My client has been tried in", "Johan Pretorius"),
  ("He will be vindicated in a", "Johan Pretorius"),
  ("I am innocent, and I will", "Lungile Dube"),
  ("Pay back the money!", None),
  ("is a test of whether the", "Corruption Watch"),
  ("We still don't have water in", "~resident"),
  ("The accused must understand that any", "Thandeka Mokoena")]),

# 24 -- Earthquake in Mindanao, Philippine wire style, curly quotes; seismology agency bulletin, seismologist split quote ("she told ABS-CBN News") with uncued continuation paragraph, mayor "told radio station DZMM" with two sentences, unnamed resident "told the Philippine Daily Inquirer", cardboard sign, Red Cross tweet, education department partial
('''A magnitude 6.4 earthquake struck the southern Philippine island of Mindanao on Monday afternoon, killing at least seven people and damaging hundreds of homes, schools and a hospital in the province of Davao del Sur, officials said.

The Philippine Institute of Volcanology and Seismology (PHIVOLCS) said the quake struck at 2:51 p.m. at a depth of 10 kilometres, about 8 kilometres northeast of the town of San Isidro Norte. In its bulletin, the agency said: “Damage and aftershocks are expected.”

Maria Lourdes Bautista, a seismologist at PHIVOLCS, said the area had been struck by several strong earthquakes since October. “The ground is still adjusting,” she told ABS-CBN News, “and residents should stay out of buildings with visible cracks until engineers have inspected them.”

“We have recorded more than 300 aftershocks so far, and some of them will be strong enough to be felt.”

Mayor Ramon Villanueva said most of the town’s villages were without power after the quake brought down transmission lines. “We have no electricity and no running water in most of the barangays,” Villanueva told radio station DZMM. “Our biggest need now is tents.”

Hundreds of families spent the night in tents and under tarpaulins along the national highway, afraid to return to their homes. “We are sleeping on the road because we are afraid the house will fall on us,” a resident told the Philippine Daily Inquirer.

Outside a damaged chapel in the town centre, residents propped up a piece of cardboard on which someone had written “We need water and rice”.

The Philippine Red Cross posted on Twitter: “Our teams are on the ground in San Isidro Norte distributing water, hygiene kits and tarpaulins.”

The Department of Education said classes in the affected areas would be suspended “until structural assessments of all school buildings are completed”. At least 40 classrooms were reported damaged.

The region was hit by a series of strong earthquakes in October that killed more than 20 people and displaced tens of thousands.''',
 [("Damage and aftershocks are expected", "Philippine Institute of Volcanology and Seismology"),
  ("The ground is still adjusting", "Maria Lourdes Bautista"),
  ("and residents should stay out of", "Maria Lourdes Bautista"),
  ("We have recorded more than 300", "Maria Lourdes Bautista"),
  ("We have no electricity and no", "Ramon Villanueva"),
  ("Our biggest need now is tents", "Ramon Villanueva"),
  ("We are sleeping on the road", "~resident"),
  ("We need water and rice", None),
  ("Our teams are on the ground", "Philippine Red Cross"),
  ("until structural assessments of all school", "Department of Education")]),

# 25 -- Ferry crew strike on Norway's west coast, Wikinews business/labour style, straight quotes; union negotiator "told public broadcaster NRK" with uncued continuation paragraph, employers' director "X said", unnamed commuter "told the newspaper Bergens Tidende", mayor partial then "told NRK", picket placards, mediator's office partial, state secretary "told the news agency NTB" with uncued continuation paragraph
('''Ferry services along Norway's west coast were severely disrupted for a fifth day on Friday as a strike by crew members continued, leaving several island communities with few or no connections to the mainland.

About 900 members of the Norwegian Seafarers' Union walked out on Monday after talks with employers over a new pay agreement broke down. Only crossings designated as essential by the Norwegian Public Roads Administration have continued to run.

"Our members have been asked to accept a real pay cut three years in a row," Tor Erik Nilsen, the union's chief negotiator, told public broadcaster NRK.

"Enough is enough. We are ready to stay out for as long as it takes."

Hilde Aasen, director of the employers' organisation NHO Sjøfart, said the union's demands would add around 9 percent to the cost of running the ferries. "That cost will end up with the county councils and, in the end, with passengers," Aasen said.

One commuter on the island of Sørøy, who works at a hospital in Bergen, told the newspaper Bergens Tidende that she now left home at 5 a.m. to catch the only boat still running. "If I miss it, I miss a whole day of work," she said.

Sørøy mayor Ingrid Bakke described the situation as "unacceptable for a community that depends on the ferry for everything". "We have a dialysis patient who has to travel to Bergen three times a week," Bakke told NRK.

Striking crew members picketed the Sandvik ferry terminal on Friday morning, holding placards reading "Safe crews, safe ferries".

The Office of the National Mediator said in a brief statement that talks would resume on Monday "at the request of both parties".

State Secretary Kari Lunde of the Ministry of Transport told the news agency NTB that the government had no plans to step in. "The government will not intervene in a lawful strike at this stage," Lunde said.

"We expect both parties to take their responsibility to coastal communities seriously."''',
 [("Our members have been asked to", "Tor Erik Nilsen"),
  ("Enough is enough. We are ready", "Tor Erik Nilsen"),
  ("That cost will end up with", "Hilde Aasen"),
  ("If I miss it, I miss", "~commuter"),
  ("unacceptable for a community that depends", "Ingrid Bakke"),
  ("We have a dialysis patient who", "Ingrid Bakke"),
  ("Safe crews, safe ferries", None),
  ("at the request of both parties", "Office of the National Mediator"),
  ("The government will not intervene in", "Kari Lunde"),
  ("We expect both parties to take", "Kari Lunde")]),
]
# fmt: on

# fmt: off
STORIES_CA = [
# 1 -- CAS upholds sprinter's EPO ban; Wikinews style, straight quotes; organisation statement, partial quotes, split quote, "said X", Instagram post, pronoun follow-up
('''Wednesday, March 12, 2025

The Court of Arbitration for Sport (CAS) on Tuesday dismissed an appeal by Bahraini sprinter Amina Kiptoo-Rashed against a four-year ban for use of the blood booster erythropoietin (EPO).

The 27-year-old, a semi-finalist in the 400 metres at the last World Championships, returned a positive out-of-competition sample in Nairobi in October 2023. The Athletics Integrity Unit (AIU), which handles doping cases on behalf of World Athletics, charged her in January last year.

In a statement released on Tuesday, CAS said the three-member panel was "comfortably satisfied that the athlete committed an anti-doping rule violation" and had found "no grounds whatsoever" to reduce the sanction.

Kiptoo-Rashed had argued that her sample was contaminated while being transported to a laboratory in South Africa. Her lawyer, Daniel Mwangemi, told reporters in Lausanne the outcome was "deeply disappointing".

"We presented evidence that the chain of custody was broken at least twice," Mwangemi said. "The panel simply chose not to engage with it."

He said his client was considering a further appeal to the Swiss Federal Tribunal, which can overturn CAS awards only on narrow procedural grounds.

The AIU welcomed the decision. "This confirms that our processes are robust and that every athlete receives a fair hearing," said Helena Vasquez-Lund, the unit's head of case management.

Kiptoo-Rashed responded on Instagram within an hour of the ruling. "I have never taken anything to cheat," she wrote. "I will keep fighting to clear my name."

Her former coach, Peter Oduya, who was not implicated in the case, told Wikinews he was saddened by the outcome. "She is a talented young woman and this is a tragedy for her family," he said.

The ban, which is backdated to January 2024, rules Kiptoo-Rashed out of next year's World Championships. Her results since the sample was collected, including a national title won in Manama, have been annulled.''',
 [("comfortably satisfied that the athlete committed", "Court of Arbitration for Sport"),
  ("no grounds whatsoever", "Court of Arbitration for Sport"),
  ("deeply disappointing", "Daniel Mwangemi"),
  ("We presented evidence that the chain", "Daniel Mwangemi"),
  ("The panel simply chose not to", "Daniel Mwangemi"),
  ("This confirms that our processes are", "Helena Vasquez-Lund"),
  ("I have never taken anything to", "Amina Kiptoo-Rashed"),
  ("I will keep fighting to clear", "Amina Kiptoo-Rashed"),
  ("She is a talented young woman", "Peter Oduya")]),

# 2 -- Premier League transfer saga; British sports desk, curly double quotes; club spokesperson, agent quoted via Marca, split quotes, manager press conference, descriptive "the 52-year-old"
('''Ashcombe United have rejected a third bid from Deportivo Almenara for midfielder Tomás Ferreyra, with the Premier League club insisting the Argentina international is “not for sale at any price”.

The Spanish side’s latest offer, understood to be worth £48m plus add-ons, was turned down on Thursday morning. An Ashcombe spokesperson said: “We have informed Almenara that we will not be entertaining any further approaches for Tomás during this window.”

Ferreyra, 25, has two years remaining on his contract and has been the subject of intense speculation since his agent, Lucía Benvenuto, was photographed leaving Almenara’s training ground last week.

Benvenuto told the Spanish newspaper Marca that her client wanted to “test himself in La Liga” and that talks over a new deal at Ashcombe had stalled in the spring.

“Tomás is grateful to Ashcombe for everything, but he is a professional and he thinks about his future,” she said. “Nobody should be surprised that a player of his level is wanted by the biggest clubs.”

Ashcombe manager Graham Pellow was in no mood to discuss the matter at his pre-match press conference on Friday, cutting short the first question on the subject.

“I’ve said everything I want to say about Tomás,” Pellow said. “He trains well, he’s in the squad for tomorrow, and that’s it.”

Asked whether the player had handed in a transfer request, the 52-year-old replied: “Not to me.”

Almenara’s sporting director, Iñaki Sarasola, struck a more conciliatory tone. “We respect Ashcombe and we understand their position,” he told the club’s official channel. “But we are patient people, and the window is still open.”

Ferreyra arrived from Argentinian football in 2022 and scored 11 goals in all competitions last season, earning a place in the PFA Team of the Year. The transfer window closes on 1 September.''',
 [("not for sale at any price", "Ashcombe United"),
  ("We have informed Almenara that we", "Ashcombe United"),
  ("test himself in La Liga", "Lucía Benvenuto"),
  ("Tomás is grateful to Ashcombe for", "Lucía Benvenuto"),
  ("Nobody should be surprised that a", "Lucía Benvenuto"),
  ("I’ve said everything I want to", "Graham Pellow"),
  ("He trains well, he’s in the", "Graham Pellow"),
  ("Not to me", "Graham Pellow"),
  ("We respect Ashcombe and we understand", "Iñaki Sarasola"),
  ("But we are patient people, and", "Iñaki Sarasola")]),

# 3 -- Fencing coach suspended for verbal abuse; AP wire style, straight quotes; code of conduct wording (no speaker), statement through attorney, anonymous athlete, CEO with title before name, partial quotes
('''COLORADO SPRINGS, Colo. (AP) — A fencing coach who led the U.S. women's sabre team at two world championships has been suspended for 18 months after a disciplinary panel found he verbally abused athletes during training camps, USA Fencing said Monday.

Viktor Halloran, 49, was found to have created an environment of intimidation at national team camps held between 2021 and 2023. The federation's code of conduct requires coaches to treat athletes "with dignity and respect at all times."

Halloran denied the allegations. "I was demanding, and I make no apology for that," he said in a statement issued through his attorney. "But I never abused anyone, and I never would."

Three athletes testified at the hearing, which was held virtually over four days in February. One of them, two-time Olympian Dana Whitcombe, said she felt relieved.

"For years we were told this was just how elite sport works," Whitcombe, 31, said in a phone interview. "It isn't. It never should have been."

Another fencer who testified, and who asked not to be identified because she still competes internationally, said the process had been "exhausting but worth it."

USA Fencing chief executive Margaret Adeyemi-Ross said the federation had "zero tolerance" for abuse.

"We owe it to every athlete in our pathway to act when concerns are raised, no matter how senior the coach," Adeyemi-Ross said.

The U.S. Center for SafeSport, which has exclusive jurisdiction over cases of sexual misconduct, said it had reviewed the complaints and referred them back to the federation because they fell outside its remit. A spokesman for the center declined further comment.

Halloran, who also ran a private club in suburban Denver, has been barred from any coaching role at sanctioned events during the suspension. He can appeal to an independent arbitrator within 30 days.

His attorney, Ray Castellanos, said: "All options are on the table."''',
 [("with dignity and respect at all", None),
  ("I was demanding, and I make", "Viktor Halloran"),
  ("But I never abused anyone, and", "Viktor Halloran"),
  ("For years we were told this", "Dana Whitcombe"),
  ("It isn't. It never should have", "Dana Whitcombe"),
  ("exhausting but worth it", "~fencer"),
  ("zero tolerance", "Margaret Adeyemi-Ross"),
  ("We owe it to every athlete", "Margaret Adeyemi-Ross"),
  ("All options are on the table", "Ray Castellanos")]),

# 4 -- UKAD case against Welsh rugby prop; British style with curly single quotes; panel finding, director with role after name, quote continuing next paragraph, told BBC Sport Wales, quote over two paragraphs, club statement, unnamed spokesman
('''A Welsh rugby union prop has been banned from all sport for two years after testing positive for a prescription stimulant he said he had taken to cope with a long-haul flight.

Rhodri Pryce-Evans, who has won 14 caps for Wales, returned an adverse analytical finding for modafinil after a United Rugby Championship match for Gwent Valleys RFC in Cardiff last September.

The independent National Anti-Doping Panel accepted that he had not intended to cheat but ruled that he had been ‘significantly at fault’ for failing to check the medication or declare it on his doping control form.

UK Anti-Doping (UKAD) said the case was a reminder of the principle of strict liability. ‘Athletes are responsible for everything that enters their system, whatever the circumstances,’ said Siân Morgan-Hale, UKAD’s director of legal.

‘We recognise this is a difficult outcome for the player, but the rules exist to protect clean sport and the vast majority of athletes who respect them.’

Pryce-Evans told BBC Sport Wales he had been ‘naïve’.

‘I was given the tablets by a friend before a flight to Japan and I didn’t think twice,’ the 29-year-old said. ‘I’ve let down my club, my family and everyone who supports me.

‘I’ll take my punishment and I’ll come back a better person. I want young players to learn from this.’

His club said in a statement: ‘We will continue to support Rhodri and his family through this difficult period.’

A Welsh Rugby Union spokesman said the governing body ‘fully supports’ UKAD’s education programme and would be reminding all professional players of their obligations before the new season.

The ban is backdated to October 2024, when Pryce-Evans was provisionally suspended. He had been widely expected to feature in the autumn internationals and will not be eligible to play again until October 2026.''',
 [("significantly at fault", "National Anti-Doping Panel"),
  ("Athletes are responsible for everything that", "Siân Morgan-Hale"),
  ("We recognise this is a difficult", "Siân Morgan-Hale"),
  ("naïve", "Rhodri Pryce-Evans"),
  ("I was given the tablets by", "Rhodri Pryce-Evans"),
  ("I’ve let down my club, my", "Rhodri Pryce-Evans"),
  ("I’ll take my punishment and I’ll", "Rhodri Pryce-Evans"),
  ("We will continue to support Rhodri", "Gwent Valleys RFC"),
  ("fully supports", "Welsh Rugby Union")]),

# 5 -- FIFA life bans for match-fixing in Georgia; Reuters style, straight quotes; committee finding, chairwoman's split quote, told Reuters, federation spokesman, monitoring firm executive, anonymous player
('''ZURICH, May 6 (Reuters) - FIFA has banned a former referee and five players for life after finding they took part in a scheme to manipulate at least 11 matches in Georgia's second division, football's global governing body said on Tuesday.

The FIFA Disciplinary Committee found that referee Levan Tsiklauri, 38, had received payments from a betting syndicate in exchange for influencing results, including awarding "clearly unjustified" penalties in two matches during the 2022 season.

"Match manipulation is a cancer that threatens the very essence of our sport," the committee's chairwoman, Ingrid Solheim-Baptiste, said in a statement. "Those who corrupt it will find no place in football."

The players, who were not named by FIFA, have 10 days to appeal. Georgian media reported that three of them had already retired from professional football.

Tsiklauri, reached by telephone, told Reuters he would challenge the decision. "I have done nothing wrong and I will prove it at CAS," he said, referring to the Court of Arbitration for Sport in Lausanne.

The Georgian Football Federation (GFF) said it had cooperated fully with the investigation. "We have shared all the information at our disposal and will continue to do so," a GFF spokesman said.

The suspicious matches were first flagged by Sentinel Odds, a London-based firm that monitors betting markets on behalf of leagues and federations. Its head of intelligence, Marcus Owusu-Banda, said irregular patterns had been detected as early as the spring of 2022.

"In some of these matches the live markets were moving in a way that was simply impossible to explain by what was happening on the pitch," Owusu-Banda said.

He said the syndicate was believed to be based outside Europe but declined to give further details, citing "ongoing criminal proceedings".

A midfielder at one of the affected clubs, who spoke on condition of anonymity, said players had long suspected something was wrong. "Everybody in the dressing room knew certain games were strange," he said. "Nobody wanted to say it out loud."

FIFA has imposed more than 100 sanctions for match manipulation worldwide since 2019, according to figures published by the governing body last year.''',
 [("clearly unjustified", "FIFA Disciplinary Committee"),
  ("Match manipulation is a cancer that", "Ingrid Solheim-Baptiste"),
  ("Those who corrupt it will find", "Ingrid Solheim-Baptiste"),
  ("I have done nothing wrong and", "Levan Tsiklauri"),
  ("We have shared all the information", "Georgian Football Federation"),
  ("In some of these matches the", "Marcus Owusu-Banda"),
  ("ongoing criminal proceedings", "Marcus Owusu-Banda"),
  ("Everybody in the dressing room knew", "~midfielder"),
  ("Nobody wanted to say it out", "~midfielder")]),

# 6 -- Swimming selection appeal at the National Sports Tribunal; Australian (ABC-style) desk, curly double quotes; tribunal written reasons, Instagram post with "she added", head coach at press conference, told ABC Sport, banner with no speaker
('''A Queensland swimmer left out of Australia’s team for the world championships has lost her appeal to the National Sports Tribunal, ending a month-long selection row that has divided the sport.

Kirra Donnelly-Walsh, 22, finished third in the 200m freestyle at the national trials in Adelaide but was overlooked for the final relay place in favour of Sophie Marchetti, who missed the trials with illness.

The tribunal found that selectors had acted within their discretion. In its written reasons, it said the selection policy “expressly permits” the use of results from earlier competitions where an athlete is unable to compete at trials.

Donnelly-Walsh posted on Instagram on Wednesday night: “Gutted. I gave everything to this and I still believe the process was wrong.”

“To every young swimmer out there — keep going,” she added.

Swimming Australia’s head coach, Rohan Beveridge, defended the decision at a press conference in Brisbane on Thursday.

“These are never easy calls and I feel for Kirra, I really do,” Beveridge said. “But our job is to pick the team that gives us the best chance of winning medals.”

Asked whether the policy needed to change, he said the board would “look at everything” after the championships.

Marchetti, 24, said she had tried to stay out of the debate. “It’s been a hard few weeks for both of us,” she told ABC Sport. “I hope people can see that neither of us wrote the rules.”

Donnelly-Walsh’s club in Southport, whose members hung a banner reading “Kirra Deserves Her Spot” on the pool fence last month, said it was proud of the way she had handled the disappointment.

The world championships begin in Singapore next month. Donnelly-Walsh is expected to compete instead at the Pan Pacific meet later in the year, where she will swim the individual 200m and 400m freestyle.''',
 [("expressly permits", "National Sports Tribunal"),
  ("Gutted. I gave everything to this", "Kirra Donnelly-Walsh"),
  ("To every young swimmer out there", "Kirra Donnelly-Walsh"),
  ("These are never easy calls and", "Rohan Beveridge"),
  ("But our job is to pick", "Rohan Beveridge"),
  ("look at everything", "Rohan Beveridge"),
  ("It’s been a hard few weeks", "Sophie Marchetti"),
  ("I hope people can see that", "Sophie Marchetti"),
  ("Kirra Deserves Her Spot", None)]),

# 7 -- Javelin champion provisionally suspended by NADA India; Indian sports desk, straight quotes; told PTI, federation president, "said Rao", anonymous senior official, coach with partial quote and "added"
('''NEW DELHI: National javelin champion Arjun Sehrawat has been provisionally suspended by the National Anti-Doping Agency (NADA) after a sample collected at the Federation Cup in Bhubaneswar returned positive for an anabolic steroid, officials confirmed on Friday.

The 24-year-old from Haryana, who had been shortlisted for the Asian Games, denied knowingly taking any banned substance.

"I have been tested more than 20 times in the last two years and never had a problem," Sehrawat told PTI. "I don't know how this has happened but I will cooperate fully."

He said he would request the testing of his B sample, which is stored at the National Dope Testing Laboratory in the capital.

Athletics Federation of India (AFI) president Suresh Kanwar said the federation would not shield any athlete. "Whoever it is, however big the name, if they are found guilty they will face the consequences," Kanwar said.

NADA director general Meenakshi Rao said the agency had stepped up testing ahead of the Asian Games. "Our intelligence-led testing is yielding results," said Rao. "We would rather catch these cases at home than have India embarrassed abroad."

A senior AFI official, who did not wish to be named, said the federation had been worried for some time about supplements sold in gyms across north India. "Many of these boys buy products online without any idea what is inside," the official said.

Sehrawat's coach, Baljeet Dhankhar, said his ward had been "singled out".

"There are athletes who train with him who were also tested that day and nobody is talking about them," Dhankhar said.

Sehrawat, whose personal best of 84.10 metres is the third-best throw by an Indian this season, is due to appear before NADA's Anti-Doping Disciplinary Panel next month. If found guilty, he faces a ban of up to four years.

"We will put our case strongly," Dhankhar added.''',
 [("I have been tested more than", "Arjun Sehrawat"),
  ("I don't know how this has", "Arjun Sehrawat"),
  ("Whoever it is, however big the", "Suresh Kanwar"),
  ("Our intelligence-led testing is yielding results", "Meenakshi Rao"),
  ("We would rather catch these cases", "Meenakshi Rao"),
  ("Many of these boys buy products", "~official"),
  ("singled out", "Baljeet Dhankhar"),
  ("There are athletes who train with", "Baljeet Dhankhar"),
  ("We will put our case strongly", "Baljeet Dhankhar")]),

# 8 -- IOC reallocates Olympic weightlifting bronze after retest; Wikinews style, curly double quotes; IOC statement partial quotes, post on X, email to Wikinews, CEO quoted after colon, federation statement, documentary title with no speaker
('''Friday, June 20, 2025

The International Olympic Committee (IOC) on Thursday confirmed that Canadian weightlifter Marie-Claude Thibodeau will be awarded the bronze medal in the women’s 63 kg category from the 2016 Summer Olympics, nine years after the competition.

The reallocation follows the disqualification of the original bronze medallist, Kazakhstan’s Aigerim Seitkali, whose stored sample was found on reanalysis to contain the anabolic steroid dehydrochlormethyltestosterone. Seitkali’s appeal to the Court of Arbitration for Sport was dismissed in March.

In a statement, the IOC said the decision reflected its “unwavering commitment to protecting clean athletes”, and that a ceremony would be organised “in consultation with the athlete”.

Thibodeau, now 35 and working as a physiotherapist in Sherbrooke, Quebec, wrote on X: “Nine years late, but it still counts. This one is for every clean athlete who finished fourth.”

She told Wikinews in an email that she had learned of the decision from a phone call while she was treating a patient. “I had to sit down,” she wrote. “My first thought was for my late father, who drove me to every training session for ten years.”

The Canadian Olympic Committee (COC) said it would work with the IOC to organise the ceremony. Its chief executive, Andrew Lafontaine, said: “Marie-Claude’s patience and dignity through this process have been remarkable.”

Seitkali did not respond to requests for comment. The Kazakhstan Weightlifting Federation said in a brief statement that it “accepts the decision” and would not take any further action.

Thibodeau’s former coach, Guy Marchand, said the long delay had cost her sponsorship and recognition at the peak of her career. “The medal is wonderful, but nobody can give her back the moment on the podium,” he said.

Her story features in the forthcoming documentary “Fourth Place Forever”, which is due for release in the autumn.''',
 [("unwavering commitment to protecting clean athletes", "International Olympic Committee"),
  ("in consultation with the athlete", "International Olympic Committee"),
  ("Nine years late, but it still", "Marie-Claude Thibodeau"),
  ("I had to sit down", "Marie-Claude Thibodeau"),
  ("My first thought was for my", "Marie-Claude Thibodeau"),
  ("Marie-Claude’s patience and dignity through this", "Andrew Lafontaine"),
  ("accepts the decision", "Kazakhstan Weightlifting Federation"),
  ("The medal is wonderful, but nobody", "Guy Marchand")]),

# 9 -- FA touchline ban for manager's referee comments; British sports desk with straight single quotes; partial quotes, FA statement, press conference split quote, "He added", association chairman, terrace chant with no speaker, club statement
('''Braxton City manager Alasdair Munro has been handed a three-match touchline ban and fined £25,000 after the Football Association found him guilty of improper conduct over his comments about referee Joanne Pettifer.

Munro, 58, had described Pettifer's performance in last month's 2-1 defeat at Holbrook Town as 'a disgrace to the profession' and questioned whether she was 'fit to be in the middle'.

An independent Regulatory Commission heard the case on Wednesday. The FA said in a statement that the comments had 'gone well beyond fair criticism' and had called into question the integrity of a match official.

Speaking at his pre-match press conference on Friday, the Scot was unrepentant about the substance of his remarks.

'I accept the punishment, I'm not going to sit here and cry about it,' Munro said. 'But if we can't ask questions about decisions that cost us points, what are we doing?'

He added: 'I've never said a word about her as a person. It was about the decision.'

The Referees' Association, which represents officials at every level of the game, welcomed the sanction. 'Abuse of officials on a Sunday morning starts with comments like these on a Saturday afternoon,' said the association's chairman, Keith Drummond.

Braxton fans have rallied behind their manager, with a section of the away end at Holbrook chanting 'Munro's barmy army' throughout Tuesday's win at Lowmoor.

Braxton City said in a statement that the club was 'disappointed' with the outcome but would not appeal.

Munro will serve the first game of his ban at Saturday's home match against Eastleigh Vale, with assistant manager Colin Dray expected to take his place in the technical area. He was also warned about his future conduct.''',
 [("a disgrace to the profession", "Alasdair Munro"),
  ("fit to be in the middle", "Alasdair Munro"),
  ("gone well beyond fair criticism", "Football Association"),
  ("I accept the punishment, I'm not", "Alasdair Munro"),
  ("But if we can't ask questions", "Alasdair Munro"),
  ("I've never said a word about", "Alasdair Munro"),
  ("Abuse of officials on a Sunday", "Keith Drummond"),
  ("Munro's barmy army", None),
  ("disappointed", "Braxton City")]),

# 10 -- DFB Sports Court punishes club over pyrotechnics; Deutsche Welle-style English desk, curly double quotes; court statement partial quote, German banner with no speaker, told Kicker, female coach at press conference, "added", fan group statement
('''The DFB Sports Court, the disciplinary body of the German Football Association, has fined second-division club FC Rheinauen €180,000 and ordered the partial closure of its stadium after fans set off more than 200 flares during a derby in March.

The court said the incident had posed “a considerable danger to spectators, players and officials”, and that the club had failed to take adequate preventive measures despite previous warnings.

The match against Borussia Lindenfeld was halted for 14 minutes in the second half as thick smoke drifted across the pitch. Supporters in the home end unfurled a banner reading “Pyrotechnik ist kein Verbrechen” — pyrotechnics are not a crime.

Rheinauen chairman Klaus-Dieter Brenninger said the club would appeal. “We condemn what happened, but we are being punished for the actions of a few dozen people,” he told Kicker. “Closing a whole stand hurts thousands of innocent fans.”

The club’s head coach, Mirela Kovačević, said at her weekly press conference that the players had been shaken. “At one point you could hardly breathe on the pitch,” she said. “I don’t want to see that ever again.”

Kovačević, who last season became the first woman to coach a men’s team in the 2. Bundesliga, added: “Our supporters are fantastic, but this is not support.”

The club’s largest fan group, Ultras Rheinauen 1998, rejected the criticism in a statement posted on its website, describing the penalty as “collective punishment” and calling for “dialogue instead of repression”.

The eastern stand, which holds about 9,000 spectators, will be closed for the club’s next two home matches. German clubs were fined a combined total of more than €5m for pyrotechnics offences last season, and the number of incidents has risen for three years in a row.''',
 [("a considerable danger to spectators, players", "DFB Sports Court"),
  ("Pyrotechnik ist kein Verbrechen", None),
  ("We condemn what happened, but we", "Klaus-Dieter Brenninger"),
  ("Closing a whole stand hurts thousands", "Klaus-Dieter Brenninger"),
  ("At one point you could hardly", "Mirela Kovačević"),
  ("I don’t want to see that", "Mirela Kovačević"),
  ("Our supporters are fantastic, but this", "Mirela Kovačević"),
  ("collective punishment", "Ultras Rheinauen 1998"),
  ("dialogue instead of repression", "Ultras Rheinauen 1998")]),

# 11 -- ITIA match-fixing ban for Argentine player; London wire copy, straight quotes; hearing officer's written decision, agency statement, "said X, the chief executive", lawyer by phone, anonymous player, national association partial quote
('''LONDON — A 23-year-old tennis player from Argentina has been banned for 12 years and fined $150,000 after the International Tennis Integrity Agency found she accepted bribes to lose sets at lower-tier tournaments in South America.

Valentina Ocampo-Ruiz, once ranked 211th in the world, was found to have committed 17 breaches of the Tennis Anti-Corruption Program between 2021 and 2023. The case was heard in March by an independent anti-corruption hearing officer, Camilla Stroud.

"The evidence of repeated contact between the player and known corruptors was overwhelming," Stroud wrote in her decision.

The ITIA said the sanction sent "a clear message" to anyone approached by criminal networks.

"We understand the financial pressures facing players outside the top 200, but there is never an excuse for corruption," said Evelyn Marsh-Tennant, the agency's chief executive. "Players who are approached must report it."

Ocampo-Ruiz's lawyer, Federico Lanzani, said his client had been "manipulated and threatened" by people she met through social media.

"She was 19 years old and alone on the tour with no money," Lanzani said by phone from Buenos Aires. "These criminals knew exactly who to target."

A player on the ITF World Tennis Tour who has competed in several of the tournaments named in the decision said approaches were common. "Everyone gets messages. Most of us just block them," she said, asking not to be named for fear of abuse online.

The Argentine Tennis Association said it condemned all forms of corruption but would offer the player "support and guidance" as she considered her options.

The ban runs until 2036 and prohibits Ocampo-Ruiz from playing in, coaching at or attending any event sanctioned by the sport's governing bodies. She has 20 business days to appeal to the Court of Arbitration for Sport.''',
 [("The evidence of repeated contact between", "Camilla Stroud"),
  ("a clear message", "International Tennis Integrity Agency"),
  ("We understand the financial pressures facing", "Evelyn Marsh-Tennant"),
  ("Players who are approached must report", "Evelyn Marsh-Tennant"),
  ("manipulated and threatened", "Federico Lanzani"),
  ("She was 19 years old and", "Federico Lanzani"),
  ("These criminals knew exactly who to", "Federico Lanzani"),
  ("Everyone gets messages. Most of us", "~player"),
  ("support and guidance", "Argentine Tennis Association")]),

# 12 -- UCI suspends French team after second positive; cycling desk, curly double quotes; team manager at press conference with quote continuing in next paragraph, agent, UCI statement, T-shirt slogan with no speaker, unnamed spectator
('''The Union Cycliste Internationale (UCI) has suspended the French team Équipe Vallée du Rhône from all racing for 30 days after a second of its riders tested positive within 12 months, triggering a rule designed to punish teams with repeated doping cases.

The suspension means the team, which races at ProTeam level, will miss the Critérium du Dauphiné and is unlikely to receive a wildcard invitation for the Tour de France.

Team manager Laurent Castagnède told a press conference in Valence on Monday that he felt “humiliated” by the positives.

“I have spent 20 years building this team on the idea that you can win clean,” Castagnède said. “Two young men have thrown that back in our faces.”

“We will accept the sanction. We will not appeal. And we will come back stronger.”

The second rider, 22-year-old Belgian Jonas Verhaegen, returned a positive test for the blood booster CERA at a stage race in Brittany in April. The first, a French climber, was banned for four years last summer.

Verhaegen’s agent, Ellen De Smet, said the rider would contest the finding. “Jonas is devastated and insists he has never used any forbidden substance,” De Smet said.

The UCI said in a statement that the rule existed to “hold teams accountable for the conduct of their riders”.

Outside the team hotel, supporters wore T-shirts bearing the slogan “Vallée propre” (Clean Valley), the name of an anti-doping campaign the team launched in 2019.

A woman who had travelled from Lyon to see the riders said she felt betrayed. “We believed in them,” she said. “Now I don’t know what to believe any more.”

The team’s sponsors, a regional bank and a supermarket chain, said they were reviewing their commitments and would make an announcement after meeting the management later this month.''',
 [("humiliated", "Laurent Castagnède"),
  ("I have spent 20 years building", "Laurent Castagnède"),
  ("Two young men have thrown that", "Laurent Castagnède"),
  ("We will accept the sanction. We", "Laurent Castagnède"),
  ("Jonas is devastated and insists he", "Ellen De Smet"),
  ("hold teams accountable for the conduct", "Union Cycliste Internationale"),
  ("Vallée propre", None),
  ("We believed in them", "~woman"),
  ("Now I don’t know what to", "~woman")]),

# 13 -- FIFA transfer ban over minors; Wikinews style, straight quotes; FIFA statement ("the statement said"), club president speaking to Lusa, parent told Wikinews, players' union partial quote
('''Thursday, February 6, 2025

FIFA on Wednesday banned Portuguese club SC Alvorada from registering new players for three transfer windows and fined it 500,000 Swiss francs after finding it had breached rules on the international transfer of minors.

According to FIFA, the club registered 14 players under the age of 18 from West Africa between 2020 and 2023 without obtaining the approval required under Article 19 of the Regulations on the Status and Transfer of Players.

In a statement, FIFA said the club's conduct had been "systematic and deliberate".

"The protection of minors is one of the cornerstones of the transfer system," the statement said. "Clubs that exploit young players' dreams will be sanctioned accordingly."

Alvorada's president, Rui Monteiro Cabral, said the club would appeal to the Court of Arbitration for Sport. Speaking to the Portuguese news agency Lusa, he said the club had "always acted in good faith".

"These boys came with their families, they go to school, they live with dignity," Cabral said. "We gave them an opportunity that they would not have had at home."

The investigation began after a complaint by a Ghanaian parent, Kwabena Asante-Darko, whose son joined the club's academy at the age of 15. He told Wikinews his son had been promised a professional contract that never materialised.

"They told us he would be playing in one of Europe's biggest leagues within three years," Asante-Darko said. "Instead he was sleeping in a room with eight other boys."

FIFPRO, the global players' union, said the case showed "the need for much stronger oversight" of academies that recruit abroad.

Alvorada, who play in Portugal's third tier, may still sell or release players during the ban. The club's women's team is not affected by the sanction.''',
 [("systematic and deliberate", "FIFA"),
  ("The protection of minors is one", "FIFA"),
  ("Clubs that exploit young players' dreams", "FIFA"),
  ("always acted in good faith", "Rui Monteiro Cabral"),
  ("These boys came with their families", "Rui Monteiro Cabral"),
  ("We gave them an opportunity that", "Rui Monteiro Cabral"),
  ("They told us he would be", "Kwabena Asante-Darko"),
  ("Instead he was sleeping in a", "Kwabena Asante-Darko"),
  ("the need for much stronger oversight", "FIFPRO")]),

# 14 -- Rugby judicial suspension after high tackle; New Zealand sports desk, curly double quotes; governing body statement with several partial quotes, Instagram apology, head coach told reporters, "the 26-year-old", team doctor, national union partial quote
('''All Blacks loose forward Tane Whakaruru will miss the rest of the Rugby Championship after being suspended for four matches for a high tackle against Argentina in Mendoza.

Whakaruru, 26, was shown a red card in the 52nd minute after his shoulder made contact with the head of Pumas hooker Facundo Ibarra, who failed a head injury assessment and took no further part in the match.

In a statement, World Rugby said the independent judicial committee had judged the tackle “reckless” and found it involved “a high degree of danger”, but had reduced the six-week starting point by two weeks because of the player’s “exemplary disciplinary record” and early acceptance of the charge.

Whakaruru posted an apology on Instagram on Sunday night. “Gutted to let the boys down. Facundo, I hope you’re doing OK bro, that was never my intention,” he wrote.

All Blacks head coach Warren Kereama said the suspension was fair. “You can’t argue with it,” Kereama told reporters in Buenos Aires. “Tane knows where he went wrong. He’s owned it.”

Asked who would replace the 26-year-old at blindside flanker, Kereama said the selectors would “sleep on it” before naming the side on Thursday.

Ibarra was released from hospital on Saturday. Argentina’s team doctor, Lucía Fernández Bravo, said he was recovering well. “Facundo is in good spirits and is following the return-to-play protocols,” she said.

New Zealand Rugby said it “fully respects” the judicial process and would not appeal against the length of the ban.

The All Blacks host South Africa in Wellington in a fortnight. Whakaruru, who has 31 test caps, will be available again for the end-of-year tour to Europe.''',
 [("reckless", "World Rugby"),
  ("a high degree of danger", "World Rugby"),
  ("exemplary disciplinary record", "World Rugby"),
  ("Gutted to let the boys down", "Tane Whakaruru"),
  ("You can’t argue with it", "Warren Kereama"),
  ("Tane knows where he went wrong", "Warren Kereama"),
  ("sleep on it", "Warren Kereama"),
  ("Facundo is in good spirits and", "Lucía Fernández Bravo"),
  ("fully respects", "New Zealand Rugby")]),

# 15 -- NWSL contract holdout; US sports desk, straight quotes; agent's statement with partial and split quotes, general manager told reporters, terse coach, Instagram caption, fans' sign with no speaker, unnamed season-ticket holder
('''Bayou City FC forward Jordan Ellison-Price skipped the first day of preseason training Monday, escalating a contract dispute with the NWSL club that her agent, Tamsin Greaves, described as "completely avoidable."

Ellison-Price, 27, led the league with 17 goals last season and is entering the final year of her deal. She is seeking an extension that would make her one of the highest-paid players in the women's game.

"Jordan wants to be in Houston. She's said that from day one," Greaves said in a statement. "But she also wants to be paid like the best player in the league, because she is."

General manager Karen Oyelaran said the club had made "a very strong offer" in December and had improved it twice since.

"We value Jordan enormously, and our door is open," Oyelaran told reporters after training. "What we won't do is negotiate through the media."

Coach Miguel Arenas kept his answers short. "I coach the players who are here," he said.

Ellison-Price has not spoken publicly about the dispute, but on Monday morning she posted a photo of herself training alone on a beach in Galveston, captioned "Locked in. Always."

A handful of supporters showed up at the training facility with a hand-painted sign reading "PAY JEP".

One season-ticket holder, who had driven in from Sugar Land, said she hoped the two sides would settle before the season opener in March. "She's the reason half of us bought tickets," the fan said.

Under the league's collective bargaining agreement, players who miss mandatory team activities can be fined. The club declined to say whether it would fine Ellison-Price, who has scored 49 goals in four seasons with Bayou City.''',
 [("completely avoidable", "Tamsin Greaves"),
  ("Jordan wants to be in Houston", "Tamsin Greaves"),
  ("But she also wants to be", "Tamsin Greaves"),
  ("a very strong offer", "Karen Oyelaran"),
  ("We value Jordan enormously, and our", "Karen Oyelaran"),
  ("What we won't do is negotiate", "Karen Oyelaran"),
  ("I coach the players who are", "Miguel Arenas"),
  ("Locked in. Always.", "Jordan Ellison-Price"),
  ("PAY JEP", None),
  ("She's the reason half of us", "~fan")]),

# 16 -- World Aquatics suspends diving judges; Wikinews style, curly double quotes; integrity unit report, told the Spanish daily AS, TikTok video with "the 23-year-old said", unnamed governing-body spokesperson, coach partial then full quote, chant with no speaker
('''Tuesday, August 5, 2025

World Aquatics has suspended two diving judges for five years after an investigation found they colluded to inflate the scores of each other’s divers at last year’s world championships.

The investigation was carried out by the Aquatics Integrity Unit (AQIU), which operates independently of the governing body. In its report, published on Monday, the unit said it had identified “a clear and coordinated pattern” of scoring across four events.

The judges were named as Petra Kallionen of Finland and Sergio Mancebo of Spain. Both had officiated at international level for more than two decades.

Mancebo denied any wrongdoing. “I have judged for 25 years with complete honesty,” he told the Spanish sports daily AS. “This report is built on statistics, not on facts.”

Kallionen did not respond to requests for comment.

Canadian diver Aisha Nkemelu, who finished fourth in the women’s 10 m platform final, said she was relieved but exhausted. “I’m not angry any more, I’m just tired,” the 23-year-old said in a video posted to her TikTok account. “Fourth is a hard place to finish when you know the scores weren’t fair.”

World Aquatics said the results would not be changed. “Under the competition regulations, results become final once the event has concluded,” a World Aquatics spokesperson said.

Canada’s head diving coach, Naomi Fairweather, called that position “indefensible”.

“If the governing body accepts the scoring was manipulated, then it must accept the results were manipulated,” Fairweather said.

At an exhibition event in Montreal on Saturday, spectators greeted Nkemelu with chants of “Aisha, Aisha” as she climbed to the platform.

The two judges have 21 days to appeal to the Court of Arbitration for Sport. World Aquatics said it would introduce a new system for randomly assigning judging panels at next year’s championships.''',
 [("a clear and coordinated pattern", "Aquatics Integrity Unit"),
  ("I have judged for 25 years", "Sergio Mancebo"),
  ("This report is built on statistics", "Sergio Mancebo"),
  ("I’m not angry any more, I’m", "Aisha Nkemelu"),
  ("Fourth is a hard place to", "Aisha Nkemelu"),
  ("Under the competition regulations, results become", "World Aquatics"),
  ("indefensible", "Naomi Fairweather"),
  ("If the governing body accepts the", "Naomi Fairweather"),
  ("Aisha, Aisha", None)]),

# 17 -- GAA suspension overturned by the Disputes Resolution Authority; Irish (RTÉ-style) desk, straight quotes; tribunal partial quotes, manager split quote, "the Ballina man added", told RTÉ Sport, association statement
('''A Mayo footballer's eight-week suspension for striking has been overturned by the Disputes Resolution Authority, clearing him to play in Sunday's Connacht final.

Cathal Ó Broin, 28, was sent off in the semi-final against Roscommon following an off-the-ball incident early in the second half. The Central Hearings Committee later upheld the proposed ban.

But a three-person DRA tribunal, which sat in Dublin on Tuesday night, found the video evidence "inconclusive" and ruled that the original hearing had been "fundamentally flawed" because the player had not been given the full footage in advance.

Mayo manager Declan Fahy welcomed the decision. "It's a relief for Cathal and for the whole panel," Fahy said. "He's been training on his own for two weeks not knowing whether he'd play."

"To be honest, we always felt the footage showed nothing," the Ballina man added.

Ó Broin, who has been one of the county's most consistent performers since making his debut in 2017, told RTÉ Sport he had "never been so nervous" waiting for a verdict.

"I sat in the car outside the hotel for an hour," he said. "When the call came I rang my mother first."

The Gaelic Athletic Association said in a statement that it "notes the decision" and would review its hearing procedures at the end of the season.

Roscommon did not comment on the ruling. The county board had made no submission to the tribunal.

Mayo, who lost last year's provincial final by a point, face Galway at MacHale Park in Castlebar, where a crowd of close to 25,000 is expected. Throw-in is at 4pm and the match will be shown live on RTÉ Two.''',
 [("inconclusive", "Disputes Resolution Authority"),
  ("fundamentally flawed", "Disputes Resolution Authority"),
  ("It's a relief for Cathal and", "Declan Fahy"),
  ("He's been training on his own", "Declan Fahy"),
  ("To be honest, we always felt", "Declan Fahy"),
  ("never been so nervous", "Cathal Ó Broin"),
  ("I sat in the car outside", "Cathal Ó Broin"),
  ("When the call came I rang", "Cathal Ó Broin"),
  ("notes the decision", "Gaelic Athletic Association")]),

# 18 -- CAS rejects judoka's appeal over refusal to bow; Reuters style, curly double quotes; federation statement partial quotes, CAS panel's written award, coach told reporters, Facebook apology, told NHK with "the 21-year-old", anonymous team official split quote
('''BUDAPEST, June 14 (Reuters) – The Court of Arbitration for Sport on Saturday dismissed an urgent appeal by Mongolian judoka Enkhjin Baatar against her disqualification from the world championships for refusing to bow to her opponent.

The International Judo Federation (IJF) disqualified Baatar, 24, and stripped her of a guaranteed bronze medal after she walked off the mat without bowing following her semi-final defeat by Japan’s Haruka Shimizu on Thursday.

The IJF said her behaviour was “contrary to the spirit and values of judo” and that it had a duty to “protect the image of the sport”.

Baatar’s lawyers argued the sanction was disproportionate, saying she had been dazed after a heavy throw. The CAS panel, which heard the case by video conference on Friday night, disagreed.

“The athlete’s conduct was witnessed by thousands of spectators and broadcast worldwide,” the panel wrote in its award.

Mongolia’s head coach, Ganbold Tserendorj, said the team was “shocked and deeply hurt” by the ruling.

“She is not a disrespectful person. She was hurt, she could not think clearly,” Tserendorj told reporters at the arena.

Baatar herself apologised in a post on Facebook. “I was wrong not to bow. I apologise to my opponent and to the judo family,” she wrote.

Shimizu, who went on to win gold, said she bore no grudge. “Emotions are high in a semi-final. I accept her apology completely,” the 21-year-old told Japanese broadcaster NHK.

A senior official with another national team, speaking on condition of anonymity, said the IJF had been inconsistent. “Last year a man did the same thing and got a warning,” the official said. “Why is it different for her?”

The bronze medal was not reallocated. Baatar remains eligible to compete at the Asian Championships in the autumn.''',
 [("contrary to the spirit and values", "International Judo Federation"),
  ("protect the image of the sport", "International Judo Federation"),
  ("The athlete’s conduct was witnessed by", "Court of Arbitration for Sport"),
  ("shocked and deeply hurt", "Ganbold Tserendorj"),
  ("She is not a disrespectful person", "Ganbold Tserendorj"),
  ("I was wrong not to bow", "Enkhjin Baatar"),
  ("Emotions are high in a semi-final", "Haruka Shimizu"),
  ("Last year a man did the", "~official"),
  ("Why is it different for her", "~official")]),

# 19 -- Women's hockey squad threatens boycott over unpaid fees; Wikinews style, straight quotes; players' association statement ("the statement said"), captain told Wikinews with quote continuing in next paragraph, CEO "said Steyn", ministry spokesperson, wristband slogan with no speaker
('''Sunday, September 14, 2025

Members of South Africa's women's national hockey team have said they will not play in next month's African qualifying tournament unless a dispute over unpaid match fees is resolved.

In a statement released on Saturday, the South African Hockey Players' Association (SAHPA), which represents the squad, said the players had "exhausted every avenue" before taking the decision.

"We love representing our country, but we cannot keep subsidising the national team out of our own pockets," the statement said.

Captain Lindiwe Mabaso, 30, told Wikinews that some players were owed more than 40,000 rand. "Some of the younger girls have had to borrow money to fly to training camps," Mabaso said. "That is not acceptable for a team ranked in the world's top 20."

"We are not asking for millions. We are asking for what was promised."

The South African Hockey Association's chief executive, Annelie Steyn, said the association was in advanced talks with a new sponsor. "We acknowledge that there have been delays and we apologise for them," said Steyn. "The money will be paid before the team departs."

A spokesperson for the Department of Sport, Arts and Culture said the minister was "monitoring the situation closely" and had asked to meet both parties this week.

At a training session in Pretoria on Friday, several players wore wristbands printed with the words "Equal Effort, Equal Pay".

The qualifying tournament, to be held in Ismailia, Egypt, offers one place at next year's World Cup. South Africa have won the continental title on each of the last four occasions, and a withdrawal would hand their place to the runners-up.''',
 [("exhausted every avenue", "South African Hockey Players' Association"),
  ("We love representing our country, but", "South African Hockey Players' Association"),
  ("Some of the younger girls have", "Lindiwe Mabaso"),
  ("That is not acceptable for a", "Lindiwe Mabaso"),
  ("We are not asking for millions", "Lindiwe Mabaso"),
  ("We acknowledge that there have been", "Annelie Steyn"),
  ("The money will be paid before", "Annelie Steyn"),
  ("monitoring the situation closely", "Department of Sport, Arts and Culture"),
  ("Equal Effort, Equal Pay", None)]),

# 20 -- Horse racing medication case; British racing desk, curly double quotes; panel chair with role before name, told the Racing Post, "the 41-year-old said", jockey and owner, regulator statement, anonymous groom
('''Newmarket trainer Harriet Colebrooke has been fined £12,000 and had a winner disqualified after the British Horseracing Authority’s independent disciplinary panel found that the gelding had been given a banned anti-inflammatory within the prohibited period before a race at Doncaster.

Northern Quarter, who won a mile handicap at the track in October, tested positive for phenylbutazone, commonly known as bute, in a post-race sample.

The panel’s chair, Malcolm Ashdown, said it accepted that Colebrooke had not intended to gain an advantage but that her yard’s record-keeping had been “woefully inadequate”.

“The trainer is ultimately responsible for every substance that goes into a horse in her care,” Ashdown said in delivering the panel’s findings.

Colebrooke, 41, told the Racing Post she was “embarrassed” but insisted there had been no attempt to cheat.

“A member of staff gave the wrong horse a sachet of bute because the boxes were next to each other,” the 41-year-old said. “It was a mistake, it was my mistake, and I’ve changed our systems.”

The winning jockey, Callum Byrne, who was not at fault, said he felt for the horse’s connections. “Harriet’s as straight as they come,” Byrne said.

Owner Deborah Whitlow said she would keep her horses with the yard. “I’ve had horses with Harriet for ten years and I trust her completely,” she said.

The BHA said in a statement that the case demonstrated “the importance of rigorous medication control in every yard”.

One groom at a neighbouring yard, who asked not to be named, said mix-ups were more common than the public realised. “It’s chaos at six in the morning with forty horses,” he said.

The race has been awarded to the runner-up, Lantern Bay, trained in Malton. Colebrooke, who has saddled more than 300 winners since taking out her licence in 2011, said she would not appeal.''',
 [("woefully inadequate", "Malcolm Ashdown"),
  ("The trainer is ultimately responsible for", "Malcolm Ashdown"),
  ("embarrassed", "Harriet Colebrooke"),
  ("A member of staff gave the", "Harriet Colebrooke"),
  ("It was a mistake, it was", "Harriet Colebrooke"),
  ("Harriet’s as straight as they come", "Callum Byrne"),
  ("I’ve had horses with Harriet for", "Deborah Whitlow"),
  ("the importance of rigorous medication control", "British Horseracing Authority"),
  ("It’s chaos at six in the", "~groom")]),

# 21 -- Scottish FA complaint over player's post about referee; Scottish sports desk with straight single quotes; partial quote, post on X, wording of a rule (no speaker), club-issued statement, female manager at press conference, "She added", unnamed supporter told BBC Scotland
('''Kilbride Thistle defender Ross McAllister faces a Scottish FA disciplinary hearing after posting a message on social media accusing referee Gavin Tully of 'bottling' a penalty decision.

The 30-year-old wrote on X after Saturday's 1-0 defeat by Dunmore Rovers: 'Clear as day. Ref bottled it again. Same every week against the big sides.'

The post was deleted within an hour, but the Scottish FA's compliance officer has issued a notice of complaint alleging a breach of the rule that prohibits comments which 'indicate bias or incompetence' on the part of match officials.

McAllister apologised on Monday. 'It was a heat-of-the-moment thing and I shouldn't have done it,' he said in a statement released by the club. 'I respect referees and the job they do.'

Thistle manager Eilidh Rennie said she had spoken to the player at length. 'Ross knows he got it wrong,' Rennie said at her pre-match press conference. 'He's a senior player and I expect better.'

She added that the club would not be 'throwing anyone under the bus' and would support McAllister at the hearing.

The incident came in the 88th minute, when Thistle striker Jamie Orr went down under a challenge from Dunmore captain Liam Baird. Tully waved play on, and Dunmore scored on the counter-attack moments later.

A Dunmore Rovers supporter who was at the match told BBC Scotland the decision had been correct. 'He dived, everybody in our end saw it,' the supporter said.

The hearing is scheduled for Hampden Park on 14 November. If the complaint is upheld, McAllister faces a suspension of up to two matches, which would rule him out of the derby against Ayrbank Athletic.''',
 [("bottling", "Ross McAllister"),
  ("Clear as day. Ref bottled it", "Ross McAllister"),
  ("indicate bias or incompetence", None),
  ("It was a heat-of-the-moment thing and", "Ross McAllister"),
  ("I respect referees and the job", "Ross McAllister"),
  ("Ross knows he got it wrong", "Eilidh Rennie"),
  ("He's a senior player and I", "Eilidh Rennie"),
  ("throwing anyone under the bus", "Eilidh Rennie"),
  ("He dived, everybody in our end", "~supporter")]),

# 22 -- Cross-country skier suspended over whereabouts failures; Wikinews style, curly double quotes; press conference partial then split quote with "the 28-year-old", anti-doping agency statement ("the statement said"), told VG, team doctor, Instagram post by teammate, federation partial quote
('''Thursday, January 16, 2025

Norwegian cross-country skier Ingrid Solbakken has been provisionally suspended after missing three doping tests within 12 months, Anti-Doping Norway announced on Wednesday.

Under the World Anti-Doping Code, three whereabouts failures within a year constitute an anti-doping rule violation punishable by a ban of up to two years.

Solbakken, a two-time world champion, said at a press conference in Oslo that she had been “careless, but never dishonest”.

“On two of those days I had updated my location in the app, and the update didn’t go through,” the 28-year-old said. “I should have checked. I didn’t. That is on me.”

Anti-Doping Norway said in a statement that it had “carefully reviewed” the explanations provided by the athlete. “The rules on whereabouts are clear and apply equally to all athletes,” the statement said.

The Norwegian Ski Federation’s cross-country chief, Eirik Haugland, told the newspaper VG that the federation would support her through the process. “Ingrid has our full backing. We know who she is,” Haugland said.

Team doctor Kari Lunde said the federation would review how its athletes manage their whereabouts submissions. “This shows that the systems we rely on are not foolproof,” Lunde said.

Teammate Sigrid Fossum wrote on Instagram: “Standing with you, Ingrid. Always.”

The International Ski and Snowboard Federation (FIS) said it had “taken note” of the suspension and would not comment further while the case was ongoing.

Solbakken will miss the remainder of the World Cup season, including the Holmenkollen races in March. A hearing before the Norwegian sports federation’s adjudication committee is expected in the spring.''',
 [("careless, but never dishonest", "Ingrid Solbakken"),
  ("On two of those days I", "Ingrid Solbakken"),
  ("I should have checked. I didn’t", "Ingrid Solbakken"),
  ("carefully reviewed", "Anti-Doping Norway"),
  ("The rules on whereabouts are clear", "Anti-Doping Norway"),
  ("Ingrid has our full backing", "Eirik Haugland"),
  ("This shows that the systems we", "Kari Lunde"),
  ("Standing with you, Ingrid. Always.", "Sigrid Fossum"),
  ("taken note", "International Ski and Snowboard Federation")]),

# 23 -- NCAA infractions case against a basketball program; AP wire style, straight quotes; committee decision partial quote, "said X, the chief hearing officer", president with "Dr." title, statement split quote, words relayed through attorney, told ESPN, student signs with no speaker, anonymous booster
('''INDIANAPOLIS (AP) — The NCAA placed Midland State's men's basketball program on four years of probation Thursday and banned it from next season's postseason after finding that boosters arranged impermissible payments to recruits.

The Division I Committee on Infractions said in its decision that former head coach Dale Whitacre "failed to promote an atmosphere of compliance," and handed him a five-year show-cause order that effectively bars him from college coaching.

"The violations in this case were serious, intentional and went to the heart of the recruiting process," said Theresa Lindqvist, the committee's chief hearing officer, on a teleconference with reporters.

Midland State president Dr. Alan Brightwater said the university was "disappointed" by the postseason ban but would not appeal.

"We accept responsibility for what happened, and we have made significant changes," Brightwater said in a statement. "Our current student-athletes did nothing wrong, and it is painful to see them bear the consequences."

Whitacre, now an assistant with an NBA G League team, said through his attorney, Monica Reyes-Fairbanks, that he had "no knowledge" of the payments.

"Coach Whitacre was never given a fair opportunity to present his side," Reyes-Fairbanks told ESPN.

The program must also vacate 38 wins from the 2021-22 and 2022-23 seasons and pay a fine of $5,000 plus 3% of its basketball budget.

At Thursday night's home game against Eastern Plains, students in the front rows held signs reading "Still Midland Proud."

One longtime booster, who spoke on condition of anonymity because he was not authorized to speak for the university, said the news had hit donors hard. "People feel betrayed, mostly by the guys who did this," he said.''',
 [("failed to promote an atmosphere of", "Division I Committee on Infractions"),
  ("The violations in this case were", "Theresa Lindqvist"),
  ("disappointed", "Alan Brightwater"),
  ("We accept responsibility for what happened", "Alan Brightwater"),
  ("Our current student-athletes did nothing wrong", "Alan Brightwater"),
  ("no knowledge", "Dale Whitacre"),
  ("Coach Whitacre was never given a", "Monica Reyes-Fairbanks"),
  ("Still Midland Proud", None),
  ("People feel betrayed, mostly by the", "~booster")]),

# 24 -- CONMEBOL sanctions club over racist abuse; EFE-style Latin American desk, curly double quotes; disciplinary body partial quotes, player's Instagram posts ("he wrote in a second post"), club president told Radio Mitre, female coach split quote, banner with no speaker
('''ASUNCIÓN, Paraguay (EFE) — The CONMEBOL Disciplinary Unit on Wednesday fined Argentine club Atlético Puerto Viejo $100,000 and ordered it to play its next two home Copa Libertadores matches behind closed doors after supporters directed racist abuse at a Brazilian player.

The body said the behaviour of the fans had been “absolutely unacceptable” and “incompatible with the values of football”.

The abuse was aimed at winger Thiago Nascimento of Brazilian club Atlético Serrano during the first leg of the round-of-16 tie in Argentina last week. Television images showed several spectators making gestures towards the player as he prepared to take a corner.

Nascimento, 22, posted a video of the incident on Instagram with the message: “Until when? We are in 2025 and we still have to live this.”

“I will not stay silent,” he wrote in a second post.

Puerto Viejo president Horacio Belgrano said the club “repudiates any act of discrimination” and had already taken action. “We have identified four of the people involved and they will be banned from our stadium for life,” Belgrano told Radio Mitre.

Atlético Serrano coach Renata Figueiredo said her player had been left in tears after the match. “He came into the dressing room and he could not speak,” Figueiredo said. “No one should go through that at their place of work.”

Before kick-off in the return leg in Brazil on Tuesday, Serrano players lined up behind a banner reading “Racismo é crime” — racism is a crime.

CONMEBOL has faced criticism for the level of its fines in previous racism cases. Under its disciplinary code, clubs found responsible for repeated incidents can be deducted points or expelled from the competition.''',
 [("absolutely unacceptable", "CONMEBOL Disciplinary Unit"),
  ("incompatible with the values of football", "CONMEBOL Disciplinary Unit"),
  ("Until when? We are in 2025", "Thiago Nascimento"),
  ("I will not stay silent", "Thiago Nascimento"),
  ("repudiates any act of discrimination", "Horacio Belgrano"),
  ("We have identified four of the", "Horacio Belgrano"),
  ("He came into the dressing room", "Renata Figueiredo"),
  ("No one should go through that", "Renata Figueiredo"),
  ("Racismo é crime", None)]),

# 25 -- Turkish club sacks Dutch coach after outburst; Istanbul wire copy, straight quotes; club's stock-exchange filing, agent told De Telegraaf, coach quote over two paragraphs with "the 55-year-old", chairman told beIN Sports, captain, crowd chant with no speaker
('''ISTANBUL — Karadenizspor dismissed head coach Maarten Vreeswijk on Monday, less than 24 hours after the Dutchman publicly criticised the club's board following a 3-0 home defeat.

In a filing with the Public Disclosure Platform, as required for clubs listed on the Istanbul stock exchange, the club said it had parted ways with Vreeswijk "by mutual agreement".

That version was quickly contradicted by the coach's agent, Sander Mulder, who told the Dutch newspaper De Telegraaf that there had been "nothing mutual about it".

Vreeswijk's comments after Sunday's match had stunned reporters at the stadium. "I was promised four new players in the summer. I got one, and he has been injured since August," the 55-year-old said. "I cannot work miracles with promises.

"The people who make decisions at this club need to look in the mirror before they look at the coach."

Club chairman Kemal Aydınoğlu said on Monday that the coach's remarks had "crossed a line".

"No employee, however talented, can speak about the institution in that way," Aydınoğlu told the broadcaster beIN Sports.

Captain Okan Demirtaş said the squad was sad to see Vreeswijk go. "He is an honest man and we learned a lot from him," Demirtaş said.

During the defeat, sections of the crowd had chanted "Yönetim istifa" (board resign), a call that was repeated by a few hundred supporters outside the stadium on Monday evening.

Assistant coach Serkan Yıldız will take charge for Saturday's trip to Antalya. Karadenizspor are 14th in the Süper Lig, three points above the relegation zone, and Vreeswijk is the second coach to leave the club this season.''',
 [("by mutual agreement", "Karadenizspor"),
  ("nothing mutual about it", "Sander Mulder"),
  ("I was promised four new players", "Maarten Vreeswijk"),
  ("I cannot work miracles with promises", "Maarten Vreeswijk"),
  ("The people who make decisions at", "Maarten Vreeswijk"),
  ("crossed a line", "Kemal Aydınoğlu"),
  ("No employee, however talented, can speak", "Kemal Aydınoğlu"),
  ("He is an honest man and", "Okan Demirtaş"),
  ("Yönetim istifa", None)]),
]
# fmt: on

# fmt: off
STORIES_CB = [
# 1 -- UN climate finance talks in Bonn; Reuters agency style, straight quotes; "said X", split quote, anonymous official partial quote, banner and chant, UN body statement
('''BONN, June 14 (Reuters) - Developing countries accused wealthy nations on Friday of stalling talks on a new climate finance goal, as a two-week negotiating session in the German city ended with little agreement on how much money should flow to poorer states.

"We came here to talk numbers, and we are leaving with brackets," said Teresa Vaitupu, lead negotiator for the Alliance of Small Island States. "Our people cannot eat brackets."

The draft text, which runs to 34 pages, still contains square brackets around almost every figure, reflecting disagreement among the nearly 200 countries that must sign off on the goal at the COP summit in November.

A European Union official, who asked not to be named because the discussions were private, said the bloc was "willing to look at a range of sources" but that public budgets alone could not meet the needs of developing countries.

Johan Ekdahl, Sweden's chief negotiator, said the session had moved further than many observers believed.

"There is a shared understanding now of the structure. The number comes at the end. It always does," Ekdahl told reporters after the closing plenary.

Rich countries pledged in 2009 to provide $100 billion a year in climate finance by 2020, a target they met two years late, according to the Organisation for Economic Co-operation and Development. Developing nations say their needs now run into the trillions of dollars.

Aminata Sow, a policy analyst at the Dakar-based Centre for Climate Justice, said the missed deadline still hung over the negotiations.

"Every year without a number is a year of lost trust. Countries that are being asked to cut emissions and adapt at the same time need to know what is coming, and when," she said.

Outside the conference centre, about 40 activists held a banner reading "Pay Up For Loss And Damage" and chanted "Whose money? Our future!" as delegates left the building.

The United Nations Framework Convention on Climate Change said in a statement that parties had "laid the groundwork" for a decision in November and urged ministers to "come ready to compromise."

(Reporting by Kate Lindqvist; Editing by Mark Porter)''',
 [("We came here to talk numbers", "Teresa Vaitupu"),
  ("Our people cannot eat brackets.", "Teresa Vaitupu"),
  ("willing to look at a range", "~official"),
  ("There is a shared understanding now", "Johan Ekdahl"),
  ("Every year without a number is", "Aminata Sow"),
  ("Pay Up For Loss And Damage", None),
  ("Whose money? Our future!", None),
  ("laid the groundwork", "United Nations Framework Convention on Climate Change"),
  ("come ready to compromise.", "United Nations Framework Convention on Climate Change")]),

# 2 -- First Nation council rejects gas pipeline in Canada; Wikinews style, curly quotes; press release, "told Wikinews", pronoun follow-ups, company statement partials, "told CBC News", blockade sign
('''Wednesday, October 16, 2024

The elected council of the Tsiyal First Nation in northern British Columbia, Canada on Monday voted to reject a proposed natural gas pipeline route through its territory, ending two years of negotiations with Calgary-based Northern Crest Pipelines.

The vote was unanimous, according to a press release from the Tsiyal First Nation Council. “The Tsiyal people have never ceded this land, and we will not trade our rivers for a royalty cheque,” the release said.

The proposed 310-kilometre line would have carried gas from fields in the province’s northeast to a planned export terminal on the coast. It would have crossed the Tsiyal River at two points, including near a spawning ground for sockeye salmon that the nation has fished for thousands of years.

Chief Della Aleck told Wikinews the decision followed a series of community meetings held over the summer. “We listened to the elders first and the young people second, and they said the same thing,” she said. “That doesn’t happen very often.”

Aleck said the company had offered the nation an equity stake in the project worth an estimated C$40 million. “Money was never the issue,” she said.

Northern Crest Pipelines said in a statement it was “disappointed but respectful” of the decision and would “review alternative routing options” with other First Nations along the corridor. The company did not respond to a request for further comment.

British Columbia Energy Minister Gordon Halvorsen told CBC News the province would not try to override the council. “Consent means consent,” Halvorsen said. “We’re not going back to the old way of doing things.”

Hereditary Chief Samuel Nikal, who had opposed the negotiations from the start, said the vote vindicated years of resistance. Supporters of the hereditary chiefs have maintained a camp near the upper river crossing since 2022, where a hand-painted sign reads “No Consent, No Pipeline”.

“The elected council and the hereditary chiefs do not always agree. On this, the land spoke for itself,” Nikal said.

The decision is the latest in a series of disputes over resource projects on unceded First Nations land in British Columbia, where most of the province was never covered by treaties.''',
 [("The Tsiyal people have never ceded", "Tsiyal First Nation Council"),
  ("We listened to the elders first", "Della Aleck"),
  ("That doesn’t happen very often.", "Della Aleck"),
  ("Money was never the issue", "Della Aleck"),
  ("disappointed but respectful", "Northern Crest Pipelines"),
  ("review alternative routing options", "Northern Crest Pipelines"),
  ("Consent means consent", "Gordon Halvorsen"),
  ("We’re not going back to the", "Gordon Halvorsen"),
  ("No Consent, No Pipeline", None),
  ("The elected council and the hereditary", "Samuel Nikal")]),

# 3 -- Sewage spills into an English chalk stream; Guardian style with British single quotes; group partial quote, quote across two paragraphs, document title, anonymous swimmer, company spokesperson, minister, placards
('''Campaigners from the Friends of the Lidd group have accused a water company of 'treating a chalk stream like a drain' after new figures showed raw sewage was discharged into the Dorset river for more than 2,100 hours last year.

Data published by the Environment Agency on Tuesday shows that storm overflows operated by Severn Marches Water spilled into the River Lidd on 143 separate occasions, almost double the number recorded in 2022.

Helen Marchbank, who chairs the group, said residents had been promised improvements for more than a decade. 'We've had enough of being told this is a legacy problem,' she said. 'The legacy is being made every time it rains.

'People paddle here. Children learn to swim here. And for a third of the summer it wasn't safe to put a foot in the water.'

The company's 2021 'Clean Rivers Pledge' committed it to reducing spills by 40% by 2025. Campaigners say it is now further from that target than when the pledge was made.

One swimmer, who has used the river near Wareford for 20 years and asked not to be named, said she had been ill twice last summer. 'You just stop trusting it. You look at the water and think, what's in there today?' she said.

A spokesperson for Severn Marches Water said: 'We recognise that the current level of spills is unacceptable and we are investing £180m in the Lidd catchment over the next five years.' The company blamed unusually heavy rainfall for much of the increase.

Dr Owen Pryce, a freshwater ecologist at the University of Southampton, said chalk streams were particularly vulnerable because of their clear, nutrient-poor water. 'There are only about 200 of these rivers in the world and most of them are in southern England. Every spill tips the balance a little further towards algae and away from the insects and fish that belong there,' he said.

The environment minister, Rebecca Thornley-Hale, said the government's new water bill would give regulators the power to block bonuses for executives at polluting firms. 'The era of water companies marking their own homework is over,' she said.

About 150 people gathered on the riverbank at Wareford on Saturday, some carrying placards reading 'Our River, Not Your Sewer'. The group is planning a further protest outside the company's headquarters in Dorchester next month.''',
 [("treating a chalk stream like a", "Friends of the Lidd"),
  ("We've had enough of being told", "Helen Marchbank"),
  ("The legacy is being made every", "Helen Marchbank"),
  ("People paddle here. Children learn to", "Helen Marchbank"),
  ("You just stop trusting it.", "~swimmer"),
  ("We recognise that the current level", "Severn Marches Water"),
  ("There are only about 200 of", "Owen Pryce"),
  ("The era of water companies marking", "Rebecca Thornley-Hale"),
  ("Our River, Not Your Sewer", None)]),

# 4 -- Indigenous land-rights march in Brasilia; AP style, straight quotes; chant, "said X, a leader", ministry statement, congressman, researcher, unnamed student described by age
('''BRASILIA, Brazil (AP) — Thousands of Indigenous people from across Brazil marched through the capital on Tuesday to demand that the government finish recognizing their ancestral lands, as a bill that would limit those claims moved forward in Congress.

Wearing feathered headdresses and body paint, protesters walked from their camp near the TV tower to the Three Powers Plaza, chanting "Our history did not begin in 1988" — a reference to a legal theory that would restrict land claims to areas Indigenous groups physically occupied when the current constitution was enacted.

"They want to erase everything that happened before that date, every expulsion, every massacre," said Jacira Awaeté, a leader from the Xingu region of Pará state. "If the law says we have no right to land we were forced off, then the law is the invasion."

Awaeté said her community has waited 17 years for the final signature on its territory. "We have the maps. We have the studies. We only need a pen," she said.

The Ministry of Indigenous Peoples said in a statement that it had sent four territories to the president for final approval and that it "remains committed to demarcating every Indigenous land in the country."

Supporters of the bill, who are backed by Brazil's powerful agribusiness sector, say it would bring legal certainty to farmers who have held title to land for decades.

"Nobody is against Indigenous people," said Rep. Evandro Maciel, a member of the farm caucus from Mato Grosso state. "What we want is that a farmer who bought land legally in 1970 is not told today that it belongs to someone else."

Scientists say recognized Indigenous territories are among the best-protected forests in the Amazon. A study published last year by the Amazon Environmental Research Institute found deforestation rates inside them were about a fifth of those on nearby private land.

"From a climate point of view, the evidence is overwhelming. Demarcation is one of the cheapest forms of carbon protection available," said Luciana Ferraz, a researcher at the institute.

Near the front of the march, a 19-year-old student from Roraima state said it was her first time in Brasilia. "My grandmother came here in 1988 to fight for the constitution. Now I'm here to fight for it again," she said.

The march was expected to continue Wednesday with a vigil outside the Supreme Federal Court.''',
 [("Our history did not begin in", None),
  ("They want to erase everything that", "Jacira Awaeté"),
  ("If the law says we have", "Jacira Awaeté"),
  ("We have the maps. We have", "Jacira Awaeté"),
  ("remains committed to demarcating every Indigenous", "Ministry of Indigenous Peoples"),
  ("Nobody is against Indigenous people", "Evandro Maciel"),
  ("What we want is that a", "Evandro Maciel"),
  ("From a climate point of view", "Luciana Ferraz"),
  ("My grandmother came here in 1988", "~student")]),

# 5 -- Aboriginal traditional owners win Federal Court case over mine; AFP style, curly quotes; judgment quoted ("she wrote"), elder with later description ("the grandmother of 14"), company and industry statements, lawyer, "told the ABC"
('''Sydney (AFP) – Aboriginal traditional owners on Thursday won a court battle to halt the expansion of an iron ore mine in Western Australia’s Pilbara region, with a judge ruling the government had failed to properly weigh damage to sacred sites.

The Federal Court set aside approval for Kalkara Resources to extend its Mount Yirra mine into a gorge that contains rock shelters the Nyarlu people say have been used for more than 40,000 years.

In her judgment, Justice Margaret Cullinane said the minister who approved the project had given “no real consideration” to evidence from Nyarlu elders about the cultural significance of the area.

“The process was not merely imperfect,” she wrote. “It treated the applicants’ evidence as a formality to be noted rather than a matter to be weighed.”

Outside the court in Perth, Nyarlu elder Dorothy Winmar, 71, wept as supporters embraced her.

“My father took me to those shelters when I was a little girl, and his father took him,” she said. “Today somebody finally listened.”

The grandmother of 14 said the fight had taken six years, and that two other senior elders had died before seeing the ruling.

Kalkara Resources said in a statement that it respected the court’s decision and would “carefully consider its options, including an appeal”. The company has said the expansion would create 400 jobs.

The Chamber of Minerals and Energy of Western Australia warned the ruling could “create uncertainty for projects that have already been through years of assessment”.

The case comes four years after mining giant Rio Tinto destroyed ancient rock shelters at Juukan Gorge, also in the Pilbara, prompting a national inquiry and promises of stronger protections for Aboriginal heritage.

Tom Addison, a lawyer with the Environmental Defenders Office who represented the Nyarlu, said the judgment sent a clear message to governments. “You cannot approve first and ask questions later,” he said.

Nyarlu ranger Jesse Kinnane, 29, told the ABC the community would now push for the gorge to be permanently protected. “We don’t want to be back in court in five years fighting the same fight,” he said.''',
 [("no real consideration", "Margaret Cullinane"),
  ("The process was not merely imperfect", "Margaret Cullinane"),
  ("It treated the applicants’ evidence as", "Margaret Cullinane"),
  ("My father took me to those", "Dorothy Winmar"),
  ("Today somebody finally listened.", "Dorothy Winmar"),
  ("carefully consider its options, including an", "Kalkara Resources"),
  ("create uncertainty for projects that have", "Chamber of Minerals and Energy of Western Australia"),
  ("You cannot approve first and ask", "Tom Addison"),
  ("We don’t want to be back", "Jesse Kinnane")]),

# 6 -- Greenpeace activists board a drilling rig off Norway; New York Times style with honorifics, straight quotes; banner, Instagram video, company statement, minister at news conference, NGO head, coast guard partial, unnamed fisherman
('''OSLO — Six Greenpeace activists climbed aboard a drilling rig being towed through the North Sea on Monday, unfurling a banner that read "The Future Is Fossil Free" and vowing to stay until the Norwegian government halted a new round of oil licenses in the Arctic.

The activists, from Norway, Germany, Finland and Brazil, boarded the rig, the Viking Stellar, from inflatable boats about 60 miles off the coast near Bergen, according to the environmental group.

"We are peaceful, we are safe, and we are not leaving," Ingrid Solheim, one of the activists, said in a video posted on Instagram from a platform on one of the rig's legs. "Norway cannot call itself a climate leader while it keeps opening new fields."

Ms. Solheim, 31, a marine biologist from Tromso, has been arrested twice before at climate protests.

The rig's operator, Nordvik Drilling, said the activists had put themselves and the crew in danger. "Boarding a vessel under tow in open sea is reckless and unlawful," the company said in a statement, adding that it had asked the police to intervene.

Norway is one of Western Europe's largest oil and gas producers, and the industry accounts for about a fifth of its economy. The government argues that Norwegian gas is helping replace Russian supplies in Europe and that its oil is produced with lower emissions than most.

"We have a responsibility to our European partners, and that responsibility has not gone away," Energy Minister Terje Brandsaeter said at a news conference in Oslo. Mr. Brandsaeter said the protest would "not change the timetable" for awarding the licenses, which is expected in January.

Greenpeace has challenged Norway's Arctic drilling in the courts for years, with mixed results.

"Every new license is a 40-year bet against the Paris agreement. The government knows this, and its own scientists have told it," said Kari Nesheim, the head of Greenpeace Norway.

The Norwegian Coast Guard said in a statement that it was "monitoring the situation" and had sent a vessel to the area. There were no reports of injuries by Monday evening.

In the port of Alesund, reaction was mixed. "They are brave, I'll give them that. But my son works on those platforms, and without oil this town is nothing," said a fisherman unloading cod on the quay, who declined to give his name.''',
 [("The Future Is Fossil Free", None),
  ("We are peaceful, we are safe", "Ingrid Solheim"),
  ("Norway cannot call itself a climate", "Ingrid Solheim"),
  ("Boarding a vessel under tow in", "Nordvik Drilling"),
  ("We have a responsibility to our", "Terje Brandsaeter"),
  ("not change the timetable", "Terje Brandsaeter"),
  ("Every new license is a 40-year", "Kari Nesheim"),
  ("monitoring the situation", "Norwegian Coast Guard"),
  ("They are brave, I'll give them", "~fisherman")]),

# 7 -- Heatwave attribution study in north India; The Hindu style, straight quotes; study title, lead author, co-author with a no-cue continuation paragraph, NGO, anonymous ministry official partial, labourers
('''NEW DELHI: Deadly heatwaves in north India have become around 30 times more likely because of climate change, and night-time temperatures are rising faster than daytime highs, according to a study released on Wednesday by researchers at the Indian Institute of Technology (IIT) Bombay and the University of Reading.

The study, titled "Hot nights over the Indo-Gangetic Plain", was published in the journal Environmental Research Letters and analysed temperature records from 412 weather stations between 1951 and 2023.

"The nights are the real story here. When the temperature doesn't fall below 30 degrees at night, the body never gets a chance to recover, and that is when we see deaths rise sharply," said Dr. Aparna Venkataraman, associate professor at IIT Bombay and lead author of the paper.

Co-author Prof. Simon Oakley of the University of Reading said the findings should change how cities prepare for summer. "Heat action plans in India have been a real success story, but most of them are still built around daytime maximum temperatures," he said.

"A city that cools off at night gives people a fighting chance. A city that doesn't is far more dangerous, especially for the elderly and for people sleeping in tin-roofed homes."

Rohini Bhatt, programme director at the Centre for Science and Environment, said the study confirmed what workers had been reporting for years. "Outdoor workers are paying the price for a crisis they did not cause," she said. "We need mandatory rest breaks and shaded spaces, not advisories."

An official in the Union Ministry of Environment, Forest and Climate Change, who did not wish to be named, said the ministry was "studying the findings closely" and would share them with State disaster management authorities.

The India Meteorological Department has forecast above-normal heatwave days for most of north and central India this summer.

At a construction site in Noida, Ramesh Kumar, 42, a mason from Bihar, said his crew had already changed its hours. "We start at five in the morning now and stop at eleven," he said. "But the contractor still wants the same work done."

Sunita Devi, who sells vegetables from a cart in east Delhi, said the nights were the hardest. "Even at midnight the fan only blows hot air," she said.''',
 [("The nights are the real story", "Aparna Venkataraman"),
  ("Heat action plans in India have", "Simon Oakley"),
  ("A city that cools off at", "Simon Oakley"),
  ("Outdoor workers are paying the price", "Rohini Bhatt"),
  ("We need mandatory rest breaks and", "Rohini Bhatt"),
  ("studying the findings closely", "~official"),
  ("We start at five in the", "Ramesh Kumar"),
  ("But the contractor still wants the", "Ramesh Kumar"),
  ("Even at midnight the fan only", "Sunita Devi")]),

# 8 -- WWF and ZSL wildlife-decline report; Wikinews style, curly quotes; report subtitle, organisation warning, "told Wikinews", scientist, Bluesky post partials, community monitor with no-cue continuation paragraph
('''Thursday, October 10, 2024

Monitored populations of wild vertebrates have declined by an average of 71 percent since 1970, according to a report released on Wednesday by the World Wide Fund for Nature (WWF) and the Zoological Society of London (ZSL).

The biennial Living Planet Report, subtitled “Nature at the Edge”, tracked nearly 35,000 populations of more than 5,000 species of mammals, birds, amphibians, reptiles and fish. Freshwater populations fared worst, with an average decline of 83 percent.

In the report, WWF warned that parts of the natural world were approaching “dangerous tipping points” beyond which recovery would be extremely difficult, citing the Amazon rainforest and tropical coral reefs.

Dr. Helena Marsh, WWF’s chief scientist, told Wikinews the figure did not mean 71 percent of all animals had disappeared. “It’s an average of how quickly populations are shrinking, not a headcount,” she said. “But it is the clearest signal we have that something is badly wrong.”

Marsh said the steepest declines had been recorded in Latin America and the Caribbean, driven largely by the conversion of forests and wetlands to farmland.

Professor Daniel Afolabi of ZSL, who led the data analysis, said the report also contained signs of hope. “Where we see conservation working, we see populations stabilise and even recover,” Afolabi said. “European bison, some mountain gorilla populations, humpback whales in parts of the southern hemisphere — these are not small wins.”

Some researchers have criticised the way the index is reported. Writing on the social media platform Bluesky, ecologist Dr. Mira Castellanos of the University of Barcelona said the headline figure was “easy to misread” and “deserves a lot more context than it usually gets”.

Wikinews also spoke by telephone with Ana Lucía Mendoza, a member of a community fish-monitoring group on the Atrato River in Colombia. “We used to catch bocachico every morning, enough for the family and enough to sell. Now some days we catch nothing at all,” she said.

“The young people see that, and they go to the gold mines instead. Then the mines put mercury in the river, and there are even fewer fish.”

The report’s authors called on governments to meet commitments made under the Kunming-Montreal Global Biodiversity Framework, which aims to protect 30 percent of the planet’s land and sea by 2030.''',
 [("dangerous tipping points", "World Wide Fund for Nature"),
  ("It’s an average of how quickly", "Helena Marsh"),
  ("But it is the clearest signal", "Helena Marsh"),
  ("Where we see conservation working, we", "Daniel Afolabi"),
  ("European bison, some mountain gorilla populations", "Daniel Afolabi"),
  ("easy to misread", "Mira Castellanos"),
  ("deserves a lot more context than", "Mira Castellanos"),
  ("We used to catch bocachico every", "Ana Lucía Mendoza"),
  ("The young people see that, and", "Ana Lucía Mendoza")]),

# 9 -- Villagers protest cement factory dust in Kwale, Kenya; Daily Nation style with Mr/Ms honorifics, straight quotes; placard, village elder, mother, regulator official, company statement, county official, chant, unnamed labourer who "asked"
('''Residents of Mwaluvanga village in Kwale County yesterday blocked the main gate of a cement factory, accusing the company of poisoning their water and making their children sick with dust.

Hundreds of protesters, some waving twigs and placards reading "We Want Clean Air, Not Cement", camped outside Coastline Cement Ltd from early morning, forcing the company to halt operations for the day.

"Our children cough every night. Our goats are dying after drinking from the river, and we have written letters to every office and nobody has answered," said Mr Hamisi Mwakio, a village elder.

Mr Mwakio said the factory had expanded its quarry to within 200 metres of homes since 2021.

Mama Zawadi Chengo, a mother of five, showed the Nation a jerrycan of brownish water she said had been drawn from the Mwachema stream that morning. "This is what we are given to drink. Would the managers give it to their own children?" she asked.

The National Environment Management Authority (Nema) regional coordinator for the Coast, Mr Peter Kyalo, said the authority had received several complaints and would send a team of inspectors this week. "If we find that the company is in breach of its licence conditions, we will not hesitate to suspend it," Mr Kyalo said.

In a statement, Coastline Cement said it operated "within all applicable environmental standards" and that dust levels around the plant were monitored monthly. "We are committed to being a good neighbour and we invite community leaders to visit our monitoring facilities," the statement read.

Kwale County Environment executive Ms Fatuma Mwanyalo, who addressed the protesters in the afternoon, said the county would commission its own water tests. "The county will not sacrifice the health of our people for a few jobs," Ms Mwanyalo said, drawing cheers and chants of "Haki yetu!" from the crowd.

Not everyone in the village supports the protest. The factory employs about 300 people, many of them casual labourers from surrounding villages.

"If they close it, where will we go? Who will pay school fees?" asked one casual labourer, who declined to give his name for fear of losing his job.

Police kept watch but did not intervene, and the protesters dispersed peacefully at dusk, vowing to return on Monday.''',
 [("We Want Clean Air, Not Cement", None),
  ("Our children cough every night.", "Hamisi Mwakio"),
  ("This is what we are given", "Zawadi Chengo"),
  ("If we find that the company", "Peter Kyalo"),
  ("within all applicable environmental standards", "Coastline Cement Ltd"),
  ("We are committed to being a", "Coastline Cement Ltd"),
  ("The county will not sacrifice the", "Fatuma Mwanyalo"),
  ("Haki yetu!", None),
  ("If they close it, where will", "~labourer")]),

# 10 -- German court sentences climate road-blockade activists; DW style, curly quotes; judge's partial and remarks, defendant's closing statement, banner, "told DW", ministry spokesperson, unnamed motorist witness
('''A Munich court on Tuesday handed suspended prison sentences to three climate activists who glued themselves to a motorway exit during rush hour last year, in one of the toughest rulings yet against Germany’s road-blockade protests.

The district court found the activists, members of the climate group Neue Wende aged between 22 and 61, guilty of coercion after they blocked traffic on the A9 for nearly two hours in October, causing tailbacks of up to 11 kilometers.

Presiding judge Renate Obermaier said the defendants had “knowingly taken thousands of people hostage for their message.”

“The court does not doubt the sincerity of your concern about climate change,” Obermaier told the defendants. “But sincerity is not a defense against the law.”

The oldest of the three, retired physics teacher Klaus Wendelin, told the court in his closing statement that he had no regrets. “I spent 35 years teaching teenagers about the greenhouse effect,” the 61-year-old said. “I could not look my former students in the eye if I stayed at home.”

Outside the courthouse, around 50 supporters held up a banner reading “Climate Protection Is Not a Crime” and applauded as the defendants emerged.

Lea Hoffbauer, 22, the youngest defendant, said the group would appeal. “We are being punished for doing what the government should be doing. If they want the blockades to end, they should end fossil fuel subsidies,” she told DW.

The Bavarian Justice Ministry has pushed for tougher penalties for road blockades, and has in the past supported preventive detention for repeat offenders. A ministry spokesperson said the ruling sent “a clear signal” that disrupting public life would not be tolerated.

One motorist who was caught in the blockade and testified as a witness said she had missed a hospital appointment for her daughter that morning. “I agree with them about the climate, I really do. I just don’t agree that my daughter should pay for it,” the woman said after the verdict.

Neue Wende has staged dozens of blockades in German cities over the past two years. The group says it will continue its protests until the government adopts a binding plan to phase out fossil fuels by 2030.''',
 [("knowingly taken thousands of people hostage", "Renate Obermaier"),
  ("The court does not doubt the", "Renate Obermaier"),
  ("But sincerity is not a defense", "Renate Obermaier"),
  ("I spent 35 years teaching teenagers", "Klaus Wendelin"),
  ("I could not look my former", "Klaus Wendelin"),
  ("Climate Protection Is Not a Crime", None),
  ("We are being punished for doing", "Lea Hoffbauer"),
  ("a clear signal", "Bavarian Justice Ministry"),
  ("I agree with them about the", "~motorist")]),

# 11 -- Iwi opposes fast-track gold mine in the Coromandel; RNZ style, curly quotes; iwi partial, "told RNZ" with no-cue continuation paragraph, company chief executive, ministry statement, scientist, chant and placard, unnamed beekeeper
('''Ngāti Kōhatu says it will fight a proposed gold mine near the headwaters of the Waiharakeke River “to the end”, after the company behind it applied for approval under the government’s fast-track consenting law.

Karaka Minerals lodged its application on Monday for an underground mine in the Coromandel Forest Park, about 12 kilometres from Thames. The fast-track regime allows projects deemed to be of regional or national significance to bypass parts of the usual resource consent process.

Iwi chair Mere Tautahi told RNZ the river was regarded as an ancestor by her people. “We don’t say the river belongs to us. We say we belong to the river,” she said.

“Our tūpuna fought to keep this valley out of the hands of miners in the 1890s. We’re not going to be the generation that gives it away.”

Karaka Minerals chief executive Grant Whitcombe said the mine would be underground and “barely visible” from the surrounding forest, with ore trucked out at night.

“We’ve designed this project to leave the smallest footprint of any gold mine in New Zealand’s history,” he said. Whitcombe said the company had offered Ngāti Kōhatu a formal partnership, including jobs and an environmental monitoring role.

In a statement, the Ministry of Business, Innovation and Employment said all fast-track applications would be assessed “on their merits by an independent expert panel”.

Freshwater ecologist Dr Aroha Pene, from the University of Waikato, said the main risk lay not in the mine itself but in what it left behind. “Even the best-run underground mines produce tailings, and tailings have a way of finding water,” she said. The Waiharakeke is home to kōura, longfin eels and the threatened Hochstetter’s frog.

On Saturday about 200 people marched through Thames chanting “Mine-free Coromandel”, many carrying placards reading “Ko te Wai te Ora — Water Is Life”.

A beekeeper whose hives sit on farmland below the proposed site, who asked not to be named because of tensions in the community, said he feared for his business. “Mānuka honey sells because people think this place is clean. One spill and that’s gone,” he said.

The expert panel is expected to make a decision on the application within six months.''',
 [("to the end", "Ngāti Kōhatu"),
  ("We don’t say the river belongs", "Mere Tautahi"),
  ("Our tūpuna fought to keep this", "Mere Tautahi"),
  ("barely visible", "Grant Whitcombe"),
  ("We’ve designed this project to leave", "Grant Whitcombe"),
  ("on their merits by an independent", "Ministry of Business, Innovation and Employment"),
  ("Even the best-run underground mines produce", "Aroha Pene"),
  ("Mine-free Coromandel", None),
  ("Ko te Wai te Ora — Water", None),
  ("Mānuka honey sells because people think", "~beekeeper")]),

# 12 -- Typhoon survivors sue oil majors in the Philippines; Rappler style, straight quotes; plaintiff, lawyer, company statement "told Reuters", climatologist "told Rappler", anonymous plaintiff described by age, senator's Facebook post
('''MANILA, Philippines – Twelve survivors of Super Typhoon Dindo filed a damages suit on Monday, March 4, against five multinational oil companies, arguing that the firms' emissions helped fuel the storm that flattened their homes in Eastern Samar in 2023.

"We lost our houses, our boats, and in my case, my husband. These companies have never set foot in Salcedo, but their pollution has," said Lorna Cabalquinto, 47, a fish vendor from the town of Salcedo and one of the plaintiffs.

The complaint, filed before a Quezon City regional trial court, seeks P1.2 billion in damages. It cites an attribution study by international scientists which found that the storm's rainfall was made around 20% heavier by global warming.

"This case is about responsibility," said lawyer Antonio Vergara of the Climate Justice Legal Center, which represents the survivors. "The science now allows us to draw a line from the smokestack to the storm surge."

Vergara said the plaintiffs were not asking the court to shut the companies down. "We are asking them to pay for the damage they caused. That is what the law asks of anyone who harms another person."

None of the five companies had responded to Rappler's request for comment as of posting. One of them, Meridian Petroleum, told Reuters in an emailed statement that it "does not comment on pending litigation," but added that "climate change is a global challenge that requires global solutions, not lawsuits."

Dr. Gemma Alcaraz, a climatologist at the Manila Observatory, said attribution science had advanced rapidly in the past decade. "Ten years ago, we could not say this with confidence. Now we can put numbers on it, storm by storm," she told Rappler.

The Philippines is among the countries most exposed to tropical cyclones, with about 20 entering its area of responsibility each year.

Another plaintiff, a 68-year-old fisherman who asked that his name be withheld because he feared harassment, said he joined the case for his grandchildren. "I am old. I will not see the end of this case. But maybe they will see some justice," he said.

Senator Carmela Ordoñez, who chairs the Senate committee on climate change, backed the plaintiffs in a Facebook post on Monday afternoon. "Ang laban ng Salcedo ay laban ng buong bansa," she wrote in Filipino, saying the town's fight was the whole nation's fight.''',
 [("We lost our houses, our boats", "Lorna Cabalquinto"),
  ("This case is about responsibility", "Antonio Vergara"),
  ("The science now allows us to", "Antonio Vergara"),
  ("We are asking them to pay", "Antonio Vergara"),
  ("does not comment on pending litigation", "Meridian Petroleum"),
  ("climate change is a global challenge", "Meridian Petroleum"),
  ("Ten years ago, we could not", "Gemma Alcaraz"),
  ("I am old. I will not", "~fisherman"),
  ("Ang laban ng Salcedo ay laban", "Carmela Ordoñez")]),

# 13 -- Chemical plant flaring in Louisiana's industrial corridor; US regional newspaper style, straight quotes; residents, Facebook caption, company statement partials, nickname scare quote, local activist, named agency spokesman
('''ST. GABRIEL, La. — Residents of a small community along the Mississippi River say they were never warned before a chemical plant sent towering flames and thick black smoke into the sky for nearly nine hours on Sunday.

The flaring at the Bayou Sorrel Chemical Co. plant began around 2 a.m., according to a notice the company filed with the Louisiana Department of Environmental Quality. The company blamed a power failure that forced several units to shut down at once.

"I woke up and the whole bedroom was orange. I thought the house was on fire," said Denise Batiste, 58, who lives about half a mile from the plant's fence line.

Batiste said she drove her grandchildren to her sister's home in Baton Rouge before dawn. "Nobody called. Nobody knocked. We found out from Facebook," she said.

A video posted to Facebook by another resident, Tyrone Gaspard, showed flames rising above the plant's cooling towers. "This is what we breathe while y'all sleep," Gaspard wrote in the caption. The video had been shared more than 12,000 times by Monday afternoon.

Bayou Sorrel Chemical said in a statement that the flaring was "a safety measure designed to protect our employees and the community" and that air monitors at the fence line showed "no readings above regulatory thresholds."

The industrial corridor between Baton Rouge and New Orleans, lined with more than 150 plants and refineries, is known to many who live there as "Cancer Alley."

"Every time this happens, the company says the air was fine," said Marguerite Joseph, founder of the local group River Parishes Rising. "Then why are our eyes burning? Why are the kids wheezing?"

Joseph said her group had collected its own air samples on Sunday and planned to release the results later this week.

DEQ spokesman Greg Fontenot said the agency had dispatched its mobile air monitoring lab to the area on Sunday morning and was reviewing the company's report. "We take these events seriously and will determine whether any permit conditions were violated," Fontenot said.

The plant has reported four flaring events to state regulators since 2021, according to agency records.''',
 [("I woke up and the whole", "Denise Batiste"),
  ("Nobody called. Nobody knocked.", "Denise Batiste"),
  ("This is what we breathe while", "Tyrone Gaspard"),
  ("a safety measure designed to protect", "Bayou Sorrel Chemical Co."),
  ("no readings above regulatory thresholds.", "Bayou Sorrel Chemical Co."),
  ("Every time this happens, the company", "Marguerite Joseph"),
  ("Then why are our eyes burning?", "Marguerite Joseph"),
  ("We take these events seriously and", "Greg Fontenot")]),

# 14 -- Mass salmon deaths at a Scottish fish farm; BBC News style with British single quotes; campaign group partial, "said:" constructions, company spokesman, industry body partial, "told BBC Scotland's The Nine", scientist partial, government spokesperson
('''The Coastal Waters Alliance has accused one of Scotland's largest salmon farming companies of 'turning a sea loch into a graveyard' after figures showed more than 400,000 fish died at a single site in three months.

Figures from the Fish Health Inspectorate show the deaths occurred at Hebridean Sea Farms' site in Loch Carran, Wester Ross, between July and September.

The alliance's director, Fiona McAllister, said: 'These are not small numbers and this is not a one-off. If this happened on a cattle farm, there would be a public inquiry.'

She said lorries carrying dead fish had driven through the nearby village 'day after day' during the summer.

Hebridean Sea Farms said the deaths were caused by an unusual bloom of microscopic jellyfish and algae linked to warmer sea temperatures.

'Our teams worked around the clock to protect the fish in our care, and we share the frustration of the local community,' a company spokesman said. 'Like every farmer, we are having to adapt to a changing climate.'

Industry body Salmon Scotland said survival rates across the sector had improved overall in the past year, and described farmed salmon as 'the UK's largest food export'.

Donnie Morrison, 72, who has fished the River Carran for more than 60 years, told BBC Scotland's The Nine that wild fish numbers had collapsed since the farms arrived. 'When I was a boy you'd see sea trout jumping in every pool,' he said. 'Now I can go a whole season and not see one.'

Prof Alan Rennie, a marine biologist at the University of Stirling, said higher mortality was becoming 'the new normal' for the industry as coastal waters warm, and that farms in sheltered sea lochs were especially exposed.

A Scottish government spokesperson said: 'We expect the highest standards of fish health and welfare, and we are working with the sector on a new framework to reduce mortality.'

Scotland produced about 190,000 tonnes of farmed salmon last year. Campaigners want a moratorium on new farms until the causes of high mortality are better understood.''',
 [("turning a sea loch into a", "Coastal Waters Alliance"),
  ("These are not small numbers and", "Fiona McAllister"),
  ("day after day", "Fiona McAllister"),
  ("Our teams worked around the clock", "Hebridean Sea Farms"),
  ("Like every farmer, we are having", "Hebridean Sea Farms"),
  ("the UK's largest food export", "Salmon Scotland"),
  ("When I was a boy you'd", "Donnie Morrison"),
  ("Now I can go a whole season", "Donnie Morrison"),
  ("the new normal", "Alan Rennie"),
  ("We expect the highest standards of", "Scottish government")]),

# 15 -- Oil spill in Nigeria's Niger Delta; Reuters agency style, curly quotes; fisherwoman by phone, company statement, traditional ruler with title, regulator partial, Amnesty partial, NGO director, anonymous youth leader partial
('''LAGOS, Aug 22 (Reuters) – Communities in Nigeria’s Bayelsa state said on Thursday that an oil spill from a pipeline operated by Delta Crest Petroleum had polluted creeks used by thousands of fishermen, and demanded that the company pay for a clean-up and compensation.

The leak on the Okoroba-Nembe trunk line was discovered on Aug. 9, according to a joint investigation report seen by Reuters. Residents said crude had since spread across at least 15 km (9 miles) of creeks and mangrove swamp.

“The river is black. Fish are floating dead on top of the water. How do I feed my children now?” said Ebiere Tonye, a fisherwoman from Okoroba community, speaking by phone.

Delta Crest said in a statement that the spill was caused by “third-party interference”, a term oil companies in Nigeria use to describe sabotage and theft. “We have deployed a spill response team and the leak has been contained,” the statement said.

Community leaders rejected the company’s explanation. “That pipeline is older than most of the people in this village, and it is rotten,” said Chief Boma Ikiriko, the paramount ruler of Okoroba. “They want to blame the community so they can avoid paying.”

Ikiriko said the company’s contractors arrived eight days after the community first reported the leak.

The National Oil Spill Detection and Response Agency (NOSDRA) said it had taken part in the joint investigation and that its findings would be published “in due course”.

Amnesty International, which has documented hundreds of spills in the Niger Delta, said the case showed “the same old pattern of denial and delay”.

“Until companies are forced to replace ageing pipelines, we will keep counting the same disasters,” said Tamara Ebikeme, director of the Port Harcourt-based Centre for Environment and Human Rights.

A community youth leader, who asked not to be named for fear of reprisals, said young men had blocked access to the site on Wednesday to stop contractors from “burning the evidence” before independent inspectors arrived.

Oil spills have plagued the Niger Delta for decades, damaging farmland and fisheries and fuelling unrest in the region, which produces most of Nigeria’s crude.

(Reporting by Chinedu Okafor; Editing by Alexandra Hudson)''',
 [("The river is black. Fish are", "Ebiere Tonye"),
  ("third-party interference", "Delta Crest Petroleum"),
  ("We have deployed a spill response", "Delta Crest Petroleum"),
  ("That pipeline is older than most", "Boma Ikiriko"),
  ("They want to blame the community", "Boma Ikiriko"),
  ("in due course", "National Oil Spill Detection and Response Agency"),
  ("the same old pattern of denial", "Amnesty International"),
  ("Until companies are forced to replace", "Tamara Ebikeme"),
  ("burning the evidence", "~leader")]),

# 16 -- Arctic sea ice study with Inuit hunters; Canadian Press style, straight quotes; lead author, hunter quote running over two paragraphs, Inuit organisation and federal department statements, outside scientist, resident
('''IQALUIT, Nunavut — Sea ice in parts of the Canadian Arctic Archipelago is forming nearly three weeks later each fall than it did in the 1980s, a new study has found, confirming what Inuit hunters say they have watched happen for decades.

The study, published Tuesday in the journal Nature Communications, combined four decades of satellite records with detailed observations from 31 hunters in four Nunavut communities.

"The satellites tell you when the ice is there. The hunters tell you whether it's safe," said lead author Marie-Eve Lachance, a sea ice physicist at the University of Manitoba. "Those are two very different questions, and you need both to answer them."

Lachance said ice that appeared solid in satellite images was often too thin or slushy to travel on, particularly near river mouths and in areas with strong currents.

"When I was young, we would go out on the ice in October. Now it's December, sometimes January," said Joanasie Kilabuk, a hunter from Pangnirtung who is a co-author of the study. "My grandson asks me to teach him the old routes, and some of them are not there anymore.

"We have lost people who trusted the ice the way their fathers did. The ice is not the same ice."

Inuit Tapiriit Kanatami, the national organization representing Inuit in Canada, said in a statement that the findings showed "why research about Inuit Nunangat must be Inuit-led."

Crown-Indigenous Relations and Northern Affairs Canada said in an email that the department "is reviewing the study" and remained committed to funding community-based monitoring programs.

Robert Dawe, a climate scientist at Memorial University in St. John's who was not involved in the research, called the study a model for Arctic science. "This is exactly the kind of work we need more of," he said. "It's not just ground-truthing satellites. It's treating Inuit knowledge as data, which is what it is."

In Iqaluit, Lucy Akavak said families have changed how they travel in the fall. "We don't let the kids go out alone on the ice anymore, not until we've checked it ourselves," said Akavak, whose brother-in-law went through the ice on a snowmobile in 2019 and survived.''',
 [("The satellites tell you when the", "Marie-Eve Lachance"),
  ("Those are two very different questions", "Marie-Eve Lachance"),
  ("When I was young, we would", "Joanasie Kilabuk"),
  ("My grandson asks me to teach", "Joanasie Kilabuk"),
  ("We have lost people who trusted", "Joanasie Kilabuk"),
  ("why research about Inuit Nunangat must", "Inuit Tapiriit Kanatami"),
  ("is reviewing the study", "Crown-Indigenous Relations and Northern Affairs Canada"),
  ("This is exactly the kind of", "Robert Dawe"),
  ("It's not just ground-truthing satellites.", "Robert Dawe"),
  ("We don't let the kids go", "Lucy Akavak")]),

# 17 -- Final night of a COP climate summit; AFP agency style, curly quotes; summit president to plenary, quoted treaty language, island envoy, minister, anonymous negotiator, chant, NGO partial, EU negotiator "told reporters"
('''ANTALYA, Türkiye (AFP) – Nearly 200 nations agreed early Sunday to a deal that calls for tripling funding for climate adaptation by 2035, after talks at the COP31 summit ran more than 30 hours past their deadline amid bitter divisions over fossil fuels.

Summit president Ayşe Demirtaş brought down the gavel at 4:12 am to applause from exhausted delegates, declaring the text adopted moments after it had been distributed.

“This is not the agreement any one of us would have written alone,” Demirtaş told the plenary. “But it is the agreement all of us can live with.”

The final text drops an explicit call for countries to speed up their “transition away from fossil fuels”, language agreed at a previous summit that several oil-producing nations had fought to keep out of this year’s decision.

Small island nations reacted with anger. “We were promised a roadmap. We got a footnote,” said Lina Lokeijak, the Marshall Islands’ climate envoy, her voice breaking. “My country is two metres above sea level. We do not have the luxury of waiting for the next COP.”

Colombia’s environment minister, Valentina Ruiz Osorio, said her delegation would not stand in the way of the deal. “We will not block consensus, but we want it in the record that this text fails the science,” she said.

A negotiator for a major oil-producing country, speaking on condition of anonymity, told AFP the outcome “respects national circumstances and the reality of the global economy”.

Earlier on Saturday, dozens of youth activists staged a sit-in outside the plenary hall, chanting “Keep it in the ground!” until UN security staff escorted them from the venue.

Greenpeace International called the deal “a lifeline with a hole in it”, saying the adaptation money was welcome but would be overwhelmed if emissions kept rising.

The European Union’s lead negotiator, Kristof Vandamme, defended the outcome as he left the venue shortly after dawn. “It is a floor, not a ceiling. Every country is free to go further, and the EU will,” he told reporters.''',
 [("This is not the agreement any", "Ayşe Demirtaş"),
  ("But it is the agreement all", "Ayşe Demirtaş"),
  ("transition away from fossil fuels", None),
  ("We were promised a roadmap.", "Lina Lokeijak"),
  ("My country is two metres above", "Lina Lokeijak"),
  ("We will not block consensus, but", "Valentina Ruiz Osorio"),
  ("respects national circumstances and the reality", "~negotiator"),
  ("Keep it in the ground!", None),
  ("a lifeline with a hole in", "Greenpeace International"),
  ("It is a floor, not a", "Kristof Vandamme")]),

# 18 -- Court halts industrial pig farm over Maya community's water; Mexico News Daily style, straight quotes; judge's written ruling (unnamed judge), community member via interpreter, elderly resident, company statement partials, hydrogeologist, state secretary, sign
('''A federal judge in Yucatán has ordered the suspension of a pig farm housing more than 48,000 animals after Maya residents of the town of Xkanché argued that it was contaminating the cenotes that supply their drinking water.

The ruling, issued Friday, grants a provisional injunction while the court considers a lawsuit filed by the community in 2022. In the decision, the judge wrote that the risk of "irreversible damage to the aquifer" justified halting operations immediately.

"For us the cenotes are sacred. They are where the water of life comes from," said Alberto Canché May, a member of the community's ejido assembly, speaking in Maya through an interpreter. "We were never asked if we wanted this farm. First it arrived, and then the smell arrived."

Eleuteria Pech, 70, who has lived in Xkanché all her life, said her grandchildren developed rashes after bathing in water from the village well. "Before the farm, we never had this. Never," she said.

The company that operates the farm, Granjas Peninsulares, said in a statement that it "complies with all environmental regulations" and would appeal the ruling. It said its wastewater treatment system "meets and exceeds" federal standards and that the farm employs 120 people from the region.

Yucatán is home to hundreds of industrial pig farms, many of them built over the past two decades above the vast underground network of rivers and sinkholes that is the peninsula's only source of fresh water.

Gabriela Ucán Cetina, a hydrogeologist at the National Autonomous University of Mexico (UNAM) who has studied water quality in the area, said the region's geology makes it especially vulnerable. "The Yucatán aquifer is like a sponge made of limestone. Whatever you put on the surface ends up in the water, often within days," she said.

State Environment Secretary Rodrigo Escalante said the government would abide by the decision. "We will respect the court's ruling," Escalante said. "The state government supports economic development, but not at any price."

At the entrance to Xkanché, a hand-painted sign in Spanish and Maya reads "Water Is Life, Not Business." Residents have kept a rotating watch at the farm's gate since the ruling to make sure no trucks enter.''',
 [("irreversible damage to the aquifer", "~judge"),
  ("For us the cenotes are sacred.", "Alberto Canché May"),
  ("We were never asked if we", "Alberto Canché May"),
  ("Before the farm, we never had", "Eleuteria Pech"),
  ("complies with all environmental regulations", "Granjas Peninsulares"),
  ("meets and exceeds", "Granjas Peninsulares"),
  ("The Yucatán aquifer is like a", "Gabriela Ucán Cetina"),
  ("We will respect the court's ruling", "Rodrigo Escalante"),
  ("The state government supports economic development", "Rodrigo Escalante"),
  ("Water Is Life, Not Business.", None)]),

# 19 -- Peatland fires and haze on a palm oil concession in West Kalimantan; Jakarta Post style, curly quotes; government sign, ministry official, company statement partials, Dayak customary leader, NGO director, mother, anonymous social media user
('''PONTIANAK, West Kalimantan – The Environment and Forestry Ministry has sealed off part of a palm oil concession in Ketapang regency after satellite data showed fires burning on its peatland for more than a week, as thick haze forced schools across the province to close.

Officials on Monday erected a sign at the entrance to the PT Sawit Jaya Lestari concession reading “Area Under Investigation by the Government of the Republic of Indonesia” and strung police tape across an access road.

“We have strong indications that the fires started inside the concession and were not brought under control. If it is proven that there was negligence, we will file both criminal and civil charges,” the ministry’s director of law enforcement, Hendra Saputro, said on Tuesday.

In a statement, PT Sawit Jaya Lestari said the fires had “spread from community land outside our concession” and that its firefighting team had been “working day and night” to put them out.

Members of the Dayak community in the nearby village of Sungai Bengkal rejected the company’s account. “Our people have farmed here for generations and we know how to manage fire,” said Yohanes Ranggau, a customary leader in the village. “This haze only came after the company drained the peat.”

The Indonesian Forum for the Environment (Walhi) said the same concession had recorded hotspots during major fire seasons in 2015 and 2019. “This is the third time. How many chances do these companies get?” Walhi West Kalimantan director Nurul Hidayati said.

Drained peatland is highly flammable and can smoulder underground for weeks, releasing large amounts of carbon and the fine particles that make up the haze.

The provincial health office recorded more than 6,800 cases of acute respiratory infection in September. Siti Aminah, 34, a mother in Pontianak, said her five-year-old son had been coughing for days. “The sky is yellow in the morning and you cannot see the end of the street,” she said.

The hashtag #KamiButuhUdara (We Need Air) trended on X over the weekend. One user posted a photo of a small child wearing a face mask with the caption: “Our children breathe smoke so that others can sell palm oil.”

The ministry said it had sealed 14 concessions across Kalimantan and Sumatra so far this year.''',
 [("Area Under Investigation by the Government", None),
  ("We have strong indications that the", "Hendra Saputro"),
  ("spread from community land outside our", "PT Sawit Jaya Lestari"),
  ("working day and night", "PT Sawit Jaya Lestari"),
  ("Our people have farmed here for", "Yohanes Ranggau"),
  ("This haze only came after the", "Yohanes Ranggau"),
  ("This is the third time.", "Nurul Hidayati"),
  ("The sky is yellow in the", "Siti Aminah"),
  ("Our children breathe smoke so that", "~user")]),

# 20 -- Swiss glacier loss report and an evacuated Alpine village; Wikinews style, straight quotes; report title, split quote at press conference, email interview with Wikinews, glaciologist, canton statement partial, mayor "told Wikinews", resident quoted via broadcaster
('''Saturday, September 28, 2024

Switzerland's glaciers lost 2.4 percent of their remaining ice volume over the past year, the Swiss glacier monitoring network GLAMOS said on Friday, despite a winter with above-average snowfall in much of the Alps.

The annual report, titled "Glaciers in Retreat 2024", found that losses were greatest in the southern canton of Valais, where several small glaciers have now broken apart or disappeared entirely. GLAMOS measures around 180 glaciers across the country.

"The winter gave us hope," Dr. Andrea Baumgartner, who heads the monitoring network, said at a press conference in Zurich, "but the heatwave in August took all of it away."

In an email interview with Wikinews, Baumgartner said the pattern of recent years had changed how scientists think about the Alps. "What used to be a once-in-a-century melt season now happens every two or three years. We no longer have a normal year to compare against."

Since 2000, Swiss glaciers have lost around 40 percent of their volume, according to GLAMOS data.

Prof. Lukas Ammann, a glaciologist at ETH Zurich who was not involved in the report, said the trend was now largely locked in. "Below about 3,000 metres, most Swiss glaciers are effectively remnants of a past climate," he said. "There is no realistic scenario in which they survive this century."

The retreat of the ice is also making mountain slopes less stable. In May, the village of Brigelsberg in Valais was evacuated after geologists warned that part of the mountain above it could collapse.

The Canton of Valais said in a statement on Friday that the slope was moving by up to 30 centimetres a day and that "the situation is being monitored around the clock." Residents have not been told when they may return.

"We have lived under this mountain for 700 years," Brigelsberg mayor Peter Imboden told Wikinews. "My family has graves in that churchyard. Nobody wants to be the generation that leaves."

One resident, speaking to Swiss broadcaster SRF, said she had packed "thirty years of life into two suitcases" in under an hour.''',
 [("The winter gave us hope", "Andrea Baumgartner"),
  ("but the heatwave in August took", "Andrea Baumgartner"),
  ("What used to be a once-in-a-century", "Andrea Baumgartner"),
  ("Below about 3,000 metres, most Swiss", "Lukas Ammann"),
  ("There is no realistic scenario in", "Lukas Ammann"),
  ("the situation is being monitored around", "Canton of Valais"),
  ("We have lived under this mountain", "Peter Imboden"),
  ("My family has graves in that", "Peter Imboden"),
  ("thirty years of life into two", "~resident")]),

# 21 -- Sami reindeer herders against a wind farm in Norway; Guardian style with British single quotes; herding group partial, quote over two paragraphs, father and daughter with the same surname, developer spokesperson, minister "told NRK", Sami parliament statement, banner, young activist
('''A Sámi reindeer herding group in northern Norway has accused the government of 'green colonialism' after ministers approved a 60-turbine wind farm on its winter grazing land, less than three years after the country's supreme court ruled that a similar project had violated Sámi rights.

The group, the Ráidovárri siida, says the Gállogieddi wind farm in Troms would cut across the migration route its 2,400 reindeer use to reach coastal pastures each spring. Norway's energy ministry approved the project on Monday, rejecting the siida's objections.

Inga Máret Bongo, 38, whose family has herded in the area for at least six generations, said the decision had come as no surprise.

'People in Oslo think a wind turbine is just a tall white pole,' she said. 'For us it is a wall. The reindeer will not go near them, and once the route is broken, it is broken for ever.

'They call this the green transition. We are the ones paying for it.'

Her father, Nils Per Bongo, 71, said he had spent much of his adult life in hearings about roads, mines and power lines. 'Every time they say this one is the last. There is always another last one,' he said.

Nordlys Vind, the developer, said it had reduced the number of turbines from 84 to 60 and moved the site boundary following consultation. 'We have listened carefully to the reindeer herders and made substantial changes to the project,' a spokesperson said.

The energy minister, Sigrid Holmøy, told the broadcaster NRK that the government had 'taken Sámi interests seriously at every stage'. She said lessons had been learned from the Fosen case, in which the supreme court found in 2021 that two wind farms on the Fosen peninsula violated herders' right to practise their culture under international law.

The Sámi parliament said in a statement that the approval showed those lessons had 'not been learned at all'.

In Oslo, about 300 people gathered outside the ministry on Tuesday evening behind a banner reading 'Human Rights Are Not a Bargaining Chip'. Ánte Mikkel Eira, 24, a herder and activist who helped organise the protest, said young Sámi were 'tired of being polite'.

'Our grandparents were told their language was worthless. Now we are told our land is empty. It isn't,' he said.

The siida said it was considering a new legal challenge.''',
 [("green colonialism", "Ráidovárri siida"),
  ("People in Oslo think a wind", "Inga Máret Bongo"),
  ("They call this the green transition.", "Inga Máret Bongo"),
  ("Every time they say this one", "Nils Per Bongo"),
  ("We have listened carefully to the", "Nordlys Vind"),
  ("taken Sámi interests seriously at every", "Sigrid Holmøy"),
  ("not been learned at all", "Sámi parliament"),
  ("Human Rights Are Not a Bargaining", None),
  ("tired of being polite", "Ánte Mikkel Eira"),
  ("Our grandparents were told their language", "Ánte Mikkel Eira")]),

# 22 -- Court halts offshore seismic survey on South Africa's Wild Coast; Mail & Guardian style, curly quotes; judge's ruling partial, fisher applicant, "told the SABC", company statement partials, NGO attorney, scientist partial, department statement, placards
('''Coastal communities on the Eastern Cape’s Wild Coast have won an urgent interdict halting a seismic survey for oil and gas, after a judge found that the company behind it had failed to consult the people whose livelihoods depend on the sea.

Judge Nomvula Dlamini, sitting in the high court in Makhanda, ruled on Wednesday that the exploration right granted to Atlantic Meridian Exploration was “unlawful insofar as it was issued without meaningful consultation” with affected fishing communities.

The survey would have used a ship towing air guns that fire blasts of sound into the seabed every 10 seconds, around the clock, for up to five months.

“The sea is our garden, our bank and our church, and they wanted to come and shout into it day and night without even asking us,” said Nontando Mbele, a fisher and grandmother from eMthonjeni village who was one of the applicants.

Mbele, 63, told the SABC that villagers had first heard about the survey from a radio advertisement. “We do not have internet. We do not read the Government Gazette. They knew that,” she said.

Atlantic Meridian said in a statement that it was “disappointed by the ruling” and was studying the judgment with its lawyers. The company has previously said the survey would follow “industry best practice” to protect marine life, including pausing operations when whales are spotted.

“This judgment confirms that consultation is not a box-ticking exercise. It has to happen in a language and a place that people can actually take part in,” said Sipho Ngcobo, an attorney at Natural Justice, which represented the applicants.

Dr Leanne Pillay, a marine ecologist at Nelson Mandela University, said the science on seismic blasting was “far from settled”, but that studies elsewhere had shown effects on zooplankton, squid and migrating whales.

The Department of Mineral Resources and Energy said it would “study the judgment and consider its options”. Government has argued that offshore gas could help ease South Africa’s chronic electricity shortages.

Outside the court, dozens of supporters who had travelled by minibus taxi from the Wild Coast sang and ululated, holding placards that read “Our Ocean Is Not For Sale”.''',
 [("unlawful insofar as it was issued", "Nomvula Dlamini"),
  ("The sea is our garden, our", "Nontando Mbele"),
  ("We do not have internet.", "Nontando Mbele"),
  ("disappointed by the ruling", "Atlantic Meridian Exploration"),
  ("industry best practice", "Atlantic Meridian Exploration"),
  ("This judgment confirms that consultation is", "Sipho Ngcobo"),
  ("far from settled", "Leanne Pillay"),
  ("study the judgment and consider its", "Department of Mineral Resources and Energy"),
  ("Our Ocean Is Not For Sale", None)]),

# 23 -- A Fijian village relocates inland from rising seas; AP feature style, straight quotes; headman, elderly woman, hymn title, minister, scientist with no-cue continuation paragraph, high commission statement partial, unnamed young man
('''NAQARA, Fiji (AP) — The church bell in Naqara rang for the last time on Saturday morning. By afternoon, the 140 residents of this low-lying village on Fiji's Vanua Levu island had begun carrying their sleeping mats, cooking pots and Bibles up a muddy track to a new settlement two kilometers inland.

Naqara is the eighth village Fiji has relocated because of rising seas and coastal erosion, and officials say dozens more are on a list of communities that may eventually have to move.

"This land held us for 11 generations," said village headman Semi Naivalu, 67, standing beside a seawall that villagers built in 2009 and that the tide now regularly overtops. "Now the sea has taken the gardens, and next it will take the houses."

Mereoni Tuilau, 80, pointed to a weathered wooden house near the shore. "I was born in that house," she said. "I thought I would die in it."

As the last families left, children from the village school sang the hymn "Noqu Kalou, Noqu Vakacegu" in front of the empty church.

"We cannot stop the ocean, but we can make sure no community faces it alone," said Jone Ravulo, Fiji's minister for rural and maritime development, who attended the farewell ceremony. The government built 32 new homes at the site, along with a water tank, a classroom and a community hall.

Kalesi Tamani, a climate scientist at the University of the South Pacific in Suva, said relocation was becoming a routine part of adaptation in the Pacific. "Sea levels around Fiji are rising faster than the global average, and storm surges are reaching further inland," she said.

"Moving a village is never only about houses. It is about graves, about fishing grounds, about a people's relationship to a place. That is very hard to put a price on."

The New Zealand High Commission in Suva, whose government helped pay for the new settlement, said in a statement that New Zealand was "proud to stand with the people of Naqara."

Not everyone was sad to leave. "At least the new place has solar power. My phone will finally be charged," said one young man, grinning as he carried a sheet of roofing iron up the hill.''',
 [("This land held us for 11", "Semi Naivalu"),
  ("Now the sea has taken the", "Semi Naivalu"),
  ("I was born in that house", "Mereoni Tuilau"),
  ("I thought I would die in", "Mereoni Tuilau"),
  ("We cannot stop the ocean, but", "Jone Ravulo"),
  ("Sea levels around Fiji are rising", "Kalesi Tamani"),
  ("Moving a village is never only", "Kalesi Tamani"),
  ("proud to stand with the people", "New Zealand High Commission"),
  ("At least the new place has", "~man")]),

# 24 -- Indigenous blockade over an Amazon oil spill in Peru; AFP agency style, curly quotes; banner, chief "told AFP", federation statement partial, company statement, regulator partial, anonymous nurse, women's coordinator "told broadcaster RPP", ministry post on X
('''LIMA, Feb 6 (AFP) – Indigenous communities in Peru’s northern Amazon have seized three boats belonging to an oil company and blocked traffic on the Tigre River, demanding compensation for a pipeline spill that they say has poisoned their water for more than a month.

Hundreds of Kichwa and Urarina residents have stretched a steel cable across the river near the community of Doce de Octubre since Monday, halting barges that supply the company’s oil field. A banner hung from the cable reads “Oil Out of the Tigre”.

“We have been drinking contaminated water for 30 days and nobody from the state has come,” Lisandro Chuje, the apu, or chief, of Doce de Octubre, told AFP by satellite phone.

The Federation of Indigenous Peoples of the Alto Tigre (FEPIAT), which represents 32 communities along the river, said the blockade would continue until “the company and the state sit down with us in our territory, not in Lima.”

Andina Petróleo, which operates the pipeline, said the spill of around 2,500 barrels had been “fully contained” and that clean-up crews were working in the area. “The company has delivered more than 40,000 litres of drinking water to the affected communities,” it said in a statement.

Peru’s environmental regulator, the Agency for Environmental Assessment and Enforcement (OEFA), said its inspectors had found hydrocarbons “at levels exceeding environmental quality standards” in water samples from two streams.

A nurse at the health post in Doce de Octubre, who asked not to be identified, said children were arriving with rashes and diarrhoea. “We have no medicine for this. We can only send them downriver to Iquitos,” she said.

Rosa Tapayuri, the federation’s women’s coordinator, told broadcaster RPP that women had been the first to notice the spill. “The women fetch the water, so the women see it first,” she said. “There is a rainbow on the water. There are dead fish on the banks.”

Peru’s Ministry of the Environment said in a post on X that it had sent a multi-sector team to the area “to attend to the emergency” and coordinate deliveries of water and food.

The northern Amazon has suffered dozens of spills from ageing oil infrastructure over the past decade, many of them blamed on corrosion of pipelines built in the 1970s.''',
 [("Oil Out of the Tigre", None),
  ("We have been drinking contaminated water", "Lisandro Chuje"),
  ("the company and the state sit", "Federation of Indigenous Peoples of the Alto Tigre"),
  ("fully contained", "Andina Petróleo"),
  ("The company has delivered more than", "Andina Petróleo"),
  ("at levels exceeding environmental quality standards", "Agency for Environmental Assessment and Enforcement"),
  ("We have no medicine for this.", "~nurse"),
  ("The women fetch the water, so", "Rosa Tapayuri"),
  ("There is a rainbow on the", "Rosa Tapayuri"),
  ("to attend to the emergency", "Ministry of the Environment")]),

# 25 -- Federal methane rule and Navajo communities in the San Juan Basin; Washington Post style, curly quotes; chapter president, agency statement partials, trade group statement, NGO scientist, senator's post on X, roadside sign, rancher, anonymous field technician
('''FARMINGTON, N.M. — Navajo families living among thousands of oil and gas wells in northwestern New Mexico welcomed a federal rule finalized Tuesday that will require companies to find and fix methane leaks, though some said it came years too late.

The Environmental Protection Agency rule requires operators to regularly inspect wells and compressor stations for leaks and phases out routine flaring of natural gas at new wells. The agency estimates it will cut methane emissions from covered sources by nearly 80 percent by 2038.

“We’ve been smelling these wells for 20 years,” said Daniel Tsosie, president of the Red Mesa Wash Chapter of the Navajo Nation. “My mother has asthma. My nephew has asthma. Half the kids at the school carry inhalers. And every time we complained, we were told the air was fine.”

Methane traps more than 80 times as much heat as carbon dioxide over its first 20 years in the atmosphere, and the San Juan Basin has long been one of the country’s largest hot spots for the gas.

In a statement, the EPA said the rule would “protect communities living near oil and gas operations” while delivering “significant climate benefits” at reasonable cost.

The American Petroleum Institute, the industry’s largest trade group, said the final rule was an improvement on earlier drafts but still too rigid. “We support smart regulation of methane, but this rule puts unworkable burdens on the low-producing wells that small businesses depend on,” the group said.

“Leak detection works. We know it works, and it’s cheap. Most of the gas that’s leaking is gas companies could be selling,” said Rachel Okafor, a senior scientist at the Environmental Defense Fund.

Republicans in Congress have vowed to overturn the rule. Sen. Dale Harmon (R-Okla.) wrote on X that it was “another assault on American energy jobs dreamed up by bureaucrats who have never seen a well pad.”

Along Highway 550, a hand-lettered sign nailed to a ranch fence reads “Protect Dinétah”, using the Navajo name for their ancestral homeland.

Loretta Yazzie, 66, who grazes sheep a few hundred yards from a flare stack, said she was glad for the rule but skeptical about enforcement. “Sometimes the flares are so bright at night my sheep won’t settle. Who is going to come out here and check?” she said.

A field technician for one operator in the basin, who spoke on the condition of anonymity because he was not authorized to speak to reporters, said many larger companies were already doing much of what the rule requires. “The big guys are already doing most of this. It’s the old, orphaned stuff that nobody is watching,” he said.''',
 [("We’ve been smelling these wells for", "Daniel Tsosie"),
  ("My mother has asthma. My nephew", "Daniel Tsosie"),
  ("protect communities living near oil and", "Environmental Protection Agency"),
  ("significant climate benefits", "Environmental Protection Agency"),
  ("We support smart regulation of methane", "American Petroleum Institute"),
  ("Leak detection works. We know it", "Rachel Okafor"),
  ("another assault on American energy jobs", "Dale Harmon"),
  ("Protect Dinétah", None),
  ("Sometimes the flares are so bright", "Loretta Yazzie"),
  ("The big guys are already doing", "~technician")]),
]
# fmt: on
