"""Room trajectories: trajectory, participation ladder, aftercare, intake advice, outcome report."""
