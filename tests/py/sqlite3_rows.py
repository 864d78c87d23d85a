# sqlite3's values both ways (None, int, float, str, bytes), sqlite3.Row and
# row_factory, and cursors as iterators.
import sqlite3


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE v (a, b, c, d, e)")
values = (None, 2 ** 62, 1.25, "héllo ✓", b"\x00\xffraw")
conn.execute("INSERT INTO v VALUES (?, ?, ?, ?, ?)", values)
conn.execute("INSERT INTO v VALUES (?, ?, ?, ?, ?)",
             (True, -(2 ** 63), float("inf"), "", bytearray(b"ba")))
conn.execute("INSERT INTO v VALUES (?, ?, ?, ?, ?)",
             (0, 7, -0.5, "x" * 3, memoryview(b"mv")))
for row in conn.execute("SELECT a, b, c, d, e, typeof(a), typeof(e) FROM v"):
    print(row)
print(conn.execute("SELECT 1, 2.5, 'text', x'4142', NULL").fetchone())
print(conn.execute("SELECT ? = ?", (1, 1.0)).fetchone())

conn.row_factory = sqlite3.Row
row = conn.execute("SELECT 1 AS Id, 'Ada' AS name, NULL AS missing").fetchone()
print(type(row).__name__, type(row).__module__, row.keys(), len(row))
print(row["id"], row["NAME"], row[0], row[-1], row[1:], list(row), tuple(row))
attempt("no key", lambda: row["nope"])
attempt("index", lambda: row[5])
attempt("float key", lambda: row[1.5])
same = conn.execute("SELECT 1 AS Id, 'Ada' AS name, NULL AS missing").fetchone()
print(row == same, row != same, hash(row) == hash(same), row == (1, "Ada", None))
cur = conn.cursor()
print(cur.row_factory is sqlite3.Row)
attempt("Row(1, 2)", lambda: sqlite3.Row(1, 2))
attempt("Row(cur, 2)", lambda: sqlite3.Row(cur, 2))

conn.row_factory = lambda cursor, values: dict(zip([d[0] for d in cursor.description], values))
print(conn.execute("SELECT 1 AS a, 2 AS b").fetchall())
cur = conn.cursor()
cur.row_factory = None
print(cur.execute("SELECT 3 AS a").fetchall())
conn.row_factory = None

it = conn.execute("SELECT value FROM (SELECT 1 AS value UNION SELECT 2 UNION SELECT 3) ORDER BY value")
print(iter(it) is it, next(it), list(it))
attempt("next at end", lambda: next(it))

# A cursor re-executed drops the rows it had.
cur = conn.cursor()
cur.execute("SELECT 1 UNION SELECT 2")
print(cur.fetchone())
cur.execute("SELECT 'again'")
print(cur.fetchall())
cur.setinputsizes([1])
cur.setoutputsize(10)
conn.close()
