"""requirements.lock matches pyproject.toml: every dependency (and every `dev` extra) is locked at
one exact version that its range allows, with hashes, so `make install` gives the same packages
on every machine. Fails after a change to the dependencies without `make lock`."""

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [
        Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"]
    ]


def _locked(text: str) -> dict[str, Version]:
    pins = {}
    for line in text.splitlines():
        match = PIN.match(line)
        if match:
            pins[canonicalize_name(match.group(1))] = Version(match.group(2))
    return pins


def _problems(declared: list[Requirement], lock_text: str) -> list[str]:
    locked = _locked(lock_text)
    problems = []
    for requirement in declared:
        name = canonicalize_name(requirement.name)
        if name not in locked:
            problems.append(f"{requirement.name} is not in requirements.lock")
        elif not requirement.specifier.contains(locked[name], prereleases=True):
            problems.append(f"{requirement.name}=={locked[name]} is outside {requirement}")
    return problems


def test_every_declared_dependency_is_locked_within_its_range():
    assert _problems(_declared(), (ROOT / "requirements.lock").read_text()) == []


def test_every_locked_package_has_an_exact_version_and_hashes():
    text = (ROOT / "requirements.lock").read_text()
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 1)[1])
    packages = [entry for entry in entries if PIN.match(entry)]
    assert len(packages) > 50  # everything `.[dev]` pulls in, not only what is declared
    unhashed = [entry.split()[0] for entry in packages if "--hash=sha256:" not in entry]
    assert unhashed == []
    # nothing but pins and comments: no ranges, no index or link of one machine
    others = [
        line
        for line in text.splitlines()
        if line.strip() and not line.startswith(("#", " ")) and not PIN.match(line)
    ]
    assert others == []


def test_the_check_sees_a_missing_package_and_a_pin_out_of_range():
    lock = "django==5.2.19 \\\n    --hash=sha256:00\nruff==0.17.5 \\\n    --hash=sha256:11\n"
    declared = [Requirement("Django>=5.2,<5.3"), Requirement("ruff==0.17.6"), Requirement("x>=1")]
    assert _problems(declared, lock) == [
        "ruff==0.17.5 is outside ruff==0.17.6",
        "x is not in requirements.lock",
    ]
