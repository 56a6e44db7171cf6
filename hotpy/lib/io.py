"""The io module: the stream classes of `_io` under their public names, with the abstract
bases (`IOBase`, `RawIOBase`, `BufferedIOBase`, `TextIOBase`) as ABCs the concrete classes
are registered with, as CPython's io.py does."""

import abc
import _io
from _io import (DEFAULT_BUFFER_SIZE, BytesIO, FileIO, StringIO, TextIOWrapper,
                 BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair,
                 IncrementalNewlineDecoder, UnsupportedOperation, open, open_code,
                 text_encoding)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
           "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError
UnsupportedOperation.__module__ = "io"


class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__


RawIOBase.register(FileIO)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper, _io.StdStream):
    TextIOBase.register(_klass)
del _klass
