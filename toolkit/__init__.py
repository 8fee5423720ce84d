"""The platform's toolkit: small helpers every app uses (sanitising what people write, the API's
error shapes and codes, the domain's permission error). It imports no app of the project, so
every app may import it (see the layer contracts in pyproject.toml)."""
