# A small program in modern style: dataclasses, typing, defaultdict, Counter, json.
from dataclasses import dataclass, field
from typing import List, Dict, Optional
from collections import defaultdict, Counter
import json


@dataclass
class Employee:
    name: str
    dept: str
    salary: float
    skills: List[str] = field(default_factory=list)
    manager: Optional[str] = None


class Company:
    def __init__(self, employees: List[Employee]) -> None:
        self.employees = employees

    def by_dept(self) -> Dict[str, List[Employee]]:
        groups: Dict[str, List[Employee]] = defaultdict(list)
        for e in self.employees:
            groups[e.dept].append(e)
        return dict(groups)

    def payroll(self) -> float:
        return sum(e.salary for e in self.employees)

    def skill_counts(self) -> Counter:
        return Counter(s for e in self.employees for s in e.skills)


staff = [
    Employee("ann", "eng", 120000, ["python", "rust"]),
    Employee("bob", "eng", 95000.5, ["python"], manager="ann"),
    Employee("cy", "ops", 70000, ["bash", "python"]),
]
c = Company(staff)
for dept, people in sorted(c.by_dept().items()):
    print(dept, [p.name for p in people], f"{sum(p.salary for p in people):,.2f}")
print(c.payroll(), c.skill_counts().most_common(2))
print(json.dumps([e.__dict__ for e in staff], indent=1)[:120])
print(max(staff, key=lambda e: e.salary))
try:
    Employee("x")
except TypeError as err:
    print("error:", err)
