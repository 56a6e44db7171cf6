# TCP over AF_INET (and AF_INET6 when the machine has ::1) on localhost: a server thread
# accepting, connect/connect_ex, socket options, UDP datagrams, name and address helpers,
# and the errors (refused connections, bad addresses, unknown hosts).
import errno, socket, threading

print(socket.AF_INET, socket.SOCK_STREAM, socket.SOL_SOCKET, socket.IPPROTO_TCP)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.MsgFlag.MSG_PEEK)
print(socket.timeout is TimeoutError, socket.error is OSError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuseaddr:", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print("type:", srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536)
peers = []

def serve(count):
    for _ in range(count):
        conn, addr = srv.accept()
        peers.append(addr[0])
        with conn:
            while True:
                data = conn.recv(4)
                if not data:
                    break
                conn.sendall(data.upper())

server = threading.Thread(target=serve, args=(2,))
server.start()

c = socket.create_connection(("localhost", port), timeout=5)
print(c.gettimeout(), c.getpeername() == ("127.0.0.1", port), c.getsockname()[0])
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("nodelay:", c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
c.sendall(b"hello tcp, a longer message than four bytes")
got = b""
while len(got) < 43:
    got += c.recv(100)
print(got)
c.shutdown(socket.SHUT_WR)
print(c.recv(100))
c.close()

d = socket.socket()
print("connect_ex:", d.connect_ex(("127.0.0.1", port)))
f = d.makefile("rwb")
f.write(b"via makefile\n")
f.flush()
d.shutdown(socket.SHUT_WR)
print(f.read())
f.close()
d.close()
server.join()
print(peers)

# accept with a timeout, then a refused connection once the server is closed
srv.settimeout(0.05)
try:
    srv.accept()
except socket.timeout as e:
    print("accept:", e)
srv.close()
s = socket.socket()
print("connect_ex refused:", s.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused:", e.errno == errno.ECONNREFUSED, e.strerror)
except OSError as e:
    print("refused (other):", type(e).__name__)
s.close()

# bad addresses
s = socket.socket()
for addr in ["127.0.0.1", ("127.0.0.1",), ("127.0.0.1", "80"), ("127.0.0.1", 70000), (1, 80)]:
    try:
        s.connect(addr)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    s.connect(("nosuch.invalid", 80))
except socket.gaierror as e:
    print("gaierror", e.errno == socket.EAI_NONAME, e.strerror)
s.close()

# UDP
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.sendto(b"datagram", u.getsockname())
data, addr = u.recvfrom(100)
print(data, addr[0], addr[1] == v.getsockname()[1])
u.sendto(b"reply", 0, addr)
print(v.recv(100))
u.close()
v.close()

# IPv6 when the loopback has it
try:
    s6 = socket.socket(socket.AF_INET6)
    s6.bind(("::1", 0))
except OSError:
    print("::1", 4)
else:
    name = s6.getsockname()
    print(name[0], len(name))
    s6.close()

# names and numbers
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("localhost", "80", socket.AF_INET, socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.gethostbyname("localhost"), isinstance(socket.gethostname(), str))
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("10.1"), socket.inet_ntoa(b"\x7f\0\0\1"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, bytes(10) + b"\xff\xff\x01\x02\x03\x04"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
for bad in [lambda: socket.inet_aton("1.2.3.400"), lambda: socket.inet_pton(socket.AF_INET, "1.2.3"),
            lambda: socket.htons(-1), lambda: socket.htons(70000)]:
    try:
        bad()
    except (OSError, OverflowError) as e:
        print(type(e).__name__, e)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
t = socket.socket()
print(t.gettimeout(), t.getblocking())
socket.setdefaulttimeout(None)
t.close()
