"""Who said it: from the local mention of a speaker to the entity and the party behind it.

A statement names its speaker the way the sentence does: "he", "Putin", "the Russian leader",
"Senior State Department sources". This module resolves that mention within the article:
surnames and titles to the full name the article introduced ("Russian President Vladimir
Putin" -> "Vladimir Putin"), pronouns to the last speaker whom they can name ("she" is not
someone the article calls "Mr." or whose given name is a man's; "it" and "they" go to the
institution or group the previous sentence talks about), descriptions through the titles and
appositions the article gives ("the senator" is "Sen. Ted Cruz", "the Times" the New York Times),
and every speaker to a party through the actor registry or,
where the registry is silent, the demonyms and institutions in the speaker's description. Those
who speak for a person ("aides to Putin") are not that person but stand for their party.
"""
from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice
from pathlib import Path
from typing import Iterator, NamedTuple

from . import config
from .actors import UNMAPPED, Actor, Actors
from .text import abbreviations, ARABIC_ARTICLE, CAPITALS, grammar_words, NICKNAME, read_lexicon, sentences, us_states

RELATIVE = grammar_words()["relative_pronouns"]
# The name a relative pronoun refers back to: "Mr. Sanders, who said ...", "Sen. Ted Cruz of Texas, who"
_ANTECEDENT = re.compile(  # within a line: not "… ISIL.\n\nGraham, who"
    r"((?:[A-Z][\w\u2019'.\-]*[^\S\n]+(?:of[^\S\n]+)?)*[A-Z][\w\u2019'.\-]*)\s*(?:\([^)]*\))?\s*,?\s*$")
# ... or, for "who", the name before an apposition: "Sen. Dianne Feinstein of California, the ranking
# Democrat on the Senate Intelligence Committee, who said"
_NAME_BEFORE_APPOSITION = re.compile(
    r"((?:[A-Z][\w\u2019'.\-]*[^\S\n]+)*[A-Z][\w\u2019'.\-]*)(?:[^\S\n]+of[^\S\n]+[A-Z][\w.\-]*)?,"
    r"(?:[^\S\n]+\d{1,3},)?[^\S\n]+(?:the|a|an)[^\S\n][^,\n]{1,80},\s*$")  # "Oleksandr, 43, a soldier …, who"
PERSONAL = grammar_words()["personal_pronouns"]
MASCULINE = grammar_words()["masculine_words"]
FEMININE = grammar_words()["feminine_words"]
_PRONOUNS = grammar_words()["pronouns"]
COLLECTIVE = grammar_words()["collective_pronouns"]
LEADER_WORDS = grammar_words()["leader_words"]
NAME_SUFFIXES = grammar_words()["name_suffixes"]
ROLE_MODIFIERS = grammar_words()["role_modifiers"]
PAST_ROLE_WORDS = grammar_words()["past_role_words"]

_WORD = re.compile(r"\w+")
# Capitalised words closing a mention after a preposition ("Aides to Clinton", "Secretary of State John Kerry")
_OBJECT_OF = re.compile(r"\b(about|against|at|for|in|of|to|with)\s+"
                        r"((?:[A-Z][\w.\u2019'\-]*\s+)*[A-Z][\w\u2019'\-]*)$")
_MENTION_WORD = re.compile(r"[\w\u2019'\-]+")
# Those who speak for someone, and whom they speak for: "Putin's spokesman", "Biden's national
# security adviser", "the Biden administration", "an aide to President Zelensky", "the office of
# Benjamin Netanyahu"
_AGENTS = "|".join(sorted(grammar_words()["agent_nouns"], key=len, reverse=True))
_SPOKEN_FOR = re.compile(
    rf"((?!(?:A|An|Another|One|The)\s)(?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*)(?:[\u2019']s?)?\s+(?:[a-z][\w\-]*\s+){{0,3}}?"
    rf"(?:{_AGENTS})\b"
    rf"|\b(?i:{_AGENTS})\s+(?:to|for|of)\s+((?:the\s+)?(?:[A-Z][\w.\-]*\s+)*[A-Z][\w\-]*)")
_THE = re.compile(r"(?i)the\s")
_LEADER_LAST = re.compile(rf"(?i:{'|'.join(LEADER_WORDS)}|prime\s+minister)$")  # the description ends with the leader
_OWNED_BY_NAME = re.compile(r"(?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*[\u2019']s\s")  # "Ukraine's president"
# "Its spokesman", "their negotiators", "The group's political bureau chief"
_OWNED_AGENT = re.compile(rf"(?i:(its|their|his|her)|the\s+({'|'.join(grammar_words()['organisation_nouns'])})"
                          rf"[\u2019']s)\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?:{_AGENTS})\b")
# ... or for the one a noun names again: "A spokesman for the group"
_AGENT_OF_ORGANISATION = re.compile(rf"\b(?i:{_AGENTS})\s+(?:to|for|of)\s+the\s+"
                                    rf"({'|'.join(grammar_words()['organisation_nouns'])})$")
# Someone who speaks for a leader: "the Belarusian leader's press office"
_LEADERS_AGENT = re.compile(rf"\b(?:{'|'.join(LEADER_WORDS)}|minister)[\u2019']s\s+"
                            rf"(?:[a-z][\w\-]*\s+){{0,3}}?(?:{_AGENTS})\b")
# A subject's finite verb, as a sentence opening with the subject goes on ("Zelensky himself struck")
# a verb in the present only after an apposition: "His wife, Suha, 52, keeps a folder"
_SUBJECT_VERB = (r"(?:\s+(?:himself|herself|itself|also|later|then|again|first|now))?\s+"
                 r"(?:[a-z]+ed|(?<=,\s)[a-z]{2,}[^s\W]s|is|was|has|had|will|would|can|could|does|says|said|told|put|"
                 + "|".join(sorted(grammar_words()["irregular_past"])) + r")\b")
# Capitalised words opening a sentence, then its verb: "Ukrainian President Volodymyr Zelenskyy visited",
# also after a description and a comma ("Israel's defense minister, Israel Katz, was") or a role's words
# ("Taiwanese influencer Holger Chen"), and past an age, a description or an adverb set off by commas
# ("Petro, 70, was", "Umerov, a former defence minister, struck", "Holger Chen, known for his gym videos,
# shared", "Nawrocki, however, was")
_DESCRIPTION_BEFORE = (r"(?:[A-Z][^,;\u201c\u201d\"]{0,60}?,\s+"
                       r"|(?!(?:A|An|The|But|And|As|If|When|While)\s)[A-Z][\w\-]*(?:[\u2019']s)?\s+"
                       r"(?:(?!(?:a|an|and|at|by|for|from|in|of|on|the|to|with)\s)[a-z][\w\-]*\s+){1,3}"
                       r"(?=[A-Z][\w.\-]*\s+[A-Z])"
                       r"|(?:His|Her|Their)\s+[a-z]+\s+(?=[A-Z][\w\-]*,)"  # "Her friend Malik, a fisherman,"
                       # "One of the detainees, a 27-year-old former barber named Jose,"
                       r"|(?:[A-Z][^,;\u201c\u201d\"]{0,60}?,\s+)?an?\s+(?:[\w\-]+\s+){0,4}?named\s+(?=[A-Z]))")
# A line opening with a name and a colon, a role's words before it: "Kremlin spokesman Dmitry Peskov: …"
_NAME_LABEL = re.compile(rf"(?:[A-Za-z][\w\-]*\s+){{0,3}}?([{CAPITALS}][\w\-]+\s+[{CAPITALS}][\w\-]+):\s")
# Where a ministry's spokesperson briefs, opening the sentence: "In Moscow, ", "At a regular briefing in Beijing on
# Friday, "
_BRIEFED_IN = re.compile(r"(?:In|At\s+(?:a|an|the|his|her)\s+(?:[a-z\-]+\s+){0,2}(?:briefing|news\s+conference|press\s+"
                         r"conference)\s+in)\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)(?:\s+on\s+\w+)?,\s")
_MINISTRY_ROLE = re.compile(r"(?i)\bministry\b|\bspokes(?:man|woman|person)\b")
_HIS_PARTY = re.compile(r"([Hh]is|[Hh]er)\s+party")
# a political party a description names: "the leader of the Coalition for Change", "of the opposition People’s
# Movement of Serbia"
_PARTY_OF = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:(?:opposition|ruling|governing)\s+)?"
                       r"((?:[A-Z][\w\u2019'\-]*\s+(?:(?:of|for|and)\s+)?)*?"
                       r"(?:[A-Z][\w\u2019'\-]*\s+)*(?:Party|Movement|Coalition|Alliance|Front|Congress|League|Bloc)"
                       r"(?:\s+(?:of|for)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?)")
_LINE_BULLET = re.compile(r"[\u2014\u2013\u2022\u25aa\u00b7*-]+\s+")  # a list's or a newsletter's bullet
_AGE_BEFORE = r"\d{1,3}-year-old\s+"  # "Back in Batumi, 19-year-old Ana carried …"
# "(R-Utah)", "of Mississippi", then "Petro, 70", then a description
_APPOSITION_AFTER = (r"(?:\s+\([^()\n]{1,30}\)|\s+of\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?"
                     r"|\s+of\s+the\s+(?:[a-z]+\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}(?:\s+party)?)?"
                     r"(?:,\s+\d{1,3}(?=,))?"
                     r"(?:,\s+(?:a|an|the|who|whom|whose|known|head|chief|one\s+of|[A-Z][\w\-]*[\u2019']s|"
                     r"(?:[a-z]+\s){0,2}[a-z]+(?:ed|ing|man|woman|er|or|ist|ent|ant))\s"
                     r"[^;\u201c\u201d\"]{0,80}?,|,\s+(?:[a-z]+ly|however|too|meanwhile|though|at\s+one\s+point|"
                     r"for\s+(?:his|her|their|its)\s+part|in\s+turn|in\s+response|at\s+times),|,(?=\s[a-z]))")
_OPENING_NAME = re.compile(rf"{_DESCRIPTION_BEFORE}?(?:{_AGE_BEFORE})?"
                           rf"((?:[{CAPITALS}][\w.\-]*\s+){{0,5}}(?:{ARABIC_ARTICLE})?"
                           rf"[{CAPITALS}][\w\-]*)"
                           rf"{_APPOSITION_AFTER}?"
                           + _SUBJECT_VERB
                           # or owning what the sentence is about: "Putin's own view, as he told a forum, is …"
                           + r"|(?:In\s[^,]{1,40},\s+)?((?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w\-]*)[\u2019']s\s+"
                           + rf"(?:own\s+)?(?!(?:{_AGENTS})\b)[a-z]+\b")
# A dateline opening the story with a city in capitals, and maybe its country: "ISLAMABAD —", "ADDIS ABABA,
# Ethiopia (AP) —", "KYIV:"
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2})(?:,\s+([A-Z][\w.]+(?: [A-Z][\w.]+)?))?"
                       r"\s*(?:\([^)\n]{1,30}\)\s*)?[\u2014\u2013:-]\s")
# titles of a government's offices, as written before a name ("a company's president" is none)
_STATE_OFFICES = frozenset({"President", "Prime", "Premier", "Minister", "Chancellor"})
_AGED = re.compile(r",\s+\d{1,3},")  # "Yevhen, 23, a student …": a person named by one name
_WHO_AFTER = re.compile(r",\s+whom?\s")  # "Reagan, whom today's Republicans claim to revere, understood"
_VERB_AFTER_COMMA = re.compile(r",\s+(?:\w+\s+)?\w+")  # "Israel Katz, was", "Israel Katz, also said"
# An organisation opening a sentence as its subject: "The Kremlin has …", "The Department of Education
# has …", "The conservative publication has …", also past a description or a relative clause
_ORGANISATION_WORDS = grammar_words()["organisation_heads"] | grammar_words()["organisation_nouns"]
_ORGANISATION_NOUNS = "|".join(sorted(_ORGANISATION_WORDS))
# An organisation, a past verb and its object right before "it said": "the U.S. military struck a boat it said …"
_ACTED_ON_BEFORE = re.compile(
    r"((?:[Tt]he\s+)?(?:[A-Z][\w.\-]*\s+){0,3}(?:[A-Z][\w.\-]*|(?:%s)))\s+(?:[a-z]+ed|%s)\s+"
    r"(?:a|an|the|two|three|several|\d+)\s+[^,;.\u201c\u201d\"]{1,60}\s$"
    % (_ORGANISATION_NOUNS, "|".join(sorted(grammar_words()["irregular_past"]))))
_OPENING_ORGANISATION = re.compile(
    r"(?:[Tt]he\s+)?(?:((?:[A-Z][\w.&\-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}[A-Z][\w\-]*)"
    rf"|(?<=he )((?:[a-z\-]+\s+){{0,2}}(?:{_ORGANISATION_NOUNS})))"
    r"(?:,\s+(?:a|an|the|whose|which)\s+[^,;\u201c\"]{1,80},)?" + _SUBJECT_VERB)  # "Japan, whose islands …, lodged"
# with no one named as theirs: "a spokesman", "the press secretary"
_BARE_SPOKESPERSON = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:spokes(?:man|woman|person)|press\s+secretary)$")
_QUOTED_BY = re.compile(r"((?:[\w.\-]+[\u2019']?s?\s+){1,6})(?:quoted|cited)\s+$")  # "Iranian state TV quoted "
_STATE_OUTLET = re.compile(rf"(?<![\w\-])(?:{'|'.join(sorted(grammar_words()['state_media_words']))})(?![\w\-])")
_MINISTER_OF = re.compile(r"\b(?!Prime\s)([A-Z][a-z]+)\s+[Mm]inister\b")  # "Defence Minister": of the defence ministry
# "the head of the presidential office": the organisation a role is of
# A sentence opening with an organisation: "China's defence ministry", "The PLA Southern Theater Command"
_ORGANISATION_OPENING = re.compile(rf"(?:The\s+)?(?:[A-Z][\w\-]*(?:[\u2019']s)?\s+){{1,4}}(?:[a-z\-]+\s+){{0,2}}?"
                                   rf"(?i:{_ORGANISATION_NOUNS})\b")
# A name that may be an organisation's: "ICRC", "Palestine Solidarity Committee", "Council on Foreign Relations"
_ORGANISATION_NAMED = re.compile(r"\b[A-Z][\w\-]*(?:(?:\s+(?:of|for|on|and|the))*\s+[A-Z][\w\-]*)*")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_PLACE_BEFORE = re.compile(r"\b(?:at|in|from|to|near|outside|inside|on)\s+(?:the\s+)?$")
_ANY_ORGANISATION_NOUNS = frozenset({"group", "organisation", "organization", "charity", "coalition", "agency"})
_OF_AN_ORGANISATION = re.compile(
    rf"\b(?:of|for)\s+the\s+((?:[a-z\-]+\s+){{0,2}})({_ORGANISATION_NOUNS})\b(?![\u2019'])")
_QUESTION_TURNS = grammar_words()["question_turns"]
_ORGANISATION_HEADS = grammar_words()["organisation_heads"]
_UTTERANCE_NOUNS = frozenset(read_lexicon("utterance_nouns.txt"))
# An unnamed source named again: "the official", "the senior diplomat", "the sources"
_SOURCE_AGAIN = re.compile(r"(?i:the)\s+(?:[a-z\-]+\s+){0,2}?([a-z]+)$")
# Words that follow the head of a noun phrase ("a source close to him", "officials familiar with")
_AFTER_THE_HEAD = grammar_words()["prepositions"] | RELATIVE | {"close", "familiar", "that"}
# One unnamed person as a speaker's mention: "A senior U.S. official", "a doctor at the hospital"
_ONE_UNNAMED = re.compile(r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w.\-]+\s+){0,4}?([a-z]+)"
                          r"(?:\s+(?:at|in|of|for|with|from|to|close|familiar|who|on)\b.*)?$"
                          # or, after "the", one described by whom they speak for ("representative of France")
                          # or by the noun alone ("The official, who …, said"), where it names no one in full
                          r"|([a-z]+)(?:\s+(?:of|for)\s.*)?$"
                          # or by whose they are: "Qatar’s prime minister"
                          r"|[A-Z][\w.\-]*[\u2019']s\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z]+)$")
_UNNAMED_PERSONS = grammar_words()["unnamed_persons"]
_MEMBER_NOUNS = grammar_words()["member_nouns"]
_HE_OR_SHE = re.compile(r"(?i:s?he)\b")
# "a senior German official in Berlin": one unnamed person described, with the place they are in
# (not in an apposition: "The former secretary of state, a lawyer to her core, excels")
_UNNAMED_DESCRIPTION = (rf"(?:[Aa]n?|[Aa]nother)\s+(?:(?!(?:in|of|at|from|to|for|with|and|or)\s)[\w.\-]+\s+){{0,3}}?"
                        rf"(?:{'|'.join(sorted(_UNNAMED_PERSONS))})(?![\w\-])"
                        r"(?:\s+(?:in|at|from)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)?")
_UNNAMED_IN_CLAUSE = re.compile(_UNNAMED_DESCRIPTION)
# ... whom someone spoke to or met: "When I spoke to a senior German official in Berlin"
_MET_UNNAMED = re.compile(r"\b(?:to|with|asked|met|interviewed|visited)\s+(" + _UNNAMED_DESCRIPTION + ")")
# One of a group that has just spoken: "One official", "another senior diplomat"
_ONE_OF_THEM = re.compile(r"(?i:one|another|a second|a third|the other)\s+(?:[a-z\-]+\s+)?([a-z]+)$")
# "Mr. Schmidt", "Mrs. Hillary Clinton": an honorific and the surname it goes with (the capital
# first lets the regex engine skip to the next "M"; the word must start there, which is checked after)
HONORIFIC_SEX = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_HONORIFIC = re.compile(r"(M(?:rs|r|s|iss))\b\.?\s+(?:[A-Z][\w\-]*\s+){0,2}([A-Z][\w\-]*(?:[\u2019'][A-Z][\w\-]*)?)")  # "O’Brien", not "Trump’s"
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|an?|An?)\s+")
# "the group", "the ministry", "the militant group": an organisation that has just spoken or been named
_ORGANISATION_AGAIN = re.compile(rf"(?i:the)\s+((?:[a-z\-]+\s+|[A-Z][\w.\-]*-based\s+){{0,2}})"
                                 rf"(?:{'|'.join(grammar_words()['organisation_nouns'])})$")
# "the International Atomic Energy Agency (IAEA)": a capitalised name and its abbreviation in brackets
_SHORT_FORM = re.compile(r"\b([A-Z][\w.&\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w.&\-]*)+)"
                         r"\s+\(([A-Z][A-Z0-9&]{1,9})\)")
# An institution's description between commas after its name, and the place it is based in, which is no side
# ("ISW, a Washington-based think tank,")
_INSTITUTION_DESCRIBED = re.compile(r",\s+(?:the|a|an)\s+([^,;.]{3,80}),")
_CAPITALS = re.compile(r"[A-Z]+")
_APOSTROPHE_S = re.compile(r"([\u2019'])S\b")
_ALSO_NAMED = {"army": {"army", "military"}, "military": {"military", "army"}}  # one organisation, two nouns
# nouns by which news names again an outlet, or a company, whose one-word name may have been taken for a person's
_OUTLET_NOUNS = frozenset({"paper", "newspaper", "daily", "tabloid", "channel", "broadcaster", "network", "outlet"})
_RENAMING_NOUNS = _OUTLET_NOUNS | {"company", "firm"}
# A US party's member: the words that name one, and those that make one the other party's
_PARTY_MEMBERS = {"republican": ({"gop"}, {"democrat", "democratic", "d"}),
                  "democrat": ({"democratic"}, {"republican", "gop", "r"})}
# Roles that are someone else's or one of many: "the spokesman", "the RNC member" is not the person named before
_AGENT_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "host", "member"})
_OWNED = re.compile(r"[\u2019']s\b")  # "the prime minister’s spokesman" is no prime minister
_OUTLET_NAME_ENDS = frozenset({"Times", "Post", "Journal", "News", "Daily", "Herald", "Tribune", "Telegraph",
                               "Guardian", "Gazette", "Globe", "Mail", "Express", "Standard", "Inquirer", "Observer",
                               "Chronicle", "Review", "Today", "Television", "TV", "Radio"})
_STATE_BODIES = frozenset({"army", "military", "navy", "police", "government", "ministry", "junta"})
_BASED_IN = re.compile(r"\b[\w.\-]+-based\b")
_SPEAKS_FOR_NAMED = re.compile(r"\b(?:for|of)\s+[A-Z][\w\-]*$")  # "A spokesperson for Cogat", before its description
_FIRST_QUESTION = re.compile(r"^Q:\s", re.MULTILINE)  # an interview's first question
_AGE_REACH = 3  # sentences back to the person an age describes
# "the 34-year-old", "the 34-year-old mother", "the 36-year-old Burkinabe leader", "the 68-year-old guerrilla leader"
_AGE_DESCRIBED = re.compile(r"(?i:the)\s+\d{1,3}-year-old(?:\s+[A-Z][\w\-]*)?(?:\s+(?!former\b)[a-z]+)?"
                            r"(?:\s+([a-z]+))?$")
_NAMED_BY_NOUN_REACH = 3000  # characters: a few paragraphs back, which keeps the search linear in the article
_ONE_NAME_AFTER = re.compile(r"((?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[Tt]he)\s[^,]{2,60}),\s+([A-Z][a-z][\w\-]*)$")
_DESCRIBED_AFTER = re.compile(r",\s+(?:(?:a|an|another|the)\s.*|\d{1,3}(?:,.*)?)$")  # ", a Republican", ", 46"
# "Russia's state-run RIA Novosti", "Iran's semi-official Tasnim news agency", "Russian news agency
# Interfax": the outlet's name
_OUTLET_NAMED = re.compile(rf"\b(?:{'|'.join(grammar_words()['outlet_modifiers'])})\s+([A-Z].*)$"
                           rf"|\b(?:{'|'.join(grammar_words()['outlet_nouns'])})\s+([A-Z][^,]*)$")
_COMPANY_NAMED = re.compile(rf"\b(?:{'|'.join(grammar_words()['company_nouns'])})\s+([A-Z][^,]*)$")
_GROUP_NAMED = re.compile(r"\b(?:charity|group|organi[sz]ation|coalition|movement|alliance|media)\s+([A-Z][^,]*)$")
_GROUP_NOUN = re.compile(r"\s+(military|government|officials|forces|troops|leaders|authorities)\b")
# "J." in "Donald J. Trump", but not "S." in "U.S."; the capital first lets the regex engine skip to the next one.
_NAME_TOKEN = rf"[{CAPITALS}](?:(?<![\w.][A-Z])\.(?= [A-Z])|[\w\u2019'\-]*+)"
# Runs of two or more capitalised words ("Russian President Vladimir Putin", "Bank of America"):
# a full name has at least two, and most capitalised words stand alone ("The", "Putin"). The
# quantifiers never give back what they took (a word or a space could not help the next part
# match), which spares the engine retrying every shorter word after each lone capitalised one.
MAX_NAME_WORDS = 4  # "Luther Stan Pate IV"
_INITIAL = re.compile(r"(?:[A-Z]\.)+$")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")  # "U.N.", "U.S."
# "H.W." inside a name ("George H.W. Bush")
_INITIALS = r"[A-Z](?:\.[A-Z])+\.(?= [A-Z])"
# and opening one ("J.D. Vance"; "U.S." opening a run is left out of the name later), the capital first as above
_FIRST_TOKEN = rf"[{CAPITALS}](?:(?:\.[A-Z])+\.(?= [A-Z])|(?<![\w.][A-Z])\.(?= [A-Z])|[\w\u2019'\-]*+)"
# Initials between a word and a surname
_MIDDLE_INITIALS = re.compile(r"(\w+) (?:[A-Z]\.)+(?= [A-Z])")
_AND = re.compile(r"\s+and\s+")
_LIST_PARTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")  # "Ben Carson, Ted Cruz and Rand Paul"
_OWNER_OF_PERSON = re.compile(r"^(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*(?:[\u2019']s|s[\u2019'])\s+(?=[A-Z])")
_GAP = r"[ \t\u00a0]++"  # a name never runs over a line: a line is a paragraph
# An Arabic article joined to a surname ("Bashar al-Assad", "Abdel Fattah el-Sisi"); "Assad" alone names him too
_ARTICLE_SURNAME = ARABIC_ARTICLE + r"[A-Z][\w\u2019'\-]*+"
_ARTICLE_SURNAME_WORD = re.compile(_ARTICLE_SURNAME)
_NICKNAME = NICKNAME + "(?= [A-Z])"
_CAP_RUN = re.compile(rf"{_FIRST_TOKEN}(?:{_GAP}(?:(?:of|for|and|da|de|del|dos|du|la|van|von|der|al|bin|ibn)"
                      rf"{_GAP}){{0,2}}(?:{_INITIALS}|{_NAME_TOKEN}|{_ARTICLE_SURNAME}|{_NICKNAME}))+")
_QUOTED_NICKNAME = re.compile(_NICKNAME)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lexicon("titles.txt"))


class _AccentBlind(dict):
    """A dict of names that finds a name written with accents under its plain form ("María": Maria)."""

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or (isinstance(name, str) and not name.isascii()
                                                 and dict.__contains__(self, _without_accents(name)))

    def __missing__(self, name: str) -> str:
        plain = _without_accents(name)
        if plain == name:
            raise KeyError(name)
        return self[plain]

    def get(self, name: str, default: str | None = None) -> str | None:
        return self[name] if name in self else default


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name -> "m" or "f", for the names borne almost only by one sex (lexicons/given_names.csv)."""
    return _AccentBlind((name, row["sex"]) for row in csv.DictReader(read_lexicon("given_names.csv"))
                        for name in row["names"].split())


@lru_cache(maxsize=1)
def _role_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(read_lexicon("person_roles.csv")))


@lru_cache(maxsize=1)
def person_roles() -> dict[str, frozenset[str]]:
    """A word of a description, in lower case -> the roles it gives ("sen": senator and lawmaker;
    "candidate": candidate), from lexicons/person_roles.csv."""
    roles: dict[str, set[str]] = defaultdict(set)
    for row in _role_rows():
        for word in [row["role"], *row["written"].split()]:
            roles[word.lower()].add(row["role"])
    return {word: frozenset(given) for word, given in roles.items()}


# The offices of foreign affairs, whose holders are diplomats: "Foreign Minister", "Foreign Ministry
# spokeswoman", "Secretary of State"
_FOREIGN_OFFICES = frozenset({"minister", "spokesman", "spokeswoman", "secretary"})


def roles_in(words: list[str]) -> set[str]:
    """The roles a description gives: "Texas Sen." gives "senator" and "lawmaker", "Vice President"
    "vice president", "former Florida Gov." "former governor"."""
    lowered = [w.lower().rstrip(".") for w in words]
    return {role for i, word in enumerate(lowered) for role in _roles_at(lowered, i, person_roles().get(word, ()))}


def _roles_at(lowered: list[str], i: int, roles) -> Iterator[str]:
    """``roles`` given by the word ``lowered[i]``, with the modifier before it that makes each another role."""
    prefix = "former " if not PAST_ROLE_WORDS.isdisjoint(lowered[:i]) else ""
    if i and lowered[i - 1] in ROLE_MODIFIERS:
        prefix += lowered[i - 1] + " "
    return (prefix + role for role in roles)


@lru_cache(maxsize=1)
def _titled_surname() -> re.Pattern:
    """"President Obama", "Texas Sen. Cruz": a title that gives a role (and the capitalised words
    before it), then a surname with no other name after it."""
    titles = sorted({word for row in _role_rows() for word in row["written"].split()})
    return re.compile(rf"((?:[A-Z][\w\u2019'\-]*[ \t]+){{0,2}}(?:{'|'.join(titles)})\b\.?[ \t]+)"
                      rf"([A-Z][\w\-]+)\b(?![ \t]+[A-Z])")


@lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    return frozenset(read_lexicon("institution_words.txt"))


@lru_cache(maxsize=1)
def _news_outlets() -> frozenset[str]:
    return frozenset(read_lexicon("news_outlets.txt"))


def default_actors() -> Actors:
    """The registry in ``data/``, read again when one of its files changes: a user may edit it
    while a notebook's kernel keeps running."""
    return _registry_as_of(*((path, _file_stamp(path)) for path in (config.ACTORS_FILE, config.PARTIES_FILE)))


def _file_stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None  # reading it then names the file and the problem
    return stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=1)
def _registry_as_of(actors: tuple[Path, object], parties: tuple[Path, object]) -> Actors:
    return Actors.load(actors[0], parties[0])


@dataclass
class Person:
    """A person the article names with at least a first and last name."""

    name: str
    positions: list[int] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    party: str = UNMAPPED

    @cached_property
    def surname(self) -> str:
        return surname_of(self.name)

    def last_named_before(self, end: int) -> int:
        """Where the article last names this person before ``end`` (-1 if it does not): the
        positions are in reading order."""
        i = bisect.bisect_left(self.positions, end)
        return self.positions[i - 1] if i else -1


# A US lawmaker's party and state after their name: "Sen. John Cornyn (R-Texas)", "Rep. Raul Grijalva, D-Ariz.,",
# "Marjorie Taylor Greene, Republican of Georgia,"
_PARTY_AND_STATE_TAG = re.compile(r"\s*\(([RDI])[-\u2013]([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\)"
                                  r"|,\s([RDI])-([A-Z][\w.]*(?:\s[A-Z][\w.]*)?),"
                                  r"|,\s+(Republican|Democrat|Independent)\s+of\s+([A-Z][\w]*(?:\s[A-Z][\w]*)?)"
                                  r"(?=[,.;)]|\s*$)")
_US_PARTIES = {"R": "Republican", "D": "Democrat", "I": "independent"}
# ... or before the title of a US office: "Texas Sen. Ted Cruz", "Georgia Gov. Brian Kemp", "Democratic Rep. Ro Khanna"
_US_OFFICE_BEFORE = re.compile(r"(?:\b(?:Democratic|Republican|GOP)|%s)\s+(?:Sens?\.|Reps?\.|Gov\.|Senator|"
                               r"Representative|Governor|Congressman|Congresswoman)$"
                               % "|".join(re.escape(state) for state in sorted(us_states(), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    """A US state's AP abbreviation or name -> its name ("Ariz." -> "Arizona"): each name comes before its
    abbreviations in us_states.txt."""
    names, name = {}, ""
    for form in read_lexicon("us_states.txt"):
        name = name if form.endswith(".") else form
        names[form] = name
    return names
# "ambassador to Israel", "envoy to the United Nations", "a diplomat in Kyiv": where someone is sent, not
# whom they stand for
_POSTING = (rf"\b((?i:{'|'.join(grammar_words()['envoy_nouns'])}))(?:\s+of\s+the\s+[A-Z][\w\-]*)?"  # "Envoy of the UN"
            r"\s+(?:to|in|for)\s+(?:the\s+)?")
_POSTED_TO = re.compile(_POSTING + r"(?:[A-Z][\w.\-]*\s*)+")
_POSTED_BEFORE = re.compile(_POSTING + "$")  # "U.S. Ambassador to " before a name
# "South Korean-born", "born in Russia": where someone was born is not whom they stand for either,
# nor what they work on ("a former adviser on Syria")
_BORN_IN = re.compile(r"(?:[A-Z][\w.]*\s+)*[A-Z][\w.]*-born\b|\bborn\s+in\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s*)+")
# nor where they are held ("hostages held in Gaza")
_HELD_IN = re.compile(r"\b(?:held|detained|captive|trapped|stranded|missing|jailed|imprisoned)\s+in\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.\-]*\s*)+")
# Those who back or oppose a country or organisation from outside it: "Ukraine's allies", "partners of
# Israel", "Kremlin critic Alexei Navalny", "opponents of Hamas" (but "NATO allies" are NATO's members)
_OPPONENT_NOUNS = grammar_words()["opponent_nouns"]
_OUTSIDER_NOUNS = grammar_words()["backer_nouns"] | _OPPONENT_NOUNS
_OUTSIDERS = "|".join(sorted(_OUTSIDER_NOUNS))
_OUTSIDERS_OF = re.compile(
    rf"((?!(?:A|An|Another|One|The)\s)(?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*)"
    rf"(?:[\u2019']s?\s+(?:[\w\-]+\s+)?(?:{_OUTSIDERS})|\s+(?:{'|'.join(sorted(_OPPONENT_NOUNS))}))\b"
    rf"|\b(?i:{_OUTSIDERS})\s+of\s+((?:the\s+)?(?:[A-Z][\w.\-]*\s*)+)")
_BACKED_BY = re.compile(r"\b[A-Z][\w.]*-(?:backed|funded|supported|sponsored|allied|aligned|armed|trained)\b")
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+(?:ed|ing)\b.*$")  # "… based on official figures"
_WORKS_ON = re.compile(r"\b(?:on|about)\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s*)+"
                       r"|\bbetween\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s*)+(?:and\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s*)+)?")
_ROLE_ON_A_TOPIC = re.compile(r"\s(?:project|programme|program|desk|analyst|expert|researcher|specialist|scholar)")
# a country's name, not its adjective, before a role on it: "Iran project director", "a Russia expert" (but "an
# Iranian analyst" is Iranian)
_TOPIC_OF_ROLE = re.compile(r"\b[A-Z][\w\-]*(?<!ian)(?<!ean)(?<!ese)(?<!ish)(?<!ican)(?<![a-z]i)\s+"
                            r"(?=(?:project|programme|program|desk|analyst|expert|researcher|specialist|scholar)s?\b)")
# a place a body's affairs are about ("the Taiwan Affairs Office"); India's Ministry of External Affairs names none
_AFFAIRS_OF = re.compile(r"\b(?!External\s)[A-Z][\w.\-]*\s+Affairs\b")
# "Russian opposition leader", "Syrian rebels", "a Haitian gang": a country's people outside or against its state
_OUTSIDE_THE_STATE_WORDS = grammar_words()["outside_the_state"]
_OUTSIDE_THE_STATE = re.compile(rf"(?<![\w\-])([A-Z]\w*)((?:[\u2019']s)?\s+(?:[a-z][\w\-]*\s+){{0,3}}?"
                                rf"(?:{'|'.join(sorted(_OUTSIDE_THE_STATE_WORDS))})\b)")
# The name of a think tank or university is no side: "Bonnie Glaser of the German Marshall Fund", "the Center
# for American Progress"; nor is an association's "of America" ("Concerned Women for America")
_INDEPENDENT_BODIES = grammar_words()["independent_bodies"]
_INDEPENDENT_BODY = re.compile(rf"(?:[A-Z][\w.\-]*\s+)*(?:{'|'.join(sorted(_INDEPENDENT_BODIES))})\b"
                               # and where it is: "the Middle East Institute in Washington"
                               r"(?:\s+(?:for|of|in)\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s*)+)?"
                               r"|(?:[A-Z][\w.\-]*\s+)*(?!States\s)[A-Z][\w.\-]*\s+(?:for|of)\s+America\b")


def party_described(phrase: str, actors: Actors) -> str:
    """The party a description names ("Russia's UN envoy": Russia), not counting where it says
    someone is sent, was born, is based or what they work on ("the then ambassador to Israel", "Russian-born",
    "an adviser on Syria" name no party), nor a country or organisation others back ("Ukraine's
    allies" are other countries; "Putin's allies" are his camp, see ``party_spoken_for``). A group
    that is a party of its own stands for itself, not for its country ("Lebanon's Hezbollah"). One who
    represents a party stands for it, whatever their nationality ("a British lawyer representing Gambia")."""
    if (" for " in phrase or "represent" in phrase or " behalf " in phrase) \
            and (acting := _REPRESENTING.search(phrase)) is not None \
            and (party := actors.party_named_in(acting.group(1))):
        return party
    phrase = _without_other_sides(phrase, actors)
    owned = _COUNTRYS_GROUP.search(phrase) if "s " in phrase else None
    if owned is not None and (party := actors.party_named_in(owned.group(2))) in actors.organisations:
        return party
    return actors.party_named_in(phrase)


# Acting for a party: "a British lawyer representing Gambia", "counsel for Ukraine", "on behalf of Israel"
_REPRESENTING = re.compile(r"\b(?:representing|on\s+behalf\s+of|(?:lawyer|attorney|counsel|agent)s?\s+for)\s+"
                           r"((?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})")
# "Yemen's Houthis", "Lebanon's militant Hezbollah movement": a group closing a country's possessive
_COUNTRYS_GROUP = re.compile(rf"[\u2019']s\s+((?:[a-z][\w\-]*\s+)?([A-Z][\w\-]*)"
                             rf"(?:\s+(?:{'|'.join(_MEMBER_NOUNS)}))?)$")
# A country's person named by surname, as headlines do: "Russia's Putin", "China's Xi", "Britain's Prince Harry", or an
# organisation's: "The IAEA’s Grossi"
_COUNTRYS_PERSON = re.compile(r"(?:The\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)[\u2019']s\s+"
                              r"((?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w\-]+)$")


# where one who speaks for an organisation has their office: "a spokesman for the IOM in Rome", "the group's
# spokeswoman in Italy"
_OFFICE_IN = re.compile(r"((?:\bfor\s+(?:the\s+)?[A-Za-z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}|[\u2019']s\s+"
                        r"(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|representative|director|coordinator)))"
                        r"\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?")


def _without_other_sides(phrase: str, actors: Actors) -> str:
    """``phrase`` without the places and parties in it that are not its subject's side: a posting, a
    birthplace, a base, a topic ("an adviser on Syria", "the Taiwan Affairs Office"), a country whose state they
    stand outside or against ("Russian opposition leader"), a backer of another party named ("Iran-backed
    Houthis"), and a country or organisation others back or oppose ("Ukraine's allies", "Kremlin critic"),
    not a person."""
    phrase = _POSTED_TO.sub(r"\1 ", phrase)
    if " on " in phrase or " about " in phrase or " between " in phrase:
        phrase = _WORKS_ON.sub(" ", phrase)  # "an adviser on Syria", "familiar with the talks between Iran and …"
    if _ROLE_ON_A_TOPIC.search(phrase):
        phrase = _TOPIC_OF_ROLE.sub("", phrase)
    if " Affairs" in phrase:
        phrase = _AFFAIRS_OF.sub(" ", phrase)  # "the Taiwan Affairs Office" is Beijing's
    if "born" in phrase:
        phrase = _BORN_IN.sub(" ", phrase)
    if "-based" in phrase:
        phrase = _BASED_IN.sub(" ", phrase)  # "The Vienna-based agency" is no Austrian's
    if " in " in phrase:
        phrase = _HELD_IN.sub(" ", phrase)  # "Families of hostages held in Gaza" are no Gazans
        phrase = _OFFICE_IN.sub(r"\1", phrase)  # "a spokesman for the IOM in Rome" speaks for the IOM
    if not _INDEPENDENT_BODIES.isdisjoint(phrase.split()) or " America" in phrase:
        phrase = _INDEPENDENT_BODY.sub(" ", phrase)
    if not _OUTSIDE_THE_STATE_WORDS.isdisjoint(phrase.lower().split()):
        def without_country(m: re.Match) -> str:  # but "Houthi rebels" are the Houthis
            return m.group() if actors.party_named_in(m.group(1)) in actors.organisations else m.group(2)
        phrase = _OUTSIDE_THE_STATE.sub(without_country, phrase)
    if "-" in phrase and (backer := _BACKED_BY.search(phrase)) is not None:
        rest = phrase[:backer.start()] + phrase[backer.end():]
        if actors.party_named_in(rest):  # "Iran-backed Houthi rebels", but "Russian-backed separatists" are Russia's
            phrase = rest
    if _OUTSIDER_NOUNS.isdisjoint(phrase.lower().split()):
        return phrase  # most descriptions name no backers or opponents: no need for the costlier search
    outside = _OUTSIDERS_OF.search(phrase)
    if outside is not None and actors.party_named_in(outside.group(1) or outside.group(2)):
        return phrase[:outside.start()] + phrase[outside.end():]
    return phrase


def party_spoken_for(phrase: str, actors: Actors, people: dict[str, Person]) -> str:
    """The party of the one ``phrase`` names someone as speaking for: "Putin's spokesman" and
    "an aide to Zelensky" stand for Russia and Ukraine (not "Putin's critics"); the one spoken for is
    a registered actor or a person the article names. "" when there is none."""
    phrase = _without_other_sides(phrase, actors)  # "Putin's envoy to Ukraine": Putin's
    for m in _SPOKEN_FOR.finditer(phrase):
        owner = _LEADING_THE.sub("", m.group(1) or m.group(2))
        actor = actors.actor(owner) or actors.actor(surname_of(owner))  # "President Zelensky": Zelensky
        if actor is not None and actor.type == "person" and actor.name not in people \
                and any(p.surname == surname_of(owner) for p in people.values()):
            actor = None  # "Johnson's spokesman" after "House Speaker Mike Johnson": not the registry's Boris Johnson
        party = actor.party if actor is not None else actors.party_named_in(owner)
        if not party:
            person = people.get(owner) or next(
                (p for p in people.values() if owner.endswith(p.surname) and p.party), None)
            party = person.party if person is not None else UNMAPPED
        if party:
            return party
    return UNMAPPED


def surname_of(name: str) -> str:
    """The last word of a name, or the one before a generational suffix ("Joseph Biden Jr": Biden)."""
    words = name.split()
    return words[-2] if len(words) > 2 and words[-1].rstrip(".") in NAME_SUFFIXES else words[-1]


class Speaker(NamedTuple):
    name: str
    party: str
    type: str  # "person", "institution" or "group"


_POSSESSIVE_S = re.compile(r"[\u2019']s$")
# a post and whose account it is on: "A post on the X account of Ukraine’s Foreign Ministry", "The ministry's post
# on X"
_POSTED_BY = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:post|message|tweet|video)\s+on\s+(?:the\s+)?"
                        r"(?:X|Twitter|Telegram|Facebook|Instagram)\s+(?:account|page|channel)\s+of\s+(.+)"
                        r"|(.+?)[\u2019']s\s+(?:[a-z]+\s+)?(?:post|message|tweet|video)\s+on\s+"
                        r"(?:X|Twitter|Telegram|Facebook|Instagram)")
# What closes a transcript's turn label: "HOLT:", "ZELENSKY (through interpreter):", "ZELENSKY, UKRAINIAN
# PRESIDENT (through translator):"
# ", UKRAINIAN PRESIDENT", "(HOST)", "(through translator)" before the colon
TURN_LABEL_END = r"(?:,[ \t][A-Z][A-Z.'\u2019\- ]{1,60}[A-Z.])?(?:\s*\([^()\n:]{1,60}\))?:"
# "I" and "we" in the reporter's own narration ("When I asked him whether …") are the author's. In an interview
# or a transcript they are the one whose turn it is, and in a quotation or a quoted post ("<tweet …>") its author's.
AUTHOR = Speaker("author", UNMAPPED, "person")
_FIRST_PERSON = frozenset({"i", "we"})
# "I put that to", "When we asked", "Later, when I emailed"
_WRITER_OPENS = re.compile(r"(?:[A-Z]\w*,\s+[a-z]+\s+|(?:[A-Z]\w*\s+){0,2}?)(?:I|[Ww]e)\s+[a-z]")
_TURN_LINE = re.compile(rf"^(?:\*\*)?(?:[A-Z][\w.'\u2019\-]*[ \t]){{0,2}}[A-Z][\w.'\u2019\-]*(?:\*\*)?{TURN_LABEL_END}"
                        r"(?:\*\*)?\s", re.MULTILINE)
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S.", "U.N.": the party's short form without its periods
_OPENING_MARKS = ("\u201c", "\u2018", "\"", "''")
_CLOSING_MARK = re.compile(r"[,.!?]?(?:\u201d|\u2019|\"|'')")
_REFLEXIVE_AFTER = re.compile(r"\s+(himself|herself|itself|themselves)$")  # "Putin himself said"
_PARTY_LABELS = grammar_words()["party_labels"]
# Capitalised at the start of a sentence, never the first word of a name ("Why Does Rubio …", "Was
# Szlachta satisfied?", but "Will Rogers").
_OPENING_WORDS = grammar_words()["prepositions"] | grammar_words()["determiners"] | \
    grammar_words()["sentence_adverbs"] | grammar_words()["subordinators"] | grammar_words()["question_words"] | \
    (grammar_words()["auxiliaries"] - {"will", "may"}) | grammar_words()["passive"] | frozenset({
        "and", "but", "or", "either", "neither", "follow", "against", "among", "beneath", "despite", "even", "without",
        "see", "says", "said", "whatever", "whoever", "whenever", "wherever", "however"})


@lru_cache(maxsize=65536)  # the same capitalised words recur in every article
def _is_title_or_demonym(token: str, actors: Actors) -> bool:
    bare = _POSSESSIVE_S.sub("", token)
    return token.lower() in title_words() or bool(actors.party_named_in(bare)) and \
        actors.actor(bare) is None or bare in {"The", "A", "An", "UN", "EU"}


def _without_middle_initials(mention: str) -> str:
    """``mention`` without the initials between a given name and a surname, which the names of
    ``find_people`` leave out ("Donald J. Trump"); not those after a title ("Chairman G.K. Butterfield")."""
    return _MIDDLE_INITIALS.sub(lambda m: m.group() if m.group(1).lower() in title_words() else m.group(1), mention)


def _name_runs(text: str, start: int) -> Iterator[tuple[list[str], int, int]]:
    """The words, start and end of each run of capitalised words in ``text[start:]`` that may hold a
    name: split where "and" joins two names ("Hillary Clinton and Bernie Sanders"), and cut before
    "of" and a US state ("Sen. Ted Cruz of Texas")."""
    states = us_states()
    for m in _CAP_RUN.finditer(text, start):
        at = m.start()
        parts = _AND.split(m.group()) if " and " in m.group() else [m.group()]
        if len(parts) > 1 and parts[-1].rsplit(None, 1)[-1] in institution_words() \
                and (" " in parts[-1] or " for " in parts[0] or " of " in parts[0]) \
                and not any(w in given_names() for part in parts[:-1] for w in part.split()):
            parts = [m.group()]  # but not inside an institution's name: "U.S. Immigration and Customs Enforcement"
        for part in parts:
            at = text.index(part, at)
            tokens = (_QUOTED_NICKNAME.sub("", part) if "\u201c" in part or '"' in part else part).split()
            if "of" in tokens and " ".join(tokens[tokens.index("of") + 1:]) in states:
                tokens = tokens[:tokens.index("of")]
            yield tokens, at, at + len(part)
            at += len(part)


def _registered_as(name_tokens: list[str], actors: Actors) -> Actor | None:
    """The registered actor a name is, in full or by its last word; by its last word only a person whose
    registered names hold the name's other words ("Vladimir Putin"), not "Ron Johnson" for Boris Johnson."""
    actor = actors.actor(" ".join(name_tokens))
    if actor is not None:
        return actor
    # the surname before a suffix ("Joseph Biden Jr"); initials may be left out ("Joseph R. Biden")
    *others, last = name_tokens[:-1] if name_tokens[-1].rstrip(".") in NAME_SUFFIXES else name_tokens
    actor = actors.actor(last)
    if actor is not None and actor.type == "person" and not {w for w in others if len(w.rstrip(".")) > 1} \
            <= set(" ".join((actor.name, *actor.aliases)).split()):
        return None
    return actor


def _describes_in_capitals(mention: str, actors: Actors) -> bool:
    """Whether a mention in capitals holds a title or a party's name, as a factbox's labels do
    ("U.S. PRESIDENT JOE BIDEN"); a transcript's "JAKE TAPPER" or a channel's "BFM TV" holds neither."""
    return any(word.lower().rstrip(".") in title_words() or actors.names_a_party(word.title())
               for word in mention.split())


def _title_cased(mention: str, actors: Actors) -> str:
    """A mention in capitals as running text writes it ("ISRAELI PRIME MINISTER BENJAMIN NETANYAHU'S
    OFFICE": "Israeli Prime Minister Benjamin Netanyahu's Office"), keeping the initials and the
    capitals that name a party ("U.S.", "NATO")."""
    return " ".join(word if "." in word or actors.names_a_party(word)
                    else _APOSTROPHE_S.sub(r"\1s", _CAPITALS.sub(lambda m: m.group()[0] + m.group()[1:].lower(), word))
                    for word in mention.split())


# An institution's name running on past "on", "for" or "of" to its subject: "Commission on Presidential Debates",
# "European Center for Constitutional and Human Rights"
_INSTITUTION_JOINS = (" on ", " for ", " of ", " against ", " and ")
_INSTITUTION_ON = re.compile(r"([A-Z][\w\-]*)[ \t]+(?:on|for|of|against)[ \t]+(?:[A-Z][\w\-]*[ \t]+){0,3}"
                             r"(?:and[ \t]+)?\Z")


def find_people(text: str, start: int, actors: Actors) -> dict[str, Person]:
    """People named in ``text[start:]`` by full name, with the descriptions the article gives them."""
    people: dict[str, Person] = {}
    in_congress: set[str] = set()  # named with a party and a state: "Sen. John Cornyn (R-Texas)"
    titles = title_words()
    given = given_names()
    for tokens, run_start, run_end in _name_runs(text, start):
        if tokens[0] == "By" and text.startswith("\n", run_end) and text.rfind("\n", 0, run_start) + 1 == run_start:
            continue  # a byline's author, whom no "she" in the story takes up
        if text.endswith(_OPENING_MARKS, 0, run_start) and tokens[0] not in given \
                and tokens[0].lower().rstrip(".") not in titles \
                and _CLOSING_MARK.match(text, run_end):
            continue  # a nickname or a slogan quoted alone: "“Little Marco”", "a shirt that read ''Fascist Trump''"
        if text.endswith(_INSTITUTION_JOINS, 0, run_start) \
                and (owner := _INSTITUTION_ON.search(text, max(0, run_start - 60), run_start)) is not None \
                and owner.group(1) in institution_words() \
                and not any(t in given or t.lower().rstrip(".") in titles for t in tokens):
            continue  # what an institution is on or for: "Commission on Presidential Debates", "… and Human Rights"
        labelled = len(tokens) > 2 and text.startswith(":", run_end) and " ".join(tokens).isupper() \
            and _describes_in_capitals(" ".join(tokens), actors)
        if labelled:  # a label in capitals: "EGYPTIAN PRESIDENT ABDEL FATTAH AL-SISI:"
            tokens = _title_cased(" ".join(tokens), actors).split()
        at = tokens.index("of") if "of" in tokens else 0
        place = ""  # where the person is from describes them: "Prime Minister Benjamin Netanyahu of Israel"
        if at >= 2 and tokens[at - 2] in given:  # "Tom Emanuel of Laconia", "Joseph Brown of Marion Avenue Church"
            tokens, place = tokens[:at], " ".join(tokens[at:])
        # The name is what follows the last title, demonym or institution word, but an apposition
        # can make a demonym a surname: "Siboniso Duma, a spokesman for the Inkatha Freedom Party,"
        surname_demonym = len(tokens) == 2 and _is_title_or_demonym(tokens[1], actors) \
            and not _is_title_or_demonym(tokens[0], actors) and tokens[0] not in institution_words() \
            and bool(_apposition(text, run_end))
        k = len(tokens)
        while k > 0 and tokens[k - 1] not in {"of", "for", "and"} \
                and not ("-" in tokens[k - 1] and _DESCRIBING_COMPOUND.search(tokens[k - 1])
                         and not (k > 1 and tokens[k - 2] in _SURNAMES_FIRST
                                  and _EAST_ASIAN_GIVEN_NAME.match(tokens[k - 1]))) \
                and (not _is_title_or_demonym(tokens[k - 1], actors)
                     or (k > 1 and tokens[k - 2] in given and (k == len(tokens) or tokens[k - 1].lower() not in titles))
                     or surname_demonym
                     or (k > 1 and _ARTICLE_SURNAME_WORD.fullmatch(tokens[k - 1])
                         and not _is_title_or_demonym(tokens[k - 2], actors))):
            # after a given name a demonym is a surname: "Rep. Steve Israel", "George Washington",
            # "Abdul-Malik al-Houthi", and so is a title closing the run: "Steve King", but not "San Juan Mayor
            # Carmen Yulin Cruz"
            k -= 1
        if len(tokens) - k >= 4:  # "ambassador to the United States Anatoly Antonov": a place of two words before,
            # or an institution ("Deputy Chairman of the Russian Security Council Dmitry Medvedev")
            k = next((j for j in range(k + 2, len(tokens) - 1) if tokens[j] in given and (
                actors.names_a_party(" ".join(tokens[k:j])) or tokens[j - 1] in institution_words())), k)
        # between a title and a surname a country is a given name: "Defense Minister Israel Katz"
        # and so it is after a role and a comma: "Israel's defense minister, Israel Katz"
        country_given = k == len(tokens) - 1 and tokens[k - 1].isalpha() and (
            (k >= 2 and tokens[k - 2].lower() in titles) or (k == 1 and (before := _word_before(text, run_start))
                                                             .endswith(",") and before[:-1] in titles))
        k -= country_given
        # after a comma the first word is a name's: "A spokesperson, Mumtaz Zahra Baloch,"; but not after a
        # title: "…, White House Chief of Staff Denis McDonough"
        named_first = k == 0 and text.endswith(", ", 0, run_start)
        name_tokens, described_as = _name_words(tokens[k:], given, named_first)
        if len(name_tokens) < 2 or any(t.lower() in titles and not (i and name_tokens[i - 1] in given)
                                       for i, t in enumerate(name_tokens)) \
                or name_tokens[-1] in institution_words() or " ".join(name_tokens[-2:]) in institution_words() \
                or (name_tokens[-1] in _news_outlets() and name_tokens[0] not in given) \
                or name_tokens[-1].lower() in _PARTY_LABELS \
                or (" ".join(name_tokens).isupper() and not text.startswith(":", run_end)) \
                or " ".join(name_tokens) in us_states() \
                or (name_tokens[0].lower() in _NAME_JOINERS and name_tokens[0] not in given) \
                or (name_tokens[0] == tokens[0] and name_tokens[0] not in given
                    and _word_before(text, run_start) in _OUTLET_WORDS) \
                or (text.startswith(",", run_end) and _ORGANISATION_APPOSITION.match(text, run_end)) \
                or not _POLL_WORDS.isdisjoint(t.lower() for t in name_tokens) \
                or (name_tokens[0] in _COMPASS_WORDS and name_tokens[0] not in given):
            # not "Democratic Party", "New Hampshire" nor "NEW YORK" (a dateline; "KATE BOULDUAN:" is a turn),
            # nor a title, unless after a given name ("Steve King"),
            # nor a surname with its particle opening a sentence ("Von der Leyen said"),
            # nor a news outlet ("state-run RIA Novosti", "newspaper Correio de Manha") or a group
            # ("The Emergency Lawyers, a group tracking violence, said"), nor a headline's "New Poll Finds", nor a
            # place ("North Gondar")
            continue
        name = " ".join(name_tokens)
        registered = _registered_as(name_tokens, actors)
        if registered is not None and registered.type == "person":
            name = registered.name
        elif (registered is not None or actors.party_named_in(name)) and name_tokens[0] not in given \
                and not country_given and not surname_demonym and not (_ARTICLE_SURNAME_WORD.fullmatch(name_tokens[-1])
                                               and not _is_title_or_demonym(name_tokens[0], actors)):
            # a place or an institution ("Eastern Europe", "White House"), not "Steve Israel" nor
            # "Abdul-Malik al-Houthi"
            continue
        name_start = text.index(name_tokens[0].upper() if labelled else name_tokens[0], run_start)
        if name not in people and len(name_tokens) == 2 and name_tokens[0] not in given:
            # a surname of two words: "López Obrador" after "Andrés Manuel López Obrador", but "Kelli Ward" is hers
            name = next((p.name for p in people.values() if p.name.endswith(" " + name) and (
                (first := p.name.split()[0]) in given or p.name.count(" ") == 2 and first.isalpha())), name)
        person = people.get(name) or people.setdefault(name, Person(name))
        person.positions.append(name_start)
        # a run longer than any name is a headline in title case ("The FBI Just Made An Even Bigger
        # Hillary Clinton …"): its words describe no one
        named = len(tokens) - k <= MAX_NAME_WORDS or _name_length(tokens[k:]) <= MAX_NAME_WORDS
        before = " ".join(tokens[:k]) if named else ""
        before += _title_before(text, run_start)
        if text.endswith((" to ", " in ", " for ", " the "), 0, run_start) \
                and (posted := _POSTED_BEFORE.search(text, max(0, run_start - 40), run_start)) is not None:
            # "U.S. Ambassador to Israel Jack Lew": the posting is no party, the title before it may be;
            # a place opening the run is where they are posted ("special envoy for Ukraine Keith Kellogg")
            before = f"{posted.group()}{described_as}{before}{_title_before(text, posted.start())}"
            described_as = ""
        after = _apposition(text, run_end)
        if text.startswith((" (", "(", ", "), run_end) and (tag := _PARTY_AND_STATE_TAG.match(text, run_end)):
            in_congress.add(name)
            party, state = next((tag.group(k), tag.group(k + 1)) for k in (1, 3, 5) if tag.group(k))
            # what "the Texas senator" or "the Arizona Democrat" takes up
            after += f" {_US_PARTIES.get(party, party)} {_state_names().get(state, state)}"
        elif _US_OFFICE_BEFORE.search(before.strip()):
            in_congress.add(name)
        prior = _apposition_before(text, run_start) or _leader_of(text, run_start)
        person.descriptions += [d for d in (before, described_as, place, after, prior) if d.strip()]
    for person in people.values():
        registered = actors.actor(person.name)
        if registered is not None and registered.party:
            person.party = registered.party
            continue
        if person.name in in_congress:  # "Georgia Gov. Brian Kemp" is no Georgian
            person.party = actors.party_named_in("United States")
            continue
        # a role held now before one held once: "former Nigerian President Olusegun Obasanjo, the AU's envoy"
        current = [d for d in person.descriptions if not set(d.lower().split()) & PAST_ROLE_WORDS]
        person.party = party_described(" ".join(current), actors) or party_described(" ".join(person.descriptions),
                                                                                       actors)
        if not person.party and (later := _described_by_surname(text, person, people)
                                 + _countries_before(text, actors).get(person.surname, [])):
            person.descriptions += later  # "Medvedev, who is deputy chairman of Russia's Security Council,"
            person.party = party_described(" ".join(person.descriptions), actors)
    for person in people.values():  # once the others' parties are known: "Lavrov's deputy, Sergei Ryabkov"
        if not person.party:
            descriptions = (_with_owner_named(d, person, people) for d in person.descriptions)
            person.party = party_spoken_for(" ".join(descriptions), actors, people)
    return people


_OWNER_PRONOUN = re.compile(r"(?:[Hh]is|[Hh]er)\s")


def _with_owner_named(description: str, person: Person, people: dict[str, Person]) -> str:
    """``description`` with the one "his" or "her" opening it stands for named: "His foreign
    minister, Peter Szijjarto" after Viktor Orban is Viktor Orban's foreign minister."""
    description = description.strip()
    pronoun = _OWNER_PRONOUN.match(description)
    if pronoun is None:
        return description
    first = person.positions[0]
    owner = max((p for p in people.values() if p is not person and p.positions[0] < first),
                key=lambda p: p.last_named_before(first), default=None)
    return description if owner is None else f"{owner.name}'s {description[pronoun.end():]}"


def _described_by_surname(text: str, person: Person, people: dict[str, Person]) -> list[str]:
    """The descriptions set off after the person's surname alone, after the article names them in
    full: "Medvedev, who is deputy chairman of Russia's Security Council,"."""
    if sum(p.surname == person.surname for p in people.values()) > 1:
        return []  # "Clinton, its vice chairwoman": which Clinton?
    found = []
    at = text.find(person.surname + ", ", person.positions[0] + len(person.name))
    while at >= 0:
        if description := _apposition(text, at + len(person.surname)):
            found.append(description)
        at = text.find(person.surname + ", ", at + 1)
    return found


@lru_cache(maxsize=4)
def _countries_before(text: str, actors: Actors) -> dict[str, list[str]]:
    """The countries that own each surname in the article, as headlines write it: "Venezuela's
    Maduro pushes …" describes the "President Nicolás Maduro" of the body."""
    owners: dict[str, list[str]] = {}
    for owned in _OWNED_SURNAME.finditer(text):  # the possessive first: far rarer than a capital
        before = _OWNER_BEFORE.search(text, max(0, owned.start() - 40), owned.start())
        owner = next((o for o in (before.group(1), before.group(2)) if o and actors.names_a_party(o)), None) \
            if before is not None else None
        if owner is not None:
            owners.setdefault(owned.group(1), []).append(owner)
    return owners


# "Venezuela's Maduro says", "China's Xi:", not the possession of "America's Putin problem"
_OWNED_SURNAME = re.compile(r"[\u2019']s ([A-Z][\w\-]+)(?=[^\w\s]|\s*$|\s+(?:[a-z]+(?:s|ed)|to|and|in|on|at|of)\b)",
                            re.M)
_OWNER_BEFORE = re.compile(r"(?<![\w\-])((?:[A-Z][\w\-]* )?([A-Z][\w\-]*))$")  # "Saudi Arabia", "Venezuela"


def _word_before(text: str, at: int) -> str:
    """The word just before ``text[at]`` ("state-run" before "RIA Novosti")."""
    words = text[max(0, at - 20):at].split()
    return words[-1] if words else ""


def _name_length(words: list[str]) -> int:
    """How many words a name has, its particles aside: "Luiz Inácio Lula da Silva" has four."""
    return sum(w not in _NAME_JOINERS for w in words)


def _name_words(words: list[str], given: dict[str, str], named_first: bool = False) -> tuple[list[str], str]:
    """The words of a person's name among the capitalised ``words`` after a run's last title, and a
    word before them that describes the person ("Comedian Sarah Silverman": "Comedian"), unless the first
    word is ``named_first``."""
    owned = bool(words) and words[-1].endswith(("\u2019s", "'s"))  # as _POSSESSIVE_S
    if owned:
        words = [*words[:-1], words[-1][:-2]]  # "Donald Trump’s stance": his name
    # "Breitbart’s Joel Pollak", "As Joel Pollak reported": the name follows a possessive or an opening word
    owners = [i for i, w in enumerate(words) if w.endswith(("\u2019s", "'s"))]
    if owners and len(words) > owners[-1] + 1 and words[-1] in institution_words() and owners[-1] >= 1:
        # "Mamata Banerjee's Trinamool Congress": the owner is the person, the rest her party
        words = [*words[:owners[-1]], words[owners[-1]][:-2]]
    elif owners:
        words = words[owners[-1] + 1:]
        while len(words) > 2 and words[0] in institution_words():
            words = words[1:]  # "the Donetsk People's Republic Denis Pushilin": the institution's name ends first
    without_initials = [w for w in words if not _INITIAL.match(w)]
    if len(without_initials) >= 2:
        words = without_initials  # "Donald J. Trump" is Donald Trump; "U.S. While Clinton" is no one's name
    while words and (words[0].lower() in _OPENING_WORDS or words[0].lower() in _PARTY_LABELS
                     or (len(words[0]) > 5 and words[0].endswith("ing") and words[0] not in given
                         and (owned or len(words) == 2 and words[1] not in given))):
        words = words[1:]  # nor a participle: "Asserting Clinton’s role", "Celebrating Clinton “…”"
    if words and words[-1].endswith(("\u2019", "'")):
        words = [*words[:-1], words[-1][:-1]]  # "Bernie Sanders’ campaign"
    if len(words) > MAX_NAME_WORDS and _name_length(words) > MAX_NAME_WORDS:
        # "Senate Majority Whip John Cornyn", "Marco Rubio Responds To …"
        words = words[-2:] if words[-2] in given else words[:2] if words[0] in given else []
    if len(words) > 2 and words[1] in given and words[0] not in given and words[0] not in _KUNYA_WORDS \
            and not named_first:
        return words[1:], words[0]  # "Pastor Joseph Brown", "Comedian Sarah Silverman"; not "Abu Hussein …"
    return words, ""


_KUNYA_WORDS = grammar_words()["kunya_words"]  # "Abu Hussein al-Hamidawi"
_POLL_WORDS = grammar_words()["poll_nouns"]  # no person's name holds "Poll"
_COMPASS_WORDS = grammar_words()["compass_words"]  # "North Gondar" is a place
_SURNAMES_FIRST = frozenset(read_lexicon("surname_first.txt"))  # "Chen" after "Chen Xiangmiao"
# "Ching-te" in "Lai Ching-te", "Ki-moon" in "Ban Ki-moon": a given name after the surname
_EAST_ASIAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,6}$")
# "Korean-born", "Kremlin-backed", "Co-anchor": a compound that describes, never a word of a name
# ("Ocasio-Cortez"); but a short syllable after the hyphen is one of an East Asian given name ("Lai
# Ching-te", "Ban Ki-moon"), and so is a longer one after a Chinese surname ("Liang Wen-chieh")
_DESCRIBING_COMPOUND = re.compile(
    r"\w-(?:(?![a-z]{1,4}$)[a-z]+|area|wide|era|free|like|only|long|made|born|run|led|held|old)$")  # "Sixteen-year-old"
_REPORTING = frozenset({"said", "says", "told"})  # ", the aide said,": an attribution, not an apposition
_TITLE_MODIFIERS = grammar_words()["title_modifiers"]
_OUTLET_WORDS = grammar_words()["outlet_modifiers"] | grammar_words()["outlet_nouns"]
# ", a group tracking violence", ", a Kyiv-based monitor,": an organisation's description, whose head is
# the noun ("a military spokesman" and "a professor of government" are people's)
_ORGANISATION_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:(?!(?:of|at|for|in|on|to|with|from)\s)[\w\-]+\s+){0,2}(?:%s)"
    r"(?=[,.;]|\s+(?:that|which|\w+ing|\w+ed)\b)"
    % "|".join(_ORGANISATION_WORDS | {"coalition", "monitor", "watchdog"}))
MAX_ROLE_WORDS = 5  # "Republican presidential candidate", "White House national security spokesman"
# ", the British Prime Minister,", ", the U.N. humanitarian coordinator for Sudan.", ", a spokesman for the
# Myanmar National Democratic Alliance Army (MNDAA)."
_APPOSITION = re.compile(
    r",\s+((?:the|a|an|now|who\s+is(?:\s+also)?(?:\s+(?:the|a|an))?)\s+)?"  # ", who is deputy chairman of …,"
    r"((?:(?:[A-Z]\.)+\s+|[\w\u2019'\-]+\s+){0,8}[\w\u2019'\-]+(?:\s+\([A-Z][A-Z0-9&]{1,9}\))?)(,|\.(?!\w))")
MAX_BARE_APPOSITION_WORDS = 6  # without an article, a longer phrase is more often a clause of its own
# a word of it, with a period only in an initialism or an abbreviation ("U.S.", "Gen."), not at a sentence's end
_APPOSED_WORD = r"(?:[\w\u2019'\-]+|(?:[A-Z]\.){2,}|[A-Z][a-z]{0,3}\.)"
_APPOSITION_BEFORE = re.compile(
    rf"(?:^|[.;\n][\"\u201d']?\s*|,\s+|\s[\u2014\u2013-]\s+)((?:{_APPOSED_WORD}[^\S\n]+){{0,8}}{_APPOSED_WORD}),\s+$")


# A word of a noun phrase ("16%", "U.S.", "little-known") or one mark of punctuation
_PHRASE_TOKEN = re.compile(r"[\w%$][\w%$\u2019'.\-]*|[^\w\s]")
# Words a noun phrase before a relative pronoun does not run back past
_BEFORE_A_PHRASE = grammar_words()["prepositions"] | grammar_words()["subordinators"] \
    | frozenset({"among", "against", "between", "including", "like", "to", "toward", "with", "without",
                 "and", "or", "but", "nor", "than", "that", "is", "are", "was", "were"})
_OPENS_A_PHRASE = grammar_words()["determiners"] | grammar_words()["possessives"]
MAX_ANTECEDENT_WORDS = 6
_NOT_IN_A_ROLE = _OPENS_A_PHRASE | _BEFORE_A_PHRASE | _PRONOUNS | frozenset({"said", "says", "told"})


def _noun_phrase_before(text: str, start: int, begin: int = 0) -> tuple[str, int] | None:
    """The common noun phrase a relative pronoun at ``start`` refers back to, and where it starts:
    "the Mexican president, who said", "one former campaign staffer, who said", "lawmakers who
    thought". It runs back from the pronoun over at most a few words, to its determiner or to a
    preposition, conjunction or punctuation before it, and never before ``begin``."""
    lo = max(begin, start - 120)
    tokens = list(_PHRASE_TOKEN.finditer(text, lo, start))
    if tokens and tokens[-1].group() == ",":
        tokens.pop()
    first = len(tokens)
    while first > 0 and len(tokens) - first < MAX_ANTECEDENT_WORDS:
        word = tokens[first - 1].group()
        if not word[0].isalnum() and word not in "%$" or word.lower() in _BEFORE_A_PHRASE:
            break
        if word.endswith("ed") and word.islower() and (
                first < 2 or tokens[first - 2].group().lower() not in _OPENS_A_PHRASE):
            break  # "The plan angered lawmakers who": a verb; but "an unnamed official who" is an adjective
        first -= 1
        if word.lower() in _OPENS_A_PHRASE:
            break
    else:
        if first > 0:
            return None  # a longer phrase than the pronoun can be sure of
    if first == len(tokens):
        return None
    return text[tokens[first].start():tokens[-1].end()], tokens[first].start()


def _title_before(text: str, pos: int) -> str:
    """The role words just before a name that its run of capitalised words leaves out: "State
    Department spokesman Ned Price", "Florida Sen. Marco Rubio" (the period ends the run),
    "billionaire businessman Donald Trump"."""
    words = text[max(0, pos - 60, text.rfind("\n", 0, pos) + 1):pos].split()
    if words and _INITIALISM.fullmatch(words[-1]):
        return " " + words[-1]  # "U.N. Secretary-General Antonio Guterres": the run leaves out "U.N."
    if words and words[-1] in _TITLE_MODIFIERS and len(words) > 1 and words[-2][:1].isupper() \
            and words[-2][-1].isalpha():  # not "In Moscow, former President Dmitry Medvedev"
        return " " + " ".join(words[-2:])  # "Lebanese caretaker Prime Minister Najib Mikati"
    if not words or not _is_role(words[-1]):
        return ""  # the role word would be the last one: no need to look further
    kept = words[-1:]
    for word in reversed(words[-MAX_ROLE_WORDS:-1]):
        owner = _POSSESSIVE_S.sub("", word)
        if (owner != word and owner.isalpha() and owner[0].isupper()) or word in {"his", "her"}:
            # "Russia's foreign ministry spokeswoman", "Biden's national security adviser", "his spokesman"
            kept.insert(0, word)
            break
        if not (word.replace("-", "").isalpha() or word[:-1] in abbreviations() or _INITIALISM.fullmatch(word)) \
                or word.lower() in _NOT_IN_A_ROLE:
            break  # "…, the", "Trump.", "with", "he"; but "Brig." in "press secretary Brig. Gen." and
            # "U.N." in "U.N. aid chief" are words of the role
        kept.insert(0, word)
    return " " + " ".join(kept)


def _is_role(word: str) -> bool:
    """A title ("President", "Sen.") or a role ("spokesman", "front-runner")."""
    bare = word.rstrip(".").lower()
    # "commander-in-chief": a role's first word before a hyphen
    return bare in title_words() or bare in person_roles() or bare.split("-")[0] in person_roles()


def _has_role(person: Person) -> bool:
    """Whether the article gives ``person`` a title or role: a person, not a headline's words."""
    return any(_is_role(w) for d in person.descriptions for w in d.split())


def _apposition(text: str, end: int) -> str:
    """", the British Prime Minister,", ", the Republican front-runner," after a name, or closing the
    sentence: ", a State Department spokesman."."""
    m = _APPOSITION.match(text[end:end + 80])
    if m is None:
        return ""
    words = m.group(2).split()
    clause = next((i for i, w in enumerate(words) if w in RELATIVE), len(words))
    if (m.group(1) is None and (len(words) > MAX_BARE_APPOSITION_WORDS and not any(map(_is_role, words[:3]))
                                or words[0] in _BEFORE_A_PHRASE
                                or words[0] == "according")) or clause == 0 or _REPORTING.intersection(words):
        # ", an adviser to the head of Ukraine's presidential office," but not ", who said …", ", through a
        # spokeswoman," or ", according to a State Department spokesman,"
        return ""
    if m.group(3) == "." and words[-1] in abbreviations():
        return ""  # "Geoff Garin, strategist for Mrs. Clinton": the period is an abbreviation's
    words = words[:clause]  # ", the U.N. trade chief who brokered the deal,": the role before the clause
    if m.group(1) is None and len(words) > 2 and _is_role(words[0]) and words[1][0].isupper() \
            and not _is_role(words[1]) and words[2].islower():
        return ""  # "With Merrick Garland, President Obama made the safe, …": a clause of its own
    return " ".join(words) if any(_is_role(w) for w in words) else ""


def _apposition_before(text: str, start: int) -> str:
    """"Russia's UN envoy, " before a name."""
    before = text[max(0, start - 80):start].rstrip()
    while before and not before.endswith(","):  # the titles of "…, Lt. Col. Peter Lerner"
        head, _, last = before.rpartition(" ")
        if last.rstrip(".").lower() not in title_words():
            break
        before = head.rstrip()
    if not before.endswith(","):
        return ""  # most names follow no comma: no need for the costlier search
    m = _APPOSITION_BEFORE.search(before + " ") or _OWNED_ROLE_BEFORE.search(before + " ")
    # "Russia's UN envoy, ", "Zelenskyy's chief of staff, ", "A senior Hamas official, ", "met Russian
    # President Vladimir Putin's envoy, "
    if m and (any(map(_is_role, words := m.group(1).split())) or words[-1].lower() in _speaker_nouns()):
        return m.group(1)
    return ""


# Someone's role after a verb, whatever the words before: "met Russian President Vladimir Putin's envoy, "
_OWNED_ROLE_BEFORE = re.compile(r"((?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w.\-]*[\u2019']s\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+)"
                                r",\s+$")


def _leader_of(text: str, start: int) -> str:
    """"The RSF" in "The RSF, led by " before a name: the organisation the person leads."""
    if text.find(" by ", max(0, start - 12), start) < 0:
        return ""  # most names follow no "led by": no need for the costlier search
    m = _LED_BY.search(text[max(0, start - 80):start])
    return m.group(1) if m else ""


# "The RSF, led by Gen. …", "Hamas, headed by …": the leader stands for the organisation
_LED_BY = re.compile(r"((?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*),\s+(?:led|headed|commanded)\s+by\s+"
                     r"(?:[A-Z][a-z]*\.\s+)?$")


class Resolver:
    """Resolves the speakers of one article, in reading order (pronouns look back)."""

    def __init__(self, text: str, body_start: int, actors: Actors,
                 sentence_spans: list[tuple[int, int]] | None = None):
        self.text = text
        self.actors = actors
        self.people = find_people(text, body_start, actors)
        # The caller may have split the article already (``sentences(text, body_start)``).
        self.sentences = sentences(text, body_start) if sentence_spans is None else sentence_spans
        self.sentence_ends = [e for _, e in self.sentences]
        self.history: list[tuple[int, Speaker]] = []  # (position, speaker) of resolved statements
        self._sexes: dict[str, str] = {}  # name -> what _sex_of found
        self._called: dict[str, set[str]] = {}  # name -> the sexes of the pronouns taken to name them so far
        self._surnames: dict[str, list[int]] = {}  # surname -> where the article writes it
        self._openings: dict[int, tuple[int, Speaker | None]] = {}  # sentence start -> _opening_person
        self._called_only: set[str] = set()  # the one names unnamed sources gave (_CALLED_ONLY)
        dateline = _DATELINE.search(text, body_start, body_start + 400)
        # the country whose city the dateline names ("ISLAMABAD —", "ADDIS ABABA, Ethiopia (AP) —")
        self.dateline_party = UNMAPPED if dateline is None else \
            actors.party_named_in(dateline.group(2) or "") or actors.party_named_in(dateline.group(1).title())

    def resolve(self, mention: str, start: int) -> Speaker:
        speaker = self._resolve(mention.strip(), start)
        if speaker.type == "group" and (called := _CALLED_ONLY.match(self.text, start + len(mention))) is not None:
            # "said a trader who gave only his first name, Issouf": an unnamed source's one name
            speaker = Speaker(called.group(1), speaker.party, "person")
            self._called_only.add(speaker.name)
        elif speaker.type == "group" and _MEMBERS_OF.fullmatch(mention) \
                and (member := _MEMBER_DESCRIBED.match(self.text, start + len(mention))) is not None:
            # "One of his guests, the State Duma deputy Andrei Gurulyov,": him; "One of them, a 15-year-old boy
            # from Eritrea,": the boy
            described = member.group(1)
            named = _NAME_ENDING.search(described)
            speaker = self._resolve(named.group(1), start + len(mention) + member.start(1) + named.start(1)) \
                if named is not None else Speaker(described, party_described(described, self.actors), "group")
        described = _INSTITUTION_DESCRIBED.match(self.text, start + len(mention)) if not speaker.party else None
        if described is not None and speaker.type == "person" and " " not in speaker.name \
                and _head_noun(described.group(1)) in _ORGANISATION_WORDS:
            speaker = speaker._replace(type="institution")  # "Cogat, the Israeli body that oversees aid": no person
        if not speaker.party and (speaker.type == "institution" or _SPEAKS_FOR_NAMED.search(mention)):
            if described is not None:
                # "COGAT, the Israeli defence ministry body that coordinates aid, said", "A spokesperson for
                # Cogat, the Israeli body …": Israel's
                speaker = speaker._replace(party=party_described(described.group(1), self.actors))
            if not speaker.party:  # "COGAT said" again: as described the first time; "the Air Force" as its owner's
                owned = ("\u2019s " + speaker.name, "'s " + speaker.name)
                speaker = next((before for _, before in reversed(self.history) if before.type == "institution"
                                and before.party and (before.name == speaker.name or before.name.endswith(owned))),
                               speaker)
        if not speaker.party and self.text.startswith(("Its ", "Their ", "Spokes", "Press"), self._sentence_of(start)) \
                and (role := _ITS_ROLE.match(self.text, self._sentence_of(start))) is not None \
                and start <= role.end() < start + len(mention) \
                and (owner := self._collective(start, plural=False)) is not None \
                and (role.group(1) or (before := self._sentence_before(start)) is not None
                     and before[0] < self._sentence_of(start) and _ORGANISATION_OPENING.match(self.text, before[0])):
            # "Russia abstained. Its deputy envoy Dmitry Polyanskiy said", "Its spokesperson, Senior Colonel Shi Yi,";
            # "China's Taiwan Affairs Office responded. Spokesperson Chen Binhua said", not "Russia struck. Spokesman …"
            speaker = speaker._replace(party=owner.party)
        if not speaker.party and speaker.type == "person" and (role := _ROLE_THEN_NAME.match(mention)) is not None:
            # "a White House spokesman blamed … “…,” the spokesman, John Kirby, said": the White House's
            speaker = speaker._replace(party=next(
                (before.party for at, before in reversed(self.history) if start - _ROLE_REACH < at < start
                 and before.type == "group" and before.name.endswith(" " + role.group(1))), speaker.party))
        if not speaker.party and speaker.type == "person":
            # "Swedish prosecutors said … Chief prosecutor Henrik Olin told": one of those who spoke
            roles = {w.lower() for d in self._descriptions(speaker.name) for w in _WORD.findall(d)}
            speaker = speaker._replace(party=next(
                (party for role in sorted(roles) if _is_role(role) and (party := self._party_of_group(role, start))),
                UNMAPPED))
        if not speaker.party and speaker.type == "person" \
                and (briefing := _BRIEFED_IN.match(self.text, self._sentence_of(start), start)) is not None \
                and _MINISTRY_ROLE.search(" ".join([mention, *self._descriptions(speaker.name)])):
            # "At a regular briefing in Beijing, foreign ministry spokeswoman Mao Ning said": the capital's ministry
            speaker = speaker._replace(party=self.actors.party_named_in(briefing.group(1)))
        if not speaker.party and speaker.type == "person" and self.dateline_party and self._holds_office(speaker.name) \
                and not self._other_party_near(start):
            speaker = speaker._replace(party=self.dateline_party)  # "ISLAMABAD — Prime Minister Shehbaz Sharif said"
        self.history.append((start, speaker))
        return speaker

    def _party_led(self, owner: str, start: int) -> Speaker | None:
        """The political party of the one "his" or "her" stands for, as their description names it ("the leader of
        the Coalition for Change", "a leader of the opposition People’s Movement of Serbia")."""
        person = self._last_person(start, "he" if owner == "his" else "she")
        led = next((m.group(1) for d in self._descriptions(person.name) if (m := _PARTY_OF.search(d))), None) \
            if person is not None else None
        if led is None:
            return None
        actor = self.actors.actor(led)
        return Speaker(led, actor.party if actor is not None else UNMAPPED, "institution")

    def _descriptions(self, name: str) -> list[str]:
        """What the article describes the person ``name`` with, if it names them in full."""
        return self.people[name].descriptions if name in self.people else []

    def _other_party_near(self, start: int) -> bool:
        """Whether the sentence of ``start`` or the one before names other parties but not the dateline's: "WASHINGTON
        — … Critics on Israel's right … Finance Minister Bezalel Smotrich said" is no American minister."""
        here = bisect.bisect_right(self.sentence_ends, start)
        s = self.sentences[max(0, here - 1)][0] if self.sentences else 0
        e = self.sentence_ends[here] if here < len(self.sentences) else len(self.text)
        named = {party for *_, party in self.actors.party_mentions(self.text, s, e)}
        return bool(named) and self.dateline_party not in named

    def _holds_office(self, name: str) -> bool:
        """Whether the article gives ``name`` the title of a government's office now ("Prime Minister Shehbaz
        Sharif"), with no country: in a datelined story, the dateline's, unless the article gives that office there
        to another ("PANAMA CITY — Panama's President José Raúl Mulino … President Donald Trump")."""
        offices = self._offices_of(name)
        return bool(offices) and not any(person.party == self.dateline_party and offices & self._offices_of(other)
                                         for other, person in self.people.items() if other != name)

    def _offices_of(self, name: str) -> set[frozenset[str]]:
        """The government offices the article gives ``name`` now, each as its title's words without a country's
        ("Panama's President": {"President"}; "Vice President" is another office)."""
        offices = set()
        for description in self._descriptions(name):
            words = {w.rstrip(".") for w in description.split()}
            if words & _STATE_OFFICES and PAST_ROLE_WORDS.isdisjoint(map(str.lower, words)):
                offices.add(frozenset(w for w in words if not self.actors.party_named_in(w)))
        return offices

    def _resolve(self, mention: str, start: int) -> Speaker:
        mention = _POSSESSIVE_S.sub("", mention)  # "Trump’s remarks suggested": Trump
        if " on " in mention and (posted := _POSTED_BY.fullmatch(mention)) is not None:
            # "A post on the X account of Ukraine’s Foreign Ministry", "The ministry's post on X": the ministry
            owner = posted.group(1) or posted.group(2)
            return self._resolve(owner, start + mention.index(owner))
        if mention.endswith("party") and (owned := _HIS_PARTY.fullmatch(mention)) is not None \
                and (party_of := self._party_led(owned.group(1).lower(), start)) is not None:
            return party_of  # "Her party said" after "Elene Khoshtaria, the leader of the Coalition for Change,"
        if mention.endswith(("self", "selves")) and (reflexive := _REFLEXIVE_AFTER.search(mention)) is not None:
            return self._resolve_reflexive(mention[:reflexive.start()], reflexive.group(1), start)
        if " " in mention and (shown := _EVIDENCE_OF.fullmatch(mention)) is not None and (
                (shown.group(1) and _names_an_organisation(owner := shown.group(1), self.actors))
                or (shown.group(2) and _is_organisation_name(owner := shown.group(2), self.actors))):
            # "figures released by the IOM on Wednesday", "UNHCR figures": the agency's
            return self._resolve(owner, start + mention.index(owner))
        source = _utterance_from().match(mention)  # "The statement from the Russian Foreign Ministry": the ministry
        if source is not None and (source.group(1) or _names_an_organisation(source.group(2), self.actors)):
            group = 1 if source.group(1) else 2  # not "a Web video"
            # "a tally by AFP based on official figures": AFP
            named = _PARTICIPLE_AFTER.sub("", source.group(group)) or source.group(group)
            return self._resolve(named, start + source.start(group))
        if mention[:1] in "Hh" and (owned := _PERSONS_OWN.fullmatch(mention)) is not None \
                and (person := self._owner(start, "m" if owned.group(1).lower() == "his" else "f")):
            # "Donald Trump routinely netted …, but his campaign said": the campaign of the one "his" is
            noun = owned.group(2).lower()
            kind = "institution" if noun in _PERSONS_BODIES else "group" if noun.endswith("s") else "person"
            return Speaker(f"{person.name}\u2019s {noun}", person.party, kind)
        if ", " in mention and (named := _NOUN_THEN_NAME.fullmatch(mention)) is not None:
            return self._resolve(named.group(1), start + named.start(1))  # "The company, Meridian Defense Systems"
        low = mention.lower()
        unresolved = mention if mention == "I" else low  # one speaker "they", whether "They" or "they"
        if low in _QUESTION_TURNS:
            return Speaker("reporter", UNMAPPED, "group")
        if mention == "A" and self.text.startswith(":", start + 1):  # "A: As long as we have ammunition."
            return self._interviewee or Speaker("interviewee", UNMAPPED, "person")
        if " " in mention and mention.isupper() and _describes_in_capitals(mention, self.actors) \
                and (titled := _title_cased(mention, self.actors)) != mention:
            return self._resolve(titled, start)  # "BRITISH PRIME MINISTER KEIR STARMER:"
        if low in RELATIVE and not (mention.isupper() and len(mention) > 1):  # "WHO" is the World Health Organization
            antecedent = (_NAME_BEFORE_APPOSITION.search(self.text, max(0, start - 200), start) if low == "who"
                          else None) or _ANTECEDENT.search(self.text, max(0, start - 120), start)
            if antecedent is not None and _PARTY_AND_STATE_TAG.match(self.text, antecedent.start(1) - 2):
                # "Marjorie Taylor Greene, Republican of Georgia, who", "Chris Van Hollen, D-Md., who": the name
                antecedent = _ANTECEDENT.search(self.text, max(0, antecedent.start(1) - 120), antecedent.start(1))
            if antecedent is not None:
                return self._resolve(antecedent.group(1), antecedent.start(1))
            phrase = _noun_phrase_before(self.text, start)
            if phrase is None:
                return Speaker(unresolved, UNMAPPED, "group")
            return self._resolve(*phrase)
        if low in _FIRST_PERSON and self._narrated(start):
            return AUTHOR
        if low in PERSONAL:
            person = self._last_person(start, low)
            if person is not None and (sex := "m" if low in MASCULINE else "f" if low in FEMININE else ""):
                self._called.setdefault(person.name, set()).add(sex)
            return person or Speaker(unresolved, UNMAPPED, "person")
        if (aged := _AGE_DESCRIBED.match(mention)) is not None and (person := self._last_named(
                start, "f" if aged.group(1) in FEMININE else "m" if aged.group(1) in MASCULINE else "")):
            # "the 34-year-old said": the person last named, of the side the description may give
            return person if person.party else person._replace(party=party_described(mention, self.actors))
        if low in COLLECTIVE:
            return self._collective(start, plural=low in {"they", "their", "them"}) or \
                Speaker(unresolved, UNMAPPED, "group")
        if low.endswith(" of them") and _MEMBERS_OF.fullmatch(mention) \
                and (before := self._sentence_before(start)) is not None and (
                group := next((speaker for position, speaker in reversed(self.history) if before[0] <= position < start
                               and speaker.type == "group" and speaker.name.lower() not in COLLECTIVE), None)):
            return group  # "Two officials familiar with the talks said … One of them said": the officials
        if (actor := self._registered(mention)) is not None:
            return Speaker(actor.name, actor.party, actor.type)
        if (owned := _COUNTRYS_GROUP.search(mention) if "s " in mention else None) is not None \
                and self.actors.party_named_in(owned.group(2)) in self.actors.organisations:
            return self._resolve(owned.group(1), start + owned.start(1))  # "Lebanon's Hezbollah" is Hezbollah
        if " and " in mention and (joint := self._joint(mention, start)) is not None:
            return joint
        named = _without_middle_initials(mention)  # "Donald J. Trump, the Republican candidate": Donald Trump
        person = self._person_in(named, start)
        if person is None and "s " in mention and (owned := _COUNTRYS_PERSON.match(mention)) is not None \
                and self.actors.names_a_party(owned.group(1)):
            speaker = self._resolve(owned.group(2), start + owned.start(2))
            if speaker.type != "person" and speaker.name == owned.group(2) and " " not in speaker.name \
                    and speaker.name not in institution_words() and not self.actors.names_a_party(speaker.name):
                speaker = speaker._replace(type="person")  # "The IAEA’s Grossi": a surname after its owner
            if speaker.type == "person":
                return speaker if speaker.party else speaker._replace(party=self.actors.party_named_in(owned.group(1)))
        if person is None and "," in named:  # "Mr. Kasich, a Republican": Mr. Kasich
            person = self._person_in(_DESCRIBED_AFTER.sub("", named), start)
        if person is None and (late := _ONE_NAME_AFTER.match(named)) is not None \
                and not self.actors.names_a_party(late.group(2)) and late.group(2) not in institution_words():
            # "Her son, Mahmoud, said": a person named by one name after a description
            return Speaker(late.group(2), party_described(late.group(1), self.actors)
                           or self._party_of_owner(late.group(1), start), "person")
        if person is None and named.isupper():
            person = self._person_in(named.title(), start)  # a transcript's "MR. PRICE:" is Ned Price
        if person is not None and not _object_of(named, person):
            # the words around the name describe the person, the name itself does not ("Mark Cuban")
            around = re.sub(rf"\b(?:{'|'.join(map(re.escape, person.name.split()))})\b", "", mention)
            # the side found where the article first quoted them holds when it names them again ("Shi said")
            return Speaker(person.name, person.party or party_described(around, self.actors) or next(
                (before.party for _, before in self.history if before.name == person.name and before.party), UNMAPPED)
                or self._party_of_owner(mention, start) or self._party_of_their_organisation(person, start)
                or self._party_of_outlet_quoting(person, mention, start), "person")
        # "Aides to Clinton" are not Clinton, but speak for her side; "critics of Clinton" do not
        party = party_described(mention, self.actors) or party_spoken_for(mention, self.actors, self.people) \
            or self._party_of_owner(mention, start)
        if party and _AND.search(mention) and len({p for *_, p in self.actors.party_mentions(mention, people=True)}) > 1:
            party = UNMAPPED  # "Russia and China said": a joint statement stands for no one party
        if not party and (one := _ONE_OF_THEM.match(mention)):
            party = self._party_of_group(one.group(1), start)  # "U.S. officials said … One official …"
        if not party and _BARE_SPOKESPERSON.match(mention):
            party = self._party_of_institution_before(start)  # "The State Department urged … A spokesperson said"
        words = {w.lower() for w in _WORD.findall(mention)}
        if party and words & LEADER_WORDS and (_THE.match(mention) or _OWNED_BY_NAME.match(mention)) \
                and not words & PAST_ROLE_WORDS and not _LEADERS_AGENT.search(mention) \
                and _LEADER_LAST.search(mention):  # not "… Prime Minister Netanyahu's office"
            # "the Russian leader", "Ukraine's president", not "the former" nor "the Belarusian leader's spokesman"
            leader = self._leader_of(party, start)
            if leader is not None:
                return leader
        described = self._described(mention, start) \
            if _THE.match(mention) or (_OWNED_BY_NAME.match(mention) and party) else None
        if (again := _SOURCE_AGAIN.match(mention)) and (
                described is None or again.group(1) not in self._role_holders.get(described.name, ((), ()))[1]):
            # "A senior U.S. official said … The official added"; "A diplomat said … Rwanda's foreign minister,
            # Olivier Nduhungirehe, said … According to the diplomat": the one called so, not a minister
            source = self._source_before(again.group(1), start, mention[3:again.start(1)])
            if described is None or (source is not None and source.name.lower().startswith(("a ", "an "))):
                described = source  # over a role holder, only a source introduced as one ("A diplomat")
        if described is None and again:
            if again.group(1) in _UTTERANCE_NOUNS:
                described = self._author_before(again.group(1), start)  # "… said in a statement. The statement read"
            if described is None and again.group(1) in _MEMBER_NOUNS:
                described = self._named_by_noun(again.group(1), start)  # "the M23 rebels … The rebels say"
        if described is None and (again := _ORGANISATION_AGAIN.match(mention)):
            # "The Pentagon announced … The department said"; "Hamas released a statement. The group said"
            # a base describes nothing the sentence before did not name: "Kroger vowed to fight. … the Cincinnati-based
            # company said"
            described = self._organisation_before(start, described=bool(_BASED_IN.sub("", again.group(1)).strip()),
                                                  noun=_head_noun(mention))
        if described is not None:
            return described
        name = _LEADING_THE.sub("", mention)
        name = _DESCRIBED_AFTER.sub("", name)  # "the Institute for the Study of War, a think tank": the institute
        if (outlet := _OUTLET_NAMED.search(name)) is not None:
            return Speaker(outlet.group(outlet.lastindex), party, "institution")  # with the country's party
        if (company := _COMPANY_NAMED.search(name)) is not None:  # "British maritime security firm Ambrey"
            return Speaker(company.group(1), party if "state" in name else UNMAPPED, "institution")
        if (group := _GROUP_NAMED.search(name)) is not None:  # "the medical charity Medecins Sans Frontieres"
            actor = self._registered(group.group(1))  # "the militant group Hamas"
            return Speaker(actor.name, actor.party, actor.type) if actor is not None \
                else Speaker(group.group(1), party, "institution")
        words = name.split()
        while len(words) > 1 and words[0].rstrip(".").lower() in title_words() and words[1][:1].isupper() \
                and (words[0].rstrip(".") in HONORIFIC_SEX or words[-1].rstrip(".").lower() not in title_words()):
            # "Mr. King" is a name, "the Defence Secretary" none
            words = words[1:]  # "Mr. Obama", "President Obama" when the article gives no full name
            if name.isupper():
                words = [w.title() for w in words]  # a transcript's "MR. PRICE:" is a person, not an acronym
        if (actor := self._registered(" ".join(words))) is not None:
            return Speaker(actor.name, actor.party, actor.type)  # "Mr Johnson": the registry's Boris Johnson
        if words[:1] and words[0][:1].isupper() and len(words) == 1:
            if words[0] in self._institutions:  # "the Times": the New York Times
                full = self._institutions[words[0]]
                return Speaker(full, party or self.actors.party_named_in(full), "institution")
            if words[0] in self._short_forms:  # "CENTCOM" after "the U.S. military's Central Command (CENTCOM)"
                return self._named_in_full(*self._short_forms[words[0]])
            kind = _kind_of_one_word(words[0], party, self.actors)
            if kind == "institution" and not party and words[0].isupper() and self._turns_of(words[0]) >= 2:
                kind = "person"  # a transcript's "HOLT:", not an acronym
            if kind == "person" and _THE.match(mention):
                # "The Bundeswehr said": no person takes an article; but "the Clintons" are a family, and
                # "the Texan" is a person described
                if words[0] in institution_words() or not words[0].endswith(("s", "an")):
                    kind = "institution"
                elif words[0].endswith("s"):
                    kind = "group"
            return Speaker(words[0], party, kind)
        return Speaker(name, party, "institution" if self.actors.names_a_party(name) else _kind_of_phrase(name))

    def _joint(self, mention: str, start: int) -> Speaker | None:
        """People named together ("Trump and Putin discuss Ukraine", "Ben Carson, Ted Cruz and Rand Paul",
        "Two analysts, Patrick Megahan and Chris Harman"): all speak, as a group that stands for a party only if
        they share it. Parts that name no one the article names in full are descriptions."""
        people = []
        for part in _LIST_PARTS.split(mention):
            part = _OWNER_OF_PERSON.sub("", part)  # "Reuters’ Luciana Lopez"
            # a title is no one ("Martin Griffiths, Under-Secretary-General … and Emergency Relief Coordinator")
            speaker = self._resolve(part, start) if part[:1].isupper() and not _is_role(part.split()[-1]) else None
            if speaker is not None and speaker.type == "person" and speaker not in people and (
                    speaker.name in self.people or self._registered(speaker.name) is not None):
                people.append(speaker)
        if len(people) < 2:
            return None
        parties = {p.party for p in people}
        return Speaker(", ".join(p.name for p in people[:-1]) + " and " + people[-1].name,
                       parties.pop() if len(parties) == 1 else UNMAPPED, "group")

    def _narrated(self, start: int) -> bool:
        """Whether ``start`` is in the reporter's own words: not in a quotation, a quoted post or a turn."""
        return not self._has_turns and not self.text.startswith("<", self.text.rfind("\n", 0, start) + 1) \
            and not _inside_quotation(self.text, start)

    @cached_property
    def _has_turns(self) -> bool:
        """Whether the article is an interview or a transcript: two lines or more open with a speaker's label."""
        return len(_TURN_LINE.findall(self.text, 0)) >= 2

    def _turns_of(self, label: str) -> int:
        """How many paragraphs open with ``label`` and a colon ("HOLT:", "ZELENSKY (through interpreter):")."""
        return len(re.findall(rf"(?m)^{re.escape(label)}{TURN_LABEL_END}", self.text))

    def _resolve_reflexive(self, mention: str, reflexive: str, start: int) -> Speaker:
        """The speaker of "Putin himself", "Clinton herself" (of her sex) or "Ford itself" (no person)."""
        if " " not in mention and reflexive in {"himself", "herself"}:
            mention = f"{'Mr.' if reflexive == 'himself' else 'Ms.'} {mention}"
        speaker = self._resolve(mention, start)
        return speaker._replace(type="institution") if reflexive == "itself" and speaker.type == "person" else speaker

    def _registered(self, mention: str) -> Actor | None:
        """The registered actor ``mention`` names, unless it is a registered surname that the article gives
        someone else ("Johnson" after "Sen. Ron Johnson", where the registry holds Boris Johnson)."""
        actor = self.actors.actor(mention)
        if actor is not None and actor.type == "person" and " " not in mention.strip() \
                and self._full_names.get(mention.strip(), {actor.name}) - {actor.name}:
            return None
        return actor

    @cached_property
    def _full_names(self) -> dict[str, set[str]]:
        """The full names of the people the article names, by surname."""
        names: dict[str, set[str]] = defaultdict(set)
        for person in self.people.values():
            names[person.surname].add(person.name)
        return names

    def _person_in(self, mention: str, start: int) -> Person | None:
        # the name must end the mention or a part of it ("Sen. Ted Cruz of Texas", "Russia's UN envoy,
        # Vassily Nebenzia"): "Senate Republican leaders" are leaders
        found = [p for p, forms in self._written_forms for name in forms if name in mention and (
                 re.search(re.escape(name) + r"(?=\.?\s*(?:$|[,(;\u2014-])|\s+of\s)", mention)
                 or mention.startswith((f"{name} at ", f"{name} in ", f"{name} from ")))]  # "… at POLITICO"
        found = [p for p in found if not _object_of(mention, p)] or found
        # "Mike Shields, president of the Congressional Leadership Fund", "a spokesman for Ted Cruz, Rick
        # Tyler": of several names, the one standing as a whole part of the apposition is the speaker
        if len(found) > 1:
            standing = [p for p in found for part in mention.split(",") if part.strip().endswith(p.name)
                        and all(w[:1].isupper() for w in part.strip()[:-len(p.name)].split())]
            if standing:
                return standing[0]
        return found[-1] if found else self._by_surname(mention, start)

    @cached_property
    def _written_forms(self) -> list[tuple[Person, tuple[str, ...]]]:
        """Each person with the full names they may be written with: their own, and a registered actor's full
        aliases ("Viktor Orbán" for the registry's Viktor Orban)."""
        return [(p, (p.name,) if (actor := self.actors.actor(p.name)) is None
                 else (p.name, *(a for a in actor.aliases if " " in a))) for p in self.people.values()]

    def _by_surname(self, mention: str, start: int) -> Person | None:
        """The person a mention names by surname ("Clinton", "Mrs. Clinton", "Representative Brooks"):
        of those the article names in full, the one named last before the mention, of the honorific's
        sex; failing that, one whose first of two surnames it is ("Ms. Acosta": Melba Acosta Febo, "Lula":
        Luiz Inácio Lula da Silva), or
        one named before (or after a headline) whose name it opens after a title, or alone when the article
        gives the person a role:
        Chinese and Korean names open with the surname ("President Xi", "Wang" after "his Chinese
        counterpart Wang Yi", "Lai" after "Lai Ching-te"), and a royal title goes with a given name
        ("Prince Mohammed")."""
        tokens = _MENTION_WORD.findall(mention)
        while tokens[1:] and tokens[-1] in NAME_SUFFIXES:
            tokens.pop()  # "Vice President Joseph R. Biden Jr.": Biden
        last = tokens[-1] if tokens else ""
        registered = self.actors.actor(last)
        # "al-Assad" is "Assad" too, and "Al-Assad" opening a sentence
        found = [p for p in self.people.values()
                 if last == p.surname or ("-" in p.surname and last in {p.surname.partition("-")[2],
                                                                       p.surname[:1].upper() + p.surname[1:]}) or
                 (registered is not None and registered.name == p.name)] or \
            [p for p in self.people.values() if len(tokens) <= 2 and (
                (p.name.count(" ") == 2 and p.name.split()[1] == last
                 and not self._written_in_lower_case(p.name.split()[2]))
                or (f" {last} d" in p.name and re.search(rf" {re.escape(last)} d[aeiou]s? ", p.name)))] or \
            [p for p in self.people.values() if p.name.split()[0] == last and not self.actors.names_a_party(last)
             and (p.last_named_before(start) >= 0 or self._in_headline(start))  # "Israel says" is no Israel Katz
             and (tokens[-2].lower().rstrip(".") in title_words() if len(tokens) > 1
                  else _has_role(p) or _EAST_ASIAN_GIVEN_NAME.match(p.name.split()[-1])
                  or last in _SURNAMES_FIRST or self._only_one_called(last))]
        if len(tokens) > 1 and (sex := HONORIFIC_SEX.get(tokens[-2])):
            found = [p for p in found if self._sex_of(p.name) in {"", sex}]  # "Mrs. Clinton" is not Bill
        # stable: of equals, the last named in the article; of two who share a surname written first ("Kim Yo
        # Jong", "Kim Jong Un"), one who has spoken
        spoken = {speaker.name for position, speaker in self.history if position < start} \
            if len(found) > 1 and last in _SURNAMES_FIRST else ()
        found.sort(key=lambda p: (p.name in spoken, p.last_named_before(start + 1)))
        return found[-1] if found else None

    def _only_one_called(self, given: str) -> bool:
        """Whether ``given`` is a given name that one person the article names in full has, and no one has as
        a surname: a feature calls "Halima Adam" "Halima" after naming her."""
        return given in given_names() and sum(p.name.split()[0] == given for p in self.people.values()) == 1 \
            and not any(p.surname == given for p in self.people.values())

    def _in_headline(self, start: int) -> bool:
        """Whether ``start`` falls in the article's first sentence, which may name someone the text
        introduces only later ("Hillary: …")."""
        return bool(self.sentences) and start < self.sentences[0][1]

    def _described(self, mention: str, start: int) -> Speaker | None:
        """The person a definite description names ("the senator", "the Republican front-runner",
        "the former secretary of state"): of those the article gives that role ("Sen. Ted Cruz",
        "Donald Trump, the Republican front-runner,", "President Obama"), the one mentioned last
        before ``start``. The capitalised words of the description and those after "of" must be
        among the words that describe the person or name their party ("the Russian envoy": Russia's
        UN envoy; "Russia's top diplomat", "the top U.S. diplomat"), and a feminine or masculine role fit
        their sex."""
        words = _MENTION_WORD.findall(_INITIALISM.sub(lambda m: m.group().replace(".", ""), mention))
        words = words[1:] if words[:1] and words[0].lower() == "the" else words
        of = words.index("of") if "of" in words else len(words)
        head = words[of - 1].lower() if of else ""
        if head not in person_roles():
            return None
        # the role the head names, or one its written form gives ("the CEO": a chief executive)
        wanted = set(_roles_at([w.lower() for w in words[:of]], of - 1, person_roles()[head] | {head}))
        sex = "f" if head in FEMININE else "m" if head in MASCULINE else ""
        required = [w for w in words[:of - 1] if w[0].isupper()] + words[of + 1:]
        found = [(self._last_mention(name, start), name) for name, (roles, described) in self._role_holders.items()
                 if roles & wanted and self._may_be(name, sex) and all(
                     w.lower() in described or self.actors.party_named_in(w) in {self._holder(name).party} - {""}
                     for w in required)]
        position, name = max(found, default=(-1, ""))
        if position < 0 and of == len(words) and not _OWNED.search(mention) \
                and not any(roles & wanted for roles, _ in self._role_holders.values()):
            return self._named_again(start, sex, wanted, words)
        spoken = next((speaker for at, speaker in reversed(self.history) if at < start and speaker.type == "person"), None)
        if position < 0 or spoken is not None and surname_of(spoken.name) != surname_of(name) \
                and self._last_mention(spoken.name, start) > position:
            return None  # someone else spoke since: "Christie said … The governor claimed" is not Jeb Bush's
        return self._holder(name)

    def _named_again(self, start: int, sex: str, wanted: set[str], words: list[str]) -> Speaker | None:
        """The person opening the sentence before the one of ``start``, when a description names them
        by a role the article gives no one ("Lars Løkke Rasmussen said …. “…,” the foreign minister said", "The
        Kentucky Republican called …" after Mitch McConnell): unless the article gives them another role (but
        a party's member may hold any), their sex or side is another, or they are of the other US party."""
        # the sentence before: after a subject of its own, a description names another ("Trump took on Clinton after
        # the Democratic front-runner had said")
        here = self._sentence_of(start)
        person = self._person_opening_sentence(here, after=-1)
        if person is None or not self._may_be(person.name, sex) \
                or self._person_opening_sentence(start, here - 1) is not None:
            return None
        roles, described = self._role_holders.get(person.name, (set(), set()))
        party = self.actors.party_named_in(" ".join(w for w in words if w[0].isupper()))
        if party and person.party not in {"", party}:
            return None
        lower = {w.lower() for w in words}
        members = {member for member, (names, _) in _PARTY_MEMBERS.items() if member in lower or names & lower}
        if len(members) > 1 or any(_PARTY_MEMBERS[member][1] & described for member in members):
            return None  # not one the article makes the other party's
        if wanted & members:
            return person  # "the New York Democrat", whatever role they hold besides
        # another role only when the article describes them in no way and they spoke last: "the foreign minister",
        # not "the former president" (who that is, the reader knows) nor "the spokesman" (someone's)
        spoke = next((speaker for at, speaker in reversed(self.history) if at < start), None)
        return person if not roles and not described and spoke == person and "former" not in lower \
            and not wanted & _AGENT_ROLES else None

    def _holder(self, name: str) -> Speaker:
        """The speaker a role holder of ``_role_holders`` is."""
        if name in self.people:
            return Speaker(name, self.people[name].party, "person")
        title, surname = name.rsplit(" ", 1)  # named by title and surname only: "President Obama"
        return Speaker(surname, self.actors.party_named_in(title), "person")

    @cached_property
    def _role_holders(self) -> dict[str, tuple[set[str], set[str]]]:
        """Who the article gives a role: a person it names in full, or one it names by title and
        surname only ("President Obama"), with the roles and the words (in lower case) it describes
        them with."""
        holders = {}
        for name, p in self.people.items():
            described = {w.lower() for w in _MENTION_WORD.findall(" ".join(p.descriptions))}
            roles = set().union(*(roles_in(_MENTION_WORD.findall(d)) for d in p.descriptions))
            if roles & _FOREIGN_OFFICES and ("foreign" in described
                                             or ("secretary" in roles and "state" in described)):
                roles.add("diplomat")  # "the top diplomat" after "Foreign Minister Sergei Lavrov"
            holders[name] = (roles, described)
        for m in _titled_surname().finditer(self.text):
            title, surname = m.group(1).split(), m.group(2)
            roles = roles_in(title)
            if not roles:
                continue
            # the one person named in full with that surname, unless the honorifics say it is a
            # relative ("Michelle Obama", but "Mr. Obama")
            named = [p.name for p in self.people.values() if p.surname == surname]
            called = {sex for _, sex in self._honorifics.get(surname, ())}
            name = named[0] if len(named) == 1 and called <= {self._sex_of(named[0])} \
                else " ".join([*title, surname])
            held, described = holders.setdefault(name, (set(), set()))
            held |= roles
            described |= {w.lower().rstrip(".") for w in title}
        return holders

    def _introduced_by_role(self, name: str) -> str | None:
        """Whether the article introduces the one name ``name`` by a relation or role ("Her father, Giorgi, 58,", "his
        cousin Rami"): the sex the relation gives ("m", "f" or ""), or None. Looked for where the name is written,
        which keeps it cheap."""
        if " " in name or not name.isalpha():
            return None
        for q in self._written_at(name)[:_INTRODUCED_LOOKS]:
            role = _INTRODUCED_BY.search(self.text, max(0, q - 40), q)
            if role is not None and (role.group(1) in _RELATIONS or _AGED.match(self.text, q + len(name))):
                noun = role.group(1)
                return "m" if noun in MASCULINE else "f" if noun in FEMININE else ""
        return None

    @cached_property
    def _institutions(self) -> dict[str, str]:
        """The last word of an institution's name -> the name the article gives it in full most
        often ("Times": "New York Times", "Committee": "Republican National Committee")."""
        names: dict[str, Counter[str]] = defaultdict(Counter)
        for tokens, _, _ in _name_runs(self.text, 0):
            while tokens and tokens[0].lower() in _OPENING_WORDS:
                tokens = tokens[1:]  # "The New York Times"
            owners = [k for k, t in enumerate(tokens[:-1]) if t.endswith(("\u2019s", "'s"))]
            tokens = tokens[owners[-1] + 1:] if owners else tokens  # not "Reagan's Gallup"
            if len(tokens) > 1 and tokens[-1] in institution_words():
                names[tokens[-1]][" ".join(tokens)] += 1
        return {word: found.most_common(1)[0][0] for word, found in names.items()}

    @cached_property
    def _interviewee(self) -> Speaker | None:
        """Who answers an interview's "A:" turns: the person who spoke last before its first "Q:", else the
        one named last."""
        asked = _FIRST_QUESTION.search(self.text)
        if asked is None:
            return None
        spoken = next((speaker for position, speaker in reversed(self.history)
                       if position < asked.start() and speaker.type == "person"), None)
        if spoken is not None:
            return spoken
        person = max((p for p in self.people.values() if p.positions[0] < asked.start()),
                     key=lambda p: p.last_named_before(asked.start()), default=None)
        return Speaker(person.name, person.party, "person") if person is not None else None

    @cached_property
    def _short_forms(self) -> dict[str, tuple[str, int]]:
        """The abbreviation the article gives an organisation in brackets -> its full name and where that
        ends ("the Rapid Support Forces (RSF)")."""
        return {m.group(2): (_LEADING_THE.sub("", m.group(1)), m.end(1)) for m in _SHORT_FORM.finditer(self.text)}

    def _named_in_full(self, full: str, end: int) -> Speaker:
        """The organisation named in full up to ``end``: the speaker it was, if it spoke, so both names
        count as one; else the full name, with the party the words before it give it."""
        spoken = next((speaker for position, speaker in self.history
                       if position < end <= position + len(speaker.name) + 40 and speaker.name.endswith(full)), None)
        if spoken is not None:
            return spoken
        before = self.text[max(0, end - len(full) - 40):end]  # "the paramilitary Rapid Support Forces"
        party = self.actors.party_named_in(full) or party_described(before, self.actors)
        return Speaker(full, party, "institution")

    def _plural_subject(self, start: int, end: int) -> Speaker | None:
        """A plural noun that names speakers heading the subject of ``text[start:end]``, with the
        words before it that describe it ("Fox executives have not pushed the issue. Nor have they
        …", "Black voters have formed …")."""
        words = list(islice(_PHRASE_TOKEN.finditer(self.text, start, end), MAX_SUBJECT_WORDS + 1))
        for noun, after in zip(words, words[1:]):
            if noun.group().lower() in _plural_speaker_nouns() and after.group().isalpha() \
                    and after.group().islower() and after.group() not in _NOT_A_VERB:
                phrase = _noun_phrase_before(self.text, noun.end(), start)
                name = phrase[0] if phrase else noun.group()
                return Speaker(name, self.actors.party_named_in(name), "group")
        return None

    def _last_mention(self, name: str, end: int) -> int:
        """Where the article last mentions ``name`` before ``end``, in full or by surname, or -1."""
        last = self.people[name].last_named_before(end) if name in self.people else -1
        found = self._written_at(surname_of(name))
        i = bisect.bisect_left(found, end)
        return max(last, found[i - 1] if i else -1)

    def _written_at(self, surname: str) -> list[int]:
        """Where the article writes ``surname``, in reading order."""
        if surname not in self._surnames:
            self._surnames[surname] = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", self.text)]
        return self._surnames[surname]

    def _called_by_given_name(self, person: Person) -> list[int]:
        """Where the article calls ``person`` by a given name no one else named has ("Anahit")."""
        given = person.name.split()[0]
        alone = sum(p.name.split()[0] == given for p in self.people.values()) == 1 \
            and not any(p.surname == given for p in self.people.values())
        return self._written_at(given) if given != person.surname and alone else []

    def _owner(self, start: int, sex: str) -> Person | None:
        """The person "his" or "her" at ``start`` most likely stands for: the last one of that sex named before
        it in its sentence, else the one opening its sentence or the one before; None when neither is
        clear ("Her campaign" after a paragraph about others)."""
        s = self._sentence_of(start)
        named = max(((q, p) for p in self.people.values() if self._may_be(p.name, sex)
                     for q in p.positions + self._written_at(p.surname) + self._called_by_given_name(p)
                     if s <= q < start and not _inside_quotation(self.text, q)), default=None, key=lambda n: n[0])
        if named is not None:
            return named[1]
        opening = self._person_opening_sentence(start, after=-1)
        return self.people.get(opening.name) if opening is not None and self._may_be(opening.name, sex) else None

    def _last_named(self, start: int, sex: str) -> Speaker | None:
        """The person the article names last before ``start``, in full or by surname and not in someone's words,
        if they may be of ``sex`` and it names them in the few sentences before."""
        here = bisect.bisect_right(self.sentence_ends, start)
        opens = self.sentences[max(0, here - _AGE_REACH)][0] if self.sentences else 0
        named = [(q, p) for p in self.people.values() for q in self._written_at(p.surname)
                 if opens <= q < start and not _inside_quotation(self.text, q)
                 and not self.text.startswith(" via ", q + len(p.surname))]  # "Neilson Barnard via Getty Images"
        person = max(named, key=lambda found: found[0], default=(-1, None))[1]
        if person is None or not self._may_be(person.name, sex):
            return None
        return Speaker(person.name, person.party, "person")

    def _written_in_lower_case(self, word: str) -> bool:
        return re.search(rf"\b{re.escape(word.lower())}\b", self.text) is not None

    def _leader_of(self, party: str, start: int) -> Speaker | None:
        """"the Russian leader": the party's head, among the people the article has named in full,
        or else the first of its people who spoke ("Mr. Putin said …")."""
        candidates = [p for p in self.people.values() if p.party == party and min(p.positions) < start]
        leaders = [p for p in candidates
                   if any(set(d.lower().split()) & LEADER_WORDS for d in p.descriptions)]
        for group in (leaders, candidates):
            if group:
                leader = min(group, key=lambda p: min(p.positions))
                return Speaker(leader.name, leader.party, "person")
        return next((speaker for position, speaker in self.history
                     if position < start and speaker.type == "person" and speaker.party == party), None)

    def _last_person(self, start: int, pronoun: str) -> Speaker | None:
        """The person who spoke last before ``start``. If they cannot be the pronoun's ("she" after
        Mark Schmidt or "Mr. Schmidt" spoke), the latest of the earlier speakers who can and the
        people named since whom the article or their given name gives the pronoun's sex."""
        sex = "m" if pronoun in MASCULINE else "f" if pronoun in FEMININE else ""
        # not an unresolved "you" nor a transcript's "Q": "I" would become the interviewer
        spoken = ((position, speaker) for position, speaker in reversed(self.history)
                  if position < start and speaker.type == "person" and len(speaker.name) > 1
                  and speaker.name.lower() not in _PRONOUNS and speaker != AUTHOR)
        last = next(spoken, None)
        opening = self._person_opening_sentence(start, after=last[0] if last else -1) if sex else None
        if opening is not None and self._may_be(opening.name, sex):
            return opening  # "Zelenskyy visited the front. “We will hold,” he said": not the one who spoke before
        if sex and (chained := self._writers_interlocutor(start, pronoun, sex, after=last[0] if last else -1)):
            return chained
        if (anonymous := self._unnamed_source_before(start, pronoun, sex)) is not None \
                and (last is None or anonymous[0] > last[0]):
            return anonymous[1]  # "A senior U.S. official said … “…,” he said": the official
        if sex and (described := self._unnamed_in_sentence(start, sex)) is not None:
            return described  # "When I spoke to a senior German official, she admitted …": the official
        if sex and (described := self._unnamed_opening(start, sex, after=last[0] if last else -1)) is not None:
            return described  # "Another soldier lit a cigarette. “…,” he said": the soldier
        if last is not None and self._may_be(last[1].name, sex):
            return last[1]
        named = [(q, Speaker(p.name, p.party, "person")) for p in self.people.values()
                 if (q := p.last_named_before(start)) >= 0 and self._named_outside_quotations(p, start)]
        if last is None:  # of those named, one the pronoun's sex is known for first ("Umm Ahmed", not "Jamal Hassan")
            return max(((q, s) for q, s in named if sex and self._sex_of(s.name) == sex), default=(-1, None))[1] \
                or max(((q, s) for q, s in named if self._may_be(s.name, sex)), default=(-1, None))[1]
        candidates = [next(((q, s) for q, s in spoken if self._may_be(s.name, sex)), (-1, None))]
        candidates += [(max(q, self._last_called(s.name, start)), s) for q, s in named
                       if self._sex_of(s.name) == sex]
        return max(candidates, key=lambda c: c[0])[1]

    def _unnamed_source_before(self, start: int, pronoun: str, sex: str) -> tuple[int, Speaker] | None:
        """The last speaker before the "he" or "she" at ``start``, with where it spoke, if that is one
        unnamed person ("A senior U.S. official", "a doctor at the hospital", "the representative of France",
        not "a reporter" asking) of no other sex, in the sentence before or in the pronoun's own, with no
        person named since."""
        position, speaker = next(((p, s) for p, s in reversed(self.history) if p < start), (-1, None))
        if pronoun not in {"he", "she"} or speaker is None or speaker.type != "group":
            return None
        # the mention itself is the description: not a "who" that a relative clause resolved to it
        after_the = self.text[position:position + 4].lower() == "the "
        # or a pronoun the description was found for ("When I spoke to an official, she admitted …")
        # or the description after "One of them," ("One of them, a 15-year-old boy from Eritrea,")
        one = _ONE_UNNAMED.match(speaker.name) if self.text.startswith(speaker.name, position + 4 * after_the) \
            or _HE_OR_SHE.match(self.text, position) \
            or self.text.startswith(", " + speaker.name, self.text.find(",", position, position + 40)) else None
        if one is None or bool(one.group(2)) != after_the \
                or (one.group(1) or one.group(2) or one.group(3)) not in _UNNAMED_PERSONS \
                or not self._may_be_one(speaker.name, sex):
            return None
        said_in = bisect.bisect_right(self.sentence_ends, position)
        here = bisect.bisect_right(self.sentence_ends, start)
        if here > said_in + 1:
            return None
        # no one named before the source in its sentence ("Yanukovych, who owed his election, as an American
        # diplomat put it, to …"), nor after it up to the pronoun, outside the source's own words
        opens, since = self.sentences[said_in][0], self.sentence_ends[said_in] if here > said_in else position
        for person in self.people.values():
            written = self._written_at(person.surname)  # in full or alone
            before = bisect.bisect_left(written, opens)
            after = bisect.bisect_right(written, since)
            if (before < len(written) and written[before] < position) \
                    or (after < len(written) and written[after] < start):
                return None
        return position, speaker

    def _unnamed_opening(self, start: int, sex: str, after: int) -> Speaker | None:
        """One unnamed person whose description opens the sentence before the pronoun at ``start``, after
        ``after`` (where the last speaker spoke): "Another soldier, call sign “Grek”, lit a cigarette. “…,” he
        said"."""
        here = bisect.bisect_right(self.sentence_ends, start)
        if here < 1 or self.sentences[here - 1][0] <= after:
            return None
        s, e = self.sentences[here - 1]
        described = _UNNAMED_IN_CLAUSE.match(self.text, s)
        if described is None or not self._may_be_one(described.group(), sex) \
                or any(s <= q < start for p in self.people.values() for q in self._written_at(p.surname)):
            return None  # not "A campaign aide clarified that Clinton misspoke. … she"
        return self._one_unnamed(described.group())

    def _one_unnamed(self, description: str) -> Speaker:
        """A source the article describes but does not name ("a senior German official in Berlin")."""
        return Speaker(description, party_described(description, self.actors), "group")

    def _unnamed_in_sentence(self, start: int, sex: str) -> Speaker | None:
        """One unnamed person someone spoke to or met earlier in the sentence of the pronoun at ``start``, where
        no one is named and no one has spoken before it: "When I spoke to a senior German official in Berlin, she
        …"."""
        s = self.sentences[bisect.bisect_right(self.sentence_ends, start)][0] \
            if bisect.bisect_right(self.sentence_ends, start) < len(self.sentences) else start
        if any(s <= position < start for position, _ in self.history):
            return None  # someone spoke before the pronoun in its sentence
        described = None
        for described in _MET_UNNAMED.finditer(self.text, s, start):
            pass  # the last one
        if described is None or not self._may_be_one(described.group(1), sex) \
                or _inside_quotation(self.text, described.start()) \
                or any(s <= q < start for p in self.people.values() for q in p.positions):
            return None
        return self._one_unnamed(described.group(1))

    @staticmethod
    def _may_be_one(description: str, sex: str) -> bool:
        """Whether a description of one unnamed person lets them be of ``sex`` ("a spokeswoman" is no "he")."""
        words = set(_WORD.findall(description.lower()))
        return not sex or (FEMININE if sex == "m" else MASCULINE).isdisjoint(words)

    def _named_outside_quotations(self, person: Person, start: int) -> bool:
        """Whether the article names ``person`` before ``start``, in full or by surname, outside a
        quotation: one named only in someone's words ("“We fled from Khan Younis,” she said") is not
        whom a pronoun after them takes up."""
        return any(q < start and not _inside_quotation(self.text, q)
                   for q in person.positions + self._written_at(surname_of(person.name)))

    def _person_opening_sentence(self, start: int, after: int) -> Speaker | None:
        """The person whose name opens the sentence of ``start`` (before it) or the sentence before,
        when that sentence begins after ``after``: the subject a pronoun most likely takes up. Sentences
        of a quotation count as none ("Trump brushed the question aside. “I don't know Putin. I have …,” he
        said")."""
        here = bisect.bisect_right(self.sentence_ends, start)
        looked = 0
        for s, e in self.sentences[max(0, here - _QUOTED_SENTENCES_SKIPPED - 1):here + 1][::-1]:
            if looked == 2 or s <= after:
                break
            if s >= start:
                continue  # a pronoun opening its sentence looks two sentences back
            spoke = e <= start and any(s <= position < e for position, _ in self.history)
            if looked and not spoke and (_inside_quotation(self.text, s) or self.text.startswith(_OPENING_QUOTES, s)):
                continue  # but "“…,” the Republican candidate said" names the one who said it
            looked += 1
            if s not in self._openings:  # several pronouns may look at one sentence
                self._openings[s] = self._opening_person(s, e)
            end, person = self._openings[s]
            if 0 <= end <= start and person is not None:
                return person
            if spoke:
                break  # one who spoke in between is nearer: "A senior aide to Zelensky said …. He added"
        return None

    def _writers_interlocutor(self, start: int, pronoun: str, sex: str, after: int) -> Speaker | None:
        """The one person the writer's "I" or "we" speaks to or of, named or else described, in a sentence
        after ``after`` that opens with the writer: the pronoun's own ("When I asked a White House adviser …,
        he said") or the one before, or the one before that past one opening with the pronoun ("I put that to
        Hrytsenko. He laughed. “Desperation,” he repeated" is Hrytsenko's, not the one who spoke before)."""
        here = bisect.bisect_right(self.sentence_ends, start)
        own = [(self.sentences[here][0], start)] if here < len(self.sentences) else []
        for k, (s, e) in enumerate(own + self.sentences[max(0, here - 2):here][::-1]):
            if s <= after or _inside_quotation(self.text, s):
                return None
            if (writer := _WRITER_OPENS.match(self.text, s, e)) is not None:
                s = writer.end() - 1  # whom the writer speaks of comes after: not "Suddenly I"
                break
            if k == len(own) and not re.match(rf"{pronoun}\b", self.text[s:e], re.I):
                return None  # past "He paused." only
        else:
            return None
        named = [(q, p) for p in self.people.values() for q in p.positions + self._written_at(p.surname)
                 if s <= q < e and not _inside_quotation(self.text, q)]
        if len({p.name for _, p in named}) == 1:
            at, person = named[0]
            found = Speaker(person.name, person.party, "person") if self._may_be(person.name, sex) else None
        elif named or (described := _UNNAMED_IN_CLAUSE.search(self.text, s, e)) is None:
            return None
        else:
            at, found = described.start(), self._one_unnamed(described.group()) \
                if self._may_be_one(described.group(), sex) else None
        # not one the writer asked about someone else: "I asked him about Hrytsenko"
        return found if (MASCULINE | FEMININE).isdisjoint(_WORD.findall(self.text[s:at].lower())) else None

    def _opening_person(self, s: int, e: int) -> tuple[int, Speaker | None]:
        """Where the name opening the sentence ``text[s:e]`` and its verb end, and the person it
        names (None when it names no person in full); -1 when no name opens it."""
        if (bullet := _LINE_BULLET.match(self.text, s, e)) is not None:
            s = bullet.end()  # "— Finance Minister Bezalel Smotrich echoed him.", "• President Félix Tshisekedi …"
        if (label := _NAME_LABEL.match(self.text, s, e)) is not None and not _inside_quotation(self.text, s):
            # "Kremlin spokesman Dmitry Peskov: Any such strikes …, he told reporters": the label's person
            speaker = self._resolve(label.group(1), label.start(1))
            return label.end(), speaker if speaker.type == "person" else None
        opening = _OPENING_NAME.match(self.text, s, e) if not _inside_quotation(self.text, s) else None
        if opening is None or (opening.group(1) or "").split()[-1:] in (["I"], ["We"]):  # "Suddenly I saw": the writer
            return -1, None
        if opening.group(1) and self.text.startswith(",", opening.end(1)):
            # a name between commas stands for a role before it ("Israel's defense minister, Israel Katz,
            # was"), not for any phrase ("One of the groups he will launch, Our Revolution, will"); nor is
            # a name with nothing before it and a verb right after its comma ("The Boeing, built in 1991")
            before = self.text[s:opening.start(1)]
            if "," not in before and _VERB_AFTER_COMMA.fullmatch(self.text, opening.end(1), opening.end()):
                return -1, None
            if "," in before and not _OWNER_PRONOUN.match(before) and not any(
                    _is_role(w) or (w in _speaker_nouns() and not w.endswith("s")) for w in _WORD.findall(before)):
                return -1, None  # but "Her neighbour, Petro, 70, was" is a relation's
        words = (opening.group(1) or opening.group(2)).split()
        while words[1:] and words[0].lower() in _OPENING_WORDS:
            words = words[1:]  # "But Cruz's supporters …"
        if len(words) == 1 and words[0].lower() in PERSONAL:
            # "She avoided looking at me": whom the pronoun takes up, learning nothing of their sex from it
            person = self._last_person(s, words[0].lower())
            return opening.end(), person
        speaker = self._resolve(" ".join(words), s)
        # one name is enough after a role ("His mother, Savitri, …, was"): it is no headline's word
        # "Kit, for his part, got out.", "Giorgi took her arm" after "Her father, Giorgi, 58,", "Rami was less hopeful"
        named = " " in speaker.name or (opening.group(1) and ("," in self.text[s:opening.start(1)]
                                                                or _AGED.match(self.text, opening.end(1))
                                                                or self.text.endswith("-year-old ", s, opening.start(1))
                                                                or _WHO_AFTER.match(self.text, opening.end(1)))) \
            or speaker.name in self._called_only or self._introduced_by_role(speaker.name) is not None \
            or (speaker.name == words[0] and words[0] in given_names()) \
            or (len(words) > 1 and words[-2].rstrip(".").lower() in title_words())  # "Justice Kagan was not persuaded"
        return opening.end(), speaker if speaker.type == "person" and named else None

    def _may_be(self, name: str, sex: str) -> bool:
        """Whether the article lets a person of ``sex`` ("m", "f" or "" for either) be ``name``."""
        return not sex or self._sex_of(name) in {"", sex}

    def _sex_of(self, name: str) -> str:
        """"m" or "f" where the article or a given name says so ("Mr. Schmidt", "the congresswoman",
        "Mark Schmidt"), else "" (nothing says, or the signs disagree)."""
        if name not in self._sexes:
            self._sexes[name] = self._read_sex(name)
        # else the pronouns that took them up so far: "he said" of Devon Persaud makes him no "she"
        return self._sexes[name] or (next(iter(called)) if len(called := self._called.get(name, ())) == 1 else "")

    def _read_sex(self, name: str) -> str:
        # the most telling sign first: the given name, then what the article calls the person, then the
        # honorifics it gives the surname, which relatives share ("Mr. Clinton" and "Mrs. Clinton")
        # a one-word name may be a surname, unless no one the article names in full has it ("Olena", "Mahmoud")
        if (given := given_names().get(name.split()[0])) and (
                " " in name or not any(p.surname == name for p in self.people.values())):
            return given
        if introduced := self._introduced_by_role(name):
            return introduced  # "Her husband, Avraham,"
        # not a relation's possessive: "Her husband, Avraham," is a man
        described = [w for w in _WORD.findall(" ".join(self._descriptions(name)).lower()) if w not in {"his", "her"}]
        for signs in ({sex for sex, said in (("m", MASCULINE), ("f", FEMININE)) if not said.isdisjoint(described)},
                      {sex for _, sex in self._honorifics.get(name.split()[-1], ())}):
            if len(signs) == 1:
                return signs.pop()
        return ""

    def _last_called(self, name: str, end: int) -> int:
        """Where the article last calls ``name`` by an honorific before ``end`` ("Mrs. Clinton"), or -1."""
        return max((q for q, _ in self._honorifics.get(name.split()[-1], ()) if q < end), default=-1)

    @cached_property
    def _honorifics(self) -> dict[str, list[tuple[int, str]]]:
        """Surname -> where the article gives it an honorific, and the sex it says ("Mrs. Clinton": "f")."""
        found: dict[str, list[tuple[int, str]]] = {}
        for m in _HONORIFIC.finditer(self.text):
            if not self.text[m.start() - 1:m.start()].isalnum():  # a word of its own
                found.setdefault(m.group(2), []).append((m.start(), HONORIFIC_SEX[m.group(1)]))
        return found

    def _sentence_before(self, start: int) -> tuple[int, int] | None:
        """The sentence before ``start`` or, in the first sentence, what comes before ``start``."""
        previous = bisect.bisect_right(self.sentence_ends, start)  # the sentences end in reading order
        if previous:
            return self.sentences[previous - 1]
        return (self.sentences[0][0], start) if self.sentences else None

    def _sentence_of(self, start: int) -> int:
        """Where the sentence holding ``start`` begins."""
        here = bisect.bisect_right(self.sentence_ends, start)
        return self.sentences[here][0] if here < len(self.sentences) else start

    def _organisation_subject(self, start: int, end: int) -> Speaker | None:
        """The organisation whose name or description opens ``text[start:end]`` as its subject, which
        "it" takes up: "The Department of Education has misled the public. It has refused …"."""
        opening = _OPENING_ORGANISATION.match(self.text, start, end)
        if opening is None or _inside_quotation(self.text, start):
            return None
        if opening.group(2):  # "the conservative publication"
            return Speaker(opening.group(2), party_described(opening.group(2), self.actors), "institution")
        speaker = self._resolve(opening.group(0)[:opening.end(1) - opening.start()], start)
        return speaker if speaker.type == "institution" else None

    def _source_before(self, noun: str, start: int, modifiers: str = "") -> Speaker | None:
        """The unnamed source last quoted before ``start`` whose mention has ``noun`` ("A senior U.S.
        official", "A Western diplomat in Kyiv"), and the kind of organisation the mention that names them
        again has among its ``modifiers``: "the official", "the second official", not "the paramilitary group"
        after "A local aid group"."""
        kinds = [m for m in modifiers.split() if m in _ORGANISATION_WORDS]
        return next((speaker for position, speaker in reversed(self.history) if position < start
                     and speaker.type == "group" and _head_noun(speaker.name) == noun
                     and all(re.search(rf"\b{m}\b", speaker.name) for m in kinds)), None)

    def _author_before(self, noun: str, start: int) -> Speaker | None:
        """Who spoke last in the sentence before ``start``, if that sentence names their utterance by
        ``noun`` as the occasion of a report or as its source: "the office said in a statement … The statement read"
        is the office's; not "The Times said Cook provided a statement"."""
        s, e = self._sentence_before(start) or (0, 0)
        position, speaker = next(((p, found) for p, found in reversed(self.history) if s <= p < start), (-1, None))
        # or the source is named as the utterance's: "according to a statement from the Westfield Police Department …
        # The statement said", "…, according to a State Department readout. The readout said"
        if speaker is None or noun in speaker.name.lower() or not (
                re.search(rf"\b[Ii]n\s+(?:a|an|the|its|his|her|their)\s+(?:[\w\-]+\s+){{0,2}}{noun}\b", self.text[s:e])
                or re.match(rf"(?:[\w\-]+ ){{1,4}}{noun}\b", self.text[position:position + 80], re.I)):
            return None
        return speaker

    def _party_of_owner(self, mention: str, start: int) -> str:
        """The party of the organisation "its", "their" or "the group's" stands for in "Its spokesman,
        Oleg Nikolenko", "their negotiators" or "The group's political bureau chief, Ismail Haniyeh",
        or of the person "his" or "her" stands for ("His office"): those who speak for them stand for
        their party."""
        owner = _OWNED_AGENT.match(mention)
        agent = _AGENT_OF_ORGANISATION.search(mention) if owner is None else None
        if owner is None and agent is None:
            return UNMAPPED
        if (noun := owner.group(2) if owner is not None else agent.group(1)):
            # "The group's political bureau chief", "A spokesman for the group": the organisation the noun names again
            organisation = self._organisation_before(start, described=False, noun=noun.lower())
            return organisation.party if organisation is not None else UNMAPPED
        if owner.group(1).lower() in {"his", "her"}:  # "His office said": the office of the one "he" is
            person = self._last_person(start, "he" if owner.group(1).lower() == "his" else "she")
            return person.party if person is not None else UNMAPPED
        spoken_for = self._collective(start, plural=owner.group(1).lower() == "their")
        return spoken_for.party if spoken_for is not None else UNMAPPED

    def _party_of_their_organisation(self, person: Person, start: int) -> str:
        """The party of the organisation a person's role names by a noun alone ("Army spokesman Nabil
        Abdallah" after "The Sudanese army said", "Mahmud Bassal, the agency's spokesman", "Andriy Yermak,
        the head of the presidential office"): the last one that spoke with that noun as its head; a minister
        stands for their ministry."""
        firsts = (_POSSESSIVE_S.sub("", words[0]).lower() for d in person.descriptions
                  if (words := _LEADING_ARTICLE.sub("", d.strip()).split()))  # "The junta's spokesman", "an army …"
        noun = next((first for first in firsts if first in _ORGANISATION_WORDS), None)
        kind: list[str] = []  # the words of the noun's kind: "the presidential office" is no prosecutor's office
        if noun is None and (of := next((m for d in person.descriptions if (m := _OF_AN_ORGANISATION.search(d))),
                                        None)):
            kind, noun = of.group(1).lower().split(), of.group(2).lower()
        organisation = self._organisation_before(start, described=False, noun=noun) if noun else None
        if organisation is not None and not set(kind) <= set(organisation.name.lower().split()):
            organisation = None
        if organisation is None and (members := next((first[:-1] for d in person.descriptions
                                                      if (first := _LEADING_THE.sub("", d.strip()).split(" ")[0])
                                                      .endswith(("s\u2019", "s'"))), None)):
            # "Lawrence Kanyuka, the rebels' spokesman" after "M23 rebels said"
            organisation = self._source_before(members.lower(), start)
        if organisation is None and any(_BARE_SPOKESPERSON.match(d.strip()) for d in person.descriptions):
            return self._party_of_institution_before(start)  # "The Presidential Office …, spokesperson Karen Kuo"
        if organisation is None and (minister := next(
                (m.group(1).lower() for d in person.descriptions if (m := _MINISTER_OF.search(d))), None)):
            # "Defence Minister Wellington Koo" after "Taiwan's defence ministry said"
            organisation = next((speaker for position, speaker in reversed(self.history) if position < start
                                 and f"{minister} ministry" in speaker.name.lower()), None)
            if organisation is None:  # "Information Minister Khalid al-Aiser" after "Sudan's government said"
                return self._party_of_institution_before(start, states_only=True)  # not Islamic Jihad's
        return organisation.party if organisation is not None else UNMAPPED

    def _party_of_outlet_quoting(self, person: Person, mention: str, start: int) -> str:
        """The country of the state outlet that quotes an official with no party of their own: "Iranian state
        TV quoted Supreme Leader Ayatollah Ali Khamenei", "Russia's TASS news agency quoted Deputy Foreign
        Minister Sergei Ryabkov", "IRNA quoted the head of the judiciary, Gholamhossein Mohseni-Ejei"."""
        quoting = _QUOTED_BY.search(self.text, max(self._sentence_of(start), start - 60), start)
        if quoting is None or not any(_is_role(w) for d in [mention, *person.descriptions] for w in d.split()):
            return UNMAPPED
        return party_described(quoting.group(1), self.actors) if _STATE_OUTLET.search(quoting.group(1)) else UNMAPPED

    def _party_of_institution_before(self, start: int, states_only: bool = False) -> str:
        """The party of the institution that spoke last, in the sentence before ``start`` or its own: a
        spokesperson with no one named as theirs speaks for it; a minister, only for a state."""
        s = (self._sentence_before(start) or (0, 0))[0]
        return next((speaker.party for position, speaker in reversed(self.history) if s <= position < start
                     and speaker.type == "institution"
                     and not (states_only and speaker.party in self.actors.organisations)), UNMAPPED)

    def _party_of_group(self, noun: str, start: int) -> str:
        """The party of the group of ``noun``s ("officials") that spoke in the sentence before ``start``
        or earlier in its own: one of them stands for it too."""
        s = (self._sentence_before(start) or (0, 0))[0]
        plural = noun + "s"
        return next((speaker.party for position, speaker in reversed(self.history) if s <= position < start
                     and speaker.type == "group" and (noun == "them" or speaker.name.lower().endswith(plural))),
                    UNMAPPED)  # "Egyptian officials said … One of them said"

    def _organisation_before(self, start: int, described: bool, noun: str) -> Speaker | None:
        """The organisation that spoke in the sentence before ``start`` or earlier in its own, not
        a country ("the group", "the ministry"), after the last one named by the same ``noun`` anywhere
        before ("the military" after "Ukraine's military"), unless ``described``; else a party that is
        an organisation (NATO, Hamas) named in the sentence before. A ``described`` one ("the terrorist
        group") may be another organisation than the one that spoke: only such a party is taken for it."""
        s, e = self._sentence_before(start) or (0, 0)
        organisations = self.actors.organisations
        nouns = _ALSO_NAMED.get(noun, {noun})  # "an army spokeswoman" after "The Israeli military said"
        # "Israel's National Cyber Directorate … The directorate said", however its name was read
        same = None if described else next((speaker for position, speaker in reversed(self.history) if position < start
                                            and (speaker.type != "person" or speaker.name.split()[-1].lower() in nouns)
                                            and _head_noun(speaker.name) in nouns), None)
        if same is None and not described:
            # named so in the sentence before, else a state's body that spoke there ("The PLA Eastern Theater Command
            # said … Navy Senior Colonel Shi Yi": not the US Navy named paragraphs before), else named so earlier
            same = self._named_by_noun(noun, start, opens=s) \
                or (self._state_body_spoke(s, start) if noun in _STATE_BODIES else None) \
                or self._named_by_noun(noun, start)
        if same is not None:
            return same
        # a state's body ("the army chief" after "the RSF has …") is no armed group's, movement's or monitor's
        state_body = noun in _STATE_BODIES
        for position, speaker in reversed(self.history):
            if s <= position < start and noun in _RENAMING_NOUNS and " " not in speaker.name \
                    and speaker.type == "person" and speaker.name not in self.people and not described:
                return speaker._replace(type="institution")  # "Apple said … The company said": Apple is no person
            if noun in _OUTLET_NOUNS and speaker.name.split()[-1] not in _news_outlets() \
                    and speaker.name.split()[-1] not in _OUTLET_NAME_ENDS:
                continue  # "According to the newspaper" after the NRA spoke: an outlet, not the NRA
            if s <= position < start and ((speaker.party in organisations and speaker.type != "person"
                                           and not state_body)
                                          or (not described and speaker.type == "institution"
                                              and speaker.name != speaker.party and (speaker.party or not state_body))):
                return speaker  # not "the government" for a monitor that spoke before
        if not described and not state_body and (named := self._organisation_named(s, start, noun)) is not None:
            return named  # "… organized by the Palestine Solidarity Committee, which … the group said"
        if not described and noun in _RENAMING_NOUNS and (company := self._company_opening(s, e)) is not None:
            return company  # "Apple hit back at Spotify. The company said …"
        party = None if state_body else next(
            (p for *_, p in self.actors.party_mentions(self.text, s, e) if p in organisations), None)
        return Speaker(party, party, "institution") if party else None

    def _company_opening(self, start: int, end: int) -> Speaker | None:
        """A name of one word opening the sentence ``text[start:end]`` that is no person's, place's or party's: a
        company ("Apple hit back at Spotify", "Moderna has been hit harder")."""
        opening = _OPENING_NAME.match(self.text, start, end)
        words = opening.group(1).split() if opening is not None and opening.group(1) else []
        if len(words) != 1 or words[0].lower() in _PRONOUNS or words[0].lower() in _OPENING_WORDS \
                or words[0] in given_names() or self.actors.names_a_party(words[0]) \
                or any(p.surname == words[0] for p in self.people.values()):
            return None
        return Speaker(words[0], UNMAPPED, "institution")

    def _organisation_named(self, start: int, end: int, noun: str) -> Speaker | None:
        """The last organisation ``text[start:end]`` names outside quotations that ``noun`` names again: by the
        noun closing its name ("the Service Employees International Union … The union"), or, for "the group" or
        "the organisation", by an acronym or a name ending in an institution's word ("the ICRC’s head of
        delegation", "the Palestine Solidarity Committee")."""
        found = None
        for m in _ORGANISATION_NAMED.finditer(self.text, start, end):
            name = m.group()
            last = name.split()[-1]
            if (last.lower() == noun or noun in _ANY_ORGANISATION_NOUNS and (
                    _ACRONYM.fullmatch(name) or last in institution_words() and " " in name)) \
                    and not self.actors.names_a_party(name) and name not in self.people \
                    and not _PLACE_BEFORE.search(self.text, max(0, m.start() - 12), m.start()) \
                    and not _inside_quotation(self.text, m.start()):
                found = m  # not a place: "the crowd, which rallied at Temple University"
        return None if found is None else Speaker(
            found.group(), party_described(found.group(), self.actors), "institution")

    def _state_body_spoke(self, start: int, end: int) -> Speaker | None:
        """The last institution of a state, not of an armed group, that spoke between ``start`` and ``end``."""
        return next((speaker for position, speaker in reversed(self.history) if start <= position < end
                     and speaker.type == "institution" and speaker.party
                     and speaker.party not in self.actors.organisations), None)

    def _named_by_noun(self, noun: str, start: int, opens: int = -1) -> Speaker | None:
        """The organisation last named by ``noun`` with its country after ``opens`` (by default in the few
        paragraphs before ``start``), whether or not it spoke: "the army" after "Sudan's army and the RSF traded
        blame" is Sudan's."""
        opens = max(opens, start - _NAMED_BY_NOUN_REACH, 0)
        found = None
        for m in re.finditer(rf"\b(?:[A-Z][\w.\-]*[\u2019']s|[A-Z][\w.\-]*)\s+(?:[a-z\-]+\s+)?(?i:{noun})\b"
                             r"((?:\s+[A-Z][\w\-]*)*)", self.text[opens:start]):
            if (named := m.group(1).strip()) and self.actors.party_named_in(named) in self.actors.organisations:
                found = named  # "Sudan's paramilitary Rapid Support Forces": the group, not its country
            elif self.actors.party_named_in(owned := m.group()[:m.start(1) - m.start()]):
                found = owned
        return Speaker(found, self.actors.party_named_in(found), "institution") if found else None

    def _collective(self, start: int, plural: bool) -> Speaker | None:
        """"It" and "they": the institution or country the previous sentence is about (or, in the
        first sentence, the words before the pronoun), or a group that spoke since."""
        if (before := self._sentence_before(start)) is None:
            return None
        s, e = before
        sentence = self.text[s:e]
        if plural:
            m = re.search(r"([A-Z][\w\u2019'\-]*(?:\s+[A-Z][\w\u2019'\-]*)*)\s+and\s+(?:its|their)\s+"
                          r"(?:allies|partners)", sentence)
            if m:
                actor = self.actors.actor(m.group(1))
                party = actor.party if actor else self.actors.party_named_in(m.group(1))
                return Speaker(actor.name if actor else m.group(0), party, "institution")
        if not plural and (acting := _ACTED_ON_BEFORE.search(self.text, max(self._sentence_of(start), start - 150),
                                                             start)) \
                and (subject := self._resolve(acting.group(1), acting.start(1))).type != "person" and subject.party:
            return subject  # "the Israeli military struck a building it said was a command centre"
        if not plural and (subject := self._organisation_subject(self._sentence_of(start), start)):
            return subject  # "The Kremlin has been clear in its opposition"
        for position, speaker in reversed(self.history):
            if s <= position < start and speaker.type != "person" and _in_number(speaker, plural):
                return speaker  # the previous sentence's, or an earlier one in this sentence
        subject = self._plural_subject(s, e) if plural else self._organisation_subject(s, e)
        if subject is not None:
            return subject
        mentions = self.actors.party_mentions(self.text, s, e)
        if not mentions:
            return None
        a, b, party = mentions[-1] if plural else mentions[0]
        phrase = self.text[a:b]
        follow = _GROUP_NOUN.match(self.text, b)
        if follow:
            phrase += follow.group(0)
        actor = self.actors.actor(phrase)
        if actor is not None:
            return Speaker(actor.name, actor.party, actor.type)
        return Speaker(phrase, party, "institution")


_OPENING_QUOTES = ("\u201c", '"', "''")
# the one name an unnamed source gives: ", an elderly man who gave his name as Abakar", "who gave only his first
# name, Issouf", "who goes by the call sign Kit", "a retired engineer named Viktor", "who fled in 2019 and asked to
# be identified only by his pseudonym, Kang Chol", "a man from Bangladesh who identified himself as Rahim"
_CALLED_ONLY = re.compile(
    r"(?:,\s+(?:an?\s+)?[a-z0-9][\w\-]*(?:\s+[\w\-]+){0,5})?,?\s+(?:named|who\s+(?:"
    r"identified\s+(?:himself|herself)(?:\s+only)?|"
    r"(?:gave|gives|goes\s+by|went\s+by)(?:\s+only)?(?:\s+(?:his|her|the)(?:\s+first)?\s+(?:name|call\s*sign)"
    r"(?:\s+only)?)?"
    r"|(?:uses|used)\s+(?:the|his|her)\s+(?:name|call\s*sign|pseudonym|nom\s+de\s+guerre)"
    r"|(?:[a-z0-9][\w\-]*\s+){0,4}?(?:and\s+)?asked\s+to\s+be\s+(?:identified|named|called)(?:\s+only)?"
    r"(?:\s+by\s+(?:his|her)(?:\s+first)?\s+(?:name|pseudonym|call\s*sign))?))"
    r"(?:\s+as)?,?\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\b")
# members of a group: "One of them" after the group spoke, and one described in apposition ("One of them, a
# 15-year-old boy from Eritrea,", "One of his guests, the State Duma deputy Andrei Gurulyov,")
_MEMBERS_OF = re.compile(r"(?i:one|some|two|three|several|many|most|each|another|either|neither|both)\s+of\s+"
                         r"(?:them|(?:the|his|her|their|its)\s+[a-z]+)")
_MEMBER_DESCRIBED = re.compile(r",\s+((?:an?|the)\s+[^,;\u201c\u201d\"]{3,80}?),")
# the name a description ends with, after a noun, not a preposition: "the State Duma deputy Andrei Gurulyov"
_NAME_ENDING = re.compile(rf"(?<![\w\-])(?!(?:from|in|of|at|for|with|to|on|near)\s)[a-z][\w\-]* "
                          rf"((?:[{CAPITALS}][\w\-]*\s+){{0,3}}[{CAPITALS}][\w\-]*)$")
# a person introduced by a relation or, with an age, a role before one name: "Her father, Giorgi, 58,", "his cousin
# Rami", "Her husband, Avraham,"
_INTRODUCED_BY = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z\-]+\s+){0,2}?([a-z]+),?\s+$")
_RELATIONS = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "cousin", "uncle", "aunt",
                        "husband", "wife", "grandson", "granddaughter", "grandfather", "grandmother", "nephew", "niece",
                        "friend", "neighbor", "neighbour"})
_INTRODUCED_LOOKS = 3  # the first places a name is written, where an article introduces it
# a role of the organisation or country the sentence before is about, before a name: "Its deputy envoy "
# or a spokesman's or a press secretary's, when an institution is: "Spokesperson Chen Binhua"
_ITS_ROLE = re.compile(r"\s*(?:(Its|Their)\s+(?:[a-z\-]+\s+){0,3}[a-z]+,?|Spokes(?:man|woman|person)"
                       r"|Press\s+[Ss]ecretary)\s+")
# an unnamed source's role, named again with the person's name: "the spokesman, John Kirby"
_ROLE_THEN_NAME = re.compile(r"[Tt]he\s+([a-z]+),\s+[A-Z]")
_ROLE_REACH = 1000  # characters back to the unnamed source that role named
_QUOTED_SENTENCES_SKIPPED = 4  # a quotation's sentences a pronoun looks past to the sentence before it


# Those who speak for a person: "His office", "her campaign", "his aides", "her lawyer"
_PERSONS_BODIES = frozenset({"office", "campaign", "team", "staff"})
_PERSONS_OWN = re.compile(r"([Hh]is|[Hh]er)\s+(office|campaign|team|staff|aides?|advisers?|advisors?|lawyers?|"
                          r"attorneys?|spokes(?:man|woman|person))")
# A common noun and the organisation's name after it: "The company, Meridian Defense Systems"
_NOUN_THEN_NAME = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*,\s+"
                             r"((?:[A-Z][\w.&\-]*\s+)*[A-Z][\w.&\-]*)")


def _inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a double quotation opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, position) + 1:position]
    # marks counted together: a paragraph may open with a straight mark and close with a curly one
    return (before.count("\u201c") + before.count("\u201d") + before.count('"') + before.count("''")) % 2 == 1


def _head_noun(phrase: str) -> str:
    """The noun a phrase is about, in lower case: the last word before what follows it ("official" in
    "A senior U.S. official familiar with the talks", "diplomat" in "a diplomat in Kyiv")."""
    words = phrase.lower().split()
    end = next((i for i, w in enumerate(words) if i and (w in _AFTER_THE_HEAD or (  # "a diplomat briefed on the talks"
        w.endswith(("ed", "ing")) and words[i + 1:i + 2] and words[i + 1] in _AFTER_THE_HEAD))), len(words))
    return words[end - 1] if end else ""


def _in_number(speaker: Speaker, plural: bool) -> bool:
    """Whether "they" (``plural``) or "it" can refer to ``speaker``: "it" is neither "they" nor a group
    named in the plural ("Senate aides"), "they" is not "it"."""
    name = speaker.name.lower()
    if name in COLLECTIVE:
        return (name in {"they", "their", "them"}) == plural
    return plural or speaker.type != "group" or not name.endswith("s")


def _kind_of_one_word(word: str, party: str, actors: Actors) -> str:
    """What a speaker named by one capitalised word is: "Obama" a person; "CNN", "Germany" and
    "Brussels" an institution; "Republicans", "Russians", "Critics", "Some" a group ("they" may refer
    to it, "he" may not)."""
    low = word.lower()
    if (word.isupper() and len(word) > 1) or word in _news_outlets():
        return "institution"
    if low.endswith("s") and ((party and actors.party_named_in(word[:-1]) == party)
                              or low in _PARTY_LABELS or low in _speaker_nouns()) or low in _GROUP_WORDS:
        return "group"
    return "institution" if party or word in institution_words() else "person"  # "Gazprom said"


def _kind_of_phrase(name: str) -> str:
    """What a speaker named by a phrase or a common noun is: an organisation ("Wall Street Journal",
    "Clinton campaign", "Mexican government", "the union") an institution; anyone else ("a
    spokesman", "Senior State Department sources", "Some Democrats") a group, the anonymous and
    collective sources."""
    if name in institution_words():
        return "institution"  # "Save the Children"
    words = name.split() or [""]
    # "Department of State", "Institute for the Study of War", "U.S. Embassy in Kyiv", "Iran's mission to the
    # United Nations", not "Leaders of …"
    joiner = next((i for i, w in enumerate(words[1:], 1) if w in {"of", "for", "in", "to", "on"}), None)
    head = words[joiner - 1] if joiner is not None else words[-1]
    owned_organisation = words[0].lower() in {"its", "their"} and head in _ORGANISATION_HEADS
    if words[0].lower() in _OPENS_A_PHRASE and not owned_organisation:
        return "group"  # "His campaign", "Some officials"; but "Its foreign ministry" is one
    if head in _ORGANISATION_HEADS:
        return "institution"  # "Gaza's health ministry", "Israeli military"
    at = joiner - 1 if joiner is not None else len(words) - 1  # where the head is
    # not "At least half of voters in each state"; but "North Korea's official Korean Central News Agency"
    named = all(w[:1].isupper() or w in _NAME_JOINERS for w in words[:joiner if joiner is not None else -1]) \
        or (at > 0 and head[:1].isupper() and words[at - 1][:1].isupper()
            and _AFTER_THE_HEAD.isdisjoint(w.lower() for w in words[:at]))
    return "institution" if named and (head.capitalize() in institution_words() or head in institution_words()
                                       or head in _news_outlets()
                                       or " ".join(words[max(0, at - 1):at + 1]) in institution_words()) \
        else "group"  # "the Kyiv Independent" is a newspaper


def _names_an_organisation(name: str, actors: Actors) -> bool:
    """"White House", "Kremlin", "NBC": a registered actor, a party's name, an acronym or a name of
    several words; not "Web"."""
    return actors.actor(name) is not None or bool(actors.party_named_in(name)) or name.isupper() or " " in name


def _is_organisation_name(name: str, actors: Actors) -> bool:
    """Whether a name before a noun names an organisation ("UNHCR figures", "Pew Research Center analysis"), not a
    place or a month ("New Hampshire polls", "April survey")."""
    return name.isupper() or actors.actor(name) is not None or name.split()[-1] in institution_words() \
        or name.split()[-1] in _news_outlets() or actors.party_named_in(name) in actors.organisations


_EVIDENCE = "|".join(sorted(grammar_words()["evidence_nouns"], key=len, reverse=True))
# figures and their source: "figures released by the IOM on Wednesday", "UNHCR figures"
_EVIDENCE_OF = re.compile(rf"(?:(?:the|new|latest|official)\s+)?(?:{_EVIDENCE})\s+(?:[a-z]+\s+)?by\s+(?:the\s+)?"
                          rf"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)(?:\s+(?:on|in|last|this)\s+\w+)?"
                          # but a poll or an analysis may be named again as such ("a CBS poll … The poll found")
                          r"|(?:(?:[Tt]he|[Aa]n?)\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)\s+"
                          r"(?:figures|data|statistics|estimates|records|filings|tally|count)")


@lru_cache(maxsize=1)
def _utterance_from() -> re.Pattern:
    """A mention naming an utterance and its source: "The statement from the Russian Foreign
    Ministry", "a report by Human Rights Watch", "a statement posted on Telegram by the governor",
    "a White House readout of the call"; not the outlet that has seen it ("a statement seen by AFP")."""
    nouns = "|".join(sorted(read_lexicon("utterance_nouns.txt"), key=len, reverse=True))
    return re.compile(rf"(?i:the|a|an|its|his|her|their)?\s*(?:[\w\-]+\s+){{0,2}}?(?i:{nouns})"
                      rf"(?:\s+[\w\-]+){{0,5}}?(?<!\sseen)(?<!\sobtained)(?<!\sreviewed)\s+(?:from|by)\s+(.+)$"
                      # "a White House readout of the call", "a Kremlin statement": the name before the noun
                      rf"|(?i:the|a|an)\s+((?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*)\s+(?:[a-z\-]+\s+)?(?:{nouns})\b")


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    return frozenset(read_lexicon("speaker_nouns.txt"))


@lru_cache(maxsize=1)
def _plural_speaker_nouns() -> frozenset[str]:
    return frozenset(w for w in _speaker_nouns() | _PARTY_LABELS if w.endswith("s"))


MAX_SUBJECT_WORDS = 6  # "Disconsolate Republican operatives", "The national unions"
# After a plural noun, words that show it is not the subject of the next word
_NOT_A_VERB = _BEFORE_A_PHRASE | _OPENS_A_PHRASE | RELATIVE | grammar_words()["subordinators"]


_NAME_JOINERS = grammar_words()["name_joiners"]
# ... and a headline's "Poll:" or "Report:" is an anonymous source too
_GROUP_WORDS = grammar_words()["determiners"] | grammar_words()["evidence_nouns"] \
    | frozenset(read_lexicon("utterance_nouns.txt")) | frozenset({"others", "nobody", "everyone", "someone", "none"})


def _object_of(mention: str, person: Person) -> bool:
    """Whether ``person`` closes ``mention`` as a preposition's object: "Aides to Clinton", "a spokesman
    for Mr. Clinton", "an adviser to President George W. Bush", "a woman in Nova Kakhovka" (a place
    taken for a name); not "Secretary of State John Kerry"."""
    m = _OBJECT_OF.search(mention)
    if m is None:
        return False
    words = [w for w in m.group(2).split() if not _INITIAL.match(w)]
    while words[:-1] and (words[0].rstrip(".") in HONORIFIC_SEX
                          or (m.group(1) != "of" and words[0].rstrip(".").lower() in title_words())):
        words = words[1:]  # "of" a title is the title's own: "Secretary of State John Kerry"
    # or by a registered alias: "a critic of Zelensky", where the registry names him Zelenskyy
    return " ".join(words) in {person.name, person.surname} or person.surname not in mention


def resolve_speakers(rows: list[dict], text: str, body_start: int = 0, actors: Actors | None = None,
                     sentence_spans: list[tuple[int, int]] | None = None) -> None:
    """Fill ``speaker``, ``party``, ``bloc`` and ``speaker_type`` of statement rows (in place).

    Rows of one statement share its speaker; pronouns look back, so rows go in reading order.
    ``sentence_spans`` are ``sentences(text, body_start)`` if the caller has them already.
    """
    actors = actors or default_actors()
    resolver = Resolver(text, body_start, actors, sentence_spans)
    resolved: dict[int, Speaker] = {}
    for row in sorted(rows, key=lambda r: r["start"]):
        if row["statement"] not in resolved:
            resolved[row["statement"]] = resolver.resolve(row["speaker_mention"], row["speaker_start"])
    # a person's side, once the article gives it ("Chinese scholar Chen Xiangmiao"), is theirs when named again
    parties: dict[str, set[str]] = defaultdict(set)
    for speaker in resolved.values():
        if speaker.type == "person" and speaker.party:
            parties[speaker.name].add(speaker.party)
    for statement, speaker in resolved.items():
        if speaker.type == "person" and not speaker.party and len(given := parties.get(speaker.name, ())) == 1:
            resolved[statement] = speaker._replace(party=next(iter(given)))
    for row in rows:
        speaker = resolved[row["statement"]]
        row.update(speaker=speaker.name, party=speaker.party, bloc=actors.bloc(speaker.party),
                   speaker_type=speaker.type)


def name_in_full_across(records: list[dict], actors: Actors) -> None:
    """Across a corpus, give one name (in place) to the speakers that are one person. The forms of
    a given name and surname become the most common of them ("Hillary Rodham Clinton" is the
    "Hillary Clinton" most articles write). A speaker whom an article names only by surname ("Mr.
    Obama" in an article that never writes "Barack Obama") takes the full name that the other
    articles give, with a known given name, to nine in ten of that surname's statements. A renamed
    speaker takes the person's party if the article gave none. The mention stays as written."""
    given = given_names()
    people = [r for r in records if r["speaker_type"] == "person"]
    forms: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for record in people:
        words = record["speaker"].split()
        if len(words) > 1 and words[0] in given:  # "Joseph Biden Jr" is not "Joseph Dunford Jr"
            suffix = words[-1] if words[-1] in NAME_SUFFIXES else ""
            forms[words[0], surname_of(record["speaker"]), suffix][record["speaker"]] += 1
    usual = {name: names.most_common(1)[0][0] for names in forms.values() for name in names}
    full_names: dict[str, Counter[str]] = defaultdict(Counter)
    for name, n in Counter(usual.get(r["speaker"]) for r in people).items():
        if name is not None:
            full_names[surname_of(name)][name] += n
    usual |= {surname: name for surname, names in full_names.items()
              for name, n in names.most_common(1) if n >= 0.9 * sum(names.values())}
    parties: dict[str, Counter[str]] = defaultdict(Counter)
    for record in people:
        if record["party"] and record["speaker"] in usual:
            parties[usual[record["speaker"]]][record["party"]] += 1
    for record in people:
        name = usual.get(record["speaker"])
        if name is not None:
            record["speaker"] = name
            if not record["party"] and parties[name]:
                record["party"] = parties[name].most_common(1)[0][0]
                record["bloc"] = actors.bloc(record["party"])
