# sqlite3: connect, execute with ? and :name parameters, executemany,
# fetchone/fetchmany/fetchall, rowcount, lastrowid, description, and the
# errors CPython raises for bad parameters and bad SQL.
import sqlite3


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__module__, type(e).__name__, e)


conn = sqlite3.connect(":memory:")
print(type(conn).__name__, type(conn).__module__, sqlite3.Connection.__module__)
cur = conn.cursor()
print(type(cur).__name__, cur.connection is conn)
print(cur.rowcount, cur.lastrowid, cur.arraysize, cur.description)

cur.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT UNIQUE, age INTEGER)")
print("create rowcount", cur.rowcount, cur.description)
cur.execute("INSERT INTO people (name, age) VALUES (?, ?)", ("Ada", 36))
print("insert", cur.rowcount, cur.lastrowid)
cur.executemany("INSERT INTO people (name, age) VALUES (?, ?)",
                [("Grace", 85), ("Linus", 54), ("Guido", 67)])
print("executemany", cur.rowcount, cur.lastrowid)
cur.execute("INSERT INTO people (name, age) VALUES (:name, :age)", {"name": "Barbara", "age": 83})
print("named", cur.lastrowid)
cur.executemany("INSERT INTO people (name) VALUES (?)", (("n%d" % i,) for i in range(3)))
print("generator", cur.rowcount)

cur.execute("SELECT id, name, age FROM people ORDER BY id")
print([d[0] for d in cur.description], len(cur.description[0]), cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany())
print(cur.fetchmany(2))
cur.arraysize = 3
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall(), cur.fetchmany())

for row in conn.execute("SELECT name FROM people WHERE age > ? ORDER BY age", (60,)):
    print("iter", row)

cur.execute("UPDATE people SET age = age + 1 WHERE age IS NOT NULL")
print("update", cur.rowcount)
cur.execute("DELETE FROM people WHERE age IS NULL")
print("delete", cur.rowcount)
print(conn.execute("SELECT count(*), sum(age) FROM people").fetchone())
print(conn.execute("SELECT 1 AS one, 'two' AS \"second col\"").description)
print(conn.execute("").fetchall(), conn.execute("  -- only a comment").description)

attempt("list param", lambda: conn.execute("SELECT ?", ([1],)))
attempt("too big", lambda: conn.execute("SELECT ?", (2 ** 70,)))
attempt("count", lambda: conn.execute("SELECT ?", (1, 2)))
attempt("str params", lambda: conn.execute("SELECT ?", "ab"))
attempt("missing name", lambda: conn.execute("SELECT :a", {"b": 1}))
attempt("named by position", lambda: conn.execute("SELECT :a", (1,)).fetchall())
attempt("dict for qmark", lambda: conn.execute("SELECT ?", {"a": 1}))
attempt("int params", lambda: conn.execute("SELECT ?", 5))
attempt("two statements", lambda: conn.execute("SELECT 1; SELECT 2"))
attempt("syntax", lambda: conn.execute("SELEC 1"))
attempt("no table", lambda: conn.execute("SELECT * FROM nowhere"))
attempt("not str", lambda: conn.execute(5))
attempt("unique", lambda: conn.execute("INSERT INTO people (name) VALUES ('Ada')"))
attempt("executemany select", lambda: conn.executemany("SELECT ?", [(1,)]))
attempt("null char", lambda: conn.execute("SELECT 1\0"))
try:
    conn.execute("INSERT INTO people (id, name) VALUES (1, 'x')")
except sqlite3.IntegrityError as e:
    print(e.sqlite_errorcode, e.sqlite_errorname, isinstance(e, sqlite3.DatabaseError))
try:
    conn.execute("SELECT * FROM nowhere")
except sqlite3.Error as e:
    print(e.sqlite_errorcode, e.sqlite_errorname)
attempt("rowcount after error", lambda: cur.rowcount)

print(sqlite3.apilevel, sqlite3.paramstyle, sqlite3.threadsafety, sqlite3.version)
print(sqlite3.version_info, type(sqlite3.sqlite_version), len(sqlite3.sqlite_version_info))
print(sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 1"))
print(sqlite3.SQLITE_OK, sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.Binary is memoryview)
for exc in (sqlite3.Warning, sqlite3.Error, sqlite3.InterfaceError, sqlite3.DatabaseError,
            sqlite3.InternalError, sqlite3.OperationalError, sqlite3.ProgrammingError,
            sqlite3.IntegrityError, sqlite3.DataError, sqlite3.NotSupportedError):
    print(exc.__name__, exc.__module__, [b.__name__ for b in exc.__mro__[1:-2]])
print(conn.Error is sqlite3.Error, conn.IntegrityError is sqlite3.IntegrityError)

cur.close()
attempt("closed cursor", lambda: cur.execute("SELECT 1"))
attempt("closed cursor fetch", lambda: cur.fetchone())
attempt("close again", lambda: cur.close())
conn.close()
attempt("closed execute", lambda: conn.execute("SELECT 1"))
attempt("closed cursor()", lambda: conn.cursor())
attempt("closed commit", lambda: conn.commit())
attempt("closed total_changes", lambda: conn.total_changes)
attempt("close twice", lambda: conn.close())
attempt("bad path", lambda: sqlite3.connect("/nonexistent/dir/x.db"))
attempt("path type", lambda: sqlite3.connect(5))
