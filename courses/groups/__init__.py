"""Room groups: cohorts, memberships, meetings, attendance, invitations, coordinators' screens."""
