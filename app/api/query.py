"""Query parameters read by our own code, for the busiest route (the ledger page).

FastAPI reads a pydantic model of query parameters field by field and, for every field of every
request, works out again from its type annotation whether it is a list: for the ledger's
15-field TransactionFilters that was a fifth of the page's CPU, more than running its SQL. Here
the same declaration (a function's signature, exactly as the route would take them) is turned
once into validators, and the request's parameters go through them in one pass:

- same values: a model of parameters is validated from the parameters it names (the last value
  of a repeated one, as FastAPI takes it), each other parameter by the TypeAdapter of its
  annotation, a missing one is its default (not validated, as FastAPI does);
- same errors: every failure of every parameter, in the signature's order, located as
  ("query", name, ...), raised as FastAPI's RequestValidationError (the one 422 shape);
- same OpenAPI document: the parameters are documented by FastAPI itself, from the
  declaration, once (`openapi_extra`).
"""

import inspect
from collections.abc import Callable, Mapping
from typing import Annotated, Any, get_args, get_origin

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, TypeAdapter, ValidationError


class QueryParser:
    """Validators for the parameters `declared` takes (its signature: a model of parameters as
    `Annotated[Model, Query()]`, or single parameters with their defaults)."""

    def __init__(self, declared: Callable[..., Any]) -> None:
        self._steps: list[tuple[str, Any, Any]] = []
        for name, parameter in inspect.signature(declared).parameters.items():
            annotation = parameter.annotation
            base = get_args(annotation)[0] if get_origin(annotation) is Annotated else annotation
            if isinstance(base, type) and issubclass(base, BaseModel):
                if any(field.alias for field in base.model_fields.values()):
                    raise TypeError(f"{base.__name__}: aliases are not read here")
                self._steps.append((name, base, tuple(base.model_fields)))
            else:
                self._steps.append((name, TypeAdapter(annotation), parameter.default))
        self.openapi_extra = {"parameters": _documented_parameters(declared)}

    def parse(self, params: Mapping[str, str]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        errors: list[dict[str, Any]] = []
        for name, validator, extra in self._steps:
            single = isinstance(validator, TypeAdapter)
            loc = ("query", name) if single else ("query",)
            try:
                if single:
                    raw = params.get(name)
                    values[name] = extra if raw is None else validator.validate_python(raw)
                else:
                    values[name] = validator.model_validate(
                        {key: params[key] for key in extra if key in params}
                    )
            except ValidationError as exc:
                errors.extend(
                    {**error, "loc": loc + tuple(error["loc"])}
                    for error in exc.errors(include_url=False)
                )
        if errors:
            raise RequestValidationError(errors)
        return values


def _documented_parameters(declared: Callable[..., Any]) -> list[dict[str, Any]]:
    """The OpenAPI parameters FastAPI writes for a route taking `declared`'s parameters."""
    scratch = FastAPI()
    scratch.get("/")(declared)
    parameters: list[dict[str, Any]] = scratch.openapi()["paths"]["/"]["get"]["parameters"]
    return parameters
