# An async generator left by `break` in `async for` is finalized through the loop's
# asyncgen hook (its `finally` runs in an `aclose()` task); exec/eval into a dict add
# `__builtins__` to it, as CPython does.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            yield i
    finally:
        print(name, 'finally')


async def main():
    async for v in ticker('first', 5):
        print('got', v)
        if v == 1:
            break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('after first')
    total = 0
    async for v in ticker('second', 3):
        total += v
    print('second total', total)
    print('main end')


asyncio.run(main())

g = {}
exec('z = 5', g)
print('__builtins__' in g, list(g), g['z'])
g2 = {'a': 1}
print(eval('len([a, 2])', g2), list(g2))
g3 = {'__builtins__': __builtins__}
exec('w = abs(-3)', g3)
print(g3['w'], list(g3))
