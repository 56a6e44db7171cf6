class Report:
    def render(self):
        parts = [self.header()]
        for row in self.rows():
            parts.append(self.format_row(row))
        parts.append(self.footer())
        return "\n".join(parts)
    def header(self):
        return "=== " + self.title() + " ==="
    def footer(self):
        return "=" * (len(self.title()) + 8)
    def title(self):
        raise NotImplementedError("subclass must define title")
    def rows(self):
        return []
    def format_row(self, row):
        return str(row)
class Sales(Report):
    def title(self):
        return "Sales"
    def rows(self):
        return [("north", 120), ("south", 85)]
    def format_row(self, row):
        return f"{row[0]:<8}{row[1]:>5}"
class Empty(Report):
    def title(self):
        return "Nothing"
print(Sales().render())
print(Empty().render())
try:
    Report().render()
except NotImplementedError as e:
    print("NotImplementedError:", e)
