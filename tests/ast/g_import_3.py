# Relative imports inside a package module
from . import models
from .models import User, Group
from .. import settings
from ..utils import helpers as h
from ...core.db import (connect, close,)
from .... import toplevel
from .....deep import thing
from .sub.module import *


def setup():
    conn = connect(settings.DATABASE)
    user = User(h.default_name())
    return conn, user, models, Group, close, toplevel, thing
