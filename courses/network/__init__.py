"""Room network: open workshops, intervision circles, a finished group's channel."""
