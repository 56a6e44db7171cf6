# Blocking waits release the GIL (another thread runs meanwhile) and a signal that
# interrupts one runs its handler, then the wait goes on for the time left (PEP 475) or
# the handler's exception ends it.
import os, select, signal, socket, threading, time

got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(s))
a, b = socket.socketpair()
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
print(select.select([a], [], [], 0.3), got, time.monotonic() - t0 >= 0.29)

p = select.poll()
p.register(a, select.POLLIN)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
print(p.poll(300), got, time.monotonic() - t0 >= 0.29)

def boom(s, f):
    raise RuntimeError("interrupted")

signal.signal(signal.SIGALRM, boom)
for what, call in [("recv", lambda: a.recv(10)), ("select", lambda: select.select([a], [], [])),
                   ("read", lambda: os.read(a.fileno(), 10))]:
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        call()
    except RuntimeError as e:
        print(what, e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)

threading.Timer(0.05, lambda: b.send(b"from a thread")).start()
print(a.recv(100))
r, w = os.pipe()
threading.Timer(0.05, lambda: os.write(w, b"pipe")).start()
print(os.read(r, 10))
os.close(r)
os.close(w)
a.close()
b.close()
