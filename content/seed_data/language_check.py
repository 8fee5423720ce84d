"""The intake's language check, edition 1: a short text in plain Dutch (about A2/B1) and five
questions about it. Not an exam: it only helps to choose between the regular JobGroup and iWIN,
or first a buddy (courses.trajectories.intake). The text lives in language_check.toml."""

from content.seed_data import language_check_from_file

LANGUAGE_CHECK = language_check_from_file()
