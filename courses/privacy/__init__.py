"""Room privacy: personal-data registration of courses' models, download, erasure, retention."""
