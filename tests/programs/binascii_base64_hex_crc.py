# binascii: base64 lines, hex, CRC-32, CRC-CCITT, and the errors (CPython's base64 module
# on it needs bytearray).
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data, binascii.b2a_base64(data, newline=False)[-1:])
print(binascii.a2b_base64(b"Zm9v\nYmFy"), binascii.a2b_base64("Zm9vYg=="), binascii.a2b_base64(b"Zm9vYg==garbage"))
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"\x01\x02\x03", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2),
      binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2), binascii.unhexlify(b"01abFF"),
      binascii.a2b_hex("0102"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""),
      binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"", 0xFFFF))
for bad in [lambda: binascii.a2b_base64(b"Zm9vY"), lambda: binascii.a2b_base64(b"Zm9vYg"),
            lambda: binascii.unhexlify(b"abc"), lambda: binascii.unhexlify(b"zz"),
            lambda: binascii.b2a_base64("text"), lambda: binascii.a2b_base64("é")]:
    try:
        print(bad())
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
