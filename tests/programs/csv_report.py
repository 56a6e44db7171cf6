"""A small sales report generator: reads order CSV text with DictReader,
validates rows, aggregates per region and product, and writes summary CSVs."""
import csv
import io
from collections import defaultdict

ORDERS = """order_id,date,region,product,qty,unit_price,customer,notes
1001,2024-01-03,North,Widget,4,2.50,"Acme, Inc.",
1002,2024-01-03,South,Gadget,1,19.99,Bolt Ltd,"rush order"
1003,2024-01-04,North,Gadget,2,19.99,"Cobb ""The Best"" Co",
1004,2024-01-05,East,Widget,10,2.25,Dyna,"bulk
discount applied"
1005,2024-01-05,South,Widget,x,2.50,Echo,bad quantity
1006,2024-01-06,West,Gizmo,3,7.00,Fargo,
1007,2024-01-06,North,Gizmo,1,7.00,Acme, Inc.,unquoted comma
1008,2024-01-07,East,Gadget,5,18.50,Gamma,

1009,2024-01-08,West,Widget,7,2.50,Helix,  spaced note
"""


def load_orders(text):
    valid, problems = [], []
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey="overflow")
    for row in reader:
        where = "line %d (order %s)" % (reader.line_num, row["order_id"])
        if "overflow" in row:
            problems.append("%s: %d extra field(s) %r" % (where, len(row["overflow"]), row["overflow"]))
            continue
        try:
            qty = int(row["qty"])
            price = float(row["unit_price"])
        except ValueError as e:
            problems.append("%s: %s" % (where, e))
            continue
        row["qty"], row["unit_price"] = qty, price
        row["total"] = round(qty * price, 2)
        valid.append(row)
    return valid, problems


def summarize(orders):
    by_region = defaultdict(lambda: [0, 0, 0.0])
    by_product = defaultdict(lambda: [0, 0.0])
    for o in orders:
        r = by_region[o["region"]]
        r[0] += 1
        r[1] += o["qty"]
        r[2] += o["total"]
        p = by_product[o["product"]]
        p[0] += o["qty"]
        p[1] += o["total"]
    return by_region, by_product


orders, problems = load_orders(ORDERS)
print("loaded %d valid orders, %d problems" % (len(orders), len(problems)))
for p in problems:
    print("  skipped", p)

by_region, by_product = summarize(orders)

region_csv = io.StringIO()
w = csv.writer(region_csv, lineterminator="\n")
w.writerow(["region", "orders", "units", "revenue", "share"])
grand = sum(v[2] for v in by_region.values())
for region in sorted(by_region, key=lambda k: (-by_region[k][2], k)):
    n, units, revenue = by_region[region]
    w.writerow([region, n, units, "%.2f" % revenue, "%.1f%%" % (100 * revenue / grand)])
w.writerow(["TOTAL", len(orders), sum(v[1] for v in by_region.values()), "%.2f" % grand, "100.0%"])
print("\n== revenue by region ==")
print(region_csv.getvalue(), end="")

product_csv = io.StringIO()
dw = csv.DictWriter(product_csv, fieldnames=["product", "units", "revenue", "avg_price"],
                    quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
dw.writeheader()
for product in sorted(by_product):
    units, revenue = by_product[product]
    dw.writerow({"product": product, "units": units, "revenue": round(revenue, 2),
                 "avg_price": round(revenue / units, 3)})
print("\n== revenue by product (QUOTE_NONNUMERIC) ==")
print(product_csv.getvalue(), end="")

print("\n== re-read product summary as numbers ==")
for row in csv.reader(io.StringIO(product_csv.getvalue(), newline=""), quoting=csv.QUOTE_NONNUMERIC):
    print(row)

print("\n== customer notes export (semicolon dialect) ==")
csv.register_dialect("euro", delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
notes_csv = io.StringIO()
nw = csv.writer(notes_csv, "euro")
nw.writerow(["order", "customer", "note"])
for o in orders:
    if o["notes"].strip():
        nw.writerow([o["order_id"], o["customer"], o["notes"].strip()])
print(notes_csv.getvalue(), end="")
print("round trip ok:", [r[1] for r in csv.reader(io.StringIO(notes_csv.getvalue(), newline=""), "euro")][1:])
csv.unregister_dialect("euro")

largest = max(orders, key=lambda o: o["total"])
print("\nlargest order: %s %s x%d = %.2f" % (largest["order_id"], largest["product"],
                                            largest["qty"], largest["total"]))
