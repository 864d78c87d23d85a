# A loop that never ends: the trace stops after --trace-limit steps with
# the format's instruction_limit_reached entry, and so does the program.
n = 0
while True:
    n += 1
