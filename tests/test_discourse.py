"""The offline backend on the stories of tests/discourse_cases.py, tests/house_style_cases.py,
tests/wikinews_style_cases.py, tests/more_story_cases.py, tests/wikinews_topic_cases.py,
tests/beat_story_cases.py, tests/desk_story_cases.py, tests/section_story_cases.py,
tests/world_story_cases.py, tests/press_story_cases.py, tests/field_story_cases.py,
tests/wire_story_cases.py and tests/newsroom_story_cases.py: every quote is found and goes to the
speaker a reader would name.
Known misses are strict xfails, so a rule that fixes one is noticed."""

from __future__ import annotations

import re

import pytest

from summarizer import summarize
from summarizer.text.names import name_key
from tests.beat_story_cases import (
    STORIES_BM,
    STORIES_BN,
    STORIES_BO,
    STORIES_BP,
    STORIES_BQ,
    STORIES_BR,
    STORIES_BS,
    STORIES_BT,
)
from tests.desk_story_cases import (
    STORIES_BU,
    STORIES_BV,
    STORIES_BW,
    STORIES_BX,
    STORIES_BY,
    STORIES_BZ,
    STORIES_CA,
    STORIES_CB,
)
from tests.discourse_cases import DISCOURSE
from tests.field_story_cases import (
    STORIES_CS,
    STORIES_CT,
    STORIES_CU,
    STORIES_CV,
)
from tests.house_style_cases import STORIES_A, STORIES_B, STORIES_C, STORIES_D, STORIES_E
from tests.more_story_cases import (
    STORIES_AR,
    STORIES_AS,
    STORIES_AT,
    STORIES_AU,
    STORIES_AV,
    STORIES_AW,
    STORIES_AX,
    STORIES_AY,
    STORIES_AZ,
    STORIES_BA,
    STORIES_BB,
    STORIES_BC,
    STORIES_BD,
)
from tests.newsroom_story_cases import (
    STORIES_DA,
    STORIES_DB,
    STORIES_DC,
    STORIES_DD,
)
from tests.press_story_cases import (
    STORIES_CO,
    STORIES_CP,
    STORIES_CQ,
    STORIES_CR,
)
from tests.section_story_cases import (
    STORIES_CC,
    STORIES_CD,
    STORIES_CE,
    STORIES_CF,
    STORIES_CG,
    STORIES_CH,
    STORIES_CI,
    STORIES_CJ,
)
from tests.wikinews_style_cases import (
    STORIES_AA,
    STORIES_AB,
    STORIES_AC,
    STORIES_AD,
    STORIES_AE,
    STORIES_AF,
    STORIES_AG,
    STORIES_AH,
    STORIES_AI,
    STORIES_AJ,
    STORIES_AK,
    STORIES_AL,
    STORIES_AM,
    STORIES_AN,
    STORIES_AO,
    STORIES_AP,
    STORIES_AQ,
    STORIES_F,
    STORIES_G,
    STORIES_H,
    STORIES_I,
    STORIES_J,
    STORIES_K,
    STORIES_L,
    STORIES_M,
    STORIES_N,
    STORIES_O,
    STORIES_P,
    STORIES_Q,
    STORIES_R,
    STORIES_S,
    STORIES_T,
    STORIES_U,
    STORIES_V,
    STORIES_W,
    STORIES_X,
    STORIES_Y,
    STORIES_Z,
)
from tests.wikinews_topic_cases import (
    STORIES_BE,
    STORIES_BF,
    STORIES_BG,
    STORIES_BH,
    STORIES_BI,
    STORIES_BJ,
    STORIES_BK,
    STORIES_BL,
)
from tests.wire_story_cases import (
    STORIES_CW,
    STORIES_CX,
    STORIES_CY,
    STORIES_CZ,
)
from tests.world_story_cases import (
    STORIES_CK,
    STORIES_CL,
    STORIES_CM,
    STORIES_CN,
)

SUITES = {
    "wire": DISCOURSE,
    "A": STORIES_A,
    "B": STORIES_B,
    "C": STORIES_C,
    "D": STORIES_D,
    "E": STORIES_E,
    "F": STORIES_F,
    "G": STORIES_G,
    "H": STORIES_H,
    "I": STORIES_I,
    "J": STORIES_J,
    "K": STORIES_K,
    "L": STORIES_L,
    "M": STORIES_M,
    "N": STORIES_N,
    "O": STORIES_O,
    "P": STORIES_P,
    "Q": STORIES_Q,
    "R": STORIES_R,
    "S": STORIES_S,
    "T": STORIES_T,
    "U": STORIES_U,
    "V": STORIES_V,
    "W": STORIES_W,
    "X": STORIES_X,
    "Y": STORIES_Y,
    "Z": STORIES_Z,
    "AA": STORIES_AA,
    "AB": STORIES_AB,
    "AC": STORIES_AC,
    "AD": STORIES_AD,
    "AE": STORIES_AE,
    "AF": STORIES_AF,
    "AG": STORIES_AG,
    "AH": STORIES_AH,
    "AI": STORIES_AI,
    "AJ": STORIES_AJ,
    "AK": STORIES_AK,
    "AL": STORIES_AL,
    "AM": STORIES_AM,
    "AN": STORIES_AN,
    "AO": STORIES_AO,
    "AP": STORIES_AP,
    "AQ": STORIES_AQ,
    "AR": STORIES_AR,
    "AS": STORIES_AS,
    "AT": STORIES_AT,
    "AU": STORIES_AU,
    "AV": STORIES_AV,
    "AW": STORIES_AW,
    "AX": STORIES_AX,
    "AY": STORIES_AY,
    "AZ": STORIES_AZ,
    "BA": STORIES_BA,
    "BB": STORIES_BB,
    "BC": STORIES_BC,
    "BD": STORIES_BD,
    "BE": STORIES_BE,
    "BF": STORIES_BF,
    "BG": STORIES_BG,
    "BH": STORIES_BH,
    "BI": STORIES_BI,
    "BJ": STORIES_BJ,
    "BK": STORIES_BK,
    "BL": STORIES_BL,
    "BM": STORIES_BM,
    "BN": STORIES_BN,
    "BO": STORIES_BO,
    "BP": STORIES_BP,
    "BQ": STORIES_BQ,
    "BR": STORIES_BR,
    "BS": STORIES_BS,
    "BT": STORIES_BT,
    "BU": STORIES_BU,
    "BV": STORIES_BV,
    "BW": STORIES_BW,
    "BX": STORIES_BX,
    "BY": STORIES_BY,
    "BZ": STORIES_BZ,
    "CA": STORIES_CA,
    "CB": STORIES_CB,
    "CC": STORIES_CC,
    "CD": STORIES_CD,
    "CE": STORIES_CE,
    "CF": STORIES_CF,
    "CG": STORIES_CG,
    "CH": STORIES_CH,
    "CI": STORIES_CI,
    "CJ": STORIES_CJ,
    "CK": STORIES_CK,
    "CL": STORIES_CL,
    "CM": STORIES_CM,
    "CN": STORIES_CN,
    "CO": STORIES_CO,
    "CP": STORIES_CP,
    "CQ": STORIES_CQ,
    "CR": STORIES_CR,
    "CS": STORIES_CS,
    "CT": STORIES_CT,
    "CU": STORIES_CU,
    "CV": STORIES_CV,
    "CW": STORIES_CW,
    "CX": STORIES_CX,
    "CY": STORIES_CY,
    "CZ": STORIES_CZ,
    "DA": STORIES_DA,
    "DB": STORIES_DB,
    "DC": STORIES_DC,
    "DD": STORIES_DD,
}

# (suite, story number from 1, first words of the quote) -> why the rules get it wrong
_KNOWN_MISSES = {
    ("wire", 7, "Then balance them somewhere else"): (
        "a shout from the crowd, 'one man shouted': the rules list the description as the"
        " speaker, the suite gives none"
    ),
    ("wire", 29, "We have tents but no"): (
        "a speaker only described ('A local official in Dadu district, who spoke on condition "
        "of anonymity') is listed under the description; the suite wants no speaker"
    ),
    ("wire", 16, "God protect us"): "a short quote with no speaker is dropped as a name or slogan",
    ("A", 2, "There’s nothing more I can do"): (
        "a quote nested in another stays inside it, with the outer quote's speaker, who "
        "reports it; the suite lists it alone, said by the unnamed GP"
    ),
    ("A", 9, "wild and exact at once"): (
        "a short partial quote from an unnamed review: a short quote with no speaker is "
        "dropped as a name or title"
    ),
    ("A", 9, "Play it the way the old"): (
        "a quote nested in another stays inside it, with the outer quote's speaker ('My "
        "father used to say to me, ...')"
    ),
    ("A", 10, "He will grow up with camels,"): (
        "'his father' of the boy just described ('the couple's youngest son, Lekishon'), "
        "not of the last man named"
    ),
    ("A", 10, "Maybe that is good."): (
        "'his father' of the boy just described ('the couple's youngest son, Lekishon'), "
        "not of the last man named"
    ),
    ("A", 13, "You didn’t listen to a word"): (
        "'a man near the back of the auditorium shouted': a description with a place "
        "phrase is not found, so the earlier 'called for the vote' is taken as the cue"
    ),
    ("A", 15, "Don’t look for wickets, let the"): (
        "a quote nested in another stays inside it, with the outer quote's speaker ('Our "
        "captain told me, ...')"
    ),
    ("A", 17, "I'm so sorry, Patricia, we're talking"): (
        "a quote nested in another stays inside it, with the outer quote's speaker, who reports it"
    ),
    ("A", 20, "We’ve managed for thirty years without"): (
        "a quote nested in another stays inside it, with the outer quote's speaker, who reports it"
    ),
    ("B", 2, "She was sitting on the pavement"): (
        "a speaker only described ('A woman who works in a nearby café') is listed under "
        "the description; the suite wants no speaker"
    ),
    ("B", 2, "People were really kind, someone brought"): (
        "a speaker only described ('A woman who works in a nearby café') is listed under "
        "the description; the suite wants no speaker"
    ),
    ("C", 3, "Hot and humid conditions are expected"): (
        "'the Met Office' is the department named before ('Pakistan Meteorological "
        "Department') only by its common short name"
    ),
    ("C", 3, "Emergency wards at Jinnah Postgraduate Medical"): (
        "'according to a spokesman for the Sindh health department': a lowercase body is "
        "no name, so the description stays"
    ),
    ("C", 4, "We did not sleep for three"): (
        "a speaker only described ('the relative') is listed under the description; the "
        "suite wants no speaker"
    ),
    ("C", 6, "Those who engaged in malpractice, including"): (
        "'the CS' (Cabinet Secretary) as an abbreviation of the title named before"
    ),
    ("C", 6, "The CS wanted parents to have"): (
        "'A senior official at the Ministry of Education ... the official said': the role"
        " is given to the last person with an official's title"
    ),
    ("C", 7, "That’s almost a week’s transport money"): (
        "a speaker only described ('Another commuter, who did not want to be named,') is "
        "listed under the description; the suite gives none"
    ),
    ("C", 9, "No sea trips will be allowed"): (
        "'the Coast Guard said' finds the short name, not 'Coast Guard District Bicol' named before"
    ),
    ("C", 14, "I got down behind the counter"): (
        "an unnamed clerk's quote: the rules give it to the last man named"
    ),
    ("C", 16, "He asked, I cried, the dog"): (
        "'Reyes captioned': a caption verb is no reporting cue"
    ),
    ("C", 16, "He flew her parents in from"): (
        "a speaker only described ('A source close to the couple') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("C", 16, "taught me how to slow down"): (
        "'in a cover interview with Glow magazine, saying': the outlet is taken for the speaker"
    ),
    ("C", 16, "I was working 16-hour days and"): (
        "'she told the magazine': the outlet is taken for the speaker"
    ),
    ("C", 20, "The woman of the house pulled"): (
        "a speaker only described ('One of the female vaccinators, who requested anonymity')"
        " is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
    ("D", 1, "It's not going anywhere this year"): (
        "a speaker only described ('the aide') is listed under the description; the suite"
        " wants no speaker"
    ),
    ("D", 1, "There isn't floor time, and there"): (
        "a speaker only described ('the aide') is listed under the description; the suite"
        " wants no speaker"
    ),
    ("D", 2, "the usual theatre"): (
        "'A diplomat from one of the northern member states, who ...': the description is"
        " cut wrong ('one of the northern member'); the suite wants no speaker"
    ),
    ("D", 2, "Everyone knew we’d land somewhere around"): (
        "'A diplomat from one of the northern member states, who ...': the description is"
        " cut wrong ('one of the northern member'); the suite wants no speaker"
    ),
    ("D", 10, "Everybody in that room understood what"): (
        "'Two current employees, who spoke on condition of anonymity ..., said': a quoted "
        "group is listed under its description (the guidelines); the suite wants no speaker"
    ),
    ("D", 10, "Nobody wanted to be the one"): (
        "'Two current employees, who spoke on condition of anonymity ..., said': a quoted "
        "group is listed under its description (the guidelines); the suite wants no speaker"
    ),
    ("D", 3, "should not assume parliamentary time in"): (
        "a leaked 'Treasury letter' speaks for the Treasury: a document whose owner is a "
        "modifier before it"
    ),
    ("D", 4, "make the numbers work"): (
        "a short partial quote reported by a witness from someone named only later: "
        "dropped as a name or title"
    ),
    ("D", 11, "excessive and unjustified force"): (
        "a short partial quote from a review whose author is named in apposition: dropped"
        " as a name or title"
    ),
    ("D", 11, "Everyone in Lima and Toronto saw"): (
        "a speaker only described ('a former security manager') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("D", 11, "The decision was made to keep"): (
        "a speaker only described ('a former security manager') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("D", 14, "comfortably"): "a one-word partial quote: dropped as a name or title",
    ("D", 14, "Whip counts are only as good"): (
        "a speaker only described ('the aide') is listed under the description; the suite"
        " wants no speaker"
    ),
    ("F", 11, "Without it, there is a hole"): (
        "'A senior Treasury official, speaking on condition of anonymity, ... the official "
        "said': the official introduced is the speaker, as other sets label 'a Roscosmos "
        "official' or 'an Admarc official'; this set wants the National Treasury"
    ),
    ("F", 17, "You are in danger and need"): (
        "'the warning read': 'read' is no reporting verb, and the warning is not traced "
        "to the department that issued it"
    ),
    ("G", 1, "Going up, going up"): (
        "a chant nobody is named for: a short quote with no speaker is dropped as a name or slogan"
    ),
    ("G", 4, "a reminder that evolution is happening"): (
        "\"the journal's editors described\": a journal's editors are not traced to the "
        "journal named before"
    ),
    ("G", 15, "My mother is in there,"): (
        "'one woman shouted': the rules list the description as the speaker, the suite gives none"
    ),
    ("I", 10, "I could hear the glass breaking"): (
        "'A customer who asked not to be named told the newspaper ... she said': 'she' "
        "goes to the last person named, not to the unnamed customer"
    ),
    ("I", 13, "the turn you never make"): (
        "a phrase 'instructors describe as ...' inside a sentence whose subject is "
        "Kirkbride: the rules give it to her"
    ),
    ("J", 3, "a bridge between two continents"): (
        "'critics hailed as': a short quote from a group nobody names is dropped as a name or title"
    ),
    ("J", 10, "We never really stopped being friends"): (
        '"in a post on the band\'s Instagram account:" for a band whose name has no '
        "organisation word ('The Lantern Orchard')"
    ),
    ("J", 12, "We want the people of Chubut"): (
        "'the museum said' for a Spanish name ('Museo Paleontológico del Valle Inferior')"
    ),
    ("K", 1, "within the next ten days"): (
        "a short partial quote from an unnamed official ('A Saudi foreign ministry "
        "official, who asked not to be named'): no speaker, so it is dropped as a name"
    ),
    ("K", 5, "The sea was very high and"): (
        "an unnamed survivor, named only in the next paragraph ('He gave his name as "
        "Tesfaye Gebremedhin'): the rules do not look ahead that far"
    ),
    ("K", 5, "People were screaming. I held a"): (
        "an unnamed survivor, named only in the next paragraph ('He gave his name as "
        "Tesfaye Gebremedhin'): the rules do not look ahead that far"
    ),
    ("K", 5, "After so many hours in water"): (
        "'a coast guard officer told': the rules keep the description, the suite gives the body"
    ),
    ("K", 7, "He is alive and unharmed, as"): (
        "'A senior official of his party ..., speaking on condition of anonymity': 'the "
        "official said' goes to the last official named, not to the unnamed one"
    ),
    ("K", 7, "But nobody has been allowed to"): (
        "'A senior official of his party ..., speaking on condition of anonymity': 'the "
        "official said' goes to the last official named, not to the unnamed one"
    ),
    ("K", 8, "Let him rot in jail!"): (
        "a chant's translation nobody is named for: a short quote with no speaker is "
        "dropped as a name or slogan"
    ),
    ("K", 9, "largely exploratory in nature"): (
        "a short partial quote from an unnamed diplomat: no speaker, so it is dropped as a name"
    ),
    ("K", 14, "Everyone is asking the same question"): (
        "'An executive at a German supplier ..., speaking on condition of anonymity': "
        "'the executive said' goes to the last executive named"
    ),
    ("K", 14, "The honest answer is: we don’t"): (
        "'An executive at a German supplier ..., speaking on condition of anonymity': "
        "'the executive said' goes to the last executive named"
    ),
    ("K", 15, "We are deeply grateful to the"): (
        '"In a statement, the company said:" then the quote\'s paragraph: the company is '
        "not traced to 'Copenhagen-based Nordhavn Lines'"
    ),
    ("K", 16, "Yesterday I was measuring malnourished babies."): (
        "'A woman who worked as a nutrition officer ..., and who asked that her name not "
        "be published': 'she' goes to the organisation named before"
    ),
    ("K", 16, "Who will feed my family now?"): (
        "'A woman who worked as a nutrition officer ..., and who asked that her name not "
        "be published': 'she' goes to the organisation named before"
    ),
    ("L", 9, "My grandmother's village doesn't have clean"): (
        "'Wikinews: \"...?\"' then the answer: the interviewee was named but not quoted "
        "before, so the answer stays with Wikinews"
    ),
    ("L", 9, "Some of it is going towards"): (
        "'Wikinews: \"...?\"' then the answer: the interviewee was named but not quoted "
        "before, so the answer stays with Wikinews"
    ),
    ("L", 11, "Please keep children with a rash"): (
        "'a handwritten notice ... read:': 'Eleven of the cases' opening the sentence is "
        "taken as a name"
    ),
    ("L", 16, "Owen was funny, kind and completely"): (
        '"Owen\'s parents, Gavin and Leanne Marsh, said:": two people named together '
        "become 'Gavin' and 'Leanne Marsh'"
    ),
    ("M", 4, "Priya loved her pupils, her bicycle"): (
        '"Venkataraman\'s father, Suresh Venkataraman, read a statement" then its '
        "paragraphs: 'read a statement' gives the statement no reader"
    ),
    ("M", 7, "This discovery belongs to the people"): (
        "'the museum said' for 'the Zapala Museum of Natural Sciences and Carrow "
        "University': two names joined by 'and' become one"
    ),
    ("M", 15, "These follow-up observations should settle the"): (
        "'The institute said' for the team's institute named paragraphs before; the rules"
        " take the last institute named"
    ),
    ("M", 18, "Children are always the most exposed"): (
        '"the aid group Action for Children in Africa said:" then the quote\'s paragraph: '
        "the name is cut at 'in', read as a place after it ('Action for Children'; cut at 'for' "
        "too until round 33)"
    ),
    ("N", 1, "a betrayal of every family in"): (
        "\"The former state treasurer ... She called his 2019 vote ...\": 'she' goes to the"
        " man named last, whose gender the article gives only later"
    ),
    ("O", 4, "We are not against development. We"): (
        "'the Puthenchantha Vyapari Samithi, a traders' association, whose secretary, K. "
        "P. Abdul Rasheed,': an appositive between the name and 'whose' hides the role-"
        "and-name clause"
    ),
    ("O", 4, "structurally sound with minor repairs needed"): (
        "a partial quote from the municipality's 2019 survey, inside the advocate's "
        "sentence: the rules give it to him"
    ),
    ("O", 10, "I leave it to God."): (
        "'Asked by reporters ..., he replied': 'he' goes to the lawyer quoted last, not "
        "to the defendant the paragraph is about"
    ),
    ("O", 12, "Our priority now is food, clean"): (
        "'The vice-chairwoman said ... she said' for Phạm Thị Thu Hà named earlier: 'she'"
        " goes to the company quoted last"
    ),
    ("O", 18, "Aftershocks are expected in the coming"): (
        "'The director of Senapred urged ... he said': the director named paragraphs "
        "before is not found, so 'he' goes to another official"
    ),
    ("O", 19, "He has the temperament. Whether he"): (
        "'One member of the board's selection panel, who spoke on condition of anonymity'"
        " then 'the selector said': the unnamed selector goes to the player named in the "
        "sentence"
    ),
    ("P", 1, "painful but necessary for the club's"): (
        "'the board described the decision as': the club's board is not traced to the club"
    ),
    ("P", 2, "Water supplied to customers from Lake"): (
        "'In a statement, the utility said:' for Tarran Valley Water, named only as 'the "
        "utility which operates the reservoir'"
    ),
    ("P", 6, "I never thought I’d be in"): (
        "'One mother of two, who asked not to be named, said ... \"...,\" she said': 'she' "
        "goes to the last speaker, not to the unnamed mother"
    ),
    ("P", 7, "Sione has been the heartbeat of"): (
        "'In a statement, the club said:' for Thornbury Falcons, which has no organisation word"
    ),
    ("P", 13, "The athlete has not established, on"): (
        "'the decision states' for the commission's tribunal's decision: the document is "
        "not traced to the commission"
    ),
    ("P", 13, "The tribunal therefore cannot find that"): (
        "'the decision states' for the commission's tribunal's decision: the document is "
        "not traced to the commission"
    ),
    ("P", 13, "sincere but ultimately unsupported by the"): (
        "'The tribunal noted that Campbell-Whyte ... and described her evidence as': the "
        "verb's subject is the tribunal, but the rules take the athlete named in between"
    ),
    ("P", 14, "Went to three shops today and"): (
        "'one father wrote on X': the rules list the description as the speaker, the "
        "suite gives none"
    ),
    ("P", 14, "Not good enough, Little Meadow."): (
        "'one father wrote on X': the rules list the description as the speaker, the "
        "suite gives none"
    ),
    ("P", 17, "one of the most challenging call-outs"): (
        "'what their rescuers described as': the rescue team is named only later"
    ),
    ("P", 17, "Every single one of our members"): (
        '"the team\'s post added": a post is not traced to its team'
    ),
    ("P", 17, "If you'd like to support us,"): (
        '"the team\'s post added": a post is not traced to its team'
    ),
    ("P", 19, "Port Ellery City Football Club condemns"): (
        "'Port Ellery' and 'Port Ellery City Football Club' are one club: the rules name "
        "it in full, the suite as first named"
    ),
    ("Q", 1, "take a few weeks at home"): (
        "'A spokeswoman for Lindqvist for America, the congressman's campaign committee, "
        "said he would': the rules take the candidate named in the sentence"
    ),
    ("Q", 2, "I came to hear about jobs"): (
        "a speaker only described ('one attendee'): the rules keep the description, the "
        "suite gives none"
    ),
    ("Q", 3, "I like her, I really do"): (
        "a speaker only described ('one woman', 'the man', 'one supporter'): the rules "
        "keep the description, the suite gives none"
    ),
    ("Q", 4, "You’ve never set foot in a"): (
        "a speaker only described ('one woman', 'the man', 'one supporter'): the rules "
        "keep the description, the suite gives none"
    ),
    ("Q", 4, "I have three plants in this"): (
        "'the congresswoman turned back to the audience. \"...,\" she said': 'she' goes to "
        "the man described just before"
    ),
    ("Q", 5, "I came in leaning Abadi and"): (
        "a speaker only described ('one woman', 'the man', 'one supporter'): the rules "
        "keep the description, the suite gives none"
    ),
    ("Q", 5, "But the governor made me think."): (
        "'said one audience member, a blackjack dealer from Henderson who asked ...': the"
        " place in the appositive is taken as the speaker"
    ),
    ("Q", 7, "Most people are polite, even when"): (
        '"...," she said\' after a paragraph about a man who told a Wikinews reporter '
        "something: 'she' goes to him (his gender is not known)"
    ),
    ("Q", 7, "You thank them and you move"): (
        "goes on with the speaker of the quote before it, which the rules got wrong"
    ),
    ("Q", 8, "Senator Ostrowski-Tan is not a flawless"): (
        '"the paper\'s editorial board wrote": the board is not traced to The Cascade '
        "Herald, so the senator named in the sentence is taken"
    ),
    ("Q", 8, "We are deeply troubled by a"): (
        "'an open letter through the Council of Retired Flag Officers ... the letter "
        "said': the letter is traced to the candidate it criticises"
    ),
    ("Q", 8, "This is not about party, it"): (
        "'A spokesperson for the council said': the rules keep the description; the "
        "council is not found"
    ),
    ("Q", 9, "It’s a shame, but you can’t"): (
        "a speaker only described ('one woman', 'the man', 'one supporter'): the rules "
        "keep the description, the suite gives none"
    ),
    ("Q", 10, "Nobody has to explain rural America"): (
        "'in an interview with Bo Lassiter, host of ... \"...,\" the senator said': the "
        "interviewer named in the sentence is taken"
    ),
    ("Q", 10, "This is the kind of thing"): (
        "a speaker only described ('one longtime contributor'): the rules keep the "
        "description, the suite gives none"
    ),
    ("Q", 12, "The Board's guidance imposes an arbitrary"): (
        "'the complaint said' for a lawsuit filed by the fund and four other groups: the "
        "complaint is not traced to the fund"
    ),
    ("Q", 13, "After thirty years, I have decided"): (
        "'The 78-year-old ... said in a statement:' then the statement's paragraph: the "
        "description is not linked to Brinkerhoff across the colon and paragraph break"
    ),
    ("Q", 17, "I did two tours in Germany."): (
        "'said one Army veteran, who ... declined to give his name': 'Army' is taken as the speaker"
    ),
    ("Q", 18, "I’ve been for her since the"): (
        "a speaker only described ('one woman', 'the man', 'one supporter'): the rules "
        "keep the description, the suite gives none"
    ),
    ("Q", 18, "On Tuesday, they are going to"): (
        "the second half of a split quote: 'according to the media tracking firm "
        "AdLedger' later in the same paragraph is taken as its cue"
    ),
    ("Q", 19, "knocked on every door from Nashua"): (
        "a partial quote after 'the former governor thanked volunteers who had': 'the "
        "former governor' is not linked to her"
    ),
    ("Q", 19, "I went in undecided and came"): (
        "a speaker only described ('one woman', 'the man', 'one supporter'): the rules "
        "keep the description, the suite gives none"
    ),
    ("Q", 20, "Most people hang up, and that's"): (
        "'a volunteer with the Ohio Democratic Party who asked that her name not be "
        "published said': the rules keep the description, the suite gives the party"
    ),
    ("R", 18, "run out of money and out"): (
        "'One long-standing member, who asked not to be named, told Wikinews': the rules "
        "list the described member, the suite gives the party"
    ),
    ("S", 4, "I heard the engine first. It"): (
        "'One of the key witnesses was a parent, Melissa Ortega-Crane, ... She "
        "testified:' then a block quote: the description opening the sentence is taken as"
        " the speaker, not the name in apposition"
    ),
    ("S", 19, "The commander said they were lookouts"): (
        "a protected witness, described only: the rules list the description ('the "
        "witness') as the speaker, the suite has no speaker"
    ),
    ("T", 1, "unprecedented in the instrumental record for"): (
        "'The researchers wrote': the rules keep the research team as a described "
        "speaker; the suite names the study's lead author"
    ),
    ("T", 4, "Some of our patients now have"): (
        "'head of clinical microbiology ..., said' then paragraphs later 'the "
        "microbiologist said': the role is not derived from the department's name"
    ),
    ("T", 5, "We are not talking about a"): (
        "a quote alone in its paragraph, then 'Raghunathan was careful to stress that': "
        "the name after the quote has no reporting verb the rules know, so the quote goes"
        " to the last speaker"
    ),
    ("T", 6, "We are tired, but the children"): (
        "'An administrator at the hospital, who asked not to be named, ... she said': the"
        " suite gives a described official to the organisation, the rules resolve 'she' "
        "to a named woman"
    ),
    ("T", 8, "largely explained by later sleep onset"): (
        "'The researchers wrote': the rules keep the research team as a described "
        "speaker; the suite names the study's lead author"
    ),
    ("T", 8, "one of the largest to use"): (
        "'published in the journal Paediatric Sleep Medicine' then 'the journal "
        "described': a journal named after 'the journal' is not found by that noun"
    ),
    ("T", 9, "urgent attention to air quality as"): (
        "'The authors wrote ... and called for \"...\"': the rules keep the authors as a "
        "described speaker; the suite names the study's lead author"
    ),
    ("T", 14, "should not be assumed to be"): (
        "'The researchers wrote': the rules keep the research team as a described "
        "speaker; the suite names the study's lead author"
    ),
    ("T", 16, "Some families are drinking straight from"): (
        "'An official at the Ministry of Health, who was not authorised ..., said ... "
        '"...," the official said\': a described official is listed as the organisation in'
        " the suite; the rules reach back to a named person"
    ),
    ("T", 18, "a risk of heat-related death nearly"): (
        "'The researchers wrote': the rules keep the research team as a described "
        "speaker; the suite names the study's lead author"
    ),
    ("U", 1, "WE'RE GOING TO THE FINAL! Thank"): (
        "'Kestrel Bay posted on social media:' a football club named for its town "
        "('Kestrel Bay United') is read as a place, which never speaks"
    ),
    ("U", 12, "A new national record and a"): (
        "'On social media, the federation congratulated the swimmer: \"...\"': a quote "
        "after a colon whose verb is not a reporting verb, with the subject a described "
        "organisation"
    ),
    ("U", 18, "Please come home soon, brother"): (
        "a lantern's message nobody is named for: a short quote with no speaker is "
        "dropped as a name or slogan"
    ),
    ("A", 6, "They have been too optimistic on"): (
        "a speaker only described ('Another analyst, who asked not to be named') is "
        "listed under the description; the suite gives none"
    ),
    ("B", 11, "Eleven kilos is impressive, but magnesium"): (
        "a speaker only described ('one industry analyst') is listed under the "
        "description; the suite gives none"
    ),
    ("B", 11, "The proof will be how they"): (
        "a speaker only described ('one industry analyst') is listed under the "
        "description; the suite gives none"
    ),
    ("I", 18, "There was a terrible noise, then"): (
        "a speaker only described ('one passenger') is listed under the description; the "
        "suite gives none"
    ),
    ("X", 1, "Every morning I wake up and"): (
        'a speaker only described ("Mr Okafor-Webb\'s mother") is listed under the '
        "description; the suite wants no speaker"
    ),
    ("X", 1, "Then I remember, and it is"): (
        'a speaker only described ("Mr Okafor-Webb\'s mother") is listed under the '
        "description; the suite wants no speaker"
    ),
    ("X", 2, "I heard people screaming and then"): (
        "a speaker only described ('One survivor, a 52-year-old farmer') is listed under "
        "the description; the suite wants no speaker"
    ),
    ("X", 2, "When I opened my eyes I"): (
        "a speaker only described ('One survivor, a 52-year-old farmer') is listed under "
        "the description; the suite wants no speaker"
    ),
    ("X", 4, "By the time we woke up"): (
        "a speaker only described ('a woman who had fled her home') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("X", 4, "We left with only the clothes"): (
        "a speaker only described ('a woman who had fled her home') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("X", 8, "We pulled a grandmother and a"): (
        "'said a volunteer with the Indonesian Red Cross': the rules keep the "
        "description; the suite names the organisation"
    ),
    ("X", 8, "That gives everyone the strength to"): (
        "goes on with the speaker of the quote before it ('a volunteer with the "
        "Indonesian Red Cross'); the suite names the organisation"
    ),
    ("X", 9, "We’ve been here since six and"): (
        "a speaker only described ('a British tourist') is listed under the description; "
        "the suite wants no speaker"
    ),
    ("X", 11, "The wind came suddenly and the"): (
        "a speaker only described ('A fisherman who saw the capsize') is listed under the"
        " description; the suite wants no speaker"
    ),
    ("X", 11, "Within one minute it was gone"): (
        "a speaker only described ('A fisherman who saw the capsize') is listed under the"
        " description; the suite wants no speaker"
    ),
    ("X", 12, "I lay on a stretcher in"): (
        "a speaker only described ('A 71-year-old Moncton man') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("X", 12, "The nurses were wonderful, but there"): (
        "a speaker only described ('A 71-year-old Moncton man') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("X", 13, "I thought at first it was"): (
        "a speaker only described ('A delivery driver') is listed under the description; "
        "the suite wants no speaker"
    ),
    ("X", 13, "Then I saw the men jump"): (
        "a speaker only described ('A delivery driver') is listed under the description; "
        "the suite wants no speaker"
    ),
    ("X", 14, "We had ten minutes to get"): (
        "a speaker only described ('a woman in her sixties') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("X", 14, "I took my medicines and my"): (
        "a speaker only described ('a woman in her sixties') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("X", 15, "remains active and ongoing"): (
        "'A spokesperson for the Ohio Auditor of State declined ... but said': an unnamed"
        " spokesperson for an office named by its title; no speaker is found, so the "
        "short quote is dropped"
    ),
    ("X", 16, "Every time there is a new"): (
        "a speaker only described ('one woman waiting for a matatu') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("X", 16, "We are the ones who pay"): (
        "a speaker only described ('one woman waiting for a matatu') is listed under the "
        "description; the suite wants no speaker"
    ),
    ("X", 18, "a giant of Ghanaian medicine and"): (
        "'The hospital flew its flags ... In a statement, it described its founder as': "
        "'it' is not traced back to the hospital"
    ),
    ("X", 19, "He called me at four to"): (
        "a speaker only described ('a woman whose husband is among the missing') is "
        "listed under the description; the suite wants no speaker"
    ),
    ("X", 19, "That was the last time I"): (
        "a speaker only described ('a woman whose husband is among the missing') is "
        "listed under the description; the suite wants no speaker"
    ),
    ("X", 20, "He does it for love of"): (
        "a speaker only described ('His son' of 'A 58-year-old steward') is listed under "
        "the description; the suite wants no speaker"
    ),
    ("X", 20, "And this is how they thank"): (
        "a speaker only described ('His son' of 'A 58-year-old steward') is listed under "
        "the description; the suite wants no speaker"
    ),
    ("X", 20, "SC Dorrevoort condemns in the strongest"): (
        "'the home club said in a statement': the two clubs are read as one name ('SC "
        "Dorrevoort and FC Haverveld'), so 'the home club' finds neither and the quote "
        "goes on with the speaker before"
    ),
    ("Y", 11, "a handful of animals with skin"): (
        "'A senior official at the Department of Agriculture, who asked not to be named, told':"
        " the set gives the department; the rules list an official only described, with where"
        " they work, under the description, as the gold does ('an official from TfL')"
    ),
    ("AA", 2, "He never once took a solo"): (
        "'she added' a paragraph after a quote of Abernethy-Khumalo: 'she' goes to "
        "another woman quoted earlier"
    ),
    ("AA", 2, "That tells you everything."): (
        "'she added' a paragraph after a quote of Abernethy-Khumalo: 'she' goes to "
        "another woman quoted earlier"
    ),
    ("AA", 20, "Be brave, little fox"): (
        "a painted slogan nobody is named for: a short quote with no speaker is dropped "
        "as a name or slogan"
    ),
    ("AB", 7, "I know their pain."): (
        "'The mother said ...' then 'the 56-year-old said': the description is not traced"
        " to the mother named earlier"
    ),
    ("AB", 9, "not considered high risk at this"): (
        "'She said he had reported the threats ...': 'She' goes to another woman quoted before"
    ),
    ("AB", 14, "did not meet the minimum standards"): (
        "'A Western diplomat who attended the hearing ... said': the diplomat described is the "
        "speaker, as other sets label 'a British climber' or 'a retired Moldovan lifter'; this "
        "set wants no speaker for an anonymous diplomat"
    ),
    ("AB", 11, "all normal verification procedures at the"): (
        "'A senior official at the office, speaking on condition of anonymity, told the "
        "JoongAng Ilbo newspaper': 'the office' is taken as the last office named (the "
        "prosecutors'), not 'The presidential office' described before, which is no actor"
    ),
    ("AB", 12, "like a war zone"): (
        "a short partial quote from a speaker only described ('A shopkeeper in the town, "
        "who asked not to be named'): no speaker is found, so it is dropped as a name"
    ),
    ("AB", 13, "If there is no bill, there"): (
        "'the 24-year-old Confech spokesperson said ...' then 'she said': the description"
        " is not traced to Camila Fernández Riquelme, so 'she' goes to the speaker before"
    ),
    ("AB", 17, "abuse of authority and infringement of"): (
        "'The motion ..., presented by congressman X, ... It accused Mamani of \"...\"': "
        "the motion's words are not traced to the one who presented it"
    ),
    ("AB", 20, "My son wrote articles."): (
        "'Bolot uulu's mother, Gulnara Sydykova, travelled ...' then her quote: the "
        "Kyrgyz patronymic 'uulu' ends the name, and the quote goes to 'Azamat Bolot'"
    ),
    ("AB", 20, "The gathering is not permitted."): (
        "'one of them addressed the crowd ... he said': 'one of them' (the police "
        "officers) is not traced to the police department"
    ),
    ("AD", 1, "study the law carefully before making"): (
        "'A spokesperson for the president said she would \"...\"': given to the president (the "
        "gold's convention for 'a spokesperson for X'); the set wants no speaker"
    ),
    ("AD", 2, "faster than anyone here has ever"): (
        "a speaker only described ('one resident') is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AD", 3, "Six years for nearly two million"): (
        "a speaker only described ('the man') is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AD", 6, "things I read on the internet"): (
        "a speaker only described ('one mother') is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AD", 6, "I was afraid. Now I am"): (
        "a speaker only described ('one mother') is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AD", 10, "Please do not design this for"): (
        "a speaker only described ('a resident') is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AD", 4, "I have never seen the roads"): (
        "a speaker only described ('a harbour pilot') is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AD", 12, "sat in the yard for nine"): (
        "a speaker only described ('a port employee') is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AD", 14, "Routes I guided clients on twenty"): (
        "a speaker only described ('one mountain guide') is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AD", 16, "We drove down from Auckland overnight"): (
        "a speaker only described ('one supporter') is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AD", 17, "glowing rocks rolling down into the"): (
        "a speaker only described ('a fisherman') is listed under the description (the guidelines' convention); the set wants no speaker"
    ),
}

# Misses in the held-out sets E, H, V, W, Z, AC, AE, AH, AK, AN, AO, AQ, AT, AW, AY, BA, BG, BJ,
# BL, BN, BQ, BS, BZ, CA and CB: not analysed, so that the sets stay a measure of copy the rules
# have not been tuned on
_HELD_OUT = (
    "held out (the set is not tuned on, so that it stays a measure of unseen copy); not analysed"
)
_HELD_OUT_MISSES = {
    ("E", 2, "Six months is not a real"),
    ("E", 3, "They treat us like criminals"),
    ("E", 5, "working hard to bring waits down"),
    ("E", 5, "We apologise to every patient who"),
    ("E", 5, "The new hub will allow us"),
    ("E", 7, "unbearable and unsafe working conditions"),
    ("E", 10, "Crocodiles move along this coastline regularly"),
    ("E", 10, "We'd remind everyone to be Crocwise"),
    ("E", 12, "mainly driven by lower fuel prices"),
    ("E", 14, "call ahead before visiting a clinic"),
    ("E", 14, "I thought we had more time"),
    ("E", 14, "I wish I had just done"),
    ("H", 3, "the core of everything we are"),
    ("H", 4, "seriously violates"),
    ("H", 7, "Ring of Fire"),
    ("H", 8, "This is a political verdict, built"),
    ("H", 8, "My client has never taken a"),
    ("H", 12, "Where is my husband? Somebody tell"),
    ("H", 13, "We send delegations, we sign memorandums"),
    ("H", 14, "Our officers, working alongside the Haitian"),
    ("H", 17, "Not all of the haze comes"),
    ("H", 17, "We are working very hard. More"),
    ("H", 18, "We heard a huge explosion at"),
    ("H", 18, "The mujahideen targeted a hotel frequented"),
    ("H", 19, "Operations against ships linked to the"),
    ("V", 4, "incompatible with EU norms and values"),
    ("V", 8, "Every Friday they tell us the"),
    ("W", 2, "all questions about prevention will be"),
    ("W", 5, "The supplies arrived on Wednesday, so"),
    ("W", 8, "I dreamed about this moment when"),
    ("W", 8, "To score the goal that wins"),
    ("W", 8, "We are the blue tide"),
    ("W", 9, "She was demanding, funny and absolutely"),
    ("W", 13, "No family will face this alone,"),
    ("W", 14, "poor planning at every level"),
    ("W", 14, "The minister has been in charge"),
    ("W", 14, "He can't keep blaming the last"),
    ("W", 17, "The city has seven days to"),
    ("W", 20, "I don't know how we will"),
    ("Z", 2, "like the end of the world"),
    ("Z", 3, "My son was twenty-four,"),
    ("Z", 3, "He was saving to bring his"),
    ("Z", 5, "Our staff have been working double"),
    ("Z", 5, "We are grateful for the support"),
    ("Z", 10, "a hammer blow to a community"),
    ("Z", 13, "Whoever kept it, kept it dry,"),
    ("Z", 18, "an ideal target for the next"),
    ("Z", 18, "a textbook example of why nearby"),
    ("AC", 3, "I had planned to leave something"),
    ("AC", 7, "My husband pulled me out through"),
    ("AC", 13, "No sleep until target"),
    ("AC", 13, "They beat us if we did"),
    ("AC", 18, "I teach maths on Monday, so"),
    ("AC", 18, "They will not believe their teacher"),
    ("AC", 20, "a building should be quiet enough"),
    ("AC", 20, "Wood remembers the forest it came"),
    ("AC", 20, "Concrete remembers nothing at all."),
}
_HELD_OUT_MISSES |= {
    ("AE", 1, "Nobody expected a big move, but"),
    ("AE", 1, "That is being unwound this afternoon"),
    ("AE", 7, "We heard knocking about an hour"),
    ("AE", 9, "People were nervous going into the"),
    ("AE", 9, "There was no real debate on"),
    ("AE", 9, "Some countries wanted six months, but"),
    ("AE", 10, "I leave with my head held"),
    ("AE", 10, "Football is like this, and I"),
    ("AE", 11, "A trial would put a lot"),
    ("AE", 5, "We have asked the company to"),
    ("AE", 12, "Counting went smoothly and we have"),
    ("AE", 13, "clean and affordable electricity to the"),
    ("AE", 13, "Everyone knows the decision was taken"),
    ("AE", 14, "We are in touch with the"),
    ("AE", 15, "Some villages are still under water"),
    ("AE", 17, "We flew 24 hours to be"),
}
_KNOWN_MISSES |= {
    ("AF", 2, "left to fend for itself for"): (
        "a speaker only described ('one longtime resident') is listed under "
        "the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AF", 3, "Everybody here knew that bank was"): (
        "a speaker only described ('another farmer') is listed under the "
        "description (the guidelines' convention); the set wants no speaker"
    ),
    ("AF", 5, "Some nights there are more patients"): (
        "a speaker only described ('A nurse who has worked in the emergency department for nine"
        " years, and who asked not to be named') is listed under the description (the"
        " guidelines' convention); the set wants no speaker"
    ),
    ("AF", 7, "Saturday footy is the only time"): (
        "a speaker only described ('one netball parent') is listed under "
        "the description (the guidelines' convention); the set wants no speaker"
    ),
    ("AF", 8, "There were people walking past him"): (
        "a speaker only described ('the driver') is listed under the "
        "description (the guidelines' convention); the set wants no speaker"
    ),
    ("AF", 9, "We gave up a lot to"): (
        "a speaker only described ('one mother') is listed under the "
        "description (the guidelines' convention); the set wants no speaker"
    ),
    ("AF", 10, "with nothing but kindness and respect"): (
        "a speaker only described ('a staff member') is listed under the "
        "description (the guidelines' convention); the set wants no speaker"
    ),
    ("AF", 11, "It was bad enough before, so"): (
        "a speaker only described ('a young mother') is listed under the "
        "description (the guidelines' convention); the set wants no speaker"
    ),
    ("AF", 13, "They found money for a new"): (
        "a speaker only described ('one mother') is listed under the "
        "description (the guidelines' convention); the set wants no speaker"
    ),
    ("AF", 14, "They had the whole thing off"): (
        "a speaker only described ('a dairy farmer') is listed under the "
        "description (the guidelines' convention); the set wants no speaker"
    ),
    ("AF", 15, "Everybody could see this coming, and"): (
        "a speaker only described ('another midwife') is listed under the "
        "description (the guidelines' convention); the set wants no speaker"
    ),
    ("AF", 16, "They want us to move out"): (
        "a speaker only described ('one farmer') is listed under the "
        "description (the guidelines' convention); the set wants no speaker"
    ),
}
_KNOWN_MISSES |= {
    ("AG", 16, "These individuals have nothing to do"): (
        "'The prefecture said ... it said': 'prefecture' is a place word, so no body is found"
    ),
    ("AG", 24, "We are finding more cases because"): (
        "'Minister for Manpower Lim Wei Ling': a three-word name after a long title is cut to "
        "its last two words, so 'Lim said' is someone else"
    ),
    ("AG", 24, "Each case we find early is"): (
        "'Minister for Manpower Lim Wei Ling': a three-word name after a long title is cut to "
        "its last two words, so 'Lim said' is someone else"
    ),
    ("AI", 9, "processed on the device wherever possible"): (
        "'Hanbit said' after the product 'Hanbit Lumen' is named: the short name goes to the "
        "last longer name it starts"
    ),
    ("AI", 13, "My son works here too"): (
        "'One machine operator, who has worked at the plant since 1998, said': 'operator' is a "
        "company's word, not read as a person's"
    ),
    ("AI", 13, "It's two wages out of one"): (
        "'One machine operator, who has worked at the plant since 1998, said': 'operator' is a "
        "company's word, not read as a person's"
    ),
    ("AI", 14, "intense and unrealistic pressure"): (
        "'The panel's report said ... \"...\"': a report's owner described only as 'the panel' is "
        "not found, so the short quote is dropped"
    ),
    ("AI", 19, "on track"): (
        "speech reported inside reported speech ('wrote that managers had told the team the "
        'project was "on track"\'): the rules give it to the writer'
    ),
    ("AI", 20, "surreal"): (
        "the set names the person by the appositive ('an engineer from Adelaide'); the rules by "
        "the subject ('One member of the recovery team')"
    ),
    ("AI", 20, "You're standing in the dark in"): (
        "the set names the person by the appositive ('an engineer from Adelaide'); the rules by "
        "the subject ('one member')"
    ),
    ("AI", 21, "in violation of the principles of"): (
        "'Italy's data protection authority, the Garante per la Protezione dei Dati Personali, "
        "has fined ... The regulator said': the Italian name is not typed an authority, so 'the "
        "regulator' is described"
    ),
    ("AI", 26, "suspicious network activity"): (
        "'..., the hospital group said' then 'what it called': the group is described ('the "
        "hospital'), not traced to St Brendan's Health"
    ),
    ("AI", 30, "Half the internet found out the"): (
        "'one software developer posted on X': 'developer' is a company's word (a property "
        "developer), not read as a person's"
    ),
    ("AJ", 2, "knowingly and with intent to defraud"): (
        "'The charge sheet, filed by the Office of Public Prosecutions ..., accuses Samuel "
        'Langat of having "..."\': a charge sheet is no document noun, and the accused takes the '
        "words"
    ),
    ("AJ", 2, "materially different from those specified in"): (
        "'It further alleges that ...' after the charge sheet: the accused named before takes it"
    ),
    ("AJ", 3, "systematically unreliable"): (
        "'The audit, carried out by the accountancy firm Pembury Clarke, concluded that ...': "
        "an audit is no document noun and its author sits in an aside, so the short quote has "
        "no speaker and is dropped"
    ),
    ("AJ", 3, "Those warnings were not acted upon"): (
        "'the report said' after 'The audit, carried out by ... Pembury Clarke': the audit is "
        "not taken for the report"
    ),
    ("AJ", 3, "no direct evidence of intent to"): (
        "'It stopped short of ..., saying auditors had found \"...\"' after 'The report "
        "identified': the report's author is not found"
    ),
    ("AJ", 3, "the effect on patients was the"): (
        "'but warned that \"...\"' after 'The report identified': the report's author is not found"
    ),
    ("AJ", 4, "permanently fragment one of the last"): (
        "'The letter, published on Wednesday, warns that ...': a letter's signers, described "
        "before ('More than 240 scientists ... have signed an open letter'), are not found"
    ),
    ("AJ", 4, "inadequate in scope and outdated in"): (
        "'The signatories write that ...': the signatories are not traced to the scientists who "
        "signed"
    ),
    ("AJ", 10, "shall undertake works that significantly reduce"): (
        "'Article 7 of the Ruvuma Basin Accord, which states that neither party \"...\"': a "
        "treaty quoted through 'which states' is not its own speaker"
    ),
    ("AJ", 14, "a culture in which reporting fatigue"): (
        "'The letter, addressed to ... and published on Tuesday, says': the former pilots who "
        "signed it, named only as a group before, are not found"
    ),
    ("AJ", 17, "Each officer is expected to generate"): (
        "'The memo, obtained by the Redfield Ledger ..., was sent by Deputy Chief Harold Voss "
        "... it reads': the outlet that obtained the memo is taken for its author"
    ),
    ("AJ", 17, "Supervisors will be evaluated on their"): (
        "'The memo, obtained by the Redfield Ledger ..., was sent by Deputy Chief Harold Voss "
        "... it reads': the outlet that obtained the memo is taken for its author"
    ),
    ("AJ", 18, "a calculated act of cultural vandalism"): (
        "'Graham Tolley ... sued blogger Stephen Pardoe over a post that described the "
        "demolition as \"...\"': the post's author, the object of 'sued', is not found"
    ),
    ("AJ", 21, "plainly inadequate"): (
        "'A coroner has concluded ... but said the barrier was \"plainly inadequate\"': a coroner "
        "named only later ('senior coroner Rachel Imrie') is not traced back, and the short "
        "quote is dropped"
    ),
    ("AJ", 24, "The defendant repeatedly assured customers that"): (
        "'\"...,\" the indictment says': the indictment's words go to the defendant it names, not "
        "to the prosecutors"
    ),
    ("AJ", 25, "strongly disagrees"): (
        "'Its lead author, Professor Martin Kessler of a university in Munich, said ... that he "
        '"strongly disagrees"\': with the place in his affiliation he is not found, and the '
        "short quote is dropped"
    ),
    ("AJ", 28, "groomed to bet"): (
        "'A parliamentary committee in Australia has called for ..., warning that children are "
        'being "groomed to bet"\': a committee named only in the next sentence is not traced '
        "back"
    ),
}
_HELD_OUT_MISSES |= {
    ("AH", 1, "with a heavy heart"),
    ("AH", 3, "a coup d'état dressed up in"),
    ("AH", 5, "on hold"),
    ("AH", 9, "One resignation changes nothing. We want"),
    ("AH", 13, "clear manipulations"),
    ("AH", 13, "The manipulations of the computer systems"),
    ("AH", 16, "did not have a significant effect"),
    ("AH", 28, "Montenegro is free. After thirty years,"),
}
_KNOWN_MISSES |= {
    ("AL", 7, "well below the permitted speed"): (
        "'It is understood that the train was travelling \"...\"': a short quote nobody says is "
        "dropped, where the set lists it with no speaker"
    ),
    ("AL", 9, "I used to enjoy chatting to anyone"): (
        "the set names the person by the appositive ('an 88-year-old widow'); the rules by the "
        "subject ('One victim')"
    ),
    ("AL", 17, "He only went out to buy bread"): (
        '\'a woman sat on the steps ... "...," she said ... She later gave her name as Folake '
        "Adisa': a name given after the words is not traced back"
    ),
    ("AL", 26, "more than minimally contributed"): (
        "'A coroner has ruled that ... \"...\"' in the first sentence: the coroner named only "
        "later is not traced back, and the short quote is dropped"
    ),
    ("AL", 28, "to make sure no one remains under"): (
        "'The Maasdelta Safety Region ... said': a name ending in 'Region' is taken for a place"
    ),
}
_HELD_OUT_MISSES |= {
    ("AK", 2, "We were sending mothers home without"),
    ("AK", 3, "the state will not leave these"),
    ("AK", 4, "a reminder of how little we"),
    ("AK", 9, "She showed the world that our"),
    ("AK", 9, "She read every manuscript anyone sent"),
    ("AK", 9, "I do not know how she"),
    ("AK", 10, "The vessel was never in danger"),
    ("AK", 16, "simply cannot absorb both the pension"),
}
_KNOWN_MISSES |= {
    ("AM", 2, "Half my staff are out today"): (
        "'said the school's head, who spoke on condition of anonymity': a possessive "
        "description after the quote is not read"
    ),
    ("AM", 6, "never intended to deceive anyone"): (
        "'A former director of a Manchester building firm told a jury ... that he had \"...\"': a "
        "person named only in the next paragraph is not traced back; a place takes the words"
    ),
    ("AM", 6, "He sat at my table and"): (
        "'the jury heard from a retired nurse from Sale who paid ... \"...,\" she said': a person "
        "described as the object of 'heard from' is not the pronoun's referent"
    ),
    ("AM", 6, "I never saw him again."): (
        "'the jury heard from a retired nurse from Sale who paid ... \"...,\" she said': a person "
        "described as the object of 'heard from' is not the pronoun's referent"
    ),
    ("AM", 8, "no incidents involving lanterns"): (
        '\'Chiang Mai International Airport said in a statement ... that ... "..." had been '
        "reported': the airport is taken for a place, and the short quote has no speaker and is "
        "dropped"
    ),
    ("AM", 9, "The people are not for sale!"): (
        "a chant ('\"...!\" they chanted'): kept with nobody named as its speaker"
    ),
    ("AM", 11, "minor procedural errors"): (
        "'The ... Open Ballot Foundation said in a statement that its observers had noted "
        "\"...\"': reported speech inside reported speech goes to the inner subject ('its "
        "observers')"
    ),
    ("AM", 13, "Education is a right, not a loan"): (
        "a chant ('\"...,\" marchers chanted'): the marchers' organisation named before takes it"
    ),
}
_HELD_OUT_MISSES |= {
    ("AN", 6, "one of its finest sons"),
    ("AN", 7, "shifts the risk of the transformation"),
    ("AN", 9, "competitive and well managed"),
    ("AN", 9, "isolated incidents of violence"),
    ("AN", 14, "works with all member state governments"),
    ("AN", 17, "an unprecedented collapse in demand from"),
    ("AN", 23, "worse than at any point since"),
    ("AN", 30, "impossible with current staffing levels"),
}
_HELD_OUT_MISSES |= {
    ("AO", 5, "entirely predictable"),
    ("AO", 10, "Education is a right, not a"),
    ("AO", 11, "repair monopoly"),
    ("AO", 11, "For too long, a farmer in"),
    ("AO", 17, "respects the ruling"),
    ("AO", 19, "She was beside the toilets in"),
    ("AO", 24, "My grandfather used to tell us"),
    ("AO", 27, "Hamish could silence a noisy pub"),
}
_KNOWN_MISSES |= {
    ("AP", 10, "The department has acted on every recommendation"): (
        "the rules list the body as the article first writes it, \"Manitoba's Department of "
        'Families"; the set names it without the province'
    ),
    ("AP", 15, "The athlete was unable to provide a"): (
        "'\"...,\" the decision said' after 'The panel said in a decision': a decision is no "
        "document noun (adding it moved only cues), so the quote has no speaker"
    ),
    ("AP", 18, "Our members pay taxes, employ Ghanaians and"): (
        "'The Nigerian Union of Traders in Ghana said': 'in Ghana' is taken for a place after "
        "the name"
    ),
}
_HELD_OUT_MISSES |= {
    ("AQ", 2, "welcome but overdue,"),
    ("AQ", 4, "mildly negative in the short term."),
    ("AQ", 10, "The sky became dark at two"),
    ("AQ", 10, "We ran with only our clothes."),
    ("AQ", 18, "This is an exceptional event for"),
    ("AQ", 22, "Our vessels and aircraft will continue"),
    ("AQ", 26, "We feed them what hay we"),
}
_KNOWN_MISSES |= {
    ("AR", 3, "conclusive evidence"): (
        "'TMO Alun Pritchard advised referee' then 'Pritchard wrote': the role abbreviation "
        "'TMO' is kept as part of the name, so the tool gives 'TMO Alun Pritchard' rather than "
        "'Alun Pritchard'"
    ),
    ("AR", 5, "Ingrid is bitterly disappointed. She does"): (
        "'her agent, Thomas Berg, issued a short statement. \"...\" it read': 'it' (the "
        "statement) is not traced to the agent, so the quote goes to Ingrid Solberg, subject of "
        "'Solberg did not speak'"
    ),
    ("AR", 7, "He gave us the best day"): (
        "labelling convention: 'One supporter outside the ground ... the fan said' - the set "
        "and the tool both describe the same unnamed supporter ('~supporter' vs 'the fan')"
    ),
    ("AR", 14, "We want our club back"): (
        "a chant ('Fans remained in the main stand ..., chanting \"We want our club back\"'): the "
        "participle 'chanting' is not linked to 'Fans', so no speaker is given"
    ),
    ("AR", 16, "reckless"): (
        "'In its written decision, published by tournament organisers EPCR ..., the "
        'three-person panel described the tackle as "reckless"\': the name in the fronted phrase '
        "(EPCR) takes the quote, not the panel"
    ),
    ("AR", 16, "a high degree of danger"): (
        "'the three-person panel ... said it had carried \"a high degree of danger\"': the name "
        "EPCR in the fronted 'published by tournament organisers EPCR' takes the quote, not the "
        "panel"
    ),
    ("AR", 16, "exemplary conduct"): (
        "'The panel reduced the ban ..., citing ... his \"exemplary conduct\"': the unnamed panel "
        "is not taken; the quote goes to EPCR, the organisation named in the previous sentence"
    ),
    ("AR", 20, "Having reviewed all available footage and"): (
        "'Race Direction said after the race ... \"...\" it said in a statement': the two-word "
        "body name 'Race Direction' is cut to 'Direction'"
    ),
    ("AR", 22, "four wonderful years"): (
        "'Estrela said in a statement ... thanked Andrade for \"four wonderful years\"': the tool "
        "keeps the short form 'Estrela' of the same club; the set expands it to 'Estrela da "
        "Costa' from the first sentence"
    ),
    ("AR", 24, "It was so quiet you could"): (
        "'\"...\" the 20-year-old said afterwards': the age description is not traced back to "
        "Olivia Tremblay, named two paragraphs before with no age, so the quote has no speaker "
        "(the place 'Flushing Meadows' in the sentence before took it until round 33)"
    ),
    ("AR", 24, "Maybe that helped me. Normally I"): (
        'continuation of \'"..." the 20-year-old said afterwards. "Maybe that helped me..."\': '
        "no speaker either"
    ),
    ("AR", 26, "Hadley Town condemns in the strongest"): (
        "'\"Hadley Town condemns...\" the non-league club said in a statement': the description "
        "is kept as speaker, not traced to Hadley Town (named in the quote and the first "
        "sentence)"
    ),
    ("AS", 3, "I'm innocent"): (
        "'The 58-year-old, who did not testify, said only \"I'm innocent\" as he left': a "
        "two-word quote after 'said only' with a described subject is not reported at all"
    ),
    ("AS", 4, "should be alive today."): (
        "'opened on Monday with his mother telling the court her son \"should be alive today.\"': "
        "a quote in the lead after the participle 'telling' is not reported at all"
    ),
    ("AS", 11, "Show me your hands!"): (
        "'Castellano shouts \"Show me your hands!\"': a short exclamation after a present-tense "
        "'shouts' in the video description is not reported at all"
    ),
    ("AS", 11, "Justice for Andre."): (
        "a chant ('the crowd of about 200 people chanted \"Justice for Andre.\"'): a short quote "
        "from an unnamed crowd; the tool gives no speaker"
    ),
    ("AS", 13, "the commitment of the state to"): (
        "'The Office of the Director of Public Prosecutions said in a statement that the "
        'conviction showed "..."\': the long office name is not taken as speaker; no speaker is '
        "given"
    ),
    ("AS", 14, "an indiscriminate act of terror against"): (
        "'Prosecutors had sought the death penalty, arguing during the trial that the attack "
        "was \"...\"': the unnamed 'Prosecutors' with 'arguing' is not taken; the quote goes to "
        "Kenji Yamamoto, the last person named"
    ),
    ("AS", 17, "keep quiet or else."): (
        "lead: 'a man accused of killing a Tulsa convenience store clerk ... warned her to "
        "\"keep quiet or else.\"': the described man is not taken; the place name 'Tulsa' is "
        "given as speaker"
    ),
    ("AS", 27, "He said I owed him for"): (
        '\'One of the women, who testified as a protected witness ..., told the court ... "..." '
        "she said': the described woman is not taken; 'she' goes to Elena Ruiz, the last woman "
        "named"
    ),
    ("AS", 28, "learned a hard lesson"): (
        "'Mark Ellwood, representing PC Blackwood, told the panel his client had \"learned a "
        "hard lesson\"': the name in the aside 'representing PC Blackwood' takes the quote, not "
        "the subject Ellwood"
    ),
    ("AU", 6, "Hospitals in Ballia and Deoria are"): (
        '\'"..." a senior state health official told reporters, speaking on condition of '
        "anonymity': the described official after the quote is not taken; no speaker is given"
    ),
    ("AU", 6, "Please do not step out during"): (
        '\'The district magistrate of Ballia, Ravi Shankar Tiwari, wrote on X ... "..." the '
        "magistrate posted': 'the magistrate' is not traced to Tiwari; the quote goes to Anjali "
        "Deshpande, the previous speaker"
    ),
    ("AU", 17, "Speed is everything in the first"): (
        "'\"...\" the agency's regional director for Africa said in a statement': the described "
        "director is not taken; 'Africa', the last word of the description, is given as speaker"
    ),
    ("AU", 24, "People are sleeping ten to a"): (
        '\'"..." a health coordinator with the International Rescue Committee in Goma told the '
        "AP': the tool gives the employer named after 'with', the set the described coordinator"
    ),
    ("AU", 30, "Good lighting means lighting where it’s"): (
        "'Utrecht city council said ... \"...\" a council spokesperson said': the tool gives only "
        "the place 'Utrecht', not the body 'Utrecht city council' of the previous sentence"
    ),
    ("AV", 1, "I saw the smoke turn black"): (
        "labelling difference: 'One resident of Cedar Bluff ... said' then '\"...\" the woman "
        "said'; the set labels her ~resident, the tool 'the woman', both descriptions of the "
        "same unnamed person"
    ),
    ("AV", 2, "This is not over"): (
        '\'A group of neighbors calling itself Save Hartwell Park ... "This is not over," the '
        "group posted': the name given by 'calling itself' is not taken, so 'the group' goes to "
        "the developer named before"
    ),
    ("AV", 4, "nearly impossible"): (
        "'The National Weather Service is warning that ... making travel \"nearly impossible\"': "
        "a short partial quote deep in the lead's 'is warning that' clause is not reported at "
        "all"
    ),
    ("AV", 4, "Now is the time to finish"): (
        "'The weather service's Des Moines office posted on X ..., adding,': the tool keeps the "
        "office as speaker, not tracing 'the weather service's' to the National Weather Service"
    ),
    ("AV", 5, "acted exactly as he was trained"): (
        "'The Castleton Fraternal Order of Police Lodge 14 said': the organisation name is cut "
        "at 'of', leaving 'Castleton Fraternal Order'"
    ),
    ("AV", 5, "thankful he is going home to"): (
        "'The Castleton Fraternal Order of Police Lodge 14 said ... and that the union was "
        "\"thankful...\"': the name is cut at 'of', leaving 'Castleton Fraternal Order'"
    ),
    ("AV", 6, "57 years. Thanks for nothing."): (
        "a sign's text ('a hand-lettered sign ... It read, \"57 years. Thanks for nothing.\"'): "
        "the set keeps it with no speaker; the tool does not report it at all"
    ),
    ("AV", 9, "strongly supports"): (
        "'The White House said in a statement that President Ellen Marsh \"strongly supports\"': "
        "the person named inside the reported clause takes the quote instead of the subject, "
        "the White House"
    ),
    ("AV", 21, "Fair contract now!"): (
        "a chant ('Hundreds of teachers ... they chanted \"Fair contract now!\"'): the short "
        "chanted slogan gets no speaker; 'they' is not traced to the teachers"
    ),
    ("AV", 25, "forever grateful"): (
        "'The woman's family said in a statement released through the state police that they "
        'were "forever grateful" to Lee\': this short partial quote is not reported at all'
    ),
    ("AV", 25, "There are not enough words to"): (
        "'\"...\" the statement said' after 'The woman's family said in a statement ... to Lee': "
        "'the statement' is not traced to the family, so Lee, named just before, takes it"
    ),
    ("AV", 28, "deeply sorry for the disruption"): (
        "'The railroad said in a statement that it was \"deeply sorry for the disruption\"': the "
        "partial quote after generic 'the railroad' (named only in 'a Great Lakes & Southern "
        "Railway train') is not reported"
    ),
    ("AV", 29, "Let us read!"): (
        "a chant ('about 200 protesters chanted \"Let us read!\"'): the short chanted slogan gets "
        "no speaker, though 'protesters' is the subject"
    ),
    ("AX", 1, "Recruitment takes time"): (
        "'\"Recruitment takes time,\" the mayor said': 'the mayor' is not traced to 'Incumbent "
        "Daniel Okafor', so Lindqvist, subject of the previous sentence, takes it"
    ),
    ("AX", 1, "Every city in this state is"): (
        "continuation of '\"Recruitment takes time,\" the mayor said': 'the mayor' is not traced "
        "to Daniel Okafor, so the last named, Lindqvist, takes it"
    ),
    ("AX", 2, "Every time we arranged a visit,"): (
        "'The landlord insists that the tenant never let contractors in. \"...\" she said': the "
        "tool keeps the role 'the landlord'; the set names Karen Mills, who 'rented a ... flat "
        "... to Priya Sandhu'"
    ),
    ("AX", 3, "You will see at three"): (
        "'Asked whether Osei would start ..., the Italian smiled. \"You will see...\"': "
        "nationality 'the Italian' is not traced to Bellini, no speech verb, and Osei from the "
        "'Asked' clause takes it"
    ),
    ("AX", 8, "scaring parents"): (
        "'with one accusing the other of \"scaring parents\"': a partial quote in the lead with "
        "only 'one ... the other' as speakers is not reported at all"
    ),
    ("AX", 12, "Come in on a Friday and"): (
        "'The former rejected that characterisation. \"...\" he said': 'the former' is not "
        "resolved to Harding, so Stokes, the previous speaker, takes it"
    ),
    ("AX", 16, "a sensible insurance policy"): (
        "'with the energy minister calling it \"a sensible insurance policy\"': a partial quote "
        "after a participle 'calling' in the lead, speaker only a title, is not reported"
    ),
    ("AX", 16, "wreck our credibility"): (
        "'and the environment minister warning it would \"wreck our credibility\"': a partial "
        "quote after the participle 'warning' in the lead, speaker only a title, is not "
        "reported"
    ),
    ("AX", 17, "I’m not a charity, and I’ve"): (
        "'The building's owner, Clive Hartley, said ... \"...\" the landlord told Bristol Live': "
        "the tool keeps the description 'the landlord' instead of the named Clive Hartley"
    ),
    ("AX", 17, "It’s the only place round here"): (
        "'said one regular, a retired teacher who has come in...': the inverted description "
        "'one regular' is not taken, so Hartley, named just before ('written to Hartley'), gets "
        "it"
    ),
    ("AX", 20, "I gave up in the end"): (
        "labelling difference: 'Another passenger, a student travelling home to Faro, said'; "
        "the set labels her by the appositive (~student), the tool by the subject ('another "
        "passenger')"
    ),
    ("AX", 24, "Afraid?"): (
        "'\"Afraid?\" Baptiste replied, rising from his seat': a one-word quoted retort is not "
        "reported at all"
    ),
    ("AX", 25, "a genuine financial emergency"): (
        "'The vice-chancellor of Northgate University has defended ... \"a genuine financial "
        "emergency\"': 'the vice-chancellor' is not traced to Anne Whitfield, so the university "
        "is given"
    ),
    ("AX", 26, "We'll be back in two years,"): (
        "'a volunteer who had knocked on doors for Marsh since June was already looking ahead. "
        "\"...\" she said': 'she' goes to Marsh, named inside the relative clause"
    ),
    ("AX", 27, "expensive boredom"): (
        "'hit back at a restaurant critic who described her ... menu as \"expensive boredom\"': "
        "the tool keeps 'a restaurant critic'; the set names Joanna Birch, identified only "
        "later"
    ),
    ("AX", 27, "a single moment of joy"): (
        "'Birch's review ... a £165 menu that she said lacked \"a single moment of joy\"': the "
        "possessive 'Birch's' is not taken as the 'she', so Sinclair, named earlier, gets it"
    ),
    ("AX", 27, "I paid for my meal, like"): (
        "'Asked about Sinclair's post, the critic stood by every word. \"...\" she told The "
        "Scotsman': 'the critic' is not traced to Birch; Sinclair from the 'Asked' clause takes "
        "it"
    ),
    ("AZ", 4, "a holiday gift to shareholders"): (
        "'a request consumer advocates immediately called \"a holiday gift to shareholders.\"': a "
        "partial quote in a relative clause with 'called' is not reported at all"
    ),
    ("AZ", 13, "Smaller classes, safer schools"): (
        "a chant ('About 300 teachers rallied ..., chanting \"Smaller classes, safer schools\"'): "
        "the short chanted slogan gets no speaker, though 'teachers' is the subject"
    ),
    ("AZ", 14, "did not enforce a single liquidated"): (
        "'The report found that Meridian Health Solutions failed ... and that the Division of "
        "Medicaid \"did not enforce...\"': 'the report' is not traced to the auditor; the company "
        "named in the clause takes it"
    ),
    ("AZ", 15, "I grabbed the cats, my medicine"): (
        "'a retired teacher sat in a folding chair ... \"...\" she said': the description is "
        "subject of 'sat', not a speech verb, so 'she' goes to the last named, Sandoval"
    ),
    ("AZ", 17, "dozens of times"): (
        '\'a coalition of families wrote that visits had been canceled ... "dozens of times" '
        "this year': the short partial quote with a described group as speaker is not reported"
    ),
    ("AZ", 20, "Is anyone else unable to get"): (
        "'A post in one community group that night asked simply, \"Is anyone else...?\"': an "
        "anonymous post has no speaker (set None), but Pickett, subject of the sentence before, "
        "is given"
    ),
    ("AZ", 30, "You're supposed to be a caseworker,"): (
        "'\"...\" the caseworker said' after 'A caseworker in Davidson County, who spoke on "
        "condition of anonymity...': the described speaker is not given; no speaker"
    ),
    ("BB", 2, "There’s nothing left to sell and"): (
        "'One of those neighbours, who asked not to be named ... \"...\" the man said': the set "
        "labels him by 'neighbour', the tool by 'the man'; both describe the same unnamed "
        "person"
    ),
    ("BB", 6, "Trouble stings,"): (
        "'\"Trouble stings,\" the 71-year-old explained': an age-only description is not traced "
        "to Ingrid Solberg, so the quote goes to 'Big Bertha', a hive's name taken as the last "
        "person named"
    ),
    ("BB", 6, "Every hive has a personality. People"): (
        "continues '\"Trouble stings,\" the 71-year-old explained': the age description is not "
        "traced to Solberg, so the quote goes to the hive name 'Big Bertha' from the paragraph "
        "before"
    ),
    ("BB", 11, "Twenty minutes' notice and an automated"): (
        "'One of them, a software engineer in Berlin, posted ... she wrote': the unnamed "
        "engineer is not taken as speaker, so 'she' goes back to the last named writer, Tomasz "
        "Wrobel"
    ),
    ("BB", 24, "He still comes out every morning."): (
        "'It has not been entirely easy, the son admitted ... he said': the relation 'the son' "
        "is kept as speaker, not traced to Tom Lund ('said Tom Lund', 'nodding at his son')"
    ),
    ("BB", 24, "He’ll walk past a gate I’ve"): (
        "continues 'the son admitted ... he said': the relation 'the son' is kept as speaker, "
        "not traced to Tom Lund named earlier"
    ),
    ("BB", 24, "His farm. Sorry. His farm."): (
        "'Then, after a pause: \"His farm. Sorry. His farm.\"': a stand-alone quote with no "
        "speech verb, following the elder Lund's 'he insisted', is not reported at all"
    ),
    ("BB", 27, "do something, anything"): (
        "'on the advice of a cardiologist who told him to \"do something, anything\"': a fragment "
        "quoted inside a relative clause ('who told him to') is not reported at all"
    ),
    ("BC", 6, "sorry for the mess"): (
        "'The 43-year-old, who sat with his head bowed ..., told the bench he was \"sorry for "
        "the mess\"': an age-only description with an aside; the fragment is not reported at all"
    ),
    ("BC", 7, "Every time a route is cut,"): (
        "'\"Every time a route is cut...\" a spokesperson for the group said': 'the group' is not "
        "traced to Better Buses Cornwall just before; the quote goes to the operator Kernow "
        "Coaches Ltd"
    ),
    ("BC", 8, "a massive bang"): (
        "'One woman who lives in a block of flats on Penhill Drive, where officers forced entry "
        "..., said': the relative clauses hide 'One woman', so the street 'Penhill Drive' "
        "becomes the speaker"
    ),
    ("BC", 12, "painful"): (
        "'a budget that the authority's leader admitted would be \"painful\"': a one-word quote "
        "in a relative clause, speaker only described (Sarah Fielding named later); not "
        "reported at all"
    ),
    ("BC", 13, "I used to love my job."): (
        "'the pharmacy assistant, a 23-year-old student ... she wrote:': the assistant, only "
        "described as object of 'The court heard that', is not used; 'she' goes to the last "
        "named woman, Sgt Niamh Crowley"
    ),
    ("BC", 17, "not acted quickly enough"): (
        "'The watchdog, which inspected Northfield Academy in June, found that leaders had \"not "
        "acted quickly enough\"': 'found' with a descriptive subject (Ofsted) is not taken as "
        "attribution; not reported"
    ),
    ("BC", 21, "another nail in the coffin"): (
        "'it was claimed that losing the pub would be \"another nail in the coffin\"': an "
        "impersonal passive with no speaker; the set keeps it speakerless, the tool does not "
        "report it at all"
    ),
    ("BC", 27, "enough"): (
        "'Commuters on the Calder Valley line say they have had \"enough\"': a one-word quote "
        "from a plural group description is not reported at all"
    ),
    ("BC", 27, "We are sorry to customers whose"): (
        "'A spokesperson for Northern said:': the role noun is kept as speaker instead of the "
        "organisation 'Northern' after 'for'"
    ),
    ("BC", 27, "expected to improve significantly from the"): (
        "'\"expected to improve significantly...\", according to the operator': 'the operator' is "
        "not traced to Northern, so no speaker is given"
    ),
    ("BC", 30, "We know how important a post"): (
        "'a Post Office spokesperson said': the tool names the body by the modifier 'Post "
        "Office', the set by its full name 'Post Office Ltd'; same organisation, a naming "
        "difference only"
    ),
    ("BD", 6, "an insult"): (
        "'a pay offer that their union described as \"an insult\"': a relative clause with "
        "'described as' and a speaker named only as 'their union' (named in the next "
        "paragraph); not reported"
    ),
    ("BD", 13, "extreme market conditions"): (
        "'citing what it called \"extreme market conditions\"': a participle clause with 'what it "
        "called', 'it' being Kryptal; the fragment is not reported at all"
    ),
    ("BD", 13, "to protect all customers fairly"): (
        "'The Lisbon-based exchange, which says it has about 1.4 million users, posted on X ... "
        'that withdrawals had been paused "to protect..."\': descriptive subject plus aside and '
        "'posted'; not reported"
    ),
    ("BD", 13, "We understand how stressful this is."): (
        "'\"We understand how stressful this is...\" the post said': 'the post' (Kryptal's X "
        "post) is not traced to the exchange, so no speaker is given"
    ),
    ("BD", 16, "a web of contractual restrictions and"): (
        "'Judge Miriam Castellanos of the US District Court in San Jose found that': the court "
        "in the 'of' phrase takes the quote instead of the judge named before it"
    ),
    ("BD", 19, "the worst day in our history"): (
        "'in what the airline's chief executive called \"the worst day in our history\"': the "
        "role description is not traced to Caroline Brandt (named later); the airline named in "
        "the sentence takes it"
    ),
    ("BD", 21, "We found out from a press"): (
        "'employees said the news had come as a shock. \"...\" one senior producer said': the "
        "plural 'employees' of the sentence before takes the quote instead of the trailing 'one "
        "senior producer said'"
    ),
    ("BD", 28, "caring responsibilities or a disability"): (
        '\'Exceptions will be made for staff with "caring responsibilities or a disability", '
        "according to the email': attribution to a document ('the email' = Penhaligon's); not "
        "reported at all"
    ),
    ("BD", 29, "in a stable position"): (
        "'Staff had been assured ... that the business was \"in a stable position\"': a passive "
        "with no speaker; the set keeps it speakerless, the tool does not report it at all"
    ),
    ("BD", 30, "as shocked as anyone"): (
        "'In a post on Instagram, the band said': 'the band' is kept as speaker, not traced to "
        "'The Hollow Pines' named in the sentence before"
    ),
    ("BD", 30, "We want these shows to be"): (
        "'\"We want these shows...\" the post read' after 'the band said': the post goes to 'the "
        "band', which is not traced to The Hollow Pines"
    ),
}
_HELD_OUT_MISSES |= {
    ("AT", 2, "no good options"),
    ("AT", 2, "These are skilled workers who have kept"),
    ("AT", 2, "fight for every job"),
    ("AT", 5, "austere, funny and quietly devastating"),
    ("AT", 21, "absolutely gutted"),
    ("AT", 21, "Doctors have told Callum he must"),
    ("AT", 21, "To everyone who bought a ticket,"),
    ("AT", 25, "Pay us now!"),
    ("AT", 27, "I write about fishermen because I"),
    ("AW", 3, "stands with its ally"),
    ("AW", 4, "Kamau must go"),
    ("AW", 5, "because the new corridor cut my"),
    ("AW", 6, "solvable by Monday if people stop"),
    ("AW", 7, "some errors are inevitable in an"),
    ("AW", 8, "The judiciary will not fall!"),
    ("AW", 10, "calm, transparent and largely well organised"),
    ("AW", 10, "once again shown the continent that"),
    ("AW", 10, "Today I am proud to be"),
    ("AW", 11, "about money, not principles"),
    ("AW", 12, "Guard the court's decision"),
    ("AW", 12, "respects and will implement"),
    ("AW", 13, "The shooting has stopped, but the"),
    ("AW", 14, "We understand the pressure Polish farmers"),
    ("AW", 15, "The SADC countries voted as one"),
    ("AW", 16, "cheated"),
    ("AW", 17, "abolish free public schools"),
    ("AW", 19, "frozen"),
    ("AW", 21, "Que se vayan todos"),
    ("AW", 23, "has not taken a single step"),
    ("AW", 25, "thinking twice before making phone calls"),
    ("AW", 27, "a trustworthy and long-term partner"),
    ("AW", 27, "high technology fields that create value"),
    ("AW", 28, "Will the government allow private companies"),
    ("AW", 29, "well administered but took place in"),
    ("AW", 30, "They change chairs, we pay the"),
    ("AY", 3, "We are grateful to the paramedics"),
    ("AY", 5, "This result will change the future"),
    ("AY", 7, "in circumstances that we now recognise"),
    ("AY", 7, "a living part of our history,"),
    ("AY", 8, "Addiction may explain part of this"),
    ("AY", 8, "It does not explain the forged"),
    ("AY", 10, "For too long we have asked"),
    ("AY", 16, "The FBI does not encourage paying"),
    ("AY", 18, "There is no place in our"),
    ("AY", 24, "a staggering disconnect"),
    ("AY", 26, "I'm not celebrating. Nothing will bring"),
    ("AY", 26, "But I want to look the"),
    ("BA", 2, "Everybody here knows which chemists to"),
    ("BA", 6, "in serious doubt"),
    ("BA", 6, "Once again riders have been put"),
    ("BA", 8, "Sevilla are very happy to announce"),
    ("BA", 8, "He is one of the most"),
    ("BA", 14, "just roll it"),
    ("BA", 16, "sick about what happened"),
    ("BA", 26, "We are thrilled to welcome Kenta"),
}
_KNOWN_MISSES |= {
    ("BE", 8, "I feel so privileged to be"): (
        '\'was Dorothy Pickering, a retired seamstress ... "..." the great-grandmother told '
        "reporters': the description 'the great-grandmother' is not traced to Dorothy Pickering "
        "in the sentence before, so no speaker is reported"
    ),
    ("BE", 8, "Anyone with a history of significant"): (
        '\'The Medicines and Healthcare products Regulatory Agency (MHRA) ... "..." the '
        "regulator said': the name is cut at 'and', giving 'Regulatory Agency' instead of the "
        "full 'Medicines and Healthcare products Regulatory Agency'"
    ),
    ("BE", 14, "Everyone is rushing to buy food,"): (
        "'A resident of the city's Hankou district, reached by telephone by AFP, said ... \"...\" "
        "the woman said': the tool keeps the description 'the woman' instead of tracing it to "
        "'a resident' in the previous sentence"
    ),
    ("BE", 15, "The health and safety of our"): (
        "'Princess Cruises said it was following ... \"...\" the company said in a statement': "
        "'the company' is resolved to 'Australian Broadcasting Corporation' from an earlier "
        "paragraph instead of Princess Cruises in the sentence before"
    ),
    ("BE", 25, "In March it was five or"): (
        '\'At the Pondok Ranggon cemetery in East Jakarta ... "..." one gravedigger told the '
        "Jakarta Post': the place name 'East Jakarta' is picked as speaker instead of the "
        "described 'one gravedigger'"
    ),
    ("BF", 17, "Three people for all those old"): (
        "'But the daughter of one of the residents who died, 91-year-old Carmen Rey, questioned "
        "... she told El País': the dead resident's name in apposition is taken as speaker "
        "instead of the described 'daughter'"
    ),
    ("BF", 17, "criminal"): (
        "'She described the staffing levels as \"criminal\"': 'she' is resolved to Carmen Rey, "
        "the 91-year-old resident who died, instead of the described 'daughter' who is the "
        "subject of the paragraph"
    ),
    ("BF", 24, "The terrain is very steep and"): (
        '\'The National Transportation Safety Committee (KNKT) said ... "..." a KNKT '
        "investigator told Antara news agency': the abbreviation is expanded to the "
        "organisation instead of keeping the described speaker 'a KNKT investigator'"
    ),
    ("BF", 30, "This is rain of a kind"): (
        '\'The Japan Meteorological Agency (JMA) issued ... "..." a JMA forecaster told a '
        "televised news conference': the abbreviation is expanded to the agency instead of "
        "keeping the described speaker 'a JMA forecaster'"
    ),
    ("BH", 14, "My dad would have been very"): (
        "'The new Speaker's first act was to thank his family ... \"...\" he said': 'he' is "
        "resolved to Sir Malcolm Pennington from the previous paragraph instead of the new "
        "Speaker, Sir Alan"
    ),
    ("BH", 16, "evidence of distributional bias"): (
        "'The Australian National Audit Office found in January that the program showed "
        "\"evidence of distributional bias\"': a short quoted phrase after 'found ... that' is "
        "not reported as a quote at all"
    ),
    ("BH", 23, "Open up now"): (
        "a chant ('Some protesters ... gathered on the Capitol steps, chanting \"Open up now\"'): "
        "the short quote after 'chanting' is reported with no speaker instead of the "
        "'protesters' who are the subject"
    ),
    ("BH", 25, "Any student who skipped school to"): (
        "'The tweet, posted on Saturday and deleted on Sunday, read: \"...\"': a quote after "
        "'read:' with 'the tweet' as subject gets no speaker, not traced to 'Liberal senator "
        "Grant Mahoney' and his tweet in the sentence before"
    ),
    ("BH", 26, "They made their decision before we"): (
        "'The Vancouver MP, speaking later to CBC, said ... \"...\" she said': the description is "
        "not matched to Dufresne, 'who represents a Vancouver riding', and Whyte, the woman "
        "named just before, is picked instead"
    ),
    ("BI", 17, "absolute respect"): (
        "'The Mexico City government said in a statement that police had shown \"absolute "
        "respect\"': this short quoted phrase inside reported speech is not reported as a quote "
        "at all"
    ),
    ("BI", 24, "The state that lost these people"): (
        "'Ayşe Kaya, a member of parliament for the opposition Republican People's Party (CHP), "
        "... later wrote on Twitter:': the tool picks the party named after 'for' instead of "
        "the person Ayşe Kaya"
    ),
    ("BK", 2, "Declan wrote about the sea as"): (
        '\'His longtime publisher, Harrow Press, paid tribute in a statement. "..." the '
        "publisher said': the quote is reported with no speaker, 'the publisher' not traced to "
        "Harrow Press in the previous sentence"
    ),
    ("BK", 12, "That view never gets old"): (
        "'\"That view never gets old...\" Brooks radioed to mission control': the quote followed "
        "by 'Brooks radioed' is reported with no speaker instead of NASA astronaut Kayla Brooks "
        "named earlier"
    ),
    ("BK", 16, "We'd been going over that field"): (
        "'The finders, Gary Pearce and his nephew Tom Pearce, ... \"...\" the older man said': "
        "the description 'the older man' is kept as speaker, not traced to Gary Pearce, the "
        "uncle"
    ),
    ("BK", 16, "I nearly didn't bother digging"): (
        "'His nephew said ... \"I nearly didn't bother digging,\" the 24-year-old told the BBC': "
        "the tool reuses 'the older man' from the previous paragraph instead of the nephew Tom "
        "Pearce"
    ),
    ("BK", 16, "I'm glad I did"): (
        "'the 24-year-old told the BBC. \"I'm glad I did.\"': the follow-on quote gets 'the older "
        "man' from the previous paragraph instead of the nephew, Tom Pearce, who is still "
        "speaking"
    ),
    ("BK", 18, "Not yet. I’m waiting to be"): (
        '\'Asked whether she is working on anything new, the author shakes her head. "..." she '
        "replies': the tool picks Colin Tate, the last named person, instead of tracing 'the "
        "author' to Ruth Calloway"
    ),
    ("BK", 22, "Congratulations to China on the successful"): (
        "'\"Congratulations to China...\" a senior NASA official wrote on Twitter': the tool "
        "gives the organisation 'NASA' instead of the described speaker, an unnamed senior NASA "
        "official"
    ),
}
_HELD_OUT_MISSES |= {
    ("BG", 5, "The gaffer told me to go"),
    ("BG", 7, "Search and rescue work is continuing"),
    ("BG", 8, "won a partial victory"),
    ("BG", 8, "Three of these schemes are still"),
    ("BG", 10, "completely risk free, with returns paid"),
    ("BG", 11, "Our volunteers have not slept. Hospitals"),
    ("BG", 13, "We understand this is difficult, and"),
    ("BG", 16, "We did not want to let"),
    ("BG", 19, "dumped behind the fire hall"),
    ("BG", 22, "End SARS now"),
    ("BG", 24, "a huge blow"),
    ("BG", 25, "We are asking anyone who saw"),
    ("BG", 28, "chosen a pragmatic path"),
    ("BJ", 4, "I want people to know it isn't"),
    ("BJ", 5, "sobering"),
    ("BJ", 9, "Give us water, not promises"),
    ("BJ", 9, "We are prioritising hospitals, schools and the"),
    ("BJ", 12, "a prior history with this department"),
    ("BJ", 16, "Every country needs to reach 95 per"),
    ("BJ", 17, "a persistent problem"),
    ("BJ", 21, "We are appealing to anyone who was"),
    ("BJ", 25, "You had to watch her face, not"),
    ("BL", 2, "The mission asks the Supreme Electoral"),
    ("BL", 3, "colluding with external forces"),
    ("BL", 3, "My grandson told me that this"),
    ("BL", 4, "it is not possible to speak"),
    ("BL", 8, "resolutely oppose"),
    ("BL", 12, "concerned"),
    ("BL", 14, "After May 10, the Supreme Court"),
    ("BL", 16, "be present for the entire process"),
    ("BL", 23, "He came home at dawn, slept"),
    ("BL", 23, "He never complained"),
    ("BL", 25, "fallen short of Tanzania's own democratic"),
    ("BL", 28, "null and void"),
}
# The older sets give a chant to nobody; since the nineteenth round the rules give it to the group
# the sentence says chanted it, as the later sets do ("~protesters")
_KNOWN_MISSES |= {
    ("L", 5, "We want our club back"): (
        "labelling convention: 'Fans chanted \"...\"': the set gives a chant to nobody; the rules "
        "give it to the group the sentence says chanted it"
    ),
    ("N", 1, "Bring it home, Rebecca!"): (
        "labelling convention: 'supporters chanted \"...\"': the set gives a chant to nobody; the "
        "rules give it to the group the sentence says chanted it"
    ),
    ("T", 11, "Let the meadows sing again"): (
        "labelling convention: 'demonstrators chanted \"...\"': the set gives a chant to nobody; "
        "the rules give it to the group the sentence says chanted it"
    ),
    ("T", 11, "No birds, no farmers, no future"): (
        "labelling convention: the second of the demonstrators' chants; the set gives it to "
        "nobody, the rules to the group the sentence says chanted it"
    ),
}
_KNOWN_MISSES |= {
    ("D", 7, "There was a real fight over"): (
        "labelling convention: '\"...,\" one of them said' after 'Two people familiar with the "
        "matter said': the set gives it to nobody; the rules to the unnamed sources as described, "
        "as the later sets do ('a person familiar with Ridgeline's thinking')"
    ),
}
_HELD_OUT_MISSES |= {
    ("W", 4, "Not one job, not one"),
}
# The new sets of tests/beat_story_cases.py (round 27). Held out: BN, BQ and BS.
_HELD_OUT_MISSES |= {
    ("BN", 1, "I have been doing this for"),
    ("BN", 2, "People from all over Brazil are"),
    ("BN", 2, "What we really need now is"),
    ("BN", 3, "optimistic at best."),
    ("BN", 3, "The trains are beautiful, but who"),
    ("BN", 7, "The borewells we fill from are"),
    ("BN", 8, "We cannot yet say everyone is"),
    ("BN", 8, "Rain and ash together are very"),
    ("BN", 10, "My father worked here, my uncle"),
    ("BN", 10, "Duisburg without steel — I can’t"),
    ("BN", 16, "Ten years ago nobody wanted to"),
    ("BN", 16, "The buildings were falling down."),
    ("BN", 17, "Our hawker centres are community dining"),
    ("BN", 20, "They call it modernisation, but for"),
    ("BN", 23, "its safety systems are functioning normally"),
    ("BQ", 1, "I have lived here my whole"),
    ("BQ", 2, "For many of us this is"),
    ("BQ", 4, "Stop the Olympics, save lives"),
    ("BQ", 4, "We have done everything possible to"),
    ("BQ", 11, "largely peaceful and orderly"),
    ("BQ", 13, "You cannot sell a banana covered"),
    ("BQ", 14, "We sold more beer tonight than"),
    ("BQ", 14, "If they win like this every"),
    ("BQ", 14, "Celebrations must never become an excuse"),
    ("BQ", 18, "If there is no warehouse, there"),
    ("BQ", 22, "a very significant ransomware attack"),
    ("BQ", 23, "We respect the right to demonstrate,"),
    ("BQ", 25, "Those responsible will be held to"),
    ("BS", 3, "using hospitals and civilians as human"),
    ("BS", 4, "vigorously repelled a complex terrorist attack"),
    ("BS", 4, "neutralised several dozen of the"),
    ("BS", 7, "Any further escalation risks undoing the"),
    ("BS", 11, "repelled repeated attacks by AA insurgents"),
    ("BS", 17, "Over the past day, 58 combat"),
    ("BS", 19, "the cessation of violence by all"),
    ("BS", 23, "Any vehicle that brings fuel to"),
    ("BS", 24, "This terrorist attack targets the economic"),
    ("BS", 24, "take serious and immediate steps to"),
}
_KNOWN_MISSES |= {
    (
        "BM",
        3,
        "a hole in the ground",
    ): "'a plant promised by Ottawa in 2021 is still \"...\"': the passive 'promised by Ottawa' is taken as the cue nearest the quote, not 'says' (a narrower rule changed attributions of 'reported by X' and was dropped)",
    (
        "BM",
        4,
        "Employees learned about the insolvency from",
    ): "'The services union ver.di said ... the statement said': a name in lower case ('ver.di') is not found, so the statement has no owner",
    (
        "BM",
        6,
        "driven by pressure rather than science",
    ): "'Mereana Tāwhiri, an environmental adviser to Te Kawerau ā Maki, the iwi whose rohe ..., said': the Māori name of the iwi, with lower-case words inside, breaks the appositive, and its last word is taken as the speaker",
    (
        "BM",
        7,
        "well-intentioned but thinly sourced",
    ): "'One editor wrote that a batch of the articles was \"...\"': 'editor' is a title the rules look for a holder of, none is found, and a short quote with no speaker is dropped",
    (
        "BM",
        12,
        "Please don’t nerf the ending",
    ): "'one player wrote': 'player' is not among the described people ('a source close to the player who spoke' then gave a source's words to the player)",
    (
        "BM",
        16,
        "Every day of blockage costs the",
    ): "'The port authority, Grand Port Maritime de Marseille, said ... the authority said': the name in apposition is not taken for 'the authority', listed under the description",
    (
        "BM",
        16,
        "Hands off our pensions",
    ): 'a chant translated in dashes after the French (\'chanted "..." — "Hands off our pensions"\'): the translation is not seen as the chant, and a short quote with no speaker is dropped',
    (
        "BM",
        18,
        "When the lights are off, people",
    ): "'a street vendor selling vetkoek near the taxi rank said': the participle phrase after the description breaks it, so 'she' goes to the last person quoted",
    (
        "BM",
        19,
        "reckless and damaging to the institution",
    ): "'He said the newspaper had obtained an email in which a senior administrator described the coverage as \"...\"': the report inside his words is not the administrator's, for the rules; they give it to him",
    (
        "BM",
        22,
        "strengthen the integrity of the payments",
    ): "'The bank said' after 'Central Bank of Nigeria' and 'Bank Verification Number': the thing named with 'Bank' is taken for the bank",
    (
        "BM",
        22,
        "adequate time to comply",
    ): "'A spokesperson for the central bank, speaking to Punch newspaper, said': a body in lower case is no name, nobody is found, and a short quote with no speaker is dropped",
    (
        "BM",
        22,
        "Everyone is quiet now. You come",
    ): "'One of those employees, a customer support agent, said': listed under the first description ('one of those employees'); the set names her by the appositive ('agent')",
    (
        "BO",
        10,
        "a complete loss of propulsion.",
    ): "'what the company described as \"...\"': 'what X described as' is not read as a cue, and a short quote with no speaker is dropped",
    (
        "BO",
        15,
        "will go ahead as scheduled",
    ): "'The São Paulo state government said': 'state government' in lower case after a place is not found as a body, so the company named before takes the words",
    (
        "BO",
        15,
        "cannot be held hostage by a",
    ): "'The São Paulo state government said': 'state government' in lower case after a place is not found as a body, so the company named before takes the words",
    (
        "BO",
        24,
        "Everybody here knows who is doing",
    ): "'A woman who runs a small grocery shop ..., and who asked that her name not be published ..., said': a description with two relative clauses is not found, so the quote over two paragraphs has no speaker",
    (
        "BO",
        24,
        "Nobody came. Then on Saturday night",
    ): "'A woman who runs a small grocery shop ..., and who asked that her name not be published ..., said': a description with two relative clauses is not found, so the quote over two paragraphs has no speaker",
    (
        "BP",
        5,
        "The vaccinator, Ms Rukhsana Bibi, died",
    ): "'District Police Officer (DPO) Bannu Zia Ullah Marwat ... the DPO told Dawn': an acronym given in brackets for a title is taken for a body, not the title's holder",
    (
        "BP",
        5,
        "A search operation is under way",
    ): "'District Police Officer (DPO) Bannu Zia Ullah Marwat ... the DPO told Dawn': an acronym given in brackets for a title is taken for a body, not the title's holder",
    (
        "BP",
        7,
        "We believe in the court. We",
    ): "'Met outside the court, Kamarul Ariffin's wife, ... told reporters': the sentence's first word 'Met' is taken for a name (the Met police)",
    (
        "BP",
        8,
        "The figures are worrying, but they",
    ): "'The Commissioner for Health, Dr. Adebayo Ojo-Falodun, disclosed ... \"...,\" the commissioner said': with the paragraph 'According to him, 87 cases have been confirmed' between the introduction and the quote, the role finds nobody (without it, it finds him); not traced further",
    (
        "BP",
        8,
        "We are working double shifts. Some",
    ): "'a nurse who did not want to be named because she was not authorised to speak to the press said': the long relative clause breaks the description, so 'she' goes to the last person quoted",
    (
        "BP",
        11,
        "They told me my Aadhaar number",
    ): "the victim is listed under 'the victim', as the paragraph calls him; the set names him by his first description ('a retired bank official')",
    (
        "BP",
        11,
        "They said even my wife could",
    ): "the victim is listed under 'the victim', as the paragraph calls him; the set names him by his first description ('a retired bank official')",
    (
        "BP",
        11,
        "I worked in a bank for",
    ): "the victim is listed under 'the victim', as the paragraph calls him; the set names him by his first description ('a retired bank official')",
    (
        "BP",
        14,
        "They were very polite at first",
    ): "'the retiree said': the retired teacher introduced before is not linked to 'the retiree', and the description found is 'one of the victims'",
    (
        "BP",
        14,
        "I did not even tell my",
    ): "'she added' after 'the retiree said': the retired teacher introduced before is not linked, so 'she' goes to the last person named",
    (
        "BP",
        19,
        "According to eyewitnesses, the victim tried",
    ): "'Senior Superintendent of Police (SSP) East Zubair Ahmed Nizamani ... the SSP said': the bracketed acronym of a title is not the title's holder, and the district 'East' joins his name",
    (
        "BP",
        19,
        "the suspects will be traced very",
    ): "'Senior Superintendent of Police (SSP) East Zubair Ahmed Nizamani': the district 'East' after the bracketed title joins his name",
    (
        "BP",
        22,
        "This court is not here to",
    ): "'The Coroner said ... she said': the capitalised title finds no holder named before, so 'she' goes to the last person named",
    (
        "BP",
        25,
        "a blot on the criminal justice",
    ): "'The Supreme Court ... directed all states and Union Territories to ..., calling the situation \"...\"': the participle goes to the body named last in the clause, not its subject",
    (
        "BP",
        25,
        "Section 479 of the BNSS is",
    ): "'A bench of Justices Ramesh Chandra Pillai and Sunanda Bhattacharya ... the bench said in its order': the bench is given to its first judge; the set gives the court",
    (
        "BP",
        25,
        "No undertrial who is entitled to",
    ): "'the order said': the court's order is not traced to the court, and the bench that issued it is not found",
    (
        "BR",
        3,
        "remains fully committed to the project",
    ): "labelling convention: 'A representative for Whitfield said': the rules give a representative's words to the person represented, as a spokesperson's to the body; the set lists the representative",
    (
        "BR",
        3,
        "wildly exaggerated and unfair to everyone",
    ): "labelling convention: 'A representative for Whitfield said': the rules give a representative's words to the person represented, as a spokesperson's to the body; the set lists the representative",
    (
        "BR",
        5,
        "We'll be back next summer, and",
    ): "'Harbour Lights wrote on X ... the band added': 'band' is not a word for a body the rules know, so it is listed as described",
    (
        "BR",
        6,
        "But you were good, Meeru.",
    ): "a quote nested in another stays inside it, with the outer quote's speaker, who reports it",
    (
        "BR",
        8,
        "It looks like my mother.",
    ): "'One visitor, a nurse from Cabramatta who did not want to be named, said': listed under the first description ('one visitor'); the set names her by the appositive ('nurse')",
    (
        "BR",
        9,
        "likely but not yet confirmed.",
    ): "'Tickets bought through official outlets will be refunded': the sentence's first word is taken for a name, and then for the company a spokesman speaks for",
    (
        "BR",
        12,
        "the most ambitious fantasy on television",
    ): "'The Guardian's television critic gave it five stars, calling it \"...\"': an outlet's critic is not a described speaker for the participle, and nobody is found",
    (
        "BR",
        19,
        "erasing kids who need to see",
    ): "'prompting its author to accuse the district of \"...\"': the author is named only in a later paragraph ('The novel, by Rebecca Sandoval'), so 'its author' finds nobody",
    (
        "BR",
        21,
        "sets a precedent that could empty",
    ): "'A former trustee of the museum, speaking on condition of anonymity, said': the description is not found ('trustee' is a title whose holder is looked for), and in the story the museum named before takes the words",
    (
        "BR",
        23,
        "Art that documents war should not",
    ): "'More than 300 filmmakers ... signed an open letter ... \"...,\" the letter said': the letter is not traced to its signatories, and the body named in that sentence takes the words",
    (
        "BR",
        24,
        "pure invention from start to finish",
    ): "'the Britpop band's guitarist, who on Tuesday dismissed parts of the book as \"...\"': the guitarist, named only later, is not found; the singer named before takes it",
    (
        "BR",
        24,
        "exhausting in its relentless score-settling",
    ): "'while the Guardian's reviewer found it \"...\"': an outlet's reviewer is not found after 'while', so the critic named before keeps the words",
    (
        "BR",
        25,
        "For years nobody wanted to hear",
    ): "'One of those women, a member of a collective from Culiacán who asked that her name not be published for safety reasons, said': the description is not found, so 'she' goes to the last person quoted",
    (
        "BR",
        25,
        "Tonight, in New York, they stood",
    ): "'One of those women, a member of a collective from Culiacán who asked that her name not be published for safety reasons, said': the description is not found, so 'she' goes to the last person quoted",
    (
        "BR",
        25,
        "a quietly seismic piece of acting.",
    ): "'a critic for The New York Times called': the outlet is taken for the speaker, not its critic",
    (
        "BT",
        6,
        "I’ve got a generator, I’ve got",
    ): "'Her neighbor, a retired firefighter who asked that his name not be used, said': listed under 'Donna Carraway's neighbor' (the owned description); the set names him by the appositive ('firefighter')",
    (
        "BT",
        10,
        "It’s a long drive with a",
    ): "'Beaulieu said a volunteer had told her that ...': the volunteer inside her report becomes a speaker, and 'she added' goes to the volunteer, not to Beaulieu",
    (
        "BT",
        10,
        "but he’ll get them there.",
    ): "'Beaulieu said a volunteer had told her that ...': the volunteer inside her report becomes a speaker, and 'she added' goes to the volunteer, not to Beaulieu",
    (
        "BT",
        18,
        "Customers can be confident their taps",
    ): "'SA Water said ... \"...,\" a spokesperson said': a spokesperson with no body named in the sentence is not traced to the body that spoke in the sentence before",
}
# The new sets of tests/desk_story_cases.py (round 28). Held out: BZ, CA and CB.
_KNOWN_MISSES |= {
    (
        "BU",
        1,
        "a ransom note with a stack",
    ): "'in which she compared ... to \"...\"' in a clause about her talk: the clause has no reporting verb, so the last person quoted (another developer) takes it",
    (
        "BU",
        2,
        "DO NOT UNPLUG — DAD.",
    ): "words displayed (a sticky note on a hub), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BU",
        6,
        "zero runtime dependencies and no surprises",
    ): "'the project's own README, which promises \"...\"': a document's words with no speaker; the rules give them to the README as an actor",
    (
        "BU",
        9,
        "All-day battery, for real this time",
    ): "'\"...,\" read the slide behind her as she spoke': the slide's words go to the speaker she names, not to nobody",
    (
        "BU",
        11,
        "within 24 hours.",
    ): "'The National Telecommunications Agency, Anatel, said': the acronym in apposition becomes the actor's name, and the full name is not kept as an alias",
    (
        "BU",
        14,
        "accessed and copied",
    ): "'the council said' about 'City of Wandoo Springs' named before: the City is a government, and 'the council' finds no council by that noun",
    (
        "BU",
        17,
        "a level of patience we don’t",
    ): "'security firm Fernhill Security': 'Security' is no organisation word, so the later 'Fernhill said' makes its own actor (adding the word cost a held-out story quote; dropped)",
    (
        "BU",
        23,
        "DO NOT SHIP UNTIL PIXEL IS",
    ): "words displayed (a handwritten warning in a notebook), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BV",
        3,
        "the right to life, liberty and security",
    ): "a Charter's wording quoted after 'which guarantees': the judge named as the sentence's subject takes it; the set wants no speaker",
    (
        "BV",
        5,
        "no person shall be deprived of",
    ): "the Constitution's wording quoted after 'the guarantee under Article 21 ... that': the judge who spoke takes it; the set wants no speaker",
    (
        "BV",
        6,
        "everyone has the right to freedom",
    ): "the Convention's wording after 'which provides that': the person named in the sentence takes it; the set wants no speaker",
    (
        "BV",
        6,
        "a matter of clear public interest",
    ): "'The Strasbourg court said': the court is listed as 'Strasbourg court', not linked to the European Court of Human Rights named before 'in Strasbourg'",
    (
        "BV",
        6,
        "The applicant's remarks, while sharply worded,",
    ): "'\"...,\" the judgment read': a document's words go to its author, but 'the judgment' finds no court, and the person named last takes them",
    (
        "BV",
        6,
        "respects the decisions of the Court",
    ): "'A spokesperson for the Portuguese Ministry of Justice said the government \"...\"': the government, subject of the reported clause, is looked for as the speaker, and none is found",
    (
        "BV",
        9,
        "half strength",
    ): "'from a man at the festival campsite who told them they were \"...\"': a place phrase between the description and 'who told' hides the speaker, and the short quote is dropped",
    (
        "BV",
        9,
        "Test Don’t Guess",
    ): "words displayed (a T-shirt), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BV",
        11,
        "butchering",
    ): "'defamed him in ... posts accusing him of \"...\"': the accuser is the posts' author, the subject of 'defamed'; a participle after a noun is not read as a cue",
    (
        "BV",
        11,
        "That is not the conduct of",
    ): "'Justice Morrow rejected that defence, noting that Ms Tallis had ... \"...,\" she said': 'she' goes to the woman named last, not to the sentence's subject",
    (
        "BV",
        14,
        "never rendered, not medically necessary, or",
    ): "'\"...,\" the indictment says': the indictment's words go to the defendant named in it; the set wants no speaker",
    (
        "BV",
        16,
        "Justice for Abuela Rosa",
    ): "words displayed (a T-shirt), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BV",
        17,
        "understandable but overstated",
    ): "'Lord Harcastle, agreeing with Lady Pennington, described that concern as \"...\"': the participle clause puts Lady Pennington nearest the verb",
    (
        "BV",
        18,
        "I thought he was a nice",
    ): "'One victim, a retired miner from Coatbridge, told police': the rules list 'one victim', the set 'the miner' (the description's two nouns)",
    (
        "BV",
        19,
        "the right to be secure against",
    ): "the Charter's wording after 'guarantees everyone': the Charter is taken for a speaker; the set wants no speaker",
    (
        "BV",
        20,
        "I have let down people who",
    ): "'In a letter tendered to the court, the 34-year-old apologised': the age finds no one given it, and the person named last takes the letter's words",
    (
        "BV",
        21,
        "Mummyji says if papa cannot give",
    ): "'One of the letters, read out in court during the trial, said': a letter's words go to its writer, named two sentences before; the rules find no one",
    (
        "BW",
        1,
        "critical and deteriorating.",
    ): "a memo's words read out by the chair ('an internal agency memo ... that described staffing as \"...\"'): the short quote is dropped; the set wants it with no speaker",
    (
        "BW",
        1,
        "Hired or certified?",
    ): "'she cut him off. \"...?\" she asked': 'she' goes to the man named last in the sentence before ('Haines noted'), the rules not knowing his gender",
    (
        "BW",
        1,
        "Send us the overtime data by",
    ): "'\"...,\" the Texan said': a demonym of a US state is taken for a name",
    (
        "BW",
        2,
        "far too long",
    ): "'The head of NHS England has admitted that ...': the head is a role with no name in that sentence, so the body speaks; the set wants the head, named later",
    (
        "BW",
        2,
        "Do you accept that these numbers",
    ): "a question put by 'Labour MP Harriet Olusanya' in the sentence before, with no cue after it: the quote goes to the body named last",
    (
        "BW",
        7,
        "drift",
    ): "'prompting Welsh Conservative MS Gareth Lloyd-Hughes to accuse ministers of \"...\"': the infinitive's subject is not read as a speaker; the sentence's subject takes it",
    (
        "BW",
        7,
        "My constituents in Llandovery have lost",
    ): "'Mr Lloyd-Hughes said ... He told the committee:' after a paragraph where another man replied: 'He' goes to the last speaker, not to the sentence's subject",
    (
        "BW",
        8,
        "upon delivery and successful commissioning of",
    ): "a contract's clause read out by an MP ('which states that payment falls due \"...\"'): the MP takes it; the set wants no speaker",
    (
        "BW",
        8,
        "remains committed to transparency and will",
    ): "'In a statement after the session, the company said': the committee named last is taken for 'the company', not Kenya Power named before it",
    (
        "BW",
        9,
        "She was better prepared than I",
    ): "'one senior lawmaker from the centre-right European People's Party said': the party takes the anonymous lawmaker's words (unnamed individuals as described actors: see the decision asked for)",
    (
        "BW",
        9,
        "But the gas question will not",
    ): "'one senior lawmaker from the centre-right European People's Party said': the party takes the anonymous lawmaker's words (unnamed individuals as described actors: see the decision asked for)",
    (
        "BW",
        10,
        "You came to a committee on",
    ): "an uncued question after '\"...,\" Mthembu said': the rules give it to the woman quoted before, not to the chair who asked in the paragraph before",
    (
        "BW",
        11,
        "performing as designed",
    ): "'He said the ministry's insistence that the programme was \"...\"': the quote is the ministry's words reported by him; the rules give it to him",
    (
        "BW",
        12,
        "And they found nothing wrong?",
    ): "an uncued question in an exchange: the rules give it to the last speaker, not to the questioner before",
    (
        "BW",
        12,
        "Baha pa rin,",
    ): "words displayed (a shirt), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BW",
        14,
        "given up",
    ): "'has rejected a claim by Sinn Féin's health spokeswoman, Aoife Ní Bhriain, that the Government has \"...\"': the claim's author is not read as the speaker; the subject takes it",
    (
        "BW",
        15,
        "outnumbered and at times overwhelmed",
    ): "'Merseyside's chief constable has said': the role with no name in the lead is described; the set wants her, named later",
    (
        "BW",
        16,
        "And respectfully, that’s the question I",
    ): "an uncued reply after '\"...,\" Mr. Alvarado said': it goes to him, not to the nominee he questioned",
    (
        "BW",
        16,
        "Voting rights are not up for",
    ): "'a woman in the gallery stood and shouted, \"...\"': the described woman is not taken for the speaker",
    (
        "BW",
        19,
        "watching bond yields very closely",
    ): "'A senior Finance Ministry official, speaking on condition of anonymity, said': the ministry takes the official's words (see the decision asked for)",
    (
        "BW",
        20,
        "Indyref2: Our Right, Our Choice",
    ): "words displayed (a leaflet held up), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BW",
        21,
        "In October.",
    ): "a two-word answer with no cue in an exchange: dropped as too short to stand without a speaker",
    (
        "BW",
        21,
        "Eight months after the Austin storm?",
    ): "an uncued question in an exchange: no speaker; the set wants the questioner of two paragraphs before",
    (
        "BW",
        22,
        "Yes. Not under this government, not",
    ): "'\"...?\" she asked. \"...,\" he said': 'he' goes to the man named last before the question, not the minister she asked",
    (
        "BW",
        23,
        "Can you say whether he legally",
    ): "'\"...?\" another reporter asked': the described reporter is not found, and the police chief quoted before takes it",
    (
        "BW",
        24,
        "Which page is that?",
    ): "'\"...?\" Ms. Vasquez pressed.' is its own sentence after the question; only a strong verb carries a quote from the sentence before, and 'pressed' as one also gave her the answer that follows (as 'asked' would); left out",
    (
        "BW",
        25,
        "I will not give this committee",
    ): "'\"...,\" the nominee replied': no one is given the role 'nominee' (he is 'Minister-designate'), so the sentence before's subject, his questioner, takes it",
    (
        "BW",
        25,
        "What I will say is that",
    ): "'\"...,\" the nominee replied': no one is given the role 'nominee' (he is 'Minister-designate'), so the sentence before's subject, his questioner, takes it",
    (
        "BX",
        1,
        "No seasonal hiring this year",
    ): "words displayed (a notice on a gate), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BX",
        3,
        "heavier than usual but under control",
    ): "'A Seoul Metro official said': the body takes the official's words (see the decision asked for)",
    (
        "BX",
        4,
        "The reckless war drills of the",
    ): "'a spokesman for the North's Ministry of National Defence': the possessive 'the North's' stays in the body's name",
    (
        "BX",
        4,
        "Our armed forces will take overwhelming",
    ): "'a spokesman for the North's Ministry of National Defence': the possessive 'the North's' stays in the body's name",
    (
        "BX",
        6,
        "All our guests are safe and",
    ): "'The Jinyuan Hot Spring Hotel in the Zhiben area posted ... \"...,\" the post read': the post's author is not traced to the hotel, and the place takes it",
    (
        "BX",
        6,
        "We are closed until engineers confirm",
    ): "'The Jinyuan Hot Spring Hotel in the Zhiben area posted ... \"...,\" the post read': the post's author is not traced to the hotel, and the place takes it",
    (
        "BX",
        7,
        "Try living 13 years in a",
    ): "'one evacuee wrote on X, \"...\"': the described evacuee after 'On social media,' is not found",
    (
        "BX",
        8,
        "No sailings until further notice",
    ): "words displayed (a notice on a door), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BX",
        8,
        "for anyone who no longer wishes",
    ): "'the shipping corporation apologised ... and said full refunds would be available \"...\"': 'the shipping corporation' finds no body by that noun",
    (
        "BX",
        9,
        "serve as an important channel for",
    ): "'China Railway said' after 'China State Railway Group Co.': the short form is not linked to the full name",
    (
        "BX",
        11,
        "never approach a bear, even a",
    ): "'Police are urging residents ... to \"...\"': the police force named before is not found from 'Police'",
    (
        "BX",
        14,
        "steadfast friendship",
    ): "'Foreign Ministry spokesperson Hsu Ya-ling on Tuesday thanked Palau for its \"...\"': 'thanked' is no cue, so the short quote is dropped",
    (
        "BX",
        14,
        "undermines the safety of the international",
    ): "a resolution's wording ('The text of the resolution states that excluding Taiwan \"...\"'): the place takes it; the set wants no speaker",
    (
        "BX",
        14,
        "checkbook diplomacy",
    ): "'Beijing and Taipei have long accused each other of \"...\"': the rules give it to one of them; the set wants no speaker",
    (
        "BX",
        15,
        "When the school goes, the village",
    ): "'An elderly woman ... \"...,\" the grandmother said': the rules list 'an elderly woman', the set 'the grandmother'",
    (
        "BX",
        15,
        "Above us the cedar mountains",
    ): "words displayed (a line written on a blackboard), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BX",
        17,
        "planned the escape for more than",
    ): "'A government official ... said the man had told investigators he ... had \"...\"': the man who told investigators takes it; the set wants the official who reports it",
    (
        "BX",
        17,
        "barely seaworthy",
    ): "'A marine officer involved in the operation said the boat ... was \"...\"': the described officer is not found, and the short quote is dropped",
    (
        "BX",
        19,
        "I humbly accept. I will devote",
    ): "'Tengeryu, whose real name is Batbold Temuulen,': the real name becomes the actor's name; the set wants the ring name",
    (
        "BX",
        20,
        "Sut i save lukautim pikinini",
    ): "words displayed (a campaign slogan on posters and the radio), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BX",
        20,
        "The injection protects the child",
    ): "words displayed (a translation of a slogan), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BX",
        21,
        "serious anxiety",
    ): "'The Japan Chamber of Commerce and Industry in China said': the body's name is cut before 'in China'",
    (
        "BX",
        23,
        "We are treating twice as many",
    ): "'Davaasuren Narantsetseg, head of pediatrics ... the doctor added': 'the doctor' matches no title given her",
    (
        "BX",
        24,
        "I came here every Saturday as",
    ): "a quote before its speaker's description in the next sentence: no speaker",
    (
        "BX",
        24,
        "Shanghai can build a hundred shopping",
    ): "'One Weibo user wrote': the platform takes its user's words",
    (
        "BY",
        3,
        "Heritage crime causes damage that goes",
    ): "'Norfolk Police said ... \"...,\" a spokesperson said': a spokesperson with no body named in the sentence is not traced to the body that spoke in the sentence before",
    (
        "BY",
        3,
        "This roof is protected by SmartWater",
    ): "words displayed (a notice in a porch, 'still warns:'), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BY",
        6,
        "Thank you firies - you saved",
    ): "words displayed (a painted bedsheet), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BY",
        6,
        "We're not going anywhere. But we",
    ): "'the Salvation Army officer said': the body named in the description takes it, not its Major named before",
    (
        "BY",
        7,
        "finally learn to play golf badly",
    ): "'the outgoing parish priest said': the priest named last (his successor) takes it; 'outgoing' is not read",
    (
        "BY",
        7,
        "I’ve been saying Mass every day",
    ): "'the outgoing parish priest said': the priest named last (his successor) takes it; 'outgoing' is not read",
    (
        "BY",
        8,
        "Everyone welcome. Take what you need.",
    ): "words displayed (a sign, after a list of languages), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BY",
        9,
        "a permanent part of the welfare",
    ): "'The Bishop of Wexham has accused the Government of treating ... as \"...\"': the bishop is a role with no name there, so the object takes it",
    (
        "BY",
        9,
        "quietly absorbing",
    ): "'The Bishop of Wexham has accused the Government of treating ... as \"...\"': the bishop is a role with no name there, so the object takes it",
    (
        "BY",
        12,
        "Mothers are walking 30 kilometres with",
    ): "'Sister Mary Wanjiru ... Sr Wanjiru said': 'Sr' stays in the name (as a title it broke 'John Smith Sr.'; dropped)",
    (
        "BY",
        12,
        "We are not asking for miracles.",
    ): "'Sister Mary Wanjiru ... Sr Wanjiru said': 'Sr' stays in the name (as a title it broke 'John Smith Sr.'; dropped)",
    (
        "BY",
        12,
        "God has not abandoned Marsabit",
    ): "'Sister Mary Wanjiru ... Sr Wanjiru said': 'Sr' stays in the name (as a title it broke 'John Smith Sr.'; dropped)",
    (
        "BY",
        12,
        "and neither will we.",
    ): "'Sister Mary Wanjiru ... Sr Wanjiru said': 'Sr' stays in the name (as a title it broke 'John Smith Sr.'; dropped)",
    (
        "BY",
        15,
        "Om mani padme hum.",
    ): "words displayed (a mantra on prayer flags), with no speaker: a short passage in quote marks that no cue reaches is dropped as a name or slogan",
    (
        "BY",
        17,
        "She's the reason I keep coming",
    ): "'A man named Curtis': 'named' before the name is not read, so 'a man' is described",
    (
        "BY",
        20,
        "crucifying the poor all over again",
    ): "'The Presiding Bishop of the Methodist Church of Southern Africa used his sermon to ... saying': the role with no name there gives the body; the set wants the bishop named next",
    (
        "BY",
        24,
        "a bit of dignity back",
    ): "'One guest, a former chef in his fifties ..., said': the description is not found, and the short quote is dropped",
    (
        "BY",
        24,
        "You get a hot meal, a",
    ): "an uncued quote after the described guest's: it goes to the person named last",
}
_HELD_OUT_MISSES |= {
    ("BZ", 1, "Keep Our ER Open"),
    ("BZ", 3, "strategic advisory services"),
    ("BZ", 8, "Viaje seguro, viaje feliz"),
    ("BZ", 8, "Travel safe, travel happy"),
    ("BZ", 10, "given priority in the next management"),
    ("BZ", 12, "Get Brexit Done"),
    ("BZ", 12, "What about the steelworks?"),
    ("BZ", 14, "I've been here forty years and"),
    ("BZ", 15, "illegal retrenchment in the name of"),
    ("BZ", 17, "We have lost telemetry with the"),
    ("BZ", 22, "a building should be quiet enough"),
    ("BZ", 23, "is a test of whether the"),
    ("CA", 2, "We have informed Almenara that we"),
    ("CA", 3, "For years we were told this"),
    ("CA", 3, "It isn't. It never should have"),
    ("CA", 4, "significantly at fault"),
    ("CA", 4, "We will continue to support Rhodri"),
    ("CA", 8, "The medal is wonderful, but nobody"),
    ("CA", 10, "Our supporters are fantastic, but this"),
    ("CA", 10, "collective punishment"),
    ("CA", 10, "dialogue instead of repression"),
    ("CA", 12, "hold teams accountable for the conduct"),
    ("CA", 12, "Vallée propre"),
    ("CA", 16, "a clear and coordinated pattern"),
    ("CA", 17, "inconclusive"),
    ("CA", 17, "fundamentally flawed"),
    ("CA", 17, "To be honest, we always felt"),
    ("CA", 19, "Equal Effort, Equal Pay"),
    ("CA", 20, "It’s chaos at six in the"),
    ("CA", 21, "bottling"),
    ("CA", 21, "indicate bias or incompetence"),
    ("CA", 24, "absolutely unacceptable"),
    ("CA", 24, "incompatible with the values of football"),
    ("CA", 25, "by mutual agreement"),
    ("CA", 25, "I was promised four new players"),
    ("CA", 25, "I cannot work miracles with promises"),
    ("CA", 25, "The people who make decisions at"),
    ("CB", 1, "willing to look at a range"),
    ("CB", 3, "treating a chalk stream like a"),
    ("CB", 5, "create uncertainty for projects that have"),
    ("CB", 7, "studying the findings closely"),
    ("CB", 9, "This is what we are given"),
    ("CB", 10, "I agree with them about the"),
    ("CB", 15, "third-party interference"),
    ("CB", 15, "We have deployed a spill response"),
    ("CB", 17, "transition away from fossil fuels"),
    ("CB", 17, "respects national circumstances and the reality"),
    ("CB", 20, "the situation is being monitored around"),
    ("CB", 21, "green colonialism"),
    ("CB", 21, "We have listened carefully to the"),
    ("CB", 21, "not been learned at all"),
    ("CB", 22, "industry best practice"),
    ("CB", 23, "proud to stand with the people"),
    ("CB", 24, "We have been drinking contaminated water"),
    ("CB", 24, "the company and the state sit"),
    ("CB", 25, "The big guys are already doing"),
}
# The sets of tests/section_story_cases.py (round 29) that the thirtieth round tuned on (CC to CG):
# each miss left after that round, with why (CH, CI and CJ are held out, below).
_NOT_A_QUOTE = "a slogan, tagline, sign's name or label in quote marks that no one is reported as saying: not a quote under the gold guideline, which the set counts as one"
_KNOWN_MISSES |= {
    (
        "CC",
        4,
        "accepted the findings in full",
    ): "'Calder, which manages ..., said': the short name is taken for 'Calder Group' named earlier, not the 'Calder Wealth Management' the set wants",
    (
        "CC",
        4,
        "a wake-up call for the whole",
    ): "'Consumer group Which? said': a name ending in a question mark is not read as a name",
    ("CC", 8, "Care, wherever you are."): _NOT_A_QUOTE + " ('the company's slogan')",
    (
        "CC",
        11,
        "continue to review the portfolio",
    ): "a body whose name ends in a possessive ('Halvorsen's'): the rules drop the 's",
    (
        "CC",
        12,
        "stranded",
    ): "a one-word partial quote after a relative clause that holds another quote ('..., whose supporters gathered ... with placards reading '...', said'): the quote in the gap stops the search for the subject, and a one-word quote with no speaker is dropped",
    (
        "CC",
        13,
        "extreme market conditions",
    ): "'..., citing \"...\"': 'citing' is no cue (tried as one: a held-out spurious attribution), so the short quote has no speaker and is dropped",
    ("CC", 13, "Your keys, your future"): _NOT_A_QUOTE + " ('the tagline')",
    (
        "CC",
        17,
        "an interruption in the cycle of",
    ): "'Banco Central do Brasil' is not read as a name ('do' is no connector), so 'the central bank' stays a description",
    (
        "CC",
        17,
        "will not hesitate to resume",
    ): "'Banco Central do Brasil' is not read as a name ('do' is no connector), so 'the central bank' stays a description",
    (
        "CC",
        18,
        "a landmark for shareholder rights",
    ): "'Its lead lawyer, Daniel Whitcombe of Whitcombe Barr LLP, called the ruling \"...\"': a role, the name and its firm between commas before the verb is not taken as the subject, and the short quote is dropped",
    (
        "CC",
        23,
        "the delivery of homes is guaranteed",
    ): "'The ... Securities Times newspaper, citing an unnamed official at the Ministry ..., reported': the outlet is the reporter; the set wants the official it cites",
    ("CD", 2, "Vaccinate today, protect tomorrow"): _NOT_A_QUOTE + " ('carry the slogan')",
    (
        "CD",
        8,
        "We went to two private hospitals",
    ): "'At K.R. Hospital, a father waiting outside the fever ward, who did not wish to be named, said': the initials in the opening place phrase stop the described father being found, so 'he' is the person named before",
    (
        "CD",
        10,
        "at least four times",
    ): "'The ... Union said ... that its members had reported ... \"...\"': the quote is given to the nearer reporter, 'its members', in the clause it sits in",
    ("CD", 11, "Birthing Center"): _NOT_A_QUOTE + " (a sign's name)",
    (
        "CD",
        12,
        "not stop using their pump",
    ): "'The Medicines and Healthcare products Regulatory Agency (MHRA)': a lower-case word inside the name cuts it, so the MHRA is 'Regulatory Agency'",
    (
        "CD",
        13,
        "total and indefinite",
    ): "'The ... (NARD) had, in a communique issued at ..., described the strike as \"...\"': an aside of more than one phrase between the subject and the verb hides the subject; the short quote is dropped",
    (
        "CD",
        20,
        "My father would wander out of",
    ): "'said the administrative executive': an occupation named only here stands for Ms Nur Aisyah Rahman, introduced before without it; the rules list the description",
    (
        "CD",
        20,
        "Now I can go to work",
    ): "an uncued quote after '\"...,\" said the administrative executive': it follows that description (see the quote before)",
    (
        "CD",
        21,
        "more than a decade",
    ): "'The patient organisation Retina International welcomed the decision, saying ...': 'The patient' is read as a described person, not as the words describing the organisation",
    (
        "CD",
        21,
        "a turning point",
    ): "'Claire Dubois, chief executive of the therapy's developer, Paris-based Lumen Therapeutics, called': two appositives between the name and the verb hide the subject (tried: one held-out story quote lost, one dev attribution spurious)",
    (
        "CD",
        22,
        "We recognise how concerning this news",
    ): "'NHS Highland said ... \"...,\" a spokeswoman said': initials then a place ('NHS Highland') are typed a person (typing them a body lost two held-out story quotes), so the spokeswoman is not taken to speak for it",
    (
        "CD",
        25,
        "a wake-up call",
    ): "'Doctors for the Environment Australia': 'for the' joins a name only after a body's word, so the name is cut to 'Environment Australia'",
    (
        "CD",
        25,
        "not prepared for the summers that",
    ): "'Doctors for the Environment Australia': 'for the' joins a name only after a body's word, so the name is cut to 'Environment Australia'",
    (
        "CE",
        1,
        "I just wanted my great-grandkids to have",
    ): "'One grandmother, who said ..., was in tears ... \"...,\" she said': no cue makes the grandmother a speaker, so 'she' is the woman named before",
    (
        "CE",
        2,
        "We are deeply sorry for the worry",
    ): "'the exam board said': 'exam board' is not taken for OCR, named only as the owner of a paper ('OCR's A-level chemistry Paper 2')",
    (
        "CE",
        4,
        "We just got through years of pandemic",
    ): "'Another parent, posting in a local Facebook group ..., was less patient: \"...\"': no cue, so the colon's quote has no speaker",
    (
        "CE",
        11,
        "reasonable",
    ): "one word quoted from statutory guidance that no one is reported as saying: dropped as a short quote with no speaker",
    (
        "CE",
        11,
        "as far as possible",
    ): "words quoted from statutory guidance that no one is reported as saying: dropped as a short quote with no speaker",
    (
        "CE",
        16,
        "part of a troubling national pattern.",
    ): "'The Indiana Freedom to Read Coalition': a lower-case 'to' cuts the name to 'Read Coalition'",
    (
        "CE",
        19,
        "Demand for French immersion has never been",
    ): "'Canadian Parents for French': 'for' and a language is no cause, so the name is cut to 'Canadian Parents'",
    (
        "CE",
        23,
        "beyond recognition",
    ): "'A Carmarthenshire head teacher says': the described head teacher is named only in the next paragraph; with no speaker the two-word quote is dropped",
    (
        "CE",
        25,
        "protect the integrity of the international student",
    ): "'Immigration, Refugees and Citizenship Canada': a name listing fields with a comma before a country is cut at the comma",
    (
        "CE",
        25,
        "to make responsible decisions.",
    ): "'Ontario's Ministry of Colleges and Universities': the place's possessive stays in the body's name; the set wants the name without it",
    ("CF", 9, "Buy now, breathe later"): _NOT_A_QUOTE + " ('carries the slogan')",
    (
        "CF",
        13,
        "made a scapegoat",
    ): "the speaker is introduced as 'A former procurement manager' and later called 'the defendant': the rules list him under the first description, the set under the second",
    (
        "CF",
        13,
        "I signed what I was told",
    ): "the speaker is introduced as 'A former procurement manager' and later called 'the defendant': the rules list him under the first description, the set under the second",
    (
        "CF",
        13,
        "Every invoice had two signatures above",
    ): "the speaker is introduced as 'A former procurement manager' and later called 'the defendant': the rules list him under the first description, the set under the second",
    ("CF", 15, "Derna will rise again"): _NOT_A_QUOTE + " (graffiti: 'someone has spray-painted')",
    (
        "CF",
        18,
        "In the camp, you learn to",
    ): "'\"...,\" she said, sitting in the caravan she shares with her parents': the paragraph before names three people and speaks of none; 'she' finds no one",
    (
        "CF",
        18,
        "When the email came, I read",
    ): "an uncued quote after the one before, whose 'she' finds no one",
    (
        "CF",
        18,
        "I left school at twelve to",
    ): "'Hiba's father, a former wheat farmer who asked not to be named, said': the rules list the appositive description, the set the kinship",
    (
        "CF",
        18,
        "I want to build bridges, literally",
    ): "'Hiba, who will study ..., said ... \"...,\" she said': the first name alone is not a name the rules know, so 'she' goes back to the mural described before",
    ("CF", 24, "Produit de Tunisie"): _NOT_A_QUOTE
    + " (a label's words: 'bottles bearing the words')",
    (
        "CF",
        25,
        "a part of Saida’s memory",
    ): "'..., describing it as \"...\" that had to be protected': 'describing' after a clause with its own subject ('it had helped ...') is not linked to 'Saida Municipality said', so the short quote is dropped",
    (
        "CG",
        2,
        "likely to cause inconvenience to the",
    ): "'Kazmi pointed to Section 4 of the Act, which allows ... if the gathering is \"...\"': the Act's words, which the rules give to the lawyer who cites them",
    (
        "CG",
        7,
        "Ghar wapas do",
    ): "residents 'shouted' a slogan: a chant the set gives to no one; the rules drop it as a short quote with no cue they know for a group ('shouted' after a plural description)",
    (
        "CG",
        8,
        "I will finish my course next",
    ): "'A young woman in the crowd at Katihar, a nursing student who did not want to give her name, said': the rules list the first description, the set the appositive",
    (
        "CG",
        10,
        "We will have five elephants instead",
    ): "'Sajeev Kumar P., secretary of ...': a trailing initial after the name is not read as part of it; 'he' then finds the person named before",
    (
        "CG",
        11,
        "for reasons best known to the",
    ): "'The Sena (UBT)': a party named with a bracketed faction is not read as a name, so 'the party' stays a description",
    (
        "CG",
        11,
        "He controls the cooperative bank and",
    ): "'A senior Sena (UBT) leader from Nanded': a capitalised party name inside the description is not allowed (tried: spurious dev actors), so 'the leader' is the person named before",
    (
        "CG",
        12,
        "further examination of their constitutional validity",
    ): "'... escalated on Thursday after Governor ... returned three bills ..., saying ...': the participle is given to the main clause's subject (the Punjab government), not to the clause after 'after'",
    (
        "CG",
        13,
        "I have spoken to the district",
    ): "'Sub-divisional magistrate (SDM) Rajeev Tripathi ... the SDM said': the bracketed initials of a lower-case title are read as a body's, not as his title",
    (
        "CG",
        16,
        "extremely backward and socially isolated",
    ): "'The report describes 23 communities as \"...\"': a document's short quote, which the set gives to no one; the rules drop it for want of a cue they link",
    (
        "CG",
        17,
        "The party does not support what",
    ): "'A senior Congress leader, speaking on condition of anonymity, said': a capitalised party name inside the description is not allowed, so 'the leader' is the person named before",
    (
        "CG",
        18,
        "Karthik is not coming back.",
    ): "'Divya, now 24 and ...': the first name alone is not a name the rules know, and 'she' goes to her lawyer, named in the same sentence ('through her lawyer, T. Ganesan, she said')",
    (
        "CG",
        18,
        "My son only loved someone.",
    ): "'Karthikeyan's mother, Muthulakshmi, wept': the one-word name in apposition is not taken as a name, so 'she' is the described mother",
    (
        "CG",
        20,
        "does not consent to the diversion",
    ): "'The resolution passed by the gram sabha of Kudridih village ... states that the community \"...\"': a document's words, which the set gives to no one; the rules give them to the village named before the verb",
    (
        "CG",
        21,
        "No name is deleted without notice",
    ): "'the CEO said' for 'Chief Electoral Officer Bhaskar Jyoti Saikia': the initials of a title are not matched to it",
    (
        "CG",
        23,
        "fresh statement on the subject",
    ): "'Justice Sehrawat, however, directed Siddiqui not to make any \"...\"': 'directed' is no cue, so the short quote has no speaker and is dropped",
    (
        "CG",
        23,
        "to protect the honour of my",
    ): "'Union Minister of State Kiran Bala Chaudhary': after 'Minister of State' (no portfolio) a three-word name is cut to its last two words",
}
_HELD_OUT_MISSES |= {
    ("CH", 2, "underlines how much remains undescribed"),
    ("CH", 3, "Athletic till I die"),
    ("CH", 4, "I thought he was my friend"),
    ("CH", 4, "Now I check my bank balance"),
    ("CH", 5, "political novelist"),
    ("CH", 6, "Born in Brzeziny"),
    ("CH", 7, "unconditional return"),
    ("CH", 11, "Mia has shown what our development"),
    ("CH", 12, "I thought it was a car"),
    ("CH", 13, "They are doing their best, but"),
    ("CH", 14, "Closed today."),
    ("CH", 15, "surrounded by his children, his grandchildren"),
    ("CH", 15, "He asked us not to mourn"),
    ("CH", 16, "Understanding why these strandings happen remains"),
    ("CH", 20, "Wildlife is not a souvenir."),
    ("CH", 21, "She has the engine"),
    ("CH", 21, "Now we teach her patience."),
    ("CH", 22, "I thought it was just another"),
    ("CH", 23, "I was given the names and"),
    ("CH", 23, "kills the livelihoods"),
    ("CH", 25, "Quem lê, navega"),
    ("CI", 1, "continue work with urgency"),
    ("CI", 1, "the worst-tempered I have seen in"),
    ("CI", 2, "takes note of Parliament’s position and"),
    ("CI", 7, "the first continent to finish its"),
    ("CI", 7, "Member states choose their energy mix"),
    ("CI", 7, "zero new answers on Russian gas"),
    ("CI", 7, "solid, not spectacular"),
    ("CI", 9, "Marchal, resign!"),
    ("CI", 10, "Nobody has slammed the door."),
    ("CI", 10, "I have stopped making predictions."),
    ("CI", 13, "in exchange for predetermined payments or"),
    ("CI", 14, "They put us on a ship,"),
    ("CI", 15, "Abstaining was the most honest vote"),
    ("CI", 17, "strongly supports greater mobility"),
    ("CI", 17, "fully funded by government"),
    ("CI", 20, "Half of the sector is waiting"),
    ("CI", 21, "somewhere between shock and déjà vu"),
    ("CI", 21, "Nobody wants to be the one"),
    ("CI", 22, "instrumentalisation"),
    ("CI", 24, "Internal border controls must remain an"),
    ("CJ", 2, "He knows that he will carry"),
    ("CJ", 5, "gentle giant"),
    ("CJ", 11, "I’ll believe it when I see"),
    ("CJ", 11, "We had police out the next"),
    ("CJ", 12, "cold, deliberate and utterly without reason."),
    ("CJ", 12, "For 22 years we opened that"),
    ("CJ", 12, "We never closed on a holiday."),
    ("CJ", 12, "Now I open the store alone,"),
    ("CJ", 13, "The defendant walked towards him, shouted"),
    ("CJ", 13, "I have given most of my"),
    ("CJ", 13, "For the first time, I am"),
    ("CJ", 15, "One punch can kill"),
    ("CJ", 16, "He left my son in the"),
    ("CJ", 16, "I don’t care that he turned"),
    ("CJ", 17, "found him like that"),
    ("CJ", 21, "like he was swinging for the"),
    ("CJ", 22, "devastating"),
    ("CJ", 24, "I shot my mom and dad"),
    ("CJ", 25, "WHAT THEY PAY"),
}
# The sets of tests/world_story_cases.py (round 30): CK and CL tuned on in round 31, each miss
# left with its reason; CM and CN are held out.
_KNOWN_MISSES |= {
    ("CK", 1, "very close"): (
        "'Argentina's economy minister said ... \"very close\"' in the lead: a description with "
        "a country's possessive is its own actor; the name given in the next paragraph "
        "('Economy Minister Martín Echeverría Luján') is not linked back to it"
    ),
    ("CK", 3, "cut the logistics chain"): (
        "'The Brazilian Institute of Environment and Renewable Natural Resources (Ibama)': the "
        "name is cut at 'and', as its acronym is not its initials"
    ),
    ("CK", 10, "permanent moral incapacity"): (
        "'citing \"permanent moral incapacity,\"' (a constitution's words): a three-word quote "
        "no one is named for is dropped as a name or title"
    ),
    ("CK", 12, "at the limit of mile 200"): (
        "'In a statement, the Prefecture said': the capitalised 'Prefecture' alone is not traced "
        "to the Argentine Naval Prefecture (the lowercase 'the prefecture' is)"
    ),
    ("CK", 14, "objective criteria"): (
        "'according to \"objective criteria\" set out in a law' (a constitution's words): a "
        "two-word quote no one is named for is dropped as a name or title"
    ),
    ("CK", 18, "Bienvenido a casa, hijo."): (
        "'One mother held a piece of cardboard on which she had written \"...\"': a sign only "
        "'on which someone had written' is nobody's ('on which he had written' is its named "
        "writer's in set V); this 'she' is not resolved, so the four-word quote is dropped"
    ),
    ("CK", 19, "restored"): (
        "'The country's prison service, the National Service for Comprehensive Attention to "
        "Adults Deprived of Liberty (SNAI), said': a name of eleven words is not read as one"
    ),
    ("CK", 22, "Both sides want an agreement before"): (
        "'one Brazilian diplomat told MercoPress, speaking on condition of anonymity': the sets "
        "are split on anonymous diplomats (older ones want no speaker), and the rules give none"
    ),
    ("CK", 23, "traitors to the homeland,"): (
        "'people it considers \"traitors to the homeland,\"' (a law's words): a short quote no "
        "one is named for is dropped as a name or title"
    ),
    ("CK", 24, "¡Corriente y comida!"): (
        "'residents in several Havana neighborhoods banged pots and pans and shouted \"...\"': "
        "a chant the set gives no one; 'shouted' is a cue, and Havana, named before it, is "
        "taken as the speaker"
    ),
    ("CL", 6, "We visited the address on its"): (
        "'The prosecution's second witness, an EFCC investigator, Musa Bello' ... 'the witness "
        "said': a role written with a possessive before two appositives is not kept as his "
        "role, so 'the witness' stays a description"
    ),
    ("CL", 10, "remember who pays your salary"): (
        "a quote nested in the magistrate's ('he told one of them to \"remember who pays your "
        "salary\"'): a nested quote goes with the quote around it"
    ),
    ("CL", 15, "unprotected and unlawful"): (
        '\'a sit-in that the company has called "..." and that the Association of Mineworkers '
        "... says is': 'the company' inside the relative clause is not traced to Bafokeng Ridge "
        "Platinum, and the union named after it takes the quote"
    ),
    ("CL", 15, "Amandla!"): (
        "a one-word chant ('a man on the back of a bakkie shouted \"Amandla!\"'): a one-word "
        "quote with no speaker is dropped as a name"
    ),
    ("CL", 15, "Awethu!"): (
        "a one-word chant ('the crowd roared back \"Awethu!\"'): a one-word quote with no "
        "speaker is dropped as a name"
    ),
    ("CL", 17, "BOMOA"): (
        "a painted word in capitals ('houses still bore the word \"BOMOA\" (demolish)'): one "
        "capitalised word is dropped as a name or code"
    ),
}
_HELD_OUT_MISSES |= {
    ("CM", 5, "Touchdown. We have touchdown"),
    ("CM", 5, "Special delivery from Ameyo."),
    ("CM", 11, "no longer have confidence in the"),
    ("CM", 12, "Signal acquired! Aurelia is talking to"),
    ("CM", 13, "Danger: Falling Rocks — Keep Away"),
    ("CM", 16, "much better or fully recovered"),
    ("CM", 18, "Either the most important neutrino result"),
    ("CM", 19, "Kia kaha"),
    ("CM", 20, "So we are looking at a"),
    ("CM", 22, "Tried to submit my kinase, got"),
    ("CM", 22, "Every protein, in motion."),
    ("CM", 24, "Splashdown. After six months in orbit,"),
    ("CM", 25, "a wake-up call that demands replication,"),
    ("CN", 1, "consistent with a once-in-500-years event"),
    ("CN", 5, "provide shade, drinking water and rest"),
    ("CN", 5, "Paani piyo, dhoop se bacho"),
    ("CN", 6, "If you have been evacuated, please"),
    ("CN", 8, "SOS"),
    ("CN", 10, "avoid all travel"),
    ("CN", 10, "Nos habéis dejado solos"),
    ("CN", 10, "You left us alone"),
    ("CN", 11, "This was a long-track, violent tornado"),
    ("CN", 11, "WE'RE STILL HERE."),
    ("CN", 14, "Long or strong, get gone"),
    ("CN", 14, "All people reported trapped have now"),
    ("CN", 15, "move immediately towards Limni"),
    ("CN", 15, "Where were the planes? We were"),
    ("CN", 15, "Thirty years of work, gone in"),
    ("CN", 15, "The bees, the trees, everything."),
    ("CN", 16, "significant impacts are likely across health"),
    ("CN", 16, "pouring with sweat"),
    ("CN", 16, "We had three patients with heatstroke"),
    ("CN", 16, "at this stage"),
    ("CN", 20, "particularly dangerous."),
    ("CN", 20, "THANK YOU FIREFIGHTERS."),
    ("CN", 21, "Our teams have shifted more than"),
    ("CN", 22, "Never touch or approach fallen wires"),
    ("CN", 22, "Do not make unnecessary journeys"),
    ("CN", 23, "for days"),
    ("CN", 24, "Whiteout conditions will make travel dangerous"),
    ("CN", 24, "The seawall held, but the waves"),
}
# The misses left in CO and CP (tests/press_story_cases.py), tuned on in round 32, each with
# its reason
_KNOWN_MISSES |= {
    ("CO", 6, "pet projects"): (
        "two words the party 'called' ('vowing to slash funding for what it called \"pet "
        "projects\"'): 'it' is not traced to the party, and a two-word quote with no speaker "
        "is dropped"
    ),
    ("CO", 17, "Buruh bukan barang"): (
        "a banner's words ('A large banner draped across a bus shelter on Jl. MH Thamrin read'): "
        "the full stop of the street's abbreviation 'Jl.' cuts the banner off from 'read'"
    ),
    ("CO", 25, "Drive the future for less than"): (
        "an advertising slogan ('carries the slogan \"...\"'): a slogan is named, not said, "
        "under the gold guideline; the set counts it"
    ),
    ("CP", 4, "There are at least five capitals"): (
        "an anonymous diplomat ('One EU diplomat said'): sets disagree whether such a person "
        "speaks as described or not at all; the rules follow the ones that say not at all"
    ),
    ("CP", 7, "shall be elected by judges from"): (
        "a bill's words, then '– wording the government says reflects ...': the clause about the "
        "wording after the quote is read as its cue, so the government takes it"
    ),
    ("CP", 11, "Everyone jokes that I finally found"): (
        "a person known by a call sign given in quote marks ('goes by the call sign \"Lys\"'), "
        "then 'the operator says': a call sign is not kept as a name"
    ),
    ("CP", 11, "It is not funny, of course."): ("the call-sign operator's quote goes on: as above"),
    ("CP", 12, "We have been here before."): (
        "an anonymous diplomat ('one EU diplomat said'): as CP 4"
    ),
    ("CP", 12, "This time I am not so"): (
        "an anonymous diplomat ('A second diplomat, from a Nordic country'): as CP 4"
    ),
    ("CP", 14, "as a last resort"): (
        "four words of a code ('Under the Schengen Borders Code, controls ... may only be "
        'reintroduced "as a last resort"\'): a short quote with no speaker is dropped'
    ),
    ("CP", 21, "Pumpaj!"): (
        "a one-word chant ('breaking into the chant \"Pumpaj!\"'): one capitalised word with no "
        "speaker is dropped as a name"
    ),
    ("CP", 21, "The investigation is being conducted intensively"): (
        "the set names the office with its seat ('Higher Public Prosecutor's Office in "
        "Rasinac'); the rules end the name before 'in', as for other bodies"
    ),
    ("CP", 22, "A residence requirement of that kind"): (
        "'the judges said' after the court is named: sets disagree whether the judges are the "
        "court or a described group (BD 18 wants the judges); the rules keep the judges"
    ),
    ("CP", 22, "The court has confirmed that the"): (
        "a body's name with lower-case words ('the Zagreb-based group Right to the City'): "
        "'to the' cuts the name, so the quote gets no speaker"
    ),
    ("CP", 25, "I want to call my mother."): (
        "'Marine Vitalii Horbatiuk': 'Marine' as a rank is not a title (it is a given name, as "
        "in Marine Le Pen)"
    ),
    ("CP", 25, "They told us Ukraine had forgotten"): (
        "'Horbatiuk added' after 'Marine Vitalii Horbatiuk': as above"
    ),
}
_HELD_OUT_MISSES |= {
    ("CQ", 2, "I understand the strength of feeling"),
    ("CQ", 2, "wishful thinking dressed up as engineering"),
    ("CQ", 3, "There are questions here about hydrogeology"),
    ("CQ", 3, "We’re going to get a peer"),
    ("CQ", 3, "owes residents a straight answer"),
    ("CQ", 3, "Tonight showed what this community can"),
    ("CQ", 3, "Nobody should read this as a"),
    ("CQ", 5, "We found out the same way"),
    ("CQ", 7, "Right now people are paying $75,"),
    ("CQ", 7, "Some of my constituents have spent"),
    ("CQ", 8, "These lanes have been in for"),
    ("CQ", 8, "Collisions on that stretch are down"),
    ("CQ", 11, "bring a thermos and a chair"),
    ("CQ", 14, "reviewing the ordinance with legal counsel"),
    ("CQ", 14, "I filed a complaint three years"),
    ("CQ", 14, "I don’t want another mother to"),
    ("CQ", 17, "remains committed to reaching a fair"),
    ("CQ", 18, "toxic"),
    ("CQ", 18, "It has become clear to me"),
    ("CQ", 18, "I have always put Wharfedale first,"),
    ("CQ", 18, "long overdue"),
    ("CQ", 18, "The people of this borough have"),
    ("CQ", 18, "This is a sad day, and"),
    ("CQ", 18, "The leisure centre mess was bigger"),
    ("CQ", 19, "I drive 70 miles a day"),
    ("CQ", 21, "demeaning, intimidating and wholly inappropriate"),
    ("CQ", 22, "DO NOT DRINK THE WATER WITHOUT"),
    ("CQ", 22, "You said that last year!"),
    ("CQ", 23, "I can't get to town hall"),
    ("CQ", 24, "shall withdraw from the meeting"),
    ("CR", 2, "We went with the people who talked"),
    ("CR", 2, "overworked, like a sauce reduced once"),
    ("CR", 4, "a wardrobe that has learned to shout"),
    ("CR", 4, "three hours of people shouting about"),
    ("CR", 5, "maybe a thousand Mondays"),
    ("CR", 5, "He played like he was talking"),
    ("CR", 8, "Same boys. Just tired."),
    ("CR", 8, "Rest well, we’ll wait"),
    ("CR", 14, "a monumental loss to the industry"),
    ("CR", 15, "a major private museum in Asia."),
    ("CR", 21, "I go now purely for pleasure"),
    ("CR", 21, "which is a sensation I had"),
    ("CR", 22, "Mokoena — do not throw"),
    ("CR", 24, "Brava!"),
    ("CR", 25, "I'm not against technology."),
    ("CR", 25, "If you want to listen to"),
}
# The sets of tests/field_story_cases.py (round 32): CS and CT tuned in round 33, each miss left
# with its reason; CU and CV are held out.
_KNOWN_MISSES |= {
    ("CS", 9, "The investigation into the death, under the"): (
        "'A spokesperson for the Crown Office and Procurator Fiscal Service': a body's name with "
        "'and' between two parts that each end like a body's name is read as two bodies (as "
        "'X Union of Montana and Native American Rights Fund' must be)"
    ),
    ("CS", 12, "I didn't mean for it to go"): (
        "'the accused replied:' inside what a sergeant said: 'the accused' is no described "
        "person, and the defendant is named only as 'Mr Doherty' sentences before"
    ),
    ("CS", 16, "safe account"): (
        "'what he called a \"safe account\"' after 'a man who said he worked in her bank's fraud "
        "department' and 'the caller': the set calls him the caller, the rules the man; one "
        "unnamed person described twice"
    ),
    ("CS", 18, "shoot up"): (
        "'after posting a threat on social media to \"shoot up\" Lincoln Ridge High School': the "
        "words are the student's, written in a post, with no cue; the school named after the "
        "quote takes it"
    ),
    ("CS", 20, "If I can't have you nobody will."): (
        "'Haines had sent Koenig dozens of threatening messages ..., including one that read,' "
        "inside what a prosecutor told jurors: a message's words are its sender's, which the "
        "rules do not trace past the prosecutor's 'told'"
    ),
    ("CS", 25, "not sorry"): (
        "'A retired engineer stabbed his neighbour ... and then told a 999 operator he was \"not "
        "sorry\"': the subject of a verb after 'and then' is looked for among names only, so a "
        "described one gives none and the two words are dropped; the next sentence names him "
        "'Keith Ambler' with no role to match the description"
    ),
    ("CT", 22, "primary regard"): (
        "a law's words ('require courts to have \"primary regard\" to community safety'): two "
        "words with no cue are dropped as too short to be a quote with no speaker"
    ),
}
_HELD_OUT_MISSES |= {
    ("CU", 3, "No selling to brokers below Sh10."),
    ("CU", 4, "I came in expecting less, with"),
    ("CU", 4, "They want a good-framed bull around"),
    ("CU", 4, "and Ireland is producing exactly that"),
    ("CU", 4, "There are only so many boats."),
    ("CU", 7, "I'll believe it when I see"),
    ("CU", 7, "The effluent pond's been on the"),
    ("CU", 8, "run out of gas."),
    ("CU", 10, "the hill pays the croft"),
    ("CU", 12, "We continue to pay our dedicated"),
    ("CU", 13, "We've survived droughts before. But this"),
    ("CU", 17, "Rooted in Community"),
    ("CU", 17, "the backbone of rural Ontario."),
    ("CU", 18, "The landlord says there will be"),
    ("CU", 18, "We are waiting for someone to"),
    ("CU", 19, "I'll buy them anyway. What are"),
    ("CU", 22, "breaking"),
    ("CU", 24, "The money over there is better,"),
    ("CV", 1, "I've got two kids and a"),
    ("CV", 1, "People think we're doing this for"),
    ("CV", 3, "less than the cost of one"),
    ("CV", 4, "Inquilab Zindabad"),
    ("CV", 4, "after a due domestic enquiry for"),
    ("CV", 4, "partially affected"),
    ("CV", 4, "The management respects the law of"),
    ("CV", 5, "Locked out, not backing down"),
    ("CV", 6, "No minimum wage, no work"),
    ("CV", 7, "relief more than celebration"),
    ("CV", 7, "People were worn out. Nobody wanted"),
    ("CV", 8, "Amandla!"),
    ("CV", 13, "Every year it’s the same thing"),
    ("CV", 14, "Today I left at 2pm"),
    ("CV", 17, "Solidarité!"),
    ("CV", 21, "a withdrawal of labour in all"),
    ("CV", 21, "We will go back in the"),
    ("CV", 23, "Restore our wages"),
    ("CV", 24, "nowhere near good enough"),
    ("CV", 24, "the final straw"),
    ("CV", 24, "My dad worked here, my grandad"),
    ("CV", 24, "Nobody in my family has ever"),
    ("CV", 25, "Our right, regularisation"),
}
# The sets of tests/wire_story_cases.py (round 33): the thirty-fourth round tuned on CW and CX,
# and each miss left has its reason; CY and CZ are held out.
_KNOWN_MISSES |= {
    ("CW", 2, "Snacks is a good business, but"): (
        "'\"...,\" one of the people said': one of the people familiar with the matter, "
        "introduced paragraphs before, is no description the rules resolve, so the quote goes "
        "to the chief executive named in the sentence before"
    ),
    ("CW", 3, "higher for longer than markets currently"): (
        "'A Bank of England rate-setter has warned that ...' in the lead, named in the next "
        "paragraph ('Alison Threlfall, an external member of the Monetary Policy Committee'): "
        "'rate-setter' is no role word, so the lead's role is not matched to her, and the bank "
        "in the description speaks"
    ),
    ("CW", 5, "strategic realignment of resources."): (
        "'the San Jose, Calif., company said': a two-word place (and its state) before "
        "'company' is read as the speaker; the described company is not looked for"
    ),
    ("CW", 8, "entirely the wrong signal"): (
        "'Proxy adviser Tasman Governance Advisers': 'Advisers' is read as a plural title, so "
        "the name is cut to 'Tasman'; as a body's word it made 'Senior Advisors Jared Kushner and "
        "Ivanka Trump' in a dev gold article one body, so it was not added"
    ),
    ("CW", 10, "fully accepted"): (
        "'Harrowgate, which has about 2 million customers, mostly in northern England, said it "
        '"fully accepted"\': a relative clause with a comma inside is not passed over, so no '
        "speaker is found and two words with no speaker are dropped"
    ),
    ("CW", 23, "any abuse by one or more"): (
        "a treaty's words ('Article 102 of the EU treaty, which prohibits \"...\"'): the rules "
        "give them to the EU named in the treaty's name"
    ),
    ("CX", 8, "Wadi Al Hawasinah right now"): (
        "a video's caption ('captioned \"Wadi Al Hawasinah right now\"'): five words, mostly "
        "capitalised, with no speaker are dropped as too short to be a quote"
    ),
    ("CX", 12, "Closed until further notice"): (
        "a notice's words ('a faded notice on the locked gate still read ...'): 'notice' is no "
        "sign the rules know, so four words with no speaker are dropped"
    ),
    ("CX", 14, "People come in for a haircut and"): (
        "'he said' after a paragraph that opens 'Across the street from the al-Hourani house, "
        "Samer Jouejati, 34, has reopened ...': the pronoun goes to Abu Adnan al-Hourani, the "
        "man the story follows, whose name the opening phrase repeats (a short text with the "
        "same two paragraphs gets it right)"
    ),
    ("CX", 14, "Homs is returning"): (
        "a wall's words ('someone has painted \"Homs is returning\"'): three words with no "
        "speaker are dropped as too short to be a quote"
    ),
    ("CX", 20, "tense but businesslike"): (
        "'A Western diplomat in Doha, speaking on condition of anonymity, described': "
        "'diplomat' is no person noun; adding it gained three tuned quotes but lost one in set "
        "K, which counts an unnamed diplomat as no one, and six held-out ones (the convention "
        "for unnamed people is undecided)"
    ),
}
_HELD_OUT_MISSES |= {
    ("CY", 1, "Patient care will continue without interruption"),
    ("CY", 2, "unless action is taken"),
    ("CY", 3, "nowhere near good enough"),
    ("CY", 7, "sterile"),
    ("CY", 7, "gentle enough for daily use."),
    ("CY", 7, "Contaminated eye drops can cause serious"),
    ("CY", 7, "Consumers should stop using this product"),
    ("CY", 8, "a national embarrassment"),
    ("CY", 9, "impossible to do well and dangerous"),
    ("CY", 14, "ideology of normal birth"),
    ("CY", 14, "unreservedly"),
    ("CY", 19, "intermittent"),
    ("CY", 19, "not urgent."),
    ("CY", 24, "extraordinary collection actions"),
    ("CZ", 2, "Answer the question!"),
    ("CZ", 2, "discovered the NHS somewhere around the"),
    ("CZ", 3, "They all show up when they"),
    ("CZ", 6, "Ta-ma, Ta-ma"),
    ("CZ", 6, "I just want to be able"),
    ("CZ", 7, "Ab ki baar, naya Bihar"),
    ("CZ", 8, "at least 15 votes short"),
    ("CZ", 9, "beyond our wildest spreadsheets"),
    ("CZ", 9, "duly elected to serve as the"),
    ("CZ", 9, "Give it six months!"),
    ("CZ", 11, "I'm not in a position to"),
    ("CZ", 12, "misled for six months"),
    ("CZ", 12, "We will table the fall economic"),
    ("CZ", 13, "not a single rupee has gone"),
    ("CZ", 14, "You get used to it,"),
    ("CZ", 14, "The ones who tell you to"),
    ("CZ", 14, "What are you going to do"),
    ("CZ", 16, "soft on crime"),
    ("CZ", 16, "Keisha Lamont had the chance to"),
    ("CZ", 17, "stops talking to itself"),
    ("CZ", 18, "I’d vote for a golden retriever"),
    ("CZ", 19, "Morning! Jodie Faraday, your local member"),
    ("CZ", 19, "the grown-up in the room"),
    ("CZ", 19, "They all say the same thing."),
    ("CZ", 21, "free, fair and fear-free"),
    ("CZ", 21, "official visit with electioneering work"),
    ("CZ", 22, "a plan for everything except how"),
    ("CZ", 22, "I love my job, but I'm"),
    ("CZ", 22, "With respect, I asked what you"),
    ("CZ", 23, "The Shinners’ transfers went everywhere this"),
    ("CZ", 24, "Teachers whinging about pay again."),
    ("CZ", 24, "ready to get stuck in"),
    ("CZ", 25, "Decertify now!"),
}
# The sets of tests/newsroom_story_cases.py (round 34), read once with the round's rules and
# not analysed yet: the next round tunes on DA and DB; DC and DD are held out.
_NOT_ANALYSED = "first read in the thirty-fourth round; not analysed yet"
_KNOWN_MISSES |= dict.fromkeys(
    {
        ("DA", 1, "not yet bottomed out"),
        ("DA", 6, "If you see a pup on"),
        ("DA", 8, "There is no impact on the"),
        ("DA", 9, "We are filling the tubs faster"),
        ("DA", 10, "pre-positioned supplies"),
        ("DA", 12, "We should not be asking permission"),
        ("DA", 13, "Deforestation in the Cerrado is rising"),
        ("DA", 16, "The right to protest is important"),
        ("DA", 18, "one of the largest ecological restoration"),
        ("DA", 18, "You hear the skylarks now."),
        ("DA", 22, "The editors no longer have confidence"),
        ("DA", 22, "categorically denies"),
        ("DA", 24, "I've lost count of the stoats."),
        ("DA", 24, "My knees are shot, but I'll"),
        ("DB", 1, "Hatutalipa! Hatutalipa!"),
        ("DB", 8, "a right of first refusal"),
        ("DB", 9, "93 per cent of sampled polling"),
        ("DB", 11, "condemned the killings in the strongest"),
        ("DB", 12, "heavily polluted by illegal mining activities"),
        ("DB", 15, "If you no pay, we go"),
        ("DB", 15, "The money will be refunded to"),
        ("DB", 15, "This is why young people are"),
        ("DB", 16, "I will have to take a"),
        ("DB", 17, "We have cases of refuse trucks"),
        ("DB", 17, "Siyafuna imali yethu"),
        ("DB", 19, "open to amendments"),
        ("DB", 21, "Hii ni nyumba yangu"),
    },
    _NOT_ANALYSED,
)
_HELD_OUT_MISSES |= {
    ("DC", 4, "vile and cowardly"),
    ("DC", 4, "Amara is a valued member of our"),
    ("DC", 7, "That’s for the panel. My concern"),
    ("DC", 9, "Bem-vindo, Rui."),
    ("DC", 11, "just enjoy it, because you’ll never"),
    ("DC", 12, "Technology Unavailable"),
    ("DC", 14, "THANK YOU COACH K - 34 YEARS"),
    ("DC", 16, "That was the longest quarter of"),
    ("DC", 16, "I knew we'd come off a"),
    ("DC", 16, "We each put in £1,500 four"),
    ("DC", 17, "I think that's probably it for"),
    ("DC", 17, "I've had an amazing career and"),
    ("DC", 17, "sit down with my family and"),
    ("DC", 17, "Forever my favourite teammate. What a"),
    ("DC", 18, "The board would like to thank"),
    ("DC", 18, "However, results have fallen well below"),
    ("DC", 18, "You don’t know what you’re doing"),
    ("DC", 19, "I didn't expect this. I thought"),
    ("DC", 19, "This town raised money for my"),
    ("DC", 19, "Then it's back to the parking"),
    ("DC", 21, "reminded of the conditions of entry"),
    ("DC", 25, "one of the most artistic and"),
    ("DC", 25, "Skating won't be the same without"),
    ("DD", 2, "I’m not sure"),
    ("DD", 2, "I think he’d gone to get"),
    ("DD", 3, "It looked like somebody had taken"),
    ("DD", 4, "cut in half"),
    ("DD", 4, "Allie's Law Now"),
    ("DD", 6, "overwhelmed and under-resourced"),
    ("DD", 7, "substantially complete"),
    ("DD", 7, "merely as a measure of punishment"),
    ("DD", 8, "We respect the court’s ruling and"),
    ("DD", 9, "lost the head"),
    ("DD", 9, "He did"),
    ("DD", 9, "That's correct. It was photographed at"),
    ("DD", 10, "I signed because I was afraid"),
    ("DD", 11, "Every one of those assaults is"),
    ("DD", 12, "McAllister tried to cover his tracks"),
    ("DD", 12, "Justice for Kirsty"),
    ("DD", 16, "I've waited three years to hear"),
    ("DD", 17, "premeditated and persistent"),
    ("DD", 17, "substantial and long-lasting"),
    ("DD", 18, "merit further factual development"),
    ("DD", 19, "inhuman"),
    ("DD", 21, "no credible evidence"),
    ("DD", 21, "Justice delayed is still justice, but"),
    ("DD", 25, "Some nights I couldn't get to"),
    ("DD", 25, "I'd go home and cry in"),
    ("DD", 25, "I was missing shifts because I"),
}
_KNOWN_MISSES |= dict.fromkeys(_HELD_OUT_MISSES, _HELD_OUT)

CASES = [
    pytest.param(
        story,
        fragment,
        speaker,
        id=f"{suite}{number}-{fragment[:24]}",
        marks=pytest.mark.xfail(reason=_KNOWN_MISSES[(suite, number, fragment)], strict=True)
        if (suite, number, fragment) in _KNOWN_MISSES
        else (),
    )
    for suite, stories in SUITES.items()
    for number, (story, pairs) in enumerate(stories, start=1)
    for fragment, speaker in pairs
]


def test_the_cases_are_well_formed():
    for stories in SUITES.values():
        for story, pairs in stories:
            assert all(story.count(fragment) == 1 for fragment, _ in pairs)
    quotes = {"wire": 178, "A": 170, "B": 125, "C": 130, "D": 169, "E": 134, "F": 168, "G": 228}
    quotes |= {"H": 197, "I": 196, "J": 207, "K": 206, "L": 210, "M": 202, "N": 220, "O": 163}
    quotes |= {"P": 193, "Q": 202, "R": 154, "S": 171, "T": 204, "U": 198, "V": 199, "W": 176}
    quotes |= {"X": 195, "Y": 182, "Z": 206, "AA": 217, "AB": 202, "AC": 171, "AD": 184}
    quotes |= {"AE": 192, "AF": 164, "AG": 196, "AH": 200, "AI": 200, "AJ": 198}
    quotes |= {"AK": 199, "AL": 197, "AM": 200, "AN": 200, "AO": 198, "AP": 199, "AQ": 201}
    quotes |= {"AR": 199, "AS": 201, "AT": 199, "AU": 200, "AV": 199, "AW": 198, "AX": 197}
    quotes |= {"AY": 199, "AZ": 199, "BA": 199, "BB": 198, "BC": 199, "BD": 198}
    quotes |= {
        "BE": 194,
        "BF": 200,
        "BG": 200,
        "BH": 196,
        "BI": 199,
        "BJ": 199,
        "BK": 199,
        "BL": 200,
    }
    quotes |= {"BM": 241, "BN": 223, "BO": 211, "BP": 184, "BQ": 232, "BR": 237, "BS": 207}
    quotes |= {"BT": 237, "BU": 225, "BV": 236, "BW": 239, "BX": 231, "BY": 235, "BZ": 226}
    quotes |= {"CA": 226, "CB": 233}
    quotes |= {
        "CC": 237,
        "CD": 226,
        "CE": 220,
        "CF": 231,
        "CG": 216,
        "CH": 229,
        "CI": 230,
        "CJ": 236,
    }
    quotes |= {"CK": 234, "CL": 218, "CM": 224, "CN": 226}
    quotes |= {"CO": 235, "CP": 236, "CQ": 231, "CR": 211}
    quotes |= {"CS": 228, "CT": 235, "CU": 237, "CV": 230}
    quotes |= {"CW": 229, "CX": 231, "CY": 227, "CZ": 236}
    quotes |= {"DA": 235, "DB": 226, "DC": 239, "DD": 237}
    assert {name: sum(len(pairs) for _, pairs in SUITES[name]) for name in SUITES} == quotes
    assert len(CASES) == sum(quotes.values())
    for suite, number, fragment in _KNOWN_MISSES:
        assert fragment in dict(SUITES[suite][number - 1][1])


_SUMMARIES: dict[str, object] = {}


def _summary(story: str):
    if story not in _SUMMARIES:
        _SUMMARIES[story] = summarize(story, model="offline")
    return _SUMMARIES[story]


def _is_speaker(actor, speaker: str | None) -> bool:
    """Whether the actor given a quote is the one the story names: None for nobody, a name, or
    "~noun" for someone only described ("a local resident" is "~resident")."""
    if speaker is None or actor is None:
        return speaker is None and actor is None
    if speaker.startswith("~"):
        words = {word.removesuffix("s") for word in re.findall(r"[a-z]+", actor.name.lower())}
        return all(w.removesuffix("s") in words for w in speaker[1:].lower().split())
    return name_key(speaker) in {name_key(n) for n in [actor.name, *actor.aliases]}


@pytest.mark.parametrize(("story", "fragment", "speaker"), CASES)
def test_each_quote_is_found_with_its_speaker(story: str, fragment: str, speaker: str | None):
    summary = _summary(story)
    quote = next((q for q in summary.quotes if fragment in q.text), None)
    assert quote is not None, f"quote not found: {fragment!r}"
    actor = summary.actor(quote.speaker) if quote.speaker else None
    name = actor.name if actor else None
    assert _is_speaker(actor, speaker), f"{fragment!r}: {name!r} instead of {speaker!r}"
