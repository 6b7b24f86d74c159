"""The visible number against the hidden flag: the score over clock time, above the true pass.

Why one time axis in clock times: the score moved loudly and decided little, while the pass, which
the player saw only when she looked, decided the day; stacked on the same clock they tell that story
at a glance. Time the system took (the health station, the police) is hatched on the band, and the
hearing is a line, so the minutes lost are visible as well as counted.
"""

from __future__ import annotations

import pygame

from game.i18n import _
from game.render import palette
from game.render.art import Art
from game.render.debrief_story import HELD_LABELS, Series, format_minutes
from game.render.panels import log_card, log_text
from game.render.phone import pass_symbol
from game.render.text import text, text_size

HOLD_GREY = (150, 150, 146)


def _hatch(
    surface: pygame.Surface, rect: pygame.Rect, colour: tuple[int, ...], spacing: int, width: int
) -> None:
    """Diagonal stripes clipped to ``rect``: a hold reads without its colour."""
    clip = surface.get_clip()
    surface.set_clip(rect.clip(clip) if clip else rect)
    for offset in range(-rect.height, rect.width, spacing):
        pygame.draw.line(
            surface, colour, (rect.x + offset, rect.bottom), (rect.x + offset + rect.height, rect.top), width
        )
    surface.set_clip(clip)


def axis_step(span_minutes: float) -> int:
    """Minutes between labelled ticks: about five to eight labels whatever the length of the day."""
    for step in (5, 10, 15, 30, 60, 120):
        if span_minutes / step <= 8:
            return step
    return 240


def chart_height(surface: pygame.Surface, art: Art, data: Series, width: int, unit: float) -> int:
    """The least height ``draw_chart`` needs at this width and text size: the score's row and the
    pass band each as tall as their labels, the clock axis and the legend below."""
    u = unit
    label_h = text_size(surface, art, "label", "Ag")[1]
    small_h = text_size(surface, art, "small", "Ag")[1]
    holds = bool(data.holds) or data.ended < data.end
    legend_h = _legend(surface, art, pygame.Rect(0, 0, width, 0), u, bool(data.looks), holds, draw=False,
                       deadline=data.deadline) + round(8 * u)
    plot_h = max(2.2 * label_h + 34 * u, label_h / 0.38)  # the band is 0.38 of the plot, at most 96 u
    return round(8 * u + plot_h + 10 * u + small_h + legend_h)


def draw_chart(
    surface: pygame.Surface,
    art: Art,
    data: Series,
    area: pygame.Rect,
    unit: float,
    *,
    score_rows: bool = True,
    label_width: int | None = None,
    legend: bool = True,
) -> None:
    """Score line (if ``score_rows``) above the pass band, on one clock axis, inside ``area``; below
    the axis a ``legend`` of the marks."""
    u = unit
    small_h = text_size(surface, art, "small", "Ag")[1]
    labels = (_("Score"), _("Pass"))
    if label_width is None:
        label_width = max(text_size(surface, art, "label", label)[0] for label in labels) + round(24 * u)
    holds = bool(data.holds)
    legend_h = (
        _legend(surface, art, pygame.Rect(area.x, 0, area.width, 0), u, bool(data.looks), holds, draw=False,
                deadline=data.deadline)
        + round(8 * u)
        if legend
        else 0
    )
    plot = pygame.Rect(
        area.x + label_width,
        area.y + round(8 * u),
        area.width - label_width - round(16 * u),
        area.height - round(8 * u) - small_h - round(10 * u) - legend_h,
    )
    span = data.end - data.start

    def x_of(minute: float) -> int:
        return plot.x + round((minute - data.start) / span * plot.width)

    band_h = round(min(plot.height * (0.38 if score_rows else 1.0), 96 * u))
    band = pygame.Rect(plot.x, plot.bottom - band_h, plot.width, band_h)
    pygame.draw.rect(surface, (226, 222, 212), band)
    for piece in data.passes:
        rect = pygame.Rect(
            x_of(piece.start), band.y, max(1, x_of(piece.end) - x_of(piece.start)), band.height
        )
        pygame.draw.rect(surface, palette.PASS_COLOURS.get(piece.what, HOLD_GREY), rect)
        radius = round(min(band.height * 0.34, 26 * u))
        if rect.width > radius * 3:
            pass_symbol(surface, piece.what, rect.center, radius)
    for hold in data.holds:
        rect = pygame.Rect(x_of(hold.start), band.y, max(2, x_of(hold.end) - x_of(hold.start)), band.height)
        pygame.draw.rect(surface, HOLD_GREY, rect)
        _hatch(surface, rect, palette.INK_SOFT, max(6, round(14 * u)), max(2, round(3 * u)))
        words = _(HELD_LABELS.get(hold.what, hold.what))
        if text_size(surface, art, "small", words)[0] + round(16 * u) < rect.width:
            tag = art.text("small", surface.get_height(), words, palette.TEXT_LIGHT)
            back = tag.get_rect(center=rect.center).inflate(round(12 * u), round(4 * u))
            pygame.draw.rect(surface, palette.PAPER_DARK, back, border_radius=round(6 * u))
            log_card(surface, back)
            text(surface, art, "small", words, palette.TEXT_LIGHT, center=rect.center)
    pygame.draw.rect(surface, palette.INK, band, max(1, round(2 * u)))
    for look in data.looks:  # when she looked at the phone: the only moments she knew the pass
        tip = (x_of(look), band.y - round(3 * u))
        size = 10 * u
        pygame.draw.polygon(
            surface,
            palette.INK,
            [tip, (tip[0] - size, tip[1] - size * 1.4), (tip[0] + size, tip[1] - size * 1.4)],
        )
    text(surface, art, "label", labels[1], palette.INK, midright=(plot.x - round(12 * u), band.centery))

    if score_rows:
        line_area = pygame.Rect(plot.x, plot.y + round(4 * u), plot.width, band.y - plot.y - round(30 * u))
        values = [score for _, score in data.scores]
        low, high = min(values), max(values)
        pad = max(10, (high - low) * 0.25)
        low, high = low - pad, high + pad

        def y_of(score: float) -> int:
            return line_area.bottom - round((score - low) / (high - low) * line_area.height)

        pygame.draw.line(
            surface, (200, 196, 186), line_area.bottomleft, line_area.bottomright, max(1, round(2 * u))
        )
        points: list[tuple[int, int]] = []
        for (minute, score), following in zip(
            data.scores, [*data.scores[1:], (data.ended, None)], strict=True
        ):
            x0, x1, y = x_of(minute), x_of(max(following[0], minute)), y_of(score)
            if points:
                points.append((x0, points[-1][1]))
            points.append((x0, y))
            points.append((x1, y))
        width = max(3, round(5 * u))
        if len(points) >= 2:
            pygame.draw.lines(surface, palette.INK, False, points, width)
        for minute, score in data.scores[1:]:
            pygame.draw.circle(surface, palette.INK, (x_of(minute), y_of(score)), round(6 * u))
        first, last = data.scores[0][1], data.scores[-1][1]
        last_x, last_y = x_of(data.ended), y_of(last)
        last_size = text_size(surface, art, "label", str(last))
        if last_x + last_size[0] + round(14 * u) <= plot.right:
            last_place = pygame.Rect((0, 0), last_size)
            last_place.midleft = (last_x + round(10 * u), last_y)
        else:
            last_place = pygame.Rect((0, 0), last_size)
            last_place.bottomright = (last_x, last_y - round(6 * u))
            if last_place.top < area.y:  # under its point rather than over what is above the chart
                last_place.topright = (last_x, last_y + round(6 * u))
        text(surface, art, "label", str(last), palette.INK, topleft=last_place.topleft)
        first_place = pygame.Rect((0, 0), text_size(surface, art, "small", str(first)))
        first_place.bottomleft = (plot.x + round(6 * u), y_of(first) - round(6 * u))
        if first_place.top < area.y:  # over its point, else under it: never over the card's title
            first_place.topleft = (plot.x + round(6 * u), y_of(first) + round(6 * u))
        if not first_place.colliderect(last_place):  # a short run: the score it ended on says enough
            text(surface, art, "small", str(first), palette.INK_SOFT, topleft=first_place.topleft)
        text(
            surface,
            art,
            "label",
            labels[0],
            palette.INK,
            midright=(plot.x - round(12 * u), line_area.centery),
        )

    label_w = text_size(surface, art, "small", "00:00")[0]
    step = axis_step(span)
    while step < 240 and step / span * plot.width < label_w * 1.4:
        step *= 2
    minute = (int(data.start) // step) * step
    axis_y = band.bottom + round(6 * u)
    last_right = -(10**6)
    while minute <= data.end:
        if minute >= data.start:
            x = x_of(minute)
            pygame.draw.line(surface, palette.INK_SOFT, (x, band.bottom), (x, axis_y), max(1, round(2 * u)))
            clamped = min(max(x, plot.x + label_w // 2), plot.right - label_w // 2)
            if clamped - label_w // 2 > last_right + round(10 * u):
                last_right = text(
                    surface, art, "small", format_minutes(minute), palette.INK_SOFT, midtop=(clamped, axis_y)
                ).right
        minute += step
    hearing_x = x_of(data.hearing)
    for y in range(plot.y, band.bottom, max(4, round(12 * u))):
        pygame.draw.line(
            surface, palette.COURT_GOLD, (hearing_x, y), (hearing_x, y + round(6 * u)), max(2, round(3 * u))
        )
    if legend:
        _legend(
            surface,
            art,
            pygame.Rect(area.x, axis_y + small_h + round(8 * u), area.width, 0),
            u,
            bool(data.looks),
            holds,
            deadline=data.deadline,
        )


def _legend_items(looks: bool, holds: bool, deadline: str = "the hearing") -> list[tuple[str, str]]:
    items = [("hearing", _(deadline))]
    if looks:
        items.append(("looked", _("you looked at your phone")))
    if holds:
        items.append(("taken", _("time taken from you")))
    return items


def _legend(
    surface: pygame.Surface,
    art: Art,
    rect: pygame.Rect,
    u: float,
    looks: bool,
    holds: bool,
    draw: bool = True,
    deadline: str = "the hearing",
) -> int:
    """What the line, the triangles and the hatching mean, flowing onto more rows if need be; returns
    the height it takes."""
    height = surface.get_height()
    role_h = round(height * 0.85)
    step = art.font("small", role_h).get_linesize() + round(4 * u)
    mark_w, gap = round(44 * u), round(28 * u)
    x, y = rect.x, rect.y
    for key, words in _legend_items(looks, holds, deadline):
        width = art.font("small", role_h).size(words)[0]
        if x > rect.x and x + mark_w + width > rect.right:
            x, y = rect.x, y + step
        mid = y + step // 2
        if draw:
            if key == "hearing":
                for dash in range(mid - round(13 * u), mid + round(13 * u), max(4, round(10 * u))):
                    pygame.draw.line(
                        surface,
                        palette.COURT_GOLD,
                        (x + round(16 * u), dash),
                        (x + round(16 * u), dash + round(5 * u)),
                        max(2, round(3 * u)),
                    )
            elif key == "looked":
                size = 10 * u
                pygame.draw.polygon(
                    surface,
                    palette.INK,
                    [(x + size, mid + size * 0.7), (x, mid - size * 0.7), (x + 2 * size, mid - size * 0.7)],
                )
            else:
                box = pygame.Rect(x, mid - round(11 * u), round(34 * u), round(22 * u))
                pygame.draw.rect(surface, HOLD_GREY, box)
                _hatch(surface, box, palette.INK_SOFT, max(6, round(10 * u)), max(2, round(3 * u)))
            image = art.text("small", role_h, words, palette.INK_SOFT)
            place = image.get_rect(midleft=(x + mark_w, mid))
            surface.blit(image, place)
            log_text(surface, image, place, words)
        x += mark_w + width + gap
    return y + step - rect.y
