# sqlite3's transactions as CPython 3.11 runs them: an implicit BEGIN before
# INSERT/UPDATE/DELETE/REPLACE, commit and rollback, isolation_level (None
# is autocommit), the connection as a context manager, executescript, and a
# database file that a second connection reads.
import os
import sqlite3
import tempfile


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__module__, type(e).__name__, e)


with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "shop.db")
    conn = sqlite3.connect(path)
    print(repr(conn.isolation_level), conn.in_transaction, conn.total_changes)
    conn.execute("CREATE TABLE items (name TEXT, price REAL)")
    print("after DDL", conn.in_transaction)
    conn.execute("INSERT INTO items VALUES ('pen', 1.5)")
    print("after INSERT", conn.in_transaction, conn.total_changes)

    other = sqlite3.connect(path)
    print("other sees", other.execute("SELECT count(*) FROM items").fetchone())
    conn.commit()
    print("after commit", conn.in_transaction)
    print("other sees", other.execute("SELECT count(*) FROM items").fetchone())

    conn.execute("INSERT INTO items VALUES ('ink', 3.25)")
    conn.rollback()
    print("after rollback", conn.execute("SELECT name FROM items").fetchall())
    conn.rollback()
    conn.commit()

    # The context manager commits on success and rolls back on an error.
    with conn:
        conn.execute("INSERT INTO items VALUES ('pad', 2.0)")
    print("with ok", other.execute("SELECT name FROM items ORDER BY name").fetchall())
    try:
        with conn:
            conn.execute("INSERT INTO items VALUES ('cup', 4.0)")
            raise KeyError("boom")
    except KeyError as e:
        print("with error", repr(e), conn.in_transaction)
    print(conn.execute("SELECT name FROM items ORDER BY name").fetchall())
    with conn as same:
        print("enter returns the connection:", same is conn)

    # Autocommit: no implicit BEGIN; an explicit one still works.
    conn.isolation_level = None
    conn.execute("INSERT INTO items VALUES ('mug', 5.0)")
    print("autocommit", conn.in_transaction,
          other.execute("SELECT count(*) FROM items").fetchone())
    conn.execute("BEGIN")
    conn.execute("DELETE FROM items WHERE name = 'mug'")
    print("explicit", conn.in_transaction)
    conn.execute("ROLLBACK")
    print("rolled back", conn.execute("SELECT count(*) FROM items").fetchone())

    # Setting isolation_level to None commits what is pending.
    conn.isolation_level = "DEFERRED"
    conn.execute("UPDATE items SET price = price * 2")
    print("pending", conn.in_transaction)
    conn.isolation_level = None
    print("committed", conn.in_transaction,
          other.execute("SELECT sum(price) FROM items").fetchone())
    for level in ("IMMEDIATE", "exclusive", ""):
        conn.isolation_level = level
        conn.execute("INSERT INTO items VALUES (?, 1.0)", (level,))
        print(repr(conn.isolation_level), conn.in_transaction)
        conn.commit()
    attempt("bad level", lambda: setattr(conn, "isolation_level", "SOMETIMES"))
    attempt("level type", lambda: setattr(conn, "isolation_level", 5))

    # executescript commits first, then runs every statement.
    conn.execute("INSERT INTO items VALUES ('tea', 0.5)")
    conn.executescript("""
        CREATE TABLE log (line TEXT);
        INSERT INTO log VALUES ('one');  -- a comment
        INSERT INTO log VALUES ('two');
    """)
    print("script", conn.in_transaction, conn.execute("SELECT * FROM log").fetchall())
    print("tea kept", other.execute("SELECT count(*) FROM items WHERE name='tea'").fetchone())
    attempt("script error", lambda: conn.executescript("INSERT INTO log VALUES ('3'); SELEC"))
    print(conn.execute("SELECT count(*) FROM log").fetchone())
    print("total", conn.total_changes)

    other.close()
    conn.close()
    print(sorted(os.listdir(folder)))
print(os.path.exists(folder))

# A connection that is never closed is released at exit all the same.
forgotten = sqlite3.connect(":memory:")
forgotten.execute("CREATE TABLE t (x)")
forgotten.execute("INSERT INTO t VALUES (1)")
pending = forgotten.execute("SELECT x FROM t")
