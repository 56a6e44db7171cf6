# select.select and poll objects over socketpairs and pipes; socket timeouts and
# non-blocking mode; the error cases (bad and negative fds, unregistered fds, bad timeouts).
import errno, os, select, selectors, socket, time

print(select.error is OSError, select.POLLIN, select.POLLOUT, select.POLLHUP, select.POLLNVAL)
a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.timeout, a.getblocking())
print(a.getsockname(), b.getpeername())

print("nothing to read:", select.select([a], [], [], 0) == ([], [], []))
b.send(b"hello")
r, w, x = select.select([a, b], [a, b], [a, b], 1.5)
print("ready:", r == [a], w == [a, b], x)
print(a.recv(3), a.recv(10))

# plain ints and objects with fileno() mixed; results keep the given objects
class Wrapper:
    def __init__(self, sock):
        self.sock = sock
    def fileno(self):
        return self.sock.fileno()

wb = Wrapper(b)
r, w, x = select.select([], [wb, a.fileno()], [], None)
print(w[0] is wb, w[1] == a.fileno())

rfd, wfd = os.pipe()
print("pipe:", select.select([rfd], [wfd], [], 0.01) == ([], [wfd], []))
os.write(wfd, b"data")
print("pipe readable:", select.select([rfd], [], [], 0) == ([rfd], [], []))
os.close(wfd)
print(os.read(rfd, 10), os.read(rfd, 10))
print("eof readable:", select.select([rfd], [], [], 0)[0] == [rfd])

# timeouts: the wait lasts about as long as asked
t0 = time.monotonic()
print(select.select([a], [], [], 0.1), time.monotonic() - t0 >= 0.09)

for args, what in [(([], [], [], -1), "negative"), (([-1], [], [], 0), "negative fd"),
                   (([object()], [], [], 0), "no fileno"), (([], [], [], "x"), "str timeout")]:
    try:
        select.select(*args)
    except (ValueError, TypeError) as e:
        print(what, type(e).__name__, e)

os.close(rfd)
try:
    select.select([rfd], [], [], 0)
except OSError as e:
    print("closed fd:", type(e).__name__, e.errno == errno.EBADF)

# poll objects
p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno())
names = {a.fileno(): "a", b.fileno(): "b"}
print("poll idle:", [(names[fd], ev) for fd, ev in p.poll(0)])
b.send(b"x")
print("poll:", sorted((names[fd], ev) for fd, ev in p.poll(1000)))
p.modify(b, select.POLLIN)
print("poll after modify:", p.poll(10) == [(a.fileno(), select.POLLIN)])
p.unregister(a)
print("after unregister:", p.poll(0))
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError", e.args[0] == a.fileno())
try:
    p.modify(a, select.POLLIN)
except FileNotFoundError as e:
    print("modify unregistered:", e.errno == errno.ENOENT, e.strerror)
try:
    p.register(-3)
except ValueError as e:
    print(e)
t0 = time.monotonic()
print(p.poll(50), time.monotonic() - t0 >= 0.04)
print(a.recv(5))

# timeouts and non-blocking sockets
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except socket.timeout as e:
    print("timed out:", type(e).__name__, e)
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print("would block:", e.errno == errno.EAGAIN)
for bad in (-1, "x"):
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a.setblocking(True)
print(a.gettimeout())

# recv_into, recvfrom, sendall of a big buffer through a thread-free pair
b.sendall(b"abcdefgh")
buf = bytearray(4)
print(a.recv_into(buf), buf)
print(a.recv_into(memoryview(buf)[1:], 2), buf)
print(a.recvfrom(10))
try:
    a.recv_into(buf, 10)
except ValueError as e:
    print(e)
try:
    a.recv(-1)
except ValueError as e:
    print(e)
try:
    a.send("text")
except TypeError as e:
    print(e)

# a selector (what subprocess and asyncio use)
sel = selectors.PollSelector()
sel.register(a, selectors.EVENT_READ, "a-data")
print(sel.select(0))
b.send(b"!")
print([(key.data, events) for key, events in sel.select(1)])
sel.unregister(a)
sel.close()
print(a.recv(1))

# file objects over a socket
fa = a.makefile("rwb")
fb = b.makefile("r", encoding="utf-8")
fa.write(b"line one\nline two\n")
fa.flush()
print(repr(fb.readline()), repr(fb.readline()))
fa.close()
fb.close()

# shutdown, closing, detaching
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
fd = b.detach()
print(b.fileno(), fd >= 0)
socket.close(fd)
a.close()
a.close()
print(a.fileno(), repr(a).startswith("<socket.socket [closed] fd=-1"))
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e)

# socketpair of datagrams; constructing from a descriptor
d1, d2 = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
d1.send(b"one")
d1.send(b"two")
print(d2.recv(100), d2.recv(100), d2.type)
d3 = socket.socket(fileno=d2.detach())
print(d3.family, d3.type, d3.proto)
d1.close()
d3.close()
