"""Reader behaviour across dialects, registered dialects and options."""
import csv
import io

ATTRS = ("delimiter", "quotechar", "escapechar", "doublequote",
         "skipinitialspace", "lineterminator", "quoting", "strict")


def describe(d):
    return ", ".join("%s=%r" % (a, getattr(d, a)) for a in ATTRS)


def parse(text, *args, **kwargs):
    r = csv.reader(io.StringIO(text, newline=""), *args, **kwargs)
    rows = []
    try:
        for row in r:
            rows.append(row)
    except Exception as e:
        print("  rows=%r error=%s: %s (line %d)" % (rows, type(e).__name__, e, r.line_num))
        return
    print("  rows=%r line_num=%d" % (rows, r.line_num))


print("registered:", sorted(csv.list_dialects()))
for name in sorted(csv.list_dialects()):
    print(name, "->", describe(csv.get_dialect(name)))

print("basic excel")
parse('name,age,city\r\nAnn,31,"New York, NY"\r\n"Bob ""B"" Jr",,Paris\r\n')
print("multi-line quoted fields")
parse('id,note\n1,"line one\nline two"\n2,"a\r\nb"\n3,plain\n')
print("empty lines and trailing delimiter")
parse('a,b,\n\n,\n"",x\n')
print("excel-tab")
parse('a\tb c\t"d\te"\n', dialect="excel-tab")
print("unix dialect")
parse('"x","y"\n"1","2"\n', "unix")
print("keyword overrides a dialect")
parse("a;b|c;d\n", "excel", delimiter=";")
print("skipinitialspace")
parse('a, b,  "c, d", e\n', skipinitialspace=True)
parse('a, b,  "c, d", e\n')
print("escapechar")
parse('a\\,b,c\\\\d,"e\\"f"\n', escapechar="\\")
parse("a\\\nb,c\nd\n", escapechar="\\")
print("doublequote off")
parse('"a\\"b",c\n', doublequote=False, escapechar="\\")
parse('"a""b",c\n', doublequote=False)
print("QUOTE_NONE keeps quote characters")
parse('"a",b"c,"d\n', quoting=csv.QUOTE_NONE)
print("quotechar None implies QUOTE_NONE")
parse("'a',\"b\"\n", quotechar=None)
print("custom quotechar")
parse("'a,b','it''s',\"c\"\n", quotechar="'")
print("QUOTE_NONNUMERIC converts unquoted fields")
parse('1,"2",3.25, -4e3 ,,"x"\n', quoting=csv.QUOTE_NONNUMERIC)
parse("1,abc\n", quoting=csv.QUOTE_NONNUMERIC)
print("unterminated quote at end of data")
parse('a,"open field\nmore')
parse('a,"open field\nmore', strict=True)
print("reader over a list and a generator")
print(list(csv.reader(["x,y", "1,2", ""])))
print(list(csv.reader(line for line in ["p|q", "r|s"]) ))
print(list(csv.reader(["p|q", "r|s"], delimiter="|")))


class Semicolon(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("semi", Semicolon)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print("semi ->", describe(csv.get_dialect("semi")))
print("pipes ->", describe(csv.get_dialect("pipes")))
parse("a; 'b;c'; d\n", "semi")
parse("a; 'b;c'; d\n", Semicolon)
parse("a; 'b;c'; d\n", Semicolon())
parse("a|b\n", "pipes")
csv.unregister_dialect("pipes")
print("after unregister:", sorted(csv.list_dialects()))

r = csv.reader(["a,b", "c,d"], "semi", delimiter=",")
print("reader dialect:", describe(r.dialect))
print(next(r), r.line_num, next(r), r.line_num)
print(iter(r) is r)
d = csv.get_dialect("excel")
print(type(d).__name__, csv.get_dialect("excel") is d)

print("field_size_limit:", csv.field_size_limit())
print("old:", csv.field_size_limit(10), "now:", csv.field_size_limit())
parse("0123456789,x\n")
parse("0123456789a,x\n")
parse('"0123456789a",x\n')
print("old:", csv.field_size_limit(new_limit=131072))
print("unicode:", list(csv.reader(["é,日本,\u00a0x,😀"])))
print("NUL:", list(csv.reader(["a\0b,c"])))
