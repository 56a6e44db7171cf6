"""Helper with module-level state and a main guard."""
count = 0
log = []

def hit(label):
    global count
    count += 1
    log.append(label)
    return count

def summary():
    return f"{count} hits: {', '.join(log)}"

print("helper_counter loaded, __name__ =", __name__)

if __name__ == "__main__":
    hit("self")
    print(summary())
