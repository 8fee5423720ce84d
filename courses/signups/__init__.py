"""Sign-ups without an invitation: job seekers (`/aanmelden/`) and volunteers (`/vrijwilliger-worden/`)."""
