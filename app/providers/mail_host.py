"""Where a user-supplied mail server may be: public addresses only, unless the admin allows more.

Connecting to whatever host and port a user types would make FinCoach a scanner of its own
network (its database, Redis, a cloud metadata service). So the host is resolved here, every
address it resolves to is checked, and the connection then goes to the checked address itself:
a DNS answer that changes between the check and the connect (rebinding) cannot slip past.
MAIL_ALLOW_PRIVATE_HOSTS lets people who run their own mail server at home reach it.
"""

import ipaddress
import socket

from app.providers.base import ProviderError

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class PrivateHostRefused(ProviderError):
    """The host resolves to an address FinCoach will not connect to."""


def resolve_mail_host(host: str, port: int, *, allow_private: bool) -> str:
    """The address to connect to for `host`; raises PrivateHostRefused for an internal one and
    OSError (socket.gaierror) when the name does not resolve."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not allow_private and any(_is_internal(address) for address in addresses):
        # Any internal answer refuses the host: connecting to "the public one" would still let
        # a name with both kinds of record probe inside.
        raise PrivateHostRefused(
            f"{host} is a private or local address. Ask your FinCoach admin to allow private "
            "mail servers (MAIL_ALLOW_PRIVATE_HOSTS) if you run your own."
        )
    return str(addresses[0])


def _is_internal(address: IpAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast
