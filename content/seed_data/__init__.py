"""Edition 1 of every programme, written from the source documents (shared/seeds).

Each module defines PROGRAMMES: a list of programme dicts in the format of FORMAT.md.
`content.services.programme_load_seed` turns them into Wagtail pages and releases edition 1.
"""

import importlib

MODULES = ("regular", "iwin", "zzp", "volunteer_courses")


def all_programmes():
    """Every programme of the seed content, JobGroups first."""
    for name in MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        yield from module.PROGRAMMES
