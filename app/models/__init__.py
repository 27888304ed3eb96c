"""All models, imported here so Alembic's autogenerate sees every table."""

from app.models.account import Account
from app.models.api_token import ApiToken
from app.models.attachment import Attachment, AttachmentBlob
from app.models.base import Base
from app.models.budget import Budget, BudgetAlert
from app.models.categoriser import CategoriserOutcome
from app.models.category import Category, CategoryFeedback, CategoryRule
from app.models.connected_account import ConnectedAccount
from app.models.email import Email
from app.models.exchange_rate import ExchangeRate
from app.models.extraction import CategoryModel, EmailExtraction, LlmTransaction
from app.models.goal import Goal, GoalContribution
from app.models.job import Job
from app.models.merge import TransactionMerge
from app.models.plaid import PlaidTransaction
from app.models.recurring_state import RecurringState
from app.models.refresh_token import RefreshToken
from app.models.review import ReviewItem, SenderTemplate, TransactionTombstone
from app.models.role import Role
from app.models.site_settings import SiteSettings
from app.models.statement import Statement, StatementEntry, StatementPassword
from app.models.totp import TotpRecoveryCode
from app.models.transaction import Transaction, TransactionSplit
from app.models.transactor import Transactor
from app.models.user import User

__all__ = [
    "Account",
    "ApiToken",
    "Attachment",
    "AttachmentBlob",
    "Base",
    "Budget",
    "BudgetAlert",
    "CategoriserOutcome",
    "Category",
    "CategoryFeedback",
    "CategoryModel",
    "CategoryRule",
    "ConnectedAccount",
    "Email",
    "EmailExtraction",
    "ExchangeRate",
    "Goal",
    "GoalContribution",
    "Job",
    "LlmTransaction",
    "PlaidTransaction",
    "RecurringState",
    "RefreshToken",
    "ReviewItem",
    "Role",
    "SenderTemplate",
    "SiteSettings",
    "Statement",
    "StatementEntry",
    "StatementPassword",
    "TotpRecoveryCode",
    "Transaction",
    "TransactionMerge",
    "TransactionSplit",
    "TransactionTombstone",
    "Transactor",
    "User",
]
