"""How a session's refresh token travels: in the JSON body for scripts, and for the web app in
an httpOnly cookie that page scripts cannot read (so an XSS cannot carry a 30-day token away).

The web app says who it is with the X-FinCoach-Client: web header. Only then is the cookie set or
read, and that header is also the CSRF defence: a form or image on another site cannot add a
custom header, and a script there cannot without a CORS preflight that only CORS_ORIGINS pass.
The cookie is SameSite=Strict as well, and a request whose Origin is another site is refused."""

from typing import TypeVar
from urllib.parse import urlsplit

from fastapi import Request, Response

from app.core.config import Settings
from app.core.errors import Forbidden, Unauthorized
from app.schemas.auth import TokenPair

Answer = TypeVar("Answer")

WEB_CLIENT_HEADER = "X-FinCoach-Client"
REFRESH_COOKIE = "fincoach_refresh"
REFRESH_COOKIE_PATH = "/api/auth"  # sent only to sign-in, refresh and sign-out


def is_web_client(request: Request) -> bool:
    return request.headers.get(WEB_CLIENT_HEADER) == "web"


def deliver(request: Request, response: Response, settings: Settings, answer: Answer) -> Answer:
    """A sign-in's answer as the client should get it: the web app's refresh token goes into
    the cookie and out of the body (any other answer, a second-factor challenge, is as it is)."""
    if not isinstance(answer, TokenPair) or not is_web_client(request):
        return answer
    if answer.refresh_token is None:
        return answer
    response.set_cookie(
        REFRESH_COOKIE,
        answer.refresh_token,
        max_age=settings.refresh_token_days * 86_400,
        path=REFRESH_COOKIE_PATH,
        httponly=True,
        secure=settings.refresh_cookie_secure,
        samesite="strict",
    )
    return answer.model_copy(update={"refresh_token": None})


def presented_refresh_token(request: Request, settings: Settings, from_body: str | None) -> str:
    """The refresh token of this request: the body's, or the web app's cookie."""
    if from_body:
        return from_body
    cookie = request.cookies.get(REFRESH_COOKIE)
    if cookie and is_web_client(request):
        _refuse_other_sites(request, settings)
        return cookie
    raise Unauthorized("Not signed in: no refresh token was sent.", code="invalid_token")


def forget(response: Response, settings: Settings) -> None:
    response.delete_cookie(
        REFRESH_COOKIE,
        path=REFRESH_COOKIE_PATH,
        httponly=True,
        secure=settings.refresh_cookie_secure,
        samesite="strict",
    )


def _refuse_other_sites(request: Request, settings: Settings) -> None:
    origin = request.headers.get("origin")
    if origin is None:  # same-origin GETs and some older browsers send none
        return
    own = f"{request.url.scheme}://{request.url.netloc}"
    if origin != own and origin not in settings.cors_origins and not _same_host(origin, request):
        raise Forbidden("Requests from another site cannot use this session.", code="csrf")


def _same_host(origin: str, request: Request) -> bool:
    # Behind a TLS proxy the app may see http:// while the browser says https://.
    return urlsplit(origin).netloc == request.headers.get("host", "")
