def retry(times, exc_type):
    def deco(fn):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except exc_type as e:
                    print(f"attempt {attempt} failed: {e}")
            return "gave up"
        return wrapper
    return deco

state = {"n": 0}
@retry(3, ValueError)
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError(f"not yet ({state['n']})")
    return f"ok after {state['n']}"

print(flaky(2))
state["n"] = 0
print(flaky(5))
@retry(2, KeyError)
def lookup(d, k):
    return d[k]
print(lookup({"a": 1}, "a"), lookup({}, "zz"))
try:
    @retry(2, KeyError)
    def bad():
        raise TypeError("wrong type")
    bad()
except TypeError as e:
    print("escaped:", e)
