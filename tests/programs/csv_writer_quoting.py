"""Writer quoting, escaping and value formatting, plus read-back round trips."""
import csv
import io
from decimal import Decimal
from fractions import Fraction

SAMPLE = ["plain", "with space", " lead", "trail ", "comma,inside",
          'say "hi"', "multi\nline", "semi;colon", "back\\slash", "",
          None, 0, -17, 2.5, 1e22, 0.1 + 0.2, float("inf"), True,
          Decimal("1.10"), Fraction(1, 3), 3 + 4j]

MODES = [("QUOTE_MINIMAL", csv.QUOTE_MINIMAL), ("QUOTE_ALL", csv.QUOTE_ALL),
         ("QUOTE_NONNUMERIC", csv.QUOTE_NONNUMERIC), ("QUOTE_NONE", csv.QUOTE_NONE)]


def write(rows, **kwargs):
    out = io.StringIO()
    try:
        w = csv.writer(out, **kwargs)
        results = [w.writerow(row) for row in rows]
        print("  %r -> returns %r" % (out.getvalue(), results))
    except Exception as e:
        print("  %r -> %s: %s" % (out.getvalue(), type(e).__name__, e))
    return out.getvalue()


for label, mode in MODES:
    print(label)
    write([SAMPLE], quoting=mode)
    write([SAMPLE], quoting=mode, escapechar="\\")

print("doublequote=False")
write([['a"b', "c"]], doublequote=False, escapechar="\\")
write([['a"b', "c"]], doublequote=False)
print("escapechar is itself escaped")
write([["a\\b", "c,d"]], escapechar="\\")
print("custom delimiter / quotechar / lineterminator")
write([["a;b", "c'd", "e f"]], delimiter=";", quotechar="'")
write([["a", "b!c", "d|e"]], lineterminator="!|")
write([["a", "b\nc"]], lineterminator="\n")
write([["x", "y"], [1, 2]], dialect="unix")
write([["x", "y\tz"]], dialect="excel-tab")
print("empty rows and fields")
write([[], [""], [None], ["", ""], [" "]])
write([[""]], quoting=csv.QUOTE_NONE)
write([["", ""]], quoting=csv.QUOTE_NONE)
print("any iterable works as a row")
write(["abc", ("t", 1), range(3), iter(["i", "j"]), {"k": 1}])

print("writerows / writerow return values")
out = io.StringIO()
w = csv.writer(out)
print(w.writerows([["a", 1], ["b", 2]]), repr(out.getvalue()))
print(w.writerow(["héllo", "日本"]), w.dialect.delimiter, repr(w.dialect.lineterminator))


class Recorder:
    def __init__(self):
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)
        return "wrote %d chars" % len(text)


rec = Recorder()
w = csv.writer(rec, quoting=csv.QUOTE_ALL)
print(w.writerow(["x", 1]), rec.chunks)

print("round trip")
rows = [["id", "text", "value"], [1, 'He said "yes, sir"', 2.5],
        [2, "two\nlines", None], [3, "", -0.0], [4, "tab\there", 1e-7]]
for label, mode in MODES[:3]:
    buf = io.StringIO()
    csv.writer(buf, quoting=mode).writerows(rows)
    back = list(csv.reader(io.StringIO(buf.getvalue(), newline=""), quoting=mode))
    print(label, back)
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\").writerows(rows)
print("QUOTE_NONE", repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue(), newline=""),
                      quoting=csv.QUOTE_NONE, escapechar="\\")))
