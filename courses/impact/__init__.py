"""The self-assessment: how a participant sees themself at the start and end of a group and at the end of aftercare."""
