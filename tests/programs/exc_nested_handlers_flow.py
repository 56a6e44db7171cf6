def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    if n == 2:
        raise TypeError("two")
    return n
results = []
for n in range(5):
    try:
        try:
            results.append(risky(n))
        except ValueError as e:
            results.append("inner-value:" + str(e))
        except KeyError as e:
            results.append("inner-key:" + str(e))
            raise
        finally:
            results.append("inner-finally")
    except KeyError:
        results.append("outer-key")
    except Exception as e:
        results.append("outer-" + type(e).__name__)
for r in results:
    print(r)
def counter_with_exc():
    n = 0
    for x in [1, "2", 3, None, 5]:
        try:
            n += x
        except TypeError:
            n += 100
    return n
print(counter_with_exc())
e_saved = None
try:
    raise ValueError("saved")
except ValueError as e:
    e_saved = e
print(repr(e_saved), e_saved.args)
