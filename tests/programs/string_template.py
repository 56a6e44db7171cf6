# string.Template: substitute and safe_substitute with mappings and keywords, $$, ${name},
# invalid placeholders, missing keys, a custom delimiter, is_valid and get_identifiers.
from string import Template

t = Template("$who likes ${what}; $$5 for $who_else.")
print(t.substitute(who="tim", what="kung pao", who_else="Ann"))
print(t.substitute({"who": "x", "what": 1}, who_else=[1, 2]))
print(t.safe_substitute(who="tim"))
print(t.get_identifiers(), t.is_valid())
for bad in ["$", "ok $1 no", "line\n  ${bad", "${}", "tail $"]:
    b = Template(bad)
    print(repr(bad), b.is_valid(), repr(b.safe_substitute(x=1)))
    try:
        b.substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
print(Template("${a}${a}b $a").substitute(a=3))


class Percent(Template):
    delimiter = "%"


print(Percent("%x%% and %{y}").substitute(x=1, y="two"))
print(Template("").substitute(), Template("plain").substitute(z=1))
print(Template("$x").template)
