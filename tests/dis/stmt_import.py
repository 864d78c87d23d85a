import os
import os.path
import os.path as osp
import a.b.c as d
from os import path
from os import path as p, sep
from . import x
from .. import y as z
from .mod import f
from ...pkg.mod import g, h
from math import *
