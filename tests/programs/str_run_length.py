def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)
def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabbbcccd", "abcd", "", "wwwwwwwwwwwwbbbx", "zz"]:
    e = rle_encode(s)
    print(repr(s), "->", repr(e), rle_decode(e) == s)
