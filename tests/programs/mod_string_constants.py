import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(len(string.punctuation), string.punctuation[:10])
print(repr(string.whitespace))
def rot13(s):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    out = []
    for ch in s:
        if ch in lo:
            out.append(lo[(lo.index(ch) + 13) % 26])
        elif ch in up:
            out.append(up[(up.index(ch) + 13) % 26])
        else:
            out.append(ch)
    return "".join(out)
print(rot13("Hello, World!"), rot13(rot13("Round Trip")))
def to_base(n, b):
    digs = string.digits + string.ascii_lowercase
    s = ""
    while n:
        n, r = divmod(n, b)
        s = digs[r] + s
    return s or "0"
print(to_base(255, 16), to_base(255, 2), to_base(123456789, 36), to_base(0, 7))
pangram = "The quick brown fox jumps over the lazy dog"
print(all(c in pangram.lower() for c in string.ascii_lowercase))
print(sum(c in string.punctuation for c in "Hi! How's it going? Fine."))
print(string.capwords("hello   big  world"))
