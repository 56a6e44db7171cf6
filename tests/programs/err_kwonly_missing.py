def render(template, *, width, fill=" "):
    return template.center(width, fill)

def banner(lines, **opts):
    for line in lines:
        print("[" + render(line, **opts) + "]")

print(render("a", width=5, fill="*"))
print(render("title", width=11))
banner(["x", "yy"], width=6, fill="-")
banner(["oops"], fill="=")
