# e2e: not under GC stress (importing email takes 16 s under stress in release)
# Every value has its type's __doc__, a class without a docstring has __doc__ None, and str
# subclass instances are accepted where any str is (join items, method arguments, re):
# what the email package and http.client need to import and work.
class Plain:
    pass

class Documented:
    """Docs."""

print(Plain.__doc__, Plain().__doc__, "__doc__" in Plain.__dict__, Documented().__doc__)
print("abc".__doc__ == str.__doc__, (5).__doc__ == int.__doc__, [].__doc__ == list.__doc__)
print(type("M", (), {}).__doc__, type("N", (), {"__doc__": "n"}).__doc__)

class Token(str):
    pass

t = Token("b")
print("-".join([Token("a"), t, "c"]), "abc".find(t), "abc".startswith(Token("ab")), "x".join(Token("yz")))
import re
print(re.findall(r"[a-c]", Token("abcd")), re.sub("b", "B", Token("abc")), re.match("a", Token("ab")) is not None)

from email.message import EmailMessage
from email import message_from_string
m = EmailMessage()
m["Subject"] = "Hello there"
m["From"] = "a@example.com"
m["To"] = "b@example.com"
m.set_content("The body.\n")
text = m.as_string()
parsed = message_from_string(text)
print(parsed["Subject"], parsed["To"], parsed.get_content_type(), parsed.get_payload().strip())
import http.client
print(http.client.responses[404], http.client.OK)
