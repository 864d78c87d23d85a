# -*- coding: utf-8 -*-
# Non-ASCII identifiers and text
café = "coffee"
π = 3.14159
größe = 1.85
naïve_count = 0
ταχύτητα = 42
数字 = [1, 2, 3]
µs = 1e-6
print(café, π * 2, größe, naïve_count, ταχύτητα, sum(数字), µs)
print("héllo wörld", "日本語", "emoji 🐍")
