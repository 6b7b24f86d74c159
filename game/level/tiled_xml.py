"""Writing Tiled's XML: one typed property, as the OSM import and the level builders write it."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr


def property_xml(name: str, value: str | float | bool) -> str:
    """``<property .../>`` with Tiled's type for a bool, a float (shortest form) or an int."""
    if isinstance(value, bool):
        return f'<property name={quoteattr(name)} type="bool" value="{str(value).lower()}"/>'
    if isinstance(value, float):
        return f'<property name={quoteattr(name)} type="float" value="{value:g}"/>'
    if isinstance(value, int):
        return f'<property name={quoteattr(name)} type="int" value="{value}"/>'
    return f"<property name={quoteattr(name)} value={quoteattr(str(value))}/>"
