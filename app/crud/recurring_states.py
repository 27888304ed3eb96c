"""The user's word on recurring series (confirmed / dismissed), by (transactor, currency)."""

import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import RecurringState


async def states_for_user(
    session: AsyncSession, user_id: uuid.UUID
) -> dict[tuple[uuid.UUID, str], str]:
    rows = await session.execute(
        select(RecurringState.transactor_id, RecurringState.currency, RecurringState.state).where(
            RecurringState.user_id == user_id
        )
    )
    return {(row.transactor_id, row.currency): row.state for row in rows}


async def set_state(
    session: AsyncSession, user_id: uuid.UUID, transactor_id: uuid.UUID, currency: str, state: str
) -> None:
    statement = insert(RecurringState).values(
        id=uuid.uuid4(),
        user_id=user_id,
        transactor_id=transactor_id,
        currency=currency,
        state=state,
    )
    await session.execute(
        statement.on_conflict_do_update(
            constraint="uq_recurring_states_series",
            set_={"state": statement.excluded.state, "updated_at": func.now()},
        )
    )


async def clear_state(
    session: AsyncSession, user_id: uuid.UUID, transactor_id: uuid.UUID, currency: str
) -> None:
    await session.execute(
        delete(RecurringState).where(
            RecurringState.user_id == user_id,
            RecurringState.transactor_id == transactor_id,
            RecurringState.currency == currency,
        )
    )
