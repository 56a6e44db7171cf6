# `from __future__ import annotations`: annotations are kept as their source text.
from __future__ import annotations

import __future__


class Node:
    value: int
    next: Node | None = None

    def link(self, other: Node) -> Node:
        self.next = other
        return other


def total(nodes: list[Node], start: int = 0) -> int:
    return start + sum(n.value for n in nodes)


print(Node.__annotations__)
print(Node.link.__annotations__)
print(total.__annotations__)
print(__future__.annotations.getMandatoryRelease(), __future__.division.compiler_flag)
