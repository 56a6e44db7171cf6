# A method-heavy task scheduler simulation: tasks with priorities and states, a scheduler
# class with a ready queue, method calls, properties, dunder comparisons and enums.
import heapq
from enum import Enum


class State(Enum):
    READY = 1
    RUNNING = 2
    WAITING = 3
    DONE = 4


class Task:
    __slots__ = ("ident", "priority", "remaining", "state", "waits", "runs")

    def __init__(self, ident, priority, work):
        self.ident = ident
        self.priority = priority
        self.remaining = work
        self.state = State.READY
        self.waits = 0
        self.runs = 0

    def __lt__(self, other):
        if self.priority != other.priority:
            return self.priority < other.priority
        return self.ident < other.ident

    @property
    def finished(self):
        return self.remaining <= 0

    def step(self, quantum):
        self.state = State.RUNNING
        self.runs += 1
        used = min(quantum, self.remaining)
        self.remaining -= used
        return used


class Scheduler:
    def __init__(self, quantum):
        self.quantum = quantum
        self.ready = []
        self.waiting = []
        self.clock = 0
        self.done = []

    def add(self, task):
        task.state = State.READY
        heapq.heappush(self.ready, task)

    def block(self, task):
        task.state = State.WAITING
        task.waits += 1
        self.waiting.append(task)

    def wake_all(self):
        waiting, self.waiting = self.waiting, []
        for task in waiting:
            self.add(task)

    def run_one(self):
        task = heapq.heappop(self.ready)
        self.clock += task.step(self.quantum)
        if task.finished:
            task.state = State.DONE
            self.done.append(task)
        elif task.runs % 3 == 0:
            self.block(task)
        else:
            task.priority += 1
            self.add(task)

    def run(self):
        while self.ready or self.waiting:
            if not self.ready:
                self.wake_all()
            self.run_one()
            if self.clock % 17 == 0:
                self.wake_all()
        return self.clock


total = 0
for round_ in range(6):
    s = Scheduler(quantum=3 + round_ % 3)
    for i in range(2500):
        s.add(Task(i, (i * 7919) % 13, 5 + (i * 31) % 23))
    total += s.run()
    states = sum(1 for t in s.done if t.state is State.DONE)
print(total, states, sum(t.waits for t in s.done), max(t.runs for t in s.done))
