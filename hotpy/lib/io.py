"""The io module: hotpy's files (`open`, `sys.stdout`...) and in-memory streams (`StringIO`,
`BytesIO`), from `_io`."""

import _io
from _io import (DEFAULT_BUFFER_SIZE, BytesIO, FileIO, StringIO, TextIOWrapper,
                 BufferedReader, BufferedWriter, BufferedRWPair, IncrementalNewlineDecoder,
                 UnsupportedOperation, open, open_code, text_encoding)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
           "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


IOBase = _io._IOBase
RawIOBase = _io._RawIOBase
BufferedIOBase = _io._BufferedIOBase
TextIOBase = _io._TextIOBase
