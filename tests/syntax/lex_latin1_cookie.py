# -*- coding: latin-1 -*-
print('café', 1_)
