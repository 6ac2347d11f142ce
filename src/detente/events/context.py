"""What the sentences before a sentence tell that it may leave unsaid: the document walk's context record.

The coder reads one sentence at a time. A sentence often leaves out a role the text before it gives: "Delhi protested
to Islamabad. It recalled its envoy" (recalled from whom?), "Iraq massed troops on the border. The invasion began at
dawn" (whose invasion, of whom?). The record keeps, for the current paragraph only, the acts told in its last
sentences; a sentence takes a role from it only where it names none of its own, and a new paragraph or section starts
it afresh (a new paragraph often turns to another pair).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from detente.model import Event

# how many sentences back, within the paragraph, an act may still lend its parties: the sentence before and the one
# before it ("Delhi protested to Islamabad. Pakistan denied the charge. Delhi then recalled its envoy.")
REACH = 2

# acts two states named together do with each other (consult, cooperate, sign): "they" after one stands for both
_JOINT_ROOTS = frozenset({"03", "04", "05", "06"})


@dataclass(slots=True)
class Context:
    """The acts of the current paragraph's last sentences, newest last, each with the number of its sentence."""

    recent: list[tuple[int, Event]] = field(default_factory=list)
    sentence: int = 0  # the number of the sentence being coded, counted over the document
    paragraph: int = -1  # the character offset where the current paragraph starts
    named: tuple[str, ...] = ()  # the states the current sentence names (the coder sets it), in order
    named_before: tuple[str, ...] = ()  # the states the sentence before named, in the same paragraph
    # the body the text named last: its code, its name as written and the sentence's number ("the pact" may stand for it)
    last_body: tuple[str, str, int] | None = None
    # the acts of force told with a date of their own, over the whole document, newest last: what "the landing" or
    # "the blockade" a later reaction names was dated (the words of its trigger, its date)
    dated_acts: list[tuple[tuple[str, ...], object]] = field(default_factory=list)
    # the paragraph's topic: the state the last sentence opening with a state as its subject named (the coder sets it),
    # and whether the sentence before went on with it by a possessive ("Its economy ...") rather than a name
    topic: str | None = None
    topic_kept: bool = False
    _topic_before: str | None = None
    _kept_before: bool = False

    def start_sentence(self, paragraph: int) -> None:
        """Move to the next sentence; a new paragraph forgets the acts of the one before."""
        self.sentence += 1
        self.named_before, self.named = self.named, ()
        if paragraph != self.paragraph:
            self.paragraph = paragraph
            self.recent.clear()
            self.named_before = ()
            self.topic, self.topic_kept = None, False

    def note_opening(self, opener: str | None, possessive: bool) -> None:
        """Note how the sentence opens: with a state as its subject (the new topic), with "Its"/"Their" (the topic
        goes on), or otherwise. Read by ``kept_topic`` in the sentence after."""
        self._kept_before = self.topic_kept
        self._topic_before = self.topic
        if possessive:
            self.topic_kept = self.topic is not None
        else:
            self.topic_kept = False
            if opener is not None:
                self.topic = opener

    def kept_topic(self) -> str | None:
        """The topic a sentence-opening "it" stands for when the sentence before went on with it by a possessive
        ("Senegal became independent in 1960. Its economy rested on French aid. It recognized Mauritania in 1961"):
        Senegal, not the doer of an act the possessive's sentence told (France, by an adjective)."""
        return self._topic_before if self._kept_before else None

    def told(self, events: list[Event]) -> None:
        """Note the acts a sentence told (only those with two parties can lend one)."""
        if events:
            self.recent.extend((self.sentence, e) for e in events if e.source and e.target and e.source != e.target)
        if len(self.recent) > 12:
            del self.recent[:-12]

    def _within_reach(self) -> list[Event]:
        return [e for number, e in self.recent if 0 < self.sentence - number <= REACH]

    def acts_within_reach(self) -> list[Event]:
        """The acts of the paragraph's last sentences that may still lend their parties, oldest first."""
        return self._within_reach()

    def counterpart(self, source: str) -> str | None:
        """The state the doer last dealt with in the paragraph's last sentences: the target an act of its own leaves
        unnamed ("It recalled its envoy"), or None when the doer took no part in them, or dealt with two states."""
        others = [e.target if e.source == source else e.source for e in self._within_reach() if source in (e.source, e.target)]
        if not others:
            return None
        return others[-1]

    def antecedent(self, plural: bool) -> tuple[str, ...] | None:
        """The state(s) a sentence-opening "it" or "they" stands for when the sentence names none before it, from the
        sentence before: "Norway watched the war closely. It recognized Israel in 1949" (the one state it named);
        "Egypt and Syria planned together. They attacked Israel" (the two that acted together). Two states that
        fit equally leave "it" unresolved (an empty tuple); None when the sentence before gives no answer."""
        told = [e for number, e in self.recent if number == self.sentence - 1]
        if plural:
            doers = tuple(dict.fromkeys(e.source for e in told))
            if len(doers) > 1:
                return doers  # "Britain and France warned Germany. They declared war": each warned
            if len(told) == 1 and told[0].cameo[:2] in _JOINT_ROOTS and set(self.named_before) == {told[0].source, told[0].target}:
                return told[0].source, told[0].target  # "Egypt and Syria coordinated their plans": both did it
            return None
        if told or not self.named_before:
            return None  # an act told just before: its doer is "it" (the focus the caller holds)
        return self.named_before if len(self.named_before) == 1 else ()

    def note_dated_act(self, words: tuple[str, ...], dated) -> None:
        """Keep an act of force told with its own date (a few dozen at most: the latest are the ones named again)."""
        self.dated_acts.append((words, dated))
        if len(self.dated_acts) > 40:
            del self.dated_acts[:-40]

    def date_of_act_named(self, noun: str):
        """The date of the last act of force told with its own date whose trigger shares the noun's stem ("the
        landing": "landed at"; "the blockade": "imposed a blockade"), or None."""
        stem = noun[:4]
        for words, dated in reversed(self.dated_acts):
            for word in words:
                if word[:4] == stem:
                    return dated
        return None

    def last_act(self, conflict_only: bool) -> Event | None:
        """The act told last in the paragraph's last sentences (of force or hostility when asked): whose and on whom
        'the invasion' or 'the blockade' of the next sentence is, when it names no one."""
        for event in reversed(self._within_reach()):
            if not conflict_only or event.polarity == "conflict":
                return event
        return None


def paragraph_start(text: str, start: int, previous: int) -> bool:
    """Whether a blank line (or a line break before an indented or bulleted line) lies between the end of the
    sentence before (``previous``) and ``start``: a new paragraph."""
    gap = text[previous:start]
    return "\n\n" in gap or "\n \n" in gap or "\r\n\r\n" in gap
