text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness."""
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print("vowels:", sum(letters.get(v, 0) for v in "aeiou"))
print("lines:", len(text.splitlines()), "words:", len(text.split()))
print("upper:", sum(1 for c in text if c.isupper()))
print("punct:", [c for c in text if c in ",."])
print(text.replace("\n", " ").count("it was"))
print(min(text.split(), key=len), max(text.split(), key=len))
