"""Responses a route builds itself."""

from fastapi import Response


class JSONBytes(Response):
    """A body serialised already (from trusted rows, by app.schemas): FastAPI sends a Response
    returned by a route as it is, skipping the response model's validation and serialisation.
    The route keeps `response_model=` for the OpenAPI document."""

    media_type = "application/json"
