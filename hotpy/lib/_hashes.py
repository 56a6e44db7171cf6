"""Hash objects for `hashlib`: CPython's builtin hash modules `_md5`, `_sha1`, `_sha256`,
`_sha512`, `_sha3` and `_blake2` are each this module (their constructors are all here).
The hash functions are native (`hotpy/src/modules/hashing.rs`, the RustCrypto crates); a
hash object holds the id of its running state and frees it when it dies.

Not here: BLAKE2's `key`, `salt`, `person` and tree parameters (a ValueError names them)."""

import _hotpy
from weakref import finalize as _finalize

# name: (digest_size, block_size)
_SIZES = {
    "md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
    "sha384": (48, 128), "sha512": (64, 128), "sha3_224": (28, 144),
    "sha3_256": (32, 136), "sha3_384": (48, 104), "sha3_512": (64, 72),
    "shake_128": (0, 168), "shake_256": (0, 136), "blake2b": (64, 128), "blake2s": (32, 64),
}


class HASH:
    """A running hash: `update(data)`, `digest()`, `hexdigest()`, `copy()`."""

    __slots__ = ("_id", "name", "digest_size", "__weakref__")

    def __init__(self, name, data=b"", digest_size=None, _id=None):
        self.name = name
        self.digest_size = _SIZES[name][0] if digest_size is None else digest_size
        self._id = _hotpy.hash_new(name, digest_size) if _id is None else _id
        _finalize(self, _hotpy.hash_free, self._id)
        if data:
            self.update(data)

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, data, /):
        _hotpy.hash_update(self._id, data)

    def digest(self):
        return _hotpy.hash_digest(self._id, None)

    def hexdigest(self):
        return _hotpy.hash_hexdigest(self._id, None)

    def copy(self):
        return type(self)(self.name, digest_size=self.digest_size,
                          _id=_hotpy.hash_copy(self._id))

    def __repr__(self):
        return f"<{self.name} {type(self).__name__} object @ {hex(id(self))}>"


class HASHXOF(HASH):
    """SHAKE: `digest(length)` and `hexdigest(length)`."""

    __slots__ = ()

    def digest(self, length):
        return _hotpy.hash_digest(self._id, length)

    def hexdigest(self, length):
        return _hotpy.hash_hexdigest(self._id, length)


def _data(data, string):
    if string is not None:
        if data:
            raise TypeError("'data' and 'string' are mutually exclusive and support for "
                            "'string' keyword parameter is slated for removal in a future "
                            "version.")
        return string
    return data


def _constructor(name, xof=False):
    cls = HASHXOF if xof else HASH

    def make(data=b"", /, *, usedforsecurity=True, string=None):
        return cls(name, _data(data, string))

    make.__name__ = make.__qualname__ = name
    return make


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128", xof=True)
shake_256 = _constructor("shake_256", xof=True)


class _Blake2(HASH):
    __slots__ = ()
    MAX_DIGEST_SIZE = 64

    def __new__(cls, data=b"", /, *, digest_size=None, key=b"", salt=b"", person=b"",
                fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                inner_size=0, last_node=False, usedforsecurity=True, _id=None):
        return object.__new__(cls)

    def __init__(self, data=b"", /, *, digest_size=None, key=b"", salt=b"", person=b"",
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                 inner_size=0, last_node=False, usedforsecurity=True, _id=None):
        if isinstance(data, str) and data in _SIZES and _id is not None:
            # `copy()`: HASH's call with the name first.
            HASH.__init__(self, data, digest_size=digest_size, _id=_id)
            return
        size = self.MAX_DIGEST_SIZE if digest_size is None else digest_size
        if not 1 <= size <= self.MAX_DIGEST_SIZE:
            raise ValueError(f"digest_size must be between 1 and {self.MAX_DIGEST_SIZE} bytes")
        if key or salt or person or (fanout, depth, leaf_size, node_offset, node_depth,
                                     inner_size, last_node) != (1, 1, 0, 0, 0, 0, False):
            raise ValueError("hotpy's blake2 takes no key, salt, person or tree parameters")
        HASH.__init__(self, type(self).__name__, data, size)

    def copy(self):
        return type(self)(self.name, digest_size=self.digest_size,
                          _id=_hotpy.hash_copy(self._id))


class blake2b(_Blake2):
    __slots__ = ()
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    __slots__ = ()
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32
