"""The event coder on our labelled sentences, and the format of both labelled data files.

tests/data/event_sentences.jsonl: sentences we wrote from twentieth-century interstate history, each with the
events it states (none for a negated, hypothetical or eventless sentence); those marked "split": "holdout" were
first scored before the coder was tuned on them, and so were those marked "tune3" (t001-t045: recall 0.548 at
first) and "events3" (e001-e146, written for the weak types MOBILIZE, COOPERATE, PROTEST, AID: recall 0.571, type
0.839, false-event rate 0.071 at first; ``bench/events.py --split events3`` scores them alone); "events3b" (f001-f040)
were written after the first fixes of that round and never tuned on (recall 0.692 and type 0.833 by the coder before the
round, 0.846 and 0.955 after it); "tune5" (t5w001-t5w049) were written for the general causes of misses and false events
found on tests/data/other_pairs/tune5/. "sent5" and "sent5-holdout" (w001-w351) were written from facts about many pairs
(Latin America, Africa, Asia, the Middle East, Europe) in constructions the older sets lack (passives, nominalizations,
relative clauses, fronted participles, appositions, ministries and capitals as actors, "did not ... until", refusals,
failed attempts, 69 eventless look-alikes); a random third (random.Random(5).sample of the row indices) is
"sent5-holdout", never looked at while tuning. First scoring, by the coder before any change (bench/events.py
--split NAME): sent5 (234 sentences, 180 events) recall 0.706, type 0.890, polarity 0.969, roles 0.906, false
events 0.048; sent5-holdout (117 sentences, 94 events) recall 0.745, type 0.914, polarity 0.957, roles 0.900, false
events 0.054; both together recall 0.719, type 0.898, roles 0.904, false events 0.050. After tuning on sent5 alone
(general fixes: vocabulary, dates inside a verb's phrase, opening participle clauses, relative clauses, 'would not'
refusals, 'between' parties; two sent5 labels corrected, which makes the never-tuned sent5 figures recall 0.707,
type 0.891, roles 0.914, false events 0.037): sent5 recall 0.829, type 0.960, polarity 0.980, roles 0.940, false
events 0.037; sent5-holdout, never looked at, recall 0.766, type 0.931, polarity 0.958, roles 0.903, false events
0.054. "tune8" (t8f01-t8f20, t8g01-t8g04) show failure kinds earlier tuners left open: a fronted clause's act and the
main clause's subject ("When Spain withdrew ..., Algeria backed ..."), a protest answering the fronted act, two
mediators, visas imposed on a demonym's people, attitudes "viewed X with alarm", groups of states as subjects.
"tune10" (t10a01-t10e08, 25 sentences) show failure kinds tune10 took up: acts done only at a date after 'not ...
until' ("did not ratify it until 1966", "it was not until 1972 that ..."), intents dated when agreed though done within
a window or by a deadline, undertakings to stop or halt (no threat), alarm voiced at a long object, and eventless
descriptions, statistics, biographies, terms a treaty provided for and historiography; written while probing those
kinds, so tuned on (the coder before the round coded none of the delayed acts, a refusal for "not until 1972 that",
a threat for "agreed to stop supplying weapons" and reversed roles for "voiced alarm at").
"sent6" and "sent6-holdout" (s6_001-s6_383) were written from facts about China (PRC and ROC), Cuba, India
and Pakistan with their partners ("half": "pairs", 200 sentences) and about many other pairs ("half": "other", 183),
across the 16 types and forms (refusals, failed attempts, questions, headlines, two dates, appositions, capitals and
ministries as actors, 62 eventless look-alikes; "construction" names the one a sentence tests); a random third
(random.Random(6).sample(range(383), 127)) is "sent6-holdout", never looked at while tuning. First scoring, by the coder
before any change (never tuned on): sent6 (256 sentences, 223 events) recall 0.776, type 0.919, polarity 0.994, roles
0.954, date 0.982, false events 0.134; sent6-holdout (127 sentences, 112 events) recall 0.741, type 0.916, polarity
0.940, roles 0.916, false events 0.108; both recall 0.764, type 0.918, roles 0.941, false events 0.125 (the pairs half
recall 0.735, false events 0.154; the other half 0.799, 0.096). Six labels were then set to the house conventions
(expelled diplomats 161, a lifted embargo 081, arms sold 062, no target for a mobilization with no foe named, no
alleged act, a mutual act in text order), which makes the never-tuned figures sent6 recall 0.779, type 0.936, roles
0.965, false events 0.134 and sent6-holdout recall 0.741, type 0.928, roles 0.928, false events 0.108. After tuning
on sent6 alone (general fixes: vocabulary, capitalized plan words as names, failed efforts, fears of what would come,
acts supposed with 'a ... would', states of things named again, verb words used as nouns, historiography, deadlines
as ultimatums, concessions under pressure, speakers of a state telling what was done to it, offers naming whom they
are made to, one act over two years): sent6 recall 0.860, type 0.984, polarity 1.000, roles 0.958, false events
0.030; sent6-holdout, never looked at, recall 0.759, type 0.929, polarity 0.941, roles 0.929, false events 0.108;
the older sets moved from recall 0.887, type 0.969, false events 0.033 to 0.891, 0.971, 0.025.
"tune9" (t9p*, t9r*, t9e*, t9m*: 22 sentences) show the failure kinds still open after tune8 (agentless passives
whose doer the sentence before names, a nuclear test named inside a reaction, one verb with two dated objects, lists of
signatories and three-party meetings coded per pair), and t9g* (10) the general causes found on tests/data/other_pairs/tune9/.
"sent7" and "sent7-holdout" (s7_001-s7_347, "set": "sent7") were written from facts about China (PRC and ROC), Cuba,
India and Pakistan with their partners ("half": "pairs", 199 sentences) and about many other pairs ("half": "other",
148), in news-wire, textbook and encyclopedic styles, with the constructions unseen batches miss most ("construction"
names it: acts as objects of reactions, acts told in a relative or subordinate clause, agentless passives,
appositions, three acts in one sentence, headlines, two dates, armies and ministries as actors) and 65 eventless
look-alikes (statistics, biographies, book titles, places, terms of a treaty, historians' views); a random third
(random.Random(7).sample(range(347), 115)) is "sent7-holdout", never looked at while tuning. First scoring, by the coder
before any change (never tuned on; bench/events.py --split NAME): sent7 (232 sentences, 192 events) recall 0.812,
type 0.962, polarity 0.968, roles 0.923, date 0.981, false events 0.119; sent7-holdout (115 sentences, 100 events)
recall 0.790, type 0.962, polarity 0.987, roles 0.962, date 0.987, false events 0.036; both recall 0.805, type 0.962,
roles 0.936, precision 0.963, false events 0.095 (the pairs half recall 0.799, false events 0.107; the other half
0.812, 0.077). Eight labels were then set to the house conventions (a withdrawal agreed to is 035, troops
entering a capital 190, "did not join ... until 2002" the act at that date, one event per pair, type and date, the
Warsaw Pact as the invader it names, no foe the sentence does not name, the Security Council named is UNSC, in both
parts), which makes the never-tuned figures sent7 recall 0.826, type 0.975, polarity 0.968, roles 0.949, false events
0.106 and sent7-holdout recall 0.790, type 0.962, polarity 0.987, roles 0.987, false events 0.036. After tuning on
sent7 alone and on new probe sentences of our own (general fixes: appeals for an end of fighting asked from afar,
promises of restraint, objects listed inside a trigger's gap, ultimatums by a list of states, the subject before a
relative clause, measures denounced by their object, complaints about a gerund's act, clauses after 'after', partners
after 'with', acts described, summed, imagined, feared, or the topic of a work, a treaty's terms, headline visits,
vocabulary): sent7 recall 0.932, type 0.994, polarity 1.000, roles 0.983, false events 0.015; sent7-holdout, never
looked at, recall 0.790, type 0.975, polarity 1.000, roles 0.987, false events 0.036 (of its 115 sentences the coder's
output changed on one: the fixes did not reach its constructions); the pairs half recall 0.890, false events 0.018,
the other half 0.874, 0.026; the older sets moved from recall 0.879, precision 0.947, false events 0.031 to 0.881,
0.949, 0.029.
"tune11" (t11_01-t11_18) show the general causes found on tests/data/other_pairs/tune11/: lists of acts by one
subject ("broke off relations with Israel, condemned its aggression and sent arms to Egypt and Syria"), missions opened
in a state, visits ended, a text's terms told "under which", "by which" or "that provided for", a date after a
relative clause, pacts named again, guests received in a capital, "him" for a person, people ordered out, a commitment
closed by who stated it, aid workers; written while probing those kinds, so tuned on (the coder before the round:
recall 0.667, type 0.857, roles 0.929, precision 0.778, and both eventless sentences coded).
"prec1" (p1_001-p1_041) were written for the kinds of events the coder emitted on the tuned page sets that match no
gold event (bench/results/precision.txt): a treaty as the object of a stance, a backed group's act, a second act under
one promise, talks named beside the text they produced, mediators and brokers, a page's framing "from X to Y",
"left" leaving something in a state, a pledge of war to allies, the purpose of arms given, the foe "against" whom a
war is fought in a named place; each with look-alikes that keep their event.
"sent8" and "sent8-holdout" (s8_001-s8_409, "set": "sent8") were written from facts about China (PRC and ROC), Cuba,
India and Pakistan with their partners ("half": "pairs", 207 sentences) and about many other pairs ("half": "other",
202), mostly of the 1950s to the 2000s, in the shapes earlier batches had few of ("construction" names it): long
sentences of three clauses, parentheses and dashes, quotations, participial openings, semicolon lists, "after"/"in
response to" chains of two events, officials named only by title, 1990s-2000s vocabulary (sanctions regimes, WTO,
nuclear tests, hotlines, extraditions, visas, peacekeeping), dates in many styles, and 66 eventless look-alikes
(statistics, biographies, book titles, places, institutions, treaty terms, polls, anniversaries, historiography); a
random third (random.Random(8).sample(range(409), 136)) is "sent8-holdout", never looked at while tuning. First
scoring, by the coder before any change (never tuned on; bench/events.py --split NAME): sent8 (273 sentences, 221
events) recall 0.765, type 0.947, polarity 0.976, roles 0.899, date 0.988, precision 0.899, false events 0.082;
sent8-holdout (136 sentences, 115 events) recall 0.730, type 0.833, polarity 0.964, roles 0.905, date 0.976,
precision 0.933, false events 0.086; both recall 0.753, type 0.909, roles 0.901, precision 0.910, false events 0.083
(the pairs half recall 0.737, false events 0.109; the other half 0.770, 0.057). All 2631 labelled sentences: recall
0.873, type 0.968, roles 0.957, false events 0.035 (the older 2222: 0.894, 0.977, 0.965, 0.027). Nine labels were then
set to the house conventions (Belgrade in 1998-99 is SCG, Arafat from 1994 PSE, 'agreed to build' 0331, an embargo
ended 085; mechanically in both parts), which makes the never-tuned figures sent8 recall 0.765, type 0.953, roles
0.929 and sent8-holdout recall 0.730, type 0.833, roles 0.917. After tuning on sent8 alone and on probe sentences of
our own about other pairs (general fixes: vocabulary of the 1990s-2000s, dash asides, fronted '-ing' aims and '-ed by'
feelings, opinion polls, scholars' open questions, works that analyse, treaties told by their terms, crowds in a
capital, topics after 'on'/'about', envoys 'to' a body, acts a treaty 'required', quotations before their speaker,
'-ee' verbs' '-eeing'): sent8 recall 0.873, type 0.990, polarity 0.995, roles 0.953, date 0.984, precision 0.915,
false events 0.014; sent8-holdout, never looked at, recall 0.748, type 0.837, polarity 0.965, roles 0.907, false events
0.086 (up from 0.730 by the vocabulary alone; the construction fixes did not reach its sentences); the older 2222
sentences moved from recall 0.894, precision 0.954, roles 0.965 to 0.894, 0.954, 0.966.
"rec1" (r1_001-r1_036) were written for the kinds of gold events the coder missed on the tuned page sets
(bench/results/recall.txt): a second verb of one subject after "and" (or "and began to", "and agreed to") whose object
is a thing, two measures or blows by one doer each on its own object (two events, not one), and vocabulary classes
(censure and its synonyms, bombings and abductions, naval units ordered or sent, advisers withdrawn, alliances
annulled, meetings brokered, armed moves into a place), refusals told as "would never", "will not", "would not even",
and protests or refusals with no object, with negated, hypothetical and eventless look-alikes. The coder before the
round (main at 82f5643): recall 0.571, type of gold 0.500, roles of gold 0.500; after it: recall 0.952, type of gold
0.952, roles of gold 0.929, false events 0.
"prec2" (p2_001-p2_047) were written for the general kinds of wrong events found on the tuned page sets and on pages
of our own in new styles and pairs (an Iraq-Kuwait chronology, Somalia-Ethiopia, Brazil-Argentina and Thailand-Cambodia
wires, Poland-Germany and Mexico-US textbook pages, a Poland-USSR blog): an act of force that a verb of ending
governs, a hostile measure joined, help named as what a pledge gives, standings and sums, talks named with their
parties and then broken off, a participle after a comma, force sent at someone's request, who arranged a meeting,
demands rejected, a signing and its coming into force, "it" after "between A and B", the person before ", who",
troops sent to a disputed area, an organization and its organ, armed men in a capital, governments in exile, a
conditional by inversion, a union with another dissolved; each kind with look-alikes. The coder before the round:
recall 0.979, type 0.766, polarity 0.787, roles 0.681, false events 0.571; after it 1.000 on each, none.
"h3tune" (h3_a01-h3_r04) were written, on other pairs and in other styles, for the general causes of the misses and
wrong events found when tests/data/other_pairs/holdout3/ was retired into tuning (its README lists them): an
organization "entered", troops "landed" as the object, preposed "without" phrases, appositions with "since", news
"yesterday" over a verb after ", and", a second act of force with no doer, a person crossing a border, transport
planes landing with arms, verbs inside an agreement's name, "prepared to" attack, relative clauses about the object,
refused measures, and vocabulary (halts of operations, air campaigns, fires set, troops ordered, amounts in aid,
territorial claims, bases handed back). The coder before the round (2bea719), on the 68 sentences: recall 0.530,
type of gold 0.424, roles of gold 0.515, false events 0.556; after it: recall 1.000, type, polarity and roles 1.000,
event precision 0.971, false events 0.
"sent9" and "sent9-holdout" (s9_001-s9_389, "set": "sent9") were written from facts about China (PRC and ROC), Cuba,
India and Pakistan with their partners ("half": "pairs", 210 sentences) and about many other pairs ("half": "other",
179), in the ways web pages and textbooks phrase acts that earlier batches had few of ("construction" names it):
nominal heads ("the signing of", "X's recognition of Y"), appositions and relative clauses, ministries, armies,
parliaments and embassies as actors, surnames after a first mention, agentless passives with the doer in the next
clause, "both sides" and "the two governments", times before the act, dates in brackets, headlines, opening
subordinate clauses, acts told as outcomes ("ended in a ceasefire", "led to"), and 76 eventless look-alikes
(statistics, biographies, historiography, titles, places, institutions, treaty terms, polls, anniversaries, museum
exhibits, predictions); a random third (random.Random(9).sample(range(389), 129)) is "sent9-holdout", never looked
at while tuning. First scoring, by the coder before any change (never tuned on; bench/events.py --split NAME; two
labels were set right before it was read: a veto left without its event and a plain sentence with none): sent9 (260
sentences, 204 events) recall 0.721, type 0.946, polarity 0.980, roles 0.973, date 0.972, precision 0.913, false
events 0.106; sent9-holdout (129 sentences, 104 events) recall 0.683, type 0.915, polarity 1.000, roles 0.901, date
0.972, precision 0.910, false events 0.070; both recall 0.708, type 0.936, roles 0.950, precision 0.912, false events
0.094 (the pairs half recall 0.704, false events 0.072; the other half 0.712, 0.119). All 3124 labelled sentences:
recall 0.871, type 0.969, roles 0.962, false events 0.036 (the older 2735: 0.892, 0.973, 0.963, 0.026). Labels were
then set to the house conventions in both parts (no foe the sentence does not name, peacekeepers 074, a surrender 0874,
Belgrade in 1999 SCG, airspace violations told by the victim an accusation only, "never recognized" a refusal,
"relations improved" 050, talks beside the text they produced not coded apart), which makes the never-tuned figures
sent9 recall 0.739, type 0.973, roles 0.973, false events 0.106 and sent9-holdout recall 0.689, type 0.915, roles 0.887,
false events 0.070. After tuning on sent9 alone and on "sent9-probe" (s9p_001-s9p_062, probe sentences of our own on
other pairs for each fix, with look-alikes; the coder before the round: recall 0.667, type of gold 0.524, false events
0.455) (general fixes: relative clauses opened by ", who" and ", whose <organ>" with the subject before them, "the visit
of X to Y", "X's refusal to", a body's ceasefire between parties, "both sides" in the order named, a mission opened in
the passive, talks that "ended in an agreement", "X joined Y in demanding", a movement as an attitude's cause, people on
the move (refugees, counts of a people), "was preparing to" a plan, a treaty's terms (split, ceded, created), works
that describe an act, acts remembered by a day or a memorial, travel as a noun, vocabulary): sent9 recall 0.843, type
0.988, polarity 0.994, roles 0.983, date 0.976, precision 0.925, false events 0.012; sent9-holdout, never looked at,
recall 0.699, type 0.917, polarity 1.000, roles 0.903, date 0.972, precision 0.911, false events 0.047; the older 2735
sentences moved from recall 0.892, precision 0.950, false events 0.026 to 0.894, 0.950, 0.026.
"prec3" (p3_001-p3_014) were written for the sentence-level causes of duplicates, merged acts and wrong dates found on
the tuned page sets (the document-level ones are tested in tests/test_events.py on short documents of our own): a
second predicate after ", and" whose object names the act, an agreement's noun and the verb signing it, two forces of
one state each the subject of its own act, one verb at two places and dates, an act told with how long it lasted or
"for a third day", a year naming terms; with look-alikes that stay two acts or keep their date. The coder before the
round (main at 2bea719): recall 0.739, date 0.824, event precision 0.850; after it 1.000 on each.
"prec4" (p4_001-p4_010) were written for the causes of false page events found on the tuned sets (issue 5): a meeting
a state refused to attend, stayed away from or boycotted (the refusal is the act, not the meeting), a change of rule
told in a relative clause or participle that says which republic, junta or officers a noun means, and the field a
treaty covers named after "of" ("a treaty of trade and transit"); with look-alikes that keep their meeting and no-event
rows. The coder before the round (06a6472): recall 1.000, event precision 0.571, false events 0.500; after it 1.000,
1.000, 0.000.
"prec5" (p5_001-p5_012) were written for causes of false page events found on the tuned sets in the fifth round
(issue 5): "trade" after a determiner, a preposition or "free" names trade as a thing (the object of a cut, a free trade
area or agreement planned), no trading, with look-alikes where trade is resumed, reopened or begun; and a collapse or
breakup whose subject is an act, a text or an effort ("the talks between ... broke up", "an offensive against UNITA
collapsed") ends no state (the look-alikes, states that broke up, are tested in tests/test_events.py: the labels code
no change of rule); and "jointly" beside another act ("Britain and France jointly attacked Egypt") is no cooperation
with the act's object, while work done jointly by the doers keeps its event.
"prec6" (p6_001-) were written for causes of false page events found on the tuned sets in the sixth round (issue
5): a step withheld told with a plain "did not" or a timeline's "does not" ("did not recognize Bangladesh", "did not
sign a peace treaty") is no refusal, while "refused to", "would not", "never" and "did not accept" keep theirs; the
subject of a step withheld still serves the coordinated clause after it; a call for forces to leave a place that names
no state whose forces they are ("the withdrawal of all foreign troops from Afghanistan") asks nothing of the place;
"received" with a thing as its object ("received oil and coal concessions", "the royal assent") hosts no visitor.
"h4tune" (h4_001-h4_070) were written for the general causes of the misses and wrong events found on
tests/data/other_pairs/holdout4/ when it was retired into tuning (its README lists them), on other pairs and in other
styles: trade an embargo stops, sums granted "in aid", treaties declared void, reciprocal acts "at each other",
nouns aimed at a list of states, "told Y that it", names set off by commas, "its troops", fighting beside an ally,
letters signed, surrenders answering force, notes "demanding that", mediation offered in a history of two, list items
headed by their date; written while probing those kinds, so tuned on.
"sent10" and "sent10-holdout" (s10_001-s10_410, "set": "sent10") were written from facts about China (PRC and ROC),
Cuba, India and Pakistan with their partners ("half": "pairs", 196 rows) and about many other pairs ("half": "other",
214), mostly of the 1950s to the 2020s; 177 rows are short passages of two to four sentences ("construction":
"passage", coded as one document) that carry context: a target named only in the sentence before, "the two
governments", "they", "it", a surname after a full name, a date given once then "the next day", "a week later",
"that month", reciprocal acts ("expelled each other's diplomats": two events), three-party signings (one event per
pair), news with a dateline and "on Tuesday"; the single sentences test nominal heads, appositions, relative clauses,
ministries, armies and parliaments as actors, headlines, opening subordinate clauses, outcomes, refusals, failed
attempts, questions, and 105 rows state no event (statistics, biographies, historiography, titles, treaty terms,
polls, anniversaries, museums, predictions). A random third (random.Random(10).sample(range(410), 136)) is
"sent10-holdout", never looked at while tuning. First scoring, by the coder before any change (main at 4b1bf21,
never tuned on; bench/events.py --split NAME): sent10 (274 rows, 305 events) recall 0.734, type 0.902, polarity
0.946, roles 0.871, date 0.973, precision 0.896, false events 0.105; sent10-holdout (136 rows, 187 events) recall
0.717, type 0.910, polarity 0.955, roles 0.918, date 0.962, precision 0.957, false events 0.069; both recall 0.728,
type 0.905, roles 0.888, precision 0.918, false events 0.095 (the passages recall 0.700, the single sentences 0.792;
the pairs half recall 0.699, false events 0.122; the other half 0.753, 0.071). All 3748 labelled rows: recall 0.868,
type 0.967, roles 0.956, precision 0.947, false events 0.032. Eleven sent10 labels (tuned part only) were then set to
the house conventions (a mutual act in text order, no foe the sentence does not name, a backed group's act not its
backer's, a seized embassy 171, a protest to the body it was made to), which makes the never-tuned sent10 figures
recall 0.743, type 0.911, roles 0.889, false events 0.091. After tuning on sent10 alone and on "sent10-probe"
(s10p_*, probe sentences of our own on other pairs for each fix, with look-alikes) (general fixes: the pair "the
two", "they" and agentless mutual acts stand for kept in the order the text named it; "both sides" as an object is
each of the pair; a landing by a person is a visit and by peacekeepers protection; trade "reached" a sum and
"Under the X Treaty," are no acts; a noun after "calls it a" is a name given; "ended with an apology" is no
reversal; an attitude caused by "the Indonesian invasion of X" aims at its doer; a stop made for a meeting is one
act; vocabulary: envoys and ambassadors recalled (the old entry matched only "high ..."), trade and subsidies cut,
entry blocked, treaties put in abeyance, loans in a currency, migrants deported, funerals attended, travel "from X
to Y"): sent10 recall 0.792, type 0.938, polarity 0.967, roles 0.917, date 0.975, precision 0.902, false events
0.052; sent10-holdout, never looked at, recall 0.722, type 0.911, polarity 0.956, roles 0.919, date 0.962, precision
0.957, false events 0.069; the passages recall 0.706 -> 0.732 (what they miss is mostly context across sentences:
"the island", "the raid", "him", "the latter"). The older 3338 rows (p2_022 now lists the envoy recall it states)
moved from recall 0.892, type 0.976, roles 0.966, precision 0.952, false events 0.024 to 0.893, 0.976, 0.967,
0.952, 0.024.
"ctx1" (cx001-cx095, "construction": "passage", "context" names the kind) are passages of two to four sentences whose
acts need the sentences before them (issue 5): a target named only in the sentence or clause before, a foe told by a
place, multi-party signings coded per pair, reciprocal acts (two events, one each way: the house convention since
ctx1, when nine older labels got their second direction), "the invasion" with its doer in the sentence before, and 26
traps where context must not be carried (a new paragraph about another pair, a third state named between, a quoted
speaker); 63 of the 95 on China, Cuba, India or Pakistan. The coder before the round (main at 4b1bf21): recall 0.754,
roles of gold 0.725, precision 0.956; after it (a context record carried through the document walk, reciprocal acts,
signers after "by"): 0.889, 0.871, 0.950; no trap takes a carried role from the new rules (one already did before: a test given the
target of the reaction told after it, cx095); written while probing those kinds, so tuned on.
"h5tune" (h5_001-h5_103) were written for the general causes of the misses and wrong events found on
tests/data/other_pairs/holdout5/ when it was retired into tuning (its README lists them), on other pairs and in other
styles: relations established and agreements concluded in the passive, visits "by" a leader "to" a place or returned,
"came to" a capital, missions closed and ambassadors withdrawn in the plural ("both sides": one act each way), cases
filed, declarations repudiated, states forced to act, votes against an admission, ultimatums sent to a state, acts on
"both countries", contrasting "while" clauses, states that "follow suit", a body's headquarters, things released,
offers refused, headings naming "the 1965 war"; with look-alikes ("came to power", "a peacekeeping force to Cyprus",
"trade remained tiny"); written while probing those kinds, so tuned on.
"sent11" and "sent11-holdout" (s11_001-s11_445, "set": "sent11") were written from facts about China (PRC and ROC), Cuba,
India and Pakistan with their partners ("half": "pairs", 278 rows) and about many other pairs ("half": "other", 167),
from the 1850s to the 2020s, in the voices earlier batches had few of ("construction" names it): long sentences of two
or three acts, passives and nominal acts ("the recall of France's ambassadors from Washington", "Hanoi's withdrawal of
its last troops"), acts told by their consequence ("the embassy in Havana was shut", "flew home from China"), officials
by title, relative dates ("nine days later", "on the 27th", "the following May") in passages of two to four sentences,
background acts in relative clauses and asides ("which had broken with Havana in 1961"), lists of acts and of states,
headlines, and eventless look-alikes (plans, denials, anniversaries and kept days, counts, biographies, titles, museums,
treaty terms, polls, predictions); a random third (random.Random(11).sample(range(445), 148)) is "sent11-holdout", never
looked at while tuning. First scoring, by the coder before any change (main at 06b38ee, never tuned on; bench/events.py
--split NAME): sent11 (297 rows, 371 events) recall 0.642, type 0.849, polarity 0.945, roles 0.874, date 0.965,
precision 0.922, false events 0.098; sent11-holdout (148 rows, 184 events) recall 0.620, type 0.895, polarity 0.956,
roles 0.921, date 0.929, precision 0.934, false events 0.087. Twelve labels of the tuned part were then set to the house
conventions (no doer or foe the sentence does not name, a lifted embargo or a reopened border 081, a background signing
in a relative clause), which makes the never-tuned sent11 figures recall 0.643, type 0.857, roles 0.878, false events
0.096. After tuning on sent11 alone and on "sent11-probe" (s11p_*, 43 probe rows of our own on other pairs for each fix,
with look-alikes) (general fixes: recalls and withdrawals told as nouns, done by the state named inside them from the
state after "from", not when demanded or paid for; a long gap crosses an aside set off by commas and the aside's date
stays its own; two states named as the subject break off relations with each other and sign with each other, not with
the place after "at"; a person leaving is no retreat; a crowd in a state's towns acts for it; an act applied for, or
'would ... whether to', is not done; a day kept remembers an act; armour and columns as forces; vocabulary: ultimatums
given, aircraft downed, armies driving or crossing a river into a state, borders and crossings reopened, tariffs put on
goods or lifted, shelter, debts written off, bans ended, organizations quit or rejoined, relations set up, communiques
issued, anger at a decision; and a lexicon entry that had silently needed two words): sent11 recall 0.708, type 0.897,
polarity 0.969, roles 0.912, date 0.973, precision 0.926, false events 0.058; sent11-holdout, scored only at the start
and the end, recall 0.625, type 0.896, polarity 0.957, roles 0.913, date 0.929, precision 0.935, false events 0.087;
the older 4018 rows moved from recall 0.884, type 0.973, roles 0.964, precision 0.950, false events 0.027 to 0.885,
0.973, 0.964, 0.950, 0.027. What sent11 still misses is mostly acts told by their consequence or through a person the
gazetteer does not know, targets named only in another clause, and acts with no foe named (which the coder drops).
"h6tune" (h6_001-) were written for the general causes of the misses and wrong events found on
tests/data/other_pairs/holdout6/ when it was retired into tuning (its README lists them), on other pairs and in other
styles: relations opened, arrangements concluded, delegations led to a place, armies trained, states that stop taking
part in a body's work, credentials presented, borders demarcated, forces that come under fire from another, an
envoy's approval withdrawn, counter-attacks, crossings closed, days spent in a state, embassies ordered to close,
cargo held up, refuge taken with a state, conferences attended in a place, treaties that ran out, what a treaty
provides for, a movement named before ", which", a visit each way and two refusals by different subjects in one
sentence, states ", joined by" others that act with them, acts told to the state they are aimed at ("informed X that
it was ending all aid"), an act named with an adjective as the object of a criticism ("deplored the recent armed
intervention in Afghanistan": no intervention by the critic, no one armed); with look-alikes ("spent three years in
prison", "Ibero-American"); written while probing those kinds, so tuned on.
"h7tune" (h7_001-h7_007) were written for the general causes of the misses and wrong events found on
tests/data/other_pairs/holdout7/ when it was retired into tuning (its README lists them), on other states: a state
admitted to a body, a state that stood by another, a state's rebels backed, experts sent to build, troops stationed
by agreement, a mission opened in a capital; written with the fixes, so tuned on.
"h8tune" (h8_001-h8_009) were written for the general causes of the misses and wrong events found on
tests/data/other_pairs/holdout8/ when it was retired into tuning (its README lists them), on other states: a body
acceded to, proceedings instituted, aid renounced, imports blocked, solidarity declared, a state that followed, a body
meeting in an opening participle, a month naming a decision, a resolve to act; written with the fixes, so tuned on.
"nominal1" (n1_001-n1_094) are acts named as nouns with their doer before them: a possessive state, capital or leader,
a demonym or an "A-B" compound ("Sadat's 1977 trip to Jerusalem", "the Cuban withdrawal from Angola", "the Anglo-Irish
Agreement of November 1985"), a target after "to", "of", "from", "in", "between", dates inside or as a modifier, as the
subject of a verb that is no act or as the object of one that is ("Pakistan condemned India's recognition of
Bangladesh"), and 12 look-alikes (kinds of acts named with "a", acts that never took place or were postponed,
anniversaries, historiography). First scoring, by the coder before any change (never tuned on): recall 0.778, type
0.957, roles 0.986, date 0.986, precision 0.946, false events 0.500; then tuned on (nouns for trips, journeys,
pull-outs, accessions, exits and walkouts; a noun act opening the sentence with "a" before a copula, or one that
"never took place" or "was postponed", is no act): recall 0.856, type 0.961, roles 0.987, date 0.987, precision
0.951, false events 0.000. Two labels kept the brief's reading against the house lexicon, which coded "the talks
failed" as talks broken off (164): there they are talks held (046). The evopen round (2026-11-27) made the convention
one: talks that failed, stalled, foundered or "ended without agreement" were held (04); talks that broke down or
collapsed were broken off (164), so n1_069 ("broke down") is 164 as s7_212 and p2_018 are.
"ctx2" (c2_001-c2_060, "construction": "passage", "context" names the kind) are passages of two to four sentences in
which a short name stands for the body or state named in full before it ("the Pact", "the Alliance", "the Union",
"the League", "the Community", "the Organization", "the Federation", "the Front", "the Kingdom", "the Republic",
"the Commonwealth", "the Empire"), or a pronoun carries the role across a sentence or a paragraph ("he", "she", "it"),
with traps: two candidates, a short name when none was named, lower-case common words ("the league tables", "a united
front"), longer names ("the Republic of China", "the Federation Council"), a quoted word, a new section. The coder before
the round (38e09fd): recall 0.708, roles of gold 0.558, precision 0.909, false events 0.000; after it (short names
resolved in the actor layer, pronouns that agree in kind, time adverbs that are no verbs, monarchies' official names): 0.779, 0.690, 0.907, 0.000.
Written while probing those kinds, so tuned on.
"relcl1" (r1_c001-r1_c069) tell acts inside clauses: relative clauses with and without "which/that/whom" ("the
sanctions that the OAS imposed on ..."), reduced relatives, "after/since/when/until X did Y", "N years after X did
Y", with both the clause's act and the main act labelled at their own dates, and look-alikes whose clause states no
act done ("the treaty ... never signed", "the visit ... had planned"); first scored by the coder before the round
(recall 0.663, false events 0.333), then tuned on: the coder now matches a verb entry from its fronted object.
"evopen" (evo_001-evo_020) are the open gaps of issue 5 the evopen round closed, written while fixing them, so tuned on:
measures ended in the passive ("sanctions on X were lifted"), embassies closed in the passive, talks that failed or
broke down, "N years after X had broken them off", relations taken up again as "them", and object relatives on a state
("Estonia, which the Soviet Union had occupied in 1940, ...").
"evopen4" (ev4_01-ev4_21) are the open gaps the evopen4 round (2026-11-27) closed, written while fixing them, so tuned
on: a state's bid or application to join a body blocked, vetoed, held up or voted against, or the state kept out of it
(the blocker rejects the state: 120, a veto 129, no joining); onlookers who look on, watch or view another's act warily,
uneasily or with alarm or unease (a disapproval of the doer, 110; the act watched stays the doer's, with no part for
the onlooker); the retreat of an army and a pull-back told as nouns (087).
"sent12" and "sent12-holdout" (s12_001-s12_475, "set": "sent12") were written from facts about China (PRC and ROC),
Cuba, India and Pakistan with their partners ("half": "pairs", 351 rows) and about many other pairs ("half": "other",
124), from 1914 to 2025, in the voices earlier batches had few of ("construction" names it): news leads dated by the
report ("China on Monday accused India of ...", with "dct"), speakers named after what they said ("..., the foreign
office said"), officials by title only ("Pakistan's army chief", "the Indian envoy"), acts with a purpose clause ("to
protest ...", "To punish Qatar ..."), two acts joined by "and", "before" or "after", acts told by their result ("the
border was reopened", "were handed over at the Wagah crossing"), the rarer types (aid, seizures, mobilization,
coercion, reduced relations, retreats, requests, concessions, protests, threats, cooperation), fronted dates and
places, semicolons, passages of two to four sentences, attitudes, and 48 eventless look-alikes (counts, anniversaries,
treaty terms, books, biographies, places, plans, denials, predictions); a random third
(random.Random(12).sample(range(475), 158)) is "sent12-holdout", never looked at while tuning.
First scoring, by the coder before any change (8e02d39, never tuned on; bench/events.py --split NAME): sent12 (317 rows, 386
events) recall 0.632, type 0.881, polarity 0.955, roles 0.910, date 0.959, precision 0.931, false events 0.083;
sent12-holdout (158 rows, 172 events) recall 0.709, type 0.828, polarity 0.926, roles 0.877, date 0.965, precision
0.871, false events 0.088. Twenty-two labels of the tuned part were then set to the house conventions (no doer or foe
the sentence does not name, an act told in a relative clause, a demand with a deadline as an ultimatum, a treaty
declared void 160, notice to end a pact 130, an arms-sales cutoff 163, towns taken 192, a withdrawal by two states named
together one act in text order), which makes the never-tuned sent12 figures recall 0.649, type 0.893, polarity 0.951,
roles 0.914, false events 0.082. After tuning on sent12 alone (general fixes, tested in tests/test_sent12_fixes.py on
sentences of our own: an aim opening the sentence ("To punish Qatar,", "Seeking to ...,") names no subject; a truce
declared or troops pulled back with no other state named is the doer's own act, kept with no target; an envoy recalled
in the passive is recalled by his own state; feelings told by "that", "when", "with" and "of"; vocabulary: ties cut or
downgraded, dialogue cut off, imports held up or no longer bought, ships boarded or rammed, wells set on fire, demands
presented, spy planes brought down, battalions and formations moved, membership applied for, crews held and let go,
prisoners sent home, states called a threat, aid suspended by its sum, plants taken over, troops sent to occupy, visits
called off, towns taken, troops pulled back, force authorised, bases lent, soldiers flown home): sent12 recall 0.734,
type 0.920, polarity 0.964, roles 0.928, date 0.956, precision 0.929, false events 0.082; sent12-holdout, scored only at
the start and the end, recall 0.733, type 0.841, polarity 0.937, roles 0.881, date 0.966, precision 0.869, false events
0.088; the older 4901 rows (ctx1's cx065 and cx073 now list the target-less withdrawal they state) moved from recall
0.866, type 0.966, roles 0.958, precision 0.949, false events 0.032 to 0.871, 0.966, 0.957, 0.949, 0.032. What sent12
still misses is mostly acts told through an unnamed doer or a passive with no agent, nominal acts inside longer
phrases ("answered ... with a ban on Turkish fruit"), reported and attitude rows, and acts with no foe the coder drops.
"sent13" and "sent13-holdout" (s13_001-s13_412, "set": "sent13") were written from facts about China (PRC and ROC), Cuba,
India and Pakistan with their partners ("half": "pairs", 318 rows) and about many other pairs ("half": "other", 94), from
1842 to 2025, in the voices sent9-sent12 had few of ("construction" names it): nominalizations as the whole act ("the
signing of ... by X and Y", "X's recognition of Y", "Ankara's shooting down of a Russian bomber"), headline and wire
style ("Honduras cuts ties with Taiwan, turns to Beijing"), appositions and long subjects, contrasts with "while" and
"whereas" that hold two acts, acts told inside "after" and "when" clauses, table and timeline rows ("1962: China and
India fight a month-long war", "13 April 1984 | Indian troops occupy ..."), 21st-century wordings (sanctions and entity
listings, visa bans, drone strikes, cyber attacks and their attribution, joint exercises), three-state sentences where
only one pair acts, crowds at embassies, the rarer types (threats, ultimatums, requests, mobilization, aid, returns),
passages of two or three sentences, and 84 rows with no event that look like events (anniversaries, plans, offers
refused, denials, rumours, counts like "1,383 of its men", days kept, laws, treaty terms, books, museums); a random third
(random.Random(13).sample(range(412), 137)) is "sent13-holdout", never looked at while tuning. First scoring, by the
coder before any change (893effb, never tuned on; bench/events.py --split NAME): sent13 (275 rows, 285 events) recall
0.646, type 0.908, polarity 0.978, roles 0.940, date 0.980, precision 0.958, false events 0.094; sent13-holdout (137
rows, 144 events) recall 0.604, type 0.874, polarity 0.977, roles 0.897, date 0.930, precision 0.926, false events
0.065. Twelve labels of the tuned part were then set to the house conventions (no foe the sentence does not name, a
mutual clash in text order, rammed ships 190, arms sold 062, "agree to restore" an intent, an agreement signed 057,
"backs" 051, a clash named beside a closure its own act), which makes the never-tuned sent13 figures recall 0.646,
type 0.940, polarity 0.978, roles 0.957. Eight more tuned-part labels were set to the house conventions while fixing (no
request of its own for "at the request of" or "at X's request", a handshake 050, an act done under a treaty is the act,
a lifted tariff 081 and cut energy supplies 163, no doer the sentence does not name, a meeting beside the agreement it
made). After tuning on sent13 alone (general fixes, tested in tests/test_sent13_fixes.py on sentences of our own about
other pairs: sanctions told as lists (entity lists, blacklists, the list of state sponsors of terrorism, on and off),
travel and visa bans, tariffs slapped or put on goods with their rate between, import bans imposed, acts named as nouns
(suspension, downgrading, restoration, nationalisation, downing, arrest, dispatch, termination, closure), the making or
mending of a tie named by its pair in one hyphenated word ("the normalisation of Sino-Vietnamese relations"), states
that set up ties "with" a third each with it ("established relations with Cuba"), a denial scoping over its whole
"that" clause, a treaty's "was to" terms and sums "passed" after a possessive as no acts, a relative clause inside an
apposition to the subject (", the army chief who had seized power in 1999,") keeping the subject and the main act's
date, crossings shut or kept closed, holds lifted or put, claims called baseless, offers of talks, port calls by
warships, troops guarding installations): sent13 recall 0.778, type 0.968, polarity 0.986, roles 0.955, date 0.978,
precision 0.965, false events 0.019; sent13-holdout, scored only at the start and the end, recall 0.618, type 0.876,
polarity 0.978, roles 0.899, date 0.932, precision 0.927, false events 0.065 (the vocabulary reached few of its
sentences); the older 5472 rows moved from recall 0.860, type 0.961, roles 0.955, precision 0.947, false events 0.035
to 0.862, 0.961, 0.954, 0.947, 0.035. What sent13 still misses is mostly acts told through unnamed doers or places the
gazetteer does not hold, nominal acts with a demonym inside ("the dispatch of the Indian Peace Keeping Force"),
headline passives with no auxiliary ("Cuba taken off the US list"), acts caused by another ("led Pakistan to break off
relations"), offers inside refusals, and acts with no foe named, which the coder drops.
"sent14" and "sent14-holdout" (s14_001-s14_409, "set": "sent14") were written from facts about China (PRC, ROC and the
Qing), Cuba, India and Pakistan with their partners ("half": "pairs", 373 rows) and about other pairs ("half": "other",
36), from 1842 to 2025, in the voices sent9-sent13 had few of ("construction" names it): passages of two or three
sentences (112) whose later sentence carries the act through "they", "the two countries", a capital, "the Kremlin" or
"its neighbour" and takes its date from an earlier one ("two days later", "that autumn"), officials by title only,
armies, navies, border guards, ministries and state media as actors, passives with and without "by", acts inside
quotations with the attribution before or after, threats, warnings, ultimatums, demands and conditions ("unless",
"if"), "failed to", "tried to", "was forced to", "agreed in principle", acts in sequence in one sentence, dates in
unusual places (parenthetical years, "in what became known as", "the 1965 war", "during the Emergency", "under Zia"),
and 73 rows with no event that look like events (anniversaries, days kept, counts, statistics, background definitions,
rumours, denials, plans, habits, books, polls, museums); a random third (random.Random(14).sample(range(409), 136)) is
"sent14-holdout", never looked at while tuning. First scoring, by the coder before any change (e8f6705, never tuned on;
bench/events.py --split NAME): sent14 (273 rows, 311 events) recall 0.656, type 0.853, polarity 0.951, roles 0.912,
date 0.935, precision 0.903, false events 0.079; sent14-holdout (136 rows, 152 events) recall 0.737, type 0.920,
polarity 0.964, roles 0.875, date 0.936, precision 0.889, false events 0.194. Eleven labels of the tuned part were then
set to the house conventions (no doer or foe the sentence does not name, a warship's port call 062, "agreed to buy" an
intent, a joint announcement, a withdrawal by two states named together and a mutual clash one act in text order),
which makes the never-tuned sent14 figures recall 0.670, type 0.862, polarity 0.956, roles 0.911, date 0.940,
precision 0.898, false events 0.076. After tuning on sent14 alone (general fixes, tested in tests/test_sent14_fixes.py
on sentences of our own about other pairs: "its (southern) neighbour" as a later sentence's subject is the other state
of the pair in focus; relations broken in one sentence and restored as "them" in the next; what a speaker says was
done to "its" things was done to the speaker's state; two states' forces each named by a possessive listed as the
subject; passives with their object first and their doer after "by"; vocabulary: advisers ordered home, relief
dropped, vaccine doses sent or gifted, people shot dead, states talked out of war, enclaves swapped, warships docking,
tours curbed, a mission told to cut its staff, captives handed back, demands handed or sent, a task force sent, an army
marching on a town, soldiers moved to a border, relations declared normal, a place declared part of a state): sent14
recall 0.736, type 0.874, polarity 0.960, roles 0.924, date 0.945, precision 0.907, false events 0.091 (one more: a
CIA contractor who "shot dead two men in Lahore" now codes the United States, which the label leaves out);
sent14-holdout, scored only at the start and the end, unchanged (recall 0.737, type 0.920, polarity 0.964, roles
0.875, date 0.936, precision 0.889, false events 0.194: the fixes reached none of its sentences); the older 5917 rows
moved from recall 0.854, type 0.960, roles 0.954, precision 0.948, false events 0.035 to 0.855, 0.960, 0.954, 0.948,
0.034. What sent14 still misses is mostly acts told through a second sentence's pronoun object ("renewed it"),
reported acts with a verb of saying in the past perfect, mediation named by a hyphenated "French-brokered", threats
in quotations ("teach them some necessary lessons"), time spans as dates ("in the weeks after 13 December 2001"),
and acts with no foe named, which the coder drops.
"sent15" and "sent15-holdout" (s15_001-s15_397, "set": "sent15") were written from facts about China (PRC and ROC), Cuba,
India and Pakistan with their partners ("half": "pairs", 319 rows) and about other pairs ("half": "other", 78), from
1905 to 2025, for the roles the coder gets wrong most ("construction" names it): double-object verbs ("granted Cuba a
credit", "sold Pakistan its first Mirage III fighters", "offered Pakistan a package"), acts at the request or on
behalf of another state, mediators, brokers and hosts ("a UN-brokered ceasefire between India and Pakistan", "talks
hosted by Oman between Iran and the United States": the broker or host with each party, the parties with each
other), organizations acting on states (the OAS, the Commonwealth, the Security Council, the General Assembly, the EU,
ASEAN, SAARC) and states acting on organizations (leaving, rejoining, boycotting a summit), three states in one
sentence with one acting on two or two on one, targets and sources before the verb ("Against Pakistan, India ...",
"To Havana went ..."), possessive and adjectival sources on nouns ("Beijing's recognition of Bangladesh", "the Cuban
airlift of troops to Angola", "an Indian blockade of Karachi"), receivers as subjects ("Cuba received its first Soviet
MiG fighters", "Pakistan won American military aid": the giver is the source), timeline lines and headlines in the
present tense, datelined wire leads ("ISLAMABAD, Aug 7 (Reuters) - ... on Wednesday", with "dct"), and 40 rows with
no event that name two states beside an act word (comparisons, "unlike", statistics, standing claims, both acting on
a third); a random third (random.Random(15).sample(range(397), 132)) is "sent15-holdout", never looked at while
tuning. First scoring, by the coder before any change (1737a79, never tuned on; bench/events.py --split NAME): sent15
(265 rows, 317 events) recall 0.653, type 0.899, polarity 0.976, roles 0.874 (of gold 0.571), date 0.944, precision
0.904, false events 0.118; sent15-holdout (132 rows, 152 events) recall 0.691, type 0.857, polarity 0.943, roles 0.857
(of gold 0.592), date 0.979, precision 0.955, false events 0.105. After tuning on sent15 alone (general fixes, tested
in tests/test_sent15_fixes.py on sentences of our own about other pairs: a giving verb's receiver named as its first
object ("sold Pakistan its first Mirage III fighters", "gave Greece and Turkey ...") does not count against the gap
before the thing given; arms received or taken delivery of code the giver as the source; a mediator named in a
hyphenated adjective ("a UN-brokered ceasefire between India and Pakistan", "the Carter-brokered accords") or after
"hosted/brokered/mediated by" with the parties after "between" mediates or hosts each party and takes no part in
their act; a body suspending a member state named as the object, states put under sanctions or let back in, aid won
or secured by its receiver; vocabulary: ships sold, leased and handed over, swaps and restored ties brokered): sent15
recall 0.732, type 0.909, polarity 0.978, roles 0.914 (of gold 0.669), date 0.936, precision 0.913, false events
0.118; sent15-holdout, scored only at the start and the end, recall 0.711, type 0.861, polarity 0.954, roles 0.870
(of gold 0.618), date 0.980, precision 0.947, false events 0.105; the older 6386 rows moved from recall 0.849, type
0.956, roles 0.952 (of gold 0.808), precision 0.946, false events 0.036 to 0.850, 0.956, 0.952 (0.810), 0.946, 0.036.
What sent15 still misses is mostly acts with the target or source fronted ("Against Finland, the Red Army ...", "From
Moscow came ..."), acts whose doers are told only by a compound before a noun ("Sino-Pakistani work on the JF-17"),
acts in a relative clause after "between A and B" ("the ceasefire between Armenia and Azerbaijan that took effect in
May 1994": one party and no date), second acts of one sentence, and acts with no foe named, which the coder drops.
"sent16" and "sent16-holdout" (s16_001-s16_404, "set": "sent16") were written for page precision: the whole sentences
a page holds that state no new act, or one act among look-alikes, each eventless row paired in wording with a near row
that states an act ("construction" names the kind; "<kind>: look-alike stating an act" for the pair's act row), from
facts about China (PRC and ROC), Cuba, India and Pakistan with their partners ("half": "pairs", 320 rows) and other
pairs ("half": "other", 84), 1893 to 2025: background and definitions ("relations are conducted through high
commissions"), treaty terms ("the treaty provides that"), states of affairs ("has long depended on", "remained the
largest supplier"), historians' judgements and causes ("is usually traced to", "scholars see the visit as"),
anniversaries, commemorations and monuments, statistics and counts ("trade passed $20 billion", "some 300,000 soldiers
served"), captions, headings, list labels and infobox lines, acts of people not states (teams, tourists, pilgrims,
firms, musicians), plans, fears and expectations, offers not taken up, acts retold ("this visit, the first since", "as
noted above"), third parties acting on the pair's subject, and states acting on their own people; 232 rows with no
event, 172 with one or two. A random third (random.Random(16).sample(range(404), 134)) is "sent16-holdout", set apart
before the coder was run on any row and never looked at while tuning. First scoring, by the coder before any change
(efd42c2, never tuned on; bench/events.py's evaluate on each split): sent16 (270 rows, 130 events) recall 0.823, type
0.916, polarity 0.981, roles 0.907 (of gold 0.746), date 0.991, precision 0.964, false events 0.146; sent16-holdout
(134 rows, 68 events) recall 0.853, type 0.897, polarity 0.983, roles 0.966 (of gold 0.824), date 0.983, precision
0.951, false events 0.216. Five sent16 labels were then set to the house conventions (Belgrade in 1999 SCG, "the
Western powers" the group named, "never recognized" a refusal, an offer named with its maker, receiver and date an act
whether taken up or not; none of the kinds occurs in the holdout third). After tuning on sent16 alone (general fixes,
tested in tests/test_sent16_fixes.py on sentences of our own about other pairs: acts weighed or feared with "a(n)"
("weighed an air strike", "feared an Indian strike") are not done; a text's leave to act ("the Amendment allowed the
United States to intervene"), a word's meaning ("means pulling troops back") and terms after "Under the X accords ...
was to" tell no act; scholars judging "the 1979 fighting" tell none; sums and standings of trade and aid ("came to
about $2.7 billion", after an aside too, "aid and trade subsidies were worth", "passes through Indian ports", "was the
main export of") and practices that "have become a part of" ties tell none; visits by sports teams, tourists and
pilgrims are no state's unless a state invited, hosted or received them; a treaty drafted or drawn up is not signed;
vocabulary: concern conveyed, most-favoured-nation status granted, bus, rail and air links restored, medical brigades
sent, contacts cut or suspended): sent16 recall 0.878, type 0.922, polarity 0.983, roles 0.930 (of gold 0.817), date
0.991, precision 0.958, false events 0.052; sent16-holdout, scored only at the start and the end, recall 0.853, type
0.897, polarity 0.983, roles 0.966 (of gold 0.824), date 0.983, precision 0.951, false events 0.203 (one of its
eventless rows fewer coded: the fixes reached few of its sentences); the older 6794 rows moved from recall 0.845, type
0.953, roles 0.956 (of gold 0.808), precision 0.943, false events 0.038 to 0.845, 0.953, 0.956 (0.808), 0.943, 0.037.
What sent16 still codes wrongly is mostly acts named again as nouns with no date ("The Lahore visit, a high point of
the decade, was ..."), acts named inside a naming aside ("as Washington called its blockade of Cuba"), things as
subjects of a demand ("Billboards across Cuba demanded"), infobox lines with a date ("agreed 2 March 1963"), and
judgements closed by their holders (", many historians hold"); what it misses is mostly vocabulary (corridors opened,
parks shut, leaders talking on a summit's sidelines, admissions) and the subject of a verb after "and" taken from a
demonym ("Kuwait feared an Iraqi invasion and asked Britain" codes Iraq as the asker).
"sent17" and "sent17-holdout" (s17_001-s17_443, "set": "sent17") were written for how pages name the doer and the
target, from facts about China (PRC, ROC and the Qing), Cuba, India and Pakistan with their partners ("half": "pairs",
382 rows) and about other pairs ("half": "other", 61), 1842 to 2024, across the 16 types ("construction" names the
kind): epithets and descriptions ("the island", "the Himalayan kingdom", "the Gulf state", "the mainland", "the
hermit kingdom", "the Hashemite kingdom", "the world's largest democracy", "its northern neighbour", "Korea's communist
north"), governments, regimes, administrations and parties standing for states ("the Castro government", "the Zia
regime", "the junta in Rangoon", "the Kuomintang", "the Derg", "the Sandinistas", "the Obama administration",
"Beijing's leaders"), officials by title with or without the state ("the Chinese premier", "the Cuban leader", "the
Soviet party leader", "Pakistan's envoy in Kabul"), "the Chinese side" and "the American side", capitals and old names
as metonyms ("Peking", "Rangoon", "Dacca", "Rawalpindi" in the 1960s, "Karachi" in 1949, "Chungking", "Formosa"),
pronouns, "the former" and "the latter", "each side", "neither", passages whose later sentence names a state only by
reference, passives with and without "by", possessive nominalizations ("Delhi's recognition of Dhaka", "the island's
exclusion from the OAS"), bodies and blocs as doers and targets, and 101 rows with no event near in wording to a row
that has one (the same epithets, regimes and capitals in places, anniversaries, biographies, standings, habits,
historiography); a random third (random.Random(17).sample(range(443), 147)) is "sent17-holdout", set apart before the
coder was run on any row and never looked at while tuning. First scoring, by the coder before any change (fdf6a42, never
tuned on; bench/events.py's evaluate on each split): sent17 (296 rows, 283 events) recall 0.703, type 0.960, polarity
0.985, roles 0.945 (of gold 0.664), date 0.995, precision 0.921, false events 0.097; sent17-holdout (147 rows, 145
events) recall 0.731, type 0.915, polarity 0.943, roles 0.915 (of gold 0.669), date 0.991, precision 0.922, false events
0.133. Seven labels of the tuned part were then set to the house conventions (a nuclear test a show of force with no
target, troops massed with no foe named have none, "the two Koreas" the group named, the Kingdom of Serbia written SRB,
a cession 0842, an announcement that two states "would exchange ambassadors" an intent, the governing Chinese Communist
Party of 1966 CHN), which makes the never-tuned sent17 figures recall 0.707, type 0.970, polarity 0.985, roles 0.960 (of
gold 0.678), date 0.995, precision 0.922, false events 0.085. After tuning on sent17 alone (general fixes, tested in
tests/test_sent17_fixes.py and tests/test_actors.py on sentences of our own about other pairs: epithets for the state
in focus that fits them ("the Himalayan kingdom", "the Gulf state", "the emirate", "the island state" or "republic",
"the hermit kingdom", "communist north"), "the Hashemite kingdom" Jordan once Iraq's monarchy fell, "the world's largest
democracy" India; the whole named before its half ("Korea's communist north") no second actor; "the Chinese side" the
state's government, and "side" after a determiner and a capitalized adjective no verb "to side with"; a state whose
envoy or embassy carries a message ("warned through the Indian ambassador") the go-between, not the target; "X and the
government in Kabul" a list of two subjects; vocabulary: a state taken out of a body or brought back into it, missions
ordered out, experts called home, captives let or sent home, supply routes shut, rules eased, a body's suspension of a
member ended, a body walked out of): sent17 recall 0.763, type 0.972, polarity 0.986, roles 0.968 (of gold 0.739), date
0.991, precision 0.927, false events 0.085; sent17-holdout, scored only at the start and the end, recall 0.745, type
0.917, polarity 0.944, roles 0.917 (of gold 0.683), date 0.981, precision 0.923, false events 0.133; the older 7213 rows
moved from recall 0.846, type 0.952, roles 0.957 (of gold 0.810), precision 0.945, false events 0.046 to 0.847, 0.952,
0.957 (0.811), 0.945, 0.046. What sent17 still misses is mostly epithets that need geography or a state not yet in
focus ("its northern neighbour", "the island" in a sentence about Washington or Lima), passives whose object comes
first ("Diplomatic relations with Taipei were ended by Honduras", "Seoul was taken by Chinese troops", "apps were banned
by New Delhi"), organizations that admit a state ("ASEAN admitted Vietnam"), regimes named by a family ("the Rana
government"), and acts named as nouns inside longer phrases ("arranged Kissinger's secret flight").
"sent18" and "sent18-holdout" (s18_001-s18_382, "set": "sent18") were written for precision, from facts about China (PRC
and ROC), Cuba, India and Pakistan with their partners ("half": "pairs", 334 rows) and about other pairs ("half":
"other", 48), 1893 to 2024 ("construction" names the kind): 199 rows with no event near in wording to an act (states of
affairs and standing relations, statistics and counts, capability and possession, institutional facts, background
definitions, biographies, historians' judgements, comparisons, anniversaries and commemorations, titles of books, films
and exhibitions, places, habits, treaty terms and obligations, plans and hopes, steps never taken, denials, rumours,
counterfactuals and questions, acts of a state on its own people and of people not states) and 183 rows with acts: 144
of two to five (lists of visits, a signing and its ratification, an act and the other side's answer, "after X, Y",
"X, then Y", coordinated verbs, two subjects joined by "while" or "whereas", three acts in one sentence, semicolon
lists, reciprocal acts, timeline lines and headlines of two acts, "not only ... but also", "did so", "in return") and
39 of one act beside a look-alike clause (a state of affairs, a history, a denial); a random third
(random.Random(18).sample(range(382), 127)) is "sent18-holdout", set apart before the coder was run on any row and never
looked at while tuning. First scoring, by the coder before any change (9c97608, never tuned on; bench/events.py's
evaluate on each split): sent18 (255 rows, 228 events, 140 with none) recall 0.811, type 0.946, polarity 0.989, roles
0.919 (of gold 0.746), date 0.942, precision 0.969, false events 0.064; sent18-holdout (127 rows, 132 events, 59 with
none) recall 0.811, type 0.935, polarity 0.991, roles 0.935 (of gold 0.758), date 0.950, precision 0.982, false events
0.085. Eight labels of the tuned part were then set to the house conventions (a withdrawal "from Cuba" aimed at Cuba,
talks beside the text they produced not coded apart, an arms-sales cutoff 163, lists exchanged one event each way,
supply routes reopened 0872, "urged ... to pull back" 0256, missiles shipped 072, a train link restored 060), which
makes the never-tuned sent18 figures recall 0.811, type 0.962, polarity 0.995, roles 0.924 (of gold 0.750), false
events 0.064. After tuning on sent18 alone (general fixes, tested in tests/test_sent18_fixes.py on sentences of our
own about other pairs: habits told by an adverb ("traditionally", "usually") or by a recurring time with a verb in the
present ("hold talks almost every year") are no act; nor a count of acts in the present perfect ("have fought four
wars"), a text's obligation past the parties it binds ("obliged India and the Soviet Union to consult"), an
anniversary celebrated, a time named by an act ("in the years of the embargo"), a step not taken under "if", a text
"never ratified", fans crossing a border, or a measure called "an attack" (with a word of blame, "a political
attack", a censure); a verb after ", then" keeps the subject before it; each clause of a list joined by commas keeps
its own subject ("Israel invaded Sinai, Britain and France bombed Egyptian airfields, and ..."), not after a fronted
or conditional clause or a participle; "X did so" repeats the act before; one verb's dated objects are each a
target, capitals too ("visited Moscow in June 1966 and Phnom Penh in September"); a passive signing with no doer is
by the two states its hyphenated name joins ("The Sino-British Joint Declaration was signed"); relations set up
"with" a state after being broken with another; a thing received after "and" is given to the subject; vocabulary:
answers in kind ("ordered out the same number of British ones"), asylum given, help cut off, a train link, a treaty
ratified in the passive): sent18 recall 0.868, type 0.975, polarity 0.995, roles 0.965 (of gold 0.838), date 0.957,
precision 0.971, false events 0.007; sent18-holdout, scored only at the start and the end, recall 0.818, type 0.926,
polarity 0.981, roles 0.944 (of gold 0.773), date 0.950, precision 0.982, false events 0.085; the older 7667 rows
moved from recall 0.843, type 0.952, roles 0.957 (of gold 0.806), precision 0.944, false events 0.049 to recall 0.843,
type 0.952, roles 0.957 (of gold 0.807), precision 0.945, false events 0.049 (91 of 1860 eventless rows coded, as
before; two asylum rows now found). What sent18 still misses is mostly acts named by a person the gazetteer ties to the wrong state (the Dalai Lama's
visits), aircraft named by their type ("MiG-21s"), a second object of "armed", acts whose target is only "them" or
"the island", and a nuclear test given a target from the next clause.
"sent19" and "sent19-holdout" (s19_001-s19_380, "set": "sent19") were written for the acts a page packs into one
sentence, from facts of 1898 to 2009 about China (PRC, ROC and the Qing), Cuba, India and Pakistan with their partners
("half": "pairs", 318 rows) and about other pairs ("half": "other", 62), in encyclopedic, timeline, datelined-wire and
scraped-page styles ("construction" names the kind): sentences of two to four acts (coordinated verbs, "and then",
relative and participle clauses, "after X did A, Y did B", an act and its answer, gapped lists of dates), acts named by
nouns ("the signing of", "Beijing's recognition of", "the dispatch of"), passives and fronted objects, officials by
title or name, capitals and institutions as actors, dates in many styles (seasons, ranges, "that year", "the next
month", "two days later", a dateline's "on Sunday"), and 143 rows written with no event that look like acts (negated,
hypothetical, plans and hopes, reported claims and rumours, attitudes, habits, background, statistics, biographies,
treaty terms, anniversaries, and a scraped page's contents line, citation, caption, infobox and "See also" line; 141
once two labels were set below); the events cover the 16 types. A random third (random.Random(19).sample(range(380),
127)) is "sent19-holdout", set apart and committed before the coder was run on any row, and never looked at while
tuning. First scoring, by the coder before any change (f6970b2, never tuned on; bench/events.py's evaluate on each
split): sent19 (253 rows, 289 events, 96 with none) recall 0.713, type 0.893, polarity 0.947, roles 0.874 (of gold
0.623), date 0.956, precision 0.949, false events 0.115; sent19-holdout (127 rows, 140 events, 47 with none) recall
0.743, type 0.933, polarity 0.981, roles 0.913 (of gold 0.679), date 0.970, precision 0.912, false events 0.106.
Twenty-one labels of the tuned part were then set to the house conventions (Russian Empire and Qing codes before 1917
and 1912, checked mechanically in both parts; "asked ... to" an appeal; no foe for forces moved or mobilized with none
named, nor for a deadline rejected; fire exchanged one event each way; a mutual show of force and a treaty between two
capitals one act in text order; a recurring act in a dated past an act; an "Unlike X," row's act; accepting mediation
080; an act done under an accord the act, the accord not coded apart; Russia, not the Soviet Union, in 2004), which
makes the never-tuned sent19 figures recall 0.722, type 0.904, polarity 0.952, roles 0.904 (of gold 0.653), precision
0.950, false events 0.096. After tuning on sent19 alone (general fixes, tested in tests/test_sent19_fixes.py on
sentences of our own about other pairs: the state an opening "Unlike X," compares is no party; a place a plane was
hijacked "to" is no hijacker; fire exchanged "on", "at" or "near" a place is mutual; a visit returned or repaid goes to
the first visitor's state; a web citation closed by "Retrieved <day>" and a contents list flattened into one line are
set apart by the cleaner (and bench/events.py scores a line that cleans to nothing as no event); "has long" before a
verb is a standing state; a deadline given to a list of states is aimed at the states in its gap; trade with a bloc that
doubled is a trend; a verb after "was to" sets the act it governs for later; a weapons test has no target where it was
set off nor in a state answering it in a clause of its own; a thing given in the passive with its giver's demonym and
its receiver after "to" is given ("Soviet tanks were delivered to Egypt"); a ranking "more ... than any other" is a
standing; a state after "led by" acts across a verb of beginning; relief teams travelling bring aid, not a visit;
aircraft named by type in the plural ("MiG-19s", "F-16s", "Mirages") are arms sent, delivered or sold; vocabulary:
messages carried between two states, nuclear devices set off and detonations, images shared, places handed back after a
long object, diplomats jostled or beaten, refuge given): sent19 recall 0.774, type 0.919, polarity 0.955, roles 0.924
(of gold 0.715), date 0.959, precision 0.953, false events 0.032; sent19-holdout, scored only at the start and the end,
recall 0.743, type 0.933, polarity 0.981, roles 0.913 (of gold 0.679), date 0.970, precision 0.920, false events 0.106
(the fixes reached one of its sentences); the 6191 older rows outside any holdout split moved from recall 0.868, type
0.966, roles 0.967 (of gold 0.840), precision 0.951, false events 0.026 to recall 0.869 and the rest unchanged. What
sent19 still misses is mostly the second or third act of a long sentence when it is told through a pronoun ("resumed
them"), a gapped clause ("and the Soviet Union from Los Angeles in 1984"), a passive with troops ("40,000 Soviet troops
had been sent to Cuba"), an act told by its consequence ("the boy was flown back to Cuba"), places the gazetteer does
not hold (the Siachen glacier, the Sumdorong Chu), and a bare day after a dated clause read forward into the next year
("in December 1962, and ... on 20 November" dated 1963).
"sent20" and "sent20-holdout" (s20_001-s20_380, "set": "sent20") were written in news-wire and press-release language,
from facts of 1947 to 2010 about China (PRC and ROC), Cuba, India and Pakistan with their partners ("half": "pairs", 295
rows) and about other pairs ("half": "other", 85): datelines ("NEW DELHI, Oct. 22 (AP) -", with "dct" the dateline's
day), the present and present perfect ("has suspended", "says it will"), reported speech with the act inside it or not
("said it had expelled" an act, "might expel" none), officials by title, spokesmen, ministries, radio and state
television as their state, relative dates anchored by the dateline ("on Sunday", "yesterday", "last night", "earlier
this week"), quotations, denials and rebuttals, telegraphic headlines ("Washington breaks with Taipei, recognizes
Peking"), and 142 rows written with no event that look like acts (negated, conditional, planned, hoped, feared,
rumoured, habitual, background, anniversaries, treaty terms); the events cover the 16 types. A random third
(random.Random(20).sample(range(380), 127)) is "sent20-holdout", set apart and committed before the coder was run on any
row, and never looked at while tuning. First scoring, by the coder before any change (17e11b6, never tuned on;
bench/events.py --split NAME): sent20 (253 rows, 197 events, 95 with none) recall 0.792, type 0.904, polarity 0.968,
roles 0.904 (of gold 0.716), date 0.986, precision 0.912, false events 0.116; sent20-holdout (127 rows, 98 events, 47
with none) recall 0.612, type 0.900, polarity 0.983, roles 0.933 (of gold 0.571), date 0.983, precision 0.938, false
events 0.213. Labels were then set to the house conventions (surrender 0874 and one event per pair, type and date,
mechanically in both parts; in the tuned part: no foe the sentence does not name for a condemned invasion or raid whose
doer is unnamed, a threat naming no state, and a mobilization named as a noun; a ceasefire along a state's border aimed
at it; a nuclear test named as a noun coded; the United Nations not named as its Council; "asked ... to withdraw" an
appeal; a headline's mutual intent one act; talks that "dragged on" held; the Pope's visit the Holy See's; a landing
before a capture its own act; arms shipments named as a noun), which makes the never-tuned figures sent20 (195 events)
recall 0.800, type 0.923, polarity 0.974, roles 0.929 (of gold 0.744), date 0.979, precision 0.897, false events 0.097
and sent20-holdout (93 events) recall 0.613, type 0.947, polarity 0.982, roles 0.930 (of gold 0.570), date 0.982,
precision 0.891, false events 0.213. After tuning on sent20 alone (general fixes, tested in tests/test_sent20_fixes.py
on sentences of our own about other pairs: a wire's time words between a verb and the rest of its phrase ("agreed
today to", "on Monday", "last week") leave the phrase whole, an intent and not a signing; a closing tag ", officials
fear." is no disapproval; a promise inside "whether" is a choice left open; an agreement "near" or "close to" is not
made, and "close to" is no verb "to close"; an unnamed crowd marching "through" a capital "in protest at" another
state's act protests for the capital's state; vocabulary: lines of credit, troops ordered out of a place, acts regarded
as an act of war, inspections allowed or refused, joint drills, control of a place taken, ammunition flown, interest
sections opened): sent20 recall 0.836, type 0.945, polarity 0.975, roles 0.933 (of gold 0.779), date 0.980, precision
0.896, false events 0.065; sent20-holdout, scored only at the start and the end, unchanged (recall 0.613, false events
0.213: its figures did not move); the 6340 older rows outside any holdout split moved from recall 0.8663,
type 0.9653, roles of gold 0.8359, precision 0.9508, false events 0.025 to recall 0.8662, type 0.9658, roles of gold
0.8358, precision 0.9508, false events 0.025 (one exercise "close to the Pakistani border" had been coded only through
the wrong verb "close"; a passage's "had taken control of Crimea" is now found). What sent20 still misses is mostly
a second act after "and" whose target is in the first clause ("refuses to apologise"), acts told by a claim or a person
("militants backed by Pakistan carried out"), three signatories coded per pair, a headline's "X, India ink" (the
gazetteer's stop "India ink"), and attitudes told with quotation marks; its holdout third is harder still (recall 0.613,
a false-event rate of 0.213).
"wire13" (w13_001-w13_278, "set": "wire13") were written in news-wire and press-release language about other pairs,
years and words than sent20's, from facts of 1960 to 2022 about China (PRC and ROC), Cuba, India and Pakistan with
their partners ("half": "pairs") and about other pairs ("half": "other": the Koreas, Iran and Iraq, Egypt and Israel,
Ethiopia and Eritrea, Russia and Georgia, the Gulf, the Andes, Cyprus): datelines of many agency styles (Reuters, AP,
AFP, UPI, Xinhua, Tass, Kyodo, Yonhap, PTI, APP, EFE, Prensa Latina; undated "DOHA (Reuters) -" and day-month "Tokyo,
3 June (AFP) —"; "dct" the dateline's day), the present perfect and the future ("has banned", "will leave", "are to
meet", "is due in"), telegraphic headlines ("China, Pakistan ink 51 deals", "India slams Beijing over"), reported
speech ("said it had handed over", "accused ... of", "told India that it must"), titles and envoys as actors ("the
Chinese premier", "Beijing's envoy", "a spokesman for the ministry"), relative days anchored by the dateline ("on
Tuesday", "last night", "yesterday"), quotations, and 89 rows written with no event that look like acts (expected,
scheduled, conditional, denied, unconfirmed, hoped, habitual, states of affairs, persons' acts); the events (219)
cover the 16 types. All of it is tuning material (no holdout third: sent20-holdout measures what reaches unseen wire
text). Committed before the coder was run on it; four labels were then set to the house conventions (a nuclear test a
show of force, 150, with no target; a visit and the meeting held on it one event). First scoring, by the coder before
any change (4ad1fc3, bench/events.py's evaluate on the split): recall 0.862, type 0.931, polarity 0.989, roles 0.941 (of
gold 0.812), date 0.919, precision 0.858, false events 0.247 (22 of 89). After tuning on it (general fixes, tested in
tests/test_wire13_fixes.py on sentences of our own about other pairs: a meeting's purpose after a date set ("are to
meet at the border next week to discuss", "is due in Lima next week for talks") is planned; an act inside "refused to
confirm that", one a closing clause reports and then denies ("..., the paper reported, but the ministry denied it",
"..., a claim both governments denied"), one "unlikely to" be done, a hope a speaker tells ("said he hoped that X
would") and a future act set on a condition after it ("will restore relations once ...") are not coded; initials
inside a trigger's gap ("stormed the U.S. embassy") are one word; "<demonym>-born" is no actor; a headline's "X, Y ink
pact" signs one (the gazetteer's stop "India ink" goes: "ink" before a deal word signs it, otherwise it stays a
thing); "told X that it must ..." a demand; vocabulary: slam, hit out at, trade frozen, aid suspended by a sum with a
word before "aid", crowds past or outside an embassy, diplomats ordered to leave 161): recall 0.894, type 0.938,
polarity 0.995, roles 0.944 (of gold 0.844), date 0.921, precision 0.863, false events 0.157 (14 of 89);
sent16-sent19, wire12, prec10 and prec11 unchanged, sent20 recall 0.836 to 0.841 (its "China, India ink trade pact");
sent20-holdout, scored only at the start and the end, unchanged (recall 0.613, roles of gold 0.570,
false events 0.213: the fixes did not reach its sentences). What wire13 still misses is mostly attitudes and
apologies in quotation marks ('was "deeply concerned" at', 'said it was "very sorry"', '"neither accepts nor
recognizes"'), a time word between "called" and "for" ("called on Sunday for the United States to lift"), a protest
"over the prime minister's visit to a shrine" dropped whole, roles in reported clauses (a demand given to the state
whose troops the clause before named, "its own air force had struck back" read as the other side's), a test "in
response to India's" given a target, and the headline "Pakistan to send troops ..., army says" and "will meet ..., a
joint statement said" coded as intents.
"sent21" and "sent21-holdout" (s21_001-s21_380, "set": "sent21") were written in the prose of historians' monographs and
journal articles, from facts of 1947 to 2006 about China (PRC and ROC), Cuba, India and Pakistan with their partners
("half": "pairs") and about other pairs ("half": "other": Egypt and Israel, Iran and Iraq, Britain and Argentina,
Greece and Turkey, the Horn of Africa, the Koreas, Japan): long sentences with the act in a subordinate clause
("Although Islamabad had voiced misgivings, Beijing went on to receive ..."), participial and absolute openings
("Having recognized the People's Republic in December 1949, India ..."), nominal acts ("Havana's dispatch of combat
troops to Angola", "the Sino-Indian rapprochement of 1976"), hedging and historiography ("Historians have long argued
that", "it is doubtful whether"), citations ("(Garver 2001, p. 214)"), counterfactuals with and without a real act
inside ("Had the Americans not cut off supplies in September 1965, ..."), acts dated by reference ("Two years after
the Tashkent agreement"), passives, and 139 rows written with no event that look like acts (negated, conditional,
planned, hoped, feared, debated, habitual, background, hearsay); the events cover the 16 types. A random third
(random.Random(21).sample(range(380), 127)) is "sent21-holdout", set apart and committed before the coder was run on
any row, and never looked at while tuning. First scoring, by the coder before any change (a71dcdf, never tuned on;
bench/events.py --split NAME): sent21 (253 rows, 220 events, 92 with none) recall 0.564, type 0.863, polarity 0.960,
roles 0.831 (of gold 0.468), date 0.748, precision 0.919, false events 0.130; sent21-holdout (127 rows, 96 events, 47
with none) recall 0.583, type 0.893, polarity 0.964, roles 0.857 (of gold 0.500), date 0.755, precision 0.933, false
events 0.085. Labels were then set to the house conventions (a mutual act named by its two parties one event in text
order; no doer or target the sentence does not name for talks held, ambassadors exchanged, relations restored: in
both parts; in the tuned part also a nominal act as the subject of a verb that is no act coded, as nominal1's are, an
'-ed by' feeling an attitude, a unilateral ceasefire with no target, no refusal of a hostile act, and no act for a
party the sentence leaves to the one before), which makes the never-tuned figures sent21 (194 events, 101 with none)
recall 0.660, type 0.867, polarity 0.961, roles 0.836 (of gold 0.552), date 0.750, precision 0.921, false events
0.079 and sent21-holdout (92 events, 48 with none) recall 0.609, type 0.893, polarity 0.964, roles 0.857 (of gold
0.522), date 0.755, precision 0.933, false events 0.083. After tuning on sent21 alone (general fixes, tested in
tests/test_sent21_fixes.py on sentences of our own about other pairs: hearsay the writer does not vouch for ("is
sometimes said / reported / rumoured to have armed", not "is known to have" nor "is widely believed to have", which a
page's gold keeps; "..., or so officials later claimed"); a question left open ("it remains unclear how far / whether",
to its clause's end); acts beyond counting ("have met countless times since 1974"); meetings that "have regularly
been postponed" or "twice been postponed"; a nominal act judged with an adverb before the participle ("is less often
noticed than", "is sometimes overlooked": the act, while "is generally credited to" stays a judgement); vocabulary: a
condemnation or denunciation of an act, an expression of remorse, good offices offered, a state pressed for arms or
aid, arms sold named as a noun, a joint statement issued): sent21 recall 0.686, type 0.872, polarity 0.962, roles
0.842 (of gold 0.577), date 0.752, precision 0.924, false events 0.030; sent21-holdout, scored only at the start and
the end, recall 0.609, type 0.893, polarity 0.964, roles 0.857 (of gold 0.522), date 0.755, precision 0.933, false
events 0.063 (one hearsay row no longer coded; no event gained); the 6982 older rows outside any holdout split moved
from recall 0.8655 to 0.8656 (s10_011's joint statement) and the rest unchanged. What sent21 still misses is mostly
acts named by nouns inside longer phrases ("the deployment of medium-range missiles to Cuba", "the build-up of Soviet
forces on the Chinese border", "Iran's acceptance of Resolution 598"), passives with a nominal agent ("the shooting
down of ... by Cuban MiGs"), an act inside "X's decision to ..." (dropped as a noun of intent), a visit or a meeting
told beside another act in a participial aside ("conveyed during the visit of Tanaka"), refusals by "Neither X nor
Y would", and crowds and riots named with "anti-<demonym>" ("anti-Japanese demonstrations that swept Chinese cities").
"sent22" and "sent22-holdout" (s22_001-s22_380, "set": "sent22") were written in the official register, from facts of 1905
to 2015 about China (PRC and ROC), Cuba, India and Pakistan with their partners ("half": "pairs", 303 rows) and about
other pairs ("half": "other", 77: Egypt and Israel, Iran and Iraq, Britain and Argentina, the two Germanys, the Koreas,
the Horn of Africa, South-East Asia): joint communiques and statements ("The Chinese side reiterated ...", "Both sides
expressed satisfaction ..."), notes verbales and protests ("presents its compliments to the Embassy ... and has the
honour to lodge a strong protest"), treaty preambles and articles ("The High Contracting Parties shall ..."), resolutions
("The Security Council, ... calls upon", "demands that"), spokesmen's answers, recognition notices ("has decided to
accord recognition to"), ceremonial acts (credentials, banquets, messages of greetings, condolence and sympathy), and
152 rows with no event that look like acts (hopes, principles and positions restated, "will continue to", "are ready
to", obligations and clauses of a text, preambular and procedural lines, votes, anniversaries, papers received); the
events cover the 16 types. A random third (random.Random(22).sample(range(380), 127)) is "sent22-holdout", set apart and
committed before the coder was run on any row, and never looked at while tuning. First scoring, by the coder before
any change (568c11f, never tuned on; bench/events.py --split NAME): sent22 (253 rows, 209 events, 85 with none) recall
0.675, type 0.887, polarity 0.915, roles 0.950 (of gold 0.641), date 0.984, precision 0.959, false events 0.153;
sent22-holdout (127 rows, 71 events, 67 with none) recall 0.577, type 0.902, polarity 1.000, roles 0.878 (of gold
0.507), date 0.943, precision 0.932, false events 0.134. Labels were then set to the house conventions (in the tuned
part: the Russian Empire of 1905 RUSEMP, crowds attacking an embassy 145, a body's call for a cease-fire 020, advisers
expelled 166, "agreed to restore" an intent 032, talks told as held, "remained ready to discuss" an intent, an embargo
named with its doer, no target the sentence does not name; in both parts, by construction, a communique's recognition
clause told in the present is the recognition itself), which makes the never-tuned figures sent22 (211 events, 82 with
none) recall 0.687, type 0.924, polarity 0.945, roles 0.972 (of gold 0.668), date 0.984, precision 0.967, false events
0.122 and sent22-holdout (72 events, 66 with none) recall 0.583, type 0.905, polarity 1.000, roles 0.881 (of gold
0.514), date 0.943, precision 0.933, false events 0.121. After tuning on sent22 alone (general fixes, tested in
tests/test_sent22_fixes.py on sentences of our own about other pairs: papers received (a note, a letter, a message) are
no visitor received; who asked for a meeting ("at the request of X, Y and Z") is no party to it; "will / shall / would
continue to" a practice is no new act nor promise; a tie named inside a view, with a present or modal verb and no date
("held that the normalization of relations serves ...") is no act; a text's operative clause in the plain present with
no date ("The Governments of A and B agree mutually to ...") tells none; vocabulary: an envoy asked to leave (161),
messages of condolence, sympathy or greetings sent, bases vacated, invitations extended, a body's membership restored,
a call for a cease-fire accepted, formal notice of withdrawal from a pact, cooperation extended, a delegation led out of
a body, letters of credence presented): sent22 recall 0.725, type 0.935, polarity 0.954, roles 0.974 (of gold 0.706),
date 0.985, precision 0.968, false events 0.037 (3 of 82); sent22-holdout, scored only at the start and the end, recall
0.611, type 0.909, polarity 1.000, roles 0.886 (of gold 0.542), date 0.946, precision 0.936, false events 0.106 (7 of
66); the 7124 older rows outside any holdout split moved from recall 0.8611, type 0.9643, roles 0.9643, precision
0.9458, false events 0.0271 to 0.8614, 0.9639, 0.9639, 0.9460, 0.0271 (s14_172 now codes both states' acceptance of the
Council's call, which its label tells as the cease-fire; s6_267 loses a wrong call for a cease-fire). What sent22 still
misses is mostly organs named before their body ("The Council of the League of Arab States decided ...", "The Council of
the Organization of American States resolved ..."), two long official names joined by "and" ("The Government of the
Republic of Chile and the Government of the Republic of Peru": the second "the Government" is read as the first state's),
a note verbale's addressee as the target of the act after "has the honour to", cease-fires that "came into effect",
passives with no doer ("aid was suspended", "was handed over"), a second target of a measure named as a noun ("the
suspension of military assistance to both India and Pakistan"), refusals and boycotts told as "would not sign", "would
not take part", and banquets "in honour of" a guest after a long gap.
conv3 (2026-11-28) set tuned labels (never a -holdout row) to decisions 7 to 11 of
tests/data/other_pairs/CONVENTIONS.md, which list each row: a commitment announced and closed by who announced it is its
intent (w13_076 1313, w13_106 0354, w13_006 0312 coded; s20_031 036 -> 032), a scheduled visit or meeting stays none;
land taken by force 192 (14 events), posts or bases overrun 190 (3), vessels seized 171 (3); arms delivered, shipped or
received with no sale 072 (11), arms sold 062 (2); "called on / urged / asked X to withdraw, stop, lift, release" an
appeal to yield, 025x neutral (8 events; two asked with a deadline stay 1056); a state's professionals at work in
another aid, 070 (s16_100, w13_222, w13_114).
src/detente/data/demo_expected.jsonl: the dated events each demo document states, in the format of
../shared/seeds/gold.jsonl; "actors" are the states the evidence names, "unnamed" (optional) those the event
involves without naming them (the pair a history is about, a group, an anaphor), which the scorer does not ask for.
The accuracy figures come from bench/events.py, so the bench and this test measure one thing.

Floors sit a little under what the coder reached when they were set; raising one is welcome, lowering one needs a
reason in the commit. They never go under type accuracy 0.6 or over a false-event rate of 0.2.
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from detente.resources import data_path, demo_paths, load_json

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "data" / "event_sentences.jsonl"
FORMS = {"plain", "negated", "hypothetical", "intention", "reported", "attitude", "none"}
POLARITIES = {"cooperation", "conflict", "neutral"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

# What the coder reached at 09:10 on 2026-11-26 (bench/events.py over all 621 sentences: type 0.945, polarity 0.988,
# roles 0.943, recall 0.799, false events 0.018), raised after the tune3 round (666 sentences: type 0.948, polarity
# 0.989, roles 0.948, recall 0.857, false events 0.017) and after the events3 round (812 sentences: type 0.970,
# polarity 0.998, roles 0.956, recall 0.886, false events 0.022), less a small margin.
# The 351 sentences of sent5, never tuned on when added, took all-labelled recall from 0.896 to 0.847; after the
# sent5 round (1249 sentences: type 0.969, polarity 0.991, roles 0.952, recall 0.872, false events 0.032) the
# recall floor is 0.86. The 383 sentences of sent6 took it to 0.858 untouched; after the sent6 round (1716 sentences:
# type 0.971, polarity 0.989, roles 0.953, recall 0.875, false events 0.032) the floors stand. The 347 sentences of
# sent7 took the figures to recall 0.867 and false events 0.041 untouched; after the sent7 round (2124 sentences: type
# 0.975, polarity 0.993, roles 0.961, recall 0.882, false events 0.028) the recall floor is 0.87. The 409 sentences of
# sent8 took the figures to recall 0.873 and false events 0.035 untouched; after the sent8 round (2631 sentences: type
# 0.972, polarity 0.993, roles 0.962, recall 0.885, false events 0.028) the floors stand. The 389 sentences of sent9 took
# the figures to recall 0.871 and false events 0.036 untouched; after the sent9 round (3186 sentences: type 0.973,
# polarity 0.993, roles 0.964, recall 0.885, false events 0.026) the floors stand.
# The 410 rows of sent10 took the figures to recall 0.868 and false events 0.032 untouched; after the sent10 round
# (3786 rows: type 0.970, polarity 0.990, roles 0.961, recall 0.876, false events 0.028) the floors stand.
# The 445 rows of sent11, a third of them never tuned on, took all-labelled recall to about 0.852 untouched (from the
# split figures); after the sent11 round (4506 rows: type 0.965, polarity 0.988, roles 0.959, recall 0.859, false events
# 0.030) the recall floor is 0.85: the older rows kept their 0.885, the new batch is harder.
# The 475 rows of sent12, a third of them never tuned on, took all-labelled recall from 0.867 to 0.845 untouched; after
# the sent12 round (5376 rows: type 0.960, polarity 0.985, roles 0.953, recall 0.857, false events 0.035) the floors stand.
# The 412 rows of sent13, a third of them never tuned on, took all-labelled recall from 0.860 to about 0.843 untouched
# (from the split figures); after the sent13 round (5884 rows: type 0.960, polarity 0.986, roles 0.953, recall 0.852,
# false events 0.035) the floors stand (recall has little room over its 0.85: the new batches are harder).
# The 409 rows of sent14, a third of them never tuned on, took all-labelled recall from 0.854 to 0.842 untouched; after
# the sent14 round (6326 rows: type 0.955, polarity 0.984, roles 0.951, recall 0.846, false events 0.040) the recall
# floor is 0.84: the older rows kept their 0.855, the new batch is harder (its holdout third was not tuned on).
# The 397 rows of sent15, a third of them never tuned on, took all-labelled recall from 0.849 to 0.836 untouched (under
# the 0.84 floor); after the sent15 round (6783 rows: type 0.952, polarity 0.983, roles 0.949, recall 0.842, false
# events 0.039) the floors stand, with little room: the new batches are harder.
# The 404 rows of sent16, 232 of them with no event (page precision traps, a third never tuned on), took the all-labelled
# false-event rate from 0.038 to about 0.055 untouched (from the split figures); after the sent16 round (7198 rows: type
# 0.952, polarity 0.985, roles 0.956, recall 0.846, false events 0.046) the ceiling is 0.05: the older rows kept their
# 0.037, the new eventless rows are harder by design and their holdout third was not tuned on.
# The 443 rows of sent17 (how pages name the doer and the target, a third never tuned on) took all-labelled recall from
# 0.846 to about 0.838 untouched (from the split figures; 0.839 with the tuned part's labels set to the house conventions); after the sent17
# round (7656 rows: type 0.952, polarity 0.984, roles 0.957, recall 0.842, false events 0.048) the floors stand.
# The 382 rows of sent18 (199 of them eventless look-alikes, a third never tuned on) took the all-labelled false-event
# rate from 0.049 to 0.051 untouched, over the ceiling (from the split figures: 91 + 9 + 5 of 2059 eventless rows);
# after the sent18 round it is 0.047 (91 + 1 + 5) and recall about 0.843 (from the split figures): the floors stand.
# The 380 rows of sent19 (sentences of two to four acts and 141 eventless look-alikes, a third never tuned on) took
# all-labelled recall from about 0.843 to 0.838 untouched (8450 rows, under the 0.84 floor; false events 0.046); after the
# sent19 round (type 0.951, polarity 0.983, roles 0.955, recall 0.8403, false events 0.043) the floors stand, recall with
# a margin of two events.
# The 380 rows of sent20 (wire and press-release language: datelines, relative days, reported speech, headlines; 142
# eventless look-alikes; a third never tuned on, whose recall is 0.61) took all-labelled recall from 0.840 to about 0.835
# untouched; after the sent20 round (8837 rows: type 0.952, recall 0.8389; the older 6340 tuned rows level at 0.866) the
# recall floor is 0.835: the older rows did not move, the new batch is harder by design and its holdout third was not
# tuned on. The other floors stand.
# The 278 rows of wire13 (wire language of other pairs, 89 eventless look-alikes, all tuned on) took the all-labelled
# false-event rate over the 0.05 ceiling (0.0503 midway through the round, more untouched); after the wire13 round (9115 rows: type 0.952, polarity
# 0.984, roles 0.955, recall 0.8404, false events 0.0499, 122 of 2447 eventless rows coded) the floors and the ceiling
# stand, the ceiling with no margin: a change that codes one more eventless row breaks it.
# The 380 rows of sent21 (historians' scholarly prose, 139 eventless look-alikes, a third never tuned on) took all-
# labelled recall from 0.840 to 0.831 and the false-event rate to 0.052 (134 of 2582) untouched; after the sent21 round
# (9495 rows: type 0.950, polarity 0.983, roles 0.953, recall 0.8352, false events 0.0493, 128 of 2596 eventless rows
# coded) the floors and the ceiling stand, recall with a margin of two events.
# The 380 rows of sent22 (the official register, 152 eventless look-alikes, a third never tuned on) took all-labelled
# recall from 0.835 to 0.830 and, with their labels set to the house conventions, the false-event rate to 0.0489 (134 of
# 2742) untouched; after the sent22 round (9875 rows: type 0.951, polarity 0.984, roles 0.955, recall 0.8315, false
# events 0.0460, 126 of 2742 eventless rows coded) the recall floor is 0.83: the 7124 older rows outside any holdout
# split kept their 0.861, the new batch is harder by design and its holdout third (recall 0.61) was not tuned on. The
# other floors and the ceiling stand.
FLOORS = {"type_accuracy": 0.945, "polarity_accuracy": 0.975, "roles_accuracy": 0.935, "event_recall": 0.83}
CEILINGS = {"false_event_rate": 0.05}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_events", ROOT / "bench" / "events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                pytest.fail(f"{path.name} line {number}: invalid JSON ({error.msg})")
    return rows


def _interval(value: str) -> tuple[dt.date, dt.date]:
    """ISO date at any precision the gold uses ('1941', '1933-11', '1941-01-10', decade '194'), or a range a/b."""
    def unit(text: str) -> tuple[dt.date, dt.date]:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = dt.date.fromisoformat(text)
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
        if re.fullmatch(r"\d{3}", text):
            return dt.date(int(text) * 10, 1, 1), dt.date(int(text) * 10 + 9, 12, 31)
        raise ValueError(f"unreadable date {text!r}")

    first, _, last = value.partition("/")
    start, end = unit(first)[0], unit(last or first)[1]
    if end < start:
        raise ValueError(f"range {value!r} ends before it starts")
    return start, end


def _actor_codes() -> set[str]:
    entities = load_json("actors.json")["entities"]
    return set(entities) | {record["code"] for record in entities.values()}


@pytest.fixture(scope="module")
def sentences() -> list[dict]:
    return _rows(SENTENCES)


@pytest.fixture(scope="module")
def accuracy(sentences) -> dict:
    bench = _bench()
    return bench.evaluate(sentences, bench.extract_dicts, bench.load_scorer())


# -- format --------------------------------------------------------------------------------------------

def test_labelled_sentences_are_well_formed(sentences):
    cameo = load_json("cameo.json")
    codes = _actor_codes()
    problems = []
    ids = Counter(row.get("id") for row in sentences)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    texts = Counter(row.get("text") for row in sentences)
    problems += [f"duplicate text {t!r}" for t, n in texts.items() if n > 1]
    for row in sentences:
        where = f"{SENTENCES.name} {row.get('id')}"
        if not isinstance(row.get("text"), str) or not row["text"].strip():
            problems.append(f"{where}: no text")
        if row.get("form") not in FORMS:
            problems.append(f"{where}: form {row.get('form')!r} not one of {sorted(FORMS)}")
        if row.get("dct") is not None:
            try:
                dt.date.fromisoformat(row["dct"])
            except (TypeError, ValueError):
                problems.append(f"{where}: dct {row['dct']!r} is not an ISO day")
        if row.get("form") in ("none", "hypothetical") and row.get("events"):
            problems.append(f"{where}: a {row['form']} sentence states no event")
        for event in row.get("events", []):
            code = event.get("cameo")
            if code not in cameo:
                problems.append(f"{where}: unknown CAMEO code {code!r}")
                continue
            if event.get("type") != cameo[code]["type"] or event.get("type") not in PLOVER:
                problems.append(f"{where}: type {event.get('type')} does not match CAMEO {code} ({cameo[code]['type']})")
            if event.get("polarity") != cameo[code]["polarity"]:
                problems.append(f"{where}: polarity {event.get('polarity')} does not match CAMEO {code}")
            for role in ("source", "target"):
                if event.get(role) is not None and event[role] not in codes:
                    problems.append(f"{where}: {role} {event[role]!r} is not an actor code in actors.json")
            if event.get("source") is None:
                problems.append(f"{where}: an event needs a source")
            if event.get("date") is not None:
                try:
                    _interval(event["date"])
                except ValueError as error:
                    problems.append(f"{where}: {error}")
    assert not problems, "\n".join(problems)


def test_labelled_sentences_cover_every_type_and_form(sentences):
    types = Counter(event["type"] for row in sentences for event in row["events"])
    forms = Counter(row["form"] for row in sentences)
    assert len(sentences) >= 360
    assert set(types) == PLOVER, PLOVER - set(types)
    assert min(types.values()) >= 15, types
    assert forms["negated"] >= 30 and forms["hypothetical"] >= 30, forms
    assert 0.12 <= forms["none"] / len(sentences) <= 0.2, forms
    pairs = {frozenset((e["source"], e["target"])) for row in sentences for e in row["events"] if e["target"]}
    assert len(pairs) >= 100, "many pairs of states, not only two"


def test_demo_expected_events_are_well_formed_and_quote_their_documents():
    gold = _rows(Path(str(data_path("demo_expected.jsonl"))))
    from detente.model import Document
    from detente.pipeline import extract_documents

    with demo_paths() as paths:
        texts = {}
        for item in extract_documents([str(p) for p in paths]):
            assert isinstance(item, Document), item
            texts[Path(item.origin).name] = item.text
    codes = _actor_codes()
    problems = []
    assert len({g["id"] for g in gold}) == len(gold), "duplicate ids"
    for g in gold:
        where = f"demo_expected {g.get('id')}"
        missing = {"id", "doc", "date", "actors", "polarity", "kind", "summary", "evidence", "fuzzy"} - set(g)
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        if g["doc"] not in texts:
            problems.append(f"{where}: doc {g['doc']!r} is not a demo document or record id")
        elif g["evidence"] not in texts[g["doc"]]:
            problems.append(f"{where}: evidence is not in the cleaned text of {g['doc']}: {g['evidence']!r}")
        if g["polarity"] not in POLARITIES:
            problems.append(f"{where}: polarity {g['polarity']!r}")
        if not isinstance(g["fuzzy"], bool):
            problems.append(f"{where}: fuzzy must be true or false")
        unknown = [a for a in g["actors"] + g.get("unnamed", []) if a not in codes]
        if not g["actors"] or unknown:
            problems.append(f"{where}: actors {g['actors']} (unknown {unknown})")
        if set(g["actors"]) & set(g.get("unnamed", [])):
            problems.append(f"{where}: an actor is both named and unnamed")
        try:
            _interval(g["date"])
        except ValueError as error:
            problems.append(f"{where}: {error}")
    assert not problems, "\n".join(problems)
    assert {g["doc"] for g in gold} == set(texts), "every demo document has expected events"


# -- floors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_coder_meets_the_floor(accuracy, measure):
    examples = [e for e in accuracy["errors"] if e["kind"] != "false event"][:8]
    assert accuracy[measure] >= FLOORS[measure], (accuracy[measure], examples)


def test_coder_stays_under_the_false_event_ceiling(accuracy):
    examples = [e for e in accuracy["errors"] if e["kind"] == "false event"][:8]
    assert accuracy["false_event_rate"] <= CEILINGS["false_event_rate"], (accuracy["false_event_rate"], examples)


def test_negated_and_hypothetical_acts_are_not_coded_as_the_act(sentences):
    """A refusal may be coded as REJECT; a negated or hypothetical act is never coded as the act itself."""
    from detente import extract_text

    wrong = []
    for row in sentences:
        if row["form"] not in ("negated", "hypothetical") or row["events"]:
            continue
        coded = [e for e in extract_text(row["text"], dct=row.get("dct")) if e.type not in ("REJECT",)]
        if coded:
            wrong.append((row["id"], row["text"], [(e.source, e.target, e.type) for e in coded]))
    assert len(wrong) <= 0.15 * sum(1 for r in sentences if r["form"] in ("negated", "hypothetical")), wrong
