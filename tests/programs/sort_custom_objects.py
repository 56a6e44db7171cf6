class Task:
    def __init__(self, name, prio, due):
        self.name, self.prio, self.due = name, prio, due
    def __repr__(self):
        return f"{self.name}(p{self.prio},d{self.due})"
    def __lt__(self, other):
        return (self.prio, self.due) < (other.prio, other.due)
tasks = [Task("write", 2, 5), Task("test", 1, 7), Task("ship", 1, 3), Task("plan", 3, 1), Task("fix", 2, 2)]
print(sorted(tasks))
print(sorted(tasks, key=lambda t: t.due))
print(sorted(tasks, key=lambda t: t.name, reverse=True))
print(min(tasks), max(tasks))
