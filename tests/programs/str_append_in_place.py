# x += ... on a str local appends in place when nothing else holds the str
# (compiler/str_appends.rs): aliases keep their value, dict keys and attribute names made
# so still match, self-appends, non-str values, subclasses, closures, locals(), generators.
def alias():
    s = 'ab'
    s += 'c'
    t = s            # shared: later appends must not change t
    s += 'd'
    s += 'e'
    print(s, t)
    lst = []
    for i in range(5):
        s += str(i)
        lst.append(s)
    print(lst)
    d = {}
    s = ''
    for ch in 'xyz':
        s += ch
        d[s] = len(s)
    print(d, s in d, 'xy' in d)
    s += 'w'
    print(d, hash(s) == hash('xyzw'), s == 'xyzw', {s: 1}['xyzw'])
alias()
def self_add():
    s = 'a'
    s += 'b'
    s += s
    s += s
    print(s)
self_add()
def mixed(n):
    s = ''
    s += 'x'
    s = n
    s += 1
    print(s)
    s = 'q'
    s += 'r'
    s = [1]
    s += [2]
    print(s)
mixed(5)
def unbound():
    try:
        s += 'a'
    except UnboundLocalError as e:
        print(type(e).__name__)
    s = ''
unbound()
def empty():
    s = ''
    s += ''
    s += 'é'
    s += '日本'
    print(s, len(s), s.upper(), s[1], s.encode())
    t = s
    s += '!'
    print(t, s, len(t), len(s))
empty()
def gen():
    s = ''
    for i in range(3):
        s += str(i)
        yield s
print(list(gen()))
def attr_name():
    class O: pass
    o = O()
    name = 'ab'
    name += 'c'
    setattr(o, name, 1)
    print(o.abc, getattr(o, 'ab' + 'c'), hasattr(o, name))
attr_name()
def exc_in_rhs():
    s = 'a'
    s += 'b'
    try:
        s += str(1/0)
    except ZeroDivisionError:
        pass
    s += 'c'
    print(s)
exc_in_rhs()
class S(str): pass
def subclass():
    s = S('a')
    s += 'b'
    print(type(s).__name__, s)
    s = ''
    s += S('z')
    s += 'y'
    print(type(s).__name__, s)
subclass()
def big():
    s = ''
    for i in range(2000):
        s += 'ab'
    t = s
    for i in range(10):
        s += 'c'
    print(len(s), len(t), t.endswith('ab'), s[-11:])
big()
def closure():
    s = ''
    def inner():
        return s
    s += 'x'
    s += 'y'
    print(inner())
closure()
def with_globals():
    global G
    G = ''
    G += 'a'
    G += 'b'
    print(G)
with_globals()
import sys
def introspect():
    s = ''
    s += 'a'
    s += 'b'
    return locals()
print(introspect())
def many():
    s = ''
    for i in range(200000):
        s += 'ab'
    out = ""
    for i in range(20000):
        out += f"line {i}\n"
    return len(s), len(out), out[-12:]
print(many())
