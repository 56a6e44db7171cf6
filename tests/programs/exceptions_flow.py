def parse(text):
    try:
        return int(text)
    except ValueError:
        return None


results = [parse(t) for t in ["1", "x", "42", ""]]
print(results)


def divide_all(values, d):
    out = []
    for v in values:
        try:
            out.append(v / d)
        except ZeroDivisionError as e:
            out.append(str(e))
            break
    else:
        out.append("done")
    return out


print(divide_all([1, 2], 2), divide_all([1, 2], 0))
try:
    raise RuntimeError("outer")
except (ValueError, RuntimeError) as e:
    print(type(e) is RuntimeError if False else "caught", e)
