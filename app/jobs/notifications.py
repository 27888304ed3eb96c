"""Base-queue jobs that send mail. Kept off the email queue so a long mailbox backfill can never
hold up a sign-in code."""

from typing import Any, Literal

from app.services import mailer, otp

SUBJECTS = {
    "verify": "Your FinCoach verification code",
    "login": "Your FinCoach sign-in code",
}

AccountNotice = Literal["already_registered", "registration_pending", "codes_locked"]

# (subject, body) of what an address's owner is told when someone acts on it.
NOTICES: dict[str, tuple[str, str]] = {
    "already_registered": (
        "Someone tried to sign up to FinCoach with your address",
        "Someone, maybe you, asked to create a FinCoach account with this address, which "
        "already has one. Nothing was changed.\n\nIf it was you, sign in instead; if you forgot "
        "your password, ask for a sign-in code on the sign-in page. If it was not you, you can "
        "ignore this email.",
    ),
    "registration_pending": (
        "Your FinCoach sign-up is waiting for its code",
        "Someone, maybe you, asked again to create a FinCoach account with this address. A "
        "sign-up for it is already waiting to be confirmed, so nothing was changed.\n\nIf you "
        "started that sign-up, enter the code we sent then, or ask for a new one on the code "
        "page. If you did not start it, do not enter any code we send you: the waiting sign-up "
        "lapses by itself, and you can then create your own account.",
    ),
    "codes_locked": (
        "FinCoach: codes for your account are locked for 24 hours",
        "Too many wrong sign-in or confirmation codes were entered for this address today, so "
        "we stopped accepting codes for it for 24 hours. Your password still works.\n\nIf "
        "this was not you, someone may be trying to get into your account: keep your password "
        "private and consider changing it.",
    ),
}


async def send_otp_email(
    ctx: dict[str, Any], email: str, purpose: Literal["verify", "login"], registration: str
) -> str:
    """Create the code here, in the worker, so it never travels through the queue or its logs.
    `registration` is the user id the code is bound to."""
    settings = ctx["settings"]
    code = await otp.issue_code(ctx["cache"], settings, email, registration)
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


async def send_account_notice(ctx: dict[str, Any], email: str, notice: AccountNotice) -> str:
    subject, body = NOTICES[notice]
    await mailer.send_email(ctx["settings"], email, subject, body)
    return "sent"
