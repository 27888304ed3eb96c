"""Safe by default (issue #15): the container set-up cannot run with published keys, does not
listen beyond this host, runs as a non-root user, and every service has a health check and a
restart policy."""

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_requires_its_own_keys_and_runs_in_production() -> None:
    services = compose()["services"]
    for name in ("api", "worker-base", "worker-email"):
        environment = services[name]["environment"]
        assert environment["ENVIRONMENT"] == "production", name
        for key in ("SECRET_KEY", "ENCRYPTION_KEY"):
            # ${VAR:?message}: compose refuses to start when the variable is unset or empty
            assert re.fullmatch(rf"\$\{{{key}:\?[^}}]+\}}", environment[key]), (name, key)


def test_compose_listens_on_this_host_only() -> None:
    for name, service in compose()["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), (name, port)


def test_every_service_has_a_health_check_and_a_restart_policy() -> None:
    for name, service in compose()["services"].items():
        assert service.get("healthcheck", {}).get("test"), name
        assert service.get("restart") in {"unless-stopped", "always", "on-failure"}, name


def test_the_image_runs_as_a_non_root_user() -> None:
    users = re.findall(r"^USER\s+(\S+)", (ROOT / "Dockerfile").read_text(), re.MULTILINE)
    assert users and users[-1] not in {"root", "0"}
