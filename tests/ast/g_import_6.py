# Relative imports mixing '...' and '.' tokens, one import per line
from ... import a
from .... import b
from ...... import c
from ...x import d
from . import (e, f as g)
from .y.z import h as i, j
import k.l.m as n


def use():
    return a, b, c, d, e, g, i, j, n
