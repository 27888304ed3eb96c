"""What a transaction is for reports, from its direction and its category's kind.

- in a "transfer" category (Transfers, Investments): a transfer, neither income nor expense;
- a debit otherwise: an expense (uncategorised debits included);
- a credit in an "expense" category: a refund, which lowers that category's spending;
- any other credit: income (uncategorised credits included).
"""

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol

Flow = Literal["income", "expense", "refund", "transfer"]


def classify(direction: str, category_kind: str | None) -> Flow:
    if category_kind == "transfer":
        return "transfer"
    if direction == "debit":
        return "expense"
    if category_kind == "expense":
        return "refund"
    return "income"


class CategoryLike(Protocol):
    id: uuid.UUID
    parent_id: uuid.UUID | None
    name: str
    kind: str


@dataclass(frozen=True)
class CategoryTree:
    """A user's categories as reports need them: kind, name, parent and children by id."""

    kinds: dict[uuid.UUID, str]
    names: dict[uuid.UUID, str]
    parents: dict[uuid.UUID, uuid.UUID]
    children: dict[uuid.UUID, set[uuid.UUID]]

    @classmethod
    def of(cls, categories: Iterable[CategoryLike]) -> "CategoryTree":
        kinds, names, parents = {}, {}, {}
        children: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        for category in categories:
            kinds[category.id], names[category.id] = category.kind, category.name
            if category.parent_id:
                parents[category.id] = category.parent_id
                children[category.parent_id].add(category.id)
        return cls(kinds=kinds, names=names, parents=parents, children=dict(children))

    def family(self, category_id: uuid.UUID) -> set[uuid.UUID]:
        """The category and its subcategories."""
        return {category_id, *self.children.get(category_id, ())}

    def kind(self, category_id: uuid.UUID | None) -> str | None:
        return self.kinds.get(category_id) if category_id else None

    def top_level(self, category_id: uuid.UUID | None) -> uuid.UUID | None:
        return self.parents.get(category_id, category_id) if category_id else None
