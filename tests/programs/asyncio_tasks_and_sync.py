# asyncio: run, tasks, gather, wait_for, timeouts, cancellation, TaskGroup, queues, events,
# locks, semaphores, conditions, as_completed, async generators under the loop, call_soon
# and call_later, run_in_executor, and errors.
# e2e: not under GC stress (importing asyncio takes longer than the run limit in a
# test build; run it by hand: HOTPY_GC_STRESS=1 HOTPY_GC_VERIFY=4 with a release build).
import asyncio


async def producer(q, n, name):
    for i in range(n):
        await q.put((name, i))
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, producers, results):
    done = 0
    while done < producers:
        item = await q.get()
        q.task_done()
        if item is None:
            done += 1
            continue
        results.append(item)


async def queues():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 5, "a"), producer(q, 3, "b"), consumer(q, 2, results))
    print("queue", sorted(results), q.empty(), q.qsize())
    pq = asyncio.PriorityQueue()
    for v in [5, 1, 4, 2]:
        pq.put_nowait(v)
    print("priority", [pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for v in "abc":
        await lq.put(v)
    print("lifo", [await lq.get() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")


async def slow(value, delay):
    await asyncio.sleep(delay)
    return value


async def fails(message):
    await asyncio.sleep(0)
    raise ValueError(message)


async def tasks():
    t = asyncio.create_task(slow("x", 0.001), name="slow-task")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    print(await asyncio.gather(slow(1, 0.002), slow(2, 0.001), slow(3, 0)))
    print(await asyncio.gather(fails("bad"), slow(4, 0), return_exceptions=True))
    try:
        await asyncio.gather(fails("first"), slow(5, 0.01))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(slow(6, 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(slow(7, 0), timeout=1))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    order = []
    for fut in asyncio.as_completed([slow("late", 0.03), slow("early", 0.0)]):
        order.append(await fut)
    print("as_completed", order)
    done, pending = await asyncio.wait([asyncio.create_task(slow(i, i * 5)) for i in range(3)],
                                       return_when=asyncio.FIRST_COMPLETED)
    print("wait", len(done), len(pending))
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


async def cancellation():
    log = []

    async def victim():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("cancelled inside")
            raise
        finally:
            log.append("finally")

    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append("caught " + str(e.args))
    print(log, t.cancelled(), t.done())

    async def shielded():
        await asyncio.sleep(0.01)
        return "survived"

    inner = asyncio.ensure_future(shielded())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner", await inner)


async def task_groups():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(slow("a", 0.002))
        b = tg.create_task(slow("b", 0.001))
    print("taskgroup", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails("in group"))
            tg.create_task(slow("never", 1))
    except ExceptionGroup as eg:
        print("group failed", type(eg).__name__, [str(e) for e in eg.exceptions])


async def sync_primitives():
    lock = asyncio.Lock()
    shared = []

    async def locked_append(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
            shared.append(i)

    await asyncio.gather(*(locked_append(i) for i in range(3)))
    print("lock pairs", shared)
    sem = asyncio.Semaphore(2)
    active = [0, 0]

    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1

    await asyncio.gather(*(limited() for _ in range(6)))
    print("max concurrent", active[1])
    event = asyncio.Event()
    cond = asyncio.Condition()
    seen = []

    async def waiter(i):
        await event.wait()
        async with cond:
            await cond.wait_for(lambda: len(seen) >= i)
            seen.append(i)
            cond.notify_all()

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(*ws)
    print("condition order", seen)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def loop_features():
    print("agen", [i async for i in ticker(4)])
    loop = asyncio.get_running_loop()
    calls = []
    loop.call_soon(calls.append, "soon")
    loop.call_later(0.001, calls.append, "later")
    handle = loop.call_later(0.001, calls.append, "cancelled")
    handle.cancel()
    await asyncio.sleep(0.01)
    print("callbacks", calls)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future value")
    print(await fut)
    print("executor", await loop.run_in_executor(None, sum, [1, 2, 3]))
    print(asyncio.current_task().get_name() != "", len(asyncio.all_tasks()) >= 1)
    c = slow(1, 0)
    print(asyncio.iscoroutinefunction(loop_features), asyncio.iscoroutine(c))
    c.close()


async def errors():
    try:
        await asyncio.sleep(-1)
        print("negative sleep returns")
    except ValueError as e:
        print("ValueError", e)
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("KeyError", e)
    c = slow(1, 0)
    try:
        asyncio.get_running_loop().run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


async def main():
    await queues()
    await tasks()
    await cancellation()
    await task_groups()
    await sync_primitives()
    await loop_features()
    await errors()
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
