def classify(values):
    results = []
    for v in values:
        try:
            r = 100 // v
        except ZeroDivisionError:
            results.append("div0")
            continue
        except TypeError:
            results.append("type")
            break
        else:
            results.append(r)
        finally:
            results.append("|")
    else:
        results.append("completed")
    return results
print(classify([5, 0, 3]))
print(classify([4, "x", 2]))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        print("stopping at", count)
        break
    finally:
        print("iteration", count)
def safe_get(lst, i):
    try:
        return lst[i]
    except IndexError:
        return None
    finally:
        pass
print([safe_get([1, 2, 3], i) for i in range(-4, 4)])
