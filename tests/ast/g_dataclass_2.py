# Dataclasses with __post_init__, ClassVar and inheritance
from dataclasses import dataclass, field, asdict
from typing import ClassVar


@dataclass
class Employee:
    name: str
    salary: int
    company: ClassVar[str] = "ACME"
    email: str = field(init=False)

    def __post_init__(self):
        self.email = f"{self.name.lower()}@{self.company.lower()}.com"


@dataclass
class Manager(Employee):
    reports: list["Employee"] = field(default_factory=list)


boss = Manager("Grace", 200, reports=[Employee("Alan", 100)])
print(asdict(boss))
