"""Sockets (CPython's `_socket`, under `socket`): the `socket` class, the module functions,
the exceptions and the system's constants, over the native calls `_hotpy.socket_*`
(`hotpy/src/modules/socket.rs`). Python addresses are converted here to and from the raw
bytes of a `sockaddr` (AF_UNIX, AF_INET, AF_INET6); the native side knows none of them.

A socket's timeout is kept as CPython keeps it: None blocks, 0.0 never waits, a positive
number of seconds waits at most that long (TimeoutError); the descriptor is non-blocking
unless the timeout is None. Blocking calls release the GIL.

Missing: sendmsg/recvmsg, getnameinfo, gethostbyaddr, getservbyname and the other
databases, if_nameindex, the address families other than AF_UNIX, AF_INET and AF_INET6."""

import _hotpy
import sys as _sys

globals().update(dict(_hotpy.socket_constants()))

error = OSError
timeout = TimeoutError
has_ipv6 = True


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_default_timeout = None
_BYTEORDER = _sys.byteorder


def _timeout_value(value):
    if value is None:
        return None
    if isinstance(value, float):
        value = value
    elif isinstance(value, int):
        value = float(value)
    else:
        try:
            value = float(value.__index__())
        except AttributeError:
            try:
                value = value.__float__()
            except AttributeError:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(value).__name__) from None
    if value != value:
        raise ValueError("Invalid value NaN (not a number)")
    if value < 0:
        raise ValueError("Timeout value out of range")
    if value > 9.2e9:
        raise OverflowError("timestamp out of range for platform time_t")
    return value


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout, /):
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


def _family_bytes(family):
    return family.to_bytes(2, _BYTEORDER)


def _raise_gai(result):
    code, message = result
    raise gaierror(code, message)


def _host_bytes(host):
    if isinstance(host, str):
        return host.encode("idna") if not host.isascii() else host.encode()
    if isinstance(host, (bytes, bytearray)):
        return bytes(host)
    raise TypeError("str, bytes or bytearray expected, not %s" % type(host).__name__)


def _resolve(host, family):
    """The packed address of `host` (a name or a numeric address) for `family`."""
    raw = _host_bytes(host)
    if family == AF_INET:
        if raw == b"":
            return bytes(4)
        if raw in (b"<broadcast>", b"255.255.255.255"):
            return b"\xff\xff\xff\xff"
    elif raw == b"":
        return bytes(16)
    result = _hotpy.socket_getaddrinfo(raw, None, family, 0, 0, 0)
    if isinstance(result, tuple):
        _raise_gai(result)
    for entry in result:
        addr = entry[4]
        if family == AF_INET:
            return addr[4:8]
        return addr[8:24]
    raise gaierror(EAI_NONAME, "Name or service not known")


def _sockaddr(family, address, caller):
    """The raw sockaddr bytes for a Python address of `family`."""
    if family == AF_UNIX:
        if isinstance(address, str):
            path = address.encode("utf-8", "surrogateescape")
        elif isinstance(address, (bytes, bytearray, memoryview)):
            path = bytes(address)
        else:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(address).__name__)
        abstract = path[:1] == b"\0"
        if len(path) > 108 or (not abstract and len(path) == 108):
            raise OSError("AF_UNIX path too long")
        return _family_bytes(AF_UNIX) + path + (b"" if abstract else b"\0")
    if family == AF_INET:
        if not isinstance(address, tuple):
            raise TypeError("%s(): AF_INET address must be tuple, not %s"
                            % (caller, type(address).__name__))
        if len(address) != 2:
            raise TypeError("AF_INET address must be a pair (host, port)")
        host, port = address
        port = _index(port)
        if not 0 <= port <= 65535:
            raise OverflowError("%s(): port must be 0-65535." % caller)
        return (_family_bytes(AF_INET) + port.to_bytes(2, "big") + _resolve(host, AF_INET)
                + bytes(8))
    if family == AF_INET6:
        if not isinstance(address, tuple):
            raise TypeError("%s(): AF_INET6 address must be tuple, not %s"
                            % (caller, type(address).__name__))
        if not 2 <= len(address) <= 4:
            raise TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, "
                            "scopeid]])")
        host, port = address[0], _index(address[1])
        flowinfo = _index(address[2]) if len(address) > 2 else 0
        scope_id = _index(address[3]) if len(address) > 3 else 0
        if not 0 <= port <= 65535:
            raise OverflowError("%s(): port must be 0-65535." % caller)
        if not 0 <= flowinfo <= 0xFFFFF:
            raise OverflowError("%s(): flowinfo must be 0-1048575." % caller)
        return (_family_bytes(AF_INET6) + port.to_bytes(2, "big")
                + flowinfo.to_bytes(4, "big") + _resolve(host, AF_INET6)
                + scope_id.to_bytes(4, _BYTEORDER))
    raise OSError(97, "Address family not supported by protocol")


def _address(raw):
    """The Python address of raw sockaddr bytes (None for none)."""
    if raw is None or len(raw) < 2:
        return None
    family = int.from_bytes(raw[:2], _BYTEORDER)
    if family == AF_UNIX:
        path = raw[2:]
        if path[:1] == b"\0":
            return path
        end = path.find(b"\0")
        if end >= 0:
            path = path[:end]
        return path.decode("utf-8", "surrogateescape")
    if family == AF_INET:
        return (inet_ntop(AF_INET, raw[4:8]), int.from_bytes(raw[2:4], "big"))
    if family == AF_INET6:
        return (inet_ntop(AF_INET6, raw[8:24]), int.from_bytes(raw[2:4], "big"),
                int.from_bytes(raw[4:8], "big"), int.from_bytes(raw[24:28], _BYTEORDER))
    return (family, raw[2:])


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None): a socket object."""

    __slots__ = ("_fd", "_family", "_type", "_proto", "_timeout")

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        family, type, proto = _index(family), _index(type), _index(proto)
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _hotpy.socket_open(family, type, proto)
        else:
            if isinstance(fileno, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            fd = _index(fileno)
            if fd < 0:
                raise ValueError("negative file descriptor")
            if family == -1 or type == -1 or proto == -1:
                info = _hotpy.socket_info(fd)
                if family == -1:
                    family = info[0]
                if type == -1:
                    type = info[1]
                if proto == -1:
                    proto = info[2]
        self._fd = fd
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        if type & SOCK_NONBLOCK:
            self._timeout = 0.0
        else:
            self._timeout = _default_timeout
            if _default_timeout is not None:
                _hotpy.set_blocking(fd, False)

    family = property(lambda self: self._family, doc="the socket family")
    type = property(lambda self: self._type, doc="the socket type")
    proto = property(lambda self: self._proto, doc="the socket protocol")
    timeout = property(lambda self: self._timeout, doc="the socket timeout")

    def __repr__(self):
        return "<socket object, fd=%d, family=%d, type=%d, proto=%d>" % (
            self._fd, self._family, self._type, self._proto)

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    def fileno(self):
        return self._fd

    def close(self):
        fd = self._fd
        if fd != -1:
            self._fd = -1
            _hotpy.socket_close(fd)

    def detach(self):
        fd = self._fd
        self._fd = -1
        return fd

    def setblocking(self, flag, /):
        flag = bool(flag)
        self._timeout = None if flag else 0.0
        _hotpy.set_blocking(self._fd, flag)

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value, /):
        value = _timeout_value(value)
        self._timeout = value
        _hotpy.set_blocking(self._fd, value is None)

    def gettimeout(self):
        return self._timeout

    def bind(self, address, /):
        _hotpy.socket_bind(self._fd, _sockaddr(self._family, address, "bind"))

    def listen(self, backlog=None, /):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _hotpy.socket_listen(self._fd, max(_index(backlog), 0))

    def _accept(self):
        fd, raw = _hotpy.socket_accept(self._fd, self._timeout)
        return fd, _address(raw)

    def connect(self, address, /):
        _hotpy.socket_connect(self._fd, _sockaddr(self._family, address, "connect"),
                              self._timeout, False)

    def connect_ex(self, address, /):
        return _hotpy.socket_connect(self._fd, _sockaddr(self._family, address, "connect_ex"),
                                     self._timeout, True)

    def getsockname(self):
        return _address(_hotpy.socket_name(self._fd, False))

    def getpeername(self):
        return _address(_hotpy.socket_name(self._fd, True))

    def send(self, data, flags=0, /):
        return _hotpy.socket_send(self._fd, data, _index(flags), self._timeout, None)

    def sendall(self, data, flags=0, /):
        if not isinstance(data, bytes):
            data = memoryview(data).tobytes()
        total = len(data)
        timeout = self._timeout
        if timeout:
            from time import monotonic
            deadline = monotonic() + timeout
        sent = 0
        while sent < total:
            if timeout:
                timeout = deadline - monotonic()
                if timeout <= 0:
                    raise TimeoutError("timed out")
            sent += _hotpy.socket_send(self._fd, data[sent:] if sent else data, _index(flags),
                                       timeout, None)

    def sendto(self, data, flags_or_address, address=None, /):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        raw = _sockaddr(self._family, address, "sendto")
        return _hotpy.socket_send(self._fd, data, _index(flags), self._timeout, raw)

    def recv(self, bufsize, flags=0, /):
        return _hotpy.socket_recv(self._fd, _index(bufsize), _index(flags), self._timeout,
                                 False)

    def recvfrom(self, bufsize, flags=0, /):
        if _index(bufsize) < 0:
            raise ValueError("negative buffersize in recvfrom")
        data, raw = _hotpy.socket_recv(self._fd, bufsize, _index(flags), self._timeout, True)
        return data, _address(raw)

    def _into(self, buffer, nbytes, name):
        nbytes = _index(nbytes)
        if nbytes < 0:
            raise ValueError("negative buffersize in %s" % name)
        size = len(memoryview(buffer).cast("B"))
        if nbytes == 0:
            nbytes = size
        elif nbytes > size:
            raise ValueError("buffer too small for requested bytes")
        return nbytes

    def recv_into(self, buffer, nbytes=0, flags=0):
        nbytes = self._into(buffer, nbytes, "recv_into")
        data = _hotpy.socket_recv(self._fd, nbytes, _index(flags), self._timeout, False)
        memoryview(buffer).cast("B")[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        nbytes = self._into(buffer, nbytes, "recvfrom_into")
        data, raw = _hotpy.socket_recv(self._fd, nbytes, _index(flags), self._timeout, True)
        memoryview(buffer).cast("B")[:len(data)] = data
        return len(data), _address(raw)

    def setsockopt(self, level, optname, value, optlen=None, /):
        if value is None:
            if optlen is None:
                raise TypeError("setsockopt() takes exactly 4 arguments (3 given)")
            value = bytes(_index(optlen))
        elif not isinstance(value, int):
            value = memoryview(value).tobytes()
        _hotpy.socket_setopt(self._fd, _index(level), _index(optname),
                             value if not isinstance(value, int) else _index(value))

    def getsockopt(self, level, optname, buflen=0, /):
        if buflen and not 0 < buflen <= 1024:
            raise OSError("getsockopt buflen out of range")
        return _hotpy.socket_getopt(self._fd, _index(level), _index(optname), _index(buflen))

    def shutdown(self, how, /):
        _hotpy.socket_shutdown(self._fd, _index(how))


SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0, /):
    """Two connected sockets (AF_UNIX by default)."""
    family, type, proto = _index(family), _index(type), _index(proto)
    a, b = _hotpy.socket_pair(family, type, proto)
    return (socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b))


def close(fd, /):
    _hotpy.socket_close(_index(fd))


def dup(fd, /):
    return _hotpy.fd_call(2, _index(fd), 0, 0)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """The addresses `(family, type, proto, canonname, sockaddr)` for a host and port."""
    if host is not None:
        host = _host_bytes(host)
    if isinstance(port, int):
        port = str(port).encode()
    elif isinstance(port, str):
        port = port.encode()
    elif port is not None and not isinstance(port, bytes):
        raise OSError("Int or String expected")
    result = _hotpy.socket_getaddrinfo(host, port, _index(family), _index(type),
                                       _index(proto), _index(flags))
    if isinstance(result, tuple):
        _raise_gai(result)
    return [(f, t, p, name, _address(raw)) for f, t, p, name, raw in result]


def gethostname():
    return _hotpy.socket_gethostname()


def gethostbyname(hostname, /):
    return inet_ntop(AF_INET, _resolve(hostname, AF_INET))


def gethostbyname_ex(hostname, /):
    address = gethostbyname(hostname)
    return (hostname, [], [address])


def inet_pton(address_family, ip_string, /):
    return _hotpy.socket_inet(_index(address_family), ip_string, False)


def inet_ntop(address_family, packed_ip, /):
    return _hotpy.socket_inet(_index(address_family), packed_ip, True)


def inet_aton(ip_string, /):
    """The packed 4 bytes of an IPv4 address in the forms inet_aton(3) accepts (a.b.c.d,
    a.b.c, a.b, a; decimal, octal 0..., hex 0x...)."""
    if not isinstance(ip_string, str):
        raise TypeError("inet_aton() argument 1 must be str, not %s"
                        % type(ip_string).__name__)
    parts = ip_string.split(".")
    try:
        if not 1 <= len(parts) <= 4 or ip_string.strip() != ip_string:
            raise ValueError
        numbers = []
        for part in parts:
            if part[:2].lower() == "0x":
                numbers.append(int(part[2:], 16) if part[2:] else 0)
            elif part[:1] == "0" and len(part) > 1:
                numbers.append(int(part[1:], 8))
            else:
                if not part.isdigit():
                    raise ValueError
                numbers.append(int(part))
        last = numbers.pop()
        if any(n > 255 for n in numbers) or last >= 256 ** (4 - len(numbers)):
            raise ValueError
        return bytes(numbers) + last.to_bytes(4 - len(numbers), "big")
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None


def inet_ntoa(packed_ip, /):
    packed = memoryview(packed_ip).tobytes()
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return "%d.%d.%d.%d" % tuple(packed)


def _uint(x, bits, name):
    x = _index(x)
    if x < 0:
        raise OverflowError("%s: can't convert negative Python int to C %d-bit unsigned integer"
                            % (name, bits))
    if x >= 1 << bits:
        raise OverflowError("%s: Python int too large to convert to C %d-bit unsigned integer"
                            % (name, bits))
    return x


def _swap(x, size):
    return int.from_bytes(x.to_bytes(size, "big"), _BYTEORDER)


def htons(x, /):
    return _swap(_uint(x, 16, "htons"), 2)


def ntohs(x, /):
    return _swap(_uint(x, 16, "ntohs"), 2)


def htonl(x, /):
    return _swap(_uint(x, 32, "htonl"), 4)


def ntohl(x, /):
    return _swap(_uint(x, 32, "ntohl"), 4)
