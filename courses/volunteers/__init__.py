"""Room volunteers: certificates, VOG, buddies."""
