"""Base-queue jobs that send mail. Kept off the email queue so a long mailbox backfill can never
hold up a sign-in code."""

from app.core.tasks import SEND_ACCOUNT_NOTICE, SEND_OTP_EMAIL, AccountNotice, OtpEmail
from app.jobs.context import WorkerContext
from app.jobs.registry import handler
from app.services import mailer, otp

SUBJECTS = {
    "verify": "Your FinCoach verification code",
    "login": "Your FinCoach sign-in code",
}
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
    "second_factor_locked": (
        "FinCoach: two-factor sign-in to your account is locked for 24 hours",
        "Too many wrong authenticator or recovery codes were entered for your account today, "
        "each after your password or an emailed sign-in code was given correctly. We stopped "
        "accepting codes for it for 24 hours.\n\nIf this was not you, someone knows your "
        "password or can read your email: change your password, and your email password too.",
    ),
    "totp_enabled": (
        "FinCoach: two-factor sign-in is now on",
        "Two-factor sign-in was turned on for your FinCoach account: signing in now needs a code "
        "from your authenticator app (or one of your recovery codes) as well.\n\nIf you did not "
        "do this, ask your FinCoach administrator to turn it off, and change your password.",
    ),
    "totp_disabled": (
        "FinCoach: two-factor sign-in is now off",
        "Two-factor sign-in was turned off for your FinCoach account (by you, or by an "
        "administrator after a lost phone): your password alone signs in again, and your "
        "recovery codes no longer work.\n\nIf you did not expect this, change your password "
        "and turn two-factor sign-in on again in Settings.",
    ),
    "recovery_code_used": (
        "FinCoach: a recovery code was used",
        "One of your two-factor recovery codes was just used for your FinCoach account; it "
        "cannot be used again. If you have few left, make new ones in Settings.\n\nIf this was "
        "not you, change your password and make new recovery codes at once.",
    ),
}


@handler(SEND_OTP_EMAIL)
async def send_otp_email(worker: WorkerContext, args: OtpEmail) -> str:
    """Create the code here, in the worker, so it never travels through the queue or its logs.
    A failed send is retried (transient SMTP failures) with a new code each time."""
    settings = worker.settings
    code = await otp.issue_code(worker.cache, settings, args.email, args.registration)
    minutes = settings.otp_ttl_seconds // 60
    body = (
        f"Your FinCoach code is {code}\n\n"
        f"It expires in {minutes} minutes. If you did not ask for it, ignore this email."
    )
    await mailer.send_email(settings, args.email, SUBJECTS[args.purpose], body)
    return "sent"


@handler(SEND_ACCOUNT_NOTICE)
async def send_account_notice(worker: WorkerContext, args: AccountNotice) -> str:
    subject, body = NOTICES[args.notice]
    await mailer.send_email(worker.settings, args.email, subject, body)
    return "sent"
