try:
    f()
finally:
    g()
try:
    f()
except E as e:
    g(e)
else:
    h()
finally:
    done()
