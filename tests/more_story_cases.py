"""Thirteen more sets of stories, with who says each quote, written in the eighteenth round of
rules for styles the earlier sets had covered thinly.

Written for this suite by thirteen separate authors (helper agents) who did not see the rules,
the other stories or the gold set, as ordinary published copy: STORIES_AR Wikinews sport
(post-match press conferences, broadcasters, clubs' statements, governing bodies); STORIES_AS
courts, police and crime in many countries, several people of the same gender quoted in turn;
STORIES_AT a fortnight of Wikinews, held out; STORIES_AU science, health and environment
(studies, lead authors, agencies, outside experts); STORIES_AV US local and national news in
wire and local-paper style (sheriffs, fire chiefs, forecasters, school districts); STORIES_AW
elections, parliaments and diplomacy worldwide (state media, ministries, party statements),
held out; STORIES_AX exchanges between two or three people of the same gender, told through "he
said", "the senator" and "the 62-year-old"; STORIES_AY a fortnight of Wikinews, held out;
STORIES_AZ US state and local politics with AP-style titles ("Gov.", "Sen.", "Lt."); STORIES_BA
Wikinews sport, players later called by nationality, age or position, held out; STORIES_BB
features and profiles with long quotes over several paragraphs; STORIES_BC British and Irish
regional news, about half of it in single quote marks; STORIES_BD business, technology and
economy (results, breaches, regulators, analysts). Straight and curly quote marks.
Not gold and not from any article of the gold set. Each entry is (story, [(first words inside the
quote marks, speaker as first named, "~" and the noun of a speaker only described, or None),
...]). Held-out sets are not tuned on: their misses are listed by script, not read.

First read, before any rule was changed for them, with the round's starting rules (0d57ab3):
165 of 199 in STORIES_AR, 179 of 201 in STORIES_AS, 182 of 199 in STORIES_AT, 183 of 200 in
STORIES_AU, 169 of 199 in STORIES_AV, 166 of 198 in STORIES_AW and 163 of 197 in STORIES_AX.
The second six were written halfway through the round and read first with its starting rules
and then with the rules of the time: STORIES_AZ 177 and 188 of 199, STORIES_BC 178 and 178 of
199, STORIES_BA 185 and 185 of 199 and STORIES_AY 180 and 180 of 199 (at 3364c0d);
STORIES_BB 179 and 179 of 198 and STORIES_BD 179 and 180 of 198 (at 045cc7e).
"""

# fmt: off
STORIES_AR = [
    # 1 -- football league match; quotes split around cue, "the 47-year-old", partial quote, split cue mid-sentence, "the 23-year-old"
    (
'''On Saturday, Harcastle United came from behind to beat Millbrook Rovers 3–1 at Ferris Park, moving to within two points of the automatic promotion places in League One.

Rovers took the lead after 12 minutes through Callum Doyle, but a double from striker Kwame Asante and a late penalty from captain Ryan Whitlock turned the match around. Asante's second goal, a volley from the edge of the area, drew a standing ovation from the home supporters.

"We were poor for twenty minutes, there's no hiding from that," Harcastle manager Graham Pettifer told reporters after the match. "But the reaction was everything I've asked of this group. Nobody dropped their head."

Pettifer reserved particular praise for Asante, who joined on loan from a Championship club in January. "He's a proper centre-forward," he said. "He holds it up, he runs the channels, and now he's scoring the goals to go with it."

The 47-year-old was less happy about a decision that went against his side in the first half, when referee Martin Coles waved away appeals after Whitlock appeared to be pulled back in the area. "I've seen it again on the laptop and it's a stonewall penalty. I'm not going to say any more than that because I know where it ends up," Pettifer said.

Millbrook boss Steve Harland described his team's second-half display as "nowhere near good enough".

"We had them where we wanted them," Harland told BBC Radio Millshire, "and then we stopped doing the basics. You can't switch off against a side like that, not for a minute."

Asante, speaking to the club's media channel, dedicated his goals to his younger brother, who was in the crowd at Ferris Park for the first time. "He's been asking to come for months, so it was special to score in front of him," the 23-year-old said.

Harcastle travel to Bramley Town on Tuesday night, while Millbrook, who have now lost three of their last four matches, host Ossett Borough.''',
        [
            ("We were poor for twenty minutes", "Graham Pettifer"),
            ("But the reaction was everything I've", "Graham Pettifer"),
            ("He's a proper centre-forward", "Graham Pettifer"),
            ("He holds it up, he runs", "Graham Pettifer"),
            ("I've seen it again on the laptop", "Graham Pettifer"),
            ("nowhere near good enough", "Steve Harland"),
            ("We had them where we wanted", "Steve Harland"),
            ("and then we stopped doing the", "Steve Harland"),
            ("He's been asking to come for", "Kwame Asante"),
        ],
    ),
    # 2 -- cricket ODI, curly quotes; quote running over two paragraphs, "Asked ... he replied", ICC statement, partial quotes from Instagram
    (
'''Sri Lanka beat the West Indies by 14 runs in the second One Day International at Pallekele on Wednesday, levelling the three-match series at 1–1 with a game to play.

Opener Dhanushka Perera top-scored with 97 as the hosts posted 288 for seven, and leg-spinner Nuwan Jayasekara took four wickets as the visitors were bowled out for 274 in the final over.

“I was disappointed to miss the hundred, but the team needed somebody to bat deep and I am happy I could do that,” Perera said at the presentation ceremony. “The pitch was slower than it looked, so you had to be patient.”

Sri Lanka captain Lahiru Wickramasinghe praised his bowlers for holding their nerve at the death. “When they needed 30 from three overs, a lot of teams would panic,” he told reporters. “Our boys kept it simple, bowled to their fields and backed each other.

“Nuwan has been working very hard in the nets with the coaching staff. Today he got his reward.”

West Indies captain Marcus Holloway admitted his batsmen had thrown away a winning position. Asked whether the collapse from 231 for three was down to nerves, he replied: “No, I don’t think so. We played some poor shots at the wrong time, and that’s something we have to fix before Friday.”

The International Cricket Council later confirmed that the West Indies had been fined 40 per cent of their match fees for a slow over rate. “Holloway pleaded guilty to the offence and accepted the proposed sanction, so there was no need for a formal hearing,” the ICC said in a statement.

Holloway was not the only one left frustrated. Fast bowler Deshawn Clarke, who conceded 71 runs from his ten overs, wrote on Instagram that it had been “a tough day at the office” but promised to “come back stronger”.

The deciding match takes place in Hambantota on Friday, with both sides expected to make changes to their bowling attacks.''',
        [
            ("I was disappointed to miss the", "Dhanushka Perera"),
            ("The pitch was slower than it", "Dhanushka Perera"),
            ("When they needed 30 from three", "Lahiru Wickramasinghe"),
            ("Our boys kept it simple, bowled", "Lahiru Wickramasinghe"),
            ("No, I don’t think so. We", "Marcus Holloway"),
            ("Holloway pleaded guilty to the offence", "International Cricket Council"),
            ("a tough day at the office", "Deshawn Clarke"),
            ("come back stronger", "Deshawn Clarke"),
        ],
    ),
    # 3 -- rugby union, TMO decision; "the Welshman", "he admitted" split quote, two male coaches in turn, league spokesperson, written report, tweet
    (
'''Northgate Saints have been left furious after a late try was ruled out by the television match official in their 20–17 Premiership defeat to Ashby Tigers on Sunday.

With the clock in the red, Saints wing Josh Okafor appeared to ground the ball in the corner, but after several replays TMO Alun Pritchard advised referee David Kerr that the ball had been knocked on by scrum-half Liam Stroud in the build-up.

"I've watched it twenty times and I still can't see a knock-on," Saints director of rugby Paul Maddox said. "If you're going to overturn a try in the last minute of a game, it has to be clear and obvious. That wasn't clear and it wasn't obvious."

Maddox, a former Wales flanker, said he would be writing to the league's referees' department. "We're not going to hide behind it, we weren't good enough for long spells," the Welshman added. "But the players deserve an explanation."

Tigers head coach Brendan Fahey, whose side climb to third, was sympathetic. "From where I was standing I thought it was a try," he admitted. "You take the rub of the green when it comes, and we've had plenty of decisions go against us this season."

Fahey's captain, lock Sam Ridley, was more forthright. "The officials have the pictures, we don't," Ridley told BT Sport. "They made the call and we'll take the win."

A spokesperson for Premiership Rugby said the league did not comment on individual officiating decisions, but confirmed that the incident would be reviewed "as a matter of routine". In his report, seen by the Northgate Chronicle, Pritchard wrote that a reverse angle had provided "conclusive evidence" that the ball had travelled forward off Stroud's hand.

Stroud himself took to Twitter on Sunday evening. "Gutted for the boys. Felt like we did enough to win that one," he posted.

The result leaves Northgate ninth in the table, eleven points adrift of the play-off places with eight rounds remaining.''',
        [
            ("I've watched it twenty times and", "Paul Maddox"),
            ("If you're going to overturn a", "Paul Maddox"),
            ("We're not going to hide behind", "Paul Maddox"),
            ("But the players deserve an explanation.", "Paul Maddox"),
            ("From where I was standing I", "Brendan Fahey"),
            ("You take the rub of the", "Brendan Fahey"),
            ("The officials have the pictures, we", "Sam Ridley"),
            ("They made the call and we'll", "Sam Ridley"),
            ("as a matter of routine", "Premiership Rugby"),
            ("conclusive evidence", "Alun Pritchard"),
            ("Gutted for the boys. Felt like", "Liam Stroud"),
        ],
    ),
    # 4 -- tennis Grand Slam, curly quotes; two women in turn, "she laughed", "the Frenchwoman", "Asked ... replied", coach told Eurosport
    (
'''Unseeded teenager Elena Markovic reached the quarter-finals of the Australian Open on Monday, defeating eighth seed Claire Dubois 6–4, 3–6, 7–5 in two hours and 41 minutes on Margaret Court Arena.

The 19-year-old Serbian saved three break points at 5–5 in the deciding set before breaking Dubois to love in the following game and serving out the match.

“Honestly, I don’t know how I won that game,” Markovic said in her on-court interview. “I was just trying to put the ball back in the court and let her make the mistakes.”

Speaking later in her press conference, she said she had not expected to still be in Melbourne in the second week. “My flight home was booked for the Thursday of the first week,” she laughed. “My coach is going to have to change it again.”

Dubois, who had not dropped a set in her first three matches, struggled with her serve throughout and hit 11 double faults. The world number eight said a shoulder problem had bothered her since the start of the tournament, but refused to use it as an excuse.

“She played better on the big points, that’s the story of the match,” Dubois said. “I had my chances in the third. I didn’t take them.”

Asked about the shoulder, the Frenchwoman replied: “It’s not something I want to talk about today. She deserves the credit.”

Markovic’s coach, former doubles player Ana Petrović, told Eurosport that her player’s rise had been “no accident”. “She has worked every day for three years with the same plan,” Petrović said. “People only see the result. I see the hours.”

Markovic will face either second seed Yuki Nakamura or American Jessica Hart for a place in the semi-finals. She is the first unseeded player to reach the last eight in Melbourne since 2017.''',
        [
            ("Honestly, I don’t know how I", "Elena Markovic"),
            ("I was just trying to put", "Elena Markovic"),
            ("My flight home was booked for", "Elena Markovic"),
            ("My coach is going to have", "Elena Markovic"),
            ("She played better on the big", "Claire Dubois"),
            ("I had my chances in the", "Claire Dubois"),
            ("It’s not something I want to", "Claire Dubois"),
            ("no accident", "Ana Petrović"),
            ("She has worked every day for", "Ana Petrović"),
            ("People only see the result. I", "Ana Petrović"),
        ],
    ),
    # 5 -- athletics Diamond League; "he continued", anonymous official told NRK, agent's statement "it read", World Athletics partial quote, booing crowd not quoted
    (
'''Kenyan runner Peter Kiprotich won the men's 5000 metres at the Diamond League meeting in Oslo on Thursday, holding off a late charge from Ethiopia's Abebe Tadesse to win in 13 minutes 1.45 seconds.

Kiprotich, 24, took the lead with 300 metres remaining and held on by less than a tenth of a second as the pair crossed the line almost together. It was his first Diamond League victory.

"I knew he was coming because I could hear the crowd," Kiprotich said. "In the last ten metres I just closed my eyes and pushed."

Tadesse, who had won the previous two meetings over the distance, said he had left his attack too late. "It's my mistake," he told reporters through a translator. "I waited for the others to go first and nobody went," he continued.

The women's 400m hurdles was overshadowed by a false start disqualification for home favourite Ingrid Solberg, who was shown a red card after the starting equipment registered a reaction time of 0.094 seconds. Solberg protested and was allowed to run under protest, but her result was later removed.

A meeting official, speaking on condition of anonymity, told NRK that the equipment had been tested before the session and was working correctly. "The rule is the rule for every athlete, whether they are from Norway or anywhere else," the official said.

Solberg did not speak to the media, but her agent, Thomas Berg, issued a short statement. "Ingrid is bitterly disappointed. She does not believe she moved early, and we will be looking at the data with World Athletics," it read.

World Athletics said in a statement that the disqualification had been "correctly applied" under the current rules. Spectators in the Bislett Stadium booed for several minutes after the decision was shown on the big screen.

The next Diamond League meeting takes place in Stockholm in ten days' time.''',
        [
            ("I knew he was coming because", "Peter Kiprotich"),
            ("In the last ten metres I", "Peter Kiprotich"),
            ("It's my mistake", "Abebe Tadesse"),
            ("I waited for the others to", "Abebe Tadesse"),
            ("The rule is the rule for", "~official"),
            ("Ingrid is bitterly disappointed. She does", "Thomas Berg"),
            ("correctly applied", "World Athletics"),
        ],
    ),
    # 6 -- Formula 2 time penalty, curly quotes; FIA document, team radio, "the 21-year-old", "the Briton", told Sky Sports F1, "he explained"
    (
'''British driver Oliver Stanton won the Formula 2 feature race at Monza on Saturday after race leader Mateo Ruiz was handed a five-second time penalty for forcing a rival off the track.

Ruiz crossed the line first, 3.2 seconds ahead of Stanton, but the stewards ruled that he had failed to leave a car’s width when defending from Dutch driver Daan Visser at the second chicane on lap 22. The penalty dropped the Spaniard to third.

“Car 7 did not leave sufficient space for Car 15, which was alongside at the apex, and Car 15 was forced to take avoiding action,” the sport’s governing body, the FIA, said in a document explaining the stewards’ decision.

Ruiz was heard complaining over team radio moments after the incident. “He had no right to be there, he dived from miles back,” he told his engineer.

After the race, the 21-year-old was no calmer. “I don’t agree with it at all. We race hard, that is what Formula 2 is supposed to be,” Ruiz told Sky Sports F1. “If this is a penalty, then half the grid should have one every weekend.”

Stanton, who moves to within 11 points of the championship lead, admitted it was a strange way to win. “It’s not how you want to get a victory, standing on the top step knowing you didn’t cross the line first,” the Briton said. “But I had the pace to stay close and put pressure on him, and that’s why it happened.”

Visser, who was classified second, had little sympathy for Ruiz. “I was already half a car alongside,” he said. “If I don’t go on the escape road, we both crash.”

Ruiz’s team principal, Javier Ortega, said the team would not appeal. “We accept the decision even if we don’t like it,” he explained. “Mateo is young and passionate. He will learn.”

The championship moves on to Sochi in a fortnight, where Stanton will start the weekend as one of four drivers still in contention for the title.''',
        [
            ("Car 7 did not leave sufficient", "FIA"),
            ("He had no right to be", "Mateo Ruiz"),
            ("I don’t agree with it at", "Mateo Ruiz"),
            ("If this is a penalty, then", "Mateo Ruiz"),
            ("It’s not how you want to", "Oliver Stanton"),
            ("But I had the pace to", "Oliver Stanton"),
            ("I was already half a car", "Daan Visser"),
            ("If I don’t go on the", "Daan Visser"),
            ("We accept the decision even if", "Javier Ortega"),
            ("Mateo is young and passionate. He", "Javier Ortega"),
        ],
    ),
    # 7 -- football manager sacked; club statement in two parts, chairman told local paper (partial + full), "a club spokesman" = club, Facebook post, pundit, unnamed supporter ("the fan")
    (
'''Championship side Kingsbury Athletic have sacked manager Iain Buchanan after a run of one win in 12 league matches left the club two points above the relegation zone.

The 51-year-old Scot, who led Kingsbury to promotion from League One in 2018, was dismissed on Sunday morning, less than 24 hours after a 4–0 home defeat to Westbridge City, during which sections of the home support chanted for him to go.

"The board would like to thank Iain for his hard work and commitment, and in particular for the promotion season, which will live long in the memory of our supporters," the club said in a statement. "However, results this season have fallen below the standards we expect, and we feel a change is needed to protect our Championship status."

Chairman Richard Ellwood told the Kingsbury Echo that it had been "the hardest decision" of his time at the club. "Iain is a good man and a good coach, and I'll be sorry not to see him on the touchline," he said. "But football doesn't wait for anybody."

First-team coach Danny Mills and under-23s manager Colin Reece will take charge of the team on an interim basis for Tuesday's trip to Harrowgate Town. A club spokesman said the search for a permanent successor would begin "immediately", and that a shortlist would be drawn up over the coming days.

Buchanan has not commented publicly, but his assistant, Mark Tulloch, who has also left the club, posted a message on Facebook thanking the players and staff. "Proud of what we built here. Football is a results business and we understand that," Tulloch wrote. "Kingsbury will always have a place in our hearts."

Former Kingsbury captain Lee Garside, now a pundit with BBC Radio Kingsbury, said the decision had been coming for weeks. "You could see it in the body language on Saturday. The players had stopped believing," Garside said.

One supporter outside the ground on Sunday told reporters he felt sorry for Buchanan. "He gave us the best day we've had in twenty years at Wembley. Nobody can take that away," the fan said.''',
        [
            ("The board would like to thank", "Kingsbury Athletic"),
            ("However, results this season have fallen", "Kingsbury Athletic"),
            ("the hardest decision", "Richard Ellwood"),
            ("Iain is a good man and", "Richard Ellwood"),
            ("But football doesn't wait for anybody.", "Richard Ellwood"),
            ("immediately", "Kingsbury Athletic"),
            ("Proud of what we built here.", "Mark Tulloch"),
            ("Kingsbury will always have a place", "Mark Tulloch"),
            ("You could see it in the", "Lee Garside"),
            ("He gave us the best day", "~supporter"),
        ],
    ),
    # 8 -- cricket T20 Blast, disputed boundary catch; "said Bevan" mid-split, "He added:" in next paragraph, ECB spokesperson partial + full
    (
'''Somerset reached Finals Day of the Vitality Blast on Friday after beating Glamorgan by eight runs under the Duckworth-Lewis-Stern method in a rain-affected quarter-final at Taunton.

Set a revised target of 124 from 14 overs, Glamorgan looked well placed at 98 for three before a disputed boundary catch by Somerset's Jack Fenwick removed their top scorer, Rhys Pugh, for 46.

Fenwick appeared to have a foot near the rope as he parried the ball into the air, but after consulting the third umpire, the on-field officials gave Pugh out. Glamorgan lost four wickets for 17 runs in the overs that followed.

"I was very confident," Fenwick told Sky Sports. "I knew where the rope was, I threw it up, stepped back inside and took it on the second go. I watched the replay in the dressing room and I'm still confident."

Glamorgan captain Huw Bevan was not convinced. "From our balcony it looked like his boot was touching the rope when he first touched the ball," said Bevan, "but the third umpire has better pictures than we do, so you have to accept it."

He added: "We shouldn't have been in a position where one decision decides the game. We lost four wickets in three overs and that's on us."

An England and Wales Cricket Board spokesperson said the third umpire had used "every available angle" before reaching his decision. "The footage showed the fielder's boot was clear of the boundary rope at the moment of first contact with the ball," the spokesperson said.

Somerset captain Tom Aldous, whose 41-ball 63 anchored his side's innings, said his team would enjoy the win. "Finals Day is the best day of the season, and the lads deserve it," Aldous said. "We've been in a few tight games this year and we've normally come out on the wrong side."

Somerset will face either Essex or Lancashire in the semi-finals at Edgbaston next month.''',
        [
            ("I was very confident", "Jack Fenwick"),
            ("I knew where the rope was", "Jack Fenwick"),
            ("From our balcony it looked like", "Huw Bevan"),
            ("but the third umpire has better", "Huw Bevan"),
            ("We shouldn't have been in a", "Huw Bevan"),
            ("every available angle", "England and Wales Cricket Board"),
            ("The footage showed the fielder's boot", "England and Wales Cricket Board"),
            ("Finals Day is the best day", "Tom Aldous"),
            ("We've been in a few tight", "Tom Aldous"),
        ],
    ),
    # 9 -- rugby league COVID postponement, curly quotes; RFL statement (two parts), "she told BBC Radio Leeds", minister partials ("the minister replied"), doctor with title, "warned"
    (
'''Saturday’s Super League fixture between Calderside Giants and Hollins Bridge Rhinos has been postponed after three Calderside players tested positive for COVID-19, the Rugby Football League announced on Thursday.

The players, who have not been named, are self-isolating along with four others identified as close contacts. It is the second Super League match to be called off in a fortnight.

“The health and wellbeing of players, staff and supporters remains our priority,” the RFL said in a statement. “Following advice from the league’s chief medical officer, the board has agreed that the fixture cannot safely go ahead this weekend.”

Calderside chief executive Karen Lofthouse said the club had followed every protocol. “We test twice a week, we keep the squad in bubbles, and we’ve still been caught out,” she told BBC Radio Leeds. “It shows how difficult this virus is to keep out of any workplace.”

Rhinos head coach Shaun Tierney, whose side had won their previous four matches, said he was frustrated but understood the decision. “Of course you want to keep the momentum going,” said Tierney. “But there are bigger things than a game of rugby, and I wish the lads at Calderside a quick recovery.”

The postponement adds to the pressure on a fixture list that was already squeezed after the sport’s five-month suspension. Sports minister Helen Crabtree told the House of Commons on Wednesday that the government was “working closely” with governing bodies on testing. Asked by a Yorkshire MP whether additional funding would be made available to rugby league clubs, the minister replied that discussions were “ongoing”.

Dr Anil Chaudhry, a sports medicine consultant at the University of Leeds, warned that outbreaks in contact sports were likely to continue through the winter. “Rugby is about as close contact as it gets,” he said. “You can reduce the risk, but you cannot remove it.”

The RFL said a new date for the fixture would be confirmed later in the season.''',
        [
            ("The health and wellbeing of players", "Rugby Football League"),
            ("Following advice from the league’s chief", "Rugby Football League"),
            ("We test twice a week, we", "Karen Lofthouse"),
            ("It shows how difficult this virus", "Karen Lofthouse"),
            ("Of course you want to keep", "Shaun Tierney"),
            ("But there are bigger things than", "Shaun Tierney"),
            ("working closely", "Helen Crabtree"),
            ("ongoing", "Helen Crabtree"),
            ("Rugby is about as close contact", "Anil Chaudhry"),
            ("You can reduce the risk, but", "Anil Chaudhry"),
        ],
    ),
    # 10 -- tennis ATP, code violation; words heard on broadcast, supervisor told reporters, "the Swede"/"the Australian", two men in turn, "Kemp smiled" then short split quote
    (
'''Jordan Kemp beat fourth seed Stefan Lindqvist 7–6, 4–6, 6–3 to reach the final of the Citi Open in Washington on Saturday, in a match marred by a heated exchange between Lindqvist and the chair umpire.

Lindqvist received a point penalty at 3–3 in the final set after smashing his racket, having already been given a warning for an audible obscenity in the second set. The penalty gave Kemp a break point, which he converted with a forehand winner.

The Swede spent almost two minutes arguing with umpire Carlos Ferreira before calling for the tournament supervisor. "You can't decide a match like this. It's the biggest point of the match," Lindqvist could be heard saying on the television broadcast.

ATP supervisor Gerry Walsh later explained that Ferreira had applied the code correctly. "Under the point penalty schedule, a second violation results in a point penalty. There's no discretion for the umpire at that stage," Walsh told reporters.

In his press conference, Lindqvist apologised for his behaviour but stood by his complaint. "I shouldn't have broken the racket, that's on me," he said. "But the first warning was very harsh. I said something to myself in Swedish. I don't think he even understood it."

Kemp said the incident had affected both players. "It's tough when the crowd gets involved like that. It takes you out of your rhythm too," the Australian said. "I tried to stay in my own bubble and just play the next point."

Asked whether he felt sorry for his opponent, Kemp smiled. "A little bit," he said. "Not too much."

Kemp will face Italy's Marco Bellini, who beat American qualifier Tyler Brooks in straight sets, in Sunday's final. It will be his first ATP final since 2017.''',
        [
            ("You can't decide a match like", "Stefan Lindqvist"),
            ("Under the point penalty schedule, a", "Gerry Walsh"),
            ("I shouldn't have broken the racket", "Stefan Lindqvist"),
            ("But the first warning was very", "Stefan Lindqvist"),
            ("It's tough when the crowd gets", "Jordan Kemp"),
            ("I tried to stay in my", "Jordan Kemp"),
            ("A little bit", "Jordan Kemp"),
            ("Not too much.", "Jordan Kemp"),
        ],
    ),
    # 11 -- women's football season curtailed; official named after quote with long title, two women managers in turn, partial then full quote, club statement "the statement continued", tweet
    (
'''The Football Association has ended the 2019–20 Women's Super League season with immediate effect, with final positions to be decided on a points-per-game basis after the coronavirus pandemic halted the competition in March.

The decision means Ashcombe City are champions, edging Holmfield Women by a margin of 0.03 points per game despite having played one fewer match. Bottom club Redmere will be relegated to the Championship.

"This has not been an easy decision, and we know that not everyone will agree with it," the FA's director of the women's professional game, Sarah Whitcombe, said. "We consulted widely with clubs and players and believe this is the fairest outcome in very difficult circumstances."

Ashcombe manager Laura Finch said her players had earned the trophy. "Over the season we've been the most consistent side in the league," Finch told Sky Sports News. "It's a strange feeling to win it on a video call, but nobody can say we don't deserve it."

Her Holmfield counterpart, Gemma Rowe, described the outcome as "deeply frustrating". "We were in the better form of the two sides and we never got the chance to prove it," Rowe said. "I understand the FA were in a difficult position, but I think our players have been let down."

Redmere said in a statement that the club was "considering all options", including a legal challenge. "We are bitterly disappointed that our future has been decided by a mathematical formula rather than on the pitch," the statement continued.

Holmfield captain Bethany Lowe struck a more conciliatory tone on Twitter. "Massive congratulations to Ashcombe. Now we go again and make sure it's not close next year," she wrote.

The FA said the Championship title would also be awarded on a points-per-game basis, with the top side promoted in place of Redmere.''',
        [
            ("This has not been an easy", "Sarah Whitcombe"),
            ("We consulted widely with clubs and", "Sarah Whitcombe"),
            ("Over the season we've been the", "Laura Finch"),
            ("It's a strange feeling to win", "Laura Finch"),
            ("deeply frustrating", "Gemma Rowe"),
            ("We were in the better form", "Gemma Rowe"),
            ("I understand the FA were in", "Gemma Rowe"),
            ("considering all options", "Redmere"),
            ("We are bitterly disappointed that our", "Redmere"),
            ("Massive congratulations to Ashcombe. Now we", "Bethany Lowe"),
        ],
    ),
    # 12 -- marathon, curly quotes; quote running over two paragraphs through interpreter, "the 29-year-old", race director told RTVE, spokesperson for named organisers
    (
'''Ethiopian Tigist Alemu won the Valencia Marathon on Sunday in 2 hours 17 minutes 52 seconds, one of the fastest times in women’s history, as runners made the most of cool, still conditions on the Spanish coast.

Alemu broke clear of Kenya’s Ruth Chebet after 35 kilometres and ran the final seven kilometres alone, finishing more than a minute ahead of her rival.

“I came here to run a fast time, not only to win,” Alemu said through an interpreter. “At 30 kilometres I felt strong, so I told myself: now is the moment. I am very happy, but I think I can run faster.

“My coach said before the race that if the weather was good, we could attack. The weather was perfect.”

Chebet, who led the race from the start alongside the pacemakers, said she had paid for her early effort. “We went through halfway very fast, maybe too fast for me today,” the 29-year-old said. “But second place in a time like this, I cannot complain.”

In the men’s race, Kenya’s Joseph Kiplagat won a sprint finish against compatriot Daniel Mutai to take victory in 2:04:11. Kiplagat, running only his second marathon, dedicated the win to his late father. “He was the one who told me I could be a runner,” he told reporters. “Everything I do is for him.”

Race director Miguel Sanchis hailed the event as a success despite strong winds in the previous days. “Two days ago we were worried,” Sanchis told Spanish broadcaster RTVE. “Then this morning we woke up, there was no wind, and we knew something special could happen.”

Organisers said 24,000 runners had taken part, a record for the event. “Valencia has shown again that it is one of the fastest courses in the world,” a spokesperson for the organisers, the Valencia Athletics Foundation, said.''',
        [
            ("I came here to run a", "Tigist Alemu"),
            ("At 30 kilometres I felt strong,", "Tigist Alemu"),
            ("We went through halfway very fast", "Ruth Chebet"),
            ("But second place in a time", "Ruth Chebet"),
            ("He was the one who told", "Joseph Kiplagat"),
            ("Everything I do is for him.", "Joseph Kiplagat"),
            ("Two days ago we were worried", "Miguel Sanchis"),
            ("Then this morning we woke up", "Miguel Sanchis"),
            ("Valencia has shown again that it", "Valencia Athletics Foundation"),
        ],
    ),
    # 13 -- World Rally crash; "the Frenchman", co-driver partial then full, "the Finn insisted", FIA partial, team spokesperson for named team
    (
'''Finnish driver Aleksi Korhonen claimed his first World Rally Championship victory at Rally Estonia on Sunday after long-time leader Thierry Lambert crashed out on the penultimate stage.

Lambert, who had led since Friday morning, clipped a bank on a fast right-hand bend and rolled his car several times. The Frenchman and his co-driver, Julien Marchand, were taken to hospital for precautionary checks but were later released.

"We are both OK, that is the most important thing," Lambert told WRC All Live after returning to the service park. "It was my mistake. I was pushing a bit too much in a place where you don't need to push. I am very sorry for the team."

Marchand, speaking to French broadcaster Canal+, said the pair had been "a little bit lucky". "The car landed on its roof and then on the wheels again. When it stopped I looked at Thierry and he was already talking, so I knew we were fine," he said.

Korhonen, 26, had been running second, 18 seconds behind, and inherited a lead he never looked like losing. "It's not the way I wanted to win, but a win is a win and I think we deserved to be there at the end," the Finn insisted at the finish. "I've waited a long time for this."

His team principal, Markus Lindgren, said the team had always known Korhonen was capable of winning. "We always believed in Aleksi," Lindgren said. "This weekend he showed the speed and, more importantly, he didn't make mistakes."

The FIA said in a statement that the roll cage and safety equipment on Lambert's car had "performed as designed" and that it would examine the car as part of its routine accident investigation procedure.

Lambert's team, Arden Motorsport, confirmed that the car would not be repaired in time for the next round in Finland. "We will build a new chassis for Thierry and Julien. The priority is that they both come back healthy," a team spokesperson said.''',
        [
            ("We are both OK, that is", "Thierry Lambert"),
            ("It was my mistake. I was", "Thierry Lambert"),
            ("a little bit lucky", "Julien Marchand"),
            ("The car landed on its roof", "Julien Marchand"),
            ("It's not the way I wanted", "Aleksi Korhonen"),
            ("I've waited a long time for", "Aleksi Korhonen"),
            ("We always believed in Aleksi", "Markus Lindgren"),
            ("This weekend he showed the speed", "Markus Lindgren"),
            ("performed as designed", "FIA"),
            ("We will build a new chassis", "Arden Motorsport"),
        ],
    ),
    # 14 -- football fan protest; chanting fans, owner statement via website, supporters' trust named but quote given by its chairwoman, managers, police spokeswoman paraphrased only
    (
'''Hundreds of Dunmore supporters staged a sit-in protest at Glenview Park after Saturday's 2–0 Scottish Championship defeat to Kilbride Thistle, calling on the club's American owner to sell up.

Fans remained in the main stand for more than an hour after the final whistle, chanting "We want our club back" and holding banners criticising owner Bradley Keller, who bought the club in 2017.

Keller, who was not at the match, responded in a statement released through the club's website on Saturday evening. "I hear the frustration of our supporters and I share it. Nobody wants this club to succeed more than I do," Keller said. "But I will not be walking away, and I will not sell to anyone who cannot guarantee its long-term future."

The Dunmore Supporters' Trust, which organised the protest, said it had lost confidence in the owner. "Three years of broken promises is enough," trust chairwoman Fiona McAllister told BBC Scotland. "The club is £4 million in debt, the training ground has been sold and we've had five managers. What more does he need to hear?"

Dunmore manager Alan Gow, appointed only last month, said he understood the anger but asked fans to keep backing the players. "The supporters are entitled to their opinion and they're entitled to protest. I'd just ask that when the game's on, they get behind the boys," Gow said.

On the pitch, goals from Craig Munro and Euan Baird gave Kilbride a fourth win in five matches. Thistle boss Jim Dalziel admitted the atmosphere had been unusual. "It was a strange one, to be honest," he said. "You could sense the mood in the stadium turn at 1–0 and that helped us."

A Police Scotland spokeswoman said the protest had passed off peacefully and that no arrests had been made. Supporters have said they will stage a further protest before the home match against Arbroch on 7 December.''',
        [
            ("We want our club back", "~fans"),
            ("I hear the frustration of our", "Bradley Keller"),
            ("But I will not be walking", "Bradley Keller"),
            ("Three years of broken promises is", "Fiona McAllister"),
            ("The club is £4 million in", "Fiona McAllister"),
            ("The supporters are entitled to their", "Alan Gow"),
            ("It was a strange one, to", "Jim Dalziel"),
            ("You could sense the mood in", "Jim Dalziel"),
        ],
    ),
    # 15 -- cricket Test concussion, curly quotes; "According to New Zealand Cricket ... the governing body said", "the fast bowler", partial quote, split quote around "the 22-year-old said"
    (
'''New Zealand completed a nine-wicket victory over Bangladesh in the first Test at Hamilton on Monday, but the win was overshadowed by concerns over wicketkeeper Tom Burrows, who was taken to hospital after being struck on the helmet while batting.

Burrows, 34, was hit by a bouncer from fast bowler Rubel Karim on the third day and initially continued batting after passing an on-field concussion test. He retired hurt two overs later and was replaced by Will Seddon under the concussion substitute rules introduced by the International Cricket Council in July.

“Tom’s had a CT scan and the early signs are good, but we’ll take every precaution,” New Zealand coach Gary Winstanley told reporters. “There’s no rush to get him back. His health comes first, well before any cricket match.”

According to New Zealand Cricket, Burrows will miss the second Test in Wellington, which begins on Friday. “Tom will follow the graduated return-to-play protocol, which takes a minimum of six days,” the governing body said.

Karim was visibly upset after the incident and went to check on Burrows before play resumed. “You never want to see a player hurt like that. I went to the dressing room at tea to see him. He told me not to worry, that it’s part of the game, which was kind of him,” the fast bowler said.

Bangladesh captain Tanvir Hossain conceded that his team had been outplayed. “We did not bat well enough in either innings. Two hundred and two hundred and ten will not win you a Test match in New Zealand,” he said.

Seddon, who made 38 not out on debut as a concussion replacement, described the experience as “surreal”. “I was sitting in the stand eating a sandwich,” the 22-year-old said, “and fifteen minutes later I was walking out to bat in a Test.”

New Zealand lead the two-match series 1–0.''',
        [
            ("Tom’s had a CT scan and", "Gary Winstanley"),
            ("There’s no rush to get him", "Gary Winstanley"),
            ("Tom will follow the graduated return-to-play", "New Zealand Cricket"),
            ("You never want to see a", "Rubel Karim"),
            ("We did not bat well enough", "Tanvir Hossain"),
            ("surreal", "Will Seddon"),
            ("I was sitting in the stand", "Will Seddon"),
            ("and fifteen minutes later I was", "Will Seddon"),
        ],
    ),
    # 16 -- rugby disciplinary ban; unnamed "three-person panel" written decision (partials), director of rugby, Instagram partial
    (
'''Westfield Warriors flanker Jonah Faleolo has been suspended for four weeks after an independent disciplinary panel upheld the red card he received in Saturday's Champions Cup defeat to Montclar.

Faleolo was sent off in the 31st minute by referee Pascal Morel after his shoulder made contact with the head of Montclar fly-half Hugo Bertrand, who failed a head injury assessment and did not return. Westfield, reduced to 14 men, lost 27–13.

In its written decision, published by tournament organisers EPCR on Tuesday, the three-person panel described the tackle as "reckless" and said it had carried "a high degree of danger", placing it at the mid-range entry point of six weeks. The panel reduced the ban by two weeks, citing Faleolo's clean disciplinary record and his "exemplary conduct" during the hearing.

Westfield director of rugby Craig O'Neill said the club accepted the outcome and would not appeal. "Jonah is devastated. He's not that type of player, and the first thing he did after the game was go and see Hugo in the medical room," O'Neill said. "We'll work with him on his tackle technique while he's out, and he'll come back better for it."

Bertrand posted on Instagram on Sunday that he was "feeling much better" and thanked Faleolo for his message of support. Montclar have not said when he will return to training.

Faleolo will miss Westfield's next two Champions Cup pool matches and two Premiership fixtures. He will be available again for the home match against Harbury on 18 January.''',
        [
            ("reckless", "~panel"),
            ("a high degree of danger", "~panel"),
            ("exemplary conduct", "~panel"),
            ("Jonah is devastated. He's not that", "Craig O'Neill"),
            ("We'll work with him on his", "Craig O'Neill"),
            ("feeling much better", "Hugo Bertrand"),
        ],
    ),
    # 17 -- tennis withdrawal; Facebook post split by "she wrote", tournament director told L'Equipe, coach "explained"
    (
'''Former world number three Daria Volkova has withdrawn from the French Open because of a wrist injury, ending hopes of her first Grand Slam appearance since returning from maternity leave.

The 31-year-old Russian, who reached the final at Roland Garros in 2016, announced her decision on Facebook on Wednesday. "I have tried everything to be ready, but my wrist is not responding as we hoped," she wrote. "My team and I have decided it is better to stop now than to risk a longer injury."

Volkova had been awarded a wildcard by the French Tennis Federation last month. Tournament director Guy Moreau said he was saddened by the news. "Daria is a great champion and a great friend of this tournament, and we hope to see her back here next year," Moreau told L'Équipe.

Her coach, Igor Sokolov, said the injury had first appeared during a practice session in Rome. "At first it seemed small, just some pain when she hit heavy forehands," Sokolov explained. "Then after two days she could not hold the racket properly. The scan showed inflammation of the tendon."

Volkova, who gave birth to her first child in 2018, had played only four tournaments since her return, winning five of her nine matches. She had been due to face a qualifier in the first round.

Her place in the draw will be taken by a lucky loser from qualifying. She has said she hopes to return for the grass-court season, which begins in June.

Organisers confirmed that ticket holders for Volkova's scheduled first-round match would not be offered refunds, as the court allocation for the day remains unchanged.''',
        [
            ("I have tried everything to be", "Daria Volkova"),
            ("My team and I have decided", "Daria Volkova"),
            ("Daria is a great champion and", "Guy Moreau"),
            ("At first it seemed small, just", "Igor Sokolov"),
            ("Then after two days she could", "Igor Sokolov"),
        ],
    ),
    # 18 -- football VAR error, curly quotes; referees' chief told Reuters (name after quote), "said the Italian", defender told talkSPORT
    (
'''The head of England’s referees has admitted that Wellington Albion should have been awarded a penalty in Saturday’s 1–1 draw with Eastleigh Rovers, after the video assistant referee failed to intervene.

Albion forward Marcus Obi was clearly tripped by Rovers defender Sean Kilbane in the 88th minute, but referee Neil Hastings waved play on and VAR official Tony Birch did not recommend a review.

“Having looked at it again, it was a clear and obvious error and the VAR should have recommended an on-field review,” Keith Farrow, managing director of Professional Game Match Officials Limited, told Reuters on Monday. “We’ve spoken to the officials involved, and they accept that.”

Albion manager Roberto Salvi, whose side remain 17th, said the apology was of little use. “Sorry doesn’t give us the two points back,” said the Italian. “At the end of the season, maybe those two points are the difference between staying up and going down.”

Kilbane admitted on Monday that he had caught Obi. “I knew straight away I’d clipped him,” the defender told talkSPORT. “I was waiting for the whistle and it never came.”

It is the third time this season that the referees’ body has publicly acknowledged a VAR mistake. The Premier League has said it will review the guidance given to video officials at its mid-season meeting with clubs in January.

Albion, who have taken only two points from their last five matches, host Lindford Wanderers on Saturday. Rovers, who sit eighth, travel to Castleton Park the following afternoon. Obi is expected to be fit for the game despite receiving treatment on an ankle knock after the incident.''',
        [
            ("Having looked at it again, it", "Keith Farrow"),
            ("We’ve spoken to the officials involved", "Keith Farrow"),
            ("Sorry doesn’t give us the two", "Roberto Salvi"),
            ("At the end of the season", "Roberto Salvi"),
            ("I knew straight away I’d clipped", "Sean Kilbane"),
            ("I was waiting for the whistle", "Sean Kilbane"),
        ],
    ),
    # 19 -- athletics doping suspension; AIU statement (two parts, abbreviation later), Instagram video, lawyer told newspaper, federation partial
    (
'''Portuguese sprinter Rui Caldeira has been provisionally suspended after testing positive for a banned anabolic steroid, the Athletics Integrity Unit announced on Tuesday.

The 27-year-old, who won 100m bronze at the European Indoor Championships in March, returned the adverse finding in an out-of-competition test in Lisbon on 2 July.

"The athlete has been notified and has the right to request the analysis of the B sample," the AIU said in a statement. "No further comment will be made while the case is ongoing."

Caldeira denied knowingly taking any prohibited substance. "I have never cheated and I never will," he said in a video posted on his Instagram account. "I will fight to clear my name, however long it takes."

His lawyer, Sofia Mendes, told Portuguese newspaper Record that the defence would focus on a contaminated supplement. "We have sent every product he was using to an independent laboratory for testing," Mendes said.

The Portuguese Athletics Federation said it supported the AIU process and would "respect any decision" reached. Caldeira had been expected to lead Portugal's sprint relay squad at the World Championships in Doha later this year.

If the B sample confirms the result, he faces a ban of up to four years.

Caldeira's personal best of 10.04 seconds, set in Madrid last June, is the second-fastest time ever run by a Portuguese sprinter. He had been training in South Africa over the winter and had raced only twice since the indoor season ended. His sponsor, a sportswear company based in Porto, has suspended its contract with him pending the outcome of the case.''',
        [
            ("The athlete has been notified and", "Athletics Integrity Unit"),
            ("No further comment will be made", "Athletics Integrity Unit"),
            ("I have never cheated and I", "Rui Caldeira"),
            ("I will fight to clear my", "Rui Caldeira"),
            ("We have sent every product he", "Sofia Mendes"),
            ("respect any decision", "Portuguese Athletics Federation"),
        ],
    ),
    # 20 -- MotoGP red flag; Race Direction statement "it said", "the Italian told reporters", paraphrase with partial quote, winner
    (
'''Pablo Serrano won a restarted MotoGP race at the Red Bull Ring on Sunday after a frightening crash involving two riders brought out the red flag on lap nine.

Italian Luca Ferraro and Frenchman Romain Gautier collided at turn three, sending both bikes cartwheeling across the gravel and narrowly missing riders further back in the field. Both men walked away from the incident.

Race Direction said after the race that it would take no further action. "Having reviewed all available footage and spoken to both riders, the panel considers this a racing incident," it said in a statement.

Ferraro disagreed. "He braked twenty metres later than normal and he was never going to make the corner," the Italian told reporters. "I'm lucky to be standing here. Very lucky."

Gautier, speaking to Canal+, apologised but insisted it had not been deliberate. He said he had lost the front of the bike, calling it "just one of those things" in a sport where riders push to the limit.

Serrano, who took the lead at the restart and was never headed, said his thoughts had been with the two riders. "When I saw the bikes in the air, I thought the worst," he said. "To see them both walking back to the pits, that was more important than the win today."

The victory moves Serrano 14 points clear at the top of the championship with five rounds remaining.

Ferraro and Gautier are both expected to be passed fit for next weekend's race at Misano, although Gautier will undergo a further scan on his left hand in Italy on Wednesday. The Red Bull Ring has been criticised by several riders in recent seasons over the run-off areas at turn three.''',
        [
            ("Having reviewed all available footage and", "Race Direction"),
            ("He braked twenty metres later than", "Luca Ferraro"),
            ("I'm lucky to be standing here.", "Luca Ferraro"),
            ("just one of those things", "Romain Gautier"),
            ("When I saw the bikes in", "Pablo Serrano"),
            ("To see them both walking back", "Pablo Serrano"),
        ],
    ),
    # 21 -- cricket retirement, curly quotes; partial quote from statement released by a board, board chief executive, captain told SuperSport
    (
'''South African fast bowler Thando Mokoena has announced his retirement from international cricket with immediate effect, ending a ten-year career in which he took 287 Test wickets.

The 33-year-old, who has struggled with a recurring back injury for the past two seasons, said he wanted to prolong his career in domestic and franchise cricket. In a statement released by Cricket South Africa on Thursday, he described the decision as “the hardest I have ever had to make”.

Mokoena made his Test debut against Australia in Durban in 2010 and finishes as the country’s fourth-highest wicket-taker in the format. His best figures of eight for 51 came against England at Centurion in 2016.

Cricket South Africa’s acting chief executive, Pieter van Wyk, paid tribute to the bowler’s commitment. “Thando has given everything to South African cricket for a decade, often bowling through pain that would have stopped most players,” van Wyk said.

Test captain Dean Hendricks, who played alongside Mokoena in 58 Tests, said the dressing room would miss him as much as the bowling attack would. “He was the one who kept everyone going when things were tough, and you can’t replace that,” Hendricks told SuperSport.

Mokoena will continue to play for the Titans in domestic cricket and is expected to be in demand for franchise tournaments around the world. He is due to lead the Titans attack in their opening four-day match of the season in Pretoria next week.

The selectors are expected to name his replacement in the Test squad for the tour of the West Indies by the end of the month.''',
        [
            ("the hardest I have ever had", "Thando Mokoena"),
            ("Thando has given everything to South", "Pieter van Wyk"),
            ("He was the one who kept", "Dean Hendricks"),
        ],
    ),
    # 22 -- football transfer; manager on club website, unnamed source via ESPN Brasil (partial), selling club statement (partial)
    (
'''Westbridge City have completed the signing of Brazilian midfielder Felipe Andrade from Portuguese club Estrela da Costa for a club-record fee believed to be around £42 million.

The 22-year-old has signed a five-year contract, ending a transfer saga that had dragged on for most of the summer. Westbridge had two earlier bids rejected before the clubs finally reached agreement late on Wednesday night, and Andrade flew to England for a medical on Thursday morning.

"Felipe is a player we have followed for a long time, and we are delighted to bring him to the club. He has energy, he has quality on the ball and he is still improving," Westbridge manager Erik Sandvik told the club's official website.

According to a source close to the player who spoke to ESPN Brasil, Andrade turned down a more lucrative offer from a Spanish club because he wanted "to play every week in the Premier League".

Estrela said in a statement that the fee was the largest in the club's history and thanked Andrade for "four wonderful years" in which he won two Portuguese Cups. The club confirmed it would receive a further payment if Westbridge qualify for the Champions League.

Andrade, who has two caps for Brazil, could make his debut in Saturday's home match against Kingsbury Athletic. Westbridge have now spent more than £90 million in the transfer window, more than any other club outside the top six.

Andrade came through the youth system at a club in Belo Horizonte before moving to Portugal at the age of 18.''',
        [
            ("Felipe is a player we have", "Erik Sandvik"),
            ("to play every week in the", "~source"),
            ("four wonderful years", "Estrela da Costa"),
        ],
    ),
    # 23 -- rugby captaincy; "Asked ... he replied" in next paragraph (pronoun across paragraphs), coach, partial quote from outgoing captain
    (
'''Harbury have named 24-year-old lock Finn Gallagher as club captain for the 2020–21 Premiership season, making him the youngest skipper in the club's 130-year history.

Gallagher replaces hooker Dan Whitaker, 34, who has stepped down after five years in the role but will remain part of the playing squad. The new season is due to begin in November after the previous campaign was extended into the autumn because of the coronavirus pandemic.

"It's a massive honour, and to be honest I didn't see it coming," Gallagher said at a press conference on Monday.

Asked whether he felt ready for the responsibility, he replied: "I've learnt from the best. Dan has been brilliant with me since I walked in here as an 18-year-old, and he's not going anywhere, so I'll still be leaning on him."

Harbury head coach Martin Drummond said Gallagher had been an obvious choice. "Finn leads by example, on and off the pitch. The players respect him, and that's the most important thing in a captain," Drummond said.

Whitaker described his successor as "the right man at the right time" and said he was looking forward to concentrating on his own game. Harbury finished fifth last season, missing out on the play-offs on points difference.

Gallagher, who has won five caps for Ireland, joined Harbury's academy from a club in Galway and made his first-team debut in 2015. He signed a new three-year contract in the summer, ending speculation that he could return home to play in the Pro14. The club will also appoint two vice-captains before the opening match against Northgate Saints.''',
        [
            ("It's a massive honour, and to", "Finn Gallagher"),
            ("I've learnt from the best. Dan", "Finn Gallagher"),
            ("Finn leads by example, on and", "Martin Drummond"),
            ("the right man at the right", "Dan Whitaker"),
        ],
    ),
    # 24 -- tennis US Open without fans, curly quotes; "the 20-year-old said", two women, USTA statement
    (
'''Canadian qualifier Olivia Tremblay pulled off the biggest win of her career at the US Open on Wednesday, beating 12th seed Marta Kowalska 6–3, 6–4 in an empty Louis Armstrong Stadium.

With spectators barred from Flushing Meadows because of the coronavirus pandemic, the only sounds on court were the calls of the line judges and the occasional shout of encouragement from the players’ small support teams.

“It was so quiet you could hear your own breathing,” the 20-year-old said afterwards. “Maybe that helped me. Normally I would be very nervous on a big court, but today it felt like a practice match.”

Tremblay, ranked 131st in the world, had never previously won a main-draw match at a Grand Slam. She broke Kowalska’s serve four times and saved all five break points she faced.

Kowalska, the Polish world number 14, said the conditions were no excuse for her performance. “She played very aggressively, and I was too passive. That is the whole story,” she said.

All players at the tournament are required to stay in one of two official hotels and are tested regularly. The United States Tennis Association confirmed on Wednesday that no player had returned a positive test since arriving in the tournament bubble. “The protocols are working, and we are grateful to the players for following them,” the USTA said.

Tremblay will play either Australian Megan Foley or Spain’s Lucía Navarro in the third round.

The tournament, the first Grand Slam event to be staged since the sport resumed in August, is being played without the usual player entourages. Each player has been allowed to bring a maximum of three team members into the bubble.''',
        [
            ("It was so quiet you could", "Olivia Tremblay"),
            ("Maybe that helped me. Normally I", "Olivia Tremblay"),
            ("She played very aggressively, and I", "Marta Kowalska"),
            ("The protocols are working, and we", "United States Tennis Association"),
        ],
    ),
    # 25 -- pole vault record; father and daughter share a surname ("he said" after Lars Karlsson), World Athletics spokesperson
    (
'''Swedish pole vaulter Sofia Karlsson set an indoor world record of 5.03 metres at the World Athletics Indoor Tour meeting in Glasgow on Saturday, clearing the bar at her second attempt.

The 23-year-old had already secured victory with a clearance of 4.85m before asking for the bar to be raised. She failed her first attempt at the record height by the narrowest of margins, brushing the bar with her chest on the way down.

"I didn't even know the world record was on until my coach told me they were putting the bar up. I just thought, why not? I felt fast on the runway today, and when you feel like that you have to take the chance," Karlsson told BBC Sport.

Her coach is her father, Lars Karlsson, a former decathlete who has guided her career since she was 11. "She has been jumping well in training all winter, so I am not surprised. But I am very, very proud," he said.

A World Athletics spokesperson said the record would be submitted for ratification once the standard doping control procedures had been completed. "The mark will be submitted for ratification in the usual way, and we would like to congratulate Sofia on a remarkable performance," the spokesperson said.

The crowd of around 4,000 at the Emirates Arena gave Karlsson a standing ovation as she completed a lap of honour draped in the Swedish flag.

The previous best, set in Boston in February 2016, had stood for almost four years. Karlsson will now turn her attention to the European Indoor Championships in March, where she is expected to start as favourite.''',
        [
            ("I didn't even know the world", "Sofia Karlsson"),
            ("She has been jumping well in", "Lars Karlsson"),
            ("The mark will be submitted for", "World Athletics"),
        ],
    ),
    # 26 -- FA Cup pitch invader; club statement ("the non-league club said"), goalkeeper told BBC Sport, unnamed steward partial, police paraphrased
    (
'''Hadley Town have banned a supporter for life after he ran onto the pitch and confronted Ashford United goalkeeper Ben Carver during Saturday's FA Cup first-round tie.

The man, who has not been named, entered the field of play from the home end shortly after Hadley's equaliser in the 74th minute and pushed Carver in the chest before being tackled to the ground by stewards. The match was held up for around six minutes.

"Hadley Town condemns in the strongest possible terms the actions of the individual who entered the pitch. He will never again be welcome at Moor Lane, and we are assisting the police with their enquiries," the non-league club said in a statement on Sunday.

Carver, 29, said he had been shaken by the incident but was not hurt. "One minute I'm setting up the wall, the next there's a bloke in my face screaming at me. It was over in a few seconds, fair play to the stewards, but it's not something you ever expect," he told BBC Sport.

One steward, who asked not to be named, said colleagues had been "on him within seconds".

Kent Police said a 34-year-old man from Hadley had been arrested on suspicion of assault and released on bail pending further enquiries. The match finished 1–1 and will be replayed at Ashford on 19 November.

The winners of the replay will host League Two side Carlisle in the second round. Hadley, who play in the eighth tier of English football, had been hoping to reach the second round for the first time since 1987. The Football Association has asked both clubs for their observations on the incident.''',
        [
            ("Hadley Town condemns in the strongest", "Hadley Town"),
            ("One minute I'm setting up the", "Ben Carver"),
            ("on him within seconds", "~steward"),
        ],
    ),
    # 27 -- county cricket obstructing the field, curly quotes; batsman told local BBC station, opposing captain, MCC spokesperson
    (
'''Worcestershire batsman Jake Lattimer was given out obstructing the field on the final day of the County Championship match against Derbyshire at New Road on Thursday, a rare mode of dismissal in first-class cricket.

Lattimer, who was on 62, set off for a quick single but was sent back by his partner. As he turned, Derbyshire wicketkeeper Harry Moss’s throw struck him on the arm, and the fielding side appealed. After a lengthy discussion, umpires Ian Bradshaw and Peter Kelly ruled that Lattimer had deliberately changed his line of running to block the ball.

“I was just trying to get back into my ground as quickly as I could. I didn’t even see the ball coming,” Lattimer told BBC Hereford and Worcester.

Derbyshire captain Ross Penhale defended his side’s decision to appeal. “From where I was standing, he took two steps across towards the line of the throw, and the umpires saw it the same way,” he said.

The Marylebone Cricket Club, which is responsible for the Laws of Cricket, said the umpires had been entitled to reach their decision. “Under Law 37, a batsman is out if he wilfully obstructs the fielding side. Whether an act is wilful is a matter for the umpires, who are best placed to judge,” an MCC spokesperson said.

Worcestershire, who were bowled out for 214 in their second innings, lost the match by six wickets.

Derbyshire's victory lifts them to fourth in Division Two, level on points with Glamorgan. Worcestershire remain bottom of Division One with two matches to play, and need to win both to have any chance of avoiding relegation.''',
        [
            ("I was just trying to get", "Jake Lattimer"),
            ("From where I was standing, he", "Ross Penhale"),
            ("Under Law 37, a batsman is", "Marylebone Cricket Club"),
        ],
    ),
    # 28 -- Formula E disqualification; FIA statement, team principal of named team, "said Fonseca"
    (
'''German driver Max Reinholt was stripped of victory at the Marrakesh E-Prix on Saturday after his car was found to have used more energy than permitted during the race.

Reinholt crossed the line 1.8 seconds clear of Portuguese driver Tiago Fonseca, but post-race checks showed that his car had exceeded the maximum energy allowance by 0.4 kilowatt-hours. Fonseca inherited the win, with Briton James Hollis promoted to second.

"The car of Number 21 used more energy than allowed under the sporting regulations, and the driver is therefore disqualified from the results of the race," the FIA said in a statement.

Reinholt's team, Kessler Racing, said it believed a software fault was to blame. "We are investigating the data with our partners and will explain what happened once we understand it fully," team principal Anja Vogel said.

"I'll take it. The regulations are clear, and we managed our energy perfectly all race," said Fonseca, who moves up to third in the drivers' standings.

Reinholt, who had been celebrating on the podium only an hour earlier, left the circuit without speaking to the media. His team has 96 hours to decide whether to lodge an appeal.

The disqualification is the second of the season for a Formula E car found to have exceeded the energy limit, and the first to cost a driver a race win. Kessler Racing has won two races this season, both with Reinholt, who had moved to the top of the standings after a podium finish in Santiago. He now drops to fourth, nine points behind Fonseca's teammate, Sébastien Arnaud, who leads the championship.''',
        [
            ("The car of Number 21 used", "FIA"),
            ("We are investigating the data with", "Anja Vogel"),
            ("I'll take it. The regulations are", "Tiago Fonseca"),
        ],
    ),
    # 29 -- cup final penalty shootout; goalkeeper's quote runs over two paragraphs (opened after a colon), losing manager, winning manager (woman) "said Ellis"
    (
'''Llanberis Town won the Welsh Cup for the first time in their history on Sunday, beating Penrhyn Athletic 5–4 on penalties after a 1–1 draw at the Racecourse Ground.

Goalkeeper Gareth Pryce, 38, saved two penalties in the shootout, including the decisive kick from Penrhyn captain Owen Jenkins.

The veteran, who works as a postman during the week, told S4C: "I've been playing for twenty years and I've never won anything like this. I said to the lads before the shootout, I've watched every one of their penalties on YouTube this season, so trust me.

"I don't know if they believed me, but it worked."

Penrhyn manager Dylan Morgan said he felt for Jenkins. "Owen has carried this club all season. He's the last person who deserves to be the one who misses," Morgan said.

Llanberis manager Rhian Ellis, who took charge of the club two years ago, paid tribute to a squad made up entirely of part-time players. "A team of part-timers, and look what they've done," said Ellis.

The win earns Llanberis a place in the qualifying rounds of next season's Europa League. Several hundred supporters greeted the team bus when it arrived back in the town on Sunday night.

Penrhyn, who had also reached the final in 2017, had taken the lead through a Jenkins free kick midway through the first half before Llanberis levelled with ten minutes remaining. Extra time produced few chances, with both sides visibly tiring on a heavy pitch. Pryce also made a fine save from Penrhyn striker Aled Roberts in the last minute of extra time to take the match to penalties.''',
        [
            ("I've been playing for twenty years", "Gareth Pryce"),
            ("Owen has carried this club all", "Dylan Morgan"),
            ("A team of part-timers, and look", "Rhian Ellis"),
        ],
    ),
    # 30 -- Olympic postponement reaction; "says" present tense, two women in turn, Twitter partials, federation's head of performance
    (
'''Athletes have reacted with a mixture of relief and disappointment after the International Olympic Committee and Japanese organisers confirmed on Tuesday that the Tokyo Olympic Games will be postponed until 2021 because of the coronavirus pandemic.

Irish 800m runner Ciara Reid, who had been due to compete at her first Games, says she has spent the past fortnight training alone on a beach near her home in County Clare. "Honestly, it's a weight off. For weeks we didn't know whether to keep building towards July or not," Reid told RTÉ Sport.

Reid's training partner, hurdler Niamh Cullen, was less positive. Cullen, who turns 34 in May, wrote on Twitter that an extra year was "a long time at my age" but said she would "give it one more go".

Paul Devlin, head of performance at Athletics Ireland, said the governing body would support all of its athletes through the coming months. "Nobody has a plan for this, but we will sit down with every athlete individually over the coming weeks," Devlin said.

Qualification places already secured by athletes are expected to be carried over to 2021, although the International Olympic Committee has not yet confirmed how the remaining qualifying period will work. Most national federations have cancelled all competitions until at least the end of May.

Reid had achieved the Olympic qualifying standard at a meeting in Belgium last summer, while Cullen was still chasing qualification when competitions across Europe were cancelled in early March. Both athletes are now training under government restrictions that allow outdoor exercise close to home.''',
        [
            ("Honestly, it's a weight off. For", "Ciara Reid"),
            ("a long time at my age", "Niamh Cullen"),
            ("give it one more go", "Niamh Cullen"),
            ("Nobody has a plan for this", "Paul Devlin"),
        ],
    ),
]
STORIES_AS = [
    # 1 -- UK crown court, driver jailed; judge partial + direct address, two male lawyers in turn by surname, multi-paragraph victim statement read out
    (
'''A 34-year-old man who killed a cyclist while texting at the wheel of his van has been jailed for six years at Bristol Crown Court.

Liam Corcoran, of Keynsham, admitted causing death by dangerous driving after his van struck 61-year-old Peter Dunmore on the A4 near Saltford in March last year. Mr Dunmore, a retired postman, died at the scene.

Sentencing him on Friday, Judge Helen Marsh said the case should serve as "a stark warning to every driver in this country". She told Corcoran: "You chose to read and reply to messages while driving a three-and-a-half tonne vehicle. Mr Dunmore had no chance. You took his life for the sake of a conversation that could have waited."

Prosecutor Daniel Okafor told the court that phone records showed Corcoran had sent eleven messages in the twenty minutes before the collision, the last of them seconds before impact. "This was not a momentary lapse. It was a sustained pattern of distraction over several miles of busy road," Mr Okafor said.

Simon Reeve, defending, said his client was "utterly ashamed" and had written a letter of apology to the family, which he did not expect them to read. "He has pleaded guilty at the first opportunity and has spared the family a trial, and he asks the court to take that into account," Mr Reeve told the judge.

In a victim impact statement read to the court by Mr Okafor, Mr Dunmore's widow, Claire Dunmore, described the moment police officers arrived at her door.

"I knew before they said a word. Peter had cycled that road every Sunday for twenty years. He was careful, he wore lights, he did everything right.

"Our grandchildren will grow up without him, and nothing that happens in this room will change that," she wrote.

Corcoran, who wept in the dock as the statement was read, was also banned from driving for eight years and will have to pass an extended test before he can drive again. The judge said she had reduced the sentence by a third to reflect his guilty plea.

Outside court, Detective Sergeant Ruth Ellison of Avon and Somerset Police said: "Liam Corcoran's actions have devastated a family. We hope today's sentence sends a clear message that using a handheld phone while driving can and does kill."''',
        [
            ("a stark warning to every driver", "Helen Marsh"),
            ("You chose to read and reply", "Helen Marsh"),
            ("This was not a momentary lapse.", "Daniel Okafor"),
            ("utterly ashamed", "Simon Reeve"),
            ("He has pleaded guilty at the", "Simon Reeve"),
            ("I knew before they said a", "Claire Dunmore"),
            ("Liam Corcoran's actions have devastated a", "Ruth Ellison"),
        ],
    ),
    # 2 -- Australia police appeal (curly); split quote, unnamed shopkeeper, minister partial, two women (inspector, opposition spokeswoman), police statement
    (
'''Victoria Police have appealed for witnesses after a 19-year-old man was fatally stabbed outside a shopping centre in Melbourne’s north on Saturday night.

The man, named by his family as Mateo Ruiz, was found with critical injuries in a car park on Bell Street, Preston, shortly after 10pm. He died at the scene despite the efforts of paramedics.

Detective Inspector Sarah Quinlan of the Homicide Squad told reporters on Sunday that investigators believed a group of up to five young men had been involved. “We know there were a number of people in that car park who saw what happened,” she said. “Some of them may be frightened, and I understand that. But Mateo’s family deserve answers.”

Quinlan said detectives were examining CCTV footage and had recovered a knife from a nearby drain, but she would not say whether it was the murder weapon. She also declined to speculate on a motive or on whether the attack was linked to a brawl at a nearby train station a week earlier.

One shopkeeper, who asked not to be named, said he had heard shouting before seeing several people run towards the railway line. “It was chaos, people were screaming and running in every direction. I have worked here eleven years and I have never seen anything like it,” he told The Age.

Mateo’s older brother, Tomas Ruiz, said the family was struggling to take in the news. “He was a kid who loved football and his little sisters. He was on his way home, that’s all,” he said.

Police Minister Anthony Carr said the government would “not stand by” while knife crime rose, and pointed to new search powers for police introduced last year.

Opposition police spokeswoman Deb Ellery said those powers had clearly failed. “The minister keeps telling Victorians that the laws are working. Families in Preston would beg to differ,” she said.

In a statement, Victoria Police urged anyone with dashcam or mobile phone footage to contact Crime Stoppers. “No piece of information is too small,” the statement said.''',
        [
            ("We know there were a number", "Sarah Quinlan"),
            ("Some of them may be frightened, and", "Sarah Quinlan"),
            ("It was chaos, people were screaming", "~shopkeeper"),
            ("He was a kid who loved", "Tomas Ruiz"),
            ("not stand by", "Anthony Carr"),
            ("The minister keeps telling Victorians that", "Deb Ellery"),
            ("No piece of information is too", "Victoria Police"),
        ],
    ),
    # 3 -- US federal fraud verdict; statement, lawyer partial + quote, defendant called "the 58-year-old", written ruling partial, anonymous juror, mayor on Facebook with "she added"
    (
'''A federal jury in Columbus, Ohio, on Thursday convicted a former city treasurer of embezzling more than $2.3 million in public funds over seven years.

Gary Pruitt, 58, who served as treasurer of the city of Marion from 2014 until his resignation in 2021, was found guilty on 14 counts of wire fraud and three counts of money laundering after a two-week trial.

"Mr. Pruitt treated the city's accounts as his personal piggy bank. He paid for vacations, a lake house and a boat with money that should have repaired roads and paid teachers," U.S. Attorney Rebecca Tran said in a statement after the verdict.

Prosecutors told jurors that Pruitt created a fictitious consulting company and routed payments to it through hundreds of small invoices designed to stay below the threshold that would trigger a review by auditors.

His attorney, Marcus Bell, had argued that Pruitt was following instructions from superiors and that chaotic record-keeping in the treasurer's office made it impossible to say where the money went. Bell told reporters outside the courthouse that his client was "disappointed but not surprised" and would appeal.

"The jury heard a story the government told very well. They did not hear the whole story, and we intend to tell it to the Sixth Circuit," Bell said.

The 58-year-old, who did not testify, said only "I'm innocent" as he left the building with his wife.

U.S. District Judge Alan Whitcomb had earlier rejected a defense motion to exclude the bank records at the heart of the case. In a written ruling, Whitcomb wrote that the defense's objection "rests on a misreading of the statute and of the facts."

One juror, who spoke to WBNS-TV on condition of anonymity, said the paper trail had been decisive. "We went through every invoice. When you see the same fake company billing the city 400 times, there is not a lot left to argue about," she said.

Marion Mayor Lisa Ford said the verdict was a first step toward restoring trust in city government. In a post on Facebook, she added: "Every dollar that was stolen belongs to the people of this city, and we will pursue every avenue to get it back."

Sentencing is scheduled for May 9. Pruitt faces up to 20 years in prison on each wire fraud count.''',
        [
            ("Mr. Pruitt treated the city's accounts", "Rebecca Tran"),
            ("disappointed but not surprised", "Marcus Bell"),
            ("The jury heard a story the", "Marcus Bell"),
            ("I'm innocent", "Gary Pruitt"),
            ("rests on a misreading of the", "Alan Whitcomb"),
            ("We went through every invoice.", "~juror"),
            ("Every dollar that was stolen belongs", "Lisa Ford"),
        ],
    ),
    # 4 -- Canada inquest (curly); partial quote in lead before the mother is named, witness testimony and reply, paraphrased police statement (no quote), union president split quote
    (
'''An inquest into the death of a 27-year-old Indigenous man who died in a Winnipeg police holding cell in 2022 opened on Monday with his mother telling the court her son “should be alive today.”

Jordan Bird was found unresponsive in a cell at Winnipeg Police Service headquarters on the morning of Aug. 14, 2022, roughly nine hours after he was arrested for public intoxication. A medical examiner later found he died of a brain bleed consistent with a fall.

Marlene Bird, his mother, was the first witness. “Jordan was not a statistic. He was funny and stubborn and kind, and he was my only son. Somebody should have checked on him, and that is all I have ever wanted to know: why nobody did,” she told provincial court Judge Raymond Tessier, who is presiding over the inquest.

The family’s lawyer, Priya Sandhu, told the inquest that video from the cell would show officers failed to carry out the physical checks required every 15 minutes under police policy. “The policy exists for exactly this situation. It was not followed,” Sandhu said.

Kyle Desjarlais, who was held in a neighbouring cell that night, testified that he heard a loud thud and called out for help. “I banged on the door and yelled that the guy next to me was hurt, and nobody came for a long time,” he said.

Under cross-examination by a lawyer for the police service, Desjarlais acknowledged he had also been intoxicated and could not be sure of the time. “I was drunk, yeah. But I know what I heard,” he replied.

Tessier reminded those in the gallery that an inquest is not a trial and does not assign blame, but said he would make recommendations aimed at preventing similar deaths.

In an emailed statement, Const. Dani McKinnon, a Winnipeg police spokesperson, said the service continues to co-operate fully with the inquest and would not comment on evidence while proceedings were underway.

Maurice Sabourin, president of the Winnipeg Police Association, told CBC News that officers in the holding area had been stretched thin for years. “We have been raising staffing in the cells with management since before this happened,” he said. “Nobody wants to see a death in custody, least of all the officers who work there.”

The inquest is scheduled to hear from 22 witnesses over three weeks.''',
        [
            ("should be alive today.", "Marlene Bird"),
            ("Jordan was not a statistic. He", "Marlene Bird"),
            ("The policy exists for exactly this", "Priya Sandhu"),
            ("I banged on the door and", "Kyle Desjarlais"),
            ("I was drunk, yeah.", "Kyle Desjarlais"),
            ("We have been raising staffing in", "Maurice Sabourin"),
            ("Nobody wants to see a death", "Maurice Sabourin"),
        ],
    ),
    # 5 -- Germany arson verdict; lead partial before judge named, two men (defence, prosecutor) in turn, split quote, victim via "After the verdict he said:", senator told Der Spiegel
    (
'''A court in Hamburg on Wednesday sentenced a 41-year-old man to nine years in prison for setting fire to a shelter for asylum seekers in the city's Harburg district, in an attack the presiding judge said was driven by "open hatred".

The man, identified only as Sven K. under German privacy rules, was convicted of attempted murder and aggravated arson. Nobody was killed in the blaze in October 2023, but eleven residents, including four children, were treated for smoke inhalation.

Presiding judge Katrin Albers said the evidence showed the defendant had poured petrol through a ground-floor window at around 3am, knowing the building was occupied. "He knew that families were sleeping inside, and he chose that hour deliberately. That he killed no one is down to luck and to the smoke detectors, not to any restraint on his part," Albers said as she delivered the verdict.

Senior prosecutor Jens Hartung had asked for a sentence of eleven years. He told the court during the trial that chat messages found on the defendant's phone showed he had discussed the shelter with like-minded acquaintances for weeks before the attack.

Defence lawyer Matthias Vogel argued that his client had been drunk and had intended only to damage the building. He said after the hearing that he would study the written judgment before deciding whether to appeal. "My client deeply regrets what happened, but he is not the monster he has been portrayed as," Vogel told reporters.

Hartung rejected that characterisation outside the courtroom. "Nobody has called him a monster," he said. "We have called him what the evidence shows him to be: someone who was prepared to burn people alive."

Samir Haddad, a Syrian father of three who lived on the second floor, had told the court through an interpreter how he carried his youngest daughter down a smoke-filled staircase. After the verdict he said: "I came to Germany to be safe. Today I feel that the court has listened to us."

Hamburg's interior senator, Dirk Brenner, told Der Spiegel that the ruling sent an important signal. "Anyone who attacks people because of where they come from will face the full force of the law," he said.''',
        [
            ("open hatred", "Katrin Albers"),
            ("He knew that families were sleeping", "Katrin Albers"),
            ("My client deeply regrets what happened,", "Matthias Vogel"),
            ("Nobody has called him a monster", "Jens Hartung"),
            ("We have called him what the", "Jens Hartung"),
            ("I came to Germany to be", "Samir Haddad"),
            ("Anyone who attacks people because of", "Dirk Brenner"),
        ],
    ),
    # 6 -- South Africa police shootout (curly); police colonel split, oversight body statement, unnamed woman with "said one woman" after quote, paraphrased neighbour, minister on X partial, researcher
    (
'''Eight suspected cash-in-transit robbers were shot dead in a gunfight with police in Soshanguve, north of Pretoria, early on Tuesday, the South African Police Service said.

Police spokesperson Colonel Thandiwe Nkosi said officers from a specialised task team had been tracking the group for several weeks and moved in on a house where they believed the men were planning an attack on an armoured vehicle on the N1.

“When officers identified themselves, they were met with a hail of gunfire,” Nkosi told journalists at the scene. “They had no choice but to return fire.”

She said four rifles, three pistols and a quantity of ammunition had been recovered, along with explosives of the kind used to blow open cash vans. No police officers were injured, she said.

The Independent Police Investigative Directorate, which probes deaths involving police, said it had opened an investigation, as it is required to do by law. “IPID investigators were dispatched to the scene this morning and will establish whether the use of force was justified,” the directorate said in a statement.

Residents described being woken by sustained gunfire shortly after 4am. “It went on for maybe twenty minutes. We lay on the floor with the children, and when it stopped we heard the police shouting at everyone to stay inside,” said one woman who lives across the road.

Another neighbour, Sipho Maluleke, said the men in the house had kept to themselves and that cars often came and went late at night, but that nobody in the area asked questions.

Police Minister Lerato Mokoena praised the officers involved, saying on X that “criminals who take up arms against the state will be dealt with decisively.”

But Nomsa Khumalo, a researcher at the Pretoria-based Centre for Policing Accountability, warned against celebrating the deaths before the facts were known. “A high body count is not the same thing as good policing. Eight people are dead and not one of them has been charged or tried, and that should at least give us pause,” she said.''',
        [
            ("When officers identified themselves, they were", "Thandiwe Nkosi"),
            ("They had no choice but to", "Thandiwe Nkosi"),
            ("IPID investigators were dispatched to the", "Independent Police Investigative Directorate"),
            ("It went on for maybe twenty", "~woman"),
            ("criminals who take up arms against", "Lerato Mokoena"),
            ("A high body count is not", "Nomsa Khumalo"),
        ],
    ),
    # 7 -- India building collapse verdict; quotes read from written judgment ("wrote", "The judgment continued:"), prosecutor, defence, relative told NDTV, paraphrased corporation, unnamed survivor
    (
'''A special court in Mumbai on Monday sentenced a property developer and two municipal engineers to ten years' rigorous imprisonment over the collapse of a residential building in Ghatkopar that killed 17 people in 2019.

Developer Harish Parekh, 62, was found guilty of culpable homicide not amounting to murder after the court accepted that unauthorised alterations to the ground floor, carried out to make room for a nursing home, had weakened the structure's load-bearing columns. The two engineers were convicted of criminal negligence for ignoring complaints from residents.

In his 212-page judgment, Special Judge S.K. Kulkarni wrote that the accused had "placed profit above the lives of the very people who trusted them with their homes". The judgment continued: "The warnings were repeated, specific and ignored. This was not an act of God. It was an act of men."

Special Public Prosecutor Anjali Deshpande told reporters outside the court that the verdict was a vindication for the families. "They waited five years, attended every hearing and never gave up. Today the court has told them that their loved ones' lives mattered," she said.

Parekh's counsel, Rohan Mehta, said the defence would challenge the ruling in the Bombay High Court. "The court has overlooked crucial expert evidence about the age of the building and the quality of the original construction. We are confident the conviction will not stand," Mehta said.

Farida Shaikh, whose husband and teenage son died in the collapse, wept as the sentence was read out. "Ten years is nothing. I have been living in a rented room for five years, and my son would have been twenty-two now," she told NDTV.

The Brihanmumbai Municipal Corporation said in a statement that it had taken note of the judgment and that departmental action against the two engineers, who were suspended in 2019, would proceed.

One survivor, a retired schoolteacher who was pulled from the rubble after eleven hours, said he felt no satisfaction. "Justice would have been if someone had listened to us when we complained about the cracks," he said.''',
        [
            ("placed profit above the lives of", "S.K. Kulkarni"),
            ("The warnings were repeated, specific and", "S.K. Kulkarni"),
            ("They waited five years, attended every", "Anjali Deshpande"),
            ("The court has overlooked crucial expert", "Rohan Mehta"),
            ("Ten years is nothing.", "Farida Shaikh"),
            ("Justice would have been if someone", "~survivor"),
        ],
    ),
    # 8 -- New Zealand murder charge; one-word partials ("strenuously", "glue"), brother told RNZ, unnamed neighbour (she), mayor posted on Facebook ("she wrote"), several women
    (
'''A 23-year-old man has been charged with murder following the death of a woman whose body was found in a house in the Christchurch suburb of Linwood on Sunday.

Police were called to the Gloucester Street address at about 7.30am after a family member raised concerns. The woman, 46-year-old Losa Tuilagi, was declared dead at the scene.

Detective Inspector Greg Lowther said the pair were known to each other. "This is not a random attack and there is no wider risk to the community. I do want to acknowledge Losa's family, who are going through the worst time imaginable," he told a media stand-up on Monday afternoon.

Lowther said a scene examination was continuing and that police still wanted to hear from anyone who saw a dark-coloured hatchback leaving the street at speed between 10pm on Saturday and 6am on Sunday.

The accused appeared briefly in the Christchurch District Court on Monday and was remanded in custody. He did not enter a plea, and interim name suppression was granted. His lawyer, Anna Whitfield, told Judge Claire McKay her client would "strenuously" defend the charge.

Tuilagi's brother, Fetu Tuilagi, told RNZ his sister had been the "glue" of a large extended family. "She raised half the kids on our street, everyone called her Aunty. We just want to bring her home and look after her now," he said.

One neighbour said she had heard raised voices late on Saturday night but had not thought to call police. "You hear arguments sometimes, you don't think it's going to end like this. I keep wondering if I should have done something," she said.

Christchurch Mayor Tania Burke posted on Facebook that the city's thoughts were with the family. "Violence in the home is never a private matter. If you are worried about someone, please reach out," she wrote.

The man is due to reappear in the High Court at Christchurch next month.''',
        [
            ("This is not a random attack", "Greg Lowther"),
            ("strenuously", "Anna Whitfield"),
            ("glue", "Fetu Tuilagi"),
            ("She raised half the kids on", "Fetu Tuilagi"),
            ("You hear arguments sometimes, you don't", "~neighbour"),
            ("Violence in the home is never", "Tania Burke"),
        ],
    ),
    # 9 -- Ireland Special Criminal Court (curly); judge partial then "the judge said", defence partial, mother's partial then multi-paragraph statement read out, garda superintendent, unnamed youth worker
    (
'''The Special Criminal Court has jailed a Dublin man for life for the murder of a 24-year-old father of two who was shot dead outside a gym in Finglas in 2022.

Darren Moloney, 31, of no fixed abode, had denied murdering Kevin Ward, who was struck six times as he got into his car on the evening of 19 March 2022.

Delivering the three-judge court’s verdict, Ms Justice Mary Kavanagh said the evidence against Moloney was “overwhelming”. She said CCTV footage tracked a stolen Audi from the scene to a laneway where it was later found burnt out, and that the accused’s DNA was found on a glove recovered nearby.

“The court is satisfied beyond reasonable doubt that the accused was the gunman. The killing was planned, it was ruthless and it was carried out in a public place where children were present,” the judge said.

Prosecution counsel Conor Devlin SC had told the trial that Mr Ward was murdered as part of a feud between two criminal groups in north Dublin, although he stressed that there was no evidence the victim himself had any involvement in crime.

Defence counsel Niall Farrelly SC had argued that the DNA could have been transferred to the glove by someone else. Mr Farrelly told the court after the verdict that his client “maintains his innocence” and would consider an appeal.

In a victim impact statement read to the court by Mr Devlin, Mr Ward’s mother, Bernadette Ward, said her son had been “the light of our house”.

“I still set the table for him on Sundays. I still hear his car in the driveway. Some mornings I forget, and then I remember all over again.

“His two little girls ask when Daddy is coming back, and I have no answer for them,” she said in the statement.

Speaking outside the court, Detective Superintendent Declan Roche said the investigation had involved hundreds of hours of work. “The officers on this case were determined to get justice for Kevin, and I hope today brings his family some small measure of comfort,” he said.

A youth worker in Finglas, who did not want to be named, said the area was tired of being defined by feuds. “Every time this happens, the kids here lose another bit of hope. They need jobs and clubs and somewhere to go, not more funerals,” he said.''',
        [
            ("overwhelming", "Mary Kavanagh"),
            ("The court is satisfied beyond reasonable", "Mary Kavanagh"),
            ("maintains his innocence", "Niall Farrelly"),
            ("the light of our house", "Bernadette Ward"),
            ("I still set the table for", "Bernadette Ward"),
            ("The officers on this case were", "Declan Roche"),
            ("Every time this happens, the kids", "~worker"),
        ],
    ),
    # 10 -- France corruption verdict; judge quote + "The judge added" partial, "According to the judgment" with no quote, prosecutor, lawyer "insisted", defendant told AFP, NGO spokeswoman split
    (
'''A French court on Tuesday sentenced the former mayor of a town near Lyon to three years in prison, two of them suspended, for awarding public contracts to companies run by friends and relatives.

Jean-Paul Roux, 67, who led the town of Montrevel-la-Riviere for 18 years, was also barred from holding public office for five years and fined 80,000 euros. He was convicted of favouritism, misuse of public funds and illegal taking of interest.

"The defendant ran the town hall as if it were a family business," presiding judge Isabelle Fournier said as she read out the ruling. According to the judgment, contracts worth more than 4 million euros were awarded without proper tender between 2012 and 2020, many of them to a construction firm owned by Roux's brother-in-law.

The judge added that Roux had "knowingly and repeatedly" bypassed procurement rules and had put pressure on municipal staff who raised objections. A former finance director had told the court during the trial that she was moved to a basement office after querying an invoice.

Prosecutor Laurent Mercier, who had sought a four-year term, said he was satisfied with the sentence. "When a mayor treats public money as his own, it is the citizens who pay twice: once in taxes and once in lost trust," he told reporters.

Roux's lawyer, Elodie Garnier, said her client would appeal. "Mr Roux has built schools, a swimming pool and a retirement home. Nobody has shown that the town paid a single euro more than it should have," she insisted.

Roux himself told AFP he was at peace with his conscience. "I have always worked for Montrevel. History will judge," he said.

Anne-Sophie Lemaire, a spokeswoman for the anti-corruption group Transparence Citoyenne, which brought the original complaint in 2019, welcomed the ruling but said the suspended part of the sentence was too lenient. "Elected officials continue to believe that they will escape real punishment," she said, "and today's decision will not change their minds."

Because of the appeal, the sentence will not take effect until the case has been heard again.''',
        [
            ("The defendant ran the town hall", "Isabelle Fournier"),
            ("knowingly and repeatedly", "Isabelle Fournier"),
            ("When a mayor treats public money", "Laurent Mercier"),
            ("Mr Roux has built schools, a", "Elodie Garnier"),
            ("I have always worked for Montrevel.", "Jean-Paul Roux"),
            ("Elected officials continue to believe that", "Anne-Sophie Lemaire"),
            ("and today's decision will not change", "Anne-Sophie Lemaire"),
        ],
    ),
    # 11 -- US police bodycam release (curly); officer's shout in footage, chief partial immediately followed by full quote, family attorney, sister "she asked", crowd chant, union partial, named spokesperson partial
    (
'''Phoenix police on Wednesday released body camera footage showing the moments before an officer shot and killed a 29-year-old man during a traffic stop last month, as the man’s family called for the officer to be charged.

The video shows Officer Ryan Castellano approaching the driver’s side of a car on Indian School Road on the night of March 3. After a brief exchange, the driver, Andre Morgan, reaches toward the center console. Castellano shouts “Show me your hands!” and fires four shots within about two seconds.

A phone, not a weapon, was later found in the console.

Police Chief Marisol Vega, who introduced the footage at a news conference, said she had watched it “many, many times.” “I’m not going to stand here and tell you what you should see in this video. I’m going to let you see it, and I’m going to let the process work,” she said.

Vega said Castellano, a six-year veteran, had been placed on administrative leave and that the shooting was being reviewed by the Maricopa County Attorney’s Office.

Terrence Hale, an attorney for the Morgan family, said the footage left no doubt. “Andre was reaching for his phone because he had been told to produce his registration, and his registration was on his phone. He was killed for doing what he was asked to do,” Hale said.

Morgan’s sister, Keisha Morgan, spoke through tears at a rally outside City Hall. “My brother had a daughter who turns four next week. What am I supposed to tell her?” she asked.

As she spoke, the crowd of about 200 people chanted “Justice for Andre.”

In a statement, the Phoenix Police Officers Union said it was “premature and irresponsible” to draw conclusions from a single camera angle, and noted that officers are often forced to make split-second decisions with incomplete information.

A spokesperson for the county attorney’s office, Nicole Brandt, said prosecutors would “review all the evidence thoroughly and without fear or favor,” but gave no timeline for a charging decision.''',
        [
            ("Show me your hands!", "Ryan Castellano"),
            ("many, many times.", "Marisol Vega"),
            ("I’m not going to stand here", "Marisol Vega"),
            ("Andre was reaching for his phone", "Terrence Hale"),
            ("My brother had a daughter who", "Keisha Morgan"),
            ("Justice for Andre.", "~crowd"),
            ("premature and irresponsible", "Phoenix Police Officers Union"),
            ("review all the evidence thoroughly and", "Nicole Brandt"),
        ],
    ),
    # 12 -- Scotland sheriff court drone smuggling; two women (fiscal, sheriff) and two men (solicitor, DI) in turn, "She told them:", "he explained", unnamed prison service spokesman, union chair partial
    (
'''Two men who used a drone to fly drugs and mobile phones into a Scottish prison have been jailed for a combined total of seven years.

Jamie Stewart, 28, and Ross Baird, 33, both from Glasgow, admitted at Perth Sheriff Court being involved in serious organised crime after police caught them near the perimeter fence of HMP Perth in May last year with a drone and a package containing cannabis, street valium and four phones.

Fiscal depute Fiona Reid told the court that analysis of the drone's flight log showed it had made at least 14 previous trips to the prison, and that packages dropped into exercise yards could be sold inside for up to ten times their street value. "This was not an amateur operation. It was a supply chain, and the prison was the market," she said.

Gordon McLeod, solicitor for Stewart, said his client had been pressured into taking part to clear a drug debt. "He was a small cog in a much bigger machine, and those who organised this have not been before any court," Mr McLeod said.

Sheriff Alison Grant jailed Stewart for three years and Baird for four. She told them: "Drugs smuggled into prisons fuel violence against staff and other prisoners, and they undermine every effort to rehabilitate those serving sentences. The courts must treat this conduct with the utmost seriousness."

Detective Inspector Craig Munro, of Police Scotland's organised crime unit, said the case showed how criminal groups were adapting technology. "Drones are cheap, they are easy to buy and they are increasingly sophisticated. But so are our methods of detecting them," he explained.

A Scottish Prison Service spokesman said the service had invested in new detection equipment at several sites. "We will continue to work with Police Scotland to stop contraband getting into our establishments," he said.

But Derek Hannah, chair of the Prison Officers' Association Scotland, told BBC Scotland that staff were "fighting a losing battle" against contraband, with his members dealing every week with prisoners under the influence of substances that had come over the wall.''',
        [
            ("This was not an amateur operation.", "Fiona Reid"),
            ("He was a small cog in", "Gordon McLeod"),
            ("Drugs smuggled into prisons fuel violence", "Alison Grant"),
            ("Drones are cheap, they are easy", "Craig Munro"),
            ("We will continue to work with", "Scottish Prison Service"),
            ("fighting a losing battle", "Derek Hannah"),
        ],
    ),
    # 13 -- Kenya activist murder conviction (curly); nickname in quotes not listed, judge, defence split, widow told journalists, prosecutions office statement partial, NGO director partial + quote
    (
'''The High Court in Kisumu on Thursday convicted three men of murdering a community activist who had campaigned against illegal sand harvesting along the Nyando River.

Justice Grace Wanjiru found that Samuel Ochieng, Bernard Owino and Felix Wekesa abducted Joseph Odhiambo from his home in Ahero in September 2021 and killed him before dumping his body in a sugarcane plantation. Odhiambo had spent years documenting the activities of a loose network of dealers known as “the sand cartel”, who dig sand from the riverbed and sell it to construction firms in Kisumu and Nairobi.

“The evidence paints a clear picture of a killing planned to silence a man who had become inconvenient. The prosecution has proved its case beyond reasonable doubt against all three accused,” Justice Wanjiru said in her judgment.

The judge said mobile phone data placed all three men near Odhiambo’s home on the night he disappeared, and that one of them had tried to sell the activist’s phone two days later.

Defence advocate Otieno Ouma, who represented two of the accused, said he would file an appeal. “The phone data shows only that my clients were in the same area where they live and work,” he said. “That is not evidence of murder.”

Odhiambo’s widow, Akinyi Odhiambo, embraced relatives in the courtroom after the verdict. “For three years, people told me to forget, that big people were behind this and nothing would happen. Today I can tell my children that their father did not die for nothing,” she told journalists.

The Office of the Director of Public Prosecutions said in a statement that the conviction showed “the commitment of the state to protect those who defend the environment and their communities.”

Peter Kamau, executive director of the Kenya Human Rights Defenders Network, said the men who carried out the killing were “only part of the story”. “We still do not know who paid them. Until investigators follow the money, activists along that river will continue to live in fear,” he said.

The three will be sentenced on 14 November.''',
        [
            ("The evidence paints a clear picture", "Grace Wanjiru"),
            ("The phone data shows only that", "Otieno Ouma"),
            ("That is not evidence of murder.", "Otieno Ouma"),
            ("For three years, people told me", "Akinyi Odhiambo"),
            ("the commitment of the state to", "Office of the Director of Public Prosecutions"),
            ("only part of the story", "Peter Kamau"),
            ("We still do not know who", "Peter Kamau"),
        ],
    ),
    # 14 -- Japan train stabbing sentence; "according to Kyodo News", unnamed prosecutors partial, "The judge said" partial, father's written statement ("he wrote"), unnamed woman told NHK
    (
'''The Osaka District Court on Friday sentenced a 37-year-old man to life imprisonment for a knife attack on a commuter train that killed one passenger and injured four others in 2023.

Daisuke Ikeda had admitted stabbing passengers on a Hankyu Railway train travelling between Umeda and Juso stations on the evening of July 12, but his lawyers argued he was suffering a psychotic episode and could not be held fully responsible.

Presiding Judge Kenji Yamamoto rejected that argument. "The defendant selected his victims, bought the knife two days in advance and researched the busiest times on the line. These are not the actions of a man who had lost the ability to tell right from wrong," Yamamoto said, according to Kyodo News.

Prosecutors had sought the death penalty, arguing during the trial that the attack was "an indiscriminate act of terror against ordinary people." The judge said that while the crime was "extremely grave", the defendant's long history of mental illness weighed against capital punishment.

Defence lawyer Hiroshi Tanaka told reporters the team would consider whether to appeal. "Our client is deeply ill, and prison will not treat that illness," he said.

Yuki Morita, a 24-year-old university student, died of her injuries in hospital. In a statement released through prosecutors, her father, Takeshi Morita, said the family had hoped for a heavier sentence. "Yuki had just been offered her first job. She called us that morning, so happy. The defendant will go on living, and our daughter will not. We cannot accept that," he wrote.

A woman who was on the train and suffered a cut to her arm told NHK she still could not bring herself to ride the line. "When the doors close, I feel my heart start to race," she said.

Osaka Prefectural Police said they had increased patrols on trains since the attack and were reviewing security with railway operators across the Kansai region.''',
        [
            ("The defendant selected his victims, bought", "Kenji Yamamoto"),
            ("an indiscriminate act of terror against", "~prosecutors"),
            ("extremely grave", "Kenji Yamamoto"),
            ("Our client is deeply ill, and", "Hiroshi Tanaka"),
            ("Yuki had just been offered her", "Takeshi Morita"),
            ("When the doors close, I feel", "~woman"),
        ],
    ),
    # 15 -- Brazil police raid (curly); spokesman after quote, unnamed woman told Reuters, mother "she asked" then split, governor wrote on X partial, public defender statement, researcher
    (
'''At least nine people were killed during a police operation in a favela complex in Rio de Janeiro’s north zone on Tuesday, authorities said, in the latest deadly raid in the city.

Rio de Janeiro state’s Military Police said officers had entered the Complexo da Pedreira to serve arrest warrants against members of a drug trafficking gang and came under fire from heavily armed men. Officers seized five rifles, grenades and a large quantity of cocaine, the force said.

“Our teams were attacked as soon as they entered the community. Every death today is the result of criminals choosing to confront the police,” police spokesman Lieutenant Colonel Marcos Azevedo told reporters.

Residents gave a different account. A woman who lives near the alley where two of the dead were found told Reuters that police had shot at young men who were trying to flee. “They were running, they were not shooting at anybody. Then the police came into the houses and started breaking things,” she said.

Among the dead was 16-year-old Lucas Silva, who his family said was on his way to school. His mother, Rosângela Silva, held up his school uniform outside the Getúlio Vargas hospital. “Look at this. Does this look like a criminal?” she asked. “My son wanted to be a mechanic.”

State governor Cláudio Meireles wrote on X that the operation had been “a success against organized crime” and that he regretted the loss of any innocent lives.

The state Public Defender’s Office said it had sent a team to the community to gather testimony from residents. “There are serious indications of abuses that must be investigated independently,” the office said in a statement.

Fernanda Lacerda, a researcher at the Rio-based Institute for Security and Citizenship, said the pattern was familiar. “The state calls it a success when the dead are counted and the weapons are photographed. Nobody measures whether the neighborhood is any safer a month later,” she said.''',
        [
            ("Our teams were attacked as soon", "Marcos Azevedo"),
            ("They were running, they were not", "~woman"),
            ("Look at this. Does this look", "Rosângela Silva"),
            ("My son wanted to be a", "Rosângela Silva"),
            ("a success against organized crime", "Cláudio Meireles"),
            ("There are serious indications of abuses", "Public Defender’s Office"),
            ("The state calls it a success", "Fernanda Lacerda"),
        ],
    ),
    # 16 -- Netherlands port cocaine verdict; court's written judgment, prosecutor partial then by surname, defence, port authority spokesperson (she), customs investigator told NOS
    (
'''The Rotterdam District Court has sentenced six men, including four former port workers, to prison terms of between four and 12 years for helping to smuggle more than 7,000 kilograms of cocaine through Europe's largest seaport.

The men were accused of using their access passes and inside knowledge to retrieve bags of cocaine hidden in shipping containers from South America before the containers could be checked by customs. Prosecutors said the group was paid up to 1 million euros per shipment.

"The defendants sold their access to the port to criminal organisations, and with it they sold the integrity of the port itself. The damage this does to society goes far beyond the drugs themselves," the court said in its written judgment.

The heaviest sentence was imposed on a 44-year-old crane operator identified as Erik V., who the court said had coordinated the workers and recruited younger colleagues. Public prosecutor Marieke de Jong had described him during the trial as "the key that opened the door".

De Jong told reporters after the verdict that the case was only one of many. "For every team like this that we catch, there are others still working in the port. The money on offer is enormous and the criminals know exactly who to approach," she said.

Bram Visser, who represented Erik V., said his client had been under severe pressure from a criminal network and that an appeal was likely. "He was threatened, his family was threatened, and the court has given too little weight to that," Visser said.

A spokesperson for the Port of Rotterdam Authority said the port had tightened its access pass system in 2022. "Every pass is now linked to biometric data, and access is reviewed far more often," she said.

Jan Willem Bakker, a senior customs investigator, told broadcaster NOS that corruption of insiders was now the biggest single problem facing the port. "You can have the best scanners in the world, but if someone on the inside moves the bag before the container is scanned, the scanner sees nothing," he said.''',
        [
            ("The defendants sold their access to", "Rotterdam District Court"),
            ("the key that opened the door", "Marieke de Jong"),
            ("For every team like this that", "Marieke de Jong"),
            ("He was threatened, his family was", "Bram Visser"),
            ("Every pass is now linked to", "Port of Rotterdam Authority"),
            ("You can have the best scanners", "Jan Willem Bakker"),
        ],
    ),
    # 17 -- US murder trial testimony; defendant's words reported by witness in lead, Q&A with "asked"/"replied", two women (prosecutor, witness) alternating, "the prosecutor asked", paraphrased defence point, victim's brother
    (
'''The former girlfriend of a man accused of killing a Tulsa convenience store clerk told jurors on Tuesday that he came home on the night of the shooting with blood on his shoes and warned her to "keep quiet or else."

Melissa Grant, 26, was the prosecution's key witness on the second day of the trial of Derrick Haynes, 31, who is charged with first-degree murder in the death of Anil Mehra, 52, during a robbery at a QuikStop on Admiral Place in February 2023.

Under questioning from Assistant District Attorney Karen Liu, Grant described Haynes arriving at their apartment shortly after midnight.

"What did you notice about him?" Liu asked.

"He was sweating and breathing really hard, and there was something dark on his sneakers. I asked him what happened, and he said it was none of my business," Grant replied.

"Did he say anything else?" the prosecutor asked.

"He told me if anybody asked, he was home all night," she said.

Haynes' attorney, Paul Deluca, spent more than an hour cross-examining Grant, focusing on her first statement to police, in which she said she had not seen Haynes that night. "You lied to detectives, didn't you?" Deluca asked.

"I was scared of him. I lied because I was scared," Grant said.

Deluca also pointed out that Grant had been granted immunity on a separate drug charge in exchange for her testimony, suggesting she had every reason to tell the state what it wanted to hear. Liu objected, and District Judge Harold Simms sustained the objection, telling jurors to disregard the remark.

Outside the courthouse, Mehra's brother, Vikram Mehra, said the family had attended every day of the trial. "Anil worked at that store for eleven years. He knew every customer by name, and we just want the truth to come out," he said.

Testimony is expected to continue through the end of the week.''',
        [
            ("keep quiet or else.", "Derrick Haynes"),
            ("What did you notice about him?", "Karen Liu"),
            ("He was sweating and breathing really", "Melissa Grant"),
            ("Did he say anything else?", "Karen Liu"),
            ("He told me if anybody asked,", "Melissa Grant"),
            ("You lied to detectives, didn't you?", "Paul Deluca"),
            ("I was scared of him.", "Melissa Grant"),
            ("Anil worked at that store for", "Vikram Mehra"),
        ],
    ),
    # 18 -- Sweden teen contract killing (curly); speaker named after long quote, prosecutor, minister told Dagens Nyheter then "the minister said", "says" + split, unnamed mother, police statement
    (
'''Swedish police have arrested three teenagers, the youngest aged 14, on suspicion of carrying out a fatal shooting in a Stockholm suburb on Sunday evening, in what officers believe was a contract killing ordered by a criminal network.

A 32-year-old man was shot several times outside a residential building in Hallunda, south-west of the capital, at around 8pm. He died later in hospital.

“We see again how criminal networks use children as tools to carry out the most serious violence. These boys are recruited on social media and offered money for a murder as if it were a summer job,” Anders Lindqvist, head of the Stockholm police region’s serious crime unit, told a press conference on Monday.

Lindqvist said the suspects had been arrested within hours when a car they were travelling in was stopped in Botkyrka. A firearm was found in the vehicle.

Prosecutor Sofia Berggren, who is leading the preliminary investigation, said the two older suspects had been remanded in custody on suspicion of murder. The youngest, who is below the age of criminal responsibility, would be dealt with by social services, she said. “The law as it stands gives us very limited options for the youngest suspects,” Berggren said.

Justice Minister Karin Holm told Dagens Nyheter that the government would bring forward proposals to lower that age for the most serious crimes. “Gang leaders are exploiting a gap in the law, and we intend to close it,” the minister said.

Critics say lowering the age will not address why children are drawn into gangs. “Put a 14-year-old in prison and you get a 17-year-old with better criminal contacts,” says Emma Sjöberg, a criminologist at Stockholm University. “It is a slogan, not a solution.”

A mother of two who lives in the building where the shooting took place said she had kept her children indoors since. “My son heard the shots from his bedroom. He asked me if someone was going to come and shoot us too. What do you answer to that?” she said.

Stockholm police said in a statement on Monday evening that extra patrols would be deployed in Botkyrka and neighbouring Huddinge. “Residents will see more police in their neighbourhoods in the coming days, and we urge anyone with information to contact us,” the statement said.''',
        [
            ("We see again how criminal networks", "Anders Lindqvist"),
            ("The law as it stands gives", "Sofia Berggren"),
            ("Gang leaders are exploiting a gap", "Karin Holm"),
            ("Put a 14-year-old in prison and", "Emma Sjöberg"),
            ("It is a slogan, not a", "Emma Sjöberg"),
            ("My son heard the shots from", "~mother"),
            ("Residents will see more police in", "Stockholm police"),
        ],
    ),
    # 19 -- Australia assault acquittal; two male barristers in turn with "he said"/"he told the jury", judge partial, player, league statement partial, "Hardy declined to comment"
    (
'''A Sydney District Court jury has found rugby league player Josh Tauli not guilty of assaulting a man outside a Kings Cross bar, ending a case that has kept him off the field for more than a year.

Tauli, 26, had pleaded not guilty to one count of assault occasioning actual bodily harm over a scuffle on Darlinghurst Road in the early hours of 4 December 2022, in which a 30-year-old man suffered a fractured cheekbone.

Crown prosecutor Nicholas Hardy told jurors in his closing address that CCTV footage showed Tauli throwing "a deliberate, forceful punch" at a man who had turned away from him. "You don't need to be an expert to see what happens in that footage. The complainant is walking away, and the accused follows him," he said.

But defence barrister Jonathan Pryce argued that the footage was grainy and incomplete and that Tauli had acted to protect his cousin, who had been pushed to the ground moments earlier. "My client did what any of you would do if you saw a member of your family attacked. He stepped in, and that is not a crime," he told the jury.

The jury deliberated for around five hours before returning its verdict on Thursday afternoon. Judge Penelope Walsh thanked jurors for their "careful attention to what was, at times, difficult evidence" and discharged Tauli.

Speaking outside court, Tauli said he was relieved. "It's been the hardest year of my life. I just want to thank my family, my partner and everyone who stood by me, and now I want to get back to playing footy," he said.

The National Rugby League, which had stood Tauli down under its no-fault policy, said in a statement it would "review the outcome and consult with the club" before deciding on his return.

Hardy declined to comment when approached by reporters. The complainant, who cannot be named, was not in court for the verdict.''',
        [
            ("a deliberate, forceful punch", "Nicholas Hardy"),
            ("You don't need to be an", "Nicholas Hardy"),
            ("My client did what any of", "Jonathan Pryce"),
            ("careful attention to what was, at", "Penelope Walsh"),
            ("It's been the hardest year of", "Josh Tauli"),
            ("review the outcome and consult with", "National Rugby League"),
        ],
    ),
    # 20 -- Italy mafia maxi-trial; judge addresses room, operation code name in quotes (not listed), prosecutor partial then two-paragraph quote, lawyer, mayor told Rai News, minister wrote on X, unnamed restaurant owner told ANSA
    (
'''A court in Calabria on Monday convicted 184 people in one of the largest trials against the 'Ndrangheta in decades, handing down sentences totalling more than 2,000 years.

Presiding judge Francesca Rinaldi read out the verdicts over nearly two hours in a specially built bunker courtroom in Lamezia Terme. Before she began, she told the packed room: "The court asks everyone present to remain silent until the reading is complete."

The defendants, who included local politicians, businessmen and a former police officer, were arrested in 2021 in an investigation code-named "Scirocco" and were accused of crimes ranging from mafia association and extortion to drug trafficking and money laundering. The court acquitted 71 other defendants.

Nicola Greco, the anti-mafia prosecutor who led the investigation, said the verdict showed that the organisation was "not invincible". Speaking to reporters outside the courtroom, he said: "For years people in these towns were told that the 'Ndrangheta was the only real state, that nobody could touch it. Today a court of the Italian Republic has said otherwise.

"This is not the end. The organisation will try to rebuild, and we will be there when it does."

Giuseppe Lombardo, who represented several of the convicted businessmen, said the trial had cast too wide a net. "Many of my clients paid money because they were threatened. They are victims of extortion, not members of the organisation, and we will appeal," he said.

The court is expected to publish its full reasoning within 90 days.

Anna Ferraro, mayor of the small town of Rocca di Sant'Elia, where several of the defendants lived, told Rai News that residents were still afraid to speak publicly. "People here are happy, but they are happy quietly, behind closed doors," she said.

Interior Minister Marco Benedetti wrote on X that the verdict was "a great day for legality".

A restaurant owner in Vibo Valentia, who asked not to be identified, said he had paid protection money for 15 years. "Every month, a man came and took an envelope. Nobody ever said the name of the organisation. They didn't need to," he told ANSA.''',
        [
            ("The court asks everyone present to", "Francesca Rinaldi"),
            ("not invincible", "Nicola Greco"),
            ("For years people in these towns", "Nicola Greco"),
            ("Many of my clients paid money", "Giuseppe Lombardo"),
            ("People here are happy, but they", "Anna Ferraro"),
            ("a great day for legality", "Marco Benedetti"),
            ("Every month, a man came and", "~owner"),
        ],
    ),
    # 21 -- Philippines police murder conviction (curly); written decision ("wrote"), mother told reporters, officers' lawyer, PNP colonel, commission statement partial, speaker named after quote with "said"
    (
'''A court in Caloocan City on Wednesday convicted three police officers of murder over the killing of a 17-year-old boy during an anti-drug operation in 2018, in a rare ruling against members of the force over deaths linked to the country’s drug war.

The Regional Trial Court found that Police Staff Sergeant Arnel Bautista, Police Corporal Dennis Mercado and Patrolman Jomar Lacson shot Carlo Dela Cruz in an alley and then planted a gun beside his body to make it appear that he had fought back.

“The physical evidence speaks for itself. The victim was shot while kneeling, at close range, and the firearm allegedly recovered from him bore none of his fingerprints,” Judge Maria Teresa Santos wrote in the 48-page decision.

The three officers were sentenced to up to 40 years in prison and ordered to pay damages to the boy’s family.

Carlo’s mother, Lorna Dela Cruz, collapsed in tears as the verdict was read. “They called my son a drug pusher. They said he fought. Now the court has said the truth: he was a child, and he was on his knees,” she told reporters.

Ramon Villanueva, the lawyer for the officers, said his clients had acted in self-defence and would appeal. “My clients were doing their duty in a dangerous area at night,” he said.

Philippine National Police spokesperson Colonel Jose Reyes said the force respected the court’s decision. “The PNP does not tolerate abuses. Those who violate the law will answer for it, even if they wear the uniform,” Reyes said.

The Commission on Human Rights said in a statement that the ruling was “a step toward accountability” but noted that the vast majority of killings during the campaign had never been prosecuted.

“One conviction cannot wash away thousands of deaths, but for one mother, today, there is justice, and that matters,” said Teresita Ocampo, a lawyer with the rights group Bantay Katarungan.''',
        [
            ("The physical evidence speaks for itself.", "Maria Teresa Santos"),
            ("They called my son a drug", "Lorna Dela Cruz"),
            ("My clients were doing their duty", "Ramon Villanueva"),
            ("The PNP does not tolerate abuses.", "Jose Reyes"),
            ("a step toward accountability", "Commission on Human Rights"),
            ("One conviction cannot wash away thousands", "Teresita Ocampo"),
        ],
    ),
    # 22 -- Nigeria kidnap suspects paraded; police spokesman, commissioner, named victim, unnamed suspect, "the spokesman said", NGO whose director is named in the cue
    (
'''Police in Lagos have arrested seven suspected members of a kidnapping gang accused of abducting commuters along the Lekki-Epe Expressway and demanding ransoms from their families.

The Lagos State Police Command paraded the suspects before journalists at its headquarters in Ikeja on Friday, alongside two pump-action shotguns, a locally made pistol, mobile phones and a Toyota Sienna bus allegedly used to pick up victims posing as passengers.

Police spokesman Benjamin Adewale said the gang had abducted at least 11 people since March. "They would pick up passengers at bus stops late in the evening, drive them to a hideout in the bush and call their relatives with ransom demands of up to 20 million naira," he said.

Commissioner of Police Olumide Bakare said the arrests followed weeks of surveillance. "We tracked the phones they used to call the families. Some of them thought that by changing SIM cards they could not be traced. They were wrong," he told journalists.

One of the victims, a 34-year-old trader named Chioma Eze, said she had been held for six days in February. "They tied my hands and blindfolded me. Every night they told me they would kill me if my family did not pay, and my husband sold his car to raise the money," she said.

One of the suspects, asked by reporters why he had joined the gang, said he had been unemployed for two years. "I did not plan to hurt anybody. They told me I would only drive," he said.

Adewale dismissed the claim. "Everybody who is paraded here today has a story. The victims have stories too," the spokesman said.

The Rule of Law Advocacy Centre, a Lagos-based rights group, criticised the practice of parading suspects before they are charged. "Suspects are presumed innocent until a court says otherwise, and parading them before cameras undermines any trial that may follow," its director, Ngozi Okonkwo, said in a statement.''',
        [
            ("They would pick up passengers at", "Benjamin Adewale"),
            ("We tracked the phones they used", "Olumide Bakare"),
            ("They tied my hands and blindfolded", "Chioma Eze"),
            ("I did not plan to hurt", "~suspect"),
            ("Everybody who is paraded here today", "Benjamin Adewale"),
            ("Suspects are presumed innocent until a", "Ngozi Okonkwo"),
        ],
    ),
    # 23 -- Poland doctor convicted (curly); judge split quote, prosecutor told Polish Press Agency, two men (prosecutor, defence) in turn, husband, hospital statement with two partials
    (
'''A court in Kraków on Tuesday handed a suspended prison sentence to a gynaecologist over the death of a pregnant woman who was refused prompt treatment at St Barbara Municipal Hospital in 2021.

The doctor, identified as Jan K. in line with Polish privacy law, was found guilty of unintentionally exposing the patient to a direct danger of loss of life. He received a one-year sentence suspended for two years and was banned from practising obstetrics for three years.

Anna Kowalczyk, 30, was 22 weeks pregnant when she was admitted with ruptured membranes. Prosecutors said doctors waited more than 20 hours for the foetal heartbeat to stop before intervening, by which time she had developed septic shock.

“The defendant had the knowledge and the means to save the patient, and he did not use them,” Judge Agnieszka Nowak said in giving the reasons for the verdict. “The court does not accept that the law prevented him from acting. The law did not require him to wait.”

Prosecutor Tomasz Wiśniewski, who had sought an unsuspended sentence of two years, said he would consider an appeal. “This is a conviction, and that is important. But the penalty does not reflect the gravity of what happened,” Wiśniewski told the Polish Press Agency.

The defence lawyer, Piotr Zieliński, said his client had been caught up in legal uncertainty following a 2020 Constitutional Tribunal ruling that tightened Poland’s abortion law. “Doctors across the country were afraid to act. My client is being punished for a climate he did not create,” Zieliński said.

Marek Kowalczyk, the woman’s husband, said outside the courtroom that no sentence could bring his wife back. “She sent me a message from the hospital saying the doctors were waiting. Those were almost the last words she wrote to me,” he said.

The hospital said in a statement that it had “introduced new procedures” since 2021 and extended its “deepest sympathy” to the family.''',
        [
            ("The defendant had the knowledge and", "Agnieszka Nowak"),
            ("The court does not accept that", "Agnieszka Nowak"),
            ("This is a conviction, and that", "Tomasz Wiśniewski"),
            ("Doctors across the country were afraid", "Piotr Zieliński"),
            ("She sent me a message from", "Marek Kowalczyk"),
            ("introduced new procedures", "St Barbara Municipal Hospital"),
            ("deepest sympathy", "St Barbara Municipal Hospital"),
        ],
    ),
    # 24 -- UK Old Bailey terror verdict (curly); defendant's evidence partial, his messages ("wrote"), prosecutor then "Ms Pemberton", barrister partial + quote, judge "warned", commander statement, paraphrased police unit
    (
'''A 22-year-old man from Luton has been found guilty of preparing acts of terrorism after jurors at the Old Bailey heard he had researched targets including a music festival and a synagogue.

Kamran Aziz was convicted on Friday following a four-week trial. He had denied the charge, telling jurors that his online searches were driven by “morbid curiosity” rather than any intention to carry out an attack.

Prosecutor Alison Pemberton KC told the court that Aziz had bought a hunting knife, body armour and a balaclava in the weeks before his arrest, and had recorded a video pledging allegiance to the Islamic State group.

In messages to an undercover officer posing as a fellow extremist, Aziz wrote: “I am ready. I only need to choose the place.”

“These were not idle words. The defendant had the equipment, the ideology and the targets, and the only thing he had not done was pick the day,” Ms Pemberton told jurors in her closing speech.

Aziz’s barrister, Hugh Latimer KC, said his client was a lonely and isolated young man who had been “groomed” online. “He was talking to someone he believed was his only friend, and that friend was a police officer encouraging him at every step,” Mr Latimer said.

Mr Justice Edward Hollis adjourned sentencing until next month. “You should be under no illusion as to the seriousness of this offence,” the judge warned Aziz.

Commander Richard Sloane, head of Counter Terrorism Policing in London, said in a statement after the verdict: “This was a young man who had fully embraced a violent ideology and was taking practical steps to kill people. I am in no doubt that the work of our officers prevented a potential tragedy.”

Counter Terrorism Policing said it had seen a sharp rise in the number of teenagers and young adults referred to its units, and urged parents and teachers to speak up if they were worried about someone.''',
        [
            ("morbid curiosity", "Kamran Aziz"),
            ("I am ready. I only need", "Kamran Aziz"),
            ("These were not idle words.", "Alison Pemberton"),
            ("groomed", "Hugh Latimer"),
            ("He was talking to someone he", "Hugh Latimer"),
            ("You should be under no illusion", "Edward Hollis"),
            ("This was a young man who", "Richard Sloane"),
        ],
    ),
    # 25 -- US cold case arrest; sheriff then "the sheriff said"/"Whitaker added", DA, victim's sister, unnamed neighbor told KRCR-TV, public defender's office partial
    (
'''A 71-year-old retired truck driver has been arrested in connection with the 1986 killing of a teenage girl in rural Oregon, in a case that investigators say was solved using genetic genealogy.

Lane County Sheriff Dale Whitaker announced the arrest of Roger Lyle Pickett on Tuesday, nearly 38 years after 16-year-old Tammy Harper disappeared while walking home from a friend's house near Cottage Grove. Her body was found in a ravine nine days later.

"For 38 years, Tammy's family has waited for this phone call. Today we were finally able to make it," Whitaker said at a news conference.

The sheriff said DNA recovered from Harper's clothing in 1986 was re-examined in 2022 and submitted to a private laboratory that uses public genealogy databases to identify relatives of unknown suspects. Investigators then built a family tree that pointed to Pickett, who lived about four miles from the Harper family at the time.

"I want to be clear that this was old-fashioned police work as much as it was science. Detectives knocked on doors, interviewed relatives and tracked down records that were decades old," Whitaker added.

Pickett was arrested at his home in Redding, California, and is awaiting extradition. He is charged with aggravated murder.

Lane County District Attorney Monica Reyes said her office would not discuss the evidence in detail. "Mr. Pickett is presumed innocent, and we will present our case in court, not at a podium," she said.

Tammy's younger sister, Linda Harper, who was 12 when her sister died, stood behind the sheriff during the announcement. "My parents both died without knowing. I'm going to be in that courtroom for them," she said, her voice breaking.

A neighbor of Pickett's in Redding told KRCR-TV that he had known the suspect for more than a decade and was stunned by the news. "He fixed my fence, he brought my wife soup when she was sick. I just can't put the two things together," he said.

The Shasta County Public Defender's Office, which is representing Pickett in the extradition proceedings, said in a statement that he intends to contest the charges and asked the public not to "rush to judgment."''',
        [
            ("For 38 years, Tammy's family has", "Dale Whitaker"),
            ("I want to be clear that", "Dale Whitaker"),
            ("Mr. Pickett is presumed innocent, and", "Monica Reyes"),
            ("My parents both died without knowing.", "Linda Harper"),
            ("He fixed my fence, he brought", "~neighbor"),
            ("rush to judgment.", "Shasta County Public Defender's Office"),
        ],
    ),
    # 26 -- Canada RCMP double homicide; corporal by rank, superintendent quote + "adding that" partial, First Nation chief told CBC, minister posted on X, unnamed neighbour
    (
'''RCMP say a 52-year-old man is in custody after two people were shot dead and a third was seriously injured at a rural property near Vanderhoof, B.C., on Saturday.

Officers responded to a 911 call at about 6:15 p.m. and found two adults dead inside a home on Kenney Dam Road, according to RCMP. A third person, a woman in her 20s, was flown to hospital in Prince George with gunshot wounds.

The suspect was arrested without incident about four hours later after a standoff at a nearby property, Cpl. Brent Halvorsen said.

"There was a lot of fear in the community last night, and understandably so. I want to reassure residents that there is no ongoing risk to public safety," Halvorsen told reporters on Sunday.

He said the suspect and the victims were known to one another, but would not describe the relationship, and asked people not to speculate on social media.

Supt. Janelle Tremblay, who oversees the RCMP's North District, said the major crime unit had taken over the investigation. "Our thoughts are with the families and with the young woman who is fighting for her life," she said, adding that investigators would be at the property "for several days."

Chief Darlene Antoine of the Nechako Lakes First Nation said the two people who died were members of the community. "We are a small nation, and everybody here is related to everybody. We are grieving together," she told CBC News.

B.C. Public Safety Minister Gurjit Sahota posted on X: "My heart goes out to the people of Vanderhoof and the Nechako Lakes First Nation. Violence like this shakes a whole region."

A neighbour who lives about a kilometre from the property said he had heard what he thought were fireworks. "Out here you hear gunshots all the time, hunting season and that. You don't think anything of it until the police cars start coming," he said.''',
        [
            ("There was a lot of fear", "Brent Halvorsen"),
            ("Our thoughts are with the families", "Janelle Tremblay"),
            ("for several days.", "Janelle Tremblay"),
            ("We are a small nation, and", "Darlene Antoine"),
            ("My heart goes out to the", "Gurjit Sahota"),
            ("Out here you hear gunshots all", "~neighbour"),
        ],
    ),
    # 27 -- Spain trafficking verdict (straight quotes); court ruling partial, prosecutor, protected witness (unnamed woman), defence partial, Guardia Civil captain, charity director
    (
'''Spain's National Court has sentenced nine members of a human trafficking network to a combined 140 years in prison for bringing dozens of women from Paraguay and Colombia to Spain with false promises of work and forcing them into prostitution.

The ringleader, a 47-year-old Spanish man identified only by his initials, J.M.P., received 28 years. The court found the network had operated flats in Madrid, Valencia and Alicante between 2017 and 2021.

In its ruling, the court said the women were kept in "a state of complete subjugation", with their passports confiscated and a debt of up to 6,000 euros each that grew with every fine the network imposed on them.

Prosecutor Elena Ruiz told reporters after the ruling that the testimony of the victims had been decisive. "These women came forward knowing that the people they were testifying against knew where their families lived. Their courage made this conviction possible," she said.

One of the women, who testified as a protected witness from behind a screen, told the court last year how she had been met at Madrid's Barajas airport by a man who took her phone and passport. "He said I owed him for the ticket and that I would pay with my body. I was 19, and I had come to work in a hotel," she said.

Defence lawyer Javier Ortega, who represented the ringleader, said the sentence was "disproportionate" and that his client would appeal to the Supreme Court.

Captain Luis Navarro of the Guardia Civil, whose officers dismantled the network, said some women were still too afraid to cooperate. "For every victim who testifies, there are others who go back to their countries and never speak about what happened," he said.

Marta Jiménez, director of the Madrid-based charity Proyecto Alba, which supports trafficking survivors, said the sentences were welcome but that Spain still needed a dedicated law on trafficking. "Prison terms are important, but what these women need most is protection, residency papers and a way to rebuild their lives," she said.''',
        [
            ("a state of complete subjugation", "National Court"),
            ("These women came forward knowing that", "Elena Ruiz"),
            ("He said I owed him for", "~woman"),
            ("disproportionate", "Javier Ortega"),
            ("For every victim who testifies, there", "Luis Navarro"),
            ("Prison terms are important, but what", "Marta Jiménez"),
        ],
    ),
    # 28 -- UK police misconduct hearing; officer's own words partial, panel chair partial + quote, representative partial + quote, deputy chief constable statement, paraphrased IOPC, unnamed colleague's written statement
    (
'''A Greater Manchester Police officer who sent racist and misogynistic messages in a WhatsApp group with colleagues has been dismissed without notice after a misconduct panel found he had committed gross misconduct.

PC Aaron Blackwood, 38, who was based in Oldham, admitted sending the messages between 2020 and 2022 but denied that they amounted to gross misconduct, describing them at the hearing as "banter between mates".

The messages, which came to light when another member of the group handed his phone to investigators, included jokes about the deaths of migrants in the Channel and degrading comments about female colleagues.

The panel's chair, Sarah Pinder, said the messages were "deeply offensive" and could not be excused. "Members of the public, and in particular members of minority communities, are entitled to expect that the officers who police them do not hold them in contempt. The panel has no hesitation in concluding that dismissal is the only appropriate outcome," she said.

Mark Ellwood, representing PC Blackwood, told the panel his client had an unblemished record of 14 years' service and had "learned a hard lesson". "He has undergone training, he has apologised to his colleagues, and he is a different man from the one who sent those messages," Mr Ellwood said.

Deputy Chief Constable Helen Ashworth said in a statement: "I know that the vast majority of our officers will be as appalled as I am. Trust in policing is hard won and easily lost, and conduct like this damages it for all of us."

The Independent Office for Police Conduct, which oversaw the investigation, said a second officer in the group would face a separate hearing later this year.

A female colleague who was the subject of several of the messages told the hearing in a written statement that she had considered resigning. "I had worked alongside these men every day and trusted them with my safety. Finding out what they said about me behind my back made me feel sick," she wrote.''',
        [
            ("banter between mates", "Aaron Blackwood"),
            ("deeply offensive", "Sarah Pinder"),
            ("Members of the public, and in", "Sarah Pinder"),
            ("learned a hard lesson", "Mark Ellwood"),
            ("He has undergone training, he has", "Mark Ellwood"),
            ("I know that the vast majority", "Helen Ashworth"),
            ("I had worked alongside these men", "~colleague"),
        ],
    ),
    # 29 -- Denmark grenade attack verdict; court ruling, prosecutor told DR, defence partial, police inspector "he said" then "He added:", minister told Politiken partial, unnamed woman
    (
'''Copenhagen City Court on Thursday sentenced two Swedish teenagers to prison for throwing hand grenades at a residential building in the Danish capital, in a case that has highlighted the growing use of young Swedes by criminal gangs operating across the Øresund strait.

The two, aged 17 and 18, were convicted of attempted murder over the attack in Nørrebro in April, in which two grenades exploded near the entrance of an apartment block. Nobody was injured, but windows were blown out and dozens of residents were evacuated.

The 18-year-old was sentenced to 12 years and will be expelled from Denmark permanently after serving his sentence. The younger defendant received eight years.

"The attack could easily have cost lives. The defendants acted on behalf of others in return for payment and showed a complete disregard for the residents of the building," the court said in its ruling.

Prosecutor Mette Laursen said the teenagers had been recruited through the encrypted messaging app Telegram and offered the equivalent of around 15,000 kroner each. "They were given an address, a car and two grenades. They did not know who lived there, and they did not ask," she told the broadcaster DR.

Defence lawyer Lars Kjær said his client, the younger of the two, had been "manipulated by adults who knew exactly what they were doing". He said no decision had been made on an appeal.

Police Inspector Henrik Sørensen of Copenhagen Police said Danish and Swedish officers were now sharing intelligence daily. "Criminal networks do not care about borders, so neither can we," he said. He added: "The people who ordered this attack are still out there, and we will find them."

Danish Justice Minister Peter Holmgaard has proposed tighter checks at the border. He told the newspaper Politiken that Denmark would not become "a playground for Swedish gangs".

A woman who lives on the third floor of the building said she still woke at night. "I heard the bang and thought the whole building was coming down. My daughter won't go near the front door now," she said.''',
        [
            ("The attack could easily have cost", "Copenhagen City Court"),
            ("They were given an address, a", "Mette Laursen"),
            ("manipulated by adults who knew exactly", "Lars Kjær"),
            ("Criminal networks do not care about", "Henrik Sørensen"),
            ("The people who ordered this attack", "Henrik Sørensen"),
            ("a playground for Swedish gangs", "Peter Holmgaard"),
            ("I heard the bang and thought", "~woman"),
        ],
    ),
    # 30 -- US deputy sentenced for beating; defendant's report partial ("wrote"), victim then "He continued:" next paragraph, two men in turn (victim, deputy), lawyer partial, judge, "Kessler replied", Justice Department statement
    (
'''A former sheriff's deputy in Georgia was sentenced on Monday to five years in federal prison for beating a handcuffed man during a 2021 arrest and then lying about it in his report.

Brandon Kessler, 35, a former deputy with the Baxley County Sheriff's Office, pleaded guilty in October to deprivation of rights under color of law and falsification of records.

Body camera video played in court showed Kessler punching Darnell Hughes at least eight times in the head after Hughes, who had been stopped for a broken taillight, was handcuffed and on the ground. In his report, Kessler wrote that Hughes had "violently resisted" and tried to grab his weapon.

Hughes, 44, who suffered a fractured eye socket and still has blurred vision, addressed the court before the sentence was handed down. "I have replayed that night a thousand times. I keep asking myself what I did wrong, and the answer is nothing. I was lying there in cuffs," he said.

He continued: "I don't hate him. But I need him to understand that he changed my life."

Kessler, wearing a blue suit, turned to face Hughes. "I'm sorry, sir. There is no excuse for what I did," he said.

His attorney, Lynn Ashby, asked for a sentence of probation, arguing that Kessler had been "overwhelmed" at the end of a 14-hour shift and had no previous disciplinary history.

U.S. District Judge Thomas Caldwell rejected that request. "A badge is not a license, it is a responsibility. Mr. Hughes was restrained, he was defenseless, and you beat him. Then you wrote a report designed to make sure he would be the one who went to prison," Caldwell said.

The judge also asked Kessler whether he understood that he would never work in law enforcement again. "Yes, your honor," Kessler replied.

In a statement, the Justice Department said: "Officers who use their authority to harm the people they are sworn to protect will be held accountable."''',
        [
            ("violently resisted", "Brandon Kessler"),
            ("I have replayed that night a", "Darnell Hughes"),
            ("I don't hate him. But I", "Darnell Hughes"),
            ("I'm sorry, sir. There is no", "Brandon Kessler"),
            ("overwhelmed", "Lynn Ashby"),
            ("A badge is not a license,", "Thomas Caldwell"),
            ("Yes, your honor,", "Brandon Kessler"),
            ("Officers who use their authority to", "Justice Department"),
        ],
    ),
]
STORIES_AT = [
    # 1 -- Sulawesi floods; quote split around cue, first-name-only speaker, partial quote, organisation via "the statement read"
    (
'''At least 23 people have died and 14 others are missing after flash floods and landslides struck villages in Indonesia's West Sulawesi province on Sunday night, according to the country's National Disaster Mitigation Agency (BNPB).

Heavy rain that began on Saturday afternoon caused the Budong-Budong River to burst its banks shortly after midnight, sending mud, logs and boulders through at least four villages in Central Mamuju regency. BNPB spokesperson Agus Wibisono told reporters in Jakarta on Monday that rescuers were still searching through collapsed houses.

"The water came at night when most people were asleep, and that is why the number of victims is so high," Wibisono said. "Our teams are working with the military and with volunteers, but several roads are cut off and we need heavy equipment to reach the upper villages."

He added that about 3,000 residents had been moved to temporary shelters in schools and mosques, and that clean water and blankets were the most urgent needs.

A resident of Tobadak village, who gave only her first name, Sari, told Kompas TV that she had lost her home and her rice harvest. "We heard a sound like thunder, but it was the mountain coming down. We climbed onto the roof of the mosque and waited there until morning," she said.

Village head Ridwan Lamato described the situation as "very bad" and said the village had been isolated since Sunday. "We have no electricity and no phone signal. People are sharing the little rice that was saved," Lamato told Reuters by satellite phone.

The Indonesian Red Cross (PMI) said in a statement that it had sent two water treatment units and a team of 40 volunteers to the area. "Our priority is to prevent the spread of disease in the shelters, especially among children and the elderly," the statement read.

Provincial governor Hasan Mapparenta announced a 14-day emergency period on Monday afternoon. "I have asked every district head to open their warehouses and to report their needs directly to me," Mapparenta said at a press conference in Mamuju. "Nobody should wait for paperwork while people are hungry."

Indonesia's Meteorology, Climatology and Geophysics Agency has warned that heavy rain is likely to continue across Sulawesi until the end of the week. Floods and landslides are common in Indonesia during the rainy season, which usually runs from November to March.''',
        [
            ("The water came at night when most", "Agus Wibisono"),
            ("Our teams are working with the military", "Agus Wibisono"),
            ("We heard a sound like thunder,", "Sari"),
            ("very bad", "Ridwan Lamato"),
            ("We have no electricity and no phone", "Ridwan Lamato"),
            ("Our priority is to prevent the spread", "Indonesian Red Cross"),
            ("I have asked every district head to", "Hasan Mapparenta"),
            ("Nobody should wait for paperwork while", "Hasan Mapparenta"),
        ],
    ),
    # 2 -- council library closures (curly); book title and banner slogan not listed, "the 79-year-old", union statement, council "describes"
    (
'''On Thursday night, Tarnford Borough Council in the north of England voted by 31 votes to 24 to close five of its eleven public libraries from April, despite a petition against the plan signed by more than 9,000 residents.

The council’s leader, Labour councillor Denise Halloran, said the authority had been left with “no good options” after a decade of cuts to its grant from central government. “Nobody went into local politics to close libraries,” Halloran told the meeting. “But we have to find £14 million next year, and every pound we keep in one service has to come out of another, whether that is social care or bin collections.”

Conservative group leader Martin Sheard accused the ruling group of “taking the easy way out”. Speaking to the Tarnford Echo after the vote, he said: “They have spent two years talking about consultation and then ignored every single response. The libraries that are closing are in the poorest wards in the borough.”

Outside the town hall, around 200 campaigners held a candlelit vigil during the meeting. Many carried copies of “The Railway Children” and other children’s books, and a banner reading “Books not budgets” was tied to the railings.

Campaign organiser Priya Lal, a primary school teacher, said the group would consider a legal challenge. “For a lot of families in Westgate, the library is the only place where a child can sit somewhere warm and read a book that isn’t on a screen,” she said. “We are not going to let it go quietly.”

Among those at the vigil was Eric Dunmore, who has used Westgate Library every week since it opened in 1968. The 79-year-old told Wikinews that he went mainly for the newspapers and the company. “I live on my own. Some weeks the girl at the desk is the only person I talk to,” Dunmore said.

Unison, the union that represents most library staff in the borough, said in a statement that 34 posts would be lost. “These are skilled workers who have kept a vital service running with fewer and fewer resources,” the union said, adding that it would “fight for every job”.

The council says three of the five buildings could be taken over by volunteer groups, and describes the plan as a “community-led model”. Lal said volunteers could not replace trained librarians. “Nobody would suggest that volunteers run a school,” she said.''',
        [
            ("no good options", "Denise Halloran"),
            ("Nobody went into local politics to close", "Denise Halloran"),
            ("But we have to find £14", "Denise Halloran"),
            ("taking the easy way out", "Martin Sheard"),
            ("They have spent two years talking about", "Martin Sheard"),
            ("For a lot of families in Westgate,", "Priya Lal"),
            ("We are not going to let it", "Priya Lal"),
            ("I live on my own. Some", "Eric Dunmore"),
            ("These are skilled workers who have kept", "Unison"),
            ("fight for every job", "Unison"),
            ("community-led model", "Tarnford Borough Council"),
            ("Nobody would suggest that volunteers run", "Priya Lal"),
        ],
    ),
    # 3 -- exoplanet discovery; speaker after quote ("said lead author"), paper title not listed, one-word partial quote, outside expert via New Scientist, press release
    (
'''An international team of astronomers has announced the discovery of a planet about three times the mass of Earth orbiting within the habitable zone of a nearby red dwarf star, in a paper published on Wednesday in the journal Astronomy & Astrophysics.

The planet, designated LHS 2207 b, circles its star every 19 days at a distance of 38 light-years from Earth. It was detected with the ESPRESSO spectrograph on the European Southern Observatory's Very Large Telescope in Chile, which measured tiny wobbles in the star's motion caused by the planet's gravity.

"It is not an Earth twin, and we should be careful with that word," said lead author Helena Marques of the University of Porto. "What we can say is that it receives about as much energy from its star as Earth does from the Sun, which means liquid water on the surface is at least possible."

The paper, titled "A temperate super-Earth orbiting the nearby M dwarf LHS 2207", describes more than 200 measurements collected over three years.

Marques told Wikinews the signal was first noticed in 2017 but took a long time to confirm. "Red dwarfs are noisy stars. They have spots and flares that can mimic a planet, so we had to rule all of that out first," she explained.

Co-author Tomasz Wrona, of the Nicolaus Copernicus Astronomical Center in Warsaw, said the star's relative quietness made it a promising target for future telescopes. "Most red dwarfs are violent neighbours. This one seems unusually calm, and that matters if you want an atmosphere to survive," Wrona said.

Not everyone shares the excitement. Astrophysicist David Okonkwo of the University of Cape Town, who was not involved in the study, told New Scientist that the team's data were "solid" but that talk of habitability was premature. "We do not know whether it has an atmosphere, or what the surface is made of, or even whether it has a surface at all," he said. "Calling it habitable tells the public more than we actually know."

The European Southern Observatory (ESO), which operates the telescope, said in a press release that the planet was "one of the most promising targets" for its Extremely Large Telescope, which is due to begin observations later this decade.

Marques said her team has already applied for observing time on the James Webb Space Telescope, scheduled for launch in 2021, in the hope of detecting an atmosphere directly.''',
        [
            ("It is not an Earth twin,", "Helena Marques"),
            ("What we can say is that", "Helena Marques"),
            ("Red dwarfs are noisy stars. They", "Helena Marques"),
            ("Most red dwarfs are violent neighbours.", "Tomasz Wrona"),
            ("solid", "David Okonkwo"),
            ("We do not know whether it", "David Okonkwo"),
            ("Calling it habitable tells the public", "David Okonkwo"),
            ("one of the most promising targets", "European Southern Observatory"),
        ],
    ),
    # 4 -- Peru minister censured (curly); "the minister", two men in turn, "the 61-year-old", letter posted on Twitter, government body, asked/replied
    (
'''Peru’s Congress voted on Thursday to censure Interior Minister Rubén Castañeda over his handling of a series of deadly protests in the southern region of Puno, forcing him from office after just five months.

The motion passed with 79 votes in favour, 31 against and 12 abstentions. It was brought by lawmakers from four opposition parties after eleven people died in clashes between police and demonstrators blocking highways near the Bolivian border earlier this month.

Speaking in the chamber before the vote, Castañeda insisted the police had behaved lawfully. “Officers were attacked with stones and explosives, and they acted within the law,” the minister said. “I regret every death, but I will not accept that the police are the ones on trial here.”

Opposition lawmaker Javier Quispe, who represents Puno, replied that the minister had “blood on his hands”. “He sent armed units to deal with farmers who were asking for water and for roads. He had weeks to open a dialogue and chose not to,” Quispe told the chamber.

The 61-year-old Castañeda, a retired police general, submitted his resignation within an hour of the vote. In a letter he posted on Twitter, he wrote that he was leaving “with a clear conscience”.

The Presidency of the Council of Ministers said in a statement that a replacement would be named “in the coming days” and that the government remained committed to dialogue in Puno.

Carolina Véliz, who heads the Lima office of Amnesty International, told Reuters that the censure was “a first step, not justice”. “Families in Puno want to know who gave the order to fire. A change of minister does not answer that question,” she said.

Roadblocks remained in place on Friday on the highway between Juliaca and the border town of Desaguadero, according to the national ombudsman’s office.

Speaking to reporters as he left Congress, Castañeda was asked whether he accepted responsibility for the deaths. “I accept political responsibility. Criminal responsibility is for the courts to decide,” he replied.''',
        [
            ("Officers were attacked with stones and", "Rubén Castañeda"),
            ("I regret every death, but I", "Rubén Castañeda"),
            ("blood on his hands", "Javier Quispe"),
            ("He sent armed units to deal", "Javier Quispe"),
            ("with a clear conscience", "Rubén Castañeda"),
            ("in the coming days", "Presidency of the Council of Ministers"),
            ("a first step, not justice", "Carolina Véliz"),
            ("Families in Puno want to know who", "Carolina Véliz"),
            ("I accept political responsibility. Criminal", "Rubén Castañeda"),
        ],
    ),
    # 5 -- film festival; several film titles not listed, quote split around cue with short second part, unnamed reviewer of an outlet
    (
'''The Estonian drama "Salt Road" won the Crystal Globe, the main prize of the Karlovy Vary International Film Festival in the Czech Republic, at the closing ceremony on Saturday night.

Directed by Kadri Lepp in her feature debut, the film follows a widowed fisherman and his teenage granddaughter on the island of Saaremaa during the last winter before the Soviet army returns in 1944. It was shot in black and white over six weeks with a largely amateur cast.

Accepting the award, Lepp thanked the island's residents, many of whom appeared in the film as extras. "Half of the village is in this film, and the other half cooked for us," she said, to laughter from the audience. "This belongs to them."

The president of the jury, Polish cinematographer Marek Zieliński, said the decision had been unanimous. "It is a small film about enormous things. Nobody on the jury could forget the last twenty minutes," he told Czech Television.

The award for best actress went to Hungarian actress Zsófia Benkő for her role as a young mother in "Nine Days in May", while Georgian actor Levan Japaridze was named best actor for the prison drama "The Ninth Wave". The Special Jury Prize went to the Chilean documentary "Desert Radio".

Benkő, 24, said she had almost turned down the part. "I thought I was too young for it. The director told me that was exactly the point," she told reporters after the ceremony.

"Salt Road" had been widely tipped to win after its premiere on the festival's opening weekend. Variety's reviewer called it "austere, funny and quietly devastating", while the Czech daily Právo praised the performance of the 82-year-old non-professional actor Ants Kask in the lead role.

Lepp said she hoped the prize would help the film find distributors outside Estonia. "We made it for almost nothing. If people in other countries get to see it, that is already a miracle," she said.

The festival, one of the oldest in the world, ran for nine days and screened more than 200 films.''',
        [
            ("Half of the village is in this", "Kadri Lepp"),
            ("This belongs to them.", "Kadri Lepp"),
            ("It is a small film about", "Marek Zieliński"),
            ("I thought I was too young", "Zsófia Benkő"),
            ("austere, funny and quietly devastating", "~reviewer"),
            ("We made it for almost nothing.", "Kadri Lepp"),
        ],
    ),
    # 6 -- NSW bushfire; agency warning as partial quote, unnamed firefighter with "he said" in the next paragraph, brigade posting on Facebook
    (
'''Firefighters in New South Wales, Australia, were on Tuesday battling to protect the township of Bimbalong, on the state's south coast, after a bushfire broke containment lines overnight and destroyed at least 30 homes.

The New South Wales Rural Fire Service (RFS) issued an emergency warning shortly after 4 am local time, telling residents it was "too late to leave" and that they should seek shelter as the fire front approached.

RFS deputy commissioner Greg Tulloch told ABC Radio that conditions overnight had been "horrendous". "We had winds gusting at 80 kilometres an hour pushing embers two or three kilometres ahead of the fire front," Tulloch said. "Crews did everything they could, but there were simply too many spot fires to chase."

One volunteer firefighter at the scene, who asked not to be named because he was not authorised to speak to the media, told the Sydney Morning Herald that some crews had been working for 20 hours without relief.

"We're exhausted. Half of us have our own houses in the path of this thing, and we haven't been home since Sunday," he said.

The local Bimbalong Rural Fire Brigade posted on Facebook at 6:15 am: "Our station is safe. Many homes are not. Please look after each other today."

Resident Joan Pettigrew, 68, spent the night on the beach with her two dogs and about 150 other people. "The sky went black and then red. You could hear gas bottles exploding up the hill behind us," she told the ABC.

Local member of parliament Andrew Cullen, who visited an evacuation centre in nearby Moruya on Tuesday afternoon, called for more federal funding for aerial firefighting. "These communities have been on edge since September. They need more than sympathy; they need aircraft," Cullen said.

The fire has burnt more than 120,000 hectares since it was sparked by a lightning strike in early November. The Bureau of Meteorology has forecast temperatures above 40 degrees Celsius for Saturday, with strong north-westerly winds.''',
        [
            ("too late to leave", "New South Wales Rural Fire Service"),
            ("horrendous", "Greg Tulloch"),
            ("We had winds gusting at 80", "Greg Tulloch"),
            ("Crews did everything they could, but", "Greg Tulloch"),
            ("We're exhausted. Half of us have", "~firefighter"),
            ("Our station is safe. Many homes", "Bimbalong Rural Fire Brigade"),
            ("The sky went black and then", "Joan Pettigrew"),
            ("These communities have been on edge", "Andrew Cullen"),
        ],
    ),
    # 7 -- embezzlement sentencing (curly); "the judge", quote running over two paragraphs (listed once), written reasons, two women in turn
    (
'''A former treasurer of the town of Port Alder, Ontario, was sentenced on Friday to four years in prison for stealing more than CA$1.2 million from the municipality over nine years.

Linda Marchetti, 57, pleaded guilty in October to fraud over $5,000 and breach of trust by a public officer. The court heard that she had moved town funds into a personal account using hundreds of fake supplier invoices, and spent much of the money on online gambling.

Before the sentence was passed, Marchetti addressed the court briefly, her voice breaking. “I am ashamed. I am sorry to every person in Port Alder,” she said.

Passing sentence in the Ontario Superior Court of Justice in Owen Sound, Justice Paul Arsenault said the offence was aggravated by its length and by Marchetti’s position of trust. “You were the person the town relied upon to guard its money,” the judge told her. “Every one of those invoices was a decision, and you made that decision hundreds of times. The people of Port Alder paid for your choices with higher taxes and delayed repairs.

“I accept that you are ashamed, and I accept that you did not set out to become a thief. But the court must make clear to anyone in a position like yours that this conduct will lead to prison.”

Arsenault noted that Marchetti had no criminal record. In his written reasons, he wrote that her gambling addiction “explains the conduct but does not excuse it”.

Defence lawyer Samuel Greer had asked for a conditional sentence to be served in the community. Outside the courthouse, he told reporters that his client accepted the judgment. “She has known since the day she was caught that she was going to prison. She wants to begin repaying what she can,” Greer said.

Crown prosecutor Nadia Ferris said the sentence sent a clear message to public servants. “Small towns run on trust. When that trust is broken, the damage goes well beyond the dollar figure,” she said.

Port Alder mayor Heather Quinlan, who read a victim impact statement on behalf of the town at an earlier hearing, said residents could now “start to move on”. “We had to put off work on our arena and raise taxes twice. People are angry, and they have every right to be,” Quinlan told the Owen Sound Sun Times.

The town has recovered about $180,000 through the sale of Marchetti’s house and car.''',
        [
            ("I am ashamed. I am sorry", "Linda Marchetti"),
            ("You were the person the town", "Paul Arsenault"),
            ("Every one of those invoices was a", "Paul Arsenault"),
            ("explains the conduct but does not", "Paul Arsenault"),
            ("She has known since the day", "Samuel Greer"),
            ("Small towns run on trust. When", "Nadia Ferris"),
            ("start to move on", "Heather Quinlan"),
            ("We had to put off work", "Heather Quinlan"),
        ],
    ),
    # 8 -- Honduras dengue; WHO regional office statement, unnamed nurse via newspaper, told the Associated Press, asked/replied
    (
'''Health authorities in Honduras declared a national emergency on Monday as the country faces its worst outbreak of dengue fever in more than two decades, with at least 54 deaths confirmed so far this year.

According to the Honduran Ministry of Health, more than 22,000 suspected cases have been recorded since January, most of them in the northern department of Cortés, which includes the industrial city of San Pedro Sula.

Deputy health minister Roberto Aguilar told a news conference in Tegucigalpa that hospitals in San Pedro Sula were operating beyond capacity. "We are seeing children arriving at the hospital already in shock. Many families wait too long because they think it is an ordinary fever," Aguilar said.

Dengue is spread by the Aedes aegypti mosquito, which breeds in standing water. There is no specific treatment, but early medical care greatly reduces the risk of death from severe forms of the disease.

The Pan American Health Organization (PAHO), the regional office of the World Health Organization, said it was sending epidemiologists and supplies of insecticide to the country. "Controlling the mosquito is everybody's job, not just the government's," the organisation said in a statement, urging households to empty buckets, tyres and other containers that collect rainwater.

At the Mario Catarino Rivas hospital in San Pedro Sula, patients were being treated in corridors. One nurse told the newspaper La Prensa that staff had been working double shifts for weeks. "We have three patients for every bed. We are tired, but we cannot send anyone home," she said.

Marta Euceda, whose eight-year-old son was admitted on Saturday, said she had spent two nights sleeping on the floor beside his bed. "The doctors are doing what they can. What we need is for someone to come and fumigate our neighbourhood," she told the Associated Press.

Aguilar said the ministry had hired 600 extra workers to spray insecticide in the worst-affected neighbourhoods. Asked by a reporter whether the government had acted too late, he replied: "We are acting now. This is not the moment to look for someone to blame."''',
        [
            ("We are seeing children arriving at the", "Roberto Aguilar"),
            ("Controlling the mosquito is everybody's job,", "Pan American Health Organization"),
            ("We have three patients for every", "~nurse"),
            ("The doctors are doing what they", "Marta Euceda"),
            ("We are acting now. This is", "Roberto Aguilar"),
        ],
    ),
    # 9 -- Paris pension strike; ministry spokesperson quoted through AFP, unnamed commuter, protesters chanting, "he warned"
    (
'''Commuters in Paris faced a fifth consecutive day of disruption on Monday as a strike against the government's planned pension reform shut ten of the city's sixteen metro lines and cancelled most suburban trains.

The strike, called by several unions including the CGT and Force Ouvrière, began on Thursday. The Paris transport operator RATP said only lines 1 and 14, which are fully automated, were running normally.

Philippe Moreau, a train driver and CGT delegate at the Gare de Lyon depot, told France Info that drivers were prepared to strike "until Christmas and beyond if necessary". "We have nothing against travellers. We are fighting for their pensions too, whether they know it or not," Moreau said.

The government says the reform, which would replace 42 separate pension schemes with a single points-based system, will be simpler and fairer. A spokesperson for the Ministry of Ecological Transition, which oversees transport, told Agence France-Presse that "the door to negotiation remains open", but said the principle of a universal system was "not up for debate".

At the Gare Saint-Lazare on Monday morning, hundreds of passengers waited on packed platforms for the few trains that were running. "I left home at five o'clock and I still don't know if I'll get to work before ten," one commuter, a hospital cleaner from Mantes-la-Jolie, told Le Parisien.

Others were more sympathetic towards the strikers. Student Inès Benali, 21, said she supported the movement even though she had to walk for two hours to reach her university. "My parents worked their whole lives. I don't want to be working until I'm seventy," she said.

On Thursday, around 800,000 people marched in cities across France, according to the Interior Ministry, while the CGT put the figure at 1.5 million. In Paris, protesters chanted "Macron, give us back our pensions" as they passed the Place de la République.

Moreau said a new national day of action would be announced on Tuesday. "The longer the government refuses to listen, the longer this will last," he warned.''',
        [
            ("until Christmas and beyond if necessary", "Philippe Moreau"),
            ("We have nothing against travellers. We", "Philippe Moreau"),
            ("the door to negotiation remains open", "Ministry of Ecological Transition"),
            ("not up for debate", "Ministry of Ecological Transition"),
            ("I left home at five o'clock", "~commuter"),
            ("My parents worked their whole lives.", "Inès Benali"),
            ("Macron, give us back our pensions", "~protesters"),
            ("The longer the government refuses to", "Philippe Moreau"),
        ],
    ),
    # 10 -- Turkey earthquake (curly); agency by acronym ("the agency said"), unnamed rescuer ("one member of the rescue team") with "he told" in the next paragraph
    (
'''A magnitude 6.1 earthquake struck western Turkey’s Balıkesir province early on Wednesday, killing at least nine people and damaging hundreds of buildings, according to the country’s Disaster and Emergency Management Authority (AFAD).

The quake hit at 3:42 am local time at a depth of about ten kilometres, with its epicentre near the town of Sındırgı. It was felt as far away as Istanbul and İzmir, where frightened residents ran into the streets.

AFAD said in a statement that more than 1,200 search and rescue personnel had been sent to the region. “Tents, blankets and hot meals are being distributed to all affected villages,” the agency said.

Sındırgı mayor Ekrem Yavuz told the state broadcaster TRT that most of the deaths had occurred in old stone houses in mountain villages. “The new buildings in the town centre held up well. It is the villages that suffered, the houses built by hand fifty or a hundred years ago,” Yavuz said.

In the village of Kayacık, rescuers worked through the morning to free a woman and her grandson from a collapsed home. One member of the rescue team described the moment they were found alive as “the best feeling in the world”.

“We heard the boy knocking on a pipe. After that nobody stopped for a second until we reached them,” he told the Demirören News Agency.

Seismologist Gülay Erdem of Boğaziçi University’s Kandilli Observatory warned that aftershocks could continue for weeks. “More than 140 aftershocks have been recorded, the largest of magnitude 4.8. People should not go back into damaged buildings to collect their belongings,” she said.

Erdem added that the region sits on a network of active faults. “Turkey is an earthquake country. This will not be the last one, and the question is always whether our buildings are ready,” she said.

Hatice Korkmaz, 66, spent the night in her garden under a plastic sheet with her neighbours. “My house is standing, but there is a crack from the roof to the floor. I am afraid to go back inside,” she told Reuters.''',
        [
            ("Tents, blankets and hot meals are", "Disaster and Emergency Management Authority"),
            ("The new buildings in the town", "Ekrem Yavuz"),
            ("the best feeling in the world", "~member"),
            ("We heard the boy knocking on", "~member"),
            ("More than 140 aftershocks have been", "Gülay Erdem"),
            ("Turkey is an earthquake country. This", "Gülay Erdem"),
            ("My house is standing, but there", "Hatice Korkmaz"),
        ],
    ),
    # 11 -- Irish local election count; party spokesperson with two one-word partial quotes, unnamed voter, asked/replied
    (
'''Independent candidate Siobhán Dwyer topped the poll in the Ennis local electoral area of Clare County Council on Saturday, one of several surprise results as counting continued across Ireland in the local elections.

Dwyer, a 34-year-old paramedic who campaigned mainly on hospital waiting times and flood defences, was elected on the first count with 2,418 first-preference votes, well above the quota of 1,751.

"I didn't have a party machine behind me. I had my mother, my sisters and about forty volunteers with leaflets," Dwyer told Clare FM after the result was announced. "People in this town are tired of being told the hospital is fine when their parents are waiting eleven hours on a trolley."

Among those who lost their seats was Fianna Fáil's Declan Hehir, a councillor for 15 years. Hehir congratulated Dwyer but said the result reflected national rather than local issues. "It was a difficult day for anyone with a party label. I'll take some time with my family and think about what comes next," he said.

A Fianna Fáil spokesperson said the party was "disappointed" by its performance in Clare but "encouraged" by its results elsewhere in Munster.

Turnout in the area was 51.3 per cent, according to returning officer Carmel Nestor, who said she expected all seven seats to be filled by Sunday evening.

Outside the count centre, one voter, a retired teacher, said it was the first time in his life he had not given his first preference to a party candidate. "She answers her phone. That's more than I can say for the rest of them," he told the Irish Examiner.

Asked by reporters whether she would support a party candidate for the position of cathaoirleach, or chair of the council, Dwyer replied: "Whoever commits to the hospital gets my vote. It's as simple as that."

Counting was expected to continue into Monday in several of the larger constituencies, where long lists of candidates meant many rounds of transfers.''',
        [
            ("I didn't have a party machine", "Siobhán Dwyer"),
            ("People in this town are tired", "Siobhán Dwyer"),
            ("It was a difficult day for", "Declan Hehir"),
            ("disappointed", "Fianna Fáil"),
            ("encouraged", "Fianna Fáil"),
            ("She answers her phone. That's more", "~voter"),
            ("Whoever commits to the hospital gets", "Siobhán Dwyer"),
        ],
    ),
    # 12 -- fitness app data breach; anonymous forum message (None), researcher writing on Twitter, company statement, regulator spokesperson, unnamed user
    (
'''The British fitness tracking app FitLoop confirmed on Thursday that personal data belonging to about 2.3 million users had been stolen in a cyberattack, including names, email addresses, dates of birth and, for many users, detailed GPS records of their runs and cycle rides.

The breach came to light after a database was offered for sale on a hacking forum on Monday. A message posted alongside the listing, which asked for US$8,000 in bitcoin, read: "Full user table plus location history. Fresh, not recycled."

Security researcher Hannah Belfort, who first drew attention to the listing, wrote on Twitter that the location data was "the worst part by far". "Passwords can be changed. Your home address, worked out from where every run starts and ends, cannot," she wrote.

In a statement, FitLoop said it had "no evidence" that payment card details had been accessed. "We take the security of our users extremely seriously and we are deeply sorry. We have reset all passwords as a precaution and are working with the National Cyber Security Centre," the company said.

FitLoop's chief executive, Oliver Penrose, told BBC News that the attackers had used login details stolen from an employee. "It was a sophisticated attack, but that is not an excuse. We should have had stronger controls on who could reach that database," he said.

The Information Commissioner's Office (ICO), the UK's data protection regulator, confirmed it was looking into the incident. "We have received a breach report from FitLoop and are making enquiries," an ICO spokesperson said.

Under the General Data Protection Regulation, companies can be fined up to four percent of their global annual turnover for serious failures to protect personal data.

Some users said they had learned of the breach from news reports rather than from the company. "I found out on the radio. I run the same route every morning from my front door, and now anyone could know that," one user from Leeds told the Guardian.''',
        [
            ("Full user table plus location history.", None),
            ("the worst part by far", "Hannah Belfort"),
            ("Passwords can be changed. Your home", "Hannah Belfort"),
            ("no evidence", "FitLoop"),
            ("We take the security of our", "FitLoop"),
            ("It was a sophisticated attack, but", "Oliver Penrose"),
            ("We have received a breach report", "Information Commissioner's Office"),
            ("I found out on the radio.", "~user"),
        ],
    ),
    # 13 -- coronavirus cordon in Spanish town (curly); two women officials, unnamed shop owner, told Cadena SER / El País
    (
'''Authorities in the Spanish region of Castilla y León on Sunday placed the town of Valdemora under a 14-day cordon after 61 residents tested positive for the new coronavirus, the first measure of its kind in the country.

Police checkpoints were set up on the four roads into the town of 11,000 people. Residents may leave their homes only to buy food and medicine or to travel to work in essential services, according to an order published in the regional government’s official bulletin. Schools, bars and the weekly market have been closed.

Regional health councillor Elena Santamaría told a news conference in Valladolid that the measure was “hard but necessary”. “We know we are asking a great deal of the people of Valdemora. We are asking it so that we do not have to ask it of the whole region next week,” she said.

Valdemora’s mayor, José Luis Prieto, said the town was calm but anxious. “People are doing what they are told. The pharmacies are open, the bakeries are open, and neighbours are looking after the elderly,” he told Cadena SER.

Epidemiologist Marta Ibarra of the Carlos III Health Institute said a cordon could slow the spread of the virus but warned that it would not work on its own. “By the time you can see a cluster like this, the virus has usually already travelled. Testing and isolating contacts outside the town matters just as much,” she told El País.

Spain’s Ministry of Health reported on Sunday that the number of confirmed cases in the country had risen to 589, with ten deaths.

The owner of a hardware shop near the main square, who did not want to give his name, said he had sold out of bleach, gloves and face masks by Saturday afternoon. “Nobody knows how long this will last, so everybody buys everything,” he said.''',
        [
            ("hard but necessary", "Elena Santamaría"),
            ("We know we are asking a", "Elena Santamaría"),
            ("People are doing what they are", "José Luis Prieto"),
            ("By the time you can see", "Marta Ibarra"),
            ("Nobody knows how long this will", "~owner"),
        ],
    ),
    # 14 -- rare dove chicks at wildlife park; present-tense "says", association statement, partial quote
    (
'''Two Socorro dove chicks have hatched at Kinloss Wildlife Park in the Scottish Highlands, the park announced on Tuesday, giving a boost to a species that has been extinct in the wild since 1972.

The chicks hatched eleven days apart in late January to a pair of adult birds that arrived from a zoo in Germany in 2016. Keepers waited several weeks before announcing the news to make sure both chicks were feeding and growing normally.

Curator of birds Fiona McRae says the pair had failed to raise young in three previous attempts. "We have been trying with this pair for three years. When I saw the first chick under its parent, I honestly had to sit down," McRae said.

The park's director, Alasdair Munro, described the hatching as "a small miracle" and said it was significant for the international breeding programme. "There are only around 200 Socorro doves left in the world, all of them in zoos and private collections. Every chick counts," Munro told BBC Scotland.

The European Association of Zoos and Aquaria (EAZA), which coordinates the breeding programme, said in a statement that birds bred in Europe would eventually form part of a planned reintroduction to Socorro Island, off the Pacific coast of Mexico. "Reintroduction is a long road, but births like this one are what make it possible," the association said.

The dove disappeared from Socorro after sheep and feral cats destroyed its habitat and preyed on nesting birds. Mexican authorities removed the last of the sheep from the island in 2010, and work to control the cat population is ongoing.

McRae said visitors would not be able to see the chicks until the spring. "They are very shy birds. For now, the kindest thing we can do is leave them alone," she said.''',
        [
            ("We have been trying with this pair", "Fiona McRae"),
            ("a small miracle", "Alasdair Munro"),
            ("There are only around 200 Socorro", "Alasdair Munro"),
            ("Reintroduction is a long road, but", "European Association of Zoos and Aquaria"),
            ("They are very shy birds. For", "Fiona McRae"),
        ],
    ),
    # 15 -- Hong Kong protest weekend; chanted slogan, police officer, unnamed student, government statement, lawmaker "asked", speaker after quote
    (
'''Hong Kong police fired tear gas and rubber bullets at protesters in the Mong Kok district on Sunday evening, in the fifteenth consecutive weekend of demonstrations that began in June over a now-withdrawn extradition bill.

Thousands of people had earlier marched from Tsim Sha Tsui in defiance of a police ban. As the march ended, a smaller group built barricades across Nathan Road and set fire to rubbish bins. Protesters chanted "Five demands, not one less" as riot police advanced from the south.

At a press briefing on Monday, Chief Superintendent Lam Ka-ho said 89 people had been arrested, the youngest aged 13. "Officers used the minimum force necessary in response to petrol bombs and bricks. What we saw last night was not a peaceful assembly," Lam said.

A 19-year-old university student, who declined to give his name, told Reuters he had been on the streets every weekend since June. "We have tried marching, we have tried sit-ins, we have tried everything. The government only listens when it is afraid," he said.

The Hong Kong Government said in a statement late on Sunday that it "strongly condemns" the violence. "Rioters have seriously disrupted public order and put the lives of others at risk," the statement said.

Pro-democracy lawmaker Claudia Yeung accused the police of having "lost all restraint", citing a 14-year-old boy who was hit in the leg by a rubber bullet. "How can you call it minimum force when a child is shot?" she asked.

Shops along Nathan Road and Argyle Street pulled down their shutters early for the third Sunday in a row. "Business is down by more than half. I understand the young people, but I have rent to pay," said one shopkeeper, who sells mobile phone accessories.

The MTR Corporation closed several stations in Kowloon for the evening, and the Airport Express ran a reduced service.''',
        [
            ("Five demands, not one less", "~protesters"),
            ("Officers used the minimum force necessary", "Lam Ka-ho"),
            ("We have tried marching, we have", "~student"),
            ("strongly condemns", "Hong Kong Government"),
            ("Rioters have seriously disrupted public order", "Hong Kong Government"),
            ("lost all restraint", "Claudia Yeung"),
            ("How can you call it minimum", "Claudia Yeung"),
            ("Business is down by more than", "~shopkeeper"),
        ],
    ),
    # 16 -- MP resigns whip; resignation letter ("wrote"), Downing Street spokesperson, "the former minister", partial quotes
    (
'''Conservative MP Richard Ashcombe resigned the party whip on Tuesday, saying he could "no longer defend" the government's approach to Brexit, in a move that cuts the government's working majority in the House of Commons to one.

In a letter to the Chief Whip, which he published on his website, Ashcombe, the MP for Wexley and Dean since 2005 and a former health minister, wrote: "I have supported this government through many difficult votes. But I was elected to serve my constituents, and I cannot in good conscience vote for a course that I believe will cost them their jobs."

He said he would sit as an independent for the rest of the parliament and would not stand at the next general election.

A Downing Street spokesperson said the Prime Minister was "disappointed" by the decision. "The Prime Minister thanks Richard for his service. The government remains focused on delivering on the result of the referendum," the spokesperson said.

Labour MP Jenny Calder, who sits alongside Ashcombe on the Commons Treasury Committee, praised him as "a man of principle". "It takes courage to walk away from your party. I hope others on his benches are listening," she told Sky News.

In his constituency, reaction was mixed. Keith Barlow, chairman of the Wexley and Dean Conservative Association, said local members felt "let down". "We knocked on doors for Richard for fourteen years. He owed it to us to tell us before he told the newspapers," Barlow told the Wexley Gazette.

Ashcombe, 63, told reporters outside Parliament that he had no regrets. "I have done what I think is right. History can judge the rest," the former minister said.''',
        [
            ("no longer defend", "Richard Ashcombe"),
            ("I have supported this government through", "Richard Ashcombe"),
            ("disappointed", "Downing Street"),
            ("The Prime Minister thanks Richard for", "Downing Street"),
            ("a man of principle", "Jenny Calder"),
            ("It takes courage to walk away", "Jenny Calder"),
            ("let down", "Keith Barlow"),
            ("We knocked on doors for Richard", "Keith Barlow"),
            ("I have done what I think", "Richard Ashcombe"),
        ],
    ),
    # 17 -- Baltic shipwreck (curly); quote before speaker ("said Jouni Lahtinen"), agency statement, told Yle
    (
'''Divers have found the wreck of a 17th-century merchant ship in remarkably good condition at a depth of 85 metres in the Gulf of Finland, the Finnish Heritage Agency announced on Wednesday.

The three-masted vessel, believed to be a Dutch-built fluyt, was located in July by a team of volunteer divers from the diving club Syvä Sininen using side-scan sonar. Its masts are still standing, and its cargo hold appears to be sealed.

“When the first diver came back up he could barely speak. He just kept saying that the ship was sitting upright, as if somebody had anchored it there yesterday,” said Jouni Lahtinen, who led the expedition.

The cold, brackish water of the Baltic Sea lacks the shipworm that destroys wooden wrecks in saltier seas, which allows ships to survive almost intact for centuries. Hundreds of historic wrecks are known in Finnish waters, but few are as complete as this one.

Maritime archaeologist Sanna Virtanen of the University of Helsinki, who has examined the divers’ photographs and video, said the ship appeared to date from between 1640 and 1680. “Ships of this type carried grain, salt, wine and timber around the Baltic and the North Sea. If the cargo is still in the hold, it could tell us a great deal about trade in the 1600s,” she said.

The Finnish Heritage Agency said in a statement that the site was protected under the Antiquities Act and that its exact location would not be made public. “Wrecks older than 100 years are ancient monuments. Removing objects from them is a crime,” the agency said.

Virtanen said there were no plans to raise the ship. “Lifting it would destroy it. The best place for this ship is exactly where it is,” she told the Finnish broadcaster Yle.

The divers plan to return to the site next summer to make a detailed three-dimensional photographic survey of the hull.''',
        [
            ("When the first diver came back", "Jouni Lahtinen"),
            ("Ships of this type carried grain,", "Sanna Virtanen"),
            ("Wrecks older than 100 years are", "Finnish Heritage Agency"),
            ("Lifting it would destroy it. The", "Sanna Virtanen"),
        ],
    ),
    # 18 -- Colombian mine explosion; official via Caracol Radio, unnamed relative via El Tiempo, company partial quote, governor
    (
'''At least eleven miners were killed in a methane explosion at an underground coal mine in the Colombian department of Cundinamarca on Tuesday night, according to the National Mining Agency (ANM).

The blast happened at about 8:30 pm in a mine near the town of Sutatausa operated by a small private company, Carbones La Esperanza. Four workers were rescued alive and taken to hospital in Ubaté with burns and breathing problems.

Rescue coordinator Luis Fernando Díaz of the ANM told Caracol Radio that teams had to pump fresh air into the tunnels before they could go in. "The gas levels were very high. We could only send people in after ventilating for several hours, and that cost us time," Díaz said.

Relatives gathered at the mine entrance through the night, waiting for news. One woman, whose brother was among the dead, told the newspaper El Tiempo that workers had complained about poor ventilation for months. "They told the bosses the air was bad. Nobody listened because the coal had to come out," she said.

Carbones La Esperanza said in a statement that it was "cooperating fully" with the authorities and would support the families of the victims. The company did not respond to questions about its safety record.

The governor of Cundinamarca, Julián Rincón, said an investigation would establish whether the mine had the gas detectors required by law. "If there was negligence, there will be consequences. Miners should not have to choose between feeding their families and their lives," Rincón said.

According to the ANM, more than 100 people died in mining accidents in Colombia last year, most of them in small coal mines in Cundinamarca and Boyacá.''',
        [
            ("The gas levels were very high.", "Luis Fernando Díaz"),
            ("They told the bosses the air", "~woman"),
            ("cooperating fully", "Carbones La Esperanza"),
            ("If there was negligence, there will", "Julián Rincón"),
        ],
    ),
    # 19 -- Ohio bridge closure; speaker after quote, "said Brennan", "the 54-year-old", partial quote introduced by "according to"
    (
'''The Ohio Department of Transportation (ODOT) closed the State Route 37 bridge over the Millbrook River in the village of Carver on Friday after an inspection found serious corrosion in two of its steel support beams.

The bridge, built in 1958, carries about 9,000 vehicles a day and is the main link between Carver and the county seat of Lorain Falls. Drivers now face a detour of about 14 miles (23 km).

"The inspectors found section loss in the beams that was significantly worse than what we saw two years ago. We were not willing to take any chances," ODOT District 3 spokesperson Renee Kowalski told the Carver Courier. She said the bridge would remain closed "for the foreseeable future" while engineers decide whether to repair or replace it.

Carver mayor Tom Brennan called the closure "a gut punch" for the village. "Half our people work on the other side of that river. The school buses, the ambulances, the milk trucks, all of it goes over that bridge," said Brennan.

Diner owner Gail Huffman said she noticed fewer customers within hours of the closure. The 54-year-old, who has run the Riverside Diner for 22 years, said morning commuters make up most of her trade. "If this goes on for a year, I don't know that we'll still be here," Huffman said.

Emergency services are also affected. According to the county's emergency management director, Brian Stoltz, "ambulances coming from Lorain Falls could take up to 20 minutes longer" to reach homes in Carver. "We are moving one ambulance to the Carver fire station as a temporary measure," Stoltz said.

Brennan said the village council would hold a public meeting with ODOT officials on Tuesday evening at the Carver Community Center.''',
        [
            ("The inspectors found section loss in", "Renee Kowalski"),
            ("for the foreseeable future", "Renee Kowalski"),
            ("a gut punch", "Tom Brennan"),
            ("Half our people work on the", "Tom Brennan"),
            ("If this goes on for a", "Gail Huffman"),
            ("ambulances coming from Lorain Falls could", "Brian Stoltz"),
            ("We are moving one ambulance to", "Brian Stoltz"),
        ],
    ),
    # 20 -- Japanese rocket failure; CEO quote split around cue, "explained", space agency quoted via Kyodo News
    (
'''A rocket built by the Japanese start-up Hoshizora Rocketry failed about 70 seconds after lift-off from the town of Taiki, Hokkaido, on Saturday morning, the company said, in its second unsuccessful attempt to reach space.

The ten-metre rocket, named Tsubame-2, lifted off at 5:45 am local time. Shortly after passing the speed of sound, telemetry showed a loss of pressure in the engine, and the flight computer shut it down. The rocket fell into the Pacific Ocean about eight kilometres offshore.

"We are disappointed, of course, but this is how rockets are developed," chief executive Kenji Moriyama told reporters at the launch site. "We reached a higher altitude than last time, and we have a lot of data to study."

The company said nobody had been injured and that debris had fallen inside the designated safety zone at sea.

Flight director Aya Hoshino explained that the team had seen an unusual vibration reading about ten seconds before the shutdown. "It might be a problem with a valve, or it might be the sensor itself. We will not guess until we have looked at everything," she said.

Founded in 2013 by a group of engineers who had previously built amateur rockets, Hoshizora Rocketry aims to launch small satellites for universities and businesses at a fraction of the price of larger rockets. It has raised about 2 billion yen from private investors.

The Japan Aerospace Exploration Agency (JAXA), which is not involved in the project, said in a comment to Kyodo News that private launches were "important for the future of Japan's space industry".

Taiki mayor Masato Kudo said the town remained proud of the project. "Every launch brings visitors and attention to a small farming town. We will be here for the next one," Kudo said.''',
        [
            ("We are disappointed, of course, but", "Kenji Moriyama"),
            ("We reached a higher altitude than", "Kenji Moriyama"),
            ("It might be a problem with", "Aya Hoshino"),
            ("important for the future of Japan's", "Japan Aerospace Exploration Agency"),
            ("Every launch brings visitors and attention", "Masato Kudo"),
        ],
    ),
    # 21 -- band cancels tour (curly); band speaking through an Instagram post, album title and nickname not listed, promoter spokesperson, unnamed fan
    (
'''The Scottish indie rock band The Harbour Lights have cancelled the remaining 14 dates of their European tour after lead singer Callum Reid was diagnosed with a vocal cord haemorrhage, the group announced on Monday.

In a post on Instagram, the band said they were “absolutely gutted”. “Doctors have told Callum he must not sing for at least six weeks, and we are not willing to risk his voice for the rest of his life,” the post read. “To everyone who bought a ticket, we are so sorry.”

The tour, promoting the band’s third album “Low Tide Choir”, was due to finish with two sold-out nights at the Barrowland Ballroom in Glasgow on 21 December. Promoter Northgate Live said all tickets would be refunded at the point of purchase. “We will work with the band to reschedule as many of the shows as possible in 2020,” a spokesperson for Northgate Live said.

Reid, whom fans have nicknamed “the Leith Nightingale”, had already pulled out of two shows in Germany last week. Speaking to BBC Radio Scotland in October, he admitted the tour schedule was punishing. “Twenty-five gigs in thirty days sounds romantic until you are actually doing it,” he said at the time.

Fans reacted with sympathy on social media. One fan, who had travelled from Belfast for the Amsterdam date, told the Evening Times she had found out about the cancellation at the venue door. “I’m gutted, but his health comes first. I’d rather wait a year than never hear him sing again,” she said.

The band’s previous album, released in 2017, reached number four in the UK charts and earned them a nomination for the Scottish Album of the Year Award.''',
        [
            ("absolutely gutted", "The Harbour Lights"),
            ("Doctors have told Callum he must", "The Harbour Lights"),
            ("To everyone who bought a ticket,", "The Harbour Lights"),
            ("We will work with the band", "Northgate Live"),
            ("Twenty-five gigs in thirty days sounds", "Callum Reid"),
            ("I’m gutted, but his health comes", "~fan"),
        ],
    ),
    # 22 -- Chile-New Zealand Antarctic deal; two women ministers speaking in turn, asked/replied, NGO statement partial quote
    (
'''The foreign ministers of Chile and New Zealand signed an agreement in Wellington on Thursday to cooperate on Antarctic research and logistics, and to coordinate their positions ahead of next year's Antarctic Treaty Consultative Meeting.

Under the agreement, the two countries will share icebreaker and aircraft time, exchange scientists, and set up a joint programme to monitor fishing vessels in the Southern Ocean. The deal was signed by Chile's foreign minister, Carolina Fuentes, and New Zealand's Minister of Foreign Affairs, Anna Whitcombe, at Parliament House.

Speaking at a joint press conference, Fuentes described the two countries as "the gateways to Antarctica". "Punta Arenas and Christchurch are where most expeditions begin. It makes sense for us to share ships, aircraft and data," she said.

Whitcombe said the fisheries programme was the most urgent part of the deal. "Illegal fishing does not respect national boundaries, so neither can our response," she said. She added that New Zealand would contribute a patrol vessel for two months each summer.

Asked by a Chilean journalist whether the agreement was aimed at China's growing activity in Antarctica, Whitcombe replied that it was "not directed at any country". Fuentes, speaking after her, went further. "Antarctica must remain a place of science and peace. That is the only message of this agreement," she said.

Greenpeace New Zealand welcomed the cooperation but said in a statement that the agreement lacked "any real commitment" to creating new marine protected areas around the continent.

Chile and New Zealand are two of the twelve original signatories of the Antarctic Treaty, which came into force in 1961 and sets the continent aside for peaceful scientific research.''',
        [
            ("the gateways to Antarctica", "Carolina Fuentes"),
            ("Punta Arenas and Christchurch are where", "Carolina Fuentes"),
            ("Illegal fishing does not respect national", "Anna Whitcombe"),
            ("not directed at any country", "Anna Whitcombe"),
            ("Antarctica must remain a place of", "Carolina Fuentes"),
            ("any real commitment", "Greenpeace New Zealand"),
        ],
    ),
    # 23 -- Alpine glacier study; "the authors wrote" (unnamed group), quote running over two paragraphs (listed once), unnamed mountain guide
    (
'''Glaciers in the Alps could lose up to 90 percent of their ice by the end of the century if greenhouse gas emissions are not sharply reduced, according to a study by researchers at ETH Zurich published on Tuesday in the journal The Cryosphere.

The team used a computer model that combines ice flow with climate projections to simulate the future of all 4,000 or so glaciers in the Alps. In every scenario, the glaciers continue to shrink for decades. "Under a high-emissions scenario, the Alps would be practically ice-free by 2100, with only isolated patches of ice remaining at high altitude," the authors wrote.

Lead author Matthias Brunner told Swissinfo that part of the loss could no longer be avoided. "Even if we stopped all emissions today, we would still lose about a third of the remaining ice. That loss is already built in, because the glaciers are still catching up with the warming we have already caused.

"What we decide in the next twenty years determines whether our grandchildren see glaciers at two-thirds of their present size or see almost nothing at all."

The World Meteorological Organization (WMO) said the findings were "consistent with what we are seeing worldwide" in mountain regions from the Andes to the Himalayas.

The melting has consequences well beyond the mountains. Alpine glaciers feed the Rhine, the Rhône and the Po, and their meltwater keeps rivers flowing during hot, dry summers.

Green Party MP Regula Fässler said the study should be a wake-up call for Swiss voters. "This is not a prediction about polar bears far away. It is about our water, our tourism and our safety," she said.

In Zermatt, mountain guides have had to install ladders and fixed ropes where climbers once walked straight onto the ice. "When I started guiding in 1985 you stepped off the path straight onto the glacier. Now there are 150 metres of bare rock between the hut and the ice," one guide told Swiss radio SRF.''',
        [
            ("Under a high-emissions scenario, the Alps", "~authors"),
            ("Even if we stopped all emissions", "Matthias Brunner"),
            ("consistent with what we are seeing", "World Meteorological Organization"),
            ("This is not a prediction about", "Regula Fässler"),
            ("When I started guiding in 1985", "~guide"),
        ],
    ),
    # 24 -- Rockford park shooting (curly); unnamed woman via WREX-TV, mother's statement via police, anonymous note (None), quote split around "she said"
    (
'''Two people were killed and three others injured when a gunman opened fire at a birthday party in a park in Rockford, Illinois, on Saturday evening, police said.

Police Chief Marcus Hale told reporters on Sunday that a 22-year-old man had been arrested at a house on the city’s west side and charged with two counts of first-degree murder. “We believe this was a targeted attack stemming from an ongoing dispute. There is no continuing threat to the public,” Hale said.

About 40 people, many of them children, were at the party in Levings Park when the shots were fired at around 7 pm. “One minute the kids were hitting a piñata, the next minute everyone was on the ground screaming,” a woman who had been at the party told WREX-TV.

The victims were identified as 31-year-old Damon Pryor and his cousin Terrell Pryor, 27. The three injured, including a 12-year-old girl, were taken to hospital and are expected to survive.

Damon Pryor’s mother, Lorraine Pryor, said in a statement released through the police department that her son was “a devoted father of three who never missed one of his kids’ games”.

On Sunday night, several hundred people attended a vigil at the park. A handwritten note tied to the fence among the candles and balloons read: “Not one more. Put the guns down.”

City council member Janessa Whitley, who represents the neighbourhood, said residents had repeatedly asked for better lighting and more patrols in the park. “People should be able to hold a birthday party without burying somebody the next week,” she said. “We can’t arrest our way out of this, but we can’t ignore it either.”

Police asked anyone with video of the shooting to contact the department’s tip line.''',
        [
            ("We believe this was a targeted", "Marcus Hale"),
            ("One minute the kids were hitting", "~woman"),
            ("a devoted father of three who", "Lorraine Pryor"),
            ("Not one more. Put the guns", None),
            ("People should be able to hold", "Janessa Whitley"),
            ("We can’t arrest our way out", "Janessa Whitley"),
        ],
    ),
    # 25 -- Kenya teachers' strike; crowd chanting, commission statement ("the commission said"), told Citizen TV, question quote with "asked"
    (
'''Public school teachers across Kenya began a nationwide strike on Monday over pay and promotions, closing thousands of primary and secondary schools a week before national examinations were due to begin.

The Kenya National Union of Teachers (KNUT) called the strike after talks with the Teachers Service Commission (TSC), the government body that employs teachers, collapsed on Friday. KNUT secretary-general Peter Onyango told a rally in Nairobi's Central Park that teachers had waited three years for a pay increase agreed in 2017.

"We have been patient. We have been more than patient. Today our patience has run out," Onyango told the crowd, which responded by chanting "Pay us now!"

The TSC said in a statement that the strike was "illegal and unprotected" after the Employment and Labour Relations Court ordered it suspended on Sunday. "Teachers who do not report to work will not be paid for the days they are absent," the commission said.

Education Cabinet Secretary Grace Wambui urged the union to return to the negotiating table. "Our children should not be used as pawns in a dispute between adults," Wambui told Citizen TV, adding that the government had set aside money for the increase in next year's budget.

In Kisumu, father of three Joseph Otieno said his children had stayed at home on Monday. "My daughter sits her exams in ten days. Who is going to revise with her, me?" Otieno asked.

Kenyan teachers last staged a national strike in 2015, when public schools were closed for five weeks before the government agreed to a phased pay rise. The Kenya National Examinations Council said on Monday that this year's timetable would not change.''',
        [
            ("We have been patient. We have", "Peter Onyango"),
            ("Pay us now!", "~crowd"),
            ("illegal and unprotected", "Teachers Service Commission"),
            ("Teachers who do not report to", "Teachers Service Commission"),
            ("Our children should not be used", "Grace Wambui"),
            ("My daughter sits her exams in", "Joseph Otieno"),
        ],
    ),
    # 26 -- Iceland rate cut; governor quote split around cue, committee statement partial quote, speaker named after quote ("said the association's managing director, ...")
    (
'''The Central Bank of Iceland cut its key interest rate by half a percentage point to 3.25 percent on Wednesday, its fourth cut this year, citing a sharp slowdown in tourism following the collapse of the budget airline WOW Air in March.

"The economy is cooling faster than we expected in the spring," governor Sigrún Hallsdóttir told a news conference in Reykjavík. "Inflation is close to target, and that gives us room to support households and businesses."

The number of foreign visitors to Iceland fell by about 15 percent in the first half of the year, according to the Icelandic Tourist Board, and unemployment has risen to its highest level since 2013.

The bank's Monetary Policy Committee said in its statement that "further easing may be warranted" if economic data continued to weaken over the coming months.

Economist Gunnar Bjarnason of Arion Bank said the cut had been widely expected. "The market had priced this in. The more interesting part is the signal that they are not finished yet," Bjarnason told the public broadcaster RÚV.

The Icelandic Travel Industry Association welcomed the decision but said lower rates alone would not bring visitors back. "What we need is more flights. Interest rates do not fill hotel rooms," said the association's managing director, Helga Ragnarsdóttir.

Homeowners with variable-rate mortgages, who make up a growing share of borrowers in Iceland, are expected to see their monthly payments fall from next month. The Icelandic króna weakened slightly against the euro after the announcement, and the bank's next rate decision is due in early November.''',
        [
            ("The economy is cooling faster than", "Sigrún Hallsdóttir"),
            ("Inflation is close to target, and", "Sigrún Hallsdóttir"),
            ("further easing may be warranted", "Monetary Policy Committee"),
            ("The market had priced this in.", "Gunnar Bjarnason"),
            ("What we need is more flights.", "Helga Ragnarsdóttir"),
        ],
    ),
    # 27 -- obituary of a novelist (curly); family statement, newspaper quoted as speaker, old interview of the deceased, book titles not listed, minister on Twitter
    (
'''Portuguese novelist Afonso Teixeira Lobo, whose spare stories of fishing villages on the Atlantic coast won him a devoted readership across Europe and Latin America, died on Sunday at the age of 88.

His family said in a statement that he died peacefully at his home in Póvoa de Varzim, north of Porto, with his wife and three children beside him. “He wrote until the last month of his life, by hand, at the kitchen table, as he always did,” the statement said.

Born in 1931 into a family of sardine fishermen, Teixeira Lobo left school at 14 and worked on trawlers for more than a decade before publishing his first novel, “Salt in the Mouth”, in 1962. His best-known work, “The Widows of Aguçadoura”, has been translated into 31 languages and was adapted for the cinema in 1994.

Le Monde once called him “the Homer of the sardine boats”, a description he claimed to dislike. In a 1987 interview with The Paris Review, he said he had no interest in myth. “I write about fishermen because I was one, and because nobody else was writing about them honestly. There are no heroes on a trawler, only tired men,” he said.

His publisher, Edições Marés, described him as “one of the great voices of Portuguese literature” and said it would publish a final collection of his stories next year.

Novelist Teresa Valadares, a friend for more than forty years, told the newspaper Público that he had been unusually generous to younger writers. “When I was 25 and nobody would read my manuscripts, Afonso read every page and sent back four pages of notes. He never asked for anything in return,” she said.

Portugal’s Minister of Culture, Rui Sequeira, wrote on Twitter: “Portugal has lost one of the writers who best explained us to ourselves.” The government declared Tuesday a day of national mourning.

His funeral will be held on Wednesday at the parish church in Póvoa de Varzim.''',
        [
            ("He wrote until the last month", "~family"),
            ("the Homer of the sardine boats", "Le Monde"),
            ("I write about fishermen because I", "Afonso Teixeira Lobo"),
            ("one of the great voices of", "Edições Marés"),
            ("When I was 25 and nobody", "Teresa Valadares"),
            ("Portugal has lost one of the", "Rui Sequeira"),
        ],
    ),
    # 28 -- emergency landing in Bergen; airline statement, passenger via TV 2, partial quote after "According to", unnamed passenger via NRK
    (
'''A SkyNord passenger jet carrying 164 people made an emergency landing at Bergen Airport in Norway on Thursday evening after one of its engines failed shortly after take-off, the airline said.

Flight SN418 to Gdańsk departed Bergen at 6:40 pm. Passengers reported hearing a loud bang and seeing flames from the left engine as the aircraft climbed over the sea. The Boeing 737-800 circled for about 30 minutes to burn off fuel before landing safely at 7:25 pm. Fire crews met the aircraft on the runway, and nobody was injured.

"The crew followed their procedures exactly as they are trained to do. The safety of our passengers was never compromised," SkyNord said in a statement. The airline said passengers would be flown to Gdańsk on a replacement aircraft on Friday morning.

Passenger Tomasz Wójcik, who was travelling home to Poland with his wife and son, said the cabin had been quiet after the bang. "People were holding hands with strangers. The pilot spoke to us every few minutes, and he was very calm, which helped a lot," Wójcik told TV 2.

The Norwegian Safety Investigation Authority (NSIA) said it had opened an investigation. According to investigator Kari Lunde, "it is too early to say anything about the cause". "We have secured the flight data recorders, and the engine manufacturer has been notified," Lunde said.

Another passenger, who did not want to be named, told NRK she had seen birds near the runway during take-off. "I saw a big flock of birds just as we left the ground, and a second later there was the bang," she said.

Bird strikes are among the most common causes of engine damage during take-off. Bergen Airport said it had received no reports of other incidents on Thursday.''',
        [
            ("The crew followed their procedures exactly", "SkyNord"),
            ("People were holding hands with strangers.", "Tomasz Wójcik"),
            ("it is too early to say", "Kari Lunde"),
            ("We have secured the flight data", "Kari Lunde"),
            ("I saw a big flock of birds", "~passenger"),
        ],
    ),
    # 29 -- Kanlaon volcano alert; agency bulletin, quote split twice around "said" and "he continued", provincial office partial quote
    (
'''The Philippine Institute of Volcanology and Seismology (PHIVOLCS) raised the alert level for Kanlaon Volcano on the island of Negros to 3 on Monday, after a steam-driven explosion sent a column of ash about four kilometres into the sky.

More than 6,000 residents living within six kilometres of the crater have been ordered to leave their homes, according to the provincial disaster office. Ashfall was reported in several towns in Negros Occidental, and flights at Bacolod-Silay Airport were suspended for the day.

"Alert Level 3 means there is magma moving beneath the volcano and a hazardous eruption is possible within weeks or even days," PHIVOLCS said in a bulletin.

Volcanologist Edwin Baluyot told the Philippine Daily Inquirer that instruments had recorded more than 80 volcanic earthquakes overnight. "The volcano is inflating, which tells us pressure is building," Baluyot said. "That does not mean a big eruption is certain," he continued, "but people must stay out of the danger zone until we tell them otherwise."

At an evacuation centre set up in a school in La Castellana, farmer Rodel Gamboa, 47, said he had left behind his carabao and his sugarcane crop. "We left at two in the morning with only our clothes. My animals are still up there, and I worry about them every hour," he told ABS-CBN News.

The Negros Occidental Provincial Tourism Office said in a statement that all trekking on the mountain had been suspended "until further notice".

Kanlaon, which rises to 2,465 metres, is one of the most active volcanoes in the Philippines. Its last significant eruption, in 1996, killed three hikers who were near the summit.''',
        [
            ("Alert Level 3 means there is", "Philippine Institute of Volcanology and Seismology"),
            ("The volcano is inflating, which tells", "Edwin Baluyot"),
            ("That does not mean a big", "Edwin Baluyot"),
            ("but people must stay out of", "Edwin Baluyot"),
            ("We left at two in the", "Rodel Gamboa"),
            ("until further notice", "Negros Occidental Provincial Tourism Office"),
        ],
    ),
    # 30 -- Frankfurt Marathon record (curly); speaking through an interpreter, two women runners in turn, coach quote split, federation posting on Twitter, asked/replied
    (
'''Ethiopian runner Tigist Alemu broke the course record at the Frankfurt Marathon on Sunday, crossing the line in 2 hours, 19 minutes and 8 seconds in only her second race over the distance.

The 23-year-old pulled away from a leading group of five women shortly after the 30-kilometre mark and finished more than two minutes ahead of Kenya’s Winnie Jeptoo. Ethiopia’s Meseret Tola was third.

“I did not think about the record. I thought only about the finish, and about my mother, who is watching at home,” Alemu said through an interpreter.

Jeptoo, who won the race two years ago, said she had no answer to the Ethiopian’s pace. “She was too strong today. I tried to follow her at 30 kilometres, but my legs said no,” she said.

Alemu’s coach, Getachew Worku, told reporters that she had spent four months training at altitude near Addis Ababa. “She is very disciplined. She does not miss a session, even when it rains,” Worku said. “Today she ran the race exactly as we planned it.”

The Ethiopian Athletics Federation posted on Twitter shortly after the finish: “Congratulations to Tigist Alemu on a historic run in Frankfurt. Ethiopia is proud of you!”

Race director Markus Behrendt said conditions, with temperatures of around 9 °C and little wind, had been “close to perfect”.

Asked by a reporter what her next goal was, Alemu smiled. “Maybe the Olympics in Tokyo, if the federation selects me. That is my dream,” she replied.

The men’s race was won by Kenya’s Daniel Kiprop in 2:06:41, ahead of two Ethiopian runners.''',
        [
            ("I did not think about the", "Tigist Alemu"),
            ("She was too strong today. I", "Winnie Jeptoo"),
            ("She is very disciplined. She does", "Getachew Worku"),
            ("Today she ran the race exactly", "Getachew Worku"),
            ("Congratulations to Tigist Alemu on a", "Ethiopian Athletics Federation"),
            ("close to perfect", "Markus Behrendt"),
            ("Maybe the Olympics in Tokyo, if", "Tigist Alemu"),
        ],
    ),
]
STORIES_AU = [
    # 1 -- kelp forest collapse study; 'the researchers wrote' partial quote, pronoun 'she told', outside expert partial + full, NGO statement ('the society said')
    (
'''Marine heatwaves have wiped out nearly two-thirds of the giant kelp forests along a 400-kilometre stretch of Tasmania's east coast since 2010, according to a study published on Tuesday in the journal Global Change Biology.

The team, led by marine ecologist Dr Helena Marsh of the University of Tasmania, compared satellite images taken over 14 years with dive surveys at 86 reef sites. They found that forests which had survived for decades vanished within two or three summers once water temperatures stayed above 20 degrees Celsius for more than a month.

"We expected to see losses, but not on this scale and not this quickly," Marsh said. "In some bays we went back to sites we had mapped five years earlier and there was simply nothing left but bare rock and sea urchins."

In the paper, the researchers wrote that the collapse was "likely to be irreversible on human timescales" without active restoration.

Marsh said the loss of kelp was already being felt by abalone and rock lobster fishers, whose catches are worth hundreds of millions of dollars a year.

"These forests are the nurseries for the species that coastal towns depend on," she told ABC Radio Hobart. "When the canopy goes, the whole food web that sits on top of it goes too."

Co-author Dr Samuel Okafor, a climate modeller at the university's Institute for Marine and Antarctic Studies, said waters off Tasmania's east coast were warming at about four times the global average.

"This region is a canary in the coal mine. What we are seeing here is what many temperate coastlines will face in the coming decades," Okafor explained.

Professor Lydia Brennan, a kelp specialist at the University of Western Australia who was not involved in the research, described the findings as "sobering but not surprising".

"The methodology is solid, and it matches what we saw on the west coast after the 2011 heatwave. The question now is whether we can breed heat-tolerant kelp fast enough to make a difference," Brennan said.

The Australian Marine Conservation Society said in a statement that the study should prompt state and federal governments to fund restoration on a much larger scale. "Kelp forests are disappearing in front of our eyes, and the response so far has been a handful of pilot projects," the society said.''',
        [
            ("We expected to see losses, but", "Helena Marsh"),
            ("In some bays we went back", "Helena Marsh"),
            ("likely to be irreversible on human", "~researchers"),
            ("These forests are the nurseries for", "Helena Marsh"),
            ("When the canopy goes, the whole", "Helena Marsh"),
            ("This region is a canary in", "Samuel Okafor"),
            ("sobering but not surprising", "Lydia Brennan"),
            ("The methodology is solid, and it", "Lydia Brennan"),
            ("Kelp forests are disappearing in front", "Australian Marine Conservation Society"),
        ],
    ),
    # 2 -- measles surge; UNICEF spokesperson, 'the minister', two women in turn (Petrescu / Dobre / Petrescu 'she said'), 'told Reuters' partial, 'he said' next paragraph
    (
'''Measles cases in Europe and Central Asia rose more than tenfold last year, the World Health Organization (WHO) and the UN children's agency UNICEF said on Thursday, warning that vaccination rates that fell during the COVID-19 pandemic have left millions of children unprotected.

The agencies recorded 58,114 cases across 41 countries, up from about 5,300 the year before. More than half of those infected were children under five, and more than 30 died.

"Measles is one of the most contagious diseases we know, and it is back because we let our guard down," said Dr Ingrid Halvorsen, the WHO's regional adviser on vaccine-preventable diseases, at a briefing in Copenhagen. "Every one of these cases was preventable."

Halvorsen said coverage with the second dose of the vaccine had fallen below 90 percent in more than a dozen countries, well short of the 95 percent needed to stop outbreaks.

A UNICEF spokesperson said the agency was working with health ministries to run catch-up campaigns in schools. "Children who missed their shots during the pandemic years are now in classrooms, and that is where we need to reach them," the spokesperson said.

In Romania, which reported the largest number of cases, health minister Adriana Petrescu told reporters in Bucharest that proof of vaccination would become a condition of nursery enrolment from September.

"We cannot have a situation where parents choose and other children pay the price," the minister said. She added that the country had bought two million additional doses.

The plan has drawn criticism from some parents' groups. Elena Dobre, who leads an association campaigning for what it calls vaccine choice, told Reuters the measure was "coercion dressed up as public health".

Petrescu rejected the criticism. "Nobody is being forced to vaccinate," she said. "But a nursery is a shared space, and the rules have to protect everyone in it."

Dr Tomas Lindqvist, an epidemiologist at the Karolinska Institute in Stockholm who was not involved in the report, said the figures were "a warning that should be heard well beyond Europe".

"Measles is usually the first disease to come back when immunisation systems weaken. If we see it rising, diphtheria and whooping cough are often not far behind," he said.''',
        [
            ("Measles is one of the most", "Ingrid Halvorsen"),
            ("Every one of these cases was", "Ingrid Halvorsen"),
            ("Children who missed their shots during", "UNICEF"),
            ("We cannot have a situation where", "Adriana Petrescu"),
            ("coercion dressed up as public health", "Elena Dobre"),
            ("Nobody is being forced to vaccinate", "Adriana Petrescu"),
            ("But a nursery is a shared", "Adriana Petrescu"),
            ("a warning that should be heard", "Tomas Lindqvist"),
            ("Measles is usually the first disease", "Tomas Lindqvist"),
        ],
    ),
    # 3 -- teen phone sleep study (curly); quote running over two paragraphs, co-author 'he said', feature name in quote marks (not a quote), company spokesperson, quote-then-cue 'Gallagher told the BBC'
    (
'''Teenagers who keep their phones in the bedroom overnight sleep on average 47 minutes less on school nights than those who leave them elsewhere, according to a study of British secondary school pupils published on Monday in the journal JAMA Pediatrics.

Researchers at the University of Leeds tracked 3,412 pupils aged 12 to 16 for a full school year, using wrist-worn activity monitors and sleep diaries.

“The difference was consistent across every age group and every type of school we looked at,” said lead author Dr Priya Raman, a sleep researcher in the university’s School of Psychology. “It wasn’t just the heavy users. Simply having the phone within reach was enough to push back the time they fell asleep.

“What surprised us most was how often the phones were waking them up again. Notifications between midnight and four in the morning were a big part of the story.”

Raman said about a third of pupils reported checking their phones after waking in the night.

Her co-author, Professor Martin Ashdown, said the findings had implications for schools as well as families. “Sleep loss on this scale shows up in attention, mood and exam results,” he said. “You can’t teach a child who has slept five and a half hours.”

The authors called on app developers to switch off non-urgent notifications for under-18s at night by default.

Snapwave, whose messaging app was the most widely used among the pupils surveyed, said it already offered a “quiet hours” setting. “We take the wellbeing of young people extremely seriously and will review the study carefully,” a company spokesperson said.

Dr Fiona Gallagher, a consultant in paediatric sleep medicine at Great Ormond Street Hospital in London, said the research was “a useful reminder that the simplest interventions are often the most effective”.

“Parents often ask me about supplements and sleep apps. My first question is always: where does the phone sleep?” Gallagher told the BBC.

Not all experts were convinced that the phones were to blame. Andrew Pilkington, a developmental psychologist at the University of Bath, said teenagers who slept badly might simply be more likely to reach for their phones.

“It’s an observational study, so we can’t rule out that poor sleepers are the ones keeping their phones close,” Pilkington said. “A randomised trial would tell us a lot more.”''',
        [
            ("The difference was consistent across every", "Priya Raman"),
            ("It wasn’t just the heavy users.", "Priya Raman"),
            ("Sleep loss on this scale shows", "Martin Ashdown"),
            ("You can’t teach a child who", "Martin Ashdown"),
            ("We take the wellbeing of young", "Snapwave"),
            ("a useful reminder that the simplest", "Fiona Gallagher"),
            ("Parents often ask me about supplements", "Fiona Gallagher"),
            ("It’s an observational study, so we", "Andrew Pilkington"),
            ("A randomised trial would tell us", "Andrew Pilkington"),
        ],
    ),
    # 4 -- air pollution and dementia; 'he continued' after indirect paragraph, 'they wrote' (researchers), agency statement ('the department said'), 'told CBC News' partial, unnamed retired teacher
    (
'''Long-term exposure to fine particle pollution from traffic and wood stoves is associated with a higher risk of dementia, according to an analysis of health records from 2.1 million Canadians published on Wednesday in The Lancet Planetary Health.

The study, led by Dr Marc-André Leclerc of McGill University in Montreal, found that people living in the most polluted postal codes were 17 percent more likely to be diagnosed with dementia over 15 years than those in the cleanest areas, after accounting for income, smoking and other health conditions.

"We're not talking about extreme pollution here," Leclerc said in an interview. "Most of these neighbourhoods meet current Canadian air quality standards. That's what makes the result important."

He said the strongest association was with particles from wood burning, which rise sharply in some suburbs during winter.

"People think of a wood stove as cosy and natural," he continued. "But the smoke is full of the same tiny particles that we know can cross from the lungs into the bloodstream and potentially reach the brain."

The researchers cautioned that the study could not prove that pollution causes dementia. "Residual confounding cannot be excluded," they wrote.

Health Canada said it was reviewing the findings. "The Government of Canada continues to update air quality objectives as new evidence becomes available," the department said in a statement.

Dr Naomi Fischer, a neurologist at the University of Toronto who studies risk factors for Alzheimer's disease, told CBC News the study added to "a growing and fairly consistent body of evidence".

"Air pollution is one of the few dementia risk factors that individuals can't fix on their own. It needs action at the level of cities and provinces," Fischer said.

In the Montreal suburb of Pointe-Claire, where a ban on wood burning has been debated for years, one retired teacher said she had stopped lighting her stove two winters ago. "I miss it, but I'd rather keep my memory," she said.''',
        [
            ("We're not talking about extreme pollution", "Marc-André Leclerc"),
            ("Most of these neighbourhoods meet current", "Marc-André Leclerc"),
            ("People think of a wood stove", "Marc-André Leclerc"),
            ("But the smoke is full of", "Marc-André Leclerc"),
            ("Residual confounding cannot be excluded", "~researchers"),
            ("The Government of Canada continues to", "Health Canada"),
            ("a growing and fairly consistent body", "Naomi Fischer"),
            ("Air pollution is one of the", "Naomi Fischer"),
            ("I miss it, but I'd rather", "~teacher"),
        ],
    ),
    # 5 -- AI-discovered antibiotic; two men in turn (Brunner / Meier 'he added' / Brunner partial), outside expert 'she told Reuters' split, company paraphrase only
    (
'''Scientists in Switzerland say they have used a machine-learning system to identify a new class of antibiotic that kills several drug-resistant bacteria in laboratory tests, including a strain of Acinetobacter baumannii that the World Health Organization lists as a critical threat.

The compound, which the team has named abaxin, was found by screening more than 12 million molecules on a computer before the 300 most promising were tested in the lab, according to a paper published on Wednesday in the journal Nature Microbiology.

"Doing this by hand would have taken us a decade," said Professor Lukas Brunner of ETH Zurich, who led the project. "The algorithm narrowed the field to a few hundred candidates in a matter of weeks."

Brunner's colleague Dr Jonas Meier, the study's first author, said abaxin appeared to work by disrupting the way bacteria move proteins to their outer membrane, a mechanism not targeted by any existing drug. He said this made it less likely that bacteria already resistant to other antibiotics would be able to shrug it off.

"It's a completely new door into the cell," he added.

Brunner was more cautious. He said the compound had so far been tested only in mice, and that "the road from a mouse to a pharmacy shelf is long and littered with failures".

Outside scientists welcomed the work but warned against hype. "It is genuinely exciting chemistry, but we have seen many promising antibiotics fall over in clinical trials," said Dr Kavita Menon, a microbiologist at the London School of Hygiene and Tropical Medicine.

Menon said the bigger obstacle was economic. "Companies lose money developing antibiotics, because new ones are kept in reserve and hardly used," she told Reuters. "Until that changes, discoveries like this may end up sitting on a shelf."

Basel-based biotech firm Veranox, which has licensed the compound, said in a statement that it hoped to begin human safety trials within three years.''',
        [
            ("Doing this by hand would have", "Lukas Brunner"),
            ("The algorithm narrowed the field to", "Lukas Brunner"),
            ("It's a completely new door into", "Jonas Meier"),
            ("the road from a mouse to", "Lukas Brunner"),
            ("It is genuinely exciting chemistry, but", "Kavita Menon"),
            ("Companies lose money developing antibiotics, because", "Kavita Menon"),
            ("Until that changes, discoveries like this", "Kavita Menon"),
        ],
    ),
    # 6 -- Indian heatwave (curly); anonymous senior official 'told reporters', met department bulletin, official 'wrote on X' then 'the magistrate posted', speaker after quote, unnamed rickshaw driver
    (
'''At least 110 people have died of suspected heatstroke in the northern Indian states of Uttar Pradesh and Bihar over the past week, health officials said on Sunday, as temperatures in parts of the region passed 46 degrees Celsius for the sixth day in a row.

Most of the dead were elderly people and outdoor workers, according to figures released by the Uttar Pradesh health department.

“Hospitals in Ballia and Deoria are under severe pressure, and we have sent additional doctors and ice packs from Lucknow,” a senior state health official told reporters, speaking on condition of anonymity because he was not authorised to brief the media.

The India Meteorological Department (IMD) said relief was unlikely before the monsoon reaches the region, probably in the last week of June. “Heatwave to severe heatwave conditions are very likely to continue over the next four to five days,” the department said in its daily bulletin.

Dr Anjali Deshpande, a public health researcher at the Indian Institute of Public Health in Gandhinagar, said many of the deaths could have been prevented with early warnings and cooling centres.

“Ahmedabad showed more than a decade ago that a heat action plan saves lives,” she said. “What we are still missing in many districts is the basic machinery: text-message alerts, drinking water at bus stops, shaded rest areas for labourers.”

The district magistrate of Ballia, Ravi Shankar Tiwari, wrote on X that government offices would close at noon and that construction work was banned between 11 a.m. and 4 p.m. “Please do not step out during peak hours unless absolutely necessary,” the magistrate posted.

“Without climate change, a heatwave like this one would have been extremely rare,” said Dr Marco Bellini, a climate scientist at the University of Reading who studies extreme weather in South Asia. “Now we should expect one every few years.”

In Deoria, a rickshaw driver waiting outside the district hospital, where his brother was being treated, said he had no choice but to keep working. “If I don’t drive, my family doesn’t eat,” he told the Hindustan Times.''',
        [
            ("Hospitals in Ballia and Deoria are", "~official"),
            ("Heatwave to severe heatwave conditions are", "India Meteorological Department"),
            ("Ahmedabad showed more than a decade", "Anjali Deshpande"),
            ("What we are still missing in", "Anjali Deshpande"),
            ("Please do not step out during", "Ravi Shankar Tiwari"),
            ("Without climate change, a heatwave like", "Marco Bellini"),
            ("Now we should expect one every", "Marco Bellini"),
            ("If I don’t drive, my family", "~driver"),
        ],
    ),
    # 7 -- microplastics in Arctic seabird eggs; partial quote, quote split around 'Haugland added', industry body partial, NGO campaigner, expert paraphrased then 'he said' in next paragraph
    (
'''Microplastic particles have been found inside the eggs of seabirds nesting on remote Arctic islands, suggesting that mother birds are passing plastic and the chemicals it carries to their chicks before they hatch, according to a study published on Thursday in the journal Environmental Science & Technology.

Researchers from the Norwegian Polar Institute and the University of Tromsø analysed 164 eggs from northern fulmars and black-legged kittiwakes collected on Svalbard between 2019 and 2022. They found plastic fragments in the yolk of 41 percent of fulmar eggs and 18 percent of kittiwake eggs.

"Svalbard is about as far from a plastic factory as you can get," said lead author Dr Kari Solberg, an ecotoxicologist at the institute. "And yet the plastic is there, in the next generation, before it has even taken its first breath."

Solberg said the team also found traces of phthalates and other plasticisers in the yolks at levels that "could plausibly affect embryo development", although the study did not measure effects on the chicks.

"The fulmar is a surface feeder that swallows almost anything floating, so in a way it is a sampling device for the whole ocean surface," explained co-author Erik Haugland, a seabird biologist at the University of Tromsø.

"The worrying part," Haugland added, "is that the kittiwake, which is a much pickier eater, is also affected."

The Plastics Industry Alliance, which represents European manufacturers, said in a statement that it supported "science-based measures to prevent plastic leakage into the environment" and pointed to its members' investments in recycling.

Campaigners were unimpressed. "The industry has been promising recycling for forty years while production keeps doubling. This study is one more reason the global plastics treaty must include a cap on production," said Frida Lund, an oceans campaigner with the group Nordic Ocean Watch.

Dr Peter Ansah, a toxicologist at the University of Exeter who was not involved in the work, urged caution. Finding particles in eggs did not by itself show that they were harming the birds, he told The Guardian.

"But it is a clear sign of how deeply plastic has entered food webs, and that alone should concern us," he said.''',
        [
            ("Svalbard is about as far from", "Kari Solberg"),
            ("And yet the plastic is there,", "Kari Solberg"),
            ("could plausibly affect embryo development", "Kari Solberg"),
            ("The fulmar is a surface feeder", "Erik Haugland"),
            ("The worrying part", "Erik Haugland"),
            ("is that the kittiwake, which is", "Erik Haugland"),
            ("science-based measures to prevent plastic leakage", "Plastics Industry Alliance"),
            ("The industry has been promising recycling", "Frida Lund"),
            ("But it is a clear sign", "Peter Ansah"),
        ],
    ),
    # 8 -- dengue in Europe; agency official 'asked ... replied:', regional official 'told AFP', unnamed beekeeper via newspaper, expert 'warned' then 'she said'
    (
'''Locally acquired cases of dengue fever in France, Italy and Spain reached a record 213 last year, the European Centre for Disease Prevention and Control (ECDC) said on Tuesday, as the Asian tiger mosquito continues its spread northwards across the continent.

The mosquito, Aedes albopictus, is now established in 13 European countries, compared with eight a decade ago, according to the agency's annual report.

"Warmer summers and longer transmission seasons are creating the conditions for outbreaks in places that have never seen them," said Dr Karin Vestergaard, who heads the ECDC's vector-borne disease programme.

Asked at a press briefing whether tourists should avoid southern Europe, Vestergaard replied: "Absolutely not. The risk to any individual traveller remains low. But people should use repellent and cover up in the evening, and doctors need to think of dengue when a patient comes in with fever and joint pain."

In the southern French department of Hérault, which recorded 45 cases, health authorities have sprayed insecticide around the homes of infected people. "We treat a 150-metre radius around each case within 48 hours," Jean-Luc Fabre, a director at the Occitanie regional health agency, told AFP.

Some residents have complained about the spraying. "They came at six in the morning with no warning, and now there are no bees in my garden," one retired beekeeper near Montpellier told the newspaper Midi Libre.

Professor Giulia Romano, an entomologist at the University of Padua, said spraying alone would not stop the mosquito. "Tiger mosquitoes breed in flowerpot saucers, blocked gutters and old tyres," she said. "If every household emptied standing water once a week, we would cut populations dramatically."

Romano warned that chikungunya and Zika, which are carried by the same mosquito, could follow. "Dengue is the one making the headlines, but it's not the only passenger," she said.''',
        [
            ("Warmer summers and longer transmission seasons", "Karin Vestergaard"),
            ("Absolutely not. The risk to any", "Karin Vestergaard"),
            ("We treat a 150-metre radius around", "Jean-Luc Fabre"),
            ("They came at six in the", "~beekeeper"),
            ("Tiger mosquitoes breed in flowerpot saucers,", "Giulia Romano"),
            ("If every household emptied standing water", "Giulia Romano"),
            ("Dengue is the one making the", "Giulia Romano"),
        ],
    ),
    # 9 -- Amazon deforestation (curly); two women in turn (Menezes / Ferraz 'she said'), coalition statement with two partial quotes, 'wrote on Facebook' with speaker after, 'she replied'
    (
'''Deforestation in the Brazilian Amazon fell by 31 percent in the 12 months to July, to its lowest level in nine years, according to preliminary satellite data released on Wednesday by Brazil’s National Institute for Space Research (INPE).

About 6,300 square kilometres of forest were cleared over the period, down from 9,100 square kilometres the year before.

“These numbers are the result of enforcement on the ground, not luck,” said Carla Menezes, executive secretary of the environment ministry, at a press conference in Brasília. “We have more inspectors in the field, and we are seizing cattle and equipment from illegal clearings.”

Menezes said the government remained committed to ending illegal deforestation by 2030.

Scientists welcomed the decline but warned that the forest remained under threat from fire and drought. Dr Luciana Ferraz, a forest ecologist at the National Institute of Amazonian Research in Manaus, said fires in degraded forest were not captured by the deforestation figures.

“A forest can be standing in the satellite images and still be dying,” she said. “Last year’s drought left millions of hectares dried out and vulnerable to fire, and that damage doesn’t show up in this data.”

The Climate Observatory, a coalition of Brazilian environmental groups, called the figures “an important victory” but said in a statement that the government should not “confuse a good year with a solved problem”.

Farm groups in Mato Grosso state criticised the enforcement campaign. “Producers are being treated like criminals for clearing land that the law allows them to clear,” Antônio Queiroz, president of a regional soybean growers’ association, wrote on Facebook.

Asked about the complaint by reporters, Menezes was dismissive. “Legal clearing is legal. Nobody is being fined for it,” she replied.''',
        [
            ("These numbers are the result of", "Carla Menezes"),
            ("We have more inspectors in the", "Carla Menezes"),
            ("A forest can be standing in", "Luciana Ferraz"),
            ("Last year’s drought left millions of", "Luciana Ferraz"),
            ("an important victory", "Climate Observatory"),
            ("confuse a good year with a", "Climate Observatory"),
            ("Producers are being treated like criminals", "Antônio Queiroz"),
            ("Legal clearing is legal. Nobody is", "Carla Menezes"),
        ],
    ),
    # 10 -- long COVID drug trial fails; scare-quoted term (not a quote), 'the scientist ... he continued', company partial statement, patient advocate, expert 'told the BBC' then 'she said'
    (
'''An antiviral drug that many patients had hoped would ease the symptoms of long COVID did no better than a placebo in a large clinical trial, researchers reported on Friday in the New England Journal of Medicine.

The trial enrolled 1,120 adults in the United States and Britain who had had fatigue, breathlessness or "brain fog" for at least six months after a coronavirus infection. Half received a 15-day course of the drug, and half received dummy pills.

After three months there was no meaningful difference between the groups in fatigue scores, exercise capacity or performance on memory tests, according to the paper.

"We were hoping for a different answer, and so were our patients," said the trial's principal investigator, Dr Michael Torres of Stanford University. "But a clear negative result is still valuable. It tells us that simply clearing leftover virus, at least with this drug and at this dose, is not enough."

The scientist said his team would now test whether longer courses or combinations of drugs might help particular groups of patients.

"Long COVID is almost certainly several different conditions under one label, and treating it as one disease may be why so many trials have failed," he continued.

The drug's manufacturer, Halcyon Therapeutics, said in a statement that it was "disappointed but committed to supporting further research".

Patient groups expressed frustration at the slow pace of progress. "Every failed trial is another year that people spend in bed," said Jessica Moreau, co-founder of the advocacy group Long Covid Action. "We need more trials, faster, and we need funders to stop treating this as a niche issue."

Dr Harriet Nkemelu, an infectious disease specialist at Imperial College London, told the BBC that the trial was well designed and its result should be taken seriously. "This is exactly the kind of rigorous study the field has been asking for," she said.''',
        [
            ("We were hoping for a different", "Michael Torres"),
            ("But a clear negative result is", "Michael Torres"),
            ("Long COVID is almost certainly several", "Michael Torres"),
            ("disappointed but committed to supporting further", "Halcyon Therapeutics"),
            ("Every failed trial is another year", "Jessica Moreau"),
            ("We need more trials, faster, and", "Jessica Moreau"),
            ("This is exactly the kind of", "Harriet Nkemelu"),
        ],
    ),
    # 11 -- Icelandic eruption; agency update, named spokesperson for a department (speaker is the person), 'he warned', evacuee called 'the 61-year-old' only in the cue
    (
'''A volcanic fissure opened on Iceland's Reykjanes peninsula late on Monday, sending fountains of lava up to 50 metres into the air and forcing the evacuation of the fishing town of Grindavík for the fourth time in a year.

The Icelandic Meteorological Office said the eruption began shortly after 10 p.m. along a crack about 3.5 kilometres long, north of the town. "The lava flow is currently moving westwards, away from Grindavík, but the situation can change quickly," the office said in an update on its website.

"We have been preparing for this for weeks, and the evacuation went smoothly," Sigrún Jónsdóttir, a spokesperson for Iceland's Department of Civil Protection and Emergency Management, told reporters in Reykjavík. "Nobody was in the town when the fissure opened."

Professor Ármann Gunnarsson, a volcanologist at the University of Iceland, said magma had been accumulating beneath the area at a steady rate since the previous eruption in March.

"This is a pattern we now recognise," Gunnarsson said. "The crust fills up like a balloon, reaches a breaking point and lets go. We think this could continue for years, perhaps decades."

He said the gas plume posed a greater immediate risk to people than the lava. "Sulphur dioxide levels could become unhealthy in the capital area if the wind turns north-easterly," he warned.

The Blue Lagoon, a geothermal spa near the eruption site and one of Iceland's most visited tourist attractions, was closed as a precaution. Flights to and from Keflavík International Airport were operating normally, airport operator Isavia said.

Among those evacuated was Einar Guðmundsson, a fisherman who has lived in Grindavík all his life. "I packed my bag in ten minutes. We know the drill by now. But every time, you wonder whether there will be a house to come back to," the 61-year-old told public broadcaster RÚV.''',
        [
            ("The lava flow is currently moving", "Icelandic Meteorological Office"),
            ("We have been preparing for this", "Sigrún Jónsdóttir"),
            ("Nobody was in the town when", "Sigrún Jónsdóttir"),
            ("This is a pattern we now", "Ármann Gunnarsson"),
            ("The crust fills up like a", "Ármann Gunnarsson"),
            ("Sulphur dioxide levels could become unhealthy", "Ármann Gunnarsson"),
            ("I packed my bag in ten", "Einar Guðmundsson"),
        ],
    ),
    # 12 -- GLP-1 drugs and alcohol (curly); 'the researchers wrote' partial, one-word partial quote, multi-sentence quote with cue after, charity chief 'said:' before quote
    (
'''People taking a popular class of diabetes and weight-loss drugs were about 40 percent less likely to be admitted to hospital with alcohol-related problems than those on other diabetes medicines, according to a Swedish study of nearly 230,000 patients published on Wednesday in JAMA Psychiatry.

The researchers, from Uppsala University, used national health registers to follow patients with type 2 diabetes for up to eight years. Those prescribed GLP-1 receptor agonists, such as semaglutide, had fewer hospital admissions linked to alcohol and were less often diagnosed with alcohol use disorder.

“The association was strong, consistent and held up in every sensitivity analysis we ran,” said lead author Dr Sofia Lindberg, a psychiatric epidemiologist at Uppsala. “That doesn’t prove cause and effect, but it makes a very strong case for randomised trials.”

In the paper, the researchers wrote that the drugs “may act on reward pathways in the brain that are shared between food and alcohol craving”.

Lindberg said many patients had told their doctors they had simply lost interest in drinking. “We hear the same story again and again: the glass of wine in the evening just doesn’t appeal any more,” she said.

Professor Daniel Hartley, an addiction psychiatrist at King’s College London who was not involved in the study, called the findings “tantalising”.

“We have very few effective medicines for alcohol dependence, and if these drugs work, it could be one of the biggest advances in decades. But we need trial data, not just registry data, before anyone starts prescribing them for this,” Hartley said.

Richard Pearce, chief executive of the charity Recovery Network UK, said: “Anything that could help people cut down deserves serious investigation, but medication will only ever be part of the answer.”''',
        [
            ("The association was strong, consistent and", "Sofia Lindberg"),
            ("That doesn’t prove cause and effect,", "Sofia Lindberg"),
            ("may act on reward pathways in", "~researchers"),
            ("We hear the same story again", "Sofia Lindberg"),
            ("tantalising", "Daniel Hartley"),
            ("We have very few effective medicines", "Daniel Hartley"),
            ("Anything that could help people cut", "Richard Pearce"),
        ],
    ),
    # 13 -- bird flu in dairy cattle; spokesperson for CDC (organisation), department statement, expert split around 'she told Reuters', anonymous farmer with 'he said' / 'he added' across paragraphs
    (
'''Federal officials in the United States have confirmed bird flu in dairy herds in two more states, bringing the total to 14, the US Department of Agriculture (USDA) said on Friday.

The H5N1 virus has now been detected in 212 herds since it was first identified in Texas cattle in March. Three farm workers have tested positive, all with mild symptoms.

"The risk to the general public remains low, but we are monitoring closely for any changes in the virus that could make it spread more easily between people," a spokesperson for the Centers for Disease Control and Prevention said.

USDA officials said pasteurisation kills the virus and that commercial milk remains safe to drink, but they warned against consuming raw milk. "There is clear evidence that raw milk from infected cows can contain very high levels of live virus," the department said in a statement.

Dr Rebecca Stanford, a veterinary virologist at Cornell University, said the outbreak had exposed gaps in surveillance. "We're still finding infected herds mostly because cows get sick, not because we're systematically testing," she told Reuters. "That means we're almost certainly missing cases."

She said testing of farm workers had also been limited. Many are migrants who fear losing income or drawing the attention of immigration authorities.

"If someone is going to lose a week's wages by reporting symptoms, they're not going to report them," Stanford said.

A dairy farmer in Michigan, who asked not to be named because his herd is under quarantine, said milk production had fallen by about a third in the affected barns. "The cows just stop eating. You can see it in their eyes," he said.

He said government compensation covered only part of his losses.

"I'm not sure we make it to next year," he added.''',
        [
            ("The risk to the general public", "Centers for Disease Control and Prevention"),
            ("There is clear evidence that raw", "US Department of Agriculture"),
            ("We're still finding infected herds mostly", "Rebecca Stanford"),
            ("That means we're almost certainly missing", "Rebecca Stanford"),
            ("If someone is going to lose", "Rebecca Stanford"),
            ("The cows just stop eating. You", "~farmer"),
            ("I'm not sure we make it", "~farmer"),
        ],
    ),
    # 14 -- JWST rocky planet atmosphere; quote over two paragraphs (first not closed), 'the astronomer', institute partial statement, sceptic 'told New Scientist' mid-split
    (
'''Astronomers using the James Webb Space Telescope have detected what appears to be a thick atmosphere rich in carbon dioxide around a rocky planet orbiting a nearby star, the first such detection for a planet roughly the size of Earth.

The planet, TOI-5721 b, lies about 48 light years away and circles a small red dwarf star every 4.2 days. The findings were published on Thursday in The Astrophysical Journal Letters.

Lead author Dr Amara Osei, an astronomer at the University of Chicago, said the team had been braced for a flat, featureless signal. "For years the big question has been whether small rocky planets around red dwarfs can hold on to an atmosphere at all, because these stars blast their surroundings with radiation.

"So when the carbon dioxide signal came up in the data, my first reaction was to look for a mistake. We spent four months trying to make it go away, and it wouldn't."

The astronomer said the planet's dayside temperature was estimated at about 420 degrees Celsius, far too hot for liquid water on its surface.

"If this holds up, it tells us that planets around the most common stars in the galaxy are not all bare rocks," said co-author Dr Julien Marchetti of the University of Geneva. "That matters enormously for where we point our telescopes next."

The Space Telescope Science Institute in Baltimore, which operates Webb, said the observations demonstrated "the telescope's unique ability to study the atmospheres of small, rocky worlds".

Not everyone is convinced. "The signal is there, but it's right at the edge of what Webb can do," Dr Kenji Watanabe, a planetary scientist at the University of Tokyo, told New Scientist. "I'd like to see it confirmed with another set of observations before we rewrite the textbooks."''',
        [
            ("For years the big question has", "Amara Osei"),
            ("If this holds up, it tells", "Julien Marchetti"),
            ("That matters enormously for where we", "Julien Marchetti"),
            ("the telescope's unique ability to study", "Space Telescope Science Institute"),
            ("The signal is there, but it's", "Kenji Watanabe"),
            ("I'd like to see it confirmed", "Kenji Watanabe"),
        ],
    ),
    # 15 -- insecticide and bumblebees (curly); split quote around 'he said', company partial + spokesperson, agency paraphrase only, unnamed beekeeper via broadcaster
    (
'''A widely used insecticide impairs the ability of bumblebees to find their way back to their nests, even at doses far below those considered safe, according to research published on Tuesday in the journal Science.

Researchers at the University of Würzburg in Germany fitted 640 bumblebees with tiny radio tags and tracked their foraging flights after feeding them sugar water containing traces of tefluzaprole, an insecticide approved in the European Union in 2019 as a replacement for banned neonicotinoids.

Bees exposed to the chemical were 2.6 times more likely than unexposed bees to get lost and never return to the colony.

“The bees weren’t dying in the field. They were simply not coming home,” said lead author Dr Clara Vogt. “For a colony, a forager that never returns is as good as dead.”

Vogt said the standard tests used by regulators, which count how many bees die within 48 hours of exposure, could not pick up that kind of effect. “We are testing for the wrong thing,” she said.

Professor Tobias Kellner, the study’s senior author, said the findings echoed the history of the neonicotinoids. “Every time one chemical is banned, it is replaced by another that is declared safe on the basis of the same inadequate tests,” he said, “and ten years later we discover the same problems.”

Agrochemical company Veltrago, which manufactures tefluzaprole, said the study relied on “unrealistic exposure scenarios”. “Tefluzaprole has undergone extensive regulatory review and, when used according to label instructions, poses no unacceptable risk to pollinators,” a spokesperson for the company said.

The European Food Safety Authority (EFSA) said it would examine the study as part of a scheduled review of the substance next year.

Beekeepers said the findings matched what they were seeing. “Every spring we lose more colonies near the rapeseed fields, and nobody listens to us until a university says it,” one beekeeper from Lower Saxony told the broadcaster NDR.''',
        [
            ("The bees weren’t dying in the field.", "Clara Vogt"),
            ("For a colony, a forager that", "Clara Vogt"),
            ("We are testing for the wrong thing", "Clara Vogt"),
            ("Every time one chemical is banned,", "Tobias Kellner"),
            ("and ten years later we discover", "Tobias Kellner"),
            ("unrealistic exposure scenarios", "Veltrago"),
            ("Tefluzaprole has undergone extensive regulatory review", "Veltrago"),
            ("Every spring we lose more colonies", "~beekeeper"),
        ],
    ),
    # 16 -- ship noise and orcas; 'she said' after paraphrase paragraph, spokesperson for an industry chamber (organisation) partial quote, NGO director named after quote
    (
'''Slowing ships by just 10 percent could cut the underwater noise that disrupts whale communication by around 40 percent, a study by Canadian researchers has found.

The team from the University of British Columbia analysed recordings from hydrophones along the shipping lanes into the Port of Vancouver, comparing noise levels before and during a voluntary slowdown programme in the Haro Strait.

"Noise is a form of pollution that disappears the moment you stop making it," said lead author Dr Megan Castillo, a marine acoustician. "That makes it one of the easiest environmental problems to fix, if the will is there."

The study, published in the journal Marine Pollution Bulletin, focused on the southern resident killer whales, an endangered population of about 75 animals that hunt salmon by echolocation. Their numbers have barely grown in two decades.

Castillo said noisy water made it harder for the orcas to find food and to stay in contact with one another.

"Imagine trying to have a conversation in a nightclub while also trying to find your dinner with your eyes closed," she said.

A spokesperson for the Chamber of Shipping of British Columbia said its members had taken part in the slowdown "willingly and at considerable cost", and argued that any mandatory measures should apply to all vessels, including fishing boats and ferries.

The Salish Sea Orca Trust, a conservation group, said the voluntary approach was not enough. "Participation drops every time fuel prices rise," said its executive director, Daniel Whitford. "The whales need rules, not requests."''',
        [
            ("Noise is a form of pollution", "Megan Castillo"),
            ("That makes it one of the", "Megan Castillo"),
            ("Imagine trying to have a conversation", "Megan Castillo"),
            ("willingly and at considerable cost", "Chamber of Shipping of British Columbia"),
            ("Participation drops every time fuel prices", "Daniel Whitford"),
            ("The whales need rules, not requests.", "Daniel Whitford"),
        ],
    ),
    # 17 -- Ebola outbreak; 'the minister ... he said', unnamed WHO regional director in a statement, charity ('the group said'), unnamed nurse via AP split quote
    (
'''The Democratic Republic of Congo has declared a new Ebola outbreak in the central province of Kasai after laboratory tests confirmed the virus in samples from two patients who died last week, the country's health ministry said on Thursday.

At least 15 deaths, including those of four health workers, are being investigated as suspected cases, according to the World Health Organization (WHO).

"The situation is serious, but we have been here before, and our teams know what to do," health minister Dr Jean-Pierre Kabamba told reporters in Kinshasa. He said vaccination of contacts and front-line workers would begin within days, using a stockpile of 2,000 doses already in the country.

The minister urged people in affected areas not to wash or touch the bodies of the dead. "Traditional funerals are an act of love, but right now they are also how this virus spreads," he said.

The WHO said it was sending epidemiologists and logistics experts to the area. "Speed is everything in the first weeks of an Ebola outbreak," the agency's regional director for Africa said in a statement.

The medical charity Médecins Sans Frontières (MSF) said access to the outbreak zone was difficult, with many villages reachable only by motorcycle or on foot. "Roads in the area are impassable in the rainy season, which makes transporting samples and patients a huge challenge," the group said.

A nurse at the health centre in Bulape, where the first cases were identified, told the Associated Press that staff had not initially suspected Ebola. "We thought it was malaria or typhoid. We had no gloves, no masks," she said. "Now two of my colleagues are dead."''',
        [
            ("The situation is serious, but we", "Jean-Pierre Kabamba"),
            ("Traditional funerals are an act of", "Jean-Pierre Kabamba"),
            ("Speed is everything in the first", "~director"),
            ("Roads in the area are impassable", "Médecins Sans Frontières"),
            ("We thought it was malaria or", "~nurse"),
            ("Now two of my colleagues are", "~nurse"),
        ],
    ),
    # 18 -- ultra-processed food and depression (curly); partial quote inside paraphrase ('she said' parenthetical), industry association partial, outside expert named after quote, 'She added' paraphrase
    (
'''Adults in Japan who ate the most ultra-processed food were 28 percent more likely to develop depression over a decade than those who ate the least, according to a study published on Thursday in The Lancet Regional Health – Western Pacific.

The study followed 41,800 people aged 40 to 74 who were taking part in a long-running national health survey, and assessed their diets using detailed food questionnaires. Participants who ate the most ultra-processed food got about a third of their daily calories from products such as instant noodles, packaged snacks, sweetened drinks and processed meats.

“People often think of ultra-processed food as a Western problem, but in Japan its share of the diet has been rising steadily for thirty years,” said lead author Dr Haruka Sato of Tohoku University. “We wanted to know whether the links seen in Europe and America would show up here as well, and they did.”

Sato said the association remained after the researchers accounted for income, exercise, smoking and body weight. Artificial sweeteners and emulsifiers, she said, were among the ingredients “worth looking at closely”.

The Japan Processed Foods Association said in a statement that the category of ultra-processed food was “too vague to be useful”, because it lumped together instant noodles and wholemeal bread.

“It’s an interesting study with a big sample, but people who are already feeling low tend to reach for convenience food,” said Professor Alison McBride, a nutrition researcher at the University of Otago in New Zealand. “The arrow could point both ways.”

She added that the findings were nonetheless consistent with trials showing that improving diet can ease symptoms of depression.''',
        [
            ("People often think of ultra-processed food", "Haruka Sato"),
            ("We wanted to know whether the", "Haruka Sato"),
            ("worth looking at closely", "Haruka Sato"),
            ("too vague to be useful", "Japan Processed Foods Association"),
            ("It’s an interesting study with a", "Alison McBride"),
            ("The arrow could point both ways.", "Alison McBride"),
        ],
    ),
    # 19 -- Swiss glacier loss; present-tense 'says', female scientist 'she says', guide referred to as 'the 54-year-old', federal office statement
    (
'''Switzerland's glaciers lost 2.4 percent of their remaining volume this year, the second-largest annual loss on record, the Swiss Glacier Monitoring Network said on Tuesday.

The network, run jointly by several Swiss universities, said a winter with little snow followed by a long, hot summer had left the ice exposed for months. Scientists measure the glaciers by hand each spring and autumn, drilling stakes into the ice and recording how much of each stake has emerged.

"The trend is now absolutely clear, and it is accelerating," says Dr Andrea Keller, a glaciologist at ETH Zurich who heads the network. "We are measuring losses that the models predicted for the 2040s."

Keller says some smaller glaciers have been dropped from the monitoring programme because there is no longer enough ice left to measure.

"We stopped measuring one glacier in eastern Switzerland five years ago because it had effectively disappeared," she says. "This year we had to give up on two more."

The retreat is also changing life in mountain communities. Reto Caflisch, a mountain guide in Pontresina, has led tourists onto the Morteratsch glacier for 30 years.

"When I started, you could step straight from the path onto the ice," the 54-year-old told Swiss broadcaster SRF. "Now it's a 40-minute walk over rubble, and some of the routes I used to guide are simply gone."

The Federal Office for the Environment said the figures underlined the importance of the country's climate law, approved by voters in 2023. "Reducing emissions is the only lasting way to slow glacier loss," the office said in a statement.''',
        [
            ("The trend is now absolutely clear,", "Andrea Keller"),
            ("We are measuring losses that the", "Andrea Keller"),
            ("We stopped measuring one glacier in", "Andrea Keller"),
            ("This year we had to give", "Andrea Keller"),
            ("When I started, you could step", "Reto Caflisch"),
            ("Now it's a 40-minute walk over", "Reto Caflisch"),
            ("Reducing emissions is the only lasting", "Federal Office for the Environment"),
        ],
    ),
    # 20 -- Uganda malaria vaccine; official with title, alliance paraphrase only, unnamed mother via newspaper, paediatrician multi-sentence quote
    (
'''Uganda began vaccinating children against malaria on Wednesday, with health workers aiming to reach more than two million children under the age of two in 105 districts over the coming year.

The country, which has one of the highest malaria burdens in the world, is using the R21/Matrix-M vaccine, given in four doses starting at five months of age.

"This is a historic day for Ugandan families," said Dr Grace Nakato, the health ministry's commissioner for immunisation, at the launch in the eastern district of Tororo. "Malaria kills more of our children than any other disease. Today we add a new tool to the bed nets and the medicines."

Nakato stressed that the vaccine was not a replacement for other measures. "Parents must keep children under nets every single night," she said. "The vaccine reduces the risk; it does not remove it."

Gavi, the Vaccine Alliance, which is helping to pay for the rollout, said in a statement that it expected 20 African countries to have introduced malaria vaccines by the end of next year.

Outside the clinic in Tororo, a mother of three who had walked for two hours to bring her youngest son said she had lost a daughter to malaria in 2021. "If this injection had been there, maybe she would be alive," she told the Daily Monitor.

Dr Joseph Ssempala, a paediatrician at Mulago Hospital in Kampala, said the vaccine's impact would depend on whether children came back for all four doses. "The first dose is the easy one. The fourth dose, eighteen months later, is where programmes struggle," he said.''',
        [
            ("This is a historic day for", "Grace Nakato"),
            ("Malaria kills more of our children", "Grace Nakato"),
            ("Parents must keep children under nets", "Grace Nakato"),
            ("The vaccine reduces the risk; it", "Grace Nakato"),
            ("If this injection had been there,", "~mother"),
            ("The first dose is the easy", "Joseph Ssempala"),
        ],
    ),
    # 21 -- Antarctic sea ice low (curly); data centre partial quote ('The centre said'), 'the oceanographer', two men in turn, quote with no cue in its paragraph ('He added' before), 'his colleague'
    (
'''Sea ice around Antarctica has shrunk to its lowest winter extent since satellite records began in 1979, according to data released on Monday by the US National Snow and Ice Data Center (NSIDC).

The ice reached its maximum for the year on 10 September at 16.9 million square kilometres, about 1.5 million square kilometres below the 1981–2010 average, an area roughly the size of Mongolia. The centre said in its monthly update that Antarctic sea ice “may have entered a new, lower regime”.

“For decades Antarctic sea ice was the puzzle that didn’t fit, because it stayed stable or even grew while the Arctic melted,” said Dr Thomas Reinholt, an oceanographer at the Alfred Wegener Institute in Bremerhaven, Germany. “That period is over.”

The oceanographer said warmer water welling up from the deep Southern Ocean was now melting the ice from below.

Dr Liam Fairweather, a sea ice physicist at the British Antarctic Survey in Cambridge, was more cautious about whether the change was permanent. “Three years in a row of extreme lows is very unusual, but the satellite record is short,” he said.

He added that the loss could speed up warming, because open water absorbs far more sunlight than ice does. “Less ice means a darker ocean, and a darker ocean soaks up more heat.”

Reinholt did not share his colleague’s caution. “I would be very surprised to see the ice return to where it was in the 2010s,” he told Der Spiegel.

The NSIDC said it would publish a full analysis of the season next month.''',
        [
            ("may have entered a new, lower regime", "US National Snow and Ice Data Center"),
            ("For decades Antarctic sea ice was", "Thomas Reinholt"),
            ("That period is over.", "Thomas Reinholt"),
            ("Three years in a row of", "Liam Fairweather"),
            ("Less ice means a darker ocean,", "Liam Fairweather"),
            ("I would be very surprised to", "Thomas Reinholt"),
        ],
    ),
    # 22 -- gene-edited wheat trial; government department partial, campaign group director named after quote, 'insisted', farmer 'told Farmers Weekly'
    (
'''British scientists have been given permission to plant a gene-edited wheat designed to cope with heat and drought, the first field trial of its kind approved under new precision breeding rules in England.

The trial, run by the John Innes Centre in Norwich, will test the wheat on a two-hectare site over three growing seasons. The plants have been edited to reduce the activity of a gene that makes them close the pores on their leaves in hot weather, which slows their growth.

"Last summer's harvest showed exactly what's at stake," said project leader Dr Sarah Whitcombe. "When temperatures go above 32 degrees during flowering, yields can fall by a fifth. We want to give farmers varieties that can take the heat."

The Department for Environment, Food and Rural Affairs said the trial had been approved after "a thorough assessment of risks to human health and the environment".

The campaign group Seed Sovereignty Network said the new rules had been rushed through. "Gene editing is genetic modification by another name, and shoppers have a right to know what they are eating," said its director, Paul Haskins.

Whitcombe insisted the comparison was misleading. "The change we've made could in principle have happened through conventional breeding. We've just done it in two years instead of fifteen," she said.

Farmers' leaders welcomed the news. "Growers are crying out for resilience," Tom Brinsley, a Lincolnshire arable farmer who sits on the National Farmers' Union's combinable crops board, told Farmers Weekly.

The first crop is expected to be harvested in August next year, with full results published after the third season.''',
        [
            ("Last summer's harvest showed exactly what's", "Sarah Whitcombe"),
            ("When temperatures go above 32 degrees", "Sarah Whitcombe"),
            ("a thorough assessment of risks to", "Department for Environment, Food and Rural Affairs"),
            ("Gene editing is genetic modification by", "Paul Haskins"),
            ("The change we've made could in", "Sarah Whitcombe"),
            ("Growers are crying out for resilience", "Tom Brinsley"),
        ],
    ),
    # 23 -- PFAS in Dutch wells; scare-quoted nickname (not a quote), institute statement 'the institute said', ministry partial, resident named then 'the 70-year-old', toxicologist
    (
'''Residents of a Dutch village near a former military airfield have been told not to drink water from private wells after tests found "forever chemicals" at up to 40 times the recommended limit, the Netherlands' public health institute RIVM said on Wednesday.

The contamination with PFAS, a family of synthetic chemicals used in firefighting foam, was discovered during routine sampling of groundwater around the village of Haarsveld in the province of Gelderland. Tests on 38 private wells found PFAS in all but three of them.

"We advise people not to use well water for drinking, cooking or watering vegetable gardens until further notice," the institute said in a statement. "There is no immediate danger, but long-term exposure to these substances should be avoided."

The Ministry of Defence, which used the airfield until 2011, said it was "taking the findings very seriously" and would pay for bottled water and for blood tests for residents who wanted them.

Wim van der Berg has lived beside the airfield since 1978. He and his wife drank their well water for more than four decades.

"We were told it was the cleanest water in the country," the 70-year-old said. "Now I lie awake at night wondering what's in my blood."

Dr Anouk Verhoeven, an environmental toxicologist at Utrecht University, said PFAS had been linked to kidney cancer, thyroid disease and weaker responses to vaccines in children. "Blood testing is a good first step, but people will want to know what the numbers mean for them, and honestly, science can't always tell them," she said.''',
        [
            ("We advise people not to use", "RIVM"),
            ("There is no immediate danger, but", "RIVM"),
            ("taking the findings very seriously", "Ministry of Defence"),
            ("We were told it was the", "Wim van der Berg"),
            ("Now I lie awake at night", "Wim van der Berg"),
            ("Blood testing is a good first", "Anouk Verhoeven"),
        ],
    ),
    # 24 -- mpox vaccines (curly); 'Asked ... she replied:', company told Reuters via spokesperson, epidemiologist, unnamed aid coordinator via AP
    (
'''Africa’s top public health agency has warned that mpox is spreading faster than vaccines are arriving, with more than 30,000 suspected cases reported across 16 countries since the start of the year.

“We are chasing the virus, and the virus is winning,” said Dr Ngozi Adeyemi, head of the emergency response unit at the Africa Centres for Disease Control and Prevention (Africa CDC), at the agency’s weekly briefing on Thursday.

Adeyemi said about 500,000 doses had been delivered to the continent, against an estimated need of 10 million. Asked whether wealthy countries had kept their promises, she replied: “Some have, some have not. Pledges do not vaccinate anybody. Doses in arms do.”

She said the agency was asking governments to give priority to health workers and to children in the worst-affected areas until supplies improved.

The vaccine’s manufacturer, Nordvax, told Reuters it had the capacity to produce 13 million doses this year. “The limiting factor is not production but financing and orders,” a company spokesperson said.

Professor Kwame Mensah, an epidemiologist at the University of Ghana, said a newer strain of the virus appeared to spread more readily through close household contact. “This is no longer just a disease of particular networks. Children are now a large share of cases,” he said.

In eastern Congo, where most cases have been reported, aid workers said camps for displaced people were especially vulnerable. “People are sleeping ten to a tent. When one person gets it, everybody gets it,” a health coordinator with the International Rescue Committee in Goma told the Associated Press.''',
        [
            ("We are chasing the virus, and", "Ngozi Adeyemi"),
            ("Some have, some have not. Pledges", "Ngozi Adeyemi"),
            ("The limiting factor is not production", "Nordvax"),
            ("This is no longer just a", "Kwame Mensah"),
            ("People are sleeping ten to a", "~coordinator"),
        ],
    ),
    # 25 -- youth vaping survey; charity chief named after quote, partial quote 'described ... as', trade association statement, academic split quote, unnamed teacher 'told the BBC'
    (
'''The proportion of 11- to 17-year-olds in Britain who vape has fallen for the first time in five years following the ban on disposable e-cigarettes, according to an annual survey published on Tuesday by the charity Smokefree Youth Trust.

The survey of 2,600 young people found that 6.9 percent currently vaped, down from 8.6 percent the previous year. The share who said they had never tried a vape rose slightly.

"It's encouraging, but let's not pretend the job is done," said the trust's chief executive, Helen Marchant. "Reusable vapes in the same sweet flavours and bright colours are still on sale in corner shops up and down the country."

Marchant described the industry's marketing to young people as "cynical and relentless". She called on ministers to ban sweet-shop flavours and require plain packaging.

The Independent Vape Retailers' Association said the survey showed that regulation was working, and argued that further restrictions risked driving adult smokers back to cigarettes. "Vapes are the most effective quit tool we have, and the vast majority of users are adults," the association said in a statement.

Professor Linda Osborne, who studies tobacco control at the University of Stirling, said both sides had a point. "Both things can be true at once," she said. "Vaping helps adult smokers quit, and it should never be marketed to children."

One secondary school teacher in Manchester said vaping in school toilets had become less visible but had not gone away. "They've just got better at hiding it," he told the BBC.''',
        [
            ("It's encouraging, but let's not pretend", "Helen Marchant"),
            ("Reusable vapes in the same sweet", "Helen Marchant"),
            ("cynical and relentless", "Helen Marchant"),
            ("Vapes are the most effective quit", "Independent Vape Retailers' Association"),
            ("Both things can be true at", "Linda Osborne"),
            ("Vaping helps adult smokers quit, and", "Linda Osborne"),
            ("They've just got better at hiding", "~teacher"),
        ],
    ),
    # 26 -- street trees and heat; researcher partial inside paraphrase, mayor 'wrote on Facebook' / 'she wrote', developers' body through a spokesperson
    (
'''Streets with dense tree cover in Australian cities can be up to 12 degrees Celsius cooler at pavement level on hot afternoons than nearby streets without trees, according to a study of 12 cities published on Monday by researchers at Western Sydney University.

The team used thermal cameras mounted on cars to record surface temperatures along 1,400 kilometres of residential streets during heatwaves in the summers of 2022 and 2023. The coolest streets had trees on both sides whose canopies met overhead. The study was funded by the state government's climate adaptation programme.

"On a 40-degree day, the footpath on a bare street can hit 60 degrees. That's hot enough to burn a child's feet or a dog's paws," said lead researcher Dr Emily Tran. "Under a good canopy, the same footpath stays in the forties."

Tran said new housing estates on the fringes of Sydney and Melbourne were being built with almost no room for street trees, a practice she described as "designing heat traps for the next fifty years".

Councillor Maria Kostas, mayor of Westmere City Council in Sydney's west, wrote on Facebook that the council would plant 20,000 street trees over the next five years. "Our residents live the urban heat island every summer. This study confirms what they already know," she wrote.

The Property Developers Council said its members already had to meet landscaping standards. "The industry stands ready to work with councils on practical solutions that don't push up the cost of new homes," a spokesperson said.''',
        [
            ("On a 40-degree day, the footpath", "Emily Tran"),
            ("Under a good canopy, the same", "Emily Tran"),
            ("designing heat traps for the next", "Emily Tran"),
            ("Our residents live the urban heat", "Maria Kostas"),
            ("The industry stands ready to work", "Property Developers Council"),
        ],
    ),
    # 27 -- textile waste in Ghana (curly); NGO research director named after quote, unnamed market trader, European Commission partial statement, agency official 'told ... Joy News'
    (
'''Tonnes of second-hand clothing shipped from Europe and North America to Ghana are ending up in the sea, where synthetic fibres are breaking down into microplastics along the country’s coastline, according to a report released on Wednesday by the environmental group Coastal Futures Ghana.

The group’s researchers surveyed 18 beaches around Accra over a year and found that textile waste, much of it polyester, made up more than half of all litter by weight on some stretches of shoreline. Ghana imports around 15 million used garments every week, according to traders' estimates, and some of the clothing that cannot be sold is burned in open dumps on the edge of the city.

“These are not donations any more, they are waste exports,” said the group’s research director, Abena Owusu. “Europe has found a way to outsource its landfill.”

At Kantamanto market in Accra, one of the world’s largest second-hand clothing markets, traders buy bales of clothing without being able to see what is inside. “When you open a bale, maybe half is good to sell. The rest is rubbish,” said one trader, who has worked at the market for 19 years.

The European Commission, which plans to make clothing brands responsible for the waste their products generate, said in a statement that new rules would “ensure producers pay for collecting and treating textile waste, including when it is exported”.

Ghana’s Environmental Protection Agency said it was considering limits on the share of unusable clothing allowed in imported bales. “We cannot become the dumping ground for the fashion industry,” the agency’s deputy director, Kofi Asante, told the Ghanaian broadcaster Joy News.''',
        [
            ("These are not donations any more,", "Abena Owusu"),
            ("Europe has found a way to", "Abena Owusu"),
            ("When you open a bale, maybe", "~trader"),
            ("ensure producers pay for collecting and", "European Commission"),
            ("We cannot become the dumping ground", "Kofi Asante"),
        ],
    ),
    # 28 -- new titanosaur species; farmer first named in passing then quoted via newspaper, museum researcher after quote, outside specialist
    (
'''Palaeontologists in Argentina have described a new species of long-necked dinosaur from fossils found on a sheep farm in Patagonia, a giant they estimate was about 30 metres long and weighed as much as eight elephants.

The species has been named Arenatitan fariasi, after farmer Juan Farías, who found the first bone while repairing a fence on his land in Chubut province in 2018. It is described in a paper published this week in the journal Cretaceous Research.

"When Juan sent us a photo of a vertebra as big as a car tyre, we got in the truck the same afternoon," said Dr Lucía Maldonado of the Egidio Feruglio Palaeontology Museum in Trelew, who led the excavation.

The team spent five field seasons recovering 96 bones, around 40 percent of the skeleton. Maldonado said the animal lived about 95 million years ago and belonged to a group of titanosaurs previously known only from scattered fragments. Marks on several bones suggest that its carcass was scavenged by meat-eating dinosaurs after it died.

Farías told the newspaper Clarín that he had been astonished to see his name in a scientific journal. "I'm a sheep farmer. The most famous thing I had ever found before this was a lost ram," he said.

Dr Michael Greaves, a specialist in long-necked dinosaurs at the Natural History Museum in London, said the find was significant because the skeleton was so complete. "Most titanosaurs are known from a handful of bones, so a skeleton like this is a real gift," he said.

Greaves added that the new material would help researchers work out how the largest sauropods supported their enormous weight on land.''',
        [
            ("When Juan sent us a photo", "Lucía Maldonado"),
            ("I'm a sheep farmer. The most", "Juan Farías"),
            ("Most titanosaurs are known from a", "Michael Greaves"),
        ],
    ),
    # 29 -- Candida auris hospital outbreak; health service partial quote, hospital spokesperson (organisation), microbiologist after quote, union officer 'told RTÉ News'
    (
'''Health authorities in Ireland are investigating an outbreak of the drug-resistant fungus Candida auris at a hospital in Cork, after 11 patients were found to be carrying the organism and two developed bloodstream infections.

The Health Service Executive (HSE) said on Friday that two wards at Mercy Bridge University Hospital had been closed to new admissions while deep cleaning was carried out, and that the risk to the wider public was "very low".

"Patient safety is our absolute priority, and we are following national infection control guidance in full," a spokesperson for the hospital said. All patients on the affected wards are being screened twice a week. The HSE said contact tracing was under way and that visiting on the affected wards had been restricted.

Candida auris, first identified in Japan in 2009, can survive for weeks on surfaces and is resistant to many antifungal drugs. It is most dangerous to patients who are already seriously ill, and cases have risen sharply across Europe over the past five years.

"It's a hospital organism par excellence. It sticks to bed rails, to equipment, to skin, and standard disinfectants don't always kill it," said Dr Aoife Callaghan, a consultant microbiologist at University College Cork. Callaghan said screening patients transferred from other hospitals was the most effective defence.

The Irish Nurses and Midwives Organisation said staff had been raising concerns about overcrowding at the hospital for months. "You cannot isolate patients properly when there are people on trolleys in the corridors," the union's regional officer, Declan Murphy, told RTÉ News.''',
        [
            ("very low", "Health Service Executive"),
            ("Patient safety is our absolute priority,", "Mercy Bridge University Hospital"),
            ("It's a hospital organism par excellence.", "Aoife Callaghan"),
            ("You cannot isolate patients properly when", "Declan Murphy"),
        ],
    ),
    # 30 -- light pollution and songbirds (curly); commentary author 'wrote' partial, 'De Vries ... he said', city council through a spokesperson
    (
'''Songbirds living in brightly lit city centres start breeding up to three weeks earlier than birds of the same species in the countryside, potentially putting their chicks out of step with the caterpillars they feed on, according to a study published on Thursday in the journal Nature Ecology & Evolution.

Researchers led by the Netherlands Institute of Ecology monitored nests of great tits and blue tits in 12 European cities over six breeding seasons and compared laying dates with satellite measurements of night-time brightness. Both species normally time their breeding so that their chicks hatch when caterpillars are most abundant.

“The birds are essentially being told by the streetlights that spring has arrived,” said lead author Dr Maarten de Vries. “The trouble is that the caterpillars aren’t listening to the streetlights. They follow temperature.”

In a commentary published alongside the paper, Dr Hannah Lowe of the University of Glasgow, who was not involved in the research, wrote that the study was “a clear demonstration that light is a pollutant with ecological consequences, not just an aesthetic nuisance”.

De Vries said cities could reduce the effect by dimming lights late at night or pointing them downwards. “We are not asking anyone to switch the lights off. Just point them at the pavement rather than the sky,” he said.

Utrecht city council said it would use the findings in a trial of dimmable LED streetlights in two neighbourhoods next year. “Good lighting means lighting where it’s needed, when it’s needed,” a council spokesperson said.''',
        [
            ("The birds are essentially being told", "Maarten de Vries"),
            ("The trouble is that the caterpillars", "Maarten de Vries"),
            ("a clear demonstration that light is", "Hannah Lowe"),
            ("We are not asking anyone to", "Maarten de Vries"),
            ("Good lighting means lighting where it’s", "Utrecht city council"),
        ],
    ),
]
STORIES_AV = [
    # 1 -- brush fire evacuation; spokeswoman named after quote, unnamed resident later "the woman", split quote with pronoun cue
    (
'''A fast-moving brush fire forced the evacuation of about 400 homes in the foothills east of Redmond Springs on Tuesday afternoon, as gusty winds pushed flames across a ridge and toward a cluster of subdivisions off State Route 58.

The fire, which officials said started near a roadside pullout shortly after 1 p.m., had burned an estimated 1,150 acres by nightfall and was 5 percent contained.

"This thing moved faster than anything we've seen this season," said Fire Chief Roland Akers of the Tamarack County Fire Protection District. "We had crews on it within 12 minutes, and it was already running uphill."

Akers said two outbuildings had been destroyed but no homes had been lost as of 8 p.m. One firefighter was treated for heat exhaustion and released, he said.

Deputies went door to door in the Pine Hollow and Cedar Bluff neighborhoods, according to the Tamarack County Sheriff's Office.

"If a deputy knocks on your door, please do not argue with them. Grab your medications, grab your pets and go," said Lt. Dana Ruiz, a spokeswoman for the sheriff's office.

Ruiz said an evacuation center had been opened at Redmond Springs High School, where the American Red Cross was providing cots and meals.

The National Weather Service issued a red flag warning for the area through Thursday evening. Meteorologist Kevin Trask, who works in the agency's Pendleton office, said gusts of up to 45 mph were expected overnight.

"The humidity is not going to recover much tonight. That's the concern. We don't get that overnight break that firefighters usually count on," Trask said.

One resident of Cedar Bluff, who stood with her two dogs in the high school parking lot, said she had about 10 minutes to leave.

"I saw the smoke turn black and I just knew. I took the photo albums and the dogs. Everything else is just stuff," the woman said.

The cause of the fire was under investigation. Akers declined to speculate but urged residents to avoid any activity that could throw sparks, including mowing dry grass and target shooting.

"We are asking people to be smart," he said, "because we cannot afford a second start right now."''',
        [
            ("This thing moved faster than anything", "Roland Akers"),
            ("We had crews on it within", "Roland Akers"),
            ("If a deputy knocks on your", "Dana Ruiz"),
            ("The humidity is not going to", "Kevin Trask"),
            ("I saw the smoke turn black", "~resident"),
            ("We are asking people to be", "Roland Akers"),
            ("because we cannot afford a second", "Roland Akers"),
        ],
    ),
    # 2 -- council vote (curly quotes); one-word partial quote, two women council members in turn, developer statement, group posting on Facebook
    (
'''The Millbrook City Council voted 5-2 late Monday to approve a 312-unit apartment complex on the former Hartwell Lumber site, ending a months-long fight that packed the council chambers for a third straight meeting.

Supporters said the project would ease a housing shortage that has pushed median rents in the city up nearly 30 percent since 2020. Opponents, many of them residents of the single-family neighborhoods that border the site, warned of traffic and crowded schools.

Council member Janet Okafor, who represents the district that includes the site, cast one of the two no votes. She described the developer’s traffic study as “reckless” and said it relied on counts taken during a school holiday.

“We are being asked to take it on faith. I don’t take a 312-unit building on faith,” Okafor said.

Council member Teresa Vance, who voted in favor, said the city could not keep turning away housing.

“Every month we wait, another teacher or nurse decides they can’t afford to live here. I understand the worries about traffic. I share some of them. But the answer cannot always be no,” Vance said.

Okafor replied that she was not opposed to housing on the site, only to the scale of the project. “Give me 200 units and a real turn lane and I’ll vote yes tomorrow,” she said.

Mayor Phil Dunning, who votes only to break ties, told reporters after the meeting that he expected the decision to be appealed.

“I’d be surprised if this is the last we hear of it,” Dunning said.

The developer, Cascadia Residential Partners, said in a statement that it was “grateful to the council for its careful consideration” and planned to break ground next spring.

A group of neighbors calling itself Save Hartwell Park said it was weighing its legal options. “This is not over,” the group posted on Facebook shortly after the vote.

The project includes 31 units set aside for households earning less than 80 percent of the area median income, according to city planning documents.''',
        [
            ("reckless", "Janet Okafor"),
            ("We are being asked to take", "Janet Okafor"),
            ("Every month we wait, another teacher", "Teresa Vance"),
            ("Give me 200 units and a", "Janet Okafor"),
            ("I’d be surprised if this is", "Phil Dunning"),
            ("grateful to the council for its", "Cascadia Residential Partners"),
            ("This is not over", "Save Hartwell Park"),
        ],
    ),
    # 3 -- bus driver shortage; quote running over two paragraphs, "told the Valley Courier", partial quote, unnamed mother with split quote
    (
'''The Harlan Valley Unified School District will cancel six bus routes starting Monday because it cannot find enough drivers, leaving about 900 students to find another way to school, district officials announced Thursday.

Superintendent Dr. Monica Ellsworth said the district had 11 vacancies out of 58 driver positions and had exhausted its list of substitutes.

"We have supervisors driving routes. We have mechanics driving routes. I have driven a route," Ellsworth said at a news conference outside the district's transportation yard. "We are out of people.

"I know this is going to be hard for families, and I am sorry. But I will not put an untrained driver behind the wheel of a bus full of children."

The affected routes serve mostly the rural northern part of the district, where some students live more than 10 miles from their schools. The district will offer families a mileage reimbursement of 58 cents per mile, according to a letter sent to parents Wednesday night.

Carl Mendoza, president of the Harlan Valley Classified Employees Association, which represents drivers, said the shortage was predictable.

"Drivers here start at $19 an hour. The Amazon warehouse down the highway starts at $22. You don't need a consultant to figure out where people are going," Mendoza told the Valley Courier.

Mendoza said the union had proposed a $3 raise and a $2,000 signing bonus during negotiations last spring. The district countered with 4 percent, he said.

Asked about the union's proposal, Ellsworth said the district was "open to every conversation" but was constrained by a projected $4.1 million budget deficit.

A mother of two at Northfork Elementary, who asked not to be named because she works for the district, said she would have to cut her hours.

"My shift starts at 7. The bell rings at 8:10. There's no way to do both," she said. "So something gives, and it's going to be my paycheck."

School board president Alan Whitcomb said the board would hold a special meeting next Tuesday to discuss emergency pay incentives.

"Nothing is off the table," Whitcomb said.''',
        [
            ("We have supervisors driving routes.", "Monica Ellsworth"),
            ("We are out of people.", "Monica Ellsworth"),
            ("Drivers here start at $19 an", "Carl Mendoza"),
            ("open to every conversation", "Monica Ellsworth"),
            ("My shift starts at 7. The", "~mother"),
            ("So something gives, and it's going", "~mother"),
            ("Nothing is off the table", "Alan Whitcomb"),
        ],
    ),
    # 4 -- winter storm (curly); agency as speaker of partial quotes, governor statement split around "the statement said", NWS posting on X, unnamed shopper
    (
'''The National Weather Service is warning that a winter storm moving in from the Plains could drop 8 to 14 inches of snow across much of central Iowa between Friday night and Sunday morning, with blowing snow making travel “nearly impossible” in open country.

A winter storm warning takes effect at 6 p.m. Friday for 31 counties, including Polk, Story and Dallas.

“This is the kind of storm where the wind is just as much of a problem as the snow. Once it starts blowing on Saturday afternoon, visibility in rural areas could drop to near zero,” said Rachel Gunderson, a meteorologist with the weather service.

Gunderson said wind gusts could reach 40 mph Saturday, and wind chills were expected to fall to 25 below zero by Sunday morning.

The Iowa Department of Transportation said it had 900 plows ready and would pre-treat major highways Friday.

“Our crews will be out around the clock, but there will be stretches of interstate we simply cannot keep clear. If you don’t have to travel Saturday, please don’t,” said Mark Dillard, a spokesman for the department.

Gov. Linda Harwell said in a statement that she had directed state agencies to prepare for power outages and road closures. “Iowans know winter,” the statement said, “but no one should take this storm lightly.”

The weather service’s Des Moines office posted on X on Thursday afternoon that confidence in the forecast was high, adding, “Now is the time to finish your errands.”

At a grocery store in Ankeny, shoppers cleared shelves of bread and milk Thursday evening. One man loading a cart with bottled water and rock salt said he had lived in Iowa all his life.

“You get a few of these every winter. You just don’t want to be the guy in the ditch,” he said.

Gunderson said the heaviest snow was most likely along and north of Interstate 80, though she cautioned that a shift of 50 miles in the storm’s track could change totals significantly.''',
        [
            ("nearly impossible", "National Weather Service"),
            ("This is the kind of storm", "Rachel Gunderson"),
            ("Our crews will be out around", "Mark Dillard"),
            ("Iowans know winter", "Linda Harwell"),
            ("but no one should take this", "Linda Harwell"),
            ("Now is the time to finish", "National Weather Service"),
            ("You get a few of these", "~man"),
        ],
    ),
    # 5 -- police shooting; chief told reporters, partial quote, spokesman in an email, sister told the Ledger, DA told The Associated Press, union statement with two partials
    (
'''Police in Castleton said Wednesday that an officer shot and wounded a man who had fired at officers during a traffic stop on the city's east side late Tuesday night.

The man, identified as 34-year-old Derrick Lyle of Castleton, was in critical but stable condition at Mercy Regional Medical Center, Police Chief Angela Barrow told reporters at a news briefing. No officers were injured.

Barrow said officers stopped a silver sedan on Orchard Avenue around 11:40 p.m. for an expired registration. Within seconds of the first officer approaching the car, she said, the driver fired at least two rounds through the driver's side window.

"Our officer had time to take one step back. That is how fast this happened," Barrow said.

The officer, a six-year veteran whose name has not been released, returned fire, striking Lyle at least once, the chief said. The officer has been placed on paid administrative leave, which Barrow described as "standard procedure and not a judgment of any kind."

Body camera footage of the stop will be released within 30 days under a city policy adopted in 2021, she said.

The State Bureau of Investigation is leading the investigation, as required by state law whenever a police officer fires a weapon at a person.

"We will go where the evidence takes us. That includes a full review of the officer's actions," SBI spokesman Tony Ferrante said in an email.

Lyle's sister, Keisha Lyle, told the Castleton Ledger that her brother had struggled with his mental health since returning from military service.

"He needed help, not a traffic stop at midnight. I'm not saying what he did was right. I'm saying nobody was listening," she said.

District Attorney Raymond Colt said his office would review the SBI's findings before deciding whether charges were warranted against either Lyle or the officer.

"It's far too early for anyone to draw conclusions," Colt told The Associated Press on Wednesday.

The Castleton Fraternal Order of Police Lodge 14 said in a statement that the officer "acted exactly as he was trained to act" and that the union was "thankful he is going home to his family."''',
        [
            ("Our officer had time to take", "Angela Barrow"),
            ("standard procedure and not a judgment", "Angela Barrow"),
            ("We will go where the evidence", "Tony Ferrante"),
            ("He needed help, not a traffic", "Keisha Lyle"),
            ("It's far too early for anyone", "Raymond Colt"),
            ("acted exactly as he was trained", "Castleton Fraternal Order of Police Lodge 14"),
            ("thankful he is going home to", "Castleton Fraternal Order of Police Lodge 14"),
        ],
    ),
    # 6 -- plant closure; company statement, union president, worker later "the 61-year-old" who asks a question, mayor partial quote, state senator wrote on X, unattributed sign
    (
'''Brightline Appliance Co. will close its dishwasher plant in Fort Albion by the end of March and move production to Mexico, eliminating about 640 jobs in a town of fewer than 12,000 people, the company announced Monday.

Workers were told of the decision at a series of shift meetings Monday morning, according to several employees and a union official.

"The decision to close a facility is never an easy one, and it is not a reflection on the dedication of our Fort Albion team. Changing market conditions have made it necessary to consolidate our manufacturing footprint," Brightline said in a statement.

The plant, which opened in 1967, is the largest private employer in Monroe County.

Gary Pruitt, president of United Steelworkers Local 2291, said the union had not been told in advance.

"They brought us in, read off a piece of paper and left. Twenty minutes. Some of these people have been on that line for 30 years," Pruitt said.

Pruitt, 58, said he had worked at the plant for 34 years, starting on the loading dock.

Linda Castellano, who has assembled door panels at the plant since 2004, said she did not know what she would do.

"My husband works there too. So that's both of us, same day," Castellano said as she left the plant's north gate.

The 61-year-old said she was too young to retire and too old, she feared, to start over. "Who's going to hire me?" she asked.

By Monday afternoon, a hand-lettered sign had been taped to the chain-link fence near the gate. It read, "57 years. Thanks for nothing."

Fort Albion Mayor Doug Renner called the announcement "a gut punch" and said the city would lose roughly a fifth of its water and sewer revenue when the plant closes.

"We'll survive this. We've survived worse. But I'm not going to stand here and pretend it doesn't hurt," Renner said.

State Sen. Patricia Gorman, a Republican whose district includes Fort Albion, wrote on X that she had spoken with the company's chief executive and urged him to reconsider. "These are the best workers in the country, and Brightline knows it," she wrote.

The state Department of Workforce Development said it would send a rapid response team to help laid-off workers apply for unemployment benefits and retraining.''',
        [
            ("The decision to close a facility", "Brightline Appliance Co."),
            ("They brought us in, read off", "Gary Pruitt"),
            ("My husband works there too", "Linda Castellano"),
            ("Who's going to hire me?", "Linda Castellano"),
            ("57 years. Thanks for nothing.", None),
            ("a gut punch", "Doug Renner"),
            ("We'll survive this. We've survived worse", "Doug Renner"),
            ("These are the best workers in", "Patricia Gorman"),
        ],
    ),
    # 7 -- river flooding; emergency director, resident later "the 71-year-old", Corps spokeswoman named after quote, governor "told reporters" then "he continued"
    (
'''The Little Sauk River crested nearly 9 feet above flood stage in Granby on Sunday, swamping dozens of homes in the town's low-lying Riverside neighborhood and closing the only highway bridge into town for most of the day.

No injuries were reported, but emergency crews made more than 40 water rescues overnight Saturday, most of them by boat, according to Harmon County Emergency Management.

"People were on their roofs. People were on their porches with water up to their chests. Our crews did tremendous work in some very dangerous conditions," said Jim Halvorsen, the county's emergency management director.

Halvorsen said the river rose faster than forecast after storms dumped up to 7 inches of rain on the upper part of the watershed Friday night.

Among those rescued was Edna Pulaski, who has lived in a small white house on Front Street since 1979. She said she woke up around 2 a.m. to the sound of water coming through the kitchen floor.

"I've been through three floods in this house. This one was different. It came up so fast I didn't even get my shoes on," the 71-year-old said Sunday from a cot at Granby Lutheran Church, where the Red Cross had set up a shelter.

Pulaski said a firefighter carried her to a boat. She said she did not yet know how much of her house could be saved.

"Whatever's left, I'll clean it up. That's what you do," she said.

The U.S. Army Corps of Engineers said a levee protecting the town's sewage treatment plant had held, though crews were monitoring several spots where water was seeping through.

"We're seeing some boils on the landward side, which is not unusual at these levels, but we are watching them closely," said Heather Lindqvist, a spokeswoman for the Corps' Rock Island District.

Gov. Thomas Eberly toured the area by helicopter Sunday afternoon and said he would ask for a federal disaster declaration.

"When you see it from the air, you understand how much of this town is under water," Eberly told reporters at the Granby fire station.

"These families are going to need help, and they're going to need it for a long time," he continued.

The National Weather Service said the river was expected to fall below flood stage by Wednesday, barring more heavy rain.''',
        [
            ("People were on their roofs.", "Jim Halvorsen"),
            ("I've been through three floods in", "Edna Pulaski"),
            ("Whatever's left, I'll clean it up", "Edna Pulaski"),
            ("We're seeing some boils on the", "Heather Lindqvist"),
            ("When you see it from the", "Thomas Eberly"),
            ("These families are going to need", "Thomas Eberly"),
        ],
    ),
    # 8 -- missing hiker found (curly); "according to" the sheriff's office, sheriff, sergeant, sister told KTVB-TV, hiker's statement through hospital
    (
'''A 26-year-old hiker who had been missing for four days in the Sawtooth backcountry was found alive Thursday morning, dehydrated and with a broken ankle but “in remarkably good spirits,” according to the Custer County Sheriff’s Office.

Owen Maddox of Boise was spotted by the crew of an Idaho National Guard helicopter about 300 yards off a trail near Alpine Lake, roughly 3 miles from where his car had been found Monday, Sheriff Bill Tolliver said.

“He heard the helicopter and waved a red jacket, and that’s what the crew saw. That jacket probably saved his life,” Tolliver said.

Maddox had set out Saturday for what he told friends would be a day hike. When he failed to show up for work Monday, his roommate called authorities.

More than 60 searchers, including volunteers from three counties and dog teams from Washington state, had been combing the area since Monday afternoon.

Tolliver said Maddox told rescuers he had slipped on a talus slope Saturday afternoon and could not put weight on his left foot. He crawled to a small stream, where he was able to drink, and sheltered under a rock overhang at night.

“He did a lot of things right. He stayed near water. He stayed put. He didn’t try to hike out on a broken ankle,” said Sgt. Marcy Hollister, who coordinated the search for the sheriff’s office.

Hollister said the one thing Maddox did not do was leave a detailed plan with anyone. “If we had known which trail he was taking, we probably find him on day one,” she said.

Maddox’s sister, Kelsey Maddox, said the family had been preparing for the worst.

“When the phone rang this morning I almost didn’t answer it. And then the deputy told me they found him and he was talking. I just sat down on the floor,” she told KTVB-TV.

Owen Maddox was flown to St. Luke’s Magic Valley Medical Center in Twin Falls. A hospital spokeswoman said he was in fair condition Thursday afternoon.

In a brief statement released through the hospital, Maddox thanked the searchers. “I owe every one of them a beer, and probably a lot more than that,” he said.''',
        [
            ("in remarkably good spirits", "Custer County Sheriff’s Office"),
            ("He heard the helicopter and waved", "Bill Tolliver"),
            ("He did a lot of things", "Marcy Hollister"),
            ("If we had known which trail", "Marcy Hollister"),
            ("When the phone rang this morning", "Kelsey Maddox"),
            ("I owe every one of them", "Owen Maddox"),
        ],
    ),
    # 9 -- Senate vote; "the senator from Kansas", White House statement partial, spokesman partial, anonymous official told Reuters, rancher in phone interview
    (
'''WASHINGTON - The Senate voted 52-47 on Thursday to approve a $14 billion package of disaster aid for farmers and ranchers hit by last year's drought and wildfires, sending the measure to the House, where its prospects remain uncertain.

The bill's chief sponsor, Sen. Margaret Hale, D-Mont., said the money was long overdue.

"There are ranchers in my state who sold off half their herds last summer because there was no grass and no hay. They have been waiting for this body to act for 11 months. Eleven months," Hale said on the Senate floor before the vote.

Five Republicans joined all Democrats in supporting the measure. Sen. Curtis Bram, R-Kan., who voted against it, said he supported disaster aid but objected to a provision that would expand eligibility to some large agricultural operations.

"This is not a bill for the family farm. Read the fine print. A good chunk of this money goes to operations that are doing just fine," Bram said.

Hale disputed that. "The senator from Kansas knows exactly who applies for these programs, and it isn't Wall Street," she told reporters after the vote.

The White House said in a statement that President Ellen Marsh "strongly supports" the bill and urged the House to take it up quickly.

But House Speaker Donald Reyes, R-Texas, has not committed to bringing the bill to the floor. A spokesman for Reyes, Kyle Brannon, said only that the speaker was "reviewing the Senate's work."

A senior administration official, speaking on condition of anonymity to discuss private conversations, told Reuters that the White House had been in contact with several House Republicans from farm districts. "The votes are there if the speaker lets it come up," the official said.

Agricultural groups have lobbied heavily for the aid. Zach Hunsaker, a cattle rancher from eastern Montana who testified before the Senate Agriculture Committee in March, said he had watched the vote from his kitchen.

"I'm glad, but I'm not celebrating yet. We've been this close before," Hunsaker said in a phone interview.''',
        [
            ("There are ranchers in my state", "Margaret Hale"),
            ("This is not a bill for", "Curtis Bram"),
            ("The senator from Kansas knows exactly", "Margaret Hale"),
            ("strongly supports", "White House"),
            ("reviewing the Senate's work.", "Kyle Brannon"),
            ("The votes are there if the", "~official"),
            ("I'm glad, but I'm not celebrating", "Zach Hunsaker"),
        ],
    ),
    # 10 -- DUI sentencing; victim's mother (split quote, then "she said" after turning to defendant), woman judge next, defendant, defense attorney, prosecutor
    (
'''A Clark County man who drove drunk and killed a 19-year-old college student in a crash on Highway 12 last summer was sentenced Friday to 14 years in prison, the maximum allowed under his plea agreement.

Travis Dunleavy, 37, of Ridgefield, pleaded guilty in April to vehicular homicide. Prosecutors said his blood alcohol level was 0.21, more than two and a half times the legal limit, when his pickup crossed the center line and struck a car driven by Alyssa Moreno of Battle Ground.

Moreno's mother, Diane Moreno, spoke for nearly 20 minutes at the sentencing hearing, holding a framed photo of her daughter in a graduation gown.

"She was going to be a nurse. She had a job lined up at the children's hospital for the summer," Diane Moreno said, her voice breaking. "Instead I picked out a casket."

She turned to face Dunleavy. "I don't know if I will ever forgive you. I am trying. I want you to know that I am trying," she said.

Superior Court Judge Ruth Calloway said she had read more than 60 letters from Alyssa Moreno's friends, classmates and teachers.

"I have been on this bench for 16 years, and I have rarely seen a community grieve like this," Calloway said. She said Dunleavy's two prior DUI arrests, in 2011 and 2017, weighed heavily in her decision.

Dunleavy, wearing a gray jail uniform, read a short statement. "There is nothing I can say that will bring her back. I am sorry. I will be sorry for the rest of my life," he said.

His attorney, Megan Solberg, had asked for 10 years, arguing that her client had taken responsibility and had been sober since the crash. "He did not run from this," Solberg told the court.

Deputy Prosecutor Karen Whitfield said outside the courthouse that the sentence sent a message.

"Two prior arrests. Two chances. This time somebody's daughter paid for it," Whitfield said.''',
        [
            ("She was going to be a", "Diane Moreno"),
            ("Instead I picked out a casket.", "Diane Moreno"),
            ("I don't know if I will", "Diane Moreno"),
            ("I have been on this bench", "Ruth Calloway"),
            ("There is nothing I can say", "Travis Dunleavy"),
            ("He did not run from this", "Megan Solberg"),
            ("Two prior arrests. Two chances", "Karen Whitfield"),
        ],
    ),
    # 11 -- boil-water advisory (curly); utilities director, council member, restaurant owner then "she said", county health officer named after quote, mayor partial via the Tribune
    (
'''About 28,000 residents of Lake Oswin were under a boil-water advisory Wednesday after a 36-inch water main ruptured beneath Commerce Street early Tuesday, flooding several downtown businesses and dropping pressure across much of the city’s system.

City Utilities Director Sandra Kite said crews had isolated the break and expected to restore normal pressure by Wednesday night, but the advisory would remain in effect until two consecutive rounds of water samples came back clean, likely not before Friday.

“When pressure drops like that, there’s a chance for contamination to get into the lines. We have no evidence that’s happened. This is a precaution, but it’s a precaution we take very seriously,” Kite said at a briefing at City Hall.

The main, installed in 1958, was scheduled for replacement in 2027, according to the city’s capital improvement plan.

Council member Raj Patel said the break was a warning. “We have been kicking the can on this infrastructure for decades, and the can just exploded on Commerce Street,” he said.

At Lupita’s Kitchen, a family-owned restaurant two blocks from the break, owner Guadalupe Serrano said she had thrown out 40 pounds of prepared food and would remain closed until the advisory was lifted.

“We can’t wash dishes, we can’t make ice, we can’t make coffee. Every day closed is maybe $3,000 for us,” Serrano said.

She said she had nine employees and intended to keep paying them. “They didn’t break the pipe,” she said.

The city said in a news release that free bottled water would be distributed at the Lake Oswin Community Center from 10 a.m. to 6 p.m. daily while the advisory remained in place. Residents were urged to bring bags or boxes.

The county health department advised residents to bring water to a rolling boil for at least one minute before drinking it, brushing teeth or making baby formula.

“Babies, older adults and anyone with a weakened immune system are most at risk. If you have any doubt, boil it or use bottled water,” said Dr. Evan Okoye, the county’s health officer.

Mayor Christine Albrecht said the city would look at speeding up replacement of the oldest mains. She told the Lake Oswin Tribune she expected to bring a proposal to the council “within weeks, not months.”''',
        [
            ("When pressure drops like that, there’s", "Sandra Kite"),
            ("We have been kicking the can", "Raj Patel"),
            ("We can’t wash dishes, we can’t", "Guadalupe Serrano"),
            ("They didn’t break the pipe", "Guadalupe Serrano"),
            ("Babies, older adults and anyone with", "Evan Okoye"),
            ("within weeks, not months.", "Christine Albrecht"),
        ],
    ),
    # 12 -- EF-2 tornado; NWS surveyor, emergency manager "explained", couple (husband then wife), superintendent "wrote", unnamed volunteer partial quote
    (
'''A tornado with winds estimated at 125 mph tore through the southern edge of Wexford early Saturday, destroying at least 14 homes and damaging a middle school, the National Weather Service said after surveying the damage Sunday.

The twister, rated EF-2, touched down about 4:50 a.m. southwest of town and traveled about 9 miles before lifting near Route 30, according to the weather service's office in Paducah.

"A lot of folks were asleep, and that's always our biggest worry with a nighttime tornado. We had a warning out about 12 minutes before it touched down. Whether people heard it is another question," said meteorologist Derek Oyelaran, who led the survey team.

Two people were treated at a hospital for minor injuries. No deaths were reported.

Wexford County Emergency Manager Lois Brandt said the town's outdoor warning sirens had sounded, but several residents said they slept through them.

"The sirens are designed to warn people who are outdoors. They are not designed to wake you up in a bedroom with the fan running. That's what a weather radio or your phone is for," Brandt explained.

Ron and Betty Kessler were in their basement when the tornado peeled the roof off their split-level home on Meadowlark Lane. Ron Kessler said their phones went off a few minutes before the storm hit.

"Betty grabbed the dog and I grabbed the flashlight, and we were down the stairs in maybe 30 seconds. Then it sounded like the house was being pulled apart board by board," he said.

His wife said they lost nearly everything on the second floor. "But we've got each other and we've got Buster," she said, nodding at the beagle at her feet.

Wexford Middle School will be closed at least through Wednesday, Superintendent Greg Fannon said in a message to families. The tornado ripped part of the gymnasium roof away and shattered windows along the building's south side.

"Our building can be fixed. We are just grateful this did not happen at 10 a.m. on a Tuesday," Fannon wrote.

Volunteers from area churches spent Sunday clearing debris and tarping roofs. One volunteer, a retired contractor from nearby Millersburg, said he had seen worse, "but not by much."''',
        [
            ("A lot of folks were asleep", "Derek Oyelaran"),
            ("The sirens are designed to warn", "Lois Brandt"),
            ("Betty grabbed the dog and I", "Ron Kessler"),
            ("But we've got each other and", "Betty Kessler"),
            ("Our building can be fixed.", "Greg Fannon"),
            ("but not by much.", "~volunteer"),
        ],
    ),
    # 13 -- tuition increase; regent, student body president, regent who "asked", spokeswoman in an email "wrote", lawmaker told the Gazette, surname after "asked about"
    (
'''The University of Northern Plains Board of Regents voted 7-2 on Thursday to raise in-state tuition by 6.5 percent next fall, the largest increase in more than a decade, citing rising costs and flat state funding.

The increase will add about $620 a year to the bill for a full-time undergraduate, bringing annual tuition and fees to roughly $10,150.

Regent Howard Lindgren, who chairs the board's finance committee, said the university had cut $18 million from its budget over the past three years and could not cut much more without harming instruction.

"We've deferred maintenance. We've left positions open. We've consolidated departments. At some point, you are no longer trimming fat. You are cutting muscle," Lindgren said.

Student body president Aisha Carrington, who addressed the board before the vote, said many students were already working two jobs.

"Every time tuition goes up, somebody in my class quietly doesn't come back in the fall. You won't see them at this meeting. They're at work," Carrington said.

Regent Susan Polk, one of the two members who voted no, asked why the board had not pushed harder at the Legislature for more money. "Have we made the case as loudly as we should have?" she asked. "I'm not sure we have."

The university's state appropriation has been essentially flat at $212 million since 2019, while inflation has risen more than 20 percent over the same period, according to figures presented to the board.

A university spokeswoman, Jennifer Hoang, said in an email that the university would increase need-based aid by $3 million to offset the increase for lower-income students. "No Pell-eligible student will pay more next year as a result of this decision," she wrote.

State Rep. Victor Ames, who chairs the House Appropriations Committee, said the university should look at administrative salaries before raising tuition. "Parents in my district would love to know how many vice presidents one campus needs," Ames told the Plains Gazette.

Lindgren, asked about Ames' remarks after the meeting, smiled. "We'd welcome the representative's help at budget time," he said.''',
        [
            ("We've deferred maintenance. We've left positions", "Howard Lindgren"),
            ("Every time tuition goes up, somebody", "Aisha Carrington"),
            ("Have we made the case as", "Susan Polk"),
            ("I'm not sure we have.", "Susan Polk"),
            ("No Pell-eligible student will pay more", "Jennifer Hoang"),
            ("Parents in my district would love", "Victor Ames"),
            ("We'd welcome the representative's help at", "Howard Lindgren"),
        ],
    ),
    # 14 -- red panda escape (curly); zoo director, unnamed dog walker whose quote is interrupted by a partial quote, senior keeper, zoo Facebook post
    (
'''A red panda that slipped out of its enclosure at the Riverside Park Zoo on Tuesday was found about 16 hours later, curled up in a maple tree roughly a quarter mile away, zoo officials said Wednesday.

The 3-year-old female, named Juniper, appeared healthy and was back in a holding area behind her exhibit by midmorning, according to zoo director Paul Hensley.

“She was very calm, very sleepy, and honestly not at all sorry. We’re just thrilled she’s home,” Hensley said.

Staff noticed Juniper was missing during a routine evening check Tuesday, Hensley said. Keepers believe she climbed a bamboo stalk that had grown too close to the enclosure’s wall and used it to get over.

The bamboo has since been cut back, and the zoo is reviewing every exhibit for similar problems, he said.

A man walking his dog along Elm Street spotted the animal early Wednesday and called the zoo.

“I thought it was a raccoon at first, but the tail was too red,” said the man, who asked that his name not be used because, he said, he did not want his phone “ringing off the hook.” “Then I thought, well, there’s only one place around here that would have one of those.”

Senior keeper Tamara Willis, who coaxed Juniper down with a bowl of grapes and a ladder, said red pandas are skilled climbers and tend to stay high when they are frightened.

“The hardest part was waiting her out. You can’t chase a red panda. You have to make her want to come to you,” Willis said.

Red pandas are listed as endangered by the International Union for Conservation of Nature, with fewer than 10,000 believed to remain in the wild.

The zoo said in a post on Facebook that Juniper would be back on exhibit “once she’s had a few days of rest and extra grapes.”

Hensley said the escape was the first at the zoo since a peacock wandered into a nearby parking lot in 2016. Asked whether anyone would be disciplined, he said no.

“Nobody did anything wrong here. Bamboo grows. We should have caught it, and now we have,” he said.''',
        [
            ("She was very calm, very sleepy", "Paul Hensley"),
            ("I thought it was a raccoon", "~man"),
            ("ringing off the hook.", "~man"),
            ("Then I thought, well, there’s only", "~man"),
            ("The hardest part was waiting her", "Tamara Willis"),
            ("once she’s had a few days", "Riverside Park Zoo"),
            ("Nobody did anything wrong here. Bamboo", "Paul Hensley"),
        ],
    ),
    # 15 -- rural hospital closure; parent company statement partial, CEO in an interview, nurse, commissioner, state agency spokeswoman named after quote
    (
'''Sweetwater Memorial Hospital, the only hospital within 50 miles for residents of rural Dawes County, will stop admitting patients and close its emergency room Sept. 30, its parent company announced Tuesday.

Prairie Health System said in a statement that the 25-bed hospital had lost more than $9 million over the past three years and that patient volumes had fallen "to a level that cannot sustain safe, high-quality inpatient care."

The hospital will continue to operate an outpatient clinic and a pharmacy, the company said.

Prairie Health CEO Robert Vinter said in an interview that the decision had been agonizing.

"I grew up in a town like Sweetwater. I know what a hospital means to a place like this," Vinter said. "But we cannot keep losing $3 million a year at one facility and still take care of the other eight."

After the closure, the nearest emergency room will be in Scottsbluff, about an hour's drive away.

Becky Thorne, a registered nurse who has worked in the Sweetwater emergency room for 22 years, said she worried about heart attack and stroke patients.

"With a stroke, every minute is brain tissue. You tell me what an extra hour in the back of an ambulance does to somebody," Thorne said.

She said she had not decided whether she would take a job with Prairie Health elsewhere or leave nursing altogether.

Dawes County Commissioner Lyle Hagen said the county had not been consulted before the announcement.

"We found out the same way everybody else did, on the radio. That's not how you treat a community you've served for 60 years," Hagen said.

Hagen said commissioners would meet Thursday to discuss whether the county could take over the hospital or find another operator.

The state Department of Health and Human Services said it was reviewing the closure plan. "Our priority is making sure residents of Dawes County continue to have access to emergency care," department spokeswoman Claire Nyberg said.

Eleven rural hospitals in the state have closed or stopped providing inpatient care since 2010, according to the State Hospital Association.''',
        [
            ("to a level that cannot sustain", "Prairie Health System"),
            ("I grew up in a town", "Robert Vinter"),
            ("But we cannot keep losing $3", "Robert Vinter"),
            ("With a stroke, every minute is", "Becky Thorne"),
            ("We found out the same way", "Lyle Hagen"),
            ("Our priority is making sure residents", "Claire Nyberg"),
        ],
    ),
    # 16 -- police chief resigns; resignation letter "wrote" with a quote running over two paragraphs, city manager told reporters, interim chief, council member partial then full, advocate
    (
'''Pinecrest Police Chief Marcus Dell resigned Monday, two weeks after an outside review found that the department had mishandled dozens of sexual assault reports over a five-year period.

In a two-page letter to City Manager Andrea Flynn, Dell wrote that he accepted responsibility for the department's failures.

"The women who came to us for help deserved better than what they received," Dell wrote. "I was the chief. That responsibility is mine, and I will not ask anyone else to carry it.

"I believe new leadership is the fastest way to restore trust, and restoring trust matters more than my career."

Flynn said she accepted the resignation and had appointed Deputy Chief Sharon Aldridge as interim chief while the city conducts a national search.

"Chief Dell did the right thing. Now the rest of us have to do the hard work," Flynn told reporters at City Hall.

The review, conducted by a consulting firm hired by the city, found that 61 sexual assault reports made between 2018 and 2023 were never assigned to a detective, and that evidence kits in at least 19 cases were never sent to the state crime lab.

Aldridge, a 24-year veteran of the department, said she had already ordered every one of those cases reopened.

"Every one of them will be reviewed by a detective, and every survivor who wants to hear from us will hear from us. Some of them are going to be angry, and they have every right to be," Aldridge said.

Council member Nina Park, who had called for Dell's resignation last week, said his departure was "a necessary first step, but only a first step."

"The problems in that report didn't come from one person," Park said.

Amanda Reyes, executive director of the Pinecrest Rape Crisis Center, said survivors she works with had reacted to the news with a mix of relief and skepticism. "They've heard promises before. What they want now is to see someone actually pick up the phone," Reyes said.''',
        [
            ("The women who came to us", "Marcus Dell"),
            ("I was the chief. That responsibility", "Marcus Dell"),
            ("Chief Dell did the right thing", "Andrea Flynn"),
            ("Every one of them will be", "Sharon Aldridge"),
            ("a necessary first step, but only", "Nina Park"),
            ("The problems in that report didn't", "Nina Park"),
            ("They've heard promises before", "Amanda Reyes"),
        ],
    ),
    # 17 -- heat wave (curly); NWS meteorologist named after quote, mayor, utility statement, unnamed widower, outreach coordinator
    (
'''Temperatures are expected to reach 112 degrees in Calder City by Thursday as a strengthening ridge of high pressure settles over the region, and forecasters say there will be little relief at night.

The National Weather Service has issued an extreme heat warning from 10 a.m. Wednesday through 8 p.m. Saturday for the Calder Valley and surrounding foothills.

“Overnight lows are only going to drop into the mid-80s, and that’s really the dangerous part. Your body never gets a chance to cool down, and the heat stress just builds from one day to the next,” said Andrea Whitlock, a meteorologist with the weather service.

Whitlock said the stretch could tie or break the city’s record of six consecutive days at or above 110 degrees, set in 2013.

The city will open seven cooling centers, including libraries and recreation centers, and extend their hours until 10 p.m., Mayor Hector Villanueva announced Tuesday.

“If you have an elderly neighbor who lives alone, knock on their door. Call them. Check on them twice a day. Heat kills more people in this country than any other kind of weather, and most of those deaths are preventable,” Villanueva said.

Calder Power & Light said it had suspended disconnections for nonpayment through the end of the week. “No customer will lose service for an unpaid bill during this heat event,” the utility said in a statement.

The utility also asked customers to set thermostats to 78 degrees or higher between 4 p.m. and 9 p.m. to ease strain on the grid.

At the Eastside Senior Center on Tuesday afternoon, a 79-year-old widower who lives in a second-floor apartment without air conditioning said he planned to spend as much time there as he could.

“My fan just pushes the hot air around. Here at least I can sit and play cards and not feel like I’m in an oven,” he said.

Outreach workers with Calder Valley Rescue Mission spent the day handing out water, electrolyte packets and cooling towels to people living outdoors along the river.

“We’ve got folks who won’t go to a shelter for all kinds of reasons,” said Tomas Avila, the mission’s outreach coordinator. “So we go to them. Water, shade and a ride if they want one.”

Last summer, the county medical examiner attributed 41 deaths to heat, more than double the number from the year before.''',
        [
            ("Overnight lows are only going to", "Andrea Whitlock"),
            ("If you have an elderly neighbor", "Hector Villanueva"),
            ("No customer will lose service for", "Calder Power & Light"),
            ("My fan just pushes the hot", "~widower"),
            ("We’ve got folks who won’t go", "Tomas Avila"),
            ("So we go to them. Water,", "Tomas Avila"),
        ],
    ),
    # 18 -- bridge closure; district engineer, "replied" after a reporter's question, mayor split quote, deli owner, district message to parents, police sergeant
    (
'''State transportation officials abruptly closed the Harmon Street Bridge over the Kessel River on Friday after an inspection found severe corrosion in two of its main support beams, cutting off the most direct route between downtown Alton Falls and the city's west side.

The 1962 steel bridge carries about 18,000 vehicles a day. Detours add roughly 15 minutes to the trip, according to the state Department of Transportation.

"We don't close a bridge lightly. We closed this one because we had to. The inspectors found section loss on the beams that was worse than anything we had documented before," said DOT District Engineer Paul Stavros.

Stavros said the bridge was not in danger of imminent collapse but that it could no longer safely carry traffic. Engineers will spend the next two weeks determining whether the beams can be repaired or whether the bridge must be replaced, he said.

Asked how long the closure could last, Stavros replied, "Best case, a few months. Worst case, we're talking years."

The bridge was rated in poor condition in its last two federal inspections, in 2021 and 2023, federal records show.

Alton Falls Mayor Denise Koval said she had been told last year that the bridge was on a list for replacement in 2028.

"2028 just became a lot sooner. We need the state to treat this as the emergency it is," Koval said.

Business owners on the west side said they were already bracing for a drop in customers. Frank Dimarco, who has owned Dimarco's Deli on West Harmon Street for 27 years, said about half of his lunch customers come from downtown offices.

"Those people aren't going to sit in a detour for a sandwich. I get it. I wouldn't either," Dimarco said.

Dimarco said he had already called his bank about a line of credit.

School buses that use the bridge will be rerouted starting Monday, the Alton Falls School District said in a message to parents. "Please expect pickup times to change by 10 to 20 minutes, and watch for updates from your child's school," the district said.

Sgt. Omar Fields of the Alton Falls Police Department said officers would be posted at the major detour intersections during the morning and evening rush. "Patience is going to be the word for the next few weeks," he said.''',
        [
            ("We don't close a bridge lightly.", "Paul Stavros"),
            ("Best case, a few months. Worst", "Paul Stavros"),
            ("2028 just became a lot sooner", "Denise Koval"),
            ("Those people aren't going to sit", "Frank Dimarco"),
            ("Please expect pickup times to change", "Alton Falls School District"),
            ("Patience is going to be the", "Omar Fields"),
        ],
    ),
    # 19 -- mayoral election; winner split quote, supporters chanted, loser conceded then "the 66-year-old", elections director, elderly voter
    (
'''Former school board member Lorraine Tate was elected mayor of Kingsford on Tuesday, defeating two-term incumbent Mayor Gil Haskins by fewer than 400 votes in a race dominated by debates over policing and property taxes.

With all precincts reporting, Tate had 51.3 percent of the vote to Haskins' 48.7 percent, according to unofficial results from the Calhoun County Elections Office.

Supporters chanted "Tate! Tate! Tate!" as she took the stage at a packed victory party at the VFW hall on Main Street.

"Kingsford voted for change tonight, and I intend to deliver it," Tate told the crowd. "But I want to say this clearly: I'm going to be the mayor for the people who voted against me, too."

Haskins conceded shortly before 11 p.m. in a speech to campaign workers at his headquarters.

"The voters have spoken, and I respect their decision. I called Lorraine and congratulated her. I told her my door is open," Haskins said.

The 66-year-old, a retired fire captain, insisted he had no plans to run for office again. "I think I've earned a little time on the lake," he said, drawing laughter.

Tate, 49, campaigned on a pledge to add a civilian review board for the police department and freeze the city's property tax rate for two years. Haskins had argued the freeze would force cuts to public safety.

Elections Director Monica Ferris said turnout was about 38 percent, high for an off-year municipal election. The results will be certified next week.

"Given the margin, we are not anticipating a recount, but any candidate has the right to request one," Ferris said.

Among Tate's supporters was Dorothy Banks, 82, who said she had voted in every Kingsford election since 1964.

"I've never seen this town this fired up about a mayor's race. It did my heart good," Banks said.''',
        [
            ("Tate! Tate! Tate!", "~supporters"),
            ("Kingsford voted for change tonight, and", "Lorraine Tate"),
            ("But I want to say this", "Lorraine Tate"),
            ("The voters have spoken, and I", "Gil Haskins"),
            ("I think I've earned a little", "Gil Haskins"),
            ("Given the margin, we are not", "Monica Ferris"),
            ("I've never seen this town this", "Dorothy Banks"),
        ],
    ),
    # 20 -- overdose cluster (curly); health director, police chief "warned", mother confirmed to the Herald-Journal, "the statement said" for the department
    (
'''Health officials in Merritt County are warning residents after nine people overdosed, two of them fatally, over a 36-hour span this weekend, in what investigators believe is a batch of counterfeit pills laced with a powerful sedative.

The overdoses occurred between Friday evening and early Sunday in Merritt and the neighboring town of Dell Rapids, according to the Merritt County Health Department.

“We are seeing people who are not responding the way we’d expect to naloxone, and that is very concerning. Naloxone still works on the opioid. It doesn’t work on the sedative,” said Dr. Priya Raman, the county’s public health director.

Raman said preliminary lab tests suggested the pills contained fentanyl mixed with xylazine or a similar drug, though confirmation from the state lab could take weeks.

Police Chief Warren Ostrander said detectives were working to trace the source of the pills, which were made to look like prescription oxycodone tablets.

“If you bought a pill on the street, on social media, from a friend of a friend, assume it is fake and assume it can kill you,” Ostrander warned at a news conference Monday.

One of those who died was 23-year-old Caleb Dorsey, his mother, Rachel Dorsey, confirmed in an interview with the Merritt Herald-Journal.

“He was funny and stubborn and he had been clean for almost a year,” she said. “He made one bad decision on a Saturday night.”

She said she hoped speaking publicly would keep another family from going through the same thing. “If talking about my son saves one kid, then I’ll talk about him every day,” she said.

The health department is distributing free naloxone kits and fentanyl test strips at its office on Third Street and at several pharmacies. In a statement, the department urged anyone who uses drugs not to use alone and to call 911 immediately if someone becomes unresponsive.

“Calling for help will not get you arrested,” the statement said, citing the state’s Good Samaritan law.''',
        [
            ("We are seeing people who are", "Priya Raman"),
            ("If you bought a pill on", "Warren Ostrander"),
            ("He was funny and stubborn and", "Rachel Dorsey"),
            ("He made one bad decision on", "Rachel Dorsey"),
            ("If talking about my son saves", "Rachel Dorsey"),
            ("Calling for help will not get", "Merritt County Health Department"),
        ],
    ),
    # 21 -- teachers strike; picketers chanted, union president, superintendent, union president again "she said", single mother split quote, governor "the governor said in a statement"
    (
'''Teachers in the Eastbrook Public Schools walked off the job Monday for the first time in 31 years, closing classrooms for about 14,000 students after contract negotiations collapsed over the weekend.

Hundreds of teachers in red shirts picketed outside schools across the city beginning at 6:30 a.m. Outside Eastbrook High School, they chanted "Fair contract now!" as passing drivers honked in support.

"Nobody in this crowd wanted to be out here today. We'd much rather be in our classrooms. But we have been bargaining for 14 months, and the district has not moved," said Renee Castillo, president of the Eastbrook Education Association.

The union is seeking raises of 7 percent a year over three years and smaller class sizes. The district has offered 3 percent a year.

Superintendent Dr. Keith Norwood said the district could not afford the union's proposal without deep cuts elsewhere.

"I respect our teachers enormously. I was one," Norwood said at a news conference at district headquarters. "But I can't spend money we don't have, and neither can the board."

Norwood said the district's offer would make Eastbrook teachers among the best paid in the region. Castillo disputed that, saying the comparison left out health insurance costs that have risen sharply. "Take-home pay is what matters, and ours has gone down," she said.

Parents scrambled to find child care. Kendra Mills, a single mother of three who works as a medical assistant, said she had taken unpaid leave for the week.

"I support the teachers. I do. But I also don't know how long I can do this," Mills said.

The district is keeping school buildings open for meals from 10 a.m. to 1 p.m., and the city's parks department is offering free day programs at four recreation centers, officials said.

Gov. Alan Brewster urged both sides to return to the table. "Every day these kids are out of school is a day they don't get back," the governor said in a statement.

Negotiators were scheduled to meet Tuesday with a state mediator.''',
        [
            ("Fair contract now!", "~teachers"),
            ("Nobody in this crowd wanted to", "Renee Castillo"),
            ("I respect our teachers enormously. I", "Keith Norwood"),
            ("But I can't spend money we", "Keith Norwood"),
            ("Take-home pay is what matters, and", "Renee Castillo"),
            ("I support the teachers. I do", "Kendra Mills"),
            ("Every day these kids are out", "Alan Brewster"),
        ],
    ),
    # 22 -- airline meltdown; spokeswoman told CNN, secretary posted on X (partial then "he wrote"), couple (wife then husband), unnamed college student, analyst
    (
'''Thousands of travelers were stranded Sunday after Skyward Airlines canceled more than 1,100 flights nationwide, blaming a failure in the computer system it uses to assign crews to aircraft.

The disruption, which began Saturday evening, rippled through hubs in Denver, Charlotte and Phoenix, where long lines snaked through terminals and some passengers slept on the floor.

"We sincerely apologize to our customers. This is not the experience they expect from us, and it's not the experience we expect of ourselves. Our teams are working around the clock to get the system fully restored," Skyward spokeswoman Lauren Mitchell told CNN.

Mitchell said the airline expected to operate a near-normal schedule by Tuesday. The Federal Aviation Administration said the outage was limited to the airline and had not affected air traffic control systems.

Transportation Secretary Daniel Okafor posted on X that his department would "hold Skyward accountable" and make sure passengers received refunds and reimbursement for meals and hotels. "Travelers should not be left footing the bill for an airline's meltdown," he wrote.

At Denver International Airport, Maria and Tom Gutierrez of Albuquerque were trying to get home with their two young children after a week in Colorado.

"They told us maybe Wednesday. Maybe. We have two kids and one diaper bag left," Maria Gutierrez said, gesturing at a departures board filled with red cancellation notices.

Her husband said they had been on hold with the airline for more than four hours. "At some point you just start laughing," he said.

A college student flying home to Charlotte for a funeral said she had given up and bought a bus ticket.

"It's 26 hours on a Greyhound. But at least it's actually going," she said.

Aviation analyst Henry Coburn said the episode would likely draw renewed scrutiny of airlines' aging technology. "These systems were built in the 1990s and have been patched ever since. Eventually the patches stop holding," Coburn said.''',
        [
            ("We sincerely apologize to our customers.", "Lauren Mitchell"),
            ("hold Skyward accountable", "Daniel Okafor"),
            ("Travelers should not be left footing", "Daniel Okafor"),
            ("They told us maybe Wednesday. Maybe", "Maria Gutierrez"),
            ("At some point you just start", "Tom Gutierrez"),
            ("It's 26 hours on a Greyhound", "~student"),
            ("These systems were built in the", "Henry Coburn"),
        ],
    ),
    # 23 -- irrigation cuts; general manager "told the board", farmer in present-tense "says" and "the 58-year-old", dissenting board member, board president, state agency partial, store manager split quote
    (
'''The Sierra Vista Irrigation District board voted Wednesday to cut water deliveries to farmers by 40 percent this season, the deepest cut in the district's 90-year history, as a third straight dry winter left its main reservoir at 22 percent of capacity.

The decision will ripple through an agricultural economy built on almonds, pistachios and tomatoes, growers said.

"We are not choosing between good options anymore. We are choosing the least bad one," General Manager Daniel Ochoa told the board before the vote.

Ochoa said the district would allow farmers to buy and sell water allocations among themselves, a move meant to let growers concentrate their water on their most valuable crops.

For Frank Medeiros, a third-generation farmer who grows almonds on 600 acres west of town, the cut means he will let about a third of his orchard go dry.

"You plant an almond tree, you're making a 25-year commitment. Pulling them out is like burying money," Medeiros says, standing at the edge of a block of 12-year-old trees.

The 58-year-old says he has already drilled one new well this year, at a cost of more than $400,000, and is not sure he can afford another. "And even if I could, the groundwater's dropping too," he says.

Board member Carla Reyes, who cast the lone dissenting vote, argued for a 30 percent cut with a review in June. "If we get a wet spring, we've hurt a lot of people for nothing," she said.

Board President Neil Hartsell said the district could not gamble. "Hope is not a water plan," he said.

State water officials have warned that more cuts are possible across the region. In a statement, the state Department of Water Resources said it was "closely monitoring conditions" and would update its allocation forecast next month.

Jessica Tran, who manages a farm supply store on Highway 99, said the effects would reach far beyond the orchards. "When farmers don't plant, they don't buy. Then I don't hire," she said.''',
        [
            ("We are not choosing between good", "Daniel Ochoa"),
            ("You plant an almond tree, you're", "Frank Medeiros"),
            ("And even if I could, the", "Frank Medeiros"),
            ("If we get a wet spring", "Carla Reyes"),
            ("Hope is not a water plan", "Neil Hartsell"),
            ("closely monitoring conditions", "Department of Water Resources"),
            ("When farmers don't plant, they don't", "Jessica Tran"),
        ],
    ),
    # 24 -- coach fired (curly); spokeswoman in an email, coach told the Record, athletic director, unnamed parent, lineman's mother
    (
'''The Bellmont School District has fired longtime Bellmont High School football coach Rick Sayers, ending a 19-year tenure that included two state championships, after an investigation found he had allowed players to practice in extreme heat against district rules.

District spokeswoman Holly Jensen confirmed the firing Tuesday but declined to discuss details, citing personnel confidentiality. “The district takes the health and safety of student athletes extremely seriously,” Jensen said in an email.

According to a summary of the investigation obtained by the Bellmont Record, Sayers held at least three practices in August when the heat index exceeded 105 degrees, the threshold at which district policy requires outdoor practices to be canceled. During one of them, a sophomore lineman collapsed and was hospitalized overnight.

Sayers, 56, told the Record on Wednesday that he disagreed with the investigation’s findings but would not appeal.

“I’ve been coaching kids for 30 years, and I have never once put a kid in danger on purpose. We took water breaks every 15 minutes. We had trainers on the field,” Sayers said.

He said he believed the heat readings used by investigators came from a weather station several miles away. “It was hot. It was August in Texas. It’s always hot,” he said.

Athletic director Mike Castañeda said the policy had been in place since 2019 and was reviewed with every coach at the start of each season.

“The rule is clear, and it exists for a reason. It doesn’t matter how many championships you’ve won,” Castañeda said.

The decision split the community. At a school board meeting Monday night, more than 40 people signed up to speak, most of them in support of Sayers.

“This man has been a father figure to hundreds of boys in this town. You don’t throw that away over a number on a thermometer,” said one parent, whose son played for Sayers from 2015 to 2018.

The lineman’s mother, Angela Pruitt, said she was relieved by the district’s decision.

“My son couldn’t remember his own phone number when they got him to the hospital. I don’t care how many trophies are in the case,” she said.

Assistant coach Devin Howard will lead the team on an interim basis, the district said.''',
        [
            ("The district takes the health and", "Holly Jensen"),
            ("I’ve been coaching kids for 30", "Rick Sayers"),
            ("It was hot. It was August", "Rick Sayers"),
            ("The rule is clear, and it", "Mike Castañeda"),
            ("This man has been a father", "~parent"),
            ("My son couldn’t remember his own", "Angela Pruitt"),
        ],
    ),
    # 25 -- roadside rescue; rescuer in interview, trooper, fire captain, family statement (partial, then "the statement said"), rescuer again after "asked"
    (
'''A delivery driver is being credited with saving a woman's life after he pulled her from a burning SUV that had crashed into a guardrail on Interstate 64 near Lexton early Thursday.

Marcus Lee, 31, said he was driving to his first stop of the day around 5:15 a.m. when he saw the SUV spin across two lanes and slam into the barrier.

"I saw smoke, and then I saw flames under the hood. I didn't really think about it. I just pulled over and ran," Lee said in an interview Friday.

The driver, a 44-year-old woman from Lexton, was slumped over the steering wheel, Lee said. The driver's door was jammed, so he went around to the passenger side, broke the window with a tire iron and dragged her out.

By the time he had dragged her about 20 feet away, Lee said, the whole front of the car was on fire.

State Police Trooper First Class Janelle Brooks said the woman suffered a medical emergency before the crash. She was taken to Riverside Regional Medical Center with burns on her legs and is expected to recover, Brooks said.

"Without a doubt, Mr. Lee saved her life. Another minute or two and we would be having a very different conversation," Brooks said.

Lexton Fire Capt. Steve Marchetti, whose crew put out the fire, said the SUV was a total loss. "It burned down to the frame. Nobody would have survived that," he said.

Marchetti added that bystanders should be cautious about approaching burning vehicles but said Lee had made the right call. "He sized it up, he had a way in and he got out. That's what we'd want," he said.

The woman's family said in a statement released through the state police that they were "forever grateful" to Lee. "There are not enough words to thank a stranger who risked everything for someone he had never met," the statement said.

Lee, a father of two, said his employer had given him the rest of the week off. Asked whether he considered himself a hero, he shook his head.

"I think anybody would have done it. I just happened to be the one there," Lee said.''',
        [
            ("I saw smoke, and then I", "Marcus Lee"),
            ("Without a doubt, Mr. Lee saved", "Janelle Brooks"),
            ("It burned down to the frame", "Steve Marchetti"),
            ("He sized it up, he had", "Steve Marchetti"),
            ("forever grateful", "~family"),
            ("There are not enough words to", "~family"),
            ("I think anybody would have done", "Marcus Lee"),
        ],
    ),
    # 26 -- county ransomware; administrator, sheriff, FBI spokesman named after quote, unnamed retired schoolteacher, professor
    (
'''Birch County government offices remained largely offline Wednesday, nine days after a ransomware attack crippled computer systems used for everything from property tax payments to 911 dispatch records, county officials said.

County Administrator Raymond Kowalski said at a news conference that the county had not paid a ransom and did not intend to.

"We are not going to reward criminals with taxpayer money. We are rebuilding, system by system, and it is going to take time," Kowalski said.

Kowalski said the attack was discovered early on May 3, when employees arriving for work found messages on their screens demanding payment in cryptocurrency. The county shut down its network within hours, he said.

Emergency calls were never interrupted, according to Sheriff Donna McAllister, though dispatchers have been logging calls on paper.

"Our dispatchers went back to 1985 overnight, and they didn't miss a beat," McAllister said.

The FBI's Cleveland field office confirmed it was assisting the county. "The FBI is aware of the incident and is working with our local partners," said Special Agent Tom Herrera, a spokesman for the office. He declined to comment further, citing the ongoing investigation.

Kowalski said investigators had not determined whether residents' personal information had been stolen. The county would notify anyone whose data was compromised, he said.

That uncertainty worried some residents. A retired schoolteacher who had come to the county building to pay her property taxes in person, only to be told the treasurer's office could not process payments, said she had heard nothing about her Social Security number.

"They have everything. My address, my bank account for the tax payments, all of it. And nobody can tell me anything," she said.

Lena Voss, a cybersecurity researcher at Case Western Reserve University, said local governments had become frequent targets because many run outdated systems on tight budgets.

"A county doesn't have a security team of 50 people. It might have one person, or half of one person," Voss said. "The attackers know that."

The county said property tax deadlines would be extended by 30 days.''',
        [
            ("We are not going to reward", "Raymond Kowalski"),
            ("Our dispatchers went back to 1985", "Donna McAllister"),
            ("The FBI is aware of the", "Tom Herrera"),
            ("They have everything. My address, my", "~schoolteacher"),
            ("A county doesn't have a security", "Lena Voss"),
            ("The attackers know that.", "Lena Voss"),
        ],
    ),
    # 27 -- safe storage gun bill (curly); sponsor, opponent with one-word partial, sponsor again, gun-rights group statement, governor's spokesman named after quote, unnamed mother split quote
    (
'''The state House voted 41-36 on Tuesday to require gun owners to store firearms in a locked container or with a trigger lock when children could gain access to them, sending the bill to Gov. Marian Cole, who has said she will sign it.

The vote came after nearly four hours of debate and followed the deaths of two children in separate accidental shootings in the state last year.

Rep. Joanna Pike, a Democrat from Easton who sponsored the bill, lost her nephew in an accidental shooting in 2019. She told colleagues on the House floor that she had thought about him every day since.

“He was 9 years old. He found his father’s pistol in a nightstand drawer. This bill would not have cost his father a thing except the price of a lock,” Pike said.

Rep. Dale Whitaker, a Republican from Mount Hope, called the bill “well-intentioned” but said it would punish law-abiding gun owners and make it harder for people to defend themselves at home.

“When somebody kicks in your door at 2 in the morning, you don’t have time to go find a key,” Whitaker said.

Pike said the bill allowed owners to keep a gun on their person or within their immediate control without a lock. “Nobody is telling you to lock up the gun on your hip,” she said.

Under the bill, gun owners whose unsecured firearms are used by a minor to injure someone could face misdemeanor charges.

The Mountain State Shooting Sports Association, a gun-rights group, said in a statement that it would consider a legal challenge. “This law will do nothing to stop criminals and everything to burden responsible citizens,” the group said.

Cole’s office said the governor planned to sign the bill next week. “The governor believes this is a common-sense step that respects the rights of gun owners and protects kids,” spokesman Aaron Feld said.

Outside the Capitol, a few dozen members of a parents’ group wore orange and held photos of children killed by gunfire. One mother, holding a picture of her daughter, said she had driven three hours to watch the vote.

“I wanted to be in the room when they did something. For once,” she said.''',
        [
            ("He was 9 years old. He", "Joanna Pike"),
            ("well-intentioned", "Dale Whitaker"),
            ("When somebody kicks in your door", "Dale Whitaker"),
            ("Nobody is telling you to lock", "Joanna Pike"),
            ("This law will do nothing to", "Mountain State Shooting Sports Association"),
            ("The governor believes this is a", "Aaron Feld"),
            ("I wanted to be in the", "~mother"),
        ],
    ),
    # 28 -- train derailment; NTSB board member told reporters, fire chief, railroad statement partial, resident, EPA spokeswoman named after quote
    (
'''About 1,200 residents on the north side of Carver remained out of their homes Monday, two days after a freight train derailed and spilled an estimated 8,000 gallons of diesel fuel and an industrial solvent near a creek that feeds the city's water supply.

Thirty-one cars of a Great Lakes & Southern Railway train left the tracks around 9:30 p.m. Saturday just north of the Route 17 crossing, according to the National Transportation Safety Board. Three tank cars were breached. No one was injured.

NTSB board member Catherine Osei told reporters Monday that investigators had recovered the train's event recorder and were examining a section of rail where they believe the derailment began.

"It's far too early to say what caused this, and I'd caution anybody against speculating. We will look at the track, the equipment, the crew and the railroad's inspection records. Everything," Osei said.

Fire Chief Leon Barrett said crews had contained the spill with booms and earthen dams before it reached Miller Creek. But air monitoring had detected elevated levels of the solvent near the crash site, he said.

"We're not going to rush people back in until the numbers tell us it's safe," Barrett said.

The railroad said in a statement that it was "deeply sorry for the disruption" and would reimburse residents for hotel stays, meals and lost wages. A claims center opened Monday at the Carver Public Library.

Jerome Watts, who lives about four blocks from the tracks, said he and his wife had been staying at a motel off the interstate with their three children.

"The railroad keeps saying it's sorry. I believe they're sorry," Watts said. "I also want somebody to tell me if my kids can play in the backyard when we get home."

The U.S. Environmental Protection Agency said its teams were sampling soil and water around the site. "So far, drinking water samples have shown no contamination," EPA regional spokeswoman Dana Ferrell said.''',
        [
            ("It's far too early to say", "Catherine Osei"),
            ("We're not going to rush people", "Leon Barrett"),
            ("deeply sorry for the disruption", "Great Lakes & Southern Railway"),
            ("The railroad keeps saying it's sorry.", "Jerome Watts"),
            ("I also want somebody to tell", "Jerome Watts"),
            ("So far, drinking water samples have", "Dana Ferrell"),
        ],
    ),
    # 29 -- school library removals (curly); protesters chanted, two women board members in turn, board chair "replied", librarian, unnamed student split quote
    (
'''The Greenfield County Board of Education voted 4-3 shortly after midnight Friday to remove 14 books from middle and high school libraries, capping a six-hour meeting that drew hundreds of parents, students and teachers to the county administration building.

Outside the building before the meeting, about 200 protesters chanted “Let us read!” and held signs with the titles of the challenged books. A smaller group of parents who supported the removals gathered across the parking lot with signs of their own.

Board chair Gloria Henning, who voted with the majority, said the books contained sexual content that was not appropriate for children.

“This is not about banning anything. These books are available at the public library and at any bookstore. This is about what we put on the shelves of a school, with taxpayer money, for 12-year-olds,” Henning said.

Board member Angela Ruiz, who voted against the removals, said the board had ignored the recommendations of its own review committee, which had voted to keep 12 of the 14 books.

“We set up a process. Teachers, librarians and parents spent months reading every one of these books. And tonight we threw their work in the trash,” Ruiz said.

Henning replied that the committee’s role was advisory. “The board answers to voters. The committee doesn’t,” she said.

Sharon Bixby, a librarian at Greenfield Middle School for 17 years, said the decision left her worried about which books might be next.

“I’ve had kids come to my desk and whisper that they need a book about something happening at home. Those are the books that are leaving,” Bixby said.

A 16-year-old junior at Greenfield High told the board that she had read three of the books on the list. “None of them hurt me,” she said. “Some of them helped me.”

A parent group that opposed the removals said it was considering a lawsuit. The removals will take effect at the start of the spring semester, according to the district.''',
        [
            ("Let us read!", "~protesters"),
            ("This is not about banning anything.", "Gloria Henning"),
            ("We set up a process. Teachers", "Angela Ruiz"),
            ("The board answers to voters. The", "Gloria Henning"),
            ("I’ve had kids come to my", "Sharon Bixby"),
            ("None of them hurt me", "~junior"),
            ("Some of them helped me.", "~junior"),
        ],
    ),
    # 30 -- encampment sweep; mayor "insisted" to reporters, advocate, unnamed man split quote, city spokesman
    (
'''City crews on Wednesday cleared a homeless encampment beneath the Fifth Street overpass in Dunmore that had grown to more than 70 tents, the largest sweep in the city since a U.S. Supreme Court ruling last year gave local governments more latitude to enforce camping bans.

Police officers stood by as workers in protective suits loaded tents, mattresses and bags of belongings into dump trucks. Most residents had left before crews arrived at 7 a.m., after the city posted notices a week earlier.

Mayor Kevin Stroud said the encampment had become a public health hazard, citing two fires and an outbreak of hepatitis A there in recent months.

"This is not about punishing anybody for being poor. Nobody should be living like this, and no neighborhood should have to accept it," Stroud insisted as he spoke to reporters at the site.

Stroud said the city had offered every person at the camp a shelter bed or a spot at a city-run sanctioned campground on the east side. About 25 people accepted, according to the city.

Advocates said the shelter offers fell short. Leah Donovan, executive director of the Dunmore Housing Coalition, said many of those at the camp could not go to shelters because of pets, partners or jobs with overnight shifts.

"You can't tell a couple that's been together for 10 years they have to sleep in separate buildings and call it an offer," Donovan said. "People are just going to move two blocks away, minus their tents and their IDs."

A man who said he had lived under the overpass for about eight months stood on the sidewalk with a backpack and a rolling suitcase.

"Everything else is in that truck," he said, pointing. "My birth certificate was in there."

City spokesman Jordan Whitley said belongings that were not obviously trash would be stored for 60 days at a city warehouse and could be reclaimed. "We're making every effort to preserve personal property, especially documents and medications," Whitley said.''',
        [
            ("This is not about punishing anybody", "Kevin Stroud"),
            ("You can't tell a couple that's", "Leah Donovan"),
            ("People are just going to move", "Leah Donovan"),
            ("Everything else is in that truck", "~man"),
            ("My birth certificate was in there.", "~man"),
            ("We're making every effort to preserve", "Jordan Whitley"),
        ],
    ),
]
STORIES_AW = [
    # 1 -- Japan upper house election; state broadcaster NHK; partial quotes; "explained" after a multi-sentence quote; described voter (~teacher); surname-only later reference
    (
'''Voters in Japan went to the polls on Sunday in a closely watched election for the House of Councillors, the upper chamber of the National Diet, and exit polls suggested the governing coalition would narrowly keep its majority.

Speaking to supporters at party headquarters in Tokyo shortly after polls closed, Prime Minister Hiroshi Tanabe said the result was "a clear instruction to keep going, but also a warning." He added: "We have heard the voters in the regions. Prices are too high and wages have not kept up. That is the message, and we will act on it."

The main opposition party had campaigned heavily on the cost of living. Its leader, Yumiko Arai, told state broadcaster NHK that her party had "won the argument even if we have not yet won the numbers."

"Three years ago people told us we had nothing to say about the economy. Tonight they are telling the government it has nothing left to say," Arai said.

Turnout was estimated at 52 percent, up slightly from the previous upper house vote. In Sendai, a 71-year-old retired teacher who declined to give her name said she had voted for the first time in a decade. "My pension buys less every month, and I wanted someone in Tokyo to notice," she said.

Political scientist Kenji Morimoto of Keio University said the coalition's margin was thinner than the seat count suggested. "The governing parties are holding seats with smaller majorities than at any time since 2009. If the trend continues, the next general election will be genuinely competitive," he explained.

Morimoto added that the junior coalition partner had performed poorly in urban districts, describing its campaign as "invisible."

Chief Cabinet Secretary Daisuke Ohno told a regular news conference on Monday that the government would present a supplementary budget in the autumn, including cash payments for low-income households and subsidies for electricity bills. He said the details would be announced within weeks and that the package would be financed without issuing new deficit bonds.''',
        [
            ("a clear instruction to keep going", "Hiroshi Tanabe"),
            ("We have heard the voters in", "Hiroshi Tanabe"),
            ("won the argument even if we", "Yumiko Arai"),
            ("Three years ago people told us", "Yumiko Arai"),
            ("My pension buys less every month", "~teacher"),
            ("The governing parties are holding seats", "Kenji Morimoto"),
            ("invisible", "Kenji Morimoto"),
        ],
    ),
    # 2 -- Nigeria Senate electoral bill; commission speaking in a statement; "asked" with a question quote; "replied" with pronoun resolving to earlier speaker (Okafor) after a second male speaker; quote with cue "he told reporters" after it; described trader
    (
'''Nigeria's Senate on Tuesday passed an amendment to the Electoral Act that makes the electronic transmission of results from polling units mandatory, ending months of disagreement between the two chambers of the National Assembly.

The bill must now be harmonised with the version passed by the House of Representatives before it is sent to the president for assent.

Senate President Ibrahim Danjuma told lawmakers after the vote that the chamber had finally settled a question that had hung over every election since the introduction of electronic voter accreditation.

"Nobody should ever again have to wait five days to know who won in their own ward. With this amendment, the result will travel from the polling unit to the public portal in minutes," Danjuma said.

The Independent National Electoral Commission (INEC) welcomed the vote. "The commission has the technical capacity to implement electronic transmission nationwide. What we need now is early passage and early funding," INEC said in a statement.

Senator Chukwuma Okafor, who sponsored an earlier version of the bill, called the amendment "long overdue" but warned against complacency. "Laws do not count votes. People do. If the officials at the collation centres are compromised, no software will save us," he told reporters outside the chamber.

Not every senator from the governing party supported the measure. Senator Musa Bello, who represents a largely rural district in Kano State, said he was worried about network coverage. "In parts of my district there is no signal at all. Are we telling those voters their results are second class?" Bello asked during the debate.

Okafor replied that the bill provided for a manual backup where networks failed. "That concern has been addressed in section 47," he said.

In Abuja's Wuse market, a fabric trader said she had stopped voting after the last general election, when results for her area were announced almost a week late. "Maybe I will go back if I see it working," she said.''',
        [
            ("Nobody should ever again have to", "Ibrahim Danjuma"),
            ("The commission has the technical capacity", "Independent National Electoral Commission"),
            ("long overdue", "Chukwuma Okafor"),
            ("Laws do not count votes. People", "Chukwuma Okafor"),
            ("In parts of my district there", "Musa Bello"),
            ("That concern has been addressed in", "Chukwuma Okafor"),
            ("Maybe I will go back if", "~trader"),
        ],
    ),
    # 3 -- China/Philippines maritime row; CURLY quotes; ministry accusation as partial quote; named spokesperson after the quote; Xinhua commentary; embassy on X; multi-sentence quotes with cue after; described fisherman
    (
'''The Chinese Ministry of Foreign Affairs on Thursday accused the Philippines of “deliberate provocation” after a Philippine coast guard vessel approached a disputed shoal in the South China Sea, as tensions between the two neighbours rose for a third consecutive week.

“The Philippine side has repeatedly ignored China's goodwill. If it continues down this road, it must bear all the consequences,” ministry spokesperson Lin Jiahui told a regular press briefing in Beijing.

The official Xinhua news agency, in a commentary published later on Thursday, described the Philippine operation as “a political show staged for a foreign audience.”

In Manila, the Philippine Department of Foreign Affairs said it had summoned a senior Chinese diplomat and lodged a formal protest, the third this month.

National Security Council spokesperson Ramon Dizon told reporters the coast guard had been on a routine resupply mission to troops stationed on the shoal. “There was nothing provocative about delivering food and water to our own personnel. What was provocative was the use of water cannon against an unarmed vessel,” he said.

Dizon added that two crew members had suffered minor injuries and that the vessel's navigation equipment had been damaged.

Maria Teresa Villanueva, a maritime law specialist at the University of the Philippines, said both governments were constrained by domestic politics. “Neither Beijing nor Manila can be seen to blink. That is what makes these incidents so dangerous. Each one raises the floor for the next,” she told Wikinews.

A fisherman from Zambales province, interviewed by a local radio station, said his catch had fallen by half since Chinese patrols increased. “We used to fish there for weeks. Now we stay one night and leave,” he said.

The United States embassy in Manila said in a post on X that Washington “stands with its ally” and called on Beijing to respect a 2016 international arbitration ruling on the South China Sea.''',
        [
            ("deliberate provocation", "Chinese Ministry of Foreign Affairs"),
            ("The Philippine side has repeatedly ignored", "Lin Jiahui"),
            ("a political show staged for a", "Xinhua"),
            ("There was nothing provocative about delivering", "Ramon Dizon"),
            ("Neither Beijing nor Manila can be", "Maria Teresa Villanueva"),
            ("We used to fish there for", "~fisherman"),
            ("stands with its ally", "United States embassy"),
        ],
    ),
    # 4 -- Kenya finance bill; minister by surname; two women in turn (Wanjiru, then student, then Njoroge); chanting demonstrators; police spokesperson's statement partial; told Daily Nation
    (
'''Kenya's National Assembly on Wednesday approved a revised finance bill that drops a proposed tax on mobile money transfers, a week after protests against the original measure spread to several cities.

Treasury Cabinet Secretary Peter Kamau told the house the government had listened to the public and adjusted its plans. He said the resulting revenue shortfall would be covered by spending cuts, including a freeze on new vehicle purchases for ministries and a reduction in foreign travel budgets.

"We are not abandoning fiscal discipline. We are choosing a different route to the same destination," Kamau said.

The leader of the minority in the assembly, Grace Wanjiru, said the climbdown proved the original bill had been drafted "in a bubble."

"Kenyans did the work that this house should have done. They read the bill, they understood the bill, and they rejected the bill. The question now is whether the government will learn anything, or whether we will be back here next June doing the same thing," Wanjiru told lawmakers.

Outside parliament, several hundred demonstrators gathered under a heavy police presence, chanting "Kamau must go" as riot officers watched from behind metal barriers. Police later used tear gas to disperse a group that tried to march towards State House.

National Police Service spokesperson Moses Otieno said in a statement that 14 people had been arrested for looting and damage to property, and that officers had acted "with maximum restraint."

A university student who took part in the march, and who asked not to be named for fear of reprisals, said the concessions were not enough. "They removed one tax and kept ten others. We will be back," she said.

Economist Wairimu Njoroge of the Institute for Public Finance, a Nairobi think tank, said the revised bill left a gap of about 180 billion shillings. "Either the Treasury comes back with new taxes in the middle of the year, or it borrows more. There is no third option," Njoroge told the Daily Nation newspaper.''',
        [
            ("We are not abandoning fiscal discipline", "Peter Kamau"),
            ("in a bubble", "Grace Wanjiru"),
            ("Kenyans did the work that this", "Grace Wanjiru"),
            ("Kamau must go", "~demonstrators"),
            ("with maximum restraint", "Moses Otieno"),
            ("They removed one tax and kept", "~student"),
            ("Either the Treasury comes back with", "Wairimu Njoroge"),
        ],
    ),
    # 5 -- Brazil Sao Paulo runoff; quote split around "he said" whose second part runs over two paragraphs (first not closed); pronoun speakers; told Folha; described bus driver with partial quote
    (
'''São Paulo voters on Sunday re-elected Mayor Ricardo Nogueira in a runoff, handing the centre-right incumbent a second term and dealing a setback to the left-wing challenger backed by the federal government.

With 99 percent of ballots counted, Nogueira had 56.2 percent of valid votes against 43.8 percent for federal deputy Camila Fontes, according to the Superior Electoral Court.

In his victory speech at a hotel in the city's south zone, Nogueira promised to govern "for the whole city, including those who did not vote for me."

"This was not a victory against anyone," he said. "São Paulo chose to continue the work on transport and on the health posts. Tomorrow morning I will be back at my desk, because the problems of this city do not take holidays.

"To Deputy Fontes, I say: you ran a serious campaign. The door of city hall is open to you."

Fontes conceded about two hours after polls closed. Speaking to supporters on Avenida Paulista, she said the left had "lost a vote, not a cause."

"We went from nine percent in the first polls to almost 44 percent. Nobody gave us a chance. We are leaving this campaign bigger than we entered it," Fontes told the crowd.

The federal government said it would continue to work with the municipal administration on transport and housing projects in the city.

Political analyst Beatriz Sampaio of the Getúlio Vargas Foundation told the newspaper Folha de S.Paulo that the result fitted a national pattern. "Voters this year rewarded whoever was already in office and could show visible works. It is less an ideological vote than a management vote," she said.

A bus driver waiting for his shift at a terminal in Itaquera, in the city's east zone, said he had voted for Nogueira "because the new corridor cut my commute by forty minutes."''',
        [
            ("for the whole city, including those", "Ricardo Nogueira"),
            ("This was not a victory against", "Ricardo Nogueira"),
            ("São Paulo chose to continue the", "Ricardo Nogueira"),
            ("lost a vote, not a cause", "Camila Fontes"),
            ("We went from nine percent in", "Camila Fontes"),
            ("Voters this year rewarded whoever was", "Beatriz Sampaio"),
            ("because the new corridor cut my", "~driver"),
        ],
    ),
    # 6 -- Germany coalition talks; CURLY; partial then full quote by same speaker; "asked ... replied"; posted on X; anonymous negotiator via Der Spiegel; two women (Ketteler, Hahn)
    (
'''Negotiations to form Germany's next government stalled on Friday after the Social Democratic Party (SPD) broke off a session on pension reform, with both sides accusing the other of moving the goalposts.

Christian Democratic Union (CDU) leader Markus Brandt, who is expected to become chancellor if the talks succeed, told reporters in Berlin he remained “confident but not naive.”

“We are closer than the headlines suggest. On migration, on defence spending and on energy prices we have texts that both sides can sign. Pensions are difficult. They were always going to be difficult,” Brandt said.

SPD co-leader Sabine Ketteler offered a sharper assessment. “What was put on the table this morning was not a compromise. It was the CDU's election programme with a new cover,” she said, adding that her party would not accept any increase in the retirement age.

Asked whether the SPD was prepared to let the talks collapse, Ketteler replied: “Nobody in my party wants new elections. But nobody wants a government that begins by breaking our promises either.”

The Greens, who are not part of the negotiations, mocked both parties. “Two parties that lost votes are now arguing about who lost fewer,” Green parliamentary leader Jonas Weidmann posted on X.

According to Der Spiegel, the two sides have agreed on roughly 80 percent of a draft coalition agreement. A CDU negotiator, speaking on condition of anonymity, told the magazine the pension dispute was “solvable by Monday if people stop giving interviews.”

Ursula Hahn, a political scientist at the Free University of Berlin, told the public broadcaster ZDF the delay carried risks. “Every week without a government is a week in which the extremes can say the centre does not work,” Hahn said.''',
        [
            ("confident but not naive", "Markus Brandt"),
            ("We are closer than the headlines", "Markus Brandt"),
            ("What was put on the table", "Sabine Ketteler"),
            ("Nobody in my party wants new", "Sabine Ketteler"),
            ("Two parties that lost votes are", "Jonas Weidmann"),
            ("solvable by Monday if people stop", "~negotiator"),
            ("Every week without a government is", "Ursula Hahn"),
        ],
    ),
    # 7 -- India voter rolls; commission partial quote; told Press Trust of India; anonymous official; named voter later called "the 38-year-old"; "wrote in a column" split around cue
    (
'''The Election Commission of India on Monday rejected opposition allegations that eligible voters had been wrongly struck off the electoral rolls in the eastern state of Bihar, saying the revision had been carried out "strictly in accordance with the law."

Chief Election Commissioner Arvind Mehra told a news conference in New Delhi that about 3.1 million names had been removed ahead of the state assembly election, most of them belonging to people who had died, moved away or were registered twice. "Every deletion was preceded by a notice and a field verification. Anyone whose name has been removed wrongly can apply to be restored until the last date of nominations," Mehra said.

The main opposition alliance in the state says the exercise disproportionately affected poor and minority voters. Its chief ministerial candidate, Tejaswini Rao, said party workers had found dozens of cases in which living voters were recorded as dead.

"We have gone door to door in forty constituencies. They were not sent any notice. They found out when they went to check their names online," Rao told the Press Trust of India. She said the alliance would petition the Supreme Court this week.

A senior official in the commission, who spoke on condition of anonymity because he was not authorised to brief the media, said the opposition's figures were inflated but acknowledged that "some errors are inevitable in an exercise of this scale."

In Patna, Sunil Kumar, a rickshaw puller, said he had discovered that his wife's name was missing from the list for their polling booth. "She is alive and she is sitting at home. How can they say she has shifted?" the 38-year-old said.

Amit Varma, a researcher at the Centre for Electoral Studies in New Delhi, said the dispute could be resolved quickly if the commission chose to. "Publish the list of deleted names, constituency by constituency, with the reasons," Varma wrote in a column for The Hindu newspaper. "If the commission has nothing to hide, it has nothing to fear."''',
        [
            ("strictly in accordance with the law", "Election Commission of India"),
            ("Every deletion was preceded by a", "Arvind Mehra"),
            ("We have gone door to door", "Tejaswini Rao"),
            ("some errors are inevitable in an", "~official"),
            ("She is alive and she is", "Sunil Kumar"),
            ("Publish the list of deleted names", "Amit Varma"),
            ("If the commission has nothing to", "Amit Varma"),
        ],
    ),
    # 8 -- Mexico judicial reform; two women in turn (Cardenas, Solis); "She continued:" across paragraph; protesters shouting; justice wrote on X
    (
'''Mexico's Senate approved early on Wednesday a constitutional reform under which federal judges, including the justices of the Supreme Court, will be chosen by popular vote, after a session that was suspended for several hours when protesters forced their way into the chamber.

The measure passed by 86 votes to 41, one more than the two-thirds majority required for constitutional changes. It must now be ratified by a majority of the country's 32 state legislatures, most of which are controlled by the governing party.

Interior Secretary Lucía Cárdenas said the reform would "end the era of a judiciary that served the powerful." "For decades, judges in this country answered to whoever paid them or whoever appointed them. From now on they will answer to the citizens," she told reporters at the Senate.

Opposition senator Adriana Solís called the vote "the darkest night for the Republic in a generation." "What we saw tonight was not a reform of the judiciary. It was its capture," Solís said in a speech shortly before the vote.

She continued: "When the judges depend on the same party machine that chooses the candidates, to whom will a citizen turn when the government violates his rights?"

Earlier on Tuesday, hundreds of protesters, many of them court employees who have been on strike for three weeks, pushed past security at the main Senate building, shouting "The judiciary will not fall!" Senators moved to a former Senate building in the historic centre of Mexico City to complete the debate.

Supreme Court Justice Alberto Gutiérrez Ortega wrote on X that the reform "dismantles judicial independence" and said he would not stand in the first judicial election, scheduled for next June.

The peso fell about 1.5 percent against the dollar after the vote, extending losses that began when the bill was introduced in the lower house last week.''',
        [
            ("end the era of a judiciary", "Lucía Cárdenas"),
            ("For decades, judges in this country", "Lucía Cárdenas"),
            ("the darkest night for the Republic", "Adriana Solís"),
            ("What we saw tonight was not", "Adriana Solís"),
            ("When the judges depend on the", "Adriana Solís"),
            ("The judiciary will not fall!", "~protesters"),
            ("dismantles judicial independence", "Alberto Gutiérrez Ortega"),
        ],
    ),
    # 9 -- South Korea dismissal motion; CURLY; Yonhap; ministry statement (organisation) about the minister; presidential spokesperson after quote; bereaved mother described
    (
'''South Korea's opposition-controlled National Assembly on Thursday passed a motion calling for the dismissal of Land Minister Park Jae-won over the government's handling of deadly flooding in the southern city of Gwangju, Yonhap news agency reported.

The non-binding motion passed by 172 votes to 108. Fourteen people died last month when an underpass in the city flooded within minutes during torrential rain.

Opposition floor leader Choi Min-seo said the minister had “failed the most basic duty of government, which is to keep people alive.”

“Warnings were issued nine hours before the underpass flooded. Nine hours. Not one road was closed. If nobody takes responsibility for that, then what does responsibility mean in this country?” Choi told the chamber.

Park attended the session but did not speak during the debate. The Ministry of Land, Infrastructure and Transport said in a statement afterwards that he “accepts the gravity of the assembly's view” and would continue to lead recovery work in the affected areas.

The presidential office rejected the motion. “The president has no plans to accept the recommendation at this stage. The priority is recovery, not politics,” presidential spokesperson Lee Soo-jin told reporters.

Relatives of the victims watched from the public gallery. One woman, whose son died in the underpass, told Yonhap she had felt nothing when the result was read out. “A piece of paper will not bring him back. I want to know who decided not to close the road,” she said.

Yoon Ha-eun, a professor of public administration at Yonsei University, said the vote was largely symbolic but could hurt the government ahead of local elections in June. “Historically, ministers named in these motions tend to leave within a few months, even if the president initially refuses,” Yoon said.''',
        [
            ("failed the most basic duty of", "Choi Min-seo"),
            ("Warnings were issued nine hours before", "Choi Min-seo"),
            ("accepts the gravity of the assembly's", "Ministry of Land, Infrastructure and Transport"),
            ("The president has no plans to", "Lee Soo-jin"),
            ("A piece of paper will not", "~woman"),
            ("Historically, ministers named in these motions", "Yoon Ha-eun"),
        ],
    ),
    # 10 -- Senegal presidential election; concession written on Facebook; observer mission statement; named head of mission; described 24-year-old with "said one 24-year-old" after quote
    (
'''Senegal's national vote-counting commission on Thursday announced provisional results showing opposition candidate Aminata Diallo Sow winning the presidential election in the first round with 53.4 percent of the vote, avoiding a runoff.

The governing coalition's candidate, former finance minister Ibrahima Ndiaye, came second with 35.2 percent. He conceded on Wednesday evening, before the official figures were released, in a post on Facebook. "In view of the trends, I congratulate Mrs Sow on her victory and wish her success at the head of our country," he wrote.

Sow, a 47-year-old former tax inspector who has never held elected office, addressed thousands of supporters in Dakar. Speaking first in Wolof and then in French, she called the result "the victory of a youth that refused to give up."

"I will be the president of all Senegalese, those who voted for me and those who did not. I will govern with humility, and I will be accountable," she said.

The African Union election observation mission said in a preliminary statement that voting had been "calm, transparent and largely well organised." The head of the mission, former Ghanaian foreign minister Kwesi Appiah-Boateng, told a press conference that Senegal had "once again shown the continent that a peaceful transfer of power is possible."

In the Medina district of Dakar, car horns sounded late into the night. "Today I am proud to be Senegalese," said one 24-year-old, waving a flag from the back of a motorbike.

Fatou Mbengue, a political analyst at a Dakar think tank, said the new president would have little time to deliver. "Her campaign was built almost entirely on the anger of young people who cannot find work. That anger does not disappear on election night," Mbengue said.''',
        [
            ("In view of the trends, I", "Ibrahima Ndiaye"),
            ("the victory of a youth that", "Aminata Diallo Sow"),
            ("I will be the president of", "Aminata Diallo Sow"),
            ("calm, transparent and largely well organised", "African Union election observation mission"),
            ("once again shown the continent that", "Kwesi Appiah-Boateng"),
            ("Today I am proud to be", "~24-year-old"),
            ("Her campaign was built almost entirely", "Fatou Mbengue"),
        ],
    ),
    # 11 -- EU summit, Hungary veto; quote split around cue whose second part runs over two paragraphs; told state broadcaster M1; "had warned"; anonymous diplomat partial; split quote by female analyst
    (
'''European Union leaders failed on Friday to agree on a new 50-billion-euro support package for Ukraine after Hungary blocked the deal at a summit in Brussels, prolonging a dispute that has dominated the bloc's agenda since the summer.

European Council President Henrik Lassen told a late-night news conference that 26 of the 27 member states had backed the package. "We will not let one capital hold the other twenty-six hostage," Lassen said. "I have asked the legal services to prepare all options, and we will come back to this in January.

"Let me be clear: the support for Ukraine will come. The only question is the vehicle."

Hungary's foreign minister, Zoltán Kertész, told the state broadcaster M1 that Budapest would not change its position under pressure. "Hungary is not blocking anything. Hungary is asking questions that nobody in Brussels wants to answer. Where does the money go? Who controls it? What is the plan to end this war?" Kertész said.

Arriving at the summit on Thursday, Estonian Prime Minister Mart Kuusk had warned that time was running out. "Every month we delay is a month of advantage for Russia on the battlefield," he told reporters.

One EU diplomat, speaking on condition of anonymity, said the Hungarian veto was "about money, not principles," a reference to EU funds for Hungary that remain frozen over rule-of-law concerns.

Sophie Rinaldi, a senior fellow at the Brussels-based Centre for European Strategy, said the EU could still fund Ukraine without Budapest's consent. "The EU has a plan B, which is to do this outside the budget with 26 countries," she said. "It is messier and more expensive, but it works. The real damage is to the idea that the Union can act quickly when it matters."''',
        [
            ("We will not let one capital", "Henrik Lassen"),
            ("I have asked the legal services", "Henrik Lassen"),
            ("Hungary is not blocking anything. Hungary", "Zoltán Kertész"),
            ("Every month we delay is a", "Mart Kuusk"),
            ("about money, not principles", "~diplomat"),
            ("The EU has a plan B", "Sophie Rinaldi"),
            ("It is messier and more expensive", "Sophie Rinaldi"),
        ],
    ),
    # 12 -- Indonesia elections law; CURLY; short partial quote; chanting students; "said:" before quote; Antara quoting a minister; "told Wikinews"
    (
'''Indonesia's House of Representatives on Thursday postponed a vote on contested changes to the regional elections law after thousands of students protested outside the parliament building in Jakarta and in at least a dozen other cities.

The proposed amendments would have overturned a Constitutional Court ruling issued earlier in the week that lowered the threshold parties must meet to nominate candidates for governor and mayor.

Deputy Speaker Bambang Wirawan told reporters the plenary session had been cancelled because it “did not reach quorum.” He denied that the decision was a response to the demonstrations. “The House does not work under pressure from the street. We will follow the procedure,” he said.

Outside the main gate, students in university jackets chanted “Guard the court's decision” and burned tyres as police fired tear gas. Rizky Pratama, a student leader from the University of Indonesia, said: “We are not here for any party. We are here because the rules are being changed in the middle of the game.”

The state news agency Antara later quoted Coordinating Minister for Political, Legal and Security Affairs Hadi Santoso as saying the government “respects and will implement” the ruling.

Constitutional law expert Dewi Lestari of Gadjah Mada University told Wikinews the episode showed how fragile the country's checks and balances remained. “The speed with which the House tried to move was extraordinary. They scheduled a bill, debated it and tried to pass it in under 24 hours. That is not legislation. That is a manoeuvre,” she said.''',
        [
            ("did not reach quorum", "Bambang Wirawan"),
            ("The House does not work under", "Bambang Wirawan"),
            ("Guard the court's decision", "~students"),
            ("We are not here for any", "Rizky Pratama"),
            ("respects and will implement", "Hadi Santoso"),
            ("The speed with which the House", "Dewi Lestari"),
        ],
    ),
    # 13 -- Colombia ELN ceasefire; nom de guerre; "what he called" partial; posted on X then "wrote"; described community leader
    (
'''Colombia's government and the National Liberation Army (ELN) guerrilla group on Saturday agreed to extend a bilateral ceasefire by six months, at the close of the fifth round of peace talks in Havana, Cuba.

The head of the government delegation, Claudia Restrepo, described the extension as the most significant step in negotiations that began eighteen months ago. "A ceasefire that lasts is a ceasefire that changes lives. In Arauca and in Chocó, families are sleeping through the night for the first time in years," Restrepo told reporters.

The ELN's chief negotiator, who uses the nom de guerre Pablo Marín, said the group would honour the agreement but accused the government of moving too slowly on what he called "structural transformations." "We did not come to Havana to sign a surrender. We came to discuss the country," Marín said.

Norway, which acts as a guarantor of the talks together with Cuba, Mexico and Brazil, welcomed the deal, and its special envoy, Ingrid Haugen, said both delegations had shown political will.

The ceasefire has been criticised by opposition politicians, who argue it has allowed the ELN to recruit and expand into new areas. Senator Felipe Arango posted on X that the government was "rewarding terrorism with time." "Every month of ceasefire is a month of recruitment. Ask the mayors in Catatumbo," Arango wrote.

A community leader in the department of Arauca, reached by telephone, said the situation had improved but that armed groups still controlled daily life in many villages. "The shooting has stopped, but the extortion has not. People still pay," she said.''',
        [
            ("A ceasefire that lasts is a", "Claudia Restrepo"),
            ("structural transformations", "Pablo Marín"),
            ("We did not come to Havana", "Pablo Marín"),
            ("rewarding terrorism with time", "Felipe Arango"),
            ("Every month of ceasefire is a", "Felipe Arango"),
            ("The shooting has stopped, but the", "~leader"),
        ],
    ),
    # 14 -- Poland/Ukraine grain deal; two male ministers in turn; "the minister" referring to the second; farmers' union chairman; European Commission statement; described farmer on public radio
    (
'''Poland and Ukraine agreed on Wednesday to set up a joint licensing system for grain exports, in an attempt to end a dispute that has strained relations between the two neighbours for more than a year.

The agreement was announced in Warsaw after talks between Polish Agriculture Minister Tomasz Wielgosz and his Ukrainian counterpart, Oleksandr Marchenko.

"Polish farmers can sleep more calmly tonight. Grain that is meant for Africa and Asia will go to Africa and Asia, and it will not end up in our silos at prices that ruin our own producers," Wielgosz told a joint news conference.

Marchenko said the deal showed that "neighbours can solve problems without going to court." Ukraine had filed a complaint at the World Trade Organization over Poland's unilateral ban on Ukrainian grain imports, a complaint Kyiv now says it will suspend.

"We understand the pressure Polish farmers are under. We are farmers too," the minister said, speaking through an interpreter.

Farmers' groups reacted with caution. Jan Kowalczyk, chairman of the Polish Farmers' Federation, said his members would "believe it when we see the trucks turned back at the border."

"We have heard promises before. Last spring we were promised controls, and the controls lasted three weeks," Kowalczyk said.

A farmer from the Lublin region, who grows wheat and rapeseed on 120 hectares, told Polish public radio that prices had still not recovered. "I still have last year's harvest in the barn," he said.

The European Commission said in a statement that it "welcomes any bilateral solution consistent with the single market," but declined to say whether the licensing system complied with EU trade rules, which are set in Brussels rather than in national capitals.''',
        [
            ("Polish farmers can sleep more calmly", "Tomasz Wielgosz"),
            ("neighbours can solve problems without going", "Oleksandr Marchenko"),
            ("We understand the pressure Polish farmers", "Oleksandr Marchenko"),
            ("believe it when we see the", "Jan Kowalczyk"),
            ("We have heard promises before. Last", "Jan Kowalczyk"),
            ("I still have last year's harvest", "~farmer"),
            ("welcomes any bilateral solution consistent with", "European Commission"),
        ],
    ),
    # 15 -- African Union Commission chair vote; CURLY; winner later called "the 61-year-old"; loser writes on Facebook, split around "he wrote"; outgoing chair; anonymous diplomat
    (
'''African Union heads of state on Saturday elected Mozambican diplomat Helena Matsinhe as chairperson of the African Union Commission, after seven rounds of voting at the bloc's annual summit in Addis Ababa.

Matsinhe, a former foreign minister, defeated Malian candidate Boubacar Traoré, winning 33 votes, one more than the two-thirds majority required.

“I am humbled, and I am aware of how much work lies ahead. Africa does not need another commission that writes reports. It needs one that delivers,” Matsinhe told delegates after the result was announced.

The 61-year-old pledged to make the war in Sudan and the implementation of the continental free trade area her first priorities, and described the continent's debt burden as “a slow-moving emergency.”

Traoré conceded in a short message on Facebook. “The Union has chosen, and I congratulate my sister Helena,” he wrote. “Mali will be a loyal partner of the new commission.”

The outgoing chairperson, Ahmed Saleh Bichara, told reporters the contest had been “hard fought but fair.”

Diplomats said the long vote reflected divisions between regional blocs. One West African diplomat, who asked not to be named, said southern African states had decided the outcome. “The SADC countries voted as one bloc from the first round to the last. Nobody else managed that,” he told Wikinews.

Nomvula Dlamini, an analyst at the Pretoria-based Centre for African Governance, said the chairperson's influence depends largely on member states. “Matsinhe's real test will be whether heads of state give her room to speak for the Union when it is uncomfortable for them,” Dlamini said.''',
        [
            ("I am humbled, and I am", "Helena Matsinhe"),
            ("a slow-moving emergency", "Helena Matsinhe"),
            ("The Union has chosen, and I", "Boubacar Traoré"),
            ("Mali will be a loyal partner", "Boubacar Traoré"),
            ("hard fought but fair", "Ahmed Saleh Bichara"),
            ("The SADC countries voted as one", "~diplomat"),
            ("Matsinhe's real test will be whether", "Nomvula Dlamini"),
        ],
    ),
    # 16 -- Thailand party dissolution; court speaks (organisation); party leader later "the 37-year-old"; government spokesperson partial; office worker partial then full quote
    (
'''Thailand's Constitutional Court on Wednesday ordered the dissolution of the opposition Forward Together Party, ruling that its campaign to amend the royal defamation law amounted to an attempt to undermine the constitutional monarchy. The court also banned the party's 11 executive board members from politics for ten years.

In its verdict, which was broadcast live on television, the Constitutional Court said the party's actions had posed "a danger to the democratic system with the King as head of state."

Party leader Natthaphong Srisuk, 37, who is among those banned, told supporters gathered at the party's headquarters in Bangkok that the ruling would not end the movement. "They can dissolve a party. They cannot dissolve an idea. We will register a new party within days, and we will come back with more seats than before," he said.

The 37-year-old urged supporters to remain calm and not to take to the streets. "Anger is understandable, but anger is what they want from us," he said.

Government spokesperson Chai Wongsakul said the administration "respects the independence of the judiciary" and would not comment further on the verdict.

The party won the largest number of seats at the last general election but was kept out of government by a vote of the then military-appointed Senate. It is the second time in five years that a party from the same reformist movement has been dissolved by the court, and legal experts say a successor party could be registered within a week.

Outside the headquarters, a 29-year-old office worker who had voted for the party said she felt "cheated." "Fourteen million people voted for them and nine judges decided it does not count," she said.''',
        [
            ("a danger to the democratic system", "Constitutional Court"),
            ("They can dissolve a party. They", "Natthaphong Srisuk"),
            ("Anger is understandable, but anger is", "Natthaphong Srisuk"),
            ("respects the independence of the judiciary", "Chai Wongsakul"),
            ("cheated", "~worker"),
            ("Fourteen million people voted for them", "~worker"),
        ],
    ),
    # 17 -- Chile constitutional referendum; unattributed claim (None); Radio Cooperativa; voter later "the 66-year-old"; government spokesperson
    (
'''Chilean voters on Sunday rejected a proposed new constitution for the second time in just over a year, with 55.8 percent voting against the text drafted by a council dominated by conservative parties, according to official results from the Electoral Service.

Government spokesperson Valentina Rojas said in a televised address that the constitutional process was over for the remainder of the government's term. "The country has spoken twice, and twice it has said no. We will not open a third process. There are other urgencies: security, pensions, health," Rojas said.

Conservative senator Rodrigo Valdivia, who campaigned for approval, conceded defeat. "We respected the result in 2022 and we respect it today. But let nobody say this council did not try," Valdivia told Radio Cooperativa.

The campaign was marked by misinformation on both sides. It was claimed repeatedly in the final week that the new text would "abolish free public schools," an assertion that independent fact-checkers said had no basis in the draft.

At a polling station in the Ñuñoa district of Santiago, a voter who worked for three decades as a hospital nurse said she had voted against both proposals. "The first one was too far to the left and this one was too far to the right. Why can't they write something for the rest of us?" the 66-year-old said.

Andrea Lagos, a political scientist at the University of Chile, said the double rejection reflected fatigue rather than satisfaction with the current constitution, which dates from the military government. "Chileans are tired of the constitutional debate, but that does not mean the underlying demands have gone away," Lagos said. "Pensions and health care were at the heart of the 2019 protests, and they are still unresolved."''',
        [
            ("The country has spoken twice, and", "Valentina Rojas"),
            ("We respected the result in 2022", "Rodrigo Valdivia"),
            ("abolish free public schools", None),
            ("The first one was too far", "~voter"),
            ("Chileans are tired of the constitutional", "Andrea Lagos"),
            ("Pensions and health care were at", "Andrea Lagos"),
        ],
    ),
    # 18 -- France no-confidence vote; CURLY; "he continued"; female MP's quote split around "she told deputies" with second part over two paragraphs; broadcaster BFMTV
    (
'''France's prime minister survived a no-confidence vote in the National Assembly on Thursday by a margin of just nine votes, after the far-right National Rally decided at the last minute to abstain.

The motion, tabled by the left-wing alliance over the government's use of special constitutional powers to push its budget through without a vote, received 280 votes, short of the 289 needed to bring down the government.

Speaking in the chamber before the vote, Prime Minister Étienne Laurent defended his decision. “I did not use article 49.3 out of comfort. I used it because this country cannot go into January without a budget,” he said.

“Some of you want the government to fall more than you want the country to function,” he continued. “That is your right. But it will not be my choice.”

Left-wing deputy Mathilde Garnier, who presented the motion, accused the prime minister of “governing by decree against a majority of the French.”

“This budget takes from hospitals, takes from schools, takes from local councils, and gives back nothing,” she told deputies. “You have no majority, Prime Minister. You have a loophole.

“And one day, sooner than you think, the loophole will close.”

National Rally parliamentary leader Sébastien Morel told the broadcaster BFMTV that his party had abstained “out of responsibility, not support,” and said it had secured the withdrawal of a planned increase in electricity taxes in exchange.

Markets reacted calmly to the result, with the spread between French and German ten-year borrowing costs narrowing slightly on Friday morning.''',
        [
            ("I did not use article 49.3", "Étienne Laurent"),
            ("Some of you want the government", "Étienne Laurent"),
            ("That is your right. But it", "Étienne Laurent"),
            ("governing by decree against a majority", "Mathilde Garnier"),
            ("This budget takes from hospitals, takes", "Mathilde Garnier"),
            ("You have no majority, Prime Minister", "Mathilde Garnier"),
            ("out of responsibility, not support", "Sébastien Morel"),
        ],
    ),
    # 19 -- Pakistan count delays; commission partial; interior minister told Geo News; unattributed rumour (None); commission spokesperson (organisation); monitoring coalition; described shopkeeper
    (
'''The Election Commission of Pakistan on Friday blamed "communication difficulties" for delays of more than 30 hours in announcing results from Thursday's general election, as candidates from several parties accused officials of manipulating the count.

Caretaker Interior Minister Sarfraz Qureshi told Geo News that the suspension of mobile phone services on polling day had been taken on the advice of the security agencies. "Lives were at stake. We had intelligence about planned attacks in Khyber Pakhtunkhwa and Balochistan," Qureshi said.

Independent candidate Hina Malik, who was leading in a Lahore constituency according to tallies her agents collected at polling stations, said she was declared the loser at 4 am. "At midnight I was ahead by 22,000 votes. By morning I had lost by 8,000. Nobody has explained what happened in between," Malik told reporters outside the returning officer's office.

Rumours spread rapidly on social media that the count in several constituencies had been "frozen" on instructions from Islamabad. The commission did not respond directly to the claims, but a spokesperson for the Election Commission of Pakistan said all complaints would be heard "in accordance with the law" and urged candidates to use legal channels.

The Pakistan Election Monitoring Coalition, which deployed more than 5,000 observers, said in a statement that the delays had "damaged public confidence in an otherwise largely peaceful polling day."

In Rawalpindi, a shopkeeper who voted for the first time said he had waited in line for hours. "I stood in line for three hours. Now I want to know if my vote was counted," he said.''',
        [
            ("communication difficulties", "Election Commission of Pakistan"),
            ("Lives were at stake. We had", "Sarfraz Qureshi"),
            ("At midnight I was ahead by", "Hina Malik"),
            ("frozen", None),
            ("in accordance with the law", "Election Commission of Pakistan"),
            ("damaged public confidence in an otherwise", "Pakistan Election Monitoring Coalition"),
            ("I stood in line for three", "~shopkeeper"),
        ],
    ),
    # 20 -- Ghana speaker ruling; "said X" after quote; "insisted"; two men in turn with "he said" resolving to the second; Parliamentary Service notice; told Joy FM
    (
'''Ghana's parliament was adjourned indefinitely on Tuesday after the speaker declared four seats vacant, handing the opposition a majority in the chamber weeks before a general election and prompting a walkout by governing party lawmakers.

Speaker Emmanuel Osei-Mensah told the house that the four members had forfeited their seats by filing to contest the coming election as candidates of a different party or as independents. "The constitution is unambiguous on this matter. A member who seeks to stand on another ticket while sitting in this house has left the party on whose ticket he was elected," said Osei-Mensah.

Majority Leader Kwabena Asante called the ruling "an assault on the will of the voters" and said the governing party would ask the Supreme Court to overturn it. "The elections have not yet taken place. You cannot vacate a seat for something that has not happened," Asante insisted.

Minority Leader Samuel Tetteh welcomed the decision. "For the first time in this parliament, the numbers reflect what is really on the ground," Tetteh told Joy FM.

He said the opposition would use its new majority to push through a bill on the independence of the audit service. "We are now the majority, and we will act like it," he said.

The Parliamentary Service said in a notice that sittings would resume "on a date to be communicated."

Efua Quartey, a governance analyst at the Accra-based Centre for Constitutional Studies, said the dispute had been building for years. "This is a constitutional question the Supreme Court should have settled long ago. Every speaker since 1993 has faced some version of it," Quartey said.''',
        [
            ("The constitution is unambiguous on this", "Emmanuel Osei-Mensah"),
            ("an assault on the will of", "Kwabena Asante"),
            ("The elections have not yet taken", "Kwabena Asante"),
            ("For the first time in this", "Samuel Tetteh"),
            ("We are now the majority, and", "Samuel Tetteh"),
            ("on a date to be communicated", "Parliamentary Service"),
            ("This is a constitutional question the", "Efua Quartey"),
        ],
    ),
    # 21 -- Peru removal motion; CURLY; state agency Andina; president writes on X; analyst told Wikinews; protesters chant in Spanish with unquoted gloss
    (
'''Peru's Congress on Thursday rejected a motion to remove President Rosa Huamán from office, the fourth attempt to oust a sitting president in the past six years. The motion received 58 votes, well short of the 87 required.

Congressman Víctor Chávez, who presented the motion, accused the president of concealing gifts of luxury watches and failing to explain deposits in her bank accounts. “The president has lied to the country about the watches, about the bank accounts and about her ministers. If this Congress does not act today, it will be complicit,” Chávez said during the debate.

The president of the Council of Ministers, Gustavo Álvarez, told the state news agency Andina the result was “a victory for stability.” “Peruvians are tired of political crises every six months. They want us to work,” Álvarez said.

Huamán did not attend the session. In a message posted on X, she thanked the lawmakers who voted against the motion and wrote that she would “govern until the last day of my mandate.”

Outside Congress in central Lima, a small group of protesters chanted “Que se vayan todos,” or let them all go, as police kept them behind barriers.

Lucía Pacheco, a political analyst at the Pontifical Catholic University of Peru, said the result should not be read as a sign of confidence in the government. “The motion failed not because Congress trusts the president, but because many lawmakers prefer a weak president to an early election. An early election would also put their own seats at risk,” Pacheco told Wikinews.''',
        [
            ("The president has lied to the", "Víctor Chávez"),
            ("a victory for stability", "Gustavo Álvarez"),
            ("Peruvians are tired of political crises", "Gustavo Álvarez"),
            ("govern until the last day of", "Rosa Huamán"),
            ("Que se vayan todos", "~protesters"),
            ("The motion failed not because Congress", "Lucía Pacheco"),
        ],
    ),
    # 22 -- Sri Lanka VAT vote; minister split quote; opposition leader partial; union convener; IMF statement; described three-wheeler driver split quote
    (
'''Sri Lanka's parliament on Friday approved an increase in value-added tax from 15 to 18 percent, a measure required under the country's International Monetary Fund bailout programme, by 121 votes to 57. The increase takes effect on the first day of next month and will also apply to several goods that were previously exempt, including fuel and some medicines.

State Minister of Finance Ranjith Bandara opened the debate by warning lawmakers against what he called short memories. "Nobody enjoys raising taxes," Bandara told parliament. "But the alternative is to go back to the queues of 2022, when people waited two days for fuel and hospitals ran out of medicine. I will not take this country back there."

Opposition leader Sunethra Perera described the increase as "a burden placed on the poorest to pay for the mistakes of the richest" and said her party would repeal it if it won the next election.

Trade unions held a one-day strike in Colombo and several other cities. Mahinda Jayasuriya, convener of the Trade Union Coordinating Centre, said wages had failed to keep pace with prices. "Workers have already lost half of their purchasing power. We are asking for relief, not charity," he said.

In a statement issued in Washington, the International Monetary Fund said the measure was "critical to restoring fiscal sustainability" and that the fund's board would review the programme next month.

In the Pettah market area of Colombo, a three-wheeler driver said the cost of living had not eased despite the improvement in the economy. "Every month something goes up," he said. "Electricity, rice, now everything with VAT."''',
        [
            ("Nobody enjoys raising taxes", "Ranjith Bandara"),
            ("But the alternative is to go", "Ranjith Bandara"),
            ("a burden placed on the poorest", "Sunethra Perera"),
            ("Workers have already lost half of", "Mahinda Jayasuriya"),
            ("critical to restoring fiscal sustainability", "International Monetary Fund"),
            ("Every month something goes up", "~driver"),
            ("Electricity, rice, now everything with VAT", "~driver"),
        ],
    ),
    # 23 -- Serbia/Kosovo talks; EU envoy later by surname "Van Dalen"; Facebook partial; told state broadcaster RTS; described pensioner
    (
'''Talks between Serbia and Kosovo mediated by the European Union ended in Brussels on Monday without agreement, with the two sides blaming each other for the failure to implement a deal on normalising relations reached last year.

EU special envoy Pieter van Dalen told reporters after the meeting that the two delegations had "not been able to agree even on the agenda for the next meeting."

"I will not hide my disappointment. Both leaders committed to this process in front of the world, and commitments have to mean something," Van Dalen said.

Kosovo's Prime Minister Arben Krasniqi wrote on Facebook shortly after leaving the talks that Serbia was "stalling while it arms paramilitaries on our border," and said Pristina had presented a draft statute for Serb-majority municipalities that Belgrade refused to discuss.

Serbia's chief negotiator, Dragan Stojanović, said Pristina "has not taken a single step" toward establishing the association of Serb-majority municipalities promised more than a decade ago. "Everything Pristina signs, it signs with the intention of not implementing," Stojanović told the Serbian state broadcaster RTS.

Relations have deteriorated since Kosovo banned the use of the Serbian dinar in areas with a Serb majority earlier this year. Several thousand Serbs have since had to travel to central Serbia to collect pensions and social benefits, and Belgrade has accused Pristina of trying to push them out.

In the divided town of Mitrovica, a Serb pensioner who receives his pension from Belgrade said the talks changed little for people like him. "Politicians in Brussels come and go, but we still cannot use our own money at the post office," he said.''',
        [
            ("not been able to agree even", "Pieter van Dalen"),
            ("I will not hide my disappointment", "Pieter van Dalen"),
            ("stalling while it arms paramilitaries on", "Arben Krasniqi"),
            ("has not taken a single step", "Dragan Stojanović"),
            ("Everything Pristina signs, it signs with", "Dragan Stojanović"),
            ("Politicians in Brussels come and go", "~pensioner"),
        ],
    ),
    # 24 -- Mongolia parliamentary election; CURLY; "according to the state news agency Montsame"; commission chair partial; herder told broadcaster MNB
    (
'''Mongolia's governing party retained its majority in the State Great Khural in Friday's parliamentary election, but with a sharply reduced margin, according to preliminary results released on Saturday by the General Election Commission.

Prime Minister Batbayar Ganzorig told supporters in Ulaanbaatar that his party had “received both trust and a warning from the people.” “We will form a broad government. Mining wealth must reach every aimag, not only the capital,” he said, according to the state news agency Montsame.

The opposition Democratic Party more than tripled its representation. Its leader, Tsend Enkhjargal, said the result ended an era. “We have tripled our seats. The people of Mongolia have said clearly that they are tired of one-party rule,” Enkhjargal told reporters at the party's headquarters.

The General Election Commission said turnout was 69 percent. Its chair, Dashdorj Sarantuya, told a news conference that the electronic counting machines used across the country had worked “without any significant failure.”

In Arkhangai province, a herder who travelled 40 kilometres to reach his polling station told the state broadcaster MNB that his main concern was the price of animal fodder. “After the dzud winter we lost a third of our animals. Whoever wins must think about the countryside,” he said.

The new parliament is expected to convene next month, when lawmakers will vote on the prime minister's nomination. The size of the chamber was increased from 76 to 126 seats under constitutional amendments adopted two years ago, and some seats were allocated by proportional representation for the first time. Observers from several embassies said the campaign had been largely peaceful, although opposition parties complained about the use of state media by governing party candidates.''',
        [
            ("received both trust and a warning", "Batbayar Ganzorig"),
            ("We will form a broad government", "Batbayar Ganzorig"),
            ("We have tripled our seats. The", "Tsend Enkhjargal"),
            ("without any significant failure", "Dashdorj Sarantuya"),
            ("After the dzud winter we lost", "~herder"),
        ],
    ),
    # 25 -- Zambia cyber bill; "the minister" after named minister; female whip's quote split around cue with second part over two paragraphs; media alliance partial; anonymous reporter partial
    (
'''Zambia's National Assembly on Wednesday passed a cyber security bill that critics say will allow the government to monitor private communications without a court order, after opposition lawmakers walked out of the chamber in protest.

Technology and Science Minister Felix Mwansa said the law was needed to protect citizens from online fraud and child exploitation. "Last year Zambians lost more than 300 million kwacha to online scams. Children are being exploited on platforms that answer to nobody. This law gives our institutions the tools to respond," Mwansa said.

The minister rejected claims that the bill would be used against journalists and opposition figures. "There is nothing in this bill about politics," he told the house.

Opposition chief whip Brenda Mwila, who led the walkout, told reporters outside parliament that the bill was "surveillance dressed up as safety."

"Section 29 allows any officer authorised by the minister to intercept communications. There is no judge, no warrant, nothing," Mwila said. "Today it is the opposition. Tomorrow it will be the church, the trade unions, the journalists, anyone who says something the government does not like.

"We will challenge this law in the Constitutional Court."

The Zambia Media Freedom Alliance said in a statement that it was "deeply disappointed" by the vote and called on the president not to sign the bill into law. The president has 21 days to give his assent or return the bill to parliament.

A reporter for a private radio station in Kitwe, who asked not to be named, said colleagues were already "thinking twice before making phone calls to sources."''',
        [
            ("Last year Zambians lost more than", "Felix Mwansa"),
            ("There is nothing in this bill", "Felix Mwansa"),
            ("surveillance dressed up as safety", "Brenda Mwila"),
            ("Section 29 allows any officer authorised", "Brenda Mwila"),
            ("Today it is the opposition. Tomorrow", "Brenda Mwila"),
            ("deeply disappointed", "Zambia Media Freedom Alliance"),
            ("thinking twice before making phone calls", "~reporter"),
        ],
    ),
    # 26 -- Catalonia election; two women (Roig, Navarro) with a man between; told TV3; government spokesperson partial from Madrid; described nurse
    (
'''Voters in Catalonia on Sunday handed the Socialists' Party of Catalonia a clear victory in regional elections, though the party fell short of an outright majority in the 135-seat parliament and will need the support of at least one other group to govern.

Socialist candidate Marta Roig, speaking at an election night rally in Barcelona, said the region had chosen a change of direction. "Catalonia has voted to turn the page. After a decade of confrontation, people want a government that manages hospitals and trains, not one that manages grievances," she said.

Ferran Puig, the candidate of the largest pro-independence party, acknowledged that parties favouring independence had lost their combined majority for the first time in four decades. "A bad night is not the end of a road," Puig told the Catalan public broadcaster TV3. "We will be in opposition, and we will be a demanding opposition."

In Madrid, Spanish government spokesperson Elena Navarro said the result vindicated the government's policy of "dialogue and normalisation" in Catalonia.

Oriol Serra, a political scientist at Pompeu Fabra University, said Roig's path to investiture ran through the left-wing Republican Left of Catalonia. "The arithmetic points to one place. The Republicans can make Roig president, or they can force a repeat election, and neither option is comfortable for them," Serra said.

At a polling station in L'Hospitalet de Llobregat, a 34-year-old nurse said her priorities had changed. "I used to vote for independence. Now I just want my hospital to have enough staff," she said.''',
        [
            ("Catalonia has voted to turn the", "Marta Roig"),
            ("A bad night is not the", "Ferran Puig"),
            ("We will be in opposition, and", "Ferran Puig"),
            ("dialogue and normalisation", "Elena Navarro"),
            ("The arithmetic points to one place", "Oriol Serra"),
            ("I used to vote for independence", "~nurse"),
        ],
    ),
    # 27 -- Vietnam/Japan visit; CURLY; VNA reports Hai's words (speaker is Hai); Vietnamese names referred to by given name ("Hai", "Duc"); anonymous Japanese official speaking to NHK; Chinese spokesperson
    (
'''Vietnam and Japan on Tuesday agreed to deepen cooperation on semiconductors, rare earth processing and maritime security during a visit to Hanoi by Japan's foreign minister, the Vietnam News Agency (VNA) reported.

Japanese Foreign Minister Keiko Nakamura held talks with her Vietnamese counterpart, Nguyen Thanh Hai, and later met the prime minister and the general secretary of the Communist Party.

According to VNA, Hai told Nakamura that Vietnam regarded Japan as “a trustworthy and long-term partner” and welcomed Japanese investment in “high technology fields that create value for both peoples.”

Speaking to reporters after the talks, Nakamura said the relationship had become more important as companies diversified their supply chains. “Vietnam is at the centre of the supply chains that Japan's industry depends on, and we want that relationship to be resilient to any shock,” she said.

Tokyo will provide two additional patrol vessels to the Vietnamese coast guard under a concessional loan. A Japanese foreign ministry official, who asked not to be named, told the public broadcaster NHK that the vessels were “for law enforcement, not for any military purpose.”

Asked about the visit at a regular briefing in Beijing, Chinese foreign ministry spokesperson Guo Ren said cooperation between countries in the region “should not target any third party.”

Tran Minh Duc, a researcher at the Hanoi-based Institute for Regional Studies, said the agreements fitted a long-standing pattern. “Hanoi's strategy is to have many friends and no single patron. Japan is attractive precisely because it brings money and technology without asking Vietnam to choose sides,” Duc said.''',
        [
            ("a trustworthy and long-term partner", "Nguyen Thanh Hai"),
            ("high technology fields that create value", "Nguyen Thanh Hai"),
            ("Vietnam is at the centre of", "Keiko Nakamura"),
            ("for law enforcement, not for any", "~official"),
            ("should not target any third party", "Guo Ren"),
            ("Hanoi's strategy is to have many", "Tran Minh Duc"),
        ],
    ),
    # 28 -- Bolivia loans standoff; reporter's question quoted (~reporter); "the minister replied"; opposition deputy partial then full quote; union leader told radio Erbol
    (
'''Bolivia's Legislative Assembly on Thursday again failed to approve foreign loans worth 1.3 billion dollars, deepening a standoff between the government and the opposition-led chamber as fuel shortages stretched into a third month.

Economy Minister Marcelo Quiroga told a news conference in La Paz that the loans were needed to pay for imports of diesel and petrol. "Every day that these loans sit in a drawer, Bolivians wait longer in fuel queues. This is not about the government. This is about the trucker in Santa Cruz who cannot deliver his cargo," Quiroga said.

One reporter asked: "Will the government allow private companies to import fuel directly?"

"Every option is on the table, but the dollars have to come from somewhere," the minister replied.

Opposition deputy Carla Antelo said the assembly would not approve "blank cheques" for a government that, she said, had spent the country's foreign currency reserves without accountability. She said her bloc would back the loans if the government presented a plan to cut fuel subsidies gradually. "We are not against loans. We are against loans without a plan," Antelo said.

Long queues formed again on Thursday outside petrol stations in El Alto and Cochabamba, and some drivers said they had waited overnight. The central bank has struggled to supply dollars to importers since its reserves fell sharply two years ago, and the state energy company has had difficulty paying for shipments.

Wilson Mamani, leader of the national heavy transport confederation, said his members would block highways from Monday if diesel supplies were not restored. "We have been patient for ten weeks. Patience has run out," Mamani told the radio network Erbol.''',
        [
            ("Every day that these loans sit", "Marcelo Quiroga"),
            ("Will the government allow private companies", "~reporter"),
            ("Every option is on the table", "Marcelo Quiroga"),
            ("blank cheques", "Carla Antelo"),
            ("We are not against loans. We", "Carla Antelo"),
            ("We have been patient for ten", "Wilson Mamani"),
        ],
    ),
    # 29 -- Armenia constitutional referendum; told Reuters, split around cue; foreign ministry spokesperson in Baku; OSCE mission; taxi driver later "the 54-year-old"
    (
'''Armenians voted on Sunday to approve a new constitution in a referendum that the government says is needed to secure a peace treaty with neighbouring Azerbaijan. Preliminary results from the Central Electoral Commission showed 57 percent in favour on a turnout of 41 percent, above the 25 percent threshold required.

Deputy Prime Minister Armen Hakobyan told reporters in Yerevan that the vote was a turning point. "Today Armenians chose peace over permanent uncertainty," he said.

Opposition lawmaker Anahit Sargsyan called the referendum "a capitulation wrapped in a ballot paper." "This government has given away territory, and now it is giving away history," she told Reuters. "Nobody in Baku has promised anything in return."

Azerbaijan's foreign ministry spokesperson, Rashad Guliyev, said Baku "takes note of the result" and would study the final text before commenting further on the timetable for signing the treaty. Azerbaijan has long said it will not sign a peace agreement until Armenia removes what Baku regards as territorial claims from its constitution.

An observation mission from the Organization for Security and Co-operation in Europe said the vote was "well administered but took place in a polarised environment," and noted cases of pressure on public sector employees to vote.

Turnout was lowest in the capital and in the border provinces of Syunik and Tavush, where opposition parties had campaigned for a boycott. In central Yerevan, a taxi driver said he had voted yes after long hesitation. "I lost a brother in 2020. If this paper means my son does not go to war, I sign it," the 54-year-old said.''',
        [
            ("Today Armenians chose peace over permanent", "Armen Hakobyan"),
            ("a capitulation wrapped in a ballot", "Anahit Sargsyan"),
            ("This government has given away territory", "Anahit Sargsyan"),
            ("Nobody in Baku has promised anything", "Anahit Sargsyan"),
            ("takes note of the result", "Rashad Guliyev"),
            ("well administered but took place in", "Organization for Security and Co-operation in Europe"),
            ("I lost a brother in 2020", "~driver"),
        ],
    ),
    # 30 -- Nepal coalition collapse; CURLY; Office of the President partial; two men in turn, "He added" and "he said" across paragraphs resolving to the second; according to The Kathmandu Post; described tea shop owner
    (
'''Nepal's coalition government collapsed on Monday after the second-largest party in the governing alliance withdrew its support, leaving Prime Minister Krishna Prasad Adhikari without a majority in the House of Representatives.

The Office of the President said in a statement that parties had been asked to form a majority government “within seven days” under the relevant article of the constitution.

Adhikari said he would face a vote of confidence rather than resign. “I was not appointed by one party, and I will not be removed by one party's press release,” Adhikari told reporters outside his official residence in Baluwatar. “Parliament will decide.”

Hari Bhandari, chairman of the Unified People's Party, accused the prime minister of breaking a power-sharing deal under which the premiership was to rotate after two years. “The prime minister has ignored every agreement we signed with him. We gave him two years, and that was more than enough,” Bhandari said at a party meeting in Kathmandu, according to The Kathmandu Post.

He added that his party was in talks with other groups about forming a new government. “Our doors are open to everyone except the prime minister,” he said.

Sita Gurung, a political analyst based in Kathmandu, said the collapse followed a familiar pattern. “Nepal has had more than thirty governments since 1990. Coalitions here are built on arithmetic, not ideology, so they fall apart the moment the arithmetic changes,” Gurung said.

At a tea shop in the capital's Asan market, the owner shrugged at the news. “They change chairs, we pay the bill,” he said.''',
        [
            ("within seven days", "Office of the President"),
            ("I was not appointed by one", "Krishna Prasad Adhikari"),
            ("Parliament will decide", "Krishna Prasad Adhikari"),
            ("The prime minister has ignored every", "Hari Bhandari"),
            ("Our doors are open to everyone", "Hari Bhandari"),
            ("Nepal has had more than thirty", "Sita Gurung"),
            ("They change chairs, we pay the", "~owner"),
        ],
    ),
]
STORIES_AX = [
    # 1 -- mayoral debate, two men alternating; "the 44-year-old", "the mayor", split quote around cue, partial quote, unnamed voter
    (
'''The two men vying to become mayor of Harlow Bay traded accusations over housing and policing on Tuesday night in a debate that at times descended into shouting.

Incumbent Daniel Okafor, 58, opened by defending his record on affordable housing. "We have built more homes in four years than the previous administration managed in twelve," he said. "That is not a slogan. That is concrete and steel."

His challenger, city councillor Peter Lindqvist, was quick to respond. "Concrete and steel that nobody on a teacher's salary can afford," the 44-year-old said, drawing applause from parts of the hall.

Okafor shot back that the councillor had voted against three of the five housing bills brought before the council during his term. "You can't vote no and then complain that nothing was built," he said.

"I voted no because those bills handed public land to developers for a dollar, and I'd do it again," Lindqvist replied.

The exchange set the tone for the evening. On policing, Lindqvist described the mayor's plan to hire 200 new officers as "a press release, not a policy", arguing that the city had failed to fill the vacancies it already had.

"Recruitment takes time," the mayor said. "Every city in this state is competing for the same pool of candidates, and we are winning more than our share."

Pressed by the moderator, local radio host Ann Whitcombe, on whether he would keep the current police chief, Lindqvist declined to give a straight answer. "I'll sit down with every department head in my first week," he said. "Nobody gets a free pass, and nobody gets fired by press conference."

Outside the venue, voters appeared divided. "I came in undecided and I'm leaving undecided. They both talked a lot about each other," said one retired nurse who asked not to be named.

The election is on 7 November. A second debate, on the city budget, is scheduled for later this month at the Harlow Bay Community College.''',
        [
            ("We have built more homes in four", "Daniel Okafor"),
            ("That is not a slogan. That", "Daniel Okafor"),
            ("Concrete and steel that nobody on", "Peter Lindqvist"),
            ("You can't vote no and then", "Daniel Okafor"),
            ("I voted no because those bills", "Peter Lindqvist"),
            ("a press release, not a policy", "Peter Lindqvist"),
            ("Recruitment takes time", "Daniel Okafor"),
            ("Every city in this state is", "Daniel Okafor"),
            ("I'll sit down with every department", "Peter Lindqvist"),
            ("Nobody gets a free pass, and", "Peter Lindqvist"),
            ("I came in undecided and I'm", "~nurse"),
        ],
    ),
    # 2 -- landlord and tenant, two women; curly quotes; "the landlord", quote with no verb after "Sandhu laughed", statement partial, "the 56-year-old", one-word quote
    (
'''A dispute between a Leeds landlord and her former tenant over a £2,400 deposit has ended up before a housing tribunal, with each woman accusing the other of dishonesty.

Karen Mills, who rented a two-bedroom flat in Headingley to Priya Sandhu for three years, says the property was left with damp damage, a broken oven and holes in several walls.

“I have photographs of every room from the day she moved in and the day she moved out,” Mills told the Yorkshire Evening Post. “The difference speaks for itself.”

Sandhu, a 31-year-old pharmacist, disputes that account. She says the damp was a long-standing problem that she reported repeatedly and that nothing was done about it. “I sent eleven emails about the mould in the back bedroom,” she said. “Eleven. I got two replies, and neither of them said anyone was coming.”

The landlord insists that the tenant never let contractors in. “Every time we arranged a visit, there was a reason it couldn’t happen. You can’t refuse the repair and then blame me for the damage,” she said.

Asked about that claim, Sandhu laughed. “That is simply not true. I took a day off work twice for those visits and nobody turned up.”

The deposit is held by the Deposit Protection Service, which said in a statement that it “does not comment on individual cases” but that most disputes referred to adjudication were resolved within 28 days.

Tenant advocates say the case is typical. “Damp is the single most common issue we see, and it’s almost always a fight over who caused it,” said Tom Reilly of the Leeds Renters Network, a charity that advises private tenants.

Mills said she had considered selling the flat. “After this, I’m not sure I want to be a landlord at all,” the 56-year-old said.

Sandhu was unmoved. “Good,” she said.''',
        [
            ("I have photographs of every room", "Karen Mills"),
            ("The difference speaks for itself.", "Karen Mills"),
            ("I sent eleven emails about the", "Priya Sandhu"),
            ("Eleven. I got two replies, and", "Priya Sandhu"),
            ("Every time we arranged a visit,", "Karen Mills"),
            ("That is simply not true. I", "Priya Sandhu"),
            ("does not comment on individual cases", "Deposit Protection Service"),
            ("Damp is the single most common", "Tom Reilly"),
            ("After this, I’m not sure I", "Karen Mills"),
            ("Good", "Priya Sandhu"),
        ],
    ),
    # 3 -- manager and striker, two men; Instagram "wrote", partial quotes, "the Italian", agent told the BBC, club statement
    (
'''Castleford Rovers manager Marco Bellini has insisted there is "no crisis" at the club after striker Jamal Osei publicly questioned his tactics following Saturday's 3-0 home defeat by Ashford Town.

Osei, who was substituted at half-time, wrote on Instagram on Sunday that he was "tired of running after long balls that were never meant to reach me". The post was deleted within an hour, but not before screenshots had been shared thousands of times.

Speaking at his pre-match press conference on Thursday, Bellini said he had spoken to the 26-year-old. "We had a conversation, man to man, and it stays between us," he said. "Jamal is an important player. But nobody is bigger than the team, not me and not him."

Asked whether Osei would start against Millbrook on Saturday, the Italian smiled. "You will see at three o'clock."

Osei's agent, Lionel Fairweather, told the BBC that his client had "no regrets about caring". "He wants to win. He posted something in the heat of the moment, and he has apologised to his teammates," Fairweather said. "But the frustration is real, and it is shared in that dressing room."

The comments prompted a sharp response from Bellini when they were put to him. "If other people in the dressing room have a problem, my door is open. They don't need to send messages through agents," he said.

Osei himself broke his silence after training on Friday. "I respect the manager," he told reporters. "I said what I said because I want this club in the top six. If that's a crime, then I'm guilty."

Rovers are 11th in the table, eight points off the play-off places, and have won just once in their last seven league matches. Bellini, appointed in the summer on a three-year contract, is under growing pressure from sections of the support.

In a statement, the club said it would "deal with the matter internally" and that both men retained the board's confidence.''',
        [
            ("no crisis", "Marco Bellini"),
            ("tired of running after long balls", "Jamal Osei"),
            ("We had a conversation, man to", "Marco Bellini"),
            ("Jamal is an important player. But", "Marco Bellini"),
            ("You will see at three", "Marco Bellini"),
            ("no regrets about caring", "Lionel Fairweather"),
            ("He wants to win. He posted", "Lionel Fairweather"),
            ("But the frustration is real, and", "Lionel Fairweather"),
            ("If other people in the dressing", "Marco Bellini"),
            ("I respect the manager", "Jamal Osei"),
            ("I said what I said because", "Jamal Osei"),
            ("deal with the matter internally", "Castleford Rovers"),
        ],
    ),
    # 4 -- two women ministers; curly quotes; "the health minister", "the 61-year-old added:", opposition spokesperson, office spokesperson
    (
'''Cabinet tensions spilled into public view on Wednesday as Finance Minister Helen Grant and Health Minister Sofia Marchetti offered sharply different accounts of a proposed 4 percent cut to hospital budgets.

Grant, presenting the spending review to parliament, said the reductions were “painful but unavoidable” given rising debt interest costs. “Every minister around the cabinet table has been asked to find savings, and health cannot be the only department that is exempt from reality,” she told MPs.

Within hours, Marchetti gave an interview to the national broadcaster RTN in which she appeared to distance herself from the plan.

“I did not agree to a 4 percent cut, and I would not have agreed to one,” the health minister said. “What was discussed was efficiency savings, reinvested in frontline care. That is a very different thing.”

Asked whether she had been overruled, she paused. “I think the finance minister will have to explain her numbers. I can only explain mine.”

Grant, speaking to reporters outside the Treasury later that evening, rejected any suggestion of a split. “Sofia and I have worked together for years. We had a frank discussion, as colleagues do, and the figures in the review are the figures the cabinet signed off,” she said.

The 61-year-old added: “If anyone is suggesting I misled parliament, they should say so plainly.”

Opposition health spokesperson Rachel Obi said the government was “at war with itself”. “Patients on waiting lists don’t care which minister is right,” she said. “They care that the money is running out.”

A spokesperson for the Prime Minister’s Office said the prime minister had “full confidence” in both ministers and that the spending review would be voted on next week as planned.''',
        [
            ("painful but unavoidable", "Helen Grant"),
            ("Every minister around the cabinet table", "Helen Grant"),
            ("I did not agree to a", "Sofia Marchetti"),
            ("What was discussed was efficiency savings,", "Sofia Marchetti"),
            ("I think the finance minister will", "Sofia Marchetti"),
            ("Sofia and I have worked together", "Helen Grant"),
            ("If anyone is suggesting I misled", "Helen Grant"),
            ("at war with itself", "Rachel Obi"),
            ("Patients on waiting lists don’t care", "Rachel Obi"),
            ("They care that the money is", "Rachel Obi"),
            ("full confidence", "Prime Minister’s Office"),
        ],
    ),
    # 5 -- factory fire; company statement and company spokesman, union convenor, deputy chief; "the statement said", "the spokesman added"
    (
'''A fire at the Brennan Foods packaging plant in Dunmore forced the evacuation of around 300 workers early on Monday, and union officials say it was the third blaze at the site in two years.

No one was seriously injured. Two workers were treated at the scene for smoke inhalation, according to the county fire service, and a third was taken to hospital as a precaution after twisting an ankle during the evacuation.

"Crews arrived within eight minutes and had the fire under control within the hour," said Deputy Chief Raymond Kowalski of the Dunmore Fire Department. "The cause is under investigation, and it's too early to say anything more than that."

Brennan Foods said in a statement that production would resume on Wednesday and that staff would be paid in full for lost shifts. "The safety of our people is our first priority," the statement said.

That line drew scorn from Gary Doyle, the site convenor for the workers' union. "They said exactly the same thing last March, and the March before that," he said. "If safety were the first priority, the extraction system in hall two would have been replaced years ago."

Doyle said workers had raised concerns about dust build-up in the packaging hall at least four times since the last fire, and that two of those complaints had been put in writing.

A company spokesman, asked about the complaints, said all reports were "logged and acted on". "We will cooperate fully with the fire service and the Health and Safety Executive, as we always have," the spokesman added.

The plant, which makes cartons and trays for supermarket ready meals, is the largest private employer in the town.''',
        [
            ("Crews arrived within eight minutes and", "Raymond Kowalski"),
            ("The cause is under investigation, and", "Raymond Kowalski"),
            ("The safety of our people is", "Brennan Foods"),
            ("They said exactly the same thing", "Gary Doyle"),
            ("If safety were the first priority,", "Gary Doyle"),
            ("logged and acted on", "Brennan Foods"),
            ("We will cooperate fully with the", "Brennan Foods"),
        ],
    ),
    # 6 -- fraud trial closing speeches, prosecutor and defence barrister (men) alternating; one-word partial "theatre"; victim outside court
    (
'''Closing arguments in the fraud trial of former property developer Alan Reeve concluded on Thursday, with prosecutor Simon Hart describing him as "a man who lied as easily as he breathed" and the defence insisting he was the victim of a collapsing market.

Hart told the jury at Southwark Crown Court that Reeve, 63, had taken deposits from more than 140 buyers for apartments he knew would never be built. "He took their savings, he took their pensions, and he took their trust," Hart said. "And when the money ran out, he took a flight to Marbella."

Defence barrister Michael Adeyemi urged jurors to look past what he called "theatre". "Nobody in this room disputes that people lost money. That is a tragedy," he said. "But a failed business is not a crime. If it were, half the high street would be in the dock."

Hart, in a brief reply, dismissed the comparison. "High street shops don't forge bank letters," he said.

The letters, which purported to show that Reeve's company had secured £30 million in construction finance, were central to the prosecution case. Adeyemi told the court they had been prepared by an accountant who had since died and could not be questioned. "The prosecution wants you to convict a man for the paperwork of a ghost," he said.

Outside court, Patricia Lomax, who lost a £40,000 deposit on a flat in one of the unbuilt blocks, said she had waited six years for the case to reach this point. "I just want someone to say out loud that what happened to us was wrong," she said.

Judge Eleanor Price is expected to send the jury out on Monday after summing up the evidence. Reeve denies 11 counts of fraud.''',
        [
            ("a man who lied as easily", "Simon Hart"),
            ("He took their savings, he took", "Simon Hart"),
            ("And when the money ran out,", "Simon Hart"),
            ("theatre", "Michael Adeyemi"),
            ("Nobody in this room disputes that", "Michael Adeyemi"),
            ("But a failed business is not", "Michael Adeyemi"),
            ("High street shops don't forge bank", "Simon Hart"),
            ("The prosecution wants you to convict", "Michael Adeyemi"),
            ("I just want someone to say", "Patricia Lomax"),
        ],
    ),
    # 7 -- wildfire; curly quotes; unnamed firefighter, "told Reuters", unnamed elderly woman, farmer "joked", minister in a statement
    (
'''Firefighters in southern Portugal were battling for a third day on Friday to contain a wildfire that has burned more than 9,000 hectares and forced the evacuation of a dozen villages in the hills of the Algarve.

“The wind changes direction every twenty minutes. You build a line and then the fire is behind you,” one firefighter at the scene told reporters, his face streaked with ash.

Civil protection commander André Fernandes told Reuters that more than 800 personnel, 250 vehicles and 14 aircraft had been deployed. “The next 24 hours are decisive,” he said. “If the wind drops tonight as forecast, we have a real chance of getting ahead of it.”

In the village of Alferce, residents watched from the main square as smoke rose over the ridge. Some had refused to leave. “We lost everything in 2003. I am not going to lose everything again,” said one elderly woman, sitting on a plastic chair outside her front door with a garden hose at her feet.

A farmer from a nearby hamlet said he had moved his goats to the village football pitch, which firefighters were using as a staging area. “They are safer there than I am,” he joked.

The government has faced criticism from opposition parties for cuts to forest management budgets, and for what critics say is a failure to clear undergrowth along roads. Environment Minister Catarina Lopes rejected the criticism. “This is not the moment for politics,” she said in a statement. “This is the moment to protect lives and property, and to support the people on the front line.”

Temperatures across the region are forecast to stay above 40C until at least Sunday.''',
        [
            ("The wind changes direction every twenty", "~firefighter"),
            ("The next 24 hours are decisive", "André Fernandes"),
            ("If the wind drops tonight as", "André Fernandes"),
            ("We lost everything in 2003. I", "~woman"),
            ("They are safer there than I", "~farmer"),
            ("This is not the moment for", "Catarina Lopes"),
            ("This is the moment to protect", "Catarina Lopes"),
        ],
    ),
    # 8 -- school board, two women trustees; partial quote in lead attributed later; Facebook post "wrote"; "she asked"; superintendent
    (
'''A row over a proposed four-day school week in the Pine Ridge School District has pitted two board trustees against each other, with one accusing the other of "scaring parents" with misleading figures.

Trustee Linda Carver, who has championed the change, says it would save the district about $1.2 million a year in transport and heating costs and help it hold on to teachers. "We are losing good people to districts across the state line that already run four-day weeks," Carver said at Monday's board meeting. "This is about recruitment as much as money."

Fellow trustee Deborah Nunez disagreed. "Who looks after the children on the fifth day?" she asked. She said she had heard from dozens of parents who were worried about the cost of extra childcare.

Nunez later posted on Facebook a chart suggesting test scores had fallen in districts that moved to a shorter week. Carver, 49, called the chart "cherry-picked" and accused her colleague of fearmongering.

"She knows those numbers come from one study in one state," Carver told the Pine Ridge Gazette. "I'd be happy to debate her on the evidence any time."

Nunez was unrepentant. "Parents deserve to see the risks, not just a sales pitch," she wrote in a follow-up post on Tuesday. "If Linda wants a debate, name the date."

Superintendent Mark Ellison said the district would hold three public forums before any decision was made. "We want to hear from every family, including the ones who can't make a Tuesday night meeting," he said.

The board is expected to vote in March. If approved, the change would take effect at the start of the next school year.''',
        [
            ("scaring parents", "Linda Carver"),
            ("We are losing good people to", "Linda Carver"),
            ("This is about recruitment as much", "Linda Carver"),
            ("Who looks after the children on", "Deborah Nunez"),
            ("cherry-picked", "Linda Carver"),
            ("She knows those numbers come from", "Linda Carver"),
            ("I'd be happy to debate her", "Linda Carver"),
            ("Parents deserve to see the risks,", "Deborah Nunez"),
            ("If Linda wants a debate, name", "Deborah Nunez"),
            ("We want to hear from every", "Mark Ellison"),
        ],
    ),
    # 9 -- tennis final, two women; curly quotes; "the Croatian", unnamed organisers' statement, quote with no verb after "Vasquez shrugged", past remark as partial quote
    (
'''Elena Vasquez said she had “dreamed of this moment since I was six years old” after beating defending champion Mila Horvat 6-4, 3-6, 7-5 in a tense Australian Open final in Melbourne on Saturday.

The 22-year-old Spaniard saved two break points at 5-5 in the deciding set before breaking serve to seal her first Grand Slam title. “I was shaking. Honestly, I couldn’t feel my arm, but I told myself, one more point, one more point,” she said.

Horvat, who had won their previous four meetings, was gracious in defeat but pointed to a disputed line call in the ninth game of the final set. “It was out. Everybody in the stadium saw it was out,” the Croatian said. “But I don’t want to take anything away from her. She played better in the big moments.”

Tournament organisers said in a statement that the call had been “reviewed and confirmed” by the electronic line-calling system.

Asked about the call, Vasquez shrugged. “I didn’t see it. I was just trying to get the ball back.”

The two have a cool relationship off the court. Horvat said last year that Vasquez “celebrates too much”, a remark the Spaniard has clearly not forgotten. “Maybe now she will understand why I celebrate,” Vasquez said with a smile.

Told of the comment, Horvat laughed. “She can celebrate tonight. I will see her in Paris.”

Vasquez will rise to second in the world rankings on Monday, one place above Horvat, who drops to third. Her prize money of A$3.5 million is the largest of her career.''',
        [
            ("dreamed of this moment since I", "Elena Vasquez"),
            ("I was shaking. Honestly, I couldn’t", "Elena Vasquez"),
            ("It was out. Everybody in the", "Mila Horvat"),
            ("But I don’t want to take", "Mila Horvat"),
            ("reviewed and confirmed", "~organisers"),
            ("I didn’t see it. I was", "Elena Vasquez"),
            ("celebrates too much", "Mila Horvat"),
            ("Maybe now she will understand why", "Elena Vasquez"),
            ("She can celebrate tonight. I will", "Mila Horvat"),
        ],
    ),
    # 10 -- two male senators on X; "posted on X", "he wrote", "fired back:", "the senator said" with two senators in play, party chair, political scientist
    (
'''Two Republican state senators competing for their party's nomination for governor traded insults on social media on Wednesday after a new poll showed them tied.

The poll, conducted by Palmetto Research for the Greenville News, put each man on 31 percent among likely primary voters, with 28 percent still undecided. The primary is in June.

State Senator Wade Tillman posted on X that his rival, Senator Curtis Bragg, had "spent more time on cable news than in committee". Bragg, 52, responded within minutes. "Wade, I'd rather be on TV defending our values than hiding from them," he wrote.

Tillman fired back: "Attendance records are public. Look them up."

Tillman, a former county sheriff, has built his campaign around crime and border security, while Bragg, a businessman first elected in 2016, has emphasised tax cuts and has become a frequent guest on national conservative television.

Speaking to reporters later at a campaign stop in Greenville, Bragg said he was not worried. "Voters don't care who showed up to a subcommittee hearing in 2019," the senator said. "They care about gas prices."

Neither campaign responded to requests for further comment on Thursday. The winner of the primary is expected to face Democratic state treasurer Angela Morton in November.

The state party chairman, Leon Pruitt, urged both men to "keep it civil". Political scientist Joan Mercer of Furman University said the spat was unlikely to move many voters. "Primaries this close tend to get nasty in the last few months, not the first," she said.''',
        [
            ("spent more time on cable news", "Wade Tillman"),
            ("Wade, I'd rather be on TV", "Curtis Bragg"),
            ("Attendance records are public. Look them", "Wade Tillman"),
            ("Voters don't care who showed up", "Curtis Bragg"),
            ("They care about gas prices.", "Curtis Bragg"),
            ("keep it civil", "Leon Pruitt"),
            ("Primaries this close tend to get", "Joan Mercer"),
        ],
    ),
    # 11 -- nurses' strike, union branch chair and hospital chief executive (women); curly quotes; "told BBC Wales", government statement partial
    (
'''Nurses at St Aidan’s Hospital in Cardiff will strike for 48 hours next week after talks between their union and hospital management collapsed on Thursday night.

Bethan Lloyd, who chairs the nurses’ union branch at the hospital, said members had been left with no choice. “Nobody goes into nursing wanting to walk out on patients,” she said. “But we are working double shifts with half the staff we need, and something has to give.”

The hospital’s chief executive, Dr Fiona McAllister, said she was “deeply disappointed” and accused the union of walking away from a fair offer. “We put 5.5 percent on the table. That is the best offer anywhere in Wales,” she told BBC Wales.

Lloyd disputed that figure. “The 5.5 percent includes money that was already promised last year. It is the same offer, in a new envelope,” she said.

About 1,100 nurses at the hospital are union members, and more than 80 percent of those who voted in last month’s ballot backed industrial action. It would be the first strike at St Aidan’s in its 60-year history. Unions representing porters and cleaning staff at the hospital have said they will not cross picket lines.

McAllister insisted emergency care would not be affected. “Patients who need us will be seen, and planned operations will be rescheduled. We will contact every patient individually,” she said.

The Welsh Government said in a statement that it “urged both sides to return to talks as soon as possible” and that it had offered the services of an independent mediator.''',
        [
            ("Nobody goes into nursing wanting to", "Bethan Lloyd"),
            ("But we are working double shifts", "Bethan Lloyd"),
            ("deeply disappointed", "Fiona McAllister"),
            ("We put 5.5 percent on the", "Fiona McAllister"),
            ("The 5.5 percent includes money that", "Bethan Lloyd"),
            ("Patients who need us will be", "Fiona McAllister"),
            ("urged both sides to return to", "Welsh Government"),
        ],
    ),
    # 12 -- pub closure, publican and developer (men); "the former", told the Gazette, parish chair, council partial
    (
'''Plans to turn the Red Lion, the last pub in the Somerset village of Ashcombe, into four houses have split the community, with the publican and the developer behind the scheme offering starkly different visions of its future.

Neil Harding, who has run the Red Lion for 17 years, says the business is viable and that the pub company that owns the building gave him notice without warning. Property developer Graham Stokes, who has agreed to buy the site, says it has lost money for a decade.

"This pub has been the heart of Ashcombe since 1784, and you don't get that back once it's gone," Harding said.

Stokes, speaking to the Somerset County Gazette, said he understood the strength of feeling but that sentiment could not pay the bills. "If the village wanted this pub, the village would drink in it," he said. "On a Tuesday night there are six people in there, and four of them are related to Neil."

The former rejected that characterisation. "Come in on a Friday and tell me that," he said.

Villagers have applied to have the Red Lion listed as an asset of community value, which would give them six months to raise money to buy it. Parish council chair Susan Whitlock said more than 300 people, in a village of fewer than 900, had signed a petition. "There's real determination here. People have seen what happened to the shop and the post office," she said.

Somerset Council said the planning application would be decided "in the usual way" by its planning committee, probably in the spring.''',
        [
            ("This pub has been the heart", "Neil Harding"),
            ("If the village wanted this pub,", "Graham Stokes"),
            ("On a Tuesday night there are", "Graham Stokes"),
            ("Come in on a Friday and", "Neil Harding"),
            ("There's real determination here. People have", "Susan Whitlock"),
            ("in the usual way", "Somerset Council"),
        ],
    ),
    # 13 -- disputed science study, two women scientists; curly quotes; "told the Guardian", "the 57-year-old", agency partial
    (
'''A study claiming that a common food additive raises the risk of bowel disease has drawn sharp criticism from other scientists, who say its conclusions go far beyond its data.

The paper, published on Monday in the journal Gut Health Reports, followed 12,000 adults in Denmark for eight years. Its lead author, Professor Ingrid Dahl of the University of Aarhus, said the findings were “a strong signal that regulators cannot ignore”.

“We saw a consistent association between higher intake and inflammatory symptoms, even after adjusting for diet, smoking and weight,” she told the Guardian.

But Dr Ruth Okonkwo, an epidemiologist at King’s College London who was not involved in the research, said the study could not show cause and effect. “This is an observational study. People who eat a lot of ultra-processed food differ in dozens of ways from people who don’t,” she said. “To pin it on one additive is a leap.”

Dahl rejected the criticism. “Of course correlation is not causation, and we say that clearly in the paper. But at some point the weight of evidence matters,” the 57-year-old said.

Okonkwo was unconvinced. “The paper is careful. The press release is not,” she said.

The additive, a thickening agent used in ice cream, sauces and some plant-based milks, is approved for use across the European Union and in the UK.

The Food Standards Agency said it would “review the study alongside the wider body of evidence” and that there was no need for consumers to change their diets.''',
        [
            ("a strong signal that regulators cannot", "Ingrid Dahl"),
            ("We saw a consistent association between", "Ingrid Dahl"),
            ("This is an observational study. People", "Ruth Okonkwo"),
            ("To pin it on one additive", "Ruth Okonkwo"),
            ("Of course correlation is not causation,", "Ingrid Dahl"),
            ("The paper is careful. The press", "Ruth Okonkwo"),
            ("review the study alongside the wider", "Food Standards Agency"),
        ],
    ),
    # 14 -- basketball coach and player (women); "told ESPN", "the coach", GM statement partial
    (
'''The Portland Pines' troubled season took another turn on Tuesday when star guard Keisha Monroe confirmed she had asked to be traded, two days after being benched for the entire fourth quarter of a loss to Seattle.

"I want to play somewhere I'm trusted. That's all I've ever asked for," Monroe, 28, told ESPN.

Head coach Tamara Ruiz said she had learned of the request from the media. "That's disappointing, honestly. I'd have preferred to hear it from her," Ruiz said before practice. "My job is to win basketball games, and I made the decision I thought gave us the best chance."

Monroe, who is averaging 17.4 points a game, was unimpressed by that explanation. "We lost by twelve," she said.

The Pines have lost six of their last eight games and sit tenth in the standings. Monroe, a three-time All-Star, signed a four-year contract extension last year, and any trade would have to be completed before next month's deadline. Ruiz, in her second season in charge, has been criticised by fans for her rotation policy, and several players have privately complained about inconsistent minutes, according to people familiar with the locker room.

General manager Paul Brandt said in a statement that the team had "no intention" of trading its best player and that he expected the matter to be settled privately.

The coach struck a more conciliatory tone later in the day. "Keisha is a great player and a great person. We'll figure this out," she told reporters after practice.''',
        [
            ("I want to play somewhere I'm", "Keisha Monroe"),
            ("That's disappointing, honestly. I'd have preferred", "Tamara Ruiz"),
            ("My job is to win basketball", "Tamara Ruiz"),
            ("We lost by twelve", "Keisha Monroe"),
            ("no intention", "Paul Brandt"),
            ("Keisha is a great player and", "Tamara Ruiz"),
        ],
    ),
    # 15 -- missing hiker found; police statement partial, rescue leader, unnamed volunteer with split quote, unnamed daughter
    (
'''A 71-year-old hiker missing for three nights in the Cairngorms was found alive on Sunday morning, sheltering beneath a boulder about two miles from the path he had set out on.

More than 60 mountain rescue volunteers, two search dogs and a coastguard helicopter had been involved in the search, which was hampered on Friday and Saturday by low cloud and snow showers.

The alarm was raised on Thursday evening when the man failed to return to his car at the Glenmore car park. His family said he was an experienced walker who had climbed all of Scotland's 282 Munros.

Police Scotland said the man, from Aberdeen, had been airlifted to Raigmore Hospital in Inverness suffering from hypothermia but was "conscious and talking".

Cairngorm Mountain Rescue Team leader Iain Fraser said the man had done "exactly the right thing" by staying put. "He found shelter, he put on every layer he had, and he waited. That's why he's alive," Fraser said.

A volunteer who reached him first said he had greeted the team with a question. "The first thing he asked was whether we'd brought any tea," she said, laughing. "We had."

The man's daughter, who asked not to be named, said in a message passed on by police that the family was "overwhelmed with gratitude" to everyone who had taken part in the search.

Fraser urged walkers to check mountain forecasts before setting out at this time of year and to leave details of their route with someone at home.''',
        [
            ("conscious and talking", "Police Scotland"),
            ("exactly the right thing", "Iain Fraser"),
            ("He found shelter, he put on", "Iain Fraser"),
            ("The first thing he asked was", "~volunteer"),
            ("We had.", "~volunteer"),
            ("overwhelmed with gratitude", "~daughter"),
        ],
    ),
    # 16 -- two male coalition ministers on coal plant; lead partials by role only, "the minister said", quote without verb, grid operator statement
    (
'''Coalition partners clashed openly on Sunday over plans to extend the life of the country's last coal-fired power station, with the energy minister calling it "a sensible insurance policy" and the environment minister warning it would "wreck our credibility".

Energy Minister Rhys Morgan told the Sunday Politics programme that keeping the Carrow Point plant open until 2030 was needed to keep the lights on during cold snaps. "We are not building new coal. We are keeping an old plant on standby for the handful of days when the wind doesn't blow and the sun doesn't shine," he said.

Hours later, Environment Minister Tom Ashby, whose Green party is the junior partner in the coalition, told the same programme that he had not been consulted. "I read about this in the newspaper like everybody else," the minister said. "That's not how a coalition is supposed to work."

Morgan, asked about Ashby's remarks in a later interview with the Press Association, said the matter had been "discussed at length" in cabinet. "Tom was in the room. I don't know what else to tell you."

The plant, which opened in 1971, had been due to close next year. Environmental groups have threatened legal action if the extension goes ahead. Opinion polls suggest the coalition's support has fallen by six points since the spring, and the two parties are due to renegotiate their governing agreement next year.

The national grid operator, GridCo, said in a statement that it would publish its assessment of winter supply "in the coming weeks".''',
        [
            ("a sensible insurance policy", "Rhys Morgan"),
            ("wreck our credibility", "Tom Ashby"),
            ("We are not building new coal.", "Rhys Morgan"),
            ("I read about this in the", "Tom Ashby"),
            ("That's not how a coalition is", "Tom Ashby"),
            ("discussed at length", "Rhys Morgan"),
            ("Tom was in the room. I", "Rhys Morgan"),
            ("in the coming weeks", "GridCo"),
        ],
    ),
    # 17 -- café owner and landlord (men); curly quotes; "the landlord told Bristol Live", unnamed regular
    (
'''The owner of a popular Bristol café says he will be forced to close after his landlord more than doubled the rent, in a dispute that has prompted an outpouring of support from customers.

Yusuf Demir, 38, has run Little Anatolia on Gloucester Road since 2015. He says the annual rent will rise from £22,000 to £48,000 when his lease is renewed in April. “I have put ten years of my life into this place,” he said. “Nobody can make that kind of money selling coffee and pastries.”

The building’s owner, Clive Hartley, said the new figure simply reflected market rates. “I’m not a charity, and I’ve been undercharging him for years. Other tenants on that road pay more,” the landlord told Bristol Live.

Demir said he had offered £30,000, the most he believed the business could bear. “He didn’t even reply to the email,” he said.

Hartley, 61, said he had received the offer but considered it too low to discuss. He added that he had no plans to change the building’s use and would be happy for another café to take on the lease.

A petition calling on Hartley to reconsider has gathered more than 6,000 signatures in a week, and local councillors have written to Hartley urging him to reconsider. “It’s the only place round here where the owner knows your name,” said one regular, a retired teacher who has come in most mornings for eight years.

Demir says he has not given up. “I still hope he changes his mind,” he said.''',
        [
            ("I have put ten years of", "Yusuf Demir"),
            ("Nobody can make that kind of", "Yusuf Demir"),
            ("I’m not a charity, and I’ve", "Clive Hartley"),
            ("He didn’t even reply to the", "Yusuf Demir"),
            ("It’s the only place round here", "~regular"),
            ("I still hope he changes his", "Yusuf Demir"),
        ],
    ),
    # 18 -- council by-election, two women candidates; "the 39-year-old" with paraphrase then quote, partial, coalition statement
    (
'''Two candidates for the Ward 6 seat on Halifax regional council clashed on Thursday over the future of the city's network of protected bike lanes, an issue that has come to dominate the by-election campaign.

Claire Dubois, a former urban planner, said at a candidates' forum in the North End that the lanes on Gottingen Street had made the road safer for everyone. "Collisions on that stretch are down by a third since the lanes went in. Those are the city's own numbers," she said.

Her opponent, small business owner Nadia Haddad, has called the lanes "a solution looking for a problem" and promised to review them if elected. The 39-year-old told the forum that several shops on the street had reported falling trade since parking spaces were removed.

"I ride a bike. I'm not anti-bike. But when a bakery that has been there for forty years tells me it's losing customers, I think we should listen," Haddad said.

Dubois was unmoved. "Then tell us which lanes you'd rip out. Voters deserve to know before they vote, not after," she said.

The Halifax Cycling Coalition said in a statement that it would not endorse either candidate but urged voters to "look closely at the safety data" before casting their ballots.

Bike lanes have become a flashpoint in several Canadian cities this year. The seat became vacant in the spring when the previous councillor stepped down for health reasons. Polls open on 14 October, and advance voting begins next week at three locations in the ward.''',
        [
            ("Collisions on that stretch are down", "Claire Dubois"),
            ("a solution looking for a problem", "Nadia Haddad"),
            ("I ride a bike. I'm not", "Nadia Haddad"),
            ("Then tell us which lanes you'd", "Claire Dubois"),
            ("look closely at the safety data", "Halifax Cycling Coalition"),
        ],
    ),
    # 19 -- cricket captain and chairman of selectors (men); curly quotes; reported speech with partial and trailing "he said" = the selector; board statement
    (
'''Ireland captain Liam Doherty says he was “blindsided” by the decision to drop wicketkeeper Conor Walsh for next week’s Test against Zimbabwe, exposing a rift with the national selectors.

Speaking at a press conference in Dublin on Monday, the 34-year-old said he had not been consulted. “I found out when the squad was announced, the same as you. I’d expect to be part of that conversation,” Doherty said.

Walsh, 29, has kept wicket in Ireland’s last 14 Tests but has scored only 212 runs in his last ten innings. He is replaced by the uncapped Niall Byrne, 22, who scored three centuries for Leinster this season. Byrne has kept wicket for Ireland’s under-19 and A teams, and the selectors are under pressure to give younger players a chance before next year’s tour of England, where Ireland will play three Tests for the first time.

Chairman of selectors Kevin Nolan, in an interview with RTÉ Radio, rejected the captain’s account. Doherty had been sent the squad “a full day before” it was published, he said, and had raised no objection at the time.

Told of Nolan’s comments, Doherty shook his head. “An email at eleven o’clock at night isn’t a conversation.”

Walsh did not respond to requests for comment. Cricket Ireland said in a statement that it would “review how squad decisions are communicated” to the captain and coaching staff.

The first Test begins in Bulawayo on Thursday. Doherty, who has captained the side since 2021, said the row would not affect his preparation.''',
        [
            ("blindsided", "Liam Doherty"),
            ("I found out when the squad", "Liam Doherty"),
            ("a full day before", "Kevin Nolan"),
            ("An email at eleven o’clock at", "Liam Doherty"),
            ("review how squad decisions are communicated", "Cricket Ireland"),
        ],
    ),
    # 20 -- stranded passengers; quote running over two paragraphs, airline statement, unnamed student, consumer group partial
    (
'''Hundreds of passengers were left stranded at Manchester Airport overnight on Friday after a series of cancellations by budget carrier SkyBridge, with some families sleeping on the terminal floor.

Seven flights to Spain, Portugal and the Canary Islands were cancelled between 6pm and 10pm, affecting an estimated 1,300 passengers. The airport said it had opened an additional lounge overnight and handed out blankets and bottled water.

"We were told at 9pm that the flight was cancelled and that there were no hotel rooms left," said Joanne Ellis, 44, who was travelling to Tenerife with her husband and two children. "Nobody from the airline came to speak to us. Not one person.

"My youngest is four. She slept on my coat on the floor by gate 12. It's disgraceful, and I want people to know how we were treated."

SkyBridge blamed the disruption on a technical fault with one of its aircraft and staff shortages in air traffic control. "We sincerely apologise to all customers affected," the airline said in a statement. "Passengers are entitled to claim reasonable expenses, and we will process all claims as quickly as possible."

Another passenger, a student travelling home to Faro, said she had been on hold to the airline's helpline for more than three hours. "I gave up in the end and booked another flight with another airline. It cost me 340 euros," she said.

Consumer group FlyFair said airlines had "a legal duty" to arrange accommodation for passengers whose flights were cancelled overnight, and urged those affected to keep all their receipts.''',
        [
            ("We were told at 9pm that", "Joanne Ellis"),
            ("Nobody from the airline came to", "Joanne Ellis"),
            ("We sincerely apologise to all customers", "SkyBridge"),
            ("Passengers are entitled to claim reasonable", "SkyBridge"),
            ("I gave up in the end", "~student"),
            ("a legal duty", "FlyFair"),
        ],
    ),
    # 21 -- two male mayors over a water pipeline; partial then one-word partial "nonsense", "told the Arizona Republic", hydrologist after the quote
    (
'''The mayors of two neighbouring desert towns in Arizona are at loggerheads over a proposed pipeline that would pump groundwater from one to the other, in a dispute that has exposed the growing strain on the region's water supply.

Mayor Ray Castillo of Sandoval, where the wells are located, told a packed town hall meeting on Tuesday that the deal would "drain our future to water their golf courses". His counterpart in the larger city of Mesa Verde, Mayor Doug Patterson, called that claim "nonsense".

"We don't have a single municipal golf course. This water is for homes, for schools, for a hospital. Ray knows that," Patterson told the Arizona Republic.

Mesa Verde has grown by nearly 40 percent in a decade, and its own wells are falling by several feet a year. The pipeline would carry up to 3,000 acre-feet annually from three wells on the edge of Sandoval.

Castillo, 66, was unmoved. "If they need it so badly, they can pay what it's worth. Right now they're offering pennies," he said.

Hydrologists warn that both towns draw on the same basin. "The aquifer does not recognise town boundaries. Whatever is pumped in Sandoval is water that Mesa Verde will not have in twenty years either," said Dr Lena Ortiz of the University of Arizona, who has studied the basin for two decades.

The Sandoval town council is expected to vote on the deal next month. Patterson said Mesa Verde would look at other options, including recycled wastewater, if the vote goes against it.''',
        [
            ("drain our future to water their", "Ray Castillo"),
            ("nonsense", "Doug Patterson"),
            ("We don't have a single municipal", "Doug Patterson"),
            ("If they need it so badly,", "Ray Castillo"),
            ("The aquifer does not recognise town", "Lena Ortiz"),
        ],
    ),
    # 22 -- layoffs; CEO memo "wrote", ex-employee "posted on LinkedIn ... she wrote", company spokesperson partial, analyst
    (
'''Software company Brightlane will cut 1,200 jobs, about 15 percent of its workforce, chief executive Jessica Moreau told staff in a memo on Wednesday.

"This is the hardest decision I have made since founding this company, and I take full responsibility for hiring ahead of demand," Moreau wrote. She said affected employees would receive 16 weeks' pay and keep their health insurance until the end of the year.

The San Francisco-based firm, which makes scheduling software for hospitals and schools, more than doubled its headcount during the pandemic as demand surged. Revenue growth has since slowed sharply, and its shares have fallen by more than half over the past 18 months.

Within hours, former employees began sharing their experiences online. Sarah Lindgren, a product designer who had been with the company for six years, posted on LinkedIn that she had been locked out of her laptop before she received the email telling her she had lost her job. "Six years, and I found out from a login screen," she wrote.

A spokesperson for Brightlane said cutting off system access was "standard security practice" during layoffs, and that the timing of the emails had been affected by a technical delay.

Analysts said the cuts were overdue. "Investors have been asking for this for a year. The question is whether it's enough," said Marcus Lee, an analyst at Halden Securities. He said he expected the company to announce further cost savings with its quarterly results next month.

Brightlane shares rose 6 percent in after-hours trading.''',
        [
            ("This is the hardest decision I", "Jessica Moreau"),
            ("Six years, and I found out", "Sarah Lindgren"),
            ("standard security practice", "Brightlane"),
            ("Investors have been asking for this", "Marcus Lee"),
        ],
    ),
    # 23 -- flood; "told AFP" unnamed shopkeeper, partial, sign with no known writer (None), chant by protesters, mayor "the 47-year-old" via "Ferri, 47"
    (
'''Floodwaters began to recede on Wednesday in the northern Italian town of Castelverde after three days of torrential rain, but anger at the authorities was rising as residents returned to homes filled with mud.

"The water came up through the floor in ten minutes. We had no warning, no siren, nothing," one shopkeeper told AFP as she swept mud from her doorway on the main street.

At least 1,500 people were evacuated from the town and surrounding villages, and two elderly men died when their car was swept off a road by the swollen river.

Regional civil protection chief Paolo Ricci said the rainfall had been "without precedent" in the valley. "In 48 hours we received what normally falls in four months. No defences are built for that," he told reporters.

Teams of volunteers from across the region arrived on Wednesday with shovels and pumps, and the army has deployed 200 soldiers to help clear roads. The regional government has asked Rome to declare a state of emergency, which would release national funds for reconstruction. Meteorologists say the valley received more rain in three days than in any comparable period since records began in 1921.

On the door of one abandoned house, a handwritten sign read: "Gone to my sister's. Cat is upstairs."

In the afternoon, several hundred residents gathered outside the town hall. "Where were you?" protesters chanted as Mayor Giulia Ferri arrived for an emergency council meeting.

Ferri, 47, later said she understood the anger. "People have lost their homes. They have every right to be angry, and they have every right to answers," she said.''',
        [
            ("The water came up through the", "~shopkeeper"),
            ("without precedent", "Paolo Ricci"),
            ("In 48 hours we received what", "Paolo Ricci"),
            ("Gone to my sister's. Cat is", None),
            ("Where were you?", "~protesters"),
            ("People have lost their homes. They", "Giulia Ferri"),
        ],
    ),
    # 24 -- boxing press conference, two men; curly quotes; "the 30-year-old", "the champion", split quote around "Baptiste replied", promoter told Sky Sports
    (
'''The press conference to promote Saturday’s heavyweight title fight between Dmitri Volkov and Andre Baptiste had to be halted on Wednesday after the two men squared up on stage at a London hotel.

Baptiste, the challenger, set the tone early. “He’s been hiding from me for two years. On Saturday there’s nowhere to hide,” the 30-year-old said.

Volkov, the champion, barely looked up from his phone. “I have fought better men than him in sparring. He talks because he is afraid,” he said.

“Afraid?” Baptiste replied, rising from his seat. “Look at me.”

Security staff and members of both teams rushed onto the stage as the two men stood forehead to forehead. A water bottle was thrown from the crowd, and the event was brought to an end after less than twenty minutes.

Volkov, 34, is unbeaten in 29 professional fights and is making the fourth defence of the title he won in 2021. Baptiste has lost once, on a split decision, in 2019.

The fight, at the O2 Arena, has been sold out for weeks, and tickets have been changing hands online for several times their face value. The winner has been ordered to face the mandatory challenger within six months. Both fighters will attend a public workout in central London on Thursday before Friday’s weigh-in.

Promoter Frank Delaney told Sky Sports afterwards that he had expected tension, but not a brawl. “That’s the last time I put them on the same stage before the weigh-in. Both of them have been warned,” he said.''',
        [
            ("He’s been hiding from me for", "Andre Baptiste"),
            ("I have fought better men than", "Dmitri Volkov"),
            ("Afraid?", "Andre Baptiste"),
            ("Look at me.", "Andre Baptiste"),
            ("That’s the last time I put", "Frank Delaney"),
        ],
    ),
    # 25 -- university cuts; vice-chancellor open letter "wrote" vs student union president (women); "the 23-year-old"; quote continued over paragraphs; union partial
    (
'''The vice-chancellor of Northgate University has defended plans to cut 90 academic posts, telling students in an open letter that the institution faced "a genuine financial emergency".

Professor Anne Whitfield wrote that the university was forecasting a deficit of £28 million this year, driven largely by a fall in the number of international students. "I know how unsettling this is. But doing nothing is not an option. If we do not act now, the cuts next year will be deeper and far more painful," she wrote.

Student union president Amira Khalil said students had been "treated as an afterthought". Speaking at a rally on campus on Thursday, the 23-year-old said the letter had arrived the day after the plans were leaked to the press.

"We pay £9,250 a year, and we find out about the biggest change to our courses in a generation by reading the local paper," she said.

"Modern languages is going. Music is going. Philosophy is being cut in half.

"And the vice-chancellor wants us to believe this is about protecting the future of the university? Whose future?"

The university said in a separate statement that no final decisions had been taken and that staff would be consulted. The University and College Union said it would "fight every single job loss" and would ballot its members for strike action.

Whitfield, who took up her post last year after eight years at a university in Scotland, has said she will hold an open meeting with students next week.''',
        [
            ("a genuine financial emergency", "Anne Whitfield"),
            ("I know how unsettling this is.", "Anne Whitfield"),
            ("treated as an afterthought", "Amira Khalil"),
            ("We pay £9,250 a year, and", "Amira Khalil"),
            ("Modern languages is going. Music is", "Amira Khalil"),
            ("fight every single job loss", "University and College Union"),
        ],
    ),
    # 26 -- election night, two men, concession and victory; "Across town", "Marsh, 45", unnamed volunteer
    (
'''Republican Anthony Russo won the race for the 12th state Senate district early on Wednesday after his Democratic opponent, Kevin Marsh, conceded in a speech to supporters in the early hours.

With all precincts reporting, Russo had 51.8 percent of the vote to Marsh's 48.2 percent, a margin of just over 2,900 votes in a district that has changed hands three times in the last decade.

"The voters have spoken, and I respect their decision. I called Anthony a few minutes ago to congratulate him, and I told him I'll be watching," Marsh told a subdued crowd in a union hall shortly after 1am.

Across town, Russo thanked his opponent as balloons fell in a hotel ballroom. "Kevin ran a tough, honest race, and I thank him for it," he said. "Tomorrow we start work on the things we promised: lower property taxes and safer streets."

Marsh, 45, a former teacher, said he would take time with his family before deciding on his future. "I'm not going anywhere," he said.

As the union hall emptied, a volunteer who had knocked on doors for Marsh since June was already looking ahead. "We'll be back in two years, and we'll knock on twice as many doors," she said.

Turnout in the district was 58 percent, up from 49 percent four years ago. The result gives Republicans a two-seat majority in the state Senate. Russo, 39, a small business owner and first-time candidate, will be sworn in in January. Marsh had held the seat for a single term after winning it by fewer than 400 votes.''',
        [
            ("The voters have spoken, and I", "Kevin Marsh"),
            ("Kevin ran a tough, honest race,", "Anthony Russo"),
            ("Tomorrow we start work on the", "Anthony Russo"),
            ("I'm not going anywhere", "Kevin Marsh"),
            ("We'll be back in two years,", "~volunteer"),
        ],
    ),
    # 27 -- chef and critic (women); lead partial attributed later, Instagram "wrote", "told The Scotsman", unnamed diner
    (
'''A celebrated Edinburgh chef has hit back at a restaurant critic who described her new tasting menu as "expensive boredom", in a public row that has divided the city's food scene.

Morag Sinclair, who holds a Michelin star at her Leith restaurant Salt & Ember, posted a lengthy response on Instagram on Sunday night to the review by Joanna Birch in the Scottish Sunday Courier. "Criticism is part of the job, and I've had plenty of it. But this wasn't a review of my food. It was a review of a meal she decided to hate before she sat down," Sinclair wrote.

Birch's review, which awarded the restaurant two stars out of ten, complained about slow service and a £165 menu that she said lacked "a single moment of joy".

Asked about Sinclair's post, the critic stood by every word. "I paid for my meal, like any other diner, and I wrote what I ate. If she only wants applause, she should stop charging £165," she told The Scotsman.

Sinclair, 41, said she had received hundreds of messages of support from other chefs, several of whom shared her post. Some diners, though, sided with the critic. "It's a lot of money for small plates and long waits," said one diner leaving the restaurant on Monday evening.

Salt & Ember, which opened in 2019, won its Michelin star two years later. Its new menu, built around Scottish seafood and game, was launched last month, and Sinclair has said she has no plans to change it. Birch has been the paper's restaurant critic since 2016.''',
        [
            ("expensive boredom", "Joanna Birch"),
            ("Criticism is part of the job,", "Morag Sinclair"),
            ("a single moment of joy", "Joanna Birch"),
            ("I paid for my meal, like", "Joanna Birch"),
            ("It's a lot of money for", "~diner"),
        ],
    ),
    # 28 -- prime minister's questions, two women; curly quotes; "she asked", "replied", "the prime minister replied", Downing Street spokesperson
    (
'''The prime minister and the leader of the opposition clashed over rising energy bills on Wednesday in one of the most bad-tempered sessions of Prime Minister’s Questions this year.

Opposition leader Catherine Pryce opened by asking how a pensioner on a fixed income was supposed to pay an average annual bill of £2,100. “The prime minister promised that bills would fall by Christmas. They have risen. Will she apologise?” she asked.

Prime Minister Margaret Hale replied that support worth £400 per household was already reaching families. “The honourable lady knows perfectly well that wholesale prices are set on international markets, not in this chamber,” she said.

Pryce returned to the attack. “I didn’t ask about wholesale prices. I asked whether she would apologise,” she said, to cheers from the opposition benches.

“I will apologise when she apologises for voting against every support package this government has brought forward,” the prime minister replied.

Hale then turned to the opposition’s own proposals for a windfall tax on energy companies. “They have no plan. They have a headline,” she said.

The Speaker twice intervened to call for order as MPs on both sides shouted across the chamber. Figures published last week showed that average household energy bills had risen by 9 percent since the summer. The government has promised a review of the price cap mechanism, due to report in the new year.

A Downing Street spokesperson later said the prime minister had “enjoyed the exchange” and would continue to focus on bringing bills down.''',
        [
            ("The prime minister promised that bills", "Catherine Pryce"),
            ("The honourable lady knows perfectly well", "Margaret Hale"),
            ("I didn’t ask about wholesale prices.", "Catherine Pryce"),
            ("I will apologise when she apologises", "Margaret Hale"),
            ("They have no plan. They have", "Margaret Hale"),
            ("enjoyed the exchange", "Downing Street"),
        ],
    ),
]
STORIES_AY = [
    # 1 -- Java floods/landslide: spokesperson then surname, anonymous resident, governor's quote running over two paragraphs, organisation statement
    (
'''At least 23 people have died and thousands more have been displaced after days of heavy rain caused rivers to burst their banks across Central Java, Indonesia, officials said on Tuesday.

The National Disaster Mitigation Agency (BNPB) said rescue teams were still searching for eleven people reported missing in the district of Banjarnegara, where a landslide buried part of a village early on Monday morning. "Our teams are working around the clock, but the ground is still unstable and more rain is forecast," agency spokesperson Raditya Wibowo told reporters in Jakarta.

Wibowo said more than 8,000 residents had moved to temporary shelters set up in schools and mosques. "The priority now is clean water and medicine. Many of the evacuees are elderly, and some have not eaten properly for two days," he added.

One resident of the village of Sijeruk, who asked not to be named, told local broadcaster Kompas TV that she heard a roar before the hillside gave way. "It sounded like a train coming through the house. I grabbed my children and ran, and when I turned around the mosque was gone," she said.

Central Java governor Hendra Saputra visited the area on Tuesday afternoon and promised that the provincial government would pay for the reconstruction of destroyed homes. Speaking to journalists at an evacuation centre in Banjarnegara, he said: "We will also review whether people should be allowed to return to the most dangerous slopes at all.

"This is not the first landslide in this district, and unless we change how land is used, it will not be the last."

The Indonesian Red Cross said in a statement that it had deployed water trucks and mobile clinics to four sub-districts. "Access remains extremely difficult, with several bridges washed away," the statement read.

Weather forecasters have warned that the rainy season is expected to peak in the coming weeks. According to Reuters, the Meteorology, Climatology and Geophysical Agency (BMKG) has issued an extreme weather alert for much of Java until the end of the month. "People living near rivers and on steep slopes should be ready to evacuate at short notice," BMKG official Ratna Hidayat said on Monday.''',
        [
            ("Our teams are working around the clock", "Raditya Wibowo"),
            ("The priority now is clean water", "Raditya Wibowo"),
            ("It sounded like a train coming", "~resident"),
            ("We will also review whether people", "Hendra Saputra"),
            ("Access remains extremely difficult, with several", "Indonesian Red Cross"),
            ("People living near rivers and on", "Ratna Hidayat"),
        ],
    ),

    # 2 -- Bulgarian budget (curly): chant by protesters, two men in turn (Angelov, then Petkov on Facebook), quote split around "she said"
    (
'''Bulgaria's parliament on Thursday approved the government's 2020 budget after a twelve-hour debate, as several thousand people protested outside the National Assembly in Sofia against planned cuts to regional hospitals.

The budget passed by 124 votes to 98. Deputy Finance Minister Petar Dimov, who presented the bill, told lawmakers the spending plan was responsible and realistic. “We are keeping the deficit below one percent while raising pensions and teachers' salaries. No serious person can call that austerity,” he said.

Opposition MP Vesela Ivanova, who sits on the parliament's health committee, said the hospital reforms amounted to the abandonment of rural communities. “Mr Dimov talks about numbers. I talk about a mother in Vidin who will now drive two hours to give birth. That is what this budget means for real people,” Ivanova said in the chamber.

Outside, protesters chanted “Hands off our hospitals” and blocked traffic on Tsar Osvoboditel Boulevard for several hours. Police said the demonstration was largely peaceful, although two people were detained after a scuffle near a police cordon.

Nikolay Petkov, a surgeon from the town of Lom who travelled to Sofia for the protest, told the BBC that staff at his hospital had not been consulted. “We learned about the closure of our maternity ward from the newspaper. Nobody from the ministry has ever visited us,” he said.

Deputy Health Minister Kiril Angelov rejected the criticism. Speaking to Bulgarian National Television on Friday morning, Angelov said the changes would concentrate specialists where they were most needed. “A ward that delivers forty babies a year cannot be safe, however dedicated its staff,” he said. He added that the ministry would fund additional ambulances for the affected areas.

Angelov's comments were quickly disputed by Petkov, who wrote on Facebook: “Forty babies a year is forty families. The minister should come and tell them himself.”

Political analyst Daniela Koleva told Reuters that the protests were unlikely to threaten the governing coalition. “The government has a stable majority until the next election,” she said, “but healthcare is becoming the issue on which it could lose the countryside.”''',
        [
            ("We are keeping the deficit below", "Petar Dimov"),
            ("Mr Dimov talks about numbers.", "Vesela Ivanova"),
            ("Hands off our hospitals", "~protesters"),
            ("We learned about the closure of", "Nikolay Petkov"),
            ("A ward that delivers forty babies", "Kiril Angelov"),
            ("Forty babies a year is forty", "Nikolay Petkov"),
            ("The government has a stable majority", "Daniela Koleva"),
            ("but healthcare is becoming the issue", "Daniela Koleva"),
        ],
    ),

    # 3 -- Birmingham jewellery robbery: police statement via "the force said, adding:", anonymous witness, family statement via police ("it said"), victim called "the 54-year-old"
    (
'''Police in Birmingham, England have arrested three men after an armed robbery at a jewellery shop in the city's Jewellery Quarter on Saturday afternoon, in which a shop assistant was injured.

West Midlands Police said officers were called to Vyse Street shortly after 3pm following reports that men carrying hammers and a handgun had forced their way into Harlow & Sons jewellers. A 54-year-old employee suffered a head injury and was taken to hospital, where his condition is described as stable.

"This was a terrifying ordeal for staff and for customers who were in the shop at the time. We believe the handgun may have been an imitation, but the victims could not have known that," Detective Inspector Sarah Whitcombe said in a statement on Sunday.

The three men, aged 19, 23 and 31, were arrested later on Saturday after a car was stopped on the M6 near Walsall. A fourth suspect is still being sought, the force said, adding: "We are keen to hear from anyone with dashcam footage of the area between 2.30pm and 4pm."

A witness who works in a neighbouring shop told BBC Midlands Today that he saw the men run out carrying bags. "They were shouting at each other and one of them dropped a tray of rings on the pavement. People were just frozen. Nobody knew what to do," he said.

Owner David Harlow, whose grandfather founded the business in 1962, visited the injured employee in hospital on Sunday. "He's a tough man and he'll be all right, thank God," Harlow told the Birmingham Mail. "He has worked here for twenty-two years. He tried to protect a young colleague and that's when they hit him."

The 54-year-old's family asked for privacy but released a short message through police. "We are grateful to the paramedics and to the strangers who stayed with him until help arrived," it said.

Local councillor Amrit Sandhu said the robbery was the third in the area this year. "Traders have been asking for more patrols for months. I hope this is finally the moment that they are listened to," Sandhu said.''',
        [
            ("This was a terrifying ordeal for", "Sarah Whitcombe"),
            ("We are keen to hear from", "West Midlands Police"),
            ("They were shouting at each other", "~witness"),
            ("He's a tough man and he'll", "David Harlow"),
            ("He has worked here for twenty-two", "David Harlow"),
            ("We are grateful to the paramedics", "~family"),
            ("Traders have been asking for more", "Amrit Sandhu"),
        ],
    ),

    # 4 -- exoplanet (curly): partial quotes, "She explained:", agency statement, independent scientist via New Scientist, quote opening a paragraph with cue after it
    (
'''Astronomers using NASA's Transiting Exoplanet Survey Satellite (TESS) have identified a rocky planet slightly larger than Earth orbiting within the habitable zone of a nearby red dwarf star, according to a study published on Monday in The Astronomical Journal.

The planet, designated TOI-1827 b, lies about 41 light-years from Earth and completes an orbit every 19 days. The research team, led by Dr Miriam Okafor of the University of Leeds, used follow-up observations from ground-based telescopes in Chile and Spain to confirm the signal.

“When we first saw the dip in brightness we assumed it was noise. It was only after the third transit lined up perfectly that we started to get excited,” Okafor told The Guardian.

The team estimates that the planet is about 1.3 times the radius of Earth and receives roughly 80 percent of the energy that Earth gets from the Sun. Okafor cautioned that being in the habitable zone “does not mean habitable.” She explained: “We know nothing yet about its atmosphere. Red dwarfs flare violently, and it is entirely possible that any atmosphere was stripped away billions of years ago.”

Co-author Tomás Herrera, of the Instituto de Astrofísica de Canarias, said the star's relative calm made the system a promising target. “Compared with many red dwarfs, this one is remarkably quiet. That gives us some hope,” Herrera said.

NASA said in a statement that the discovery was “exactly the kind of result TESS was built to deliver.” The agency added that the planet would be a candidate for observation by the James Webb Space Telescope, which is scheduled for launch in 2021.

Not all scientists were convinced that the planet is a strong candidate for life. Lisa Brandt, an astrobiologist at the Max Planck Institute for Astronomy who was not involved in the study, told New Scientist that the team's findings were “solid, but modest.”

“Every few months there is another planet described as Earth-like. What we really need is a measurement of an atmosphere, and that is still years away for most of these worlds,” Brandt said.''',
        [
            ("When we first saw the dip", "Miriam Okafor"),
            ("does not mean habitable", "Miriam Okafor"),
            ("We know nothing yet about its", "Miriam Okafor"),
            ("Compared with many red dwarfs, this", "Tomás Herrera"),
            ("exactly the kind of result TESS", "NASA"),
            ("solid, but modest", "Lisa Brandt"),
            ("Every few months there is another", "Lisa Brandt"),
        ],
    ),

    # 5 -- FA Cup upset: partial quote followed directly by full quote, two male managers in turn ("he said" refers back to Nolan), "Delaney replied:", club statement ("it read")
    (
'''Non-league Harcourt Town produced the biggest upset of the FA Cup third round on Saturday, beating Championship side Wexley Athletic 2-1 in front of a sell-out crowd of 3,100 at Mill Lane.

Jamie Oduya, a 27-year-old plumber who plays part-time, scored the winner with four minutes remaining, heading in a corner from midfielder Callum Reid. Wexley had taken the lead through a first-half penalty before Reid equalised shortly after the interval.

"I've dreamt about this since I was a kid kicking a ball against the garden wall. I've got to be on a job at half seven on Monday morning, mind you, so I won't be celebrating too hard," Oduya told BBC Sport after the match.

Harcourt manager Gary Nolan, who also works as a PE teacher, said his players had followed the game plan "to the letter." "We knew they would have more of the ball. We asked the lads to stay compact, be brave and wait for our moment, and they were magnificent," Nolan said.

Wexley manager Frank Delaney did not hide his frustration. "That is not acceptable for a club of our size, and I take full responsibility. We were sloppy, we were slow, and they wanted it more than us," he told reporters. Asked whether his job was under threat, Delaney replied: "That is not a question for me. I'll be in on Monday working as hard as ever."

Nolan later paid tribute to his opposite number. "Frank came into our dressing room afterwards and shook every hand. That says a lot about the man," he said.

The club said in a statement on its website that the proceeds from the tie, including a share of television money, would be used to replace the floodlights at Mill Lane. "This result will change the future of the football club," it read.

Supporter Ellen Marsh, 71, who has followed Harcourt since the 1960s, was in tears at the final whistle. "I never thought I'd see this. My late husband would have been over the moon," she told the Harcourt Gazette.

Harcourt will learn their fourth-round opponents in Monday's draw.''',
        [
            ("I've dreamt about this since I", "Jamie Oduya"),
            ("to the letter", "Gary Nolan"),
            ("We knew they would have more", "Gary Nolan"),
            ("That is not acceptable for a", "Frank Delaney"),
            ("That is not a question for", "Frank Delaney"),
            ("Frank came into our dressing room", "Gary Nolan"),
            ("This result will change the future", "Harcourt Town"),
            ("I never thought I'd see this.", "Ellen Marsh"),
        ],
    ),

    # 6 -- Lombardy COVID-19: quote introduced by colon after indirect appeal, anonymous WHO spokesperson (organisation speaks), Facebook post split around "he wrote"
    (
'''Hospitals in the northern Italian region of Lombardy are running out of intensive care beds, doctors warned on Sunday, as the number of confirmed cases of the new coronavirus in Italy rose above 24,000.

Dr Marco Ferrante, head of intensive care at a hospital in Bergamo, told CNN that staff were working shifts of up to sixteen hours. "We are having to make choices that no doctor should ever have to make. I have colleagues who have not seen their children in two weeks because they are afraid of bringing the virus home," he said.

Lombardy's regional welfare councillor, Paolo Genovesi, said a field hospital was being built at the Milan trade fair grounds. "If the numbers continue to grow at this rate, in one week we will not have enough beds, it is as simple as that," Genovesi told a press conference in Milan. He appealed to residents to stay at home: "Every walk that is not necessary is a risk, not only for you but for the doctors and nurses who will have to treat you."

The streets of Milan were almost empty on Sunday. Giulia Rinaldi, who runs a pharmacy near the Duomo, said customers were being let in one at a time. "People are scared but they are also very disciplined. An old man came in this morning just to say thank you. I had to go into the back room to cry," she told the Associated Press.

A spokesperson for the World Health Organization (WHO) told Reuters that the agency was in daily contact with the Italian authorities. "Italy is showing the rest of Europe what may be coming, and every country should use the time it has to prepare," the spokesperson said.

In Castiglione d'Adda, one of the first towns in the region to be placed under quarantine, mayor Luca Bertoni said there were signs that the restrictions were working. "Three weeks ago we were counting new cases every hour. Now there are days with none," he wrote on Facebook. "Do not give up now."''',
        [
            ("We are having to make choices", "Marco Ferrante"),
            ("If the numbers continue to grow", "Paolo Genovesi"),
            ("Every walk that is not necessary", "Paolo Genovesi"),
            ("People are scared but they are", "Giulia Rinaldi"),
            ("Italy is showing the rest of", "World Health Organization"),
            ("Three weeks ago we were counting", "Luca Bertoni"),
            ("Do not give up now", "Luca Bertoni"),
        ],
    ),

    # 7 -- Benin bronze return (curly): partial quote from unnamed trustees in lead, named spokesperson, palace statement, critic "he wrote", director later by surname
    (
'''A small museum in Perth, Scotland has agreed to return a bronze head taken from Benin City by British soldiers in 1897, after its trustees concluded that the object had been acquired “in circumstances that we now recognise as wholly unjust.”

The head, which depicts an oba, or king, of Benin, was donated to the Dunmore Museum by the family of a Royal Navy officer in 1931. It has been on display in the museum's world cultures gallery for more than sixty years.

“We have looked very carefully at the history of this object, and there is only one honest conclusion. It was taken by force, and it should go home,” museum director Alison McKenzie said on Wednesday. She told BBC Scotland that the trustees' vote had been unanimous.

A spokesperson for Nigeria's National Commission for Museums and Monuments, Chidi Nwosu, welcomed the decision. “This is a gesture that means a great deal to the people of Benin and to all Nigerians,” Nwosu told Reuters. “We hope that larger institutions, which hold hundreds of these works, will find the same courage.”

The palace of the Oba of Benin said in a statement that a delegation would travel to Scotland to receive the head. The statement described the sculpture as “a living part of our history, not an ornament.”

Not everyone welcomed the move. Writing in The Spectator, critic Hugh Pemberton argued that the decision set a dangerous precedent. “If every object acquired in a morally questionable way is to be returned, the great museums of Europe will be empty within a generation,” he wrote.

McKenzie rejected that argument. “Museums are not warehouses for stolen goods. They are places of learning, and part of what we have learned is that some of what we hold is not ours,” she said.

Visitor Fiona Baird, who had brought her grandchildren to see the head before it leaves Perth, said she supported the return. “It is a beautiful thing. The children asked me why it was here at all, and I didn't have a good answer,” she said.''',
        [
            ("in circumstances that we now recognise", "~trustees"),
            ("We have looked very carefully at", "Alison McKenzie"),
            ("This is a gesture that means", "Chidi Nwosu"),
            ("We hope that larger institutions, which", "Chidi Nwosu"),
            ("a living part of our history,", "palace of the Oba of Benin"),
            ("If every object acquired in a", "Hugh Pemberton"),
            ("Museums are not warehouses for stolen", "Alison McKenzie"),
            ("It is a beautiful thing.", "Fiona Baird"),
        ],
    ),

    # 8 -- Brisbane fraud sentencing: judge referred to as "the judge", partial quotes from judge and defence barrister, victim statement, unnamed daughter partial quote
    (
'''A former financial adviser from Brisbane has been sentenced to nine years in prison for stealing more than A$4.2 million from elderly clients over a period of eight years.

Graham Thorne, 61, pleaded guilty in the Queensland Supreme Court to 37 counts of fraud. He will be eligible for parole after serving four and a half years.

Sentencing Thorne on Friday, Justice Catherine Ellery said he had exploited the trust of people who had relied on him for their security in retirement. "You targeted people who were, in many cases, frail, isolated and grieving. Some of them have lost their homes. One of them died before she could learn what had happened to her savings," the judge said.

Justice Ellery described Thorne's conduct as "calculated and sustained," and rejected a defence submission that he had been driven by a gambling addiction. "Addiction may explain part of this offending," she said. "It does not explain the forged signatures, the false statements or the years of lies."

Crown prosecutor Michael Faraday told the court earlier in the week that Thorne had spent much of the money on luxury cars and overseas holidays. Defence barrister Anthony Russo said his client was "deeply ashamed" and had cooperated fully with investigators.

One of the victims, 84-year-old retired nurse Joan Whitfield, read a statement to the court. "I worked for forty-one years for that money. I trusted this man like a son. I don't sleep anymore," she said.

Outside court, Whitfield's daughter told the Australian Associated Press that the sentence was "not enough, but it's something."

Detective Inspector Ray Tamblyn of the Queensland Police Service's financial crimes group said in a statement that the case should serve as a warning to families. "If you have any doubt about how your money is being managed, ask questions, and ask them early," Tamblyn said.''',
        [
            ("You targeted people who were, in", "Catherine Ellery"),
            ("calculated and sustained", "Catherine Ellery"),
            ("Addiction may explain part of this", "Catherine Ellery"),
            ("It does not explain the forged", "Catherine Ellery"),
            ("deeply ashamed", "Anthony Russo"),
            ("I worked for forty-one years for", "Joan Whitfield"),
            ("not enough, but it's something", "~daughter"),
            ("If you have any doubt about", "Ray Tamblyn"),
        ],
    ),

    # 9 -- NSW bushfires (curly): split quote around "she said", anonymous resident and anonymous firefighter, quote running over two paragraphs
    (
'''Firefighters in New South Wales, Australia are bracing for another day of extreme conditions on Saturday, with temperatures forecast to exceed 45 degrees Celsius in parts of western Sydney and strong winds expected along the south coast.

More than 130 fires are burning across the state, around 50 of them uncontained, according to the New South Wales Rural Fire Service (RFS). “Tomorrow is going to be a very long and very dangerous day. If you are in one of the areas we have identified and you do not need to be there, leave tonight,” RFS deputy commissioner Karen Walsh told reporters on Friday.

Walsh said crews from Canada and the United States had arrived to help. “They have hit the ground running,” she said, “and we are extremely grateful.”

In the coastal town of Mogo, residents were still clearing debris from fires that swept through on New Year's Eve. One resident, a retired teacher who lost her home, told ABC News she had watched the flames from the beach. “The sky went black at ten in the morning and then it went red. We stood in the water with wet towels on our heads, hundreds of us, and just waited,” she said.

A volunteer firefighter at the scene, speaking to The Sydney Morning Herald on condition of anonymity, said crews were exhausted after weeks of fighting the blazes. “Most of us have been on the trucks since November. People are running on adrenaline and coffee,” he said.

The Bureau of Meteorology said a cool change was expected late on Saturday but warned it could bring dangerous wind shifts. “A southerly change can turn a fire's eastern flank into a wide new front in minutes,” senior meteorologist James Hollis said.

Wildlife rescuer Tanya Morrow, who runs a volunteer network near Batemans Bay, said her group had treated more than 200 injured animals since December. She said: “We are seeing koalas with burnt paws, kangaroos that have run until they collapsed. Every single one we save matters.

“But I am afraid of what we are going to find when we can finally get into the burnt forest.”''',
        [
            ("Tomorrow is going to be a", "Karen Walsh"),
            ("They have hit the ground running", "Karen Walsh"),
            ("and we are extremely grateful", "Karen Walsh"),
            ("The sky went black at ten", "~resident"),
            ("Most of us have been on", "~firefighter"),
            ("A southerly change can turn a", "James Hollis"),
            ("We are seeing koalas with burnt", "Tanya Morrow"),
        ],
    ),

    # 10 -- New Mexico teacher pay: speaker after quote behind long appositive, question inside quote, spokesperson partial quote via email to newspaper, Twitter partial quote, union statement
    (
'''The New Mexico Legislature on Wednesday approved a bill raising the minimum salary for public school teachers by $5,000 a year, sending the measure to the governor's desk on the final day of the legislative session.

The bill passed the state Senate 29-12 after nearly three hours of debate. "For too long we have asked teachers to do more with less and then acted surprised when they left for Texas or Arizona," its sponsor, Democratic state Senator Rosa Delgado, said on the Senate floor.

Republican Senator Tom Hadley said he supported higher pay but warned that the state was relying too heavily on oil and gas revenue to fund it. "When the price of oil falls, and it will fall, this bill will still be on the books. Then what? Do we cut the raise, or do we cut something else?" Hadley said.

Delgado responded that the bill included a reserve fund for that purpose. "Senator Hadley raises a fair question, and we have answered it," she told reporters afterwards.

A spokesperson for the governor's office, Mateo Chavez, said in an email to the Albuquerque Journal that the governor intended to sign the bill "as soon as it reaches her desk."

Ellen Cordova, president of the New Mexico Teachers Alliance, the state's largest teachers' union, wrote on Twitter that the vote was "a great day for New Mexico's kids." In a separate statement, the union said it would keep pressing for smaller class sizes. "Salaries are the beginning of this conversation, not the end," the statement said.

Jessica Tafoya, a fourth-grade teacher in Las Cruces who travelled to Santa Fe to watch the vote, said she had worked a second job at a restaurant for six years to make ends meet. "Maybe next year I'll get to see my own kids on a Saturday," she said.''',
        [
            ("For too long we have asked", "Rosa Delgado"),
            ("When the price of oil falls,", "Tom Hadley"),
            ("Senator Hadley raises a fair question,", "Rosa Delgado"),
            ("as soon as it reaches her", "Mateo Chavez"),
            ("a great day for New Mexico's", "Ellen Cordova"),
            ("Salaries are the beginning of this", "New Mexico Teachers Alliance"),
            ("Maybe next year I'll get to", "Jessica Tafoya"),
        ],
    ),

    # 11 -- Santiago protests: "said X" after quote, unnamed man with very short second quote, ministry statement with partial, institute director, general "he told a press briefing"
    (
'''Tens of thousands of people marched through central Santiago, Chile on Friday in the largest demonstration since protests over a rise in metro fares began two weeks ago, local media reported.

Demonstrators filled Plaza Italia and the surrounding avenues, many waving Chilean and Mapuche flags. Although the government reversed the fare increase within days, the protests have broadened into a movement against inequality, low pensions and the cost of healthcare and education.

"This stopped being about thirty pesos a long time ago. My grandmother worked for forty years and her pension doesn't cover her medicines. That is why we are here," said Camila Fuentes, a 24-year-old nursing student.

A man marching with his two teenage sons told Reuters that he had never protested before. "I'm fifty-three years old and I have always kept my head down," he said. "Not anymore."

The Interior Ministry said in a statement that the march had been "overwhelmingly peaceful" but that several shops and a bank branch had been looted after nightfall. "The right to protest will be respected. Violence and looting will not," the statement said.

Chile's National Human Rights Institute (INDH) said it had recorded more than 1,100 injuries during two weeks of unrest, including dozens of eye injuries caused by rubber bullets. The institute's director, Patricia Lagos, told CNN Chile that police tactics must change. "A rubber pellet fired at the face is not a crowd-control measure. It is a weapon that is blinding young people," Lagos said.

Carabineros general Hernán Salgado defended his officers, saying they had faced extreme violence on several nights. "Our officers have also been injured, many of them seriously," he told a press briefing. He said the force had opened internal investigations into a number of incidents.

Economist Andrés Molina of the Pontifical Catholic University told Bloomberg that the protests reflected frustrations that had been building for years. "Chile has grown, but the gains have not been felt by the majority. People look at the statistics and do not recognise their own lives," he said.''',
        [
            ("This stopped being about thirty pesos", "Camila Fuentes"),
            ("I'm fifty-three years old and I", "~man"),
            ("Not anymore", "~man"),
            ("overwhelmingly peaceful", "Interior Ministry"),
            ("The right to protest will be", "Interior Ministry"),
            ("A rubber pellet fired at the", "Patricia Lagos"),
            ("Our officers have also been injured,", "Hernán Salgado"),
            ("Chile has grown, but the gains", "Andrés Molina"),
        ],
    ),

    # 12 -- LED lights and moths (curly): "Lindqvist explained" splitting two quotes, charity partial quote, outside expert via AFP, agency spokesperson partial
    (
'''Switching streetlights to white LED bulbs may be contributing to the decline of moths, according to research published on Wednesday in the journal Ecology Letters.

Scientists from Lund University in Sweden compared moth numbers along 40 stretches of rural road in the south of the country, half of which had been fitted with LED streetlights in the past decade and half of which still used older sodium lamps. They found 41 percent fewer caterpillars in hedgerows beneath the LED lights.

“The difference was much bigger than we expected. Moths are attracted to the light, they spend the night circling it instead of feeding and breeding, and they are picked off by bats,” lead author Dr Ingrid Sjöberg told the BBC.

Sjöberg said the findings were worrying because moths are an important food source for birds and pollinate many wild plants. “People think of bees when they think of pollination. At night, moths are doing a huge amount of that work, and almost nobody notices,” she said.

Co-author Erik Lindqvist said there were simple ways to reduce the harm, including dimming lights in the middle of the night and using warmer colours. “We are not saying switch off the lights,” Lindqvist explained. “We are saying think about where they point and what colour they are.”

The European Invertebrate Trust, a conservation charity, said in a statement that the research was “another warning light on the dashboard” for insect populations, and urged local councils to consider the impact of lighting on wildlife.

Dr Samuel Achterberg, an entomologist at Wageningen University who was not involved in the research, said the study was well designed but covered only one region. “It is a convincing piece of work. The next step is to see whether the same pattern holds in warmer climates, where there are many more species,” he told Agence France-Presse.

A spokesperson for the Swedish Transport Administration said the agency would “study the findings carefully,” noting that LED lamps use around half as much electricity as the older sodium lamps.''',
        [
            ("The difference was much bigger than", "Ingrid Sjöberg"),
            ("People think of bees when they", "Ingrid Sjöberg"),
            ("We are not saying switch off", "Erik Lindqvist"),
            ("We are saying think about where", "Erik Lindqvist"),
            ("another warning light on the dashboard", "European Invertebrate Trust"),
            ("It is a convincing piece of", "Samuel Achterberg"),
            ("study the findings carefully", "Swedish Transport Administration"),
        ],
    ),

    # 13 -- Bangladesh ferry: quote before long title+name, survivor split quote, unnamed relative to state news agency, anonymous ministry official via Reuters
    (
'''At least 32 people have died after an overcrowded passenger ferry capsized on the Padma River in central Bangladesh on Monday morning, officials said.

The ferry, carrying an estimated 120 passengers, was travelling from Munshiganj to Shariatpur when it collided with a cargo vessel carrying sand in dense fog shortly after 7am local time.

"Most of the passengers were inside the lower deck and could not get out when the vessel turned over. Some people managed to swim to the bank, and fishermen pulled others out of the water," Munshiganj police superintendent Abdul Karim told the Dhaka Tribune.

Divers from the Fire Service and Civil Defence were still searching the river on Monday night. A spokesman for the service, Shahjahan Sikder, said strong currents were hampering the operation. "The water here is fast and deep, and visibility under the surface is almost zero. We will continue until every missing person is found," Sikder said.

Survivor Rashed Mia, a 38-year-old day labourer, told AFP that he had been travelling with his wife and daughter to visit relatives. "There was a loud crash and then the water came in from everywhere," he said. "I found my daughter, but I couldn't find my wife." His wife is among those still missing.

Hundreds of relatives gathered at the ghat, or river landing, as bodies were brought ashore. "My brother called me at six thirty to say he was on the boat. That was the last time I heard his voice," one man told the state news agency BSS.

The Ministry of Shipping said it had formed a committee to investigate the accident and that the families of the dead would receive 25,000 taka each for funeral costs. A senior ministry official, speaking to Reuters on condition of anonymity, said the ferry appeared to have been carrying almost twice its licensed capacity. "If that is confirmed, the owner and operator will face the full force of the law," the official said.

Ferry accidents are common in Bangladesh, a low-lying country crisscrossed by more than 200 rivers. Safety campaigner Nazrul Islam Chowdhury said overloading and poor enforcement were to blame for most of them. "Every year we count the dead, every year there is a committee, and every year nothing changes," he said.''',
        [
            ("Most of the passengers were inside", "Abdul Karim"),
            ("The water here is fast and", "Shahjahan Sikder"),
            ("There was a loud crash and", "Rashed Mia"),
            ("I found my daughter, but I", "Rashed Mia"),
            ("My brother called me at six", "~man"),
            ("If that is confirmed, the owner", "~official"),
            ("Every year we count the dead,", "Nazrul Islam Chowdhury"),
        ],
    ),

    # 14 -- Victorian by-election (curly): two women in turn (Markovic, Tran), Tran's quote mentions "Helen" and "She", "she replied:", party spokesperson partial, academic via The Age
    (
'''Independent candidate Helen Markovic has won the by-election for the seat of Carrington in the Victorian Legislative Assembly, ending more than forty years of Labor control of the seat in Melbourne's outer east.

With 88 percent of votes counted on Sunday, Markovic, a former school principal, led Labor's Sophie Tran by 53 to 47 percent after preferences, according to the Victorian Electoral Commission.

“People in Carrington felt they had been taken for granted,” Markovic told cheering supporters at a community hall on Saturday night. “Tonight they said, very politely, that they have had enough of that.”

Tran conceded on Sunday morning. “I congratulate Helen on a strong campaign. She ran on local issues, she listened, and she deserved to win,” she said. Asked by reporters whether Labor had taken the seat for granted, she replied: “I don't think I did. But clearly the party has lessons to learn.”

Markovic campaigned heavily on the lack of public transport in the area, promising to push for a new bus network and the duplication of a congested arterial road. The Liberal Party did not field a candidate.

A Labor Party spokesperson said in a statement that the result was “disappointing but not a reflection of the government's standing across the state.”

Political scientist Dr Nadia Farouk of Monash University told The Age that independents were gaining ground across Australia. “Voters are increasingly willing to back a credible local name over a party label. Carrington is another example of that trend, and the major parties ignore it at their peril,” Farouk said.

Voter Barry O'Connell, 67, said he had voted Labor all his life until Saturday. “My dad voted Labor, I voted Labor, but Helen came and knocked on my door. Nobody from Labor has done that in thirty years,” he said.

Markovic is expected to be sworn in when parliament resumes in February.''',
        [
            ("People in Carrington felt they had", "Helen Markovic"),
            ("Tonight they said, very politely, that", "Helen Markovic"),
            ("I congratulate Helen on a strong", "Sophie Tran"),
            ("I don't think I did.", "Sophie Tran"),
            ("disappointing but not a reflection of", "Labor Party"),
            ("Voters are increasingly willing to back", "Nadia Farouk"),
            ("My dad voted Labor, I voted", "Barry O'Connell"),
        ],
    ),

    # 15 -- Harare ODI: batsman referred to as "the 22-year-old", partial quotes, father named, board statement ("it said")
    (
'''Ireland beat Zimbabwe by four wickets in the second one-day international in Harare on Sunday to level the three-match series at 1-1, thanks to an unbeaten century from 22-year-old opener Conor Mulready.

Chasing 268 to win, Ireland slipped to 96 for four before Mulready and wicket-keeper Ryan Doyle added 121 for the fifth wicket. Mulready finished on 114 not out from 131 balls, his maiden international hundred.

"I was nervous all morning, I didn't eat any breakfast. Once I got past twenty or thirty I started to feel at home, and Ryan kept me calm at the other end," the 22-year-old told Cricket Ireland's media team after the match.

Doyle praised his partner's temperament. "He's got a great head on him. When we were four down he just looked at me and told me we'd bat till the end. And we did," Doyle said.

Zimbabwe captain Tendai Mapfumo said his bowlers had lost their discipline in the final ten overs. "We gave away too many extras, fourteen wides, and you cannot do that against a good side. We'll regroup and come back on Wednesday," Mapfumo told reporters.

Ireland captain Paul Kennedy called the win "one of the best chases" he had been part of. "Conor has been knocking on the door for a while. Today he kicked it down," Kennedy said.

Mulready's father, Declan Mulready, who flew to Harare to watch the series, told The Irish Times that he had "never been so proud."

Zimbabwe Cricket said in a statement that entry to Wednesday's deciding match would be free for schoolchildren. "We want the next generation to see international cricket up close," it said.''',
        [
            ("I was nervous all morning, I", "Conor Mulready"),
            ("He's got a great head on", "Ryan Doyle"),
            ("We gave away too many extras,", "Tendai Mapfumo"),
            ("one of the best chases", "Paul Kennedy"),
            ("Conor has been knocking on the", "Paul Kennedy"),
            ("never been so proud", "Declan Mulready"),
            ("We want the next generation to", "Zimbabwe Cricket"),
        ],
    ),

    # 16 -- Oregon ransomware (curly): FBI spokesperson statement (organisation), police chief via TV station, partial "soft targets" then full quote, resident
    (
'''The city of Brenton, Oregon has declared a state of emergency after a ransomware attack shut down its computer network, disrupting everything from water bill payments to the police department's records system.

City manager Laura Beckett said the attack was discovered at around 5am on Tuesday, when staff found that files on several servers had been encrypted. “We immediately shut down every computer and disconnected from the internet. It's going to be slow and painful, but that was the right call,” Beckett told a news conference.

Beckett declined to say whether the city had received a ransom demand, or how much. “I'm not going to discuss that while the investigation is open,” she said.

The Federal Bureau of Investigation confirmed that it was assisting the city. “The FBI does not encourage paying a ransom. Paying does not guarantee that data will be recovered, and it encourages criminals to target more victims,” a spokesperson for the bureau's Portland field office said in a statement.

Emergency 911 calls were not affected, according to police chief Raymond Ortiz, but officers were writing their reports by hand. “It's like going back to 1985. The officers who are old enough to remember it are enjoying themselves a bit too much,” Ortiz told KATU News.

Cybersecurity researcher Priya Natarajan told Wired that local governments had become “soft targets” for ransomware gangs. “Cities run old software, they have small IT teams and they provide services people cannot live without. From a criminal's point of view, that is the perfect victim,” she said.

At City Hall, where the payment counter was accepting only cash and cheques, resident Tom Gallagher said he had waited forty minutes to pay a parking fine. “I don't blame the folks behind the counter. But you'd think somebody would have seen this coming,” he said.''',
        [
            ("We immediately shut down every computer", "Laura Beckett"),
            ("I'm not going to discuss that", "Laura Beckett"),
            ("The FBI does not encourage paying", "Federal Bureau of Investigation"),
            ("It's like going back to 1985.", "Raymond Ortiz"),
            ("soft targets", "Priya Natarajan"),
            ("Cities run old software, they have", "Priya Natarajan"),
            ("I don't blame the folks behind", "Tom Gallagher"),
        ],
    ),

    # 17 -- Tyrol avalanche: "said X, head of ..." between quotes, named police spokesperson via press agency, "Gruber explained", anonymous British skier
    (
'''Three people have died after an avalanche struck a group of skiers on an off-piste slope near the ski resort of Obertal in the Austrian state of Tyrol on Wednesday, police said.

The avalanche was triggered at around 11:30am local time at an altitude of about 2,400 metres. Eight skiers, all members of a guided group from Germany and the Netherlands, were caught in the slide; five were dug out alive, two of them with serious injuries.

"The snow was up to three metres deep where the victims were found," said Markus Steiner, head of the local mountain rescue service. "My team did everything possible, but the people who were buried deepest had no chance."

A police spokesperson in Innsbruck, Petra Haller, told the Austria Press Agency that the group's guide was among the survivors and had been questioned. "At this stage there is no indication of any criminal wrongdoing, but that is what the investigation will establish," she said.

The Tyrol avalanche warning service had rated the danger in the area at level three on a five-point scale on Wednesday. Forecaster Lukas Gruber said heavy snowfall followed by strong winds had created unstable slabs of snow. "Level three is the level at which most fatal accidents happen," Gruber explained. "People see blue sky and fresh powder and they underestimate it."

A British skier who was on a nearby piste told Sky News that she saw the slope give way. "There was a crack like a gunshot and then the whole mountainside just started moving. We were told to stay where we were, and we watched the helicopters arriving for hours," she said.

The names of the victims have not been released. Austrian media reported that two of them were German nationals.''',
        [
            ("The snow was up to three", "Markus Steiner"),
            ("My team did everything possible, but", "Markus Steiner"),
            ("At this stage there is no", "Petra Haller"),
            ("Level three is the level at", "Lukas Gruber"),
            ("People see blue sky and fresh", "Lukas Gruber"),
            ("There was a crack like a", "~skier"),
        ],
    ),

    # 18 -- Spanish mayor resigns: partial quote from mayor, councillor split quote via Europa Press, party executive statement (described body), pensioner named only by first name
    (
'''The mayor of Villaverde del Río, a town of 22,000 people in the province of Seville, Spain, resigned on Monday after a newspaper revealed that council funds had been used to pay for a family holiday in the Canary Islands.

Antonio Ruiz Calderón announced his resignation in a short statement read to journalists outside the town hall. "I have made mistakes, and I accept that the people of this town deserve better," he said. He did not take questions.

The newspaper Diario de Sevilla reported last week that invoices totalling more than 14,000 euros for flights, hotels and restaurants had been charged to the council's protocol budget. Ruiz Calderón had initially described the payments as "an administrative error" and promised to repay the money.

Opposition councillor Lucía Moreno, who first raised questions about the spending at a council meeting in October, said resignation was the only possible outcome. "An error is a typo. This was a week in Lanzarote," Moreno told Europa Press. "He treated public money as though it were his own, and he should now answer to the prosecutor."

His party's regional executive said in a statement that it had suspended his membership pending an internal investigation. "There is no place in our party for people who confuse public service with personal benefit," the statement said.

Several residents in the town's main square said on Monday that they felt let down. "He was a good mayor in many ways. He fixed the roads and the school," said one pensioner, who gave his name only as Manuel. "That's what makes it so sad."

An interim mayor is expected to be chosen by the council within ten days.''',
        [
            ("I have made mistakes, and I", "Antonio Ruiz Calderón"),
            ("an administrative error", "Antonio Ruiz Calderón"),
            ("An error is a typo.", "Lucía Moreno"),
            ("He treated public money as though", "Lucía Moreno"),
            ("There is no place in our", "~executive"),
            ("He was a good mayor in", "Manuel"),
            ("That's what makes it so sad.", "Manuel"),
        ],
    ),

    # 19 -- Colombian student satellite: "said X, a 23-year-old ..." mid-quote, professor "he said"/"he added" across paragraphs, space agency partial quote
    (
'''A shoebox-sized satellite designed and built by students at the University of Antioquia in Medellín, Colombia has sent its first signals back to Earth after being released from the International Space Station on Thursday.

The satellite, named Colibrí-1, carries a small camera and sensors intended to monitor deforestation and the health of crops in the Andes. It was carried to the station aboard a cargo flight in November.

"When we heard the first beacon, the whole room went silent and then everybody started screaming," said Valentina Ospina, a 23-year-old aerospace engineering student who led the project's communications team. "Four years of work, and it was alive."

Ospina said the team had since received messages from radio amateurs in Brazil, Spain and New Zealand who had picked up the satellite's signal.

Professor Jorge Restrepo, who supervised the team, told the newspaper El Colombiano that the project had cost less than US$150,000, most of it raised from private donors and the regional government. "People told us this was something only rich countries could do," he said. "These young people have proved them wrong."

The Japan Aerospace Exploration Agency (JAXA), which released the satellite from the Japanese Kibo module of the station, said in a statement that the deployment had gone "exactly as planned."

Restrepo said the team would begin testing the camera next week and hoped to share images with farmers' cooperatives in Antioquia free of charge. "The first image will probably be blurry, and we will probably frame it anyway," he added.''',
        [
            ("When we heard the first beacon,", "Valentina Ospina"),
            ("Four years of work, and it", "Valentina Ospina"),
            ("People told us this was something", "Jorge Restrepo"),
            ("These young people have proved them", "Jorge Restrepo"),
            ("exactly as planned", "Japan Aerospace Exploration Agency"),
            ("The first image will probably be", "Jorge Restrepo"),
        ],
    ),

    # 20 -- literary prize (curly): book title in quote marks (not a quote), "Sir" title dropped, publisher statement, tweet, split quote around "she replied"
    (
'''Nigerian-born writer Adaeze Nwankwo has won the 2019 Harwood Prize for Fiction for her debut novel “The Salt Houses”, a family saga set in Lagos and London across three generations.

The £30,000 prize was announced at a ceremony in London on Tuesday evening. Nwankwo, 34, who worked as a hospital pharmacist for a decade before turning to writing full-time, appeared close to tears as she accepted the award. The other titles on the shortlist included two historical novels and a collection of linked short stories set in Glasgow.

“I wrote most of this book on night shifts, in the hour between the last prescription and the first bus home. To night-shift workers everywhere: this one is for you,” she said in her acceptance speech.

The chair of the judging panel, historian Sir Malcolm Avery, described the novel as “astonishingly assured” for a first book. “We read 160 novels this year, and this was the one that none of us could stop talking about. It is funny, furious and utterly humane,” Avery told the BBC.

Nwankwo's publisher, Harbour Press, said in a statement that it had ordered a reprint of 50,000 copies following the announcement. “This is a wonderful moment for an independent publisher,” the statement said.

Fellow shortlisted author Daniel Kerrigan congratulated the winner on Twitter. “Deserved. Absolutely deserved. Now I'm going to the pub,” he wrote.

Asked by reporters what she would do with the prize money, Nwankwo laughed. “Pay off my student loan,” she replied, “and then buy my mother a new fridge. She has been asking for one for six years.”''',
        [
            ("I wrote most of this book", "Adaeze Nwankwo"),
            ("astonishingly assured", "Malcolm Avery"),
            ("We read 160 novels this year,", "Malcolm Avery"),
            ("This is a wonderful moment for", "Harbour Press"),
            ("Deserved. Absolutely deserved. Now I'm going", "Daniel Kerrigan"),
            ("Pay off my student loan", "Adaeze Nwankwo"),
            ("and then buy my mother a", "Adaeze Nwankwo"),
        ],
    ),

    # 21 -- Bangkok tortoise seizure: customs spokesperson split, NGO statement in two parts ("the statement said"), anonymous veterinarian via Bangkok Post
    (
'''Customs officers at Suvarnabhumi Airport in Bangkok, Thailand have seized 1,076 live tortoises hidden in four suitcases belonging to two passengers arriving from Madagascar, officials said on Saturday.

The animals, most of them critically endangered radiated tortoises, had been wrapped in tape and packed tightly together, according to the Thai Customs Department. Around sixty of them were already dead when the bags were opened.

"When the officers opened the bags, they could see the animals were still moving, but many were very weak," customs spokesperson Chaiwat Suksawat told reporters. "This is the largest seizure of its kind at this airport in five years."

The two passengers, a Malagasy man and a Thai woman, were arrested and face charges under Thailand's wildlife protection laws, which carry a maximum penalty of ten years in prison. Police said they believed the pair were couriers working for a larger trafficking network.

TRAFFIC, a wildlife trade monitoring group, said in a statement that radiated tortoises were increasingly being smuggled to supply collectors in Asia, where a single adult can sell for thousands of dollars. "Seizures like this one are only the tip of the iceberg," the statement said. "Without stronger cooperation between source and destination countries, these animals will vanish from the wild."

A veterinarian at the Department of National Parks who is caring for the surviving tortoises told the Bangkok Post that she expected more of them to die. "They have been without food or water for days. We are doing everything we can," she said.

Officials said the surviving animals would be returned to Madagascar once they were healthy enough to travel.''',
        [
            ("When the officers opened the bags,", "Chaiwat Suksawat"),
            ("This is the largest seizure of", "Chaiwat Suksawat"),
            ("Seizures like this one are only", "TRAFFIC"),
            ("Without stronger cooperation between source and", "TRAFFIC"),
            ("They have been without food or", "~veterinarian"),
        ],
    ),

    # 22 -- East Africa locusts: farmer split quote, FAO expert, FAO statement ("the organisation warned"), county officer with "he said" mid-way
    (
'''Swarms of desert locusts have spread to at least eight countries in East Africa, destroying crops and pasture in what the United Nations Food and Agriculture Organization (FAO) has described as the worst outbreak in Kenya in seventy years.

Farmers in Kenya's Kitui County said the insects arrived on Sunday afternoon in a cloud so dense that it blocked out the sun. "In two hours they finished everything. My sorghum, my cowpeas, even the leaves on the mango trees," farmer Grace Mutua told the Daily Nation. "I do not know how we will feed the children until the next harvest."

An FAO locust expert, Dr Henrik Lund, told Al Jazeera that a single swarm could contain up to 150 million insects per square kilometre. "These swarms are moving up to 150 kilometres a day. They do not respect borders, and neither can the response," he said.

The FAO has appealed for US$76 million to fund aerial spraying and surveillance. "If we do not act now, the next generation of locusts could be twenty times larger by June," the organisation warned in a statement.

Kenya's Ministry of Agriculture said aircraft had been spraying pesticide over the affected counties since January. County agricultural officer Peter Kilonzo said local teams were also using ground sprayers but were struggling to keep up. "We have four vehicles for an area the size of a small country," he said. "The farmers are doing what they can, banging pots and burning tyres, but it makes little difference."

Swarms have also been reported in Ethiopia, Somalia, Uganda and South Sudan. Scientists have linked the outbreak to unusually heavy rains in the region last year, which created ideal breeding conditions for the insects.''',
        [
            ("In two hours they finished everything.", "Grace Mutua"),
            ("I do not know how we", "Grace Mutua"),
            ("These swarms are moving up to", "Henrik Lund"),
            ("If we do not act now,", "United Nations Food and Agriculture Organization"),
            ("We have four vehicles for an", "Peter Kilonzo"),
            ("The farmers are doing what they", "Peter Kilonzo"),
        ],
    ),

    # 23 -- Atlantic solo sailing race: winner's quote mentions "his" (rival), rival "he told reporters", race director statement, mother with same surname
    (
'''French sailor Élodie Marchand crossed the finish line in Pointe-à-Pitre, Guadeloupe on Friday to win the Solitaire des Alizés, a 3,500-nautical-mile single-handed race across the Atlantic from Lorient in Brittany.

Marchand, 29, completed the crossing in 15 days, 7 hours and 22 minutes, finishing just under three hours ahead of Britain's Tom Hargreaves after the two boats had been within sight of each other for much of the final day. Eighteen skippers started the race, and four were forced to retire with damage after a storm in the Bay of Biscay during the first week. Three competitors were still at sea on Saturday evening, the last of them expected to reach Guadeloupe early next week.

"I haven't slept more than forty minutes at a time for a week," Marchand told the organisers' live broadcast as she stepped onto the pontoon. "The last night, I could see his navigation lights behind me the whole time. It was the longest night of my life."

Hargreaves, who arrived in the early hours of Saturday, was gracious in defeat. "She sailed a perfect race. I threw everything at her in the last 200 miles and she had an answer every time," he told reporters on the quayside.

Race director Jean-Luc Perrin said it was the closest finish in the event's 22-year history. "To have two boats so close after fifteen days alone at sea is extraordinary," Perrin said in a statement.

Marchand's mother, Sylvie Marchand, who flew to Guadeloupe to meet her, told Ouest-France that she had followed the race every night on the online tracker. "I didn't sleep either," she said.''',
        [
            ("I haven't slept more than forty", "Élodie Marchand"),
            ("The last night, I could see", "Élodie Marchand"),
            ("She sailed a perfect race.", "Tom Hargreaves"),
            ("To have two boats so close", "Jean-Luc Perrin"),
            ("I didn't sleep either", "Sylvie Marchand"),
        ],
    ),

    # 24 -- COP25 Madrid (curly): "said X, lead negotiator ..." between quotes, anonymous EU official via Reuters, coalition partial quote, spokesperson partial then full quote
    (
'''The United Nations climate talks in Madrid, Spain ended on Sunday nearly two days behind schedule, with negotiators failing to agree on rules for international carbon markets, one of the main items on the summit's agenda.

Delegates from nearly 200 countries adopted a final declaration calling for urgent action to close the gap between current emissions pledges and the goals of the 2015 Paris Agreement, but many campaigners and smaller nations said the outcome fell well short of what was needed.

“We came here asking for a lifeboat, and we are leaving with a promise to discuss lifeboats next year,” said Ana Tuilagi, lead negotiator for the Alliance of Small Island States. “For my country, next year is not an abstraction. It is another cyclone season.”

A senior European Union official, speaking to Reuters on condition of anonymity, blamed a small number of large emitters for blocking progress. “A handful of countries were simply not willing to move, and under the consensus rules, that is enough to stop everything,” the official said.

Youth activist Jonas Feldmann, 19, who travelled from Germany by train to attend the talks, told Deutsche Welle that the young protesters outside the venue felt ignored. “They invite us in, they take photographs with us, and then they close the door and do nothing,” he said.

Climate Action Network, a coalition of more than 1,300 environmental groups, said in a statement that the talks had exposed “a staggering disconnect” between governments and their citizens.

A spokesperson for the Spanish environment ministry, Elena Prieto, told El País that the meeting had “kept the Paris process alive in a very difficult year.” “Nobody is satisfied, and that is sometimes what a compromise looks like,” she said.

The talks will resume at the next summit in Glasgow, Scotland in November 2020.''',
        [
            ("We came here asking for a", "Ana Tuilagi"),
            ("For my country, next year is", "Ana Tuilagi"),
            ("A handful of countries were simply", "~official"),
            ("They invite us in, they take", "Jonas Feldmann"),
            ("a staggering disconnect", "Climate Action Network"),
            ("kept the Paris process alive in", "Elena Prieto"),
            ("Nobody is satisfied, and that is", "Elena Prieto"),
        ],
    ),

    # 25 -- Mississippi tornado: two women in turn (Jennings, then Whitley "she said"), agency statement ("the agency said")
    (
'''A tornado tore through the town of Pine Hollow in central Mississippi late on Sunday, killing four people and destroying dozens of homes, emergency officials said.

The National Weather Service (NWS) said a preliminary survey showed that the tornado was an EF3, with winds of up to 150 miles per hour, and that it had stayed on the ground for about 18 miles.

"This was a long-track, violent tornado that hit at night, which is the worst possible combination," NWS meteorologist Kevin Doucet told the Clarion Ledger.

County emergency management director Linda Pruitt said search teams had been going door to door since first light. "We have people still unaccounted for, and we won't stop until we know everybody is safe," Pruitt said. She said two shelters had been opened at local churches, and that volunteers from neighboring counties had arrived with chainsaws and generators.

Residents Carla Jennings and her neighbor Mae Whitley rode out the storm together in a bathroom. "We heard the sirens and then the windows just exploded," Jennings told WLBT. Whitley, 79, said she had lived on the street for fifty years. "I've seen a lot of storms, but nothing like this. The house is gone. All my pictures are gone," she said.

The Mississippi Emergency Management Agency said in a statement that it was working with federal authorities to assess the damage. "Our thoughts are with the families who lost loved ones, and our teams will be in Pine Hollow for as long as they are needed," the agency said.

Power had been restored to about half of the affected homes by Monday evening, according to the local electricity cooperative.''',
        [
            ("This was a long-track, violent tornado", "Kevin Doucet"),
            ("We have people still unaccounted for,", "Linda Pruitt"),
            ("We heard the sirens and then", "Carla Jennings"),
            ("I've seen a lot of storms,", "Mae Whitley"),
            ("Our thoughts are with the families", "Mississippi Emergency Management Agency"),
        ],
    ),

    # 26 -- extradition from Spain: NCA manager split quote, lawyer via El Mundo, victim's mother unnamed (victim named), split around "she told"
    (
'''A British man wanted in connection with a 2017 shooting in Liverpool has been extradited from Spain after more than two years on the run, the National Crime Agency (NCA) said on Thursday.

Liam Kershaw, 35, was arrested at a rented villa near Marbella last October by Spanish police acting on a European Arrest Warrant. He arrived at Heathrow Airport on Wednesday evening escorted by NCA officers and is due to appear at Liverpool Magistrates' Court on Friday charged with murder.

"Kershaw believed he could hide in the sun and we would forget about him. We didn't," NCA operations manager Steve Carlisle said in a statement. "This shows that there is nowhere to hide for those who try to flee justice."

Kershaw had fought the extradition in the Spanish courts, arguing that he would not receive a fair trial in the United Kingdom because of coverage of the case in the media. His Spanish lawyer, Javier Montes, told El Mundo that his client would take the case to the European Court of Human Rights. "My client maintains his innocence and has the right to be treated as innocent," Montes said.

The mother of the victim, 24-year-old Jordan Hughes, said the family had waited three long years for this moment. "I'm not celebrating. Nothing will bring Jordan back," she told the Liverpool Echo. "But I want to look the man accused of killing my son in the eye in court."

Merseyside Police said officers were continuing to investigate whether anyone had helped Kershaw to leave the country.''',
        [
            ("Kershaw believed he could hide in", "Steve Carlisle"),
            ("This shows that there is nowhere", "Steve Carlisle"),
            ("My client maintains his innocence and", "Javier Montes"),
            ("I'm not celebrating. Nothing will bring", "~mother"),
            ("But I want to look the", "~mother"),
        ],
    ),

    # 27 -- new frog species: "said lead author Dr X" mid-quote, two quotes around "she said", community leader via newspaper, outside expert via website
    (
'''Scientists have described a new species of tiny frog from the cloud forests of southern Ecuador and named it after the indigenous community that helped them find it.

The frog, Pristimantis shuarorum, measures just 14 millimetres in length, about the size of a fingernail, and has a distinctive orange patch on its thighs. It was described in a paper published on Tuesday in the journal ZooKeys.

"We heard its call for two seasons before we ever saw one," said lead author Dr Paula Andrade of the Pontifical Catholic University of Ecuador. "It sounds like a cricket, so for a long time we simply assumed it was a cricket."

Andrade said members of the Shuar community of Nankints had guided the team to the remote ridge where the frog lives. "They knew it existed long before we did. They even had a name for it," she said. "Naming the species after them was the least we could do."

Community leader Rafael Tsamarain told the newspaper El Universo that he hoped the discovery would help protect the forest from mining. "If the world knows something lives here that lives nowhere else, maybe they will think twice before they dig," he said.

The authors recommend that the species be classified as critically endangered, as it has only been found in an area of less than five square kilometres. Herpetologist Mark Whitford of the Natural History Museum in London, who was not involved in the research, told the conservation news website Mongabay that such work was becoming urgent. "We are naming species in the same decade that we are losing them," he said.''',
        [
            ("We heard its call for two", "Paula Andrade"),
            ("It sounds like a cricket, so", "Paula Andrade"),
            ("They knew it existed long before", "Paula Andrade"),
            ("Naming the species after them was", "Paula Andrade"),
            ("If the world knows something lives", "Rafael Tsamarain"),
            ("We are naming species in the", "Mark Whitford"),
        ],
    ),

    # 28 -- Haifa cinema closes (curly): owner split quote, two women in turn (Barak, Levi), critic partial quote followed by full quote "she wrote", ministry partial, elderly customer
    (
'''The Carmel Cinema, one of the oldest cinemas in Haifa, Israel, will close permanently at the end of the month after failing to recover from months of closure during the COVID-19 pandemic, its owners announced on Monday.

The cinema, which opened in 1936 and has been run by the same family for three generations, screened its last regular film in March, just before the country's first lockdown.

“We held on as long as we could,” owner Yael Barak told Haaretz. “My grandfather kept this place open through a war. I'm the one who has to turn off the lights, and I don't think I will ever forgive this virus.”

Barak said the cinema had lost around 80 percent of its income this year while rent and maintenance costs continued. She added that she had applied for government support but had received only forms, and then silence.

Film critic Noa Levi, who has reviewed films in Haifa for three decades, called the closure “a small death for the city.” “Generations of people had their first date there, their first horror film, their first time crying at a movie,” she wrote in a column for a local newspaper.

The Culture Ministry said in a statement that a support package for independent cinemas was “in the final stages of approval.”

Regular customer Avraham Cohen, 82, said he had seen his first film at the Carmel in 1946, a Western whose name he can no longer remember. “I'll be there for the last one too,” he said.''',
        [
            ("We held on as long as", "Yael Barak"),
            ("My grandfather kept this place open", "Yael Barak"),
            ("a small death for the city", "Noa Levi"),
            ("Generations of people had their first", "Noa Levi"),
            ("in the final stages of approval", "Culture Ministry"),
            ("I'll be there for the last", "Avraham Cohen"),
        ],
    ),

    # 29 -- Kiribati fishermen rescued: fisherman named via appositive "the oldest of the men", rescue coordinator split, captain via Yonhap, unnamed wife
    (
'''Three fishermen from Kiribati have been rescued after spending 28 days adrift in the Pacific Ocean in a small open boat, surviving on rainwater and raw fish, the Rescue Coordination Centre New Zealand (RCCNZ) said on Wednesday.

The men, aged 19, 34 and 52, set out from the island of Abemama on a day's fishing trip on 2 September, but their outboard motor failed and currents carried them more than 600 kilometres to the south-east. They were spotted on Tuesday by the crew of a South Korean fishing vessel, the Hae Sung 8.

"We caught fish with our hands and a small line, and when it rained we collected the water in a bucket," the oldest of the men, Tekeraoi Tabane, told Radio New Zealand by satellite phone from the ship. "Every night we prayed. On the twentieth day I thought we would die."

RCCNZ said a Royal New Zealand Air Force aircraft had searched an area of more than 100,000 square kilometres in the days after the men were reported missing. "To find them alive after four weeks is remarkable," search and rescue mission coordinator Gavin Kerr said. "Their seamanship and their faith clearly kept them going."

The captain of the Hae Sung 8, Park Jin-woo, told the Yonhap news agency that his crew had almost missed the boat. "It was very small and very low in the water. One of my young crewmen saw something shining. It was the men waving a piece of metal in the sun," he said.

The wife of the youngest fisherman told local media in the capital, Tarawa, that the family had held a vigil every evening. "We never stopped believing," she said.

The men are expected to be landed in Fiji later this week.''',
        [
            ("We caught fish with our hands", "Tekeraoi Tabane"),
            ("Every night we prayed.", "Tekeraoi Tabane"),
            ("To find them alive after four", "Gavin Kerr"),
            ("Their seamanship and their faith clearly", "Gavin Kerr"),
            ("It was very small and very", "Park Jin-woo"),
            ("We never stopped believing", "~wife"),
        ],
    ),

    # 30 -- jockey retires (curly): trainer quote, fellow jockey via newspaper, governing body partial quote, very short split quote ("Sleep in," he said. "For about a year.")
    (
'''Irish jockey Niall Brennan, who rode more than 2,400 winners over a 26-year career, announced his retirement on Saturday after riding in his final race at Leopardstown.

“I've been lucky. I've had great horses and great people around me, and I'm walking away in one piece, which is more than a lot of lads can say,” Brennan told Racing TV after dismounting.

Brennan, 43, won the Irish Grand National twice and was champion jockey in Ireland three times. He finished second in his final ride, on the seven-year-old mare Lady Carrick.

His career was not without setbacks. He broke his collarbone four times and missed most of the 2011 season with a fractured vertebra after a fall at Punchestown, an injury that doctors initially feared would end his career. He has said he intends to stay in the sport, possibly as a trainer or as a coach for young riders.

Trainer Margaret Hollins, for whom Brennan rode for almost two decades, said she had known the announcement was coming. “He told me in the car on the way here this morning. I had to pull over for a minute. Then I told him to get out and go and win,” she said.

Fellow jockey Siobhán Quirke described him as the ultimate professional. “When you were riding against Niall, you knew you'd have to be at your very best, and even then it often wasn't enough,” she told the Irish Independent.

Horse Racing Ireland said in a statement that Brennan had been “a wonderful ambassador for the sport,” and that he would be presented with a special award at the end of the season.

Asked what he planned to do next, Brennan smiled. “Sleep in,” he said. “For about a year.”''',
        [
            ("I've been lucky. I've had great", "Niall Brennan"),
            ("He told me in the car", "Margaret Hollins"),
            ("When you were riding against Niall,", "Siobhán Quirke"),
            ("a wonderful ambassador for the sport", "Horse Racing Ireland"),
            ("Sleep in", "Niall Brennan"),
            ("For about a year", "Niall Brennan"),
        ],
    ),
]
STORIES_AZ = [
    # 1 -- governor signs budget; split quote, pronoun across paragraph, partial quote, org statement partial, spokesperson named after quote
    (
'''SALEM, Ore. -- Gov. Laura Whitfield signed a $31.4 billion two-year budget Tuesday that expands rural broadband and pays for 400 new state troopers, ending a legislative session that Republicans said left taxpayers holding the bill.

"This budget keeps the promises we made to Oregonians," Whitfield said at a signing ceremony in the Capitol rotunda. "It funds schools, it funds public safety, and it does it without touching the rainy day fund."

The Democratic governor singled out the broadband money, which her office estimates will reach about 90,000 households that now have no wired internet service.

"If you live in Harney County, you should not have to drive to a fast-food parking lot so your kid can do homework," she said.

Senate Minority Leader Tom Brackett, R-Redmond, said the spending plan grows faster than the state's economy and leaves little cushion if a recession hits.

"We are spending money we do not have on programs nobody has audited," Brackett told reporters after the ceremony. He called the trooper hiring "a good idea buried in a bad budget."

Rep. Dana Ochoa, D-Portland, who co-chairs the Joint Committee on Ways and Means, pushed back.

"Every dollar in this budget went through public hearings," Ochoa said.

Ochoa said Republicans had the same chance to amend the plan in committee and that most of their proposed changes would have added spending, not cut it.

The budget also includes $62 million for wildfire prevention and a 3% raise for home care workers. The Association of Oregon Counties said in a statement that the plan "finally recognizes that counties deliver most of the services state lawmakers take credit for."

A spokesperson for the Department of Administrative Services said the agency would begin sending the first quarter of school funding to districts in July.

"Districts should see the money on schedule," said Kenji Moriyama, the department's communications director.''',
        [
            ("This budget keeps the promises we", "Laura Whitfield"),
            ("It funds schools, it funds public", "Laura Whitfield"),
            ("If you live in Harney County,", "Laura Whitfield"),
            ("We are spending money we do", "Tom Brackett"),
            ("a good idea buried in a", "Tom Brackett"),
            ("Every dollar in this budget went", "Dana Ochoa"),
            ("finally recognizes that counties deliver most", "Association of Oregon Counties"),
            ("Districts should see the money on", "Kenji Moriyama"),
        ],
    ),
    # 2 -- police shooting (curly quotes); chief then lieutenant (two men), unnamed neighbor, quote split then running over two paragraphs, "the chief", bureau statement
    (
'''TOLEDO, Ohio -- A Toledo police officer shot and wounded a man who opened fire on officers during a traffic stop late Saturday, Police Chief Marcus Hale said Sunday.

The man, identified as 31-year-old Derrick Simmons, was in stable condition at a Toledo hospital. No officers were hurt.

“Our officers were fired upon without warning,” Hale said at a news conference at the Safety Building. “They did exactly what they are trained to do, and I'm grateful every one of them is going home to their families today.”

Hale said the officer who returned fire, a six-year veteran, has been placed on paid administrative leave, which is standard under department policy.

Lt. Anthony Russo, a department spokesman, said body-camera footage would be released within 10 days.

“We want the public to see what our officers saw,” Russo said. “There's no reason to wait on that.”

The shooting happened shortly after 11 p.m. on Dorr Street. According to Hale, officers stopped a sedan for running a red light; the driver got out and began shooting as the first officer approached.

A woman who lives across the street said she heard at least six shots.

“I got down on the floor with my grandbabies and stayed there until it was quiet,” the neighbor said. She asked not to be named because she feared retaliation.

Councilman Gerald Knox, whose district includes the block, said residents have complained for months about speeding and gunfire in the area.

“People on Dorr Street have been asking for help for a long time,” Knox said. “I don't want this to become one more night that everybody forgets about by Wednesday.

“What I want is a real plan, with officers walking that street and real money for the neighborhood center.”

Hale said he had spoken with Knox and agreed the area needs more attention.

“He's right,” the chief said.

The Ohio Bureau of Criminal Investigation will review the shooting, as it does most police shootings in the state. “BCI agents responded to the scene overnight and the investigation is ongoing,” the bureau said in a statement.''',
        [
            ("Our officers were fired upon without", "Marcus Hale"),
            ("They did exactly what they are", "Marcus Hale"),
            ("We want the public to see", "Anthony Russo"),
            ("There's no reason to wait on", "Anthony Russo"),
            ("I got down on the floor", "~neighbor"),
            ("People on Dorr Street have been", "Gerald Knox"),
            ("I don't want this to become", "Gerald Knox"),
            ("He's right", "Marcus Hale"),
            ("BCI agents responded to the scene", "Ohio Bureau of Criminal Investigation"),
        ],
    ),
    # 3 -- school closures; partial quote in lede, two women on board in turn, parent told newspaper, unnamed teacher, district statement
    (
'''DES MOINES, Iowa -- The Des Moines school board voted 5-2 Tuesday night to close three elementary schools at the end of the school year, a decision Superintendent Angela Pryor called "painful but unavoidable" as enrollment falls and federal pandemic aid runs out.

The closures of Hillcrest, Moulton and Garton elementary schools will save an estimated $4.8 million a year, according to district figures. About 780 students will be reassigned.

"Nobody got into education to close schools," Pryor told the board before the vote. "But we have buildings designed for 600 children that are serving 250, and every dollar we spend heating empty classrooms is a dollar we are not spending on teachers."

Board member Rachel Lindqvist, who voted against the plan, said the district moved too fast.

"Families found out about this in October," Lindqvist said. "That is not community engagement. That is a notification."

Board Chair Delia Ruiz disagreed. Ruiz said the district held 14 public meetings and surveyed more than 3,000 families before drawing up the final list.

"I respect my colleague, but I don't accept that we hid anything," Ruiz said.

More than 200 people packed the meeting, many wearing green T-shirts in support of Moulton Elementary. Parent Jamal Whitaker, whose two children attend Moulton, told the Register he was worried about longer bus rides.

"My daughter is 6. She's going to be on a bus for 40 minutes each way now," Whitaker said.

One Garton teacher, who spoke during public comment but did not give her name, said staff learned of the final list from a television news report.

"We deserved better than that," she said.

Des Moines Public Schools said in a statement after the vote that all teachers at the three schools would be offered positions elsewhere in the district. "No teacher will lose a job as a result of these closures," the statement said.''',
        [
            ("painful but unavoidable", "Angela Pryor"),
            ("Nobody got into education to close", "Angela Pryor"),
            ("But we have buildings designed for", "Angela Pryor"),
            ("Families found out about this in", "Rachel Lindqvist"),
            ("That is not community engagement.", "Rachel Lindqvist"),
            ("I respect my colleague, but I", "Delia Ruiz"),
            ("My daughter is 6. She's going", "Jamal Whitaker"),
            ("We deserved better than that", "~teacher"),
            ("No teacher will lose a job", "Des Moines Public Schools"),
        ],
    ),
    # 4 -- utility rate case; partial quote from unnamed advocates, post on X, told newspaper, asked/replied
    (
'''PHOENIX -- Desert Valley Electric customers would pay about $14 more a month under a rate increase the utility asked state regulators to approve Monday, a request consumer advocates immediately called "a holiday gift to shareholders."

The utility, which serves about 1.1 million customers in central Arizona, says it needs the money to harden its grid against extreme heat and to pay for new battery storage.

"Our customers have told us loud and clear that reliability matters most to them in July and August," said Monica Estrada, the utility's vice president for regulatory affairs. "This investment is how we keep the lights and the air conditioning on."

The filing with the Arizona Corporation Commission seeks a 9.2% increase in base rates and a return on equity of 10.5%, among the highest requested in the state in the past decade.

Commissioner Ray Delgado, a Republican, said he would scrutinize the request. In a post on X, he wrote: "Families are already paying more for groceries, gas and rent. Any rate hike is going to have to clear a very high bar with me."

Diane Kessler, director of the Residential Utility Consumer Office, told the Arizona Republic that the company's profits have climbed for three straight years.

"They are asking for a raise while their customers are choosing between cooling and medicine," Kessler said.

Estrada said the utility would expand its discount program for low-income households if the increase is approved. Asked whether the company would lower its requested return on equity, she replied: "Everything is on the table in a rate case. That's how the process works."

The commission is expected to hold hearings next spring. A decision is not likely before fall.''',
        [
            ("a holiday gift to shareholders", "~advocates"),
            ("Our customers have told us loud", "Monica Estrada"),
            ("This investment is how we keep", "Monica Estrada"),
            ("Families are already paying more for", "Ray Delgado"),
            ("They are asking for a raise", "Diane Kessler"),
            ("Everything is on the table in", "Monica Estrada"),
        ],
    ),
    # 5 -- maternity unit closing (curly quotes); doctor, union nurse, lawmaker told AP, department statement, "the 26-year-old"
    (
'''ABERDEEN, Wash. -- Harbor Regional Medical Center will stop delivering babies at the end of March, leaving expectant mothers in Grays Harbor County an hour or more from the nearest labor and delivery unit, hospital officials said Thursday.

The hospital cited a shortage of obstetric nurses and anesthesiologists and a decline in births, which fell to about 310 last year from more than 500 a decade ago.

“We did not make this decision lightly,” said Dr. Steven Okafor, the hospital's chief medical officer. “We simply cannot staff a unit safely 24 hours a day, and a unit that is not safe is worse than no unit at all.”

Okafor said the hospital would keep its emergency department open and would station an obstetrician there during daytime hours.

The Washington State Nurses Association, which represents about 180 nurses at the hospital, said the closure was the predictable result of years of understaffing.

“Nurses have been warning management about this for three years,” said Carla Benoit, a labor and delivery nurse and the union's local chair. “They didn't listen then, and now mothers are going to be giving birth in the back seat on Highway 12.”

State Rep. Jim Hollister, D-Hoquiam, told The Associated Press he would ask the state Department of Health to review the decision.

“This is a rural health emergency,” Hollister said. He predicted that other rural hospitals, in Okanogan and Pacific counties, could follow.

The Department of Health said in a statement that hospitals must give 90 days' notice before closing a service line and that Harbor Regional had done so. “The department is working with the hospital and neighboring facilities to ensure continuity of care,” the statement said.

Kayla Brandt, who is 28 weeks pregnant with her second child, said she had already begun planning the drive to Olympia.

“My first labor was four hours,” the 26-year-old said. “I'm not sure I'll make it.”''',
        [
            ("We did not make this decision", "Steven Okafor"),
            ("We simply cannot staff a unit", "Steven Okafor"),
            ("Nurses have been warning management about", "Carla Benoit"),
            ("They didn't listen then, and now", "Carla Benoit"),
            ("This is a rural health emergency", "Jim Hollister"),
            ("The department is working with the", "Department of Health"),
            ("My first labor was four hours", "Kayla Brandt"),
            ("I'm not sure I'll make it", "Kayla Brandt"),
        ],
    ),
    # 6 -- county jail bond; two women commissioners in turn, "she said" after surname-only cue, partial quote, unnamed man
    (
'''GREENVILLE, S.C. -- Greenville County commissioners voted 7-5 Tuesday to borrow $118 million to expand the county detention center, ending a yearlong fight over whether the county needs more jail beds or more mental health treatment.

Sheriff Wade Tillman, who asked for the expansion, said the jail has held more than its rated capacity of 1,100 inmates for 19 of the past 24 months.

"We are sleeping people on the floor," Tillman said, adding that two detention officers were injured in fights in the overcrowded intake area last month.

Commissioner Patricia Gaines, who voted for the bond, said the county had run out of alternatives.

"I would love to live in a world where we don't need another jail pod," Gaines said. "I don't live in that world, and neither does anyone in this room."

Commissioner Lorraine Whitley, who voted no, said the county was building its way out of a problem it could treat. She noted that roughly a third of inmates on any given day have a diagnosed mental illness.

"We are spending $118 million on concrete and not one dime on a crisis center," Whitley said. She urged colleagues to "take a breath and look at what Charleston did" before committing the county to 30 years of debt.

Gaines answered that the two were not mutually exclusive.

"We can do both," she said. "We just can't do the crisis center first and leave people on the floor while we wait."

Dozens of residents spoke during a public comment period that stretched past two hours. One man, who said his brother died in the jail in 2021, held up a photo as he spoke.

"He needed a hospital, not a cell," the man said.

The county expects to break ground next summer. The expansion would add 400 beds.''',
        [
            ("We are sleeping people on the", "Wade Tillman"),
            ("I would love to live in", "Patricia Gaines"),
            ("I don't live in that world,", "Patricia Gaines"),
            ("We are spending $118 million on concrete", "Lorraine Whitley"),
            ("take a breath and look at", "Lorraine Whitley"),
            ("We can do both", "Patricia Gaines"),
            ("We just can't do the crisis", "Patricia Gaines"),
            ("He needed a hospital, not a", "~man"),
        ],
    ),
    # 7 -- ethics inquiry; Facebook post ("he wrote"), insisted, letter from watchdog (org partial), director named, attorney paraphrased only
    (
'''LANSING, Mich. -- The Michigan House Ethics Committee opened an inquiry Wednesday into whether state Rep. Curtis Vandermeer used campaign funds to pay for family vacations, a week after a Detroit News investigation detailed more than $22,000 in travel charges.

Vandermeer, R-Holland, denied any wrongdoing in a post on Facebook on Wednesday afternoon.

"Every expense I have ever charged to my campaign was for campaign business, and I welcome the chance to show that," he wrote. "This is a political hit job, plain and simple."

Committee Chair Renee Caldwell, D-Flint, insisted the inquiry did not presume guilt.

"Our job is to get the facts," Caldwell told reporters. "If the facts show Rep. Vandermeer did nothing wrong, we will say so."

The Michigan Campaign Finance Network, a nonpartisan watchdog, said in a letter to the committee that several of the charges "appear on their face to be personal expenses." The group's executive director, Paul Sorensen, said Michigan's rules on campaign spending are among the weakest in the Midwest.

"Lawmakers basically police themselves," Sorensen said. "An ethics committee made up of their colleagues is not exactly a tough audience."

The newspaper's review found charges at resorts in northern Michigan and Florida, along with airline tickets for Vandermeer's wife and adult children. Campaign filings listed most of the trips as fundraising travel or voter outreach.

House Speaker Anthony Greer, D-Detroit, said in a brief statement that he supported the review. Vandermeer's attorney, Linda Cho, said her client would cooperate fully and expected to be cleared.''',
        [
            ("Every expense I have ever charged", "Curtis Vandermeer"),
            ("This is a political hit job,", "Curtis Vandermeer"),
            ("Our job is to get the", "Renee Caldwell"),
            ("If the facts show Rep. Vandermeer", "Renee Caldwell"),
            ("appear on their face to be", "Michigan Campaign Finance Network"),
            ("Lawmakers basically police themselves", "Paul Sorensen"),
            ("An ethics committee made up of", "Paul Sorensen"),
        ],
    ),
    # 8 -- blizzard (curly quotes); governor, CDOT spokeswoman, sergeant, unnamed trucker, company statement partial
    (
'''DENVER -- Gov. Evan Marsh declared a state of emergency Sunday as a late-season blizzard dumped more than two feet of snow along the Front Range, closing Interstate 25 between Denver and the Wyoming line and stranding hundreds of motorists.

“Stay home. I cannot say it any more plainly than that,” Marsh said at an afternoon briefing at the state emergency operations center. “If you go out on these roads tonight, you are putting yourself and the people who have to come rescue you at risk.”

The Colorado Department of Transportation said more than 300 plows were working, but winds gusting above 50 mph were erasing their progress almost as quickly as they made it.

“We clear a lane, and 20 minutes later it looks like we were never there,” said Tamara Jeffries, a CDOT spokeswoman. She warned that the interstate could stay closed through Monday afternoon.

The Colorado State Patrol said troopers had responded to more than 140 crashes since midnight. Sgt. Luis Padilla said most involved drivers going too fast for conditions.

“People see a dry patch and think they're fine,” Padilla said.

At a truck stop in Longmont, a long-haul trucker from Nebraska said he had been parked for 14 hours.

“I've got a load of lettuce that's not getting any fresher,” the trucker said, laughing. “But I'd rather lose the load than lose my rig in a ditch.”

Xcel Energy reported about 38,000 customers without power at the storm's peak. The company said in a statement that crews would “work around the clock until every customer is restored.”''',
        [
            ("Stay home. I cannot say it", "Evan Marsh"),
            ("If you go out on these", "Evan Marsh"),
            ("We clear a lane, and 20", "Tamara Jeffries"),
            ("People see a dry patch and", "Luis Padilla"),
            ("I've got a load of lettuce", "~trucker"),
            ("But I'd rather lose the load", "~trucker"),
            ("work around the clock until every", "Xcel Energy"),
        ],
    ),
    # 9 -- lead in water; DEP official, mayor, contractor statement partial, resident then "the 67-year-old"
    (
'''MILLBROOK, Pa. -- Residents of this borough of 4,200 should not drink their tap water until further notice after tests found lead levels nearly four times the federal action level, state environmental officials said Friday.

The Pennsylvania Department of Environmental Protection said samples taken at 12 homes in September averaged 58 parts per billion. The federal action level is 15.

"This is not a boil-water situation. Boiling does not remove lead," said Kristen Albrecht, a DEP regional director. "Residents should use bottled water for drinking, cooking and mixing baby formula."

Mayor Frank DiNardo said the borough would distribute bottled water at the fire hall starting Saturday morning. He blamed a change in water treatment chemicals that the borough's contractor made last spring.

"We were told the change would save money and would not affect water quality," DiNardo said. "Obviously that was wrong, and we are going to find out who made that call and why."

The contractor, Keystone Water Services, said in a statement it had followed "all applicable state guidance" and was cooperating with regulators.

Eleanor Hutchins has lived on Cherry Street for 41 years. She said she began noticing a metallic taste in her coffee over the summer.

"I called the borough twice," the 67-year-old said. Each time, she said, she was told the water was fine.

She said she now worries about her great-grandson, who visits several days a week.

"He's 2," Hutchins said.

The DEP said it would test water at 60 more homes next week and has ordered the borough to submit a corrosion control plan within 30 days. Health officials urged parents of children under 6 to ask their pediatricians about blood lead testing, which is available free at the county health center.''',
        [
            ("This is not a boil-water situation.", "Kristen Albrecht"),
            ("Residents should use bottled water for", "Kristen Albrecht"),
            ("We were told the change would", "Frank DiNardo"),
            ("Obviously that was wrong, and we", "Frank DiNardo"),
            ("all applicable state guidance", "Keystone Water Services"),
            ("I called the borough twice", "Eleanor Hutchins"),
            ("He's 2", "Eleanor Hutchins"),
        ],
    ),
    # 10 -- transit fare hike; asked/replied exchange between board member and CEO, advocate
    (
'''PITTSBURGH -- Riders on the Three Rivers Transit Authority would pay $3 for a single bus or light-rail trip, up from $2.75, under a proposed budget presented to the agency's board Friday.

Chief Executive Sandra Kowalczyk said the agency faces a $64 million deficit next year as federal relief money runs out and ridership remains about 30% below 2019 levels.

"We have cut administrative costs, we have frozen hiring, and we have drawn down reserves," Kowalczyk said. "There is no version of next year that balances without either a fare increase or service cuts, and service cuts would be far worse."

The proposal would also raise the price of a monthly pass to $105 and end free transfers after 90 minutes.

Board member Harold Jeffords pressed her on whether the agency had asked the state for more help.

"Have we gone to Harrisburg and made the case?" Jeffords asked.

"We have, many times," Kowalczyk replied. "The governor's budget includes an increase for transit. Whether the legislature passes it is another question."

Laura Mbeki, an organizer with the riders' group Ride Fair Pittsburgh, said a fare increase would fall hardest on people who have no other way to get to work.

"The people who ride the 51 at 5 a.m. are not the people who can absorb this," Mbeki said.

Under the proposal, seniors would continue to ride free and the reduced fare for riders with disabilities would stay at $1.35. Agency staff estimated the fare increase would raise about $9 million, leaving the rest of the gap to be closed with reserves and state money.

The board is scheduled to vote in June after three public hearings.''',
        [
            ("We have cut administrative costs, we", "Sandra Kowalczyk"),
            ("There is no version of next", "Sandra Kowalczyk"),
            ("Have we gone to Harrisburg and", "Harold Jeffords"),
            ("We have, many times", "Sandra Kowalczyk"),
            ("The governor's budget includes an increase", "Sandra Kowalczyk"),
            ("The people who ride the 51", "Laura Mbeki"),
        ],
    ),
    # 11 -- lieutenant governor debate (curly quotes); two men in turn, moderator asked, partial quotes, "he said"
    (
'''RALEIGH, N.C. -- The two candidates for lieutenant governor clashed over school vouchers and the state's abortion law Thursday night in their only televised debate, with each accusing the other of misrepresenting his record.

Democrat Michael Ortiz, a former Wake County commissioner, accused Republican state Sen. Bradley Hume of “draining public schools to pay for private ones” by backing an expansion of the state's voucher program.

“Sen. Hume voted to send $600 million a year to private schools that don't have to take every child, don't have to test every child and don't have to tell parents how they're doing,” Ortiz said.

Hume, of Hickory, said the program gives working families the same choices wealthy families already have.

“My opponent thinks a parent in Robeson County shouldn't have the options a parent in Chapel Hill has,” Hume said. “I think that's wrong.”

The moderator, political reporter Denise Carter, asked both men whether they would support further restrictions on abortion.

“Would you vote to break a tie on a six-week ban?” Carter asked.

“I don't think that bill is coming,” Hume said. He described the current 12-week limit as a compromise he would leave alone.

Ortiz called that answer “a dodge.” He said he would oppose any bill that further restricted abortion access and would use the office to make the case against it.

“North Carolina women have been clear,” he said.

The two men also sparred over the state's response to flooding in the western mountains last fall, with Ortiz saying relief money had been too slow to reach small towns and Hume defending the legislature's aid package.

The lieutenant governor presides over the state Senate and casts tie-breaking votes. Early voting begins Oct. 17.''',
        [
            ("draining public schools to pay for", "Michael Ortiz"),
            ("Sen. Hume voted to send $600", "Michael Ortiz"),
            ("My opponent thinks a parent in", "Bradley Hume"),
            ("I think that's wrong", "Bradley Hume"),
            ("Would you vote to break a", "Denise Carter"),
            ("I don't think that bill is", "Bradley Hume"),
            ("a dodge", "Michael Ortiz"),
            ("North Carolina women have been clear", "Michael Ortiz"),
        ],
    ),
    # 12 -- overdose cluster; health officer warned, detective, mother told TV station (surname shared with victim), stamp text not a quote
    (
'''SPOKANE, Wash. -- Spokane County recorded nine suspected overdose deaths in a 72-hour span this week, prompting health officials to warn that a batch of counterfeit pills laced with fentanyl and a veterinary sedative may be circulating.

Dr. Priya Raman, the county health officer, said the pills look like prescription oxycodone tablets and are light blue with an imprint on one side.

"If you did not get a pill directly from a pharmacist, assume it contains fentanyl," Raman warned. "One pill can kill you. That is not an exaggeration."

Det. Kyle Brennan of the Spokane Police Department's drug unit said investigators believe the pills are being sold through social media apps.

"The dealers aren't on street corners anymore. They're in your kid's phone," Brennan said. He said detectives had made two arrests but expected more.

Among the dead was 19-year-old Tyler Voss, a former Mead High School wrestler. His mother, Janine Voss, said he had been sober for eight months.

"He took one pill at a party. One," she told KREM. "I want every parent in this county to hear that."

Voss said she had begun carrying naloxone and urged other families to do the same. The health district is distributing free naloxone kits at its downtown office and at all Spokane Public Library branches.

"Naloxone is safe, it is easy to use, and it works," Raman said.

The county recorded 212 overdose deaths last year, up from 61 in 2019, according to the health district. Officials said toxicology results for this week's deaths could take up to six weeks.''',
        [
            ("If you did not get a", "Priya Raman"),
            ("One pill can kill you. That", "Priya Raman"),
            ("The dealers aren't on street corners", "Kyle Brennan"),
            ("He took one pill at a", "Janine Voss"),
            ("I want every parent in this", "Janine Voss"),
            ("Naloxone is safe, it is easy", "Priya Raman"),
        ],
    ),
    # 13 -- teacher strike threat; union president, superintendent told reporters, governor, chanting teachers, parent
    (
'''ST. PAUL, Minn. -- Teachers in the St. Paul Public Schools will walk off the job Monday unless the district agrees to smaller class sizes and more mental health staff, union leaders announced Thursday, setting up the district's first strike in six years.

"We have been at the table since February," said Nora Lindgren, president of the St. Paul Federation of Educators. "Our members did not want it to come to this. But they voted 94% to authorize a strike because they are watching their students fall through the cracks."

About 300 teachers rallied outside district headquarters Thursday evening, chanting "Smaller classes, safer schools" as board members arrived for a closed session.

Superintendent Joel Harnett said the union's proposals would cost $110 million over two years, money he said the district does not have.

"I share the union's goals. I do not share their math," Harnett told reporters at district headquarters. He said schools would close during any strike, but meal sites would stay open.

Gov. Karen Solberg, asked about the dispute at an unrelated event in Duluth, said she hoped the sides would keep talking.

"Nobody wins when kids are out of the classroom," Solberg said. She said she had spoken with both Lindgren and Harnett by phone this week.

Parents were divided. Sofia Reyes, whose son is in fourth grade, said she supports the teachers but worries about child care.

"I'm a nurse. I can't exactly work from home," Reyes said.

A state mediator has scheduled a session for Saturday.''',
        [
            ("We have been at the table", "Nora Lindgren"),
            ("Our members did not want it", "Nora Lindgren"),
            ("Smaller classes, safer schools", "~teachers"),
            ("I share the union's goals. I", "Joel Harnett"),
            ("Nobody wins when kids are out", "Karen Solberg"),
            ("I'm a nurse. I can't exactly", "Sofia Reyes"),
        ],
    ),
    # 14 -- state audit of Medicaid contractor; report quoted (office), auditor, company statement with "according to", written response, senator
    (
'''JACKSON, Miss. -- A private contractor paid $230 million to manage Mississippi's Medicaid enrollment system missed nearly every performance deadline in its contract and was never penalized, according to an audit released Tuesday by the Office of the State Auditor.

The report found that Meridian Health Solutions failed to process more than 41,000 applications within the 45 days required by federal law during 2023, and that the Division of Medicaid "did not enforce a single liquidated damages provision" in the contract.

State Auditor Dennis Pruitt said the findings showed a lack of basic oversight.

"Taxpayers paid for a Cadillac and got a bicycle with a flat tire," Pruitt said at a news conference. "And nobody at the division picked up the phone to complain."

Meridian said in a statement that the audit "ignores the unprecedented volume of applications" after the end of pandemic-era enrollment protections.

"We processed more applications in 2023 than in any year in the program's history," according to the statement.

Medicaid Executive Director Gloria Tate said the division had begun withholding payments in March.

"We agree there were serious problems, and we have taken action," Tate wrote in a response included in the audit.

Sen. Walter Dees, D-Greenville, the top Democrat on the Senate Medicaid Committee, said he would ask for hearings before the legislative session begins in January.

"Forty-one thousand people waited for health coverage they were entitled to," Dees said. "Some of them were pregnant women. Some of them were cancer patients. Somebody needs to answer for that."''',
        [
            ("did not enforce a single liquidated", "Office of the State Auditor"),
            ("Taxpayers paid for a Cadillac and", "Dennis Pruitt"),
            ("And nobody at the division picked", "Dennis Pruitt"),
            ("ignores the unprecedented volume of applications", "Meridian Health Solutions"),
            ("We processed more applications in 2023", "Meridian Health Solutions"),
            ("We agree there were serious problems,", "Gloria Tate"),
            ("Forty-one thousand people waited for health", "Walter Dees"),
            ("Some of them were pregnant women.", "Walter Dees"),
        ],
    ),
    # 15 -- wildfire (curly quotes); battalion chief, sheriff (woman), unnamed retired teacher, utility statement partial
    (
'''GRASS VALLEY, Calif. -- A fast-moving wildfire in Nevada County forced the evacuation of about 6,000 people Wednesday and destroyed at least 14 homes, fire officials said, as gusty winds pushed flames across the South Yuba River canyon.

The Ridge Fire had burned more than 3,800 acres by Wednesday evening and was 0% contained, according to the California Department of Forestry and Fire Protection.

“This fire is running, and it's running hard,” Cal Fire Battalion Chief Eric Sandoval said at a briefing at the county fairgrounds. “When we tell you to go, don't pack the photo albums. Go.”

Nevada County Sheriff Dana Whitcomb said deputies had gone door to door on several roads where residents had not responded to phone alerts.

“We had people who told us they were going to stay and defend their homes,” Whitcomb said. “We respect that it's their decision, but we made sure they understood nobody may be able to come back for them.”

Sandoval said air tankers had been grounded for several hours in the afternoon because of the wind.

At the fairgrounds, which became an evacuation center, a retired teacher sat in a folding chair with her two cats in carriers at her feet.

“I grabbed the cats, my medicine and my husband's ashes,” she said.

Red Cross volunteers said about 350 people had registered at the shelter by nightfall, and the fairgrounds had opened its barns to evacuated horses and goats.

Pacific Gas and Electric said it had shut off power to about 2,100 customers as a precaution. The utility said in a statement it was “too early to speculate” about whether its equipment was involved.''',
        [
            ("This fire is running, and it's", "Eric Sandoval"),
            ("When we tell you to go,", "Eric Sandoval"),
            ("We had people who told us", "Dana Whitcomb"),
            ("We respect that it's their decision,", "Dana Whitcomb"),
            ("I grabbed the cats, my medicine", "~teacher"),
            ("too early to speculate", "Pacific Gas and Electric"),
        ],
    ),
    # 16 -- minimum wage ballot measure; campaign manager, chamber president told Reuters, secretary of state statement, governor partial
    (
'''LINCOLN, Neb. -- Supporters of a ballot measure to raise Nebraska's minimum wage to $18 an hour by 2030 said Monday they had turned in more than 140,000 signatures, well above the roughly 90,000 needed to qualify for the November ballot.

"Nebraskans have told us over and over that a full-time job should pay enough to live on," said Teresa Molina, campaign manager for Raise the Wage Nebraska. "Now they'll get to vote on it."

The state's minimum wage is $13.50 an hour and is already scheduled to reach $15 under a measure voters approved in 2022. The new proposal would tie future increases to inflation.

The Nebraska Chamber of Commerce and Industry opposes the measure. Its president, Bryan Slattery, told Reuters that small businesses in rural areas would be hit hardest.

"A cafe in Broken Bow is not a big-box store in Omaha," Slattery said. "Many of these businesses will cut hours or close."

Opponents are expected to challenge the petition in court. Last year, a lawsuit over signature-gathering procedures kept a property tax measure in limbo until September.

Secretary of State Gail Hanrahan said her office would finish verifying signatures within 40 days.

"We will check every page, just as we do for every petition," Hanrahan said in a statement.

If the measure qualifies, it would be one of at least four citizen initiatives on the November ballot, alongside proposals on paid sick leave, property taxes and casino gambling. Both sides expect to spend millions on television advertising.

Gov. Dale Kessinger said in a radio interview Monday that he opposed the measure but would "respect whatever the voters decide."''',
        [
            ("Nebraskans have told us over and", "Teresa Molina"),
            ("Now they'll get to vote on", "Teresa Molina"),
            ("A cafe in Broken Bow is", "Bryan Slattery"),
            ("Many of these businesses will cut", "Bryan Slattery"),
            ("We will check every page, just", "Gail Hanrahan"),
            ("respect whatever the voters decide", "Dale Kessinger"),
        ],
    ),
    # 17 -- prison staffing; director told committee, lawmaker asks (paraphrased), short replies, union steward, unnamed coalition letter, family member
    (
'''JEFFERSON CITY, Mo. -- Missouri's prisons are operating with roughly one in four corrections officer positions vacant, forcing staff to work mandatory double shifts and leading some facilities to cancel visitation, the head of the state Department of Corrections told lawmakers Wednesday.

"I will not sit here and tell you this is sustainable," Director Thomas Lyle told the House Budget Committee. "We are asking people to work 16-hour shifts, three or four times a week. People break."

Lyle asked for $48 million to raise starting pay for officers to $22 an hour. Missouri's current starting wage of about $19 trails neighboring Kansas, Illinois and Iowa, according to department figures.

Rep. Cheryl Banks, R-Sedalia, asked why the department had not requested the money a year ago.

"We did," Lyle replied. "It was cut."

Gary Hutton, a corrections officer at the Jefferson City Correctional Center for 17 years and a steward for his union, said morale is as low as he has seen it.

"You walk in at 6 in the morning and you don't know if you're walking out at 2 or at 10 at night," Hutton said.

Family members of incarcerated people say the shortages are taking a toll inside as well. In a letter delivered to committee members Wednesday, a coalition of families wrote that visits had been canceled with less than an hour's notice "dozens of times" this year.

"My son hasn't seen his daughter since June," said Lorraine Pettis of Kansas City, whose son is serving a sentence at the Potosi Correctional Center.''',
        [
            ("I will not sit here and", "Thomas Lyle"),
            ("We are asking people to work", "Thomas Lyle"),
            ("We did", "Thomas Lyle"),
            ("It was cut", "Thomas Lyle"),
            ("You walk in at 6 in", "Gary Hutton"),
            ("dozens of times", "~coalition"),
            ("My son hasn't seen his daughter", "Lorraine Pettis"),
        ],
    ),
    # 18 -- encampment sweep (curly quotes); mayor, chief partial, two women (councilor and mayor) in turn, outreach worker, man named by first name only, "he asked"
    (
'''ALBUQUERQUE, N.M. -- City crews and police cleared a homeless encampment along the Rio Grande bosque early Tuesday, removing about 60 tents days after a City Council vote that expanded the city's authority to close camps on public land.

“We offered shelter to every single person in that camp, some of them four and five times,” Mayor Alicia Montoya told reporters at the site.

Police Chief Raymond Ortega said no arrests were made and that officers were there “to keep the peace, not to hand out citations.”

City officials said 23 people accepted beds at the Gateway Center, the city's largest shelter.

Councilor Jennifer Baca, who voted against the ordinance, said many of the rest simply moved a few hundred yards downstream.

“We didn't solve anything this morning,” Baca said. “We moved it. Next month we'll move it again, and we'll call that progress.”

Montoya, asked about Baca's criticism, said the two had “a genuine disagreement about how to get there.” She said the city had added 300 shelter beds in the past year.

Advocates who came to watch the sweep said belongings were thrown away before their owners could retrieve them. Rachel Tso, an outreach worker with the nonprofit Street Bridges, said one man lost his Social Security card and his late wife's wedding ring.

“You can't get housed without an ID. Now he has to start over,” Tso said.

One man who had lived in the camp for about a year, and who gave only his first name, Dwayne, said he would find another spot.

“Where am I supposed to go?” he asked. “They keep saying shelter. The shelter's 20 miles from where I work.”''',
        [
            ("We offered shelter to every single", "Alicia Montoya"),
            ("to keep the peace, not to", "Raymond Ortega"),
            ("We didn't solve anything this morning", "Jennifer Baca"),
            ("We moved it. Next month we'll", "Jennifer Baca"),
            ("a genuine disagreement about how to", "Alicia Montoya"),
            ("You can't get housed without an", "Rachel Tso"),
            ("Where am I supposed to go?", "Dwayne"),
            ("They keep saying shelter. The shelter's", "Dwayne"),
        ],
    ),
    # 19 -- tuition increase; regents president, student leader, governor on X (partial), legislator partial
    (
'''MADISON, Wis. -- The Universities of Wisconsin Board of Regents approved a 4% tuition increase Thursday for in-state undergraduates at all 13 campuses, the third straight annual increase.

"Nobody on this board enjoys raising tuition," said Regents President Douglas Brenner. "But the state has not kept pace with inflation, and we are not going to balance the budget on the backs of our faculty."

In-state tuition at the flagship Madison campus will rise to about $11,600 a year. Brenner said financial aid would be increased to cover the full increase for students from families earning less than $65,000.

Aisha Kamara, student body president at UW-Madison, said many students already work more than one job to stay enrolled.

"Every time tuition goes up, someone I know drops out or moves home," Kamara said.

Gov. Paul Lindahl, a Democrat, wrote on X that the increase was "the wrong call at the wrong time" and blamed Republican lawmakers for underfunding the system in the last state budget.

Tuition was frozen for a decade under a previous administration before the regents resumed increases two years ago.

Rep. Gordon Fahl, R-Waukesha, chairman of the Assembly Colleges and Universities Committee, said the system "needs to look at its own bloated administration before it asks students for another dime."

Nonresident students will see larger increases, ranging from 5% to 7% depending on the campus. The regents also approved new fees for students in engineering and business programs.

The increase takes effect for the fall semester. It is expected to raise about $48 million across the system.''',
        [
            ("Nobody on this board enjoys raising", "Douglas Brenner"),
            ("But the state has not kept", "Douglas Brenner"),
            ("Every time tuition goes up, someone", "Aisha Kamara"),
            ("the wrong call at the wrong", "Paul Lindahl"),
            ("needs to look at its own", "Gordon Fahl"),
        ],
    ),
    # 20 -- 911 outage; emergency director, company statement partial, unnamed caller told TV station, unsigned social media post (None), county judge
    (
'''CONWAY, Ark. -- Residents of Faulkner County could not reach 911 for nearly four hours Saturday night after a fiber line was cut during road construction, county officials said, and at least one caller said she had to drive a neighbor to the hospital herself.

Faulkner County Office of Emergency Management Director Shawn Pickett said the outage began at about 7:40 p.m. and affected calls from both landlines and cellphones.

"For four hours, the most important phone number in this county didn't work," Pickett said Monday. "That's unacceptable, and we're going to make sure it doesn't happen again."

Pickett said the county posted alternate 10-digit numbers on social media within 30 minutes, but acknowledged many residents never saw them. A post in one community group that night asked simply, "Is anyone else unable to get through to 911?" It drew more than 400 replies.

Ridgeline Communications, which owns the line, said in a statement that a subcontractor drilling for a water line "struck a fiber bundle that was correctly marked." The company said service was restored by 11:35 p.m.

A Greenbrier woman said she dialed 911 six times after her elderly neighbor collapsed in his driveway.

"It just rang and rang, then it went to a fast busy signal," the woman told KATV. "I finally put him in my car."

The neighbor was treated and released, according to the hospital.

County Judge Mark Lindley said the county would seek a second, independent fiber route for its dispatch center. "One line should never be the only thing between a person and help," he said.''',
        [
            ("For four hours, the most important", "Shawn Pickett"),
            ("That's unacceptable, and we're going to", "Shawn Pickett"),
            ("Is anyone else unable to get", None),
            ("struck a fiber bundle that was", "Ridgeline Communications"),
            ("It just rang and rang, then", "~woman"),
            ("I finally put him in my", "~woman"),
            ("One line should never be the", "Mark Lindley"),
        ],
    ),
    # 21 -- veto of hearing-aid bill (curly quotes); present-tense "says", veto message partial, spokeswoman, lobby director partial, mother
    (
'''BOISE, Idaho -- For three years, state Rep. Melissa Haugen has carried the same bill: a measure that would require insurance companies to cover hearing aids for children.

And for the second time, a governor has vetoed it.

Gov. Ron Ashby on Friday rejected House Bill 214, writing in his veto message that the mandate “would raise premiums for every Idaho family to benefit a few.”

Haugen, R-Nampa, says she is not giving up.

“I've had parents sit in my office and cry because they're paying $6,000 out of pocket so their 3-year-old can hear,” Haugen says. “A few? There are about 1,200 of those kids in Idaho. Tell their parents they're a few.”

Ashby's spokeswoman, Kendra Lowe, said the governor sympathizes with the families but believes the state should not add coverage mandates at a time when premiums are rising.

“The governor has been consistent on this,” Lowe said. “He has vetoed mandates from both parties, and he will continue to.”

The Idaho Association of Health Plans, which lobbied against the bill, praised the veto. The group's executive director, Phil Yost, says the cost would be “passed on to employers who are already stretched.”

Jessica Brandon of Meridian has a 4-year-old son, Eli, who was born with moderate hearing loss.

“Eli's hearing aids are the reason he talks,” Brandon says.

Brandon says her family's insurer covered Eli's first pair of hearing aids only after a six-month appeal. Children typically need new devices every three to five years as they grow.

Haugen says she will try to override the veto, though supporters appear to lack the two-thirds majority needed in the Senate.''',
        [
            ("would raise premiums for every Idaho", "Ron Ashby"),
            ("I've had parents sit in my", "Melissa Haugen"),
            ("A few? There are about 1,200", "Melissa Haugen"),
            ("The governor has been consistent on", "Kendra Lowe"),
            ("He has vetoed mandates from both", "Kendra Lowe"),
            ("passed on to employers who are", "Phil Yost"),
            ("Eli's hearing aids are the reason", "Jessica Brandon"),
        ],
    ),
    # 22 -- election staffing; secretary of state with quote split then running over two paragraphs, clerk partial, senator, "she continued"
    (
'''CARSON CITY, Nev. -- Nevada's top election official said Tuesday that several rural counties are at risk of being unable to run the 2026 elections after a wave of resignations left some clerk's offices with one or two employees.

Secretary of State Andrea Villalobos told the Legislative Commission that 11 of the state's 17 county clerks or registrars have left office since 2020.

"We have counties where the entire institutional knowledge of how to run an election lives in one person's head," Villalobos said. "If that person gets sick in October, we have a problem.

"I'm not here to scare anybody. I'm here because I would rather ask for help now than explain later why we didn't."

Villalobos asked the commission for $3.2 million to create a team of state election specialists who could be sent to counties that need help.

Esmeralda County Clerk Vicki Jorgensen, who took office in January, said she is the only full-time employee in her office.

"I'm the clerk, the treasurer's backup, and the person who answers the phone," Jorgensen said. She said she had received threatening messages after the 2024 election, including one that she said "described my house."

Nevada's rural counties have been at the center of disputes over election procedures since 2020, with some county commissions debating whether to hand-count ballots.

Sen. Carl Weber, R-Elko, said he supported the idea but wanted assurances that the state would not take control of county elections.

"Counties run elections in Nevada, and that needs to stay that way," Weber said.

Villalobos said the specialists would go only where they were invited. "This is help, not a takeover," she continued.''',
        [
            ("We have counties where the entire", "Andrea Villalobos"),
            ("If that person gets sick in", "Andrea Villalobos"),
            ("I'm the clerk, the treasurer's backup,", "Vicki Jorgensen"),
            ("described my house", "Vicki Jorgensen"),
            ("Counties run elections in Nevada, and", "Carl Weber"),
            ("This is help, not a takeover", "Andrea Villalobos"),
        ],
    ),
    # 23 -- bridge closure; DOT spokeswoman, bridge engineer explained, business owner then "the 54-year-old", city manager
    (
'''PORTSMOUTH, Ohio -- The state closed a 90-year-old bridge over the Scioto River to all traffic Friday after inspectors found a crack in a steel support beam, cutting off the most direct route between downtown Portsmouth and the neighborhoods to the west.

Ohio Department of Transportation spokeswoman Kathleen Myers said the closure would last at least six weeks and could stretch into the summer.

"Safety is the only factor here," Myers said. "We found something we didn't like, and we're not going to let anybody drive over it until we're sure."

District bridge engineer Paul Strickland said the crack was about 8 inches long and was found during a routine inspection.

"It's not the kind of thing where the bridge falls down tomorrow," Strickland explained. "But it's the kind of thing where you don't wait to find out."

The detour adds about 11 miles for drivers. Rick Salyers, who owns a hardware store near the west end of the bridge, said business fell by half the last time the bridge closed for repairs, in 2019.

"People aren't going to drive 20 minutes out of their way for a box of screws," the 54-year-old said. "They'll go to the big-box store and I'll never see them again."

Strickland said crews would install temporary steel supports before engineers decide whether the beam can be repaired or must be replaced.

City Manager Eric Delaney said the city had asked ODOT to speed up a planned replacement of the bridge, now scheduled for 2029.

"We've been told 2029 for five years," Delaney said.''',
        [
            ("Safety is the only factor here", "Kathleen Myers"),
            ("We found something we didn't like,", "Kathleen Myers"),
            ("It's not the kind of thing", "Paul Strickland"),
            ("But it's the kind of thing", "Paul Strickland"),
            ("People aren't going to drive 20", "Rick Salyers"),
            ("They'll go to the big-box store", "Rick Salyers"),
            ("We've been told 2029 for five", "Eric Delaney"),
        ],
    ),
    # 24 -- body-camera policy (curly quotes); chief, FOP lodge president (single-word partial), ACLU statement split, city attorney paraphrase
    (
'''TULSA, Okla. -- Tulsa police will have to release body-camera footage of shootings and other serious uses of force within 30 days under a new policy announced Monday by Police Chief Daniel Reeves.

“Transparency is not a threat to good policing. It's a requirement for it,” Reeves said at a news conference.

Under current practice, the department releases video only after the district attorney finishes reviewing a case, which can take a year or more. The change follows months of pressure from community groups after a police shooting in north Tulsa last spring, in which video was withheld for 11 months.

The Fraternal Order of Police Lodge 93, which represents Tulsa officers, said it was not consulted. Lodge President Mark Ellison called the 30-day deadline “arbitrary.”

“Releasing video before the investigation is done can taint witnesses and put officers' safety at risk,” Ellison said. “We support transparency, but not at the expense of due process.”

The American Civil Liberties Union of Oklahoma welcomed the policy but said it did not go far enough.

“Thirty days is a start,” the group said in a statement. “But a policy a chief can change is not the same as a law.”

The policy also requires officers to keep cameras running until they have cleared a scene and sets discipline for officers who turn them off without a reason. Tulsa began equipping officers with body cameras in 2016.

City Attorney Naomi Fields said the policy allows the chief to delay release for up to 30 more days if prosecutors request it in writing.''',
        [
            ("Transparency is not a threat to", "Daniel Reeves"),
            ("arbitrary", "Mark Ellison"),
            ("Releasing video before the investigation is", "Mark Ellison"),
            ("We support transparency, but not at", "Mark Ellison"),
            ("Thirty days is a start", "American Civil Liberties Union of Oklahoma"),
            ("But a policy a chief can", "American Civil Liberties Union of Oklahoma"),
        ],
    ),
    # 25 -- hospital merger; attorney general told reporters, CEO statement partial, nurse, senator
    (
'''HARTFORD, Conn. -- Connecticut Attorney General Peter Quinlan said Wednesday he would not approve a proposed merger between two of the state's largest hospital systems unless they agree to cap price increases and keep every emergency department open for at least 10 years.

"This deal will create a system that controls nearly half the hospital beds in the state," Quinlan told reporters. "Patients deserve ironclad guarantees, not press releases."

Coastal Health Partners and St. Brendan Health announced the merger in March, saying it would save $180 million a year and improve access to specialists in rural parts of the state.

Coastal's chief executive, Dr. Linda Farrow, said in a statement that the systems were "reviewing the attorney general's conditions carefully" and remained committed to the deal.

Nurses at St. Brendan's flagship hospital in New Haven rallied outside the building Wednesday afternoon. Maureen O'Shea, a critical care nurse for 22 years, said she feared the merger would lead to layoffs.

"Every merger I've ever seen starts with promises and ends with cuts," O'Shea said. "Usually it's the bedside staff who go first."

State Sen. Anita Brooks, D-Norwalk, who co-chairs the legislature's Public Health Committee, said she supported Quinlan's conditions.

"He's asking for exactly what any patient would ask for," Brooks said.

Together the two systems operate nine hospitals and employ about 31,000 people. Quinlan said his staff had reviewed more than 200,000 pages of documents, including internal projections of price increases after the merger.

The state's Office of Health Strategy must also sign off on the deal.''',
        [
            ("This deal will create a system", "Peter Quinlan"),
            ("Patients deserve ironclad guarantees, not press", "Peter Quinlan"),
            ("reviewing the attorney general's conditions carefully", "Linda Farrow"),
            ("Every merger I've ever seen starts", "Maureen O'Shea"),
            ("Usually it's the bedside staff who", "Maureen O'Shea"),
            ("He's asking for exactly what any", "Anita Brooks"),
        ],
    ),
    # 26 -- bus driver shortage (curly quotes); superintendent, transportation director, parent
    (
'''COLUMBIA, S.C. -- More than 2,000 students in the Congaree Valley School District are getting to school late at least three days a week because the district is short 41 bus drivers, Superintendent Keisha Lawson told the school board Monday.

“We are running some routes twice: the driver drops off one load of kids and goes back for the next,” Lawson said. “That means some children are walking into first period 45 minutes late, and that is not acceptable to me.”

The district raised driver pay to $21 an hour in August and is offering a $2,500 signing bonus. Transportation Director Curtis Rhame said the district had hired 19 drivers since then but lost 14.

“It's a hard job. You're driving a 40-foot vehicle with 70 kids behind you and you're responsible for every one of them,” Rhame said. “A lot of people try it and decide it isn't for them.”

Lawson said the district is studying staggered start times for elementary and high schools, which would let each driver cover more routes, but that the change could not take effect before next fall.

The shortage is statewide. South Carolina districts reported more than 600 vacant driver positions this fall, according to the state Department of Education, which runs one of the few state-owned school bus fleets in the country.

Parent Monique Ashford said her son's bus has arrived after the morning bell for most of the semester.

“He's missing breakfast and half of his math class,” Ashford said. She said she has started driving him herself two days a week.''',
        [
            ("We are running some routes twice:", "Keisha Lawson"),
            ("That means some children are walking", "Keisha Lawson"),
            ("It's a hard job. You're driving", "Curtis Rhame"),
            ("A lot of people try it", "Curtis Rhame"),
            ("He's missing breakfast and half of", "Monique Ashford"),
        ],
    ),
    # 27 -- heat wave; health director split quote with cue after name, utility spokesman, unnamed elderly woman
    (
'''ST. LOUIS -- St. Louis opened 14 cooling centers Sunday and extended hours at city libraries as the heat index topped 110 degrees for a third straight day, and health officials warned that the worst was still ahead.

"Heat kills more people in this country than tornadoes, floods and hurricanes combined," said Dr. Harriet Lang, the city's health director. "Check on your neighbors, especially older people who live alone. A knock on the door can save a life."

Lang said the medical examiner was investigating two deaths as possibly heat-related. Both were older adults found in homes without working air conditioning, she said.

Ameren Missouri said it had suspended disconnections for nonpayment through the end of the heat advisory.

"No customer will be disconnected during this heat emergency," spokesman Tom Reidy said.

At the cooling center at the Carondelet Recreation Complex, an 81-year-old woman who retired from the Postal Service said the window unit in her apartment broke on Friday.

"It was 94 degrees in my bedroom at midnight," the woman said. "I sat in the bathtub with cold water until the sun came up."

The city is also running free van service to cooling centers for residents who call the city's 311 line. Library branches will stay open until 9 p.m. through Wednesday.

Emergency rooms at the region's hospitals reported a rise in heat-related visits over the weekend, most involving outdoor workers and older residents, according to the St. Louis Area Regional Response System.

The National Weather Service said relief was not expected until Thursday, when a cold front is forecast to bring storms and highs in the 80s.''',
        [
            ("Heat kills more people in this", "Harriet Lang"),
            ("Check on your neighbors, especially older", "Harriet Lang"),
            ("No customer will be disconnected during", "Tom Reidy"),
            ("It was 94 degrees in my", "~woman"),
            ("I sat in the bathtub with", "~woman"),
        ],
    ),
    # 28 -- senator resigns; statement through attorney partial, governor two partials in one sentence, party chair told TV station, committee chair
    (
'''ANNAPOLIS, Md. -- State Sen. Victor Halloran, a Baltimore County Democrat who served in the General Assembly for 22 years, resigned Monday, days after federal prosecutors charged him with taking $85,000 in bribes from a towing company.

In a statement released by his attorney, Halloran said he was stepping down "to spare my constituents and my colleagues a distraction" and maintained his innocence.

Prosecutors allege that Halloran pushed county officials to steer police towing contracts to the company in exchange for cash payments and the use of a beach house in Ocean City.

Gov. Lisa Carrington, a fellow Democrat, said the resignation was "the right decision" and called the charges "deeply troubling."

Senate President Paul Brennan said Halloran's committee assignments would be reassigned this week.

State Republican Party Chairman Neil Baxter told WBAL-TV that the case showed "a culture of corruption in Annapolis that Democrats have ignored for years."

Halloran, 61, chaired the Senate's transportation subcommittee and was a reliable vote for the Democratic leadership. He is due in federal court in Baltimore next week for an arraignment. His attorney did not respond to requests for comment Monday, and a spokesman for the U.S. attorney's office declined to comment.

Under state law, the Democratic Central Committee for Baltimore County will recommend a replacement to serve out the term, and the governor will make the appointment.

"We will move quickly, but we will not cut corners," committee Chair Janice Okoye said. The committee plans to interview candidates at a public meeting later this month.''',
        [
            ("to spare my constituents and my", "Victor Halloran"),
            ("the right decision", "Lisa Carrington"),
            ("deeply troubling", "Lisa Carrington"),
            ("a culture of corruption in Annapolis", "Neil Baxter"),
            ("We will move quickly, but we", "Janice Okoye"),
        ],
    ),
    # 29 -- cannabis license lottery (curly quotes); commission chair, rejected applicant, lawmaker on Facebook ("wrote")
    (
'''PROVIDENCE, R.I. -- Rhode Island's Cannabis Control Commission on Thursday awarded the first 24 new retail licenses since the state legalized recreational marijuana, choosing winners by lottery after receiving more than 900 applications.

Applicants had to show they had secured a location, local zoning approval and at least $150,000 in available capital before they could be entered in the drawing.

“We knew going in that there would be far more applicants than licenses,” said Commission Chair Daniel Costa. “A lottery is the fairest way we could find to choose among qualified people.”

Six licenses were reserved for social equity applicants, people from communities disproportionately affected by drug enforcement, and six for worker-owned cooperatives.

Marcus Greene, a social equity applicant from Providence's South Side who was not selected, said he spent $40,000 on a lease and consultants to prepare his application.

“I did everything they asked. I found a building, I got my zoning, I paid my fees,” Greene said. “And it came down to a ping-pong ball.”

State Rep. Teresa Alves, D-Pawtucket, posted on Facebook that she would file legislation to reimburse unsuccessful social equity applicants for part of their costs.

“The state made promises to these communities,” Alves wrote. “A lottery ticket is not what they were promised.”

Existing medical marijuana dispensaries were allowed to begin recreational sales in 2022, and critics have long complained that the delay in new licenses gave those businesses a head start. Municipalities can still vote to bar retail stores within their borders.

The commission said the winning applicants have 18 months to open their stores.''',
        [
            ("We knew going in that there", "Daniel Costa"),
            ("A lottery is the fairest way", "Daniel Costa"),
            ("I did everything they asked. I", "Marcus Greene"),
            ("And it came down to a", "Marcus Greene"),
            ("The state made promises to these", "Teresa Alves"),
            ("A lottery ticket is not what", "Teresa Alves"),
        ],
    ),
    # 30 -- foster children in offices; judge wrote in opinion, commissioner statement partial, anonymous caseworker, legal group statement partial
    (
'''NASHVILLE, Tenn. -- A federal judge ruled Tuesday that Tennessee's child welfare agency violated the rights of foster children by housing them overnight in state offices, and ordered the state to end the practice within 90 days.

U.S. District Judge Harold Wexler found that children as young as 4 had slept on conference room floors and in cubicles, some for weeks at a time.

"No reasonable official could believe that sleeping a traumatized child on an office floor meets the state's duty of care," Wexler wrote in a 64-page opinion.

Department of Children's Services Commissioner Dale Whitmore said in a statement that the department "has already reduced the number of children staying in offices by more than 60% since January" and would review the ruling with the attorney general's office.

A caseworker in Davidson County, who spoke on condition of anonymity because employees are not authorized to speak to reporters, said staff sometimes work 24-hour shifts supervising children in offices.

"You're supposed to be a caseworker, and instead you're a night babysitter in a building with no showers," the caseworker said.

Children First Legal Alliance, which brought the lawsuit in 2022 on behalf of nine foster children, said in a statement that the order "should have come years ago."

The department has struggled for years to recruit foster families and to find placements for older children and those with severe behavioral needs. State lawmakers approved $35 million this year for new residential treatment beds, but most will not open until 2026.

The state has 30 days to appeal.''',
        [
            ("No reasonable official could believe that", "Harold Wexler"),
            ("has already reduced the number of", "Dale Whitmore"),
            ("You're supposed to be a caseworker,", "~caseworker"),
            ("should have come years ago", "Children First Legal Alliance"),
        ],
    ),
]
STORIES_BA = [
    # 1 -- English lower-league football comeback; quotes split around cues, "the 58-year-old",
    #      "the teenager", "the Portuguese", partial quotes, two managers (same gender) in turn
    (
'''Harlow Town came from two goals down to beat Castleford Rovers 3-2 on Saturday, with substitute Danny Okafor scoring the winner in the fourth minute of stoppage time at Millfield Park.

Castleford had led through a first-half double from Pedro Alves, the Portuguese forward who joined on loan from Braga in January. Harlow pulled one back shortly after the break when captain Lewis Brennan headed in a corner, and midfielder Sam Whitlock levelled with a low drive from 20 yards on 71 minutes.

Okafor, who came on with ten minutes remaining, turned in a cross from the left to send the home crowd into raptures.

"I told the lads at half-time that nobody was going home early," Harlow manager Graham Tully said. "We were poor for 40 minutes, really poor. But the character they showed after the break is something you cannot coach."

The 58-year-old added that he had considered making changes before the interval. "I nearly took two off after half an hour, to be honest. I'm glad I didn't."

Okafor, 19, was making only his third league appearance. "It's the best feeling I've ever had," the teenager told BBC Radio Essex. "I just gambled at the back post and the ball fell for me. My mum was in the stand, so that makes it even more special."

Castleford boss Ian Marsh was left to rue his side's failure to see out the game. "We switched off, simple as that," he said. "You cannot be two up away from home and come away with nothing. That's on all of us, me included."

Marsh described the second equaliser as "a goal we should never concede" and said his defenders had given Whitlock "far too much room".

Alves, whose brace took him to 11 goals for the season, was more philosophical. "Football is like this sometimes. We have to look at the good things and go again on Tuesday," said the Portuguese.

The result lifts Harlow to ninth, four points outside the play-off places, while Castleford drop to 14th.''',
        [
            ("I told the lads at half-time", "Graham Tully"),
            ("We were poor for 40 minutes,", "Graham Tully"),
            ("I nearly took two off after", "Graham Tully"),
            ("It's the best feeling I've ever", "Danny Okafor"),
            ("I just gambled at the back", "Danny Okafor"),
            ("We switched off, simple as that,", "Ian Marsh"),
            ("You cannot be two up away", "Ian Marsh"),
            ("a goal we should never concede", "Ian Marsh"),
            ("far too much room", "Ian Marsh"),
            ("Football is like this sometimes. We", "Pedro Alves"),
        ],
    ),

    # 2 -- Kenyan marathoner doping case (curly quotes); organisation statement (AIU),
    #      agent "told Reuters", "the 27-year-old", anonymous coach, partial quote
    (
'''Kenyan marathon runner Josephat Kiprono has been provisionally suspended after testing positive for the banned blood booster EPO, the Athletics Integrity Unit (AIU) announced on Thursday.

The 27-year-old, who won the Ljubljana Marathon in October in a course record of 2:06:41, returned the adverse finding in an out-of-competition test in Iten last month.

“The athlete has been notified and has the right to request the analysis of his B sample,” the AIU said in a statement. “No further comment will be made while the case is ongoing.”

Kiprono denied knowingly taking any prohibited substance. Speaking to the Nairobi-based Daily Nation, he said he had been treated at a local clinic for a leg infection in August and did not know what he had been given.

“I have never cheated in my life,” he said. “I went to the clinic because I was in pain, and I trusted the doctor. Now my whole career is in danger because of one injection.”

His manager, the Italian agent Marco Ferrandi, said the runner would fight the charge. “We will ask for the B sample and we will bring the medical records,” Ferrandi told Reuters. “Josephat is a humble boy from a poor family. He is devastated.”

The case is the latest in a string of positive tests involving Kenyan distance runners. More than 40 Kenyans are currently serving bans, according to AIU figures, and the country was placed in the unit’s highest risk category in 2018.

Athletics Kenya president Joseph Chelimo called the situation “a cancer eating away at our sport”. Peter Langat, a senior official of the federation, said it was working with the government on legislation that would make doping a criminal offence.

“Those who supply these drugs to our athletes are the ones we want to catch,” Langat told reporters in Nairobi. “The athletes are sometimes victims, sometimes they are not. But the people behind them are never punished, and that has to change.”

One coach at a training camp in Iten, who asked not to be named, said the problem was widely known. “Everybody here knows which chemists to avoid. But when a young runner sees money for the first time, some of them stop listening,” the coach said.

Kiprono faces a ban of up to four years if the charge is upheld.''',
        [
            ("The athlete has been notified and", "Athletics Integrity Unit"),
            ("No further comment will be made", "Athletics Integrity Unit"),
            ("I have never cheated in my", "Josephat Kiprono"),
            ("I went to the clinic because", "Josephat Kiprono"),
            ("We will ask for the B", "Marco Ferrandi"),
            ("Josephat is a humble boy from", "Marco Ferrandi"),
            ("a cancer eating away at our", "Joseph Chelimo"),
            ("Those who supply these drugs to", "Peter Langat"),
            ("The athletes are sometimes victims, sometimes", "Peter Langat"),
            ("Everybody here knows which chemists to", "~coach"),
        ],
    ),

    # 3 -- Cricket Test, Sri Lanka win in South Africa; quote over two paragraphs,
    #      "the 31-year-old", partial quotes from a newspaper column, unnamed supporter told AFP
    (
'''Sri Lanka completed a five-wicket victory over South Africa in the second Test at Port Elizabeth on Sunday, chasing down 247 on a wearing pitch to seal a 2-0 series win.

Left-hander Kasun Wijesekara top-scored with an unbeaten 94, sharing a sixth-wicket stand of 88 with wicketkeeper Dilan Perera after the tourists had slipped to 142 for five.

It was Sri Lanka's first series win in South Africa, and captain Ruwan Jayasuriya said it ranked as the finest moment of his career.

The 31-year-old told reporters at the post-match press conference: "Nobody gave us a chance when we landed here. We had three players injured before the first Test and we were playing in conditions that do not suit us at all.

"But these young boys believed. Kasun today, the way he batted with the tail, that was something special. I am very proud of this team."

Wijesekara, 24, said he had been determined to stay until the end. "When Dilan came in, we spoke about taking it session by session," he said. "I didn't look at the scoreboard much. I just wanted to be there when we won."

South Africa captain Hendrik van der Berg admitted his side had been outplayed. "We've been beaten by the better team over two Tests, and there's no point hiding from that," he said.

Van der Berg said his top order had "not done the job" across the series and hinted at changes before the tour of England. "There will be some hard conversations. Everyone's place is up for discussion, including mine," he added.

Cricket South Africa's director of cricket, Thabo Mokoena, said in a statement that the board would review the team's preparation. "The results in this series are not acceptable to us or to our supporters," he said.

Former South Africa fast bowler Johan Pretorius was scathing. Writing in the Sunday Times, he described the batting as "soft" and said the selectors had "lost touch with domestic cricket".

Sri Lanka's players were greeted by a small group of expatriate supporters outside the ground. "We have waited twenty years for this. Tonight we will sing all night," one supporter, waving a flag, told AFP.''',
        [
            ("Nobody gave us a chance when", "Ruwan Jayasuriya"),
            ("But these young boys believed. Kasun", "Ruwan Jayasuriya"),
            ("When Dilan came in, we spoke", "Kasun Wijesekara"),
            ("I didn't look at the scoreboard", "Kasun Wijesekara"),
            ("We've been beaten by the better", "Hendrik van der Berg"),
            ("not done the job", "Hendrik van der Berg"),
            ("There will be some hard conversations.", "Hendrik van der Berg"),
            ("The results in this series are", "Thabo Mokoena"),
            ("soft", "Johan Pretorius"),
            ("lost touch with domestic cricket", "Johan Pretorius"),
            ("We have waited twenty years for", "~supporter"),
        ],
    ),

    # 4 -- WTA semi-final retirement (curly quotes); several women in turn, "asked ... replied",
    #      Instagram post, partial quote, "the Ukrainian", "the 22-year-old"
    (
'''Ukrainian teenager Daria Kovalenko reached her first WTA final on Saturday after second seed Mélanie Durand of France retired injured while trailing 6-3, 3-1 in the semi-finals of the Monterrey Open.

Durand, 29, called for the trainer after the first set and received treatment on her right thigh, but was unable to continue after losing serve again early in the second.

“I felt something on a serve in the fifth game and it just got worse. I tried, but I could not push off my leg any more. It is very disappointing because I was feeling good this week,” Durand told reporters.

She said she would have a scan on Sunday before deciding whether to play in Indian Wells next month. “I hope it is nothing big,” she added.

Kovalenko, 18, who came through qualifying, said she felt sorry for her opponent. “It’s not the way you want to win, of course,” said the Ukrainian. “Mélanie is a great player and I hope she recovers quickly.”

Asked whether she had noticed Durand struggling, Kovalenko replied: “A little bit in the second set, yes. But I tried to focus only on my side, on my serve.”

She will face Czech left-hander Tereza Horáková, who beat American Jessica Lyle 7-6 (7-4), 6-4 in the other semi-final. Horáková, 25, described her opponent as “the toughest player I have faced this year” and said she was relieved to get through the first-set tie-break.

“Jessica hits the ball so hard, you feel like you have no time. I just tried to make her play one more ball every time,” Horáková said.

Lyle, for her part, was upbeat despite the loss. “I’m playing the best tennis of my life, so I can’t be too upset,” the 22-year-old wrote on Instagram. “Onward to Indian Wells.”

Kovalenko’s coach, the former Ukrainian Davis Cup player Oleksandr Bondar, said the final was a bonus. “We came here to get matches. Whatever happens tomorrow, she has already moved up 60 places in the rankings,” he told the tournament website.''',
        [
            ("I felt something on a serve", "Mélanie Durand"),
            ("I hope it is nothing big,", "Mélanie Durand"),
            ("It’s not the way you want", "Daria Kovalenko"),
            ("Mélanie is a great player and", "Daria Kovalenko"),
            ("A little bit in the second", "Daria Kovalenko"),
            ("the toughest player I have faced", "Tereza Horáková"),
            ("Jessica hits the ball so hard,", "Tereza Horáková"),
            ("I’m playing the best tennis of", "Jessica Lyle"),
            ("Onward to Indian Wells.", "Jessica Lyle"),
            ("We came here to get matches.", "Oleksandr Bondar"),
        ],
    ),

    # 5 -- Welsh rugby transfer to France; Facebook post over two paragraphs, club statement
    #      (partial), union spokesperson, pundit "wrote on Twitter", "the back-rower"
    (
'''Wales flanker Rhodri Pugh will leave the Ospreys at the end of the season to join French Top 14 side Castres Olympique, both clubs confirmed on Tuesday.

The 28-year-old, who has won 34 caps, has agreed a three-year deal reported to be worth more than €400,000 a season. His departure means he will no longer be eligible for Wales selection under the Welsh Rugby Union's rule barring overseas-based players with fewer than 60 caps.

Pugh posted on Facebook: "This has been the hardest decision of my life. I have been an Ospreys supporter since I was a kid in the stand at the Liberty, and pulling on that shirt has been a dream.

"But I have a young family to think about, and this is an opportunity I could not turn down."

The Ospreys said in a statement that they were "disappointed but understanding". The region's head coach, Toby Morgan, said the club had made "a very strong offer" to keep the back-rower.

"We did everything we could within the budget we have. Rhodri's been a brilliant servant for this region and he'll leave with our best wishes, but it's another sign of the financial pressure Welsh rugby is under," Morgan told BBC Sport Wales.

Wales head coach Alun Parry said he respected the decision. "Players have careers to manage, and I would never criticise anyone for doing what is right for their family. It does leave a gap in our back row, and we'll have to look at how we fill it," he said.

Castres director of rugby Jean-Pierre Lacombe described Pugh as "a warrior, exactly what we need in the forwards". The French club said the Welshman would arrive in July for pre-season training.

The move prompted a fresh debate about the 60-cap rule. Former Wales captain Huw Beddoe, who now works as a television pundit, wrote on Twitter: "We keep losing quality players in their prime. At some point the WRU has to ask whether this rule is helping anyone."

A spokesperson for the Welsh Rugby Union said there were "no plans" to review the policy. "The rule is there to protect the professional game in Wales and to keep our best players here," the spokesperson said.''',
        [
            ("This has been the hardest decision", "Rhodri Pugh"),
            ("But I have a young family", "Rhodri Pugh"),
            ("disappointed but understanding", "Ospreys"),
            ("a very strong offer", "Toby Morgan"),
            ("We did everything we could within", "Toby Morgan"),
            ("Players have careers to manage, and", "Alun Parry"),
            ("a warrior, exactly what we need", "Jean-Pierre Lacombe"),
            ("We keep losing quality players in", "Huw Beddoe"),
            ("no plans", "Welsh Rugby Union"),
            ("The rule is there to protect", "Welsh Rugby Union"),
        ],
    ),

    # 6 -- Cycling crash at Tour de Suisse; team doctor statement, team (partial), "the Swede",
    #      race director, riders' union statement, rider's Instagram post
    (
'''Colombian climber Andrés Mejía has been ruled out of the Tour de Suisse with a broken collarbone after a heavy crash on the descent of the Furka Pass on Wednesday's fourth stage.

The 26-year-old, who started the day second overall, was one of six riders to fall on a wet hairpin about 30 kilometres from the finish. He was taken to hospital in Brig for X-rays.

"Andrés has a fracture of the right clavicle and will undergo surgery tomorrow in Switzerland," team doctor Lukas Brunner said in a statement released by Mejía's Team Velocor. "He also has abrasions on his hip and elbow but, fortunately, no head injury."

The team said the Colombian's participation in the Tour de France, which starts in less than three weeks, was now "in serious doubt".

Sports director Erik Lindqvist told reporters at the finish in Andermatt that the conditions had been treacherous. "It was raining hard, there was oil on the road, and the riders were going into those corners blind," the Swede said. "We asked the organisers last night about that descent. It should not have been in the race in that weather."

Race director Olivier Senn rejected the criticism. "The route was inspected this morning and the descent was safe. Crashes happen in cycling, unfortunately, and we wish the riders who fell a fast recovery," he said.

The stage was won by Belgian Wout Claes, who escaped from a breakaway on the final climb. Claes said he had seen the crash from a distance. "I heard the noise and saw bikes on the road," he said. "You think about your own family at moments like that. It is not nice."

The riders' union, the CPA, called for a review. "Once again riders have been put in danger. We ask the UCI to take the extreme weather protocol seriously and to give riders a voice when conditions change," the association said in a statement posted on its website.

Mejía himself posted a photograph from his hospital bed on Instagram. "Bad day, but I will come back stronger. Thank you for all the messages," he wrote.''',
        [
            ("Andrés has a fracture of the", "Lukas Brunner"),
            ("He also has abrasions on his", "Lukas Brunner"),
            ("in serious doubt", "Team Velocor"),
            ("It was raining hard, there was", "Erik Lindqvist"),
            ("We asked the organisers last night", "Erik Lindqvist"),
            ("The route was inspected this morning", "Olivier Senn"),
            ("I heard the noise and saw", "Wout Claes"),
            ("You think about your own family", "Wout Claes"),
            ("Once again riders have been put", "CPA"),
            ("Bad day, but I will come", "Andrés Mejía"),
        ],
    ),

    # 7 -- EuroCup basketball (curly quotes); "the 61-year-old", "the Greek", asked/said,
    #      partial quotes, unquoted spokesperson paraphrase
    (
'''Lithuanian guard Mantas Žukauskas scored 27 points as Neptūnas Vilnius beat Olympia Thessaloniki 84-79 on Wednesday to keep alive their hopes of reaching the EuroCup play-offs.

The 23-year-old hit five three-pointers, including two in the final three minutes after the Greek side had cut a 15-point deficit to a single point with a 20-6 run.

“In the last minutes I just wanted the ball. The coach trusted me, my teammates found me, and the shots went in. Simple,” Žukauskas said.

Neptūnas head coach Rimas Vaitkus was less satisfied. The 61-year-old said his team had “switched off completely” in the third quarter and warned that such lapses would be punished in the knockout rounds.

“We cannot give away 15 points like this. Against a better team we lose this game, I am sure of it,” Vaitkus told Lithuanian broadcaster LRT.

Olympia coach Giorgos Papadakis praised the home crowd, which he called “the loudest I have heard in Europe this season”. Asked about his side’s slow start, the Greek said: “We came here with nine players because of injuries and illness. I cannot ask for more effort than they gave tonight.”

The game was briefly stopped in the fourth quarter after a coin was thrown onto the court from behind the Olympia bench. A Neptūnas spokesperson said the supporter responsible had been identified by stewards and would be banned from the arena.

Neptūnas, who have won four of their last five games, travel to Bologna next week, while Olympia host Valencia. Both clubs will finish the group stage with two home games.''',
        [
            ("In the last minutes I just", "Mantas Žukauskas"),
            ("switched off completely", "Rimas Vaitkus"),
            ("We cannot give away 15 points", "Rimas Vaitkus"),
            ("the loudest I have heard in", "Giorgos Papadakis"),
            ("We came here with nine players", "Giorgos Papadakis"),
        ],
    ),

    # 8 -- Transfer from Udinese to Sevilla; club statement, agent "told Sky Sport Italia",
    #      "continued", banner slogan (not a quote), anonymous supporter told a newspaper
    (
'''Argentine striker Facundo Ibarra completed his move from Serie A club Udinese to Sevilla on Monday, ending weeks of speculation over his future.

The 24-year-old signed a five-year contract with the Spanish club, who paid a reported €32 million, potentially rising to €38 million with add-ons.

"Sevilla are very happy to announce the signing of Facundo Ibarra," the club said in a statement. "He is one of the most promising forwards in Europe and fits perfectly into the sporting project."

Ibarra, who scored 16 league goals last season, said joining Sevilla was "a dream since I was a boy watching La Liga in Córdoba".

"I know the history of this club and the passion of the fans. I come here to work, to score goals and to win trophies," he told the club's television channel.

The deal had appeared close to collapse last week after Udinese demanded a higher fee. Ibarra's agent, Hernán Castillo, told Sky Sport Italia that the player had been "desperate" to leave. "Facundo wanted this move from day one," Castillo continued. "There were moments when we thought it would not happen, but in the end everybody was reasonable."

Udinese sporting director Paolo Gentile denied the club had been difficult. "We have a duty to protect the value of our players. Facundo leaves with our gratitude, and Udinese have received a fair price," he said.

Not all Udinese supporters were happy. A banner reading "Sold again" was hung outside the club's training ground on Monday morning. "Every year it's the same," one longtime supporter told the local newspaper Messaggero Veneto. "We find a good player and we sell him. How are we supposed to build anything?"

Sevilla coach Julen Otxoa is expected to hand Ibarra his debut against Getafe on Saturday.''',
        [
            ("Sevilla are very happy to announce", "Sevilla"),
            ("He is one of the most", "Sevilla"),
            ("a dream since I was a", "Facundo Ibarra"),
            ("I know the history of this", "Facundo Ibarra"),
            ("desperate", "Hernán Castillo"),
            ("Facundo wanted this move from day", "Hernán Castillo"),
            ("There were moments when we thought", "Hernán Castillo"),
            ("We have a duty to protect", "Paolo Gentile"),
            ("Every year it's the same,", "~supporter"),
            ("We find a good player and", "~supporter"),
        ],
    ),

    # 9 -- NZ rowing after Olympic postponement (curly quotes); quote over two paragraphs,
    #      two women in turn, anonymous sculler, partial quote from the chief executive at the end
    (
'''New Zealand’s Olympic rowers will keep their places for the rescheduled Tokyo Games, Rowing New Zealand confirmed on Wednesday, a week after the International Olympic Committee postponed the event until 2021 because of the coronavirus pandemic.

The governing body said all crews that qualified boats at last year’s world championships in Linz would retain them, although selection for individual seats would remain open until next summer.

“We want to give our athletes certainty at a time when there is very little certainty anywhere,” chief executive Grant Whitfield said in a statement. “Nobody has to re-qualify a boat they have already won.”

Double sculls world champion Hannah McKee, 30, said she had briefly considered retirement when the postponement was announced. She told Radio New Zealand: “I’d planned my whole life around August 2020. When that date disappeared, I honestly sat on the kitchen floor and cried for an hour.

“But after a few days I thought, what’s one more year? I’m not ready to walk away from this.”

Her crewmate, 27-year-old Sophie Tane, said the pair had been training on rowing machines in their garages since the national lockdown began. “It’s not glamorous,” Tane said. “But we’re in the same boat as everyone in the world right now — excuse the pun.”

Not everyone welcomed the decision. One young sculler, who missed out on selection last year, told the New Zealand Herald that the extra year should have been used to reopen trials. “There are people who have improved massively in twelve months. It feels like the door has been shut on us,” the sculler said.

Whitfield said the organisation understood the frustration but described reopening boat selection as “unfair on athletes who did the hard work in Linz”.''',
        [
            ("We want to give our athletes", "Grant Whitfield"),
            ("Nobody has to re-qualify a boat", "Grant Whitfield"),
            ("I’d planned my whole life around", "Hannah McKee"),
            ("But after a few days I", "Hannah McKee"),
            ("It’s not glamorous,", "Sophie Tane"),
            ("But we’re in the same boat", "Sophie Tane"),
            ("There are people who have improved", "~sculler"),
            ("unfair on athletes who did the", "Grant Whitfield"),
        ],
    ),

    # 10 -- Boxing, Commonwealth heavyweight title; weigh-in insult (partial), promoter "replied",
    #       trainer told Sky Sports, "the Australian"
    (
'''British heavyweight Kane Asante retained his Commonwealth title with a sixth-round stoppage of Australian Lachlan Doyle at the Copper Box Arena in London on Saturday night.

Asante, 27, dropped Doyle with a left hook midway through the round, and referee Martin Cole waved the fight off moments later when the Australian rose unsteadily at the count of eight. It was the 14th win of Asante's unbeaten professional career and his 11th inside the distance.

"I told everyone he wasn't going to hear the final bell. He talked a lot this week, so I let my hands do the talking," Asante said in the ring.

The pair had clashed at Friday's weigh-in, where Doyle called the champion "a manufactured fighter" and security staff had to separate them.

Doyle, 33, said afterwards that he had no complaints about the stoppage. "He caught me clean, fair play to him," he said. "I thought I was winning the early rounds, but he's got real power. I'll go home, have a rest and talk to my team about what's next."

Asante's promoter, Ray Whitaker, said he would push for a shot at the British title before the end of the year. "Kane is ready for the next level. There's nobody in this country at domestic level who wants to get in there with him, and we'll prove it," Whitaker said.

Asked whether Asante could fight for a world title within two years, Whitaker replied: "Why not? He's got the engine, he's got the chin and he's got the power."

Asante's trainer, his uncle Kofi Mensah, was more cautious. "We're not rushing anything. There's a lot of learning still to do," he told Sky Sports.''',
        [
            ("I told everyone he wasn't going", "Kane Asante"),
            ("a manufactured fighter", "Lachlan Doyle"),
            ("He caught me clean, fair play", "Lachlan Doyle"),
            ("I thought I was winning the", "Lachlan Doyle"),
            ("Kane is ready for the next", "Ray Whitaker"),
            ("Why not? He's got the engine,", "Ray Whitaker"),
            ("We're not rushing anything. There's a", "Kofi Mensah"),
        ],
    ),

    # 11 -- MotoGP track-limits penalty (curly quotes); stewards panel statement (partial quotes),
    #       rider told DAZN, team manager, "the veteran"
    (
'''Spanish rider Álex Romero has been stripped of his podium finish at the Austrian MotoGP after stewards ruled that he had exceeded track limits on the final lap at the Red Bull Ring on Sunday.

The 22-year-old crossed the line third, 0.2 seconds ahead of Italian Lorenzo Galli, but was handed a one-place penalty about an hour after the race. Galli was promoted to third.

The FIM MotoGP Stewards Panel said in a statement that Romero had “gained an advantage by riding on the green painted area at Turn 9”. The panel added that the decision was final and “not subject to appeal”.

Romero was furious. “Everyone was using that kerb all race and nobody was penalised,” he told Spanish television DAZN. “They wait until the last lap to decide what the rules are. It’s a joke.”

His team manager, Davide Marchetti, said the team would ask for a meeting with the stewards before the next round in Misano. “We accept the decision because we have to,” Marchetti said. “But we want clarity. The riders need to know what is allowed and what is not, before the race and not after.”

Galli, 31, said he had learned of the penalty while changing in his team’s garage. “I was taking off my leathers and someone shouted that I was on the podium. It is not the nicest way to get a trophy, but after the season I have had, I will take it,” the veteran said, laughing.

The race was won by Frenchman Hugo Lefèvre, his second victory of the year. The result leaves Romero fourth in the championship standings, 38 points behind the leader with eight rounds remaining.''',
        [
            ("gained an advantage by riding on", "FIM MotoGP Stewards Panel"),
            ("not subject to appeal", "FIM MotoGP Stewards Panel"),
            ("Everyone was using that kerb all", "Álex Romero"),
            ("They wait until the last lap", "Álex Romero"),
            ("We accept the decision because we", "Davide Marchetti"),
            ("But we want clarity. The riders", "Davide Marchetti"),
            ("I was taking off my leathers", "Lorenzo Galli"),
        ],
    ),

    # 12 -- Croatian federation punishes racist chanting; federation statement, player told the
    #       BBC World Service, club president, campaign group (partial), union spokesperson
    (
'''The Croatian Football Federation (HNS) has fined NK Primorac 100,000 kuna and ordered the club to play two home matches behind closed doors after monkey chants were aimed at a visiting player during last month's league match against NK Zagorje.

The federation said its disciplinary committee had reviewed video footage and the match officials' reports, and had found evidence of "sustained racist abuse" from a section of the home stand towards Zagorje defender Emmanuel Boateng.

"Racism has no place in Croatian football, and the committee will continue to impose the strongest possible sanctions on clubs whose supporters behave in this way," the HNS said in a statement on Friday.

Boateng, a 25-year-old Ghanaian, briefly walked off the pitch in the 63rd minute before team-mates persuaded him to return. Speaking to the BBC World Service after the ruling, he described the punishment as "a start, but only a start".

"Two games without fans, fine. But the people who did this will be back in the stadium in a month," he said. "I want them identified and banned for life. That is the only thing that will change anything."

Primorac president Ante Vuković said the club would not appeal. "We are ashamed of what a small group of people did in our name. We are working with the police to find them, and they will never enter our stadium again," he told reporters in Split.

The anti-racism campaign group Equal Game welcomed the decision but said Croatian football had "a long-standing problem" that would not be solved by fines alone.

A spokesperson for the players' union, Sindikat Igrača, went further. "Players from Africa tell us about this every season, and closing a stand for two matches is not enough when it keeps happening," the spokesperson said.''',
        [
            ("sustained racist abuse", "Croatian Football Federation"),
            ("Racism has no place in Croatian", "Croatian Football Federation"),
            ("a start, but only a start", "Emmanuel Boateng"),
            ("Two games without fans, fine. But", "Emmanuel Boateng"),
            ("I want them identified and banned", "Emmanuel Boateng"),
            ("We are ashamed of what a", "Ante Vuković"),
            ("a long-standing problem", "Equal Game"),
            ("Players from Africa tell us about", "Sindikat Igrača"),
        ],
    ),

    # 13 -- Valencia Marathon; winner through a translator, "the Kenyan" (partial then full quote
    #       with "she said"), race director
    (
'''Ethiopia's Tigist Alemu won the Valencia Marathon on Sunday in a personal best of 2:19:52, pulling away from Kenya's Caroline Jepkemboi over the final five kilometres.

The 24-year-old had run in a group of four behind the pacemakers until 30km, when she and Jepkemboi broke clear. Alemu made her decisive move on the long straight past the City of Arts and Sciences and won by 41 seconds, with Bahrain's Mary Chesang third.

Speaking through a translator, Alemu said she had not expected to run so fast. "My coach told me to be patient, to wait until 35 kilometres. When I looked back and saw nobody close, I knew it was my day. This is for my family in Bekoji," she said.

Jepkemboi, 29, who finished second in 2:20:33, said cramp in her right calf had cost her in the closing stages. The Kenyan described the early pace as "crazy from the start" but said she was pleased with her time.

"I will go back home, rest for two weeks and prepare for the spring. The Olympic selection is what matters now," she said.

Race director Marta Ferrer said the organisers had been lucky with the weather, with temperatures of about 11C at the start and almost no wind. "We had perfect conditions, and the runners took advantage. Valencia is becoming the fastest city in the world for marathons, and days like this show why," Ferrer said.

In the men's race, Ugandan Isaac Chemonges won in 2:05:12, the fastest time ever recorded on Spanish soil. Around 25,000 runners took part in the event, which also included a 10km race in the morning.''',
        [
            ("My coach told me to be", "Tigist Alemu"),
            ("crazy from the start", "Caroline Jepkemboi"),
            ("I will go back home, rest", "Caroline Jepkemboi"),
            ("We had perfect conditions, and the", "Marta Ferrer"),
        ],
    ),

    # 14 -- Golf play-off win in Nairobi; "the Englishman admitted", words reported "according to"
    #       the caddie but spoken by the winner, coach told a magazine (partial)
    (
'''South African Pieter Botha won his first European Tour title on Sunday, holing a 15-foot birdie putt at the second play-off hole to beat England's Tom Haskell at the Kenya Open in Nairobi.

Botha, 26, had started the final round three shots behind Haskell but carded a bogey-free 66 to finish on 17 under par at Karen Country Club. Haskell, who was bidding for his first win in seven years, had a chance to win in regulation play but missed from six feet on the 18th green.

"I've been dreaming about that putt since I was ten years old," said Botha, who lost his playing rights two years ago and spent a season on the Challenge Tour. "I honestly can't feel my hands right now."

Haskell, 41, was gracious in defeat. "That one will sting for a while. I hit a good putt, it just didn't break. That's golf," the Englishman admitted.

Botha's caddie, his older brother Hennie, said the pair had talked before the play-off about staying calm and sticking to their routine. According to Hennie Botha, the winner's only words as they walked onto the final green were "just roll it".

The victory earns Botha a two-year exemption on the tour and moves him into the top 150 of the world rankings for the first time. He also collects a first prize of just over €183,000, more than he had earned in his previous two seasons combined.

His long-time coach, Andre Visser, told the magazine Compleat Golfer that the breakthrough was "long overdue" for a player of Botha's talent.''',
        [
            ("I've been dreaming about that putt", "Pieter Botha"),
            ("I honestly can't feel my hands", "Pieter Botha"),
            ("That one will sting for a", "Tom Haskell"),
            ("just roll it", "Pieter Botha"),
            ("long overdue", "Andre Visser"),
        ],
    ),

    # 15 -- Women's Super League (curly quotes); two female managers in turn, a new quoted
    #       paragraph with no cue continuing the previous speaker, "the striker"
    (
'''Ingrid Solberg scored twice in the opening 20 minutes as Westford City beat Kingsbridge 3-1 to go top of the Women’s Super League on Sunday.

The Norwegian, 27, struck first with a curling shot from the edge of the area and then headed in a corner from England midfielder Abbie Clarke. Kingsbridge pulled one back before half-time through Jade Morris, but Clarke sealed the win with a penalty after 74 minutes when Solberg was brought down by goalkeeper Laura Finch.

Westford manager Claire Denton praised her forward’s sharpness. “Ingrid’s been unplayable in training for two weeks,” she said. “When she’s in that kind of mood, you just give her the ball and get out of the way.”

Kingsbridge boss Rachel Hughes felt her side had been let down by the officials. She said the penalty decision was “soft at best” and questioned why the video assistant referee system was still not used in the women’s game.

“The men have VAR every week and we’re having games decided by a linesman forty yards away,” she told reporters.

“I’m not making excuses. We were second best for the first 20 minutes. But players in the women’s game deserve the same tools to get decisions right.”

Solberg, who joined from Rosenborg in the summer, said she was not thinking about the title yet. “It’s November,” the striker said. “Ask me in May.”

The match was watched by a crowd of 4,812, a record for the club, and Westford now lead second-placed Arsenal on goal difference.''',
        [
            ("Ingrid’s been unplayable in training for", "Claire Denton"),
            ("When she’s in that kind of", "Claire Denton"),
            ("soft at best", "Rachel Hughes"),
            ("The men have VAR every week", "Rachel Hughes"),
            ("I’m not making excuses. We were", "Rachel Hughes"),
            ("It’s November,", "Ingrid Solberg"),
            ("Ask me in May.", "Ingrid Solberg"),
        ],
    ),

    # 16 -- Finnish ice hockey knee injury; coach, injured player told Ilta-Sanomat, opponent's
    #       Instagram (partial), league safety chief (partial), coach partial later
    (
'''Finnish defenceman Aleksi Hämäläinen will miss the rest of the season after tearing a knee ligament in HIFK's 4-2 defeat by Tappara on Friday night, the Helsinki club announced on Saturday.

The 30-year-old was hurt in the second period when he collided with Tappara forward Oskari Rantanen along the boards. He was helped off the ice without putting weight on his left leg and did not return.

"The scan confirmed what we feared," HIFK head coach Jussi Laaksonen told reporters at the club's training rink. "Aleksi will need surgery and a long rehabilitation. He is our most experienced defender and the leader of the dressing room, so it is a huge loss for us."

Hämäläinen, who returned to Finland last summer after six seasons in Sweden and Switzerland, said he held no grudge against his opponent. "I don't think there was anything dirty in it. It was a hockey play. I just landed badly and the knee went," he told the newspaper Ilta-Sanomat.

Rantanen, 23, contacted the defenceman after the game and later wrote on Instagram that he was "sick about what happened".

Liiga's head of player safety, Mika Koskinen, said the league had reviewed the incident and would take no further action. He described the collision as "shoulder to body, legal and clean".

The injury leaves HIFK with only six fit defencemen ahead of a run of five games in nine days. Laaksonen said the club was looking at the market but would not "panic and sign someone just to fill a jersey".

HIFK are fifth in the standings, three points behind Tappara.''',
        [
            ("The scan confirmed what we feared,", "Jussi Laaksonen"),
            ("Aleksi will need surgery and a", "Jussi Laaksonen"),
            ("I don't think there was anything", "Aleksi Hämäläinen"),
            ("sick about what happened", "Oskari Rantanen"),
            ("shoulder to body, legal and clean", "Mika Koskinen"),
            ("panic and sign someone just to", "Jussi Laaksonen"),
        ],
    ),

    # 17 -- Weightlifting doping ban (curly quotes); IWF statement, lawyer (partial), national
    #       federation (partial), its president, anonymous retired lifter told the BBC
    (
'''The International Weightlifting Federation (IWF) has banned Moldovan Olympian Victor Ciobanu for eight years after he tested positive for the anabolic steroid stanozolol for a second time.

The 32-year-old, who finished fifth in the 94kg category at the 2016 Rio Olympics, returned the positive sample at the European Championships in Batumi in April. He previously served a two-year ban between 2012 and 2014.

“As a repeat offender, the athlete faces the maximum sanction available under the rules, and his results from the European Championships have been disqualified,” the IWF said in a statement on Tuesday.

Ciobanu did not respond to requests for comment. His lawyer, Elena Rusu, told the Moldovan news agency IPN that her client would take the case to the Court of Arbitration for Sport, calling the ban “disproportionate and legally flawed”.

The Moldovan Weightlifting Federation said it was “deeply disappointed” and would introduce additional testing for members of its national team. Its president, Ion Guțu, said the sport’s reputation in the country had been badly damaged. “Every time this happens, it is the honest athletes who pay the price,” he said.

The case comes as weightlifting fights to keep its place on the Olympic programme. The International Olympic Committee has repeatedly warned the sport over its doping record and its governance, and has cut the number of weightlifting places available at the Tokyo Games.

A retired Moldovan lifter, who competed at two Olympic Games, told the BBC that doping had been “normal” in the national set-up during his career. “Nobody forced you, but nobody stopped you either. You saw the results others were getting and you made your choice,” he said.''',
        [
            ("As a repeat offender, the athlete", "International Weightlifting Federation"),
            ("disproportionate and legally flawed", "Elena Rusu"),
            ("deeply disappointed", "Moldovan Weightlifting Federation"),
            ("Every time this happens, it is", "Ion Guțu"),
            ("normal", "~lifter"),
            ("Nobody forced you, but nobody stopped", "~lifter"),
        ],
    ),

    # 18 -- Dutch fan protest against owner; banner slogan (not a quote), protesters' chant,
    #       supporters' chairman, investment group through spokesperson (partial), "the 54-year-old"
    (
'''About 3,000 supporters of FC Zeeland marched through Middelburg on Saturday to protest against the club's American owner, Bradley Kessler, before their side's 1-1 draw with Almere City.

Fans carried banners reading "Our club, not your toy" and protesters chanted "Kessler out, Zeeland in" as the march passed the town hall. Police said the demonstration was peaceful and no arrests were made.

Kessler, a property investor from Texas, bought the club in 2018 with promises of European football within three years. Since then Zeeland have sold their three best players and changed head coach twice, and the club finished 15th last season.

"We have nothing against foreign owners, but this man has no plan and no respect for our history," said Joost de Wit, chairman of the supporters' association Zeeuwse Trots. "He has been to two matches in two years. Two."

A spokesperson for Kessler's investment group, Lone Star Sports Holdings, told the Dutch news agency ANP that the owner remained "fully committed to FC Zeeland's long-term success" and had invested more than €12 million in the club.

Inside the stadium, the players applauded the protest banners in the stands before kick-off. Head coach Martin Verbeek said he understood the supporters' frustration. "These people live for this club, and I am not going to tell them what they can and cannot say," the 54-year-old said.

Zeeland are 12th in the Eredivisie after 14 matches, nine points above the relegation play-off places. The supporters' association has announced a second march for the home game against Heracles next month.''',
        [
            ("Kessler out, Zeeland in", "~protesters"),
            ("We have nothing against foreign owners,", "Joost de Wit"),
            ("He has been to two matches", "Joost de Wit"),
            ("fully committed to FC Zeeland's long-term", "Lone Star Sports Holdings"),
            ("These people live for this club,", "Martin Verbeek"),
        ],
    ),

    # 19 -- Badminton, Malaysia Masters; present-tense "says", BWF website, coach "the 45-year-old"
    #       (partial), national association statement (partial)
    (
'''Indonesian men's doubles pair Rizky Pratama and Dimas Saputra won the Malaysia Masters in Kuala Lumpur on Sunday, beating Japan's top seeds 21-18, 19-21, 21-17 in a final lasting 71 minutes.

It was the first World Tour title for the pair, who began playing together only in March after Pratama's previous partner retired with a back injury. They were unseeded and had to come through a three-game quarter-final against the defending champions.

"We did not expect this at all. We came here hoping to reach the quarter-finals and pick up some ranking points, and now we are going home with a trophy," Pratama, 23, said afterwards.

Saputra, the younger of the two at 21, says the support in the arena made the difference. "Many Indonesians live and work in Malaysia, so we felt like we were playing at home," he told the Badminton World Federation's website.

Their coach, Agus Setiawan, praised the pair's defence in the deciding game. The 45-year-old called it "the best I have seen from them" and said the title would help their bid to qualify for the Tokyo Olympics.

The Japanese pair declined to speak to reporters after the match. In a brief statement, the Nippon Badminton Association said one of its players had been "carrying a shoulder problem" throughout the week.

In the women's singles final, South Korea's Kim Ha-eun beat Thailand's Supanida Chaiwan in straight games, while Denmark's Rasmus Holm took the men's singles title after his Chinese opponent withdrew with a stomach illness before the final. The tour moves on to Singapore next week.''',
        [
            ("We did not expect this at", "Rizky Pratama"),
            ("Many Indonesians live and work in", "Dimas Saputra"),
            ("the best I have seen from", "Agus Setiawan"),
            ("carrying a shoulder problem", "Nippon Badminton Association"),
        ],
    ),

    # 20 -- Rugby league match report; coach, opposing coach "insisted", "the winger" fighting
    #       back tears
    (
'''Hunter Valley held on to beat Western Suburbs 24-20 at Cessnock Oval on Sunday afternoon, despite losing five-eighth Jayden Faleolo to a suspected broken jaw in the first half.

The hosts led 24-6 after an hour through two tries to winger Mitch Corrigan and one each to prop Sione Havili and hooker Blake Turner, but two late Western Suburbs tries set up a nervous finish in front of a crowd of 9,400.

"We made it a lot harder than it needed to be. At 24-6 you should be shutting the game down, and we got sloppy with the ball. I'm happy with the two points, not with the last 20 minutes," Hunter Valley coach Brett McKinnon said.

McKinnon said Faleolo would have scans on Monday but was expected to miss at least six weeks. The 22-year-old was hurt in a tackle by Western Suburbs lock Ryan Beattie, who was placed on report.

Beattie's coach, Darren Lowe, insisted the tackle was legal. "It's a contact sport and Ryan's a hard but fair player," Lowe said. "I've seen it once on the screen and I don't think there's much in it."

Corrigan, 20, dedicated his tries to his grandfather, who died last week. "He never missed a game when I was a kid, and I knew he was watching today," the winger said, fighting back tears.

The league's match review committee will consider the Beattie incident on Monday, and the lock faces a possible suspension of up to three matches. The win lifts Hunter Valley to fourth on the ladder, while Western Suburbs remain in 11th.''',
        [
            ("We made it a lot harder", "Brett McKinnon"),
            ("It's a contact sport and Ryan's", "Darren Lowe"),
            ("I've seen it once on the", "Darren Lowe"),
            ("He never missed a game when", "Mitch Corrigan"),
        ],
    ),

    # 21 -- Pakistan fast bowler quits Tests; Facebook post, coach told Geo News (partial then
    #       full quote), former captain's newspaper column (partial quotes, "wrote", "warned")
    (
'''Pakistan fast bowler Imran Qadir has announced his retirement from Test cricket at the age of 29 in order to concentrate on the shorter formats of the game.

Qadir, who took 98 wickets in 27 Tests at an average of 28.4, said his body could no longer cope with the demands of five-day cricket after two stress fractures of the lower back in three years.

"It has been the greatest honour of my life to wear the Test cap for my country, but my doctors have been clear with me and I have to listen to my body," Qadir posted on Facebook on Wednesday evening.

The Pakistan Cricket Board said it respected his decision, although head coach Saleem Javed told Geo News he was "surprised and a little disappointed" by the timing, which comes two months before the tour of Australia.

"We had him in our plans for Brisbane and Adelaide, and it is not easy to replace a bowler of his pace. But Imran has given everything for Pakistan and I wish him well," Javed said.

Former Pakistan captain Zaheer Malik was less forgiving. In a column for Dawn, he wrote that young players were being "lured away by franchise money" and warned that the country was "running out of fast bowlers" who wanted to play Test cricket.

Qadir is expected to continue playing one-day internationals and Twenty20 matches for Pakistan, as well as in franchise leagues around the world. He made his Test debut against Sri Lanka in Abu Dhabi in 2014 and his best figures of seven for 61 came against New Zealand in Wellington three years later.''',
        [
            ("It has been the greatest honour", "Imran Qadir"),
            ("surprised and a little disappointed", "Saleem Javed"),
            ("We had him in our plans", "Saleem Javed"),
            ("lured away by franchise money", "Zaheer Malik"),
            ("running out of fast bowlers", "Zaheer Malik"),
        ],
    ),

    # 22 -- Hungarian swimming world record (curly quotes); coach told Nemzeti Sport, swimming
    #       association (partial), TV analyst; "the girl in the next lane" is not a speaker
    (
'''Hungarian swimmer Réka Farkas broke the world record in the women’s 200 metres butterfly at the national championships in Budapest on Friday, touching in 2:01.29.

The 20-year-old took more than half a second off a mark that had stood for over a decade and was widely regarded as one of the toughest in the sport. She was a body length clear of the rest of the field at the halfway point and held her stroke together over the final 25 metres.

“I saw the numbers on the board and I honestly didn’t believe it. I had to ask the girl in the next lane if it was real, and she just hugged me,” Farkas said at the side of the pool.

Farkas finished fourth at the world championships in Gwangju last summer and has since moved to a new training group under coach Tamás Kiss in Debrecen. Kiss, 52, said the swim had come without a full taper.

“We did not rest her for this meet, she has been training 70 kilometres a week,” he told the sports daily Nemzeti Sport. “That is what excites me. There is more in her, and the big target is still Tokyo.”

The Hungarian Swimming Association described the performance as “historic” and said Farkas would receive a bonus from the federation.

Former Olympic champion Katalin Szabó, now a television analyst, said the result had changed the picture for the Olympic final. “Until today everyone was talking about the Americans and the Chinese. Now Réka is the one they will all be watching,” she said.''',
        [
            ("I saw the numbers on the", "Réka Farkas"),
            ("We did not rest her for", "Tamás Kiss"),
            ("That is what excites me. There", "Tamás Kiss"),
            ("historic", "Hungarian Swimming Association"),
            ("Until today everyone was talking about", "Katalin Szabó"),
        ],
    ),

    # 23 -- Scottish manager sacked; club statement, chairman told local paper (partial),
    #       manager's statement through the LMA, captain on Twitter (partial, then "He added:")
    (
'''Scottish Premiership club Inverclyde Athletic sacked manager Derek Carmichael on Monday after a run of seven league matches without a win.

The 49-year-old, who led the club to promotion from the Championship in 2018, leaves with Inverclyde second from bottom, two points above Hamilton. Saturday's 3-0 home defeat by St Johnstone, in which his team had two players sent off, proved to be his last game in charge.

"The board would like to thank Derek for his hard work and commitment over the past three years. However, results this season have not been at the level required, and the board believes a change is necessary," the club said in a statement.

Chairman Alasdair Munro told the Greenock Telegraph it had been "the hardest decision of my time at the club". He said first-team coach Gary Boyle would take charge on an interim basis for Saturday's trip to Motherwell.

Carmichael responded in a statement issued through the League Managers Association. "Naturally I'm disappointed not to be given the chance to turn things around, but I'd like to thank the players, the staff and the supporters, who have been magnificent even in the hard times," he said.

Club captain Scott McAllister wrote on Twitter that the players needed to "take a long look in the mirror". He added: "The gaffer gave everything for this club. We let him down."

Bookmakers have made former Livingston assistant Neil Fraser the early favourite to take over. Inverclyde have not won a league game since the end of September and have scored only four goals in their last seven matches.''',
        [
            ("The board would like to thank", "Inverclyde Athletic"),
            ("the hardest decision of my time", "Alasdair Munro"),
            ("Naturally I'm disappointed not to be", "Derek Carmichael"),
            ("take a long look in the", "Scott McAllister"),
            ("The gaffer gave everything for this", "Scott McAllister"),
        ],
    ),

    # 24 -- Alpine skiing, Wengen downhill (curly quotes); winner, "the Austrian" told ORF,
    #       Swiss-Ski director (partial then full)
    (
'''Swiss skier Noah Baumgartner claimed his first World Cup downhill victory on home snow at Wengen on Saturday, edging Austria’s Matthias Reiter by eight hundredths of a second on the Lauberhorn.

The 25-year-old, starting 17th, was behind at every split until the final section, where he made up more than three tenths on the leader to send a crowd of around 28,000 into a frenzy. Italy’s Simone Ferrari finished third, a further 0.31 seconds back, and the overall World Cup leader could only manage ninth after losing time on the Kernen-S.

“To win here, in front of these people, is something I have dreamed of since I was five years old. My whole village came on the train this morning, and I think they will be celebrating until Monday,” Baumgartner said in the finish area, wrapped in a Swiss flag.

Reiter, 30, who had led until the final group of racers, said a small mistake at the Hundschopf jump had cost him. “It is hard to lose by such a small margin,” the Austrian told broadcaster ORF. “But Noah skied perfectly at the bottom and he deserves it.”

Swiss-Ski alpine director Beat Imhof called the win “a reward for years of patience” with a skier who had suffered two serious knee injuries as a junior. “Many people wanted to give up on him, but he never gave up on himself,” Imhof said.

The Lauberhorn races continue on Sunday with the slalom, in which Switzerland have three skiers among the top 15 starters. Baumgartner's win lifts him to fourth in the downhill standings, 64 points behind the leader.''',
        [
            ("To win here, in front of", "Noah Baumgartner"),
            ("It is hard to lose by", "Matthias Reiter"),
            ("But Noah skied perfectly at the", "Matthias Reiter"),
            ("a reward for years of patience", "Beat Imhof"),
            ("Many people wanted to give up", "Beat Imhof"),
        ],
    ),

    # 25 -- Women's handball Euro in a bubble; coach, goalkeeper (full then partial after
    #       "adding that"), "explained", "the 26-year-old", opposing coach
    (
'''Norway moved a step closer to the semi-finals of the women's European Handball Championship with a 29-24 victory over Hungary in Herning, Denmark, on Tuesday.

Left back Kristine Haugen scored nine goals, but it was goalkeeper Silje Nordby who made the difference, with 15 saves including two penalty stops in the final ten minutes as Hungary cut a seven-goal deficit to two.

"Silje won us the game in the second half. When they came back to two goals, she simply closed the door," said Norway coach Tor Sandvik, whose side remain unbeaten in the tournament.

Nordby, 33, who is playing in her eighth major championship, deflected the praise. "The defence in front of me made it easy," she said, adding that the team's preparation had been "the most professional I have ever known".

Haugen explained that the squad had coped well with life inside the tournament bubble, where players are tested for coronavirus every day and are not allowed to leave the team hotel. "It's a bit like being in prison with your best friends. We play cards, we watch films, and we play handball," the 26-year-old said.

Hungary coach Gábor Molnár said his team had paid for a poor start. "We were 8-2 down after 12 minutes. Against Norway you cannot do that," he told reporters.

Norway face Russia on Thursday, while Hungary must beat Croatia to keep their own hopes alive. The top two teams in each main round group advance to the semi-finals in Herning next weekend.''',
        [
            ("Silje won us the game in", "Tor Sandvik"),
            ("The defence in front of me", "Silje Nordby"),
            ("the most professional I have ever", "Silje Nordby"),
            ("It's a bit like being in", "Kristine Haugen"),
            ("We were 8-2 down after 12", "Gábor Molnár"),
        ],
    ),

    # 26 -- Japanese pitcher posted to MLB; club statement, player through an interpreter,
    #       agent, former catcher told Kyodo News (partial)
    (
'''Japanese right-hander Kenta Morishita has agreed a four-year, $36 million contract with the Toronto Blue Jays, completing his move from Nippon Professional Baseball under the posting system.

The 28-year-old went 13-5 with a 2.41 earned run average in Japan last season and was named to the Pacific League all-star team for the fourth straight year. His Japanese club will receive a posting fee of about $7 million.

"We are thrilled to welcome Kenta to the Blue Jays. He is a proven winner who will bring experience and competitiveness to our rotation," the club said in a statement on Friday.

Speaking through an interpreter on a video call with reporters, Morishita said he had dreamed of pitching in the major leagues since watching Japanese players on television as a boy. "Now the dream is becoming real, I feel a little nervous but mostly excited," he said. "I want to show the fans in Toronto what kind of pitcher I am."

His agent, Dave Corliss, said six clubs had made offers. "Kenta was impressed by Toronto's young core and by the city itself. Money was important, but it was not the only thing," Corliss said.

Morishita's former catcher in Japan, Yuto Hamada, told Kyodo News that the pitcher's split-finger fastball would "surprise a lot of American hitters".

Morishita is the third Japanese player to move to the major leagues this winter. He is expected to join the Blue Jays for the start of spring training in Florida next month, and the club said he would wear the number 18, the same number he wore in Japan.''',
        [
            ("We are thrilled to welcome Kenta", "Toronto Blue Jays"),
            ("Now the dream is becoming real,", "Kenta Morishita"),
            ("I want to show the fans", "Kenta Morishita"),
            ("Kenta was impressed by Toronto's young", "Dave Corliss"),
            ("surprise a lot of American hitters", "Yuto Hamada"),
        ],
    ),

    # 27 -- Irish jockey suspended (curly quotes); unnamed stewards' report (partials), jockey
    #       told Racing TV, rival rider (woman), trainer "the 61-year-old" (partials)
    (
'''Irish jockey Seán Moriarty has been suspended for 12 days after stewards at Punchestown found him guilty of dangerous riding in a Grade Two novice hurdle on Wednesday.

Moriarty, 24, was judged to have switched his mount, Lough Derg Lad, sharply left approaching the final flight, causing the eventual runner-up, Kilcash Rose, to be badly hampered. The placings were reversed after a stewards’ inquiry lasting almost 20 minutes, and Kilcash Rose was awarded the race.

In their report, the stewards said the jockey had “made no effort to correct his mount” and had shown “a disregard for the safety of another rider”.

Moriarty said he would appeal. “I’ve watched it back ten times and I still don’t see it. My horse jumped left, he’s done it all season, and I was trying to straighten him. Twelve days in the middle of the season is very harsh,” he told Racing TV.

Kilcash Rose’s rider, Niamh Gallagher, said she had been lucky not to fall. “For a second I thought we were both going to hit the deck, so I’m glad the stewards saw it the way I did,” she said.

The trainer of Lough Derg Lad, Paddy Cullinane, backed his jockey. The 61-year-old described the decision as “a disgrace” and said the horse had “a habit of drifting that everyone in the weighroom knows about”.

The appeal will be heard by the Irish Horseracing Regulatory Board next week. Moriarty is free to ride in the meantime and is booked for four mounts at Fairyhouse on Saturday.''',
        [
            ("made no effort to correct his", "~stewards"),
            ("a disregard for the safety of", "~stewards"),
            ("I’ve watched it back ten times", "Seán Moriarty"),
            ("For a second I thought we", "Niamh Gallagher"),
            ("a disgrace", "Paddy Cullinane"),
            ("a habit of drifting that everyone", "Paddy Cullinane"),
        ],
    ),

    # 28 -- Danish league to restart behind closed doors in 2020; league body chief, players'
    #       union (partial) and its director ("warned", told DR), anonymous club doctor,
    #       ministry written answer (partial)
    (
'''Danish Superliga football will resume behind closed doors on 28 May, the league's clubs announced on Thursday, after the government gave the green light for professional sport to return.

The season was suspended in March with ten rounds of regular-season matches and the championship and relegation play-offs still to be played. Matches will be played without spectators, and players will be tested for the coronavirus twice a week.

"This is a great day for Danish football and for everyone who has missed it," said Henrik Møller Sørensen, chief executive of Divisionsforeningen, the association of professional clubs. "We have worked closely with the health authorities, and our protocol is one of the strictest in Europe."

Not everyone shared his enthusiasm. The players' union, Spillerforeningen, said its members had "real concerns" about the short preparation time. The union's director, Lars Kjeldsen, warned of a wave of muscle injuries. "Three weeks of team training after two months at home is simply not enough for the body," he told broadcaster DR.

One Superliga club doctor, speaking on condition of anonymity, told the newspaper Politiken that the protocol had a weak point. "If one player tests positive on a Friday, nobody can tell me what happens to Sunday's match," the doctor said.

The Danish health ministry said in a written answer to questions that the league's plan had been "reviewed and approved by the relevant authorities".

The first match back will be a local derby between Randers and AGF Aarhus, which will be shown live on free-to-air television.''',
        [
            ("This is a great day for", "Henrik Møller Sørensen"),
            ("We have worked closely with the", "Henrik Møller Sørensen"),
            ("real concerns", "Spillerforeningen"),
            ("Three weeks of team training after", "Lars Kjeldsen"),
            ("If one player tests positive on", "~doctor"),
            ("reviewed and approved by the relevant", "Danish health ministry"),
        ],
    ),

    # 29 -- Diamond League high jump; winner, runner-up (partial), winner's mother and coach
    #       (partial immediately followed by a full quote)
    (
'''Ukrainian high jumper Olena Hrytsenko cleared a personal best of 2.01 metres to win the women's high jump at the Golden Gala Diamond League meeting in Rome on Thursday.

The 23-year-old had three failures at 2.03m, which would have equalled the world-leading mark, but said she was delighted with her night's work. "Two metres was always my dream, and today I did it on the first attempt, and then again higher. I am so happy I don't know what to say," Hrytsenko said.

Australian Bethany Cole took second place with 1.97m. Cole, 28, said the wet conditions early in the competition had made the run-up "like an ice rink", and that she had decided to shorten her approach by two strides.

Hrytsenko is coached by her mother, Iryna Hrytsenko, a former national champion, who said the result was "no surprise to us". "Olena has been jumping two metres in training for weeks," she told the Ukrainian website Sport.ua. "We were just waiting for the right evening."

The victory moves the Ukrainian to the top of the Diamond League standings with two meetings remaining before the final in Zurich.

In the men's 400m hurdles, Brazilian Thiago Moreira held off Norway's Eirik Dahl to win in 47.61, the fastest time in the world this year, while Kenya's Faith Chebet won the women's 1500m in a meeting record. The Diamond League moves to Stockholm next week, where Hrytsenko and Cole are both expected to meet again before the world championships in Doha later in the season.''',
        [
            ("Two metres was always my dream,", "Olena Hrytsenko"),
            ("like an ice rink", "Bethany Cole"),
            ("no surprise to us", "Iryna Hrytsenko"),
            ("Olena has been jumping two metres", "Iryna Hrytsenko"),
            ("We were just waiting for the", "Iryna Hrytsenko"),
        ],
    ),

    # 30 -- AFCON qualifier, Namibia v Burundi (curly quotes); coach, scorer, opposing coach
    #       (partial then full), a fan first described then named, unquoted FA statement
    (
'''Namibia kept alive their hopes of qualifying for the Africa Cup of Nations with a 1-0 win over Burundi in Windhoek on Sunday, thanks to a second-half header from defender Petrus Shikongo.

The 29-year-old rose highest to meet a corner from winger Elago Nghipondoka in the 58th minute, and Namibia then survived a late spell of pressure in which goalkeeper Kamati Nangolo saved twice from close range.

“We knew Burundi would sit deep, so set pieces were always going to be important. We worked on that corner routine all week, and I am very proud of the boys,” Namibia coach Johannes Amutenya said.

Shikongo, who plays his club football in South Africa, dedicated the goal to his late father. “This one is for him. He was the one who took me to my first training session,” he said.

Burundi coach Olivier Niyonzima complained about the state of the pitch, which he described as “not acceptable for international football”. “The ball was jumping everywhere and my players could not pass it two metres,” he told reporters.

The Namibia Football Association said in a statement that the pitch had been inspected and passed by a match commissioner before kick-off.

Supporters celebrated long into the night. “We have been waiting for a result like this for years. Now we believe again,” said one fan, Selma Hamutenya, outside the stadium.

Namibia are now second in their qualifying group, one point behind leaders Guinea-Bissau, with two matches to play. They travel to Bissau in March for what could prove a decisive meeting with the group leaders.''',
        [
            ("We knew Burundi would sit deep,", "Johannes Amutenya"),
            ("This one is for him. He", "Petrus Shikongo"),
            ("not acceptable for international football", "Olivier Niyonzima"),
            ("The ball was jumping everywhere and", "Olivier Niyonzima"),
            ("We have been waiting for a", "Selma Hamutenya"),
        ],
    ),
]
STORIES_BB = [
    # 1 -- retiring chemistry teacher; pronoun-only first cue, split quote running over two paragraphs, husband and former pupil, partial quote from principal
    (
'''When Margaret Ellison walked into Room 114 at Harwood High School for the first time in September 1986, the periodic table on the wall still listed 103 elements and the fume hood did not work.

"It still doesn't, if I'm honest. I've been putting in a maintenance request every August for thirty-eight years. I think it's become a kind of tradition," she said last week, standing beside it with a cardboard box of notebooks at her feet.

Ellison, 64, will retire at the end of the term after teaching chemistry to what she estimates is close to 5,000 teenagers. She has outlasted six principals, three renovations and, by her own count, one small fire.

"The fire was not my fault," she added. "The fire was Kevin Marsh's fault, and Kevin Marsh is now a pharmacist, so I suppose it all worked out.

"People ask me what changed over the years, and they expect me to say phones, or attention spans. But the kids haven't changed much at all. A fifteen-year-old who finally understands why salt dissolves in water has exactly the same look on her face now as she did in 1986. That look is the whole job."

Her husband, Tom Ellison, a retired surveyor, said he had long ago stopped counting the evenings she spent marking lab reports at the kitchen table.

"She'd grade until midnight and then get up at five to set up an experiment. I used to joke that I was married to a Bunsen burner," he said.

Principal Dana Whitfield described Ellison as "the conscience of the science department" and said the school had struggled to find a replacement.

"You don't replace someone like Margaret. You just hire somebody and hope they grow into the room," Whitfield said.

Among those who plan to attend her farewell assembly on Friday is Priya Natarajan, who sat in the third row of Room 114 in 2004 and is now a research chemist at a vaccine manufacturer.

"She never once told me I was good at chemistry. She told me I was stubborn, and that stubborn people make good scientists. I have repeated that sentence to every intern I have ever supervised," Natarajan said.

Ellison says she has no grand plans for retirement beyond a vegetable garden and, possibly, a trip to Sweden to see the village of Ytterby, which lent its name to four elements.

"Four elements from one little village. If that doesn't get you excited, I don't know what to tell you. That's the kind of thing I'm going to miss saying out loud to a room full of people who are pretending not to care," she said, shaking her head.''',
        [
            ("It still doesn't, if I'm honest.", "Margaret Ellison"),
            ("The fire was not my fault,", "Margaret Ellison"),
            ("The fire was Kevin Marsh's fault,", "Margaret Ellison"),
            ("She'd grade until midnight and then", "Tom Ellison"),
            ("the conscience of the science department", "Dana Whitfield"),
            ("You don't replace someone like Margaret.", "Dana Whitfield"),
            ("She never once told me I", "Priya Natarajan"),
            ("Four elements from one little village.", "Margaret Ellison"),
        ],
    ),
    # 2 -- drought farmer (curly quotes); "the 58-year-old", quote over two paragraphs, daughter, unnamed neighbour ("the man"), agronomist told the ABC, department partial quote echoed by farmer
    (
'''The dam behind Owen Pritchard’s shearing shed has been dry since March. On a hot afternoon in late spring the 58-year-old walked across its cracked floor, kicking at the clay, and pointed to a rusted star picket that once marked the waterline.

“My father put that in the year I was born. In fifty-eight years I’ve never seen the bottom of this dam. Not once. Now I could park the ute in it,” he said.

Pritchard runs merino ewes on 3,400 hectares west of Coolamon Creek. Since winter he has sold more than half of his 2,000-strong flock, and he is hand-feeding the rest at a cost he puts at A$9,000 a week.

“You do the sums at night, when everybody else is asleep,” he said. “And the sums don’t work. They haven’t worked since July. But you keep feeding them, because the alternative is to sell the bloodlines my grandfather started, and once they’re gone, they’re gone.

“People in the city think drought is a weather event. It isn’t. It’s a slow kind of grief.”

His daughter, Jess Pritchard, 26, moved home from Wagga Wagga in August to help with the feeding. She said her father had stopped sleeping properly.

“Dad won’t say it, but he’s scared. We all are. Mum keeps a list of the neighbours who’ve walked off their places, and it’s getting longer,” she said.

One of those neighbours, who asked not to be named because he is still negotiating with his bank, said he had sold the last of his cattle in September. “There’s nothing left to sell and nothing left to feed them with,” the man said.

Agronomist Clare Hoskins, who advises about 40 farms in the district, said soil moisture readings were the lowest she had recorded in 15 years. She warned that even a wet summer would not quickly fix the problem.

“The subsoil is bone dry to a metre. You could get fifty millimetres tomorrow and most of it would run straight off. It will take a season, maybe two, of decent rain before these paddocks come back,” Hoskins told the ABC.

The state Department of Primary Industries said in a statement that drought assistance had been extended to another 14 local government areas and that freight subsidies for fodder would be “reviewed as a matter of urgency.”

Pritchard was unimpressed. “Reviewed? We’ve been reviewed to death,” he said flatly.

As the sun dropped, he climbed back into the ute and drove to the haystack to start the evening run. “Somebody’s got to feed them. Might as well be me,” he said.''',
        [
            ("My father put that in the", "Owen Pritchard"),
            ("You do the sums at night,", "Owen Pritchard"),
            ("And the sums don’t work.", "Owen Pritchard"),
            ("Dad won’t say it, but he’s", "Jess Pritchard"),
            ("There’s nothing left to sell and", "~neighbour"),
            ("The subsoil is bone dry to", "Clare Hoskins"),
            ("reviewed as a matter of urgency.", "Department of Primary Industries"),
            ("Reviewed? We’ve been reviewed to death,", "Owen Pritchard"),
            ("Somebody’s got to feed them. Might", "Owen Pritchard"),
        ],
    ),
    # 3 -- paediatric heart surgeon profile; split quote, two-paragraph quote with cue at the end, male colleague, mother partial quote, "told the Gazette", spokesperson without direct quote
    (
'''At 6:40 on a Tuesday morning, Dr. Amara Okafor is already in scrubs, eating a banana over a sink in the surgeons' lounge at St. Brendan's Children's Hospital. In a little under an hour she will open the chest of a four-month-old boy whose heart is roughly the size of a walnut.

"People imagine it's dramatic," Okafor said between bites. "It's not. If it's dramatic, something has gone wrong. The best operations are boring. You want boring. I'm a very boring person in theatre."

Okafor, 47, is one of only a handful of surgeons in the country trained to perform the arterial switch operation on newborns, a procedure that moves the two great arteries of the heart back to where they belong. Since arriving at St. Brendan's three years ago, she has performed 61 of them. All 61 children survived.

She is quick to reject credit for that number.

"There are twenty-two people in that room and I'm the one holding the scissors, so I get the headlines. But the perfusionist keeps the baby alive while the heart is stopped. The anaesthetist is managing things I couldn't begin to manage. The nurses in intensive care are the ones who actually get these kids home. I'm a link in a chain.

"If you want to write about someone, write about them," she said.

Dr. Felix Brandt, the anaesthetist who has worked alongside her on most of those operations, laughed when told what she had said.

"She says that every time. It's true and it isn't. We're a team, yes. But there's a reason families drive six hours to see her. She has hands that don't hesitate," Brandt said.

Okafor grew up in Enugu, Nigeria, the daughter of a schoolteacher and a pharmacist, and came to London to train at 24. She still remembers, she said, the first time she held a child's heart in her hand as a junior doctor.

"It was beating. I remember thinking, this is the most fragile thing I will ever touch. I still think that. Every single time," she said quietly.

For Leah Sandoval, whose daughter Rosa had the switch operation at nine days old, the surgeon is "simply the reason my kid is alive."

"She sat with us the night before and drew the heart on a napkin. Rosa is two now. She screams the house down. Every time she does, I think of that napkin," Sandoval told the Gazette.

A spokesperson for St. Brendan's said the hospital was seeking funding to train two more surgeons in the procedure, noting that waiting times for complex cardiac cases had grown by 30 percent in two years.

By 7:30 Okafor had scrubbed in. Asked whether she still gets nervous, she paused. "Nervous, no. Careful, always," she said.''',
        [
            ("People imagine it's dramatic,", "Amara Okafor"),
            ("It's not. If it's dramatic, something", "Amara Okafor"),
            ("There are twenty-two people in that", "Amara Okafor"),
            ("She says that every time. It's", "Felix Brandt"),
            ("It was beating. I remember thinking,", "Amara Okafor"),
            ("simply the reason my kid is", "Leah Sandoval"),
            ("She sat with us the night", "Leah Sandoval"),
            ("Nervous, no. Careful, always,", "Amara Okafor"),
        ],
    ),
    # 4 -- Sudanese refugee family in small Canadian town (curly quotes); father and son both male with "his father ... he said", wife speaking in English, two-paragraph quote, sponsor, mayor partial quote, surname shared by father and son
    (
'''When Ibrahim Adam stepped off the bus in Kelso Falls in February, the temperature was minus 28 and he was wearing sandals.

“Nobody told us. In Khartoum, cold is when you need a second blanket. Here, cold is when your eyelashes freeze. I thought my face would fall off,” he said, laughing now at the memory.

Adam, 41, his wife, Hawa Musa, and their three children fled Sudan’s capital in the spring of 2023 after fighting reached their neighbourhood. They spent 14 months in a camp in eastern Chad before a church-based sponsorship group in this town of 3,200 people agreed to bring them to Canada.

He speaks carefully about those months, choosing each word.

“We left with what we could carry, which was not much,” he said. “My mother stayed. She said she was too old to walk. We have not heard from her since October. Every morning I check my phone, and every morning there is nothing.

“But I must be honest with you. I cannot think about it all day, or I will not be able to work, and if I do not work, my children do not eat. So I put it in a box. At night I open the box.”

He now works the early shift at a meat-processing plant twenty minutes down the highway. Musa is taking English classes three mornings a week at the public library.

“The teacher is very patient. She says I should talk more. But I am shy to make mistakes,” she said, in careful English, before switching to Arabic and turning to her eldest son for help.

That son, Yusuf Adam, 12, has become the family’s unofficial interpreter and, by his own account, its best hockey player.

“I’m not good yet, but I’m better than my dad,” Yusuf said.

His father did not dispute this. “It is true. I fall down. He does not fall down. It is very embarrassing for me,” he said.

Ruth Lindqvist, a retired nurse who chairs the sponsorship committee, said the town had raised just over C$38,000 to support the family through their first year, much of it from bake sales and a curling bonspiel.

“Some people thought we were crazy, a little town like this taking in a family from Sudan. But honestly, they’ve given us more than we’ve given them. The whole congregation has changed,” Lindqvist said.

Mayor Doug Ferrier called the family “part of the fabric of Kelso Falls now” and said the town was exploring a second sponsorship.

Asked what he hoped for, Adam was quiet for a long time.

“A letter from my mother, and a house with a garden. In that order,” he said finally.''',
        [
            ("Nobody told us. In Khartoum, cold", "Ibrahim Adam"),
            ("We left with what we could", "Ibrahim Adam"),
            ("My mother stayed. She said she", "Ibrahim Adam"),
            ("The teacher is very patient. She", "Hawa Musa"),
            ("I’m not good yet, but I’m", "Yusuf Adam"),
            ("It is true. I fall down.", "Ibrahim Adam"),
            ("Some people thought we were crazy,", "Ruth Lindqvist"),
            ("part of the fabric of Kelso", "Doug Ferrier"),
            ("A letter from my mother, and", "Ibrahim Adam"),
        ],
    ),
    # 5 -- glassworks closure; company statement (partial + "the statement said"), worker later "the 52-year-old", union official told Reuters, minister posted on X / "she wrote", woman known only by first name
    (
'''Workers at the Ardmore glassworks learned on Monday that the factory, which has operated on the banks of the River Tay for 112 years, will close in March with the loss of 340 jobs.

Halvorsen Glass, the Norwegian company that bought the site in 2011, said in a statement that rising energy costs had made the plant "no longer commercially viable" and that production would move to its facilities in Poland and Portugal.

"This decision was not taken lightly. We recognise the profound impact it will have on our colleagues and on the wider Ardmore community, and we are committed to supporting them through this transition," the statement said.

Gordon McAllister, who has worked on the furnaces for 27 years, heard the news in the canteen at the start of the early shift.

"They read it off a sheet of paper. Didn't look up once. My dad worked here. My granddad worked here. There were men crying in that canteen this morning who I've never seen so much as blink," McAllister said.

The 52-year-old said he had no idea what he would do next. "There's nothing else here. That's the truth of it. This is the town," he said.

Fiona Dunbar, regional organiser for the Unite union, told Reuters the company had given staff "no warning whatsoever" and accused it of using energy prices as cover for a decision taken long ago.

"They've been moving orders to Poland for two years. Everyone on the floor could see it. We'll be demanding to see the books," Dunbar said.

Scotland's economy secretary, Kirsty Baird, posted on X that she would meet company executives this week. "Every option to keep glassmaking in Ardmore must be on the table," she wrote.

A spokesperson for Halvorsen declined to say whether the company had approached potential buyers for the site.

In the car park, a woman who gave her name only as Sandra, whose husband and son both work at the plant, was blunter. "Two wages gone in one morning. Tell me how we're meant to pay a mortgage on that," she said.''',
        [
            ("no longer commercially viable", "Halvorsen Glass"),
            ("This decision was not taken lightly.", "Halvorsen Glass"),
            ("They read it off a sheet", "Gordon McAllister"),
            ("There's nothing else here. That's the", "Gordon McAllister"),
            ("no warning whatsoever", "Fiona Dunbar"),
            ("They've been moving orders to Poland", "Fiona Dunbar"),
            ("Every option to keep glassmaking in", "Kirsty Baird"),
            ("Two wages gone in one morning.", "Sandra"),
        ],
    ),
    # 6 -- elderly beekeeper; "the 71-year-old explained", split quote running over two paragraphs, granddaughter called by first name, scientist via "according to", final "she said" after narration
    (
'''Ingrid Solberg keeps her bees the way her mother did: in white-painted wooden hives lined up along a south-facing stone wall, each with a name chalked on its lid. There is Agnes, there is Big Bertha, and there is one called simply Trouble.

"Trouble stings," the 71-year-old explained, lifting the lid with a bare hand. "Every hive has a personality. People think I'm a sentimental old woman when I say that, and maybe I am, but ask any beekeeper who's been at it more than ten years and they'll tell you the same.

"These ones are calm. Those ones at the end are nervous. They've always been nervous, even when I requeen them. It's in the colony somehow. I don't pretend to understand it."

Solberg has kept bees on this smallholding outside the village of Thornbury Cross for 52 years. This year, for the first time, she lost more than half her colonies over the winter, a collapse she blames on a wet spring and varroa mites.

She does not hide how much it hurt. "I went out in April and opened them one by one. Dead. Dead. Dead. You stand there with the smoker in your hand and you just don't know what to do with yourself. I sat down on that wall and cried like a child," she said.

Her granddaughter, Mia Solberg-Hart, 19, has since taken on much of the heavy lifting. "She won't admit she can't lift a full super anymore, so I just turn up on Saturdays and pretend I'm passing," Mia said.

Winter losses on this scale are increasingly common, according to Dr. Samuel Achterberg, an entomologist at the University of Bristol who studies honeybee health. He said beekeepers in Britain had reported average losses of around 20 percent last winter, with some regions far higher.

"What we're seeing is a stacking of stresses. Mites, the viruses the mites carry, poor forage, erratic weather. A colony can usually survive any one of them. All of them together, and you get what Mrs. Solberg saw in April," Achterberg said.

Solberg has restocked with four new colonies bought from a breeder in Devon. She has not yet chalked names on their lids.

"I'm waiting to see who they are. You can't name someone before you've met them," she said.''',
        [
            ("Trouble stings,", "Ingrid Solberg"),
            ("Every hive has a personality. People", "Ingrid Solberg"),
            ("I went out in April and", "Ingrid Solberg"),
            ("She won't admit she can't lift", "Mia Solberg-Hart"),
            ("What we're seeing is a stacking", "Samuel Achterberg"),
            ("I'm waiting to see who they", "Ingrid Solberg"),
        ],
    ),
    # 7 -- embezzlement sentencing (curly quotes); judge partial + split quote, two women lawyers in turn ("She said" = defence lawyer), defendant, mayor told reporters, council statement
    (
'''A former town treasurer who siphoned more than $410,000 from a fund meant to repair the town’s water mains was sentenced on Thursday to four years in prison.

Janet Corwin, 59, pleaded guilty in March to 11 counts of theft and forgery related to her 14 years managing the finances of Milbrook, a town of 6,000 in the north of the state.

Judge Harriet Vance told Corwin that she had “betrayed the people who trusted you most” and that the sentence had to reflect the damage done to public confidence.

“This was not a moment of weakness,” Vance said from the bench. “This was a sustained, careful deception carried out over more than a decade, while residents were told there was no money to fix the pipes under their own streets.”

Assistant District Attorney Lena Morales had asked for six years. She told the court Corwin had spent the money on a lakeside cabin, two cars and a series of cruises.

“She took vacations while families in the Riverside neighbourhood boiled their drinking water,” Morales said.

Corwin’s lawyer, Patricia Nolan, argued that her client had been struggling with a gambling addiction and had begun repaying the money before she was caught. She said Corwin was “profoundly ashamed.”

“She has lost her home, her marriage and her reputation. She will carry this for the rest of her life,” Nolan told the judge.

Corwin herself spoke briefly. “I am so sorry. I have no excuse. I let everyone down,” she said, her voice breaking.

Outside the courthouse, Milbrook’s current mayor, Robert Hale, told reporters that the town had so far recovered about $160,000 through the sale of Corwin’s assets.

“It doesn’t make us whole, but it’s a start. The bigger job is rebuilding trust. People want to know that what happened can never happen again,” Hale said.

The Milbrook Town Council said in a statement that it had since introduced dual sign-off for all payments over $5,000 and commissioned an independent audit. “Residents deserve complete transparency,” the statement said.''',
        [
            ("betrayed the people who trusted you", "Harriet Vance"),
            ("This was not a moment of", "Harriet Vance"),
            ("This was a sustained, careful deception", "Harriet Vance"),
            ("She took vacations while families in", "Lena Morales"),
            ("profoundly ashamed.", "Patricia Nolan"),
            ("She has lost her home, her", "Patricia Nolan"),
            ("I am so sorry. I have", "Janet Corwin"),
            ("It doesn’t make us whole, but", "Robert Hale"),
            ("Residents deserve complete transparency,", "Milbrook Town Council"),
        ],
    ),
    # 8 -- retiring ferry captain; two-paragraph quote with cue at the very end, two men in turn ("he shrugged ... he said" = mate, "Eriksen ... he said"), operator statement partial, unnamed passenger
    (
'''For 31 years, Captain Lars Eriksen has made the same crossing: 22 nautical miles from the mainland harbour at Bramhope to the island of Skerrin, four times a day in summer and twice a day in winter, in weather that has on occasion made seasoned fishermen seasick.

On Sunday he will make it for the last time.

"I've done the sums. It's something like forty thousand crossings, and I could count on two hands the ones I'd rather forget. The sea's been good to me. Mostly.

"There was a night in January 1998 when we had a woman in labour on board and a force nine coming in from the west. I won't pretend I wasn't frightened. But the baby waited until we were tied up. She's a schoolteacher on the island now. She still sends me a Christmas card," Eriksen said from the wheelhouse of the MV Skerrin Lass, one hand resting on the throttle.

His first mate for the past decade, Callum Reid, said the crew could hardly imagine the boat without him. "He knows every rock between here and Skerrin by its first name. I've seen him bring her in through fog you couldn't see your hand in, and he didn't even raise his voice," Reid said.

Reid, 38, will not be taking over as master; the operator, Western Isles Ferries, has appointed a captain from its mainland fleet. Asked whether he minded, he shrugged. "I'm not ready. He'd tell you the same," he said.

Eriksen, told of the comment, smiled. "He's more ready than he thinks. Give him five years," he said.

Western Isles Ferries said in a statement that Eriksen had been "the steady hand at the heart of the Skerrin service" and that islanders would be invited to a farewell reception at the harbour.

On the morning crossing, a passenger who has made the journey every week for 20 years to visit her mother on Skerrin said she could not picture the boat without him. "You get on, you see him up there, and you know you'll get across. That's all you want from a ferry," she said.

Eriksen plans to stay on the mainland, within sight of the harbour. "I'll watch them come in, and I'll criticise every single docking," he said.''',
        [
            ("I've done the sums. It's something", "Lars Eriksen"),
            ("He knows every rock between here", "Callum Reid"),
            ("I'm not ready. He'd tell you", "Callum Reid"),
            ("He's more ready than he thinks.", "Lars Eriksen"),
            ("the steady hand at the heart", "Western Isles Ferries"),
            ("You get on, you see him", "~passenger"),
            ("I'll watch them come in, and", "Lars Eriksen"),
        ],
    ),
    # 9 -- wildfire evacuation; fire chief told reporters (split quote), evacuee, anonymous firefighter, governor posted on Facebook / "she wrote"
    (
'''Hundreds of residents of the foothill community of Pine Hollow were ordered to leave their homes on Wednesday night as a wind-driven wildfire jumped a highway and pushed toward the town's eastern edge.

The Tamarack Fire had burned more than 6,200 acres by Thursday morning and was 5 percent contained, according to the county fire department.

"We had gusts of fifty miles an hour coming down the canyon, and once it crossed Route 9 there was nothing between it and those houses but dry grass," Fire Chief Ray Delgado told reporters at a morning briefing. "I'm asking people, please: when we say go, go."

At least 14 structures had been destroyed, Delgado said, though crews had not yet been able to reach parts of the fire zone to assess the damage.

Marisol Ortega, 63, left with her two dogs, her medications and a shoebox of photographs. She spent the night watching the glow from a church parking lot in the neighbouring town of Alder.

"I've lived up there since 1989 and I've been evacuated three times. This is the first time I've thought I won't have a house to go back to. You could hear it. It sounded like a train," she said.

One firefighter at the scene, who was not authorised to speak publicly, said crews had been forced to pull back from several streets. "We lost a few we thought we could hold," he said.

Governor Alicia Crane posted on Facebook that she had approved emergency funding and requested federal assistance. "To everyone in Pine Hollow: follow evacuation orders, look after your neighbours, and know that we have your back," she wrote.

Forecasters said winds were expected to ease by Friday. An evacuation centre has been set up at Alder High School, where volunteers handed out blankets and coffee through the night.''',
        [
            ("We had gusts of fifty miles", "Ray Delgado"),
            ("I'm asking people, please: when we", "Ray Delgado"),
            ("I've lived up there since 1989", "Marisol Ortega"),
            ("We lost a few we thought", "~firefighter"),
            ("To everyone in Pine Hollow: follow", "Alicia Crane"),
        ],
    ),
    # 10 -- free boxing gym coach (curly quotes); said-before-name cue with long description, two-paragraph quote with cue at end, teenage boxer and coach (both male) in turn, mother sharing boxer's surname
    (
'''The gym sits above a tyre shop on Carver Street, up a flight of concrete stairs that smell of rubber and liniment. There is no sign outside. Everyone who needs to find it, Desmond Achebe says, already knows where it is.

“I’ve never advertised. Not once in nineteen years. The kids bring their cousins. The cousins bring their friends. Sometimes a mum drags somebody up those stairs by the ear. That’s my marketing department,” said Achebe, 56, who opened the Carver Street Boxing Club with his own savings after retiring from the ring.

The club charges nothing. Achebe covers the rent with a part-time job driving a delivery van and with donations from former members, some of whom now run businesses of their own.

He is blunt about why he does it. “When I was fourteen, I was about six months from prison. A man called Leonard Boyce put a pair of gloves on me and told me I had a choice. I’ve been trying to pay him back ever since. He’s dead now, so I pay it forward instead.

“I don’t care if they ever win a fight. Most of them won’t. I care that they turn up on Tuesday and Thursday at six, and that they look me in the eye when they talk to me,” he said.

Among those who turn up is Marcus Flynn, 17, who won a regional junior title in March. He started coming to the gym at 13, after being excluded from school for fighting.

“I was angry all the time. I didn’t even know what about. Des doesn’t let you be angry in here. You can be tired, you can be hurt, but if you bring attitude through that door he sends you home. He sent me home like fifteen times,” Flynn said.

Achebe laughed at that. “Sixteen. I kept count,” he said.

Flynn’s mother, Denise Flynn, said she had been close to giving up on her son before he found the gym. “That man gave me my boy back. I don’t know how else to say it,” she said.

The city council has offered the club a free lease in a community centre across town. Achebe has not decided whether to take it.

“It’s a nicer room, but this is where they know to come,” he said.''',
        [
            ("I’ve never advertised. Not once in", "Desmond Achebe"),
            ("When I was fourteen, I was", "Desmond Achebe"),
            ("I was angry all the time.", "Marcus Flynn"),
            ("Sixteen. I kept count,", "Desmond Achebe"),
            ("That man gave me my boy", "Denise Flynn"),
            ("It’s a nicer room, but this", "Desmond Achebe"),
        ],
    ),
    # 11 -- start-up layoffs; CEO memo partial quotes + "wrote" split, anonymous engineer on LinkedIn, analyst told Bloomberg with cue after the quote, company spokesperson
    (
'''Brightloop, the London-based grocery delivery start-up that was valued at more than $1 billion two years ago, is cutting about 40 percent of its workforce and pulling out of three European markets, its chief executive told staff on Tuesday.

The company, founded in 2020 at the height of the pandemic, promised doorstep deliveries in 15 minutes and expanded to 11 cities in its first 18 months, backed by more than $400 million in venture funding.

In a memo seen by this newspaper, co-founder and chief executive Tomasz Wrobel wrote that the company had "grown faster than the market could sustain" and needed to "get back to fundamentals."

"I take full responsibility for the decisions that brought us here," Wrobel wrote. "These are talented people who did nothing wrong, and I am deeply sorry that we are asking them to leave."

About 620 employees will be affected, mostly in Germany, the Netherlands and France, where Brightloop will close its warehouses by the end of next month.

One of them, a software engineer in Berlin, posted on LinkedIn that she had learned of her dismissal when her laptop was locked in the middle of a meeting. "Twenty minutes' notice and an automated email, after three years. I hope the fundamentals are worth it," she wrote.

Analysts said the cuts came as no surprise. "Quick commerce was built on cheap money. The money isn't cheap anymore, and the unit economics never worked without it," Sofia Lindgren, a retail analyst at Hartwell Securities, told Bloomberg.

A Brightloop spokesperson said the company expected to reach profitability in its remaining markets, Britain and Ireland, by the end of next year. "We are confident in the path ahead," the spokesperson said.''',
        [
            ("grown faster than the market could", "Tomasz Wrobel"),
            ("get back to fundamentals.", "Tomasz Wrobel"),
            ("I take full responsibility for the", "Tomasz Wrobel"),
            ("These are talented people who did", "Tomasz Wrobel"),
            ("Twenty minutes' notice and an automated", "~engineer"),
            ("Quick commerce was built on cheap", "Sofia Lindgren"),
            ("We are confident in the path", "Brightloop"),
        ],
    ),
    # 12 -- rural nurse practitioner (curly quotes); split quote continuing over two paragraphs, elderly patient, health service spokeswoman partial quote, "she laughed ... she said"
    (
'''Bernadette Quigley’s clinic is a converted post office at the end of the only street in Dunmore Gap, and on Wednesdays it is the busiest building in the valley.

By nine in the morning there are eleven people in the waiting room. Some have driven forty minutes. One man has brought a sheepdog, which lies obediently under his chair.

“Wednesday is my day here, and the other four days I’m spread across three other villages,” said Quigley, a nurse practitioner who has worked in the valley for 23 years. “When I started, there was a doctor in Dunmore Gap and another in Kilbride. Now the nearest GP is in Castlebar, and you might wait three weeks to see him.

“So people come to me with everything. Blood pressure, chest infections, a cut hand, a marriage falling apart. I’m not a counsellor, but I’m who they’ve got. You learn to listen very carefully, because often the thing they came in about isn’t the thing they came in about.”

The man with the sheepdog is Michael Tierney, 81, a retired sheep farmer with a heart condition. He has been seeing Quigley for almost as long as she has been in the valley.

“If it wasn’t for Bernie I’d be above in the graveyard. She caught the heart thing. The doctors in Galway said after, if she hadn’t sent me in that day I’d have been gone by the weekend,” Tierney said cheerfully.

Quigley is 61 and has no obvious successor. The regional health authority has advertised a second nurse practitioner post for the valley twice in two years without filling it.

A spokeswoman for the Health Service Executive said recruitment to rural posts was “a significant challenge nationally” and that the position would be readvertised with an enhanced relocation package.

Quigley is sceptical. “Money won’t do it on its own. You need somebody who wants to live here, who doesn’t mind the roads in winter and doesn’t mind that everybody will know their business. That’s a particular kind of person,” she said.

Asked whether she was that kind of person, she laughed. “I must be. I’m still here,” she said.''',
        [
            ("Wednesday is my day here, and", "Bernadette Quigley"),
            ("When I started, there was a", "Bernadette Quigley"),
            ("If it wasn’t for Bernie I’d", "Michael Tierney"),
            ("a significant challenge nationally", "Health Service Executive"),
            ("Money won’t do it on its", "Bernadette Quigley"),
            ("I must be. I’m still here,", "Bernadette Quigley"),
        ],
    ),
    # 13 -- council vote on rail-yard housing; two men in turn (mayor and councillor), one-word partial quote "reckless", split quote, "He continued:", partial quote in accusation, company one-word partial
    (
'''A plan to turn a disused railway yard in the centre of Harlow Bridge into 900 homes and a public park passed its first council vote on Tuesday night, after a three-hour debate that at times descended into shouting. About 150 residents packed the public gallery, and the chair twice threatened to clear the room.

Mayor Victor Ames, who has championed the project since his election last year, hailed the 7-4 vote as a turning point for the city.

"For twenty years that yard has been a fenced-off wasteland in the middle of downtown. We have families on waiting lists for housing and we have sixty acres of gravel. This is not complicated," Ames said after the meeting.

Councillor Neil Brandon, who led the opposition, described the plan as "reckless" and said the city had not done enough to assess contamination left by a century of diesel locomotives.

"Nobody is against housing," Brandon said. "But we are being asked to approve homes for nine hundred families on soil that, according to the city's own consultants, has not been fully tested. If something goes wrong, it won't be the mayor living there."

He continued: "I have asked three times for the full environmental report. I'm still waiting."

Ames dismissed the criticism. He said the testing would be completed before any building permits were issued and accused Brandon of "playing politics with people's homes."

The project still requires a second vote and approval from the regional planning authority. Westline Developments, the company selected to build it, said in a statement it was "delighted" with the outcome.''',
        [
            ("For twenty years that yard has", "Victor Ames"),
            ("reckless", "Neil Brandon"),
            ("Nobody is against housing,", "Neil Brandon"),
            ("But we are being asked to", "Neil Brandon"),
            ("I have asked three times for", "Neil Brandon"),
            ("playing politics with people's homes.", "Victor Ames"),
            ("delighted", "Westline Developments"),
        ],
    ),
    # 14 -- Vietnamese restaurant closing (curly quotes); split quote running over two paragraphs, son sharing surname ("Nguyen says she" = mother), regular customer, property company partial quote
    (
'''For forty years the kitchen at Saigon Rose has opened at five in the morning, when Thu Nguyen begins the broth.

It takes fourteen hours. Beef bones, charred onion, ginger, star anise and a piece of cinnamon bark from the same supplier in Cabramatta she has used since 1984. On Saturday she will make it for the last time.

“My hands are tired,” said Nguyen, 72, sitting at the corner table nearest the kitchen door during a rare quiet hour. “My back is tired. My feet, you don’t want to know about my feet. But my heart is not tired. My heart would keep going another forty years if the rest of me would let it.

“When I came here I had two children, one suitcase and no English. This restaurant taught me English. Every customer was a lesson. They would point at a dish and ask what it was, and I would have to find the word.”

Her son, Daniel Nguyen, 49, who has worked front of house since he was a teenager, said the decision to close had been his mother’s alone.

“I offered to take it over. My sister offered. She said no. She said the restaurant was hers and it should finish with her. I think she’s right, actually. It wouldn’t be the same without her in the kitchen, and everybody would know it,” he said.

Word of the closure has brought queues down the block. Among those waiting on Tuesday was Graham Pell, 67, who said he had eaten at Saigon Rose roughly once a week since 1986.

“I proposed to my wife at table six. We’ve had every anniversary here. I don’t know where we’ll go now. Probably nowhere. Probably we’ll just sit at home and be sad,” Pell said.

The building’s owner, Castlereagh Property Group, said in a statement that it had “enjoyed a long and positive relationship” with the family and had no immediate plans for the site.

Nguyen says she plans to sleep in. Then she will cook for her grandchildren.

“Smaller pot. Much smaller pot,” she said, holding her hands a little apart.''',
        [
            ("My hands are tired,", "Thu Nguyen"),
            ("My back is tired. My feet,", "Thu Nguyen"),
            ("I offered to take it over.", "Daniel Nguyen"),
            ("I proposed to my wife at", "Graham Pell"),
            ("enjoyed a long and positive relationship", "Castlereagh Property Group"),
            ("Smaller pot. Much smaller pot,", "Thu Nguyen"),
        ],
    ),
    # 15 -- Antarctic glaciologist by satellite phone; "she explained" split quote over two paragraphs, female deputy (two women), nickname-free, survey statement partial quote
    (
'''From a tent on the Thwaites Glacier, more than 1,500 kilometres from the nearest permanent research station, Dr. Hannah Kowalczyk is speaking over a satellite phone with a two-second delay and a wind that drowns out every third word.

"It's minus twenty-two and that's a warm day. We had a storm last week that kept us in the tents for four days. You play a lot of cards," she said, laughing.

Kowalczyk, 39, a glaciologist at the University of Cambridge, is leading a team of six drilling through more than 700 metres of ice to reach the point where the glacier meets the sea floor. The measurements they take there, she said, could sharpen forecasts of how quickly Thwaites will retreat.

"What we care about is the grounding line, the place where the ice lifts off the bed and starts to float," she explained. "Warm ocean water is getting in underneath and melting it from below. We know that's happening. What we don't know well enough is how fast, and whether it speeds up in a way that's hard to reverse.

"I try not to be dramatic about it, because scientists who are dramatic get ignored. But I'll say this: what happens here matters for every coastal city on Earth. That isn't an exaggeration. It's just geography."

Her deputy on the expedition, Dr. Ama Mensah, an oceanographer from the University of Ghana, said the days were long and the work relentless. "We drill for eighteen hours, we sleep, we drill again. Hannah sets the pace. Nobody complains, because she's always the first one out of the tent," Mensah said.

Asked about that, Kowalczyk laughed again. "That's because I can't sleep. It's light twenty-four hours a day, and my body has no idea what's going on," she said.

The British Antarctic Survey, which is coordinating logistics for the project, said in a statement that the team was expected to return to Rothera station in late January, "weather permitting."''',
        [
            ("It's minus twenty-two and that's a", "Hannah Kowalczyk"),
            ("What we care about is the", "Hannah Kowalczyk"),
            ("Warm ocean water is getting in", "Hannah Kowalczyk"),
            ("We drill for eighteen hours, we", "Ama Mensah"),
            ("That's because I can't sleep. It's", "Hannah Kowalczyk"),
            ("weather permitting.", "British Antarctic Survey"),
        ],
    ),
    # 16 -- non-league football promotion (curly quotes); "said manager X" after long quote, captain, partial quote, "he said" carried from narration, chairman, unnamed supporter
    (
'''Nobody at Fenwick Town can quite remember the last time the club was promoted. The chairman thinks it was 1973. The groundsman insists it was 1971. Either way, on Saturday afternoon a 2-1 win away at Halsey Rovers ended a wait of more than half a century.

“I’ve been doing this job for six years and I’ve never cried at a football match before. I cried today. I’m not ashamed of it. Look at these lads. Look what they’ve done,” said manager Steve Okonjo, 44, a former PE teacher who took over when the club was bottom of the league.

The winning goal came in the 87th minute from captain Liam Rafferty, a 31-year-old plasterer who has played for Fenwick since he was 16.

“I didn’t even see it go in. I just heard the noise. Then I was at the bottom of a pile of about nine people and somebody was standing on my hand. Best moment of my life. Don’t tell my wife I said that,” Rafferty said.

Okonjo said the promotion was the product of years of work off the pitch as much as on it. He described the squad, which is entirely unpaid, as “the most committed group of people I’ve ever met.”

“These lads train on a Tuesday night after a full day on a building site, or in a warehouse, or driving a lorry. They pay their own subs. Nobody gets a penny. And they turn up every week in the rain on a pitch that’s half mud. You can’t coach that. That comes from them,” he said.

Chairman Brian Holloway, 78, said the club would now need to upgrade its floodlights and add covered seating to meet the requirements of the higher division, at an estimated cost of £60,000. “We’ll find it. We always do. Raffles, quiz nights, whatever it takes,” he said.

One supporter, wrapped in a flag older than most of the players, said he had waited his whole life for the day. “My dad brought me to my first game in 1958. He’d have loved this. I wish he could have seen it,” he said.''',
        [
            ("I’ve been doing this job for", "Steve Okonjo"),
            ("I didn’t even see it go", "Liam Rafferty"),
            ("the most committed group of people", "Steve Okonjo"),
            ("These lads train on a Tuesday", "Steve Okonjo"),
            ("We’ll find it. We always do.", "Brian Holloway"),
            ("My dad brought me to my", "~supporter"),
        ],
    ),
    # 17 -- village flood; resident with cue after long quote, unattributed sign (None), anonymous shop owner, agency partial quote then named manager told BBC, council with no direct quote
    (
'''The water has gone from the high street in Ellerby, but the smell has not. Three days after the River Ouse burst its banks, residents were dragging sodden carpets, sofas and kitchen cabinets onto the pavement, where they formed a long, dripping wall outside almost every house.

"Everything below the windowsill is finished. Forty years of stuff. My husband's chair. The kids' school reports, which I kept in the sideboard like an idiot. You think the bottom drawer's the safe place. It isn't," said Judith Barraclough, 67, standing in what had been her living room.

Barraclough said the water had risen faster than anyone expected, reaching the top of her front step within an hour of the first flood warning on Sunday evening. She spent the night upstairs with her neighbour's two cats.

At the Ship Inn on the corner, a handwritten sign taped to the door read: "Closed. Not forever. Just for now."

The owner of the village shop, who did not want to be named, said his insurer had told him it could be six weeks before an assessor visited. "Six weeks with no income. I'll be lucky if I'm still here by then," he said.

The Environment Agency said it had issued warnings "as early as the data allowed," but acknowledged that the river had peaked higher than its models predicted. Caroline Wendt, the agency's area flood manager, told BBC Look North that defences upstream had been overtopped in several places.

"We will be looking very carefully at what happened here and whether the defences need to be raised. I understand how angry people are. I would be angry too," Wendt said.

North Yorkshire Council said 112 homes had been flooded in Ellerby and the neighbouring hamlet of Skelby, and that emergency grants of £500 per household would be available from Friday.

Back on the high street, Barraclough was unconvinced. "Five hundred pounds won't buy me a carpet," she said.''',
        [
            ("Everything below the windowsill is finished.", "Judith Barraclough"),
            ("Closed. Not forever. Just for now.", None),
            ("Six weeks with no income. I'll", "~owner"),
            ("as early as the data allowed,", "Environment Agency"),
            ("We will be looking very carefully", "Caroline Wendt"),
            ("Five hundred pounds won't buy me", "Judith Barraclough"),
        ],
    ),
    # 18 -- violin maker in Cremona (curly quotes); "he explained" split quote over two paragraphs, apprentice laughs, violinist told the Guardian partial + "She added:"
    (
'''In a workshop the size of a garden shed at the back of his house in Cremona, Paolo Ferraresi is scraping the inside of a violin belly with a blade no wider than a fingernail. He has been at it for forty minutes. To an outsider, nothing appears to have changed.

“Two tenths of a millimetre, maybe less. You can’t see it, but you will hear it. Everything in this job is things you can’t see that you will hear,” he said, holding the wood up to the window so the light glowed through it.

Ferraresi, 68, has made 212 violins, 31 violas and nine cellos since he opened his workshop in 1979. His instruments are played in orchestras in Vienna, Tokyo and Buenos Aires, and the waiting list is roughly four years long.

He talks about them almost as if they were people. “A violin is born twice,” he explained. “Once when I finish it, and once when someone plays it for ten years and it opens up. The first birth is mine. The second belongs to the musician. I only make half of a violin, really.

“People ask me about the varnish, about secret recipes. There is no secret. There is only patience and good wood and not being in a hurry. Young makers are always in a hurry.”

One of those young makers is his apprentice, Chiara Bellini, 27, who has worked beside him for four years. She laughed when his comment was translated for her.

“He tells me every day I’m in a hurry. Every day. Even when I’ve been sanding the same rib for three hours,” she said.

The Dutch violinist Marieke van Dam, who has played a Ferraresi instrument since 2009, told the Guardian that it had “a voice that gets darker and warmer every year.” She added: “It sounds different now than when I bought it. Better. It has grown up with me.”

Ferraresi has no plans to stop. “When my hands shake, I stop. They don’t shake yet,” he said.''',
        [
            ("Two tenths of a millimetre, maybe", "Paolo Ferraresi"),
            ("A violin is born twice,", "Paolo Ferraresi"),
            ("Once when I finish it, and", "Paolo Ferraresi"),
            ("He tells me every day I’m", "Chiara Bellini"),
            ("a voice that gets darker and", "Marieke van Dam"),
            ("It sounds different now than when", "Marieke van Dam"),
            ("When my hands shake, I stop.", "Paolo Ferraresi"),
        ],
    ),
    # 19 -- adoptee meets birth mother; two women in turn, "the woman" introduced then named, "Whitlock ... she said" after Harker mentioned, DNA company spokesperson partial, "she asked"
    (
'''For most of her life, Karen Whitlock knew only three things about the woman who gave birth to her: she was 17, she was from somewhere in County Durham, and she had asked that her daughter be given the middle name Rose.

Last month, 52 years after she was adopted, Whitlock sat in a cafe in Darlington across the table from that woman.

"I'd rehearsed it for weeks. What I'd say, what I'd ask. And then she walked in and I just stood up and we held on to each other and neither of us said anything for about five minutes. The waitress brought us tissues. She didn't even ask," Whitlock said.

The woman, Eileen Harker, now 69, said she had thought about her daughter "every single day" since 1972.

"I wasn't given a choice. That's how it was then. You were sent away, you had the baby, and they took it, and you were told to go home and forget. I never forgot. I used to buy a birthday card every year. I have fifty-one of them in a box. I never knew where to send them," Harker said.

She gave the box to Whitlock at the cafe. Whitlock has read every card.

"I've read them all twice. The early ones are in a teenager's handwriting. You can watch her grow up through them. It's like getting fifty years back in an afternoon," she said.

The pair were matched through a consumer DNA testing service after Whitlock's son bought her a kit as a Christmas present. Harker had taken a test two years earlier, hoping her daughter might one day do the same.

A spokesperson for the company, Heritage Genomics, said reunions of this kind had become "far more common than anyone anticipated" and that the firm now employed a team of counsellors to support customers through unexpected matches.

Harker said she still found it hard to believe. "I keep ringing her just to hear her voice. Is that silly?" she asked.''',
        [
            ("I'd rehearsed it for weeks. What", "Karen Whitlock"),
            ("every single day", "Eileen Harker"),
            ("I wasn't given a choice. That's", "Eileen Harker"),
            ("I've read them all twice. The", "Karen Whitlock"),
            ("far more common than anyone anticipated", "Heritage Genomics"),
            ("I keep ringing her just to", "Eileen Harker"),
        ],
    ),
    # 20 -- doctors' strike; striking doctor, union statement partial, health secretary told Sky News partial then cue after quote, NHS England no quote, patient
    (
'''Thousands of resident doctors walked out of hospitals across England on Monday at the start of a five-day strike, the longest in the history of the health service, after talks with the government broke down over the weekend.

On a picket line outside St. Mary's Hospital in Paddington, Dr. Nikhil Rao, 29, a trainee in emergency medicine, said he had not wanted to strike but felt he had no choice.

"I worked a thirteen-hour shift yesterday and I'll work another one on Saturday. People think we're out here because we're greedy. I've got £80,000 in student debt and I earn less per hour than the barista across the road. I love this job. I just can't afford to keep doing it," he said.

The British Medical Association, which represents doctors, said in a statement that the government had "walked away from the table" and had refused to discuss pay restoration.

Health Secretary Andrew Mercer told Sky News the strike was "unnecessary and unjustified" and urged doctors to return to work.

"We have offered a fair and reasonable pay rise at a time when public finances are under enormous pressure. Every day of strike action means thousands of patients having operations cancelled. That is the reality of what the BMA is choosing," Mercer said.

NHS England said more than 40,000 appointments and procedures had been postponed on the first day alone.

Among them was a hip replacement for Margaret Doyle, 74, from Kilburn, who had waited 19 months for the operation. "I had my bag packed and they rang at seven last night and said don't come in. I'm not blaming the doctors. I just want someone to sort it out," she said.''',
        [
            ("I worked a thirteen-hour shift yesterday and", "Nikhil Rao"),
            ("walked away from the table", "British Medical Association"),
            ("unnecessary and unjustified", "Andrew Mercer"),
            ("We have offered a fair and", "Andrew Mercer"),
            ("I had my bag packed and", "Margaret Doyle"),
        ],
    ),
    # 21 -- lifeboat coxswain; said-before-name cue after long quote, rescued fisherman partial + quote, helmsman (man) after coxswain, charity named in full then by acronym
    (
'''When the pager goes off in Porthcarrow, it doesn't matter what Tamsin Pengelly is doing. She has left a dentist's chair with her mouth still numb. She has left her own fortieth birthday party. Once, she walked out of a hairdresser's with half a fringe.

"You just go. Nobody thinks about it. The pager goes, you're in the car, you're at the station in four minutes, and you're kitted up and on the water in ten. Someone's out there having the worst day of their life, and that's all you're thinking about," said Pengelly, 44, who last year became the first woman to serve as coxswain of the village's lifeboat station.

Pengelly, a fishmonger by trade, has been a volunteer with the Royal National Lifeboat Institution for 19 years. Like every member of the 24-strong crew, she is unpaid.

In February she led the rescue of two fishermen whose trawler had lost power and was drifting towards the rocks below Gull Head in a force eight gale.

One of them, Jory Trewin, 58, said he had been "making my peace" when he saw the lifeboat's lights come around the headland.

"The swell was six metres, easy. I've fished these waters all my life and I've never been so scared. She put that boat alongside us like she was parking a car. I still don't know how. I owe that woman everything, and so does my wife," Trewin said.

Pengelly shrugged off the praise. "It was a team effort. It always is," she said.

Her helmsman that night, Ben Kitto, 31, was less modest on her behalf. "She'll tell you it was a team effort, and it was. But she made the calls, and every one of them was right," he said.

The RNLI said in a statement that crews in Cornwall had launched 612 times last year, the highest number on record, and described its volunteers as "the beating heart of the charity."''',
        [
            ("You just go. Nobody thinks about", "Tamsin Pengelly"),
            ("making my peace", "Jory Trewin"),
            ("The swell was six metres, easy.", "Jory Trewin"),
            ("It was a team effort. It", "Tamsin Pengelly"),
            ("She'll tell you it was a", "Ben Kitto"),
            ("the beating heart of the charity.", "Royal National Lifeboat Institution"),
        ],
    ),
    # 22 -- Kharkiv bakery (curly quotes); split quote with said-before-name, soldier son sharing surname (by phone), customer known by first name only, deputy mayor told AFP partial, "Hrytsenko ... she said" after son introduced
    (
'''The sirens went off at 4:10 a.m., as they do most mornings, and Olena Hrytsenko kept kneading.

“If I stopped for every siren, there would be no bread in this neighbourhood,” said Hrytsenko, 57, who has run a small bakery on the ground floor of a Soviet-era apartment block in northern Kharkiv since 2006. “I go to the corridor if it’s close. If it’s far, I work. You learn the difference by the sound.”

The bakery’s front window was blown out twice last year by nearby strikes. Both times, she said, she was back in business within two days, with plywood nailed over the frame and a hand-lettered price list stuck to it.

Her son, Andriy Hrytsenko, 31, a soldier, helped rebuild it the second time while on leave. Speaking by phone from a position in the east, he said he had begged his mother to move to Lviv, in the relatively safer west of the country.

“She told me, you defend your place and I’ll defend mine. What can you say to that? Nothing. You say, OK, Mama,” he said.

Hrytsenko bakes about 400 loaves a day, along with poppy-seed rolls and, on Sundays, a honey cake that sells out by nine. Many of her customers are elderly people who did not leave the city when the full-scale invasion began.

“When I see the light on in here, I know the day has started normally, even if nothing else is normal,” said one of them, a retired engineer who gave only her first name, Valentyna.

Serhiy Kovalenko, a deputy mayor of Kharkiv, told AFP last month that small businesses that stayed open had been “as important as any air defence” for the city’s morale.

Asked whether she was afraid, Hrytsenko wiped her hands on her apron and thought about it.

“Of course. I’m not stupid. But fear doesn’t make bread,” she said.''',
        [
            ("If I stopped for every siren,", "Olena Hrytsenko"),
            ("I go to the corridor if", "Olena Hrytsenko"),
            ("She told me, you defend your", "Andriy Hrytsenko"),
            ("When I see the light on", "Valentyna"),
            ("as important as any air defence", "Serhiy Kovalenko"),
            ("Of course. I’m not stupid. But", "Olena Hrytsenko"),
        ],
    ),
    # 23 -- missing hiker found; partial quote "he told rescuers", split quote, sheriff's office statement without direct quote, search coordinator, wife sharing surname, closing two-word quote
    (
'''A 66-year-old hiker who went missing in the Wind River Range nine days ago was found alive on Sunday, sheltering beneath a rock overhang about four miles from the trail where he was last seen.

Dennis Hollister, a retired postal worker from Casper, had survived on a handful of energy bars, water from a creek and, he told rescuers, "sheer stubbornness."

"I knew if I kept walking I'd make it worse, so I stopped and stayed put, like they tell you to," Hollister said from his hospital bed in Riverton on Monday. "I slept in the day and stayed awake at night because it was too cold to sleep. I talked to myself a lot. I'm not going to tell you what I said."

He was spotted by a volunteer pilot flying a grid pattern over the drainage, according to the Fremont County Sheriff's Office, which said in a statement that the search had involved more than 120 people, two helicopters and four dog teams.

Search coordinator Julie Amundsen said hopes had been fading. "Nine days at that elevation, with the overnight temperatures we've had, you start preparing yourself for a different outcome. When the call came in that he'd waved at the plane, there wasn't a dry eye in the command post," she said.

His wife, Carol Hollister, had refused to leave the trailhead throughout the search. "Everybody was very kind, but I could see it in their faces. I kept telling them, you don't know Dennis. He's too stubborn to die on a mountain," she said.

Hollister is being treated for dehydration and frostbite to two toes, which doctors said he may lose.

"Fair trade," he said.''',
        [
            ("sheer stubbornness.", "Dennis Hollister"),
            ("I knew if I kept walking", "Dennis Hollister"),
            ("I slept in the day and", "Dennis Hollister"),
            ("Nine days at that elevation, with", "Julie Amundsen"),
            ("Everybody was very kind, but I", "Carol Hollister"),
            ("Fair trade,", "Dennis Hollister"),
        ],
    ),
    # 24 -- dairy farm father-to-son handover (curly quotes); two men in rapid exchange ("his father replied", "the son admitted ... he said"), split quote over two paragraphs, cue-less follow-on quote, daughter-in-law
    (
'''Every morning at half past four, two men in identical green overalls walk out of the farmhouse at Hollins Farm and into the milking parlour. One is 74. The other is 41. Neither says much until the first cow is on.

“He’s not a morning person. Never has been. I used to have to drag him out of bed with a bucket of water,” said Geoffrey Lund, the older of the two, nodding at his son.

“Once. You did it once,” said Tom Lund.

“Once was enough,” his father replied.

The Lunds milk 180 Holsteins on 250 acres in the Lune valley. Geoffrey took over from his own father in 1972; this spring, after years of hesitating, he signed the business over to Tom.

It has not been entirely easy, the son admitted. “He still comes out every morning. He still checks everything I’ve done,” he said. “He’ll walk past a gate I’ve shut and give it a little tug to make sure. He thinks I don’t see. I see.

“But I get it. This place is his whole life. You can’t just switch that off because a solicitor says so.”

The elder Lund was more philosophical. “I’m not checking up on him. I’m just walking. A man’s allowed to walk around his own farm,” he insisted.

Then, after a pause: “His farm. Sorry. His farm.”

Tom’s wife, Sarah Lund, who runs the farm’s accounts and a small ice-cream business from the old dairy, laughed at the exchange. “They’re so alike it’s ridiculous. Same walk, same temper, same way of saying nothing for an hour and then one sentence that sums it all up,” she said.''',
        [
            ("He’s not a morning person. Never", "Geoffrey Lund"),
            ("Once. You did it once,", "Tom Lund"),
            ("Once was enough,", "Geoffrey Lund"),
            ("He still comes out every morning.", "Tom Lund"),
            ("He’ll walk past a gate I’ve", "Tom Lund"),
            ("I’m not checking up on him.", "Geoffrey Lund"),
            ("His farm. Sorry. His farm.", "Geoffrey Lund"),
            ("They’re so alike it’s ridiculous.", "Sarah Lund"),
        ],
    ),
    # 25 -- rhino ranger in Kenya; split quote running over two paragraphs, "he said" after narration of pointing, conservancy director, wildlife service spokesman told Reuters partial, "he called over his shoulder"
    (
'''Joseph Lekishon has not slept in his own bed for three weeks. The 34-year-old ranger spends most nights in a dugout on a ridge above the Mara Valley Conservancy, binoculars in one hand and radio in the other, watching over eleven black rhinos that are, by his reckoning, the most valuable animals in northern Kenya.

"People think this job is about guns," Lekishon said, sitting in the shade of an acacia as the afternoon heat settled over the plain. "It isn't. It's about knowing. I know each one of these animals by the shape of its horn and the way it walks. I know which one likes to wallow in the morning and which one hides in the thicket when a vehicle comes. If something changes, I notice. That is the job.

"The poachers, they count on us being tired. So we cannot be tired."

Lekishon grew up herding his family's cattle about 40 kilometres from the conservancy. As a boy, he said, he was taught to fear rhinos. Now he names them.

He pointed to a grey shape moving slowly through the grass a few hundred metres away. "That one is Naserian. It means peaceful one. She had a calf last year, the first calf born here in nine years. When I saw it, I ran all the way back to camp to tell the others. I have never run so fast in my life," he said.

No rhino has been poached in the conservancy since 2017, according to its director, Wanjiru Kamau, who credits the rangers, most of whom are recruited from surrounding communities.

"When the rangers are the sons and daughters of the people who live here, the whole community becomes the eyes and ears of the conservancy. You cannot buy that with fences or drones," Kamau said.

A spokesman for the Kenya Wildlife Service told Reuters that the national black rhino population had passed 1,000 for the first time in decades, calling it "a hard-won achievement that belongs to the rangers on the ground."

As dusk fell, Lekishon shouldered his pack and set off back up the ridge. "Good night, for you anyway," he called over his shoulder.''',
        [
            ("People think this job is about", "Joseph Lekishon"),
            ("It isn't. It's about knowing. I", "Joseph Lekishon"),
            ("That one is Naserian. It means", "Joseph Lekishon"),
            ("When the rangers are the sons", "Wanjiru Kamau"),
            ("a hard-won achievement that belongs to", "Kenya Wildlife Service"),
            ("Good night, for you anyway,", "Joseph Lekishon"),
        ],
    ),
    # 26 -- airline IT meltdown; company statement with two partial quotes then "the statement said", stranded passenger split quote, regulator spokesperson told RTE, executive named but not quoted
    (
'''Thousands of passengers were stranded at airports across Europe on Friday after a computer failure forced Aerlinea Nord to cancel more than 300 flights, the budget carrier's second major disruption in a month.

The airline said in a statement that a "technical issue with a third-party system" had prevented crews from being assigned to aircraft and that engineers were "working around the clock" to restore normal operations.

"We sincerely apologise to every customer affected. Passengers whose flights have been cancelled will be offered a full refund or rebooking free of charge," the statement said.

At Dublin Airport, Siobhan Keane, 34, was trying to get home to Lisbon with two children under five. She had been queuing at a service desk for more than three hours.

"Nobody from the airline has said a single word to us," she said. "The app says the flight is cancelled, the screen says it's delayed, and the woman at the desk says she doesn't know. My daughter has been sick twice. I just want someone to tell me the truth."

The European Union Aviation Safety Agency said it was monitoring the situation. A spokesperson for Ireland's Commission for Aviation Regulation told RTÉ that passengers were entitled to compensation under EU rules and urged them to keep receipts for meals and hotels.

"Airlines cannot use a technical failure to dodge their obligations," the spokesperson said.

Aerlinea Nord's chief executive, Henrik Solvang, faced questions from shareholders last month after a similar outage grounded 180 flights over the Easter weekend. The company did not respond to a request for comment on whether he would face a board review.''',
        [
            ("technical issue with a third-party system", "Aerlinea Nord"),
            ("working around the clock", "Aerlinea Nord"),
            ("We sincerely apologise to every customer", "Aerlinea Nord"),
            ("Nobody from the airline has said", "Siobhan Keane"),
            ("The app says the flight is", "Siobhan Keane"),
            ("Airlines cannot use a technical failure", "Commission for Aviation Regulation"),
        ],
    ),
    # 27 -- 88-year-old marathon runner; partial quote from unnamed cardiologist, split quote continuing over two paragraphs, late wife named but not quoted, daughter, race director
    (
'''Walter Kessler started running at 61, on the advice of a cardiologist who told him to "do something, anything" after a minor heart attack.

On Sunday, at 88, he finished the Lakeshore Marathon in 6 hours and 12 minutes, making him the oldest finisher in the race's 41-year history. He was, by some distance, the last runner across the line. He did not care.

"I'm not fast. I've never been fast," Kessler said on Monday, his legs propped on a footstool in the apartment he has lived in since 1971. "But I'm steady. The secret, if there's a secret, is that I never stop. Even at mile twenty-three, when everything hurts and the young people are walking, I keep going. Slowly. But I keep going.

"My wife used to say I was the most stubborn man in Ontario. She was being generous. I'm the most stubborn man in Canada."

Kessler's wife, Helen, died in 2015. He ran the marathon that year, too, three weeks after her funeral, with her name written on his bib.

His daughter, Ruth Kessler-Grant, 59, ran alongside him for the final six miles. "I was the one who needed a break. He kept asking if I was all right," she said.

Race director Paul Desjardins said volunteers had kept the finish line open an extra 20 minutes. "We weren't going to pack up with Walter still on the course. When he came around that last corner, the whole crowd stood up. People who'd finished hours before came back to see it," he said.

Kessler has already entered next year's race and says he intends to keep going until at least 90.

"Ninety is a nice round number," he said.''',
        [
            ("do something, anything", "~cardiologist"),
            ("I'm not fast. I've never been", "Walter Kessler"),
            ("But I'm steady. The secret, if", "Walter Kessler"),
            ("I was the one who needed", "Ruth Kessler-Grant"),
            ("We weren't going to pack up", "Paul Desjardins"),
            ("Ninety is a nice round number,", "Walter Kessler"),
        ],
    ),
    # 28 -- minister resigns; resignation letter partial + "she wrote", prime minister statement partial, opposition leader on X, anonymous senior official told the Guardian, named successor not quoted
    (
'''Housing Minister Claire Donnelly resigned on Wednesday evening, hours after a newspaper reported that she had failed to declare a rental property owned through a family trust.

In a letter to the prime minister, Donnelly wrote that she had made "an honest mistake" but did not want the matter to distract from the government's work on housing.

"I have always tried to hold myself to the highest standards, and on this occasion I fell short of them. I apologise unreservedly," she wrote.

Prime Minister David Ashworth said in a statement that he had accepted the resignation "with regret" and thanked Donnelly for her service. Her duties will be taken on temporarily by the junior housing minister, Omar Siddiqui.

Opposition leader Fiona Marsh said the resignation was "long overdue." In a post on X, she wrote: "A housing minister who can't keep track of her own houses. You couldn't make it up."

Donnelly, 46, had been in the post for 14 months and was widely seen as a future leadership contender. The Evening Ledger, which first reported the undeclared property, said the flat in the city's harbour district had earned about £18,000 a year in rent.

A senior government official, speaking on condition of anonymity, told the Guardian that Donnelly had been given the chance to correct the register two weeks ago. "She was warned. She chose not to," the official said.

The parliamentary standards commissioner is expected to decide within days whether to open a formal investigation. Donnelly will remain a member of parliament.''',
        [
            ("an honest mistake", "Claire Donnelly"),
            ("I have always tried to hold", "Claire Donnelly"),
            ("with regret", "David Ashworth"),
            ("long overdue.", "Fiona Marsh"),
            ("A housing minister who can't keep", "Fiona Marsh"),
            ("She was warned. She chose not", "~official"),
        ],
    ),
    # 29 -- small-town newspaper closes; said-before-title cue after long quote, owner statement partial, editor and young reporter (two women), final short quote after "she smiled"
    (
'''For 128 years, the Valley Courier has told the people of Ashford County who was born, who died, who won the pie contest at the fair and what the school board was arguing about this month. On Thursday it will print its final edition.

"I keep thinking I should feel something big. Mostly I feel tired. We've been fighting this for fifteen years. Advertising went to Facebook. Classifieds went to Craigslist. Subscribers got older and didn't get replaced. You can only cut so much before there's nothing left to cut," said editor Linda Carver, 63, who has worked at the paper since 1984 and run it since 2002.

At its peak in the 1990s, the Courier employed 22 people and printed 14,000 copies twice a week. Today it has three staff and a circulation of about 2,100. Its owner, Heartland Media Group, said in a statement that the paper was "no longer sustainable in the current environment."

Carver worries about what will fill the gap. "Who's going to sit through a four-hour county commission meeting now? Nobody. And when nobody's watching, things happen. I'm not saying anyone here is crooked. I'm saying people behave better when they know it'll be in the paper on Tuesday," she said.

Her last remaining reporter, Jenna Ruiz, 27, has been offered a job in communications at the county hospital. "It pays better and it has health insurance. But I'll miss it. I'll miss being the person who's allowed to ask the question," she said.

Carver said she would write one last column. Asked what it would say, she smiled.

"Thank you. Mostly just thank you," she said.''',
        [
            ("I keep thinking I should feel", "Linda Carver"),
            ("no longer sustainable in the current", "Heartland Media Group"),
            ("Who's going to sit through a", "Linda Carver"),
            ("It pays better and it has", "Jenna Ruiz"),
            ("Thank you. Mostly just thank you,", "Linda Carver"),
        ],
    ),
    # 30 -- measles outbreak; health officer split quote with said-before-name, school district statement partial, parent, specialist told NBC News with "he warned", closing short quote
    (
'''Health officials in Larimer Valley confirmed 14 new cases of measles on Tuesday, bringing the total in the county's worst outbreak in three decades to 61, nearly all of them in children who had not been vaccinated.

"This is entirely preventable, and that is what makes it so frustrating," said Dr. Ramona Estes, the county's public health officer, at a news conference. "Measles is one of the most contagious diseases we know of. If you are unvaccinated and you share a room with someone who has it, you have about a nine in ten chance of catching it."

Estes said seven children had been admitted to hospital, two of them to intensive care with pneumonia.

The Larimer Valley Unified School District said in a statement that unvaccinated students at four affected schools would be kept out of classes for 21 days "to protect the health of all students and staff."

Among the parents now rethinking their choices is Kyle Brandt, whose two sons, aged 4 and 7, were never vaccinated. Both have measles. The younger boy spent three nights in hospital.

"I read a lot of stuff online and I got scared of the wrong thing. I was so worried about the shot that I never really thought about the disease. Watching my kid struggle to breathe, I'm done with that. I was wrong. I'll say it. I was wrong," Brandt said.

Dr. Anil Mehta, a pediatric infectious disease specialist at a children's hospital in Denver, told NBC News that hospitals across the region were preparing for more cases. "We are seeing the consequences of vaccination rates that have been sliding for years. Once they drop below about 95 percent, you lose the community protection that keeps outbreaks like this from taking off," he warned.

Health officials have scheduled free vaccination clinics at three sites this weekend. Estes urged parents to use them. "It's never too late," she said.''',
        [
            ("This is entirely preventable, and that", "Ramona Estes"),
            ("Measles is one of the most", "Ramona Estes"),
            ("to protect the health of all", "Larimer Valley Unified School District"),
            ("I read a lot of stuff", "Kyle Brandt"),
            ("We are seeing the consequences of", "Anil Mehta"),
            ("It's never too late,", "Ramona Estes"),
        ],
    ),
]
STORIES_BC = [
    # 1 -- planning row, single quotes; partial quotes, split quotes, company statement, unnamed resident
    (
"""Plans for 350 homes on farmland on the edge of Longridge have been approved despite more than 600 objections from residents.

Ribble Valley Borough Council's planning committee voted seven to five in favour of the scheme by Harrow Hill Homes at a meeting on Thursday evening that ran for almost four hours.

Committee chairman Councillor Stephen Ashworth said the authority had little choice. 'We have to meet our housing targets, and if we refuse applications like this one we will simply lose at appeal. I understand the strength of feeling in the room, I really do,' he said.

Opponents, who packed the public gallery, had warned that the town's roads, GP surgery and primary schools could not cope with hundreds more families.

Margaret Holden, who chairs the Save Longridge Fields group, described the decision as 'a betrayal of everyone who lives here'.

'We were told this was a democratic process,' she said outside the council offices. 'Well, six hundred people wrote in, and it made no difference at all. We will be looking very closely at whether we can challenge this.'

One resident, who lives on Preston Road next to the site, said: 'The traffic is bad enough already. At school time you can't get out of your drive. Nobody from the council has ever come and stood here at half past eight in the morning.'

In a statement, Harrow Hill Homes said it was 'delighted' with the outcome.

'This development will deliver much-needed family homes, including 105 affordable properties, along with a new play area and a contribution of more than £1.2m towards local infrastructure,' the company said.

Liberal Democrat councillor Ruth Pilling, who voted against the plans, said the committee had been 'backed into a corner' by national policy.

'The people of Longridge are not against new homes,' she told the meeting. 'What they are against is being treated as an afterthought.'

A spokesperson for Ribble Valley Borough Council said work on the site was not expected to begin before next spring and that conditions attached to the permission would require improvements to two nearby junctions.

Mrs Holden said the group would meet next week to discuss its next steps.""",
        [
            ("We have to meet our housing", "Stephen Ashworth"),
            ("a betrayal of everyone who lives", "Margaret Holden"),
            ("We were told this was a", "Margaret Holden"),
            ("Well, six hundred people wrote in,", "Margaret Holden"),
            ("The traffic is bad enough already.", "~resident"),
            ("delighted", "Harrow Hill Homes"),
            ("This development will deliver much-needed family", "Harrow Hill Homes"),
            ("backed into a corner", "Ruth Pilling"),
            ("The people of Longridge are not", "Ruth Pilling"),
            ("What they are against is being", "Ruth Pilling"),
        ],
    ),
    # 2 -- police appeal, double quotes; two-paragraph quote, family statement, unnamed witness told a paper, split quotes
    (
'''A man in his 70s has died after being hit by a car that failed to stop in Sheffield, prompting an appeal for witnesses.

The pedestrian, named by police as Derek Wainwright, 74, from Hillsborough, was struck on Middlewood Road at about 6.40pm on Tuesday. He was taken to the Northern General Hospital but died from his injuries the following morning.

South Yorkshire Police said the vehicle involved was believed to be a dark-coloured hatchback which was driven off towards Malin Bridge.

Detective Sergeant Claire Booth, of the force's roads policing unit, said: "This was a collision that has cost a man his life, and the driver made a choice to leave him lying in the road. I would urge that person to do the right thing and come forward.

"We are also keen to speak to anyone with dashcam footage from Middlewood Road or the surrounding streets between 6.15pm and 7pm. Even if you don't think you saw anything, your footage could be vital."

In a tribute released through the force, Mr Wainwright's family said he was "the kindest man you could ever meet".

"Dad walked that route to the shop every single evening for forty years," the statement said. "He would have been home within ten minutes. We cannot understand how anyone could drive away and leave him."

A woman who was waiting at a nearby bus stop told The Star she heard a "horrible thud" and saw the car speed off.

"It didn't even slow down," she said. "A couple of lads ran over to him and one of them rang for an ambulance. It was awful."

Hillsborough ward councillor Tom Greaves said residents had raised concerns about speeding on the road for years.

"I've lost count of the number of emails I've had about this stretch," he said. "I'm not going to speculate about what happened on Tuesday, but we do need to look again at crossings and speed limits here."

Police said a 31-year-old man had been arrested on Wednesday evening on suspicion of causing death by dangerous driving and failing to stop at the scene of a collision. He has since been released on bail.

Anyone with information is asked to call 101 quoting incident number 712 of 14 May.''',
        [
            ("This was a collision that has", "Claire Booth"),
            ("the kindest man you could ever", "~family"),
            ("Dad walked that route to the", "~family"),
            ("He would have been home within", "~family"),
            ("horrible thud", "~woman"),
            ("It didn't even slow down,", "~woman"),
            ("A couple of lads ran over", "~woman"),
            ("I've lost count of the number", "Tom Greaves"),
            ("I'm not going to speculate about", "Tom Greaves"),
        ],
    ),
    # 3 -- inquest, single quotes; coroner called "the coroner", two-paragraph quote, brothers speaking in turn
    (
"""A coroner has warned that more deaths could follow unless a hospital improves the way it monitors patients at risk of falling, after a retired postman died from a head injury sustained on a ward.

Brian Kettle, 81, from Morecambe, fell while trying to get out of bed at the Royal Lancaster Infirmary in the early hours of 3 February. He was found on the floor by a healthcare assistant and died nine days later.

An inquest at County Hall in Preston heard that Mr Kettle had been assessed as being at high risk of falls when he was admitted with a chest infection, but that a sensor mat meant to alert staff when he left his bed had not been switched on.

Ward sister Joanne Fell told the hearing the mat had been moved when his bed was changed and nobody had noticed the cable was disconnected.

'It should have been checked at every handover,' she said. 'On that night we had two nurses off sick and we were relying on agency staff who did not know the ward, but that is not an excuse. It should have been checked.'

Recording a narrative conclusion, senior coroner for Lancashire Dr James Adeyemi said the failure had more than minimally contributed to Mr Kettle's death.

'I am not satisfied that the lessons from this case have yet been properly learned,' the coroner said. 'I heard evidence that similar equipment on other wards is not routinely tested.

'I will therefore be issuing a report to prevent future deaths to the trust and to NHS England.'

Dr Helen Marsh, chief medical officer at University Hospitals of Morecambe Bay NHS Foundation Trust, said the trust accepted the findings in full.

'We are deeply sorry for the failings in Mr Kettle's care. Since his death we have introduced daily checks of all falls alarms and we have reviewed staffing on the ward concerned,' she said.

Mr Kettle's son, Paul Kettle, said after the hearing that his father had been 'let down at the very moment he needed help'.

'Dad spent 35 years walking the streets of this town delivering letters in all weathers,' he said. 'He was a proud, independent man. He didn't deserve to end his life like that.'

He said the family would now be seeking legal advice.

His brother, Gary Kettle, added: 'All we ever wanted was for somebody to say sorry and mean it. Today, at least, somebody has.'""",
        [
            ("It should have been checked at", "Joanne Fell"),
            ("On that night we had two", "Joanne Fell"),
            ("I am not satisfied that the", "James Adeyemi"),
            ("I heard evidence that similar equipment", "James Adeyemi"),
            ("We are deeply sorry for the", "Helen Marsh"),
            ("let down at the very moment", "Paul Kettle"),
            ("Dad spent 35 years walking the", "Paul Kettle"),
            ("He was a proud, independent man.", "Paul Kettle"),
            ("All we ever wanted was for", "Gary Kettle"),
        ],
    ),
    # 4 -- school closure, double quotes; told BBC Wales, Facebook post, union official after quote, government spokesperson
    (
'''Parents in a Powys village have vowed to fight proposals to close their primary school, which has just 31 pupils, as part of a county-wide shake-up of education.

Powys County Council's cabinet is being asked next week to approve a formal consultation on shutting Ysgol Cwm Elan and moving its children to a larger school eight miles away in Rhayader.

The council says small schools are becoming increasingly difficult to staff and fund, with the cost per pupil at the village school more than double the county average.

Cabinet member for education Councillor Pete Roberts said no decision had been made.

"I want to be absolutely clear that this is the start of a conversation, not the end of one," he said. "But we have a duty to every child in Powys, and we cannot ignore the fact that some of our schools have more empty desks than full ones."

Headteacher Sian Pugh, who has led the school for 11 years, said the figures did not tell the whole story.

"Our children get an education here that you simply cannot put a price on," she told BBC Wales. "They know every member of staff, they learn through the medium of Welsh, and the school is the heart of this community. Take it away and what is left?"

Parent Rhian Davies, whose two daughters attend the school, said a daily bus journey of up to 40 minutes each way on narrow mountain roads was "unthinkable" for four-year-olds.

Writing on the campaign's Facebook page, she added: "We are not going to sit back and let this happen quietly. Please come to the public meeting at the village hall on Thursday and bring everyone you know."

The National Education Union said it would be seeking assurances about the future of staff at the school.

"Our members are worried sick," said Gareth Lloyd, the union's district secretary. "They have been told nothing beyond what they read in the cabinet papers, and that is no way to treat people."

A Welsh Government spokesperson said decisions on school organisation were a matter for local authorities, but that councils must follow the statutory code, which includes a presumption against the closure of rural schools.

"Any proposal to close a rural school must show that all alternatives have been conscientiously considered," the spokesperson said.

If the cabinet agrees to go ahead, the consultation would run for eight weeks from October, with a final decision expected in the spring.''',
        [
            ("I want to be absolutely clear", "Pete Roberts"),
            ("But we have a duty to", "Pete Roberts"),
            ("Our children get an education here", "Sian Pugh"),
            ("They know every member of staff,", "Sian Pugh"),
            ("unthinkable", "Rhian Davies"),
            ("We are not going to sit", "Rhian Davies"),
            ("Our members are worried sick,", "Gareth Lloyd"),
            ("They have been told nothing beyond", "Gareth Lloyd"),
            ("Any proposal to close a rural", "Welsh Government"),
        ],
    ),
    # 5 -- Irish flooding, curly quotes; unnamed cafe owner, TD told local radio, OPW statement, council official
    (
'''Business owners in Ennis have called for emergency funding after the River Fergus burst its banks for the second time in three months, flooding dozens of premises in the town centre.

Water reached almost a metre deep on parts of Parnell Street and Abbey Street on Sunday night after a weekend of persistent heavy rain across Co Clare.

Clare County Council said its crews had worked through the night to deploy pumps and sandbags, and that a number of roads would remain closed until at least Tuesday.

Anne Moloney, who has run a shoe shop on Parnell Street for 22 years, said she had lost almost all of her stock.

“I came down at six o’clock this morning and the water was up to the counter,” she said. “I only reopened in January after the last flood. I don’t know if I have it in me to start again.”

Across the street, a café owner who did not wish to be named said insurers had refused to cover the premises since 2021.

“We are completely on our own here,” he said. “Every time it rains hard now, I lie awake.”

Local TD Noel Hanrahan said the Government needed to move faster on the long-promised flood relief scheme for the town.

“People in Ennis have been patient for far too long,” Mr Hanrahan told Clare FM. “We have had reports, we have had studies, we have had consultations. What we have not had is a shovel in the ground.”

He said he would be raising the matter with the Minister of State responsible for the Office of Public Works this week.

In a statement, the Office of Public Works said the Ennis scheme was “progressing through the planning stages” and that it expected to lodge an application with An Bord Pleanála next year.

“The OPW fully recognises the distress caused to householders and businesses by repeated flooding,” the statement added.

Carmel Kelly, director of services with Clare County Council, said the council’s priority was to support those affected.

“Our outdoor staff have been working around the clock, and I want to thank them. We are asking people to avoid the flooded areas and not to drive through floodwater under any circumstances,” she said.

Met Éireann has warned of further heavy rain on Wednesday, with a yellow rainfall warning in place for Clare, Galway and Limerick.''',
        [
            ("I came down at six", "Anne Moloney"),
            ("I only reopened in January after", "Anne Moloney"),
            ("We are completely on our own", "~owner"),
            ("Every time it rains hard now,", "~owner"),
            ("People in Ennis have been patient", "Noel Hanrahan"),
            ("We have had reports, we have", "Noel Hanrahan"),
            ("progressing through the planning stages", "Office of Public Works"),
            ("The OPW fully recognises the distress", "Office of Public Works"),
            ("Our outdoor staff have been working", "Carmel Kelly"),
        ],
    ),
    # 6 -- magistrates, single quotes; prosecutor, defence, defendant as "the 43-year-old", bench chair, unnamed farmer
    (
"""A builder who dumped tonnes of waste in a country lane near Stockport has been ordered to pay more than £4,000 after being caught on a hidden camera.

Liam Fogarty, 43, of Reddish, pleaded guilty at Tameside Magistrates' Court to two offences of depositing controlled waste without a permit.

The court heard that a van registered to Fogarty was filmed on two occasions in March tipping rubble, plasterboard and old kitchen units into a field gateway on Jackson's Edge Lane.

Prosecuting on behalf of Stockport Council, Rebecca Hart said the clean-up had cost taxpayers almost £1,800.

'This was not a few bin bags left by the roadside,' she told magistrates. 'This was a commercial quantity of waste, dumped deliberately and more than once, by a man who makes his living from building work and knows full well how waste should be disposed of.'

Mitigating, Andrew Kenyon said his client had been going through a difficult period after his business lost a major contract.

'He accepts he took a shortcut, and he is ashamed of it,' Mr Kenyon said. 'He has asked me to apologise to the landowner and to the council.'

The 43-year-old, who sat with his head bowed for much of the hearing, told the bench he was 'sorry for the mess'.

Fining him £1,200 and ordering him to pay £1,800 in compensation, £750 costs and a victim surcharge, the chair of the bench, Susan Whitehead, told him: 'Fly-tipping blights our countryside and costs all of us money. You knew exactly what you were doing.'

She added that the court had taken his early guilty plea into account.

Speaking after the case, Councillor Grace Baines, Stockport Council's cabinet member for the environment, said: 'We will not tolerate people treating our green spaces as a rubbish tip. Our cameras are out there, and we will use the evidence they give us.'

The farmer who owns the field, and who asked not to be named, said he had spent two days clearing the lane before the council arrived.

'You get used to the odd mattress,' he said. 'But this was a lorry load. It blocked the gate to my field completely.'""",
        [
            ("This was not a few bin", "Rebecca Hart"),
            ("This was a commercial quantity of", "Rebecca Hart"),
            ("He accepts he took a shortcut,", "Andrew Kenyon"),
            ("He has asked me to apologise", "Andrew Kenyon"),
            ("sorry for the mess", "Liam Fogarty"),
            ("Fly-tipping blights our countryside and costs", "Susan Whitehead"),
            ("We will not tolerate people treating", "Grace Baines"),
            ("You get used to the odd", "~farmer"),
            ("But this was a lorry load.", "~farmer"),
        ],
    ),
    # 7 -- bus cuts, double quotes; company partial quote, "said Councillor X" after quote, neighbours, told BBC Radio, campaign group spokesperson
    (
'''Dozens of rural bus services in Cornwall are to be cut back from September, leaving some villages with only two buses a day, the county's main operator has confirmed.

Kernow Coaches Ltd said rising fuel and staffing costs, combined with passenger numbers that had never recovered from the pandemic, meant a number of routes were "no longer viable in their current form".

Cornwall Council, which subsidises many of the affected services, said it had tried to protect as many routes as possible.

"We have been left with some incredibly difficult choices," said Councillor Martin Trewhella, the council's portfolio holder for transport. "Our budget for supported bus services has not gone up in line with costs, and we simply cannot fill that gap on our own."

He said the council would be bidding for additional government funding later in the year.

For people like 79-year-old Jean Pascoe, who lives in St Neot and does not drive, the changes will be hard to absorb.

"The bus is my lifeline," she said. "It gets me to the doctor, to the shops in Liskeard, to see my sister. If it only comes twice a day, how am I supposed to get to a hospital appointment at eleven o'clock and back again?"

Her neighbour, Elaine Rowe, said: "Nobody asked us. We found out from a notice pinned up at the bus stop."

Kernow Coaches managing director Philip Dunstan told BBC Radio Cornwall the company had "not taken these decisions lightly".

"We run buses because we believe in them. But on some of these routes we are carrying three or four people on a 52-seat vehicle, and that is not sustainable for us or for the environment," he said.

Better Buses Cornwall, a campaign group set up last year, said the cuts were part of a pattern seen across rural England.

"Every time a route is cut, people are pushed into cars if they can afford them, and into isolation if they cannot," a spokesperson for the group said.

A Department for Transport spokesperson said the Government had committed more than £1bn to support bus services and that decisions on individual routes were a matter for operators and local authorities.

The revised timetables will be published on the company's website next month.''',
        [
            ("no longer viable in their current", "Kernow Coaches Ltd"),
            ("We have been left with some", "Martin Trewhella"),
            ("Our budget for supported bus services", "Martin Trewhella"),
            ("The bus is my lifeline,", "Jean Pascoe"),
            ("It gets me to the doctor,", "Jean Pascoe"),
            ("Nobody asked us. We found out", "Elaine Rowe"),
            ("not taken these decisions lightly", "Philip Dunstan"),
            ("We run buses because we believe", "Philip Dunstan"),
            ("Every time a route is cut,", "Better Buses Cornwall"),
        ],
    ),
    # 8 -- drugs raids, single quotes; two-paragraph quote from rank-titled officer, unnamed woman, PCC posted on X
    (
"""Police have arrested nine people and seized drugs with a street value of about £60,000 in a series of dawn raids across Swindon.

Officers from Wiltshire Police, supported by colleagues from the Metropolitan Police, executed warrants at addresses in Penhill, Pinehurst and the town centre at about 5am on Wednesday.

The operation targeted a so-called county line, a drug supply network running from London into Swindon, which police believe had been using vulnerable local people's homes to store and sell crack cocaine and heroin.

Det Ch Insp Karen Whitlock, who led the operation, said: 'What we have seen today is the result of months of painstaking work by officers who have been determined to dismantle this network.

'These gangs exploit children and vulnerable adults, they bring violence into our communities, and they need to know that Swindon is not an easy place to do business.'

Six men and three women, aged between 16 and 48, were arrested on suspicion of offences including conspiracy to supply Class A drugs and modern slavery. Two teenagers are being treated as potential victims of exploitation, the force said.

One woman who lives in a block of flats on Penhill Drive, where officers forced entry with a battering ram, said she had heard 'a massive bang' shortly after five.

'I looked out and there were police everywhere,' she said. 'To be honest, I am glad. People have been coming and going from that flat at all hours for months. You didn't feel safe walking past.'

Wiltshire's police and crime commissioner, Andrew Peyton, posted on X: 'Excellent work by @wiltshirepolice this morning. Tackling the drugs that fuel so much crime in our county is a priority, and this is what results look like.'

Ch Supt Ray Ambrose, the commander for Swindon, said the arrests would be followed by increased patrols in the affected neighbourhoods.

'We know that when you take one line out, another group may try to fill the gap,' he said. 'We will be there to stop that happening.'

He urged anyone with concerns about drug dealing in their area to contact the force or Crimestoppers anonymously.

A spokesperson for Swindon Borough Council said its safeguarding team was working with police to support the young people identified during the operation.""",
        [
            ("What we have seen today is", "Karen Whitlock"),
            ("a massive bang", "~woman"),
            ("I looked out and there were", "~woman"),
            ("To be honest, I am glad.", "~woman"),
            ("Excellent work by @wiltshirepolice this morning.", "Andrew Peyton"),
            ("We know that when you take", "Ray Ambrose"),
            ("We will be there to stop", "Ray Ambrose"),
        ],
    ),
    # 9 -- A&E waits, double quotes; told the Press and Journal, MSP partial then full, "said X" after quote, government spokesperson
    (
'''Patients at Aberdeen Royal Infirmary's emergency department waited more than 12 hours on almost 900 occasions last month, new figures have revealed.

Public Health Scotland data shows just 58% of patients at the hospital were seen and either admitted, transferred or discharged within the four-hour target in August, against a national standard of 95%.

NHS Grampian's chief executive, Dr Morag Finnie, said staff were working "under extraordinary pressure" and apologised to anyone who had faced a long wait.

"I want to say sorry to every patient and family who has had a poorer experience than they should," she said. "Our teams are doing everything they can, but we have more people in our beds who are well enough to go home than at any time I can remember, and that has a knock-on effect right through to the front door."

Around one in six beds at the hospital is currently occupied by a patient whose discharge has been delayed, often because a care package cannot be arranged, according to the health board.

Katie Mearns said her 86-year-old father spent 19 hours on a trolley in a corridor after a fall at his home in Kintore earlier this month.

"He was in agony with a broken hip, and he was given a cup of tea and a blanket," she told the Press and Journal. "The nurses were lovely. They were run off their feet. But nobody should be left like that."

North East MSP Fraser Dunbar said the figures were "a national disgrace".

"These are not just statistics," he said. "Every one of those 12-hour waits is someone's mum, someone's grandad, lying in a corridor. The health secretary needs to come to Aberdeen and see it for himself."

The Royal College of Nursing in Scotland warned that overcrowding was putting patients at risk and driving experienced staff out of the profession.

"Our members tell us they go home in tears because they have not been able to give the care they came into nursing to provide," said Elaine McIver, the college's associate director in Scotland.

A Scottish Government spokesperson said: "We recognise the pressure A&E departments are under. That is why we are investing £100m this year to reduce delayed discharges and improve patient flow."

The spokesperson added that performance at Aberdeen had improved compared with the same month last year.''',
        [
            ("under extraordinary pressure", "Morag Finnie"),
            ("I want to say sorry to", "Morag Finnie"),
            ("Our teams are doing everything they", "Morag Finnie"),
            ("He was in agony with a", "Katie Mearns"),
            ("The nurses were lovely. They were", "Katie Mearns"),
            ("a national disgrace", "Fraser Dunbar"),
            ("These are not just statistics,", "Fraser Dunbar"),
            ("Every one of those 12-hour waits", "Fraser Dunbar"),
            ("Our members tell us they go", "Elaine McIver"),
            ("We recognise the pressure A&E departments", "Scottish Government"),
        ],
    ),
    # 10 -- NI planning row, single quotes; two male councillors in turn, "replied", company spokesman, told BBC News NI
    (
"""A row has broken out over plans for a large anaerobic digestion plant on the outskirts of Dungannon, with councillors clashing over claims that residents were kept in the dark.

Mid Ulster District Council's planning committee on Monday deferred a decision on the facility, which would process up to 80,000 tonnes of slurry and food waste a year, after more than two hours of heated debate.

SDLP councillor Declan Quinn told the meeting the application should have been advertised far more widely.

'Half the people living on the Moy Road only found out about this because somebody put a leaflet through their door last month,' he said. 'That is not good enough for a development of this size.'

DUP councillor Robert Irwin disagreed. He said the council had followed the correct procedures and accused opponents of 'scaremongering' about smells and lorry traffic.

'This is exactly the kind of green investment we keep being told we need. We cannot say we want to tackle pollution in Lough Neagh and then object every time somebody comes forward with a way to deal with slurry,' Mr Irwin said.

Mr Quinn replied: 'Nobody here is against renewable energy. What people are against is having it dropped on top of them with no say.'

The applicant, Tyrone Bio-Energy Ltd, said the plant would create 25 permanent jobs and generate enough electricity to power about 6,000 homes.

'We have carried out extensive odour and traffic modelling, and the results show the impact on neighbours will be minimal,' a company spokesman said. 'We remain happy to meet anyone who has concerns.'

Sharon McKenna, whose home is about 400 metres from the proposed site, said she had three young children and feared for their health.

'We moved out here for the fresh air,' she told BBC News NI. 'Now we are being told we could have 60 lorries a day past our front gate. I just don't believe the figures.'

In a written response to the council, the Northern Ireland Environment Agency said it had no objection in principle, subject to conditions on the storage of digestate.

The committee agreed to defer the application for a site visit, and it is expected to return next month.""",
        [
            ("Half the people living on the", "Declan Quinn"),
            ("That is not good enough for", "Declan Quinn"),
            ("scaremongering", "Robert Irwin"),
            ("This is exactly the kind of", "Robert Irwin"),
            ("Nobody here is against renewable energy.", "Declan Quinn"),
            ("We have carried out extensive odour", "Tyrone Bio-Energy Ltd"),
            ("We remain happy to meet anyone", "Tyrone Bio-Energy Ltd"),
            ("We moved out here for the", "Sharon McKenna"),
            ("Now we are being told we", "Sharon McKenna"),
        ],
    ),
    # 11 -- crown court, double quotes; victim statement read by prosecutor (two paragraphs), defence, "the judge", police officer, club statement
    (
'''A driver who killed a cyclist while travelling at almost twice the speed limit on a country road in Shropshire has been jailed for six years.

Jordan Price, 27, of Telford, admitted causing death by dangerous driving at Shrewsbury Crown Court in March. He returned to the same court on Friday to be sentenced.

The court heard that Price was driving his Audi A3 at about 78mph on the B4380 near Atcham on a Sunday morning last July when he lost control on a bend and struck 58-year-old Andrew Bell, who was out on a training ride with his cycling club.

Mr Bell, a father of three and a maths teacher at a secondary school in Shrewsbury, died at the scene.

In a victim impact statement read to the court by prosecutor Nia Evans, his wife, Caroline Bell, said: "The person who walked out of the door that morning was the centre of our lives. Our youngest was 14. He will finish school, go to university, maybe get married, and his dad will not be there for any of it.

"I do not hate the man who did this. But I want him to understand what he took from us."

Defending, Simon Chalk said his client had shown "genuine and profound remorse" and had not driven since the crash.

"He is a young man who made a catastrophic error of judgement on one morning, and he will carry that for the rest of his life," Mr Chalk said.

Sentencing, Judge Rachel Tomlinson told the 27-year-old that the road had been dry and visibility good.

"There was no reason for you to be driving at that speed other than that you enjoyed it," the judge said. "You were warned by a passenger to slow down and you did not. A good man is dead as a result."

As well as the prison sentence, Price was banned from driving for seven years and must pass an extended test before he can drive again.

Speaking outside court, PC Stuart Hammond, of West Mercia Police's serious collision investigation unit, said: "Nothing that has happened here today will bring Andrew back. I hope this case is a reminder to every driver that speed limits on rural roads exist for a reason."

Mr Bell's cycling club, Severn Valley Wheelers, said in a statement that members would hold a memorial ride on the anniversary of his death.

"Andy was the heart of the club, always the first to stop if someone had a puncture and the last to leave the cafe," the statement said.''',
        [
            ("The person who walked out of", "Caroline Bell"),
            ("genuine and profound remorse", "Simon Chalk"),
            ("He is a young man who", "Simon Chalk"),
            ("There was no reason for you", "Rachel Tomlinson"),
            ("You were warned by a passenger", "Rachel Tomlinson"),
            ("Nothing that has happened here today", "Stuart Hammond"),
            ("Andy was the heart of the", "Severn Valley Wheelers"),
        ],
    ),
    # 12 -- council budget, single quotes; leader first described then named, two women sparring, "said branch secretary X", LDRS
    (
"""Council tax in Nottinghamshire is set to rise by the maximum 4.99% after councillors approved a budget that the authority's leader admitted would be 'painful' for many households.

The increase, agreed at a full council meeting on Thursday, will add about £87 a year to the bill for a typical Band D property from April.

Nottinghamshire County Council also plans to save £23m over the next 12 months, including by reducing the number of staff in back-office roles, reviewing library opening hours and increasing some charges for adult social care.

Council leader Sarah Fielding said the authority faced a 'perfect storm' of rising demand for children's services and care for older people.

'Nobody comes into local politics wanting to put up council tax,' she told the chamber. 'But I will not stand here and pretend that we can protect the services our most vulnerable residents rely on without it.'

The leader of the opposition group, Councillor Helen Ashby, said the administration had 'wasted millions' on consultants and a failed IT system.

'They are asking families who are already struggling to pay for their mistakes,' Mrs Ashby said. 'This budget is a tax on hard work and it is a tax on incompetence.'

Mrs Fielding hit back, accusing her rival of offering 'no credible alternative'.

'If the opposition has £23m of savings tucked away somewhere, I would love to see them, because they have not put a single one in writing,' she said.

Unison, which represents many of the council's workers, said it was concerned about the impact of the job cuts.

'Our members have already been stretched to breaking point. Fewer staff means longer waits for the public, it is as simple as that,' said branch secretary Lorraine Kirk.

Outside County Hall, pensioner Graham Tebbutt, 71, from West Bridgford, said he was worried about how he would afford the rise.

'My pension went up, but it went straight on the gas and electric. Now this. Something has to give,' he told the Local Democracy Reporting Service.

The budget was passed by 38 votes to 26, with two abstentions.""",
        [
            ("painful", "Sarah Fielding"),
            ("perfect storm", "Sarah Fielding"),
            ("Nobody comes into local politics wanting", "Sarah Fielding"),
            ("But I will not stand here", "Sarah Fielding"),
            ("wasted millions", "Helen Ashby"),
            ("They are asking families who are", "Helen Ashby"),
            ("This budget is a tax on", "Helen Ashby"),
            ("no credible alternative", "Sarah Fielding"),
            ("If the opposition has £23m of", "Sarah Fielding"),
            ("Our members have already been stretched", "Lorraine Kirk"),
            ("My pension went up, but it", "Graham Tebbutt"),
        ],
    ),
    # 13 -- Cork district court, double quotes; garda sergeant, unnamed victim "wrote", solicitor, "the judge", trade body then its president
    (
'''A Cork man who threatened staff at a city centre pharmacy with a syringe has been jailed for 18 months.

Kevin Dineen, 36, with an address at Shandon Street, appeared before Cork District Court on Tuesday, where he pleaded guilty to attempted robbery and possession of an article capable of inflicting serious injury.

Garda Sergeant Niamh Crowley told the court that Dineen entered the pharmacy on Oliver Plunkett Street at about 4.15pm on a Saturday in January, produced a syringe and demanded cash from the till.

"He told the assistant he had HIV and that he would stab her with it if she did not hand over the money," Sgt Crowley said. "She was terrified, but she pressed the panic alarm under the counter and he ran from the shop."

Dineen was arrested by gardaí on Patrick Street within minutes. Sgt Crowley said the syringe was later found to be unused and that the defendant did not, in fact, have HIV.

The court heard that the pharmacy assistant, a 23-year-old student, had not returned to work since the incident.

In a victim impact statement, which was handed in to the court, she wrote: "I used to love my job. Now I cannot go into a shop without checking where the door is. I wake up at night and see his face."

Defence solicitor Eddie Burke said his client had been addicted to heroin since his teens and had been "out of his mind" on the day in question.

"He has no memory of much of what happened, but he does not dispute it and he wants to apologise to that young woman. He has been engaging with the addiction services in Cork Prison and is now drug-free for the first time in many years," Mr Burke said.

Judge Marian O'Leary said she accepted the defendant was remorseful but that the offence was "at the very serious end of the scale".

"This young woman was going about her work, serving the public, and she was subjected to a terrifying ordeal," the judge said. "The courts must send a clear message that staff in shops and pharmacies are entitled to be protected."

She imposed a sentence of two years, suspending the final six months on condition that Dineen engage with the probation service on his release.

The Cork Chamber of Traders said afterwards that attacks on retail and pharmacy staff were becoming "far too common".

"Every retailer in this city will welcome today's sentence. Staff should be able to go to work without fear," said its president, Michael Barrett.''',
        [
            ("He told the assistant he had", "Niamh Crowley"),
            ("She was terrified, but she pressed", "Niamh Crowley"),
            ("I used to love my job.", "~assistant"),
            ("out of his mind", "Eddie Burke"),
            ("He has no memory of much", "Eddie Burke"),
            ("at the very serious end of", "Marian O'Leary"),
            ("This young woman was going about", "Marian O'Leary"),
            ("The courts must send a clear", "Marian O'Leary"),
            ("far too common", "Cork Chamber of Traders"),
            ("Every retailer in this city will", "Michael Barrett"),
        ],
    ),
    # 14 -- bridge closure, single quotes; quote before speaker named, pronoun cue in a later paragraph, chamber of trade partial quote
    (
"""A bridge that carries the main road into Cockermouth is to close for up to five months for repairs, forcing a 14-mile diversion for drivers.

Cumberland Council said inspections had found serious corrosion in the steel beams beneath the deck of Derwent Bridge, which was built in 1936.

'Safety has to come first, and the engineers have been clear that we cannot leave the bridge open to traffic while these repairs are carried out,' said Councillor Denise Fletcher, the council's cabinet member for highways.

Traders in the town, which was devastated by floods in 2009 and again in 2015, fear the closure will keep visitors away during the busiest months of the year.

Mark Armstrong, who owns a bakery on Main Street, said: 'We have been through enough. Every time this town gets back on its feet, something else knocks it down.'

He said he was not against the work being done but wanted it moved to the winter.

'Do it in January, when it is quiet,' he said. 'Not in May, when the coaches start coming.'

The Cockermouth Chamber of Trade said it would be asking the council for extra signage on the approach roads to make clear that 'the town is very much open for business'.

A council spokesperson said the timing had been dictated by the condition of the structure and the availability of specialist contractors, and that delaying the work could lead to an emergency closure at short notice.

Pedestrians and cyclists will still be able to cross the river via a temporary walkway alongside the bridge, and a shuttle bus will run from the town's main car park to the west side of the town every half an hour.""",
        [
            ("Safety has to come first, and", "Denise Fletcher"),
            ("We have been through enough. Every", "Mark Armstrong"),
            ("Do it in January, when it", "Mark Armstrong"),
            ("Not in May, when the coaches", "Mark Armstrong"),
            ("the town is very much open", "Cockermouth Chamber of Trade"),
        ],
    ),
    # 15 -- maternity campaign, curly quotes; "she asked", health board official, Senedd member partial quote
    (
'''Campaigners have handed in a petition with more than 12,000 signatures calling for consultant-led births to be restored at Withybush Hospital in Haverfordwest.

Hywel Dda University Health Board moved consultant-led maternity care to Glangwili Hospital in Carmarthen in 2014, leaving a midwife-led unit in Pembrokeshire.

Jane Thomas, of the Save Withybush Maternity campaign, said women were being forced to travel for up to 90 minutes while in labour.

“We have had babies born in lay-bys and in the back of cars on the A40,” she said. “How many more near misses do there have to be before somebody listens?”

Lowri Jenkins, 29, from Milford Haven, said she had to make the journey twice before her son was born in March.

“The first time they sent me home because I was not far enough along,” she said. “By the time we set off again, I honestly thought I was going to have him in the car.”

Dr Bethan Howells, the board’s executive director of nursing and midwifery, said patient safety had been behind the original decision.

“Concentrating specialist care in one place means women and babies have access to consultants, neonatal care and theatres 24 hours a day,” she said. “We understand the distance is a real concern and we continue to look at ways of supporting women in Pembrokeshire.”

Iwan Pritchard, the Member of the Senedd for the area, said he would raise the petition in the Senedd chamber next week. He described the current arrangements as “simply not fit for a rural county” and called for an independent review.

The health board said it would respond formally to the petition within 28 days.''',
        [
            ("We have had babies born in", "Jane Thomas"),
            ("How many more near misses do", "Jane Thomas"),
            ("The first time they sent me", "Lowri Jenkins"),
            ("By the time we set off", "Lowri Jenkins"),
            ("Concentrating specialist care in one place", "Bethan Howells"),
            ("We understand the distance is a", "Bethan Howells"),
            ("simply not fit for a rural", "Iwan Pritchard"),
        ],
    ),
    # 16 -- dispersal order, double quotes; inspector "warned", shop manager told the Gazette, council spokesperson
    (
'''Police have been given extra powers to move on groups of youths in Blackpool town centre after a spate of anti-social behaviour around the Houndshill shopping centre.

A dispersal order covering the area will be in force from 3pm on Friday until Sunday night, Lancashire Police said.

Insp Dave Mercer said officers had received more than 40 reports in the past fortnight of young people shouting abuse at shoppers, throwing objects and damaging property.

"The vast majority of young people in Blackpool are a credit to the town, and this is not about targeting them," he said. "It is about a small group whose behaviour is intimidating people who just want to do their shopping in peace."

"Anyone who refuses to leave the area when directed by an officer can be arrested," Insp Mercer warned.

Jo Singleton, who manages a card shop in Victoria Street, said staff had been verbally abused on several occasions.

"One of my girls was reduced to tears last Saturday," she told the Gazette. "They come in in a gang, knock things off the shelves and laugh about it. I have had to stop letting more than two of them in at a time."

Blackpool Council said its youth workers would be out in the town centre over the weekend alongside police, offering activities and advice.

"Enforcement on its own is never the whole answer," a council spokesperson said.

The order can be extended if officers believe the problems are continuing. Shoppers are being asked to report incidents to police on 101, or 999 in an emergency.''',
        [
            ("The vast majority of young people", "Dave Mercer"),
            ("It is about a small group", "Dave Mercer"),
            ("Anyone who refuses to leave the", "Dave Mercer"),
            ("One of my girls was reduced", "Jo Singleton"),
            ("They come in in a gang,", "Jo Singleton"),
            ("Enforcement on its own is never", "Blackpool Council"),
        ],
    ),
    # 17 -- Ofsted, single quotes; watchdog speaking through its report, trust partial, chief executive "insisted", parent
    (
"""A secondary school in Hull has been rated inadequate by Ofsted, which warned that pupils are not safe from bullying and that disruption in lessons is 'widespread'.

The watchdog, which inspected Northfield Academy in June, found that leaders had 'not acted quickly enough' to tackle poor behaviour, and that some pupils had told inspectors they were afraid to use the toilets.

'Pupils do not feel confident that adults will deal with bullying when they report it,' Ofsted said in its report.

The Humber Learning Trust, which runs the school, said it was 'extremely disappointed' but accepted the findings in full.

Chief executive Andrew Milner said a new senior leadership team had been appointed since the inspection, and that extra staff had been brought in to supervise corridors and toilets at break times.

'We owe it to every child at Northfield to get this right, and we will. Parents will see real change from the start of next term,' he insisted.

Mother-of-two Stacey Harper, whose son is in Year 9, said she was not surprised by the rating.

'I have been ringing that school every week since Christmas,' she said. 'Nobody ever rang me back.'

The report was not entirely critical. It said teaching in the school's small sixth form was strong and that students there were well prepared for university and apprenticeships.

Hull City Council said it was working closely with the trust and would be offering support to families who had concerns.

The school will now be monitored by inspectors and could be transferred to a different academy trust if it fails to improve.""",
        [
            ("widespread", "Ofsted"),
            ("not acted quickly enough", "Ofsted"),
            ("Pupils do not feel confident that", "Ofsted"),
            ("extremely disappointed", "Humber Learning Trust"),
            ("We owe it to every child", "Andrew Milner"),
            ("I have been ringing that school", "Stacey Harper"),
            ("Nobody ever rang me back.", "Stacey Harper"),
        ],
    ),
    # 18 -- Dublin cycle lane, double quotes; councillor partial + full, campaigner "posted on X", unnamed woman "told reporters"
    (
'''A new segregated cycle route through Blackrock has divided opinion, with some residents claiming it has caused traffic chaos and cyclists insisting it has made the road safe for the first time.

The 1.2km scheme on Rock Road, which opened a fortnight ago, replaced one lane of traffic with a two-way cycle track protected by concrete kerbs.

It forms part of a wider plan to link the coastal suburbs south of Dublin with the city centre by a continuous protected route, and was funded largely by the National Transport Authority.

Fianna Fáil councillor Brendan Nolan said his phone had "not stopped ringing" since the route opened.

"I support cycling, I have always supported cycling, but this was rushed through without proper consultation and the result is queues back to Booterstown every morning," he said.

Ciara Byrne, of the Dublin Cycling Campaign, said such complaints were common when schemes were new and usually faded within months, once drivers had adjusted their routines.

"Parents are cycling their kids to school on this road now. That simply was not happening before," she posted on X.

A woman walking her dog along the route told reporters: "It is lovely for the bikes, but I have lived here 40 years and I have never seen traffic like it."

Local businesses on Main Street are also divided, with some reporting fewer customers arriving by car and others saying they have noticed more people stopping on bicycles.

Dún Laoghaire-Rathdown County Council said it would monitor traffic flows over the coming weeks and make adjustments to signal timings at the junction with Frascati Road if needed.''',
        [
            ("not stopped ringing", "Brendan Nolan"),
            ("I support cycling, I have always", "Brendan Nolan"),
            ("Parents are cycling their kids to", "Ciara Byrne"),
            ("It is lovely for the bikes,", "~woman"),
        ],
    ),
    # 19 -- recycling fire, single quotes; fire officer "explained", unnamed firefighter partial, resident
    (
"""Around 60 firefighters tackled a large blaze at a recycling centre in Bolton overnight, with residents told to keep windows and doors closed because of thick smoke.

Greater Manchester Fire and Rescue Service was called to the site on Raikes Lane at 11.20pm on Saturday, and at the height of the fire ten engines and an aerial platform were in attendance.

Crews used more than two million litres of water, drawn partly from a nearby canal, and a drone was used to identify hot spots within the burning waste.

Group manager Tony Clegg said crews had faced 'a very challenging night'.

'Fires involving large stacks of waste are incredibly difficult to put out because they can smoulder deep inside for hours. We will be on site for some time yet,' he explained.

One firefighter, who had been at the scene for nine hours, said it was 'the biggest one I have seen in a long while'.

Nearby resident Amina Patel said ash had fallen on her car and garden.

'The whole sky was orange,' she said. 'My kids were frightened, so we went to my sister's house in the end.'

Bolton Council said a number of nearby roads had been closed and that a primary school close to the site would open as normal on Monday, with children kept indoors at break times as a precaution.

No-one was injured. The cause of the fire is under investigation, and the Environment Agency said it was monitoring water quality in the nearby River Croal.""",
        [
            ("a very challenging night", "Tony Clegg"),
            ("Fires involving large stacks of waste", "Tony Clegg"),
            ("the biggest one I have seen", "~firefighter"),
            ("The whole sky was orange,", "Amina Patel"),
            ("My kids were frightened, so we", "Amina Patel"),
        ],
    ),
    # 20 -- quarry drowning inquest, double quotes; mother partial then "added:", assistant coroner split quote
    (
'''An inquest has heard how a teenager drowned after jumping into a disused quarry on one of the hottest days of the year.

Callum Reid, 17, from Wrexham, got into difficulty in the cold water at the flooded quarry near Minera on 18 July last year. Friends tried to reach him, but he disappeared beneath the surface. His body was recovered by police divers later that evening.

Giving evidence at the hearing in Ruthin, his mother, Donna Reid, said Callum had been a strong swimmer who had "no idea how dangerous it was".

She added: "None of them did. They thought it was just like going to the swimming baths. It is not. The water down there is freezing, even in July."

Callum's friend Josh Hughes, who was with him that afternoon, said in a statement read to the inquest that the group had been to the quarry several times before without any problems.

"We saw him go under and then he just didn't come back up. I will never forget it," he said.

Recording a conclusion of misadventure, Kate Sutherland, the assistant coroner for North Wales East and Central, said cold water shock was likely to have played a part.

She said she would be writing to the landowner and to Wrexham County Borough Council to ask what more could be done to deter swimmers.

"This is the second death at this location that I am aware of in five years," she said. "Signs alone are clearly not enough."

After the hearing, North Wales Police said officers would continue to patrol the site during hot weather and urged parents to talk to their children about the dangers of open water.''',
        [
            ("no idea how dangerous it was", "Donna Reid"),
            ("None of them did. They thought", "Donna Reid"),
            ("We saw him go under and", "Josh Hughes"),
            ("This is the second death at", "Kate Sutherland"),
            ("Signs alone are clearly not enough.", "Kate Sutherland"),
        ],
    ),
    # 21 -- pub conversion, single quotes; unattributed passive partial quote (None), campaign chairman, owner statement
    (
"""Plans to turn a 200-year-old pub in Frome into six flats have been approved, despite a campaign to save it as a community asset.

The Old Bell on Catherine Hill closed in 2022, and its owners, Westbury Inns, said it had been losing money for several years.

During the consultation, it was claimed that losing the pub would be 'another nail in the coffin' for the town's independent night-time economy.

More than 400 people objected to the application, and a petition calling for the pub to be saved attracted 2,300 signatures.

Campaigners had hoped to buy the building and run it as a community-owned pub, as has happened in several other Somerset towns in recent years.

Somerset Council's planning officers recommended approval, saying the building had been marketed as a pub for more than a year without a viable offer.

Chris Lacey, chairman of the Friends of the Old Bell, said the group was 'gutted'.

'We raised £180,000 in pledges and they would not even sit down with us,' he said. 'We will keep going. This is not over.'

In a statement, Westbury Inns said the conversion would 'secure the future of a listed building that would otherwise continue to deteriorate'.

The ward councillor, Liz Budd, who sits on the committee, did not vote, having previously spoken in support of the campaign.

Under the approved plans, the main bar will be converted into two ground-floor flats and the historic frontage, including the original painted sign, must be retained.

Works are expected to begin in the new year.""",
        [
            ("another nail in the coffin", None),
            ("gutted", "Chris Lacey"),
            ("We raised £180,000 in pledges and", "Chris Lacey"),
            ("We will keep going. This is", "Chris Lacey"),
            ("secure the future of a listed", "Westbury Inns"),
        ],
    ),
    # 22 -- parking charges, double quotes; "he asked", councillor partial, "she continued" after a new paragraph
    (
'''Traders in Ludlow say new parking charges in the town's council-run car parks are driving shoppers to out-of-town supermarkets.

Shropshire Council introduced charges of £1.50 for the first hour at its Galdeford and Castle Street car parks in January, replacing a free 30-minute period that had been in place for more than a decade.

Butcher Nigel Fennell, whose family has run a shop on Corve Street since 1948, said takings were down by a fifth compared with the same period last year.

"People used to pop in for a pound of sausages and a loaf on their way home. Now they think, why would I pay to park when I can go to the big supermarket and park for nothing?" he asked.

The Ludlow Chamber of Trade has written to the council asking for the free period to be reinstated.

In the letter, its chairman, Richard Moss, wrote: "Short stays are the lifeblood of a market town. Take them away and you take away the reason to stop."

Shropshire Council said the changes were needed to cover the cost of maintaining its car parks and were in line with charges in other towns in the county.

Liberal Democrat councillor Tessa Kington said the policy was "short-sighted".

"If you kill off the high street to save a few thousand pounds in car park maintenance, you have not saved anything at all," she said.

She said she would table a motion at the next full council meeting calling for the free period to be restored for a trial period of six months.

"I would urge every trader in Ludlow to come along and have their say," she continued.''',
        [
            ("People used to pop in for", "Nigel Fennell"),
            ("Short stays are the lifeblood of", "Richard Moss"),
            ("short-sighted", "Tessa Kington"),
            ("If you kill off the high", "Tessa Kington"),
            ("I would urge every trader in", "Tessa Kington"),
        ],
    ),
    # 23 -- diagnostic centre opening, single quotes; minister called "the minister", trust chief, patient split quote
    (
"""A new diagnostic centre which will offer thousands of extra scans a year has opened in Grimsby.

The £18m centre at the Freshney Place shopping centre will provide CT, MRI and ultrasound scans, as well as blood tests and heart checks, seven days a week.

Health minister Karen Doyle, who officially opened the centre on Friday, said it would help to bring down waiting lists in north-east Lincolnshire.

'Putting these services in the heart of the town, where people already come to shop, makes it easier for patients and frees up space at the hospital for those who need it most,' the minister said.

Dr Amanda Kerr, chief executive of Northern Lincolnshire and Goole NHS Foundation Trust, said the centre would carry out up to 80,000 tests a year once fully operational.

'For too long, people in this area have waited longer than they should for a diagnosis,' she said.

The trust has some of the longest waits for diagnostic tests in the region, with more than 9,000 people currently waiting for a scan.

Among the first patients was retired docker Ken Walsh, 68, who had a CT scan on Friday morning.

'I was in and out in twenty minutes and I got a cup of tea on the way home,' he said. 'You cannot beat that.'

It is one of more than 150 community diagnostic centres opened across England in recent years, many of them in shopping centres and on retail parks.

The centre will be open from 8am to 8pm, and patients will be referred by their GP or hospital consultant. About 40 new staff have been recruited to run it.""",
        [
            ("Putting these services in the heart", "Karen Doyle"),
            ("For too long, people in this", "Amanda Kerr"),
            ("I was in and out in", "Ken Walsh"),
            ("You cannot beat that.", "Ken Walsh"),
        ],
    ),
    # 24 -- wartime bomb, double quotes; force statement, Royal Navy spokesperson partial, unnamed evacuated resident
    (
'''Around 200 homes were evacuated in Great Yarmouth on Tuesday after a suspected Second World War bomb was found on a building site.

Workers digging foundations for a new housing development off Southtown Road discovered the device at about 10am and alerted police.

Norfolk Police put a 400-metre cordon in place and residents were taken to a rest centre at a nearby leisure centre.

"We appreciate this is very disruptive for residents, and we thank them for their patience while specialists deal with the device safely," the force said in a statement.

A Royal Navy bomb disposal team arrived in the early afternoon. A spokesperson for the Royal Navy later confirmed the device was a 500lb German bomb and said it would be "made safe" on site before being taken out to sea for a controlled explosion.

One evacuated resident, who was sitting in the rest centre with her two dogs, said she had been told she might not be able to return home until the following morning.

"I have lived here 30 years and walked past that field every day," she said. "To think that thing was under there all along."

Several roads, including part of the A47, were closed for much of the day, causing long queues into the town, and a number of bus services were diverted.

It is not the first time such a device has been found in the area. The town was heavily bombed during the war because of its port, and unexploded ordnance is still uncovered from time to time.

Great Yarmouth Borough Council said it would provide overnight accommodation for anyone unable to stay with friends or family.''',
        [
            ("We appreciate this is very disruptive", "Norfolk Police"),
            ("made safe", "Royal Navy"),
            ("I have lived here 30 years", "~resident"),
            ("To think that thing was under", "~resident"),
        ],
    ),
    # 25 -- low emission zone, curly quotes; taxi driver split quote, councillor partial, council spokesperson
    (
'''More than 30,000 fines have been issued to drivers in the first year of Glasgow’s low emission zone, figures obtained by the Evening Times show.

The zone, which covers most of the city centre, bans older petrol and diesel vehicles that do not meet emissions standards, with penalties starting at £60 and doubling for each repeat offence.

Taxi driver Sandy McAllister, who has worked in the city for 26 years, said many drivers had been forced to take out loans to replace their cabs.

“A new cab costs the best part of seventy grand,” he said. “Some of the older boys have just given up and retired.”

Conservative councillor Euan Blackie said the zone was hurting small businesses and people on low incomes. He called it “a tax on the people who can least afford to pay it”.

Figures show that the number of fines issued each month has fallen steadily since the zone came into force, suggesting most drivers are now complying.

Glasgow City Council said air quality in the city centre had improved markedly since the zone came in.

“Nitrogen dioxide levels on some of our busiest streets have fallen by more than a third. This is about protecting the health of Glaswegians, and the evidence shows it is working,” a council spokesperson said.

The council said income from fines was used to cover the cost of running the scheme, and that any surplus would be spent on improving public transport and active travel. Similar zones are already in force in Edinburgh, Dundee and Aberdeen.''',
        [
            ("A new cab costs the best", "Sandy McAllister"),
            ("Some of the older boys have", "Sandy McAllister"),
            ("a tax on the people who", "Euan Blackie"),
            ("Nitrogen dioxide levels on some of", "Glasgow City Council"),
        ],
    ),
    # 26 -- Galway sea rescue, single quotes; lifeboat helm split quote, unnamed woman
    (
"""Two teenagers were rescued from the water off Salthill in Galway on Sunday evening after getting into difficulty while swimming near the diving tower at Blackrock.

The alarm was raised at about 7.30pm by a member of the public, and the Galway RNLI inshore lifeboat was launched within minutes.

Volunteer helm Declan Fahy said the pair, aged 15 and 16, were exhausted by the time the crew reached them about 200 metres from the shore.

'They had been caught by the outgoing tide and were being carried away from the shore,' he said. 'They did exactly the right thing by staying calm and floating on their backs until we got there.'

The crew pulled both teenagers on board and brought them back to the slipway, where they were met by paramedics and members of the Irish Coast Guard.

Both were taken to University Hospital Galway as a precaution and were later said to be in good condition.

A woman who had been walking on the promenade said a crowd had gathered along the railings to watch the rescue.

'Everybody was holding their breath,' she said.

The water temperature was around 13C at the time, according to the lifeboat crew.

Galway City Council said lifeguards are on duty at Salthill and Silverstrand between 11am and 7pm during the summer months, but that the rescue took place after they had finished for the day.

Gardaí urged people to be cautious when swimming at high tide. 'Even strong swimmers can be caught out by currents in the bay, so please use beaches where lifeguards are on duty,' a spokesperson for An Garda Síochána said.""",
        [
            ("They had been caught by the", "Declan Fahy"),
            ("They did exactly the right thing", "Declan Fahy"),
            ("Everybody was holding their breath,", "~woman"),
            ("Even strong swimmers can be caught", "An Garda Síochána"),
        ],
    ),
    # 27 -- rail cancellations, double quotes; commuters' one-word partial, operator spokesperson and "according to" partial, mayor
    (
'''Commuters on the Calder Valley line say they have had "enough" after another week of cancellations left hundreds of passengers stranded on platforms.

Northern cancelled more than 120 services on the route between Leeds and Manchester Victoria in the past seven days, blaming a shortage of train crew.

Passengers have complained on social media of trains being cancelled at a few minutes' notice, and of services arriving with only two carriages during the morning and evening peaks.

The line is one of the busiest in the north of England, carrying commuters from towns such as Todmorden, Hebden Bridge and Halifax into both cities.

Hebden Bridge commuter Fiona Walsh, who travels to Leeds for work, said she had been late four times in a fortnight.

"My manager has been understanding so far, but there is only so long that lasts," she said.

Ms Walsh said she had started driving to Leeds on some days, even though it doubled the cost of her commute.

A spokesperson for Northern said: "We are sorry to customers whose journeys have been disrupted."

More than 100 new conductors are in training, and the situation is "expected to improve significantly from the summer", according to the operator. It also said rest-day working agreements with staff had lapsed, reducing the number of crew available at weekends.

West Yorkshire's mayor, Joanna Hartley, said she would be raising the issue with the rail minister this week and would be asking for the operator's performance to be reviewed.

"The people of the Calder Valley deserve a railway they can rely on, and right now they do not have one," she said.''',
        [
            ("enough", "~commuters"),
            ("My manager has been understanding so", "Fiona Walsh"),
            ("We are sorry to customers whose", "Northern"),
            ("expected to improve significantly from the", "Northern"),
            ("The people of the Calder Valley", "Joanna Hartley"),
        ],
    ),
    # 28 -- sheriff court dog attack, single quotes; fiscal depute, "the sheriff", company spokesperson
    (
"""A dog owner whose Akita attacked a postman in Falkirk has been ordered to pay £1,500 in compensation and had his pet placed under a control order.

Ryan Forsyth, 34, admitted being the owner of a dog that was dangerously out of control when he appeared at Falkirk Sheriff Court.

Forsyth, who was not represented by a solicitor, told the court he was sorry and that the dog had never behaved aggressively before.

Procurator fiscal depute Louise Grant told the court the postman, who cannot be identified, had been delivering a parcel to Forsyth's home in Camelon in October when the dog ran out through an open gate and bit him on the leg and arm.

'He required stitches and was off work for six weeks,' Ms Grant said.

Sheriff Craig Nelson told Forsyth that he had been 'extremely fortunate' the injuries were not more serious.

'It is the responsibility of every owner to keep their dog under control, and you failed in that responsibility,' the sheriff said.

The court heard that Forsyth, who has no previous convictions, had since repaired the gate and fitted a lock to it.

The order requires the dog to be muzzled and kept on a lead in public at all times.

Royal Mail says thousands of its staff are bitten by dogs every year, many of them at the front door or in gardens.

A Royal Mail spokesperson said after the case: 'Our colleagues should be able to deliver to every address without fear of being attacked.'""",
        [
            ("He required stitches and was off", "Louise Grant"),
            ("extremely fortunate", "Craig Nelson"),
            ("It is the responsibility of every", "Craig Nelson"),
            ("Our colleagues should be able to", "Royal Mail"),
        ],
    ),
    # 29 -- residents' parking, double quotes; resident with colon cue, council partial, ward councillor
    (
'''Residents in Bishopston have voted against plans for a residents' parking zone, but the council says it may go ahead anyway.

Bristol City Council's consultation found 54% of respondents in the area were opposed to the scheme, which would see permits costing £60 a year for the first car in each household.

Supporters say the streets around Gloucester Road are clogged every weekday by commuters who park for free and walk to the city centre, while opponents argue that most residents would be paying for a problem they do not have.

Retired nurse Patricia Coombs, who has lived in the area for 40 years, said: "They asked us what we thought and we told them. If they are going to ignore the answer, why bother asking?"

The council said the consultation was "not a referendum" and that the decision would also take into account road safety and the views of businesses.

The authority has introduced similar zones in several other parts of the city over the past decade, and says they have freed up space for residents and reduced the number of cars circling in search of somewhere to park.

Green councillor Ellie Rowland, who represents the ward, said she understood the frustration felt by many people.

"I will be making sure residents' concerns are properly reflected in the final report," she said.

Businesses on Gloucester Road have also raised concerns that customers who drive in from other parts of the city would struggle to find anywhere to park if the zone goes ahead.

A decision is expected from the cabinet member for transport in the autumn.''',
        [
            ("They asked us what we thought", "Patricia Coombs"),
            ("not a referendum", "Bristol City Council"),
            ("I will be making sure residents'", "Ellie Rowland"),
        ],
    ),
    # 30 -- post office closure, single quotes; present-tense "says", company spokesperson, parish council chairman
    (
"""The only post office in the village of Hatherleigh will close at the end of the month after its postmaster announced his retirement and no replacement could be found.

Gordon Pike, 72, has run the branch from the back of his newsagent's shop on Market Street for 31 years.

'It has been a privilege,' he says. 'I have watched children who used to come in for sweets grow up and bring their own children in. But my knees are telling me it is time.'

Customers have been leaving cards and flowers on the counter since the closure was announced, and a collection in the village has raised more than £800 for a retirement gift.

Post Office Ltd said it had been trying to find a new operator since the spring and would run a mobile service in the village two mornings a week.

'We know how important a post office is to a rural community, and we remain committed to restoring a permanent service in Hatherleigh as soon as we can,' a Post Office spokesperson said.

Hatherleigh, which has a population of about 1,600, lost its bank branch in 2017, and the nearest permanent post office is now in Okehampton, seven miles away.

Parish council chairman Derek Luxton said many elderly residents relied on the branch to collect their pensions and pay bills.

'Two mornings a week is better than nothing, but not much better,' he said.

Mr Pike said he intended to keep the newsagent's open for the time being.""",
        [
            ("It has been a privilege,", "Gordon Pike"),
            ("I have watched children who used", "Gordon Pike"),
            ("We know how important a post", "Post Office Ltd"),
            ("Two mornings a week is better", "Derek Luxton"),
        ],
    ),
]
STORIES_BD = [
    # 1 -- retailer annual loss and store closures; CEO later "the chief executive"; partial quote "described the plan as"; analyst "wrote in a note"; unnamed customer
    (
'''Brackwell Stores said on Thursday it would close 42 of its high-street branches over the next year after a slump in clothing sales pushed the retailer to its first annual loss in more than a decade.

The group reported a pre-tax loss of £38.4 million for the year to the end of February, compared with a profit of £61 million a year earlier, as revenue fell 7 per cent to £2.1 billion. Shares fell 14 per cent in early trading in London.

"This has been a difficult year and I am not going to pretend otherwise. Our customers have told us very clearly what they want from us, and in too many places we have not delivered it," said Hannah Okafor, the chief executive, who joined the company from a rival supermarket group in 2022.

Okafor said the closures would affect about 1,900 staff, although she hoped many would be offered roles in nearby stores or in the company's expanding online operation.

"We will do everything we can to keep good people in the business, but we cannot keep open shops that lose money year after year," she told reporters on a call.

Martin Voss, the finance director, said the group had enough cash to fund the restructuring without asking shareholders for more money, pointing to net debt that was lower than a year ago.

Analysts were less sanguine. Deepak Rao of Carrow Securities described the plan as "necessary but late" and questioned whether the remaining estate could be made profitable.

"The closures address the most obvious problem, but the core issue is that Brackwell no longer gives customers a clear reason to walk through the door. Cutting costs buys time. It does not buy relevance," Rao wrote in a note to clients.

The Retail and Distribution Union said it would seek urgent talks with management, arguing that loyal staff should not have to find out from the news that their store was closing.

The chief executive rejected that criticism. "Every colleague affected was told in person this morning before any announcement was made," she said.

At the company's branch in Wolverhampton, one of those earmarked for closure, a long-standing customer said she was not surprised. "It's been half empty for years. You come in for a coat and they've got three sizes left," she said.''',
        [
            ("This has been a difficult year", "Hannah Okafor"),
            ("We will do everything we can", "Hannah Okafor"),
            ("necessary but late", "Deepak Rao"),
            ("The closures address the most obvious", "Deepak Rao"),
            ("Every colleague affected was told in", "Hannah Okafor"),
            ("It's been half empty for years.", "~customer"),
        ],
    ),
    # 2 -- (curly) telecom data breach; company statement; quote over two paragraphs with cue in first; academic later "Celik added"; minister "told the BBC"
    (
'''Veritel, the mobile and broadband provider, said on Monday that hackers had gained access to the personal details of up to 3.2 million customers, including names, addresses, dates of birth and in some cases partial bank details.

The company said it had discovered the intrusion on Friday and had since “contained” it.

“We are deeply sorry that this has happened and we understand how worrying it will be for our customers. We are contacting everyone affected directly and are working closely with the authorities,” Veritel said in a statement.

Paul Harrington, the chief executive, said there was no evidence so far that passwords had been taken, and warned customers to be wary of anyone contacting them about the breach.

“I want to be absolutely clear with customers: we will not ask you for your password or bank details by phone or text,” Harrington told reporters outside the company’s Reading headquarters. “If anyone does, it is not us.

“We will be offering everyone affected two years of free credit monitoring, and we will be looking very hard at how this was allowed to happen.”

The Information Rights Office, the data regulator, said it had been notified and was making inquiries into whether Veritel had met its legal duty to keep customer data secure.

Security researchers said the breach appeared to have begun through a compromised account belonging to a third-party contractor. Dr Amira Celik, a lecturer in cybersecurity at Northfield University, said that pattern was increasingly common.

“Companies spend a fortune hardening their own systems and then give a supplier a set of keys with very little oversight. Attackers know that. They go for the weakest link, and the weakest link is usually somebody else’s laptop,” she said.

Celik added that customers should be alert to phishing messages that used the stolen information to appear genuine.

The technology minister, Rachel Dunmore, told the BBC she had spoken to Harrington on Sunday evening. “I have made it clear that I expect Veritel to be completely open with its customers and with the regulator,” she said.

Some customers said on social media that they had learned of the breach from other users before hearing anything from the company itself.

Shares in Veritel closed 6 per cent lower.''',
        [
            ("contained", "Veritel"),
            ("We are deeply sorry that this", "Veritel"),
            ("I want to be absolutely clear", "Paul Harrington"),
            ("If anyone does, it is not us.", "Paul Harrington"),
            ("We will be offering everyone affected", "Paul Harrington"),
            ("Companies spend a fortune hardening their", "Amira Celik"),
            ("I have made it clear that", "Rachel Dunmore"),
        ],
    ),
    # 3 -- merger referred by competition authority; partial quotes from regulator and company statement; two women CEOs in turn ("she said" twice); analyst "told Bloomberg"
    (
'''Britain's competition watchdog has referred the proposed $4.8 billion takeover of Stratos Payments by Fennick Pay for an in-depth investigation, warning that the deal could push up fees for hundreds of thousands of small businesses.

The Competition and Markets Office said on Wednesday that the two companies were "close competitors" in processing card payments for independent shops, cafes and market traders, and that the combined group would control roughly a third of that market.

"Small businesses rely on card payments more than ever, and they need a genuine choice of provider. On the evidence we have seen so far, this deal could reduce that choice and leave merchants paying more," said Joel Abernathy, the regulator's senior director of mergers.

Fennick has five working days to offer remedies, such as selling part of the business, before the second-phase inquiry formally begins.

Fennick said in a statement it was "disappointed" by the decision but would engage constructively with the regulator.

Lena Marquardt, Fennick's chief executive, was more combative on a call with analysts. "The market the regulator is describing is not the market we actually compete in. Merchants today can switch provider in an afternoon. The idea that we could raise prices and keep our customers is simply not credible," she said.

Ingrid Holm, who founded Stratos in a flat in Bristol in 2011 and remains its chief executive, struck a softer tone. "We respect the process and we'll work through it. I've always said Stratos would be stronger with the scale Fennick brings, and I still believe that," she said.

She added that the company would carry on with "business as usual" while the inquiry ran.

Tom Brierley, who chairs the Federation of Independent Traders, welcomed the referral, saying his members already paid a confusing array of charges on a single card transaction.

Analysts said the referral made it less likely the deal would close this year. "An in-depth probe is a six-month process at best, and the remedies the regulator will want are going to be expensive. I'd put the odds of this completing in its current form at no better than even," Sunita Pillai, an analyst at Hartwell Research, told Bloomberg.

Shares in Fennick fell 3 per cent, while Stratos, which is listed in Amsterdam, dropped 9 per cent.''',
        [
            ("close competitors", "Competition and Markets Office"),
            ("Small businesses rely on card payments", "Joel Abernathy"),
            ("disappointed", "Fennick Pay"),
            ("The market the regulator is describing", "Lena Marquardt"),
            ("We respect the process and we'll", "Ingrid Holm"),
            ("business as usual", "Ingrid Holm"),
            ("An in-depth probe is a six-month", "Sunita Pillai"),
        ],
    ),
    # 4 -- (curly) central bank holds rates; "the Bank said in a statement"; governor "asked ... replied"; deputy governor; economist "wrote ... in a note"; business group partial
    (
'''The Reserve Bank left its benchmark interest rate unchanged at 4.25 per cent on Thursday, but signalled that cuts could come sooner than markets had expected after inflation fell for a fourth consecutive month.

Five of the nine members of the monetary policy committee voted to hold, while four backed an immediate quarter-point reduction, the closest split since the committee was set up.

“The committee judges that the balance of risks has shifted. Inflationary pressures from wages and services are easing more quickly than anticipated, while the outlook for growth has weakened,” the Bank said in a statement accompanying the decision.

Governor Adrian Sowerby told a press conference that the committee was “not yet at the point” of cutting but was getting closer.

“We want to see a little more evidence that the fall in inflation is durable. We have been surprised before, in both directions, and the cost of moving too early and having to reverse is considerable,” he said.

Asked whether a cut at the next meeting in six weeks was likely, Sowerby replied: “I’m not going to pre-commit. But I would not want anyone to leave this room thinking the door is closed.”

Deputy governor Fiona Achterberg, one of the four members who voted to cut, set out her reasoning in a speech in Manchester later in the day. “Monetary policy works with long and variable lags. If we wait until inflation is sitting comfortably at target before we move, we will almost certainly have waited too long,” she said.

The pound fell 0.6 per cent against the dollar after the announcement, and two-year government bond yields dropped to their lowest level since last spring.

Economists broadly read the vote as a sign that a cut was imminent. “A five-four split with the deputy governor in the minority is about as loud a signal as this committee ever sends. We now expect a cut in June, followed by another in September,” wrote Marcus Feld, chief economist at Hollin & Webb, in a note to clients.

Business groups urged the Bank to act faster. The Chambers of Industry said in a statement that firms were “crying out for relief” after two years of high borrowing costs.

Household borrowers are also feeling the squeeze. Mortgage brokers said clients coming off fixed-rate deals were facing monthly payments hundreds of pounds higher than before.''',
        [
            ("The committee judges that the balance", "Reserve Bank"),
            ("not yet at the point", "Adrian Sowerby"),
            ("We want to see a little", "Adrian Sowerby"),
            ("I’m not going to pre-commit.", "Adrian Sowerby"),
            ("Monetary policy works with long and", "Fiona Achterberg"),
            ("A five-four split with the deputy", "Marcus Feld"),
            ("crying out for relief", "Chambers of Industry"),
        ],
    ),
    # 5 -- tech layoffs; CEO memo "wrote"; anonymous former employee on LinkedIn; analyst; economist "told CNBC"; unnamed spokesperson partial
    (
'''Quillon, the San Francisco-based workplace software company, will cut about 1,200 jobs, or roughly 14 per cent of its workforce, as it redirects spending towards artificial intelligence products, chief executive Daniel Reyes told staff on Tuesday.

In a memo to employees that was later published on the company's blog, Reyes wrote that the decision was "the hardest I have made since taking this job" and that he took full responsibility for hiring too quickly during the pandemic.

"We grew our teams for a world that did not arrive. Demand for some of our older products has slowed, while the opportunity in AI is larger than anything we have seen. We have to be honest about where we put our people and our money," he wrote.

Affected employees in the United States will receive at least 16 weeks of severance pay and continued health coverage until the end of the year, according to the memo.

The cuts fall most heavily on sales, recruiting and the teams that support Quillon's older document-management software. Several employees posted about their departures on LinkedIn within hours of the announcement.

"Seven years, three reorganisations and one very polite video call. I'm proud of what we built. I'm less proud of how this was done," wrote one former product manager.

Kieran Doyle, who co-founded Quillon in 2013 and left its board last year, posted on X that he was heartbroken for those affected and urged other companies to hire them.

Investors welcomed the move. Quillon's shares rose 5 per cent in after-hours trading.

"This is a company that had too many people doing things that no longer drive growth, and Wall Street has been waiting for management to admit it," said Olivia Tran, a software analyst at Redcliffe Partners.

She added that the bigger test would be whether Quillon's new AI assistant, due to launch in the autumn, could persuade existing customers to pay more.

The layoffs are the latest in a wave across the technology sector. Nathan Albright, a labour economist at Lakeshore University, said companies were increasingly citing AI to justify cuts that had as much to do with cost.

"Some of this is a genuine shift in what these companies need. But some of it is simply that AI makes a more flattering headline than margins do," he told CNBC.

Asked whether further cuts were planned, a Quillon spokesperson said the company had "no plans for additional reductions at this time".''',
        [
            ("the hardest I have made since", "Daniel Reyes"),
            ("We grew our teams for a", "Daniel Reyes"),
            ("Seven years, three reorganisations and one", "~manager"),
            ("This is a company that had", "Olivia Tran"),
            ("Some of this is a genuine", "Nathan Albright"),
            ("no plans for additional reductions", "Quillon"),
        ],
    ),
    # 6 -- car plant strike; union partial "described as"; union leader and plant boss (both women) in turn; worker described as "the 56-year-old"
    (
'''Workers at Harland Motors' car plant in Ashby will stage a series of 48-hour strikes from next month after rejecting a pay offer that their union described as "an insult".

Members of the United Manufacturing Union voted by 87 per cent to walk out, on a turnout of 79 per cent, in a dispute over pay and plans to introduce weekend shifts without extra payment.

"Our members have kept this plant running through a pandemic, a chip shortage and the switch to electric vehicles. They have been rewarded with a pay offer that doesn't even keep pace with the price of their weekly shop," said Sharon Keegan, the union's general secretary.

Harland, which employs about 4,600 people at the site, has offered a 4 per cent rise this year and 3 per cent next. Claire Whitfield, the plant's managing director, said the offer was "fair and affordable" given the pressures on the car industry.

"We operate in an extremely competitive market, and every pound we add to our costs here is a pound that makes Ashby less attractive for future investment. I would urge the union to come back to the table," Whitfield said.

Keegan said the company's argument did not survive contact with its own accounts. "This is a business that paid its shareholders £210 million last year. Don't tell us there's no money," she said.

Whitfield countered that the dividend had been paid by Harland's parent company in Japan and that the British operation had made a loss in two of the past three years.

On the picket line at a one-day stoppage in March, Dave Mottram, who has worked on the paint line for 22 years, said morale was the lowest he could remember.

"Years ago you felt like part of something here. Now it's targets, targets, targets, and if you're two minutes late back from your break there's a meeting about it," the 56-year-old said.

The Society of Vehicle Builders, the industry's trade body, warned that prolonged disruption could hit suppliers across the region, which depend on the plant for thousands of jobs.

Lucy Aldred, the MP for Ashby North, said she had written to both sides urging them to accept conciliation.''',
        [
            ("an insult", "United Manufacturing Union"),
            ("Our members have kept this plant", "Sharon Keegan"),
            ("fair and affordable", "Claire Whitfield"),
            ("We operate in an extremely competitive", "Claire Whitfield"),
            ("This is a business that paid", "Sharon Keegan"),
            ("Years ago you felt like part", "Dave Mottram"),
        ],
    ),
    # 7 -- (curly) energy company record profit; "insisted" partial; campaigner split quote; department spokesperson partial; analyst "told the Financial Times"
    (
'''Northgate Energy reported a record annual profit of £3.9 billion on Thursday, prompting renewed calls for a tougher windfall tax at a time when millions of households are still struggling with their energy bills.

The oil and gas producer, which also owns one of the country’s largest household energy suppliers, said higher production from its North Sea fields and strong trading gains had more than offset lower wholesale gas prices.

Simon Achebe, the chief executive, defended the result. “We are investing more in this country than at any point in our history. Every pound of profit we make here is a pound we can put into new wind farms, into carbon capture and into the grid,” he said.

He said the company would spend £6 billion in Britain over the next five years, and insisted that the existing windfall levy was already “among the highest tax rates on any industry anywhere in the world”.

Campaigners were unimpressed. Jenny Cole, director of the consumer group Fair Bills, said the figures would be “a slap in the face” for families behind on their payments.

“There are 2.6 million households in debt to their energy supplier right now. Some of them will be Northgate customers, and they will wonder why they are being chased for a few hundred pounds while the company makes billions,” she said. “If the company wants to show it cares, it could start by writing off the debts of its poorest customers.”

A spokesperson for the Department for Energy said ministers kept the levy “under review” and pointed to support schemes for vulnerable households.

Analysts noted that Northgate’s trading arm had delivered almost a third of the profit. “Trading is notoriously volatile. You cannot build a dividend policy on it, and I’d expect this number to come down significantly next year,” Rowan Castell, an energy analyst at Marlow Capital, told the Financial Times.

Northgate raised its dividend by 10 per cent and announced a further £1.5 billion share buyback, a move likely to add to political pressure on the company.''',
        [
            ("We are investing more in this", "Simon Achebe"),
            ("among the highest tax rates on", "Simon Achebe"),
            ("a slap in the face", "Jenny Cole"),
            ("There are 2.6 million households in", "Jenny Cole"),
            ("If the company wants to show", "Jenny Cole"),
            ("under review", "Department for Energy"),
            ("Trading is notoriously volatile. You cannot", "Rowan Castell"),
        ],
    ),
    # 8 -- digital bank fined by regulator; company "the statement said"; new CEO internal message split around "Nowak wrote"; anonymous former compliance staffer
    (
'''Brightwell, the app-based bank with more than 8 million customers, has been fined £28.6 million by the City regulator for failing to stop thousands of accounts being opened by people linked to fraud and money laundering.

The Financial Standards Authority said Brightwell had allowed its customer base to grow far faster than its systems for checking who those customers were. Between 2019 and 2022, it said, the bank opened more than 60,000 accounts for customers it had classified as high risk without carrying out the additional checks its own policies required.

"Brightwell's growth was impressive, but it was built on foundations that were not fit for purpose. Banks are the first line of defence against financial crime. When that line is weak, criminals notice," said Helen Marsh, the authority's executive director of enforcement.

The fine would have been £40.8 million but was reduced because Brightwell agreed to settle, the regulator said.

Brightwell said in a statement that it accepted the findings and had overhauled its controls since the period in question. "We have more than tripled the size of our financial crime team and invested over £90 million in systems and people. We are a very different bank today," the statement said.

Tomasz Nowak, who became chief executive in 2023 after the departure of founder Ellis Barrow, told staff in an internal message seen by this newspaper that the fine drew "a line under a chapter we are not proud of".

"We should never have let our ambition outrun our controls," Nowak wrote. "I want every one of you to feel that raising a concern is part of your job, not a risk to it."

A former member of Brightwell's compliance team, who asked not to be named because she still works in the industry, said warnings had been raised internally as early as 2020. "We were told to clear the backlog, not to ask why the backlog existed. Everyone knew the numbers didn't add up," she said.

Brightwell declined to comment on the former employee's account.

The penalty is the latest in a series of enforcement actions against fast-growing digital lenders. Jonathan Pryce, a banking analyst at Stellan & Co, said in a note that investors should not treat the fine as a one-off, arguing that the regulator was sending a message to the whole sector.''',
        [
            ("Brightwell's growth was impressive, but it", "Helen Marsh"),
            ("We have more than tripled the", "Brightwell"),
            ("a line under a chapter we", "Tomasz Nowak"),
            ("We should never have let our", "Tomasz Nowak"),
            ("I want every one of you", "Tomasz Nowak"),
            ("We were told to clear the", "~member"),
        ],
    ),
    # 9 -- chipmaker results call; CEO and CFO (both men) in turn; analyst question "asked:"; CEO "replied" with split quote; "explained"; note "wrote"
    (
'''Shares in Solvane Semiconductor jumped 11 per cent in after-hours trading on Wednesday after the chipmaker reported quarterly revenue well ahead of expectations, driven by soaring demand for the memory chips used in artificial intelligence data centres.

Revenue for the three months to the end of June rose 62 per cent from a year earlier to $8.4 billion, against analyst forecasts of $7.6 billion. Net income more than tripled to $2.1 billion.

"We are at the beginning of a very long cycle. Every major cloud provider is telling us the same thing: they want more capacity, and they want it sooner," chief executive Raymond Cheung said on a call with analysts.

Cheung said Solvane had sold out its entire production of high-bandwidth memory for next year and was in talks with customers about supply for the year after.

Chief financial officer Andrew Pickett said the company would raise capital spending to about $14 billion this year, up from a previous estimate of $11 billion, to expand a factory in Arizona and build a new packaging plant in Malaysia.

"We are being disciplined, but we're not going to be timid. When customers are prepaying for capacity, the risk profile of that investment looks very different," Pickett explained.

During the question-and-answer session, Vivek Menon of Garrison Brothers asked: "How confident are you that we're not setting up the same boom and bust we've seen in memory before?"

"I've been in this industry for thirty years, so of course I worry about it," Cheung replied. "The difference this time is that demand is being driven by a handful of very large customers who are signing multi-year agreements. That's not how the old cycles worked."

Pickett added that the company had built in flexibility to slow spending if orders weakened.

Not everyone was convinced. "Every memory upcycle in history has ended with too much capacity, and every one of them was accompanied by management teams explaining why this time was different," wrote Elena Varga, a semiconductor analyst at Northbrook Research, in a note to clients on Thursday. She kept a neutral rating on the stock.

Solvane also said it expected third-quarter revenue of between $9.1 billion and $9.5 billion.

The results come amid rising trade tensions. Asked about possible new export restrictions on advanced chips, Cheung said: "We follow the rules wherever we operate. Beyond that, I'm not going to speculate on policy."''',
        [
            ("We are at the beginning of", "Raymond Cheung"),
            ("We are being disciplined, but we're", "Andrew Pickett"),
            ("How confident are you that we're", "Vivek Menon"),
            ("I've been in this industry for", "Raymond Cheung"),
            ("The difference this time is that", "Raymond Cheung"),
            ("Every memory upcycle in history has", "Elena Varga"),
            ("We follow the rules wherever we", "Raymond Cheung"),
        ],
    ),
    # 10 -- (curly) inflation figures; statistics official; minister partial + statement; opposition "told Sky News"; economist "wrote"; shopper later "the 54-year-old, ... said:"
    (
'''Inflation rose unexpectedly to 3.4 per cent in March, official figures showed on Wednesday, driven by sharp increases in food prices and water bills, in a blow to hopes of a rapid fall in interest rates.

The increase, from 3.0 per cent in February, was larger than the 3.2 per cent forecast by economists polled by Reuters. Food and non-alcoholic drink prices rose 4.6 per cent over the year, the fastest pace in fourteen months.

“Food prices, particularly for meat, chocolate and coffee, were the biggest driver of the rise this month, while water and sewerage bills also rose sharply as annual increases came into effect,” said Graham Okoro, chief economist at the National Statistics Agency.

The finance minister, Eleanor Whitlock, said the government was “not complacent” about the cost of living. “I know families are still feeling the pressure at the checkout. That is why we are determined to keep public finances on a sound footing, so that interest rates can come down,” she said in a statement.

Her opposite number, Richard Haines, described the figures as “a damning verdict” on the government’s economic record. “Ministers keep telling people the worst is over. People who do the weekly shop know better,” he told Sky News.

Economists said the reading made a rate cut next month less likely. “This is the wrong direction of travel at the wrong time for the central bank. Services inflation remains sticky, and now goods inflation is turning higher too,” wrote Sofia Lindqvist, senior economist at Calder Investments, in a research note.

The British Grocers’ Association said supermarkets were absorbing as much of their own cost increases as they could but were facing higher wage bills and packaging levies.

At a discount supermarket in Croydon, Tunde Adeyemi said he had started buying own-brand products and shopping every other day to avoid waste. The 54-year-old, who works as a bus driver, said: “Coffee has gone up, butter has gone up, everything in the trolley has gone up. You stop looking at the prices after a while because it just depresses you.”

Okoro said some of the increase reflected one-off factors that would fall out of the figures over the coming months.''',
        [
            ("Food prices, particularly for meat, chocolate", "Graham Okoro"),
            ("not complacent", "Eleanor Whitlock"),
            ("I know families are still feeling", "Eleanor Whitlock"),
            ("a damning verdict", "Richard Haines"),
            ("Ministers keep telling people the worst", "Richard Haines"),
            ("This is the wrong direction of", "Sofia Lindqvist"),
            ("Coffee has gone up, butter has", "Tunde Adeyemi"),
        ],
    ),
    # 11 -- ransomware hits logistics firm; company statement; MD "told the trade publication"; supermarket spokeswoman -> company; expert "warned"; unnamed driver; partial quote at end
    (
'''Several of the country's biggest supermarket chains warned of gaps on shelves this weekend after a ransomware attack on Carradine Logistics, one of the largest operators of chilled-food warehouses, knocked out its ordering and tracking systems.

Carradine said the attack was detected early on Tuesday and that it had taken "a number of systems offline as a precaution". The company, which handles refrigerated deliveries for four major grocers and dozens of food manufacturers, said it was falling back on manual processes.

"We are working around the clock with external specialists to restore our systems safely and as quickly as possible. We apologise to our customers and partners for the disruption," the company said in a statement on Wednesday.

Mark Devlin, Carradine's managing director, told the trade publication Grocery Weekly that lorries were still moving but that paper-based processes were slowing everything down. "We are literally printing picking lists and walking them round the warehouse. It works, but it's perhaps a third of our normal speed," he said.

Fellmore, the supermarket chain, said some stores might run short of chilled products including yoghurts, ready meals and fresh meat. "We're working closely with Carradine and with our other suppliers to minimise the impact on customers," a Fellmore spokeswoman said.

The National Cyber Defence Centre said it was supporting the company. It did not comment on who was responsible, but security researchers said a ransomware group had listed Carradine on its leak site on Wednesday evening, claiming to have stolen 400 gigabytes of data.

Kate Sorensen, a former government cyber official who now advises companies on incident response, said logistics firms were attractive targets because disruption was so visible. "Criminals know that if the shelves are empty, the pressure to pay goes up very quickly. The food supply chain runs on just-in-time systems, and there's almost no slack," she warned.

Food producers said the disruption was already costing them. Andrew McCall, who runs a dairy in Ayrshire that supplies Carradine's Scottish depot, said he had been forced to pour away milk because there was nowhere to store it.

At a depot near Daventry, one driver said he had been waiting in a queue of lorries for six hours. "Nobody knows what's going on. They're doing it all on clipboards," he said.

Devlin said he expected most systems to be restored "within days, not weeks" but declined to say whether the company had been asked for a ransom.''',
        [
            ("a number of systems offline as", "Carradine Logistics"),
            ("We are working around the clock", "Carradine Logistics"),
            ("We are literally printing picking lists", "Mark Devlin"),
            ("We're working closely with Carradine and", "Fellmore"),
            ("Criminals know that if the shelves", "Kate Sorensen"),
            ("Nobody knows what's going on.", "~driver"),
            ("within days, not weeks", "Mark Devlin"),
        ],
    ),
    # 12 -- board rejects private equity bid; "the board ... saying" partial; chairman with title (Sir) later by surname; bidder "the firm said"; unnamed source "told Reuters" then "the person said"
    (
'''The board of Pemberton Group, the engineering and defence components maker, has rejected a £5.2 billion takeover approach from the US private equity firm Ridgeline Capital, saying the offer "fundamentally undervalues" the company and its prospects.

Ridgeline confirmed on Monday that it had made three proposals since January, the latest at 640p a share, a 38 per cent premium to Pemberton's closing price before news of the approach leaked last week.

"The board has carefully considered each proposal and has unanimously concluded that none of them reflects the value that Pemberton can deliver as an independent company," Sir Michael Grant, the chairman, said in a statement to the stock market.

Grant said the company was in the early stages of a turnaround plan that would lift operating margins from 9 per cent to 14 per cent by 2028. "Our shareholders should be in no doubt: we are not for sale at a price that hands the fruits of that work to somebody else," he said.

Ridgeline said it was disappointed that Pemberton's board had refused to engage. "We have put forward a compelling, fully financed cash offer that gives shareholders certainty of value today. We urge the board to open its books," the firm said.

Under takeover rules, Ridgeline has until May 28 to announce a firm offer or walk away.

Some investors signalled they would welcome a higher bid. Fiona Macrae, a fund manager at Tayside Asset Management, which owns about 3 per cent of Pemberton, said the board was right to hold out but should not close the door. "At 640p, no. At something with a seven in front of it, we'd want the board to have a serious conversation," she said.

A person familiar with Ridgeline's thinking told Reuters the firm was prepared to raise its offer modestly but would not get into a bidding war. "They like the asset, but they're not going to chase it off a cliff," the person said.

The approach has raised concerns because Pemberton makes parts used in military aircraft and naval vessels. Philip Sandys, an MP who sits on the defence committee, said any deal should be examined under national security legislation.

The Amalgamated Engineering Union, which represents about 2,000 of Pemberton's 9,000 UK staff, said private equity ownership had a poor track record in British manufacturing.''',
        [
            ("fundamentally undervalues", "Pemberton Group"),
            ("The board has carefully considered each", "Michael Grant"),
            ("Our shareholders should be in no", "Michael Grant"),
            ("We have put forward a compelling,", "Ridgeline Capital"),
            ("At 640p, no. At something with", "Fiona Macrae"),
            ("They like the asset, but they're", "~person"),
        ],
    ),
    # 13 -- (curly) crypto exchange freezes withdrawals; company partials and "the post said"; founder video; customer; user known only by first name; lawyer
    (
'''Customers of Kryptal, one of Europe’s larger cryptocurrency trading platforms, have been unable to withdraw funds for three days after the company froze accounts, citing what it called “extreme market conditions”.

The Lisbon-based exchange, which says it has about 1.4 million users, posted on X late on Sunday that withdrawals had been paused “to protect all customers fairly”. “We understand how stressful this is. We are working on a solution and will update you within 48 hours,” the post said.

That deadline passed on Tuesday evening without an update.

Nuno Ferraz, Kryptal’s co-founder and chief executive, broke his silence on Wednesday in a video posted to the company’s YouTube channel. “I want to say directly to every customer: I am sorry. We made decisions about how we managed our reserves that, in hindsight, were wrong, and I take responsibility for that,” he said.

Ferraz said the company was in talks with several potential partners about a rescue deal, but gave no details.

Portugal’s securities regulator said it was monitoring the situation and reminded investors that crypto platforms were not covered by the deposit guarantee schemes that protect bank accounts.

For customers, the uncertainty is painful. Inês Carvalho, a 29-year-old nurse from Porto, said she had about €14,000 on the platform, most of her savings. “I was told it was safe, that they had the licences, that it was regulated. Now I check the app every hour and nothing changes,” she said.

Another user, who asked to be identified only by his first name, Tiago, said he had joined a group of more than 3,000 customers organising on Telegram. “We want answers and we want lawyers. Nobody believes the 48 hours any more,” he said.

Lawyers said customers could face a long wait. “If this ends in insolvency, crypto customers are often treated as unsecured creditors, which means they are at the back of the queue, and recoveries can take years,” said Marta Valente, a partner at a Lisbon law firm who specialises in financial disputes.

Analysts said Kryptal’s difficulties echoed the collapse of several larger platforms in 2022, and raised fresh questions about whether exchanges kept customers’ money separate and fully backed.''',
        [
            ("extreme market conditions", "Kryptal"),
            ("to protect all customers fairly", "Kryptal"),
            ("We understand how stressful this is.", "Kryptal"),
            ("I want to say directly to", "Nuno Ferraz"),
            ("I was told it was safe,", "Inês Carvalho"),
            ("We want answers and we want", "Tiago"),
            ("If this ends in insolvency, crypto", "Marta Valente"),
        ],
    ),
    # 14 -- water company fined; regulator chief "he continued" with three-word quote; company partial; CEO asked on radio programme, "Sterne said:"
    (
'''Vale Water has been ordered to pay £61 million after the industry regulator found it had failed to properly maintain its sewage treatment works, allowing untreated waste to pour into rivers and coastal waters far more often than permitted.

The penalty, the largest ever imposed on a water company, will be paid from the company's profits and cannot be passed on to customers through bills, the Water Standards Authority said.

"What we have found is a company that ran its assets into the ground while paying out to its shareholders. Customers paid for a service they did not get, and our rivers and beaches paid the price," said Dominic Farrow, the authority's chief executive.

Farrow said investigators had found that several treatment works had been operating well below capacity for years because of broken equipment that had not been repaired.

"This was not bad luck, and it was not the weather," he continued. "These were decisions."

Vale Water said it accepted that "mistakes were made" in the past but disputed some of the regulator's findings. Its chief executive, Julian Sterne, said the company was in the middle of a £2.4 billion investment programme. "We know we have to earn back the trust of the communities we serve, and we are spending more on our network than at any time since privatisation," he said.

Campaigners said the fine did not go far enough. Ruth Abara, director of the Clean Rivers Trust, said the penalty was small compared with the dividends taken out of the company over the past decade.

The company was criticised last year after it emerged that Sterne had received a bonus of £480,000. Asked on a radio phone-in whether he would waive his bonus this year, Sterne said: "That is a matter for the remuneration committee. I'm not going to pre-empt it."

The Department for Environment said in a statement that the fine sent a clear message to the industry.

In the seaside town of Seabrook, where bathing warnings were issued on 19 days last summer, open-water swimmer Lorna Keddie said she had been ill twice after swimming and now checked sewage alerts before going into the sea.''',
        [
            ("What we have found is a", "Dominic Farrow"),
            ("This was not bad luck, and", "Dominic Farrow"),
            ("These were decisions.", "Dominic Farrow"),
            ("mistakes were made", "Vale Water"),
            ("We know we have to earn", "Julian Sterne"),
            ("That is a matter for the", "Julian Sterne"),
        ],
    ),
    # 15 -- EV start-up cuts forecast; founder quote split around "told investors" with short tail; later "the 44-year-old"; analyst; supplier statement partial; customer
    (
'''Voltera, the electric vehicle start-up, slashed its production forecast for the year on Monday and said it would need to raise more money within months, sending its shares down by more than a quarter.

The company, which listed on the Nasdaq two years ago at a valuation of $9 billion, now expects to build between 11,000 and 13,000 vehicles this year, down from a previous forecast of 25,000. It blamed problems with a supplier of battery modules and weaker-than-expected demand for its flagship SUV.

"I'm not going to dress this up. We set a target and we missed it, badly," Marco Bellini, the company's founder and chief executive, told investors. "That's on me."

Bellini, a former engineer at a German carmaker, said Voltera had ended the quarter with $1.3 billion in cash, enough to last into the first half of next year at current spending. The company is exploring options including a share sale, a strategic partnership and government-backed loans.

In an interview with the Wall Street Journal later in the day, the 44-year-old said he still believed Voltera could become profitable. "Every car company that has ever mattered went through a moment like this. The ones that survived are the ones that kept their nerve," he said.

Analysts were sceptical. "The cash runway is now the whole story. Any equity raise at these prices would be massively dilutive," said Anjali Raman, who covers the automotive sector at Ashgrove Securities.

She cut her price target on the stock from $14 to $6.

The battery supplier, Korea-based Hanseo Cells, said in a statement that it had "fulfilled all contractual obligations" and rejected any suggestion that it was responsible for Voltera's difficulties.

Customers who placed deposits have voiced growing frustration online. Greg Turnbull, a software developer in Denver who put down $1,000 in 2022, said he was still waiting for a delivery date. "They keep sending emails saying how excited they are for me. I'd be excited too if I knew when the thing was arriving," he said.''',
        [
            ("I'm not going to dress this", "Marco Bellini"),
            ("That's on me.", "Marco Bellini"),
            ("Every car company that has ever", "Marco Bellini"),
            ("The cash runway is now the", "Anjali Raman"),
            ("fulfilled all contractual obligations", "Hanseo Cells"),
            ("They keep sending emails saying how", "Greg Turnbull"),
        ],
    ),
    # 16 -- (curly) court rules app store monopoly; judge "wrote" after partial; company spokesperson split quote; developer CEO partial then "told reporters"; professor
    (
'''A federal judge has ruled that Orbis illegally maintained a monopoly over the distribution of apps on its smartphones, in a decision that could force the technology giant to overhaul the fees it charges developers and open its devices to rival app stores.

In a 112-page opinion issued on Friday, Judge Miriam Castellanos of the US District Court in San Jose found that Orbis had used “a web of contractual restrictions and technical barriers” to stop developers from reaching customers through other channels.

“The evidence shows that Orbis did not win its position through a better product alone. It protected that position by making the alternatives impractical, and then charged developers for the privilege of having no alternative,” Castellanos wrote.

The judge will hold a separate hearing next month to decide on remedies.

Orbis said it would appeal. “We strongly disagree with this ruling,” a company spokesperson said. “Our app store was built to keep users safe and to give developers of every size access to a global audience.”

The case was brought by a coalition of app developers led by Pixelmoor, the maker of the hit puzzle game Tilefall. Its chief executive, Sam Okonjo, said the ruling was “a good day for anyone who has ever built something and been told to hand over a third of what they earn from it”.

“For ten years we’ve been told this is just how the world works. Today a court said it doesn’t have to be,” Okonjo told reporters outside the courthouse.

Legal experts cautioned that the appeal could take years. “Liability findings are one thing. Remedies are where these cases are really won or lost. If the judge orders Orbis to allow third-party stores, that’s transformative; if she just trims the fees, the company will live with it happily,” said Daniel Kirsch, a professor of antitrust law at Halston University.

Orbis shares fell 2.1 per cent in after-hours trading. The company earns an estimated $24 billion a year from app store commissions, according to analysts at Corbel Partners.''',
        [
            ("a web of contractual restrictions and", "Miriam Castellanos"),
            ("The evidence shows that Orbis did", "Miriam Castellanos"),
            ("We strongly disagree with this ruling,", "Orbis"),
            ("Our app store was built to", "Orbis"),
            ("a good day for anyone who", "Sam Okonjo"),
            ("For ten years we’ve been told", "Sam Okonjo"),
            ("Liability findings are one thing. Remedies", "Daniel Kirsch"),
        ],
    ),
    # 17 -- steelworks closure; owner statement; minister (woman) "told the House of Commons"; union partial then leader "said:" and "added:" in separate paragraphs; worker
    (
'''Caldmoor Steel will close both blast furnaces at its Port Hollis works by the end of September, putting up to 2,800 jobs at risk, after talks with the government over a £1.2 billion support package collapsed.

The company's owner, the Singapore-based conglomerate Tanjung Holdings, said the plant was losing about £1.4 million a day and that it could no longer fund the losses.

"We have explored every possible option to keep primary steelmaking at Port Hollis. Regrettably, without an agreement on the scale of support required, the business is not sustainable," Tanjung said in a statement.

The business secretary, Anita Rowe, said the government's offer had been "generous and fair" and accused the company of moving the goalposts. "We put a serious package on the table, backed by taxpayers' money, with conditions to protect jobs. Tanjung wanted the money without the conditions," she told the House of Commons.

Rowe said a taskforce would be set up to support workers and the local economy.

The Steel and Metal Workers' Confederation said the closure would be "an act of industrial vandalism". Its general secretary, Gwen Pritchard, said: "Once those furnaces go cold, they don't come back. This country will become the only major economy in the world that cannot make its own virgin steel."

Pritchard added: "Ministers and the company have been playing a game of chicken, and it's steelworkers who have been run over."

Bethan Lloyd, leader of Port Hollis council, said the town had been built around the works and that the closure would hit cafes, contractors and hauliers as well as the plant itself.

Economists said the closure reflected wider pressure on European steelmakers from high energy costs and cheap imports.

Outside the works gates on Thursday, crane operator Rhys Bevan, 34, said he had heard the news on the radio on his way to a shift. "My dad worked here, my grandad worked here. I've got two kids and a mortgage, and I don't know what I'm supposed to do now," he said.''',
        [
            ("We have explored every possible option", "Tanjung Holdings"),
            ("generous and fair", "Anita Rowe"),
            ("We put a serious package on", "Anita Rowe"),
            ("an act of industrial vandalism", "Steel and Metal Workers' Confederation"),
            ("Once those furnaces go cold, they", "Gwen Pritchard"),
            ("Ministers and the company have been", "Gwen Pritchard"),
            ("My dad worked here, my grandad", "Rhys Bevan"),
        ],
    ),
    # 18 -- gig-economy ruling; unnamed judges partial; judge by title only (Lady Justice Harcourt); company spokesman; union president partial then quote; claimant "told the Guardian"; broker "said in a note"
    (
'''Food delivery couriers working for Zipply must be treated as workers entitled to the minimum wage and holiday pay rather than as self-employed contractors, the Court of Appeal ruled on Tuesday, in a decision that could affect more than 60,000 riders.

The judges unanimously rejected the company's argument that couriers were free to work for competitors and to send substitutes in their place, describing that freedom as "largely theoretical".

"The reality of the relationship is that Zipply sets the price, controls the allocation of work and can end the arrangement at will. Those are not the hallmarks of a business on its own account," Lady Justice Harcourt wrote in the lead judgment.

Zipply said it would seek permission to appeal to the Supreme Court. "Riders tell us time and time again that they value the flexibility of choosing when, where and whether to work, and this judgment puts that at risk," a Zipply spokesman said.

The company added that its riders earned an average of £14.20 an hour while on a delivery, well above the national minimum wage.

The case was brought by the Couriers' and Riders' Union on behalf of three riders in Manchester. Its president, Alejandro Ruiz, who delivered for Zipply for four years, said the ruling was "a victory for every rider who has waited an hour outside a restaurant for no pay".

"For years they told us we were our own bosses. Our own bosses, who could be switched off by an algorithm with no explanation," Ruiz said.

One of the three claimants, Nadia Hussain, said she had been shaking when she heard the decision. "I did twelve-hour days and some weeks I made less than £5 an hour once you took off the fuel," she told the Guardian.

Employment lawyers said the judgment could prompt similar claims against other platforms.

Shares in Zipply fell 8 per cent. Analysts at Mortlake Capital estimated that reclassifying riders could add £140 million a year to the company's costs. "The bigger risk isn't the cost. It's the precedent," Mortlake said in a note to clients.''',
        [
            ("largely theoretical", "~judges"),
            ("The reality of the relationship is", "Harcourt"),
            ("Riders tell us time and time", "Zipply"),
            ("a victory for every rider who", "Alejandro Ruiz"),
            ("For years they told us we", "Alejandro Ruiz"),
            ("I did twelve-hour days and some", "Nadia Hussain"),
            ("The bigger risk isn't the cost.", "Mortlake Capital"),
        ],
    ),
    # 19 -- (curly) airline IT meltdown; CEO partial via "called"; video on Facebook; "she added" next paragraph; passenger quote over two paragraphs after "She said:"; anonymous engineer to Sky News; spokesperson partial
    (
'''More than 90,000 passengers were left stranded over the bank holiday weekend after a computer failure forced Skyvale Airways to cancel almost 600 flights, in what the airline’s chief executive called “the worst day in our history”.

The outage, which began at about 6am on Saturday, disabled the system used to schedule crews and assign aircraft. Flights resumed on Sunday afternoon but the airline warned of further disruption into Tuesday as planes and staff remained out of position.

Caroline Brandt, Skyvale’s chief executive, apologised in a video posted on the airline’s Facebook page. “To every customer whose holiday, wedding, business trip or journey home has been ruined: I am truly sorry. You trusted us and we let you down,” she said.

She said the failure had been caused by a faulty software update to the crew scheduling system and was not the result of a cyberattack.

“Every customer will be offered a refund or rebooking, and we will meet all our obligations on compensation,” she added.

The Aviation Standards Authority said it was in contact with the airline and expected it to meet its legal obligations to passengers in full.

Passengers described chaotic scenes at airports. At Gatwick, Yasmin Patel and her partner had been due to fly to Malaga for her sister’s wedding. She said: “We queued for five hours and nobody could tell us anything. By the time we got to the desk, the staff were as confused as we were.

“We’ve paid £800 for new flights with another airline. I’ll believe the refund when I see it.”

A senior Skyvale engineer, speaking to Sky News on condition of anonymity, said staff had warned that the update had not been properly tested. “People raised concerns. They were told the deadline couldn’t move,” the engineer said.

Asked about the claim, a Skyvale spokesperson said the airline would “look carefully at all the circumstances” in its internal review.

Consumer campaigners urged passengers to keep receipts, saying that those whose flights were cancelled at short notice could be entitled to compensation on top of a refund.''',
        [
            ("the worst day in our history", "Caroline Brandt"),
            ("To every customer whose holiday, wedding,", "Caroline Brandt"),
            ("Every customer will be offered a", "Caroline Brandt"),
            ("We queued for five hours and", "Yasmin Patel"),
            ("We’ve paid £800 for new flights", "Yasmin Patel"),
            ("People raised concerns. They were told", "~engineer"),
            ("look carefully at all the circumstances", "Skyvale Airways"),
        ],
    ),
    # 20 -- US tariffs on whisky; quote split around "said Morag Lennox"; two women in turn (Lennox, Strachan) then Lennox again by surname; minister; embassy spokesperson; unnamed worker
    (
'''Scotland's whisky distillers have warned that thousands of jobs could be at risk after the United States announced a 25 per cent tariff on imported spirits, reviving a trade dispute that cost the industry an estimated £600 million the last time it flared.

The levy, which takes effect from June 1, was announced by the US trade representative's office on Friday as part of a wider package of measures targeting European and British goods.

"This is a hammer blow," said Morag Lennox, chief executive of the Scottish Distillers' Association. "The United States is our single most valuable market. Our members spent years rebuilding sales there after the last round of tariffs, and now they face going backwards again."

She said many smaller distilleries, which had invested heavily in American distribution, would struggle to absorb the cost.

One such business is Kilbride Distillery, which sells about 40 per cent of its whisky in the US. Its managing director, Fiona Strachan, said she was already talking to her American importer about how much of the tariff each could bear.

"We're looking at every option, but none of them are good ones. Either we raise prices and lose customers, or we swallow it and lose money," Strachan said.

Lennox, who has lobbied both governments for a deal to remove tariffs permanently, said ministers needed to "get back round the table immediately".

Trade minister Callum Ferguson told reporters in Edinburgh that the government was deeply disappointed and would seek urgent talks. "We want a negotiated solution, not a tit-for-tat escalation. But we will always stand up for Scottish and British producers," he said.

A spokesperson for the US Embassy said the tariffs were a response to "long-standing unfair trade practices" and that Washington remained open to dialogue.

At a cooperage in Speyside, where oak casks are repaired for reuse, one worker said colleagues were anxious. "Last time they cut our hours for a year. Nobody wants to go through that again," he said.''',
        [
            ("This is a hammer blow", "Morag Lennox"),
            ("The United States is our single", "Morag Lennox"),
            ("We're looking at every option, but", "Fiona Strachan"),
            ("get back round the table immediately", "Morag Lennox"),
            ("We want a negotiated solution, not", "Callum Ferguson"),
            ("long-standing unfair trade practices", "US Embassy"),
            ("Last time they cut our hours", "~worker"),
        ],
    ),
    # 21 -- streaming CEO ousted; board partial; chairman; ousted CEO "wrote" on LinkedIn; activist partial in letter then "told CNBC"; unnamed producer; interim CEO memo
    (
'''The board of Meridian Streaming has ousted its chief executive, Laura Kessler, less than two years after she was hired to turn around the struggling video service, citing "a loss of confidence in her ability to lead the company through its next phase".

Meridian said in a statement on Sunday evening that Kessler would step down with immediate effect and that its chief financial officer, Brian Oduya, would serve as interim chief executive while the board searched for a permanent replacement.

"The board is grateful to Laura for her contributions, but we believe new leadership is needed to accelerate our strategy and restore momentum," said Peter Haldane, Meridian's chairman.

Kessler, 51, responded hours later in a post on LinkedIn. "I was proud to lead this team and I'm proud of what we achieved: we cut losses in half and launched two of the most-watched shows in the company's history. I disagreed with the board on the direction of the company. That's their prerogative. I wish everyone at Meridian well," she wrote.

According to two people familiar with the matter, the dispute centred on Kessler's opposition to a proposed merger with a rival service, which Haldane and several directors favoured. Meridian declined to comment on the reports.

The shake-up follows pressure from the activist investor Caspian Partners, which built a 6 per cent stake last year and has pushed for the company to be sold or combined with a larger rival. Its founder, Victor Aldana, wrote in a letter to shareholders in March that Meridian had "world-class content and a second-rate strategy".

On Monday, Aldana welcomed the change. "This is a necessary first step. Now the board needs to run a proper process and look seriously at every option on the table," he told CNBC.

Inside the company, employees said the news had come as a shock. "We found out from a press release. Laura was at an all-hands on Thursday talking about next year's slate," one senior producer said.

Oduya, in a memo to staff seen by this publication, urged employees to stay focused. "Our shows don't stop and neither do we," he wrote.

Media analysts said the departure was likely to revive speculation about a sale. Meridian's shares rose 7 per cent in early trading on Monday.''',
        [
            ("a loss of confidence in her", "Meridian Streaming"),
            ("The board is grateful to Laura", "Peter Haldane"),
            ("I was proud to lead this", "Laura Kessler"),
            ("world-class content and a second-rate strategy", "Victor Aldana"),
            ("This is a necessary first step.", "Victor Aldana"),
            ("We found out from a press", "~producer"),
            ("Our shows don't stop and neither", "Brian Oduya"),
        ],
    ),
    # 22 -- (curly) audit firm fined; regulator partial; "the firm said"; pensioner partial then split quote and "He added:" paragraph; executive partial "through his lawyers"
    (
'''Accountancy firm Hartley Moss has been fined £14.5 million and severely reprimanded over its audits of Ravensworth, the outsourcing company that collapsed in 2022 with debts of more than £1 billion.

The Audit Standards Council said the firm’s work on Ravensworth’s accounts for three consecutive years had shown “a serious lack of competence”, particularly in relation to the company’s accounting for long-term contracts.

“Auditors are there to ask difficult questions, not to take management’s word for it. In this case, the audit team repeatedly accepted explanations that should have set alarm bells ringing,” said Claudia Fenn, the council’s executive counsel.

Two former Hartley Moss partners who led the audits were also fined, and one has been banned from signing audits for five years.

Hartley Moss said in a statement that it deeply regretted the shortcomings. “We have made significant changes to our audit practice since this work was carried out, including strengthening our review processes and investing heavily in training,” the firm said.

Ravensworth’s collapse left about 8,000 people facing job losses and thousands of members of its pension scheme dependent on a government-backed lifeboat fund. Terry Walsh, who worked for the company’s facilities division for 19 years and now chairs a pensioners’ action group, said the fine was “small change” for a firm of Hartley Moss’s size.

“They earned millions from those audits. People like me lost a chunk of the pension we’d been promised, and a fine that’s a rounding error in their annual profits is not justice,” Walsh said.

He added: “Nobody has gone to prison. Nobody ever does.”

Ravensworth’s former chief executive, Graham Tait, is facing separate proceedings from the council and has denied wrongdoing. Through his lawyers, Tait said he “looked forward to setting out his position in full”.

The case comes as ministers prepare long-delayed legislation to overhaul the regulation of auditing, which critics say will give the watchdog stronger powers.''',
        [
            ("a serious lack of competence", "Audit Standards Council"),
            ("Auditors are there to ask difficult", "Claudia Fenn"),
            ("We have made significant changes to", "Hartley Moss"),
            ("small change", "Terry Walsh"),
            ("They earned millions from those audits.", "Terry Walsh"),
            ("Nobody has gone to prison. Nobody", "Terry Walsh"),
            ("looked forward to setting out his", "Graham Tait"),
        ],
    ),
    # 23 -- shareholder pay revolt at AGM; company statement; proxy adviser partial; shareholder "asked:"; chairman (Sir) "replied"; CEO "he said:"; fund manager
    (
'''Shareholders in Thornbury, the supermarket chain, voted against the company's executive pay report at its annual meeting on Thursday, in a rare rebuke over a package that could have paid chief executive Ben Carver up to £9.8 million.

Some 43 per cent of votes were cast against the remuneration report, according to results published by the company after the meeting. The vote is advisory, but under corporate governance rules a protest of more than 20 per cent requires the board to consult shareholders and report back within six months.

"We recognise that a significant minority of shareholders did not support the remuneration report, and we will engage with them to understand their views," Thornbury said in a statement.

The revolt had been encouraged by the proxy adviser Stewart & Lomax Governance, which argued that a new long-term bonus scheme was "excessive".

At the meeting in Birmingham, several small shareholders raised the issue directly with the board. Margaret Yeo, a retired teacher who has owned Thornbury shares for 30 years, asked: "How do you justify paying one man nearly ten million pounds when some of your checkout staff are claiming benefits to get by?"

The chairman, Sir Richard Bellamy, replied that the board had to compete for talent in a global market. "Ben has delivered three years of rising market share and a share price that has doubled. If we do not pay competitively, we will lose people like him," he said.

Carver himself did not address the pay question from the stage. Speaking to reporters afterwards, he said: "It's not for me to set my own pay. I'm focused on running the business and on our customers and colleagues."

Outside the venue, about 50 members of the Retail Workers' Alliance handed out leaflets accusing the company of putting executives before shop-floor staff.

Institutional investors were more measured. "We don't object to paying well for outstanding performance. We object to paying outstanding amounts for performance that is merely good," said David Imrie, head of stewardship at Fordbridge Investors, which voted against.''',
        [
            ("We recognise that a significant minority", "Thornbury"),
            ("excessive", "Stewart & Lomax Governance"),
            ("How do you justify paying one", "Margaret Yeo"),
            ("Ben has delivered three years of", "Richard Bellamy"),
            ("It's not for me to set", "Ben Carver"),
            ("We don't object to paying well", "David Imrie"),
        ],
    ),
    # 24 -- oil producers extend cuts; two anonymous delegates "told Reuters" and "the delegate said" (split); analyst; strategist partial in a note; haulier "the 61-year-old said"
    (
'''Oil prices jumped more than 4 per cent on Monday after a group of major producers unexpectedly agreed to extend production cuts until the end of next year, tightening supplies just as demand typically picks up over the summer.

Brent crude, the international benchmark, rose to $91.40 a barrel, its highest level since October, while US West Texas Intermediate climbed to $87.10.

The decision was reached at a meeting on Sunday that ran several hours longer than scheduled, amid disagreements over how the burden of the cuts should be shared. "It was a difficult discussion, but in the end everyone understood that the market needed a clear signal," one delegate told Reuters.

Another delegate said some smaller producers had pushed for higher quotas. "Not everyone is happy. Some countries need the revenue badly," the delegate said. "But nobody wanted to be blamed for a collapse in prices."

Analysts said the move caught markets off guard. "The consensus going into the weekend was a rollover of existing cuts for three months, not an extension of more than a year," said Amelia Grant, head of commodities research at Tallis Bank.

She said Brent could test $100 a barrel by the autumn if demand held up.

Not all analysts agreed. Kwame Asante, an oil strategist at Ridley Brothers, wrote in a note that high prices would "sow the seeds of their own correction" by encouraging more drilling in the United States and slowing consumption.

The rise in prices will feed through to fuel costs for consumers and businesses. The Road Haulage Federation said the increase would add pressure on operators already squeezed by high wage and insurance costs.

Jim Rafferty, who runs a fleet of twelve lorries from a depot outside Doncaster, said he had no way of passing on the extra cost immediately. "My contracts are fixed for the year. When diesel goes up, it comes straight out of my pocket, and another few months of this and I'll be parking some of the wagons up," the 61-year-old said.''',
        [
            ("It was a difficult discussion, but", "~delegate"),
            ("Not everyone is happy. Some countries", "~delegate"),
            ("But nobody wanted to be blamed", "~delegate"),
            ("The consensus going into the weekend", "Amelia Grant"),
            ("sow the seeds of their own", "Kwame Asante"),
            ("My contracts are fixed for the", "Jim Rafferty"),
        ],
    ),
    # 25 -- (curly) AI start-up funding round; founder with title (Dr) "told the Financial Times"; quote over two paragraphs after split; co-founder "he says"; minister "posted on X" partial
    (
'''Lumenaut, the London-based artificial intelligence start-up, has raised $1.1 billion in a funding round that values it at $12 billion, making it one of the most valuable privately held technology companies in Europe.

The round was led by the US venture capital firm Greyfield Ventures, with participation from two sovereign wealth funds and the chipmaker Arcturus, Lumenaut said on Tuesday.

Lumenaut, founded in 2021 by two former university researchers, makes AI systems that help pharmaceutical companies design new drug molecules. It says its technology has shortened the early stages of drug discovery from years to months for several clients.

“We have always believed that the most important thing AI can do is help us cure disease. This funding means we can build the computing capacity to do that at a scale nobody has attempted before,” said Dr Ayesha Rahman, the company’s co-founder and chief executive.

Rahman, who was born in Bradford and studied chemistry at Cambridge, told the Financial Times the company had turned down offers to relocate to California. “We’ve been asked more than once whether we’d move to San Francisco, and the answer is no,” she said. “Some of the best scientists in the world are here, and I want to prove you can build a company of this size in Britain.

“That said, the government has to make it easier. Our biggest constraint isn’t talent, it’s access to power and computing infrastructure.”

Her co-founder, Dr Jakob Lindgren, who leads the research team, said the money would fund a new laboratory in Cambridge where AI-designed molecules could be made and tested. “The models are only as good as the data they learn from. Owning the lab means we close the loop,” he says.

Greyfield said it expected the technology to reshape the industry, and one of its partners will join Lumenaut’s board.

Not everyone is convinced the valuations are justified. Tom Hadley, a partner at the venture capital firm Fairlight, which did not invest, said a great deal of money was chasing a small number of AI companies and that no AI-designed drug had yet made it all the way to market.

The science minister, Olu Bankole, posted on X that the deal was “a huge vote of confidence in British science and British tech”.''',
        [
            ("We have always believed that the", "Ayesha Rahman"),
            ("We’ve been asked more than once", "Ayesha Rahman"),
            ("Some of the best scientists in", "Ayesha Rahman"),
            ("That said, the government has to", "Ayesha Rahman"),
            ("The models are only as good", "Jakob Lindgren"),
            ("a huge vote of confidence in", "Olu Bankole"),
        ],
    ),
    # 26 -- telecoms regulator bans mid-contract rises; regulator official; consumer group; trade body "it said in a statement"; customer short split quote; MP "posted on Facebook" partial
    (
'''Telecoms companies will be banned from imposing unpredictable mid-contract price rises on customers from January, the communications regulator announced on Thursday, ending a practice that consumer groups said had cost households hundreds of millions of pounds.

Under the new rules, providers of mobile, broadband and pay-TV services must set out any price increases in pounds and pence at the point of sale, rather than linking them to inflation plus an additional percentage.

"People need to know what they'll pay when they sign up to a contract. It's as simple as that," said Neil Bannister, director of consumer protection at the Communications Authority.

Bannister said the authority's research found that fewer than a third of customers understood how their bills would rise during a contract.

Consumer groups welcomed the ban but said it should have come sooner. "This is a victory for common sense, but it's been a long time coming. For years, providers have hidden price rises in the small print and relied on customers not working out what inflation plus 3.9 per cent means in real money," said Gemma Ryland of the consumer association Fair Deal.

The industry body UK Connect said its members would comply but warned of unintended consequences. "Providers will still face rising costs for energy, wages and network investment, and those costs have to be recovered somewhere. The risk is that headline prices go up for everybody," it said in a statement.

A spokesperson for Kestrel Mobile, one of the country's four network operators, said the company had already switched to pounds-and-pence pricing for new customers last year.

Some customers remain sceptical. Alan Duffy, a retired postman from Stockport, said his broadband bill had risen by almost 30 per cent over two years. "They'll just find another way," he said. "They always do."

Jessica Lund, an MP who campaigned for the ban, posted on Facebook that the decision was "a win for every family that has opened a bill and wondered why it's gone up again".''',
        [
            ("People need to know what they'll", "Neil Bannister"),
            ("This is a victory for common", "Gemma Ryland"),
            ("Providers will still face rising costs", "UK Connect"),
            ("They'll just find another way,", "Alan Duffy"),
            ("They always do.", "Alan Duffy"),
            ("a win for every family that", "Jessica Lund"),
        ],
    ),
    # 27 -- fraudster jailed; judge two partials then "the judge told him"; prosecutor KC; defence barrister (woman, after woman judge); victim; agency director
    (
'''The founder of a collapsed investment platform that promised savers returns of up to 12 per cent a year has been jailed for nine years for fraud, after a court heard he used investors' money to fund a lavish lifestyle including a yacht, a Mayfair flat and a string of racehorses.

Daniel Foyle, 47, was convicted last month of fraudulent trading and money laundering in connection with Crestmont Capital, which took in £86 million from more than 4,000 investors before collapsing in 2021.

Sentencing him at Southwark Crown Court on Friday, Judge Patricia Ormerod said Foyle had shown "breathtaking arrogance" and "not a flicker of remorse".

"You sold people a story of safe, steady returns, and they believed you because you were plausible and because they wanted to believe you. Many of them were pensioners. Some have lost everything they had," the judge told him.

The prosecution had told the trial that less than a fifth of investors' money was ever invested as promised. "The rest was used to pay earlier investors and to fund the defendant's own extravagant way of life," James Harrowby KC told the jury in his opening speech.

Foyle's barrister, Sophie Lang KC, said in mitigation that her client had always intended to repay investors and had been overwhelmed by the business's rapid growth. "Mr Foyle is not the cartoon villain the prosecution has painted. He is a man whose ambition far exceeded his competence," she said.

Outside court, investors who had travelled from across the country welcomed the sentence. Brian Hollings, 72, from Norwich, lost £140,000, most of his retirement savings. "Nine years doesn't give me my money back. But at least he'll know what it feels like to lose something," he said.

The Economic Crime Agency said it would now pursue Foyle's assets through confiscation proceedings. "We will seek to recover every pound we can for the victims of this fraud," said its director, Nicola Stanton.''',
        [
            ("breathtaking arrogance", "Patricia Ormerod"),
            ("not a flicker of remorse", "Patricia Ormerod"),
            ("You sold people a story of", "Patricia Ormerod"),
            ("The rest was used to pay", "James Harrowby"),
            ("Mr Foyle is not the cartoon", "Sophie Lang"),
            ("Nine years doesn't give me my", "Brian Hollings"),
            ("We will seek to recover every", "Nicola Stanton"),
        ],
    ),
    # 28 -- (curly) bank orders five-day office return; CEO email partial, "according to the email" partial; anonymous staff on message board ("one worker", "another colleague"); union leader; earlier interview quote
    (
'''Staff at Castlegate Bank will be required to work from the office five days a week from September, the lender told employees on Monday, becoming the latest large employer to abandon the hybrid working arrangements introduced during the pandemic.

In an email to the bank’s 38,000 UK staff, chief executive Roger Penhaligon said the change was needed to “rebuild the culture of learning, collaboration and pace” that had suffered since 2020.

“I know that for many of you this will be an unwelcome change, and I don’t take that lightly. But I am convinced that we do our best work when we are together, and that our younger colleagues in particular have missed out on the kind of on-the-job learning that shaped my own career,” Penhaligon wrote.

Exceptions will be made for staff with “caring responsibilities or a disability”, according to the email.

The reaction among employees was swift. On an internal message board seen by this publication, one worker wrote: “They spent three years telling us productivity had never been higher. What changed?” Another colleague posted: “I moved two hours away because I was told hybrid was permanent. Now what?”

The Banking and Finance Union said it had not been consulted and would be seeking an urgent meeting. “A blanket five-day mandate is a blunt instrument. Flexible working has allowed thousands of people, particularly women, to stay in careers they would otherwise have left,” said its general secretary, Martin Eyre.

A spokesperson for Castlegate said the bank had enough space across its offices for everyone and was investing £40 million in refurbishing its main sites.

Workplace experts said the move reflected a broader shift in corporate attitudes as the labour market cooled, though the evidence on whether full-time office attendance improved productivity remained mixed.

Penhaligon, 59, has long been a vocal critic of remote work. Asked in an interview last year whether he expected staff to return full-time, he said: “I don’t think you can build a bank on video calls.”''',
        [
            ("rebuild the culture of learning, collaboration", "Roger Penhaligon"),
            ("I know that for many of", "Roger Penhaligon"),
            ("caring responsibilities or a disability", "Roger Penhaligon"),
            ("They spent three years telling us", "~worker"),
            ("I moved two hours away because", "~colleague"),
            ("A blanket five-day mandate is a", "Martin Eyre"),
            ("I don’t think you can build", "Roger Penhaligon"),
        ],
    ),
    # 29 -- retailer collapses into administration; administrator; founder's grandson partial then "told the Yorkshire Post"; unnamed sales assistant; unattributed partial (speaker not stated); analyst "she added" in next paragraph
    (
'''The fashion chain Penrose & Hart has collapsed into administration, putting 3,400 jobs and 146 stores at risk, after a last-ditch attempt to find a buyer failed.

Administrators from the advisory firm Blackwood Kerr were appointed on Tuesday afternoon. All stores will continue to trade for now while they seek a buyer for all or part of the business, the firm said.

"Penrose & Hart is a well-known brand with a loyal customer base, but it has been hit by weak consumer spending, rising costs and intense competition from online retailers. We will be doing everything we can to find a buyer and to preserve as many jobs as possible," said Alison Creed, joint administrator and a partner at Blackwood Kerr.

Creed said gift cards would continue to be accepted for the time being but urged customers to use them as soon as possible.

The chain, founded in 1932 as a single drapery shop in Harrogate, was bought by a private equity firm in 2017 and loaded with debt, according to company filings. Its last published accounts showed a loss of £23 million.

Jonathan Penrose, a grandson of the company's founder who sat on its board until the takeover, said he was "devastated". "My grandfather built this business on the idea that ordinary people deserved well-made clothes at a fair price. It breaks my heart to see it end like this," he told the Yorkshire Post.

Staff said they had been given little warning. One sales assistant at the chain's flagship store in Leeds, who did not want to be named, said employees had been told in a short meeting before opening. "The manager was in tears. We all were. Nobody knows if we're getting paid at the end of the month," she said.

Staff had been assured as recently as last month that the business was "in a stable position".

The administrators said wages for the current month would be paid in full.

The collapse is the latest in a string of high-street failures this year. "Mid-market fashion is the hardest place to be in retail right now. You're too expensive for the discounters' customers and not special enough for people willing to spend more," said Natalie Greer, a retail analyst at Brennan Partners.

"Landlords have already been giving retailers rent cuts to keep them trading, but there's only so much anyone can do if the shoppers aren't there," she added.''',
        [
            ("Penrose & Hart is a well-known", "Alison Creed"),
            ("devastated", "Jonathan Penrose"),
            ("My grandfather built this business on", "Jonathan Penrose"),
            ("The manager was in tears. We", "~assistant"),
            ("in a stable position", None),
            ("Mid-market fashion is the hardest place", "Natalie Greer"),
            ("Landlords have already been giving retailers", "Natalie Greer"),
        ],
    ),
    # 30 -- ticket pricing probe; scare-quoted product term nobody says (not listed); regulator chief; company statement; band speaks through Instagram post ("the post read"); singer; fan
    (
'''The competition regulator has opened an investigation into Tixo, the country's biggest ticketing platform, after fans complained of being charged more than double the advertised price for tickets to a reunion tour by the rock band The Hollow Pines.

Thousands of fans who queued online for hours on Saturday found that standard tickets initially listed at £89 had risen to as much as £235 by the time they reached the front of the queue, as the platform's "in-demand pricing" system kicked in.

"Fans should be able to see clearly what they will pay before they commit to buying, and they should not be put under pressure to make a decision in seconds. We will examine whether Tixo's practices broke consumer protection law," said Lorraine Quist, chief executive of the Competition and Consumer Authority.

Tixo said it had done nothing wrong. "Prices for this tour were set by the event organiser, and variable pricing is a standard feature across the live events industry. We are cooperating fully with the authority," the company said in a statement.

The band's promoter, Redline Live, said it had agreed the pricing structure in good faith and would review it.

The Hollow Pines themselves distanced themselves from the row. In a post on Instagram, the band said they were "as shocked as anyone" by the prices. "We want these shows to be for the people who've stuck with us for twenty-five years, not just the people who can afford to pay anything," the post read.

Lead singer Danny Kerrigan went further in a video message. "I've seen people saying they paid two hundred quid for a ticket that was meant to be eighty-nine. That's not right, and I'm sorry," he said.

Fans described the experience as stressful. Chloe Barnes, 34, a teacher from Sheffield, said she had waited in the online queue for four hours. "You get to the front, the price has jumped, and there's a timer telling you that you have two minutes to decide. It's designed to panic you into paying," she said.

Consumer lawyers said the investigation could have implications for other big events, from football matches to festivals.''',
        [
            ("Fans should be able to see", "Lorraine Quist"),
            ("Prices for this tour were set", "Tixo"),
            ("as shocked as anyone", "The Hollow Pines"),
            ("We want these shows to be", "The Hollow Pines"),
            ("I've seen people saying they paid", "Danny Kerrigan"),
            ("You get to the front, the", "Chloe Barnes"),
        ],
    ),
]
# fmt: on
