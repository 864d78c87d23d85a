/* The _sqlite3 module: the thin layer over the system's SQLite library
 * (libsqlite3) that lib/sqlite3/dbapi2.py builds the DB-API on.
 *
 * CPython writes all of sqlite3 in C; minipy splits it so that a learner can
 * read the DB-API logic (implicit BEGIN, rowcount, fetch, Row) in Python and
 * see here only what needs C: two handle types and the exception classes.
 *
 *   _sqlite3.Database   one sqlite3* handle: open, close, prepare, exec,
 *                       changes, total_changes, last_insert_rowid, autocommit
 *   _sqlite3.Statement  one prepared sqlite3_stmt*: bind, step, row, reset
 *   Error, DatabaseError, OperationalError, ...: static exception types, as
 *                       CPython's, named "sqlite3.X" so that they print so.
 *
 * A Statement holds a reference to its Database, so the handle outlives
 * every statement prepared on it; close() uses sqlite3_close_v2, which
 * waits for the last statement to be finalized.  Both types free their
 * handle in dealloc, so a program that never closes a connection still
 * releases everything at exit.  sqlite3_step, sqlite3_exec and opening a
 * file may block (disk, locks), so they run without the GIL, as in
 * CPython. */
#include <limits.h>
#include <sqlite3.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/gil.h"
#include "minipy/int.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define FN(f) ((void (*)(void))(f))

/* The types are static objects listed in vm/typelist.c, so that start-up
 * readies them and shutdown clears them. */
extern mp_type mp_type_sqlite3_database, mp_type_sqlite3_statement;

/* ---- the exception classes -------------------------------------------------------------------- */

#define SQ_EXC_FLAGS (MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC | MP_TPFLAGS_BASE_EXC_SUBCLASS)
#define SQ_EXC(NAME, BASE)                                                     \
    mp_type mp_type_sqlite3_##NAME = {                                               \
        .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},                        \
        .name = "sqlite3." #NAME,                                              \
        .basicsize = sizeof(mp_exc),                                           \
        .flags = SQ_EXC_FLAGS,                                                 \
        .base = &BASE,                                                         \
    };

/* The DB-API's hierarchy (PEP 249), bases first. */
SQ_EXC(Warning, mp_type_Exception)
SQ_EXC(Error, mp_type_Exception)
SQ_EXC(InterfaceError, mp_type_sqlite3_Error)
SQ_EXC(DatabaseError, mp_type_sqlite3_Error)
SQ_EXC(InternalError, mp_type_sqlite3_DatabaseError)
SQ_EXC(OperationalError, mp_type_sqlite3_DatabaseError)
SQ_EXC(ProgrammingError, mp_type_sqlite3_DatabaseError)
SQ_EXC(IntegrityError, mp_type_sqlite3_DatabaseError)
SQ_EXC(DataError, mp_type_sqlite3_DatabaseError)
SQ_EXC(NotSupportedError, mp_type_sqlite3_DatabaseError)

static mp_type *const sq_exceptions[] = {
    &mp_type_sqlite3_Warning, &mp_type_sqlite3_Error, &mp_type_sqlite3_InterfaceError, &mp_type_sqlite3_DatabaseError, &mp_type_sqlite3_InternalError,
    &mp_type_sqlite3_OperationalError, &mp_type_sqlite3_ProgrammingError, &mp_type_sqlite3_IntegrityError, &mp_type_sqlite3_DataError,
    &mp_type_sqlite3_NotSupportedError, NULL,
};

/* The names of SQLite's result codes, for the exceptions' sqlite_errorname
 * (CPython's error_codes table): the primary codes and the extended ones a
 * program meets most. */
static const struct { int code; const char *name; } sq_codes[] = {
#define C(x) {x, #x}
    C(SQLITE_OK), C(SQLITE_ERROR), C(SQLITE_INTERNAL), C(SQLITE_PERM), C(SQLITE_ABORT),
    C(SQLITE_BUSY), C(SQLITE_LOCKED), C(SQLITE_NOMEM), C(SQLITE_READONLY),
    C(SQLITE_INTERRUPT), C(SQLITE_IOERR), C(SQLITE_CORRUPT), C(SQLITE_NOTFOUND),
    C(SQLITE_FULL), C(SQLITE_CANTOPEN), C(SQLITE_PROTOCOL), C(SQLITE_EMPTY),
    C(SQLITE_SCHEMA), C(SQLITE_TOOBIG), C(SQLITE_CONSTRAINT), C(SQLITE_MISMATCH),
    C(SQLITE_MISUSE), C(SQLITE_NOLFS), C(SQLITE_AUTH), C(SQLITE_FORMAT), C(SQLITE_RANGE),
    C(SQLITE_NOTADB), C(SQLITE_NOTICE), C(SQLITE_WARNING), C(SQLITE_ROW), C(SQLITE_DONE),
    C(SQLITE_BUSY_TIMEOUT), C(SQLITE_CANTOPEN_ISDIR), C(SQLITE_CANTOPEN_FULLPATH),
    C(SQLITE_CONSTRAINT_CHECK), C(SQLITE_CONSTRAINT_FOREIGNKEY),
    C(SQLITE_CONSTRAINT_NOTNULL), C(SQLITE_CONSTRAINT_PRIMARYKEY),
    C(SQLITE_CONSTRAINT_TRIGGER), C(SQLITE_CONSTRAINT_UNIQUE), C(SQLITE_CONSTRAINT_ROWID),
    C(SQLITE_CONSTRAINT_FUNCTION), C(SQLITE_READONLY_DBMOVED), C(SQLITE_IOERR_READ),
    C(SQLITE_IOERR_WRITE), C(SQLITE_IOERR_SHORT_READ), C(SQLITE_ERROR_MISSING_COLLSEQ),
    C(SQLITE_ERROR_RETRY), C(SQLITE_ABORT_ROLLBACK), C(SQLITE_LOCKED_SHAREDCACHE),
#undef C
    {-1, NULL},
};

/* The class CPython's _pysqlite_seterror picks for a result code. */
static mp_type *sq_exception_for(int code)
{
    switch (code & 0xff) {
    case SQLITE_INTERNAL:
    case SQLITE_NOTFOUND:
        return &mp_type_sqlite3_InternalError;
    case SQLITE_NOMEM:
        return &mp_type_MemoryError;
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY:
    case SQLITE_LOCKED: case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR:
    case SQLITE_FULL: case SQLITE_CANTOPEN: case SQLITE_PROTOCOL: case SQLITE_EMPTY:
    case SQLITE_SCHEMA:
        return &mp_type_sqlite3_OperationalError;
    case SQLITE_CORRUPT:
        return &mp_type_sqlite3_DatabaseError;
    case SQLITE_TOOBIG:
        return &mp_type_sqlite3_DataError;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
        return &mp_type_sqlite3_IntegrityError;
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
        return &mp_type_sqlite3_InterfaceError;
    default:
        return &mp_type_sqlite3_DatabaseError;
    }
}

/* Raises the error SQLite recorded on db (the latest call's), with its
 * message and, as CPython 3.11 does, sqlite_errorcode and sqlite_errorname
 * on the exception.  Returns NULL. */
static mp_obj sq_raise_db_error(sqlite3 *db)
{
    int code = sqlite3_extended_errcode(db);
    mp_type *type = sq_exception_for(code);
    mp_obj msg = mp_str_from_cstr(sqlite3_errmsg(db));
    if (!msg)
        return NULL;
    mp_obj exc = mp_call1((mp_obj)type, msg);
    mp_decref(msg);
    if (!exc)
        return NULL;
    if (type != &mp_type_MemoryError) {
        const char *name = "unknown";
        for (int i = 0; sq_codes[i].name; i++)
            if (sq_codes[i].code == code) {
                name = sq_codes[i].name;
                break;
            }
        mp_obj c = mp_int_from_ssize(code), n = mp_str_from_cstr(name);
        int r = (c && n) ? 0 : -1;
        if (r == 0)
            r = mp_obj_setattr_s(exc, "sqlite_errorcode", c);
        if (r == 0)
            r = mp_obj_setattr_s(exc, "sqlite_errorname", n);
        mp_xdecref(c);
        mp_xdecref(n);
        if (r < 0) {
            mp_decref(exc);
            return NULL;
        }
    }
    mp_err_set_exc(exc);
    mp_decref(exc);
    return NULL;
}

static mp_obj sq_closed_error(void)
{
    return mp_err_set_str(&mp_type_sqlite3_ProgrammingError, "Cannot operate on a closed database.");
}

/* ---- Database ----------------------------------------------------------------------------------- */

typedef struct sq_db {
    mp_object ob;
    sqlite3 *db; /* NULL once closed */
} sq_db;

#define DB(o) ((sq_db *)(o))


static void db_close_handle(sq_db *self)
{
    if (self->db) {
        /* _v2: the handle lives on, as a zombie, until the statements still
         * prepared on it are finalized. */
        sqlite3_close_v2(self->db);
        self->db = NULL;
    }
}

static void db_dealloc(mp_obj o)
{
    db_close_handle(DB(o));
    mp_obj_free(o);
}

/* Database(path, timeout, uri): opens (or creates) the database file, as
 * CPython's Connection.__init__ does: read-write, create, the busy timeout
 * in seconds. */
static mp_obj db_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", "timeout", "uri", NULL};
    mp_obj path, timeout, uri;
    if (mp_arg_parse(args, nargs, kwnames, "Database", kwlist, 3, 3, &path, &timeout, &uri) < 0)
        return NULL;
    if (!mp_str_check(path))
        return mp_err_format(&mp_type_TypeError, "path must be str, not %T", path);
    if (strlen(mp_str_utf8(path)) != mp_str_nbytes(path))
        return mp_err_set_str(&mp_type_ValueError, "embedded null character");
    double secs;
    if (mp_float_check(timeout))
        secs = mp_float_value(timeout);
    else if (mp_int_check(timeout)) {
        if (mp_int_as_double(timeout, &secs) < 0)
            return NULL;
    } else
        return mp_err_format(&mp_type_TypeError, "must be real number, not %T", timeout);
    int use_uri = mp_obj_is_true(uri);
    if (use_uri < 0)
        return NULL;
    sq_db *self = (sq_db *)mp_obj_alloc(type);
    if (!self)
        return NULL;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | (use_uri ? SQLITE_OPEN_URI : 0);
    int rc;
    MP_BEGIN_ALLOW_THREADS
    rc = sqlite3_open_v2(mp_str_utf8(path), &self->db, flags, NULL);
    MP_END_ALLOW_THREADS
    if (self->db == NULL) {
        mp_decref((mp_obj)self);
        return mp_err_no_memory();
    }
    if (rc != SQLITE_OK) {
        sq_raise_db_error(self->db);
        mp_decref((mp_obj)self);
        return NULL;
    }
    /* Extended result codes, so that exceptions carry the precise
     * sqlite_errorcode (SQLITE_CONSTRAINT_UNIQUE, ...) as in 3.11. */
    sqlite3_extended_result_codes(self->db, 1);
    /* Milliseconds as an int: clamped, since converting a NaN or an
     * out-of-range double to int is undefined. */
    double ms = secs * 1000;
    sqlite3_busy_timeout(self->db, ms >= INT_MAX ? INT_MAX : ms > 0 ? (int)ms : 0);
    return (mp_obj)self;
}

static mp_obj db_close(mp_obj self)
{
    db_close_handle(DB(self));
    MP_RETURN_NONE;
}

static mp_obj db_closed(mp_obj self)
{
    return mp_bool(DB(self)->db == NULL);
}

static mp_obj db_changes(mp_obj self)
{
    if (!DB(self)->db)
        return sq_closed_error();
    return mp_int_from_ssize(sqlite3_changes(DB(self)->db));
}

static mp_obj db_total_changes(mp_obj self)
{
    if (!DB(self)->db)
        return sq_closed_error();
    return mp_int_from_ssize(sqlite3_total_changes(DB(self)->db));
}

static mp_obj db_last_insert_rowid(mp_obj self)
{
    if (!DB(self)->db)
        return sq_closed_error();
    return mp_int_from_ll(sqlite3_last_insert_rowid(DB(self)->db));
}

/* Whether the connection is outside any transaction. */
static mp_obj db_autocommit(mp_obj self)
{
    if (!DB(self)->db)
        return sq_closed_error();
    return mp_bool(sqlite3_get_autocommit(DB(self)->db));
}

/* The SQL text of a str argument, refusing NUL bytes as CPython does. */
static const char *sql_text(mp_obj sql, const char *fname)
{
    if (!mp_str_check(sql)) {
        mp_err_format(&mp_type_TypeError, "%s() argument 1 must be str, not %T", fname, sql);
        return NULL;
    }
    const char *s = mp_str_utf8(sql);
    if (strlen(s) != mp_str_nbytes(sql)) {
        mp_err_set_str(&mp_type_sqlite3_ProgrammingError, "the query contains a null character");
        return NULL;
    }
    return s;
}

/* Whether only white space and comments are left after a statement (the
 * tail sqlite3_prepare leaves); CPython's lstrip_sql. */
static int only_comments_left(const char *p)
{
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            p++;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            if (!end)
                return 1; /* an unterminated comment runs to the end */
            p = end + 2;
        } else
            return *p == '\0';
    }
}

typedef struct sq_stmt {
    mp_object ob;
    mp_obj db;        /* the sq_db, owned */
    sqlite3_stmt *st; /* NULL once finalized */
} sq_stmt;

#define STMT(o) ((sq_stmt *)(o))

/* prepare(sql): a Statement, or None for SQL that holds no statement (only
 * white space or comments).  ProgrammingError for more than one statement. */
static mp_obj db_prepare(mp_obj self, mp_obj sql)
{
    const char *text = sql_text(sql, "execute");
    if (!text)
        return NULL;
    sqlite3 *db = DB(self)->db;
    if (!db)
        return sq_closed_error();
    sqlite3_stmt *st = NULL;
    const char *tail = NULL;
    int rc = sqlite3_prepare_v2(db, text, (int)mp_str_nbytes(sql) + 1, &st, &tail);
    if (rc != SQLITE_OK)
        return sq_raise_db_error(db);
    if (tail && !only_comments_left(tail)) {
        sqlite3_finalize(st);
        return mp_err_set_str(&mp_type_sqlite3_ProgrammingError, "You can only execute one statement at a time.");
    }
    if (!st)
        MP_RETURN_NONE;
    sq_stmt *s = (sq_stmt *)mp_obj_alloc(&mp_type_sqlite3_statement);
    if (!s) {
        sqlite3_finalize(st);
        return NULL;
    }
    s->db = mp_newref(self);
    s->st = st;
    return (mp_obj)s;
}

/* exec(script): runs every statement of an SQL script (executescript). */
static mp_obj db_exec(mp_obj self, mp_obj sql)
{
    const char *text = sql_text(sql, "executescript");
    if (!text)
        return NULL;
    sqlite3 *db = DB(self)->db;
    if (!db)
        return sq_closed_error();
    int rc;
    MP_BEGIN_ALLOW_THREADS
    rc = sqlite3_exec(db, text, NULL, NULL, NULL);
    MP_END_ALLOW_THREADS
    if (rc != SQLITE_OK)
        return sq_raise_db_error(db);
    MP_RETURN_NONE;
}

static const mp_method_def db_methods[] = {
    {"close", FN(db_close), MP_METH_NOARGS, "Close the database handle."},
    {"closed", FN(db_closed), MP_METH_NOARGS, "Whether close() was called."},
    {"prepare", FN(db_prepare), MP_METH_O, "Compile one SQL statement."},
    {"exec", FN(db_exec), MP_METH_O, "Run an SQL script."},
    {"changes", FN(db_changes), MP_METH_NOARGS, "Rows changed by the latest statement."},
    {"total_changes", FN(db_total_changes), MP_METH_NOARGS,
     "Rows changed since the database was opened."},
    {"last_insert_rowid", FN(db_last_insert_rowid), MP_METH_NOARGS,
     "The rowid of the latest INSERT."},
    {"autocommit", FN(db_autocommit), MP_METH_NOARGS,
     "Whether no transaction is open."},
    {NULL},
};

mp_type mp_type_sqlite3_database = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_sqlite3.Database",
    .basicsize = sizeof(sq_db),
    .doc = "Database(path, timeout, uri): an open SQLite database handle.",
    .dealloc = db_dealloc,
    .getattro = mp_obj_generic_getattr,
    .new_ = db_new,
    .methods = db_methods,
};

/* ---- Statement ---------------------------------------------------------------------------------- */

static void stmt_dealloc(mp_obj o)
{
    sq_stmt *self = STMT(o);
    if (self->st)
        sqlite3_finalize(self->st);
    mp_xdecref(self->db);
    mp_obj_free(o);
}

/* The statement, or NULL with ProgrammingError when it or its database is
 * closed. */
static sqlite3_stmt *stmt_get(mp_obj self)
{
    if (!DB(STMT(self)->db)->db) {
        sq_closed_error();
        return NULL;
    }
    if (!STMT(self)->st) {
        mp_err_set_str(&mp_type_sqlite3_ProgrammingError, "Cannot operate on a finalized statement.");
        return NULL;
    }
    return STMT(self)->st;
}

static mp_obj stmt_bind_count(mp_obj self)
{
    sqlite3_stmt *st = stmt_get(self);
    return st ? mp_int_from_ssize(sqlite3_bind_parameter_count(st)) : NULL;
}

/* bind_name(i): the name of parameter i (1-based) with its prefix (":a"),
 * or None for a nameless "?". */
static mp_obj stmt_bind_name(mp_obj self, mp_obj index)
{
    sqlite3_stmt *st = stmt_get(self);
    intptr_t i;
    if (!st || mp_int_as_ssize(index, &i) < 0)
        return NULL;
    const char *name = sqlite3_bind_parameter_name(st, (int)i);
    if (!name)
        MP_RETURN_NONE;
    return mp_str_from_cstr(name);
}

/* bind(i, value, label): binds one parameter by CPython's type mapping:
 * None -> NULL, int -> INTEGER, float -> REAL, str -> TEXT, bytes-like ->
 * BLOB.  label names the parameter in the error for other types ("1" or
 * ":name"). */
static mp_obj stmt_bind(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("bind", nargs, 3, 3) < 0)
        return NULL;
    sqlite3_stmt *st = stmt_get(self);
    intptr_t i;
    if (!st || mp_int_as_ssize(args[0], &i) < 0)
        return NULL;
    mp_obj v = args[1];
    int rc;
    if (v == mp_none) {
        rc = sqlite3_bind_null(st, (int)i);
    } else if (mp_int_check(v)) {
        /* intptr_t is SQLite's 64 bits on every system minipy builds on. */
        intptr_t x;
        if (mp_int_as_ssize(v, &x) < 0) {
            if (mp_err_matches(&mp_type_OverflowError)) {
                mp_err_clear();
                mp_err_set_str(&mp_type_OverflowError,
                               "Python int too large to convert to SQLite INTEGER");
            }
            return NULL;
        }
        rc = sqlite3_bind_int64(st, (int)i, x);
    } else if (mp_float_check(v)) {
        rc = sqlite3_bind_double(st, (int)i, mp_float_value(v));
    } else if (mp_str_check(v)) {
        rc = sqlite3_bind_text(st, (int)i, mp_str_utf8(v), (int)mp_str_nbytes(v),
                               SQLITE_TRANSIENT);
    } else {
        mp_bytes_buffer b;
        int got = mp_bytes_buffer_get(v, &b);
        if (got < 0)
            return NULL;
        if (got == 0)
            return mp_err_format(&mp_type_sqlite3_ProgrammingError,
                                 "Error binding parameter %S: type '%T' is not supported",
                                 args[2], v);
        rc = sqlite3_bind_blob(st, (int)i, b.data, (int)b.len, SQLITE_TRANSIENT);
        mp_bytes_buffer_release(&b);
    }
    if (rc != SQLITE_OK)
        return sq_raise_db_error(sqlite3_db_handle(st));
    MP_RETURN_NONE;
}

/* step(): True when a row is ready, False when the statement is done. */
static mp_obj stmt_step(mp_obj self)
{
    sqlite3_stmt *st = stmt_get(self);
    if (!st)
        return NULL;
    int rc;
    MP_BEGIN_ALLOW_THREADS
    rc = sqlite3_step(st);
    MP_END_ALLOW_THREADS
    if (rc == SQLITE_ROW)
        return mp_bool(1);
    if (rc == SQLITE_DONE)
        return mp_bool(0);
    /* The statement is left reset, ready to run again, as CPython's is. */
    sq_raise_db_error(sqlite3_db_handle(st));
    sqlite3_reset(st);
    return NULL;
}

/* The value of column i of the current row, by SQLite's storage class. */
static mp_obj column_value(sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
        return mp_int_from_ll(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT:
        return mp_float_new(sqlite3_column_double(st, i));
    case SQLITE_TEXT: {
        const char *text = (const char *)sqlite3_column_text(st, i);
        int n = sqlite3_column_bytes(st, i);
        mp_obj s = mp_str_decode_utf8(text ? text : "", (size_t)n, "strict");
        if (!s && mp_err_matches(&mp_type_UnicodeDecodeError)) {
            mp_err_clear();
            mp_err_format(&mp_type_sqlite3_OperationalError,
                          "Could not decode to UTF-8 column '%s' with text '%s'",
                          sqlite3_column_name(st, i), text ? text : "");
        }
        return s;
    }
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(st, i);
        return mp_bytes_new(data, sqlite3_column_bytes(st, i));
    }
    default:
        MP_RETURN_NONE;
    }
}

/* row(): the current row as a tuple. */
static mp_obj stmt_row(mp_obj self)
{
    sqlite3_stmt *st = stmt_get(self);
    if (!st)
        return NULL;
    int n = sqlite3_data_count(st);
    mp_obj row = mp_tuple_new(n);
    if (!row)
        return NULL;
    for (int i = 0; i < n; i++) {
        mp_obj v = column_value(st, i);
        if (!v) {
            mp_decref(row);
            return NULL;
        }
        MP_TUPLE_ITEMS(row)[i] = v;
    }
    return row;
}

/* columns(): the names of the result's columns (empty for a statement
 * that returns no rows). */
static mp_obj stmt_columns(mp_obj self)
{
    sqlite3_stmt *st = stmt_get(self);
    if (!st)
        return NULL;
    int n = sqlite3_column_count(st);
    mp_obj names = mp_tuple_new(n);
    if (!names)
        return NULL;
    for (int i = 0; i < n; i++) {
        const char *name = sqlite3_column_name(st, i);
        mp_obj s = name ? mp_str_from_cstr(name) : mp_newref(mp_none);
        if (!s) {
            mp_decref(names);
            return NULL;
        }
        MP_TUPLE_ITEMS(names)[i] = s;
    }
    return names;
}

/* readonly(): whether the statement leaves the database as it is. */
static mp_obj stmt_readonly(mp_obj self)
{
    sqlite3_stmt *st = stmt_get(self);
    return st ? mp_bool(sqlite3_stmt_readonly(st)) : NULL;
}

/* busy(): whether the statement has started and not yet finished. */
static mp_obj stmt_busy(mp_obj self)
{
    sqlite3_stmt *st = stmt_get(self);
    return st ? mp_bool(sqlite3_stmt_busy(st)) : NULL;
}

/* reset(): back to the start, bindings kept; a no-op once closed. */
static mp_obj stmt_reset(mp_obj self)
{
    if (STMT(self)->st && DB(STMT(self)->db)->db)
        sqlite3_reset(STMT(self)->st);
    MP_RETURN_NONE;
}

static mp_obj stmt_finalize(mp_obj self)
{
    if (STMT(self)->st) {
        sqlite3_finalize(STMT(self)->st);
        STMT(self)->st = NULL;
    }
    MP_RETURN_NONE;
}

static const mp_method_def stmt_methods[] = {
    {"bind_count", FN(stmt_bind_count), MP_METH_NOARGS, "The number of parameters."},
    {"bind_name", FN(stmt_bind_name), MP_METH_O, "The name of parameter i, or None."},
    {"bind", FN(stmt_bind), MP_METH_FASTCALL, "Bind a value to parameter i."},
    {"step", FN(stmt_step), MP_METH_NOARGS, "Run to the next row: True, or False when done."},
    {"row", FN(stmt_row), MP_METH_NOARGS, "The current row, as a tuple."},
    {"columns", FN(stmt_columns), MP_METH_NOARGS, "The names of the result columns."},
    {"readonly", FN(stmt_readonly), MP_METH_NOARGS, "Whether the statement writes nothing."},
    {"busy", FN(stmt_busy), MP_METH_NOARGS, "Whether the statement is part way through."},
    {"reset", FN(stmt_reset), MP_METH_NOARGS, "Reset the statement to its start."},
    {"finalize", FN(stmt_finalize), MP_METH_NOARGS, "Free the statement."},
    {NULL},
};

mp_type mp_type_sqlite3_statement = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_sqlite3.Statement",
    .basicsize = sizeof(sq_stmt),
    .doc = "A prepared SQL statement (Database.prepare).",
    .dealloc = stmt_dealloc,
    .getattro = mp_obj_generic_getattr,
    .methods = stmt_methods,
};

/* ---- the module ----------------------------------------------------------------------------- */

/* complete_statement(statement): whether the text ends a full SQL statement. */
static mp_obj sq_complete_statement(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"statement", NULL};
    mp_obj sql;
    if (mp_arg_parse(args, nargs, kwnames, "complete_statement", kwlist, 1, 1, &sql) < 0)
        return NULL;
    if (!mp_str_check(sql))
        return mp_err_format(&mp_type_TypeError,
                             "complete_statement() argument 'statement' must be str, not %T", sql);
    return mp_bool(sqlite3_complete(mp_str_utf8(sql)));
}

static int sq_exec_module(mp_obj m)
{
    if (mp_module_add_type(m, &mp_type_sqlite3_database) < 0 || mp_module_add_type(m, &mp_type_sqlite3_statement) < 0)
        return -1;
    for (int i = 0; sq_exceptions[i]; i++) {
        mp_type *t = sq_exceptions[i];
        if (mp_type_ready(t) < 0 || mp_module_add(m, strchr(t->name, '.') + 1, (mp_obj)t) < 0)
            return -1;
    }
    mp_obj v = mp_str_from_cstr(sqlite3_libversion());
    if (!v)
        return -1;
    int r = mp_module_add(m, "sqlite_version", v);
    mp_decref(v);
    if (r < 0 || mp_module_add_int(m, "SQLITE_OK", SQLITE_OK) < 0 ||
        mp_module_add_int(m, "SQLITE_DENY", SQLITE_DENY) < 0 ||
        mp_module_add_int(m, "SQLITE_IGNORE", SQLITE_IGNORE) < 0)
        return -1;
    for (int i = 0; sq_codes[i].name; i++)
        if (mp_module_add_int(m, sq_codes[i].name, sq_codes[i].code) < 0)
            return -1;
    return 0;
}

static const mp_method_def sq_module_methods[] = {
    {"complete_statement", FN(sq_complete_statement), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Checks if a string contains a complete SQL statement."},
    {NULL},
};

const mp_module_def mp_module_sqlite3 = {
    "_sqlite3",
    "SQLite handles for lib/sqlite3 (minipy's split of CPython's _sqlite3).",
    sq_module_methods,
    sq_exec_module,
};
