"""The file in words and series: each event as a sentence, the figures as sentences, and the score and
the pass over clock time; everything read from a run's own record, nothing canned.

Why apart from the drawing: the words and the time series are the debrief's content, and they can be
read and tested without pygame; the drawing only places them. Every string is marked with ``N_`` and
translated here, when the debrief is drawn, so a language switch shows on the next frame.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from game import rulebook, tuning
from game.events import (
    BusRide,
    Event,
    Footage,
    GateScanned,
    Letter,
    Observed,
    Passage,
    PassChanged,
    PhoneLooked,
    PoliceAction,
    RuleFired,
    RunEnded,
    RunRecord,
    ScoreChanged,
    StationVisit,
    TensionRaised,
    Visit,
)
from game.i18n import N_, _, format_number, n_
from game.level.camera_kinds import KINDS
from game.level.model import Level
from game.level.story import DEFAULT_STORY, Story
from game.system.debrief import Debrief, Figures, Span, clock_minutes, walked_tiles
from game.system.explain import SayValue, rule_sentence

CAMERA_KIND_NAMES = {key: kind.name for key, kind in KINDS.items()}  # the registry's names
INFERENCES = {
    "walking": N_("walking"),
    "hurrying": N_("hurrying"),
    "anxious": N_("anxious"),
    "calm": N_("calm"),
    "dot": N_("a dot"),
}
OWNER_WORDS = {"state": N_("state"), "business": N_("business"), "private": N_("private")}
TENSION_BANDS = {"raised": N_("raised"), "high": N_("high"), "very high": N_("very high")}
# The lamps' colour at each band, as the world view draws it (``world_view.lamp_colour``).
LAMP_WORDS = {"raised": N_("pale amber"), "high": N_("amber"), "very high": N_("red")}
MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
          N_("August"), N_("September"), N_("October"), N_("November"), N_("December"))
SCORE_REASONS = {
    "waste_sorted": N_("waste sorted"),
    "bike_parked": N_("bike parked right"),
    "crossed_on_red": N_("crossed on red"),
}
GATE_RESULTS = {
    "passed": N_("you passed"),
    "entered": N_("you entered the hearing"),
    "sent_to_health_station": N_("sent to the health station"),
    "held": N_("held"),
}
STATION_RESULTS = {
    "cleared": N_("the pass was cleared"),
    "pending_review": N_("the pass stayed yellow: “pending review”"),
}
COLOUR_WORDS = {"green": N_("green"), "yellow": N_("yellow"), "red": N_("red")}
NOT_TOLD = N_("you were not told")
TOLD = N_("you were told")
NO_ENDING = N_("The recorded walk ends here")
HELD_LABELS = {
    "queue": N_("queue at a checkpoint"),
    "station": N_("health station"),
    "walked_home": N_("walked home"),
    "pulled_over": N_("held by police"),
    "held": N_("held at the gate"),
}

# Where the day ran out, when it ran out in one of the system's waits.
HEARING_BEGAN = {
    "queue": N_("Time ran out while you stood in the queue at a checkpoint."),
    "station": N_("Time ran out while you were kept at the health station."),
    "walked_home": N_("Time ran out while officers walked you back home."),
    "held": N_("Time ran out while police held you on the hard shoulder."),
    "bus": N_("Time ran out while you were on the bus."),
}


def word(table: dict[str, str], key: str) -> str:
    """The translated word for a code, or the code itself when the table does not know it."""
    return _(table[key]) if key in table else key.replace("_", " ")


def long_date(iso: str) -> str:
    """``"2027-01-07"`` as "7 January 2027" (translated); anything else (``"+28 days"``) as it is."""
    try:
        year, month, day = (int(part) for part in iso.split("-"))
        name = _(MONTHS[month - 1])
    except (ValueError, IndexError):
        return iso
    return _("{day} {month} {year}").format(day=day, month=name, year=year)


def camera_kinds(level: Level | None) -> dict[str, str]:
    """Each camera's kind by its label, to name the camera a footage or plate line is about."""
    return {camera.label: camera.kind for camera in level.cameras} if level is not None else {}


def format_minutes(minutes: float) -> str:
    whole = int(minutes)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def ending_title(ending: str | None, story: Story = DEFAULT_STORY) -> str:
    """The ending's title in the level's story, translated; a replay whose inputs ran out has none."""
    title = story.ending_title(ending)
    return _(title) if title else _(NO_ENDING)


def ending_clock(record: RunRecord, level: Level) -> str:
    """The clock time at which the run ended (its last event), or the start if nothing happened."""
    ended = [event for event in record.events if isinstance(event, RunEnded)]
    if ended:
        return ended[-1].clock
    if record.events:
        return record.events[-1].clock
    return format_minutes(level.start_minutes)


# --- the timeline -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One line of the timeline: when, what, and whether the player was told."""

    clock: str
    kind: str
    sentence: str
    hidden: bool = False  # a rule or pass change the player was not told of
    colour: str | None = None  # the pass colour this entry is about, if any
    camera_kind: str | None = None  # the kind of camera this entry is about, if any (for its mark)
    detail: str = ""  # how a rule that fired works, in words: the rule the system never showed her


def sentence(event: Event, kinds: dict[str, str] | None = None, story: Story = DEFAULT_STORY) -> str:
    """One event as a sentence a stranger can read, translated; ``kinds`` names cameras' kinds, and
    ``story`` is the level's, whose endings' titles the ending's line uses."""
    kinds = kinds or {}
    if isinstance(event, Observed) and event.inferred == "dot":
        return _("{camera} ({kind}) counted you: a dot, no face and no name").format(
            camera=event.camera, kind=word(CAMERA_KIND_NAMES, event.camera_kind))
    if isinstance(event, Footage):
        what = ", ".join(part for part in (
            word(CAMERA_KIND_NAMES, kinds[event.camera]) if event.camera in kinds else "",
            word(OWNER_WORDS, event.owner), _("registered")) if part)
        return _("{seen_at} {camera} ({what}): footage handed to the police at {clock}").format(
            seen_at=event.seen_at, camera=event.camera, what=what, clock=event.clock)
    if isinstance(event, Passage):
        return _("{camera} read your number plate; kept until {date}").format(
            camera=event.camera, date=long_date(event.kept_until))
    if isinstance(event, Letter):
        return _("A letter on your phone: “{text}” No reason given.").format(text=_(event.text))
    if isinstance(event, Visit):
        if event.choice == "talk":
            return _("Officers at your door to talk about your plans: you talked to them")
        return _("Officers at your door to talk about your plans: you declined")
    if isinstance(event, TensionRaised):
        return _("The smart street's tension reading rose to {band}: the lamps turned {colour}").format(
            band=word(TENSION_BANDS, event.band), colour=word(LAMP_WORDS, event.band))
    if isinstance(event, BusRide):
        return n_("You took the bus from {stop} to {to} ({minutes} minute): no number plate read",
                  "You took the bus from {stop} to {to} ({minutes} minutes): no number plate read",
                  event.minutes).format(stop=_(event.stop), to=_(event.to), minutes=event.minutes)
    if isinstance(event, Observed):
        return _("{camera} ({kind}) saw you: “{inferred}”, {confidence}%").format(
            camera=event.camera,
            kind=word(CAMERA_KIND_NAMES, event.camera_kind),
            inferred=word(INFERENCES, event.inferred),
            confidence=round(event.confidence * 100),
        )
    if isinstance(event, RuleFired):
        return _("Rule {rule} fired: {text}").format(rule=event.rule, text=_(event.text))
    if isinstance(event, PassChanged):
        colour = word(COLOUR_WORDS, event.to)
        if event.rule:
            return _("Your pass turned {colour} (rule {rule})").format(colour=colour, rule=event.rule)
        return _("Your pass turned {colour} again").format(colour=colour)
    if isinstance(event, ScoreChanged):
        return _("Score {delta:+d}, {reason}: now {score}").format(
            delta=event.delta, reason=word(SCORE_REASONS, event.reason), score=event.score
        )
    if isinstance(event, GateScanned):
        return _("{gate} scanned your pass ({colour}): {result}").format(
            gate=event.gate,
            colour=word(COLOUR_WORDS, event.pass_colour),
            result=word(GATE_RESULTS, event.result),
        )
    if isinstance(event, StationVisit):
        return n_("{station}: {minutes} minute; {result}", "{station}: {minutes} minutes; {result}",
                  event.minutes).format(station=_(event.station), minutes=event.minutes,
                                        result=word(STATION_RESULTS, event.result))
    if isinstance(event, PoliceAction):
        if event.action == "pulled_over":  # held past the deadline: its minutes are not the point
            return _("Police pulled you off the highway and held you for hours")
        if event.action == "walked_home":
            return n_("Officers walked you back home: {minutes} minute lost",
                      "Officers walked you back home: {minutes} minutes lost", event.minutes).format(
                minutes=event.minutes)
        return n_("Police: {action}, {minutes} minute", "Police: {action}, {minutes} minutes",
                  event.minutes).format(action=event.action, minutes=event.minutes)
    if isinstance(event, PhoneLooked):
        return _("You looked at your phone: the pass was {colour}").format(
            colour=word(COLOUR_WORDS, event.pass_colour)
        )
    if isinstance(event, RunEnded):
        title = _("Ending: {title}").format(title=ending_title(event.ending, story))
        if event.during in HEARING_BEGAN:  # the clock stopped there: nothing runs past the hearing
            return _("{ending}. {during}").format(ending=title, during=_(HEARING_BEGAN[event.during]))
        return title
    return event.kind


def timeline(record: RunRecord, level: Level | None = None) -> list[Entry]:
    """Every event of the run in order, as timeline entries; with the ``level``, footage and plate
    lines name their camera's kind. Footage handed over and plates read were never told to her."""
    kinds = camera_kinds(level)
    rules = {rule.rule_id: rule for rule in level.rules} if level is not None else {}
    story = level.story if level is not None else DEFAULT_STORY
    say = value_words(story)
    entries = []
    for event in record.events:
        hidden = isinstance(event, (RuleFired, PassChanged)) and not event.told
        hidden |= isinstance(event, (Footage, Passage))
        colour = None
        if isinstance(event, PassChanged):
            colour = event.to
        elif isinstance(event, (GateScanned, PhoneLooked)):
            colour = event.pass_colour
        camera_kind = None
        if isinstance(event, Observed):
            camera_kind = event.camera_kind
        elif isinstance(event, (Passage, Footage)):
            camera_kind = kinds.get(event.camera)
        words = sentence(event, kinds, story)
        if isinstance(event, PhoneLooked) and level is not None and not level.checks_pass:
            words, colour = _("You looked at your phone"), None  # nothing there scans a pass
        detail = ""
        if isinstance(event, RuleFired) and event.rule in rules:
            detail = rule_sentence(rules[event.rule], say)
        entries.append(Entry(event.clock, event.kind, words, hidden, colour, camera_kind, detail))
    return entries


CHOICE_WORDS = {"talk": N_("talk to the officers"), "decline": N_("turn the officers away")}


def value_words(story: Story) -> SayValue:
    """How the file says a rule's value: a colour, a camera kind, a hidden attribute or an ending in
    words, a number as the language writes it, a share as a percentage."""

    def say(kind: str, value: Any) -> str:
        if kind == rulebook.COLOUR:
            return word(COLOUR_WORDS, value)
        if kind == rulebook.CAMERA_KIND:
            return word(CAMERA_KIND_NAMES, value)
        if kind == rulebook.PROFILE_KEY:
            return _(story.attribute_name(value))
        if kind == rulebook.ENDING:
            return ending_title(value, story)
        if kind == rulebook.CHOICE:
            return word(CHOICE_WORDS, value)
        if kind == rulebook.SHARE:
            return _percent(value)
        if kind in (rulebook.WHOLE, rulebook.NUMBER):
            return format_number(value)
        return str(value)

    return say


# --- the figures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureLine:
    """A big number and the sentence that says what it means."""

    number: str
    sentence: str


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _lost_to(figures: Figures) -> str:
    """What took the player's time: 'queue at a checkpoint (2×), health station'."""
    return ", ".join(_(HELD_LABELS.get(what, what)) + (f" ({count}×)" if count > 1 else "")
                     for what, count in figures.lost_to)


KEPT_EVENTS = (Footage, Passage, Letter, Visit, TensionRaised, BusRide)


def kept_figures(record: RunRecord) -> bool:
    """Whether a file is about what was kept (the second scenario's machinery) more than a pass."""
    return any(isinstance(event, KEPT_EVENTS) for event in record.events)


def kept_figure_lines(record: RunRecord, figures: Figures) -> list[FigureLine]:
    """What was kept: live observations, footage handed over, plates kept and until when, letters."""
    events = record.events
    dots = sum(1 for e in events if isinstance(e, Observed) and e.inferred == "dot")
    count, seen = figures.observations, len(figures.cameras_that_saw)
    if count:
        by = n_("by one camera", "by {cameras} cameras", seen).format(cameras=seen)
        live = n_("observation live, {by}", "observations live, {by}", count).format(by=by)
        if dots == count:
            live += " " + n_("(only as a dot: no face, no name).",
                             "(all of them only as dots: no face, no name).", dots)
        elif dots:
            live += " " + n_("({dots} of them saw you only as a dot).",
                             "({dots} of them saw you only as dots).", dots).format(dots=dots)
        else:
            live += "."
    else:
        live = _("observations live: no camera recognised you.")
    footage = [e for e in events if isinstance(e, Footage)]
    if footage:
        owners = {owner: len({e.camera for e in footage if e.owner == owner}) for owner in OWNER_WORDS}
        parts = ", ".join(f"{count} {word(OWNER_WORDS, owner)}" for owner, count in owners.items() if count)
        handed = n_("recording of you handed to the police afterwards, from registered cameras ({owners}).",
                    "recordings of you handed to the police afterwards, from registered cameras ({owners}).",
                    len(footage)).format(owners=parts)
    else:
        handed = _("recordings handed to the police: registered cameras kept you, but nobody ordered them.")
    passages = [e for e in events if isinstance(e, Passage)]
    if passages:
        until = long_date(passages[-1].kept_until)  # the latest: passages come in time order
        plates = n_("number-plate passage kept, until {date}.", "number-plate passages kept, until {date}.",
                    len(passages)).format(date=until)
    elif any(isinstance(e, BusRide) for e in events):
        plates = _("number-plate passages: you took the bus, and a bus reads no plate of yours.")
    else:
        plates = _("number-plate passages: you never drove past a plate reader.")
    letters = sum(1 for e in events if isinstance(e, Letter))
    letter = (n_("letter, with no reason given.", "letters, with no reason given.", letters) if letters
              else _("letters: nobody wrote to you."))
    return [
        FigureLine(str(count), live),
        FigureLine(str(len(footage)), handed),
        FigureLine(str(len(passages)), plates),
        FigureLine(str(letters), letter),
    ]


def _cameras_line(seen: int, on_screen: int) -> str:
    """How many cameras saw her and how many of them she ever had on her screen."""
    if not seen:
        return _("cameras saw you: none recognised you.")
    if seen == 1:
        if on_screen:
            return _("camera saw you, and it was on your screen at some point.")
        return _("camera saw you, and it was never on your screen.")
    if not on_screen:
        return _("cameras saw you; none of them was ever on your screen.")
    if on_screen == seen:
        return _("cameras saw you; each of them was on your screen at some point.")
    if on_screen == 1:
        return _("cameras saw you; only one of them was ever on your screen.")
    return n_("camera saw you; {on_screen} of them was ever on your screen.",
              "cameras saw you; {on_screen} of them were ever on your screen.",
              on_screen).format(on_screen=on_screen)


def _pace_line(count: int, minutes_played: float) -> str:
    """How many observations in how long, and the pace in words ('less than one a minute')."""
    minutes = round(minutes_played)
    time = (n_("{minutes} minute", "{minutes} minutes", minutes).format(minutes=minutes) if minutes
            else _("less than a minute"))
    head = n_("observation of you in {time}", "observations of you in {time}", count).format(time=time)
    if not count or not minutes:
        return head + "."
    rate = round(count / minutes_played)
    if count < minutes_played:
        return _("{head}: less than one a minute.").format(head=head)
    return n_("{head}: about one a minute.", "{head}: about {rate} a minute.", rate).format(
        head=head, rate=rate)


def figure_lines(record: RunRecord, figures: Figures, level: Level | None = None) -> list[FigureLine]:
    """The debrief's figures, phrased so that a stranger understands them (for a level with a goal
    instead of a court door, or a file of what was kept, the figures of what was kept)."""
    if (level is not None and level.goal is not None) or kept_figures(record):
        return kept_figure_lines(record, figures)
    seen = len(figures.cameras_that_saw)
    lost_to = _lost_to(figures)
    lost = (
        n_("minute lost to the system: {what}.", "minutes lost to the system: {what}.",
           figures.minutes_lost).format(what=lost_to)
        if lost_to
        else _("minutes lost to the system: it never held you up.")
    )
    shortest = _percent(figures.shortest_share_in_reach)
    if walked_tiles(record):
        reach = _("of your walk was in a camera's reach; the shortest route: {shortest}.").format(
            shortest=shortest
        )
    else:
        reach = _(
            "of your walk was in a camera's reach: you never walked. The shortest route: {shortest}."
        ).format(shortest=shortest)
    return [
        FigureLine(str(seen), _cameras_line(seen, figures.cameras_that_saw_on_screen)),
        FigureLine(str(figures.minutes_lost), lost),
        FigureLine(str(figures.observations), _pace_line(figures.observations, figures.minutes_played)),
        FigureLine(_percent(figures.share_in_reach), reach),
    ]


# --- the series over clock time ---------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    """The score and the true pass over clock time, and the time the system took away."""

    start: float
    end: float  # the axis end: the later of the hearing and the last event
    ended: float  # when the run ended
    hearing: float
    scores: tuple[tuple[float, int], ...]  # (minute, score after the change), from the start
    passes: tuple[Span, ...]
    holds: tuple[Span, ...]
    looks: tuple[float, ...]  # when the player looked at the phone
    deadline: str = DEFAULT_STORY.deadline  # what the deadline line on the chart is (untranslated)


def series(file: Debrief, end: float | None = None) -> Series:
    """The score and pass over clock time, and the file's time taken; ``end`` stretches the axis (to
    share it with another file)."""
    record, level = file.record, file.level
    start = float(level.start_minutes)
    ended = float(clock_minutes(ending_clock(record, level)))
    axis_end = max(float(level.hearing_minutes), ended, end or 0.0, start + 1.0)
    scores: list[tuple[float, int]] = [(start, tuning.START_SCORE)]
    passes: list[Span] = []
    holds = [Span(span.start, min(axis_end, span.end), span.what) for span in file.spans]
    looks: list[float] = []
    colour, since = "green", start
    for event in record.events:
        minute = float(clock_minutes(event.clock))
        if isinstance(event, ScoreChanged):
            scores.append((minute, event.score))
        elif isinstance(event, PassChanged) and event.to != colour:
            if minute > since:
                passes.append(Span(since, minute, colour))
            colour, since = event.to, minute
        elif isinstance(event, PhoneLooked):
            looks.append(minute)
    passes.append(Span(since, max(ended, since), colour))
    return Series(
        start,
        axis_end,
        ended,
        float(level.hearing_minutes),
        tuple(scores),
        tuple(passes),
        tuple(holds),
        tuple(looks),
        level.story.deadline,
    )


# --- what-if ----------------------------------------------------------------------------------


# The hidden attributes the shipped levels define, as a workshop reads them; others show their key.
PROFILE_LABELS = {
    "relative_of_detainee": N_("relative of a detainee"),
    "second_nationality": N_("second nationality"),
    "organiser": N_("organiser of the demonstration"),
}


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return json.dumps(value) if isinstance(value, (int, float)) or value is None else str(value)


def describe_profile_change(before: dict[str, Any], after: dict[str, Any]) -> str:
    """'relative of a detainee: no': the hidden attributes that differ, in words."""
    keys = sorted(set(before) | set(after))
    return ", ".join(f"{_(PROFILE_LABELS[key]) if key in PROFILE_LABELS else key}: {_value(after.get(key))}"
                     for key in keys if before.get(key) != after.get(key))


def profile_difference(left: RunRecord, right: RunRecord) -> str:
    """How the right file's profile differs from the left's, e.g. 'relative of a detainee: no'."""
    return describe_profile_change(left.profile, right.profile)


def comparison_labels(left: RunRecord, right: RunRecord) -> tuple[str, str]:
    """Column headings: 'As played' and 'What if: KEY = VALUE' (derived from the two profiles)."""
    changed = profile_difference(left, right)
    if not changed:
        return _("As played"), _("Played again")
    return _("As played"), _("What if: {change}").format(change=changed)
