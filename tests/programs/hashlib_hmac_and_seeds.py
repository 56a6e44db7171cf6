import hashlib, hmac
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    h = hashlib.new(n)
    h.update(b'hello ')
    c = h.copy()
    h.update(bytearray(b'world'))
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16], len(h.digest()))
for n in ['shake_128', 'shake_256']:
    h = hashlib.new(n, b'abc')
    print(n, h.hexdigest(10), h.digest(5), h.digest_size)
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest(), hashlib.sha256(b'').hexdigest())
print(hashlib.blake2b(b'x', digest_size=16).hexdigest(), hashlib.blake2s(digest_size=8).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.digest(b'k', b'm', 'md5').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.new(b'key', digestmod=hashlib.sha1).name)
big = hashlib.sha1()
for i in range(1000):
    big.update(str(i).encode())
print(big.hexdigest())
for stmt in ['hashlib.md5("x")', 'hashlib.new("nope")', 'hashlib.sha256(5)', 'hashlib.blake2b(digest_size=65)',
             'hashlib.shake_128(b"x").hexdigest(-1)']:
    try:
        eval(stmt)
    except Exception as e:
        print(stmt, type(e).__name__, e)
import uuid
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'x'))
import random
random.seed('hello')
print(random.random())
try:
    random.seed([1])
except TypeError as e:
    print(repr(str(e)))
random.seed(1.5); print(random.random()); random.seed(b'ab'); print(random.random())
random.seed(bytearray(b'ab')); print(random.random()); random.seed(-5); print(random.random())
r = random.Random('seed'); print(r.randint(1, 100))
import secrets
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), secrets.choice([7]))
