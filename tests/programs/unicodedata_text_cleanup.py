# A realistic use of unicodedata: slugs without accents, a table aligned by East Asian
# width, numbers written in other scripts, and a character inspector.
import unicodedata


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(title):
    ascii_text = strip_accents(title).encode("ascii", "ignore").decode("ascii")
    words = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    return "-".join(words)


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0
               if unicodedata.combining(c) else 1 for c in text)


def pad(text, width):
    return text + " " * (width - display_width(text))


def parse_number(text):
    digits = []
    for c in text.strip():
        value = unicodedata.decimal(c, None)
        if value is None:
            raise ValueError(f"not a digit: {c!r} ({unicodedata.name(c, 'unnamed')})")
        digits.append(str(value))
    return int("".join(digits))


titles = ["Crème Brûlée à la Française", "Ångström & Ørsted: Über Größe",
          "Ｆｕｌｌｗｉｄｔｈ Ｔｅｘｔ", "naïve café — résumé", "Ελληνικά κείμενα"]
for title in titles:
    print(repr(slugify(title)))

rows = [("東京", 13960000), ("Zürich", 421878), ("서울", 9776000), ("São Paulo", 12330000)]
width = max(display_width(name) for name, _ in rows) + 2
for name, population in rows:
    print(f"|{pad(name, width)}|{population:>10,}|")

for text in ["١٢٣٤", "۷۸۹", "४२", "１２３", "12a"]:
    try:
        print(text, "->", parse_number(text))
    except ValueError as e:
        print("error:", e)

for ch in "A€ß\u00e9\U0001F600":
    print(f"U+{ord(ch):04X}", unicodedata.name(ch), unicodedata.category(ch),
          ascii(unicodedata.normalize("NFD", ch)), ch.upper(), ch.isprintable())
