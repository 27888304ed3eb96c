"""ProviderFactory: the registry of mailbox providers, keyed by name.

A provider registers itself with the class decorator in its own module, app/providers/<name>.py;
the factory imports that module the first time the name is asked for. So adding Outlook is one
new file, outlook.py, with `@ProviderFactory.register` on a class named "outlook", and no edit
anywhere else.
"""

import importlib
import re
from typing import ClassVar

from app.core.config import Settings
from app.providers.base import EmailProvider, ProviderAccount, ProviderError

_MODULE_NAME = re.compile(r"[a-z][a-z0-9_]{0,30}")


class UnknownProvider(ProviderError):
    pass


class ProviderFactory:
    _providers: ClassVar[dict[str, type[EmailProvider]]] = {}

    @classmethod
    def register(cls, provider: type[EmailProvider]) -> type[EmailProvider]:
        cls._providers[provider.name] = provider
        return provider

    @classmethod
    def provider_class(cls, name: str) -> type[EmailProvider]:
        if name not in cls._providers and _MODULE_NAME.fullmatch(name):
            try:
                importlib.import_module(f"app.providers.{name}")
            except ModuleNotFoundError as exc:
                if exc.name != f"app.providers.{name}":
                    raise  # the provider exists but a library it needs is missing
        try:
            return cls._providers[name]
        except KeyError:
            raise UnknownProvider(f"There is no mailbox provider named {name!r}.") from None

    @classmethod
    def create(cls, account: ProviderAccount, settings: Settings) -> EmailProvider:
        return cls.provider_class(account.provider)(account, settings)
