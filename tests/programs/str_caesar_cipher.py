def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
msg = "Hello, World! The Zebra quickly jumps."
for k in [1, 3, 13, 25]:
    enc = caesar(msg, k)
    dec = caesar(enc, -k)
    print(k, enc, dec == msg)
def crack(cipher):
    best = None
    for k in range(26):
        cand = caesar(cipher, -k)
        score = sum(cand.lower().count(ch) for ch in "etaoin")
        if best is None or score > best[0]:
            best = (score, k, cand)
    return best
print(crack(caesar("meet me at the entrance at noon", 7)))
