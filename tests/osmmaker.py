"""Invented OpenStreetMap extracts for the importer's tests: a few streets, written as .osm XML or as
Overpass JSON. No downloaded data: every coordinate and tag here is made up."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

BOUNDS = (52.0900, 5.1200, 52.0920, 5.1240)  # min lat, min lon, max lat, max lon


@dataclass
class Extract:
    """Nodes and ways being invented; ``node`` and ``way`` return the new element's id."""

    nodes: list[tuple[int, float, float, dict[str, str]]] = field(default_factory=list)
    ways: list[tuple[int, list[int], dict[str, str]]] = field(default_factory=list)
    bounds: tuple[float, float, float, float] | None = BOUNDS
    next_id: int = 1

    def node(self, lat: float, lon: float, **tags: str) -> int:
        ident = self.next_id
        self.next_id += 1
        self.nodes.append((ident, lat, lon, {key.replace("__", ":"): value for key, value in tags.items()}))
        return ident

    def way(self, refs: list[int], **tags: str) -> int:
        ident = 1000 + len(self.ways)
        self.ways.append((ident, refs, {key.replace("__", ":"): value for key, value in tags.items()}))
        return ident

    def line(self, points: list[tuple[float, float]], **tags: str) -> int:
        return self.way([self.node(lat, lon) for lat, lon in points], **tags)

    def box(self, south: float, west: float, north: float, east: float, **tags: str) -> int:
        corners = [self.node(south, west), self.node(south, east), self.node(north, east),
                   self.node(north, west)]
        return self.way([*corners, corners[0]], **tags)

    def camera(self, lat: float, lon: float, **tags: str) -> int:
        return self.node(lat, lon, man_made="surveillance", **tags)

    def xml(self) -> str:
        def tags(values: dict[str, str]) -> str:
            return "".join(f"<tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in values.items())

        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="invented">']
        if self.bounds:
            south, west, north, east = self.bounds
            lines.append(f'<bounds minlat="{south}" minlon="{west}" maxlat="{north}" maxlon="{east}"/>')
        for ident, lat, lon, values in self.nodes:
            lines.append(f'<node id="{ident}" lat="{lat}" lon="{lon}">{tags(values)}</node>')
        for ident, refs, values in self.ways:
            nds = "".join(f'<nd ref="{ref}"/>' for ref in refs)
            lines.append(f'<way id="{ident}">{nds}{tags(values)}</way>')
        return "\n".join([*lines, "</osm>"]) + "\n"

    def overpass(self) -> str:
        elements = [{"type": "node", "id": ident, "lat": lat, "lon": lon,
                     **({"tags": values} if values else {})} for ident, lat, lon, values in self.nodes]
        elements += [{"type": "way", "id": ident, "nodes": refs, "tags": values}
                     for ident, refs, values in self.ways]
        data: dict[str, object] = {"version": 0.6, "elements": elements}
        if self.bounds:
            south, west, north, east = self.bounds
            data["bounds"] = {"minlat": south, "minlon": west, "maxlat": north, "maxlon": east}
        return json.dumps(data)

    def write(self, path: Path, overpass: bool = False) -> Path:
        path.write_text(self.overpass() if overpass else self.xml(), encoding="utf-8")
        return path


def few_streets() -> Extract:
    """A few invented streets: a main street clipped at the west edge, a cross street, a one-way
    street, a footpath, a house, a courthouse, shops, a park, a pond, and cameras of every form."""
    osm = Extract()
    west_outside = 999_999  # a node of the main street the extract does not hold: clipped at the edge
    main = [osm.node(52.0910, lon) for lon in (5.1200, 5.1215, 5.1230, 5.1240)]
    osm.way([west_outside, *main], highway="residential", name="Invented Street")
    osm.line([(52.0900, 5.1220), (52.0910, 5.1220), (52.0920, 5.1220)], highway="tertiary")
    osm.line([(52.0903, 5.1203), (52.0903, 5.1237)], highway="residential", oneway="yes")
    osm.line([(52.0917, 5.1203), (52.0917, 5.1218)], highway="footway")
    osm.line([(52.0903, 5.1203), (52.0917, 5.1203)], highway="footway")
    osm.box(52.09125, 5.12045, 52.09155, 5.12085, building="house")
    osm.box(52.09125, 5.12100, 52.09150, 5.12150, building="retail")
    osm.box(52.09050, 5.12260, 52.09080, 5.12340, building="yes", amenity="courthouse")
    osm.box(52.09050, 5.12060, 52.09075, 5.12120, building="apartments")
    osm.box(52.09125, 5.12260, 52.09160, 5.12330, leisure="park")
    osm.box(52.09135, 5.12280, 52.09145, 5.12300, natural="water")
    osm.camera(52.0910, 5.1210, surveillance="public", camera__type="fixed", camera__direction="90")
    osm.camera(52.0910, 5.1225, surveillance="public", camera__type="dome")
    osm.camera(52.0915, 5.1220, surveillance="public", camera__direction="NE")
    osm.camera(52.0912, 5.1232, surveillance="public", camera__type="fixed", camera__direction="0-90")
    osm.camera(52.0903, 5.1212, surveillance__type="ALPR")  # on the one-way street, no direction
    osm.camera(52.09065, 5.12300, camera__mount="wall")  # inside the courthouse's footprint
    osm.camera(52.0908, 5.1235, surveillance="indoor")
    osm.camera(52.0906, 5.1217)  # nothing but man_made=surveillance
    osm.node(52.0909, 5.1213, amenity="waste_basket")
    return osm
