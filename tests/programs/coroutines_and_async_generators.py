# Coroutines, await, async for/with, async generators and comprehensions, driven by a
# small scheduler (no asyncio).
import types


class Suspend:
    """An awaitable that yields a request to the scheduler."""
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return got


def run(coro):
    """Steps `coro` to the end, answering each yielded request with its double."""
    trace = []
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            trace.append(("done", stop.value))
            return trace
        trace.append(("yield", request))
        value = request * 2 if isinstance(request, int) else request


async def add(a, b):
    x = await Suspend(a)
    y = await Suspend(b)
    return x + y


async def chain():
    total = 0
    for i in range(3):
        total += await add(i, 10)
    return total


print(run(chain()))

# Types, flags, attributes
c = add(1, 2)
print(type(c).__name__, type(c) is types.CoroutineType, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_code.co_name, bool(c.cr_code.co_flags & 0x80))
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
try:
    c.send(5)
    c.send(7)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.cr_frame)

# Errors
async def just_await(x):
    return await x

for bad in [1, "s", [1], None]:
    try:
        just_await(bad).send(None)
    except TypeError as e:
        print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 42

try:
    just_await(BadAwait()).send(None)
except TypeError as e:
    print("TypeError:", e)

class AwaitsCoroutine:
    def __await__(self):
        self.inner = add(1, 2)
        return self.inner

awaits = AwaitsCoroutine()
try:
    just_await(awaits).send(None)
except TypeError as e:
    print("TypeError:", e)
awaits.inner.close()

unstarted = add(1, 2)
try:
    unstarted.send(3)
except TypeError as e:
    print("TypeError:", e)

try:
    iter(unstarted)
except TypeError as e:
    print("TypeError:", e)
unstarted.close()

# Exceptions through await, throw and close through the chain
async def guarded():
    try:
        await Suspend(1)
    except ValueError as e:
        print("guarded caught", e)
        return "recovered"
    finally:
        print("guarded finally")

async def outer():
    r = await guarded()
    print("outer got", r)
    await Suspend(2)
    return "outer done"

o = outer()
print(o.send(None))
print(o.throw(ValueError("boom")))
o.close()
print("closed", o.cr_frame)

async def raiser():
    await Suspend(1)
    raise KeyError("k")

try:
    run(raiser())
except KeyError as e:
    print("KeyError", e)

async def stops():
    raise StopIteration(3)

try:
    stops().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# types.coroutine on a generator
@types.coroutine
def legacy(n):
    got = yield n
    return got + 1

async def uses_legacy():
    return await legacy(20)

print(run(uses_legacy()))
print(bool(legacy.__code__.co_flags & 0x100))

# coro.__await__()
w = add(3, 4).__await__()
print(type(w).__name__, next(w), w.send(6))
try:
    w.send(8)
except StopIteration as e:
    print("wrapper returned", e.value)

# async with
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Suspend(0)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await Suspend(0)
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

async def use_managers():
    async with Manager("a") as a, Manager("b") as b:
        print("inside", a, b)
    async with Manager("c", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Manager("d"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", e)
    for i in range(3):
        async with Manager("loop" + str(i)):
            if i == 1:
                continue
            if i == 2:
                break
    async with Manager("ret"):
        return "returned inside"

print(run(use_managers()))

async def bad_with():
    async with 5:
        pass

try:
    run(bad_with())
except TypeError as e:
    print("TypeError:", e)

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def sync_in_async():
    async with SyncOnly():
        pass

try:
    run(sync_in_async())
except TypeError as e:
    print("TypeError:", e)

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False

async def bad_enter():
    async with BadEnter():
        pass

try:
    run(bad_enter())
except TypeError as e:
    print("TypeError:", e)

# async for over a class
class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend(self.n)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def loops():
    out = []
    async for i in Countdown(3):
        out.append(i)
    else:
        out.append("else")
    async for i in Countdown(5):
        if i == 3:
            continue
        if i == 1:
            break
        out.append(i)
    else:
        out.append("not reached")
    return out

print(run(loops()))

async def bad_for():
    async for x in [1, 2]:
        pass

try:
    run(bad_for())
except TypeError as e:
    print("TypeError:", e)

class NoAnext:
    def __aiter__(self):
        return 1

async def bad_for2():
    async for x in NoAnext():
        pass

try:
    run(bad_for2())
except TypeError as e:
    print("TypeError:", e)

class ErrorInAnext:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("from anext")

async def error_for():
    async for x in ErrorInAnext():
        pass

try:
    run(error_for())
except ValueError as e:
    print("ValueError:", e)

# async generators
async def agen(n):
    try:
        for i in range(n):
            got = await Suspend(i)
            yield got
    finally:
        print("agen finally")

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out

print(run(consume()))

g = agen(2)
print(type(g).__name__, type(g) is types.AsyncGeneratorType, g.__name__, g.ag_running)
print(g.__aiter__() is g)
step = g.__anext__()
print(type(step).__name__)
print(step.send(None))
try:
    step.send(100)
except StopIteration as e:
    print("anext gave", e.value)
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
closing = g.aclose()
try:
    closing.send(None)
except StopIteration as e:
    print("aclose done", e.value)

async def echo():
    received = None
    try:
        while True:
            received = yield received
            if received == "stop":
                return
    except ValueError as e:
        yield "caught " + str(e)

async def drive_echo():
    e = echo()
    out = [await e.asend(None), await e.asend(1), await e.asend("two")]
    out.append(await e.athrow(ValueError("bad")))
    try:
        await e.asend(None)
    except StopAsyncIteration:
        out.append("stopped")
    try:
        await e.asend(None)
    except StopAsyncIteration:
        out.append("stopped again")
    return out

print(run(drive_echo()))

async def ignores_exit():
    while True:
        try:
            if (yield 1) == "stop":
                return
        except GeneratorExit:
            pass

async def drive_ignore():
    g = ignores_exit()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        message = "RuntimeError: " + str(e)
    try:
        await g.asend("stop")
    except StopAsyncIteration:
        message += ", then stopped"
    return message, g.ag_frame

print(run(drive_ignore()))

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration

async def drive_raises():
    out = []
    try:
        async for v in raises_stop_async():
            out.append(v)
    except RuntimeError as e:
        out.append(str(e))
    return out

print(run(drive_raises()))

# async comprehensions
async def comprehensions():
    a = [v async for v in agen(3)]
    b = {v % 2 async for v in agen(4)}
    c = {v: await Suspend(v) async for v in agen(2)}
    d = [await Suspend(x) for x in range(3)]
    e = [x async for x in agen(5) if x % 4 == 0]
    gen = (x * 10 async for x in agen(2))
    f = [x async for x in gen]
    return a, sorted(b), c, d, e, f, type(gen).__name__

print(run(comprehensions()))

# Syntax errors
for src in [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "def f():\n    return [x async for x in y]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
]:
    try:
        exec(src, {})
        print("ran", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
