"""The compiled grammar: one large regular expression whose named groups say
which kind of time expression matched.  Only finding lives here; turning a
match into a value is :mod:`detente.time.normalize`'s job.

Months are matched only when capitalized, so the verbs "may" and "march" stay
verbs; every other word is case-insensitive.  Bare numbers become years only
in the range 1000-2099 and only when nothing around them says they are counts,
labels or amounts (see :func:`looks_like_count`).
"""

from __future__ import annotations

import functools
import itertools
import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "single": 1, "a single": 1, "a couple of": 2, "couple of": 2, "half a": 0.5, "a half": 0.5,
}
VAGUE_COUNTS = ("several", "a few", "few", "many", "some", "a number of", "numerous", "the past few", "recent")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21,
}
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE", "month": "M",
    "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q", "fortnight": "2W", "night": "D",
}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_DAYNUM = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_BCSUF = r"(?:B\.C\.E?\.?|BCE?|A\.D\.|AD|CE|C\.E\.)"
_NUMW = r"(?:" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
# after "the same" (or "the next"), what is no count of its own: "a" ("did the same a year later"), or a count of
# units that goes on with "later", "earlier" or "ago" ("did the same two years later": that shift, not a span)
_NOT_A_SHIFT = r"(?!an?\s|\S+[- ]\S+\s+(?:later|earlier|ago)\b)"
_NUM = rf"(?:\d+(?:\.\d+)?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand)(?![\w-])|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|{_NUMW})"
_VAGUE = r"(?:" + "|".join(sorted((re.escape(w) for w in VAGUE_COUNTS), key=len, reverse=True)) + r")"
_UNIT = r"(?:second|minute|hour|day|week|weekend|month|year|decade|century|centurie|millennium|millennia|quarter|fortnight|night)"
_UNITS = rf"{_UNIT}s?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a weekday shortened as page stamps write it, only before a date ("Tue 8 Jun 2021", "Sat, June 5")
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?![\w])"
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
_PART = r"(?:early|mid|middle|late|the\s+(?:beginning|start|end|middle)\s+of|end\s+of|beginning\s+of)"
# "mid-to-late", "early- to mid-", "mid/late": two parts joined, the span from the first to the second
_PART_JOIN = r"(?:[- ]+(?:to|or|and)[- ]+|-|/)"
_ORD = r"(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th))"
_REL = r"(?:last|next|this|that|past|coming|previous|following|same|preceding|current|prior|latest(?=\s+fiscal\s))"
# Days of the month written as ordinal words ("the eleventh of November", "the twenty-first of June").
_UNITS_ORD = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
DAY_WORDS = {word: number for number, word in enumerate(
    [*_UNITS_ORD, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
     "eighteenth", "nineteenth", "twentieth", *(f"twenty-{w}" for w in _UNITS_ORD), "thirtieth", "thirty-first"], 1)}
_DAYWORD = r"(?:" + "|".join(sorted((w.replace("-", "[- ]") for w in DAY_WORDS), key=len, reverse=True)) + r")"
# "of that year", "the following year": the year the words count to, after a day, a month or a season ("in May the
# following year", "on 5 March that year": one expression, not a month a step on and then a year another step on)
_OF_YEAR = r"(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior)"
# Years written in words: "nineteen ninety-six", "nineteen forty-one", "the year two thousand".
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_SPYEAR = (
    rf"(?i:(?:eighteen|nineteen)\s+(?:{_TENS}(?:[- ]{_ONES})?(?![- ](?:hundred|thousand|percent|million))|{_TEENS}|o[- ]{_ONES}|hundred)"
    rf"|the\s+year\s+two\s+thousand(?:\s+and\s+{_ONES})?|two\s+thousand\s+and\s+{_ONES})"
)
# "the summer of '63": a year by its last two digits after an apostrophe
_APYEAR = r"['’][0-9]{2}(?![\w'’])"
# a three-digit year after a month or a season ("December 627", "the summer of 772"); only histories before the
# year 1000 keep it as a year (the handlers decide), so "May 300 soldiers" stays a month and a count
_Y3 = r"[1-9][0-9]{2}(?![\w]|[.,]\d)"
_HOLIDAY = (
    r"(?:Thanksgiving(?:\s+Day)?|Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)|Easter(?:\s+Sunday|\s+Monday)?"
    r"|Election\s+Day|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Armistice\s+Day|May\s+Day|Bastille\s+Day)"
)
_ZONE = r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local\s+time),?)?"

PATTERN = rf"""
 (?P<fyr>(?:(?P<fyr_pre>FY|F\.Y\.|(?i:fiscal(?:\s+year)?|financial\s+year))[^\S\n]*(?P<fyr_y>{_YEAR})(?:[-–/](?P<fyr_y2>\d{{2}}))?|(?<![\w./-])(?P<fyr_y0>{_YEAR})/(?P<fyr_y3>\d{{2}}))(?![\w%/-]|[.,]\d))
|(?P<iso>(?<![\d-])(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])(?:-(?P<iso_d>0[1-9]|[12]\d|3[01]))?(?![\d-]))
|(?P<slash>(?<![\d/])(?P<sl_m>1[0-2]|0?[1-9])/(?P<sl_d>3[01]|[12]\d|0?[1-9])/(?P<sl_y>\d{{4}}|\d{{2}})(?![\d/]))
|(?P<nthwd>(?i:the\s+(?P<nw_n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))\s+(?P<nw_wd>{_WEEKDAY})\s+(?i:in|of)\s+(?P<nw_m>{_MONTH})(?![\w])(?:,?\s+(?P<nw_y>{_YEAR})(?!\d))?)
|(?P<dotted>(?<![\d./])(?P<dd_d>3[01]|[12]\d|0?[1-9])(?P<dd_s>[./])(?P<dd_m>1[0-2]|0?[1-9])(?P=dd_s)(?P<dd_y>{_YEAR})(?![\d]|[./]\d))
|(?P<dmy>(?:(?:{_WEEKDAY}|{_WEEKDAY_ABBR}),?[^\S\n]+(?=(?:(?i:the)\s+)?\d|(?i:the)\s))?(?:(?i:the)\s+(?P<dmy_dw>(?i:{_DAYWORD}))\s+(?i:of)\s+|(?:(?i:the)\s+)?(?P<dmy_d>{_DAYNUM})\s+(?:(?i:of)\s+)?)(?P<dmy_m>{_MONTH})(?![\w])(?:,?\s+(?P<dmy_y>{_YEAR}(?!\d)|\d{{1,4}}\s*{_BCSUF}|{_SPYEAR}|(?P<dmy_y3>{_Y3}))|,?\s+(?i:(?:of\s+)?(?P<dmy_of>{_OF_YEAR})\s+year)(?![\w-]))?)
|(?P<drange>(?<![\w.,/])(?P<dr_d>3[01]|[12][0-9]|0?[1-9])(?=(?:\s*[-–—]\s*|\s+(?:to|and|until|till|or)\s+)(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s+(?P<dr_m>{_MONTH})(?![\w])(?:,?\s+(?P<dr_y>{_YEAR}(?!\d)))?))
|(?P<mdy>(?:(?:(?i:(?:this\s+coming|this|next|last|coming)\s+)(?={_WEEKDAY}))?(?:{_WEEKDAY}|{_WEEKDAY_ABBR}),?\s+)?(?P<mdy_m>{_MONTH})\s+(?:(?P<mdy_d>{_DAYNUM})(?!\d|:\d)|(?P<mdy_dw>(?i:{_DAYWORD}))(?![\w-]))(?:,?\s+(?P<mdy_y>{_YEAR}(?!\d)|{_SPYEAR})|,?\s+(?i:(?:of\s+)?(?P<mdy_of>{_OF_YEAR})\s+year)(?![\w-]))?)
|(?P<clock>(?:(?i:(?P<cl_pre>about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))\s+))?(?:(?<![\d:.])(?P<cl_h>1[0-2]|0?[1-9])(?:[:.](?P<cl_min>[0-5]\d))?\s*(?P<cl_ap>[ap]\.m\b\.?|[AP]\.M\b\.?|[ap]m\b|[AP]M\b)|(?<![\d:.])(?P<cl_h24>[01]\d|2[0-3]):(?P<cl_m24>[0-5]\d)(?![\d:])|(?<![\d:.,$])(?P<cl_hw>1[0-2]|0?[1-9])(?::(?P<cl_mw>[0-5]\d))?(?:\s+o'clock)?\s+(?i:in\s+the\s+(?P<cl_pw>morning|afternoon|evening|night))|(?<![\d:.,$])(?P<cl_oc>1[0-2]|0?[1-9])\s+o['’]clock(?![\w])|(?P<cl_w>(?i:noon|midnight|midday)))(?:{_ZONE}[^\S\n]+(?:(?i:on)\s+)?(?:(?P<cl_wd>{_WEEKDAY})|(?P<cl_dx>(?i:today|yesterday|tomorrow))|(?P<cl_rd>(?i:the\s+(?:next|following|same|previous|preceding)\s+day|that\s+(?:same\s+)?day)(?![\w-]))|(?P<cl_mon>{_MONTH})\s+(?P<cl_day>{_DAYNUM})(?!\d)(?:,?\s+(?P<cl_y>{_YEAR})(?!\d))?|(?P<cl_dd>{_DAYNUM})\s+(?P<cl_dm>{_MONTH})(?![\w])(?:,?\s+(?P<cl_y2>{_YEAR})(?!\d))?))?)
|(?P<wday>(?:(?i:(?P<wd_edge>early|late|earlier|later)\s+)(?=(?i:last|next|this|that|the|coming)\s|{_WEEKDAY}(?![\w'])(?!\s+(?i:morning|afternoon|evening|night))))?(?:(?i:(?P<wd_rel>last|next|this(?:\s+coming)?|that|the\s+following|the\s+next|the\s+previous|coming)\s+))?(?P<wd>{_WEEKDAY})(?P<wd_pl>s(?![\w']))?(?:\s+(?i:(?P<wd_part>morning|afternoon|evening|night)(?P<wd_ppl>s(?![\w']))?))?)
|(?P<holiday>(?:(?i:(?P<ho_rel>last|next|this|that)\s+))?(?P<ho>{_HOLIDAY})(?![\w'’])(?:\s+(?P<ho_wk>week|weekend)(?![\w-]))?(?:,?\s+(?P<ho_y>{_YEAR})(?!\d)|\s+(?i:(?:of\s+)?(?P<ho_of>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior)\s+year)(?![\w-]))?)
|(?P<mon>(?:(?i:(?P<mon_part>{_PART})(?:\s+|-)|(?P<mon_rel>last|next|this|that|the\s+following|the\s+next|the\s+previous|the\s+same)\s+))?(?P<mon_m>{_MONTH})(?![\w])(?:,?\s+(?:(?i:of)\s+)?(?P<mon_y>{_YEAR}(?!\d)|\d{{1,4}}\s*{_BCSUF}|{_SPYEAR}|{_APYEAR}|(?P<mon_y3>{_Y3}))|\s+(?:(?i:of)\s+)?(?P<mon_ry>(?i:last|this|next))\s+(?i:year)|,?\s+(?i:(?:of\s+)?(?P<mon_of>{_OF_YEAR})\s+year)(?![\w-]))?)
|(?P<season>(?i:the\s+)?(?:(?i:(?P<se_part>early|late|mid)[- ]?|(?P<se_rel>last|next|this(?:\s+past)?|that|the\s+following|the\s+previous|the\s+same|the\s+past|the\s+coming)\s+))?(?<![\w])(?P<se>{_SEASON})(?![\w])(?:\s+(?:(?i:of)\s+)?(?P<se_y>{_YEAR}(?!\d)(?!\s*{_BCSUF})|\d{{1,4}}\s*{_BCSUF}|{_SPYEAR}|{_APYEAR}|(?P<se_y3>{_Y3}))|,?\s+(?i:(?:of\s+)?(?P<se_of>{_OF_YEAR})\s+year)(?![\w-]))?)
|(?P<decade>(?:(?i:(?P<de_in>early|late)\s+in)\s+(?=(?i:the)\s)|(?i:(?:the\s+)?(?P<de_of>end|beginning|start|middle|close|dawn)\s+of)\s+(?=(?i:the)\s))?(?:(?i:the)\s+)?(?:(?i:(?P<de_part>early|mid|late)(?:{_PART_JOIN}(?P<de_part2>early|mid|late))?)[- ]?)?(?:(?P<de_bc>[1-9][0-9]{{0,2}}0)s\s+(?:B\.C\.E?\.?|BCE?)(?![\w])|(?P<de_y>1[0-9]{{2}}0|20[0-9]0|'[0-9]0)'?s(?![\w'])|(?:(?<=[Tt]he\s)|(?<=[Ee]arly[- ])|(?<=[Ll]ate[- ])|(?<=[Mm]id[- ]))(?P<de_y3>[1-9][0-9]0)s(?![\w'])|(?:(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s)|(?<=0s-)|(?<=0s–))(?P<de_y2>[1-9]0)s(?![\w'])|(?:(?<=[Tt]he\s)|(?<=[Ee]arly[- ])|(?<=[Ll]ate[- ])|(?<=[Mm]id[- ]))(?P<de_c>(?i:seventeen|eighteen|nineteen)[- ])?(?P<de_w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])))
|(?P<turn>(?i:(?:the\s+)?turn\s+of\s+the\s+)(?:(?P<tu_n>(?i:{_ORD}))[- ](?i:century)|(?P<tu_w>(?i:century|millennium|decade))|(?P<tu_y>1[0-9]00|2000)s?)(?![\w-]))
|(?P<mill>(?:(?i:the)\s+)?(?:(?i:(?P<mi_part>early|mid|late))[- ]?)?(?P<mi_n>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th))(?:[- ](?i:millennium|millennia)(?:\s+(?P<mi_bc>{_BCSUF}))?(?![\w-])|(?=(?:\s*[-–—]\s*|\s+(?:and|or|to)\s+(?:(?i:the)\s+)?)(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)[- ](?i:millennium|millennia)(?:\s+(?P<mi_bc2>{_BCSUF}))?)))
|(?P<spanpart>(?i:the\s+(?P<sp_part>early|earliest|first|opening|initial|last|final|closing|late|later|latter|middle|dying)\s+(?:few\s+)?(?P<sp_u>years|months|weeks|days|stages|phases?|week|month)\s+of\s+)(?:(?i:the\s+(?P<sp_what>war|revolution|occupation|conflict|crisis|siege|blockade|campaign|uprising|insurrection|rebellion|struggle|fighting|regime|reign|dynasty|empire|republic|monarchy|era))|(?P<sp_mon>{_MONTH})\s+(?P<sp_my>{_YEAR}|\d{{1,4}}\s*{_BCSUF})|(?P<sp_y>{_YEAR}|\d{{1,4}}\s*{_BCSUF}))(?![\w-]))
|(?P<century>(?:(?i:(?P<ce_in>early|late)\s+in)\s+(?=(?i:the)\s)|(?i:(?:the\s+)?(?P<ce_of>end|beginning|start|middle|close|dawn)\s+of)\s+(?=(?i:the)\s))?(?:(?i:the)\s+)?(?:(?i:(?P<ce_part>early|mid|late)(?:{_PART_JOIN}(?P<ce_part2>early|mid|late))?)[- ]?)?(?P<ce_n>(?i:{_ORD}))(?:[- ](?i:century|centuries)(?:\s+(?P<ce_bc>{_BCSUF}))?|(?=(?:\s*[-–—]\s*|\s+(?:and|or|to)\s+(?:(?i:the)\s+)?)(?:(?i:early|mid|late)[- ]?)?(?i:{_ORD})[- ](?i:centuries|century)(?:\s+(?P<ce_bc2>{_BCSUF}))?)))
|(?P<quarter>(?:(?i:(?P<q_own>the(?:\s+(?:comparable|corresponding|same))?(?:\s+(?:year-ago|year-earlier|prior-year|previous-year))?|this\s+year's|next\s+year's|last\s+year's)\s+))?(?:(?P<q_yr>{_YEAR})\s+)?(?:(?i:fiscal)[- ])?(?P<q_n>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[- ](?:(?i:fiscal)\s+)?(?i:quarter)(?![\w])(?:\s+(?:(?i:of)\s+)?(?P<q_y>{_YEAR})|\s+(?P<q_ago>(?i:a\s+year\s+(?:ago|earlier)|last\s+year(?![\w'’-])))|\s+(?i:of\s+(?P<q_rel>this|last|next)\s+year)(?![\w-]))?)
|(?P<period>(?i:(?P<pe_det>the|this|that|last\s+year's)\s+(?:(?P<pe_yr>{_YEAR})\s+)?(?:(?P<pe_adj>latest|current|same|comparable|corresponding|year-ago|year-earlier|previous|prior|recent|most\s+recent|just-ended|just\s+ended)\s+){{0,2}}(?:fiscal\s+)?(?P<pe_u>quarter|period)(?![\w-])(?:\s+(?P<pe_ago>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year(?![\w'’-])))?))
|(?P<yago>(?i:(?<![\w-])year-(?:ago|earlier)(?![\w-])))
|(?P<spyear>(?<![\w-]){_SPYEAR}(?![\w-]))
|(?P<bcr>(?:(?i:(?P<bcr_c>c\.|ca\.|circa))\s*)?(?<![\w.,])(?P<bcr_n>\d{{1,4}})(?=(?:\s*[-–—]\s*|\s+(?:to|and|until|till|through)\s+)\d{{1,4}}\s*(?:B\.C\.E?\.?|BCE?)(?![\w])))
|(?P<bc>(?:(?i:(?P<bc_c>c\.|ca\.|circa|around|about|approximately|roughly)\s*))?(?:(?P<bc_pre>A\.D\.|AD)\s+(?P<bc_n1>\d{{1,4}})|(?P<bc_n2>\d{{1,4}})\s*(?P<bc_suf>{_BCSUF}))(?![\w]))
|(?P<ago>(?i:(?:(?P<ago_mod>more\s+than|nearly|about|almost|over|some|just|only|less\s+than|roughly|around)\s+)?(?P<ago_n>{_NUM}|{_VAGUE})(?P<ago_nhalf>\s+and\s+a\s+half)?[- ](?P<ago_u>{_UNITS}|(?:summer|winter|spring|autumn)s)(?P<ago_half>\s+and\s+a\s+half)?(?P<ago_so>\s+or\s+so)?\s+(?P<ago_dir>ago|earlier|later|before|afterwards?|after|hence|from\s+now|previously|on(?=\s*[,.;]))))
|(?P<nthday>(?i:(?:the\s+)?(?P<nd_n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9]th|1\dth|2nd|3rd)\s+(?:straight\s+|consecutive\s+)?day(?=\s+of\s)))
|(?P<dayof>(?i:the\s+(?P<do_w>first|last|final|closing|opening)\s+day\s+of\s+)(?:(?P<do_m>{_MONTH})(?:,?\s+(?P<do_y>{_YEAR}))?|(?i:(?P<do_rel>this|that|last|next|the)\s+(?P<do_u>month|year))(?:\s+(?P<do_uy>{_YEAR}))?|(?P<do_by>{_YEAR})|(?i:the\s+(?P<do_ev>summit|conference|meeting|visit|talks|session|congress)))(?![\w-]))
|(?P<half>(?i:the\s+(?P<ha_n>first|second|last|latter)\s+half\s+of\s+(?:(?P<ha_rel>this|last|next|that|the\s+(?:same|previous|following|prior))\s+|the\s+(?:(?:current|fiscal)\s+)?)year(?![\w-])(?!\s+(?:1\d{{3}}|20\d{{2}})\b)|the\s+(?P<ha_bare>first|second)\s+half(?![\w-])(?!\s+(?:of|century|decade)\b)))
|(?P<fy>(?i:the\s+(?:(?P<fy_adj>full|fiscal|entire|whole)\s+)?(?:fiscal\s+)?year(?![\w-])(?!\s+(?:after|before)\s*[,.;])(?!\s+(?:1\d{{3}}|20\d{{2}})\b)|the\s+(?P<fy_wk>week)(?:(?=['’]s\s)|(?![\w'’-])(?!\s+(?:of|before|after|that|when|in|on|at|to|and|or|ahead|long|earlier|later|ago)\b))))
|(?P<rel>(?i:(?:(?P<rel_part>early|earlier|late|later)\s+)?(?:the\s+|that\s+(?=same\b)|this\s+(?=past\s))?(?P<rel_w>{_REL})\s+(?:{_NOT_A_SHIFT}(?P<rel_n>{_NUM}|{_VAGUE})\s+|(?P<rel_half>half)[- ](?=century|decade|year))?(?:fiscal\s+)?(?P<rel_u>{_UNITS}|(?:summer|winter|spring|autumn)s)(?![\w-])))
|(?P<dur>(?i:(?<![\w-])(?P<dur_the>the\s+(?:first\s+|(?:year-earlier|year-ago|prior-year|comparable|same)\s+{_NOT_A_SHIFT})?)?(?:(?P<dur_n>{_NUM}|{_VAGUE})|(?P<dur_an>another)(?:\s+(?P<dur_an_n>{_NUM}))?|(?P<dur_more>(?:more|less|fewer)\s+than\s+(?:a|an|{_NUM})|(?:at\s+least|nearly|about|almost|some|roughly|around|up\s+to)\s+(?:a|an|{_NUM})))(?:\s+(?P<dur_frac>1/2|and\s+a\s+half))?(?:[- ]and[- ]a[- ]half)?(?:\s+more|\s+(?:additional|extra|further|full|trading|business|working|calendar))?[- ](?P<dur_u>{_UNITS})(?:[- ](?P<dur_tail>long|old))?(?![\w-])))
|(?P<ahead>(?i:\bthe\s+(?:coming\s+)?(?P<ah_u>days|weeks|months|years|decades)\s+ahead\b|\ba\s+(?:little\s+)?while\b))
|(?P<bare>(?i:(?<![\w-])(?:(?P<ba_u>centuries|decades|years|months|weeks|days|hours|minutes)(?:[- ](?P<ba_long>long))?|(?P<ba_one>century|decade|year|month|week|day|hour|minute)-long)(?![\w-])))
|(?P<set>(?i:(?P<set_w>every|each|per)\s+(?:(?:(?:other|second|third|alternate)\s+)?(?P<set_wd>{_WEEKDAY})|(?P<set_m>{_MONTH})|(?P<set_se>spring|summer|autumn|fall|winter)|(?:(?P<set_n>other|second|third|fourth|fifth|few|couple\s+of|\d{{1,3}}|{_NUMW})\s+)?(?P<set_u>{_UNIT})s?)(?![\w])|(?P<set_x>once|twice|thrice|(?:\d{{1,3}}|{_NUMW})\s+times)\s+(?:a|an|per|each|every)\s+(?P<set_xu>{_UNIT})(?![\w])|(?P<set_adv>daily|weekly|monthly|annually|yearly|quarterly|hourly)(?![\w-])))
|(?P<deictic>(?i:\b(?P<dx>(?:(?:early|late|earlier|later)\s+)?(?:today|yesterday|tomorrow)|tonight|(?:right\s+)?now|currently|nowadays|recently|these\s+days|the\s+past|the\s+future|(?:a|an|some)\s+(?:later|future|earlier)\s+(?:date|stage)|the\s+present|at\s+present|(?:(?:later|earlier)\s+)?(?:this|that|the\s+next|the\s+following|the\s+previous)\s+(?:morning|afternoon|evening|night)|mid[- ]?(?:morning|afternoon)(?:\s+(?:yesterday|today|tomorrow))?|(?:the\s+)?mid[- ]?century|(?:last|tomorrow|yesterday)\s+(?:night|morning|evening|afternoon)|recent\s+(?:years|months|weeks|days)|the\s+(?:near|distant)\s+future|the\s+(?:short|near|long)\s+term|the\s+weekend|then[- ]current|current|recent|future|soon|(?:early|late|earlier|later)\s+in\s+the\s+(?:year|month|week|day|decade|century)|year[- ]end|year's\s+end|the\s+(?:end|beginning|start|middle)\s+of\s+the\s+(?:year|month|week|decade|century)|(?:(?<=[Tt]hroughout\s)|(?<=[Dd]uring\s))the\s+(?:decade|century)|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|the\s+(?:day|week|month|year)\s+(?:after|before)(?=\s*[,.;]))\b))
|(?P<year>(?:(?i:(?P<yr_c>c\.|ca\.|circa|around|about|approximately|roughly))\s*|(?i:(?P<yr_part>fiscal|the\s+year|pre(?=-)|post(?=-)|(?:early|late)\s+in|early|mid|late|the\s+(?:first|second|last|latter)\s+half\s+of(?:\s+the\s+year)?|(?:the\s+)?(?:first|last)\s+two\s+quarters\s+of|the\s+(?:end|beginning|start|middle|spring|summer|fall|autumn|winter)\s+of))[- ]?\s*)?(?<![\w$£€.,/#])(?P<yr>{_YEAR})(?![\w%]|[.,]\d|-\d{{2}}-))
|(?P<oday>(?<=[Oo]n\s)(?i:the)\s+(?P<od_d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)(?![\w-])(?!\s+(?:of|century|anniversary|day|time|floor|round|term|session|congress|parallel|amendment|division|army|fleet|corps|district|minute|hour|week|month|year)\b))
|(?P<dtail>(?:(?<=[-–—])|(?<=\sand\s)|(?<=\sto\s)|(?<=\sor\s))(?P<dt_d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?P<dt_y>{_YEAR}))?(?![\w%]|[.,:]\d))
|(?P<y3>(?:(?<=\bin\s)|(?<=\bIn\s)|(?<=\bby\s)|(?<=\bBy\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bSince\s)|(?<=\baround\s)|(?<=\bcirca\s)|(?<=\bc\.\s)|(?<=\bfrom\s)|(?<=\bFrom\s)|(?<=\bbetween\s)|(?<=\bof\s)|(?<=\bto\s)|(?<=\band\s))(?P<y3_n>[1-9][0-9]{{2}})(?=\s*[,.;:)](?!\d)|\s+(?:and|when|the|to|until|after|before|he|she|it|they|his|her|its|their)\s|\s+[A-Z][a-z]))
|(?P<shorty>(?<=[-–—/])(?P<sh>\d{{2}})(?![\w%]|[.,]\d))
"""
# The first character each kind can start with.  A failed one-character look-ahead is far cheaper
# for ``re`` than entering a kind's optional prefixes, so every kind opens with one; kinds that
# can start with almost any letter have none.
_FIRST = {
    "fyr": r"Ff\d", "nthwd": r"Tt", "dotted": r"\d", "iso": r"\d", "slash": r"\d", "drange": r"\d", "dmy": r"Tt\dMWFS", "mdy": r"A-Ztlnc", "clock": r"\dAaSsJjNnMm", "wday": r"LlNnTtCcMWFSEe",
    "holiday": r"LlNnTtCcENIMVAB", "mon": r"A-Za-z", "season": r"TtEeLlMmNnSsAaFfWw", "decade": r"TtEeMmLlBbSsCcDd\d'",
    "century": r"TtEeMmLlFfSsNnBbCcDd\d", "turn": r"Tt", "mill": r"TtEeMmLlFfSsNn\d", "spanpart": r"Tt", "quarter": r"TtIiNnLlFfSs\d", "period": r"TtLl", "dayof": r"Tt", "half": r"Tt", "yago": r"Yy", "spyear": r"EeNnTt",
    "bcr": r"\dCc", "dtail": r"\d", "oday": r"Tt", "bc": r"CcAaRr\d", "fy": r"Tt", "rel": r"TtLlNnPpCcFfSsEe", "bare": r"CcDdYyMmWwHh",
    "set": r"EePpDdWwMmAaYyQqHhOoTt\dFfSsNnCc", "ahead": r"TtAa", "year": r"EeMmLlTtCcFfAaRrPp\d", "y3": r"\d", "shorty": r"\d",
}
# Kinds written all in (?i:...): their look-ahead is case-insensitive too, so it admits what the kind admits
# under Unicode case folding ("ſ" for "s", the Kelvin sign for "k"). None of them starts with "i": the many
# "in" before a year ("in 1962") no longer enter them. tests/test_fast_paths.py derives every kind's first
# characters from the parsed pattern and checks the look-aheads admit them all.
_FIRST_ANY_CASE = {"ago": r"\dACEFHJLMNORST", "dur": r"\dACEFHLMNORSTU", "deictic": r"ACEFLMNRSTY", "nthday": r"\dEFNST"}
# A month is written capitalized; the words before it ("early", "last", "the end of") in any case.
_FIRST_MIXED = {"mon": (r"ADFJMNOS", r"BELMNT")}


# What follows a leading digit in each kind that can start with one, read off its pattern: "1941 " enters no kind
# that needs a day's "1st"/"12 " or a "12:30"/"10 a.m.", and an iso date needs four digits and a hyphen. Each is
# implied by the kind (a superset of what it can match), so a kind the look-ahead turns away could not have matched;
# tests/test_fast_paths.py checks each against its kind alone and the grammar against one with digit look-aheads only.
_UNIT_HEADS = "se|mi|ho|da|we|mo|ye|de|ce|qu|fo|ni"  # the first two letters of every unit of _UNIT
_ORD_SUFFIX = "[sSſnNrRtT]"  # the first letter of st, nd, rd, th in either case (the long s folds to s)
_DIGIT_STARTS = {
    "fyr": r"\d{4}/\d\d", "dotted": r"\d\d?[./]\d", "iso": r"\d{4}-", "slash": r"\d\d?/", "dmy": r"\d\d?(?:st|nd|rd|th)?\s", "drange": r"\d\d?[\s\-–—]",
    "clock": r"\d\d?[:.\sapAP]", "decade": r"\d{2,4}'?s", "century": rf"\d\d?{_ORD_SUFFIX}", "mill": rf"\d\d?{_ORD_SUFFIX}",
    # a year before a quarter's number or "fiscal"; a range ending in BC; a year with its era; a number before the
    # first two letters of a unit (or, for a duration, before "1/2", "and a half", "more", "additional", "extra",
    # "further", "full", "trading", "business", "working", "calendar"): "1950 and", "1950 saw" enter neither the
    # duration nor the "ago" kind, whose number words and units cost ~20,000 instructions a try
    "quarter": rf"\d{{4}}\s+(?i:fi|se|thi|fo|[1-4])|\d{_ORD_SUFFIX}", "bcr": r"\d{1,4}+(?:\s*[-–—]\s*|\s+(?:to|and|until|till|through)\s+)\d{1,4}+\s*B",
    "bc": r"\d{1,4}+\s*(?:B\.?C|A\.?D|C\.?E)", "set": r"\d{1,3}+\s", "year": r"[12]\d{3}(?![\w%])",
    "y3": r"[1-9]\d\d(?!\d)",  # a three-digit year of a history after "in", "by", "since" (its look-behind)
    "ago": rf"\d++(?:\.\d++)?+[- ](?i:{_UNIT_HEADS}|su|wi|sp|au|and\s)", "nthday": r"\d\d?(?i:[nrt])",
    # (the digits possessive: given back, a digit would stand where none of what follows can)
    "dur": rf"\d++(?:\.\d++)?+[\s-]\s*(?i:{_UNIT_HEADS}|1/|and[\s-]+a[\s-]|ad|ex|fu|tr|bu|wo|ca)",
}


# Kinds that open only with "the" (or "a") and a fixed word: their look-ahead reads that word too, so "the treaty"
# enters none of them (a failed try at "the" entered ~23 kinds). Each is the start of its kind's pattern, a superset
# of what it can match; tests/test_fast_paths.py checks each against its kind alone.
_THE_STARTS = {
    "nthwd": r"(?i:the\s+(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s)",
    "turn": r"(?i:(?:the\s+)?turn\s)",
    "spanpart": r"(?i:the\s+(?:early|earliest|first|opening|initial|last|final|closing|late|later|latter|middle|dying)\s)",
    "dayof": r"(?i:the\s+(?:first|last|final|closing|opening)\s+day\s)",
    "half": r"(?i:the\s+(?:first|second|last|latter)\s+half)",
    "fy": r"(?i:the\s+(?:full|fiscal|entire|whole|year|week))",
    "oday": r"(?i:the)\s+\d",
    "ahead": r"(?i:the\s+(?:coming|days|weeks|months|years|decades)\s|a\s+(?:little|while))",
}


# What may follow "the" and blanks in each kind that can open with "the" but whose look-ahead cannot read that word
# (it admits any "t"): read off each kind's pattern, a superset of what its words after "the" can be. "" for kinds
# that never open with "the" ("this", "that", "Thursday", "twice" are theirs). At "the" (some 30 us a failed try of
# the whole grammar: "the treaty" entered ~15 kinds and failed inside each) the kind is entered only when the next
# word is one of these; tests/test_fast_paths.py checks each against its kind alone.
_ORD_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_AFTER_THE = {
    "dmy": rf"(?i:{_DAYWORD})|\d", "mdy": "", "wday": r"(?i:following|next|previous)",
    "holiday": "", "mon": r"(?i:beginning|start|end|middle|following|next|previous|same)",
    "season": r"(?i:early|late|mid|last|next|this|that|the|following|previous|same|past|coming|spring|summer|autumn|fall|winter)",
    "decade": r"(?i:end|beginning|start|middle|close|dawn|early|mid|late|seventeen|eighteen|nineteen|twenties|thirties|forties"
              r"|fifties|sixties|seventies|eighties|nineties)|[\d']",
    "century": rf"(?i:end|beginning|start|middle|close|dawn|early|mid|late|{_ORD})",
    "mill": rf"(?i:early|mid|late|{_ORD_WORDS})|\d",
    "period": r"(?i:latest|current|same|comparable|corresponding|year-|previous|prior|recent|most|just|fiscal|quarter|period)|\d",
    "ago": r"(?i:past)", "nthday": rf"(?i:{_ORD_WORDS})|\d",
    "rel": rf"(?i:{_REL})",
    "dur": rf"(?i:first|year-|prior-year|comparable|same|past|another|more|less|fewer|at|nearly|about|almost|some|roughly|around|up"
           rf"|{_NUM}|{_VAGUE})",
    "set": "",
    "deictic": r"(?i:past|future|present|next|following|previous|mid|near|distant|short|long|weekend|end|beginning|start|middle"
               r"|decade|century|day|week|month|year)",
    "year": r"(?i:year|first|second|last|latter|end|beginning|start|middle|spring|summer|fall|autumn|winter)",
}


def _look_ahead(name: str, digits: bool = True) -> str:
    """The look-ahead a kind opens with; ``digits=False`` gives the one-character form (kept to test against)."""
    look = _look_ahead_alone(name, digits)
    if digits and name in _AFTER_THE:
        # the look-ahead as before where the text does not open with "the" and blanks; there, the words after them
        after = _AFTER_THE[name]
        return rf"(?=(?![Tt][Hh][Ee]\s)(?:{look[3:-1]})" + (rf"|[Tt][Hh][Ee]\s+(?:{after}))" if after else ")")
    return look


def _look_ahead_alone(name: str, digits: bool) -> str:
    if digits and name in _THE_STARTS:
        return f"(?={_THE_STARTS[name]})"
    if digits and name in _DIGIT_STARTS:
        if name in _FIRST_ANY_CASE:
            letters = _FIRST_ANY_CASE[name].replace(r"\d", "")
            return f"(?=(?i:[{letters}])|{_DIGIT_STARTS[name]})"
        letters = _FIRST[name].replace(r"\d", "")
        return f"(?=[{letters}]|{_DIGIT_STARTS[name]})" if letters else f"(?={_DIGIT_STARTS[name]})"
    if name in _FIRST_MIXED:
        cased, any_case = _FIRST_MIXED[name]
        return f"(?=[{cased}]|(?i:[{any_case}]))"
    if name in _FIRST:
        return f"(?=[{_FIRST[name]}])"
    if name in _FIRST_ANY_CASE:
        return f"(?=(?i:[{_FIRST_ANY_CASE[name]}]))"
    return ""


def _with_look_aheads(pattern: str, keep=lambda name: True, look=_look_ahead) -> str:
    """``pattern`` with each kind's look-ahead put before its group, and the named groups ``keep`` refuses made
    non-capturing.

    A look-ahead stands before its kind's group, not inside it: ``re`` sets a group's start mark on entering it, and
    setting mark n first clears the marks below it not set yet, so a kind turned away inside its group cost up to ~2n
    stores (the year is group ~200); before the group a failed look-ahead costs only itself. Spans and groups are the
    same."""

    def rewrite(match: re.Match) -> str:
        name = match.group(1)
        return look(name) + (match.group() if keep(name) else "(?:")

    return re.sub(r"\(\?P<(\w+)>", rewrite, pattern)


@functools.cache
def _grammar() -> re.Pattern[str]:
    return re.compile(_with_look_aheads(PATTERN), re.VERBOSE)


def __getattr__(name: str):
    """``GRAMMAR``, the whole grammar in one pattern, compiled on first use: finding goes by :func:`grammar_match`."""
    if name == "GRAMMAR":
        return _grammar()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Finding in two steps.  Inside one pattern of ~220 groups, ``re`` copies every mark up to the highest one set (a
# kind late in the grammar sets marks numbered up to ~440) each time it enters an optional part or a branch within
# one: a third of a match's instructions were such copies.  The finder is the grammar with only the kinds' groups (and the one a
# back-reference needs) capturing: it says which kind matches at a position, cheaply.  That kind alone, compiled
# with its own groups first and every other group of the grammar after a branch that never matches (so every name
# reads None, as in one pattern), then gives the match: the same span and groups, since an anchored alternation
# matches what its first matching alternative matches alone.
_KIND_SOURCES = {re.match(r"\(\?P<(\w+)>", kind).group(1): kind for kind in PATTERN.strip().split("\n|")}
_GROUPS = re.findall(r"\(\?P<(\w+)>", PATTERN)
_BACK_REFERENCED = frozenset(re.findall(r"\(\?P=(\w+)\)", PATTERN))
_FINDER = re.compile(_with_look_aheads(PATTERN, lambda name: name in _KIND_SOURCES or name in _BACK_REFERENCED), re.VERBOSE)


def _digit_look_ahead(name: str) -> str | None:
    """The look-ahead a kind opens with where the text opens with a digit; None for a kind that cannot open there."""
    if name in _THE_STARTS:
        return None
    if name in _DIGIT_STARTS:
        return f"(?={_DIGIT_STARTS[name]})"
    return "" if r"\d" in _FIRST.get(name, "") + _FIRST_ANY_CASE.get(name, "") else None


# At a digit (half the finder's instructions: a year was tried against some 40 kinds) the finder holds only the kinds
# that can open with one, in the same order, each behind the digit part of its look-ahead: every kind left out turned a
# digit away at its look-ahead, so the first kind that matches is the same (tests/test_fast_paths.py).
_DIGIT_KINDS = "\n|".join(source for name, source in _KIND_SOURCES.items() if _digit_look_ahead(name) is not None)
_DIGIT_FINDER = re.compile(_with_look_aheads(_DIGIT_KINDS, lambda name: name in _KIND_SOURCES or name in _BACK_REFERENCED,
                                             lambda name: _digit_look_ahead(name) or ""), re.VERBOSE)


@functools.cache
def _kind_alone(name: str) -> re.Pattern[str]:
    source = _KIND_SOURCES[name]
    own = set(re.findall(r"\(\?P<(\w+)>", source))
    others = "".join(f"(?P<{group}>)" for group in _GROUPS if group not in own)
    return re.compile(f"{source}\n|(?!){others}", re.VERBOSE)


def grammar_match(text: str, position: int) -> re.Match[str] | None:
    """``GRAMMAR.match(text, position)``: the same span, kind (``lastgroup``) and named groups."""
    found = (_DIGIT_FINDER if text[position : position + 1].isdecimal() else _FINDER).match(text, position)
    return found and _kind_alone(found.lastgroup).match(text, position)


@functools.cache
def grammar_reference() -> re.Pattern[str]:
    """The grammar with one-character look-aheads only: what GRAMMAR must equal (tests/test_fast_paths.py)."""
    return re.compile(re.sub(r"\(\?P<(\w+)>", lambda m: m.group() + _look_ahead(m.group(1), False), PATTERN), re.VERBOSE)

# Words that, right before a number, make it a label (Resolution 242, Flight 1941, page 1200), a weapon's model
# ("the Mirage 2000") or a programme's or an exercise's name ("Vision 2030", "Agenda 2063", "Peace Mission 2005").
_LABEL_BEFORE = re.compile(
    r"(?<![\w.])(?:Resolution|Flight|No\.?|Number|number|page|pages|p\.|pp\.|Article|article|Section|section|Chapter|chapter"
    r"|Room|Route|Highway|Division|Regiment|Brigade|Corps|Squadron|Battalion|Model|Boeing|Airbus|Item|Law|Act"
    r"|Mirage|Vision|Agenda|Horizon|Mission|Expo|Programme|Program|Project|Strategy"
    r"|Order|Decree|Directive|Code|Unit|Hill|Level|Vol\.|Volume|volume|Issue|issue|Apt\.|Suite|Box|Gate|Pier|Ward"
    r"|Band|Lot|Rule|rule|Paragraph|paragraph|Dow|index|Index|points?|at|to|of\s+the)\s*$|(?:\$|US\$|€|£)\s*$"
    r"|(?<![\w.])(?:[Ff]ewer|[Mm]ore|[Ll]ess)\s+than\s+$|(?<![\w.])(?:[Aa]t\s+least|[Uu]p\s+to|[Nn]early|[Aa]lmost)\s+$"
)
# Words that, right after a number, make it a count or a measure (1500 troops, 1939 dead), or a weapon's model
# ("Mirage 2000 fighters").
_COUNT_AFTER = re.compile(
    r"\s*(?:-|\s)?(?:troops|soldiers|men|women|people|persons|dead|killed|wounded|casualties|prisoners|refugees"
    r"|tanks|aircraft|planes|ships|guns|missiles|warheads|fighters|jets|bombers|helicopters|interceptors|warplanes"
    r"|submarines|frigates|destroyers|miles|mi|km|kilometres|kilometers|metres|meters|feet|ft"
    r"|tons|tonnes|pounds|dollars|rubles|roubles|yuan|marks|francs|points|votes|seats|members|workers|civilians"
    r"|deaths|victims|casualties|units|rounds|shells|bombs|vehicles|trucks|divisions|hours|pages|cases|times"
    r"|percent|per\s+cent|square|strong|stood|residents|inhabitants|employees|students|children|delegates"
    r"|of\s+(?:the|his|her|their|its|our|these|those)(?=\s+[a-z]+s\b|\s*[,.;])|of\s+(?:them|us|whom)|out\s+of)\b"
)
_YEAR_PREPOSITION = re.compile(r"(?i:\b(?:in|into|since|by|until|till|of|from|during|after|before|circa|c\.|ca\.|around|between|through|to|toward|towards|and|year|summer|spring|autumn|fall|winter))\s+$")


# "1500 sailors", "its 1054 land-based missiles": a number before a plural noun counts things,
# unless a preposition or "the" makes it a year ("in 1936 elections", "the 1936 elections").
_PLURAL_AFTER = re.compile(r"[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+|[a-z]+-[a-z-]+[^\S\n]+)?(?!(?:was|has|this|its|his|is|as|us|thus|always|perhaps|across|less|unless|towards|afterwards|besides)\b)[a-z]{2,}[^s\W]s\b")
_YEAR_THE = re.compile(r"(?i:\b(?:the|a|an)\s+$)")
# "his 1990 earnings projection", "the company's 1989 results": a year of the owner's, for years of the last two
# centuries only ("his 1500 horses" is a count)
_POSSESSIVE = re.compile(r"(?i:\b(?:his|her|its|their|our|my|your)|[a-z]['’]s|s['’])\s+$")


# "between 1939 and", "1941 to": a joining word makes the next number a year only after a year.
_JOINED_TO_YEAR = re.compile(r"(?<![\d,.])(?:1\d{3}|20\d{2})(?:s|\s*(?:BC|AD))?\s*,?\s+(?:and|to|through|or)\s+$|\bbetween\s+$")
_JOINING = re.compile(r"(?i:\b(?:and|to|through)\s+$)")


def _year_preposition(before: str) -> bool:
    if not _YEAR_PREPOSITION.search(before):
        return False
    return not _JOINING.search(before) or bool(_JOINED_TO_YEAR.search(before))


# "the opening of the 2000 Olympics", "one of the 1990 models": after "of the" a year names a thing, told by a
# capitalized name or a singular noun after it; "most of the 1500 delegates" stays a count.
_OF_THE = re.compile(r"(?<![\w.])of\s+the\s*$")
_NAMED_AFTER = re.compile(r"[^\S\n]+(?:[A-Z][a-z]|[a-z]+[^s\W][\s,.;:)])")
_NOT_A_NOUN = frozenset(("and", "or", "to", "in", "on", "at", "of", "for", "with", "from", "by", "who", "which", "that", "were", "had", "have", "are", "will", "would", "could"))


# Years of other calendars, which a four-digit number of the Gregorian range may also be: the Indian national (Saka)
# and Vikram Samvat eras and their months ("1 Chaitra 1879", "Samvat 2004"), the Bengali and Nepali years, the Islamic
# and Iranian solar Hijri years and months ("Ramadan 1367", "1400 AH", "Farvardin 1358"), the Hebrew months, the
# Thai Buddhist era ("2475 BE"), the Republic of China's Minguo and North Korea's Juche years.
_OTHER_CALENDAR_BEFORE = re.compile(
    r"(?<![\w-])(?:Samvat|Sambat|Vikram\s+Samvat|Saka|Shaka|Śaka|Bikram|Bangabda|Minguo|Juche|Hijri|Hegira|Anno\s+Hegirae|V\.S\.|VS|B\.S\.|A\.H\.|AH"
    r"|Chaitra|Chaitr|Vaisakha|Vaishakha|Vaishakh|Baisakh|Boishakh|Jyaistha|Jyeshtha|Jyeshth|Ashadha|Asadha|Ashadh|Shravana|Sravana|Shravan|Bhadra|Bhadrapada"
    r"|Bhadrapad|Ashvin|Asvina|Ashwin|Kartika|Kartik|Agrahayana|Margashirsha|Pausha|Paush|Poush|Magha|Phalguna|Phalgun|Falgun"
    r"|Muharram|Safar|Rabi['’]?\s*(?:al|ul|al-|ul-)?\s*[-‘'’]?(?:Awwal|Thani|Akhir|Sani|I{1,2})|Jumada\s*(?:al|ul)?[-\s]?(?:Ula|Awwal|Akhira|Thani|I{1,2})"
    r"|Rajab|Sha['’]?ban|Ramadan|Ramazan|Ramzan|Shawwal|Dhu\s*al[-\s]?Qa['’]?dah?|Dhu\s*al[-\s]?Hijjah?|Zulhijja|Zilhaj"
    r"|Farvardin|Ordibehesht|Khordad|Mordad|Shahrivar|Aban|Azar|Bahman|Esfand|Tishrei|Heshvan|Cheshvan|Kislev|Tevet|Shevat|Nisan|Iyar|Sivan|Tammuz|Elul)"
    r"[^\S\n]+(?:(?:era|year|of)[^\S\n]+)?$"
)
_OTHER_CALENDAR_AFTER = re.compile(r"[^\S\n]*(?:AH|A\.H\.|SH|S\.H\.|BE|B\.E\.|VS|V\.S\.|BS|B\.S\.|Saka|Shaka)(?![\w])")


def other_calendar(text: str, start: int, end: int) -> bool:
    """Whether the number text[start:end] is a year of another calendar ("Samvat 2004", "1 Chaitra 1879", "1400 AH")."""
    return bool(_OTHER_CALENDAR_BEFORE.search(text[max(0, start - 30) : start]) or _OTHER_CALENDAR_AFTER.match(text, end))


# a line that opens with a year and a word ("1957 Cyrankiewicz visits India."): an entry of a chronology
_YEAR_LINE = re.compile(r"(?:1[0-9]{3}|20[0-9]{2})[^\S\n]+[A-Za-z]")


def _chronology_entry(text: str, start: int) -> bool:
    """Whether the number at ``start`` opens its line and the line before or after it opens with a year too."""
    if start and text[start - 1] != "\n":
        return False
    previous = text.rfind("\n", 0, max(0, start - 1)) + 1 if start else -1
    following = text.find("\n", start) + 1
    return (previous >= 0 and bool(_YEAR_LINE.match(text, previous))) or (following > 0 and bool(_YEAR_LINE.match(text, following)))


def looks_like_count(text: str, start: int, end: int) -> bool:
    """Whether the bare number text[start:end] reads as a count or a label, not a year."""
    before = text[max(0, start - 24) : start]
    if _OF_THE.search(before) and _NAMED_AFTER.match(text, end) and text[end : end + 12].split()[0].lower() not in _NOT_A_NOUN:
        return bool(_COUNT_AFTER.match(text, end))
    if _LABEL_BEFORE.search(before) and not _YEAR_PREPOSITION.search(before[-12:]):
        return True
    if _COUNT_AFTER.match(text, end):
        return not _year_preposition(before)
    if _PLURAL_AFTER.match(text, end):
        if _chronology_entry(text, start):
            return False  # "1955 Nehru visits Poland (June)." under "1954 Diplomatic relations ...": a year and its entry
        return not (_year_preposition(before) or _YEAR_THE.search(before) or _POSSESSIVE.search(before) and text[start : start + 2] in ("19", "20"))
    return False


# Candidate starts.  Python's ``re`` tries every alternative of GRAMMAR at every
# character, which costs tens of microseconds a position; instead one cheap pass
# splits the text into word tokens, and GRAMMAR is tried only at the start of a
# token that can carry a time expression (a digit, a month, a unit, "today"...)
# and at the few tokens before it, where its modifiers ("the late", "more than
# a") begin.  Finding is unchanged: the same matches in the same order.
_TOKEN = re.compile(r"[^\W_]+")
_LOOKBACK = 4
TRIGGER_WORDS = frozenset(
    [*MONTHS, *WEEKDAYS, *(day + "s" for day in WEEKDAYS), *SEASONS, *(u + s for u in UNITS for s in ("", "s")), "centuries", "centurie",
     "today", "yesterday", "tomorrow", "tonight", "now", "currently", "nowadays", "recently", "recent",
     "past", "future", "present", "morning", "afternoon", "evening", "daily", "weekly", "monthly",
     "annually", "yearly", "quarterly", "hourly", "century", "noon", "midnight", "midday", "current", "soon",
     "period", "term", "run", "nineteen", "eighteen", "thanksgiving", "christmas", "easter",
     "nineties", "eighties", "seventies", "sixties", "fifties", "forties", "thirties", "twenties", "while",
     "millennium", "millennia", "stages", "phase", "phases", "summers", "winters", "springs", "autumns", "half", "date"]
)
# Words that may begin a match that a later trigger word completes ("the late", "more than a", "at least").
STARTERS = frozenset(
    [*TRIGGER_WORDS, *NUMBER_WORDS, *ORDINALS, *VAGUE_COUNTS, "the", "early", "mid", "middle", "late", "end", "beginning",
     "start", "last", "next", "this", "that", "coming", "previous", "following", "same", "preceding", "prior",
     "more", "less", "fewer", "at", "up", "about", "nearly", "almost", "over", "just", "only", "around", "roughly",
     "approximately", "shortly", "c", "ca", "circa", "its", "every", "each", "per", "couple", "half", "fiscal", "in",
     "these", "earlier", "later", "new", "election", "independence", "labor", "memorial", "veterans", "armistice",
     "bastille", "ad", "1st", "2nd", "3rd", "4th", "number", "recent", "mid", "a", "an", "some", "turn", "then", "right", "another", "once", "twice", "thrice", "other",
     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "fy", "financial", "pre", "post"]
)

# No kind of GRAMMAR can start at "in" or "its": of all the kinds only the holiday can start with an "i" (in either
# case), and only as "Independence Day" (tests/test_fast_paths.py derives it from the pattern). A try there found
# nothing and cost a failed match of the whole alternation; "in" before a year made half of all failed tries.
STARTERS -= {"in", "its"}


def _cased(words) -> frozenset[str]:
    return frozenset(form for word in words for form in (word, word.capitalize(), word.upper()))


_TRIGGERS_CASED = _cased(TRIGGER_WORDS)
_DIGITS = frozenset("0123456789")


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_ASCII_TOKEN_SPLIT = re.compile("([A-Za-z0-9]+)")  # the same split on ASCII text, with no Unicode look-up per character


def tokenize(text: str) -> tuple[list[str], list[int]]:
    """Word tokens of ``text`` and their start offsets."""
    # one split gives gap, word, gap, word, ..., gap; a word starts where the lengths before it add up to
    parts = (_ASCII_TOKEN_SPLIT if text.isascii() else _TOKEN_SPLIT).split(text)
    return parts[1::2], list(itertools.accumulate(map(len, parts)))[0:-1:2]


def starts_near(words: list[str], offsets: list[int], hits: list[int], text: str = "", starters: frozenset[str] = frozenset()) -> list[int]:
    """Sorted offsets of the tokens at ``hits`` and of the starter tokens among the _LOOKBACK before each."""
    chosen: set[int] = set(hits)
    for index in hits:
        for before in range(max(0, index - _LOOKBACK), index):
            word = words[before]
            if not starters or word[0].isdigit() or word.lower() in starters:
                chosen.add(before)
    starts = [offsets[i] for i in sorted(chosen)]
    if text:  # "'90s": the apostrophe starts the match
        starts += [offsets[i] - 1 for i in hits if offsets[i] and text[offsets[i] - 1] in "'’"]
        starts.sort()
    return starts


def candidate_starts(text: str, tokens: tuple[list[str], list[int]] | None = None) -> list[int]:
    """Sorted offsets where GRAMMAR may begin a match."""
    words, offsets = tokens or tokenize(text)
    triggers, digits = _TRIGGERS_CASED, _DIGITS
    # the test depends on the word alone: made once per distinct word, then the positions picked in C
    chosen = {word for word in set(words) if word[0] in digits or word in triggers or word[:2] == "FY" and word[2:3] in digits}  # "FY1991-92"
    hits = list(itertools.compress(range(len(words)), map(chosen.__contains__, words))) if chosen else []
    return starts_near(words, offsets, hits, text, STARTERS)
