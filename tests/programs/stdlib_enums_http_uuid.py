# enum._simple_enum (CPython's helper for its library's enums): http.HTTPStatus,
# http.HTTPMethod-like IntEnums, uuid.SafeUUID, and the uuid module built on them.
import enum
import uuid
from http import HTTPStatus

print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus(404).phrase, HTTPStatus.NOT_FOUND.description)
print(int(HTTPStatus.NOT_FOUND), HTTPStatus.NOT_FOUND == 404, HTTPStatus["CREATED"].value)
print(isinstance(HTTPStatus.OK, int), type(HTTPStatus).__name__, HTTPStatus.__module__, HTTPStatus.__qualname__)
print(len(HTTPStatus), [s.name for s in HTTPStatus][:3], HTTPStatus(418).phrase)
try:
    HTTPStatus(999)
except ValueError as e:
    print("ValueError:", e)

print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, list(uuid.SafeUUID))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, u.hex, u.int, u.version, u.variant, u.fields, u.urn, u.bytes[:4])
print(uuid.UUID(int=5), uuid.UUID(bytes=b"\x00" * 15 + b"\x01"), uuid.UUID("{12345678123456781234567812345678}") == u)
print(uuid.uuid4().version, len(str(uuid.uuid4())), uuid.NAMESPACE_DNS)
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)


@enum._simple_enum(enum.Enum)
class Shade:
    LIGHT = 1
    DARK = 2

    def describe(self):
        return "%s is %d" % (self.name, self.value)


print(Shade.LIGHT, Shade(2), Shade.DARK.describe(), [s.name for s in Shade], Shade.__name__)

# Bit operations whose result leaves the small ints (uuid's variant and version bits).
a = (1 << 127) | 12345
print(0x4000 << 48, a & (0x4000 << 48), a | (1 << 62), a ^ (1 << 63), a & ~(0xC000 << 48))
print((-2 ** 62) // -1, (1 << 62) | 1, -(1 << 62) ^ -1, (2 ** 62) >> 1, 3 << 61)
