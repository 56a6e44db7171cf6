"""`_io`'s text layer: `TextIOWrapper` (a text stream over a buffered binary one: decoding,
encoding, newline translation, and CPython's opaque `tell()` cookies, so `seek(f.tell())`
comes back to the same character) and `IncrementalNewlineDecoder`.

A cookie packs what `seek` needs to restore a position in the middle of decoded text, as
CPython's does: the byte position of a point where the decoder held no bytes, the decoder's
flags there, how many bytes to feed it from there, whether to feed the end, and how many
characters to skip. At a clean point only the first is non-zero, so the cookie is the byte
offset (what programs print)."""

from _io import _TextIOBase, UnsupportedOperation


def _is_utf8(encoding):
    return encoding.lower().replace("_", "-") in ("utf-8", "utf8", "u8")


def _native_codec(encoding):
    """Whether `str.encode`/`bytes.decode` need no codec object for `encoding`."""
    return encoding.lower().replace("_", "-") in ("utf-8", "utf8", "u8", "ascii", "us-ascii",
                                                  "latin-1", "latin1", "iso-8859-1")


class _Utf8Decoder:
    """An incremental UTF-8 decoder over the native `bytes.decode`: an incomplete sequence
    at the end of one input waits for the next."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self._held = b""

    def decode(self, data, final=False):
        data = bytes(data)
        if self._held:
            data, self._held = self._held + data, b""
        if not final and data:
            i = len(data) - 1
            stop = max(len(data) - 4, -1)
            while i > stop and 0x80 <= data[i] < 0xC0:
                i -= 1
            if i > stop:
                lead = data[i]
                need = (2 if 0xC2 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0
                        else 4 if 0xF0 <= lead < 0xF5 else 0)
                if need and len(data) - i < need:
                    data, self._held = data[:i], data[i:]
        return data.decode("utf-8", self.errors)

    def getstate(self):
        return (self._held, 0)

    def setstate(self, state):
        self._held = state[0]

    def reset(self):
        self._held = b""


def _pack_cookie(position, dec_flags=0, bytes_to_feed=0, need_eof=False, chars_to_skip=0):
    return (position | (dec_flags << 64) | (bytes_to_feed << 128) | (chars_to_skip << 192)
            | (bool(need_eof) << 256))


def _unpack_cookie(cookie):
    mask = (1 << 64) - 1
    return (cookie & mask, (cookie >> 64) & mask, (cookie >> 128) & mask,
            bool((cookie >> 256) & 1), (cookie >> 192) & mask)


class TextIOWrapper(_TextIOBase):
    """A text stream over a binary one (`buffer`): decoded and encoded with `encoding`,
    newlines translated as `newline` says (None: universal newlines read as "\\n"; "": lines
    end at any newline, kept as they are; otherwise that newline, written for "\\n")."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        if not _native_codec(encoding):
            import codecs
            codecs.lookup(encoding)
        self._buffer = buffer
        self.line_buffering = bool(line_buffering)
        self.write_through = bool(write_through)
        self._configure(encoding, errors, newline)
        self._seekable = self._telling = buffer.seekable()
        if self._seekable and self._encoder is not None and buffer.writable():
            try:
                if buffer.tell() != 0:
                    # Appending: no byte order mark in the middle of the file.
                    self._encoder.setstate(0)
            except (OSError, AttributeError):
                pass

    def _configure(self, encoding, errors, newline):
        self._encoding = encoding
        self._errors = errors
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"
        self._decoded = ""
        self._used = 0
        self._snapshot = None
        self._tell_cache = None
        self._decoder = None
        self._encoder = None
        native = _native_codec(encoding)
        if self._buffer.readable():
            if _is_utf8(encoding):
                decoder = _Utf8Decoder(errors)
            else:
                import codecs
                decoder = codecs.getincrementaldecoder(encoding)(errors)
            if self._readuniversal:
                decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
            self._decoder = decoder
        if self._buffer.writable():
            if native:
                self._encoder = False
            else:
                import codecs
                self._encoder = codecs.getincrementalencoder(encoding)(errors)

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)

    @property
    def buffer(self):
        return self._buffer

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        return getattr(self._decoder, "newlines", None)

    def _checkClosed(self, msg=None):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    _check = _checkClosed

    def _stream(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self._buffer

    def readable(self):
        return self._stream().readable()

    def writable(self):
        return self._stream().writable()

    def seekable(self):
        self._checkClosed()
        return self._seekable

    def fileno(self):
        return self._stream().fileno()

    def isatty(self):
        return self._stream().isatty()

    # Reading.

    def _reader(self):
        self._checkClosed()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        return self._decoder

    def _take(self, n=None):
        """Up to `n` (None: all) of the decoded characters not yet read."""
        start = self._used
        end = len(self._decoded) if n is None else min(start + n, len(self._decoded))
        self._used = end
        return self._decoded[start:end]

    def _read_chunk(self):
        """Reads and decodes the next chunk (the previous one having been read): False at
        the end of the stream."""
        decoder = self._decoder
        if self._telling:
            held, flags = decoder.getstate()
        read1 = getattr(self._buffer, "read1", None)
        chunk = read1(self._CHUNK) if read1 is not None else self._buffer.read(self._CHUNK)
        if chunk is None:
            chunk = b""
        eof = not chunk
        self._decoded = decoder.decode(chunk, eof)
        self._used = 0
        if self._telling:
            self._snapshot = (flags, held + bytes(chunk))
        return not eof

    def read(self, size=-1):
        decoder = self._reader()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__)
        if size < 0:
            rest = self._buffer.read()
            text = self._take() + decoder.decode(b"" if rest is None else rest, True)
            self._decoded, self._used, self._snapshot = "", 0, None
            return text
        parts = [self._take(size)]
        got = len(parts[0])
        while got < size:
            more = self._read_chunk()
            part = self._take(size - got)
            parts.append(part)
            got += len(part)
            if not more:
                break
        return "".join(parts)

    def _line_end(self, line, start):
        """Where the line in `line` ends (searching from `start`), or -1."""
        if self._readtranslate or self._readnl == "\n":
            i = line.find("\n", start)
            return -1 if i < 0 else i + 1
        if self._readuniversal:
            # The decoder holds a final "\r" back until it knows what follows.
            cr = line.find("\r", start)
            lf = line.find("\n", start)
            if cr < 0:
                return -1 if lf < 0 else lf + 1
            if 0 <= lf < cr:
                return lf + 1
            return cr + 2 if line.startswith("\n", cr + 1) else cr + 1
        i = line.find(self._readnl, start)
        return -1 if i < 0 else i + len(self._readnl)

    def readline(self, size=-1):
        if size == -1 and self._readtranslate:
            # The common case: a whole line among the decoded characters (none once closed).
            used = self._used
            end = self._decoded.find("\n", used)
            if end >= 0:
                self._used = end + 1
                return self._decoded[used:end + 1]
        self._reader()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__)
        line = self._take()
        start = 0
        while True:
            end = self._line_end(line, start)
            if end >= 0 or 0 <= size <= len(line):
                break
            # A newline of two characters may straddle the chunks.
            start = max(len(line) - len(self._readnl or "\n") + 1, 0)
            more = self._read_chunk()
            line += self._take()
            if not more:
                end = self._line_end(line, start)
                break
        if end < 0:
            end = len(line)
        if 0 <= size < end:
            end = size
        # What was taken past the end of the line goes back.
        self._used -= len(line) - end
        return line[:end]

    def __next__(self):
        self._telling = False
        if self._readtranslate:
            used = self._used
            end = self._decoded.find("\n", used)
            if end >= 0:
                self._used = end + 1
                return self._decoded[used:end + 1]
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    # Writing.

    def write(self, s):
        if (self._encoder is False and type(s) is str and not self.line_buffering
                and self._writenl == "\n" and self._snapshot is None):
            # The common case: text of a codec `str.encode` knows, no newline translation.
            self._buffer.write(s.encode(self._encoding, self._errors))
            return len(s)
        self._checkClosed()
        if self._encoder is None:
            raise UnsupportedOperation("not writable")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        length = len(s)
        haslf = (self._writetranslate or self.line_buffering) and "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        if self._encoder:
            data = self._encoder.encode(s)
        else:
            data = s.encode(self._encoding, self._errors)
        self._buffer.write(data)
        if self.line_buffering and (haslf or "\r" in s):
            self.flush()
        if self._decoded or self._snapshot is not None:
            self._decoded, self._used, self._snapshot = "", 0, None
            if self._decoder is not None:
                self._decoder.reset()
        return length

    def flush(self):
        self._checkClosed()
        self._telling = self._seekable
        self._buffer.flush()

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def close(self):
        if self._buffer is not None and not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._decoded, self._used, self._snapshot = "", 0, None
                self._buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        buffer, self._buffer = self._buffer, None
        self._decoded, self._used, self._snapshot = "", 0, None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        self._checkClosed()
        if encoding is not None and self._decoded[self._used:]:
            raise UnsupportedOperation("It is not possible to set the encoding or newline of "
                                       "stream after the first read")
        if encoding is None:
            encoding = self._encoding
            if errors is None:
                errors = self._errors
        elif errors is None:
            errors = "strict"
        if newline is Ellipsis:
            newline = self._readnl
        elif newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        self.flush()
        if (encoding, errors, newline) != (self._encoding, self._errors, self._readnl):
            if not _native_codec(encoding):
                import codecs
                codecs.lookup(encoding)
            self._configure(encoding, errors, newline)
        if line_buffering is not None:
            self.line_buffering = bool(line_buffering)
        if write_through is not None:
            self.write_through = bool(write_through)

    # Positions.

    def tell(self):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        position = self._buffer.tell()
        decoder = self._decoder
        if decoder is None or self._snapshot is None:
            return position
        flags, data = self._snapshot
        position -= len(data)
        skip = self._used
        if skip == 0:
            return _pack_cookie(position, flags)
        saved = decoder.getstate()
        try:
            return self._cookie_for(decoder, position, flags, data, skip)
        finally:
            decoder.setstate(saved)

    def _cookie_for(self, decoder, position, flags, data, skip):
        """The cookie of the point `skip` characters into what `data` decodes to, from a
        decoder in state `flags` at byte `position`."""
        # A clean point (the decoder holding no bytes) at or before the target: from the
        # last one found in this chunk, then forward in steps of at least one byte per
        # character still wanted.
        at, got = 0, 0
        cache = self._tell_cache
        if cache is not None and cache[0] is self._snapshot and cache[2] <= skip:
            _, at, got, flags = cache
        while got < skip:
            step = skip - got
            if at + step > len(data):
                break
            decoder.setstate((b"", flags))
            n = len(decoder.decode(data[at:at + step]))
            held, new_flags = decoder.getstate()
            if got + n > skip or len(held) >= step:
                break
            at, got, flags = at + step - len(held), got + n, new_flags
        self._tell_cache = (self._snapshot, at, got, flags)
        if got == skip:
            return _pack_cookie(position + at, flags)
        # From there, byte by byte until the characters wanted have come out.
        decoder.setstate((b"", flags))
        start, start_flags, remaining = position + at, flags, skip - got
        fed = count = 0
        need_eof = False
        for i in range(at, len(data)):
            fed += 1
            count += len(decoder.decode(data[i:i + 1]))
            held, now = decoder.getstate()
            if not held and count <= remaining:
                start, start_flags, remaining = start + fed, now, remaining - count
                fed = count = 0
            if count >= remaining:
                break
        else:
            count += len(decoder.decode(b"", True))
            need_eof = True
            if count < remaining:
                raise OSError("can't reconstruct logical file position")
        if remaining == 0:
            return _pack_cookie(start, start_flags)
        return _pack_cookie(start, start_flags, fed, need_eof, remaining)

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if isinstance(cookie, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        cookie = cookie.__index__()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self._buffer.seek(0, 2)
            self._decoded, self._used, self._snapshot = "", 0, None
            if self._decoder is not None:
                self._decoder.reset()
            return position
        elif whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        start, flags, to_feed, need_eof, skip = _unpack_cookie(cookie)
        self._buffer.seek(start)
        self._decoded, self._used, self._snapshot = "", 0, None
        decoder = self._decoder
        if decoder is not None:
            if cookie == 0:
                decoder.reset()
            else:
                decoder.setstate((b"", flags))
            self._snapshot = (flags, b"")
            if skip:
                data = self._buffer.read(to_feed)
                self._decoded = decoder.decode(data, need_eof)
                self._snapshot = (flags, data)
                if len(self._decoded) < skip:
                    raise OSError("can't restore logical file position")
                self._used = skip
        if self._encoder:
            if cookie == 0:
                self._encoder.reset()
            else:
                self._encoder.setstate(0)
        return cookie

    def __getstate__(self):
        raise TypeError("cannot pickle '_io.TextIOWrapper' object")

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(" name=%r" % (self.name,))
        except Exception:
            pass
        mode = self.__dict__.get("mode")
        if mode is not None:
            parts.append(" mode=%r" % (mode,))
        parts.append(" encoding=%r>" % (self._encoding,))
        return "".join(parts)


class IncrementalNewlineDecoder:
    """Wraps an incremental decoder (or None: the input is already str) and turns "\\r\\n"
    and "\\r" into "\\n" when `translate` is true, remembering which newlines it saw
    (`newlines`). A "\\r" at the end of one input is held back until the next one shows
    whether a "\\n" follows."""

    _LF, _CR, _CRLF = 1, 2, 4
    _SEEN = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
             ("\r", "\n", "\r\n"))

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._held_cr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            if not isinstance(input, str):
                raise TypeError("decoder should return a string result, not '%s'"
                                % type(input).__name__)
            text = input
        else:
            text = self.decoder.decode(input, final=final)
            if not isinstance(text, str):
                raise TypeError("decoder should return a string result, not '%s'"
                                % type(text).__name__)
        if self._held_cr and (text or final):
            text = "\r" + text
            self._held_cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._held_cr = True
        crlf = text.count("\r\n")
        cr = text.count("\r") - crlf
        lf = text.count("\n") - crlf
        if lf:
            self._seen |= self._LF
        if cr:
            self._seen |= self._CR
        if crlf:
            self._seen |= self._CRLF
        if self.translate and (cr or crlf):
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def getstate(self):
        buffered, flag = (b"", 0) if self.decoder is None else self.decoder.getstate()
        return buffered, (flag << 1) | int(self._held_cr)

    def setstate(self, state):
        buffered, flag = state
        self._held_cr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buffered, flag >> 1))

    def reset(self):
        self._seen = 0
        self._held_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._SEEN[self._seen]
