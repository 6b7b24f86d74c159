"""Flagged: a game about how you get a flag behind your name, and never find out why.

Importing the package loads nothing heavy: no pygame, so the model layers and the tests can use
it on machines with no display.
"""

__version__ = "0.1.0"
