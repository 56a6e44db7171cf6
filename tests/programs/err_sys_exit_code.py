import sys

def process(items):
    total = 0
    for it in items:
        if it < 0:
            print("negative item", it, "- aborting")
            sys.exit(3)
        total += it
        print("running total", total)
    return total

process([4, 5, 6, -1, 7])
print("never printed")
