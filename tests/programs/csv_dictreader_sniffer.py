"""csv.py's DictReader, DictWriter and Sniffer running over the _csv module."""
import csv
import io

print("-- DictReader")
text = "name,dept,salary\r\nAnn,eng,120\r\nBob,ops,95,extra1,extra2\r\nCid,eng\r\n\r\nDee,\"sales, east\",88\r\n"
reader = csv.DictReader(io.StringIO(text, newline=""))
print("fieldnames:", reader.fieldnames)
for row in reader:
    print(reader.line_num, dict(row))

reader = csv.DictReader(["a;b", "1;2;3", "4"], delimiter=";", restkey="rest", restval="?")
for row in reader:
    print(row)

reader = csv.DictReader(["1,2", "3,4"], fieldnames=["x", "y"])
print([dict(r) for r in reader], reader.fieldnames)
print("empty input fieldnames:", csv.DictReader([]).fieldnames)
print("unix DictReader:", list(csv.DictReader(['"k","v"', '"1","a b"'], dialect="unix")))

print("-- DictWriter")
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["id", "name", "score"], restval="n/a")
writer.writeheader()
writer.writerow({"id": 1, "name": "Ann", "score": 9.5})
writer.writerow({"id": 2, "name": "Bob, Jr"})
writer.writerows([{"id": 3, "name": 'Say "hi"', "score": None}, {"name": "nobody"}])
print(repr(out.getvalue()))
try:
    writer.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError:", e)
quiet = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
print("ignore extras returns:", quiet.writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="explode")
except ValueError as e:
    print("ValueError:", e)
out = io.StringIO()
w = csv.DictWriter(out, ["k", "v"], delimiter="\t", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
print("writeheader returns:", w.writeheader())
w.writerow({"k": "pi", "v": 3.14159})
w.writerow({"k": "tab\there", "v": 0})
print(repr(out.getvalue()))
print(list(csv.DictReader(io.StringIO(out.getvalue(), newline=""), delimiter="\t",
                          quoting=csv.QUOTE_NONNUMERIC)))

print("-- Sniffer")
sniffer = csv.Sniffer()
samples = [
    'id,name,price\n1,"Widget, large",9.99\n2,Gadget,12.50\n3,"Thing",0.5\n',
    "id;name;price\n1;Widget;9,99\n2;Gadget;12,50\n3;Thing;0,50\n",
    "a\tb\tc\n1\t2\t3\n4\t5\t6\n",
    "'x'|'y'|'z'\n'1'|'2'|'3'\n'4'|'5'|'6'\n",
    "name age city\nann 31 oslo\nbob 42 rome\n",
]
for sample in samples:
    try:
        dialect = sniffer.sniff(sample)
    except csv.Error as e:
        print("sniff failed:", e)
        continue
    print("delimiter=%r quotechar=%r doublequote=%r skipinitialspace=%r"
          % (dialect.delimiter, dialect.quotechar, dialect.doublequote,
             dialect.skipinitialspace))
    print("  has_header:", sniffer.has_header(sample))
    print("  rows:", list(csv.reader(io.StringIO(sample, newline=""), dialect)))
print("restricted delimiters:", sniffer.sniff("a:b:c\n1:2:3\n", delimiters=":").delimiter)
try:
    sniffer.sniff("")
except csv.Error as e:
    print("Error:", e)
try:
    sniffer.sniff("abc\ndef\n", delimiters=",")
except csv.Error as e:
    print("Error:", e)
print("has_header numeric:", sniffer.has_header("a,b\n1,2\n3,4\n"))
print("has_header no header:", sniffer.has_header("1,2\n3,4\n5,6\n"))
