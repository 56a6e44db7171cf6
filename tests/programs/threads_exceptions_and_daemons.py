# An exception ends only its thread (reported on stderr as CPython does); join timeouts;
# daemon threads; the program waits for non-daemon threads at exit.
import threading

release = threading.Event()
log = []

def boom():
    raise ValueError("bad thing in a thread")

t = threading.Thread(target=boom, name="Boomer")
t.start()
t.join()
print("main goes on", t.is_alive())

def slow():
    release.wait()
    log.append("slow done")

s = threading.Thread(target=slow)
s.start()
s.join(0.01)
print("alive after a timed-out join:", s.is_alive())
release.set()
s.join()
print("alive after release:", s.is_alive(), log)

d = threading.Thread(target=threading.Event().wait, daemon=True)
d.start()
print("daemon:", d.daemon, d.is_alive())

hooked = []
old_hook = threading.excepthook

def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

threading.excepthook = hook
t = threading.Thread(target=boom, name="Hooked")
t.start()
t.join()
threading.excepthook = old_hook
print(hooked)

def exits():
    raise SystemExit(3)

t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread ends only the thread")

go = threading.Event()

def late():
    go.wait()
    print("the late thread finishes before the program ends")

threading.Thread(target=late).start()
print("main ends")
t = threading.Thread(target=boom, name="Last")
t.start()
t.join()
go.set()
