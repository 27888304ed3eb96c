"""A real Dovecot IMAP server for the tests: its own config in a temporary directory, its own
ports on 127.0.0.1, users in a passwd-file, Maildir storage, and a self-signed certificate for
both implicit TLS (IMAPS) and STARTTLS. Nothing of the machine's own mail setup is touched.

Dovecot comes from Debian's packages; `ensure_installed()` installs it with apt-get when it is
missing (as root), so a fresh clone needs no manual step. Pre-install it with
`python -m tests.servers.dovecot --install`. See docs/imap-test-server.md for why Dovecot.
"""

import datetime as dt
import grp
import imaplib
import ipaddress
import os
import pwd
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

DOVECOT_PACKAGE = "dovecot-imapd"


def ensure_installed() -> str:
    """The dovecot binary, installed from Debian's packages first if needed."""
    found = shutil.which("dovecot") or _sbin("dovecot")
    if found:
        return found
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise RuntimeError(
            f"Dovecot is not installed and cannot be installed from here (needs root and "
            f"apt-get): run `sudo apt-get install {DOVECOT_PACKAGE}`."
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", DOVECOT_PACKAGE]
    if subprocess.run(install, env=env, capture_output=True).returncode != 0:
        # A fresh machine may have no package lists yet.
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True, check=True)
        subprocess.run(install, env=env, capture_output=True, check=True)
    found = shutil.which("dovecot") or _sbin("dovecot")
    if not found:
        raise RuntimeError(f"apt-get installed {DOVECOT_PACKAGE} but no dovecot binary appeared")
    return found


def _sbin(name: str) -> str | None:
    path = Path("/usr/sbin") / name
    return str(path) if path.exists() else None


class DovecotServer:
    def __init__(self, binary: str, users: int = 200) -> None:
        self.binary = binary
        self._unused_users = [
            (f"user{index:03d}@example.com", secrets.token_urlsafe(12)) for index in range(users)
        ]
        self.root = Path(tempfile.mkdtemp(prefix="fincoach-dovecot-"))
        self.root.chmod(0o755)  # the mail user must be able to reach its Maildir
        self.host = "127.0.0.1"
        self.imap_port = _free_port()  # plain IMAP, STARTTLS required before login
        self.imaps_port = _free_port()  # implicit TLS
        self.cert_path = self.root / "cert.pem"
        self.passwd_path = self.root / "passwd"
        self.config_path = self.root / "dovecot.conf"
        self._process: subprocess.Popen[bytes] | None = None

    # --- life cycle ---------------------------------------------------------------------------

    def start(self) -> "DovecotServer":
        _write_self_signed_cert(self.cert_path, self.root / "key.pem", self.host)
        self.passwd_path.write_text(
            "".join(f"{name}:{{PLAIN}}{password}\n" for name, password in self._unused_users)
        )
        mail_user = self._mail_user()
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir()
        shutil.chown(self.root / "mail", mail_user.pw_uid, mail_user.pw_gid)
        self.config_path.write_text(self._config(mail_user))
        # In the foreground (-F), so this process owns the master and its exit; output to a
        # file, not a pipe that nobody reads.
        with open(self.root / "startup.log", "wb") as output:
            self._process = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config_path)],
                stdout=output,
                stderr=output,
            )
        self._wait_until_listening()
        return self

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        shutil.rmtree(self.root, ignore_errors=True)

    # --- users and mail -----------------------------------------------------------------------

    def take_user(self) -> tuple[str, str]:
        """A mailbox user nobody has used yet: each test gets an empty mailbox of its own.
        Users are made before start-up because Dovecot notices a changed passwd-file only
        after a delay."""
        return self._unused_users.pop()

    def connect(self, username: str, password: str) -> imaplib.IMAP4:
        """A STARTTLS session for the tests' own use (filling mailboxes)."""
        connection = imaplib.IMAP4(self.host, self.imap_port, timeout=10)
        connection.starttls(self.ssl_context())
        connection.login(username, password)
        return connection

    def append(
        self,
        username: str,
        password: str,
        messages: list[tuple[bytes, dt.datetime]],
        folder: str = "INBOX",
    ) -> None:
        connection = self.connect(username, password)
        try:
            if folder != "INBOX":
                connection.create(f'"{folder}"')
            for raw, received in messages:
                date = imaplib.Time2Internaldate(received.timestamp())
                status, data = connection.append(f'"{folder}"', None, date, raw)
                assert status == "OK", data
        finally:
            connection.logout()

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert_path))

    # --- internals ----------------------------------------------------------------------------

    def _mail_user(self) -> pwd.struct_passwd:
        # Dovecot never delivers mail as root; when the tests run as root, mail belongs to
        # the unprivileged "nobody". Otherwise everything runs as the current user.
        if os.geteuid() == 0:
            return pwd.getpwnam("nobody")
        return pwd.getpwuid(os.geteuid())

    def _config(self, mail_user: pwd.struct_passwd) -> str:
        root = self.root
        unprivileged = ""
        if os.geteuid() != 0:
            me = mail_user.pw_name
            unprivileged = (
                f"default_internal_user = {me}\ndefault_login_user = {me}\n"
                f"default_internal_group = {grp.getgrgid(mail_user.pw_gid).gr_name}\n"
            )
        return f"""# FinCoach test server: generated, throwaway.
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
instance_name = fincoach-test-{self.imap_port}
{unprivileged}protocols = imap
listen = {self.host}
ssl = yes
ssl_cert = <{self.cert_path}
ssl_key = <{root}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_failure_delay = 0
mail_fsync = never
first_valid_uid = {mail_user.pw_uid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd_path}
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={root}/mail/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    port = {self.imaps_port}
    ssl = yes
  }}
  chroot =
}}
service anvil {{
  chroot =
  # No growing delay after failed logins from 127.0.0.1: the tests fail logins on purpose.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + 60  # a start-up guard; a loaded CI machine can be slow
        for port in (self.imap_port, self.imaps_port):
            while True:
                try:
                    with socket.create_connection((self.host, port), timeout=0.5):
                        break
                except OSError:
                    exited = self._process is not None and self._process.poll() is not None
                    if exited or time.monotonic() > deadline:
                        log = "".join(
                            (self.root / name).read_text(errors="replace")
                            for name in ("startup.log", "dovecot.log")
                            if (self.root / name).exists()
                        )
                        raise RuntimeError(f"dovecot is not listening on {port}:\n{log}") from None
                    time.sleep(0.05)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _write_self_signed_cert(cert_path: Path, key_path: Path, host: str) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "FinCoach test IMAP server")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(host))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        # What strict verification (Python 3.13's default) asks of a self-signed certificate.
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)


if __name__ == "__main__":
    if "--install" in sys.argv:
        print(ensure_installed())
