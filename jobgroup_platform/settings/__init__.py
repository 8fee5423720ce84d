"""Settings: ``base`` (safe defaults, reads the environment), ``dev``, ``test``, ``production``."""
