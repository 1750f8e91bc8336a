from enum import StrEnum


class DataScope(StrEnum):
    ALL = "all"
    DEPARTMENT = "department"
    DEPARTMENT_TREE = "department_tree"
    OWN = "own"
    SUBORDINATES = "subordinates"

    def __str__(self) -> str:
        return str(self.value)
