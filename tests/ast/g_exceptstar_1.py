# except* handles parts of an ExceptionGroup
def run_tasks():
    errors = [ValueError("bad value"), TypeError("bad type"), ValueError("again")]
    raise ExceptionGroup("task failures", errors)


try:
    run_tasks()
except* ValueError as group:
    for e in group.exceptions:
        print("value error:", e)
except* TypeError as group:
    print("type errors:", len(group.exceptions))
