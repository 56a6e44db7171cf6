def box(lines, pad=1):
    width = max(len(l) for l in lines) + 2 * pad
    top = "+" + "-" * width + "+"
    out = [top]
    for l in lines:
        out.append("|" + " " * pad + l.ljust(width - 2 * pad) + " " * pad + "|")
    out.append(top)
    return "\n".join(out)
print(box(["Hello", "wide world", "!"]))
print(box(["x"], pad=3))
def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines
text = "the quick brown fox jumps over the lazy dog and keeps running far away"
for l in wrap(text, 16):
    print(l.center(20, "."))
print("|".join(s.zfill(5) for s in ["1", "-23", "+4", "abc"]))
print("tab\tsep".expandtabs(8) + "|", "a,b,,c".split(","), "  x  ".strip() + "|")
