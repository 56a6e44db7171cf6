import sys
import contextlib as cl
import asyncio
@cl.contextmanager
def cm(x):
    print("enter", x)
    try:
        yield x * 2
    finally:
        print("exit", x)
with cm(3) as v: print("v", v)
@cl.asynccontextmanager
async def acm(x):
    print("aenter", x)
    try:
        yield x + 1
    finally:
        print("aexit", x)
async def main():
    async with acm(5) as v:
        print("av", v)
    async with cl.AsyncExitStack() as st:
        a = await st.enter_async_context(acm(7))
        st.push_async_callback(lambda: asyncio.sleep(0))
        st.callback(print, "cb")
        print("a", a)
    class R:
        async def aclose(self): print("aclosed")
    async with cl.aclosing(R()) as r:
        print("in aclosing")
asyncio.run(main())
with cl.suppress(KeyError): {}[1]
with cl.ExitStack() as s:
    s.callback(print, "stack cb")
    s.enter_context(cm(1))
import io
buf = io.StringIO()
with cl.redirect_stdout(buf): print("hidden")
print(repr(buf.getvalue()))
with cl.nullcontext(5) as n: print(n)
class D(cl.ContextDecorator):
    def __enter__(self): print("D in"); return self
    def __exit__(self, *a): print("D out")
@D()
def f(): print("in f")
f()
try:
    with cm(9):
        raise ValueError("boom")
except ValueError as e: print("caught", e)
@cl.contextmanager
def swallow():
    try: yield
    except ZeroDivisionError: print("swallowed")
with swallow(): 1/0
print(isinstance(cm(1), cl.AbstractContextManager), issubclass(D, cl.AbstractContextManager))
import os
with cl.chdir("/tmp"): print(os.getcwd())
