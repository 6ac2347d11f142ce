"""The foundation's acceptance numbers, on the user's seed pages and on our demo corpus.

Floors here are the issue's targets; raising a floor is welcome, lowering one needs a reason in the commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from detente import extract
from detente.export import event_record
from detente.resources import data_path, demo_paths
from tests.conftest import SEEDS
from tests.scoring import read_jsonl, score


def _system(paths) -> list[dict]:
    return [event_record(event) for event in extract([str(p) for p in paths])]


def test_seed_pages_meet_the_recall_and_precision_floors(seed_paths):
    result = score(read_jsonl(SEEDS / "gold.jsonl"), _system(seed_paths))
    missed = [(g["id"], g["date"], g["actors"], g["polarity"]) for g in result["missed"]]
    assert result["strict_recall"] >= 0.90, missed
    assert result["strict_precision"] >= 0.85, result


# The milestones any account of US-Soviet relations names, each with the demo_expected.jsonl entries (one or
# more documents) that state it. Chosen by their place in the history, not by what the coder finds.
MILESTONES = {
    "Allied intervention in Russia, 1918": [2, 3, 5, 66, 169],
    "recognition, November 1933": [14, 68, 89, 171],
    "Nazi-Soviet pact, August 1939": [15, 69, 172],
    "German invasion of the USSR, June 1941": [22, 133, 175],
    "Lend-Lease aid to the USSR": [24, 26, 71, 147],
    "Tehran conference, 1943": [27, 72],
    "Yalta conference, 1945": [28, 73],
    "Potsdam conference, 1945": [31, 178],
    "Berlin blockade, 1948-49": [35, 74, 106],
    "North Atlantic Treaty, 1949": [37, 109, 180],
    "first Soviet atomic test, 1949": [38, 76, 110],
    "Warsaw Pact, 1955": [41, 183],
    "Hungary, 1956": [43, 184],
    "U-2 shot down, 1960": [46, 77],
    "Cuban missile crisis, 1962": [48, 49, 118, 121, 185],
    "hotline and test ban, 1963": [50, 51, 80, 122, 123, 186],
    "SALT I, 1972": [53, 81, 95, 188],
    "Helsinki Final Act, 1975": [54, 82],
    "Soviet invasion of Afghanistan, 1979": [55, 159, 189, 199],
    "grain embargo, 1980": [56, 83, 198],
    "Moscow Olympics boycott, 1980": [57, 161, 190, 203],
    "KAL 007, 1983": [59, 164, 191, 208],
    "Geneva summit, 1985": [60, 101, 165, 192],
    "Reykjavik summit, 1986": [61, 85, 102, 193],
    "INF Treaty, 1987": [62, 86, 99],
    "Malta summit, 1989": [63, 87, 195],
    "START I, 1991": [64, 105, 196],
    "end of the USSR, 1991": [65, 88, 142, 168, 197],
}


def test_demo_corpus_expected_events_are_found():
    """Every milestone is found (strictly) in at least one document; all expected events hold a recall floor.

    demo_expected.jsonl lists every dated event the ten documents state (over 200, many told only in
    passing); bench/events.py reports the recall on all of them. The floor here guards what is reached.
    """
    with demo_paths() as paths:
        system = _system(paths)
    gold = read_jsonl(data_path("demo_expected.jsonl"))
    result = score(gold, system)
    missed = {g["id"] for g in result["missed"]}
    unfound = [name for name, numbers in MILESTONES.items() if all(f"demo-{n:02d}" in missed for n in numbers)]
    assert not unfound, unfound
    assert result["strict_recall"] >= 0.66, result["strict_recall"]
    assert result["strict_precision"] >= 0.83, result["strict_precision"]


def test_every_milestone_names_expected_events():
    ids = {g["id"] for g in read_jsonl(data_path("demo_expected.jsonl"))}
    assert all(f"demo-{n:02d}" in ids for numbers in MILESTONES.values() for n in numbers)


# Documents of our own about the other pairs accuracy is judged on (China/USSR, USA/Cuba, India/Pakistan, USA/China,
# Israel/Egypt, the two Koreas, FRG/GDR): encyclopedic, timeline and news styles, each with its gold events in the
# score_events.py format. The first seven were written, scored and then used to tune the coder; the three in holdout/
# were written after that tuning and first scored at strict recall 0.400, precision 0.667 (then tuned on as well, so
# they are no longer unseen). The two in holdout2/ (USA/Cuba encyclopedia, Egypt/Israel wire reports) were written
# next and first scored at strict recall 0.625, precision 0.714 (0.667/0.696 with the coder of 09:10 on 2026-11-26);
# from 10:25 that day they were tuned on too. The six in tune3/ (Greece/Turkey and Japan/China encyclopedias, an
# Iran/Iraq timeline under year lines, USA/Iran key dates, Falklands wire reports, a scraped China/Vietnam page) were
# written for that round and first scored, before any tuning on them, at strict recall 0.540, precision 0.736 (coder
# at 428db09), then tuned on. Floors sit a little under what the coder reached after that round (0.917/0.917,
# 0.745/0.911, 0.833/0.741, 0.734/0.827). Unseen documents are the measure that matters: holdout3/, written by
# another helper, was retired into tuning on 2026-11-27 and is scored in tests/test_holdout3.py. The six in tune4/ (a USA/Vietnam encyclopedia article, Suez wire reports, a
# USSR/Hungary textbook chapter with relative dates, a USA/Panama timeline of entry titles and date lines, a scraped
# Vietnam/Cambodia HTML page, a USA/Libya list of key events; 107 gold events) were written next and first scored,
# before any tuning on them, at strict recall 0.626, precision 0.644 (coder at 0f85bdc; 0.610/0.587 before seven events
# the text states for a second coordinated state were added to the gold), then tuned on: 0.804/0.804 after that
# round (tune4 floor a little under it). The six in tune5/ (a France/Algeria encyclopedia article with footnote marks,
# a USSR/Czechoslovakia timeline of entry titles and date lines, Tanzania/Uganda wire reports, a USSR/Japan textbook
# unit with relative dates, a scraped El Salvador/Honduras blog page, an Indonesia/Malaysia table; 139 gold events)
# were written next and first scored, before any tuning on them, at strict recall 0.590, precision 0.550 (coder at
# 3fa4319; 0.641/0.658 after 14 events the text states for coordinated states were added to the gold and three gold
# events corrected; a fourth later: Sarawak was still British at the Tebedu raid), then tuned on: 0.778/0.778 after
# that round (tune5 floor a little under it).
# The six in tune6/ (a PRC/ROC encyclopedia article with footnote marks, Syria/Israel wire reports with datelines, a
# scraped Libya/Chad HTML page, a Pakistan/Bangladesh textbook chapter with relative dates, a Peru/Ecuador timeline of
# entry titles and date lines, a UK/Germany pipe table; 128 gold events as first written) were first scored, before any
# tuning on them, at strict recall 0.609, precision 0.624 (coder at 3fa4319); seven events the text states that the
# first gold left out (a demand, an attitude, a 1935 treaty named in passing, ...) were then added and one actor set
# corrected (the Mukti Bahini, not a state, is armed): 0.630/0.680 with the same coder, before tuning on them; then
# tuned on: 0.778/0.778 after that round (tune6 floor a little under it).
# The six in tune7/ are on the pairs accuracy is judged on, in page shapes not used for them before: an India/Pakistan
# scraped wiki page (navigation, cookie banner, "[edit]" and footnote marks), a USA/Cuba textbook chapter with relative
# dates, a USSR/Cuba encyclopedia article with numbered sections, China/India wire reports with datelines, a USA/China
# page in wiki markup ("== Section =="), a USA/Pakistan bulleted chronology; 236 gold events as first written. First
# scored, before any tuning on them, at strict recall 0.602, precision 0.721 (coder at 2716a94); 0.613/0.741 with the
# same coder after the gold was corrected (aid cut to two states and arms from two states are an event each; the 1968
# intervention is the Warsaw Pact's as the text says; Deng's tour spans two months); then tuned on: 0.681/0.798
# after that round (tune7 floor a little under it).
# The five in tune8/ (a Morocco/Algeria encyclopedia article with footnote marks, Ethiopia/Eritrea wire reports with
# datelines, an India/Sri Lanka textbook unit with relative dates, an Israel/Jordan timeline whose entry titles often
# name no one, a scraped Turkey/Greece/Cyprus HTML page; 106 gold events as first written) were first scored, before
# any tuning on them, at strict recall 0.547, precision 0.569 (coder at ea58141, which already held the tune8 fixes of
# the failure kinds earlier rounds left open; 0.538/0.564 with the coder of 2716a94 before them); each mediator was then
# paired with each party it brought together and the Security Council coded UNSC as the other sets code it (110 gold
# events): 0.536/0.578 with the same coder (0.527/0.574 with 2716a94), before tuning on them; then tuned on:
# 0.682/0.664 after that round (tune8 floor a little under it).
# The six in tune9/ are on new partners of the judged countries, in the shapes asked for: India/USSR wire reports with
# datelines (1955-1991), a China/UK encyclopedia article on Hong Kong with sections and footnote marks, a Cuba/Venezuela/
# Mexico/OAS textbook chapter with relative dates, a Pakistan/USSR timeline (date line, then entry), a scraped India/
# Portugal page on Goa with boilerplate, a China/Indonesia numbered list with bracketed dates; 153 gold events, a
# multilateral act coded once per pair of its parties. First scored, before any tuning on them, at strict recall 0.588,
# precision 0.652 (coder at 8adbdcb, which held tune9's fixes of the open failure kinds; the same with 4378d49); five
# events the text states that the first gold left out (Hong Kong ceded in the nineteenth century, the 1971 war named
# in a veto, the dissolution of the USSR, India's independence, India's refusal of the General Assembly's call) were
# then added, the calls for a ceasefire set neutral as the other sets code them, and a treaty that restored relations
# made one event (157 gold events): 0.631/0.717 with the coder of 4378d49, before tuning on them; then tuned on:
# 0.732/0.846 after that round (tune9 floor a little under it).
# The five in tune10/ (UK/Iceland wire reports with datelines, a Netherlands/Indonesia encyclopedia article with
# footnote marks and notes, a Japan/South Korea Markdown page with headings and a bibliography, an Egypt/Libya timeline
# under year lines, a scraped Belgium/Congo HTML page with the UN; 142 gold events) were first scored, before any
# tuning on them, at strict recall 0.592, precision 0.694 (coder at 4820f7c, which already held the tune10 fixes of the
# open failure kinds; 0.585/0.686 with the coder of 4378d49 before them); a treaty or a federation agreed by three
# leaders was then coded as one multilateral act, as the other sets code it (138 gold events): 0.609/0.694 with the
# same coder (0.601/0.686 with 4378d49), before tuning on them; seven events the text states that the first gold left
# out were then added (a proclaimed independence, two coups, the October war named in passing, Sadat's visit to
# Jerusalem, a second air raid, students' protests, a coup of 1960) and two corrected (145 events): 0.628/0.752 with
# the same coder (0.621/0.744 with 4378d49), before tuning on them; then tuned on: 0.745/0.857 after that round
# (tune10 floor a little under it).
# The six in tune11/ are on the judged countries' other partners, in the shapes asked for: a Cuba/Ethiopia/Somalia
# textbook unit on the Ogaden war with review questions, a China/Burma timeline (date line, then entry), India/Israel
# wire reports with datelines (1950-2003), a Pakistan/UK encyclopedia article with note marks, notes and references,
# a scraped Cuba/Canada HTML page (menus, cookie banner, related posts, comments), a USSR/Afghanistan Markdown page
# with headings, a key-dates table and a bibliography; 190 gold events as first written. First scored, before any
# tuning on them, at strict recall 0.600, precision 0.651 (lenient 0.605/0.657; coder at 82f5643); the gold was then
# corrected (the counter-offensive spans February and March 1978; a call for withdrawal is neutral as the other sets
# code calls; aid "for the refugees" names no state; the four coups and a government's fall added, as tune10 codes
# coups; 194 events): 0.603/0.669 with the same coder, before tuning on them; then tuned on: 0.716/0.755 after that
# round (tune11 floor a little under it).
# The six in tune12/ are news wire reports (JSONL with datelines, "today", "on Tuesday", "last week", officials
# quoted, denials, plans, backgrounders with their own years, a correction, follow-ups retelling an act) on pairs no
# set covered: China/Vietnam 1979-1991, India/Sri Lanka 1987-1990 (the IPKF), Pakistan/Afghanistan 1989-2001,
# Cuba/USA 1994-2016, China/Japan 1972-2012, Russia/Georgia 1993-2008; 59 reports, 131 gold events as first written.
# First scored, before any tuning on them, at strict recall 0.710, precision 0.727 (lenient the same; coder at
# bf347bd); the gold was then corrected (the Taliban of 1996-2001 are Afghanistan's government, era-correct AFG as
# `detente actor Taliban` gives it; a city taken from the state's own rebels, the other side unnamed, is no dyad; a
# welcome and a peace plan accepted that the text states added; 132 events): 0.742/0.766 with the same coder, before
# tuning on them; then tuned on: 0.803/0.841 after that round (tune12 floor a little under it). taliban1 (2026-11-28)
# reversed the Taliban reading by CONVENTIONS.md (Actors): the movement keeps TALIBAN while it governs, AFG only where
# its government is named as one (tune12-056 "The Taliban condemned the strikes" is TALIBAN again).
# The six in tune13/ are on the judged countries' partners in six shapes (README.md there): an India/Japan encyclopedia
# article with note marks, a scraped Cuba/Panama HTML page with heavy furniture, India/Iran wire reports with datelines,
# a China/Laos timeline, a China/Thailand textbook chapter with relative dates and review questions, a Cuba/Argentina
# dated list; 142 gold events as first written. First scored, before any tuning on them, at strict recall 0.669,
# precision 0.709 (coder at 06b38ee); the gold was then corrected to the older sets' conventions (tests and coups as
# one-state events, a protest to a body aimed at it, a three-party signing one act; two acts the text states added;
# 147 events): 0.694/0.761 with the same coder; then tuned on: 0.878/0.884 after that round (floor a little under it).
# The four in tune14/ are long scraped pages in the shape of the user's seed pages (navigation, infoboxes, hatnotes,
# captions, key-dates boxes, references, comments; the same act told in the lead, a section and a timeline) on pairs
# no set covered: Britain/Egypt 1882-1956, Turkey/USSR 1920-1991, USA/Mexico 1910-1990, Russia/China 1989-2011;
# 201 gold events. First scored, before any tuning on them, at strict recall 0.587, precision 0.509 (lenient
# 0.652/0.565; coder at 43987e8); then tuned on (see tune14/README.md; tune14 floor a little under the round's end).
# The five in tune15/ are news wire reports in many agencies' voices (AP, UPI, Reuters, AFP, Xinhua and Hsinhua, TASS,
# Kyodo, PTI, AAP, NZPA, APP; a newspaper correspondent's dateline, bulletins, a correction, anniversary and background
# analyses) on China's recognitions, China/Cuba, Cuba/South America, India/Japan and Pakistan/Commonwealth/Japan,
# 1950-2005; 61 reports, 141 gold events as first written. First scored, before any tuning on them, at strict recall
# 0.688, precision 0.660 (coder at e9bb453); the gold was then corrected (a duplicate report id; communique signings and
# the three coups named coded as the other sets code them; 149 events): 0.698/0.707 with the same coder; then tuned on:
# 0.752/0.737 after that round (tune15 floor a little under it).
# The four in tune16/ are scholarly prose on pairs no set covered (Cuba/Algeria/Morocco 1961-2017, India/France
# 1948-2008, China with Ceylon and Bangladesh 1950-2016, Cuba/Dominican Republic/OAS 1959-1965): a journal article as
# text from a PDF (running heads, page numbers, broken words), a book chapter in Markdown with footnotes, lecture
# notes in bullets, a thesis chapter with a bibliography; author-date citations, historiography, counterfactuals;
# 78 gold events (README.md there). First scored, before any tuning on them, at strict recall 0.551, precision 0.558
# (coder at e920bf0); then tuned on: 0.603/0.635 after that round (tune16 floor a little under it).
# The six in tune17/ are on pairs of the judged countries no set covered, in six shapes (README.md there): a China/Sri
# Lanka encyclopedia article with an infobox-like header, a scraped China/Ethiopia HTML page with heavy furniture,
# Cuba/Soviet wire reports from Havana's side 1962-1989, an India/Bangladesh water and border chronology with ranges and
# "c." dates, China/Pakistan corridor revision notes with practice questions, an India/Indonesia blog essay with
# first-person asides; 138 gold events as first written. First scored, before any tuning on them, at strict recall 0.558,
# precision 0.726 (coder at c40f0d7); two acts the text states added and a dispute taken to a body coded as an appeal
# (140 events): 0.557/0.736 with the same coder; then tuned on: 0.679/0.848 after that round (tune17 floor a little
# under it).
# The six in tune18/ are on the first half of the century (1889-1947; README.md there): a Japan/Russian Empire
# encyclopedia article with Old Style dates, a scraped Italy/Ethiopia page, period press reports of 1938-1939 with the
# older datelines, an Ottoman/Balkan chronology, a Poland/Soviet Russia/Lithuania textbook chapter, a table of
# Manchukuo's treaties; 205 gold events as first written. First scored, before any tuning on them, at strict recall
# 0.429, precision 0.494 (coder at c40f0d7); one act added to the gold (a proclamation of independence coded as the
# older sets code them; 206 events): 0.432/0.500 with the same coder; then tuned on (tune18 floor a little under the
# round's end).
# The five in tune19/ are long pages (12-14 KB) shaped like the user's scraped pages, on pairs of the judged countries
# across decades (README.md there): a scraped China/Japan HTML explainer 1945-2000 with a key-dates table and a
# correction note, an India/United States encyclopedia mirror 1947-2000 with an infobox, contents, "Main article:"
# hatnotes and a chronology, a Pakistan/Afghanistan Markdown overview 1893-2001 with an FAQ and comments, a wiki HTML
# page on Beijing and Taipei 1949-2000 (the two Chinese governments: CHN and TWN) with a timeline, a Cuba/Mexico
# magazine feature 1959-2000 as scraped text with a box, a pull quote and comments; 199 gold events. First scored,
# before any tuning on them, at strict recall 0.678, precision 0.493 (coder at 8e02d39); then tuned on: 0.759/0.559
# after that round (tune19 floor a little under it).
# The four in tune20/ are long pages in the shape of the user's own documents, on pairs of the judged countries no set
# covered (README.md there): an India/Soviet Union/Russia mirror-site text with inlined link glosses, a Pakistan/China
# explainer HTML, a US/Vietnam wiki page scraped to Markdown, a China/Soviet Union magazine HTML; each with its
# contents, hatnotes, infobox, captions, key-dates box, references, comments and footer; 169 gold events as first
# written. First scored, before any tuning on them, at strict recall 0.746, precision 0.562 (coder at 4d3706c); the
# State of Vietnam coded RVN as the gazetteer writes it, a coup as the older sets code it, a missing full stop in the
# mirror text and three acts the text states added (172 events): 0.750/0.576 with the same coder; then tuned on
# (tune20 floor a little under the round's end).
# The four in tune21/ are long pages of the same shape on four more pairs (README.md there): a UK/India think-tank
# briefing HTML 1947-2010, a France/China encyclopedia mirror HTML 1949-2010, an India/Sri Lanka reference-wiki page
# scraped to text 1948-2009, a Cuba/Angola/South Africa wiki page scraped to Markdown 1975-1994; 182 gold events as
# first written. First scored, before any tuning on them, at strict recall 0.676, precision 0.539 (coder at 0b5ae45);
# Mandela coded as the gazetteer codes him and four acts the text states added (186 events): 0.694/0.566 with the same
# coder; then tuned on (tune21 floor a little under the round's end).
# The four in tune22/ are long pages of the same shape on four more pairs (README.md there): a China/UK reference-wiki
# HTML 1949-1997, an India/South Africa archive study scraped to text 1946-2000, a Cuba/Chile wiki page scraped to
# Markdown 1959-2000, a China/South Korea news explainer HTML 1950-2010; 127 gold events as first written. First scored,
# before any tuning on them, at strict recall 0.685, precision 0.442 (coder at cd4c3ea); one act the text states added
# (128 events): 0.688/0.447 with the same coder; then tuned on (tune22 floor a little under the round's end).
# The four in tune23/ are long pages of the same shape on four more pairs (README.md there): a China/Cambodia mirror
# HTML 1955-2010, a Cuba/Nicaragua/Grenada scraped wiki text 1979-1990, an India/Bhutan/Maldives wiki page scraped to
# Markdown 1949-2010, a Pakistan/Saudi Arabia briefing HTML 1947-2010; 120 gold events as first written. First scored,
# before any tuning on them, at strict recall 0.675, precision 0.600 (coder at 9c85c1c = main 798153b's); one date of
# the gold corrected as the text gives it; then tuned on (tune23 floor a little under the round's end).
# The four in tune24/ are long pages of the same shape on four more pairs (README.md there): a China/Singapore mirror
# HTML 1965-2010, an India/Vietnam list-site text with glossary lines 1954-2010, a Cuba/Ecuador wiki page scraped to
# Markdown 1959-2010, a Pakistan/Indonesia explainer HTML 1947-2005; 98 gold events as first written. First scored,
# before any tuning on them, at strict recall 0.714, precision 0.522 (coder at 3c5aea9 = main 1737a79's); then tuned
# on (tune24 floor a little under the round's end).
# The four in tune25/ are long pages of the same shape on four more pairs (README.md there): a China/two Germanies
# reference HTML 1949-2010, a Cuba/Peru wiki page scraped to text 1959-2010, an India/Myanmar wiki page scraped to
# Markdown 1948-2010, a Pakistan/Sri Lanka explainer HTML 1948-2010; 99 gold events as first written. First scored,
# before any tuning on them, at strict recall 0.707, precision 0.526 (coder at c03531e = main efd42c2's); then tuned
# on (tune25 floor a little under the round's end).
# The four in tune26/ are long pages of the same shape on four more pairs (README.md there): a China/Iran reference
# HTML 1971-2010, a Cuba/Vietnam wiki page scraped to text 1960-2010, an India/Saudi Arabia wiki page scraped to
# Markdown 1947-2010, a Pakistan/France explainer HTML 1947-2010; 118 gold events as first written. First scored,
# before any tuning on them, at strict recall 0.644, precision 0.559 (coder at 656183b = main fdf6a42's); then tuned
# on (tune26 floor a little under the round's end).
# The four in tune27/ are pages in shapes the tuned sets had little of, on four more pairs (README.md there): a
# China/Zimbabwe archived news backgrounder HTML with a dateline and days told against it 1980-2008, a Cuba/Mozambique
# exhibition guide in Markdown with front matter and a timeline table 1975-2010, India/Mauritius lecture notes HTML
# 1968-2015, a Pakistan/Jordan community FAQ text 1955-2007; 84 gold events as first written. First scored, before any
# tuning on them, at strict recall 0.512, precision 0.512 (coder at a22f77e4 = main 20f2acb5's); then tuned on (tune27
# floor a little under the round's end).
# The five in tune28/ are long pages of the same shape on five more pairs (README.md there): a China/Chile reference
# HTML 1970-2006, a Cuba/Guatemala wiki page scraped to text 1954-1999, an India/Fiji wiki page scraped to Markdown
# 1970-2005, a Pakistan/Kuwait community-portal text 1961-2003, a China/Mexico long-read HTML 1972-2005; 95 gold events
# as first written. First scored, before any tuning on them, at strict recall 0.800, precision 0.571 (coder at
# c04048c9 = main 9c976089's, the Pakistan page's contents list fixed); then tuned on (tune28 floor a little under the
# round's end).
# The five in tune29/ are seed-shaped pages on five more pairs (README.md there): a Cuba/Haiti travel-and-history
# magazine HTML 1959-2004, an India/Italy student essay with teacher's comments 1947-2013, a Pakistan/Nepal news-agency
# factbox archive in JSONL 1960-2005, a China/Nigeria encyclopedia page with a long infobox 1960-2006, an
# India/Mongolia museum timeline in Markdown 1955-2005; 116 gold events as first written. First scored, before any
# tuning on them, at strict recall 0.491, precision 0.487 (coder at ac140c3f = main f6970b23's); then tuned on (tune29
# floor a little under the round's end, 0.603 / 0.614).
# The four in tune30/ are seed-shaped pages on four more pairs (README.md there): a China/Turkey news-site topic page
# (dated headlines, then an explainer) 1971-2010, an India/Oman ministry press-release archive in text 1953-2010, a
# Cuba/Uruguay encyclopedia mirror in HTML with a long infobox 1959-2007, a Pakistan/Qatar forum post in Markdown with
# comments 1971-2010; 78 gold events as first written. First scored, before any tuning on them, at strict recall 0.667,
# precision 0.627 (coder at 480ca350 = main cb7b4f72's); then tuned on (tune30 floor a little under the round's end).
# The five in tune31/ are seed-shaped pages on five more pairs (README.md there): a China/Venezuela treaty database
# listing 1974-2010, a Pakistan/Canada print-edition newspaper archive in text 1951-2010, an India/Brazil think-tank
# country brief in HTML 1948-2010, a China/Peru wiki talk page with a revision diff 1971-2010, a Cuba/Trinidad and
# Tobago travel guide in Markdown with a visa sidebar 1972-2010; 83 gold events. First scored, before any tuning on
# them, at strict recall 0.795, precision 0.629 (coder at 032cb835 = main 17e11b63's); then tuned on (tune31 floor a
# little under the round's end, 0.819 / 0.739).
# The five in tune32/ are pages in the five shapes of the mission statement on five more pairs (README.md there): a
# China/Angola encyclopedia article with "See also" 1975-2010, a Cuba/South Africa timeline page with year headings
# 1975-2001, a China/Kazakhstan wire story with a yearless dateline and relative dates 1992-1998, a China/Hungary
# scraped magazine page in HTML with teasers 1949-1990, an India/Poland essay quoting a chronology 1954-1998; 78 gold
# events. First scored, before any tuning on them, at strict recall 0.808, precision 0.630 (coder at 2e06ae00 = main
# 4ad1fc38's); then tuned on (tune32 floor a little under the round's end, 0.859 / 0.698).
# The four in feeds1/ are news feeds of our own (README.md there): a Turkish ministry's RSS with escaped HTML on Turkey
# and Russia 2015-2017, a news agency's Atom on Qatar and its neighbours 2017-2021, an embassy's CDATA RSS saved as .xml
# on Greece and North Macedonia 2018-2020, a ministry's RSS saved as .txt on Israel and the Gulf and Morocco 2020-2021;
# 84 gold events. First scored, before any tuning on them, at strict recall 0.667, precision 0.683 (coder at 6c3d00da
# = main 255bfd0b's); then tuned on the feed path (branch feed2: 0.690 / 0.682; floor a little under).
OTHER_PAIRS = Path(__file__).resolve().parent / "data" / "other_pairs"
OTHER_PAIRS_FLOORS = {"": (0.87, 0.90), "holdout": (0.70, 0.87), "holdout2": (0.79, 0.70), "tune3": (0.70, 0.79), "tune4": (0.77, 0.77),
                      "tune5": (0.74, 0.74), "tune6": (0.75, 0.75), "tune7": (0.65, 0.77), "tune8": (0.65, 0.63),
                      "tune9": (0.70, 0.80), "tune10": (0.72, 0.83), "tune11": (0.69, 0.73),
                      "tune12": (0.76, 0.80), "tune13": (0.84, 0.84), "tune14": (0.66, 0.53), "tune15": (0.73, 0.71), "tune16": (0.58, 0.61),
                      "tune17": (0.63, 0.80), "tune18": (0.54, 0.60), "tune19": (0.72, 0.52),
                      "tune20": (0.75, 0.58), "tune21": (0.74, 0.59), "tune22": (0.71, 0.47), "tune23": (0.70, 0.61),
                      "tune24": (0.72, 0.54), "tune25": (0.70, 0.53), "tune26": (0.66, 0.59),
                      "tune27": (0.72, 0.67), "tune28": (0.82, 0.60), "tune29": (0.57, 0.58),
                      "tune30": (0.70, 0.65), "tune31": (0.78, 0.71),
                      "tune32": (0.84, 0.68), "feeds1": (0.67, 0.66)}


def _documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name not in ("gold.jsonl", "README.md", "CONVENTIONS.md")
                  and p.suffix in (".txt", ".jsonl", ".html", ".md", ".rss", ".atom", ".xml"))


@pytest.mark.parametrize("subset", sorted(OTHER_PAIRS_FLOORS))
def test_documents_about_other_pairs_meet_their_floors(subset):
    folder = OTHER_PAIRS / subset if subset else OTHER_PAIRS
    result = score(read_jsonl(folder / "gold.jsonl"), _system(_documents(folder)))
    recall, precision = OTHER_PAIRS_FLOORS[subset]
    missed = [(g["id"], g["date"], g["actors"], g["polarity"]) for g in result["missed"]]
    assert result["strict_recall"] >= recall, (result["strict_recall"], missed)
    assert result["strict_precision"] >= precision, result["strict_precision"]


@pytest.mark.parametrize("subset", sorted(OTHER_PAIRS_FLOORS))
def test_other_pairs_gold_quotes_its_documents(subset):
    from detente.model import Document
    from detente.pipeline import extract_documents

    folder = OTHER_PAIRS / subset if subset else OTHER_PAIRS
    texts = {}
    for item in extract_documents([str(p) for p in _documents(folder)]):
        assert isinstance(item, Document), item
        texts[Path(item.origin).name] = item.text
    gold = read_jsonl(folder / "gold.jsonl")
    assert len({g["id"] for g in gold}) == len(gold), "duplicate ids"
    problems = [g["id"] for g in gold if g["doc"] not in texts or g["evidence"] not in texts[g["doc"]]]
    assert not problems, problems
    assert {g["doc"] for g in gold} == set(texts), "every document has gold events"


# tests/data/shapes2/: raw page formats not met before (issues 5 and 8), on pairs used nowhere else: a hard-wrapped
# typed report (Spain/Portugal), text from a PDF with running headers, page numbers and footnotes (Thailand/Cambodia),
# a wiki HTML article with an infobox, a navbox and a table of events (Ecuador/Colombia), a news archive page of
# three reports each under its own dateline (Sweden/Norway), a WARC with two pages, an image, robots.txt and a
# redirect (Bolivia/Paraguay), and text with mojibake, entities, no-break and zero-width spaces and full-width
# digits (Hungary/Czechoslovakia); 36 gold events. First scored at strict recall 0.806, precision 0.630 (coder at
# 75721ad); 0.972 / 0.700 once the page artefacts are undone (text/pages.py, text/articles.py, ingest/html.py);
# the precision left is the coder's (two codes for one act, an unnamed subject), not the page's.
SHAPES2 = Path(__file__).parent / "data" / "shapes2"
SHAPES2_FLOOR = (0.94, 0.66)


def _shapes2_documents() -> list[str]:
    return sorted(str(p) for p in SHAPES2.iterdir() if p.name != "gold.jsonl")


def test_raw_page_formats_meet_their_floor():
    result = score(read_jsonl(SHAPES2 / "gold.jsonl"), _system(_shapes2_documents()))
    missed = [(g["id"], g["date"], g["actors"], g["polarity"]) for g in result["missed"]]
    assert result["strict_recall"] >= SHAPES2_FLOOR[0], (result["strict_recall"], missed)
    assert result["strict_precision"] >= SHAPES2_FLOOR[1], result["strict_precision"]


def test_raw_page_formats_gold_quotes_the_text_detente_reads():
    """Every gold evidence is a substring of the document's text once its page artefacts are undone: the broken
    words joined, the entities, ligatures and full-width digits read, the footnote marks gone."""
    from detente.model import Document, Skipped
    from detente.pipeline import extract_documents

    texts, skipped = {}, []
    for item in extract_documents(_shapes2_documents()):
        if isinstance(item, Skipped):
            skipped.append(item.reason)
            continue
        assert isinstance(item, Document)
        texts[item.origin] = item.text
    assert sorted(skipped) == ["http_status", "not_html", "not_html"]  # the redirect, robots.txt and the image
    gold = read_jsonl(SHAPES2 / "gold.jsonl")
    assert len({g["id"] for g in gold}) == len(gold), "duplicate ids"
    problems = [g["id"] for g in gold if not any(origin.endswith(g["doc"]) and g["evidence"] in text for origin, text in texts.items())]
    assert not problems, problems
