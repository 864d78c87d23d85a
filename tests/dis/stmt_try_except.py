try:
    f()
except:
    g()
try:
    f()
except ValueError:
    g()
try:
    f()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
else:
    h()
