"""All configuration, read from the environment and .env (pydantic-settings)."""

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, PrivateAttr, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.core import keys

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# Only the test suite runs on fixed keys; anywhere else an unset key is generated and kept under
# KEYS_DIR, and a published value is refused.
TEST_SECRET_KEY = "test-secret-key-never-used-outside-the-test-suite"
TEST_ENCRYPTION_KEY = "dGVzdC1lbmNyeXB0aW9uLWtleS1mb3ItdGVzdHMtMDE="


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    app_name: str = "FinCoach"
    log_level: str = "INFO"

    # Unset: generated on first start and kept in KEYS_DIR (mode 0600). ENCRYPTION_KEY is a
    # Fernet key for OAuth tokens and IMAP passwords; a comma-separated list decrypts with any
    # and encrypts with the first (see `python -m app.launcher rotate-encryption-key`).
    secret_key: str = ""
    encryption_key: str = ""
    keys_dir: Path = PROJECT_ROOT / ".data" / "keys"
    _generated_keys: list[Path] = PrivateAttr(default_factory=list)
    access_token_minutes: int = 15
    # How long an API process reuses what the database said about a signed-in user (exists,
    # active, verified, base currency) on routes that take CurrentIdentity: a deactivation or a
    # currency change made through another API process shows within this many seconds (at once
    # in the process that made it). 0 turns the cache off.
    auth_cache_seconds: float = 5.0
    # The same for reference data the reports read (a user's category tree, exchange-rate
    # tables): app.services.reference. 0 turns it off.
    reference_cache_seconds: float = 5.0
    refresh_token_days: int = 30
    # The web app's refresh cookie is Secure: browsers keep it over https and on localhost. Set
    # false only for a plain-http install reached by another name (then use a TLS proxy soon).
    refresh_cookie_secure: bool = True

    # uvicorn worker processes for `make run` (one Python process uses one core at most).
    api_workers: int = os.cpu_count() or 1
    # Proxies whose X-Forwarded-For / -Proto the API believes (comma-separated addresses or
    # networks, "*" for any). Empty: none, so a client cannot pick the address its rate limits
    # are counted against. Set it to your reverse proxy's address.
    forwarded_allow_ips: str = ""
    # /metrics answers these client addresses (comma-separated addresses or networks; "*": any)
    # and, from anywhere, a request with "Authorization: Bearer <METRICS_TOKEN>" when it is set.
    metrics_allow_ips: str = "127.0.0.1,::1"
    metrics_token: SecretStr | None = None
    docs_enabled: bool = True  # /docs, /redoc and /openapi.json

    database_url: str = "postgresql+asyncpg://postgres@localhost:5432/fincoach"
    db_pool_size: int = 10  # at least ARQ's max_jobs, so a worker never waits for a connection
    db_max_overflow: int = 10

    redis_url: str = "redis://localhost:6379"
    redis_cache_db: int = 0
    redis_queue_db: int = 1
    redis_email_queue_db: int = 2

    otp_ttl_seconds: int = 600
    otp_max_attempts: int = 5
    otp_resend_cooldown_seconds: int = 60
    # Wrong codes an address may enter in 24 hours, across all its codes; then codes are locked
    # for the rest of the 24 hours and the owner is emailed.
    otp_daily_failure_limit: int = 20
    # An unverified sign-up holds its address this long; a new sign-up may then replace it.
    pending_registration_hours: int = 24
    login_rate_limit: int = 10  # attempts per window, per client address and per email
    # A password (or emailed code) accepted for an account with two-factor sign-in holds for this
    # long, waiting for the authenticator code (or a recovery code).
    totp_challenge_seconds: int = 300
    otp_rate_limit: int = 10
    rate_limit_window_seconds: int = 60

    smtp_host: str = ""  # empty: mail goes to the file sink below
    smtp_port: int = 587
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    smtp_tls: bool = False
    mail_from: str = "FinCoach <no-reply@fincoach.local>"
    mail_sink_path: Path = PROJECT_ROOT / ".data" / "mail" / "outbox.log"

    worker_max_jobs: int = 10
    email_worker_max_jobs: int = 4
    # How often an idle email worker looks for work (ARQ's default is 0.5 s): a sync enqueues an
    # extraction task per stored batch, and a batch must not wait half a second to start.
    email_worker_poll_seconds: float = 0.05
    # Messages stored by one INSERT and handed to extraction as one task (provider fetch
    # requests stay at 100): the ~15 statements of an extraction batch cost the same for 100 or
    # 1,000 messages.
    email_store_batch_messages: int = 1000
    # Fairness between mailboxes: a sync stores about this many messages, then, if another job
    # waits for a slot on the email queue, goes to the back of it and resumes from its
    # checkpoint (0: a whole mailbox in one run). With many users syncing at once, each gets a
    # turn in order instead of waiting behind whole mailboxes (app.ingest.sync,
    # bench/multi_tenant.py); a mailbox syncing alone runs on.
    email_sync_turn_messages: int = 1000
    job_timeout_seconds: int = 3600
    job_max_tries: int = 5
    job_heartbeat_seconds: float = 10.0
    job_stale_seconds: float = 60.0  # a processing job without a heartbeat this long is re-run
    # A light task (extraction, mail, alerts) whose worker died is taken again after this long
    # (app.jobs.lease); ARQ alone would wait out the longest job timeout.
    task_lease_seconds: float = 60.0
    job_progress_every_items: int = 500  # progress is written at most this often...
    job_progress_every_seconds: float = 1.0  # ...or this often, whichever comes first
    email_sync_interval_minutes: int = 30
    # How often a worker adds its task counts to the queue metrics in Redis and refreshes its
    # memory/CPU heartbeat (app.jobs.metering); its entry expires after 3 missed flushes.
    worker_metrics_seconds: float = Field(5.0, gt=0)

    default_currency: str = "INR"

    # LLM extraction through any OpenAI-compatible endpoint; empty base URL = rules only.
    llm_base_url: str = ""
    llm_api_key: str = ""
    llm_model: str = "gpt-4o-mini"
    llm_timeout_seconds: float = 20.0
    llm_input_cost_per_million: float = 0.15  # USD per 1M prompt tokens, for the cost log
    llm_output_cost_per_million: float = 0.60
    categoriser_retrain_delay_seconds: float = 30.0  # corrections within it share one retraining
    # Review inbox: a field read with less confidence than this asks a person (per field).
    review_field_confidence_below: float = 0.6
    # An amount this many times the merchant's median (over at least `..._history` earlier
    # payments in that currency and direction) is unusual.
    review_unusual_amount_factor: float = 3.0
    review_unusual_amount_history: int = 3
    # A new merchant is worth a look only for recent payments: a first sync of months of old
    # mail would otherwise fill the inbox with news nobody can act on.
    review_new_merchant_days: int = 30
    cors_origins: list[str] = []

    @property
    def uvicorn_proxy_args(self) -> list[str]:
        """uvicorn's options for forwarded headers (by default it trusts any from 127.0.0.1)."""
        if not self.forwarded_allow_ips.strip():
            return ["--no-proxy-headers"]
        return ["--proxy-headers", "--forwarded-allow-ips", self.forwarded_allow_ips.strip()]

    frontend_dist: Path = PROJECT_ROOT / "frontend" / "dist"

    # Mailbox ingestion: Gmail OAuth, IMAP, uploaded archives.
    google_client_id: str = ""
    google_client_secret: str = ""
    google_redirect_uri: str = "http://127.0.0.1:8000/api/v1/auth/google/callback"
    google_auth_uri: str = "https://accounts.google.com/o/oauth2/v2/auth"
    google_token_uri: str = "https://oauth2.googleapis.com/token"
    gmail_api_base_url: str = "https://gmail.googleapis.com/"
    spa_base_url: str = ""  # where the SPA lives, for OAuth redirects; "" = served by this app
    upload_dir: Path = PROJECT_ROOT / ".data" / "uploads"
    upload_max_bytes: int = 8 * 1024**3
    # Receipts: a larger attachment is skipped (mail) or refused (upload).
    attachment_max_bytes: int = 10 * 1024**2
    imap_ca_file: Path | None = None  # extra CA bundle, for self-hosted servers with a private CA
    mail_server_timeout_seconds: float = 60.0
    # Exchange rates: the daily refresh reads ECB's last 90 days (the history ships with the code).
    ecb_rates_url: str = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml"
    ecb_timeout_seconds: float = 30.0
    # A connection test answers a person within this; each user may run two at once and
    # MAIL_CHECKS_PER_WINDOW per RATE_LIMIT_WINDOW_SECONDS.
    mail_check_timeout_seconds: float = 10.0
    mail_checks_per_window: int = 10
    # IMAP hosts on loopback, private, link-local or multicast addresses are refused (a user could
    # otherwise probe FinCoach's own network); allow them for a mail server on your own network.
    mail_allow_private_hosts: bool = False
    provider_max_retries: int = 6  # 429/5xx/network retries per request, with jittered backoff
    provider_retry_base_seconds: float = 1.0
    initial_sync_months: int = 6

    # Bank sync through Plaid (unset client id/secret: the Connected accounts page says what to
    # set). PLAID_BASE_URL overrides the host PLAID_ENV implies (tests point it at a fake).
    plaid_client_id: str = ""
    plaid_secret: str = ""
    plaid_env: Literal["sandbox", "production"] = "sandbox"
    plaid_base_url: str = ""
    # Where Plaid sends webhooks (this app's /api/v1/plaid/webhook as the internet reaches it);
    # "" asks for none: syncs then come from the schedule and "Sync now" only.
    plaid_webhook_url: str = ""
    plaid_country_codes: list[str] = ["US"]
    plaid_max_retries: int = 5  # RATE_LIMIT_EXCEEDED / 429 / 5xx per request, with backoff
    plaid_retry_base_seconds: float = 1.0
    plaid_timeout_seconds: float = 30.0
    plaid_sync_page_size: int = 100  # /transactions/sync `count` (Plaid allows 1-500)

    @model_validator(mode="after")
    def own_secret_keys(self) -> "Settings":
        """Fill unset keys (from KEYS_DIR, generated there the first time) and refuse any key
        published in the source or the examples, except in the test suite."""
        if self.environment == "test":
            self.secret_key = self.secret_key or TEST_SECRET_KEY
            self.encryption_key = self.encryption_key or TEST_ENCRYPTION_KEY
            return self
        if not self.secret_key:
            self.secret_key = self._stored_key("secret_key", keys.new_secret_key)
        if not self.encryption_key:
            self.encryption_key = self._stored_key("encryption_key", keys.new_encryption_key)
        published = {self.secret_key, *self.encryption_key.split(",")} & keys.KNOWN_DEFAULT_KEYS
        if published:
            raise ValueError(
                "SECRET_KEY or ENCRYPTION_KEY is set to a value published in FinCoach's source: "
                "anyone could sign in as any user or read stored mailbox passwords. Unset it (a "
                f"private key is then generated in {self.keys_dir}) or set your own."
            )
        return self

    def _stored_key(self, name: str, generate: Callable[[], str]) -> str:
        value, created = keys.load_or_create(self.keys_dir / name, generate)
        if created:
            self._generated_keys.append(self.keys_dir / name)
        return value

    @property
    def generated_keys(self) -> list[Path]:
        """Key files this process created (so the launcher can say where they live)."""
        return list(self._generated_keys)


@lru_cache
def get_settings() -> Settings:
    return Settings()
