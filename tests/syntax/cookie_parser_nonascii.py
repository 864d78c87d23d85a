# -*- coding: utf-8 -*-
# The cookie declares how the file is written: columns count characters again.
x = 'é' 1
