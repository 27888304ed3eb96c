"""Base-queue jobs that send mail. Kept off the email queue so a long mailbox backfill can never
hold up a sign-in code."""

from typing import Any, Literal

from app.services import mailer, otp

SUBJECTS = {
    "verify": "Your FinCoach verification code",
    "login": "Your FinCoach sign-in code",
}


async def send_otp_email(
    ctx: dict[str, Any], email: str, purpose: Literal["verify", "login"]
) -> str:
    """Create the code here, in the worker, so it never travels through the queue or its logs."""
    settings = ctx["settings"]
    code = await otp.issue_code(ctx["cache"], settings, email)
    minutes = settings.otp_ttl_seconds // 60
    body = (
        f"Your FinCoach code is {code}\n\n"
        f"It expires in {minutes} minutes. If you did not ask for it, ignore this email."
    )
    await mailer.send_email(settings, email, SUBJECTS[purpose], body)
    return "sent"


async def send_email(ctx: dict[str, Any], to: str, subject: str, body: str) -> str:
    await mailer.send_email(ctx["settings"], to, subject, body)
    return "sent"
