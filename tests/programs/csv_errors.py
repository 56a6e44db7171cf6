# e2e: not under GC stress
"""Error cases: dialect validation, reader/writer errors and registry misuse."""
import csv
import io


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print("%-34s %s: %s" % (label, type(e).__name__, e))
    else:
        kind = type(result).__name__
        if kind in ("reader", "writer"):
            result = "%s with dialect(%r, %r)" % (kind, result.dialect.delimiter,
                                                 result.dialect.quoting)
        elif hasattr(result, "lineterminator"):
            result = "%s(%r, %r)" % (kind, result.delimiter, result.quoting)
        print("%-34s ok %s" % (label, result))


def read_all(lines, **kwargs):
    r = csv.reader(lines, **kwargs)
    rows = []
    try:
        for row in r:
            rows.append(row)
    finally:
        print("   rows so far %r, line_num %d" % (rows, r.line_num))
    return rows


W = io.StringIO()
print("-- dialect validation via reader()")
for kwargs in [dict(delimiter=""), dict(delimiter="::"), dict(delimiter=0),
               dict(delimiter=None), dict(quotechar="''"), dict(quotechar=7),
               dict(quotechar=""), dict(escapechar="ab"), dict(escapechar=b"\\"),
               dict(lineterminator=None), dict(lineterminator=13),
               dict(quoting=9), dict(quoting=-1), dict(quoting="all"),
               dict(quoting=1.0), dict(quoting=True), dict(quoting=2 ** 40),
               dict(quotechar=None, quoting=csv.QUOTE_ALL),
               dict(quotechar=None, quoting=csv.QUOTE_NONE),
               dict(quotechar=None), dict(bogus=1), dict(strict=[]),
               dict(lineterminator="")]:
    attempt("reader(%s)" % ", ".join("%s=%r" % kv for kv in kwargs.items()),
            csv.reader, [], **kwargs)
print("-- writer() arguments")
attempt("writer(42)", csv.writer, 42)
attempt("writer(object with write=1)", csv.writer, type("F", (), {"write": 1})())
attempt("writer(W, 'nope')", csv.writer, W, "nope")
attempt("writer(W, delimiter='ab')", csv.writer, W, delimiter="ab")
attempt("writer()", csv.writer)
attempt("writer(W, 'excel', 3)", csv.writer, W, "excel", 3)
attempt("reader(5)", csv.reader, 5)
attempt("reader()", csv.reader)

print("-- csv.Dialect subclasses validated by csv.py")


class NoQuote(csv.excel):
    quotechar = None


class BadDelim(csv.excel):
    delimiter = "ab"


class Incomplete(csv.Dialect):
    delimiter = ";"


for cls in (NoQuote, BadDelim, Incomplete):
    attempt(cls.__name__ + "()", cls)

print("-- registry")
attempt("register_dialect(1)", csv.register_dialect, 1)
attempt("register_dialect('x', quoting=5)", csv.register_dialect, "x", quoting=5)
attempt("register_dialect()", csv.register_dialect)
attempt("get_dialect('missing')", csv.get_dialect, "missing")
attempt("get_dialect()", csv.get_dialect)
attempt("unregister_dialect('missing')", csv.unregister_dialect, "missing")
attempt("list_dialects(1)", csv.list_dialects, 1)
attempt("field_size_limit('10')", csv.field_size_limit, "10")
attempt("field_size_limit(1, 2)", csv.field_size_limit, 1, 2)
attempt("field_size_limit(2**70)", csv.field_size_limit, 2 ** 70)
d = csv.get_dialect("excel")
attempt("set dialect.delimiter", setattr, d, "delimiter", ";")
attempt("set dialect.other", setattr, d, "other", 1)
r = csv.reader([])
attempt("set reader.line_num", setattr, r, "line_num", 5)
attempt("reader type()", type(r))

print("-- reader errors")
cases = [
    (['a,"b"c,d'], dict(strict=True)),
    (['a,"b"c,d'], {}),
    (['"never closed'], dict(strict=True)),
    (["one\rtwo"], {}),
    (["one\ntwo"], {}),
    (["ok", b"bytes,line", "after"], {}),
    (["ok", 42], {}),
    (["1,2", "3,four"], dict(quoting=csv.QUOTE_NONNUMERIC)),
    (["x" * 131073], {}),
    (['"' + "y" * 131073 + '"'], {}),
    (["ab\\"], dict(escapechar="\\", strict=True)),
]
for lines, kwargs in cases:
    try:
        read_all(lines, **kwargs)
    except Exception as e:
        print("%-34s %s: %s" % (repr(lines)[:30] + repr(kwargs)[:40], type(e).__name__, e))

r = csv.reader(['"a', 3, 'b"', "c"])
for _ in range(4):
    try:
        print("   next ->", next(r), r.line_num)
    except StopIteration:
        print("   StopIteration", r.line_num)
    except csv.Error as e:
        print("   Error:", e, r.line_num)

print("-- writer errors")
w = csv.writer(io.StringIO())
attempt("writerow(5)", w.writerow, 5)
attempt("writerow(None)", w.writerow, None)
attempt("writerow()", w.writerow)
attempt("writerows(5)", w.writerows, 5)
attempt("writerows([5])", w.writerows, [5])
attempt("QUOTE_NONE no escapechar", csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, ["a,b"])
attempt("QUOTE_NONE single empty", csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, [""])
attempt("doublequote off, quote", csv.writer(io.StringIO(), doublequote=False).writerow, ['"'])


class Unprintable:
    def __str__(self):
        raise ValueError("cannot render")


def failing_rows():
    yield "ok"
    raise RuntimeError("row source failed")


attempt("field __str__ raises", w.writerow, [Unprintable()])
attempt("row iterator raises", w.writerow, failing_rows())


class BrokenFile:
    def write(self, text):
        raise OSError("disk full")


attempt("write() raises", csv.writer(BrokenFile()).writerow, ["a"])
print("Error is Exception subclass:", issubclass(csv.Error, Exception), csv.Error.__module__)
