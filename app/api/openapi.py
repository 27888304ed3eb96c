"""Operation ids of the OpenAPI document."""

import re

from fastapi.routing import APIRoute


def operation_id(route: APIRoute) -> str:
    """`<first tag>-<function name>`, the tag in snake case: `budgets-list_budgets`,
    `category_rules-apply_rules`. FastAPI's default id carries the path and the method, so moving
    or renaming a path would rename the operation in every generated client; this one changes
    only when the route function or its tag is renamed. Untagged routes (only the SPA's, kept
    out of the document) fall back to the function name."""
    if not route.tags:
        return route.name
    tag = re.sub(r"[^a-z0-9]+", "_", str(route.tags[0]).lower()).strip("_")
    return f"{tag}-{route.name}"
